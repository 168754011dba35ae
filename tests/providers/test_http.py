"""The provider HTTP layer against a real server on 127.0.0.1: retries, Retry-After, size cap, unsafe POSTs, keys."""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from aisle_mcp.errors import NotFound, ProviderError, ProviderUnavailable
from aisle_mcp.providers.http import ProviderHTTP, RetryPolicy, provider_message, retry_after
from tests.fakes.server import StandIn

pytestmark = pytest.mark.anyio

KEY = "sk-http-layer-test-9f8e7d6c"
# The timeout in the tests of timeouts: what a "delay" fault (no answer for 5 s) is cut off by, and also what the
# answers after it must beat, so it is kept far beyond a loopback answer on a busy machine (else 30 s applies).
TIMEOUT_S = 2.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Echo(StandIn):
    """A minimal API: ``GET /items`` lists items, ``POST /jobs`` creates one, ``GET /download`` is large."""

    header = "authorization"
    scheme = "Bearer"

    def __init__(self) -> None:
        super().__init__(KEY)
        self.created = 0

    def routes_app(self) -> ASGIApp:
        async def items(request: Request) -> JSONResponse:
            return JSONResponse({"items": [1, 2, 3]})

        async def create(request: Request) -> JSONResponse:
            self.created += 1
            return JSONResponse({"id": f"job-{self.created}"}, status_code=201)

        async def download(request: Request) -> JSONResponse:
            return JSONResponse({"rows": ["x" * 100] * 1000})

        return Starlette(
            routes=[
                Route("/items", items, methods=["GET"]),
                Route("/jobs", create, methods=["POST"]),
                Route("/download", download, methods=["GET"]),
            ]
        )

    def hits(self, method: str, path: str) -> int:
        return sum(1 for s in self.seen if s.method == method and s.path == path)


class Sleeps:
    """An injected sleep that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
async def echo() -> AsyncIterator[tuple[Echo, str]]:
    stand_in = Echo()
    async with stand_in.serve() as url:
        yield stand_in, url


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as c:
        yield c


def layer(client: httpx.AsyncClient, url: str, sleeps: Sleeps, key: str = KEY, **kw: Any) -> ProviderHTTP:
    policy = RetryPolicy(sleep=sleeps, random=lambda: 1.0)
    return ProviderHTTP(
        "acme",
        client,
        url,
        {"Authorization": f"Bearer {key}"},
        kw.pop("timeout_s", 30.0),
        retry=policy,
        key_setting="ACME_API_KEY",
        **kw,
    )


async def test_a_503_with_retry_after_is_retried_after_that_wait(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    sleeps = Sleeps()
    stand_in.faults.add("status", status=503, retry_after="7", times=2)
    with anyio.fail_after(60):
        body = await layer(client, url, sleeps).request_json("GET", "items")
    assert body == {"items": [1, 2, 3]}
    assert sleeps.waits == [7.0, 7.0]
    assert stand_in.hits("GET", "/items") == 3


async def test_retry_after_as_an_http_date_is_honoured(echo: tuple[Echo, str], client: httpx.AsyncClient) -> None:
    stand_in, url = echo
    sleeps = Sleeps()
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=12), usegmt=True)
    stand_in.faults.add("status", status=429, retry_after=when)
    with anyio.fail_after(60):
        await layer(client, url, sleeps).request_json("GET", "items")
    assert len(sleeps.waits) == 1 and 9 <= sleeps.waits[0] <= 12


def test_retry_after_reads_seconds_and_dates_and_ignores_nonsense() -> None:
    assert retry_after("3") == 3.0
    assert retry_after("-5") == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: go now


async def test_a_wait_longer_than_the_cap_is_reported_at_once(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    sleeps = Sleeps()
    stand_in.faults.add("status", status=429, retry_after="600")
    with (
        anyio.fail_after(60),
        pytest.raises(ProviderUnavailable, match=r"asked to wait 600 s; try again in 10 minutes"),
    ):
        await layer(client, url, sleeps).request_json("GET", "items")
    assert sleeps.waits == []


async def test_server_errors_back_off_exponentially_then_give_up_clearly(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    sleeps = Sleeps()
    stand_in.faults.add("status", status=502, times=10)
    with anyio.fail_after(60), pytest.raises(ProviderUnavailable) as caught:
        await layer(client, url, sleeps).request_json("GET", "items")
    assert str(caught.value) == "acme did not answer after 4 tries (HTTP 502); try again in a minute"
    assert sleeps.waits == [0.5, 1.0, 2.0]  # full jitter at its ceiling (random() == 1.0)
    assert stand_in.hits("GET", "/items") == 4


async def test_full_jitter_draws_each_wait_below_the_exponential_ceiling() -> None:
    draws = iter([0.25, 0.5, 0.75])
    policy = RetryPolicy(base_delay_s=1.0, max_delay_s=3.0, random=lambda: next(draws))
    assert [policy.backoff(0), policy.backoff(1), policy.backoff(2)] == [0.25, 1.0, 2.25]


async def test_a_dropped_connection_and_a_timeout_are_retried_for_a_get(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    sleeps = Sleeps()
    stand_in.faults.add("drop")
    stand_in.faults.add("delay", seconds=5)
    with anyio.fail_after(60):
        body = await layer(client, url, sleeps, timeout_s=TIMEOUT_S).request_json("GET", "items")
    assert body == {"items": [1, 2, 3]}
    assert stand_in.hits("GET", "/items") == 3


async def test_a_post_that_timed_out_after_sending_is_not_sent_again(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    stand_in.faults.add("delay", seconds=5, method="POST")
    with anyio.fail_after(60), pytest.raises(ProviderUnavailable, match="not sent again") as caught:
        await layer(client, url, Sleeps(), timeout_s=TIMEOUT_S).request_json("POST", "jobs", json={"urls": ["u"]})
    assert f"no answer within {TIMEOUT_S:g} s" in str(caught.value)
    assert stand_in.hits("POST", "/jobs") == 1


@pytest.mark.parametrize(
    "fault", [{"kind": "drop"}, {"kind": "status", "status": 500}, {"kind": "status", "status": 502}]
)
async def test_a_post_that_may_have_run_is_reported_not_repeated(
    echo: tuple[Echo, str], client: httpx.AsyncClient, fault: dict[str, Any]
) -> None:
    stand_in, url = echo
    stand_in.faults.add(fault.pop("kind"), method="POST", **fault)
    with anyio.fail_after(60), pytest.raises(ProviderUnavailable, match="may already have acted on it"):
        await layer(client, url, Sleeps()).request_json("POST", "jobs", json={})
    assert stand_in.hits("POST", "/jobs") == 1


@pytest.mark.parametrize("status", [429, 503])
async def test_a_post_refused_before_processing_is_retried(
    echo: tuple[Echo, str], client: httpx.AsyncClient, status: int
) -> None:
    stand_in, url = echo
    stand_in.faults.add("status", status=status, retry_after="1", method="POST")
    with anyio.fail_after(60):
        body = await layer(client, url, Sleeps()).request_json("POST", "jobs", json={})
    assert body == {"id": "job-1"}
    assert stand_in.hits("POST", "/jobs") == 2 and stand_in.created == 1


async def test_retry_safe_true_lets_an_idempotent_post_retry_a_timeout(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    stand_in.faults.add("delay", seconds=5, method="POST")
    with anyio.fail_after(60):
        layered = layer(client, url, Sleeps(), timeout_s=TIMEOUT_S)
        body = await layered.request_json("POST", "jobs", json={}, retry_safe=True)
    assert body == {"id": "job-1"}


async def test_a_post_that_could_not_connect_is_retried_then_reported(client: httpx.AsyncClient) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound but not listening: connections are refused
        sleeps = Sleeps()
        with anyio.fail_after(60), pytest.raises(ProviderUnavailable, match=r"after 4 tries \(could not connect\)"):
            await layer(client, f"http://127.0.0.1:{port}", sleeps).request_json("POST", "jobs", json={})
    assert len(sleeps.waits) == 3


async def test_an_answer_past_the_size_cap_is_refused(echo: tuple[Echo, str], client: httpx.AsyncClient) -> None:
    stand_in, url = echo
    stand_in.faults.add("big", size=50_000)
    with anyio.fail_after(60), pytest.raises(ProviderError, match="more than 10,000 bytes"):
        await layer(client, url, Sleeps(), max_bytes=10_000).request_json("GET", "items")
    with anyio.fail_after(60), pytest.raises(ProviderError, match="more than 10,000 bytes"):
        await layer(client, url, Sleeps(), max_bytes=10_000).request_json("GET", "download")


async def test_stream_leaves_the_size_to_the_caller_and_retries_opening(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    stand_in.faults.add("status", status=503, retry_after="0")
    http = layer(client, url, Sleeps(), max_bytes=10_000)
    with anyio.fail_after(60):
        async with http.stream("GET", "download") as response:
            size = sum([len(chunk) async for chunk in response.aiter_bytes()])
    assert size > 100_000
    assert stand_in.hits("GET", "/download") == 2


async def test_stream_reports_a_refused_key_like_any_request(echo: tuple[Echo, str], client: httpx.AsyncClient) -> None:
    _, url = echo
    with anyio.fail_after(60), pytest.raises(ProviderError, match="check ACME_API_KEY"):
        async with layer(client, url, Sleeps(), key="wrong-key-abc").stream("GET", "download"):
            pass


async def test_malformed_json_is_a_provider_error(echo: tuple[Echo, str], client: httpx.AsyncClient) -> None:
    stand_in, url = echo
    stand_in.faults.add("malformed")
    with anyio.fail_after(60), pytest.raises(ProviderError, match="not valid JSON"):
        await layer(client, url, Sleeps()).request_json("GET", "items")


async def test_errors_are_translated_with_the_providers_own_words(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    http = layer(client, url, Sleeps())
    stand_in.faults.add(
        "status", status=422, body={"message": "The given data was invalid.", "errors": {"page": ["bad"]}}
    )
    with anyio.fail_after(60), pytest.raises(ProviderError) as caught:
        await http.request_json("GET", "items")
    assert str(caught.value) == "acme rejected the request (HTTP 422): The given data was invalid.; page: bad"
    stand_in.faults.add("status", status=400, body={"error": "x" * 5000})
    with anyio.fail_after(60), pytest.raises(ProviderError) as caught:
        await http.request_json("GET", "items")
    assert len(str(caught.value)) < 400 and str(caught.value).endswith("…")
    with anyio.fail_after(60), pytest.raises(NotFound, match=r"acme has no 'nowhere' \(HTTP 404\)"):
        await http.request_json("GET", "nowhere")
    stand_in.faults.add("status", status=403, body={"message": "not allowed"})
    with anyio.fail_after(60), pytest.raises(ProviderError) as caught:
        await http.request_json("GET", "items")
    assert str(caught.value) == "acme refused the API key (HTTP 403): check ACME_API_KEY (acme said: not allowed)"


async def test_keys_never_reach_messages_logs_or_reprs(
    echo: tuple[Echo, str], client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    stand_in, url = echo
    caplog.set_level(logging.DEBUG)
    wrong = "sk-wrong-key-0a1b2c3d"
    messages: list[str] = []
    with anyio.fail_after(60):
        try:
            await layer(client, url, Sleeps(), key=wrong).request_json("GET", "items")
        except ProviderError as exc:
            messages.append(str(exc))
        http = layer(client, url, Sleeps())
        stand_in.faults.add("status", status=400, body={"message": "bad request from Bearer {key} ({key})"})
        stand_in.faults.add("status", status=503, body={"message": "{key}"}, retry_after="0", times=4)
        for _ in range(2):
            try:
                await http.request_json("GET", "items")
            except ProviderError as exc:
                messages.append(str(exc))
    assert (
        messages[0]
        == "acme refused the API key (HTTP 401): check ACME_API_KEY (acme said: Invalid API key: [redacted])"
    )
    assert messages[1] == "acme rejected the request (HTTP 400): bad request from [redacted] ([redacted])"
    assert messages[2].startswith("acme did not answer after 4 tries")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for text in [*messages, logged, repr(http)]:
        assert KEY not in text and wrong not in text


async def test_an_async_header_function_is_asked_before_every_try(
    echo: tuple[Echo, str], client: httpx.AsyncClient
) -> None:
    stand_in, url = echo
    asked: list[int] = []

    async def headers() -> dict[str, str]:
        asked.append(1)
        return {"Authorization": f"Bearer {KEY}"}

    stand_in.faults.add("status", status=500)
    http = ProviderHTTP("acme", client, url, headers, 2.0, retry=RetryPolicy(sleep=Sleeps()))
    with anyio.fail_after(60):
        assert await http.request_json("GET", "items") == {"items": [1, 2, 3]}
    assert len(asked) == 2


def test_provider_messages_are_cleaned_and_html_pages_dropped() -> None:
    assert provider_message(b'{"error": {"message": "line\\none\\tTAB"}}', []) == "line one TAB"
    assert provider_message(b"<html><body>502 Bad Gateway</body></html>", []) == ""
    assert provider_message(b"token abc123 expired", ["abc123"]) == "token [redacted] expired"
