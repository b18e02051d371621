"""Imports of customers, open invoices and bank statements from CSV/XLSX, and confirming bank lines.

A file is imported all or nothing: every row is validated first (progress visible on the job), the
errors go to a CSV report and nothing is written; a clean file is written in one transaction with
set-based inserts. See docs/imports.md.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any

import asyncpg
from tortoise import connections
from tortoise.exceptions import IntegrityError

from ..accounts.actor import Actor
from ..accounts.models import Locale, Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..config import Settings
from ..customers.models import Customer
from ..invoices.models import Invoice, InvoiceStatus
from ..kit import signing
from ..kit.clean import instant_from_epoch
from ..kit.errors import DomainError, FieldError, message_params
from ..kit.messages import params_to_json, render
from ..kit.time import utcnow
from ..kit.stats import analyze
from ..kit.uow import enqueue, unit_of_work
from ..payments import service as payments
from ..payments.models import PaymentMethod
from . import matching, repository
from . import validation as v
from .errors import ImportErrorCode as Code, RowErrorCode
from .messages import HEADERS, row_template
from .models import BankLineState, BankStatementLine, FileFormat, ImportJob, ImportKind, ImportState
from .reading import TooManyRows, UnreadableFile, read_table

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_ROWS = 200_000
CHUNK_ROWS = 5_000
ERROR_SAMPLE = 100
LEASE_SECONDS = 60
HEARTBEAT_SECONDS = 15
MAX_ATTEMPTS = 3
PENDING_RESEND_MINUTES = 10
REQUEUE_BATCH = 500
REPORT_LINK_SECONDS = 15 * 60
FORMATS = {".csv": FileFormat.CSV, ".xlsx": FileFormat.XLSX}


def _raise_if(errors: list[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


# --- starting a job -------------------------------------------------------------------------


async def start_import(
    actor: Actor, *, kind: ImportKind, file_name: str, content: bytes, bank_account: str = ""
) -> ImportJob:
    actor.require_write().require(Permission.IMPORTS_RUN)
    file_name = file_name.strip()
    bank_account = bank_account.strip()
    file_format = FORMATS.get(PurePosixPath(file_name.lower()).suffix)
    errors: list[FieldError | None] = []
    if not file_name:
        errors.append(FieldError(Code.REQUIRED, "Name the file.", "fileName"))
    elif len(file_name) > 255:
        errors.append(FieldError(Code.TOO_LONG, "At most 255 characters.", "fileName"))
    elif file_format is None:
        errors.append(FieldError(Code.UNSUPPORTED_FORMAT, "Import a .csv or .xlsx file.", "fileName"))
    if not content:
        errors.append(FieldError(Code.INVALID_FILE, "The file is empty.", "content"))
    elif len(content) > MAX_FILE_BYTES:
        errors.append(FieldError(Code.FILE_TOO_LARGE, f"At most {MAX_FILE_BYTES // (1024 * 1024)} MB.", "content"))
    if kind is ImportKind.BANK_STATEMENT and not bank_account:
        errors.append(FieldError(Code.REQUIRED, "Name the bank account the statement belongs to.", "bankAccount"))
    elif len(bank_account) > 64:
        errors.append(FieldError(Code.TOO_LONG, "At most 64 characters.", "bankAccount"))
    _raise_if(errors)
    assert file_format is not None
    from .tasks import run_import_job

    async with unit_of_work():
        job = await ImportJob.create(
            organization_id=actor.org_id,
            kind=kind,
            file_name=file_name,
            file_format=file_format,
            content=content,
            bank_account=bank_account if kind is ImportKind.BANK_STATEMENT else "",
            created_by_id=actor.user_id,
        )
        await audit.record(
            actor, "import.create", "import_job", job.id,
            after={"kind": kind.value, "file_name": file_name, "bytes": len(content), "bank_account": job.bank_account},
        )
        await enqueue(run_import_job, str(job.id))
    return job


# --- running a job --------------------------------------------------------------------------


_CLAIM_SQL = """
UPDATE import_jobs
SET state = 'validating', started_at = now(), rows_validated = 0, attempts = attempts + 1, lease_token = $2,
    heartbeat_at = now(), lease_expires_at = now() + make_interval(secs => $3)
WHERE id = $1 AND attempts < $4
  AND (state = 'pending' OR (state IN ('validating', 'importing') AND lease_expires_at < now()))
RETURNING id, attempts
"""

_RENEW_SQL = """
UPDATE import_jobs SET heartbeat_at = now(), lease_expires_at = now() + make_interval(secs => $3)
WHERE id = $1 AND lease_token = $2 AND state IN ('validating', 'importing')
RETURNING id
"""

_HOLD_SQL = "SELECT id FROM import_jobs WHERE id = $1 AND lease_token = $2 AND state = 'importing' FOR UPDATE"

# Jobs whose run was lost (lease past: the worker died or hung) and jobs whose message never came
# (pending past their resend time, first PENDING_RESEND_MINUTES after creation) go back to pending
# and are sent again; the resend time keeps a backed-up queue from getting a copy every minute.
_REQUEUE_SQL = """
WITH stale AS (
  SELECT id FROM import_jobs
  WHERE attempts < $3 AND (
    (state IN ('validating', 'importing') AND lease_expires_at < now())
    OR (state = 'pending' AND COALESCE(lease_expires_at, created_at + make_interval(mins => $1)) < now()))
  ORDER BY created_at LIMIT $2
  FOR UPDATE SKIP LOCKED
)
UPDATE import_jobs AS j SET state = 'pending', lease_token = NULL, lease_expires_at = now() + make_interval(mins => $1)
FROM stale WHERE j.id = stale.id
RETURNING j.id
"""

_GIVE_UP_SQL = """
SELECT id, organization_id, attempts FROM import_jobs
WHERE state IN ('validating', 'importing') AND lease_expires_at < now() AND attempts >= $1
LIMIT $2
FOR UPDATE SKIP LOCKED
"""


class LeaseLost(Exception):
    """Another run holds the job now (this one's lease expired and the job was claimed again)."""


@dataclass
class Lease:
    """The claim of one run on a job: every write of the run is conditional on its token."""

    job_id: uuid.UUID
    token: uuid.UUID
    lost: bool = False


async def _progress(lease: Lease, **values: Any) -> None:
    if not await ImportJob.filter(id=lease.job_id, lease_token=lease.token).update(**values):
        raise LeaseLost


async def _renew(lease: Lease) -> bool:
    """Extend the lease; False when the job is no longer this run's (finished, or claimed again)."""
    conn = connections.get("default")
    if await conn.execute_query_dict(_RENEW_SQL, [lease.job_id, lease.token, float(LEASE_SECONDS)]):
        return True
    return await ImportJob.filter(id=lease.job_id, lease_token=lease.token).exists()


async def _heartbeat(lease: Lease, work: asyncio.Future[None]) -> None:
    """Renew the lease while the run works; stop the run when the job was claimed by another one."""
    while not work.done():
        await asyncio.sleep(HEARTBEAT_SECONDS)
        try:
            ours = await _renew(lease)
        except Exception:
            log.exception("import %s: renewing the lease failed; trying again", lease.job_id)
            continue
        if not ours and not work.done():
            lease.lost = True
            work.cancel()
            return


def row_message(error: v.RowError, language: str) -> str:
    cause = next((p.value for p in error.params if p.name == "cause"), None)
    return render(row_template(error.code, cause, language), error.params, language)


def error_report(errors: Sequence[v.RowError], language: str) -> bytes:
    """The CSV report in the uploader's language: row, column, code, message (UTF-8 with BOM, so
    Excel shows the Chinese)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS[language])
    for e in sorted(errors, key=lambda e: (e.row, e.column)):
        writer.writerow([e.row, e.column, e.code.value, row_message(e, language)])
    return out.getvalue().encode("utf-8-sig")


def _sample(errors: Sequence[v.RowError]) -> list[dict[str, Any]]:
    return [{"row": e.row, "column": e.column, "code": e.code.value, "message": e.message, "params": params_to_json(e.params)}
            for e in errors[:ERROR_SAMPLE]]


async def uploader_language(job_id: uuid.UUID) -> str:
    """The language of the person who uploaded the file (the default language without one)."""
    locale = await ImportJob.filter(id=job_id).values_list("created_by__locale", flat=True)
    return locale[0] if locale and locale[0] else Locale.ZH_CN.value


async def _fail(job: ImportJob, lease: Lease, errors: Sequence[v.RowError], message: str) -> None:
    ordered = sorted(errors, key=lambda e: (e.row, e.column))
    async with unit_of_work():
        await _progress(
            lease,
            state=ImportState.FAILED,
            error_count=len(errors),
            error_sample=_sample(ordered),
            error_report=error_report(ordered, await uploader_language(job.id)),
            message=message,
            finished_at=utcnow(),
        )
        await audit.record(
            Actor.system(job.organization_id), "import.fail", "import_job", job.id,
            extra={"errors": len(errors), "message": message},
        )


async def run_import(job_id: uuid.UUID) -> None:
    """Validate every row, then import all rows in one transaction or none. Safe to run twice, and
    at the same time: a run claims the job with a lease it renews while it works, and writes only
    while it holds it; the rows are applied in one transaction that first locks the job under the
    run's lease, so they are applied at most once (see docs/imports.md, "Workers")."""
    lease = Lease(job_id, uuid.uuid4())
    claimed = await connections.get("default").execute_query_dict(
        _CLAIM_SQL, [job_id, lease.token, float(LEASE_SECONDS), MAX_ATTEMPTS]
    )
    if not claimed:
        return
    log.info("import %s: claimed, attempt %d", job_id, claimed[0]["attempts"])
    job = await ImportJob.get(id=job_id)
    work = asyncio.ensure_future(_guarded_run(job, lease))
    beat = asyncio.ensure_future(_heartbeat(lease, work))
    try:
        await work
    except asyncio.CancelledError:
        if not lease.lost:
            raise
        log.warning("import %s: the lease was lost to another run; this run stopped", job_id)
    finally:
        beat.cancel()


async def _guarded_run(job: ImportJob, lease: Lease) -> None:
    try:
        try:
            await _run(job, lease)
        except LeaseLost:
            raise
        except (IntegrityError, asyncpg.IntegrityConstraintViolationError) as exc:
            log.info("import %s lost a race: %s", job.id, exc)
            await _fail(
                job, lease,
                [v.RowError(0, "", RowErrorCode.ALREADY_EXISTS, "A code or number in the file was created meanwhile; run the import again.",
                            message_params({"cause": "meanwhile"}))],
                "Nothing was imported.",
            )
        except Exception:
            log.exception("import %s failed", job.id)
            await _fail(job, lease, [v.RowError(0, "", RowErrorCode.INTERNAL_ERROR, "The import failed unexpectedly.")], "Nothing was imported.")
    except LeaseLost:
        log.warning("import %s: the lease was lost to another run; this run stopped", job.id)


async def requeue_stale_imports() -> list[uuid.UUID]:
    """Send the jobs whose run was lost or whose message never came to the workers again, and fail
    the jobs lost MAX_ATTEMPTS times. Run every minute by the scheduler; safe with several
    schedulers (rows are taken with SKIP LOCKED). Returns the ids sent again."""
    from .tasks import run_import_job

    async with unit_of_work() as conn:
        for row in await conn.execute_query_dict(_GIVE_UP_SQL, [MAX_ATTEMPTS, REQUEUE_BATCH]):
            await _give_up(row["id"], row["organization_id"], row["attempts"])
        rows = await conn.execute_query_dict(_REQUEUE_SQL, [PENDING_RESEND_MINUTES, REQUEUE_BATCH, MAX_ATTEMPTS])
        sent = [row["id"] for row in rows]
        for job_id in sent:
            await enqueue(run_import_job, str(job_id))
    if sent:
        log.info("re-queued %d import job(s): %s", len(sent), ", ".join(map(str, sent)))
    return sent


async def _give_up(job_id: uuid.UUID, organization_id: uuid.UUID, attempts: int) -> None:
    message = f"The import stopped {attempts} times without finishing (its worker was lost); nothing was imported."
    errors = [v.RowError(0, "", RowErrorCode.WORKER_LOST, message, message_params({"attempts": attempts}))]
    await ImportJob.filter(id=job_id).update(
        state=ImportState.FAILED, error_count=1, error_report=error_report(errors, await uploader_language(job_id)), message=message,
        finished_at=utcnow(), error_sample=_sample(errors), lease_token=None,
    )
    await audit.record(Actor.system(organization_id), "import.fail", "import_job", job_id, extra={"errors": 1, "message": message})


async def _run(job: ImportJob, lease: Lease) -> None:
    org = await Organization.get(id=job.organization_id)
    started = time.monotonic()
    try:
        table = await asyncio.to_thread(read_table, job.content, job.file_format, MAX_ROWS)
    except UnreadableFile as exc:
        await _fail(job, lease, [v.RowError(0, "", RowErrorCode.UNREADABLE_FILE, str(exc))], str(exc))
        return
    except TooManyRows as exc:
        await _fail(job, lease, [v.RowError(exc.header_row, "", RowErrorCode.TOO_MANY_ROWS, str(exc), message_params({"max": exc.max_rows}))],
                    "The file's columns are not usable.")
        return
    mapping, errors = v.map_headers(job.kind, table.headers, table.header_row)
    if not errors and not table.rows:
        errors = [v.RowError(table.header_row, "", RowErrorCode.NO_ROWS, "The file has a header but no rows.")]
    if errors:
        await _fail(job, lease, errors, "The file's columns are not usable.")
        return
    await _progress(lease, rows_total=len(table.rows))
    parsed: list[v.Parsed] = []
    for start in range(0, len(table.rows), CHUNK_ROWS):
        chunk = table.rows[start:start + CHUNK_ROWS]
        ok, bad = v.parse_rows(job.kind, mapping, chunk, org.base_currency)
        parsed.extend(ok)
        errors.extend(bad)
        await _progress(lease, rows_validated=start + len(chunk))
        await asyncio.sleep(0)
    errors.extend(await _cross_checks(job, mapping, parsed))
    if errors:
        rows = len({e.row for e in errors})
        await _fail(job, lease, errors, f"{rows} row(s) have errors; nothing was imported.")
        return
    await _progress(lease, state=ImportState.IMPORTING)
    async with unit_of_work() as conn:
        if not await conn.execute_query_dict(_HOLD_SQL, [lease.job_id, lease.token]):
            raise LeaseLost
        imported, skipped = await _load(conn, job, [p.data for p in parsed])
        await _progress(
            lease, state=ImportState.SUCCEEDED, rows_imported=imported, rows_skipped=skipped, finished_at=utcnow(),
            message=f"{imported} row(s) imported" + (f", {skipped} skipped" if skipped else "") + ".",
        )
        await audit.record(
            Actor.system(job.organization_id), "import.complete", "import_job", job.id,
            extra={"kind": job.kind.value, "imported": imported, "skipped": skipped, "seconds": round(time.monotonic() - started, 2)},
        )
    await analyze(*FILLED_TABLES[job.kind])


# The tables an import of each kind fills (ANALYZE after it: kit/stats.py).
FILLED_TABLES = {
    ImportKind.CUSTOMERS: ("customers",),
    ImportKind.INVOICES: ("customers", "invoices", "payments", "allocations", "ar_open_parts", "ar_due_balances"),
    ImportKind.BANK_STATEMENT: ("bank_statement_lines",),
}


async def _cross_checks(job: ImportJob, mapping: v.Mapping, parsed: list[v.Parsed]) -> list[v.RowError]:
    conn = connections.get("default")
    org_id = job.organization_id
    if job.kind is ImportKind.CUSTOMERS:
        codes = [p.data["code"] for p in parsed]
        credit_codes = [p.data["credit_code"] for p in parsed if p.data["credit_code"]]
        return [
            *v.duplicates(parsed, "code", mapping, "customer code"),
            *v.duplicates(parsed, "credit_code", mapping, "credit code"),
            *v.existing(parsed, "code", await repository.values_taken(conn, "customers", "code", org_id, codes), mapping, "customer with code"),
            *v.existing(
                parsed, "credit_code", await repository.values_taken(conn, "customers", "credit_code", org_id, credit_codes),
                mapping, "customer with credit code",
            ),
        ]
    if job.kind is ImportKind.INVOICES:
        numbers = [p.data["number"] for p in parsed]
        known = await repository.customers_by_code(conn, org_id, sorted({p.data["customer_code"] for p in parsed}))
        _, customer_errors = v.check_invoice_customers(parsed, known, mapping)
        return [
            *v.duplicates(parsed, "number", mapping, "invoice number"),
            *v.existing(parsed, "number", await repository.values_taken(conn, "invoices", "number", org_id, numbers), mapping, "invoice numbered"),
            *customer_errors,
        ]
    return v.duplicates(parsed, "transaction_id", mapping, "transaction id")


async def _load(conn: Any, job: ImportJob, rows: list[dict[str, Any]]) -> tuple[int, int]:
    now = utcnow()
    org_id = job.organization_id
    if job.kind is ImportKind.CUSTOMERS:
        await repository.insert_customers(conn, org_id, rows, now)
        return len(rows), 0
    if job.kind is ImportKind.INVOICES:
        codes = sorted({r["customer_code"] for r in rows})
        known = await repository.customers_by_code(conn, org_id, codes)
        new = {}
        for r in rows:
            if r["customer_code"] not in known:
                new.setdefault(r["customer_code"], r["customer_name"])
        created = await repository.insert_customers(conn, org_id, [{"code": c, "legal_name": n} for c, n in new.items()], now)
        await repository.insert_invoices(conn, org_id, rows, {**known, **created}, job.created_by_id, now)
        return len(rows), 0
    incoming = [r for r in rows if not r["summary"] and r["amount"] > 0]
    inserted = await repository.insert_bank_lines(conn, org_id, job.bank_account, job.id, incoming, now)
    return inserted, len(rows) - inserted


# --- the error report link ------------------------------------------------------------------


_REPORT_LINK = "import-errors"


def error_report_path(settings: Settings, job_id: uuid.UUID, now: float | None = None) -> str:
    """A link to the error report that works without signing in, for 15 minutes."""
    return f"/imports/{job_id}/errors.csv?{signing.link_query(settings.signing_key(), (_REPORT_LINK, job_id), REPORT_LINK_SECONDS, now)}"


async def error_report_by_link(settings: Settings, job_id: uuid.UUID | None, expires: str, signature: str) -> ImportJob | None:
    """The job behind a signed link, or None when the link is not ours or has expired. Raises
    `InputRejected` when `expires` is not a Unix timestamp in range (the link was not made by us)."""
    instant_from_epoch(expires)
    if job_id is None or not signing.link_valid(settings.signing_key(), (_REPORT_LINK, job_id), expires, signature):
        return None
    return await ImportJob.get_or_none(id=job_id, error_report__isnull=False)


# --- bank statement lines -------------------------------------------------------------------


async def _locked_open_line(actor: Actor, line_id: uuid.UUID | None) -> BankStatementLine:
    line = (
        await BankStatementLine.filter(id=line_id, organization_id=actor.org_id).select_for_update().first()
        if line_id
        else None
    )
    if line is None:
        raise DomainError.single(Code.NOT_FOUND, "No such bank statement line.", "id")
    if line.state is not BankLineState.OPEN:
        raise DomainError.single(Code.ALREADY_DECIDED, f"This line is already {line.state.value}.", "id")
    return line


MAX_INVOICES_PER_LINE = 100


async def confirm_bank_line(
    actor: Actor,
    line_id: uuid.UUID | None,
    *,
    invoice_ids: Sequence[uuid.UUID | None],
    customer_id: uuid.UUID | None,
    exchange_rate: Decimal | None = None,
    confirm_inexact: bool = False,
) -> BankStatementLine:
    """Turn a bank line into a payment, applied to the chosen invoices in the order given (each up to
    its open amount); what is left stays unapplied on the customer. A line in a foreign currency
    takes the first invoice's rate unless one is given. Unless the payer's name is the customer's and
    the amount is exactly what the invoices have open, the user must have seen the differences and
    confirmed them (`confirm_inexact`), else `CONFIRMATION_REQUIRED` and nothing is posted."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    if len(invoice_ids) > MAX_INVOICES_PER_LINE:
        raise DomainError.single(Code.TOO_MANY, f"At most {MAX_INVOICES_PER_LINE} invoices.", "invoiceIds")
    async with unit_of_work():
        line = await _locked_open_line(actor, line_id)
        wanted = [i for i in invoice_ids if i is not None]
        invoices = {i.id: i for i in await Invoice.filter(organization_id=actor.org_id, id__in=wanted)} if wanted else {}
        errors: list[FieldError | None] = []
        if len(invoices) != len(invoice_ids) or len(set(wanted)) != len(wanted):
            errors.append(FieldError(Code.NOT_FOUND, "Every invoice must exist in this organization, once.", "invoiceIds"))
        open_states = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)
        if any(i.status not in open_states for i in invoices.values()):
            errors.append(FieldError(Code.INVOICE_NOT_OPEN, "An invoice is not open.", "invoiceIds"))
        if any(i.currency != line.currency for i in invoices.values()):
            errors.append(FieldError(Code.CURRENCY_MISMATCH, f"Every invoice must be in {line.currency}.", "invoiceIds"))
        customers = {i.customer_id for i in invoices.values()} | ({customer_id} if customer_id else set())
        if len(customers) > 1:
            errors.append(FieldError(Code.CUSTOMER_MISMATCH, "The invoices and the customer must be the same customer.", "invoiceIds"))
        _raise_if(errors)
        open_total = sum((i.total - i.allocated - i.credited - i.written_off for i in invoices.values()), Decimal("0.00"))
        customer = await Customer.filter(organization_id=actor.org_id, id=next(iter(customers))).first() if customers else None
        names = (customer.legal_name, customer.short_name) if customer else ()
        if not confirm_inexact and not (wanted and matching.is_exact(line.payer_name, names, line.amount, open_total)):
            raise DomainError.single(
                Code.CONFIRMATION_REQUIRED,
                f"Payer {line.payer_name or '(none)'} and {line.amount} {line.currency} against customer "
                f"{customer.legal_name if customer else '(none)'} and {open_total} open: confirm the differences.",
                "confirmInexact",
            )
        allocations = []
        left = line.amount
        for invoice_id in wanted:
            invoice = invoices[invoice_id]
            share = min(left, invoice.total - invoice.allocated - invoice.credited - invoice.written_off)
            if share > 0:
                allocations.append((invoice_id, share))
                left -= share
        if exchange_rate is None and wanted:
            exchange_rate = invoices[wanted[0]].exchange_rate
        org = await Organization.get(id=actor.org_id)
        payment = await payments.record_payment(
            actor,
            customer_id=next(iter(customers), None),
            exchange_rate=None if line.currency == org.base_currency else exchange_rate,
            amount=line.amount,
            currency=line.currency,
            method=PaymentMethod.BANK_TRANSFER,
            received_on=line.booked_on,
            reference=line.reference[:128],
            payer_name=line.payer_name,
            provider="bank",
            provider_reference=f"{line.account}:{line.transaction_id}"[:128],
            allocate=allocations or None,
        )
        line.state = BankLineState.CONFIRMED
        line.payment_id = payment.id
        line.decided_by_id = actor.user_id
        line.decided_at = utcnow()
        await line.save(update_fields=["state", "payment_id", "decided_by_id", "decided_at"])
        await audit.record(
            actor, "bank_line.confirm", "bank_statement_line", line.id, before={"state": "open"}, after={"state": "confirmed"},
            extra={"payment": str(payment.id), "allocations": [[str(i), str(a)] for i, a in allocations], "unapplied": str(left)},
        )
    return line


async def ignore_bank_line(actor: Actor, line_id: uuid.UUID | None) -> BankStatementLine:
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    async with unit_of_work():
        line = await _locked_open_line(actor, line_id)
        line.state = BankLineState.IGNORED
        line.decided_by_id = actor.user_id
        line.decided_at = utcnow()
        await line.save(update_fields=["state", "decided_by_id", "decided_at"])
        await audit.record(actor, "bank_line.ignore", "bank_statement_line", line.id, before={"state": "open"}, after={"state": "ignored"})
    return line

