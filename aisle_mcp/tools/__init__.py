"""The agent-facing contract: one module per tool, registered on a server by ``register``."""

from mcp.server.mcpserver import MCPServer

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


def register(server: MCPServer[Shop]) -> None:
    server.add_tool(search.search_products, annotations=search.ANNOTATIONS)
    server.add_tool(product.get_product, annotations=product.ANNOTATIONS)
    server.add_tool(extract.extract_product_urls, annotations=extract.SUBMIT)
    server.add_tool(extract.get_extract_status, annotations=extract.STATUS)
    server.add_tool(extract.cancel_extract, annotations=extract.CANCEL)
    server.add_tool(extract.list_extract_jobs, annotations=extract.LIST)
    server.add_tool(inventory.list_inventory, annotations=inventory.ANNOTATIONS)


__all__ = ["INSTRUCTIONS", "Shop", "register"]
