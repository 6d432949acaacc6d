"""Write one Document and its extracted items into the record, inside the caller's transaction.

Items arrive in the extract output contract (`rightstrack.extract.items`); this module turns their
actor references into shared `Actor` rows, their forum dicts into shared `Forum` rows (keyed by
`analyse.forums.forum_key`, so statements from different documents meet in one forum), and their
evidence into `Evidence` rows. An addendum's recommendations update the responses of the
recommendations already stored for the same review instead of adding new ones.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rightstrack.actors import UnknownStateError, get_state, regional_group
from rightstrack.document import Document as Doc
from rightstrack.document import Evidence as Span
from rightstrack.extract import items as it
from rightstrack.record import models as m


class RecordWriter:
    """Caches actors and forums for the duration of one session's writes."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._actors: dict[tuple[str, str], m.Actor] = {}
        self._forums: dict[str, m.Forum] = {}
        # (recommendation, recommending actors in the order the report names them), written in one
        # insert once the rows have ids (after the last flush), so the order is kept in `position`.
        self._recommenders: list[tuple[m.Recommendation, list[m.Actor]]] = []

    # --- shared rows -------------------------------------------------------------------------

    def actor(self, ref: it.ActorRef | None) -> m.Actor | None:
        """The Actor row for `ref`: States by ISO3, everything else by (kind, name).

        A new row is only added to the session (flushed with the document at the end): the lookup
        runs without autoflush, since flushing every pending item before each lookup was most of the
        time spent storing a report.
        """
        if ref is None:
            return None
        if ref.kind == "state" and ref.iso3:
            key = ("state", ref.iso3)
            name = _state_name(ref)
        else:
            key = (ref.kind, ref.name)
            name = ref.name
        cached = self._actors.get(key)
        if cached is not None:
            return cached
        if key[0] == "state" and ref.iso3:
            stmt = select(m.Actor).where(m.Actor.kind == "state", m.Actor.iso3 == ref.iso3)
        else:
            stmt = select(m.Actor).where(m.Actor.kind == ref.kind, m.Actor.name == ref.name)
        with self.session.no_autoflush:
            row = self.session.scalars(stmt).first()
        if row is None:
            row = m.Actor(
                kind=ref.kind,
                name=name,
                iso3=ref.iso3,
                un_group=_state_group(ref.iso3) if ref.kind == "state" else None,
                aliases=[a for a in (ref.name, ref.short) if a and a != name],  # "UNAMA" finds the mission
                title=ref.title,
                body=ref.body,
            )
            self.session.add(row)
        else:
            for alias in (ref.name, ref.short):
                if alias and alias != row.name and alias not in (row.aliases or []):
                    row.aliases = [*(row.aliases or []), alias]
            if ref.title and not row.title:
                row.title = ref.title
            if ref.body and not row.body:
                row.body = ref.body
        self._actors[key] = row
        return row

    def forum(self, data: dict[str, Any] | None) -> m.Forum | None:
        """The Forum row for a forum dict of the extract output (created on first sight)."""
        if not data or not data.get("type"):
            return None
        from rightstrack.analyse.forums import forum_key, forum_title

        key = forum_key(data)
        row = self._forums.get(key)
        if row is None:
            with self.session.no_autoflush:
                row = self.session.scalars(select(m.Forum).where(m.Forum.key == key)).first()
        if row is None:
            state = data.get("state_under_review") or data.get("state_concerned")
            state_row = None
            if isinstance(state, dict) and state.get("iso3"):
                state_row = self.actor(
                    it.ActorRef(name=state.get("name") or state["iso3"], iso3=state["iso3"])
                )
            row = m.Forum(
                key=key,
                type=data["type"],
                title=forum_title(data),
                state=state_row,
                session=data.get("session"),
                mandate=data.get("mandate"),
                date=_as_date(data.get("date")),
                data=it.plain(data),
            )
            self.session.add(row)
        elif row.date is None and data.get("date"):  # a later document may date the forum
            row.date = _as_date(data.get("date"))
        self._forums[key] = row
        return row

    def evidence(self, document: m.Document, span: Span | None) -> m.Evidence | None:
        """An Evidence row for `span` in `document` (None when the item has no span)."""
        if span is None:
            return None
        row = m.Evidence(
            document=document, start=span.start, end=span.end, page=span.page, quote=span.quote
        )
        self.session.add(row)
        return row

    # --- documents and items -----------------------------------------------------------------

    def add_document(self, doc: Doc, items: list[it.Item]) -> tuple[m.Document, Counter[str]]:
        """Insert the document and its items; return the row and a count of items by kind."""
        row = m.Document(
            content_hash=doc.content_hash,
            source=doc.source,
            title=doc.title,
            kind=doc.kind or "other",
            source_format=doc.source_format,
            publisher=doc.publisher,
            published=doc.published,
            text=doc.text,
            page_starts=list(doc.page_starts),
            paged=doc.paged,
            warnings=list(doc.warnings),
            ingested_at=datetime.now(UTC).replace(tzinfo=None),
        )
        self.session.add(row)
        self.session.flush()
        counts: Counter[str] = Counter()
        addendum = doc.kind == "upr_addendum"
        for item in items:
            if isinstance(item, it.DocumentItem):
                continue
            if isinstance(item, it.Recommendation):
                if addendum:
                    counts[
                        "response_updated" if self._apply_response(row, item) else "recommendation"
                    ] += 1
                    continue
                self._add_recommendation(row, item)
            elif isinstance(item, it.Statement):
                self._add_statement(row, item)
            elif isinstance(item, it.Claim):
                self._add_claim(row, item)
            elif isinstance(item, it.Event):
                self._add_event(row, item)
            elif isinstance(item, it.ActorMention):
                self._add_mention(row, item)
            else:
                continue
            counts[item.kind] += 1
        self.session.flush()
        self._write_recommenders()
        return row, counts

    def _write_recommenders(self) -> None:
        rows = [
            {"recommendation_id": rec.id, "actor_id": actor.id, "position": position}
            for rec, actors in self._recommenders
            for position, actor in enumerate(actors)
        ]
        if rows:
            self.session.execute(insert(m.recommendation_states), rows)
        self._recommenders.clear()

    def _add_recommendation(
        self, document: m.Document, item: it.Recommendation
    ) -> m.Recommendation:
        forum = self.forum(_upr_forum(item))
        row = m.Recommendation(
            document=document,
            evidence=self.evidence(document, item.evidence),
            forum=forum,
            state_under_review=self.actor(item.state_under_review),
            number=item.number,
            text=item.text,
            session=item.session,
            response=item.response,
            response_evidence=self.evidence(document, item.response_evidence),
            response_document_id=document.id if item.response else None,
            action=item.action,
        )
        recommenders: list[m.Actor] = []
        for ref in item.recommending_states:
            actor = self.actor(ref)
            if actor is not None and actor not in recommenders:
                recommenders.append(actor)
        self._recommenders.append((row, recommenders))
        row.theme_rows = [m.RecommendationTheme(theme=t) for t in dict.fromkeys(item.themes)]
        self.session.add(row)
        return row

    def _apply_response(self, document: m.Document, item: it.Recommendation) -> bool:
        """Addendum: set the response of the stored recommendation with the same review and number.

        Returns False (and stores the item as a new recommendation) when no such one is stored yet.
        """
        sur = self.actor(item.state_under_review)
        existing = None
        if sur is not None and sur.id is None:
            self.session.flush()  # a State first seen here: its id is needed in the query below
        if sur is not None and item.number:
            stmt = select(m.Recommendation).where(
                m.Recommendation.state_under_review_id == sur.id,
                m.Recommendation.number == item.number,
            )
            if item.session is not None:
                stmt = stmt.where(m.Recommendation.session == item.session)
            existing = self.session.scalars(stmt).first()
        if existing is None:
            self._add_recommendation(document, item)
            return False
        if item.response:
            existing.response = item.response
            existing.response_evidence = self.evidence(document, item.evidence)
            existing.response_document_id = document.id
        return True

    def _add_statement(self, document: m.Document, item: it.Statement) -> None:
        row = m.Statement(
            document=document,
            evidence=self.evidence(document, item.evidence),
            forum=self.forum(item.forum),
            speaker=self.actor(item.speaker),
            on_behalf_of=self.actor(item.on_behalf_of),
            concerning=self.actor(item.concerning),
            stance=item.stance,
            text=item.text,
            made_recommendations=item.made_recommendations,
        )
        row.theme_rows = [m.StatementTheme(theme=t) for t in dict.fromkeys(item.themes)]
        self.session.add(row)

    def _add_claim(self, document: m.Document, item: it.Claim) -> None:
        self.session.add(
            m.Claim(
                document=document,
                evidence=self.evidence(document, item.evidence),
                forum=self.forum(item.forum),
                claimant=self.actor(item.claimant),
                claim_type=item.claim_type,
                source=item.source,
                total=item.total,
                supportive=item.supportive,
                critical=item.critical,
                value=item.value,
                unit=item.unit,
                subject=item.subject,
                quote=item.quote,
                flags=list(item.flags),
            )
        )

    def _add_event(self, document: m.Document, item: it.Event) -> None:
        participants: list[m.Actor] = []
        for ref in item.participants:
            actor = self.actor(ref)
            if actor is not None and actor not in participants:
                participants.append(actor)
        self.session.add(
            m.Event(
                document=document,
                evidence=self.evidence(document, item.evidence),
                forum=self.forum(item.forum),
                event_type=item.event_type,
                date=item.date,
                end_date=item.end_date,
                date_text=item.date_text,
                date_resolved=item.date_resolved,
                mode=item.mode,
                description=item.description,
                participants=participants,
            )
        )

    def _add_mention(self, document: m.Document, item: it.ActorMention) -> None:
        actor = self.actor(item.actor)
        if actor is None:
            return
        self.session.add(
            m.ActorMention(
                document=document,
                evidence=self.evidence(document, item.evidence),
                actor=actor,
                role=item.role,
            )
        )


def _upr_forum(item: it.Recommendation) -> dict[str, Any] | None:
    if item.state_under_review is None:
        return None
    return {
        "type": "upr_review",
        "state_under_review": item.state_under_review.to_dict(),
        "session": item.session,
    }


def _state_name(ref: it.ActorRef) -> str:
    """Canonical UN spelling for a State reference, whatever spelling the document used."""
    try:
        return get_state(ref.iso3 or "").name
    except UnknownStateError:  # an ISO3 code outside the gazetteer keeps the document's name
        return ref.name


def _state_group(iso3: str | None) -> str | None:
    """The State's UN regional group, None when it has none (Holy See) or the code is unknown."""
    if not iso3:
        return None
    try:
        return regional_group(iso3) or None
    except UnknownStateError:
        return None


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
