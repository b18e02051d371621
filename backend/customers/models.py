"""Customers, their contacts and attachment metadata. Every row carries organization_id."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class CustomerStatus(str, Enum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    BLOCKED = "blocked"
    ARCHIVED = "archived"


class ContactChannel(str, Enum):
    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    WECHAT = "wechat"
    LETTER = "letter"


class Customer(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="customers", on_delete=fields.RESTRICT)
    code = fields.CharField(max_length=32)
    legal_name = fields.CharField(max_length=200)
    short_name = fields.CharField(max_length=100, default="")
    credit_code = fields.CharField(max_length=18, null=True, description="统一社会信用代码 (GB 32100-2015)")
    tax_number = fields.CharField(max_length=32, default="")
    industry = fields.CharField(max_length=64, default="")
    address = fields.CharField(max_length=300, default="")
    region = fields.CharField(max_length=64, default="")
    website = fields.CharField(max_length=200, default="")
    founded_on = fields.DateField(null=True)
    registered_capital = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    status = fields.CharEnumField(CustomerStatus, max_length=16, default=CustomerStatus.ACTIVE)
    tags = fields.JSONField(default=list)
    owner = fields.ForeignKeyField(
        "huikuan.Membership", related_name="owned_customers", null=True, on_delete=fields.SET_NULL
    )
    collector = fields.ForeignKeyField(
        "huikuan.Membership", related_name="collected_customers", null=True, on_delete=fields.SET_NULL
    )
    notes = fields.TextField(default="")
    # The current credit standing, written by the credit service from the latest assessment and
    # the policy of its grade (or an approved override); the archive keeps the history.
    grade = fields.CharField(max_length=8, null=True)
    score = fields.DecimalField(max_digits=5, decimal_places=2, null=True)
    credit_limit = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    payment_terms_days = fields.IntField(null=True)
    version = fields.IntField(default=1, description="optimistic concurrency: bumped on every update")
    search_text = fields.TextField(
        default="", description="lower-cased code, names, credit code and tax number; set by a trigger, trigram-indexed"
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "customers"
        unique_together = (("organization", "code"),)
        indexes = (("organization_id", "status"), ("organization_id", "collector_id"), ("organization_id", "owner_id"))


class Contact(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="contacts", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="contacts", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=100)
    title = fields.CharField(max_length=100, default="")
    phone = fields.CharField(max_length=32, default="")
    email = fields.CharField(max_length=254, default="")
    preferred_channel = fields.CharEnumField(ContactChannel, max_length=16, default=ContactChannel.EMAIL)
    language = fields.CharField(max_length=8, default="zh-CN")
    is_billing_contact = fields.BooleanField(default=False)
    search_text = fields.TextField(default="", description="lower-cased name, phone and email; set by a trigger")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "customer_contacts"
        indexes = (("organization_id", "customer_id"),)


class AttachmentKind(str, Enum):
    BUSINESS_LICENCE = "business_licence"
    CONTRACT = "contract"
    FINANCIAL_REPORT = "financial_report"
    GUARANTEE = "guarantee"
    OTHER = "other"


class Attachment(Model):
    """Metadata of a document kept about a customer (the file itself lives in object storage)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="attachments", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="attachments", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(AttachmentKind, max_length=32)
    file_name = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=100)
    size_bytes = fields.BigIntField()
    sha256 = fields.CharField(max_length=64, default="")
    storage_key = fields.CharField(max_length=500, default="")
    uploaded_by = fields.ForeignKeyField("huikuan.User", related_name="attachments", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "customer_attachments"
        indexes = (("organization_id", "customer_id"),)


class DocumentType(str, Enum):
    """What a customer document is (资料类型)."""

    BUSINESS_LICENCE = "business_licence"  # 营业执照
    ACCOUNT_PERMIT = "account_permit"  # 开户许可证
    CONTRACT = "contract"  # 合同
    CREDIT_AGREEMENT = "credit_agreement"  # 授信协议
    FINANCIAL_STATEMENT = "financial_statement"  # 财务报表
    LEGAL_REPRESENTATIVE_ID = "legal_representative_id"  # 法定代表人身份证件
    GUARANTEE = "guarantee"  # 担保函
    OTHER = "other"


class CustomerDocument(Model):
    """A file kept about a customer with its metadata; the content lives in `CustomerDocumentFile`
    so that lists never load it."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="customer_documents", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="documents", on_delete=fields.CASCADE)
    doc_type = fields.CharEnumField(DocumentType, max_length=32)
    number = fields.CharField(max_length=64, default="", description="the document's own number (证照编号, contract number)")
    issued_on = fields.DateField(null=True)
    expires_on = fields.DateField(null=True, description="last day the document is valid; null when it does not expire")
    note = fields.CharField(max_length=500, default="")
    file_name = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=100, description="detected from the content, never taken from the client")
    size_bytes = fields.BigIntField()
    sha256 = fields.CharField(max_length=64)
    uploaded_by = fields.ForeignKeyField("huikuan.User", related_name="customer_documents", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "customer_documents"
        indexes = (("organization_id", "customer_id"), ("organization_id", "expires_on"))


class CustomerDocumentFile(Model):
    """The bytes of one customer document (bytea), read only to download it."""

    document = fields.OneToOneField("huikuan.CustomerDocument", related_name="file", primary_key=True, on_delete=fields.CASCADE)
    content = fields.BinaryField()

    class Meta:
        table = "customer_document_files"
