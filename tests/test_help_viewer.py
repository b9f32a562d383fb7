"""F1 shows the user guide inside the app, offline, in the interface language, with its
pictures (issue 12): no system opener is involved."""

from __future__ import annotations

from pathlib import Path

from ui import help_viewer
from ui.help_viewer import HelpViewer, guide_path, guide_section

ROOT = Path(__file__).resolve().parent.parent

GUIDE = """# Panduan / guide

*intro*

---

# Bahasa Indonesia

Teks Indonesia.

![Layar](screenshots/a.png)

---

# English

English text.
"""


def test_guide_is_found_in_the_checkout():
    path = guide_path()
    assert path == ROOT / "docs" / "guide.md" and path.is_file()


def test_guide_section_follows_the_language():
    indonesian = guide_section(GUIDE, "id")
    english = guide_section(GUIDE, "en")
    assert indonesian.startswith("# Bahasa Indonesia") and "Teks Indonesia" in indonesian
    assert "English text" not in indonesian
    assert english.startswith("# English") and "English text" in english
    assert "Teks Indonesia" not in english
    assert guide_section("# One language only\n\nText.", "en") == "# One language only\n\nText."


def test_viewer_shows_the_guide_in_the_interface_language_with_pictures(qtbot, qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    text = viewer.browser.toPlainText()
    assert "Quick start" in text and "Mulai cepat" not in text
    assert viewer.image_found("screenshots/console-agenda.png")
    assert not viewer.image_found("screenshots/no-such-picture.png")
    # every picture the English part names is found
    names = viewer.image_names()
    assert names and all(viewer.image_found(n) for n in names), names
    i18n.install(qapp, "id")
    indonesian = HelpViewer()
    qtbot.addWidget(indonesian)
    assert "Mulai cepat" in indonesian.browser.toPlainText()
    assert "Quick start" not in indonesian.browser.toPlainText()


def test_viewer_search_finds_text(qtbot):
    viewer = HelpViewer(language="en")
    qtbot.addWidget(viewer)
    viewer.find_box.setText("backup")
    viewer.find_next()
    assert viewer.browser.textCursor().hasSelection()
    assert viewer.browser.textCursor().selectedText().lower() == "backup"


def test_missing_guide_says_so(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(help_viewer, "guide_path", lambda: tmp_path / "guide.md")
    viewer = HelpViewer(language="en")
    qtbot.addWidget(viewer)
    assert "not found" in viewer.browser.toPlainText()


def test_f1_opens_the_viewer_not_the_system_opener(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from ui_support import make_controller, make_settings, show

    from ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = show(qtbot, MainWindow(make_controller(tmp_path), make_settings(tmp_path),
                                    projector=False))
    window.app_actions.guide.trigger()
    viewer = window.findChild(HelpViewer)
    assert viewer is not None and viewer.isVisible()
    assert opened == []
    window.app_actions.guide.trigger()  # a second F1 raises the same window
    assert len(window.findChildren(HelpViewer)) == 1
