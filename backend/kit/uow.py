"""Unit of work: one database transaction, plus the jobs it wants to send.

Jobs enqueued inside a unit of work are buffered and sent only after its transaction commits;
they are dropped when it rolls back. A unit of work opened inside another joins it: services
never commit on their own, the outermost caller's transaction does, and an error anywhere rolls
all of it back. A caller that wants to recover from a failing part and go on opens a
`savepoint()` around that part: its writes and its jobs are dropped alone.
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
_connection: ContextVar[Any] = ContextVar("huikuan_transaction", default=None)


@asynccontextmanager
async def unit_of_work() -> AsyncIterator[Any]:
    if _pending.get() is not None:
        yield _connection.get()
        return
    buffer: list[dramatiq.Message] = []
    token = _pending.set(buffer)
    try:
        async with in_transaction() as connection:
            connection_token = _connection.set(connection)
            try:
                yield connection
            finally:
                _connection.reset(connection_token)
    finally:
        _pending.reset(token)
    # Reached only when the transaction was committed.
    if buffer:
        await asyncio.to_thread(_send_all, buffer)


@asynccontextmanager
async def savepoint() -> AsyncIterator[Any]:
    """A part of the current unit of work that may fail on its own: when it raises, its writes are
    rolled back to the savepoint and its jobs dropped, and the enclosing unit of work goes on."""
    outer = _pending.get()
    if outer is None:
        raise RuntimeError("savepoint() needs an enclosing unit_of_work()")
    buffer: list[dramatiq.Message] = []
    token = _pending.set(buffer)
    try:
        async with in_transaction() as connection:
            connection_token = _connection.set(connection)
            try:
                yield connection
            finally:
                _connection.reset(connection_token)
    finally:
        _pending.reset(token)
    outer.extend(buffer)


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
