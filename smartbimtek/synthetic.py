"""A large synthetic workshop of realistic shape, for benchmarks and load tests.

``create_large(path)`` writes 50 OPDs, 5,000 SWOT items, 1,000 programs and 20,000 scores
(plus participants, attendance, a Bimtek I agenda with notes, strategies, readiness, votes and
placements, and the master plan: every program's location, baseline, yearly targets, budgets
per year and source and activities; gap analysis, consolidated SWOT, issues, RPJMD,
objectives, bodies, regulations, enablers, quick win profiles with milestones) through the
interchange importer in one transaction: a few seconds at most.
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
        prog["id"] = f"syn-program-{i + 1:05d}"
        prog.update(_program_plan(rng, prog))
        progs.append(prog)
    return {
        "format": FORMAT,
        "region": {"name": "Kabupaten Sintetis", "type": "kabupaten",
                   "plan_title": "Masterplan Smart City Kabupaten Sintetis 2027-2036",
                   "period_start": 2027, "period_end": 2036,
                   "vision": "Kabupaten yang melayani warganya dengan cepat dan terbuka",
                   "missions": ["Tata kelola digital", "Ekonomi lokal berdaya saing"]},
        "settings": {"vote_budget": 5, "ifas_convention": "diagram"},
        "events": [{"stage": "I", "venue": "Pendopo Kabupaten", "start_date": "2026-06-15",
                    "days": 2, "facilitators": ["Tim Pembimbing"], "agenda": agenda}],
        "opds": opd_list, "participants": people, "swot": items, "strategies": strategies,
        "readiness": [{"component": c, "dimension": d, "rating": rng.choice(READINESS_RATINGS)}
                      for c in components[:3] for d in dims],
        "programs": progs,
        "masterplan": _masterplan(rng, codes, dims, components[:3], swot, progs),
        "stages": _stages(rng, codes, dims, progs, start),
    }


_KEYWORDS = ("digital", "sejahtera", "pelayanan prima", "berdaya saing", "berkelanjutan",
             "sehat", "cerdas", "terbuka", "inovatif", "religius", "berbudaya", "aman",
             "lestari", "mandiri", "terhubung", "transparan", "produktif", "ramah wisata",
             "agraris", "maju", "inklusif", "hijau", "tangguh", "kreatif", "unggul")


def _stages(rng: random.Random, codes: list, dims: list, progs: list,
            start: dt.datetime) -> dict:
    """The ``stages`` object: a group per dimension, vision keywords (about 40 per OPD, a
    few words much more frequent than the rest), synonym merges and picks, review comments
    on programs and chapters (one per five programs) with statuses."""
    def at(seconds: int) -> str:
        return (start + dt.timedelta(days=1, seconds=seconds)).isoformat(
            timespec="milliseconds")

    groups = [{"id": f"syn-group-{d}", "event": "I", "name": f"Kelompok {d.title()}",
               "kind": "dimension", "dimension": d,
               "opds": [c for n, c in enumerate(codes) if n % len(dims) == i],
               "created_at": at(i), "updated_at": at(i)} for i, d in enumerate(dims)]
    weights = [1 / (rank + 1) for rank in range(len(_KEYWORDS))]
    keywords = []
    for i in range(len(codes) * 40):
        word = rng.choices(_KEYWORDS, weights)[0]
        keywords.append({"id": f"syn-keyword-{i + 1:05d}", "event": "I",
                         "group": groups[i % len(groups)]["id"], "opd": codes[i % len(codes)],
                         "text": word.title() if i % 3 else word, "source": "phone",
                         "created_at": at(100 + i), "updated_at": at(100 + i)})
    comments, statuses = [], []
    for i, prog in enumerate(progs[::5]):
        resolved = i % 3 != 0
        comments.append({"id": f"syn-comment-{i + 1:05d}", "subject_kind": "program",
                         "subject": prog["id"], "event": "I",
                         "group": groups[i % len(groups)]["id"],
                         "author": groups[i % len(groups)]["name"],
                         "text": f"Target program {i + 1} perlu satuan yang terukur.",
                         "answer": "Satuan ditambahkan." if resolved else "",
                         "resolved": resolved, "source": "phone",
                         "created_at": at(50_000 + i), "updated_at": at(50_000 + i)})
        statuses.append({"subject_kind": "program", "subject": prog["id"],
                         "status": ("draft", "discussed", "agreed")[i % 3],
                         "updated_at": at(50_000 + i)})
    for i, chapter in enumerate(("pendahuluan", "analisis", "visi", "strategi", "roadmap")):
        comments.append({"id": f"syn-comment-bab-{i + 1}", "subject_kind": "chapter",
                         "subject": chapter, "event": "I", "author": "Tim Pelaksana",
                         "text": f"Bab {chapter} perlu data terbaru.", "resolved": False,
                         "created_at": at(60_000 + i), "updated_at": at(60_000 + i)})
    return {"groups": groups, "keywords": keywords,
            "keyword_merges": [{"keyword": "hijau", "kept": "lestari", "updated_at": at(90)},
                               {"keyword": "transparan", "kept": "terbuka",
                                "updated_at": at(91)}],
            "keyword_picks": [{"keyword": w, "picked_at": at(95 + n),
                               "used_in_vision": n < 3}
                              for n, w in enumerate(_KEYWORDS[:5])],
            "review_status": statuses, "review_comments": comments}


_SOURCES = ("APBD", "APBN/DAK", "Dana Desa", "CSR", "KPBU")


def _program_plan(rng: random.Random, prog: dict) -> dict:
    """Location, baseline, a target and one or two budget lines per year, two activities."""
    years = list(range(prog["start_year"], prog["end_year"] + 1))
    base = rng.randint(5, 40)
    step = rng.randint(3, 9)
    sources = rng.sample(_SOURCES, rng.randint(1, 2))
    budgets = [{"year": y, "source": s, "amount": rng.randint(50, 2500) * 1_000_000}
               for y in years for s in sources]
    half = years[len(years) // 2]
    return {"location": f"Kecamatan Wilayah {rng.randint(1, 30):02d}",
            "baseline_value": f"{base}%", "baseline_year": 2026, "unit": "%",
            "targets": {str(y): f"{min(100, base + step * (n + 1))}%"
                        for n, y in enumerate(years)},
            "budgets": budgets,
            "activities": [
                {"title": f"Persiapan dan kajian {rng.choice(_SUBJECTS)}",
                 "start_year": years[0], "end_year": years[0]},
                {"title": f"Pelaksanaan dan pemantauan {rng.choice(_SUBJECTS)}",
                 "start_year": half, "end_year": years[-1]}]}


def _masterplan(rng: random.Random, codes: list, dims: list, components: list, swot: int,
                progs: list) -> dict:
    """The ``masterplan`` object: every kind of record, in realistic numbers."""
    def text(prefix: str, n: int) -> str:
        return f"{prefix} {rng.choice(_SUBJECTS)} {rng.choice(_STATES['W'])} ({n})"

    period = [str(y) for y in range(2027, 2037)]
    rpjmd = [{"id": f"syn-misi-{m}", "kind": "misi", "code": f"Misi {m}",
              "text": f"Misi {m}: {rng.choice(_SUBJECTS)} yang melayani warga"}
             for m in range(1, 5)]
    rpjmd += [{"id": f"syn-rs-{m}-{k}", "kind": "sasaran", "code": f"S{m}.{k}",
               "parent": f"syn-misi-{m}", "text": f"Meningkatnya {rng.choice(_SUBJECTS)}"}
              for m in range(1, 5) for k in (1, 2)]
    objectives = [{"id": f"syn-tujuan-{t}", "level": "tujuan",
                   "text": f"Tujuan {t}: {rng.choice(_SUBJECTS)} yang andal"} for t in (1, 2, 3)]
    objectives += [{"id": f"syn-sasaran-{d}", "level": "sasaran", "parent": f"syn-tujuan-{n % 3 + 1}",
                    "dimension": d, "text": f"Meningkatnya {rng.choice(_SUBJECTS)} ({d})",
                    "indicator": "Persentase layanan yang dapat diakses daring", "unit": "%",
                    "baseline_value": "30%", "baseline_year": 2026, "rpjmd": f"syn-rs-{n % 4 + 1}-1",
                    "targets": {y: f"{30 + 6 * (k + 1)}%" for k, y in enumerate(period)}}
                   for n, d in enumerate(dims)]
    bodies = [("dewan", 8), ("pelaksana", 14), ("penyusun", 6)]
    profiles = [{"program": p["id"], "innovation_name": f"Inovasi {p['title']}",
                 "acronym": f"SIN{n:03d}", "problem": text("Masalah", n),
                 "beneficiaries": f"{rng.randint(2, 90)} ribu warga", "budget":
                 rng.randint(100, 900) * 1_000_000, "funding_source": "APBD",
                 "indicator": p["indicator"], "baseline": "20% (2026)", "target": "60% (2027)",
                 "risks": text("Risiko", n),
                 "milestones": [{"month": m, "description": f"Tahap {k + 1}: {rng.choice(_SUBJECTS)}",
                                 "progress": max(0, 100 - 30 * k)}
                                for k, m in enumerate((2, 5, 8, 11))]}
                for n, p in enumerate(p for p in progs if p["horizon"] == "quick_win")
                if n < 100]
    return {
        "formal": {"capital_town": "Kota Sintetis", "head_name": "Bupati Sintetis",
                   "foreword": "Kata pengantar Bupati. " * 20, "approval_sheet": True},
        "gaps": [{"component": c, "dimension": d, "current": text("Kondisi", 1),
                  "expected": f"{rng.choice(_SUBJECTS).capitalize()} terintegrasi",
                  "gap": text("Kesenjangan", 2), "recommendation": text("Rekomendasi", 3)}
                 for c in components for d in dims],
        "region_swot": [{"quadrant": QUADRANTS[n % 4], "dimension": dims[n % 6],
                         "text": f"Butir SWOT daerah {n + 1}: {rng.choice(_SUBJECTS)}",
                         "source_refs": sorted(rng.sample(range(swot), min(3, swot)))}
                        for n in range(120)],
        "strategic_issues": [{"dimension": d, "text": text("Isu", n)}
                             for n, d in enumerate(dims * 3)],
        "rpjmd": rpjmd, "objectives": objectives,
        "members": [{"body": b, "name": f"Anggota {b} {k + 1}", "position": "Kepala Bidang",
                     "institution": rng.choice(codes), "role": "Ketua" if k == 0 else "Anggota"}
                    for b, count in bodies for k in range(count)],
        "regulations": [{"instrument": "Peraturan Bupati", "subject": text("Pengaturan", n),
                         "target_year": 2027 + n, "status": "rencana"} for n in range(6)],
        "enablers": [{"section": s, "title": text(s.capitalize(), n), "target_year": 2028,
                      "opd": codes[n % len(codes)], "description": "Uraian. " * 10}
                     for n, s in enumerate(("financing", "sdm", "infrastructure") * 4)],
        "quickwin_profiles": profiles,
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
