"""Catalog API search through the real search_products tool, against the catalogai stand-in on 127.0.0.1."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.products.search import SearchFilters
from aisle_mcp.providers.catalogai.client import provider_filters
from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.settings import ProviderSettings
from tests.fakes.catalogai import KEY, CatalogAIStandIn, catalog
from tests.fakes.tools import Transcript, call, error_text, outcome

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def stand_in() -> AsyncIterator[tuple[CatalogAIStandIn, str]]:
    fake = CatalogAIStandIn()
    async with fake.serve("/api") as url:
        yield fake, url


def settings_for(tmp_path: Path, url: str, key: str = KEY, timeout_s: float = 30.0) -> Settings:
    return Settings(
        data_dir=tmp_path,
        load_demo=False,
        catalogai=ProviderSettings(base_url=url, api_key=SecretStr(key), timeout_s=timeout_s),
    )


@pytest.fixture
async def client(tmp_path: Path, stand_in: tuple[CatalogAIStandIn, str]) -> AsyncIterator[Client]:
    async with Client(build_server(settings_for(tmp_path, stand_in[1]))) as c:
        yield c


def search(**arguments: Any) -> dict[str, Any]:
    return {"provider": "catalogai", **arguments}


def test_our_filters_become_the_catalog_api_filter_object() -> None:
    filters, notes = provider_filters(
        SearchFilters.model_validate(
            {"price_min": "20", "price_max": "49.99", "brand": "EcoWear", "in_stock": True, "color": "navy blue"}
            | {"material": "cotton or linen"}
        )
    )
    assert filters == {
        "price_min": 20,
        "price_max": 49.99,
        "vendor": "EcoWear",
        "is_available": True,
        "attributes": {"color": "Navy Blue", "fabric": {"cotton": True, "linen": True}},
    }
    assert notes == []


async def test_a_query_with_implied_filters_reaches_the_api_as_query_and_filters(
    client: Client, stand_in: tuple[CatalogAIStandIn, str]
) -> None:
    fake, _ = stand_in
    result = await call(client, "search_products", search(query="red linen shirt under $50"))
    assert fake.bodies[-1] == {
        "query": "shirt",
        "filters": {"price_max": 50, "attributes": {"color": "Red", "fabric": {"linen": True}}},
        "page": 1,
    }
    assert result["provider"] == "catalogai" and result["products"]
    for product in result["products"]:
        assert "Red" in product["title"] and "Shirt" in product["title"]
        assert float(product["price"]["amount"]) <= 50


async def test_explicit_filters_win_over_implied_ones(client: Client, stand_in: tuple[CatalogAIStandIn, str]) -> None:
    fake, _ = stand_in
    await call(client, "search_products", search(query="red jacket", filters={"color": "Blue", "brand": "Palace"}))
    assert fake.bodies[-1]["filters"] == {"vendor": "Palace", "attributes": {"color": "Blue"}}


async def test_pages_of_ten_are_stitched_and_the_capped_total_is_marked_inexact(
    client: Client, stand_in: tuple[CatalogAIStandIn, str]
) -> None:
    fake, _ = stand_in
    ids: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = await call(client, "search_products", search(filters={"price_min": 0}, limit=15, cursor=cursor))
        pages += 1
        ids += [p["id"] for p in page["products"]]
        cursor = page.get("next_cursor")
        if cursor is None:
            break
        assert page["total_exact"] is False and "at most 50" in page["note"]
    assert ids == [f"catalogai:cai-{n:04d}" for n in range(57)]
    assert pages == 4
    assert sorted({b["page"] for b in fake.bodies}) == [1, 2, 3, 4, 5, 6]


async def test_a_small_result_has_an_exact_total_and_no_cursor(client: Client) -> None:
    page = await call(client, "search_products", search(query="dress", filters={"brand": "Nike"}, limit=50))
    expected = [p for p in catalog(57) if "Dress" in p["title"] and p["vendor"] == "Nike"]
    assert page["total"] == len(expected) and page["total_exact"] is True
    assert "next_cursor" not in page and len(page["products"]) == len(expected)


async def test_a_page_past_the_end_is_an_empty_list(client: Client, stand_in: tuple[CatalogAIStandIn, str]) -> None:
    fake, _ = stand_in
    fake.products = catalog(50)  # exactly the cap: the API cannot say whether a sixth page exists
    first = await call(client, "search_products", search(filters={"price_min": 0}, limit=50))
    assert len(first["products"]) == 50 and first["next_cursor"]
    after = await call(
        client, "search_products", search(filters={"price_min": 0}, limit=50, cursor=first["next_cursor"])
    )
    assert after["products"] == [] and "next_cursor" not in after


# The fault test's provider timeout: what its "delay" fault (no answer for 5 s) is cut off by, and also what every
# normal answer in that test must beat, so it is kept far beyond a loopback answer on a busy machine. Elsewhere the
# production default applies.
TIMEOUT_S = 2.0
FAULTS: list[tuple[dict[str, Any], str]] = [
    ({"kind": "status", "status": 403}, "catalogai refused the API key (HTTP 403): check CATALOGAI_API_KEY"),
    ({"kind": "status", "status": 404}, "catalogai has no 'products' (HTTP 404)"),
    ({"kind": "status", "status": 429, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 500}, "ok"),
    ({"kind": "status", "status": 502}, "ok"),
    ({"kind": "status", "status": 503, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 503, "retry_after": "0", "times": 4}, "catalogai did not answer after 4 tries"),
    ({"kind": "status", "status": 500, "times": 4}, "catalogai did not answer after 4 tries (HTTP 500)"),
    ({"kind": "delay", "seconds": 5}, "ok"),
    ({"kind": "drop"}, "ok"),
    ({"kind": "malformed"}, "catalogai sent a reply that is not valid JSON"),
    ({"kind": "empty"}, "ok"),
    (
        {"kind": "status", "status": 400, "body": {"error": "page must be a positive integer"}},
        "page must be a positive",
    ),
]


async def test_every_fault_ends_in_a_retry_or_a_clear_error_and_no_key_ever_shows(
    tmp_path: Path, stand_in: tuple[CatalogAIStandIn, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake, url = stand_in
    seen = Transcript()
    async with Client(build_server(settings_for(tmp_path, url, timeout_s=TIMEOUT_S))) as client:
        for fault, expected in FAULTS:
            fake.faults.add(**dict(fault))
            got = await outcome(client, "search_products", search(query="shirt"), seen)
            if expected == "ok":
                assert isinstance(got, dict), (fault, got)
            else:
                assert isinstance(got, str) and expected in got, (fault, got)
            assert not fake.faults.queue
            assert (await call(client, "search_products", search(query="shirt"), seen))["products"]
    async with Client(build_server(settings_for(tmp_path / "wrong", url, key="cai-wrong-key-77ff"))) as client:
        message = await error_text(client, "search_products", search(query="shirt"), seen)
        assert message.endswith(
            "catalogai refused the API key (HTTP 401): check CATALOGAI_API_KEY "
            "(catalogai said: Invalid API key: [redacted])"
        )
    logged = [record.getMessage() for record in caplog.records]
    for text in seen.texts + logged:
        assert KEY not in text and "cai-wrong-key-77ff" not in text


async def test_without_its_key_catalogai_says_which_variable_to_set(tmp_path: Path) -> None:
    async with Client(build_server(Settings(data_dir=tmp_path, load_demo=False))) as client:
        message = await error_text(client, "search_products", search(query="shirt"))
    assert "set CATALOGAI_API_KEY" in message
