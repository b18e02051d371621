"""The figures of a statement of account, taken from the ledger (see docs/reconciliation.md).

Balance of a customer in a currency as of D (what the customer owes, net of what it has paid or been
credited that is not yet applied) = Σ open amounts of its invoices as of D (the ledger's Balances)
− Σ unapplied amounts of its payments and credit notes as of D.

Balance forward: opening balance (as of the day before the period) + Σ debits − Σ credits of the
period's documents = closing balance (as of the period's last day). Open items: every document still
open at the closing date (of any date up to it), with its open amount; they add up to the same
closing balance.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from ..invoices.aging import aging
from ..kit.money import ZERO, to_base
from . import repository
from .repository import LedgerItem


@dataclass(frozen=True)
class Line:
    item: LedgerItem
    balance: Decimal
    open_amount: Decimal | None

    @property
    def amount(self) -> Decimal:
        return self.item.debit - self.item.credit

    @property
    def base_amount(self) -> Decimal:
        return to_base(self.amount, self.item.exchange_rate)


@dataclass
class Snapshot:
    opening_balance: Decimal
    closing_balance: Decimal
    opening_balance_base: Decimal
    closing_balance_base: Decimal
    total_debits: Decimal
    total_credits: Decimal
    lines: list[Line] = field(default_factory=list)
    aging: dict = field(default_factory=dict)


def _net(items: list[LedgerItem]) -> tuple[Decimal, Decimal]:
    amount = sum((i.debit - i.credit for i in items), ZERO)
    base = sum((to_base(i.debit - i.credit, i.exchange_rate) for i in items), ZERO)
    return amount, base


async def open_position(
    organization_id: uuid.UUID, customer_id: uuid.UUID, currency: str, as_of: date, timezone: str
) -> list[LedgerItem]:
    """What is open between the organization and the customer in `currency` as of `as_of`:
    invoices (debits of their open amounts), unapplied payments and credit notes (credits), by date."""
    items = await repository.invoice_open_items(organization_id, customer_id, currency, as_of)
    items += await repository.unapplied_items(organization_id, customer_id, currency, as_of, timezone)
    return sorted(items, key=lambda i: (i.document_date, i.credit > 0, i.document_number, str(i.document_id)))


SNAPSHOT_TRIES = 3


class LedgerMoved(Exception):
    """The ledger changed while the figures were read (each read sees the latest commits), so
    opening + movements did not come to the closing balance, however often it was tried."""


async def take(
    organization_id: uuid.UUID,
    customer_id: uuid.UUID,
    currency: str,
    start: date,
    end: date,
    timezone: str,
    *,
    open_items_only: bool,
) -> Snapshot:
    """The statement's figures; read again when a posting committed between the reads made them
    disagree (a balance-forward statement always adds up: opening + debits − credits = closing)."""
    for _ in range(SNAPSHOT_TRIES):
        taken = await _take(organization_id, customer_id, currency, start, end, timezone, open_items_only=open_items_only)
        if open_items_only or taken.opening_balance + taken.total_debits - taken.total_credits == taken.closing_balance:
            return taken
    raise LedgerMoved


async def _take(
    organization_id: uuid.UUID,
    customer_id: uuid.UUID,
    currency: str,
    start: date,
    end: date,
    timezone: str,
    *,
    open_items_only: bool,
) -> Snapshot:
    opening_items = await open_position(organization_id, customer_id, currency, start - timedelta(days=1), timezone)
    closing_items = await open_position(organization_id, customer_id, currency, end, timezone)
    opening, opening_base = _net(opening_items)
    closing, closing_base = _net(closing_items)
    if open_items_only:
        documents, running = closing_items, ZERO
    else:
        documents, running = await repository.movements(organization_id, customer_id, currency, start, end, timezone), opening
    lines: list[Line] = []
    for item in documents:
        running += item.debit - item.credit
        lines.append(Line(item, running, (item.debit or item.credit) if open_items_only else None))
    report = await aging(organization_id, end, customer_id=customer_id)
    unapplied_base = -sum((to_base(i.debit - i.credit, i.exchange_rate) for i in closing_items if i.credit > 0), ZERO)
    return Snapshot(
        opening_balance=opening,
        closing_balance=closing,
        opening_balance_base=opening_base,
        closing_balance_base=closing_base,
        total_debits=sum((i.debit for i in documents), ZERO),
        total_credits=sum((i.credit for i in documents), ZERO),
        lines=lines,
        aging={
            "asOf": end.isoformat(),
            "basis": report.basis.value,
            "buckets": [
                {"label": b.label, "fromDays": b.from_days, "toDays": b.to_days, "amount": str(b.amount), "invoiceCount": b.invoice_count}
                for b in report.buckets
            ],
            "total": str(report.total),
            "unapplied": str(unapplied_base),
        },
    )
