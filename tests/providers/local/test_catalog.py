"""The local catalog's search: model-number spellings, typos, brands, filters, fallbacks, upserts and totals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from aisle_mcp.products import Availability, Money, Product
from aisle_mcp.products.search import SearchFilters, SearchRequest, SortOrder
from aisle_mcp.providers.base import InventoryRequest
from aisle_mcp.providers.local import listing, relevance
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.tokens import code_terms, query_terms
from tests.providers.local.conftest import OpenCatalog


def product(
    number: int,
    title: str,
    brand: str | None = None,
    price: str = "10",
    availability: Availability = Availability.in_stock,
    color: str | None = None,
    description: str | None = None,
) -> Product:
    return Product(
        id=f"local:{number}",
        source="local",
        title=title,
        brand=brand,
        price=Money(amount=Decimal(price), currency="USD"),
        availability=availability,
        attributes={"color": color} if color else {},
        description=description,
    )


SHOP = [
    product(1, "Sony WH-1000XM3 Wireless Noise Cancelling Headphones", "Sony", "299", color="black"),
    product(2, "Sony WH-1000XM4 Wireless Noise Cancelling Headphones", "Sony", "349", color="silver"),
    product(3, "Bose QuietComfort 45 Wireless Headphones", "Bose", "279", color="black"),
    product(4, "Corsair Vengeance LPX 16GB DDR4 3200MHz Memory Kit", "Corsair", "59"),
    product(5, "Hikvision DS-7216HUHI-K2 16 Channel DVR", "Hikvision", "372"),
    product(6, "Trail Running Shoes", "Stridewell", "120", Availability.out_of_stock, color="red"),
    product(7, "Canvas Running Shoe for Kids", "Stridewell", "45"),
    product(8, "Headphone Stand in Walnut", "Woodly", "35", description="Holds any over-ear headphones."),
]


@pytest.fixture
def shop(tmp_path: Path, open_catalog: OpenCatalog) -> Catalog:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert(SHOP)
    return catalog


def ids(catalog: Catalog, query: str | None, sort: SortOrder = "relevance", **filters: object) -> list[str]:
    request = SearchRequest(query=query, filters=SearchFilters.model_validate(filters), sort=sort, limit=10)
    return [p.id.removeprefix("local:") for p in catalog.search(request).products]


def test_code_terms_join_and_split_model_numbers() -> None:
    assert "wh1000xm3" in code_terms("Sony WH-1000XM3")
    assert {"wh", "1000", "xm", "3"} <= set(code_terms("WH1000XM3"))
    assert {"wh1000", "wh1000xm3", "1000xm3"} <= set(code_terms("wh 1000 xm3"))
    # Long neighbours are words, not parts of a code.
    assert not any("headphones" in term for term in code_terms("WH-1000XM3 headphones"))
    assert query_terms("Shoes shoes") == (["shoes"], [])


@pytest.mark.parametrize("spelling", ["WH-1000XM3", "WH1000XM3", "wh 1000 xm3", "wh-1000 xm3", "wh1000xm3 sony"])
def test_every_spelling_of_a_model_number_finds_the_product_first(shop: Catalog, spelling: str) -> None:
    assert ids(shop, spelling)[0] == "1"


def test_a_part_number_written_without_its_dashes_is_found(shop: Catalog) -> None:
    assert ids(shop, "DS7216HUHIK2")[0] == "5"


def test_a_misspelled_word_is_corrected_and_said_so(shop: Catalog) -> None:
    page = shop.search(SearchRequest(query="vengaence memory", filters=SearchFilters()))
    assert page.products[0].id == "local:4"
    assert any("'vengeance'" in note for note in page.notes)


def test_a_word_is_not_corrected_into_another_by_its_first_letter(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([product(1, "Desk Phone Stand"), product(2, "Clear Case for Pixel 8"), product(3, "Trench Coat")])
    page = catalog.search(SearchRequest(query="iphone case", filters=SearchFilters()))
    assert [p.id for p in page.products] == ["local:2"]
    assert any("No product has 'iphone'" in note for note in page.notes)
    assert ids(catalog, "lover coat") == ["3"]  # not "over"
    assert ids(catalog, "phome stand") == ["1"]  # a slip after the first letter is still corrected


def test_a_correction_must_go_with_the_other_words(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([product(1, "Canvas Sneakers"), product(2, "Side Table"), product(3, "Walnut Side Table")])
    page = catalog.search(SearchRequest(query="sneakers size 10", filters=SearchFilters()))
    assert [p.id for p in page.products] == ["local:1"]
    assert not any("in place of" in note for note in page.notes)
    corrected = catalog.search(SearchRequest(query="walnut sode table", filters=SearchFilters()))
    assert corrected.products[0].id == "local:3"
    assert any("'side' in place of 'sode'" in note for note in corrected.notes)


def test_plural_and_singular_find_each_other(shop: Catalog) -> None:
    assert set(ids(shop, "running shoe")[:2]) == {"6", "7"}
    assert "8" in ids(shop, "headphones stand")[:1]


def test_the_product_whose_name_has_every_word_ranks_above_a_partial_match(shop: Catalog) -> None:
    found = ids(shop, "bose wireless headphones")
    assert found[0] == "3"
    assert set(found) >= {"1", "2", "3"}


def test_the_brand_a_query_names_lifts_its_products(shop: Catalog) -> None:
    assert ids(shop, "sony headphones")[:2] in (["1", "2"], ["2", "1"])


def test_filters_narrow_the_answer(shop: Catalog) -> None:
    assert set(ids(shop, "headphones", price_max=300)) == {"1", "3", "8"}
    assert ids(shop, "headphones", brand="bose") == ["3"]
    assert ids(shop, "shoes", in_stock=True) == ["7"]
    assert ids(shop, None, brand="Stridewell", price_min=100) == ["6"]


def test_a_color_filter_also_takes_products_whose_title_names_the_color(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([product(1, "Wool Beanie Red"), product(2, "Wool Beanie", color="red"), product(3, "Wool Beanie")])
    assert sorted(ids(catalog, "beanie", color="red")) == ["1", "2"]


def test_when_no_product_has_every_word_those_with_some_come_back_with_a_note(shop: Catalog) -> None:
    page = shop.search(SearchRequest(query="walnut headphones stand zebra", filters=SearchFilters()))
    assert page.products[0].id == "local:8"
    assert any("'zebra'" in note for note in page.notes)


def test_a_word_found_only_in_a_description_still_counts_as_matched(shop: Catalog) -> None:
    both = shop.search(SearchRequest(query="headphone stand over-ear", filters=SearchFilters()))
    assert both.products[0].id == "local:8"
    assert not any("every word" in note for note in both.notes)
    some = shop.search(SearchRequest(query="walnut sony", filters=SearchFilters()))
    assert some.products and any("No product matched every word" in note for note in some.notes)
    # Sony's headphones have both words but cost more: among what passes the filter, none has both.
    filtered = shop.search(SearchRequest(query="sony headphones", filters=SearchFilters(price_max=Decimal(40))))
    assert [p.id for p in filtered.products] == ["local:8"]
    assert any("No product matched every word" in note for note in filtered.notes)


def test_a_search_without_hits_names_the_filter_to_drop(shop: Catalog) -> None:
    page = shop.search(SearchRequest(query="headphones", filters=SearchFilters(brand="Bose", price_max=Decimal(100))))
    assert page.products == []
    assert any("without the price_max filter, 1 product matches" in note for note in page.notes)
    assert any("without the brand filter" in note for note in page.notes)
    nothing = shop.search(SearchRequest(query="zyxwvut", filters=SearchFilters(brand="Bose")))
    assert nothing.products == [] and not any("without" in note for note in nothing.notes)


def test_upsert_replaces_a_product_by_id(shop: Catalog) -> None:
    assert shop.upsert([product(3, "Bose QuietComfort Ultra Headphones", "Bose", "429")]) == 1
    assert shop.count() == len(SHOP)
    assert ids(shop, "quietcomfort 45") != ["3"] or "Ultra" in (shop.get("local:3") or SHOP[0]).title
    assert "3" in ids(shop, "quietcomfort ultra")
    assert ids(shop, "quietcomfort 45 wireless")[0] != "3" or ids(shop, "45") == []
    assert shop.get("local:3") is not None and shop.get("local:3").title.endswith("Ultra Headphones")  # type: ignore[union-attr]


def test_the_last_of_repeated_ids_in_one_batch_wins(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    assert catalog.upsert([product(1, "Old Lamp"), product(1, "New Lamp")]) == 1
    assert ids(catalog, "lamp") == ["1"]
    assert ids(catalog, "old") == []


def test_totals_are_capped_and_say_so(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "TOTAL_CAP", 30)
    monkeypatch.setattr(relevance, "POOL", 10)
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([product(n, f"Desk Lamp {n}") for n in range(50)])
    page = catalog.search(SearchRequest(query="lamp", filters=SearchFilters(), limit=5))
    assert (page.total, page.total_exact, page.has_more) == (30, False, True)
    small = catalog.search(SearchRequest(query="lamp 7", filters=SearchFilters(), limit=5))
    assert small.products[0].id == "local:7"


def test_relevance_pages_join_without_losing_or_repeating(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(relevance, "POOL", 7)
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([product(n, f"Desk Lamp {'brass ' * (n % 3)}{n}") for n in range(25)])
    seen: list[str] = []
    for offset in range(0, 25, 4):
        page = catalog.search(SearchRequest(query="brass lamp", filters=SearchFilters(), offset=offset, limit=4))
        seen.extend(p.id for p in page.products)
    assert len(seen) == len(set(seen)) == 25


def test_an_index_of_an_older_version_is_rebuilt_from_the_stored_products(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    catalog = Catalog(path)
    catalog.upsert(SHOP)
    catalog._db.execute("UPDATE catalog_meta SET value = 'old' WHERE key = 'text_version'")  # pyright: ignore[reportPrivateUsage]
    catalog._db.execute("DELETE FROM products_text")  # pyright: ignore[reportPrivateUsage]
    catalog._db.execute("INSERT INTO common_terms VALUES ('acme', 99)")  # pyright: ignore[reportPrivateUsage]
    catalog.close()
    rebuilt = Catalog(path)
    assert ids(rebuilt, "WH1000XM3")[0] == "1"
    # The kept counts of common terms are of the new index's terms, not the old one's.
    assert not rebuilt._db.execute("SELECT 1 FROM common_terms WHERE term = 'acme'").fetchall()  # pyright: ignore[reportPrivateUsage]


def test_inventory_search_matches_every_word(shop: Catalog) -> None:
    page = shop.inventory(InventoryRequest(search="running shoes"))
    assert {p.id for p in page.products} == {"local:6", "local:7"}


def unpriced(number: int, title: str) -> Product:
    return Product(id=f"local:{number}", source="local", title=title, availability=Availability.in_stock)


@pytest.mark.parametrize("few", [1_000, 3])
def test_price_sorts_order_every_match_with_unknown_prices_last(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    # Whether the matches are sorted directly (few) or found walking the price index (many), the order is the same.
    monkeypatch.setattr(listing, "FEW", few)
    monkeypatch.setattr(listing, "TOTAL_CAP", 5)
    catalog = open_catalog(tmp_path / "catalog.db")
    lamps = [product(n, f"Desk Lamp {n}", price=str(100 - n)) for n in range(40)]
    catalog.upsert([*lamps, unpriced(90, "Desk Lamp plain"), product(91, "Desk Chair", price="1")])
    cheapest = ids(catalog, "lamp", sort="price_asc")
    assert cheapest == ["39", "38", "37", "36", "35", "34", "33", "32", "31", "30"]
    assert ids(catalog, "lamp", sort="price_desc")[:3] == ["0", "1", "2"]
    seen: list[str] = []
    for offset in range(0, 45, 4):
        request = SearchRequest(query="lamp", filters=SearchFilters(), sort="price_asc", offset=offset, limit=4)
        seen.extend(p.id.removeprefix("local:") for p in catalog.search(request).products)
    assert seen == [*(str(n) for n in range(39, -1, -1)), "90"]
    last = catalog.search(SearchRequest(query="lamp", filters=SearchFilters(), sort="price_desc", offset=40))
    assert [p.id for p in last.products] == ["local:90"] and not last.has_more


def test_a_sorted_search_filters_before_it_pages(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "FEW", 2)
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert(
        [product(n, f"Desk Lamp {n}", brand="Brass" if n % 5 == 0 else "Iron", price=str(n)) for n in range(30)]
    )
    assert ids(catalog, "lamp", brand="brass", sort="price_desc") == ["25", "20", "15", "10", "5", "0"]
    page = catalog.search(SearchRequest(query="lamp", filters=SearchFilters(brand="brass"), sort="price_asc", limit=2))
    assert (page.total, page.total_exact, page.has_more) == (6, True, True)


def test_listing_by_filters_alone_sorts_the_whole_catalog(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert([product(n, f"Thing {n}", brand="Acme", price=str(1000 - n)) for n in range(1, 30)])
    assert ids(catalog, None, brand="acme", sort="price_asc")[:2] == ["29", "28"]
    assert [p.title for p in catalog.inventory(InventoryRequest(limit=3)).products] == [
        "Thing 1",
        "Thing 10",
        "Thing 11",
    ]


def test_a_search_sees_products_another_connection_added(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    reader = open_catalog(tmp_path / "catalog.db")
    reader.upsert([product(1, "Desk Lamp")])
    assert ids(reader, "lamp") == ["1"]
    open_catalog(tmp_path / "catalog.db").upsert([product(2, "Floor Lamp"), product(3, "Walnut Shelf")])
    assert sorted(ids(reader, "lamp")) == ["1", "2"]
    assert ids(reader, "walnut") == ["3"]


def test_when_every_word_is_common_the_names_with_them_come_first(
    tmp_path: Path, open_catalog: OpenCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(relevance, "BUDGET", 2)
    catalog = open_catalog(tmp_path / "catalog.db")
    lamps = [product(n, f"Lamp {n}", description="A desk lamp in brass.") for n in range(6)]
    catalog.upsert([*lamps, product(10, "Brass Desk Lamp"), product(11, "Desk Lamp", brand="Brass")])
    page = catalog.search(SearchRequest(query="brass desk lamp", filters=SearchFilters(), limit=3))
    assert {p.id for p in page.products[:2]} == {"local:10", "local:11"}
    assert (page.total, page.total_exact, page.has_more) == (8, True, True)
    seen = [p.id for p in page.products]
    seen += [
        p.id for p in catalog.search(SearchRequest(query="brass desk lamp", filters=SearchFilters(), offset=3)).products
    ]
    assert len(seen) == len(set(seen)) == 8


def test_a_page_past_the_end_keeps_the_total(shop: Catalog) -> None:
    everything = shop.inventory(InventoryRequest(limit=100))
    assert everything.total_exact and everything.total is not None
    past = shop.inventory(InventoryRequest(offset=everything.total + 50, limit=10))
    assert past.products == []
    assert (past.total, past.total_exact, past.has_more) == (everything.total, True, False)


def test_a_model_number_no_product_has_is_not_matched_by_one_of_its_digit_runs(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    catalog = open_catalog(tmp_path / "catalog.db")
    catalog.upsert(
        [
            *SHOP,
            product(20, "Brickwise 1000-Piece Jigsaw Puzzle", "Brickwise", "21.99"),
            product(21, "Tumbletop 1000-Piece Jigsaw Puzzle", "Tumbletop", "19.99"),
        ]
    )
    # The headphones share "wh" with it and come back, said so; the puzzles share only "1000" and do not.
    alone = catalog.search(SearchRequest(query="WH-1000XM5", filters=SearchFilters(), limit=10))
    assert [p.id for p in alone.products] == ["local:1", "local:2"]
    assert any("No product has '1000xm5'; these match the other words." in note for note in alone.notes)
    assert "20" not in ids(catalog, "sony WH-1000XM5 headphones")
    # A number written as one word that products have apart is found by all its parts together.
    joined = catalog.search(SearchRequest(query="WH1000", filters=SearchFilters(), limit=10))
    assert [p.id for p in joined.products] == ["local:1", "local:2"]
    assert any("'wh1000' written as one word; these have its parts." in note for note in joined.notes)
    # Nothing has the number or any word of the query: nothing comes back, and the note does not say otherwise.
    lost = catalog.search(SearchRequest(query="ZX-1000Q7", filters=SearchFilters(), limit=10))
    assert lost.products == []
    assert lost.notes == ["No product has 'zx', '1000q7'."]


def test_an_inventory_search_without_hits_names_the_word_no_product_has_and_the_one_meant(shop: Catalog) -> None:
    page = shop.inventory(InventoryRequest(search="walnut headphnes stnd zqxv"))
    assert page.products == []
    assert page.notes == [
        "No product has 'headphnes' (did you mean 'headphones'?).",
        "No product has 'stnd' (did you mean 'stand'?).",
        "No product has 'zqxv'.",
    ]
    assert shop.inventory(InventoryRequest(search="walnut headphones")).notes == []


def test_the_catalog_tells_which_of_color_and_material_its_products_state(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    catalog = open_catalog(tmp_path / "stated.db")
    catalog.upsert([Product(id="local:t", source="local", title="White Shelf Bracket")])
    assert catalog.stated() == frozenset()  # a title naming a color is not a stated color
    catalog.upsert([Product(id="local:c", source="local", title="Linen Shirt", attributes={"color": "Red"})])
    assert catalog.stated() == frozenset({"color"})
