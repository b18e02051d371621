"""The error report's texts in the uploader's language: column headers and a template per row
error code (a `cause` parameter picks a variant, as in the SPA's `rowErrors` texts); a finished
job's one-line summary as a code and parameters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from ..kit.errors import MessageParam, message_params
from ..kit.messages import params_from_json
from .errors import RowErrorCode as Code
from .models import ImportState

HEADERS = {
    "zh-CN": ("行", "列", "错误代码", "说明"),
    "en": ("Row", "Column", "Error code", "Message"),
}

ROW_MESSAGES: dict[str, dict[str, str]] = {
    "zh-CN": {
        Code.UNREADABLE_FILE: "无法读取文件，请上传 .csv 或 .xlsx 文件。",
        Code.NO_ROWS: "文件只有表头，没有数据行。",
        Code.TOO_MANY_ROWS: "每个文件最多 {{max}} 行。",
        Code.MISSING_COLUMN: "缺少必填列「{{column}}」（{{english}}）。",
        Code.DUPLICATE_COLUMN: "有两列都表示「{{column}}」。",
        Code.REQUIRED: "此单元格必填。",
        Code.TOO_LONG: "最多 {{max}} 个字符。",
        Code.INVALID_TEXT: "含有无效字符。",
        Code.INVALID_CODE: "编码只能包含字母、数字和 - _ .",
        Code.INVALID_CREDIT_CODE: "统一社会信用代码无效（应为 18 位且校验位正确）。",
        Code.INVALID_TAX_NUMBER: "纳税人识别号无效。",
        Code.INVALID_DATE: "「{{value}}」不是日期（例如 2026-01-31）。",
        Code.INVALID_AMOUNT: "金额无效。",
        f"{Code.INVALID_AMOUNT.value}_format": "「{{value}}」不是金额（最多 {{decimals}} 位小数）。",
        f"{Code.INVALID_AMOUNT.value}_not_positive": "金额必须大于零。",
        f"{Code.INVALID_AMOUNT.value}_negative": "已付金额不能为负数。",
        Code.INVALID_CURRENCY: "币种「{{value}}」无效，请使用 ISO 4217 代码，如 CNY、USD。",
        Code.INVALID_EXCHANGE_RATE: "汇率无效。",
        f"{Code.INVALID_EXCHANGE_RATE.value}_base_currency": "本位币发票的汇率为 1。",
        f"{Code.INVALID_EXCHANGE_RATE.value}_missing": "{{currency}} 发票须填写对 {{baseCurrency}} 的汇率。",
        f"{Code.INVALID_EXCHANGE_RATE.value}_range": "汇率须大于 0 且小于 1000。",
        Code.DUE_BEFORE_ISSUE: "到期日早于开票日期。",
        Code.PAID_NOT_BELOW_TOTAL: "已全额付款的发票不是未结发票，请不要导入。",
        Code.PAID_BEFORE_ISSUE: "付款日期早于开票日期。",
        Code.DUPLICATE_IN_FILE: "「{{value}}」与第 {{firstRow}} 行重复。",
        Code.ALREADY_EXISTS: "「{{value}}」已存在。",
        f"{Code.ALREADY_EXISTS.value}_meanwhile": "导入期间有编码或发票号被他人创建，请重新导入。",
        Code.CUSTOMER_NOT_FOUND: "没有编码为 {{customer}} 的客户；填写客户名称即可新建。",
        Code.CUSTOMER_NAME_CONFLICT: "第 {{firstRow}} 行给客户 {{customer}} 填写了不同的名称。",
        Code.INVALID: "此值无效。",
        Code.INTERNAL_ERROR: "导入意外失败，未导入任何数据。",
        Code.WORKER_LOST: "导入中断了 {{attempts}} 次未能完成，未导入任何数据。",
    },
    "en": {
        Code.UNREADABLE_FILE: "The file cannot be read; upload a .csv or .xlsx file.",
        Code.NO_ROWS: "The file has a header but no rows.",
        Code.TOO_MANY_ROWS: "At most {{max}} rows per file.",
        Code.MISSING_COLUMN: "The column {{column}} ({{english}}) is required.",
        Code.DUPLICATE_COLUMN: "Two columns mean {{column}}.",
        Code.REQUIRED: "This cell is required.",
        Code.TOO_LONG: "At most {{max}} characters.",
        Code.INVALID_TEXT: "The cell holds an invalid character.",
        Code.INVALID_CODE: "A code holds only letters, digits and - _ .",
        Code.INVALID_CREDIT_CODE: "Not a valid unified social credit code (18 characters with a correct check character).",
        Code.INVALID_TAX_NUMBER: "Not a valid taxpayer number.",
        Code.INVALID_DATE: "“{{value}}” is not a date (for example 2026-01-31).",
        Code.INVALID_AMOUNT: "Not a valid amount.",
        f"{Code.INVALID_AMOUNT.value}_format": "“{{value}}” is not an amount with at most {{decimals}} decimals.",
        f"{Code.INVALID_AMOUNT.value}_not_positive": "The amount must be positive.",
        f"{Code.INVALID_AMOUNT.value}_negative": "The amount paid cannot be negative.",
        Code.INVALID_CURRENCY: "“{{value}}” is not a currency; use an ISO 4217 code such as CNY or USD.",
        Code.INVALID_EXCHANGE_RATE: "Not a valid exchange rate.",
        f"{Code.INVALID_EXCHANGE_RATE.value}_base_currency": "An invoice in the base currency has the rate 1.",
        f"{Code.INVALID_EXCHANGE_RATE.value}_missing": "Give the rate to {{baseCurrency}} for an invoice in {{currency}}.",
        f"{Code.INVALID_EXCHANGE_RATE.value}_range": "The rate must be positive and below 1000.",
        Code.DUE_BEFORE_ISSUE: "The due date is before the invoice date.",
        Code.PAID_NOT_BELOW_TOTAL: "A fully paid invoice is not open: leave it out of the import.",
        Code.PAID_BEFORE_ISSUE: "The payment date is before the invoice date.",
        Code.DUPLICATE_IN_FILE: "“{{value}}” is also on row {{firstRow}}.",
        Code.ALREADY_EXISTS: "“{{value}}” already exists.",
        f"{Code.ALREADY_EXISTS.value}_meanwhile": "A code or number in the file was created meanwhile; run the import again.",
        Code.CUSTOMER_NOT_FOUND: "No customer has the code {{customer}}; give its name to create it.",
        Code.CUSTOMER_NAME_CONFLICT: "Row {{firstRow}} gives customer {{customer}} another name.",
        Code.INVALID: "Not a valid value.",
        Code.INTERNAL_ERROR: "The import failed unexpectedly; nothing was imported.",
        Code.WORKER_LOST: "The import stopped {{attempts}} times without finishing; nothing was imported.",
    },
}


def row_template(code: Code, cause: str | None, language: str) -> str:
    texts = ROW_MESSAGES[language]
    return texts.get(f"{code.value}_{cause}") or texts[code]


class SummaryCode(str, Enum):
    """A finished import job's one-line summary, rendered by the SPA from the code and parameters."""

    IMPORTED = "IMPORTED"
    ROWS_INVALID = "ROWS_INVALID"
    FILE_UNUSABLE = "FILE_UNUSABLE"
    WORKER_LOST = "WORKER_LOST"
    INTERNAL_ERROR = "INTERNAL_ERROR"


# Errors about the file as a whole (what it holds is never checked row by row).
FILE_CODES = frozenset({Code.UNREADABLE_FILE, Code.NO_ROWS, Code.TOO_MANY_ROWS, Code.MISSING_COLUMN, Code.DUPLICATE_COLUMN})


def job_summary(
    state: ImportState, *, imported: int, skipped: int, error_count: int, error_sample: Sequence[Mapping[str, Any]]
) -> tuple[SummaryCode, tuple[MessageParam, ...]] | None:
    """The summary of a finished job from its stored figures (None while it runs). `count` is what
    the text counts (rows imported, problems found); `cause` picks the variant with skipped rows."""
    if state is ImportState.SUCCEEDED:
        figures = {"count": imported, "skipped": skipped, **({"cause": "skipped"} if skipped else {})}
        return SummaryCode.IMPORTED, message_params(figures)
    if state is not ImportState.FAILED:
        return None
    first = Code(error_sample[0]["code"]) if error_sample else Code.INTERNAL_ERROR
    if first is Code.WORKER_LOST:
        return SummaryCode.WORKER_LOST, params_from_json(error_sample[0].get("params") or ())
    if first is Code.INTERNAL_ERROR:
        return SummaryCode.INTERNAL_ERROR, ()
    if first in FILE_CODES:
        return SummaryCode.FILE_UNUSABLE, ()
    return SummaryCode.ROWS_INVALID, message_params({"count": error_count})
