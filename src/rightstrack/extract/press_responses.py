"""How a State answered its UPR review, as the press reports it: "accepted 173 of the 198 recommendations".

After each review the government announces how many recommendations it supported ("accepted") and
how many it noted ("rejected", "did not accept"); the record holds every numbered recommendation
with its response, so the announcement can be checked. One `response_tally` claim per article
gathers the figures of every sentence that counts recommendations: `total` (received), `supportive`
(supported / accepted) and `critical` (noted / rejected) — the tally columns, read with the UPR's
own two responses. Figures that disagree are kept and flagged, like a dialogue tally's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rightstrack.extract.items import ActorRef, Claim
from rightstrack.extract.numbers import NUMBER, parse_number
from rightstrack.extract.press_context import PressContext, attribution, headline_end, retracted
from rightstrack.extract.press_sessions import upr_cycle

_RECS = r"recommendations?"
_FILLER = r"(?:(?:a\s+total\s+of|in\s+total|in\s+full|only|some|about|around|nearly|almost|over|just|fully|a\s+further)\s+)?"
_ACCEPT = (
    r"(?:accept\w*|support\w*|endors\w*|embrac\w*|welcom\w*|took\s+on|adopt\w*|"
    r"(?:agree[ds]?|committ?(?:ed|s)?(?:\s+itself)?)\s+to(?:\s+(?:implement\w*|take\s+up|act\s+on))?)"
)
_NOTE = (
    r"(?:not(?:ed|es|e|ing)\b|not\s+(?:accepted|supported|endorsed)\b|did\s+not\s+enjoy\s+(?:the\s+)?support|"
    r"t(?:ake|akes|ook|aken|aking)\s+note\s+of|reject\w*|declin\w*|refus\w*|turned\s+down|"
    r"(?:did|does|could|would)\s+not\s+(?:accept|support|agree\s+to))"
)
_PARTIAL = r"partial(?:ly)?\s+"
_ADVERB = (
    r"(?:all|also|then|since|later|subsequently|formally|duly|now|already|fully|only|eventually)"
)
_AUX = r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|will\s+be|would\s+be)\s+)?"
# verb before the figure: "accepted 173", "noted the remaining 25", "rejected only 12 recommendations"
_VERB_BEFORE = re.compile(
    rf"(?i)\b(?P<partial>{_PARTIAL})?(?:(?P<acc>{_ACCEPT})|(?P<note>{_NOTE}))\s+"
    rf"(?:(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+)?{_FILLER}$"
)
# verb after the figure: "173 were accepted", "25 of them noted", "173 (recommendations) enjoy support"
_VERB_AFTER = re.compile(
    # "The remaining 87 recommendations, most of them on the death penalty, were noted": an aside
    rf"(?i)^\s*(?:\([^)]{{1,40}}\)\s*)?(?:(?:{_RECS}|of\s+them|of\s+these|of\s+those)(?:\s*,[^,.;]{{1,120}},)?\s+)?"
    r"(?:(?:which|that)\s+)?"
    # "the 53 recommendations Malawi noted": the State that responded between them
    # (not "143 of the 175 recommendations Moldova supported in its last review": which ones a follow-up counts)
    r"(?:(?-i:[A-Z][\w’'-]+)\s+(?:had\s+|has\s+)?(?=not(?:ed|es)\b|rejected\b))?"
    rf"(?:{_ADVERB}\s+){{0,2}}{_AUX}(?:as\s+(?!noted\s+(?:above|earlier|before)\b))?"  # "counts 237 recommendations as supported and 102 as noted"
    rf"(?P<partial>{_PARTIAL})?(?:(?P<acc>{_ACCEPT}|enjoy(?:ed)?\s+(?:the\s+)?support)|(?P<note>{_NOTE}))\b"
    r"(?P<in_part>\s+in\s+part\b|\s+partially\b)?"  # "12 were accepted in part"
)
# "173 of the 198 recommendations", "173 recommendations out of 198": the second figure is the total
_OF_TOTAL = re.compile(
    rf"(?i)^\s+(?:{_RECS}\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+)?(?:total\s+(?:of\s+)?)?(?P<total>{NUMBER})"
    rf"(?:\s+(?:UPR\s+)?{_RECS})?(?![\w%])"
    r"(?:\s+(?:it\s+|that\s+it\s+)?(?:received|made|put\s+forward|addressed\s+to\s+it)\b)?"  # "of the 343 received"
)
# "received 198 recommendations", "198 recommendations were made", "a total of 198 recommendations"
_TOTAL_BEFORE = re.compile(
    rf"(?i)\b(?:receiv\w*|got|given|faced|made|put\s+forward|addressed|issued|submitted|total\s+of|all|"
    rf"(?<=review\s)produced|(?<=review\s)yielded|(?<=review\s)generated|"  # "Our review produced 158 recommendations"
    rf"of\s+the|of\s+its|of\s+their|out\s+of)\s+(?:the\s+)?{_FILLER}$"
)
_TOTAL_AFTER = re.compile(
    rf"(?i)^\s+{_RECS}\s+(?:(?!(?:go|goes|went|gone|missing|vanish\w*|disappear\w*)\b)\w+\s+){{0,2}}?(?:were\s+|had\s+been\s+|have\s+been\s+)?"
    rf"(?:made|received|put\s+forward|addressed|issued|submitted|from|by)\b"
)
_RECS_IN_ALL = re.compile(rf"(?i)^\s+{_RECS}\s+(?:in\s+all|in\s+total|altogether)\b")
_TOTAL_PUT_AT = re.compile(rf"(?i)\btotal\s+(?:number\s+)?(?:of\s+)?(?:{_RECS}\s+)?(?:received\s+)?(?:at|as)\s+$")
# "23 recommendations calling for ...", "12 recommendations on torture": a kind of recommendation counted
_SUBSET = re.compile(rf"(?i)^\s+{_RECS}\s+(?:calling|that\s+call(?:ed)?|on|relating|related|concerning|about|urging|asking|seeking|"
                     r"dealing|regarding|in\s+the\s+area|in\s+the\s+field)\b")
_RESPONSE_WORD = re.compile(rf"(?i)\b(?:{_ACCEPT}|{_NOTE})")
_COUNTS_RECS = re.compile(rf"(?i)^\s+{_RECS}\b")
_NUMBER_RE = re.compile(rf"(?i)(?<![\w.,-])(?:{NUMBER})(?![\w%])")
# "5th session", "68 per cent", "two thirds of the recommendations" (a share, not a count)
_NOT_A_COUNT_AFTER = re.compile(
    r"(?i)^(?:st|nd|rd|th)?\s*(?:session|cycle|review|per\s*cent|%)|^[\s-]*(?:thirds?|quarters?|fifths?|halves|tenths?)\b"
)


@dataclass
class ResponseFigure:
    role: str  # total, supported, noted, partly_supported
    value: int
    start: int
    end: int


# "up from 196 accepted ...", "compared with 151 at the last review": a figure of an earlier review
_EARLIER_CYCLE = re.compile(r"(?i)\b(?:up|down|rising|falling|risen|fallen|increased|decreased)\s+from\s+$|\bcompared\s+(?:with|to)\s+$")
_EARLIER_CYCLE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:(?:in|at|during)\s+(?:the|its)\s+(?:previous|last|prior|earlier|"
                                  r"first)\s+(?:cycle|review|round))\b")


_ON_A_TOPIC = re.compile(r"(?i)\s+(?:on|concerning|relating\s+to|about|dealing\s+with|calling\s+for|urging)\s+(?!(?:it|them|the\s+"
                         r"(?:country|State|Government))\b)")
_IN_FULL_OR_PART = re.compile(r"(?i)(?:\s+of\s+the\s+\d[\d,]*)?\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+"
                              r"(?:supported|accepted)\s+(?:only\s+)?(?:in\s+full|in\s+part|partially|fully|in\s+principle|"
                              r"with(?:out)?\s+conditions|unconditionally)\b")


def response_figures(ctx: PressContext, skip: list[tuple[int, int]]) -> list[ResponseFigure]:
    """Every figure that counts recommendations received, supported or noted, in text order."""
    text = ctx.text
    figures: list[ResponseFigure] = []
    taken: set[int] = set()
    for s_start, s_end in _sentences_on_recommendations(ctx):
        for match in _NUMBER_RE.finditer(text, s_start, s_end):
            if match.start() in taken or any(a <= match.start() < b for a, b in skip):
                continue
            value = parse_number(match.group(0))
            if not isinstance(value, int) or _NOT_A_COUNT_AFTER.match(text[match.end() : s_end]):
                continue
            before, after = (
                text[max(s_start, match.start() - 200) : match.start()],
                text[match.end() : s_end],
            )
            if _EARLIER_CYCLE.search(before):
                continue  # "up from 196 accepted recommendations in the previous cycle": the last review's figure
            supported_before = any(f.role == "supported" and f.start < s_start for f in figures)  # (in a sentence before)
            earlier = _EARLIER_CYCLE_AFTER.match(after)
            if earlier and not _NUMBER_RE.search(after, earlier.end()):  # "Eritrea had accepted 131 recommendations at
                continue  # its last review and said ...": that review's figure alone, a count
            if supported_before and (_IN_FULL_OR_PART.match(after) or earlier):
                continue  # after the response: "only 172 recommendations were supported in full", "a further 43 were
                # supported only in part" (a reading of the supported ones), "had supported 151 at the last review"
            of_total = _OF_TOTAL.match(after)
            if of_total and _ON_A_TOPIC.match(after, of_total.end()):
                continue  # "accepted only 12 of the 31 recommendations on Indigenous land rights": some, on one subject
            if of_total:  # "173 of the 198 recommendations were accepted"
                total_start = match.end() + of_total.start("total")
                total_value = parse_number(of_total.group("total"))
                if isinstance(total_value, int):
                    figures.append(
                        ResponseFigure(
                            "total", total_value, total_start, match.end() + of_total.end("total")
                        )
                    )
                    taken.add(total_start)
                after = after[of_total.end() :]
            role = _role(before, after)
            if (
                role is None
                and of_total is None
                and not _SUBSET.match(after)  # "noted all 23 recommendations calling for abolition": some, not all received
                and (
                    _TOTAL_AFTER.match(after)
                    or (_TOTAL_BEFORE.search(before) and _COUNTS_RECS.match(after))
                    or re.search(r"(?i)\bout\s+of\s+(?:a\s+total\s+of|the)\s+$", before)  # "noted 26, out of a total of 213"
                    or (re.search(r"(?i)\bout\s+of\s+$", before)  # "accepted 176 and noted 58, out of 234 received"
                        and re.match(r"(?i)\s+(?:received|made|put\s+forward|in\s+(?:all|total))\b", after))
                    # "..., and noted 97, of the 259 made at its Universal Periodic Review"; "With 233 recommendations in all";
                    # "puts the total number of recommendations received at 284"
                    or (_TOTAL_BEFORE.search(before) and re.match(r"(?i)\s+(?:made|received|put\s+forward)\b", after))
                    or _RECS_IN_ALL.match(after)
                    or _TOTAL_PUT_AT.search(before)
                )
            ):
                role = "total"
            if role is not None:
                figures.append(ResponseFigure(role, value, match.start(), match.end()))
    figures += _labelled_lines(ctx, skip, taken={f.start for f in figures})
    return sorted(figures, key=lambda f: f.start)


# A fact sheet's lines: "- Recommendations received: 270", "- Supported in part: 11", "Noted: 35"
_LABELLED = re.compile(rf"(?im)^[^\S\n]*(?:[-•*–][^\S\n]*)?(?P<label>[A-Za-z][^:\n]{{1,60}}?)[^\S\n]*:[^\S\n]*"
                       rf"(?P<n>{NUMBER})(?![\w%.,]\d|\s*(?:per\s*cent|percent|%))")
_LABEL_ROLES = (
    ("partly_supported", re.compile(r"(?i)\b(?:support|accept)\w*\s+(?:in\s+part|partially|partly)|partial")),
    ("noted", re.compile(rf"(?i)^(?:recommendations?\s+)?{_NOTE}")),
    ("supported", re.compile(rf"(?i)^(?:recommendations?\s+)?(?:fully\s+)?{_ACCEPT}")),
    ("total", re.compile(rf"(?i)^(?:total\s+)?{_RECS}(?:\s+(?:received|made|in\s+total))?$|^total$")),
)


def _labelled_lines(ctx: PressContext, skip: list[tuple[int, int]], taken: set[int]) -> list[ResponseFigure]:
    """Figures printed one to a line under a label, in a document about a UPR review."""
    if not _UPR_ARTICLE.search(ctx.text):
        return []
    found = []
    for match in _LABELLED.finditer(ctx.text):
        value = parse_number(match.group("n"))
        start = match.start("n")
        if not isinstance(value, int) or start in taken or any(a <= start < b for a, b in skip):
            continue
        label = match.group("label").strip()
        role = next((name for name, pattern in _LABEL_ROLES if pattern.search(label)), None)
        if role is not None:
            found.append(ResponseFigure(role, value, start, match.end("n")))
    return found if any(f.role in ("supported", "noted") for f in found) else []


_ASIDE_VERB = re.compile(rf"(?i)\b(?:(?P<acc>{_ACCEPT})|(?P<note>{_NOTE}))\s+(?:the\s+)?(?:majority|bulk|most|all|"
                         rf"many|few)\b[^-–—(]{{0,120}}[-–—(]\s*$")  # fmt: skip


_MADE_TO = re.compile(r"(?i)^\s+(?:(?:made|received|put\s+forward|addressed)\s+)?(?:to|by|at|during)\b[^,;.]{0,120}?"
                      r"(?=\s+(?:were|was|have\s+been|had\s+been|are|is)\s)")
_IN_PART_AFTER = re.compile(rf"(?i)^\s+(?:{_RECS}\s+)?(?:in\s+part|partially|partly)\b")


def _role(before: str, after: str) -> str | None:
    if _IN_PART_AFTER.match(after):  # "accepted 297 recommendations in full and 9 in part"
        return "partly_supported"
    # "220 of the 333 recommendations made to Malaysia during its review were accepted"
    after = _MADE_TO.sub("", after, count=1)
    for found in (_VERB_BEFORE.search(before), _VERB_AFTER.match(after)):
        if found:
            if found.group("partial") or found.groupdict().get("in_part"):
                return "partly_supported"
            return "supported" if found.group("acc") else "noted"
    aside = _ASIDE_VERB.search(before)  # "accepted the majority of the recommendations ... - 160 of 190 -"
    if aside:
        return "supported" if aside.group("acc") else "noted"
    return None


# An article about a UPR review, also when the press calls it "its UN human rights review"
# (also "the 229 recommendations made at its periodic review last November", "... received at its last review": the UPR
# by what it does, in an article that never names it)
_UPR_ARTICLE = re.compile(r"(?i)universal\s+periodic\s+review|\bUPR\b|\b(?:UN|United\s+Nations)\s+(?:human\s+rights\s+)?review\b|"
                          r"\brecommendations\s+(?:it\s+)?(?:made|received|issued)\s+(?:to\s+it\s+)?(?:at|during|in)\s+(?:its|the)\s+"
                          r"(?:last\s+|latest\s+|most\s+recent\s+|recent\s+)?(?:periodic\s+)?review\b|"
                          # "Nepal was reviewed in Geneva in January", "Sierra Leone's review in Geneva is behind us"
                          r"\b(?:was|were|been)\s+reviewed\s+in\s+Geneva\b|[’']s\s+review\s+in\s+Geneva\b")


# "Of the 198 recommendations it supported, 62 have been fully implemented and 81 partially": how
# far the follow-up has come, counted among recommendations already supported, not the response
_FOLLOW_UP = re.compile(r"(?i)\b(?:have|has|had)\s+been\s+(?:fully\s+|partially\s+|partly\s+)?implemented\b|"
                        r"\b(?:fully|partially|partly)\s+implemented\b")


def _sentences_on_recommendations(ctx: PressContext) -> list[tuple[int, int]]:
    """Sentences that count recommendations, and those that go on counting them, in an article
    about a UPR review."""
    text = ctx.text
    if not _UPR_ARTICLE.search(text):
        return []
    spans: list[tuple[int, int]] = []
    for a, b in ctx.sentences:
        follow_up = _FOLLOW_UP.search(text, a, b)
        clause = re.search(r"[,;]\s+(?:which|who|but|while|whereas)\b[^,;]*$", text[a : follow_up.start()]) if follow_up else None
        if follow_up and clause and re.search(r"\d", text[a : a + clause.start()]):  # "..., the Government supported 226 and
            b = a + clause.start()  # noted 26, according to the commission, which found that fewer than half ... had been
            follow_up = None  # fully implemented": the response, before the clause on implementation
        if retracted(text[a:b]) or follow_up:
            continue
        on_recs = re.search(rf"(?i)\b{_RECS}\b", text[a:b])
        # "It accepted 152 and noted 38." goes on from the sentence before it
        goes_on = spans and spans[-1][1] >= a - 3 and _RESPONSE_WORD.search(text[a:b])
        if on_recs or goes_on:
            spans.append((a, b))
    return spans


def response_claims(ctx: PressContext, skip: list[tuple[int, int]]) -> list[Claim]:
    """One `response_tally` claim for the article's figures on recommendations, if it has any; one
    per State when the article gives the figures of several ("Pakistan supported 231 ... Zambia
    accepted 187 ...")."""
    figures = response_figures(ctx, skip)
    groups = _by_state(ctx, figures)
    if len(groups) > 1 and all(any(f.role in ("supported", "noted") for f in g) for g in groups):
        return [claim for group in groups for claim in _response_claim(ctx, group, several=True)]
    voices = _by_claimant(ctx, figures)
    if len(voices) > 1:  # "Fiji accepted 231 ..., the Attorney-General said. By the alliance's count, Fiji fully
        claims = [claim for group in voices for claim in _response_claim(ctx, group)]  # accepted 184": two claims
        totals = {c.total for c in claims if c.total is not None}
        for claim in claims:  # the recommendations received, given once, are the same for both counts
            if len(totals) == 1 and claim.total is None:
                claim.total = next(iter(totals))
        return claims
    return _response_claim(ctx, figures)


def _by_claimant(ctx: PressContext, figures: list[ResponseFigure]) -> list[list[ResponseFigure]]:
    """Figures split by who gives them, when two sources give different counts of the same kind."""
    values: dict[str, set[int]] = {}
    for figure in figures:
        values.setdefault(figure.role, set()).add(figure.value)
    if not any(len(v) > 1 for role, v in values.items() if role in ("supported", "noted")):
        return [figures]
    groups: list[tuple[ActorRef | None, list[ResponseFigure]]] = []
    for figure in figures:
        who, _ = attribution(ctx, *ctx.sentence_at(figure.start))
        who = who or ctx.issuer  # (the letter's or release's own figures, against those it answers)
        if groups and (who is None or who == groups[-1][0]):
            groups[-1][1].append(figure)
        else:
            groups.append((who, [figure]))
    named = [who for who, _ in groups]
    if len(groups) < 2 or None in named or len(set(named)) < len(named) or not all(
            any(f.role in ("supported", "noted") for f in group) for _, group in groups):  # fmt: skip
        return [figures]
    return [group for _, group in groups]


def _by_state(ctx: PressContext, figures: list[ResponseFigure]) -> list[list[ResponseFigure]]:
    """Figures split where the sentence that holds them opens with another State than the last."""
    groups: list[list[ResponseFigure]] = []
    current: str | None = None
    for figure in figures:
        named = _states_before(ctx, figure.start)
        state = named[0].iso3 if named else current
        if not groups or (state is not None and current is not None and state != current):
            groups.append([])
        groups[-1].append(figure)
        current = state or current
    return groups


def _states_before(ctx: PressContext, offset: int) -> list[ActorRef]:
    """The States named in the sentence of `offset`, before it ("Zambia accepted 187 ...")."""
    s_start, _ = ctx.sentence_at(offset)
    return [f.actor for f in ctx.actors.within(s_start, offset) if f.actor.iso3 and f.actor.kind in (None, "state")]


def _response_claim(ctx: PressContext, figures: list[ResponseFigure], several: bool = False) -> list[Claim]:
    if not any(f.role in ("supported", "noted") for f in figures):
        return []
    values: dict[str, list[int]] = {}
    exact = {f.role for f in figures if not _approximate(ctx, f)}
    for figure in figures:  # "Laos accepts nearly 200 ..." over "had accepted 198 of the 241": the exact figure
        if figure.value not in values.setdefault(figure.role, []) and not (figure.role in exact and _approximate(ctx, figure)):
            values[figure.role].append(figure.value)
    flags = ["conflicting_figures"] if any(len(v) > 1 for v in values.values()) else []
    total = values.get("total", [None])[0]
    supported = values.get("supported", [None])[0]
    noted = values.get("noted", [None])[0]
    partly = values.get("partly_supported", [None])[0]
    if partly is not None:
        flags.append(f"partly_supported:{partly}")
    if total is not None and (supported or 0) + (noted or 0) + (partly or 0) > total:
        flags.append("counts_do_not_add_up")
    start, end = figures[0].start, figures[-1].end
    claimant, source = None, None
    headline = headline_end(ctx.text)

    def in_heading(figure: ResponseFigure) -> bool:  # the first line, or a line in capitals
        line_start = ctx.text.rfind("\n", 0, figure.start) + 1
        line_end = ctx.text.find("\n", figure.start)
        return figure.start < headline or ctx.text[line_start : line_end if line_end >= 0 else None].isupper()

    def quoted(figure: ResponseFigure) -> bool:  # '"Each of the 247 recommendations will have ...," she said'
        s_start, _ = ctx.sentence_at(figure.start)
        return len(re.findall(r"[“\"]", ctx.text[s_start : figure.start])) % 2 == 1

    # a headline ("Mongolia accepts 174 ...") names no speaker: the body's "the ministry said" does;
    # a speaker quoted restating a figure the release gives speaks after the release
    for figure in sorted(figures, key=lambda f: (in_heading(f), quoted(f) and ctx.issuer is not None)):
        if claimant is None and quoted(figure) and ctx.issuer is not None and not in_heading(figure):
            break
        who, cited = attribution(ctx, *ctx.sentence_at(figure.start))
        claimant, source = claimant or who, source or cited
    sent_start, _ = ctx.sentence_at(start)
    _, sent_end = ctx.sentence_at(end - 1)
    return [
        Claim(
            evidence=ctx.evidence(sent_start, sent_end),
            claim_type="response_tally",
            claimant=claimant or ctx.issuer,
            source=source or ctx.issuer_source,
            forum=_review_forum(ctx, start, own_state=several),
            total=total,
            supportive=supported,
            critical=noted,
            unit="recommendations",
            subject="UPR recommendations supported and noted",
            flags=flags,
            verification={
                "figures": [
                    {
                        "role": f.role,
                        "value": f.value,
                        "evidence": ctx.evidence(f.start, f.end).to_dict(),
                    }
                    for f in figures
                ]
            },
        )  # fmt: skip
    ]


_ROUGHLY = re.compile(r"(?i)\b(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|more\s+than|over|"
                      r"fewer\s+than|less\s+than|under)\s+$")


def _approximate(ctx: PressContext, figure: ResponseFigure) -> bool:
    """A figure given roughly ("nearly 200"), which an exact one of the same kind replaces."""
    return bool(_ROUGHLY.search(ctx.text, max(0, figure.start - 20), figure.start))


def _review_forum(ctx: PressContext, offset: int, own_state: bool = False) -> dict[str, Any] | None:
    """The review the figures are about: the UPR forum named before them, with the cycle if told;
    with `own_state` (an article on several reviews), the review of the State its sentence names."""
    forum = ctx.forum_at(offset)
    named = _states_before(ctx, offset) if own_state else []
    if named and forum is not None and forum.get("type") == "upr_review" and (
        (forum.get("state_under_review") or {}).get("iso3") != named[0].iso3
    ):
        state = {"name": named[0].name, "iso3": named[0].iso3}
        forum = {**forum, "state_under_review": state, "state_concerned": state}
    if forum is None or forum.get("type") != "upr_review":
        forum = next((f for _, f in ctx.forums if f.get("type") == "upr_review"), None)
    if forum is None:
        if ctx.state is None:
            return None
        state = {"name": ctx.state.name, "iso3": ctx.state.iso3}
        forum = {"type": "upr_review", "state_under_review": state, "state_concerned": state,
                 "session": None, "date": None}  # fmt: skip
    cycle = upr_cycle(ctx.text)
    if cycle and forum.get("session") is None:
        forum = {**forum, "cycle": cycle}
    return forum
