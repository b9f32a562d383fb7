"""``python -m ui.screenshots OUTDIR --size WxH``: every console page, table mode tab and
projector board, at the size asked, with the size in each name (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from ui.screenshots import (
    CONSOLE_PAGES,
    PROJECTOR_BOARDS,
    TABLE_TABS,
    parse_size,
    planned_files,
)

ROOT = Path(__file__).resolve().parent.parent


def test_parse_size():
    assert parse_size("1024x768") == (1024, 768)
    assert parse_size("1920X1080") == (1920, 1080)
    for bad in ("1024", "axb", "1024x", "100x100"):
        with pytest.raises(ValueError):
            parse_size(bad)


def test_every_screen_is_shot_at_1024x768(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "ui.screenshots", str(tmp_path),
                             "--size", "1024x768"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=300, check=True)
    assert "cannot shrink" not in result.stdout
    stems = ["console-start"]
    stems += [f"table-{tab}" for tab in TABLE_TABS]
    for key, _attribute, tabs in CONSOLE_PAGES:
        plain = f"console-{key}"
        stems += [plain] if not tabs else [
            plain if index == 0 and key in ("swot", "programs", "matrix")
            else f"{plain}-{tab}" for index, tab in enumerate(tabs)]
    stems += [f"projector-{name}" for _kind, _param, name in PROJECTOR_BOARDS]
    for stem in stems:
        path = tmp_path / f"{stem}-1024x768.png"
        assert path.exists(), path.name
        with Image.open(path) as image:
            assert image.size == (1024, 768), path.name
    assert (tmp_path / "console-export-1024x768.png").exists()
    # planned_files (what the guide-link test reads) lists exactly what was written
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(planned_files((1024, 768)))
