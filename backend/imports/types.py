"""GraphQL types of the imports domain, mapped explicitly from rows."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.dataloader import DataLoader

from ..api.context import Context
from ..api.errors import MessageParamType, WithParams
from . import models, service
from ..kit.messages import params_from_json
from .errors import ImportErrorCode, RowErrorCode
from .matching import Suggestion, suggest
from .messages import SummaryCode, job_summary

ImportKindEnum = strawberry.enum(models.ImportKind, name="ImportKind")
ImportStateEnum = strawberry.enum(models.ImportState, name="ImportState")
FileFormatEnum = strawberry.enum(models.FileFormat, name="ImportFileFormat")
BankLineStateEnum = strawberry.enum(models.BankLineState, name="BankLineState")
ImportErrorCodeEnum = strawberry.enum(ImportErrorCode, name="ImportErrorCode")
RowErrorCodeEnum = strawberry.enum(RowErrorCode, name="ImportRowErrorCode")


@strawberry.enum
class MatchReason(Enum):
    REFERENCE = "REFERENCE"
    AMOUNT = "AMOUNT"
    PAYER_NAME = "PAYER_NAME"


@strawberry.type
class ImportError(WithParams):
    field: str | None
    code: ImportErrorCodeEnum
    message: str


@strawberry.type
class ImportRowError(WithParams):
    row: int = strawberry.field(description="The row number as in the file (the header is row 1; 0: the whole file).")
    column: str
    code: RowErrorCodeEnum
    message: str

    @classmethod
    def from_sample(cls, sample: dict) -> "ImportRowError":
        params = [MessageParamType.from_param(p) for p in params_from_json(sample.get("params", []))]
        return cls(row=sample["row"], column=sample["column"], code=RowErrorCode(sample["code"]), message=sample["message"], params=params)


class ErrorReportByJobIdLoader(DataLoader[uuid.UUID, bytes | None]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[bytes | None]:
        rows = await models.ImportJob.filter(id__in=ids).values("id", "error_report")
        found = {row["id"]: row["error_report"] for row in rows}
        return [found.get(i) for i in ids]


SummaryCodeEnum = strawberry.enum(SummaryCode, name="ImportSummaryCode")


@strawberry.type
class ImportSummary:
    code: SummaryCodeEnum
    params: list[MessageParamType]

    @classmethod
    def of(cls, row: models.ImportJob) -> "ImportSummary | None":
        found = job_summary(
            row.state, imported=row.rows_imported, skipped=row.rows_skipped, error_count=row.error_count, error_sample=row.error_sample,
        )
        if found is None:
            return None
        code, params = found
        return cls(code=code, params=[MessageParamType.from_param(p) for p in params])


# The columns a job list reads: never the file itself.
JOB_FIELDS = (
    "id", "kind", "file_name", "file_format", "bank_account", "state", "rows_total", "rows_validated", "rows_imported",
    "rows_skipped", "error_count", "error_sample", "message", "created_at", "started_at", "finished_at",
)


@strawberry.type
class ImportJob:
    id: strawberry.ID
    kind: ImportKindEnum
    file_name: str
    file_format: FileFormatEnum
    bank_account: str
    state: ImportStateEnum
    rows_total: int
    rows_validated: int
    rows_imported: int
    rows_skipped: int = strawberry.field(description="Statement lines already imported before, or outgoing amounts.")
    error_count: int
    message: str = strawberry.field(deprecation_reason="English text; render `summary` in the reader's language.")
    summary: ImportSummary | None = strawberry.field(description="The finished job in one line, as a code and parameters; null while it runs.")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    row_errors: list[ImportRowError] = strawberry.field(description="The first 100 row errors.")
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The whole error report as CSV (row, column, code, message).")
    async def error_report_csv(self, info: strawberry.Info[Context]) -> str | None:
        report = await info.context.loader("ErrorReportByJobIdLoader", ErrorReportByJobIdLoader).load(self.row_id)
        return None if report is None else bytes(report).decode("utf-8-sig")

    @strawberry.field(description="A download link to the error report, valid 15 minutes without signing in.")
    def error_report_url(self, info: strawberry.Info[Context]) -> str | None:
        if self.error_count == 0:
            return None
        settings = info.context.settings
        return settings.public_url.rstrip("/") + service.error_report_path(settings, self.row_id)

    @classmethod
    def from_model(cls, row: models.ImportJob) -> "ImportJob":
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=row.kind,
            file_name=row.file_name,
            file_format=row.file_format,
            bank_account=row.bank_account,
            state=row.state,
            rows_total=row.rows_total,
            rows_validated=row.rows_validated,
            rows_imported=row.rows_imported,
            rows_skipped=row.rows_skipped,
            error_count=row.error_count,
            message=row.message,
            summary=ImportSummary.of(row),
            created_at=row.created_at,
            started_at=row.started_at,
            finished_at=row.finished_at,
            row_errors=[ImportRowError.from_sample(e) for e in row.error_sample],
            row_id=row.id,
        )


@strawberry.type
class MatchSuggestion:
    invoice_id: strawberry.ID
    invoice_number: str
    customer_id: strawberry.ID
    customer_name: str
    currency: str
    open_amount: Decimal
    due_date: date | None
    score: int = strawberry.field(description="0-120: reference 60, amount 30, payer name up to 30.")
    confidence: int = strawberry.field(description="The score as a percentage of the best possible (120).")
    reasons: list[MatchReason]
    name_similarity: int = strawberry.field(description="How like the customer's name the payer's is, 0-100 (below 50 counts as 0).")
    exact: bool = strawberry.field(
        description="The payer's name is the customer's and the amount is the open amount: can be confirmed without confirmInexact."
    )

    @classmethod
    def from_suggestion(cls, s: Suggestion) -> "MatchSuggestion":
        return cls(
            invoice_id=strawberry.ID(str(s.invoice_id)),
            invoice_number=s.invoice_number,
            customer_id=strawberry.ID(str(s.customer_id)),
            customer_name=s.customer_name,
            currency=s.currency,
            open_amount=s.open_amount,
            due_date=s.due_date,
            score=s.score,
            confidence=s.confidence,
            reasons=[MatchReason(r) for r in s.reasons],
            name_similarity=round(s.name_similarity * 100),
            exact=s.exact,
        )


class SuggestionsByLineLoader(DataLoader[models.BankStatementLine, list[Suggestion]]):
    """All lines of a page in one batch: two queries whatever the page size."""

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load, cache_key_fn=lambda line: line.id)

    async def _load(self, lines: list[models.BankStatementLine]) -> list[list[Suggestion]]:
        found = await suggest(self.organization_id, lines)
        return [found.get(line.id, []) for line in lines]


@strawberry.type
class BankStatementLine:
    id: strawberry.ID
    account: str
    transaction_id: str
    booked_on: date
    amount: Decimal
    currency: str
    payer_name: str
    reference: str
    state: BankLineStateEnum
    payment_id: strawberry.ID | None
    import_job_id: strawberry.ID | None
    row: strawberry.Private[models.BankStatementLine]

    @strawberry.field(description="Open invoices this line may pay, best first (open lines only).")
    async def suggestions(self, info: strawberry.Info[Context]) -> list[MatchSuggestion]:
        if self.row.state is not models.BankLineState.OPEN:
            return []
        org_id = self.row.organization_id
        loader = info.context.loader(f"SuggestionsByLineLoader:{org_id}", lambda: SuggestionsByLineLoader(org_id))
        return [MatchSuggestion.from_suggestion(s) for s in await loader.load(self.row)]

    @classmethod
    def from_model(cls, row: models.BankStatementLine) -> "BankStatementLine":
        return cls(
            id=strawberry.ID(str(row.id)),
            account=row.account,
            transaction_id=row.transaction_id,
            booked_on=row.booked_on,
            amount=row.amount,
            currency=row.currency,
            payer_name=row.payer_name,
            reference=row.reference,
            state=row.state,
            payment_id=strawberry.ID(str(row.payment_id)) if row.payment_id else None,
            import_job_id=strawberry.ID(str(row.import_job_id)) if row.import_job_id else None,
            row=row,
        )


@strawberry.type
class ImportJobPayload:
    job: ImportJob | None
    errors: list[ImportError]


@strawberry.type
class BankStatementLinePayload:
    line: BankStatementLine | None
    errors: list[ImportError]
