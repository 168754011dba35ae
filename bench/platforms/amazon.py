"""Product pages with an Amazon-like buy box."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import (
    Chrome,
    Page,
    esc,
    head,
    truth,
)
from platforms.items import draw_item, slug
from platforms.money import LOCALES, money, number


def amazon(rng: random.Random) -> Page:
    """An Amazon-like buy box: a-offscreen prices, "List Price" struck through, "Currently unavailable" with no
    price, the ASIN in the details table, other sellers "from", a bought-in-past-month count, frequently bought
    together with prices, Subscribe & Save."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "de", "fr"])]
    item = draw_item(rng, loc, stock=0.75)
    chrome = Chrome.draw(rng, loc)
    tld = {"USD": "com", "GBP": "co.uk"}.get(loc.currency, "de" if loc.lang == "de" else "fr")
    host = f"www.amazon.{tld}"
    asin = "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    words = {
        "en": (
            "In Stock",
            "Currently unavailable.",
            "We don't know when or if this item will be back in stock.",
            "List Price:",
            "Add to Cart",
            "Buy Now",
            "bought in past month",
            "Other Sellers on Amazon",
            "New (%d) from",
            "Product details",
            "Customer Reviews",
            "Best Sellers Rank",
            "out of 5 stars",
            "ratings",
            "Ships from",
            "Sold by",
            "Frequently bought together",
            "Visit the %s Store",
        ),
        "de": (
            "Auf Lager",
            "Derzeit nicht verfügbar.",
            "Ob und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt.",
            "Unverb. Preisempf.:",
            "In den Einkaufswagen",
            "Jetzt kaufen",
            "Mal im letzten Monat gekauft",
            "Andere Verkäufer auf Amazon",
            "Neu (%d) ab",
            "Produktinformation",
            "Kundenrezensionen",
            "Amazon Bestseller-Rang",
            "von 5 Sternen",
            "Sternebewertungen",
            "Versand durch",
            "Verkauf durch",
            "Wird oft zusammen gekauft",
            "Besuche den %s-Store",
        ),
        "fr": (
            "En stock",
            "Actuellement indisponible.",
            "Nous ne savons pas quand cet article sera de nouveau approvisionné ni s'il le sera.",
            "Prix conseillé :",
            "Ajouter au panier",
            "Acheter cet article",
            "achetés au cours du mois dernier",
            "Autres vendeurs sur Amazon",
            "Neuf (%d) à partir de",
            "Détails du produit",
            "Commentaires client",
            "Classement des meilleures ventes d'Amazon",
            "sur 5 étoiles",
            "évaluations",
            "Expédié par",
            "Vendu par",
            "Fréquemment achetés ensemble",
            "Visiter la boutique %s",
        ),
    }[loc.lang]
    url = f"https://{host}/{item.handle}/dp/{asin}"

    def a_price(amount: Decimal, extra: str = "") -> str:
        whole, _, fraction = number(amount, loc).rpartition(loc.decimal)
        symbol = loc.pattern.replace("{}", "").strip()
        return (
            f'<span class="a-price{extra}" data-a-size="xl" data-a-color="base"><span class="a-offscreen">'
            f'{money(amount, loc)}</span><span aria-hidden="true"><span class="a-price-symbol">{symbol}</span>'
            f'<span class="a-price-whole">{whole}<span class="a-price-decimal">{loc.decimal}</span></span>'
            f'<span class="a-price-fraction">{fraction}</span></span></span>'
        )

    bought = rng.choice(["", "1K+", "500+", "200+", "50+"])
    rating = f"{rng.randrange(30, 50) / 10}"
    count = rng.randrange(12, 40000)
    sellers = rng.randrange(2, 12)
    other_from = (item.price * Decimal("0.93")).quantize(Decimal("0.01"))
    if item.in_stock:
        price_block = (
            '<div id="corePriceDisplay_desktop_feature_div" class="celwidget"><div class="a-section a-spacing-none '
            'aok-align-center aok-relative">'
            + (
                f'<span class="a-size-large a-color-price savingPriceOverride aok-align-center reinventPriceSavingsPer'
                f'centageMargin savingsPercentage">-{round((1 - item.price / item.was) * 100)}%</span>'
                if item.was
                else ""
            )
            + a_price(item.price, " aok-align-center reinventPricePriceToPayMargin priceToPay")
            + "</div>"
            + (
                f'<div class="a-section a-spacing-small aok-align-center"><span class="a-size-small a-color-secondary '
                f'aok-align-center basisPrice">{words[3]} <span class="a-price a-text-price" data-a-size="s" '
                f'data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">{money(item.was, loc)}</span>'
                f'<span aria-hidden="true">{money(item.was, loc)}</span></span></span></div>'
                if item.was
                else ""
            )
            + "</div>"
        )
        availability = (
            f'<div id="availability" class="a-section a-spacing-base"><span class="a-size-medium '
            f'a-color-success">{words[0]}</span></div>'
        )
        buybox = (
            f'<div id="buybox"><form method="post" id="addToCart" action="/gp/product/handle-buy-box/ref=dp_start-bbf_1'
            f'_glance"><input type="hidden" id="ASIN" name="ASIN" value="{asin}"><input type="hidden" name="'
            f'offerListingID" value="kL%2Bx9Qd"><div id="qualifiedBuybox">{price_block}{availability}'
            f'<select name="quantity" id="quantity">'
            + "".join(f'<option value="{n}">{n}</option>' for n in range(1, 11))
            + f'</select><span class="a-button a-spacing-small a-button-primary a-button-icon" id="a-autoid-0">'
            f'<span class="a-button-inner"><input id="add-to-cart-button" name="submit.add-to-cart" title="{words[4]}'
            f'" class="a-button-input" type="submit" value="{words[4]}"><span id="submit.add-to-cart-announce" '
            f'class="a-button-text" aria-hidden="true">{words[4]}</span></span></span><span class="a-button '
            f'a-button-oneclick"><span class="a-button-inner"><input id="buy-now-button" name="submit.buy-now" '
            f'class="a-button-input" type="submit"><span class="a-button-text" id="submit.buy-now-announce">'
            f'{words[5]}</span></span></span><div class="tabular-buybox-container"><div class="tabular-buybox-text">'
            f'<span class="a-size-small">{words[14]}</span> <span class="a-size-small">Amazon</span></div>'
            f'<div class="tabular-buybox-text"><span class="a-size-small">{words[15]}</span> '
            '<span class="a-size-small">'
            f"Amazon</span></div></div></div></form></div>"
        )
        subscribe = ""
        if loc.currency == "USD" and rng.random() < 0.3:
            snsp = (item.price * Decimal("0.95")).quantize(Decimal("0.01"))
            subscribe = (
                f'<div id="snsAccordionRowMiddle"><span class="a-text-bold">Subscribe &amp; Save:</span> '
                f'<span class="a-price"><span class="a-offscreen">{money(snsp, loc)}</span></span> '
                f"<span>(5%)</span></div>"
            )
        buybox = subscribe + buybox
    else:
        buybox = (
            f'<div id="outOfStock" class="a-box"><div class="a-box-inner"><div id="availability" class="a-section '
            f'a-spacing-none"><span class="a-size-medium a-color-price">{words[1]}</span><br><span class="a-size-base">'
            f"{words[2]}</span></div></div></div>"
        )
    other = (
        f'<div id="olp_feature_div"><div class="a-section a-spacing-small a-spacing-top-small"><span><a class="a-link-'
        f'normal" href="/gp/offer-listing/{asin}/ref=dp_olp_NEW_mbc?condition=new"><span>{words[8] % sellers}</span> '
        f'<span class="a-price" data-a-size="s"><span class="a-offscreen">{money(other_from, loc)}</span>'
        f'<span aria-hidden="true">{money(other_from, loc)}</span></span></a></span></div></div>'
        if item.in_stock and rng.random() < 0.5
        else ""
    )
    together = ""
    # Bought together with the product: shown only while it can be bought.
    if item.related and rng.random() < 0.6 and item.in_stock:
        together = (
            f'<div id="sims-fbt" class="celwidget"><h2 class="a-size-medium">{words[16]}</h2><ul class="a-unordered-'
            f'list">'
            + "".join(
                f'<li><span class="a-size-base">{esc(n)}</span> {a_price(p)}</li>' for n, p, _ in item.related[:2]
            )
            + "</ul></div>"
        )
    details = (
        f'<div id="detailBullets_feature_div"><h2>{words[9]}</h2><ul class="a-unordered-list a-nostyle a-vertical '
        f'a-spacing-none detail-bullet-list"><li><span class="a-list-item"><span class="a-text-bold">Manufacturer'
        f'\u200f:\u200e </span><span>{esc(item.brand)}</span></span></li><li><span class="a-list-item"><span class="'
        f'a-text-bold">ASIN \u200f:\u200e </span><span>{asin}</span></span></li><li><span class="a-list-item"><span '
        f'class="a-text-bold">{words[11]}:</span> #{rng.randrange(100, 90000):,} in Home &amp; Kitchen</span></li>'
        f"</ul></div>"
        if rng.random() < 0.5
        else f'<table id="productDetails_detailBullets_sections1" class="a-keyvalue prodDetTable" role="presentation">'
        f'<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">ASIN</th><td class="a-size-base '
        f'prodDetAttrValue">{asin}</td></tr><tr><th class="a-color-secondary a-size-base prodDetSectionEntry">'
        f'{words[10]}</th><td class="a-size-base">{rating} {words[12]} {count:,} {words[13]}</td></tr></table>'
    )
    main = (
        f'<div id="dp" class="a-container"><div id="dp-container" class="a-container"><div id="ppd"><div '
        f'id="leftCol"><div id="imgTagWrapperId" class="imgTagWrapper"><img alt="{esc(item.name)}" src="https://m.media-'
        f'amazon.com/images/I/{asin[2:]}L._AC_SX679_.jpg" id="landingImage"></div></div><div id="centerCol">'
        f'<div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="/stores/{slug(item.brand)}">'
        f'{words[17] % esc(item.brand)}</a></div><div id="titleSection"><h1 id="title" class="a-size-large a-spacing-'
        f'none"><span id="productTitle" class="a-size-large product-title-word-break">{esc(item.name)}</span></h1>'
        f'</div><div id="averageCustomerReviews"><span class="a-icon-alt">{rating} {words[12]}</span>'
        f'<span id="acrCustomerReviewText" class="a-size-base">{count:,} {words[13]}</span></div>'
        + (
            f'<div id="socialProofingAsinFaceout_feature_div"><span class="a-text-bold">{bought}</span> '
            f"{words[6]}</div>"
            if bought
            else ""
        )
        + f'<hr>{price_block if item.in_stock else ""}<div id="feature-bullets"><ul><li><span class="a-list-item">'
        f'{esc(item.description)}</span></li></ul></div></div><div id="rightCol">{buybox}{other}</div></div>'
        f"{together}{details}</div></div>\n"
    )
    main = main.replace('id="corePriceDisplay_desktop_feature_div"', 'id="corePriceDisplay_desktop_feature_div"', 1)
    page_html = head(f"Amazon.{tld}: {item.name}", f'<link rel="canonical" href="{url}">', loc.lang) + (
        f'<body class="a-m-us a-aui_72554-c"><div id="a-page"><header id="navbar"><a href="/" id="nav-logo-sprites">'
        f'Amazon</a><span id="nav-cart-count">{len(chrome.cart_items)}</span></header>{main}'
        '<div id="navFooter"><a href="/gp/help">Help</a></div></div></body></html>'
    )
    return Page("amazon", "", url, page_html, truth(item.price if item.in_stock else None, asin, item.in_stock))
