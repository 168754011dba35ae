"""The local catalog's ranking and filters on queries typed the way shoppers type."""

from __future__ import annotations

from pathlib import Path

import pytest

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchRequest
from aisle_mcp.providers.local.catalog import Catalog
from tests.providers.local.conftest import OpenCatalog, with_titles

TITLES = [
    "Cordless Leaf Blower 40V",
    "Cordless Hedge Trimmer 40V",
    "Cordless String Trimmer 40V",
    "Cordless Pole Saw 40V",
    "DEWALT 20-Volt MAX Cordless 1/2 in. Drill/Driver Kit",
    "Corded Hammer Drill 7.5 Amp",
    "Magnetic Tool Holder 18 in.",
    "Door Stop Magnets (2-Pack)",
    "No-Drill Curtain Rod",
    "Curtain Rod with Drill Bracket",
    "Plain Curtain Rod",
    "Ceiling Fan without Light",
    "Ceiling Fan with Light Kit",
    "Round Area Rug for Living Room",
    "Living Room Floor Lamp",
]


@pytest.fixture
def catalog(tmp_path: Path, open_catalog: OpenCatalog) -> Catalog:
    return with_titles(open_catalog(tmp_path / "catalog.db"), TITLES)


def titles(catalog: Catalog, query: str, **filters: object) -> list[str]:
    request = SearchRequest(query=query, filters=SearchFilters.model_validate(filters), limit=20)
    return [p.title for p in catalog.search(request).products]


def test_the_head_noun_decides_before_a_modifier_many_products_share(catalog: Catalog) -> None:
    found = titles(catalog, "cordless drill")
    assert found[0] == "DEWALT 20-Volt MAX Cordless 1/2 in. Drill/Driver Kit"
    # Products of the kind asked for, even without the modifier, come before the cordless products of other kinds.
    with_head = [i for i, title in enumerate(found) if "drill" in title.lower()]
    without = [i for i, title in enumerate(found) if "drill" not in title.lower()]
    assert without and max(with_head) < min(without)


def test_the_head_noun_before_for_is_the_kind_of_product(catalog: Catalog) -> None:
    assert titles(catalog, "rug for a small living room")[0] == "Round Area Rug for Living Room"


def test_a_stem_finds_its_other_forms(catalog: Catalog) -> None:
    assert set(titles(catalog, "magnet")) == {"Magnetic Tool Holder 18 in.", "Door Stop Magnets (2-Pack)"}


def test_excluding_a_word_keeps_products_that_say_they_are_without_it(catalog: Catalog) -> None:
    assert titles(catalog, "curtain rod", exclude=["drill"]) == ["Plain Curtain Rod", "No-Drill Curtain Rod"]
    assert titles(catalog, "ceiling fan", exclude=["light"]) == ["Ceiling Fan without Light"]


def test_the_total_counts_only_products_with_every_word(catalog: Catalog) -> None:
    page = catalog.search(SearchRequest(query="cordless drill", filters=SearchFilters(), limit=20))
    assert page.total == 1 and page.partial_from == 1


def test_a_size_bound_is_not_searched_as_a_word(catalog: Catalog) -> None:
    page = catalog.search(SearchRequest(query="magnetic holder under 20 inches", filters=SearchFilters()))
    assert page.products[0].title == "Magnetic Tool Holder 18 in."
    assert not any("under" in note for note in page.notes)


def test_a_head_no_product_has_leaves_the_kind_to_the_last_word_searched(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    found = open_catalog(tmp_path / "hardware.db")
    names = [
        "Everbilt 12-Gauge Galvanized Angle",
        "Everbilt Angled Sash Brush",
        "Everbilt Angled Trim Brush",
    ]
    found.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(names)])
    page = found.search(SearchRequest(query="angle bracket", filters=SearchFilters(), limit=5))
    assert page.products[0].title == names[0]
    assert any("'bracket'" in note for note in page.notes)
