"""Evaluate UPR report extraction against the UPR Info recommendation rows.

UPR Info keeps one row per (recommendation, recommending State) and sometimes edits the wording,
splits one recommendation into several rows or merges two. So a gold row matches an extracted
recommendation of the same review (State under review by ISO3, session) and the same recommending
State when one text is contained, near enough, in the other (rapidfuzz partial ratio). One extracted
recommendation may absorb several gold rows (a split), and one gold row may cover several
extracted ones (a merge). Responses are compared only where the report states one.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from rightstrack.errors import InputError
from rightstrack.extract.items import Recommendation

MATCH_THRESHOLD = 80.0
_GOLD_COLUMNS = ("To", "Text", "From", "Response", "Session")
_RESPONSE = {"accepted": "supported", "noted": "noted"}


@dataclass
class UprEvalResult:
    """Figures of one evaluation run; `misses` lists every miss with the report it came from."""

    reports: int = 0
    gold_rows: int = 0
    extracted_pairs: int = 0
    matched_gold: int = 0
    matched_pairs: int = 0
    state_checked: int = 0
    state_correct: int = 0
    response_checked: int = 0
    response_correct: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    reviews: dict[str, tuple[str, int]] = field(default_factory=dict)  # file -> (ISO3, session)

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold_rows if self.gold_rows else 0.0

    @property
    def precision(self) -> float:
        return self.matched_pairs / self.extracted_pairs if self.extracted_pairs else 0.0

    @property
    def state_accuracy(self) -> float:
        return self.state_correct / self.state_checked if self.state_checked else 0.0

    @property
    def response_accuracy(self) -> float:
        return self.response_correct / self.response_checked if self.response_checked else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "reports": self.reports,
            "gold_rows": self.gold_rows,
            "extracted_pairs": self.extracted_pairs,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "state_accuracy": round(self.state_accuracy, 4),
            "response_accuracy": round(self.response_accuracy, 4),
            "response_checked": self.response_checked,
        }


@dataclass
class _Gold:
    text: str
    key: str
    from_iso3: str | None
    from_name: str
    response: str | None
    matched: bool = False


_LEAD = re.compile(
    r"^(?:(?i:that)\s+(?:the\s+)?(?:(?i:state|government)|[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w\u2019'-]*)*)\s+|(?i:to)\s+|(?i:it\s+recommended)\s+(?:that\s+)?|"
    r"(?i:recommends?)\s+(?:that\s+)?|(?i:recommended)\s+(?:that\s+)?)"
)


def text_key(text: str) -> str:
    """Lower-cased words only, without "That Algeria ..." lead-ins and "(France)" attributions."""
    text = _LEAD.sub("", _STATE_PARENS.sub(_drop_states, text.strip()))
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


_STATE_PARENS = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)")


def _drop_states(match: re.Match[str]) -> str:
    """Remove an inline "(Costa Rica, Netherlands)" so it does not weigh on the text match."""
    from rightstrack.extract.upr.states import resolve_list

    refs, unresolved = resolve_list(match.group(1))
    return " " if refs and not unresolved else match.group(0)


def similarity(gold_key: str, extracted_key: str) -> float:
    """How well a gold text and an extracted one match, allowing splits and merges."""
    if not gold_key or not extracted_key:
        return 0.0
    return max(
        fuzz.partial_ratio(gold_key, extracted_key), fuzz.token_set_ratio(gold_key, extracted_key)
    )


def read_gold(gold_csv: Path) -> dict[tuple[str, int], list[_Gold]]:
    """Gold rows grouped by (ISO3 of the State under review, session)."""
    from rightstrack.actors import resolve_state

    if not gold_csv.is_file():
        raise InputError(f"{gold_csv}: gold CSV not found")
    grouped: dict[tuple[str, int], list[_Gold]] = defaultdict(list)
    try:
        with gold_csv.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in _GOLD_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{gold_csv}: missing column(s) {', '.join(missing)}")
            for row in reader:
                under = resolve_state(row["To"])
                if under is None or not row["Session"].strip().isdigit():
                    continue
                author = resolve_state(row["From"])
                grouped[(under.iso3, int(row["Session"]))].append(
                    _Gold(
                        text=row["Text"],
                        key=text_key(row["Text"]),
                        from_iso3=author.iso3 if author else None,
                        from_name=row["From"],
                        response=_RESPONSE.get(row["Response"].strip().lower()),
                    )
                )
    except UnicodeDecodeError as exc:
        raise InputError(f"{gold_csv}: not a UTF-8 CSV (bad byte at {exc.start})") from exc
    return grouped


def report_paths(reports_dir: Path) -> list[Path]:
    """The PDFs to evaluate: `DIR/reports/*.pdf` when DIR is the UPR data folder, else `DIR/*.pdf`."""
    if not reports_dir.is_dir():
        raise InputError(f"{reports_dir}: not a folder")
    folder = reports_dir / "reports" if (reports_dir / "reports").is_dir() else reports_dir
    paths = sorted(folder.glob("*.pdf"))
    if not paths:
        raise InputError(f"{folder}: no PDF reports found")
    return paths


class _NotRecognised(Exception):
    """A report that `recognise` did not take for a UPR report."""


def extract_review(path: Path) -> tuple[tuple[str, int], list[Recommendation]]:
    """(ISO3 under review, session) and the recommendations of one report, as `extract` reads it."""
    from rightstrack.extract.items import Event
    from rightstrack.extract.upr_report import extract_upr_report
    from rightstrack.ingest import load_document
    from rightstrack.recognise import recognise

    doc = load_document(path)
    doc.kind = recognise(doc)
    if doc.kind not in ("upr_report", "upr_addendum"):
        raise _NotRecognised(doc.kind or "unknown")
    items = extract_upr_report(doc)
    recs = [i for i in items if isinstance(i, Recommendation)]
    forum = next((i.forum for i in items if isinstance(i, Event) and i.forum), None) or {}
    under = forum.get("state_under_review") or {}
    return (under.get("iso3") or "", forum.get("session") or 0), recs


def score_report(
    name: str, recs: list[Recommendation], gold: list[_Gold], result: UprEvalResult
) -> None:
    """Match one report's recommendations with its gold rows and add to `result`."""
    keys = [text_key(r.text) for r in recs]
    pairs = {(i, s.iso3) for i, r in enumerate(recs) for s in r.recommending_states}
    by_state: dict[str | None, list[int]] = defaultdict(list)
    for i, iso3 in pairs:
        by_state[iso3].append(i)
    matched_pairs: set[tuple[int, str | None]] = set()
    result.extracted_pairs += len(pairs)
    result.gold_rows += len(gold)
    for row in gold:
        same_state = sorted(
            (
                (score, i)
                for i in by_state.get(row.from_iso3, [])
                if (score := similarity(row.key, keys[i])) >= MATCH_THRESHOLD
            ),
            reverse=True,
        )
        if same_state:
            row.matched = True
            result.matched_gold += 1
            result.state_checked += 1
            result.state_correct += 1
            top = same_state[0][0]
            for score, i in same_state:
                if score >= top - 5:
                    matched_pairs.add((i, row.from_iso3))
            rec = recs[same_state[0][1]]
            if rec.response in ("supported", "noted") and row.response:
                result.response_checked += 1
                if rec.response == row.response:
                    result.response_correct += 1
                else:
                    result.misses.append(
                        _miss("wrong_response", name, rec, row, f"gold {row.response}")
                    )
            continue
        scored = [(similarity(row.key, keys[i]), i) for i in range(len(recs))]
        best = max(scored, default=(0.0, -1))
        if best[0] >= MATCH_THRESHOLD:
            result.state_checked += 1
            result.misses.append(_miss("wrong_state", name, recs[best[1]], row, None))
        else:
            nearest = recs[best[1]] if best[1] >= 0 else None
            result.misses.append(_miss("missed_gold", name, nearest, row, f"score {best[0]:.0f}"))
    result.matched_pairs += len(matched_pairs)
    for i, iso3 in sorted(pairs - matched_pairs, key=lambda p: (p[0], p[1] or "")):
        result.misses.append(_miss("spurious_pair", name, recs[i], None, iso3))


def _miss(
    kind: str, report: str, rec: Recommendation | None, row: _Gold | None, note: str | None
) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind, "report": report}
    if rec is not None:
        out["number"] = rec.number
        out["states"] = [s.iso3 for s in rec.recommending_states]
        out["response"] = rec.response
        out["text"] = rec.text[:300]
    if row is not None:
        out["gold_from"] = row.from_name
        out["gold_from_iso3"] = row.from_iso3
        out["gold_text"] = row.text[:300]
    if note:
        out["note"] = note
    return out


def evaluate_upr(
    reports_dir: Path, gold_csv: Path, misses_path: Path | None = None
) -> UprEvalResult:
    """Recall, precision, recommending-State and response accuracy over a folder of reports."""
    if misses_path is not None and not misses_path.parent.is_dir():  # fail before the long run
        raise InputError(f"{misses_path.parent}: folder for the misses file does not exist")
    gold = read_gold(gold_csv)
    result = UprEvalResult()
    for path in report_paths(reports_dir):
        try:
            key, recs = extract_review(path)
        except _NotRecognised as exc:
            result.misses.append({"type": "not_recognised", "report": path.name, "kind": str(exc)})
            continue
        result.reviews[path.name] = key
        if not recs:
            result.misses.append({"type": "no_recommendations", "report": path.name})
        if key not in gold:
            result.misses.append({"type": "no_gold", "report": path.name, "key": list(key)})
            continue
        result.reports += 1
        score_report(path.name, recs, gold[key], result)
    if misses_path is not None:
        try:
            with misses_path.open("w", encoding="utf-8") as handle:
                for miss in result.misses:
                    handle.write(json.dumps(miss, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise InputError(f"{misses_path}: cannot write the misses ({exc.strerror})") from exc
    return result
