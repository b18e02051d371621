"""Issue 9 §2: deliveries to no endpoint are stored small; refusals are limited per source address
(counted in PostgreSQL, so every API process shares the count); delivery bodies and uploaded import
files are cleared after their configured retention by the scheduled retention job."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from tortoise import connections

from backend.config import get_settings
from backend.imports.models import FileFormat, ImportJob, ImportKind, ImportState
from backend.kit.time import utcnow
from backend.payments.models import Payment
from backend.webhooks import service
from backend.webhooks.models import DeliveryStatus, Provider, WebhookDelivery, WebhookEvent
from backend.worker import retention
from backend.worker.schedule import SCHEDULE
from tests.invoices.factories import ledger_org

from .signers import harness

D = Decimal
BIG = b"x" * (300 * 1024)


def ref(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


async def post(client, h, delivery, **headers):
    return await client.post(h.url, content=delivery.body, headers={**delivery.headers, **headers})


async def newest_unknown() -> WebhookDelivery:
    return await WebhookDelivery.filter(organization_id__isnull=True).order_by("-received_at").first()


@pytest.mark.parametrize("path", ["/webhooks/stripe/{token}", "/webhooks/paypal/{token}"], ids=["unknown-token", "unknown-provider"])
async def test_a_delivery_to_no_endpoint_keeps_headers_and_the_start_of_its_body(client, path):
    response = await client.post(path.format(token=uuid.uuid4().hex), content=BIG, headers={"x-probe": "y" * 1000})
    assert response.status_code == 404
    stored = await newest_unknown()
    assert (stored.status, stored.error_code, stored.source_address) == (DeliveryStatus.REJECTED, "UNKNOWN_ENDPOINT", "10.9.8.7")
    assert len(bytes(stored.body)) == service.UNKNOWN_TARGET_BODY_BYTES == 1024
    assert stored.headers["x-probe"] == "y" * service.UNKNOWN_TARGET_HEADER_CHARS


async def test_an_inactive_endpoint_and_an_oversized_body_are_stored_small(client):
    org, actor = await ledger_org()
    h = harness(Provider.GENERIC)
    endpoint = await h.install(actor)
    too_big = await client.post(h.url, content=BIG, headers={"x-huikuan-signature": "t=1,v1=00"})
    assert too_big.status_code == 413
    stored = await WebhookDelivery.get(organization_id=org.id)
    assert (stored.error_code, len(bytes(stored.body))) == ("BODY_TOO_LARGE", 1024)
    await service.update_endpoint(actor, endpoint.id, account_id=None, is_active=False)
    inactive = await client.post(h.url, content=BIG)
    assert inactive.status_code == 404
    stored = await newest_unknown()
    assert (stored.error_code, stored.endpoint_token, len(bytes(stored.body))) == ("UNKNOWN_ENDPOINT", endpoint.token, 1024)


async def test_refusals_past_the_limit_per_address_answer_429_and_are_not_stored(client, monkeypatch):
    limited = get_settings().model_copy(update={"webhook_refusals_per_minute": 3})
    monkeypatch.setattr(service, "get_settings", lambda: limited)
    org, actor = await ledger_org()
    h = harness(Provider.GENERIC)
    await h.install(actor)
    before = await WebhookDelivery.filter(source_address="10.9.8.7").count()
    answers = [(await client.post(f"/webhooks/generic/{uuid.uuid4().hex}", content=b"{}")).status_code for _ in range(3)]
    forged = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("tx"), amount=D("1.00"), invoice=None, variant="bad_signature"))
    unknown = await client.post(f"/webhooks/generic/{uuid.uuid4().hex}", content=b"{}")
    assert answers == [404, 404, 404]
    assert (forged.status_code, unknown.status_code, unknown.headers["retry-after"]) == (429, 429, "60")
    # Three stored; the two past the limit only counted.
    assert await WebhookDelivery.filter(source_address="10.9.8.7").count() == before + 3
    rows = await connections.get("default").execute_query_dict("SELECT source, hits FROM webhook_rate_limits")
    assert rows == [{"source": "10.9.8.7", "hits": 5}]
    # A correctly signed delivery from the same address is never limited.
    ok = await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("tx"), amount=D("1.00"), invoice=None))
    assert ok.status_code == 200
    assert await Payment.filter(organization_id=org.id).count() == 1
    # Without TRUST_FORWARDED_FOR a forwarded-for header is not believed: still this address, still limited.
    other = await client.post(f"/webhooks/generic/{uuid.uuid4().hex}", content=b"{}", headers={"x-forwarded-for": "192.0.2.1"})
    assert other.status_code == 429


async def test_retention_job_clears_old_bodies_and_import_files_and_keeps_the_rest(client):
    assert any(actor is retention.purge for actor, _ in SCHEDULE)
    org, actor = await ledger_org()
    h = harness(Provider.GENERIC)
    await h.install(actor)
    await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("tx"), amount=D("5.00"), invoice=None))
    await post(client, h, h.refund(event_id=ref("evt"), payment_ref=ref("tx"), amount=D("1.00"), refund_id="RF-1"))  # held
    await post(client, h, h.payment(event_id=ref("evt"), payment_ref=ref("tx"), amount=D("6.00"), invoice=None))
    days = get_settings().webhook_body_retention_days
    old = utcnow() - timedelta(days=days + 1)
    first_two = await WebhookDelivery.filter(organization_id=org.id).order_by("received_at").limit(2).values_list("id", flat=True)
    await WebhookDelivery.filter(id__in=first_two).update(received_at=old)
    finished = await ImportJob.create(
        organization_id=org.id, kind=ImportKind.CUSTOMERS, file_name="a.csv", file_format=FileFormat.CSV, content=b"code\nC1\n",
        state=ImportState.SUCCEEDED, finished_at=utcnow() - timedelta(days=get_settings().import_file_retention_days + 1),
    )
    recent = await ImportJob.create(
        organization_id=org.id, kind=ImportKind.CUSTOMERS, file_name="b.csv", file_format=FileFormat.CSV, content=b"code\nC2\n",
        state=ImportState.SUCCEEDED, finished_at=utcnow(),
    )

    bodies, files = await retention.purge_expired(utcnow())
    assert bodies >= 1 and files >= 1
    rows = {d.status: d for d in await WebhookDelivery.filter(organization_id=org.id)}
    processed = await WebhookDelivery.filter(organization_id=org.id, status=DeliveryStatus.PROCESSED).order_by("received_at")
    # The old processed one lost its body (headers and status stay); the held one keeps it; the new one too.
    assert bytes(processed[0].body) == b"" and processed[0].headers
    assert bytes(processed[1].body) != b""
    assert bytes(rows[DeliveryStatus.HELD].body) != b""
    assert await WebhookEvent.filter(organization_id=org.id).count() == 3
    assert bytes((await ImportJob.get(id=finished.id)).content) == b""
    assert bytes((await ImportJob.get(id=recent.id)).content) == b"code\nC2\n"
    # Run again (a repeated tick): nothing more to clear.
    assert await retention.purge_expired(utcnow()) == (0, 0)
