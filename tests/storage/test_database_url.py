"""``AISLE_DATABASE_URL`` can hold a password: it never shows in a repr, a log line or an error."""

from __future__ import annotations

import logging

import pytest
from pydantic import SecretStr

from aisle_mcp.server.settings import SettingsError, load_settings
from aisle_mcp.storage.postgres.connect import StorageUnavailable, redacted
from aisle_mcp.storage.postgres.open import open_postgres
from tests.storage.cluster import free_port

PASSWORD = "s3cr%40t-pw"


def test_the_database_url_is_a_secret_in_the_settings() -> None:
    url = f"postgresql://aisle:{PASSWORD}@db.internal:5432/aisle"
    settings = load_settings({"AISLE_DATA_DIR": "/tmp/aisle", "AISLE_DATABASE_URL": url})
    assert settings.database_url is not None
    assert settings.database_url.get_secret_value() == url
    assert PASSWORD not in repr(settings)
    assert PASSWORD not in str(settings)
    assert redacted(settings.database_url) == "postgresql://aisle@db.internal:5432/aisle"


def test_without_a_database_url_everything_stays_in_the_sqlite_file() -> None:
    assert load_settings({"AISLE_DATA_DIR": "/tmp/aisle"}).database_url is None


@pytest.mark.parametrize(
    ("url", "told"),
    [
        (f"mysql://aisle:{PASSWORD}@db/aisle", "must be a postgresql:// URL"),
        (f"postgresql://aisle:{PASSWORD}@db:port/aisle", "port that is not a number"),
    ],
)
def test_a_database_url_aisle_cannot_use_is_refused_without_showing_it(url: str, told: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings({"AISLE_DATA_DIR": "/tmp/aisle", "AISLE_DATABASE_URL": url})
    assert told in str(refused.value)
    assert "AISLE_DATABASE_URL" in str(refused.value)
    assert PASSWORD not in str(refused.value)


def test_an_unreachable_database_is_told_with_its_host_but_never_its_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = free_port()  # nothing listens there
    url = SecretStr(f"postgresql://aisle:{PASSWORD}@127.0.0.1:{port}/aisle")
    with caplog.at_level(logging.DEBUG), pytest.raises(StorageUnavailable) as failed:
        open_postgres(url)
    message = str(failed.value)
    assert f"127.0.0.1:{port}/aisle" in message
    assert "AISLE_DATABASE_URL" in message
    assert PASSWORD not in message and "s3cr@t-pw" not in message
    assert PASSWORD not in caplog.text and "s3cr@t-pw" not in caplog.text


def test_a_wrong_database_name_is_told_without_the_password(postgres_server: str) -> None:
    url = SecretStr(postgres_server.replace("postgres@", f"postgres:{PASSWORD}@").rsplit("/", 1)[0] + "/nowhere")
    with pytest.raises(StorageUnavailable) as failed:
        open_postgres(url)
    assert 'database "nowhere" does not exist' in str(failed.value)
    assert PASSWORD not in str(failed.value) and "s3cr@t-pw" not in str(failed.value)
