"""Daily snapshots the figures can trust: a snapshot keeps the position's invoice counts too, and
the database marks it `stale` as soon as a ledger row dated on or before its day is written
after it was taken (a back-dated payment, a reversal, a credit note, an approved write-off, an
invoice issued, voided or changed, its installments). Positions as of a day with a snapshot that
is not stale (month-ends, for the dashboard's trend and the KPIs' beginning balance) are then
read from it instead of being computed from every ledger row (backend/analytics/service.py).

What "dated" means for each table is what backend/invoices/balances.py OPEN_AS_OF_SQL reads:
allocations count from `applied_on` until `reversed_on`, credit note applications from
`applied_on`, approved write-offs from `written_off_on`, invoices not draft or void from
`issue_date` (their total, due date, exchange rate and installments from then on).

A snapshot being taken must not miss a posting in flight: the triggers take a shared advisory
lock per organization before they mark, and `take_snapshot` takes it exclusively for the time it
computes and stores (analytics.snapshots.SNAPSHOT_LOCK), so a posting either committed before
the snapshot read the ledger or marks it stale after it was stored.

Snapshots taken before this migration become stale (nothing recorded what was written since);
the daily job takes stale ones again."""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

# The first key of the advisory lock (the second is hashtext of the organization's id): any
# constant that no other lock of the project uses; analytics.snapshots.SNAPSHOT_LOCK repeats it.
LOCK = 7_240_013

# For each table, the (organization, first day changed) of a statement's rows, from `new_rows` on
# INSERT, `old_rows` on DELETE and both on UPDATE; a null day changes nothing.
_DATED = {
    "allocations": {
        "INSERT": "SELECT organization_id AS org, LEAST(applied_on, reversed_on) AS day FROM new_rows",
        "DELETE": "SELECT organization_id AS org, LEAST(applied_on, reversed_on) AS day FROM old_rows",
        "UPDATE": """SELECT n.organization_id AS org, CASE
                WHEN (o.amount, o.invoice_id, o.applied_on) IS DISTINCT FROM (n.amount, n.invoice_id, n.applied_on)
                    THEN LEAST(o.applied_on, n.applied_on, o.reversed_on, n.reversed_on)
                WHEN o.reversed_on IS DISTINCT FROM n.reversed_on THEN LEAST(o.reversed_on, n.reversed_on)
            END AS day
            FROM new_rows n JOIN old_rows o ON o.id = n.id""",
    },
    "credit_note_applications": {
        "INSERT": "SELECT organization_id AS org, applied_on AS day FROM new_rows",
        "DELETE": "SELECT organization_id AS org, applied_on AS day FROM old_rows",
        "UPDATE": """SELECT n.organization_id AS org, LEAST(o.applied_on, n.applied_on) AS day
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (o.amount, o.invoice_id, o.applied_on) IS DISTINCT FROM (n.amount, n.invoice_id, n.applied_on)""",
    },
    "write_offs": {
        "INSERT": "SELECT organization_id AS org, written_off_on AS day FROM new_rows WHERE status = 'approved'",
        "DELETE": "SELECT organization_id AS org, written_off_on AS day FROM old_rows WHERE status = 'approved'",
        "UPDATE": """SELECT n.organization_id AS org,
                   LEAST(CASE WHEN o.status = 'approved' THEN o.written_off_on END,
                         CASE WHEN n.status = 'approved' THEN n.written_off_on END) AS day
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (o.status = 'approved', o.amount, o.invoice_id, o.written_off_on)
                  IS DISTINCT FROM (n.status = 'approved', n.amount, n.invoice_id, n.written_off_on)""",
    },
    # Their running sums and paid/partially paid status follow the postings above: not dated here.
    "invoices": {
        "INSERT": "SELECT organization_id AS org, issue_date AS day FROM new_rows WHERE status NOT IN ('draft', 'void')",
        "DELETE": "SELECT organization_id AS org, issue_date AS day FROM old_rows WHERE status NOT IN ('draft', 'void')",
        "UPDATE": """SELECT n.organization_id AS org,
                   LEAST(CASE WHEN o.status NOT IN ('draft', 'void') THEN o.issue_date END,
                         CASE WHEN n.status NOT IN ('draft', 'void') THEN n.issue_date END) AS day
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (o.status NOT IN ('draft', 'void'), o.issue_date, o.total, o.due_date, o.exchange_rate, o.currency)
                  IS DISTINCT FROM (n.status NOT IN ('draft', 'void'), n.issue_date, n.total, n.due_date, n.exchange_rate, n.currency)""",
    },
    # Installments move what is overdue from their invoice's issue date on.
    "invoice_installments": {
        op: f"""SELECT i.organization_id AS org, i.issue_date AS day FROM invoices i
            WHERE i.status NOT IN ('draft', 'void') AND i.id IN ({rows})"""
        for op, rows in (
            ("INSERT", "SELECT invoice_id FROM new_rows"),
            ("DELETE", "SELECT invoice_id FROM old_rows"),
            ("UPDATE", "SELECT invoice_id FROM new_rows UNION SELECT invoice_id FROM old_rows"),
        )
    },
}


def _trigger_function(table: str) -> str:
    branches = {
        op: f"""SELECT array_agg(org ORDER BY org), array_agg(day ORDER BY org) INTO orgs, days
            FROM (SELECT org, MIN(day) AS day FROM ({sql}) dated GROUP BY org) x WHERE day IS NOT NULL;"""
        for op, sql in _DATED[table].items()
    }
    return f"""
    CREATE FUNCTION analytics_snapshots_after_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        orgs uuid[];
        days date[];
    BEGIN
        IF TG_OP = 'INSERT' THEN
            {branches["INSERT"]}
        ELSIF TG_OP = 'DELETE' THEN
            {branches["DELETE"]}
        ELSE
            {branches["UPDATE"]}
        END IF;
        IF orgs IS NOT NULL THEN
            PERFORM analytics_snapshots_mark_stale(orgs, days);
        END IF;
        RETURN NULL;
    END $$;
    """


FORWARD = [
    "UPDATE analytics_snapshots SET stale = true;",
    # `orgs` distinct and sorted, so that two statements take their locks in the same order.
    f"""
    CREATE FUNCTION analytics_snapshots_mark_stale(orgs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        org uuid;
    BEGIN
        FOREACH org IN ARRAY orgs LOOP
            PERFORM pg_advisory_xact_lock_shared({LOCK}, hashtext(org::text));
        END LOOP;
        UPDATE analytics_snapshots s SET stale = true
        FROM unnest(orgs, days) AS d (org, day)
        WHERE s.organization_id = d.org AND s.day >= d.day AND NOT s.stale;
    END $$;
    """,
]
for _table in _DATED:
    FORWARD += [
        _trigger_function(_table),
        f"CREATE TRIGGER analytics_snapshots_insert AFTER INSERT ON {_table} REFERENCING NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION analytics_snapshots_after_{_table}();",
        f"CREATE TRIGGER analytics_snapshots_update AFTER UPDATE ON {_table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION analytics_snapshots_after_{_table}();",
        f"CREATE TRIGGER analytics_snapshots_delete AFTER DELETE ON {_table} REFERENCING OLD TABLE AS old_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION analytics_snapshots_after_{_table}();",
    ]

REVERSE = [
    *(f"DROP TRIGGER analytics_snapshots_{op} ON {table};" for table in _DATED for op in ("insert", "update", "delete")),
    *(f"DROP FUNCTION analytics_snapshots_after_{table}();" for table in _DATED),
    "DROP FUNCTION analytics_snapshots_mark_stale(uuid[], date[]);",
]


class Migration(migrations.Migration):
    dependencies = [('huikuan', '0022_open_parts')]

    initial = False

    operations = [
        ops.AddField(
            model_name='AnalyticsSnapshot',
            name='open_invoices',
            field=fields.BigIntField(null=True, description='invoices with something open at the end of the day (null: taken before they were kept)'),
        ),
        ops.AddField(
            model_name='AnalyticsSnapshot',
            name='overdue_invoices',
            field=fields.BigIntField(null=True, description='of which overdue'),
        ),
        ops.AddField(
            model_name='AnalyticsSnapshot',
            name='stale',
            field=fields.BooleanField(default=False, description="a ledger row dated on or before the day was written after the snapshot was taken (set by the database's triggers, migration 0023)", db_default=False),
        ),
        ops.RunSQL(FORWARD, reverse_sql=REVERSE),
    ]
