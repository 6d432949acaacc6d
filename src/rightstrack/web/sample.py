"""A small invented record for trying the web app and testing it without the demo corpus.

The texts below are written for this project (no sentence comes from a UN document): a short review
of Cambodia with recommendations, an interactive dialogue with statements of known stance, a press
note that claims a tally about that dialogue, and a document whose text tries to inject markup, so
tests can check that document text is always shown as text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rightstrack.document import Document
from rightstrack.extract.items import ActorRef, Claim, Event, Item, Recommendation, Statement
from rightstrack.record.store import Store

KHM = ActorRef("Cambodia", iso3="KHM")
STATES = {
    "FRA": ActorRef("France", iso3="FRA"),
    "DEU": ActorRef("Germany", iso3="DEU"),
    "BRA": ActorRef("Brazil", iso3="BRA"),
    "JPN": ActorRef("Japan", iso3="JPN"),
    "AUS": ActorRef("Australia", iso3="AUS"),
    "CHN": ActorRef("China", iso3="CHN"),
    "LAO": ActorRef("Lao People's Democratic Republic", iso3="LAO"),
}

INJECTION = '<script>alert(1)</script> and "><img src=x onerror=alert(2)>'

# (number, response, themes, action, recommending States, text)
REVIEW_RECS: list[tuple[str, str, list[str], int, list[str], str]] = [
    (
        "1.1",
        "supported",
        ["Freedom of the press"],
        4,
        ["FRA"],
        "Let journalists work without fear of arrest",
    ),
    (
        "1.2",
        "supported",
        ["Women's rights", "Education"],
        5,
        ["BRA", "JPN"],
        "Open more secondary schools for girls in rural provinces",
    ),
    (
        "1.3",
        "noted",
        ["Freedom of association and peaceful assembly"],
        5,
        ["DEU", "AUS"],
        "Repeal the rules that let officials dissolve unions",
    ),
    ("1.4", "supported", ["Justice"], 2, ["CHN"], "Keep training judges on fair trial guarantees"),
    (
        "1.5",
        "noted",
        ["Freedom of the press", "Human rights defenders"],
        5,
        ["AUS"],
        "Release the reporters held since the last election",
    ),
    (
        "1.6",
        "supported",
        ["Land and property"],
        3,
        ["LAO"],
        "Consider a review of how land concessions are granted",
    ),
]

# (speaker, stance, themes, text)
DIALOGUE: list[tuple[str, str, list[str], str]] = [
    (
        "FRA",
        "critical",
        ["Freedom of the press"],
        "France said arrests of reporters had grown since the vote.",
    ),
    (
        "DEU",
        "critical",
        ["Freedom of association and peaceful assembly"],
        "Germany asked when the union rules would be lifted.",
    ),
    (
        "AUS",
        "critical",
        ["Human rights defenders"],
        "Australia urged the release of detained activists.",
    ),
    ("CHN", "supportive", ["Development"], "China praised the progress on roads and rural income."),
    ("LAO", "supportive", [], "The Lao delegation welcomed the cooperation with the mandate."),
]

DIALOGUE_FORUM = {
    "type": "interactive_dialogue",
    "mandate": "sr_cambodia",
    "state_concerned": {"name": "Cambodia", "iso3": "KHM"},
    "date": "2022-10-05",
}


def _span(doc: Document, phrase: str, after: int = 0) -> Any:
    start = doc.text.index(phrase, after)
    return doc.evidence(start, start + len(phrase))


def review_document() -> tuple[Document, list[Item]]:
    """A made-up UPR review of Cambodia (session 18) with six recommendations and their responses."""
    lines = ["Report of the Working Group (sample, written for RightsTrack)", ""]
    for number, response, _themes, _action, states, text in REVIEW_RECS:
        names = ", ".join(STATES[s].name for s in states)
        lines.append(f"{number} {text} ({names}); [{response}]")
    lines.append("")
    lines.append("The delegation was led by a minister and met the troika on 28 January 2014.")
    doc = Document.from_text("\n".join(lines) + "\n", source="sample-review.txt")
    doc.kind, doc.title, doc.published = "upr_report", "Sample review of Cambodia", date(2014, 3, 1)
    items: list[Item] = []
    for number, response, themes, action, states, text in REVIEW_RECS:
        line = next(x for x in lines if x.startswith(number + " "))
        items.append(
            Recommendation(
                evidence=_span(doc, line),
                number=number,
                text=text,
                recommending_states=[STATES[s] for s in states],
                state_under_review=KHM,
                session=18,
                response=response,  # type: ignore[arg-type]
                themes=themes,
                action=action,
                response_evidence=_span(doc, f"[{response}]", doc.text.index(line)),
            )
        )
    items.append(
        Event(
            evidence=_span(doc, "met the troika on 28 January 2014"),
            event_type="meeting",
            date=date(2014, 1, 28),
            date_text="28 January 2014",
            participants=[KHM],
            forum={"type": "upr_review", "state_under_review": KHM.to_dict(), "session": 18},
            description="Delegation met the troika",
        )
    )
    return doc, items


def dialogue_document() -> tuple[Document, list[Item]]:
    """A made-up summary of an interactive dialogue on Cambodia: five speakers, three critical."""
    text = "Summary of the dialogue with the Special Rapporteur (sample)\n\n" + "\n".join(
        t for *_rest, t in DIALOGUE
    )
    doc = Document.from_text(text + "\n", source="sample-dialogue.txt")
    doc.kind, doc.title, doc.published = (
        "meeting_summary",
        "Sample dialogue on Cambodia",
        date(2022, 10, 5),
    )
    items: list[Item] = [
        Statement(
            evidence=_span(doc, said),
            speaker=STATES[iso3],
            forum=dict(DIALOGUE_FORUM),
            stance=stance,  # type: ignore[arg-type]
            themes=themes,
            text=said,
            concerning=KHM,
        )
        for iso3, stance, themes, said in DIALOGUE
    ]
    return doc, items


def _tally_claim(doc: Document, phrase: str, **numbers: int) -> Claim:
    return Claim(
        evidence=_span(doc, phrase),
        claim_type="tally",
        claimant=ActorRef("Sample Ministry", kind="government_body"),
        forum=dict(DIALOGUE_FORUM),
        subject="statements in the dialogue",
        **numbers,  # type: ignore[arg-type]
    )


def press_document() -> tuple[Document, list[Item]]:
    """A made-up press note with three tally claims about the dialogue (the record holds five
    statements, three critical): one the record supports, one it contradicts, one it cannot check."""
    text = (
        "Press note (sample)\n\n"
        "Five delegations spoke and three of them were critical of the Government.\n"
        "A ministry aide insisted that only one delegation had been critical.\n"
        "Another outlet counted six speakers, four of them critical.\n"
        "The Special Rapporteur will visit Phnom Penh from 12 to 20 March 2023.\n"
        "Commune elections are planned for 4 June 2023.\n"
    )
    doc = Document.from_text(text, source="sample-press.txt")
    doc.kind, doc.title, doc.published = "press", "Sample press note", date(2022, 10, 6)
    items: list[Item] = [
        _tally_claim(
            doc, "Five delegations spoke and three of them were critical", total=5, critical=3
        ),
        _tally_claim(doc, "only one delegation had been critical", critical=1),
        _tally_claim(doc, "counted six speakers, four of them critical", total=6, critical=4),
        Event(
            evidence=_span(doc, "visit Phnom Penh from 12 to 20 March 2023"),
            event_type="visit",
            date=date(2023, 3, 12),
            end_date=date(2023, 3, 20),
            date_text="12 to 20 March 2023",
            participants=[KHM],
            description="Visit of the Special Rapporteur",
        ),
        Event(
            evidence=_span(doc, "Commune elections are planned for 4 June 2023"),
            event_type="election",
            date=date(2023, 6, 4),
            date_text="4 June 2023",
            participants=[KHM],
            description="Commune elections",
        ),
    ]
    return doc, items


def hostile_document() -> tuple[Document, list[Item]]:
    """A document whose text and extracted item try to inject markup and script."""
    text = f"Hostile sample {INJECTION}\n\nRecommendation: {INJECTION}\n"
    doc = Document.from_text(text, source="hostile-<b>sample</b>.txt")
    doc.kind, doc.title = "press", f"Hostile {INJECTION}"
    line = f"Recommendation: {INJECTION}"
    rec = Recommendation(
        evidence=_span(doc, line),
        number="9.9",
        text=line,
        recommending_states=[STATES["FRA"]],
        state_under_review=KHM,
        session=18,
        response="pending",
        themes=[f"Theme {INJECTION}"],
    )
    return doc, [rec]


def build_sample_record(store: Store, *, hostile: bool = True) -> dict[str, int]:
    """Store the sample documents in `store`; returns {source: document id}."""
    builders = [review_document, dialogue_document, press_document]
    if hostile:
        builders.append(hostile_document)
    ids: dict[str, int] = {}
    for build in builders:
        doc, items = build()
        ids[doc.source or ""] = store.add_document(doc, items).document_id
    return ids
