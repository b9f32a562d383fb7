"""Where the program's shared resources live (fonts, web assets, translations), and what build
this is.

``resources/`` sits at the top level of the project, beside the packages. It is found in three
layouts, in this order:

1. a bundle made by PyInstaller (``python3 tasks.py bundle``): ``sys.frozen`` is set and the
   resources are unpacked to ``<sys._MEIPASS>/resources``, wherever the folder was put (a USB
   stick, a read-only share);
2. a checkout (also an editable install): ``resources/`` beside the ``smartbimtek`` package;
3. an installed wheel: the wheel carries ``resources/`` as the data package
   ``smartbimtek_resources`` (``pyproject.toml``), found through the import system.

A bundle also carries ``resources/build_info.json`` (written by ``tasks.py bundle``) with the
version and the build time; a checkout or a wheel has none and is a development build.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from . import __version__

#: The name under which an installed wheel carries ``resources/``.
RESOURCES_PACKAGE = "smartbimtek_resources"
#: A file every complete ``resources/`` folder has (tells it from an unrelated folder).
_MARKER = Path("web") / "index.html"
BUILD_INFO_FILE = "build_info.json"


def find_resources() -> Path:
    """The ``resources/`` folder of this installation (bundle, checkout or installed wheel)."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources"
    beside = Path(__file__).resolve().parent.parent / "resources"
    if (beside / _MARKER).is_file():
        return beside
    try:
        spec = importlib.util.find_spec(RESOURCES_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / _MARKER).is_file():
                return Path(location)
    return beside  # missing: the error then names the expected place


#: The ``resources/`` folder of the project (see the module docstring for where it is found).
RESOURCES = find_resources()
FONTS = RESOURCES / "fonts"
WEB = RESOURCES / "web"
TRANSLATIONS = RESOURCES / "translations"


def build_info() -> dict[str, str | None]:
    """The version and, for a bundle, the UTC build time: ``{"version", "built"}``.

    ``built`` is ``None`` outside a bundle (a checkout or an installed wheel: a development
    build). A damaged build file counts as missing.
    """
    info: dict[str, str | None] = {"version": __version__, "built": None}
    try:
        data = json.loads((RESOURCES / BUILD_INFO_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return info
    if isinstance(data, dict):
        if isinstance(data.get("built"), str):
            info["built"] = data["built"]
        if isinstance(data.get("version"), str):
            info["version"] = data["version"]
    return info
