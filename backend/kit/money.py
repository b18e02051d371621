"""Money: Decimal only (never float), two decimal places, rounding chosen per organization."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import Enum

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# NUMERIC(18,2): the largest amount a column holds.
MAX_AMOUNT = Decimal("9999999999999999.99")


class Rounding(str, Enum):
    HALF_UP = "half_up"
    BANKERS = "bankers"


_MODES = {Rounding.HALF_UP: ROUND_HALF_UP, Rounding.BANKERS: ROUND_HALF_EVEN}


def quantize(amount: Decimal, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    return amount.quantize(CENT, rounding=_MODES[rounding])


def to_decimal(value: object) -> Decimal | None:
    """A finite Decimal within ±MAX_AMOUNT from client input (str, int or Decimal), or None when
    it is not one: `kit.clean.parse_decimal`, the one parser, for callers that report their own
    field error."""
    from .clean import InputRejected, parse_decimal  # clean builds on this module's MAX_AMOUNT

    try:
        return parse_decimal(value)
    except InputRejected:
        return None


def to_base(amount: Decimal, exchange_rate: Decimal) -> Decimal:
    """An amount in the organization's base currency, at the rate stored on its document."""
    return quantize(amount * exchange_rate)
