"""Regenerate the Qt Linguist catalogues and compile them:
``python tools/update_translations.py [--only shell|boards|lan] [--check]``.

Each UI helper owns one catalogue so that they never collide:

- ``shell_id.ts``: the application shell (``ui/*.py``) and the workshop and agenda views;
- ``boards_id.ts``: the SWOT, readiness, programs and matrix views, the projector boards and
  the charts;
- ``lan_id.ts``: the local-network panels (``ui/lan_*.py``).

``pyside6-lupdate`` extracts the strings (existing translations are kept, vanished strings
dropped), then ``pyside6-lrelease`` writes the ``.qm`` files loaded by ``ui/i18n.py``.
Translations themselves are filled in with Qt Linguist (``pyside6-linguist``). Each group also
has an English catalogue (``*_en.ts``) holding only the plural messages (``%n``), whose singular
and plural forms are filled in from the source text by ``english_plurals``.

``--check`` fails (exit 1) when a catalogue has unfinished entries, or when lupdate put a
string in a context with a dot (lupdate's Python parser does that to ``self.tr`` calls that
follow a ``QCoreApplication.translate`` call in the same function; such strings would never
be found at run time).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent

SHELL_VIEWS = {"workshop.py", "agenda.py", "agenda_panels.py", "attendance.py", "roster.py"}
SHELL_WIDGETS = {"common.py"}


def sources() -> dict[str, list[Path]]:
    """The Python files of each catalogue."""
    top = sorted(p for p in UI.glob("*.py") if p.name != "__init__.py")
    views = sorted(p for p in (UI / "views").glob("*.py") if p.name != "__init__.py")
    widgets = sorted(p for p in (UI / "widgets").glob("*.py") if p.name != "__init__.py")
    lan = [p for p in top if p.name.startswith("lan_")]
    boards_top = [p for p in top if p.name == "projector_boards.py"]
    shell = [p for p in top if p not in lan and p not in boards_top]
    shell += [p for p in views if p.name in SHELL_VIEWS]
    shell += [p for p in widgets if p.name in SHELL_WIDGETS]
    boards = boards_top + [p for p in views if p.name not in SHELL_VIEWS]
    boards += [p for p in widgets if p.name not in SHELL_WIDGETS]
    return {"shell": shell, "boards": boards, "lan": lan}


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


def _lupdate(files: list[Path], ts: Path, language: str, *extra: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-target-language", language,
                    *extra, *[str(f.relative_to(ROOT)) for f in files], "-ts",
                    str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def _lrelease(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def update(group: str, files: list[Path]) -> Path | None:
    """Run lupdate and lrelease for one catalogue; returns the .ts file (None if no sources)."""
    if not files:
        print(f"{group}: no source files yet")
        return None
    ts = TRANSLATIONS / f"{group}_id.ts"
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    _lupdate(files, ts, "id_ID")
    _lrelease(ts)
    return ts


def english_plurals(ts: Path) -> int:
    """Fill the English singular and plural forms of the ``%n`` messages that are still empty:
    "(s)" is dropped or kept ("%n program(s)" -> "%n program" / "%n programs"), "y(ies)" becomes
    "y" / "ies", and a verb right after the counted noun agrees ("are" -> "is", "have" -> "has").
    Returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = translation.findall("numerusform")
        if forms and all((f.text or "").strip() for f in forms):
            continue
        source = message.findtext("source") or ""
        one = re.sub(r"\(s\) (are|have)\b",
                     lambda m: " is" if m[1] == "are" else " has", source)
        one = one.replace("y(ies)", "y").replace("(s)", "")
        many = source.replace("y(ies)", "ies").replace("(s)", "s")
        for form in forms:
            translation.remove(form)
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update_english(group: str, files: list[Path]) -> Path | None:
    """The English catalogue of a group holds only its plural messages (``%n``): the source
    texts are English already, but "%n program(s)" needs its singular and plural forms."""
    if not files:
        return None
    ts = TRANSLATIONS / f"{group}_en.ts"
    _lupdate(files, ts, "en_GB", "-pluralonly")
    english_plurals(ts)
    _lrelease(ts)
    return ts


def problems(ts: Path) -> list[str]:
    """Unfinished entries and misplaced contexts of a catalogue."""
    found = []
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") == "unfinished" or not (
                    translation.text or "").strip() and not list(translation):
                found.append(f"{ts.name}: unfinished [{name}] {source!r}")
            if re.search(r"\.", name):
                found.append(f"{ts.name}: context {name!r} for {source!r} (lupdate parser "
                             "confusion: do not mix QCoreApplication.translate and self.tr "
                             "in one function)")
    return found


def main(argv: list[str] | None = None) -> int:
    """Update the catalogues (all, or ``--only`` one); ``--check`` reports problems."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("shell", "boards", "lan"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    failed: list[str] = []
    for group, files in sources().items():
        if args.only and group != args.only:
            continue
        for ts in (update(group, files), update_english(group, files)):
            if ts is not None and args.check:
                failed += problems(ts)
    for line in failed:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
