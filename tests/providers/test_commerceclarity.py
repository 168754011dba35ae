"""CommerceClarity through the real list_inventory and search_products tools, against its stand-in on 127.0.0.1."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.settings import ProviderSettings
from tests.fakes.commerceclarity import KEY, CommerceClarityStandIn
from tests.fakes.tools import Transcript, call, error_text, outcome

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def stand_in() -> AsyncIterator[tuple[CommerceClarityStandIn, str]]:
    fake = CommerceClarityStandIn()
    async with fake.serve("/api/v1") as url:
        yield fake, url


def settings_for(tmp_path: Path, url: str, key: str = KEY, timeout_s: float = 30.0) -> Settings:
    return Settings(
        data_dir=tmp_path,
        load_demo=False,
        commerceclarity=ProviderSettings(base_url=url, api_key=SecretStr(key), timeout_s=timeout_s),
    )


@pytest.fixture
async def client(tmp_path: Path, stand_in: tuple[CommerceClarityStandIn, str]) -> AsyncIterator[Client]:
    async with Client(build_server(settings_for(tmp_path, stand_in[1]))) as c:
        yield c


def inventory(**arguments: Any) -> dict[str, Any]:
    return {"provider": "commerceclarity", **arguments}


async def test_inventory_filters_become_the_apis_query_parameters(
    client: Client, stand_in: tuple[CommerceClarityStandIn, str]
) -> None:
    fake, _ = stand_in
    page = await call(
        client,
        "list_inventory",
        inventory(
            country="de",
            brand="Lumen",
            category="Electronics",
            tags=["sale", "new"],
            search="Produkt",
            updated_from="2024-02-15T00:00:00Z",
            in_stock=True,
        ),
    )
    assert fake.queries[-1] == {
        "search": "Produkt",
        "country": "de",
        "brand": "Lumen",
        "category": "Electronics",
        "tags": "sale,new",
        "updated_from": "2024-02-15T00:00:00+00:00",
        "page": "1",
    }
    assert page["products"] and all(p["title"].startswith("Produkt ") for p in page["products"])
    assert all(p["brand"] == "Lumen" for p in page["products"])
    assert "in_stock was not applied" in page["note"]


async def test_laravel_pages_of_fifty_are_stitched_onto_offset_and_limit(
    client: Client, stand_in: tuple[CommerceClarityStandIn, str]
) -> None:
    fake, _ = stand_in
    ids: list[str] = []
    cursor: str | None = None
    for _ in range(10):
        page = await call(client, "list_inventory", inventory(limit=35, cursor=cursor))
        assert page["total"] == 120
        ids += [p["id"] for p in page["products"]]
        cursor = page.get("next_cursor")
        if cursor is None:
            break
    assert ids == [f"commerceclarity:65f{n:021x}" for n in range(120)]
    assert {q["page"] for q in fake.queries} == {"1", "2", "3"}


async def test_search_within_the_inventory_uses_the_search_parameter(
    client: Client, stand_in: tuple[CommerceClarityStandIn, str]
) -> None:
    fake, _ = stand_in
    result = await call(
        client, "search_products", {"provider": "commerceclarity", "query": "SKU-0042", "filters": {"color": "red"}}
    )
    assert fake.queries[-1]["search"] == "SKU-0042"
    assert [p["title"] for p in result["products"]] == ["Prodotto 42"]
    assert "cannot filter by color" in result["note"]


async def test_a_page_past_the_end_is_empty(client: Client, stand_in: tuple[CommerceClarityStandIn, str]) -> None:
    fake, _ = stand_in
    fake.products = fake.products[:50]
    first = await call(client, "list_inventory", inventory(limit=100))
    assert len(first["products"]) == 50 and "next_cursor" not in first
    empty = await call(client, "list_inventory", inventory(search="no such product"))
    assert empty["products"] == [] and empty["total"] == 0


# The fault test's provider timeout: what its "delay" fault (no answer for 5 s) is cut off by, and also what every
# normal answer in that test must beat, so it is kept far beyond a loopback answer on a busy machine. Elsewhere the
# production default applies.
TIMEOUT_S = 2.0
FAULTS: list[tuple[dict[str, Any], str]] = [
    (
        {"kind": "status", "status": 403},
        "commerceclarity refused the API key (HTTP 403): check COMMERCECLARITY_API_KEY",
    ),
    ({"kind": "status", "status": 404}, "commerceclarity has no 'products' (HTTP 404)"),
    ({"kind": "status", "status": 429, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 500}, "ok"),
    ({"kind": "status", "status": 502}, "ok"),
    ({"kind": "status", "status": 503, "retry_after": "0"}, "ok"),
    ({"kind": "status", "status": 503, "retry_after": "0", "times": 4}, "commerceclarity did not answer after 4 tries"),
    ({"kind": "delay", "seconds": 5}, "ok"),
    ({"kind": "drop"}, "ok"),
    ({"kind": "malformed"}, "commerceclarity sent a reply that is not valid JSON"),
    ({"kind": "empty"}, "ok"),
    (
        {
            "kind": "status",
            "status": 422,
            "body": {"message": "The given data was invalid.", "errors": {"tags": ["The tags field is invalid."]}},
        },
        "rejected the request (HTTP 422): The given data was invalid.; tags: The tags field is invalid.",
    ),
]


async def test_every_fault_ends_in_a_retry_or_a_clear_error_and_no_key_ever_shows(
    tmp_path: Path, stand_in: tuple[CommerceClarityStandIn, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake, url = stand_in
    seen = Transcript()
    async with Client(build_server(settings_for(tmp_path, url, timeout_s=TIMEOUT_S))) as client:
        for fault, expected in FAULTS:
            fake.faults.add(**dict(fault))
            got = await outcome(client, "list_inventory", inventory(), seen)
            if expected == "ok":
                assert isinstance(got, dict), (fault, got)
            else:
                assert isinstance(got, str) and expected in got, (fault, got)
            assert not fake.faults.queue
            assert (await call(client, "list_inventory", inventory(), seen))["products"]
    async with Client(build_server(settings_for(tmp_path / "wrong", url, key="cc-wrong-token-31ee"))) as client:
        message = await error_text(client, "list_inventory", inventory(), seen)
        assert message.endswith(
            "commerceclarity refused the API key (HTTP 401): check COMMERCECLARITY_API_KEY "
            "(commerceclarity said: Invalid API key: [redacted])"
        )
    logged = [record.getMessage() for record in caplog.records]
    for text in seen.texts + logged:
        assert KEY not in text and "cc-wrong-token-31ee" not in text


async def test_without_its_key_commerceclarity_says_which_variable_to_set(tmp_path: Path) -> None:
    async with Client(build_server(Settings(data_dir=tmp_path, load_demo=False))) as client:
        message = await error_text(client, "list_inventory", inventory())
    assert "set COMMERCECLARITY_API_KEY" in message
