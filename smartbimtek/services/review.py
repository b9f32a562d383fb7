"""The review of Bimtek IV: every chapter of the master plan (the keys of
``exports.outline.MASTERPLAN_OUTLINE``) and every program has a status (draft -> discussed ->
agreed) and comments (*tanggapan*) that tables send from phones or table mode; the
facilitator answers and resolves them on screen. When every chapter is agreed and no comment
is open (``all_agreed``) the master plan prints as the final draft (``snapshot.final_draft``);
``summary`` counts what the review view shows."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotFoundError, ValidationError
from ..model import new_id
from ..model_stages import REVIEW_STATUSES, REVIEW_SUBJECTS, ReviewComment, ReviewItem
from ..store.workshop import Workshop
from ..text import clean_choice, clean_short, clean_text
from .common import check_input_open, current_event_id, field_changes, soft_delete
from .groups import check_group


def chapters() -> list[tuple[str, str]]:
    """``(key, title)`` of every chapter and annex under review, in document order (the
    master plan's outline is data the exporters own; read when asked, so that the snapshot,
    which the exporters read, can import this module)."""
    from ..exports.outline import MASTERPLAN_OUTLINE

    return [(c.key, c.title) for c in MASTERPLAN_OUTLINE]


def _check_subject(ws: Workshop, kind: str, subject_id: str) -> None:
    clean_choice(kind, "subject_kind", REVIEW_SUBJECTS)
    if kind == "chapter":
        if subject_id not in {key for key, _ in chapters()}:
            raise ValidationError("subject_id", f"{subject_id!r} is not a chapter of the master "
                                  "plan", code="unknown_chapter")
    elif ws.query_one("SELECT 1 FROM programs WHERE id=? AND deleted_at IS NULL",
                      (subject_id,)) is None:
        raise ValidationError("subject_id", f"unknown program {subject_id!r}",
                              code="unknown_program")


def statuses(ws: Workshop) -> dict[tuple[str, str], str]:
    """Stored statuses by ``(subject_kind, subject_id)``; anything not listed is a draft."""
    return {(r[0], r[1]): r[2] for r in ws.query(
        "SELECT subject_kind, subject_id, status FROM review_status")}


def status(ws: Workshop, kind: str, subject_id: str) -> str:
    """The review status of one chapter or program (``draft`` when never set)."""
    return statuses(ws).get((kind, subject_id), "draft")


def set_status(ws: Workshop, kind: str, subject_id: str, new_status: str) -> str:
    """Set a chapter's or program's status (draft, discussed, agreed); one transaction,
    audited with the old and new status. Returns the old status (to undo)."""
    _check_subject(ws, kind, subject_id)
    clean_choice(new_status, "status", REVIEW_STATUSES)
    old = status(ws, kind, subject_id)
    with ws.transaction() as tx:
        tx.execute("INSERT INTO review_status (subject_kind, subject_id, status, event_id, "
                   "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(subject_kind, subject_id) "
                   "DO UPDATE SET status=excluded.status, event_id=excluded.event_id, "
                   "updated_at=excluded.updated_at",
                   (kind, subject_id, new_status, current_event_id(ws), tx.now))
        tx.audit("review", kind, subject_id, {"changes": field_changes(
            {"status": old}, {"status": new_status})})
    return old


def _comment(row) -> ReviewComment:
    return ReviewComment(row["id"], row["subject_kind"], row["subject_id"], row["event_id"],
                         row["group_id"], row["author"], row["text"], row["answer"],
                         bool(row["resolved"]), row["source"], row["created_at"],
                         row["updated_at"])


def add_comment(ws: Workshop, kind: str, subject_id: str, text: str, *,
                group_id: str | None = None, author: str = "", source: str | None = None,
                actor: str | None = None, comment_id: str | None = None) -> ReviewComment:
    """A tanggapan on a chapter or program from a group (refused while input is locked)."""
    source = source or ws.source
    check_input_open(ws, source)
    _check_subject(ws, kind, subject_id)
    value = clean_text(text, "text")
    author = clean_short(author, "author", required=False)
    check_group(ws, group_id)
    comment_id = comment_id or new_id()
    with ws.transaction(actor, source) as tx:
        tx.execute("INSERT INTO review_comments (id, subject_kind, subject_id, event_id, "
                   "group_id, author, text, source, created_at, updated_at) VALUES "
                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (comment_id, kind, subject_id, current_event_id(ws), group_id, author, value,
                    source, tx.now, tx.now))
        tx.audit("add", "comment", comment_id, {"subject": f"{kind}:{subject_id}"})
    return get_comment(ws, comment_id)


def get_comment(ws: Workshop, comment_id: str) -> ReviewComment:
    """One live comment."""
    row = ws.query_one("SELECT * FROM review_comments WHERE id=? AND deleted_at IS NULL",
                       (comment_id,))
    if row is None:
        raise NotFoundError(f"comment {comment_id} does not exist (or was deleted).",
                            entity="comment", id=comment_id)
    return _comment(row)


def list_comments(ws: Workshop, kind: str | None = None, subject_id: str | None = None, *,
                  open_only: bool = False) -> list[ReviewComment]:
    """Live comments (of one subject, or all), oldest first."""
    sql, params = "SELECT * FROM review_comments WHERE deleted_at IS NULL", []
    if kind:
        sql, params = sql + " AND subject_kind=?", [*params, kind]
    if subject_id:
        sql, params = sql + " AND subject_id=?", [*params, subject_id]
    if open_only:
        sql += " AND resolved = 0"
    return [_comment(r) for r in ws.query(sql + " ORDER BY created_at, id", tuple(params))]


def answer_comment(ws: Workshop, comment_id: str, answer: str | None = None, *,
                   resolved: bool | None = None) -> ReviewComment:
    """The facilitator's answer and/or the resolved flag of a comment (one transaction, old
    and new values in the audit). Undo: call again with the old values."""
    current = get_comment(ws, comment_id)
    values = {}
    if answer is not None:
        values["answer"] = clean_text(answer, "answer", required=False)
    if resolved is not None:
        if not isinstance(resolved, bool):
            raise ValidationError("resolved", "must be true or false", code="type")
        values["resolved"] = resolved
    if not values:
        return current
    with ws.transaction() as tx:
        tx.execute(f"UPDATE review_comments SET {', '.join(k + '=?' for k in values)}, "
                   "updated_at=? WHERE id=?",
                   (*(int(v) if isinstance(v, bool) else v for v in values.values()), tx.now,
                    comment_id))
        tx.audit("edit", "comment", comment_id, {"fields": sorted(values),
                                                 "changes": field_changes(current, values)})
    return get_comment(ws, comment_id)


def resolve_comment(ws: Workshop, comment_id: str, resolved: bool = True) -> ReviewComment:
    """Mark a comment resolved (or open again)."""
    return answer_comment(ws, comment_id, resolved=resolved)


def delete_comment(ws: Workshop, comment_id: str) -> None:
    """Remove a comment (kept in the file, restorable)."""
    get_comment(ws, comment_id)
    soft_delete(ws, "review_comments", "comment", comment_id)


def restore_comment(ws: Workshop, comment_id: str) -> ReviewComment:
    """Undo the removal of a comment."""
    if ws.query_one("SELECT 1 FROM review_comments WHERE id=?", (comment_id,)) is None:
        raise NotFoundError(f"comment {comment_id} does not exist.", entity="comment",
                            id=comment_id)
    with ws.transaction() as tx:
        tx.execute("UPDATE review_comments SET deleted_at=NULL, updated_at=? WHERE id=?",
                   (tx.now, comment_id))
        tx.audit("restore", "comment", comment_id)
    return get_comment(ws, comment_id)


def board(ws: Workshop) -> list[ReviewItem]:
    """The review board: every chapter, then every live program, with its status and the
    number of its comments (all and open)."""
    stored = statuses(ws)
    counts: dict[tuple[str, str], list[int]] = {}
    for kind, subject, resolved, n in ws.query(
            "SELECT subject_kind, subject_id, resolved, count(*) FROM review_comments WHERE "
            "deleted_at IS NULL GROUP BY subject_kind, subject_id, resolved"):
        pair = counts.setdefault((kind, subject), [0, 0])
        pair[0] += n
        if not resolved:
            pair[1] += n
    items = [("chapter", key, title) for key, title in chapters()]
    items += [("program", r[0], r[1]) for r in ws.query(
        "SELECT id, title FROM programs WHERE deleted_at IS NULL ORDER BY dimension, title")]
    return [ReviewItem(kind, subject, title, stored.get((kind, subject), "draft"),
                       counts.get((kind, subject), [0, 0])[1],
                       counts.get((kind, subject), [0, 0])[0])
            for kind, subject, title in items]


@dataclass(frozen=True)
class ReviewSummary:
    """The review in numbers: chapters and live programs agreed (of all), and the live
    comments still open (on any chapter or program)."""

    chapters_agreed: int
    chapters: int
    programs_agreed: int
    programs: int
    open_comments: int

    @property
    def final_draft(self) -> bool:
        """Every chapter agreed and no comment open: the master plan is the final draft."""
        return self.chapters_agreed == self.chapters and self.open_comments == 0


def summary(ws: Workshop) -> ReviewSummary:
    """What the review view's summary line shows (a statement per chapter of the outline,
    per live program; programs do not decide the final draft, see ``all_agreed``)."""
    stored = statuses(ws)
    keys = [key for key, _ in chapters()]
    program_ids = [r[0] for r in ws.query("SELECT id FROM programs WHERE deleted_at IS NULL")]
    open_count = ws.query_one("SELECT count(*) FROM review_comments WHERE deleted_at IS NULL "
                              "AND resolved = 0")[0]
    return ReviewSummary(
        sum(stored.get(("chapter", k)) == "agreed" for k in keys), len(keys),
        sum(stored.get(("program", p)) == "agreed" for p in program_ids), len(program_ids),
        open_count)


def all_agreed(ws: Workshop) -> bool:
    """True when the master plan is the final draft: every chapter is agreed and no comment
    (tanggapan, on a chapter or a program) is still open. Program statuses are shown on the
    board but do not decide it."""
    return summary(ws).final_draft
