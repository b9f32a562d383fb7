"""Labels, dates and orderings shared by the document builders (formal Bahasa Indonesia)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .. import reference
from ..model import Event, Program
from ..rules import ifas as ifas_rules
from ..rules import priority as priority_rules
from ..snapshot import WorkshopSnapshot

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
QUADRANT_NAMES = {"S": "Kekuatan (Strength)", "W": "Kelemahan (Weakness)",
                  "O": "Peluang (Opportunity)", "T": "Ancaman (Threat)"}
QUADRANT_SHORT = {"S": "Kekuatan", "W": "Kelemahan", "O": "Peluang", "T": "Ancaman"}
HORIZON_NAMES = {"quick_win": "Quick win (≤ 1 tahun)", "short": "Jangka pendek (1–2 tahun)",
                 "medium": "Jangka menengah (≤ 5 tahun)", "long": "Jangka panjang (≤ 10 tahun)"}
TOWS_NAMES = {"SO": "Strategi S-O (kekuatan untuk meraih peluang)",
              "WO": "Strategi W-O (peluang untuk mengatasi kelemahan)",
              "ST": "Strategi S-T (kekuatan untuk menghadapi ancaman)",
              "WT": "Strategi W-T (meminimalkan kelemahan dan menghindari ancaman)"}
READINESS_NAMES = {"baik": "Baik", "sedang": "Sedang", "buruk": "Buruk", None: "Belum dinilai"}
NOTE_KINDS = {"note": "Catatan", "decision": "Keputusan", "followup": "Tindak lanjut"}
EMPTY = "–"


def date_id(value: str | dt.date | None) -> str:
    """``24 November 2026`` from an ISO date (or datetime); "" when unknown."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def time_of(value: str | None) -> str:
    """``HH:MM`` of an ISO datetime (or "")."""
    if not value:
        return ""
    try:
        return dt.datetime.fromisoformat(value).strftime("%H:%M")
    except ValueError:
        return ""


def dimension_name(dim_id: str | None) -> str:
    """Display name of a dimension id ("Lintas dimensi" when none)."""
    if not dim_id:
        return "Lintas dimensi"
    try:
        return reference.label(reference.dimension(dim_id))
    except KeyError:
        return dim_id


def dimension_short(dim_id: str | None) -> str:
    """``Governance`` for Smart Governance (for narrow table columns)."""
    name = dimension_name(dim_id)
    return name[6:] if name.startswith("Smart ") else name


def element_name(element_id: str | None) -> str:
    """Display name of an element id ("" when none)."""
    if not element_id:
        return ""
    element = reference.elements().get(element_id)
    return reference.label(element) if element else element_id


def component_name(component_id: str | None) -> str:
    """Display name of a readiness component id."""
    for item in reference.components():
        if item["id"] == component_id:
            return reference.label(item)
    return component_id or ""


def region_title(snap: WorkshopSnapshot) -> str:
    """``Kabupaten Majalengka``: the region always named with its type (``rules.formal``),
    or a placeholder text when the name is empty."""
    return snap.region_display_name or "[Nama daerah belum diisi]"


def government_title(snap: WorkshopSnapshot) -> str:
    """``Pemerintah Kabupaten Majalengka`` (the issuer on covers and formal text)."""
    return f"Pemerintah {region_title(snap)}"


def capital_town(snap: WorkshopSnapshot) -> str:
    """The town documents are dated at: the region's ibu kota as entered; for a kota its own
    name; else a dotted blank to fill in by hand (never the venue)."""
    town = (snap.formal.capital_town or "").strip()
    if town:
        return town
    if snap.plan.region_type == "kota" and snap.region_display_name:
        return snap.region_display_name.removeprefix("Kota ").strip() or "...................."
    return "...................."


def place_date(snap: WorkshopSnapshot, when: str | dt.date | None = None) -> str:
    """``Majalengka, 24 November 2026`` (the capital town; a dotted date when unknown)."""
    return f"{capital_town(snap)}, {date_id(when) or '........................ 20....'}"


_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
          "sembilan", "sepuluh", "sebelas")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def _below_thousand(n: int) -> str:
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
    return head + (f" {_below_thousand(rest)}" if rest else "")


def number_words_id(n: int) -> str:
    """A whole number in Indonesian words: 25 -> ``dua puluh lima``, 1000 -> ``seribu``,
    2.500.000 -> ``dua juta lima ratus ribu``; beyond the triliun the digits themselves."""
    if n < 0:
        return f"minus {number_words_id(-n)}"
    if n >= 10**15:
        return str(n)
    if n < 1000:
        return _below_thousand(n)
    parts = []
    for scale, word in _SCALES:
        if n >= scale:
            count, n = divmod(n, scale)
            parts.append(f"{number_words_id(count)} {word}")
    if n >= 1000:
        thousands, n = divmod(n, 1000)
        parts.append("seribu" if thousands == 1 else f"{_below_thousand(thousands)} ribu")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def sentence_count(n: int, noun: str) -> str:
    """A count that opens a sentence, in words (EYD V): ``Tiga perangkat daerah``,
    ``Satu kegiatan``, ``Dua puluh lima butir SWOT``; zero gives ``Tidak ada <noun>``."""
    if n == 0:
        return f"Tidak ada {noun}"
    words = number_words_id(n)
    return f"{words[0].upper()}{words[1:]} {noun}"


def count_text(n: int, noun: str) -> str:
    """A count inside a sentence: digits are fine there (``3 perangkat daerah``)."""
    return f"{n} {noun}"


def period_text(snap: WorkshopSnapshot) -> str:
    """``2027–2036`` or "" when the period is not set."""
    start, end = snap.plan.period_start, snap.plan.period_end
    if start and end:
        return f"{start}–{end}"
    return str(start or end or "")


def plan_years(snap: WorkshopSnapshot) -> list[int]:
    """Years of the plan period; when unset, the span of the programs' years (or none)."""
    start, end = snap.plan.period_start, snap.plan.period_end
    if not (start and end):
        years = [y for p in snap.programs for y in (p.start_year, p.end_year) if y]
        if not years:
            return []
        start, end = min(years), max(years)
    return list(range(start, end + 1))


def years_text(program: Program) -> str:
    """``2027–2029``, ``2027`` or "–"."""
    if program.start_year and program.end_year and program.end_year != program.start_year:
        return f"{program.start_year}–{program.end_year}"
    return str(program.start_year or program.end_year or EMPTY)


def opd_names(snap: WorkshopSnapshot, ids: Iterable[str]) -> str:
    """OPD codes of a list of ids, comma separated."""
    return ", ".join(c for c in (snap.opd_code(i) for i in ids) if c) or EMPTY


def number(value: float | None, digits: int = 2) -> str:
    """Decimal comma as Indonesian documents write it (``3,25``); "–" for None."""
    if value is None:
        return EMPTY
    return f"{value:.{digits}f}".replace(".", ",")


def ordered_programs(snap: WorkshopSnapshot) -> list[Program]:
    """Programs in master plan order: dimension, element (reference order), then entry order."""
    dims = {d: i for i, d in enumerate(reference.dimension_ids())}
    elements = {e: i for i, e in enumerate(reference.elements())}
    entry = {p.id: i for i, p in enumerate(snap.programs)}
    return sorted(snap.programs, key=lambda p: (dims.get(p.dimension, 99),
                                                elements.get(p.element or "", 999),
                                                entry[p.id]))


def program_numbers(snap: WorkshopSnapshot) -> dict[str, str]:
    """A stable number per program (``P01``...) in master plan order, used in every chart,
    table and chapter so a reader can follow a program through the document."""
    ordered = ordered_programs(snap)
    width = max(2, len(str(len(ordered))))
    return {p.id: f"P{i:0{width}d}" for i, p in enumerate(ordered, start=1)}


def quadrant_label(quadrant: str | None) -> str:
    """Indonesian label of a priority matrix quadrant (``Belum dinilai`` when unscored)."""
    if quadrant is None:
        return "Belum dinilai"
    return priority_rules.QUADRANT_LABEL_ID[quadrant]


def strategy_label(result: ifas_rules.IfasResult) -> str:
    """``Kuadran I: Agresif (SO)``."""
    return (f"Kuadran {result.quadrant}: {ifas_rules.STRATEGY_LABEL_ID[result.strategy]} "
            f"({result.strategy_type})")


def event_title(event: Event) -> str:
    """The event's title (or ``Bimtek <stage>``)."""
    return event.title or f"Bimtek {event.stage}"


def event_dates_text(event: Event) -> str:
    """``24–25 November 2026`` style range of an event's days."""
    if not event.start_date:
        return "[Tanggal belum diisi]"
    first = dt.date.fromisoformat(event.start_date)
    last = first + dt.timedelta(days=max(event.days, 1) - 1)
    if first == last:
        return date_id(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"{date_id(first)} – {date_id(last)}"


def pick_event(snap: WorkshopSnapshot, event_id: str | None) -> Event | None:
    """The event asked for (by id, or by stage: ``I``..``IV``), else the current one, else
    the latest. None when there is no such event."""
    events = {e.id: e for e in snap.events}
    if event_id:
        if event_id in events:
            return events[event_id]
        stage = str(event_id).strip().upper().removeprefix("BIMTEK").strip()
        return next((e for e in reversed(snap.events) if e.stage == stage), None)
    current = snap.settings.get("current_event_id")
    if current in events:
        return events[current]
    return snap.events[-1] if snap.events else None


class Context:
    """What the section writers share while a document is built: the snapshot, the composer
    that numbers headings/tables/figures, and the program numbers."""

    def __init__(self, snap: WorkshopSnapshot, composer) -> None:
        self.snap = snap
        self.out = composer
        self.numbers = program_numbers(snap)
        self.ordered = ordered_programs(snap)

    def swot_refs(self) -> dict[str, str]:
        """A short reference per SWOT item (``DISKOMINFO S2``), numbered per OPD and quadrant
        in entry order, as the tables of BAB III show them."""
        if not hasattr(self, "_refs"):
            counters: dict[tuple[str, str], int] = {}
            refs = {}
            for item in self.snap.swot:
                key = (item.opd_id, item.quadrant)
                counters[key] = counters.get(key, 0) + 1
                code = keep_together(self.snap.opd_code(item.opd_id))  # never split
                refs[item.id] = f"{code} {item.quadrant}{counters[key]}"
            self._refs = refs
        return self._refs


def rupiah(amount: int | float | None, *, prefix: bool = True) -> str:
    """Rupiah as Indonesian documents write it: ``Rp 1.250.000.000`` (a no-break space after
    Rp, dots between thousands; ``prefix`` off for a column whose header says "(Rp)");
    "–" for None.

    The one rupiah format of every document: full amounts, in tables and in totals alike."""
    if amount is None:
        return EMPTY
    digits = f"{round(amount):,}".replace(",", ".")
    return f"Rp\u00a0{digits}" if prefix else digits  # "Rp" never ends a line alone


def year_chunks(years: list[int], size: int = 5) -> list[list[int]]:
    """The plan years in slices of at most ``size`` columns, so that a table with one
    column per year fits an A4 page (a 10-year period gives two tables of five years)."""
    return [years[i:i + size] for i in range(0, len(years), size)] or [[]]


def keep_together(text: str) -> str:
    """An abbreviation that must never break across lines (an OPD code such as ``SATPOL PP``
    or ``DISKOP-UKM``): spaces become no-break spaces, hyphens no-break hyphens."""
    return text.replace(" ", "\u00a0").replace("-", "\u2011")


def opd_code_nb(snap: WorkshopSnapshot, opd_id: str | None) -> str:
    """The OPD's code kept on one line (``keep_together``); "–" when unknown."""
    code = snap.opd_code(opd_id)
    return keep_together(code) if code else EMPTY


def opd_codes_nb(snap: WorkshopSnapshot, ids: Iterable[str]) -> str:
    """Several OPD codes, each kept on one line, comma separated ("–" when none)."""
    return ", ".join(keep_together(c) for c in (snap.opd_code(i) for i in ids) if c) or EMPTY


def plan_period_years(snap: WorkshopSnapshot) -> list[int]:
    """The years of the plan period only (empty when the period is not set)."""
    start, end = snap.plan.period_start, snap.plan.period_end
    return list(range(start, end + 1)) if start and end and end >= start else []
