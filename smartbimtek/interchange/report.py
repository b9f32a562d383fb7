"""What an import did: the report returned to the caller and written to the audit row."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Outcomes in the order ``summary`` lists them.
OUTCOMES = ("created", "updated", "kept", "deleted", "kept_deleted")


@dataclass
class ImportReport:
    """What an import did, per kind of record (``swot``, ``programs``, ``scores``...).

    ``created``: new records; ``updated``: records matched (by id or natural key) and
    written; ``kept``: records matched whose copy in the file was newer (left as they were);
    ``deleted``: live records of the file that the document deleted later than their last
    change; ``kept_deleted``: records the file deleted and the document still holds
    unchanged since (or without a change time): they stay deleted. ``deleted_ids`` and
    ``kept_deleted_ids`` name those records (file ids) per kind.
    """

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept_deleted: dict[str, int] = field(default_factory=dict)
    deleted_ids: dict[str, list[str]] = field(default_factory=dict)
    kept_deleted_ids: dict[str, list[str]] = field(default_factory=dict)

    def add(self, outcome: str, kind: str, n: int = 1) -> None:
        """Count ``n`` records of ``kind`` under ``outcome`` (one of ``OUTCOMES``)."""
        if n:
            bucket = getattr(self, outcome)
            bucket[kind] = bucket.get(kind, 0) + n

    def add_id(self, outcome: str, kind: str, record_id: str) -> None:
        """Count one ``deleted`` or ``kept_deleted`` record of ``kind`` and keep its id."""
        self.add(outcome, kind)
        getattr(self, f"{outcome}_ids").setdefault(kind, []).append(record_id)

    def as_dict(self) -> dict:
        """Plain dict (for the audit row and JSON output)."""
        out = {outcome: dict(getattr(self, outcome)) for outcome in OUTCOMES}
        out["deleted_ids"] = {k: list(v) for k, v in self.deleted_ids.items()}
        out["kept_deleted_ids"] = {k: list(v) for k, v in self.kept_deleted_ids.items()}
        return out

    def summary(self) -> str:
        """One line for people, e.g. ``created: 12 swot, 3 programs; kept deleted: 1 swot``."""
        parts = []
        for outcome in OUTCOMES:
            bucket = getattr(self, outcome)
            if bucket:
                label = outcome.replace("_", " ")
                parts.append(f"{label}: " + ", ".join(f"{n} {k}" for k, n in bucket.items()))
        return "; ".join(parts) or "nothing to import"
