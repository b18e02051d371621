"""The request id travels with a job: in the message's options (the outbox row too), and the
worker logs the job's start and end, and its actor's own lines, with it. The worker serves its
job metrics per actor on WORKER_METRICS_PORT."""

from __future__ import annotations

import json
import socket
import time

import dramatiq
import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from tortoise import connections

from backend.accounts.tasks import purge_sessions
from backend.config import get_settings
from backend.kit.uow import enqueue, unit_of_work
from backend.logs import bind_request, unbind
from backend.worker.broker import broker_url
from tests.fixtures.api import member
from tests.fixtures.worker import start_worker, stop_worker

pytestmark = pytest.mark.worker

INVITE = "mutation($e: String!, $r: Role!) { memberInvite(email: $e, role: $r) { invitation { id } errors { code } } }"


async def test_the_outbox_row_carries_the_request_id(db):
    tokens = bind_request(request_id="outbox-req-7")
    try:
        async with unit_of_work() as connection:
            await enqueue(purge_sessions)
            rows = await connection.execute_query_dict("SELECT message FROM job_outbox ORDER BY id DESC LIMIT 1")
            message = dramatiq.Message.decode(bytes(rows[0]["message"]))
            await connection.execute_query("DELETE FROM job_outbox")
    finally:
        unbind(tokens)
    assert message.options["request_id"] == "outbox-req-7"
    assert (await connections.get("default").execute_query_dict("SELECT count(*) AS n FROM job_outbox"))[0]["n"] == 0


def _json_lines(lines: list[str]) -> list[dict]:
    parsed = []
    for line in list(lines):
        try:
            parsed.append(json.loads(line))
        except ValueError:
            continue
    return parsed


async def test_the_worker_logs_the_job_with_the_request_id_of_the_request_that_enqueued_it(db, gql, smtp_server):
    inbox, smtp_port = smtp_server
    owner = await member(gql)
    lines: list[str] = []
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        metrics_port = probe.getsockname()[1]
    worker = start_worker(
        db, broker_url(get_settings()), lines, SMTP_HOST="127.0.0.1", SMTP_PORT=str(smtp_port),
        WORKER_METRICS_PORT=str(metrics_port),
    )
    try:
        response = await gql.raw(
            INVITE, {"e": "traced-invitee@example.com", "r": "ADMIN"}, token=owner.token, org=owner.org.id,
            headers={"x-request-id": "trace-me-42"},
        )
        assert response.json()["data"]["memberInvite"]["errors"] == []
        inbox.wait_for(lambda message: message["To"] == "traced-invitee@example.com")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            traced = [line for line in _json_lines(lines) if line.get("request_id") == "trace-me-42"]
            if any(line["event"].startswith("job done") for line in traced):
                break
            time.sleep(0.2)
        metrics = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics").text
    finally:
        stop_worker(worker)
    runs = {
        sample.labels["actor_name"]: sample.value
        for family in text_string_to_metric_families(metrics)
        for sample in family.samples
        if sample.name == "dramatiq_messages_total"
    }
    assert runs.get("accounts.send_invitation", 0) >= 1
    events = [line["event"] for line in traced]
    assert events[0] == "job started" and events[-1].startswith("job done"), events
    assert all(line["job"] == "accounts.send_invitation" for line in traced)
    assert len({line["message_id"] for line in traced}) == 1
