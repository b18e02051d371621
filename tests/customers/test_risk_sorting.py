"""Defect 6 of issue 10: sorting customers by risk (balance, overdue amount, days overdue, grade,
score) with keyset pagination that walks every customer once, figures from the one balance
definition, and an over-limit marker; the query count does not grow with the page."""

from __future__ import annotations

import base64
import json

from backend.accounts.models import Role
from backend.customers.models import CustomerStatus
from tests.credit.factories import customer, invoice, pay
from tests.credit.querycount import count_queries
from tests.fixtures.api import member

LIST = """
query($sort: CustomerSortField!, $descending: Boolean!, $first: Int, $after: String) {
  customers(sort: $sort, descending: $descending, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { code status creditHold creditLimit overLimit balances { openBalance overdueBalance worstDaysOverdue } }
  }
}
"""


async def _page(gql, m, sort, descending, first=50, after=None):
    result = await gql(LIST, {"sort": sort, "descending": descending, "first": first, "after": after}, token=m.token, org=m.org.id)
    assert "errors" not in result, result
    return result["data"]["customers"]


async def _walk(gql, m, sort, descending, size=2) -> list[str]:
    codes, after = [], None
    while True:
        page = await _page(gql, m, sort, descending, first=size, after=after)
        codes += [n["code"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            return codes
        after = page["pageInfo"]["endCursor"]


async def _ledger(org):
    # 1,000 due 10 days ago + 500 not yet due: balance 1,500, overdue 1,000, 10 days.
    r1 = await customer(org, code="R-1", grade="B", score="65", credit_limit="2000")
    await invoice(org, r1, total="1000", issued=-40, due=-10)
    await invoice(org, r1, total="500", issued=-10, due=20)
    # 3,000 due 50 days ago, 1,000 paid: balance = overdue = 2,000, 50 days; limit 1,800: over it.
    r2 = await customer(org, code="R-2", grade="C", score="40", credit_limit="1800", status=CustomerStatus.ON_HOLD)
    await pay(await invoice(org, r2, total="3000", issued=-80, due=-50), "1000", -20)
    # USD 100 at 7.1 not yet due: balance 710.00, nothing overdue.
    r3 = await customer(org, code="R-3", grade="AAA", score="95")
    await invoice(org, r3, total="100", issued=-5, due=5, currency="USD", rate="7.1")
    # nothing open, never graded.
    await customer(org, code="R-4")
    # 1,500 due 3 days ago: balance = overdue = 1,500 (ties R-1 on balance), 3 days.
    r5 = await customer(org, code="R-5", grade="A", score="72")
    await invoice(org, r5, total="1500", issued=-33, due=-3)


async def test_sorting_by_risk_with_hand_computed_figures_and_stable_pages(gql):
    m = await member(gql, Role.FINANCE)
    await _ledger(m.org)

    rows = {n["code"]: n for n in (await _page(gql, m, "CODE", False))["nodes"]}
    assert rows["R-2"]["balances"] == {"openBalance": "2000.00", "overdueBalance": "2000.00", "worstDaysOverdue": 50}
    assert rows["R-3"]["balances"] == {"openBalance": "710.00", "overdueBalance": "0.00", "worstDaysOverdue": 0}
    assert [c for c, n in rows.items() if n["overLimit"]] == ["R-2"]
    assert rows["R-2"]["status"] == "ON_HOLD"
    # R-2 is on hold by its status; R-1 (B, 10 days) and R-5 (A, 3 days) are under their grades'
    # default hold days (45 and 60).
    assert {c: n["creditHold"] for c, n in rows.items()} == {"R-1": None, "R-2": "STATUS", "R-3": None, "R-4": None, "R-5": None}

    overdue = await _walk(gql, m, "OVERDUE_AMOUNT", True)
    assert overdue[:3] == ["R-2", "R-5", "R-1"] and sorted(overdue[3:]) == ["R-3", "R-4"]
    balance = await _walk(gql, m, "BALANCE", True)
    assert balance[0] == "R-2" and sorted(balance[1:3]) == ["R-1", "R-5"] and balance[3:] == ["R-3", "R-4"]
    days = await _walk(gql, m, "DAYS_OVERDUE", True)
    assert days[:3] == ["R-2", "R-1", "R-5"] and sorted(days[3:]) == ["R-3", "R-4"]
    # Riskiest grade first (C, B, A, …, AAA), then the customers never graded.
    assert await _walk(gql, m, "GRADE", True) == ["R-2", "R-1", "R-5", "R-3", "R-4"]
    # Lowest score first; not assessed before any score.
    assert await _walk(gql, m, "SCORE", False) == ["R-4", "R-2", "R-1", "R-5", "R-3"]
    # Every sort, both ways, paged by 1, 2 and all: the same order, each customer once.
    for sort in ("BALANCE", "OVERDUE_AMOUNT", "DAYS_OVERDUE", "GRADE", "SCORE"):
        for descending in (False, True):
            whole = [n["code"] for n in (await _page(gql, m, sort, descending))["nodes"]]
            assert sorted(whole) == ["R-1", "R-2", "R-3", "R-4", "R-5"]
            assert await _walk(gql, m, sort, descending, size=1) == whole
            assert await _walk(gql, m, sort, descending, size=2) == whole


async def test_the_credit_hold_marker_says_what_the_credit_check_says(gql):
    from backend.credit.check import hold_reason
    from tests.credit.factories import actor_for

    m = await member(gql, Role.FINANCE)
    late = await customer(m.org, code="H-1", grade="B")  # B goes on hold after 45 days overdue
    await invoice(m.org, late, total="100", issued=-80, due=-46)
    fine = await customer(m.org, code="H-2", grade="B")
    await invoice(m.org, fine, total="100", issued=-80, due=-45)
    rows = {n["code"]: n["creditHold"] for n in (await _page(gql, m, "CODE", False))["nodes"]}
    assert rows == {"H-1": "OVERDUE", "H-2": None}
    from backend.accounts.models import Membership

    actor = actor_for(m.org, m.user, await Membership.get(organization_id=m.org.id, user_id=m.user.id))
    reason = await hold_reason(actor, late)
    assert "46 days overdue" in reason.message and {p.name: p.value for p in reason.params}["days"] == "46"
    assert await hold_reason(actor, fine) is None


async def test_a_forged_cursor_is_refused(gql):
    m = await member(gql, Role.FINANCE)
    await _ledger(m.org)
    forged = base64.urlsafe_b64encode(json.dumps(["NaN", "x"]).encode()).decode()
    result = await gql(LIST, {"sort": "BALANCE", "descending": True, "first": 2, "after": forged}, token=m.token, org=m.org.id)
    assert result["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"


async def test_sorting_by_overdue_sends_as_many_queries_for_many_customers_as_for_few(gql, monkeypatch):
    small, large = await member(gql, Role.FINANCE), await member(gql, Role.FINANCE)
    for org, count in ((small.org, 2), (large.org, 12)):
        for i in range(count):
            c = await customer(org, credit_limit="100")
            await invoice(org, c, total=str(100 + i), issued=-40, due=-i)
    counts = []
    for m in (small, large):
        with count_queries(monkeypatch) as sent:
            page = await _page(gql, m, "OVERDUE_AMOUNT", True)
        assert len(page["nodes"]) in (2, 12)
        counts.append(len(sent))
    assert counts[0] == counts[1]
