"""Where the SDK's answers differ from what the MCP spec asks or an agent needs, the fix, on every transport.

Both are server middleware (the SDK's own seam, run before any handler on stdio, HTTP and in memory):

- An unknown tool name: the spec asks for JSON-RPC error -32602 (invalid params); the SDK answers an ``isError``
  tool result instead, which agents read as "the tool ran and failed". It is refused first.
- Arguments: one the tool does not take (or a key search's filters do not take) is refused, naming the one meant
  (the SDK would drop it silently), and arguments that fail validation are told in one line each, without pydantic's
  type codes and links.
- Errors: every failed tool call reads ``<tool>: …``, whether a ``ToolError``, a validation failure or a refusal
  (the SDK writes the first two ``Error executing tool <tool>: …`` and the others differently).
- Tool schemas: ``tools/list`` gives them as ``server/schemas.py`` compacts them, for every tool alike.
"""

from __future__ import annotations

import re
from typing import Any, cast

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS, CallToolResult, TextContent
from pydantic import BaseModel

from aisle_mcp.errors import InvalidArgument
from aisle_mcp.server.schemas import compact_tool
from aisle_mcp.tools.arguments import refuse_unknown_arguments

SHOWN_NAME_CHARS = 100


def refuse_unknown_tools(server: MCPServer[Any]) -> None:
    """Answer ``tools/call`` of a tool the server does not have with JSON-RPC error -32602."""
    known: set[str] = set()

    async def unknown_tool(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        if ctx.method == "tools/call" and ctx.params is not None:
            name = ctx.params.get("name")
            if isinstance(name, str) and name not in known:
                # Tools are registered before serving; look again once so one added later is still found.
                known.update(tool.name for tool in await server.list_tools())
                if name not in known:
                    raise MCPError(
                        code=INVALID_PARAMS,
                        message=f"Unknown tool: {name[:SHOWN_NAME_CHARS]!r}. Call tools/list for the tools there are.",
                    )
        return await call_next(ctx)

    server.middleware.append(unknown_tool)


def readable_argument_errors(server: MCPServer[Any]) -> None:
    """Refuse arguments a tool does not take before it runs; give every error of a tool call in one form.

    That form is ``<tool>: <what is wrong and what to do>``: the SDK's ``Error executing tool <tool>: …`` and
    pydantic's validation report are both rewritten to it, and a crash says no more than that it happened."""
    shapes: dict[str, tuple[frozenset[str], dict[str, frozenset[str]]]] = {}

    async def arguments(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        if ctx.method != "tools/call" or ctx.params is None or not isinstance(ctx.params.get("name"), str):
            return await call_next(ctx)
        tool: str = ctx.params["name"]
        if tool not in shapes:
            shapes.update({t.name: _argument_names(t.input_schema) for t in await server.list_tools()})
        if tool in shapes:
            try:
                refuse_unknown_arguments(tool, ctx.params.get("arguments"), *shapes[tool])
            except InvalidArgument as exc:
                return _tool_error(str(exc))
        result = await call_next(ctx)
        text = _error_text(result)
        return result if text is None else _tool_error(one_form(tool, text))

    server.middleware.append(arguments)


def one_form(tool: str, text: str) -> str:
    """A tool call's error text as ``<tool>: …``, whichever layer wrote it."""
    prefix = f"Error executing tool {tool}"
    if text == prefix:  # anything but a ToolError: the traceback is in the server's log, and stays there
        return f"{tool}: {CRASHED}"
    if text.startswith(prefix + ": "):
        detail = text[len(prefix) + 2 :]
        return _reworded(tool, detail) if _VALIDATION.match(detail) else f"{tool}: {detail}"
    return text if text.startswith(f"{tool}: ") else f"{tool}: {text}"


CRASHED = "an unexpected error inside the server stopped this call (its log has the details); it may fail again."
_VALIDATION = re.compile(r"\d+ validation errors? for ")
_DETAIL = re.compile(
    r"^\s+(?P<message>.*?)(?: \[type=[^,\]]+(?:, input_value=(?P<value>.*?))?(?:, input_type=\w+)?\])?$"
)


def _argument_names(schema: dict[str, Any]) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """A tool's argument names, and the keys of each argument that is an object of fixed keys (search's filters)."""
    properties: dict[str, Any] = schema.get("properties") or {}
    members: dict[str, frozenset[str]] = {}
    for name, value in properties.items():
        for option in [value, *value.get("anyOf", [])]:
            ref = option.get("$ref", "")
            target = schema.get("$defs", {}).get(ref.rsplit("/", 1)[-1], {}) if ref else option
            if target.get("properties") and target.get("additionalProperties") is False:
                members[name] = frozenset(target["properties"])
    return frozenset(properties), members


def _reworded(tool: str, detail: str) -> str:
    """pydantic's ``N validation errors for …`` as one line per argument: where, what is wrong, what was given."""
    problems: list[str] = []
    where = ""
    for line in detail.splitlines()[1:]:
        if not line.startswith(" "):
            where = line.strip()
        elif not line.lstrip().startswith("For further information"):
            match = _DETAIL.match(line)
            if match is None:
                continue
            given = f" (got {match.group('value')})" if match.group("value") else ""
            problems.append(f"'{where}': {match.group('message')}{given}")
    if not problems:
        return f"{tool}: invalid arguments. Check them against the tool's input schema and call again."
    return f"{tool}: invalid arguments — {'; '.join(problems)}. Correct them and call again."


def _error_text(result: HandlerResult) -> str | None:
    """The text of an ``isError`` tool result, whichever shape the handler gave it in."""
    data: object = result.model_dump(by_alias=True) if isinstance(result, BaseModel) else result
    if not isinstance(data, dict):
        return None
    fields: dict[str, Any] = data
    content: list[Any] = fields.get("content") or []
    first: object = content[0] if fields.get("isError") and content else None
    text = cast(dict[str, Any], first).get("text") if isinstance(first, dict) else None
    return text if isinstance(text, str) else None


def _tool_error(text: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=text)], is_error=True)


def compact_tool_schemas(server: MCPServer[Any]) -> None:
    """Answer ``tools/list`` with the schemas made compact (see the module's note)."""

    async def compact(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        result = await call_next(ctx)
        if ctx.method != "tools/list":
            return result
        listed: object = (
            result.model_dump(by_alias=True, exclude_none=True) if isinstance(result, BaseModel) else result
        )
        if not isinstance(listed, dict) or not isinstance(listed.get("tools"), list):
            return result
        answer: dict[str, Any] = dict(listed)
        tools: list[Any] = []
        for tool in cast(list[Any], answer["tools"]):
            tools.append(compact_tool(cast(dict[str, Any], tool)) if isinstance(tool, dict) else tool)
        answer["tools"] = tools
        return answer

    server.middleware.append(compact)
