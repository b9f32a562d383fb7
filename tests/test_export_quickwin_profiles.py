"""Profil Quick Win Program Unggulan and the executive summary read back from PDF and DOCX:
one profile page per quick win grouped by dimension with every profile field (innovation
name and acronym, problem, beneficiaries, location, owner and supporting OPDs, budget and
source, indicator with baseline and target, milestones with month, progress bar, risks); the
summary's budget tables (per year x source, per dimension) from ``budget_totals``; hostile text
in the profile fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from smartbimtek import reference
from smartbimtek.exports import build, export
from smartbimtek.exports.common import MONTHS, dimension_name, rupiah
from smartbimtek.exports.quickwins import month_strip, progress_bar
from smartbimtek.model import Milestone
from smartbimtek.services import budget, plan, programs, quickwin_profiles, roster
from smartbimtek.snapshot import take_snapshot


def norm(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [norm(p.extract_text() or "") for p in PdfReader(path).pages]


def docx_text(path: Path) -> str:
    return norm(" ".join(n.text or "" for n in open_docx(path).element.body.iter(qn("w:t"))))


@pytest.fixture(scope="module")
def demo_snap(tmp_path_factory):
    from smartbimtek.demo import create_demo
    from smartbimtek.store import open_workshop

    path = create_demo(tmp_path_factory.mktemp("qw") / "demo.bimtek")
    with open_workshop(path) as ws:
        return take_snapshot(ws)


def test_progress_bar_and_month_strip():
    assert progress_bar(60) == "██████░░░░ 60%"
    assert progress_bar(0) == "░░░░░░░░░░ 0%"
    assert progress_bar(100) == "██████████ 100%"
    assert progress_bar(65) == "██████░░░░ 65%"
    stones = [Milestone("a", "p", 2, "x"), Milestone("b", "p", 5, "y"),
              Milestone("c", "p", 5, "z")]
    assert month_strip(stones, 0) == "██░░░░░░░░░░"  # January-February
    assert month_strip(stones, 1) == "░░███░░░░░░░"  # March-May
    assert month_strip(stones, 2) == "░░░░█░░░░░░░"  # same month as the previous stage


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_one_profile_page_per_quick_win_grouped_by_dimension(demo_snap, tmp_path, fmt):
    snap = demo_snap
    wins = snap.quick_wins()
    path = export(snap, "quickwins", fmt, tmp_path / f"qw.{fmt}")
    if fmt == "pdf":
        pages = pdf_pages(path)
        assert len(pages) == 2 + len(wins)  # cover, contents, one page per quick win
        body = pages[2:]
    else:
        body = [docx_text(path)]
    text = " ".join(body)
    order = {d: i for i, d in enumerate(reference.dimension_ids())}
    headings = [f"DIMENSI {dimension_name(d).upper()}"
                for d in sorted({p.dimension for p in wins}, key=order.get)]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)  # grouped, in the reference order of dimensions
    for program in wins:
        profile = snap.quickwin_profile(program.id)
        plan_data = snap.program_plan(program.id)
        page = next((p for p in body if norm(profile.innovation_name) in p), None)
        assert page is not None, program.title
        owner = snap.opd_by_id[program.opd_id]
        for wanted in (profile.innovation_name, f"({profile.acronym})", profile.problem,
                       profile.beneficiaries, plan_data.location, owner.name, owner.code,
                       rupiah(profile.budget), profile.funding_source, profile.indicator,
                       profile.baseline, profile.target, profile.risks, program.title,
                       *(snap.opd_code(o) for o in program.supporting_opd_ids)):
            assert norm(wanted) in page, (program.title, wanted)
        for stone in profile.milestones:
            assert norm(stone.description) in page
            assert f"{MONTHS[stone.month - 1]} {program.start_year}" in page
            assert progress_bar(stone.progress) in page
    assert "dot voting" not in text.lower() and "Rank" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_summary_summarises_the_plan(demo_snap, tmp_path, fmt):
    snap = demo_snap
    totals = snap.budget_totals
    path = export(snap, "summary", fmt, tmp_path / f"summary.{fmt}")
    if fmt == "pdf":
        pages = pdf_pages(path)
        assert 2 <= len(pages) <= 4
        text = " ".join(pages)
    else:
        text = docx_text(path)
    assert norm(snap.plan.vision) in text
    assert f"Rp {rupiah(totals.total, prefix=False)}" in norm(text)  # the total in a sentence
    for year, amount in totals.by_year.items():  # budget table per year (row: year ... sum)
        assert f"{year} " in text and rupiah(amount, prefix=False) in text, year
    for source, amount in totals.by_source.items():
        assert source in text and rupiah(amount, prefix=False) in text, source
    for dim, amount in totals.by_dimension.items():
        assert f"{dimension_name(dim)} {rupiah(amount, prefix=False)}" in text, dim
    for program in snap.quick_wins():
        profile = snap.quickwin_profile(program.id)
        assert norm(f"{profile.acronym}: {profile.innovation_name}") in text
    region_strategies = [s for s in snap.strategies if s.dimension and not s.opd_id]
    assert region_strategies and norm(region_strategies[0].text) in text
    # the workshop's mechanics are in the laporan, not in the summary
    for mechanics in ("butir SWOT", "telah dinilai", "kegiatan bimtek diikuti", "dot voting",
                      "skor penilaian"):
        assert mechanics not in text, mechanics


def test_summary_and_profiles_of_a_new_workshop_show_placeholders(ws):
    snap = take_snapshot(ws)
    summary = build(snap, "summary").plain_text()
    assert "[Belum tersedia: perkiraan anggaran" in summary
    assert "[Belum tersedia: Quick win belum ditetapkan.]" in summary
    assert "Quick win belum ditetapkan dan belum ada kandidat" in \
        build(snap, "quickwins").plain_text()


HOSTILE = "<b>&amp;</b> =HYPERLINK(\"x\") @SUM ]]> \x07" + " panjang" * 300


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_hostile_profile_fields(ws, tmp_path, fmt):
    plan.update_plan(ws, region_name="<Sukamaju>", period_start=2027, period_end=2031)
    opd = roster.add_opd(ws, "X&Y", "Dinas <script>")
    program = programs.add_program(ws, opd.id, "=1+1 <Program>", "governance",
                                   horizon="quick_win", start_year=2027, end_year=2027,
                                   quick_win=True)
    budget.set_program_plan(ws, program.id, location="<Lokasi & Co>")
    quickwin_profiles.set_profile(ws, program.id, innovation_name="<Inovasi>", acronym="&A;",
                                  problem=HOSTILE, beneficiaries="+Warga <all>",
                                  budget=123456789, funding_source="CSR",
                                  indicator="-Indikator", baseline="@awal", target="=target",
                                  risks=HOSTILE)
    quickwin_profiles.add_milestone(ws, program.id, month=3, description="<tahap> & 1",
                                    progress=45)
    snap = take_snapshot(ws)
    path = export(snap, "quickwins", fmt, tmp_path / f"h.{fmt}")
    text = " ".join(pdf_pages(path)) if fmt == "pdf" else docx_text(path)
    for wanted in ("&A;: <Inovasi>", "<Lokasi & Co>", "+Warga <all>", "Rp 123.456.789 (CSR)",
                   "-Indikator", "@awal", "=target", "<tahap> & 1", "████░░░░░░ 45%",
                   "<b>&amp;</b> =HYPERLINK(\"x\") @SUM ]]>", "=1+1 <Program>", "X&Y", "Dinas <script>"):
        assert wanted in text, wanted
    assert text.count("panjang") == 600  # problem and risks printed in full
    assert "\x07" not in text
