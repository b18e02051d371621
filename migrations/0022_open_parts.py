"""The open installment parts of every counted invoice, and their sums per customer and due date,
kept by the database as postings happen.

`ar_open_parts` holds one row per installment part with something open (an invoice without
installments has one part: its total, due on its due date), with the part's open amount in the
invoice's currency and in the base currency, exactly as backend/invoices/balances.py
LEDGER_PARTS_SQL computes them for a date after every ledger row. `ar_due_balances` sums them per
customer, currency and due date (with how many parts and invoices), the per-customer, per-day
balances that customer figures, the dashboard's position and the worklist read. Triggers on `invoices` and
`invoice_installments` recompute the parts of the invoices a statement touched, in the same
transaction: every posting reaches the invoices' running sums (allocated, credited, written_off)
or their status, so no write path can miss it, bulk loads and imports included.

Balances as of a date after which nothing is dated (today, normally) then read these rows only,
not every invoice of the organization; as of an earlier date PARTS_AS_OF_SQL and
DUE_BALANCES_AS_OF_SQL correct them for the invoices touched since. The property tests compare
the tables with the ledger's computation on randomized ledgers.

The installments trigger locks the invoices it recomputes, so a posting and a change of
installments on the same invoice are applied one after the other."""

from tortoise import migrations
from tortoise.migrations import operations as ops

FORWARD = [
    """
    CREATE TABLE ar_open_parts (
        invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        sequence integer NOT NULL,
        organization_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        currency varchar(3) NOT NULL,
        issue_date date NOT NULL,
        due_date date,
        open numeric(18, 2) NOT NULL,
        base numeric(18, 2) NOT NULL,
        previous_due_date date,
        PRIMARY KEY (invoice_id, sequence)
    );
    """,
    "CREATE INDEX ar_open_parts_customer ON ar_open_parts (organization_id, customer_id, due_date);",
    "CREATE INDEX ar_open_parts_due ON ar_open_parts (organization_id, due_date);",
    # The open parts of one invoice from its total, its open amount (total − running sums), its
    # rate and its due date: PARTS_AS_OF_SQL's two branches for one invoice with nothing dated later
    # (previous_due_date: the due date of the invoice's open part before this one, null for its first).
    """
    CREATE FUNCTION ar_invoice_parts(p_invoice uuid, p_total numeric, p_open numeric, p_rate numeric, p_due date)
    RETURNS TABLE (sequence integer, due_date date, open numeric, base numeric, previous_due_date date)
    LANGUAGE sql STABLE AS $$
        SELECT 1, p_due, p_open, ROUND(p_open * p_rate, 2), NULL::date
        WHERE p_open > 0 AND NOT EXISTS (SELECT 1 FROM invoice_installments x WHERE x.invoice_id = p_invoice)
        UNION ALL
        SELECT part.sequence, part.due_date, part.open,
               ROUND(SUM(part.open) OVER w * p_rate, 2) - ROUND((SUM(part.open) OVER w - part.open) * p_rate, 2),
               CASE WHEN SUM(part.open) OVER w - part.open > 0 THEN LAG(part.due_date) OVER w END
        FROM (
            SELECT x.sequence, x.due_date,
                   GREATEST(0, LEAST(x.amount, SUM(x.amount) OVER (ORDER BY x.due_date, x.sequence) - (p_total - p_open))) AS open
            FROM invoice_installments x
            WHERE x.invoice_id = p_invoice AND p_open > 0
        ) part
        WINDOW w AS (ORDER BY part.due_date, part.sequence)
    $$;
    """,
    # Per customer, currency and due date (no due date: 'infinity'), the open parts' sums and how
    # many parts and invoices (first open parts) they are.
    """
    CREATE TABLE ar_due_balances (
        organization_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        currency varchar(3) NOT NULL,
        due_date date NOT NULL,
        open numeric(18, 2) NOT NULL,
        base numeric(18, 2) NOT NULL,
        parts integer NOT NULL,
        firsts integer NOT NULL,
        PRIMARY KEY (organization_id, customer_id, currency, due_date)
    );
    """,
    "CREATE INDEX ar_due_balances_due ON ar_due_balances (organization_id, due_date);",
    "CREATE INDEX ar_due_balances_emptied ON ar_due_balances (organization_id) WHERE parts = 0;",
    # The parts of the invoices `p_ids` as they are now; their change is added to the due-date
    # balances in one statement, in key order (so two transactions lock those rows in the same
    # order), and the balances left with no part are removed.
    """
    CREATE FUNCTION ar_refresh_open_parts(p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO ar_due_balances AS b (organization_id, customer_id, currency, due_date, open, base, parts, firsts)
        SELECT d.organization_id, d.customer_id, d.currency, d.due_date, SUM(d.open), SUM(d.base), SUM(d.parts), SUM(d.firsts)
        FROM (
            SELECT o.organization_id, o.customer_id, o.currency, COALESCE(o.due_date, 'infinity'::date) AS due_date,
                   -o.open AS open, -o.base AS base, -1 AS parts, -(o.previous_due_date IS NULL)::int AS firsts
            FROM ar_open_parts o
            WHERE o.invoice_id = ANY(p_ids)
            UNION ALL
            SELECT i.organization_id, i.customer_id, i.currency, COALESCE(p.due_date, 'infinity'::date),
                   p.open, p.base, 1, (p.previous_due_date IS NULL)::int
            FROM invoices i
            CROSS JOIN LATERAL ar_invoice_parts(i.id, i.total, i.total - i.allocated - i.credited - i.written_off, i.exchange_rate, i.due_date) p
            WHERE i.id = ANY(p_ids) AND i.status NOT IN ('draft', 'void') AND i.issue_date IS NOT NULL AND p.open > 0
        ) d
        GROUP BY 1, 2, 3, 4
        HAVING SUM(d.open) <> 0 OR SUM(d.base) <> 0 OR SUM(d.parts) <> 0 OR SUM(d.firsts) <> 0
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (organization_id, customer_id, currency, due_date) DO UPDATE
        SET open = b.open + EXCLUDED.open, base = b.base + EXCLUDED.base,
            parts = b.parts + EXCLUDED.parts, firsts = b.firsts + EXCLUDED.firsts;
        DELETE FROM ar_due_balances
        WHERE parts = 0 AND organization_id IN (SELECT DISTINCT i.organization_id FROM invoices i WHERE i.id = ANY(p_ids));
        DELETE FROM ar_open_parts WHERE invoice_id = ANY(p_ids);
        INSERT INTO ar_open_parts (invoice_id, sequence, organization_id, customer_id, currency, issue_date, due_date, open, base, previous_due_date)
        SELECT i.id, p.sequence, i.organization_id, i.customer_id, i.currency, i.issue_date, p.due_date, p.open, p.base, p.previous_due_date
        FROM invoices i
        CROSS JOIN LATERAL ar_invoice_parts(i.id, i.total, i.total - i.allocated - i.credited - i.written_off, i.exchange_rate, i.due_date) p
        WHERE i.id = ANY(p_ids) AND i.status NOT IN ('draft', 'void') AND i.issue_date IS NOT NULL AND p.open > 0;
    END $$;
    """,
    """
    CREATE FUNCTION ar_open_parts_after_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM ar_refresh_open_parts(ARRAY(SELECT id FROM changed_invoices));
        RETURN NULL;
    END $$;
    """,
    """
    CREATE TRIGGER ar_open_parts_insert AFTER INSERT ON invoices
    REFERENCING NEW TABLE AS changed_invoices FOR EACH STATEMENT EXECUTE FUNCTION ar_open_parts_after_invoices();
    """,
    """
    CREATE TRIGGER ar_open_parts_update AFTER UPDATE ON invoices
    REFERENCING NEW TABLE AS changed_invoices FOR EACH STATEMENT EXECUTE FUNCTION ar_open_parts_after_invoices();
    """,
    """
    CREATE FUNCTION ar_open_parts_after_installments() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        ids uuid[];
    BEGIN
        IF TG_OP = 'INSERT' THEN
            ids := ARRAY(SELECT DISTINCT invoice_id FROM new_installments);
        ELSIF TG_OP = 'DELETE' THEN
            ids := ARRAY(SELECT DISTINCT invoice_id FROM old_installments);
        ELSE
            ids := ARRAY(SELECT invoice_id FROM new_installments UNION SELECT invoice_id FROM old_installments);
        END IF;
        PERFORM 1 FROM invoices WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
        PERFORM ar_refresh_open_parts(ids);
        RETURN NULL;
    END $$;
    """,
    """
    CREATE TRIGGER ar_open_parts_installments_insert AFTER INSERT ON invoice_installments
    REFERENCING NEW TABLE AS new_installments FOR EACH STATEMENT EXECUTE FUNCTION ar_open_parts_after_installments();
    """,
    """
    CREATE TRIGGER ar_open_parts_installments_update AFTER UPDATE ON invoice_installments
    REFERENCING OLD TABLE AS old_installments NEW TABLE AS new_installments
    FOR EACH STATEMENT EXECUTE FUNCTION ar_open_parts_after_installments();
    """,
    """
    CREATE TRIGGER ar_open_parts_installments_delete AFTER DELETE ON invoice_installments
    REFERENCING OLD TABLE AS old_installments FOR EACH STATEMENT EXECUTE FUNCTION ar_open_parts_after_installments();
    """,
    """
    INSERT INTO ar_open_parts (invoice_id, sequence, organization_id, customer_id, currency, issue_date, due_date, open, base, previous_due_date)
    SELECT i.id, p.sequence, i.organization_id, i.customer_id, i.currency, i.issue_date, p.due_date, p.open, p.base, p.previous_due_date
    FROM invoices i
    CROSS JOIN LATERAL ar_invoice_parts(i.id, i.total, i.total - i.allocated - i.credited - i.written_off, i.exchange_rate, i.due_date) p
    WHERE i.status NOT IN ('draft', 'void') AND i.issue_date IS NOT NULL AND p.open > 0;
    """,
    """
    INSERT INTO ar_due_balances (organization_id, customer_id, currency, due_date, open, base, parts, firsts)
    SELECT organization_id, customer_id, currency, COALESCE(due_date, 'infinity'::date), SUM(open), SUM(base), COUNT(*),
           COUNT(*) FILTER (WHERE previous_due_date IS NULL)
    FROM ar_open_parts
    GROUP BY 1, 2, 3, 4;
    """,
    "ANALYZE ar_open_parts;",
    "ANALYZE ar_due_balances;",
]

REVERSE = [
    "DROP TRIGGER ar_open_parts_installments_delete ON invoice_installments;",
    "DROP TRIGGER ar_open_parts_installments_update ON invoice_installments;",
    "DROP TRIGGER ar_open_parts_installments_insert ON invoice_installments;",
    "DROP FUNCTION ar_open_parts_after_installments();",
    "DROP TRIGGER ar_open_parts_update ON invoices;",
    "DROP TRIGGER ar_open_parts_insert ON invoices;",
    "DROP FUNCTION ar_open_parts_after_invoices();",
    "DROP FUNCTION ar_refresh_open_parts(uuid[]);",
    "DROP FUNCTION ar_invoice_parts(uuid, numeric, numeric, numeric, date);",
    "DROP TABLE ar_due_balances;",
    "DROP TABLE ar_open_parts;",
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0021_ledger_date_indexes")]

    initial = False

    operations = [ops.RunSQL(FORWARD, reverse_sql=REVERSE)]
