"""Small pure readers shared by the provider record parsers and the feed importers.

Each one takes the loose value a provider or a feed writes and returns the normalized value, or ``None``
when the value says nothing: unknown is ``None``, never a guess.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, cast

from aisle_mcp.products import Availability, Money, Rating, to_amount
from aisle_mcp.products.currency import CURRENCIES


class RecordError(ValueError):
    """A record that cannot become a ``Product``; the message says what is missing or wrong."""


# Words feeds write in a field they have no value for; an agent is better served by ``None``.
_PLACEHOLDERS = frozenset({"none", "null", "nil", "n/a", "na", "-", "undefined", "unknown"})


def text(value: object, limit: int | None = None) -> str | None:
    """One line of text with whitespace collapsed, or ``None`` for empty values and non-scalars."""
    if isinstance(value, str):
        cleaned = " ".join(value.split())
    elif isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    else:
        cleaned = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if not cleaned or cleaned == "...":
        return None
    return cleaned[:limit].rstrip() if limit is not None and len(cleaned) > limit else cleaned


def known(value: object, limit: int | None = 200) -> str | None:
    """Like ``text``, and ``None`` for the placeholders (``"none"``, ``"N/A"``) feeds put in short fields."""
    cleaned = text(value, limit)
    return None if cleaned is None or cleaned.lower() in _PLACEHOLDERS else cleaned


_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def plain_text(value: object, limit: int | None = 5000) -> str | None:
    """Text with markup stripped and entities decoded, for descriptions that may arrive as HTML."""
    cleaned = text(value)
    if cleaned is None:
        return None
    if "<" not in cleaned and "&" not in cleaned:  # most text: already what reading it again would give
        return cleaned[:limit].rstrip() if limit is not None and len(cleaned) > limit else cleaned
    if "<" in cleaned:
        cleaned = _TAG.sub(" ", _INVISIBLE.sub(" ", cleaned))
    if "&" in cleaned:
        cleaned = html.unescape(cleaned)
    return text(cleaned, limit)


def absolute_url(value: object) -> str | None:
    """An http(s) URL; relative paths and other schemes are of no use to an agent, so they are ``None``.

    So are URLs with an elided ``/.../`` path, which sample payloads carry and no shop serves.
    """
    url = text(value)
    if url is None:
        return None
    if url.startswith("//"):
        url = "https:" + url
    if not url.lower().startswith(("http://", "https://")) or " " in url or "/.../" in url:
        return None
    return url


def urls(values: Iterable[object]) -> list[str]:
    """Absolute URLs, in order, without repeats; an entry may be a URL or an object with ``url``/``src``."""
    seen: dict[str, None] = {}
    for value in values:
        if isinstance(value, Mapping):
            item = cast(Mapping[str, Any], value)
            value = item.get("url") or item.get("src")
        url = absolute_url(value)
        if url is not None:
            seen.setdefault(url, None)
    return list(seen)


def code(value: object) -> str | None:
    """An identifier (sku, mpn) as written, without the placeholders feeds use for "no value"."""
    return known(value, 100)


def gtin(value: object) -> str | None:
    """A GTIN of 8, 12, 13 or 14 digits; anything else (ASINs, placeholders) is not a GTIN."""
    cleaned = known(value)
    if cleaned is None:
        return None
    digits = re.sub(r"[\s-]", "", cleaned)
    return digits if digits.isdigit() and len(digits) in (8, 12, 13, 14) else None


def strings(value: object) -> list[str]:
    """A list of texts from a list or one text; doc placeholders such as ``"... more ..."`` are dropped."""
    if isinstance(value, str):  # one text, as most feeds write a value
        cleaned = text(value, 500)
        return [] if cleaned is None or (cleaned.startswith("...") and cleaned.endswith("...")) else [cleaned]
    items: list[object] = list(cast(list[object], value)) if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in items:
        cleaned = text(item, 500)
        if cleaned is not None and not (cleaned.startswith("...") and cleaned.endswith("...")) and cleaned not in out:
            out.append(cleaned)
    return out


def mapping(value: object) -> Mapping[str, Any]:
    """``value`` when it is a JSON object, else an empty one, so nested reads need no type checks."""
    return cast(Mapping[str, Any], value) if type(value) is dict or isinstance(value, Mapping) else {}


def items(value: object) -> list[Mapping[str, Any]]:
    """The JSON objects of a list, skipping the ``"..."`` placeholders and anything else that is not an object."""
    if not isinstance(value, list):
        return []
    return [cast(Mapping[str, Any], item) for item in cast(list[object], value) if isinstance(item, Mapping)]


# Price text ----------------------------------------------------------------------------------------------

_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "C$": "CAD",
    "A$": "AUD",
    "CHF": "CHF",
    "S$": "SGD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "R$": "BRL",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "฿": "THB",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "ZŁ": "PLN",
    "ЛВ": "BGN",
    "ЛВ.": "BGN",
    "LEI": "RON",
    "KČ": "CZK",
    "FT": "HUF",
}
# Written before or after the amount: ISO codes, and the symbols and local spellings shops use. A trailing ";" or
# "." (a field separator left in a scraped price) is ignored.
_CURRENCY = r"[A-Za-z]{3}|US\$|C\$|A\$|S\$|HK\$|NZ\$|R\$|[$€£¥₹₽₩฿₺₪₫]|zł|лв\.?|[Ll]ei|Kč|Ft"
_PRICE = re.compile(rf"^(?P<pre>{_CURRENCY})?\s*(?P<num>\d[\d\s,.']*?)\s*(?P<post>{_CURRENCY})?\s*[;.]?$")


def _number(digits: str) -> Decimal | None:
    digits = re.sub(r"[\s']", "", digits)
    if "," in digits and "." in digits:
        thousands = "," if digits.rfind(".") > digits.rfind(",") else "."
        digits = digits.replace(thousands, "").replace(",", ".")
    elif "," in digits:
        whole, _, fraction = digits.rpartition(",")
        # "12,99" is a decimal comma; "1,299" (three digits after the only comma) groups thousands.
        digits = f"{whole}.{fraction}" if digits.count(",") == 1 and len(fraction) != 3 else digits.replace(",", "")
    return to_amount(digits)


_EXPONENT = re.compile(r"^\d+(?:\.\d+)?[eE][+-]?\d{1,3}$")


def parse_price(value: object) -> tuple[Decimal, str | None] | None:
    """A price and its currency from ``"15.00 USD"``, ``"USD 15.00"``, ``"$15"``, ``"12,99 €"`` or a number.

    Exact: the digits become a ``Decimal`` without passing through a float.
    """
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        amount = to_amount(value)
        return (amount, None) if amount is not None else None
    cleaned = text(value)
    if cleaned is None:
        return None
    if _EXPONENT.match(cleaned):  # feeds exported from spreadsheets write 372.6 as "3.726E2"
        amount = to_amount(cleaned)
        return (Decimal(format(amount, "f")), None) if amount is not None else None
    match = _PRICE.match(cleaned)
    if match is None:
        return None
    amount = _number(match.group("num"))
    if amount is None:
        return None
    symbol = match.group("pre") or match.group("post")
    currency = None
    if symbol:
        currency = _SYMBOLS.get(symbol.upper(), symbol.upper() if symbol.isalpha() else None)
    return amount, currency


_NEGATIVE = re.compile(r"^(\D{0,4}?)\s*[-\u2212](\S.*)$")


def price_refusal(value: object) -> str:
    """Why ``money`` read no price from a value: ``"is negative"`` for an amount below zero (``-5.00``,
    ``USD -5``, ``-$5``), else ``"is not a number"``."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return "is negative" if value < 0 else "is not a number"
    cleaned = text(value)
    match = _NEGATIVE.match(cleaned) if cleaned is not None else None
    if match is not None and parse_price(match[1] + match[2]) is not None:
        return "is negative"
    return "is not a number"


def money(amount: object, currency: object = None) -> Money | None:
    """A ``Money`` from an amount (number or price text) and a currency; the text's own currency wins."""
    parsed = parse_price(amount)
    if parsed is None:
        return None
    value, written = parsed
    return Money(amount=value, currency=written or text(currency))


def list_price(price: Money | None, compare_at: Money | None) -> Money | None:
    """The price before a discount, only when it is above the price: equal or lower says nothing."""
    if price is None or compare_at is None or compare_at.amount <= price.amount:
        return None
    if compare_at.currency is None and price.currency is not None:
        return Money(amount=compare_at.amount, currency=price.currency)
    return compare_at


# Price text with words around the amount --------------------------------------------------------------------
# Read only when the strict reading fails, and only where the text leaves no doubt: one amount written with a
# currency ("€16,99 per stuk", "R 619,99 incl tax", "$180.19/set"), or several where all but one are labelled as
# the price before a discount ("Regular Price:$218.90 Special Price:$196.90"). "POA", "Sold Out" and
# "$10 - $20" stay unread.
_ISO_4217 = CURRENCIES
# Currency marks written of letters stand apart from other letters ("R 619,99", not the R of "Regular").
_LETTER_MARK = r"[A-Z]{3}|[A-Z]{1,2}\$|Rs\.?|R|KM|kr|zł|лв\.?|[Ll]ei|Kč|Ft"
_SIGN_MARK = r"[$€£¥₹₽₩฿₺₪₫]"
_AMOUNT = re.compile(
    rf"(?:(?<![^\W\d_])(?P<pre>{_LETTER_MARK})|(?P<pre_sign>{_SIGN_MARK}))?\s?(?<![\d.,])"
    r"(?P<num>\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d.,]\d)"
    # A mark right before another amount is that one's: "10 $5.99" is 5.99 dollars, not 10.
    rf"\s?(?:(?P<post>{_LETTER_MARK})(?![^\W\d_])(?!\s?\d)|(?P<post_sign>{_SIGN_MARK})(?!\s?\d))?"
)
_ISO_WORD = re.compile(r"(?<![^\W\d_])[A-Z]{3}(?![^\W\d_])")
# Marks several currencies write, which a currency code elsewhere in the text settles ("$17.40 (AUD)").
_SHARED_MARKS = frozenset({"$", "¥", "kr"})
_LOCAL_MARKS = {"R": "ZAR", "RS": "INR", "RS.": "INR", "KM": "BAM", "KR": None}
_BEFORE_LABEL = re.compile(r"\b(?:regular|reg|was|list|rrp|msrp|uvp|original|before|compare|retail)\b", re.I)
_INVISIBLE_MARKS = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


def price_in_text(value: object, currency: str | None = None) -> tuple[Money, Money | None] | None:
    """The price a text states among other words, and the price before a discount when it states one too.

    ``None`` when the text has no amount written with a currency, or several that no label tells apart.
    """
    raw = text(value)
    if raw is None or price_refusal(raw) == "is negative":  # "-5.00 USD" is no price of 5 dollars
        return None
    cleaned = _INVISIBLE_MARKS.sub("", raw)
    if cleaned != raw and (plain := money(cleaned, currency)) is not None:
        return plain, None
    found: list[tuple[Money, bool]] = []
    start = 0
    for match in _AMOUNT.finditer(cleaned):
        label, start = cleaned[start : match.start()], match.end()
        marks = [match.group(name) for name in ("pre", "pre_sign", "post", "post_sign")]
        mark = next((m for m in marks if m and not (len(m) == 3 and m.isalpha() and m not in _ISO_4217)), None)
        if mark is None:
            continue
        amount = money(match.group("num").replace(" ", ""), None)
        if amount is None:
            continue
        written = _mark_currency(mark, cleaned, currency)
        found.append((Money(amount=amount.amount, currency=written), _BEFORE_LABEL.search(label) is not None))
    current = [price for price, before in found if not before]
    if len(set(current)) != 1:
        return None
    earlier = [price for price, before in found if before]
    return current[0], earlier[0] if len(earlier) == 1 else None


def _mark_currency(mark: str, around: str, currency: str | None) -> str | None:
    """The currency a mark stands for; one several currencies write is settled by a code in the text, then by
    the feed's currency ("$" with AUD in the currency column is Australian dollars)."""
    if mark in _SHARED_MARKS:
        codes = {code for code in _ISO_WORD.findall(around) if code in _ISO_4217}
        if len(codes) == 1:
            return codes.pop()
        if currency is not None:
            return currency
    if mark.upper() in _LOCAL_MARKS:
        return _LOCAL_MARKS[mark.upper()] or currency
    parsed = money(f"1 {mark}")
    return (parsed.currency if parsed is not None else None) or currency


# Stock, time, categories, ratings -------------------------------------------------------------------------

_AVAILABILITY = {
    "instock": Availability.in_stock, "available": Availability.in_stock, "true": Availability.in_stock,
    "yes": Availability.in_stock, "1": Availability.in_stock, "onlineonly": Availability.in_stock,
    "instoreonly": Availability.in_stock,
    "outofstock": Availability.out_of_stock, "soldout": Availability.out_of_stock,
    "unavailable": Availability.out_of_stock, "notavailable": Availability.out_of_stock,
    "false": Availability.out_of_stock, "no": Availability.out_of_stock, "0": Availability.out_of_stock,
    "preorder": Availability.preorder, "presale": Availability.preorder,
    "backorder": Availability.backorder, "madetoorder": Availability.backorder,
    "limited": Availability.limited, "limitedavailability": Availability.limited, "lowstock": Availability.limited,
    "discontinued": Availability.discontinued,
}  # fmt: skip


def availability(value: object) -> Availability:
    """Stock from a boolean, a feed word (``"in stock"``, ``"in_stock"``) or a schema.org URL."""
    if isinstance(value, bool):
        return Availability.in_stock if value else Availability.out_of_stock
    cleaned = text(value)
    if cleaned is None:
        return Availability.unknown
    key = re.sub(r"[^a-z0-9]", "", cleaned.rstrip("/").rsplit("/", 1)[-1].lower())
    return _AVAILABILITY.get(key, Availability.unknown)


def timestamp(value: object) -> datetime | None:
    """A moment from ISO 8601 text or Unix seconds (or milliseconds); times without a zone are UTC."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
        seconds = float(value)
        if seconds > 1e11:
            seconds /= 1000
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    cleaned = text(value)
    if cleaned is None:
        return None
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def category_path(value: object, separator: str = ">") -> str | None:
    """A category as a ``" > "`` path, from a path written with ``separator`` or a list of levels."""
    if isinstance(value, (list, tuple)):
        levels = strings(cast(object, value))
    else:
        cleaned = text(value, 1000)
        levels = [] if cleaned is None else [part.strip() for part in cleaned.split(separator)]
    levels = [level for level in levels if level]
    return " > ".join(levels) if levels else None


def rating(value: object, count: object = None, scale: object = None) -> Rating | None:
    """A rating when there is a value; a count or scale alone is not a rating."""
    amount = to_amount(value)
    if amount is None:
        return None
    number = to_amount(count)
    return Rating(value=amount, count=int(number) if number is not None else None, scale=to_amount(scale))


def compact(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` without the empty ones, for the small ``extra`` a product carries."""
    return {key: value for key, value in values.items() if value not in (None, "", [], {})}
