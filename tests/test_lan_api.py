"""The table API against a live waitress server on 127.0.0.1: every action, and every refusal
leaves the file untouched."""

from __future__ import annotations

import json
import re
import socket

from lan_support import LanFixture, fx, served

from smartbimtek import changes
from smartbimtek.services import lan, programs, swot
from smartbimtek.text import MAX_TEXT

__all__ = ["fx"]  # the fixture this module uses from lan_support


def _audit(fx: LanFixture, n: int = 1) -> list:
    return fx.ws.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (n,))


# -- joining ------------------------------------------------------------------------------
def test_join_sets_a_strict_httponly_cookie_and_opens_the_state(fx):
    fx.start("swot")
    client = fx.client()
    status, body, headers = client.request("POST", "/api/join",
                                           {"code": fx.codes["DISKOMINFO"].lower(), "name": "Sari"})
    assert status == 200
    cookie = headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert body["table"]["opd_code"] == "DISKOMINFO" and body["table"]["name"] == "Sari"
    client.csrf = body["csrf"]
    status, state = client.state()
    assert status == 200
    assert state["step"]["kind"] == "swot" and state["step"]["remaining"] > 0
    assert state["table"]["code"] == fx.codes["DISKOMINFO"]
    row = _audit(fx)[0]
    assert (row["action"], row["entity"], row["source"]) == ("join", "lan_session", "phone")
    assert row["actor"].startswith("DISKOMINFO/Sari#")


def test_wrong_code_is_refused_and_writes_nothing(fx):
    before = fx.counts()
    client = fx.client()
    for code in ("ABCDEF", "", "0O1IL2", fx.codes["BAPPEDA"][:-1], None, 123):
        status, body, headers = client.request("POST", "/api/join", {"code": code, "name": "X"})
        assert status == 403 and body["error"]["code"] == "join_code"
        assert "Set-Cookie" not in headers
    assert fx.counts() == before


def test_a_name_is_required_unless_the_step_is_anonymous(fx):
    fx.start("swot")
    client = fx.client()
    before = fx.counts()
    status, body, _ = client.request("POST", "/api/join", {"code": fx.codes["DINKES"], "name": " "})
    assert status == 422 and body["error"] == {"code": "empty", "field": "name",
                                               "message": "must not be empty"}
    assert fx.counts() == before
    step_id = fx.start("programs", anonymity="anonymous")
    status, _ = client.join(fx.codes["DINKES"], "")
    assert status == 200
    client.state()
    status, body, _ = client.submit("POST", "/api/programs",
                                    {"title": "Layanan anonim", "dimension": "living"})
    assert status == 201
    assert _audit(fx)[0]["actor"].startswith("DINKES/anon#")
    assert lan.entries_per_opd(fx.ws, step_id)[fx.opds["DINKES"]] == 1


def test_no_session_no_reading_no_writing(fx):
    fx.start("swot")
    before = fx.counts()
    client = fx.client()
    assert client.request("GET", "/api/state")[0] == 401
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "x"},
                                    csrf="0" * 32)
    assert status == 401 and body["error"]["code"] == "session"
    client.token = "not-a-real-session-token-but-long-enough"
    assert client.request("GET", "/api/state")[0] == 401
    assert fx.counts() == before


# -- SWOT -----------------------------------------------------------------------------------
def test_add_edit_delete_swot_items_through_the_core(fx):
    step_id = fx.start("swot")
    client = fx.client("DISKOMINFO", "Budi")
    seen = []
    unsubscribe = changes.subscribe(fx.path, seen.append)
    try:
        status, body, _ = client.submit("POST", "/api/swot", {
            "quadrant": "W", "text": "Jaringan internet <kecamatan> & desa belum merata",
            "dimension": "governance", "element": "governance.service",
            "component": "infrastruktur"})
        assert status == 201
        item_id = body["item"]["id"]
        item = swot.get_item(fx.ws, item_id)
        assert (item.opd_id, item.quadrant, item.source, item.author, item.event_id) == \
            (fx.opds["DISKOMINFO"], "W", "phone", "Budi", fx.event_id)
        assert item.text == "Jaringan internet <kecamatan> & desa belum merata"
        status, body, _ = client.submit("PUT", f"/api/swot/{item_id}",
                                        {"text": "=SUM(A1) jaringan", "quadrant": "T"})
        assert status == 200 and body["item"]["quadrant"] == "T"
        assert swot.get_item(fx.ws, item_id).text == "=SUM(A1) jaringan"
        status, body, _ = client.submit("DELETE", f"/api/swot/{item_id}")
        assert status == 200 and body == {"deleted": item_id}
        assert item_id not in {i.id for i in swot.list_items(fx.ws)}
    finally:
        unsubscribe()
    mine = [c for c in seen if c.entity == "swot" and c.entity_id == item_id]
    assert [c.action for c in mine] == ["add", "edit", "delete"]
    assert all(c.source == "phone" and c.actor.startswith("DISKOMINFO/Budi#") for c in mine)
    rows = fx.ws.query("SELECT action, source, actor FROM audit WHERE entity='swot' AND "
                       "entity_id=? ORDER BY id", (item_id,))
    assert [r["action"] for r in rows] == ["add", "edit", "delete"]
    assert {r["actor"] for r in rows} == {f"DISKOMINFO/Budi#{client.state()[1]['table']['session']}"}
    assert lan.entries_per_opd(fx.ws, step_id)[fx.opds["DISKOMINFO"]] >= 3


def test_a_retry_with_the_same_key_never_writes_twice(fx):
    fx.start("swot")
    client = fx.client("DISKOMINFO")
    body = {"quadrant": "O", "text": "Program nasional Satu Data Indonesia"}
    other = fx.client("BAPPEDA")  # a key is bound to its table
    first = client.submit("POST", "/api/swot", body, key="retry-key-0001")
    before = fx.counts()
    second = client.submit("POST", "/api/swot", body, key="retry-key-0001")
    assert first[0] == second[0] == 201
    assert first[1] == second[1]
    assert second[2].get("Idempotent-Replay") == "true"
    assert fx.counts() == before
    texts = [i.text for i in swot.list_items(fx.ws, opd_id=fx.opds["DISKOMINFO"])]
    assert texts.count(body["text"]) == 1
    status, answer, _ = other.submit("POST", "/api/swot", body, key="retry-key-0001")
    assert status == 409 and answer["error"]["code"] == "idempotency_key"
    assert fx.counts() == before


def test_another_opds_item_is_not_found_and_untouched(fx):
    fx.start("swot")
    theirs = swot.list_items(fx.ws, opd_id=fx.opds["BAPPEDA"])[0]
    client = fx.client("DISKOMINFO")
    before = fx.counts()
    status, body, _ = client.submit("PUT", f"/api/swot/{theirs.id}", {"text": "diambil alih"})
    assert status == 404 and body["error"]["code"] == "not_found"
    assert client.submit("DELETE", f"/api/swot/{theirs.id}")[0] == 404
    status, body, _ = client.submit("POST", "/api/swot", {
        "quadrant": "S", "text": "menulis untuk OPD lain", "opd_id": fx.opds["BAPPEDA"]})
    assert status == 422 and body["error"]["code"] == "unknown_field"
    assert fx.counts() == before
    assert swot.get_item(fx.ws, theirs.id).text == theirs.text
    fx.start("programs")
    before = fx.counts()
    status, _, _ = client.submit("PUT", f"/api/programs/{fx.programs['BAPPEDA']}",
                                 {"title": "diambil alih"})
    assert status == 404
    assert programs.get_program(fx.ws, fx.programs["BAPPEDA"]).title == "Program BAPPEDA"
    assert fx.counts() == before


def test_bad_input_gets_the_cores_message_and_writes_nothing(fx):
    fx.start("swot")
    client = fx.client("DINKES")
    before = fx.counts()
    cases = [
        ({"quadrant": "S", "text": "   "}, "text", "empty"),
        ({"quadrant": "S", "text": "x" * (MAX_TEXT + 1)}, "text", "too_long"),
        ({"quadrant": "X", "text": "ok"}, "quadrant", "choice"),
        ({"quadrant": "S", "text": "ok", "dimension": "economy",
          "element": "governance.service"}, "element", "mismatch"),
        ({"quadrant": "S", "text": 5}, "text", "type"),
    ]
    for payload, field, code in cases:
        status, body, _ = client.submit("POST", "/api/swot", payload)
        assert status == 422, payload
        assert (body["error"]["field"], body["error"]["code"]) == (field, code)
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "x" * 20001})
    assert body["error"]["params"] == {"length": 20001, "max": MAX_TEXT}
    status, body, _ = client.request("POST", "/api/swot", raw=b"{not json",
                                     headers={"Content-Type": "application/json",
                                              "X-CSRF-Token": client.csrf,
                                              "Idempotency-Key": "badjson-0001"})
    assert status == 400 and body["error"]["code"] == "bad_request"
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "ok"},
                                    key="short")
    assert status == 422 and body["error"]["field"] == "idempotency_key"
    assert fx.counts() == before
    status, body, _ = client.submit("POST", "/api/swot",
                                    {"quadrant": "S", "text": "a\x00b\x07c  \u0065\u0301"})
    assert status == 201 and body["item"]["text"] == "abc  \u00e9"


# -- cross-site requests and sizes ----------------------------------------------------------
def test_missing_forged_or_cross_site_token_is_refused(fx):
    fx.start("swot")
    client = fx.client("DISKOMINFO")
    other = fx.client("BAPPEDA")
    before = fx.counts()
    payload = {"quadrant": "S", "text": "tanpa token"}
    status, body, _ = client.request("POST", "/api/swot", payload,
                                     headers={"Idempotency-Key": "nocsrf-00001"})
    assert status == 403 and body["error"]["code"] == "csrf"
    assert client.submit("POST", "/api/swot", payload, csrf="f" * 32)[0] == 403
    assert client.submit("POST", "/api/swot", payload, csrf=other.csrf)[0] == 403
    status, body, _ = client.request("POST", "/api/swot", payload, headers={
        "X-CSRF-Token": client.csrf, "Idempotency-Key": "origin-00001",
        "Origin": "http://evil.example"})
    assert status == 403 and body["error"]["code"] == "csrf"
    status, _, _ = client.request("POST", "/api/swot", payload, headers={
        "X-CSRF-Token": client.csrf, "Idempotency-Key": "sitefetch-01",
        "Sec-Fetch-Site": "cross-site"})
    assert status == 403
    status, _, _ = client.request("POST", "/api/join", {"code": fx.codes["DINKES"], "name": "A"},
                                  headers={"Origin": "http://evil.example"})
    assert status == 403
    assert fx.counts() == before
    status, _, _ = client.request("POST", "/api/swot", payload, headers={
        "X-CSRF-Token": client.csrf, "Idempotency-Key": "origin-00002",
        "Origin": fx.url, "Sec-Fetch-Site": "same-origin"})
    assert status == 201


def test_oversized_bodies_get_413_and_write_nothing(fx):
    fx.start("swot")
    client = fx.client("DISKOMINFO")
    before = fx.counts()
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "y" * 200_000})
    assert status == 413 and body["error"]["code"] == "too_large"
    client.close()
    # Far beyond the app's limit (and the photo upload's 15 MB, the one waitress admits for
    # every route), waitress answers from the headers alone, before any body.
    with socket.create_connection((client.host, client.port), timeout=10) as raw:
        raw.sendall(("POST /api/swot HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     f"Cookie: sb_session={client.token}\r\nX-CSRF-Token: {client.csrf}\r\n"
                     "Idempotency-Key: huge-body-001\r\nContent-Length: 20000000\r\n\r\n"
                     ).encode())
        raw.sendall(b'{"quadrant": "S", "text": "' + b"z" * 4000)
        assert raw.recv(200).startswith(b"HTTP/1.1 413")
    assert fx.counts() == before
    assert client.state()[0] == 200  # the server is still fine


# -- the facilitator's switches -------------------------------------------------------------
def test_input_locked_by_the_facilitator(fx):
    fx.start("swot")
    client = fx.client("DISKOMINFO")
    lan.set_input_locked(fx.ws, True)
    try:
        before = fx.counts()
        assert client.state()[1]["locked"] is True
        status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "kunci"},
                                        key="locked-key-01")
        assert status == 423 and body["error"]["code"] == "locked_input"
        item = swot.list_items(fx.ws, opd_id=fx.opds["DISKOMINFO"])[0]
        assert client.submit("DELETE", f"/api/swot/{item.id}")[0] == 423
        assert fx.counts() == before
    finally:
        lan.set_input_locked(fx.ws, False)
    status, _, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "kunci"},
                                 key="locked-key-01")
    assert status == 201  # the queued entry lands once input opens again


def test_entries_follow_the_step_the_facilitator_opened(fx):
    fx.start("programs")
    client = fx.client("DISKOMINFO")
    before = fx.counts()
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "salah langkah"})
    assert status == 409 and body["error"]["code"] == "step_closed"
    assert client.submit("PUT", "/api/scores", {"program_id": fx.programs["DINKES"],
                                                "criterion": "impact", "value": 4})[0] == 409
    assert fx.counts() == before
    swot_step = fx.start("swot")
    client.state()
    fx.start("programs")  # the step ends while the phone was offline: its entries still land
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "antrean luring"},
                                    step=swot_step)
    assert status == 201
    row = fx.ws.query_one("SELECT step_id FROM lan_idempotency ORDER BY created_at DESC, rowid DESC")
    assert row["step_id"] == swot_step


def test_programs_propose_edit_delete(fx):
    fx.start("programs")
    client = fx.client("BAPPEDA", "Rina")
    status, body, _ = client.submit("POST", "/api/programs", {
        "title": "Satu Data Kabupaten", "dimension": "governance",
        "element": "governance.policy", "horizon": "quick_win", "funding": "APBD",
        "start_year": 2026, "end_year": 2026, "indicator": "Portal aktif", "target": "100 set"})
    assert status == 201
    program_id = body["program"]["id"]
    program = programs.get_program(fx.ws, program_id)
    assert (program.opd_id, program.source, program.horizon) == (fx.opds["BAPPEDA"], "phone",
                                                                 "quick_win")
    status, body, _ = client.submit("PUT", f"/api/programs/{program_id}",
                                    {"title": "Satu Data Sukamaju", "end_year": 2025})
    assert status == 422 and body["error"]["field"] == "end_year"
    status, body, _ = client.submit("PUT", f"/api/programs/{program_id}",
                                    {"title": "Satu Data Sukamaju"})
    assert status == 200 and programs.get_program(fx.ws, program_id).title == "Satu Data Sukamaju"
    status, body, _ = client.submit("POST", "/api/programs", {"title": "x", "dimension": "nope"})
    assert status == 422 and body["error"]["code"] == "choice"
    status, body, _ = client.submit("POST", "/api/programs", {"title": "x", "dimension": "economy",
                                                              "quick_win": True})
    assert status == 422 and body["error"]["code"] == "unknown_field"
    assert client.submit("DELETE", f"/api/programs/{program_id}")[0] == 200
    assert program_id not in {p.id for p in programs.list_programs(fx.ws)}


def test_score_vote_within_budget_and_done(fx):
    step_id = fx.start("prioritisation")
    client = fx.client("DINKES")
    status, state = client.state()
    ballot = state["ballot"]
    assert {p["id"] for p in ballot["programs"]} >= set(fx.programs.values())
    assert [c["key"] for c in ballot["criteria"]][:2] == ["impact", "effort"]
    target = fx.programs["DISKOMINFO"]
    status, body, _ = client.submit("PUT", "/api/scores",
                                    {"program_id": target, "criterion": "impact", "value": 5})
    assert status == 200 and body["score"]["value"] == 5
    scores = programs.list_scores(fx.ws, program_id=target)
    assert [(s.rater, s.criterion, s.value, s.source) for s in scores] == \
        [("DINKES", "impact", 5, "phone")]
    before = fx.counts()
    status, body, _ = client.submit("PUT", "/api/scores",
                                    {"program_id": target, "criterion": "impact", "value": 6})
    assert status == 422 and body["error"]["code"] == "range"
    budget = fx.ws.setting("vote_budget")
    status, body, _ = client.submit("PUT", "/api/votes", {"program_id": target, "count": budget})
    assert status == 200 and body["votes_used"] == budget
    after_vote = fx.counts()
    status, body, _ = client.submit("PUT", "/api/votes",
                                    {"program_id": fx.programs["BAPPEDA"], "count": 1})
    assert status == 409 and body["error"]["code"] == "vote_budget"
    assert fx.counts() == after_vote and after_vote["votes"] == before["votes"] + 1
    status, body, _ = client.submit("POST", "/api/done", {"done": True})
    assert status == 200 and body == {"done": True, "step_id": step_id}
    status_row = next(t for t in lan.table_status(fx.ws) if t.opd_code == "DINKES")
    assert status_row.done and status_row.connected >= 1 and status_row.entries >= 3
    assert client.state()[1]["done"] is True
    assert client.submit("POST", "/api/done", {"done": False})[0] == 200
    assert fx.opds["DINKES"] not in lan.done_opds(fx.ws, step_id)


def test_results_hidden_until_revealed(fx):
    client = fx.client("DISKOMINFO")
    lan.set_results_hidden(fx.ws, True)
    status, body, _ = client.request("GET", "/api/results")
    assert status == 403 and body["error"]["code"] == "results_hidden"
    lan.set_results_hidden(fx.ws, False)
    try:
        status, body, _ = client.request("GET", "/api/results")
        assert status == 200
        assert {p["title"] for p in body["programs"]} >= {"Program DINKES"}
        assert body["swot"]["BAPPEDA"]["S"] >= 1
    finally:
        lan.set_results_hidden(fx.ws, True)


def test_a_new_code_ends_the_old_sessions(fx):
    client = fx.client("DINKES")
    old = fx.codes["DINKES"]
    new = lan.regenerate_code(fx.ws, fx.opds["DINKES"]).code
    fx.codes["DINKES"] = new
    assert new != old and len(new) == 6 and set(new) <= set(lan.ALPHABET)
    assert client.state()[0] == 401
    assert fx.client().join(old, "X")[0] == 403
    assert fx.client().join(new, "X")[0] == 200


# -- pages and headers ----------------------------------------------------------------------
def test_page_headers_and_join_link(fx):
    client = fx.client()
    status, body, headers = client.request("GET", "/")
    assert status == 200 and "SmartBimtek" in body
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert "http://" not in body.replace("http://www.w3.org", "") and "https://" not in body
    for asset in ("app.js", "net.js", "forms.js", "i18n.js", "app.css"):
        status, text, _ = client.request("GET", f"/static/{asset}")
        assert status == 200 and "https://" not in text, asset
    status, _, headers = client.request("GET", f"/j/{fx.codes['BAPPEDA'].lower()}")
    assert status == 302 and headers["Location"].endswith(f"/?code={fx.codes['BAPPEDA']}")
    assert client.request("GET", "/static/../smartbimtek/server/app.py")[0] == 404
    status, body, _ = client.request("GET", "/api/public")
    assert status == 200 and set(body) == {"region", "name_required", "step_title"}
    joined = fx.client("BAPPEDA")
    status, svg, headers = joined.request("GET", "/api/share.svg")
    assert status == 200 and headers["Content-Type"].startswith("image/svg+xml")


def test_no_administration_over_the_network(fx):
    """Only the documented routes exist; none changes codes, locks, reveals or the agenda."""
    rules = sorted({str(r) for r in fx.server.app.url_map.iter_rules()})
    assert rules == sorted([
        "/", "/j/<code>", "/static/<path:filename>", "/favicon.ico", "/api/public",
        "/api/join", "/api/leave", "/api/state", "/api/reference", "/api/results",
        "/api/share.svg", "/api/swot", "/api/swot/<item_id>", "/api/programs",
        "/api/programs/<program_id>", "/api/scores", "/api/votes", "/api/done",
        "/api/photos", "/api/keywords", "/api/review/comments"])
    assert json.dumps(rules).count("lock") == 0


def test_a_burst_of_guesses_is_throttled(tmp_path):
    with served(tmp_path / "throttle.bimtek", join_limit=10, join_window=60) as fixture:
        client = fixture.client()
        before = fixture.counts()
        answers = [client.request("POST", "/api/join", {"code": f"GUESS{n}", "name": "X"})
                   for n in range(14)]
        statuses = [a[0] for a in answers]
        assert statuses[:10] == [403] * 10 and statuses[10:] == [429] * 4
        assert answers[-1][1]["error"]["code"] == "rate_limited"
        assert 1 <= int(answers[-1][2]["Retry-After"]) <= 60
        status, _, _ = client.request("POST", "/api/join",
                                      {"code": fixture.codes["BAPPEDA"], "name": "X"})
        assert status == 429  # even the right code waits: guessing gains nothing
        assert fixture.counts() == before


def test_page_scripts_stay_es5_for_older_android_browsers():
    """No arrow functions, let/const, template strings, classes, spread or fetch/Promise."""
    from smartbimtek import paths

    forbidden = re.compile(r"=>|\blet\s|\bconst\s|`|^\s*class\s|\.\.\.[A-Za-z_(\[]|"
                           r"\bfetch\(|\bPromise\b|\bObject\.assign\b", re.M)
    scripts = sorted(paths.WEB.glob("*.js"))
    assert len(scripts) == 6  # app, exercises, forms, i18n, net, photos
    for script in scripts:
        code = script.read_text("utf-8")
        assert not forbidden.search(code), (script.name, forbidden.search(code))
        assert "https://" not in code and "http://" not in code
    html = (paths.WEB / "index.html").read_text("utf-8")
    assert 'name="viewport"' in html and "<script src=\"/static/" in html
