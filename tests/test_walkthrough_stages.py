"""The four bimteks as a facilitator runs them in the real console (issue 10): from the demo
at the end of Bimtek I, each next bimtek is started with the Event tab's "Add event with its
agenda template", its agenda run with the run bar's "Next step", and its exercises done
with the buttons the user guide names: Bimtek II the groups per dimension, a 10-year
program and its coverage cell; Bimtek III a strategy per dimension, a road map bar dragged
(and the drag undone with Ctrl+Z, then done again), a quick win chosen per dimension;
Bimtek IV the review statuses, a table's comment answered and resolved, every chapter
agreed, the commitment filled from the heads and signed. Each stage's laporan and the final
master plan are exported through the Export dialog and read back."""

from __future__ import annotations

import re
import shutil

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_support import make_settings

from smartbimtek.demo import create_demo
from smartbimtek.rules.stages import next_stage
from smartbimtek.services import (
    agenda,
    budget,
    commitment,
    groups,
    lan,
    plan,
    programs,
    review,
    roadmap,
    roster,
    swot,
)
from ui import i18n
from ui.controller import Controller
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.views.quickwins import ID_ROLE

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def stage_one(tmp_path_factory):
    return create_demo(tmp_path_factory.mktemp("walk") / "sukamaju.bimtek", stage="I")


@pytest.fixture
def console(qtbot, tmp_path, stage_one):
    i18n.install(QApplication.instance(), "id")
    path = tmp_path / "sukamaju.bimtek"
    shutil.copyfile(stage_one, path)
    controller = Controller()
    window = MainWindow(controller, make_settings(tmp_path), projector=True)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.files.open_path(path)
    window.banner.hide()
    yield window
    window.close()
    controller.close()


def settle(qtbot, rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(1)


def flat(text: str) -> str:
    """Text without whitespace (table cells wrap differently)."""
    return re.sub(r"\s+", "", text)


def docx_text(path) -> str:
    body = open_docx(path).element.body
    return " ".join(node.text or "" for node in body.iter() if node.tag == qn("w:t"))


def start_bimtek(qtbot, window, stage: str) -> None:
    """Lokakarya > Kegiatan: choose the stage, "Tambah kegiatan beserta templat agendanya";
    then the run bar's "Langkah berikutnya" starts the first step."""
    view = window.show_view("workshop")
    view.tabs.setCurrentWidget(view.event_panel)
    panel = view.event_panel
    panel.new_stage.setCurrentIndex(panel.new_stage.findData(stage))
    panel.add_button.click()
    settle(qtbot)
    event = plan.current_event(window.controller.ws)
    assert event.stage == stage
    window.app_actions.next_step.trigger()
    settle(qtbot)
    step = agenda.current_step(window.controller.ws, event.id)
    assert step is not None and step.state == "running"
    assert window.run_bar.step_label.text() == step.title


def run_to_step(qtbot, window, kind: str) -> None:
    """Press "Langkah berikutnya" until a step of ``kind`` runs (at the end of day one the
    agenda stops; the next press starts day two)."""
    ws = window.controller.ws
    event = plan.current_event(ws)
    for _ in range(40):
        step = agenda.current_step(ws, event.id)
        if step is not None and step.kind == kind:
            return
        window.app_actions.next_step.trigger()
        settle(qtbot, 1)
    raise AssertionError(f"no {kind} step in the agenda")


def on_projector(qtbot, window, button, kind: str) -> None:
    """Click a view's "Tampilkan di proyektor": the projector window shows ``kind``."""
    button.click()
    settle(qtbot)
    assert window.controller.board[0] == kind
    assert window.projector.board_kind == kind


def leading_views(window, stage: str) -> set[str]:
    """The sidebar entries marked as the running bimtek's exercises (by their tooltip)."""
    items = [window.sidebar.item(row) for row in range(window.sidebar.count())]
    return {item.text() for item in items if item.toolTip() == f"Latihan Bimtek {stage}"}


def export(qtbot, window, tmp_path, docs: tuple[str, ...], fmt: str = "docx") -> list:
    """File > Export documents: only ``docs`` in ``fmt``, for the running event."""
    dialog = ExportDialog(window.controller, window.settings, window)
    qtbot.addWidget(dialog)
    for doc, check in dialog.doc_checks.items():
        check.setChecked(doc in docs)
    for name, check in dialog.format_checks.items():
        check.setChecked(name == fmt)
    stage = plan.current_event(window.controller.ws).stage
    dialog.folder.setText(str(tmp_path / f"ekspor-{stage}"))
    dialog.show()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=300_000)
    assert not dialog.failures, dialog.failures
    dialog.close()
    return sorted((tmp_path / f"ekspor-{stage}").glob(f"*.{fmt}"))


def bimtek_two(qtbot, window, tmp_path) -> str:
    ws = window.controller.ws
    start_bimtek(qtbot, window, "II")
    assert {"Program", "Matriks prioritas"} <= leading_views(window, "II")
    # Kelompok: "Satu kelompok per dimensi" makes six groups with their join codes
    view = window.show_view("workshop")
    panel = view.groups_panel
    view.tabs.setCurrentWidget(panel)
    panel.per_dimension_button.click()
    settle(qtbot)
    made = groups.list_groups(ws, plan.current_event(ws).id, kind="dimension")
    assert len(made) == 6 and set(lan.group_codes(ws)) >= {g.id for g in made}
    assert panel.group_list.count() == 6
    # ... then each group's OPDs ticked in "OPD anggota" and "Simpan kelompok"
    panel.select_group(made[-1].id)  # Smart Environment
    settle(qtbot)
    for row in range(panel.opd_list.count()):
        item = panel.opd_list.item(row)
        if item.text().split(" ")[0] in ("DLH", "DISTAN"):
            item.setCheckState(Qt.CheckState.Checked)
    panel.save_button.click()
    settle(qtbot)
    members = groups.get_group(ws, made[-1].id).opd_ids
    assert len(members) == 2 and made[-1].dimension == "environment"
    # Program: a 10-year program of a dimension group, with its owner OPD
    run_to_step(qtbot, window, "programs")
    view = window.show_view("programs")
    view.tabs.setCurrentIndex(0)
    coverage = view.tabs.widget(2)
    before = len(programs.list_programs(ws, horizon="long"))
    view.new_button.click()
    editor = view.editor
    editor.title.setText("Jaringan Irigasi Cerdas Berbasis Sensor")
    editor.opd.setCurrentIndex(editor.opd.findText("DISTAN", Qt.MatchFlag.MatchStartsWith))
    editor.dimension.setCurrentIndex(editor.dimension.findData("environment"))
    editor.horizon.setCurrentIndex(editor.horizon.findData("long"))
    editor.save_button.click()
    settle(qtbot)
    added = next(p for p in programs.list_programs(ws) if p.title.startswith("Jaringan Irigasi"))
    assert added.horizon == "long" and added.dimension == "environment"
    assert len(programs.list_programs(ws, horizon="long")) == before + 1
    # its first budget estimate in the editor's Rencana tab: a funding source, one year
    assert view.select_program(added.id)
    editor.tabs.setCurrentWidget(editor.plan_panel)
    plan_panel = editor.plan_panel
    plan_panel.add_source.setCurrentIndex(plan_panel.add_source.findData("APBD"))
    plan_panel.add_source.activated.emit(plan_panel.add_source.currentIndex())
    first_year = plan.get_plan(ws).period_start
    plan_panel.budgets.edit_cell("APBD", first_year, "Rp 750.000.000")
    settle(qtbot)
    assert budget.get_program_plan(ws, added.id).budget_total == 750_000_000
    editor.tabs.setCurrentIndex(0)
    # Cakupan: the environment row's 10-year column counts it
    view.tabs.setCurrentWidget(coverage)
    settle(qtbot)
    cell = coverage.cell_item("environment", added.element or "", "10")
    assert cell is not None and int(cell.text()) >= 1
    on_projector(qtbot, window, coverage.projector_button, "coverage")
    return added.id


def bimtek_three(qtbot, window, tmp_path) -> None:
    ws = window.controller.ws
    start_bimtek(qtbot, window, "III")
    assert {"Papan SWOT", "Peta jalan"} <= leading_views(window, "III")
    # Strategi per dimensi: TOWS tab at region level, one dimension chosen
    run_to_step(qtbot, window, "swot")
    board = window.show_view("swot")
    board.tabs.setCurrentWidget(board.tows)
    tows = board.tows
    tows.region.setChecked(True)
    tows.dimension_filter.setCurrentIndex(tows.dimension_filter.findData("economy"))
    settle(qtbot)
    dialog = tows.open_add_dialog("SO")
    assert dialog.dimension.currentData() == "economy"  # the guide: it gets the dimension
    dialog.text.setPlainText("Menghubungkan UMKM dengan lokapasar daerah")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(qtbot)
    strategy = next(s for s in swot.list_strategies(ws) if s.text.startswith("Menghubungkan UMKM"))
    assert strategy.dimension == "economy" and strategy.opd_id is None
    # Peta jalan: a bar dragged one year to the right, Ctrl+Z, then dragged again
    run_to_step(qtbot, window, "programs")
    view = window.show_view("roadmap")
    settle(qtbot)
    canvas = view.canvas
    canvas.grab()
    axis = canvas.layout_record.axis
    bar = next(b for b in canvas.data.bars if b.start_year is not None
               and (b.end_year or b.start_year) < axis.last
               and b.program_id in canvas.layout_record.bar_rects)
    first = (bar.start_year, bar.end_year)
    start = canvas.layout_record.bar_rects[bar.program_id].center().toPoint()
    end = QPoint(int(start.x() + axis.width), start.y())

    def drag():
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         start)
        QTest.mouseMove(canvas, QPoint((start.x() + end.x()) // 2, start.y()))
        QTest.mouseMove(canvas, end)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, end)
        settle(qtbot)

    def years():
        p = programs.get_program(ws, bar.program_id)
        return p.start_year, p.end_year

    drag()
    moved = (first[0] + 1, (first[1] or first[0]) + 1)
    assert years() == moved
    window.app_actions.undo.trigger()
    settle(qtbot)
    assert years() == first
    canvas.grab()
    drag()
    assert years() == moved
    on_projector(qtbot, window, view.project_button, "roadmap")
    # Quick win per dimensi: Matriks prioritas > Daftar quick win, one checked
    run_to_step(qtbot, window, "prioritisation")
    view = window.show_view("matrix")
    view.side.setCurrentWidget(view.quick_wins)
    settle(qtbot)
    quick = view.quick_wins
    unchosen = next(item for item in quick.program_items()
                    if item.checkState(0) == Qt.CheckState.Unchecked)
    program_id = unchosen.data(0, ID_ROLE)
    unchosen.setCheckState(0, Qt.CheckState.Checked)
    settle(qtbot)
    chosen = [p for p in programs.list_programs(ws) if p.quick_win]
    assert len({p.dimension for p in chosen}) == 6
    on_projector(qtbot, window, view.project_button, "quickwins")
    assert programs.get_program(ws, program_id).quick_win
    assert roadmap.budget_per_year(ws)


def bimtek_four(qtbot, window, tmp_path) -> None:
    ws = window.controller.ws
    start_bimtek(qtbot, window, "IV")
    assert {"Tinjauan", "Komitmen"} <= leading_views(window, "IV")
    run_to_step(qtbot, window, "review")
    view = window.show_view("review")
    settle(qtbot)
    # Groups belong to one event: Bimtek IV's tables are made again in the groups tab
    workshop = window.show_view("workshop")
    workshop.tabs.setCurrentWidget(workshop.groups_panel)
    workshop.groups_panel.per_dimension_button.click()
    settle(qtbot)
    # ... with the member OPDs of the same dimension's group at the bimtek before
    environment = next(g for g in groups.list_groups(ws, kind="dimension")
                       if g.dimension == "environment")
    codes = {o.id: o.code for o in roster.list_opds(ws)}
    assert {codes[o] for o in environment.opd_ids} == {"DLH", "DISTAN"}
    view = window.show_view("review")
    settle(qtbot)
    # A table's comment on the vision chapter, answered and resolved on screen
    group = groups.list_groups(ws, kind="dimension")[0]
    view.select_subject("chapter", "visi")
    view.status_buttons["discussed"].click()
    view.group_combo.setCurrentIndex(view.group_combo.findData(group.id))
    view.new_comment.setText("Misi ketiga perlu menyebut desa terpencil.")
    view.add_button.click()
    settle(qtbot)
    [comment] = [c for c in review.list_comments(ws, "chapter", "visi")
                 if c.text.startswith("Misi ketiga")]
    view.comment_list.item(view.comment_list.count() - 1).setSelected(True)
    view.answer_edit.setText("Ditambahkan pada misi ketiga.")
    view.answer_button.click()
    settle(qtbot)
    view.comment_list.item(view.comment_list.count() - 1).setSelected(True)
    view.resolve_button.click()
    settle(qtbot)
    comment = review.get_comment(ws, comment.id)
    assert comment.answer == "Ditambahkan pada misi ketiga." and comment.resolved
    assert not view.banner.isVisible()
    # Every chapter agreed: the banner says the master plan prints as the final draft
    for key, _title in review.chapters():
        view.select_subject("chapter", key)
        view.status_buttons["agreed"].click()
    settle(qtbot)
    assert review.all_agreed(ws) and view.banner.isVisible()
    view.table.clearSelection()
    on_projector(qtbot, window, view.show_button, "review")
    # Komitmen: "Isi dari para kepala", then each signer marked as signed
    view = window.show_view("commitment")
    settle(qtbot)
    view.fill_button.click()
    settle(qtbot)
    signers = commitment.list_signers(ws)
    assert signers and signers[0].role == "kepala_daerah"
    for row in range(len(signers)):
        view.table.selectRow(row)
        view.sign_button.click()
        settle(qtbot, 1)
    assert all(s.signed for s in commitment.list_signers(ws))
    on_projector(qtbot, window, view.show_button, "commitment")


def test_four_bimteks_in_the_console(qtbot, console, tmp_path):
    window = console
    ws = window.controller.ws
    assert plan.current_event(ws).stage == "I"
    [laporan_one] = export(qtbot, window, tmp_path, ("report",))
    assert "Bimtek I" in docx_text(laporan_one)

    added = bimtek_two(qtbot, window, tmp_path)
    [laporan_two] = export(qtbot, window, tmp_path, ("report",))
    text = flat(docx_text(laporan_two))
    assert flat("Jaringan Irigasi Cerdas Berbasis Sensor") in text
    assert flat("Smart Environment") in text

    bimtek_three(qtbot, window, tmp_path)
    [laporan_three] = export(qtbot, window, tmp_path, ("report",))
    assert flat("Menghubungkan UMKM dengan lokapasar daerah") in flat(docx_text(laporan_three))

    bimtek_four(qtbot, window, tmp_path)
    files = export(qtbot, window, tmp_path, ("report", "masterplan"))
    assert len(files) == 2
    laporan_four = next(f for f in files if f not in (laporan_one, laporan_two, laporan_three)
                        and "masterplan" not in f.name.lower())
    masterplan = next(f for f in files if f != laporan_four)
    signers = commitment.list_signers(ws)
    assert flat(f"{len(signers)} dari {len(signers)} penandatangan") in flat(
        docx_text(laporan_four))
    final = flat(docx_text(masterplan))
    assert flat("Draf Final") in final or flat("DRAF FINAL") in final
    assert flat(programs.get_program(ws, added).title) in final


def test_the_next_bimtek_is_offered_and_keeps_the_venue_and_facilitators(qtbot, console):
    """A Bimtek I file offers Bimtek II in "Kegiatan baru"; the new event keeps the venue and
    the facilitators of the one before (the laporan and the signers need them), and then
    Bimtek III is offered; Ctrl+Z removes the new event again."""
    window = console
    ws = window.controller.ws
    first = plan.current_event(ws)
    view = window.show_view("workshop")
    view.tabs.setCurrentWidget(view.event_panel)
    panel = view.event_panel
    assert panel.new_stage.currentData() == "II"
    panel.add_button.click()
    settle(qtbot)
    second = plan.current_event(ws)
    assert second.stage == "II" and second.id != first.id
    assert second.venue == first.venue and second.facilitators == first.facilitators
    assert panel.venue.text() == first.venue
    assert panel.new_stage.currentData() == "III"
    window.app_actions.undo.trigger()
    settle(qtbot)
    assert plan.current_event(ws).id == first.id
    assert panel.new_stage.currentData() == "II"


def test_next_stage():
    assert [next_stage(s) for s in (None, "I", "II", "III", "IV", "X")] == [
        "I", "II", "III", "IV", "IV", "I"]
