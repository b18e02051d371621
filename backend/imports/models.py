"""File imports (customers, open invoices, bank statements) run as background jobs, and the bank
statement lines they bring in, waiting to be matched to invoices and confirmed as payments."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from ..invoices.models import money


class ImportKind(str, Enum):
    CUSTOMERS = "customers"
    INVOICES = "invoices"
    BANK_STATEMENT = "bank_statement"


class FileFormat(str, Enum):
    CSV = "csv"
    XLSX = "xlsx"


class ImportState(str, Enum):
    PENDING = "pending"
    VALIDATING = "validating"
    IMPORTING = "importing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class ImportJob(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="import_jobs", on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(ImportKind, max_length=16)
    file_name = fields.CharField(max_length=255)
    file_format = fields.CharEnumField(FileFormat, max_length=8)
    content = fields.BinaryField()
    bank_account = fields.CharField(max_length=64, default="", description="statements: the account the lines belong to")
    state = fields.CharEnumField(ImportState, max_length=16, default=ImportState.PENDING)
    rows_total = fields.IntField(default=0)
    rows_validated = fields.IntField(default=0)
    rows_imported = fields.IntField(default=0)
    rows_skipped = fields.IntField(default=0, description="statement lines already imported, outgoing amounts")
    error_count = fields.IntField(default=0)
    error_sample = fields.JSONField(default=list, description="the first row errors, for display")
    error_report = fields.BinaryField(null=True, description="CSV: row, column, code, message")
    message = fields.TextField(default="")
    created_by = fields.ForeignKeyField("huikuan.User", related_name="import_jobs", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0, description="runs started (claims); a job lost this many times fails")
    lease_token = fields.UUIDField(null=True, description="the claim of the run holding the job; its writes check it")
    heartbeat_at = fields.DatetimeField(null=True, description="last time the running worker renewed its lease")
    lease_expires_at = fields.DatetimeField(null=True, description="a running job whose lease is past is re-queued")

    class Meta:
        table = "import_jobs"
        indexes = (("organization_id", "created_at"),)


class BankLineState(str, Enum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    IGNORED = "ignored"


class BankStatementLine(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="bank_statement_lines", on_delete=fields.RESTRICT)
    account = fields.CharField(max_length=64)
    transaction_id = fields.CharField(max_length=128, description="the bank's own id of the transaction")
    booked_on = fields.DateField()
    amount = money()
    currency = fields.CharField(max_length=3)
    payer_name = fields.CharField(max_length=200, default="")
    reference = fields.CharField(max_length=300, default="")
    state = fields.CharEnumField(BankLineState, max_length=16, default=BankLineState.OPEN)
    import_job = fields.ForeignKeyField("huikuan.ImportJob", related_name="bank_lines", null=True, on_delete=fields.SET_NULL)
    payment = fields.ForeignKeyField("huikuan.Payment", related_name="bank_lines", null=True, on_delete=fields.RESTRICT)
    decided_by = fields.ForeignKeyField("huikuan.User", related_name="bank_lines_decided", null=True, on_delete=fields.SET_NULL)
    decided_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "bank_statement_lines"
        unique_together = (("organization", "account", "transaction_id"),)
        indexes = (("organization_id", "state", "booked_on"),)
