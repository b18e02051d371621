"""The Dramatiq broker, configured at import from BROKER_URL (Redis or RabbitMQ).

Import this module before any actor module: actors bind to the global broker when declared.
Without BROKER_URL the broker is the embedded Redis server's socket under the data directory,
started by `huikuan up` / `huikuan serve` (see backend.worker.embedded).
"""

from __future__ import annotations

import logging

import dramatiq
import pika
from dramatiq.asyncio import get_event_loop_thread
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AsyncIO, Middleware

from ..config import Settings, get_settings
from ..db import close_orm, init_orm, resolve_database_url

log = logging.getLogger(__name__)


def embedded_broker_socket(settings: Settings) -> str:
    return str((settings.data_dir / "redis" / "redis.sock").resolve())


def broker_url(settings: Settings) -> str:
    return settings.broker_url or f"unix://{embedded_broker_socket(settings)}"


class TortoiseMiddleware(Middleware):
    """Starts Tortoise on the worker's event-loop thread, where async actors run."""

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        settings = get_settings()
        url = resolve_database_url(settings)
        get_event_loop_thread().run_coroutine(init_orm(url, settings.db_pool_max))

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        get_event_loop_thread().run_coroutine(close_orm())


def build_broker(url: str) -> dramatiq.Broker:
    if url.startswith(("redis://", "rediss://", "unix://")):
        broker: dramatiq.Broker = RedisBroker(url=url)
    elif url.startswith(("amqp://", "amqps://")):
        broker = RabbitmqBroker(url=url)
    else:
        raise ValueError(f"BROKER_URL must be redis://, rediss://, unix:// or amqp(s)://, got {url!r}")
    broker.add_middleware(AsyncIO())
    broker.add_middleware(TortoiseMiddleware())
    return broker


broker = build_broker(broker_url(get_settings()))
dramatiq.set_broker(broker)


def ping_broker() -> None:
    """Raise if the broker cannot be reached (used by /readyz)."""
    if isinstance(broker, RedisBroker):
        broker.client.ping()
    else:
        pika.BlockingConnection(broker.parameters).close()
