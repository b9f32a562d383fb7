"""Formal naming in the region's documents: the region's display name and official titles.

Pure functions (no file, no Qt): the OPD title default is derived once (when an OPD is added,
and by migration 6 for existing OPDs) and then edited by the user in the OPD roster.
"""

from __future__ import annotations

import re

#: Region types and how a document names them.
REGION_TYPE_NAMES = {"kabupaten": "Kabupaten", "kota": "Kota"}
#: The regional head of each region type (kepala daerah) and deputy.
HEAD_TITLES = {"kabupaten": "Bupati", "kota": "Wali Kota"}
DEPUTY_TITLES = {"kabupaten": "Wakil Bupati", "kota": "Wakil Wali Kota"}
#: How a typed name may already start with its type ("Kab. Majalengka", "Kota Bontang").
_TYPED_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota)\s+", re.IGNORECASE)


def region_display_name(name: str, region_type: str) -> str:
    """The region as documents name it: "Kabupaten Majalengka", "Kota Bontang".

    ``name`` "Majalengka" with type ``kabupaten`` gives "Kabupaten Majalengka"; a name typed
    with its type already ("Kabupaten Majalengka", "kab. Majalengka") is not doubled: the
    typed type word is written out in full. An empty name gives "".
    """
    name = " ".join((name or "").split())
    if not name:
        return ""
    match = _TYPED_PREFIX.match(name)
    if match:
        word = match.group(1).lower()
        typed = "kota" if word == "kota" else "kabupaten"
        return f"{REGION_TYPE_NAMES[typed]} {name[match.end():]}".strip()
    return f"{REGION_TYPE_NAMES.get(region_type, 'Kabupaten')} {name}"


def bare_region_name(name: str) -> str:
    """The region's name without a typed type word ("Kabupaten Majalengka" -> "Majalengka")."""
    name = " ".join((name or "").split())
    match = _TYPED_PREFIX.match(name)
    return name[match.end():] if match else name


def government_name(name: str, region_type: str) -> str:
    """"Pemerintah Kabupaten Majalengka" (empty when the name is)."""
    display = region_display_name(name, region_type)
    return f"Pemerintah {display}" if display else ""


def head_title(name: str, region_type: str) -> str:
    """The regional head's title: "Bupati Majalengka", "Wali Kota Bontang"."""
    head = HEAD_TITLES.get(region_type, "Bupati")
    bare = bare_region_name(name)
    return f"{head} {bare}" if bare else head


# (pattern on the lower-case name, title) in order; ``{rest}`` is the rest of the name.
_NAME_RULES = (
    (re.compile(r"^sekretariat daerah\b(.*)$"), "Sekretaris Daerah{rest}"),
    (re.compile(r"^sekretariat (dewan perwakilan rakyat daerah|dprd)\b(.*)$"),
     "Sekretaris DPRD{rest}"),
    (re.compile(r"^inspektorat( daerah)?\b(.*)$"), "Inspektur{rest}"),
    (re.compile(r"^(rumah sakit umum daerah|rsud)\b(.*)$"), "Direktur RSUD{rest}"),
    (re.compile(r"^badan penanggulangan bencana daerah\b(.*)$"), "Kepala Pelaksana BPBD{rest}"),
    (re.compile(r"^bpbd\b(.*)$"), "Kepala Pelaksana BPBD{rest}"),
    (re.compile(r"^(perwakilan )?kecamatan\b(.*)$"), "Camat{rest}"),
    (re.compile(r"^kelurahan\b(.*)$"), "Lurah{rest}"),
)
#: Codes whose title is fixed whatever the name says.
_CODE_TITLES = {"SETDA": "Sekretaris Daerah", "SEKDA": "Sekretaris Daerah",
                "SETWAN": "Sekretaris DPRD", "SEKWAN": "Sekretaris DPRD",
                "SETDPRD": "Sekretaris DPRD", "INSPEKTORAT": "Inspektur",
                "BPBD": "Kepala Pelaksana BPBD", "RSUD": "Direktur RSUD",
                "KECAMATAN": "Camat"}


def opd_title_default(name: str, code: str = "") -> str:
    """The usual title (jabatan) of the head of an OPD, from its name and code.

    "Sekretariat Daerah" -> "Sekretaris Daerah"; "Sekretariat DPRD" -> "Sekretaris DPRD";
    "Inspektorat Daerah" -> "Inspektur"; "Rumah Sakit Umum Daerah Cideres" -> "Direktur RSUD
    Cideres"; "Badan Penanggulangan Bencana Daerah" -> "Kepala Pelaksana BPBD";
    "Kecamatan Cigasong" -> "Camat Cigasong"; any other unit -> "Kepala <name>" ("Kepala Dinas
    Kesehatan", "Kepala Badan Perencanaan Pembangunan Daerah", "Kepala Satuan Polisi Pamong
    Praja"). Never "Kepala Sekretariat Daerah", "Kepala Inspektorat", "Kepala Rumah Sakit ...".
    """
    name = " ".join((name or "").split())
    lower = name.lower()
    for pattern, title in _NAME_RULES:
        match = pattern.match(lower)
        if match:
            rest = name[len(name) - len(match.group(match.lastindex or 0)):] \
                if match.lastindex else ""
            rest = rest.strip()
            return title.format(rest=f" {rest}" if rest else "")
    fixed = _CODE_TITLES.get((code or "").strip().upper())
    if fixed and (not name or name.upper() == code.strip().upper()):
        return fixed
    if fixed and not lower.startswith(("dinas", "badan", "kantor", "bagian", "satuan")):
        return fixed
    return f"Kepala {name}" if name else ""
