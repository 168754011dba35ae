"""The job table behaves the same on SQLite and on PostgreSQL, and servers sharing it see one another's jobs."""

from __future__ import annotations

from datetime import UTC

from aisle_mcp.providers.base import JobCounts, JobState
from tests.storage.conftest import Engine


def test_a_job_answers_only_to_its_owner_on_every_server(engine: Engine) -> None:
    (here, _), (there, _) = engine.replica(), engine.replica()
    job = here.create("local", "run_1", "tok_a", 3)
    assert there.get(job.id, "tok_a") == job
    assert there.get(job.id, "tok_b") is None
    assert job.created_at.tzinfo == UTC


def test_jobs_are_listed_newest_first_a_page_at_a_time(engine: Engine) -> None:
    jobs, _ = engine.replica()
    made = [jobs.create("local", f"run_{n}", "tok_a", n) for n in range(5)]
    jobs.create("getcatalog", "gc_1", "tok_b", 1)
    page, total = jobs.list("tok_a", 1, 2)
    assert total == 5
    assert [job.id for job in page] == [made[3].id, made[2].id]
    assert jobs.list("tok_c", 0, 10) == ([], 0)


def test_a_jobs_last_known_status_is_never_replaced_by_an_older_reading(engine: Engine) -> None:
    (here, _), (there, _) = engine.replica(), engine.replica()
    job = here.create("getcatalog", "gc_1", "tok_a", 4)
    here.record(job.id, JobCounts(JobState.running, 4, 1, 1, 0))
    first = there.last_known([job.id])[job.id]
    there.record(job.id, JobCounts(JobState.completed, 4, 4, 3, 1))
    latest = here.last_known([job.id, "job_missing"])
    assert list(latest) == [job.id]
    assert latest[job.id].counts == JobCounts(JobState.completed, 4, 4, 3, 1)
    assert latest[job.id].checked_at >= first.checked_at
    assert here.last_known([]) == {}
