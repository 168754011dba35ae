"""A structured sku the page writes only in its address (the shop's id for its links) against the code the page shows
a shopper under a label; and a structured sku that is a name's words joined by dashes. Pages are written here."""

from aisle_mcp.providers.local.extractor import extract_product


def page(sku: str, body: str, name: str = "Studio Headphones") -> str:
    document = (
        f'{{"@context": "https://schema.org", "@type": "Product", "name": "{name}", "sku": "{sku}", '
        '"offers": {"@type": "Offer", "price": "129.00", "priceCurrency": "EUR", "availability": "InStock"}}'
    )
    return (
        f"<!doctype html><html><head><title>{name}</title>"
        f'<script type="application/ld+json">{document}</script></head>'
        f'<body><h1>{name}</h1>{body}<p class="price">€ 129,00</p><button>Add to cart</button></body></html>'
    )


def test_an_id_only_in_the_address_gives_way_to_the_code_the_page_shows_under_its_label() -> None:
    url = "https://audio.example/product/5521907-REG/studio_headphones.html"
    product = extract_product(page("5521907", "<p>Item code: HX-2210</p>"), url)
    assert product is not None
    assert product.sku == "HX-2210"


def test_the_code_the_page_shows_is_given_as_the_page_writes_it_when_the_address_has_it_without_marks() -> None:
    url = "https://catalogue.example/product/4417302"
    product = extract_product(page("4417302", "<p>Cat. no. 441/7302</p>"), url)
    assert product is not None
    assert product.sku == "441/7302"


def test_a_code_under_a_label_no_word_list_knows_wins_over_an_id_only_in_the_address() -> None:
    url = "https://audio.example/product/5521907-REG/studio_headphones.html"
    body = "<div><span>Audio World # AWX44K2</span> <span>MFR # SH-900</span></div>"
    product = extract_product(page("5521907", body), url)
    assert product is not None
    assert product.sku == "AWX44K2"


def test_an_id_only_in_the_address_is_kept_where_the_page_shows_no_code() -> None:
    url = "https://shoes.example/Trail-Runner-x3410048.php"
    product = extract_product(page("3410048", "<p>A light shoe for rough paths.</p>"), url)
    assert product is not None
    assert product.sku == "3410048"


def test_a_code_the_page_writes_in_its_text_is_kept_beside_another_labelled_one() -> None:
    url = "https://audio.example/product/5521907-REG/studio_headphones.html"
    product = extract_product(page("5521907", "<p>Item no. 5521907</p><p>Ref. HX-2210</p>"), url)
    assert product is not None
    assert product.sku == "5521907"


def test_a_structured_sku_that_is_the_names_words_joined_by_dashes_is_no_code() -> None:
    url = "https://notebooks.example/shop/buy/xps-14-laptop/"
    product = extract_product(page("xps-14-laptop", "<p>Configure yours.</p>", name="Lumen XPS 14 Laptop"), url)
    assert product is not None
    assert product.sku is None
    assert "xps-14-laptop" in product.field_sources["sku"]


def test_a_code_of_letters_in_capitals_is_still_a_code() -> None:
    url = "https://market.example/p/DRGGRJQVB"
    product = extract_product(page("DRGGRJQVB", "<p>Cod produs: DRGGRJQVB</p>"), url)
    assert product is not None
    assert product.sku == "DRGGRJQVB"


def test_a_page_without_structured_data_shows_its_code_after_a_label_and_a_number_sign() -> None:
    html = (
        "<!doctype html><html><head><title>Shotgun Microphone</title></head><body><h1>Shotgun Microphone</h1>"
        "<div><span>Audio World # AWX44K2</span> <span>MFR # SM-89/B</span></div>"
        '<p class="price">$ 249.00</p><button>Add to cart</button></body></html>'
    )
    product = extract_product(html, "https://audio.example/product/1825168-REG/shotgun_microphone.html")
    assert product is not None
    assert product.sku == "AWX44K2"


def test_the_makers_number_after_mfr_is_not_the_shops_code_though_the_address_writes_it() -> None:
    html = (
        "<!doctype html><html><head><title>Shotgun Microphone</title></head><body><h1>Shotgun Microphone</h1>"
        "<div><span>MFR # SM89B</span></div>"
        '<p class="price">$ 249.00</p><button>Add to cart</button></body></html>'
    )
    product = extract_product(html, "https://audio.example/product/1825168-REG/acme_sm89b_shotgun-microphone.html")
    assert product is not None
    assert product.sku is None
