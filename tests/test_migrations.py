"""The migration history is one line: every migration but the first depends on exactly one other,
and no two depend on the same one, so every database applies them in the same order."""

import ast
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _dependencies() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(MIGRATIONS.glob("[0-9]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: list[str] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "dependencies" for t in node.targets):
                deps = [name for _app, name in ast.literal_eval(node.value)]
        found[path.stem] = deps
    return found


def test_the_migration_history_is_linear() -> None:
    deps = _dependencies()
    roots = [name for name, parents in deps.items() if not parents]
    assert roots == ["0001_initial"]
    children: dict[str, list[str]] = {}
    for name, parents in deps.items():
        assert len(parents) <= 1, f"{name} merges {parents}"
        for parent in parents:
            assert parent in deps, f"{name} depends on unknown {parent}"
            children.setdefault(parent, []).append(name)
    branching = {parent: kids for parent, kids in children.items() if len(kids) > 1}
    assert not branching, f"the history forks: {branching}"
    # Walking the one line from the root reaches every migration.
    order, current = [], "0001_initial"
    while current:
        order.append(current)
        current = (children.get(current) or [None])[0]
    assert sorted(order) == sorted(deps)
