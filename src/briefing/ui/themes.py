"""Theme files (``themes/*.toml``) registered through Textual's Theme API.

A broken theme file never stops the app: it is skipped with a message and the default
theme is used.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from textual.theme import Theme

DEFAULT_THEME = "briefing-dark"
HIGHLIGHT_VARIABLES = {
    "hl-key": "#5f5f00",
    "hl-question": "#005f87",
    "hl-evidence": "#005f00",
    "hl-followup": "#5f005f",
}
_FIELDS = (
    "primary",
    "secondary",
    "accent",
    "warning",
    "error",
    "success",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)


@dataclass
class LoadedThemes:
    themes: list[Theme] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def theme_from_toml(path: Path) -> Theme:
    """Build a Theme from one file; raises ValueError with a readable reason."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML: {exc}") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("missing 'name'")
    if not isinstance(data.get("primary"), str):
        raise ValueError("missing 'primary' colour")
    variables = dict(HIGHLIGHT_VARIABLES)
    extra = data.get("variables", {})
    if not isinstance(extra, dict):
        raise ValueError("'variables' must be a table")
    variables.update({str(k): str(v) for k, v in extra.items()})
    kwargs = {k: str(data[k]) for k in _FIELDS if k in data}
    theme = Theme(
        name=name.strip(), dark=bool(data.get("dark", True)), variables=variables, **kwargs
    )
    try:
        theme.to_color_system()  # validates every colour now rather than at first paint
    except Exception as exc:
        raise ValueError(f"bad colour: {exc}") from None
    return theme


def load_themes(*directories: Path) -> LoadedThemes:
    out = LoadedThemes()
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                out.themes.append(theme_from_toml(path))
            except ValueError as exc:
                out.errors.append(f"theme {path.name} ignored: {exc}")
    return out


def short_name(theme_name: str) -> str:
    return theme_name.removeprefix("briefing-")


def resolve_name(requested: str, available: list[str]) -> str | None:
    """Accept "dark" for "briefing-dark" as well as full theme names."""
    for candidate in (requested, f"briefing-{requested}"):
        if candidate in available:
            return candidate
    return None
