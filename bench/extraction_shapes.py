#!/usr/bin/env python3
"""A proxy for shops the extractor has never seen: seeded product pages in the shapes that cost held-out pages,
each written several ways, as different shops would, with the truth known by construction.

    python bench/extraction_shapes.py [--pages-per-shape N] [--seed S] [--shape NAME ...] [--show] [--dump DIR]
                                      [--root CHECKOUT]

Every page is a whole shop page: a site header with a mini cart, breadcrumbs, the product block, a row of
recommended products with their own prices and buy buttons, a footer. The shapes are the ones issue 13 names
(a structured sku that is an internal id while the page shows its code; one Product node per size or a
ProductGroup; other sellers, an add-on warranty, a list price listed first; an AggregateOffer; structured "in
stock" against a sold-out or store-only page and the reverse; labels and buy words in Korean, Chinese, Japanese,
Croatian and French; a product block whose class says "header" or "slider"; numbers near the price that are not
it; codes only in the address, ``data-*`` attributes or an analytics data layer; a microdata Product that is
itself some item's property; JSON-LD keys in other cases; an old table layout). Each shape has several writers:
other markup, class names, languages and scripts, orders.

For each shape and field it prints right / WRONG / EMPTY (a wrong value costs twice an empty one) and F1 as
``score_extraction.py`` counts it, then one JSON line with every figure. ``--root`` runs the extractor of another
checkout (``/work/main``, say) to compare. ``--show`` lists each wrong and empty value; ``--dump`` writes the pages.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ATTRIBUTES = ("price", "sku", "availability")


@dataclass
class Page:
    shape: str
    writer: str
    url: str
    html: str
    truth: dict[str, str | None]


# A language's shop words, as shops write them (several spellings each), its currency and how it writes amounts.
@dataclass
class Lang:
    code: str
    currency: str
    buy: list[str]
    sold: list[str]
    instock: list[str]
    label: list[str]
    """Labels of the shop's own code (a model number is the maker's, which the sku convention does not take)."""
    notify: list[str]
    store_only: list[str]
    reserve: list[str]
    related: str
    instalment: str
    bought: str
    nouns: list[str]
    home: str
    cart: str
    ship: str


LANGS: dict[str, Lang] = {
    "en": Lang(
        "en",
        "USD",
        ["Add to cart", "Add to Bag", "Add to basket", "Buy now"],
        ["Sold out", "Out of stock", "Currently unavailable"],
        ["In stock", "In stock - ships today", "Available"],
        ["SKU", "Item #", "Product code", "Item number", "Style #", "Item No."],
        ["Notify me when available", "Email me when back in stock"],
        ["Only available to reserve in store", "This item is not available online - reserve in store"],
        ["Reserve in store", "Check store stock"],
        "You may also like",
        "or 4 interest-free payments of {}",
        "{} bought in past month",
        ["Trail Running Shoe", "Espresso Machine", "Wool Blend Coat", "Desk Lamp", "Cast Iron Skillet"],
        "Home",
        "Cart",
        "Free delivery on orders over {}",
    ),
    "gb": Lang(
        "gb",
        "GBP",
        ["Add to basket", "Add to bag", "Buy now"],
        ["Out of stock", "Sold out", "Temporarily unavailable"],
        ["In stock", "Available for delivery"],
        ["Product code", "Item code", "Ref", "Cat. no."],
        ["Notify me", "Email me when available"],
        ["Reserve & collect only", "Available to reserve in store only"],
        ["Reserve & collect", "Reserve in store"],
        "Customers also viewed",
        "or 3 payments of {}",
        "{} sold",
        ["Armchair", "Kettle", "Rain Jacket", "Bookcase", "Toaster"],
        "Home",
        "Basket",
        "Free standard delivery over {}",
    ),
    "fr": Lang(
        "fr",
        "EUR",
        ["Ajouter au panier", "Acheter", "Ajouter au panier maintenant"],
        ["Rupture de stock", "Épuisé", "Indisponible"],
        ["En stock", "Disponible", "Expédié sous 24h"],
        ["Référence", "Réf.", "Code article"],
        ["M'avertir du retour en stock", "Me prévenir"],
        ["Disponible uniquement en magasin", "Uniquement en retrait magasin"],
        ["Réserver en magasin", "Retrait en magasin"],
        "Vous aimerez aussi",
        "ou 3 x {} sans frais",
        "{} achats ce mois-ci",
        ["Chaussure de course", "Cafetière", "Manteau en laine", "Lampe de bureau", "Poêle en fonte"],
        "Accueil",
        "Panier",
        "Livraison offerte dès {}",
    ),
    "de": Lang(
        "de",
        "EUR",
        ["In den Warenkorb", "Jetzt kaufen", "In den Einkaufswagen"],
        ["Ausverkauft", "Nicht verfügbar", "Nicht lieferbar"],
        ["Auf Lager", "Sofort lieferbar", "Lieferbar"],
        ["Art.-Nr.", "Artikelnummer", "Bestellnummer"],
        ["Benachrichtigen, wenn verfügbar"],
        ["Nur im Markt erhältlich", "Nur in der Filiale verfügbar"],
        ["Im Markt reservieren"],
        "Das könnte Ihnen auch gefallen",
        "oder 12 Raten à {}",
        "{} verkauft",
        ["Laufschuh", "Kaffeemaschine", "Wollmantel", "Schreibtischlampe", "Gusseisenpfanne"],
        "Startseite",
        "Warenkorb",
        "Versandkostenfrei ab {}",
    ),
    "hr": Lang(
        "hr",
        "EUR",
        ["Dodaj u košaricu", "Kupi", "Kupi odmah"],
        ["Nema na zalihi", "Rasprodano", "Nije dostupno"],
        ["Na zalihi", "Dostupno", "Raspoloživo"],
        ["Šifra proizvoda", "Šifra", "Kataloški broj"],
        ["Obavijesti me kada bude dostupno"],
        ["Dostupno samo u trgovini", "Samo u poslovnicama"],
        ["Rezerviraj u trgovini"],
        "Možda će vam se svidjeti",
        "ili 12 rata po {}",
        "{} kupaca",
        ["Tenisice za trčanje", "Aparat za kavu", "Vuneni kaput", "Stolna lampa", "Tava od lijevanog željeza"],
        "Početna",
        "Košarica",
        "Besplatna dostava iznad {}",
    ),
    "ko": Lang(
        "ko",
        "KRW",
        ["장바구니 담기", "구매하기", "바로구매", "장바구니"],
        ["품절", "일시품절", "재고 없음"],
        ["재고 있음", "구매 가능"],
        ["상품번호", "품번", "상품코드", "품목코드"],
        ["재입고 알림 신청"],
        ["매장 전용 상품", "매장에서만 구매 가능"],
        ["매장 픽업 예약"],
        "함께 본 상품",
        "월 {} (12개월 무이자 할부)",
        "{}명 구매",
        ["러닝화", "커피 머신", "울 코트", "데스크 램프", "무쇠 프라이팬"],
        "홈",
        "장바구니",
        "{} 이상 무료배송",
    ),
    "zh": Lang(
        "zh",
        "CNY",
        ["加入购物车", "立即购买"],
        ["缺货", "已售罄", "暂时缺货"],
        ["有货", "现货"],
        ["商品编号", "货号", "商品货号", "商品编码"],
        ["到货通知"],
        ["仅限门店购买", "仅门店有售"],
        ["门店预约"],
        "猜你喜欢",
        "分期 {} x 12期",
        "{}人已购买",
        ["跑步鞋", "咖啡机", "羊毛大衣", "台灯", "铸铁锅"],
        "首页",
        "购物车",
        "满{}包邮",
    ),
    "ja": Lang(
        "ja",
        "JPY",
        ["カートに入れる", "今すぐ購入", "購入手続きへ"],
        ["在庫切れ", "売り切れ", "完売"],
        ["在庫あり", "在庫有り"],
        ["品番", "商品番号", "管理番号"],
        ["再入荷のお知らせ"],
        ["店舗限定", "店舗でのみ販売"],
        ["店舗で取り置き"],
        "おすすめ商品",
        "月々 {} x 24回",
        "{}人が購入",
        ["ランニングシューズ", "コーヒーメーカー", "ウールコート", "デスクライト", "鋳鉄フライパン"],
        "ホーム",
        "カート",
        "{}以上で送料無料",
    ),
}
_WHOLE = {"KRW", "JPY"}  # currencies priced in whole units


def money(amount: Decimal, currency: str, rng: random.Random) -> str:
    """An amount as a shop of that currency writes it, one of its usual ways."""
    units = int(amount)
    cents = f"{int((amount - units) * 100):02d}"
    grouped = f"{units:,}"
    if currency == "USD":
        return rng.choice([f"${grouped}.{cents}", f"US$ {grouped}.{cents}", f"${grouped}.{cents} USD"])
    if currency == "GBP":
        return rng.choice([f"£{grouped}.{cents}", f"£{grouped}.{cents}"])
    if currency == "EUR":
        dots = grouped.replace(",", ".")
        spaced = grouped.replace(",", "\u00a0")
        return rng.choice(
            [
                f"{spaced},{cents}\u00a0€",
                f"{dots},{cents} €",
                f"€ {dots},{cents}",
                f"{units},{cents}€",
                f"{spaced},{cents} EUR",
            ]
        )
    if currency == "KRW":
        return rng.choice([f"{grouped}원", f"₩{grouped}", f"{grouped} 원", f"KRW {grouped}"])
    if currency == "JPY":
        # Japanese shops write "tax included" in full-width brackets after the amount.
        return rng.choice([f"¥{grouped}", f"{grouped}円", f"￥{grouped}", f"{grouped}円（税込）"])  # noqa: RUF001
    if currency == "CNY":
        return rng.choice(
            [f"¥{grouped}.{cents}", f"{grouped}.{cents}元", f"￥{grouped}.{cents}", f"RMB {grouped}.{cents}"]
        )
    return f"{grouped}.{cents} {currency}"


def an_amount(currency: str, rng: random.Random, low: int = 15, high: int = 900) -> Decimal:
    if currency == "KRW":
        return Decimal(rng.randrange(low * 1000, high * 1000, 100))
    if currency == "JPY":
        return Decimal(rng.randrange(low * 100, high * 100, 10))
    if currency == "CNY":
        return Decimal(rng.randrange(low * 5, high * 5)) + Decimal(rng.choice(["0", "0.9", "0.5"]))
    return Decimal(rng.randrange(low, high)) + Decimal(rng.choice(["0.99", "0.95", "0.00", "0.50"]))


def structured(amount: Decimal, rng: random.Random) -> Any:
    """A price as JSON-LD writes it: a string or a number, as shops do."""
    text = format(amount, "f")
    return rng.choice([text, float(text) if "." in text else int(text)])


_CODE_FORMS: list[Callable[[random.Random], str]] = [
    lambda r: f"{r.choice('ABCDEFGHKMNPRSTW')}{r.choice('ABCDEFGHKMNPRSTW')}-{r.randrange(1000, 99999)}",
    lambda r: f"{r.randrange(100, 999)}.{r.randrange(100, 999)}.{r.randrange(10, 99)}",
    lambda r: f"{r.choice('KMPSTZ')}{r.randrange(100000, 9999999)}",
    lambda r: f"{r.randrange(10, 99)}{r.choice('ABCDEFGHJK')}{r.randrange(1000, 9999)}{r.choice('ABCDEFGHJK')}",
    lambda r: f"{r.randrange(1000000, 99999999)}",
]


def a_code(rng: random.Random) -> str:
    return rng.choice(_CODE_FORMS)(rng)


def an_internal_id(rng: random.Random) -> str:
    """An id a shop's system uses and the page never shows: a long number, an image or a hash."""
    return rng.choice(
        [
            f"{rng.randrange(10**11, 10**13)}",
            f"img_{rng.getrandbits(40):010x}",
            f"{rng.getrandbits(64):016x}",
            f"prod-{rng.randrange(10**6, 10**7)}-{rng.getrandbits(16):04x}",
        ]
    )


_CHARS = "abcdefghijklmnopqrstuvwxyz"


class Skin:
    """One shop's way of naming things: a prefix, a separator and its own words for the product's parts."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.prefix = rng.choice(["", "c-", "js-", "x", "ui-", "tw-", "pdp-", "sc-"])
        self.sep = rng.choice(["-", "_", "__", ""])
        self.block = rng.choice(["product", "pdp", "item", "goods", "prd", "detail", "article", "buybox"])
        self.host = "".join(rng.choice(_CHARS) for _ in range(rng.randrange(5, 10)))

    def cls(self, *words: str) -> str:
        joined = self.sep.join(words) if self.sep else "".join(w.capitalize() for w in words)
        noise = f" {self.rng.choice(_CHARS)}{self.rng.getrandbits(20):05x}" if self.rng.random() < 0.3 else ""
        return f"{self.prefix}{joined}{noise}"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def jsonld(data: Any, rng: random.Random) -> str:
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    return f'<script type="application/ld+json">{text}</script>'


@dataclass
class Ctx:
    rng: random.Random
    lang: Lang
    skin: Skin
    title: str
    price: Decimal
    code: str
    url: str
    head: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)

    def money(self, amount: Decimal) -> str:
        return money(amount, self.lang.currency, self.rng)


def context(rng: random.Random, lang_codes: list[str] | None = None) -> Ctx:
    lang = LANGS[rng.choice(lang_codes or list(LANGS))]
    skin = Skin(rng)
    brand = rng.choice(["Norda", "Kalm", "Veyra", "Okto", "Brisk", "Lumo", "Tessa", "Ardent"])
    title = f"{brand} {rng.choice(lang.nouns)} {rng.choice(['Pro', 'Lite', 'II', '3', 'Classic', 'Max'])}"
    code = a_code(rng)
    tld = {"en": "com", "gb": "co.uk", "fr": "fr", "de": "de", "hr": "hr", "ko": "co.kr", "zh": "cn", "ja": "jp"}
    slug = "-".join(title.lower().split()) if lang.code in {"en", "gb", "de", "fr", "hr"} else str(rng.randrange(10**5))
    path = rng.choice(
        [f"/products/{slug}", f"/p/{slug}", f"/shop/{slug}.html", f"/goods/view?no={rng.randrange(10**6)}"]
    )
    url = f"https://www.{skin.host}.{tld[lang.code]}{path}"
    return Ctx(rng, lang, skin, title, an_amount(lang.currency, rng), code, url)


def buy_button(ctx: Ctx, words: str | None = None, disabled: bool = False) -> str:
    rng, skin = ctx.rng, ctx.skin
    words = words or rng.choice(ctx.lang.buy)
    label = esc(words)
    shut = " disabled" if disabled else ""
    form = rng.randrange(4)
    if form == 0:
        return f'<button type="submit" class="{skin.cls("add", "to", "cart")}"{shut}>{label}</button>'
    if form == 1:
        return (
            f'<form method="post" action="/cart/add"><input type="hidden" name="qty" value="1">'
            f'<button class="{skin.cls("btn", "primary")}"{shut}><span>{label}</span>'
            f"</button></form>"
        )
    if form == 2:
        return f'<input type="submit" class="{skin.cls("buy")}" value="{label}"{shut}>'
    return f'<a href="#" role="button" class="{skin.cls("cta")}{" is-disabled" if disabled else ""}">{label}</a>'


def price_html(ctx: Ctx, amount: Decimal, old: Decimal | None = None) -> str:
    rng, skin = ctx.rng, ctx.skin
    now = esc(ctx.money(amount))
    if old is None:
        return (
            f'<div class="{skin.cls(skin.block, "price")}"><span class="{skin.cls("price", "value")}">'
            f"{now}</span></div>"
        )
    was = esc(ctx.money(old))
    form = rng.randrange(3)
    if form == 0:
        return (
            f'<div class="{skin.cls("price")}"><s>{was}</s> <span class="{skin.cls("price", "sale")}">'
            f"{now}</span></div>"
        )
    if form == 1:
        return (
            f'<div class="{skin.cls("prices")}"><span class="{skin.cls("price", "now")}">'
            f'{now}</span><del class="{skin.cls("price", "was")}">{was}</del>'
            f"</div>"
        )
    return (
        f'<p class="{skin.cls("price")}"><span class="{skin.cls("old", "price")}">'
        f'{was}</span><span class="{skin.cls("new", "price")}">{now}</span>'
        f"</p>"
    )


def label_line(ctx: Ctx, code: str, label: str | None = None, markup: bool = False) -> str:
    """A labelled code line; ``markup`` passes the code through as HTML (a microdata property around it)."""
    rng, skin = ctx.rng, ctx.skin
    label = label or rng.choice(ctx.lang.label)
    colon = "\u00a0:" if ctx.lang.code == "fr" else ":"
    code = code if markup else esc(code)
    form = rng.randrange(4)
    if form == 0:
        return f'<p class="{skin.cls("sku")}">{esc(label)}{colon} {code}</p>'
    if form == 1:
        return f'<div class="{skin.cls("meta")}"><span>{esc(label)}{colon}</span> <span>{code}</span></div>'
    if form == 2:
        return f'<dl class="{skin.cls("specs")}"><dt>{esc(label)}</dt><dd>{code}</dd></dl>'
    return f'<small class="{skin.cls("ref")}">{esc(label)} {code}</small>'


def stock_line(ctx: Ctx, in_stock: bool) -> str:
    words = ctx.rng.choice(ctx.lang.instock if in_stock else ctx.lang.sold)
    return f'<p class="{ctx.skin.cls("stock", "status")}">{esc(words)}</p>'


def product_block(ctx: Ctx, parts: list[str], block_class: str | None = None) -> str:
    """The product block: a heading, then the parts the shape gives, images first or not."""
    rng, skin = ctx.rng, ctx.skin
    image = (
        f'<div class="{skin.cls("gallery")}"><img src="/media/{rng.getrandbits(32):08x}.jpg" alt="{esc(ctx.title)}">'
        f"</div>"
    )
    heading = f'<h1 class="{skin.cls(skin.block, "title")}">{esc(ctx.title)}</h1>'
    inner = "".join([heading, *parts])
    cls = block_class or skin.cls(skin.block, "main")
    body = f'{image}<div class="{skin.cls(skin.block, "info")}">{inner}</div>'
    return f'<section class="{cls}">{body}</section>'


def page_html(ctx: Ctx, block: str) -> str:
    """A whole shop page around the product block: header with a mini cart, crumbs, recommendations, footer."""
    rng, skin, lang = ctx.rng, ctx.skin, ctx.lang
    zero = esc(ctx.money(Decimal("0.00")))
    header = (
        f'<header class="{skin.cls("site", "header")}"><a class="logo" href="/">{skin.host.title()}</a>'
        f'<nav><a href="/new">New</a> <a href="/sale">Sale</a></nav>'
        f'<form action="/search"><input name="q"></form>'
        f'<a class="{skin.cls("mini", "cart")}" href="/cart">{esc(lang.cart)} (0) {zero}</a></header>'
    )
    crumbs = (
        f'<nav class="{skin.cls("breadcrumb")}"><a href="/">{esc(lang.home)}</a>'
        f' / <a href="/c/1">{esc(ctx.title.split()[1])}</a></nav>'
    )
    cards = []
    for n in range(rng.randrange(3, 6)):
        other = an_amount(lang.currency, rng)
        cards.append(
            f'<li class="{skin.cls(skin.block, "card")}"><a href="/p/{rng.randrange(10**6)}"><img src="/m/{n}.jpg">'
            f'<h3>{esc(rng.choice(lang.nouns))}</h3></a><span class="{skin.cls("price")}">'
            f"{esc(ctx.money(other))}</span>"
            f'<button class="{skin.cls("add", "to", "cart")}">{esc(lang.buy[0])}</button></li>'
        )
    related = (
        f'<section class="{skin.cls("recommendations")}"><h2>{esc(lang.related)}</h2>'
        f"<ul>{''.join(cards)}</ul></section>"
    )
    free = an_amount(lang.currency, rng, 30, 60).quantize(Decimal(1))
    footer = (
        f'<footer class="{skin.cls("footer")}"><p>{esc(lang.ship.format(ctx.money(free)))}</p>'
        f"<p>© 2026 {skin.host}</p></footer>"
    )
    head = f'<meta charset="utf-8"><title>{esc(ctx.title)} | {skin.host}</title>{"".join(ctx.head)}'
    return (
        f'<!DOCTYPE html><html lang="{"en-GB" if lang.code == "gb" else lang.code}">'
        f"<head>{head}</head><body>{header}{crumbs}"
        f"<main>{block}</main>{related}{footer}{''.join(ctx.tail)}</body></html>"
    )


def product_ld(ctx: Ctx, **fields: Any) -> dict[str, Any]:
    node: dict[str, Any] = {"@context": "https://schema.org", "@type": "Product", "name": ctx.title}
    node.update({k: v for k, v in fields.items() if v is not None})
    return node


def offer(ctx: Ctx, amount: Decimal, in_stock: bool = True, **extra: Any) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Offer",
        "price": structured(amount, ctx.rng),
        "priceCurrency": ctx.lang.currency,
        "availability": "https://schema.org/InStock" if in_stock else "https://schema.org/OutOfStock",
    }
    node.update(extra)
    return node


def truth(price: Decimal | None, sku: str | None, in_stock: bool | None) -> dict[str, str | None]:
    return {
        "price": None if price is None else format(price, "f"),
        "sku": sku,
        "availability": None if in_stock is None else ("InStock" if in_stock else "OutOfStock"),
    }


# ---- the shapes ----


def internal_sku(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """JSON-LD's sku (or productID) is an internal or image id; the page shows a labelled product code."""
    hidden = an_internal_id(ctx.rng)
    key = ["sku", "productID", "sku", "mpn"][writer % 4]
    ctx.head.append(jsonld(product_ld(ctx, **{key: hidden}, offers=offer(ctx, ctx.price)), ctx.rng))
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), buy_button(ctx)]
    if writer % 2:
        parts.reverse()
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def size_nodes(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """One Product node per size with that size's id, or a ProductGroup with variants; the page shows the style."""
    rng = ctx.rng
    sizes = rng.sample(["36", "38", "40", "42", "44", "S", "M", "L", "XL"], 4)
    stock = [False] + [rng.random() < 0.7 for _ in sizes[1:]]
    stock[rng.randrange(1, len(sizes))] = True
    ids = [rng.choice([f"{ctx.code}-{size}", f"{ctx.code}{size}", an_internal_id(rng)]) for size in sizes]
    if writer % 3 == 0:
        nodes = [
            product_ld(ctx, sku=i, offers=offer(ctx, ctx.price, s), size=z)
            for i, s, z in zip(ids, stock, sizes, strict=True)
        ]
        ctx.head.append(jsonld(nodes, rng))
    elif writer % 3 == 1:
        group = {
            "@context": "https://schema.org",
            "@type": "ProductGroup",
            "name": ctx.title,
            "productGroupID": ctx.code,
            "hasVariant": [
                {
                    "@type": "Product",
                    "name": f"{ctx.title} {z}",
                    "sku": i,
                    "size": z,
                    "offers": offer(ctx, ctx.price, s),
                }
                for i, s, z in zip(ids, stock, sizes, strict=True)
            ],
        }
        ctx.head.append(jsonld(group, rng))
    else:
        for i, s, z in zip(ids, stock, sizes, strict=True):
            ctx.head.append(jsonld(product_ld(ctx, sku=i, size=z, offers=offer(ctx, ctx.price, s)), rng))
    options = "".join(
        f'<option value="{esc(i)}"{"" if s else " disabled"}>{esc(z)}</option>'
        for i, s, z in zip(ids, stock, sizes, strict=True)
    )
    select = f'<select name="size" class="{ctx.skin.cls("size", "select")}">{options}</select>'
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), select, buy_button(ctx)]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def other_sellers(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """The offers list holds other sellers' offers besides the buy box's; which comes first varies."""
    rng = ctx.rng
    others = [an_amount(ctx.lang.currency, rng) for _ in range(rng.randrange(2, 4))]
    main = offer(ctx, ctx.price, seller={"@type": "Organization", "name": ctx.skin.host.title()})
    rest = [
        offer(
            ctx,
            amount,
            seller={"@type": "Organization", "name": f"Seller {n}"},
            itemCondition="https://schema.org/" + rng.choice(["UsedCondition", "NewCondition", "RefurbishedCondition"]),
        )
        for n, amount in enumerate(others)
    ]
    offers = [*rest, main] if writer % 2 else [main, *rest]
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offers), rng))
    rows = "".join(
        f'<li><span class="{ctx.skin.cls("seller")}">Seller {n}</span>'
        f' <span class="{ctx.skin.cls("price")}">{esc(ctx.money(a))}</span>'
        f"</li>"
        for n, a in enumerate(others)
    )
    sellers = f'<div class="{ctx.skin.cls("other", "sellers")}"><ul>{rows}</ul></div>'
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), buy_button(ctx), sellers]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def warranty(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """An add-on protection plan with its own price beside the buy box, marked up as an offer or not."""
    rng = ctx.rng
    plan = an_amount(ctx.lang.currency, rng, 5, 40)
    plan_name = rng.choice(["3-Year Protection Plan", "Extended warranty 2 years", "Accident protection"])
    if writer % 3 == 0:
        ld = product_ld(ctx, sku=ctx.code, offers=[offer(ctx, plan, name=plan_name), offer(ctx, ctx.price)])
    elif writer % 3 == 1:
        ld = [
            product_ld(ctx, name=plan_name, sku=a_code(rng), offers=offer(ctx, plan)),
            product_ld(ctx, sku=ctx.code, offers=offer(ctx, ctx.price)),
        ]
    else:
        ld = None
    if ld is not None:
        ctx.head.append(jsonld(ld, rng))
    addon = (
        f'<label class="{ctx.skin.cls("addon")}"><input type="checkbox" name="warranty"> {esc(plan_name)} '
        f'<span class="{ctx.skin.cls("addon", "price")}">+{esc(ctx.money(plan))}</span></label>'
    )
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), addon, buy_button(ctx)]
    if writer % 2:
        parts = [addon, *parts[:1], *parts[1:]]
        parts = [parts[1], parts[0], *parts[2:]]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def list_price_first(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """The list (was) price comes first in the structured data; the page shows it struck beside the price."""
    rng = ctx.rng
    was = (ctx.price * Decimal(rng.choice(["1.25", "1.5", "1.2"]))).quantize(
        ctx.price if ctx.lang.currency in _WHOLE else Decimal("0.01")
    )
    if writer % 3 == 0:
        offers: Any = [
            offer(
                ctx,
                was,
                priceSpecification={
                    "@type": "UnitPriceSpecification",
                    "priceType": "https://schema.org/ListPrice",
                    "price": structured(was, rng),
                },
            ),
            offer(ctx, ctx.price),
        ]
    elif writer % 3 == 1:
        offers = offer(ctx, ctx.price)
        del offers["price"]
        offers["priceSpecification"] = [
            {
                "@type": "UnitPriceSpecification",
                "priceType": "https://schema.org/ListPrice",
                "price": structured(was, rng),
                "priceCurrency": ctx.lang.currency,
            },
            {
                "@type": "UnitPriceSpecification",
                "price": structured(ctx.price, rng),
                "priceCurrency": ctx.lang.currency,
            },
        ]
    else:
        offers = [offer(ctx, was, name="List price"), offer(ctx, ctx.price, name="Sale")]
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offers), rng))
    parts = [price_html(ctx, ctx.price, old=was), label_line(ctx, ctx.code), buy_button(ctx)]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def aggregate_offer(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """An AggregateOffer from lowPrice to highPrice with no price; the page shows the chosen variant's price."""
    rng = ctx.rng
    low = (ctx.price * Decimal("0.7")).quantize(Decimal(1) if ctx.lang.currency in _WHOLE else Decimal("0.01"))
    high = (ctx.price * Decimal("1.3")).quantize(Decimal(1) if ctx.lang.currency in _WHOLE else Decimal("0.01"))
    agg: dict[str, Any] = {
        "@type": "AggregateOffer",
        "lowPrice": structured(low, rng),
        "highPrice": structured(high, rng),
        "priceCurrency": ctx.lang.currency,
        "offerCount": rng.randrange(3, 9),
    }
    if writer % 2:
        agg["availability"] = "https://schema.org/InStock"
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=agg), rng))
    options = (
        "".join(
            f"<option{' selected' if a == ctx.price else ''}>{esc(ctx.money(a))}</option>"
            for a in (low, ctx.price, high)
        )
        if writer % 3 == 2
        else ""
    )
    picker = f'<select name="variant">{options}</select>' if options else ""
    parts = [price_html(ctx, ctx.price), picker, label_line(ctx, ctx.code), stock_line(ctx, True), buy_button(ctx)]
    if writer % 4 == 3:
        # A comparison or "from" page shows the whole range as its price: then the range's start is the price.
        shown = f"{ctx.money(low)} – {ctx.money(high)}"  # noqa: RUF001
        ranged = f'<div class="{ctx.skin.cls("price", "range")}">{esc(shown)}</div>'
        return product_block(ctx, [ranged, *parts[2:]]), truth(low, ctx.code, True)
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def stock_conflict(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """Structured data says in stock while the buy box says sold out or store-only (and, every third, the reverse)."""
    rng = ctx.rng
    reverse = writer % 3 == 2
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offer(ctx, ctx.price, in_stock=not reverse)), rng))
    if reverse:
        parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), stock_line(ctx, True), buy_button(ctx)]
    elif writer % 3 == 0:
        notify = f'<button class="{ctx.skin.cls("notify")}">{esc(rng.choice(ctx.lang.notify))}</button>'
        parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), stock_line(ctx, False), notify]
    else:
        store = f'<p class="{ctx.skin.cls("availability")}">{esc(rng.choice(ctx.lang.store_only))}</p>'
        reserve = f'<button class="{ctx.skin.cls("reserve")}">{esc(rng.choice(ctx.lang.reserve))}</button>'
        parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), store, reserve]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, reverse)


def local_words(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """No structured data: the code's label, the stock words and the buy button in the shop's own language, with a
    no-break space before a French colon and an inline-marked button label that leaves doubled spaces."""
    rng = ctx.rng
    in_stock = writer % 3 != 1
    words = rng.choice(ctx.lang.buy)
    if writer % 2 and " " in words:
        first, _, rest = words.partition(" ")
        button = (
            f'<button class="{ctx.skin.cls("buy")}"><i class="icon"></i> <span>'
            f"{esc(first)}</span>  \n <span>{esc(rest)}</span> </button>"
        )
    else:
        button = buy_button(ctx, words)
    if not in_stock:
        button = f'<button class="{ctx.skin.cls("buy")}" disabled>{esc(rng.choice(ctx.lang.sold))}</button>'
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), stock_line(ctx, in_stock), button]
    if writer % 4 == 3:
        parts = [parts[0], parts[3], parts[1], parts[2]]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, in_stock)


def chrome_class(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """The product's own block has a class with "header" or "slider" in it; no structured data."""
    rng = ctx.rng
    word = ["header", "slider", "product-header", "hero-slider"][writer % 4]
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), stock_line(ctx, True), buy_button(ctx)]
    block = product_block(ctx, parts, block_class=ctx.skin.cls(ctx.skin.block, *word.split("-")))
    if writer % 2:
        block = f'<div class="{ctx.skin.cls("swiper", "slider")}">{block}</div>'
    del rng
    return block, truth(ctx.price, ctx.code, True)


def not_price_numbers(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """Numbers near the price that are not it: a buyer count in a price-named element, an instalment beside the
    buy button, an old and a new amount separated only by a space; amounts in local-script units."""
    rng, skin = ctx.rng, ctx.skin
    kind = writer % 3
    if kind == 0:
        count = rng.randrange(120, 9000)
        extra = f'<span class="{skin.cls("price", "info")}">{esc(ctx.lang.bought.format(f"{count:,}"))}</span>'
        parts = [extra, price_html(ctx, ctx.price), label_line(ctx, ctx.code), buy_button(ctx)]
    elif kind == 1:
        share = (ctx.price / 4).quantize(Decimal(1) if ctx.lang.currency in _WHOLE else Decimal("0.01"))
        instal = f'<p class="{skin.cls("instalments")}">{esc(ctx.lang.instalment.format(ctx.money(share)))}</p>'
        parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), buy_button(ctx), instal]
        if rng.random() < 0.5:
            parts = [parts[0], parts[1], parts[3], parts[2]]
    else:
        was = (ctx.price * Decimal("1.2")).quantize(Decimal(1) if ctx.lang.currency in _WHOLE else Decimal("0.01"))
        old, now = f"{int(was):,}", f"{int(ctx.price):,}"
        unit = {"KRW": "원", "JPY": "円", "CNY": "元"}.get(ctx.lang.currency)
        if unit is None or ctx.lang.currency not in _WHOLE:
            old, now = ctx.money(was), ctx.money(ctx.price)
            unit = ""
        prices = f'<div class="{skin.cls("price")}"><del>{esc(old)}</del> <strong>{esc(now)}</strong>{esc(unit)}</div>'
        parts = [prices, label_line(ctx, ctx.code), buy_button(ctx)]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def code_elsewhere(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """The product's code is written only in its address, a ``data-*`` attribute or an analytics data layer."""
    rng, skin = ctx.rng, ctx.skin
    where = writer % 4
    parts = [price_html(ctx, ctx.price), stock_line(ctx, True)]
    if where == 0:
        ctx.url = rng.choice(
            [f"{ctx.url.split('?')[0].rstrip('/')}/{ctx.code}", f"https://www.{skin.host}.com/p/{ctx.code}.html"]
        )
        parts.append(buy_button(ctx))
    elif where == 1:
        ctx.url = f"{ctx.url.split('?')[0]}?{rng.choice(['sku', 'pid', 'item', 'productId'])}={ctx.code}"
        parts.append(buy_button(ctx))
    elif where == 2:
        attr = rng.choice(["data-sku", "data-product-id", "data-item-code", "data-productcode"])
        parts.append(f'<div class="{skin.cls("buy", "box")}" {attr}="{esc(ctx.code)}">{buy_button(ctx)}</div>')
    else:
        parts.append(buy_button(ctx))
        if rng.random() < 0.5:
            layer = {
                "event": "view_item",
                "ecommerce": {
                    "items": [
                        {
                            "item_id": ctx.code,
                            "item_name": ctx.title,
                            "price": float(ctx.price),
                            "currency": ctx.lang.currency,
                        }
                    ]
                },
            }
            ctx.tail.append(
                f"<script>window.dataLayer = window.dataLayer || []; dataLayer.push({json.dumps(layer)});</script>"
            )
        else:
            layer = {
                "ecommerce": {
                    "detail": {"products": [{"id": ctx.code, "name": ctx.title, "price": format(ctx.price, "f")}]}
                }
            }
            ctx.tail.append(f"<script>dataLayer.push({json.dumps(layer)});</script>")
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def microdata_property(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """A microdata Product scope that is itself a property of the page (``mainEntity``, ``mainEntityOfPage``)."""
    rng, skin = ctx.rng, ctx.skin
    prop = ["mainEntity", "mainEntityOfPage", "about", "itemOffered"][writer % 4]
    schema = rng.choice(["https://schema.org", "http://schema.org"])
    avail = f'<link itemprop="availability" href="{schema}/InStock">'
    price = (
        f'<div itemprop="offers" itemscope itemtype="{schema}/Offer">'
        f'<span itemprop="price" content="{format(ctx.price, "f")}">'
        f'{esc(ctx.money(ctx.price))}</span><meta itemprop="priceCurrency" content="{ctx.lang.currency}">{avail}</div>'
    )
    code = label_line(ctx, f'<span itemprop="sku">{esc(ctx.code)}</span>', markup=True)
    inner = f'<h1 itemprop="name">{esc(ctx.title)}</h1>{price}{code}{buy_button(ctx)}'
    outer_type = "WebPage" if prop != "itemOffered" else "Offer"
    block = (
        f'<div itemscope itemtype="{schema}/{outer_type}">'
        f'<div class="{skin.cls(skin.block)}" itemprop="{prop}" itemscope '
        f'itemtype="{schema}/Product">{inner}</div></div>'
    )
    return block, truth(ctx.price, ctx.code, True)


def key_case(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """JSON-LD whose keys or type are written in other cases; the page shows the same values."""
    rng = ctx.rng
    style = writer % 3
    node: dict[str, Any]
    if style == 0:
        node = {
            "@context": "http://schema.org",
            "@type": "product",
            "name": ctx.title,
            "SKU": ctx.code,
            "Offers": {
                "@type": "offer",
                "Price": structured(ctx.price, rng),
                "PriceCurrency": ctx.lang.currency,
                "Availability": "http://schema.org/InStock",
            },
        }
    elif style == 1:
        node = {
            "@Context": "https://schema.org",
            "@Type": "Product",
            "Name": ctx.title,
            "Sku": ctx.code,
            "Offers": [
                {
                    "@Type": "Offer",
                    "Price": structured(ctx.price, rng),
                    "PriceCurrency": ctx.lang.currency,
                    "Availability": "InStock",
                }
            ],
        }
    else:
        node = {
            "@context": "https://schema.org/",
            "@type": "Product",
            "name": ctx.title,
            "sku": ctx.code,
            "offers": {
                "@type": "Offer",
                "price": structured(ctx.price, rng),
                "pricecurrency": ctx.lang.currency,
                "availability": "https://schema.org/instock",
            },
        }
    ctx.head.append(jsonld(node, rng))
    # The page shows price and code only as pictures and scripts would: nothing labelled to fall back on.
    parts = [f'<div class="{ctx.skin.cls("pricing")}" data-js="price"></div>', buy_button(ctx)]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def table_layout(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """An old shop: tables, no classes, no structured data, the title in bold rather than a heading."""
    rng = ctx.rng
    lang = ctx.lang
    in_stock = writer % 4 != 3
    label = rng.choice(lang.label)
    title = f'<font size="4"><b>{esc(ctx.title)}</b></font>' if writer % 2 else f"<h2>{esc(ctx.title)}</h2>"
    price_word = {
        "en": "Price",
        "gb": "Price",
        "fr": "Prix",
        "de": "Preis",
        "hr": "Cijena",
        "ko": "판매가",
        "zh": "价格",
        "ja": "価格",
    }[lang.code]
    stock_word = rng.choice(lang.instock if in_stock else lang.sold)
    rows = [
        f"<tr><td colspan=2>{title}</td></tr>",
        f"<tr><td>{esc(price_word)}:</td><td><b>{esc(ctx.money(ctx.price))}</b></td></tr>",
        f"<tr><td>{esc(label)}:</td><td>{esc(ctx.code)}</td></tr>",
        f"<tr><td colspan=2>{esc(stock_word)}</td></tr>",
    ]
    if in_stock:
        rows.append(
            f'<tr><td colspan=2><form action="/cgi-bin/cart.pl" method="post">'
            f'<input type=hidden name=item value="{esc(ctx.code)}">'
            f'<input type=submit value="{esc(rng.choice(lang.buy))}">'
            f"</form></td></tr>"
        )
    table = (
        f'<table width="100%" border=0 cellpadding=4><tr><td width="40%">'
        f'<img src="/img/p.gif"></td><td><table>{"".join(rows)}</table>'
        f"</td></tr></table>"
    )
    return table, truth(ctx.price, ctx.code, in_stock)


def plain(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """A control: full, consistent JSON-LD and the same values shown, so anything wrong here is a regression."""
    rng = ctx.rng
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offer(ctx, ctx.price)), rng))
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), stock_line(ctx, True), buy_button(ctx)]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def structured_list_price(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """JSON-LD gives every field, its one offer at the price before a reduction; the page shows that one struck
    through (or named old) beside the price to pay now."""
    rng = ctx.rng
    was = (ctx.price * Decimal(rng.choice(["1.25", "1.5", "1.2"]))).quantize(
        Decimal(1) if ctx.lang.currency in _WHOLE else Decimal("0.01")
    )
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offer(ctx, was)), rng))
    parts = [price_html(ctx, ctx.price, old=was), label_line(ctx, ctx.code), buy_button(ctx)]
    if writer % 2:
        parts = [parts[1], parts[0], parts[2]]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def structured_other_price(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """JSON-LD gives every field, its one offer at an amount the page writes nowhere (another variant's, a price
    before tax); the page shows its own price to pay now."""
    rng = ctx.rng
    other = (ctx.price * Decimal(rng.choice(["0.84", "1.19", "1.1", "0.9"]))).quantize(
        Decimal(1) if ctx.lang.currency in _WHOLE else Decimal("0.01")
    )
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offer(ctx, other)), rng))
    sizes = "".join(f"<option>{size}</option>" for size in ("S", "M", "L"))
    picker = f'<select name="size">{sizes}</select>' if writer % 2 else ""
    parts = [price_html(ctx, ctx.price), picker, label_line(ctx, ctx.code), buy_button(ctx)]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


def far_buy_box(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """JSON-LD says in stock; the buy box, after a rating widget and gallery thumbnails heavy with markup (inline
    icons), says sold out (or, every third, the reverse)."""
    rng, skin = ctx.rng, ctx.skin
    reverse = writer % 3 == 2
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offer(ctx, ctx.price, in_stock=not reverse)), rng))
    path = " ".join(
        f"L{rng.randrange(100)}.{rng.randrange(1000)} {rng.randrange(100)}.{rng.randrange(1000)}" for _ in range(40)
    )
    star = f'<svg viewBox="0 0 24 24" class="{skin.cls("star")}"><path d="M{path} Z"></path></svg>'
    stars = f'<div class="{skin.cls("rating")}">{star * rng.randrange(5, 8)}<span>(0)</span></div>'
    thumbs = "".join(
        f'<li><img src="/media/{rng.getrandbits(64):016x}.jpg" srcset="/media/{rng.getrandbits(64):016x}.jpg 2x"></li>'
        for _ in range(rng.randrange(8, 14))
    )
    gallery = f'<ul class="{skin.cls("thumbs")}">{thumbs}</ul>'
    if reverse:
        box = [stock_line(ctx, True), buy_button(ctx)]
    else:
        notify = f'<button class="{skin.cls("notify")}">{esc(rng.choice(ctx.lang.notify))}</button>'
        box = [stock_line(ctx, False), notify]
    parts = [stars, gallery, price_html(ctx, ctx.price), label_line(ctx, ctx.code), *box]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, reverse)


def sizes_no_button(ctx: Ctx, writer: int) -> tuple[str, dict[str, str | None]]:
    """JSON-LD says in stock; a list of sizes marks one sold out and the page has no buy button (it comes once a size
    is chosen), or a disabled one that asks for a size."""
    rng, skin = ctx.rng, ctx.skin
    ctx.head.append(jsonld(product_ld(ctx, sku=ctx.code, offers=offer(ctx, ctx.price)), rng))
    sizes = rng.sample(["36", "38", "40", "42", "44", "S", "M", "L", "XL"], 4)
    gone = rng.randrange(len(sizes))
    sold = esc(rng.choice(ctx.lang.sold))
    tag = ["li", "button", "label"][writer % 3]
    items = "".join(
        f'<{tag} class="{skin.cls("size")}">{size}{f" <span>{sold}</span>" if n == gone else ""}</{tag}>'
        for n, size in enumerate(sizes)
    )
    chooser = f"<ul>{items}</ul>" if tag == "li" else f'<div class="{skin.cls("sizes")}">{items}</div>'
    parts = [price_html(ctx, ctx.price), label_line(ctx, ctx.code), chooser]
    return product_block(ctx, parts), truth(ctx.price, ctx.code, True)


Shape = Callable[[Ctx, int], tuple[str, dict[str, str | None]]]
SHAPES: dict[str, tuple[Shape, list[str] | None]] = {
    "control": (plain, None),
    "internal_sku": (internal_sku, None),
    "size_nodes": (size_nodes, None),
    "other_sellers": (other_sellers, None),
    "warranty": (warranty, None),
    "list_price_first": (list_price_first, None),
    "aggregate_offer": (aggregate_offer, None),
    "stock_conflict": (stock_conflict, None),
    "local_words": (local_words, ["ko", "zh", "ja", "hr", "fr"]),
    "chrome_class": (chrome_class, None),
    "not_price_numbers": (not_price_numbers, None),
    "code_elsewhere": (code_elsewhere, None),
    "microdata_property": (microdata_property, None),
    "key_case": (key_case, None),
    "table_layout": (table_layout, None),
    # Added in the tenth session, after the fifteen above: each draws from its own seeded stream, so the pages of
    # those are unchanged; "all" counts these too.
    "structured_list_price": (structured_list_price, None),
    "structured_other_price": (structured_other_price, None),
    "far_buy_box": (far_buy_box, None),
    "sizes_no_button": (sizes_no_button, None),
}


def pages(per_shape: int, seed: int, only: list[str] | None = None) -> list[Page]:
    made: list[Page] = []
    for name, (shape, langs) in SHAPES.items():
        if only and name not in only:
            continue
        rng = random.Random(f"{seed}:{name}")
        for n in range(per_shape):
            ctx = context(rng, langs)
            block, expected = shape(ctx, n)
            made.append(
                Page(name, f"{shape.__name__}/{n % 12}/{ctx.lang.code}", ctx.url, page_html(ctx, block), expected)
            )
    return made


def predicted(product: Any) -> dict[str, str | None]:
    from extraction_quality import prediction

    row = prediction(product) or {}
    return {name: row.get(name) for name in ATTRIBUTES}


def same(name: str, got: str, want: str) -> bool:
    if name == "price":
        return Decimal(got) == Decimal(want)
    if name == "sku":
        return got.strip().lower() == want.strip().lower()
    return got == want


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages-per-shape", type=int, default=24)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--shape", action="append")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--root", type=Path, help="run the extractor of this checkout")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str((args.root or Path(__file__).resolve().parents[1]).resolve()))
    from aisle_mcp.providers.local.extractor import extract_product

    made = pages(args.pages_per_shape, args.seed, args.shape)
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for n, page in enumerate(made):
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{n:04d}-{page.shape}.html").write_text(
                f"<!-- {page.url} {json.dumps(page.truth, ensure_ascii=False)} -->\n{page.html}"
            )
        got = predicted(extract_product(page.html.encode(), page.url))
        for name in ATTRIBUTES:
            want, have = page.truth[name], got[name]
            if want is None and have is None:
                continue
            if have is None:
                verdict = "empty"
            elif want is not None and same(name, have, want):
                verdict = "right"
            else:
                verdict = "wrong"
            for key in (page.shape, "all"):
                cell = counts.setdefault(key, {}).setdefault(name, {"right": 0, "wrong": 0, "empty": 0})
                cell[verdict] += 1
            if args.show and verdict != "right":
                print(
                    f"  {verdict.upper():5} {page.shape:18} {name:12} want {want!r} got {have!r}"
                    f"  {page.writer} {page.url}  #{n}"
                )
    print(
        f"{len(made)} pages, {args.pages_per_shape} a shape, seed {args.seed},"
        f" extractor of {args.root or 'this checkout'}"
    )
    print(f"{'shape':20}" + "".join(f"{name:>26}" for name in ATTRIBUTES))
    print(f"{'':20}" + "".join(f"{'right/WRONG/EMPTY    F1':>26}" for _ in ATTRIBUTES))
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for key in [*[k for k in counts if k != "all"], "all"]:
        cells = []
        for name in ATTRIBUTES:
            c = counts[key].get(name, {"right": 0, "wrong": 0, "empty": 0})
            # As score_extraction counts: a wrong value is a false positive and a false negative.
            tp, fp, fn = c["right"], c["wrong"], c["wrong"] + c["empty"]
            f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
            figures.setdefault(key, {})[name] = {**c, "f1": round(f1, 3)}
            cells.append(f"{c['right']:>8}/{c['wrong']:>3}/{c['empty']:>3}  {f1:6.3f}")
        print(f"{key:20}" + "".join(f"{cell:>26}" for cell in cells))
    print(json.dumps({"seed": args.seed, "pages": len(made), "figures": figures}, sort_keys=True))


if __name__ == "__main__":
    main()
