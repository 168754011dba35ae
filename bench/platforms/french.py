"""Product pages as the French retailers (Cdiscount-, Fnac-, Darty-like) write them."""

# Written in the characters shops use (no-break and narrow no-break spaces before colons and euro signs).

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

LOC = LOCALES["fr"]


def _euro_cents(amount: Decimal) -> str:
    """Cdiscount's way: the euro sign where the decimal comma would be, the cents after it ("199€99")."""
    whole, cents = f"{amount:.2f}".split(".")
    return f"{whole}<sup>€{cents}</sup>"


def french(rng: random.Random) -> Page:
    """Cdiscount-like ("199€99" with the euro sign as the decimal mark, "Vendu et expédié par", marketplace offers
    "Neuf dès 179€90", "dont 2,00 € d'éco-participation"), Fnac-like ("Réf. : 1234567" with a no-break space
    before the colon, "Prix Adhérent" for members, "En stock en ligne", "Retrait magasin"), Darty-like ("Code
    article : 123456", "Livraison gratuite", "Rupture de stock", "M'alerter du retour en stock")."""
    front = rng.choice(["cdiscount", "fnac", "darty"])
    item = draw_item(rng, LOC, sale=0.45, stock=0.75, sizes="none", scale=rng.choice([1, 2]))
    chrome = Chrome.draw(rng, LOC)
    sp = rng.choice(["\u00a0", "\u202f", " "])
    if front == "cdiscount":
        code = f"{item.brand[:3].lower()}{rng.randrange(10**6, 10**7)}"
        code_html = f'<p class="fpRef">Réf{sp}: {code}</p>' if rng.random() < 0.6 else ""
        shown_code = code if code_html else None
        price = (
            '<div class="fpPriceBloc">'
            + (
                f'<span class="fpStriked">{money(item.was, LOC)}</span><span class="fpDiscount">-'
                f"{round((1 - item.price / item.was) * 100)}%</span>"
                if item.was
                else ""
            )
            + f'<span class="fpPrice price jsMainPrice" itemprop="price" content="{item.price:.2f}">'
            f"{_euro_cents(item.price)}</span>"
            + (
                f'<p class="fpEco">dont {money(Decimal("2.00"), LOC)} d\'éco-participation</p>'
                if rng.random() < 0.4
                else ""
            )
            + "</div>"
        )
        seller = '<p class="fpSeller">Vendu et expédié par <strong>Cdiscount</strong></p>' + (
            f'<a class="fpMkpLink" href="#offres">{rng.randrange(2, 9)} offres Neuf dès '
            f"{_euro_cents(item.price - Decimal(rng.randrange(3, 20)))}</a>"
            if rng.random() < 0.4
            else ""
        )
    elif front == "fnac":
        code = str(rng.randrange(10**6, 10**7))
        code_html = f'<div class="f-productHeader__ref">Réf{sp}: {code}</div>'
        shown_code = code
        member = (item.price * Decimal("0.95")).quantize(Decimal("0.01"))
        price = (
            '<div class="f-priceBox">'
            + (f'<span class="f-priceBox-price--old">{money(item.was, LOC)}</span>' if item.was else "")
            + f'<span class="f-priceBox-price f-priceBox-price--reco checked">{money(item.price, LOC)}</span>'
            + (
                f'<div class="f-priceBox-adherent">{money(member, LOC)} <span>Prix Adhérent</span></div>'
                if rng.random() < 0.4
                else ""
            )
            + "</div>"
        )
        seller = '<p class="f-buyBox-seller">Vendu et expédié par Fnac</p>'
    else:
        code = str(rng.randrange(100_000, 999_999))
        code_html = f'<p class="product_code">Code article{sp}: {code}</p>'
        shown_code = code
        price = (
            '<div class="product_price">'
            + (f'<span class="darty_prix_barre">{money(item.was, LOC)}</span>' if item.was else "")
            + f'<div class="darty_prix">{_euro_cents(item.price) if rng.random() < 0.5 else money(item.price, LOC)}'
            "</div></div>"
        )
        seller = '<p class="product_seller">Vendu par Darty</p>'
    if item.in_stock:
        stock = rng.choice(["En stock", "En stock en ligne", "Livraison gratuite - En stock"])
        button = '<button class="btn btn--primary" type="submit">Ajouter au panier</button>'
    else:
        stock = rng.choice(["Rupture de stock", "Indisponible", "Produit épuisé"])
        button = '<button class="btn btn--secondary" type="button">M\'alerter du retour en stock</button>'
    main = (
        f'<div class="product-page"><h1 class="product-title">{esc(item.brand)} {esc(item.name)}</h1>{code_html}'
        f'<div class="avis">{rng.randrange(30, 50) / 10} / 5 ({rng.randrange(2, 500)} avis)</div>{price}{seller}'
        f'<p class="availability">{stock}</p><form action="/panier/ajout" method="post">{button}</form>'
        f'<div class="caracteristiques"><h2>Caractéristiques</h2><table><tr><td>Marque</td><td>{esc(item.brand)}</td>'
        f"</tr><tr><td>EAN</td><td>{item.gtin}</td></tr></table></div></div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": code,
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "EUR",
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<li class="prdtBloc"><a href="/f-{rng.randrange(10**6, 10**7)}-{slug(name)}.html">{esc(name)}</a>'
            f'<div class="prdtPrice">{_euro_cents(amount) if front != "fnac" else money(amount, LOC)}</div></li>'
        )

    host = {"cdiscount": "www.cdiscount.example", "fnac": "www.fnac.example", "darty": "www.darty.example"}[front]
    url = f"https://{host}/{slug(item.name)}/f-{code}.html"
    page_html = wrap(
        front.capitalize(),
        LOC,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{item.brand} {item.name} - {front.capitalize()}", f'<link rel="canonical" href="{url}">', "fr"),
        gtm(LOC, item, code, chrome),
        card,
    )
    return Page("french", "", url, page_html, truth(item.price, shown_code, item.in_stock))
