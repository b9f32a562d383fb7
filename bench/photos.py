"""Benchmark of the laporan with documentation photos (issue 11).

One command: ``python bench/photos.py [--photos 40] [--runs 3]``. Makes the demo workshop and
adds ``--photos`` camera-like photos to its current bimtek (4000x3000 JPEGs with EXIF
orientation and location, and sensor-like noise, so that the stored 1600 px JPEGs are as
large as real ones or larger), then times the export of the laporan to PDF (snapshot
included: what a user waits for) and measures the file. Targets: PDF export < 5 s (median of
the runs), PDF < 30 MB. Also reported, without targets: the time to add one photo (decode,
turn upright, scale, re-encode, store), the stored size per photo, and the DOCX export.

Prints a table and one JSON line per figure.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import emit, exit_code  # noqa: E402  (bench/, the script's own folder)

TARGETS = {"pdf_seconds": 5.0, "pdf_mb": 30.0}


def camera_photo(n: int, size=(4000, 3000)) -> bytes:
    """A phone-camera-like JPEG: a flip chart (light paper, dark strokes) with noise, EXIF
    orientation 6 and a GPS location."""
    from PIL import Image, ImageDraw

    base = Image.new("RGB", size, (236, 232, 220))
    draw = ImageDraw.Draw(base)
    for line in range(40):
        y = 120 + line * 70
        draw.line((200, y, 3800 - (line * 37 + n * 11) % 1400, y + (n % 5)), fill=(30, 40, 120),
                  width=9)
    noise = Image.effect_noise(size, 28).convert("RGB")
    photo = Image.blend(base, noise, 0.18)
    exif = Image.Exif()
    exif[0x0112] = 6
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "S", (6.0, 10.0, 30.0), "E", (106.0, 49.0, float(n))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from smartbimtek.demo import create_demo
    from smartbimtek.exports import export
    from smartbimtek.services import agenda, photos
    from smartbimtek.snapshot import take_snapshot
    from smartbimtek.store import open_workshop

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = create_demo(folder / "demo.bimtek")
        originals = [camera_photo(n) for n in range(args.photos)]
        with open_workshop(path) as ws:
            event = ws.query_one("SELECT id FROM events WHERE deleted_at IS NULL "
                                 "ORDER BY created_at")[0]
            steps = agenda.list_steps(ws, event)
            opds = [r[0] for r in ws.query("SELECT id FROM opds WHERE deleted_at IS NULL")]
            add_times = []
            for n, data in enumerate(originals):
                started = time.perf_counter()
                photos.add_photo(ws, data, event_id=event, step_id=steps[n % len(steps)].id,
                                 opd_id=opds[n % len(opds)], caption=f"Flip chart meja {n + 1}")
                add_times.append(time.perf_counter() - started)
            stored = [p.size for p in photos.list_photos(ws, event)]
            pdf_times, docx_times = [], []
            for run in range(args.runs):
                started = time.perf_counter()
                pdf = export(take_snapshot(ws), "report", "pdf", folder / f"laporan{run}.pdf",
                             event_id=event)
                pdf_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                docx = export(take_snapshot(ws), "report", "docx",
                              folder / f"laporan{run}.docx", event_id=event)
                docx_times.append(time.perf_counter() - started)
            pdf_mb = pdf.stat().st_size / 1e6
            docx_mb = docx.stat().st_size / 1e6
    figures = [
        {"metric": "photos", "value": args.photos, "unit": "count"},
        {"metric": "original_mb_per_photo",
         "value": round(statistics.mean(len(d) for d in originals) / 1e6, 2), "unit": "MB"},
        {"metric": "add_photo_ms", "value": round(statistics.median(add_times) * 1000, 1),
         "unit": "ms", "note": "median: decode 12 MP, upright, 1600 px, JPEG, store"},
        {"metric": "stored_kb_per_photo", "value": round(statistics.mean(stored) / 1000, 1),
         "unit": "kB"},
        {"metric": "pdf_seconds", "value": round(statistics.median(pdf_times), 2), "unit": "s",
         "target": TARGETS["pdf_seconds"], "note": f"median of {args.runs}, snapshot included"},
        {"metric": "pdf_mb", "value": round(pdf_mb, 2), "unit": "MB",
         "target": TARGETS["pdf_mb"]},
        {"metric": "docx_seconds", "value": round(statistics.median(docx_times), 2),
         "unit": "s"},
        {"metric": "docx_mb", "value": round(docx_mb, 2), "unit": "MB"},
    ]
    return exit_code(emit(figures, f"Laporan with {args.photos} photos"))


if __name__ == "__main__":
    sys.exit(main())
