"""Staff performance (绩效考核): the history of who held each customer as collector (written by a
trigger on customers whatever path sets the collector, backfilled from the current collectors),
the organization's score weights and the collectors' monthly targets, with checks that keep the
weights summing to 100 and a customer's history free of overlaps."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

HISTORY = [
    """
    CREATE FUNCTION customers_collector_history() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        today date;
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.collector_id IS NOT DISTINCT FROM OLD.collector_id THEN
            RETURN NEW;
        END IF;
        SELECT (now() AT TIME ZONE o.timezone)::date INTO today FROM organizations o WHERE o.id = NEW.organization_id;
        IF TG_OP = 'UPDATE' THEN
            DELETE FROM collector_assignments WHERE customer_id = NEW.id AND ended_on IS NULL AND started_on >= today;
            UPDATE collector_assignments SET ended_on = today WHERE customer_id = NEW.id AND ended_on IS NULL;
        END IF;
        IF NEW.collector_id IS NOT NULL THEN
            INSERT INTO collector_assignments (organization_id, customer_id, collector_id, started_on)
            VALUES (NEW.organization_id, NEW.id, NEW.collector_id, today);
        END IF;
        RETURN NEW;
    END
    $$;
    """,
    "CREATE TRIGGER customers_collector_history AFTER INSERT OR UPDATE OF collector_id ON customers "
    "FOR EACH ROW EXECUTE FUNCTION customers_collector_history();",
    "INSERT INTO collector_assignments (organization_id, customer_id, collector_id, started_on) "
    "SELECT c.organization_id, c.id, c.collector_id, (c.created_at AT TIME ZONE o.timezone)::date "
    "FROM customers c JOIN organizations o ON o.id = c.organization_id WHERE c.collector_id IS NOT NULL;",
    "CREATE UNIQUE INDEX collector_assignments_one_open ON collector_assignments (customer_id) WHERE ended_on IS NULL;",
    "ALTER TABLE collector_assignments ADD CONSTRAINT collector_assignments_days CHECK (ended_on IS NULL OR ended_on > started_on);",
    "ALTER TABLE performance_settings ADD CONSTRAINT performance_settings_weights CHECK ("
    "LEAST(weight_cash, weight_cei, weight_dso, weight_overdue_change, weight_actions, weight_promises, weight_disputes) >= 0 "
    "AND weight_cash + weight_cei + weight_dso + weight_overdue_change + weight_actions + weight_promises + weight_disputes = 100 "
    "AND dispute_target_days BETWEEN 1 AND 365);",
    "ALTER TABLE performance_targets ADD CONSTRAINT performance_targets_values CHECK ("
    "extract(day FROM month) = 1 AND (cash_target IS NULL OR cash_target >= 0) AND (actions_target IS NULL OR actions_target >= 0));",
]

REVERSE = [
    "ALTER TABLE performance_targets DROP CONSTRAINT performance_targets_values;",
    "ALTER TABLE performance_settings DROP CONSTRAINT performance_settings_weights;",
    "ALTER TABLE collector_assignments DROP CONSTRAINT collector_assignments_days;",
    "DROP INDEX collector_assignments_one_open;",
    "DELETE FROM collector_assignments;",
    "DROP TRIGGER customers_collector_history ON customers;",
    "DROP FUNCTION customers_collector_history();",
]


class Migration(migrations.Migration):
    dependencies = [('huikuan', '0016_analytics')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CollectorAssignment',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='collector_assignments', on_delete=OnDelete.CASCADE)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='collector_assignments', on_delete=OnDelete.CASCADE)),
                ('collector', fields.ForeignKeyField('huikuan.Membership', source_field='collector_id', db_constraint=True, to_field='id', related_name='collector_assignments', on_delete=OnDelete.CASCADE)),
                ('started_on', fields.DateField(description='first local day the collector held the customer')),
                ('ended_on', fields.DateField(null=True, description='first local day they no longer did; null while they still do')),
            ],
            options={'table': 'collector_assignments', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'collector_id']), Index(fields=['customer_id', 'started_on'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PerformanceSettings',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.OneToOneField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='performance_settings', on_delete=OnDelete.CASCADE)),
                ('weight_cash', fields.IntField(default=30)),
                ('weight_cei', fields.IntField(default=20)),
                ('weight_dso', fields.IntField(default=10)),
                ('weight_overdue_change', fields.IntField(default=15)),
                ('weight_actions', fields.IntField(default=10)),
                ('weight_promises', fields.IntField(default=10)),
                ('weight_disputes', fields.IntField(default=5)),
                ('dispute_target_days', fields.IntField(default=30, description='days to resolve a dispute that earn full points')),
                ('version', fields.IntField(default=1)),
                ('updated_by', fields.ForeignKeyField('huikuan.User', source_field='updated_by_id', null=True, db_constraint=True, to_field='id', related_name='performance_settings_updated', on_delete=OnDelete.SET_NULL)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'performance_settings', 'app': 'huikuan', 'pk_attr': 'id', 'table_description': "Weights of the score's components (whole numbers summing to 100) and the dispute target."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PerformanceTarget',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='performance_targets', on_delete=OnDelete.CASCADE)),
                ('collector', fields.ForeignKeyField('huikuan.Membership', source_field='collector_id', db_constraint=True, to_field='id', related_name='performance_targets', on_delete=OnDelete.CASCADE)),
                ('month', fields.DateField(description='the first day of the month')),
                ('cash_target', fields.DecimalField(null=True, max_digits=18, decimal_places=2)),
                ('actions_target', fields.IntField(null=True)),
                ('updated_by', fields.ForeignKeyField('huikuan.User', source_field='updated_by_id', null=True, db_constraint=True, to_field='id', related_name='performance_targets_updated', on_delete=OnDelete.SET_NULL)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'performance_targets', 'app': 'huikuan', 'unique_together': (('collector', 'month'),), 'pk_attr': 'id', 'table_description': "A collector's targets for one calendar month: cash collected (base currency) and actions logged."},
            bases=['Model'],
        ),
        ops.RunSQL(HISTORY, reverse_sql=REVERSE),
    ]
