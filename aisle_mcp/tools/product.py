"""get_product: the whole record of one product an earlier answer named."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import Field

from aisle_mcp.errors import NotFound
from aisle_mcp.products import Product
from aisle_mcp.products.summary import json_size
from aisle_mcp.tools.shop import Shop, answer, owner_of, shop_of

ANNOTATIONS = ToolAnnotations(title="Get product", read_only_hint=True, open_world_hint=False)
DESCRIPTION_CHARS = 4000
VARIANTS = 50


async def get_product(
    ctx: Context[Shop],
    id: Annotated[str, Field(min_length=3, max_length=200, description="A product id from an earlier answer.")],
) -> Annotated[CallToolResult, Product]:
    """The full record of one product: description, attributes, options, variants, images, identifiers.

    When a summary is not enough. For the live page, call extract_product_urls on its url.
    """
    shop = shop_of(ctx)
    product = await shop.recall(id.strip(), owner_of(ctx))
    if product is None:
        raise NotFound(
            f"No product with id {id!r}.{_hint(id.strip())} Use an id exactly as an earlier "
            "search_products, get_extract_status or list_inventory answer gave it."
        )
    return answer(_bounded(product, shop.max_result_bytes))


def _hint(product_id: str) -> str:
    """What the id looks like instead, when it is not shaped like a product id."""
    if product_id.lower().startswith(("http://", "https://", "www.")):
        return " That is a page URL: call extract_product_urls with it to read the page."
    if product_id.startswith("job_"):
        return " That is an extraction job id: call get_extract_status with it."
    if ":" not in product_id:
        return " Product ids start with their source, e.g. 'local:3f9a0c1d2b4e5f60'."
    return ""


def _bounded(product: Product, budget: int) -> Product:
    """The product, trimmed (long description, many variants) only when it would not fit the answer budget."""
    if json_size(product) <= budget:
        return product
    description = product.description
    if description and len(description) > DESCRIPTION_CHARS:
        description = description[: DESCRIPTION_CHARS - 1] + "…"
    return product.model_copy(
        update={
            "description": description,
            "variants": product.variants[:VARIANTS],
            "images": product.images[:10],
            "extra": {**product.extra, "trimmed": "long description and lists were cut to fit the answer"},
        }
    )
