"""The "performance" export: the leaderboard of tests/performance/test_scores.py as a sheet."""

from __future__ import annotations

from backend.accounts.models import Role
from tests.exports.helpers import download, sheet
from tests.fixtures.api import member
from tests.performance.test_scores import march_ledger

MARCH = {"start": "2026-03-01", "end": "2026-03-31"}


async def test_collector_scores_export_with_their_breakdown(client, gql):
    org, _, (a, b, c), (_, b_member, _) = await march_ledger(gql)
    finance = await member(gql, Role.FINANCE, org=org)
    response = await download(client, finance, "/exports/performance.xlsx", lang="en", **MARCH)
    assert response.status_code == 200, response.text
    rows = sheet(response.content)
    header = rows[0]
    assert header[:4] == ("Rank", "Collector", "Email", "Score")
    by_rank = {r[0]: dict(zip(header, r)) for r in rows[1:4]}
    assert by_rank[1]["Score"] == 58.8 and by_rank[1]["Cash collected (base currency)"] == 600
    assert by_rank[1]["Cash points"] == 60 and by_rank[1]["Disputes points"] == 60.61
    assert by_rank[2]["Score"] == 51.7 and by_rank[2]["Cash points"] is None
    # The totals row sums the amounts: cash 600 + 2,000 + 0.
    assert rows[-1][0] == "Total" and dict(zip(header, rows[-1]))["Cash collected (base currency)"] == 2600

    own = sheet((await download(client, b_member, "/exports/performance.xlsx", lang="zh-CN", **MARCH)).content)
    assert [r[3] for r in own[1:-1]] == [51.7]

    bad = await download(client, finance, "/exports/performance.csv", start="2026-03-31", end="2026-03-01")
    assert bad.status_code == 400 and bad.json()["errors"][0]["code"] == "PERIOD_REVERSED"
