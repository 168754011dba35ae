"""Where the SDK's answers differ from what the MCP spec asks, the fix, installed on every transport.

An unknown tool name: the spec asks for JSON-RPC error -32602 (invalid params); the SDK answers an
``isError`` tool result instead, which agents read as "the tool ran and failed". A server middleware
(the SDK's own seam, run before any handler on stdio, HTTP and in memory) refuses it first.
"""

from __future__ import annotations

from typing import Any

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS

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
