"""Web speed: server time of every page, and p95 latency of the API list calls, on loopback.

    .venv/bin/python bench/bench_web.py --db rightstrack-demo.db [--requests 200] [--tool wrk|httpx]

First times `rightstrack serve` from launch to its first answer (5 runs; target on the median). Then starts
`rightstrack serve` (uvicorn, one worker) on a free loopback port over the database, and
1. requests every country page, every forum page, every document page, the home, documents, upload
   and several recommendation searches once each, reading the server time from the app's
   `Server-Timing` header (time inside the app, not the network);
2. times each API list call N times: with Debian's `wrk` when installed (one connection, so the
   figures are latencies, not throughput; p95 from wrk's own histogram), else an httpx loop.
Also reports the app's CPU time per request (Server-Timing `cpu`), which other programs competing
for the CPU do not inflate. Prints Markdown tables for docs/benchmarks.md and exits 1 if a target
is missed (serve start > 3 s, page > 300 ms, list p95 > 100 ms; all wall-clock).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PAGE_LIMIT_MS = 300.0
LIST_P95_LIMIT_MS = 100.0
LIST_CALLS = [
    "/api/documents",
    "/api/actors",
    "/api/forums",
    "/api/statements",
    "/api/claims",
    "/api/events",
    "/api/recommendations",
    "/api/recommendations?state_under_review=KHM",
    "/api/recommendations?theme=Women%27s+rights",
    "/api/recommendations?recommending_state=FRA&response=supported",
    "/api/recommendations?q=torture",
    "/api/recommendations?session=5&offset=100",
    "/api/statements?stance=critical",
]
SEARCHES = [
    "/recommendations",
    "/recommendations?state_under_review=KHM",
    "/recommendations?theme=Women%27s+rights&response=noted",
    "/recommendations?q=torture",
    "/recommendations?recommending_state=FRA&offset=50",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str) -> tuple[str, subprocess.Popen[bytes]]:
    """`rightstrack serve` in its own process (as a user runs it), answering on a free port."""
    exe = Path(sys.executable).with_name("rightstrack")
    port = _free_port()
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", str(port), "--db", db],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            httpx.get(base + "/api/countries", timeout=5)
            return base, proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit("rightstrack serve exited before answering") from None
            time.sleep(0.05)


def time_serve_start(db: str, runs: int = 5) -> list[float]:
    """Seconds from launching `rightstrack serve` to its first answer over HTTP."""
    exe = Path(sys.executable).with_name("rightstrack")
    times = []
    for _ in range(runs):
        port = _free_port()
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(exe), "serve", "--port", str(port), "--db", db],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while True:
                try:
                    if (
                        httpx.get(f"http://127.0.0.1:{port}/api/countries", timeout=1).status_code
                        == 200
                    ):
                        break
                except httpx.TransportError:
                    time.sleep(0.02)
                if proc.poll() is not None:
                    raise SystemExit("rightstrack serve exited before answering")
            times.append(time.perf_counter() - started)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return times


def server_ms(response: httpx.Response, metric: str = "app") -> float:
    """A duration from the app's Server-Timing header: `app` (wall clock) or `cpu`."""
    for part in response.headers.get("server-timing", "").split(","):
        name, _, value = part.strip().partition(";dur=")
        if name == metric:
            return float(value)
    return float("nan")


def page_urls(client: httpx.Client) -> dict[str, list[str]]:
    countries = client.get("/api/countries").json()
    forums = client.get("/api/forums", params={"limit": 500}).json()
    documents = client.get("/api/documents", params={"limit": 500}).json()
    return {
        "home, documents, upload": ["/", "/documents", "/upload"],
        "country": [f"/countries/{c['iso3']}" for c in countries],
        "forum": [f"/forums/{f['id']}" for f in forums["items"]],
        "document": [f"/documents/{d['id']}" for d in documents["items"]],
        "recommendation search": SEARCHES,
    }


def time_pages(client: httpx.Client) -> list[tuple[str, int, float, float, float, str]]:
    """Per group of pages: count, median and slowest wall ms, slowest CPU ms, slowest page."""
    rows = []
    for group, urls in page_urls(client).items():
        times: list[tuple[float, str]] = []
        cpu: list[float] = []
        for url in urls:
            client.get(url)  # warm the caches once, as a running server has them
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code}")
            times.append((server_ms(response), url))
            cpu.append(server_ms(response, "cpu"))
        if not times:
            continue
        values = sorted(t for t, _ in times)
        slowest = max(times)
        rows.append(
            (group, len(times), statistics.median(values), slowest[0], max(cpu), slowest[1])
        )
    return rows


def cpu_p95(client: httpx.Client, url: str, n: int = 40) -> float:
    """p95 of the app's CPU time for `url` over n sequential requests."""
    client.get(url)
    values = sorted(server_ms(client.get(url), "cpu") for _ in range(n))
    return values[max(0, int(round(0.95 * n)) - 1)]


WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("P95 %f\\nP50 %f\\nN %d\\n", latency:percentile(95) / 1000,
           latency:percentile(50) / 1000, summary.requests))
end
"""


def time_list_wrk(base: str, url: str, seconds: float) -> tuple[int, float, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(WRK_SCRIPT)
        script = fh.name
    out = subprocess.run(
        ["wrk", "-t1", "-c1", f"-d{seconds:g}s", "-s", script, base + url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    Path(script).unlink()
    values = dict(
        line.split(" ", 1) for line in out.splitlines() if line.startswith(("P9", "P5", "N "))
    )
    return int(values["N"]), float(values["P50"]), float(values["P95"])


def time_list_httpx(client: httpx.Client, url: str, n: int) -> tuple[int, float, float]:
    client.get(url)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    times.sort()
    return n, statistics.median(times), times[max(0, int(round(0.95 * n)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL")
    parser.add_argument("--requests", type=int, default=200, help="requests per list call (httpx)")
    parser.add_argument("--seconds", type=float, default=3.0, help="seconds per list call (wrk)")
    parser.add_argument("--tool", choices=("wrk", "httpx"), default=None)
    args = parser.parse_args()
    tool = args.tool or ("wrk" if shutil.which("wrk") else "httpx")
    starts = time_serve_start(args.db)
    failed = statistics.median(starts) > 3.0
    print("`rightstrack serve` to first answer: " + ", ".join(f"{t:.2f} s" for t in starts))
    base, server = start_server(args.db)
    with httpx.Client(base_url=base, timeout=60) as client:
        counts = {
            k: client.get(f"/api/{k}", params={"limit": 1}).json()["total"]
            for k in ("documents", "recommendations", "statements", "forums")
        }
        print(f"database: {args.db} ({', '.join(f'{v} {k}' for k, v in counts.items())})")
        print(
            "\n| page | pages timed | median server ms | slowest server ms "
            "| slowest CPU ms | slowest page |"
        )
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        for group, n, median, slowest, slowest_cpu, url in time_pages(client):
            failed |= slowest > PAGE_LIMIT_MS
            print(f"| {group} | {n} | {median:.1f} | {slowest:.1f} | {slowest_cpu:.1f} | `{url}` |")
        print(f"\nAPI list calls ({tool}, one connection, loopback):\n")
        print("| call | requests | p50 ms | p95 ms | p95 CPU ms (40 requests) |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for url in LIST_CALLS:
            if tool == "wrk":
                n, p50, p95 = time_list_wrk(base, url, args.seconds)
            else:
                n, p50, p95 = time_list_httpx(client, url, args.requests)
            failed |= p95 > LIST_P95_LIMIT_MS
            print(f"| `{url}` | {n} | {p50:.1f} | {p95:.1f} | {cpu_p95(client, url):.1f} |")
    server.terminate()
    server.wait(timeout=10)
    print(
        "\nall targets met"
        if not failed
        else "\nTARGET MISSED (serve start > 3 s, page > 300 ms or list p95 > 100 ms)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
