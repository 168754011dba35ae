"""The built-in extractor: one product page's HTML in, one normalized ``Product`` out. Pure: no I/O.

Evidence is read in order of trust (JSON-LD, microdata, RDFa, meta tags, embedded page state, then the
visible page) and merged field by field, so the best source a page offers wins for each field. JSON-LD,
meta tags and page state are found by scanning the raw text; the page's tree, which costs the most to
build, is built only when JSON-LD leaves a core field unknown: most shops' JSON-LD gives them all.
"""

from __future__ import annotations

from collections.abc import Callable

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.local.extractor.agree import (
    SHOWN_CODE,
    amount_shown,
    internal_id,
    maker_labelled,
    shown_in,
    written_amount,
    written_in,
)
from aisle_mcp.providers.local.extractor.codes import shown_codes
from aisle_mcp.providers.local.extractor.evidence import JSON_LD, MICRODATA, RDFA, VISIBLE, Evidence
from aisle_mcp.providers.local.extractor.jsonld import jsonld_documents
from aisle_mcp.providers.local.extractor.merge import merge
from aisle_mcp.providers.local.extractor.meta import meta_evidence, meta_tags
from aisle_mcp.providers.local.extractor.microdata import microdata_items, rdfa_items
from aisle_mcp.providers.local.extractor.nodes import main_product
from aisle_mcp.providers.local.extractor.page import parse_page, read
from aisle_mcp.providers.local.extractor.scan import (
    OTHER,
    STRUCK,
    Head,
    item_markup,
    page_title,
    price_beside_heading,
    scan,
    stock_beside_heading,
)
from aisle_mcp.providers.local.extractor.state import state_documents, state_evidence
from aisle_mcp.providers.local.extractor.values import CODE_SHAPE
from aisle_mcp.providers.local.extractor.visible import price_in_question, range_shown, visible_evidence
from aisle_mcp.providers.local.extractor.words import SOLD, STOCKED

__all__ = ["extract_product"]

_CORE = frozenset({"title", "price", "availability", "sku"})


def extract_product(html: str | bytes, url: str) -> Product | None:
    """The product a page describes, or ``None`` when it describes none."""
    text, utf8 = read(html)
    head = scan(text, url)
    crumbs: tuple[str, str] | None = None
    jsonld: Evidence | None = None
    documents = jsonld_documents(head.scripts)
    if documents:
        jsonld, category = main_product(documents, JSON_LD, head.base, lambda: page_title(text))
        crumbs = (JSON_LD, category) if category else None
    said = written_in(text)
    shown = shown_in(head.url if head.url == url else f"{head.url} {url}", said)
    named = internal_id(text)
    paid = amount_shown(text)
    # A structured sku the page writes nowhere (an internal or image id) is checked against the codes it shows.
    # One the page writes only in its address is the shop's id for its links as often as the code it shows: the page's
    # labelled code, if it shows one, is looked for (see ``agree.choose_sku``).
    unshown = frozenset({"sku"} if jsonld is not None and jsonld.sku and not _confirmed(jsonld.sku, said) else ())
    # One that the structured data itself gives as the maker's number (its mpn), and that the page writes only under a
    # maker's number label ("Hersteller-Nr."), may not be the shop's own code, which the page may show under its own
    # label ("Art.-Nr."): the page's labels settle it.
    maker = (
        jsonld.sku
        if jsonld is not None
        and jsonld.sku
        and jsonld.mpn
        and jsonld.sku.casefold() == jsonld.mpn.casefold()
        and not unshown
        and maker_labelled(text, jsonld.sku)
        else None
    )
    unshown |= {"sku"} if maker else set[str]()
    metas = meta_evidence(head.metas, head.base)
    # Offers at several prices, or another kind stating another amount, leave the price to the page: the one it shows
    # to buy now.
    if jsonld is not None and _price_unsettled([jsonld, metas]):
        unshown |= {"price"}
    # Structured "in stock" beside a heading the page follows with "sold out" or "in stores only", or "sold out"
    # beside one it follows with "in stock", is for the page's own stock note or buy box to settle.
    if jsonld is not None and jsonld.availability is not None:
        stated = _buyable(jsonld.availability)
        if stock_beside_heading(text, head, SOLD if stated else STOCKED):
            unshown |= {"availability"}
    # JSON-LD outranks every other kind, so what it gives no tree can change, unless the page shows another price
    # beside its heading: its structured price there only struck through (a price before a reduction), or written
    # nowhere on the page. Then the page's price elements settle it (see ``agree.choose_price``).
    doubted = frozenset[str]()
    if jsonld is not None and not _missing([jsonld]) and not unshown:
        if not _price_doubted(text, head, jsonld, url, shown):
            return merge([jsonld, metas], head.url, crumbs, shown, named, paid, said)
        doubted = unshown = frozenset({"price"})
    # Meta tags that give the rest leave only items, which outrank them, to look for: a page without any needs no tree.
    found = [jsonld, metas] if jsonld is not None else [metas]
    if not _missing(found) and not unshown and not any(item_markup(text)):
        return merge(found, head.url, crumbs, shown, named, paid, said)
    # Any other kind may now count, and the tree that microdata, RDFa and the visible page need is built once; it
    # also tells which items the page has.
    page = parse_page(text, head, utf8)
    microdata, rdfa = bool(page.marked["itemscope"]), bool(page.marked["typeof"])
    evidence = [jsonld] if jsonld is not None else []
    if microdata or rdfa:
        for source, items in (
            (MICRODATA, microdata_items(page.tree, page.marked) if microdata else []),
            (RDFA, rdfa_items(page.tree, page.marked) if rdfa else []),
        ):
            if not items:
                continue
            found, category = main_product(items, source, page.base, lambda: page_title(text))
            if found is not None:
                evidence.append(found)
            if category and crumbs is None:
                crumbs = (source, category)
        evidence.append(meta_evidence(meta_tags(page.tree, page.marked["meta"]), head.base))
    else:
        evidence.append(metas)
    # A structured price range is the price only where the page shows that range as the price.
    for item in evidence:
        if item.price is None and item.price_range is not None and range_shown(page, *item.price_range):
            item.price = item.price_range[0]
    # Page state ranks below items and meta tags and is read only for what they leave unknown.
    if _missing(evidence):
        state = state_evidence(state_documents(head.scripts), head.base)
        if state is not None:
            evidence.append(state)
    needed = _missing(evidence)
    if not needed:
        unsure = {"sku"} if not any(_confirmed(item.sku, said) for item in evidence if item.sku) else set[str]()
        # The page's own price elements also unsettle a structured price they write only struck through, or only a
        # power of ten away (cents): reading them costs little once the tree is built, unlike scanning the raw text.
        priced = next((item.price for item in evidence if item.price is not None), None)
        if _price_unsettled(evidence) or (priced is not None and price_in_question(page, priced)):
            unsure.add("price")
        needed = frozenset(unsure & ({"price"} | ({"sku"} if any(item.sku for item in evidence) else set())))
    # A structured sku the page writes nowhere is checked against the codes it shows, whatever else is missing.
    needed |= unshown & {"availability", "sku"} | doubted
    if needed or not any(item.is_product() for item in evidence):
        visible = visible_evidence(page, evidence, needed or _CORE)
        evidence.append(visible)
        if "availability" in unshown and visible.availability is not None:
            # The page's own stock note or buy box, after stock words beside its heading, outranks structured data
            # that says otherwise: two readings of the page against one of its markup.
            for item in evidence[:-1]:
                if item.availability is not None and _buyable(item.availability) != _buyable(visible.availability):
                    item.availability = None
        described = any(item.is_product() for item in evidence)
        unnamed = "sku" in unshown or not any(item.sku for item in evidence)
        if visible.sku is None and maker is None and described and unnamed:
            # A product page that shows one code on a line of its own after a label no word list knows and a number sign
            # ("B&H # TIL95M4"), where no kind gives a sku or a structured one is written only in its address: that code
            # is the one a shopper reads. A code alone describes no product.
            title = next((item.title for item in evidence if item.title), None)
            codes = list(shown_codes(page.text(), title, numbered=True).values())
            if len(codes) == 1:
                visible.sku, visible.sources["sku"] = codes[0], f"{SHOWN_CODE} (label)"
        own = visible.sku if visible.sources.get("sku", VISIBLE) == VISIBLE else None
        if maker and own and own.casefold() != maker.casefold():
            # The shop's own code under its label outranks the maker's number that structured data gives as the sku.
            for item in evidence[:-1]:
                if item.sku and item.sku.casefold() == maker.casefold():
                    item.sku = None
    return merge(evidence, head.url, crumbs, shown, named, paid, said)


_SOLD = frozenset({Availability.out_of_stock, Availability.discontinued})


def _buyable(state: Availability | None) -> bool:
    return state is not None and state not in _SOLD and state is not Availability.unknown


def _confirmed(sku: str, shown: Callable[[str], bool]) -> bool:
    """Whether a structured sku is one code the page writes in its text or address."""
    return CODE_SHAPE.fullmatch(sku) is not None and shown(sku)


def _price_doubted(text: str, head: Head, jsonld: Evidence, url: str, shown: Callable[[str], bool]) -> bool:
    """Whether the page beside its heading shows another price than JSON-LD's one, which it writes there only struck
    through or nowhere on the page at all."""
    if jsonld.price is None:
        return False
    said = price_beside_heading(text, head, jsonld.price, url)
    return said == STRUCK or (said == OTHER and not written_amount(jsonld.price, shown))


def _price_unsettled(evidence: list[Evidence]) -> bool:
    """Whether the most trusted price is one of several offers' or another kind states another amount."""
    priced = [item for item in evidence if item.price is not None]
    return bool(priced) and (bool(priced[0].offered) or any(item.price != priced[0].price for item in priced[1:]))


def _missing(evidence: list[Evidence]) -> frozenset[str]:
    """The core fields an agent decides on that no evidence so far gives."""
    return frozenset(name for name in _CORE if all(getattr(item, name) is None for item in evidence))
