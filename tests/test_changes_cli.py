"""``smartbimtek changes PATH``: the change report on the command line (issue 11, "What
changed"): since the current bimtek, between two bimteks, between two moments; printed, as
JSON, or written to DOCX, PDF or text (read back); clear refusals with exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from changes_support import build_story
from docx import Document as open_docx
from pypdf import PdfReader

from smartbimtek.cli import main


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = tmp_path_factory.mktemp("changes_cli")
    path = folder / "w.bimtek"
    ws, ids = build_story(path)
    ws.close()
    return path, ids


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["changes", *[str(a) for a in argv]])
    out, err = capsys.readouterr()
    return code, out, err


def test_default_is_since_the_current_bimtek_started(story, capsys):
    path, _ids = story
    code, out, err = run(capsys, path)
    assert code == 0, err
    assert "Perubahan sejak Bimtek II dimulai" in out
    # the restored, added and changed records of Bimtek II, with old and new values
    for expected in ("Dipulihkan", "Aplikasi Lama", "Ditambahkan", "Pasar Daring",
                     "Dipilih", "Wifi Desa", "Anggaran 2027 APBD", "Rp 150.000.000",
                     "Rp 175.000.000", "SDM TI memadai", "SDM TI <b>kuat</b>",
                     "Kekuatan", "Kelemahan", "Tata kelola digital terpadu"):
        assert expected in out.replace("\u00a0", " "), expected
    # the homework before Bimtek II is not in it
    assert "Satu Data" not in out
    assert out.index("Program") < out.index("Quick win") < out.index("Butir SWOT")


def test_english_labels(story, capsys):
    path, _ids = story
    code, out, _err = run(capsys, path, "--lang", "en")
    assert code == 0
    assert "Changes since Bimtek II started" in out
    assert "Restored" in out and "Budget 2027 APBD" in out and "Strength" in out


def test_between_two_bimteks(story, capsys):
    path, ids = story
    code, out, _err = run(capsys, path, "--between", "I", "II", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["range"]["how"] == "events"
    assert [e["stage"] for e in data["range"]["events"]] == ["I", "II"]
    assert data["range"]["start"] == "2026-06-15T00:00:00.000"
    assert data["range"]["end"] == "2026-07-22T00:00:00.000"
    # from Bimtek I to the end of II: Satu Data added (renamed since), Aplikasi Lama added,
    # removed and restored inside the range counts as added
    programs = {c["label"]: c for c in data["changes"] if c["kind"] == "program"}
    assert programs["Satu Data Kabupaten"]["status"] == "added"
    assert programs["Pasar Daring"]["status"] == "added"
    assert programs["Wifi Desa"]["opd"] == "BAPPEDA"
    assert data["counts"]["program"]["added"] == len(programs)


def test_between_two_moments_json_has_fields_with_old_and_new(story, capsys):
    path, ids = story
    code, out, _err = run(capsys, path, "--since", "2026-06-17T08:00", "--until",
                          "2026-07-20", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["range"] == {"how": "moments", "start": "2026-06-17T08:00:00.000",
                             "end": "2026-07-20T00:00:00.000", "events": []}
    satu = next(c for c in data["changes"] if c["id"] == ids["satu_data"])
    assert satu["status"] == "changed" and satu["opd"] == "DISKOMINFO"
    assert [(f["field"], f["old"], f["new"]) for f in satu["fields"]] == [
        ("title", "Satu Data", "Satu Data Kabupaten"), ("dimension", "governance", "branding")]
    assert satu["fields"][1]["new_text"] == "Smart Branding"
    assert satu["fields"][0]["label"] == "Judul"
    assert {c["status"] for c in data["changes"] if c["id"] == ids["gone"]} == {"removed"}
    # --since alone: until now
    code, out, _err = run(capsys, path, "--since", "2026-07-21T12:00", "--json")
    assert code == 0 and json.loads(out)["range"]["end"] is None
    assert json.loads(out)["changes"] == []  # the temporary item was added and removed


def test_nothing_changed_says_so(story, capsys):
    path, _ids = story
    code, out, _err = run(capsys, path, "--since", "2026-06-01", "--until", "2026-06-02")
    assert code == 0
    assert "Tidak ada perubahan" in out


@pytest.mark.parametrize("argv, code_word", [
    (["--between", "I", "III"], "Bimtek III"),
    (["--since", "kemarin"], "kemarin"),
    (["--since", "2026-07-20", "--until", "2026-07-01"], "before the start"),
    (["--until", "2026-07-01"], "--since"),
])
def test_refusals_exit_2_with_a_message(story, capsys, argv, code_word):
    path, _ids = story
    code, out, err = run(capsys, path, *argv)
    assert code == 2
    assert out == ""
    assert code_word in err and "Traceback" not in err


def test_a_missing_file_exits_2(tmp_path, capsys):
    code, out, err = run(capsys, tmp_path / "nothing.bimtek")
    assert code == 2 and "does not exist" in err and out == ""


def test_a_wrong_stage_name_is_refused_by_the_parser(story, capsys):
    path, _ids = story
    with pytest.raises(SystemExit) as exc:
        main(["changes", str(path), "--between", "I", "V"])
    assert exc.value.code == 2
    assert "invalid choice: 'V'" in capsys.readouterr().err


def test_write_docx_and_read_it_back(story, tmp_path, capsys):
    path, _ids = story
    out_file = tmp_path / "perubahan.docx"
    code, out, err = run(capsys, path, "--between", "I", "II", "-o", out_file)
    assert code == 0, err
    assert str(out_file) in out
    doc = open_docx(out_file)
    text = "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Perubahan antara Bimtek I dan Bimtek II" in text
    for expected in ("Satu Data Kabupaten", "Pasar Daring", "Wifi Desa", "DISKOMINFO",
                     "Ditambahkan", "Dipilih", "Tujuan dan sasaran"):
        assert expected in text, expected
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Butir", "OPD", "Status", "Isian",
                                                             "Semula", "Menjadi"]
    assert not list(tmp_path.glob(".*")), "no temp file left"


def test_write_pdf_and_text_and_read_them_back(story, tmp_path, capsys):
    path, _ids = story
    pdf = tmp_path / "perubahan.pdf"
    code, _out, err = run(capsys, path, "-o", pdf)
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    text = " ".join(text.split()).replace("\u00a0", " ")
    for expected in ("Perubahan sejak Bimtek II dimulai", "Aplikasi Lama", "Dipulihkan",
                     "Rp 175.000.000", "SDM TI <b>kuat</b>"):
        assert expected in text, expected
    txt = tmp_path / "perubahan.txt"
    code, _out, _err = run(capsys, path, "-o", txt)
    assert code == 0
    printed = run(capsys, path)[1]
    assert txt.read_text("utf-8") == printed


def test_existing_files_need_force_and_workshops_are_never_replaced(story, tmp_path, capsys):
    path, _ids = story
    target = tmp_path / "old.txt"
    target.write_text("keep")
    code, _out, err = run(capsys, path, "-o", target)
    assert code == 2 and "exists" in err and target.read_text() == "keep"
    code, _out, _err = run(capsys, path, "-o", target, "--force")
    assert code == 0 and "Perubahan sejak" in target.read_text("utf-8")
    before = path.read_bytes()
    disguised = tmp_path / "w.txt"
    disguised.write_bytes(before)
    code, _out, err = run(capsys, path, "-o", disguised, "--force")
    assert code == 2 and "workshop" in err
    assert disguised.read_bytes() == before


def test_unknown_output_type_is_refused(story, tmp_path, capsys):
    path, _ids = story
    code, _out, err = run(capsys, path, "-o", tmp_path / "x.odt")
    assert code == 2 and ".docx, .pdf, .txt" in err
    assert not (tmp_path / "x.odt").exists()


def test_json_and_output_file_do_not_mix(story, tmp_path, capsys):
    path, _ids = story
    with pytest.raises(SystemExit) as exc:
        main(["changes", str(path), "--json", "-o", str(tmp_path / "x.txt")])
    assert exc.value.code == 2


def test_the_command_in_a_subprocess(story):
    path, _ids = story
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "smartbimtek", "changes", str(path),
                           "--between", "II", "II", "--json"], capture_output=True,
                          text=True, env=env, cwd=Path(__file__).parent.parent, check=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [e["stage"] for e in data["range"]["events"]] == ["II", "II"]
    assert any(c["label"] == "Pasar Daring" for c in data["changes"])
    assert "PySide6" not in done.stderr
