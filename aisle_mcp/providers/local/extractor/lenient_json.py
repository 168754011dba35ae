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
# The same, where a quote closes a string only before what may follow one (``,``, ``:``, ``}``, ``]``): shops write
# inches unescaped ("69 cm (27") monitor"), and the quote inside is then part of the string.
_LOOSE_TOKENS = re.compile(
    r'("(?:[^"\\]|\\.|"(?!\s*(?:[,:}\]]|$)))*")|,(\s*[}\]])|/\*.*?\*/|(?<![:"\w])//[^\n]*', re.DOTALL
)
_INNER_QUOTE = re.compile(r'(\\.)|"')


def _escape_control(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def _repair(match: re.Match[str]) -> str:
    string, closing = match.group(1), match.group(2)
    if string is not None:
        return _CONTROL.sub(_escape_control, string)
    if closing is not None:
        return closing
    return ""


def _repair_loose(match: re.Match[str]) -> str:
    string = match.group(1)
    if string is None:
        return _repair(match)
    inner = _INNER_QUOTE.sub(lambda found: found.group(1) or '\\"', string[1:-1])
    return _CONTROL.sub(_escape_control, f'"{inner}"')


def loads_lenient(text: str) -> list[Any]:
    """Every JSON value in ``text``: one, several concatenated, or repaired from the usual breakage; ``[]`` if none."""
    text = text.strip().removesuffix(";")
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    text = _WRAPPERS.sub("", text)
    values, whole = _values(_TOKENS.sub(_repair, text))
    if not whole:
        # A value that would not decode may hold an unescaped quote; read that way, every value decoding wins.
        loose, loose_whole = _values(_LOOSE_TOKENS.sub(_repair_loose, text))
        if loose_whole:
            return loose
    return values


def _values(text: str) -> tuple[list[Any], bool]:
    """The values decoded one after another, and whether each one that starts outside another decoded."""
    values: list[Any] = []
    whole = True
    position, end = 0, len(text)
    while position < end:
        start = _next_value(text, position)
        if start < 0:
            break
        try:
            value, position = _DECODER.raw_decode(text, start)
        except ValueError:
            whole = False
            position = start + 1
            continue
        values.append(value)
    return values, whole


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
