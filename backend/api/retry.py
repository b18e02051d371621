"""Mutations that lost a conflict to another transaction are run again.

PostgreSQL ends a transaction caught in a deadlock or a serialization conflict (SQLSTATE class
40) by rolling it back: nothing of it was saved. A mutation whose resolver raised such an error
and committed no unit of work before it (kit.uow.watching_commits) is therefore run again, up to
ATTEMPTS times after a short random pause; one that had committed part of its work is not (that
part would be done twice). A conflict that remains reaches the client as TRY_AGAIN
(api.errors.ErrorHandling).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
from collections.abc import Callable
from typing import Any

import asyncpg
from graphql import GraphQLResolveInfo
from strawberry.extensions import SchemaExtension

from ..kit.uow import watching_commits

log = logging.getLogger(__name__)

ATTEMPTS = 3
# The first pause is drawn from this range (seconds), doubled at each attempt.
PAUSE = (0.01, 0.05)


def is_conflict(error: BaseException | None) -> bool:
    """Whether `error` is, or was caused by, a transaction PostgreSQL rolled back for a conflict."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, asyncpg.exceptions.TransactionRollbackError):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


async def _run(call: Callable[[], Any], field: str) -> Any:
    for attempt in range(1, ATTEMPTS + 1):
        with watching_commits() as commits:
            try:
                result = call()
                return await result if inspect.isawaitable(result) else result
            except Exception as error:
                if attempt == ATTEMPTS or commits or not is_conflict(error):
                    raise
        log.info("mutation %s lost a conflict (attempt %d of %d); running it again", field, attempt, ATTEMPTS)
        await asyncio.sleep(random.uniform(*PAUSE) * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


class RetryConflicts(SchemaExtension):
    """Runs the root fields of mutations through `_run` (see the module's docstring)."""

    def resolve(self, _next: Callable[..., Any], root: Any, info: GraphQLResolveInfo, *args: Any, **kwargs: Any) -> Any:
        if info.parent_type.name != "Mutation":
            return _next(root, info, *args, **kwargs)
        return _run(lambda: _next(root, info, *args, **kwargs), info.field_name)
