"""Domain errors: raised by services, turned into `errors: [{field, code, message}]` by the API."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class FieldError:
    code: Enum
    message: str
    field: str | None = None


class DomainError(Exception):
    """One or more field-level errors; the transaction that raised it is rolled back."""

    def __init__(self, *errors: FieldError) -> None:
        if not errors:
            raise ValueError("DomainError needs at least one error")
        self.errors = errors
        super().__init__("; ".join(f"{e.field or '-'}: {e.code.value}: {e.message}" for e in errors))

    @classmethod
    def single(cls, code: Enum, message: str, field: str | None = None) -> "DomainError":
        return cls(FieldError(code=code, message=message, field=field))


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
