"""Records in Aisle's own shape read back as ``Product``s, and products written in it.

The shape is a product as ``get_product`` answers it and ``aisle-mcp export`` writes it, or a summary as
``search_products`` answers it. A record is told by its price written as Aisle writes one
(``{"amount": "44.00", "currency": "EUR"}``) or by an id qualified with one of Aisle's sources (``local:3f9a…``).

What such a record says is kept as it is, so an export imported again gives the same products, field by field
and id for id. A value that cannot be kept (a ``url`` that is no http(s) URL, an unknown stock word, a negative
price, a key that is no product field) is left out and said in ``warnings``. An id without a source (``SK-001``)
is a feed's own id: the product is ``local``, with an id made from the file name and that id, as for any feed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, cast

from pydantic import ValidationError

from aisle_mcp.products import Availability, Money, Product, stable_id, to_amount
from aisle_mcp.providers.fields import (
    RecordError,
    absolute_url,
    availability,
    known,
    mapping,
    money,
    price_refusal,
    text,
)

SOURCES = frozenset({"local", "getcatalog", "catalogai", "commerceclarity", "criteo"})
"""The sources an Aisle product id can be qualified with."""
_STATES = ", ".join(state.value for state in Availability)
_CODE = re.compile(r"^[A-Z]{3}$")
Note = Callable[[str], None]


def qualified_source(value: object) -> str | None:
    """The source of an id written as Aisle writes ids (``local:3f9a…``), else ``None``."""
    if type(value) is not str:
        return None
    source, colon, rest = value.partition(":")
    return source if colon and rest and source in SOURCES else None


def is_aisle_record(record: Mapping[str, Any]) -> bool:
    """Whether a JSON record is in Aisle's own shape (see the module's docstring)."""
    if qualified_source(record.get("id")) is not None:
        return True
    return any("amount" in mapping(record.get(name)) for name in ("price", "list_price"))


def export_line(product: Product) -> bytes:
    """One NDJSON line of ``aisle-mcp export``: the product as ``get_product`` gives it, empty values left out."""
    return product.model_dump_json(exclude_defaults=True).encode() + b"\n"


def parse_aisle(record: Mapping[str, Any], namespace: str, warnings: list[str] | None = None) -> Product:
    """A record in Aisle's shape as the ``Product`` it describes; raises ``RecordError`` without an id or title.

    ``namespace`` (the feed's file name) makes the ids of products whose id names no source, as for other feeds.
    """
    said: list[str] = [] if warnings is None else warnings
    note = said.append
    feed_id = text(record.get("id"), 500)
    if feed_id is None:
        raise RecordError("no id")
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        raise RecordError("no title")
    source = qualified_source(feed_id)
    extra = dict(mapping(record.get("extra")))
    if "extra" in record and not isinstance(record["extra"], Mapping) and record["extra"] is not None:
        note(f"extra {_shown(record['extra'])} is not an object; left out")
    if source is None:
        source = "local"
        product_id = stable_id(source, namespace, feed_id)
        extra.setdefault("feed_id", feed_id)
    else:
        product_id = feed_id
    given = record.get("source")
    if given is not None and given != source:
        note(f"source {_shown(given)} is not the id's ({source}); the id's is kept")
    fields: dict[str, Any] = {"id": product_id, "source": source}
    for key, value in record.items():
        if value is None or key in ("id", "source", "extra"):
            continue
        if key not in Product.model_fields:
            if key != "requested_url" or value != record.get("url"):  # an extraction's answer: the page asked for
                note(f"{key!r} is not a field of Aisle's product; left out")
            continue
        read = _READERS.get(key)
        kept = value if read is None else read(value, key, note)
        if kept is not None:
            fields[key] = kept
    if extra:
        fields["extra"] = extra
    return _validated(fields, note)


def _validated(fields: dict[str, Any], note: Note) -> Product:
    """The product of these fields; a field the model refuses is left out and said, the rest kept."""
    try:
        return Product(**fields)
    except ValidationError as exc:
        refused: dict[str, str] = {}
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            refused.setdefault(str(error["loc"][0]), f"{where}: {error['msg']}")
    if refused.keys() & {"id", "source", "title"}:
        raise RecordError("; ".join(refused.values()))
    for name, reason in refused.items():
        note(f"{reason}; {name} left out")
        del fields[name]
    return Product(**fields)


def _money(value: object, name: str, note: Note) -> Money | None:
    """A price written as Aisle writes one, or as a number or price text."""
    if not isinstance(value, Mapping):
        read = money(value)
        if read is None:
            note(f"{name} {_shown(value)} {price_refusal(value)}; left out")
        return read
    written = cast(Mapping[str, Any], value)
    raw, currency = written.get("amount"), written.get("currency")
    amount = to_amount(raw)
    if amount is None:
        parsed = money(raw) if isinstance(raw, str) else None
        if parsed is None:
            note(f"{name} amount {_shown(raw)} {price_refusal(raw)}; {name} left out")
            return None
        amount = parsed.amount
    if currency is not None and not (isinstance(currency, str) and _CODE.match(currency.strip().upper())):
        note(f"{name} currency {_shown(currency)} is not an ISO 4217 code; left out")
        currency = None
    return Money(amount=amount, currency=currency)


def _availability(value: object, name: str, note: Note) -> Availability | None:
    if isinstance(value, str) and value in Availability.__members__:
        return Availability(value)
    stock = availability(value)
    if stock is Availability.unknown and known(value) is not None:
        note(f"availability {_shown(value)} is not a stock state ({_STATES}); left unknown")
    return stock


def _url(value: object, name: str, note: Note) -> str | None:
    url = absolute_url(value) if isinstance(value, str) else None
    if url is None:
        note(f"{name} {_shown(value)} is not an http(s) URL; left out")
    return url


def _urls(value: object, name: str, note: Note) -> list[str] | None:
    if not isinstance(value, list):
        note(f"{name} {_shown(value)} is not a list of URLs; left out")
        return None
    found = [_url(item, name[:-1], note) for item in cast(list[object], value)]
    return [url for url in found if url is not None]


def _title(value: object, name: str, note: Note) -> str:
    return cast(str, value)  # checked before: kept exactly as written


def _shown(value: object) -> str:
    return repr(value[:60]) if isinstance(value, str) else repr(value)[:60]


_READERS: dict[str, Callable[[object, str, Note], object]] = {
    "title": _title,
    "price": _money,
    "list_price": _money,
    "availability": _availability,
    "url": _url,
    "image": _url,
    "images": _urls,
}
