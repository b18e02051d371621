"""Every KPI of March 2026 on a small ledger with several currencies, installments, a reversal, a
refund, a credit note and a write-off; each figure computed by hand below (base currency CNY).

Customer A
  I1  CNY 900.00 issued 02-01 in three parts of 300.00 due 02-15, 03-15, 04-15; P1 300.00 received
      03-10 and allocated to I1 (it pays the first part) → open 600.00: 03-15 part overdue, 04-15 current
  I4  CNY 500.00 issued 01-10 due 02-09; write-off 200.00 approved, dated 03-28 → open 300.00, overdue
  P3  CNY 250.00 received 03-15, never allocated, 100.00 refunded 03-18: neither AR nor cash collected
Customer B
  I2  USD 100.00 at 7.000000 = 700.00 issued 03-05 due 03-20; P2 USD 100.00 received 03-12 and
      allocated, then reversed 03-25 → open 700.00, overdue
  I3  EUR 200.00 at 7.500000 = 1,500.00 issued 03-01 due 04-30; credit note EUR 40.00 at 7.500000
      (300.00) applied 03-20 → open EUR 160.00 = 1,200.00, current

Beginning AR (02-28) = I1 900 + I4 500 = 1,400.00
Credit sales (March) = I2 700 + I3 1,500 = 2,200.00
Cash collected = P1 300 + P2 700 applied − P2 700 reversed = 300.00; write-offs 200.00
Ending AR (03-31) = 600 + 300 + 700 + 1,200 = 2,800.00 (= 1,400 + 2,200 − 300 − 200 − 300 credit note)
Ending current AR = I1's 04-15 part 300 + I3 1,200 = 1,500.00; overdue = 300 + 300 + 700 = 1,300.00
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from backend.accounts.actor import Actor
from backend.accounts.models import Organization, Role
from backend.customers.models import Customer
from backend.analytics import service
from backend.invoices import service as invoices
from backend.payments import service as payments
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received, staff


async def march_ledger() -> tuple[Organization, Actor, Customer, Customer]:
    """The ledger of the module's docstring: the organization, its owner, customers A and B."""
    org, owner = await ledger_org()
    approver = (await staff(org, Role.ADMIN)).actor
    a = await create_customer(org, code="A")
    b = await create_customer(org, code="B")
    i1 = await issued_invoice(owner, a, "900.00", issue_date=date(2026, 2, 1),
                              installments=[(date(2026, 2, 15), "300.00"), (date(2026, 3, 15), "300.00"),
                                            (date(2026, 4, 15), "300.00")])
    i4 = await issued_invoice(owner, a, "500.00", issue_date=date(2026, 1, 10), due_date=date(2026, 2, 9))
    i2 = await issued_invoice(owner, b, "100.00", issue_date=date(2026, 3, 5), due_date=date(2026, 3, 20),
                              currency="USD", exchange_rate=D("7.000000"))
    i3 = await issued_invoice(owner, b, "200.00", issue_date=date(2026, 3, 1), due_date=date(2026, 4, 30),
                              currency="EUR", exchange_rate=D("7.500000"))
    await received(owner, a, "300.00", received_on=date(2026, 3, 10), allocate=[(i1.id, D("300.00"))])
    p2 = await received(owner, b, "100.00", currency="USD", exchange_rate=D("7.000000"),
                        received_on=date(2026, 3, 12), allocate=[(i2.id, D("100.00"))])
    await payments.reverse_payment(owner, p2.id, reason="退票", reversed_on=date(2026, 3, 25))
    p3 = await received(owner, a, "250.00", received_on=date(2026, 3, 15))
    await payments.refund_payment(owner, p3.id, D("100.00"), refunded_on=date(2026, 3, 18), reason="多付")
    note = await invoices.create_credit_note(owner, customer_id=b.id, currency="EUR", amount=D("40.00"), reason="折让",
                                             issue_date=date(2026, 3, 20), exchange_rate=D("7.500000"))
    await invoices.apply_credit_note(owner, note.id, [(i3.id, D("40.00"))], applied_on=date(2026, 3, 20))
    write_off = await invoices.request_write_off(owner, i4.id, amount=D("200.00"), reason="无法收回")
    await invoices.approve_write_off(approver, write_off.id, written_off_on=date(2026, 3, 28))
    return org, owner, a, b


async def test_every_kpi_with_currencies_installments_reversal_refund_credit_note_and_write_off(db):
    _, owner, _, _ = await march_ledger()
    report = await service.kpi_report(owner, date(2026, 3, 1), date(2026, 3, 31))

    assert (report.beginning_ar, report.credit_sales, report.cash_collected, report.write_offs) == (
        D("1400.00"), D("2200.00"), D("300.00"), D("200.00"))
    assert (report.ending_ar, report.ending_current_ar, report.ending_overdue_ar) == (
        D("2800.00"), D("1500.00"), D("1300.00"))
    # Standard DSO = 2,800 / 2,200 × 31 = 39.4545… → 39.5; best possible = 1,500 / 2,200 × 31 = 21.136… → 21.1;
    # ADD = 1,300 / 2,200 × 31 = 18.318… → 18.3
    assert (report.standard_dso, report.best_possible_dso, report.average_days_delinquent) == (
        D("39.5"), D("21.1"), D("18.3"))
    # Countback: 2,800 − March 2,200 = 600 left (31 d); February sales 900: 600 / 900 × 28 = 18.666… → 49.7
    assert report.countback_dso == D("49.7")
    # CEI = (1,400 + 2,200 − 2,800) / (1,400 + 2,200 − 1,500) × 100 = 800 / 2,100 × 100 = 38.095… → 38.10
    assert report.cei == D("38.10")
    # Collection rate = 300 / (1,400 + 2,200) = 0.08333… → 0.0833
    assert report.collection_rate == D("0.0833")
    # Overdue ratio = 1,300 / 2,800 = 0.46428… → 0.4643; by count: I1, I4 and I2 of the 4 open = 0.7500
    assert (report.overdue_ratio, report.overdue_ratio_by_count) == (D("0.4643"), D("0.7500"))
    # Bad-debt ratio = 200 / 2,200 = 0.0909…
    assert report.bad_debt_ratio == D("0.0909")
    # Turnover = 2,200 / ((1,400 + 2,800) / 2) = 2,200 / 2,100 = 1.047619… → 1.0476;
    # turnover days = 31 × 2,100 / 2,200 = 29.590… → 29.6
    assert (report.ar_turnover, report.turnover_days) == (D("1.0476"), D("29.6"))
