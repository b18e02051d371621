"""Bounded concurrency of the expensive analytics (docs/analytics.md "Load"): at most
ANALYTICS_CONCURRENCY of them run at once in a process; the others wait for a slot, up to
ANALYTICS_WAIT_SECONDS, and are then refused with BUSY instead of piling up on the database.
Slots are never taken twice by one computation: a part that needs another awaits it first."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal

from ..config import get_settings
from ..kit.errors import DomainError
from .errors import AnalyticsErrorCode as Code

_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()


def _semaphore() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    slots = _slots.get(loop)
    if slots is None:
        slots = _slots[loop] = asyncio.Semaphore(get_settings().analytics_concurrency)
    return slots


@asynccontextmanager
async def analytics_slot() -> AsyncIterator[None]:
    """Hold one of the process's analytics slots meanwhile; BUSY when none frees up in time."""
    slots = _semaphore()
    wait = get_settings().analytics_wait_seconds
    try:
        await asyncio.wait_for(slots.acquire(), wait)
    except TimeoutError:
        raise DomainError.single(
            Code.BUSY, f"The figures are busy being computed for others; try again in a moment (waited {wait:g} s).",
            params={"seconds": Decimal(str(wait))},
        ) from None
    try:
        yield
    finally:
        slots.release()
