"""What surrounds the product on every page (cookie banner, header with a mini cart, breadcrumbs, related
products, footer, analytics), the structured-data helpers, and the page with its truth."""

# Written in the characters shops use (full-width colons and yen, multiplication signs, en dashes).
# ruff: noqa: RUF001

from __future__ import annotations

import html as htmllib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from platforms.items import NAMES, Item, slug
from platforms.money import Locale, draw_price, money
from platforms.vocabulary import WORDS


def esc(text: object) -> str:
    return htmllib.escape(str(text), quote=True)


@dataclass
class Chrome:
    """What surrounds the product: each part drawn per page."""

    cookie: bool
    cart_items: list[tuple[str, Decimal]]
    threshold: Decimal
    gtm: bool
    breadcrumbs: bool

    @classmethod
    def draw(cls, rng: random.Random, loc: Locale) -> Chrome:
        cart = [
            (rng.choice(NAMES.get(loc.lang, NAMES["en"])), draw_price(rng, loc))
            for _ in range(rng.choice([0, 0, 1, 2]))
        ]
        threshold = {"KRW": Decimal(30000), "JPY": Decimal(5000), "BRL": Decimal(299), "MXN": Decimal(999)}.get(
            loc.currency, Decimal(rng.choice([50, 75, 100]))
        )
        return cls(rng.random() < 0.6, cart, threshold, rng.random() < 0.7, rng.random() < 0.8)


def head(title: str, extra: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>{extra}"
        '<link rel="stylesheet" href="/assets/theme.css"><script src="/assets/vendor.js" defer></script>'
        "</head>\n"
    )


def cookie_banner(loc: Locale) -> str:
    w = WORDS[loc.lang]
    return (
        '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="alertdialog">'
        f'<p id="onetrust-policy-text">{w["cookies"]} <a href="/privacy">Privacy</a></p>'
        f'<button id="onetrust-accept-btn-handler">{w["accept"]}</button>'
        '<button id="onetrust-pc-btn-handler">Settings</button></div></div>\n'
    )


def site_header(shop: str, loc: Locale, chrome: Chrome) -> str:
    w = WORDS[loc.lang]
    count = len(chrome.cart_items)
    lines = "".join(
        f'<li class="mini-cart__item"><a href="/p/{slug(n)}">{esc(n)}</a><span class="mini-cart__qty">1 ×</span>'
        f'<span class="mini-cart__price">{money(p, loc)}</span></li>'
        for n, p in chrome.cart_items
    )
    subtotal = sum((p for _, p in chrome.cart_items), Decimal(0))
    mini = (
        f'<div class="mini-cart" aria-hidden="true"><ul>{lines}</ul><p class="mini-cart__subtotal">{w["subtotal"]}: '
        f'<span>{money(subtotal, loc)}</span></p><a class="button" href="/checkout">{w["checkout"]}</a></div>'
        if count
        else ""
    )
    return (
        f'<div class="announcement-bar"><p>{w["shipping"]} {money(chrome.threshold, loc)}</p></div>'
        f'<header class="site-header"><a class="site-header__logo" href="/">{esc(shop)}</a>'
        f'<nav class="site-nav"><ul><li><a href="/collections/new">New</a></li><li><a href="/collections/sale">Sale</a>'
        f'</li></ul></nav><form action="/search" class="search"><input type="search" name="q" '
        f'placeholder="{w["search"]}"></form><a href="/account">{w["account"]}</a>'
        f'<a href="/cart" class="cart-link">{w["cart"]} <span class="cart-count">({count})</span></a>{mini}'
        "</header>\n"
    )


def breadcrumbs(loc: Locale, item: Item, chrome: Chrome) -> str:
    if not chrome.breadcrumbs:
        return ""
    w = WORDS[loc.lang]
    return (
        f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{w["home"]}</a></li>'
        f'<li><a href="/c/{slug(item.brand)}">{esc(item.brand)}</a></li><li aria-current="page">{esc(item.name)}</li>'
        "</ol></nav>\n"
    )


def related_cards(loc: Locale, item: Item, card: Callable[[str, Decimal, bool], str] | None = None) -> str:
    if not item.related:
        return ""
    w = WORDS[loc.lang]

    def default(name: str, price: Decimal, stock: bool) -> str:
        badge = f'<span class="badge">{w["sold"]}</span>' if not stock else ""
        return (
            f'<li class="product-card"><a href="/p/{slug(name)}"><img src="/img/{slug(name)}.jpg" alt="{esc(name)}">'
            f'<h3 class="product-card__title">{esc(name)}</h3></a>{badge}<span class="product-card__price">'
            f'{money(price, loc)}</span><button class="button quick-add" type="button">{w["add"]}</button></li>'
        )

    cards = "".join((card or default)(n, p, s) for n, p, s in item.related)
    return f'<section class="related-products"><h2>{w["related"]}</h2><ul class="product-grid">{cards}</ul></section>\n'


def site_footer(shop: str, loc: Locale) -> str:
    w = WORDS[loc.lang]
    return (
        f'<footer class="site-footer"><div class="newsletter"><h3>{w["newsletter"]}</h3><form action="/subscribe">'
        f'<input type="email" name="email"><button type="submit">{w["subscribe"]}</button></form></div>'
        '<ul class="footer-links"><li><a href="/pages/shipping">Shipping</a></li><li><a href="/pages/returns">Returns'
        f'</a></li><li><a href="/pages/contact">Contact</a></li></ul><p>© 2026 {esc(shop)}</p></footer>\n'
    )


def gtm(loc: Locale, item: Item, item_id: str, chrome: Chrome, price: Decimal | None = None) -> str:
    """Google Tag Manager and a GA4 view_item push, as most shops' tag setups write them."""
    if not chrome.gtm:
        return ""
    value = float(item.price if price is None else price)
    layer = {
        "event": "view_item",
        "ecommerce": {
            "currency": loc.currency,
            "value": value,
            "items": [
                {"item_id": item_id, "item_name": item.name, "item_brand": item.brand, "price": value, "quantity": 1}
            ],
        },
    }
    return (
        "<script>window.dataLayer = window.dataLayer || [];"
        f"dataLayer.push({json.dumps(layer, ensure_ascii=False)});</script>"
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src="
        "'https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})"
        "(window,document,'script','dataLayer','GTM-ABC123');</script>\n"
    )


def pay_later(rng: random.Random, loc: Locale, item: Item) -> str:
    """The pay-in-four line payment apps put under the price (Shop Pay, Klarna, Afterpay), on some pages."""
    if loc.lang != "en" or loc.places == 0 or rng.random() < 0.65:
        return ""
    part = (item.price / 4).quantize(Decimal("0.01"))
    return rng.choice(
        [
            f'<shopify-payment-terms variant-id="1" shopify-meta="{{}}"><div class="shopify-installments">Pay in 4 '
            f"interest-free installments of <b>{money(part, loc)}</b> with <span>Shop Pay</span> "
            "<a href='#'>Learn more</a></div></shopify-payment-terms>",
            f'<klarna-placement data-key="credit-promotion-badge" data-purchase-amount="{int(item.price * 100)}">'
            f'<span class="klarna-text">4 interest-free payments of {money(part, loc)}. <a href="#">Learn more'
            "</a></span></klarna-placement>",
            f'<div class="afterpay-paragraph">or 4 interest-free payments of <strong class="afterpay-amount">'
            f'{money(part, loc)}</strong> with <img alt="Afterpay" src="/afterpay.svg"></div>',
        ]
    )


def ld(data: object, escape_slashes: bool = False) -> str:
    text = json.dumps(data, ensure_ascii=False)
    if escape_slashes:
        text = text.replace("/", "\\/")
    return f'<script type="application/ld+json">{text}</script>\n'


def schema_stock(in_stock: bool, https: bool = True) -> str:
    return ("https" if https else "http") + "://schema.org/" + ("InStock" if in_stock else "OutOfStock")


@dataclass
class Page:
    platform: str
    key: str
    url: str
    html: str
    truth: dict[str, str] = field(default_factory=dict)


def truth(price: Decimal | None, sku: str | None, in_stock: bool | None) -> dict[str, str]:
    row: dict[str, str] = {}
    if price is not None:
        row["price"] = str(price)
    if sku:
        row["sku"] = sku
    if in_stock is not None:
        row["availability"] = "InStock" if in_stock else "OutOfStock"
    return row


def wrap(
    shop: str,
    loc: Locale,
    chrome: Chrome,
    item: Item,
    main: str,
    head_html: str,
    scripts: str = "",
    card: Callable[[str, Decimal, bool], str] | None = None,
    body_class: str = "",
) -> str:
    return (
        head_html
        + f'<body class="{body_class}">\n'
        + (cookie_banner(loc) if chrome.cookie else "")
        + site_header(shop, loc, chrome)
        + '<main id="MainContent" role="main">\n'
        + breadcrumbs(loc, item, chrome)
        + main
        + related_cards(loc, item, card)
        + "</main>\n"
        + site_footer(shop, loc)
        + scripts
        + "</body></html>\n"
    )
