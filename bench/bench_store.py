"""Saving one highlight with 10,000 already stored: briefing's store beside stock TinyDB.

    .venv/bin/python bench/bench_store.py [--records 10000] [--saves 200] [--kill-runs 20]

Prints p50/p95 per save for both, their ratio, the cost of the occasional rewrite that
folds the journal into the file, and (with --kill-runs) how many stores still read after
a writer was killed with SIGKILL mid-save, ours against stock TinyDB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from tinydb import TinyDB

from briefing.core.highlights import Highlight
from briefing.core.store import Store

SENTENCE = (
    "Under the protocol, joint Russian-Turkish patrols will begin on 15 March along the "
    "M4 highway, with a security corridor six kilometres deep on either side. "
)


def make_highlight(i: int, rng: random.Random) -> Highlight:
    doc = f"{rng.randrange(40):064x}"
    start = rng.randrange(200_000)
    return Highlight(
        doc_sha=doc,
        start=start,
        end=start + len(SENTENCE),
        exact=SENTENCE,
        prefix="of the agreement signed in Moscow",
        suffix="Turkish officials said the patro",
        kind=rng.choice(["key", "question", "evidence", "followup"]),
        note=("Check against the Arabic text of the protocol. " * rng.randrange(3)),
        tags=rng.sample(["idlib", "m4", "patrols", "russia", "turkey", "dates"], 2),
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(count: int, save: Callable[[int], None]) -> list[float]:
    out = []
    for i in range(count):
        t0 = time.perf_counter()
        save(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def bench_ours(folder: Path, records: int, saves: int, rng: random.Random) -> dict[str, float]:
    path = folder / "ours.json"
    store = Store(path)
    store.add_highlights([make_highlight(i, rng) for i in range(records)])
    store.compact()
    t0 = time.perf_counter()
    store = Store(path)
    open_ms = (time.perf_counter() - t0) * 1000
    new = [make_highlight(records + i, rng) for i in range(saves)]
    # Each save is timed right beside a bare append + fdatasync of the same size, so both
    # see the same disk: on a shared machine the disk's fsync latency sets the tail.
    line = json.dumps(new[0].to_dict()).encode() + b"\n"
    fd = os.open(folder / "floor.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    times, floor = [], []
    try:
        for i, h in enumerate(new):
            for which in (0, 1) if i % 2 else (1, 0):  # alternate who goes first
                t0 = time.perf_counter()
                if which == 0:
                    store.add_highlight(h)
                else:
                    os.write(fd, line)
                    os.fdatasync(fd)
                (times if which == 0 else floor).append((time.perf_counter() - t0) * 1000)
    finally:
        os.close(fd)
    # The same saves with fdatasync made a no-op: the cost of our own code and syscalls.
    real_sync = os.fdatasync
    os.fdatasync = lambda _fd: None
    try:
        more = [make_highlight(records + saves + i, rng) for i in range(saves)]
        cpu = timed(saves, lambda i: store.add_highlight(more[i]))
    finally:
        os.fdatasync = real_sync
    assert store.pending == 0 and len(store.all_highlights()) == records + 2 * saves
    doc = new[0].doc_sha
    list_ms = statistics.median(timed(20, lambda _i: store.highlights(doc)))
    t0 = time.perf_counter()
    store.compact()
    compact_ms = (time.perf_counter() - t0) * 1000
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "max": max(times),
        "floor_p50": statistics.median(floor),
        "floor_p95": percentile(floor, 0.95),
        "floor_max": max(floor),
        "cpu_p50": statistics.median(cpu),
        "cpu_p95": percentile(cpu, 0.95),
        "open": open_ms,
        "list": list_ms,
        "compact": compact_ms,
        "size": path.stat().st_size,
    }


def bench_stock(folder: Path, records: int, saves: int, rng: random.Random) -> dict[str, float]:
    path = folder / "stock.json"
    db = TinyDB(path)
    db.table("highlights").insert_multiple(make_highlight(i, rng).to_dict() for i in range(records))
    table = db.table("highlights")
    new = [make_highlight(records + i, rng).to_dict() for i in range(saves)]
    times = timed(saves, lambda i: table.insert(new[i]))
    db.close()
    return {"p50": statistics.median(times), "p95": percentile(times, 0.95), "max": max(times)}


KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from tinydb import TinyDB
    from briefing.core.highlights import Highlight
    from briefing.core.store import Store

    kind, path = sys.argv[1], sys.argv[2]
    if kind == "ours":
        store = Store(path)
    else:
        table = TinyDB(path).table("highlights")
    print("ready", flush=True)
    i = 0
    while True:  # highlight, then remove it again: the file grows and shrinks
        h = Highlight(doc_sha="d", start=i, end=i + 3, exact="abc", note="n" * 200)
        if kind == "ours":
            store.add_highlight(h)
            store.delete_highlight(h.id)
        else:
            doc_id = table.insert(h.to_dict())
            table.remove(doc_ids=[doc_id])
        i += 1
    """
)


def readable(kind: str, path: Path) -> bool:
    if kind == "stock":
        try:
            json.loads(path.read_text())
            return True
        except ValueError:
            return False
    store = Store(path)
    return not store.notices and len(store.all_highlights()) > 0


def kill_runs(folder: Path, runs: int, records: int, rng: random.Random) -> dict[str, int]:
    seeds = {}
    for kind in ("ours", "stock"):
        seed = folder / f"seed-{kind}.json"
        hs = [make_highlight(i, rng) for i in range(records)]
        if kind == "ours":
            Store(seed).add_highlights(hs)
            Store(seed).compact()
        else:
            TinyDB(seed).table("highlights").insert_multiple(h.to_dict() for h in hs)
        seeds[kind] = seed
    survived = {"ours": 0, "stock": 0}
    for run in range(runs):
        for kind in ("ours", "stock"):
            work = folder / f"run-{kind}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            path = work / "store.json"
            shutil.copy(seeds[kind], path)
            proc = subprocess.Popen(
                [sys.executable, "-c", KILLED_WRITER, kind, str(path)], stdout=subprocess.PIPE
            )
            assert proc.stdout is not None
            proc.stdout.readline()
            time.sleep(rng.uniform(0.05, 0.5))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            survived[kind] += readable(kind, path)
        print(f"  kill -9 run {run + 1}/{runs}: {survived}", file=sys.stderr)
    return survived


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--stock-saves", type=int, default=30)
    parser.add_argument("--kill-runs", type=int, default=0)
    parser.add_argument("--kill-records", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        ours = bench_ours(folder, args.records, args.saves, rng)
        stock = bench_stock(folder, args.records, args.stock_saves, rng)
        print(f"saving one highlight with {args.records:,} stored ({args.saves} saves):")
        print(
            f"  briefing store  p50 {ours['p50']:7.2f} ms  p95 {ours['p95']:7.2f} ms"
            f"  max {ours['max']:7.2f} ms"
        )
        print(
            f"  stock TinyDB    p50 {stock['p50']:7.2f} ms  p95 {stock['p95']:7.2f} ms"
            f"  max {stock['max']:7.2f} ms  ({args.stock_saves} saves)"
        )
        print(
            f"  disk floor      p50 {ours['floor_p50']:7.2f} ms  p95 {ours['floor_p95']:7.2f} ms"
            f"  max {ours['floor_max']:7.2f} ms  (bare append + fdatasync, timed beside each save)"
        )
        print(
            f"  ours, fsync off p50 {ours['cpu_p50']:7.2f} ms  p95 {ours['cpu_p95']:7.2f} ms"
            "  (our code and syscalls alone)"
        )
        print(
            f"  ratio stock/ours: p50 x{stock['p50'] / ours['p50']:.0f}, "
            f"p95 x{stock['p95'] / ours['p95']:.0f}"
        )
        print(f"  budget p95 <= 5 ms: {'met' if ours['p95'] <= 5 else 'NOT met'}")
        print(
            f"  open store {ours['open']:.0f} ms, list one document's highlights "
            f"{ours['list']:.2f} ms, fold journal into file {ours['compact']:.0f} ms "
            f"(file {ours['size'] / 1e6:.1f} MB; happens once the journal outgrows it)"
        )
        if args.kill_runs:
            survived = kill_runs(folder, args.kill_runs, args.kill_records, rng)
            print(
                f"kill -9 mid-save, {args.kill_runs} runs with {args.kill_records:,} records: "
                f"readable afterwards: ours {survived['ours']}/{args.kill_runs}, "
                f"stock {survived['stock']}/{args.kill_runs}"
            )


if __name__ == "__main__":
    main()
