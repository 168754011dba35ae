"""PostgreSQL's schema: applied by whichever server starts first, once, however many start together; the key
that signs cursors is the same for every server."""

from __future__ import annotations

import threading

import psycopg
from pydantic import SecretStr

from aisle_mcp.storage.postgres.migrations import LATEST, upgrade, version
from aisle_mcp.storage.postgres.open import open_postgres, upgrade_postgres


def test_servers_starting_together_apply_the_schema_once(postgres_url: SecretStr) -> None:
    applied: list[list[int]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def migrate() -> None:
        try:
            with psycopg.connect(postgres_url.get_secret_value(), autocommit=True) as conn:
                start.wait()
                applied.append(upgrade(conn))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=migrate) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(applied) == [[] for _ in range(5)] + [list(range(1, LATEST + 1))]
    with psycopg.connect(postgres_url.get_secret_value()) as conn:
        assert version(conn) == LATEST
        assert conn.execute("SELECT count(*) FROM aisle_schema").fetchone() == (LATEST,)


def test_db_upgrade_says_what_it_applied_and_then_that_nothing_is_left(postgres_url: SecretStr) -> None:
    first = upgrade_postgres(postgres_url)
    assert f"schema at version {LATEST} (applied 1" in first
    assert upgrade_postgres(postgres_url).endswith(f"schema at version {LATEST} (nothing to apply)")


def test_every_server_signs_cursors_with_the_same_key(postgres_url: SecretStr) -> None:
    one, two = open_postgres(postgres_url), open_postgres(postgres_url)
    try:
        assert one.cursor_key == two.cursor_key
        assert len(one.cursor_key) == 32
        assert str(one.cursor_key) not in repr(one)
    finally:
        one.close()
        two.close()
