"""Ingest acknowledgement benchmark: Fairline's text endpoint next to a bare FastAPI endpoint, same run.

Posts N text interactions over loopback from C concurrent clients to each server (both uvicorn, one
process each), in two phases:
  - latency: the clients together offer --rate requests/s (open loop, each client on its own jittered
    schedule), which is how agents' systems post; p50/p99 acknowledgement latency is measured there;
  - throughput: the clients post back to back (closed loop); accepted/s is the most the server takes.
In a closed loop latency is just concurrency / throughput, which is why latency is measured open loop.
Targets (issue 2): p99 under 50 ms and no more than 3x the bare endpoint.

    .venv/bin/python bench/ingest.py [--n 2000] [--concurrency 50] [--rate 100] [--with-workers]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _payload(i: int, run: str) -> dict:
    return {
        "external_id": f"bench-{run}-{i}", "brand": "bench", "channel": "sms", "direction": "outbound",
        "agent_ref": f"agent-{i % 20}", "account_ref": f"ACC-{i}", "customer_timezones": ["America/New_York"],
        "started_at": "2026-11-23T14:00:00-05:00",
        "turns": [{"speaker": "agent", "text": "Bench Brand: your renewal payment failed. Update your card in the "
                   "app. Reply STOP to opt out."}, {"speaker": "customer", "text": "Thanks, will do."}],
    }


def _start(args: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", *args, "--host", "127.0.0.1", "--port", str(port),
                             "--log-level", "warning"], env=env, cwd=REPO)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/docs", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server on port {port} did not start")


async def _load(url: str, headers: dict[str, str], n: int, concurrency: int, run: str,
                rate: float | None) -> tuple[float, list[float], int]:
    import random

    rng = random.Random(7)
    latencies: list[float] = []
    ok = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=60) as client:
        async def worker() -> None:
            nonlocal ok
            while True:
                try:
                    i = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                if rate:
                    # Open loop: each client waits its share of the offered rate, jittered.
                    await asyncio.sleep(rng.expovariate(rate / concurrency))
                t0 = time.perf_counter()
                try:
                    r = await client.post("/v1/interactions/text", json=_payload(i, run))
                except httpx.HTTPError:
                    continue  # counted as not accepted
                latencies.append((time.perf_counter() - t0) * 1000)
                ok += r.status_code == 202
        # Warm-up outside the measurement.
        for i in range(20):
            await client.post("/v1/interactions/text", json=_payload(n + i, run + "w"))
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return elapsed, latencies, ok


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rate", type=float, default=100, help="offered requests/s in the latency phase")
    ap.add_argument("--with-workers", action="store_true", help="analyse in the same process while ingesting")
    args = ap.parse_args()

    from analyzers.document import TenantRole
    from audit_service.auth.models import Scope
    from audit_service.auth.service import create_key
    from audit_service.core.db import session_scope
    from audit_service.core.migrate import upgrade
    from audit_service.tenants.service import create_brand, create_tenant

    tmp = Path(tempfile.mkdtemp(prefix="fairline-bench-"))
    db = f"sqlite:///{tmp / 'fairline.db'}"
    upgrade(db)
    with session_scope(db) as s:
        t = create_tenant(s, slug="bench", name="Bench", role=TenantRole.creditor, jurisdictions=["US"])
        create_brand(s, tenant_id=t.id, slug="bench", name="Bench Brand")
        token = create_key(s, tenant_id=t.id, name="bench", scopes=[Scope.ingest])[1]
    env = {**os.environ, "FAIRLINE_DATA_DIR": str(tmp), "FAIRLINE_DATABASE_URL": db, "FAIRLINE_SECRET_KEY": "bench",
           "FAIRLINE_CHECK_SPEECH_MODELS": "false", "FAIRLINE_LOG_LEVEL": "WARNING",
           "FAIRLINE_QUEUE_BACKEND": "embedded" if args.with_workers else "none", "HF_HUB_OFFLINE": "1"}
    results = {}
    for name, target, port in (("bare FastAPI", ["bench._bare_app:app"], 8911),
                               ("Fairline", ["audit_service.app:create_app", "--factory"], 8912)):
        proc = _start(target, env, port)
        url, headers = f"http://127.0.0.1:{port}", {"Authorization": f"Bearer {token}"}
        try:
            _, lat, ok_lat = asyncio.run(_load(url, headers, args.n, args.concurrency, name[:4] + "l", args.rate))
            elapsed, _, ok = asyncio.run(_load(url, headers, args.n, args.concurrency, name[:4] + "t", None))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        results[name] = {"rps": ok / elapsed, "p50": statistics.median(lat), "p99": _pct(lat, 99),
                         "ok": ok + ok_lat}

    print(f"ingest benchmark: {args.n} text interactions per phase, {args.concurrency} concurrent clients, "
          f"loopback, {args.rate:.0f} req/s offered in the latency phase, workers "
          f"{'on' if args.with_workers else 'off'}")
    print(f"{'server':<14}{'accepted':>10}{'max accepted/s':>16}{'p50 ms':>9}{'p99 ms':>9}")
    for name, r in results.items():
        print(f"{name:<14}{r['ok']:>10}{r['rps']:>16.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}")
    f, b = results["Fairline"], results["bare FastAPI"]
    print(f"ratio Fairline/bare: p50 {f['p50'] / b['p50']:.2f}x, p99 {f['p99'] / b['p99']:.2f}x, "
          f"max throughput {f['rps'] / b['rps']:.2f}x")
    verdict = "meets" if f["p99"] < 50 and f["p99"] / b["p99"] <= 3 else "MISSES"
    print(f"target p99 < 50 ms and <= 3x bare: {verdict}")


if __name__ == "__main__":
    main()
