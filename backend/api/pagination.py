"""Relay-style cursor connections over Tortoise querysets, keyset-paginated (no OFFSET)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from ..kit.errors import AccessDenied, AccessErrorCode
from ..kit.serialize import to_json_value

T = TypeVar("T")
M = TypeVar("M")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def _encode(values: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(to_json_value(list(values))).encode()).decode()


def _decode(cursor: str, size: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeDecodeError) as exc:
        raise AccessDenied(AccessErrorCode.INVALID_CURSOR, "The cursor is not valid.") from exc
    if not isinstance(values, list) or len(values) != size:
        raise AccessDenied(AccessErrorCode.INVALID_CURSOR, "The cursor is not valid.")
    return values


def check_page_size(first: int | None, max_page_size: int, default: int = 20) -> int:
    if first is None:
        return min(default, max_page_size)
    if first < 0 or first > max_page_size:
        raise AccessDenied(AccessErrorCode.PAGE_SIZE_EXCEEDED, f"`first` must be between 0 and {max_page_size}.")
    return first


async def paginate(
    queryset: QuerySet[M],
    *,
    first: int | None,
    after: str | None,
    max_page_size: int,
    order: Sequence[str],
    to_node: Callable[[M], T],
) -> Connection[T]:
    """`order` lists model fields, each optionally prefixed with '-', ending with a unique one."""
    limit = check_page_size(first, max_page_size)
    fields = [name.lstrip("-") for name in order]
    total = await queryset.count()
    page = queryset.order_by(*order)
    if after:
        meta = queryset.model._meta
        raw = _decode(after, len(fields))
        try:
            values = [meta.fields_map[name].to_python_value(value) for name, value in zip(fields, raw, strict=True)]
        except (ValueError, TypeError) as exc:
            raise AccessDenied(AccessErrorCode.INVALID_CURSOR, "The cursor is not valid.") from exc
        branches = []
        for i, name in enumerate(order):
            op = "lt" if name.startswith("-") else "gt"
            equal = {fields[j]: values[j] for j in range(i)}
            branches.append(Q(**equal, **{f"{fields[i]}__{op}": values[i]}))
        page = page.filter(Q(*branches, join_type="OR"))
    rows = await page.limit(limit + 1)
    has_next = len(rows) > limit
    rows = rows[:limit]
    nodes = [to_node(row) for row in rows]
    edges = [Edge(cursor=_encode([getattr(row, f) for f in fields]), node=node) for row, node in zip(rows, nodes, strict=True)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )
