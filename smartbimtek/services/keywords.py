"""Vision keywords (Bimtek I, day 2): tables and phones send keywords; the word cloud counts
them by normalized form; the facilitator merges synonyms into a kept keyword, picks keywords,
and drafts the vision (and missions) from the picked ones. The plan's ``vision`` and
``missions`` hold the draft; ``keyword_picks.used_in_vision`` records which keywords fed it."""

from __future__ import annotations

import re
import unicodedata

from ..errors import NotFoundError, ValidationError
from ..model import new_id
from ..model_stages import KeywordCount, KeywordEntry
from ..store.workshop import Workshop
from ..text import clean_short
from .common import check_input_open, current_event_id, dumps, field_changes, soft_delete, undelete
from .groups import check_group

MAX_KEYWORD = 60
_PUNCT = re.compile(r"[^\w\s-]+", re.UNICODE)


def normalize_keyword(text: str) -> str:
    """The form keywords are counted by: lower case, accents and punctuation dropped, inner
    spaces collapsed ("Pelayanan  Publik!" -> "pelayanan publik")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_PUNCT.sub(" ", plain).replace("_", " ").split())


def _entry(row) -> KeywordEntry:
    return KeywordEntry(row["id"], row["event_id"], row["group_id"], row["opd_id"], row["text"],
                        row["normalized"], row["author"], row["source"], row["created_at"])


def add_keyword(ws: Workshop, text: str, *, group_id: str | None = None,
                opd_id: str | None = None, author: str = "", source: str | None = None,
                actor: str | None = None, event_id: str | None = None,
                entry_id: str | None = None) -> KeywordEntry:
    """Record a keyword sent by a table or phone (refused while input is locked)."""
    source = source or ws.source
    check_input_open(ws, source)
    value = clean_short(text, "text", max_len=MAX_KEYWORD)
    normalized = normalize_keyword(value)
    if not normalized:
        raise ValidationError("text", "a keyword needs a letter or a digit", code="empty")
    author = clean_short(author, "author", required=False)
    check_group(ws, group_id)
    if opd_id is not None and ws.query_one(
            "SELECT 1 FROM opds WHERE id=? AND deleted_at IS NULL", (opd_id,)) is None:
        raise ValidationError("opd_id", f"unknown OPD {opd_id!r}", code="unknown_opd")
    entry_id = entry_id or new_id()
    event_id = event_id or current_event_id(ws)
    with ws.transaction(actor, source) as tx:
        tx.execute("INSERT INTO keyword_entries (id, event_id, group_id, opd_id, text, "
                   "normalized, author, source, created_at, updated_at) VALUES "
                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (entry_id, event_id, group_id, opd_id, value, normalized, author, source,
                    tx.now, tx.now))
        tx.audit("add", "keyword", entry_id, {"text": value}, opd_id=opd_id)
    return get_keyword(ws, entry_id)


def get_keyword(ws: Workshop, entry_id: str) -> KeywordEntry:
    """One live keyword entry."""
    row = ws.query_one("SELECT * FROM keyword_entries WHERE id=? AND deleted_at IS NULL",
                       (entry_id,))
    if row is None:
        raise NotFoundError(f"keyword {entry_id} does not exist (or was deleted).",
                            entity="keyword", id=entry_id)
    return _entry(row)


def list_keywords(ws: Workshop, event_id: str | None = None) -> list[KeywordEntry]:
    """Live keyword entries in the order they came (of one event, or all)."""
    sql = "SELECT * FROM keyword_entries WHERE deleted_at IS NULL"
    params: tuple = ()
    if event_id:
        sql, params = sql + " AND event_id=?", (event_id,)
    return [_entry(r) for r in ws.query(sql + " ORDER BY created_at, id", params)]


def delete_keyword(ws: Workshop, entry_id: str, *, source: str | None = None) -> None:
    """Remove a keyword entry (kept in the file, restorable)."""
    entry = get_keyword(ws, entry_id)
    soft_delete(ws, "keyword_entries", "keyword", entry_id, opd_id=entry.opd_id, source=source)


def restore_keyword(ws: Workshop, entry_id: str) -> KeywordEntry:
    """Undo the removal of a keyword entry."""
    undelete(ws, "keyword_entries", "keyword", entry_id, "keyword")
    return get_keyword(ws, entry_id)


def merges(ws: Workshop) -> dict[str, str]:
    """Synonym merges: normalized form -> the normalized keyword it counts as."""
    return {r[0]: r[1] for r in ws.query("SELECT normalized, kept FROM keyword_merges")}


def resolve_merge(mapping: dict[str, str], key: str) -> str:
    """The kept keyword that the normalized ``key`` counts as, following the synonym merges
    of ``mapping`` (``merges``) through chains; a cycle stops where it closes."""
    seen = set()
    while key in mapping and key not in seen:
        seen.add(key)
        key = mapping[key]
    return key


def merge(ws: Workshop, synonym: str, kept: str) -> None:
    """Count ``synonym`` as ``kept`` in the word cloud (both normalized on the way in); undo
    with ``unmerge``. Merging a keyword into itself (or into one merged into it) is refused."""
    source, target = normalize_keyword(str(synonym)), normalize_keyword(str(kept))
    if not source or not target:
        raise ValidationError("keyword", "both keywords are needed", code="empty")
    if resolve_merge(merges(ws), target) == source:
        raise ValidationError("kept", f"{kept!r} is already counted as {synonym!r}",
                              code="cycle")
    before = merges(ws).get(source)
    with ws.transaction() as tx:
        tx.execute("INSERT INTO keyword_merges (normalized, kept, updated_at) VALUES (?, ?, ?) "
                   "ON CONFLICT(normalized) DO UPDATE SET kept=excluded.kept, "
                   "updated_at=excluded.updated_at", (source, target, tx.now))
        tx.audit("merge", "keyword", source, {"changes": field_changes(
            {"kept": before}, {"kept": target})})


def unmerge(ws: Workshop, synonym: str) -> None:
    """Count ``synonym`` as itself again (undo of ``merge``)."""
    source = normalize_keyword(str(synonym))
    before = merges(ws).get(source)
    if before is None:
        return
    with ws.transaction() as tx:
        tx.execute("DELETE FROM keyword_merges WHERE normalized=?", (source,))
        tx.audit("unmerge", "keyword", source, {"changes": {"kept": [before, None]}})


def picks(ws: Workshop) -> list[str]:
    """The picked keywords (normalized), in the order they were picked."""
    return [r[0] for r in ws.query("SELECT normalized FROM keyword_picks ORDER BY picked_at, "
                                   "rowid")]


def pick(ws: Workshop, keyword: str, picked: bool = True) -> None:
    """Pick a keyword for the vision (``picked=False`` takes it back)."""
    key = normalize_keyword(str(keyword))
    if not key:
        raise ValidationError("keyword", "no keyword given", code="empty")
    with ws.transaction() as tx:
        if picked:
            tx.execute("INSERT OR IGNORE INTO keyword_picks (normalized, picked_at) "
                       "VALUES (?, ?)", (key, tx.now))
        else:
            tx.execute("DELETE FROM keyword_picks WHERE normalized=?", (key,))
        tx.audit("pick" if picked else "unpick", "keyword", key)


def cloud(ws: Workshop, event_id: str | None = None) -> list[KeywordCount]:
    """The word cloud: every kept keyword with its count (synonyms merged), most frequent
    first; the label is the most often typed spelling of the kept keyword."""
    mapping = merges(ws)
    picked = set(picks(ws))
    counts: dict[str, int] = {}
    variants: dict[str, set[str]] = {}
    spellings: dict[str, dict[str, int]] = {}
    sql = ("SELECT normalized, text, count(*) FROM keyword_entries WHERE deleted_at IS NULL"
           + (" AND event_id=?" if event_id else "") + " GROUP BY normalized, text")
    for normalized, text, n in ws.query(sql, (event_id,) if event_id else ()):
        kept = resolve_merge(mapping, normalized)
        counts[kept] = counts.get(kept, 0) + n
        variants.setdefault(kept, set()).add(normalized)
        if normalized == kept:
            spellings.setdefault(kept, {})[text] = spellings.get(kept, {}).get(text, 0) + n
    out = []
    for kept, n in counts.items():
        label = common_spelling(spellings, kept)
        out.append(KeywordCount(kept, label, n, kept in picked,
                                sorted(variants[kept] - {kept})))
    out.sort(key=lambda k: (-k.count, k.keyword))
    return out


def common_spelling(spellings: dict[str, dict[str, int]], kept: str) -> str:
    """The label of the kept keyword: its most often typed spelling in ``spellings`` (kept
    keyword -> {text: count}; a tie goes to the later text), else the keyword itself."""
    return max(spellings.get(kept, {kept: 1}).items(), key=lambda kv: (kv[1], kv[0]))[0]


def draft_vision(ws: Workshop, vision: str, *, missions: list[str] | None = None,
                 keywords: list[str] | None = None) -> str:
    """Write the vision (and, when given, the missions) drafted from the keywords, and record
    which keywords fed it (the picked ones by default). One transaction; returns the vision."""
    from .plan import clean_plan_fields  # plan does not know keywords

    fields = {"vision": vision} | ({"missions": missions} if missions is not None else {})
    values = clean_plan_fields(fields)
    used = [normalize_keyword(str(k)) for k in keywords] if keywords is not None else picks(ws)
    before = ws.query_one("SELECT vision, missions FROM plan WHERE id = 1")
    with ws.transaction() as tx:
        tx.execute("UPDATE plan SET vision=?, updated_at=? WHERE id = 1",
                   (values["vision"], tx.now))
        if "missions" in values:
            tx.execute("UPDATE plan SET missions=? WHERE id = 1", (dumps(values["missions"]),))
        tx.execute("UPDATE keyword_picks SET used_in_vision = 0")
        for key in used:
            tx.execute("INSERT INTO keyword_picks (normalized, picked_at, used_in_vision) "
                       "VALUES (?, ?, 1) ON CONFLICT(normalized) DO UPDATE SET "
                       "used_in_vision = 1", (key, tx.now))
        tx.audit("edit", "plan", "1", {"fields": sorted(values), "keywords": used,
                                       "changes": field_changes({"vision": before["vision"]},
                                                                {"vision": values["vision"]})})
    return values["vision"]


def vision_sources(ws: Workshop) -> list[str]:
    """The keywords (normalized) the current vision draft was made from."""
    return [r[0] for r in ws.query("SELECT normalized FROM keyword_picks WHERE "
                                   "used_in_vision = 1 ORDER BY picked_at, rowid")]


__all__ = ["add_keyword", "cloud", "common_spelling", "delete_keyword", "draft_vision",
           "get_keyword", "list_keywords", "merge", "merges", "normalize_keyword", "pick",
           "picks", "resolve_merge", "restore_keyword", "unmerge", "vision_sources"]
