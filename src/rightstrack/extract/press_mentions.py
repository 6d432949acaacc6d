"""One article's actor mentions (`Found`) and the lookups the other extractors use on them
(`PressActors`: the person "David" names, the body "the ministry" points back to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rightstrack.extract.items import ActorRef


@dataclass(frozen=True)
class Found:
    """One actor mention: span in the document text, the actor, and its role in the article."""

    start: int
    end: int
    actor: ActorRef
    role: str


@dataclass
class PressActors:
    """All actors of one article, with the lookups the other extractors need."""

    mentions: list[Found] = field(default_factory=list)
    persons: list[ActorRef] = field(default_factory=list)

    def add(self, found: Found) -> None:
        styled = re.match(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?=[A-Z])", found.actor.name) if found.actor.kind == "official" else None
        if styled and len(found.actor.name[styled.end() :].split()) >= 2:  # "Ms Carys Name": the person, not the style
            found = replace(found, start=found.start + styled.end(), actor=replace(found.actor, name=found.actor.name[styled.end() :]))
        if any(m.start < found.end and found.start < m.end for m in self.mentions):
            return
        self.mentions.append(found)
        if found.actor.kind == "official" and found.actor not in self.persons:
            self.persons.append(found.actor)

    def within(self, start: int, end: int) -> list[Found]:
        """Mentions inside [start, end), in text order (not the outlet named in the dateline)."""
        return sorted((m for m in self.mentions if start <= m.start < end and m.role not in ("outlet", "venue", "office")),
                      key=lambda m: m.start)  # (nor a parliament named by its bare title: where things are laid, not a speaker)

    def person(self, token: str) -> ActorRef | None:
        """The titled person a short form ("David", "Vitit", "the special rapporteur") names."""
        token = token.strip()
        low = token.lower()
        for ref in self.persons:
            if low.startswith("the ") and low[4:] in (ref.title or "").lower():
                return ref
            if token in ref.name.split() or token == ref.name:
                return ref
        if low.startswith("the ") and len(low.split()) >= 2:  # "the Minister Delegate": the last person
            head = low.split()[1]  # titled with that word ("Minister of External Relations ...")
            same = [r for r in self.persons if (r.title or "").lower().split()[:1] == [head]]
            if not same and head == "ambassador":  # "the Ambassador said", after "Ambassador Name, Permanent
                same = [r for r in self.persons if "permanent representative" in (r.title or "").lower()]  # Representative"
            if same:
                return same[-1]
        return None

    def described(self, words: str, bodies: bool = False) -> ActorRef | None:
        """The one titled person whose title (or, with `bodies`, the one body whose name) holds every
        word of a description in lower case: "human rights minister" -> the "Minister of Human
        Rights", "national human rights commission" -> the "Kenya National Commission on Human
        Rights"; None when none or several do."""
        wanted = set(re.findall(r"[a-z]+", words.lower())) - {"the", "of", "for", "and", "on", "in", "s"}
        refs = ([m.actor for m in self.mentions if m.actor.kind not in ("state", "official", "media")]
                if bodies else self.persons)  # fmt: skip
        found = {ref.name: ref for ref in refs
                 if wanted <= set(re.findall(r"[a-z]+", ((ref.name if bodies else ref.title) or "").lower()))}  # fmt: skip
        return next(iter(found.values())) if wanted and len(found) == 1 else None

    def mandate(self) -> ActorRef | None:
        """The UN mandate the article is about (the first one named)."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.actor.kind == "un_mechanism" and m.role == "mandate":
                return m.actor
        return None

    def last_body(self, before: int, word: str = "ministry") -> ActorRef | None:
        """The most recent body named before `before` whose name holds `word` ("the ministry")."""
        pattern = rf"\b(?:{word}|{_COGNATES.get(word, word)})\b"  # "the collective": the "Collectif des ..."
        held: ActorRef | None = None
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start >= before:
                continue
            if m.actor.kind != "official" and re.search(pattern, m.actor.name.lower()):
                return m.actor
            if word in ("company", "firm", "contractor") and m.actor.kind == "company":
                return m.actor  # "The company said": the company named last, whatever its name
            portfolio = _MINISTER_OF.search(m.actor.title or "") if word == "ministry" and m.actor.kind == "official" else None
            if portfolio and held is None:  # "Bangladesh's Minister of Disaster Management and Relief, ...": "the ministry"
                held = ActorRef(f"Ministry of {portfolio.group('p')}", "government_body", iso3=m.actor.iso3)  # is his,
        return held  # unless a ministry named by its own name came before him ("The ministry's release repeated ...")


_MINISTER_OF = re.compile(r"(?<![Pp]rime\s)\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<p>[A-Z][\w’'-]*(?:,?\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w’'-]*)*)$")


# The head word of a body's name in French, Spanish and Portuguese, for "the collective", "the network".
_COGNATES = {
    "collective": "collectif|colectivo|coletivo", "network": "réseau|red|rede", "committee": "comité|comitê",
    "commission": "comisión|comissão", "league": "ligue|liga", "observatory": "observatoire|observatorio|observatório",
    "association": "asociación|associação", "federation": "fédération|federación|federação",
    "platform": "plateforme|plataforma", "movement": "mouvement|movimiento|movimento", "centre": "centro",
    "center": "centro", "coalition": "coalición|coligação", "council": "conseil|consejo|conselho",
    "foundation": "fondation|fundación|fundação", "institute": "institut|instituto", "office": "bureau|oficina",
    "union": "unión|união", "alliance": "alianza|aliança", "forum": "foro|fórum",
}  # fmt: skip
