"""The GraphQL schema: root types assembled from the domains, with the abuse limits."""

from __future__ import annotations

from collections.abc import Iterator

import strawberry
from strawberry.extensions import DisableIntrospection, MaxTokensLimiter, SchemaExtension

from ..accounts.schema import AccountsMutation, AccountsQuery
from ..analytics.schema import AnalyticsQuery
from ..alerts.schema import AlertsMutation, AlertsQuery
from ..audit.schema import AuditQuery
from ..collections.schema import CollectionsMutation, CollectionsQuery
from ..collections.work_schema import CollectionsWorkMutation, CollectionsWorkQuery
from ..credit.schema import CreditMutation, CreditQuery
from ..customers.documents_schema import CustomerDocumentsMutation, CustomerDocumentsQuery
from ..customers.schema import CustomersMutation, CustomersQuery
from ..config import Settings, get_settings
from ..imports.schema import ImportsMutation, ImportsQuery
from ..invoices.schema import InvoicesMutation, InvoicesQuery
from ..payments.schema import PaymentsMutation, PaymentsQuery
from ..performance.schema import PerformanceMutation, PerformanceQuery
from ..reconciliation.schema import ReconciliationMutation, ReconciliationQuery
from ..webhooks.schema import WebhooksMutation, WebhooksQuery
from .errors import ErrorHandling
from .inputs import InputCleaning, describe_nulls
from .retry import RetryConflicts
from .limits import QueryLimits
from .metrics import OperationMetrics
from .scalars import SCALAR_OVERRIDES


@strawberry.type
class Query(
    AccountsQuery, AuditQuery, CustomersQuery, CustomerDocumentsQuery, CreditQuery, AlertsQuery, InvoicesQuery, PaymentsQuery, WebhooksQuery, ImportsQuery,
    AnalyticsQuery, CollectionsQuery, ReconciliationQuery, CollectionsWorkQuery, PerformanceQuery,
):
    pass


@strawberry.type
class Mutation(
    AccountsMutation, CustomersMutation, CustomerDocumentsMutation, CreditMutation, AlertsMutation, InvoicesMutation, PaymentsMutation, WebhooksMutation,
    ImportsMutation, CollectionsMutation, ReconciliationMutation, CollectionsWorkMutation, PerformanceMutation,
):
    pass


class MarkExecuted(SchemaExtension):
    """Records that the document parsed and validated, so the HTTP layer can tell request
    errors (400 with application/graphql-response+json) from field errors (200)."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context.context
        if context is not None and hasattr(context, "executed"):
            context.executed = True
        yield


def build_schema(settings: Settings) -> strawberry.Schema:
    # Factories, not instances: extensions keep per-operation state, so each request gets its own.
    extensions: list = [
        lambda: MaxTokensLimiter(max_token_count=settings.max_query_tokens),
        lambda: QueryLimits(settings=settings),
        MarkExecuted,
        InputCleaning,
        RetryConflicts,
        ErrorHandling,
        OperationMetrics,
    ]
    if not settings.introspection_enabled:
        extensions.append(DisableIntrospection)
    built = strawberry.Schema(query=Query, mutation=Mutation, extensions=extensions, scalar_overrides=SCALAR_OVERRIDES)
    describe_nulls(built._schema)
    return built


schema = build_schema(get_settings())
