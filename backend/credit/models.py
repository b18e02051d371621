"""Credit: financial statements, qualitative profile, scorecard settings, grade policies, the
assessment archive (信用档案), maker-checker overrides and exceptions, reassessment runs."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.fields.db_defaults import SqlDefault
from tortoise.models import Model

from ..invoices.models import money


class Grade(str, Enum):
    AAA = "AAA"
    AA = "AA"
    A = "A"
    B = "B"
    C = "C"


# Best first: a grade's index is its rank (a downgrade moves to a higher index).
GRADES: tuple[Grade, ...] = (Grade.AAA, Grade.AA, Grade.A, Grade.B, Grade.C)


class FinancialStatement(Model):
    """One period's figures of a customer, in the organization's base currency."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="financial_statements", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="financial_statements", on_delete=fields.CASCADE)
    period_start = fields.DateField(description="first day of a month")
    period_end = fields.DateField(description="last day of a month")
    total_assets = money()
    total_liabilities = money()
    current_assets = money()
    current_liabilities = money()
    inventory = money()
    cash = money()
    revenue = money()
    net_profit = money()
    operating_cash_flow = money()
    audited = fields.BooleanField(default=False)
    source = fields.CharField(max_length=100, default="", description="e.g. 年度审计报告, 企业所得税年报")
    created_by = fields.ForeignKeyField("huikuan.User", related_name="statements_created", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "financial_statements"
        unique_together = (("customer", "period_end"),)
        indexes = (("organization_id", "customer_id", "period_end"),)


class IndustryRisk(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ManagementQuality(str, Enum):
    STRONG = "strong"
    ADEQUATE = "adequate"
    WEAK = "weak"


class PublicRecord(str, Enum):
    CLEAN = "clean"
    MINOR = "minor"
    DISHONEST = "dishonest"


class Guarantee(str, Enum):
    NONE = "none"
    PARTIAL = "partial"
    FULL = "full"
    CREDIT_INSURANCE = "credit_insurance"


class CreditProfile(Model):
    """The qualitative inputs of the scorecard, entered by staff; unknown stays null."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_profiles", on_delete=fields.RESTRICT)
    customer = fields.OneToOneField("huikuan.Customer", related_name="credit_profile", on_delete=fields.CASCADE)
    industry_risk = fields.CharEnumField(IndustryRisk, max_length=16, null=True)
    management = fields.CharEnumField(ManagementQuality, max_length=16, null=True)
    public_record = fields.CharEnumField(PublicRecord, max_length=16, null=True)
    public_record_note = fields.CharField(max_length=500, default="")
    public_record_checked_on = fields.DateField(null=True)
    guarantee = fields.CharEnumField(Guarantee, max_length=24, null=True)
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="credit_profiles_updated", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "credit_profiles"


class CreditSettings(Model):
    """Scorecard weights, grade thresholds and who may ask for exceptions, per organization.
    No row means the defaults of backend.credit.scorecard."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.OneToOneField("huikuan.Organization", related_name="credit_settings", on_delete=fields.CASCADE)
    weights = fields.JSONField(description="factor key → integer weight, summing to 100")
    thresholds = fields.JSONField(description="grade → minimum score, AAA > AA > A > B")
    exception_request_roles = fields.JSONField(description="roles that may request overrides and exceptions")
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="credit_settings_updated", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "credit_settings"


class CreditPolicy(Model):
    """What a grade gets. No row for a grade means the default of backend.credit.policy."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_policies", on_delete=fields.CASCADE)
    grade = fields.CharEnumField(Grade, max_length=8)
    credit_limit_cap = money(null=True, description="null = no cap")
    revenue_limit_pct = fields.DecimalField(max_digits=5, decimal_places=2, null=True, description="% of annualized revenue")
    payment_terms_days = fields.IntField()
    allowed_payment_methods = fields.JSONField()
    prepayment_required = fields.BooleanField(default=False)
    guarantee_required = fields.BooleanField(default=False)
    credit_hold = fields.BooleanField(default=False, description="customers of this grade are on credit hold")
    hold_overdue_days = fields.IntField(null=True, description="on hold while an invoice is more than this many days overdue")
    dunning_policy_id = fields.UUIDField(null=True, description="the collections dunning policy of this grade")
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="credit_policies_updated", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "credit_policies"
        unique_together = (("organization", "grade"),)


class PolicySubject(str, Enum):
    SETTINGS = "settings"
    GRADE_POLICY = "grade_policy"
    OVERRIDE = "override"


class CreditPolicyChange(Model):
    """The history of every settings, grade-policy and override decision: who, why, before, after."""

    id = fields.BigIntField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_policy_changes", on_delete=fields.CASCADE)
    subject = fields.CharEnumField(PolicySubject, max_length=16)
    grade = fields.CharEnumField(Grade, max_length=8, null=True)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="credit_policy_changes", null=True, on_delete=fields.CASCADE)
    action = fields.CharField(max_length=32)
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    reason = fields.TextField(default="")
    changed_by = fields.ForeignKeyField("huikuan.User", related_name="credit_policy_changes", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_policy_changes"
        indexes = (("organization_id", "created_at"),)


class RunStatus(str, Enum):
    RUNNING = "running"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class RunTrigger(str, Enum):
    SCHEDULE = "schedule"
    EVENT = "event"
    MANUAL = "manual"


class ReassessmentRun(Model):
    """One pass of the risk worker over an organization's customers (or a set of them), in
    batches ordered by customer id; `cursor` is the last customer of the last committed batch."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="reassessment_runs", on_delete=fields.CASCADE)
    as_of = fields.DateField()
    trigger = fields.CharEnumField(RunTrigger, max_length=16)
    status = fields.CharEnumField(RunStatus, max_length=16, default=RunStatus.RUNNING)
    scope_key = fields.CharField(max_length=64, default="all", description="'all' or a hash of the customer set")
    scope = fields.JSONField(null=True, description="the customer ids of a set run; null = every customer")
    cursor = fields.UUIDField(null=True)
    batches = fields.IntField(default=0)
    customers_seen = fields.IntField(default=0)
    assessments_written = fields.IntField(default=0)
    started_at = fields.DatetimeField(auto_now_add=True)
    last_batch_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "credit_reassessment_runs"
        indexes = (("organization_id", "started_at"),)


class AssessmentMethod(str, Enum):
    MANUAL = "manual"
    AUTOMATIC = "automatic"


class AssessmentStatus(str, Enum):
    SCORED = "scored"
    INSUFFICIENT_DATA = "insufficient_data"


class MissingData(str, Enum):
    """A group of scorecard figures a customer has nothing of."""

    FINANCIALS = "financials"
    PAYMENT_HISTORY = "payment_history"
    QUALITATIVE_PROFILE = "qualitative_profile"


class CreditAssessment(Model):
    """One scorecard result, kept for ever: the credit archive."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_assessments", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="credit_assessments", on_delete=fields.CASCADE)
    method = fields.CharEnumField(AssessmentMethod, max_length=16)
    as_of = fields.DateField()
    status = fields.CharEnumField(AssessmentStatus, max_length=24, default=AssessmentStatus.SCORED, db_default="scored")
    missing = fields.JSONField(
        default=list, db_default=SqlDefault("'[]'::jsonb"), description="the MissingData groups the customer had nothing of"
    )
    score = fields.DecimalField(max_digits=5, decimal_places=2, null=True, description="null when not scored")
    grade = fields.CharEnumField(Grade, max_length=8, null=True, description="null when not scored")
    previous_grade = fields.CharEnumField(Grade, max_length=8, null=True)
    factors = fields.JSONField(description="[{key, group, value, points, weight, contribution}]")
    inputs = fields.JSONField(description="every figure the factors were computed from")
    suggested_limit = money(null=True)
    limit_reasoning = fields.JSONField(null=True)
    fingerprint = fields.CharField(max_length=64, description="hash of the result; equal means nothing changed")
    run = fields.ForeignKeyField("huikuan.ReassessmentRun", related_name="assessments", null=True, on_delete=fields.SET_NULL)
    assessed_by = fields.ForeignKeyField("huikuan.User", related_name="credit_assessments", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_assessments"
        unique_together = (("run", "customer"),)
        indexes = (("organization_id", "customer_id", "created_at"),)


class DecisionStatus(str, Enum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKED = "revoked"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    USED = "used"
    CANCELLED = "cancelled"


class CreditOverride(Model):
    """A per-customer credit limit and/or payment terms replacing the grade policy's, once a
    manager other than the requester approved it; it lapses after `expires_on` when given."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_overrides", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="credit_overrides", on_delete=fields.CASCADE)
    credit_limit = money(null=True)
    payment_terms_days = fields.IntField(null=True)
    reason = fields.TextField()
    expires_on = fields.DateField(null=True)
    status = fields.CharEnumField(DecisionStatus, max_length=16, default=DecisionStatus.REQUESTED)
    requested_by = fields.ForeignKeyField("huikuan.User", related_name="credit_overrides_requested", on_delete=fields.RESTRICT)
    decided_by = fields.ForeignKeyField("huikuan.User", related_name="credit_overrides_decided", null=True, on_delete=fields.RESTRICT)
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_overrides"
        indexes = (("organization_id", "customer_id", "status"), ("organization_id", "status"))


class CreditException(Model):
    """Permission to issue exactly one invoice despite the limit or a credit hold (maker-checker)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_exceptions", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="credit_exceptions", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="credit_exceptions", on_delete=fields.CASCADE)
    amount = money(description="the invoice total in base currency it covers; a larger invoice is not covered")
    reason = fields.TextField()
    status = fields.CharEnumField(DecisionStatus, max_length=16, default=DecisionStatus.REQUESTED)
    requested_by = fields.ForeignKeyField("huikuan.User", related_name="credit_exceptions_requested", on_delete=fields.RESTRICT)
    decided_by = fields.ForeignKeyField("huikuan.User", related_name="credit_exceptions_decided", null=True, on_delete=fields.RESTRICT)
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.TextField(default="")
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_exceptions"
        indexes = (("organization_id", "invoice_id"), ("organization_id", "status"))
