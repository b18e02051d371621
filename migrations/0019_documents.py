"""Customer documents (客户资料): metadata in customer_documents, the bytes in their own table
customer_document_files (bytea) so that lists never read them; checks keep the size positive, the
digest a lower-case SHA-256 and the expiry on or after the issue date."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.customers.models import DocumentType
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

CHECKS = [
    "ALTER TABLE customer_documents ADD CONSTRAINT customer_documents_values CHECK ("
    "size_bytes > 0 AND sha256 ~ '^[0-9a-f]{64}$' AND (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on));",
]

REVERSE = ["ALTER TABLE customer_documents DROP CONSTRAINT customer_documents_values;"]


class Migration(migrations.Migration):
    dependencies = [('huikuan', '0018_dunning')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CustomerDocument',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='customer_documents', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='documents', on_delete=OnDelete.CASCADE)),
                ('doc_type', fields.CharEnumField(description='BUSINESS_LICENCE: business_licence\nACCOUNT_PERMIT: account_permit\nCONTRACT: contract\nCREDIT_AGREEMENT: credit_agreement\nFINANCIAL_STATEMENT: financial_statement\nLEGAL_REPRESENTATIVE_ID: legal_representative_id\nGUARANTEE: guarantee\nOTHER: other', enum_type=DocumentType, max_length=32)),
                ('number', fields.CharField(default='', description="the document's own number (证照编号, contract number)", max_length=64)),
                ('issued_on', fields.DateField(null=True)),
                ('expires_on', fields.DateField(null=True, description='last day the document is valid; null when it does not expire')),
                ('note', fields.CharField(default='', max_length=500)),
                ('file_name', fields.CharField(max_length=255)),
                ('content_type', fields.CharField(description='detected from the content, never taken from the client', max_length=100)),
                ('size_bytes', fields.BigIntField()),
                ('sha256', fields.CharField(max_length=64)),
                ('uploaded_by', fields.ForeignKeyField('huikuan.User', source_field='uploaded_by_id', null=True, db_constraint=True, to_field='id', related_name='customer_documents', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'customer_documents', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'customer_id']), Index(fields=['organization_id', 'expires_on'])], 'pk_attr': 'id', 'table_description': 'A file kept about a customer with its metadata; the content lives in `CustomerDocumentFile`'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='CustomerDocumentFile',
            fields=[
                ('document', fields.OneToOneField('huikuan.CustomerDocument', source_field='document_id', primary_key=True, db_index=True, db_constraint=True, to_field='id', related_name='file', on_delete=OnDelete.CASCADE)),
                ('content', fields.BinaryField()),
            ],
            options={'table': 'customer_document_files', 'app': 'huikuan', 'pk_attr': 'document_id', 'table_description': 'The bytes of one customer document (bytea), read only to download it.'},
            bases=['Model'],
        ),
        ops.RunSQL(CHECKS, reverse_sql=REVERSE),
    ]
