"""Checks for the fields the ledger services added: an approved write-off has its date, and an
allocation taken back has both its business date and its instant."""

from tortoise import migrations
from tortoise.migrations import operations as ops

CHECKS = [
    ("write_offs", "write_offs_approved_dated", "status <> 'approved' OR written_off_on IS NOT NULL"),
    ("allocations", "allocations_reversal_complete", "(reversed_on IS NULL) = (reversed_at IS NULL)"),
    ("invoices", "invoices_issued_numbered",
     "status = 'draft' OR (number IS NOT NULL AND issue_date IS NOT NULL AND due_date IS NOT NULL)"),
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0006_customer_search_credit_constraints")]

    operations = [
        ops.RunSQL(
            [f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({check});" for table, name, check in CHECKS],
            reverse_sql=[f"ALTER TABLE {table} DROP CONSTRAINT {name};" for table, name, _ in CHECKS],
        ),
    ]
