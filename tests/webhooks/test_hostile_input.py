"""Issue 9 §1 and §4: whatever a sender puts in a signed body, header or URL, the answer is never a
500 for input that can never succeed: it is a 400 (or 401/404), the delivery is stored (as
rejected, with the reason), and the ledger is unchanged. Values the providers document are taken
as documented (a JSON number amount is a Decimal, never a float)."""

from __future__ import annotations

import time
import uuid
from decimal import Decimal

import pytest

from backend.invoices.models import Invoice
from backend.kit.time import local_today
from backend.payments.models import Payment
from backend.webhooks import service
from backend.webhooks.providers.generic import GenericAdapter
from backend.webhooks.models import DeliveryStatus, Provider, WebhookDelivery, WebhookEvent
from tests.invoices.factories import create_customer, issued_invoice, ledger_org

from .signers import harness

D = Decimal


def ref(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


async def post(client, h, delivery):
    return await client.post(h.url, content=delivery.body, headers=delivery.headers)


async def setup(provider: Provider):
    org, actor = await ledger_org()
    h = harness(provider)
    await h.install(actor)
    invoice = await issued_invoice(actor, await create_customer(org), "300.00")
    return org, h, invoice


def generic_payment(event_id: str = "", **data) -> dict:
    fields = {"payment_id": ref("tx"), "amount": "10.00", "currency": "CNY", **data}
    return {"id": event_id or ref("evt"), "type": "payment.succeeded", "data": fields}


def stripe_payment(*, amount_received=1000, created=None, event_id: str = "") -> dict:
    return {
        "id": event_id or ref("evt"), "object": "event", "type": "payment_intent.succeeded",
        "created": int(time.time()) if created is None else created,
        "data": {"object": {"id": ref("pi"), "object": "payment_intent", "amount_received": amount_received, "currency": "cny", "metadata": {}}},
    }


async def assert_refused_and_stored(org, invoice, response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert "error" in response.json()
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert (stored.status, stored.error_code) == (DeliveryStatus.REJECTED, code)
    assert stored.body and stored.headers
    # Nothing applied: no payment, no event, the invoice untouched.
    assert not await Payment.filter(organization_id=org.id).exists()
    assert not await WebhookEvent.filter(organization_id=org.id).exists()
    assert (await Invoice.get(id=invoice.id)).allocated == 0


GENERIC_CASES = {
    "nul-in-event-id": generic_payment(event_id="evt\u0000x"),
    "lone-surrogate-in-event-id": generic_payment(event_id="evt\ud800x"),
    "nul-in-payment-id": generic_payment(payment_id="tx\u0000"),
    "nul-in-payer-name": generic_payment(payer_name="\u0000"),
    "amount-nan-literal": generic_payment(amount=float("nan")),
    "amount-nan-string": generic_payment(amount="NaN"),
    "amount-infinity-literal": generic_payment(amount=float("inf")),
    "amount-1e30-string": generic_payment(amount="1e30"),
    "amount-1e30-number": generic_payment(amount=1e30),
    "amount-huge-exponent": generic_payment(amount="1e1000000"),
    "occurred-at-year-1": generic_payment(occurred_at="0001-01-01T00:00:00+14:00"),
    "occurred-at-year-9999": generic_payment(occurred_at="9999-12-31T23:59:59-14:00"),
    "occurred-on-year-1": generic_payment(occurred_at="0001-01-01"),
}


@pytest.mark.parametrize("event", GENERIC_CASES.values(), ids=GENERIC_CASES.keys())
async def test_generic_values_that_can_never_be_stored_are_400_and_stored_as_rejected(client, event):
    org, h, invoice = await setup(Provider.GENERIC)
    event["data"]["invoice_number"] = invoice.number
    response = await post(client, h, h.signed(event))
    await assert_refused_and_stored(org, invoice, response, 400, "INVALID_VALUE")


STRIPE_CASES = {
    "amount-received-10e30": stripe_payment(amount_received=10**30),
    "created-10e20": stripe_payment(created=10**20),
    "nul-in-event-id": stripe_payment(event_id="evt_\u0000"),
}


@pytest.mark.parametrize("event", STRIPE_CASES.values(), ids=STRIPE_CASES.keys())
async def test_stripe_values_that_can_never_be_stored_are_400_and_stored_as_rejected(client, event):
    org, h, invoice = await setup(Provider.STRIPE)
    response = await post(client, h, h.signed(event))
    await assert_refused_and_stored(org, invoice, response, 400, "INVALID_VALUE")


@pytest.mark.parametrize("t", ["1" + "0" * 400, "-" + "9" * 30, "1e9"], ids=["10e400", "huge-negative", "not-an-integer"])
async def test_signature_timestamp_out_of_range_is_refused_not_a_crash(client, t):
    org, h, invoice = await setup(Provider.STRIPE)
    response = await post(client, h, h.signed(stripe_payment(), t=t))
    code = "MISSING_SIGNATURE" if t == "1e9" else "STALE_TIMESTAMP"
    await assert_refused_and_stored(org, invoice, response, 401, code)


async def test_wechatpay_timestamp_header_out_of_range_is_stale(client):
    org, h, invoice = await setup(Provider.WECHATPAY)
    delivery = h.payment(event_id=ref("evt"), payment_ref=ref("42"), amount=D("1.00"), invoice=None)
    delivery.headers["wechatpay-timestamp"] = "9" * 500
    response = await post(client, h, delivery)
    assert response.json()["code"] == "FAIL"
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert (response.status_code, stored.status, stored.error_code) == (401, DeliveryStatus.REJECTED, "STALE_TIMESTAMP")
    assert not await Payment.filter(organization_id=org.id).exists()


async def test_alipay_nul_in_a_signed_parameter_is_400_and_stored(client):
    org, h, invoice = await setup(Provider.ALIPAY)
    params = {
        "notify_id": "n\u0000", "notify_time": h._alipay_time(0), "notify_type": "trade_status_sync", "trade_no": ref("2026"),
        "out_trade_no": invoice.number, "trade_status": "TRADE_SUCCESS", "total_amount": "10.00",
    }
    response = await post(client, h, h._alipay(params, "ok"))
    assert (response.status_code, response.text) == (400, "fail")
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert (stored.status, stored.error_code) == (DeliveryStatus.REJECTED, "INVALID_VALUE")
    assert not await Payment.filter(organization_id=org.id).exists()


@pytest.mark.parametrize("path", ["/webhooks/%00/x", "/webhooks/stripe/%00", "/webhooks/generic/tok%00en", "/webhooks/%F0%9F%92%A5/x"])
async def test_nul_and_odd_characters_in_the_path_are_404_and_stored(client, path):
    body = b'{"id": "evt"}'
    response = await client.post(path, content=body, headers={"x-huikuan-signature": "t=1,v1=00"})
    assert response.status_code == 404
    stored = await WebhookDelivery.filter(organization_id__isnull=True).order_by("-received_at").first()
    assert (stored.status, stored.error_code) == (DeliveryStatus.REJECTED, "UNKNOWN_ENDPOINT")
    assert "\x00" not in stored.provider + stored.endpoint_token
    assert bytes(stored.body) == body


@pytest.mark.parametrize("amount", [12.34, 12, "12.34"], ids=["json-number", "json-integer", "string"])
async def test_generic_amount_is_a_string_or_a_json_number_read_as_decimal(client, amount):
    org, h, invoice = await setup(Provider.GENERIC)
    payment_id = ref("tx")
    response = await post(client, h, h.signed(generic_payment(payment_id=payment_id, amount=amount, invoice_number=invoice.number)))
    assert response.status_code == 200, response.text
    expected = D(str(amount)).quantize(D("0.01"))
    payment = await Payment.get(organization_id=org.id, provider_reference=payment_id)
    assert (payment.amount, payment.allocated) == (expected, expected)
    assert (await Invoice.get(id=invoice.id)).allocated == expected
    assert (await WebhookDelivery.get(organization_id=org.id)).status is DeliveryStatus.PROCESSED


@pytest.mark.parametrize("amount", ["12.345", 12.345, 0, "-5.00"], ids=["three-places", "three-places-number", "zero", "negative"])
async def test_generic_amount_out_of_its_documented_shape_is_refused(client, amount):
    org, h, invoice = await setup(Provider.GENERIC)
    response = await post(client, h, h.signed(generic_payment(amount=amount, invoice_number=invoice.number)))
    assert response.status_code == 400
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert stored.status is DeliveryStatus.REJECTED and stored.error_code in {"INVALID_VALUE", "MALFORMED"}
    assert not await Payment.filter(organization_id=org.id).exists()


async def test_a_payment_dated_after_today_is_posted_today(client):
    org, h, invoice = await setup(Provider.GENERIC)
    payment_id = ref("tx")
    event = generic_payment(payment_id=payment_id, occurred_at="2099-12-31", invoice_number=invoice.number)
    response = await post(client, h, h.signed(event))
    assert response.status_code == 200, response.text
    payment = await Payment.get(organization_id=org.id, provider_reference=payment_id)
    assert payment.received_on == local_today(org.timezone)


async def test_anything_unforeseen_is_still_stored_and_answered_500_for_a_retry(client, monkeypatch):
    org, h, invoice = await setup(Provider.GENERIC)

    def unreadable(self, incoming, credentials):
        raise RuntimeError("unforeseen \x00 body")

    monkeypatch.setattr(GenericAdapter, "verify", unreadable)
    response = await post(client, h, h.signed(generic_payment(invoice_number=invoice.number)))
    assert response.status_code == 500
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert (stored.status, stored.error_code, stored.error) == (DeliveryStatus.FAILED, "RuntimeError", "unforeseen \\x00 body")
    monkeypatch.undo()

    async def broken(*args):
        raise ConnectionError("database gone")

    monkeypatch.setattr(service, "_process", broken)
    event_id = ref("evt")
    response = await post(client, h, h.signed(generic_payment(event_id=event_id, invoice_number=invoice.number)))
    assert response.status_code == 500
    stored = await WebhookDelivery.get(organization_id=org.id, provider_event_id=event_id)
    assert (stored.status, stored.error_code) == (DeliveryStatus.FAILED, "ConnectionError")
    assert not await Payment.filter(organization_id=org.id).exists()
