"""Shapes of pages from shops the extractor was not written against: offer ranges, add-on products listed first,
one node per size, codes under other labels or only in the page's scripts and address, counts in price elements,
and structured "in stock" against a page that says otherwise. Pages are written here."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from aisle_mcp.products import Availability, Product
from aisle_mcp.providers.local.extractor import extract_product

URL = "https://shop.example/p/trail-shoe"


def ld(document: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(document, ensure_ascii=False)}</script>'


def page(body: str, head: str = "", title: str = "Trail Shoe | Shop") -> str:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def product(name: str = "Trail Shoe", **fields: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "Product", "name": name, **fields}


def offer(price: str, currency: str = "EUR", stock: str = "InStock", **extra: Any) -> dict[str, Any]:
    return {"@type": "Offer", "price": price, "priceCurrency": currency, "availability": stock, **extra}


def extracted(html: str, url: str = URL) -> Product:
    found = extract_product(html, url)
    assert found is not None
    return found


def amount(found: Product) -> Decimal | None:
    return found.price.amount if found.price is not None else None


RANGE = {"@type": "AggregateOffer", "lowPrice": "59.90", "highPrice": "89.90", "priceCurrency": "EUR"}


def test_an_offer_range_gives_way_to_the_price_the_page_shows() -> None:
    body = '<h1>Trail Shoe</h1><span class="price">€ 74,90</span><p>SKU: TS-1044</p><button>Add to cart</button>'
    found = extracted(page(body, ld(product(sku="TS-1044", offers=RANGE))))
    assert amount(found) == Decimal("74.90")


def test_an_offer_range_the_page_shows_as_its_price_starts_at_its_low_price() -> None:
    body = '<h1>Trail Shoe</h1><div class="price">59,90 € – 89,90 €</div><p>SKU: TS-1044</p>'  # noqa: RUF001
    found = extracted(page(body, ld(product(sku="TS-1044", offers=RANGE))))
    assert amount(found) == Decimal("59.90")


def test_a_shown_price_outside_the_offer_range_is_left_empty_and_said_why() -> None:
    body = '<h1>Trail Shoe</h1><span class="price">€ 19,90</span><p>SKU: TS-1044</p><button>Add to cart</button>'
    found = extracted(page(body, ld(product(sku="TS-1044", offers=RANGE))))
    assert found.price is None
    assert found.field_sources["price"].startswith("unsure:")


def test_an_offer_range_alone_is_a_product_without_a_price() -> None:
    found = extracted(page("<h1>Trail Shoe</h1>", ld(product(sku="TS-1044", offers=RANGE))))
    assert found.price is None and found.sku == "TS-1044"
    same = {"@type": "AggregateOffer", "lowPrice": "59.90", "highPrice": "59.90", "priceCurrency": "EUR"}
    assert amount(extracted(page("<h1>Trail Shoe</h1>", ld(product(sku="TS-1044", offers=same))))) == Decimal("59.90")


def test_the_product_the_page_title_names_comes_before_an_add_on_listed_first() -> None:
    nodes = [
        product(name="2-Year Protection Plan", sku="PP-2", offers=offer("9.99")),
        product(sku="TS-1044", offers=offer("129.00")),
    ]
    body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><label><input type="checkbox"> 2-Year Protection Plan'
    found = extracted(page(body + " +€ 9,99</label><p>SKU: TS-1044</p>", ld(nodes)))
    assert (amount(found), found.sku) == (Decimal("129.00"), "TS-1044")


def test_one_node_per_size_gives_the_code_the_sizes_share() -> None:
    nodes = [product(sku=f"TS-1044-{size}", size=size, offers=offer("129.00")) for size in ("38", "40", "42")]
    # The page's scripts draw the price and the code: the structured code stands alone.
    found = extracted(page('<h1>Trail Shoe</h1><span class="price" data-js="price"></span>', ld(nodes)))
    assert found.sku == "TS-1044"


def test_one_node_per_size_shares_no_part_of_a_size() -> None:
    # Sizes 40 and 42 share a "4", which the sizes' ids alone cannot place: the page's code decides, and without one
    # there is no sku rather than "TS-1044-4" or "TS10444".
    for written in ("TS-1044-{}", "TS1044{}"):
        nodes = [product(sku=written.format(size), size=size, offers=offer("129.00")) for size in ("40", "42")]
        body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span>'
        assert extracted(page(body, ld(nodes))).sku is None, written
        assert extracted(page(body + "<p>Style #: TS-1044</p>", ld(nodes))).sku == "TS-1044", written


def test_one_node_per_size_with_unrelated_ids_gives_the_code_the_page_shows() -> None:
    ids = ("88410230001", "88410230002", "88410230119")
    nodes = [
        product(sku=code, size=size, offers=offer("129.00")) for code, size in zip(ids, ("S", "M", "L"), strict=True)
    ]
    body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>Style #: TS-1044</p>'
    assert extracted(page(body, ld(nodes))).sku == "TS-1044"


def test_codes_under_a_languages_general_labels_are_read() -> None:
    for label in ("Bestellnummer:", "Code article\u00a0:", "Kataloški broj:", "商品货号:", "管理番号", "품목코드"):
        body = f'<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>{label} TS-1044</p>'
        assert extracted(page(body)).sku == "TS-1044", label


BUY_BOX = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><button>Add to cart</button>'


def layer(event: str, item: dict[str, Any]) -> str:
    pushed = {"event": event, "ecommerce": {"items": [item]}}
    return f"<script>window.dataLayer = window.dataLayer || []; dataLayer.push({json.dumps(pushed)});</script>"


def test_a_code_only_one_hidden_source_names_is_no_sku() -> None:
    # The address, a data-* attribute or a data layer alone: one source a shopper never reads.
    assert extracted(page(BUY_BOX), f"{URL}?sku=TS-1044&color=red").sku is None
    assert extracted(page(BUY_BOX.replace("<button>", '<button data-sku="TS-1044">'))).sku is None
    assert extracted(page(BUY_BOX + layer("view_item", {"item_sku": "TS-1044", "price": 129}))).sku is None


def test_a_code_two_hidden_sources_agree_on_is_the_sku_and_they_are_named() -> None:
    tagged = BUY_BOX.replace("<button>", '<button data-sku="TS-1044">')
    found = extracted(page(tagged), "https://shop.example/p/TS-1044")
    assert found.sku == "TS-1044"
    assert found.field_sources["sku"] == "visible:page-code (data attribute + address)"
    found = extracted(page(tagged + layer("view_item", {"item_id": "TS-1044"})))
    assert (found.sku, found.field_sources["sku"]) == ("TS-1044", "visible:page-code (data layer + data attribute)")
    # Universal Analytics' product detail, and a query value named for the code.
    detail = {"ecommerce": {"detail": {"products": [{"id": "TS-1044", "name": "Trail Shoe"}]}}}
    html = page(f"{BUY_BOX}<script>dataLayer.push({json.dumps(detail)});</script>")
    assert extracted(html, f"{URL}?item_code=TS-1044").sku == "TS-1044"


def test_a_code_a_hidden_source_names_and_the_page_shows_under_an_unknown_label_is_the_sku() -> None:
    # A label in a language the word lists lack (Georgian): the page shows the code the address names.
    body = BUY_BOX + "<p>პროდუქტის კოდი TS-1044</p>"
    found = extracted(page(body), "https://shop.example/trail-shoe-TS-1044.html")
    assert (found.sku, found.field_sources["sku"]) == ("TS-1044", "visible:shown-code (address)")
    # Not in the product's name, nor a short number standing alone (a count, a size, a year).
    named = '<h1>Trail Shoe TS-1044</h1><span class="price">€ 129,00</span><button>Add to cart</button>'
    assert extracted(page(named), "https://shop.example/trail-shoe-TS-1044.html").sku is None
    assert extracted(page(BUY_BOX + "<p>Pack of 2024</p>"), "https://shop.example/p/2024").sku is None
    # A measure the product's name holds, ending a sentence, is no code either.
    flask = '<h1>Steel flask 750ml</h1><span class="price">€ 19,00</span><p>Insulated steel flask 750ml.</p>'
    assert extracted(page(flask), "https://shop.example/steel-flask-750ml-i.8951").sku is None


def test_ids_that_agree_are_no_sku() -> None:
    # The address's number, the buy button's product id and GA4's item_id: the shop's id for the product, which
    # classifieds and shops that show no code write so.
    html = page(
        BUY_BOX.replace("<button>", '<button data-product-id="5512093">') + layer("view_item", {"item_id": "5512093"})
    )
    assert extracted(html, "https://shop.example/p/5512093?product_id=5512093").sku is None


def test_codes_of_other_products_on_the_page_do_not_agree_with_the_address() -> None:
    # A recommended product's card and a list view in the data layer name their own codes.
    related = '<div class="related-products"><div class="card" data-sku="RS-2200">Road Shoe</div></div>'
    html = page(BUY_BOX + related + layer("view_item_list", {"item_sku": "RS-2200"}))
    assert extracted(html, "https://shop.example/p/RS-2200").sku is None


def test_a_structured_sku_the_page_does_not_show_gives_way_to_its_labelled_code_when_other_fields_are_missing() -> None:
    # JSON-LD without stock: the tree is read for it, and for the code the page shows beside a size id.
    nodes = product(sku="88410230119", offers={"@type": "Offer", "price": "129.00", "priceCurrency": "EUR"})
    body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>Referência: TS-1044</p><button>Comprar</button>'
    found = extracted(page(body, ld(nodes)))
    assert found.sku == "TS-1044"
    assert found.availability is Availability.in_stock


def test_a_count_with_words_beside_it_in_a_price_element_is_not_the_price() -> None:
    body = (
        '<h1>Trail Shoe</h1><span class="price-info">1,520 bought this month</span><span class="price">€ 39,90</span>'
    )
    assert amount(extracted(page(body))) == Decimal("39.90")
    percent = '<h1>Trail Shoe</h1><span class="price-rate">28.07 %</span><span class="price">EUR110.00</span>'
    assert amount(extracted(page(percent))) == Decimal("110.00")
    boleto = (
        '<h1>Trail Shoe</h1><p class="boleto-price">ou <strong>1.759,99</strong> no boleto</p><button>Comprar</button>'
    )
    assert amount(extracted(page(boleto))) == Decimal("1759.99")


def test_structured_in_stock_gives_way_to_a_sold_out_buy_box() -> None:
    head = ld(product(sku="TS-1044", offers=offer("129.00")))
    for note, button in (
        ("Sold out", "<button>Notify me when available</button>"),
        ("Only available to reserve in store", "<button>Reserve in store</button>"),
        ("仅限门店购买", "<button>门店预约</button>"),
        ("Nema na zalihi", "<button>Obavijesti me kada bude dostupno</button>"),
    ):
        body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p>'
        found = extracted(page(f'{body}<p class="stock-status">{note}</p>{button}', head))
        assert found.availability is Availability.out_of_stock, note


def test_a_hidden_sold_out_note_leaves_structured_in_stock_alone() -> None:
    head = ld(product(sku="TS-1044", offers=offer("129.00")))
    body = (
        '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p>'
        '<div class="stock-alert" style="display: none"><p>Sold out</p></div><button>Add to cart</button>'
    )
    assert extracted(page(body, head)).availability is Availability.in_stock


def test_related_products_sold_out_further_on_leave_structured_in_stock_alone() -> None:
    head = ld(product(sku="TS-1044", offers=offer("129.00")))
    related = "".join(f'<li><a href="/p/{n}">Other shoe {n}</a> <span>Sold out</span></li>' for n in range(6))
    body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p><button>Add to cart</button>'
    filler = f'<div class="description">{"Light and grippy on wet rock. " * 120}</div>'
    found = extracted(page(f"{body}{filler}<ul>{related}</ul>", head))
    assert found.availability is Availability.in_stock


def test_structured_sold_out_gives_way_to_an_in_stock_buy_box() -> None:
    head = ld(product(sku="TS-1044", offers=offer("129.00", stock="OutOfStock")))
    body = (
        '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p>'
        '<p class="stock-status">In stock</p><button>Add to cart</button>'
    )
    assert extracted(page(body, head)).availability is Availability.in_stock
    # Without stock words beside the heading, the structured state stands.
    quiet = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p><button>Add to cart</button>'
    assert extracted(page(quiet, head)).availability is Availability.out_of_stock


SIZES_ONE_SOLD_OUT = (
    '<ul class="sizes"><li>38</li><li class="soldout">40 <span>Sold out</span></li><li>42</li></ul>',
    '<div class="size-picker"><button>38</button><button class="size unavailable" disabled>40 (sold out)</button>'
    "<button>42</button></div>",
    '<select name="size"><option>38</option><option class="out-of-stock" disabled>40 - Sold out</option></select>',
)


def test_one_sizes_sold_out_note_is_not_the_products_state() -> None:
    for sizes in SIZES_ONE_SOLD_OUT:
        buy = '<button class="add-to-cart">Add to cart</button>'
        body = f'<h1>Trail Shoe</h1><span class="price">€ 129,00</span>{sizes}{buy}'
        # Without structured data the buy button says it; with structured "in stock" the two agree.
        assert extracted(page(body)).availability is Availability.in_stock, sizes
        marked = page(body, ld(product(sku="TS-1044", offers=offer("129.00"))))
        assert extracted(marked).availability is Availability.in_stock, sizes


def test_a_sold_out_product_stays_sold_out() -> None:
    # The product's own note, and a bare line beside a buy button that cannot buy, still say so.
    top = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span>'
    note = top + '<p class="stock">Sold out</p><button>Add to cart</button>'
    assert extracted(page(note)).availability is Availability.out_of_stock
    bare = top + "<p>Sold out</p><button disabled>Add to cart</button>"
    assert extracted(page(bare)).availability is Availability.out_of_stock


def test_structured_price_the_page_shows_only_struck_through_gives_way_to_the_shown_price() -> None:
    # JSON-LD gives every field and the page shows its sku, so nothing else was read: its one offer is at the price
    # before a reduction, which the page strikes through beside the price to pay now.
    head = ld(product(sku="TS-1044", offers=offer("129.00")))
    for prices in (
        '<div class="price"><s>€ 129,00</s> <span class="price-sale">€ 99,00</span></div>',
        '<p class="prices"><span class="old-price">129,00 €</span><span class="new-price">99,00 €</span></p>',
        '<div class="price-box"><span class="price-now">€ 99,00</span><del>€ 129,00</del></div>',
    ):
        body = f"<h1>Trail Shoe</h1>{prices}<p>SKU: TS-1044</p><button>Add to cart</button>"
        found = extracted(page(body, head))
        assert amount(found) == Decimal("99.00"), prices
        assert found.list_price is not None and found.list_price.amount == Decimal("129.00")


def test_structured_price_the_page_writes_nowhere_against_a_shown_price_is_left_empty_and_said_why() -> None:
    # Another variant's price, or one before tax: which one a shopper pays is not sure.
    head = ld(product(sku="TS-1044", offers=offer("109.00")))
    body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p><button>Add to cart</button>'
    found = extracted(page(body, head))
    assert found.price is None
    assert found.field_sources["price"] == "unsure: json-ld says 109.00, which the page does not show; it shows 129.00"


def test_structured_price_the_page_shows_elsewhere_or_beside_other_amounts_stands() -> None:
    head = ld(product(sku="TS-1044", offers=offer("1299.00")))
    # Shown beside the heading (with a no-break space grouping thousands), beside a delivery charge.
    near = (
        '<h1>Trail Shoe</h1><span class="price">€ 1&nbsp;299,00</span><p>Delivery € 4,90</p><p>SKU: TS-1044</p>'
        "<button>Add to cart</button>"
    )
    assert amount(extracted(page(near, head))) == Decimal("1299.00")
    # Shown further down, past a long description, while the text by the heading names another amount.
    far = (
        "<h1>Trail Shoe</h1><p>Free delivery over € 50,00</p><p>SKU: TS-1044</p>"
        f'<div class="description">{"Light and grippy on wet rock. " * 120}</div>'
        '<div class="buy-box"><span class="price">€ 1.299,00</span><button>Add to cart</button></div>'
    )
    assert amount(extracted(page(far, head))) == Decimal("1299.00")


def test_one_sizes_sold_out_line_without_a_buy_button_leaves_structured_in_stock_alone() -> None:
    head = ld(product(sku="TS-1044", offers=offer("129.00")))
    for sizes in (
        '<ul><li class="size">38</li><li class="size">40 <span>Sold out</span></li><li class="size">42</li></ul>',
        '<div class="sizes"><button class="size">38</button><button class="size">40<br>Sold out</button>'
        '<button class="size">42</button></div>',
        '<div class="sizes"><label>38</label><label>40 <em>Sold out</em></label><label>42</label></div>',
    ):
        # The buy button comes once a size is chosen: the page has none yet.
        body = f'<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p>{sizes}'
        assert extracted(page(body, head)).availability is Availability.in_stock, sizes
    # The product's own bare "Sold out" line, with no buy button, still says so.
    sold = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>SKU: TS-1044</p><p>Sold out</p>'
    assert extracted(page(sold, head)).availability is Availability.out_of_stock
    # An "In stock" line in a list of details is the product's: one choice in stock is the product in stock.
    details = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><ul><li>SKU: TS-1044</li><li>In stock</li></ul>'
    assert extracted(page(details)).availability is Availability.in_stock


def test_a_buy_box_past_heavy_markup_still_settles_structured_stock() -> None:
    head = ld(product(sku="TS-1044", offers=offer("129.00")))
    icon = f'<svg viewBox="0 0 24 24"><path d="M{" ".join(f"L{n}.5 {n}.25" for n in range(90))} Z"></path></svg>'
    gallery = "".join(f'<li><img src="/media/{n:032d}.jpg" srcset="/media/{n:032d}-2x.jpg 2x"></li>' for n in range(12))
    top = f'<h1>Trail Shoe</h1><div class="rating">{icon * 5}<span>(0)</span></div><ul class="thumbs">{gallery}</ul>'
    assert len(top) > 5000
    box = '<span class="price">€ 129,00</span><p>SKU: TS-1044</p>'
    sold = f'{top}{box}<p class="stock-status">Sold out</p><button>Notify me when available</button>'
    assert extracted(page(sold, head)).availability is Availability.out_of_stock
    # Other products' notes in the next section, past the heading that starts it, are not the product's.
    related = "".join(
        f'<div class="card"><a href="/p/{n}">Shoe {n}</a><p class="stock">Sold out</p></div>' for n in range(6)
    )
    buyable = f"{top}{box}<button>Add to cart</button><h2>You may also like</h2>{related}"
    assert extracted(page(buyable, head)).availability is Availability.in_stock


def test_a_structured_sku_that_is_only_the_id_in_its_images_addresses_is_no_code() -> None:
    # An image server's id for one size (``/ids/574515/``), which the page writes nowhere a shopper reads.
    image = "https://shop.example/arquivos/ids/574515/trail-shoe.jpg"
    nodes = product(sku="574515", image=image, offers=offer("129.00"))
    body = f'<h1>Trail Shoe</h1><img src="{image}"><span class="price">€ 129,00</span><button>Add to cart</button>'
    found = extracted(page(body, ld(nodes)))
    assert found.sku is None
    assert "the id in its images' addresses" in found.field_sources["sku"]
    # The same code shown to shoppers is the sku.
    assert extracted(page(body + "<p>SKU: 574515</p>", ld(nodes))).sku == "574515"


def test_a_code_written_in_a_few_words_under_its_label_is_read_as_the_page_writes_it() -> None:
    for written in ("Product 48", "100 200 30"):
        body = f'<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>Product Code: {written}</p>'
        assert extracted(page(body)).sku == written, written
    # Words after the code are not part of it: no code is taken.
    body = '<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>Item number: 12345 available now</p>'
    assert extracted(page(body)).sku is None


def test_code_labels_of_the_languages_whose_stock_words_are_known_are_read() -> None:
    labels = (
        "Mã sản phẩm:", "รหัสสินค้า:", "Kode produk:", "رمز المنتج:", 'מק"ט:', "Κωδικός προϊόντος:", "Cod produs:",  # noqa: RUF001
        "Код на продукта:", "Код товару:", "Шифра производа:", "Koda izdelka:", "Nr katalogowy:", "Termékkód:",
        "Prekės kodas:", "Preces kods:", "Tootekood:", "Tuotekoodi:", "Código de producto:", "Código do produto:",
        "Stok kodu:", "کد محصول:",
    )  # fmt: skip
    for label in labels:
        body = f'<h1>Trail Shoe</h1><span class="price">€ 129,00</span><p>{label} TS-1044</p>'
        assert extracted(page(body)).sku == "TS-1044", label
        table = f"<h1>Trail Shoe</h1><table><tr><td>{label}</td><td>TS-1044</td></tr></table>"
        assert extracted(page(table)).sku == "TS-1044", label
