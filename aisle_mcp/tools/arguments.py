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
