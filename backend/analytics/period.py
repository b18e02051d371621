"""The one check of a reporting period or as-of date, shared by analytics and performance.

A period is a range of org-local calendar dates, both included. It is refused when it ends before
it starts (PERIOD_REVERSED), ends after today in the organization's timezone (PERIOD_IN_FUTURE),
is longer than ten years (PERIOD_TOO_LONG) or ends before the organization existed
(BEFORE_ORGANIZATION; a period that starts before and ends after counts from zero, so that "the
last 12 months" of a young organization is a valid question). The organization exists from the
earlier of the day it was created and the issue date of its first invoice (a ledger imported with
its history starts with it).
"""

from __future__ import annotations

from datetime import date

from tortoise import connections

from ..accounts.models import Organization
from ..kit.errors import DomainError
from ..kit.time import local_today
from .errors import AnalyticsErrorCode as Code

MAX_PERIOD_DAYS = 3660

_FIRST_INVOICE_SQL = "SELECT MIN(issue_date) AS first FROM invoices WHERE organization_id = $1 AND status <> 'draft'"


async def organization_start(org: Organization) -> date:
    """The first day the organization has figures for."""
    created = local_today(org.timezone, org.created_at)
    rows = await connections.get("default").execute_query_dict(_FIRST_INVOICE_SQL, [org.id])
    first = rows[0]["first"]
    return min(created, first) if first else created


async def check_as_of(org: Organization, as_of: date, field: str = "asOf") -> None:
    """Refuses a date before the organization's first day."""
    if as_of < await organization_start(org):
        raise DomainError.single(Code.BEFORE_ORGANIZATION, "The organization has no figures before it existed.", field)


def check_order(start: date, end: date, *, end_field: str = "end") -> None:
    """Refuses a period that ends before it starts (the only check of a range that may lie ahead,
    such as the months of targets being set)."""
    if end < start:
        raise DomainError.single(Code.PERIOD_REVERSED, "The period ends before it starts.", end_field)


async def check_period(org: Organization, start: date, end: date, *, end_field: str = "end") -> None:
    check_order(start, end, end_field=end_field)
    if end > local_today(org.timezone):
        raise DomainError.single(Code.PERIOD_IN_FUTURE, "The period ends after today.", end_field)
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise DomainError.single(Code.PERIOD_TOO_LONG, "The period is longer than ten years.", end_field)
    await check_as_of(org, end, end_field)
