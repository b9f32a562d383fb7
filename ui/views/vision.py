"""Console view "Vision" (Bimtek I, day 2): the live list of the vision keywords sent by the
tables and phones (counted as the word cloud counts them), where the facilitator merges
synonyms, picks keywords and types a keyword for a table; beside it the vision and the
missions drafted from the picked keywords. The vision is shown on the projector's
"Keywords & vision" board while it is typed; saving goes through ``keywords.draft_vision``.
Every edit is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.services import groups, keywords, plan

from ..widgets.common import plain_label
from .board_base import BoardView
from .vision_live import live_vision


def keyword_item_text(entry) -> str:
    """A row of the keyword list: ✔ when picked, the label, its count, merged spellings."""
    text = ("✔ " if entry.picked else "") + f"{entry.label} ({entry.count})"
    if entry.variants:
        text += " ← " + ", ".join(entry.variants)
    return text


class VisionView(BoardView):
    """Keywords (merge, unmerge, pick, proxy entry) and the vision and missions draft."""

    ENTITIES = frozenset({"keyword", "plan", "group"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.live = live_vision(controller)
        self.cloud: list = []
        self._dirty = False
        self.keyword_list = QListWidget()
        self.keyword_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.keyword_list.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Expanding)
        self.keyword_list.itemSelectionChanged.connect(self._update_buttons)
        self.keyword_list.itemDoubleClicked.connect(lambda _item: self.toggle_pick())
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setToolTip(self.tr(
            "Count the selected keywords as the first (most frequent) one"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.unmerge_button = QPushButton(self.tr("Unmerge"))
        self.unmerge_button.setToolTip(self.tr("Count the merged spellings on their own again"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.pick_button = QPushButton(self.tr("Pick"))
        self.pick_button.setToolTip(self.tr(
            "Pick the selected keywords for the vision (or take them back)"))
        self.pick_button.clicked.connect(self.toggle_pick)
        self.group_combo = QComboBox()  # the table a typed keyword is for (shown with groups)
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.setToolTip(self.tr("The group (table) the typed keyword comes from"))
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(10)
        self.group_combo.setVisible(False)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Keyword for a table"))
        self.entry.setMaxLength(keywords.MAX_KEYWORD)
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_typed)
        self.count_label = plain_label()

        self.vision_edit = QPlainTextEdit()
        self.vision_edit.setPlaceholderText(self.tr(
            "Type the vision here: the projector shows it as it is typed"))
        self.vision_edit.textChanged.connect(self._vision_typed)
        self.missions_edit = QPlainTextEdit()
        self.missions_edit.setPlaceholderText(self.tr("One mission per line"))
        self.missions_edit.textChanged.connect(self._missions_typed)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.clicked.connect(self.save_draft)
        self.projector_button = QPushButton(self.tr("Show on projector"))
        self.projector_button.clicked.connect(
            lambda: self.controller.show_on_projector("keywords", None))
        self.direction_button = QPushButton(self.tr("Goals and targets…"))
        self.direction_button.setToolTip(self.tr("Plan > Direction: tujuan and sasaran"))
        self.direction_button.clicked.connect(self.open_direction)
        self.sources_label = plain_label()
        self.sources_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Keywords (live)")))
        left.addWidget(self.keyword_list, 1)
        left.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.unmerge_button, self.pick_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.group_combo)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        left.addLayout(entry_row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Vision")))
        right.addWidget(self.vision_edit, 2)
        right.addWidget(self.sources_label)
        right.addWidget(QLabel(self.tr("Missions")))
        right.addWidget(self.missions_edit, 2)
        actions = QHBoxLayout()
        for button in (self.save_button, self.projector_button, self.direction_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the word cloud and (unless the facilitator is typing) the saved draft."""
        selected = set(self.selected_keywords())
        self.keyword_list.clear()
        self.cloud = keywords.cloud(self.ws) if self.ws is not None else []
        for entry in self.cloud:
            item = QListWidgetItem(keyword_item_text(entry), self.keyword_list)
            item.setData(Qt.ItemDataRole.UserRole, entry.keyword)
            item.setSelected(entry.keyword in selected)
        self.count_label.setText(self.tr("{0} keywords, {1} sent").format(
            len(self.cloud), sum(e.count for e in self.cloud)))
        self._fill_groups()
        sources = keywords.vision_sources(self.ws) if self.ws is not None else []
        self.sources_label.setText(self.tr("Drafted from: {0}").format(", ".join(sources))
                                   if sources else "")
        if not self._dirty:
            saved = plan.get_plan(self.ws) if self.ws is not None else None
            self._set_editors(saved.vision if saved else "",
                              "\n".join(saved.missions) if saved else "")
        self._update_buttons()

    def _fill_groups(self) -> None:
        """The bimtek's groups for a typed keyword, keeping the choice; hidden without any."""
        chosen = self.group_combo.currentData()
        found = groups.list_groups(self.ws) if self.ws is not None else []
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(no group)"), None)
        for group in found:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(chosen)))
        self.group_combo.blockSignals(False)
        self.group_combo.setVisible(bool(found))

    def _typed_for(self) -> tuple[str | None, str | None]:
        """``(group_id, opd_id)`` of a typed keyword: the chosen group and its OPD when the
        group is one OPD's table (None when no group is chosen or it has several OPDs)."""
        group_id = self.group_combo.currentData()
        if group_id is None or self.ws is None:
            return None, None
        group = groups.get_group(self.ws, group_id)
        members = list(dict.fromkeys(([group.opd_id] if group.opd_id else []) + group.opd_ids))
        return group_id, members[0] if len(members) == 1 else None

    def _set_editors(self, vision: str, missions: str) -> None:
        for edit, text in ((self.vision_edit, vision), (self.missions_edit, missions)):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)

    def _vision_typed(self) -> None:
        self._dirty = True
        self.live.set_text(self.vision_edit.toPlainText())

    def _missions_typed(self) -> None:
        self._dirty = True

    def selected_keywords(self) -> list[str]:
        """The selected keywords (normalized), in list order (most frequent first)."""
        return [self.keyword_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.keyword_list.count())
                if self.keyword_list.item(i).isSelected()]

    def _entries(self, keys: list[str]) -> list:
        by_key = {e.keyword: e for e in self.cloud}
        return [by_key[k] for k in keys if k in by_key]

    def _update_buttons(self) -> None:
        chosen = self._entries(self.selected_keywords())
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.unmerge_button.setEnabled(any(e.variants for e in chosen))
        self.pick_button.setEnabled(bool(chosen))
        self.pick_button.setText(self.tr("Unpick") if chosen and all(e.picked for e in chosen)
                                 else self.tr("Pick"))
        self.save_button.setEnabled(self.ws is not None)

    # -- edits ----------------------------------------------------------------------------
    def merge_selected(self) -> None:
        """Count the selected keywords as the first selected one (one undo step)."""
        keys = self.selected_keywords()
        if len(keys) < 2:
            return
        ws, kept, synonyms = self.ws, keys[0], keys[1:]

        def do() -> None:
            with ws.transaction():
                for synonym in synonyms:
                    keywords.merge(ws, synonym, kept)

        def undo(_command) -> None:
            with ws.transaction():
                for synonym in synonyms:
                    keywords.unmerge(ws, synonym)

        self.run_edit(self.tr("Merge keywords"), do, undo)

    def unmerge_selected(self) -> None:
        """Count the merged spellings of the selected keywords on their own again."""
        ws = self.ws
        mapping = keywords.merges(ws)
        undone = {v: mapping[v] for e in self._entries(self.selected_keywords())
                  for v in e.variants if v in mapping}
        if not undone:
            return

        def do() -> None:
            with ws.transaction():
                for synonym in undone:
                    keywords.unmerge(ws, synonym)

        def undo(_command) -> None:
            with ws.transaction():
                for synonym, kept in undone.items():
                    keywords.merge(ws, synonym, kept)

        self.run_edit(self.tr("Unmerge keywords"), do, undo)

    def toggle_pick(self) -> None:
        """Pick the selected keywords, or take them back when all are picked."""
        chosen = self._entries(self.selected_keywords())
        if not chosen:
            return
        ws = self.ws
        picked = not all(e.picked for e in chosen)
        changed = [e.keyword for e in chosen if e.picked != picked]

        def apply(value: bool) -> None:
            with ws.transaction():
                for key in changed:
                    keywords.pick(ws, key, value)

        self.run_edit(self.tr("Pick keywords") if picked else self.tr("Unpick keywords"),
                      lambda: apply(picked), lambda _command: apply(not picked))

    def add_typed(self) -> None:
        """Record the typed keyword for a table (proxy entry; with the chosen group and, when
        the group is one OPD's table, its OPD); undo removes it."""
        text = self.entry.text().strip()
        if not text or self.ws is None:
            return
        ws = self.ws
        created: list[str] = []

        def do():
            if created:
                return keywords.restore_keyword(ws, created[0])
            group_id, opd_id = self._typed_for()  # a removed group: refused with a message
            entry = keywords.add_keyword(ws, text, group_id=group_id, opd_id=opd_id)
            created.append(entry.id)
            return entry

        if self.run_edit(self.tr("Add keyword"), do,
                         lambda _command: keywords.delete_keyword(ws, created[0])):
            self.entry.clear()

    def save_draft(self) -> None:
        """Save the vision and missions drafted from the picked keywords (undoable)."""
        if self.ws is None:
            return
        ws = self.ws
        vision = self.vision_edit.toPlainText().strip()
        missions = [m.strip() for m in self.missions_edit.toPlainText().splitlines()
                    if m.strip()]
        before = plan.get_plan(ws)
        before_sources = keywords.vision_sources(ws)

        def undo(_command) -> None:
            keywords.draft_vision(ws, before.vision, missions=list(before.missions),
                                  keywords=before_sources)

        if self.run_edit(self.tr("Save the vision draft"),
                         lambda: keywords.draft_vision(ws, vision, missions=missions),
                         undo) is not None:
            self._dirty = False
            self.live.set_text(None)
            self.message.show_info(self.tr("Vision draft saved."))

    def open_direction(self) -> None:
        """Show Plan > Direction (tujuan and sasaran follow from the vision)."""
        window = self.window()
        if hasattr(window, "show_view"):
            view = window.show_view("plan")
            if hasattr(view, "tabs") and hasattr(view, "direction"):
                view.tabs.setCurrentWidget(view.direction)
