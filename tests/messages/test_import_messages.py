"""Import row errors carry their parameters; the error report is written in the uploader's language."""

from __future__ import annotations

import csv
import io

import pytest

from backend.accounts.models import Locale, User
from backend.imports.models import ImportKind, ImportState
from backend.imports.types import ImportRowError
from tests.imports.files import csv_bytes
from tests.imports.test_invoice_import import HEADER, run
from tests.invoices.factories import create_customer, ledger_org

ROWS = [
    HEADER,
    ["FP-1", "K001", "", "2025-11-01", "2025-10-03", "12.345", "CNY", ""],  # row 2: due before issue, 3 decimals
    ["FP-2", "K001", "", "2025-11-01", "2025-12-41", "100.00", "CNY", ""],  # row 3: not a date
]


def report_rows(job) -> list[list[str]]:
    return list(csv.reader(io.StringIO(bytes(job.error_report).decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "locale, expected",
    [
        (Locale.ZH_CN, [
            ["行", "列", "错误代码", "说明"],
            ["2", "到期日", "DUE_BEFORE_ISSUE", "到期日早于开票日期。"],
            ["2", "金额", "INVALID_AMOUNT", "「12.345」不是金额（最多 2 位小数）。"],
            ["3", "到期日", "INVALID_DATE", "「2025-12-41」不是日期（例如 2026-01-31）。"],
        ]),
        (Locale.EN, [
            ["Row", "Column", "Error code", "Message"],
            ["2", "到期日", "DUE_BEFORE_ISSUE", "The due date is before the invoice date."],
            ["2", "金额", "INVALID_AMOUNT", "“12.345” is not an amount with at most 2 decimals."],
            ["3", "到期日", "INVALID_DATE", "“2025-12-41” is not a date (for example 2026-01-31)."],
        ]),
    ],
)
async def test_error_report_is_in_the_uploaders_language(db, locale, expected):
    org, actor = await ledger_org()
    await User.filter(id=actor.user_id).update(locale=locale)
    await create_customer(org, code="K001")
    job = await run(actor, ImportKind.INVOICES, "bad.csv", csv_bytes(ROWS))
    assert job.state is ImportState.FAILED
    assert report_rows(job) == expected


async def test_row_errors_carry_their_parameters(db):
    org, actor = await ledger_org()
    await create_customer(org, code="K001")
    job = await run(actor, ImportKind.INVOICES, "bad.csv", csv_bytes(ROWS))
    errors = [ImportRowError.from_sample(e) for e in job.error_sample]
    assert [(e.code.value, {p.name: (p.kind.value, p.value) for p in e.params}) for e in errors] == [
        ("DUE_BEFORE_ISSUE", {}),
        ("INVALID_AMOUNT", {"cause": ("TEXT", "format"), "value": ("TEXT", "12.345"), "decimals": ("NUMBER", "2")}),
        ("INVALID_DATE", {"value": ("TEXT", "2025-12-41")}),
    ]
