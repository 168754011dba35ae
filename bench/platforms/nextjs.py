"""Product pages as a headless Next.js storefront writes them."""

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


def nextjs(rng: random.Random) -> Page:
    """A headless Next.js storefront: server-rendered utility-class markup, the product in __NEXT_DATA__ (price
    objects, variants with their own skus, availableForSale), a "Style #" line, "Notify me" when sold out."""
    loc = LOCALES[rng.choice(["us", "us", "gb", "au"])]
    w = WORDS[loc.lang]
    item = draw_item(rng, loc, sizes=rng.choice(["apparel", "shoes"]))
    chrome = Chrome.draw(rng, loc)
    shop = rng.choice(SHOP_NAMES)
    host = f"www.{slug(shop)}.com"
    style_code = f"{item.brand[:2].upper()}{rng.randrange(1000, 9999)}-{rng.randrange(1, 999):03d}"
    show_style = rng.random() < 0.6
    label = rng.choice(["Style #", "Style:", "Item #", "Product code:"])
    url = f"https://{host}/products/{item.handle}"
    variants = [
        {
            "id": f"gid://shopify/ProductVariant/{rng.randrange(10**13, 10**14)}",
            "title": s,
            "sku": f"{style_code}-{s}",
            "availableForSale": item.in_stock and (i % 3 != 2),
            "price": {"amount": f"{item.price}", "currencyCode": loc.currency},
            "compareAtPrice": {"amount": f"{item.was}", "currencyCode": loc.currency} if item.was else None,
        }
        for i, s in enumerate(item.sizes)
    ]
    if item.in_stock and not any(v["availableForSale"] for v in variants):
        variants[0]["availableForSale"] = True
    next_data = {
        "props": {
            "pageProps": {
                "product": {
                    "id": f"gid://shopify/Product/{rng.randrange(10**12, 10**13)}",
                    "handle": item.handle,
                    "title": item.name,
                    "vendor": item.brand,
                    "availableForSale": item.in_stock,
                    "styleNumber": style_code if show_style else None,
                    "priceRange": {
                        "minVariantPrice": {"amount": f"{item.price}", "currencyCode": loc.currency},
                        "maxVariantPrice": {"amount": f"{item.price}", "currencyCode": loc.currency},
                    },
                    "variants": {"edges": [{"node": v} for v in variants]},
                },
                "recommendations": [
                    {"title": n, "price": {"amount": f"{p}", "currencyCode": loc.currency}} for n, p, _ in item.related
                ],
            },
            "__N_SSG": True,
        },
        "page": "/products/[handle]",
        "query": {"handle": item.handle},
        "buildId": "k2Pq8sVx1",
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    price_html = (
        f'<div class="mt-3 flex items-baseline gap-x-3"><p class="text-2xl font-semibold tracking-tight text-gray-900"'
        f">{money(item.price, loc)}</p>"
        + (
            f'<p class="text-base text-gray-500 line-through"><span class="sr-only">Original price</span>'
            f"{money(item.was, loc)}</p>"
            if item.was
            else ""
        )
        + "</div>"
    )
    sizes = "".join(
        f'<label class="group relative flex items-center justify-center rounded-md border py-3 px-4 text-sm '
        f'font-medium uppercase{"" if v["availableForSale"] else " cursor-not-allowed bg-gray-50 text-gray-200"}">'
        f'<input type="radio" name="size-choice" value="{v["title"]}" class="sr-only"'
        f"{'' if v['availableForSale'] else ' disabled'}><span>{v['title']}</span></label>"
        for v in variants
    )
    button = (
        '<button type="submit" class="mt-8 flex w-full items-center justify-center rounded-md border border-transparent'
        ' bg-indigo-600 px-8 py-3 text-base font-medium text-white hover:bg-indigo-700">'
        f"{rng.choice(['Add to bag', w['add']])}"
        "</button>"
        if item.in_stock
        else '<button type="button" disabled class="mt-8 flex w-full items-center justify-center rounded-md '
        "bg-gray-300 "
        f'px-8 py-3 text-base font-medium text-white">{w["sold"]}</button><button type="button" class="mt-3 w-full '
        'rounded-md border px-8 py-3 text-sm">Notify me when available</button>'
    )
    main = (
        '<div class="bg-white"><div class="pb-16 pt-6 sm:pb-24"><div class="mx-auto mt-8 max-w-2xl px-4 sm:px-6 '
        'lg:max-w-7xl lg:px-8"><div class="lg:grid lg:auto-rows-min lg:grid-cols-12 lg:gap-x-8"><div class="lg:col-'
        'span-5 lg:col-start-8"><div class="flex justify-between">'
        f'<h1 class="text-xl font-medium text-gray-900">{esc(item.name)}</h1></div>'
        f'<p class="text-sm text-gray-500">{esc(item.brand)}</p>{price_html}'
        + (f'<p class="mt-2 text-xs text-gray-500">{label} {esc(style_code)}</p>' if show_style else "")
        + f'</div><div class="mt-8 lg:col-span-7 lg:col-start-1 lg:row-span-3 lg:row-start-1 lg:mt-0"><img src="/_next/'
        f'image?url=%2Fimages%2F{item.handle}.jpg&amp;w=1080&amp;q=75" alt="{esc(item.name)}" class="rounded-lg">'
        f'</div><div class="mt-8 lg:col-span-5"><form><div class="mt-8"><h2 class="text-sm font-medium text-gray-900">'
        f'{w["size"]}</h2><fieldset class="mt-2"><div class="grid grid-cols-3 gap-3 sm:grid-cols-6">{sizes}</div>'
        f'</fieldset></div>{button}</form><div class="mt-10"><h2 class="text-sm font-medium text-gray-900">'
        f'{w["desc"]}</h2><div class="prose prose-sm mt-4 text-gray-500"><p>{esc(item.description)}</p></div></div>'
        "</div></div></div></div></div>\n"
    )
    if rng.random() < 0.5:
        main += ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": item.name,
                "brand": {"@type": "Brand", "name": item.brand},
                "image": f"https://{host}/images/{item.handle}.jpg",
                "offers": {
                    "@type": "AggregateOffer",
                    "availability": schema_stock(item.in_stock),
                    "priceCurrency": loc.currency,
                    "highPrice": f"{item.price}",
                    "lowPrice": f"{item.price}",
                },
            }
        )

    def card(name: str, price: Decimal, stock: bool) -> str:
        return (
            f'<div class="group relative"><div class="aspect-h-1 aspect-w-1 w-full overflow-hidden rounded-md"><img '
            f'src="/_next/image?url=%2F{slug(name)}.jpg&amp;w=384" alt="{esc(name)}"></div><div class="mt-4 flex '
            f'justify-between"><h3 class="text-sm text-gray-700"><a href="/products/{slug(name)}">{esc(name)}</a></h3>'
            f'<p class="text-sm font-medium text-gray-900">{money(price, loc)}</p></div></div>'
        )

    scripts = (
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}'
        "</script>" + gtm(loc, item, style_code, chrome)
    )
    page_html = wrap(shop, loc, chrome, item, main, head(f"{item.name} | {shop}", "", loc.lang), scripts, card)
    page_html = page_html.replace('<body class="">', '<body class=""><div id="__next">', 1).replace(
        "</main>", "</main></div>", 1
    )
    return Page("nextjs", "", url, page_html, truth(item.price, style_code if show_style else None, item.in_stock))
