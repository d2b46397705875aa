"""Shared helpers for the benchmarks: real article text, repeated to a target size."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval" / "dev" / "articles"


def real_text() -> str:
    """The seed article plus the development articles when ../shared is present."""
    parts = []
    seed = (ROOT / "seeds" / "idlib-ceasefire-2020-03-05.md").read_text(encoding="utf-8")
    parts.append(seed.split("---", 2)[2].strip())
    if SHARED.is_dir():
        parts.extend(p.read_text(encoding="utf-8").strip() for p in sorted(SHARED.glob("*.txt")))
    return "\n\n".join(parts) + "\n\n"


def article_of_size(n_bytes: int) -> str:
    base = real_text()
    copies = n_bytes // len(base.encode("utf-8")) + 1
    text = base * copies
    return text[: text.rfind("\n\n", 0, n_bytes)]
