"""A large synthetic workshop of realistic shape, for benchmarks and load tests.

``create_large(path)`` writes 50 OPDs, 5,000 SWOT items, 1,000 programs and 20,000 scores
(plus participants, attendance, a Bimtek I agenda with notes, strategies, readiness, votes and
placements) through the interchange importer in one transaction: a few seconds at most.
The content is composed from Indonesian phrases so that text lengths and word shapes look
like a real bimtek, and it is reproducible from ``seed``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
from pathlib import Path

from . import reference
from .interchange import FORMAT, import_document
from .model import FUNDING, HORIZONS, QUADRANTS, READINESS_RATINGS, STRATEGY_TYPES
from .store.workshop import open_workshop

log = logging.getLogger(__name__)

_SUBJECTS = ["layanan administrasi kependudukan", "jaringan internet kantor desa",
             "aplikasi perizinan daring", "data statistik sektoral", "pusat layanan UMKM",
             "sistem informasi kesehatan puskesmas", "pengelolaan sampah rumah tangga",
             "transportasi umum antarkecamatan", "promosi destinasi wisata",
             "kapasitas SDM TIK aparatur", "anggaran transformasi digital",
             "regulasi tata kelola data", "ruang terbuka hijau", "jaringan CCTV kota",
             "pembayaran retribusi nontunai", "portal Satu Data daerah",
             "kanal pengaduan warga", "sistem peringatan dini bencana",
             "pasar rakyat dan harga bahan pokok", "perpustakaan digital sekolah"]
_STATES = {
    "S": ["sudah berjalan di {n} kecamatan", "didukung komitmen kuat pimpinan daerah",
          "telah memiliki tim pengelola tetap", "dimanfaatkan lebih dari {n} ribu warga"],
    "W": ["belum terintegrasi antar-OPD", "masih bergantung pada formulir kertas",
          "terkendala jumlah operator yang terbatas", "belum memiliki standar operasional"],
    "O": ["dapat didukung program nasional tahun {y}", "berpeluang didanai CSR perusahaan daerah",
          "sejalan dengan prioritas RPJMD", "didorong minat generasi muda yang tinggi"],
    "T": ["rawan gangguan listrik dan jaringan di musim hujan",
          "berisiko kebocoran data pribadi warga", "tertinggal dari kabupaten tetangga",
          "terancam pemotongan anggaran transfer pusat"],
}
_ACTIONS = ["Digitalisasi", "Integrasi", "Penguatan", "Perluasan", "Pengembangan",
            "Modernisasi", "Percepatan"]
_RATERS_PER_PROGRAM = 10


def _opds(count: int) -> list[dict]:
    template = reference.opd_template()
    opds = [{"code": o["code"], "name": o["name"]} for o in template[:count]]
    n = 1
    while len(opds) < count:
        opds.append({"code": f"KEC-{n:02d}", "name": f"Kecamatan Wilayah {n:02d}"})
        n += 1
    for table, opd in enumerate(opds, start=1):
        opd["table_no"] = table
    return opds


def build_document(*, opds: int = 50, swot: int = 5000, programs: int = 1000,
                   scores: int = 20000, seed: int = 1) -> dict:
    """The interchange document of a large synthetic workshop (no ids: the importer makes them)."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 6, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    opd_list = _opds(opds)
    codes = [o["code"] for o in opd_list]
    elements = list(reference.elements().values())
    components = list(reference.component_ids())
    dims = list(reference.dimension_ids())
    template = reference.agenda_templates()["I"]
    agenda = [{"day": day["day"], "start": s["start"], "minutes": s["minutes"],
               "title": s["title"], "kind": s.get("kind", "other"),
               "dimension": s.get("dimension")} for day in template["days"] for s in day["steps"]]
    people = []
    for i in range(opds * 2):
        code = codes[i % opds]
        people.append({"name": f"Peserta {i + 1:03d} {code.title()}", "opd": code,
                       "position": rng.choice(["Kepala Bidang", "Kasubbag Perencanaan",
                                               "Analis Kebijakan", "Pranata Komputer"]),
                       "attended_days": [1, 2] if rng.random() < 0.8 else [1]})
    items = []
    for i in range(swot):
        quadrant = QUADRANTS[i % 4]
        element = rng.choice(elements)
        text = (f"{rng.choice(_SUBJECTS).capitalize()} "
                f"{rng.choice(_STATES[quadrant]).format(n=rng.randint(2, 30), y=2027)}"
                f" (catatan {i + 1})")
        items.append({"opd": codes[i % opds], "quadrant": quadrant, "text": text,
                      "dimension": element["dimension"], "element": element["id"],
                      "component": rng.choice(components),
                      "weight": round(rng.uniform(0.05, 0.3), 2) if i % 3 == 0 else None,
                      "rating": rng.randint(1, 4) if i % 3 == 0 else None,
                      "created_at": (start + dt.timedelta(seconds=i)).isoformat(
                          timespec="milliseconds")})
    strategies = [{"type": STRATEGY_TYPES[i % 4], "opd": codes[i % opds],
                   "text": f"Strategi {STRATEGY_TYPES[i % 4]} {i + 1}: memanfaatkan "
                           f"{rng.choice(_SUBJECTS)} untuk {rng.choice(_SUBJECTS)}",
                   "swot_refs": sorted(rng.sample(range(swot), min(3, swot)))}
                  for i in range(min(200, swot // 25))]
    raters = codes[:_RATERS_PER_PROGRAM]
    per_program = max(1, scores // max(1, programs))
    pairs = [(r, c) for r in raters for c in ("impact", "effort")]
    progs = []
    for i in range(programs):
        element = rng.choice(elements)
        year = rng.choice([2027, 2028, 2030])
        prog = {"opd": codes[i % opds],
                "title": f"{rng.choice(_ACTIONS)} {rng.choice(_SUBJECTS)} {i + 1}",
                "description": f"Program untuk meningkatkan {rng.choice(_SUBJECTS)} agar lebih "
                               "cepat, terbuka, dan mudah dijangkau warga.",
                "dimension": element["dimension"], "element": element["id"],
                "horizon": rng.choice(HORIZONS), "start_year": year,
                "end_year": year + rng.randint(0, 3), "funding": rng.choice(FUNDING),
                "indicator": "Persentase layanan yang dapat diakses daring",
                "target": f"{rng.randint(50, 100)}% pada {year + 1}",
                "supporting": rng.sample(codes, 2), "swot_refs": [rng.randrange(swot)],
                "scores": [{"rater": r, "criterion": c, "value": rng.randint(1, 5)}
                           for r, c in pairs[:per_program]],
                "votes": [{"voter": codes[i % opds], "count": 1}] if i % 7 == 0 else []}
        if i % 50 == 0:
            prog["placement"] = {"impact": 4.0, "effort": 2.0}
        progs.append(prog)
    return {
        "format": FORMAT,
        "region": {"name": "Kabupaten Sintetis", "type": "kabupaten",
                   "plan_title": "Masterplan Smart City Kabupaten Sintetis 2027-2036",
                   "period_start": 2027, "period_end": 2036,
                   "vision": "Kabupaten yang melayani warganya dengan cepat dan terbuka",
                   "missions": ["Tata kelola digital", "Ekonomi lokal berdaya saing"]},
        "settings": {"vote_budget": 5},
        "events": [{"stage": "I", "venue": "Pendopo Kabupaten", "start_date": "2026-06-15",
                    "days": 2, "facilitators": ["Tim Pembimbing"], "agenda": agenda}],
        "opds": opd_list, "participants": people, "swot": items, "strategies": strategies,
        "readiness": [{"component": c, "dimension": d, "rating": rng.choice(READINESS_RATINGS)}
                      for c in components[:3] for d in dims],
        "programs": progs,
    }


def create_large(path: str | Path, *, opds: int = 50, swot: int = 5000, programs: int = 1000,
                 scores: int = 20000, seed: int = 1) -> Path:
    """Write a large synthetic workshop to ``path`` (replacing it) and return the path.

    Built in a temporary file beside ``path`` and moved into place when complete.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    doc = build_document(opds=opds, swot=swot, programs=programs, scores=scores, seed=seed)
    ws = open_workshop(tmp, create=True)
    try:
        report = import_document(ws, doc, source="import")
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    os.replace(tmp, path)
    Path(f"{tmp}.lock").unlink(missing_ok=True)
    log.info("synthetic workshop %s: %s", path, report.summary())
    return path
