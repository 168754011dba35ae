"""Product pages as the German marketplaces (Otto-, Kaufland-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money


def otto(rng: random.Random) -> Page:
    """Otto-/Kaufland-like: "Artikelnummer" or "Art.-Nr." in a details table beside "Hersteller-Nr." and "EAN",
    "UVP" and "Statt" reductions, the Omnibus "Niedrigster Preis der letzten 30 Tage", "inkl. MwSt., zzgl.
    Versand", a base price per litre or kilo, "lieferbar - in 2-3 Werktagen bei dir", "Angebote anderer Händler"
    with their own prices and buttons, a rate per month."""
    loc = LOCALES[rng.choice(["de", "de", "at"])]
    item = draw_item(rng, loc, sale=0.45, stock=0.75, sizes=rng.choice(["apparel", "none", "none"]))
    chrome = Chrome.draw(rng, loc)
    front = rng.choice(["otto", "kaufland"])
    code = (
        f"{rng.randrange(10**7, 10**8)}"
        if front == "kaufland"
        else f"S0{rng.choice('ABCDEFGHJK')}"
        + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    )
    label = rng.choice(["Artikelnummer", "Art.-Nr.", "Artikel-Nr."])
    maker = f"{item.brand[:3].upper()}-{rng.randrange(1000, 99999)}"
    lowest = (item.price * Decimal(rng.choice(["0.95", "1.0", "1.05"]))).quantize(Decimal("0.01"))
    per_litre = rng.random() < 0.25
    base = (item.price * Decimal(rng.choice(["1.33", "2", "4"]))).quantize(Decimal("0.01"))
    monthly = (item.price / 12).quantize(Decimal("0.01"))
    shown_code = rng.random() < 0.9
    if item.in_stock:
        delivery = rng.choice(
            ["lieferbar - in 2-3 Werktagen bei dir", "Lieferung Mo, 14. Dez. - Di, 15. Dez.", "Sofort lieferbar"]
        )
        stock = f'<div class="pdp_delivery-info"><span class="p_text--green">{delivery}</span></div>'
        button = (
            '<button class="pl_button100--primary js_pdp_basket-button" type="submit" data-qa="addToBasket">'
            "In den Warenkorb</button>"
        )
    else:
        stock = '<div class="pdp_delivery-info"><span class="p_text--red">Leider ausverkauft</span></div>'
        button = '<button class="pl_button100--secondary" type="button">Benachrichtigen, wenn verfügbar</button>'
    others = ""
    if front == "kaufland" and item.in_stock and rng.random() < 0.5:
        others = (
            '<section class="rd-other-offers"><h2>Angebote anderer Händler</h2><ul>'
            + "".join(
                f'<li class="rd-offer"><span class="rd-offer__seller">Händler {i + 1}</span><span class="rd-price">'
                f"{money(item.price + Decimal(3 * (i + 1)), loc)}</span><span>zzgl. "
                f'{money(Decimal("4.95"), loc)} Versand</span><button type="button">In den Warenkorb</button></li>'
                for i in range(rng.randrange(1, 4))
            )
            + "</ul></section>"
        )
    sizes = (
        '<div class="pdp_dimension-selection"><span>Größe:</span><ul>'
        + "".join(f'<li><button class="pl_selectiontile100" type="button">{s}</button></li>' for s in item.sizes)
        + "</ul></div>"
        if item.sizes
        else ""
    )
    price_html = (
        '<div class="pdp_price">'
        + (
            f'<span class="pdp_price__retail-price">{rng.choice(["UVP", "Statt"])} <s>{money(item.was, loc)}</s>'
            f'</span><span class="pdp_price__discount">-{round((1 - item.price / item.was) * 100)}%</span>'
            if item.was
            else ""
        )
        + f'<span class="pdp_price__price{" pdp_price__price--red" if item.was else ""}" data-qa="price">'
        f"{money(item.price, loc)}</span>"
        + (
            f'<div class="pdp_price__lowest">Niedrigster Preis der letzten 30 Tage: {money(lowest, loc)}</div>'
            if item.was
            else ""
        )
        + '<div class="pdp_price__tax">inkl. MwSt., zzgl. <a href="#">Versandkosten</a></div>'
        + (f'<div class="pdp_price__base">Grundpreis: {money(base, loc)} / 1 l</div>' if per_litre else "")
        + f'<div class="pdp_financing">oder ab {money(monthly, loc)} mtl.¹ mit Ratenkauf</div></div>'
    )
    details = (
        '<table class="dv_characteristicsTable"><caption>Produktdetails</caption><tbody>'
        + (f"<tr><td>{label}</td><td>{code}</td></tr>" if shown_code else "")
        + f"<tr><td>Hersteller-Nr.</td><td>{maker}</td></tr><tr><td>EAN</td><td>{item.gtin}</td></tr>"
        f"<tr><td>Marke</td><td>{esc(item.brand)}</td></tr></tbody></table>"
    )
    main = (
        f'<div class="pdp_main"><a class="pdp_short-info__brand" href="/{slug(item.brand)}/">{esc(item.brand)}</a>'
        f'<h1 class="pdp_short-info__main-name" data-qa="variationName">{esc(item.name)}</h1>'
        f'<div class="pdp_rating">4,6 von 5 Sternen ({rng.randrange(3, 700)})</div>{price_html}{sizes}{stock}'
        f'<form action="/order/basket" method="post">{button}</form>{others}'
        f'<div class="pdp_details"><p>{esc(item.description)}</p>{details}</div></div>\n'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code if rng.random() < 0.7 else maker,
        "gtin13": item.gtin,
        "mpn": maker,
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": "EUR",
            "availability": schema_stock(item.in_stock),
            "seller": {"@type": "Organization", "name": "OTTO" if front == "otto" else "Kaufland"},
        },
    }
    host = "www.otto.de" if front == "otto" else "www.kaufland.de"
    url = f"https://{host}/p/{item.handle}-{code.lower()}/"
    page_html = wrap(
        front.upper() if front == "otto" else "Kaufland",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.8 else ""),
        head(f"{item.name} | {front.upper()}", f'<link rel="canonical" href="{url}">', loc.lang),
        gtm(loc, item, code, chrome),
    )
    return Page("otto", "", url, page_html, truth(item.price, code if shown_code else None, item.in_stock))
