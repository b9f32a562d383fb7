"""Language of the user interface: Bahasa Indonesia (default) or English.

Source strings in the code are English; the Indonesian UI comes from the Qt Linguist files
``resources/translations/*_id.qm`` (one per helper: shell, boards, lan). ``install()`` loads
all of them when the language is Indonesian; in English it loads ``*_en.qm``, which hold only the
singular and plural forms of the ``%n`` messages. The language is chosen at start-up (from the
settings); changing it in the settings takes effect at the next start.

Qt's own dialogs (message boxes, file dialogs) look their button texts up in the contexts
listed in ``_QT_STRINGS``; lupdate extracts them into ``shell_id.ts`` so they are translated
with the rest (Qt ships no Indonesian ``qtbase`` catalogue).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from smartbimtek.paths import TRANSLATIONS

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_state: dict[str, object] = {"language": DEFAULT_LANGUAGE, "translators": []}

# Texts of Qt's standard buttons and dialogs, translated in shell_id.ts.
_QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


def translation_files(lang: str = "id") -> list[Path]:
    """The compiled catalogues of a language (``*_id.qm``), in a stable order. English has
    catalogues of its plural forms only (``*_en.qm``: "1 program", "2 programs")."""
    return sorted(TRANSLATIONS.glob(f"*_{lang}.qm"))


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the catalogues of ``lang`` (default Indonesian) into ``app``.

    Removes the catalogues installed before, so it may be called again. An unknown language
    falls back to Indonesian. Returns the language now in use.
    """
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    installed: list[QTranslator] = []
    for path in translation_files(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("cannot load translation %s", path)
    if lang == "id" and not installed:
        log.warning("no Indonesian catalogue found in %s: the UI shows English", TRANSLATIONS)
    _state["translators"] = installed
    _state["language"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id"
                               else QLocale.Language.English, QLocale.Country.Indonesia
                               if lang == "id" else QLocale.Country.UnitedKingdom))
    return lang


def uninstall(app: QCoreApplication) -> None:
    """Remove every catalogue installed by ``install`` (source strings show again)."""
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    _state["language"] = DEFAULT_LANGUAGE


def current_language() -> str:
    """"id" or "en": the language of the UI (for ``smartbimtek.reference.label``)."""
    return str(_state["language"])


def language_name(lang: str) -> str:
    """The name of a language as shown in the language menu (in that language)."""
    return {"id": "Bahasa Indonesia", "en": "English"}.get(lang, lang)
