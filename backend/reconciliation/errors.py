"""Error codes of reconciliation (statements of account, links, discrepancies)."""

from enum import Enum


class ReconciliationErrorCode(str, Enum):
    NOT_FOUND = "NOT_FOUND"
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    TOO_LONG = "TOO_LONG"
    INVALID_PERIOD = "INVALID_PERIOD"
    INVALID_CURRENCY = "INVALID_CURRENCY"
    INVALID_STATE = "INVALID_STATE"
    NO_BILLING_CONTACT = "NO_BILLING_CONTACT"
    OPEN_DISCREPANCIES = "OPEN_DISCREPANCIES"
    NOT_A_MEMBER = "NOT_A_MEMBER"
    LEDGER_MOVED = "LEDGER_MOVED"


class PublicErrorCode(str, Enum):
    """What the customer's page is told when it cannot do what it asked."""

    LINK_INVALID = "LINK_INVALID"  # unknown, tampered, revoked or expired: nothing more is revealed
    ALREADY_ANSWERED = "ALREADY_ANSWERED"
    LINE_NOT_ON_STATEMENT = "LINE_NOT_ON_STATEMENT"
    INVALID_REASON = "INVALID_REASON"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    INVALID_TEXT = "INVALID_TEXT"
    NO_LINES = "NO_LINES"
    TOO_MANY_LINES = "TOO_MANY_LINES"
    DUPLICATE_LINE = "DUPLICATE_LINE"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"
    BODY_TOO_LARGE = "BODY_TOO_LARGE"
    INVALID_BODY = "INVALID_BODY"
