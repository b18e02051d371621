"""Matching suggestions for bank statement lines: open invoices whose number appears in the line's
reference, whose open amount equals the line's amount, or whose customer's name is like the payer's.

Score (0-120): +60 the reference contains the invoice number, +30 the open amount equals the line's
amount (same currency), +30 × name similarity when the payer's name is at least 50 % like the
customer's (Dice coefficient of character bigrams after dropping 有限公司-style suffixes; one name
containing the other counts as 90 %). Ties go to the oldest due date. Everything for a batch of lines
takes two queries.

A match is *exact* when the payer's name is the customer's (legal or short name, after dropping the
suffixes) and the line's amount is the open amount it pays: only such a match may be posted without
the user confirming the differences (`is_exact`, checked again when a line is confirmed).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tortoise import connections

from .models import BankStatementLine

REFERENCE_POINTS = 60
AMOUNT_POINTS = 30
NAME_POINTS = 30
NAME_THRESHOLD = 0.5
MAX_SCORE = REFERENCE_POINTS + AMOUNT_POINTS + NAME_POINTS
MAX_SUGGESTIONS = 5
MAX_CANDIDATES = 5000

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_/.\-]{2,39}")
_SUFFIXES = re.compile(r"(股份有限公司|有限责任公司|有限公司|分公司|公司|集团|co\.?,? ?ltd\.?|limited|inc\.?|corp\.?)")
_NOISE = re.compile(r"[\s()（）\[\]【】,，.。·\-_/&]+")


@dataclass(frozen=True)
class Suggestion:
    invoice_id: uuid.UUID
    invoice_number: str
    customer_id: uuid.UUID
    customer_name: str
    currency: str
    open_amount: Decimal
    due_date: date | None
    score: int
    reasons: tuple[str, ...]
    name_similarity: float
    exact: bool

    @property
    def confidence(self) -> int:
        """The score as a percentage of the best possible, rounded half up."""
        return (self.score * 200 + MAX_SCORE) // (2 * MAX_SCORE)


def normalize_name(name: str) -> str:
    text = _NOISE.sub("", name.lower())
    text = re.sub(r"^(中国|china)", "", text) if len(text) > 6 else text
    return _SUFFIXES.sub("", text)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def name_similarity(a: str, b: str) -> float:
    x, y = normalize_name(a), normalize_name(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    dice = 2 * len(_bigrams(x) & _bigrams(y)) / (len(_bigrams(x)) + len(_bigrams(y)))
    if min(len(x), len(y)) >= 2 and (x in y or y in x):
        return max(dice, 0.9)
    return dice


def is_exact(payer_name: str, customer_names: Sequence[str], amount: Decimal, open_amount: Decimal) -> bool:
    """The payer is the customer (same name once suffixes are dropped) and pays exactly what is open."""
    payer = normalize_name(payer_name)
    return bool(payer) and amount == open_amount and any(payer == normalize_name(n) for n in customer_names if n)


def reference_tokens(reference: str) -> set[str]:
    return {t.rstrip(".-/") for t in _TOKEN.findall(reference)}


class _NameIndex:
    """Customers by the bigrams of their normalized names, to compare a payer only with the
    customers sharing at least one bigram with it."""

    def __init__(self, customers: Sequence[dict]) -> None:
        self.names: dict[uuid.UUID, list[str]] = {}
        self.by_bigram: dict[str, set[uuid.UUID]] = defaultdict(set)
        for row in customers:
            names = [n for n in (row["legal_name"], row["short_name"]) if n]
            self.names[row["id"]] = names
            for name in names:
                for gram in _bigrams(normalize_name(name)):
                    self.by_bigram[gram].add(row["id"])

    def similar(self, payer: str) -> dict[uuid.UUID, float]:
        normalized = normalize_name(payer)
        if not normalized:
            return {}
        candidates = set().union(*(self.by_bigram.get(g, set()) for g in _bigrams(normalized)))
        found = {}
        for customer_id in candidates:
            best = max(name_similarity(payer, name) for name in self.names[customer_id])
            if best >= NAME_THRESHOLD:
                found[customer_id] = best
        return found


_CUSTOMERS_SQL = "SELECT id, legal_name, short_name FROM customers WHERE organization_id = $1 AND status <> 'archived'"
_CANDIDATES_SQL = """
SELECT i.id, i.number, i.customer_id, c.legal_name AS customer_name, c.short_name AS customer_short_name, i.currency, i.due_date,
       i.total - i.allocated - i.credited - i.written_off AS open_amount
FROM invoices i JOIN customers c ON c.id = i.customer_id
WHERE i.organization_id = $1 AND i.status IN ('issued', 'partially_paid')
  AND (i.number = ANY($2::text[])
       OR i.total - i.allocated - i.credited - i.written_off = ANY($3::numeric[])
       OR i.customer_id = ANY($4::uuid[]))
ORDER BY i.due_date NULLS LAST, i.id
LIMIT $5
"""


async def suggest(organization_id: uuid.UUID, lines: Sequence[BankStatementLine]) -> dict[uuid.UUID, list[Suggestion]]:
    if not lines:
        return {}
    conn = connections.get("default")
    customers = await conn.execute_query_dict(_CUSTOMERS_SQL, [organization_id])
    index = _NameIndex(customers)
    tokens = {line.id: reference_tokens(line.reference) for line in lines}
    similar = {line.id: index.similar(line.payer_name) for line in lines}
    candidates = await conn.execute_query_dict(
        _CANDIDATES_SQL,
        [
            organization_id,
            sorted(set().union(*tokens.values())),
            sorted({line.amount for line in lines}),
            sorted({c for found in similar.values() for c in found}),
            MAX_CANDIDATES,
        ],
    )
    result: dict[uuid.UUID, list[Suggestion]] = {}
    for line in lines:
        scored = []
        for row in candidates:
            reasons = []
            score = 0.0
            if row["number"] in tokens[line.id]:
                reasons.append("REFERENCE")
                score += REFERENCE_POINTS
            if row["open_amount"] == line.amount and row["currency"] == line.currency:
                reasons.append("AMOUNT")
                score += AMOUNT_POINTS
            likeness = similar[line.id].get(row["customer_id"], 0.0)
            if likeness:
                reasons.append("PAYER_NAME")
                score += NAME_POINTS * likeness
            if reasons:
                scored.append(
                    Suggestion(
                        invoice_id=row["id"], invoice_number=row["number"], customer_id=row["customer_id"],
                        customer_name=row["customer_name"], currency=row["currency"], open_amount=row["open_amount"],
                        due_date=row["due_date"], score=round(score), reasons=tuple(reasons), name_similarity=likeness,
                        exact=row["currency"] == line.currency and is_exact(
                            line.payer_name, (row["customer_name"], row["customer_short_name"]), line.amount, row["open_amount"]
                        ),
                    )
                )
        scored.sort(key=lambda s: (-s.score, s.due_date or date.max, str(s.invoice_id)))
        result[line.id] = scored[:MAX_SUGGESTIONS]
    return result
