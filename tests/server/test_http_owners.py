"""Two tokens on one real ``aisle-mcp serve --http``: what one token read or was answered stays its own.

Every tool that can show a product is asked by the other token, with ids and job ids copied from the first
token's answers; each answer must be the one a never-existing product, word or job gets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.products import stable_id
from tests.fakes.catalogai import KEY as CATALOGAI_KEY
from tests.fakes.catalogai import CatalogAIStandIn
from tests.fakes.getcatalog import KEY as GETCATALOG_KEY
from tests.fakes.getcatalog import GetCatalogStandIn
from tests.server.test_http import ALPHA, BETA, connect, data, serve
from tests.shop_pages import product_page, serve_pages

pytestmark = pytest.mark.anyio

SECRET = product_page("Zephyrine Quokka Wool Throw Blanket", "88.00", brand="Nimbleworks", sku="ZQ-4471")
# Words only the secret page has; the same words one letter off; and words no product has at all.
SECRET_WORDS = "zephyrine quokka"
SLIPPED_WORDS = "zephyrime quokks"
NEVER_WORDS = "vorpalith snarkle"
NEVER_ID = stable_id("local", "a product nobody ever read")
NEVER_JOB = "job_" + "0" * 24


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> dict[str, str]:
    """The server's settings for where it keeps everything: the data directory's SQLite file, or PostgreSQL (a
    fresh database on the test session's cluster)."""
    if request.param == "sqlite":
        return {}
    url: SecretStr = request.getfixturevalue("postgres_url")
    return {"AISLE_DATABASE_URL": url.get_secret_value()}


async def text_of(client: Client, tool: str, arguments: dict[str, Any]) -> str:
    """Everything an answer (or error) says, as one text: content and structured content."""
    result = await client.call_tool(tool, arguments)
    structured = json.dumps(result.structured_content, sort_keys=True) if result.structured_content else ""
    return f"error={result.is_error} " + " ".join(getattr(b, "text", "") for b in result.content) + structured


def alike(text: str, said: str, instead: str) -> str:
    """``text`` with ``said`` written as ``instead`` (word for word), to compare two answers but for the words."""
    for word, other in zip(said.split(), instead.split(), strict=True):
        text = text.replace(word, other)
    return text


async def test_a_page_read_for_one_token_shows_nowhere_for_another(tmp_path: Path, engine: dict[str, str]) -> None:
    with (
        serve_pages({"/p/secret.html": SECRET}) as (base, _),
        serve(tmp_path, env=engine) as served,
        anyio.fail_after(90),
    ):
        url = f"{base}/p/secret.html"
        async with connect(served.url, ALPHA) as alpha, connect(served.url, BETA) as beta:
            before = data(await beta.call_tool("search_products", {"query": "wool throw blanket"}))
            started = data(await alpha.call_tool("extract_product_urls", {"urls": [url], "wait_seconds": 20}))
            assert started["status"] == "completed"
            job_id, mine = started["job_id"], started["products"][0]["id"]

            # The reader finds its page everywhere: search (first for its words), details, inventory, its jobs.
            found = data(await alpha.call_tool("search_products", {"query": SECRET_WORDS}))
            assert found["products"][0]["id"] == mine
            assert data(await alpha.call_tool("get_product", {"id": mine}))["url"] == url
            listed = data(await alpha.call_tool("list_inventory", {"search": "quokka"}))
            assert [p["id"] for p in listed["products"]] == [mine]
            slipped = data(await alpha.call_tool("search_products", {"query": SLIPPED_WORDS}))
            assert slipped["products"][0]["id"] == mine
            assert "Searched for 'zephyrine'" in slipped["note"]  # so the slip below is a real test
            shared = data(await alpha.call_tool("search_products", {"query": "wool throw blanket"}))
            assert mine in [p["id"] for p in shared["products"]]
            assert shared["total"] == before["total"] + 1

            # The other token: search, typo help, totals and notes are those of a catalog without that page.
            never = await text_of(beta, "search_products", {"query": NEVER_WORDS})
            assert (
                alike(await text_of(beta, "search_products", {"query": SECRET_WORDS}), SECRET_WORDS, NEVER_WORDS)
                == never
            )
            theirs_slipped = await text_of(beta, "search_products", {"query": SLIPPED_WORDS})
            assert "zephyrine" not in theirs_slipped and "quokka" not in theirs_slipped
            assert alike(theirs_slipped, SLIPPED_WORDS, NEVER_WORDS) == never
            after = data(await beta.call_tool("search_products", {"query": "wool throw blanket"}))
            assert after == before
            # The page's price is in EUR: a price sort compares one currency, so this one is named.
            cheapest = {"query": "wool throw blanket", "sort": "price_asc", "limit": 50, "filters": {"currency": "EUR"}}
            assert mine not in await text_of(beta, "search_products", cheapest)
            assert mine in await text_of(alpha, "search_products", cheapest)
            by_brand = await text_of(beta, "search_products", {"filters": {"brand": "Nimbleworks"}})
            assert alike(by_brand, "Nimbleworks", "Vorpalworks") == await text_of(
                beta, "search_products", {"filters": {"brand": "Vorpalworks"}}
            )
            for query in ("Nimbleworks", "ZQ-4471", "zq4471"):
                assert mine not in await text_of(beta, "search_products", {"query": query})

            never_listed = await text_of(beta, "list_inventory", {"search": "vorpalith"})
            assert alike(await text_of(beta, "list_inventory", {"search": "quokka"}), "quokka", "vorpalith") == (
                never_listed
            )
            slipped_listing = await text_of(beta, "list_inventory", {"search": "quokks"})
            assert "quokka" not in slipped_listing
            assert alike(slipped_listing, "quokks", "vorpalith") == never_listed
            assert "did you mean 'quokka'" in await text_of(alpha, "list_inventory", {"search": "quokks"})
            everything = data(await beta.call_tool("list_inventory", {"limit": 1}))
            assert everything["total"] == data(await alpha.call_tool("list_inventory", {"limit": 1}))["total"] - 1
            assert mine not in await text_of(beta, "list_inventory", {"brand": "Nimbleworks"})

            # Ids copied from the reader's answers, or guessed, are not found, exactly as one that never was.
            never_product = await text_of(beta, "get_product", {"id": NEVER_ID})
            for guessed in (mine, stable_id("local", url)):
                assert alike(await text_of(beta, "get_product", {"id": guessed}), guessed, NEVER_ID) == never_product
            for tool in ("get_extract_status", "cancel_extract"):
                never_job = await text_of(beta, tool, {"job_id": NEVER_JOB})
                assert alike(await text_of(beta, tool, {"job_id": job_id}), job_id, NEVER_JOB) == never_job
            assert data(await beta.call_tool("list_extract_jobs", {}))["jobs"] == []

            # The other token reads the same page: a product of its own, which replaces nothing of the first's.
            own = data(await beta.call_tool("extract_product_urls", {"urls": [url], "wait_seconds": 20}))
            theirs = own["products"][0]["id"]
            assert theirs != mine
            assert [
                p["id"] for p in data(await beta.call_tool("search_products", {"query": SECRET_WORDS}))["products"]
            ] == [theirs]
            assert [j["job_id"] for j in data(await beta.call_tool("list_extract_jobs", {}))["jobs"]] == [own["job_id"]]
            assert (await alpha.call_tool("get_product", {"id": theirs})).is_error
            assert [
                p["id"] for p in data(await alpha.call_tool("search_products", {"query": SECRET_WORDS}))["products"]
            ] == [mine]
            status = data(await alpha.call_tool("get_extract_status", {"job_id": job_id}))
            assert [p["id"] for p in status["products"]] == [mine]
            assert [j["job_id"] for j in data(await alpha.call_tool("list_extract_jobs", {}))["jobs"]] == [job_id]


async def test_records_a_provider_answered_one_token_are_not_found_by_another(
    tmp_path: Path, engine: dict[str, str]
) -> None:
    searcher, reader = CatalogAIStandIn(), GetCatalogStandIn()
    async with searcher.serve("/api") as catalogai, reader.serve("/v1") as getcatalog:
        env = {
            "CATALOGAI_BASE_URL": catalogai,
            "CATALOGAI_API_KEY": CATALOGAI_KEY,
            "GETCATALOG_BASE_URL": getcatalog,
            "GETCATALOG_API_KEY": GETCATALOG_KEY,
            **engine,
        }
        with serve(tmp_path, env=env) as served, anyio.fail_after(90):
            async with connect(served.url, ALPHA) as alpha, connect(served.url, BETA) as beta:
                answered = data(await alpha.call_tool("search_products", {"query": "shirt", "provider": "catalogai"}))
                job = data(
                    await alpha.call_tool(
                        "extract_product_urls",
                        {"urls": ["https://shop.example/p/1"], "provider": "getcatalog", "wait_seconds": 30},
                    )
                )
                assert job["status"] == "completed"
                ids = [answered["products"][0]["id"], job["products"][0]["id"]]
                assert {i.split(":")[0] for i in ids} == {"catalogai", "getcatalog"}
                never = await text_of(beta, "get_product", {"id": NEVER_ID})
                for remembered in ids:
                    assert data(await alpha.call_tool("get_product", {"id": remembered}))["id"] == remembered
                    assert alike(await text_of(beta, "get_product", {"id": remembered}), remembered, NEVER_ID) == never
                job_text = await text_of(beta, "get_extract_status", {"job_id": job["job_id"]})
                assert alike(job_text, job["job_id"], NEVER_JOB) == await text_of(
                    beta, "get_extract_status", {"job_id": NEVER_JOB}
                )


async def test_with_extracted_products_shared_every_token_finds_them_but_jobs_stay_their_own(
    tmp_path: Path, engine: dict[str, str]
) -> None:
    shared = {"AISLE_SHARE_EXTRACTED": "true", **engine}
    with serve_pages({"/p/secret.html": SECRET}) as (base, _), serve(tmp_path, env=shared) as served:
        url = f"{base}/p/secret.html"
        with anyio.fail_after(60):
            async with connect(served.url, ALPHA) as alpha, connect(served.url, BETA) as beta:
                started = data(await alpha.call_tool("extract_product_urls", {"urls": [url], "wait_seconds": 20}))
                product_id = started["products"][0]["id"]
                found = data(await beta.call_tool("search_products", {"query": SECRET_WORDS}))
                assert [p["id"] for p in found["products"]] == [product_id]
                assert data(await beta.call_tool("get_product", {"id": product_id}))["url"] == url
                listed = data(await beta.call_tool("list_inventory", {"search": "quokka"}))
                assert [p["id"] for p in listed["products"]] == [product_id]
                theirs = await text_of(beta, "get_extract_status", {"job_id": started["job_id"]})
                assert re.search(r"error=True .*No extraction job", theirs)
                assert data(await beta.call_tool("list_extract_jobs", {}))["total"] == 0
