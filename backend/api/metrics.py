"""Prometheus metrics of GraphQL operations, and the queue depth read at scrape time.

Labels stay bounded: an operation is counted by its type and its first root field (a schema
field, so a known name), never by the operation name the client chose; a document that did not
parse or validate counts as `invalid`."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

from graphql import FieldNode, OperationDefinitionNode
from graphql.utilities import get_operation_ast
from prometheus_client import REGISTRY, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from strawberry.extensions import SchemaExtension

log = logging.getLogger(__name__)

OPERATIONS = Counter(
    "huikuan_graphql_operations_total", "GraphQL operations by type, root field and outcome", ["type", "field", "outcome"]
)
OPERATION_LATENCY = Histogram("huikuan_graphql_operation_seconds", "GraphQL operation latency", ["type", "field"])
INVALID = "invalid"


def operation_labels(operation: OperationDefinitionNode | None, valid: bool) -> tuple[str, str]:
    if operation is None or not valid:
        return INVALID, INVALID
    first = next((selection for selection in operation.selection_set.selections if isinstance(selection, FieldNode)), None)
    return operation.operation.value, first.name.value if first is not None else INVALID


class OperationMetrics(SchemaExtension):
    """One instance per operation: `executed` tells an operation that ran (its errors are field
    errors) from a document that did not parse or validate."""

    executed = False

    def on_execute(self) -> Iterator[None]:
        self.executed = True
        yield

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        context = self.execution_context
        document = context.graphql_document
        operation = get_operation_ast(document, context.operation_name) if document is not None else None
        kind, field = operation_labels(operation, self.executed)
        result = context.result
        outcome = "ok" if self.executed and result is not None and not result.errors else "error"
        OPERATIONS.labels(kind, field, outcome).inc()
        OPERATION_LATENCY.labels(kind, field).observe(time.perf_counter() - started)


class QueueDepthCollector(Collector):
    """`huikuan_queue_messages{queue}`: messages waiting in the broker, asked at each scrape (every
    API replica reports the same figure: aggregate with max, not sum)."""

    def describe(self) -> Iterator[GaugeMetricFamily]:
        yield self._family()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from ..worker.broker import queue_depths

        family = self._family()
        try:
            depths = queue_depths()
        except Exception:  # noqa: BLE001 - a broker that does not answer leaves the figure out, /readyz says why
            log.warning("queue depth unavailable", exc_info=True)
            depths = {}
        for queue, depth in depths.items():
            family.add_metric([queue], depth)
        yield family

    @staticmethod
    def _family() -> GaugeMetricFamily:
        return GaugeMetricFamily("huikuan_queue_messages", "Messages waiting in the broker's queue", labels=["queue"])


_queue_depth = QueueDepthCollector()


def register_queue_depth() -> None:
    """Register the queue-depth collector once per process (create_app may run more than once)."""
    if _queue_depth not in REGISTRY._collector_to_names:  # noqa: SLF001 - prometheus_client has no public lookup
        REGISTRY.register(_queue_depth)
