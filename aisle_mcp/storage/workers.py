"""Who works a run: a worker's name, and whether a claim's holder is known to be dead."""

from __future__ import annotations

import os
import secrets
import socket

LEASE_S = 60.0
"""How long a claim on a run lasts unless renewed; renewed every third of it while the run is worked."""


def worker_name() -> str:
    """This worker, unique across processes and machines sharing the storage: host, pid, and a nonce."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def gone(worker: str) -> bool:
    """Whether a claim's holder is known to be dead: a process on this machine that no longer exists."""
    host, _, rest = worker.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine's worker: only its lease tells
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
