"""Columns of each import kind (Chinese and English headers) and row-by-row validation.

Validation runs in two passes: `parse_*` checks each row on its own (pure, no database), then
`check_*` checks rows against each other and against what the organization already has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from babel.numbers import list_currencies

from ..customers import validation as customer_checks
from ..kit.clean import InputRejected, clean_text, parse_decimal
from ..kit.errors import FieldError, MessageParam, message_params
from ..kit.money import CENT, MAX_AMOUNT
from .errors import RowErrorCode as Code
from .models import ImportKind

CURRENCIES = frozenset(list_currencies())
RATE_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class Column:
    field: str
    aliases: tuple[str, ...]
    required: bool = False
    either: str | None = None  # another field that may stand in for a required one


COLUMNS: dict[ImportKind, tuple[Column, ...]] = {
    ImportKind.CUSTOMERS: (
        Column("code", ("客户编码", "客户代码", "客户编号", "customer code", "code"), True),
        Column("legal_name", ("客户名称", "客户全称", "公司名称", "名称", "customer name", "legal name", "name"), True),
        Column("credit_code", ("统一社会信用代码", "信用代码", "unified social credit code", "credit code")),
        Column("short_name", ("客户简称", "简称", "short name")),
        Column("tax_number", ("纳税人识别号", "税号", "tax number")),
        Column("industry", ("行业", "所属行业", "industry")),
        Column("address", ("地址", "注册地址", "address")),
        Column("region", ("地区", "区域", "region")),
    ),
    ImportKind.INVOICES: (
        Column("number", ("发票号码", "发票号", "单据编号", "单据号", "invoice number", "number"), True),
        Column("customer_code", ("客户编码", "客户代码", "客户编号", "customer code"), True),
        Column("customer_name", ("客户名称", "客户全称", "customer name")),
        Column("issue_date", ("开票日期", "发票日期", "单据日期", "invoice date", "issue date"), True),
        Column("due_date", ("到期日", "到期日期", "due date"), True),
        Column("total", ("金额", "发票金额", "价税合计", "amount", "total"), True),
        Column("currency", ("币种", "货币", "currency")),
        Column("exchange_rate", ("汇率", "exchange rate")),
        Column("paid", ("已收金额", "已回款金额", "已付金额", "paid", "paid amount")),
        Column("paid_on", ("收款日期", "回款日期", "paid on", "paid date")),
        Column("contract_ref", ("合同号", "合同编号", "contract", "contract number")),
        Column("notes", ("备注", "notes", "note")),
    ),
    ImportKind.BANK_STATEMENT: (
        Column("transaction_id", ("交易流水号", "流水号", "银行流水号", "交易号", "transaction id", "bank transaction id"), True),
        # A bank export may carry both dates: the booking date is the payment's date, else the transaction date.
        Column("booked_on", ("记账日期", "入账日期", "booking date"), True, either="transaction_date"),
        Column("transaction_date", ("交易日期", "交易时间", "日期", "date", "transaction date", "value date")),
        # One signed amount column, or separate 借方/贷方 (debit: money out, credit: money in).
        Column("amount", ("金额", "交易金额", "amount"), True, either="credit"),
        Column("credit", ("贷方金额", "贷方发生额", "贷方", "收入金额", "收入", "credit amount", "credit")),
        Column("debit", ("借方金额", "借方发生额", "借方", "支出金额", "支出", "debit amount", "debit")),
        Column("currency", ("币种", "货币", "currency")),
        Column("payer_name", ("付款人", "付款人名称", "对方户名", "对方账户名称", "payer", "payer name", "counterparty")),
        Column("reference", ("摘要", "附言", "用途", "备注", "reference", "memo", "remittance information")),
    ),
}


# The columns of each kind's template file, in order (the bank's: separate 贷方/借方 and both dates,
# as Chinese banks export them). Headers are the first Chinese name; required ones end in *.
TEMPLATE_FIELDS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CUSTOMERS: tuple(c.field for c in COLUMNS[ImportKind.CUSTOMERS]),
    ImportKind.INVOICES: tuple(c.field for c in COLUMNS[ImportKind.INVOICES]),
    ImportKind.BANK_STATEMENT: ("transaction_date", "booked_on", "transaction_id", "payer_name", "credit", "debit", "currency", "reference"),
}


def template_headers(kind: ImportKind) -> list[str]:
    columns = {c.field: c for c in COLUMNS[kind]}
    return [columns[f].aliases[0] + ("*" if columns[f].required and not columns[f].either else "") for f in TEMPLATE_FIELDS[kind]]


@dataclass(frozen=True)
class RowError:
    """A problem in the file: where, its code and parameters (the uploader's language renders the
    text from them) and an English message."""

    row: int
    column: str
    code: Code
    message: str
    params: tuple[MessageParam, ...] = ()


@dataclass
class Mapping:
    index: dict[str, int]
    names: dict[str, str]

    def value(self, values: Sequence[Any], field_name: str) -> Any:
        i = self.index.get(field_name)
        return values[i] if i is not None and i < len(values) else None

    def name(self, field_name: str) -> str:
        return self.names.get(field_name, field_name)


def _normalized(header: str) -> str:
    text = header.strip().lower().replace("（", "(").replace("）", ")")
    text = re.sub(r"\(.*?\)|[*＊:：]", "", text)
    return re.sub(r"[\s_]+", " ", text).strip()


def map_headers(kind: ImportKind, headers: Sequence[str], header_row: int) -> tuple[Mapping, list[RowError]]:
    """Which file column holds each field; unknown columns are ignored."""
    lookup = {_normalized(alias): column for column in COLUMNS[kind] for alias in column.aliases}
    mapping = Mapping(index={}, names={})
    errors: list[RowError] = []
    for i, header in enumerate(headers):
        column = lookup.get(_normalized(header))
        if column is None:
            continue
        if column.field in mapping.index:
            errors.append(RowError(header_row, header, Code.DUPLICATE_COLUMN, f"Two columns mean {column.aliases[0]}.",
                                   message_params({"column": column.aliases[0]})))
            continue
        mapping.index[column.field] = i
        mapping.names[column.field] = header
    for column in COLUMNS[kind]:
        if column.required and column.field not in mapping.index and column.either not in mapping.index:
            errors.append(
                RowError(header_row, column.aliases[0], Code.MISSING_COLUMN, f"The column {column.aliases[0]} ({column.aliases[-1]}) is required.",
                         message_params({"column": column.aliases[0], "english": column.aliases[-1]}))
            )
    return mapping, errors


# --- cell values ----------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")


def cell_date(value: Any) -> date | None:
    """None when blank; ValueError when not a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    text = text.split(" ")[0].split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


_AMOUNT_NOISE = re.compile(r"[,，\s¥￥$]|CNY|RMB|元")


def cell_amount(value: Any, places: Decimal = CENT) -> Decimal | None:
    """None when blank; ValueError when not an amount with at most the given decimals."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(value)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        # Excel keeps numbers as binary floats: 0.1 + 0.2 is 0.30000000000000004. Accept that noise.
        amount = Decimal(repr(value))
        if not amount.is_finite() or abs(amount) > MAX_AMOUNT:
            raise ValueError(value)
        rounded = amount.quantize(places)
        if abs(amount - rounded) < Decimal("0.0000001"):
            amount = rounded
    else:
        text = _AMOUNT_NOISE.sub("", str(value).strip().upper())
        if not text:
            return None
        negative = text.startswith("(") and text.endswith(")")
        # InputRejected is a ValueError: NaN, 1e1000000 and too many places end as a row error.
        amount = parse_decimal(text.strip("()"), places=-places.as_tuple().exponent)
        if negative:
            amount = -amount
    if not amount.is_finite() or abs(amount) > MAX_AMOUNT or amount != amount.quantize(places):
        raise ValueError(value)
    return amount.quantize(places)


# --- row parsing ----------------------------------------------------------------------------


@dataclass
class RowCheck:
    """Collects the errors of one row and reads its cells."""

    row: int
    values: Sequence[Any]
    mapping: Mapping
    errors: list[RowError] = field(default_factory=list)

    def fail(self, field_name: str, code: Code, message: str, params: dict[str, Any] | None = None) -> None:
        self.errors.append(RowError(self.row, self.mapping.name(field_name), code, message, message_params(params or {})))

    def text(self, field_name: str, max_length: int, *, required: bool = False) -> str:
        value = cell_text(self.mapping.value(self.values, field_name))
        if required and not value:
            self.fail(field_name, Code.REQUIRED, "This cell is required.")
        elif len(value) > max_length:
            self.fail(field_name, Code.TOO_LONG, f"At most {max_length} characters.", {"max": max_length})
        else:
            try:
                clean_text(value, max_length=None)
            except InputRejected as rejected:
                self.fail(field_name, Code.INVALID_TEXT, rejected.message)
                return ""
        return value

    def date(self, field_name: str, *, required: bool = False) -> date | None:
        raw = self.mapping.value(self.values, field_name)
        try:
            value = cell_date(raw)
        except ValueError:
            self.fail(field_name, Code.INVALID_DATE, f"{cell_text(raw)!r} is not a date (use 2026-01-31).", {"value": cell_text(raw)})
            return None
        if value is None and required:
            self.fail(field_name, Code.REQUIRED, "This cell is required.")
        return value

    def amount(self, field_name: str, *, required: bool = False, places: Decimal = CENT) -> Decimal | None:
        raw = self.mapping.value(self.values, field_name)
        try:
            value = cell_amount(raw, places)
        except ValueError:
            decimals = abs(places.as_tuple().exponent)
            self.fail(field_name, Code.INVALID_AMOUNT, f"{cell_text(raw)!r} is not an amount with at most {decimals} decimals.",
                      {"cause": "format", "value": cell_text(raw), "decimals": decimals})
            return None
        if value is None and required:
            self.fail(field_name, Code.REQUIRED, "This cell is required.")
        return value

    def currency(self, base_currency: str) -> str:
        value = self.text("currency", 3).upper() or base_currency
        if value not in CURRENCIES:
            self.fail("currency", Code.INVALID_CURRENCY, "Use an ISO 4217 code such as CNY or USD.", {"value": value})
        return value

    def field_error(self, error: FieldError | None, field_name: str) -> None:
        if error is not None:
            self.errors.append(RowError(self.row, self.mapping.name(field_name), Code(error.code.value), error.message, error.params))


@dataclass(frozen=True)
class Parsed:
    row: int
    data: dict[str, Any]


def parse_customer(check: RowCheck, base_currency: str) -> dict[str, Any]:
    code = check.text("code", 32, required=True)
    if code:
        check.field_error(customer_checks.customer_code(code), "code")
    credit_code = check.text("credit_code", 18).upper()
    if credit_code:
        check.field_error(customer_checks.credit_code(credit_code), "credit_code")
    tax_number = check.text("tax_number", 32).upper()
    check.field_error(customer_checks.tax_number(tax_number), "tax_number")
    return {
        "code": code,
        "legal_name": check.text("legal_name", 200, required=True),
        "credit_code": credit_code or None,
        "short_name": check.text("short_name", 100),
        "tax_number": tax_number,
        "industry": check.text("industry", 64),
        "address": check.text("address", 300),
        "region": check.text("region", 64),
    }


def parse_invoice(check: RowCheck, base_currency: str) -> dict[str, Any]:
    number = check.text("number", 40, required=True)
    customer_code = check.text("customer_code", 32, required=True)
    if customer_code:
        check.field_error(customer_checks.customer_code(customer_code), "customer_code")
    issue_date = check.date("issue_date", required=True)
    due_date = check.date("due_date", required=True)
    if issue_date and due_date and due_date < issue_date:
        check.fail("due_date", Code.DUE_BEFORE_ISSUE, "The due date is before the invoice date.")
    total = check.amount("total", required=True)
    if total is not None and total <= 0:
        check.fail("total", Code.INVALID_AMOUNT, "The amount must be positive.", {"cause": "not_positive"})
    currency = check.currency(base_currency)
    rate = check.amount("exchange_rate", places=RATE_PLACES)
    if currency == base_currency:
        rate = Decimal(1) if rate in (None, Decimal(1)) else rate
        if rate != 1:
            check.fail("exchange_rate", Code.INVALID_EXCHANGE_RATE, "An invoice in the base currency has the rate 1.", {"cause": "base_currency"})
    elif rate is None:
        check.fail("exchange_rate", Code.INVALID_EXCHANGE_RATE, f"Give the rate to {base_currency} for an invoice in {currency}.",
                   {"cause": "missing", "baseCurrency": base_currency, "currency": currency})
    elif rate <= 0 or rate >= 1000:
        check.fail("exchange_rate", Code.INVALID_EXCHANGE_RATE, "The rate must be positive and below 1000.", {"cause": "range"})
    paid = check.amount("paid") or Decimal("0.00")
    if paid < 0:
        check.fail("paid", Code.INVALID_AMOUNT, "The amount paid cannot be negative.", {"cause": "negative"})
    elif total is not None and total > 0 and paid >= total:
        check.fail("paid", Code.PAID_NOT_BELOW_TOTAL, "A fully paid invoice is not open: leave it out of the import.")
    paid_on = check.date("paid_on")
    if paid > 0 and paid_on is None:
        paid_on = issue_date
    if paid_on and issue_date and paid_on < issue_date:
        check.fail("paid_on", Code.PAID_BEFORE_ISSUE, "The payment date is before the invoice date.")
    return {
        "number": number,
        "customer_code": customer_code,
        "customer_name": check.text("customer_name", 200),
        "issue_date": issue_date,
        "due_date": due_date,
        "total": total,
        "currency": currency,
        "exchange_rate": rate,
        "paid": paid,
        "paid_on": paid_on if paid > 0 else None,
        "contract_ref": check.text("contract_ref", 64),
        "notes": check.text("notes", 2000),
    }


# Rows a bank export adds for totals: 合计, 本页合计, 小计, 总计, 累计, Total, Subtotal.
_SUMMARY = re.compile(r"^(本页|本月|本日)?(合计|小计|总计|累计)|^(sub)?total\b", re.IGNORECASE)


def is_summary_row(values: Sequence[Any]) -> bool:
    """A totals row of a bank export: its first filled cell says 合计/小计/… (not a transaction)."""
    first = next((cell_text(v) for v in values if cell_text(v)), "")
    return bool(_SUMMARY.match(first.replace(" ", "")))


def parse_bank_line(check: RowCheck, base_currency: str) -> dict[str, Any]:
    if is_summary_row(check.values):
        return {"summary": True, "transaction_id": None}
    date_field = "booked_on" if "booked_on" in check.mapping.index else "transaction_date"
    if "amount" in check.mapping.index:
        amount = check.amount("amount", required=True)
    else:
        credit, debit = check.amount("credit"), check.amount("debit")
        if credit is None and debit is None and not check.errors:
            check.fail("credit", Code.REQUIRED, "Give the amount in 贷方 (money in) or 借方 (money out).")
        # Money out (借方) is negative, and skipped like a negative amount.
        amount = (credit or Decimal("0.00")) - (debit or Decimal("0.00"))
    return {
        "summary": False,
        "transaction_id": check.text("transaction_id", 128, required=True),
        "booked_on": check.date(date_field, required=True),
        "amount": amount,
        "currency": check.currency(base_currency),
        "payer_name": check.text("payer_name", 200),
        "reference": check.text("reference", 300),
    }


PARSERS: dict[ImportKind, Callable[[RowCheck, str], dict[str, Any]]] = {
    ImportKind.CUSTOMERS: parse_customer,
    ImportKind.INVOICES: parse_invoice,
    ImportKind.BANK_STATEMENT: parse_bank_line,
}


def parse_rows(
    kind: ImportKind, mapping: Mapping, rows: Iterable[tuple[int, Sequence[Any]]], base_currency: str
) -> tuple[list[Parsed], list[RowError]]:
    parser = PARSERS[kind]
    parsed: list[Parsed] = []
    errors: list[RowError] = []
    for row, values in rows:
        check = RowCheck(row, values, mapping)
        data = parser(check, base_currency)
        if check.errors:
            errors.extend(check.errors)
        else:
            parsed.append(Parsed(row, data))
    return parsed, errors


# --- checks across rows and against the database --------------------------------------------


def duplicates(parsed: Sequence[Parsed], key: str, mapping: Mapping, what: str) -> list[RowError]:
    first: dict[Any, int] = {}
    errors: list[RowError] = []
    for item in parsed:
        value = item.data[key]
        if value is None:
            continue
        if value in first:
            errors.append(
                RowError(item.row, mapping.name(key), Code.DUPLICATE_IN_FILE, f"The same {what} is on row {first[value]}.",
                         message_params({"value": value, "firstRow": first[value]}))
            )
        else:
            first[value] = item.row
    return errors


def existing(parsed: Sequence[Parsed], key: str, taken: set[Any], mapping: Mapping, what: str) -> list[RowError]:
    return [
        RowError(item.row, mapping.name(key), Code.ALREADY_EXISTS, f"A {what} {item.data[key]} already exists.",
                 message_params({"value": item.data[key]}))
        for item in parsed
        if item.data[key] is not None and item.data[key] in taken
    ]


def check_invoice_customers(
    parsed: Sequence[Parsed], known: dict[str, Any], mapping: Mapping
) -> tuple[dict[str, str], list[RowError]]:
    """Customers named by code: known ones, or new ones when the row gives a name (the same on every
    row of that code). Returns the new customers (code → name) and the errors."""
    new: dict[str, tuple[str, int]] = {}
    errors: list[RowError] = []
    for item in parsed:
        code, name = item.data["customer_code"], item.data["customer_name"]
        if code in known:
            continue
        if not name:
            errors.append(
                RowError(item.row, mapping.name("customer_code"), Code.CUSTOMER_NOT_FOUND,
                         f"No customer has the code {code}; add its name in 客户名称 to create it.", message_params({"customer": code}))
            )
        elif code in new and new[code][0] != name:
            errors.append(
                RowError(item.row, mapping.name("customer_name"), Code.CUSTOMER_NAME_CONFLICT,
                         f"Row {new[code][1]} gives customer {code} another name.", message_params({"customer": code, "firstRow": new[code][1]}))
            )
        else:
            new.setdefault(code, (name, item.row))
    return {code: name for code, (name, _) in new.items()}, errors
