"""The product cards view as an MCP server offers it: the ui:// resource, the tools bound to it, and answers that
stay the same for a host without MCP Apps."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.extension import ClientExtension
from mcp.server.apps import APP_MIME_TYPE, EXTENSION_ID, client_supports_apps
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext

from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.cards import PRODUCTS_VIEW, SHOWN_AS_CARDS, view_html

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class AppsHost(ClientExtension):
    """What a host that renders MCP Apps says it supports."""

    identifier = EXTENSION_ID

    def settings(self) -> dict[str, Any]:
        return {"mimeTypes": [APP_MIME_TYPE]}


@pytest.fixture(params=["auto", "legacy"])
async def client(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Client]:
    async with Client(build_server(Settings(data_dir=tmp_path)), mode=request.param) as connected:
        yield connected


async def test_the_view_is_listed_as_an_app_resource_with_a_pictures_only_csp(client: Client) -> None:
    listed = {str(r.uri): r for r in (await client.list_resources()).resources}
    view = listed[PRODUCTS_VIEW]
    assert view.mime_type == APP_MIME_TYPE
    assert view.meta == {"ui": {"csp": {"resourceDomains": ["https://*"]}}}
    read = await client.read_resource(PRODUCTS_VIEW)
    (content,) = read.contents
    assert content.mime_type == APP_MIME_TYPE
    html = getattr(content, "text", "")
    assert html == view_html()


def test_the_shipped_view_is_one_self_contained_page() -> None:
    html = view_html()
    assert html.startswith("<!doctype html>")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", html, re.IGNORECASE)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None
    assert "connect-src 'none'" in policy.group(1) and "img-src https:" in policy.group(1)


async def test_the_tools_that_show_products_are_bound_to_the_view(client: Client) -> None:
    tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    bound = {name for name, tool in tools.items() if (tool.meta or {}).get("ui")}
    assert bound == set(SHOWN_AS_CARDS)
    for name in bound:
        assert tools[name].meta == {"ui": {"resourceUri": PRODUCTS_VIEW}}


async def test_a_host_with_apps_gets_the_same_answers_as_one_without(tmp_path: Path) -> None:
    server = build_server(Settings(data_dir=tmp_path))
    seen: list[bool] = []

    async def note_apps(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        if ctx.method == "tools/call":
            seen.append(client_supports_apps(ctx))
        return await call_next(ctx)

    server.middleware.append(note_apps)
    calls: list[tuple[str, dict[str, Any]]] = [
        ("search_products", {"query": "boots", "limit": 3}),
        ("list_inventory", {"limit": 2}),
    ]
    async with Client(server) as plain, Client(server, extensions=[AppsHost()]) as apps:
        assert EXTENSION_ID in ((plain.server_capabilities.extensions or {}) if plain.server_capabilities else {})
        first = await plain.call_tool(*calls[0])
        product = first.structured_content["products"][0]["id"] if first.structured_content else ""
        calls.append(("get_product", {"id": product}))
        for name, arguments in calls:
            without, with_apps = await plain.call_tool(name, arguments), await apps.call_tool(name, arguments)
            assert not without.is_error, without.content
            assert with_apps.content == without.content
            assert with_apps.structured_content == without.structured_content
            assert with_apps.meta == without.meta
    assert seen == [False] + [False, True] * len(calls), "the second client was taken for a host with Apps"
