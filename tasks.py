"""Two-command quick start: ``python tasks.py app`` and ``python tasks.py test``.

Both create (once) and reuse a local virtual environment in ``.venv`` and
reinstall the project there only when ``pyproject.toml`` has changed. Works on
Windows, macOS and Linux with Python 3.11+; nothing is installed by hand.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".smartbimtek-installed"


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
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        print("Installing SmartBimtek and its dependencies into .venv ...", flush=True)
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", f"{ROOT}[test]"]
        )
        STAMP.write_text(digest)
    return python


def main(argv: list[str]) -> int:
    """Dispatch ``app`` (run the desktop app) or ``test`` (run the test suite)."""
    if not argv or argv[0] not in {"app", "test", "bench", "lint"}:
        print("usage: python tasks.py app | test [pytest args] | bench | lint")
        return 2
    python = str(ensure_venv())
    command, rest = argv[0], argv[1:]
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
