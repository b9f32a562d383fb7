"""Field names and values of the change report as text for people: the label of a field
("Anggaran 2026 APBD"), OPD codes, dimension and element names, rupiah, yes/no
(Indonesian and English)."""

from __future__ import annotations

from .. import reference
from .history import History

FIELD_LABELS = {
    "id": {"title": "Judul", "text": "Teks", "level": "Tingkat", "type": "Jenis",
           "quadrant": "Kuadran", "opd_id": "Perangkat daerah", "dimension": "Dimensi",
           "element": "Elemen", "component": "Komponen", "horizon": "Jangka waktu",
           "start_year": "Tahun mulai", "end_year": "Tahun selesai", "funding": "Sumber dana",
           "description": "Deskripsi", "benefit": "Manfaat bagi warga",
           "indicator": "Indikator", "target": "Target", "unit": "Satuan",
           "baseline_value": "Nilai awal", "baseline_year": "Tahun dasar",
           "location": "Lokasi", "weight": "Bobot", "rating": "Peringkat", "author": "Penulis",
           "supporting_opd_ids": "OPD pendukung", "swot_ids": "Butir SWOT terkait",
           "strategy_ids": "Strategi terkait", "targets": "Target per tahun",
           "budget": "Anggaran", "plan": "Rencana program", "rpjmd_id": "Butir RPJMD",
           "objective_id": "Sasaran", "parent_id": "Induk", "position": "Urutan",
           "group_id": "Kelompok"},
    "en": {"title": "Title", "text": "Text", "level": "Level", "type": "Type",
           "quadrant": "Quadrant", "opd_id": "OPD", "dimension": "Dimension",
           "element": "Element", "component": "Component", "horizon": "Horizon",
           "start_year": "Start year", "end_year": "End year", "funding": "Funding source",
           "description": "Description", "benefit": "Benefit to citizens",
           "indicator": "Indicator", "target": "Target", "unit": "Unit",
           "baseline_value": "Baseline", "baseline_year": "Baseline year",
           "location": "Location", "weight": "Weight", "rating": "Rating", "author": "Author",
           "supporting_opd_ids": "Supporting OPDs", "swot_ids": "Linked SWOT items",
           "strategy_ids": "Linked strategies", "targets": "Yearly targets",
           "budget": "Budget", "plan": "Program plan", "rpjmd_id": "RPJMD item",
           "objective_id": "Sasaran", "parent_id": "Parent", "position": "Order",
           "group_id": "Group"},
}
_WORDS = {"id": {"yes": "ya", "no": "tidak", "items": "butir", "empty": "–",
                 "unknown": "(tidak tercatat)"},
          "en": {"yes": "yes", "no": "no", "items": "items", "empty": "–",
                 "unknown": "(not recorded)"}}
_QUADRANTS = {"id": {"S": "Kekuatan", "W": "Kelemahan", "O": "Peluang", "T": "Ancaman"},
              "en": {"S": "Strength", "W": "Weakness", "O": "Opportunity", "T": "Threat"}}


def field_label(name: str, lang: str = "id") -> str:
    """The label of a field (``budget:2026:APBD`` -> "Anggaran 2026 APBD")."""
    labels = FIELD_LABELS.get(lang, FIELD_LABELS["id"])
    base, _sep, rest = name.partition(":")
    text = labels.get(base, base.replace("_", " "))
    return f"{text} {rest.replace(':', ' ')}" if rest else text


def rupiah(amount) -> str:
    """``Rp 1.250.000`` (dots between thousands)."""
    return "Rp\u00a0" + f"{int(amount):,}".replace(",", ".")


def value_text(name: str, value, history: History, lang: str = "id", *,
               known: bool = True) -> str:
    """A field's value as plain text for people: OPD codes, dimension and element names,
    rupiah, yes/no; lists joined; "(not recorded)" when the file did not record it."""
    words = _WORDS.get(lang, _WORDS["id"])
    if not known and value is None:
        return words["unknown"]
    if value is None or value == "" or value == [] or value == {}:
        return words["empty"]
    base = name.split(":", 1)[0]
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if base in ("opd_id",):
        return history.opd_codes.get(str(value), str(value))
    if base == "supporting_opd_ids" and isinstance(value, list):
        return ", ".join(history.opd_codes.get(str(v), str(v)) for v in value)
    if base == "group_id":
        return history.group_names.get(str(value), str(value))
    if base in ("objective_id", "parent_id"):
        record = history.record("objective", str(value))
        return record.label if record else str(value)
    if base in ("swot_ids", "strategy_ids") and isinstance(value, list):
        return f"{len(value)} {words['items']}"
    if base == "dimension":
        try:
            return reference.label(reference.dimension(str(value)), lang)
        except KeyError:
            return str(value)
    if base == "element":
        element = reference.elements().get(str(value))
        return reference.label(element, lang) if element else str(value)
    if base == "component":
        found = [c for c in reference.components() if c["id"] == value]
        return reference.label(found[0], lang) if found else str(value)
    if base == "quadrant":
        return _QUADRANTS.get(lang, _QUADRANTS["id"]).get(str(value), str(value))
    if base == "budget" and isinstance(value, int | float):
        return rupiah(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


#: The report's sections and statuses as people read them.
KIND_TITLES = {
    "id": {"program": "Program", "quick_win": "Quick win", "swot": "Butir SWOT",
           "strategy": "Strategi", "objective": "Tujuan dan sasaran"},
    "en": {"program": "Programs", "quick_win": "Quick wins", "swot": "SWOT items",
           "strategy": "Strategies", "objective": "Goals and targets"},
}
STATUS_NAMES = {
    "id": {"added": "Ditambahkan", "changed": "Diubah", "removed": "Dihapus",
           "restored": "Dipulihkan", "chosen": "Dipilih", "dropped": "Dibatalkan"},
    "en": {"added": "Added", "changed": "Changed", "removed": "Removed",
           "restored": "Restored", "chosen": "Chosen", "dropped": "Dropped"},
}
NO_DETAIL = {"id": "(rincian tidak tercatat)", "en": "(details not recorded)"}


def kind_title(kind: str, lang: str = "id") -> str:
    """The title of a report section ("Butir SWOT")."""
    return KIND_TITLES.get(lang, KIND_TITLES["id"]).get(kind, kind)


def status_name(status: str, lang: str = "id") -> str:
    """A change's status as a word ("Ditambahkan")."""
    return STATUS_NAMES.get(lang, STATUS_NAMES["id"]).get(status, status)
