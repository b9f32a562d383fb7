"""The core package never loads Qt: import all of it in a fresh interpreter and look."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import importlib, pkgutil, sys
    import smartbimtek
    failed, names = [], []
    for info in pkgutil.walk_packages(smartbimtek.__path__, "smartbimtek."):
        if info.name == "smartbimtek.__main__":
            continue  # running it would run the command line
        try:
            importlib.import_module(info.name)
            names.append(info.name)
        except Exception as exc:
            failed.append(f"{info.name}: {exc!r}")
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5",
                                                               "PyQt6"))
    print(len(names))
    print("FAILED", failed)
    print("QT", qt)
""")


def test_importing_every_core_module_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    count, failed, qt = result.stdout.strip().splitlines()[-3:]
    assert int(count) >= 20
    assert failed == "FAILED []"
    assert qt == "QT []"
