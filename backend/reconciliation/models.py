"""Statements of account (对账单) sent to customers for confirmation, their lines (a snapshot of the
ledger), the links the customer answers through, what was done through them, and discrepancies.

Not to be confused with a customer's own financial statements (credit.FinancialStatement).
See docs/reconciliation.md.
"""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from ..invoices.models import money


class StatementStatus(str, Enum):
    DRAFT = "draft"
    SENT = "sent"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    RESOLVED = "resolved"
    EXPIRED = "expired"


class LineKind(str, Enum):
    INVOICE = "invoice"
    PAYMENT = "payment"
    PAYMENT_REVERSAL = "payment_reversal"
    REFUND = "refund"
    CREDIT_NOTE = "credit_note"
    WRITE_OFF = "write_off"


class DisputeReason(str, Enum):
    MISSING_INVOICE = "missing_invoice"
    MISSING_PAYMENT = "missing_payment"
    AMOUNT_DIFFERS = "amount_differs"
    DUPLICATE = "duplicate"
    OTHER = "other"


class DiscrepancyStatus(str, Enum):
    OPEN = "open"
    RESOLVED = "resolved"


class Resolution(str, Enum):
    ADJUSTMENT_POSTED = "adjustment_posted"
    CREDIT_NOTE_ISSUED = "credit_note_issued"
    NO_CHANGE = "no_change"


class Frequency(str, Enum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    OFF = "off"


class AccessAction(str, Enum):
    VIEW = "view"
    DOWNLOAD = "download"
    CONFIRM = "confirm"
    DISPUTE = "dispute"
    REFUSED = "refused"


class AccountStatement(Model):
    """One customer, one period, in one currency. Its figures and lines are a snapshot taken when
    it is created and again each time it is sent (`revision`); nothing posted later changes them."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="account_statements", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="account_statements", on_delete=fields.RESTRICT)
    number = fields.CharField(max_length=40, description="gap-free per organization (series account_statement)")
    status = fields.CharEnumField(StatementStatus, max_length=16, default=StatementStatus.DRAFT)
    period_start = fields.DateField()
    period_end = fields.DateField()
    currency = fields.CharField(max_length=3, description="the documents in this currency, figures in it")
    base_currency = fields.CharField(max_length=3)
    open_items_only = fields.BooleanField(default=False)
    revision = fields.IntField(default=1, description="bumped on each re-send; lines of older revisions are kept")
    opening_balance = money(description="balance as of the day before the period")
    total_debits = money(default=0)
    total_credits = money(default=0)
    closing_balance = money(description="balance as of the period's last day")
    opening_balance_base = money(default=0)
    closing_balance_base = money(default=0)
    aging = fields.JSONField(default=dict, description="aging summary at the closing date (base currency)")
    snapshot_at = fields.DatetimeField(description="when the figures were taken from the ledger")
    sent_at = fields.DatetimeField(null=True)
    send_count = fields.IntField(default=0)
    answered_at = fields.DatetimeField(null=True, description="when the customer confirmed or disputed this revision")
    confirmed_at = fields.DatetimeField(null=True)
    confirmed_by_name = fields.CharField(max_length=100, default="")
    disputed_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    expired_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="account_statements_created", null=True, on_delete=fields.SET_NULL)
    scheduled = fields.BooleanField(default=False, description="made by the schedule: one per customer, period and currency")
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "account_statements"
        unique_together = (("organization", "number"),)
        indexes = (("organization_id", "status"), ("organization_id", "customer_id", "period_end"))


class StatementLine(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="account_statement_lines", on_delete=fields.RESTRICT)
    statement = fields.ForeignKeyField("huikuan.AccountStatement", related_name="lines", on_delete=fields.CASCADE)
    revision = fields.IntField()
    position = fields.IntField()
    kind = fields.CharEnumField(LineKind, max_length=24)
    document_id = fields.UUIDField()
    document_number = fields.CharField(max_length=128, default="")
    document_date = fields.DateField()
    due_date = fields.DateField(null=True)
    reference = fields.CharField(max_length=128, default="")
    debit = money(default=0)
    credit = money(default=0)
    open_amount = money(null=True, description="open items only: what is still open of the document at the closing date")
    balance = money(description="running balance after this line")
    exchange_rate = fields.DecimalField(max_digits=9, decimal_places=6, default=1)
    base_amount = money(description="debit − credit in the base currency at the document's rate")

    class Meta:
        table = "account_statement_lines"
        unique_together = (("statement", "revision", "position"),)


class StatementLink(Model):
    """A link sent to the customer: the token itself is never stored, only its SHA-256."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="account_statement_links", on_delete=fields.RESTRICT)
    statement = fields.ForeignKeyField("huikuan.AccountStatement", related_name="links", on_delete=fields.CASCADE)
    revision = fields.IntField()
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    recipients = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "account_statement_links"
        indexes = (("organization_id", "statement_id"),)


class StatementAccess(Model):
    """Every visit and answer through a link: append-only."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="account_statement_accesses", on_delete=fields.RESTRICT)
    statement = fields.ForeignKeyField("huikuan.AccountStatement", related_name="accesses", on_delete=fields.CASCADE)
    link = fields.ForeignKeyField("huikuan.StatementLink", related_name="accesses", on_delete=fields.CASCADE)
    action = fields.CharEnumField(AccessAction, max_length=16)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=500, default="")
    detail = fields.JSONField(default=dict)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "account_statement_accesses"
        indexes = (("organization_id", "statement_id", "at"),)


class Discrepancy(Model):
    """One disputed line, worked by staff to a resolution."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="statement_discrepancies", on_delete=fields.RESTRICT)
    statement = fields.ForeignKeyField("huikuan.AccountStatement", related_name="discrepancies", on_delete=fields.CASCADE)
    line = fields.ForeignKeyField("huikuan.StatementLine", related_name="discrepancies", on_delete=fields.RESTRICT)
    revision = fields.IntField()
    reason = fields.CharEnumField(DisputeReason, max_length=24)
    customer_amount = money(null=True, description="the customer's figure for the line")
    customer_note = fields.TextField(default="")
    contact_name = fields.CharField(max_length=100, default="")
    attachment_name = fields.CharField(max_length=255, null=True)
    attachment_type = fields.CharField(max_length=100, null=True)
    attachment = fields.BinaryField(null=True)
    status = fields.CharEnumField(DiscrepancyStatus, max_length=16, default=DiscrepancyStatus.OPEN)
    assigned_to = fields.ForeignKeyField("huikuan.Membership", related_name="statement_discrepancies", null=True, on_delete=fields.SET_NULL)
    resolution = fields.CharEnumField(Resolution, max_length=24, null=True)
    resolution_note = fields.TextField(default="")
    document_id = fields.UUIDField(null=True, description="the invoice or credit note posted to settle it")
    resolved_by = fields.ForeignKeyField("huikuan.User", related_name="statement_discrepancies_resolved", null=True, on_delete=fields.SET_NULL)
    resolved_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "statement_discrepancies"
        unique_together = (("line", "revision"),)
        indexes = (("organization_id", "status"), ("organization_id", "statement_id"))


class StatementSchedule(Model):
    """When statements are made and sent by themselves: the organization's default (no customer) and
    per-customer overrides."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="statement_schedules", on_delete=fields.CASCADE)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="statement_schedules", null=True, on_delete=fields.CASCADE)
    frequency = fields.CharEnumField(Frequency, max_length=16)
    send_day = fields.IntField(default=1, description="day of the month (1–28) from which the last period's statement is due")
    open_items_only = fields.BooleanField(default=False)
    link_days = fields.IntField(default=30)
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="statement_schedules_updated", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "statement_schedules"
        unique_together = (("organization", "customer"),)


class StatementRun(Model):
    """One pass of the schedule over an organization's customers: what was sent, what was already
    done, and every customer skipped with the reason (retried on the next run)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="statement_runs", on_delete=fields.CASCADE)
    run_on = fields.DateField(description="the organization's local day of the run")
    sent = fields.IntField(default=0)
    already_sent = fields.IntField(default=0)
    nothing_to_reconcile = fields.IntField(default=0)
    skipped = fields.JSONField(default=list, description="[{customerId, code, name, periodStart, periodEnd, reason, message}]")
    started_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "statement_runs"
        indexes = (("organization_id", "started_at"),)
