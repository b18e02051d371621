"""Prometheus metrics by route template, GraphQL operation, webhook outcome and queue depth; JSON
log lines carrying the request id."""

from __future__ import annotations

import io
import json
import logging

from prometheus_client.parser import text_string_to_metric_families

from backend.logs import configure_logging


async def _samples(client, name: str) -> list[tuple[dict[str, str], float]]:  # type: ignore[no-untyped-def]
    text = (await client.get("/metrics")).text
    return [
        (sample.labels, sample.value)
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name
    ]


def _value(samples: list[tuple[dict[str, str], float]], **labels: str) -> float:
    return sum(value for sample_labels, value in samples if all(sample_labels.get(k) == v for k, v in labels.items()))


async def test_requests_are_counted_by_route_template_and_client_routes_are_one_label(client):
    before = await _samples(client, "huikuan_http_requests_total")
    for path in ("/customers/123", "/customers/456", "/invoices/abc/edit"):
        assert (await client.get(path)).status_code == 200
    await client.get("/imports/00000000-0000-0000-0000-000000000001/errors.csv")
    after = await _samples(client, "huikuan_http_requests_total")
    routes = {labels["route"] for labels, _ in after}
    assert not any(route.startswith(("/customers", "/invoices")) for route in routes)
    assert _value(after, route="/{spa}", status="200") - _value(before, route="/{spa}", status="200") == 3
    assert _value(after, route="/imports/{job_id}/errors.csv") - _value(before, route="/imports/{job_id}/errors.csv") == 1


async def test_graphql_operations_are_counted_by_type_root_field_and_outcome(client):
    before = await _samples(client, "huikuan_graphql_operations_total")
    await client.post("/graphql", json={"query": "query Mine { __typename }"})
    await client.post("/graphql", json={"query": "{ me { id } }"})
    await client.post("/graphql", json={"query": "{ noSuchField }"})
    after = await _samples(client, "huikuan_graphql_operations_total")

    def grew(**labels: str) -> float:
        return _value(after, **labels) - _value(before, **labels)

    assert grew(type="query", field="__typename", outcome="ok") == 1
    assert grew(type="query", field="me", outcome="error") == 1  # not signed in
    assert grew(type="invalid", field="invalid", outcome="error") == 1
    assert not any(labels.get("field") == "Mine" for labels, _ in after)


async def test_webhook_deliveries_are_counted_by_provider_and_answer(client):
    before = await _samples(client, "huikuan_webhook_deliveries_total")
    unknown_endpoint = await client.post("/webhooks/stripe/no-such-endpoint", content=b"{}")
    await client.post("/webhooks/made-up/no-such-endpoint", content=b"{}")
    after = await _samples(client, "huikuan_webhook_deliveries_total")
    status = str(unknown_endpoint.status_code)
    assert _value(after, provider="stripe", status=status) - _value(before, provider="stripe", status=status) == 1
    assert _value(after, provider="unknown") - _value(before, provider="unknown") == 1
    assert not any(labels["provider"] == "made-up" for labels, _ in after)


async def test_queue_depth_is_read_from_the_broker(client):
    from backend.worker.broker import broker

    depths = await _samples(client, "huikuan_queue_messages")
    assert {labels["queue"] for labels, _ in depths} == broker.get_declared_queues()
    assert all(value >= 0 for _, value in depths)


async def test_log_lines_are_json_with_the_request_id(client):
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    stream = io.StringIO()
    configure_logging("INFO", "json", stream)
    try:
        await client.post("/webhooks/stripe/no-such-endpoint", content=b"{}", headers={"x-request-id": "obs-req-1"})
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    rejected = [line for line in lines if "rejected" in line["event"]]
    assert rejected and all(line["request_id"] == "obs-req-1" for line in rejected)
    assert {"timestamp", "level", "logger"} <= rejected[0].keys()
