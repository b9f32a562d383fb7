"""Both languages load; every error code has a human message naming the field; and no
visible text of any view (shell and boards), dialog, projector or table window is left in
English in the Indonesian UI.

The walk compares every visible text (labels, buttons, tabs, headers, menus, placeholders,
combo items, window titles) with the English source strings of all catalogues: a text that
equals (or, for ``{placeholder}`` templates, matches) a source string whose Indonesian
translation differs means that string was shown untranslated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from ui_support import make_controller, make_settings, opd_id, settle

from smartbimtek.errors import (
    NotFoundError,
    PermissionDenied,
    SmartBimtekError,
    ValidationError,
    WorkshopFileError,
    WorkshopLockedError,
)
from smartbimtek.paths import TRANSLATIONS
from ui import i18n
from ui.file_menu import PinDialog, TableModeDialog
from ui.main_window import MainWindow
from ui.messages import error_text, field_label
from ui.start_screen import NewWorkshopDialog
from ui.views.roster import TemplateDialog

VALIDATION_CODES = ("empty", "too_long", "choice", "type", "range", "format", "duplicate",
                    "unknown_opd", "unknown_field", "mismatch", "not_found", "unknown")
FILE_CODES = ("locked", "corrupt", "truncated", "foreign", "newer", "missing")


@pytest.fixture
def indonesian(qapp):
    """The Indonesian catalogues installed for one test (English again afterwards)."""
    assert i18n.install(qapp, "id") == "id"
    yield
    i18n.install(qapp, "en")


def test_both_languages_load(qapp):
    assert i18n.translation_files("id"), "no compiled Indonesian catalogue"
    assert i18n.install(qapp, "en") == "en" and i18n.current_language() == "en"
    english = error_text(ValidationError("text", "x", code="empty"))
    assert english == "Text must not be empty."
    assert i18n.install(qapp, "id") == "id" and i18n.current_language() == "id"
    try:
        assert error_text(ValidationError("text", "x", code="empty")) == \
            "Teks tidak boleh kosong."
        assert field_label("missions[2]") == "Misi"
    finally:
        i18n.install(qapp, "en")
    assert i18n.install(qapp, "xx") == "id"  # unknown: back to the default
    i18n.install(qapp, "en")


def test_every_error_code_has_a_message(indonesian):
    texts = set()
    for code in VALIDATION_CODES:
        text = error_text(ValidationError("minutes", "detail", code=code, record="row 4",
                                          length=30000, max=20000, minimum=1, maximum=600))
        assert "Durasi (menit)" in text and "baris" in text, (code, text)
        texts.add(text)
    assert len(texts) == len(VALIDATION_CODES) - 1  # not_found and unknown share a text
    for code in FILE_CODES:
        exc = WorkshopLockedError("x") if code == "locked" else WorkshopFileError(
            "x", code=code)
        text = error_text(exc)
        assert text and text != "x" and "berkas" in text.lower(), code
        texts.add(text)
    others = [NotFoundError("x"), PermissionDenied("x"),
              PermissionDenied("x", code="locked_input"),
              PermissionDenied("x", code="vote_budget", budget=5, used=4),
              PermissionDenied("x", code="runner"),
              SmartBimtekError("gagal", code="export_failed"), SmartBimtekError("aneh")]
    for exc in others:
        texts.add(error_text(exc))
    assert "Jatah suara habis: 4 dari 5 titik sudah diberikan ke program lain." in texts
    assert "Dokumen tidak dapat diekspor: gagal" in texts
    assert len(texts) == len(VALIDATION_CODES) - 1 + len(FILE_CODES) + len(others)


def _catalogue() -> tuple[dict[str, str], list[tuple[re.Pattern, re.Pattern]]]:
    """English source -> Indonesian translation for every catalogue, and the templates."""
    plain: dict[str, str] = {}
    templates: list[tuple[re.Pattern, re.Pattern]] = []
    for ts in sorted(TRANSLATIONS.glob("*_id.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            translation = "" if node is None or node.get("type") == "unfinished" else (
                node.text or "")
            if translation == source:
                continue  # the same word in both languages ("OPD", "Status")
            if "{" in source:
                templates.append((_pattern(source), _pattern(translation)))
            elif source.strip():
                plain[_clean(source)] = translation
    return plain, templates


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{[^}]*\}|%n|%\d", _clean(template))
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S)


def _clean(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def _texts(widget: QWidget) -> list[str]:
    """Every text a widget shows."""
    found = [widget.windowTitle(), widget.toolTip()] if widget.isWindow() else [
        widget.toolTip()]
    if isinstance(widget, QLabel):
        found.append(widget.text())
    if isinstance(widget, QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        found += [widget.tabText(i) for i in range(widget.count())]
    header = widget.horizontalHeader() if isinstance(widget, QTableView) else (
        widget.header() if isinstance(widget, QTreeView) else None)
    if header is not None and widget.model() is not None:
        for section in range(header.count()):
            found.append(str(widget.model().headerData(section, Qt.Orientation.Horizontal)
                             or ""))
    if isinstance(widget, QMenu):
        found.append(widget.title())
        found += [a.text() for a in widget.actions()]
    found += [a.text() for a in widget.actions()]
    return [t for t in found if t and t.strip()]


def _collect(widgets: list[QWidget]) -> list[tuple[str, str]]:
    """(widget class, text) of every text the widgets show now."""
    return [(type(w).__name__, t) for w in widgets for t in _texts(w)]


def _untranslated(shown: list[tuple[str, str]]) -> set[str]:
    plain, templates = _catalogue()
    bad = set()
    for kind, raw in shown:
        text = _clean(raw)
        if text in plain and plain[text] != text:
            bad.add(f"{kind}: {raw!r}")
            continue
        for english, indonesian in templates:
            if english.match(text) and not indonesian.match(text):
                bad.add(f"{kind}: {raw!r} (template)")
                break
    return bad


def _walk(qtbot, tmp_path) -> list[tuple[str, str]]:
    """Every text of every view, the menus, the projector boards, table mode and dialogs."""
    controller = make_controller(tmp_path)
    settings = make_settings(tmp_path)
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.resize(1366, 768)
    window.show()
    shown: list[tuple[str, str]] = []
    for key in window.views:
        view = window.show_view(key)
        settle(qtbot)
        if hasattr(view, "tabs"):
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                settle(qtbot)
    shown += _collect([window, *window.findChildren(QWidget)])
    shown += _collect(window.menuBar().findChildren(QMenu))
    projector = window.projector
    projector.show()
    for kind, param in (("agenda", None), ("swot", opd_id(controller, "DLH")),
                        ("overview", "dimension"), ("matrix", None), ("quickwins", None),
                        ("join", None)):
        controller.show_on_projector(kind, param)
        settle(qtbot)
        shown += _collect([projector, *projector.findChildren(QWidget)])
    table = window.files.start_table_mode(opd_id(controller, "DLH"))
    shown += _collect([table, *table.findChildren(QWidget)])
    table.force_close()
    dialogs = [NewWorkshopDialog(str(tmp_path)), PinDialog(), TemplateDialog(set()),
               TableModeDialog([])]
    for dialog in dialogs:
        shown += _collect([dialog, *dialog.findChildren(QWidget)])
        dialog.deleteLater()
    start = MainWindow(type(controller)(), settings, projector=False)
    qtbot.addWidget(start)
    shown += _collect([start, *start.findChildren(QWidget)])
    QApplication.processEvents()
    return shown


def test_the_walk_finds_english_texts(qtbot, tmp_path, qapp):
    """The check is not vacuous: in the English UI it sees many source strings."""
    i18n.install(qapp, "en")
    bad = _untranslated(_walk(qtbot, tmp_path))
    assert len(bad) > 100
    assert any("'Add OPD'" in line for line in bad)


def test_no_visible_string_left_untranslated(qtbot, tmp_path, indonesian):
    bad = _untranslated(_walk(qtbot, tmp_path))
    assert not bad, "\n".join(sorted(bad))


def test_english_counts_have_singular_and_plural_forms(qapp):
    """"1 program", "2 programs", never "2 program(s)": the English catalogues hold the forms."""
    from PySide6.QtCore import QCoreApplication

    assert i18n.translation_files("en"), "no English plural catalogue (tools/update_translations)"
    try:
        i18n.install(qapp, "en")
        text = QCoreApplication.translate
        assert text("ProgramsView", "%n program(s)", "", 1) == "1 program"
        assert text("ProgramsView", "%n program(s)", "", 2) == "2 programs"
        assert text("ProgramEditor", "%n strategy(ies)", "", 1) == "1 strategy"
        assert text("ProgramEditor", "%n strategy(ies)", "", 3) == "3 strategies"
        assert text("IfasEditor", "%n item(s) have no weight or rating yet.", "", 1) == \
            "1 item has no weight or rating yet."
        i18n.install(qapp, "id")
        assert text("ProgramsView", "%n program(s)", "", 2) == "2 program"
    finally:
        i18n.install(qapp, "en")


def test_every_plural_message_has_english_forms():
    """The English catalogues are complete: every %n message has both forms filled."""
    import xml.etree.ElementTree as ET

    from smartbimtek.paths import TRANSLATIONS

    for ts in sorted(TRANSLATIONS.glob("*_en.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2 and all(f.strip() for f in forms), (ts.name, forms)
            assert "(s)" not in "".join(forms) and "(ies)" not in "".join(forms)


def test_every_catalogue_message_has_a_context():
    """A message lupdate could not place in a context (a module-level wrapper around
    ``translate``) is never found at run time: the text would stay English."""
    import xml.etree.ElementTree as ET

    from smartbimtek.paths import TRANSLATIONS

    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            sources = [m.findtext("source") for m in context.iter("message")]
            assert (context.findtext("name") or "").strip(), (ts.name, sources[:3])
