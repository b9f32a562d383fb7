"""Documentation photos for the stage demos (``smartbimtek demo PATH --stage``): a few plausible
pictures per bimtek, drawn with Pillow (a flip chart with a group's SWOT lines, programs or
strategies written on it, the plenary in front of the projector screen, the signing of the
commitment in Bimtek IV) and stored through the photos service like any photo from a laptop,
with Indonesian captions, on the event, the step they were taken in and the table's OPD or
group. Drawn shapes and text only (no bundled pictures): the demo stays small and regenerable.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import textwrap
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from . import reference
from .paths import FONTS
from .services import agenda, formal, groups, photos, plan, programs, roster, swot
from .store.workshop import Workshop

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

    from .model import AgendaStep

#: Size of a drawn photo (a phone camera's 4:3, already at the stored size).
SIZE = (1600, 1200)
_MARKERS = ((25, 60, 150), (20, 20, 28), (180, 30, 40), (20, 110, 60))
_QUADRANTS = (("S", "Kekuatan"), ("W", "Kelemahan"), ("O", "Peluang"), ("T", "Ancaman"))
_FLIP_OPDS = ("DISKOMINFO", "DINKES")
_FLIP_DIMENSIONS = ("governance", "environment")


@dataclass(frozen=True)
class _Shot:
    """One photo to take: where it belongs, its caption and how to draw it."""

    step: AgendaStep
    caption: str
    draw: object  # () -> Image
    opd_id: str | None = None
    group_id: str | None = None
    minutes_in: int = 20


def add_photos(ws: Workshop) -> int:
    """Draw and store the documentation photos of every event of the demo (each at a moment
    inside its step, on the demo's clock); returns how many were stored. Pictures are drawn
    here; their encoding and the service's check and re-encoding (``photos.prepare``) run on
    two worker threads (Pillow's codecs release the GIL); they are stored in order."""
    from concurrent.futures import ThreadPoolExecutor

    clock = ws.clock
    moment = getattr(clock, "moment", None)
    region = formal.region_display_name(ws)
    count = 0
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for event in plan.list_events(ws):
                steps = [s for s in agenda.list_steps(ws, event.id) if s.actual_start]
                jobs = []
                for shot in _shots(ws, event, steps, region):
                    taken = dt.datetime.fromisoformat(shot.step.actual_start) + dt.timedelta(
                        minutes=shot.minutes_in)
                    if moment is not None:  # never later than the demo's now (a running step)
                        taken = min(taken, moment)
                    jobs.append((shot, taken, pool.submit(_prepared, shot.draw(), taken)))
                for shot, taken, job in jobs:
                    if moment is not None:
                        clock.moment = taken
                    photos.store_prepared(ws, job.result(), event_id=event.id,
                                          step_id=shot.step.id, opd_id=shot.opd_id,
                                          group_id=shot.group_id, caption=shot.caption)
                    count += 1
    finally:
        if moment is not None:
            clock.moment = moment
    return count


def _prepared(image: Image.Image, taken: dt.datetime) -> photos.Prepared:
    """The picture as a camera writes it, then checked and cleaned as any uploaded photo."""
    return photos.prepare(_jpeg(image, taken))


def _first(steps, kind: str, *, title: str = "", dimension: str | None = None):
    for step in steps:
        if step.kind == kind and title.lower() in step.title.lower() and (
                dimension is None or step.dimension == dimension):
            return step
    return None


def _shots(ws: Workshop, event, steps, region: str) -> list[_Shot]:
    """The photos of one event, by its stage."""
    shots: list[_Shot] = []
    opds = {o.code: o for o in roster.list_opds(ws)}
    names = {d["id"]: d["name_id"] for d in reference.dimensions()}
    rng = random.Random(f"{event.stage}-{event.id}")
    if event.stage == "I":
        work = _first(steps, "swot")
        for code in _FLIP_OPDS if work else ():
            if code in opds:
                items = swot.list_items(ws, opd_id=opds[code].id)
                sections = [(f"{q} - {label}", [i.text for i in items if i.quadrant == q])
                            for q, label in _QUADRANTS]
                seed = rng.random()
                shots.append(_Shot(
                    work, f"Flip chart hasil analisis SWOT kelompok {code}",
                    lambda c=code, s=sections, r=seed: _flip_chart(
                        f"ANALISIS SWOT - {c}", s, grid=True, seed=r),
                    opd_id=opds[code].id, minutes_in=40 + 15 * len(shots)))
        plenary = _first(steps, "plenary", title="SWOT")
        if plenary:
            shots.append(_Shot(plenary, "Suasana pleno hasil analisis SWOT per OPD",
                               lambda: _plenary("Pleno Hasil Analisis SWOT", region, 0.3)))
        return shots
    dimension_groups = {g.dimension: g for g in groups.list_groups(ws, event.id, kind="dimension")}
    if event.stage == "II":
        work = _first(steps, "programs", title="pendek") or _first(steps, "programs")
        for dimension in _FLIP_DIMENSIONS if work else ():
            lines = [p.title for p in programs.list_programs(ws, dimension=dimension)]
            group = dimension_groups.get(dimension)
            seed = rng.random()
            shots.append(_Shot(
                work, f"Flip chart program kelompok {names[dimension]}",
                lambda n=names[dimension], s=lines, r=seed: _flip_chart(
                    f"PROGRAM {n.upper()}", [("Program 1 / 5 / 10 tahun", s)], seed=r),
                group_id=group.id if group else None, minutes_in=30 + 20 * len(shots)))
        plenary = _first(steps, "plenary", title="quick win")
        if plenary:
            shots.append(_Shot(plenary, "Pleno program dan kandidat quick win",
                               lambda: _plenary("Pleno Program dan Kandidat Quick Win",
                                                region, 0.6)))
    elif event.stage == "III":
        for dimension in _FLIP_DIMENSIONS:
            work = _first(steps, "swot", dimension=dimension)
            if work is None:
                continue
            lines = [f"{s.type}: {s.text}" for s in swot.list_strategies(ws)
                     if s.dimension == dimension]
            group = dimension_groups.get(dimension)  # III's demo works in its steps
            seed = rng.random()
            shots.append(_Shot(
                work, f"Flip chart strategi TOWS {names[dimension]}",
                lambda n=names[dimension], s=lines, r=seed: _flip_chart(
                    f"STRATEGI {n.upper()}", [("Strategi SO / WO / ST / WT", s)], seed=r),
                group_id=group.id if group else None))
        plenary = _first(steps, "plenary", title="quick win")
        if plenary:
            shots.append(_Shot(plenary, "Pleno penetapan quick win per dimensi",
                               lambda: _plenary("Pleno Quick Win per Dimensi", region, 0.8)))
    elif event.stage == "IV":
        review_step = _first(steps, "plenary", title="revisi")
        if review_step:
            shots.append(_Shot(review_step, "Pleno catatan revisi draf masterplan",
                               lambda: _plenary("Catatan Revisi Draf Masterplan", region, 0.5)))
        signing = _first(steps, "plenary", title="Penandatanganan")
        if signing:
            shots.append(_Shot(signing, "Penandatanganan komitmen bersama oleh Bupati dan "
                                        "kepala perangkat daerah",
                               lambda: _signing(region, 5), minutes_in=25))
            shots.append(_Shot(signing, "Foto bersama setelah penandatanganan komitmen",
                               lambda: _signing(region, 9), minutes_in=55))
    return shots


# -- drawing -----------------------------------------------------------------------------------
@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else
                                           "DejaVuSans.ttf")), size)


def _canvas(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    """A wall lit from above: a vertical gradient."""
    from PIL import Image

    strip = Image.new("RGB", (1, 256))
    strip.putdata([tuple(int(t + (b - t) * y / 255) for t, b in zip(top, bottom, strict=True))
                   for y in range(256)])
    return strip.resize(SIZE, Image.Resampling.NEAREST)


def _flip_chart(title: str, sections: list[tuple[str, list[str]]], *, grid: bool = False,
                seed: float = 0.0) -> Image.Image:
    """A flip chart on its easel against the wall, the group's lines written in marker."""
    from PIL import Image, ImageDraw

    image = _canvas((214, 206, 190), (150, 140, 122))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1010, SIZE[0], SIZE[1]), fill=(120, 92, 66))  # the floor
    for x0, x1 in ((560, 430), (1040, 1170), (800, 800)):  # easel legs
        draw.line((x0, 150, x1, 1150), fill=(70, 50, 35), width=22)
    paper = Image.new("RGB", (840, 1020), (250, 250, 246))
    pen = ImageDraw.Draw(paper)
    size = 46
    while size > 24 and _font(size, True).getlength(title) > 760:
        size -= 2
    pen.text((40, 30 + (46 - size) // 2), title, font=_font(size, True), fill=_MARKERS[0])
    pen.line((40, 100, 800, 104), fill=_MARKERS[2], width=5)
    boxes = ([(30, 130, 420, 570), (420, 130, 810, 570), (30, 570, 420, 1000),
              (420, 570, 810, 1000)] if grid else [(30, 130, 810, 1000)])
    if grid:
        pen.line((420, 130, 420, 1000), fill=_MARKERS[1], width=4)
        pen.line((30, 570, 810, 570), fill=_MARKERS[1], width=4)
    for n, ((heading, lines), box) in enumerate(zip(sections, boxes, strict=True)):
        _write(pen, box, heading, lines, _MARKERS[(n + 1) % len(_MARKERS)] if grid
               else _MARKERS[1], wide=not grid)
    image.paste(paper, (380, 90 + int(12 * seed)))
    draw.rectangle((370, 80, 1230, 100), fill=(60, 60, 66))  # the clamp on top
    return image


def _write(pen: ImageDraw.ImageDraw, box, heading: str, lines: list[str], colour,
           *, wide: bool) -> None:
    x0, y0, x1, y1 = box
    pen.text((x0 + 14, y0 + 14), heading, font=_font(30, True), fill=colour)
    y, width = y0 + 64, 44 if wide else 20
    font = _font(24)
    for line in lines[:7 if wide else 4]:
        wrapped = textwrap.wrap(line.split(",")[0], width)
        if len(wrapped) > (3 if wide else 4):  # a flip chart holds the gist of a line
            wrapped = [*wrapped[:3 if wide else 4]]
            wrapped[-1] += " …"
        for k, part in enumerate(wrapped):
            if y > y1 - 34:
                return
            pen.text((x0 + 16, y), ("• " if k == 0 else "  ") + part, font=font, fill=colour)
            y += 32
        y += 8


def _audience(draw: ImageDraw.ImageDraw, rows: int, seed: int) -> None:
    """Rows of participants seen from behind, at their tables."""
    rng = random.Random(seed)
    for row in range(rows):
        y = 760 + row * 120
        scale = 1 + row * 0.25
        draw.rectangle((0, y + 50 * scale, SIZE[0], y + 70 * scale), fill=(245, 245, 240))
        step = int(110 * scale)
        for x in range(rng.randint(-40, 20), SIZE[0], step):
            shirt = rng.choice(((250, 250, 250), (40, 70, 130), (110, 110, 118),
                                (160, 40, 50), (30, 110, 90), (200, 170, 120)))
            w, h = 44 * scale, 56 * scale
            draw.rounded_rectangle((x, y, x + 2 * w, y + 2.2 * h), 20, fill=shirt)
            hair = (28, 24, 22) if rng.random() < 0.6 else rng.choice(
                ((60, 40, 90), (20, 40, 80), (230, 230, 230)))  # hijab colours, grey hair
            draw.ellipse((x + 0.45 * w, y - h, x + 1.55 * w, y + 0.25 * h), fill=hair)


def _plenary(slide: str, region: str, seed: float) -> Image.Image:
    """The plenary: the projector screen with the slide, participants in rows."""
    from PIL import ImageDraw

    image = _canvas((196, 178, 150), (120, 102, 84))
    draw = ImageDraw.Draw(image)
    draw.rectangle((380, 90, 1220, 560), fill=(240, 240, 244), outline=(40, 40, 40), width=6)
    draw.rectangle((380, 90, 1220, 170), fill=(20, 70, 140))
    draw.text((410, 108), slide, font=_font(34, True), fill=(255, 255, 255))
    draw.text((410, 200), f"Masterplan Smart City {region}",
              font=_font(30), fill=(30, 30, 30))
    rng = random.Random(seed)
    for n in range(5):
        length = rng.randint(380, 740)
        draw.rectangle((410, 270 + n * 52, 410 + length, 290 + n * 52), fill=(150, 160, 175))
    draw.rectangle((80, 220, 300, 700), fill=(150, 30, 35))  # the banner beside the screen
    draw.text((100, 250), "BIMTEK", font=_font(36, True), fill=(255, 230, 120))
    draw.text((100, 300), "SMART\nCITY", font=_font(40, True), fill=(255, 255, 255))
    draw.rectangle((0, 690, SIZE[0], SIZE[1]), fill=(96, 74, 60))
    _audience(draw, 3, int(seed * 100))
    return image


def _signing(region: str, people: int) -> Image.Image:
    """The signing of the commitment: the backdrop, the table and the signers standing."""
    from PIL import ImageDraw

    image = _canvas((180, 190, 205), (110, 118, 132))
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 80, 1480, 520), fill=(16, 60, 120))
    draw.text((180, 130), "PENANDATANGANAN KOMITMEN BERSAMA", font=_font(52, True),
              fill=(255, 255, 255))
    draw.text((180, 220), "Masterplan Smart City", font=_font(44), fill=(255, 220, 120))
    draw.text((180, 290), region, font=_font(44), fill=(255, 220, 120))
    rng = random.Random(people)
    gap = 1400 // people
    for n in range(people):
        x = 140 + n * gap + rng.randint(-10, 10)
        batik = rng.choice(((150, 60, 30), (40, 70, 120), (120, 100, 40), (90, 30, 60)))
        draw.rounded_rectangle((x, 560, x + 120, 900), 30, fill=batik)
        draw.ellipse((x + 28, 450, x + 92, 540), fill=(120, 84, 60))
        draw.rectangle((x + 30, 435, x + 90, 470), fill=(20, 20, 24))  # peci
    draw.rectangle((60, 820, 1540, 1200), fill=(240, 240, 236))  # the table cloth
    draw.rectangle((60, 820, 1540, 860), fill=(190, 30, 40))
    for n in range(min(people, 5)):
        x = 200 + n * 260
        draw.rectangle((x, 880, x + 170, 1000), fill=(30, 60, 110))  # the folders
        draw.rectangle((x + 12, 892, x + 158, 990), fill=(252, 252, 250))
    return image


def _jpeg(image: Image.Image, taken: dt.datetime) -> bytes:
    """The picture as a camera would write it: JPEG with its time taken in EXIF."""
    from PIL import Image

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()
