"""Instants are aware UTC; business dates are calendar dates in the organization's timezone."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def is_valid_timezone(name: str) -> bool:
    # Look the name up in the known set first: ZoneInfo() opens a file named after it, and an odd
    # name (300 characters, a NUL) fails there with OSError rather than "not found".
    if name not in available_timezones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def local_today(tz_name: str, now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(ZoneInfo(tz_name)).date()
