"""DataLoaders of collections, built per request (info.context.loader) and scoped to its organization."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise import connections

from ..accounts.models import Organization
from ..kit.time import local_today

from .models import (
    CollectionAction,
    CollectionActionInvoice,
    DisputeInvoice,
    DunningPause,
    DunningStage,
    LegalCaseInvoice,
    LegalCost,
    PaymentPlanInstallment,
    PaymentPlanInvoice,
    PromiseInvoice,
)
from .service import pauses_in_force


class StagesByPolicyIdLoader(DataLoader[uuid.UUID, list[DunningStage]]):
    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[list[DunningStage]]:
        grouped: dict[uuid.UUID, list[DunningStage]] = {i: [] for i in ids}
        for row in await DunningStage.filter(policy_id__in=ids, organization_id=self.organization_id).order_by("offset_days"):
            grouped[row.policy_id].append(row)
        return [grouped[i] for i in ids]


class _InvoiceIdsLoader(DataLoader[uuid.UUID, list[uuid.UUID]]):
    """The invoice ids linked to each owner row (action, promise, dispute): one query per batch."""

    model: Any
    key: str

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[list[uuid.UUID]]:
        grouped: dict[uuid.UUID, list[uuid.UUID]] = {i: [] for i in ids}
        rows = await self.model.filter(
            **{f"{self.key}__in": ids, "invoice__organization_id": self.organization_id}
        ).order_by("invoice_id").values_list(self.key, "invoice_id")
        for owner, invoice_id in rows:
            grouped[owner].append(invoice_id)
        return [grouped[i] for i in ids]


class InvoiceIdsByActionIdLoader(_InvoiceIdsLoader):
    model = CollectionActionInvoice
    key = "action_id"


class InvoiceIdsByPromiseIdLoader(_InvoiceIdsLoader):
    model = PromiseInvoice
    key = "promise_id"


class InvoiceIdsByDisputeIdLoader(_InvoiceIdsLoader):
    model = DisputeInvoice
    key = "dispute_id"


class InvoiceIdsByPlanIdLoader(_InvoiceIdsLoader):
    model = PaymentPlanInvoice
    key = "plan_id"


class InvoiceIdsByLegalCaseIdLoader(_InvoiceIdsLoader):
    model = LegalCaseInvoice
    key = "case_id"


class _RowsByOwnerLoader(DataLoader[uuid.UUID, list[Any]]):
    """Child rows of each owner row (plan, legal case) in the organization: one query per batch."""

    model: Any
    key: str
    order: tuple[str, ...]
    owner_org: str

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[list[Any]]:
        grouped: dict[uuid.UUID, list[Any]] = {i: [] for i in ids}
        rows = await self.model.filter(**{f"{self.key}__in": ids, self.owner_org: self.organization_id}).order_by(*self.order)
        for row in rows:
            grouped[getattr(row, self.key)].append(row)
        return [grouped[i] for i in ids]


class InstallmentsByPlanIdLoader(_RowsByOwnerLoader):
    model = PaymentPlanInstallment
    key = "plan_id"
    order = ("sequence",)
    owner_org = "plan__organization_id"


class CostsByLegalCaseIdLoader(_RowsByOwnerLoader):
    model = LegalCost
    key = "case_id"
    order = ("incurred_on", "created_at", "id")
    owner_org = "case__organization_id"


class PauseInForceByCustomerIdLoader(DataLoader[uuid.UUID, DunningPause | None]):
    """The dunning pause in force on the organization's today, per customer (service.pauses_in_force)."""

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[DunningPause | None]:
        org = await Organization.get(id=self.organization_id)
        found = await pauses_in_force(self.organization_id, ids, local_today(org.timezone))
        return [found.get(i) for i in ids]


class LatestPersonActionByCustomerIdLoader(DataLoader[uuid.UUID, CollectionAction | None]):
    """The latest action a person logged on each customer (the worklist's "last contact"): one query per batch."""

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[CollectionAction | None]:
        latest = await connections.get("default").execute_query_dict(
            "SELECT DISTINCT ON (customer_id) id FROM collection_actions "
            "WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND claim_id IS NULL "
            "ORDER BY customer_id, occurred_at DESC, id DESC",
            [self.organization_id, ids],
        )
        rows = await CollectionAction.filter(id__in=[r["id"] for r in latest], organization_id=self.organization_id)
        found = {row.customer_id: row for row in rows}
        return [found.get(i) for i in ids]
