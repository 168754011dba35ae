"""Product feed files read as ``Product``s, one record at a time.

Formats: newline-delimited JSON (Aisle's own product shape, Criteo catalog output, getcatalog products or
results, and the other providers' records, told apart per line by their keys), JSON documents (Shopify
``products.json``, a list, a provider's response), CSV and Google Merchant TSV with a header row, and Google
Merchant RSS 2.0 / Atom XML. Line formats and XML are streamed, so a feed of hundreds of megabytes never sits in
memory; gzip is read transparently. A bad record becomes a ``FeedProblem`` saying where and why, and the good ones
keep flowing; a record imported with a value left out (a price that is no number, a url that is no URL) comes
with a ``FeedWarning`` saying so.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, TypeVar, cast, get_args

import orjson
from pydantic import ValidationError

from aisle_mcp.products import Product
from aisle_mcp.providers.catalogai.records import parse_product as parse_catalogai
from aisle_mcp.providers.commerceclarity.records import parse_product as parse_commerceclarity
from aisle_mcp.providers.criteo.records import parse_row as parse_criteo
from aisle_mcp.providers.fields import RecordError, mapping
from aisle_mcp.providers.getcatalog.records import parse_product as parse_getcatalog
from aisle_mcp.providers.getcatalog.records import parse_result as parse_getcatalog_result
from aisle_mcp.providers.local.aisle_shape import is_aisle_record, parse_aisle, qualified_source
from aisle_mcp.providers.local.left_out import CATALOGAI, COMMERCECLARITY, CRITEO, GETCATALOG, SHOPIFY, left_out
from aisle_mcp.providers.local.merchant import UNREAD, column_key, flat_fields, item_fields, parse_flat
from aisle_mcp.providers.local.shopify import is_shopify_product, parse_shopify

FeedFormat = Literal["ndjson", "json", "csv", "tsv", "xml"]
FORMATS: tuple[FeedFormat, ...] = get_args(FeedFormat)
_ALIASES: dict[str, FeedFormat] = {"jsonl": "ndjson", "shopify": "json", "rss": "xml", "atom": "xml", "merchant": "xml"}
_EXTENSIONS: dict[str, FeedFormat] = {
    ".ndjson": "ndjson", ".jsonl": "ndjson", ".jsonlines": "ndjson", ".ldjson": "ndjson",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".xml": "xml", ".rss": "xml", ".atom": "xml",
}  # fmt: skip
_SNIFF_BYTES = 1 << 20
_TITLE_COLUMNS = frozenset({"title", "name", "product_name", "product_title"})


@dataclass(frozen=True)
class _Remark:
    """Where in a feed (``line``, or the item's position in a document) and what was said of the record there."""

    line: int
    reason: str
    unit: Literal["line", "item"] = "line"

    def __str__(self) -> str:
        return f"{self.unit} {self.line}: {self.reason}"


@dataclass(frozen=True)
class FeedProblem(_Remark):
    """A record that could not be read, and why."""


@dataclass(frozen=True)
class FeedWarning(_Remark):
    """A record that was imported with something left out, and what."""


FeedItem = Product | FeedProblem | FeedWarning
"""What reading a feed gives: each product, each record that could not be read, and each warning."""
Located = tuple[int, list[FeedItem]]
"""A record's items, and where it is: its line, or its position among a document's items."""
Fields = dict[str, Any]
"""A flat record's ``Product`` fields (``flat_fields``), for an import that writes them without the product."""
_Read = TypeVar("_Read", Product, Product | Fields)


@dataclass(frozen=True)
class FeedOptions:
    namespace: str
    currency: str | None
    base_url: str | None


def read_feed(
    path: Path, format: str | None = None, *, currency: str | None = None, base_url: str | None = None
) -> Iterator[FeedItem]:
    """Products of a feed file, with a ``FeedProblem`` in place of each record that could not be read and a
    ``FeedWarning`` before each product imported with a value left out.

    ``format`` is one of ``FORMATS`` (or ``jsonl``, ``shopify``, ``rss``, ``atom``); by default it is detected
    from the extension and the first bytes. ``currency`` applies to prices written without one and ``base_url``
    to relative links (Shopify exports and Criteo rows have neither). Raises ``ValueError`` for an unknown format
    and ``OSError`` when the file cannot be read.
    """
    return (item for _, items in located_feed(path, format, currency=currency, base_url=base_url) for item in items)


def located_feed(
    path: Path, format: str | None = None, *, currency: str | None = None, base_url: str | None = None
) -> Iterator[Located]:
    """``read_feed``'s items record by record, each group with its line (or position in a document)."""
    kind = detect_format(path) if format is None else format_name(format)
    options = FeedOptions(path.name.removesuffix(".gz"), currency, base_url)
    if kind == "ndjson":
        return _said_once(_read_lines(path, options))
    if kind == "json":
        return _said_once(_read_document(path, options))
    if kind == "xml":
        return _said_once(_read_xml(path, options))
    return _said_once(_read_table(path, options, "\t" if kind == "tsv" else None))


def _said_once(records: Iterator[Located]) -> Iterator[Located]:
    """The records, with the warning of unread columns given only for the first record that has those columns."""
    said: set[str] = set()
    for where, items in records:
        yield where, [item for item in items if not repeated(item, said)]


def repeated(item: object, said: set[str]) -> bool:
    """Whether ``item`` is a warning of unread columns already said (``said`` holds those said)."""
    if not isinstance(item, FeedWarning) or not item.reason.startswith(UNREAD):
        return False
    if item.reason in said:
        return True
    said.add(item.reason)
    return False


def detect_format(path: Path) -> FeedFormat:
    """The feed format from the file name, or from the first bytes when the name does not settle it."""
    name = path.name.lower().removesuffix(".gz")
    by_name = _EXTENSIONS.get(Path(name).suffix)
    if by_name is not None:
        return by_name
    with open_feed(path) as stream:
        head = stream.read(_SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "xml"
    if head.startswith(b"["):
        return "json"
    first_line = head.split(b"\n", 1)[0]
    if head.startswith(b"{"):
        try:
            value = json.loads(first_line)
        except ValueError:
            return "json"  # a pretty-printed document: its first line is not a whole object
        return "json" if isinstance(value, dict) and ("products" in value or "results" in value) else "ndjson"
    counts = {mark: first_line.count(mark.encode()) for mark in ("\t", ",", ";", "|")}
    return "tsv" if max(counts, key=counts.__getitem__) == "\t" else "csv"


def parse_record(record: Mapping[str, Any], options: FeedOptions, warnings: list[str] | None = None) -> Product:
    """One JSON record, read by whichever shape its keys show; raises ``RecordError`` saying what is wrong.

    What is left out of the product rather than rejecting it is said in ``warnings``.
    """
    product = _provider_product(record, options, warnings)
    if product is not None:
        return product
    return parse_flat(
        record, options.namespace, currency=options.currency, base_url=options.base_url, warnings=warnings
    )


def record_fields(
    record: Mapping[str, Any], options: FeedOptions, warnings: list[str] | None = None
) -> Product | Fields:
    """Like ``parse_record``, but a flat record (most feeds' every record) as its ``Product`` fields."""
    price, given_id = record.get("price"), record.get("id")
    if (
        not _plain_keys(tuple(record))
        or (type(price) is not str and isinstance(price, Mapping))
        or (type(given_id) is str and ":" in given_id and qualified_source(given_id) is not None)
    ):
        product = _provider_product(record, options, warnings)
        if product is not None:
            return product
    return flat_fields(
        record, options.namespace, currency=options.currency, base_url=options.base_url, warnings=warnings
    )


# Keys that make a record one of the providers' shapes (see ``_provider_product``), given the right values.
_PROVIDER_KEYS = frozenset(
    {"product", "retailerId", "isInStock", "brandName", "countries", "price_value", "body_html", "published_at"}
    | {"variants", "store_domain", "is_available"}
)


@functools.lru_cache(maxsize=256)
def _plain_keys(keys: tuple[str, ...]) -> bool:
    """Whether records with these keys are flat whatever their values (but a ``price`` object): a feed's records
    share their keys, so this is worked out once per feed."""
    return (
        _PROVIDER_KEYS.isdisjoint(keys)
        and not {"success", "url"} <= set(keys)
        and not any(key.startswith("attributes.") for key in keys)
    )


def _provider_product(
    record: Mapping[str, Any], options: FeedOptions, warnings: list[str] | None = None
) -> Product | None:
    """A record of Aisle's own shape or one of the providers' as a ``Product``; ``None`` for a flat record."""
    if is_aisle_record(record):
        return parse_aisle(record, options.namespace, warnings)
    if isinstance(record.get("product"), Mapping) or {"success", "url"} <= record.keys():
        product = parse_getcatalog_result(record)
        if product is None:
            raise RecordError(f"the extraction failed: {str(record.get('error') or 'no product')[:200]}")
        if warnings is not None:
            left_out(mapping(record.get("product")), product, GETCATALOG, warnings)
        return product
    if {"retailerId", "isInStock", "brandName"} & record.keys():
        product = parse_criteo(record, options.currency)
        if warnings is not None:
            left_out(record, product, CRITEO, warnings)
        return product
    if isinstance(record.get("countries"), Mapping):
        product = parse_commerceclarity(record)
        if warnings is not None:
            left_out(record, product, COMMERCECLARITY, warnings)
        return product
    if "price_value" in record or any(key.startswith("attributes.") for key in record):
        product = parse_catalogai(record)
        if warnings is not None:
            left_out(record, product, CATALOGAI, warnings)
        return product
    if is_shopify_product(record):
        product = parse_shopify(record, options.namespace, currency=options.currency, base_url=options.base_url)
        if warnings is not None:
            left_out(record, product, SHOPIFY, warnings)
        return product
    if isinstance(record.get("price"), Mapping) or "store_domain" in record or "is_available" in record:
        product = parse_getcatalog(record)
        if warnings is not None:
            left_out(record, product, GETCATALOG, warnings)
        return product
    return None


def format_name(format: str) -> FeedFormat:
    name = format.strip().lower()
    if name in FORMATS:
        return name
    if name in _ALIASES:
        return _ALIASES[name]
    raise ValueError(f"unknown feed format {format!r}; use one of {', '.join(FORMATS)}")


def open_feed(path: Path) -> IO[bytes]:
    stream = path.open("rb")
    if stream.read(2) == b"\x1f\x8b":
        stream.close()
        return cast(IO[bytes], gzip.open(path, "rb"))
    stream.seek(0)
    return stream


def _product(
    record: Mapping[str, Any], where: int, options: FeedOptions, unit: Literal["line", "item"] = "line"
) -> list[FeedItem]:
    """The record's product after its warnings, or its problem."""
    return _noted(lambda warnings: parse_record(record, options, warnings), where, unit)


def _noted(
    read: Callable[[list[str]], _Read], where: int, unit: Literal["line", "item"]
) -> list[_Read | FeedProblem | FeedWarning]:
    warnings: list[str] = []
    try:
        product = read(warnings)
    except RecordError as exc:
        return [FeedProblem(where, str(exc), unit)]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        return [FeedProblem(where, f"invalid {field}: {first['msg']}", unit)]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        # A record of a shape no reader expects must not stop the rest of the feed.
        return [FeedProblem(where, f"unreadable record ({type(exc).__name__}: {exc})"[:300], unit)]
    if warnings:
        return [*(FeedWarning(where, reason, unit) for reason in warnings), product]
    return [product]


def _read_lines(path: Path, options: FeedOptions) -> Iterator[Located]:
    with open_feed(path) as stream:
        for number, raw in enumerate(stream, 1):
            yield number, parse_line(raw, number, options)


def parse_line(raw: bytes, number: int, options: FeedOptions) -> list[FeedItem]:
    """One line of an NDJSON feed: its product after its warnings, or its problem (nothing when it is blank)."""
    record = _line_record(raw, number)
    if not isinstance(record, Mapping):
        return [] if record is None else [record]
    return _product(record, number, options)


def line_fields(raw: bytes, number: int, options: FeedOptions) -> list[Product | Fields | FeedProblem | FeedWarning]:
    """Like ``parse_line``, but a flat record as its ``Product`` fields (``record_fields``)."""
    record = _line_record(raw, number)
    if record is None or isinstance(record, FeedProblem):
        return [] if record is None else [record]
    return _noted(lambda warnings: record_fields(record, options, warnings), number, "line")


def _line_record(raw: bytes, number: int) -> Mapping[str, Any] | FeedProblem | None:
    line = raw.strip()
    if number == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")
    if not line:
        return None
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        # The standard parser says what is wrong in plainer words, and reads what orjson refuses (NaN, huge ints).
        try:
            value = json.loads(line)
        except UnicodeDecodeError as exc:
            return FeedProblem(number, f"not UTF-8 text at byte {exc.start + 1}")
        except json.JSONDecodeError as exc:
            return FeedProblem(number, f"not JSON: {exc.msg} (column {exc.colno})")
    record = mapping(cast(object, value))
    if not record and not isinstance(value, dict):
        return FeedProblem(number, f"not a JSON object but {type(cast(object, value)).__name__}")
    return record


def _read_document(path: Path, options: FeedOptions) -> Iterator[Located]:
    with open_feed(path) as stream:
        try:
            document = json.load(stream)
        except UnicodeDecodeError as exc:
            yield 1, [FeedProblem(1, f"not UTF-8 text at byte {exc.start + 1}")]
            return
        except json.JSONDecodeError as exc:
            yield exc.lineno, [FeedProblem(exc.lineno, f"not JSON: {exc.msg} (column {exc.colno})")]
            return
    if isinstance(document, list):
        records: list[object] = list(cast(list[object], document))
    else:
        body = mapping(document)
        nested = mapping(body.get("results")).get("products") or mapping(body.get("data")).get("data")
        found = body.get("products") or nested or body.get("data")
        records = list(cast(list[object], found)) if isinstance(found, list) else [document]
    for position, record in enumerate(records, 1):
        if isinstance(record, Mapping):
            yield position, _product(mapping(cast(object, record)), position, options, "item")
        elif record != "...":
            yield position, [FeedProblem(position, f"not a JSON object but {type(record).__name__}", "item")]


def _read_table(path: Path, options: FeedOptions, delimiter: str | None = None) -> Iterator[Located]:
    with (
        open_feed(path) as binary,
        io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace", newline="") as text,
    ):
        header_line = text.readline()
        if not header_line.strip():
            return
        if delimiter is None:
            counts = {mark: header_line.count(mark) for mark in (",", ";", "\t", "|")}
            delimiter = max(counts, key=counts.__getitem__)
        header = next(csv.reader([header_line], delimiter=delimiter))
        keys = [column_key(name) for name in header]
        if not _TITLE_COLUMNS & set(keys):
            columns = ", ".join(header)[:200]
            yield 1, [FeedProblem(1, f"the header has no title or name column (columns: {columns})")]
            return
        reader = csv.reader(text, delimiter=delimiter)
        start = 2
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, [FeedProblem(start, f"not a valid row: {exc}")]
                start = reader.line_num + 2
                continue
            line, start = start, reader.line_num + 2
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(keys):
                said = f"{len(row)} fields but the header has {len(keys)}; is a value unquoted?"
                yield line, [FeedProblem(line, said)]
                continue
            record: dict[str, Any] = {}
            for key, cell in zip(keys, row, strict=False):
                previous = record.get(key)
                record[key] = cell if previous in (None, "") else [*_as_list(previous), cell]
            yield line, _product(record, line, options)


def _as_list(value: object) -> list[object]:
    return list(cast(list[object], value)) if isinstance(value, list) else [value]


def _read_xml(path: Path, options: FeedOptions) -> Iterator[Located]:
    position = 0
    with open_feed(path) as stream:
        parents: list[ET.Element] = []
        try:
            for event, element in ET.iterparse(stream, events=("start", "end")):
                if event == "start":
                    parents.append(element)
                    continue
                parents.pop()
                if element.tag.rsplit("}", 1)[-1] not in ("item", "entry"):
                    continue
                position += 1
                yield position, _product(item_fields(element), position, options, "item")
                # Read items are dropped from the tree, so memory stays flat however long the feed is.
                if parents:
                    parents[-1].remove(element)
        except ET.ParseError as exc:
            line, column = exc.position
            problem = str(exc).split(":", 1)[0]
            said = f"not well-formed XML ({problem}, column {column}); nothing after it was read"
            yield line, [FeedProblem(line, said)]
