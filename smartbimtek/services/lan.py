"""Breakout input over the local network: join codes per OPD, phone sessions, "done" marks,
the facilitator's switches (lock input, reveal results) and the status of every table.

The server (``smartbimtek.server``) and the desktop panel both call these functions; neither
writes SQL. Entries themselves go through ``lan_entries`` (ownership, step rules, idempotency)
into the ordinary services, so phone input is audited and durable like desktop input.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime

from ..errors import NotFoundError, PermissionDenied
from ..model import AgendaStep, new_id
from ..store.workshop import Workshop
from ..text import clean_short
from . import agenda, plan
from .common import check_input_open, require_opd

#: Join code alphabet: digits and capitals without look-alikes (no 0/O, 1/I/L).
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
#: A phone counts as connected when it was seen this recently (the page polls every few s).
CONNECTED_SECONDS = 90
#: ``last_seen`` is written at most this often per session (it is not an audited action).
TOUCH_SECONDS = 30
MAX_NAME = 60


@dataclass(frozen=True)
class JoinCode:
    """The active join code of an OPD."""

    code: str
    opd_id: str
    created_at: str


@dataclass(frozen=True)
class LanSession:
    """A phone or table laptop that joined with an OPD's code."""

    id: str
    opd_id: str
    opd_code: str
    opd_name: str
    display_name: str
    join_code: str
    created_at: str
    last_seen: str
    client: str = ""
    group_id: str | None = None  # the group (kelompok) the phone works for, when known

    def actor(self, anonymous: bool = False) -> str:
        """The audit actor: ``<OPD code>/<name or anon>#<session id prefix>``."""
        name = "anon" if anonymous or not self.display_name else self.display_name
        return f"{self.opd_code}/{name}#{self.id[:8]}"


@dataclass(frozen=True)
class TableStatus:
    """One OPD table as the facilitator's console sees it."""

    opd_id: str
    opd_code: str
    opd_name: str
    table_no: int | None
    join_code: str | None
    connected: int
    names: tuple[str, ...]
    entries: int
    done: bool


def token_hash(token: str) -> str:
    """What the file stores of a session token (the token itself only lives in the cookie)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_token(token: str) -> str:
    """The anti-forgery token of a session, derived from its (HttpOnly) session token.

    The page receives it in JSON and sends it back in a header; a cross-site page can neither
    read the cookie nor the JSON, so it cannot forge the header.
    """
    return hmac.new(token.encode("utf-8"), b"smartbimtek-csrf", hashlib.sha256).hexdigest()[:32]


def request_digest(action: str, payload: object) -> str:
    """A digest of what a phone submitted (the action and its JSON body, key order ignored),
    stored with the submission's idempotency key: a key re-sent with another body is refused."""
    text = json.dumps([action, payload], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(value: object) -> str:
    """A typed join code in canonical form (upper case, spaces and dashes dropped)."""
    if not isinstance(value, str):
        return ""
    return "".join(ch for ch in value.upper() if ch not in " -\t")[:32]


def new_code() -> str:
    """A fresh random join code (``CODE_LENGTH`` characters from ``ALPHABET``)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


# -- join codes ---------------------------------------------------------------------------
def active_codes(ws: Workshop) -> dict[str, JoinCode]:
    """The active (not revoked) join code of each OPD that has one, by OPD id."""
    rows = ws.query("SELECT c.* FROM lan_join_codes c JOIN opds o ON o.id = c.opd_id "
                    "WHERE c.revoked_at IS NULL AND o.deleted_at IS NULL")
    return {r["opd_id"]: JoinCode(r["code"], r["opd_id"], r["created_at"]) for r in rows}


def _insert_code(ws: Workshop, tx, opd_id: str) -> str:
    while True:
        code = new_code()
        if ws.query_one("SELECT 1 FROM lan_join_codes WHERE code=?", (code,)) is None:
            break
    tx.execute("INSERT INTO lan_join_codes (code, opd_id, created_at) VALUES (?, ?, ?)",
               (code, opd_id, tx.now))
    return code


def ensure_codes(ws: Workshop) -> dict[str, JoinCode]:
    """Give every live OPD without an active code a new one (one transaction); return all."""
    existing = active_codes(ws)
    missing = [r["id"] for r in ws.query("SELECT id FROM opds WHERE deleted_at IS NULL")
               if r["id"] not in existing]
    if missing:
        with ws.transaction() as tx:
            for opd_id in missing:
                code = _insert_code(ws, tx, opd_id)
                tx.audit("add", "lan_code", opd_id, {"code": code}, opd_id=opd_id)
    return active_codes(ws)


def _revoke(tx, opd_id: str) -> int:
    tx.execute("UPDATE lan_sessions SET revoked=1 WHERE revoked=0 AND join_code IN "
               "(SELECT code FROM lan_join_codes WHERE opd_id=? AND revoked_at IS NULL)",
               (opd_id,))
    return tx.execute("UPDATE lan_join_codes SET revoked_at=? WHERE opd_id=? AND "
                      "revoked_at IS NULL", (tx.now, opd_id)).rowcount


def regenerate_code(ws: Workshop, opd_id: str) -> JoinCode:
    """Replace an OPD's code by a new one; phones joined with the old code must join again."""
    require_opd(ws, opd_id)
    with ws.transaction() as tx:
        _revoke(tx, opd_id)
        code = _insert_code(ws, tx, opd_id)
        tx.audit("regenerate", "lan_code", opd_id, {"code": code}, opd_id=opd_id)
    return active_codes(ws)[opd_id]


def revoke_code(ws: Workshop, opd_id: str) -> None:
    """Withdraw an OPD's code (no new one) and end the sessions that joined with it."""
    require_opd(ws, opd_id)
    with ws.transaction() as tx:
        _revoke(tx, opd_id)
        tx.audit("revoke", "lan_code", opd_id, opd_id=opd_id)


def opd_for_code(ws: Workshop, code: object) -> str | None:
    """The OPD id an active code opens, or None (wrong, revoked or OPD deleted)."""
    canonical = normalise_code(code)
    if len(canonical) < CODE_LENGTH:
        return None
    row = ws.query_one("SELECT c.opd_id FROM lan_join_codes c JOIN opds o ON o.id = c.opd_id "
                       "WHERE c.code=? AND c.revoked_at IS NULL AND o.deleted_at IS NULL",
                       (canonical,))
    return row[0] if row else None


# -- join codes of groups (issue 10) ------------------------------------------------------
def group_codes(ws: Workshop) -> dict[str, str]:
    """The active join code of each live group of the current event that has one, by group
    id. An OPD group has no code of its own: its OPD's code opens it."""
    rows = ws.query("SELECT gc.group_id, gc.code FROM lan_group_codes gc JOIN groups g ON "
                    "g.id = gc.group_id WHERE gc.revoked_at IS NULL AND g.deleted_at IS NULL "
                    "AND g.event_id IS ?", (ws.setting("current_event_id"),))
    return {r[0]: r[1] for r in rows}


def ensure_group_codes(ws: Workshop) -> dict[str, str]:
    """Give every live group of the current event except OPD groups a code (one transaction);
    return the codes by group id."""
    existing = group_codes(ws)
    missing = [r[0] for r in ws.query(
        "SELECT id FROM groups WHERE deleted_at IS NULL AND kind != 'opd' AND event_id IS ?",
        (ws.setting("current_event_id"),)) if r[0] not in existing]
    if missing:
        with ws.transaction() as tx:
            for group_id in missing:
                while True:
                    code = new_code()
                    if ws.query_one("SELECT 1 FROM lan_join_codes WHERE code=? UNION ALL "
                                    "SELECT 1 FROM lan_group_codes WHERE code=?",
                                    (code, code)) is None:
                        break
                tx.execute("INSERT INTO lan_group_codes (code, group_id, created_at) "
                           "VALUES (?, ?, ?)", (code, group_id, tx.now))
                tx.audit("add", "lan_group_code", group_id, {"code": code})
    return group_codes(ws)


def revoke_group_code(ws: Workshop, group_id: str) -> None:
    """Withdraw a group's code and end the sessions that joined with it."""
    with ws.transaction() as tx:
        tx.execute("UPDATE lan_sessions SET revoked=1 WHERE revoked=0 AND join_code IN "
                   "(SELECT code FROM lan_group_codes WHERE group_id=? AND revoked_at IS NULL)",
                   (group_id,))
        tx.execute("UPDATE lan_group_codes SET revoked_at=? WHERE group_id=? AND "
                   "revoked_at IS NULL", (tx.now, group_id))
        tx.audit("revoke", "lan_group_code", group_id)


def group_for_code(ws: Workshop, code: object) -> tuple[str | None, str | None]:
    """``(opd_id, group_id)`` a group's active code opens, or ``(None, None)``. The session's
    OPD is the group's OPD, else its first member OPD (entries need an OPD)."""
    canonical = normalise_code(code)
    if len(canonical) < CODE_LENGTH:
        return None, None
    row = ws.query_one(
        "SELECT g.id, coalesce(g.opd_id, (SELECT m.opd_id FROM group_opds m JOIN opds o ON "
        "o.id = m.opd_id WHERE m.group_id = g.id AND o.deleted_at IS NULL ORDER BY m.rowid "
        "LIMIT 1)) FROM lan_group_codes gc JOIN groups g ON g.id = gc.group_id WHERE "
        "gc.code=? AND gc.revoked_at IS NULL AND g.deleted_at IS NULL", (canonical,))
    if row is None or row[1] is None:
        return None, None
    return row[1], row[0]


def _opd_group_id(ws: Workshop, opd_id: str) -> str | None:
    row = ws.query_one("SELECT id FROM groups WHERE kind='opd' AND opd_id=? AND event_id IS ? "
                       "AND deleted_at IS NULL ORDER BY position LIMIT 1",
                       (opd_id, ws.setting("current_event_id")))
    return row[0] if row else None


# -- the current step ---------------------------------------------------------------------
def current_step(ws: Workshop) -> AgendaStep | None:
    """The agenda step being run in the current event, if any."""
    event = plan.current_event(ws)
    return agenda.current_step(ws, event.id) if event else None


def step_is_anonymous(step: AgendaStep | None) -> bool:
    """True when the step collects input without names."""
    return step is not None and step.anonymity == "anonymous"


# -- sessions -----------------------------------------------------------------------------
_SESSION_SQL = ("SELECT s.*, o.code AS opd_code, o.name AS opd_name FROM lan_sessions s "
                "JOIN opds o ON o.id = s.opd_id WHERE s.revoked = 0 AND o.deleted_at IS NULL "
                "AND (EXISTS (SELECT 1 FROM lan_join_codes c WHERE c.code = s.join_code "
                "AND c.revoked_at IS NULL) OR EXISTS (SELECT 1 FROM lan_group_codes gc "
                "JOIN groups g ON g.id = gc.group_id WHERE gc.code = s.join_code "
                "AND gc.revoked_at IS NULL AND g.deleted_at IS NULL))")


def _session(row) -> LanSession:
    return LanSession(row["id"], row["opd_id"], row["opd_code"], row["opd_name"],
                      row["display_name"], row["join_code"], row["created_at"], row["last_seen"],
                      row["client"], row["group_id"])


def join(ws: Workshop, code: object, name: object = "", client: str = "") -> tuple[LanSession, str]:
    """Open a session with an OPD's join code. Returns the session and its secret token.

    A name is required unless the current step is anonymous. Raises ``PermissionDenied``
    (code ``join_code``) for a wrong or revoked code, ``ValidationError`` for a bad name.
    Nothing is written when it refuses.
    """
    opd_id = opd_for_code(ws, code)
    group_id = None
    if opd_id is None:
        opd_id, group_id = group_for_code(ws, code)
    else:  # an OPD's code keeps working: the session belongs to the OPD's group, if any
        group_id = _opd_group_id(ws, opd_id)
    if opd_id is None:
        raise PermissionDenied("This join code is not valid (or was withdrawn).",
                               code="join_code")
    step = current_step(ws)
    display = clean_short(name if isinstance(name, str) else "", "name",
                          required=not step_is_anonymous(step), max_len=MAX_NAME)
    token = secrets.token_urlsafe(32)
    session_id = new_id()
    client = str(client)[:100]
    canonical = normalise_code(code)
    opd = ws.query_one("SELECT code FROM opds WHERE id=?", (opd_id,))
    actor = LanSession(session_id, opd_id, opd["code"], "", display, canonical, "", "").actor()
    with ws.transaction(actor, "phone") as tx:
        tx.actor, tx.source = actor, "phone"  # also when joined into the server's batch
        tx.execute("INSERT INTO lan_sessions (id, token_hash, opd_id, join_code, display_name, "
                   "client, created_at, last_seen, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (session_id, token_hash(token), opd_id, canonical, display, client, tx.now,
                    tx.now, group_id))
        tx.audit("join", "lan_session", session_id, {"client": client}, opd_id=opd_id)
    return get_session(ws, session_id), token


def get_session(ws: Workshop, session_id: str) -> LanSession:
    """A live session by id (``NotFoundError`` when revoked or unknown)."""
    row = ws.query_one(_SESSION_SQL + " AND s.id=?", (session_id,))
    if row is None:
        raise NotFoundError(f"session {session_id} does not exist (or ended).")
    return _session(row)


def session_for_token(ws: Workshop, token: object) -> LanSession | None:
    """The live session of a cookie token, or None (unknown, revoked, code withdrawn)."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None
    row = ws.query_one(_SESSION_SQL + " AND s.token_hash=?", (token_hash(token),))
    return _session(row) if row else None


def needs_touch(ws: Workshop, session: LanSession) -> bool:
    """True when the session's ``last_seen`` is older than ``TOUCH_SECONDS``."""
    try:
        last = datetime.fromisoformat(session.last_seen)
    except ValueError:
        return True
    return (ws.clock() - last).total_seconds() >= TOUCH_SECONDS


def touch_session(ws: Workshop, session: LanSession) -> None:
    """Record that a session was seen now (written at most every ``TOUCH_SECONDS``; not audited,
    nothing published: the console polls the table status)."""
    if not needs_touch(ws, session):
        return
    with ws.transaction() as tx:
        tx.execute("UPDATE lan_sessions SET last_seen=? WHERE id=?", (tx.now, session.id))


def leave(ws: Workshop, session: LanSession) -> None:
    """End a session at the phone's request (log out)."""
    with ws.transaction(session.actor(), "phone") as tx:
        tx.actor, tx.source = session.actor(), "phone"
        tx.execute("UPDATE lan_sessions SET revoked=1 WHERE id=?", (session.id,))
        tx.audit("leave", "lan_session", session.id, opd_id=session.opd_id)


def revoke_session(ws: Workshop, session_id: str) -> None:
    """The facilitator ends one phone's session."""
    session = get_session(ws, session_id)
    with ws.transaction() as tx:
        tx.execute("UPDATE lan_sessions SET revoked=1 WHERE id=?", (session_id,))
        tx.audit("revoke", "lan_session", session_id, opd_id=session.opd_id)


def list_sessions(ws: Workshop, *, connected_only: bool = False) -> list[LanSession]:
    """Live sessions (only those seen in the last ``CONNECTED_SECONDS``, if asked)."""
    sessions = [_session(r) for r in ws.query(_SESSION_SQL + " ORDER BY s.created_at")]
    if not connected_only:
        return sessions
    now = ws.clock()
    return [s for s in sessions
            if (now - datetime.fromisoformat(s.last_seen)).total_seconds() <= CONNECTED_SECONDS]


# -- done marks ---------------------------------------------------------------------------
def set_done(ws: Workshop, session: LanSession, step_id: str, done: bool = True) -> bool:
    """A table says "Kami selesai" (we are done) for a step, or takes it back.

    Refused like every other phone write while the facilitator has locked input
    (``PermissionDenied``, code ``locked_input``).
    """
    check_input_open(ws, "phone")
    step = agenda.get_step(ws, step_id)
    actor = session.actor(step_is_anonymous(step))
    with ws.transaction(actor, "phone") as tx:
        tx.actor, tx.source = actor, "phone"
        if done:
            tx.execute("INSERT OR IGNORE INTO lan_done (event_id, step_id, opd_id, at) "
                       "VALUES (?, ?, ?, ?)", (step.event_id, step_id, session.opd_id, tx.now))
        else:
            tx.execute("DELETE FROM lan_done WHERE step_id=? AND opd_id=?",
                       (step_id, session.opd_id))
        tx.audit("done" if done else "undone", "lan_done", step_id, opd_id=session.opd_id)
    return done


def done_opds(ws: Workshop, step_id: str) -> set[str]:
    """Ids of the OPDs that said they are done with a step."""
    return {r[0] for r in ws.query("SELECT opd_id FROM lan_done WHERE step_id=?", (step_id,))}


# -- facilitator switches -----------------------------------------------------------------
def set_input_locked(ws: Workshop, locked: bool) -> None:
    """Lock (or open) input from tables and phones; the core services enforce it."""
    ws.set_setting("input_locked", bool(locked))


def set_results_hidden(ws: Workshop, hidden: bool) -> None:
    """Hide results from phones, or reveal them."""
    ws.set_setting("results_hidden", bool(hidden))


# -- console status -----------------------------------------------------------------------
def entries_per_opd(ws: Workshop, step_id: str) -> dict[str, int]:
    """Entries accepted from each OPD's phones during a step (edits and scores count too)."""
    return {r[0]: r[1] for r in ws.query(
        "SELECT opd_id, count(*) FROM lan_idempotency WHERE step_id=? AND status < 300 "
        "GROUP BY opd_id", (step_id,))}


def table_status(ws: Workshop, step: AgendaStep | None = None) -> list[TableStatus]:
    """Every live OPD with its code, connected phones, entries and done mark in ``step``
    (default: the current step), in table order."""
    step = step if step is not None else current_step(ws)
    codes = active_codes(ws)
    connected: dict[str, list[LanSession]] = {}
    for session in list_sessions(ws, connected_only=True):
        connected.setdefault(session.opd_id, []).append(session)
    entries = entries_per_opd(ws, step.id) if step else {}
    done = done_opds(ws, step.id) if step else set()
    rows = ws.query("SELECT * FROM opds WHERE deleted_at IS NULL "
                    "ORDER BY table_no IS NULL, table_no, code")
    out = []
    for r in rows:
        sessions = connected.get(r["id"], [])
        code = codes.get(r["id"])
        out.append(TableStatus(r["id"], r["code"], r["name"], r["table_no"],
                               code.code if code else None, len(sessions),
                               tuple(s.display_name for s in sessions if s.display_name),
                               entries.get(r["id"], 0), r["id"] in done))
    return out
