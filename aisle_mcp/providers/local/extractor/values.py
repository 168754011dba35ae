"""Turning the loose values shops publish into the normalized ones: prices, currencies, stock, codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, cast

from aisle_mcp.products import Availability, to_amount

# Compiled once: these run for every price, stock value and code a page offers.
_SCHEME = re.compile(r"^[a-z]+://")
_DIGITS = re.compile(r"\d[\d.,]*")
_NOT_LETTER = re.compile(r"[^a-z]")
_GTIN_SEPARATORS = re.compile(r"[\s-]")


def clean_text(value: object, limit: int | None = None) -> str | None:
    """One line of plain text, or ``None`` when nothing is left."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    # Splitting on whitespace and joining with one blank collapses runs as a regex would, in a fraction of the time.
    text = " ".join(str(value).split())
    if not text:
        return None
    return text[:limit].rstrip() if limit is not None and len(text) > limit else text


def as_node(value: object) -> dict[str, Any] | None:
    """A decoded JSON object as a typed dict, or ``None`` for anything else."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def list_of(value: object) -> list[Any] | None:
    """A decoded JSON array as a typed list, or ``None`` for anything else."""
    return cast("list[Any]", value) if isinstance(value, list) else None


def as_list(value: object) -> list[Any]:
    """Schema.org allows one value or a list of them alike; both read as a list."""
    if isinstance(value, list):
        return cast("list[Any]", value)
    return [] if value is None else [value]


def first(value: Any) -> Any:
    """Schema.org allows a list wherever one value fits; the first one is the one we read."""
    while (items := list_of(value)) is not None:
        value = next((item for item in items if item not in (None, "", [], {})), None)
    return value


# Several symbols are shared by many currencies; the dollar and the krona are resolved by the shop's country below.
_SYMBOLS: dict[str, str] = {
    "€": "EUR", "£": "GBP", "¥": "JPY", "円": "JPY", "元": "CNY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₺": "TRY",
    "₩": "KRW", "원": "KRW", "₪": "ILS", "₫": "VND", "₱": "PHP", "฿": "THB", "₸": "KZT", "₦": "NGN", "₡": "CRC",
    "₲": "PYG",
    "₾": "GEL", "₼": "AZN", "zł": "PLN", "kč": "CZK", "ft": "HUF", "lei": "RON", "лв": "BGN", "руб": "RUB",  # noqa: RUF001
    "р.": "RUB", "грн": "UAH", "тг": "KZT", "₸.": "KZT", "r$": "BRL", "us$": "USD", "ca$": "CAD", "c$": "CAD",  # noqa: RUF001
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "mx$": "MXN", "rs": "INR",
    "rs.": "INR", "₨": "PKR", "rp": "IDR", "rm": "MYR", "s/": "PEN", "kn": "HRK", "din": "RSD", "chf": "CHF",
    "fr.": "CHF", "sfr": "CHF", "ر.س": "SAR", "د.إ": "AED", "ج.م": "EGP", "د.ك": "KWD", "ر.ق": "QAR", "$": "USD",
    "kr": "SEK", "kr.": "DKK", "dkk": "DKK", "sek": "SEK", "nok": "NOK", "ars": "ARS",
}  # fmt: skip

_DOLLAR_BY_TLD = {
    "ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD", "hk": "HKD", "tw": "TWD", "mx": "MXN", "cl": "CLP",
    "ar": "ARS", "co": "COP", "uy": "UYU", "br": "BRL",
}  # fmt: skip
_KRONA_BY_TLD = {"se": "SEK", "no": "NOK", "dk": "DKK", "is": "ISK"}
_RUPEE_BY_TLD = {"pk": "PKR", "lk": "LKR", "np": "NPR", "in": "INR"}
_ISO = re.compile(r"^[A-Z]{3}$")


def country_tld(url: str | None) -> str:
    host = _SCHEME.sub("", (url or "").lower()).split("/", 1)[0].split(":", 1)[0]
    return host.rsplit(".", 1)[-1] if "." in host else ""


def currency_code(value: object, url: str | None = None) -> str | None:
    """An ISO 4217 code from a code or a symbol; the shop's country settles symbols several currencies share."""
    text = clean_text(value)
    if text is None:
        return None
    is_code = len(text) == 3 and text.isascii() and text.isalpha()
    if is_code and text.isupper():
        return _STILL_WRITTEN.get(text, text)
    return _symbol(text, url) or (text.upper() if is_code else None)


# A withdrawn code shops still write for today's currency: Russian shops' "RUR" prices are in roubles (RUB).
_STILL_WRITTEN = {"RUR": "RUB"}


def _symbol(text: str, url: str | None) -> str | None:
    key = text.lower().strip()
    code = _SYMBOLS.get(key)
    if code is None:
        return None
    tld = country_tld(url)
    if key == "$":
        return _DOLLAR_BY_TLD.get(tld, "USD")
    if key in ("kr", "kr."):
        return _KRONA_BY_TLD.get(tld, code)
    if key in ("rs", "rs.", "₨"):
        return _RUPEE_BY_TLD.get(tld, code)
    if key in ("¥",) and tld == "cn":
        return "CNY"
    return code


_SEPARATORS = re.compile(r"[\s\u00a0\u2009\u202f']")


# The digits of scripts that write their own (Arabic-Indic, its Persian and Urdu form, Devanagari, Bengali, Thai) and
# the Arabic decimal and thousands signs: "\u0661\u066c\u0662\u0669\u0669\u066b\u0660\u0660" is 1,299.00.
_LOCAL_DIGITS = str.maketrans(
    {
        **{chr(zero + digit): str(digit) for zero in (0x660, 0x6F0, 0x966, 0x9E6, 0xE50) for digit in range(10)},
        "\u066b": ".",
        "\u066c": ",",
    }
)


def parse_number(text: str) -> Decimal | None:
    """A price written the way a shop's locale writes it: ``1.299,00``, ``1,299.00``, ``1 299,00``, ``12,99``, in
    any script's digits."""
    if not text.isascii():
        text = text.translate(_LOCAL_DIGITS)
    digits = _SEPARATORS.sub("", text).strip(".,")
    if not digits or not _DIGITS.fullmatch(digits):
        return None
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_mark = "." if digits.rfind(".") > digits.rfind(",") else ","
    elif dots + commas == 0:
        return to_amount(digits)
    else:
        mark = "." if dots else ","
        whole, _, fraction = digits.rpartition(mark)
        # A mark written more than once groups thousands, three digits to a group: "904.230.19" is a code, no amount.
        if digits.count(mark) > 1 and any(len(group) != 3 for group in digits.split(mark)[1:]):
            return None
        # One mark followed by exactly three digits is a thousands separator in every locale shops use.
        decimal_mark = None if digits.count(mark) > 1 or len(fraction) == 3 else mark
        if decimal_mark is None:
            return to_amount(digits.replace(mark, ""))
        return to_amount(f"{whole}.{fraction}")
    thousands = "," if decimal_mark == "." else "."
    whole, _, fraction = digits.replace(thousands, "").rpartition(decimal_mark)
    return to_amount(f"{whole}.{fraction}")


def price_value(value: object) -> Decimal | None:
    """A structured price: a number, a plain decimal string, or a localized string as a fallback.

    Zero is no price: shops publish it as a placeholder for "price on request" or an offer that cannot be bought.
    """
    amount = _structured_amount(first(value))
    return amount if amount is not None and amount > 0 else None


def _structured_amount(value: object) -> Decimal | None:
    if value is None or isinstance(value, (bool, dict)):
        return None
    if isinstance(value, (int, float)):
        return to_amount(value)
    text = str(value).strip()
    amount = to_amount(text)
    if amount is not None:
        return amount
    match = _NUMBER.search(text)
    return parse_number(match.group(0)) if match else None


# An amount: digits grouped by thousands (a blank groups them only before exactly three digits, so two amounts side
# by side, "24 990 19 990", never merge into one), or plain digits, with decimals either way (``\d`` is any script's
# digit, and Arabic writes its own marks); cents in an element of
# their own read " . 48" or " .48" once the element's text is joined ("$<b>404</b><sup>.48</sup>").
_AMOUNT = (
    r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f'.,\u066c]\d{3}(?!\d))+|\d+)(?:[.,\u066b]\d+| [.,] \d{2}(?!\d)| \.\d{2}(?!\d))?"
)
_NUMBER = re.compile(_AMOUNT)
# Letter symbols of one character are words in Latin script ("R", "S"); a local script's unit (원, 円, 元) is not.
_SYMBOL_PATTERN = "|".join(
    re.escape(symbol)
    for symbol in sorted(_SYMBOLS, key=len, reverse=True)
    if not symbol.isalpha() or len(symbol) > 1 or not symbol.isascii()
)
_PRICE_TEXT = re.compile(
    rf"(?P<pre>{_SYMBOL_PATTERN}|\b[A-Z]{{3}}\b)?\s*(?P<num>{_AMOUNT})"
    # The euro sign as the decimal mark, as French shops write a price ("199€99", or "199<sup>€99</sup>").
    r"(?:[.,]-+|(?P<kronor>:-+)|[ \u00a0]?(?P<euro>€)(?P<cents>\d{2})(?!\d|[.,]\d|\s?€))?\s*"
    # A mark right before another amount is that one's: "Tin 3 € 3,50" is 3,50 euros.
    rf"(?:(?P<post>{_SYMBOL_PATTERN}|\b[A-Z]{{3}}\b)(?!\s*\d))?",
    re.IGNORECASE,
)


def price_in_text(text: str, url: str | None = None) -> tuple[Decimal, str | None] | None:
    """The first price in a piece of visible text, with its currency when one is written beside it."""
    return next(prices_in_text(text, url), None)


def prices_in_text(text: str, url: str | None = None) -> Iterator[tuple[Decimal, str | None]]:
    """Every price in a piece of visible text, in order."""
    for _, amount, currency in placed_prices(text, url):
        yield amount, currency


def placed_prices(text: str, url: str | None = None) -> Iterator[tuple[int, Decimal, str | None]]:
    """Every price in a piece of visible text, in order, with where it starts."""
    for match in _PRICE_TEXT.finditer(text):
        amount = parse_number(match.group("num"))
        if amount is None:
            continue
        cents = match.group("cents")
        if cents is not None:
            if amount != amount.to_integral_value() or match.group("pre"):
                continue
            yield match.start(), (amount + Decimal(cents) / 100).quantize(Decimal("0.01")), "EUR"
            continue
        pre = match.group("pre")
        # A currency written in letters is a word of its own: "rs" ending "Trousers 12" is no rupee (a letter of another
        # script before it, "售價NT$29", parts them).
        before = text[match.start() - 1] if match.start() > 0 else ""
        if pre and pre[0].isalpha() and before.isalpha() and before.isascii() == pre[0].isascii():
            pre = None
        # A word before the amount that is no currency ("Tin 3 €") leaves the mark after it to tell.
        currency = _mark(pre, url) or _mark(match.group("post"), url)
        if currency is None and match.group("kronor"):
            # "2 140:-" is whole kronor, as Swedish shops write a price.
            currency = _mark("kr", url)
        yield match.start(), amount, currency
    return None


# What joins the two ends of a range of prices ("US $12.34 - 25.67"): a hyphen, an en or em dash, a tilde.
_RANGE_JOIN = frozenset({"-", "\u2013", "\u2014", "~"})


def ranged_prices(text: str) -> frozenset[int]:
    """Where the amounts start that are an end of a range of prices written in the text, a currency beside one of them
    (two numbers joined by a dash alone are a phone number or a span of sizes as often): until a variation is chosen
    a range is no price to pay."""
    ends: set[int] = set()
    if not any(join in text for join in _RANGE_JOIN):
        return frozenset(ends)
    previous: re.Match[str] | None = None
    for match in _PRICE_TEXT.finditer(text):
        # A percentage after a dash is a reduction ("$12 -20%"), not a range's end.
        if (
            previous is not None
            and text[previous.end() : match.start()].strip() in _RANGE_JOIN
            and not text.startswith("%", match.end())
            and any(found.group(mark) for found in (previous, match) for mark in ("pre", "post", "euro"))
        ):
            ends.update((previous.start(), match.start()))
        previous = match
    return frozenset(ends)


def _mark(symbol: str | None, url: str | None) -> str | None:
    """The currency a mark written beside an amount stands for, if it stands for one."""
    if not symbol:
        return None
    currency = currency_code(symbol, url) if not _ISO.match(symbol) else symbol
    currency = currency if currency is None or _ISO.match(currency) else None
    if currency is not None and symbol.isalpha() and symbol.upper() not in _KNOWN_CODES:
        return None if symbol.lower() not in _SYMBOLS else currency
    return currency


_KNOWN_CODES = frozenset(_SYMBOLS.values()) | {
    "USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CNY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "CHF", "BRL", "MXN",
    "INR", "PKR", "KZT", "RUB", "UAH", "TRY", "ZAR", "AED", "SAR", "ILS", "NZD", "SGD", "HKD", "TWD", "KRW", "THB",
    "IDR", "MYR", "PHP", "VND", "RON", "BGN", "HRK", "RSD", "ISK", "CLP", "COP", "PEN", "ARS", "EGP", "BYN", "NGN",
}  # fmt: skip

_AVAILABILITY: dict[str, Availability] = {
    "instock": Availability.in_stock, "instoreonly": Availability.in_stock, "onlineonly": Availability.in_stock,
    "available": Availability.in_stock, "true": Availability.in_stock, "yes": Availability.in_stock,
    "limitedavailability": Availability.limited, "lowstock": Availability.limited,
    "outofstock": Availability.out_of_stock, "soldout": Availability.out_of_stock,
    "unavailable": Availability.out_of_stock, "false": Availability.out_of_stock, "no": Availability.out_of_stock,
    "oos": Availability.out_of_stock, "notavailable": Availability.out_of_stock,
    "discontinued": Availability.discontinued, "preorder": Availability.preorder, "presale": Availability.preorder,
    "backorder": Availability.backorder, "madetoorder": Availability.backorder,
}  # fmt: skip


def availability_value(value: object) -> Availability | None:
    """Schema.org availability as a URL (``https://schema.org/InStock``), a bare name, or a boolean."""
    value = first(value)
    if isinstance(value, bool):
        return Availability.in_stock if value else Availability.out_of_stock
    text = clean_text(value)
    if text is None:
        return None
    key = _NOT_LETTER.sub("", text.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower())
    return _AVAILABILITY.get(key)


def gtin_value(value: object) -> str | None:
    """A GTIN of 8, 12, 13 or 14 digits; anything else is not a GTIN."""
    text = clean_text(first(value))
    if text is None:
        return None
    digits = _GTIN_SEPARATORS.sub("", text)
    return digits if digits.isdigit() and len(digits) in (8, 12, 13, 14) else None


# One product code as shops write it: letters and digits, with dots, slashes and dashes inside.
CODE_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{1,40}")


def model_number(value: object) -> str | None:
    """A schema.org ``model`` that is a model number ("NC5100EF"), one code with a digit, not a model's name ("Galaxy
    S21") nor a word; a ProductModel node gives its mpn."""
    value = first(value)
    if isinstance(value, dict):
        return code_value(cast(dict[str, Any], value).get("mpn"))
    text = code_value(value)
    if text and CODE_SHAPE.fullmatch(text) and any(char.isdigit() for char in text):
        return text
    return None


def code_value(value: object) -> str | None:
    """An identifier (sku, mpn) as the shop writes it; numbers stay numbers without a float's decimals."""
    value = first(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_text(value, 100)
    return text if text and len(text) <= 100 else None
