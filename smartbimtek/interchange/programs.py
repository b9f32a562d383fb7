"""Validation of the programs (with scores, votes, placements), region and settings of an
interchange document: the second half of ``validate``."""

from __future__ import annotations

from ..errors import ValidationError
from ..model import RATER_KINDS, SOURCES
from ..rules import ifas as ifas_rules
from ..services import plan as plan_service
from ..services import programs as program_service
from ..services import roadmap
from ..services.common import dumps
from ..text import clean_choice, clean_number, clean_short
from .merge import KEPT_DELETED, SKIP, Matcher, decide, fast_id, newer, when
from .validate import renamed

_REGION_NAMES = {"name": "region_name", "type": "region_type"}
_REGION_FIELDS = ("name", "type", "plan_title", "period_start", "period_end", "vision",
                  "missions", "goals", "targets", "narratives", "facilitators")
_PROGRAM_FIELDS = ("title", "description", "benefit", "dimension", "element", "horizon",
                   "start_year", "end_year", "funding", "indicator", "target")


class ProgramValidation:
    """The ``v_*`` steps for programs, the region and the settings."""

    # -- region and settings --------------------------------------------------------------
    def v_region(self) -> None:
        region = self.doc.get("region")
        self.out["plan"] = None
        if region is None:
            return
        if not isinstance(region, dict):
            self.fail(ValidationError("region", "must be an object", code="type"))
            return
        row = dict(self.ws.conn.execute("SELECT * FROM plan WHERE id = 1").fetchone())
        fields = {_REGION_NAMES.get(k, k): region[k] for k in _REGION_FIELDS if k in region}
        back = {v: k for k, v in _REGION_NAMES.items()}
        try:
            values = plan_service.clean_plan_fields(fields, record="region")
            for key in ("period_start", "period_end"):
                row.setdefault(key, None)
                if key in values:
                    row[key] = values[key]
            plan_service.check_period(row["period_start"], row["period_end"], record="region")
        except ValidationError as exc:
            self.fail(renamed(exc, back))
            return
        for key, value in values.items():
            row[key] = dumps(value) if isinstance(value, list | dict) else value
        row["updated_at"] = self.now
        self.out["plan"] = row
        self.report.add("updated", "region")

    def v_settings(self) -> None:
        settings = self.doc.get("settings")
        self.out["settings"] = {}
        if settings is None:
            return
        if not isinstance(settings, dict):
            self.fail(ValidationError("settings", "must be an object", code="type"))
            return
        out, record = {}, "settings"
        try:
            if "vote_budget" in settings:
                out["vote_budget"] = clean_number(settings["vote_budget"], "vote_budget",
                                                  minimum=0, maximum=100, integer=True,
                                                  record=record)
            if "matrix_split" in settings:
                out["matrix_split"] = clean_number(settings["matrix_split"], "matrix_split",
                                                   minimum=1, maximum=5, required=False,
                                                   record=record)
            if "ifas_variant" in settings:
                out["ifas_variant"] = clean_choice(settings["ifas_variant"], "ifas_variant",
                                                   ifas_rules.VARIANTS, record=record)
            current = self.event(settings.get("current_event"), record, "current_event")
            if current:
                out["current_event_id"] = current
            if "roadmap_limits" in settings:
                out.update(self._roadmap_limits(settings["roadmap_limits"]))
        except ValidationError as exc:
            self.fail(exc)
            return
        self.out["settings"] = out

    def _roadmap_limits(self, item) -> dict:
        """The road map's limits to write (setting -> value), or none when the file's were
        set later than the document's (the newer change wins)."""
        record = "settings.roadmap_limits"
        if not isinstance(item, dict):
            raise ValidationError("roadmap_limits", "must be an object", code="type",
                                  record="settings")
        values = roadmap.clean_limits(item.get(roadmap.CEILING_SETTING),
                                      item.get(roadmap.OPD_LIMIT_SETTING), record=record)
        updated = when(item.get("updated_at"), "updated_at", record)
        if newer(self.ws.setting(roadmap.LIMITS_STAMP), updated):
            self.report.add("kept", "roadmap_limits")
            return {}
        self.report.add("updated", "roadmap_limits")
        return {**values, roadmap.LIMITS_STAMP: updated or self.now}

    # -- programs -------------------------------------------------------------------------
    def v_programs(self) -> None:
        rows = self.table("programs")
        pending, seen = [], set()
        for _i, record, item, deleted in self.each("programs"):
            try:
                pending.append(self._program_values(record, item, seen, deleted))
            except ValidationError as exc:
                self.fail(exc)
        out, links, support, scores, votes, placed = [], [], [], [], [], []
        scored = {tuple(r) for r in self.ws.conn.execute(
            "SELECT program_id, rater_kind, rater, criterion FROM scores")}
        voted = {tuple(r) for r in self.ws.conn.execute(
            "SELECT program_id, voter_kind, voter FROM votes")}
        matcher = Matcher(rows, lambda r: (r["opd_id"], r["title"]), deleted_too=True)
        for record, _d, row_id, existing, (values, extra, refs, children, gone) in \
                matcher.resolve(pending):
            outcome = decide(existing, extra.get("updated_at"), gone)
            if _d:
                self.program_ids[_d] = row_id
            if outcome in (KEPT_DELETED, SKIP):  # the file's deletion stands, and so do the
                self.settle(outcome, "programs", row_id, gone is not None)  # file's votes
                continue
            support += [(row_id, o) for o in refs["supporting"] if o != values["opd_id"]]
            links += [(row_id, "swot", t) for t in refs["swot"]]
            links += [(row_id, "strategy", t) for t in refs["strategy"]]
            known = 0
            for s in children["scores"]:  # rows in the column order of the writer's INSERT
                known += (row_id, s["rater_kind"], s["rater"], s["criterion"]) in scored
                scores.append((fast_id(), row_id, s["rater_kind"], s["rater"], s["criterion"],
                               s["value"], s["source"], s["event_id"], self.now, self.now))
            self.report.add("updated", "scores", known)
            self.report.add("created", "scores", len(children["scores"]) - known)
            for vote in children["votes"]:
                key = (row_id, vote["voter_kind"], vote["voter"])
                self.report.add("updated" if key in voted else "created", "votes")
                votes.append(dict(vote, program_id=row_id))
            if children["placement"]:
                placed.append(dict(children["placement"], program_id=row_id))
            if not self.settle(outcome, "programs", row_id, gone is not None):
                continue
            self.programs_written.add(row_id)
            row = dict(existing or {"id": row_id, "element": None, "description": "",
                                    "benefit": "", "horizon": "short", "start_year": None, "end_year": None,
                                    "funding": None, "indicator": "", "target": "",
                                    "quick_win": 0, "source": self.source, "event_id": None,
                                    "created_at": self.now})
            row.update(values, deleted_at=gone, updated_at=self.now)
            row.update(extra)
            if existing is not None:  # merged values must still fit together
                try:
                    program_service.clean_program_fields(
                        self.ws, {k: row[k] for k in ("dimension", "element", "start_year",
                                                       "end_year")}, record=record)
                except ValidationError as exc:
                    self.fail(exc)
                    continue
            out.append(row)
        self.out.update(programs=out, program_links=links, program_support=support,
                        scores=scores, votes=votes, placements=placed)

    def _program_values(self, record: str, item: dict, seen: set, deleted: bool) -> tuple:
        doc_id = self.doc_id(item, record, seen)
        gone = self.deletion(item, record, doc_id) if deleted else None
        opd_id = self.opd(item.get("opd"), record)
        present = {k: item[k] for k in _PROGRAM_FIELDS if k in item}
        present.update(title=item.get("title"), dimension=item.get("dimension"))
        values = program_service.clean_program_fields(self.ws, present, record=record)
        values["opd_id"] = opd_id
        if "quick_win" in item:
            if not isinstance(item["quick_win"], bool):
                raise ValidationError("quick_win", "must be true or false", code="type",
                                      record=record)
            values["quick_win"] = int(item["quick_win"])
        extra = self._stamps(item, record)
        supporting = item.get("supporting") or []
        if not isinstance(supporting, list):
            raise ValidationError("supporting", "must be a list of OPD codes", code="type",
                                  record=record)
        refs = {"supporting": [self.opd(c, record, f"supporting[{i}]")
                               for i, c in enumerate(supporting)],
                "swot": self.refs(item.get("swot_refs"), record, "swot_refs", "swot"),
                "strategy": self.refs(item.get("strategy_refs"), record, "strategy_refs",
                                      "strategy")}
        children = {"scores": self._scores(item, record), "votes": self._votes(item, record),
                    "placement": None}
        placement = item.get("placement")
        if placement is not None:
            if not isinstance(placement, dict):
                raise ValidationError("placement", "must be an object or null", code="type",
                                      record=record)
            children["placement"] = {
                k: clean_number(placement.get(k), f"placement.{k}", minimum=1, maximum=5,
                                record=record) for k in ("impact", "effort")}
        key = None if deleted else (opd_id, values["title"])
        return record, doc_id, key, (values, extra, refs, children, gone)

    def _scores(self, item: dict, record: str) -> list[dict]:
        out, seen = [], set()
        cache = self.__dict__.setdefault("_score_cache", {})  # raters, sources, events repeat
        for _i, name, score in self.records("scores", item, f"{record}."):
            kind, rater = score.get("rater_kind") or "opd", score.get("rater")
            source, event = score.get("source") or self.source, score.get("event")
            key = (kind, rater, source, event)
            if not (type(kind) is str and type(rater) is str and type(source) is str
                    and (event is None or type(event) is str)):
                key = name  # not text: validate (and refuse) it without the cache
            if key not in cache:
                cache[key] = (
                    clean_choice(kind, "rater_kind", RATER_KINDS, record=name),
                    clean_short(rater, "rater", max_len=64, record=name),
                    clean_choice(source, "source", SOURCES, record=name),
                    self.event(event, name))
            kind, rater, source, event_id = cache[key]
            criterion = score.get("criterion")
            if criterion not in self.scales:
                raise ValidationError("criterion", f"unknown criterion {criterion!r}",
                                      code="choice", record=name)
            low, high = self.scales[criterion]
            value = score.get("value")
            if type(value) is not int or not low <= value <= high:  # noqa: E721 (bool is out)
                value = clean_number(value, "value", minimum=low, maximum=high, integer=True,
                                     record=name)
            if (kind, rater, criterion) in seen:
                raise ValidationError("criterion", f"{rater} scored {criterion} twice",
                                      code="duplicate", record=name)
            seen.add((kind, rater, criterion))
            out.append({"rater_kind": kind, "rater": rater, "criterion": criterion,
                        "value": value, "source": source, "event_id": event_id})
        return out

    def _votes(self, item: dict, record: str) -> list[dict]:
        out, seen = [], set()
        for _i, name, vote in self.records("votes", item, f"{record}."):
            kind = clean_choice(vote.get("voter_kind") or "opd", "voter_kind",
                                ("opd", "participant"), record=name)
            voter = clean_short(vote.get("voter"), "voter", max_len=64, record=name)
            count = clean_number(vote.get("count"), "count", minimum=0, maximum=100,
                                 integer=True, record=name)
            if (kind, voter) in seen:
                raise ValidationError("voter", f"{voter} appears twice", code="duplicate",
                                      record=name)
            seen.add((kind, voter))
            if count:
                out.append({"voter_kind": kind, "voter": voter, "count": count})
        return out
