"""Totals and rounding: line amount and tax rounded to cents per line, half-up or bankers'."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backend.invoices import service as invoices
from backend.invoices.models import InvoiceLine
from backend.invoices.service import LineInput
from backend.kit.errors import DomainError
from backend.kit.money import Rounding
from tests.invoices.factories import create_customer, ledger_org


def lines() -> list[LineInput]:
    return [
        # 1 × 10.005 = 10.005 → half-up 10.01, bankers 10.00 (0 is even); tax 0
        LineInput("螺丝", Decimal("1"), Decimal("10.005"), Decimal("0")),
        # 3 × 0.5050 = 1.515 → half-up 1.52, bankers 1.52 (2 is even)
        LineInput("垫圈", Decimal("3"), Decimal("0.5050"), Decimal("0")),
        # 1 × 0.50 = 0.50; tax 0.50 × 0.13 = 0.065 → half-up 0.07, bankers 0.06
        LineInput("服务", Decimal("1"), Decimal("0.50"), Decimal("0.13")),
        # 2.5 × 4.01 = 10.025 → half-up 10.03, bankers 10.02; tax 10.03 × 0.06 = 0.6018 → 0.60 / 10.02 × 0.06 = 0.6012 → 0.60
        LineInput("运费", Decimal("2.5"), Decimal("4.01"), Decimal("0.06")),
    ]


@pytest.mark.parametrize(
    ("rounding", "amounts", "taxes", "subtotal", "tax_total", "total"),
    [
        # subtotal 10.01 + 1.52 + 0.50 + 10.03 = 22.06; tax 0.07 + 0.60 = 0.67; total 22.73
        (Rounding.HALF_UP, ["10.01", "1.52", "0.50", "10.03"], ["0.00", "0.00", "0.07", "0.60"], "22.06", "0.67", "22.73"),
        # subtotal 10.00 + 1.52 + 0.50 + 10.02 = 22.04; tax 0.06 + 0.60 = 0.66; total 22.70
        (Rounding.BANKERS, ["10.00", "1.52", "0.50", "10.02"], ["0.00", "0.00", "0.06", "0.60"], "22.04", "0.66", "22.70"),
    ],
)
async def test_totals_follow_the_organizations_rounding(db, rounding, amounts, taxes, subtotal, tax_total, total):
    org, actor = await ledger_org()
    if rounding is not Rounding.HALF_UP:
        await invoices.update_settings(actor, rounding=rounding)
    customer = await create_customer(org)
    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=lines())
    rows = await InvoiceLine.filter(invoice_id=draft.id).order_by("position")
    assert [str(r.amount) for r in rows] == amounts
    assert [str(r.tax_amount) for r in rows] == taxes
    assert (str(draft.subtotal), str(draft.tax_total), str(draft.total)) == (subtotal, tax_total, total)


async def test_default_rounding_is_half_up(db):
    org, actor = await ledger_org()
    assert (await invoices.get_settings(org.id)).rounding is Rounding.HALF_UP


async def test_bad_lines_are_field_errors_and_change_nothing(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    bad = [
        LineInput("", Decimal("0"), Decimal("1.00001"), Decimal("1.2")),
        LineInput("ok", Decimal("1"), Decimal("1"), Decimal("0")),
    ]
    with pytest.raises(DomainError) as caught:
        await invoices.create_draft(actor, customer_id=customer.id, currency="XXY", lines=bad)
    assert [(e.field, e.code.value) for e in caught.value.errors] == [
        ("currency", "INVALID_CURRENCY"),
        ("lines.0.description", "REQUIRED"),
        ("lines.0.quantity", "INVALID_QUANTITY"),
        ("lines.0.unitPrice", "INVALID_AMOUNT"),
        ("lines.0.taxRate", "INVALID_TAX_RATE"),
    ]
    assert await InvoiceLine.filter(organization_id=org.id).count() == 0


async def test_foreign_currency_needs_a_rate_and_base_currency_has_rate_one(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    line = [LineInput("货物", Decimal("1"), Decimal("10"), Decimal("0"))]
    with pytest.raises(DomainError) as caught:
        await invoices.create_draft(actor, customer_id=customer.id, currency="USD", lines=line)
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("exchangeRate", "EXCHANGE_RATE_REQUIRED")]
    with pytest.raises(DomainError) as caught:
        await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", exchange_rate=Decimal("7.1"), lines=line)
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("exchangeRate", "INVALID_RATE")]
    usd = await invoices.create_draft(actor, customer_id=customer.id, currency="USD", exchange_rate=Decimal("7.1234"), lines=line)
    assert usd.exchange_rate == Decimal("7.1234")
