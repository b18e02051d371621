"""The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE."""

from tortoise import migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0001_initial")]

    operations = [
        ops.RunSQL(
            [
                """
                CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """,
                """
                CREATE TRIGGER audit_log_no_update_delete
                    BEFORE UPDATE OR DELETE ON audit_log
                    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
                """,
                """
                CREATE TRIGGER audit_log_no_truncate
                    BEFORE TRUNCATE ON audit_log
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
                """,
            ],
            reverse_sql=[
                "DROP TRIGGER audit_log_no_truncate ON audit_log;",
                "DROP TRIGGER audit_log_no_update_delete ON audit_log;",
                "DROP FUNCTION audit_log_refuse_change();",
            ],
        ),
    ]
