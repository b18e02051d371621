"""Webhook flows beyond the signature: rotation, refunds before their payment, unmatched money,
charge-backs, endpoints unknown to us, and the GraphQL side (secrets never shown, delivery log, tasks)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.invoices.models import Invoice, InvoiceStatus
from backend.kit.time import utcnow
from backend.payments.models import Payment, Refund
from backend.webhooks import service
from backend.webhooks.models import (
    DeliveryStatus, EventStatus, Provider, SecretKind, Task, TaskKind, TaskState, WebhookDelivery, WebhookEvent, WebhookSecret,
)
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, staff

from .signers import harness, public_pem, rsa_key

D = Decimal


def ref(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


async def post(client, h, delivery):
    return await client.post(h.url, content=delivery.body, headers=delivery.headers)


async def test_rotated_secret_and_previous_one_both_verify_until_the_previous_expires(client):
    org, actor = await ledger_org()
    h = harness(Provider.STRIPE)
    endpoint = await h.install(actor)
    old_secret = h.signing_secret
    new_secret = "whsec_" + uuid.uuid4().hex
    await service.rotate_secret(actor, endpoint.id, kind=SecretKind.SIGNING_SECRET, value=new_secret, previous_valid_hours=2)

    h.signing_secret = old_secret
    assert (await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("pi"), amount=D("1.00"), invoice=None))).status_code == 200
    h.signing_secret = new_secret
    assert (await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("pi"), amount=D("2.00"), invoice=None))).status_code == 200

    previous = await WebhookSecret.get(endpoint_id=endpoint.id, fingerprint=service.sealing.fingerprint(old_secret))
    assert previous.expires_at is not None and previous.expires_at - utcnow() > timedelta(hours=1, minutes=59)
    # Two hours later the previous secret no longer verifies; the current one still does.
    await WebhookSecret.filter(id=previous.id).update(expires_at=utcnow() - timedelta(seconds=1))
    h.signing_secret = old_secret
    refused = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("pi"), amount=D("3.00"), invoice=None))
    assert refused.status_code == 401
    h.signing_secret = new_secret
    assert (await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("pi"), amount=D("4.00"), invoice=None))).status_code == 200
    assert sorted(p.amount for p in await Payment.filter(organization_id=org.id)) == [D("1.00"), D("2.00"), D("4.00")]


@pytest.mark.parametrize("provider", [Provider.STRIPE, Provider.ALIPAY, Provider.WECHATPAY, Provider.GENERIC], ids=lambda p: p.value)
async def test_refund_before_its_payment_is_held_then_applied(client, provider):
    org, actor = await ledger_org()
    h = harness(provider)
    await h.install(actor)
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "500.00")
    payment_ref, refund_id = ref("pay"), ref("re")

    early = await post(client, h, h.refund(event_id=ref("evt"), payment_ref=payment_ref, amount=D("200.00"), refund_id=refund_id))
    assert early.status_code == h.ok_status
    held = await WebhookDelivery.get(organization_id=org.id)
    assert held.status is DeliveryStatus.HELD
    assert not await Refund.filter(organization_id=org.id).exists()

    paid = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=payment_ref, amount=D("500.00"), invoice=invoice.number))
    assert paid.status_code == h.ok_status
    payment = await Payment.get(organization_id=org.id, provider_reference=payment_ref)
    # 500 paid to the invoice, then 200 refunded out of it: the whole allocation is taken back
    # (the invoice is open again: 500), 200 goes back to the payer, 500 − 200 = 300 stays
    # unapplied with a task to re-apply it.
    assert (payment.amount, payment.allocated, payment.refunded) == (D("500.00"), D("0.00"), D("200.00"))
    invoice = await Invoice.get(id=invoice.id)
    assert (invoice.status, invoice.allocated) == (InvoiceStatus.ISSUED, D("0.00"))
    assert await Refund.filter(payment_id=payment.id).count() == 1
    task = await Task.get(organization_id=org.id, kind=TaskKind.UNAPPLIED_CASH)
    assert "300.00" in task.title and task.state is TaskState.OPEN
    assert (await WebhookDelivery.get(id=held.id)).status is DeliveryStatus.PROCESSED
    assert not await WebhookEvent.filter(organization_id=org.id, status=EventStatus.HELD).exists()


async def test_unmatched_payment_is_unapplied_cash_without_customer_and_raises_a_task(client, gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    actor = (await staff(org, Role.ADMIN)).actor
    h = harness(Provider.ALIPAY)
    await h.install(actor)
    trade_no = ref("2026")
    response = await post(client, h, h.payment(event_id=ref("n"), payment_ref=trade_no, amount=D("88.00"), invoice="NO-SUCH-INVOICE"))
    assert response.text == "success"
    payment = await Payment.get(organization_id=org.id, provider_reference=trade_no)
    assert (payment.customer_id, payment.allocated, payment.amount) == (None, D("0.00"), D("88.00"))
    task = await Task.get(organization_id=org.id)
    assert (task.kind, task.state, task.target_type, task.target_id) == (TaskKind.UNAPPLIED_CASH, TaskState.OPEN, "payment", str(payment.id))

    result = await gql(
        "{ tasks(state: OPEN) { totalCount nodes { id kind title targetId } } }", token=owner.token, org=org.id
    )
    nodes = result["data"]["tasks"]["nodes"]
    assert [(n["kind"], n["targetId"]) for n in nodes] == [("UNAPPLIED_CASH", str(payment.id))]
    assert "88.00" in nodes[0]["title"] and "customer unknown" in nodes[0]["title"]
    done = await gql(
        "mutation($id: ID!) { taskComplete(id: $id) { task { state } errors { code } } }", {"id": nodes[0]["id"]},
        token=owner.token, org=org.id,
    )
    assert done["data"]["taskComplete"] == {"task": {"state": "DONE"}, "errors": []}


async def test_payment_by_customer_code_lands_on_the_customer_unapplied(client):
    org, actor = await ledger_org()
    h = harness(Provider.GENERIC)
    await h.install(actor)
    customer = await create_customer(org, code="ACME-01")
    payment_ref = ref("bank")
    await post(client, h, h.payment(event_id=ref("evt"), payment_ref=payment_ref, amount=D("10.00"), invoice=None, customer_code="ACME-01"))
    payment = await Payment.get(organization_id=org.id, provider_reference=payment_ref)
    assert (payment.customer_id, payment.allocated) == (customer.id, D("0.00"))
    assert (await Task.get(organization_id=org.id)).kind is TaskKind.UNAPPLIED_CASH


async def test_stripe_dispute_flags_the_paid_invoice_and_raises_a_task(client):
    org, actor = await ledger_org()
    h = harness(Provider.STRIPE)
    await h.install(actor)
    invoice = await issued_invoice(actor, await create_customer(org), "80.00")
    pi = ref("pi")
    await post(client, h, h.payment(event_id=ref("evt"), payment_ref=pi, amount=D("80.00"), invoice=invoice.number))
    response = await post(client, h, h.stripe_dispute(event_id=ref("evt"), payment_ref=pi, amount=D("80.00"), dispute_id=ref("dp")))
    assert response.status_code == 200
    invoice = await Invoice.get(id=invoice.id)
    assert (invoice.disputed, invoice.status) == (True, InvoiceStatus.PAID)
    task = await Task.get(organization_id=org.id, kind=TaskKind.DISPUTE)
    assert "fraudulent" in task.title


async def test_stripe_cumulative_refunds_apply_each_amount_once(client):
    org, actor = await ledger_org()
    h = harness(Provider.STRIPE)
    await h.install(actor)
    pi = ref("pi")
    await post(client, h, h.payment(event_id=ref("evt"), payment_ref=pi, amount=D("100.00"), invoice=None))
    # Stripe reports the total refunded so far: 30, then 50 (a second refund of 20), then 30 again late.
    for total in ("30.00", "50.00", "30.00"):
        await post(client, h, h.refund(event_id=ref("evt"), payment_ref=pi, amount=D(total), refund_id="", total_refunded=D(total)))
    payment = await Payment.get(organization_id=org.id, provider_reference=pi)
    assert payment.refunded == D("50.00")
    assert sorted(r.amount for r in await Refund.filter(payment_id=payment.id)) == [D("20.00"), D("30.00")]


async def test_unknown_endpoint_and_provider_are_404_and_stored(client):
    response = await client.post(f"/webhooks/stripe/{uuid.uuid4().hex}", content=b"{}", headers={"stripe-signature": "t=1,v1=00"})
    assert response.status_code == 404
    assert (await client.post("/webhooks/paypal/abc", content=b"{}")).status_code == 404
    rows = await WebhookDelivery.filter(organization_id__isnull=True, provider__in=["stripe", "paypal"]).order_by("-received_at").limit(2)
    assert {r.error_code for r in rows} == {"UNKNOWN_ENDPOINT"}


async def test_wechatpay_resource_that_does_not_decrypt_is_refused(client):
    org, actor = await ledger_org()
    h = harness(Provider.WECHATPAY)
    await h.install(actor)
    h.api_v3_key = uuid.uuid4().hex  # the sender encrypts with a key we do not have
    response = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("42"), amount=D("1.00"), invoice=None))
    assert (response.status_code, response.json()["code"]) == (401, "FAIL")
    assert (await WebhookDelivery.get(organization_id=org.id)).error_code == "DECRYPTION_FAILED"


async def test_alipay_notification_for_another_app_is_refused(client):
    org, actor = await ledger_org()
    h = harness(Provider.ALIPAY)
    await h.install(actor)
    h.account_id = "2099000000000009"
    response = await post(client, h, h.payment(event_id=ref("n"), payment_ref=ref("t"), amount=D("1.00"), invoice=None))
    assert (response.status_code, response.text) == (401, "fail")
    assert (await WebhookDelivery.get(organization_id=org.id)).error_code == "ACCOUNT_MISMATCH"


ENDPOINT_CREATE = """
mutation($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) { endpoint { id provider url accountId } errors { field code } }
}
"""
SECRET_ROTATE = """
mutation($input: WebhookSecretRotateInput!) {
  webhookSecretRotate(input: $input) { secret { id kind keyId fingerprint isValid expiresAt } errors { field code } }
}
"""
ENDPOINTS = "{ webhookEndpoints { provider url secrets { kind fingerprint isValid expiresAt } } }"
DELIVERIES = """
query($filter: WebhookDeliveryFilter) {
  webhookDeliveries(filter: $filter, first: 10) { totalCount nodes { status errorCode eventId body headers } }
}
"""


async def test_graphql_manages_endpoints_and_secrets_without_ever_returning_a_value(client, gql):
    owner = await member(gql, Role.OWNER)
    created = await gql(ENDPOINT_CREATE, {"input": {"provider": "WECHATPAY", "accountId": ""}}, token=owner.token, org=owner.org.id)
    assert created["data"]["webhookEndpointCreate"]["errors"] == [{"field": "accountId", "code": "REQUIRED"}]
    created = await gql(ENDPOINT_CREATE, {"input": {"provider": "WECHATPAY", "accountId": "1900000109"}}, token=owner.token, org=owner.org.id)
    endpoint = created["data"]["webhookEndpointCreate"]["endpoint"]
    assert endpoint["url"].endswith(f"/webhooks/wechatpay/{endpoint['url'].rsplit('/', 1)[1]}")

    api_key = uuid.uuid4().hex
    pem = public_pem(rsa_key("wechat"))
    cases = [
        ({"kind": "SIGNING_SECRET", "value": "x" * 20}, "SECRET_KIND_NOT_FOR_PROVIDER"),
        ({"kind": "API_V3_KEY", "value": "too-short"}, "INVALID_SECRET"),
        ({"kind": "PLATFORM_PUBLIC_KEY", "value": pem}, "KEY_ID_REQUIRED"),
        ({"kind": "PLATFORM_PUBLIC_KEY", "value": "not a key", "keyId": "S1"}, "INVALID_SECRET"),
    ]
    for extra, code in cases:
        refused = await gql(SECRET_ROTATE, {"input": {"endpointId": endpoint["id"], **extra}}, token=owner.token, org=owner.org.id)
        assert code in [e["code"] for e in refused["data"]["webhookSecretRotate"]["errors"]], (extra, refused)
    first = await gql(SECRET_ROTATE, {"input": {"endpointId": endpoint["id"], "kind": "API_V3_KEY", "value": api_key}}, token=owner.token, org=owner.org.id)
    second = await gql(
        SECRET_ROTATE, {"input": {"endpointId": endpoint["id"], "kind": "API_V3_KEY", "value": uuid.uuid4().hex, "previousValidHours": 0}},
        token=owner.token, org=owner.org.id,
    )
    assert first["data"]["webhookSecretRotate"]["errors"] == second["data"]["webhookSecretRotate"]["errors"] == []
    listed = await gql(ENDPOINTS, token=owner.token, org=owner.org.id)
    secrets = listed["data"]["webhookEndpoints"][0]["secrets"]
    # Newest first; the first key was replaced with no grace period, so it is no longer valid.
    assert [s["isValid"] for s in secrets] == [True, False]
    raw = str(listed) + str(first) + str(second)
    assert api_key not in raw
    stored = await WebhookSecret.filter(endpoint__organization_id=owner.org.id).values_list("sealed_value", flat=True)
    assert all(api_key not in value for value in stored)

    finance = await member(gql, Role.FINANCE, org=owner.org)
    denied = await gql(ENDPOINTS, token=finance.token, org=owner.org.id)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_delivery_log_is_queryable_and_scoped(client, gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.ADMIN)).actor
    h = harness(Provider.GENERIC)
    await h.install(actor)
    event_id = ref("evt")
    await post(client, h, h.payment(event_id=event_id, payment_ref=ref("p"), amount=D("5.00"), invoice=None))
    await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("p"), amount=D("5.00"), invoice=None, variant="bad_signature"))
    log = await gql(DELIVERIES, token=owner.token, org=owner.org.id)
    nodes = log["data"]["webhookDeliveries"]["nodes"]
    assert sorted((n["status"], n["errorCode"]) for n in nodes) == [("PROCESSED", None), ("REJECTED", "BAD_SIGNATURE")]
    processed = next(n for n in nodes if n["status"] == "PROCESSED")
    assert processed["eventId"] == event_id and event_id in processed["body"] and "x-huikuan-signature" in processed["headers"]
    rejected = await gql(DELIVERIES, {"filter": {"status": "REJECTED"}}, token=owner.token, org=owner.org.id)
    assert rejected["data"]["webhookDeliveries"]["totalCount"] == 1
    stranger = await member(gql, Role.OWNER)
    assert (await gql(DELIVERIES, token=stranger.token, org=stranger.org.id))["data"]["webhookDeliveries"]["totalCount"] == 0


async def test_alipay_trade_finished_after_trade_success_records_the_payment_once(client):
    org, actor = await ledger_org()
    h = harness(Provider.ALIPAY)
    await h.install(actor)
    invoice = await issued_invoice(actor, await create_customer(org), "66.00")
    trade_no = ref("2026")
    for status in ("TRADE_SUCCESS", "TRADE_FINISHED"):  # two notifications, two notify_ids, one trade
        params = {
            "notify_id": ref("n"), "notify_time": h._alipay_time(0), "notify_type": "trade_status_sync", "trade_no": trade_no,
            "out_trade_no": invoice.number, "trade_status": status, "total_amount": "66.00", "gmt_payment": h._alipay_time(3),
        }
        response = await post(client, h, h._alipay(params, "ok"))
        assert response.text == "success"
    assert await Payment.filter(organization_id=org.id).count() == 1
    assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.PAID
    assert sorted(d.status.value for d in await WebhookDelivery.filter(organization_id=org.id)) == ["processed", "processed"]
    assert not await Task.filter(organization_id=org.id).exists()
