"""Product pages as Czech and Greek shops (Alza-, Shoptet-, Skroutz-shop-like) write them."""

# Written in the characters shops use (local scripts and their digits, no-break spaces, multiplication signs).
# ruff: noqa: RUF001

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

WORDS = {
    "cs": dict(
        code="Kód",
        maker="Katalogové číslo",
        was="Původní cena",
        vat="s DPH",
        novat="bez DPH",
        stock="Skladem",
        pieces="Skladem {} ks",
        out="Vyprodáno",
        order="Na objednávku",
        cart="Do košíku",
        watch="Hlídat dostupnost",
        brand="Výrobce",
    ),
    "el": dict(
        code="Κωδικός προϊόντος",
        maker="Κωδικός κατασκευαστή",
        was="Αρχική τιμή",
        vat="με ΦΠΑ",
        novat="χωρίς ΦΠΑ",
        stock="Άμεσα διαθέσιμο",
        pieces="Διαθέσιμο ({} τεμ.)",
        out="Εξαντλήθηκε",
        order="Κατόπιν παραγγελίας",
        cart="Προσθήκη στο καλάθι",
        watch="Ειδοποίηση διαθεσιμότητας",
        brand="Κατασκευαστής",
    ),
}


def czech(rng: random.Random) -> Page:
    """A Czech shop ("1 299 Kč", "Kód: AB123c1", "Skladem > 5 ks", a price without VAT beside the price with it,
    "Do košíku") or a Greek one ("1.299,00 €", "Κωδικός προϊόντος", "Άμεσα διαθέσιμο", "Εξαντλήθηκε")."""
    site = rng.choice(["cz", "cz", "gr"])
    loc = LOCALES[site]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.4, stock=0.75, sizes="none")
    chrome = Chrome.draw(rng, loc)
    code = (
        f"{item.brand[:2].upper()}{rng.randrange(100, 999)}{rng.choice('abcdefx')}{rng.randrange(1, 9)}"
        if site == "cz"
        else str(rng.randrange(100000, 999999))
    )
    maker = f"{item.brand[:3].upper()}-{rng.randrange(1000, 9999)}"
    novat = (item.price / Decimal("1.21" if site == "cz" else "1.24")).quantize(
        Decimal(1) if site == "cz" else Decimal("0.01")
    )
    on_order = item.in_stock and rng.random() < 0.2
    if item.in_stock:
        text = (
            w["order"] if on_order else (w["pieces"].format(rng.randrange(2, 40)) if rng.random() < 0.5 else w["stock"])
        )
        stock = (
            f'<div class="availability availability--{"order" if on_order else "stock"}"><strong>{text}</strong></div>'
        )
        button = f'<button type="submit" class="btn btn-cart add-to-cart-button">{w["cart"]}</button>'
    else:
        stock = f'<div class="availability availability--out"><strong>{w["out"]}</strong></div>'
        button = f'<button type="button" class="btn btn-watchdog">{w["watch"]}</button>'
    main = (
        f'<div class="p-detail"><h1 itemprop="name">{esc(item.brand)} {esc(item.name)}</h1>'
        f'<div class="p-code"><span class="p-code-label">{w["code"]}:</span> <span>{code}</span></div>'
        f'<div class="p-info-wrapper">{stock}<div class="p-final-price-wrapper">'
        + (
            f'<span class="price-standard"><span>{w["was"]}</span> <span>{money(item.was, loc)}</span></span>'
            f'<span class="price-save">–{round((1 - item.price / item.was) * 100)} %</span>'
            if item.was
            else ""
        )
        + f'<strong class="price-final" data-testid="productCardPrice">{money(item.price, loc)}</strong>'
        f' <span class="price-measure">{w["vat"]}</span><div class="price-additional">{money(novat, loc)} '
        f'{w["novat"]}</div></div><form action="/action/Cart/addCartItem/" method="post">'
        f'<input type="hidden" name="productId" value="{rng.randrange(1000, 99999)}">{button}</form></div>'
        f'<div class="p-parameters"><table><tr><th>{w["maker"]}</th><td>{maker}</td></tr><tr><th>{w["brand"]}</th>'
        f"<td>{esc(item.brand)}</td></tr><tr><th>EAN</th><td>{item.gtin}</td></tr></table></div>"
        f'<div class="basic-description"><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "http://schema.org/",
        "@type": "Product",
        "name": f"{item.brand} {item.name}",
        "sku": code,
        "mpn": maker,
        "gtin13": item.gtin,
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock and not on_order, False)
            if not on_order
            else "http://schema.org/PreOrder",
        },
    }

    def card(name: str, amount: Decimal, stock: bool) -> str:
        return (
            f'<div class="product"><a href="/{slug(name)}/" class="name">{esc(name)}</a><div class="price">'
            f'{money(amount, loc)}</div><div class="availability">{w["stock"] if stock else w["out"]}</div></div>'
        )

    host = "www.obchod-hora.cz" if site == "cz" else "www.katastima-kyma.gr"
    url = f"https://{host}/{item.handle}/"
    page_html = wrap(
        host,
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"{item.brand} {item.name}", f'<link rel="canonical" href="{url}">', loc.lang),
        gtm(loc, item, code, chrome),
        card,
    )
    # "On order" can still be ordered: in stock, as schema.org's PreOrder counts.
    return Page("czech", "", url, page_html, truth(item.price, code, item.in_stock))
