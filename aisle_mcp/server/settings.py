"""Aisle's settings, read once from a mapping (the environment in production, a dict in tests).

Only the server reads the environment; everything else receives these values.
Keys are ``SecretStr``: they never show in a repr, a log line or an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from aisle_mcp.storage.workers import LEASE_S

PROVIDERS = ("local", "getcatalog", "catalogai", "commerceclarity", "criteo")


class ProviderSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    base_url: str
    api_key: SecretStr | None = None
    timeout_s: float = 30.0


class CriteoSettings(ProviderSettings):
    client_id: str | None = None
    client_secret: SecretStr | None = None
    token_url: str = "https://api.criteo.com/oauth2/token"
    version: str = "2025-10"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    data_dir: Path = Field(description="Where the catalog, jobs and caches live.")
    default_provider: str = "local"
    allow_private_addresses: bool = False
    fetch_timeout_s: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_per_host: int = 4
    fetch_concurrency: int = 64
    max_result_bytes: int = 24_000
    load_demo: bool = True
    share_extracted: bool = False
    """Products read from pages join the shared catalog, for every token to see (one team); else each token's own."""
    http_token: SecretStr | None = None
    """Bearer tokens for HTTP, comma-separated: each token is a separate owner of jobs and cursors."""
    database_url: SecretStr | None = None
    """PostgreSQL for what replicas share (``postgresql://user:password@host/db``); None: the local SQLite file."""
    database_pool_size: int = Field(default=16, ge=1, le=1000)
    """PostgreSQL connections one server process keeps at most (each of ``--workers`` has a pool of its own)."""
    job_lease_s: float = Field(default=LEASE_S, ge=2, le=3600)
    """How long a server's claim on an extraction run lasts unless renewed (it renews every third of it): how soon
    another server takes over the run of one that died on another machine."""
    allowed_hosts: str = ""
    """Extra Host header values HTTP accepts, comma-separated (``name`` or ``name:port``)."""
    allowed_origins: str = ""
    """Extra Origin header values HTTP accepts, comma-separated (``https://app.example.com``)."""
    http_active_per_client: int = Field(default=16, ge=1)
    """Requests of one HTTP client (token, else address) served at once; the rest of its requests wait."""
    http_waiting_per_client: int = Field(default=512, ge=0)
    """Requests of one HTTP client that may wait; past that it is answered 429 until some finish."""
    getcatalog: ProviderSettings = ProviderSettings(base_url="https://api.getcatalog.ai/v1")
    catalogai: ProviderSettings = ProviderSettings(base_url="https://catalogai.vercel.app/api")
    commerceclarity: ProviderSettings = ProviderSettings(base_url="https://api.commerceclarity.com/api/v1")
    criteo: CriteoSettings = CriteoSettings(base_url="https://api.criteo.com")

    @property
    def database(self) -> Path:
        return self.data_dir / "aisle.db"

    def configured(self, provider: str) -> bool:
        """Whether a provider has what it needs to be called."""
        if provider == "local":
            return True
        if provider == "criteo":
            return bool(self.criteo.client_id and self.criteo.client_secret)
        settings: ProviderSettings = getattr(self, provider)
        return settings.api_key is not None


# Each variable and the setting it fills. The README lists the same names.
ENVIRONMENT = {
    "AISLE_DATA_DIR": ("data_dir",),
    "AISLE_DEFAULT_PROVIDER": ("default_provider",),
    "AISLE_ALLOW_PRIVATE_ADDRESSES": ("allow_private_addresses",),
    "AISLE_FETCH_TIMEOUT": ("fetch_timeout_s",),
    "AISLE_FETCH_MAX_BYTES": ("fetch_max_bytes",),
    "AISLE_FETCH_PER_HOST": ("fetch_per_host",),
    "AISLE_MAX_RESULT_BYTES": ("max_result_bytes",),
    "AISLE_LOAD_DEMO": ("load_demo",),
    "AISLE_SHARE_EXTRACTED": ("share_extracted",),
    "AISLE_HTTP_TOKEN": ("http_token",),
    "AISLE_DATABASE_URL": ("database_url",),
    "AISLE_DATABASE_POOL_SIZE": ("database_pool_size",),
    "AISLE_JOB_LEASE_SECONDS": ("job_lease_s",),
    "AISLE_ALLOWED_HOSTS": ("allowed_hosts",),
    "AISLE_ALLOWED_ORIGINS": ("allowed_origins",),
    "AISLE_HTTP_ACTIVE_PER_CLIENT": ("http_active_per_client",),
    "AISLE_HTTP_WAITING_PER_CLIENT": ("http_waiting_per_client",),
    "GETCATALOG_API_KEY": ("getcatalog", "api_key"),
    "GETCATALOG_BASE_URL": ("getcatalog", "base_url"),
    "GETCATALOG_TIMEOUT": ("getcatalog", "timeout_s"),
    "CATALOGAI_API_KEY": ("catalogai", "api_key"),
    "CATALOGAI_BASE_URL": ("catalogai", "base_url"),
    "CATALOGAI_TIMEOUT": ("catalogai", "timeout_s"),
    "COMMERCECLARITY_API_KEY": ("commerceclarity", "api_key"),
    "COMMERCECLARITY_BASE_URL": ("commerceclarity", "base_url"),
    "COMMERCECLARITY_TIMEOUT": ("commerceclarity", "timeout_s"),
    "CRITEO_CLIENT_ID": ("criteo", "client_id"),
    "CRITEO_CLIENT_SECRET": ("criteo", "client_secret"),
    "CRITEO_BASE_URL": ("criteo", "base_url"),
    "CRITEO_TOKEN_URL": ("criteo", "token_url"),
    "CRITEO_API_VERSION": ("criteo", "version"),
    "CRITEO_TIMEOUT": ("criteo", "timeout_s"),
}


class SettingsError(ValueError):
    """A setting has a value Aisle cannot use; the message names the variable, never its value."""


def load_settings(environ: Mapping[str, str]) -> Settings:
    values: dict[str, Any] = {"data_dir": platformdirs.user_data_dir("aisle-mcp", appauthor=False)}
    defaults = Settings.model_fields
    for variable, path in ENVIRONMENT.items():
        raw = environ.get(variable)
        if raw is None or raw == "":
            continue
        if len(path) == 1:
            values[path[0]] = raw
        else:
            section: dict[str, Any] = values.setdefault(path[0], defaults[path[0]].default.model_dump())
            section[path[1]] = raw
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        names = {".".join(map(str, e["loc"])) for e in exc.errors()}
        wrong = [v for v, p in ENVIRONMENT.items() if ".".join(p) in names or p[0] in names]
        told = [f"{v}{_bounds(ENVIRONMENT[v])}" for v in sorted(wrong)]
        raise SettingsError(f"invalid value for {', '.join(told) or 'a setting'}") from None
    if settings.default_provider not in PROVIDERS:
        raise SettingsError(f"AISLE_DEFAULT_PROVIDER must be one of {', '.join(PROVIDERS)}")
    check_database_url(settings.database_url)
    return settings


def _bounds(path: tuple[str, ...]) -> str:
    """What a bounded number setting takes, in words (``" (a number from 1 to 1000)"``); empty for the others."""
    if len(path) != 1 or path[0] not in Settings.model_fields:
        return ""
    field = Settings.model_fields[path[0]]
    low = next((bound for m in field.metadata if (bound := getattr(m, "ge", None)) is not None), None)
    high = next((bound for m in field.metadata if (bound := getattr(m, "le", None)) is not None), None)
    kind = "a whole number" if field.annotation is int else "a number"
    if low is not None and high is not None:
        return f" ({kind} from {low} to {high})"
    if low is not None:
        return f" ({kind}, at least {low})"
    return ""


def check_database_url(url: SecretStr | None) -> None:
    """A database URL Aisle can use: ``postgresql://`` (or ``postgres://``), its port a number. The error names the
    setting, never the URL (it may hold a password)."""
    if url is None:
        return
    parts = urlsplit(url.get_secret_value())
    try:
        parts.port  # noqa: B018 (reading it checks it)
    except ValueError:
        raise SettingsError("AISLE_DATABASE_URL has a port that is not a number") from None
    if parts.scheme not in ("postgresql", "postgres"):
        raise SettingsError("AISLE_DATABASE_URL must be a postgresql:// URL, e.g. postgresql://aisle:PASSWORD@db/aisle")
