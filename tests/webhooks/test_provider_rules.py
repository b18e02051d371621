"""Issue 9 §4: the ledger effect of provider events follows the providers' documents and the
documented rules at any timing. Each test checks the HTTP answer, the stored delivery and the
ledger (applied once, nothing else changed)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime
from decimal import Decimal

from backend.accounts.models import Role
from backend.invoices.models import Invoice, InvoiceStatus
from backend.payments.models import Allocation, Payment, Refund
from backend.webhooks.models import EventStatus, Provider, Task, TaskKind, TaskState, WebhookDelivery, WebhookEvent
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, staff

from .signers import SHANGHAI, harness

D = Decimal


def ref(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


async def post(client, h, delivery):
    return await client.post(h.url, content=delivery.body, headers=delivery.headers)


async def statuses(org) -> list[str]:
    return sorted(d.status.value for d in await WebhookDelivery.filter(organization_id=org.id))


# --- Alipay: refund_fee is the trade's total refunded (总退款金额) --------------------------------


async def test_alipay_refund_fee_is_the_running_total_not_this_refund(client):
    org, actor = await ledger_org()
    h = harness(Provider.ALIPAY)
    await h.install(actor)
    trade_no = ref("2026")
    await post(client, h, h.payment(event_id=ref("n"), payment_ref=trade_no, amount=D("100.00"), invoice=None))
    # A refund of 30 (request R1), then one of 20 (request R2): Alipay reports 30, then 50.
    for total, request in (("30.00", "R1"), ("50.00", "R2")):
        response = await post(client, h, h.alipay_refund(event_id=ref("n"), trade_no=trade_no, total_refunded=D(total), out_biz_no=request))
        assert response.text == "success"
    # The first notification again, late, under a new notify_id: nothing more is refunded.
    late = await post(client, h, h.alipay_refund(event_id=ref("n"), trade_no=trade_no, total_refunded=D("30.00"), out_biz_no="R1"))
    assert late.text == "success"
    payment = await Payment.get(organization_id=org.id, provider_reference=trade_no)
    # 50 refunded in all, not 30 + 50 = 80: rows of 30 and 50 − 30 = 20.
    assert (payment.amount, payment.refunded) == (D("100.00"), D("50.00"))
    assert sorted(r.amount for r in await Refund.filter(payment_id=payment.id)) == [D("20.00"), D("30.00")]
    assert await statuses(org) == ["processed"] * 4


async def test_alipay_trade_closed_after_a_partial_refund_refunds_the_remainder(client):
    org, actor = await ledger_org()
    h = harness(Provider.ALIPAY)
    await h.install(actor)
    trade_no = ref("2026")
    await post(client, h, h.payment(event_id=ref("n"), payment_ref=trade_no, amount=D("100.00"), invoice=None))
    partial = await post(client, h, h.alipay_refund(event_id=ref("n"), trade_no=trade_no, total_refunded=D("30.00"), out_biz_no="R1"))
    # The full refund closes the trade: refund_fee is the trade's total refunded, 100.
    closed = await post(
        client, h,
        h.alipay_refund(event_id=ref("n"), trade_no=trade_no, total_refunded=D("100.00"), out_biz_no="R2", total_amount=D("100.00"), closed=True),
    )
    assert (partial.status_code, partial.text, closed.status_code, closed.text) == (200, "success", 200, "success")
    payment = await Payment.get(organization_id=org.id, provider_reference=trade_no)
    # 30, then the remainder 100 − 30 = 70.
    assert payment.refunded == D("100.00")
    refunds = await Refund.filter(payment_id=payment.id).order_by("created_at")
    assert [(r.amount, r.provider_reference) for r in refunds] == [(D("30.00"), "R1"), (D("70.00"), "R2")]
    assert await statuses(org) == ["processed"] * 3


async def test_alipay_gmt_refund_with_milliseconds_is_the_refund_date(client):
    org, actor = await ledger_org()
    h = harness(Provider.ALIPAY)
    await h.install(actor)
    trade_no = ref("2026")
    await post(client, h, h.payment(event_id=ref("n"), payment_ref=trade_no, amount=D("10.00"), invoice=None))
    delivery = h.alipay_refund(event_id=ref("n"), trade_no=trade_no, total_refunded=D("4.00"), out_biz_no="R1")
    assert b"gmt_refund=" in delivery.body and b"." in delivery.body.split(b"gmt_refund=")[1].split(b"&")[0]
    response = await post(client, h, delivery)
    assert (response.status_code, response.text) == (200, "success")
    refund = await Refund.get(organization_id=org.id)
    assert (refund.amount, refund.refunded_on) == (D("4.00"), datetime.now(SHANGHAI).date())


# --- refunds larger than what is left -----------------------------------------------------------


async def test_refund_held_before_a_smaller_payment_does_not_block_the_payment(client):
    org, actor = await ledger_org()
    h = harness(Provider.GENERIC)
    await h.install(actor)
    invoice = await issued_invoice(actor, await create_customer(org), "500.00")
    payment_ref = ref("tx")
    early = await post(client, h, h.refund(event_id=ref("evt"), payment_ref=payment_ref, amount=D("800.00"), refund_id="RF-1"))
    assert early.status_code == 200
    paid = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=payment_ref, amount=D("500.00"), invoice=invoice.number))
    assert paid.status_code == 200, paid.text
    payment = await Payment.get(organization_id=org.id, provider_reference=payment_ref)
    # 500 paid; the refund of 800 refunds what there is (500, taking the allocation back) and the
    # 300 beyond it is a task for a person.
    assert (payment.amount, payment.allocated, payment.refunded) == (D("500.00"), D("0.00"), D("500.00"))
    assert [r.amount for r in await Refund.filter(payment_id=payment.id)] == [D("500.00")]
    invoice = await Invoice.get(id=invoice.id)
    assert (invoice.status, invoice.allocated) == (InvoiceStatus.ISSUED, D("0.00"))
    task = await Task.get(organization_id=org.id, kind=TaskKind.REFUND_EXCESS)
    assert "300.00" in task.title and task.target_id == str(payment.id)
    assert await statuses(org) == ["processed", "processed"]
    # A retry of the payment changes nothing.
    again = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=payment_ref, amount=D("500.00"), invoice=invoice.number))
    assert again.status_code == 200
    assert await Payment.filter(organization_id=org.id).count() == 1 and await Refund.filter(organization_id=org.id).count() == 1


# --- two payments racing for one invoice ---------------------------------------------------------


async def test_two_payments_racing_for_one_invoice_each_get_min_of_amount_and_open(client):
    org, actor = await ledger_org()
    h = harness(Provider.GENERIC)
    await h.install(actor)
    invoice = await issued_invoice(actor, await create_customer(org), "1000.00")
    refs = [ref("tx"), ref("tx")]
    deliveries = [h.payment(event_id=ref("evt"), payment_ref=r, amount=D("600.00"), invoice=invoice.number) for r in refs]
    responses = await asyncio.gather(*(post(client, h, d) for d in deliveries))
    assert [r.status_code for r in responses] == [200, 200]
    paid = await Payment.filter(organization_id=org.id)
    # Whichever comes first gets 600; the other gets the 1000 − 600 = 400 left, and 200 stays unapplied.
    assert sorted((p.amount, p.allocated) for p in paid) == [(D("600.00"), D("400.00")), (D("600.00"), D("600.00"))]
    invoice = await Invoice.get(id=invoice.id)
    assert (invoice.status, invoice.allocated) == (InvoiceStatus.PAID, D("1000.00"))
    assert sum(a.amount for a in await Allocation.filter(invoice_id=invoice.id)) == D("1000.00")
    second = next(p for p in paid if p.allocated == D("400.00"))
    task = await Task.get(organization_id=org.id, kind=TaskKind.UNAPPLIED_CASH)
    assert task.target_id == str(second.id) and "200.00" in task.title
    assert await statuses(org) == ["processed", "processed"]


# --- foreign money with no known rate ------------------------------------------------------------

HELD_PAYMENT_RECORD = """
mutation($input: WebhookHeldPaymentRecordInput!) {
  webhookHeldPaymentRecord(input: $input) { payment { id amount currency exchangeRate } errors { field code } }
}
"""


async def test_foreign_payment_without_a_rate_is_held_with_a_task_then_recorded_with_the_rate_given(client, gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    actor = (await staff(org, Role.ADMIN)).actor
    h = harness(Provider.GENERIC)
    await h.install(actor)
    payment_ref = ref("tx")
    paid = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=payment_ref, amount=D("120.00"), invoice=None, currency="USD"))
    # Acknowledged (the provider stops retrying), kept, and a person is asked for the rate.
    assert paid.status_code == 200, paid.text
    event = await WebhookEvent.get(organization_id=org.id)
    assert event.status is EventStatus.HELD
    assert not await Payment.filter(organization_id=org.id).exists()
    task = await Task.get(organization_id=org.id)
    assert (task.kind, task.target_type, task.target_id) == (TaskKind.NEEDS_RATE, "webhook_event", str(event.id))
    assert "120.00 USD" in task.title
    # A refund of it waits too.
    refund = await post(client, h, h.refund(event_id=ref("evt"), payment_ref=payment_ref, amount=D("20.00"), refund_id="RF-9", currency="USD"))
    assert refund.status_code == 200
    assert await statuses(org) == ["held", "held"]

    refused = await gql(HELD_PAYMENT_RECORD, {"input": {"eventId": str(event.id), "exchangeRate": "0"}}, token=owner.token, org=org.id)
    assert refused["data"]["webhookHeldPaymentRecord"]["errors"] == [{"field": "exchangeRate", "code": "INVALID"}]
    result = await gql(HELD_PAYMENT_RECORD, {"input": {"eventId": str(event.id), "exchangeRate": "7.1"}}, token=owner.token, org=org.id)
    recorded = result["data"]["webhookHeldPaymentRecord"]
    assert recorded["errors"] == [] and (recorded["payment"]["amount"], recorded["payment"]["currency"]) == ("120.00", "USD")
    payment = await Payment.get(organization_id=org.id, provider_reference=payment_ref)
    # 120 USD at 7.1, 20 refunded, 100 unapplied.
    assert (payment.amount, payment.exchange_rate, payment.refunded, payment.allocated) == (D("120.00"), D("7.1"), D("20.00"), D("0.00"))
    assert (await Task.get(id=task.id)).state is TaskState.DONE
    assert (await Task.get(organization_id=org.id, kind=TaskKind.UNAPPLIED_CASH)).state is TaskState.OPEN
    assert await statuses(org) == ["processed", "processed"]
    again = await gql(HELD_PAYMENT_RECORD, {"input": {"eventId": str(event.id), "exchangeRate": "7.1"}}, token=owner.token, org=org.id)
    assert again["data"]["webhookHeldPaymentRecord"]["errors"] == [{"field": "eventId", "code": "NOT_FOUND"}]
    assert await Payment.filter(organization_id=org.id).count() == 1
