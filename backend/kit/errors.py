"""Domain errors: raised by services, turned into `errors: [{field, code, message}]` by the API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field as dataclass_field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple


class Amount(NamedTuple):
    """A money parameter of a message: the reader's language formats it with its currency."""

    value: Decimal
    currency: str


class Percent(NamedTuple):
    """A percentage parameter, as a number of percent (8 for 8 %)."""

    value: Decimal


class ParamKind(str, Enum):
    TEXT = "TEXT"
    NUMBER = "NUMBER"
    AMOUNT = "AMOUNT"
    PERCENT = "PERCENT"
    DATE = "DATE"


@dataclass(frozen=True)
class MessageParam:
    """One parameter of a message rendered from a code: its plain value (decimals and dates as
    ISO strings) and what kind of value it is, so that the reader's language can format it."""

    name: str
    kind: ParamKind
    value: str
    currency: str | None = None


def message_params(params: Mapping[str, Any]) -> tuple[MessageParam, ...]:
    """Typed parameters from plain values: Amount, Percent, Decimal/int, date, anything else as text."""
    out = []
    for name, value in params.items():
        if isinstance(value, Amount):
            out.append(MessageParam(name, ParamKind.AMOUNT, str(value.value), value.currency))
        elif isinstance(value, Percent):
            out.append(MessageParam(name, ParamKind.PERCENT, str(value.value)))
        elif isinstance(value, (Decimal, int)) and not isinstance(value, bool):
            out.append(MessageParam(name, ParamKind.NUMBER, str(value)))
        elif isinstance(value, date):
            out.append(MessageParam(name, ParamKind.DATE, value.isoformat()))
        else:
            out.append(MessageParam(name, ParamKind.TEXT, str(value.value if isinstance(value, Enum) else value)))
    return tuple(out)


@dataclass(frozen=True)
class FieldError:
    """An error's code, its parameters (the reader's language renders the text from both) and an
    English message for logs and API clients without translations."""

    code: Enum
    message: str
    field: str | None = None
    params: tuple[MessageParam, ...] = dataclass_field(default=())


class DomainError(Exception):
    """One or more field-level errors; the transaction that raised it is rolled back."""

    def __init__(self, *errors: FieldError) -> None:
        if not errors:
            raise ValueError("DomainError needs at least one error")
        self.errors = errors
        super().__init__("; ".join(f"{e.field or '-'}: {e.code.value}: {e.message}" for e in errors))

    @classmethod
    def single(cls, code: Enum, message: str, field: str | None = None, params: Mapping[str, Any] | None = None) -> "DomainError":
        return cls(FieldError(code=code, message=message, field=field, params=message_params(params or {})))


class CommonErrorCode(str, Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    STALE_VERSION = "STALE_VERSION"


class AccessErrorCode(str, Enum):
    """Request-level refusals, reported as top-level GraphQL errors with `extensions.code`."""

    UNAUTHENTICATED = "UNAUTHENTICATED"
    INVALID_TOKEN = "INVALID_TOKEN"
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    API_KEY_INVALID = "API_KEY_INVALID"
    API_KEY_REVOKED = "API_KEY_REVOKED"
    READ_ONLY_API_KEY = "READ_ONLY_API_KEY"
    ORGANIZATION_REQUIRED = "ORGANIZATION_REQUIRED"
    ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND"
    NOT_A_MEMBER = "NOT_A_MEMBER"
    FORBIDDEN = "FORBIDDEN"
    PAGE_SIZE_EXCEEDED = "PAGE_SIZE_EXCEEDED"
    INVALID_CURSOR = "INVALID_CURSOR"


class AccessDenied(Exception):
    def __init__(self, code: AccessErrorCode, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)
