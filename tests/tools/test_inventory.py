"""list_inventory through a real MCP client, in both protocol eras: the mistakes an agent makes with it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from aisle_mcp.server import Settings, build_server

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["auto", "legacy"])
async def client(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Client]:
    async with Client(build_server(Settings(data_dir=tmp_path)), mode=request.param) as c:
        yield c


async def call(client: Client, arguments: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool("list_inventory", arguments)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def error_text(client: Client, arguments: dict[str, Any]) -> str:
    result = await client.call_tool("list_inventory", arguments)
    assert result.is_error
    return " ".join(getattr(block, "text", "") for block in result.content)


async def test_dates_with_and_without_an_offset_can_be_mixed(client: Client) -> None:
    # A date without an offset is read as UTC, so it compares with one that has an offset instead of crashing.
    mixed = await call(client, {"updated_from": "2025-01-01T00:00:00Z", "updated_to": "2025-06-01", "limit": 1})
    aware = await call(client, {"updated_from": "2025-01-01T00:00:00Z", "updated_to": "2025-06-01T00:00:00Z"})
    assert mixed["total"] == aware["total"] > 0
    assert "swap them" in await error_text(
        client, {"updated_from": "2025-06-01T00:00:00+02:00", "updated_to": "2025-01-01"}
    )


async def test_an_offset_is_honoured_whatever_zone_it_is_in(client: Client) -> None:
    utc = await call(client, {"updated_from": "2025-03-01T00:00:00Z", "limit": 1})
    same_moment = await call(client, {"updated_from": "2025-03-01T05:00:00+05:00", "limit": 1})
    assert same_moment["total"] == utc["total"]


async def test_blank_text_filters_mean_any(client: Client) -> None:
    everything = await call(client, {"limit": 1})
    blank = await call(client, {"limit": 1, "brand": "   ", "search": " ", "category": "", "tags": [" "]})
    assert blank["total"] == everything["total"] > 0
    padded = await call(client, {"limit": 1, "brand": " Pacefield "})
    assert padded["products"] and padded["products"][0]["brand"] == "Pacefield"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"account_id": "123"}, "account_id is for provider 'criteo'"),
        ({"brand_ids": ["7"]}, "brand_ids is for provider 'criteo'"),
        ({"country": "US"}, "country is for provider 'commerceclarity'"),
    ],
)
async def test_a_scope_the_provider_lacks_is_refused_not_ignored(
    client: Client, arguments: dict[str, Any], expected: str
) -> None:
    text = await error_text(client, {"limit": 1, **arguments})
    assert expected in text
    assert "Provider 'local'" in text


async def test_a_page_says_where_it_is_and_carries_no_idle_flags(client: Client) -> None:
    first = await call(client, {"limit": 5})
    assert "preparing" not in first
    assert first["note"].startswith(f"Showing 1-5 of {first['total']}.")
    second = await call(client, {"limit": 5, "cursor": first["next_cursor"]})
    assert second["note"].startswith("Showing 6-10 of")


async def test_an_empty_listing_names_what_narrowed_it(client: Client) -> None:
    words = await call(client, {"search": "zzzqqqxx"})
    assert words["products"] == []
    assert "words in search" in words["note"]
    assert "Drop some" not in words["note"]
    brand = await call(client, {"brand": "Nobody", "in_stock": True})
    assert "Drop some of brand, in_stock" in brand["note"]
