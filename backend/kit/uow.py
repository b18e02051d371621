"""Unit of work: one database transaction, plus the jobs it wants to send.

Jobs enqueued inside a unit of work are buffered and sent only after its transaction commits;
they are dropped when it rolls back. A nested unit of work becomes a savepoint whose jobs join
the outer buffer only if the savepoint is released.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

import dramatiq
from tortoise.transactions import in_transaction

_pending: ContextVar[list[dramatiq.Message] | None] = ContextVar("huikuan_pending_jobs", default=None)


@asynccontextmanager
async def unit_of_work() -> AsyncIterator[Any]:
    outer = _pending.get()
    buffer: list[dramatiq.Message] = []
    token = _pending.set(buffer)
    try:
        async with in_transaction() as connection:
            yield connection
    finally:
        _pending.reset(token)
    # Reached only when the transaction (or savepoint) was committed.
    if outer is not None:
        outer.extend(buffer)
    elif buffer:
        await asyncio.to_thread(_send_all, buffer)


def _send_all(messages: list[dramatiq.Message]) -> None:
    broker = dramatiq.get_broker()
    for message in messages:
        broker.enqueue(message)


async def enqueue(actor: dramatiq.Actor, *args: Any, **kwargs: Any) -> None:
    """Send a job after the current unit of work commits, or now when there is none."""
    message = actor.message(*args, **kwargs)
    buffer = _pending.get()
    if buffer is not None:
        buffer.append(message)
    else:
        await asyncio.to_thread(_send_all, [message])
