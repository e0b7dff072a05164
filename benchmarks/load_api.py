"""A bounded load test of the API on loopback: N requests at C concurrent, p50/p95.

    python benchmarks/load_api.py --db annalyst.duckdb [--requests 5000] [--concurrency 50]

Runs `annalyst serve` (a real uvicorn server) on a free loopback port in a child
process, sends a fixed mix of requests (lists with filters and pages, details,
stats, timeline, graph) over kept-alive connections, and reports latency percentiles per kind and
overall, and any response that is not a 200. Without --db it builds a store from
examples/ first (about half a minute).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
ANNALYST = Path(sys.executable).with_name("annalyst")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_store(folder: Path) -> Path:
    db = folder / "load.duckdb"
    subprocess.run([str(ANNALYST), "--db", str(db), "ingest", "examples/"], cwd=ROOT,
                   capture_output=True, check=False, timeout=900)  # fmt: skip
    return db


def wait_until_up(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not come up")


def request_mix(base: str, n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, url) pairs: a fixed, seeded mix of what the explorer asks for."""
    with httpx.Client(base_url=base, timeout=30) as client:
        articles = [a["id"] for a in client.get("/api/v1/articles?limit=50").json()["items"]]
        incidents = [i["id"] for i in client.get("/api/v1/incidents?limit=50").json()["items"]]
        actors = [a["id"] for a in client.get("/api/v1/actors?limit=50").json()["items"]]
        cursor = client.get("/api/v1/events?limit=20").json()["next_cursor"]
    rng = random.Random(seed)
    kinds = [
        ("events", lambda: "/api/v1/events?limit=50"),
        (
            "events filtered",
            lambda: rng.choice(
                [
                    "/api/v1/events?type=ASSAULT",
                    "/api/v1/events?country=IRQ&status=asserted",
                    "/api/v1/events?since=2020-01-01&until=2021-12-31",
                    "/api/v1/events?search=strike&sort=-date",
                ]
            ),
        ),
        ("events page 2", lambda: f"/api/v1/events?limit=20&cursor={cursor}"),
        ("quotes", lambda: "/api/v1/quotes?limit=50"),
        ("incidents", lambda: "/api/v1/incidents?sort=-corroboration"),
        ("places", lambda: "/api/v1/places?limit=200"),
        ("actors", lambda: "/api/v1/actors?limit=50"),
        ("article", lambda: f"/api/v1/articles/{rng.choice(articles)}"),
        ("incident", lambda: f"/api/v1/incidents/{rng.choice(incidents)}"),
        ("actor", lambda: f"/api/v1/actors/{rng.choice(actors)}"),
        ("stats", lambda: "/api/v1/stats"),
        ("timeline", lambda: "/api/v1/timeline?period=month"),
        ("graph", lambda: "/api/v1/graph"),
    ]
    out = []
    for _ in range(n):
        kind, url = rng.choice(kinds)
        out.append((kind, url()))
    return out


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, url: str
) -> int:
    """One GET over a kept-alive HTTP/1.1 connection; the status (the body is read whole)."""
    writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        (
            int(v)
            for k, _, v in (ln.partition(":") for ln in lines[1:])
            if k.lower() == "content-length"
        ),
        None,
    )
    if length is None:
        raise RuntimeError(f"no content-length for {url}")
    await reader.readexactly(length)
    return status


async def run(
    host: str, port: int, mix: list[tuple[str, str]], concurrency: int
) -> dict[str, list[float]]:
    """Send the mix over `concurrency` connections (a minimal client, so that the
    measuring costs little of the machine the server runs on)."""
    times: dict[str, list[float]] = {}
    failures: list[str] = []
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in mix:
        queue.put_nowait(item)

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while not queue.empty():
                kind, url = queue.get_nowait()
                start = time.perf_counter()
                status = await _get(reader, writer, f"{host}:{port}", url)
                times.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
                if status != 200:
                    failures.append(f"{status} {url}")
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    times["_failures"] = [float(len(failures))]
    for line in failures[:10]:
        print("not 200:", line)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, help="store to serve (default: build one from examples/)"
    )
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--no-cache", action="store_true",
                        help="compute every answer (the server keeps none)")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_store(Path(tmp))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [str(ANNALYST), "--db", str(db), "serve", "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "ANNALYST_API_CACHE": "0" if args.no_cache else "2048"},
        )  # fmt: skip
        try:
            wait_until_up(base, time.monotonic() + 60)
            mix = request_mix(base, args.requests)
            start = time.perf_counter()
            times = asyncio.run(run("127.0.0.1", port, mix, args.concurrency))
            wall = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(timeout=30)
    failures = int(times.pop("_failures")[0])
    every = [t for values in times.values() for t in values]
    print(f"{len(every)} requests at {args.concurrency} concurrent in {wall:.1f} s "
          f"({len(every) / wall:.0f} req/s), {failures} not 200")  # fmt: skip
    print(f"{'kind':<18}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for kind in sorted(times):
        v = times[kind]
        print(f"{kind:<18}{len(v):>6}{pct(v, 0.5):>10.1f}{pct(v, 0.95):>10.1f}{max(v):>10.1f}")
    print(f"{'all':<18}{len(every):>6}{pct(every, 0.5):>10.1f}{pct(every, 0.95):>10.1f}"
          f"{max(every):>10.1f}  (mean {statistics.fmean(every):.1f})")  # fmt: skip
    if failures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
