"""JSON as pages really ship it: what browsers' ``JSON.parse`` would reject but shops publish anyway."""

from __future__ import annotations

import json
import re
from typing import Any

_DECODER = json.JSONDecoder(strict=False)
_WRAPPERS = re.compile(r"<!--|-->|<!\[CDATA\[|\]\]>|^\s*//[^\n]*$", re.MULTILINE)
# Strings are matched first so that commas, slashes and control characters inside them are left alone.
_TOKENS = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[}\]])|/\*.*?\*/|(?<![:"\w])//[^\n]*', re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x1f]")


def _escape_control(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def _repair(match: re.Match[str]) -> str:
    string, closing = match.group(1), match.group(2)
    if string is not None:
        return _CONTROL.sub(_escape_control, string)
    if closing is not None:
        return closing
    return ""


def loads_lenient(text: str) -> list[Any]:
    """Every JSON value in ``text``: one, several concatenated, or repaired from the usual breakage; ``[]`` if none."""
    text = text.strip().removesuffix(";")
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    text = _TOKENS.sub(_repair, _WRAPPERS.sub("", text))
    values: list[Any] = []
    position, end = 0, len(text)
    while position < end:
        start = _next_value(text, position)
        if start < 0:
            break
        try:
            value, position = _DECODER.raw_decode(text, start)
        except ValueError:
            position = start + 1
            continue
        values.append(value)
    return values


def _next_value(text: str, position: int) -> int:
    brace, bracket = text.find("{", position), text.find("[", position)
    candidates = [index for index in (brace, bracket) if index >= 0]
    return min(candidates) if candidates else -1


def loads_prefix(text: str, start: int) -> Any:
    """The one JSON value that starts at ``start`` in a script, or ``None``; what follows it is ignored."""
    try:
        return _DECODER.raw_decode(text, start)[0]
    except ValueError:
        return None
