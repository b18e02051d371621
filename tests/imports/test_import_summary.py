"""Issue 10, messages: a finished import job's one-line summary is a code and parameters (the SPA
renders it in the reader's language), derived from the job's stored figures, never English text."""

from __future__ import annotations

from backend.imports.messages import SummaryCode, job_summary
from backend.imports.models import ImportState
from backend.kit.errors import MessageParam, ParamKind


def _summary(state: ImportState, *, imported: int = 0, skipped: int = 0, errors: int = 0, sample: list | None = None):  # type: ignore[no-untyped-def, type-arg]
    return job_summary(state, imported=imported, skipped=skipped, error_count=errors, error_sample=sample or [])


def test_a_finished_job_says_what_happened_in_a_code_with_its_figures():
    assert _summary(ImportState.VALIDATING) is None
    assert _summary(ImportState.SUCCEEDED, imported=12000) == (
        SummaryCode.IMPORTED, (MessageParam("count", ParamKind.NUMBER, "12000"), MessageParam("skipped", ParamKind.NUMBER, "0")),
    )
    # Statement lines seen before are skipped: the variant that says so.
    assert _summary(ImportState.SUCCEEDED, imported=3, skipped=2)[1][-1] == MessageParam("cause", ParamKind.TEXT, "skipped")
    row_error = {"row": 4, "column": "金额", "code": "INVALID_AMOUNT", "message": "Not a valid amount.", "params": []}
    assert _summary(ImportState.FAILED, errors=1500, sample=[row_error]) == (
        SummaryCode.ROWS_INVALID, (MessageParam("count", ParamKind.NUMBER, "1500"),),
    )
    header_error = {"row": 1, "column": "", "code": "MISSING_COLUMN", "message": "…", "params": []}
    assert _summary(ImportState.FAILED, errors=1, sample=[header_error]) == (SummaryCode.FILE_UNUSABLE, ())
    lost = {"row": 0, "column": "", "code": "WORKER_LOST", "message": "…", "params": [
        {"name": "attempts", "kind": "NUMBER", "value": "3", "currency": None},
    ]}
    assert _summary(ImportState.FAILED, errors=1, sample=[lost]) == (
        SummaryCode.WORKER_LOST, (MessageParam("attempts", ParamKind.NUMBER, "3"),),
    )
    assert _summary(ImportState.FAILED, errors=1, sample=[{**lost, "code": "INTERNAL_ERROR", "params": []}]) == (SummaryCode.INTERNAL_ERROR, ())
