"""Names shoppers type that titles do not use ("fridge", "weed eater"), and compounds written the other way round
("showerhead" / "shower head"): searched as the names products use, the typed name keeping its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp import Client
from pydantic import SecretStr

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.local import aliases
from aisle_mcp.providers.local.catalog import Catalog
from aisle_mcp.server import Settings, build_server
from aisle_mcp.storage.postgres.catalog import open_postgres_catalog
from tests.providers.local.conftest import search_page, with_titles

pytestmark = pytest.mark.anyio

TITLES = [
    *(f"Whirlpool 25 cu. ft. French Door Refrigerator in Stainless {n}" for n in range(12)),
    "Frigidaire 3.1 cu. ft. Mini Fridge in Black",
    *(f"Ryobi 40V Cordless String Trimmer {n}" for n in range(5)),
    *(f"Roundup Weed Killer {n}" for n in range(5)),
    *(f"Ashley Couch in Gray {n}" for n in range(5)),
    *(f"Ashley Sofa in Gray {n}" for n in range(6)),
    *(f"Bernzomatic Propane Torch {n}" for n in range(3)),
    *(f"Delta Shower Head in Chrome {n}" for n in range(6)),
    "Moen Showerhead in Nickel",
    *(f"Kwikset Doorknob in Satin Nickel {n}" for n in range(6)),
    "Schlage Door Knob in Brass",
    "Stanley Door Stop and Knob Kit",
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return with_titles(Catalog(tmp_path / "catalog.db"), TITLES)


def search(catalog: Catalog, query: str, limit: int = 20) -> SearchPage:
    return search_page(catalog, query, limit)


def titles(page: SearchPage) -> list[str]:
    return [p.title for p in page.products]


def test_a_name_no_product_has_is_searched_as_the_name_products_use(catalog: Catalog) -> None:
    page = search(catalog, "weed eater")
    # The string trimmers match; weed killers, with only "weed", come after them, marked as partial.
    assert page.total == 5 and page.partial_from == 5
    assert all("String Trimmer" in t for t in titles(page)[:5])
    assert any("'string trimmer' (another name for 'weed eater', which no product has)" in n for n in page.notes)


def test_a_name_few_products_use_is_searched_beside_the_common_one_and_comes_first(catalog: Catalog) -> None:
    page = search(catalog, "fridges")
    assert titles(page)[0] == "Frigidaire 3.1 cu. ft. Mini Fridge in Black"  # the typed name keeps its weight
    assert all("Refrigerator" in t for t in titles(page)[1:])
    assert page.total == 13 and page.partial_from is None
    assert any("Also searched for 'refrigerator' (another name for 'fridges'" in n for n in page.notes)


def test_a_name_products_use_well_is_not_searched_as_another(catalog: Catalog) -> None:
    page = search(catalog, "couch")
    assert page.total == 5
    assert all("Couch" in t for t in titles(page))
    assert not any("another name" in n for n in page.notes)


def test_a_one_way_name_is_not_searched_the_other_way(catalog: Catalog) -> None:
    # "torch" may mean a flashlight; a flashlight is no propane torch.
    page = search(catalog, "flashlight")
    assert page.products == []
    assert not any("another name" in n for n in page.notes)


def test_a_joined_word_is_also_searched_apart_where_products_write_it_apart(catalog: Catalog) -> None:
    page = search(catalog, "showerhead")
    assert titles(page)[0] == "Moen Showerhead in Nickel"
    assert sum("Shower Head" in t for t in titles(page)) == 6
    assert any("Also searched for 'shower head' for 'showerhead'" in n for n in page.notes)


def test_two_words_are_also_searched_joined_where_products_write_them_joined(catalog: Catalog) -> None:
    page = search(catalog, "door knob")
    found = titles(page)
    assert found[0] == "Schlage Door Knob in Brass"  # as typed first
    assert sum("Doorknob" in t for t in found) == 6
    assert "Stanley Door Stop and Knob Kit" in found  # both words apart still match
    assert any("Also searched for 'doorknob' for 'door knob'" in n for n in page.notes)


def test_a_compound_written_one_way_only_is_left_alone(tmp_path: Path) -> None:
    found = Catalog(tmp_path / "few.db")
    found.upsert([Product(id=f"local:{n}", source="local", title=f"Acme Garden Hose {n}") for n in range(5)])
    page = search(found, "garden hose")
    assert page.total == 5
    assert not any("Also searched" in n for n in page.notes)


def test_names_are_read_as_searched_words_longest_first_in_any_number() -> None:
    assert aliases.names_in(["chest", "drawers"])[0][:2] == (0, 2)  # "chest of drawers"
    weed = aliases.names_in(["ryobi", "weed", "eaters"])
    assert weed[0][:2] == (1, 3) and "string trimmer" in weed[0][2]
    mini = aliases.names_in(["mini", "fridge"])
    assert [m[:2] for m in mini] == [(0, 2), (1, 2)]  # the whole name first, then "fridge" alone
    assert aliases.names_in(["sofa"])[0][2][:1] == ["couch"]
    # One way: a torch may be a flashlight, no flashlight is a torch.
    assert "flashlight" in aliases.names_in(["torch"])[0][2]
    assert all("torch" not in others for _, _, others in aliases.names_in(["flashlight"]))


def test_the_list_holds_a_few_hundred_names() -> None:
    assert aliases.pairs() > 1000


async def test_search_products_searches_another_name_and_says_so(tmp_path: Path) -> None:
    shop = Catalog(tmp_path / "aisle.db")
    shop.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(TITLES)])
    shop.close()
    async with Client(build_server(Settings(data_dir=tmp_path, load_demo=False))) as client:
        result = await client.call_tool("search_products", {"query": "weed eater", "limit": 5})
        assert not result.is_error and result.structured_content is not None
        found = result.structured_content
        assert found["products"][0]["title"].startswith("Ryobi 40V Cordless String Trimmer")
        assert "another name for 'weed eater'" in found["note"]


@pytest.mark.parametrize("query", ["weed eater", "fridges", "couch", "showerhead", "door knob"])
def test_postgresql_reads_other_names_as_sqlite_does(catalog: Catalog, postgres_url: SecretStr, query: str) -> None:
    shared = open_postgres_catalog(postgres_url)
    try:
        shared.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(TITLES)])
        request = SearchRequest(query=query, filters=SearchFilters(), limit=20)
        there, here = shared.search(request), catalog.search(request)
    finally:
        shared.close()
    assert there.notes == here.notes
    assert there.total == here.total
    assert titles(there)[:1] == titles(here)[:1]
    assert set(titles(there)) == set(titles(here))


def test_a_name_of_several_words_keeps_its_products_wherever_its_words_are(tmp_path: Path) -> None:
    # "Plumber's Tape" has "plumbers" and "tape", not the phrase "plumbers tape"; PTFE tape is its other name.
    found = Catalog(tmp_path / "tape.db")
    names = ["Oatey Plumber's Tape 1/2 in.", "Harvey Plumber's Tape 3/4 in."]
    names += [f"Everbilt 1/2 in. x 520 in. PTFE Tape {n}" for n in range(25)]
    names += [f"Scotch Masking Tape {n}" for n in range(5)]
    found.upsert([Product(id=f"local:{n}", source="local", title=t) for n, t in enumerate(names)])
    page = search(found, "plumbers tape", limit=30)
    assert set(titles(page)[:2]) == set(names[:2])
    assert page.total == 27
    assert page.partial_from == 27  # masking tape has "tape" alone
    assert any("Also searched for 'ptfe tape' (another name for 'plumbers tape'" in n for n in page.notes)
