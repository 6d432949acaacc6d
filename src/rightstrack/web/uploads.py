"""Uploads: run the pipeline on uploaded bytes, either at once (API) or as a job whose stage the
upload page polls, so a person sees the progress of a long PDF.

Both paths call the same pipeline steps as `rightstrack ingest` (read -> recognise -> extract ->
store); a bad file raises `IngestError`, reported as a one-line message.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

from rightstrack.errors import RightsTrackError
from rightstrack.record.store import Store

STAGES = ("queued", "reading", "extracting", "storing", "done", "failed")
MAX_JOBS_KEPT = 200


def run_upload(
    store: Store,
    data: bytes,
    name: str,
    published: date | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Ingest one uploaded file; returns {created, document_id, kind, counts, items}."""
    from rightstrack.extract import extract
    from rightstrack.ingest import load_bytes
    from rightstrack.pipeline import prepare

    def stage(value: str) -> None:
        if on_stage is not None:
            on_stage(value)

    stage("reading")
    doc = prepare(load_bytes(data, name), published)
    stage("extracting")
    items = extract(doc)
    stage("storing")
    result = store.add_document(doc, items)
    return {
        "created": result.created,
        "document_id": result.document_id,
        "kind": result.kind,
        "counts": dict(result.counts),
        "items": [item.to_dict() for item in items],
    }


class UploadJobs:
    """Upload jobs run one at a time on a worker thread; their state is kept in memory."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._jobs: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rightstrack-upload")

    def submit(self, data: bytes, name: str, published: date | None) -> str:
        job_id = uuid.uuid4().hex
        with self._lock:
            if len(self._jobs) >= MAX_JOBS_KEPT:
                oldest = next(iter(self._jobs))
                del self._jobs[oldest]
            self._jobs[job_id] = {"id": job_id, "name": name, "stage": "queued"}
        self._pool.submit(self._run, job_id, data, name, published)
        return job_id

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return dict(job) if job is not None else None

    def _set(self, job_id: str, **values: Any) -> None:
        with self._lock:
            if job_id in self._jobs:
                self._jobs[job_id].update(values)

    def _run(self, job_id: str, data: bytes, name: str, published: date | None) -> None:
        try:
            result = run_upload(
                self.store, data, name, published, lambda s: self._set(job_id, stage=s)
            )
        except RightsTrackError as exc:
            self._set(job_id, stage="failed", error=str(exc).splitlines()[0])
            return
        except Exception as exc:  # a bug in a stage: report it on the page, keep the server up
            self._set(job_id, stage="failed", error=f"internal error: {type(exc).__name__}")
            raise
        result.pop("items", None)
        self._set(job_id, stage="done", result=result)
