"""Money as each locale writes it, and the prices pages are drawn with."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

# --- money as each locale writes it --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Locale:
    lang: str
    currency: str
    pattern: str  # where the number goes: "${}", "{} €", "{}원"
    thousands: str
    decimal: str
    places: int = 2


LOCALES = {
    "us": Locale("en", "USD", "${}", ",", "."),
    "gb": Locale("en", "GBP", "£{}", ",", "."),
    "au": Locale("en", "AUD", "${}", ",", "."),
    "de": Locale("de", "EUR", "{}\u00a0€", ".", ","),
    "at": Locale("de", "EUR", "€\u00a0{}", ".", ","),
    "fr": Locale("fr", "EUR", "{}\u00a0€", "\u202f", ","),
    "es": Locale("es", "EUR", "{}\u00a0€", ".", ","),
    "it": Locale("it", "EUR", "{}\u00a0€", ".", ","),
    "nl": Locale("nl", "EUR", "€\u00a0{}", ".", ","),
    "br": Locale("pt", "BRL", "R$\u00a0{}", ".", ","),
    "mx": Locale("es", "MXN", "${}", ",", "."),
    "kr": Locale("ko", "KRW", "{}원", ",", ".", 0),
    "jp": Locale("ja", "JPY", "{}円", ",", ".", 0),
    "cn": Locale("zh", "CNY", "¥{}", ",", "."),
    # The regions the second blind set (``--half fresh``) covers.
    "pl": Locale("pl", "PLN", "{}\u00a0zł", "\u00a0", ","),
    "se": Locale("sv", "SEK", "{}\u00a0kr", "\u00a0", ",", 0),
    "no": Locale("nb", "NOK", "kr\u00a0{},-", "\u00a0", ",", 0),
    "dk": Locale("da", "DKK", "{}\u00a0kr.", ".", ","),
    "ru": Locale("ru", "RUB", "{}\u00a0₽", "\u00a0", ",", 0),
    "tr": Locale("tr", "TRY", "{}\u00a0TL", ".", ","),
    "ae": Locale("ar", "AED", "{}\u00a0د.إ", ",", "."),
    "sa": Locale("ar", "SAR", "{}\u00a0ر.س", ",", "."),
    "in": Locale("en", "INR", "₹{}", ",", ".", 0),
    "id": Locale("id", "IDR", "Rp{}", ".", ",", 0),
    "vn": Locale("vi", "VND", "{}\u00a0₫", ".", ",", 0),
    "th": Locale("th", "THB", "฿{}", ",", ".", 0),
    "cz": Locale("cs", "CZK", "{}\u00a0Kč", "\u00a0", ",", 0),
    "gr": Locale("el", "EUR", "{}\u00a0€", ".", ","),
    "ar": Locale("es", "ARS", "$\u00a0{}", ".", ",", 0),
    # The regions the third blind set (``--half third``) adds.
    "ro": Locale("ro", "RON", "{}\u00a0Lei", ".", ","),
    "hu": Locale("hu", "HUF", "{}\u00a0Ft", "\u00a0", ",", 0),
    "bg": Locale("bg", "BGN", "{}\u00a0лв.", "\u00a0", ","),
    "ua": Locale("uk", "UAH", "{}\u00a0₴", "\u00a0", ",", 0),
    "il": Locale("he", "ILS", "₪\u00a0{}", ",", "."),
    "pt": Locale("pt", "EUR", "{}\u00a0€", "\u00a0", ","),
    "be": Locale("nl", "EUR", "€\u00a0{}", ".", ","),
    "ca": Locale("en", "CAD", "${}", ",", "."),
}


def number(amount: Decimal, loc: Locale, places: int | None = None) -> str:
    places = loc.places if places is None else places
    whole, _, fraction = f"{amount:.{places}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = loc.thousands.join(groups)
    return f"{text}{loc.decimal}{fraction}" if places else text


def money(amount: Decimal, loc: Locale) -> str:
    return loc.pattern.format(number(amount, loc))


def plain(amount: Decimal, loc: Locale) -> str:
    """The amount as structured data writes it: "59.00", "29900"."""
    return f"{amount:.{loc.places}f}"


def draw_price(rng: random.Random, loc: Locale, scale: int = 1) -> Decimal:
    if loc.currency == "KRW":
        return Decimal(rng.randrange(99, 3990) * 100 * scale)
    if loc.currency == "JPY":
        return Decimal(rng.randrange(98, 4980) * 10 * scale)
    if loc.currency in ("IDR", "VND"):
        return Decimal(rng.randrange(15, 2500) * 1000 * scale)
    if loc.currency in ("HUF",):
        return Decimal(rng.randrange(19, 999) * 100 * scale - rng.choice([0, 10, 100]))
    if loc.currency in ("UAH",):
        return Decimal(rng.randrange(19, 2999) * 10 * scale - rng.choice([0, 1, 10]))
    if loc.currency in ("RUB", "INR", "CZK", "ARS", "SEK", "NOK"):
        return Decimal(rng.randrange(39, 2999) * 10 * scale - rng.choice([0, 1, 10]))
    if loc.currency == "THB":
        return Decimal(rng.randrange(19, 990) * 10 * scale - rng.choice([0, 1, 10]))
    if loc.currency in ("MXN", "BRL"):
        return Decimal(rng.randrange(49, 2999) * scale) + rng.choice(
            [Decimal("0.00"), Decimal("0.90"), Decimal("0.99")]
        )
    return Decimal(rng.randrange(9, 400) * scale) + rng.choice(
        [Decimal("0.00"), Decimal("0.95"), Decimal("0.99"), Decimal("0.50"), Decimal("0.00")]
    )


def reduce(rng: random.Random, price: Decimal, loc: Locale) -> tuple[Decimal, Decimal]:
    """A sale: (price now, price before)."""
    off = Decimal(rng.choice([10, 15, 20, 25, 30, 40, 50]))
    now = (price * (100 - off) / 100).quantize(Decimal(1) if loc.places == 0 else Decimal("0.01"))
    if loc.places == 0:
        now = (now / 10).quantize(Decimal(1)) * 10
    return now, price
