from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.invoices.models import AgingBasis
from backend.kit.money import Rounding
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.migrations.constraints import UniqueConstraint

class Migration(migrations.Migration):
    dependencies = [("huikuan", "0005_intake")]

    initial = False

    operations = [
        ops.CreateModel(
            name='InvoiceSettings',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.OneToOneField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='invoice_settings', on_delete=OnDelete.CASCADE)),
                ('rounding', fields.CharEnumField(default=Rounding.HALF_UP, description='rounding of line amounts and taxes to cents', enum_type=Rounding, max_length=16)),
                ('aging_bounds', fields.JSONField(default=list, description='upper day bounds of the overdue buckets; empty = 30, 60, 90, 180, 365', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('aging_basis', fields.CharEnumField(default=AgingBasis.DUE_DATE, description='DUE_DATE: due_date\nINVOICE_DATE: invoice_date', enum_type=AgingBasis, max_length=16)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'invoice_settings', 'app': 'huikuan', 'pk_attr': 'id', 'table_description': 'Per-organization invoicing settings; an organization without a row uses the defaults.'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Allocation',
            name='reversed_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Allocation',
            name='reversed_on',
            field=fields.DateField(null=True, description='from this date on the allocation no longer counts'),
        ),
        ops.AddField(
            model_name='Invoice',
            name='void_reason',
            field=fields.CharField(default='', max_length=500),
        ),
        ops.AddField(
            model_name='Refund',
            name='created_by',
            field=fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='refunds_created', on_delete=OnDelete.SET_NULL),
        ),
        ops.AddConstraint(
            model_name='Refund',
            constraint=UniqueConstraint(fields=('payment', 'provider_reference'), name=None),
        ),
        ops.AddField(
            model_name='WriteOff',
            name='decision_note',
            field=fields.CharField(default='', max_length=500),
        ),
    ]
