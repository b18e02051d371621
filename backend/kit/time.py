"""Instants are aware UTC; business dates are calendar dates in the organization's timezone."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def is_valid_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return name in available_timezones()


def local_today(tz_name: str, now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(ZoneInfo(tz_name)).date()
