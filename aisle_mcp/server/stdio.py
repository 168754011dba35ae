"""MCP over stdin/stdout with the pipes read and written by the event loop itself.

The SDK's stdio transport reads each line and writes each answer through a worker thread (a file object made
async), three thread hand-offs per call. A client that launched the server holds the other ends of two pipes, so
here the loop watches them directly; the SDK's transport still frames and parses every message, given these
two streams. Standard input that is not a pipe (a file redirected in) keeps the SDK's own transport.

As the SDK does for its own streams, the process's descriptors 0 and 1 are pointed away while serving (at the
null device and at stderr), so a stray ``print`` from any library cannot corrupt the wire.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.stdio import stdio_server

MAX_LINE = 64 << 20
"""The longest message read; the client that launched the server writes them."""


class PipeIn:
    """Lines of UTF-8 text from a read pipe, as ``async for`` over an anyio text file gives them."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        self._reader = reader

    def __aiter__(self) -> AsyncIterator[str]:
        return self._lines()

    async def _lines(self) -> AsyncIterator[str]:
        while line := await self._reader.readline():
            yield line.decode("utf-8", "replace")


class PipeOut:
    """Text written to a write pipe, with ``flush`` waiting until the pipe has taken it."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer

    async def write(self, text: str) -> None:
        self._writer.write(text.encode("utf-8"))

    async def flush(self) -> None:
        await self._writer.drain()


def _is_pipe(fd: int) -> bool:
    mode = os.fstat(fd).st_mode
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)


@asynccontextmanager
async def _claimed_pipes() -> AsyncGenerator[tuple[PipeIn, PipeOut]]:
    saved_in, saved_out = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(2, 1)
    os.close(null)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=MAX_LINE)
    # Each transport owns its file (a duplicate of the wire) and closes it.
    wire_in = open(os.dup(saved_in), "rb", buffering=0)  # noqa: SIM115
    wire_out = open(os.dup(saved_out), "wb", buffering=0)  # noqa: SIM115
    try:
        reading, _ = await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), wire_in)
        writing, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, wire_out)
        try:
            yield PipeIn(reader), PipeOut(asyncio.StreamWriter(writing, protocol, None, loop))
        finally:
            reading.close()
            writing.close()
    finally:
        wire_in.close()
        wire_out.close()
        os.dup2(saved_in, 0)
        os.dup2(saved_out, 1)
        os.close(saved_in)
        os.close(saved_out)


async def serve_stdio_async(server: MCPServer[Any]) -> None:
    """Serve ``server`` over stdio until the client closes standard input."""
    # The SDK's MCPServer runs its low-level server over any pair of streams, but only names that server
    # privately; its own in-memory client reaches it the same way. Without it, the SDK's transport serves.
    lowlevel = getattr(server, "_lowlevel_server", None)
    if lowlevel is None or not (_is_pipe(0) and _is_pipe(1)):
        await server.run_stdio_async()
        return
    async with _claimed_pipes() as (stdin, stdout):
        # The SDK's transport only iterates lines, writes and flushes: these two do that on the loop.
        files = cast(anyio.AsyncFile[str], stdin), cast(anyio.AsyncFile[str], stdout)
        async with stdio_server(*files) as (read_stream, write_stream):
            await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())
