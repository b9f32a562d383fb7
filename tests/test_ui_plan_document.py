"""Rencana > Dokumen on real widgets (issue 9): the kata pengantar fields, the capital town,
the lembar pengesahan, footer and commitment-sheet options, the components in use and the
tim penyusun, over the demo workshop and a new one: enter, edit, undo/redo, refused values,
hostile text."""

from __future__ import annotations

from plan_ui_support import (
    HOSTILE,
    cell_text,
    commit_text,
    demo_controller,
    make_view,
    new_controller,
    type_cell,
    walk_hostile,
)
from PySide6.QtCore import QPoint, Qt
from ui_support import settle

from smartbimtek.services import formal, institutions


def _document(qtbot, controller):
    view = make_view(qtbot, controller)
    view.tabs.setCurrentIndex(3)
    settle(qtbot, 20)
    return view, view.document


def type_line(qtbot, edit, text: str) -> None:
    """Replace a line edit's text by typing, then Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, 10)


def click(qtbot, tab, widget) -> None:
    """Scroll ``widget`` into view and click it."""
    tab.scroll.ensureWidgetVisible(widget)
    settle(qtbot, 10)
    where = QPoint(8, widget.height() // 2)  # a check box reacts on its box and text
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    settle(qtbot, 10)


def test_formal_fields_over_the_demo(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    view, tab = _document(qtbot, controller)
    parts = formal.get_formal(ws)
    assert tab.lines["head_name"].text() == parts.head_name
    assert tab.texts["foreword"].toPlainText() == parts.foreword
    assert tab.flags["approval_sheet"].isChecked() == parts.approval_sheet
    penyusun = institutions.list_members(ws, "penyusun")
    assert tab.team.row_count() == len(penyusun)
    type_line(qtbot, tab.lines["capital_town"], "Kota Baru")
    assert formal.get_formal(ws).capital_town == "Kota Baru"
    commit_text(qtbot, tab.texts["team_foreword"], "Kata pengantar baru.")
    assert formal.get_formal(ws).team_foreword == "Kata pengantar baru."
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    settle(qtbot, 20)
    assert formal.get_formal(ws).capital_town == parts.capital_town
    assert tab.lines["capital_town"].text() == parts.capital_town
    assert tab.texts["team_foreword"].toPlainText() == parts.team_foreword
    type_line(qtbot, tab.lines["head_name"], "x" * 301)  # a name is short text: refused
    assert view.message.text() and formal.get_formal(ws).head_name == parts.head_name
    assert tab.lines["head_name"].text() == parts.head_name


def test_options_and_team_in_a_new_workshop(qtbot, tmp_path):
    controller = new_controller(tmp_path)
    ws = controller.ws
    view, tab = _document(qtbot, controller)
    assert not tab.commitment.isChecked() and not tab.flags["approval_sheet"].isChecked()
    assert tab.lines["head_title"].placeholderText() == formal.head_title(ws)
    click(qtbot, tab, tab.commitment)
    assert formal.commitment_early(ws) is True
    click(qtbot, tab, tab.flags["approval_sheet"])
    click(qtbot, tab, tab.flags["footer_programme"])
    assert formal.get_formal(ws).approval_sheet and formal.get_formal(ws).footer_programme
    click(qtbot, tab, tab.components["alam"])
    assert "alam" in formal.components_in_use(ws)
    for comp in ("struktur", "infrastruktur", "suprastruktur", "alam"):
        click(qtbot, tab, tab.components[comp])
    # the last one could not go: at least one component is in use
    assert formal.components_in_use(ws) == ["alam"] and view.message.text()
    assert tab.components["alam"].isChecked()
    click(qtbot, tab, tab.team.add_button)
    type_cell(qtbot, tab.team, 0, "name", "Ir. Anggota Satu")
    type_cell(qtbot, tab.team, 0, "position", "Perencana Ahli Muda")
    [member] = institutions.list_members(ws, "penyusun")
    assert (member.name, member.position) == ("Ir. Anggota Satu", "Perencana Ahli Muda")
    assert cell_text(tab.team, 0, "name") == "Ir. Anggota Satu"
    controller.undo_stack.undo()  # position
    controller.undo_stack.undo()  # name
    controller.undo_stack.undo()  # the add
    settle(qtbot, 20)
    assert institutions.list_members(ws, "penyusun") == [] and tab.team.row_count() == 0
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    settle(qtbot, 20)
    assert formal.commitment_early(ws) is False and not tab.commitment.isChecked()
    assert formal.components_in_use(ws) == ["struktur", "infrastruktur", "suprastruktur"]


def test_narrative_chapters(qtbot, tmp_path):
    from smartbimtek.services import plan

    controller = new_controller(tmp_path)
    ws = controller.ws
    view, tab = _document(qtbot, controller)
    tab.chapter.setCurrentIndex(tab.chapter.findData("legal_basis"))
    settle(qtbot, 10)
    commit_text(qtbot, tab.chapter_text, "UU 23/2014 tentang Pemerintahan Daerah")
    assert plan.get_plan(ws).narratives["legal_basis"] == \
        "UU 23/2014 tentang Pemerintahan Daerah"
    tab.chapter.setCurrentIndex(tab.chapter.findData("closing"))
    settle(qtbot, 10)
    assert tab.chapter_text.toPlainText() == ""
    commit_text(qtbot, tab.chapter_text, "x" * 100_001)  # too long: refused, nothing written
    assert view.message.text() and "closing" not in plan.get_plan(ws).narratives
    controller.undo_stack.undo()
    tab.chapter.setCurrentIndex(tab.chapter.findData("legal_basis"))
    settle(qtbot, 20)
    assert "legal_basis" not in plan.get_plan(ws).narratives or \
        plan.get_plan(ws).narratives["legal_basis"] == ""
    assert tab.chapter_text.toPlainText() == ""


def test_document_shows_hostile_text_plainly(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    formal.update_formal(ws, head_name=HOSTILE[0], head_title=HOSTILE[1],
                         foreword=HOSTILE[2], team_head_name=HOSTILE[3],
                         team_head_title=HOSTILE[4], team_foreword=HOSTILE[0],
                         capital_town=HOSTILE[1])
    for n, m in enumerate(institutions.list_members(ws, "penyusun")):
        institutions.update_member(ws, m.id, name=HOSTILE[n % 5],
                                   institution=HOSTILE[(n + 2) % 5])
    view, _tab = _document(qtbot, controller)
    walker = walk_hostile(qtbot, view)
    assert walker.tooltips_checked > 5
