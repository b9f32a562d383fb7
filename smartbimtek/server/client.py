"""A minimal client of the table API (one simulated phone): for tests, the benchmark and load
checks at a venue. Standard library only; one kept-alive connection per client."""

from __future__ import annotations

import http.client
import json
import uuid
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from .security import COOKIE, CSRF_HEADER, KEY_HEADER, STEP_HEADER


class LanClient:
    """Talks to a table input server like the phone page does.

    ``request`` returns ``(status, json_or_None, headers)``; ``submit`` adds the anti-forgery
    token, a fresh (or given) idempotency key and the step hint.
    """

    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout
        self.token = ""
        self.csrf = ""
        self.step_id = ""
        self._conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        """Close the kept-alive connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(self, method: str, path: str, body: object = None, *,
                headers: dict[str, str] | None = None, raw: bytes | None = None,
                cookie: bool = True) -> tuple[int, object, dict[str, str]]:
        """One request; JSON body in and out. Reconnects once if the connection dropped."""
        sent = dict(headers or {})
        data = raw
        if data is None and body is not None:
            data = json.dumps(body).encode("utf-8")
            sent.setdefault("Content-Type", "application/json")
        if cookie and self.token:
            sent["Cookie"] = f"{COOKIE}={self.token}"
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, path, body=data, headers=sent)
                response = conn.getresponse()
                payload = response.read()
                break
            except (ConnectionError, http.client.HTTPException):
                self.close()
                if attempt == 2:
                    raise
        answer = {k: v for k, v in response.getheaders()}
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie(header)
            if COOKIE in jar:
                self.token = jar[COOKIE].value
        try:
            parsed = json.loads(payload) if payload else None
        except ValueError:
            parsed = payload.decode("utf-8", "replace")
        return response.status, parsed, answer

    def join(self, code: str, name: str = "Peserta") -> tuple[int, object]:
        """Join with a table code; keeps the session cookie and the anti-forgery token."""
        status, body, _ = self.request("POST", "/api/join", {"code": code, "name": name})
        if status == 200:
            self.csrf = body["csrf"]
        return status, body

    def state(self) -> tuple[int, object]:
        """Poll the table's state (remembers the current step as the hint for submissions)."""
        status, body, _ = self.request("GET", "/api/state")
        if status == 200:
            self.csrf = body["csrf"]
            self.step_id = (body.get("step") or {}).get("id", "")
        return status, body

    def submit(self, method: str, path: str, body: object = None, *, key: str | None = None,
               csrf: str | None = None, step: str | None = None
               ) -> tuple[int, object, dict[str, str]]:
        """A write as the page sends it (token header, idempotency key, step hint)."""
        headers = {KEY_HEADER: key or uuid.uuid4().hex,
                   STEP_HEADER: self.step_id if step is None else step}
        token = self.csrf if csrf is None else csrf
        if token:
            headers[CSRF_HEADER] = token
        return self.request(method, path, body, headers=headers)
