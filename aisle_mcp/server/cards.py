"""Product cards in the chat: the MCP Apps view (``ui://aisle/products.html``) and the tools it shows.

Hosts that support MCP Apps (the ``io.modelcontextprotocol/ui`` extension) render a bound tool's answer in the view,
a sandboxed iframe, instead of its JSON: a grid of product cards, a comparison table, "more" through the host, an
extraction job's progress. The view is one self-contained HTML file built from ``view/source`` (``npm run build``)
and shipped in the package, so an install needs no Node.

Binding adds only ``_meta.ui.resourceUri`` to a tool's definition: every answer stays what it is for a host without
Apps (the view reads the same ``structuredContent``, and asks the host for anything more, such as pictures).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files

from mcp.server.apps import Apps, ResourceCsp

PRODUCTS_VIEW = "ui://aisle/products.html"
SHOWN_AS_CARDS = ("search_products", "extract_product_urls", "get_extract_status", "list_inventory", "get_product")
PICTURES_ONLY = ResourceCsp(resource_domains=["https://*"])
"""Product pictures come from every shop's own domain over https; the view makes no connection and has no frames.
(The view's own page narrows this further: scripts and styles only inline, pictures only over https.)"""


def view_html() -> str:
    """The built view, as the package ships it."""
    return files("aisle_mcp.server").joinpath("view", "products.html").read_text(encoding="utf-8")


def views() -> Mapping[str, str]:
    """Each tool shown as cards, and its view's ``ui://`` URI."""
    return dict.fromkeys(SHOWN_AS_CARDS, PRODUCTS_VIEW)


def product_cards() -> Apps:
    """The Apps extension serving the product cards view, for ``MCPServer(extensions=[...])``."""
    apps = Apps()
    apps.add_html_resource(
        PRODUCTS_VIEW,
        view_html(),
        name="products",
        title="Product cards",
        description="Products as cards with pictures, prices and a comparison table.",
        csp=PICTURES_ONLY,
    )
    return apps
