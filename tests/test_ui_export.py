"""File > Export documents: the dialog lists the documents and formats, takes a snapshot on
the GUI thread and runs the real exporters in a background thread (the event loop keeps
running: timers still fire), then offers to open the folder. The files are read back."""

from __future__ import annotations

import zipfile

import pytest
from boards_support import demo_ctl
from PySide6.QtCore import QTimer
from ui_support import make_settings

from smartbimtek.snapshot import take_snapshot
from ui.export_dialog import ExportDialog, _fraction, exports_module, slug

__all__ = ["demo_ctl"]  # the fixture this module uses from boards_support


def test_helpers():
    assert slug("Kabupaten Sukamaju!") == "kabupaten-sukamaju" and slug("") == "workshop"
    assert _fraction((0.5,)) == 0.5 and _fraction((50,)) == 0.5 and _fraction((1, 4)) == 0.25
    assert _fraction(("text",)) == 0.0 and _fraction((7, 0)) == 1.0


def test_dialog_choices_make_the_jobs(qtbot, demo_ctl, tmp_path):
    dialog = ExportDialog(demo_ctl, make_settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    for check in dialog.doc_checks.values():
        check.setChecked(False)
    dialog.doc_checks["data"].setChecked(True)
    dialog.format_checks["docx"].setChecked(True)
    dialog.format_checks["xlsx"].setChecked(True)
    dialog.format_checks["csv"].setChecked(False)
    jobs = dialog.jobs()
    assert [(j.document, j.fmt) for j in jobs] == [("data", "xlsx")]
    assert jobs[0].path == tmp_path / "out" / "kabupaten-sukamaju-data.xlsx"
    assert dialog.event_box.count() == 1 and dialog.event_box.currentData()
    for check in dialog.format_checks.values():
        check.setChecked(False)
    assert dialog.jobs() == [] and dialog.start() is False


@pytest.mark.skipif(exports_module() is None, reason="smartbimtek.exports.export not there yet")
def test_export_runs_in_the_background_and_writes_files(qtbot, demo_ctl, tmp_path):
    dialog = ExportDialog(demo_ctl, make_settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    for doc, check in dialog.doc_checks.items():
        check.setChecked(doc in ("summary", "data"))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert dialog.start()
    assert dialog.running and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.worker.finished, timeout=120_000):
        pass
    timer.stop()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.failures == []
    written = sorted(p.split("/")[-1] for p in dialog.written)
    module = exports_module()
    snapshot = take_snapshot(demo_ctl.ws)
    for doc, fmt in (("summary", "docx"), ("summary", "pdf"), ("data", "xlsx")):
        assert module.default_filename(snapshot, doc, fmt) in written
    for path in dialog.written:
        if path.endswith((".docx", ".xlsx")):
            assert zipfile.is_zipfile(path), path
        elif path.endswith(".pdf"):
            with open(path, "rb") as handle:
                assert handle.read(5) == b"%PDF-"
    assert dialog.progress.value() == 100 and dialog.open_folder_button.isEnabled()
    assert ticks, "the GUI event loop did not run during the export"


@pytest.mark.skipif(exports_module() is None, reason="smartbimtek.exports.export not there yet")
def test_a_failing_job_is_reported_and_the_others_run(qtbot, demo_ctl, tmp_path):
    dialog = ExportDialog(demo_ctl, make_settings(tmp_path))
    qtbot.addWidget(dialog)
    (tmp_path / "out").mkdir()
    blocked = exports_module().default_filename(take_snapshot(demo_ctl.ws), "data",
                                                "xlsx")
    (tmp_path / "out" / blocked).mkdir()  # a folder in the way
    dialog.folder.setText(str(tmp_path / "out"))
    for doc, check in dialog.doc_checks.items():
        check.setChecked(doc == "data")
    dialog.format_checks["csv"].setChecked(True)
    assert [j.fmt for j in dialog.jobs()] == ["xlsx", "csv"]
    assert dialog.start()
    with qtbot.waitSignal(dialog.worker.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert len(dialog.failures) == 1 and blocked in dialog.failures[0]
    assert len(dialog.written) == 1 and "data" in dialog.written[0]  # the CSV job ran
    assert "1" in dialog.status.text() and dialog.open_folder_button.isEnabled()


@pytest.mark.skipif(exports_module() is None, reason="smartbimtek.exports.export not there yet")
def test_export_never_replaces_a_workshop_and_asks_before_replacing(qtbot, demo_ctl,
                                                                   tmp_path, demo_file):
    import shutil

    from PySide6.QtWidgets import QMessageBox
    from test_ui_files import answer_next_box

    dialog = ExportDialog(demo_ctl, make_settings(tmp_path))
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    for doc, check in dialog.doc_checks.items():
        check.setChecked(doc == "data")
    dialog.format_checks["csv"].setChecked(False)
    name = exports_module().default_filename(take_snapshot(demo_ctl.ws), "data", "xlsx")
    victim = out / name
    shutil.copyfile(demo_file, victim)  # a workshop file that carries the export's name
    before = victim.read_bytes()
    assert dialog.start() is False and not dialog.running
    assert "never replaced" in dialog.status.text() and victim.read_bytes() == before
    victim.write_bytes(b"an older export")
    seen: list = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    assert dialog.start() is False
    assert seen and name in seen[0][0] and seen[0][1]  # asked, default No
    assert victim.read_bytes() == b"an older export"
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    assert dialog.start()
    with qtbot.waitSignal(dialog.worker.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.failures == [] and zipfile.is_zipfile(victim)
