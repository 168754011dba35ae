"""Product pages as Salesforce Commerce Cloud's SFRA storefront writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    gtm,
    head,
    ld,
    schema_stock,
    truth,
    wrap,
)
from platforms.items import SHOP_NAMES, draw_item, slug
from platforms.money import LOCALES, money
from platforms.vocabulary import WORDS


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
