"""The key that signs cursors, kept in the data directory when there is no shared database."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def cursor_key(data_dir: Path) -> bytes:
    """The key that signs cursors, made once per data directory so cursors outlive restarts.

    Replicas starting together on one data directory agree on it: the key is written aside and linked into place,
    which only the first to get there manages; every one then reads the key that won."""
    path = data_dir / "cursor.key"
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        data_dir.mkdir(parents=True, exist_ok=True)
        damaged = False
    except ValueError:
        damaged = True  # not a key: replaced, which only invalidates cursors already handed out
    draft = data_dir / f"cursor.key.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_bytes(32).hex())
    try:
        if damaged:
            os.replace(draft, path)
        else:
            os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text().strip())
