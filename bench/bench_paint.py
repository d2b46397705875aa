"""Time to first paint in a real pseudo-terminal, against a bare Textual app.

Each run spawns a process on a fresh pty of a fixed size, feeds everything it writes to a
``pyte`` screen, and stops the clock when the screen shows a known phrase: for the reader,
words of the article's first sentence; for the bare app, its single line. Runs of the
bare app, the example and a 5 MB article are interleaved so that machine load hits all
of them alike, and medians are compared. For the 5 MB article the peak resident memory
(VmHWM) is read from /proc once the process has gone idle (the full text loaded and
analysed), just before quitting. "example, first open" starts each run with an empty
document cache (the article has never been opened: markdown-it and PyYAML are imported and
the text parsed, in a child process on another CPU when there is one; the CPU column
counts the reader's process only); the other cases read the parse back from the cache, as
any later open of the same article does.

    .venv/bin/python bench/bench_paint.py            # 7 runs each
    .venv/bin/python bench/bench_paint.py --runs 3 --size-mb 5
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyte

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "idlib-ceasefire-2020-03-05.md"
EVAL_ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"
SEED_PHRASE = "In a move that is hoped to curtail"
BARE_PHRASE = "bare textual app: one line"
COLS, ROWS = 120, 36
TIMEOUT = 60.0

TICKS_PER_S = os.sysconf("SC_CLK_TCK")
TARGET_EXAMPLE = 1.25
TARGET_BIG = 2.0
TARGET_RSS_MB = 250

BARE_APP = textwrap.dedent(
    f"""
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static({BARE_PHRASE!r})

        def on_key(self, event):
            if event.key == "q":
                self.exit()

    Bare().run()
    """
)


@dataclass
class Run:
    paint: float  # seconds from spawn to the phrase on screen
    cpu: float | None = None  # CPU seconds (user + system) the process had used by then
    rss_mb: float | None = None  # VmHWM once idle, when asked for
    settled: float | None = None  # seconds from spawn until the process went idle
    exit_code: int | None = None


@dataclass
class Case:
    name: str
    argv: list[str]
    phrase: str
    memory: bool = False
    target: float | None = None
    store: Path | None = None  # a store of its own (the case with 1,000 highlights)
    cold: bool = False  # an empty document cache at each run: the article's first open
    runs: list[Run] = field(default_factory=list)

    def median_paint(self) -> float:
        return statistics.median(r.paint for r in self.runs)

    def median_cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs if r.cpu is not None)


def briefing_script() -> str:
    here = Path(sys.executable).parent / "briefing"
    if not here.exists():
        sys.exit("bench_paint: the 'briefing' console script is not installed next to python")
    return str(here)


def bench_env(tmp: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TEXTUAL", "BRIEFING_")) and k not in ("COLUMNS", "LINES")
    }
    env.update(
        TERM="xterm-256color",
        BRIEFING_STORE=str(tmp / "store.json"),
        BRIEFING_CACHE=str(tmp / "cache"),  # warmed by the untimed first run of each case
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
    )
    return env


def seeded_store(path: Path, count: int) -> Path:
    """A store holding ``count`` highlights with notes and tags on the example article."""
    from briefing.core.document import load_document
    from briefing.core.highlights import Highlight
    from briefing.core.store import Store

    doc = load_document(SEED)
    store = Store(path)
    highlights = []
    for i in range(count):
        sent = doc.sentences[i % len(doc.sentences)]
        highlights.append(
            Highlight.from_span(
                doc.sha256,
                doc.text,
                sent.start,
                sent.end,
                note=f"Note {i}: check this against the text.",
                tags=[f"t{i % 7}"],
            )
        )
    store.add_highlights(highlights)
    store.close()
    return path


def cpu_ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # utime + stime


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_once(case: Case, env: dict[str, str]) -> Run:
    if case.store is not None:
        env = {**env, "BRIEFING_STORE": str(case.store)}
    if case.cold:
        env = {**env, "BRIEFING_CACHE": tempfile.mkdtemp(prefix="cold-cache-")}
    screen = pyte.Screen(COLS, ROWS)
    stream = pyte.ByteStream(screen)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))

    def controlling_tty() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    start = time.perf_counter()
    proc = subprocess.Popen(
        case.argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        preexec_fn=controlling_tty,
        close_fds=True,
    )
    os.close(slave)
    eof = False

    def pump(timeout: float) -> None:
        nonlocal eof
        if eof:
            time.sleep(timeout)
            return
        ready, _, _ = select.select([master], [], [], timeout)
        if ready:
            try:
                data = os.read(master, 1 << 16)
            except OSError:
                data = b""
            if not data:
                eof = True
            else:
                stream.feed(data)

    try:
        paint = None
        while time.perf_counter() - start < TIMEOUT and not eof:
            pump(0.5)
            if any(case.phrase in line for line in screen.display):
                paint = time.perf_counter() - start
                ticks = cpu_ticks(proc.pid)
                break
        if paint is None:
            shown = "\n".join(screen.display)
            raise RuntimeError(f"{case.name}: {case.phrase!r} never shown; screen:\n{shown}")
        result = Run(paint, ticks / TICKS_PER_S if ticks is not None else None)
        if case.memory:
            # Idle: no CPU used for a full second (background load and analysis done).
            last, calm = cpu_ticks(proc.pid), time.perf_counter()
            while time.perf_counter() - start < TIMEOUT:
                pump(0.1)
                now = cpu_ticks(proc.pid)
                if now != last:
                    last, calm = now, time.perf_counter()
                elif time.perf_counter() - calm >= 1.0:
                    break
            result.settled = calm - start
            result.rss_mb = vm_hwm_mb(proc.pid)
        os.write(master, b"q")
        deadline = time.perf_counter() + 10
        while proc.poll() is None and time.perf_counter() < deadline:
            pump(0.05)
        result.exit_code = proc.poll()
        return result
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)


def article_bodies() -> list[str]:
    """The seed's body first (so its first sentence opens the article), then eval texts."""
    seed = SEED.read_text(encoding="utf-8")
    bodies = [seed.split("\n---\n", 1)[1].strip() if seed.startswith("---\n") else seed]
    if EVAL_ARTICLES.is_dir():
        for path in sorted(EVAL_ARTICLES.glob("*.txt")) + sorted(EVAL_ARTICLES.glob("*.md")):
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            if text.startswith("---\n") and "\n---\n" in text[4:]:
                text = text[4:].split("\n---\n", 1)[1].strip()
            if text and text not in bodies:
                bodies.append(text)
    return bodies


def build_big_article(path: Path, size_mb: float) -> int:
    """A Markdown article of at least ``size_mb`` MiB made by repeating real text."""
    header = "---\ntitle: Five megabytes of agreements\npublished: 2020-03-05\n---\n\n"
    bodies = article_bodies()
    target = int(size_mb * 1024 * 1024)
    parts = [header]
    total = len(header.encode())
    i = 0
    while total < target:
        body = bodies[i % len(bodies)]
        chunk = (f"## Part {i + 1}\n\n" if i else "") + body + "\n\n"
        parts.append(chunk)
        total += len(chunk.encode())
        i += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path.stat().st_size


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else f"MISSED by {value / target - 1:.0%}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each case (default 7)")
    parser.add_argument("--size-mb", type=float, default=5.0, help="size of the big article")
    parser.add_argument("--no-big", action="store_true", help="skip the big article")
    args = parser.parse_args()
    # Both apps start from compiled bytecode, as an installed package does (an editable
    # install under PYTHONDONTWRITEBYTECODE would otherwise recompile src/ at every start).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=False)

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp_name:
        tmp = Path(tmp_name)
        bare = tmp / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        big = tmp / "big.md"
        script = briefing_script()
        cases = [
            Case("bare Textual app", [sys.executable, str(bare)], BARE_PHRASE, memory=True),
            Case("example (seed)", [script, str(SEED)], SEED_PHRASE, target=TARGET_EXAMPLE),
            Case(
                "example, first open",
                [script, str(SEED)],
                SEED_PHRASE,
                target=TARGET_EXAMPLE,
                cold=True,
            ),
            Case(
                "example, 1,000 notes",
                [script, str(SEED)],
                SEED_PHRASE,
                target=TARGET_EXAMPLE,
                store=seeded_store(tmp / "notes.json", 1000),
            ),
        ]
        if not args.no_big:
            size = build_big_article(big, args.size_mb)
            cases.append(
                Case(
                    f"{size / 1048576:.1f} MiB article",
                    [script, str(big)],
                    SEED_PHRASE,
                    memory=True,
                    target=TARGET_BIG,
                )
            )
        env = bench_env(tmp)
        # One untimed run of each warms the OS file cache and Python's bytecode cache.
        for case in cases:
            run_once(case, env)
        for i in range(args.runs):
            for case in cases:
                case.runs.append(run_once(case, env))
            print(
                f"  round {i + 1}/{args.runs}: "
                + ", ".join(f"{c.name} {c.runs[-1].paint * 1000:.0f} ms" for c in cases),
                flush=True,
            )

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    bare_median = cases[0].median_paint()
    bare_cpu = cases[0].median_cpu()
    print()
    print(
        f"First paint in a {COLS}x{ROWS} pty, median of {args.runs} interleaved runs "
        f"(load average {load:.2f}, {os.cpu_count()} CPUs)"
    )
    print(
        f"{'case':<20} {'wall':>7} {'min':>6} {'max':>6} {'ratio':>6} {'target':>6}  "
        f"{'verdict':<15} {'CPU':>6} {'ratio':>6}"
    )
    for case in cases:
        paints = [r.paint for r in case.runs]
        ratio = case.median_paint() / bare_median
        target = case.target
        cpu = case.median_cpu()
        judged = verdict(ratio, target) if target else "reference"
        print(
            f"{case.name:<20} {case.median_paint() * 1000:>5.0f}ms {min(paints) * 1000:>4.0f}ms "
            f"{max(paints) * 1000:>4.0f}ms {ratio:>5.2f}x "
            + (f"{target:>5.2f}x" if target else f"{'':>6}")
            + f"  {judged:<15} {cpu * 1000:>4.0f}ms {cpu / bare_cpu:>5.2f}x"
        )
    print()
    print(f"{'peak memory (VmHWM)':<22} {'median':>9} {'max':>8} {'idle after':>11} {'target':>7}")
    for case in cases:
        if not case.memory:
            continue
        rss = [r.rss_mb for r in case.runs if r.rss_mb is not None]
        settled = statistics.median(r.settled for r in case.runs if r.settled is not None)
        is_bare = case is cases[0]
        target = "" if is_bare else f"{TARGET_RSS_MB} MB"
        note = "reference" if is_bare else verdict(max(rss), TARGET_RSS_MB)
        print(
            f"{case.name:<22} {statistics.median(rss):>7.0f}MB {max(rss):>6.0f}MB "
            f"{settled:>10.1f}s {target:>7}  {note}"
        )
    bad = [f"{c.name} ({r.exit_code})" for c in cases for r in c.runs if r.exit_code != 0]
    if bad:
        print(f"\nwarning: non-zero exit after q in: {sorted(set(bad))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
