"""Every actor module, imported by `huikuan worker` (dramatiq loads this module)."""

from . import broker  # noqa: F401 - configures the broker first
from ..accounts import tasks as accounts_tasks  # noqa: F401
from ..alerts import tasks as alerts_tasks  # noqa: F401
from ..analytics import tasks as analytics_tasks  # noqa: F401
from ..collections import tasks as collections_tasks  # noqa: F401
from ..credit import tasks as credit_tasks  # noqa: F401
from ..imports import tasks as imports_tasks  # noqa: F401
from ..invoices import tasks as invoices_tasks  # noqa: F401
from . import retention  # noqa: F401
from ..reconciliation import tasks as reconciliation_tasks  # noqa: F401

__all__ = [
    "broker", "accounts_tasks", "alerts_tasks", "analytics_tasks", "collections_tasks", "credit_tasks", "imports_tasks", "invoices_tasks",
    "reconciliation_tasks", "retention",
]
