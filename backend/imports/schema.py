"""GraphQL: file imports (imports:run) and bank statement lines with matching suggestions (payments:manage)."""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal
from typing import Annotated

import strawberry

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.inputs import column_length, text_length
from ..api.pagination import Connection, paginate
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import models, service
from .errors import ImportErrorCode
from .types import (
    JOB_FIELDS,
    BankLineStateEnum,
    BankStatementLine,
    BankStatementLinePayload,
    ImportError,
    ImportErrorCodeEnum,
    ImportJob,
    ImportJobPayload,
    ImportKindEnum,
)


def _errors(exc: DomainError) -> list[ImportError]:
    return payload_errors(exc, ImportError, ImportErrorCode)


@strawberry.input
class ImportStartInput:
    kind: ImportKindEnum
    file_name: str = strawberry.field(description="Ends in .csv or .xlsx.")
    content_base64: str = strawberry.field(
        description="The file, base64-encoded (at most 30 MB before encoding).",
        metadata=text_length(service.MAX_FILE_BYTES * 4 // 3 + 4),
    )
    bank_account: str = strawberry.field(default="", description="Bank statements: the account the lines belong to.")


@strawberry.type
class ImportsQuery:
    @strawberry.field(description="One import job with its progress (needs imports:run).")
    async def import_job(self, info: strawberry.Info[Context], id: strawberry.ID) -> ImportJob | None:
        actor = info.context.org_actor().require(Permission.IMPORTS_RUN)
        job_id = parse_uuid(id)
        row = await models.ImportJob.filter(id=job_id, organization_id=actor.org_id).only(*JOB_FIELDS).first() if job_id else None
        return ImportJob.from_model(row) if row else None

    @strawberry.field(description="Import jobs, newest first (needs imports:run).")
    async def import_jobs(
        self,
        info: strawberry.Info[Context],
        kind: ImportKindEnum | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[ImportJob]:
        actor = info.context.org_actor().require(Permission.IMPORTS_RUN)
        query = models.ImportJob.filter(organization_id=actor.org_id)
        if kind:
            query = query.filter(kind=kind)
        return await paginate(
            query.only(*JOB_FIELDS), first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-created_at", "-id"), to_node=ImportJob.from_model,
        )

    @strawberry.field(description="Imported bank statement lines, newest first (needs payments:manage).")
    async def bank_statement_lines(
        self,
        info: strawberry.Info[Context],
        state: BankLineStateEnum | None = None,
        account: Annotated[str | None, strawberry.argument(metadata=column_length(models.BankStatementLine, "account"))] = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[BankStatementLine]:
        actor = info.context.org_actor().require(Permission.PAYMENTS_MANAGE)
        query = models.BankStatementLine.filter(organization_id=actor.org_id)
        if state:
            query = query.filter(state=state)
        if account:
            query = query.filter(account=account)
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-booked_on", "-id"), to_node=BankStatementLine.from_model,
        )


@strawberry.type
class ImportsMutation:
    @strawberry.mutation(description="Upload a file and start importing it in the background (job imports.run).")
    async def import_start(self, info: strawberry.Info[Context], input: ImportStartInput) -> ImportJobPayload:
        actor = info.context.org_actor()
        try:
            content = base64.b64decode(input.content_base64, validate=True)
        except (binascii.Error, ValueError):
            return ImportJobPayload(
                job=None,
                errors=[ImportError(field="contentBase64", code=ImportErrorCodeEnum.INVALID_FILE, message="This is not base64.")],
            )
        try:
            job = await service.start_import(
                actor, kind=input.kind, file_name=input.file_name, content=content, bank_account=input.bank_account
            )
        except DomainError as exc:
            return ImportJobPayload(job=None, errors=_errors(exc))
        return ImportJobPayload(job=ImportJob.from_model(job), errors=[])

    @strawberry.mutation(description="Record a bank line as a payment applied to the invoices given, in one step.")
    async def bank_line_confirm(
        self,
        info: strawberry.Info[Context],
        id: strawberry.ID,
        invoice_ids: list[strawberry.ID] | None = None,
        customer_id: strawberry.ID | None = None,
        exchange_rate: Decimal | None = None,
        confirm_inexact: Annotated[
            bool,
            strawberry.argument(description="The user saw that the payer's name or the amount differs and confirms anyway."),
        ] = False,
    ) -> BankStatementLinePayload:
        actor = info.context.org_actor()
        try:
            line = await service.confirm_bank_line(
                actor,
                parse_uuid(id),
                invoice_ids=[parse_uuid(i) for i in invoice_ids or []],
                customer_id=parse_uuid(customer_id) if customer_id else None,
                exchange_rate=exchange_rate,
                confirm_inexact=confirm_inexact,
            )
        except DomainError as exc:
            return BankStatementLinePayload(line=None, errors=_errors(exc))
        return BankStatementLinePayload(line=BankStatementLine.from_model(line), errors=[])

    @strawberry.mutation(description="Mark a bank line as not a customer payment (e.g. a transfer between own accounts).")
    async def bank_line_ignore(self, info: strawberry.Info[Context], id: strawberry.ID) -> BankStatementLinePayload:
        actor = info.context.org_actor()
        try:
            line = await service.ignore_bank_line(actor, parse_uuid(id))
        except DomainError as exc:
            return BankStatementLinePayload(line=None, errors=_errors(exc))
        return BankStatementLinePayload(line=BankStatementLine.from_model(line), errors=[])
