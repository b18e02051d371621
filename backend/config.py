"""One Settings object, read from the environment (and `.env` if present)."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True)

    env: Literal["development", "production"] = Field("development", alias="HUIKUAN_ENV")
    database_url: str | None = Field(None, alias="DATABASE_URL")
    broker_url: str | None = Field(None, alias="BROKER_URL")
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(8000, alias="PORT")
    data_dir: Path = Field(Path("var"), alias="HUIKUAN_DATA_DIR")
    # Production refuses to start without DATABASE_URL, BROKER_URL and SMTP_HOST unless this asks
    # for the embedded PostgreSQL, Redis and mail outbox explicitly (a one-machine trial).
    embedded_services: bool = Field(False, alias="HUIKUAN_EMBEDDED")
    jwt_secret_key: SecretStr | None = Field(None, alias="JWT_SECRET_KEY")
    encryption_keys_raw: SecretStr | None = Field(None, alias="ENCRYPTION_KEYS")
    legacy_secret_key: SecretStr | None = Field(None, alias="SECRET_KEY")
    public_url_setting: str | None = Field(None, alias="PUBLIC_URL")
    db_pool_max: int = Field(10, alias="DB_POOL_MAX")
    # Expensive analytics (dashboard parts, KPIs, aging) running at once per process, and how long a
    # request waits for one of those slots before it is answered BUSY (docs/analytics.md "Load").
    analytics_concurrency: int = Field(4, ge=1, alias="ANALYTICS_CONCURRENCY")
    analytics_wait_seconds: float = Field(20.0, gt=0, alias="ANALYTICS_WAIT_SECONDS")

    graphiql: bool | None = Field(None, alias="GRAPHQL_IDE")
    introspection: bool | None = Field(None, alias="GRAPHQL_INTROSPECTION")
    max_query_depth: int = Field(12, alias="GRAPHQL_MAX_DEPTH")
    max_query_tokens: int = Field(3000, alias="GRAPHQL_MAX_TOKENS")
    max_aliases: int = Field(30, alias="GRAPHQL_MAX_ALIASES")
    max_page_size: int = Field(100, alias="GRAPHQL_MAX_PAGE_SIZE")
    max_introspection_depth: int = Field(20, alias="GRAPHQL_MAX_INTROSPECTION_DEPTH")
    max_query_cost: int = Field(50_000, alias="GRAPHQL_MAX_COST")
    max_body_bytes: int = Field(1024 * 1024, alias="MAX_BODY_BYTES")
    max_upload_body_bytes: int = Field(42 * 1024 * 1024, alias="MAX_UPLOAD_BODY_BYTES")
    max_document_bytes: int = Field(10 * 1024 * 1024, alias="MAX_DOCUMENT_BYTES")
    max_json_depth: int = Field(32, alias="MAX_JSON_DEPTH")

    jwt_issuer: str = Field("huikuan", alias="JWT_ISSUER")
    jwt_audience: str = Field("huikuan-api", alias="JWT_AUDIENCE")
    access_token_minutes: int = Field(15, alias="ACCESS_TOKEN_MINUTES")
    refresh_token_days: int = Field(30, alias="REFRESH_TOKEN_DAYS")
    login_max_failures_per_account: int = Field(5, alias="LOGIN_MAX_FAILURES_PER_ACCOUNT")
    login_max_failures_per_address: int = Field(20, alias="LOGIN_MAX_FAILURES_PER_ADDRESS")
    login_window_minutes: int = Field(15, alias="LOGIN_WINDOW_MINUTES")
    trust_forwarded_for: bool = Field(False, alias="TRUST_FORWARDED_FOR")
    webhook_refusals_per_minute: int = Field(60, alias="WEBHOOK_REFUSALS_PER_MINUTE")
    webhook_body_retention_days: int = Field(90, alias="WEBHOOK_BODY_RETENTION_DAYS")
    import_file_retention_days: int = Field(90, alias="IMPORT_FILE_RETENTION_DAYS")
    trusted_proxy_count: int = Field(1, ge=1, alias="TRUSTED_PROXY_COUNT")

    smtp_host: str | None = Field(None, alias="SMTP_HOST")
    smtp_port: int = Field(25, alias="SMTP_PORT")
    smtp_username: str | None = Field(None, alias="SMTP_USERNAME")
    smtp_password: SecretStr | None = Field(None, alias="SMTP_PASSWORD")
    smtp_starttls: bool = Field(False, alias="SMTP_STARTTLS")
    mail_from: str = Field("Huikuan <noreply@huikuan.local>", alias="MAIL_FROM")

    sms_provider: Literal["log", "aliyun"] = Field("log", alias="SMS_PROVIDER")
    aliyun_sms_endpoint: str = Field("https://dysmsapi.aliyuncs.com/", alias="ALIYUN_SMS_ENDPOINT")
    aliyun_region: str = Field("cn-hangzhou", alias="ALIYUN_REGION")
    aliyun_access_key_id: str | None = Field(None, alias="ALIYUN_ACCESS_KEY_ID")
    aliyun_access_key_secret: SecretStr | None = Field(None, alias="ALIYUN_ACCESS_KEY_SECRET")
    aliyun_sms_sign_name: str | None = Field(None, alias="ALIYUN_SMS_SIGN_NAME")
    aliyun_sms_template_zh: str = Field("", alias="ALIYUN_SMS_TEMPLATE_ZH")
    aliyun_sms_template_en: str = Field("", alias="ALIYUN_SMS_TEMPLATE_EN")

    worker_processes: int = Field(1, alias="WORKER_PROCESSES")
    worker_threads: int = Field(4, alias="WORKER_THREADS")
    # How long (ms) a Redis-broker worker may stay silent before another worker puts its unacknowledged
    # messages back on the queue (a worker killed mid-job); RabbitMQ redelivers when the connection drops.
    broker_heartbeat_ms: int = Field(60_000, ge=1_000, alias="BROKER_HEARTBEAT_MS")
    # How many of a million Redis-broker commands also look for silent workers (dramatiq's default).
    broker_maintenance_chance: int = Field(1_000, ge=1, le=1_000_000, alias="BROKER_MAINTENANCE_CHANCE")
    # A worker serves its job metrics (all its processes, Prometheus multiprocess mode) on this port;
    # unset: no metrics server (several workers on one host each need their own port).
    worker_metrics_port: int | None = Field(None, alias="WORKER_METRICS_PORT")
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    log_format: Literal["json", "text"] = Field("json", alias="LOG_FORMAT")

    @model_validator(mode="after")
    def _production_needs_keys(self) -> "Settings":
        if self.legacy_secret_key is not None:
            raise ValueError(
                "SECRET_KEY was split in two: set JWT_SECRET_KEY to sign tokens and ENCRYPTION_KEYS to seal "
                "webhook secrets (to keep existing ones, put the old SECRET_KEY in ENCRYPTION_KEYS), "
                "then remove SECRET_KEY; see docs/security.md"
            )
        if self.env == "production" and (self.jwt_secret_key is None or not self.encryption_keys()):
            raise ValueError("JWT_SECRET_KEY and ENCRYPTION_KEYS are required when HUIKUAN_ENV=production")
        if self.jwt_secret_key is not None and len(self.jwt_secret_key.get_secret_value()) < MIN_KEY_LENGTH:
            raise ValueError(f"JWT_SECRET_KEY must be at least {MIN_KEY_LENGTH} characters")
        if any(len(key) < MIN_KEY_LENGTH for key in self.encryption_keys()):
            raise ValueError(f"every key in ENCRYPTION_KEYS must be at least {MIN_KEY_LENGTH} characters")
        return self

    @model_validator(mode="after")
    def _production_needs_services(self) -> "Settings":
        """In production every shared service is named: a replica that silently started its own
        PostgreSQL or Redis, or kept mail in a local folder, would lose data and split the state."""
        if self.env != "production" or self.embedded_services:
            return self
        missing = [name for name, value in (("DATABASE_URL", self.database_url), ("BROKER_URL", self.broker_url),
                                            ("SMTP_HOST", self.smtp_host)) if not value]
        if missing:
            raise ValueError(
                f"HUIKUAN_ENV=production needs {', '.join(missing)} (embedded services only with HUIKUAN_EMBEDDED=true)"
            )
        return self

    @property
    def public_url(self) -> str:
        """Base of links in mails and answers: PUBLIC_URL, else this server's own address (HOST and
        PORT, `--port` included; a wildcard host is reached at 127.0.0.1)."""
        if self.public_url_setting:
            return self.public_url_setting
        host = "127.0.0.1" if self.host in WILDCARD_HOSTS else self.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def graphiql_enabled(self) -> bool:
        return (not self.is_production) if self.graphiql is None else self.graphiql

    @property
    def introspection_enabled(self) -> bool:
        return (not self.is_production) if self.introspection is None else self.introspection

    def signing_key(self) -> str:
        """The key that signs access tokens (HS256) and public links (HMAC-SHA256).

        Development keeps a generated key under the data directory so tokens survive restarts.
        """
        if self.jwt_secret_key is not None:
            return self.jwt_secret_key.get_secret_value()
        return _generated_key(self.data_dir / "jwt_secret_key")

    def encryption_keys(self) -> list[str]:
        """The keys that seal secrets at rest: the first seals, every one opens (for rotation).

        Development generates one under the data directory; a `secret_key` file left there by
        earlier versions (which sealed with it) is kept as a second key, so old secrets still open.
        """
        if self.encryption_keys_raw is not None:
            return [key.strip() for key in self.encryption_keys_raw.get_secret_value().split(",") if key.strip()]
        if self.is_production:
            return []
        keys = [_generated_key(self.data_dir / "encryption_key")]
        legacy = self.data_dir / "secret_key"
        if legacy.exists():
            keys.append(legacy.read_text().strip())
        return keys


MIN_KEY_LENGTH = 32


def _generated_key(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
