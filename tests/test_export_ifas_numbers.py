"""The IFAS/EFAS figures printed in BAB III of the master plan, read back from the exported
DOCX (python-docx) and PDF (pdfplumber), against a small worked example computed BY HAND here.

Worked example (score = weight x rating, the ratings stored in the workshop's default "diagram"
convention and used as entered; x = S - W, y = O - T; the mean is over the OPDs that have
scored, not over every OPD):

DISKOMINFO                               BAPPEDA
  S1 0.30 x 4 = 1.20                       S1 0.25 x 2 = 0.50
  S2 0.25 x 3 = 0.75   S = 1.95            W1 0.45 x 4 = 1.80
  W1 0.30 x 2 = 0.60                       W2 0.30 x 3 = 0.90   W = 2.70
  W2 0.15 x 1 = 0.15   W = 0.75            (internal weights 0.25 + 0.45 + 0.30 = 1.00)
  (internal weights 0.30+0.25+0.30+0.15 = 1.00)
  O1 0.40 x 3 = 1.20                       O1 0.35 x 3 = 1.05   O = 1.05
  O2 0.15 x 2 = 0.30   O = 1.50            T1 0.65 x 3 = 1.95   T = 1.95
  T1 0.45 x 2 = 0.90   T = 0.90            (external weights 0.35 + 0.65 = 1.00)
  (external weights 0.40+0.15+0.45 = 1.00)
  x = 1.95 - 0.75 = 1.20                   x = 0.50 - 2.70 = -2.20
  y = 1.50 - 0.90 = 0.60 -> Kuadran I      y = 1.05 - 1.95 = -0.90 -> Kuadran IV

DLH                                      DISHUB
  S1 0.50 x 4 = 2.00   S = 2.00            S1 0.40 x 2 = 0.80   S = 0.80
  W1 0.50 x 2 = 1.00   W = 1.00            W1 0.60 x 2 = 1.20   W = 1.20
  O1 0.30 x 2 = 0.60   O = 0.60            O1 0.55 x 4 = 2.20   O = 2.20
  T1 0.70 x 2 = 1.40   T = 1.40            T1 0.45 x 2 = 0.90   T = 0.90
  x = 1.00, y = -0.80 -> Kuadran II        x = -0.40, y = 1.30 -> Kuadran III

DINKES has SWOT items but has not scored them: it is not in the table nor in the mean.
Mean of the four: x = (1.20 - 2.20 + 1.00 - 0.40) / 4 = -0.40 / 4 = -0.10,
y = (0.60 - 0.90 - 0.80 + 1.30) / 4 = 0.20 / 4 = 0.05 -> Kuadran III (x < 0, y >= 0).
With the ``half_difference`` variant: DISKOMINFO x = 0.60, y = 0.30; BAPPEDA x = -1.10,
y = -0.45; DLH x = 0.50, y = -0.40; DISHUB x = -0.20, y = 0.65;
mean x = (0.60 - 1.10 + 0.50 - 0.20) / 4 = -0.05.
"""

from __future__ import annotations

import re

import pytest
from docx import Document as open_docx

from smartbimtek.exports import export
from smartbimtek.services import plan, roster, swot
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop

SCORED = {
    "DISKOMINFO": [("S", 0.30, 4), ("S", 0.25, 3), ("W", 0.30, 2), ("W", 0.15, 1),
                   ("O", 0.40, 3), ("O", 0.15, 2), ("T", 0.45, 2)],
    "BAPPEDA": [("S", 0.25, 2), ("W", 0.45, 4), ("W", 0.30, 3), ("O", 0.35, 3),
                ("T", 0.65, 3)],
    "DLH": [("S", 0.50, 4), ("W", 0.50, 2), ("O", 0.30, 2), ("T", 0.70, 2)],
    "DISHUB": [("S", 0.40, 2), ("W", 0.60, 2), ("O", 0.55, 4), ("T", 0.45, 2)],
}
# The rows of "Rekapitulasi skor IFAS/EFAS per perangkat daerah", worked out above.
SUMMARY = {
    "DISKOMINFO": ["1,95", "0,75", "1,50", "0,90", "1,20", "0,60", "Kuadran I: Agresif"],
    "BAPPEDA": ["0,50", "2,70", "1,05", "1,95", "-2,20", "-0,90", "Kuadran IV: Defensif"],
    "DLH": ["2,00", "1,00", "0,60", "1,40", "1,00", "-0,80", "Kuadran II: Diversifikasi"],
    "DISHUB": ["0,80", "1,20", "2,20", "0,90", "-0,40", "1,30", "Kuadran III: Turn-around"],
}
MEAN = "x = -0,10 dan y = 0,05, yaitu Kuadran III: Turn-around (ubah strategi) (WO)"
# Per item (Bobot, Rating, Skor) in the SWOT table of DISKOMINFO, worked out above.
ITEM_ROWS = [("0,30", "4", "1,20"), ("0,25", "3", "0,75"), ("0,30", "2", "0,60"),
             ("0,15", "1", "0,15"), ("0,40", "3", "1,20"), ("0,15", "2", "0,30"),
             ("0,45", "2", "0,90")]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    path = tmp_path_factory.mktemp("ifas") / "ifas.bimtek"
    with open_workshop(path, create=True) as ws:
        plan.update_plan(ws, region_name="Kabupaten Contoh")
        plan.add_event(ws, "I", start_date="2026-06-15")
        for n, code in enumerate(("DISKOMINFO", "BAPPEDA", "DLH", "DISHUB", "DINKES"), start=1):
            opd = roster.add_opd(ws, code, f"Dinas {code.title()}", n)
            for i, (quadrant, weight, rating) in enumerate(SCORED.get(code, [])):
                swot.add_item(ws, opd.id, quadrant, f"Faktor {code} {quadrant}{i}",
                              weight=weight, rating=rating)
            if code == "DINKES":  # items, not scored
                swot.add_item(ws, opd.id, "S", "Faktor DINKES tanpa nilai")
                swot.add_item(ws, opd.id, "T", "Ancaman DINKES tanpa nilai")
    return path


def _export(path, tmp_path, fmt: str, variant: str | None = None):
    if variant:
        with open_workshop(path) as ws:
            ws.set_setting("ifas_variant", variant)
    with open_workshop(path) as ws:
        snap = take_snapshot(ws)
    out = tmp_path / f"masterplan.{fmt}"
    export(snap, "masterplan", fmt, out)
    if variant:
        with open_workshop(path) as ws:
            ws.set_setting("ifas_variant", "difference")
    return out


def _docx_tables(out) -> list[list[list[str]]]:
    doc = open_docx(str(out))
    return [[[c.text.strip() for c in row.cells] for row in t.rows] for t in doc.tables]


def _docx_text(out) -> str:
    doc = open_docx(str(out))
    return " ".join(" ".join(p.text.split()) for p in doc.paragraphs)


def _summary_rows(tables) -> dict[str, list[str]]:
    [table] = [t for t in tables if t and t[0][:7] == ["OPD", "S", "W", "O", "T", "x", "y"]]
    return {row[0]: row[1:] for row in table[1:]}


def _plain(text: str) -> str:
    """Minus signs as hyphens, whitespace as single spaces."""
    return " ".join(text.replace("\u2212", "-").split())


def test_docx_summary_table_and_mean_match_the_worked_example(workshop, tmp_path):
    out = _export(workshop, tmp_path, "docx")
    rows = _summary_rows(_docx_tables(out))
    assert set(rows) == set(SUMMARY)  # DINKES has not scored
    for code, expected in SUMMARY.items():
        got = [_plain(c) for c in rows[code]]
        assert got[:6] == expected[:6], code
        assert got[6].startswith(expected[6]), code
    text = _plain(_docx_text(out))
    # every table's weights sum to 1,00 (worked out above): no weight warning is printed
    assert "Catatan pemeriksaan bobot" not in text and "belum 1,00" not in text
    assert "Rata-rata posisi perangkat daerah yang telah menilai adalah " + MEAN in text


def test_docx_item_scores_match_the_worked_example(workshop, tmp_path):
    out = _export(workshop, tmp_path, "docx")
    tables = _docx_tables(out)
    [table] = [t for t in tables if any("Faktor DISKOMINFO" in c for row in t for c in row)
               and t[0][-3:] == ["Bobot", "Rating", "Skor"]]
    scored = [tuple(_plain(c) for c in row[-3:]) for row in table[1:]
              if any(c.startswith("Faktor DISKOMINFO") for c in row)]
    assert scored == ITEM_ROWS


def test_pdf_prints_the_same_figures(workshop, tmp_path):
    import pdfplumber

    out = _export(workshop, tmp_path, "pdf")
    with pdfplumber.open(str(out)) as pdf:
        text = _plain(" ".join(page.extract_text() or "" for page in pdf.pages))
    for code, expected in SUMMARY.items():
        pattern = re.escape(code) + r" " + r" ".join(re.escape(v) for v in expected[:6])
        assert re.search(pattern, text), (code, pattern)
    assert MEAN in text
    assert not re.search(r"DINKES -?\d+,\d\d -?\d+,\d\d", text)  # not scored: no row


def test_half_difference_variant(workshop, tmp_path):
    out = _export(workshop, tmp_path, "docx", variant="half_difference")
    rows = _summary_rows(_docx_tables(out))
    assert [_plain(c) for c in rows["DISKOMINFO"][4:6]] == ["0,60", "0,30"]
    assert [_plain(c) for c in rows["BAPPEDA"][4:6]] == ["-1,10", "-0,45"]
    assert [_plain(c) for c in rows["DLH"][4:6]] == ["0,50", "-0,40"]
    assert [_plain(c) for c in rows["DISHUB"][4:6]] == ["-0,20", "0,65"]
    assert [_plain(c) for c in rows["DISKOMINFO"][:4]] == SUMMARY["DISKOMINFO"][:4]
    text = _plain(_docx_text(out))
    assert "adalah x = -0,05 dan y = " in text
    assert ("Rekapitulasi skor IFAS/EFAS per perangkat daerah (konvensi diagram SWOT: "
            "x = ½ (S - W), y = ½ (O - T))") in text


# -- the region's consolidated SWOT (BAB III), both conventions, worked out BY HAND ---------
# Ratings stored in the "diagram" convention (magnitude in every quadrant).
#
# Smart Governance                          Smart Living
#   S1 0.40 x 4 = 1.60                        S1 0.30 x 2 = 0.60   S = 0.60
#   S2 0.20 x 3 = 0.60   S = 2.20             W1 0.70 x 4 = 2.80   W = 2.80
#   W1 0.40 x 3 = 1.20   W = 1.20             O1 0.60 x 2 = 1.20   O = 1.20
#   O1 0.50 x 3 = 1.50   O = 1.50             T1 0.40 x 3 = 1.20   T = 1.20
#   T1 0.30 x 4 = 1.20                        x = 0.60 - 2.80 = -2.20, y = 0.00
#   T2 0.20 x 2 = 0.40   T = 1.60               -> Kuadran III (x < 0, y >= 0): Turn-around
#   x = 2.20 - 1.20 = 1.00, y = 1.50 - 1.60 = -0.10 -> Kuadran II: Diversifikasi
# IE-matrix convention (W and T ratings reversed, r -> 5 - r):
#   W1 0.40 x 2 = 0.80 -> IFAS = 2.20 + 0.80 = 3.00      W1 0.70 x 1 = 0.70 -> IFAS = 0.60 + 0.70 = 1.30
#   T1 0.30 x 1 = 0.30, T2 0.20 x 3 = 0.60 -> T = 0.90   T1 0.40 x 2 = 0.80 -> EFAS = 1.20 + 0.80 = 2.00
#   EFAS = 1.50 + 0.90 = 2.40                            IFAS < 2.0 weak, EFAS 2.0-2.99 medium
#   IFAS >= 3.0 strong, EFAS 2.0-2.99 medium -> Sel IV   -> Sel VI: Panen atau divestasi
#   : Tumbuh dan membangun
# One factor without a dimension (S 0.50 x 4 = 2.00) is its own "Lintas dimensi" row: it does
# not add to the dimensions, and they do not add to it (S = 2,00, not 2.20 + 0.60 + 2.00).
REGION = {
    "governance": [("S", 0.40, 4), ("S", 0.20, 3), ("W", 0.40, 3), ("O", 0.50, 3),
                   ("T", 0.30, 4), ("T", 0.20, 2)],
    "living": [("S", 0.30, 2), ("W", 0.70, 4), ("O", 0.60, 2), ("T", 0.40, 3)],
    None: [("S", 0.50, 4)],
}
REGION_DIAGRAM = {
    "Smart Governance": ["2,20", "1,20", "1,50", "1,60", "1,00", "-0,10",
                         "Kuadran II: Diversifikasi"],
    "Smart Living": ["0,60", "2,80", "1,20", "1,20", "-2,20", "0,00", "Kuadran III: Turn-around"],
    "Lintas dimensi": ["2,00", "0,00", "0,00", "0,00", "2,00", "0,00", "Kuadran I: Agresif"],
}
REGION_IE = {
    "Smart Governance": ["2,20", "0,80", "3,00", "1,50", "0,90", "2,40",
                         "Sel IV: Tumbuh dan membangun"],
    "Smart Living": ["0,60", "0,70", "1,30", "1,20", "0,80", "2,00",
                     "Sel VI: Panen atau divestasi"],
}


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    from smartbimtek.services import gap

    path = tmp_path_factory.mktemp("region") / "region.bimtek"
    with open_workshop(path, create=True) as ws:
        plan.update_plan(ws, region_name="Contoh", region_type="kabupaten")
        for dim, factors in REGION.items():
            for i, (quadrant, weight, rating) in enumerate(factors):
                gap.add_region_item(ws, quadrant, f"Faktor daerah {dim} {quadrant}{i}",
                                    dimension=dim, weight=weight, rating=rating)
    return path


def _region_rows(tables, header: list[str]) -> dict[str, list[str]]:
    [table] = [t for t in tables if t and t[0] == header]
    return {row[0]: [_plain(c) for c in row[1:]] for row in table[1:]}


DIAGRAM_HEADER = ["Dimensi", "S", "W", "O", "T", "x", "y", "Kuadran dan strategi"]
IE_HEADER = ["Dimensi", "S", "W", "IFAS", "O", "T", "EFAS", "Sel IE dan strategi"]


def test_region_ifas_docx_both_conventions_match_the_worked_example(region, tmp_path):
    out = _export(region, tmp_path, "docx")
    tables = _docx_tables(out)
    diagram = _region_rows(tables, DIAGRAM_HEADER)
    assert set(diagram) == set(REGION_DIAGRAM)
    for name, expected in REGION_DIAGRAM.items():
        assert diagram[name][:6] == expected[:6], name
        assert diagram[name][6].startswith(expected[6]), name
    ie = _region_rows(tables, IE_HEADER)
    for name, expected in REGION_IE.items():
        assert ie[name] == expected, name
    text = _plain(_docx_text(out))
    # every table and chart names its convention
    assert ("IFAS/EFAS per dimensi (konvensi diagram SWOT: rating = besaran faktor di setiap "
            "kuadran; x = S - W, y = O - T)") in text
    assert ("IFAS/EFAS per dimensi (konvensi matriks IE: rating W dan T dibalik; total IFAS = "
            "S + W, total EFAS = O + T)") in text
    assert "Diagram SWOT per dimensi (konvensi diagram SWOT" in text
    assert "Matriks IE per dimensi (konvensi matriks IE" in text
    # the lone factor's weights are flagged, the two dimensions' are not
    assert "Lintas dimensi: jumlah bobot faktor internal (S+W) 0,50, belum 1,00" in text
    assert "Smart Governance: jumlah bobot" not in text


def test_region_ifas_pdf_prints_the_same_figures(region, tmp_path):
    import pdfplumber

    out = _export(region, tmp_path, "pdf")
    with pdfplumber.open(str(out)) as pdf:
        text = _plain(" ".join(page.extract_text() or "" for page in pdf.pages))
    for name, expected in REGION_DIAGRAM.items():
        pattern = re.escape(name) + " " + " ".join(re.escape(v) for v in expected[:6])
        assert re.search(pattern, text), pattern
    for name, expected in REGION_IE.items():
        pattern = re.escape(name) + " " + " ".join(re.escape(v) for v in expected[:6])
        assert re.search(pattern, text), pattern
        assert expected[6] in text
    # the charts name their convention inside the drawing too (vector text in the PDF)
    assert ("Konvensi diagram SWOT: rating = besaran faktor di setiap kuadran; x = S - W, "
            "y = O - T") in text
    assert "Konvensi matriks IE: rating W dan T dibalik; total IFAS = S + W" in text


def test_region_ifas_half_difference_variant(region, tmp_path):
    out = _export(region, tmp_path, "docx", variant="half_difference")
    diagram = _region_rows(_docx_tables(out), DIAGRAM_HEADER)
    assert diagram["Smart Governance"][4:6] == ["0,50", "-0,05"]
    assert diagram["Smart Living"][4:6] == ["-1,10", "0,00"]
    assert "x = ½ (S - W), y = ½ (O - T)" in _plain(_docx_text(out))
    ie = _region_rows(_docx_tables(out), IE_HEADER)  # the IE matrix has no variant
    assert ie["Smart Governance"] == REGION_IE["Smart Governance"]
