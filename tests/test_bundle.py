"""The portable build (``python3 tasks.py bundle``, docs/building.md) and the wheel.

Fast: ``smartbimtek/paths.py`` finds ``resources/`` in a frozen bundle, a checkout and an
installed wheel; the build information; every package is listed in ``pyproject.toml``;
Help > About shows the version and the build; ``--smoke-test`` of the app.

Slow: the wheel carries ``resources/`` and resolves it from an unpacked wheel; the Linux bundle
is built in a temporary folder (about a minute here) and its BUILT programs are run, not the
source tree: the command makes the demo, serves the phone page, a table's QR code and photo
uploads, exports the master plan (with its charts) and the report (with its photos) as PDF and
DOCX, read back; the desktop program opens the demo offscreen and quits on request; the folder
is small, holds none of what packaging/bundle_rules.py leaves out (tests/test_bundle_rules.py)
and is not written to by running it.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

import smartbimtek
from smartbimtek import paths

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
SIZE_LIMIT = 200_000_000  # bytes: the bundle's unzipped size target (issue 13)


# -- resources and build information ---------------------------------------------------------
def test_resources_found_in_a_frozen_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.find_resources() == tmp_path / "resources"


def test_resources_found_in_the_checkout():
    assert paths.find_resources() == ROOT / "resources"
    assert (paths.WEB / "index.html").is_file()
    assert (paths.FONTS / "DejaVuSans.ttf").is_file()


def test_a_checkout_is_a_development_build():
    assert paths.build_info() == {"version": smartbimtek.__version__, "built": None}


def test_build_info_of_a_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "RESOURCES", tmp_path)
    (tmp_path / paths.BUILD_INFO_FILE).write_text(
        json.dumps({"version": "9.8.7", "built": "2026-11-29 13:00 UTC"}), "utf-8")
    assert paths.build_info() == {"version": "9.8.7", "built": "2026-11-29 13:00 UTC"}
    (tmp_path / paths.BUILD_INFO_FILE).write_text("{damaged", "utf-8")
    assert paths.build_info()["built"] is None


def test_every_package_is_listed_in_pyproject():
    """pyproject lists the packages by hand (for smartbimtek_resources): none may be missing."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for top in ("smartbimtek", "ui") for init in (ROOT / top).rglob("__init__.py")}
    assert set(config["packages"]) == found | {"smartbimtek_resources"}
    assert config["package-dir"] == {"smartbimtek_resources": "resources"}


def test_about_shows_the_version_and_the_build(qtbot, tmp_path, monkeypatch):
    from ui_support import make_controller, make_settings, show

    from ui import main_window
    from ui.main_window import MainWindow

    window = show(qtbot, MainWindow(make_controller(tmp_path), make_settings(tmp_path),
                                    projector=False))
    text = window.about_text()
    assert smartbimtek.__version__ in text and "development build" in text
    monkeypatch.setattr(main_window, "build_info",
                        lambda: {"version": "1.2.3", "built": "2026-11-29 13:00 UTC"})
    text = window.about_text()
    assert "1.2.3" in text and "2026-11-29 13:00 UTC" in text
    assert "development build" not in text


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a program run by these tests: user folders in ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_"))}
    home = tmp_path / "home"
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
               LOCALAPPDATA=str(home / "Local"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_STATE_HOME=str(home / ".local" / "state"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen")
    return env


def test_smoke_test_option_fails_when_nothing_opens(tmp_path):
    """``--smoke-test`` quits with 3 when the workshop cannot be opened (so 0 means opened)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test", "--no-projector",
         str(tmp_path / "missing" / "none.bimtek")],
        env=_isolated_env(tmp_path), cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr


def _load_bench():
    """``bench/bundle.py`` as a module (``bench`` is not a package; ``_report`` registered by
    hand as in tests/test_bench_report.py)."""
    import importlib.util

    for name in ("_report", "bundle"):
        spec = importlib.util.spec_from_file_location(
            name if name == "_report" else "bench_bundle", ROOT / "bench" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        if name == "_report":
            sys.modules.setdefault("_report", module)
        spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size_mb, start_ms, expected", [(190.0, 450.0, 0), (210.0, 450.0, 1),
                                                         (190.0, 700.0, 1)])
def test_bundle_benchmark_exits_non_zero_on_a_miss(monkeypatch, tmp_path, size_mb, start_ms,
                                                   expected):
    bench = _load_bench()
    monkeypatch.setattr(bench, "bench", lambda folder, work: [
        {"metric": "bundle.folder_size", "value": size_mb, "unit": "MB", "target": 200.0,
         "baseline": None},
        {"metric": "bundle.app_startup_first_paint", "value": start_ms, "unit": "ms",
         "target": 520.0, "baseline": 400.0, "ratio": start_ms / 400.0, "runs": 7}])
    assert bench.main(["--folder", str(tmp_path)]) == expected


@pytest.mark.skipif(os.name == "nt", reason="symlinks need extra rights on Windows")
def test_bundle_size_counts_a_symlinked_library_once(tmp_path):
    (tmp_path / "lib.so").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "data.json").write_bytes(b"y" * 10)
    (tmp_path / "link.so").symlink_to(tmp_path / "lib.so")
    assert _load_bench().folder_size(tmp_path) == 1010


# -- the wheel ---------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.timeout(300)
def test_wheel_carries_the_resources(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "--disable-pip-version-check", "-q", "-w", str(tmp_path / "wheel"),
                    str(ROOT)], check=True, cwd=tmp_path, timeout=240)
    (wheel,) = (tmp_path / "wheel").glob("smartbimtek-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for name in ("smartbimtek_resources/web/index.html", "smartbimtek_resources/fonts/DejaVuSans.ttf",
                 "smartbimtek_resources/fonts/LICENSE-DejaVu.txt",
                 "smartbimtek_resources/translations/shell_id.qm",
                 "smartbimtek/reference/demo_content.json",
                 "smartbimtek/schema/interchange.schema.json", "ui/app.py"):
        assert name in names
    assert not any(n.endswith(".ts") or n.startswith(("resources/", "tests/")) for n in names)
    probe = ("import json, smartbimtek\nfrom smartbimtek import paths\n"
             "print(json.dumps([smartbimtek.__file__, str(paths.RESOURCES), "
             "paths.FONTS.joinpath('DejaVuSans.ttf').is_file(), paths.build_info()]))")
    env = dict(_isolated_env(tmp_path), PYTHONPATH=str(tmp_path / "site"))
    result = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path,
                            capture_output=True, text=True, check=True, timeout=60)
    module, resources, font_found, info = json.loads(result.stdout)
    assert Path(module).is_relative_to(tmp_path / "site")
    assert Path(resources) == tmp_path / "site" / "smartbimtek_resources"
    assert font_found and info["built"] is None


# -- the bundle --------------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """Build the bundle for this platform once (``tasks.py bundle``) in a temporary folder, or
    take the folder built just before (``SMARTBIMTEK_BUNDLE``: the Windows CI workflow)."""
    if os.environ.get("SMARTBIMTEK_BUNDLE"):
        folder = Path(os.environ["SMARTBIMTEK_BUNDLE"]).resolve()
    else:
        base = tmp_path_factory.mktemp("bundle")
        subprocess.run([sys.executable, str(ROOT / "tasks.py"), "bundle", "--dist",
                        str(base / "dist"), "--work", str(base / "work")],
                       check=True, cwd=ROOT, timeout=1500)
        folder = base / "dist" / "SmartBimtek"
    return {"folder": folder, "zips": sorted(folder.parent.glob("SmartBimtek-*.zip")),
            "before": _snapshot(folder)}


def _cli(bundle, *args, tmp_path, **kwargs):
    program = bundle["folder"] / f"smartbimtek-cli{EXE}"
    return subprocess.run([str(program), *args], env=_isolated_env(tmp_path), cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, **kwargs)


def _phone_visit(base: str, code: str) -> dict:
    """What a phone does on the bundled server: the page, joining a table with ``code``, the
    table's QR code, and a photo in each of the other formats a phone sends (PNG, WebP)."""
    import io
    from http.cookiejar import CookieJar

    from PIL import Image

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    seen = {}
    with opener.open(base + "/", timeout=10) as answer:
        seen["page"] = (answer.status, answer.read().decode("utf-8"))
    join = urllib.request.Request(base + "/api/join", method="POST",
                                  data=json.dumps({"code": code, "name": "Uji"}).encode(),
                                  headers={"Content-Type": "application/json", "Origin": base})
    with opener.open(join, timeout=10) as answer:
        csrf = json.loads(answer.read())["csrf"]
    with opener.open(base + "/api/share.svg", timeout=10) as answer:
        seen["qr"] = (answer.headers.get_content_type(), answer.read().decode("utf-8"))
    for kind in ("PNG", "WEBP"):
        picture = io.BytesIO()
        Image.new("RGB", (640, 480), (30, 120, 200)).save(picture, kind)
        upload = urllib.request.Request(
            base + f"/api/photos?caption={kind}", method="POST", data=picture.getvalue(),
            headers={"Content-Type": f"image/{kind.lower()}", "Origin": base,
                     "X-CSRF-Token": csrf, "Idempotency-Key": f"bundle-{kind}"})
        with opener.open(upload, timeout=60) as answer:
            seen[kind] = answer.status
    return seen


def _serve_and_visit(bundle, workshop: Path, tmp_path: Path) -> tuple[dict, bool]:
    """Start the bundled ``serve`` on a free local port, make a phone's visit once it has
    printed its table codes (``_phone_visit``), stop it. Also says whether the server process
    had a Qt library loaded (Linux; else False)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    program = bundle["folder"] / f"smartbimtek-cli{EXE}"
    server = subprocess.Popen([str(program), "serve", str(workshop), "--host", "127.0.0.1",
                               "--port", str(port)], env=_isolated_env(tmp_path), cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        codes, printed = [], []
        for line in server.stdout:  # the table of join codes, then "Press Ctrl+C to stop."
            printed.append(line)
            codes += re.findall(r"/j/([A-Z0-9]{6})\b", line)
            if "Ctrl+C" in line:
                break
        assert codes, "".join(printed)
        seen = _phone_visit(f"http://127.0.0.1:{port}", codes[0])
        maps = Path(f"/proc/{server.pid}/maps")
        return seen, maps.exists() and "Qt6" in maps.read_text("utf-8", "replace")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _media(docx_path: Path) -> list[str]:
    """The formats (Pillow's names) of the pictures inside a DOCX file."""
    import io

    from PIL import Image

    with zipfile.ZipFile(docx_path) as archive:
        return [Image.open(io.BytesIO(archive.read(name))).format
                for name in archive.namelist() if name.startswith("word/media/")]


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_bundled_command_makes_exports_and_serves_the_demo(bundle, tmp_path):
    """The BUNDLED command: demo, the phone server (page, join, QR code, PNG and WebP photos),
    then the master plan with its charts and the report (laporan) with those photos, as PDF
    and DOCX, read back."""
    from pypdf import PdfReader

    workshop = tmp_path / "demo.bimtek"
    result = _cli(bundle, "demo", str(workshop), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    seen, qt_loaded = _serve_and_visit(bundle, workshop, tmp_path)
    assert seen["page"][0] == 200 and "<html" in seen["page"][1].lower()
    assert seen["qr"][0] == "image/svg+xml" and seen["qr"][1].startswith("<svg")
    assert seen["PNG"] == seen["WEBP"] == 201  # decoded by the bundled Pillow
    assert not qt_loaded  # the command leaves out the Qt start-up hook of the desktop app
    out = {}
    for document in ("masterplan", "report"):
        for fmt in ("pdf", "docx"):
            out[document, fmt] = tmp_path / f"{document}.{fmt}"
            result = _cli(bundle, "export", str(workshop), "--document", document, "--format",
                          fmt, "-o", str(out[document, fmt]), tmp_path=tmp_path)
            assert result.returncode == 0, result.stderr
    plan = PdfReader(out["masterplan", "pdf"])
    text = "".join(page.extract_text() for page in plan.pages)
    # the charts' axis titles, drawn in the embedded font (the IFAS-EFAS and priority matrices)
    assert "Faktor internal (IFAS)" in text and "Upaya (effort)" in text
    assert "Kabupaten Sukamaju" in text and len(plan.pages) > 20
    assert _media(out["masterplan", "docx"]).count("PNG") >= 3  # charts drawn by Pillow
    # the two photos the phone sent, stored as JPEG (the demo of Bimtek I has none of its own)
    report = PdfReader(out["report", "pdf"])
    assert sum(len(page.images) for page in report.pages) == 2
    assert _media(out["report", "docx"]) == ["JPEG", "JPEG"]


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_bundled_app_opens_the_demo_and_quits(bundle, tmp_path):
    workshop = tmp_path / "demo.bimtek"
    assert _cli(bundle, "demo", str(workshop), tmp_path=tmp_path).returncode == 0
    app = bundle["folder"] / f"SmartBimtek{EXE}"
    result = subprocess.run([str(app), "--smoke-test", "--no-projector", str(workshop)],
                            env=_isolated_env(tmp_path), cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    if os.name != "nt":  # Windows' user folders come from the system, not the environment
        log = next((tmp_path / "home").rglob("smartbimtek.log")).read_text("utf-8")
        assert "SmartBimtek closed (exit code 0)" in log  # user data in the user's folders


def _elf_sections(path: Path) -> set[str]:
    """The section names of a 64-bit little-endian ELF file (``.debug_info``...)."""
    import struct

    data = path.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", path
    (table,) = struct.unpack_from("<Q", data, 0x28)
    entry, count, names_index = struct.unpack_from("<HHH", data, 0x3A)

    def section(index: int) -> tuple[int, int]:
        (name,) = struct.unpack_from("<I", data, table + index * entry)
        (offset,) = struct.unpack_from("<Q", data, table + index * entry + 0x18)
        return name, offset

    names = section(names_index)[1]
    return {data[names + name:data.index(b"\0", names + name)].decode()
            for name, _ in map(section, range(count))}


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_bundle_is_small_and_complete(bundle):
    folder = bundle["folder"]
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size < SIZE_LIMIT, f"bundle is {size / 1e6:.0f} MB"
    names = {p.name for p in files}
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    for unused in ("Qt6Network", "Qt6WebEngine", "Qt6Qml", "Qt6Quick", "Qt6Multimedia",
                   "Qt63D", "gtk-3", "qtbase_", "opengl32sw", "qsvgicon", "qtiff", "qwebp",
                   "_ssl.", "libssl", "_codecs_jp", "lcms2", "xdgdesktopportal"):
        assert not [n for n in names if unused.lower() in n.lower()], unused
    paths_in = [p.relative_to(folder).as_posix() for p in files]
    for unused in ("/tests/", "pytest", "charset_normalizer/", "default-docx-template/"):
        assert not [p for p in paths_in if unused in p], unused
    assert [p for p in paths_in if "/imageformats/" in p] == [
        p for p in paths_in if "/imageformats/" in p and "qjpeg" in p]  # JPEG photos only
    internal = folder / "_internal"
    guide = (internal / "docs" / "guide.md").read_text("utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", guide))  # as ui/help_viewer.py
    assert shown and {p.relative_to(internal / "docs").as_posix()
                      for p in (internal / "docs" / "screenshots").iterdir()} == shown
    if sys.platform.startswith("linux"):  # stripped of debug symbols (libpython: 23 -> 6 MB)
        (libpython,) = internal.glob("libpython3*.so*")
        assert not [s for s in _elf_sections(libpython) if s.startswith(".debug")]
    for needed in ("resources/web/index.html", "resources/fonts/DejaVuSans.ttf",
                   "resources/translations/shell_id.qm", "smartbimtek/reference/demo_content.json",
                   "smartbimtek/schema/interchange.schema.json", "docs/guide.md"):
        assert (internal / needed).is_file(), needed
    info = json.loads((internal / "resources" / "build_info.json").read_text("utf-8"))
    assert info["version"] == smartbimtek.__version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", info["built"])
    (archive,) = bundle["zips"]
    with zipfile.ZipFile(archive) as zipped:
        listed = set(zipped.namelist())
    assert f"SmartBimtek/smartbimtek-cli{EXE}" in listed and f"SmartBimtek/SmartBimtek{EXE}" in listed


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_running_the_bundle_writes_nothing_into_its_folder(bundle):
    """It runs from a read-only folder or a USB stick: the runs above changed nothing in it."""
    assert _snapshot(bundle["folder"]) == bundle["before"]
