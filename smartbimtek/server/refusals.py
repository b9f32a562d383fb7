"""Refusals of the table input server: the ``Refused`` exception, the JSON error bodies and the
HTTP status of each refusal. Shared by ``app`` (error handlers) and ``api`` (the routes), so
those two never import each other."""

from __future__ import annotations

from flask import jsonify

from ..errors import (
    NotFoundError,
    PermissionDenied,
    SmartBimtekError,
    ValidationError,
    WorkshopFileError,
)

#: HTTP status of each refusal code (others: by exception class).
STATUS_BY_CODE = {"locked_input": 423, "step_closed": 409, "vote_budget": 409,
                  "idempotency_key": 409, "join_code": 403, "results_hidden": 403,
                  "quota_items": 409, "quota_text": 409}


class Refused(Exception):
    """A request the server itself refuses (no session, bad token, throttled...)."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_body(exc: SmartBimtekError) -> dict:
    """The JSON the phone page turns into a message: code, field, English text, parameters."""
    body = {"code": exc.code, "message": str(exc)}
    if isinstance(exc, ValidationError):
        body["field"] = exc.field
        body["message"] = exc.detail
    params = {k: v for k, v in exc.params.items() if isinstance(v, str | int | float | bool)}
    if params:
        body["params"] = params
    return {"error": body}


def status_of(exc: SmartBimtekError) -> int:
    """HTTP status for a refusal from the core."""
    if exc.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[exc.code]
    if isinstance(exc, ValidationError):
        return 422
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, WorkshopFileError):
        return 503
    return 400


def refusal(status: int, code: str, message: str, **extra) -> tuple:
    """A JSON error response built by the server itself (not from a core exception)."""
    body = {"error": {"code": code, "message": message, **extra}}
    return jsonify(body), status
