"""search_products: find products by words and filters."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import BaseModel, Field

from aisle_mcp.errors import InvalidArgument
from aisle_mcp.products.query import as_words, loosened, understand
from aisle_mcp.products.search import SearchFilters, SearchRequest, SortOrder
from aisle_mcp.products.summary import ExtraField, ProductSummary
from aisle_mcp.providers.base import StatedFields
from aisle_mcp.tools.shop import SearchProvider, Shop, answer, owner_of, shop_of, show, start_offset

ANNOTATIONS = ToolAnnotations(title="Search products", read_only_hint=True, open_world_hint=True)
MAX_PRICE = 10_000_000


class SearchResult(BaseModel):
    products: list[ProductSummary]
    total: int | None = Field(default=None, description="How many products match every meaningful word, in all.")
    total_exact: bool = True
    matched_text: str | None = Field(default=None, description="The words matched, after filter phrases were read.")
    filters_applied: SearchFilters = Field(description="Explicit filters merged over those the query implied.")
    filters_from_query: list[str] | None = Field(
        default=None, description="Filters (and 'sort') read from the query's words."
    )
    sort: SortOrder = Field(
        description="The order asked of the provider: the sort given, or one the query's words asked for "
        "(a provider that cannot sort says so in note)."
    )
    provider: str
    partial_from: int | None = Field(
        default=None, description="Products from this index of `products` on match only some of the words."
    )
    next_cursor: str | None = None
    note: str | None = None


async def search_products(
    ctx: Context[Shop],
    query: Annotated[
        str | None,
        Field(
            max_length=500,
            description="The shopper's words: 'red linen shirt under $50', 'WH-1000XM5'. Price, color, material and "
            "'in stock' phrases become filters.",
        ),
    ] = None,
    filters: Annotated[
        SearchFilters | None,
        Field(description='Explicit filters, e.g. {"price_max": 50}; they win over implied ones.'),
    ] = None,
    sort: Annotated[
        SortOrder,
        Field(
            description="price_asc: cheapest first; newest: last updated. Left at relevance, 'cheapest' in the query "
            "chooses."
        ),
    ] = "relevance",
    limit: Annotated[int, Field(ge=1, le=50, description="Products per page.")] = 10,
    cursor: Annotated[str | None, Field(description="The last next_cursor.")] = None,
    fields: Annotated[
        list[ExtraField] | None, Field(description="Extra summary fields, e.g. ['image', 'category'].")
    ] = None,
    provider: Annotated[SearchProvider | None, Field(description="Where to search; default: configured.")] = None,
) -> Annotated[CallToolResult, SearchResult]:
    """Search products by words and/or filters.

    Use this first when the shopper describes what they want. Answers are summaries: get_product gives an id's
    full record, or pass `fields`. With `next_cursor`, call again with the same arguments and `cursor` for more.
    """
    shop = shop_of(ctx)
    explicit = _without_blanks(filters or SearchFilters())
    for name in ("price_min", "price_max"):
        value = getattr(explicit, name)
        if value is not None and value > MAX_PRICE:
            raise InvalidArgument(f"filters.{name} {value} is beyond any price; give an amount in major units.")
    text = (query or "").strip()
    understood = understand(text) if text else None
    implied = understood.implied if understood else SearchFilters()
    applied = explicit.merged_over(implied)
    if applied.price_min is not None and applied.price_max is not None and applied.price_min > applied.price_max:
        raise InvalidArgument(
            f"price_min {applied.price_min} is above price_max {applied.price_max}; swap them or drop one."
        )
    words = understood.text if understood else ""
    implied_sort = understood.sort if understood and sort == "relevance" else None
    order = implied_sort or sort
    name, searcher = shop.pick(shop.search, provider, "product search")
    said: list[str] = []
    if understood and understood.ignored:
        phrases = ", ".join(repr(p) for p in understood.ignored)
        said.append(f"Ignored {phrases}: a price cannot be negative.")
    if understood and understood.filler and not words and applied.is_empty():
        # Filler alone ("something nice for my mom") names no product: nothing is better than anything.
        phrases = ", ".join(repr(p) for p in understood.filler)
        said.append(
            f"Nothing matched the meaningful words: {phrases} say what kind of answer is wanted, not what product. "
            "Name the kind of product (e.g. 'scarf', 'headphones') or give a filter."
        )
        return answer(
            SearchResult(
                products=[], total=0, filters_applied=applied, sort=order, provider=name, note=" ".join(said),
            )
        )  # fmt: skip
    if not any(ch.isalnum() for ch in words) and applied.is_empty():
        raise InvalidArgument(
            "Nothing to search for: give a query with words (e.g. 'trail running shoes') or at least one filter."
        )
    scope, offset = start_offset(
        shop, cursor, "search_products", {"q": text, "f": explicit.model_dump(mode="json"), "s": sort, "p": name}
    )
    owner = owner_of(ctx)
    if understood and loosened(understood, explicit)[1] and isinstance(searcher, StatedFields):
        understood, unstated = as_words(understood, explicit, await searcher.stated())
        if unstated:
            words, implied = understood.text, understood.implied
            applied = explicit.merged_over(implied)
    request = SearchRequest(query=words or None, filters=applied, sort=order, offset=offset, limit=limit, owner=owner)
    page = await searcher.search(request)
    loose_text, loose = loosened(understood, explicit) if understood else ("", [])
    if loose and not page.products and page.total == 0:
        # "white shelf bracket": no product is listed as white; those that say "white" somewhere come next.
        dropped = applied.model_copy(update=dict.fromkeys(loose))
        retry = await searcher.search(replace(request, query=loose_text or None, filters=dropped))
        if retry.products:
            listed = " or ".join(str(getattr(applied, n)) for n in loose)
            said.append(f"No product is listed as {listed}; searched for the word{'s' if len(loose) > 1 else ''}.")
            page, words, applied = retry, loose_text, dropped
            implied = implied.model_copy(update=dict.fromkeys(loose))
    await shop.remember(name, page.products, owner)
    if page.currency and applied.currency is None:
        applied = applied.model_copy(update={"currency": page.currency})
    partial = page.partial_from
    shown = show(
        shop,
        "search_products",
        scope,
        offset,
        page.products,
        has_more=page.has_more,
        total=page.total if partial is None else None,
        notes=[*said, *page.notes],
        fields=fields or (),
    )
    notes = shown.notes
    if partial is not None and 0 < partial < len(shown.products):
        notes.insert(
            len(said),
            f"{page.total} {'product matches' if page.total == 1 else 'products match'} every word; from position "
            f"{offset + partial + 1} on, products match only some of the words.",
        )
    currencies = sorted(
        {p.price.currency for p in page.products[: len(shown.products)] if p.price and p.price.currency}
    )
    if len(currencies) > 1:
        notes.append(f"Prices here are in {', '.join(currencies)}; they are not converted.")
    unknown_words = any(n.startswith("No product has") for n in page.notes)
    if not shown.products and not shown.next_cursor and offset == 0 and not any("filter" in n for n in page.notes):
        # A provider's own note on which filter to drop (and what that would find) says more than ours.
        notes.append(_nothing_found(words, SearchFilters() if unknown_words else applied))
    return answer(
        SearchResult(
            products=shown.products,
            total=page.total,
            total_exact=page.total_exact,
            matched_text=words or None,
            filters_applied=applied,
            filters_from_query=sorted([*implied.model_dump(exclude_none=True), *(["sort"] if implied_sort else [])])
            or None,
            sort=order,
            provider=name,
            partial_from=partial if partial is not None and partial < len(shown.products) else None,
            next_cursor=shown.next_cursor,
            note=" ".join(notes) or None,
        )
    )


def _nothing_found(words: str, applied: SearchFilters) -> str:
    relax = sorted(applied.model_dump(exclude_none=True))
    advice = ["No products matched."]
    if relax:
        advice.append(f"Try again without some of these filters: {', '.join(relax)}.")
    if words:
        advice.append("Use fewer or more general words, or check the spelling.")
    return " ".join(advice)


def _without_blanks(filters: SearchFilters) -> SearchFilters:
    """Text filters trimmed; a blank one means "any", not "only products with an empty brand"."""
    values = filters.model_dump(exclude_none=True)
    for name, value in list(values.items()):
        if isinstance(value, str):
            values[name] = value.strip() or None
    return SearchFilters.model_validate(values)
