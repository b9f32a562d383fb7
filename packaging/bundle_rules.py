"""What the portable bundle leaves out, and why (used by ``packaging/smartbimtek.spec``).

Plain Python, no PyInstaller: ``tests/test_bundle.py`` checks these rules with Linux, Windows
and macOS file names. Every rule is by module name or by file name *stem* (``libqtiff.so``,
``qtiff.dll`` and ``libqtiff.dylib`` are all ``qtiff``), so the same rule holds on every
platform the bundle is built on; a rule whose files a platform does not have matches nothing
there. Each exclusion was checked against the bundled programs (docs/building.md, "What is
left out"): the desktop app starts (offscreen and on X11), the command makes the demo, exports
every document (the master plan's charts, the report's photos) and serves the phone page, its
QR code and photo uploads (JPEG, PNG, WebP).
"""

from __future__ import annotations

import re

# -- Python modules ----------------------------------------------------------------------------
#: Qt modules the app does not import (checked with grep: QtCore, QtGui, QtWidgets only).
UNUSED_QT = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]

#: Modules left out of the bundle. PyInstaller follows every import it can see, also those
#: inside functions the app never calls and ``if __name__ == "__main__"`` self-tests; these
#: are such imports. A module left out is also not collected with the libraries only it links
#: (``_ssl`` takes libssl with it, ``readline`` libreadline, ``PIL._imagingcms`` liblcms2).
EXCLUDES = [f"PySide6.{name}" for name in UNUSED_QT] + [
    "tkinter", "_tkinter", "pydoc_data",
    # test tools and libraries of the test suite
    "pytest", "_pytest", "pytestqt", "playwright", "pypdf", "pdfplumber", "pdfminer",
    "pypdfium2", "jsonschema", "matplotlib", "numpy", "IPython",
    # optional imports of the libraries that the app never reaches: TLS certificates for
    # werkzeug's development server (14 MB), AVIF images, lxml's objectify/html layers
    "cryptography", "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageTk", "PIL.ImageQt",
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
    # TLS: the phone server speaks plain HTTP on the local network and nothing else goes
    # online. http.client, urllib.request, werkzeug.serving, flask.cli and asyncio import ssl
    # inside try/except ImportError and only need it for https (the hash functions of
    # hashlib come from _hashlib, which stays).
    "ssl", "_ssl",
    # debuggers, interactive shells and doc tools: imported by the test runners' helpers,
    # by werkzeug's debugger (only with werkzeug's development server, which the app does not
    # use: it serves with waitress), by flask's ``shell`` command and by the libraries'
    # ``__main__`` self-tests (reportlab, lxml) and test helpers (click.testing,
    # sqlite_utils' own command line)
    "pdb", "bdb", "cmd", "code", "pydoc", "doctest", "unittest", "readline", "rlcompleter",
    "pstats", "werkzeug.debug", "click.testing", "sqlite_utils.cli", "lxml.doctestcompare",
    "lxml.usedoctest", "reportlab.graphics.testshapes", "reportlab.lib.testutils",
    # processes: only concurrent.futures' ProcessPoolExecutor and werkzeug's debugger
    # import multiprocessing; the app uses threads
    "multiprocessing", "xmlrpc",
    # charset guessing: reportlab imports it only to read an XMP metadata file (PDF/A)
    "charset_normalizer",
    # colour management (liblcms2): Pillow loads ImageCms only to convert to or from LAB
    # images; the photo decoder takes JPEG, PNG and WebP only, which are never LAB
    "PIL.ImageCms", "PIL._imagingcms",
    # lxml's SAX bridge and E-factory: neither python-docx nor openpyxl uses them
    "lxml.sax", "lxml.builder",
    # East Asian codecs (shift_jis, gbk, big5...): every file the app reads or writes is
    # UTF-8. Separate modules on Linux and macOS; built into python3.dll on Windows.
    "_multibytecodec", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
    "_codecs_kr", "_codecs_tw",
]

#: Modules only the desktop app imports: the command's own archive leaves them out (the core
#: package ``smartbimtek`` never imports Qt or ``ui``; tests/test_headless.py).
APP_ONLY_PACKAGES = {"ui", "PySide6", "shiboken6"}

# -- Qt plugins and libraries ------------------------------------------------------------------
#: Image formats Qt reads for the app: JPEG (stored photos). PNG (the guide's screenshots)
#: is built into QtGui. GIF, ICO, ICNS, SVG, TGA, TIFF, WBMP and WebP are never read by Qt
#: here (photos from phones are decoded and re-encoded as JPEG by Pillow).
KEPT_IMAGE_FORMATS = {"qjpeg"}
#: Single plugins the app does not need: the GTK theme (pulls GTK, Pango, Cairo, ATK: about
#: 20 MB on Linux; Qt's own style is used), the xdg-desktop-portal theme (Flatpak and Snap
#: file dialogs; the bundle is neither), framebuffer/VNC/EGLFS/Vulkan display platforms.
#: Kept: xcb, wayland, windows, cocoa, offscreen and minimal platforms, input contexts, styles.
UNUSED_QT_PLUGINS = {
    "platformthemes/qgtk3", "platformthemes/qxdgdesktopportal", "platforms/qeglfs",
    "platforms/qlinuxfb", "platforms/qvnc", "platforms/qvkkhrdisplay",
    "platforms/qminimalegl", "platforms/qdirect2d",
}
#: Whole plugin folders: EGL device integrations and evdev/TUIO input (eglfs, touch tables),
#: icon engines (the SVG icon engine; the app draws no SVG icons), TLS and network
#: information backends (only QtNetwork loads them, and the app does not use QtNetwork: the
#: phone server is Python's; PyInstaller leaves them out with QtNetwork, this keeps it so).
UNUSED_QT_PLUGIN_FOLDERS = {"egldeviceintegrations", "generic", "iconengines", "tls",
                            "networkinformation"}
#: Libraries by stem: Mesa's software OpenGL (Windows, about 20 MB), which Qt loads only to
#: render OpenGL without a graphics driver; the app paints widgets without OpenGL.
UNUSED_LIBRARIES = {"opengl32sw"}

# -- data files --------------------------------------------------------------------------------
#: Data folders left out: the unpacked source of python-docx's default.docx (python-docx
#: opens templates/default.docx and the templates/default-*.xml files only).
UNUSED_DATA_FOLDERS = ("docx/templates/default-docx-template/",)

#: A picture in markdown: the same rule as ``ui/help_viewer.py`` (the test compares them).
GUIDE_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _slashed(dest: str) -> str:
    return dest.replace("\\", "/")


def stem(dest: str) -> str:
    """A library's name without folder, ``lib`` prefix and extensions (``qjpeg``)."""
    name = _slashed(dest).rsplit("/", 1)[-1]
    return name.split(".")[0].removeprefix("lib")


def unused_plugin(dest: str) -> bool:
    """True for a Qt plugin the app never loads (``.../plugins/FOLDER/NAME``)."""
    parts = _slashed(dest).split("/plugins/")
    if len(parts) != 2:
        return False
    folder, _, name = parts[1].partition("/")
    plugin = stem(name)
    if folder == "imageformats":
        return plugin not in KEPT_IMAGE_FORMATS
    return folder in UNUSED_QT_PLUGIN_FOLDERS or f"{folder}/{plugin}" in UNUSED_QT_PLUGINS


def unused_binary(dest: str) -> bool:
    """True for a collected library or plugin the app never loads."""
    return unused_plugin(dest) or stem(dest) in UNUSED_LIBRARIES


def wanted_data(dest: str) -> bool:
    """False for Qt's own translations (the app ships its own .qm files; Qt has no Indonesian
    catalogue and its English one is empty) and the unused data folders."""
    path = _slashed(dest)
    if "/translations/qt" in path or path.startswith("PySide6/translations/"):
        return False
    return not path.startswith(UNUSED_DATA_FOLDERS)


def guide_images(text: str) -> list[str]:
    """The pictures the user guide ``text`` shows, as paths relative to ``docs/``: only local
    relative paths inside that folder (no web address, no ``..``, no absolute path)."""
    names = set()
    for name in GUIDE_IMAGE.findall(text):
        parts = name.split("/")
        if ":" in name or name.startswith("/") or ".." in parts:
            continue
        names.add(name)
    return sorted(names)


def strip_binaries(platform: str) -> bool:
    """Whether PyInstaller strips symbols from the libraries: on Linux, where the Python
    library and extensions carry debug information (libpython: 23 MB, 6 MB without). Not on
    Windows (no symbols in DLLs; the ``strip`` tool is absent) nor macOS (not tried here: the
    libraries are signed)."""
    return platform.startswith("linux")
