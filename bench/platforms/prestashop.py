"""Product pages as PrestaShop's classic theme writes them."""

from __future__ import annotations

import json
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


def prestashop(rng: random.Random) -> Page:
    """PrestaShop 1.7/8 classic theme: microdata or its JSON-LD, "Référence" in the details tab, the availability
    line with its material icon, data-product JSON on the details block, and `var prestashop` in a script."""
    loc = LOCALES[rng.choice(["fr", "fr", "fr", "es", "it"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "none"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.{ {'fr': 'fr', 'es': 'es', 'it': 'it'}[loc.lang] }"
    pid = rng.randrange(10, 3000)
    code = rng.choice(
        [
            f"demo_{rng.randrange(1, 40)}",
            f"{item.brand[:3].upper()}{rng.randrange(1000, 9999)}",
            f"{rng.randrange(100000, 999999)}",
        ]
    )
    words = {
        "fr": (
            "Référence",
            "En stock",
            "Rupture de stock",
            "Économisez",
            "TTC",
            "Quantité",
            "Articles",
            "Détails du produit",
        ),
        "es": (
            "Referencia",
            "En stock",
            "Fuera de stock",
            "Ahorra",
            "IVA incluido",
            "Cantidad",
            "Artículos",
            "Detalles del producto",
        ),
        "it": (
            "Riferimento",
            "Disponibile",
            "Non disponibile",
            "Risparmia",
            "Tasse incluse",
            "Quantità",
            "Articoli",
            "Dettagli del prodotto",
        ),
    }[loc.lang]
    style = rng.choice(["microdata", "jsonld", "none"])
    colon = rng.random() < 0.5
    url = f"https://{host}/{rng.choice(['accueil', 'vetements', 'maison'])}/{pid}-{item.handle}.html"
    md = style == "microdata"
    quantity = rng.randrange(1, 300)
    label = words[0] + ("\u00a0:" if colon and loc.lang == "fr" else (":" if colon else ""))
    prices = (
        '<div class="product-prices js-product-prices">'
        + (
            f'<div class="product-discount"><span class="regular-price">{money(item.was, loc)}</span></div>'
            if item.was
            else ""
        )
        + f'<div class="product-price h5{" has-discount" if item.was else ""}"'
        + (' itemprop="offers" itemscope itemtype="https://schema.org/Offer"' if md else "")
        + ">"
        + (
            f'<link itemprop="availability" href="{schema_stock(item.in_stock)}"><meta itemprop="priceCurrency" '
            f'content="{loc.currency}">'
            if md
            else ""
        )
        + f'<div class="current-price"><span class="current-price-value" content="{item.price.normalize():f}"'
        + (' itemprop="price"' if md else "")
        + f">{money(item.price, loc)}</span>"
        + (
            f'<span class="discount discount-percentage">{words[3]} {round((1 - item.price / item.was) * 100)}%</span>'
            if item.was
            else ""
        )
        + f'</div></div><div class="tax-shipping-delivery-label">{words[4]}</div></div>'
    )
    variants = ""
    if item.sizes:
        variants = (
            '<div class="product-variants js-product-variants"><div class="clearfix product-variants-item">'
            f'<span class="control-label">{w["size"]}</span><select class="form-control form-control-select" '
            'id="group_1" data-product-attribute="1" name="group[1]">'
            + "".join(
                f'<option value="{i + 1}" title="{s}"{" selected" if i == 0 else ""}>{s}</option>'
                for i, s in enumerate(item.sizes)
            )
            + "</select></div></div>"
        )
    icon = (
        '<i class="material-icons rtl-no-flip product-available">&#xE5CA;</i>'
        if item.in_stock
        else '<i class="material-icons product-unavailable">&#xE14B;</i>'
    )
    add = (
        '<div class="product-add-to-cart js-product-add-to-cart"><span class="control-label">'
        f'{words[5]}</span><div class="product-quantity clearfix"><div class="qty"><input type="number" '
        f'name="qty" id="quantity_wanted" inputmode="numeric" value="1" class="input-group" min="1"></div>'
        '<div class="add"><button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit"'
        + ("" if item.in_stock else " disabled")
        + f'><i class="material-icons shopping-cart">&#xE547;</i>{w["add"]}</button></div></div>'
        f'<span id="product-availability" class="js-product-availability">{icon}'
        f"{words[1] if item.in_stock else words[2]}</span></div>"
    )
    data_product = {
        "id_shop_default": "1",
        "id_product": str(pid),
        "reference": code,
        "price": money(item.price, loc),
        "quantity": quantity if item.in_stock else 0,
        "available_for_order": "1",
        "id_product_attribute": str(rng.randrange(1, 200)),
        "ean13": item.gtin,
    }
    details = (
        f'<div class="js-product-details tab-pane fade" id="product-details" data-product="'
        f'{esc(json.dumps(data_product, ensure_ascii=False))}" role="tabpanel">'
        f'<div class="product-manufacturer"><a href="/brand/{slug(item.brand)}"><img src="/img/m/{pid % 9}.jpg" '
        f'class="img img-thumbnail manufacturer-logo" alt="{esc(item.brand)}"></a></div>'
        f'<div class="product-reference"><label class="label">{label} </label><span'
        + (' itemprop="sku"' if md else "")
        + f">{esc(code)}</span></div>"
        + (
            f'<div class="product-quantities"><label class="label">{words[1]}</label><span data-stock="{quantity}" '
            f'data-allow-oos="0">{quantity} {words[6]}</span></div>'
            if item.in_stock
            else ""
        )
        + "</div>"
    )
    main = (
        '<section id="main"'
        + (' itemscope itemtype="https://schema.org/Product"' if md else "")
        + ">"
        + (f'<meta itemprop="url" content="{url}">' if md else "")
        + '<div class="row product-container js-product-container"><div class="col-md-6"><section class="page-content"'
        f' id="content"><div class="images-container js-images-container"><img class="js-qv-product-cover" '
        f'src="https://{host}/{pid}-large_default/{item.handle}.jpg" alt="{esc(item.name)}"></div></section></div>'
        f'<div class="col-md-6"><h1 class="h1"' + (' itemprop="name"' if md else "") + f">{esc(item.name)}</h1>"
        f"{prices}"
        f'<div class="product-information"><div id="product-description-short-{pid}" class="product-description">'
        f"<p>{esc(item.description)}</p></div>"
        f'<div class="product-actions js-product-actions"><form action="https://{host}/panier" method="post" '
        f'id="add-to-cart-or-refresh"><input type="hidden" name="token" value="8f0c2e7a"><input type="hidden" '
        f'name="id_product" value="{pid}" id="product_page_product_id">{variants}{add}</form></div>'
        '<div class="tabs"><ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link" '
        f'data-toggle="tab" href="#description">{w["desc"]}</a></li><li class="nav-item"><a class="nav-link" '
        f'data-toggle="tab" href="#product-details">{words[7]}</a></li></ul>'
        f'<div class="tab-content" id="tab-content"><div class="tab-pane fade in active" id="description">'
        f'<div class="product-description"><p>{esc(item.description)}</p></div></div>{details}</div></div>'
        "</div></div></div></section>\n"
    )
    head_extra = f'<link rel="canonical" href="{url}"><meta property="og:type" content="product">'
    if style == "jsonld":
        head_extra += ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": item.name,
                "description": item.description,
                "category": "Accueil",
                "image": f"https://{host}/{pid}.jpg",
                "sku": code,
                "mpn": code,
                "gtin13": item.gtin,
                "brand": {"@type": "Brand", "name": item.brand},
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": loc.currency,
                    "name": item.name,
                    "price": f"{item.price}",
                    "url": url,
                    "priceValidUntil": "2027-01-01",
                    "image": [f"https://{host}/{pid}.jpg"],
                    "sku": code,
                    "mpn": code,
                    "gtin13": item.gtin,
                    "availability": schema_stock(item.in_stock),
                    "seller": {"@type": "Organization", "name": shop},
                },
            }
        )
    state = {
        "cart": {
            "products": [],
            "totals": {"total": {"type": "total", "label": "Total", "amount": 0, "value": money(Decimal(0), loc)}},
        },
        "currency": {"iso_code": loc.currency, "sign": "€"},
        "page": {"page_name": "product"},
        "shop": {"name": shop},
    }

    def card(name: str, price: Decimal, stock: bool) -> str:
        other = rng.randrange(10, 3000)
        return (
            f'<div class="js-product product col-xs-12 col-sm-6 col-lg-4"><article class="product-miniature js-product-'
            f'miniature" data-id-product="{other}" data-id-product-attribute="0"><div class="thumbnail-container">'
            f'<div class="product-description"><h3 class="h3 product-title"><a href="/{other}-{slug(name)}.html">'
            f'{esc(name)}</a></h3><div class="product-price-and-shipping"><span class="price" aria-label="Prix">'
            f"{money(price, loc)}</span></div></div>"
            + ("" if stock else f'<ul class="product-flags"><li class="product-flag out_of_stock">{words[2]}</li></ul>')
            + "</div></article></div>"
        )

    page_html = wrap(
        shop,
        loc,
        chrome,
        item,
        main,
        head(item.name, head_extra, loc.lang),
        f"<script>var prestashop = {json.dumps(state, ensure_ascii=False)};</script>"
        + gtm(loc, item, str(pid), chrome),
        card,
        "product-id-" + str(pid),
    )
    return Page("prestashop", "", url, page_html, truth(item.price, code, item.in_stock))
