from enum import Enum


class WebhookErrorCode(str, Enum):
    """Errors of the webhook-management mutations and of the task list."""

    NOT_FOUND = "NOT_FOUND"
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    ENDPOINT_EXISTS = "ENDPOINT_EXISTS"
    SECRET_KIND_NOT_FOR_PROVIDER = "SECRET_KIND_NOT_FOR_PROVIDER"
    INVALID_SECRET = "INVALID_SECRET"
    INVALID_GRACE = "INVALID_GRACE"
    KEY_ID_REQUIRED = "KEY_ID_REQUIRED"
    ALREADY_DONE = "ALREADY_DONE"


class RejectCode(str, Enum):
    """Why a delivery was refused (stored on the delivery; nothing is applied)."""

    UNKNOWN_ENDPOINT = "UNKNOWN_ENDPOINT"
    BODY_TOO_LARGE = "BODY_TOO_LARGE"
    NO_SECRET = "NO_SECRET"
    MISSING_SIGNATURE = "MISSING_SIGNATURE"
    WRONG_ALGORITHM = "WRONG_ALGORITHM"
    BAD_SIGNATURE = "BAD_SIGNATURE"
    STALE_TIMESTAMP = "STALE_TIMESTAMP"
    UNKNOWN_KEY = "UNKNOWN_KEY"
    DECRYPTION_FAILED = "DECRYPTION_FAILED"
    ACCOUNT_MISMATCH = "ACCOUNT_MISMATCH"
    MALFORMED = "MALFORMED"
    INVALID_VALUE = "INVALID_VALUE"  # a value that can never be stored: NUL, lone surrogate, out-of-range number or date


# Authentication failures answer 401; the rest say what is wrong with the request.
REJECT_STATUS = {
    RejectCode.UNKNOWN_ENDPOINT: 404,
    RejectCode.BODY_TOO_LARGE: 413,
    RejectCode.MALFORMED: 400,
    RejectCode.INVALID_VALUE: 400,
}


class Rejected(Exception):
    def __init__(self, code: RejectCode, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code.value}: {message}")

    @property
    def status_code(self) -> int:
        return REJECT_STATUS.get(self.code, 401)
