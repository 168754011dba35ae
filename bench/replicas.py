#!/usr/bin/env python3
"""Two Aisle replicas on one PostgreSQL: load on both, an extraction job during it, one replica SIGKILLed mid-job.

    python bench/replicas.py [--clients 50] [--seconds 30] [--urls 200] [--database-url URL] [--drivers 2]

- PostgreSQL: a throwaway cluster of its own (``initdb`` into a temporary directory, the test suite's
  ``tests/storage/cluster.py``; fsync off), or the database of ``--database-url``.
- Two replicas, ``aisle-mcp serve --http --stateless --workers N`` (``--workers``: one per core by default, as
  each replica would be deployed on a machine of its own), on different data directories and ports, bearer token
  on, both on that database, which also keeps their one catalog (the demo catalog).
- Loopback shops: ``bench/extraction_throughput.py --serve`` in a process of its own, ``--sites`` sites each
  answering in 50-200 ms; the replicas may fetch loopback (``AISLE_ALLOW_PRIVATE_ADDRESSES``) with
  ``AISLE_FETCH_PER_HOST`` = ``--per-host``.
- Load: ``--clients`` clients (over ``--drivers`` processes) with ``bench/http_load.py``'s wire client and mix of
  calls. Each client holds a connection to both replicas and alternates between them call by call; a call whose
  replica's connection fails is retried on the other, which that client then uses alone.
- During the load: an extraction job of ``--urls`` URLs started on replica 1; when a third of its URLs are
  finished, the replica working it (the one whose process holds the run's claim in the database) is SIGKILLed,
  every process of it at once. The other takes the run over; the bench waits for the job to finish there.

The last line printed is one JSON object:
- ``calls_per_s``: calls answered per second of load (a call retried on the other replica counts once);
- ``errors``: calls that failed other than on the killed replica after its kill (each of those is
  ``errors_to_killed_replica`` and was retried on the other: ``calls_retried``);
- ``urls_reported_once``: of the job's URLs, how many its run reports finished exactly once (done or failed) in
  the shared database, the outcomes ``get_extract_status`` counts on every replica; ``status_on_survivor`` is that
  tool's answer; ``pages_fetched`` how many requests the shops served (a page the killed replica was reading is
  fetched again); ``urls_listed_by_survivor`` how many of the job's pages the survivor's ``get_extract_status``
  lists with their product (the catalog is the database's: those the killed replica read too);
- ``server_cpu_ms_per_call``: both replicas' CPU over the load, per call; ``database_cpu_ms_per_call`` the
  throwaway cluster's (none with ``--database-url``, whose server may be doing other work);
- ``cursor_cross_replica_ok``: a ``search_products`` cursor from replica 1 continues on replica 2 with the page
  replica 1 itself gives for it.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import AsyncExitStack, ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import anyio
import psycopg

from bench.http_load import QUERIES, TOKEN, WireClient, WireError, cpu_s, free_port, next_call, server, tree
from tests.storage.cluster import server_binaries, throwaway_cluster

BENCH = Path(__file__).resolve().parent
FINISHED = ("completed", "failed", "cancelled")


# The load: one client, two replicas.


@dataclass
class Tally:
    clients: int
    seconds: float
    ready: int = 0
    go: anyio.Event = field(default_factory=anyio.Event)
    deadline: float = 0.0
    latencies: list[float] = field(default_factory=list[float])
    failed: list[tuple[int, float, str]] = field(default_factory=list[tuple[int, float, str]])
    """Each failed try: the replica's index, when (CLOCK_MONOTONIC, the same in every process), what."""
    retried: int = 0
    lost: list[str] = field(default_factory=list[str])
    """Calls no replica answered."""


async def one_client(urls: list[str], tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    async with AsyncExitStack() as stack:
        replicas = [await stack.enter_async_context(WireClient(url)) for url in urls]
        ids: list[str] = []
        for replica in replicas:
            await replica.discover()
            found = await replica.call_tool("search_products", {"query": "boots"})
            ids += [p["id"] for p in found.get("products", [])]
            await replica.call_tool("list_inventory", {})
        tally.ready += 1
        if tally.ready == tally.clients:
            tally.deadline = time.monotonic() + tally.seconds
            tally.go.set()
        await tally.go.wait()
        up = [True] * len(replicas)
        turn = seed
        while time.monotonic() < tally.deadline:
            name, arguments = next_call(rng, ids)
            turn += 1
            order = [(turn + i) % len(replicas) for i in range(len(replicas))]
            started = time.perf_counter()
            answer: dict[str, Any] | None = None
            tries = 0
            for index in (i for i in order if up[i]):
                tries += 1
                try:
                    answer = await replicas[index].call_tool(name, arguments)
                    break
                except WireError as exc:  # the replica answered, wrongly: an error, not a reason to leave it
                    tally.failed.append((index, time.monotonic(), f"{name}: {exc}"[:200]))
                    break
                except Exception as exc:  # its connection failed: leave that replica, try the call on the other
                    tally.failed.append((index, time.monotonic(), f"{name}: {type(exc).__name__}: {exc}"[:200]))
                    up[index] = False
            if answer is None:
                tally.lost.append(name)
                continue
            tally.retried += tries > 1
            tally.latencies.append(time.perf_counter() - started)
            ids[:] = (ids + [p["id"] for p in answer.get("products", [])])[-200:]


async def drive(urls: list[str], clients: int, seconds: float, seed: int) -> dict[str, Any]:
    tally = Tally(clients, seconds)
    async with anyio.create_task_group() as group:
        for index in range(clients):
            group.start_soon(one_client, urls, tally, seed * 1000 + index)
        await tally.go.wait()
        print("go", flush=True)
    return {"latencies": tally.latencies, "failed": tally.failed, "retried": tally.retried, "lost": tally.lost}


def start_drivers(urls: list[str], clients: int, drivers: int, seconds: float) -> list[subprocess.Popen[bytes]]:
    shares = [clients // drivers + (1 if i < clients % drivers else 0) for i in range(drivers)]
    command = [sys.executable, __file__, "--driver", ",".join(urls), "--seconds", str(seconds)]
    return [
        subprocess.Popen([*command, "--clients", str(n), "--seed", str(i)], stdout=subprocess.PIPE)
        for i, n in enumerate(shares)
        if n
    ]


# The replicas, the shops and the database.


def replica_env(data_dir: str, database_url: str, per_host: int) -> dict[str, str]:
    return {
        **os.environ,
        "AISLE_DATA_DIR": data_dir,
        "AISLE_HTTP_TOKEN": TOKEN,
        "AISLE_DATABASE_URL": database_url,
        "AISLE_ALLOW_PRIVATE_ADDRESSES": "true",
        "AISLE_FETCH_PER_HOST": str(per_host),
    }


def start_shops(stack: ExitStack, sites: int, urls: int) -> tuple[subprocess.Popen[bytes], list[str]]:
    command = [sys.executable, str(BENCH / "extraction_throughput.py"), "--serve", "--sites", str(sites)]
    shops = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    stack.callback(shops.wait, 20)
    stack.callback(lambda: shops.stdin and shops.stdin.close())
    assert shops.stdout is not None
    ports: list[int] = json.loads(shops.stdout.readline())
    # 127.0.0.N: the fetcher's politeness limit counts host names, so each site is a host of its own.
    return shops, [f"http://127.0.0.{n % sites + 1}:{ports[n % sites]}/p/{n}" for n in range(urls)]


def pages_served(shops: subprocess.Popen[bytes]) -> int:
    assert shops.stdin is not None and shops.stdout is not None
    shops.stdin.write(b"stats\n")
    shops.stdin.flush()
    return int(json.loads(shops.stdout.readline())["served"])


def run_of(db: psycopg.Connection[Any], job_id: str) -> tuple[str, str | None, str, int]:
    """A job's run in the shared database: its ref, the worker holding its claim, its state, URLs finished."""
    row = db.execute(
        "SELECT r.ref, r.worker, r.state, count(*) FILTER (WHERE u.state <> 'pending') FROM jobs j"
        " JOIN extract_runs r ON r.ref = j.ref JOIN extract_urls u ON u.ref = r.ref WHERE j.id = %s"
        " GROUP BY r.ref, r.worker, r.state",
        (job_id,),
    ).fetchone()
    if row is None:
        raise SystemExit(f"job {job_id} has no run in the database")
    return str(row[0]), row[1], str(row[2]), int(row[3])


def reported_once(db: psycopg.Connection[Any], ref: str, urls: list[str]) -> int:
    """How many of the URLs the run reports finished (done or failed) exactly once."""
    rows = db.execute("SELECT url FROM extract_urls WHERE ref = %s AND state IN ('done', 'failed')", (ref,)).fetchall()
    seen = Counter(str(row[0]) for row in rows)
    return sum(1 for url in urls if seen[url] == 1)


# The scenario.


async def cursor_across(urls: list[str]) -> bool:
    """A search cursor from replica 1, continued on replica 2, gives the page replica 1 gives for it."""
    async with WireClient(urls[0]) as one, WireClient(urls[1]) as two:
        await one.discover()
        await two.discover()
        for query in QUERIES:
            arguments: dict[str, Any] = {"query": query, "limit": 3}
            first = await one.call_tool("search_products", arguments)
            cursor = first.get("next_cursor")
            if not cursor:
                continue
            here = await one.call_tool("search_products", {**arguments, "cursor": cursor})
            there = await two.call_tool("search_products", {**arguments, "cursor": cursor})

            def ids(answer: dict[str, Any]) -> list[str]:
                return [p["id"] for p in answer.get("products", [])]

            return bool(ids(there)) and ids(there) == ids(here) and not set(ids(there)) & set(ids(first))
    raise SystemExit("no query of the demo catalog has a second page")


@dataclass
class Kill:
    replica: int = -1
    at: float = 0.0
    urls_finished: int = 0
    taken_over_after_s: float | None = None
    cpu_s: float = 0.0
    """CPU seconds the killed replica had used when it was killed."""


async def job_with_a_kill(
    urls: list[str], replicas: list[subprocess.Popen[bytes]], db: psycopg.Connection[Any], pages: list[str], at: float
) -> tuple[str, Kill, dict[str, Any], float]:
    """Start the job on replica 1, SIGKILL the replica working it once ``at`` of its URLs are finished, and wait
    for the other to finish it: the job id, the kill, the survivor's last status, the job's seconds."""
    started = time.monotonic()
    async with WireClient(urls[0]) as client:
        await client.discover()
        job = await client.call_tool("extract_product_urls", {"urls": pages, "wait_seconds": 0})
    job_id = str(job["job_id"])
    kill = Kill()
    holder: str | None = None
    with anyio.fail_after(300):
        while True:
            _, holder, state, finished = run_of(db, job_id)
            if state in FINISHED:
                raise SystemExit(f"the job {state} before a replica could be killed mid-job: raise --urls")
            if holder and finished >= at * len(pages):
                break
            await anyio.sleep(0.05)
        pid = int(holder.split(":")[1])
        kill.replica = next(i for i, process in enumerate(replicas) if pid in tree(process.pid))
        kill.urls_finished = finished
        kill.cpu_s = cpu_s(replicas[kill.replica].pid)
        for member in tree(replicas[kill.replica].pid):  # the whole replica, as a machine dies: all its workers
            os.kill(member, signal.SIGKILL)
        kill.at = time.monotonic()
        replicas[kill.replica].wait()
        while kill.taken_over_after_s is None:
            _, now_holder, state, _ = run_of(db, job_id)
            if now_holder != holder or state in FINISHED:
                kill.taken_over_after_s = round(time.monotonic() - kill.at, 2)
            await anyio.sleep(0.05)
        async with WireClient(urls[1 - kill.replica]) as survivor:
            await survivor.discover()
            while True:
                status = await survivor.call_tool("get_extract_status", {"job_id": job_id, "wait_seconds": 5})
                if status["status"] in FINISHED:
                    break
    return job_id, kill, status, time.monotonic() - started


async def listed_by(url: str, job_id: str) -> Counter[str]:
    """The pages one replica's get_extract_status lists for a job, page by page, each with how often."""
    listed: Counter[str] = Counter()
    cursor: str | None = None
    async with WireClient(url) as client:
        await client.discover()
        while True:
            arguments: dict[str, Any] = {"job_id": job_id, "limit": 50, **({"cursor": cursor} if cursor else {})}
            status = await client.call_tool("get_extract_status", arguments)
            listed.update(p.get("requested_url") or p["url"] for p in status.get("products", []))
            cursor = status.get("next_cursor")
            if not cursor:
                return listed


def collect(drivers: list[subprocess.Popen[bytes]], seconds: float) -> dict[str, Any]:
    found: dict[str, Any] = {"latencies": [], "failed": [], "retried": 0, "lost": []}
    for driver in drivers:
        out, _ = driver.communicate(timeout=seconds + 300)
        result = json.loads(out.decode().strip().splitlines()[-1])
        for key in ("latencies", "failed", "lost"):
            found[key] += result[key]
        found["retried"] += result["retried"]
    return found


def postmaster_of(db: psycopg.Connection[Any]) -> int:
    """The server process of the cluster ``db`` is connected to (the parent of its backend)."""
    row = db.execute("SELECT pg_backend_pid()").fetchone()
    assert row is not None
    return int(Path(f"/proc/{row[0]}/stat").read_text().rsplit(")", 1)[1].split()[1])


def database_cpu_s(postmaster: int | None) -> float:
    """CPU seconds the cluster has used: its live processes' own, and those of its ended ones (a killed replica's
    backends), which the server process has waited for."""
    if postmaster is None:
        return 0.0
    fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    return cpu_s(postmaster) + (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def run(args: argparse.Namespace, database_url: str) -> dict[str, Any]:
    load_before = os.getloadavg()
    with ExitStack() as stack:
        shops, pages = start_shops(stack, args.sites, args.urls)
        ports = [free_port(), free_port()]
        urls = [f"http://127.0.0.1:{port}/mcp" for port in ports]
        replicas: list[subprocess.Popen[bytes]] = []
        for n, port in enumerate(ports, 1):
            data_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix=f"replica{n}_"))
            command = [sys.executable, "-m", "aisle_mcp", "serve", "--http", "--stateless", "--port", str(port)]
            command += ["--workers", str(args.workers)]
            env = replica_env(data_dir, database_url, args.per_host)
            replicas.append(stack.enter_context(server(command, env, port)))
        db = stack.enter_context(psycopg.connect(database_url, autocommit=True))
        cursor_ok = anyio.run(cursor_across, urls)

        drivers = start_drivers(urls, args.clients, args.drivers, args.seconds)
        for driver in drivers:
            assert driver.stdout is not None
            if driver.stdout.readline().strip() != b"go":
                raise SystemExit("a load driver did not start")
        cpu_before = sum(cpu_s(replica.pid) for replica in replicas)
        postmaster = None if args.database_url else postmaster_of(db)
        db_cpu_before = database_cpu_s(postmaster)
        time.sleep(args.job_after)
        job_id, kill, status, job_s = anyio.run(job_with_a_kill, urls, replicas, db, pages, args.kill_at)
        load = collect(drivers, args.seconds)
        used_cpu = kill.cpu_s + cpu_s(replicas[1 - kill.replica].pid) - cpu_before
        used_db_cpu = database_cpu_s(postmaster) - db_cpu_before
        load_after = os.getloadavg()
        survivor = urls[1 - kill.replica]
        listed = anyio.run(listed_by, survivor, job_id)
        ref = run_of(db, job_id)[0]
        once = reported_once(db, ref, pages)
        served = pages_served(shops)

    latencies = sorted(load["latencies"])
    to_killed = [f for f in load["failed"] if f[0] == kill.replica and f[1] >= kill.at]
    other = [f for f in load["failed"] if f not in to_killed]

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 1) if latencies else 0.0

    return {
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_after": [round(x, 2) for x in load_after],
        "database": "given by --database-url" if args.database_url else "throwaway local cluster (fsync off)",
        "replicas": 2,
        "workers_per_replica": args.workers,
        "clients": args.clients,
        "seconds": args.seconds,
        "calls": len(latencies),
        "calls_per_s": round(len(latencies) / args.seconds, 1),
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        # both replicas' CPU over the load (the killed one's until its kill), the extraction job's included
        "server_cpu_ms_per_call": round(1000 * used_cpu / max(1, len(latencies)), 2),
        # the throwaway cluster's processes over the same time (none with --database-url: a shared server's would
        # count other work)
        "database_cpu_ms_per_call": round(1000 * used_db_cpu / max(1, len(latencies)), 2) if postmaster else None,
        "errors": len(other) + len(load["lost"]),
        "error_examples": sorted({f[2] for f in other} | set(load["lost"]))[:5],
        "errors_to_killed_replica": len(to_killed),
        "calls_retried": load["retried"],
        "killed_replica": kill.replica + 1,
        "killed_at_urls_finished": kill.urls_finished,
        "taken_over_after_s": kill.taken_over_after_s,
        "job_status": status["status"],
        "job_s": round(job_s, 1),
        "urls": len(pages),
        "urls_reported_once": once,
        "status_on_survivor": status["progress"],
        "pages_fetched": served,
        "urls_listed_by_survivor": sum(1 for url in pages if listed[url] == 1),
        "urls_listed_twice": sum(1 for n in listed.values() if n > 1),
        "cursor_cross_replica_ok": cursor_ok,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--drivers", type=int, default=2, help="load-generating processes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes per replica")
    parser.add_argument("--urls", type=int, default=200, help="URLs of the extraction job")
    parser.add_argument("--sites", type=int, default=2, help="loopback shops the URLs are spread over")
    parser.add_argument("--per-host", type=int, default=2, help="the replicas' AISLE_FETCH_PER_HOST")
    parser.add_argument("--job-after", type=float, default=2, help="seconds into the load the job starts")
    parser.add_argument("--kill-at", type=float, default=1 / 3, help="share of the job's URLs finished at the kill")
    parser.add_argument("--database-url", help="a PostgreSQL database to use instead of a throwaway cluster")
    parser.add_argument("--driver", metavar="URLS", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    faulthandler.register(signal.SIGUSR1)  # kill -USR1 PID prints where a stuck run is waiting
    if args.driver:
        print(json.dumps(anyio.run(drive, args.driver.split(","), args.clients, args.seconds, args.seed)))
        return
    if args.database_url:
        print(json.dumps(run(args, args.database_url)))
        return
    binaries = server_binaries()
    if binaries is None:
        raise SystemExit("PostgreSQL's server binaries (initdb, pg_ctl) are not installed: give --database-url")
    with throwaway_cluster(binaries) as maintenance:
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(b"CREATE DATABASE aisle_replicas")
        print(json.dumps(run(args, maintenance.rsplit("/", 1)[0] + "/aisle_replicas")))


if __name__ == "__main__":
    main()
