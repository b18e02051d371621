"""Indexes for reading the ledger by date and the invoice list in its default order.

Balances as of a date D start from the invoices' running sums and take back the rows dated after
D (backend/invoices/balances.py, OPEN_AS_OF_SQL); the KPIs read the rows of a period. Both scanned
every allocation, credit-note application and write-off of the organization for a handful of rows:
each table now has an index on (organization, date), and allocations one on the reversal date of
the reversed ones only.

The invoice list's default order (newest first: created_at, id) is read in order from an index
instead of sorting every invoice of the organization for its first page."""

from tortoise import migrations
from tortoise.migrations import operations as ops

FORWARD = [
    "CREATE INDEX allocations_applied_on ON allocations (organization_id, applied_on);",
    "CREATE INDEX allocations_reversed_on ON allocations (organization_id, reversed_on) WHERE reversed_on IS NOT NULL;",
    "CREATE INDEX credit_note_applications_applied_on ON credit_note_applications (organization_id, applied_on);",
    "CREATE INDEX write_offs_written_off_on ON write_offs (organization_id, written_off_on);",
    "CREATE INDEX invoices_created ON invoices (organization_id, created_at, id);",
]

REVERSE = [
    "DROP INDEX invoices_created;",
    "DROP INDEX write_offs_written_off_on;",
    "DROP INDEX credit_note_applications_applied_on;",
    "DROP INDEX allocations_reversed_on;",
    "DROP INDEX allocations_applied_on;",
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0020_unscored")]

    initial = False

    operations = [ops.RunSQL(FORWARD, reverse_sql=REVERSE)]
