"""Formal parts of the region's documents: lembar pengesahan, kata pengantar (the regional head
and the head of the Tim Pelaksana), tim penyusun, the komitmen bersama and the page footer.

Names and titles come from the one source each: the region with its type and the head's title
from ``rules.formal`` (through the snapshot), the OPD heads' titles from the roster's ``title``
field (``snapshot.opd_title``), never from a rule that prefixes "Kepala". Every date line names
the region's capital town (``common.place_date``), never the venue.
"""

from __future__ import annotations

import datetime as dt

from ..snapshot import WorkshopSnapshot
from .common import (
    EMPTY,
    date_id,
    government_title,
    keep_together,
    period_text,
    place_date,
    region_title,
)
from .document import (
    Document,
    Group,
    Heading,
    Paragraph,
    Placeholder,
    SignatureBlock,
    SignatureSheet,
    Signer,
    Table,
)

#: The page footer's text when the plan's footer option (``formal.footer_programme``) is on.
FOOTER_PROGRAMME = "Disusun dengan SmartBimtek"
#: The stage whose workshop signs the komitmen bersama.
COMMITMENT_STAGE = "IV"
BODY_NAMES = {"dewan": "Dewan Smart City", "pelaksana": "Tim Pelaksana",
              "penyusun": "Tim Penyusun"}


def footer_text(snap: WorkshopSnapshot) -> str:
    """The footer's left text: empty unless the user asked for the programme to be named."""
    return FOOTER_PROGRAMME if snap.formal.footer_programme else ""


def head_signature(snap: WorkshopSnapshot, when: str | None = None) -> SignatureBlock:
    """The regional head's signature: capital town and date, title ("Bupati Majalengka"), name."""
    return SignatureBlock(place_date(snap, when), snap.head_title, snap.formal.head_name)


def team_head_title(snap: WorkshopSnapshot) -> str:
    """The head of the Tim Pelaksana's title as entered, else "Ketua Tim Pelaksana Smart City"."""
    return snap.formal.team_head_title or "Ketua Tim Pelaksana Smart City"


def _paragraphs(doc: Document, text: str, missing: str) -> None:
    text = (text or "").strip()
    if not text:
        doc.add(Placeholder(missing))
        return
    for part in text.split("\n\n"):
        if part.strip():
            doc.add(Paragraph(part.strip()))


def approval_sheet(doc: Document, snap: WorkshopSnapshot, title: str) -> None:
    """Lembar pengesahan: the document named, the head signs at the capital town."""
    period = period_text(snap)
    doc.add(Heading(1, "LEMBAR PENGESAHAN"))
    doc.add(Paragraph(f"{title} {region_title(snap)}" + (f" Tahun {period}" if period else ""),
                      "center"))
    doc.add(Paragraph(f"Dokumen ini telah dibahas bersama perangkat daerah dalam bimbingan "
                      f"teknis penyusunan masterplan smart city dan disahkan sebagai dokumen "
                      f"perencanaan {government_title(snap)}."))
    doc.add(head_signature(snap))


def forewords(doc: Document, snap: WorkshopSnapshot) -> None:
    """Kata pengantar of the regional head (a placeholder while empty) and, when written or
    named, of the head of the Tim Pelaksana."""
    formal = snap.formal
    doc.add(Heading(1, "KATA PENGANTAR"))
    _paragraphs(doc, formal.foreword, f"kata pengantar {snap.head_title}")
    doc.add(head_signature(snap, snap.taken_at))
    if formal.team_foreword.strip() or formal.team_head_name.strip():
        doc.add(Heading(1, "KATA PENGANTAR KETUA TIM PELAKSANA"))
        _paragraphs(doc, formal.team_foreword, "kata pengantar ketua Tim Pelaksana")
        doc.add(SignatureBlock(place_date(snap, snap.taken_at), team_head_title(snap),
                               formal.team_head_name))


def facilitators(snap: WorkshopSnapshot) -> list[str]:
    """The pendamping (tim pembimbing) of every event, each once, in order."""
    names: list[str] = []
    for event in snap.events:
        for name in event.facilitators:
            if name not in names:
                names.append(name)
    return names or [n for n in snap.plan.facilitators if n]


def team_page(doc: Document, snap: WorkshopSnapshot) -> None:
    """Tim penyusun: the members of the tim penyusun (else of the Tim Pelaksana) and the
    pendamping."""
    doc.add(Heading(1, "TIM PENYUSUN"))
    members = [m for m in snap.members if m.body == "penyusun"] or \
        [m for m in snap.members if m.body == "pelaksana"]
    rows: list = []
    if members:
        rows.append(Group(BODY_NAMES[members[0].body]))
        rows += [[str(i), m.name, m.role or EMPTY, m.position or EMPTY, m.institution or EMPTY]
                 for i, m in enumerate(sorted(members, key=lambda m: m.sort), start=1)]
    guides = facilitators(snap)
    if guides:
        rows.append(Group("Tim Pembimbing (pendamping)"))
        rows += [[str(i), name, "Pendamping", EMPTY, EMPTY]
                 for i, name in enumerate(guides, start=1)]
    if not members:
        doc.add(Placeholder("susunan tim penyusun (nama, jabatan, instansi, peran)"))
    if rows:
        doc.add(Table(["No", "Nama", "Peran", "Jabatan", "Instansi"], rows,
                      widths=[0.45, 2.3, 1.1, 2.4, 1.6], font_size=8.5,
                      align=["center", "left", "left", "left", "left"]))


def front_matter(doc: Document, snap: WorkshopSnapshot, title: str) -> None:
    """The master plan's front matter, after the cover and before the table of contents:
    lembar pengesahan (when the plan asks for it), kata pengantar, tim penyusun."""
    if snap.formal.approval_sheet:
        approval_sheet(doc, snap, title)
    forewords(doc, snap)
    team_page(doc, snap)


def commitment_due(snap: WorkshopSnapshot) -> bool:
    """Whether the workshop has reached Bimtek IV, where the komitmen bersama is signed."""
    return any(e.stage == COMMITMENT_STAGE for e in snap.events)


def commitment_date(snap: WorkshopSnapshot) -> str | None:
    """The last day of the Bimtek IV event (None when it has no date)."""
    for event in reversed(snap.events):
        if event.stage == COMMITMENT_STAGE and event.start_date:
            first = dt.date.fromisoformat(event.start_date)
            return (first + dt.timedelta(days=max(event.days, 1) - 1)).isoformat()
    return None


def commitment_sheet(snap: WorkshopSnapshot, when: str | None = None) -> SignatureSheet:
    """The komitmen bersama, dated at the capital town: the regional head, the head of every
    OPD with the title from the roster, and the pendamping sign."""
    region = region_title(snap)
    period = period_text(snap)
    statement = [
        f"Kami yang bertanda tangan di bawah ini, {snap.head_title} beserta pimpinan "
        f"perangkat daerah {government_title(snap)} dan tim pendamping, menyatakan komitmen "
        f"bersama untuk melaksanakan Masterplan Smart City {region}"
        + (f" Tahun {period}" if period else "")
        + " beserta quick win program unggulannya sesuai tugas dan fungsi masing-masing.",
    ]
    recorded = _recorded_signers(snap)
    if recorded:  # who signs was recorded at Bimtek IV: a check and the date when signed
        signers = recorded
    else:
        signers = [Signer(snap.head_title, snap.formal.head_name)]
        signers += [Signer(snap.opd_title(o.id), organisation=keep_together(o.code))
                    for o in snap.opds]
        signers += [Signer("Pendamping", name, "Tim Pembimbing")
                    for name in facilitators(snap)]
    return SignatureSheet("KOMITMEN BERSAMA", statement,
                          place_date(snap, when if when is not None else commitment_date(snap)),
                          signers)


#: How a recorded signer's role prints (``services.commitment``).
_ROLE_LABELS = {"kepala_daerah": "", "kepala_opd": "", "pendamping": "Tim Pembimbing"}


def _recorded_signers(snap: WorkshopSnapshot) -> list[Signer]:
    """The signers recorded at the latest event that has any (``services.commitment``), a
    signed one with "✓ ditandatangani <date>" under the name."""
    recorded = getattr(snap, "signers", None) or []
    if not recorded:
        return []
    order = {e.id: i for i, e in enumerate(snap.events)}
    latest = max(recorded, key=lambda s: order.get(s.event_id, -1)).event_id
    out = []
    for person in sorted((s for s in recorded if s.event_id == latest),
                         key=lambda s: s.position):
        opd = snap.opd_by_id.get(person.opd_id) if person.opd_id else None
        organisation = keep_together(opd.code) if opd else _ROLE_LABELS.get(person.role,
                                                                             person.role)
        if person.signed:
            organisation = (organisation + " — " if organisation else "") + \
                f"✓ ditandatangani {date_id(person.signed_at)}"
        out.append(Signer(person.title or person.name, person.name, organisation))
    return out
