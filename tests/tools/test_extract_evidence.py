"""What an agent reads from extracted pages through a real MCP client: how sure each core field is, why a field was
left empty, a rating's scale, and the brand and picture of a page without structured data."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from aisle_mcp.providers.local.extractor.why import no_product_reason
from aisle_mcp.server import Settings, build_server
from tests.shop_pages import serve_pages

pytestmark = pytest.mark.anyio


def _ld(document: str) -> str:
    return f'<script type="application/ld+json">{document}</script>'


RATED = (
    "<!doctype html><html><head><title>Lamp</title>"
    + _ld(
        """{"@context": "https://schema.org", "@type": "Product", "name": "Brass Desk Lamp", "sku": "BL-7",
        "aggregateRating": {"ratingValue": "4.4", "reviewCount": "12"},
        "offers": [{"@type": "Offer", "price": "329.00", "priceCurrency": "EUR", "availability": "InStock"},
                   {"@type": "Offer", "price": "19.00", "priceCurrency": "EUR", "availability": "InStock"}]}"""
    )
    + "</head><body><h1>Brass Desk Lamp</h1><p>Item: BL-7</p></body></html>"
)
PLAIN = (
    "<!doctype html><html><head><title>Tea Tin</title></head><body>"
    '<header><img class="logo" src="/logo.png"></header>'
    '<div class="product"><img class="main-image" src="/img/tin-large.jpg"><h1>Tea Tin 250 g</h1>'
    '<p>by Ostara</p><span class="price">€ 12,50</span><button>Add to cart</button></div></body></html>'
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[Client]:
    async with Client(build_server(Settings(data_dir=tmp_path, allow_private_addresses=True))) as c:
        yield c


async def _extracted(client: Client, path: str, page: str) -> dict[str, Any]:
    with serve_pages({path: page}) as (base, _):
        result = await client.call_tool("extract_product_urls", {"urls": [f"{base}{path}"], "wait_seconds": 20})
        assert not result.is_error, result.content
        job = result.structured_content or {}
        with anyio.fail_after(30):
            while job["status"] not in ("completed", "failed", "cancelled"):
                status = await client.call_tool("get_extract_status", {"job_id": job["job_id"], "wait_seconds": 5})
                job = status.structured_content or {}
    [found] = job["products"]
    full = await client.call_tool("get_product", {"id": found["id"]})
    assert not full.is_error, full.content
    assert full.structured_content is not None
    return full.structured_content


async def test_the_full_record_says_how_sure_each_field_is_and_why_a_field_was_left_empty(client: Client) -> None:
    product = await _extracted(client, "/p/lamp", RATED)
    assert product.get("price") is None
    assert product["field_sources"]["price"].startswith("unsure:")
    assert product["sku"] == "BL-7"
    assert 0 < product["extra"]["confidence"]["sku"] <= 1


async def test_a_rating_read_from_a_page_says_its_scale(client: Client) -> None:
    product = await _extracted(client, "/p/lamp", RATED)
    assert product["rating"] == {"value": "4.4", "count": 12, "scale": "5"}


async def test_a_page_without_structured_data_gives_its_byline_brand_and_main_picture(client: Client) -> None:
    product = await _extracted(client, "/p/tin", PLAIN)
    assert product["brand"] == "Ostara"
    assert product["image"].endswith("/img/tin-large.jpg")
    assert product["price"] == {"amount": "12.50", "currency": "EUR"}


SCRIPTED = (
    '<!doctype html><html><head><title>Shop</title><script src="/app.js"></script></head>'
    '<body><div id="root"></div><script>window.boot()</script></body></html>'
)
CARD = '<li class="card"><a href="/p/{n}">Tea Tin {n}</a><span>€ {n},50</span></li>'
LISTING = (
    "<!doctype html><html><head><title>Tea tins</title></head><body><h1>Tea tins</h1><ul>"
    + "".join(CARD.format(n=n) for n in range(1, 7))
    + "</ul><p>Six tins of every size for loose tea, sold in our shop since 1990, and more to come.</p>"
    + "<p>"
    + "Tins keep tea fresh. " * 12
    + "</p></body></html>"
)


async def test_a_page_without_a_product_says_why_in_words_an_agent_can_act_on(client: Client) -> None:
    with serve_pages({"/app": SCRIPTED, "/c/tins": LISTING}) as (base, _):
        urls = [f"{base}/app", f"{base}/c/tins"]
        result = await client.call_tool("extract_product_urls", {"urls": urls, "wait_seconds": 20})
        job = result.structured_content or {}
        with anyio.fail_after(30):
            while job["status"] not in ("completed", "failed", "cancelled"):
                status = await client.call_tool("get_extract_status", {"job_id": job["job_id"], "wait_seconds": 5})
                job = status.structured_content or {}
    reasons = {failure["url"].rsplit("/", 1)[-1]: failure["reason"] for failure in job["failures"]}
    assert reasons["app"] == "the page builds its content with JavaScript (no product in the HTML)"
    assert reasons["tins"] == "a listing page, not a product page (6 product cards)"


def test_a_document_that_is_not_html_is_named_by_its_type() -> None:
    assert no_product_reason(b"%PDF-1.7 ...", "application/pdf") == "not HTML: application/pdf"


RANGED = (
    "<!doctype html><html><head><title>Trail Shoe</title>"
    + _ld(
        """{"@context": "https://schema.org", "@type": "Product", "name": "Trail Shoe",
        "offers": {"@type": "AggregateOffer", "lowPrice": "59.90", "highPrice": "89.90", "priceCurrency": "EUR",
                   "availability": "InStock"}}"""
    )
    + '</head><body><h1>Trail Shoe</h1><span class="price">€ 19,90</span>'
    + '<button data-sku="TS-1044">Add to cart</button></body></html>'
)


async def test_an_agent_reads_why_a_price_outside_the_offers_range_was_left_empty(client: Client) -> None:
    product = await _extracted(client, "/p/TS-1044", RANGED)
    assert product.get("price") is None
    assert product["field_sources"]["price"].startswith("unsure:")
    assert "59.90 to 89.90" in product["field_sources"]["price"]
    # A code the page writes only for its scripts and its address is given, and the sources that agree on it named.
    assert product["sku"] == "TS-1044"
    assert product["field_sources"]["sku"] == "visible:page-code (data attribute + address)"
