"""Product pages as Nordic shops (Swedish, Norwegian, Danish) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, number

WORDS = {
    "sv": dict(
        code="Artikelnummer",
        maker="Tillverkarens art.nr",
        ordinary="Ord. pris",
        save="Spara",
        lowest="Lägsta pris senaste 30 dagarna:",
        stores="Finns i {} butiker",
        web="Webblager",
        delivery="Leverans 1-3 vardagar",
        klarna="Dela upp betalningen från {}/mån",
        moms="Inkl. moms",
    ),
    "nb": dict(
        code="Varenummer",
        maker="Produsentens varenr.",
        ordinary="Før",
        save="Spar",
        lowest="Laveste pris siste 30 dager:",
        stores="På lager i {} butikker",
        web="Nettlager",
        delivery="Levering 1-3 virkedager",
        klarna="Del opp betalingen fra {}/mnd",
        moms="Inkl. mva",
    ),
    "da": dict(
        code="Varenr.",
        maker="Producentens varenr.",
        ordinary="Før",
        save="Spar",
        lowest="Laveste pris de seneste 30 dage:",
        stores="På lager i {} butikker",
        web="Weblager",
        delivery="Levering 1-3 hverdage",
        klarna="Del betalingen op fra {}/md.",
        moms="Inkl. moms",
    ),
}


def nordic(rng: random.Random) -> Page:
    """A Nordic shop: Swedish "1 299 kr" or "1 299:-", Norwegian "1 299,-" and "kr 1 299,-", Danish "1.299,00 kr."
    or "1.299,-"; "Artikelnummer" / "Varenummer" / "Varenr." in a line under the title; "I lager" / "På lager"
    with stock per store and online; "Ord. pris" / "Før" reductions with the lowest price of 30 days; a Klarna
    instalment per month."""
    site = rng.choice(["se", "no", "dk"])
    loc = LOCALES[site]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.4, stock=0.75, sizes=rng.choice(["none", "apparel", "shoes"]))
    chrome = Chrome.draw(rng, loc)
    code = (
        str(rng.randrange(10_000, 9_999_999))
        if rng.random() < 0.7
        else f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    )
    maker = f"{item.brand[:3].upper()}{rng.randrange(1000, 9999)}"
    if site == "dk":
        item.price = item.price.quantize(Decimal(1)) if rng.random() < 0.5 else item.price
        if item.was:
            item.was = item.was.quantize(Decimal(1))
    style = rng.choice(["plain", "dash"])

    def nok(amount: Decimal) -> str:
        """What each country's shops write: "1 299 kr", "1 299:-", "1 299,-", "kr 1 299,-", "1.299,00 kr."."""
        if site == "se":
            whole = number(amount, loc, 0)
            return f"{whole}\u00a0kr" if style == "plain" else f"{whole}:-"
        if site == "no":
            whole = number(amount, loc, 0)
            return f"kr\u00a0{whole},-" if style == "plain" else f"{whole},-"
        if amount == amount.to_integral_value() and style == "dash":
            return f"{number(amount, loc, 0)},-"
        return f"{number(amount, loc)}\u00a0kr."

    lowest = (item.was * Decimal("0.96")).quantize(Decimal(1)) if item.was else None
    stores = rng.randrange(0, 40)
    stock_text = WORDS_STOCK[loc.lang]
    if item.in_stock:
        stock = (
            f'<div class="stock-status"><span class="stock-status__icon stock-status__icon--green"></span>'
            f"<span>{w['web']}: {stock_text[0]}</span></div>"
            + (f'<div class="stock-status">{w["stores"].format(stores)}</div>' if stores else "")
            + f'<div class="delivery">{w["delivery"]}</div>'
        )
        button = f'<button type="submit" class="btn btn-buy" name="add-to-cart">{stock_text[2]}</button>'
    else:
        stock = (
            f'<div class="stock-status"><span class="stock-status__icon stock-status__icon--red"></span>'
            f"<span>{w['web']}: {stock_text[1]}</span></div>"
        )
        button = f'<button type="button" class="btn btn-disabled" disabled>{stock_text[1]}</button>'
    monthly = (item.price / 24).quantize(Decimal(1))
    main = (
        f'<div class="product-page"><div class="product-header"><span class="brand">{esc(item.brand)}</span>'
        f'<h1 class="product-title">{esc(item.name)}</h1><div class="product-meta">'
        f'<span class="sku-label">{w["code"]}:</span> <span class="sku-value">{code}</span>'
        + (f' <span class="mpn">{w["maker"]}: {maker}</span>' if rng.random() < 0.4 else "")
        + '</div></div><div class="price-box">'
        + f'<span class="price{" price--sale" if item.was else ""}">{nok(item.price)}</span>'
        + (
            f'<span class="price-before">{w["ordinary"]} {nok(item.was)}</span><span class="save">{w["save"]} '
            f"{nok(item.was - item.price)}</span><p class='lowest'>{w['lowest']} {nok(lowest)}</p>"
            if item.was and lowest
            else ""
        )
        + f'<p class="vat">{w["moms"]}</p><p class="klarna">{w["klarna"].format(nok(monthly))}</p></div>'
        + (
            '<div class="size-picker"><select name="size">'
            + "".join(f"<option>{s}</option>" for s in item.sizes)
            + "</select></div>"
            if item.sizes
            else ""
        )
        + f'{stock}<form method="post" action="/cart/add"><input type="hidden" name="sku" value="{code}">{button}'
        f'</form><div class="description"><p>{esc(item.description)}</p></div></div>\n'
    )
    data = {
        "@context": "https://schema.org/",
        "@type": "Product",
        "name": item.name,
        "sku": code,
        "mpn": maker,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": str(item.price),
            "priceCurrency": loc.currency,
            "availability": schema_stock(item.in_stock),
        },
    }

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="product-tile"><a href="/produkt/{slug(name)}">{esc(name)}</a>'
            f'<span class="product-tile__price">{nok(price)}</span></li>'
        )

    host = {"se": "www.nordhandel.se", "no": "www.fjellbutikken.no", "dk": "www.havnekompagniet.dk"}[site]
    url = f"https://{host}/produkt/{item.handle}-{code}"
    page_html = wrap(
        host.split(".")[1],
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.6 else ""),
        head(item.name, f'<link rel="canonical" href="{url}">', loc.lang),
        gtm(loc, item, code, chrome),
        card,
    )
    return Page("nordic", "", url, page_html, truth(item.price, code, item.in_stock))


WORDS_STOCK: dict[str, tuple[str, str, str]] = {
    "sv": ("I lager", "Slut i lager", "Köp"),
    "nb": ("På lager", "Utsolgt", "Legg i handlekurv"),
    "da": ("På lager", "Udsolgt", "Læg i kurv"),
}
