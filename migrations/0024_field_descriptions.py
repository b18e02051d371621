from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.credit.models import Grade
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('huikuan', '0023_snapshot_positions')]

    initial = False

    operations = [
        ops.AlterField(
            model_name='CollectionAction',
            name='note',
            field=fields.TextField(default='', description='written by a person; the server writes note_code instead', unique=False),
        ),
        ops.AlterField(
            model_name='CreditAssessment',
            name='grade',
            field=fields.CharEnumField(null=True, description='null when not scored', enum_type=Grade, max_length=8),
        ),
        ops.AlterModelOptions(
            name='CustomerDocumentFile',
            options={'table': 'customer_document_files', 'app': 'huikuan', 'pk_attr': 'document_id', 'table_description': 'The bytes of one customer document (bytea), read only to download it.'},
        ),
    ]
