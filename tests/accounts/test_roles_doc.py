"""docs/roles.md and the code's role matrix say the same thing."""

from pathlib import Path

from backend.accounts.models import Role
from backend.accounts.permissions import ROLE_PERMISSIONS, Permission

DOC = Path(__file__).resolve().parents[2] / "docs" / "roles.md"
COLUMNS = [Role.OWNER, Role.ADMIN, Role.FINANCE, Role.COLLECTOR, Role.SALES, Role.AUDITOR]


def test_role_matrix_matches_the_documentation():
    rows = {}
    for line in DOC.read_text().splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            permission = cells[0].split("`")[1]
            rows[permission] = {role for role, cell in zip(COLUMNS, cells[1:], strict=True) if cell == "✓"}
    assert set(rows) == {p.value for p in Permission}
    for permission in Permission:
        granted = {role for role in COLUMNS if permission in ROLE_PERMISSIONS[role]}
        assert rows[permission.value] == granted, permission
