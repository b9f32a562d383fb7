"""What an import did: the report returned to the caller and written to the audit row."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    """What an import did, per kind of record (``swot``, ``programs``, ``scores``...).

    ``created``: new records; ``updated``: records matched (by id or natural key) and
    written; ``kept``: records matched whose copy in the file was newer (left as they were).
    """

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str, kind: str, n: int = 1) -> None:
        """Count ``n`` records of ``kind`` as ``created``, ``updated`` or ``kept``."""
        if n:
            bucket = getattr(self, outcome)
            bucket[kind] = bucket.get(kind, 0) + n

    def as_dict(self) -> dict:
        """Plain dict (for the audit row and JSON output)."""
        return {"created": dict(self.created), "updated": dict(self.updated),
                "kept": dict(self.kept)}

    def summary(self) -> str:
        """One line for people, e.g. ``created: 12 swot, 3 programs; updated: 1 opds``."""
        parts = []
        for outcome in ("created", "updated", "kept"):
            bucket = getattr(self, outcome)
            if bucket:
                parts.append(f"{outcome}: " + ", ".join(f"{n} {k}" for k, n in bucket.items()))
        return "; ".join(parts) or "nothing to import"
