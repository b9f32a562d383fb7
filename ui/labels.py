"""Translated labels of the core's vocabularies (stages, step kinds, phases, note kinds...)
and of the reference data in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartbimtek import reference

from .i18n import current_language


def stage_label(stage: str) -> str:
    """"Bimtek I" ... "Bimtek IV" (a proper name in both languages)."""
    return f"Bimtek {stage}"


def event_label(event) -> str:
    """"Bimtek I: title" of an event, without repeating the stage when the title has it."""
    stage = stage_label(event.stage)
    title = event.title or ""
    return title if title.startswith(stage) else f"{stage} — {title}" if title else stage


def stage_title(stage: str) -> str:
    """The title of a stage's agenda template in the UI language."""
    template = reference.agenda_templates().get(stage, {})
    return reference.label(template, current_language(), "title") or stage_label(stage)


def step_kind_label(kind: str) -> str:
    """Label of an agenda step kind."""
    return {
        "plenary": QCoreApplication.translate("Labels", "Plenary"),
        "presentation": QCoreApplication.translate("Labels", "Presentation"),
        "readiness": QCoreApplication.translate("Labels", "Readiness analysis"),
        "swot": QCoreApplication.translate("Labels", "SWOT group work"),
        "programs": QCoreApplication.translate("Labels", "Program group work"),
        "prioritisation": QCoreApplication.translate("Labels", "Prioritisation"),
        "break": QCoreApplication.translate("Labels", "Break"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "keywords": QCoreApplication.translate("Labels", "Vision keywords"),
        "review": QCoreApplication.translate("Labels", "Review (tanggapan)"),
    }.get(kind, kind)


def step_state_label(state: str) -> str:
    """Label of an agenda step state."""
    return {
        "pending": QCoreApplication.translate("Labels", "Not started"),
        "running": QCoreApplication.translate("Labels", "Running"),
        "paused": QCoreApplication.translate("Labels", "Paused"),
        "done": QCoreApplication.translate("Labels", "Done"),
    }.get(state, state)


def note_kind_label(kind: str) -> str:
    """Label of a note kind."""
    return {
        "note": QCoreApplication.translate("Labels", "Note"),
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "followup": QCoreApplication.translate("Labels", "Follow-up"),
    }.get(kind, kind)


def region_type_label(kind: str) -> str:
    """Kabupaten / Kota (proper Indonesian terms, also used in English)."""
    return {"kabupaten": QCoreApplication.translate("Labels", "Regency (kabupaten)"),
            "kota": QCoreApplication.translate("Labels", "City (kota)")}.get(kind, kind)


def quadrant_label(quadrant: str) -> str:
    """Strengths, Weaknesses, Opportunities, Threats."""
    return {
        "S": QCoreApplication.translate("Labels", "Strengths"),
        "W": QCoreApplication.translate("Labels", "Weaknesses"),
        "O": QCoreApplication.translate("Labels", "Opportunities"),
        "T": QCoreApplication.translate("Labels", "Threats"),
    }.get(quadrant, quadrant)


def horizon_label(horizon: str) -> str:
    """Label of a program horizon."""
    return {
        "quick_win": QCoreApplication.translate("Labels", "Quick win (within 1 year)"),
        "short": QCoreApplication.translate("Labels", "Short term (1-2 years)"),
        "medium": QCoreApplication.translate("Labels", "Medium term (5 years)"),
        "long": QCoreApplication.translate("Labels", "Long term (10 years)"),
    }.get(horizon, horizon)


def dimension_label(dim_id: str | None) -> str:
    """Name of a smart city dimension (empty for None)."""
    if not dim_id:
        return ""
    try:
        return reference.label(reference.dimension(dim_id), current_language())
    except KeyError:
        return dim_id


def narrative_label(key: str) -> str:
    """Label of a narrative field of the plan."""
    return {
        "background": QCoreApplication.translate("Labels", "Background"),
        "aims": QCoreApplication.translate("Labels", "Aims and objectives"),
        "legal_basis": QCoreApplication.translate("Labels", "Legal basis"),
        "scope": QCoreApplication.translate("Labels", "Scope"),
        "method": QCoreApplication.translate("Labels", "Method of preparation"),
        "regional_profile": QCoreApplication.translate("Labels", "Regional profile"),
        "digital_profile": QCoreApplication.translate("Labels", "Digital conditions and services"),
        "readiness": QCoreApplication.translate("Labels", "Readiness analysis"),
        "strategic_issues": QCoreApplication.translate("Labels", "Strategic issues"),
        "development_suprastruktur": QCoreApplication.translate(
            "Labels", "Development of the suprastructure"),
        "development_infrastruktur": QCoreApplication.translate(
            "Labels", "Development of the infrastructure"),
        "development_struktur": QCoreApplication.translate(
            "Labels", "Development of the structure"),
        "closing": QCoreApplication.translate("Labels", "Closing"),
    }.get(key, key)


def day_label(day: int) -> str:
    """"Day 1", "Day 2"..."""
    return QCoreApplication.translate("Labels", "Day {n}").format(n=day)
