"""One home for cleaning untrusted input, shared by GraphQL, webhooks and imports.

Each function either returns a value PostgreSQL and the domain code can hold, or raises
`InputRejected` with a stable code. Callers translate the code into their own error shape (a
GraphQL error, a 400 JSON body, an import row error); they never re-check the same things.
The accepted ranges are written down once, in `docs/input-rules.md`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from enum import Enum

from .money import MAX_AMOUNT

# Business dates (issue, due, posting, as-of and period dates; a customer's founding date, which
# for an old state-owned enterprise lies well before 1970) live in this range; instants (system
# and provider timestamps) from the Unix epoch on.
MIN_BUSINESS_DATE = date(1900, 1, 1)
MAX_BUSINESS_DATE = date(2099, 12, 31)
MIN_INSTANT = datetime(1970, 1, 1, tzinfo=timezone.utc)
MAX_INSTANT = datetime(2100, 1, 1, tzinfo=timezone.utc)
# A string argument without a narrower limit of its own.
MAX_TEXT_LENGTH = 10_000
# The longest decimal text we parse at all (digits, sign, point, exponent).
MAX_DECIMAL_TEXT = 64
# NUMERIC(9,6): rates and percentages.
MAX_RATE = Decimal("999.999999")

_SURROGATE = re.compile("[\ud800-\udfff]")


class InputCode(str, Enum):
    INVALID_TEXT = "INVALID_TEXT"  # NUL byte or lone surrogate
    TOO_LONG = "TOO_LONG"
    INVALID_DECIMAL = "INVALID_DECIMAL"  # not a finite number
    OUT_OF_RANGE = "OUT_OF_RANGE"  # a number or date outside its accepted range
    TOO_MANY_DECIMAL_PLACES = "TOO_MANY_DECIMAL_PLACES"
    INVALID_DATE = "INVALID_DATE"
    TIMEZONE_REQUIRED = "TIMEZONE_REQUIRED"
    NULL_NOT_ALLOWED = "NULL_NOT_ALLOWED"  # null sent for a field that can only be left out


class InputRejected(ValueError):
    """Input that can never succeed: the same bytes will be refused on every retry."""

    def __init__(self, code: InputCode, message: str, **params: object) -> None:
        self.code = code
        self.message = message
        self.params = params
        super().__init__(message)


def clean_text(value: str, *, max_length: int | None = MAX_TEXT_LENGTH) -> str:
    """Refuse what PostgreSQL cannot store in text (NUL, lone surrogates) and over-long input."""
    if not isinstance(value, str):
        raise InputRejected(InputCode.INVALID_TEXT, "Expected a string.")
    if max_length is not None and len(value) > max_length:
        raise InputRejected(InputCode.TOO_LONG, f"At most {max_length} characters.", max_length=max_length)
    if "\x00" in value or _SURROGATE.search(value):
        raise InputRejected(InputCode.INVALID_TEXT, "Contains a NUL byte or an invalid character.")
    return value


def parse_decimal(
    value: object,
    *,
    max_abs: Decimal = MAX_AMOUNT,
    places: int | None = None,
    allow_float: bool = False,
) -> Decimal:
    """A finite Decimal within ±max_abs, with at most `places` decimal places.

    Accepts str, int and Decimal (and float when `allow_float`, via its shortest repr, for JSON
    numbers a provider documents as such). Never computes with an unbounded exponent.
    """
    if isinstance(value, bool):
        raise InputRejected(InputCode.INVALID_DECIMAL, "Expected a number.")
    if isinstance(value, float):
        if not allow_float:
            raise InputRejected(InputCode.INVALID_DECIMAL, "Expected a decimal string, not a float.")
        value = repr(value)
    if isinstance(value, int):
        if abs(value) > max_abs:
            raise InputRejected(InputCode.OUT_OF_RANGE, f"At most {max_abs} in absolute value.", max=str(max_abs))
        return Decimal(value)
    if isinstance(value, Decimal):
        text = None
        result = value
    elif isinstance(value, str):
        text = value.strip()
        if not text or len(text) > MAX_DECIMAL_TEXT:
            raise InputRejected(InputCode.INVALID_DECIMAL, "Not a number.")
        try:
            result = Decimal(text)
        except (InvalidOperation, ValueError):
            raise InputRejected(InputCode.INVALID_DECIMAL, "Not a number.") from None
    else:
        raise InputRejected(InputCode.INVALID_DECIMAL, "Expected a number.")
    if not result.is_finite():
        raise InputRejected(InputCode.INVALID_DECIMAL, "Not a finite number.")
    # Compare exponents before any arithmetic: 1e1000000 must not be quantized or multiplied.
    if result != 0 and result.adjusted() > len(str(int(max_abs))):
        raise InputRejected(InputCode.OUT_OF_RANGE, f"At most {max_abs} in absolute value.", max=str(max_abs))
    if abs(result) > max_abs:
        raise InputRejected(InputCode.OUT_OF_RANGE, f"At most {max_abs} in absolute value.", max=str(max_abs))
    exponent = result.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    if places is not None and exponent < -places and result != result.quantize(Decimal(1).scaleb(-places)):
        raise InputRejected(
            InputCode.TOO_MANY_DECIMAL_PLACES, f"At most {places} decimal places.", places=places
        )
    if exponent < -40:
        # Below any column's precision and expensive to carry around: a value like 1e-1000000.
        result = result.quantize(Decimal(1).scaleb(-40)) if result.adjusted() > -40 else Decimal(0)
    return result


def parse_amount(value: object, *, allow_float: bool = False) -> Decimal:
    """An amount for a NUMERIC(18,2) column: finite, within ±MAX_AMOUNT, at most two places."""
    return parse_decimal(value, max_abs=MAX_AMOUNT, places=2, allow_float=allow_float)


def parse_rate(value: object) -> Decimal:
    """A rate or percentage for a NUMERIC(9,6) column."""
    return parse_decimal(value, max_abs=MAX_RATE, places=6)


def check_business_date(value: date) -> date:
    """A business date inside the accepted range (see docs/input-rules.md)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InputRejected(InputCode.INVALID_DATE, "Expected a date (YYYY-MM-DD).")
    if not MIN_BUSINESS_DATE <= value <= MAX_BUSINESS_DATE:
        raise InputRejected(
            InputCode.OUT_OF_RANGE,
            f"Dates must be between {MIN_BUSINESS_DATE.isoformat()} and {MAX_BUSINESS_DATE.isoformat()}.",
            min=MIN_BUSINESS_DATE.isoformat(),
            max=MAX_BUSINESS_DATE.isoformat(),
        )
    return value


def check_instant(value: datetime) -> datetime:
    """An aware instant inside the accepted range, in UTC."""
    if not isinstance(value, datetime):
        raise InputRejected(InputCode.INVALID_DATE, "Expected a date and time with a timezone.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputRejected(InputCode.TIMEZONE_REQUIRED, "A date and time needs a timezone offset.")
    try:
        result = value.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        raise InputRejected(InputCode.OUT_OF_RANGE, "Date and time out of range.") from None
    if not MIN_INSTANT <= result < MAX_INSTANT:
        raise InputRejected(
            InputCode.OUT_OF_RANGE,
            f"Dates must be between {MIN_INSTANT.date().isoformat()} and {MAX_BUSINESS_DATE.isoformat()}.",
            min=MIN_INSTANT.date().isoformat(),
            max=MAX_BUSINESS_DATE.isoformat(),
        )
    return result


def instant_from_epoch(seconds: object) -> datetime:
    """A Unix timestamp (seconds, int or numeric string) as an aware UTC instant in range."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, str)):
        raise InputRejected(InputCode.INVALID_DATE, "Expected a Unix timestamp in seconds.")
    text = str(seconds).strip()
    if not re.fullmatch(r"-?[0-9]{1,12}", text):
        raise InputRejected(InputCode.OUT_OF_RANGE, "Timestamp out of range.")
    value = int(text)
    if not int(MIN_INSTANT.timestamp()) <= value < int(MAX_INSTANT.timestamp()):
        raise InputRejected(InputCode.OUT_OF_RANGE, "Timestamp out of range.")
    return datetime.fromtimestamp(value, tz=timezone.utc)
