"""Resume cursors: opaque, signed, and bound to the request they continue.

A cursor carries an offset and a fingerprint of the arguments it belongs to, signed with a key from the
data directory; so a tampered cursor, or one replayed with other arguments, is refused with a clear error
instead of silently answering something else. Replicas that share the data directory share the key.
"""

from __future__ import annotations

import base64
import difflib
import functools
import hashlib
import hmac
import inspect
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

from mcp.server.mcpserver import Context

from aisle_mcp.errors import InvalidArgument

_SIG_BYTES = 12


def fingerprint(tool: str, arguments: dict[str, Any]) -> str:
    """A short digest of what a page is a page of: the tool and its arguments (without paging ones)."""
    canonical = json.dumps([tool, arguments], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.blake2b(canonical.encode(), digest_size=8).hexdigest()


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
        if payload.get("s") != scope:
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


# Arguments ------------------------------------------------------------------------------------------------
# (Beside cursors because both guard what a call's arguments mean; shop.py would be its natural home.)

_ALIASES: dict[str, str] = {
    "q": "query",
    "text": "query",
    "keywords": "query",
    "search": "query",
    "page_size": "limit",
    "per_page": "limit",
    "max_results": "limit",
    "count": "limit",
    "size": "limit",
    "page": "cursor",
    "offset": "cursor",
    "page_token": "cursor",
    "next_cursor": "cursor",
    "product_id": "id",
    "url": "urls",
    "job": "job_id",
    "jobid": "job_id",
    "wait": "wait_seconds",
    "timeout": "wait_seconds",
    "order": "sort",
    "sort_by": "sort",
}


def check_arguments(ctx: Context[Any], tool: Callable[..., Any], filter_names: Iterable[str] = ()) -> None:
    """Refuse the arguments of this call that ``tool`` does not take (see ``refuse_unknown_arguments``)."""
    params = ctx.request_context.params
    given = params.get("arguments") if params is not None else None
    refuse_unknown_arguments(tool.__name__, given, _parameters(tool), filter_names)


@functools.cache
def _parameters(tool: Callable[..., Any]) -> tuple[str, ...]:
    return tuple(name for name in inspect.signature(tool).parameters if name != "ctx")


def refuse_unknown_arguments(tool: str, given: object, known: Iterable[str], filter_names: Iterable[str] = ()) -> None:
    """An ``InvalidArgument`` naming each argument the tool does not take, with the one meant where it is clear.

    The SDK drops unknown arguments without a word, so ``max_price=50`` would quietly search every price.
    ``given`` is the call's raw ``arguments`` (anything else is left to the SDK's own checks).
    """
    if not isinstance(given, Mapping):
        return
    names = set(known)
    filters = set(filter_names)
    unknown = [str(name) for name in cast(Mapping[object, object], given) if name not in names]
    if not unknown:
        return
    advice: list[str] = []
    for name in unknown:
        key = name.lower().replace("-", "_")
        flipped = "_".join(reversed(key.split("_", 1))) if "_" in key else key  # max_price -> price_max
        if filters and (key in filters or flipped in filters):
            advice.append(f"'{name}' (put it in filters as \"{key if key in filters else flipped}\")")
            continue
        meant = _ALIASES.get(key)
        if meant not in names:
            close = difflib.get_close_matches(key, sorted(names | filters), n=1, cutoff=0.75)
            meant = close[0] if close else None
        if meant in filters:
            advice.append(f"'{name}' (did you mean filters.{meant}?)")
        elif meant:
            advice.append(f"'{name}' (did you mean '{meant}'?)")
        else:
            advice.append(f"'{name}'")
    raise InvalidArgument(
        f"{tool} does not take {', '.join(advice)}. Call it again with only its own arguments: "
        f"{', '.join(sorted(names))}."
    )
