"""The core never imports Textual: the UI calls the core, never the reverse."""

import subprocess
import sys


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import briefing.core.document, briefing.core.analysis, briefing.core.config\n"
        "import briefing.core.analysis.report, briefing.core.export\n"
        "from briefing.core.document import load_document\n"
        "from briefing.core.analysis import analyze\n"
        "from briefing.core.config import seed_path\n"
        "analyze(load_document(seed_path()))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual',))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_keys_doc_matches_the_commands() -> None:
    """docs/keys.md is generated from the command declarations; it must not drift."""
    from pathlib import Path

    from briefing.ui.keys_doc import keys_markdown

    doc = Path(__file__).resolve().parents[1] / "docs" / "keys.md"
    assert doc.read_text(encoding="utf-8").endswith(keys_markdown())
