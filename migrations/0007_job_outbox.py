"""The transactional outbox (jobs written in the business transaction, relayed to the broker) and
the record of scheduled slots (each periodic job enqueued once per slot, whatever the schedulers)."""

from tortoise import migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0006_ledger_service_checks")]

    operations = [
        ops.RunSQL(
            [
                """CREATE TABLE job_outbox (
                    id BIGSERIAL PRIMARY KEY,
                    message_id UUID NOT NULL UNIQUE,
                    actor_name VARCHAR(128) NOT NULL,
                    message BYTEA NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    relay_after TIMESTAMPTZ NOT NULL
                );""",
                "CREATE INDEX job_outbox_relay_after ON job_outbox (relay_after);",
                """CREATE TABLE scheduled_runs (
                    job VARCHAR(128) NOT NULL,
                    slot TIMESTAMPTZ NOT NULL,
                    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (job, slot)
                );""",
            ],
            reverse_sql=["DROP TABLE scheduled_runs;", "DROP TABLE job_outbox;"],
        )
    ]
