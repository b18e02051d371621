"""Issue 13: the dashboard computes only the parts a request selects, and the expensive analytics
run at most ANALYTICS_CONCURRENCY at a time per process, the others answered BUSY after a wait."""

from __future__ import annotations

import asyncio
import weakref

import pytest

from backend.accounts.models import User
from backend.analytics import limits, service
from backend.config import get_settings
from tests.fixtures.api import login

from .test_dashboard import DASHBOARD, _ledger

POSITION = 'query { dashboard(asOf: "2026-03-31") { arTotal currentAr overdueAr overdueRatio } }'


async def _signed_in(gql):
    org, owner, _ = await _ledger()
    token = (await login(gql, await User.get(id=owner.user_id)))["accessToken"]
    return org, token


def _limit(monkeypatch, concurrency: int, wait: float) -> None:
    """Fresh slots with these limits for the rest of the test."""
    settings = get_settings().model_copy(update={"analytics_concurrency": concurrency, "analytics_wait_seconds": wait})
    monkeypatch.setattr(limits, "get_settings", lambda: settings)
    monkeypatch.setattr(limits, "_slots", weakref.WeakKeyDictionary())


async def test_position_only_computes_no_flows_kpis_aging_or_forecast(gql, monkeypatch):
    org, token = await _signed_in(gql)

    async def refused(*args, **kwargs):
        raise AssertionError("a part the request did not select was computed")

    for name in ("flows", "_kpi_report", "aging", "promises", "payment_days"):
        monkeypatch.setattr(service, name, refused)
    monkeypatch.setattr(service, "_FORECAST_SQL", "SELECT 1/0")
    monkeypatch.setattr(service, "_TOP_OVERDUE_SQL", "SELECT 1/0")
    result = await gql(POSITION, token=token, org=org.id)
    assert "errors" not in result, result
    # AR 3,300 of which 2,000 not yet due; overdue 1,300 / 3,300 = 0.3939 (test_dashboard's ledger)
    assert result["data"]["dashboard"] == {"arTotal": "3300.00", "currentAr": "2000.00", "overdueAr": "1300.00", "overdueRatio": "0.3939"}


async def test_position_is_computed_once_for_all_the_fields_that_need_it(gql, monkeypatch):
    org, token = await _signed_in(gql)
    calls = []
    position = service.position

    async def counted(*args, **kwargs):
        calls.append(args[1])
        return await position(*args, **kwargs)

    monkeypatch.setattr(service, "position", counted)
    result = await gql(
        'query { dashboard(asOf: "2026-03-31") { arTotal overdueAr openInvoiceCount overdueInvoiceCount dso } }', token=token, org=org.id
    )
    assert result["data"]["dashboard"]["dso"] == "70.7"
    assert len(calls) == 1


async def test_every_field_with_a_single_slot_does_not_wait_on_itself(gql, monkeypatch):
    """Parts needing other parts (trend needs the position and the month) take their slot only
    after those are done: with one slot a full dashboard still completes."""
    org, token = await _signed_in(gql)
    _limit(monkeypatch, 1, 5.0)
    result = await gql(DASHBOARD, {"asOf": "2026-03-31"}, token=token, org=org.id)
    assert "errors" not in result, result
    assert result["data"]["dashboard"]["arTotal"] == "3300.00"


@pytest.mark.parametrize("query", [POSITION, '{ kpis(start: "2026-03-01", end: "2026-03-31") { cei } }',
                                   'query { aging(asOf: "2026-03-31") { total } }'])
async def test_a_request_waiting_too_long_for_a_slot_is_answered_busy(gql, monkeypatch, query):
    org, token = await _signed_in(gql)
    _limit(monkeypatch, 1, 0.3)
    started = asyncio.Event()
    release = asyncio.Event()

    async def slow() -> None:
        async with limits.analytics_slot():
            started.set()
            await release.wait()

    holder = asyncio.create_task(slow())
    await started.wait()
    busy = await gql(query, token=token, org=org.id)
    assert busy["data"] is None
    error = busy["errors"][0]
    assert error["extensions"]["code"] == "BUSY"
    assert error["extensions"]["params"] == [{"name": "seconds", "kind": "NUMBER", "value": "0.3", "currency": None}]
    release.set()
    await holder
    served = await gql(query, token=token, org=org.id)
    assert "errors" not in served, served
