"""A pause in force has one rule, stated twice: in Python (service.pause_in_force_on, used by the
calendar and the pause shown in the SPA) and in SQL (service.PAUSE_IN_FORCE_SQL, used by the
reminder scans). Both must give the same answer on the edge days."""

from __future__ import annotations

from datetime import date, timedelta

from tortoise import connections

from backend.collections import service
from backend.collections.models import DunningPause
from backend.kit.time import utcnow
from tests.collections.factories import customer, org_with_owner

TODAY = date(2026, 3, 10)


async def test_the_python_and_sql_pause_rules_agree_on_the_edge_days():
    org, _ = await org_with_owner()
    cust = await customer(org)
    untils = {
        "until yesterday": TODAY - timedelta(days=1),
        "until today": TODAY,
        "until tomorrow": TODAY + timedelta(days=1),
        "until lifted": None,
    }
    pauses = {
        name: await DunningPause.create(organization=org, customer=cust, until=until, reason=name)
        for name, until in untils.items()
    }
    pauses["lifted"] = await DunningPause.create(organization=org, customer=cust, until=None, reason="lifted", lifted_at=utcnow())
    in_sql = {
        r["reason"]
        for r in await connections.get("default").execute_query_dict(
            f"SELECT dp.reason FROM dunning_pauses dp WHERE dp.organization_id = $1 AND {service.PAUSE_IN_FORCE_SQL.format(day='$2')}",
            [org.id, TODAY],
        )
    }
    in_python = {name for name, pause in pauses.items() if service.pause_in_force_on(pause, TODAY)}
    assert in_python == {"until today", "until tomorrow", "until lifted"}  # by hand: until is the last paused day
    assert in_sql == in_python
    assert (await service.pauses_in_force(org.id, [cust.id], TODAY))[cust.id].reason == "until lifted"  # lasts longest
