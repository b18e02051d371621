"""Health, readiness, metrics, the SPA with client-side routes, the committed schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def test_health_and_readiness(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "broker": "ok"}


async def test_metrics_are_prometheus_text(client):
    await client.get("/healthz")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert "huikuan_http_requests_total" in response.text


async def test_spa_serves_index_for_client_routes(client):
    index = await client.get("/")
    assert index.status_code == 200 and "<html" in index.text
    route = await client.get("/customers/123")
    assert route.status_code == 200 and route.text == index.text
    missing_asset = await client.get("/assets/missing.js")
    assert missing_asset.status_code == 404


async def test_request_id_is_echoed(client):
    response = await client.get("/healthz", headers={"x-request-id": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"


def test_schema_graphql_is_current():
    exported = subprocess.run(
        [sys.executable, "-m", "strawberry", "export-schema", "backend.api.schema:schema"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    committed = (ROOT / "schema.graphql").read_text()
    assert exported.strip() == committed.strip(), "schema.graphql is stale: run `make schema`"
