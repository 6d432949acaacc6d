"""What every press extractor needs to know about one article, computed once.

Sentences with offsets, the actors (`press_actors`), the dates resolved against the publication
date (`dates`), the State the article is about, the forum it reports on, and who is speaking:
`attribution` answers "who says this sentence?" from "X said", "according to X", "he said".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rightstrack.document import Document, Evidence
from rightstrack.extract.dates import MONTH, DateMention, find_dates
from rightstrack.extract.items import ActorRef
from rightstrack.extract.numbers import NUMBER
from rightstrack.extract.press_actors import find_actors
from rightstrack.extract.press_kinds import is_legislature, names_state_body, org_kind
from rightstrack.extract.press_mentions import PressActors
from rightstrack.extract.press_names import holds_title
from rightstrack.extract.press_text import working_text

# A quote closed after a comma ('... only seven against," Ambassador X told') does not end the sentence.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[“\"A-Z0-9])|\n\s*\n|\n(?=[“\"A-Z])|\n(?=[-•*–][^\S\n]+\S)")
_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Dra|Sra|Sr|Mme|Mlle|Prof|Hon|Rev|Amb|Gen|Col|Capt|Lt|Sen|Rep|Gov|"
                     r"St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                     r"U\.N|U\.S|e\.g|i\.e)\.|\b[A-Z]\.)$")  # fmt: skip
SAY = (
    r"(?:said|says|say|announce|told|stated|states|announced|announces|stressed|underlined|noted|notes|added|"
    r"insisted|claimed|indicated|indicates|affirmed|affirms|asserted|asserts|specified|revealed|pointed\s+out|"
    # "..., denounced on Thursday the Observatory", "X denounced that ...": where no tally word is meant
    r"denounced(?=\s+(?:on\s+[A-Z][a-z]+day|yesterday|today)\s+(?:the\s+)?[A-Z]|\s+that\b)|claims|reiterated|emphasi[sz]ed|reported|reports|explained|argued|wrote|"
    r"writes(?=\s+that\b)|pointed\s+to(?=\s+(?:a|an|its|his|her|their|new)\s)|"  # "The Cabinet Office writes that",
    # "Its director, Name, pointed to a poll ... in which 64 per cent": the figures the speaker cites
    r"informs|informed|counted|tallied|estimated|estimates|urged|(?<!-)called\s+on|demanded|admitted|conceded|alleged|"
    r"replied|countered|retorted|answered(?=\s+(?:in|on|that|with)\b)|"
    # "went through the webcast and reached a very different result: 30 critical statements and ...": its own count
    r"(?:reached|arrived\s+at|came\s+to)(?=\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:result|count|tally|conclusion|figure)s?\b)|responded(?=\s+(?:in|on|that)\b)|warned|recalled|recalls(?=\s+that\b)|testified(?=\s+that\b)|declared|"
    r"thank(?:s|ed)(?!\s+to\b)|"  # ("The Ministry ... answered in a statement on Saturday that ...")
    r"reminded(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+that\b|\s+(?:the\s+)?(?:House|Council|Assembly|Senate|Parliament|"
    r"members|MPs|lawmakers|legislators|delegates|journalists|reporters)\b)|"  # "reminded the room that Sri Lanka had
    # supported 89 ...", "..., Minister Name reminded the House when she tabled the plan"
    # "the Red de Monitoreo Carcelario has documented 884 political prisoners": its own count
    r"(?:(?<=\bhas\s)|(?<=\bhad\s))(?:documented|recorded|verified)|"
    # "The Iraqi Observatory recorded 312 arrests": a count it kept itself
    rf"(?:documented|recorded|registered|records|documents)(?=\s+(?:at\s+least\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?{NUMBER})|"
    # "The Commission records that 1,412,306 voters were registered": an official record's wording
    r"record(?:s|ed)(?=\s+that\b)|"
    # "The Archbishop presented figures gathered by dioceses showing that 4,160 ...": figures of the presenter's
    r"(?:presented|published|released|cited)(?=\s+(?:new\s+|its\s+own\s+|his\s+|her\s+|their\s+)?(?:figures|data|statistics)\b)|"
    # "The Corporación Justicia Territorial has found that ...": its own finding
    r"(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s)|(?<=\bit\s)|(?<=\bIt\s))found(?=\s+that\b)|"  # "In its statement, it found that"
    # "The exiled Cuban Observatory of Conscience, based in Madrid, counts 1,047 political prisoners"
    rf"counts(?=\s+(?:some\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?{NUMBER}\b)|"
    # "the IACHR has granted 17 precautionary measures", "ODIHR had deployed 312 observers": its own acts
    rf"(?:granted|deployed)(?=\s+(?:a\s+total\s+of\s+|some\s+|more\s+than\s+)?{NUMBER}\s+(?:[a-z-]+\s+(?:and\s+)?){{0,3}}"
    r"(?:precautionary\s+)?(?:measures|observers|monitors|staff|experts)\b)|"
    # "published a report documenting 1,287 land disputes": what the report counts, the publisher's figure
    rf"(?:documenting|recording)(?=\s+(?:at\s+least\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?{NUMBER})|"
    # "The Ombudsman received 3.400 complaints", "It opened 52 investigations": the body's own caseload
    rf"(?:(?:(?<=\bIt\s)|(?<=\bit\s)|(?<=\bagency\s)|(?<=\boffice\s)|(?<=\bOffice\s)|(?<=\bcommission\s)|(?<=\bOmbudsman\s)|"
    rf"(?<=\bOmbudswoman\s)|(?<=\bUnit\s)|(?<=\bCommission\s)|(?<=\bMinistry\s)|(?<=\bCentre\s))received|opened|handled|processed|investigated)(?=\s+(?:a\s+total\s+of\s+|at\s+least\s+|some\s+|nearly\s+|"
    rf"more\s+than\s+|over\s+)?{NUMBER}\s+(?:[a-z-]+\s+)?(?:complaints|enquiries|inquiries|investigations|cases|"
    r"petitions|applications|requests|allegations|killings)\b)|calculate[sd](?=\s+that\b)|"
    # "The Commission put turnout at 36.8 percent": the figure is the subject's own
    r"puts?(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,9}?at\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d))"
)
# "accepted 201 and noted 46": a UPR response counted, not a reporting verb.
_NOTED_COUNT = re.compile(rf"\s+(?:the\s+(?:remaining|other)\s+|a\s+further\s+|another\s+)?{NUMBER}\b(?!\s+(?:per\s*cent|percent))", re.I)
# "45 have been noted, the ministry said": a passive participle is not the reporting verb.
_SOURCE_BY = re.compile(r"(?i),?\s+(?:from|by|of|(?:(?:later|subsequently|then)\s+)?(?:issued|released|published|drawn\s+up|compiled|kept|made|done|"
                        r"carried\s+out|circulated|distributed|shared)"  # ("the summary later circulated by the Ministry")
                        # "a tally published on Thursday by ...": when, between the verb and who
                        r"(?:\s+(?:today|yesterday|(?:on|last|this|earlier)\s+[\w ]{3,20}?))?\s+by)\s+((?:the\s+)?[^,.;]{3,80}?)"
                        r"(?=\s*[,.;]|\s*$|\s+(?:on|in|at|last|this|earlier)\b)")  # fmt: skip
# "according to a count the Colectivo ... published on Tuesday": who made it, after the source
_SOURCE_THEN_WHO = re.compile(r"\s+(?:that\s+)?((?:the\s+)?[A-Z][^,.;]{2,80}?)\s+(?:had\s+)?(?:published|released|issued|"
                              r"compiled|kept|put\s+out|drew\s+up)\b")
_APPOSITION = re.compile(r"\s*,\s*[^,.;“”\"]{2,80},\s*")
_CITING = re.compile(r"(?i)\bciting\s+((?:the\s+)?[^,.;]{2,50}?)\s*(?:[,.;]|$)")
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:been|be|being|was|were|is|are)\s+$")
# "the remaining 66 noted": the UPR response, not a reporting verb
_COUNT_BEFORE = re.compile(rf"(?i)\b(?:{NUMBER})\s+$")
_COUNT_ADVERB_BEFORE = re.compile(rf"(?i)\b(?:{NUMBER})\s+(?:(?:of\s+them|others|delegations|countries|states)\s+)?(?:[a-z]+ly\s+)?$")
_DEMAND_VERB = re.compile(r"(?i)(?:call|urg|demand)")
_PLAIN_SAY = re.compile(r"(?i)(?:said|says|say|told|tells|stated|states|added|announced|reported|wrote)$")
_SAID = re.compile(rf"\b{SAY}\b|\b(?:noting|adding|saying|stressing|insisting|arguing|stating)\b|"
                   r"\b(?:recalling|reminding\s+\w+)(?=\s+that\b)|"  # "opened the briefing by recalling that Malaysia accepted"
                   # "presented its annual report on Monday, reporting 2,977 complaints", "..., telling
                   # lawmakers that her office had received 23,877": the presenter's own figures
                   rf"(?<=,\s)(?:reporting(?=\s+(?:that\b|{NUMBER}|some\s|more\s+than|at\s+least|nearly))|"
                   r"telling(?=\s+(?:[\w’'-]+\s+){1,3}that\b))")
# "disputed press reports, saying ...": "reports" after a determiner or "press" is a noun, not the verb.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|press|media|news|these|those|such|its|their|recent|local|official)\s+$", re.I)
# "Twenty-four of the 35 states that spoke ...": "states" after a number (`_COUNT_BEFORE`) or
# "member" is the noun too.
_COUNTED_BEFORE = re.compile(r"\b(?:of|all|other|member|many|several|some|few|most)\s+$", re.I)
_SOURCE = re.compile(
    r"(?i)\b(?:according to|said in|says in|stated in|cited in)\s+(?P<source>(?:the|a|an|its|"
    r"their|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?:press\s+)?(?:statement|release|report|letter|"
    r"summary|communiqu[eé]|post|interview|briefing|register|records|database|tally|count)s?)\b"
)
_BY_COUNT = re.compile(r"(?i)\b(?:by|in|according\s+to)\s+((?:the\s+)?[\w’' -]{2,40}?)(?:’s|'s)\s+(?:(?:own|final|latest|official|full)\s+)?(?:count|tally|figures|account|reading|view|"
                       r"assessment|analysis|estimate|breakdown|version)|"
                       r"\b(?:by|according\s+to|in)\s+the\s+(?:count|tally|figures|account)\s+of\s+([^,.;]{2,60})")  # fmt: skip
_OUR_COUNT = re.compile(r"(?i)\b(?:by|in|according\s+to|on)\s+our\s+(?:(?P<own>\w+)[’']s\s+|\w+\s+)?(?:count|tally|reckoning|"
                        r"figures|reading|analysis|estimate|coding)\b")  # ("By our platform's count": the platform named before)
_OWN_COUNT = re.compile(r"((?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:\s+in\s+[A-Z][\w’'-]+)?)\s+(?:published|"
                        r"released|gave|issued|offered|put\s+out)\s+(?:its|their|his|her)\s+(?:own\s+)?"
                        r"(?:count|tally|figures|numbers)\b")  # fmt: skip
# "X dismissed the figure, saying ...": a participle's speaker is the subject of the sentence.
_PARTICIPLE = {"saying", "adding", "noting", "stressing", "insisting", "reporting", "telling", "arguing", "stating", "recording",
               "documenting", "recalling"}
# Between "said" and the speaker only a title may stand: "said Foreign Ministry spokesperson".
_TITLE_ONLY = re.compile(r"^\s*(?:(?:the|a|an|of|and|for)\s+|[A-Z][\w’'-]*\s+|[a-z-]+\s+){0,5}$")
_ACCORDING = re.compile(r"(?i)\baccording\s+to\s+((?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof|Mme)\.\s+)?[^,.;:“”\"]{2,100}?)\s*(?:[,.;:]|$)")
# ("according to Ms. Name, ...": the honorific's full stop does not end the name)
_PRONOUN = re.compile(r"(?i)^(?:he|she|they|it|the statement)$")
_GROUPS_OF_PEOPLE = re.compile(
    r"(?i)^(?:the\s+)?(?:local\s+|international\s+)?(?:(?:human\s+)?rights\s+(?:groups?|organi[sz]ations)|"
    r"activists|critics|observers|NGOs|civil\s+society(?:\s+groups)?|opposition\s+groups)$"
)
_OPPOSITION = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:exiled|main|democratic|political)\s+)?opposition(?:\s+(?:leaders?|figures|"
    r"parties|party|movement|coalition))?$"
)
_MINISTRY_OF = re.compile(r"(?i)^(?:the\s+)?ministry\s+of\s+(?P<of>[a-z ]{3,40})$")
_BODY_OF = re.compile(
    r"(?i)^(?:the\s+)?(?P<body>mission|ministry|government|embassy|delegation|(?-i:MFA))\s+of\s+(?:the\s+)?"
    r"(?P<who>[\w’' -]{3,40})$"
)
_UNNAMED_BODY = re.compile(
    r"(?i)^(?:the\s+)?(?:(?P<who>(?!foreign\b|justice\b|interior\b)[\w’'-]+?(?:\s+[\w’'-]+?){0,2}?)"
    r"(?:’s|'s)?\s+)?"
    r"(?P<adj>foreign|justice|interior|"
    r"information|defen[cs]e|health|education)?\s*(?P<body>ministry|mission|government|embassy|"
    r"delegation|chancellery)$"
)
_MINISTRY = {"foreign": "Foreign Affairs"}
_UN_OFFICE = re.compile(r"(?i)^(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+(?:human\s+rights\s+)?|human\s+rights\s+)office$")
_SPOKESPERSON = re.compile(r"(?i)^(?:the|a|an)\s+spokes(?:man|woman|person)(?:\s+(?:for|of)\s+(?P<for>.{3,60}))?$")
_SPOKESPERSON_FOR = re.compile(r"(?i)\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?P<for>(?:the\s+)?[A-Z][^,.;]{2,60}?)"
                               r"(?=\s+(?:said|told|stated|added|noted)\b|[,.;])")  # fmt: skip
# "the ministry's press service", "the mission's website": the body speaks through them.
_OWNER_OUTLET = re.compile(
    r"(?i)^((?:the\s+)?.{2,60}?)(?:’s|'s)\s+(?:official\s+)?(?:press\s+(?:service|office|secretary|"
    r"department|centre|center)|information\s+(?:service|office|department)|spokes(?:person|man|woman)|"
    r"website|(?:twitter|telegram|facebook|x)\s+(?:account|channel|page))$"
)
# "the Centre said", "the Commission added": the body of that kind named last, never a person whose
# title happens to hold the word ("director of the National Centre").
_ITS_RELEASE = re.compile(r"(?i)^(?:the|its|their)\s+(?:(?:corrected|revised|new|latest|updated|second|first|"
                          r"same|later|earlier|full)\s+)?(?:press\s+)?(?:statement|release|communiqu[eé])$|"
                          r"^the\s+(?:(?:annual|monthly|quarterly|semi-annual|same)\s+)?report$")  # its report
# "the group said", "the same group says", "his organisation says": the NGO named last
_NGO_WORD = re.compile(r"(?i)^(?:the|his|her|their|its)?\s*(?:same\s+)?(?:[\w-]+-based\s+|local\s+|exiled\s+|rights\s+|monitoring\s+)?"
                       r"(?:group|organi[sz]ation|NGO|monitor|watchdog|charity)$")
_BODY_WORD = re.compile(
    r"(?i)^(?:the\s+)?(centre|center|commission|committee|council|office|network|foundation|"
    r"association|institute|agency|department|coalition|league|alliance|federation|observatory|"
    r"secretariat|society|authority|initiative|forum|monitor|watch|movement|platform|collective|bureau|union|ombudsman|"
    r"hub|service|syndicate|party|fund|trust|tribunal|inspectorate|project|directorate|superintendency|guild|team|unit|board|"
    r"colectivo|coletivo|collectif|comité|comisión|asociación|observatorio|fundación|instituto|movimiento|coordinadora|"
    r"task\s+force|caucus|company|firm|contractor|desk|lab|laboratory|mechanism)$"
)
# A religious style before a name: "Archbishop Name", later "the Archbishop"
_STYLED = re.compile(r"(?:[Tt]he\s+)?(Archbishop|Bishop|Cardinal|Imam|Rabbi|Chief\s+Rabbi|Grand\s+Mufti|Mufti|Patriarch|"
                     r"Metropolitan|Pastor|Sheikh|Reverend)")
_INDEFINITE_BODY = re.compile(r"(?i)^an?\s+(?:[\w’'-]+\s+){0,3}?(?:group|organi[sz]ation|NGO|watchdog|monitor|"
                              r"network|coalition|association|observatory|union|federation|charity|alliance|fund|trust|"
                              r"laboratory|lab|institute|centre|center)$")
_MADE_BY = re.compile(r"(?i)\b(?:released|issued|published|compiled|kept|drawn\s+up|put\s+out|"
                      r"circulated|given)\s+(?:(?:today|yesterday|on\s+\w+|last\s+\w+|this\s+\w+)\s+)?by\s+(.{3,60})$")  # fmt: skip
_BODY_OPENING = re.compile(
    r"\s*((?:[\w’'-]+\s+){0,3}?(?:ministry|mission|government|embassy|delegation)|"
    # "The commission put turnout at ...", "The Commission issued 41 ...": the body named before
    r"the\s+(?:centre|center|commission|committee|council|office|ombudsman|institute|agency|department|"
    r"observatory|secretariat|bureau|report|group|task\s+force|unit|board|inspectorate|network|coalition|company|lab|laboratory|"
    r"working\s+group|experts|mission)"  # ("The Working Group visited 21 places of deprivation of liberty")
    r"(?=\s+(?:also\s+|further\s+)?(?-i:[a-z])))\b", re.IGNORECASE
)
# "During its inspection of 46 detention facilities, including prisons, ": a clause set before the subject
_FRONTED_CLAUSE = re.compile(r"\s*(?:During|In|Since|Over|Between|From|Across|Throughout|After|Following|Last|This)\b[^.;]{0,150}?,\s+"
                             r"(?=the\s)")
_IT_RECORDED = re.compile(r"\s*It\s+(?:(?:had|has|have|also)\s+)*(?:received|recorded|registered|documented|counted|logged|"
                          r"verified|processed|handled|deployed|trained|released|opened|called|described|dismissed|"
                          r"branded|termed)\b")  # fmt: skip
# The people a body works through: "Commission staff", "Ombudsman inspectors"
_CREW = r"(?:staff|inspectors|monitors|investigators|officials|officers|teams?|delegates|experts)"
_ITS_STAFF = re.compile(r"\s*(?P<owner>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)(?:’s|'s)\s+(?:own\s+)?(?:researchers|monitors|"
                        r"investigators|staff|teams?|lawyers|observers|inspectors|field\s+workers|"
                        # "The group's report says 61 per cent ...": the group's own figure
                        r"(?:(?:latest|new|annual|own|final)\s+)?(?:report|survey|study|analysis|database|records))\b")
_NOT_PERSON = {"The", "In", "On", "At", "But", "And", "Human", "Rights", "International", "Affairs",
               "Cooperation", "Council", "Ministry", "Mission", "Office", "Nations", "United",
               "Government", "Republic", "Commission", "Committee", "Party", "Court", "Assembly",
               "Minister", "Ambassador", "President", "Secretary", "Director", "Delegate", "Chairman",
               "Chairperson", "Spokesman", "Spokeswoman", "Spokesperson", "Movement", "Front", "Alliance",
               "Union", "Coalition", "League", "Congress"}  # fmt: skip


@dataclass
class PressContext:
    """One article prepared for the extractors."""

    doc: Document
    actors: PressActors
    dates: list[DateMention]
    sentences: list[tuple[int, int]]
    state: ActorRef | None = None
    issuer: ActorRef | None = None  # who issued the statement the article reports
    issuer_source: str | None = None
    author: ActorRef | None = None  # the body whose own release the document is
    forums: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    said_by: dict[tuple[int, int, Any], tuple[ActorRef | None, str | None]] = field(default_factory=dict)
    labels: list[re.Match[str]] | None = None  # transcript speaker labels at line starts, found on first use
    transcript: bool | None = None  # whether labelled lines make it a briefing's transcript, found on first use

    text: str = ""  # the working copy of the document's text (see `press_text`)
    origin: list[int] | None = None  # each working offset's offset in the document, where they differ

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for working-text span [start, end): the document's own passage and page."""
        if self.origin is not None:
            start, end = self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])
        return self.doc.evidence(start, end)

    @property
    def published(self) -> date | None:
        return self.doc.published

    def lead_sentence(self) -> tuple[int, int] | None:
        """The article's lead: its first sentence of eight words or more under the headline line."""
        body = self.text.find("\n") + 1
        return next(((a, b) for a, b in self.sentences if a >= body and len(self.text[a:b].split()) >= 8), None)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `offset`."""
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return offset, offset

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if start <= d.start < end]

    def forum_at(self, offset: int) -> dict[str, Any] | None:
        """The forum named in the same sentence as `offset` ("95 out of 105 States had commended the
        Philippines at its Universal Periodic Review on 14 November"), else the one named nearest
        before it, else the first one of the article."""
        start, end = self.sentence_at(offset)
        within = [f for pos, f in self.forums if start <= pos < end]
        if within and not any(start <= pos <= offset for pos, _ in self.forums):
            return within[0]
        before = [f for pos, f in self.forums if pos <= offset]
        if before:
            return before[-1]
        return self.forums[0][1] if self.forums else None


_MAX_SENTENCE = 1200  # longer "sentences" are tables or run-ons: cut them so work per figure stays bounded


_ITEM_LABEL = re.compile(r"\s*[A-Z][a-z]+(?:[^\S\n][a-z]+){0,2}\.")
# "17 and 18 October 2029.", "21 to 29 April 2031.": a chronology's date line, read with the entry it opens
_DATE_LABEL = re.compile(rf"\s*\d{{1,2}}(?:[^\S\n]+(?:and|to)[^\S\n]+\d{{1,2}}|[-–]\d{{1,2}})?[^\S\n]+{MONTH}[^\S\n]+(?:19|20)\d\d\.")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`; abbreviations ("Oct.", "U.N.") do not end a sentence.

    A span longer than `_MAX_SENTENCE` is cut at a semicolon, comma or space, because every claim
    and event looks at its whole sentence: without the cut a 40,000-character run-on costs time
    quadratic in its length."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREV.search(text[max(start, match.start() - 6) : match.start()]):
            continue
        segment = text[start : match.start()]
        if (_ITEM_LABEL.fullmatch(segment) or _DATE_LABEL.fullmatch(segment)) and (
                start == 0 or text[start - 1] == "\n" or "\n" in segment) and "\n" not in text[match.start() : match.end()]:
            continue  # "Visit. The UN Special Rapporteur will be in the camps ...": a digest item's label, with its item
        if text[start : match.start()].strip():
            spans.extend(_cut_long(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.extend(_cut_long(text, start, len(text)))
    return spans


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > _MAX_SENTENCE:
        window = text[start : start + _MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), _MAX_SENTENCE // 2)
        if cut == _MAX_SENTENCE // 2 and " " in window[cut:]:
            cut = window.rfind(" ")
        spans.append((start, start + cut + 1))
        start += cut + 1
    spans.append((start, end))
    return spans


def build_context(doc: Document) -> PressContext:
    """Actors, dates and sentences of `doc`, plus the State most talked about."""
    text, origin = working_text(doc.text)
    actors = find_actors(text)
    ctx = PressContext(
        doc=doc,
        actors=actors,
        dates=find_dates(text, doc.published),
        sentences=split_sentences(text),
        text=text,
        origin=origin,
    )
    from rightstrack.extract.press_states import state_ref

    states = Counter(m.actor for m in actors.mentions if m.actor.kind == "state")
    states.update(state_ref(m.actor.iso3) for m in actors.mentions  # "Permanent Mission of Nicaragua"
                  if m.actor.kind == "government_body" and m.actor.iso3)  # fmt: skip
    mandate = actors.mandate()
    if mandate is not None and mandate.iso3:
        ctx.state = next((s for s in states if s.iso3 == mandate.iso3), None)
        if ctx.state is None:
            ctx.state = state_ref(mandate.iso3)
    elif states:
        ctx.state = _state_under_discussion(actors, text) or states.most_common(1)[0][0]
    israel = next((s for s in states if s.iso3 == "ISR"), None)
    if israel is not None and _ITEM_7.search(text[:1500]):  # the debate on Palestine under item 7 is on the
        ctx.state = israel  # occupying Power's conduct
    return ctx


# Agenda item 7's title: "Human rights situation in Palestine and other occupied Arab territories"
_ITEM_7 = re.compile(r"(?i)\bsituation\s+in\s+Palestine\s+and\s+other\s+occupied\s+Arab\s+territories\b")


# "Universal Periodic Review of Egypt", "human rights in Belarus": the State the text is about.
_ABOUT_STATE = re.compile(r"(?i)\b(?:review\s+of|situation\s+in|human\s+rights\s+in|(?:dialogue|update|report|"
                          r"resolution|briefing|debate)\s+(?:[\w’'-]+\s+){0,4}?on)\s+(?:the\s+)?$")  # fmt: skip


def _state_under_discussion(actors: PressActors, text: str) -> ActorRef | None:
    """The first State named as what a review or dialogue is about, before the speakers' States."""
    for found in sorted(actors.mentions, key=lambda m: m.start):
        if found.actor.kind == "state" and _ABOUT_STATE.search(text[max(0, found.start - 40) : found.start]):
            return found.actor
    return None


# A sentence whose subject is "he" or "she" before any name: its first name is not the speaker.
_PRONOUN_SUBJECT = re.compile(r"(?:(?:On|In|At|Later|Earlier|Then|After|Before|During|While|Upon)\b[^,\n]{0,30},?\s+|"
                              r"[A-Z][^,\n]{0,40},\s+(?:(?:on|in|at)\b[^,\n]{0,40},\s+)?)?"  # "Last year, on Monday 30 November,"
                              r"(?:he|she|He|She)\s+(?:also\s+)?[a-z]+(?:ed|et|old|aw|ent|ound)\b")


def speaker_before(ctx: PressContext, offset: int, pronoun: str | None = None) -> ActorRef | None:
    """The subject of the latest sentence before `offset` that starts with a person or body.

    Resolves "he said" to the person the previous sentences were about ("In response, David told
    Vitit ..." -> David): the first actor of a sentence is its subject far more often than not.
    With `pronoun` ("he", "she"), a person the text calls "Mr" is not "she", nor one called "Ms" "he".
    """
    for start, end in reversed(ctx.sentences):
        if start >= offset:
            continue
        window = ctx.text[start:min(end, offset)]
        if pronoun in ("he", "she") and re.match(rf"(?i)\s*(?:(?:on|the|later|earlier|that|two|three|a|after|before)\b[^,.;\"“]{{0,40}}?,?\s+)?"
                                                 rf"{pronoun}\s+(?:was\s+|had\s+|also\s+|then\s+)?[a-z]+(?:ed|et|ld|ok|ent)\b", window):
            continue  # "The next day she met the President ..., Elena Name, who ...": "she" again, named further back
        first = person_named_first(ctx, start, start + len(window))
        inverted = re.search(r"[,”\"]\s*(?:said|says|added|continued|explained)\s+", window) if first is None else None
        if inverted is not None:  # '"Behind every one of these figures ...," said Name, the representative ...': the one
            first = next((f.actor for f in ctx.actors.within(start + inverted.end(), start + inverted.end() + 4)
                          if f.actor.kind == "official"), None)  # fmt: skip  # quoted speaks on
        spokes = _SPOKESPERSON_OPENS.match(window)
        if spokes and pronoun and (first is None or first.kind != "official"):  # "A spokesman for the Ministry
            body = resolve_who(ctx, spokes.group("for"), start)  # of X rejected the findings. "...," he said":
            if body is not None:  # X, when the spokesman goes unnamed
                return body
        if first is not None and _PRONOUN_SUBJECT.match(window):
            continue  # "On 2 March she met the Minister, X": X is who "she" met, not "she"
        if first is not None and pronoun and _gender(ctx.text, first) not in (None, _PRONOUN_GENDER[pronoun.lower()]):
            continue  # "... the Minister, Mr Ahmed Latheef. She also noted ...": she is not Mr Latheef
        if first is not None:
            return first
    return None


_PRONOUN_GENDER = {"he": "m", "she": "f"}
# A sentence opened by a body's unnamed spokesperson: "A spokeswoman for the de facto Ministry of X rejected ..."
_SPOKESPERSON_OPENS = re.compile(r"\s*(?:A|An|The)\s+spokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?:de\s+facto\s+)?"
                                 r"(?P<for>[A-Z][\w’'-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w’'-]*)){0,8}?)(?=\s+(?!(?:of|for|and|on|the)\b)(?-i:[a-z])|[,.;])")
_HONORIFIC_GENDER = {
    "mr": "m", "sir": "m", "shri": "m", "monsieur": "m", "señor": "m",
    "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f", "smt": "f", "dame": "f", "señora": "f",
}  # fmt: skip


def _gender(text: str, person: ActorRef) -> str | None:
    """"m" or "f" when the text puts a gendered honorific before the person's surname ("Ms ...
    Oyelaran-Voss"); None for bodies and for people the text never calls Mr or Ms."""
    if person.kind != "official" or not person.name.split():
        return None
    surname = re.escape(person.name.split()[-1])
    honorific = "|".join(_HONORIFIC_GENDER)
    found = {
        _HONORIFIC_GENDER[m.group(1).lower()]
        for m in re.finditer(rf"(?i:\b({honorific}))\.?\s+(?:[A-Z]\.\s?)*(?:[A-Z][\w’'-]+\s+){{0,3}}{surname}\b", text)
    }
    return found.pop() if len(found) == 1 else None


# A person named again by a title alone: "the Special Rapporteur", "the Deputy Minister"
_TITLED_REFERENCE = re.compile(r"\b[Tt]he\s+(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|High\s+Commissioner|"
                               r"(?:Deputy\s+|Prime\s+|Foreign\s+)?[Mm]inister|Ombuds(?:man|woman|person)|Ambassador)\b")


def person_named_first(ctx: PressContext, start: int, end: int) -> ActorRef | None:
    """The person named first in [start, end): in full, or by a surname alone ("Ms. Marchetti-Ba held a
    meeting with the Ombudsman, Name": Ms. Marchetti-Ba, though only the Ombudsman is named in full)."""
    named = [(f.start, f.actor) for f in ctx.actors.within(start, end) if f.actor.kind == "official"]
    for match in _TITLED_REFERENCE.finditer(ctx.text, start, end):  # "... the Special Rapporteur welcomed"
        if any(f.actor.kind == "official" for f in ctx.actors.within(match.end(), match.end() + 4)):
            break  # "The UN Special Rapporteur, Name, said": the title names the person right after it
        word = re.sub(r"(?i)^the\s+(?:UN\s+)?", "", match.group(0)).lower()  # "The minister rejected ...": the minister named last
        person = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < match.start()
                       and m.actor.kind == "official" and word in (m.actor.title or "").lower()), None) or ctx.actors.person(match.group(0))
        if person is not None and person.kind == "official":
            named.append((match.start(), person))
            break
    named.sort(key=lambda pair: pair[0])
    for match in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", ctx.text[start:end]):
        if named and start + match.start() >= named[0][0]:
            break
        person = ctx.actors.person(match.group(0))
        if person is not None:
            return person
    if named:
        return named[0][1]
    opener = _NAME_OPENS.match(ctx.text, start, end)  # "Tomasz Ferreira-Obi, whose mission ...": an untitled
    if opener and not set(opener.group(1).split()) & _NOT_PERSON:  # person who opens the sentence
        from rightstrack.extract.press_states import resolve_state_name

        words = opener.group(1).split()
        if words[0].rstrip(".") in _HONORIFICS:  # "Mr Name, a 29-year-old lorry driver, ...": the name without "Mr"
            words = words[1:]
        if len(words) >= 2 and not any(resolve_state_name(word) for word in words):
            return ActorRef(" ".join(words), "official")
    return None


# One word of a person's name: "Odhiambo", "O'Brien", "Ferreira-Obi", "Salazar-holm".
_NAME_WORD = r"[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']+)*"
_NAME_OPENS = re.compile(r"([A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:who|whose|a|an|the)\b")


def _described_as(ctx: PressContext, before: int, word: str) -> ActorRef | None:
    """The body last introduced as a `word` ("the rights network Observatorio Cívico", "Ayuda
    Legal, a network of lawyers"), for "the network said" when its name does not hold the word."""
    text = ctx.text
    for m in sorted(ctx.actors.mentions, key=lambda m: -m.start):
        if m.start >= before or m.actor.kind in (None, "official", "state"):
            continue
        ahead = text[max(0, m.start - 40) : m.start]
        after = text[m.end : m.end + 60]
        if re.search(rf"(?i)\b{word}\s+$", ahead) or re.match(
            rf"(?i),\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{word}\b", after
        ):
            return m.actor
    return None


def _body_named_for_its_country(phrase: str) -> ActorRef | None:
    """A name of capitalised words that holds a State's name but is more than it ("Statistics South
    Africa", "Ghana Statistical Service", "Amnesty International Kenya"): a body, not the State."""
    from rightstrack.extract.press_states import find_states, resolve_state_name

    found = re.fullmatch(r"(?:the\s+)?((?:[A-Z][\w-]*\s+){1,4}[A-Z][\w-]*)", phrase.strip())
    if found is None:
        return None
    name = found.group(1)
    states = [(s, e) for s, e, _ in find_states(name) if resolve_state_name(name[s:e]) is not None]
    if not states or any(s == 0 and e == len(name) for s, e in states) or holds_title(name):
        return None  # no State's own name in it ("Cambodian Government" names it by demonym), or only the State
    kind = org_kind(name)
    return ActorRef(name, "ngo" if kind == "government_body" and not names_state_body(name) else kind)


def _described_body(ctx: PressContext, phrase: str) -> ActorRef | None:
    """The one body of the article whose name holds every word of a description in lower case,
    after an optional State's possessive ("Kenya's national human rights commission")."""
    found = re.fullmatch(r"(?:(?:the\s+)?[A-Z][\w-]+(?:’s|'s|’|')\s+|the\s+)?((?:[a-z-]+\s+){1,5}[a-z-]+)", phrase.strip())
    if found is None:
        return None
    if len(set(found.group(1).split()) - {"the", "of", "for", "and", "on", "in"}) < 2:
        return None  # "the commission": one word says too little
    return ctx.actors.described(found.group(1), bodies=True)


# The kinds of body that speak for themselves in an article (not States, people, media or UN bodies);
# a party is left out where a body is named by its apposition ("X, a regional network, said")
SPEAKING_BODIES = ("ngo", "nhri", "government_body", "political_party", "company")
NAMED_BODIES = ("ngo", "nhri", "government_body", "company")
_PAIR_OF = re.compile(r"(?i)^the\s+(?:two|both)\s+(?:agencies|organi[sz]ations|groups|bodies|institutions|offices)$")


_ASSESSMENT_BY = re.compile(r"\b(?:assessment|study|survey|analysis)\b[^.;]{0,80}?\b(?:published|released|issued|carried\s+out)\s+"
                           r"(?:[^.;]{0,40}?\s)?by\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|and)){0,6})")


# A person named again by a title and surname: "Minister Benítez-Harrington", "Ambassador Name", "Ms. Name"
_TITLE_SURNAME = re.compile(r"(?:[Tt]he\s+)?(?:(?:Deputy|Vice|Prime|Foreign|Interior|Justice|Chief)\s+)?(?:Minister|Ambassador|President|"
                            r"Secretary|Commissioner|Ombuds(?:man|woman|person)|Judge|Senator|Governor|Mayor|Director|"
                            r"Chair(?:person|man|woman)?|Rapporteur|Expert|Dr|Prof(?:essor)?|Mr|Ms|Mrs|Mme|Madam)\.?\s+"
                            r"(?P<surname>[A-Z][\w’'-]+)")


def resolve_who(ctx: PressContext, phrase: str, offset: int) -> ActorRef | None:
    """The actor a subject phrase names: a full name, "David", "the ministry", "he", "they"."""
    as_written = re.sub(r"(?i)^the\s+", "", phrase.strip(" ,"))  # "Permanent Mission of Egypt in Geneva"
    whole = next((m.actor for m in ctx.actors.mentions if m.actor.kind not in ("state", "official") and m.actor.name == as_written
                  and re.search(r"\s+in\s+[A-Z][\w’'-]+$", as_written)), None)  # fmt: skip
    if whole is not None:  # "the United Nations Integrated Office in Haiti": a body whose name ends with its country
        return whole
    phrase = re.sub(r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$", "", phrase.strip(" ,"))  # "... in Geneva"
    seated = next((m.actor for m in ctx.actors.mentions if m.actor.kind not in ("state", "official")
                   and re.fullmatch(rf"{re.escape(as_written)}\s+at\s+[A-Z][a-z]+", m.actor.name)), None)  # fmt: skip
    if seated is not None:  # "the Permanent Mission of X to the United Nations Office" read up to "at Geneva": that body
        return seated
    if re.fullmatch(r"(?i)(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:assessment|study|survey|analysis)", phrase.strip()):
        by = list(_ASSESSMENT_BY.finditer(ctx.text, 0, offset))  # "according to a mid-term shadow assessment published
        who = resolve_who(ctx, by[-1].group("who"), by[-1].start()) if by else None  # yesterday by Nusantara UPR Watch ...
        if who is not None:  # According to the assessment, Indonesia received 269": the one who published it
            return who
    publication = re.fullmatch(r"(?i)(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(update|bulletin|report|release|briefing\s+note|review)",
                               phrase.strip())
    if publication:  # "According to the update, ...", after "The Mission (HRMMU) yesterday released its monthly update":
        for a, b in reversed([(a, b) for a, b in ctx.sentences if b <= offset][-4:]):  # whoever released it, named
            if re.search(rf"(?i)\b(?:released|published|issued|put\s+out)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,4}}?"
                         rf"{publication.group(1)}\b", ctx.text[a:b]):  # in a sentence just before
                opener = sentence_opener(ctx, a, b)
                if opener is not None and opener.kind not in ("state", "media"):
                    return opener
                break
    phrase = re.sub(r"(?i)^(?:which|who|that|and|but|as)\s+(?=\w)", "", phrase)  # "..., which she said"
    phrase = re.sub(r"^(?:In\s+a\s+separate\s+(?:development|statement|incident),|Separately,|Meanwhile,|Elsewhere,)\s*", "", phrase)
    based = re.match(r"(?:[Tt]he\s+)?[\w-]+-based\s+(?=[A-Z])", phrase)
    if based:  # "The Nairobi-based Digital Voices Kenya": the body, when the name alone says who
        inner = resolve_who(ctx, phrase[based.end() :], offset)
        if inner is not None and inner.kind not in ("official", "state"):
            return inner
    phrase = re.sub(r"^(?:[Tt]he\s+)?[\w-]+-based\s+(?:NGO|group|organi[sz]ation|(?:rights|monitoring)\s+group)\s+(?=[A-Z])",
                    "", phrase)  # "the Pakistan-based NGO Haq Legal Aid": the name after what it is
    phrase = re.sub(r"^([Tt]he\s+)[\w-]+-based\s+(?=[a-z]+$)", r"\1", phrase)  # "The Geneva-based alliance": the alliance
    phrase = re.sub(r"^([Tt]he\s+)(?:[\w]+-member|newly[\s-]created|independent)\s+(?=[a-z]+$)", r"\1", phrase)  # "The
    # five-member commission said": the commission
    phrase = re.sub(r"^(?:[Tt]he\s+)?(?:outgoing|incoming|former|previous|current)\s+(?=[A-Z])", "", phrase)  # "the outgoing
    # Portfolio Committee on ...": the committee
    if re.fullmatch(r"(?i)the\s+(?:UN\s+)?experts(?:[’']\s+(?:latest\s+|new\s+|final\s+)?report)?", phrase):  # "The experts said 452
        # ...", "The experts' report said": the group of UN experts named before
        experts = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < offset
                        and m.actor.kind == "un_mechanism" and re.search(r"\b(?:Experts|Commission|Mission|Mechanism|Working\s+Group)\b",
                                                                          m.actor.name)), None)  # fmt: skip
        if experts is not None:
            return experts
    forces = re.fullmatch(r"(?i)(?:the\s+|(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[’']s\s+)?(?P<force>army|armed\s+forces|military|navy)",
                          phrase)  # fmt: skip
    if forces:  # "The army said 29 people were arrested", "Ecuador's armed forces said": the State's forces
        from rightstrack.extract.press_states import resolve_state_name

        state = resolve_state_name(forces.group("state")) if forces.group("state") else ctx.state
        return ActorRef(" ".join(forces.group("force").lower().split()).capitalize(), "government_body",
                        iso3=state.iso3 if state else None)  # fmt: skip
    if re.fullmatch(r"(?i)(?:the\s+)?police(?:\s+headquarters)?(?:\s+in\s+[\w\s-]{2,40})?", phrase):  # "Police (in Jambi province) said": the police
        named = ctx.actors.last_body(offset, "police")  # named before, else the State's police
        return named or ActorRef("Police", "government_body", iso3=ctx.state.iso3 if ctx.state else None)
    pair = _PAIR_OF.match(phrase)
    if pair:  # "The two agencies said", after "UNICEF and UNESCO said": the first named speaks for both
        named = sorted((m for m in ctx.actors.mentions if m.start < offset and m.actor.kind not in ("state", "official")),
                       key=lambda m: m.start)
        for first, second in zip(reversed(named[:-1]), reversed(named[1:]), strict=True):
            if re.fullmatch(r"\s+and\s+", ctx.text[first.end : second.start]):
                return first.actor
    joint = [m for m in ctx.actors.mentions if phrase and m.actor.kind not in ("state", "official")
             and re.fullmatch(rf"(?:the\s+)?{re.escape(ctx.text[m.start : m.end])}\s+and\s+.+", phrase)]  # fmt: skip
    if joint:  # "UNICEF and UNESCO said": the first of the two
        rest = phrase[phrase.index(" and ") + 5 :]
        if any(ctx.text[m.start : m.end] == re.sub(r"^the\s+", "", rest) for m in ctx.actors.mentions):
            return joint[0].actor
    phrase = re.sub(r"(?i)^(?:the\s+)?(?:(?:latest|official|new|preliminary|final)\s+)?(?:figures|data|statistics|"
                    r"numbers|records|estimates)\s+(?:from|of|by|(?:compiled|gathered|collected|kept)\s+by)\s+(?=\w)", "", phrase)  # "figures from the Presidency"
    phrase = re.sub(r"^(?:[Tt]he\s+)?(?:latest\s+|new\s+|official\s+)?(?:figures|data|statistics|numbers)\s+(?:that\s+)?"
                    r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+(?:had\s+|has\s+)?(?:published|released|compiled|"
                    r"issued|gave|presented)\b.*$", r"\g<who>", phrase)  # "figures the Committee published in March"
    phrase = re.sub(r"(?i)^(?:the|a|an)\s+(?:(?:latest|new|annual|monthly|quarterly|interim|final|[\w-]+)\s+){0,2}"
                    r"(?:report|survey|bulletin|count)\s+(?:of|by)\s+(?=(?:the\s+)?(?-i:[A-Z]))", "", phrase)  # "the annual report of X"
    if not phrase:
        return None
    if re.fullmatch(r"(?i)(?:the|its|this|their)\s+(?:[\w-]+\s+){0,2}?(?:report|survey|study|analysis|draft)", phrase):
        return _survey_maker(ctx, offset, _REPORT_WORD)  # "..., the report said": whoever published it
    if re.fullmatch(r"(?i)(?:its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|(?:press\s+)?release)", phrase):
        owner = resolve_who(ctx, "it", offset)  # '"...," its statement said', after "The ministry accepted none of it."
        if owner is not None and owner.kind not in ("state", "official", "media"):
            return owner
    if re.fullmatch(r"(?i)(?:its|their)\s+(?:chief\s+)?spokes(?:person|man|woman)", phrase):  # "The Police did not reply. Its
        owner = resolve_who(ctx, "it", offset)  # spokesperson said last month that 96 officers ...": the body's
        if owner is not None and owner.kind not in ("state", "official"):
            return owner
    owned_title = _OWNED_TITLE.fullmatch(phrase.strip())
    holder = _title_holder(ctx, owned_title.group("owner"), owned_title.group("role")) if owned_title else None
    if holder is not None:  # "the Commission's chairperson said", the text naming "Chairperson Mwaka Name": that person
        return holder
    spokes = _SPOKESPERSON.match(phrase)
    if spokes:  # "a spokesman for the Foreign Ministry said"; later "the spokesman said": that body
        named = spokes.group("for") or next(
            (m.group("for") for m in _SPOKESPERSON_FOR.finditer(ctx.text, 0, offset)), None)  # fmt: skip
        who = resolve_who(ctx, named, offset) if named else None
        if who is not None:
            return who
        for_body = [f.actor for m in re.finditer(r"(?i)\bspokes(?:man|woman|person)\s+(?:for|of)\s+", ctx.text[:offset])
                    for f in ctx.actors.within(m.end(), m.end() + 5) if f.actor.kind not in ("state", "official")]  # fmt: skip
        named_spokesperson = any("spokes" in (r.title or "").lower() for r in ctx.actors.persons)
        if not spokes.group("for") and for_body and not named_spokesperson:  # "A spokesperson for the Ministry of
            # Foreign Affairs of the Democratic
            return for_body[-1]  # People's Republic of Korea issued ...": a name too long to read by its words alone
    office_of = re.match(r"(?i)^(?:the\s+)?(?P<x>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?:’s|'s)\s+"
                         r"(?:(?-i:[A-Z][\w-]+)\s+|regional\s+|local\s+|provincial\s+|field\s+)?office$", phrase)
    named_so = next((m.actor for m in ctx.actors.mentions if office_of and m.actor.kind not in (None, "official", "state")
                     and ctx.text[m.start : m.end].lower() == as_written.lower()), None) if office_of else None  # fmt: skip
    if named_so is not None:  # "The Public Defender's Office also recorded ...": read as a body of its own name
        return named_so
    if office_of:  # "the Public Defender's office said": the body named before whose name that is
        x = office_of.group("x").lower()
        body = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < offset
                     and m.actor.kind not in (None, "official", "state") and x in m.actor.name.lower()), None)  # fmt: skip
        if body is not None:
            return body
        if _BODY_WORD.match(x):  # "the agency's field office": the agency
            body = resolve_who(ctx, f"the {x}", offset)
            if body is not None:
                return body
        if holds_title(office_of.group("x")):  # "the Attorney-General's office": that office, a State body
            return ActorRef(re.sub(r"(?i)^the\s+", "", phrase), "government_body", iso3=ctx.state.iso3 if ctx.state else None)
    acronym = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][A-Za-z-]{0,9}[A-Z])", phrase)
    glossed = next((m.actor for m in ctx.actors.mentions if ctx.text[m.start : m.end] == acronym.group(1)
                    and m.actor.kind not in ("state", "official")), None) if acronym else None  # fmt: skip
    if glossed is not None:  # "According to the CHRC": the body introduced as "... Committee (CHRC)"
        return glossed
    if re.fullmatch(r"(?i)(?:this|our)\s+(?:newspaper|paper|agency|news\s+agency|outlet|station|channel|website|site|weekly|daily|"
                    r"magazine|publication)", phrase):
        return outlet_writing(ctx)  # "a tally by this newspaper": the outlet writing
    excellency = re.fullmatch(r"(?i)(his|her)\s+excellency", phrase)
    if excellency:  # '"...," Her Excellency said': the one so addressed before, like "she"
        return speaker_before(ctx, offset, "she" if excellency.group(1).lower() == "her" else "he")
    if _PRONOUN.match(phrase):
        low = phrase.lower()
        if low in ("he", "she"):
            return speaker_before(ctx, offset, low)
        before = [(a, b) for a, b in ctx.sentences if b <= offset][-1:]
        if low == "it" and before and _STUDY_OPENS.match(ctx.text, before[0][0], before[0][1]):  # "The report ... says
            maker = _survey_maker(ctx, before[0][0], _REPORT_WORD, people=True)  # that 463 ... . At least 58 were injured, it says."
            if maker is not None:
                return maker
        issuer = ctx.issuer
        named_at = [m.start for m in ctx.actors.mentions if m.actor == issuer]
        if named_at and min(named_at) > offset:  # "It said ..." before the statement's issuer is named:
            issuer = None  # the body the text was talking about, not the issuer to come
        # "The ministry rejected the figures. It said ...": the body opening the sentence before comes first
        return (_body_opening_before(ctx, offset) or _named_body_speaking_before(ctx, offset) or issuer
                or _body_speaking_before(ctx, offset) or _body_before(ctx, offset))
    crew = re.fullmatch(rf"(?:[Tt]he\s+)?(?P<w>Commission|Ombudsman|Office|Committee|Mission|Ministry|Council)\s+{_CREW}", phrase)
    if crew:  # "Commission staff visited 22 prisons": the commission named before
        body = resolve_who(ctx, f"the {crew.group('w').lower()}", offset)
        if body is not None:
            return body
    crew_alone = re.fullmatch(r"(?:[Tt]he\s+)?(?:visiting\s+|monitoring\s+|inspection\s+)?(?P<w>monitors|inspectors|team)", phrase)
    if crew_alone:  # "Monitors from the National Human Rights Commission ... The monitors ... interviewed 58 detainees": theirs
        for a, b in reversed([(a, b) for a, b in ctx.sentences if b <= offset][-6:]):
            if re.search(rf"(?i)\b{crew_alone.group('w')}\b", ctx.text[a:b]):
                bodies = [f.actor for f in ctx.actors.within(a, b) if f.actor.kind in ("nhri", "ngo", "government_body", "un_mechanism")]
                if bodies:
                    return bodies[0]
    staff = _ITS_STAFF.fullmatch(phrase)
    if staff:  # "the group's monitors said": the group
        owner = resolve_who(ctx, staff.group("owner"), offset)
        if owner is not None:
            return owner
    styled = _STYLED.fullmatch(phrase)
    if styled:  # "The Archbishop presented figures", after "Archbishop Tomasz Name": that person
        for named in reversed(list(re.finditer(rf"\b{styled.group(1)}\s+(?:[A-Z][\w’'-]+\s+){{0,2}}([A-Z][\w’'-]+)", ctx.text[:offset]))):
            person = ctx.actors.person(named.group(1))
            if person is not None and person.kind == "official":
                return person
    owned_role = re.fullmatch(r"(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})[’']s?\s+(?P<role>(?:[a-z]+\s+){0,3}(?:minister|"
                              r"secretary|ambassador|envoy|attorney[\s-]general))", phrase)  # "South Sudan's information
    if owned_role is not None:  # minister": the "Information Minister" the text names, before or after
        from rightstrack.extract.press_states import resolve_state_name

        described = ctx.actors.described(owned_role.group("role")) if resolve_state_name(owned_role.group("state")) else None
        if described is not None:
            return described
    title_surname = _TITLE_SURNAME.fullmatch(phrase.strip())
    named_person = ctx.actors.person(title_surname.group("surname")) if title_surname else None
    if named_person is not None and named_person.kind == "official":  # "Minister Benítez-Harrington said": that person
        return named_person
    titled = ctx.actors.person(phrase) if re.match(r"(?i)the\s+(?:deputy\s+|vice\s+|senior\s+|foreign\s+|cabinet\s+|"
                                                  r"deputy\s+prime\s+|prime\s+)?(?:minister|"
                                                  r"secretary|ambassador|undersecretary|chair|president|envoy|"
                                                  r"provedora?|m[ée]diat(?:eur|or)|ombuds\w+|commissioner|speaker|people[’']s\s+advocate|"
                                                  r"public\s+defender|protector\s+of\s+citizens|defender\s+of\s+rights|"
                                                  r"(?:UN\s+)?(?:special\s+)?rapporteur|(?:UN\s+)?independent\s+expert|(?:deputy\s+)?chief\s+observer|"
                                                  r"deputy\s+high\s+commissioner)", phrase) else None
    if titled is not None and titled.kind == "official":  # "the Deputy Minister stressed": the one named before
        return titled
    if re.match(r"(?i)(?:the\s+)?(?:UN\s+)?(?:(?:special\s+)?rapporteur|independent\s+expert)$", phrase):
        mandate = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < offset
                        and m.actor.kind == "un_mechanism" and re.match(r"(?i)special rapporteur|independent expert",
                                                                        m.actor.name)), None)  # fmt: skip
        if mandate is not None:  # "The Special Rapporteur said ...", no holder named: the mandate
            return mandate
    if re.match(r"(?i)(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?High\s+Commissioner(?:\s+for\s+Human\s+Rights)?$", phrase):
        holder = ctx.actors.person("the high commissioner")  # "The High Commissioner said ...": the one
        return holder if holder is not None and holder.kind == "official" and "High Commissioner" in (
            holder.title or "") else ActorRef("UN High Commissioner for Human Rights", "un_mechanism")  # named, or the office
    if _UN_OFFICE.match(phrase):  # "the UN office said": the human rights office
        return ActorRef("Office of the High Commissioner for Human Rights", "un_mechanism")
    outlet = _OWNER_OUTLET.match(phrase)
    if outlet:
        return resolve_who(ctx, outlet.group(1), offset)
    if _ITS_RELEASE.match(phrase):  # "The corrected statement says that ...": whoever issued it
        issuer = ctx.issuer or _body_before(ctx, offset)
        if issuer is not None:
            return issuer
    if re.fullmatch(r"(?i)the\s+(?:constitutional|statutory|independent|state|oversight|national|rights|human\s+rights)\s+"
                    r"(?:body|institution|watchdog)", phrase):  # "the constitutional body said", after "The Commission on Human
        body = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < offset  # Rights
                     and m.actor.kind in ("nhri", "government_body", "ngo")), None)  # (CHR) closed the year": that body
        if body is not None:
            return body
    if _NGO_WORD.match(phrase):  # "the group's register": the NGO named last
        ngo = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)
                    if m.start < offset and m.actor.kind == "ngo"), None)  # fmt: skip
        if ngo is not None:
            return ngo
    body_word = _BODY_WORD.match(phrase)
    if body_word:
        named = None
        if offset < len(ctx.text):  # "Inspectors from the National Human Rights Commission of Mongolia visited
            s_start, s_end = ctx.sentence_at(offset)  # 12 centres, the Commission said": the body named earlier in
            at = ctx.text.rfind(phrase, s_start, s_end)  # the same sentence, before these words
            word = body_word.group(1).lower()
            same = [m for m in ctx.actors.within(s_start, at) if m.actor.kind not in ("state", "official", "media")
                    and word in m.actor.name.lower()] if at > s_start else []  # fmt: skip
            named = same[-1].actor if same else None
        named = named or ctx.actors.last_body(offset, body_word.group(1).lower())
        if named is None and offset < headline_end(ctx.text):  # "..., observatory says" in a headline:
            word = body_word.group(1).lower()  # the body the story names first
            named = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start) if m.start > offset
                          and m.actor.kind not in ("official", "state") and word in m.actor.name.lower()), None)
        if named is None:
            named = _described_as(ctx, offset, body_word.group(1).lower())
        if named is None and body_word.group(1).lower() == "agency":  # "the agency's field office": the UN agency
            named = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < offset  # named last
                          and m.actor.kind == "un_mechanism" and m.actor.name.isupper()), None)  # ("UNICEF", "UNHCR")
        if named is None and body_word.group(1).lower() == "party":  # "the party said": the party named last,
            named = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)  # whatever its
                          if m.start < offset and m.actor.kind == "political_party"), None)  # name's head word
        if named is not None:
            return named
    bare = re.sub(r"(?i)^the\s+", "", phrase)
    if len(bare.split()) >= 2 and bare[:1].isupper():  # "the Permanent Mission said": the body named
        for found in sorted(ctx.actors.mentions, key=lambda m: -m.start):  # before in full ("Permanent
            if found.start < offset and found.actor.kind not in ("state", "official") and (  # Mission of
                found.actor.name.startswith(bare + " ")):  # Cambodia to the United Nations Office")
                return found.actor
    member = re.search(r"(?:^|,\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s+(?:of|from)\s+(?:the\s+)?[A-Z]", phrase)
    person = next((m.actor for m in ctx.actors.mentions if member and m.actor.kind == "official"
                   and m.actor.name == member.group(1)), None)  # fmt: skip
    if person is not None:  # "(Speaking to X,) Name of the Tamil Families Forum": the person, not the body
        return person
    for found in ctx.actors.mentions:  # a body named in full: that actor, not one built from the words
        if found.actor.kind != "state" and found.actor.name in (bare, as_written):
            holder = next((m.actor for m in ctx.actors.mentions if m.start < offset and m.actor.kind == "official"
                           and bare.lower() in (m.actor.title or "").lower()), None)  # fmt: skip
            return holder or found.actor  # "The People's Advocate said", after "People's Advocate, Name": the holder
    by = _MADE_BY.search(phrase)
    if by:  # "a tally released by the Venezuelan mission in Geneva": whoever released it
        return resolve_who(ctx, re.sub(r"\s+in\s+[A-Z][\w’'-]+$", "", by.group(1)), offset)
    if _OPPOSITION.match(phrase):  # "the exiled opposition said": no one party named
        return ActorRef(re.sub(r"(?i)^the\s+", "", phrase), "political_party")
    if _INDEFINITE_BODY.match(phrase):  # "A Georgian rights group says ...", the lead; the group is named next
        _, lead_end = ctx.sentence_at(offset)
        named = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start)
                      if lead_end <= m.start < lead_end + 300 and m.actor.kind in ("ngo", "nhri")), None)  # fmt: skip
        if named is not None:
            return named
    if _GROUPS_OF_PEOPLE.match(phrase):  # "rights groups said": no one body, but not the ministry
        return ActorRef(re.sub(r"(?i)^the\s+", "", phrase), "ngo")
    body_of = _BODY_OF.match(phrase)
    if body_of:  # "the mission of Burundi said"
        from rightstrack.extract.press_states import resolve_state_name

        state = resolve_state_name(body_of.group("who"))
        if state is not None:
            label = {"mission": "Permanent Mission", "ministry": "Ministry", "mfa": "MFA"}.get(
                body_of.group("body").lower(), body_of.group("body").title()
            )  # "the MFA of the Republic of Armenia": the foreign ministry, by its initials
            return _named_in_full(ctx, label, state) or ActorRef(f"{label} of {state.name}", "government_body", iso3=state.iso3)
    ministry = _MINISTRY_OF.match(phrase)
    if ministry:  # "the ministry of justice said"
        name = f"Ministry of {ministry.group('of').strip().title()}"
        state = ctx.state
        if state is not None:
            name = f"{name} of {state.name}"
        return ActorRef(name, "government_body", iso3=state.iso3 if state else None)
    unnamed = _UNNAMED_BODY.match(phrase)
    if unnamed and not unnamed.group("who") and not unnamed.group("adj") and ctx.author is not None \
            and ctx.author.name.lower().startswith(unnamed.group("body").lower()):
        return ctx.author  # "The Ministry recalls that ..." in the Ministry's own release: the Ministry writing
    if unnamed:
        return ctx.actors.last_body(offset, unnamed.group("body").lower()) or _unnamed_body(
            ctx, unnamed
        )
    country_named = _body_named_for_its_country(phrase)
    if country_named is not None:  # "according to Statistics South Africa": the agency, not the State
        return country_named
    for found in ctx.actors.mentions:
        if found.actor.name == phrase or re.search(rf"\b{re.escape(found.actor.name)}\b", phrase):
            return found.actor
    head = re.fullmatch(r"(?:[Tt]he\s+)?((?-i:[A-Z])[\w’'-]{3,})", phrase) if ctx.actors.person(phrase) is None else None
    heads = {f.actor for f in ctx.actors.mentions if head and f.actor.kind in ("nhri", "ngo", "government_body")
             and f.actor.name.split()[0] == head.group(1) and len(f.actor.name.split()) > 1}
    if len(heads) == 1:  # "the Defensoría said", after "Defensoría del Pueblo": the body its first word names
        return next(iter(heads))
    for token in reversed(re.findall(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b", phrase)):  # "Minister Ramcharitar-Vogel"
        person = ctx.actors.person(token)
        if person is not None:
            return person
    described = _described_body(ctx, phrase)
    if described is not None:  # "Kenya's national human rights commission said": the body so named
        return described
    whole = re.fullmatch(rf"[Tt]he\s+((?:{_NAME_WORD}\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){{1,5}}{_NAME_WORD})", phrase)
    if whole and ctx.actors.person(phrase) is None and re.match(
            r"(?:Supervisor\s+of\s+Elections|Registrar[\s-]General|Auditor[\s-]General|Controller[\s-]General|Electoral\s+Commissioner)$",
            whole.group(1)):  # fmt: skip
        return ActorRef(whole.group(1), "government_body")  # "the Supervisor of Elections said", no holder named: the office
    if whole and (ctx.actors.person(phrase) is not None or holds_title(whole.group(1))):
        whole = None  # "The People's Advocate said", "The Attorney General told": a title, its holder
    if whole:  # "The Kampala Legal Aid Circle said": "the" and capitalised words name a body, not a person
        kind = org_kind(whole.group(1))
        return ActorRef(whole.group(1), "ngo" if kind == "government_body" and not names_state_body(whole.group(1))
                        else kind)  # fmt: skip
    named = re.search(rf"(?:^|\s)((?:[a-z]+\s+)*)({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})$", phrase)
    connector = named is not None and named.group(1).strip() in ("for", "of", "on", "and", "de", "del", "des")
    holder = ctx.actors.person(phrase) if named and named.group(1).strip() == "the" and holds_title(named.group(2)) else None
    if holder is not None:  # "by the Attorney General": the holder of that title the text names
        return holder
    if named and not connector and not set(named.group(2).split()) & _NOT_PERSON:  # not "Union for Civil Liberty"
        from rightstrack.extract.press_states import resolve_state_name

        if resolve_state_name(named.group(2)) is None:  # a bare name: "Opposition leader Meera Pillai"
            title = named.group(1).strip() or None
            return ActorRef(named.group(2), "official", title=title)
    return ctx.actors.person(phrase) or _full_name_before(ctx, phrase, offset)


# "the Commission's chairperson", "the Observatory's director": a body's office holder
_OWNED_TITLE = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})[’']s\s+(?P<role>chair(?:person|man|woman)?|"
                          r"president|(?:executive\s+)?director|head|coordinator|secretary[\s-]general)")


def _title_holder(ctx: PressContext, owner: str, role: str) -> ActorRef | None:
    """The one person the text titles with `role` ("Chairperson Name", "its director, Name") where the body `owner`
    points to is theirs or no other holder of that role is named; None when none or several."""
    head = owner.split()[-1].lower()
    holders = [p for p in ctx.actors.persons if re.search(rf"(?i)\b{role}\b", p.title or "")
               and (not p.body or head in p.body.lower() or head in (p.title or "").lower())]  # fmt: skip
    if len(holders) > 1:
        holders = [p for p in holders if head in (p.body or "").lower() or head in (p.title or "").lower()]
    return holders[0] if len(holders) == 1 else None


def _full_name_before(ctx: PressContext, surname: str, offset: int) -> ActorRef | None:
    """A surname alone ("Reyes-Amoako said") names the person introduced with it in full earlier
    ("Claudia Reyes-Amoako, who led the delegation"), even when no title came with the full name."""
    if not re.fullmatch(r"(?:(?:al|el|van|de)[-\s])?[A-Z][\w’'-]+", surname) or surname in _NOT_PERSON:
        return None
    from rightstrack.extract.press_states import resolve_state_name

    if resolve_state_name(surname) is not None:
        return None
    for full in re.finditer(rf"\b((?:[A-Z][\w’'.-]+\s+){{1,2}}){re.escape(surname)}\b", ctx.text[:offset]):
        first = full.group(1).split()
        rank = first[0] if first[0] in _RANKS else None  # "Inspector Zulkifli Name": the rank is his title
        if first[0].rstrip(".") in _HONORIFICS or rank:
            first = first[1:]  # "Mr Name" names no one in full
        if first and not set(first) & _NOT_PERSON and resolve_state_name(first[0]) is None:
            return ActorRef(" ".join([*first, surname]), "official", title=rank)
    return None


_HONORIFICS = {"Mr", "Ms", "Mrs", "Dr", "Prof", "Mme", "Hon", "Sir", "Dame"}
_RANKS = {"Inspector", "Superintendent", "Sergeant", "Constable", "Captain", "Colonel", "Major", "Lieutenant", "Corporal",
          "Commander", "Brigadier"}


def _body_speaking_before(ctx: PressContext, offset: int) -> ActorRef | None:
    """What "it said" stands for when the sentence before was a body speaking ("The network said it
    had sent its findings to the Inter-American Commission. It said 41 members ...": the network, not
    the commission named last)."""
    s_start, _ = ctx.sentence_at(min(offset, len(ctx.text) - 1))
    before = [(a, b) for a, b in ctx.sentences if b <= s_start]
    if not before:
        return None
    speaker, _ = attribution(ctx, *before[-1])
    if speaker is not None and (speaker.kind in SPEAKING_BODIES or (  # "the mission said ... . It said it had
            speaker.kind == "un_mechanism" and not _FORUM_BODY.search(speaker.name))):  # documented 23 killings"
        return speaker
    return None


# UN bodies that are the place where others speak, so "it said" after them is rarely theirs
_FORUM_BODY = re.compile(r"\b(?:Council|General\s+Assembly|Working\s+Group\s+on\s+the\s+Universal)\b")


def _body_opening_before(ctx: PressContext, offset: int) -> ActorRef | None:
    """ "The ministry rejected the figures. It said ...": the body that opens the sentence before, when
    that sentence names it by a common noun (so no mention marks it)."""
    s_start, _ = ctx.sentence_at(min(offset, len(ctx.text) - 1))
    before = [(a, b) for a, b in ctx.sentences if b <= s_start]
    opening = _BODY_OPENING.match(ctx.text, *before[-1]) if before else None
    if opening is None or ctx.actors.within(before[-1][0], before[-1][0] + opening.end(1) - before[-1][0] + 1):
        return None
    return resolve_who(ctx, opening.group(1), before[-1][0])


def _named_body_speaking_before(ctx: PressContext, offset: int) -> ActorRef | None:
    """ "The NGO Harbour Light Collective said it was disappointed ... . It said 2,180 people ...": the
    body a described name opens the sentence before with, when that sentence reports its words."""
    s_start, _ = ctx.sentence_at(min(offset, len(ctx.text) - 1))
    before = [(a, b) for a, b in ctx.sentences if b <= s_start]
    if not before or not _SAID.search(ctx.text, *before[-1]) or not _NAMED_BY_DESCRIPTION.match(ctx.text, before[-1][0]):
        return None
    speaker, _ = attribution(ctx, *before[-1])
    return speaker if speaker is not None and speaker.kind in SPEAKING_BODIES else None


# "The NGO X", "The support network X": a sentence that opens with what a body is, then its name
_NAMED_BY_DESCRIPTION = re.compile(r"\s*[Tt]he(?:\s+(?:[a-z][\w-]*|NGOs?)){1,3}\s+[A-Z]")


def _body_before(ctx: PressContext, offset: int) -> ActorRef | None:
    """What "it" / "they" stands for: the body that opens the nearest sentence before `offset`
    ("Sri Lanka's foreign ministry rejected ... . Of the 45, it said, ..."), else the last one named."""
    found = [m for m in ctx.actors.mentions if m.start < offset
             and m.actor.kind in ("government_body", "ngo", "nhri", "political_party")]  # fmt: skip
    if found:
        return max(found, key=lambda m: m.start).actor
    for start, end in reversed(ctx.sentences):
        opening = _BODY_OPENING.match(ctx.text, start, end) if start < offset else None
        who = resolve_who(ctx, opening.group(1), start) if opening else None
        if who is not None:
            return who
    return None


def _unnamed_body(ctx: PressContext, match: re.Match[str]) -> ActorRef | None:
    """An actor for "the Cambodian mission", "Belarus's foreign ministry", "the government".

    The State is the one named in the phrase, else the one the article is about; without either
    there is nobody to name.
    """
    from rightstrack.extract.press_states import resolve_state_name

    who = match.group("who") or ""
    state = resolve_state_name(who) if who and who.lower() not in ("country", "its") else None
    if state is None and who.islower() and who not in ("country", "its", "the") and match.group("body").lower() == "ministry":
        return ActorRef(f"{who.title()} Ministry", "government_body")  # "the unification ministry": its portfolio
    state = state or ctx.state
    if state is None:
        return None
    body = match.group("body").lower()
    adj = (match.group("adj") or "").lower()
    if body == "ministry":
        name = f"Ministry of {_MINISTRY.get(adj, adj.title())}" if adj else "Ministry"
        return _named_in_full(ctx, name, state) or ActorRef(f"{name} of {state.name}", "government_body", iso3=state.iso3)
    if body == "chancellery":  # "the Chancellery said": the foreign ministry, by its Latin American name
        return ActorRef("Chancellery", "government_body", iso3=state.iso3)
    label = {"mission": "Permanent Mission", "government": "Government", "embassy": "Embassy",
             "delegation": "Delegation"}[body]  # fmt: skip
    written = re.sub(r"(?i)^(?:the|its)\s+", "", match.group(0).strip())  # "the Eritrean delegation": as the
    short = written if who[:1].isupper() and not re.search(r"[’']s?$", who) and " " in written \
        and resolve_state_name(who) is not None else None  # text names it (not "Later the mission")
    return _named_in_full(ctx, label, state) or ActorRef(f"{label} of {state.name}", "government_body", iso3=state.iso3,
                                                        short=short)


_RETRACTED = re.compile(
    r"(?i)\b(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|item)\b|"
    # "An earlier flash said twenty-six delegations were supportive": a wire's withdrawn item
    r"\b(?:an?\s+|the\s+|our\s+)?(?:earlier|previous|first)\s+(?:flash|alert|dispatch|bulletin|item|story)\s+"
    r"(?:said|stated|reported|gave|carried)\b|"
    r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave)\b|"
    # a wire's correction note: "(Corrects total number of delegations in first paragraph to 47 from 49)"
    r"^\s*\(?\s*(?:Corrects|Correcting|Updates)\b[^)\n]{0,200}?\bfrom\s+\d|"
    # "In a first communiqué issued on Tuesday, the ministry had said that 96 ...": a superseded version
    r"\b(?:first|initial|original|earlier)\s+(?:communiqu[eé]|statement|version|release|announcement)\b"
    r"[^.]{0,200}?\bhad\s+(?:said|stated|reported|announced|given|put)\b|"
    r"\bhad\s+(?:said|stated|reported|announced|given|put)\b[^.]{0,200}?\b(?:first|initial|original|earlier)\s+"
    r"(?:communiqu[eé]|statement|version|release|announcement)\b"
)


def headline_end(text: str) -> int:
    """Where a first line that is a headline (no full stop, more lines after it) ends; 0 when none."""
    first_line = text.split("\n", 1)[0]
    return len(first_line) if "\n" in text and not first_line.rstrip().endswith(".") else 0


# The lead's own source: "Monitors ... found cells without heating ..., the Commissioner's office said on Tuesday."
_LEAD_SAID = re.compile(r",\s+(?P<who>(?:the\s+)?[^,.;“”\"]{3,80}?)\s+(?:said|says|reported|announced)(?:\s+on\s+[A-Z][a-z]+day|"
                        r"\s+(?:yesterday|today)|\s+in\s+a\s+(?:[\w-]+\s+)?(?:statement|report|release))?\s*\.\s*$")


def lead_source(ctx: PressContext) -> ActorRef | None:
    """The institution the article's first sentence cites for what it reports, whose findings the
    article goes on to give: figures with no speaker of their own are its."""
    said = lead_said(ctx)
    return said[0] if said else None


def lead_said(ctx: PressContext) -> tuple[ActorRef, int, int] | None:
    """`lead_source` with where its "said on Tuesday" lies."""
    end = headline_end(ctx.text)
    first = next(((a, b) for a, b in ctx.sentences if a >= end and len(ctx.text[a:b]) > 80), None)
    said = _LEAD_SAID.search(ctx.text, *first) if first else None
    who = resolve_who(ctx, said.group("who"), first[0]) if said and first else None
    office = re.fullmatch(r"(?i)(?:the\s+)?(\w+)[’']s\s+office", said.group("who")) if said else None
    if office:  # "the Commissioner's office": the institution the text names with that word
        named = [m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start) if m.actor.kind in ("nhri", "government_body")
                 and re.search(rf"\b{re.escape(office.group(1))}\b", m.actor.name) and m.actor.name != who.name] if who else []
        who = named[0] if named else who
    if who is None or who.kind not in ("nhri", "government_body", "ngo", "un_mechanism") or said is None:
        return None
    return who, said.end("who"), said.end()


def retracted(sentence: str) -> bool:
    """A correction's sentence about what the article wrongly said earlier: its figures are withdrawn."""
    return bool(_RETRACTED.search(sentence))


def attribution(ctx: PressContext, start: int, end: int) -> tuple[ActorRef | None, str | None]:
    """Who says the sentence [start, end) and the source the press cites for it (asked once per
    sentence: every figure of a sentence asks again)."""
    key = (start, end, ctx.issuer)
    if key not in ctx.said_by:
        interviewee = answered_by(ctx, start)
        line_start = ctx.text.rfind("\n", 0, start) + 1
        cited = _HEARING_LABEL.match(ctx.text, line_start) and _BODY_COUNTED.search(ctx.text, start, end)  # "Tuan Name
        if interviewee is not None and not cited and _BODY_COUNTS.search(ctx.text, start, end):  # "ANCHOR: The Defensoría
            counter, _ = _attribution(ctx, start, end)  # del Pueblo counts 194 conflicts": the body's count, which the speaker
            cited = counter is not None and counter.kind not in ("official", "state") and (  # cites; "RAI-ERIKSEN: The NHRC
                counter.name.lower() not in (interviewee.title or "").lower())  # registered 1,240": hers
        if interviewee is not None and not _REPORTS_OTHERS.search(ctx.text, start, end) and not cited:  # [Bayan Baru]:
            # ... SUHAKAM recorded 19 deaths": a member's question cites the body's count
            ctx.said_by[key] = (interviewee, None)  # "A: Our files hold 1,140 names": the one interviewed
        else:  # "A: According to the ministry, 16 of the 43 ...": the ministry, as the answer reports it
            who, source = _attribution(ctx, start, end)
            ctx.said_by[key] = (who or interviewee, source)
    return ctx.said_by[key]


_BODY_COUNTS = re.compile(r"(?:^|[:.]\s+|\b(?:Today|Now|So\s+far|This\s+year),?\s+)[Tt]he\s+(?:[A-Z][\w’'-]*\s+(?:(?:of|de|del|los|las|for|on|the|and)\s+)*)*"
                          r"[A-Z][\w’'-]*\s+(?:counts|has\s+(?:recorded|documented|registered|counted|listed)|recorded|documented|"
                          r"registered|lists|estimates)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|about\s+|nearly\s+)?\d")
_BODY_COUNTED = re.compile(r"(?<=[A-Z][A-Za-z]{2}\s)(?:recorded|documented|registered|counted)\b")
# A sentence that reports what someone else said, not the speaker's own words
_REPORTS_OTHERS = re.compile(
    r"(?i)\baccording\s+to\b|(?<!\bI\s)(?<!\bwe\s)\b(?:said|says|told|stated|claimed|claims|announced|reported|wrote|writes|"
    r"insisted|argued|declared|(?<=report\s)(?:states|shows|finds|records)|(?<=report\s)of\s+the\s+[^.]{3,80}?\s+states)\b"
)  # ("The annual report of the Commission (X) states that 12 of these deaths ...": the report's figure, not the member's)


def outlet_writing(ctx: PressContext) -> ActorRef | None:
    """Who "we", "our count", "this newspaper" are: the document's own author, else the first
    news outlet it names (the one in its dateline)."""
    return ctx.author or next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start)
                               if m.actor.kind == "media"), None)  # fmt: skip


# "A: Hon " before an answering minister's name; "Senator Name (Party, State):" opening a hearing's line
_ANSWER_PREFIX = re.compile(r"[^\S\n]*A\s*[:.–-]\s+(?:(?:Hon|Dr|Mr|Ms|Mrs|Senator|Sen)\.?\s+)?")
_HEARING_LABEL = re.compile(r"[^\S\n]*(?:(?:Senator|Sen\.|Hon\.?|Representative|Rep\.|Deputy|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Tuan|Puan|"
                            r"Datuk(?:[^\S\n]+Seri)?|Dato[’']?(?:[^\S\n]+Sri)?|Tan[^\S\n]+Sri)[^\S\n]+"
                            r"(?P<name>[A-Z][^\n(:\[]{1,60}?)[^\S\n]*(?:\([^()\n]{2,80}\)|\[[^\[\]\n]{2,60}\])?"
                            r"(?:[^\S\n]+(?:replied|answered|responded))?|"  # ("Hon Name (Minister of Justice) replied:", "Tuan
                            # Name [Petaling Jaya]:"); "The Minister in the Prime Minister's Department (...) [Datuk Seri Name]:"
                            r"The[^\S\n]+[A-Z][^\n\[:]{3,160}?\[(?:(?:Datuk|Dato[’']?|Tan|Tun|Dr|Hon)\.?[^\S\n]+(?:(?:Seri|Sri)[^\S\n]+)?)?"
                            r"(?P<name2>[A-Z][^\n\]:]{1,60}?)\])[^\S\n]*:")
_HEARING_LINE = re.compile(r"(?m)^" + _HEARING_LABEL.pattern)


def answered_by(ctx: PressContext, start: int) -> ActorRef | None:
    """Who speaks the line the sentence at `start` is on, in an interview ("A: ...": the one
    interviewed) or a transcript ("OKONKWO-SANDVIK: ...": the person of that name)."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if re.match(r"[^\S\n]*A\s*[:.–-]\s", ctx.text[line_start : line_start + 6]):
        named = [f for f in ctx.actors.within(line_start, line_start + 40) if f.actor.kind == "official"
                 and _ANSWER_PREFIX.fullmatch(ctx.text, line_start, f.start)]  # fmt: skip
        return named[0].actor if named else _interviewee(ctx)  # "A: Hon Name (Minister of Justice): ...": that person
    hearing = _HEARING_LABEL.match(ctx.text[line_start : max(start + 1, min(line_start + 200, len(ctx.text)))])  # (a sentence
    # may open with the label itself: "Hon NAME (Minister ...): About 90 delegations ...")
    if hearing:  # "Senator Fairweather-Ngata: Because it is accurate.": the labelled member (a member the text names no
        return _hearing_member(ctx, hearing.group("name") or hearing.group("name2"))  # further, "Mr K P Name (DA):", speaks for none
    label = _SPEAKER_LABEL.match(ctx.text, line_start, start + 1)
    line_end = ctx.text.find("\n", line_start)
    named_label = _NAME_LABEL.match(ctx.text, line_start, line_end if line_end > start else len(ctx.text)) \
        if label is None and _transcript(ctx) else None  # fmt: skip
    person = _labelled_person(ctx, named_label.group("label")) if named_label else None
    if person is not None:  # a briefing's transcript: "Lin Haoran: ...", "Official Spokesperson: ..."
        return person
    if label is None:  # a paragraph that goes on from the last labelled one ("Of the 45 countries ...")
        if ctx.labels is None:  # found once per article: this is asked for every sentence
            ctx.labels = sorted([*_LABEL_LINE.finditer(ctx.text), *(m for m in _NAME_LABEL_LINE.finditer(ctx.text)
                                                                    if _transcript(ctx) and _labelled_person(ctx, m.group("label"))),
                                 *_HEARING_LINE.finditer(ctx.text)],
                                key=lambda m: m.start())  # fmt: skip
        before = [m for m in ctx.labels if m.start() < line_start]
        label = before[-1] if before else None
        if label is None or re.search(r"(?m)^[^\S\n]*(?:Q|A|Question|Answer)\s*(?:\([^()\n]*\))?\s*[:.–-]\s",
                                      ctx.text[label.start() : line_start]):
            return None  # (an interviewer's question came in between)
        if label.re is _NAME_LABEL_LINE:
            return _labelled_person(ctx, label.group("label"))
        if label.re is _HEARING_LINE:  # a member's turn goes on: that member, if the text names them
            return _hearing_member(ctx, label.group("name") or label.group("name2"))
    # "ANCHOR (Name):" names the person in brackets; "HON. NAME (Minister of ...):" before them
    for name in (label.group("paren"), label.group("label")):
        person = _person_by_words(ctx, name or "")
        if person is not None:
            return person
    return None


def _hearing_member(ctx: PressContext, name: str) -> ActorRef | None:
    """The person a hearing's or record's label names ("Senator Name", "Hon ELEANOR NAME"), by surname in any case."""
    return ctx.actors.person(name.split()[-1]) or _person_by_words(ctx, name)


def _person_by_words(ctx: PressContext, name: str) -> ActorRef | None:
    """The titled person who shares a word of four letters or more with a label, in any case ("OKONKWO-SANDVIK")."""
    words = {w.upper() for w in name.split() if len(w) > 3}
    return next((p for p in ctx.actors.persons if words & {w.upper() for w in p.name.split()}), None)


def _transcript(ctx: PressContext) -> bool:
    """A briefing's transcript: two or more lines after the first open with a speaker's label ("Lin Haoran: ...",
    "Question (Name, Outlet): ..."), not a headline "Ombudsman: Housing tops complaints list"."""
    if ctx.transcript is None:  # (asked for every sentence: found once)
        labels = re.findall(r"(?m)^[^\S\n]*(?:Question|Q|Answer|A)\b[^:\n]{0,80}:[^\S\n]|^" + _NAME_LABEL.pattern, ctx.text)
        first = ctx.text.split("\n", 1)[0]
        ctx.transcript = len(labels) - bool(_NAME_LABEL.match(first)) >= 2
    return ctx.transcript


def _labelled_person(ctx: PressContext, label: str) -> ActorRef | None:
    """The person a title-case label names: by a word of the name ("Lin Haoran"), or by the whole title the text gave
    one person ("Official Spokesperson"); None for any other label ("Note", "Question (Name, Outlet)")."""
    words = {w.upper() for w in re.split(r"[\s,]+", label) if len(w) > 3}
    by_name = [p for p in ctx.actors.persons if p.kind == "official" and words & {w.upper() for w in p.name.split()}]
    if len({p.name for p in by_name}) == 1:
        return by_name[0]
    by_title = [p for p in ctx.actors.persons if p.kind == "official" and p.title
                and {w.upper() for w in p.title.split() if len(w) > 3} == words]  # fmt: skip
    return by_title[0] if len({p.name for p in by_title}) == 1 else None


# "Lin Haoran: We have taken note ...", "Official Spokesperson, Shri Name: Good afternoon.": a briefing's labels
_NAME_LABEL = re.compile(r"[^\S\n]*(?P<label>[A-Z][\w’'.-]+(?:,?[^\S\n]+[A-Z][\w’'.-]+){0,6})[^\S\n]*(?:\([^()\n]{2,80}\)[^\S\n]*)?:[^\S\n]")
_NAME_LABEL_LINE = re.compile(r"(?m)^" + _NAME_LABEL.pattern)


# "OKONKWO-SANDVIK: Good morning.", "ANCHOR (Jonas Whitaker): ...": a transcript's speaker labels
# (also "The DEPUTY MINISTER OF ... (Ms N T Name):" and "The Minister for the Middle East (Daniel Name):", a record's labels)
_SPEAKER_LABEL = re.compile(r"[^\S\n]*(?:The[^\S\n]+)?(?P<label>[A-Z][A-Z’'.-]+(?:[^\S\n][A-Z][A-Z’'.-]+){0,8}|"
                            r"(?:Deputy[^\S\n]+|Assistant[^\S\n]+)?(?:Minister|Secretary|Attorney-General)\b[^()\n:]{0,100}?(?=[^\S\n]*\())"
                            r"[^\S\n]*(?:\((?P<paren>[^()\n]{3,60})\))?[^\S\n]*:[^\S\n]")
_LABEL_LINE = re.compile(r"(?m)^" + _SPEAKER_LABEL.pattern)  # the same label, anywhere at a line start


_TALLY_SHOWS = re.compile(r"(?i)\b(?:a|the|an)\s+(?:tally|count|analysis|survey|review|reckoning)\s+(?:by|of)\s+"
                          r"(?P<who>(?:the\s+|this\s+|our\s+)?[^,;.“”\"]{2,60}?)\s+(?:shows|showed|found|finds|indicates|"
                          r"indicated|suggests)\b|"
                          # "..., a Meridian Wire tally showed", "A Lakeside Courier tally of the afternoon:": the name before
                          r"\b(?:(?:a|an)\s+(?P<who2>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}))|"
                          # "Radio Meridian's tally of the speakers' list shows": the outlet's own count
                          r"(?P<who3>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))[’']s)\s+(?:own\s+)?(?:tally|count)\b"
                          r"(?=\s+(?:shows|showed|found|finds|of\s+the\b|puts|put)|\s*:)")
# "the Special Rapporteur's estimate that at least 10,000 people ...": whose estimate it is
_POSSESSIVE_CLAIM = re.compile(r"\b((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|on\s+|for\s+|the\s+)*[A-Z][\w’'-]*){0,8}?)(?:’s|'s)\s+"
                               r"(?:(?:latest|own|new|conservative)\s+)?(?:estimate|figures?|count|claim|finding|assessment|"
                               r"calculation)\s+that\b")
# "The delegation was told by the Federal Penitentiary Service that its facilities held 11,900": who told it
_TOLD_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:told|informed)\s+by\s+((?:the\s+)?[A-Z][^,;.“”\"]{2,80}?)\s+that\b")
_CLAIM_BY = re.compile(r"\b(?:the|a|an)\s+(?:claim|assertion|contention|figures?|count|tally)\s+(?:made\s+)?(?:by|of|from)\s+"
                       r"((?:the\s+)?[A-Z][^,;.“”\"]{2,80}?)\s+that\b")
# A study and its maker: "A survey of 1,204 adults released on Tuesday by the Centre ... found that", "In the
# centre's previous survey, ...", and the people it asked ("of those questioned", "of respondents")
_STUDY_WORD = r"(?:survey|poll|opinion\s+poll|study|census|questionnaire|module)"
_STUDY_BY = re.compile(
    rf"(?i)\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_STUDY_WORD}|report|tracker|assessment)\s+(?:results\s+)?(?:[^.;“”]{{0,120}}?\b(?:released|published|"
    r"conducted|carried\s+out|commissioned|compiled|produced|launched|presented)\b[^.;“”]{0,60}?\s)?by\s+"
    r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;.“”]{2,120}?|the\s+(?:group|organi[sz]ation|network|coalition|commission|institute|centre|"
    r"union|association|monitor|observatory|ministry|office|agency))(?=\s*,|\s+(?:found|finds|shows?|showed|suggests?|suggested|revealed|"
    r"concluded|indicates?|indicated)\b)"
)
_POSSESSIVE_STUDY = re.compile(rf"(?i)\s*(?:(?:in|according\s+to)\s+)?(?P<who>(?:the|its)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,4}}?)(?:’s|'s)\s+"
                               rf"(?:[\w-]+\s+){{0,2}}(?:{_STUDY_WORD}|tracker)\b")
_OF_RESPONDENTS = re.compile(r"(?i)\bof\s+(?:those\s+(?:questioned|surveyed|polled|interviewed|asked|sampled)|(?:all\s+|the\s+)?respondents|"
                             r"(?:the\s+)?(?:people|adults|parents|women|men|voters)\s+(?:questioned|surveyed|polled|interviewed))\b|"
                             # "Overall, 7.9 per cent reported unfair treatment": a share of those asked, answering
                             r"(?:per\s*cent|percent|%)\s+(?:said|reported|answered|agreed|cited|told)\b")


_ITS_STUDY = re.compile(rf"(?i)\s*(?:in|according\s+to)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_STUDY_WORD}\s+"
                        r"(?:of|among)\s+(?:its|their)\b")


# "The report found that ...", "The agency's survey on safety reached 14,620 respondents": a study
# named as the subject, made by the body an earlier sentence says published it
_REPORT_WORD = rf"(?:{_STUDY_WORD}|report|analysis|index)"
# A civil society group's own finding, the group named by what it is: "The coalition's submission documents 219 ...",
# "In its shadow submission, the coalition listed 204 people ..."
_GROUP_FINDS = re.compile(r"(?i)\s*(?:In\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:submission|report)\s*,\s*|"
                          r"(?:In|During|Throughout|Over|Since)\s+(?:the\s+whole\s+of\s+)?[^,.;]{2,30},\s*)?"  # ("In the whole of 2034,
                          r"(?P<who>the\s+(?:coalition|network|alliance|platform|collective|group|forum|consortium|mission|"
                          r"observatory|monitor))"  # the Mission verified that 2,377 ...")
                          r"(?:[’']s\s+(?:[\w-]+\s+){0,2}(?:submission|report|analysis|count))?\s+(?:also\s+|has\s+|had\s+)?"
                          r"(?:documents|documented|lists|listed|records|recorded|counts|counted|found|finds|identified|identifies|"
                          r"verified|verifies)\b")
_STUDY_OPENS = re.compile(rf"(?i)\s*(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_REPORT_WORD}\b"
                          r"(?![’']s)[^.;“”]{0,80}?\b(?:found|finds|covered|covers|showed|shows|reached|recorded|records|"
                          r"estimated|estimates|concluded|counted|documented|classifies|classified)\b|"
                          # "The report, based on interviews with 311 detainees, says that ...": not "The group's report
                          # says", which names its maker
                          rf"\s*(?:the|this|that|its|their)\s+(?:(?![\w-]+[’']s\b)[\w’'-]+\s+){{0,3}}?{_REPORT_WORD}\b"
                          r"(?![’']s)[^.;“”]{0,80}?\b(?:says|said|states|stated)\b|"
                          # "The review, released last week, says that of the 46 speakers ...": a body's published review
                          r"\s*(?P<review>[Tt]he\s+review),\s+(?:released|published|issued)\b[^.;“”]{0,60}?\b(?:says|said|states|stated)\b")


def _survey_maker(ctx: PressContext, offset: int, word: str = _STUDY_WORD, people: bool = False) -> ActorRef | None:
    """The body that made the survey (or the report: `word`) an earlier sentence of the article names;
    with `people`, where no body is named, the official that sentence says presented it."""
    kinds = ("ngo", "nhri", "government_body", "media") + (("un_mechanism",) if word != _STUDY_WORD else ())
    for s_start, s_end in reversed([(a, b) for a, b in ctx.sentences if b <= offset]):
        sentence = ctx.text[s_start:s_end]
        if not re.search(rf"(?i)\b{word}\b", sentence):
            continue
        study = _STUDY_BY.search(sentence) or _POSSESSIVE_STUDY.match(sentence)
        who = resolve_who(ctx, study.group("who"), s_start) if study else None
        if who is None:
            bodies = [f.actor for f in ctx.actors.within(s_start, s_end) if f.actor.kind in kinds
                      and not is_legislature(f.actor.name)]  # the report was laid before Parliament, not made by it
            who = bodies[0] if bodies else None
        if who is None and people and re.search(r"(?i)\b(?:presented|published|released|issued|submitted|launched|"
                                                              r"tabled)\s+(?:a|an|the|its|his|her|their)\b", sentence):
            people = [f.actor for f in ctx.actors.within(s_start, s_end) if f.actor.kind == "official"]
            who = people[0] if people else None  # "Georgia's Public Defender, Name, presented a special report": hers
        if who is not None:
            return who
    return None


_ITS_COUNT = re.compile(r"(?i)\s*(?:in|by|according\s+to)\s+(?:its|their)\s+(?:own\s+)?(?:count|tally|figures|"
                        r"reckoning|calculation|numbers|reading|analysis)\b|"
                        # "Its count gives 50 supportive statements and 48 that raised concerns": the body named before
                        r"\s*(?-i:Its|Their)\s+(?:own\s+)?(?:count|tally|reading|analysis|figures)\s+(?:gives|gave|shows|showed|puts|put|"
                        r"finds|found|records|recorded|lists|listed)\b|"
                        # "Its monitors counted 58 supportive and 46 critical statements": the body named before
                        r"\s*(?-i:Its|Their)\s+(?:own\s+)?(?:monitors|researchers|volunteers|staff|observers|analysts|team|lawyers)"
                        r"(?:\s*,[^,.;]{3,80},)?\s+(?:counted|tallied|found|classed|placed|recorded|listed)\b|"  # ("Its staff, who followed
                        # the webcast, found that 29 delegations ...")
                        # "In a count released on Friday, it found 25 delegations critical": the body named before
                        r"\s*In\s+a\s+(?:new\s+|separate\s+|rival\s+|second\s+)?(?:count|tally|reading)\s+(?:released|published|"
                        r"posted|issued|put\s+out|circulated)\b[^,.;]{0,40},\s+(?:it|they)\s+(?:found|counted|put|placed|listed)\b|"
                        # "... put out its own reading of the same 45 statements. It placed 26 of them in the critical column"
                        r"\s*(?-i:It|They)\s+(?:placed|put|classified|classed|rated|listed|scored|marked|found|counted)\s+(?:\w+[-–]?)+\s+"
                        r"(?:of\s+them|of\s+the\s+(?:\w+\s+)?(?:statements|delegations|speakers|interventions)|as|delegations|statements|"
                        r"speakers|States|countries)\b")  # ("It put 27 delegations in the
    # critical column", "It found 22 delegations that had raised accountability")
# "had published its own summary: 26 of the 34 ...": the body's own figures, set out after the colon
_PUBLISHED_OWN = re.compile(r"\b(?:had\s+|has\s+)?(?:published|released|issued|circulated|put\s+out|posted)\s+(?:its|their)\s+(?:own\s+)?"
                            r"(?:summary|count|tally|reading|figures|breakdown|analysis)\s*:")
# A group that read every statement for itself and classed them
_READ_ALL = re.compile(r"(?i)\b(?:went\s+through|listened\s+to|combed\s+through|reviewed|examined|analy[sz]ed|studied|coded)\s+"
                       r"(?:all\s+|each\s+of\s+|every\s+one\s+of\s+)?the\s+(?:same\s+)?(?:\d+|[a-z-]+)\s+(?:statements|speeches|"
                       r"interventions|delegations)\b(?=[^.;]{0,40}?\b(?:and|then)\s+(?:placed|put|classed|classified|counted|"
                       r"found|listed|sorted)\b)")
_DATA_FROM = re.compile(
    r"\s*(?:(?:provisional|preliminary|official|final|partial)\s+)?(?:data|figures|statistics|records|results)\s+"
    r"(?:from|of|published\s+by|released\s+by|compiled\s+by|announced\s+by)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;.]{2,80}?)\s+(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|give|gives|gave|put|puts)\b",
    re.IGNORECASE,
)


_PUBLISHED_BY = re.compile(
    r"(?i)\b(?:figures|data|statistics|numbers|estimates)\s+(?:published|released|compiled|issued|gathered)\s+by\s+"
    r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;.“”]{1,60}?),?\s+(?:which|that)\s+(?:recorded|counted|documented|reported|registered|"
    r"showed|shows|put|puts)\b|"
    # "according to figures compiled by the United Nations Integrated Office in Haiti, at least 1,870 ...",
    # "According to figures from the Office of the High Commissioner cited in the report, 5,612 ...": the figures' maker
    r"\baccording\s+to\s+(?:the\s+)?(?:latest\s+|official\s+|new\s+)?(?:figures|data|statistics|numbers|estimates)\s+"
    r"(?:compiled\s+by|from|of|published\s+by|released\s+by|gathered\s+by|collected\s+by)\s+"
    r"(?P<who2>(?:the\s+)?(?-i:[A-Z])[^,;.“”]{1,80}?)(?=\s*,|\s+(?:cited|quoted|referred\s+to)\b)"
)


# "..., affirmed on Friday the Ministry of Justice": a day, then the subject after the verb
_INVERTED_SUBJECT = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|this\s+(?:week|morning|afternoon))\s+(?:the\s+)?")
# The first verb of a sentence whose later "and told him" shares its subject
_SHARED_SUBJECT = re.compile(r"(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)\b(?:met|received|visited|hosted|held\s+(?:talks|(?:a\s+)?(?:videoconference|video\s+call|virtual\s+meeting|meeting|phone\s+call|call))|"
                             r"spoke|briefed|wrote\s+to|called\s+on)\b")


# A fact check sets the claim it checks apart and names who made it on a line of its own
_CLAIM_LINE = re.compile(r"(?i)[^\S\n]*(?:the\s+)?claim(?:\s+checked)?\s*:")
_MADE_IT = re.compile(r"(?im)^[^\S\n]*(?:who\s+(?:made|said|claimed|published)\s+it|claimed\s+by|made\s+by|claimant|"
                      r"said\s+by|source\s+of\s+the\s+claim)\s*:\s*(?P<who>[^,.;\n(]{2,120})")


_MADE_THE_CLAIM = re.compile(r"\s*(?:,\s*)?(?:first\s+)?made\s+(?:the|this)\s+claim\b")
_CLAIM_MADE_BY = re.compile(r"(?i)\bthe\s+claim\s+was\s+(?:first\s+)?made\s+by\s+(?P<who>[^,.;\n(]{2,120})")


def _checked_claimant(ctx: PressContext, start: int) -> ActorRef | None:
    """ "Claim: "Of the 44 delegations ..."" / "Who made it: the news site Horn Daily, in ...": the
    claim's maker, whatever the words of the claim itself."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if not _CLAIM_LINE.match(ctx.text, line_start) or start - line_start > 400:
        return None
    made = _MADE_IT.search(ctx.text, max(0, line_start - 600), line_start + 1200)
    if made:
        return resolve_who(ctx, made.group("who").strip(), start)
    for found in ctx.actors.mentions:  # "Eritrea's Minister of Information, Name, made the claim in a post"
        if found.start > start and found.actor.kind not in ("state", None) and _MADE_THE_CLAIM.match(ctx.text, found.end):
            return found.actor
    by = _CLAIM_MADE_BY.search(ctx.text, start)
    return resolve_who(ctx, by.group("who").strip(), start) if by else None


def _writer(ctx: PressContext) -> ActorRef | None:
    """The person a byline names ("By Name, advocacy lead, ...", "Posted by Name, policy lead")."""
    byline = re.search(r"(?m)^[^\S\n]*(?:By|Posted\s+by|Written\s+by)\s+[^\n]+", ctx.text[:1500])
    named = next((f.actor for f in ctx.actors.within(*byline.span()) if f.actor.kind == "official"), None) if byline else None
    alone = re.fullmatch(r"[^\S\n]*(?:By|Posted\s+by|Written\s+by)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})[^\S\n]*",
                         byline.group(0)) if byline and named is None else None
    return named or (ActorRef(alone.group(1), "official") if alone else None)  # ("By Aminata Name" alone: the writer)


# A finding's maker after the figures, closing the sentence: "..., BINUH found.", "..., the Mission documented."
_FOUND_AT_END = re.compile(r",\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|on|in|the|[A-Z][\w’'-]*)){0,8})\s+(?:found|concluded|"
                           r"documented|recorded|verified|estimated)\s*[.;]?\s*$")


def within_quotes(sentence: str, offset: int) -> bool:
    """Whether `offset` falls inside a quotation the sentence opens and closes ('The remaining 15 had
    "expressed concerns which the delegation answered with facts"': the delegation says nothing)."""
    before = sentence[:offset]
    curly = before.count("“") > before.count("”") and "”" in sentence[offset:]
    straight = before.count('"') % 2 == 1 and '"' in sentence[offset:]
    return curly or straight


def _attribution(ctx: PressContext, start: int, end: int) -> tuple[ActorRef | None, str | None]:
    """Who says the sentence [start, end) and the source the press cites for it.

    Tries, in order (answers in an interview aside, see `attribution`): the words just before the reporting verb ("Vitit said", "he said", "the
    statement said"), the first person or body before the verb outside quotes, the name after
    the verb ("said Vitit"), a sentence opening with "He"/"She", and the issuer of a cited statement.
    """
    sentence = ctx.text[start:end]
    checked = _checked_claimant(ctx, start)
    if checked is not None:  # a fact check's "Claim: ..." line: whoever its "Who made it:" line names
        return checked, None
    if _ITS_COUNT.match(sentence):  # "In its count, 31 of the 44 ...": who spoke in the sentence
        before = [(a, b) for a, b in ctx.sentences if b <= start]  # before, else the body named last
        if before:
            speaker, _ = attribution(ctx, *before[-1])
            if speaker is not None and speaker.kind not in ("state", "official"):
                return speaker, None
        body = _body_before(ctx, start)
        if body is not None:
            return body, None
    read_all = _READ_ALL.search(sentence)
    if read_all:  # "An Oslo-based group, the Observatory, went through the 112 statements and placed ...": the reader
        readers = [f.actor for f in ctx.actors.within(start, start + read_all.start())
                   if f.actor.kind in ("ngo", "nhri", "government_body", "media")]
        if readers:
            return readers[0], None
    published_own = _PUBLISHED_OWN.search(sentence)
    if published_own:  # "Mali's Ministry of Foreign Affairs had published its own summary: 26 of the 34 ...": its
        phrase = re.search(r"([^,;]{3,80}?)\s*$", sentence[: published_own.start()])  # ("the Haitian mission in Geneva")
        subject = resolve_who(ctx, re.sub(r"\s+in\s+[A-Z][\w-]+$", "", phrase.group(1).strip()), start) if phrase else None
        makers = [f.actor for f in ctx.actors.within(start, start + published_own.start())
                  if f.actor.kind in ("government_body", "nhri", "ngo", "media", "un_mechanism")]
        if subject is not None or makers:
            return subject or makers[-1], None
    her_count = re.match(r"\s*(?:By|In|According\s+to)\s+(her|his)\s+(?:own\s+)?(?:count|tally|figures|reckoning)\b", sentence)
    if her_count:  # "By her count, at least 129 children had been killed": the one named before
        person = speaker_before(ctx, start, "she" if her_count.group(1).lower() == "her" else "he")
        if person is not None:
            return person, None
    if re.search(r"\bI\s+(?:also\s+|then\s+)?(?:counted|count|tallied|recorded|listed)\b", sentence):  # "I counted twenty who
        writer = _writer(ctx)  # pressed Juba ...": the one who signs the piece
        if writer is not None:
            return writer, None
    found_by = _FOUND_AT_END.search(sentence)
    finder = resolve_who(ctx, found_by.group("who"), start) if found_by else None
    if finder is not None and finder.kind != "state":  # "A further 612 people were injured ..., BINUH found."
        return finder, None
    claim_by = _CLAIM_BY.search(sentence) or _POSSESSIVE_CLAIM.search(sentence) or _TOLD_BY.search(sentence)
    if claim_by:  # "Asked about the claim by Burundi's Ministry of Foreign Affairs that, of the 38 ...": its claim
        who = resolve_who(ctx, claim_by.group(1), start)
        if who is not None:
            return who, None
    shows = _TALLY_SHOWS.search(sentence)
    if shows:  # "..., a tally by this newspaper shows": whose tally it is
        who = resolve_who(ctx, shows.group("who") or shows.group("who2") or shows.group("who3"), start)
        if who is not None:
            return who, None
    study = _STUDY_BY.search(sentence) or _POSSESSIVE_STUDY.match(sentence)
    if study:  # "A survey of 1,204 adults released by the Centre ... found that": whoever made the study
        who = resolve_who(ctx, study.group("who"), start)
        if who is not None and who.kind != "state":
            return who, None
    if _ITS_STUDY.match(sentence):  # "In a survey of its members, 38 percent said ...": the body named before
        who = resolve_who(ctx, "it", start)
        if who is not None:
            return who, None
    if _OF_RESPONDENTS.search(sentence):  # "19 per cent of those questioned said": the survey's maker
        maker = _survey_maker(ctx, start)
        if maker is not None:
            return maker, None
    group_found = _GROUP_FINDS.match(sentence)
    if group_found:  # "The coalition's submission documents 219 abductions", "In its shadow submission, the coalition
        who = resolve_who(ctx, group_found.group("who"), start)  # listed 204 people": the group named before
        if who is not None and who.kind not in ("state", "official"):
            return who, None
    opens = _STUDY_OPENS.match(sentence)
    if opens:  # "The report found that 5.9 per cent ...": whoever published it
        maker = _survey_maker(ctx, start, "review" if opens.group("review") else _REPORT_WORD, people=True)
        if maker is not None:
            return maker, None
    published_by = _PUBLISHED_BY.search(sentence)
    if published_by:  # "notes with concern the figures published by BINUH, which recorded 1,386 people killed": BINUH's
        who = resolve_who(ctx, published_by.group("who") or published_by.group("who2"), start)
        if who is not None:
            return who, None
    data = _DATA_FROM.match(sentence) or _DATA_FROM.search(sentence)  # "The deaths came as figures from the Home Office showed"
    if data:  # "Data from the Ministry of Police show that 1,027 cases ...": the body whose data it is
        who = resolve_who(ctx, data.group("who"), start)
        if who is not None:
            return who, data.group(0).split()[0].lower()
    source_match = _SOURCE.search(sentence)
    source = source_match.group("source") if source_match else None
    if source_match and source_match.group(0).lower().startswith("according"):
        source = f"according to {source}"
    verbs = [m for m in _SAID.finditer(sentence) if (m.group(0).endswith(("ed", "ing", "old"))
             or not _NOUN_BEFORE.search(sentence, max(0, m.start() - 20), m.start()))
             # "certain Western states, the mission says": a noun, unless it reports ("the report states that")
             and not (m.group(0) == "states" and re.match(r"\s*[,.;)]", sentence[m.end() :]))
             and not (m.group(0).lower() == "states" and (_COUNTED_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
                                                          or _COUNT_BEFORE.search(sentence, max(0, m.start() - 24), m.start())))
             and not (m.group(0) == "noted" and (_NOTED_COUNT.match(sentence, m.end())
                                                  or _COUNT_BEFORE.search(sentence, max(0, m.start() - 24), m.start())))
             # "121 fully affirmed China's achievements": what a counted group did, not who reports it
             and not (m.group(0) in ("affirmed", "stressed", "emphasized", "emphasised", "underlined", "insisted",
                                     "reiterated", "recalled", "warned", "declared")
                      and _COUNT_ADVERB_BEFORE.search(sentence, max(0, m.start() - 30), m.start()))
             and not _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
             and not within_quotes(sentence, m.start())]  # fmt: skip
    said = verbs[0] if verbs else None
    if said is not None and said.group(0) == "recalls" and len(verbs) > 1:
        said = verbs[1]  # "The Ministry recalls that the same organisation claimed ... that 2,400 ...": the one recalled
    elif said is not None and said.group(0) == "recalls" and _ACCORDING.search(sentence, said.end()):
        said = None  # "The Ministry recalls that ... poverty has fallen to 19.6 percent, according to the Institute": its
    inline = re.search(r"(?i)\baccording\s+to\s+((?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4})\s+$",
                       sentence[: said.start()]) if said is not None else None
    inline_who = resolve_who(ctx, inline.group(1), start) if inline else None
    if inline_who is not None:  # "the Special Investigation Service, which according to the Minister opened 418
        return inline_who, None  # investigations": the Minister's figure
    if said is not None and len(verbs) > 1 and not _PLAIN_SAY.match(said.group(0)) and _PLAIN_SAY.match(verbs[-1].group(0)) \
            and re.search(r",\s+(?:(?:the\s+)?[A-Z][^,;“”\"]{2,100}|(?:he|she|they)\s+)$", sentence[: verbs[-1].start()]):  # fmt: skip
        # (", he said": the speaker named before, not "The United Nations had verified 1,130 casualties")
        said = verbs[-1]  # "X is holding 164 per cent ... and has recorded four deaths, the Chief Inspector said"
    if said is not None and _DEMAND_VERB.match(said.group(0)):  # "36 called on the authorities to ..., the
        plain = next((m for m in verbs[1:] if _PLAIN_SAY.match(m.group(0))), None)  # Observatory said": it says it
        # "Nineteen of the 31 urged the authorities to ..., according to the Observatory": the source says it
        said = plain or (None if _ACCORDING.search(sentence, said.end()) or _BY_COUNT.search(sentence[: said.start()]) else said)
        # ("By the Forum's count, 41 of the 63 ... demanded accountability": the Forum's count)
    if said:
        before = sentence[: said.start()]
        if said.group(0) in _PARTICIPLE and before.rstrip().endswith(",") and not _SAID.search(before):
            opener = sentence_opener(ctx, start, start + said.start())  # "On 12 February, SUHAKAM tabled its report
            if opener is not None and opener.kind in ("nhri", "ngo", "government_body"):  # in the Dewan Rakyat, recording 1,047 complaints": the
                return opener, source  # body the sentence opens with, not the one named last
        if before.rstrip().endswith(","):  # "..., affirmed on Friday the Ministry of Justice": the
            lead = _INVERTED_SUBJECT.match(sentence, said.end())  # subject after the verb (Spanish order)
            at = start + lead.end() if lead else 0  # "... the Minister of Justice, Keeper of the Seals, Name":
            named = [f for f in ctx.actors.within(at, end) if f.start == at or (  # the person after the title
                f.actor.kind == "official" and f.start - at <= 140
                and re.fullmatch(r"[A-Z][^.;“”\"]*,\s*", ctx.text[at : f.start]))] if lead else []  # fmt: skip
            if named and named[0].actor.kind != "state":
                return named[0].actor, source
        conjoined = re.search(r"\band\s+(?:also\s+|later\s+)?$", before)
        opens_with = re.match(r"\s*(He|She)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b", sentence) if conjoined else None
        if opens_with and not re.search(r"[;:“”\"]|\b(?:that|who|which)\b", before):  # "She welcomed the cooperation
            who = speaker_before(ctx, start, opens_with.group(1))  # of MINUSCA and said that ...": she says it
            if who is not None:
                return who, source
        shared = _SHARED_SUBJECT.search(before) if conjoined else None
        if shared:  # "X met the Special Rapporteur, Y, on Tuesday and told him that ...": X tells
            opening = [f for f in ctx.actors.within(start, start + shared.start()) if f.actor.kind not in ("state", "media")]
            people = [f for f in opening if f.actor.kind == "official"]
            if people or opening:
                return (people[-1] if people else opening[0]).actor, source
            titled = re.match(r"\s*((?:[Tt]he)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+$", sentence[: shared.start()])
            who = resolve_who(ctx, titled.group(1), start) if titled else None
            if who is not None and who.kind == "official":  # "The commissioner briefed the rapporteur ... and said that
                return who, source  # 96 employers had been fined": the Commissioner named before
        # "The Collective, which works from exile in Costa Rica, said": the subject before the clause
        clause = re.search(r",\s+(?:which|who|whose)\b[^,;“”\"]{0,100}(?:,\s+(?P<country>[A-Z][\w’' -]{2,30}))?,\s*$", before) or re.search(
            r"(?<=[^,]{3})(?P<country>(?!))?,\s+(?:which|who|whose)\b[^;“”\"]{0,160}?,\s*$", before)  # "The fund, which supports those fired, banned or jailed, says"
        from rightstrack.extract.press_states import resolve_state_name

        if clause and clause.group("country") and resolve_state_name(clause.group("country").strip()) is None and \
                re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", clause.group("country").strip()):  # fmt: skip
            clause = None  # "in San José, Costa Rica," is a place; "who led the delegation, Ana Ruiz," is not
        # (and "who visited Mogadishu, Baidoa and Garowe last month," names no one after its comma)
        appos = None if clause else re.search(  # ", led by Chief Observer X, a Member of the European Parliament,": both
            r",\s+(?:led|headed|chaired)\s+by\s+[^,;“”\"]{3,100},\s+(?:a|an|the)\s+[^,;“”\"]{3,100},\s*$", before) or re.search(
            r"(?:\s*\([^()]{1,30}\))?,\s+(?:a|an|the|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s|run\s+by|based\s+in|founded\s+(?:by|in)|"
            r"set\s+up\s+(?:by|in)|(?:led|headed|chaired)\s+by)\s+[^,;“”\"]{3,100},\s*$", before)
        body = [f for f in ctx.actors.within(start, start + appos.start())
                if f.actor.kind in SPEAKING_BODIES
                and start + appos.start() - f.end <= 1] if appos else []  # fmt: skip
        if not appos and not clause:  # "The National Human Rights Commission, Bangladesh, said": the body
            state_after = re.search(r",\s+([A-Z][\w’' -]{2,40}?),\s*$", before)  # its country after a comma
            if state_after and resolve_state_name(state_after.group(1).strip()) is not None:
                named_body = [f for f in ctx.actors.within(start, start + state_after.start())
                              if f.actor.kind in NAMED_BODIES and start + state_after.start() - f.end <= 1]
                if named_body:
                    return named_body[-1].actor, source
        glossed = [f for f in ctx.actors.within(start + appos.start(), start + said.start())
                   if f.actor.kind in NAMED_BODIES] if appos else []  # fmt: skip
        if body and glossed and re.search(r"[’']s\b", body[-1].actor.name) and re.match(r",\s+the\b", before[appos.start():].lstrip()):
            return glossed[0].actor, source  # "The Ombudsman's Office, the Defensoría del Pueblo, said": its name
        if body:  # "The Mekong Rights Alliance, a regional network of civil society groups, said": the
            return body[-1].actor, source  # body before the apposition, not the groups inside it
        named = re.fullmatch(r"\s*((?:[Tt]he|[Ii]ts)\s+[a-z]+)", before[: appos.start()]) if appos else None
        who_named = resolve_who(ctx, named.group(1), start) if named else None
        if who_named is not None and who_named.kind in SPEAKING_BODIES:
            return who_named, source  # "The observatory, run by researchers and mothers, said": that body
        subject_end = start + (clause.start() if clause else said.start())
        aux = re.search(r"\s+(?:has|had|have)(?:\s+also)?\s*$", ctx.text[start:subject_end])  # "X has documented"
        if aux and not clause:
            subject_end = start + aux.start()
        speaking = re.search(r",\s*speaking\s+(?:in|on|for|as)\s+[^,]{1,80},\s*$", ctx.text[start:subject_end])
        if speaking and not clause:  # "X, speaking in a joint statement with Y, reminded delegates that ...": X
            subject_end = start + speaking.start()
        place = re.search(r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*$", ctx.text[start:subject_end])
        if place and not any(f.start < start + place.end() <= f.end for f in ctx.actors.within(start, subject_end)):
            subject_end = start + place.start()  # "Iran's Permanent Mission to the UN Office in Geneva says"
        adjacent = [f for f in ctx.actors.within(start, subject_end)
                    if subject_end - f.end <= 3]  # fmt: skip
        if adjacent and before.rstrip().endswith(","):  # "X, director, Department, said": X
            people = [f for f in ctx.actors.within(start, start + said.start())
                      if f.actor.kind == "official" and ctx.text[f.end : f.end + 1] == ","]  # fmt: skip
            adjacent = people[-1:] or adjacent
        if adjacent and adjacent[-1].actor.kind == "state":  # "the mission of Burundi said"
            body_of = re.search(r"(?i)(?:the\s+)?(?:mission|ministry|government|embassy|delegation)\s+"
                                r"of\s+(?:the\s+)?$", ctx.text[start : adjacent[-1].start])  # fmt: skip
            if body_of:
                phrase = ctx.text[start + body_of.start() : adjacent[-1].end]
                return resolve_who(ctx, phrase, start) or adjacent[-1].actor, source
        apposed = [f for f in ctx.actors.within(start, start + said.start()) if f.actor.kind == "official"
                   and (_APPOSITION.fullmatch(ctx.text, f.end, start + said.start())  # (or a long title of the person's own:
                        or ctx.text[f.end : start + said.start()].strip(" ,") == f.actor.title)]  # fmt: skip  # "..., Secretary-General
        # of the Jordanian National Commission for Women and head of the delegation, said")
        if apposed and not adjacent:  # "Ambassador Hla Myint, Myanmar's envoy, told reporters"
            return apposed[-1].actor, source
        if adjacent:  # "..., the Ministry of Foreign Affairs said"
            who = _first_of_pair(ctx, start, adjacent[-1])
            holder = next((m.actor for m in ctx.actors.mentions if who.kind == "nhri" and m.start < start
                           and m.actor.kind == "official" and m.actor.title == who.name), None)  # fmt: skip
            if holder is not None:  # "the Provedor de Justiça informed ...": the office's holder named before
                return holder, source
            cited = _CITING.search(sentence[said.end() :]) if who.kind == "media" else None
            cited_who = resolve_who(ctx, cited.group(1), start) if cited else None
            return cited_who or who, source  # "the news agency reported, citing the ministry"
        titled_who = [f for f in ctx.actors.within(start, start + said.start()) if f.actor.kind == "official"
                      and re.fullmatch(r",\s+[^,;“”\"]{2,120},\s+who\s+", ctx.text[f.end : start + said.start()])]  # fmt: skip
        if titled_who:  # "led by Name, Secretary-General of the Ministry of Justice, who announced": the person, not
            return titled_who[-1].actor, source  # the ministry the title ends with
        # "Okafor-Lind, whose visit began on 2 March in Winnipeg, said": the subject before the clause
        placeless = before[: clause.start()] if clause else before
        dateline = _DATELINE_LEAD.match(placeless)  # "PALANGKA RAYA (Borneo Pulse) - Police ... said": not the subject
        placeless = placeless[dateline.end() :] if dateline else placeless
        # "- The Commission received ...", "During that year the Commission registered ...": a list's bullet and a time
        # before the subject are not part of it
        placeless = re.sub(r"^[^\S\n]*[-•*–][^\S\n]+|^\s*(?:During|Throughout)\s+(?:(?:that|the|this|last|its)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:year|period|months?|quarter|weeks?)|(?:19|20)\d\d)\s*,?\s+(?=[Tt]he\s)", "", placeless)
        placeless = re.sub(r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+(?:province|region|state|district|county|city|department))?"
                           r"\s*,?\s*$", "", placeless)  # "the ministry in Managua", "police in Jambi province"
        placeless = re.sub(r"\s+(?:had|has|have|also|later|then|earlier|previously|again)\s*$", " ", placeless)  # "had said"
        # "Venezuela's foreign ministry, in a communique, said": the aside is not the subject
        placeless = re.sub(r"(?i),\s*(?:in|on|at|through|via|citing|for)\s+[^,]{1,40},\s*$", " ", placeless)  # ", for his part,"
        # "Ms. Name, presenting her annual report, said": what the speaker was doing is not the subject
        aside = re.search(r",\s*(?:presenting|introducing|opening|closing|concluding|summing\s+up|responding|replying|"
                          r"answering|briefing|addressing|reporting)\b[^,;“”\"]{0,80},\s*$", placeless)
        if aside and "," not in placeless[: aside.start()]:  # (not after an apposition: "Name, Chair-Rapporteur of
            placeless = placeless[: aside.start()] + " "  # the Working Group, presenting ..." has its own way)
        # "the Lagos State Police Command has said": a run of capitalised words is one name, however long
        subject = re.search(r"((?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){3,5}[A-Z][\w’'-]*)\s*,?\s*$", placeless) or re.search(
            r"((?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s*,?\s*$", placeless)
        relative = re.search(r"(?:^|\b(?:by|from|with|to|and)\s+)((?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+"
                             r"(?:who|which)\s*$", before)  # fmt: skip
        joined = re.search(r"((?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*),\s+"
                           r"(?:who|which)\s*$", before)  # "the Land and Housing Network, which says": one name, "and" in it
        relative = joined or relative
        if said.group(0) in _PARTICIPLE and not relative:
            opener = sentence_opener(ctx, start, start + said.start())
            if opener is not None:
                return opener, source
        if relative:  # "... disputed by human rights groups, who said"
            subject = relative
        if subject and re.search(r"(?:^|\s)[Aa]n?\s+$", placeless[: subject.start(1)]):
            subject = re.search(r"([Aa]n?\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*,?\s*$", placeless) or subject  # "A Georgian rights group"
        same = re.search(r"[:;][^\S\n]*(?:it|they)\s*$", placeless) if subject else None
        opener = sentence_opener(ctx, start, start + same.start()) if same else None
        if opener is not None and opener.kind not in ("state", "official"):  # "X disputes that picture: it says"
            return opener, source
        pronoun = subject is not None and subject.group(1).lower() in ("she", "he") and re.search(
            r",\s*(?:she|he)\s*$", before) and any(
            f.actor.kind == "official" and f.actor.name.split()[-1] in ctx.text[f.start : f.end]
            for f in ctx.actors.within(start, start + said.start()))  # "asked about the territory
        # where, she said, 31 per cent ...": the one named
        who = resolve_who(ctx, subject.group(1), start + said.start() if pronoun else start) if subject else None  # earlier in it
        inner = re.search(r"(?<=\s)[Tt]he\s+[\w’'-]+(?:\s+[\w’'-]+)?$", subject.group(1)) \
            if subject and who is None and ctx.doc.kind != "meeting_summary" else None  # (a summary's paragraph: its speaker)
        if inner:  # "At their press conference on Thursday the experts said": the experts
            who = resolve_who(ctx, inner.group(0), start)
        if who is not None and who.kind == "state":  # "The Bar of Côte d'Ivoire, for its part, indicated": the
            ending = [f.actor for f in ctx.actors.within(start, start + subject.end(1))  # body whose name ends there
                      if f.actor.kind not in ("state", "official") and abs(f.end - (start + subject.end(1))) <= 1]  # fmt: skip
            who = ending[-1] if ending else who
        if who is None:  # "..., the Chief Inspector of Prisons for England and Wales said": the whole name
            long_name = re.search(r"(?:^|,\s+)((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'-]*)){2,9})\s*,?\s*$", placeless)
            who = resolve_who(ctx, long_name.group(1), start) if long_name else None
            who = who if who is not None and who.kind != "state" else None
        if who is None:
            unquoted = _outside_quotes(before)
            inside = [f for f in ctx.actors.within(start, start + said.start())
                      if unquoted[f.start - start] and (f.actor.kind != "state" or f.start == start)]  # fmt: skip
            who = _subject(inside) if inside else None
        if who is None:  # "..., said Foreign Ministry spokesperson Chum Sounry": the person
            named = ctx.actors.within(start + said.end(), min(end, start + said.end() + 80))
            people = [f for f in named if f.actor.kind == "official"
                      and _TITLE_ONLY.match(ctx.text[start + said.end() : f.start])]  # fmt: skip
            who = people[0].actor if people else None
        if who is None:
            after = re.match(r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", sentence[said.end() :])
            who = resolve_who(ctx, after.group(1), start) if after else None
        pronoun = re.match(r"\s*(?:In response,\s*)?(He|She)\b", sentence) or re.search(r"(?<![\w’'])([Hh]e|[Ss]he)\s*$", placeless)
        if who is None and pronoun:  # (also "In her report to the Council she said")
            who = speaker_before(ctx, start, pronoun.group(1))
        citing = _CITING.search(sentence[said.end() :])
        if citing and (who is None or who.kind == "media"):  # "state media reported, citing the ministry"
            who = resolve_who(ctx, citing.group(1), start) or who
        if who is not None:
            return who, source
    own = _OWN_COUNT.search(sentence)
    if own and not said:  # "the Haitian mission in Geneva published its own count: 24 ..."
        who = resolve_who(ctx, re.sub(r"\s+in\s+[A-Z][\w’'-]+$", "", own.group(1)), start)
        if who is not None:
            return who, None
    ours = _OUR_COUNT.search(sentence)
    body = resolve_who(ctx, f"the {ours.group('own')}", start) if ours and ours.group("own") and not said else None
    if body is not None and body.kind in ("ngo", "nhri", "government_body"):
        return body, None
    if ours and not said:  # "By our rough count, about 45 delegations spoke": the outlet writing
        outlet = outlet_writing(ctx)
        if outlet is not None:
            return outlet, None
    count = _BY_COUNT.search(sentence)
    if count and not said:  # "By the mission's count, 30 delegations praised ..."
        who = resolve_who(ctx, count.group(1) or count.group(2), start)
        if who is not None:
            return who, None
    according = _ACCORDING.search(sentence)
    if according and not source_match:  # "According to the government, ..."
        longer = [f for f in ctx.actors.within(start + according.start(1), start + according.start(1) + 5)
                  if f.end > start + according.end(1) and f.actor.kind not in ("state", "official", "media")]  # fmt: skip
        who = longer[0].actor if longer else resolve_who(ctx, according.group(1), start)  # ("According to the Ministry
        # of Health, Labour and Welfare,": the body named in full, commas and all)
        owner = re.match(r"(?:the\s+)?(.{2,60}?)[’']s\s+(?:[\w-]+\s+){0,2}(?:findings|report|figures|data|count|records|monitoring)$",
                         according.group(1)) if who is None else None
        if owner:  # "According to the Commission's preliminary findings,": the Commission's
            who = resolve_who(ctx, f"the {owner.group(1)}", start)
        if who is None:  # "According to the Special Rapporteur on Iran,": the mandate found there, by its full name
            who = next((f.actor for f in ctx.actors.within(start + according.start(1), start + according.end(1))
                        if f.actor.kind == "un_mechanism" and f.start <= start + according.start(1) + 4), None)
        if who is not None:
            return who, None
    issued = (_SOURCE_BY.match(sentence, source_match.end()) or _SOURCE_THEN_WHO.match(sentence, source_match.end())
              if source_match else None)  # fmt: skip
    if issued:  # "according to a statement from the Cambodian Human Rights Committee"
        named = [f.actor for f in ctx.actors.within(start + issued.start(1), start + issued.end(1) + 40)
                 if f.start - (start + issued.start(1)) in (0, 4) and f.actor.kind not in ("state", "official")]  # fmt: skip
        who = resolve_who(ctx, issued.group(1), start)  # ("the report of the United Nations Integrated Office in Haiti
        if named and (who is None or not any(m.actor == who for m in ctx.actors.mentions)):  # (BINUH)": the body named
            who = named[0]  # there in full, not one made up from the words cut at "in")
        if who is not None:
            return who, source
    outlet = [f.actor for f in ctx.actors.within(start + source_match.start(), start + source_match.end())
              if f.actor.kind == "media"] if source_match else []  # fmt: skip
    if outlet:  # "according to the Pasig Evening Post": the paper, not a post of someone's
        return outlet[0], source
    if source_match:  # "the foreign ministry's statement", "the group's register": its owner
        owner = re.match(r"(?i)(?:according\s+to\s+)?(?:the\s+)?(.{2,40}?)(?:’s|'s)\s", source or "")
        who = resolve_who(ctx, owner.group(1), start + source_match.start()) if owner else None
        if who is None and re.match(r"(?i)according\s+to\s+(?:its|their)\s", source or ""):
            who = next((f.actor for f in ctx.actors.within(start, start + source_match.start())  # "The Commission
                        if f.actor.kind in (*SPEAKING_BODIES, "un_mechanism")), None)  # has received 3,198 complaints,
            # according to its latest annual report": the body the sentence is about
            who = who or next((f.actor for f in ctx.actors.within(start + source_match.end(), start + source_match.end() + 12)
                               if f.actor.kind in (*SPEAKING_BODIES, "un_mechanism")), None)  # "According to its latest
            # report, the Office on Missing Persons has concluded 3,412 inquiries": the body named right after
        if who is None and ctx.issuer is not None:  # "a press release": the issuer's
            return ctx.issuer, source
        return who or _body_before(ctx, start), source
    return None, source


def _interviewee(ctx: PressContext) -> ActorRef | None:
    """Who answers the "Q: ... A: ..." of an interview: the person named last before the first question."""
    first_q = re.search(r"(?m)^[^\S\n]*Q\s*[:.–-]\s", ctx.text)
    if first_q is None:
        return None
    people = [f.actor for f in ctx.actors.within(0, first_q.start()) if f.actor.kind == "official"]
    return people[-1] if people else None


def _first_of_pair(ctx: PressContext, start: int, last: Any) -> ActorRef:
    """ "the Commission and the Foundation said": the first of two bodies speaking together; a UN
    agency and its initials in brackets are one."""
    for found in reversed(ctx.actors.within(start, last.start)):
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", ctx.text[found.end : last.start]) and found.actor.kind != "state":
            return found.actor
        if re.fullmatch(r"\s*\(", ctx.text[found.end : last.start]) and found.actor.kind == last.actor.kind == "un_mechanism":
            return found.actor  # "The International Organization for Migration (IOM) counts": the agency's name
    return last.actor


def _named_in_full(ctx: PressContext, label: str, state: ActorRef) -> ActorRef | None:
    """The body "Iran's mission" is, when the text names it in full elsewhere ("the Permanent Mission of
    the Islamic Republic of Iran"): one body, one name, however the sentences refer to it."""
    from rightstrack.extract.press_states import find_states

    for found in ctx.actors.mentions:
        actor = found.actor
        if actor.kind == "government_body" and actor.name.startswith(f"{label} of ") and (
            actor.iso3 == state.iso3 or any(ref.iso3 == state.iso3 for _, _, ref in find_states(actor.name))
        ):
            return actor
    return None


_DATELINE_LEAD = re.compile(r"\s*(?:[A-Z][A-Z .’'-]+(?:,[^–—()\n]{0,80}?)?\s(?:\([^()\n]{2,60}\)\s*)?|\([^()\n]{2,60}\)\s*)[-–—]\s*")


def sentence_opener(ctx: PressContext, start: int, end: int) -> ActorRef | None:
    """The actor a sentence opens with ("Burundi's government dismissed ..."), if it opens with one."""
    dateline = _DATELINE_LEAD.match(ctx.text, start, end)  # "TUNIS, 11 May (Agency) - ", "AMMAN — ",
    body_start = dateline.end() if dateline else start  # "(Nusantara Post) - ": not what the sentence opens with
    first = [f for f in ctx.actors.within(body_start, end) if f.actor.kind != "state"]
    year = re.match(r"\s*(?:In|During|Since)\s+\d{4},?\s+(?=the\s)", ctx.text[body_start:end])
    if year and first and first[0].start == body_start + year.end() + 4 and first[0].actor.kind == "nhri":
        body_start += year.end()  # "In 2030 the Public Defender's Office examined 214 applications": the institution's
    lead = ctx.text[body_start : first[0].start].strip() if first else "-"
    if first and re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[’']s", lead):
        states = [f for f in ctx.actors.within(start, first[0].start) if f.actor.kind == "state"]
        lead = "" if states else lead  # "Tunisia's Ministry of Foreign Affairs": the ministry
    lead = re.sub(r"^(?:In\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:statement|reply|response|letter|note|communiqu[eé])"
                  r"(?:\s+(?:issued\s+|released\s+|published\s+)?on\s+[\w ]{3,20}?)?,|"
                  r"Separately,|Meanwhile,|However,|For\s+its\s+part,|On\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?,|"
                  # "Four days earlier, the Ministry of Information had released ...": when, then who
                  r"(?:[A-Z][\w-]*|[Aa])\s+(?:days?|weeks?|months?)\s+(?:earlier|later|before|after),|The\s+(?:following|next|previous)\s+"
                  r"(?:day|week|morning),|The\s+day\s+(?:before|after),|On\s+[A-Z][a-z]+day,|Last\s+(?:week|month|[A-Z][a-z]+day),|"
                  r"Earlier,|Later,|Yesterday,)\s*(?:its|their|the)?\s*",
                  "", lead)  # "In a statement, its
    # Ministry of Foreign Affairs called the mandate "...": the ministry
    if first and re.fullmatch(r"(?:[Tt]he\s+)?(?:Government|State|authorities|military|army|junta|regime|city|municipality)[’']s", lead):
        lead = ""  # "The Government's Humanitarian Aid Commission rejected ...": the commission
    if lead.lower() in ("", "the") or _STYLED.fullmatch(lead):  # "The Ministry of Foreign Affairs of Belarus rejected ...": named in full
        return first[0].actor
    if re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:[Oo]bservers|[Mm]onitors|[Ii]nspectors|[Ss]taff|[Tt]eams?|[Rr]esearchers|[Ll]awyers|"
                    r"[Dd]elegates)\s+(?:from|of)(?:\s+the)?", lead) and first[0].actor.kind in SPEAKING_BODIES:
        return first[0].actor  # "Observers from the National Human Rights Institute visited 23 police stations": its own work
    if re.fullmatch(r"[Tt]he(?:\s+(?:[a-z][\w-]*|NGOs?)){1,3}", lead) and first[0].actor.kind in SPEAKING_BODIES:
        return first[0].actor  # "The support network Migrant Voices Doha disputes ...": the body the words describe
    if _IT_RECORDED.match(ctx.text, start, end):  # "..., the commission said. It had received 214 complaints"
        return resolve_who(ctx, "it", start)
    staff = _ITS_STAFF.match(ctx.text, start, end)
    if staff:  # "The NGO's researchers interviewed 4,700 workers": the body whose researchers they are
        owner = resolve_who(ctx, staff.group("owner"), start)
        if owner is not None:
            return owner
    crew = re.match(rf"\s*((?:The\s+)?(?:Commission|Ombudsman|Office|Committee|Mission)\s+{_CREW})\b", ctx.text[start:end])
    if crew:  # "Commission staff visited 22 correctional facilities": the commission named before
        return resolve_who(ctx, crew.group(1), start)
    pronoun = re.match(r"\s*(He|She)\s+(?:had\s+|has\s+|also\s+)?(?:interviewed|visited|met|found|counted|documented|recorded|"
                       r"received|inspected|toured|spoke\s+with)\b", ctx.text[start:end])
    if pronoun:  # "He interviewed 126 detainees in private": the one the sentences before were about
        return resolve_who(ctx, pronoun.group(1).lower(), start)
    office = re.match(r"\s*(Her|His)\s+(?:office|institution|team|staff|researchers|monitors|inspectors)\b", ctx.text[start:end])
    if office:  # "Her office received 5,630 complaints": the person who heads it, named before, else
        return resolve_who(ctx, "she" if office.group(1) == "Her" else "he", start) or next(  # the ombudsman's office
            (m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < start and m.actor.kind == "nhri"), None)
    opening = _BODY_OPENING.match(ctx.text, start, end)
    fronted = _FRONTED_CLAUSE.match(ctx.text, start, end) if opening is None else None
    if fronted:  # "During its inspection of 46 detention facilities, ..., the Commission found 2,131 people": the
        opening = _BODY_OPENING.match(ctx.text, fronted.end(), end)  # body after the clause set before it
        opening = opening if opening and opening.group(1).lower().startswith("the ") else None
        who = resolve_who(ctx, opening.group(1), start) if opening else None
        return who if who is not None and who.kind == "nhri" else None  # (a national institution's own count)
    return resolve_who(ctx, opening.group(1), start) if opening else None


def _outside_quotes(text: str) -> list[bool]:
    """For each character of `text`: True when it is not inside a quotation."""
    flags, inside = [], False
    for char in text:
        if char in "“”\"":
            inside = char == "“" or (char == '"' and not inside)
        flags.append(not inside)
    return flags


def _subject(found: list[Any]) -> ActorRef:
    """The speaker among mentions before the verb: the person or body nearest the verb, with UN
    bodies named in passing ("to the UN Office") and States ranked after people and ministries."""
    for kinds in (("official", "government_body", "ngo", "nhri", "political_party", "media"),
                  ("un_mechanism",)):  # fmt: skip
        ranked = [item for item in found if item.actor.kind in kinds]
        if ranked:
            return ranked[-1].actor
    return found[0].actor


def list_intro_speaker(ctx: PressContext, offset: int) -> ActorRef | None:
    """Who gives a list of figures: the body or person named in the sentence that introduces it
    ("The Ministry ... has published the following breakdown:")."""
    intro = None
    for start, end in ctx.sentences:
        if start > offset:
            break
        if ctx.text[start:end].rstrip().endswith(":"):
            intro = (start, end)
    colon = ctx.text.rfind(":\n", 0, offset)
    if (intro is None or intro[1] > offset) and colon >= 0:  # "Its findings:\n- 47 ...": the list runs on in the
        intro = (ctx.sentence_at(colon)[0], colon + 1)  # sentence its colon opens
    if intro is None or intro[1] > offset:
        return None
    named = [f.actor for f in ctx.actors.within(*intro) if f.actor.kind not in ("state", "un_mechanism", "media")]
    said = named[0] if named else attribution(ctx, *intro)[0]
    its = re.match(r"\s*(?P<p>Its|Their)\s+(?:main\s+|key\s+)?(?:findings|figures|results|conclusions|count|tally|data)\b", ctx.text[intro[0] : intro[1]])
    if said is None and its:  # "ZCAP reviewed every one of the 203 recommendations. Its findings:": whose they are
        said = resolve_who(ctx, "it" if its.group("p") == "Its" else "they", intro[0])
    given = re.search(r"\b(?:as\s+)?(?:given|released|published|reported|issued|supplied|assessed|counted|compiled)\s+by\s+(?P<x>the\s+[a-z]+)\s*:?\s*$",
                      ctx.text[intro[0] : intro[1]])
    if said is None and given:  # "The headline numbers, as given by the department:": the department named before
        said = resolve_who(ctx, given.group("x"), intro[0])
    whose = re.match(r"\s*(?:The\s+)?(?P<x>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})[’']s\s", ctx.text[intro[0] : intro[1]])
    if said is None and whose:  # "The Initiative's own interim assessment ... finds:": the Initiative's
        said = resolve_who(ctx, f"the {whose.group('x')}", intro[0])
    return said
