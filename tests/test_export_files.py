"""Export files are written atomically: failures give a clear ``export_failed`` error and leave
no half-written file, no temp file, and an existing target untouched; plus the CLI."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from smartbimtek.cli import main
from smartbimtek.errors import SmartBimtekError
from smartbimtek.exports import ExportError, export, files
from smartbimtek.services import plan, roster, swot
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A small workshop file and its snapshot."""
    path = tmp_path_factory.mktemp("small") / "small.bimtek"
    with open_workshop(path, create=True) as ws:
        plan.update_plan(ws, region_name="Kota Contoh", region_type="kota")
        plan.add_event(ws, "II", venue="Aula", start_date="2026-12-01")
        opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan", 1)
        swot.add_item(ws, opd.id, "S", "Data lengkap")
        snap = take_snapshot(ws)
    return {"path": path, "snap": snap}


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".~")]


def test_missing_folder(small, tmp_path):
    target = tmp_path / "tidak-ada" / "plan.pdf"
    with pytest.raises(ExportError) as caught:
        export(small["snap"], "summary", "pdf", target)
    assert caught.value.code == "export_failed"
    assert caught.value.params["reason"] == "folder_missing"
    assert "does not exist" in str(caught.value)
    assert not target.exists()


def test_unwritable_folder(small, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(ExportError) as caught:
        export(small["snap"], "summary", "docx", tmp_path / "x.docx")
    assert caught.value.params["reason"] == "folder_not_writable"
    assert "cannot be written" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_target_open_in_word(small, tmp_path, monkeypatch):
    """On Windows a file open in Word refuses the replace: the old file stays, no temp left."""
    target = tmp_path / "masterplan.docx"
    target.write_bytes(b"old version")
    real_replace = os.replace

    def locked(src, dst):
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        export(small["snap"], "summary", "docx", target)
    assert caught.value.params["reason"] == "target_locked"
    assert "open in another program" in str(caught.value) and str(target) in str(caught.value)
    assert target.read_bytes() == b"old version"
    assert leftovers(tmp_path) == []


def test_disk_full_while_writing(tmp_path):
    def write(handle):
        handle.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as caught:
        files.atomic_write(tmp_path / "out.xlsx", write)
    assert caught.value.params["reason"] == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_renderer_error_leaves_nothing(tmp_path):
    def write(handle):
        handle.write(b"partial")
        raise ValueError("renderer bug")

    with pytest.raises(ValueError):
        files.atomic_write(tmp_path / "out.pdf", write)
    assert list(tmp_path.iterdir()) == []


def test_success_replaces_atomically_with_normal_permissions(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    files.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == files.FILE_MODE


def test_unknown_document_or_format(small, tmp_path):
    with pytest.raises(SmartBimtekError) as caught:
        export(small["snap"], "buku", "pdf", tmp_path / "x.pdf")
    assert caught.value.code == "choice"
    with pytest.raises(SmartBimtekError) as caught:
        export(small["snap"], "data", "pdf", tmp_path / "x.pdf")
    assert "xlsx or csv" in str(caught.value)
    with pytest.raises(SmartBimtekError) as caught:
        export(small["snap"], "report", "pdf", tmp_path / "x.pdf", event_id="nope")
    assert caught.value.code == "not_found"


def test_export_accepts_an_open_workshop(small, tmp_path):
    with open_workshop(small["path"]) as ws:
        out = export(ws, "data", "xlsx", tmp_path / "data.xlsx")
    assert out.stat().st_size > 1000


def test_cli_export_one_and_all(small, tmp_path, capsys):
    out = tmp_path / "laporan.pdf"
    assert main(["export", str(small["path"]), "--document", "report", "--format", "pdf",
                 "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out
    by_stage = tmp_path / "laporan-ii.docx"
    assert main(["export", str(small["path"]), "-d", "report", "-f", "docx", "--event", "II",
                 "-o", str(by_stage)]) == 0
    assert by_stage.stat().st_size > 1000
    assert main(["export", str(small["path"]), "-d", "report", "-f", "docx", "--event", "IV",
                 "-o", str(tmp_path / "none.docx")]) == 2
    assert not (tmp_path / "none.docx").exists()
    assert main(["export", str(small["path"]), "--all", str(tmp_path / "semua")]) == 0
    names = sorted(p.name for p in (tmp_path / "semua").iterdir())
    assert "draft-masterplan-kota-contoh.pdf" in names
    assert "laporan-pelaksanaan-kota-contoh-bimtek-ii.docx" in names
    assert "data-workshop-kota-contoh" in names


def test_cli_errors_exit_2(small, tmp_path, capsys):
    assert main(["export", str(small["path"]), "--document", "masterplan", "--format", "pdf",
                 "-o", str(tmp_path / "tidak-ada" / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert main(["export", str(small["path"]), "--document", "data", "--format", "docx",
                 "-o", str(tmp_path / "x.docx")]) == 2
    assert "xlsx or csv" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "none.bimtek"), "--all", str(tmp_path)]) == 2
    assert main(["export", str(small["path"])]) == 2
    assert "--all" in capsys.readouterr().err


def test_empty_workshop_exports_with_placeholders(tmp_path):
    """Any moment of the workshop: a brand-new file exports too, saying what is missing."""
    from pypdf import PdfReader

    from smartbimtek.exports import export_all

    with open_workshop(tmp_path / "new.bimtek", create=True) as ws:
        snap = take_snapshot(ws)
    written = export_all(snap, tmp_path / "out")
    assert len(written) == 8  # no event yet: no report
    plan_pdf = next(p for p in written if p.name.startswith("draft") and p.suffix == ".pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(plan_pdf).pages)
    assert "[Nama daerah belum diisi]" in text
    assert "[Belum diisi: rumusan visi smart city daerah; diisi pada Rencana > Arah]" in text
    assert "[Belum diisi: program per dimensi; disusun pada Program > tab Rencana]" in text
    with pytest.raises(SmartBimtekError) as caught:
        export(snap, "report", "pdf", tmp_path / "r.pdf")
    assert caught.value.code == "not_found"


def test_export_in_a_background_thread(small, tmp_path):
    """The desktop takes the snapshot on the GUI thread and exports from a worker thread."""
    import threading

    seen: list[tuple[int, int, str, str]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            export(small["snap"], "masterplan", "pdf", tmp_path / "bg.pdf",
                   progress=lambda d, t, label: seen.append(
                       (d, t, label, threading.current_thread().name)))
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)

    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join(120)
    assert not errors and not worker.is_alive()
    assert (tmp_path / "bg.pdf").read_bytes().startswith(b"%PDF")
    assert seen and {s[3] for s in seen} == {"export-worker"}
    assert seen[-1][:2] == (100, 100)
