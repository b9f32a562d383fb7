"""Must show (issue 10): one workshop file taken through Bimtek I -> II -> III -> IV with each
stage's exercises through the services, then each stage's report and the final master plan
exported and read back."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from smartbimtek import reference
from smartbimtek.exports import export
from smartbimtek.rules.stages import exercises_for
from smartbimtek.services import (
    agenda,
    budget,
    commitment,
    groups,
    keywords,
    plan,
    programs,
    review,
    roadmap,
    roster,
    swot,
)
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def docx_text(path: Path) -> str:
    body = open_docx(path).element.body
    return " ".join(" ".join(n.text or "" for n in body.iter(qn("w:t"))).split())


def _run_agenda(ws, event_id):
    for step in agenda.list_steps(ws, event_id):
        agenda.start_step(ws, event_id, step.id)
    agenda.stop_step(ws, event_id)


def test_one_file_through_four_bimteks(tmp_path):
    dims = reference.dimension_ids()
    with open_workshop(tmp_path / "region.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name="Majalengka", period_start=2026, period_end=2035)
        opds = [roster.add_opd(ws, code, name) for code, name in (
            ("DISKOMINFO", "Dinas Komunikasi dan Informatika"),
            ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
            ("DINKES", "Dinas Kesehatan"))]
        person = roster.add_participant(ws, "Rina", opds[0].id)

        # -- Bimtek I: readiness, SWOT per OPD, vision keywords, the vision ----------------
        first = plan.start_event(ws, "I", start_date="2026-06-15")
        assert exercises_for(first.stage)[0] == "readiness"
        roster.check_in(ws, person.id, first.id, 1)
        swot.set_readiness(ws, "struktur", "governance", "sedang")
        strength = swot.add_item(ws, opds[0].id, "S", "Jaringan fiber optik", dimension=dims[0])
        weakness = swot.add_item(ws, opds[1].id, "W", "Data belum terpadu", dimension=dims[0])
        for text in ("Digital", "digital", "Sehat", "Sejahtera"):
            keywords.add_keyword(ws, text)
        keywords.pick(ws, "digital")
        keywords.pick(ws, "sejahtera")
        keywords.draft_vision(ws, "Majalengka digital dan sejahtera",
                              missions=["Pelayanan publik digital"])
        _run_agenda(ws, first.id)

        # -- Bimtek II: groups per dimension, programs for 1, 5 and 10 years -----------------
        second = plan.start_event(ws, "II", start_date="2026-07-20")
        assert exercises_for("II")[0] == "programs"
        dimension_groups = groups.groups_per_dimension(ws, {dims[0]: [o.id for o in opds[:2]],
                                                            dims[3]: [opds[2].id]})
        program_ids = []
        for horizon, years in (("short", (2026, 2026)), ("medium", (2026, 2030)),
                               ("long", (2026, 2035))):
            program = programs.add_program(ws, opds[0].id, f"Satu Data {horizon}", dims[0],
                                           horizon=horizon, start_year=years[0],
                                           end_year=years[1])
            groups.set_entry_group(ws, "program", program.id, dimension_groups[0].id)
            budget.set_budget(ws, program.id, 2026, "APBD", 400_000_000)
            program_ids.append(program.id)
        health = programs.add_program(ws, opds[2].id, "Telemedisin Puskesmas", dims[3],
                                      horizon="quick_win", start_year=2026, end_year=2026)
        assert roadmap.coverage(ws)[dims[3]][""]["1"] == 1
        _run_agenda(ws, second.id)

        # -- Bimtek III: strategy per dimension, road map, quick wins per dimension ----------
        third = plan.start_event(ws, "III", start_date="2026-08-24")
        swot.add_strategy(ws, "WO", "Integrasi data lewat jaringan fiber",
                          [strength.id, weakness.id], dimension=dims[0])
        roadmap.set_limits(ws, budget_ceiling_per_year=1_000_000_000)
        assert [c.kind for c in roadmap.conflicts(ws)] == ["budget"]
        roadmap.move(ws, program_ids[2], 2028, 2035)
        budget.set_budget(ws, program_ids[2], 2026, "APBD", None)
        assert roadmap.conflicts(ws) == []
        programs.set_quick_win(ws, health.id, True)
        _run_agenda(ws, third.id)

        # -- Bimtek IV: review every chapter, answer comments, sign the commitment -----------
        fourth = plan.start_event(ws, "IV", start_date="2026-09-21")
        assert exercises_for("IV")[0] == "review"
        comment = review.add_comment(ws, "chapter", "roadmap", "Tahun program 10 tahun?",
                                     group_id=dimension_groups[0].id, author="Kelompok Tata Kelola")
        review.answer_comment(ws, comment.id, "Dimulai 2028", resolved=True)
        for key, _title in review.chapters():
            review.set_status(ws, "chapter", key, "agreed")
        for program_id in [*program_ids, health.id]:
            review.set_status(ws, "program", program_id, "agreed")
        for signer in commitment.signers_from_heads(ws):
            commitment.set_signed(ws, signer.id, signed_at="2026-09-22T10:00:00+07:00")
        _run_agenda(ws, fourth.id)

        # Every record knows the bimtek it came from and was last changed in.
        stamps = ws.query_one("SELECT created_event_id, changed_event_id FROM programs "
                              "WHERE id=?", (program_ids[2],))
        assert tuple(stamps) == (second.id, third.id)
        assert ws.query_one("SELECT created_event_id FROM swot_items WHERE id=?",
                            (strength.id,))[0] == first.id
        snap = take_snapshot(ws)
        assert snap.final_draft and [e.stage for e in snap.events] == ["I", "II", "III", "IV"]

        for event in (first, second, third, fourth):
            path = export(ws, "report", "pdf", tmp_path / f"laporan-{event.stage}.pdf",
                          event_id=event.id)
            text = pdf_text(path)
            assert f"Bimtek {event.stage}" in text or event.title in text
        pdf = pdf_text(export(ws, "masterplan", "pdf", tmp_path / "masterplan.pdf"))
        docx = docx_text(export(ws, "masterplan", "docx", tmp_path / "masterplan.docx"))
    for text in (pdf, docx):
        assert "DRAF FINAL MASTERPLAN SMART CITY" in text
        assert "DRAFT MASTERPLAN" not in text
        assert "Majalengka digital dan sejahtera" in text
        assert "KOMITMEN BERSAMA" in text
        assert "ditandatangani 22 September 2026" in text
        for code in ("DISKOMINFO", "BAPPEDA", "DINKES"):
            assert code in text
