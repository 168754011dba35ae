"""Product pages as German-speaking online pharmacies (Shop Apotheke-, DocMorris-, medpex-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import Item, gtin13, slug
from platforms.money import LOCALES, money

REMEDIES = [
    ("Ibuprofen 400 mg Filmtabletten", "St.", [10, 20, 50]),
    ("Vitamin D3 2000 I.E. Kapseln", "St.", [60, 120]),
    ("Meerwasser Nasenspray", "ml", [20, 30]),
    ("Magnesium 400 Direkt-Sticks", "St.", [20, 60]),
    ("Hyaluron Augentropfen", "ml", [10]),
    ("Zink Brausetabletten", "St.", [20, 40]),
    ("Basiscreme für trockene Haut", "ml", [100, 200]),
]


def pharmacy(rng: random.Random) -> Page:
    """An online pharmacy: the PZN (the article's code in every German pharmacy: "PZN: 01234567", "PZN 01234567")
    in the buy box beside the maker and the pack size, pack sizes each with their own PZN and price, "UVP¹" or
    "AVP²" struck through with "Sie sparen 35 %", the base price ("Grundpreis: 28,30 € / 100 ml"), "Sofort
    lieferbar" / "Nicht lieferbar" / "Derzeit nicht vorrätig", "In den Warenkorb", the Rx and reimbursement notes."""
    loc = LOCALES[rng.choice(["de", "de", "at"])]
    name, unit, packs = rng.choice(REMEDIES)
    chosen = rng.randrange(len(packs))
    prices = [(Decimal(rng.randrange(299, 1999)) / 100 * (1 + i)).quantize(Decimal("0.01")) for i in range(len(packs))]
    pzns = [f"{rng.randrange(0, 19_999_999):08d}" for _ in packs]
    price = prices[chosen]
    uvp = (
        (price * Decimal(rng.choice(["1.2", "1.35", "1.6"]))).quantize(Decimal("0.01")) if rng.random() < 0.65 else None
    )
    in_stock = rng.random() < 0.8
    maker = rng.choice(["Ratiopharm GmbH", "Hexal AG", "Dr. Kestrel Pharma", "Northwind Health GmbH"])
    item = Item(name, maker, price, uvp, in_stock, [], slug(name), gtin13(rng), [], f"{name}. Pflichtangaben beachten.")
    item.related = [
        (n, (Decimal(rng.randrange(299, 1999)) / 100).quantize(Decimal("0.01")), True)
        for n, _, _ in rng.sample(REMEDIES, 3)
    ]
    chrome = Chrome.draw(rng, loc)
    size = packs[chosen]
    base_qty = Decimal(100) if unit == "ml" else Decimal(1)
    base = (price / Decimal(size) * base_qty).quantize(Decimal("0.01"))
    base_text = f"{money(base, loc)} / 100 ml" if unit == "ml" else f"{money(base, loc)} / 1 St."
    label = rng.choice(["PZN", "PZN:", "PZN/EAN:"])
    ref = rng.choice(["UVP¹", "AVP²", "Statt¹"])
    pack_html = "".join(
        f'<li class="variant{" variant--active" if i == chosen else ""}"><a href="/{slug(name)}-{p}.htm">'
        f'<span>{n} {unit}</span> <span class="variant-price">{money(pr, loc)}</span></a></li>'
        for i, (n, p, pr) in enumerate(zip(packs, pzns, prices, strict=True))
    )
    price_html = (
        '<div class="a-Price">'
        + (
            f'<div class="a-Price--before"><span>{ref}</span> <s>{money(uvp, loc)}</s></div>'
            f'<div class="a-Price--saving">Sie sparen {round((1 - price / uvp) * 100)} %</div>'
            if uvp
            else ""
        )
        + f'<div class="a-Price--current" data-qa-id="current-price">{money(price, loc)}</div>'
        f'<div class="a-Price--base">Grundpreis: {base_text}</div>'
        '<div class="a-Price--vat">inkl. MwSt., zzgl. Versand</div></div>'
    )
    if in_stock:
        stock = '<p class="o-Availability o-Availability--green">Sofort lieferbar</p>'
        button = (
            '<button class="a-Button a-Button--primary" type="submit" data-qa-id="add-to-cart">'
            "In den Warenkorb</button>"
        )
    else:
        gone = rng.choice(["Nicht lieferbar", "Derzeit nicht vorrätig"])
        stock = f'<p class="o-Availability o-Availability--red">{gone}</p>'
        button = '<button class="a-Button a-Button--secondary" type="button">Benachrichtigen</button>'
    info = (
        '<dl class="o-ProductInfo"><dt>Anbieter</dt><dd>' + esc(maker) + f"</dd><dt>Packungsgröße</dt><dd>{size} {unit}"
        f'</dd><dt>{label.rstrip(":")}</dt><dd data-qa-id="pzn">{pzns[chosen]}</dd><dt>Darreichungsform</dt><dd>'
        + ("Filmtabletten" if "Tabl" in name else "Sonstige")
        + "</dd></dl>"
    )
    main = (
        f'<div class="o-ProductDetail"><h1 class="o-ProductDetail__title">{esc(name)}</h1>'
        f'<p class="o-ProductDetail__subtitle">{size} {unit} · {esc(maker)}</p>'
        f'<ul class="o-Variants">{pack_html}</ul>{price_html}{stock}'
        f'<form action="/cart/add" method="post"><input type="hidden" name="pzn" value="{pzns[chosen]}">{button}</form>'
        f'{info}<p class="o-Legal">¹ Unverbindliche Preisempfehlung des Herstellers. Zu Risiken und '
        "Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer "
        "Apotheke.</p></div>\n"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "sku": pzns[chosen],
        "gtin8": pzns[chosen] if rng.random() < 0.3 else None,
        "brand": {"@type": "Brand", "name": maker},
        "offers": {
            "@type": "Offer",
            "price": f"{price:.2f}",
            "priceCurrency": "EUR",
            "availability": schema_stock(in_stock),
        },
    }
    data = {k: v for k, v in data.items() if v is not None}
    url = f"https://www.apotheke-am-markt.example/{slug(name)}-{pzns[chosen]}.htm"
    page_html = wrap(
        "Apotheke am Markt",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"{name} {size} {unit} - PZN {pzns[chosen]}", f'<link rel="canonical" href="{url}">', "de"),
        gtm(loc, item, pzns[chosen], chrome),
    )
    return Page("pharmacy", "", url, page_html, truth(price, pzns[chosen], in_stock))
