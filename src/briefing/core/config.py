"""Where briefing keeps its files: platformdirs locations, overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "briefing"


def seed_path() -> Path:
    """The example article shipped in ``seeds/`` (also inside the installed package)."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], here.parents[1]):
        candidate = base / "seeds" / "idlib-ceasefire-2020-03-05.md"
        if candidate.is_file():
            return candidate
    return here.parents[3] / "seeds" / "idlib-ceasefire-2020-03-05.md"


def themes_dir() -> Path:
    """Bundled theme files (``themes/*.toml`` at the top of the project)."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], here.parents[1]):
        if (base / "themes").is_dir():
            return base / "themes"
    return here.parents[3] / "themes"


def user_themes_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "themes"


def default_store_path() -> Path:
    """``$BRIEFING_STORE`` if set, else ``briefing.json`` in the user data directory."""
    env = os.environ.get("BRIEFING_STORE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP)) / "briefing.json"


def default_export_dir() -> Path:
    return Path(platformdirs.user_documents_dir()) / "briefing"


def settings_path() -> Path:
    """Small preferences (the theme) in the user config directory, ``$BRIEFING_CONFIG``."""
    env = os.environ.get("BRIEFING_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP)) / "settings.json"


def read_settings(path: Path | None = None) -> dict[str, object]:
    """The saved preferences; an unreadable file counts as none (it is rewritten on save)."""
    import json

    try:
        data = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_settings(values: dict[str, object], path: Path | None = None) -> str | None:
    """Save preferences atomically; returns a one-line error instead of raising."""
    import json
    import tempfile

    target = path or settings_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(values, fh, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        return f"settings not saved: {exc.strerror or exc}"
    return None
