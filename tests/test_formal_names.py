"""Formal names in the documents (``rules.formal``): the region with its type, the regional
head's title and the default title of each OPD head, over the shipped OPD template."""

from __future__ import annotations

import pytest

from smartbimtek import reference
from smartbimtek.rules.formal import (
    government_name,
    head_title,
    opd_title_default,
    region_display_name,
)

#: The template's OPDs with the titles a Bappeda expects (``../shared/domain.md``).
EXPECTED = {
    "SETDA": "Sekretaris Daerah",
    "SETWAN": "Sekretaris DPRD",
    "INSPEKTORAT": "Inspektur",
    "BAPPEDA": "Kepala Badan Perencanaan Pembangunan Daerah",
    "BPBD": "Kepala Pelaksana BPBD",
    "SATPOLPP": "Kepala Satuan Polisi Pamong Praja",
    "DINKES": "Kepala Dinas Kesehatan",
    "RSUD": "Direktur RSUD",
    "DISKOMINFO": "Kepala Dinas Komunikasi dan Informatika",
    "KECAMATAN": "Camat",
}


def test_every_template_opd_gets_a_proper_title():
    titles = {o["code"]: opd_title_default(o["name"], o["code"])
              for o in reference.opd_template()}
    for code, title in EXPECTED.items():
        assert titles[code] == title, code
    for code, title in titles.items():
        assert title and not title.startswith(("Kepala Sekretariat", "Kepala Inspektorat",
                                               "Kepala Rumah Sakit")), (code, title)
        if code not in EXPECTED:  # every other unit is a dinas or a badan
            assert title.startswith(("Kepala Dinas ", "Kepala Badan ")), (code, title)


@pytest.mark.parametrize("name, code, title", [
    ("Rumah Sakit Umum Daerah Cideres", "RSUD-CDR", "Direktur RSUD Cideres"),
    ("RSUD dr. Soekardjo", "RSUD2", "Direktur RSUD dr. Soekardjo"),
    ("Kecamatan Cigasong", "KEC-CGS", "Camat Cigasong"),
    ("Sekretariat DPRD", "SEKWAN", "Sekretaris DPRD"),
    ("Inspektorat", "ITDA", "Inspektur"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", "Kepala Pelaksana BPBD"),
    ("Kelurahan Majalengka Kulon", "KEL-MK", "Lurah Majalengka Kulon"),
    ("Setda", "SETDA", "Sekretaris Daerah"),
    ("Bappelitbangda", "BAPPELITBANGDA", "Kepala Bappelitbangda"),
    ("  Dinas   Sosial ", "DINSOS", "Kepala Dinas Sosial"),
])
def test_titles_of_other_names(name, code, title):
    assert opd_title_default(name, code) == title


@pytest.mark.parametrize("name, kind, shown", [
    ("Majalengka", "kabupaten", "Kabupaten Majalengka"),
    ("Kabupaten Majalengka", "kabupaten", "Kabupaten Majalengka"),
    ("kabupaten  Majalengka", "kabupaten", "Kabupaten Majalengka"),
    ("Kab. Majalengka", "kabupaten", "Kabupaten Majalengka"),
    ("Bontang", "kota", "Kota Bontang"),
    ("Kota Bontang", "kota", "Kota Bontang"),
    ("", "kota", ""),
])
def test_the_region_is_named_with_its_type_once(name, kind, shown):
    assert region_display_name(name, kind) == shown


def test_government_and_head():
    assert government_name("Majalengka", "kabupaten") == "Pemerintah Kabupaten Majalengka"
    assert government_name("Kabupaten Majalengka", "kabupaten") == \
        "Pemerintah Kabupaten Majalengka"
    assert head_title("Kabupaten Majalengka", "kabupaten") == "Bupati Majalengka"
    assert head_title("Bontang", "kota") == "Wali Kota Bontang"
    assert government_name("", "kota") == ""
