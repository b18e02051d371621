"""Input checks shared by the account services; each failure is a field error with a code."""

from __future__ import annotations

import re

from babel.numbers import list_currencies

from ..kit.errors import FieldError
from ..kit.time import is_valid_timezone
from .errors import AccountErrorCode

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
_CURRENCIES = frozenset(list_currencies())
PASSWORD_MIN = 8
PASSWORD_MAX = 256


def normalize_email(email: str) -> str:
    return email.strip().lower()


def email_error(email: str, field: str = "email") -> FieldError | None:
    if len(email) > 254 or not _EMAIL.match(email):
        return FieldError(AccountErrorCode.INVALID_EMAIL, "Enter a valid email address.", field)
    return None


def password_error(password: str, field: str = "password") -> FieldError | None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX or len(set(password)) < 4:
        return FieldError(
            AccountErrorCode.WEAK_PASSWORD,
            f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters, not one repeated pattern.",
            field,
        )
    return None


def text_error(value: str, field: str, max_length: int, *, required: bool = True) -> FieldError | None:
    if required and not value.strip():
        return FieldError(AccountErrorCode.REQUIRED, "This field is required.", field)
    if len(value) > max_length:
        return FieldError(AccountErrorCode.TOO_LONG, f"At most {max_length} characters.", field)
    return None


def currency_error(code: str, field: str = "baseCurrency") -> FieldError | None:
    if code not in _CURRENCIES:
        return FieldError(AccountErrorCode.INVALID_CURRENCY, "Use an ISO 4217 currency code, e.g. CNY.", field)
    return None


def timezone_error(name: str, field: str = "timezone") -> FieldError | None:
    if not is_valid_timezone(name):
        return FieldError(AccountErrorCode.INVALID_TIMEZONE, "Use an IANA timezone, e.g. Asia/Shanghai.", field)
    return None
