"""Two-command quick start: ``python tasks.py app`` and ``python tasks.py test``.

Both create (once) and reuse a local virtual environment in ``.venv`` and
reinstall the project there only when ``pyproject.toml`` has changed. Works on
Windows, macOS and Linux with Python 3.11+; nothing is installed by hand.

``python tasks.py bundle [--dist DIR] [--work DIR] [--no-zip]`` builds the portable
one-folder app for this platform with PyInstaller (the ``bundle`` extra, installed into
``.venv`` on first use, with its own stamp): ``DIR/SmartBimtek/`` and a zip of it
(docs/building.md).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".smartbimtek-installed"
BUNDLE_STAMP = VENV / ".smartbimtek-bundle-installed"
BUNDLE_NAME = "SmartBimtek"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv() -> Path:
    """Create ``.venv`` if missing and install the project with its test extras."""
    python = _venv_python()
    if not python.exists():
        print("Creating virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = _pyproject_digest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        print("Installing SmartBimtek and its dependencies into .venv ...", flush=True)
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", f"{ROOT}[test]"]
        )
        STAMP.write_text(digest)
    return python


def _pyproject_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_bundle_tools(python: Path) -> None:
    """Install the ``bundle`` extra (PyInstaller) into ``.venv`` once per ``pyproject.toml``."""
    digest = _pyproject_digest()
    if not BUNDLE_STAMP.exists() or BUNDLE_STAMP.read_text() != digest:
        print("Installing the bundle tools (PyInstaller) into .venv ...", flush=True)
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", f"{ROOT}[test,bundle]"]
        )
        BUNDLE_STAMP.write_text(digest)


def project_version() -> str:
    """The version in ``smartbimtek/__init__.py`` (read, not imported: no .venv needed)."""
    text = (ROOT / "smartbimtek" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    return found.group(1) if found else "0"


def platform_tag() -> str:
    """``windows-amd64``, ``linux-x86_64``, ``macos-arm64``...: the zip's name part."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def bundle(python: Path, argv: list[str]) -> int:
    """Build ``DIST/SmartBimtek/`` with PyInstaller and zip it; prints where they are."""
    parser = argparse.ArgumentParser(prog="tasks.py bundle")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-zip", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    ensure_bundle_tools(python)
    dist, work = args.dist.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    version = project_version()
    info = work / "build_info.json"
    built = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    info.write_text(json.dumps({"version": version, "built": built,
                                "platform": platform_tag()}), "utf-8")
    print(f"Building the {BUNDLE_NAME} folder with PyInstaller (a few minutes) ...", flush=True)
    code = subprocess.call(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
         str(ROOT / "packaging" / "smartbimtek.spec")],
        cwd=ROOT, env=dict(os.environ, SMARTBIMTEK_BUILD_INFO=str(info)))
    if code != 0:
        return code
    folder = dist / BUNDLE_NAME
    print(f"Built {folder}", flush=True)
    if not args.no_zip:
        name = f"{BUNDLE_NAME}-{version}-{platform_tag()}"
        partial = shutil.make_archive(str(work / name), "zip", root_dir=dist,
                                      base_dir=BUNDLE_NAME)
        target = dist / f"{name}.zip"
        shutil.move(partial, target)
        print(f"Zipped {target}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Dispatch ``app``, ``test``, ``bench``, ``lint`` or ``bundle``."""
    if not argv or argv[0] not in {"app", "test", "bench", "lint", "bundle"}:
        print("usage: python tasks.py app | test [pytest args] | bench | lint | bundle")
        return 2
    python = str(ensure_venv())
    command, rest = argv[0], argv[1:]
    if command == "bundle":
        return bundle(Path(python), rest)
    if command == "app":
        return subprocess.call([python, str(ROOT / "main.py"), *rest])
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "bench":
        return subprocess.call([python, str(ROOT / "bench" / "run_all.py"), *rest], cwd=ROOT)
    return subprocess.call([python, "-m", "ruff", "check", str(ROOT)], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
