"""A loopback stand-in for getcatalog.ai's extraction API (seeds/000), with programmable faults.

The documented contract: ``x-api-key``; ``POST /v1/products {"urls": [...]}`` returns an execution id
``products-batch-{uuid}``; ``GET /v1/products/{id}?page=&limit=`` goes ``pending`` → ``running`` (half the
URLs done, partial results) → ``completed`` over successive polls, with progress counts, ``results.products``
entries (``{url, product, success}``; failures carry ``success: false`` and an ``error``), ``results.meta`` and
``pagination``; ``GET /v1/products`` lists jobs; ``DELETE /v1/products/{id}`` aborts; unknown ids are 404.

A URL containing ``broken`` fails to extract. ``records`` maps a URL to the product record to answer for it;
other URLs get a small generated record.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from tests.fakes.server import StandIn

KEY = "gc-test-key-7c1d9e0f5a2b"


def generated_record(url: str, index: int) -> dict[str, Any]:
    slug = url.rstrip("/").rsplit("/", 1)[-1] or f"item-{index}"
    return {
        "id": f"gc-{uuid.uuid5(uuid.NAMESPACE_URL, url)}",
        "title": f"Trail Shoe {slug}",
        "description": f"A light trail shoe, model {slug}.",
        "vendor": "shop.example",
        "brand": "Fjellkatt",
        "url": url,
        "is_available": index % 3 != 2,
        "price": {"currency": "EUR", "current_value": 100 + index, "compare_at_value": 120 + index},
        "images": [{"url": f"https://cdn.shop.example/{slug}.jpg", "position": 1}],
        "options": [{"name": "Size", "values": ["40", "41", "42"], "position": 1}],
        "variants": [],
        "attributes": {"color": {"iscc_family": "blue", "merchant_label": "Deep Blue"}},
        "updated_at": "2026-01-28T22:53:52.255Z",
    }


@dataclass
class Job:
    id: str
    urls: list[str]
    polls: int = 0
    aborted: bool = False
    entries: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])


class GetCatalogStandIn(StandIn):
    header = "x-api-key"

    def __init__(self, key: str = KEY, records: dict[str, dict[str, Any]] | None = None) -> None:
        super().__init__(key)
        self.records = records or {}
        self.jobs: dict[str, Job] = {}
        self.submitted: list[list[str]] = []

    def empty_body(self, path: str) -> Any:
        return {
            "status": "completed",
            "progress": {"products_processed": 0, "urls_completed": 0, "total_urls": 0, "percent_complete": 100},
            "error": None,
            "results": {"products": [], "meta": {"total_successful": 0, "total_requested": 0, "total_failed": 0}},
            "pagination": {"page": 1, "limit": 50, "total_items": 0, "total_pages": 0, "has_next": False},
        }

    def entry(self, url: str, index: int) -> dict[str, Any]:
        if "broken" in url:
            return {"url": url, "product": None, "success": False, "error": "Page returned HTTP 404"}
        return {"url": url, "product": self.records.get(url) or generated_record(url, index), "success": True}

    def routes_app(self) -> ASGIApp:
        return Starlette(
            routes=[
                Route("/v1/products", self.submit, methods=["POST"]),
                Route("/v1/products", self.list_jobs, methods=["GET"]),
                Route("/v1/products/{execution_id}", self.status, methods=["GET"]),
                Route("/v1/products/{execution_id}", self.abort, methods=["DELETE"]),
            ]
        )

    async def submit(self, request: Request) -> JSONResponse:
        body = await request.json()
        urls = body.get("urls") if isinstance(body, dict) else None
        if not isinstance(urls, list) or not urls or len(urls) > 1000:  # pyright: ignore[reportUnknownArgumentType]
            return JSONResponse({"error": "urls must be a list of 1 to 1000 URLs"}, status_code=400)
        job = Job(id=f"products-batch-{uuid.uuid4()}", urls=[str(u) for u in urls])  # pyright: ignore[reportUnknownVariableType]
        self.jobs[job.id] = job
        self.submitted.append(job.urls)
        return JSONResponse({"execution_id": job.id, "status": "pending"}, status_code=202)

    async def list_jobs(self, request: Request) -> JSONResponse:
        return JSONResponse(
            {"executions": [{"execution_id": j.id, "status": self._state(j)} for j in self.jobs.values()]}
        )

    async def abort(self, request: Request) -> JSONResponse:
        job = self.jobs.get(request.path_params["execution_id"])
        if job is None:
            return JSONResponse({"error": "Execution not found"}, status_code=404)
        job.aborted = True
        return JSONResponse({"execution_id": job.id, "status": "failed"})

    def _state(self, job: Job) -> str:
        if job.aborted:
            return "failed"
        return ("pending", "running")[job.polls - 1] if job.polls <= 2 else "completed"

    async def status(self, request: Request) -> JSONResponse:
        job = self.jobs.get(request.path_params["execution_id"])
        if job is None:
            return JSONResponse({"error": "Execution not found"}, status_code=404)
        if not job.aborted:
            job.polls += 1
        state = self._state(job)
        done = {"pending": 0, "running": len(job.urls) // 2}.get(state, len(job.urls))
        if job.aborted:
            done = len(job.entries)
        while len(job.entries) < done:
            job.entries.append(self.entry(job.urls[len(job.entries)], len(job.entries)))
        page = max(1, int(request.query_params.get("page", "1")))
        limit = max(1, min(100, int(request.query_params.get("limit", "50"))))
        entries = job.entries[(page - 1) * limit : page * limit]
        succeeded = sum(1 for e in job.entries if e["success"])
        total_pages = math.ceil(len(job.entries) / limit)
        return JSONResponse(
            {
                "status": state,
                "progress": {
                    "products_processed": succeeded,
                    "urls_completed": done,
                    "total_urls": len(job.urls),
                    "percent_complete": round(100 * done / len(job.urls)),
                },
                "error": "Execution aborted by user" if job.aborted else None,
                "credits_used": 5 * succeeded,
                "results": {
                    "products": entries,
                    "meta": {
                        "total_successful": succeeded,
                        "total_requested": len(job.urls),
                        "total_failed": len(job.entries) - succeeded,
                    },
                },
                "pagination": {
                    "page": page,
                    "limit": limit,
                    "total_items": len(job.entries),
                    "total_pages": total_pages,
                    "has_next": page < total_pages,
                    "has_prev": page > 1,
                },
            }
        )
