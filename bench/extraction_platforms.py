#!/usr/bin/env python3
"""A blind check of the built-in extractor: whole product pages as the common shop platforms write them.

    python bench/extraction_platforms.py [--seed S] [--pages N] [--platform NAME] [--half dev|check]
                                         [--show] [--dump DIR] [--root CHECKOUT]

Each platform below writes whole product pages the way its stock theme or front end does (Shopify's Dawn,
WooCommerce, Magento 2's Luma, Shopware 6, PrestaShop, BigCommerce's Cornerstone, Salesforce Commerce Cloud's
SFRA, VTEX, a Next.js storefront, an Amazon-like buy box, Korean, Japanese and Chinese shops, a classifieds site, a
marketplace with other sellers, a furniture shop with a "from" price, OpenCart, Wix): head, cookie banner, header
with a mini cart, breadcrumbs, the product, related products with their own prices, footer, analytics scripts. Each
page is drawn from a seeded random variation (on sale or not, in stock or not, with or without structured data,
sizes, languages the platform is sold in), and its truth comes from how it was built, with the sku convention of
../shared/bench/README.md: the code the page shows to shoppers, and no sku where the page shows none.

The pages were written from what these platforms emit, not from the extractor's rules (they were written before
anyone writing them read the extractor), so the figures are a proxy for shops the extractor was never fitted to.

Scored as ../shared/bench/score_extraction.py scores: a right value is a true positive, a wrong one a false
positive and a false negative, a missing one a false negative. Prints F1 per platform and overall, then every wrong
value. ``--half`` keeps one of two fixed halves of the platforms (dealt by a seeded shuffle of their names):
"dev" to develop against, "check" to check that a change holds elsewhere. ``--show`` prints every page's truth and
output; ``--dump DIR`` writes the pages as ``*.html.gz`` with a ``ground-truth.json`` that extraction_quality.py and
score_extraction.py read; ``--root CHECKOUT`` runs another checkout's extractor.
"""

# The pages are written in the characters their shops use (full-width colons and yen, multiplication signs).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import importlib
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ATTRIBUTES = ("price", "sku", "availability")


def esc(text: object) -> str:
    return htmllib.escape(str(text), quote=True)


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


# --- what is sold --------------------------------------------------------------------------------------------------

NAMES = {
    "en": [
        "Merino Crew Neck Sweater",
        "Waxed Canvas Tote Bag",
        "Ceramic Pour-Over Coffee Set",
        "Trail Running Shoe",
        "Linen Button-Down Shirt",
        "Insulated Steel Water Bottle 750 ml",
        "Organic Cotton Hoodie",
        "Cast Iron Skillet 26 cm",
        "Wireless Noise Cancelling Headphones",
        "Leather Card Holder",
        "Down Puffer Jacket",
        "Bamboo Cutting Board Set",
        "Wool Blend Beanie",
        "Stainless Chef's Knife 20 cm",
        "Recycled Nylon Backpack 22L",
        "Slim Fit Chino Trousers",
        "Glass Storage Jars (Set of 3)",
        "Yoga Mat 6 mm",
        "Cordless Drill Driver 18V",
        "Scented Soy Candle",
    ],
    "de": [
        "Merino Pullover mit Rundhalsausschnitt",
        "Gusseisenpfanne 26 cm",
        "Trinkflasche aus Edelstahl 750 ml",
        "Wanderschuh Gore-Tex",
        "Leinenhemd Regular Fit",
        "Daunenjacke mit Kapuze",
        "Akku-Bohrschrauber 18 V",
        "Bio-Baumwoll Hoodie",
        "Kochmesser aus Damaststahl",
        "Rucksack aus recyceltem Nylon 22 L",
    ],
    "fr": [
        "Pull col rond en mérinos",
        "Poêle en fonte 26 cm",
        "Gourde isotherme en inox 750 ml",
        "Chaussures de randonnée",
        "Chemise en lin coupe droite",
        "Doudoune à capuche",
        "Sac à dos 22 L",
        "Sweat à capuche en coton bio",
        "Couteau de chef 20 cm",
        "Bougie parfumée à la cire de soja",
    ],
    "es": [
        "Jersey de lana merino",
        "Sartén de hierro fundido 26 cm",
        "Zapatillas de trail",
        "Mochila 22 L",
        "Camisa de lino",
        "Chaqueta acolchada",
    ],
    "it": [
        "Maglione in lana merino",
        "Padella in ghisa 26 cm",
        "Scarpe da trail running",
        "Zaino 22 L",
        "Camicia di lino",
        "Piumino con cappuccio",
    ],
    "nl": [
        "Merino trui met ronde hals",
        "Gietijzeren koekenpan 26 cm",
        "Trailrunningschoen",
        "Rugzak 22 L",
        "Linnen overhemd",
        "Donsjas met capuchon",
    ],
    "pt": [
        "Tênis de Corrida Trail",
        "Camisa de Linho",
        "Mochila 22 L",
        "Jaqueta Puffer",
        "Garrafa Térmica 750 ml",
        "Frigideira de Ferro Fundido 26 cm",
    ],
    "ko": [
        "남성 메리노 울 니트",
        "스테인리스 텀블러 750ml",
        "무선 노이즈캔슬링 헤드폰",
        "여성 경량 패딩 점퍼",
        "캠핑 의자 접이식",
        "유기농 면 후드티",
    ],
    "ja": [
        "メリノウール クルーネックセーター",
        "南部鉄器 急須 0.6L",
        "ワイヤレスイヤホン ノイズキャンセリング",
        "撥水 リュックサック 22L",
        "今治タオル バスタオル 2枚セット",
        "ステンレス 真空断熱ボトル 500ml",
    ],
    "zh": [
        "男士美利奴羊毛针织衫",
        "不锈钢保温杯 750ml",
        "无线降噪蓝牙耳机",
        "女士轻薄羽绒服",
        "户外折叠露营椅",
        "纯棉连帽卫衣",
    ],
}
FURNITURE = [
    "Harlow 3-Seater Sofa",
    "Oslo Oak Dining Table",
    "Marlow Velvet Armchair",
    "Fjord Bed Frame 160x200",
    "Haven Corner Sofa",
    "Atlas Sideboard in Walnut",
]
BRANDS = [
    "Northwind",
    "Fjellkatt",
    "Tidewater",
    "Brightline",
    "Ostara",
    "Kestrel & Co",
    "Lumen",
    "Hollis",
    "Marrow",
    "Quarry",
    "Vantage",
    "Solberg",
]
SIZES = {
    "apparel": ["XS", "S", "M", "L", "XL"],
    "shoes": ["40", "41", "42", "43", "44", "45"],
    "kr": ["90", "95", "100", "105"],
    "none": [],
}
SHOP_NAMES = ["Harbour Supply", "Alder & Pine", "Copperleaf", "Greywell", "Kindred Goods", "Parcel Row", "Juniper Lane"]


@dataclass
class Item:
    name: str
    brand: str
    price: Decimal  # what a shopper pays now
    was: Decimal | None  # the price before a reduction, when on sale
    in_stock: bool
    sizes: list[str]
    handle: str
    gtin: str
    related: list[tuple[str, Decimal, bool]]  # name, price, in stock
    description: str


def slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "item"


def gtin13(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(12)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def draw_item(
    rng: random.Random,
    loc: Locale,
    *,
    sale: float = 0.4,
    stock: float = 0.7,
    sizes: str = "",
    names: list[str] | None = None,
    scale: int = 1,
) -> Item:
    name = rng.choice(names or NAMES.get(loc.lang, NAMES["en"]))
    price = draw_price(rng, loc, scale)
    was = None
    if rng.random() < sale:
        price, was = reduce(rng, price, loc)
    kind = sizes or rng.choice(["apparel", "shoes", "none", "none"])
    related = [
        (rng.choice(names or NAMES.get(loc.lang, NAMES["en"])), draw_price(rng, loc, scale), rng.random() < 0.8)
        for _ in range(rng.choice([0, 3, 4, 4, 6]))
    ]
    description = {
        "en": f"Made to last, the {name.lower()} is finished by hand. Free returns within 30 days.",
        "de": f"{name}: langlebig verarbeitet. Kostenloser Rückversand innerhalb von 30 Tagen.",
        "fr": f"{name} : fabrication durable. Retours gratuits sous 30 jours.",
        "ko": f"{name} - 꼼꼼한 마감, 30일 무료 반품.",
        "ja": f"{name}。丁寧に仕上げました。30日間返品無料。",
        "zh": f"{name}，做工精细，30天无忧退换。",
    }.get(loc.lang, f"{name}.")
    return Item(
        name,
        rng.choice(BRANDS),
        price,
        was,
        rng.random() < stock,
        list(SIZES[kind]),
        slug(name),
        gtin13(rng),
        related,
        description,
    )


# --- page chrome every shop has ------------------------------------------------------------------------------------

WORDS = {
    "en": dict(
        cart="Cart",
        add="Add to cart",
        sold="Sold out",
        out="Out of stock",
        instock="In stock",
        related="You may also like",
        cookies="We use cookies to improve your experience.",
        accept="Accept all",
        search="Search",
        account="Account",
        home="Home",
        newsletter="Sign up for our newsletter",
        subscribe="Subscribe",
        checkout="Checkout",
        subtotal="Subtotal",
        size="Size",
        qty="Quantity",
        desc="Description",
        shipping="Free shipping on orders over",
    ),
    "de": dict(
        cart="Warenkorb",
        add="In den Warenkorb",
        sold="Ausverkauft",
        out="Nicht verfügbar",
        instock="Auf Lager",
        related="Das könnte Ihnen auch gefallen",
        cookies="Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten.",
        accept="Alle akzeptieren",
        search="Suchen",
        account="Mein Konto",
        home="Startseite",
        newsletter="Newsletter abonnieren",
        subscribe="Anmelden",
        checkout="Zur Kasse",
        subtotal="Zwischensumme",
        size="Größe",
        qty="Menge",
        desc="Beschreibung",
        shipping="Kostenloser Versand ab",
    ),
    "fr": dict(
        cart="Panier",
        add="Ajouter au panier",
        sold="Épuisé",
        out="Rupture de stock",
        instock="En stock",
        related="Vous aimerez aussi",
        cookies="Nous utilisons des cookies pour améliorer votre expérience.",
        accept="Tout accepter",
        search="Rechercher",
        account="Mon compte",
        home="Accueil",
        newsletter="Inscrivez-vous à notre newsletter",
        subscribe="S'inscrire",
        checkout="Commander",
        subtotal="Sous-total",
        size="Taille",
        qty="Quantité",
        desc="Description",
        shipping="Livraison offerte dès",
    ),
    "es": dict(
        cart="Carrito",
        add="Añadir al carrito",
        sold="Agotado",
        out="Agotado",
        instock="En stock",
        related="También te puede interesar",
        cookies="Utilizamos cookies para mejorar tu experiencia.",
        accept="Aceptar todas",
        search="Buscar",
        account="Mi cuenta",
        home="Inicio",
        newsletter="Suscríbete a nuestra newsletter",
        subscribe="Suscribirse",
        checkout="Finalizar compra",
        subtotal="Subtotal",
        size="Talla",
        qty="Cantidad",
        desc="Descripción",
        shipping="Envío gratis desde",
    ),
    "it": dict(
        cart="Carrello",
        add="Aggiungi al carrello",
        sold="Esaurito",
        out="Non disponibile",
        instock="Disponibile",
        related="Potrebbe interessarti anche",
        cookies="Utilizziamo i cookie per migliorare la tua esperienza.",
        accept="Accetta tutti",
        search="Cerca",
        account="Il mio account",
        home="Home",
        newsletter="Iscriviti alla newsletter",
        subscribe="Iscriviti",
        checkout="Procedi all'acquisto",
        subtotal="Subtotale",
        size="Taglia",
        qty="Quantità",
        desc="Descrizione",
        shipping="Spedizione gratuita da",
    ),
    "nl": dict(
        cart="Winkelwagen",
        add="In winkelwagen",
        sold="Uitverkocht",
        out="Niet op voorraad",
        instock="Op voorraad",
        related="Misschien ook interessant",
        cookies="Wij gebruiken cookies om je ervaring te verbeteren.",
        accept="Alles accepteren",
        search="Zoeken",
        account="Mijn account",
        home="Home",
        newsletter="Schrijf je in voor de nieuwsbrief",
        subscribe="Inschrijven",
        checkout="Afrekenen",
        subtotal="Subtotaal",
        size="Maat",
        qty="Aantal",
        desc="Omschrijving",
        shipping="Gratis verzending vanaf",
    ),
    "pt": dict(
        cart="Sacola",
        add="Adicionar à sacola",
        sold="Esgotado",
        out="Produto indisponível",
        instock="Em estoque",
        related="Quem viu, viu também",
        cookies="Usamos cookies para melhorar sua experiência.",
        accept="Aceitar todos",
        search="Buscar",
        account="Minha conta",
        home="Início",
        newsletter="Receba nossas novidades",
        subscribe="Cadastrar",
        checkout="Finalizar compra",
        subtotal="Subtotal",
        size="Tamanho",
        qty="Quantidade",
        desc="Descrição",
        shipping="Frete grátis acima de",
    ),
    "ko": dict(
        cart="장바구니",
        add="장바구니 담기",
        sold="품절",
        out="일시품절",
        instock="재고 있음",
        related="함께 보면 좋은 상품",
        cookies="쿠키를 사용하여 서비스를 개선합니다.",
        accept="모두 동의",
        search="검색",
        account="마이페이지",
        home="홈",
        newsletter="뉴스레터 구독",
        subscribe="구독",
        checkout="주문하기",
        subtotal="합계",
        size="사이즈",
        qty="수량",
        desc="상품 설명",
        shipping="무료배송 기준",
    ),
    "ja": dict(
        cart="買い物かご",
        add="買い物かごに入れる",
        sold="売り切れ",
        out="在庫切れ",
        instock="在庫あり",
        related="この商品を見た人はこんな商品も見ています",
        cookies="当サイトではクッキーを使用しています。",
        accept="同意する",
        search="検索",
        account="マイページ",
        home="ホーム",
        newsletter="メールマガジン登録",
        subscribe="登録",
        checkout="ご購入手続きへ",
        subtotal="小計",
        size="サイズ",
        qty="数量",
        desc="商品説明",
        shipping="送料無料ライン",
    ),
    "zh": dict(
        cart="购物车",
        add="加入购物车",
        sold="已售罄",
        out="无货",
        instock="有货",
        related="为你推荐",
        cookies="我们使用Cookie来改善您的体验。",
        accept="全部接受",
        search="搜索",
        account="我的账户",
        home="首页",
        newsletter="订阅",
        subscribe="订阅",
        checkout="去结算",
        subtotal="小计",
        size="尺码",
        qty="数量",
        desc="商品介绍",
        shipping="满额包邮",
    ),
}


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


# --- the platforms -------------------------------------------------------------------------------------------------
# Each takes a seeded random source and returns one page. Flags are drawn first, so a page's variation reads in one
# place; the truth is what the page was built to show.


def shopify(rng: random.Random) -> Page:
    """Shopify, a Dawn-like theme: JSON-LD Product (or ProductGroup) with one offer per variant, the analytics meta
    and the variants' JSON in scripts, prices in cents there, a "Sold out" disabled button."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "au", "de", "fr", "nl"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "shoes", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.com"
    show_sku = rng.random() < 0.5
    group = rng.random() < 0.4  # newer themes write a ProductGroup with hasVariant
    structured = rng.random() < 0.85
    with_currency_code = rng.random() < 0.5
    product_id = rng.randrange(7_000_000_000_000, 8_999_999_999_999)
    style = f"{item.brand[:2].upper()}{rng.randrange(1000, 9999)}"
    options = item.sizes or ["Default Title"]
    variants: list[dict[str, Any]] = []
    for index, size in enumerate(options):
        available = item.in_stock and (index == 0 or rng.random() < 0.75)
        code = (f"{style}-{size}" if item.sizes else style) if show_sku else ""
        variants.append(
            {
                "id": rng.randrange(40_000_000_000_000, 49_999_999_999_999),
                "title": size,
                "option1": size,
                "sku": code,
                "available": available,
            }
        )
    if item.in_stock and not any(v["available"] for v in variants):
        variants[0]["available"] = True
    chosen = next((v for v in variants if v["available"]), variants[0])
    by_address = rng.random() < 0.4 and len(variants) > 1
    url = f"https://{host}/products/{item.handle}" + (f"?variant={chosen['id']}" if by_address else "")
    cents = int(item.price * 100)
    was_cents = int(item.was * 100) if item.was else None

    def shown(amount: Decimal) -> str:
        text = money(amount, loc)
        return f"{text} {loc.currency}" if with_currency_code else text

    offers = [
        {
            "@type": "Offer",
            "sku": v["sku"],
            "availability": schema_stock(v["available"], False),
            "price": plain(item.price, loc),
            "priceCurrency": loc.currency,
            "url": f"https://{host}/products/{item.handle}?variant={v['id']}",
        }
        for v in variants
    ]
    title = item.name
    if group and item.sizes:
        data: dict[str, Any] = {
            "@context": "http://schema.org/",
            "@id": f"https://{host}/products/{item.handle}#product",
            "@type": "ProductGroup",
            "brand": {"@type": "Brand", "name": item.brand},
            "category": "",
            "description": item.description,
            "hasVariant": [
                {
                    "@id": f"https://{host}/products/{item.handle}?variant={v['id']}#variant",
                    "@type": "Product",
                    "image": f"https://{host}/cdn/shop/files/{item.handle}.jpg",
                    "name": f"{item.name} - {v['title']}",
                    "offers": {**offers[i], "@id": f"https://{host}/products/{item.handle}?variant={v['id']}#offer"},
                    "sku": v["sku"],
                }
                for i, v in enumerate(variants)
            ],
            "name": item.name,
            "productGroupID": str(product_id),
            "url": f"https://{host}/products/{item.handle}",
        }
    else:
        data = {
            "@context": "http://schema.org/",
            "@type": "Product",
            "@id": f"https://{host}/products/{item.handle}#product",
            "name": title,
            "url": url,
            "image": [f"https://{host}/cdn/shop/files/{item.handle}.jpg"],
            "description": item.description,
            "sku": chosen["sku"],
            "brand": {"@type": "Brand", "name": item.brand},
            "offers": offers,
        }
        if rng.random() < 0.5:
            data["gtin13"] = item.gtin
    meta = {
        "product": {
            "id": product_id,
            "gid": f"gid://shopify/Product/{product_id}",
            "vendor": item.brand,
            "type": "",
            "variants": [
                {
                    "id": v["id"],
                    "price": cents,
                    "name": f"{item.name} - {v['title']}",
                    "public_title": v["title"],
                    "sku": v["sku"],
                }
                for v in variants
            ],
        },
        "page": {"pageType": "product", "resourceType": "product", "resourceId": product_id},
    }
    head_html = head(
        f"{item.name} – {shop}",
        f'<link rel="canonical" href="https://{host}/products/{item.handle}">'
        f'<meta property="og:site_name" content="{esc(shop)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:type" content="product">'
        f'<meta property="og:price:amount" content="{number(item.price, loc)}">'
        f'<meta property="og:price:currency" content="{loc.currency}">'
        f"<script>var meta = {json.dumps(meta, ensure_ascii=False)};\nfor (var attr in meta) "
        "{window.ShopifyAnalytics.meta[attr] = meta[attr];}</script>",
        loc.lang,
    )
    section = f"template--{rng.randrange(10**13, 10**14)}__main"
    sale = item.was is not None
    price_html = (
        f'<div class="no-js-hidden" id="price-{section}" role="status"><div class="price price--large'
        f'{" price--on-sale" if sale else ""}{" price--sold-out" if not item.in_stock else ""} price--show-badge">'
        '<div class="price__container"><div class="price__regular">'
        '<span class="visually-hidden visually-hidden--inline">Regular price</span>'
        f'<span class="price-item price-item--regular">{shown(item.price)}</span></div>'
        '<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span>'
        f'<span><s class="price-item price-item--regular">{shown(item.was) if item.was else ""}</s></span>'
        '<span class="visually-hidden visually-hidden--inline">Sale price</span>'
        f'<span class="price-item price-item--sale price-item--last">{shown(item.price)}</span></div>'
        '<small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span>'
        '<span class="price-item price-item--last"><span></span><span aria-hidden="true">/</span>'
        '<span class="visually-hidden">&nbsp;per&nbsp;</span><span></span></span></small></div>'
        f'<span class="badge price__badge-sale color-scheme-4">Sale</span>'
        f'<span class="badge price__badge-sold-out color-scheme-3">{w["sold"]}</span></div></div>'
    )
    picker = ""
    if item.sizes:
        radios = "".join(
            f'<input type="radio" id="{section}-1-{i}" name="{w["size"]}" value="{esc(v["title"])}" '
            f'form="product-form-{section}"{" checked" if v is chosen else ""}'
            f"{'' if v['available'] else ' class=disabled'}>"
            f'<label for="{section}-1-{i}">{esc(v["title"])}'
            f'<span class="visually-hidden label-unavailable">{w["sold"]}</span></label>'
            for i, v in enumerate(variants)
            if True
        )
        variant_json = [
            {
                "id": v["id"],
                "title": v["title"],
                "option1": v["title"],
                "sku": v["sku"],
                "available": v["available"],
                "price": cents,
                "compare_at_price": was_cents,
                "name": f"{item.name} - {v['title']}",
                "public_title": v["title"],
            }
            for v in variants
        ]
        picker = (
            f'<variant-radios id="variant-radios-{section}" class="no-js-hidden" data-section="{section}" '
            f'data-url="/products/{item.handle}"><fieldset class="js product-form__input">'
            f'<legend class="form__label">{w["size"]}</legend>{radios}</fieldset>'
            f'<script type="application/json">{json.dumps(variant_json, ensure_ascii=False)}</script></variant-radios>'
        )
    sku_html = (
        f'<p class="product__sku caption no-js-hidden" id="Sku-{section}" role="status">'
        f'<span class="visually-hidden">SKU:</span>{esc(chosen["sku"])}</p>'
        if show_sku
        else ""
    )
    disabled = not chosen["available"]
    button = (
        f'<button id="ProductSubmitButton-{section}" type="submit" name="add" class="product-form__submit button '
        f'button--full-width button--secondary"{" disabled" if disabled else ""}>'
        f"<span>{w['sold'] if disabled else w['add']}</span>"
        '<div class="loading-overlay__spinner hidden"><svg class="spinner"></svg></div></button>'
    )
    dynamic = (
        '<div data-shopify="payment-button" class="shopify-payment-button">'
        '<button class="shopify-payment-button__button '
        'shopify-payment-button__button--unbranded" type="button">Buy it now</button></div>'
        if not disabled
        else ""
    )
    main = (
        f'<section id="MainProduct-{section}" class="page-width section-{section}-padding" data-section="{section}">'
        '<div class="product product--large product--left grid grid--1-col product--mobile-hide">'
        '<div class="grid__item product__media-wrapper"><media-gallery><ul class="product__media-list">'
        f'<li class="product__media-item"><img src="//{host}/cdn/shop/files/{item.handle}.jpg" alt="{esc(item.name)}">'
        '</li></ul></media-gallery></div><div class="product__info-wrapper grid__item">'
        f'<div id="ProductInfo-{section}" class="product__info-container product__column-sticky">'
        f'<p class="product__text inline-richtext caption-with-letter-spacing">{esc(item.brand)}</p>'
        f'<div class="product__title"><h1>{esc(item.name)}</h1></div>{sku_html}{price_html}'
        '<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> '
        f"calculated at checkout.</div>{pay_later(rng, loc, item)}{picker}"
        f'<div class="product-form__input product-form__quantity"><label class="quantity__label form__label">'
        f'{w["qty"]}</label><quantity-input class="quantity"><input class="quantity__input" type="number" '
        f'name="quantity" value="1" min="1"></quantity-input></div>'
        f'<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-{section}" '
        'accept-charset="UTF-8" class="form" enctype="multipart/form-data" data-type="add-to-cart-form">'
        '<input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">'
        f'<input type="hidden" name="id" value="{chosen["id"]}" class="product-variant-id">'
        f'<div class="product-form__buttons">{button}{dynamic}</div></form></product-form></div>'
        f'<div class="product__description rte quick-add-hidden"><p>{esc(item.description)}</p></div>'
        "</div></div></div></section>\n" + (ld(data) if structured else "")
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard">'
            f'<div class="card__content"><h3 class="card__heading">'
            f'<a href="/products/{slug(name)}" class="full-unstyled'
            f'-link">{esc(name)}</a></h3><div class="price{"" if stock else " price--sold-out"}"><div class="price__'
            f'container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular '
            f'price</span><span class="price-item price-item--regular">{shown(price)}</span></div></div></div>'
            f"</div></div></div></li>"
        )

    page_html = wrap(
        shop, loc, chrome, item, main, head_html, gtm(loc, item, str(chosen["id"]), chrome), card, "template-product"
    )
    return Page("shopify", "", url, page_html, truth(item.price, chosen["sku"] if show_sku else None, item.in_stock))


def woocommerce(rng: random.Random) -> Page:
    """WooCommerce on a stock theme: its own JSON-LD (often with Yoast's graph), <del>/<ins> sale price, the
    p.stock note, SKU in product_meta, related products with data-product_sku."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "fr", "es", "it", "nl"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes="none")
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.shop"
    post_id = rng.randrange(100, 9999)
    show_sku = rng.random() < 0.75
    code = (
        f"{slug(item.name).split('-')[0][:4].upper()}-{rng.randrange(100, 999)}"
        if rng.random() < 0.6
        else f"{rng.randrange(10000, 99999)}"
    )
    sku_label = {
        "en": "SKU:",
        "de": "Artikelnummer:",
        "fr": "UGS\u00a0:",
        "es": "SKU:",
        "it": "COD:",
        "nl": "Artikelnummer:",
    }[loc.lang]
    stock_text = {
        "en": (f"{rng.randrange(2, 40)} in stock", "In stock", "Out of stock"),
        "de": (f"{rng.randrange(2, 40)} vorrätig", "Vorrätig", "Nicht vorrätig"),
        "fr": (f"{rng.randrange(2, 40)} en stock", "En stock", "Rupture de stock"),
        "es": (f"{rng.randrange(2, 40)} disponibles", "Hay existencias", "Sin existencias"),
        "it": (f"{rng.randrange(2, 40)} disponibili", "Disponibile", "Esaurito"),
        "nl": (f"{rng.randrange(2, 40)} op voorraad", "Op voorraad", "Uitverkocht"),
    }[loc.lang]
    url = f"https://{host}/product/{item.handle}/"
    yoast = rng.random() < 0.5
    structured = rng.random() < 0.85
    woo_symbol = {"USD": "&#36;", "GBP": "&pound;", "EUR": "&euro;"}[loc.currency]

    def amount(value: Decimal) -> str:
        n = number(value, loc)
        inner = (
            f'<span class="woocommerce-Price-currencySymbol">{woo_symbol}</span>{n}'
            if loc.lang == "en"
            else f'{n}&nbsp;<span class="woocommerce-Price-currencySymbol">{woo_symbol}</span>'
        )
        return f'<span class="woocommerce-Price-amount amount"><bdi>{inner}</bdi></span>'

    if item.was is not None:
        price_html = (
            f'<p class="price"><del aria-hidden="true">{amount(item.was)}</del> <span class="screen-reader-text">'
            f'Original price was: {money(item.was, loc)}.</span><ins aria-hidden="true">{amount(item.price)}</ins>'
            f'<span class="screen-reader-text">Current price is: {money(item.price, loc)}.</span></p>'
        )
    else:
        price_html = f'<p class="price">{amount(item.price)}</p>'
    if item.in_stock:
        note = rng.choice([stock_text[0], stock_text[1], ""])
        stock_html = f'<p class="stock in-stock">{note}</p>' if note else ""
        form = (
            f'<form class="cart" action="{url}" method="post" enctype="multipart/form-data"><div class="quantity">'
            f'<label class="screen-reader-text" for="quantity_{post_id}">{esc(item.name)} quantity</label>'
            f'<input type="number" id="quantity_{post_id}" class="input-text qty text" name="quantity" value="1" '
            f'aria-label="Product quantity" min="1" step="1" inputmode="numeric" autocomplete="off"></div>'
            f'<button type="submit" name="add-to-cart" value="{post_id}" class="single_add_to_cart_button button alt">'
            f"{w['add']}</button></form>"
        )
    else:
        stock_html = f'<p class="stock out-of-stock">{stock_text[2]}</p>'
        form = ""
    offer: dict[str, Any] = {
        "@type": "Offer",
        "price": plain(item.price, loc),
        "priceValidUntil": "2027-12-31",
        "priceCurrency": loc.currency,
        "availability": schema_stock(item.in_stock, False),
        "url": url,
        "seller": {"@type": "Organization", "name": shop, "url": f"https://{host}"},
    }
    if item.was is not None and rng.random() < 0.6:
        offer["priceSpecification"] = [
            {
                "@type": "UnitPriceSpecification",
                "price": plain(item.price, loc),
                "priceCurrency": loc.currency,
                "valueAddedTaxIncluded": False,
                "validThrough": "2027-12-31",
            },
            {
                "@type": "UnitPriceSpecification",
                "price": plain(item.was, loc),
                "priceCurrency": loc.currency,
                "valueAddedTaxIncluded": False,
                "validThrough": "2027-12-31",
                "priceType": "https://schema.org/ListPrice",
            },
        ]
    else:
        offer["priceSpecification"] = {
            "price": plain(item.price, loc),
            "priceCurrency": loc.currency,
            "valueAddedTaxIncluded": "false",
        }
    product: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "@id": f"{url}#product",
        "name": item.name,
        "url": url,
        "description": item.description,
        "image": f"https://{host}/wp-content/uploads/2026/03/{item.handle}.jpg",
        "sku": code if show_sku else post_id,
        "offers": [offer],
    }
    graph: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@graph": [
            {
                "@context": "https://schema.org/",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "item": {"name": w["home"], "@id": f"https://{host}"}},
                    {"@type": "ListItem", "position": 2, "item": {"name": item.name, "@id": url}},
                ],
            },
            product,
        ],
    }
    yoast_graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["WebPage", "ItemPage"],
                "@id": url,
                "url": url,
                "name": f"{item.name} - {shop}",
                "isPartOf": {"@id": f"https://{host}/#website"},
                "datePublished": "2025-04-02T09:13:44+00:00",
                "inLanguage": loc.lang,
            },
            {"@type": "WebSite", "@id": f"https://{host}/#website", "url": f"https://{host}/", "name": shop},
            {"@type": "Organization", "@id": f"https://{host}/#organization", "name": shop},
        ],
    }
    head_html = head(
        f"{item.name} - {shop}",
        f'<link rel="canonical" href="{url}"><meta property="og:type" content="product">'
        f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:url" content="{url}">'
        + (ld(yoast_graph, True) if yoast else "")
        + f'<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = '
        f'{{"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart","cart_url":"https:\\/\\/{host}'
        f'\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"}};</script>',
        loc.lang,
    )
    meta = (
        '<div class="product_meta">'
        + (f'<span class="sku_wrapper">{sku_label} <span class="sku">{esc(code)}</span></span>' if show_sku else "")
        + f'<span class="posted_in">Category: <a href="https://{host}/product-category/{slug(item.brand)}/" rel="tag">'
        f"{esc(item.brand)}</a></span></div>"
    )
    classes = (
        f"product type-product post-{post_id} status-publish first {'instock' if item.in_stock else 'outofstock'}"
        f"{' sale' if item.was else ''} shipping-taxable purchasable product-type-simple"
    )
    main = (
        '<div id="primary" class="content-area"><div class="woocommerce-notices-wrapper"></div>'
        f'<div id="product-{post_id}" class="{classes}">'
        + ('<span class="onsale">Sale!</span>' if item.was else "")
        + '<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images">'
        f'<figure class="woocommerce-product-gallery__wrapper"><img src="/wp-content/uploads/{item.handle}.jpg">'
        '</figure></div><div class="summary entry-summary">'
        f'<h1 class="product_title entry-title">{esc(item.name)}</h1>{price_html}'
        f'<div class="woocommerce-product-details__short-description"><p>{esc(item.description)}</p></div>'
        f"{pay_later(rng, loc, item)}{stock_html}{form}{meta}</div>"
        '<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">'
        f'<li class="description_tab"><a href="#tab-description">{w["desc"]}</a></li></ul>'
        f'<div class="woocommerce-Tabs-panel" id="tab-description"><p>{esc(item.description)}</p></div></div>'
        "</div></div>\n" + (ld(graph, True) if structured else "")
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(100, 9999)
        return (
            f'<li class="product type-product post-{other} {"instock" if stock else "outofstock"}">'
            f'<a href="https://{host}/product/{slug(name)}/" class="woocommerce-LoopProduct-link">'
            f'<img src="/wp-content/uploads/{slug(name)}.jpg"><h2 class="woocommerce-loop-product__title">'
            f'{esc(name)}</h2><span class="price">{amount(price)}</span></a>'
            f'<a href="?add-to-cart={other}" data-quantity="1" class="button product_type_simple add_to_cart_button '
            f'ajax_add_to_cart" data-product_id="{other}" data-product_sku="{slug(name)[:6].upper()}-{other % 97}" '
            f'rel="nofollow">{w["add"] if stock else "Read more"}</a></li>'
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head_html,
        gtm(loc, item, str(post_id), chrome),
        card,
        f"product-template-default single single-product postid-{post_id} woocommerce",
    )
    return Page("woocommerce", "", url, page_html, truth(item.price, code if show_sku else None, item.in_stock))


def magento(rng: random.Random) -> Page:
    """Magento 2 on Luma: the price-box with data-price-amount, the SKU attribute block, the stock div, swatches
    configured by a text/x-magento-init script, related and upsell blocks with their own price-boxes."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "nl", "fr"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    entity = rng.randrange(100, 4000)
    code = f"{rng.choice(['MJ', 'WS', 'MH', 'WB', '24-MB', '24-UG'])}{rng.randrange(1, 99):02d}"
    if rng.random() < 0.5:
        code = f"{item.brand[:3].upper()}{rng.randrange(100000, 999999)}"
    labels = {
        "en": ("SKU", "In stock", "Out of stock", "Special Price", "Regular Price", "Add to Cart", "As low as"),
        "de": (
            "Artikelnummer",
            "Auf Lager",
            "Nicht auf Lager",
            "Sonderpreis",
            "Regulärer Preis",
            "In den Warenkorb",
            "Ab",
        ),
        "nl": (
            "Artikelnummer",
            "Op voorraad",
            "Niet op voorraad",
            "Speciale prijs",
            "Normale prijs",
            "In winkelwagen",
            "Vanaf",
        ),
        "fr": (
            "UGS",
            "En stock",
            "En rupture de stock",
            "Prix spécial",
            "Prix normal",
            "Ajouter au panier",
            "À partir de",
        ),
    }[loc.lang]
    configurable = bool(item.sizes)
    json_ld = rng.random() < 0.35
    url = f"https://{host}/{item.handle}.html"

    def price_box(product_id: int, price: Decimal, was: Decimal | None, main_box: bool) -> str:
        final = (
            '<span class="price-container price-final_price tax weee"'
            + (' itemprop="offers" itemscope itemtype="http://schema.org/Offer"' if main_box else "")
            + ">"
            + (f'<span class="price-label">{labels[3]}</span>' if was else "")
            + f'<span id="product-price-{product_id}" data-price-amount="{price.normalize():f}" '
            f'data-price-type="finalPrice" class="price-wrapper "><span class="price">{money(price, loc)}</span></span>'
            + (
                f'<meta itemprop="price" content="{price.normalize():f}"><meta itemprop="priceCurrency" '
                f'content="{loc.currency}">'
                if main_box
                else ""
            )
            + "</span>"
        )
        if was:
            return (
                f'<div class="price-box price-final_price" data-role="priceBox" data-product-id="{product_id}" '
                f'data-price-box="product-id-{product_id}"><span class="special-price">{final}</span>'
                f'<span class="old-price"><span class="price-container price-final_price tax weee">'
                f'<span class="price-label">{labels[4]}</span><span id="old-price-{product_id}" '
                f'data-price-amount="{was.normalize():f}" data-price-type="oldPrice" class="price-wrapper ">'
                f'<span class="price">{money(was, loc)}</span></span></span></span></div>'
            )
        return (
            f'<div class="price-box price-final_price" data-role="priceBox" data-product-id="{product_id}" '
            f'data-price-box="product-id-{product_id}">{final}</div>'
        )

    stock_html = (
        f'<div class="stock available" title="Availability"><span>{labels[1]}</span></div>'
        if item.in_stock
        else f'<div class="stock unavailable" title="Availability"><span>{labels[2]}</span></div>'
    )
    swatch = ""
    if configurable:
        children = {str(entity + i + 1): size for i, size in enumerate(item.sizes)}
        config = {
            "[data-role=swatch-options]": {
                "Magento_Swatches/js/swatch-renderer": {
                    "jsonConfig": {
                        "attributes": {
                            "144": {
                                "id": "144",
                                "code": "size",
                                "label": w["size"],
                                "options": [
                                    {"id": str(160 + i), "label": s, "products": [k]}
                                    for i, (k, s) in enumerate(children.items())
                                ],
                            }
                        },
                        "template": f"{loc.pattern.replace('{}', '<%- data.price %>')}",
                        "optionPrices": {
                            k: {
                                "oldPrice": {"amount": float(item.was or item.price)},
                                "basePrice": {"amount": float(item.price)},
                                "finalPrice": {"amount": float(item.price)},
                            }
                            for k in children
                        },
                        "prices": {
                            "oldPrice": {"amount": float(item.was or item.price)},
                            "basePrice": {"amount": float(item.price)},
                            "finalPrice": {"amount": float(item.price)},
                        },
                        "productId": str(entity),
                        "chooseText": "Choose an Option...",
                        "sku": {k: f"{code}-{s}" for k, s in children.items()},
                    },
                    "jsonSwatchConfig": {
                        "144": {k: {"type": "0", "value": s, "label": s} for k, s in children.items()}
                    },
                }
            }
        }
        swatch = (
            '<div class="product-add-form"><div class="swatch-opt" data-role="swatch-options"></div>'
            f'<script type="text/x-magento-init">{json.dumps(config, ensure_ascii=False)}</script></div>'
        )
    cart = (
        f'<form data-product-sku="{esc(code)}" action="https://{host}/checkout/cart/add/uenc/aHR0cHM6Ly9/product/'
        f'{entity}/" method="post" id="product_addtocart_form"><input type="hidden" name="product" value="{entity}">'
        f'<input type="hidden" name="form_key" value="Xy7Qk2LmZp9Rt3Ab">{swatch}<div class="box-tocart"><div '
        f'class="fieldset"><div class="field qty"><label class="label" for="qty"><span>Qty</span></label>'
        f'<div class="control"><input type="number" name="qty" id="qty" min="0" value="1" title="Qty" '
        f'class="input-text qty"></div></div><div class="actions"><button type="submit" title="{labels[5]}" '
        f'class="action primary tocart" id="product-addtocart-button"><span>{labels[5]}</span></button></div></div>'
        "</div></form>"
        if item.in_stock
        else ""
    )
    head_extra = (
        f'<meta property="og:type" content="product"><meta property="og:title" content="{esc(item.name)}">'
        f'<meta property="og:url" content="{url}"><meta property="product:price:amount" '
        f'content="{item.price.normalize():f}"><meta property="product:price:currency" content="{loc.currency}">'
        f'<link rel="canonical" href="{url}">'
    )
    if json_ld:
        head_extra += ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": item.name,
                "sku": code,
                "description": item.description,
                "brand": {"@type": "Brand", "name": item.brand},
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": loc.currency,
                    "price": float(item.price),
                    "availability": schema_stock(item.in_stock, False),
                    "url": url,
                },
            }
        )
    main = (
        '<div class="columns"><div class="column main"><div class="product-info-main">'
        '<div class="page-title-wrapper product"><h1 class="page-title"><span class="base" '
        f'data-ui-id="page-title-wrapper" itemprop="name">{esc(item.name)}</span></h1></div>'
        '<div class="product-reviews-summary empty"><div class="reviews-actions">'
        '<a class="action add" href="#review-form">'
        "Be the first to review this product</a></div></div>"
        f'<div class="product-info-price">{price_box(entity, item.price, item.was, True)}'
        f'<div class="product-info-stock-sku">{stock_html}<div class="product attribute sku">'
        f'<strong class="type">{labels[0]}</strong><div class="value" itemprop="sku">{esc(code)}</div>'
        "</div></div></div>"
        f'{cart}<div class="product-social-links"><div class="product-addto-links" data-role="add-to-links">'
        '<a href="#" class="action towishlist"><span>Add to Wish List</span></a></div></div>'
        f'<div class="product attribute overview"><div class="value" itemprop="description">{esc(item.description)}'
        "</div></div></div>"
        '<div class="product media"><div class="gallery-placeholder _block-content-loading" data-gallery-role='
        f'"gallery-placeholder"><img alt="main product photo" class="gallery-placeholder__image" '
        f'src="https://{host}/media/catalog/product/{item.handle}.jpg"></div></div></div></div>\n'
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(4000, 9000)
        return (
            f'<li class="item product product-item"><div class="product-item-info"><a href="/{slug(name)}.html" '
            f'class="product photo product-item-photo"><img src="/media/{slug(name)}.jpg"></a><div class="product '
            f'details product-item-details"><strong class="product name product-item-name"><a class="product-item-'
            f'link" href="/{slug(name)}.html">{esc(name)}</a></strong>{price_box(other, price, None, False)}'
            f'<div class="product actions product-item-actions"><div class="actions-primary">'
            + (
                f'<button class="action tocart primary" '
                f'data-post=\'{{"action":"/checkout/cart/add/product/{other}/"}}\''
                f' type="button" title="{labels[5]}"><span>{labels[5]}</span></button>'
                if stock
                else f'<div class="stock unavailable"><span>{labels[2]}</span></div>'
            )
            + "</div></div></div></div></li>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {shop}", head_extra, loc.lang),
        gtm(loc, item, code, chrome),
        card,
        f"catalog-product-view product-{item.handle} page-layout-1column",
    )
    return Page("magento", "", url, page_html, truth(item.price, code, item.in_stock))


def shopware(rng: random.Random) -> Page:
    """Shopware 6's storefront: microdata offers, "Produktnummer:", prices as "29,95 €*", a list price to strike,
    the base price per litre or kilo, the delivery note with its coloured dot, and an internal productID."""
    loc = LOCALES[rng.choice(["de", "de", "at", "nl", "gb"])]
    german = loc.lang == "de"
    item = draw_item(rng, loc, sizes=rng.choice(["none", "none", "shoes"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.{'de' if german else 'eu'}"
    code = rng.choice(
        [
            f"SW{rng.randrange(10000, 99999)}",
            f"{rng.randrange(100000, 999999)}",
            f"{item.brand[:3].upper()}-{rng.randrange(1000, 9999)}",
        ]
    )
    uuid = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    words = {
        "de": (
            "Produktnummer:",
            "Sofort verfügbar, Lieferzeit 1-3 Werktage",
            "Nicht verfügbar",
            "In den Warenkorb",
            "inkl. MwSt. zzgl. Versandkosten",
            "Statt:",
            "gespart",
            "Inhalt:",
        ),
        "nl": (
            "Productnummer:",
            "Direct leverbaar, levertijd 1-3 werkdagen",
            "Niet beschikbaar",
            "In winkelwagen",
            "incl. btw excl. verzendkosten",
            "In plaats van:",
            "bespaard",
            "Inhoud:",
        ),
        "en": (
            "Product number:",
            "Available, delivery time 1-3 days",
            "No longer available",
            "Add to shopping cart",
            "Prices incl. VAT plus shipping costs",
            "Previously",
            "saved",
            "Content:",
        ),
    }[loc.lang]
    unit = rng.random() < 0.4
    url = f"https://{host}/{item.handle}/{code}"
    starred = f"{money(item.price, loc)}*"
    list_price = (
        f'<span class="list-price"><span class="list-price-label">{words[5]}</span> <span class="list-price-price">'
        f'{money(item.was, loc)}*</span><span class="list-price-percentage">('
        f"{round((1 - item.price / item.was) * 100)}% {words[6]})</span></span>"
        if item.was
        else ""
    )
    unit_html = ""
    if unit:
        size = rng.choice([Decimal("0.5"), Decimal("0.75"), Decimal("0.25")])
        per = (item.price / size).quantize(Decimal("0.01"))
        unit_html = (
            f'<div class="product-detail-price-unit"><span class="price-unit-label">{words[7]}</span>'
            f'<span class="price-unit-content"> {number(size, loc, 2).rstrip("0").rstrip(",.")} Liter</span>'
            f'<span class="price-unit-reference-content"> ({money(per, loc)}* / 1 Liter)</span></div>'
        )
    delivery = (
        '<link itemprop="availability" href="http://schema.org/InStock"><p class="delivery-information delivery-'
        f'available"><span class="delivery-status-indicator bg-success"></span>{words[1]}</p>'
        if item.in_stock
        else '<link itemprop="availability" href="http://schema.org/OutOfStock">'
        '<p class="delivery-information delivery-'
        f'soldout"><span class="delivery-status-indicator bg-danger"></span>{words[2]}</p>'
    )
    buy = (
        f'<form action="/checkout/line-item/add" method="post" class="buy-widget" data-add-to-cart="true">'
        f'<div class="form-row buy-widget-container"><div class="col-4"><select name="lineItems[{uuid}][quantity]" '
        f'class="custom-select product-detail-quantity-select">'
        + "".join(f'<option value="{n}">{n}</option>' for n in range(1, 11))
        + f'</select></div><div class="col-8"><button class="btn btn-primary btn-block btn-buy" title="{words[3]}" '
        f'aria-label="{words[3]}">{words[3]}</button></div></div><input type="hidden" name="lineItems[{uuid}][id]" '
        f'value="{uuid}"></form>'
        if item.in_stock
        else ""
    )
    configurator = ""
    if item.sizes:
        configurator = (
            '<div class="product-detail-configurator"><form class="product-detail-configurator-form">'
            f'<div class="product-detail-configurator-group"><div class="product-detail-configurator-group-title">'
            f"{WORDS[loc.lang]['size']}</div>"
            + "".join(
                f'<div class="product-detail-configurator-option"><input type="radio" name="{uuid[:8]}" '
                f'value="{uuid[:24]}{i:08x}" class="product-detail-configurator-option-input"'
                f'{" checked" if i == 0 else ""}><label class="product-detail-configurator-option-label">{s}'
                "</label></div>"
                for i, s in enumerate(item.sizes)
            )
            + "</div></form></div>"
        )
    main = (
        '<div class="container-main"><div class="cms-page"><div class="cms-section"><div class="cms-block '
        'pos-0 cms-block-product-heading"><div class="product-detail" itemscope itemtype="https://schema.org/Product">'
        f'<div class="product-detail-headline"><h1 class="product-detail-name" itemprop="name">{esc(item.name)}</h1>'
        f'<div class="product-detail-manufacturer"><a href="/{slug(item.brand)}/" class="product-detail-manufacturer-'
        f'link"><meta itemprop="brand" content="{esc(item.brand)}">{esc(item.brand)}</a></div></div>'
        '<div class="row product-detail-main"><div class="col-lg-7 product-detail-media"><div class="gallery-slider">'
        f'<img src="https://{host}/media/{uuid[:2]}/{item.handle}.jpg" itemprop="image" alt="{esc(item.name)}"></div>'
        '</div><div class="col-lg-5 product-detail-buy"><div class="product-detail-buy" itemprop="offers" itemscope '
        'itemtype="https://schema.org/Offer"><meta itemprop="url" content="' + url + '">'
        '<meta itemprop="priceCurrency" content="' + loc.currency + '"><div class="product-detail-price-container">'
        f'<meta itemprop="price" content="{item.price}"><p class="product-detail-price'
        f'{" with-list-price" if item.was else ""}">{starred}</p>{list_price}{unit_html}</div>'
        f'<div class="product-detail-tax-container"><p class="product-detail-tax"><a class="product-detail-tax-link" '
        f'href="/widgets/cms/{uuid}">{words[4]}</a></p></div><div class="product-delivery-information">{delivery}'
        f"</div>{configurator}{buy}"
        '<div class="product-detail-ordernumber-container"><span class="product-detail-ordernumber-label">'
        f'{words[0]}</span> <meta itemprop="productID" content="{uuid}"><span class="product-detail-ordernumber" '
        f'itemprop="sku">{esc(code)}</span></div></div></div></div>'
        f'<div class="product-detail-description"><meta itemprop="gtin13" content="{item.gtin}">'
        f'<div class="product-detail-description-text" itemprop="description">{esc(item.description)}</div></div>'
        "</div></div></div></div></div>\n"
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<div class="cms-listing-col"><div class="card product-box box-standard"><div class="card-body">'
            f'<div class="product-info"><a href="/{slug(name)}/" class="product-name">{esc(name)}</a>'
            f'<div class="product-price-info"><div class="product-price-wrapper"><span class="product-price">'
            f'{money(price, loc)}*</span></div></div><div class="product-action">'
            + (
                f'<button class="btn btn-block btn-buy" title="{words[3]}">{words[3]}</button>'
                if stock
                else f'<div class="product-detail-soldout">{words[2]}</div>'
            )
            + "</div></div></div></div></div>"
        )

    head_html = head(
        f"{item.name} | {shop}",
        f'<link rel="canonical" href="{url}"><meta property="og:type" '
        f'content="product"><meta property="product:price:amount" content="{item.price}">'
        f'<meta property="product:price:currency" content="{loc.currency}">',
        loc.lang,
    )
    page_html = wrap(
        shop, loc, chrome, item, main, head_html, gtm(loc, item, code, chrome), card, "is-ctl-product is-act-index"
    )
    return Page("shopware", "", url, page_html, truth(item.price, code, item.in_stock))


def prestashop(rng: random.Random) -> Page:
    """PrestaShop 1.7/8 classic theme: microdata or its JSON-LD, "Référence" in the details tab, the availability
    line with its material icon, data-product JSON on the details block, and `var prestashop` in a script."""
    loc = LOCALES[rng.choice(["fr", "fr", "fr", "es", "it"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.{ {'fr': 'fr', 'es': 'es', 'it': 'it'}[loc.lang] }"
    pid = rng.randrange(10, 3000)
    code = rng.choice(
        [
            f"demo_{rng.randrange(1, 40)}",
            f"{item.brand[:3].upper()}{rng.randrange(1000, 9999)}",
            f"{rng.randrange(100000, 999999)}",
        ]
    )
    words = {
        "fr": (
            "Référence",
            "En stock",
            "Rupture de stock",
            "Économisez",
            "TTC",
            "Quantité",
            "Articles",
            "Détails du produit",
        ),
        "es": (
            "Referencia",
            "En stock",
            "Fuera de stock",
            "Ahorra",
            "IVA incluido",
            "Cantidad",
            "Artículos",
            "Detalles del producto",
        ),
        "it": (
            "Riferimento",
            "Disponibile",
            "Non disponibile",
            "Risparmia",
            "Tasse incluse",
            "Quantità",
            "Articoli",
            "Dettagli del prodotto",
        ),
    }[loc.lang]
    style = rng.choice(["microdata", "jsonld", "none"])
    colon = rng.random() < 0.5
    url = f"https://{host}/{rng.choice(['accueil', 'vetements', 'maison'])}/{pid}-{item.handle}.html"
    md = style == "microdata"
    quantity = rng.randrange(1, 300)
    label = words[0] + ("\u00a0:" if colon and loc.lang == "fr" else (":" if colon else ""))
    prices = (
        '<div class="product-prices js-product-prices">'
        + (
            f'<div class="product-discount"><span class="regular-price">{money(item.was, loc)}</span></div>'
            if item.was
            else ""
        )
        + f'<div class="product-price h5{" has-discount" if item.was else ""}"'
        + (' itemprop="offers" itemscope itemtype="https://schema.org/Offer"' if md else "")
        + ">"
        + (
            f'<link itemprop="availability" href="{schema_stock(item.in_stock)}"><meta itemprop="priceCurrency" '
            f'content="{loc.currency}">'
            if md
            else ""
        )
        + f'<div class="current-price"><span class="current-price-value" content="{item.price.normalize():f}"'
        + (' itemprop="price"' if md else "")
        + f">{money(item.price, loc)}</span>"
        + (
            f'<span class="discount discount-percentage">{words[3]} {round((1 - item.price / item.was) * 100)}%</span>'
            if item.was
            else ""
        )
        + f'</div></div><div class="tax-shipping-delivery-label">{words[4]}</div></div>'
    )
    variants = ""
    if item.sizes:
        variants = (
            '<div class="product-variants js-product-variants"><div class="clearfix product-variants-item">'
            f'<span class="control-label">{w["size"]}</span><select class="form-control form-control-select" '
            'id="group_1" data-product-attribute="1" name="group[1]">'
            + "".join(
                f'<option value="{i + 1}" title="{s}"{" selected" if i == 0 else ""}>{s}</option>'
                for i, s in enumerate(item.sizes)
            )
            + "</select></div></div>"
        )
    icon = (
        '<i class="material-icons rtl-no-flip product-available">&#xE5CA;</i>'
        if item.in_stock
        else '<i class="material-icons product-unavailable">&#xE14B;</i>'
    )
    add = (
        '<div class="product-add-to-cart js-product-add-to-cart"><span class="control-label">'
        f'{words[5]}</span><div class="product-quantity clearfix"><div class="qty"><input type="number" '
        f'name="qty" id="quantity_wanted" inputmode="numeric" value="1" class="input-group" min="1"></div>'
        '<div class="add"><button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit"'
        + ("" if item.in_stock else " disabled")
        + f'><i class="material-icons shopping-cart">&#xE547;</i>{w["add"]}</button></div></div>'
        f'<span id="product-availability" class="js-product-availability">{icon}'
        f"{words[1] if item.in_stock else words[2]}</span></div>"
    )
    data_product = {
        "id_shop_default": "1",
        "id_product": str(pid),
        "reference": code,
        "price": money(item.price, loc),
        "quantity": quantity if item.in_stock else 0,
        "available_for_order": "1",
        "id_product_attribute": str(rng.randrange(1, 200)),
        "ean13": item.gtin,
    }
    details = (
        f'<div class="js-product-details tab-pane fade" id="product-details" data-product="'
        f'{esc(json.dumps(data_product, ensure_ascii=False))}" role="tabpanel">'
        f'<div class="product-manufacturer"><a href="/brand/{slug(item.brand)}"><img src="/img/m/{pid % 9}.jpg" '
        f'class="img img-thumbnail manufacturer-logo" alt="{esc(item.brand)}"></a></div>'
        f'<div class="product-reference"><label class="label">{label} </label><span'
        + (' itemprop="sku"' if md else "")
        + f">{esc(code)}</span></div>"
        + (
            f'<div class="product-quantities"><label class="label">{words[1]}</label><span data-stock="{quantity}" '
            f'data-allow-oos="0">{quantity} {words[6]}</span></div>'
            if item.in_stock
            else ""
        )
        + "</div>"
    )
    main = (
        '<section id="main"'
        + (' itemscope itemtype="https://schema.org/Product"' if md else "")
        + ">"
        + (f'<meta itemprop="url" content="{url}">' if md else "")
        + '<div class="row product-container js-product-container"><div class="col-md-6"><section class="page-content"'
        f' id="content"><div class="images-container js-images-container"><img class="js-qv-product-cover" '
        f'src="https://{host}/{pid}-large_default/{item.handle}.jpg" alt="{esc(item.name)}"></div></section></div>'
        f'<div class="col-md-6"><h1 class="h1"' + (' itemprop="name"' if md else "") + f">{esc(item.name)}</h1>"
        f"{prices}"
        f'<div class="product-information"><div id="product-description-short-{pid}" class="product-description">'
        f"<p>{esc(item.description)}</p></div>"
        f'<div class="product-actions js-product-actions"><form action="https://{host}/panier" method="post" '
        f'id="add-to-cart-or-refresh"><input type="hidden" name="token" value="8f0c2e7a"><input type="hidden" '
        f'name="id_product" value="{pid}" id="product_page_product_id">{variants}{add}</form></div>'
        '<div class="tabs"><ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link" '
        f'data-toggle="tab" href="#description">{w["desc"]}</a></li><li class="nav-item"><a class="nav-link" '
        f'data-toggle="tab" href="#product-details">{words[7]}</a></li></ul>'
        f'<div class="tab-content" id="tab-content"><div class="tab-pane fade in active" id="description">'
        f'<div class="product-description"><p>{esc(item.description)}</p></div></div>{details}</div></div>'
        "</div></div></div></section>\n"
    )
    head_extra = f'<link rel="canonical" href="{url}"><meta property="og:type" content="product">'
    if style == "jsonld":
        head_extra += ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": item.name,
                "description": item.description,
                "category": "Accueil",
                "image": f"https://{host}/{pid}.jpg",
                "sku": code,
                "mpn": code,
                "gtin13": item.gtin,
                "brand": {"@type": "Brand", "name": item.brand},
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": loc.currency,
                    "name": item.name,
                    "price": f"{item.price}",
                    "url": url,
                    "priceValidUntil": "2027-01-01",
                    "image": [f"https://{host}/{pid}.jpg"],
                    "sku": code,
                    "mpn": code,
                    "gtin13": item.gtin,
                    "availability": schema_stock(item.in_stock),
                    "seller": {"@type": "Organization", "name": shop},
                },
            }
        )
    state = {
        "cart": {
            "products": [],
            "totals": {"total": {"type": "total", "label": "Total", "amount": 0, "value": money(Decimal(0), loc)}},
        },
        "currency": {"iso_code": loc.currency, "sign": "€"},
        "page": {"page_name": "product"},
        "shop": {"name": shop},
    }

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(10, 3000)
        return (
            f'<div class="js-product product col-xs-12 col-sm-6 col-lg-4"><article class="product-miniature js-product-'
            f'miniature" data-id-product="{other}" data-id-product-attribute="0"><div class="thumbnail-container">'
            f'<div class="product-description"><h3 class="h3 product-title"><a href="/{other}-{slug(name)}.html">'
            f'{esc(name)}</a></h3><div class="product-price-and-shipping"><span class="price" aria-label="Prix">'
            f"{money(price, loc)}</span></div></div>"
            + ("" if stock else f'<ul class="product-flags"><li class="product-flag out_of_stock">{words[2]}</li></ul>')
            + "</div></article></div>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(item.name, head_extra, loc.lang),
        f"<script>var prestashop = {json.dumps(state, ensure_ascii=False)};</script>"
        + gtm(loc, item, str(pid), chrome),
        card,
        "product-id-" + str(pid),
    )
    return Page("prestashop", "", url, page_html, truth(item.price, code, item.in_stock))


def bigcommerce(rng: random.Random) -> Page:
    """BigCommerce's Cornerstone: data-product-sku, the Was/Now/MSRP price sections, productView-info list,
    BCData in a script, newer themes' JSON-LD, an "Out of stock" add-to-cart input."""
    loc = LOCALES[rng.choice(["us", "us", "au", "gb"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.com"
    pid = rng.randrange(100, 9999)
    code = f"{item.brand[:3].upper()}-{rng.randrange(100, 9999)}"
    show_sku = rng.random() < 0.8
    structured = rng.random() < 0.6
    msrp = (item.was or item.price) + Decimal(rng.choice([5, 10, 20])) if rng.random() < 0.3 else None
    url = f"https://{host}/{item.handle}/"
    stock_count = rng.randrange(1, 60) if item.in_stock else 0
    show_stock = rng.random() < 0.4
    hide = ' style="display: none;"'
    price_html = (
        '<div class="productView-price">'
        f'<div class="price-section price-section--withoutTax rrp-price--withoutTax"'
        f"{'' if msrp else hide}>MSRP: <span data-product-rrp-price-without-tax "
        f'class="price price--rrp">{money(msrp, loc) if msrp else ""}</span></div>'
        f'<div class="price-section price-section--withoutTax non-sale-price--withoutTax"'
        f"{'' if item.was else hide}>Was: <span data-product-non-sale-price-without-tax "
        f'class="price price--non-sale">{money(item.was, loc) if item.was else ""}</span></div>'
        '<div class="price-section price-section--withoutTax"><span class="price-label"></span>'
        f'<span class="price-now-label"{"" if item.was else hide}>Now:</span>'
        f'<span data-product-price-without-tax class="price price--withoutTax">{money(item.price, loc)}</span></div>'
        "</div>"
    )
    info = (
        '<dl class="productView-info">'
        + (
            f'<dt class="productView-info-name sku-label">SKU:</dt><dd class="productView-info-value" '
            f"data-product-sku>{esc(code)}</dd>"
            if show_sku
            else ""
        )
        + f'<dt class="productView-info-name">Weight:</dt><dd class="productView-info-value" data-product-weight>'
        f"{rng.randrange(1, 9)}.00 LBS</dd>"
        + (
            f'<dt class="productView-info-name" data-stock-label>Current Stock:</dt><dd class="productView-info-value" '
            f"data-product-stock>{stock_count}</dd>"
            if show_stock
            else ""
        )
        + "</dl>"
    )
    options = ""
    if item.sizes:
        options = (
            f'<div class="form-field" data-product-attribute="set-rectangle"><label class="form-label form-label--'
            f'alternate form-label--inlineSmall">{w["size"]}: <span data-option-value></span>'
            "<small>Required</small></label>"
            + "".join(
                f'<input class="form-radio" type="radio" id="attribute_rectangle__{pid}_{i}" name="attribute[{pid}]"'
                f' value="{100 + i}" required><label class="form-option" for="attribute_rectangle__{pid}_{i}" '
                f'data-product-attribute-value="{100 + i}"><span class="form-option-variant">{s}</span></label>'
                for i, s in enumerate(item.sizes)
            )
            + "</div>"
        )
    add = (
        f'<form class="form" method="post" action="https://{host}/cart.php" enctype="multipart/form-data" '
        f'data-cart-item-add><input type="hidden" name="action" value="add"><input type="hidden" name="product_id" '
        f'value="{pid}"><div data-product-option-change>{options}</div><div class="form-field form-field--increments">'
        '<label class="form-label form-label--alternate" for="qty[]">Quantity:</label><input class="form-input '
        'form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1" data-quantity-min="0"></div>'
        '<div class="alertBox productAttributes-message" style="display:none"><div class="alertBox-column '
        'alertBox-icon"><icon glyph="ic-success" class="icon"></icon></div><p class="alertBox-column '
        'alertBox-message"></p></div><div class="form-action"><input id="form-action-addToCart" data-wait-message='
        f'"Adding to cart…" class="button button--primary" type="submit" value="'
        + ('Add to Cart"' if item.in_stock else 'Out of stock" disabled')
        + "></div></form>"
    )
    bcdata = {
        "csrf_token": "8a1f",
        "product_attributes": {
            "sku": code if show_sku else None,
            "upc": None,
            "mpn": None,
            "gtin": None,
            "weight": None,
            "base": True,
            "image": None,
            "price": {
                "without_tax": {
                    "formatted": money(item.price, loc),
                    "value": float(item.price),
                    "currency": loc.currency,
                },
                "tax_label": "Tax",
            },
            "stock": stock_count if show_stock else None,
            "instock": item.in_stock,
            "stock_message": None,
            "purchasable": True,
            "purchasing_message": None,
        },
    }
    main = (
        '<div class="container"><div class="page" data-product-page><div class="productView" '
        f'data-event-type="product" data-entity-id="{pid}" data-name="{esc(item.name)}" data-product-brand="'
        f'{esc(item.brand)}" data-product-price="{item.price}"><section class="productView-images" '
        f'data-image-gallery><figure class="productView-image"><img src="https://cdn11.bigcommerce.com/s-abc123/'
        f'images/stencil/500x659/products/{pid}/{item.handle}.jpg" alt="{esc(item.name)}"></figure></section>'
        '<section class="productView-details product-data"><div class="productView-product">'
        f'<h1 class="productView-title">{esc(item.name)}</h1><h2 class="productView-brand"><a href="/brands/'
        f'{slug(item.brand)}.html"><span>{esc(item.brand)}</span></a></h2>{price_html}{pay_later(rng, loc, item)}'
        '<div class="productView-rating"><span class="productView-reviewLink"><a href="#product-reviews">'
        f'Write a Review</a></span></div>{info}</div></section><section class="productView-details product-options">'
        f'<div class="productView-options">{add}</div></section>'
        f'<article class="productView-description"><div class="tab-content is-active" id="tab-description">'
        f"<p>{esc(item.description)}</p></div></article></div></div></div>\n"
    )
    if structured:
        offer: dict[str, Any] = {
            "@type": "Offer",
            "priceCurrency": loc.currency,
            "price": float(item.price),
            "availability": schema_stock(item.in_stock),
            "url": url,
            "itemCondition": "https://schema.org/NewCondition",
        }
        data: dict[str, Any] = {
            "@context": "https://schema.org/",
            "@type": "Product",
            "@id": url,
            "url": url,
            "name": item.name,
            "brand": {"@type": "Brand", "name": item.brand},
            "description": item.description,
            "offers": [offer],
        }
        if show_sku:
            data["sku"] = code
        main += ld(data)

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(100, 9999)
        return (
            f'<li class="product"><article class="card" data-test="card-{other}"><figure class="card-figure"><a '
            f'href="/{slug(name)}/" class="card-figure__link"><img src="/products/{other}.jpg" alt="{esc(name)}"></a>'
            f'</figure><div class="card-body"><h3 class="card-title"><a href="/{slug(name)}/">{esc(name)}</a></h3>'
            f'<div class="card-text" data-test-info-type="price"><div class="price-section price-section--withoutTax">'
            f'<span data-product-price-without-tax class="price price--withoutTax">{money(price, loc)}</span></div>'
            f'</div><div class="card-figcaption-body"><a href="/cart.php?action=add&amp;product_id={other}" '
            f'data-event-type="product-click" class="button button--small card-figcaption-button" '
            f'data-product-id="{other}">{"Add to Cart" if stock else "Out of stock"}</a></div></div></article></li>'
        )

    scripts = f"<script>var BCData = {json.dumps(bcdata, ensure_ascii=False)};</script>" + gtm(
        loc, item, str(pid), chrome
    )
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} - {shop}", f'<link rel="canonical" href="{url}">', loc.lang),
        scripts,
        card,
        "page-type-product",
    )
    return Page("bigcommerce", "", url, page_html, truth(item.price, code if show_sku else None, item.in_stock))


def sfcc(rng: random.Random) -> Page:
    """Salesforce Commerce Cloud, the SFRA storefront: data-pid on the product, "Item No." with the master's code,
    strike-through list price and sales price with content attributes, the availability list, SFRA's JSON-LD with
    the variant's pid as its sku."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "de", "fr"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "shoes"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    master = rng.choice(
        [
            f"{rng.randrange(1000000, 9999999)}",
            f"{rng.randrange(10000000, 99999999)}M",
            f"{item.brand[:2].upper()}{rng.randrange(10000, 99999)}",
        ]
    )
    variant_pid = f"{rng.randrange(10**11, 10**12)}"
    label = {"en": "Item No.", "de": "Artikel-Nr.", "fr": "Réf."}[loc.lang]
    avail = {
        "en": ("In Stock", "Out of Stock", "Select Styles for Availability"),
        "de": ("Auf Lager", "Nicht auf Lager", "Wählen Sie Varianten für die Verfügbarkeit"),
        "fr": ("En stock", "En rupture de stock", "Sélectionnez des options pour la disponibilité"),
    }[loc.lang]
    selected = rng.random() < 0.6  # the size chosen in the address: the variant's price and stock are shown
    url = f"https://{host}/{item.handle}/{master}.html" + (f"?dwvar_{master}_size={item.sizes[1]}" if selected else "")

    def price(amount: Decimal, was: Decimal | None) -> str:
        strike = (
            f'<del><span class="strike-through list"><span class="value" content="{was}">{money(was, loc)}'
            f"</span></span></del>"
            if was
            else ""
        )
        return (
            f'<div class="price"><span>{strike}<span class="sales"><span class="value" content="{amount}">'
            f"{money(amount, loc)}</span></span></span></div>"
        )

    sizes = "".join(
        f'<option value="https://{host}/on/demandware.store/Sites-Site/en_US/Product-Variation?'
        f'dwvar_{master}_size={s}&amp;pid={master}&amp;quantity=1" data-attr-value="{s}"'
        f"{' selected' if selected and i == 1 else ''}>{s}</option>"
        for i, s in enumerate(item.sizes)
    )
    availability = (
        '<div class="availability product-availability" '
        f'data-ready-to-order="{str(selected and item.in_stock).lower()}"'
        f' data-available="{str(item.in_stock).lower()}"><div class="row"><div class="col-12"><ul class="list-unstyled '
        f'availability-msg"><li><div>{avail[0] if item.in_stock else avail[1]}</div></li></ul></div></div></div>'
    )
    add = (
        f'<button class="add-to-cart btn btn-primary" data-toggle="modal" data-target="#chooseBonusProductModal" '
        f'data-pid="{variant_pid if selected else master}"'
        + ("" if item.in_stock else " disabled")
        + f'><i class="fa fa-shopping-bag"></i>{w["add"]}</button>'
    )
    main = (
        f'<div class="container product-detail product-wrapper" data-pid="{master}"><div class="row"><div '
        f'class="col-12 col-sm-6"><div class="primary-images"><img src="https://{host}/dw/image/v2/AAAA_PRD/'
        f'{master}_1.jpg" class="d-block img-fluid" alt="{esc(item.name)}" itemprop="image"></div></div>'
        f'<div class="col-12 col-sm-6"><div class="row"><div class="col"><h1 class="product-name">{esc(item.name)}'
        f'</h1></div></div><div class="row"><div class="col"><div class="product-number-rating clearfix">'
        f'<div class="product-number pull-left">{label} <span class="product-id">{esc(master)}</span></div>'
        f'<div class="ratings pull-right"><span class="sr-only">4.2 out of 5 Customer Rating</span></div></div>'
        f'</div></div><div class="attributes"><div class="row" data-attr="size"><div class="col-8"><div '
        f'class="attribute"><label class="size" for="size-1">{w["size"]}</label><select class="custom-select '
        f'form-control select-size" id="size-1"><option value="" selected>Select {w["size"]}</option>{sizes}'
        f'</select></div></div></div><div class="row"><div class="col-8">{availability}</div></div>'
        f'<div class="row"><div class="col-12"><div class="prices">{price(item.price, item.was)}</div></div></div>'
        '</div><div class="prices-add-to-cart-actions"><div class="row"><div class="col-12">'
        '<div class="cart-and-ipay">'
        f'<input type="hidden" class="add-to-cart-url" value="/on/demandware.store/Sites-Site/en_US/Cart-AddProduct">'
        f"{add}</div></div></div></div></div></div>"
        f'<div class="description-and-detail"><div class="row product-attributes"><div class="col-sm-12 col-md-8">'
        f'<div class="description">{esc(item.description)}</div></div></div></div></div>\n'
    )
    if rng.random() < 0.7:
        main += ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": item.name,
                "description": item.description,
                "mpn": master,
                "sku": variant_pid if selected else master,
                "brand": {"@type": "Thing", "name": item.brand},
                "image": [f"https://{host}/{master}_1.jpg"],
                "offers": {
                    "url": url,
                    "@type": "Offer",
                    "priceCurrency": loc.currency,
                    "price": f"{item.price}",
                    "availability": schema_stock(item.in_stock, False),
                },
            }
        )

    def card(name: str, price_value: Decimal, stock: bool) -> str:
        other = rng.randrange(1000000, 9999999)
        return (
            f'<div class="product" data-pid="{other}"><div class="product-tile"><div class="image-container"><a '
            f'href="/{slug(name)}/{other}.html"><img class="tile-image" src="/{other}.jpg" alt="{esc(name)}"></a></div>'
            f'<div class="tile-body"><div class="pdp-link"><a class="link" href="/{slug(name)}/{other}.html">'
            f"{esc(name)}</a></div>{price(price_value, None)}</div></div></div>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(
            f"{item.name} | {shop}",
            f'<link rel="canonical" href="https://{host}/{item.handle}/{master}.html">',
            loc.lang,
        ),
        gtm(loc, item, master, chrome),
        card,
    )
    return Page("sfcc", "", url, page_html, truth(item.price, master, item.in_stock))


def vtex(rng: random.Random) -> Page:
    """VTEX IO (Brazil, Mexico): server-rendered price blocks with instalments, the product reference block, the
    __STATE__ page state in a template, VTEX's structured data with the item id as sku, "Avise-me" when sold out."""
    loc = LOCALES[rng.choice(["br", "br", "mx"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["shoes", "apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com.{'br' if loc.currency == 'BRL' else 'mx'}"
    product_id = str(rng.randrange(1000, 99999))
    item_id = str(rng.randrange(10000, 999999))
    reference = rng.choice(
        [
            f"{rng.randrange(100000, 999999)}",
            f"{item.brand[:3].upper()}{rng.randrange(1000, 9999)}",
            f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
        ]
    )
    show_reference = rng.random() < 0.7
    pt = loc.lang == "pt"
    words = (
        ("Referência", "ou", "x de", "sem juros", "Avise-me quando chegar", "Produto indisponível", "Comprar")
        if pt
        else (
            "Referencia",
            "o",
            "MSI de",
            "sin intereses",
            "Avísame cuando esté disponible",
            "Producto agotado",
            "Agregar al carrito",
        )
    )
    url = f"https://{host}/{item.handle}/p"
    parts = rng.choice([3, 6, 10, 12])
    instalment = (item.price / parts).quantize(Decimal("0.01"))
    css = "vtex-product-price-1-x"
    hidden = "" if item.was else f" {css}-listPrice--hidden"
    price_html = (
        f'<div class="vtex-flex-layout-0-x-flexRow"><span class="{css}-listPrice{hidden}">'
        + (f'<span class="{css}-listPriceValue strike">{money(item.was, loc)}</span>' if item.was else "")
        + f'</span><span class="{css}-sellingPrice"><span class="{css}-sellingPriceValue">'
        f'<span class="{css}-currencyContainer"><span class="{css}-currencyCode">{loc.pattern.split("{")[0].strip()}'
        f'</span><span class="{css}-currencyLiteral">\u00a0</span><span class="{css}-currencyInteger">'
        f'{number(item.price, loc).split(loc.decimal)[0]}</span><span class="{css}-currencyDecimal">{loc.decimal}'
        f'</span><span class="{css}-currencyFraction">{number(item.price, loc).split(loc.decimal)[1]}</span>'
        f"</span></span></span>"
        + (f'<span class="{css}-savings">-{round((1 - item.price / item.was) * 100)}%</span>' if item.was else "")
        + f'</div><span class="{css}-installments">{words[1]} <span class="{css}-installmentsNumber">{parts}</span>'
        f'{words[2]} <span class="{css}-installmentValue">{money(instalment, loc)}</span> {words[3]}</span>'
    )
    if not item.in_stock:
        price_html = ""
    reference_html = (
        '<span class="vtex-product-identifier-0-x-product-identifier vtex-product-identifier-0-x-product-identifier'
        '--productReference"><span class="vtex-product-identifier-0-x-product-identifier__label">'
        f'{words[0]}</span><span class="vtex-product-identifier-0-x-product-identifier__separator">: </span>'
        f'<span class="vtex-product-identifier-0-x-product-identifier__value">{esc(reference)}</span></span>'
        if show_reference
        else ""
    )
    sizes = ""
    if item.sizes:
        sizes = (
            f'<div class="vtex-store-components-3-x-skuSelectorContainer"><div class="vtex-store-components-3-x-'
            f'skuSelectorSubcontainer--{slug(w["size"])}"><span class="vtex-store-components-3-x-skuSelectorName">'
            f"{w['size']}</span>"
            + "".join(
                f'<div class="vtex-store-components-3-x-skuSelectorItem"><div class="vtex-store-components-3-x-'
                f'skuSelectorInternalBox"><span class="vtex-store-components-3-x-skuSelectorItemTextValue">{s}'
                f"</span></div></div>"
                for s in item.sizes
            )
            + "</div></div>"
        )
    buy = (
        f'<button class="vtex-button bw1 ba fw5 v-mid relative pa0 lh-solid br2 min-h-regular t-action bg-action-'
        f'primary" type="button"><div class="vtex-button__label flex items-center justify-center h-100 ph6">'
        f'<div class="vtex-add-to-cart-button-0-x-buttonDataContainer flex justify-center">'
        f'<span class="vtex-add-to-cart-button-0-x-buttonText">{words[6]}</span></div></div></button>'
        if item.in_stock
        else f'<div class="vtex-store-components-3-x-availabilityMessage"><span>{words[5]}</span></div>'
        f'<div class="vtex-store-components-3-x-notifyMeContainer"><form class="vtex-store-components-3-x-form">'
        f'<div class="vtex-store-components-3-x-notifyMeTitle">{words[4]}</div><input type="email" placeholder="'
        f'E-mail"><button type="submit" class="vtex-button">OK</button></form></div>'
    )
    main = (
        '<div class="vtex-store-components-3-x-container ph3 ph5-m ph2-xl mw9 center"><div class="vtex-flex-layout-'
        '0-x-flexRow vtex-flex-layout-0-x-flexRow--product-main"><div class="vtex-store-components-3-x-productImage'
        f'Container"><img class="vtex-store-components-3-x-productImageTag" src="https://{host.split(".")[1]}.vteximg.'
        f'com.br/arquivos/ids/{item_id}/{item.handle}.jpg" alt="{esc(item.name)}"></div><div class="vtex-flex-layout'
        f'-0-x-flexCol"><h1 class="vtex-store-components-3-x-productNameContainer mv0 t-heading-4"><span class="vtex'
        f'-store-components-3-x-productBrand">{esc(item.name)}</span></h1><span class="vtex-store-components-3-x-'
        f'productBrandName">{esc(item.brand)}</span>{reference_html}{price_html}{sizes}{buy}</div></div>'
        f'<div class="vtex-store-components-3-x-productDescriptionContainer"><h2 class="vtex-store-components-3-x-'
        f'productDescriptionTitle">{w["desc"]}</h2><div class="vtex-store-components-3-x-productDescriptionText">'
        f"{esc(item.description)}</div></div></div>\n"
    )
    state = {
        f"Product:sp-{product_id}": {
            "cacheId": f"sp-{product_id}",
            "productId": product_id,
            "productName": item.name,
            "productReference": reference,
            "brand": item.brand,
            "linkText": item.handle,
            "items": [{"type": "id", "generated": True, "id": f"Product:sp-{product_id}.items.0", "typename": "SKU"}],
        },
        f"Product:sp-{product_id}.items.0": {
            "itemId": item_id,
            "name": item.name,
            "ean": item.gtin,
            "sellers": [{"type": "id", "id": f"Product:sp-{product_id}.items.0.sellers.0"}],
        },
        f"$Product:sp-{product_id}.items.0.sellers.0.commertialOffer": {
            "Price": float(item.price) if item.in_stock else 0,
            "ListPrice": float(item.was or item.price) if item.in_stock else 0,
            "PriceWithoutDiscount": float(item.was or item.price) if item.in_stock else 0,
            "AvailableQuantity": 99 if item.in_stock else 0,
            "Installments": [{"Value": float(instalment), "NumberOfInstallments": parts}],
        },
    }
    offers = (
        {
            "@type": "AggregateOffer",
            "lowPrice": float(item.price),
            "highPrice": float(item.price),
            "priceCurrency": loc.currency,
            "offers": [
                {
                    "@type": "Offer",
                    "price": float(item.price),
                    "priceCurrency": loc.currency,
                    "availability": schema_stock(item.in_stock, False),
                    "sku": item_id,
                    "itemCondition": "http://schema.org/NewCondition",
                    "priceValidUntil": "2027-12-07",
                    "seller": {"@type": "Organization", "name": shop},
                }
            ],
            "offerCount": 1,
        }
        if item.in_stock
        else None  # VTEX lists the sellers that have it: none
    )
    product_ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "@id": url,
        "name": item.name,
        "brand": {"@type": "Brand", "name": item.brand},
        "image": f"https://{host}/arquivos/ids/{item_id}.jpg",
        "description": item.description,
        "mpn": product_id,
        "sku": item_id,
        "category": "",
    }
    if offers:
        product_ld["offers"] = offers
    structured = ld(product_ld) if rng.random() < 0.7 else ""
    scripts = (
        f'<template data-type="json" data-varname="__STATE__"><script>'
        f"{json.dumps(state, ensure_ascii=False)}</script></template>"
        + gtm(loc, item, product_id, chrome, None if item.in_stock else Decimal(0))
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            '<section class="vtex-product-summary-2-x-container"><a class="vtex-product-summary-2-x-clearLink" '
            f'href="/{slug(name)}/p"><article class="vtex-product-summary-2-x-element"><h3 class="vtex-product-summary-'
            f'2-x-productNameContainer"><span class="vtex-product-summary-2-x-productBrand">{esc(name)}</span></h3>'
            f'<div class="vtex-product-price-1-x-sellingPrice"><span class="vtex-product-price-1-x-sellingPriceValue">'
            f"{money(price, loc)}</span></div>"
            + ("" if stock else f'<span class="vtex-product-summary-2-x-outOfStock">{w["sold"]}</span>')
            + "</article></a></section>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main + structured,
        head(f"{item.name} - {shop}", f'<link rel="canonical" href="{url}">', loc.lang),
        scripts,
        card,
    )
    return Page(
        "vtex",
        "",
        url,
        page_html,
        truth(item.price if item.in_stock else None, reference if show_reference else None, item.in_stock),
    )


def nextjs(rng: random.Random) -> Page:
    """A headless Next.js storefront: server-rendered utility-class markup, the product in __NEXT_DATA__ (price
    objects, variants with their own skus, availableForSale), a "Style #" line, "Notify me" when sold out."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "au"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "shoes"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    style_code = f"{item.brand[:2].upper()}{rng.randrange(1000, 9999)}-{rng.randrange(1, 999):03d}"
    show_style = rng.random() < 0.6
    label = rng.choice(["Style #", "Style:", "Item #", "Product code:"])
    url = f"https://{host}/products/{item.handle}"
    variants = [
        {
            "id": f"gid://shopify/ProductVariant/{rng.randrange(10**13, 10**14)}",
            "title": s,
            "sku": f"{style_code}-{s}",
            "availableForSale": item.in_stock and (i % 3 != 2),
            "price": {"amount": f"{item.price}", "currencyCode": loc.currency},
            "compareAtPrice": {"amount": f"{item.was}", "currencyCode": loc.currency} if item.was else None,
        }
        for i, s in enumerate(item.sizes)
    ]
    if item.in_stock and not any(v["availableForSale"] for v in variants):
        variants[0]["availableForSale"] = True
    next_data = {
        "props": {
            "pageProps": {
                "product": {
                    "id": f"gid://shopify/Product/{rng.randrange(10**12, 10**13)}",
                    "handle": item.handle,
                    "title": item.name,
                    "vendor": item.brand,
                    "availableForSale": item.in_stock,
                    "styleNumber": style_code if show_style else None,
                    "priceRange": {
                        "minVariantPrice": {"amount": f"{item.price}", "currencyCode": loc.currency},
                        "maxVariantPrice": {"amount": f"{item.price}", "currencyCode": loc.currency},
                    },
                    "variants": {"edges": [{"node": v} for v in variants]},
                },
                "recommendations": [
                    {"title": n, "price": {"amount": f"{p}", "currencyCode": loc.currency}} for n, p, _ in item.related
                ],
            },
            "__N_SSG": True,
        },
        "page": "/products/[handle]",
        "query": {"handle": item.handle},
        "buildId": "k2Pq8sVx1",
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    price_html = (
        f'<div class="mt-3 flex items-baseline gap-x-3"><p class="text-2xl font-semibold tracking-tight text-gray-900"'
        f">{money(item.price, loc)}</p>"
        + (
            f'<p class="text-base text-gray-500 line-through"><span class="sr-only">Original price</span>'
            f"{money(item.was, loc)}</p>"
            if item.was
            else ""
        )
        + "</div>"
    )
    sizes = "".join(
        f'<label class="group relative flex items-center justify-center rounded-md border py-3 px-4 text-sm '
        f'font-medium uppercase{"" if v["availableForSale"] else " cursor-not-allowed bg-gray-50 text-gray-200"}">'
        f'<input type="radio" name="size-choice" value="{v["title"]}" class="sr-only"'
        f"{'' if v['availableForSale'] else ' disabled'}><span>{v['title']}</span></label>"
        for v in variants
    )
    button = (
        '<button type="submit" class="mt-8 flex w-full items-center justify-center rounded-md border border-transparent'
        ' bg-indigo-600 px-8 py-3 text-base font-medium text-white hover:bg-indigo-700">'
        f"{rng.choice(['Add to bag', w['add']])}"
        "</button>"
        if item.in_stock
        else '<button type="button" disabled class="mt-8 flex w-full items-center justify-center rounded-md '
        "bg-gray-300 "
        f'px-8 py-3 text-base font-medium text-white">{w["sold"]}</button><button type="button" class="mt-3 w-full '
        'rounded-md border px-8 py-3 text-sm">Notify me when available</button>'
    )
    main = (
        '<div class="bg-white"><div class="pb-16 pt-6 sm:pb-24"><div class="mx-auto mt-8 max-w-2xl px-4 sm:px-6 '
        'lg:max-w-7xl lg:px-8"><div class="lg:grid lg:auto-rows-min lg:grid-cols-12 lg:gap-x-8"><div class="lg:col-'
        'span-5 lg:col-start-8"><div class="flex justify-between">'
        f'<h1 class="text-xl font-medium text-gray-900">{esc(item.name)}</h1></div>'
        f'<p class="text-sm text-gray-500">{esc(item.brand)}</p>{price_html}'
        + (f'<p class="mt-2 text-xs text-gray-500">{label} {esc(style_code)}</p>' if show_style else "")
        + f'</div><div class="mt-8 lg:col-span-7 lg:col-start-1 lg:row-span-3 lg:row-start-1 lg:mt-0"><img src="/_next/'
        f'image?url=%2Fimages%2F{item.handle}.jpg&amp;w=1080&amp;q=75" alt="{esc(item.name)}" class="rounded-lg">'
        f'</div><div class="mt-8 lg:col-span-5"><form><div class="mt-8"><h2 class="text-sm font-medium text-gray-900">'
        f'{w["size"]}</h2><fieldset class="mt-2"><div class="grid grid-cols-3 gap-3 sm:grid-cols-6">{sizes}</div>'
        f'</fieldset></div>{button}</form><div class="mt-10"><h2 class="text-sm font-medium text-gray-900">'
        f'{w["desc"]}</h2><div class="prose prose-sm mt-4 text-gray-500"><p>{esc(item.description)}</p></div></div>'
        "</div></div></div></div></div>\n"
    )
    if rng.random() < 0.5:
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                "brand": {"@type": "Brand", "name": item.brand},
                "image": f"https://{host}/images/{item.handle}.jpg",
                "offers": {
                    "@type": "AggregateOffer",
                    "availability": schema_stock(item.in_stock),
                    "priceCurrency": loc.currency,
                    "highPrice": f"{item.price}",
                    "lowPrice": f"{item.price}",
                },
            }
        )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<div class="group relative"><div class="aspect-h-1 aspect-w-1 w-full overflow-hidden rounded-md"><img '
            f'src="/_next/image?url=%2F{slug(name)}.jpg&amp;w=384" alt="{esc(name)}"></div><div class="mt-4 flex '
            f'justify-between"><h3 class="text-sm text-gray-700"><a href="/products/{slug(name)}">{esc(name)}</a></h3>'
            f'<p class="text-sm font-medium text-gray-900">{money(price, loc)}</p></div></div>'
        )

    scripts = (
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}'
        "</script>" + gtm(loc, item, style_code, chrome)
    )
    page_html = wrap(shop, loc, chrome, item, main, head(f"{item.name} | {shop}", "", loc.lang), scripts, card)
    page_html = page_html.replace('<body class="">', '<body class=""><div id="__next">', 1).replace(
        "</main>", "</main></div>", 1
    )
    return Page("nextjs", "", url, page_html, truth(item.price, style_code if show_style else None, item.in_stock))


def amazon(rng: random.Random) -> Page:
    """An Amazon-like buy box: a-offscreen prices, "List Price" struck through, "Currently unavailable" with no
    price, the ASIN in the details table, other sellers "from", a bought-in-past-month count, frequently bought
    together with prices, Subscribe & Save."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "de", "fr"])]
    item = draw_item(rng, loc, stock=0.75)
    chrome = Chrome.draw(rng, loc)
    tld = {"USD": "com", "GBP": "co.uk"}.get(loc.currency, "de" if loc.lang == "de" else "fr")
    host = f"www.amazon.{tld}"
    asin = "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    words = {
        "en": (
            "In Stock",
            "Currently unavailable.",
            "We don't know when or if this item will be back in stock.",
            "List Price:",
            "Add to Cart",
            "Buy Now",
            "bought in past month",
            "Other Sellers on Amazon",
            "New (%d) from",
            "Product details",
            "Customer Reviews",
            "Best Sellers Rank",
            "out of 5 stars",
            "ratings",
            "Ships from",
            "Sold by",
            "Frequently bought together",
            "Visit the %s Store",
        ),
        "de": (
            "Auf Lager",
            "Derzeit nicht verfügbar.",
            "Ob und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt.",
            "Unverb. Preisempf.:",
            "In den Einkaufswagen",
            "Jetzt kaufen",
            "Mal im letzten Monat gekauft",
            "Andere Verkäufer auf Amazon",
            "Neu (%d) ab",
            "Produktinformation",
            "Kundenrezensionen",
            "Amazon Bestseller-Rang",
            "von 5 Sternen",
            "Sternebewertungen",
            "Versand durch",
            "Verkauf durch",
            "Wird oft zusammen gekauft",
            "Besuche den %s-Store",
        ),
        "fr": (
            "En stock",
            "Actuellement indisponible.",
            "Nous ne savons pas quand cet article sera de nouveau approvisionné ni s'il le sera.",
            "Prix conseillé :",
            "Ajouter au panier",
            "Acheter cet article",
            "achetés au cours du mois dernier",
            "Autres vendeurs sur Amazon",
            "Neuf (%d) à partir de",
            "Détails du produit",
            "Commentaires client",
            "Classement des meilleures ventes d'Amazon",
            "sur 5 étoiles",
            "évaluations",
            "Expédié par",
            "Vendu par",
            "Fréquemment achetés ensemble",
            "Visiter la boutique %s",
        ),
    }[loc.lang]
    url = f"https://{host}/{item.handle}/dp/{asin}"

    def a_price(amount: Decimal, extra: str = "") -> str:
        whole, _, fraction = number(amount, loc).rpartition(loc.decimal)
        symbol = loc.pattern.replace("{}", "").strip()
        return (
            f'<span class="a-price{extra}" data-a-size="xl" data-a-color="base"><span class="a-offscreen">'
            f'{money(amount, loc)}</span><span aria-hidden="true"><span class="a-price-symbol">{symbol}</span>'
            f'<span class="a-price-whole">{whole}<span class="a-price-decimal">{loc.decimal}</span></span>'
            f'<span class="a-price-fraction">{fraction}</span></span></span>'
        )

    bought = rng.choice(["", "1K+", "500+", "200+", "50+"])
    rating = f"{rng.randrange(30, 50) / 10}"
    count = rng.randrange(12, 40000)
    sellers = rng.randrange(2, 12)
    other_from = (item.price * Decimal("0.93")).quantize(Decimal("0.01"))
    if item.in_stock:
        price_block = (
            '<div id="corePriceDisplay_desktop_feature_div" class="celwidget"><div class="a-section a-spacing-none '
            'aok-align-center aok-relative">'
            + (
                f'<span class="a-size-large a-color-price savingPriceOverride aok-align-center reinventPriceSavingsPer'
                f'centageMargin savingsPercentage">-{round((1 - item.price / item.was) * 100)}%</span>'
                if item.was
                else ""
            )
            + a_price(item.price, " aok-align-center reinventPricePriceToPayMargin priceToPay")
            + "</div>"
            + (
                f'<div class="a-section a-spacing-small aok-align-center"><span class="a-size-small a-color-secondary '
                f'aok-align-center basisPrice">{words[3]} <span class="a-price a-text-price" data-a-size="s" '
                f'data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">{money(item.was, loc)}</span>'
                f'<span aria-hidden="true">{money(item.was, loc)}</span></span></span></div>'
                if item.was
                else ""
            )
            + "</div>"
        )
        availability = (
            f'<div id="availability" class="a-section a-spacing-base"><span class="a-size-medium '
            f'a-color-success">{words[0]}</span></div>'
        )
        buybox = (
            f'<div id="buybox"><form method="post" id="addToCart" action="/gp/product/handle-buy-box/ref=dp_start-bbf_1'
            f'_glance"><input type="hidden" id="ASIN" name="ASIN" value="{asin}"><input type="hidden" name="'
            f'offerListingID" value="kL%2Bx9Qd"><div id="qualifiedBuybox">{price_block}{availability}'
            f'<select name="quantity" id="quantity">'
            + "".join(f'<option value="{n}">{n}</option>' for n in range(1, 11))
            + f'</select><span class="a-button a-spacing-small a-button-primary a-button-icon" id="a-autoid-0">'
            f'<span class="a-button-inner"><input id="add-to-cart-button" name="submit.add-to-cart" title="{words[4]}'
            f'" class="a-button-input" type="submit" value="{words[4]}"><span id="submit.add-to-cart-announce" '
            f'class="a-button-text" aria-hidden="true">{words[4]}</span></span></span><span class="a-button '
            f'a-button-oneclick"><span class="a-button-inner"><input id="buy-now-button" name="submit.buy-now" '
            f'class="a-button-input" type="submit"><span class="a-button-text" id="submit.buy-now-announce">'
            f'{words[5]}</span></span></span><div class="tabular-buybox-container"><div class="tabular-buybox-text">'
            f'<span class="a-size-small">{words[14]}</span> <span class="a-size-small">Amazon</span></div>'
            f'<div class="tabular-buybox-text"><span class="a-size-small">{words[15]}</span> '
            '<span class="a-size-small">'
            f"Amazon</span></div></div></div></form></div>"
        )
        subscribe = ""
        if loc.currency == "USD" and rng.random() < 0.3:
            snsp = (item.price * Decimal("0.95")).quantize(Decimal("0.01"))
            subscribe = (
                f'<div id="snsAccordionRowMiddle"><span class="a-text-bold">Subscribe &amp; Save:</span> '
                f'<span class="a-price"><span class="a-offscreen">{money(snsp, loc)}</span></span> '
                f"<span>(5%)</span></div>"
            )
        buybox = subscribe + buybox
    else:
        buybox = (
            f'<div id="outOfStock" class="a-box"><div class="a-box-inner"><div id="availability" class="a-section '
            f'a-spacing-none"><span class="a-size-medium a-color-price">{words[1]}</span><br><span class="a-size-base">'
            f"{words[2]}</span></div></div></div>"
        )
    other = (
        f'<div id="olp_feature_div"><div class="a-section a-spacing-small a-spacing-top-small"><span><a class="a-link-'
        f'normal" href="/gp/offer-listing/{asin}/ref=dp_olp_NEW_mbc?condition=new"><span>{words[8] % sellers}</span> '
        f'<span class="a-price" data-a-size="s"><span class="a-offscreen">{money(other_from, loc)}</span>'
        f'<span aria-hidden="true">{money(other_from, loc)}</span></span></a></span></div></div>'
        if item.in_stock and rng.random() < 0.5
        else ""
    )
    together = ""
    # Bought together with the product: shown only while it can be bought.
    if item.related and rng.random() < 0.6 and item.in_stock:
        together = (
            f'<div id="sims-fbt" class="celwidget"><h2 class="a-size-medium">{words[16]}</h2><ul class="a-unordered-'
            f'list">'
            + "".join(
                f'<li><span class="a-size-base">{esc(n)}</span> {a_price(p)}</li>' for n, p, _ in item.related[:2]
            )
            + "</ul></div>"
        )
    details = (
        f'<div id="detailBullets_feature_div"><h2>{words[9]}</h2><ul class="a-unordered-list a-nostyle a-vertical '
        f'a-spacing-none detail-bullet-list"><li><span class="a-list-item"><span class="a-text-bold">Manufacturer'
        f'\u200f:\u200e </span><span>{esc(item.brand)}</span></span></li><li><span class="a-list-item"><span class="'
        f'a-text-bold">ASIN \u200f:\u200e </span><span>{asin}</span></span></li><li><span class="a-list-item"><span '
        f'class="a-text-bold">{words[11]}:</span> #{rng.randrange(100, 90000):,} in Home &amp; Kitchen</span></li>'
        f"</ul></div>"
        if rng.random() < 0.5
        else f'<table id="productDetails_detailBullets_sections1" class="a-keyvalue prodDetTable" role="presentation">'
        f'<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">ASIN</th><td class="a-size-base '
        f'prodDetAttrValue">{asin}</td></tr><tr><th class="a-color-secondary a-size-base prodDetSectionEntry">'
        f'{words[10]}</th><td class="a-size-base">{rating} {words[12]} {count:,} {words[13]}</td></tr></table>'
    )
    main = (
        f'<div id="dp" class="a-container"><div id="dp-container" class="a-container"><div id="ppd"><div '
        f'id="leftCol"><div id="imgTagWrapperId" class="imgTagWrapper"><img alt="{esc(item.name)}" src="https://m.media-'
        f'amazon.com/images/I/{asin[2:]}L._AC_SX679_.jpg" id="landingImage"></div></div><div id="centerCol">'
        f'<div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="/stores/{slug(item.brand)}">'
        f'{words[17] % esc(item.brand)}</a></div><div id="titleSection"><h1 id="title" class="a-size-large a-spacing-'
        f'none"><span id="productTitle" class="a-size-large product-title-word-break">{esc(item.name)}</span></h1>'
        f'</div><div id="averageCustomerReviews"><span class="a-icon-alt">{rating} {words[12]}</span>'
        f'<span id="acrCustomerReviewText" class="a-size-base">{count:,} {words[13]}</span></div>'
        + (
            f'<div id="socialProofingAsinFaceout_feature_div"><span class="a-text-bold">{bought}</span> '
            f"{words[6]}</div>"
            if bought
            else ""
        )
        + f'<hr>{price_block if item.in_stock else ""}<div id="feature-bullets"><ul><li><span class="a-list-item">'
        f'{esc(item.description)}</span></li></ul></div></div><div id="rightCol">{buybox}{other}</div></div>'
        f"{together}{details}</div></div>\n"
    )
    main = main.replace('id="corePriceDisplay_desktop_feature_div"', 'id="corePriceDisplay_desktop_feature_div"', 1)
    page_html = head(f"Amazon.{tld}: {item.name}", f'<link rel="canonical" href="{url}">', loc.lang) + (
        f'<body class="a-m-us a-aui_72554-c"><div id="a-page"><header id="navbar"><a href="/" id="nav-logo-sprites">'
        f'Amazon</a><span id="nav-cart-count">{len(chrome.cart_items)}</span></header>{main}'
        '<div id="navFooter"><a href="/gp/help">Help</a></div></div></body></html>'
    )
    return Page("amazon", "", url, page_html, truth(item.price if item.in_stock else None, asin, item.in_stock))


def korean(rng: random.Random) -> Page:
    """A Korean open-market page (Coupang-, 11st-, Gmarket-like): prices in 원, a card-discount price and monthly
    instalments beside the price, "상품번호" in the info table, "품절"/"일시품절", two buy buttons."""
    loc = LOCALES["kr"]
    w = WORDS["ko"]
    item = draw_item(rng, loc, sizes=rng.choice(["kr", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["다온마켓", "한빛몰", "누리샵"])
    host = rng.choice(["www.daonmarket.co.kr", "shop.hanbit.kr", "www.nurishop.com"])
    code = str(rng.randrange(10**9, 10**10))
    show_code = rng.random() < 0.8
    label = rng.choice(["상품번호", "상품코드"])
    won_symbol = rng.random() < 0.2
    url = f"https://{host}/vp/products/{code}" if rng.random() < 0.5 else f"https://{host}/goods/view?no={code}"

    def won(amount: Decimal) -> str:
        return f"₩{number(amount, loc)}" if won_symbol else money(amount, loc)

    card_price = (item.price * Decimal("0.93") / 10).quantize(Decimal(1)) * 10
    months = rng.choice([3, 6, 12])
    monthly = (item.price / months).quantize(Decimal(1))
    price_html = (
        '<div class="prod-price">'
        + (
            '<div class="prod-origin-price"><span class="discount-rate">'
            f"{round((1 - item.price / item.was) * 100)}"
            f'%</span><del class="origin-price">{won(item.was)}</del></div>'
            if item.was
            else ""
        )
        + f'<div class="prod-sale-price"><span class="total-price"><strong>{number(item.price, loc)}'
        + ("" if won_symbol else '<span class="unit">원</span>')
        + "</strong></span></div>"
        + (
            '<div class="prod-card-price"><span class="card-label">카드할인가</span> '
            f"<strong>{won(card_price)}</strong>"
            f"</div>"
            if rng.random() < 0.5
            else ""
        )
        + f'<div class="prod-installment">월 {won(monthly)} ({months}개월 무이자)</div></div>'
    )
    buttons = (
        f'<div class="prod-buy-btn-area"><button type="button" class="prod-cart-btn">{w["add"]}</button>'
        '<button type="button" class="prod-buy-btn">바로구매</button></div>'
        if item.in_stock
        else '<div class="prod-buy-btn-area">'
        f'<div class="oos-label">{rng.choice(["품절", "일시품절"])}</div><button type='
        '"button" class="prod-restock-btn">재입고 알림 신청</button></div>'
    )
    options = ""
    if item.sizes:
        options = (
            f'<div class="prod-option"><select class="prod-option__select" name="option"><option value="">'
            f"{w['size']} 선택</option>"
            + "".join(f'<option value="{s}">{s}{"" if item.in_stock else " (품절)"}</option>' for s in item.sizes)
            + "</select></div>"
        )
    table = (
        '<table class="prod-delivery-return-policy-table"><tbody>'
        + (f"<tr><th>{label}</th><td>{code}</td></tr>" if show_code else "")
        + f"<tr><th>브랜드</th><td>{esc(item.brand)}</td></tr><tr><th>배송비</th><td>무료배송</td></tr>"
        f"<tr><th>원산지</th><td>국내산</td></tr></tbody></table>"
    )
    main = (
        f'<div class="prod-atf"><div class="prod-image"><img src="//image.{host}/{code}.jpg" alt="{esc(item.name)}">'
        f'</div><div class="prod-buy"><div class="prod-buy-header"><a class="prod-brand-name" href="/brand/'
        f'{slug(item.brand)}">{esc(item.brand)}</a><h2 class="prod-buy-header__title">{esc(item.name)}</h2>'
        f'<div class="prod-buy-header__rating"><span class="rating-star-num" style="width:90%"></span><span class="'
        f'count">{rng.randrange(10, 9000):,}개 상품평</span></div></div>{price_html}'
        f'<div class="prod-shipping-fee-message">무료배송 · 내일({rng.choice(["목", "금", "토"])}) 도착 보장</div>'
        f'{options}{buttons}</div></div><div class="prod-description"><h3>{w["desc"]}</h3>{table}'
        f"<p>{esc(item.description)}</p></div>\n"
    )
    head_extra = f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:type" content="product">' + (
        f'<meta property="product:price:amount" content="{item.price}"><meta property="product:price:'
        f'currency" content="KRW">'
        if rng.random() < 0.5
        else ""
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="recommend-item"><a href="/vp/products/{rng.randrange(10**9, 10**10)}"><img src="/r.jpg">'
            f'<div class="name">{esc(name)}</div><div class="price-area"><strong class="price-value">'
            f"{number(price, loc)}</strong>원</div>{'' if stock else '<span class=soldout>품절</span>'}</a></li>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {shop}", head_extra, "ko"),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("korean", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))


def japanese(rng: random.Random) -> Page:
    """A Japanese mall shop (Rakuten-, Yahoo-like): "3,980円（税込）" or "￥3,980", points earned beside the price,
    a free-shipping threshold in yen, "商品番号：" with a full-width colon, "在庫あり"/"売り切れ"."""
    loc = LOCALES["jp"]
    w = WORDS["ja"]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["くらしの道具店 みなも", "アウトドアショップ 風見", "雑貨のこのは"])
    store = rng.choice(["minamo", "kazami", "konoha"])
    code = rng.choice(
        [
            f"{store}-{rng.randrange(1000, 9999)}",
            f"{rng.randrange(10**7, 10**8)}",
            f"{item.brand[:2].lower()}{rng.randrange(100, 999)}",
        ]
    )
    show_code = rng.random() < 0.85
    label = rng.choice(["商品番号", "品番", "商品コード"])
    colon = rng.choice(["：", ":", " "])
    yen_prefix = rng.random() < 0.3
    url = f"https://item.{rng.choice(['rakuten.co.jp', 'shopping.yahoo.co.jp'])}/{store}/{code}/"
    points = int(item.price / 100)

    def yen(amount: Decimal) -> str:
        return f"￥{number(amount, loc)}" if yen_prefix else money(amount, loc)

    stock_line = (
        rng.choice(["在庫あり", "残りわずか", "在庫あり（即納）"])
        if item.in_stock
        else rng.choice(["売り切れました", "在庫切れ", "SOLD OUT"])
    )
    price_html = (
        '<div class="price-area">'
        + (
            f'<div class="original-price">通常価格 <span class="strike">{yen(item.was)}</span></div>'
            if item.was
            else ""
        )
        + f'<div class="price2">{"セール価格 " if item.was else "価格 "}<span class="price--value">{yen(item.price)}'
        f'</span><span class="tax">（税込）</span><span class="shipping">送料無料</span></div>'
        f'<div class="point"><span class="point-value">{points}</span>ポイント（1倍）</div></div>'
    )
    buy = (
        f'<form action="https://basket.example.jp/rms/mall/bs/cartadd/" method="post"><input type="hidden" '
        f'name="itemid" value="{rng.randrange(10**7, 10**8)}"><span class="units">{w["qty"]}</span><input type="text" '
        f'name="units" value="1" size="3"><button type="submit" class="cart-button">{w["add"]}</button>'
        "</form>"
        if item.in_stock
        else f'<div class="soldout-button">{w["sold"]}</div><a class="restock" href="#">再入荷お知らせ</a>'
    )
    options = ""
    if item.sizes:
        options = (
            '<table class="item-option"><tr><th>サイズ</th><td><select name="size">'
            + "".join(f"<option>{s}</option>" for s in item.sizes)
            + "</select></td></tr></table>"
        )
    main = (
        f'<div id="pagebody"><table width="100%" class="item-main"><tr><td class="image"><img src="https://image.'
        f'example.jp/{store}/{code}.jpg" alt="{esc(item.name)}"></td><td class="info"><span class="catch_copy">'
        f'【{esc(item.brand)}】</span><h1 class="item_name">{esc(item.name)}</h1>'
        + (f'<span class="item_number">{label}{colon}{esc(code)}</span>' if show_code else "")
        + f'{price_html}<div class="stock">{stock_line}</div>{options}{buy}</td></tr></table>'
        f'<div class="item_desc"><h2>{w["desc"]}</h2><p>{esc(item.description)}</p><p>※{number(chrome.threshold, loc)}'
        "円以上のご注文で送料無料</p></div></div>\n"
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="recommend"><a href="/{store}/{rng.randrange(1000, 9999)}/"><img src="/r.jpg"><p>'
            f'{esc(name)}</p><p class="price">{yen(price)}</p>{"" if stock else "<p>売り切れ</p>"}</a></li>'
        )

    head_extra = f'<meta property="og:title" content="{esc(item.name)}"><meta property="og:type" content="product">'
    if rng.random() < 0.3:
        head_extra += ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": item.name,
                "brand": {"@type": "Brand", "name": item.brand},
                "offers": {
                    "@type": "Offer",
                    "price": int(item.price),
                    "priceCurrency": "JPY",
                    "availability": schema_stock(item.in_stock, False),
                },
            }
        )
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"【楽天市場】{item.name}：{shop}", head_extra, "ja"),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("japanese", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))


def chinese(rng: random.Random) -> Page:
    """A Chinese shop (JD-, Tmall-like): "￥199.00" split over spans, a member price beside it, "商品编号：",
    "有货"/"无货", "加入购物车", a coupon line with its own amounts."""
    loc = LOCALES["cn"]
    w = WORDS["zh"]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["优品生活旗舰店", "山川户外专营店", "木子家居官方店"])
    code = str(rng.randrange(10**11, 10**12))
    show_code = rng.random() < 0.85
    full_width = rng.random() < 0.6
    yuan_unit = rng.random() < 0.2
    url = f"https://item.{rng.choice(['jd.example.cn', 'shop.example.com.cn'])}/{code}.html"
    sign = "￥" if full_width else "¥"

    def rmb(amount: Decimal, css: str = "price") -> str:
        if yuan_unit:
            return f'<span class="{css}">{amount}元</span>'
        return f'<span class="p-price"><span>{sign}</span><span class="{css} J-p-{code}">{amount}</span></span>'

    member = (item.price * Decimal("0.95")).quantize(Decimal("0.01"))
    coupon = Decimal(rng.choice([5, 10, 20]))
    price_html = (
        '<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">'
        f'{"促销价" if item.was else "京东价"}</div><div class="dd">{rmb(item.price)}'
        + (f'<del class="p-del">{sign}{item.was}</del>' if item.was else "")
        + f'</div></div><div class="summary-plus"><span class="plus-price">PLUS会员价 {sign}{member}</span></div>'
        f'<div class="summary-quan"><span class="quan-item">满{int(item.price) + 50}减{coupon}</span></div></div>'
    )
    stock = (
        f'<div id="summary-stock"><div class="dt">配送至</div><div class="dd"><div class="store-prompt"><strong>'
        f"{w['instock'] if item.in_stock else w['out']}</strong>{'，下单后48小时内发货' if item.in_stock else ''}"
        "</div></div></div>"
    )
    buy = (
        f'<div class="btn-box"><a href="//cart.example.cn/gate.action?pid={code}&amp;pcount=1&amp;ptype=1" id="InitCart'
        f'Url" class="btn-special1 btn-lg">{w["add"]}</a><a href="#" class="btn-special2 btn-lg">立即购买</a></div>'
        if item.in_stock
        else f'<div class="btn-box"><a href="#none" class="btn-disable btn-lg">{w["add"]}</a><a id="btn-notice" '
        f'class="btn-special2 btn-lg" href="#">到货通知</a></div>'
    )
    options = ""
    if item.sizes:
        options = (
            f'<div id="choose-attr-2" class="li p-choose"><div class="dt">选择{w["size"]}</div><div class="dd">'
            + "".join(f'<div class="item"><a href="#">{s}</a></div>' for s in item.sizes)
            + "</div></div>"
        )
    main = (
        f'<div class="w"><div class="product-intro clearfix"><div class="preview-wrap"><img id="spec-img" src="//img.'
        f'example.cn/n1/{code}.jpg" alt="{esc(item.name)}"></div><div class="itemInfo-wrap"><div class="sku-name">'
        f'{esc(item.name)}</div><div class="news"><div class="item">【{esc(item.brand)}】正品保障 7天无理由退货</div>'
        "</div>"
        f'{price_html}{stock}{options}<div id="choose-btns" class="choose-btns clearfix"><div class="choose-amount">'
        f'<input class="buy-num" value="1"></div>{buy}</div></div></div><div class="detail"><div class="p-parameter">'
        '<ul class="parameter2 p-parameter-list">'
        + (f'<li title="{code}">商品编号：{code}</li>' if show_code else "")
        + f"<li>品牌：{esc(item.brand)}</li><li>商品毛重：{rng.randrange(1, 20) / 10}kg</li></ul></div>"
        f'<div class="detail-content">{esc(item.description)}</div></div></div>\n'
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="rec-item"><a href="//item.example.cn/{rng.randrange(10**11, 10**12)}.html"><div class="p-'
            f'name">{esc(name)}</div><div class="p-price">{sign}{price}</div></a></li>'
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name}【行情 报价 价格 评测】-{shop}", "", "zh-CN"),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("chinese", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))


def classifieds(rng: random.Random) -> Page:
    """A classifieds ad (Gumtree-, Kleinanzeigen-, Leboncoin-like): a price (sometimes "VB", negotiable), no
    product code, "Contact seller"/"Reply", view counts and a phone button; an open ad is there to be bought."""
    loc = LOCALES[rng.choice(["gb", "de", "fr", "us"])]
    item = draw_item(rng, loc, sale=0, stock=1, sizes="none")
    item.price = Decimal(rng.randrange(5, 900) * rng.choice([1, 1, 5]))
    chrome = Chrome.draw(rng, loc)
    host = {"en": "www.classifieds.example", "de": "www.kleinanzeigen.example", "fr": "www.annonces.example"}[loc.lang]
    ad = rng.randrange(10**9, 10**10)
    words = {
        "en": (
            "Contact seller",
            "Reply",
            "Show number",
            "Posted",
            "days ago",
            "views",
            "Description",
            "Condition",
            "Used - good",
            "Report ad",
            "Make an offer",
        ),
        "de": (
            "Nachricht schreiben",
            "Anfragen",
            "Nummer anzeigen",
            "Eingestellt vor",
            "Tagen",
            "Besucher",
            "Beschreibung",
            "Zustand",
            "Gut",
            "Anzeige melden",
            "Preisvorschlag",
        ),
        "fr": (
            "Contacter",
            "Répondre",
            "Voir le numéro",
            "Publiée il y a",
            "jours",
            "vues",
            "Description",
            "État",
            "Bon état",
            "Signaler l'annonce",
            "Faire une offre",
        ),
    }[loc.lang]
    negotiable = loc.lang == "de" and rng.random() < 0.5
    money_text = money(item.price, loc) if item.price % 1 else loc.pattern.format(number(item.price, loc, 0))
    url = f"https://{host}/ad/{slug(item.name)}/{ad}"
    main = (
        f'<div class="vip"><div class="vip-gallery"><img src="https://img.{host}/{ad}/1.jpg" alt="{esc(item.name)}">'
        f'</div><section class="vip-details"><h1 class="ad-title">{esc(item.name)}</h1>'
        f'<h2 class="ad-price" id="viewad-price">{money_text}{" VB" if negotiable else ""}</h2>'
        '<div class="ad-meta"><span class="ad-location">'
        f"{rng.choice(['Leeds', 'Bristol', 'München', 'Lyon', 'Austin'])}"
        f"</span> · <span>{words[3]} {rng.randrange(1, 20)} {words[4]}</span> · <span>{rng.randrange(20, 3000)} "
        f'{words[5]}</span></div><dl class="ad-attributes"><dt>{words[7]}</dt><dd>{words[8]}</dd></dl>'
        f'<div class="ad-description"><h3>{words[6]}</h3><p>{esc(item.description)} '
        f"{rng.choice(['Collection only.', 'Smoke-free home.', 'Barely used.', ''])}</p></div></section>"
        f'<aside class="seller-box"><div class="seller-name">{rng.choice(["Sam", "Jonas", "Camille", "Alex"])}</div>'
        f'<div class="seller-since">Member since 20{rng.randrange(10, 25)}</div>'
        f'<button class="button button-primary contact-seller" type="button">{rng.choice(words[:2])}</button>'
        f'<button class="button show-phone" type="button">{words[2]}</button>'
        + (f'<button class="button make-offer" type="button">{words[10]}</button>' if rng.random() < 0.4 else "")
        + f'<a class="report" href="/report/{ad}">{words[9]}</a></aside></div>\n'
    )
    if rng.random() < 0.4:
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                "offers": {
                    "@type": "Offer",
                    "price": f"{item.price}",
                    "priceCurrency": loc.currency,
                    "itemCondition": "https://schema.org/UsedCondition",
                    "availability": "https://schema.org/InStock",
                },
            }
        )
    item.related = [(n, Decimal(rng.randrange(5, 900)), True) for n, _, _ in item.related]
    chrome.cart_items = []
    page_html = wrap(
        "Classifieds",
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {host}", "", loc.lang),
        gtm(loc, item, str(ad), chrome),
    )
    return Page("classifieds", "", url, page_html, truth(item.price, None, True))


def marketplace(rng: random.Random) -> Page:
    """A marketplace (Walmart-, bol-, Fnac-like): the buy box's seller and price, "Now/Was", other sellers from a
    lower price with their own buttons, structured data whose AggregateOffer spans every seller, "Item #"."""
    loc = LOCALES[rng.choice(["us", "nl", "fr", "de"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes="none", stock=0.75)
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["Mercado Central", "Bazaar One", "Shopwell"])
    host = f"www.{slug(shop)}.com"
    code = str(rng.randrange(10**8, 10**10))
    show_code = rng.random() < 0.7
    words = {
        "en": (
            "Item #",
            "Sold and shipped by",
            "More seller options",
            "Starting from",
            "Now",
            "Was",
            "Get in-stock alert",
            "Compare all sellers",
            "Pro Seller",
        ),
        "nl": (
            "Artikelnummer",
            "Verkoop door",
            "Andere verkopers",
            "vanaf",
            "Nu",
            "Was",
            "Houd me op de hoogte",
            "Vergelijk alle verkopers",
            "Partner",
        ),
        "fr": (
            "Réf. produit",
            "Vendu et expédié par",
            "Autres vendeurs",
            "à partir de",
            "Maintenant",
            "Avant",
            "M'alerter du retour en stock",
            "Comparer les vendeurs",
            "Vendeur pro",
        ),
        "de": (
            "Artikel-Nr.",
            "Verkauf und Versand durch",
            "Weitere Angebote",
            "ab",
            "Jetzt",
            "Vorher",
            "Benachrichtigen, wenn verfügbar",
            "Alle Angebote vergleichen",
            "Profi-Händler",
        ),
    }[loc.lang]
    seller_prices = sorted(
        (item.price * Decimal(rng.choice(["0.92", "0.97", "1.04", "1.10"]))).quantize(Decimal("0.01"))
        for _ in range(rng.randrange(1, 5))
    )
    if not item.in_stock:  # sold out everywhere: no other seller offers it either
        seller_prices = []
    url = f"https://{host}/ip/{item.handle}/{code}"
    seller = rng.choice([shop, "TechDeals LLC", "HomeGoods Direct", "Lumière SARL"])
    if item.in_stock:
        buy = (
            f'<div class="buy-box" data-testid="add-to-cart-section"><div class="price-wrap"><span itemprop="price" '
            f'data-seo-id="hero-price">{words[4] + " " if item.was else ""}{money(item.price, loc)}</span>'
            + (f'<span class="strike was-price">{words[5]} {money(item.was, loc)}</span>' if item.was else "")
            + f'</div><div class="seller-info">{words[1]} <a href="/seller/{slug(seller)}">{esc(seller)}</a>'
            f'<span class="badge">{words[8]}</span></div><button class="add-to-cart-button" data-automation-id='
            f'"atc">{w["add"]}</button></div>'
        )
    else:
        buy = (
            f'<div class="buy-box"><div class="oos-message">{w["out"]}</div><button class="notify-button">'
            f"{words[6]}</button></div>"
        )
    others = (
        ""
        if not seller_prices
        else (
            f'<section class="other-sellers"><h2>{words[2]} ({len(seller_prices)})</h2><p>{words[3]} '
            f"{money(seller_prices[0], loc)}</p><ul>"
            + "".join(
                f'<li class="offer"><span class="offer-price">{money(p, loc)}</span><span class="offer-seller">'
                f'{esc(rng.choice(["GadgetHub", "Maison Plus", "QuickShip Co"]))}</span><button class="add-to-cart-'
                f'button secondary">{w["add"]}</button></li>'
                for p in seller_prices
            )
            + f'</ul><a href="/ip/{code}/sellers">{words[7]}</a></section>'
        )
    )
    main = (
        f'<div class="product-page" data-item-id="{code}"><div class="media"><img src="https://i5.{host}/{code}.jpg" '
        f'alt="{esc(item.name)}"></div><div class="info"><a class="brand-link" href="/brand/{slug(item.brand)}">'
        f'{esc(item.brand)}</a><h1 itemprop="name" class="prod-title">{esc(item.name)}</h1>'
        f'<div class="rating">{rng.randrange(30, 50) / 10} ({rng.randrange(3, 4000)} reviews)</div>'
        + (f'<div class="item-number">{words[0]}: {code}</div>' if show_code else "")
        + f'{buy}{others}<div class="about"><h2>{w["desc"]}</h2><p>{esc(item.description)}</p></div></div></div>\n'
    )
    if rng.random() < 0.7:
        all_prices = [item.price, *seller_prices]
        offers: dict[str, Any] = (
            {
                "@type": "AggregateOffer",
                "priceCurrency": loc.currency,
                "lowPrice": f"{min(all_prices)}",
                "highPrice": f"{max(all_prices)}",
                "offerCount": len(all_prices),
                "availability": "https://schema.org/InStock",
            }
            if item.in_stock
            else {"@type": "Offer", "availability": "https://schema.org/OutOfStock"}
        )
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                "brand": {"@type": "Brand", "name": item.brand},
                "gtin13": item.gtin,
                "offers": offers,
            }
        )
    page_html = wrap(
        shop, loc, chrome, item, main, head(f"{item.name} - {shop}", "", loc.lang), gtm(loc, item, code, chrome)
    )
    return Page(
        "marketplace",
        "",
        url,
        page_html,
        truth(item.price if item.in_stock else None, code if show_code else None, item.in_stock),
    )


def furniture(rng: random.Random) -> Page:
    """A furniture shop with configurable pieces: a "From" price (the default configuration's), options that add to
    it, delivery lead times ("Made to order", "In stock"), a product code, finance per month beside the price."""
    loc = LOCALES[rng.choice(["gb", "gb", "us", "de", "nl"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes="none", names=FURNITURE, scale=4, stock=0.75)
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(["Loft & Linden", "Hearth House", "Nordhaus Living"])
    host = f"www.{slug(shop)}.com"
    code = rng.choice(
        [
            f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
            f"{item.name.split()[0][:3].upper()}-{rng.randrange(1000, 9999)}",
            f"W{rng.randrange(10**8, 10**9)}",
        ]
    )
    show_code = rng.random() < 0.8
    words = {
        "en": (
            "From",
            "Product code",
            "Made to order – delivered in 8–10 weeks",
            "In stock – delivered in 5 days",
            "Currently unavailable",
            "Fabric",
            "Size",
            "or",
            "/month with 0% finance",
            "Configure yours",
            "Email me when it's back",
        ),
        "de": (
            "Ab",
            "Artikelnummer",
            "Auf Bestellung gefertigt – Lieferung in 8–10 Wochen",
            "Auf Lager – Lieferung in 5 Tagen",
            "Derzeit nicht verfügbar",
            "Stoff",
            "Größe",
            "oder",
            "/Monat mit 0 % Finanzierung",
            "Jetzt konfigurieren",
            "Benachrichtigen",
        ),
        "nl": (
            "Vanaf",
            "Artikelnummer",
            "Op bestelling gemaakt – levering in 8–10 weken",
            "Op voorraad – levering in 5 dagen",
            "Momenteel niet beschikbaar",
            "Stof",
            "Maat",
            "of",
            "/maand met 0% financiering",
            "Stel samen",
            "Houd me op de hoogte",
        ),
    }[loc.lang]
    from_price = rng.random() < 0.6
    url = f"https://{host}/products/{item.handle}"
    fabrics = [
        ("Linen Natural", Decimal(0)),
        ("Velvet Forest", Decimal(rng.choice([100, 150, 200]))),
        ("Boucle Ivory", Decimal(rng.choice([150, 250]))),
    ]
    sizes = [
        ("2 seater", Decimal(0)),
        ("3 seater", Decimal(rng.choice([200, 300]))),
        ("4 seater", Decimal(rng.choice([400, 500]))),
    ]
    months = rng.choice([12, 24, 36])
    finance = (item.price / months).quantize(Decimal("0.01"))

    def option(group: str, choices: list[tuple[str, Decimal]]) -> str:
        return (
            f'<fieldset class="configurator__group"><legend>{group}</legend>'
            + "".join(
                f'<label class="configurator__option"><input type="radio" name="{slug(group)}" value="'
                f'{slug(n)}"{" checked" if i == 0 else ""}><span class="configurator__name">{n}</span>'
                + (f'<span class="configurator__delta">+{money(d, loc)}</span>' if d else "")
                + "</label>"
                for i, (n, d) in enumerate(choices)
            )
            + "</fieldset>"
        )

    price_html = (
        '<div class="product-price">'
        + (f'<span class="product-price__from">{words[0]}</span> ' if from_price else "")
        + f'<span class="product-price__amount">{money(item.price, loc)}</span>'
        + (f'<span class="product-price__was"><s>{money(item.was, loc)}</s></span>' if item.was else "")
        + f'<p class="finance">{words[7]} {money(finance, loc)}{words[8]}</p></div>'
    )
    lead = rng.choice([words[2], words[3]]) if item.in_stock else words[4]
    buy = (
        f'<button type="submit" class="btn btn--primary add-to-basket" name="add">{w["add"]}</button>'
        if item.in_stock
        else f'<button type="button" class="btn btn--secondary notify">{words[10]}</button>'
    )
    main = (
        f'<div class="pdp"><div class="pdp__gallery"><img src="https://{host}/img/{item.handle}-1.jpg" alt="'
        f'{esc(item.name)}"></div><div class="pdp__details"><h1 class="pdp__title">{esc(item.name)}</h1>'
        + (f'<p class="pdp__code">{words[1]}: {esc(code)}</p>' if show_code else "")
        + f'{price_html}<form class="configurator" action="/basket/add" method="post"><h2>{words[9]}</h2>'
        f'{option(words[5], fabrics)}{option(words[6], sizes)}<p class="pdp__lead-time">{lead}</p>{buy}</form>'
        f'<div class="pdp__description"><p>{esc(item.description)}</p><ul><li>W {rng.randrange(150, 260)} × D '
        f"{rng.randrange(80, 105)} × H {rng.randrange(75, 95)} cm</li><li>Seat height 45 cm</li></ul></div></div>"
        "</div>\n"
    )
    if rng.random() < 0.5:
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                **({"sku": code} if show_code else {}),
                "brand": {"@type": "Brand", "name": shop},
                "offers": {
                    "@type": "Offer",
                    "price": f"{item.price}",
                    "priceCurrency": loc.currency,
                    "availability": schema_stock(item.in_stock),
                    "url": url,
                },
            }
        )
    page_html = wrap(
        shop, loc, chrome, item, main, head(f"{item.name} | {shop}", "", loc.lang), gtm(loc, item, code, chrome)
    )
    return Page("furniture", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))


def opencart(rng: random.Random) -> Page:
    """OpenCart's default theme: the Brand / Product Code / Reward Points / Availability list, the price as an h2
    with "Ex Tax:" below it, a table layout on older themes, "2-3 Days" or "Out Of Stock" as the stock status."""
    loc = LOCALES[rng.choice(["us", "gb", "de"])]
    item = draw_item(rng, loc, sizes="none")
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"{slug(shop)}.net"
    pid = rng.randrange(28, 500)
    code = rng.choice(
        [
            f"Product {rng.randrange(1, 99)}",
            f"{item.brand[:3].upper()}{rng.randrange(100, 999)}",
            f"SAM{rng.randrange(1, 9)}",
        ]
    )
    words = {
        "en": (
            "Brand:",
            "Product Code:",
            "Reward Points:",
            "Availability:",
            "In Stock",
            "Out Of Stock",
            "Ex Tax:",
            "Add to Cart",
            "Qty",
        ),
        "de": (
            "Marke:",
            "Artikelnummer:",
            "Bonuspunkte:",
            "Verfügbarkeit:",
            "Auf Lager",
            "Nicht auf Lager",
            "Netto:",
            "In den Warenkorb",
            "Menge",
        ),
    }[loc.lang]
    status = (
        rng.choice([words[4], words[4], "2-3 Days" if loc.lang == "en" else "2-3 Tage"]) if item.in_stock else words[5]
    )
    ex_tax = (item.price / Decimal("1.2")).quantize(Decimal("0.01"))
    url = f"https://{host}/index.php?route=product/product&product_id={pid}"
    price_list = (
        '<ul class="list-unstyled">'
        + (
            f'<li><span style="text-decoration: line-through;">{money(item.was, loc)}</span></li><li><h2>'
            f"{money(item.price, loc)}</h2></li>"
            if item.was
            else f"<li><h2>{money(item.price, loc)}</h2></li>"
        )
        + f"<li>{words[6]} {money(ex_tax, loc)}</li></ul>"
    )
    main = (
        '<div id="product-product" class="container"><div class="row"><div id="content" class="col-sm-12"><div '
        f'class="row"><div class="col-sm-8"><ul class="thumbnails"><li><a class="thumbnail" href="https://{host}/image'
        f'/cache/catalog/{pid}-500x500.jpg"><img src="https://{host}/image/cache/catalog/{pid}-228x228.jpg" alt="'
        f'{esc(item.name)}"></a></li></ul><ul class="nav nav-tabs"><li class="active"><a href="#tab-description" '
        f'data-toggle="tab">Description</a></li></ul><div class="tab-content"><div class="tab-pane active" id="tab-'
        f'description"><p>{esc(item.description)}</p></div></div></div><div class="col-sm-4"><div class="btn-group">'
        '<button type="button" data-toggle="tooltip" class="btn btn-default" title="Add to Wish List"><i class="fa '
        f'fa-heart"></i></button></div><h1>{esc(item.name)}</h1><ul class="list-unstyled"><li>{words[0]} <a href="'
        f'https://{host}/index.php?route=product/manufacturer/info&amp;manufacturer_id=8">{esc(item.brand)}</a></li>'
        f"<li>{words[1]} {esc(code)}</li><li>{words[2]} {rng.randrange(0, 800)}</li><li>{words[3]} {status}</li></ul>"
        f'{price_list}<div id="product"><div class="form-group"><label class="control-label" for="input-quantity">'
        f'{words[8]}</label><input type="text" name="quantity" value="1" size="2" id="input-quantity" class="form-'
        f'control"><input type="hidden" name="product_id" value="{pid}"><br><button type="button" id="button-cart" '
        f'data-loading-text="Loading..." class="btn btn-primary btn-lg btn-block">{words[7]}</button></div></div>'
        "</div></div></div></div></div>\n"
    )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<div class="product-layout col-lg-3"><div class="product-thumb transition"><div class="caption"><h4>'
            f'<a href="/index.php?route=product/product&amp;product_id={rng.randrange(28, 500)}">{esc(name)}</a>'
            f'</h4><p class="price">{money(price, loc)}<span class="price-tax">{words[6]} '
            f'{money((price / Decimal("1.2")).quantize(Decimal("0.01")), loc)}</span></p></div><div class="button-'
            f'group"><button type="button"><span class="hidden-xs">{words[7]}</span></button></div></div></div>'
        )

    page_html = wrap(
        shop, loc, chrome, item, main, head(item.name, "", loc.lang), gtm(loc, item, str(pid), chrome), card
    )
    return Page("opencart", "", url, page_html, truth(item.price, code, item.in_stock))


def wix(rng: random.Random) -> Page:
    """Wix Stores: data-hook attributes, the formatted primary and secondary prices, "SKU: ..." under the title
    when the owner fills it, an "Out of stock" button, Wix's Product JSON-LD."""
    loc = LOCALES[rng.choice(["us", "gb", "au", "de"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    code = rng.choice([f"{rng.randrange(10**14, 10**15)}", f"{item.brand[:2].upper()}-{rng.randrange(100, 999)}"])
    show_code = rng.random() < 0.6
    url = f"https://{host}/product-page/{item.handle}"
    out_label = {"en": "Out of stock", "de": "Nicht auf Lager"}[loc.lang]
    price_html = (
        '<div data-hook="product-prices-wrapper"><div data-hook="product-price">'
        + (
            f'<span data-hook="formatted-secondary-price" class="secondary-price">{money(item.was, loc)}</span>'
            f'<span class="sr-only" data-hook="sr-formatted-secondary-price">Regular Price</span>'
            if item.was
            else ""
        )
        + f'<span data-hook="formatted-primary-price" class="primary-price">{money(item.price, loc)}</span>'
        f'<span class="sr-only" data-hook="sr-formatted-primary-price">{"Sale Price" if item.was else "Price"}</span>'
        "</div></div>"
    )
    options = ""
    if item.sizes:
        options = (
            f'<div data-hook="product-options"><div data-hook="dropdown-label">{w["size"]}</div><div data-hook'
            f'="dropdown-base"><span data-hook="dropdown-base-text">Select</span></div></div>'
        )
    button = (
        f'<button data-hook="add-to-cart" class="add-to-cart"{"" if item.in_stock else " disabled"}><span '
        f'class="content">{w["add"] if item.in_stock else out_label}</span></button>'
    )
    main = (
        f'<div id="SITE_CONTAINER"><div data-hook="product-page"><section data-hook="product-page-main"><div '
        f'data-hook="product-gallery-root"><img src="https://static.wixstatic.com/media/{item.handle}.jpg" alt="'
        f'{esc(item.name)}"></div><section data-hook="details-placeholder"><h1 data-hook="product-title">'
        f"{esc(item.name)}</h1>"
        + (f'<div data-hook="sku" class="sku">SKU: {esc(code)}</div>' if show_code else "")
        + f'{price_html}<div data-hook="product-quantity-container"><label>{w["qty"]}</label><input type="number" '
        f'value="1" data-hook="number-input-spinner-input"></div>{options}<div data-hook="add-to-cart-wrapper">'
        f'{button}</div><div data-hook="info-section-description"><p>{esc(item.description)}</p></div></section>'
        "</section></div></div>\n"
    )
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": item.name,
        "description": item.description,
        "image": [{"@type": "ImageObject", "contentUrl": f"https://static.wixstatic.com/media/{item.handle}.jpg"}],
        "Offers": {
            "@type": "Offer",
            "url": url,
            "priceCurrency": loc.currency,
            "price": f"{item.price}",
            "Availability": schema_stock(item.in_stock),
        },
    }
    if show_code:
        data["sku"] = code
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} | {shop}", ld(data) if rng.random() < 0.8 else "", loc.lang),
        gtm(loc, item, code, chrome),
    )
    return Page("wix", "", url, page_html, truth(item.price, code if show_code else None, item.in_stock))


def oscommerce(rng: random.Random) -> Page:
    """An old table-layout shop (osCommerce, xt:Commerce, Zen Cart): no structured data, the name and price in
    pageHeading cells, the model in brackets or an "Art.Nr." line, a special price after the struck one, an image
    button to add to the cart, "nicht lieferbar" as the delivery time when none is left."""
    loc = LOCALES[rng.choice(["us", "gb", "de", "de"])]
    item = draw_item(rng, loc, sizes="none")
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.{'de' if loc.lang == 'de' else 'com'}"
    pid = rng.randrange(20, 3000)
    code = rng.choice(
        [
            f"{item.brand[:3].upper()}{rng.randrange(100, 999)}",
            f"{rng.randrange(10000, 99999)}",
            f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
        ]
    )
    german = loc.lang == "de"
    bracket = not german and rng.random() < 0.6
    if german:
        code_line = f"<br>Art.Nr.: {esc(code)}"
        stock_line = (
            f"<br>Lieferzeit: {rng.choice(['2-3 Tage', 'sofort lieferbar', '1-2 Werktage'])}"
            if item.in_stock
            else "<br>Lieferzeit: nicht lieferbar"
        )
        tax = "<br><small>inkl. 19 % MwSt. zzgl. <a href='/shipping'>Versandkosten</a></small>"
        cart_word = "In den Warenkorb"
    else:
        code_line = "" if bracket else f"<br>Model: {esc(code)}"
        stock_line = "" if item.in_stock else "<br><span class='markProductOutOfStock'>Out of Stock</span>"
        tax = ""
        cart_word = "Add to Cart"
    title = f"{esc(item.name)}" + (f'<br><span class="smallText">[{esc(code)}]</span>' if bracket else "")
    price = (
        f'<s>{money(item.was, loc)}</s> <span class="productSpecialPrice">{money(item.price, loc)}</span>'
        if item.was
        else money(item.price, loc)
    )
    url = f"https://{host}/product_info.php?products_id={pid}"
    cart = (
        f'<form name="cart_quantity" action="https://{host}/product_info.php?products_id={pid}&amp;action=add_product"'
        f' method="post"><input type="hidden" name="products_id" value="{pid}"><input type="image" src="includes/'
        f'languages/english/images/buttons/button_in_cart.gif" border="0" alt="{cart_word}" title=" {cart_word} ">'
        "</form>"
        if item.in_stock
        else ""
    )
    rows = "".join(
        f'<tr><td class="smallText" align="center"><a href="/product_info.php?products_id={rng.randrange(20, 3000)}">'
        f"{esc(n)}</a><br>{money(p, loc)}</td></tr>"
        for n, p, _ in item.related
    )
    page_html = head(f"{shop} : {item.name}", "", loc.lang) + (
        '<body marginwidth="0" marginheight="0" topmargin="0" bottommargin="0" leftmargin="0" rightmargin="0">'
        f'<table border="0" width="100%" cellspacing="0" cellpadding="1"><tr class="headerNavigation"><td '
        f'class="headerNavigation">&nbsp;&nbsp;<a href="/" class="headerNavigation">Top</a> &raquo; <a href="/" '
        f'class="headerNavigation">Catalog</a></td><td align="right" class="headerNavigation">'
        '<a href="/shopping_cart.php"'
        f' class="headerNavigation">Cart Contents</a> ({len(chrome.cart_items)})&nbsp;&nbsp;</td></tr></table>'
        '<table border="0" width="100%" cellspacing="3" cellpadding="3"><tr><td width="125" valign="top">'
        '<table border="0" width="125"><tr><td class="infoBoxHeading">Categories</td></tr><tr><td class="boxText">'
        '<a href="/index.php?cPath=1">Hardware</a><br><a href="/index.php?cPath=2">Software</a></td></tr></table></td>'
        f'<td width="100%" valign="top"><table border="0" width="100%" cellspacing="0" cellpadding="0"><tr><td>'
        f'<table border="0" width="100%" cellspacing="0" cellpadding="0"><tr><td class="pageHeading" valign="top">'
        f'{title}</td><td class="pageHeading" align="right" valign="top">{price}{tax}</td></tr></table></td></tr>'
        f'<tr><td class="main"><table border="0" cellspacing="0" cellpadding="2" align="right"><tr><td align="center" '
        f'class="smallText"><img src="images/{pid}.jpg" border="0" alt="{esc(item.name)}" width="100" height="80">'
        f"</td></tr></table><p>{esc(item.description)}{code_line}{stock_line}</p></td></tr>"
        f'<tr><td><table border="0" width="100%" class="infoBox"><tr class="infoBoxContents"><td class="main">'
        f'<a href="/product_reviews.php?products_id={pid}"><img src="includes/languages/english/images/buttons/'
        f'button_reviews.gif" alt="Reviews"></a></td><td class="main" align="right">{cart}</td></tr></table></td></tr>'
        + (
            f'<tr><td><table border="0" width="100%"><tr><td class="infoBoxHeading">Customers who bought this product '
            f"also purchased</td></tr>{rows}</table></td></tr>"
            if rows
            else ""
        )
        + "</table></td></tr></table>"
        f'<table border="0" width="100%"><tr class="footer"><td class="footer">Copyright &copy; 2026 {esc(shop)}'
        "</td></tr></table></body></html>\n"
    )
    return Page("oscommerce", "", url, page_html, truth(item.price, code, item.in_stock))


def squarespace(rng: random.Random) -> Page:
    """Squarespace Commerce: product-price with the sale and original prices, a "sold out" product mark and button,
    JSON-LD whose offers carry the SKU Squarespace makes up itself (never shown on the page), variant selects."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "au"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["none", "apparel"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    made_up = f"SQ{rng.randrange(1000000, 9999999)}"
    url = f"https://{host}/shop/p/{item.handle}"
    price_html = (
        '<div class="product-price">'
        + (
            f'<span class="sr-only">Sale Price:</span>{money(item.price, loc)}<span class="sr-only">Original Price:'
            f'</span><span class="original-price">{money(item.was, loc)}</span>'
            if item.was
            else money(item.price, loc)
        )
        + "</div>"
    )
    variants = ""
    if item.sizes:
        variants = (
            f'<div class="product-variants" data-variants="[]"><div class="variant-option"><div class="variant-option-'
            f'title">{w["size"]}: </div><div class="variant-select-wrapper"><select aria-label="Select {w["size"]}" '
            f'data-variant-option-name="{w["size"]}"><option value="">Select {w["size"]}</option>'
            + "".join(f'<option value="{s}">{s}</option>' for s in item.sizes)
            + "</select></div></div></div>"
        )
    mark = "" if item.in_stock else '<div class="product-mark sold-out">sold out</div>'
    button = (
        f'<div class="sqs-add-to-cart-button-wrapper" role="button" tabindex="0"><div class="sqs-add-to-cart-button '
        f'sqs-suppress-edit-mode sqs-editable-button sqs-button-element--primary" role="button" tabindex="0" '
        f'data-dynamic-strings data-collection-id="5f1c" data-item-id="{rng.randrange(10**15, 10**16):x}" '
        f'data-product-type="1" data-use-custom-label="false" data-original-label="Add To Cart"><div class="sqs-add-to-'
        f'cart-button-inner">Add To Cart</div></div></div>'
        if item.in_stock
        else '<div class="sqs-add-to-cart-button-wrapper">'
        '<div class="sqs-add-to-cart-button sold-out" aria-disabled="true">'
        '<div class="sqs-add-to-cart-button-inner">Sold Out</div></div></div>'
    )
    main = (
        f'<section class="page-section"><article class="ProductItem" data-item-id="{made_up.lower()}"><div '
        f'class="ProductItem-gallery"><img src="https://images.squarespace-cdn.com/content/v1/{item.handle}.jpg" '
        f'alt="{esc(item.name)}"></div><div class="ProductItem-details"><div class="product-meta">{mark}'
        f'<h1 class="ProductItem-details-title product-title" data-content-field="title">{esc(item.name)}</h1>'
        f'{price_html}</div><div class="ProductItem-details-excerpt"><p>{esc(item.description)}</p></div>{variants}'
        f'<div class="product-quantity-input" data-item-id="1"><div class="quantity-label">{w["qty"]}:</div><input '
        f'aria-label="Quantity" size="4" max="9999" min="1" value="1" type="number" step="1"></div>{button}'
        "</div></article></section>\n"
    )
    offers = [
        {
            "@type": "Offer",
            "price": f"{item.price}",
            "priceCurrency": loc.currency,
            "url": url,
            "availability": schema_stock(item.in_stock, False),
            "sku": f"{made_up}{'-' + s if s else ''}",
            "priceValidUntil": "2027-12-07",
        }
        for s in (item.sizes or [""])
    ]
    data = {
        "url": url,
        "name": item.name,
        "description": item.description,
        "brand": shop,
        "image": f"https://images.squarespace-cdn.com/{item.handle}.jpg",
        "offers": offers if len(offers) > 1 else offers[0],
        "@context": "http://schema.org",
        "@type": "Product",
    }
    head_extra = (
        f'<meta property="og:type" content="product"><meta property="product:price:amount" '
        f'content="{item.price}"><meta property="product:price:currency" content="{loc.currency}">'
        f'<meta property="product:availability" content="{"instock" if item.in_stock else "oos"}">' + ld(data)
    )
    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(f"{item.name} — {shop}", head_extra, loc.lang),
        gtm(loc, item, made_up, chrome),
    )
    return Page("squarespace", "", url, page_html, truth(item.price, None, item.in_stock))


PLATFORMS: dict[str, Callable[[random.Random], Page]] = {
    "shopify": shopify,
    "woocommerce": woocommerce,
    "magento": magento,
    "shopware": shopware,
    "prestashop": prestashop,
    "bigcommerce": bigcommerce,
    "sfcc": sfcc,
    "vtex": vtex,
    "nextjs": nextjs,
    "amazon": amazon,
    "korean": korean,
    "japanese": japanese,
    "chinese": chinese,
    "classifieds": classifieds,
    "marketplace": marketplace,
    "furniture": furniture,
    "opencart": opencart,
    "wix": wix,
    "oscommerce": oscommerce,
    "squarespace": squarespace,
}


def halves() -> dict[str, list[str]]:
    """Two fixed halves of the platforms: their names shuffled with seed 13, dealt alternately."""
    names = sorted(PLATFORMS)
    random.Random(13).shuffle(names)
    return {"dev": sorted(names[0::2]), "check": sorted(names[1::2])}


def pages(seed: int, per_platform: int, names: list[str]) -> list[Page]:
    out: list[Page] = []
    for name in names:
        for index in range(per_platform):
            page = PLATFORMS[name](random.Random(f"{seed}:{name}:{index}"))
            page.key = f"{name}-{seed}-{index}"
            out.append(page)
    return out


# --- running an extractor and scoring it ---------------------------------------------------------------------------

_IN_STOCK = {"in_stock", "limited", "preorder", "backorder"}
_OUT_OF_STOCK = {"out_of_stock", "discontinued"}


def extractor(root: Path | None) -> Callable[[str, str], Any]:
    """``extract_product`` of the checkout at ``root`` (this one by default), imported under its own modules."""
    root = (root or Path(__file__).resolve().parents[1]).resolve()
    for name in [name for name in sys.modules if name == "aisle_mcp" or name.startswith("aisle_mcp.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module("aisle_mcp.providers.local.extractor")
    finally:
        sys.path.remove(str(root))
    found: Callable[[str, str], Any] = module.extract_product
    if not found.__code__.co_filename.startswith(str(root)):
        raise SystemExit(f"{root}: the extractor came from {found.__code__.co_filename}")
    return found


def prediction(product: Any) -> dict[str, str]:
    if product is None:
        return {}
    row: dict[str, str] = {}
    if product.price is not None:
        row["price"] = format(product.price.amount, "f")
    if product.sku:
        row["sku"] = product.sku
    state = str(getattr(product.availability, "value", product.availability))
    if state in _IN_STOCK:
        row["availability"] = "InStock"
    elif state in _OUT_OF_STOCK:
        row["availability"] = "OutOfStock"
    return row


def same(attribute: str, true: str, predicted: str) -> bool:
    if attribute != "price":
        return true == predicted
    try:
        return Decimal(true) == Decimal(predicted)
    except InvalidOperation:
        return False


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: int = 0
    empty: int = 0

    def add(self, true: str | None, predicted: str | None, attribute: str) -> str:
        """Counts one page's value; returns "right", "wrong", "empty" or "" (nothing to find, nothing given)."""
        if predicted is None:
            if true is not None:
                self.fn += 1
                self.empty += 1
                return "empty"
            return ""
        if true is not None and same(attribute, true, predicted):
            self.tp += 1
            return "right"
        self.fp += 1
        self.fn += true is not None
        self.wrong += 1
        return "wrong"

    def f1(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=8, help="pages per platform (default 8)")
    parser.add_argument("--platform", action="append", choices=sorted(PLATFORMS), help="only these (repeatable)")
    parser.add_argument("--half", choices=("dev", "check"), help="only one fixed half of the platforms")
    parser.add_argument("--show", action="store_true", help="print every page's truth and output")
    parser.add_argument("--empty", action="store_true", help="list empty values too, not only wrong ones")
    parser.add_argument("--dump", type=Path, help="write the pages and a ground-truth.json here")
    parser.add_argument("--root", type=Path, help="run this checkout's extractor instead of this one's")
    parser.add_argument("--json", type=Path, help="write every page's output here")
    args = parser.parse_args()
    names = args.platform or (halves()[args.half] if args.half else sorted(PLATFORMS))
    built = pages(args.seed, args.pages, names)
    if args.dump:
        (args.dump / "html").mkdir(parents=True, exist_ok=True)
        table: dict[str, dict[str, Any]] = {}
        for page in built:
            (args.dump / "html" / f"{page.key}.html.gz").write_bytes(gzip.compress(page.html.encode("utf-8")))
            table[page.key] = {"url": page.url, **{k: [v] for k, v in page.truth.items()}}
        (args.dump / "ground-truth.json").write_text(json.dumps(table, indent=1, ensure_ascii=False))
        print(f"{len(built)} pages written to {args.dump}/html, truth in {args.dump}/ground-truth.json")
    run = extractor(args.root)
    per: dict[str, dict[str, Tally]] = {}
    overall = {a: Tally() for a in ATTRIBUTES}
    misses: list[str] = []
    outputs: dict[str, dict[str, str]] = {}
    for page in built:
        got = prediction(run(page.html, page.url))
        outputs[page.key] = got
        tallies = per.setdefault(page.platform, {a: Tally() for a in ATTRIBUTES})
        for attribute in ATTRIBUTES:
            true, predicted = page.truth.get(attribute), got.get(attribute)
            verdict = tallies[attribute].add(true, predicted, attribute)
            overall[attribute].add(true, predicted, attribute)
            if verdict == "wrong" or (verdict == "empty" and args.empty):
                misses.append(f"  {page.key:22} {attribute:12} {verdict:5}  truth {true!r:24} got {predicted!r}")
        if args.show:
            print(f"{page.key:22} {page.url}\n  truth {page.truth}\n  got   {got}")
    if args.json:
        args.json.write_text(json.dumps(outputs, indent=1, ensure_ascii=False, sort_keys=True))
    print(
        f"seed {args.seed}, {args.pages} pages a platform, {len(built)} pages; extractor "
        f"{(args.root or Path(__file__).resolve().parents[1]).resolve()}"
    )
    print(f"{'platform':14} " + " ".join(f"{a + ' F1':>16}" for a in ATTRIBUTES) + "   wrong/empty (p, s, a)")
    for name in names:
        row = per[name]
        counts = ", ".join(f"{row[a].wrong}/{row[a].empty}" for a in ATTRIBUTES)
        print(f"{name:14} " + " ".join(f"{row[a].f1():16.3f}" for a in ATTRIBUTES) + f"   {counts}")
    counts = ", ".join(f"{overall[a].wrong}/{overall[a].empty}" for a in ATTRIBUTES)
    print(f"{'all':14} " + " ".join(f"{overall[a].f1():16.3f}" for a in ATTRIBUTES) + f"   {counts}")
    if misses:
        print("wrong values" + (" and empty ones" if args.empty else "") + ":")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
