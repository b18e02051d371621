"""Issue 4, acceptance 3, for each provider: a correctly signed event applies the payment to the
matched invoice; a bad signature, a stale timestamp and a wrong algorithm are refused (401, stored
as rejected, nothing applied); the same event delivered 10 times at once applies once."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal

import pytest

from backend.invoices.models import Invoice, InvoiceStatus
from backend.payments.models import Allocation, Payment
from backend.webhooks.models import DeliveryStatus, Provider, WebhookDelivery, WebhookEvent
from tests.invoices.factories import create_customer, issued_invoice, ledger_org

from .signers import harness

D = Decimal
PROVIDERS = list(Provider)


async def setup(provider: Provider):
    org, actor = await ledger_org()
    h = harness(provider)
    await h.install(actor)
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "300.00")
    return org, h, invoice


def ids() -> tuple[str, str]:
    return f"evt_{uuid.uuid4().hex[:12]}", f"pay_{uuid.uuid4().hex[:12]}"


async def post(client, h, delivery):
    return await client.post(h.url, content=delivery.body, headers=delivery.headers)


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.value)
async def test_signed_payment_is_applied_to_its_invoice(client, provider):
    org, h, invoice = await setup(provider)
    event_id, payment_ref = ids()
    response = await post(client, h, h.payment(event_id=event_id, payment_ref=payment_ref, amount=D("120.50"), invoice=invoice.number))
    assert response.status_code == h.ok_status, response.text
    if provider is Provider.ALIPAY:
        assert response.text == "success"
    payment = await Payment.get(organization_id=org.id, provider=provider.value, provider_reference=payment_ref)
    assert (payment.amount, payment.customer_id, payment.allocated) == (D("120.50"), invoice.customer_id, D("120.50"))
    invoice = await Invoice.get(id=invoice.id)
    # 300.00 − 120.50 = 179.50 open
    assert (invoice.status, invoice.allocated) == (InvoiceStatus.PARTIALLY_PAID, D("120.50"))
    delivery = await WebhookDelivery.get(organization_id=org.id)
    assert (delivery.status, delivery.provider_event_id) == (DeliveryStatus.PROCESSED, event_id)


@pytest.mark.parametrize("variant,age,code", [
    ("bad_signature", 0, "BAD_SIGNATURE"),
    ("ok", 600, "STALE_TIMESTAMP"),
    ("wrong_algorithm", 0, "WRONG_ALGORITHM"),
], ids=["bad-signature", "stale-timestamp", "wrong-algorithm"])
@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.value)
async def test_forged_stale_or_wrong_algorithm_is_refused_and_stored(client, provider, variant, age, code):
    org, h, invoice = await setup(provider)
    event_id, payment_ref = ids()
    delivery = h.payment(event_id=event_id, payment_ref=payment_ref, amount=D("300.00"), invoice=invoice.number, age=age, variant=variant)
    response = await post(client, h, delivery)
    assert response.status_code == 401, response.text
    if provider is Provider.ALIPAY:
        assert response.text == "fail"
    if provider is Provider.WECHATPAY:
        assert response.json()["code"] == "FAIL"
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert (stored.status, stored.error_code) == (DeliveryStatus.REJECTED, code)
    assert bytes(stored.body) == delivery.body and stored.headers
    assert not await Payment.filter(organization_id=org.id).exists()
    assert not await WebhookEvent.filter(organization_id=org.id).exists()
    assert (await Invoice.get(id=invoice.id)).allocated == 0


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.value)
async def test_ten_identical_deliveries_at_once_apply_once(client, provider):
    org, h, invoice = await setup(provider)
    event_id, payment_ref = ids()
    delivery = h.payment(event_id=event_id, payment_ref=payment_ref, amount=D("100.00"), invoice=invoice.number)
    responses = await asyncio.gather(*(post(client, h, delivery) for _ in range(10)))
    assert [r.status_code for r in responses] == [h.ok_status] * 10
    assert await Payment.filter(organization_id=org.id).count() == 1
    assert await Allocation.filter(organization_id=org.id).count() == 1
    assert (await Invoice.get(id=invoice.id)).allocated == D("100.00")
    statuses = sorted(d.status.value for d in await WebhookDelivery.filter(organization_id=org.id))
    assert statuses == ["duplicate"] * 9 + ["processed"]
    # A replay later is acknowledged and changes nothing either.
    again = await post(client, h, h.payment(event_id=event_id, payment_ref=payment_ref, amount=D("100.00"), invoice=invoice.number))
    assert again.status_code == h.ok_status
    assert await Payment.filter(organization_id=org.id).count() == 1
