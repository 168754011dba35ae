"""Product pages as the Romanian, Hungarian and Bulgarian marketplaces (eMAG-, Altex-, Emag.hu/.bg-like) write
them."""

# Written in the characters shops use (local scripts, no-break spaces, the hryvnia sign).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, Locale, money, number

WORDS: dict[str, dict[str, Any]] = {
    "ro": dict(
        code="Cod produs",
        prp="PRP",
        stock=["În stoc", "Stoc limitat", "Ultimul produs în stoc"],
        out=["Stoc epuizat", "Indisponibil"],
        buy="Adaugă în Coș",
        fav="Adaugă la Favorite",
        sold_by="Vândut și livrat de",
        monthly="Rate de la {} / lună",
        others="Alte {} oferte de la {}",
        genius="Preț Genius",
    ),
    "hu": dict(
        code="Termékkód",
        prp="Ajánlott ár",
        stock=["Raktáron", "Korlátozott készlet", "Utolsó darab"],
        out=["Elfogyott", "Nem elérhető"],
        buy="Kosárba",
        fav="Kedvencekhez",
        sold_by="Értékesíti és szállítja:",
        monthly="Részletfizetés {} / hó",
        others="Még {} ajánlat {} -tól",
        genius="Genius ár",
    ),
    "bg": dict(
        code="Код на продукта",
        prp="ПЦД",
        stock=["В наличност", "Ограничена наличност", "Последен брой"],
        out=["Изчерпан", "Няма наличност"],
        buy="Добави в количката",
        fav="Добави в Любими",
        sold_by="Продава се и се доставя от",
        monthly="Вноски от {} / месец",
        others="Още {} оферти от {}",
        genius="Genius цена",
    ),
}


def _split(amount: Decimal, loc: Locale) -> str:
    """eMAG's price: the whole part with its thousands, the cents in a superscript, the unit in its own span."""
    unit = loc.pattern.replace("{}", "").replace("\u00a0", "").strip()
    if loc.places == 0:
        return f"{number(amount, loc)} <span>{unit}</span>"
    whole, cents = number(amount, loc).rsplit(loc.decimal, 1)
    return f"{whole}<sup>{cents}</sup> <span>{unit}</span>"


def emag(rng: random.Random) -> Page:
    """eMAG-like: "Cod produs: D4LK2NBBM" under the title, the price "1.299<sup>99</sup> Lei" with the recommended
    retail price ("PRP: 1.499,99 Lei") and a -13% badge, a Genius members' price on some, "În stoc" / "Stoc
    limitat" / "Stoc epuizat", "Vândut și livrat de eMAG", other offers "de la", instalments per month; the same
    front in Hungarian ("12 990 Ft", "Termékkód", "Raktáron" / "Elfogyott") and Bulgarian ("129<sup>99</sup> лв.",
    "Код на продукта", "В наличност" / "Изчерпан")."""
    site = rng.choice(["ro", "ro", "hu", "bg"])
    loc = LOCALES[site]
    w = WORDS[site]
    item = draw_item(rng, loc, sale=0.5, stock=0.75, sizes="none", scale=rng.choice([1, 3]))
    chrome = Chrome.draw(rng, loc)
    code = "D" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
    internal = str(rng.randrange(10**8, 10**9))
    genius = rng.random() < 0.25 and item.in_stock
    member = (item.price * Decimal("0.92")).quantize(Decimal(1) if loc.places == 0 else Decimal("0.01"))
    monthly = (item.price / 12).quantize(Decimal(1) if loc.places == 0 else Decimal("0.01"))
    price = (
        '<div class="product-highlight product-page-pricing">'
        + (
            f'<p class="product-old-price"><s>{w["prp"]}: {money(item.was, loc)}</s> '
            f'<span class="product-this-deal">-{round((1 - item.price / item.was) * 100)}%</span></p>'
            if item.was
            else ""
        )
        + f'<p class="product-new-price">{_split(item.price, loc)}</p>'
        + (f'<p class="product-genius-price">{w["genius"]}: {_split(member, loc)}</p>' if genius else "")
        + (f'<p class="rate-info">{w["monthly"].format(money(monthly, loc))}</p>' if rng.random() < 0.5 else "")
        + "</div>"
    )
    if item.in_stock:
        stock = f'<span class="label label-in_stock">{rng.choice(w["stock"])}</span>'
        button = (
            f'<button type="submit" class="btn btn-xl btn-primary btn-emag yeahIWantThisProduct">'
            f'<i class="em em-cart2"></i> {w["buy"]}</button>'
        )
    else:
        stock = f'<span class="label label-out_of_stock">{rng.choice(w["out"])}</span>'
        button = f'<button type="button" class="btn btn-xl btn-default">{w["fav"]}</button>'
    others = (
        '<a class="other-offers" href="#other-offers">'
        + w["others"].format(rng.randrange(2, 7), money(item.price - Decimal(rng.randrange(5, 40)), loc))
        + "</a>"
        if item.in_stock and rng.random() < 0.35
        else ""
    )
    main = (
        '<div class="main-container-inner"><div class="page-header has-subtitle-info">'
        f'<h1 class="page-title">{esc(item.brand)} {esc(item.name)}</h1><div class="product-code-display">'
        f'{w["code"]}: {code}</div></div><div class="product-page-container">{price}'
        f'<div class="stock-and-genius">{stock}</div><form action="/cart/add" method="post">'
        f'<input type="hidden" name="product[]" value="{internal}">{button}</form>'
        f'<p class="product-seller">{w["sold_by"]} <strong>eMAG</strong></p>{others}</div>'
        f'<div id="description-body"><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": code if rng.random() < 0.6 else internal,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="card-item"><a class="card-v2-title" href="/{slug(name)}/pd/D{rng.randrange(10**6, 10**7)}/">'
            f'{esc(name)}</a><p class="product-new-price">{_split(amount, loc)}</p></div>'
        )

    host = {"ro": "www.emag.example/ro", "hu": "www.emag.example/hu", "bg": "www.emag.example/bg"}[site]
    url = f"https://{host}/{item.handle}/pd/{code}/"
    page_html = wrap(
        "eMAG",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(f"{item.brand} {item.name} - eMAG", f'<link rel="canonical" href="{url}">', site),
        "<script>var EM = EM || {}; EM.product_id = "
        + internal
        + "; EM.listingGlobals = {};</script>\n"
        + gtm(loc, item, internal, chrome),
        card,
    )
    return Page("emag", "", url, page_html, truth(item.price, code, item.in_stock))
