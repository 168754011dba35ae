"""Calling Aisle's real tools from the provider tests: answers, errors, and every text an agent could see."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import anyio
from mcp import Client

from aisle_mcp.server.protocol import CRASHED

CALL_TIMEOUT_S = 60
"""A call's bound: well above the longest ``wait_seconds`` a test passes (20 s), so only a hang reaches it."""


@dataclass
class Transcript:
    """Every text the server gave back (results and errors), to check that no key ever appears in one."""

    texts: list[str] = field(default_factory=list[str])

    def add(self, result: Any) -> None:
        self.texts.extend(getattr(block, "text", "") for block in result.content)
        if result.structured_content is not None:
            self.texts.append(json.dumps(result.structured_content))


async def call(client: Client, tool: str, arguments: dict[str, Any], seen: Transcript | None = None) -> dict[str, Any]:
    """The structured answer of a call that must succeed."""
    with anyio.fail_after(CALL_TIMEOUT_S):
        result = await client.call_tool(tool, arguments)
    if seen is not None:
        seen.add(result)
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


async def error_text(client: Client, tool: str, arguments: dict[str, Any], seen: Transcript | None = None) -> str:
    """The message of a call that must fail with a ToolError."""
    with anyio.fail_after(CALL_TIMEOUT_S):
        result = await client.call_tool(tool, arguments)
    if seen is not None:
        seen.add(result)
    assert result.is_error, result.structured_content
    text = " ".join(getattr(block, "text", "") for block in result.content)
    assert CRASHED not in text, "a crash, not a ToolError"
    return text


async def outcome(client: Client, tool: str, arguments: dict[str, Any], seen: Transcript) -> dict[str, Any] | str:
    """The structured answer, or the error text when the call failed."""
    with anyio.fail_after(CALL_TIMEOUT_S):
        result = await client.call_tool(tool, arguments)
    seen.add(result)
    if result.is_error:
        return " ".join(getattr(block, "text", "") for block in result.content)
    assert result.structured_content is not None
    return result.structured_content
