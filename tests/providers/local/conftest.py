"""The catalog on either engine: the SQLite file, and PostgreSQL on the test session's throwaway cluster (skipped
without PostgreSQL's binaries, as in ``tests/storage``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from pydantic import SecretStr

from aisle_mcp.products import Product
from aisle_mcp.products.search import SearchFilters, SearchPage, SearchRequest
from aisle_mcp.providers.local.catalog import Catalog

OpenCatalog = Callable[[Path], Catalog]
"""Open the catalog kept at a path: the same path opens the same catalog again (another connection to it)."""


def with_titles(catalog: Catalog, titles: list[str]) -> Catalog:
    """The catalog holding one product for each title (``id,title`` only, as a search-box catalog), ids in order."""
    catalog.upsert([Product(id=f"local:{n}", source="local", title=title) for n, title in enumerate(titles)])
    return catalog


def search_page(catalog: Catalog, query: str, limit: int) -> SearchPage:
    """One page of results for a query, with no filters."""
    return catalog.search(SearchRequest(query=query, filters=SearchFilters(), limit=limit))


@pytest.fixture(params=["sqlite", "postgres"])
def open_catalog(request: pytest.FixtureRequest) -> Iterator[OpenCatalog]:
    opened: list[Catalog] = []
    if request.param == "sqlite":

        def sqlite(path: Path) -> Catalog:
            opened.append(Catalog(path))
            return opened[-1]

        yield sqlite
    else:
        from aisle_mcp.storage.postgres.catalog import open_postgres_catalog

        server: str = request.getfixturevalue("postgres_server")
        databases: dict[Path, SecretStr] = {}

        def postgres(path: Path) -> Catalog:
            if path not in databases:
                name = f"c_{len(databases)}_{abs(hash(str(path))) % 10**9}"
                with psycopg.connect(server, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)".encode())
                    conn.execute(f"CREATE DATABASE {name}".encode())
                databases[path] = SecretStr(server.rsplit("/", 1)[0] + f"/{name}")
            opened.append(open_postgres_catalog(databases[path]))
            return opened[-1]

        yield postgres
        for catalog in opened:
            catalog.close()
        with psycopg.connect(server, autocommit=True) as conn:
            for url in databases.values():
                name = url.get_secret_value().rsplit("/", 1)[1]
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)".encode())
        return
    for catalog in opened:
        catalog.close()
