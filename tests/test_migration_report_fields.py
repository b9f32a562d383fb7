"""Migration 9 (issue 11, the complete laporan): a version 8 file gains the event's legal basis,
narasumber, conclusions and recommendations, participant groups and institutions, and a
follow-up's owner and due date; participants of an OPD are put in the OPD group."""

from __future__ import annotations

from pathlib import Path

import pytest
from migration_support import add_diskominfo, file_at_version

from smartbimtek.errors import ValidationError
from smartbimtek.model import Speaker
from smartbimtek.services import agenda, plan, roster
from smartbimtek.store import migrations, open_workshop

NOW = "2025-06-15T09:00:00.000+07:00"


def _version_8_file(path: Path) -> None:
    with file_at_version(path, 8) as conn:
        add_diskominfo(conn)
        conn.execute("INSERT INTO events (id, stage, facilitators, created_at) VALUES "
                     "('e1', 'I', '[\"Dr. Hendra\"]', ?)", (NOW,))
        conn.execute("INSERT INTO participants (id, name, opd_id, position, phone, created_at) "
                     "VALUES ('p1', 'Budi', 'o1', 'Kepala Bidang', '0812345678', ?)", (NOW,))
        conn.execute("INSERT INTO participants (id, name, opd_id, created_at) "
                     "VALUES ('p2', 'Prof. Sari', NULL, ?)", (NOW,))
        conn.execute("INSERT INTO notes (id, event_id, kind, text, created_at) "
                     "VALUES ('n1', 'e1', 'followup', 'Kirim data', ?)", (NOW,))


def test_version_8_file_gains_the_report_fields(tmp_path):
    path = tmp_path / "v8.bimtek"
    _version_8_file(path)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 9
        event = plan.get_event(ws, "e1")
        assert event.facilitators == ["Dr. Hendra"]
        assert (event.legal_basis, event.agreement_number, event.speakers,
                event.conclusions, event.recommendations) == ("", "", [], "", "")
        people = {p.id: p for p in roster.list_participants(ws)}
        assert people["p1"].category == "opd" and people["p1"].phone == "0812345678"
        assert people["p2"].category is None and people["p2"].institution == ""
        note = agenda.list_notes(ws, "e1")[0]
        assert (note.text, note.owner, note.due_date) == ("Kirim data", "", "")


def test_report_fields_round_trip_and_are_checked(tmp_path):
    with open_workshop(tmp_path / "new.bimtek", create=True) as ws:
        event = plan.add_event(ws, "I", with_template=False)
        event = plan.update_event(
            ws, event.id, legal_basis="Nota Kesepakatan tentang Gerakan Menuju Smart City",
            agreement_number="400.14/12/NK/2026", facilitator_institution="Kementerian",
            speakers=[{"name": "Ir. Budi", "institution": "ITB", "topic": "Konsep"},
                      {"name": "", "institution": "dropped"}],
            conclusions="Kesimpulan.", recommendations="Rekomendasi.")
        assert event.speakers == [Speaker("Ir. Budi", "ITB", "Konsep")]
        assert event.agreement_number == "400.14/12/NK/2026"
        assert plan.get_event(ws, event.id) == event
        with pytest.raises(ValidationError):
            plan.update_event(ws, event.id, speakers="Ir. Budi")
        person = roster.add_participant(ws, "Prof. Sari", category="academia",
                                        institution="Universitas Sukamaju")
        assert (person.category, person.institution) == ("academia", "Universitas Sukamaju")
        assert roster.update_participant(ws, person.id, category="").category is None
        with pytest.raises(ValidationError):
            roster.update_participant(ws, person.id, category="press")
        note = agenda.add_note(ws, event.id, "Kirim data", kind="followup", owner="Bappeda",
                               due_date="2026-12-08")
        assert agenda.list_notes(ws, event.id)[0] == note
        agenda.update_note(ws, note.id, "Kirim data SWOT")
        again = agenda.list_notes(ws, event.id)[0]
        assert (again.text, again.owner, again.due_date) == ("Kirim data SWOT", "Bappeda",
                                                             "2026-12-08")
        with pytest.raises(ValidationError):
            agenda.update_note(ws, note.id, "x", due_date="8 Desember")
