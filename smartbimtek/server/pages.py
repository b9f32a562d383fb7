"""The phone page and its static files (all local: no CDN, no web fonts)."""

from __future__ import annotations

from urllib.parse import quote

from flask import Blueprint, abort, redirect, send_from_directory

from .. import paths
from ..services.lan import normalise_code

blueprint = Blueprint("pages", __name__)


def _static(filename: str):
    response = send_from_directory(paths.WEB, filename, max_age=0)
    response.headers["Cache-Control"] = "no-cache"
    return response


@blueprint.get("/")
def index():
    """The single page the phones use (join form, then the table's workspace)."""
    return _static("index.html")


@blueprint.get("/j/<code>")
def join_link(code: str):
    """The address in a table's QR code: opens the page with the code filled in."""
    return redirect("/?code=" + quote(normalise_code(code)), code=302)


@blueprint.get("/static/<path:filename>")
def static_file(filename: str):
    """CSS, script and icons of the page."""
    if filename.startswith(".") or "/." in filename:
        abort(404)
    return _static(filename)


@blueprint.get("/favicon.ico")
def favicon():
    """Browsers ask for it; the page links its own SVG icon."""
    return _static("icon.svg")
