"""Press articles, Council statements and UN meeting summaries -> actors, events, claims, statements.

`recognise_press` tells those three kinds apart (the lead's `recognise` asks it about anything that
is not a UPR report); `extract_press` runs the small extractors of `press_*` over one shared
`PressContext` and checks each claim against the statements of the same document, so the extract
output already says whether a tally is supported. The store re-checks claims against everything
it holds for the forum (`rightstrack.analyse.claim_check`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from rightstrack.document import Document
from rightstrack.extract.dates import find_published
from rightstrack.extract.items import ActorMention, ActorRef, Claim, Event, Item, Statement
from rightstrack.extract.press_bodies import named_body
from rightstrack.extract.press_claims import tally_claims, tally_figures
from rightstrack.extract.press_context import PressContext, answered_by, build_context, resolve_who
from rightstrack.extract.press_events import (
    bodies_said_on_days,
    event_forum,
    find_events,
    in_dateline,
    lead_statement,
    statements_behind_tallies,
    undated_statements,
)
from rightstrack.extract.press_kinds import org_kind
from rightstrack.extract.press_known import NGO_NAMES
from rightstrack.extract.press_mentions import Found
from rightstrack.extract.press_names import ORG, ORG_HEAD
from rightstrack.extract.press_quotes import SAID_IN, figure_claims, quotation_claims
from rightstrack.extract.press_responses import response_claims
from rightstrack.extract.press_sessions import upr_session
from rightstrack.extract.press_statements import (
    ADDRESS_HEAD,
    FORUM_WORD,
    LABELLED_STATEMENT,
    ORAL,
    REMARKS_HEAD,
    RIGHT_OF_REPLY_HEAD,
    SALUTATION,
    STATEMENT_FOR,
    civil_heading,
    state_heading,
    statement_items,
    who_statement_line,
)
from rightstrack.extract.press_states import resolve_state_name
from rightstrack.extract.press_summaries import newspaper_report, summary_items, treaty_dialogue
from rightstrack.extract.press_text import heading_case

# "Press statement of the Permanent Mission ..." is a press document about a meeting, not a
# delegation's statement to it; "Intervention of the delegation of Brazil" is one.
_STATEMENT_HEAD = re.compile(
    # not a "press statement" nor an "end-of-mission statement": what a body tells the press
    r"(?im)^\s*(?!(?:[\w-]+\s+){0,3}?(?:press|end[\s-]of[\s-]mission|end[\s-]of[\s-]visit)\s+statement)"
    r"(?:[^\n]{3,60}?\s[-–—:]\s+)?(?:[\w-]+\s+){0,3}?(?:joint\s+)?"
    r"(?:statement|intervention)(?:\s+"
    r"(?:by|of|delivered\s+by|on\s+behalf\s+of)\s+\S|"
    + ORAL + r"[^\S\n]*[:–—-][^\S\n]*(?!" + FORUM_WORD + r")(?-i:[A-Z]))"  # "Oral statement: Colectivo Nicaragua Memoria y Justicia"
)
_ABOUT_OUTCOME = re.compile(r"(?i)[^\n]*\b(?:on|regarding|concerning)\s+the\s+(?:outcome|results?|conclusion)\s+of\b")
# "Meeting summary", "Meetings coverage", or a line of its own: "Summary", "Summary of the interactive dialogue"
_SUMMARY_HEAD = re.compile(
    r"(?i)meeting\s+summar|meetings?\s+coverage|\bsummary\s+of\s+the\s+(?:(?:morning|afternoon|evening)\s+)?meeting\b|^\s*summary(?:\s+of\s+(?:the\s+)?(?:interactive\s+)?"
    r"(?:dialogue|discussion|debate|proceedings|meeting))?\s*$"
)
# "The Council, at its 66th session, this afternoon held/adopted ...": the session may come between
_AT_SESSION = r"(?:,\s*(?:at|in|during)\s+(?:the\s+(?:close|end|opening|start)\s+of\s+)?its\s+[\w-]+\s+session,)?"  # "at the close of its ..."
_SUMMARY_SIGNS = re.compile(
    # "The Human Rights Council closed (opened) its sixty-sixth session this evening"; "The Third Committee (Social, Humanitarian
    # and Cultural) this morning held interactive dialogues"; "24th Meeting (AM)": the UN's own meeting coverage
    r"(?i)(?m:^)[A-Z]{3,}[^\n]{3,40}?[-–—]\s*the\s+(?:Human\s+Rights\s+)?Council\s+(?:opened|closed|concluded|wrapped\s+up)\s+its\s+[\w-]+\s+session\s+(?:this\s+"
    r"(?:morning|afternoon|evening)|today)\b|\bthe\s+Third\s+Committee\b[^.\n]{0,60}?\b(?:this\s+(?:morning|afternoon)|today)\s+"
    r"(?:held|heard|concluded|began|continued)\b|(?m:^)[^\n]{0,80}\b\d+(?:st|nd|rd|th)\s+Meeting\s+\((?:AM|PM)\)|"
    # "The Council then considered (adopted) the outcome of the review of Mauritius": a summary of the adoptions
    r"\bthe\s+(?:Human\s+Rights\s+)?Council\s+(?:then|next|also|subsequently)\s+(?:considered|took\s+up|turned\s+to|adopted)\s+the\s+"
    r"outcome\s+of\s+the\s+(?:universal\s+periodic\s+)?review\s+of\b|"
    # "The Committee on the Rights of the Child this afternoon began its consideration of the report of Kenya":
    # a treaty body's dialogue with a State
    r"\bthe\s+(?:Human\s+Rights\s+Committee|Committee\s+(?:on|against)\s+[^.\n]{3,90}?)(?:,\s*at\s+its\s+[\w-]+\s+session,)?"
    r"\s+(?:this|on\s+\w+|today|yesterday)\s+(?:morning|afternoon|evening)?\s*(?:began|concluded|completed|considered|examined|"
    r"reviewed|held|continued|opened)\b|"
    r"\bthe\s+(?:(?:Human\s+Rights\s+)?Council|Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review|"
    r"(?:Universal\s+Periodic\s+Review|UPR)\s+Working\s+Group)"
    + _AT_SESSION
    + r"\s+(?:this|on\s+\w+|today|yesterday)\s+(?:morning|afternoon|"
    r"evening)?" + _AT_SESSION + r"\s*(?:held|heard|concluded|began|continued|opened|examined|reviewed|considered|"
    r"took\s+action\s+on)|"  # ("The Human Rights Council this morning took action on two country resolutions")
    # "The Working Group on the Universal Periodic Review this afternoon adopted the reports on Nepal, Bahrain and Mongolia"
    r"\bthe\s+(?:Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review|(?:Universal\s+Periodic\s+Review|UPR)\s+Working\s+Group)\s+"
    r"(?:this\s+(?:morning|afternoon)|today)\s+adopted\s+the\s+reports?\b|"
    # "The Human Rights Council held this afternoon, at its 63rd session, an interactive dialogue"
    r"\bthe\s+(?:Human\s+Rights\s+)?Council\s+(?:held|heard|concluded|began|continued|opened|adopted)\s+(?:this\s+(?:morning|afternoon|"
    r"evening)|today)\b|"
    # "The Human Rights Council this afternoon adopted the outcome of the Universal Periodic Review of X"
    r"\bthe\s+(?:Human\s+Rights\s+)?Council"
    + _AT_SESSION
    + r"\s+(?:this\s+(?:morning|afternoon|evening)|today)" + _AT_SESSION + r"\s+adopted\b|\bspeaking\s+(?:in\s+the\s+(?:interactive\s+)?"
    r"(?:dialogue|discussion|debate)\s+)?were\b|\bin\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|"
    r"debate)\s+that\s+followed,\s+(?-i:[A-Z][a-z])|"  # "..., Chile said", not "..., 17 of the 26"
    # "In the ensuing dialogue, the European Union said", under a heading "Afternoon meeting, 24 September 2030"
    r"\bin\s+the\s+ensuing\s+(?:interactive\s+)?(?:dialogue|discussion|debate),\s+(?:the\s+)?(?:(?:representative|delegation|"
    r"delegate)\s+of\s+(?:the\s+)?)?(?-i:[A-Z][a-z])|"  # "..., the representative of Bhutan commended"
    # "Bangladesh underwent its fifth Universal Periodic Review this afternoon, before the Working Group"
    r"\bunderwent\s+its\s+[\w-]+\s+(?:Universal\s+Periodic\s+Review|UPR)(?:\s+review)?\s+(?:this\s+(?:morning|afternoon|evening)|today)\b|"
    # "Bangladesh underwent its review before the Working Group on the Universal Periodic Review this afternoon"
    r"\bunderwent\s+its\s+(?:[\w-]+\s+)?review\s+(?:before|by|in)\s+the\s+(?:UPR\s+)?Working\s+Group\b|"
    r"(?m:^)[^\S\n]*(?:morning|afternoon|evening)\s+meeting\b|\((?:morning|afternoon|evening)\s+meeting\)|"
    # "This afternoon the Human Rights Council adopted the outcome of ...": the time first
    r"\b(?:this\s+(?:morning|afternoon|evening)|today),?\s+the\s+(?:Human\s+Rights\s+)?Council\s+(?:held|heard|concluded|"
    r"began|continued|opened|adopted|reviewed)\b"
)
_PRESS_SIGNS = re.compile(
    r"(?i)\b(?:said|says|told|according\s+to|stated|announced|reported|added|affirmed|indicated|press\s+release|"
    r"annual\s+report|"
    r"rapporteur|human\s+rights|interactive\s+dialogue|minister|ministry|government|"
    r"United\s+Nations|UN|High\s+Commissioner|delegations?|resolution|vote[sd]?|Council|claimed|mission|"
    r"alleged|elections?|polls|part(?:y|ies)|statement|counted|review|dialogue|envoy)\b"
)
_UPR = re.compile(r"(?i)universal\s+periodic\s+review|\bUPR\b(?:\s+(?:review|working\s+group))?")
# "Fiji's human rights record was examined at the United Nations in Geneva last night": a review not named as such
_RECORD_EXAMINED = re.compile(r"(?i)\bhuman\s+rights\s+record\s+(?:was|were|is\s+being|will\s+be|has\s+been)\s+"
                              r"(?:examined|reviewed|scrutini[sz]ed)\b|\bappeared\s+before\s+the\s+Working\s+Group\b(?!\s+on\s+(?:(?-i:[A-Z])|the\s+(?!Universal\b)))")  # "When Kenya
# appeared before the Working Group on 22 January 2030, 103 delegations took the floor"
# "At the review on 5 November last year, 81 of the 97 ...", "during the review itself, held on 12 November", "at Egypt's
# review on 22 January": the review
# named again, with its day
_REVIEW_AGAIN = re.compile(r"(?i)\b(?:at|during|in)\s+(?:the|its|their|his|her|(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[’']s)\s+review\s+"
                           r"(?:itself\s*,\s*)?(?:in\s+Geneva\s+)?(?=on\b|of\b|held\b)|"
                           # "took the floor at Tuesday's review", "after Monday's Universal Periodic Review": its day
                           r"\b(?:at|during|in|after|since)\s+(?-i:[A-Z][a-z]+day)[’']s\s+(?=review\b)|"
                           # "When Tunisia was reviewed on 8 November, 98 delegations took the floor": the review, again
                           r"\b(?:when|as|after)\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+was\s+reviewed\s+(?:in\s+Geneva\s+)?(?=on\b)")
# "... Review, Deputy Minister X said on Thursday": the day something was said, not the review's
_SAID_ON = re.compile(r"(?i)\b(?:said|told\s+[\w ]{2,40}?|announced|stated|added)\s+(?:on\s+)?$")
_ISSUED = re.compile(
    r"(?i)\b(?:issued|released|published|said\s+in|stated\s+in)\s+(?:a|an|its|their)\s+"
    r"(?P<src>(?:[\w-]+\s+){0,3}?(?:press\s+)?(?:statement|release|communiqu[eé]))"
)
# "a press statement issued by the Permanent Mission of ...": the issuer comes after "by".
_ISSUED_BY = re.compile(
    r"(?i)\b(?P<src>(?:press\s+)?(?:statement|release|communiqu[eé]))\s+(?:issued|released|"
    r"published|put\s+out)\s+by\s+"
)


# A line that reports what someone said is a sentence of an article, not a statement's heading:
# "- The Philippine statement at the Council was welcomed by 29 ..., the Department said".
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|according\s+to|was\s+welcomed|were\s+welcomed)\b")


# A speech's heading block: "Item 6: Consideration of ...", "Delivered by Name, Advocacy Director", "(2 minutes)"
_SPOKEN = re.compile(r"(?im)^[^\S\n]*(?:item\s+\d{1,2}\b|(?:delivered|read)\s+by\b|\(\s*\d\s+minutes?\s*\)|oral\s+statement\b)")


def _heading_line(text: str, offset: int) -> bool:
    """Whether the line holding `offset` can be a heading: short, and not reporting speech."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return len(line.split()) <= 40 and not _REPORTING.search(line)


# "MANILA, 4 November 2027 - The IOM and the NDRRMC today issued the following joint statement."
_DATELINE_ISSUED = re.compile(r"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ .’'-]+,[^\n]{3,40}?\s[-–—]\s[^\n]{0,200}?\b(?:issued|released|published)\b")


# "Pakistan's representative said ...", "Türkiye urged ...": a paragraph or sentence that a State's turn opens
_TURN_PARAGRAPH = re.compile(
    r"(?:(?m:^)[^\S\n]*(?:[-•*–][^\S\n]+)?|(?<=[a-z0-9)]\.\s))(?:The\s+)?(?P<who>[A-Z][\w’' -]{2,40}?)(?:[’']s\s+(?:representative|delegate|delegation))?"
    r"(?:,\s+(?:speaking\s+)?(?:on\s+behalf\s+of|as)\s+[^,.;\n]{3,80},)?"  # "Lithuania, on behalf of the Nordic-Baltic group, said"
    r"\s+(?:said|urged|asked|called|welcomed|stressed|expressed|commended|rejected|condemned|recommended|encouraged|"
    r"congratulated|praised)\b"
)


def _speaking_states(text: str) -> int:
    """How many States open a paragraph with their own turn: three or more make a meeting summary of a
    dialogue, whatever its heading ("Special Rapporteur on Afghanistan: ..." over "Iran said ...")."""
    if not re.search(r"(?i)\b(?:Council|Working\s+Group)\b", text) or not re.search(r"(?i)\b(?:dialogue|review|debate|took\s+the\s+floor)\b", text):
        return 0
    if newspaper_report(text):
        return 0
    return len({state.iso3 for m in _TURN_PARAGRAPH.finditer(text) if (state := resolve_state_name(m.group("who")))})


# What a heading block over a speech names: "Joint Statement – ...", "Item 2 — General debate", "HRC 84",
# "Interactive dialogue with ...", "71st Session"
_FORUM_LINE = re.compile(r"(?i)\bstatement\b|\bitem\s*:?\s*\d|\bgeneral\s+debate\b|\b(?:interactive\s+)?dialogue\b|\bHRC\s?\d|"
                         r"\bUPR\s?\d|\bdelivered\s+by\b|\breview\s+of\s+(?-i:[A-Z])|"  # "UPR 66 — Review of Australia", "Delivered by ..."
                         r"\b\d{1,3}(?:st|nd|rd|th|e)\s+session\b|\bsession\s+of\s+the\s+Human\s+Rights\s+Council\b|"
                         r"check\s+against\s+delivery")


def _spoken_heading(head: str) -> bool:
    """A speech under short heading lines that name its forum, opened by "Mr. President," or "Distinguished
    President,": a statement, whatever its heading calls it."""
    salutation = SALUTATION.search(head)
    if salutation is None:
        return False
    lines = [line for line in head[: salutation.start()].splitlines() if line.strip()]
    return 2 <= len(lines) <= 12 and all((len(line.split()) <= 40 or line.count(",") >= 5)  # (or a list of co-sponsors)
                                         and not _REPORTING.search(line) for line in lines) \
        and sum(bool(_FORUM_LINE.search(line)) for line in lines) >= 2


# "Monitoring brief No. 11/2033", "Key figures": a body's own report, whose "Summary" section summarises no meeting
_REPORT_HEAD = re.compile(r"(?im)\b(?:monitoring|briefing|policy)\s+(?:brief|paper|note)\b|\breport\s+No\.|^\s*key\s+figures\b")


_LETTER_OPENING = re.compile(r"(?m)^[^\S\n]*(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor))[,:]")


def recognise_press(doc: Document) -> str | None:
    """ "statement", "meeting_summary" or "press" for such a document; None for anything else."""
    head = doc.text[:1500]
    heading = _STATEMENT_HEAD.search(head)
    if heading and re.match(r"(?i)\s*statement\s+(?:of|by)\s+the\s+(?:(?:country|State)\s+concerned|concerned\s+(?:country|State))\s*$",
                            head[heading.start() :].lstrip().split("\n", 1)[0]):
        heading = None  # "Statement of the concerned country": a section of a meeting summary, not a speech's heading
    ngos = heading and re.match(rf"[^\n]*?(?:{'|'.join(re.escape(n) for n in NGO_NAMES)})", head[heading.start() :])
    if heading and re.search(r"(?i)\bat\s+the\s+(?:conclusion|end|close)\s+of\s+(?:his|her|their|its|the)\s+(?:\w+\s+){0,2}"
                             r"(?:visit|mission)\b", head[heading.start() : heading.start() + 400].split("\n", 1)[0]):
        return "press"  # "Statement by the Special Rapporteur ... at the conclusion of her official visit to Georgia": to the press
    if heading and (_ABOUT_OUTCOME.match(head, heading.end() - 1) or _OWN_VOICE.search(head[:800]) or ngos):
        heading = None  # "Statement of the Royal Government on the outcome of the dialogue", "... wishes to
        # inform that 21 of the 29 delegations ...": a press release about the dialogue
    if heading and not SALUTATION.search(head) and not _SPOKEN.search(head[:600]):  # "Statement by the Coalition Against Arbitrary Detention":
        named = re.match(r"(?i)\s*[^\n]*?(?:statement|intervention)\s+(?:by|of)\s+(?:the\s+)?([^\n,]{3,120})", head[heading.start():])
        spokes = named and re.match(r"(?i)(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|press\s+(?:secretary|office|service)|"
                                    r"ministry|department)\b", named.group(1).strip())  # fmt: skip
        if spokes:  # "Statement by the Spokesperson of the Ministry of Foreign Affairs on the report of ...": a
            heading = None  # government's press statement
        elif named and org_kind(named.group(1).strip()) == "ngo":  # a group's press statement, not a speech
            heading = None  # to a Council forum
        elif re.search(r"(?i)^[^\n]*\bjoint\s+statement\b", head[heading.start():]) and _DATELINE_ISSUED.search(head):
            heading = None  # "Joint statement by IOM and the NDRRMC" under "MANILA, 4 November - ... issued": a release
    statement_for = next((m for m in STATEMENT_FOR.finditer(head) if _heading_line(head, m.start())), None)
    if heading and not _heading_line(head, heading.end() - 1):
        heading = None
    remarks = REMARKS_HEAD.search(head) or RIGHT_OF_REPLY_HEAD.search(head[:600])
    if re.search(r"(?im)^[^\S\n]*(?:press|media|news)\s+release[^\S\n]*$", head[:300]):  # "MINISTRY OF FOREIGN AFFAIRS /
        return "press"  # PRESS RELEASE / Foreign Minister delivers Indonesia's statement at ...": a release about a statement
    if _LETTER_OPENING.search(head):  # "RIGHT OF REPLY / The Southern Cross Chronicle / ... / Sir, Your article on
        return "press"  # Saturday ...": a letter to a paper, not a reply at the Council
    if state_heading(head) is not None:  # "Republic of Moldova / Presentation of the national report / ... /
        return "statement"  # Thank you, Madam President.": a State's statement
    if civil_heading(head) is not None:  # "Irish Human Rights and Equality Commission / Human Rights Council, 78th
        return "statement"  # session / ... / Madam President,": an NHRI's or NGO's statement
    if heading or statement_for or ADDRESS_HEAD.search(head) or who_statement_line(head) or LABELLED_STATEMENT.search(head) \
            or (remarks and _heading_line(head, remarks.start())) or _spoken_heading(head):
        return "statement"
    first_line = doc.text.lstrip().split("\n", 1)[0]
    if re.search(r"(?i)\b(?:press\s+release|news\s+release|communiqu[eé]|media\s+statement)\s*$", first_line):
        return "press"  # "Embassy of the Republic of Indonesia - Press Release": whatever it reports
    lines = [line for line in doc.text[:600].splitlines() if line.strip()][:4]
    if any(re.match(r"(?i)\s*(?:press|news)\s+release\s*[-–—:|]\s*(?:the\s+)?(?:Permanent\s+Mission|Embassy|Ministry|Mission)\b", line)
           for line in lines):  # "Press Release - Permanent Mission of ..., Geneva" under the headline: a State's release
        return "press"
    heading = any(_SUMMARY_HEAD.search(line) and (len(line.split()) <= 12 or re.match(r"(?i)\s*meetings?\s+(?:summary|coverage)\b", line))
                  and not (line.strip().lower() == "summary" and _REPORT_HEAD.search(doc.text[:600]))
                  for line in doc.text[:600].splitlines())  # "Meeting summary: Interactive dialogue with the ...": any length
    labelled = len(re.findall(r"(?m)^[^\S\n]*[A-Z][^:\n]{2,80}:[^\S\n]+(?:said|[a-z]{3,}ed)\b", doc.text))  # "Egypt: said the
    if heading or _SUMMARY_SIGNS.search(doc.text[:5000]) or _speaking_states(doc.text) >= 3 or treaty_dialogue(doc.text) \
            or labelled >= 3:  # mandate had no basis ...", one line a speaker
        return "meeting_summary"
    if _PRESS_SIGNS.search(doc.text):
        return "press"
    return None


def _upr_forums(ctx: PressContext) -> list[tuple[int, dict[str, Any]]]:
    """Forums for a UPR review the article talks about: the State reviewed, session and date."""
    from rightstrack.extract.press_states import find_states

    forums = []
    mentions = list(_UPR.finditer(ctx.text)) + list(_RECORD_EXAMINED.finditer(ctx.text))
    if mentions:
        mentions += [m for m in _REVIEW_AGAIN.finditer(ctx.text) if m.start() > mentions[0].start()]
    for match in sorted(mentions, key=lambda m: m.start()):
        if re.search(r"(?i)\b(?:through|via|by\s+way\s+of|cooperation\s+under|engagement\s+(?:with|in)|cooperate\s+with|"
                     r"cooperation\s+with)\s+(?:the\s+)?$", ctx.text[max(0, match.start() - 25) : match.start()]):
            continue  # "should be handled through the Universal Periodic Review", "Eritrea's cooperation under the
            # Universal Periodic Review": the mechanism, not a review held
        s_start, s_end = ctx.sentence_at(match.start())
        named = find_states(ctx.text[match.end() : s_end])
        state = named[0][2] if named and named[0][0] < 8 else ctx.state
        days = [d for d in ctx.dates_in(s_start, s_end) if d.precision == "day" and d.date
                and not in_dateline(ctx.text, d)  # "TASHKENT, 10 May 2023 (UzA) -" dates the report
                and not _SAID_ON.search(ctx.text[max(s_start, d.start - 60) : d.start])]  # fmt: skip
        # "... the Review was received in Geneva on Monday, 9 November": a day right after the name
        possessive = [d for d in days if re.match(r"[’']s\s+(?:Universal\s+Periodic\s+|UPR\s+)?[Rr]eview\b", ctx.text[d.end : d.end + 30])]
        following = possessive or [d for d in days if 0 <= d.start - match.end() <= 80] or [
            d for d in days if re.search(r"(?i)\breview\b[^.;]{0,30}$", ctx.text[max(s_start, d.start - 40) : d.start])
        ]  # "... urged on Friday ..., after ... spoke at Indonesia's review in Geneva on Wednesday": the review's day
        days = following[:1] + [d for d in days if d not in following[:1]]
        today = [d for d in days if re.fullmatch(r"(?i)(?:this\s+(?:morning|afternoon|evening)|today)", d.text) and re.search(
            r"(?i)\b(?:reviewed|examined|considered)\b[^.;,]{0,30}$", ctx.text[max(s_start, d.start - 50) : d.start])]
        days = today[:1] + [d for d in days if d not in today[:1]]  # "Brazil was reviewed this morning by the Working
        # Group, meeting in its seventy-first session from 4 to 15 November": the review's own day
        session = upr_session(ctx.text[s_start:s_end])  # the Working Group's, never the Council's
        if _ADOPTED_REPORT.search(ctx.text, s_start, s_end):  # "Two days later, the Working Group on the UPR adopted its
            days = []  # report on Uganda": the day of the report, not of the review (dated where the review is told)
            earlier = next((f for _, f in reversed(forums) if f.get("date")), None)
            if earlier is not None:
                days = [d for d in ctx.dates if d.date is not None and d.date.isoformat() == earlier["date"]][:1]
        state_dict = {"name": state.name, "iso3": state.iso3} if state else None
        forums.append((match.start(), {
            "type": "upr_review", "state_under_review": state_dict, "state_concerned": state_dict,
            "session": session,
            "date": days[0].date.isoformat() if days and days[0].date else None,
        }))  # fmt: skip
    return forums


# The Working Group's own adoption of its report on a review, days after it (not the Council's adoption of the outcome,
# months later, which is a forum of its own)
_ADOPTED_REPORT = re.compile(r"(?i)\bWorking\s+Group\b[^.;]{0,80}?\b(?:adopted|adopts|will\s+adopt)\s+(?:its|the)\s+(?:report|"
                             r"recommendations)\b|\badoption\s+of\s+the\s+report\s+of\s+the\s+(?:UPR\s+)?Working\s+Group\b")


# The document is itself a body's release: "Press statement of the Permanent Mission of ...",
# "The Ministry of Foreign Affairs is pleased to inform that ...".
_OWN_HEAD = re.compile(r"(?im)^[^\S\n]*(?:joint\s+)?(?:press\s+(?:statement|release)|statement\s+to\s+the\s+press|"
                       r"communiqu[eé]|news\s+release)(?:[^\S\n]+(?:of|by|from)[^\S\n]+|[^\S\n]+[-–—|:][^\S\n]+|[^\S\n]*(?:\n[^\S\n]*){1,2})"
                       r"(?P<who>[^\n]{3,200})$")  # fmt: skip
_OWN_VOICE = re.compile(r"(?i)\s+(?:is|are)\s+(?:pleased|happy|glad|proud)\s+to\s+(?:inform|announce|share|report)|"
                        r"\s+(?:wishes|would\s+like)\s+to\s+inform\b|\s+informs\s+(?:the\s+public|the\s+press|"
                        r"all\b|that\b)")  # fmt: skip
# The close of a press release: "ENDS", "###", "For more information contact ..."
_RELEASE_FOOTER = re.compile(r"(?im)^[^\S\n]*(?:-?\s*ENDS\s*-?|###|For\s+more\s+information|(?:Media|Press)\s+contacts?\b)")
_OWN_PRESENT = re.compile(r"\s+(?:warmly\s+)?(?:welcomes|thanks|congratulates|expresses|reaffirms|announces|notes\s+with|"
                          r"takes\s+note)\b")  # "The Ministry ... welcomes the interactive dialogue held last Thursday"
# "The Andean Rights Observatory (ARO) today released its ... assessment": a release's body, acting the day it writes
_TODAY_VERB = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,10}\))?\s+today\s+(?:released|published|launched|issued|presented|said|announced|welcomed)\b")
_SAID_TODAY = re.compile(r"\b(?:said|says|stated|warned|announced|reported)\s+today\b")
# "MINISTRY OF FOREIGN AFFAIRS, FOREIGN EMPLOYMENT AND TOURISM": a release's letterhead in capitals
_CAPS_LETTERHEAD = re.compile(  # (under the State's name: "HELLENIC REPUBLIC / MINISTRY OF ...")
    r"\s*(?:(?:[A-Z]+\s+)?REPUBLIC(?:\s+OF(?:\s+[A-Z]+){1,3})?[^\S\n]*\n)?(?P<who>(?:MINISTRY|MINISTÈRE|MINISTERIO|MINISTÉRIO|SECRETARIAT|SECRETARÍA|SECRETARIA|DEPARTMENT|OFFICE|EMBASSY|PERMANENT MISSION|"
    r"NATIONAL|COMMISSION|HIGH COMMISSION|PRESIDENCY|GOVERNMENT)\b[A-Z ,’'&-]{3,110}?)[^\S\n]*\n"
)
# "WFP Afghanistan Country Brief", "UNHCR Sudan Emergency Update No. 12": an agency's own report
_AGENCY_BRIEF = re.compile(r"\s*(?P<who>[A-Z][\w-]*)[^\S\n]+[^\n]{0,60}?\b(?:Country\s+Brief|Situation\s+Report|"
                           r"Sitrep|Flash\s+Update|Fact\s+Sheet|Operational\s+Update|Emergency\s+Update|"
                           r"Humanitarian\s+Update)\b[^\n]*\n")  # fmt: skip


# "Statement by the Special Rapporteur ..., Name, at the conclusion of her official visit to Georgia", "End-of-visit
# statement of the UN Special Rapporteur on ...": an expert's statement to the press at the end of a visit
_VISIT_END_HEAD = re.compile(r"(?i)\s*((?:statement\s+by\s+[^\n]{3,300}?\bat\s+the\s+(?:conclusion|end|close)\s+of\s+"
                             r"(?:his|her|their|its|the)\s+(?:\w+\s+){0,2}(?:visit|mission)\b|end[\s-]of[\s-](?:visit|mission)\s+"
                             r"statement\b[^\n]*))")  # fmt: skip


def _heading_name(line: str) -> str:
    """A heading line that names a body, without what may follow the name: "COMMISSION ON HUMAN RIGHTS AND
    ADMINISTRATIVE JUSTICE (CHRAJ)" and "National Human Rights Commission, Nepal" name the body alone."""
    line = re.sub(r"\s*\([A-Z][A-Za-z-]{1,11}\)\s*$", "", line.strip(" ,."))
    line = re.sub(r"\s+[–—|-]\s+(?i:blog|news|statement|press\s+release|media\s+release|update|bulletin|commentary|analysis)$", "",
                  line)  # "CAUCASUS PRISONER WATCH – BLOG": the body, without what kind of text follows
    country = re.search(r",\s*([^,]{3,40})$", line)
    if country and resolve_state_name(country.group(1).strip()) is not None:
        line = line[: country.start()]
    return line.strip(" ,.")


_JOINING_WORDS = {"of", "the", "and", "for", "on", "in", "to", "de", "del", "la", "las", "los", "el", "y", "e", "des", "du",
                  "le", "les", "et", "da", "do", "dos", "das"}  # fmt: skip


def _find_author(ctx: PressContext) -> ActorRef | None:
    """The body whose own release the document is, if it says so in its heading or first lines."""
    visit_end = _VISIT_END_HEAD.match(ctx.text)
    holder = [f.actor for f in ctx.actors.within(0, visit_end.end()) if f.actor.kind == "official"] if visit_end else []
    if visit_end and not holder:  # "END OF MISSION STATEMENT / Special Rapporteur on ..., Mr. Name / Official visit to
        lines = re.match(r"(?:[^\n]*\n){1,5}", ctx.text[visit_end.end() :])  # Georgia": the holder in the lines under it
        below = visit_end.end() + (lines.end() if lines else 0)
        holder = [f.actor for f in ctx.actors.within(visit_end.end(), below) if f.actor.kind == "official"
                  and re.search(r"(?i)rapporteur|independent\s+expert|working\s+group|commissioner", f.actor.title or "")]
    if holder:  # "Statement by the Special Rapporteur ..., Name, at the conclusion of her official visit": hers
        return holder[0]
    if _LETTER_OPENING.search(ctx.text[:1500]):  # a letter to the editor: its signatory, under the last paragraph
        signed = [f.actor for f in ctx.actors.mentions if f.actor.kind == "official" and f.start >= len(ctx.text) - 400
                  and ctx.text[max(0, f.start - 2) : f.start] == "\n\n"]  # fmt: skip
        if signed:
            return signed[-1]
    spokes = re.search(r"(?im)^[^\S\n]*(?:Deputy[^\S\n]+)?Spokes(?:person|man|woman)\b[^\n:]{0,120}:[^\S\n]*(?P<name>[^\n]{3,60})$",
                       ctx.text[:600])  # "Spokesperson for the UN High Commissioner for Human Rights: Name" over briefing notes
    speaker = next((f.actor for f in ctx.actors.within(spokes.start("name"), spokes.end("name")) if f.actor.kind == "official"),
                   None) if spokes and re.search(r"(?i)briefing\s+notes|(?:press|media|news)\s+briefing", ctx.text[:300]) else None  # fmt: skip
    if speaker is not None:  # the notes are the spokesperson's words
        return speaker
    office = _UN_OFFICE_RELEASE.match(ctx.text)
    if office:  # "UN Human Rights Regional Office for Southern Africa / NEWS RELEASE": the office's own release, named
        own = [m for m in sorted(ctx.actors.mentions, key=lambda m: m.start)  # as the text names it in full
               if m.actor.kind == "un_mechanism" and re.search(r"\bOffice\b", m.actor.name)]  # fmt: skip
        if own:
            return max(own[:3], key=lambda m: len(m.actor.name)).actor
    head = _OWN_HEAD.search(ctx.text[:600])
    first = re.match(r"\s*(?P<who>[^\n]{3,120})\n", ctx.text)  # a first line that is only a body's name
    span, whole_line = (head.span("who"), False) if head else (first.span("who"), True) if first else ((0, 0), False)
    named = [f for f in ctx.actors.within(*span)
             if f.actor.kind not in ("state", "media", "official", "un_mechanism")]  # fmt: skip
    if named and (not whole_line or _heading_name(ctx.text[span[0] : span[1]]).lower() == named[0].actor.name.lower()):
        return named[0].actor
    if named and whole_line and named[0].start - span[0] <= 4 and re.match(r"\s*[-–—:|]", ctx.text[named[0].end :]) \
            and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", ctx.text[span[1] :]):  # fmt: skip
        return named[0].actor  # "Belarus Prisoners Watch - Geneva bulletin" over "By our count, ..."
    if named and whole_line and re.search(r"\s[-–—:|]\s*$", ctx.text[span[0] : named[-1].start]) \
            and ctx.text[named[-1].end : span[1]].strip(" ,.") == "" \
            and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", ctx.text[span[1] :]):  # fmt: skip
        return named[-1].actor  # "Policy Brief No. 31 - Lakeside Institute" over "By our reading, ..."
    for line in list(re.finditer(r"[^\n]+", ctx.text[:500]))[1:4]:  # "Steppe Justice Bureau - Policy Brief No. 7" under
        body = [f for f in ctx.actors.within(line.start(), line.end()) if f.actor.kind in ("ngo", "nhri")]  # the headline
        if body and body[0].start - line.start() <= 4 and re.match(r"\s*[-–—:|]\s*(?:Policy\s+Brief|Briefing|Brief|"
                                                                   r"Bulletin|Update|Report|Analysis|Fact\s+Sheet)\b",
                                                                   ctx.text[body[0].end : line.end()]) \
                and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", ctx.text[line.end() :]):  # fmt: skip
            return body[0].actor  # over "Our breakdown of the addendum shows ..."
        by = re.match(r"\s*(?:Analysis|Commentary|Research|Briefing|Report|A\s+(?:report|briefing|review))\s+(?:by|from)\s+", line.group(0))
        if body and by and body[0].start - line.start() == by.end() and not ctx.text[body[0].end : line.end()].strip(" .") \
                and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", ctx.text[line.end() :]):  # fmt: skip
            return body[0].actor  # "Analysis by Defenders Monitor International" over "Our review of ... found"
    blank = re.search(r"\n[^\S\n]*\n", ctx.text[:600])
    for line in re.finditer(r"[^\n]+", ctx.text[: blank.start() if blank else 0]):  # a heading line
        body = [f for f in ctx.actors.within(line.start(), line.end())  # that is only a body's name
                if f.actor.kind in ("government_body", "ngo", "nhri")]  # fmt: skip
        if body and re.fullmatch(r"(?:Press|Media|Communications?|Information)\s+(?:Office|Service|Unit|Section)", body[0].actor.name):
            continue  # "MINISTRY OF MIGRATION AND ASYLUM / Press Office": the ministry's office, not its author
        if body and _heading_name(line.group(0)) == ctx.text[body[0].start : body[0].end]:
            if re.match(r"(?i)(?:the\s+)?(?:Government|Republic|Kingdom|State)\s+of\b", body[0].actor.name) and any(
                    f.actor.kind == "government_body" and f.start > line.end() for f in ctx.actors.within(line.end(), blank.start())):
                continue  # "Government of Nepal / Ministry of Foreign Affairs / Press Release": the ministry's release
            return body[0].actor  # "FACT SHEET / Outcome of ... / National Centre for Human Rights of ..."
    for s_start, s_end in ctx.sentences[:6]:
        voice = _OWN_VOICE.search(ctx.text, s_start, s_end)
        if voice:
            named = [f.actor for f in ctx.actors.within(s_start, voice.start())
                     if f.actor.kind not in ("state", "media", "un_mechanism")]  # fmt: skip
            if named:
                return named[-1]
    if re.match(r"(?i)\s*(?:press|media|news)\s+release\s*\n|\s*communiqu[eé]\s*\n", ctx.text):  # "PRESS RELEASE / ... / The
        for s_start, s_end in ctx.sentences[:6]:  # Ministry of Justice welcomes the dialogue ...": the body that opens
            opener = [f for f in ctx.actors.within(s_start, s_end) if f.actor.kind in ("government_body", "ngo", "nhri")]
            if opener and (_OWN_PRESENT.match(ctx.text, opener[0].end) or _TODAY_VERB.match(ctx.text, opener[0].end)) \
                    and not ctx.text[s_start : opener[0].start].strip(
                    " \n").removeprefix("The").strip() and "\n" not in ctx.text[opener[0].start : opener[0].end]:  # fmt: skip
                return opener[0].actor  # its release in the present tense
    if _RELEASE_FOOTER.search(ctx.text):  # a release that ends "ENDS / For more information contact ...":
        for s_start, s_end in ctx.sentences[:6]:  # its body said "today" what the release says
            said = _SAID_TODAY.search(ctx.text, s_start, s_end)
            named = [f.actor for f in ctx.actors.within(s_start, said.start()) if f.actor.kind in
                     ("ngo", "nhri", "government_body", "political_party")] if said else []  # fmt: skip
            if named:
                return named[0]
    brief = _AGENCY_BRIEF.match(ctx.text)
    if brief:  # "WFP Afghanistan Country Brief - November 2027": the agency's own figures follow
        named = [f for f in ctx.actors.within(brief.start("who"), brief.end("who"))
                 if f.start == brief.start("who") and f.actor.kind not in ("state", "official", "media")]  # fmt: skip
        if named:
            return named[0].actor
    if first and first.group("who").strip().isupper():  # "BANTAY KARAPATAN ALLIANCE" over its statement: the body
        second = re.match(r"[^\S\n]*([A-Z][A-Z ,’'&-]{5,120})[^\S\n]*\n", ctx.text[first.end() :])  # (or, under its name in
        lines = [first.group("who"), *([second.group(1)] if second else [])]  # its own language, in English)
        lines += [re.sub(r"^THE\s+", "", part) for line in lines for part in re.split(r"\s+[–—|-]\s+", line.strip())]  # ("THE
        # PARLIAMENTARY OMBUDSMAN – NATIONAL PREVENTIVE MECHANISM": the body, then its unit)
        written = next((m.actor for line in lines for m in ctx.actors.mentions if m.actor.kind in ("ngo", "nhri", "government_body")
                        and m.actor.name.upper() == _heading_name(line).upper()), None)  # the text names in full  # fmt: skip
        if written is not None:
            return written
        office = re.fullmatch(r"(?:UN|United\s+Nations)\s+Human\s+Rights\s+Office\s+in\s+[A-Z][\w -]+", heading_case(first.group("who").strip()))
        if office:  # "UN HUMAN RIGHTS OFFICE IN COLOMBIA" over its monthly digest: the Office's own figures
            return ActorRef(office.group(0), "un_mechanism")
        native = re.sub(r"\s+[-–—]\s+[^\n]+$", "", first.group("who").strip())  # "COMISIÓN NACIONAL DE LOS DERECHOS
        initials = "".join(w[0] for w in native.split() if w.lower() not in _JOINING_WORDS)  # HUMANOS - MÉXICO" over a text
        short = next((m.actor for m in ctx.actors.mentions if len(initials) >= 3 and m.actor.short == initials), None)
        if short is not None:  # that names "The National Human Rights Commission (CNDH)": the body, by its acronym
            return short
        name = heading_case(_heading_name(first.group("who")))  # "SAHEL RIGHTS NETWORK" over "the Network's summary",
        head = re.search(rf"(?:{ORG_HEAD})$", name) if ORG.fullmatch(name) or (  # named nowhere else in full
            re.fullmatch(r"[A-Z][\w’'-]*(?:\s+(?:to|of|for|and|the|[A-Z][\w’'-]*)){1,7}", name)  # ("RIGHT TO RETURN BELARUS
            and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", ctx.text[first.end() :])) else None  # CENTRE" over "we", "our")
        if head and re.search(rf"\b(?:the\s+{head.group(0)}\b|[Ww]e\b|[Oo]ur\b)", ctx.text[first.end() :]):
            body = named_body(name)
            if body is not None and org_kind(name) in ("ngo", "nhri"):  # (not "HUMAN RIGHTS COUNCIL" over a statement,
                # nor a parliamentary committee over its hearing)
                return body
    letterhead = _CAPS_LETTERHEAD.match(ctx.text)
    if letterhead:  # "MINISTRY OF FOREIGN AFFAIRS, ..." -> "Ministry of Foreign Affairs, ..."
        name = heading_case(" ".join(letterhead.group("who").strip(" ,").split()))
        return ActorRef(name, org_kind(name))
    return None


# A UN human rights office's letterhead over a release: "OHCHR CAMBODIA / PRESS RELEASE", "UN HUMAN RIGHTS OFFICE /
# Regional Office for West Africa / NEWS"
_UN_OFFICE_RELEASE = re.compile(
    r"\s*(?i:UN\s+Human\s+Rights|OHCHR|Office\s+of\s+the\s+United\s+Nations\s+High\s+Commissioner\s+for\s+Human\s+Rights)\b[^\n]{0,100}\n"
    r"(?:[^\S\n]*(?i:Regional\s+Office|Office)\b[^\n]{0,100}\n)?[^\S\n]*(?i:(?:press|news|media)\s+release|news|"
    r"communiqu[ée](?:\s+de\s+presse)?(?:\s*/\s*press\s+release)?)[^\S\n]*\n"
)


def _find_issuer(ctx: PressContext, events: list[Event]) -> None:
    """Who issued the statement the article reports on ("The ministry issued a press statement"),
    or whose release the document itself is."""
    author = _find_author(ctx)
    if author is not None:
        ctx.issuer = ctx.author = author
        heading = re.search(re.escape(author.name), ctx.text[:400], re.IGNORECASE)
        if heading and not any(m.actor == author for m in ctx.actors.mentions):  # "MINISTRY OF JUSTICE" over its
            ctx.actors.add(Found(heading.start(), heading.end(), author, "mentioned"))  # newsletter: an actor of the text
        head_end = max(40, min(ctx.text.find("\n\n") % (len(ctx.text) + 1), 400))  # (the heading block)
        for event in events:  # "END OF MISSION STATEMENT", "PRESS RELEASE" heading the text: its author's statement
            if event.event_type == "press_statement" and not event.participants and event.evidence.start < head_end:
                event.participants.append(author)
        return
    for s_start, s_end in ctx.sentences:
        match = _ISSUED.search(ctx.text[s_start:s_end]) or _ISSUED_BY.search(
            ctx.text[s_start:s_end]
        )
        if not match:
            continue
        if match.re is _ISSUED_BY:
            named = [f.actor for f in ctx.actors.within(s_start + match.end(), s_end)
                     if f.start <= s_start + match.end() + 4 and f.actor.kind != "media"]  # fmt: skip
            phrase = re.match(r"[^,.;]{2,60}?(?=\s+(?:on|in|at|last|this|earlier)\b|[,.;]|$)",
                              ctx.text[s_start + match.end() : s_end])  # fmt: skip
            by_phrase = resolve_who(ctx, phrase.group(0), s_start) if phrase else None
            who = by_phrase or (named[0] if named else None)  # "issued by the Cambodian mission"
        else:
            before = [f.actor for f in ctx.actors.within(s_start, s_start + match.start())
                      if f.actor.kind not in ("state", "media")]  # fmt: skip
            subject = re.search(
                r"((?:[Tt]he\s+)?\w+)\s*$", ctx.text[s_start : s_start + match.start()]
            )
            who = (
                before[-1]  # the body nearest the verb: "The Council adopted ..., the ministry said in"
                if before
                else (resolve_who(ctx, subject.group(1), s_start) if subject else None)
            )
        if who is None:
            continue
        ctx.issuer = who
        dated = [e for e in events if e.event_type == "press_statement" and e.date is not None
                 and s_start <= e.evidence.start < s_end]  # fmt: skip
        kind = "press release" if "release" in match.group("src").lower() else "press statement"
        ctx.issuer_source = (
            f"{kind} of {dated[0].date.isoformat()}" if dated else match.group("src")
        )
        for event in dated:
            if who not in event.participants:
                event.participants.insert(0, who)
        return


def _actor_items(ctx: PressContext, claims: list[Claim], statements: list[Statement]) -> list[ActorMention]:
    claimants = {c.claimant for c in claims if c.claimant is not None}
    seen: dict[ActorRef, ActorMention] = {}
    for found in sorted(ctx.actors.mentions, key=lambda m: m.start):
        if found.actor in seen:
            continue
        role = "mentioned" if found.role in ("venue", "office") else found.role
        if found.actor in claimants and role in ("mentioned", "official"):
            role = "claimant"
        if found.actor.kind == "state" and ctx.state is not None and found.actor == ctx.state:
            role = "state_concerned"
        seen[found.actor] = ActorMention(
            evidence=ctx.evidence(found.start, found.end), actor=found.actor, role=role
        )
    for claim in claims:  # a speaker known only from "said Aye Thida" is an actor too
        if claim.claimant is not None and claim.claimant not in seen:
            seen[claim.claimant] = ActorMention(evidence=claim.evidence, actor=claim.claimant,
                                                role="claimant")  # fmt: skip
    for statement in statements:  # "Women for Peace in Rakhine, a non-governmental organization, said": a group
        speaker = statement.speaker  # known only as a speaker of a summary is an actor too
        if speaker is not None and speaker.kind in ("ngo", "nhri") and speaker not in seen and not any(
                ref.name == speaker.name for ref in seen):  # fmt: skip
            seen[speaker] = ActorMention(evidence=statement.evidence, actor=speaker, role="speaker")
    return list(seen.values())


def _verify(claims: list[Claim], statements: list[Statement]) -> None:
    """Fill each claim's `verification` from the statements of the same document and forum."""
    from rightstrack.analyse.claim_check import check_claim
    from rightstrack.analyse.forums import forum_key

    for claim in claims:
        key = forum_key(claim.forum) if claim.forum else None
        same = [s.to_dict() for s in statements if key and s.forum and forum_key(s.forum) == key]
        figures = (claim.verification or {}).get("figures")
        claim.verification = check_claim(claim.to_dict(), same)
        if figures:
            claim.verification["figures"] = figures


def _tally_spans(ctx: PressContext, claims: list[Claim]) -> list[tuple[int, int]]:
    """Dates, and the figures a dialogue tally was built from: not counts of recommendations."""
    used = [f["evidence"] for c in claims for f in (c.verification or {}).get("figures", [])]
    return [(d.start, d.end) for d in ctx.dates] + [(e["start"], e["end"]) for e in used]


def extract_press(doc: Document) -> list[Item]:
    """Actors, events, claims and statements of a press article, statement or meeting summary."""
    if doc.published is None:
        doc.published = find_published(doc.text)
    ctx = build_context(doc)
    events = find_events(ctx)
    events = _told_in_dialogue(events + _dialogues_of_reports(ctx, events))
    upr = _upr_forums(ctx)
    for event in events:  # "the interactive dialogue" of the Working Group on the UPR: the review itself
        if event.forum and upr and (re.search(r"(?i)periodic\s+review", event.forum.get("mandate") or "") or (
                event.forum.get("type") in ("interactive_dialogue", "upr_review") and not event.forum.get("mandate") and not re.search(
                    r"(?i)\bdialogue\s+(?:on|with)\s+the\s+(?:[\w-]+\s+){0,3}(?:report|update|Special|Independent|High|"
                    r"Commission|Working|Group|Fact|Expert)", event.evidence.quote))):  # fmt: skip  # "the 104
            # delegations that took the floor during the interactive dialogue" of a review: the review's dialogue
            before = [f for pos, f in upr if pos <= event.evidence.start]
            if re.search(r"\bHigh\s+Commissioner\b", event.evidence.quote or "") or (
                    not before and re.search(r"\bHuman\s+Rights\s+Council\b", event.evidence.quote or "")):
                continue  # "the Council's interactive dialogue on the DRC, opened by the Deputy High Commissioner", a
                # review named only later: the Council's own dialogue on the State
            review = (before or [upr[0][1]])[-1]
            own = event.forum.get("type") == "upr_review" and event.date is not None and event.end_date is None  # ("took
            # part in the review on 23 January": that day, whatever day the article gives the review's outcome)
            event.forum = {**review, "date": (event.forum.get("date") if own else None) or review.get("date") or event.forum.get("date")}
    ctx.forums = sorted(
        [(e.evidence.start, e.forum) for e in events if e.forum] + upr,
        key=lambda pair: pair[0],
    )
    _find_issuer(ctx, events)
    visit_end = _VISIT_END_HEAD.match(ctx.text)
    if visit_end and ctx.author is not None and doc.published is not None and not any(
            e.event_type == "press_statement" for e in events):  # "End-of-visit statement of the Special Rapporteur
        events.append(Event(evidence=ctx.evidence(visit_end.start(1), visit_end.end(1)), event_type="press_statement",
                            date=doc.published, date_text="date of the document", date_resolved=True,
                            participants=[ctx.author]))  # ...": her statement to the press, the day it is dated  # fmt: skip
    _transcribed_conference(ctx, events)
    undated_statements(ctx, events)
    statements: list[Statement] = []
    if doc.kind == "statement":
        statements = statement_items(ctx)
    elif doc.kind == "meeting_summary":
        statements = summary_items(ctx)
        events += _segment_addresses(ctx, statements)
    voice = _voice(ctx, statements[0]) if doc.kind == "statement" and statements else None
    first_person = ctx.author if ctx.author is not None and ctx.author.kind == "official" else voice
    if first_person is None and doc.kind == "statement" and statements:  # an NHRI's or NGO's statement: the head
        first_person = _heading_official(ctx)  # delivering it says "I met the Minister" (its figures stay the body's)
    _speakers_who_met(ctx, events, first_person)
    figures = tally_figures(ctx)
    claims = tally_claims(ctx, figures)
    for claim in claims:  # "Of the 104 delegations that spoke during the dialogue, 91 welcomed ...": the speaker's count
        if claim.claimant is None and doc.kind == "statement" and statements and statements[0].speaker:
            claim.claimant = statements[0].speaker
    skip = [(d.start, d.end) for d in ctx.dates] + [(f.start, f.end) for f in figures if not f.percent]
    if doc.kind in ("press", "statement", "meeting_summary"):  # a State's own statement at its UPR
        responses = response_claims(ctx, _tally_spans(ctx, claims))  # adoption counts too: "accepted 173 of the 198"
        skip += [(f["evidence"]["start"], f["evidence"]["end"]) for c in responses
                 for f in c.verification["figures"]]  # fmt: skip
        for claim in responses:  # "we support 173": the statement's own speaker claims it, whoever it consulted
            if doc.kind == "statement" and statements and statements[0].speaker and (claim.claimant is None or (
                    statements[0].speaker.kind in (None, "state") and claim.claimant.kind not in ("official", "state", None))):
                claim.claimant = statements[0].speaker
        numbers = {n for r in responses for n in (r.total, r.supportive, r.critical) if n is not None}
        claims = [c for c in claims if not (c.claim_type == "tally" and c.total is None and (c.supportive, c.critical) != (None, None)
                                            and {n for n in (c.supportive, c.critical) if n is not None} <= numbers)]  # fmt: skip
        # ("Forty-four noted, 190 supported: ..." over a State's answers to its review: those answers, not speakers)
        claims += responses
    if doc.kind == "press":  # "The ministry said on Monday that 34 of the 45 ...": its statement that day
        events += statements_behind_tallies(ctx, events, [c for c in claims if c.claim_type in ("tally", "response_tally")])
        events += lead_statement(ctx, events)  # "..., the Commissioner's office said on Tuesday": its statement that day
        events += bodies_said_on_days(ctx, events)  # "The Ministry of Interior said on Monday that ...": another's
    if doc.kind in ("press", "meeting_summary"):  # a summary quotes the expert presenting a report
        claims += quotation_claims(ctx)
    elif doc.kind == "statement" and statements:  # "As the Commission puts it, '...'", "as Name told us: '...'": the
        speaker = statements[0].speaker  # words a statement cites are the cited body's or person's
        claims += [q for q in quotation_claims(ctx) if q.claimant is not None and q.claimant != speaker
                   and q.claimant.kind != "state"]  # fmt: skip
    # "We welcome the release of 52 political prisoners"; in a summary, what a speaker said in the
    # room ("the head of delegation said 4,200 police officers had been trained")
    figures_claimed = figure_claims(ctx, skip)
    if doc.kind == "statement" and statements and statements[0].speaker is not None:
        for claim in figures_claimed:  # "In 2027, the Council held 27 selections ...": the delegation speaking
            found = claim.claimant is not None and (claim.claimant.kind in ("un_mechanism", "nhri", "ngo", "government_body")
                                                    or (claim.claimant.kind == "official" and claim.claimant != voice)) \
                and _FINDING.search(claim.evidence.quote or "")  # "The Independent Expert documented 687 incidents": its own
            # ("His report documents 312 cases", of the Special Rapporteur the statement thanks: his)
            cited = claim.claimant is not None and _OTHERS_COUNT.search(claim.evidence.quote or "")  # "By UNESCO's estimate,
            ours = re.match(r"\s*(?:[Oo]ur\s+own\s|[Ww]e\s+(?:have\s+|had\s+|also\s+)?(?:counted|recorded|documented|received|"
                            r"registered|verified)\b)", claim.evidence.quote or "")  # "Our own helpline received ...":
            holder = (_HIS_REPORT.match(claim.evidence.quote or "") if claim.claimant is None or claim.claimant == statements[0].speaker
                      else None) or _AS_HOLDER_REPORTS.search(claim.evidence.quote or "")  # "as the Independent Expert
            if holder is None and _IT_REPORT.match(claim.evidence.quote or ""):  # reports, 3.8 million people ...": the holder's
                s_start = ctx.sentence_at(claim.evidence.start)[0]  # ("It acknowledges that ...", after "His report ...")
                holder = _IT_REPORT.match(claim.evidence.quote or "") if _HIS_REPORT_ENDS.search(
                    ctx.text, max(0, s_start - 300), s_start) else None
            if holder is not None:  # "His report documents 312 cases": the mandate holder's, thanked before
                titled = re.search(r"(?i)Special\s+Rapporteur|Independent\s+Expert", holder.group(0))
                claim.claimant = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)
                                       if titled and m.start < claim.evidence.start and m.actor.kind == "official"
                                       and re.match(r"(?i)" + titled.group(0).replace(" ", r"\s+"), m.actor.title or "")), None) or next(
                    (m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)
                                       if m.start < claim.evidence.start and m.actor.kind == "official" and m.actor != voice
                                       and re.search(r"(?i)\b(?:Special\s+Rapporteur|Independent\s+Expert)\b",
                                                     ctx.text[max(0, m.start - 60) : m.end + 60])), None)  # fmt: skip
                if claim.claimant is not None:
                    continue
            if claim.claimant is None or ours or not (SAID_IN.search(claim.evidence.quote or "") or found or cited):  # the
                # speaker's, whatever body was cited the sentence before (and not "By UNESCO's estimate, 1.4 million ...")
                claim.claimant = statements[0].speaker
                group = statements[0].on_behalf_of  # "the institutions of our network recorded 318 cases", read for the
                ours_of = re.search(r"(?i)\bour\s+(network|alliance|coalition|platform|federation)\b", claim.evidence.quote or "")
                if group is not None and ours_of and ours_of.group(1).lower() in group.name.lower() and ours_of.group(1).lower() \
                        not in (statements[0].speaker.name if statements[0].speaker else "").lower():  # fmt: skip
                    claim.claimant = group  # network: the network's figure (the speaker's, when it is the coalition)
    claims += figures_claimed
    _holders_speak(ctx, claims)
    if doc.kind == "meeting_summary":
        _turn_claimants(ctx, claims, statements)
    _verify(claims, statements)
    _warn(doc, ctx, events, claims)
    items: list[Item] = [*_actor_items(ctx, claims, statements), *events, *claims, *statements]
    return items


def _told_in_dialogue(events: list[Event]) -> list[Event]:
    """Events less an undated "told the Council" that follows a dated dialogue ("Its chairperson ... told the Council
    that ...", after the dialogue in which the report was presented), or one dated the dialogue's day ("On Monday, the
    minister answered the Special Rapporteur at the Council ... he told the Council"): said in that dialogue, not an
    address of its own."""
    dialogues = [e for e in events if e.event_type == "interactive_dialogue" and e.date is not None]
    return [e for e in events if not (
        e.event_type == "oral_update" and e.date in (None, *(d.date for d in dialogues if d.evidence.start < e.evidence.start))
        and re.search(r"\btold\s+the\s+(?:Human\s+Rights\s+)?Council\b",
                                                                        e.evidence.quote or "")
        and not re.search(r"(?i)\boral\s+update", e.evidence.quote or "")
        and any(d.evidence.start < e.evidence.start for d in dialogues))]  # fmt: skip


_FIRST_PERSON_MET = re.compile(r"\bI\s+(?:also\s+|then\s+|later\s+)?(?:had\s+|have\s+|did\s+)?(?:met|meet|held|spoke|visited|had|conclude[sd]?|received|hosted)\b|"
                               r"\bmy\s+(?:official\s+)?visit\b")
_WE_MET = re.compile(r"\b[Ww]e\s+(?:also\s+|then\s+|later\s+)?(?:met|received|hosted|briefed)\b|\b(?:at|in)\s+our\s+(?:office|offices|"
                     r"headquarters|premises)\b")
_WE_PUBLISHED = re.compile(r"\b[Ww]e\s+(?:also\s+|then\s+)?(?:published|released|launched|presented|issued)\s+our\b")
_YOU_MET = re.compile(r"\b[Yy]ou\s+(?:also\s+|then\s+)?(?:met|received|hosted|held|spoke|visited)\b")
_LABELLED_LINE = re.compile(r"(?m)^[^\S\n]*[A-Z][^\n:]{1,80}:[^\S\n]")


def _speakers_who_met(ctx: PressContext, events: list[Event], first_person: ActorRef | None) -> None:
    """Meetings and visits told in the first or second person take their speaker: "On 27 November I met the Minister"
    in an expert's own statement (`first_person`) or on a transcript's labelled line ("SPECIAL RAPPORTEUR (Name): ...
    I received ..."), and an interviewer's "Cabinet Secretary, you met the Special Rapporteur on Tuesday" (whoever
    answers on the next labelled line); a body writing as "we" ("On Tuesday we met ...", "Last month we published
    our annual report") takes part in its own meetings and reports."""
    for event in events:
        if event.event_type not in ("meeting", "visit", "report"):
            continue
        speaking = None
        if _FIRST_PERSON_MET.search(event.evidence.quote or ""):
            speaking = first_person or answered_by(ctx, event.evidence.start)
        if speaking is None and ctx.author is not None and ctx.author.kind in ("ngo", "nhri", "government_body") and (
                _WE_MET.search(event.evidence.quote or "") if event.event_type == "meeting" else
                event.event_type == "report" and _WE_PUBLISHED.search(event.evidence.quote or "")):
            speaking = ctx.author  # "On Tuesday we met the Group of Experts", "she had met 40 families at our office":
            # the body writing, in the first person plural
        if speaking is not None and speaking not in event.participants:
            event.participants.insert(0, speaking)
    for event in events:
        if event.event_type in ("meeting", "visit") and _YOU_MET.search(event.evidence.quote or ""):
            answer = _LABELLED_LINE.search(ctx.text, event.evidence.end)
            addressed = answered_by(ctx, answer.end()) if answer else None
            if addressed is not None and addressed not in event.participants:
                event.participants.insert(0, addressed)


# A transcript's heading: "TRANSCRIPT: END-OF-VISIT PRESS CONFERENCE", "Press briefing by ... (transcript)"
_TRANSCRIPT_HEAD = re.compile(r"(?i)\s*[^\n]*?(?:\btranscript\b[^\n]*\bpress\s+(?:conference|briefing)|\bpress\s+(?:conference|"
                              r"briefing)\b[^\n]*\btranscript\b|"
                              r"\btranscript[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*press\s+(?:conference|briefing)\b[^\n]*)")  # ("TRANSCRIPT /
# (blank) / Press briefing by the Secretary of State ...": the label over the conference's own heading)


def _transcribed_conference(ctx: PressContext, events: list[Event]) -> None:
    """The press conference a transcript is headed with was held the day the transcript is dated, by the officials whose
    labels open its lines ("SPECIAL RAPPORTEUR (Name): Thank you ..."), not by those asking or chairing."""
    head = _TRANSCRIPT_HEAD.match(ctx.text)
    if head is None or ctx.doc.published is None:
        return
    for event in events:
        if event.event_type != "press_statement" or event.date is not None or event.evidence.start > head.end():
            continue
        event.date, event.date_text, event.date_resolved = ctx.doc.published, "date of the document", True
        for line in _LABELLED_LINE.finditer(ctx.text):
            who = answered_by(ctx, line.end())
            if who is not None and who.kind == "official" and who not in event.participants:
                event.participants.append(who)


# A mandate presenting its report to the Council: "On Monday the Commission ... presented its annual report to the Human
# Rights Council", "on Monday she reported back to the Human Rights Council"
_REPORTED_TO_COUNCIL = re.compile(r"(?i)\bpresent(?:ed|s|ing)?\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?report\s+to\s+the\s+"
                                  r"(?:UN\s+)?Human\s+Rights\s+Council|\breported\s+(?:back\s+)?to\s+the\s+(?:UN\s+)?Human\s+Rights\s+Council")


def _dialogues_of_reports(ctx: PressContext, events: list[Event]) -> list[Event]:
    """A country mandate presenting its report to the Council does so in an interactive dialogue that day: the
    dialogue, next to the report, when the text names no dialogue of that day (the forum a tally of it counts)."""
    dialogues = []
    for event in events:
        if event.event_type != "report" or event.date is None or not _REPORTED_TO_COUNCIL.search(event.evidence.quote or ""):
            continue
        mandate = [p for p in event.participants if p.kind == "un_mechanism" and p.iso3]
        holder = [p for p in event.participants if p.kind == "official" and re.search(r"(?i)rapporteur|independent\s+expert",
                                                                                       p.title or "")]  # fmt: skip
        if not (mandate or holder) or any(e.event_type == "interactive_dialogue" and e.date == event.date for e in events):
            continue
        dialogue = Event(evidence=event.evidence, event_type="interactive_dialogue", date=event.date, date_text=event.date_text,
                         date_resolved=event.date_resolved, participants=list(event.participants))  # fmt: skip
        dialogue.forum = event_forum(ctx, dialogue, (event.evidence.start, event.evidence.end))
        dialogues.append(dialogue)
    return dialogues


_HIGH_LEVEL = re.compile(r"(?i)\bhigh-level\s+segment\b|\baddresses\s+by\s+(?:dignitaries|ministers|heads\s+of\s+State)\b")


def _segment_addresses(ctx: PressContext, statements: list[Statement]) -> list[Event]:
    """A summary of the Council's high-level segment: each dignitary who takes the floor ("Name, Minister of Foreign
    Affairs of Chile, said ...") addresses the Council that day."""
    if not _HIGH_LEVEL.search(ctx.text[:1500]) or ctx.doc.published is None:
        return []
    addresses = []
    for statement in statements:
        opening = statement.evidence.start
        person = next((f.actor for f in ctx.actors.within(opening, opening + 160) if f.actor.kind == "official"), None)
        if person is None or any(person in e.participants for e in addresses):
            continue
        addresses.append(Event(evidence=statement.evidence, event_type="oral_update", date=ctx.doc.published,
                               date_text="date of the meeting", date_resolved=True,
                               participants=[person]))  # fmt: skip
    return addresses


def _holders_speak(ctx: PressContext, claims: list[Claim]) -> None:
    """ "An estimated 1.6 million girls are out of school, the Special Rapporteur on ... told the Council ... Name, who took
    up the mandate last year, said ...": a one-person mandate's figures are its holder's, named anywhere in the text."""
    holders = {re.sub(r"^(?:UN|United\s+Nations)\s+", "", r.title or ""): r for r in ctx.actors.persons}
    for claim in claims:
        mandate = claim.claimant
        if mandate is not None and mandate.kind == "un_mechanism" and re.match(r"(?:Special\s+Rapporteur|Independent\s+Expert)\b",
                                                                               mandate.name) and mandate.name in holders \
                and not re.search(r"(?i)\baccording\s+to\b", claim.evidence.quote or ""):  # fmt: skip  # (the mandate, as cited)
            claim.claimant = holders[mandate.name]


_SPECIAL_PROCEDURE = re.compile(r"(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group\s+on)\b")


def _voice(ctx: PressContext, statement: Statement) -> ActorRef | None:
    """The official a State's statement names in its heading block as delivering it ("Statement by H.E. Ms. Name,
    Cabinet Secretary ..."): the "I" of "I met the Minister". The statement's figures stay the State's: most readers
    credit them to the State that speaks, not to the minister or ambassador reading them (docs/press.md)."""
    if statement.speaker is None or statement.speaker.kind not in (None, "state", "un_mechanism") or (
            statement.speaker.kind == "un_mechanism" and not _SPECIAL_PROCEDURE.match(statement.speaker.name)):
        return None  # (a mandate's statement: its holder speaks; an agency's figures stay the agency's)
    person = _heading_official(ctx)
    return replace(person, iso3=person.iso3 or statement.speaker.iso3) if person is not None else None  # (for that State)


def _heading_official(ctx: PressContext) -> ActorRef | None:
    """The first titled official a statement's heading block names, before its salutation ("Delivered by its Director,
    Name"): whoever says "I" in it."""
    opening = SALUTATION.search(ctx.text[:2000])
    if opening is None:
        return None
    return next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start)
                 if m.start < opening.start() and m.actor.kind == "official" and m.actor.title), None)  # fmt: skip


# "The Central African Republic, speaking as the country concerned, said through its Minister of Justice, Name, that
# ...": the State speaks, the minister says the words and figures
_SAID_THROUGH = re.compile(r"\bsaid\s+through\s+(?:its|their)\s+[^,.;]{3,100},\s+(?P<name>[A-Z][^,.;]{3,60}),\s+that\b")


def _turn_claimants(ctx: PressContext, claims: list[Claim], statements: list[Statement]) -> None:
    """In a summary, words quoted in a speaker's turn are that speaker's ("Venezuela rejected the report as
    '...'"), and so is a figure claimed by the speaker's own apposition ("UNHCR, the UN Refugee Agency, said
    ... 38 per cent"): unless the turn names whoever else the claim was given to."""
    for claim in claims:
        if claim.claim_type not in ("quotation", "count", "rate") or claim.evidence is None:
            continue
        turn = next((st for st in statements if st.speaker is not None and st.text and st.evidence.start <= claim.evidence.start
                     < st.evidence.end), None)  # fmt: skip
        if turn is None or turn.speaker is None:
            continue
        through = _SAID_THROUGH.search(turn.text) or re.match(r"(?:(?:Presenting|Introducing)\s+(?:the|her|his|its|their)\s+"
                                                              r"(?:[\w-]+\s+){0,4}?report,\s+)?"  # ("Presenting the report,
                                                              r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s", turn.text)  # Name, ...")
        person = next((m.actor for m in ctx.actors.mentions if through and m.actor.kind == "official"
                       and m.actor.name == through.group("name").strip()), None)  # fmt: skip
        # ("Kazem Name, Secretary-General of ..., said that ... 2,600 prisoners": the official named first, too)
        if person is not None and (claim.claimant is None or claim.claimant == turn.speaker or (
                claim.claimant.kind in (None, "state") and claim.claimant.iso3 == turn.speaker.iso3)
                or (claim.claimant.kind != "official" and claim.claimant.name in (person.title or ""))):  # (her body)
            claim.claimant = person
            continue
        if claim.claimant == turn.speaker:
            continue
        opening = re.split(r"\s(?:said|told|urged|asked|called|stressed|rejected|described|warned|noted)\b", turn.text, maxsplit=1)[0]
        named = claim.claimant is not None and claim.claimant.name in turn.text
        if (claim.claim_type == "quotation" and not named) or (claim.claimant is not None and claim.claimant.kind != "official"
                                                                and claim.claimant.name in opening):  # (a person keeps it)
            claim.claimant = turn.speaker
        elif claim.claimant is None and claim.claim_type in ("count", "rate"):  # "Action for Justice in Ubangi said that 58
            claim.claimant = turn.speaker  # per cent of the families it had interviewed ...": no one else's figure


# Someone else's count a statement cites: "By UNESCO's estimate, ...", "according to the Commission's figures"
_OTHERS_COUNT = re.compile(r"(?i)\b(?:by|according\s+to|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’' -]{1,40}?[’']s\s+(?:own\s+|latest\s+|official\s+)?"
                           r"(?:count|tally|figures|estimates?|data|records)\b")


# What a body a statement cites did to find its figure: "the Mission has documented 412 new cases"
_REPORT_SAYS = (r"(?:also\s+|rightly\s+|further\s+)?(?:documents|records|identifies|finds|found|lists|counts|details|describes|"
                r"acknowledges|notes|estimates|shows)\b")
_HIS_REPORT = re.compile(r"\s*(?:(?:His|Her)\s+(?:latest\s+|new\s+|annual\s+|(?:first|second|third)\s+)?report|The\s+report)\s+"
                         + _REPORT_SAYS)
# "His report describes both. It acknowledges that ...": the report the sentence before named, still speaking
_IT_REPORT = re.compile(r"\s*It\s+" + _REPORT_SAYS)
_HIS_REPORT_ENDS = re.compile(r"\b(?:His|Her)\s+(?:[\w-]+\s+)?report\b[^.]*\.\s*$")
# "as the Independent Expert reports": the figure of the holder the statement thanks
_AS_HOLDER_REPORTS = re.compile(r"\bas\s+the\s+(?:Special\s+Rapporteur|Independent\s+Expert)\s+(?:reports|notes|has\s+(?:reported|noted|"
                                r"documented|found)|documents|found|finds|observes)\b")
_FINDING = re.compile(r"\b(?:documented|recorded|registered|identified|verified|counted|received|concluded|processed|"
                      r"found|finds|identifies|documents|records)\b")


def _warn(doc: Document, ctx: PressContext, events: list[Event], claims: list[Claim]) -> None:
    unresolved = [d.text for d in ctx.dates if not d.resolved]
    if unresolved and doc.published is None:
        doc.warnings.append(
            f"no publication date: {len(unresolved)} relative date(s) left unresolved "
            f"({', '.join(unresolved[:3])}); pass --published"
        )
    elif doc.published is None:  # nothing to resolve, but the article's own date is unknown (a statement's or
        doc.warnings.append("no publication date found in the text; pass --published")  # summary's: its meeting's)
    for claim in claims:
        if "counts_do_not_add_up" in claim.flags:
            doc.warnings.append(
                f"tally does not add up: {claim.supportive} supportive + {claim.critical} "
                f"critical > {claim.total} in total"
            )
