"""The phone API of the issue-10 exercises against a live server: group join (a dimension
group of two OPDs, the entry records the group and the chosen OPD), vision keywords and review
comments (auth, anti-forgery, quota, wrong group/OPD refused, idempotency), and the stage the
state leads with."""

from __future__ import annotations

import pytest
from lan_support import LanFixture, add_exercise_steps, served

from smartbimtek.services import groups, keywords, lan, lan_limits, review, swot


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> LanFixture:
    with served(tmp_path_factory.mktemp("lanx") / "exercises.bimtek") as fixture:
        add_exercise_steps(fixture)
        yield fixture


@pytest.fixture(scope="module")
def group(fx):
    """A dimension group (living) of DINKES and BAPPEDA with its own join code."""
    made = groups.add_group(fx.ws, "Kelompok Living", "dimension", dimension="living",
                            opd_ids=[fx.opds["DINKES"], fx.opds["BAPPEDA"]])
    code = lan.ensure_group_codes(fx.ws)[made.id]
    return made, code


def _counts(fx: LanFixture) -> dict[str, int]:
    extra = {t: fx.ws.query_one(f"SELECT count(*) FROM {t}")[0]
             for t in ("keyword_entries", "review_comments")}
    return dict(fx.counts(), **extra)


def test_a_group_code_joins_the_group_and_its_opds_are_offered(fx, group):
    made, code = group
    fx.start("swot")
    client = fx.client()
    status, body = client.join(code.lower(), "Rina")
    assert status == 200
    assert body["table"]["group"]["name"] == "Kelompok Living"
    assert [o["code"] for o in body["table"]["group"]["opds"]] == ["DINKES", "BAPPEDA"]
    status, state = client.state()
    assert state["table"]["group"]["id"] == made.id
    assert state["table"]["group"]["dimension"] == "living"
    assert state["stage"] == "I" and state["leading"][:3] == ["readiness", "gap", "swot"]


def test_a_group_entry_records_the_group_and_the_chosen_opd(fx, group):
    made, code = group
    fx.start("swot")
    client = fx.client()
    client.join(code, "Rina")
    client.state()
    status, body, _ = client.submit("POST", "/api/swot", {
        "quadrant": "W", "text": "Puskesmas belum terhubung", "opd_id": fx.opds["BAPPEDA"]})
    assert status == 201, body
    item = swot.get_item(fx.ws, body["item"]["id"])
    assert item.opd_id == fx.opds["BAPPEDA"] and item.dimension == "living"
    assert fx.ws.query_one("SELECT group_id FROM swot_items WHERE id=?",
                           (item.id,))[0] == made.id
    fx.start("programs")
    client.state()
    status, body, _ = client.submit("POST", "/api/programs", {"title": "Telemedisin desa"})
    assert status == 201, body
    assert body["program"]["opd_id"] == fx.opds["DINKES"]  # the group's first OPD
    assert fx.ws.query_one("SELECT group_id FROM programs WHERE id=?",
                           (body["program"]["id"],))[0] == made.id


def test_a_group_cannot_write_for_an_opd_outside_it(fx, group):
    _, code = group
    fx.start("swot")
    client = fx.client()
    client.join(code, "Rina")
    client.state()
    before = _counts(fx)
    status, body, _ = client.submit("POST", "/api/swot", {
        "quadrant": "S", "text": "Bukan milik kami", "opd_id": fx.opds["DISKOMINFO"]})
    assert status == 403 and body["error"]["code"] == "opd"
    assert _counts(fx) == before
    # and another OPD's item does not exist for the group
    other = swot.add_item(fx.ws, fx.opds["DISKOMINFO"], "S", "Item DISKOMINFO")
    status, body, _ = client.submit("PUT", f"/api/swot/{other.id}", {"text": "diubah"})
    assert status == 404


def test_keywords_are_recorded_with_the_group_and_replayed_once(fx, group):
    made, code = group
    fx.start("keywords")
    client = fx.client()
    client.join(code, "Rina")
    status, state = client.state()
    assert state["step"]["kind"] == "keywords" and state["keywords"] == []
    before = len(keywords.list_keywords(fx.ws))
    answers = [client.submit("POST", "/api/keywords", {"text": "Pelayanan Publik"},
                             key="kw-replay-0001") for _ in range(2)]
    assert [a[0] for a in answers] == [201, 201]
    assert answers[1][2].get("Idempotent-Replay") == "true"
    assert len(keywords.list_keywords(fx.ws)) == before + 1
    entry = keywords.get_keyword(fx.ws, answers[0][1]["keyword"]["id"])
    assert entry.group_id == made.id and entry.opd_id == fx.opds["DINKES"]
    assert entry.author == "Rina"
    status, state = client.state()
    assert [k["text"] for k in state["keywords"]] == ["Pelayanan Publik"]
    # another table does not see the group's keywords
    other = fx.client("DISKOMINFO")
    assert other.state()[1]["keywords"] == []
    # a chosen OPD outside the group is refused
    status, body, _ = client.submit("POST", "/api/keywords",
                                    {"text": "Inovasi", "opd_id": fx.opds["DISKOMINFO"]})
    assert status == 403 and body["error"]["code"] == "opd"


def test_keywords_need_a_session_the_token_and_the_keywords_step(fx):
    fx.start("keywords")
    client = fx.client("BAPPEDA")
    before = _counts(fx)
    anonymous = fx.client()
    status, body, _ = anonymous.submit("POST", "/api/keywords", {"text": "Digital"})
    assert status == 401
    status, body, _ = client.submit("POST", "/api/keywords", {"text": "Digital"}, csrf="x" * 32)
    assert status == 403 and body["error"]["code"] == "csrf"
    status, body, _ = client.submit("POST", "/api/keywords", {"text": "Digital", "x": 1})
    assert status == 422 and body["error"]["code"] == "unknown_field"
    status, body, _ = client.submit("POST", "/api/keywords", {"text": " ?! "})
    assert status == 422
    assert _counts(fx) == before
    fx.start("swot")
    client.state()
    before = _counts(fx)
    status, body, _ = client.submit("POST", "/api/keywords", {"text": "Digital"})
    assert status == 409 and body["error"]["code"] == "step_closed"
    assert _counts(fx) == before


def test_the_keyword_quota_per_table_and_step(fx, monkeypatch):
    monkeypatch.setattr(lan_limits, "MAX_KEYWORDS_PER_STEP", 2)
    fx.start("keywords")
    client = fx.client("DISKOMINFO")
    statuses = [client.submit("POST", "/api/keywords", {"text": f"kata {n}"})[0]
                for n in range(2)]
    assert statuses == [201, 201]
    before = _counts(fx)
    status, body, _ = client.submit("POST", "/api/keywords", {"text": "kata lagi"})
    assert status == 409 and body["error"]["code"] == "quota_items"
    assert _counts(fx) == before


def test_a_review_comment_and_the_facilitators_answer(fx, group):
    made, code = group
    fx.start("review")
    client = fx.client()
    client.join(code, "Rina")
    status, state = client.state()
    chapters = [i for i in state["review"]["items"] if i["kind"] == "chapter"]
    assert chapters and all(i["status"] == "draft" for i in chapters)
    assert any(i["kind"] == "program" for i in state["review"]["items"])
    chapter = chapters[0]["id"]
    answers = [client.submit("POST", "/api/review/comments",
                             {"subject_kind": "chapter", "subject_id": chapter,
                              "text": "Data penduduk perlu diperbarui"}, key="rv-replay-0001")
               for _ in range(2)]
    assert [a[0] for a in answers] == [201, 201]
    assert answers[1][2].get("Idempotent-Replay") == "true"
    comment_id = answers[0][1]["comment"]["id"]
    assert review.get_comment(fx.ws, comment_id).group_id == made.id
    assert len(review.list_comments(fx.ws, "chapter", chapter)) == 1
    status, first, headers = client.request("GET", "/api/state")
    tag = {k.lower(): v for k, v in headers.items()}["etag"]
    status, _, _ = client.request("GET", "/api/state", headers={"If-None-Match": tag})
    assert status == 304
    review.answer_comment(fx.ws, comment_id, "Akan diperbarui dengan data BPS 2024")
    status, state, headers = client.request("GET", "/api/state", headers={"If-None-Match": tag})
    assert status == 200
    mine = state["review"]["comments"]
    assert [(c["id"], c["answer"]) for c in mine] == [
        (comment_id, "Akan diperbarui dengan data BPS 2024")]
    assert fx.client("DISKOMINFO").state()[1]["review"]["comments"] == []


def test_review_comments_refuse_unknown_subjects_and_other_steps(fx):
    fx.start("review")
    client = fx.client("BAPPEDA")
    before = _counts(fx)
    for body in ({"subject_kind": "chapter", "subject_id": "no-such", "text": "x"},
                 {"subject_kind": "program", "subject_id": "no-such", "text": "x"},
                 {"subject_kind": "opd", "subject_id": fx.opds["DINKES"], "text": "x"},
                 {"subject_id": "x", "text": "x"},
                 {"subject_kind": "program", "subject_id": fx.programs["DINKES"], "text": ""}):
        status, answer, _ = client.submit("POST", "/api/review/comments", body)
        assert status == 422, (body, answer)
    status, _, _ = fx.client().submit("POST", "/api/review/comments", {})
    assert status == 401
    assert _counts(fx) == before
    fx.start("swot")
    client.state()
    before = _counts(fx)
    status, answer, _ = client.submit("POST", "/api/review/comments", {
        "subject_kind": "program", "subject_id": fx.programs["DINKES"], "text": "Bagus"})
    assert status == 409 and answer["error"]["code"] == "step_closed"
    assert _counts(fx) == before


def test_a_group_tables_scores_and_dots_record_the_group(fx, group):
    made, code = group
    fx.start("prioritisation")
    client = fx.client()
    client.join(code, "Rina")
    client.state()
    target = fx.programs["DISKOMINFO"]
    status, body, _ = client.submit("PUT", "/api/scores", {
        "program_id": target, "criterion": "impact", "value": 4})
    assert status == 200, body
    status, body, _ = client.submit("PUT", "/api/votes", {"program_id": target, "count": 1})
    assert status == 200, body
    score = fx.ws.query_one("SELECT rater, group_id FROM scores WHERE program_id=? AND "
                            "criterion='impact' AND rater='DINKES'", (target,))
    vote = fx.ws.query_one("SELECT voter, group_id FROM votes WHERE program_id=? AND "
                           "voter='DINKES'", (target,))
    assert tuple(score) == ("DINKES", made.id) and tuple(vote) == ("DINKES", made.id)


def test_a_table_without_a_group_sees_its_own_comments_answered(fx):
    fx.start("review")
    client = fx.client("DISKOMINFO")
    assert client.state()[1]["table"]["group"] is None
    status, body, _ = client.submit("POST", "/api/review/comments", {
        "subject_kind": "program", "subject_id": fx.programs["DISKOMINFO"],
        "text": "Target tahun pertama terlalu tinggi"})
    assert status == 201 and body["comment"]["group_id"] is None
    review.answer_comment(fx.ws, body["comment"]["id"], "Target diturunkan")
    mine = client.state()[1]["review"]["comments"]
    assert [(c["text"], c["answer"]) for c in mine] == [
        ("Target tahun pertama terlalu tinggi", "Target diturunkan")]
    assert fx.client("BAPPEDA").state()[1]["review"]["comments"] == []
