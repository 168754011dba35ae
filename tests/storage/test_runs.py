"""The extraction queue behaves the same on SQLite and on PostgreSQL, for one server or several sharing it."""

from __future__ import annotations

import threading

from aisle_mcp.providers.base import JobCounts, JobState, UrlFailure
from aisle_mcp.storage.interfaces import ExtractionRuns
from aisle_mcp.storage.workers import worker_name
from tests.storage.conftest import Engine

URLS = [f"https://shop.example/p/{n}" for n in range(5)]


def test_a_urls_outcome_is_recorded_once_and_a_second_report_changes_nothing(engine: Engine) -> None:
    _, runs = engine.replica()
    ref = runs.add(URLS, "tok_a")
    assert runs.state(ref) == JobState.pending
    assert runs.owner(ref) == "tok_a"
    assert runs.pending_urls(ref) == list(enumerate(URLS))
    runs.start(ref)
    assert runs.finish_url(ref, 0, "local:p0", None)
    assert runs.finish_url(ref, 1, None, "no product found on the page")
    assert not runs.finish_url(ref, 0, "local:other", None), "a URL already reported is not reported again"
    assert runs.counts(ref) == {"done": 1, "failed": 1, "pending": 3}
    assert runs.done(ref, 0, 10) == [("local:p0", URLS[0])]
    assert runs.failures(ref, 10) == [UrlFailure(url=URLS[1], reason="no product found on the page")]
    assert runs.counts_of([ref, "run_missing"]) == {ref: JobCounts(JobState.running, 5, 2, 1, 1)}
    assert runs.unfinished() == [ref]
    for position in range(2, 5):
        runs.finish_url(ref, position, f"local:p{position}", None)
    runs.finish(ref, JobState.completed)
    assert runs.state(ref) == JobState.completed
    assert runs.unfinished() == []
    assert [product_id for product_id, _ in runs.done(ref, 1, 2)] == ["local:p2", "local:p3"]


def test_a_run_without_an_owner_feeds_the_shared_catalog(engine: Engine) -> None:
    _, runs = engine.replica()
    assert runs.owner(runs.add(URLS[:1])) is None
    assert runs.state("run_missing") is None
    assert runs.owner("run_missing") is None


def test_a_live_claim_is_kept_and_a_lapsed_one_passes_to_another_server(engine: Engine) -> None:
    (_, mine), (_, theirs) = engine.replica(), engine.replica()
    ref = mine.add(URLS)
    a, b = worker_name(), worker_name()
    assert mine.claim(ref, a, lease_s=3600)
    assert not theirs.claim(ref, b), "a live claim is not taken"
    assert mine.claim(ref, a, lease_s=0), "the holder renews (here: to a lease that has already run out)"
    assert theirs.claim(ref, b), "a lapsed claim passes on"
    assert not mine.claim(ref, a), "the old holder no longer has it"
    mine.cancel(ref)
    assert not theirs.claim(ref, b), "a finished run is nobody's"


def test_of_servers_racing_for_a_run_exactly_one_wins(engine: Engine) -> None:
    replicas = [engine.replica()[1] for _ in range(4)]
    ref = replicas[0].add(URLS)
    won: list[bool] = []
    start = threading.Barrier(len(replicas))

    def race(runs: ExtractionRuns) -> None:
        start.wait()
        won.append(runs.claim(ref, worker_name(), lease_s=3600))

    threads = [threading.Thread(target=race, args=(runs,)) for runs in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(won) == [False, False, False, True]


def test_a_cancel_made_on_one_server_is_seen_by_the_server_working_the_run(engine: Engine) -> None:
    (_, working), (_, other) = engine.replica(), engine.replica()
    ref = working.add(URLS)
    assert working.claim(ref, worker_name(), lease_s=3600)
    working.start(ref)
    assert working.finish_url(ref, 0, "local:p0", None)
    other.cancel(ref)
    assert working.state(ref) == JobState.cancelled
    assert working.pending_urls(ref) == []
    assert not working.finish_url(ref, 1, "local:p1", None), "a URL cancelled before it was read stays cancelled"
    working.finish(ref, JobState.completed)
    assert working.state(ref) == JobState.cancelled, "finishing does not undo a cancel"
    assert working.counts(ref) == {"done": 1, "cancelled": 4}
    assert working.failures(ref, 1) == [UrlFailure(url=URLS[1], reason="cancelled before it was fetched")]
