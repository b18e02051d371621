"""Counting the SQL statements a piece of code sends (for no-N+1 and set-based checks)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from tortoise.backends.asyncpg.client import AsyncpgDBClient, TransactionWrapper

METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many")


@contextmanager
def count_queries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    sent: list[str] = []

    def wrap(original: Any) -> Any:
        async def counting(self: Any, query: str, *args: Any) -> Any:
            sent.append(query)
            return await original(self, query, *args)

        return counting

    with monkeypatch.context() as patch:
        for cls in (AsyncpgDBClient, TransactionWrapper):
            for name in METHODS:
                patch.setattr(cls, name, wrap(getattr(cls, name)))
        yield sent
