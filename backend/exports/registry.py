"""The registry of export kinds.

An export kind names the list it exports, the permission it needs, and `build`: given the caller
and the request's filter parameters, the table's columns (headers in zh-CN and en) and its rows as
an async iterator of pages. Rows come from one streamed query or a keyset-paged iterator
(`keyset_pages`), always scoped to the caller's organization and the customers the caller sees,
so that an export of any size is written page by page without building the list in memory.
How to add a kind: docs/exports.md.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from tortoise import connections
from tortoise.fields.base import Field
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from ..api.pagination import keyset_after
from ..api.scalars import parse_date_value, parse_datetime_value
from ..kit.clean import InputRejected, clean_text
from ..kit.ids import parse_uuid
from .errors import ExportErrorCode, ExportInputError

LANGUAGES = ("zh-CN", "en")
PAGE_SIZE = 1000

E = TypeVar("E", bound=Enum)
M = TypeVar("M")


class ColumnType(str, Enum):
    TEXT = "text"
    MONEY = "money"  # Decimal with two places
    NUMBER = "number"  # Decimal or int as it is
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    type: ColumnType = ColumnType.TEXT
    total: bool = False  # summed into the totals row

    def header(self, language: str) -> str:
        return self.zh if language == "zh-CN" else self.en


Row = Sequence[Any]
Pages = AsyncIterator[Sequence[Row]]


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    pages: Pages


class Params:
    """The request's filter parameters, each cleaned by the one cleaning home (kit/clean.py and the
    scalars); a bad value raises ExportInputError naming the parameter."""

    def __init__(self, raw: Mapping[str, str], language: str) -> None:
        self.raw = raw
        self.language = language

    def _fail(self, name: str, rejected: InputRejected | None = None, message: str = "Not a valid value.") -> ExportInputError:
        if rejected is not None:
            return ExportInputError(name, rejected.code.value, rejected.message)
        return ExportInputError(name, ExportErrorCode.INVALID_FILTER.value, message)

    def text(self, name: str, max_length: int = 200) -> str | None:
        value = self.raw.get(name)
        if value is None or not value.strip():
            return None
        try:
            return clean_text(value, max_length=max_length).strip()
        except InputRejected as rejected:
            raise self._fail(name, rejected) from None

    def date(self, name: str) -> date | None:
        value = self.text(name, 32)
        try:
            return None if value is None else parse_date_value(value)
        except InputRejected as rejected:
            raise self._fail(name, rejected) from None

    def datetime(self, name: str) -> datetime | None:
        value = self.text(name, 64)
        try:
            return None if value is None else parse_datetime_value(value)
        except InputRejected as rejected:
            raise self._fail(name, rejected) from None

    def uuid(self, name: str) -> Any:
        value = self.text(name, 64)
        if value is None:
            return None
        parsed = parse_uuid(value)
        if parsed is None:
            raise self._fail(name, message="Not a valid id.")
        return parsed

    def bool(self, name: str) -> bool | None:
        value = self.text(name, 8)
        if value is None:
            return None
        if value.lower() not in ("true", "false"):
            raise self._fail(name, message="Expected true or false.")
        return value.lower() == "true"

    def enum(self, name: str, kind: type[E]) -> E | None:
        value = self.text(name, 64)
        return None if value is None else self._member(name, kind, value)

    def enums(self, name: str, kind: type[E]) -> tuple[E, ...]:
        """A comma-separated list, e.g. `status=issued,overdue`."""
        value = self.text(name, 1000)
        if value is None:
            return ()
        return tuple(self._member(name, kind, part.strip()) for part in value.split(",") if part.strip())

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.text(name, 1000)
        return () if value is None else tuple(part.strip() for part in value.split(",") if part.strip())

    def _member(self, name: str, kind: type[E], value: str) -> E:
        for member in kind:
            if value.lower() in (str(member.value).lower(), member.name.lower()):
                return member
        raise self._fail(name, message=f"Expected one of {', '.join(str(m.value) for m in kind)}.")


@dataclass(frozen=True)
class ExportKind:
    name: str
    permission: Permission
    title_zh: str
    title_en: str
    build: Callable[[Actor, Params], Awaitable[Table]]

    def title(self, language: str) -> str:
        return self.title_zh if language == "zh-CN" else self.title_en


REGISTRY: dict[str, ExportKind] = {}


def register(kind: ExportKind) -> ExportKind:
    if kind.name in REGISTRY:
        raise ValueError(f"export kind {kind.name} registered twice")
    REGISTRY[kind.name] = kind
    return kind


async def keyset_pages(
    queryset: QuerySet[M],
    order: Sequence[str],
    to_rows: Callable[[list[M]], Awaitable[Iterable[Row]]],
    *,
    annotated: Mapping[str, Field] | None = None,
    page_size: int = PAGE_SIZE,
) -> Pages:
    """The queryset's rows in `order` (model fields or annotations, each optionally prefixed with
    '-', ending with a unique one), a page at a time, each page turned into export rows by
    `to_rows` (which loads what the page needs in one query per page, never per row)."""
    names = [name.lstrip("-") for name in order]
    after: list[Any] | None = None
    while True:
        page = queryset.order_by(*order)
        if after is not None:
            page = page.filter(keyset_after(order, after))
        models = await page.limit(page_size)
        if not models:
            return
        yield list(await to_rows(models))
        if len(models) < page_size:
            return
        after = [getattr(models[-1], name) for name in names]


async def sql_pages(
    sql: str, args: Sequence[Any], to_rows: Callable[[list[Any]], Awaitable[Iterable[Row]]], *, page_size: int = PAGE_SIZE
) -> Pages:
    """The rows of one query read through a server-side cursor, `page_size` records at a time,
    each page turned into export rows by `to_rows` (records are asyncpg Records)."""
    async with connections.get("default").acquire_connection() as connection, connection.transaction(readonly=True):
        cursor = await connection.cursor(sql, *args)
        while records := await cursor.fetch(page_size):
            yield list(await to_rows(records))
