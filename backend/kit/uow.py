"""Unit of work: one database transaction, plus the jobs it wants to send.

A job enqueued inside a unit of work is written to the `job_outbox` table in the same transaction,
so it exists exactly when the business change does: dropped on rollback, kept on commit. After the
commit the process sends it to the broker itself and deletes its row; if the process dies between
the commit and that send (or the broker is down), the row stays and `relay_outbox` (run by the
leading scheduler) sends it once its grace period has passed. Delivery is therefore at least once,
and every actor is idempotent, so a job's effect happens once.

A unit of work opened inside another joins it: services never commit on their own, the outermost
caller's transaction does, and an error anywhere rolls all of it back. A caller that wants to
recover from a failing part and go on opens a `savepoint()` around that part: its writes and its
jobs are dropped alone.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from typing import Any

import dramatiq
from tortoise import connections
from tortoise.transactions import in_transaction

from ..logs import REQUEST_ID, current_request_id

log = logging.getLogger(__name__)

# How long the committing process has to send its own jobs before the relay takes them over.
RELAY_GRACE_SECONDS = 60
RELAY_BATCH = 500

_pending: ContextVar[list[dramatiq.Message] | None] = ContextVar("huikuan_pending_jobs", default=None)
_connection: ContextVar[Any] = ContextVar("huikuan_transaction", default=None)
# The outermost units of work committed since watching_commits() began (one entry each).
_commits: ContextVar[list[None] | None] = ContextVar("huikuan_commits", default=None)

_INSERT_SQL = (
    "INSERT INTO job_outbox (message_id, actor_name, message, relay_after) "
    "VALUES ($1, $2, $3, now() + make_interval(secs => $4))"
)
_DELETE_SQL = "DELETE FROM job_outbox WHERE message_id = ANY($1::uuid[])"
_CLAIM_SQL = (
    "SELECT message_id, message FROM job_outbox WHERE relay_after <= now() "
    "ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED"
)


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
    # Reached only when the transaction was committed: the jobs' rows are durable now.
    commits = _commits.get()
    if commits is not None:
        commits.append(None)
    if buffer:
        await _send_committed(buffer)


@contextmanager
def watching_commits() -> Iterator[list[None]]:
    """A list that gets one entry per outermost unit of work committed meanwhile, by this task
    or the tasks it starts (api.retry: a call that committed nothing can be run again)."""
    seen: list[None] = []
    token = _commits.set(seen)
    try:
        yield seen
    finally:
        _commits.reset(token)


@asynccontextmanager
async def savepoint() -> AsyncIterator[Any]:
    """A part of the current unit of work that may fail on its own: when it raises, its writes
    (its outbox rows included) are rolled back to the savepoint and its jobs dropped, and the
    enclosing unit of work goes on."""
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


async def _send_committed(messages: list[dramatiq.Message]) -> None:
    """Send a committed unit's jobs and delete their rows; on failure the relay sends them later."""
    try:
        await asyncio.to_thread(_send_all, messages)
    except Exception:
        log.warning("broker unavailable: %d job(s) left to the outbox relay", len(messages), exc_info=True)
        return
    await connections.get("default").execute_query(_DELETE_SQL, [[uuid.UUID(m.message_id) for m in messages]])


async def enqueue(actor: dramatiq.Actor, *args: Any, **kwargs: Any) -> None:
    """Send a job after the current unit of work commits (through the outbox), or now when there
    is none. The message carries the current request id (in its options, so the outbox row has it
    too), which the worker logs with the job."""
    request_id = current_request_id()
    options = {REQUEST_ID: request_id} if request_id is not None else {}
    message = actor.message_with_options(args=args, kwargs=kwargs, **options)
    buffer = _pending.get()
    if buffer is None:
        await asyncio.to_thread(_send_all, [message])
        return
    await _connection.get().execute_query(
        _INSERT_SQL, [uuid.UUID(message.message_id), message.actor_name, message.encode(), RELAY_GRACE_SECONDS]
    )
    buffer.append(message)


async def relay_outbox(limit: int = RELAY_BATCH) -> int:
    """Send the jobs whose committing process did not (it died, or the broker was down) and delete
    them; rows are claimed with SKIP LOCKED, so several relays never take the same row. Returns the
    number sent."""
    async with in_transaction() as connection:
        rows = await connection.execute_query_dict(_CLAIM_SQL, [limit])
        if not rows:
            return 0
        messages = [dramatiq.Message.decode(bytes(row["message"])) for row in rows]
        await asyncio.to_thread(_send_all, messages)
        await connection.execute_query(_DELETE_SQL, [[row["message_id"] for row in rows]])
    log.info("outbox relay sent %d job(s)", len(rows))
    return len(rows)
