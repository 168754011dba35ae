"""The agent-facing contract: one module per tool, registered on a server by ``register``."""

import inspect
import re
from collections.abc import Callable, Mapping
from typing import Any

from mcp.server.mcpserver.tools import Tool
from mcp.types import ToolAnnotations
from pydantic import TypeAdapter

from aisle_mcp.tools import extract, inventory, product, search
from aisle_mcp.tools.shop import Shop as Shop

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


def server_tools(views: Mapping[str, str] | None = None) -> list[Tool]:
    """Every tool, for ``MCPServer(tools=...)``; the docstring is the description, cleaned of source indentation.

    ``views`` binds a tool (by name) to the ``ui://`` view that MCP Apps hosts show its answers in
    (``_meta.ui.resourceUri``, as the SDK's ``Apps.tool`` stamps it).

    Output schemas describe answers as they are sent: in serialization mode, so an amount is the string it is
    written as ("19.99"), not "a number or a string" as an argument could be given. Clients check every answer
    against the schema, and each needless alternative costs them a failed branch per product.
    """
    built: list[Tool] = []
    for function, annotations in TOOLS:
        view = (views or {}).get(function.__name__)
        tool = Tool.from_function(
            function,
            description=unwrapped(inspect.cleandoc(function.__doc__ or "")),
            annotations=annotations,
            meta={"ui": {"resourceUri": view}} if view else None,
        )
        metadata = tool.fn_metadata
        if metadata.output_schema is not None and metadata.output_model is not None:
            metadata.output_schema = TypeAdapter(metadata.output_model).json_schema(mode="serialization")
        built.append(tool)
    return built


def unwrapped(text: str) -> str:
    """Text with the source's line wrapping undone: a paragraph is one line (a list item still starts its own)."""
    return re.sub(r"(?<=\S)\n(?![\n\-*])", " ", text)


__all__ = ["INSTRUCTIONS", "Shop", "server_tools", "unwrapped"]
