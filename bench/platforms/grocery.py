"""Product pages as online grocers (Tesco-, Sainsbury's-, Ocado-, Lidl-, Albert Heijn-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import Item, gtin13, slug
from platforms.money import LOCALES, money

FOODS = {
    "en": [
        ("Free Range Eggs", "6 pack", None),
        ("British Semi Skimmed Milk", "2.27L", ("litre", Decimal("2.27"))),
        ("Mature Cheddar Cheese", "400g", ("kg", Decimal("0.4"))),
        ("Wholemeal Bread", "800g", ("kg", Decimal("0.8"))),
        ("Basmati Rice", "1kg", ("kg", Decimal("1"))),
        ("Ground Coffee", "227g", ("kg", Decimal("0.227"))),
        ("Greek Style Yoghurt", "500g", ("kg", Decimal("0.5"))),
        ("Extra Virgin Olive Oil", "500ml", ("litre", Decimal("0.5"))),
    ],
    "de": [
        ("Bio Vollmilch 3,8 %", "1 l", ("l", Decimal("1"))),
        ("Gouda jung, Scheiben", "400 g", ("kg", Decimal("0.4"))),
        ("Spaghetti", "500 g", ("kg", Decimal("0.5"))),
        ("Kaffee ganze Bohne", "1 kg", ("kg", Decimal("1"))),
        ("Natives Olivenöl extra", "750 ml", ("l", Decimal("0.75"))),
        ("Haferflocken zart", "500 g", ("kg", Decimal("0.5"))),
    ],
    "nl": [
        ("Halfvolle melk", "1 l", ("l", Decimal("1"))),
        ("Jong belegen kaas plakken", "400 g", ("kg", Decimal("0.4"))),
        ("Volkoren brood", "800 g", ("kg", Decimal("0.8"))),
        ("Pindakaas", "600 g", ("kg", Decimal("0.6"))),
    ],
}


def grocery(rng: random.Random) -> Page:
    """An online grocer: the unit price beside the price ("£1.50" and "£3.00/kg", "1 kg = 3,98 €", "€ 2,49 per
    kilo"), a loyalty-card price below it ("Clubcard Price £1.25", "Nectar Price") that only card holders pay, a
    multibuy offer ("Any 3 for £10"), the quantity stepper and "Add", "Sorry, this product is currently
    unavailable" or "Niet beschikbaar", an item code on some fronts ("Item code: 7891234") and none on others."""
    front = rng.choice(["tesco", "sainsburys", "ocado", "lidl", "ah"])
    loc = LOCALES[{"tesco": "gb", "sainsburys": "gb", "ocado": "gb", "lidl": "de", "ah": "nl"}[front]]
    lang = loc.lang
    name, pack, measure = rng.choice(FOODS[lang])
    price = (Decimal(rng.randrange(49, 899)) / 100).quantize(Decimal("0.01"))
    was = None
    if rng.random() < 0.25:
        was = (price * Decimal("1.25")).quantize(Decimal("0.01"))
    in_stock = rng.random() < 0.8
    brand = rng.choice(["Harbour Farm", "Greywell Dairy", "Juniper Kitchen", "Own brand"])
    item = Item(f"{name} {pack}", brand, price, was, in_stock, [], slug(name), gtin13(rng), [], f"{name}, {pack}.")
    item.related = [(f"{n} {p}", Decimal(rng.randrange(49, 899)) / 100, True) for n, p, _ in rng.sample(FOODS[lang], 3)]
    chrome = Chrome.draw(rng, loc)
    unit = ""
    if measure:
        per = (price / measure[1]).quantize(Decimal("0.01"))
        unit = {
            "en": f"{money(per, loc)}/{measure[0]}",
            "de": f"1 {measure[0]} = {money(per, loc)}",
            "nl": f"{money(per, loc)} per {'kilo' if measure[0] == 'kg' else 'liter'}",
        }[lang]
    code = str(rng.randrange(1_000_000, 8_999_999)) if front == "sainsburys" else None
    member = (price * Decimal("0.8")).quantize(Decimal("0.01"))
    loyalty = {"tesco": "Clubcard Price", "sainsburys": "Nectar Price", "lidl": "Lidl Plus Preis", "ah": "Bonus"}.get(
        front
    )
    card_price = (
        f'<div class="offer-loyalty"><span class="offer-text">{money(member, loc)} {loyalty}</span></div>'
        if loyalty and in_stock and rng.random() < 0.4
        else ""
    )
    multibuy_text = (
        "Any 3 for " + money(Decimal(rng.choice([5, 10])), loc)
        if lang == "en"
        else "2 für " + money(price * 2 - Decimal("0.50"), loc)
        if lang == "de"
        else "2e halve prijs"
    )
    multibuy = f'<div class="offer-multibuy">{multibuy_text}</div>' if in_stock and rng.random() < 0.3 else ""
    words = {
        "en": ("Add", "Sorry, this product is currently unavailable", "Quantity", "Was"),
        "de": ("In den Warenkorb", "Derzeit nicht verfügbar", "Menge", "Statt"),
        "nl": ("Toevoegen", "Niet beschikbaar", "Aantal", "Van"),
    }[lang]
    price_html = (
        '<div class="price-details">'
        + (f'<span class="price-was">{words[3]} {money(was, loc)}</span>' if was else "")
        + f'<p class="price-per-sellable-unit"><span class="value">{money(price, loc)}</span></p>'
        + (f'<p class="price-per-quantity-weight">{unit}</p>' if unit else "")
        + "</div>"
    )
    if in_stock:
        buy = (
            f'<form class="add-control"><label>{words[2]}<input type="number" value="1" min="1" max="99"></label>'
            f'<button type="submit" class="add-button">{words[0]}</button></form>'
        )
    else:
        buy = f'<div class="product-unavailable-message"><p>{words[1]}</p></div>'
    main = (
        f'<div class="product-details-tile"><h1 class="product-details-tile__title">{esc(item.name)}</h1>'
        + (f'<p class="product-code">Item code: {code}</p>' if code else "")
        + f"{price_html}{card_price}{multibuy}{buy}"
        f'<div class="product-info"><h2>{"Product information" if lang == "en" else "Info"}</h2><p>'
        f"{esc(item.description)}</p><p>{esc(brand)}</p></div></div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": code or str(rng.randrange(10**8, 10**9)),
        "gtin13": item.gtin,
        "offers": {
            "@type": "Offer",
            "price": f"{price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(in_stock),
        },
    }

    def card(n: str, p: Decimal, stock: bool) -> str:
        return (
            f'<li class="product-list--list-item"><a href="/products/{slug(n)}">{esc(n)}</a>'
            f'<p class="price">{money(p, loc)}</p><button type="button">{words[0]}</button></li>'
        )

    host = {
        "tesco": "www.tesco.example/groceries/en-GB",
        "sainsburys": "www.sainsburys.example/gol-ui",
        "ocado": "www.ocado.example",
        "lidl": "www.lidl.example/de",
        "ah": "www.ah.example",
    }[front]
    url = f"https://{host}/products/{slug(name)}-{rng.randrange(10**6, 10**9)}"
    page_html = wrap(
        front.capitalize(),
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.5 else ""),
        head(f"{item.name} - {front.capitalize()}", f'<link rel="canonical" href="{url}">', lang),
        gtm(loc, item, code or "", chrome),
        card,
    )
    return Page("grocery", "", url, page_html, truth(price, code, in_stock))
