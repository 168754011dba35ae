"""The local catalog on search-box queries over titles alone: measurements in any spelling, compounds written
apart or together, and slips in words the catalog has few or none of."""

from __future__ import annotations

from pathlib import Path

import pytest

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchPage
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.providers.local.intent import head
from aisle_mcp.providers.local.tokens import code_terms, query_terms
from tests.providers.local.conftest import search_page, with_titles

TITLES = [
    "Whynter 8,000 BTU Portable Air Conditioner",
    "Whynter 12,000 BTU Portable Air Conditioner",
    "Broan 1,200 CFM Gable Vent Fan",
    "Broan 1,600 CFM Gable Vent Fan",
    "BEHR Premium 1-gal. #SC-141 Tugboat Wood Coating",
    "Homer 5 gal. Orange Bucket",
    "Leaktite 2 gal. White Bucket",
    "1/2 in. PVC 90-Degree Elbow",
    "3/4 in. PVC 90-Degree Elbow",
    "12 in. PVC Pipe Elbow Cutter",
    "Werner 8 ft. Fiberglass Step Ladder",
    "Werner 6 ft. Aluminum Step Ladder",
    "Philips 60-Watt Equivalent A19 LED Light Bulb",
    "Philips 100-Watt Equivalent A19 LED Light Bulb",
    "Square D 30 Amp Single-Pole Circuit Breaker",
    "Square D 20 Amp Single-Pole Circuit Breaker",
    "American Standard Elongated Toilet Seat",
    "Kohler Two-Piece Toilet",
    "DEWALT 20-Volt MAX Cordless Drill",
    "Ryobi 18-Volt ONE+ Cordless Drill",
    "Simpson Strong-Tie 12-Gauge Angle",
    "Glass Mosaic Backsplash Tile",
    "Red Ceder Planter Box",
    "Logitech USB Headset",
    "RAM Triple Ball Base",
    "Wooden Baseball Bat",
    "Jabra Evolve Stereo Headset",
    "Rain Shower Head with EST-200 Filter",
    "2 in. x 4 in. x 8 ft. Premium Kiln-Dried Stud",
    "2 in. x 6 in. x 8 ft. Premium Kiln-Dried Board",
    "4 in. x 4 in. x 8 ft. Pressure-Treated Post",
    "GE 4.5 cu. ft. Top Load Washer",
    "GE 5.0 cu. ft. Top Load Washer",
    "Owens Corning 40 sq. ft. Insulation Roll",
    "Owens Corning 75 sq. ft. Insulation Roll",
    "Southwire 250 ft. 12 AWG Solid Copper Wire",
    "Southwire 250 ft. 14-Gauge Solid Copper Wire",
    "Ames 6 cu. ft. Yard Cart",
    "Marathon 6 cu. ft. Garden Cart",
    *(f"Cedar Fence Picket {n} ft." for n in range(3, 40)),
]


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return with_titles(Catalog(tmp_path / "catalog.db"), TITLES)


def search(catalog: Catalog, query: str) -> SearchPage:
    return search_page(catalog, query, 10)


def first(catalog: Catalog, query: str) -> str:
    return search(catalog, query).products[0].title


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("1/2 inch pvc elbow", "1/2 in. PVC 90-Degree Elbow"),
        ('3/4" pvc elbow', "3/4 in. PVC 90-Degree Elbow"),
        ("12 inch pvc elbow", "12 in. PVC Pipe Elbow Cutter"),
        ("5 gallon bucket", "Homer 5 gal. Orange Bucket"),
        ("2gal bucket", "Leaktite 2 gal. White Bucket"),
        ("8 foot ladder", "Werner 8 ft. Fiberglass Step Ladder"),
        ("6' ladder", "Werner 6 ft. Aluminum Step Ladder"),
        ("60 watt bulb", "Philips 60-Watt Equivalent A19 LED Light Bulb"),
        ("100w bulb", "Philips 100-Watt Equivalent A19 LED Light Bulb"),
        ("30 amp breaker", "Square D 30 Amp Single-Pole Circuit Breaker"),
        ("12 ga angle", "Simpson Strong-Tie 12-Gauge Angle"),
        ("half inch pvc elbow", "1/2 in. PVC 90-Degree Elbow"),
        ("three quarter inch pvc elbow", "3/4 in. PVC 90-Degree Elbow"),
        ("behr 1 gallon tugboat", "BEHR Premium 1-gal. #SC-141 Tugboat Wood Coating"),
        ("4.5 cubic feet washer", "GE 4.5 cu. ft. Top Load Washer"),
        ("5 cu ft washer", "GE 5.0 cu. ft. Top Load Washer"),
        ("75 square feet insulation", "Owens Corning 75 sq. ft. Insulation Roll"),
        ("12 gauge wire", "Southwire 250 ft. 12 AWG Solid Copper Wire"),
        ("14 awg wire", "Southwire 250 ft. 14-Gauge Solid Copper Wire"),
        # A measurement with its own unit has no unit after it: "yard" is the cart's word, kept.
        ("6 cu.ft yard cart", "Ames 6 cu. ft. Yard Cart"),
        ("6 cu. ft. garden cart", "Marathon 6 cu. ft. Garden Cart"),
        # A comma that groups thousands, as titles write it and queries do not, or do.
        ("12000 btu air conditioner", "Whynter 12,000 BTU Portable Air Conditioner"),
        ("8,000 btu air conditioner", "Whynter 8,000 BTU Portable Air Conditioner"),
        ("1600 cfm gable vent", "Broan 1,600 CFM Gable Vent Fan"),
    ],
)
def test_a_measurement_in_any_spelling_finds_the_size(catalog: Catalog, query: str, title: str) -> None:
    assert first(catalog, query) == title


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("2x4", "2 in. x 4 in. x 8 ft. Premium Kiln-Dried Stud"),
        ("2x6x8 board", "2 in. x 6 in. x 8 ft. Premium Kiln-Dried Board"),
        ("4 x 4 post", "4 in. x 4 in. x 8 ft. Pressure-Treated Post"),
        ('2" x 6" board', "2 in. x 6 in. x 8 ft. Premium Kiln-Dried Board"),
    ],
)
def test_dimensions_in_any_spelling_find_the_size(catalog: Catalog, query: str, title: str) -> None:
    assert first(catalog, query) == title


def test_a_fraction_is_not_the_whole_number_its_digits_make() -> None:
    assert "12in" not in code_terms("1/2 in. PVC Elbow")
    assert "1d2in" in code_terms("1/2 in. PVC Elbow")
    assert query_terms("1/2 inch pvc elbow")[0] == ["1d2in", "pvc", "elbow"]


def test_a_fraction_in_words_before_a_unit_is_the_fraction() -> None:
    assert query_terms("half inch pipe")[0] == ["1d2in", "pipe"]
    assert query_terms("3 quarter inch plywood")[0] == ["3d4in", "plywood"]
    assert query_terms("1 and a half inch pvc")[0] == query_terms("1-1/2 in. pvc")[0]
    assert query_terms("half price quarter round")[0] == ["half", "price", "quarter", "round"]


def test_a_size_no_product_has_is_searched_as_its_number(catalog: Catalog) -> None:
    page = search(catalog, "7 feet fence picket")
    assert page.products[0].title == "Cedar Fence Picket 7 ft."
    missing = search(catalog, "9 inch fence picket")
    assert missing.products[0].title == "Cedar Fence Picket 9 ft."


def test_a_compound_written_together_is_split_the_catalogs_way(catalog: Catalog) -> None:
    page = search(catalog, "lightbulb")
    assert {p.title for p in page.products} == {
        "Philips 60-Watt Equivalent A19 LED Light Bulb",
        "Philips 100-Watt Equivalent A19 LED Light Bulb",
    }
    assert any("'light bulb'" in note for note in page.notes)


def test_a_compound_written_apart_is_joined_the_catalogs_way(catalog: Catalog) -> None:
    assert first(catalog, "de walt drill") == "DEWALT 20-Volt MAX Cordless Drill"
    page = search(catalog, "back splash tile")
    assert page.products[0].title == "Glass Mosaic Backsplash Tile"
    assert any("'backsplash'" in note for note in page.notes)


def test_two_words_some_product_has_both_of_stay_apart(catalog: Catalog) -> None:
    page = search(catalog, "base ball")
    assert page.products[0].title == "RAM Triple Ball Base"
    assert not any("in place of" in note for note in page.notes)


def test_two_words_the_catalog_writes_apart_stay_apart(catalog: Catalog) -> None:
    page = search(catalog, "step ladder")
    assert not any("in place of" in note for note in page.notes)
    assert {p.title for p in page.products[:2]} == {
        "Werner 8 ft. Fiberglass Step Ladder",
        "Werner 6 ft. Aluminum Step Ladder",
    }


def test_a_slip_of_a_word_no_product_has_is_corrected(catalog: Catalog) -> None:
    page = search(catalog, "toliet seat")
    assert page.products[0].title == "American Standard Elongated Toilet Seat"
    assert any("'toilet'" in note for note in page.notes)


def test_a_slip_is_corrected_rather_than_cut_in_two(catalog: Catalog) -> None:
    page = search(catalog, "headest")
    assert {p.title for p in page.products} == {"Logitech USB Headset", "Jabra Evolve Stereo Headset"}
    assert any("'headset'" in note for note in page.notes)


def test_a_rare_word_also_searches_its_common_spelling(catalog: Catalog) -> None:
    page = search(catalog, "ceder fence picket")
    found = [p.title for p in page.products]
    assert all(title.startswith("Cedar Fence Picket") for title in found[:5])
    assert any("'cedar' as well as 'ceder'" in note for note in page.notes)
    # The rare spelling is still searched: the one product written that way is found on its own.
    assert first(catalog, "ceder planter") == "Red Ceder Planter Box"


@pytest.mark.parametrize(
    ("query", "noun"),
    [
        ("1/2 in. pvc elbow", "elbow"),
        ("30 in. gas range", "range"),
        ("2 in. x 4 in. x 8 ft. stud", "stud"),
        ("toilet flange 3 inch", "flange"),
        ("rug for a small living room", "rug"),
    ],
)
def test_the_head_noun_is_found_past_a_measurements_in(query: str, noun: str) -> None:
    assert head(query) == noun


def test_a_size_or_color_alone_does_not_stand_in_for_a_kind_no_product_is(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "few.db")
    titles = ["SanDisk 8 GB USB Stick", "Auralis Sport Earbuds - White", "Makita XFD131 Cordless Drill"]
    catalog.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    for query in ("8 ft ladder", "white ladder"):
        page = search(catalog, query)
        assert page.products == [], query
        assert any("'ladder'" in note for note in page.notes), page.notes
    # A size with a word products have still finds them, and a model number stands for its product.
    assert [p.title for p in search(catalog, "8 gb usb stick").products] == ["SanDisk 8 GB USB Stick"]
    assert search(catalog, "xfd131 ryobi").products[0].title == "Makita XFD131 Cordless Drill"


@pytest.mark.parametrize("query", ["2 by 6 by 8 lumber", '2 in by 6" by 8 ft lumber', "2x6x8 lumber"])
def test_whole_dimensions_name_a_product_whatever_the_query_calls_it(catalog: Catalog, query: str) -> None:
    page = search(catalog, query)
    assert page.products[0].title == "2 in. x 6 in. x 8 ft. Premium Kiln-Dried Board"
    assert any("'lumber'" in note for note in page.notes)


def test_sizes_said_by_each_other_are_dimensions() -> None:
    assert "2x4x8" in query_terms("2 by 4 by 8 foot stud")[1]
    assert "2x6" in query_terms('2 in by 6" board')[1]
    assert "by" in query_terms("stand by me")[0]
    # Nor are a dimension's runs and the sign joined to a size model numbers.
    assert query_terms("2x4 stud") == (["2x4", "stud"], ["2x4stud"])
    assert not {"x", "6x", "x8ft"} & set(query_terms('2 in x 6" x 8 ft board')[1])


def test_common_words_no_product_has_together_find_the_products_with_some_of_them(tmp_path: Path) -> None:
    # Every word with more products than the search scores at once: the candidates would be the products with all.
    catalog = Catalog(tmp_path / "common.db")
    titles = [
        *(f"Ryobi 18V Cordless Drill Kit {n}" for n in range(1100)),
        *(f"Greenworks 2000 PSI Electric Pressure Washer {n}" for n in range(1100)),
    ]
    catalog.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(titles)])
    page = search(catalog, "ryobi pressure washer")
    assert page.total == 0 and page.partial_from == 0 and len(page.products) == 10
    # Leaving out "ryobi" finds products with the other words (and leaving out no other word does): said so.
    assert any("every word but 'ryobi'" in note for note in page.notes)


def test_two_words_run_together_with_a_slip_in_one_are_split_and_corrected(catalog: Catalog) -> None:
    page = search(catalog, "glassmosiac")
    assert page.products[0].title == "Glass Mosaic Backsplash Tile"
    assert any("'glass mosaic'" in note for note in page.notes), page.notes
