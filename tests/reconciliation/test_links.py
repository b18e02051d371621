"""Acceptance 3 and bad input: a link opens one statement only; tampered, expired, revoked and
superseded links are refused with nothing revealed; bad answers are refused and change nothing."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from backend.kit.errors import DomainError
from backend.kit.time import utcnow
from backend.reconciliation import service
from backend.reconciliation.http import INVALID_LINK, MAX_ATTACHMENT_BYTES
from backend.reconciliation.models import (
    AccessAction,
    AccountStatement,
    Discrepancy,
    StatementAccess,
    StatementLine,
    StatementLink,
    StatementStatus,
)
from tests.invoices.factories import create_customer, issued_invoice
from tests.reconciliation import gql as q
from tests.reconciliation.factories import FEB_END, FEB_START, Ledger, billing_contact, february_ledger

REFUSED = {"error": {"code": "LINK_INVALID", "message": INVALID_LINK}, "errors": []}


async def sent_statement(ledger: Ledger) -> tuple[AccountStatement, str]:
    if not await ledger.customer.contacts.all().exists():
        await billing_contact(ledger.customer, f"ap-{ledger.customer.code}@example.com")
    statement = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    sent = await service.send_statement(ledger.owner, statement.id)
    return sent.statement, sent.token


async def other_customer_statement(ledger: Ledger) -> tuple[AccountStatement, str]:
    """Customer Y of the same organization, with its own invoice and a sent statement."""
    other = await create_customer(ledger.org, legal_name="北京另一家客户有限公司")
    await issued_invoice(ledger.owner, other, "4321.00", issue_date=FEB_START, due_date=FEB_END)
    await billing_contact(other, f"ap-{other.code}@example.com")
    statement = await service.create_statement(ledger.owner, customer_id=other.id, period_start=FEB_START, period_end=FEB_END)
    sent = await service.send_statement(ledger.owner, statement.id)
    return sent.statement, sent.token


async def unchanged(statement: AccountStatement) -> None:
    again = await AccountStatement.get(id=statement.id)
    assert (again.status, again.version) == (statement.status, statement.version)
    assert not await Discrepancy.filter(statement_id=statement.id).exists()


async def test_a_link_reads_its_own_statement_only(client):
    x = await february_ledger(legal_name="客户甲有限公司")
    statement_x, token_x = await sent_statement(x)
    statement_y, _ = await other_customer_statement(x)
    elsewhere = await february_ledger(legal_name="另一组织的客户有限公司")
    statement_z, _ = await sent_statement(elsewhere)

    body = (await client.get(f"/public/statements/{token_x}")).json()
    text = str(body)
    assert body["customer"]["name"] == "客户甲有限公司" and body["number"] == statement_x.number
    own_lines = {str(i) for i in await StatementLine.filter(statement_id=statement_x.id).values_list("id", flat=True)}
    assert {line["id"] for line in body["lines"]} == own_lines
    assert "北京另一家客户有限公司" not in text and "4321" not in text and "另一组织" not in text

    # Lines of customer Y's statement, or of another organization's, cannot be disputed through X's link.
    foreign = [
        str(await StatementLine.filter(statement_id=statement_y.id).first().values_list("id", flat=True)),
        str(await StatementLine.filter(statement_id=statement_z.id).first().values_list("id", flat=True)),
    ]
    for line_id in foreign:
        refused = await client.post(f"/public/statements/{token_x}/dispute", json={
            "lines": [{"lineId": line_id, "reason": "duplicate"}],
        })
        assert refused.status_code == 422
        assert refused.json()["errors"] == [{"field": "lines.0.lineId", "code": "LINE_NOT_ON_STATEMENT", "message": "This line is not on the statement."}]
    for statement in (statement_x, statement_y, statement_z):
        await unchanged(statement)


async def test_tampered_expired_revoked_and_superseded_links_are_refused(client, gql):
    ledger = await february_ledger()
    statement, token = await sent_statement(ledger)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    for bad in (tampered, "x", "a" * 500, token + "="):
        for method, path in (("GET", ""), ("GET", "/pdf"), ("POST", "/confirm"), ("POST", "/dispute")):
            response = await client.request(method, f"/public/statements/{bad}{path}", json={})
            assert (response.status_code, response.json()) == (404, REFUSED)
    await unchanged(statement)

    # Expired: refused, and the hourly job marks the statement expired (once).
    await StatementLink.filter(statement_id=statement.id).update(expires_at=utcnow() - timedelta(seconds=1))
    assert (await client.get(f"/public/statements/{token}")).status_code == 404
    assert await service.expire_lapsed(ledger.org.id) == 1
    assert await service.expire_lapsed(ledger.org.id) == 0
    assert (await AccountStatement.get(id=statement.id)).status is StatementStatus.EXPIRED

    # Sent again: a new link works, the old one not; then revoked by staff: refused too.
    resent = await service.send_statement(ledger.owner, statement.id)
    assert resent.statement.revision == 2
    assert (await client.get(f"/public/statements/{token}")).status_code == 404
    assert (await client.get(f"/public/statements/{resent.token}")).status_code == 200
    owner = await q.owner_token(gql, ledger)
    revoked = await q.call(gql, owner, ledger, q.REVOKE, {"id": str(statement.id)})
    assert revoked["accountStatementRevokeLinks"]["errors"] == []
    response = await client.post(f"/public/statements/{resent.token}/confirm", json={"name": "x"})
    assert (response.status_code, response.json()) == (404, REFUSED)
    assert (await AccountStatement.get(id=statement.id)).status is StatementStatus.SENT


async def test_answers_are_idempotent_and_exclusive(client):
    ledger = await february_ledger()
    statement, token = await sent_statement(ledger)
    line = str(await StatementLine.filter(statement_id=statement.id).first().values_list("id", flat=True))
    dispute = {"name": "张三", "lines": [{"lineId": line, "reason": "duplicate", "note": "重复"}]}
    first = await client.post(f"/public/statements/{token}/dispute", json=dispute)
    second = await client.post(f"/public/statements/{token}/dispute", json=dispute)
    assert (first.json(), second.json()) == ({"status": "disputed", "repeated": False}, {"status": "disputed", "repeated": True})
    assert await Discrepancy.filter(statement_id=statement.id).count() == 1
    other_line = str(await StatementLine.filter(statement_id=statement.id, position=2).first().values_list("id", flat=True))
    different = await client.post(f"/public/statements/{token}/dispute", json={"lines": [{"lineId": other_line, "reason": "other"}]})
    assert different.status_code == 409 and different.json()["error"]["code"] == "ALREADY_ANSWERED"
    confirm = await client.post(f"/public/statements/{token}/confirm", json={"name": "张三"})
    assert confirm.status_code == 409 and confirm.json()["error"]["code"] == "ALREADY_ANSWERED"
    assert (await AccountStatement.get(id=statement.id)).status is StatementStatus.DISPUTED
    actions = await StatementAccess.filter(statement_id=statement.id).order_by("at", "id").values_list("action", flat=True)
    assert actions == [AccessAction.DISPUTE, AccessAction.DISPUTE, AccessAction.REFUSED, AccessAction.REFUSED]


async def test_bad_answers_are_refused_and_change_nothing(client):
    ledger = await february_ledger()
    statement, token = await sent_statement(ledger)
    line = str(await StatementLine.filter(statement_id=statement.id).first().values_list("id", flat=True))
    url = f"/public/statements/{token}/dispute"

    def attachment(name: str, content_type: str, content: bytes) -> dict:
        return {"fileName": name, "contentType": content_type, "contentBase64": base64.b64encode(content).decode()}

    cases = [
        ({"lines": []}, 422, [("lines", "NO_LINES")]),
        ({"lines": [{"lineId": line, "reason": "not-a-reason"}]}, 422, [("lines.0.reason", "INVALID_REASON")]),
        ({"lines": [{"lineId": line, "reason": "other", "amount": "NaN"}]}, 422, [("lines.0.amount", "INVALID_AMOUNT")]),
        ({"lines": [{"lineId": line, "reason": "other", "amount": "1.001"}]}, 422, [("lines.0.amount", "INVALID_AMOUNT")]),
        ({"lines": [{"lineId": line, "reason": "other", "note": "a\x00b"}]}, 422, [("lines.0.note", "INVALID_TEXT")]),
        ({"lines": [{"lineId": line, "reason": "other"}, {"lineId": line, "reason": "duplicate"}]}, 422, [("lines.1.lineId", "DUPLICATE_LINE")]),
        ({"lines": [{"lineId": "not-a-uuid", "reason": "other"}]}, 422, [("lines.0.lineId", "LINE_NOT_ON_STATEMENT")]),
        ({"lines": [{"lineId": line, "reason": "other"}], "attachment": attachment("a.exe", "application/pdf", b"MZ\x90\x00")},
         422, [("attachment", "FILE_TYPE_NOT_ALLOWED")]),
        ({"lines": [{"lineId": line, "reason": "other"}], "attachment": attachment("a.pdf", "application/x-msdownload", b"%PDF-1.4")},
         422, [("attachment", "FILE_TYPE_NOT_ALLOWED")]),
        ({"lines": [{"lineId": line, "reason": "other"}],
          "attachment": attachment("big.pdf", "application/pdf", b"%PDF-" + b"0" * MAX_ATTACHMENT_BYTES)},
         413, [("attachment", "FILE_TOO_LARGE")]),
    ]
    for body, status, errors in cases:
        response = await client.post(url, json=body)
        assert response.status_code == status, (body, response.text)
        assert [(e["field"], e["code"]) for e in response.json()["errors"]] == errors
    not_json = await client.post(url, content=b"{not json", headers={"content-type": "application/json"})
    assert (not_json.status_code, not_json.json()["error"]["code"]) == (400, "INVALID_BODY")
    too_big = await client.post(url, content=b"x" * (9 * 1024 * 1024), headers={"content-type": "application/json"})
    assert (too_big.status_code, too_big.json()["error"]["code"]) == (413, "BODY_TOO_LARGE")
    await unchanged(statement)
    refusals = await StatementAccess.filter(statement_id=statement.id, action=AccessAction.REFUSED).count()
    assert refusals == len(cases)


async def test_drafts_have_no_link_and_staff_rules_hold():
    ledger = await february_ledger()
    statement = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    assert not await StatementLink.filter(statement_id=statement.id).exists()
    with pytest.raises(DomainError) as caught:
        await service.send_statement(ledger.owner, statement.id)
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("id", "NO_BILLING_CONTACT")]
    await billing_contact(ledger.customer, "ap@example.com")
    with pytest.raises(DomainError) as caught:
        await service.send_statement(ledger.owner, statement.id, link_days=365)
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("linkDays", "INVALID")]
    assert (await AccountStatement.get(id=statement.id)).status is StatementStatus.DRAFT
