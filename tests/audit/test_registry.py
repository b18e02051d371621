"""Every audited action and kind of object is in the registry (backend/audit/actions.py): the
log's filter lists the registry and the SPA labels every entry of it (frontend codes test)."""

from __future__ import annotations

import ast
from pathlib import Path

from backend.accounts.models import Role
from backend.audit.actions import AuditAction, AuditTargetType
from tests.fixtures.api import member

BACKEND = Path(__file__).resolve().parents[2] / "backend"


def _record_calls() -> list[tuple[str, int, ast.expr, ast.expr]]:
    calls = []
    for path in sorted(BACKEND.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) >= 3:
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
                if name == "record":
                    calls.append((str(path.relative_to(BACKEND)), node.lineno, node.args[1], node.args[2]))
    return calls


def test_every_recorded_action_and_target_type_is_registered():
    actions = {a.value for a in AuditAction}
    targets = {t.value for t in AuditTargetType}
    calls = _record_calls()
    assert len(calls) > 90
    unregistered = []
    for where, line, action, target in calls:
        if isinstance(action, ast.Constant):
            ok = action.value in actions
        else:
            # f"credit_override.{action}": some registered action has the literal prefix.
            assert isinstance(action, ast.JoinedStr) and isinstance(action.values[0], ast.Constant), (where, line)
            ok = any(a.startswith(action.values[0].value) for a in actions)
        if not ok or not (isinstance(target, ast.Constant) and target.value in targets):
            unregistered.append(f"{where}:{line} {ast.unparse(action)} {ast.unparse(target)}")
    assert unregistered == []


def test_member_names_follow_the_values():
    assert all(a.name == a.value.upper().replace(".", "_") for a in AuditAction)


async def test_the_log_names_its_actions_and_objects(gql):
    owner = await member(gql, Role.OWNER)
    await gql('mutation { apiKeyCreate(name: "对账机器人", scopes: [READ]) { errors { code } } }', token=owner.token, org=owner.org.id)
    log = await gql(
        'query { auditActions auditLog(filter: {actionCode: API_KEY_CREATE}) { nodes { action actionCode targetType targetLabel } } }',
        token=owner.token, org=owner.org.id,
    )
    assert len(log["data"]["auditActions"]) == len(AuditAction) and "INVOICE_CREATE" in log["data"]["auditActions"]
    assert log["data"]["auditLog"]["nodes"] == [
        {"action": "api_key.create", "actionCode": "API_KEY_CREATE", "targetType": "api_key", "targetLabel": "对账机器人"}
    ]
