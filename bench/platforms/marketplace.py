"""Product pages of a marketplace with other sellers."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    ld,
    truth,
    wrap,
)
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money
from platforms.vocabulary import WORDS


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
