"""The agent-facing contract: one module per tool, registered on a server by ``register``."""

import inspect
from collections.abc import Callable
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations

from aisle_mcp.tools import extract, inventory, product, search
from aisle_mcp.tools.shop import Shop

INSTRUCTIONS = """\
Aisle finds products, reads product pages and browses merchant inventories, answering with short product
summaries (id, title, brand, price, availability, seller, url).

Which tool:
- The shopper describes what they want ("red linen shirt under $50", a model number): search_products.
- The shopper gives product page URLs, or you need live details from a shop's page: extract_product_urls,
  then get_extract_status with its job_id until status is completed (cancel_extract stops it,
  list_extract_jobs lists jobs).
- You need everything a merchant or brand account carries: list_inventory.
- A summary is not enough (description, variants, sizes, identifiers): get_product with the summary's id.
Every answer is bounded: when next_cursor is set, call the same tool with the same arguments and that cursor.
Errors say what to change; follow them rather than retrying the same call.
"""


TOOLS: tuple[tuple[Callable[..., Any], ToolAnnotations], ...] = (
    (search.search_products, search.ANNOTATIONS),
    (product.get_product, product.ANNOTATIONS),
    (extract.extract_product_urls, extract.SUBMIT),
    (extract.get_extract_status, extract.STATUS),
    (extract.cancel_extract, extract.CANCEL),
    (extract.list_extract_jobs, extract.LIST),
    (inventory.list_inventory, inventory.ANNOTATIONS),
)


def register(server: MCPServer[Shop]) -> None:
    for function, annotations in TOOLS:
        # The docstring is the description; cleaned so the model is not sent source indentation.
        server.add_tool(function, description=inspect.cleandoc(function.__doc__ or ""), annotations=annotations)


__all__ = ["INSTRUCTIONS", "Shop", "register"]
