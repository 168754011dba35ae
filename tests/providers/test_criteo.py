"""Criteo catalog exports behind list_inventory, against the Criteo stand-in on 127.0.0.1.

Most tests drive ``CriteoInventory`` directly (fast polls, no retry waits); the last ones go through the real
``list_inventory`` tool of ``build_server`` with Criteo settings present.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.errors import InvalidArgument, ProviderError
from aisle_mcp.providers.base import InventoryPage, InventoryRequest
from aisle_mcp.providers.criteo.provider import CriteoInventory
from aisle_mcp.providers.http import RetryPolicy
from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.settings import CriteoSettings
from tests.fakes.criteo import CLIENT_ID, CLIENT_SECRET, CriteoStandIn
from tests.fakes.tools import Transcript, call, error_text

pytestmark = pytest.mark.anyio

HOUR = 3600.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def _no_wait(seconds: float) -> None:
    await anyio.sleep(0)


FAST = RetryPolicy(sleep=_no_wait, base_delay_s=0.0)


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Progress:
    def __init__(self) -> None:
        self.messages: list[str] = []

    async def __call__(self, done: float, total: float | None, message: str | None) -> None:
        self.messages.append(message or "")


@pytest.fixture
async def fake() -> AsyncIterator[CriteoStandIn]:
    yield CriteoStandIn()


@pytest.fixture
async def url(fake: CriteoStandIn) -> AsyncIterator[str]:
    async with fake.serve() as base_url:
        yield base_url


def criteo_settings(url: str, secret: str = CLIENT_SECRET, timeout_s: float = 30.0) -> CriteoSettings:
    return CriteoSettings(
        base_url=url,
        token_url=f"{url}/oauth2/token",
        client_id=CLIENT_ID,
        client_secret=SecretStr(secret),
        timeout_s=timeout_s,
    )


@asynccontextmanager
async def adapter(
    url: str, data_dir: Path, clock: Clock | None = None, **settings: Any
) -> AsyncIterator[CriteoInventory]:
    async with (
        httpx.AsyncClient() as client,
        CriteoInventory(
            criteo_settings(url, **settings),
            client,
            data_dir,
            poll_interval_s=0,
            progress_interval_s=0.01,
            retry=FAST,
            clock=clock or time.time,
            sleep=_no_wait,
        ) as criteo,
    ):
        yield criteo


async def listing(criteo: CriteoInventory, progress: Progress | None = None, **arguments: Any) -> InventoryPage:
    arguments = {"account_id": "4", "wait_seconds": 40, **arguments}
    with anyio.fail_after(60):
        return await criteo.list_inventory(InventoryRequest(**arguments), progress or Progress())


# The export lifecycle ------------------------------------------------------------------------------------


async def test_a_brand_export_is_created_polled_downloaded_loaded_and_paged(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    progress = Progress()
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo, progress, brand_ids=("40095", "40096"), limit=10)
    assert fake.created == [
        (
            "/2025-10/retail-media/accounts/4/catalogs",
            {
                "data": {
                    "type": "RetailMediaCatalogStatus",
                    "attributes": {"format": "json-newline", "brandIdFilter": ["40095", "40096"]},
                }
            },
        )
    ]
    assert page.total == 50 and page.has_more and len(page.products) == 10
    first = page.products[0]
    assert first.source == "criteo" and first.id == "criteo:131:86000000"
    assert first.price is not None and first.price.currency == "USD"
    assert first.category == "clothing, shoes & accessories > men\u2019s clothing > bottoms > shorts"
    assert any("preparing" in m for m in progress.messages)
    assert any("downloading" in m for m in progress.messages)
    assert any("loading" in m for m in progress.messages)
    assert fake.calls["status"] == 2 and fake.calls["output"] == 1


async def test_a_seller_export_asks_for_the_seller_and_reads_seller_rows(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo, account_id="345656205021392896", retailer_id="123", seller_id="60axyz", limit=5)
    path, body = fake.created[0]
    assert path.endswith("/accounts/345656205021392896/catalogs/sellers")
    assert body["data"]["attributes"] == {"sellers": [{"retailerId": "123", "sellerId": "60axyz"}]}
    assert page.products[0].seller == "Seller 60axyz"
    assert page.products[0].extra["sellerId"] == "60axyz"


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ({"account_id": None}, "account_id"),
        ({"retailer_id": "123"}, "retailer_id and seller_id"),
        ({"retailer_id": "1", "seller_id": "2", "brand_ids": ("3",)}, "brand_ids"),
        ({"account_id": "../../oauth2"}, "account_id"),
        ({"tags": ("sale",)}, "tags"),
    ],
)
async def test_an_incomplete_scope_says_what_to_pass(
    fake: CriteoStandIn, url: str, tmp_path: Path, arguments: dict[str, Any], says: str
) -> None:
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(InvalidArgument, match=says):
            await listing(criteo, **arguments)
    assert fake.calls["create"] == 0


async def test_filters_and_paging_run_on_the_local_index(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.rows = 200
    async with adapter(url, tmp_path) as criteo:
        everything = await listing(criteo, limit=100)
        rest = await listing(criteo, limit=100, offset=100)
        trail = await listing(criteo, search="trail short", limit=100)
        acme = await listing(criteo, brand="brand ACME", limit=100)
        shorts = await listing(criteo, category="Men\u2019s Clothing > Bottoms", limit=100)
        out = await listing(criteo, in_stock=False, limit=100)
        july3 = await listing(
            criteo,
            updated_from=datetime(2024, 7, 3, tzinfo=UTC),
            updated_to=datetime(2024, 7, 3, 23, 59, 59, tzinfo=UTC),
            limit=100,
        )
    assert everything.total == 200 and everything.has_more and not rest.has_more
    ids = [p.id for p in everything.products + rest.products]
    assert len(set(ids)) == 200
    assert trail.total and all("Trail" in p.title and "Short" in p.title for p in trail.products)
    assert acme.total and all(p.brand == "Brand Acme" for p in acme.products)
    assert shorts.total == 40 and all((p.category or "").endswith("shorts") for p in shorts.products)
    assert out.total == 40 and all(p.availability.value == "out_of_stock" for p in out.products)
    assert july3.total and all(p.updated_at and p.updated_at.day == 3 for p in july3.products)
    assert fake.calls["create"] == 1 and fake.calls["output"] == 1


async def test_an_empty_catalog_is_an_empty_inventory(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.rows = 0
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo)
    assert page.products == [] and page.total == 0 and not page.has_more


async def test_malformed_rows_are_skipped_and_counted(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.malformed_every = 10
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo, limit=100)
    assert page.total == 45 and len(page.products) == 45
    assert any("5 malformed rows" in note for note in page.notes)


# Work that outlives a call --------------------------------------------------------------------------------


async def test_a_call_that_cannot_wait_says_preparing_and_the_next_call_continues_the_same_export(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    async with adapter(url, tmp_path) as criteo:
        first = await listing(criteo, wait_seconds=0)
        assert first.preparing_retry_after_s is not None and first.preparing_retry_after_s > 0
        assert first.products == []
        second = await listing(criteo)
    assert second.total == 50
    assert fake.calls["create"] == 1 and fake.calls["output"] == 1


async def test_an_export_started_before_a_restart_is_resumed_not_created_again(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    fake.polls_until_ready = 10**9
    async with adapter(url, tmp_path) as criteo:
        first = await listing(criteo, wait_seconds=0)
        assert first.preparing_retry_after_s is not None
        with anyio.fail_after(30):
            while fake.calls["status"] < 1:
                await anyio.sleep(0.01)  # the export is created and its status asked for, bounded by fail_after
    assert fake.calls["create"] == 1 and fake.calls["status"] >= 1
    fake.polls_until_ready = 0
    async with adapter(url, tmp_path) as criteo:  # a new process on the same data directory
        page = await listing(criteo)
    assert page.total == 50
    assert fake.calls["create"] == 1


async def test_a_loaded_export_is_reused_within_the_hour_and_asked_for_again_after(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    clock = Clock()
    async with adapter(url, tmp_path, clock) as criteo:
        await listing(criteo)
        clock.advance(50 * 60)
        await listing(criteo, search="trail")
        assert (len(fake.created), fake.calls["output"]) == (1, 1)
        clock.advance(20 * 60)  # past our hour; Criteo still answers with the same catalog
        await listing(criteo)
        assert (len(fake.created), fake.calls["output"]) == (2, 1)
        clock.advance(2 * HOUR)
        fake.advance(2 * HOUR)  # a new catalog now (and an expired token): it is downloaded, the old files go
        page = await listing(criteo)
        assert (len(fake.created), fake.calls["output"]) == (3, 2)
    assert page.total == 50
    assert len(list((tmp_path / "criteo").glob("*.ndjson"))) == 1


async def test_an_export_past_its_72_hours_is_never_served(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    clock = Clock()
    async with adapter(url, tmp_path, clock) as criteo:
        await listing(criteo)
    clock.advance(73 * HOUR)
    fake.advance(73 * HOUR)
    async with adapter(url, tmp_path, clock) as criteo:
        preparing = await listing(criteo, wait_seconds=0)
        assert preparing.preparing_retry_after_s is not None
        await listing(criteo)
    assert (len(fake.created), fake.calls["output"]) == (2, 2)


async def test_an_expired_status_makes_a_new_export(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.inject("status", "expired")
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo)
    assert page.total == 50 and fake.calls["create"] == 2


async def test_an_unknown_catalog_id_makes_a_new_export(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.inject("status", "404")
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo)
    assert page.total == 50 and fake.calls["create"] == 2


async def test_a_failed_export_is_a_clear_error_and_the_next_call_asks_again(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    fake.inject("status", "failure")
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(ProviderError, match="could not build the catalog export"):
            await listing(criteo)
        page = await listing(criteo)
    assert page.total == 50 and fake.calls["create"] == 2


async def test_output_not_ready_is_waited_out(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.inject("output", "not_ready", times=3)
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo)
    assert page.total == 50 and fake.calls["output"] == 4


# Faults ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("route", ["create", "status", "output"])
@pytest.mark.parametrize("fault", ["429", "500", "502", "503", "drop"])
async def test_transient_faults_are_retried(
    fake: CriteoStandIn, url: str, tmp_path: Path, route: str, fault: str
) -> None:
    fake.inject(route, fault)
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo)
    assert page.total == 50 and fake.pending_faults(route) == 0


async def test_a_timeout_is_retried(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.slow_s = 5.0
    fake.inject("status", "timeout")
    # Short enough to cut the slow answer off, far beyond a loopback answer on a busy machine for the others.
    async with adapter(url, tmp_path, timeout_s=2.0) as criteo:
        page = await listing(criteo)
    assert page.total == 50


async def test_a_provider_that_stays_down_is_a_clear_error(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.inject("status", "503", times=50)
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(ProviderError, match="did not answer"):
            await listing(criteo)


@pytest.mark.parametrize("fault", ["truncate", "bad_md5", "empty", "drop"])
async def test_a_bad_download_is_discarded_and_retried_once(
    fake: CriteoStandIn, url: str, tmp_path: Path, fault: str
) -> None:
    fake.inject("output", fault)
    async with adapter(url, tmp_path) as criteo:
        page = await listing(criteo)
    assert page.total == 50 and len(page.products) == 20


@pytest.mark.parametrize(("fault", "says"), [("truncate", "bytes announced"), ("bad_md5", "MD5")])
async def test_a_download_bad_twice_is_a_clear_error_and_leaves_no_file(
    fake: CriteoStandIn, url: str, tmp_path: Path, fault: str, says: str
) -> None:
    fake.inject("output", fault, times=2)
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(ProviderError, match=f"download failed twice.*{says}"):
            await listing(criteo)
        assert not [p for p in (tmp_path / "criteo").iterdir() if ".ndjson" in p.name]
        page = await listing(criteo)  # the export was kept: the next call downloads it again
    assert page.total == 50 and fake.calls["create"] == 1


async def test_a_malformed_status_is_a_clear_error_and_the_export_is_kept(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    fake.inject("status", "malformed")
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(ProviderError, match="not valid JSON"):
            await listing(criteo)
        page = await listing(criteo)
    assert page.total == 50 and fake.calls["create"] == 1


async def test_an_account_not_authorized_says_so(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.forbidden_accounts.add("99")
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(ProviderError, match="not authorized for account 99"):
            await listing(criteo, account_id="99")


async def test_an_expired_token_is_refreshed_once_and_the_call_retried(
    fake: CriteoStandIn, url: str, tmp_path: Path
) -> None:
    async with adapter(url, tmp_path) as criteo:
        await listing(criteo)
        fake.expire_tokens()
        page = await listing(criteo, account_id="5")
        assert criteo.tokens.fetched == 2
    assert page.total == 50 and len(fake.tokens_issued) == 2


async def test_a_token_is_reused_until_shortly_before_it_expires(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    async with adapter(url, tmp_path) as criteo:
        await listing(criteo)
        await listing(criteo, account_id="5")
        await listing(criteo, account_id="6")
    assert len(fake.tokens_issued) == 1


async def test_a_401_on_the_api_every_time_names_the_settings(fake: CriteoStandIn, url: str, tmp_path: Path) -> None:
    fake.inject("create", "401", times=2)
    async with adapter(url, tmp_path) as criteo:
        with pytest.raises(ProviderError, match="CRITEO_CLIENT_ID and CRITEO_CLIENT_SECRET"):
            await listing(criteo)


async def test_no_secret_or_token_appears_in_results_errors_or_logs(
    fake: CriteoStandIn, url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    async with adapter(url, tmp_path, secret="wrong-" + CLIENT_SECRET) as criteo:
        with pytest.raises(ProviderError) as refused:
            await listing(criteo)
        texts.append(str(refused.value))
    fake.inject("output", "bad_md5", times=2)
    fake.inject("status", "503")
    async with adapter(url, tmp_path) as criteo:
        texts.append(repr(criteo) + repr(criteo.tokens))
        with pytest.raises(ProviderError) as failed:
            await listing(criteo)
        texts.append(str(failed.value))
        page = await listing(criteo)
        texts.extend(p.model_dump_json() for p in page.products)
        texts.extend(page.notes)
        fake.expire_tokens()
        await listing(criteo, account_id="7")
    texts.extend(record.getMessage() for record in caplog.records)
    assert fake.tokens_issued and "CRITEO_CLIENT_SECRET" in texts[0]
    everything = "\n".join(texts)
    for secret in [CLIENT_SECRET, *fake.tokens_issued]:
        assert secret not in everything


# Through the real tool -----------------------------------------------------------------------------------


@pytest.fixture
async def client(fake: CriteoStandIn, url: str, tmp_path: Path) -> AsyncIterator[Client]:
    fake.polls_until_ready = 0
    settings = Settings(data_dir=tmp_path, load_demo=False, criteo=criteo_settings(url))
    async with Client(build_server(settings)) as c:
        yield c


async def test_list_inventory_serves_a_criteo_export_with_progress_and_a_cursor(
    fake: CriteoStandIn, client: Client
) -> None:
    seen = Transcript()
    notes: list[str] = []

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        notes.append(message or "")

    with anyio.fail_after(30):
        result = await client.call_tool(
            "list_inventory",
            {"provider": "criteo", "account_id": "4", "limit": 30, "wait_seconds": 20},
            progress_callback=on_progress,
        )
    seen.add(result)
    assert not result.is_error, result.content
    first = result.structured_content
    assert first is not None
    assert first["provider"] == "criteo" and first["total"] == 50 and len(first["products"]) == 30
    assert notes
    rest = await call(
        client,
        "list_inventory",
        {"provider": "criteo", "account_id": "4", "limit": 30, "cursor": first["next_cursor"]},
        seen,
    )
    assert len(rest["products"]) == 20 and "next_cursor" not in rest
    assert fake.calls["output"] == 1
    assert CLIENT_SECRET not in "\n".join(seen.texts)
    assert not any(token in "\n".join(seen.texts) for token in fake.tokens_issued)


async def test_list_inventory_answers_preparing_then_the_inventory(fake: CriteoStandIn, client: Client) -> None:
    arguments = {"provider": "criteo", "account_id": "4", "wait_seconds": 0}
    preparing = await call(client, "list_inventory", arguments)
    assert preparing["preparing"] is True and preparing["retry_after_seconds"] > 0
    assert "call list_inventory again" in preparing["note"].lower()
    ready = await call(client, "list_inventory", {**arguments, "wait_seconds": 20})
    assert ready["total"] == 50 and fake.calls["create"] == 1


async def test_list_inventory_without_an_account_says_what_to_pass(client: Client) -> None:
    text = await error_text(client, "list_inventory", {"provider": "criteo"})
    assert "account_id" in text


async def test_list_inventory_reports_an_unauthorized_account(fake: CriteoStandIn, client: Client) -> None:
    fake.forbidden_accounts.add("99")
    text = await error_text(client, "list_inventory", {"provider": "criteo", "account_id": "99"})
    assert "not authorized for account 99" in text
    assert json.dumps(text).find(CLIENT_SECRET) == -1
