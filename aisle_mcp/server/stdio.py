"""MCP over stdin/stdout with the pipes read and written by the event loop itself.

The SDK's stdio transport reads each line and writes each answer through a worker thread (a file object made
async), three thread hand-offs per call. A client that launched the server holds the other ends of two pipes, so
here the loop watches them directly; the SDK's transport still frames and parses every message, given these
two streams. Standard input that is not a pipe (a file redirected in) is read by a worker thread, as the SDK reads it.

As the SDK does for its own streams, the process's descriptors 0 and 1 are pointed away while serving (at the
null device and at stderr), so a stray ``print`` from any library cannot corrupt the wire.

A line that is not a JSON-RPC message is answered, as over HTTP, with JSON-RPC error -32700 (not JSON: a typo, a
request cut short) or -32600 (JSON, but not a request, notification or response), and the next line is served as
usual; the SDK's transport would pass it to the server, which drops it without a word, and the client would wait
for an answer that never comes.
"""

from __future__ import annotations

import asyncio
import contextvars
import io
import os
import stat
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any, Self, cast

import anyio
import pydantic_core
from mcp.server.mcpserver import MCPServer
from mcp.server.stdio import stdio_server
from mcp.shared.message import SessionMessage
from mcp.types import INVALID_REQUEST, PARSE_ERROR, ErrorData, JSONRPCError

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


class LineLog:
    """The lines of a stream as the SDK's transport reads them, each kept until the message it became is taken.

    Blank lines are skipped: they separate nothing and ask nothing."""

    def __init__(self, lines: AsyncIterable[str]) -> None:
        self._lines = lines
        self.unclaimed: deque[str] = deque()

    def __aiter__(self) -> AsyncIterator[str]:
        return self._read()

    async def _read(self) -> AsyncIterator[str]:
        async for line in self._lines:
            if line.strip():
                self.unclaimed.append(line)
                yield line


class AnsweringReadStream:
    """The transport's read stream, with each line that did not make a message answered with a JSON-RPC error.

    The transport turns every line it reads into exactly one item, in order: a message, or the exception that
    parsing it raised. So the oldest line not yet claimed is the one each item came from."""

    def __init__(self, inner: Any, write: Any, lines: LineLog) -> None:
        self._inner = inner
        self._write = write
        self._lines = lines

    @property
    def last_context(self) -> contextvars.Context | None:
        return getattr(self._inner, "last_context", None)

    async def receive(self) -> SessionMessage | Exception:
        while True:
            item: SessionMessage | Exception = await self._inner.receive()
            line = self._lines.unclaimed.popleft() if self._lines.unclaimed else ""
            if not isinstance(item, Exception):
                return item
            await self._write.send(SessionMessage(refusal(line)))

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> SessionMessage | Exception:
        try:
            return await self.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def refusal(line: str) -> JSONRPCError:
    """The JSON-RPC error for a line that is not a JSON-RPC message: -32700 when it is not JSON at all, else -32600
    with the request's id when it has a usable one (JSON-RPC 2.0, section 5: null when it cannot be told)."""
    try:
        value: object = pydantic_core.from_json(line)
    except ValueError as exc:
        error = ErrorData(code=PARSE_ERROR, message=f"Parse error: the line is not JSON ({exc}).")
        return JSONRPCError(jsonrpc="2.0", id=None, error=error)
    given = cast(dict[str, object], value).get("id") if isinstance(value, dict) else None
    request_id = given if isinstance(given, int | str) and not isinstance(given, bool) else None
    error = ErrorData(
        code=INVALID_REQUEST,
        message="Invalid Request: not a JSON-RPC 2.0 request, notification or response "
        '(one JSON object with "jsonrpc": "2.0" and a "method", or an "id" with a "result" or "error").',
    )
    return JSONRPCError(jsonrpc="2.0", id=request_id, error=error)


@asynccontextmanager
async def _claimed_file_input() -> AsyncGenerator[anyio.AsyncFile[str]]:
    """Standard input that is not a pipe, read by a worker thread as the SDK reads it, while descriptor 0 points at
    the null device. Standard output is claimed by the SDK's transport itself."""
    saved = os.dup(0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    wire = io.TextIOWrapper(open(os.dup(saved), "rb"), encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        yield anyio.wrap_file(wire)
    finally:
        wire.close()
        os.dup2(saved, 0)
        os.close(saved)


async def _serve(lowlevel: Any, stdin: AsyncIterable[str], stdout: anyio.AsyncFile[str] | None) -> None:
    lines = LineLog(stdin)
    # The SDK's transport only iterates lines, writes and flushes: these do that.
    async with stdio_server(cast(anyio.AsyncFile[str], lines), stdout) as (read_stream, write_stream):
        answering = AnsweringReadStream(read_stream, write_stream, lines)
        await lowlevel.run(answering, write_stream, lowlevel.create_initialization_options())


async def serve_stdio_async(server: MCPServer[Any]) -> None:
    """Serve ``server`` over stdio until the client closes standard input."""
    # The SDK's MCPServer runs its low-level server over any pair of streams, but only names that server
    # privately; its own in-memory client reaches it the same way. Without it, the SDK's transport serves.
    lowlevel = getattr(server, "_lowlevel_server", None)
    if lowlevel is None:
        await server.run_stdio_async()
    elif _is_pipe(0) and _is_pipe(1):
        async with _claimed_pipes() as (stdin, stdout):
            await _serve(lowlevel, stdin, cast(anyio.AsyncFile[str], stdout))
    else:
        async with _claimed_file_input() as stdin:
            await _serve(lowlevel, stdin, None)
