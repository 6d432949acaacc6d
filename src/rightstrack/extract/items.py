"""The extract output contract: the items every extractor returns and `rightstrack extract` prints.

Other tools read this JSON, so the field names are stable. Each item has a `kind` and an
`evidence` (`{start, end, page, quote}`); States appear as `{"name": ..., "iso3": ...}`.
Extractors build these dataclasses; `to_dict()` gives the JSON object of one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from rightstrack.document import Evidence

Response = Literal["supported", "noted", "pending"]
Stance = Literal["supportive", "critical", "mixed", "neutral"]
EventType = Literal[
    "meeting",
    "interactive_dialogue",
    "oral_update",
    "visit",
    "election",
    "report",
    "press_statement",
]


@dataclass(frozen=True)
class ActorRef:
    """An actor as named in a document, resolved where possible.

    `kind` is one of: state, group, un_mechanism, official, government_body, nhri, ngo, media,
    political_party, company (business and human rights: "Andes Cobre Holdings"). States carry `iso3`; officials may carry `title` and `body`. `short` is the
    acronym the document gives a body ("... Mission in Afghanistan (UNAMA)"), the name many users
    know it by and search for.
    """

    name: str
    kind: str = "state"
    iso3: str | None = None
    title: str | None = None
    body: str | None = None
    short: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "state":
            return {"name": self.name, "iso3": self.iso3}
        out: dict[str, Any] = {"name": self.name, "kind": self.kind}
        if self.iso3:
            out["iso3"] = self.iso3
        if self.title:
            out["title"] = self.title
        if self.body:
            out["body"] = self.body
        if self.short:
            out["short"] = self.short
        return out


def plain(value: Any) -> Any:
    """JSON-friendly copy: dates as ISO strings, nested items as dicts (the record stores forum
    dicts through this too, so the JSON of `extract` and of the record agree)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (ActorRef, Evidence)):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "to_dict"):  # any other item-like value a forum dict may carry
        return value.to_dict()
    return value


@dataclass
class Item:
    """Base of every extracted item: the passage it came from."""

    evidence: Evidence
    kind: str = field(init=False, default="item")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for key, value in self.__dict__.items():
            if key == "kind":
                continue
            out[key] = plain(value)
        return out


@dataclass
class DocumentItem(Item):
    """The document itself: what kind it is, its title, dates and warnings."""

    document_kind: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    pages: int | None = None
    content_hash: str | None = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.kind = "document"


@dataclass
class Recommendation(Item):
    number: str | None = None
    text: str = ""
    recommending_states: list[ActorRef] = field(default_factory=list)
    state_under_review: ActorRef | None = None
    session: int | None = None
    response: Response | None = None
    themes: list[str] = field(default_factory=list)
    action: int | None = None
    response_evidence: Evidence | None = None

    def __post_init__(self) -> None:
        self.kind = "recommendation"


@dataclass
class Statement(Item):
    speaker: ActorRef | None = None
    on_behalf_of: ActorRef | None = None
    forum: dict[str, Any] | None = None  # {type, mandate, state_under_review, session, date}
    stance: Stance | None = None
    themes: list[str] = field(default_factory=list)
    text: str = ""
    made_recommendations: bool | None = None
    concerning: ActorRef | None = None

    def __post_init__(self) -> None:
        self.kind = "statement"


@dataclass
class Claim(Item):
    claim_type: str = "tally"  # tally, count, rate, quotation
    claimant: ActorRef | None = None
    source: str | None = None  # what the press cites: "according to the statement"
    forum: dict[str, Any] | None = None  # {type, mandate, date}
    total: int | None = None
    supportive: int | None = None
    critical: int | None = None
    value: float | None = None
    unit: str | None = None
    subject: str | None = None
    quote: str | None = None
    flags: list[str] = field(default_factory=list)
    verification: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self.kind = "claim"


@dataclass
class Event(Item):
    event_type: EventType = "meeting"
    date: date | None = None
    date_text: str | None = None
    date_resolved: bool = True
    end_date: date | None = None
    participants: list[ActorRef] = field(default_factory=list)
    mode: str | None = None  # in_person, virtual
    forum: dict[str, Any] | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        self.kind = "event"


@dataclass
class ActorMention(Item):
    """An actor found in a document with its role (delegation head, troika member, ...)."""

    actor: ActorRef | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        self.kind = "actor"
