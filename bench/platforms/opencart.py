"""Product pages as OpenCart's default theme writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    truth,
    wrap,
)
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money


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
