"""Money is never lost or applied twice: the database itself refuses impossible balances."""

from tortoise import migrations
from tortoise.migrations import operations as ops

CHECKS = [
    ("invoices", "invoices_amounts_non_negative",
     "total >= 0 AND allocated >= 0 AND credited >= 0 AND written_off >= 0"),
    ("invoices", "invoices_open_not_negative", "allocated + credited + written_off <= total"),
    ("invoices", "invoices_exchange_rate_positive", "exchange_rate > 0"),
    ("invoice_installments", "installments_amount_positive", "amount > 0"),
    ("payments", "payments_amount_positive", "amount > 0 AND exchange_rate > 0"),
    ("payments", "payments_unapplied_not_negative", "allocated >= 0 AND refunded >= 0 AND allocated + refunded <= amount"),
    ("allocations", "allocations_amount_positive", "amount > 0"),
    ("credit_notes", "credit_notes_amounts", "amount > 0 AND applied >= 0 AND applied <= amount"),
    ("credit_note_applications", "credit_note_applications_amount_positive", "amount > 0"),
    ("write_offs", "write_offs_amount_positive", "amount > 0"),
    ("refunds", "refunds_amount_positive", "amount > 0"),
    ("late_fee_charges", "late_fee_charges_amount_non_negative", "amount >= 0 AND days >= 0"),
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0003_customers_ledger")]

    operations = [
        ops.RunSQL(
            [f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({check});" for table, name, check in CHECKS],
            reverse_sql=[f"ALTER TABLE {table} DROP CONSTRAINT {name};" for table, name, _ in CHECKS],
        ),
    ]
