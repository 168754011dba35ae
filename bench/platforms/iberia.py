"""Product pages as Spanish, Portuguese and Italian department stores and electronics chains (El Corte Inglés-,
Worten-, MediaWorld-, Coin-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

WORDS: dict[str, dict[str, Any]] = {
    "es": dict(
        code=["Referencia", "Ref.", "Referencia:"],
        was="Antes",
        stock=["Disponible", "En stock", "Entrega en 24-48h"],
        out=["Agotado", "No disponible", "Producto agotado temporalmente"],
        buy="Añadir a la cesta",
        notify="Avísame cuando esté disponible",
        vat="IVA incluido",
        monthly="o {} al mes en 12 meses sin intereses",
        brand="Marca",
    ),
    "pt": dict(
        code=["Referência", "Ref.", "Cód."],
        was="Antes",
        stock=["Disponível", "Em stock", "Disponível online"],
        out=["Esgotado", "Indisponível", "Sem stock"],
        buy="Adicionar ao carrinho",
        notify="Avise-me quando disponível",
        vat="IVA incluído",
        monthly="ou {} / mês em 12 prestações",
        brand="Marca",
    ),
    "it": dict(
        code=["Cod. art.", "Codice articolo", "Cod. prodotto"],
        was="Prezzo precedente",
        stock=["Disponibile", "Disponibile online", "Spedizione in 24/48 ore"],
        out=["Esaurito", "Non disponibile", "Prodotto esaurito"],
        buy="Aggiungi al carrello",
        notify="Avvisami quando disponibile",
        vat="IVA inclusa",
        monthly="oppure {} al mese con Findomestic",
        brand="Marca",
    ),
}


def iberia(rng: random.Random) -> Page:
    """A Spanish ("Referencia: 001-0123-4567", "Antes 59,99 €", "IVA incluido", "Añadir a la cesta", "Agotado"),
    Portuguese ("Referência: 7123456", "Disponível" / "Esgotado", "Adicionar ao carrinho") or Italian ("Cod. art.
    123456", "Disponibile" / "Esaurito", "Aggiungi al carrello") store: a colour or size choice, a monthly
    instalment, the Omnibus lowest price on some sales, a loyalty price on some."""
    site = rng.choice(["es", "pt", "it"])
    loc = LOCALES[site]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.45, stock=0.75)
    chrome = Chrome.draw(rng, loc)
    if site == "es":
        code = f"001{rng.randrange(100, 999)}{rng.randrange(10, 99)}{rng.randrange(10000, 99999)}"
        shown = code if rng.random() < 0.5 else f"{code[:3]}-{code[3:6]}-{code[6:8]}-{code[8:]}"
    elif site == "pt":
        code = str(rng.randrange(1_000_000, 8_999_999))
        shown = code
    else:
        code = str(rng.randrange(100_000, 9_999_999))
        shown = code
    label = rng.choice(w["code"])
    show_code = rng.random() < 0.85
    monthly = (item.price / 12).quantize(Decimal("0.01"))
    price = (
        '<div class="product-price">'
        + (
            f'<span class="price-before">{w["was"]} <s>{money(item.was, loc)}</s></span>'
            f'<span class="price-discount">-{round((1 - item.price / item.was) * 100)}%</span>'
            if item.was
            else ""
        )
        + f'<span class="price-sale">{money(item.price, loc)}</span><span class="price-vat">{w["vat"]}</span>'
        + (f'<p class="financing">{w["monthly"].format(money(monthly, loc))}</p>' if rng.random() < 0.4 else "")
        + "</div>"
    )
    sizes = ""
    if item.sizes:
        gone = rng.choice(item.sizes) if rng.random() < 0.5 else ""
        sizes = (
            '<div class="sizes"><ul>'
            + "".join(
                f'<li><button type="button" class="size{" size--disabled" if s == gone else ""}"'
                f"{' disabled' if s == gone else ''}>{s}</button></li>"
                for s in item.sizes
            )
            + "</ul></div>"
        )
    if item.in_stock:
        stock = f'<p class="stock stock--available">{rng.choice(w["stock"])}</p>'
        button = f'<button class="btn btn-buy js-add-cart" type="submit">{w["buy"]}</button>'
    else:
        stock = f'<p class="stock stock--unavailable">{rng.choice(w["out"])}</p>'
        button = f'<button class="btn btn-notify" type="button">{w["notify"]}</button>'
    code_html = f'<p class="product-reference">{label} {shown}</p>' if show_code else ""
    main = (
        f'<div class="product-detail"><p class="product-brand">{esc(item.brand)}</p>'
        f'<h1 class="product-name">{esc(item.name)}</h1>{code_html}{price}{sizes}{stock}'
        f'<form method="post" action="/cart/add">{button}</form><div class="product-info"><h2>Info</h2>'
        f"<p>{esc(item.description)}</p><dl><dt>{w['brand']}</dt><dd>{esc(item.brand)}</dd><dt>EAN</dt>"
        f"<dd>{item.gtin}</dd></dl></div></div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "productID": str(rng.randrange(10**9, 10**10)),
        "gtin13": item.gtin,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "EUR",
            "availability": schema_stock(item.in_stock),
        },
    }
    host = {"es": "www.almacenes-sol.example", "pt": "www.loja-norte.example", "it": "www.grandimagazzini.example"}[
        site
    ]
    url = f"https://{host}/{site}/{slug(item.name)}-{code}"
    page_html = wrap(
        host,
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.65 else ""),
        head(f"{item.brand} {item.name}", f'<link rel="canonical" href="{url}">', site),
        gtm(loc, item, code, chrome),
    )
    return Page("iberia", "", url, page_html, truth(item.price, shown if show_code else None, item.in_stock))
