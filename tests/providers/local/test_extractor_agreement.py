"""The extractor's core fields chosen by agreement between kinds of evidence, with confidence, and left empty with a
reason when the kinds disagree and nothing settles it. Pages are written here, in the shapes shops use."""

from decimal import Decimal

from aisle_mcp.products import Availability
from aisle_mcp.providers.local.extractor import extract_product

URL = "https://shop.example/p/lamp"


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head><title>Shop</title>{head}</head><body>{body}</body></html>"


def ld(document: str) -> str:
    return f'<script type="application/ld+json">{document}</script>'


def _lamp(sku: str) -> str:
    return ld(
        f"""{{"@context": "https://schema.org", "@type": "Product", "name": "Desk Lamp", "sku": "{sku}",
        "image": "https://cdn.shop.example/img/desk-lamp.jpg",
        "offers": {{"@type": "Offer", "price": "49.00", "priceCurrency": "EUR", "availability": "InStock"}}}}"""
    )


def test_a_structured_sku_the_page_never_shows_gives_way_to_the_code_it_shows() -> None:
    html = page(_lamp("88412-img"), '<h1>Desk Lamp</h1><p class="meta">Item #: DL-2041</p>')
    product = extract_product(html, URL)
    assert product is not None
    assert product.sku == "DL-2041"
    assert product.field_sources["sku"] == "visible"
    assert product.extra["confidence"]["sku"] < product.extra["confidence"]["price"]


def test_a_structured_sku_written_on_the_page_is_kept_without_reading_further() -> None:
    html = page(_lamp("DL-2041"), "<h1>Desk Lamp</h1><p>Art.-Nr.: DL-2041</p><p>Ref: 99-OTHER</p>")
    product = extract_product(html, URL)
    assert product is not None
    assert (product.sku, product.field_sources["sku"]) == ("DL-2041", "json-ld")


def test_a_structured_sku_shown_nowhere_and_no_other_code_is_kept_with_low_confidence() -> None:
    html = page(_lamp("88412"), "<h1>Desk Lamp</h1><p>A lamp for a desk.</p>")
    product = extract_product(html, URL)
    assert product is not None
    assert product.sku == "88412"
    assert product.extra["confidence"]["sku"] <= 0.5


def test_structured_kinds_that_disagree_on_a_code_the_page_does_not_show_leave_it_empty_and_say_why() -> None:
    microdata = (
        '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Desk Lamp</h1>'
        '<meta itemprop="sku" content="MD-777"></div>'
    )
    html = page(_lamp("LD-555"), microdata)
    product = extract_product(html, URL)
    assert product is not None
    assert product.sku is None
    reason = product.field_sources["sku"]
    assert reason.startswith("unsure:") and "LD-555" in reason and "MD-777" in reason


def test_a_price_two_kinds_state_alike_is_surer_than_one_kind_alone() -> None:
    agreed = page(_lamp("DL-2041") + '<meta property="product:price:amount" content="49.00">', "<p>DL-2041</p>")
    alone = page(_lamp("DL-2041"), "<p>DL-2041</p>")
    one, other = extract_product(agreed, URL), extract_product(alone, URL)
    assert one is not None and other is not None
    assert one.price is not None and one.price.amount == Decimal("49.00")
    assert one.extra["confidence"]["price"] > other.extra["confidence"]["price"]


def test_a_label_followed_by_a_code_starting_with_letters_keeps_the_whole_code() -> None:
    html = page(body='<h1>Desk Lamp</h1><p class="product-sku">SKU MKL7TW2N4</p><span class="price">€ 49,00</span>')
    product = extract_product(html, URL)
    assert product is not None
    assert product.sku == "MKL7TW2N4"


def _offers(*offers: tuple[str, str]) -> str:
    listed = ",".join(
        f'{{"@type": "Offer", "price": "{price}", "priceCurrency": "EUR", "availability": "https://schema.org/{stock}"}}'
        for price, stock in offers
    )
    return ld(f'{{"@type": "Product", "name": "Desk Lamp", "sku": "DL-2041", "offers": [{listed}]}}')


def test_offers_at_several_prices_take_the_one_the_page_shows_to_buy() -> None:
    body = '<h1>Desk Lamp</h1><p>DL-2041</p><span class="price">€ 59,00</span><button>Add to cart</button>'
    product = extract_product(page(_offers(("49.00", "InStock"), ("59.00", "InStock")), body), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("59.00")


def test_a_list_price_offered_first_gives_way_to_the_lower_price_when_the_page_shows_neither() -> None:
    product = extract_product(page(_offers(("79.00", "InStock"), ("59.00", "InStock")), "<p>DL-2041</p>"), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("59.00")
    assert product.field_sources["price"] == "json-ld:lowest-offer"
    assert product.extra["confidence"]["price"] <= 0.5


def test_an_add_on_offered_far_below_the_product_leaves_the_price_empty_with_the_reason() -> None:
    product = extract_product(page(_offers(("399.00", "InStock"), ("29.00", "InStock")), "<p>DL-2041</p>"), URL)
    assert product is not None
    assert product.price is None
    assert product.field_sources["price"].startswith("unsure:")
    assert "399.00" in product.field_sources["price"] and "29.00" in product.field_sources["price"]


def test_a_product_written_as_one_node_per_size_is_in_stock_when_any_size_is() -> None:
    sizes = ",".join(
        f"""{{"@type": "Product", "name": "Trail Shoe", "sku": "TS-{size}",
        "offers": {{"@type": "Offer", "price": "89.00", "priceCurrency": "EUR",
        "availability": "https://schema.org/{stock}"}}}}"""
        for size, stock in (("40", "OutOfStock"), ("41", "InStock"), ("42", "OutOfStock"))
    )
    product = extract_product(page(ld(f"[{sizes}]"), "<h1>Trail Shoe</h1><p>Style TS</p>"), URL)
    assert product is not None
    assert product.availability is Availability.in_stock
    assert product.price is not None and product.price.amount == Decimal("89.00")


def test_a_code_in_the_address_that_the_page_writes_under_a_label_in_any_script_is_the_sku() -> None:
    body = '<h1>Desk Lamp</h1><dl><dt>პროდუქტის კოდი:</dt><dd>144432</dd></dl><span class="price">₾ 199.00</span>'
    product = extract_product(page(body=body), "https://shop.example/Prod/144432/")
    assert product is not None
    assert product.sku == "144432"
    assert product.field_sources["sku"] == "visible:labelled-url-code"


def test_a_number_in_the_address_the_page_writes_only_in_running_text_is_not_taken_for_the_sku() -> None:
    body = '<h1>Desk Lamp</h1><p>Ships in 2024 boxes</p><span class="price">€ 19.00</span>'
    product = extract_product(page(body=body), "https://shop.example/lamps/2024/desk-lamp")
    assert product is not None
    assert product.sku is None


def test_json_ld_keys_are_read_whatever_their_letter_case() -> None:
    document = """{"@context": "https://schema.org", "@Type": "Product", "Name": "Desk Lamp", "SKU": "DL-2041",
    "Offers": {"@type": "Offer", "Price": "49.00", "PriceCurrency": "EUR", "Availability": "InStock"}}"""
    product = extract_product(page(ld(document), "<p>DL-2041</p>"), URL)
    assert product is not None and product.price is not None
    assert (product.title, product.sku, product.price.amount) == ("Desk Lamp", "DL-2041", Decimal("49.00"))
    assert product.availability is Availability.in_stock


def test_a_microdata_product_that_is_itself_a_property_of_nothing_on_the_page_is_read() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Product" itemprop="mainEntityOfPage">'
        '<h1 itemprop="name">Desk Lamp</h1><span itemprop="sku">DL-2041</span>'
        '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        '<meta itemprop="priceCurrency" content="EUR"><span itemprop="price" content="49.00">49,00 €</span>'
        '<link itemprop="availability" href="https://schema.org/InStock"></div></div>'
    )
    product = extract_product(page(body=body), URL)
    assert product is not None and product.price is not None
    assert product.field_sources["price"] == "microdata"
    assert product.sku == "DL-2041"


def test_a_price_another_kind_contradicts_is_kept_from_the_most_trusted_kind_with_low_confidence() -> None:
    html = page(_lamp("DL-2041") + '<meta property="product:price:amount" content="59.00">', "<p>DL-2041</p>")
    product = extract_product(html, URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("49.00")
    assert product.extra["confidence"]["price"] < 0.5


def test_kinds_that_disagree_on_the_price_are_settled_by_the_price_the_page_shows() -> None:
    head = _lamp("DL-2041") + '<meta property="product:price:amount" content="39.00">'
    body = '<h1>Desk Lamp</h1><p>DL-2041</p><s class="price-old">€ 49,00</s><span class="price">€ 39,00</span>'
    product = extract_product(page(head, body), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("39.00")
    assert product.field_sources["price"] == "opengraph"


def test_a_structured_price_another_kind_names_as_the_price_before_a_reduction_gives_way() -> None:
    head = _lamp("DL-2041") + (
        '<meta property="og:price:standard_amount" content="49.00">'
        '<meta property="product:price:amount" content="39.00"><meta property="product:price:currency" content="EUR">'
    )
    product = extract_product(page(head, "<h1>Desk Lamp</h1><p>DL-2041</p>"), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("39.00")
    assert product.field_sources["price"] == "opengraph"


def test_one_sizes_id_gives_way_to_the_style_code_the_page_shows() -> None:
    sizes = ",".join(
        f"""{{"@type": "Product", "name": "Trail Shoe", "sku": "88{size}0417",
        "offers": {{"@type": "Offer", "price": "89.00", "priceCurrency": "EUR", "availability": "InStock"}}}}"""
        for size in ("40", "41", "42")
    )
    body = "<h1>Trail Shoe</h1><p>Art.-Nr.: TS-2201</p><select><option>40</option><option>41</option></select>"
    product = extract_product(page(ld(f"[{sizes}]"), body), URL)
    assert product is not None
    assert product.sku == "TS-2201"
    assert product.field_sources["sku"] == "visible"


def _read_lamp(amount: str) -> str:
    """A lamp whose JSON-LD sku is an image id the page never shows: the page, which shows the code under a label, is
    read (its tree built), and its price elements with it."""
    return _lamp("88412-img").replace('"49.00"', f'"{amount}"')


_CODE = "<h1>Desk Lamp</h1><p>Item #: DL-2041</p>"


def _reduced(amount: str) -> str:
    """The lamp reduced from 49 to 39 euros, its JSON-LD stating ``amount``."""
    body = (
        f'{_CODE}<div class="box"><span class="price-original">49,00 €</span> '
        '<span class="price">39,00 €</span><button class="add-to-cart">Add to cart</button></div>'
    )
    return page(_read_lamp(amount), body)


def test_a_structured_price_the_page_shows_only_struck_through_gives_way_to_the_price_it_shows() -> None:
    product = extract_product(_reduced("49.00"), URL)
    assert product is not None and product.price is not None and product.list_price is not None
    assert (product.price.amount, product.list_price.amount) == (Decimal("39.00"), Decimal("49.00"))
    assert product.field_sources["price"] == "visible"
    # Only the page says so, against the markup: not sure.
    assert product.extra["confidence"]["price"] < 0.5


def test_a_microdata_price_the_page_shows_struck_through_gives_way_to_the_price_it_shows() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Desk Lamp</h1>'
        '<meta itemprop="sku" content="DL-2041"><div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        '<meta itemprop="price" content="49.00"><meta itemprop="priceCurrency" content="EUR">'
        '<link itemprop="availability" href="https://schema.org/InStock"></div>'
        '<s class="price-old">€ 49,00</s> <span class="product-price">€ 39,00</span></div>'
    )
    product = extract_product(page("", body), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("39.00")


def test_a_structured_price_the_page_shows_as_the_price_beside_a_struck_one_is_kept() -> None:
    # The markup states the price to pay; the old price beside it is not the markup's.
    product = extract_product(_reduced("39.00"), URL)
    assert product is not None and product.price is not None
    assert (product.price.amount, product.field_sources["price"]) == (Decimal("39.00"), "json-ld")


def test_an_amount_inside_a_longer_struck_number_is_not_the_structured_price_shown_struck() -> None:
    body = f'{_CODE}<del class="price-old">149,00 €</del><span class="price">€ 39,00</span>'
    product = extract_product(page(_read_lamp("49.00"), body), URL)
    assert product is not None and product.price is not None
    assert (product.price.amount, product.field_sources["price"]) == (Decimal("49.00"), "json-ld")


def test_a_structured_price_in_cents_gives_way_to_the_price_the_page_shows() -> None:
    product = extract_product(page(_read_lamp("4990"), f'{_CODE}<span class="price">49,90 €</span>'), URL)
    assert product is not None and product.price is not None
    assert (product.price.amount, product.field_sources["price"]) == (Decimal("49.90"), "visible")
    assert product.extra["confidence"]["price"] < 0.5


def test_a_structured_price_the_page_writes_is_kept_beside_a_shown_price_a_power_of_ten_away() -> None:
    # The page's price elements write the structured amount: the other amount is not the same price in other units.
    body = f'{_CODE}<span class="price">499,00 €</span><span class="price-single">49,90 €</span>'
    product = extract_product(page(_read_lamp("49.90"), body), URL)
    assert product is not None and product.price is not None
    assert product.price.amount == Decimal("49.90")


def test_a_structured_price_is_kept_when_the_page_shows_no_amount_a_power_of_ten_away() -> None:
    product = extract_product(page(_read_lamp("4990"), f'{_CODE}<span class="price">52,00 €</span>'), URL)
    assert product is not None and product.price is not None
    assert (product.price.amount, product.field_sources["price"]) == (Decimal("4990"), "json-ld")
