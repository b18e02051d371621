"""DataLoaders of reconciliation, built per request (info.context.loader) and scoped to its organization."""

from __future__ import annotations

import uuid
from collections import defaultdict

from strawberry.dataloader import DataLoader

from . import service
from .repository import StoredLine, stored_lines
from .models import Discrepancy, StatementAccess, StatementLine, StatementLink


class LinesByStatementRevisionLoader(DataLoader[tuple[uuid.UUID, int], list[StoredLine]]):
    """The lines of (statement, revision), in position order: one query per batch."""

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, keys: list[tuple[uuid.UUID, int]]) -> list[list[StoredLine]]:
        rows = await stored_lines(self.organization_id, list({k[0] for k in keys}))
        grouped: dict[tuple[uuid.UUID, int], list[StoredLine]] = defaultdict(list)
        for row in rows:
            grouped[(row.statement_id, row.revision)].append(row)
        return [grouped.get(k, []) for k in keys]


class LineByIdLoader(DataLoader[uuid.UUID, StatementLine | None]):
    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[StatementLine | None]:
        rows = {r.id: r for r in await StatementLine.filter(organization_id=self.organization_id, id__in=ids)}
        return [rows.get(i) for i in ids]


class _ByStatementLoader(DataLoader[uuid.UUID, list]):
    model: type
    order: tuple[str, ...]

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[list]:
        rows = await self.model.filter(organization_id=self.organization_id, statement_id__in=ids).order_by(*self.order)
        grouped: dict[uuid.UUID, list] = defaultdict(list)
        for row in rows:
            grouped[row.statement_id].append(row)
        return [grouped.get(i, []) for i in ids]


class DiscrepanciesByStatementIdLoader(_ByStatementLoader):
    model = Discrepancy
    order = ("revision", "created_at", "id")


class AccessesByStatementIdLoader(_ByStatementLoader):
    model = StatementAccess
    order = ("-at", "id")


class LinksByStatementIdLoader(_ByStatementLoader):
    model = StatementLink
    order = ("-created_at", "id")


class ReconciliationStatusByCustomerIdLoader(DataLoader[uuid.UUID, service.CustomerStatus]):
    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[service.CustomerStatus]:
        found = await service.customer_statuses(self.organization_id, ids)
        empty = service.CustomerStatus(None, None, 0, None)
        return [found.get(i, empty) for i in ids]
