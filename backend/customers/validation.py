"""Field checks of customers, contacts and attachments; each failure is a field error with a code."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import PurePosixPath

from ..kit.errors import FieldError
from ..kit.money import MAX_AMOUNT, to_decimal
from . import credit_code as uscc
from .errors import CustomerErrorCode as Code

CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
# 纳税人识别号: the 18-character credit code, or a legacy 15/17/20-character number.
TAX_NUMBER_RE = re.compile(r"^[0-9A-Z]{15}$|^[0-9A-Z]{17,18}$|^[0-9A-Z]{20}$")
WEBSITE_RE = re.compile(r"^(https?://)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$")
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()-]{5,30}$")
MAX_TAGS = 20
MAX_TAG_LENGTH = 32

# Attachments: documents and scans only, at most 20 MB each (the file itself goes to object storage).
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES: dict[str, frozenset[str]] = {
    "application/pdf": frozenset({".pdf"}),
    "image/jpeg": frozenset({".jpg", ".jpeg"}),
    "image/png": frozenset({".png"}),
    "image/webp": frozenset({".webp"}),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": frozenset({".docx"}),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": frozenset({".xlsx"}),
    "application/msword": frozenset({".doc"}),
    "application/vnd.ms-excel": frozenset({".xls"}),
    "application/zip": frozenset({".zip"}),
}
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def text(value: str, field: str, max_length: int, *, required: bool = False) -> FieldError | None:
    if required and not value.strip():
        return FieldError(Code.REQUIRED, "This field is required.", field)
    if len(value.strip()) > max_length:
        return FieldError(Code.TOO_LONG, f"At most {max_length} characters.", field)
    return None


def customer_code(value: str) -> FieldError | None:
    if not value.strip():
        return FieldError(Code.REQUIRED, "This field is required.", "code")
    if not CODE_RE.match(value.strip()):
        return FieldError(
            Code.INVALID_CODE, "Use 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.", "code"
        )
    return None


_CREDIT_CODE_MESSAGES = {
    uscc.CreditCodeProblem.LENGTH: "A unified social credit code has 18 characters.",
    uscc.CreditCodeProblem.CHARACTER: "Only digits and the letters A-H, J-N, P-R, T, U, W-Y are used (no I, O, Z, S, V).",
    uscc.CreditCodeProblem.AUTHORITY: "The first character is not a registration authority code.",
    uscc.CreditCodeProblem.CATEGORY: "The second character is not a category of that registration authority.",
    uscc.CreditCodeProblem.DIVISION: "Characters 3-8 must be a 6-digit administrative division code.",
    uscc.CreditCodeProblem.ORGANIZATION_CODE: "The organization code (characters 9-17) fails its GB 11714 check character.",
    uscc.CreditCodeProblem.CHECK_CHARACTER: "The check character (the 18th) does not match: a character is mistyped.",
}


def credit_code(value: str) -> FieldError | None:
    found = uscc.problem(value)
    if found is None:
        return None
    return FieldError(Code.INVALID_CREDIT_CODE, _CREDIT_CODE_MESSAGES[found], "creditCode")


def tax_number(value: str) -> FieldError | None:
    if value and not TAX_NUMBER_RE.match(value):
        return FieldError(Code.INVALID_TAX_NUMBER, "A taxpayer number has 15, 17, 18 or 20 digits and capital letters.", "taxNumber")
    return None


def website(value: str) -> FieldError | None:
    if value and (len(value) > 200 or not WEBSITE_RE.match(value)):
        return FieldError(Code.INVALID_WEBSITE, "Enter a web address such as https://www.example.cn.", "website")
    return None


def founded_on(value: date | None, today: date) -> FieldError | None:
    if value is not None and (value > today or value.year < 1800):
        return FieldError(Code.INVALID_DATE, "The founding date cannot be in the future.", "foundedOn")
    return None


def registered_capital(value: object) -> tuple[Decimal | None, FieldError | None]:
    if value is None:
        return None, None
    amount = to_decimal(value)
    if amount is None or amount < 0 or amount > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
        return None, FieldError(Code.INVALID_AMOUNT, "Enter a non-negative amount with at most 2 decimals.", "registeredCapital")
    return amount.quantize(Decimal("0.01")), None


def tags(values: list[str]) -> tuple[list[str], FieldError | None]:
    cleaned = sorted({v.strip() for v in values if v.strip()})
    if len(cleaned) > MAX_TAGS or any(len(v) > MAX_TAG_LENGTH for v in cleaned):
        return cleaned, FieldError(Code.INVALID_TAGS, f"At most {MAX_TAGS} tags of {MAX_TAG_LENGTH} characters.", "tags")
    return cleaned, None


def email(value: str, field: str = "email") -> FieldError | None:
    if value and (len(value) > 254 or not EMAIL_RE.match(value)):
        return FieldError(Code.INVALID_EMAIL, "Enter a valid email address.", field)
    return None


def phone(value: str, field: str = "phone") -> FieldError | None:
    if value and not PHONE_RE.match(value):
        return FieldError(Code.INVALID_PHONE, "Enter a phone number: digits, spaces, dashes, an optional leading +.", field)
    return None


def attachment(file_name: str, content_type: str, size_bytes: int, sha256: str) -> list[FieldError]:
    errors: list[FieldError] = []
    name_error = text(file_name, "fileName", 255, required=True)
    if name_error:
        errors.append(name_error)
    suffix = PurePosixPath(file_name.strip().lower()).suffix
    allowed = ALLOWED_TYPES.get(content_type.strip().lower())
    if allowed is None or suffix not in allowed:
        errors.append(
            FieldError(Code.FILE_TYPE_NOT_ALLOWED, "PDF, images (JPEG, PNG, WebP), Word, Excel or ZIP files only, named with their extension.", "contentType")
        )
    if size_bytes <= 0 or size_bytes > MAX_ATTACHMENT_BYTES:
        errors.append(FieldError(Code.FILE_TOO_LARGE, "A file must be between 1 byte and 20 MB.", "sizeBytes"))
    if sha256 and not SHA256_RE.match(sha256):
        errors.append(FieldError(Code.INVALID, "The SHA-256 digest is 64 lower-case hex characters.", "sha256"))
    return errors
