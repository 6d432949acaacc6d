"""Rows of the record as JSON-ready dicts, each item with its evidence."""

from __future__ import annotations

from typing import Any

from rightstrack.record import models as m


def evidence_dict(ev: m.Evidence | None) -> dict[str, Any] | None:
    """The span as JSON (start, end, page, quote), so every item can be checked in its document."""
    return ev.to_dict() if ev is not None else None


def actor_dict(actor: m.Actor | None) -> dict[str, Any] | None:
    """An actor's id, name and kind, with its ISO3, title and body when it has them."""
    if actor is None:
        return None
    out: dict[str, Any] = {"id": actor.id, "name": actor.name, "kind": actor.kind}
    if actor.iso3:
        out["iso3"] = actor.iso3
    if actor.title:
        out["title"] = actor.title
    if actor.body:
        out["body"] = actor.body
    return out


def forum_dict(forum: m.Forum | None) -> dict[str, Any] | None:
    """The forum's id, key, type, title, State, session, mandate and date."""
    if forum is None:
        return None
    return {
        "id": forum.id,
        "key": forum.key,
        "type": forum.type,
        "title": forum.title,
        "state": actor_dict(forum.state),
        "session": forum.session,
        "mandate": forum.mandate,
        "date": forum.date.isoformat() if forum.date else None,
    }


def recommendation_dict(r: m.Recommendation) -> dict[str, Any]:
    """A recommendation with its States, response, themes and both evidence spans."""
    return {
        "id": r.id,
        "kind": "recommendation",
        "number": r.number,
        "text": r.text,
        "recommending_states": [actor_dict(a) for a in r.recommending_states],
        "state_under_review": actor_dict(r.state_under_review),
        "session": r.session,
        "response": r.response,
        "themes": r.themes,
        "action": r.action,
        "forum": forum_dict(r.forum),
        "document_id": r.document_id,
        "evidence": evidence_dict(r.evidence),
        "response_evidence": evidence_dict(r.response_evidence),
    }


def statement_dict(s: m.Statement) -> dict[str, Any]:
    """A statement with its speaker, forum, stance, themes and evidence."""
    return {
        "id": s.id,
        "kind": "statement",
        "speaker": actor_dict(s.speaker),
        "on_behalf_of": actor_dict(s.on_behalf_of),
        "concerning": actor_dict(s.concerning),
        "forum": forum_dict(s.forum),
        "stance": s.stance,
        "themes": s.themes,
        "text": s.text,
        "made_recommendations": s.made_recommendations,
        "document_id": s.document_id,
        "evidence": evidence_dict(s.evidence),
    }


def claim_dict(c: m.Claim) -> dict[str, Any]:
    """A claim with its claimant, forum, figures, flags and evidence."""
    return {
        "id": c.id,
        "kind": "claim",
        "claim_type": c.claim_type,
        "claimant": actor_dict(c.claimant),
        "source": c.source,
        "forum": forum_dict(c.forum),
        "total": c.total,
        "supportive": c.supportive,
        "critical": c.critical,
        "value": c.value,
        "unit": c.unit,
        "subject": c.subject,
        "quote": c.quote,
        "flags": list(c.flags or []),
        "document_id": c.document_id,
        "evidence": evidence_dict(c.evidence),
    }


def event_dict(e: m.Event, participants: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An event as JSON; `participants` (actor dicts) may be given by a caller that loaded them
    in bulk, else they are read from the row."""
    return {
        "id": e.id,
        "kind": "event",
        "event_type": e.event_type,
        "date": e.date.isoformat() if e.date else None,
        "end_date": e.end_date.isoformat() if e.end_date else None,
        "date_text": e.date_text,
        "date_resolved": e.date_resolved,
        "mode": e.mode,
        "description": e.description,
        "participants": participants
        if participants is not None
        else [actor_dict(a) for a in e.participants],
        "forum": forum_dict(e.forum),
        "document_id": e.document_id,
        "evidence": evidence_dict(e.evidence),
    }


def document_dict(d: m.Document, *, with_text: bool = False) -> dict[str, Any]:
    """A document's metadata; its text and page map only `with_text` (they are large)."""
    out: dict[str, Any] = {
        "id": d.id,
        "content_hash": d.content_hash,
        "source": d.source,
        "title": d.title,
        "kind": d.kind,
        "source_format": d.source_format,
        "publisher": d.publisher,
        "published": d.published.isoformat() if d.published else None,
        "pages": len(d.page_starts) if d.paged else None,
        "warnings": list(d.warnings or []),
        "ingested_at": d.ingested_at.isoformat(timespec="seconds"),
    }
    if with_text:
        out["text"] = d.text
        out["page_starts"] = list(d.page_starts)
    return out
