"""Settings for every test: the document cache lives in a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_document_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Parsed articles are cached in a directory of the test run, never in ~/.cache."""
    path = tmp_path_factory.getbasetemp() / "document-cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_CACHE", str(path))
        yield path
