"""Field names and values of the change report as text for people: the label of a field
("Anggaran 2026 APBD"), OPD codes, dimension and element names, rupiah, yes/no
(Indonesian and English)."""

from __future__ import annotations

from .. import reference
from .history import History

#: Field labels in Indonesian and English, side by side.
_LABELS = {
    "title": ("Judul", "Title"),
    "text": ("Teks", "Text"),
    "level": ("Tingkat", "Level"),
    "type": ("Jenis", "Type"),
    "quadrant": ("Kuadran", "Quadrant"),
    "opd_id": ("Perangkat daerah", "OPD"),
    "dimension": ("Dimensi", "Dimension"),
    "element": ("Elemen", "Element"),
    "component": ("Komponen", "Component"),
    "horizon": ("Jangka waktu", "Horizon"),
    "start_year": ("Tahun mulai", "Start year"),
    "end_year": ("Tahun selesai", "End year"),
    "funding": ("Sumber dana", "Funding source"),
    "description": ("Deskripsi", "Description"),
    "benefit": ("Manfaat bagi warga", "Benefit to citizens"),
    "indicator": ("Indikator", "Indicator"),
    "target": ("Target", "Target"),
    "unit": ("Satuan", "Unit"),
    "baseline_value": ("Nilai awal", "Baseline"),
    "baseline_year": ("Tahun dasar", "Baseline year"),
    "location": ("Lokasi", "Location"),
    "weight": ("Bobot", "Weight"),
    "rating": ("Peringkat", "Rating"),
    "author": ("Penulis", "Author"),
    "supporting_opd_ids": ("OPD pendukung", "Supporting OPDs"),
    "swot_ids": ("Butir SWOT terkait", "Linked SWOT items"),
    "strategy_ids": ("Strategi terkait", "Linked strategies"),
    "targets": ("Target per tahun", "Yearly targets"),
    "budget": ("Anggaran", "Budget"),
    "plan": ("Rencana program", "Program plan"),
    "rpjmd_id": ("Butir RPJMD", "RPJMD item"),
    "objective_id": ("Sasaran", "Sasaran"),
    "parent_id": ("Induk", "Parent"),
    "position": ("Urutan", "Order"),
    "group_id": ("Kelompok", "Group"),
}
FIELD_LABELS = {lang: {name: pair[i] for name, pair in _LABELS.items()}
                for i, lang in enumerate(("id", "en"))}
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
