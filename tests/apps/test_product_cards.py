"""The product cards view in a real browser: a test host (ext-apps' AppBridge and the MCP client, over streamable
HTTP) shows search_products' answer from the real server in a sandboxed iframe, and the cards, the comparison,
"more", links, theme and an extraction job's progress are checked in the view's DOM."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.apps.browser import ARTEFACTS, Server, aisle_over_http, chromium_path, route_loopback_only
from tests.shop_pages import Hold, product_page, serve_pages

LIMIT = 5
SEARCH = {"query": "boots", "limit": LIMIT}
HOST_CONTEXT = {"theme": "light", "locale": "en-US", "containerDimensions": {"maxHeight": 4000}}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    chromium_path()
    with aisle_over_http(tmp_path_factory.mktemp("cards"), AISLE_ALLOW_PRIVATE_ADDRESSES="true") as served:
        yield served


@pytest.fixture
def browser(server: Server) -> Iterator[Any]:
    """A fresh browser context of headless chromium (each test its own)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # --no-sandbox: chromium's own sandbox refuses to run as root (CI's user); the view's iframe stays sandboxed.
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            context = chromium.new_context(viewport={"width": 960, "height": 900}, device_scale_factor=1)
            context.set_default_timeout(30_000)
            yield context
        finally:
            chromium.close()


def show(
    context: Any, server: Server, tool: str, args: dict[str, Any], unreachable: frozenset[str] = frozenset()
) -> Any:
    """Open the test host and have it show ``tool``'s answer; the page, and what the host was given."""
    route_loopback_only(context, server, set(unreachable))
    tab = context.new_page()
    tab.goto(f"{server.origin}/host")
    shown = tab.evaluate(
        "([url, tool, args, context]) => aisleHost.show(url, tool, args, context, document.getElementById('host'))",
        [server.mcp_url, tool, args, HOST_CONTEXT],
    )
    return tab, shown


def view_frame(tab: Any) -> Any:
    """The view's frame: the only one inside the host page."""
    return next(f for f in tab.frames if f != tab.main_frame)


def structured(result: dict[str, Any]) -> dict[str, Any]:
    assert not result.get("isError"), result.get("content")
    return result["structuredContent"]


def shown_cards(frame: Any) -> list[dict[str, str]]:
    return frame.eval_on_selector_all(
        ".card",
        """cards => cards.map(c => ({
            id: c.dataset.id,
            title: c.querySelector('h3').textContent,
            price: c.querySelector('.price').textContent,
            amount: c.querySelector('.price').dataset.amount ?? '',
            currency: c.querySelector('.price').dataset.currency ?? '',
        }))""",
    )


def expect_cards(frame: Any, products: list[dict[str, Any]]) -> None:
    cards = shown_cards(frame)
    assert [c["id"] for c in cards] == [p["id"] for p in products]
    assert [c["title"] for c in cards] == [p["title"] for p in products]
    for card, product in zip(cards, products, strict=True):
        assert card["amount"] == product["price"]["amount"]
        assert card["currency"] == product["price"]["currency"]
        assert product["price"]["amount"] in card["price"].replace(",", "")


def save(tab: Any, name: str) -> Path:
    ARTEFACTS.mkdir(exist_ok=True)
    path = ARTEFACTS / name
    tab.locator("#host iframe").screenshot(path=str(path))
    return path


def test_search_results_show_as_cards_compare_and_more(server: Server, browser: Any) -> None:
    tab, shown = show(browser, server, "search_products", SEARCH)
    first = structured(shown["result"])
    products = first["products"]
    assert len(products) == LIMIT and first["next_cursor"]
    assert shown["resourceUri"] == "ui://aisle/products.html"
    assert shown["csp"] == {"resourceDomains": ["https://*"]}
    frame = view_frame(tab)
    frame.wait_for_selector(f".card:nth-child({LIMIT})")
    expect_cards(frame, products)

    # Pictures: asked for once more through the host (the agent's call had none); one shop's picture is gone.
    frame.wait_for_selector(".card img.picture")
    pictures = frame.eval_on_selector_all(".card img.picture", "imgs => imgs.map(i => [i.alt, i.naturalWidth])")
    assert pictures and all(width > 0 for _, width in pictures)
    assert {alt for alt, _ in pictures} <= {p["title"] for p in products}
    again = [c for c in tab.evaluate("aisleHost.calls") if c["name"] == "search_products"]
    assert again and "image" in again[0]["arguments"]["fields"]
    save(tab, "cards.png")

    # From the keyboard: Tab goes card by card (its link, then its compare box) to "More products".
    frame.locator(".card a.title").first.focus()
    reached = []
    for _ in range(2 * LIMIT):
        reached.append(frame.evaluate("document.activeElement.className || document.activeElement.type"))
        tab.keyboard.press("Tab")
    assert reached == ["title", "checkbox"] * LIMIT
    assert frame.evaluate("document.activeElement.id") == "more"
    # A link opens through the host.
    frame.locator(".card a.title").first.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("aisleHost.openedLinks.length > 0")
    assert tab.evaluate("aisleHost.openedLinks") == [products[0]["url"]]

    # Compare two products: a table with both, side by side.
    assert frame.locator("#compare").is_disabled()
    for index in (0, 2):
        frame.locator(".card input[type=checkbox]").nth(index).check()
    frame.locator("#compare").click()
    table = frame.wait_for_selector(".compare[aria-busy=false] table")
    headers = table.eval_on_selector_all("thead th", "ths => ths.map(t => t.textContent)")
    assert headers[1:] == [products[0]["title"], products[2]["title"]]
    rows = table.eval_on_selector_all("tbody th", "ths => ths.map(t => t.textContent)")
    assert rows[:3] == ["Price", "Availability", "Brand"]
    assert len(rows) > 5, "get_product's attributes are compared too"
    save(tab, "compare.png")
    frame.locator("#back").click()

    # More: the next page through the host, with the first answer's cursor, appended in the tool's order.
    frame.locator("#more").click()
    frame.wait_for_selector(f".card:nth-child({2 * LIMIT})")
    more = [c for c in tab.evaluate("aisleHost.calls") if c["arguments"].get("cursor") == first["next_cursor"]]
    assert len(more) == 1 and more[0]["name"] == "search_products"
    second = structured(more[0]["result"])["products"]
    expect_cards(frame, products + second)
    assert frame.locator(".count").text_content() == f"Showing {2 * LIMIT} of {first['total']} products"


def test_cards_follow_the_host_theme_and_show_a_placeholder_for_a_missing_picture(server: Server, browser: Any) -> None:
    # Which pictures the demo catalog has is read from the catalog itself, through the same server.
    tab, shown = show(browser, server, "search_products", {**SEARCH, "fields": ["image"]})
    products = structured(shown["result"])["products"]
    tab.close()
    missing = products[1]["image"]
    tab, _ = show(browser, server, "search_products", {**SEARCH, "fields": ["image"]}, unreachable=frozenset({missing}))
    frame = view_frame(tab)
    frame.wait_for_selector(f".card:nth-child({LIMIT})")
    placeholder = frame.wait_for_selector(f".card[data-id='{products[1]['id']}'] .placeholder[role=img]")
    assert placeholder.get_attribute("aria-label") == f"No picture of {products[1]['title']}"
    light = frame.evaluate("getComputedStyle(document.body).backgroundColor")
    tab.evaluate("aisleHost.changeContext({theme: 'dark'})")
    # A function, not an expression: once it has to poll, Playwright evaluates an expression with eval in the
    # page, which the view's CSP refuses ('unsafe-eval'), so an expression fails whenever the view is slower.
    frame.wait_for_function("() => document.documentElement.dataset.theme === 'dark'")
    assert frame.evaluate("getComputedStyle(document.body).backgroundColor") != light
    save(tab, "cards-dark.png")
    # A container of fixed size: the view keeps to it and scrolls inside.
    tab.evaluate("aisleHost.changeContext({containerDimensions: {height: 320, width: 600}})")
    frame.wait_for_function("() => document.getElementById('aisle').getBoundingClientRect().height === 320")
    assert frame.evaluate("document.getElementById('aisle').getBoundingClientRect().width") == 600
    assert frame.evaluate("getComputedStyle(document.getElementById('aisle')).overflowY") == "auto"
    # The view's CSP allows it no connection of its own.
    refused = frame.evaluate(f"fetch('{server.origin}/mcp').then(() => 'connected', () => 'refused')")
    assert refused == "refused"


def test_an_extraction_job_shows_progress_until_it_completes(server: Server, browser: Any) -> None:
    hold = Hold()
    shop = {
        "/p/blanket": product_page("Fjellkatt Wool Blanket", "120.00", sku="FK-BL"),
        "/held/scarf": product_page("Fjellkatt Alpaca Scarf", "45.00", sku="FK-SC"),
    }
    with serve_pages(shop, hold) as (base, _):
        urls = [f"{base}/p/blanket", f"{base}/held/scarf"]
        tab, shown = show(browser, server, "extract_product_urls", {"urls": urls, "wait_seconds": 0})
        assert structured(shown["result"])["status"] in ("pending", "running")
        frame = view_frame(tab)
        assert hold.reached.wait(30)
        frame.wait_for_selector(".job progress")
        assert frame.locator(".job-status").get_attribute("data-status") in ("pending", "running")
        hold.release.set()
        frame.wait_for_selector(".job-status[data-status=completed]")
        frame.wait_for_selector(".card:nth-child(2)")
        titles = frame.eval_on_selector_all(".card h3", "hs => hs.map(h => h.textContent)")
        assert sorted(titles) == ["Fjellkatt Alpaca Scarf", "Fjellkatt Wool Blanket"]
        assert frame.locator(".job progress").get_attribute("value") == "2"
        polls = [c for c in tab.evaluate("aisleHost.calls") if c["name"] == "get_extract_status"]
        assert polls, "progress comes from get_extract_status through the host"


def test_inventory_pages_and_one_product_show_as_cards_too(server: Server, browser: Any) -> None:
    tab, shown = show(browser, server, "list_inventory", {"limit": 4})
    first = structured(shown["result"])
    frame = view_frame(tab)
    frame.wait_for_selector(".card:nth-child(4)")
    expect_cards(frame, first["products"])
    frame.locator("#more").click()
    frame.wait_for_selector(".card:nth-child(8)")
    (more,) = [c for c in tab.evaluate("aisleHost.calls") if c["arguments"].get("cursor") == first["next_cursor"]]
    assert more["name"] == "list_inventory"
    expect_cards(frame, first["products"] + structured(more["result"])["products"])
    tab.close()

    product = first["products"][0]
    tab, shown = show(browser, server, "get_product", {"id": product["id"]})
    frame = view_frame(tab)
    frame.wait_for_selector(".card")
    expect_cards(frame, [structured(shown["result"])])
    assert frame.locator("#more").count() == 0
