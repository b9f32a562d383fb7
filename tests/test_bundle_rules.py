"""What the portable bundle leaves out (``packaging/bundle_rules.py``, used by
``packaging/smartbimtek.spec``), checked without building it: the rules hold for Linux, Windows
and macOS file names, the guide's screenshots are the ones the help viewer shows, and the app
imports none of the modules the bundle leaves out. ``tests/test_bundle.py`` checks the built
folder itself.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _rules():
    """``packaging/bundle_rules.py`` (``packaging`` is not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location("bundle_rules",
                                                  ROOT / "packaging" / "bundle_rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dest, unused", [
    # Linux (PySide6/Qt/plugins, lib*.so), Windows (PySide6\plugins, *.dll), macOS (*.dylib)
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.dylib", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6\\plugins\\imageformats\\qwebp.dll", True),
    ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqgif.dylib", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6\\plugins\\iconengines\\qsvgicon.dll", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6\\opengl32sw.dll", True),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", True),
    ("PySide6\\plugins\\generic\\qtuiotouchplugin.dll", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", False),
    ("PySide6\\Qt6Gui.dll", False),
])
def test_bundle_rules_name_the_unused_qt_binaries_on_every_platform(dest, unused):
    assert _rules().unused_binary(dest) is unused


@pytest.mark.parametrize("dest, wanted", [
    ("docx/templates/default.docx", True),
    ("docx/templates/default-header.xml", True),
    ("docx/templates/default-docx-template/word/styles.xml", False),
    ("docx\\templates\\default-docx-template\\word\\styles.xml", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6\\translations\\qtbase_de.qm", False),
    ("resources/translations/shell_id.qm", True),
    ("resources/fonts/DejaVuSans.ttf", True),
])
def test_bundle_rules_leave_out_unused_data(dest, wanted):
    assert _rules().wanted_data(dest) is wanted


def test_bundle_rules_take_exactly_the_screenshots_the_guide_shows():
    """The bundle carries the pictures the user guide names, not every screenshot in docs/."""
    from ui import help_viewer

    rules = _rules()
    assert rules.GUIDE_IMAGE.pattern == help_viewer._IMAGE.pattern  # the viewer's own rule
    text = (ROOT / "docs" / "guide.md").read_text("utf-8")
    names = rules.guide_images(text)
    assert names == sorted(set(help_viewer._IMAGE.findall(text)))
    assert names and all((ROOT / "docs" / name).is_file() for name in names)
    assert len(names) < len(list((ROOT / "docs" / "screenshots").glob("*.png")))
    assert rules.guide_images("![a](screenshots/a.png) ![b](https://x.org/b.png) "
                              "![c](../secret.png) ![d](/etc/d.png)") == ["screenshots/a.png"]


@pytest.mark.parametrize("platform, strip", [("linux", True), ("win32", False),
                                             ("darwin", False)])
def test_bundle_rules_strip_debug_symbols_on_linux_only(platform, strip):
    assert _rules().strip_binaries(platform) is strip


#: Left-out modules that the app's libraries do import, each inside ``try: ... except
#: ImportError`` with a fallback: ssl (http.client, urllib.request, werkzeug.serving: only
#: https needs it) and Pillow's AVIF plugin (Pillow skips a plugin that does not import).
OPTIONAL_IMPORTS = {"ssl", "_ssl", "PIL._avif", "PIL.AvifImagePlugin"}

_IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import smartbimtek, ui
for package in (smartbimtek, ui):
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not found.name.endswith("__main__"):
            importlib.import_module(found.name)
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.timeout(120)
def test_the_app_imports_no_module_the_bundle_leaves_out(tmp_path):
    """Every module of ``smartbimtek`` and ``ui`` imported in a fresh interpreter: none of them
    (nor the libraries they import at load time) needs a module that the bundle leaves out,
    except the optional imports above."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _IMPORT_EVERYTHING], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=110, check=True)
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "ui.app" in loaded and "smartbimtek.cli" in loaded
    excluded = set(_rules().EXCLUDES)
    needed = {name for name in loaded
              if any(name == x or name.startswith(x + ".") for x in excluded)}
    assert needed <= OPTIONAL_IMPORTS, sorted(needed - OPTIONAL_IMPORTS)
