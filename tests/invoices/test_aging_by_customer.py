"""Defect 6 of issue 10: the aging table by customer (customers × buckets with totals), keyset
paged, drilling down to a customer's invoices; an installment invoice counts once in the totals
and in each bucket it has an open part in (the bucket's count says "invoices having a part here")."""

from __future__ import annotations

from decimal import Decimal

from backend.accounts.models import Membership, Role
from backend.invoices.models import InvoiceInstallment
from tests.credit.factories import customer, days, invoice, pay
from tests.credit.querycount import count_queries
from tests.fixtures.api import member

TABLE = """
query($first: Int, $after: String) {
  agingByCustomer(first: $first, after: $after) {
    totals { total invoiceCount customerCount buckets { label amount invoiceCount } }
    rows {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { total invoiceCount customer { code } buckets { label amount invoiceCount } }
    }
  }
}
"""
DRILL = """
query($c: ID!) { invoices(filter: {customerId: $c}, first: 50) { totalCount nodes { number openAmount } } }
"""
LABELS = ["current", "1-30", "31-60", "61-90", "91-180", "181-365", "over_365"]


def _amounts(buckets) -> dict[str, tuple[str, int]]:
    return {b["label"]: (b["amount"], b["invoiceCount"]) for b in buckets if b["amount"] != "0.00"}


async def _ledger(org):
    a1 = await customer(org, code="A-1")
    await invoice(org, a1, total="1000", issued=-40, due=-10)  # 1–30
    await invoice(org, a1, total="2000", issued=-75, due=-45)  # 31–60
    # 3,000 in three parts (due 70 days ago, 20 days ago, in 10 days); 500 paid fills the first part.
    parts = await invoice(org, a1, total="3000", issued=-100, due=10)
    for i, (due, amount) in enumerate(((-70, "1000"), (-20, "1000"), (10, "1000")), start=1):
        await InvoiceInstallment.create(organization=org, invoice=parts, sequence=i, due_date=days(due), amount=Decimal(amount))
    await pay(parts, "500", -5)
    a2 = await customer(org, code="A-2")
    await invoice(org, a2, total="100", issued=-130, due=-100, currency="USD", rate="7.1")  # 710.00 in 91–180
    a3 = await customer(org, code="A-3")
    await invoice(org, a3, total="5500", issued=-230, due=-200)  # 181–365, ties A-1's total
    a4 = await customer(org, code="A-4")
    await pay(await invoice(org, a4, total="800", issued=-30, due=-1), "800", -1)  # settled: not in the table
    return a1


async def test_the_table_by_customer_with_hand_computed_figures_and_pages(gql):
    m = await member(gql, Role.FINANCE)
    a1 = await _ledger(m.org)
    data = (await gql(TABLE, {"first": 10}, token=m.token, org=m.org.id))
    assert "errors" not in data, data
    table = data["data"]["agingByCustomer"]
    # current 1,000 (part 3); 1–30: 1,000 + 1,000 (part 2) from 2 invoices; 31–60: 2,000;
    # 61–90: 1,000 − 500 paid = 500. Total 5,500 from 3 invoices (the bucket counts add up to 5).
    rows = {n["customer"]["code"]: n for n in table["rows"]["nodes"]}
    assert set(rows) == {"A-1", "A-2", "A-3"}
    assert (rows["A-1"]["total"], rows["A-1"]["invoiceCount"]) == ("5500.00", 3)
    assert _amounts(rows["A-1"]["buckets"]) == {
        "current": ("1000.00", 1), "1-30": ("2000.00", 2), "31-60": ("2000.00", 1), "61-90": ("500.00", 1),
    }
    assert [b["label"] for b in rows["A-1"]["buckets"]] == LABELS
    assert _amounts(rows["A-2"]["buckets"]) == {"91-180": ("710.00", 1)}
    assert _amounts(rows["A-3"]["buckets"]) == {"181-365": ("5500.00", 1)}
    # Totals: 5,500 + 710 + 5,500 = 11,710 over 5 distinct invoices of 3 customers.
    totals = table["totals"]
    assert (totals["total"], totals["invoiceCount"], totals["customerCount"]) == ("11710.00", 5, 3)
    assert _amounts(totals["buckets"]) == {
        "current": ("1000.00", 1), "1-30": ("2000.00", 2), "31-60": ("2000.00", 1), "61-90": ("500.00", 1),
        "91-180": ("710.00", 1), "181-365": ("5500.00", 1),
    }
    assert sum(Decimal(b["amount"]) for b in totals["buckets"]) == Decimal(totals["total"])
    order = [n["customer"]["code"] for n in table["rows"]["nodes"]]
    assert sorted(order[:2]) == ["A-1", "A-3"] and order[2] == "A-2"
    assert table["rows"]["totalCount"] == 3

    walked, after = [], None
    while True:
        page = (await gql(TABLE, {"first": 1, "after": after}, token=m.token, org=m.org.id))["data"]["agingByCustomer"]["rows"]
        walked += [n["customer"]["code"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert walked == order

    drill = (await gql(DRILL, {"c": str(a1.id)}, token=m.token, org=m.org.id))["data"]["invoices"]
    assert drill["totalCount"] == 3
    assert sorted(n["openAmount"] for n in drill["nodes"]) == ["1000.00", "2000.00", "2500.00"]


async def test_a_collector_sees_only_their_customers_rows(gql):
    finance = await member(gql, Role.FINANCE)
    collector = await member(gql, Role.COLLECTOR, org=finance.org)
    await _ledger(finance.org)
    membership = await Membership.get(organization_id=finance.org.id, user_id=collector.user.id)
    mine = await customer(finance.org, code="MINE", collector=membership)
    await invoice(finance.org, mine, total="300", issued=-10, due=-5)
    table = (await gql(TABLE, {"first": 10}, token=collector.token, org=collector.org.id))["data"]["agingByCustomer"]
    assert [n["customer"]["code"] for n in table["rows"]["nodes"]] == ["MINE"]
    assert (table["totals"]["total"], table["totals"]["customerCount"]) == ("300.00", 1)


async def test_the_table_sends_as_many_queries_for_many_customers_as_for_few(gql, monkeypatch):
    small, large = await member(gql, Role.FINANCE), await member(gql, Role.FINANCE)
    for org, count in ((small.org, 2), (large.org, 12)):
        for i in range(count):
            c = await customer(org)
            await invoice(org, c, total=str(100 + i), issued=-40, due=-i * 10)
    counts = []
    for m in (small, large):
        with count_queries(monkeypatch) as sent:
            table = (await gql(TABLE, {"first": 50}, token=m.token, org=m.org.id))["data"]["agingByCustomer"]
        assert len(table["rows"]["nodes"]) in (2, 12)
        counts.append(len(sent))
    assert counts[0] == counts[1]
