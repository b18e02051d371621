"""The Dramatiq broker, configured at import from BROKER_URL (Redis or RabbitMQ).

Import this module before any actor module: actors bind to the global broker when declared.
Without BROKER_URL the broker is the embedded Redis server's socket under the data directory,
started by `huikuan up` / `huikuan serve` (see backend.worker.embedded).
"""

from __future__ import annotations

import logging
import os
import time

import dramatiq
import pika
from dramatiq.asyncio import get_event_loop_thread
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AsyncIO, Middleware

from ..config import Settings, get_settings
from ..db import close_orm, init_orm, resolve_database_url
from ..logs import REQUEST_ID, bind_request, configure_logging, current_request_id, unbind

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


class RequestContext(Middleware):
    """The request id travels with each job: a message sent without one takes the id of the
    request (or job) that sends it (jobs written to the outbox get it from `kit.uow.enqueue`).
    A worker logs every job's start and end as JSON with that id, its actor and message id, and
    every line its actor logs carries them too (the context reaches async actors, whose task is
    created from the worker thread's context)."""

    def __init__(self) -> None:
        self._started: dict[str, tuple[float, object]] = {}

    def after_process_boot(self, broker: dramatiq.Broker) -> None:
        settings = get_settings()
        configure_logging(settings.log_level, settings.log_format)

    def before_enqueue(self, broker: dramatiq.Broker, message: dramatiq.Message, delay: int | None) -> None:
        request_id = current_request_id()
        if request_id is not None and REQUEST_ID not in message.options:
            message.options[REQUEST_ID] = request_id

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message) -> None:
        tokens = bind_request(
            request_id=message.options.get(REQUEST_ID), job=message.actor_name, message_id=message.message_id
        )
        self._started[message.message_id] = (time.perf_counter(), tokens)
        log.info("job started", extra={"retries": message.options.get("retries", 0)})

    def after_process_message(
        self, broker: dramatiq.Broker, message: dramatiq.Message, *, result: object = None, exception: BaseException | None = None
    ) -> None:
        started, tokens = self._started.pop(message.message_id, (time.perf_counter(), None))
        elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        if exception is None:
            log.info("job done in %s ms", elapsed_ms)
        else:
            log.warning("job failed after %s ms: %s", elapsed_ms, type(exception).__name__)
        if tokens is not None:
            unbind(tokens)  # type: ignore[arg-type]

    after_skip_message = after_process_message


def prometheus_environment(settings: Settings, port: int) -> dict[str, str]:
    """Where dramatiq's Prometheus middleware keeps its multiprocess files and serves them: read
    from the environment when its module is imported, by the worker processes and by the
    exposition server that dramatiq's main process forks, so `huikuan worker` sets it first."""
    directory = (settings.data_dir / "worker-metrics" / str(port)).resolve()
    return {"dramatiq_prom_port": str(port), "dramatiq_prom_db": str(directory)}


def _prometheus(settings: Settings, port: int) -> Middleware:
    """Dramatiq's own Prometheus middleware: job runs, failures, retries, jobs in progress and their
    duration per actor and queue, summed over the worker's processes on WORKER_METRICS_PORT."""
    os.environ.update(prometheus_environment(settings, port))
    from dramatiq.middleware.prometheus import Prometheus

    return Prometheus()


def build_broker(url: str, settings: Settings | None = None) -> dramatiq.Broker:
    settings = settings or get_settings()
    if url.startswith(("redis://", "rediss://", "unix://")):
        broker: dramatiq.Broker = RedisBroker(
            url=url,
            heartbeat_timeout=settings.broker_heartbeat_ms,
            maintenance_chance=settings.broker_maintenance_chance,
        )
    elif url.startswith(("amqp://", "amqps://")):
        broker = RabbitmqBroker(url=url)
    else:
        raise ValueError(f"BROKER_URL must be redis://, rediss://, unix:// or amqp(s)://, got {url!r}")
    broker.add_middleware(AsyncIO())
    broker.add_middleware(TortoiseMiddleware())
    broker.add_middleware(RequestContext())
    if settings.worker_metrics_port is not None:
        broker.add_middleware(_prometheus(settings, settings.worker_metrics_port))
    return broker


broker = build_broker(broker_url(get_settings()))
dramatiq.set_broker(broker)


def ping_broker() -> None:
    """Raise if the broker cannot be reached (used by /readyz)."""
    if isinstance(broker, RedisBroker):
        broker.client.ping()
    else:
        pika.BlockingConnection(broker.parameters).close()


def queue_depths() -> dict[str, int]:
    """Messages waiting per queue (delayed and dead-lettered ones apart), read from the broker."""
    depths: dict[str, int] = {}
    for queue in sorted(broker.get_declared_queues()):
        if isinstance(broker, RedisBroker):
            depths[queue] = int(broker.client.llen(f"{broker.namespace}:{queue}"))
        else:
            depths[queue] = int(broker.get_queue_message_counts(queue)[0])
    return depths
