"""Relay-style cursor connections over Tortoise querysets, keyset-paginated (no OFFSET)."""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

import strawberry
from tortoise import fields
from tortoise.expressions import Q
from tortoise.fields.base import Field
from tortoise.fields.data import CharEnumFieldInstance, IntEnumFieldInstance
from tortoise.queryset import QuerySet

from ..kit.clean import MAX_TEXT_LENGTH, InputRejected, check_instant, clean_text, parse_decimal
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


# Our cursors hold a few sort keys; anything much longer was not made by us.
MAX_CURSOR_LENGTH = 1024


def _invalid() -> AccessDenied:
    return AccessDenied(AccessErrorCode.INVALID_CURSOR, "The cursor is not valid.")


def _decode(cursor: str, size: int) -> list[Any]:
    if len(cursor) > MAX_CURSOR_LENGTH or not cursor.isascii():
        raise _invalid()
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _invalid() from exc
    if not isinstance(values, list) or len(values) != size:
        raise _invalid()
    return values


def _cursor_value(field: Field, value: Any) -> Any:
    """One sort key of a cursor as the column's Python value, cleaned like any other input:
    a cursor is client text, whatever we put in it."""
    if value is None:
        if not field.null:
            raise _invalid()
        return None
    try:
        if isinstance(field, (fields.CharField, fields.TextField, CharEnumFieldInstance)):
            if not isinstance(value, str):
                raise _invalid()
            clean_text(value, max_length=getattr(field, "max_length", None) or MAX_TEXT_LENGTH)
        elif isinstance(field, fields.BooleanField):
            if not isinstance(value, bool):
                raise _invalid()
        elif isinstance(field, (fields.IntField, fields.BigIntField, fields.SmallIntField, IntEnumFieldInstance)):
            if isinstance(value, bool) or not isinstance(value, int) or not -(2**63) <= value < 2**63:
                raise _invalid()
        elif isinstance(field, fields.DecimalField):
            return parse_decimal(value)
        elif isinstance(field, fields.DatetimeField):
            if not isinstance(value, str) or len(value) > 40:
                raise _invalid()
            return check_instant(datetime.fromisoformat(value))
        elif isinstance(field, fields.DateField):
            if not isinstance(value, str) or len(value) > 10:
                raise _invalid()
            return date.fromisoformat(value)
        elif isinstance(field, fields.UUIDField):
            if not isinstance(value, str) or len(value) > 36:
                raise _invalid()
            return uuid.UUID(value)
        elif not isinstance(value, (str, int)) or isinstance(value, bool):
            raise _invalid()
        return field.to_python_value(value)
    except (InputRejected, ValueError, TypeError, ArithmeticError) as exc:
        raise _invalid() from exc


def encode_cursor(values: Sequence[Any]) -> str:
    """A cursor of sort keys, for connections paged by hand (raw SQL)."""
    return _encode(values)


def decode_cursor(cursor: str, kinds: Sequence[Field]) -> list[Any]:
    """The sort keys of a cursor made by `encode_cursor`, each cleaned as a value of its field."""
    raw = _decode(cursor, len(kinds))
    return [_cursor_value(kind, value) for kind, value in zip(kinds, raw, strict=True)]


DEFAULT_PAGE_SIZE = 20


def check_page_size(first: int | None, max_page_size: int, default: int = DEFAULT_PAGE_SIZE) -> int:
    if first is None:
        return min(default, max_page_size)
    if first < 0 or first > max_page_size:
        raise AccessDenied(AccessErrorCode.PAGE_SIZE_EXCEEDED, f"`first` must be between 0 and {max_page_size}.")
    return first


def keyset_after(order: Sequence[str], values: Sequence[Any]) -> Q:
    """The rows after the row whose sort keys are `values`, in `order` (see `paginate`)."""
    names = [name.lstrip("-") for name in order]
    branches = []
    for i, name in enumerate(order):
        op = "lt" if name.startswith("-") else "gt"
        equal = {names[j]: values[j] for j in range(i)}
        branches.append(Q(**equal, **{f"{names[i]}__{op}": values[i]}))
    return Q(*branches, join_type="OR")


async def paginate(
    queryset: QuerySet[M],
    *,
    first: int | None,
    after: str | None,
    max_page_size: int,
    order: Sequence[str],
    to_node: Callable[[M], T],
    annotated: Mapping[str, Field] | None = None,
) -> Connection[T]:
    """`order` lists model fields, each optionally prefixed with '-', ending with a unique one.
    A sort key may also be an annotation of the queryset (never null): `annotated` gives the
    field its cursor value is read as."""
    limit = check_page_size(first, max_page_size)
    names = [name.lstrip("-") for name in order]
    page = queryset.order_by(*order)
    if after:
        meta = queryset.model._meta
        raw = _decode(after, len(names))
        kinds = {**meta.fields_map, **(annotated or {})}
        values = [_cursor_value(kinds[name], value) for name, value in zip(names, raw, strict=True)]
        page = page.filter(keyset_after(order, values))
    # The count and the page run side by side (each on a connection of the pool; serialized inside
    # a transaction): over a large organization the count is the longer of the two.
    total, rows = await asyncio.gather(queryset.count(), page.limit(limit + 1))
    has_next = len(rows) > limit
    rows = rows[:limit]
    nodes = [to_node(row) for row in rows]
    edges = [Edge(cursor=_encode([getattr(row, f) for f in names]), node=node) for row, node in zip(rows, nodes, strict=True)]
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
