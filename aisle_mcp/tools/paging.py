"""Resume cursors: opaque, signed, and bound to the request they continue.

A cursor carries an offset and a fingerprint of the arguments it belongs to, signed with a key from the
data directory; so a tampered cursor, or one replayed with other arguments, is refused with a clear error
instead of silently answering something else. Replicas that share the data directory share the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from aisle_mcp.errors import InvalidArgument

_SIG_BYTES = 12


def fingerprint(tool: str, arguments: dict[str, Any]) -> str:
    """What a page is a page of: the tool, and a short digest of it and its arguments (without paging ones).

    The tool's name is kept readable, so a cursor handed to another tool can be refused naming the one it is for."""
    canonical = json.dumps([tool, arguments], sort_keys=True, separators=(",", ":"), default=str)
    return f"{tool}/{hashlib.blake2b(canonical.encode(), digest_size=8).hexdigest()}"


class Cursors:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def _sign(self, body: bytes) -> bytes:
        return hmac.new(self._key, body, hashlib.sha256).digest()[:_SIG_BYTES]

    def encode(self, scope: str, offset: int) -> str:
        body = json.dumps({"s": scope, "o": offset}, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(body + self._sign(body)).rstrip(b"=").decode()

    def decode(self, cursor: str, scope: str, tool: str) -> int:
        """The offset a cursor resumes at; an ``InvalidArgument`` when it is not a cursor of this request."""
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        except (ValueError, TypeError):
            raw = b""
        body, signature = raw[:-_SIG_BYTES], raw[-_SIG_BYTES:]
        if len(raw) <= _SIG_BYTES or not hmac.compare_digest(signature, self._sign(body)):
            raise InvalidArgument(
                f"That cursor is not one {tool} gave out (it may be cut short or altered). "
                "Pass next_cursor exactly as received, or leave cursor out to start from the first page."
            )
        payload = json.loads(body)
        given = str(payload.get("s"))
        origin = given.partition("/")[0] if "/" in given else None
        if origin is not None and origin != tool:
            raise InvalidArgument(
                f"That cursor came from {origin}, not {tool}: pass it to {origin} with the arguments of the call that "
                f"returned it, or leave cursor out to start {tool} from the first page."
            )
        if given != scope:
            raise InvalidArgument(
                f"That cursor belongs to a different {tool} request. Repeat the arguments of the call that "
                "returned it, or leave cursor out to start over with the new arguments."
            )
        return int(payload["o"])


def past_the_end(tool: str, offset: int, total: int | None) -> str:
    """The note for a cursor that resumes past the last result (the results changed since it was given)."""
    counted = f"all {total} results were" if total is not None and total < offset else "every result was"
    return (
        f"No more products: {counted} on the pages before this cursor's position {offset} (the results may have "
        f"changed since it was given). Leave cursor out to call {tool} from the first page."
    )
