"""Browser-test fixtures: the web app on a free loopback port (uvicorn in a thread) over the sample
record, and Debian's Chromium driven by Playwright. Without /usr/bin/chromium the tests skip, except
under CI=true, where they fail (CI installs Chromium)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("RIGHTSTRACK_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(store: Any) -> Iterator[str]:
    """Run the app over `store` with uvicorn in a thread on a free loopback port; yield its URL."""
    import uvicorn

    from rightstrack.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a running app over a fresh copy of the sample record (rightstrack.web.sample)."""
    from rightstrack.record.store import open_store
    from rightstrack.web.sample import build_sample_record

    store = open_store(tmp_path_factory.mktemp("browser") / "record.db")
    build_sample_record(store)
    with serving(store) as url:
        yield url
    store.close()


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a running app over the demo database, built as `rightstrack demo` builds it."""
    import io

    from rightstrack.demo import run_demo
    from rightstrack.record.store import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    run_demo(path, io.StringIO())
    store = open_store(path)
    with serving(store) as url:
        yield url
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} missing: CI must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium); browser tests skipped")
    from playwright.sync_api import expect, sync_playwright

    # Waiting limits, not speed checks: on a loaded 2-core CI machine a chart can take more than
    # Playwright's default 5 s to draw. Speed is measured by bench/bench_web.py, not here.
    expect.set_options(timeout=20_000)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _watched_page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(
        base_url=base_url, viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    context.set_default_timeout(30_000)
    new_page = context.new_page()
    problems: list[str] = []
    new_page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    new_page.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )

    def failed(request: Any) -> None:
        # A request the browser cancelled itself when the test moved on to the next page (the
        # favicon of the page it left) is no app error; an answer the server gave with an error
        # status is caught by the "response" check below.
        if request.failure != "net::ERR_ABORTED":
            problems.append(f"request failed: {request.url} ({request.failure})")

    new_page.on("requestfailed", failed)

    def offsite(request: Any) -> None:  # the app must work offline: nothing but its own server
        if not request.url.startswith((base_url, "data:", "blob:", "about:")):
            problems.append(f"request outside the app: {request.url}")

    new_page.on("request", offsite)
    new_page.on(
        "response",
        lambda resp: (
            problems.append(f"HTTP {resp.status}: {resp.url}") if resp.status >= 400 else None
        ),
    )
    yield new_page
    context.close()
    assert not problems, problems


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A fresh page on the sample record that fails the test on any JavaScript error, alert
    dialog, failed or refused request (an injected `<img src=x>` would ask for /x) or request to
    anywhere but the app itself."""
    yield from _watched_page(browser, base_url)


@pytest.fixture
def demo_page(browser: Any, demo_url: str) -> Iterator[Any]:
    """The same, on the demo database."""
    yield from _watched_page(browser, demo_url)


@pytest.fixture
def screenshot() -> Callable[[Any, str], Path]:
    """Save a full-page screenshot under artifacts/screenshots/ (git-ignored) and return its path."""

    def save(page: Any, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
