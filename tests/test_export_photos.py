"""The laporan of the demo with documentation photos (issue 11): the photos are in the DOCX
as inline pictures and in the PDF as images, each with its caption, in an annex
"Dokumentasi Kegiatan"; deleted photos and photos of another event are left out."""

from __future__ import annotations

from docx import Document as open_docx
from photos_support import camera_jpeg, png_bytes
from pypdf import PdfReader

from smartbimtek.exports import build, export
from smartbimtek.services import photos
from smartbimtek.snapshot import take_snapshot


def _add_photos(ws):
    event = ws.query_one("SELECT id FROM events WHERE deleted_at IS NULL ORDER BY created_at")[0]
    step = ws.query_one("SELECT id FROM agenda_steps WHERE event_id = ? ORDER BY day, position",
                        (event,))[0]
    opd = ws.query_one("SELECT id FROM opds WHERE deleted_at IS NULL ORDER BY code")[0]
    kept = [photos.add_photo(ws, camera_jpeg(900, 600), event_id=event, step_id=step,
                             opd_id=opd, caption="Flip chart SWOT meja 1", source="phone"),
            photos.add_photo(ws, png_bytes(300, 200, "RGB"), event_id=event,
                             caption="Pleno <b>hasil</b> & penandatanganan")]
    gone = photos.add_photo(ws, png_bytes(), event_id=event, caption="Foto terhapus")
    photos.delete_photo(ws, gone.id)
    return event, kept


def test_report_without_photos_has_no_documentation_annex(demo_ws):
    doc = build(take_snapshot(demo_ws), "report")
    assert "DOKUMENTASI KEGIATAN" not in doc.plain_text()


def test_laporan_of_the_demo_has_its_photos_as_images(demo_ws, tmp_path):
    event, kept = _add_photos(demo_ws)
    snap = take_snapshot(demo_ws)
    assert [p.id for p in snap.photos] == [p.id for p in kept]  # metadata, no deleted one
    text = build(snap, "report", event).plain_text()
    assert "DOKUMENTASI KEGIATAN" in text
    assert "Flip chart SWOT meja 1 (Sesi: " in text
    assert "Pleno <b>hasil</b> & penandatanganan" in text  # plain text, as typed
    assert "Foto terhapus" not in text

    docx_path = export(snap, "report", "docx", tmp_path / "laporan.docx", event_id=event)
    document = open_docx(docx_path)
    pictures = [s for s in document.inline_shapes
                if s._inline.graphic.graphicData.pic is not None]
    jpegs = [p for p in document.part.package.parts
             if p.content_type == "image/jpeg" and str(p.partname).startswith("/word/media/")]
    assert len(jpegs) == 2
    assert len(pictures) >= 2
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Pleno <b>hasil</b> & penandatanganan" in body

    pdf_path = export(snap, "report", "pdf", tmp_path / "laporan.pdf", event_id=event)
    reader = PdfReader(pdf_path)
    images = [image for page in reader.pages for image in page.images]
    sizes = sorted(image.image.size for image in images)
    assert (300, 200) in sizes and (600, 900) in sizes  # the camera photo stood upright
    last_pages = " ".join(page.extract_text() for page in reader.pages[-3:])
    assert "Flip chart SWOT meja 1" in " ".join(last_pages.split())


def test_caption_names_the_group_whose_flip_chart_it_shows(demo_ws):
    from smartbimtek.services import groups

    event = demo_ws.query_one("SELECT id FROM events WHERE deleted_at IS NULL "
                              "ORDER BY created_at")[0]
    group = groups.add_group(demo_ws, "Kelompok Smart Environment", "dimension",
                             dimension="environment", event_id=event)
    photos.add_photo(demo_ws, png_bytes(300, 200, "RGB"), event_id=event, group_id=group.id,
                     caption="Flip chart kelompok")
    text = build(take_snapshot(demo_ws), "report", event).plain_text()
    assert "Flip chart kelompok (Kelompok: Kelompok Smart Environment)" in text
