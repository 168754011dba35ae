"""The local catalog on queries typed into a home-improvement shop's search box where no product has every word:
which word stands for the missing kind, and which word is left out."""

from __future__ import annotations

from pathlib import Path

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.local.catalog import Catalog
from tests.providers.local.conftest import OpenCatalog


def written(open_catalog: OpenCatalog, path: Path, titles: list[str]) -> Catalog:
    found = open_catalog(path)
    found.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(titles)])
    return found


def search(catalog: Catalog, query: str) -> SearchPage:
    return catalog.search(SearchRequest(query=query, filters=SearchFilters(), limit=10))


def test_a_word_before_a_head_no_product_has_stands_for_the_kind_only_beside_the_other_words(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    # No title says "wrap", and no Quikrete product is a house: "house" only qualified the wrap asked for. The
    # bird houses have that word alone and are no nearer the kind than the Quikrete products, which the rarer
    # word finds.
    houses = [f"{brand} Bird House" for brand in ("Audubon", "Vigoro", "Perky-Pet", "Woodlink", "Droll", "Bloem")]
    quikrete = ["Quikrete Wire Mesh", "Quikrete Mortar Mix"]
    catalog = written(open_catalog, tmp_path / "wrap.db", [*houses, *quikrete, "Everbilt Angle"])
    page = search(catalog, "quikrete house wrap")
    assert page.products[0].title in quikrete
    assert any("'wrap'" in note for note in page.notes)
    # Where some product has every word left, the last of them names the kind, as before.
    assert search(catalog, "angle bracket").products[0].title == "Everbilt Angle"


def test_a_word_naming_another_kind_right_before_the_head_is_the_one_left_out(
    tmp_path: Path, open_catalog: OpenCatalog
) -> None:
    # No fan is a 300 CFM hood: "fan" names another kind (ceiling and bath fans), but right before "hood" it only says
    # which hood is meant, and the products with every other word are the hoods asked for.
    titles = [
        "Broan-NuTone 30 in. 300 CFM Under Cabinet Range Hood",
        "ZLINE 36 in. 300 CFM Island Range Hood",
        "Hampton Bay 52 in. 1,600 CFM Ceiling Fan",
        "Panasonic 110 CFM Bath Fan",
        "Lasko 20 in. Box Fan",
    ]
    catalog = written(open_catalog, tmp_path / "hood.db", titles)
    page = search(catalog, "300 cfm fan hood")
    assert {p.title for p in page.products[:2]} == set(titles[:2])
    assert page.total == 0 and page.partial_from == 0
    assert any("every word but 'fan'" in note for note in page.notes)
    # Farther from the head, a word that names a kind is never left out (see test_catalog_typed).
    assert not any("every word but" in note for note in search(catalog, "fan 300 cfm hood").notes)
    # A vent hood is a range hood by another name (``aliases``): every word is found.
    vent = search(catalog, "300 cfm vent hood")
    assert {p.title for p in vent.products[:2]} == set(titles[:2]) and vent.total == 2


def test_a_plural_in_ves_finds_the_singular_in_f_and_back(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    # The index's stemmer keeps "shelves" ("shelv") apart from "shelf", and "knives" from "knife".
    titles = ["Dolle Floating Wall Shelf", "Everbilt Garage Shelving Unit", "Husky Utility Knife", "Floating Pool Toy"]
    catalog = written(open_catalog, tmp_path / "shelf.db", titles)
    page = search(catalog, "floating shelves")
    assert page.products[0].title == titles[0]
    assert page.total == 1 and page.partial_from == 1
    assert [p.title for p in search(catalog, "utility knives").products] == [titles[2]]
    assert search(catalog, "shelf").products[0].title == titles[0]
    assert titles[1] in {p.title for p in search(catalog, "shelf").products}


def test_a_slip_that_looks_like_a_plural_in_ves_is_still_corrected(tmp_path: Path, open_catalog: OpenCatalog) -> None:
    # "golves" could be the plural of "golf", which products have; it is "gloves" typed with a slip.
    titles = ["Flannel Lined Work Gloves", "Leather Gloves", "Golf Balls (12-Pack)", "Lined Notebook"]
    catalog = written(open_catalog, tmp_path / "gloves.db", titles)
    page = search(catalog, "lined golves")
    assert page.products[0].title == titles[0]
    assert any("'gloves'" in note for note in page.notes)
