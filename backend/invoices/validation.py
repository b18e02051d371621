"""Input checks shared by invoices, credit notes and payments; each failure is a field error with a code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from babel.numbers import list_currencies

from ..kit.errors import DomainError, FieldError
from ..kit.money import MAX_AMOUNT, to_decimal
from .errors import InvoiceErrorCode as Code

_CURRENCIES = frozenset(list_currencies())
MAX_RATE = Decimal("999.999999")


def raise_if(errors: Iterable[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


def decimal_places(value: Decimal) -> int:
    """Significant decimal places: 1.50 has one, 2.000 none."""
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def amount_error(value: object, field: str) -> FieldError | None:
    """A positive amount with at most two decimal places that fits NUMERIC(18,2)."""
    amount = to_decimal(value)
    if amount is None or amount <= 0 or amount > MAX_AMOUNT or decimal_places(amount) > 2:
        return FieldError(Code.INVALID_AMOUNT, "Enter an amount above zero with at most two decimals.", field)
    return None


def text_error(value: str, field: str, max_length: int, *, required: bool = True) -> FieldError | None:
    if required and not value.strip():
        return FieldError(Code.REQUIRED, "This field is required.", field)
    if len(value) > max_length:
        return FieldError(Code.TOO_LONG, f"At most {max_length} characters.", field)
    return None


def currency_error(code: str, field: str = "currency") -> FieldError | None:
    if code not in _CURRENCIES:
        return FieldError(Code.INVALID_CURRENCY, "Use an ISO 4217 currency code, e.g. CNY.", field)
    return None


def exchange_rate(
    currency: str, base_currency: str, given: Decimal | None, field: str = "exchangeRate"
) -> tuple[Decimal, FieldError | None]:
    """The rate to store on a document: 1 in the base currency, otherwise a positive rate is required."""
    if currency == base_currency:
        if given is not None and given != 1:
            return Decimal(1), FieldError(Code.INVALID_RATE, f"Documents in {base_currency} have the rate 1.", field)
        return Decimal(1), None
    if given is None:
        return Decimal(1), FieldError(
            Code.EXCHANGE_RATE_REQUIRED, f"Give the rate of {currency} in {base_currency}.", field
        )
    if given <= 0 or given > MAX_RATE or decimal_places(given) > 6:
        return Decimal(1), FieldError(Code.INVALID_RATE, "Enter a positive rate with at most six decimals.", field)
    return given, None


def currency_and_rate(
    currency: str, base_currency: str, given: Decimal | None
) -> tuple[Decimal, list[FieldError | None]]:
    """The document's rate and the errors of its currency and rate (the rate is only checked
    when the currency is valid)."""
    error = currency_error(currency)
    if error is not None:
        return Decimal(1), [error]
    rate, rate_error = exchange_rate(currency, base_currency, given)
    return rate, [rate_error]


def date_not_before(value: date, earliest: date | None, field: str, what: str) -> FieldError | None:
    if earliest is not None and value < earliest:
        return FieldError(Code.DATE_BEFORE_DOCUMENT, f"The date is before the {what} ({earliest}).", field)
    return None


def posting_date(
    given: date | None, today: date, field: str, *, not_before: Sequence[tuple[date | None, str]] = ()
) -> tuple[date, list[FieldError]]:
    """The date of a ledger posting (an invoice or credit note issued, a payment received, an
    allocation or payment reversed, a credit note applied, a write-off, a refund) and its errors.

    The one rule for every posting: dated `given`, else the organization's `today`; never after
    `today` (FUTURE_DATE: a future-dated row would change balances "as of" dates that have
    already been reported and let a later posting take the same money twice), and never before
    any document it changes, each given as (its date, what to call it) (DATE_BEFORE_DOCUMENT).
    The invoice-side amount checks of a dated reduction are `backend.invoices.ledger.dated_open_errors`."""
    on = given or today
    errors: list[FieldError] = []
    if on > today:
        errors.append(FieldError(Code.FUTURE_DATE, f"The date is after today ({today}).", field))
    errors.extend(e for earliest, what in not_before if (e := date_not_before(on, earliest, field, what)) is not None)
    return on, errors


def applications_errors(
    items: list[tuple[object, object]], field: str, max_items: int
) -> list[FieldError]:
    """Checks of an explicit list of (invoice id, amount) before anything is locked."""
    if not items:
        return [FieldError(Code.REQUIRED, "Name at least one invoice.", field)]
    if len(items) > max_items:
        return [FieldError(Code.TOO_MANY, f"At most {max_items} invoices at once.", field)]
    errors: list[FieldError] = []
    seen: set[object] = set()
    for i, (invoice_id, amount) in enumerate(items):
        if invoice_id is None:
            errors.append(FieldError(Code.NOT_FOUND, "No such invoice.", f"{field}.{i}.invoiceId"))
        elif invoice_id in seen:
            errors.append(FieldError(Code.DUPLICATE, "This invoice is named twice.", f"{field}.{i}.invoiceId"))
        seen.add(invoice_id)
        if (error := amount_error(amount, f"{field}.{i}.amount")) is not None:
            errors.append(error)
    return errors
