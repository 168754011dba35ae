"""Listing pages as an Etsy-like handmade marketplace writes them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, head, ld, truth, wrap
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money

WORDS = {
    "en": (
        "Price:",
        "Add to basket",
        "Buy it now",
        "Only {} left",
        "Low in stock",
        "Sorry, this item is sold out",
        "Handmade",
        "Item details",
        "Star Seller",
        "In {} baskets",
        "Original price:",
        "Sale Price",
        "More from this shop",
        "Local taxes included (where applicable)",
        "Sale ends in {} hours",
    ),
    "de": (
        "Preis:",
        "In den Warenkorb",
        "Jetzt kaufen",
        "Nur noch {} verfügbar",
        "Nur noch wenige verfügbar",
        "Dieser Artikel ist leider ausverkauft",
        "Handgefertigt",
        "Artikeldetails",
        "Star-Verkäufer",
        "In {} Warenkörben",
        "Ursprünglicher Preis:",
        "Angebotspreis",
        "Mehr aus diesem Shop",
        "inkl. MwSt. (falls zutreffend)",
        "Angebot endet in {} Stunden",
    ),
}


def etsy(rng: random.Random) -> Page:
    """Etsy-like: no product code anywhere a shopper sees (the listing id is only in the URL and the data), a price
    with "+" when options change it, "Only 1 left" and "In 20 baskets", a sale with "Original price", the
    seller's other listings with prices, JSON-LD Product with an AggregateOffer or an Offer."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "de"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sale=0.35, stock=0.8, sizes="none")
    chrome = Chrome.draw(rng, loc)
    listing = str(rng.randrange(1_000_000_000, 1_700_000_000))
    shop = rng.choice(["WillowAndWick", "NorthForgeCo", "LinenLoftStudio", "KilnAndClay"])
    options = rng.random() < 0.3  # a price that options change: the lowest, with "+"
    left = rng.choice([1, 1, 2, 3, 0, 0, 0])
    price_text = money(item.price, loc) + ("+" if options else "")
    sale = (
        f'<p class="wt-text-caption"><span class="wt-screen-reader-only">{w[10]}</span>'
        f'<span class="wt-text-strikethrough">{money(item.was, loc)}{"+" if options else ""}</span> '
        f"({round((1 - item.price / item.was) * 100)}% off)</p>"
        f'<p class="wt-text-caption wt-text-brick">{w[14].format(rng.randrange(2, 48))}</p>'
        if item.was
        else ""
    )
    if item.in_stock:
        stock = (
            f'<p class="wt-text-caption wt-text-brick">{w[3].format(left)}</p>'
            if left
            else (f'<p class="wt-text-caption">{w[9].format(rng.randrange(2, 60))}</p>' if rng.random() < 0.5 else "")
        )
        buy = (
            f'<div class="wt-mb-xs-2"><button class="wt-btn wt-btn--outline wt-width-full" type="submit">{w[2]}'
            f'</button></div><div><button class="wt-btn wt-btn--filled wt-width-full" type="submit">{w[1]}</button>'
            "</div>"
        )
    else:
        stock = f'<div class="wt-alert wt-alert--inline"><p>{w[5]}</p></div>'
        buy = ""
    main = (
        '<div id="listing-page-cart" class="listing-page-cart"><div class="wt-mb-xs-2">'
        f'<a href="https://www.etsy.com/shop/{shop}" class="wt-text-link-no-underline">{shop}</a> '
        f'<span class="wt-badge">{w[8]}</span></div>'
        f'<h1 class="wt-text-body-01 wt-line-height-tight" data-buy-box-listing-title="true">{esc(item.name)}</h1>'
        f'<div data-buy-box-region="price"><p class="wt-text-title-03 wt-mr-xs-1"><span class="wt-screen-reader-only">'
        f"{w[11] if item.was else w[0]}</span>{price_text}</p>{sale}"
        f'<p class="wt-text-caption">{w[13]}</p></div>{stock}'
        + (
            '<div class="wt-validation"><label for="variation-selector-0">Option</label><select id="variation-'
            'selector-0"><option value="">Select an option</option>'
            + "".join(
                f"<option>{v} ({money(item.price + Decimal(i * 6), loc)})</option>"
                for i, v in enumerate(["Small", "Medium", "Large"])
            )
            + "</select></div>"
            if options
            else ""
        )
        + f'{buy}<div class="wt-mt-xs-4"><h2>{w[7]}</h2><ul><li>{w[6]}</li></ul><p>{esc(item.description)}</p></div>'
        "</div>\n"
    )
    offers: dict[str, object] = (
        {
            "@type": "AggregateOffer",
            "lowPrice": f"{item.price:.2f}",
            "highPrice": f"{item.price + 12:.2f}",
            "offerCount": 3,
            "priceCurrency": loc.currency,
            "availability": "https://schema.org/" + ("InStock" if item.in_stock else "OutOfStock"),
        }
        if options
        else {
            "@type": "Offer",
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": "https://schema.org/" + ("InStock" if item.in_stock else "OutOfStock"),
        }
    )
    data = {
        "@type": "Product",
        "@context": "https://schema.org",
        "url": f"https://www.etsy.com/listing/{listing}/{item.handle}",
        "name": item.name,
        "sku": listing,
        "description": item.description,
        "image": [{"@type": "ImageObject", "contentURL": f"https://i.etsystatic.com/{listing}/il_fullxfull.jpg"}],
        "brand": {"@type": "Brand", "name": shop},
        "offers": offers,
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "reviewCount": rng.randrange(3, 900)},
    }

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<li class="wt-list-unstyled"><a class="listing-link" href="/listing/{rng.randrange(10**9, 2 * 10**9)}/'
            f'{slug(name)}"><h3 class="v2-listing-card__title">{esc(name)}</h3><p class="wt-text-title-01">'
            f'<span class="currency-symbol">{loc.pattern.replace("{}", "").strip()}</span><span class="currency-value">'
            f"{money(price, loc).replace(loc.pattern.replace('{}', '').strip(), '').strip()}</span></p></a></li>"
        )

    url = f"https://www.etsy.com/{'de/' if loc.lang == 'de' else ''}listing/{listing}/{item.handle}"
    page_html = wrap(
        "Etsy",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.85 else ""),
        head(f"{item.name} - Etsy", f'<link rel="canonical" href="{url}">', loc.lang),
        card=card,
    )
    # With options the shown price is the lowest ("$24.00+"), the one the page leads with, as a "from" price is.
    return Page("etsy", "", url, page_html, truth(item.price, None, item.in_stock))
