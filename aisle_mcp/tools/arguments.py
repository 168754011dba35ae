"""Arguments a tool does not take: refused with the one meant, never silently dropped.

The SDK drops unknown arguments without a word, so ``max_price=50`` would quietly search every price. The server
checks each ``tools/call`` against the tool's input schema before validating it (``server/protocol.py``), so the
advice comes first even when the misnamed argument was a required one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import cast

from aisle_mcp.errors import InvalidArgument

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


def refuse_unknown_arguments(
    tool: str, given: object, known: Iterable[str], members: Mapping[str, Iterable[str]] | None = None
) -> None:
    """An ``InvalidArgument`` naming each argument the tool does not take, with the one meant where it is clear.

    ``given`` is the call's raw ``arguments`` (anything else is left to the SDK's own checks). ``members`` holds
    the keys each object-valued argument takes (search's ``filters``): a key it does not take is refused the same
    way, and a key of one given at the top level is pointed into its object.
    """
    if not isinstance(given, Mapping):
        return
    arguments = cast(Mapping[object, object], given)
    names = set(known)
    inner = {argument: set(keys) for argument, keys in (members or {}).items()}
    advice = [_advice(str(name), names, inner) for name in arguments if name not in names]
    for argument, keys in inner.items():
        value = arguments.get(argument)
        if isinstance(value, Mapping):
            for key in cast(Mapping[object, object], value):
                if key not in keys:
                    meant = _meant(str(key), keys)
                    hint = f" (did you mean {argument}.{meant}?)" if meant else ""
                    advice.append(f"'{argument}.{key}'{hint}")
    if not advice:
        return
    takes = "; ".join(f"{argument} takes {', '.join(sorted(keys))}" for argument, keys in sorted(inner.items()))
    raise InvalidArgument(
        f"{tool}: does not take {', '.join(advice)}. Call it again with only its own arguments: "
        f"{', '.join(sorted(names))}{f' ({takes})' if takes else ''}."
    )


def _advice(name: str, names: set[str], inner: dict[str, set[str]]) -> str:
    """An unknown top-level argument, with where it belongs: an argument of this name, or a key of an object."""
    key = name.lower().replace("-", "_")
    for argument, keys in sorted(inner.items()):
        placed = key if key in keys else _flipped(key)
        if placed in keys:
            return f"'{name}' (put it in {argument} as \"{placed}\")"
    meant = _ALIASES.get(key)
    if meant not in names:
        everything = names.union(*inner.values())
        close = difflib.get_close_matches(key, sorted(everything), n=1, cutoff=0.75)
        meant = close[0] if close else None
    for argument, keys in sorted(inner.items()):
        if meant in keys:
            return f"'{name}' (did you mean {argument}.{meant}?)"
    return f"'{name}' (did you mean '{meant}'?)" if meant else f"'{name}'"


def _meant(name: str, keys: set[str]) -> str | None:
    """The key an unknown key of an object most likely meant: another spelling, the words flipped, or a near miss."""
    key = name.lower().replace("-", "_")
    for candidate in (key, _flipped(key), _ALIASES.get(key)):
        if candidate in keys:
            return candidate
    close = difflib.get_close_matches(key, sorted(keys), n=1, cutoff=0.75)
    return close[0] if close else None


def _flipped(key: str) -> str:
    """``max_price`` as ``price_max``: the same two words the other way round."""
    return "_".join(reversed(key.split("_", 1))) if "_" in key else key
