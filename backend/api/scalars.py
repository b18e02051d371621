"""The GraphQL scalars that carry untrusted numbers and dates, cleaned by `kit/clean` as they are
parsed: a value the domain could never hold is refused before any resolver runs.

The names stay `Decimal`, `Date` and `DateTime` (the schema's clients see no change); the
schema replaces Strawberry's scalars of the same Python types with these (`scalar_overrides`).
Refusals raise `InputRejected`; `ErrorHandling` turns them into a top-level error whose
`extensions.code` is the `InputCode`. The rules are written down in docs/input-rules.md.
"""

from __future__ import annotations

from datetime import date, datetime
from operator import methodcaller
from decimal import Decimal
from typing import Any

from graphql import FloatValueNode, IntValueNode, StringValueNode, ValueNode
from strawberry.types.scalar import ScalarDefinition

from ..kit.clean import MAX_DECIMAL_TEXT, InputCode, InputRejected, check_business_date, check_instant, parse_decimal

# Longer than any ISO 8601 date or date-time we accept ("2024-01-31T23:59:59.999999+08:00" is 32).
_MAX_DATE_TEXT = 40


def _literal_text(node: ValueNode) -> str:
    """The characters of a number or string literal, never a float (1e1000000 stays exact)."""
    if isinstance(node, (IntValueNode, FloatValueNode, StringValueNode)):
        return node.value
    raise InputRejected(InputCode.INVALID_DECIMAL, "Expected a number or a decimal string.")


def parse_decimal_value(value: object) -> Decimal:
    """A finite decimal within ±MAX_AMOUNT; JSON numbers are read by their shortest text."""
    return parse_decimal(value, allow_float=True)


def _parse_decimal_literal(node: ValueNode, variables: dict[str, Any] | None = None) -> Decimal:
    text = _literal_text(node)
    if len(text) > MAX_DECIMAL_TEXT:
        raise InputRejected(InputCode.INVALID_DECIMAL, "Not a number.")
    return parse_decimal(text)


def _iso_text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InputRejected(InputCode.INVALID_DATE, f"Expected {what} as an ISO 8601 string.")
    if len(value) > _MAX_DATE_TEXT:
        raise InputRejected(InputCode.INVALID_DATE, f"Expected {what} as an ISO 8601 string.")
    return value.strip()


def parse_date_value(value: object) -> date:
    text = _iso_text(value, "a date (YYYY-MM-DD)")
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise InputRejected(InputCode.INVALID_DATE, "Expected a date (YYYY-MM-DD).") from None
    return check_business_date(parsed)


def parse_datetime_value(value: object) -> datetime:
    text = _iso_text(value, "a date and time with a timezone offset")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InputRejected(InputCode.INVALID_DATE, "Expected a date and time such as 2030-01-01T00:00:00+08:00.") from None
    return check_instant(parsed)


def _string_literal(parse: Any) -> Any:
    def parse_literal(node: ValueNode, variables: dict[str, Any] | None = None) -> Any:
        if not isinstance(node, StringValueNode):
            raise InputRejected(InputCode.INVALID_DATE, "Expected an ISO 8601 string.")
        return parse(node.value)

    return parse_literal


DECIMAL = ScalarDefinition(
    name="Decimal",
    description=(
        "A decimal number as a string (\"1234.50\"); integers and JSON numbers are accepted. Finite and at most "
        "9999999999999999.99 in absolute value; amounts take two decimal places, rates six (docs/input-rules.md)."
    ),
    specified_by_url=None,
    serialize=str,
    parse_value=parse_decimal_value,
    parse_literal=_parse_decimal_literal,
    origin=Decimal,
)

DATE = ScalarDefinition(
    name="Date",
    description="A calendar date, YYYY-MM-DD, from 1900-01-01 to 2099-12-31 (docs/input-rules.md).",
    specified_by_url=None,
    serialize=methodcaller("isoformat"),
    parse_value=parse_date_value,
    parse_literal=_string_literal(parse_date_value),
    origin=date,
)

DATETIME = ScalarDefinition(
    name="DateTime",
    description=(
        "An instant in ISO 8601 with a timezone offset (2030-01-01T00:00:00+08:00 or …Z), from 1970 to the end of "
        "2099 (docs/input-rules.md)."
    ),
    specified_by_url=None,
    serialize=methodcaller("isoformat"),
    parse_value=parse_datetime_value,
    parse_literal=_string_literal(parse_datetime_value),
    origin=datetime,
)

SCALAR_OVERRIDES: dict[object, Any] = {Decimal: DECIMAL, date: DATE, datetime: DATETIME}
