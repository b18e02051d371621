"""Payments received and their allocation to invoices (核销).

A payment's unapplied amount = amount − allocated − refunded ≥ 0, guarded by a CHECK constraint;
allocations are positive and lock the payment and invoice rows they touch.
"""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from ..invoices.models import money, rate


class PaymentMethod(str, Enum):
    BANK_TRANSFER = "bank_transfer"
    CHEQUE = "cheque"
    CASH = "cash"
    BANK_ACCEPTANCE_BILL = "bank_acceptance_bill"
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    CARD = "card"
    OTHER = "other"


class PaymentStatus(str, Enum):
    RECEIVED = "received"
    REVERSED = "reversed"


class Payment(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="payments", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="payments", null=True, on_delete=fields.RESTRICT,
                                      description="null while money from a provider is not matched to a customer")
    method = fields.CharEnumField(PaymentMethod, max_length=24)
    status = fields.CharEnumField(PaymentStatus, max_length=16, default=PaymentStatus.RECEIVED)
    received_on = fields.DateField(description="the payment date: allocations count from it")
    currency = fields.CharField(max_length=3)
    exchange_rate = rate(default=1)
    amount = money()
    allocated = money(default=0)
    refunded = money(default=0)
    reference = fields.CharField(max_length=128, default="")
    payer_name = fields.CharField(max_length=200, default="")
    provider = fields.CharField(max_length=16, null=True, description="stripe, alipay, wechatpay, generic")
    provider_reference = fields.CharField(max_length=128, null=True)
    notes = fields.TextField(default="")
    reversed_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="payments_created", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "payments"
        unique_together = (("organization", "provider", "provider_reference"),)
        indexes = (("organization_id", "customer_id"), ("organization_id", "received_on"))


class Allocation(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="allocations", on_delete=fields.RESTRICT)
    payment = fields.ForeignKeyField("huikuan.Payment", related_name="allocations", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="allocations", on_delete=fields.RESTRICT)
    amount = money()
    applied_on = fields.DateField(description="= the payment's received date; dated so aging as of D is stable")
    reversed_on = fields.DateField(null=True, description="from this date on the allocation no longer counts")
    reversed_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="allocations_created", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "allocations"
        indexes = (("organization_id", "invoice_id"), ("organization_id", "payment_id"))


class Refund(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="refunds", on_delete=fields.RESTRICT)
    payment = fields.ForeignKeyField("huikuan.Payment", related_name="refunds", on_delete=fields.RESTRICT)
    amount = money()
    refunded_on = fields.DateField()
    reason = fields.CharField(max_length=500, default="")
    provider_reference = fields.CharField(max_length=128, null=True)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="refunds_created", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "refunds"
        unique_together = (("payment", "provider_reference"),)
