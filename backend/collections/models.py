"""Collections (催收): dunning policies and their stages, the reminder claims that make every send
happen once, the collection action log, promises to pay, disputes and dunning pauses.

Sending once is a database rule, not a hope: a reminder is claimed before it is sent, under a
unique key per (customer, policy, stage offset, local day, group) on `reminder_claims`, and each
installment part it covers is written under a unique key per (invoice, part, policy, stage
offset) on `reminder_items`. See docs/collections.md."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.fields.db_defaults import SqlDefault
from tortoise.models import Model


def money(**kwargs):  # type: ignore[no-untyped-def]
    return fields.DecimalField(max_digits=18, decimal_places=2, **kwargs)


class DunningChannel(str, Enum):
    EMAIL = "email"
    SMS = "sms"
    PHONE_TASK = "phone_task"
    LETTER = "letter"
    VISIT_TASK = "visit_task"
    LEGAL_REFERRAL = "legal_referral"


class DunningPolicy(Model):
    """An organization's cadence of reminders. A grade's credit policy may name one; customers of
    a grade without one follow the organization's default policy."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="dunning_policies", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=100)
    is_default = fields.BooleanField(default=False, description="followed by customers whose grade names no policy")
    enabled = fields.BooleanField(default=True)
    consolidate = fields.BooleanField(default=True, description="one message per customer and stage, not one per invoice")
    min_amount = money(default=0, description="in the base currency: a message covering less is not sent")
    quiet_hours_start = fields.IntField(null=True, description="local hour from which nothing is sent (0-23)")
    quiet_hours_end = fields.IntField(null=True, description="local hour from which sending resumes (0-23)")
    allowed_weekdays = fields.JSONField(default=list, description="ISO weekdays (1 = Monday) on which reminders go out")
    pay_link = fields.CharField(max_length=500, default="", description="where customers pay; the {pay_link} variable")
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="dunning_policies_updated", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "dunning_policies"
        unique_together = (("organization", "name"),)


class DunningStage(Model):
    """One step of a policy: `offset_days` from the due date (negative = before it)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="dunning_stages", on_delete=fields.CASCADE)
    policy = fields.ForeignKeyField("huikuan.DunningPolicy", related_name="stages", on_delete=fields.CASCADE)
    offset_days = fields.IntField()
    channel = fields.CharEnumField(DunningChannel, max_length=16)
    templates = fields.JSONField(default=dict, description='{"zh-CN": {"subject": …, "body": …}, "en": {…}}')

    class Meta:
        table = "dunning_stages"
        unique_together = (("policy", "offset_days"),)


class ClaimStatus(str, Enum):
    CLAIMED = "claimed"  # written, nothing attempted yet: safe to send
    SENDING = "sending"  # an attempt started; its outcome is known only when it is recorded
    SENT = "sent"
    RETRY = "retry"  # the last attempt failed before the message was accepted; tried again later
    FAILED = "failed"  # attempts exhausted or refused for good: a person must look
    UNCONFIRMED = "unconfirmed"  # an attempt started and never reported back: a person must look
    NO_RECIPIENT = "no_recipient"  # no contact with an address for this channel
    TASK_CREATED = "task_created"  # phone, letter, visit, legal stages: a follow-up for the collector


NEEDS_ATTENTION = (ClaimStatus.FAILED, ClaimStatus.UNCONFIRMED, ClaimStatus.NO_RECIPIENT)


class ReminderClaim(Model):
    """One reminder message (or task), claimed before anything leaves the building."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="reminder_claims", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="reminder_claims", on_delete=fields.RESTRICT)
    policy = fields.ForeignKeyField("huikuan.DunningPolicy", related_name="claims", on_delete=fields.RESTRICT)
    offset_days = fields.IntField()
    channel = fields.CharEnumField(DunningChannel, max_length=16)
    local_day = fields.DateField(description="the organization's local day it goes out")
    group_key = fields.CharField(max_length=36, default="", description="'' when consolidated, else the invoice id")
    status = fields.CharEnumField(ClaimStatus, max_length=16, default=ClaimStatus.CLAIMED)
    recipient = fields.CharField(max_length=254, default="")
    language = fields.CharField(max_length=8)
    subject = fields.CharField(max_length=300, default="")
    body = fields.TextField(default="")
    message_id = fields.CharField(max_length=200, description="deterministic, derived from the claim: every attempt carries it")
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(default="")
    next_attempt_at = fields.DatetimeField(null=True)
    attempt_started_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reminder_claims"
        unique_together = (("customer", "policy", "offset_days", "local_day", "group_key"),)
        indexes = (("organization_id", "status"),)


class ReminderItem(Model):
    """An installment part covered by a claim: each (part, stage) is reminded once."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="reminder_items", on_delete=fields.RESTRICT)
    claim = fields.ForeignKeyField("huikuan.ReminderClaim", related_name="items", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="reminder_items", on_delete=fields.RESTRICT)
    part_sequence = fields.IntField()
    policy_id = fields.UUIDField()
    offset_days = fields.IntField()
    due_date = fields.DateField()
    open_amount = money()

    class Meta:
        table = "reminder_items"
        unique_together = (("invoice", "part_sequence", "policy_id", "offset_days"),)


class ActionChannel(str, Enum):
    CALL = "call"
    EMAIL = "email"
    SMS = "sms"
    LETTER = "letter"
    VISIT = "visit"
    LEGAL = "legal"
    OTHER = "other"


class Direction(str, Enum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Outcome(str, Enum):
    SENT = "sent"
    SCHEDULED = "scheduled"
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    PROMISED = "promised"
    DISPUTED = "disputed"
    REFUSED = "refused"
    WRONG_CONTACT = "wrong_contact"
    PAID = "paid"
    OTHER = "other"


class CollectionAction(Model):
    """The collection log (催收记录): every reminder sent and every contact made by a person."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="collection_actions", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="collection_actions", on_delete=fields.RESTRICT)
    channel = fields.CharEnumField(ActionChannel, max_length=16)
    direction = fields.CharEnumField(Direction, max_length=16, default=Direction.OUTBOUND)
    outcome = fields.CharEnumField(Outcome, max_length=16)
    note = fields.TextField(default="", description="written by a person; the server writes note_code instead")
    note_code = fields.CharField(max_length=40, default="", db_default="", description="a note the server wrote, rendered in the reader's language")
    note_params = fields.JSONField(
        default=dict, db_default=SqlDefault("'{}'::jsonb"), description="the values note_code's text names"
    )
    next_follow_up_on = fields.DateField(null=True)
    collector = fields.ForeignKeyField("huikuan.Membership", related_name="collection_actions", null=True, on_delete=fields.SET_NULL)
    author = fields.ForeignKeyField("huikuan.User", related_name="collection_actions", null=True, on_delete=fields.SET_NULL,
                                    description="null: recorded by the reminder worker, or through an API key")
    claim = fields.OneToOneField("huikuan.ReminderClaim", related_name="action", null=True, on_delete=fields.RESTRICT)
    occurred_at = fields.DatetimeField()
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "collection_actions"
        indexes = (("organization_id", "customer_id", "occurred_at"), ("organization_id", "next_follow_up_on"))


class CollectionActionInvoice(Model):
    id = fields.UUIDField(primary_key=True)
    action = fields.ForeignKeyField("huikuan.CollectionAction", related_name="invoice_links", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="collection_action_links", on_delete=fields.RESTRICT)

    class Meta:
        table = "collection_action_invoices"
        unique_together = (("action", "invoice"),)


class PromiseStatus(str, Enum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class PromiseToPay(Model):
    """承诺付款: settled automatically from the allocations to its invoices (docs/collections.md)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="promises_to_pay", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="promises_to_pay", on_delete=fields.RESTRICT)
    amount = money()
    currency = fields.CharField(max_length=3)
    made_on = fields.DateField(description="the local day it was made: payments from then on count")
    promised_on = fields.DateField()
    status = fields.CharEnumField(PromiseStatus, max_length=16, default=PromiseStatus.OPEN)
    paid_amount = money(default=0, description="allocations to its invoices dated made_on..promised_on, when settled")
    kept_ratio = fields.DecimalField(max_digits=5, decimal_places=4, null=True, description="min(paid ÷ amount, 1), when settled")
    settled_on = fields.DateField(null=True)
    note = fields.TextField(default="")
    collector = fields.ForeignKeyField("huikuan.Membership", related_name="promises_to_pay", null=True, on_delete=fields.SET_NULL)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="promises_to_pay", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "promises_to_pay"
        indexes = (("organization_id", "status", "promised_on"), ("organization_id", "customer_id", "status"))


class PromiseInvoice(Model):
    id = fields.UUIDField(primary_key=True)
    promise = fields.ForeignKeyField("huikuan.PromiseToPay", related_name="invoice_links", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="promise_links", on_delete=fields.RESTRICT)

    class Meta:
        table = "promise_invoices"
        unique_together = (("promise", "invoice"),)


class DisputeReason(str, Enum):
    PRICING = "pricing"
    QUANTITY = "quantity"
    QUALITY = "quality"
    NOT_RECEIVED = "not_received"
    DUPLICATE = "duplicate"
    ALREADY_PAID = "already_paid"
    TERMS = "terms"
    OTHER = "other"


class DisputeStatus(str, Enum):
    OPEN = "open"
    RESOLVED = "resolved"


class DisputeResolution(str, Enum):
    CREDIT_NOTE = "credit_note"
    ADJUSTMENT = "adjustment"
    NO_CHANGE = "no_change"
    WITHDRAWN = "withdrawn"


class Dispute(Model):
    """争议: while open, the invoices it covers get no reminders."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="disputes", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="disputes", on_delete=fields.RESTRICT)
    reason = fields.CharEnumField(DisputeReason, max_length=16)
    amount = money()
    currency = fields.CharField(max_length=3)
    description = fields.TextField(default="")
    status = fields.CharEnumField(DisputeStatus, max_length=16, default=DisputeStatus.OPEN)
    owner = fields.ForeignKeyField("huikuan.Membership", related_name="disputes_owned", null=True, on_delete=fields.SET_NULL)
    resolution = fields.CharEnumField(DisputeResolution, max_length=16, null=True)
    resolution_note = fields.TextField(default="")
    opened_by = fields.ForeignKeyField("huikuan.User", related_name="disputes_opened", null=True, on_delete=fields.SET_NULL)
    opened_at = fields.DatetimeField()
    resolved_by = fields.ForeignKeyField("huikuan.User", related_name="disputes_resolved", null=True, on_delete=fields.SET_NULL)
    resolved_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)

    class Meta:
        table = "disputes"
        indexes = (("organization_id", "status"), ("organization_id", "customer_id", "status"))


class DisputeInvoice(Model):
    id = fields.UUIDField(primary_key=True)
    dispute = fields.ForeignKeyField("huikuan.Dispute", related_name="invoice_links", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="dispute_links", on_delete=fields.RESTRICT)

    class Meta:
        table = "dispute_invoices"
        unique_together = (("dispute", "invoice"),)
        indexes = (("invoice_id",),)


class DunningPause(Model):
    """A customer taken out of dunning by a person, until a date or until lifted."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="dunning_pauses", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="dunning_pauses", on_delete=fields.RESTRICT)
    until = fields.DateField(null=True, description="last local day of the pause; null = until lifted")
    reason = fields.CharField(max_length=500)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="dunning_pauses", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    lifted_at = fields.DatetimeField(null=True)
    lifted_by = fields.ForeignKeyField("huikuan.User", related_name="dunning_pauses_lifted", null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "dunning_pauses"
        indexes = (("organization_id", "customer_id"),)


class PlanStatus(str, Enum):
    ACTIVE = "active"
    COMPLETED = "completed"
    DEFAULTED = "defaulted"
    CANCELLED = "cancelled"


class PaymentPlan(Model):
    """分期还款计划: installments replacing the covered invoices' due dates for dunning while active.
    Defaults when an installment is still short `default_after_days` after its date; dunning of the
    invoices then resumes on their own due dates."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="payment_plans", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="payment_plans", on_delete=fields.RESTRICT)
    amount = money()
    currency = fields.CharField(max_length=3)
    made_on = fields.DateField(description="the local day it was agreed: payments from then on count")
    default_after_days = fields.IntField(default=7)
    status = fields.CharEnumField(PlanStatus, max_length=16, default=PlanStatus.ACTIVE)
    paid_amount = money(default=0, description="allocations to its invoices from made_on, at the last settlement")
    ended_on = fields.DateField(null=True, description="completed, defaulted or cancelled on this local day")
    note = fields.TextField(default="")
    collector = fields.ForeignKeyField("huikuan.Membership", related_name="payment_plans", null=True, on_delete=fields.SET_NULL)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="payment_plans", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    version = fields.IntField(default=1)

    class Meta:
        table = "payment_plans"
        indexes = (("organization_id", "status"), ("organization_id", "customer_id", "status"))


class PaymentPlanInstallment(Model):
    id = fields.UUIDField(primary_key=True)
    plan = fields.ForeignKeyField("huikuan.PaymentPlan", related_name="installments", on_delete=fields.CASCADE)
    sequence = fields.IntField()
    due_date = fields.DateField()
    amount = money()

    class Meta:
        table = "payment_plan_installments"
        unique_together = (("plan", "sequence"),)


class PaymentPlanInvoice(Model):
    id = fields.UUIDField(primary_key=True)
    plan = fields.ForeignKeyField("huikuan.PaymentPlan", related_name="invoice_links", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="payment_plan_links", on_delete=fields.RESTRICT)

    class Meta:
        table = "payment_plan_invoices"
        unique_together = (("plan", "invoice"),)
        indexes = (("invoice_id",),)


class LegalStage(str, Enum):
    LAWYER_LETTER = "lawyer_letter"  # 律师函
    LITIGATION = "litigation"  # 诉讼
    JUDGMENT = "judgment"  # 判决
    ENFORCEMENT = "enforcement"  # 强制执行


LEGAL_STAGE_ORDER = (LegalStage.LAWYER_LETTER, LegalStage.LITIGATION, LegalStage.JUDGMENT, LegalStage.ENFORCEMENT)


class LegalStatus(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


class LegalOutcome(str, Enum):
    RECOVERED = "recovered"
    PARTIALLY_RECOVERED = "partially_recovered"
    SETTLED = "settled"
    UNRECOVERABLE = "unrecoverable"
    WITHDRAWN = "withdrawn"


class LegalCase(Model):
    """法律催收: while open, the invoices it covers get no normal reminders."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="legal_cases", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="legal_cases", on_delete=fields.RESTRICT)
    stage = fields.CharEnumField(LegalStage, max_length=16, default=LegalStage.LAWYER_LETTER)
    status = fields.CharEnumField(LegalStatus, max_length=16, default=LegalStatus.OPEN)
    outcome = fields.CharEnumField(LegalOutcome, max_length=24, null=True)
    outcome_note = fields.TextField(default="")
    recovered_amount = money(null=True)
    currency = fields.CharField(max_length=3)
    law_firm = fields.CharField(max_length=200, default="")
    reference = fields.CharField(max_length=100, default="", description="the court's or the firm's case number")
    documents = fields.JSONField(default=list, description='[{"name", "kind", "date", "reference"}]: metadata, not the files')
    opened_by = fields.ForeignKeyField("huikuan.User", related_name="legal_cases_opened", null=True, on_delete=fields.SET_NULL)
    opened_at = fields.DatetimeField()
    stage_changed_at = fields.DatetimeField()
    closed_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)

    class Meta:
        table = "legal_cases"
        indexes = (("organization_id", "status"), ("organization_id", "customer_id", "status"))


class LegalCaseInvoice(Model):
    id = fields.UUIDField(primary_key=True)
    case = fields.ForeignKeyField("huikuan.LegalCase", related_name="invoice_links", on_delete=fields.CASCADE)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="legal_case_links", on_delete=fields.RESTRICT)

    class Meta:
        table = "legal_case_invoices"
        unique_together = (("case", "invoice"),)
        indexes = (("invoice_id",),)


class LegalCost(Model):
    id = fields.UUIDField(primary_key=True)
    case = fields.ForeignKeyField("huikuan.LegalCase", related_name="costs", on_delete=fields.CASCADE)
    amount = money()
    description = fields.CharField(max_length=200)
    incurred_on = fields.DateField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "legal_costs"


class AssignmentRule(Model):
    """Assigns customers to a collector: the first enabled rule (by position) matching the
    customer's region, grade and open balance band (base currency, [min, max)) wins."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="assignment_rules", on_delete=fields.CASCADE)
    position = fields.IntField()
    region = fields.CharField(max_length=64, null=True, description="null: any region")
    grade = fields.CharField(max_length=8, null=True, description="null: any grade")
    min_amount = money(null=True)
    max_amount = money(null=True)
    collector = fields.ForeignKeyField("huikuan.Membership", related_name="assignment_rules", on_delete=fields.CASCADE)
    enabled = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "collection_assignment_rules"
        indexes = (("organization_id", "position"),)
