"""``aisle-mcp db upgrade`` and the ``--database-url`` option: the database as a person manages it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pydantic import SecretStr

from aisle_mcp.server.settings import Settings, check_database_url
from aisle_mcp.server.storage import StorageSetupError, upgrade

DATABASE_URL_HELP = (
    "PostgreSQL for what replicas share (default: AISLE_DATABASE_URL, else the local SQLite file); prefer the"
    " variable when the URL holds a password, since a command line is visible to the machine's other users"
)


def add_database_url(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", metavar="URL", help=DATABASE_URL_HELP)


def add_db_command(commands: Any, human: argparse.ArgumentParser) -> None:
    """``db upgrade``: apply the schema steps the database lacks, as every server does when it starts."""
    db = commands.add_parser("db", help="manage the database (schema upgrades)")
    actions = db.add_subparsers(dest="db_command", required=True)
    upgrade = actions.add_parser(
        "upgrade", help="bring the database's schema up to date (servers also do it on start)", parents=[human]
    )
    add_database_url(upgrade)


def with_database_url(settings: Settings, args: argparse.Namespace) -> Settings:
    """The settings with ``--database-url`` in place of the environment's, when it was given (checked the same
    way: the error names the option's variable, never the URL)."""
    url: str | None = getattr(args, "database_url", None)
    if not url:
        return settings
    check_database_url(SecretStr(url))
    return settings.model_copy(update={"database_url": SecretStr(url)})


def storage_problem(settings: Settings) -> str | None:
    """Before serving on PostgreSQL: reach it and bring its schema up to date, so that a wrong URL or a server down
    is told in one line rather than as a failed start-up deep in the server (None: all is well)."""
    if settings.database_url is None:
        return None
    try:
        upgrade(settings)
    except (StorageSetupError, RuntimeError) as exc:
        return str(exc)
    return None


def db_command(settings: Settings, args: argparse.Namespace) -> int:
    try:
        print(upgrade(settings))
    except (StorageSetupError, RuntimeError) as exc:
        print(f"aisle-mcp db {args.db_command}: {exc}", file=sys.stderr)
        return 1
    return 0
