"""Hostile text in every master plan field of issue 9, entered through the services, comes out
of the master plan's PDF and DOCX exactly as typed (markup and formulas literal, control
characters removed at entry, a 20,000-character text in full, odd Unicode intact)."""

from __future__ import annotations

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from smartbimtek.exports import export
from smartbimtek.services import (
    budget,
    direction,
    gap,
    institutions,
    plan,
    programs,
    quickwin_profiles,
    roster,
    swot,
)
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop
from smartbimtek.text import MAX_TEXT

MARKUP = "<b>&amp;</b> & <i>miring</i>"
FORMULA = "=SUM(A1)"
CONTROL = "bel\x07 dan escape\x1b selesai"
ODD = "Désa Ñusantara – “kutip” ✓ → ½"
LONG = " ".join(f"g{i:04d}" for i in range(1, 4001))[:MAX_TEXT].rstrip()
LONGEST_TARGET = " ".join(f"t{i:03d}" for i in range(1, 40))[:120].rstrip()  # the limit

#: field -> text typed into it (each field gets its own, so a missing one is named)
TYPED = {
    "gap.current": MARKUP + " kondisi", "gap.expected": FORMULA, "gap.gap": ODD + " gap",
    "gap.recommendation": LONG, "region": MARKUP + " faktor daerah",
    "issue": FORMULA + " isu", "rpjmd": ODD + " misi RPJMD", "objective": MARKUP + " sasaran",
    "indicator": FORMULA + " indikator", "target": "<100%>", "location": ODD + " lokasi",
    "program_target": "=50%", "activity": MARKUP + " kegiatan", "member": ODD + " anggota",
    "position": FORMULA + " jabatan", "regulation": MARKUP + " tentang",
    "enabler": FORMULA + " langkah", "narrative": ODD + " uraian kelembagaan",
    "innovation": MARKUP + " inovasi", "problem": FORMULA + " masalah",
    "milestone": ODD + " tonggak", "risks": CONTROL,
}


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan_hostile")
    t = TYPED
    with open_workshop(folder / "h.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name="Contoh", period_start=2027, period_end=2031)
        opd = roster.add_opd(ws, "SATPOL PP", "Satuan Polisi Pamong Praja", 1)
        item = swot.add_item(ws, opd.id, "S", "Butir OPD", dimension="governance")
        gap.set_gap(ws, "struktur", "governance", current=t["gap.current"],
                    expected=t["gap.expected"], gap=t["gap.gap"],
                    recommendation=t["gap.recommendation"])
        gap.add_region_item(ws, "S", t["region"], dimension="governance", weight=1.0, rating=4,
                            source_ids=[item.id])
        gap.add_issue(ws, t["issue"], dimension="governance")
        misi = direction.add_rpjmd(ws, "misi", t["rpjmd"], code="Misi 1")
        direction.add_objective(ws, "sasaran", t["objective"], indicator=t["indicator"],
                                baseline_value=MARKUP, baseline_year=2026, rpjmd_id=misi.id,
                                targets={2027: t["target"], 2031: LONGEST_TARGET})
        program = programs.add_program(ws, opd.id, "Program uji", "governance",
                                       horizon="quick_win", start_year=2027, end_year=2027,
                                       quick_win=True)
        budget.set_program_plan(ws, program.id, location=t["location"], baseline_value=FORMULA,
                                baseline_year=2026, rpjmd_id=misi.id)
        budget.set_program_targets(ws, program.id, {2027: t["program_target"]})
        budget.set_budget(ws, program.id, 2027, "APBD", 1_250_000_000)
        budget.add_activity(ws, program.id, t["activity"], start_year=2027, end_year=2027)
        institutions.add_member(ws, "dewan", t["member"], position=t["position"])
        institutions.add_regulation(ws, "Peraturan Bupati", t["regulation"], target_year=2027)
        institutions.add_enabler(ws, "financing", t["enabler"], description=LONG,
                                 target_year=2028)
        institutions.set_narrative(ws, "bodies", t["narrative"])
        quickwin_profiles.set_profile(ws, program.id, innovation_name=t["innovation"],
                                      problem=t["problem"], risks=t["risks"])
        quickwin_profiles.add_milestone(ws, program.id, 3, t["milestone"], progress=40)
        snap = take_snapshot(ws)
    return {"snap": snap,
            "pdf": export(snap, "masterplan", "pdf", folder / "mp.pdf"),
            "docx": export(snap, "masterplan", "docx", folder / "mp.docx")}


def test_services_removed_control_characters(files):
    profile = next(iter(files["snap"].quickwin_profiles.values()))
    assert profile.risks == "bel dan escape selesai"


def test_pdf_prints_every_field_as_typed(files):
    text = norm(" ".join(p.extract_text() for p in PdfReader(files["pdf"]).pages))
    for field, typed in TYPED.items():
        if typed == LONG:  # runs over pages: the running header comes between its words
            continue
        wanted = "bel dan escape selesai" if typed == CONTROL else typed
        assert norm(wanted) in text, field
    # the 20,000-character texts (the recommendation, the enabler) print in full, in order
    words = LONG.split()
    assert text.count(words[0]) == 2 and text.count(words[-2]) == 2
    first = text.find(words[0])
    positions = [text.find(w, first) for w in words[::100]]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert norm(LONGEST_TARGET) in text
    assert "\x07" not in text and "\x1b" not in text
    assert "Rp 1.250.000.000" in text and "SATPOL PP" in text


def test_docx_keeps_every_field_as_typed(files):
    doc = open_docx(files["docx"])
    cells = {c.text for t in doc.tables for r in t.rows for c in r.cells}
    paragraphs = {p.text for p in doc.paragraphs}
    everything = " ".join(cells | paragraphs)
    for field, typed in TYPED.items():
        wanted = "bel dan escape selesai" if typed == CONTROL else typed
        assert wanted in everything, field
    assert LONG in cells  # the recommendation and the enabler description, whole
    assert "SATPOL\u00a0PP" in everything  # an OPD code never breaks across lines
    assert "SATPOL\u00a0PP S1" in cells  # also where the consolidated SWOT cites its sources
