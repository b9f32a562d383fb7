"""The master plan as a plan (issue 9), read back from the demo's DOCX (python-docx) and PDF
(pypdf): gap analysis, consolidated SWOT, strategic issues (BAB III); tujuan and sasaran with
baseline and yearly targets, RPJMD alignment (BAB IV); strategies and programs per dimension
with location, budget and yearly targets (BAB V); institutions and enablers (BAB VI); action
plan and budget totals (BAB VII); quick win profiles (BAB VIII). The demo's BAB III-VIII has no
placeholder and no workshop mechanics; a new workshop's says what to fill and where."""

from __future__ import annotations

import pytest
from docx import Document as open_docx
from test_export_documents import chapter, docx_chapters, norm, pdf_chapters

from smartbimtek.demo import create_demo
from smartbimtek.exports import build, export
from smartbimtek.exports.common import rupiah
from smartbimtek.exports.document import Heading, Placeholder
from smartbimtek.reference import dimension_ids
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop

PLAN_CHAPTERS = ("BAB III", "BAB IV", "BAB V", "BAB VI", "BAB VII", "BAB VIII")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan_demo")
    with open_workshop(create_demo(folder / "demo.bimtek")) as ws:
        snap = take_snapshot(ws)
    pdf = export(snap, "masterplan", "pdf", folder / "masterplan.pdf")
    docx = export(snap, "masterplan", "docx", folder / "masterplan.docx")
    tables = [[[norm(c.text) for c in row.cells] for row in t.rows]
              for t in open_docx(docx).tables]
    return {"snap": snap, "pdf": pdf_chapters(pdf), "docx": docx_chapters(docx),
            "tables": tables}


def plain(text: str) -> str:
    """No-break spaces and hyphens as ordinary ones, whitespace collapsed."""
    return norm(text.replace("\u00a0", " ").replace("\u2011", "-"))


def texts(demo, fmt: str) -> dict[str, str]:
    chapters = demo[fmt]
    return {key: plain(chapter(chapters, key)) for key in PLAN_CHAPTERS}


def table_with(demo, header: list[str]) -> list[list[str]]:
    found = [t for t in demo["tables"] if t and [plain(c) for c in t[0]] == header]
    assert found, header
    return [[plain(c) for c in row] for t in found for row in t]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bab3_gap_consolidated_swot_and_issues(demo, fmt):
    snap, text = demo["snap"], texts(demo, fmt)["BAB III"]
    assert len(snap.gaps) >= 18 and len(snap.region_swot) >= 20 and snap.strategic_issues
    for cell in snap.gaps:
        for value in (cell.current, cell.expected, cell.gap, cell.recommendation):
            assert norm(value) in text, value
    for item in snap.region_swot:
        assert norm(item.text) in text, item.text
    for issue in snap.strategic_issues:
        assert norm(issue.text) in text, issue.text
    assert "konvensi diagram SWOT" in text and "konvensi matriks IE" in text
    assert "Analisis Kesenjangan" in text and "Matriks IE per dimensi" in text


def test_bab3_consolidated_swot_links_to_the_opd_items(demo):
    """Each region factor names the OPD items it came from (codes of the annex)."""
    snap = demo["snap"]
    rows = table_with(demo, ["Kode", "Faktor", "Bobot", "Rating", "Skor",
                             "Sumber (butir SWOT OPD)"])
    by_text = {r[1]: r for r in rows if len(r) == 6}
    item = next(i for i in snap.region_swot if i.source_ids)
    source = snap.swot_by_id[item.source_ids[0]]
    row = by_text[norm(item.text)]
    assert snap.opd_code(source.opd_id) in row[5]
    assert row[2] == f"{item.weight:.2f}".replace(".", ",") and row[3] == str(item.rating)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bab4_objectives_targets_and_rpjmd(demo, fmt):
    snap, text = demo["snap"], texts(demo, fmt)["BAB IV"]
    for item in snap.objectives:
        assert norm(item.text) in text, item.text
        if item.indicator:
            assert norm(item.indicator) in text
    for item in snap.rpjmd:
        assert norm(item.text) in text, item.text
    # a 10-year period: two tables of five year columns
    assert "Target tahunan sasaran 2027–2031" in text and "Target tahunan sasaran 2032–2036" in text
    assert "Keselarasan sasaran dan program masterplan dengan RPJMD" in text


def test_bab4_target_table_years_as_columns(demo):
    snap = demo["snap"]
    rows = table_with(demo, ["Kode", "Indikator (satuan)", "2027", "2028", "2029", "2030",
                             "2031"])
    measured = [o for o in snap.objectives if o.indicator]
    assert measured
    for item in measured:
        row = next(r for r in rows if r[1].startswith(norm(item.indicator)))
        assert row[2:] == [norm(item.targets.get(y, "")) or "–" for y in range(2027, 2032)]
        if item.baseline_value:  # the baseline (value and year) is in the objectives table
            base = table_with(demo, ["Kode", "Sasaran", "Indikator", "Satuan",
                                     "Nilai dasar (tahun)", "Dimensi"])
            assert any(r[4] == f"{item.baseline_value} ({item.baseline_year})" for r in base
                       if len(r) > 4 and r[1] == norm(item.text))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bab5_strategies_and_programs_per_dimension(demo, fmt):
    snap, text = demo["snap"], texts(demo, fmt)["BAB V"]
    for item in snap.strategies:
        assert norm(item.text) in text
    for program in snap.programs:
        plan = snap.program_plan(program.id)
        assert norm(plan.location) in text, program.title
        total = sum(b.amount for b in plan.budgets)
        assert f"{rupiah(total, prefix=False)} " in text, program.title
    for bucket in ("Program 1 tahun", "Program 5 tahun", "Program 10 tahun"):
        assert bucket in text
    assert "Strategi per dimensi" in text


def test_bab5_yearly_targets_and_budgets(demo):
    snap = demo["snap"]
    rows = table_with(demo, ["No", "Uraian", "2027", "2028", "2029", "2030", "2031"])
    numbers = {}
    from smartbimtek.exports.common import program_numbers

    numbers = program_numbers(snap)
    program = next(p for p in snap.programs
                   if len({b.year for b in snap.program_plan(p.id).budgets}) >= 3)
    plan = snap.program_plan(program.id)
    i = next(k for k, r in enumerate(rows) if r[0] == numbers[program.id] and r[1] == "Target")
    assert rows[i][2:] == [norm(plan.targets.get(y, "")) or "–" for y in range(2027, 2032)]
    spent = [sum(b.amount for b in plan.budgets if b.year == y) for y in range(2027, 2032)]
    assert rows[i + 1][1] == "Anggaran (Rp)"
    assert rows[i + 1][2:] == [rupiah(v, prefix=False) if v else "–" for v in spent]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bab6_institutions_and_enablers(demo, fmt):
    snap, text = demo["snap"], texts(demo, fmt)["BAB VI"]
    for member in snap.members:
        if member.body in ("dewan", "pelaksana"):
            assert norm(member.name) in text and norm(member.position) in text
    for item in snap.regulations:
        assert norm(item.subject) in text and item.instrument in text
    for item in snap.enablers:
        assert norm(item.title) in text and norm(item.description) in text
    for value in snap.enabler_narratives.values():
        assert norm(value.split("\n\n")[0]) in text
    assert "Dalam penyusunan" in text or "Rencana" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bab7_action_plan_and_budget_totals(demo, fmt):
    snap, text = demo["snap"], texts(demo, fmt)["BAB VII"]
    totals = snap.budget_totals
    for plan in snap.program_plans.values():
        for activity in plan.activities:
            assert norm(activity.title) in text, activity.title
    assert plain(rupiah(totals.total)) in text
    for year, value in totals.by_year.items():
        assert f"{year} {rupiah(value, prefix=False)}" in text, year
    for source, value in totals.by_source.items():
        assert f"{source} {rupiah(value, prefix=False)}" in text, source
    assert "Perkiraan anggaran per tahun dan sumber pendanaan 2027–2036" in text


def test_bab7_budget_per_dimension_table(demo):
    snap = demo["snap"]
    rows = table_with(demo, ["Dimensi", "Anggaran (Rp)", "Porsi"])
    got = {r[0]: r[1] for r in rows[1:]}
    from smartbimtek.exports.common import dimension_name

    for dim in dimension_ids():
        assert got[dimension_name(dim)] == rupiah(snap.budget_totals.by_dimension.get(dim, 0),
                                                  prefix=False)
    assert got["Jumlah"] == rupiah(snap.budget_totals.total, prefix=False)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bab8_quick_win_profiles(demo, fmt):
    snap, text = demo["snap"], texts(demo, fmt)["BAB VIII"]
    wins = [p for p in snap.programs if p.quick_win]
    assert wins
    for program in wins:
        profile = snap.quickwin_profile(program.id)
        for value in (profile.innovation_name, profile.acronym, profile.problem,
                      profile.beneficiaries, profile.indicator, profile.risks):
            assert norm(value) in text, value
        for milestone in profile.milestones:
            assert norm(milestone.description) in text
            assert f"{milestone.progress}%" in text
        assert plain(rupiah(profile.budget)) in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_no_workshop_mechanics_in_the_plan(demo, fmt):
    whole = plain(" ".join(demo[fmt].values()))
    for mechanic in ("Peringkat seluruh program", "Hasil kerja bimtek", "Skor penilaian program",
                     "belum menyampaikan", "OPD yang berkontribusi", "dot voting", "Rank ",
                     "prioritisasi", "tercatat hadir"):
        assert mechanic not in whole, mechanic


def test_the_ranking_moved_to_the_report(demo, tmp_path):
    report = export(demo["snap"], "report", "docx", tmp_path / "laporan.docx")
    text = plain(" ".join(docx_chapters(report).values()))
    assert "Peringkat seluruh program" in text and "Suara" in text


def _placeholders_by_chapter(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for block in doc.blocks:
        if isinstance(block, Heading) and block.level == 1:
            current = block.text
        elif isinstance(block, Placeholder):
            out.setdefault(current.split("  ")[0], []).append(block.display())
    return out


def test_demo_plan_chapters_have_no_placeholder(demo):
    found = _placeholders_by_chapter(build(demo["snap"], "masterplan"))
    assert not {k: v for k, v in found.items() if k in PLAN_CHAPTERS}, found
    for fmt in ("pdf", "docx"):
        for key, text in texts(demo, fmt).items():
            assert "[Belum" not in text, (fmt, key)


def test_new_workshop_says_what_to_fill_and_where(tmp_path):
    from smartbimtek.services import plan, programs, roster

    with open_workshop(tmp_path / "new.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name="Contoh", period_start=2027, period_end=2031)
        opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
        programs.add_program(ws, opd.id, "Program tanpa rencana", "governance",
                             quick_win=True)
        snap = take_snapshot(ws)
    found = _placeholders_by_chapter(build(snap, "masterplan"))
    where = {"BAB III": "Rencana > Analisis", "BAB IV": "Rencana > Arah",
             "BAB V": "Program > tab Rencana", "BAB VI": "Rencana > Kelembagaan",
             "BAB VII": "Program > tab Rencana",
             "BAB VIII": "Matriks prioritas > Quick win > Ubah profil"}
    for key, view in where.items():
        assert any(view in p for p in found.get(key, [])), (key, found.get(key))
    text = plain(" ".join(pdf_chapters(export(snap, "masterplan", "pdf",
                                              tmp_path / "p.pdf")).values()))
    assert "[Belum diisi: analisis kesenjangan" in text
    assert "diisi pada Rencana > Kelembagaan]" in text


def _strings(node):
    from reportlab.graphics.shapes import String

    if isinstance(node, String):
        yield node.text
    for child in getattr(node, "contents", []):
        yield from _strings(child)


def test_ie_matrix_and_budget_charts_from_one_description():
    from smartbimtek.exports import charts, charts_plan

    ie = charts_plan.IeMatrix([charts.SwotPoint("Governance", 3.0, 2.4),
                               charts.SwotPoint("Living", 1.3, 2.0)])
    texts = set(_strings(charts.to_drawing(ie, 400)))
    assert {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "Governance",
            "Living"} <= texts
    assert "Total skor IFAS (S + W): 4,0 kuat – 1,0 lemah" in texts  # the convention named
    bars = charts_plan.BudgetBars([2027, 2028], ["APBD", "KPBU"],
                                  {(2027, "APBD"): 2_000_000_000, (2028, "KPBU"): 500_000_000})
    texts = set(_strings(charts.to_drawing(bars, 400)))
    assert {"2027", "2028", "APBD", "KPBU", "0"} <= texts
    assert charts.to_png(ie)[:4] == b"\x89PNG" and charts.to_png(bars)[:4] == b"\x89PNG"


def test_rpjmd_table_lists_each_sasaran_under_its_misi(demo):
    snap = demo["snap"]
    rows = table_with(demo, ["Misi/sasaran RPJMD", "Tujuan/sasaran masterplan",
                             "Program masterplan"])
    firsts = [r[0] for r in rows]
    misi = [i for i in snap.rpjmd if i.kind == "misi"]
    starts = [firsts.index(norm(f"{m.code}: {m.text}")) for m in misi]
    assert starts == sorted(starts)
    ends = starts[1:] + [len(rows)]
    bounds = {m.id: (low, high) for m, low, high in zip(misi, starts, ends, strict=True)}
    children = [i for i in snap.rpjmd if i.kind == "sasaran" and i.parent_id in bounds]
    assert children
    for child in children:
        low, high = bounds[child.parent_id]
        at = firsts.index(norm(f"{child.code}: {child.text}"))
        assert low < at < high, child.code
