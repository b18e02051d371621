from __future__ import annotations

from enum import Enum


class ExportErrorCode(str, Enum):
    UNKNOWN_KIND = "UNKNOWN_KIND"
    UNKNOWN_FORMAT = "UNKNOWN_FORMAT"
    INVALID_FILTER = "INVALID_FILTER"


class ExportInputError(ValueError):
    """A filter parameter that can never succeed: answered as 400 with field, code and message."""

    def __init__(self, field: str, code: str, message: str) -> None:
        self.field = field
        self.code = code
        self.message = message
        super().__init__(message)
