"""Domain exceptions. The core raises these; the UI and the server translate them."""

from __future__ import annotations


class SmartBimtekError(Exception):
    """Base class of every error the core raises on purpose.

    ``code`` is a stable machine-readable key (the UI maps it to a translated message),
    ``params`` the values the message refers to.
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(SmartBimtekError):
    """User input refused: names the field (and the record, for imports)."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, code: str = "invalid", record: str | None = None,
                 **params: object) -> None:
        where = f"{record}.{field}" if record else field
        super().__init__(f"{where}: {message}", code=code, **params)
        self.field = field
        self.record = record
        self.detail = message


class NotFoundError(SmartBimtekError):
    """A record that does not exist (or was deleted)."""

    code = "not_found"


class PermissionDenied(SmartBimtekError):
    """An action refused for who asks it (for example another OPD's item, input locked)."""

    code = "denied"


class WorkshopFileError(SmartBimtekError):
    """The workshop file cannot be used: corrupt, truncated, foreign or from a newer version.

    ``hint`` tells the user the way out (usually: restore from a backup).
    """

    code = "file"

    def __init__(self, message: str, *, code: str | None = None, hint: str = "",
                 **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class WorkshopLockedError(WorkshopFileError):
    """Another program already has the workshop file open."""

    code = "locked"
