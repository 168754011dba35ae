"""Product pages as the big fashion shops (Zalando-, ASOS-, Zara-, H&M-like) write them."""

from __future__ import annotations

import random
from decimal import Decimal

from platforms.chrome import Chrome, Page, esc, gtm, head, ld, schema_stock, truth, wrap
from platforms.items import NAMES, draw_item, slug
from platforms.money import LOCALES, money

COLOURS = {
    "en": ["Black", "Navy", "Beige", "Dark green", "White"],
    "de": ["Schwarz", "Dunkelblau", "Beige", "Dunkelgrün", "Weiß"],
    "fr": ["Noir", "Bleu marine", "Beige", "Vert foncé", "Blanc"],
    "es": ["Negro", "Azul marino", "Beige", "Verde oscuro", "Blanco"],
}

LABELS = {
    "en": dict(
        colour="Colour",
        size="Size",
        gone="Out of stock",
        notify="Notify me",
        code="Art. no.",
        add="Add to bag",
        sold="Sold out",
        select="Please select a size",
        low="Only a few left",
        was="Original price",
        lowest="Lowest price in the last 30 days",
    ),
    "de": dict(
        colour="Farbe",
        size="Größe",
        gone="Ausverkauft",
        notify="Benachrichtigen",
        code="Artikelnummer",
        add="In den Warenkorb",
        sold="Ausverkauft",
        select="Bitte Größe wählen",
        low="Nur noch wenige",
        was="Ursprünglicher Preis",
        lowest="Niedrigster Preis der letzten 30 Tage",
    ),
    "fr": dict(
        colour="Couleur",
        size="Taille",
        gone="Épuisé",
        notify="M'avertir",
        code="Réf. article",
        add="Ajouter au panier",
        sold="Épuisé",
        select="Choisissez une taille",
        low="Bientôt épuisé",
        was="Prix d'origine",
        lowest="Prix le plus bas des 30 derniers jours",
    ),
    "es": dict(
        colour="Color",
        size="Talla",
        gone="Agotado",
        notify="Avísame",
        code="Ref.",
        add="Añadir a la cesta",
        sold="Agotado",
        select="Selecciona una talla",
        low="Últimas unidades",
        was="Precio original",
        lowest="Precio más bajo de los últimos 30 días",
    ),
}


def fashion(rng: random.Random) -> Page:
    """A fashion shop: colour swatches each with its own article number ("Art. no. 0970819001", the last three
    digits the colour; Zalando's "NI112N0A1-Q11"; Zara's "Ref. 1234/567/800"), sizes where some are sold out (the
    product is sold out only when all are), the size-level codes in the structured data (one Offer per size, or a
    ProductGroup), "-30%" and the original price with the Omnibus lowest price, "Add to bag", related looks."""
    front = rng.choice(["hm", "zalando", "zara", "asos"])
    site = {"hm": rng.choice(["gb", "de", "fr"]), "zalando": "de", "zara": rng.choice(["es", "gb"]), "asos": "gb"}[
        front
    ]
    loc = LOCALES[site]
    lang = loc.lang
    lab = LABELS[lang]
    names = NAMES[lang][:10] if lang in NAMES else None
    item = draw_item(rng, loc, sale=0.4, stock=0.8, sizes="apparel", names=names)
    chrome = Chrome.draw(rng, loc)
    colours = rng.sample(COLOURS[lang], rng.randrange(1, 4))
    chosen = rng.randrange(len(colours))
    if front == "hm":
        base = f"{rng.randrange(600_000, 1_299_999):07d}"
        codes = [f"{base}{i + 1:03d}" for i in range(len(colours))]
    elif front == "zalando":
        stem = f"{item.brand[:2].upper()}{rng.randrange(100, 999)}{rng.choice('ABCDEFGH')}{rng.randrange(10, 99)}"
        codes = [f"{stem}-{rng.choice('ABCDEGKQ')}{rng.randrange(10, 99)}" for _ in colours]
    elif front == "zara":
        stem = f"{rng.randrange(1000, 9999)}/{rng.randrange(100, 999)}"
        codes = [f"{stem}/{rng.choice(['800', '401', '250', '500', '712'])}" for _ in colours]
        codes = list(dict.fromkeys(codes)) + [f"{stem}/{900 + i}" for i in range(len(colours) - len(set(codes)))]
    else:
        codes = [str(rng.randrange(200_000_000, 209_999_999)) for _ in colours]
    code = codes[chosen]
    # In stock: at least one size can be bought; out of stock: none can.
    gone = set(rng.sample(item.sizes, rng.randrange(0, len(item.sizes)))) if item.in_stock else set(item.sizes)
    swatches = "".join(
        f'<li class="swatch{" swatch--selected" if i == chosen else ""}"><a href="?article={c}" title="{esc(n)}">'
        f'<img src="/img/{c}.jpg" alt="{esc(n)}"></a></li>'
        for i, (c, n) in enumerate(zip(codes, colours, strict=True))
    )
    size_list = ""
    for s in item.sizes:
        sold = s in gone
        size_list += (
            f'<li><button type="button" class="size-option{" size-option--sold-out" if sold else ""}"'
            + (' aria-disabled="true"' if sold else "")
            + f">{s}"
            + (f'<span class="size-note">{lab["gone"]}</span>' if sold else "")
            + "</button></li>"
        )
    lowest = (item.price * Decimal(rng.choice(["1.0", "1.1"]))).quantize(Decimal("0.01"))
    price = (
        '<div class="product-price">'
        + (
            f'<span class="price-sale" data-testid="current-price">{money(item.price, loc)}</span>'
            f'<span class="price-discount">-{round((1 - item.price / item.was) * 100)}%</span>'
            f'<span class="price-original">{lab["was"]}: <s>{money(item.was, loc)}</s></span>'
            + (f'<p class="price-omnibus">{lab["lowest"]}: {money(lowest, loc)}</p>' if lang != "en" else "")
            if item.was
            else f'<span class="price-regular" data-testid="current-price">{money(item.price, loc)}</span>'
        )
        + "</div>"
    )
    button = (
        f'<button type="submit" class="add-to-bag">{lab["add"]}</button>'
        + (f'<p class="low-stock">{lab["low"]}</p>' if gone and rng.random() < 0.4 else "")
        if item.in_stock
        else f'<p class="sold-out-message">{lab["sold"]}</p>'
        f'<button type="button" class="notify">{lab["notify"]}</button>'
    )
    code_line = (
        f'<p class="product-code">{lab["code"]} {code}</p>'
        if front != "asos"
        else f'<div class="product-code"><h3>Product Code</h3><p>{code}</p></div>'
    )
    main = (
        f'<div class="product-detail"><h1 class="product-name">{esc(item.name)}</h1>'
        f'<p class="product-brand">{esc(item.brand)}</p>{price}'
        f'<div class="colours"><h3>{lab["colour"]}: {esc(colours[chosen])}</h3><ul>{swatches}</ul></div>'
        f'<div class="sizes"><h3>{lab["size"]}</h3><p class="size-hint">{lab["select"]}</p><ul>{size_list}</ul>'
        f'</div>{button}<details class="product-description" open><summary>Details</summary><p>'
        f"{esc(item.description)}</p>{code_line}</details></div>\n"
    )
    size_codes = {s: f"{code.replace('/', '')}{i + 2:03d}" for i, s in enumerate(item.sizes)}
    offers = [
        {
            "@type": "Offer",
            "sku": size_codes[s],
            "name": s,
            "price": f"{item.price:.2f}",
            "priceCurrency": loc.currency,
            "availability": schema_stock(s not in gone),
        }
        for s in item.sizes
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": item.name,
        "sku": rng.choice([code, size_codes[item.sizes[0]]]),
        "color": colours[chosen],
        "brand": {"@type": "Brand", "name": item.brand},
        "offers": offers,
    }
    host = {
        "hm": "www2.hm.example",
        "zalando": "www.zalando.example",
        "zara": "www.zara.example",
        "asos": "www.asos.example",
    }[front]
    url = f"https://{host}/{site}/{slug(item.name)}-p{code.replace('/', '')}.html"
    page_html = wrap(
        front.upper() if front != "zalando" else "Zalando",
        loc,
        chrome,
        item,
        main + (ld(data) if rng.random() < 0.7 else ""),
        head(f"{item.name} | {front}", f'<link rel="canonical" href="{url}">', lang),
        gtm(loc, item, code, chrome),
    )
    return Page("fashion", "", url, page_html, truth(item.price, code, item.in_stock))
