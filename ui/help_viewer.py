"""The user guide inside the app (Help > User guide, F1): ``docs/guide.md`` rendered by a
QTextBrowser, offline, in the interface language, with its screenshots.

The guide has an Indonesian part (``# Bahasa Indonesia``) and an English part (``# English``);
the viewer shows the part of the interface language (the whole file when it is not split).
It is found beside ``resources/`` (``smartbimtek.paths.RESOURCES``): in a checkout that is the
project's ``docs/``, in a bundle ``<_internal>/docs`` (``packaging/smartbimtek.spec`` copies
the guide and its screenshots there). Links to web pages open in the system browser.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.paths import RESOURCES

from .i18n import current_language

#: The first heading of each language's part of the guide.
SECTION_HEADINGS = {"id": "# Bahasa Indonesia", "en": "# English"}
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def guide_path() -> Path:
    """Where ``guide.md`` is in this installation (checkout or bundle)."""
    return RESOURCES.parent / "docs" / "guide.md"


def guide_section(text: str, language: str) -> str:
    """The part of the guide in ``language`` (from its heading to the next language's), or
    the whole text when the guide is not split by language."""
    lines = text.splitlines()
    starts = {lang: i for lang, heading in SECTION_HEADINGS.items()
              for i, line in enumerate(lines) if line.strip() == heading}
    if language not in starts:
        return text
    begin = starts[language]
    end = min([i for i in starts.values() if i > begin] or [len(lines)])
    part = lines[begin:end]
    while part and part[-1].strip() in ("", "---"):
        part.pop()  # the rule that separated the two parts
    return "\n".join(part)


class HelpViewer(QDialog):
    """A non-modal window showing the user guide, with a find box."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SmartBimtek user guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        find_button = QPushButton(self.tr("Find next"))
        bar.addWidget(self.find_box, 1)
        bar.addWidget(find_button)
        layout.addLayout(bar)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # web links go to the system browser
        self.browser.anchorClicked.connect(self._link)
        layout.addWidget(self.browser, 1)
        self.find_box.returnPressed.connect(self.find_next)
        find_button.clicked.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_box.setFocus)
        self.language = language or current_language()
        self.load()

    def load(self) -> None:
        """Read the guide and show the part in the viewer's language."""
        path = guide_path()
        try:
            text = path.read_text("utf-8")
        except OSError:
            self.browser.setPlainText(self.tr("The user guide was not found: {path}").format(
                path=path))
            return
        folder = path.parent
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.markdown = guide_section(text, self.language)
        self.browser.setMarkdown(self.markdown)
        self._fit_images()

    def image_names(self) -> list[str]:
        """The pictures the shown part of the guide names (relative paths)."""
        return _IMAGE.findall(getattr(self, "markdown", ""))

    def image_found(self, name: str) -> bool:
        """True when the picture ``name`` loads."""
        data = self.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl(name))
        if isinstance(data, QImage):
            return not data.isNull()
        image = QImage()
        return bool(data) and image.loadFromData(bytes(data)) and not image.isNull()

    def _fit_images(self, width: int = 820) -> None:
        """Shrink wide screenshots to the reading width (the proportions are kept)."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    image = QImage(str(Path(guide_path().parent) / image_format.name()))
                    if not image.isNull() and image.width() > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / image.width())
                        cursor = self.browser.textCursor()
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           cursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def find_next(self) -> None:
        """Select the next occurrence of the find box's text (wrapping at the end)."""
        text = self.find_box.text().strip()
        if not text:
            return
        if not self.browser.find(text):
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            self.browser.find(text)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def show_guide(parent: QWidget) -> HelpViewer:
    """Show the guide window of ``parent`` (built on first use), brought to the front."""
    viewer = parent.findChild(HelpViewer)
    if viewer is None:
        viewer = HelpViewer(parent)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer
