"""The commercial providers whose settings are present, built on one shared HTTP client."""

from __future__ import annotations

from contextlib import AsyncExitStack
from dataclasses import dataclass, field

import httpx
from pydantic import SecretStr

from aisle_mcp import __version__
from aisle_mcp.providers.base import Inventory, ProductExtraction, ProductSearch
from aisle_mcp.providers.catalogai import client as catalogai
from aisle_mcp.providers.catalogai.client import CatalogAISearch
from aisle_mcp.providers.commerceclarity import client as commerceclarity
from aisle_mcp.providers.commerceclarity.client import CommerceClarityInventory
from aisle_mcp.providers.criteo.provider import CriteoInventory
from aisle_mcp.providers.getcatalog import client as getcatalog
from aisle_mcp.providers.getcatalog.client import GetCatalogExtraction
from aisle_mcp.providers.http import AuthHeaders, ProviderHTTP, RetryPolicy
from aisle_mcp.server.settings import ProviderSettings, Settings

REMOTE = ("getcatalog", "catalogai", "commerceclarity", "criteo")


@dataclass
class RemoteProviders:
    search: dict[str, ProductSearch] = field(default_factory=dict[str, ProductSearch])
    extraction: dict[str, ProductExtraction] = field(default_factory=dict[str, ProductExtraction])
    inventory: dict[str, Inventory] = field(default_factory=dict[str, Inventory])


def http_client() -> httpx.AsyncClient:
    """The one client every adapter shares: pooled keep-alive connections, bounded, no redirects to follow.

    Each request sets its own timeout from the provider's settings; these are the fallbacks.
    """
    return httpx.AsyncClient(
        timeout=httpx.Timeout(30.0, connect=10.0),
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=16, keepalive_expiry=30.0),
        follow_redirects=False,
        headers={"User-Agent": f"aisle-mcp/{__version__}", "Accept": "application/json"},
    )


async def connect_providers(
    settings: Settings, stack: AsyncExitStack, retry: RetryPolicy | None = None
) -> RemoteProviders:
    """Adapters for every configured provider; what they open is closed by ``stack``."""
    remote = RemoteProviders()
    if not any(settings.configured(name) for name in REMOTE):
        return remote
    client = await stack.enter_async_context(http_client())

    def key(value: SecretStr | None) -> SecretStr:
        assert value is not None  # settings.configured() checked it
        return value

    def http(name: str, headers: AuthHeaders, key_setting: str) -> ProviderHTTP:
        s: ProviderSettings = getattr(settings, name)
        return ProviderHTTP(name, client, s.base_url, headers, s.timeout_s, retry=retry, key_setting=key_setting)

    if settings.configured("getcatalog"):
        headers = getcatalog.auth_headers(key(settings.getcatalog.api_key))
        remote.extraction["getcatalog"] = GetCatalogExtraction(http("getcatalog", headers, getcatalog.KEY_SETTING))
    if settings.configured("catalogai"):
        headers = catalogai.auth_headers(key(settings.catalogai.api_key))
        remote.search["catalogai"] = CatalogAISearch(http("catalogai", headers, catalogai.KEY_SETTING))
    if settings.configured("commerceclarity"):
        headers = commerceclarity.auth_headers(key(settings.commerceclarity.api_key))
        clarity = CommerceClarityInventory(http("commerceclarity", headers, commerceclarity.KEY_SETTING))
        remote.inventory["commerceclarity"] = clarity
        remote.search["commerceclarity"] = clarity
    if settings.configured("criteo"):
        criteo = CriteoInventory(settings.criteo, client, settings.data_dir, retry=retry)
        remote.inventory["criteo"] = await stack.enter_async_context(criteo)
    return remote
