import re
from collections import Counter
from decimal import Decimal

from aisle_mcp.products import Availability, Product, stable_id
from aisle_mcp.providers.local.demo import demo_products, gtin_check_digit


def _gtin_is_valid(code: str) -> bool:
    digits = [int(d) for d in code]
    weights = [3 if i % 2 else 1 for i in range(12)]  # GTIN-13: 1, 3, 1, 3, ... from the left
    return (10 - sum(d * w for d, w in zip(digits[:12], weights, strict=True)) % 10) % 10 == digits[12]


def _buyable(product: Product, currency: str = "USD") -> bool:
    return (
        product.availability is Availability.in_stock
        and product.price is not None
        and (product.price.currency == currency)
    )


def test_demo_catalog_is_the_same_on_every_call() -> None:
    first, second = demo_products(), demo_products()

    assert [p.model_dump() for p in first] == [p.model_dump() for p in second]


def test_demo_catalog_has_about_four_hundred_products_with_stable_ids() -> None:
    products = demo_products()

    assert 350 <= len(products) <= 450
    assert len({p.id for p in products}) == len(products)
    assert all(p.sku is not None and p.id == stable_id("local", "demo", p.sku) for p in products)
    assert all(p.source == "local" for p in products)


def test_gtins_are_valid_unique_and_outside_real_products() -> None:
    gtins = [p.gtin for p in demo_products()]

    assert all(g is not None and len(g) == 13 and g.isdigit() and _gtin_is_valid(g) for g in gtins)
    assert len(set(gtins)) == len(gtins)
    assert all(g is not None and g.startswith("2") for g in gtins)


def test_check_digit_matches_known_codes() -> None:
    assert gtin_check_digit("400638133393") == "1"
    assert gtin_check_digit("0001234567890"[:12]) == "5"


def test_categories_cover_the_shopping_basics() -> None:
    categories = {p.category for p in demo_products() if p.category}
    leaves = {c.rsplit(" > ", 1)[-1] for c in categories}
    tops = {c.split(" > ", 1)[0] for c in categories}

    assert len(categories) >= 8
    assert {"Apparel & Accessories", "Electronics", "Home & Garden", "Sporting Goods", "Health & Beauty"} <= tops
    assert "Toys & Games" in tops
    for leaf in ("Shirts & Tops", "Dresses", "Jeans", "Coats & Jackets", "Running Shoes", "Boots", "Sneakers"):
        assert leaf in leaves
    for leaf in ("Headphones", "Laptops", "Mobile Phones", "Cookware & Bakeware", "Camping & Hiking", "Cosmetics"):
        assert leaf in leaves


def test_prices_are_exact_two_decimal_amounts() -> None:
    products = demo_products()

    for product in products:
        assert product.price is not None
        assert product.price.amount.as_tuple().exponent == -2
        assert product.price.amount > 0
        if product.list_price is not None:
            assert product.list_price.amount > product.price.amount
            assert product.list_price.currency == product.price.currency
    currencies = Counter(p.price.currency for p in products if p.price)
    assert set(currencies) == {"USD", "EUR", "GBP"}
    assert currencies["USD"] > 0.85 * len(products)
    assert '"amount":"' in products[0].model_dump_json()
    assert sum(1 for p in products if p.list_price) > 40


def test_availability_is_mostly_in_stock_with_a_realistic_mix() -> None:
    stock = Counter(p.availability for p in demo_products())

    assert stock[Availability.in_stock] > 0.7 * sum(stock.values())
    assert stock[Availability.out_of_stock] > 0
    assert len(stock) >= 4


def test_links_and_images_stay_on_the_demo_domain() -> None:
    for product in demo_products():
        assert product.url is not None and product.url.startswith("https://demo.aisle.example/")
        assert product.image is not None and product.image.startswith("https://demo.aisle.example/img/")


def test_products_carry_descriptions_ratings_and_attributes() -> None:
    products = demo_products()

    assert all(p.description and p.title in p.description for p in products)
    assert all(p.attribute("color") for p in products)
    assert all(p.brand and p.seller and p.mpn for p in products)
    rated = [p.rating for p in products if p.rating]
    assert len(rated) > 0.7 * len(products)
    assert all(Decimal(1) <= r.value <= Decimal(5) and r.scale == Decimal(5) for r in rated)


def test_sizes_are_options_and_some_products_have_variants() -> None:
    products = demo_products()
    with_variants = [p for p in products if p.variants]

    assert len(with_variants) >= 20
    for product in with_variants:
        names = {o.name for o in product.options}
        assert all(set(v.options) <= names for v in product.variants)
        assert len({v.sku for v in product.variants}) == len(product.variants)
    shirt = next(p for p in products if p.category and p.category.endswith("Shirts & Tops"))
    assert [o.name for o in shirt.options] == ["Color", "Size"]


def test_red_linen_shirt_under_50_dollars_is_there() -> None:
    hits = [
        p
        for p in demo_products()
        if "shirt" in p.title.lower()
        and p.attribute("color") == "Red"
        and "linen" in (p.attribute("material") or "").lower()
        and _buyable(p)
        and p.price is not None
        and p.price.amount < 50
    ]

    assert hits


def test_running_shoes_noise_cancelling_headphones_and_waterproof_jackets_are_there() -> None:
    products = demo_products()

    running = [p for p in products if "running shoes" in p.title.lower()]
    headphones = [p for p in products if "noise cancelling" in p.title.lower()]
    jackets = [p for p in products if re.search(r"waterproof .*jacket", p.title.lower()) and _buyable(p)]

    assert len(running) >= 10
    assert len(headphones) >= 5
    assert all(p.attribute("noise_cancelling") == "active" for p in headphones)
    assert any(re.search(r"\b[A-Z]{2}-\d{3}NC\b", p.title) for p in headphones)
    assert len(jackets) >= 3


def test_brands_are_invented() -> None:
    brands = {p.brand for p in demo_products()}
    real = {"Nike", "Adidas", "Sony", "Bose", "Apple", "Samsung", "Patagonia", "Levi's", "Dell", "Lodge"}

    assert not brands & real
    assert len(brands) >= 30
