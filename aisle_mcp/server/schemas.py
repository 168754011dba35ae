"""Tool schemas as ``tools/list`` gives them: what a client needs, once.

Every session pays for the tool list in tokens, and clients that check each answer against its output schema pay
for that schema again. pydantic's schemas say more than a client uses, so every tool's schemas are rewritten by one
set of rules, whatever the models behind them:

- No generated titles; no ``default: null``, and no ``null`` branch in a value that is simply left out when unset.
- A definition used once is written in place; one used more than once stays in the schema's ``$defs`` and is
  referred to (``#/$defs/Name``, which the Inspector's ``--strict`` check and the SDK's client both resolve).
  Definitions cannot be shared between tools: each schema is a document of its own.
- ``additionalProperties: true`` is left out: it is what an object allows anyway. So are annotation hints that
  say what the spec assumes when they are absent (``readOnlyHint: false``, ``openWorldHint: true``, …).
- Input schemas leave out a string's length bounds (see ``INPUT_LEAVES_OUT``).
- Output schemas describe the shape of the answer, for programs that check or type it: the types, the required
  fields, the choices (``enum``, whose values say their type) and formats. Prose, defaults, the bounds of input
  values (lengths, ranges) and closed objects (``additionalProperties: false``: a reader skips what it does not
  know) are left to the tool's description and input schema, which is what a model reads; Aisle
  leaves an absent field out of its answers, never sends it as null, so optional output fields are not declared
  nullable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

DEFS = "#/$defs/"
OUTPUT_LEAVES_OUT = frozenset(
    {
        "description",
        "default",
        "examples",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
    }
)
"""What an output schema leaves out (inside ``properties`` these are field names, and stay)."""
NUMERIC_BOUNDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"})
INPUT_LEAVES_OUT = frozenset({"minLength", "maxLength"})
"""What an input schema leaves out: a string's length bounds guard the server, which refuses a value past them in a
one-line error; a model never comes near them. Numeric ranges and list sizes stay: they say what may be asked."""


HINT_DEFAULTS: dict[str, bool] = {
    "readOnlyHint": False,
    "destructiveHint": True,
    "idempotentHint": False,
    "openWorldHint": True,
}
"""What the MCP spec takes a tool annotation's hint to be when it is not given: giving it says nothing."""


def compact_tool(tool: dict[str, Any]) -> dict[str, Any]:
    """A tool as ``tools/list`` gives it: schemas compacted, annotation hints that say only the default left out."""
    compacted = dict(tool)
    for key, output in (("inputSchema", False), ("outputSchema", True)):
        if isinstance(compacted.get(key), dict):
            compacted[key] = compact_schema(compacted[key], output=output)
    annotations = compacted.get("annotations")
    if isinstance(annotations, dict):
        hints = cast(dict[str, Any], annotations).items()
        compacted["annotations"] = {key: value for key, value in hints if HINT_DEFAULTS.get(key) is not value}
    return compacted


def compact_schema(schema: dict[str, Any], *, output: bool) -> dict[str, Any]:
    """``schema`` rewritten by the module's rules; the input is not changed."""
    defs = cast(dict[str, Any], schema.get("$defs") or {})
    uses = _uses(schema, defs)
    in_place = {name for name, count in uses.items() if count == 1 and not _recursive(name, defs)}
    leaves_out = OUTPUT_LEAVES_OUT if output else INPUT_LEAVES_OUT

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in cast(list[Any], node)]
        if not isinstance(node, dict):
            return node
        fields = cast(dict[str, Any], node)
        name = _ref_name(fields)
        if name in in_place:
            siblings = walk({key: value for key, value in fields.items() if key != "$ref"})
            return {**walk(defs[name]), **siblings}
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "$defs" or (key == "title" and isinstance(value, str)) or (key == "default" and value is None):
                continue
            if (key == "additionalProperties" and value is True) or key in leaves_out:
                continue
            if output and (
                (key == "type" and _enum_of(fields, value)) or (key == "additionalProperties" and not value)
            ):
                continue
            if key == "properties" and isinstance(value, dict):
                out[key] = {prop: walk(sub) for prop, sub in cast(dict[str, Any], value).items()}
            elif isinstance(value, float) and value.is_integer() and key in NUMERIC_BOUNDS:
                out[key] = int(value)  # 0, not 0.0: the same number, written shorter
            else:
                out[key] = walk(value)
        return _without_null(out) if fields.get("default", ...) is None else out

    compacted = cast(dict[str, Any], walk(schema))
    shared = sorted(name for name in uses if name not in in_place)
    if shared:
        compacted["$defs"] = {name: walk(defs[name]) for name in shared}
    return compacted


def _enum_of(node: dict[str, Any], kind: object) -> bool:
    """Whether ``node``'s ``enum`` already says its values are of JSON type ``kind`` (``type`` then adds nothing; an
    output schema leaves it out, while an input schema keeps it for clients that map schemas onto a dialect needing a
    ``type`` everywhere)."""
    values = node.get("enum")
    return kind == "string" and isinstance(values, list) and all(isinstance(v, str) for v in cast(list[Any], values))


def _without_null(node: dict[str, Any]) -> dict[str, Any]:
    """A value left out when unset, declared without its ``null`` branch (one branch left is written in place)."""
    options = node.get("anyOf")
    if not isinstance(options, list):
        return node
    rest = [option for option in cast(list[Any], options) if option != {"type": "null"}]
    if len(rest) == len(cast(list[Any], options)) or not rest:
        return node
    if len(rest) > 1:
        return {**node, "anyOf": rest}
    return {**cast(dict[str, Any], rest[0]), **{key: value for key, value in node.items() if key != "anyOf"}}


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref[len(DEFS) :] if isinstance(ref, str) and ref.startswith(DEFS) else None


def _refs(node: Any) -> Iterator[str]:
    """The definitions ``node`` refers to, once per place (not looking into a ``$defs`` of its own)."""
    if isinstance(node, list):
        for item in cast(list[Any], node):
            yield from _refs(item)
    elif isinstance(node, dict):
        fields = cast(dict[str, Any], node)
        name = _ref_name(fields)
        if name is not None:
            yield name
        for key, value in fields.items():
            if key != "$defs":
                yield from _refs(value)


def _uses(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, int]:
    """How many places refer to each definition reachable from the schema's root, once every definition is written
    once (in place or in ``$defs``): which of them is written where does not change the count."""
    reachable: set[str] = set()
    waiting = list(_refs(schema))
    while waiting:
        name = waiting.pop()
        if name in defs and name not in reachable:
            reachable.add(name)
            waiting.extend(_refs(defs[name]))
    uses: dict[str, int] = dict.fromkeys(sorted(reachable), 0)
    for name in [*_refs(schema), *(ref for owner in reachable for ref in _refs(defs[owner]))]:
        if name in uses:
            uses[name] += 1
    return uses


def _recursive(name: str, defs: dict[str, Any]) -> bool:
    """Whether a definition refers back to itself, directly or through others (it then stays a reference)."""
    seen: set[str] = set()
    waiting = list(_refs(defs[name]))
    while waiting:
        other = waiting.pop()
        if other == name:
            return True
        if other in defs and other not in seen:
            seen.add(other)
            waiting.extend(_refs(defs[other]))
    return False
