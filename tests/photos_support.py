"""Images for the photo tests: a camera-like JPEG with orientation and GPS in its EXIF."""

from __future__ import annotations

import io

from PIL import Image

GPS_IFD = 0x8825
EXIF_IFD = 0x8769


def camera_jpeg(width: int = 400, height: int = 200, *, orientation: int = 6) -> bytes:
    """A JPEG as a phone writes it: pixels stored sideways plus an EXIF orientation, a
    location (GPS), a camera make and a time taken. The left half is red, the right blue."""
    image = Image.new("RGB", (width, height), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, width // 2, height))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(EXIF_IFD)[0x9003] = "2025:06:15 10:30:00"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "S"
    gps[2] = (6.0, 10.0, 30.0)
    gps[3] = "E"
    gps[4] = (106.0, 49.0, 0.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def png_bytes(width: int = 64, height: int = 48, mode: str = "RGBA") -> bytes:
    """A small PNG (half transparent when ``mode`` is RGBA)."""
    image = Image.new(mode, (width, height), (0, 128, 0, 128) if mode == "RGBA" else (0, 128, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
