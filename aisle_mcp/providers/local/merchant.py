"""Flat feed records as ``Product``s: Google Merchant Center (TSV and XML items) and CSV exports.

A record is a mapping of column (or element) names to values. Names are matched loosely (``g:image_link``,
``Image Link`` and ``image-link`` are one column) against the Merchant spec's names and the ones shops'
CSV exports commonly use.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from urllib.parse import urljoin, urlsplit

from aisle_mcp.products import Availability, Money, Product, stable_id, to_amount
from aisle_mcp.products.currency import CURRENCIES
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    availability,
    category_path,
    code,
    compact,
    gtin,
    known,
    list_price,
    money,
    plain_text,
    price_in_text,
    price_refusal,
    rating,
    strings,
    text,
    timestamp,
)

SOURCE = "local"
GOOGLE_NS = "http://base.google.com/ns/1.0"

_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "product_id", "item_id", "offer_id", "productid"),
    "title": ("title", "name", "product_name", "product_title"),
    "description": ("description", "body_html", "long_description", "summary", "content"),
    "brand": ("brand", "vendor", "manufacturer", "brand_name"),
    "seller": ("seller", "seller_name", "store", "shop", "merchant"),
    "link": ("link", "url", "product_url", "product_link", "mobile_link"),
    "image": ("image_link", "image", "image_url", "imageurl", "main_image", "featured_image"),
    "images": ("additional_image_link", "additional_image_links", "additional_images", "images"),
    "price": ("price", "regular_price"),
    "sale_price": ("sale_price", "current_price", "offer_price"),
    "compare_at": ("compare_at_price", "list_price", "original_price", "msrp", "rrp"),
    "currency": ("currency", "price_currency", "currency_code"),
    "availability": ("availability", "stock_status", "in_stock", "is_available", "available"),
    "quantity": ("quantity", "stock", "inventory", "inventory_quantity", "stock_quantity", "qty"),
    "gtin": ("gtin", "ean", "upc", "barcode", "isbn", "gtin13", "ean13"),
    "mpn": ("mpn", "model_number", "part_number"),
    "sku": ("sku", "variant_sku", "item_sku"),
    "google_category": ("google_product_category",),
    "category": ("category", "product_type", "categories", "product_category"),
    "tags": ("tags", "keywords"),
    "rating": ("rating", "average_rating", "product_rating"),
    "review_count": ("review_count", "rating_count", "reviews_count", "num_reviews"),
    "updated_at": ("updated_at", "last_updated", "updated", "modified", "date_modified"),
    "item_group_id": ("item_group_id", "group_id", "parent_id", "parent_sku"),
}
_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "color": ("color", "colour"),
    "material": ("material", "fabric"),
    "size": ("size",),
    "gender": ("gender",),
    "age_group": ("age_group",),
    "pattern": ("pattern",),
    "condition": ("condition",),
    "style": ("style",),
    "size_type": ("size_type",),
    "size_system": ("size_system",),
}
_URL_LIST = re.compile(r"\s*,\s*(?=https?://)")


@functools.lru_cache(maxsize=4096)
def column_key(name: str) -> str:
    """One spelling for a column name: ``g:Image Link`` and ``image-link`` are both ``image_link``."""
    key = name.strip().lower().removeprefix("\ufeff")
    key = key.split(":", 1)[1] if key.startswith("g:") else key
    return re.sub(r"[\s.\-]+", "_", key)


def parse_flat(
    record: Mapping[str, Any],
    namespace: str,
    *,
    currency: str | None = None,
    base_url: str | None = None,
    warnings: list[str] | None = None,
) -> Product:
    """A Merchant feed item or CSV row as a ``Product``; raises ``RecordError`` saying what the row lacks.

    ``namespace`` keeps ids apart between feeds (the feed's file name); ``currency`` applies to prices written
    without one; ``base_url`` resolves relative links and names the seller when the feed does not. A value
    that is left out rather than rejecting the row (a price that is no number) is said in ``warnings``.
    """
    return Product(**flat_fields(record, namespace, currency=currency, base_url=base_url, warnings=warnings))


def flat_fields(
    record: Mapping[str, Any],
    namespace: str,
    *,
    currency: str | None = None,
    base_url: str | None = None,
    warnings: list[str] | None = None,
) -> dict[str, Any]:
    """The ``Product`` fields of a flat record (see ``parse_flat``), for an import that writes them as they are."""
    keys, present, attribute_keys, unread = _columns(tuple(record))
    if unread and warnings is not None:
        warnings.append(unread)
    fields = record if keys is None else dict(zip(keys, record.values(), strict=True))

    def get(name: str) -> Any:
        for alias in present.get(name, ()):
            value = fields[alias]
            if value not in (None, "", []):
                return value
        return None

    def one(name: str) -> object:  # _one(get(name)), in one step
        for alias in present.get(name, ()):
            value: object = fields[alias]
            if value not in (None, "", []):
                return cast(list[object], value)[0] if isinstance(value, list) else value
        return None

    # A column the feed does not have is not read at all: most feeds have a dozen of the fifty spellings.
    title = plain_text(one("title"), TITLE_CHARS)
    if title is None:
        raise RecordError("no title")
    link = _url(raw_link := one("link"), base_url)
    feed_id = known(one("id"))
    sku = code(value) if (value := one("sku")) is not None else None
    product_gtin = gtin(raw_gtin) if (raw_gtin := one("gtin")) is not None else None
    identity = feed_id or sku or product_gtin or link
    if identity is None:
        raise RecordError("no id, sku, gtin or link to tell the product apart")

    written_currency = _repeated(text, one("currency"))
    if written_currency is not None:
        written_currency = _currency(written_currency, warnings)
    price, before = _prices(one, written_currency or currency, warnings)
    images = (
        _images(get("image"), get("images"), base_url, warnings) if "image" in present or "images" in present else []
    )
    google_category = text(value) if (value := one("google_category")) is not None else None
    category_id = google_category if google_category and google_category.isdigit() else None
    category = _category(None if category_id else google_category) or _repeated(_category, one("category"))
    attributes: dict[str, str | list[str]] = {}
    for name, aliases in attribute_keys.items():
        for alias in aliases:
            if (value := fields[alias]) not in (None, ""):
                values = strings(value)
                if values:
                    attributes[name] = values[0] if len(values) == 1 else values
                break
    tags = get("tags")
    seller = known(value) if (value := one("seller")) is not None else None
    item_group = text(value) if (value := one("item_group_id")) is not None else None
    stock = _availability(get("availability"), get("quantity"), warnings)
    product_rating = rating(raw_rating, one("review_count")) if (raw_rating := one("rating")) is not None else None
    updated_at = timestamp(raw_time) if (raw_time := one("updated_at")) is not None else None
    description = plain_text(raw_description := one("description"), DESCRIPTION_CHARS)
    if warnings is not None:  # each check in two steps: most records pass the first, and cost one comparison
        if link is None and raw_link is not None:
            _refused(warnings, "url", raw_link, "is not an http(s) URL")
        if product_gtin is None and raw_gtin is not None:
            _refused(warnings, "gtin", raw_gtin, "is not a GTIN (8, 12, 13 or 14 digits)")
        if product_rating is None and raw_rating is not None:
            _refused(warnings, "rating", raw_rating, "is not a number")
        if updated_at is None and raw_time is not None:
            _refused(warnings, "updated_at", raw_time, "is not a date")
        if len(title) >= TITLE_CHARS - 1:  # a cut title may end where a space was dropped
            _cut(warnings, "title", one("title"), TITLE_CHARS)
        if description is not None and len(description) >= DESCRIPTION_CHARS - 1:
            _cut(warnings, "description", raw_description, DESCRIPTION_CHARS)
    return {
        "id": stable_id(SOURCE, namespace, identity),
        "source": SOURCE,
        "title": title,
        "brand": _repeated(known, one("brand")),
        "seller": seller or (urlsplit(base_url).hostname if base_url else None),
        "url": link,
        "price": price,
        "list_price": before,
        "availability": stock,
        "image": images[0] if images else None,
        "images": images,
        "category": category,
        "gtin": product_gtin,
        "mpn": code(value) if (value := one("mpn")) is not None else None,
        "sku": sku,
        "description": description,
        "attributes": attributes,
        "rating": product_rating,
        "updated_at": updated_at,
        "extra": compact(
            {
                "feed_id": feed_id,
                "item_group_id": item_group,
                "google_product_category_id": category_id,
                "tags": [] if tags is None else strings(tags.split(",")) if isinstance(tags, str) else strings(tags),
            }
        ),
    }


TITLE_CHARS = 500
DESCRIPTION_CHARS = 5000


def _refused(warnings: list[str], name: str, raw: object, reason: str) -> None:
    """Say that a value written was not read, unless it is a placeholder such as ``n/a`` that says nothing."""
    if known(raw) is not None:
        warnings.append(f"{name} {_quoted(raw)} {reason}; left out")


def _cut(warnings: list[str], name: str, raw: object, limit: int) -> None:
    if not isinstance(raw, str) or len(raw) <= limit:
        return
    whole = plain_text(raw, None) or ""
    if len(whole) > limit:
        warnings.append(f"{name} of {len(whole):,} characters cut to {limit:,}")


def _quoted(raw: object) -> str:
    return repr(str(raw)[:60]) if isinstance(raw, str) else repr(raw)


def _currency(written: str | None, warnings: list[str] | None) -> str | None:
    """The currency column's code; one that is no ISO 4217 code is left out (the feed's currency applies)."""
    if written is None:
        return None
    code = written.upper()
    if code in CURRENCIES:
        return code
    if warnings is not None:
        warnings.append(f"currency {_quoted(written)} is not an ISO 4217 code; left out")
    return None


_Value = TypeVar("_Value")
_SEEN: dict[Callable[[Any], Any], dict[str, Any]] = {}
_SEEN_MOST = 4096


def _repeated(read: Callable[[object], _Value], value: object) -> _Value:
    """``read(value)``, remembered for text values: a feed repeats its brands, categories and stock words."""
    if type(value) is not str:  # 1, 1.0 and True are one key: only text is remembered
        return read(value)
    seen = _SEEN.get(read)
    if seen is None:
        seen = _SEEN[read] = {}
    try:
        return seen[value]
    except KeyError:
        pass
    result = seen[value] = read(value)
    if len(seen) > _SEEN_MOST:
        seen.clear()
    return result


# "147.84 USD", as Merchant feeds write prices, read without the general reader's regular expressions, and
# remembered: a Money is immutable and dearer to build than to look up, and shops repeat their prices.
_MERCHANT_PRICE = re.compile(r"(\d{1,15}(?:\.\d{1,6})?) ([A-Z]{3})")


def _money(value: object, currency: str | None) -> Money | None:
    """``money(value, currency)``, with a shortcut for prices written the Merchant way."""
    if type(value) is str and (read := _merchant_money(value)) is not None:
        return read
    return money(value, currency)


@functools.lru_cache(maxsize=1 << 12)  # about 650 bytes each
def _merchant_money(value: str) -> Money | None:
    match = _MERCHANT_PRICE.fullmatch(value)
    return None if match is None else Money(amount=Decimal(match[1]), currency=match[2])


UNREAD = "columns no product field takes, left out: "
"""How the warning of a record's unread columns starts; an import says it once for each set of columns."""
_READ = frozenset(alias for aliases in (*_ALIASES.values(), *_ATTRIBUTES.values()) for alias in aliases)
# Columns a feed may carry that say nothing a product lacks: the record's own kind, and Aisle's own source.
_SILENT = frozenset({"source"})


@functools.lru_cache(maxsize=256)
def _columns(
    names: tuple[str, ...],
) -> tuple[tuple[str, ...] | None, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], str | None]:
    """A record's column names as ``column_key`` spells them (``None`` when they are spelled so already), which
    of each field's aliases it has, in order of preference, and the warning naming the columns nothing reads.

    A feed's rows share their columns, so this is worked out once per feed rather than per row.
    """
    keys = tuple(column_key(name) for name in names)
    have = set(keys)
    fields = {name: found for name, aliases in _ALIASES.items() if (found := tuple(a for a in aliases if a in have))}
    attributes = {
        name: found for name, aliases in _ATTRIBUTES.items() if (found := tuple(a for a in aliases if a in have))
    }
    unread = [name for name, key in zip(names, keys, strict=True) if key not in _READ and key not in _SILENT]
    said = UNREAD + ", ".join(repr(name)[:60] for name in unread) if unread else None
    return (None if keys == names else keys), fields, attributes, said


def item_fields(item: ET.Element) -> dict[str, str | list[str]]:
    """The fields of one RSS ``<item>`` or Atom ``<entry>``; ``g:`` elements win over plain ones of that name."""
    plain: dict[str, str | list[str]] = {}
    google: dict[str, str | list[str]] = {}
    for child in item:
        if len(child):  # nested groups (g:shipping, g:tax) describe delivery, not the product
            continue
        namespace, _, local = child.tag[1:].partition("}") if child.tag.startswith("{") else ("", "", child.tag)
        value = (child.text or "").strip()
        if local == "link" and not value:
            if child.get("rel", "alternate") != "alternate":
                continue
            value = child.get("href", "").strip()
        if not value:
            continue
        target = google if namespace == GOOGLE_NS else plain
        key = column_key(local)
        existing = target.get(key)
        if existing is None:
            target[key] = value
        else:
            target[key] = [*([existing] if isinstance(existing, str) else existing), value]
    return {**plain, **google}


def _one(value: object) -> object:
    """The first of repeated values; most fields are single-valued even when a feed repeats them."""
    if isinstance(value, list):
        values = cast(list[object], value)
        return values[0] if values else None
    return value


def _url(value: object, base_url: str | None) -> str | None:
    raw = text(value)
    if raw is not None and base_url and not raw.lower().startswith(("http://", "https://", "//")):
        raw = urljoin(base_url, raw)
    return absolute_url(raw)


def _images(main: object, more: object, base_url: str | None, warnings: list[str] | None = None) -> list[str]:
    candidates: list[object] = []
    for value in (main, more):
        for item in cast(list[object], value) if isinstance(value, list) else [value]:
            candidates.extend(_URL_LIST.split(item) if isinstance(item, str) else [item])
    found: dict[str, None] = {}
    for candidate in candidates:
        url = _url(candidate, base_url)
        if url is not None:
            found.setdefault(url, None)
        elif warnings is not None and candidate is not None:
            _refused(warnings, "image", candidate, "is not an http(s) URL")
    return list(found)


def _prices(
    one: Callable[[str], object], currency: str | None, warnings: list[str] | None = None
) -> tuple[Money | None, Money | None]:
    """Price and list price; in Merchant feeds ``price`` is the regular price and ``sale_price`` the current one.

    A price whose text is no number is left out (and said in ``warnings``): the product is still worth finding.
    """
    found: dict[str, Money | None] = {}
    unread: list[tuple[str, object]] = []
    stated_before: Money | None = None  # "Was $30, now $20" in a price column
    for name in ("price", "sale_price", "compare_at"):
        raw = one(name)  # most feeds have one or two of the three columns
        found[name] = None if raw is None else _money(raw, currency)  # None exactly when the text is not a price
        if found[name] is None and raw not in (None, ""):
            read = price_in_text(raw, currency)
            if read is None:
                unread.append((name, raw))
            else:
                found[name], earlier = read
                stated_before = stated_before or earlier
    regular, sale = found["price"], found["sale_price"]
    if sale is not None and regular is not None:
        current, before = sale, list_price(sale, regular)
    else:
        current = sale or regular
        before = list_price(current, found["compare_at"] or stated_before)
    if warnings is not None:
        for name, raw in unread:
            outcome = "imported without a price" if current is None and name != "compare_at" else "left out"
            warnings.append(f"{_PRICE_NAMES[name]} {str(raw)[:40]!r} {price_refusal(raw)}; {outcome}")
    return current, before


_PRICE_NAMES = {"price": "price", "sale_price": "sale price", "compare_at": "compare-at price"}


def _availability(value: object, quantity: object, warnings: list[str] | None = None) -> Availability:
    stock = _repeated(availability, written := _one(value))
    if stock is Availability.unknown:
        count = to_amount(_one(quantity))
        if warnings is not None and written is not None and known(written) is not None:
            outcome = "left unknown" if count is None else "told by the quantity instead"
            warnings.append(f"availability {_quoted(written)} is not a stock state ({_STATES}); {outcome}")
        if count is not None:
            return Availability.in_stock if count > 0 else Availability.out_of_stock
    return stock


_STATES = "in stock, out of stock, preorder, backorder, limited, discontinued"


def _category(value: object) -> str | None:
    raw = text(value, 1000)
    if raw is None:
        return None
    separator = "|" if "|" in raw and ">" not in raw else ">"
    return category_path(raw, separator)
