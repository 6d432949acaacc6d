"""Statements of delegations: a Council statement document, and the forum any statement belongs to.

A full statement names its speaker in its heading ("Statement by the United Kingdom", "Delivered by:
Germany", a letterhead, a labelled "Speaker:" line) and its forum in the lines above. It yields one
`Statement` item with the forum the record files it under, so a press tally about the same dialogue
can be checked against it. The turns of a UN meeting summary are read in `press_summaries`, which
uses this module's `header_forum` and `known_actor`. Stance and themes are left to the classifiers
unless the text states them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from rightstrack.actors import resolve_actor
from rightstrack.extract.dates import find_dates
from rightstrack.extract.items import ActorRef, Statement
from rightstrack.extract.numbers import ORDINAL, parse_ordinal
from rightstrack.extract.press_context import PressContext
from rightstrack.extract.press_kinds import org_kind
from rightstrack.extract.press_known import UN_AGENCY_NAMES
from rightstrack.extract.press_names import holds_title
from rightstrack.extract.press_sessions import council_session, upr_cycle, upr_session
from rightstrack.extract.press_states import find_states, resolve_state_name

# What a heading names after "Statement -" when that is the forum, not the speaker ("EU Statement -
# Interactive Dialogue with ...")
FORUM_WORD = (r"(?:Interactive|Item|Council|Human\s+Rights|Dialogue|General|Universal|UPR|Agenda|Panel|Annual|Urgent|"
              r"Special|Clustered|Enhanced|Adoption|HRC\d{0,3}|Oral|Report|Discussion|Debate|Session|Review|ID)\b")
# Only a statement so headed ("Oral statement - X") names its speaker after a dash; "Joint statement: Council
# must not ..." is a title
ORAL = r"(?:(?<=oral\sstatement)|(?<=video\sstatement)|(?<=oral\sintervention)|(?<=national\sstatement))"
_BY = re.compile(
    # "Core Group on Sri Lanka - statement delivered by the United Kingdom": the group named in front
    r"(?im)^[^\S\n]*(?:(?P<front>[^\n]{3,60}?)[^\S\n][-–—:][^\S\n]+)?(?P<lead>(?:[\w-]+[^\S\n]+){0,3}?)(?:joint\s+)?(?:statement|intervention)"
    # "Oral statement - Bridge of Return Families Association": the speaker after a dash or colon
    r"(?:\s+(?:by|of|delivered\s+by)\s+|" + ORAL + r"[^\S\n]*[:–—-][^\S\n]*(?!" + FORUM_WORD + r")(?=(?-i:[A-Z])))(?:the\s+)?(?:delegation\s+of\s+"
    # "Statement by H.E. Mr. Name, First Deputy Minister ...": the honorifics' full stops are inside the name
    r"(?:the\s+)?)?(?P<who>(?:(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Hon\.|Prof\.)\s+)*[^\n,.;:]+?)(?:,?\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<group>[^\n,.;:]+?))?"
    r"(?=\s*[,.:;]|\s*$|\s+(?:at|to|during|in|before)\s+the\b)[^\n]*$"
)
# "Joint statement on behalf of 45 States, delivered by Canada": the group first, the speaker after;
# "Statement of the Like-Minded Group / delivered by Bolivia"; "on behalf of the Nordic-Baltic
# countries: Denmark, ... / Delivered by Finland".
_ON_BEHALF_FIRST = re.compile(
    r"(?im)^\s*(?:joint\s+)?(?:statement|intervention)\s+(?:on\s+behalf\s+of|of|by)\s+(?!(?:the\s+)?delegation\s+of\b)"
    r"(?:the\s+|a\s+group\s+of\s+)?"  # ("Statement of the delegation of the Republic of Belarus": one State's, no group)
    # the group may be a list: "on behalf of Australia, Canada and New Zealand / Delivered by ..."
    r"(?P<group>[^\n.;:]+?)(?:[^\S\n]*:[^\n]*)?"
    r",?\s+(?:delivered|read|presented)\s+by\s+(?:the\s+)?(?:delegation\s+of\s+(?:the\s+)?)?"
    # "Delivered by Mr. Serge Mbarga, Deputy Permanent Representative of Cameroon": the State named
    r"(?P<who>[^\n;:]+?)\s*[,.:;]?[^\S\n]*$"
)
# "Joint statement on behalf of the Nordic-Baltic countries / Human Rights Council, 68th session / ... /
# Delivered by Estonia, Ambassador Name": the forum, session and date lines come between
_ON_BEHALF_LINES = re.compile(
    r"(?im)^\s*(?:joint\s+)?(?:statement|intervention)\s+on\s+behalf\s+of\s+(?:the\s+|a\s+group\s+of\s+)?"
    r"(?P<group>[^\n.;:]+?)(?:[^\S\n]*:[^\n]*)?(?:\s*\n[^\S\n]*(?!(?:Mr|Madam|Mister)\b)[^\n]{3,200}?){1,4}?"
    r"\s+(?:delivered|read|presented)\s+by\s+(?:the\s+)?(?:delegation\s+of\s+(?:the\s+)?)?"
    r"(?P<who>[^\n;:]+?)\s*[,.:;]?[^\S\n]*$"
)
# "Joint oral statement / Delivered by: Northern Treaty Rights Caucus / On behalf of: Coalition X": a
# heading whose speaker and group come on labelled lines
LABELLED_STATEMENT = re.compile(
    # "HORN FREEDOM FORUM / Oral statement / ... / Delivered by: Name": the body named on the line above speaks
    r"(?im)(?:^[^\S\n]*(?P<org>[A-Z][A-Z’'&-]+(?:[^\S\n]+[A-Z’'&-]+){1,8})[^\S\n]*\n)?"
    # "Joint Nordic-Baltic statement / HRC88 | Interactive dialogue ... / Delivered by Latvia": the colon may be left out
    r"^[^\S\n]*(?:joint[^\S\n]+)?(?!(?:press|end[\s-]of[\s-]mission|media|end[\s-]of[\s-]visit)\b)(?:[A-Z][\w’'-]*[^\S\n]+){0,2}?"
    r"(?:oral[^\S\n]+|video[^\S\n]+|written[^\S\n]+)?(?:statement|intervention)[^\S\n]*\n"
    r"(?:[^\n]{1,160}\n){0,4}?[^\S\n]*(?:delivered|read|presented)[^\S\n]+by[^\S\n]*:?[^\S\n]*(?P<who>[^\n]+?)[^\S\n]*$"
    r"(?:\n[^\S\n]*on[^\S\n]+behalf[^\S\n]+of[^\S\n]*:[^\S\n]*(?P<group>[^\n]+?)[^\S\n]*$)?"
)
# "Statement on behalf of the European Union" with no one named as delivering it: the group speaks
GROUP_ONLY_STATEMENT = re.compile(
    r"(?im)^[^\S\n]*(?:joint[^\S\n]+)?(?:statement|intervention)[^\S\n]+on[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<who>[^\n,.;:]+?)(?:[^\S\n]+and[^\S\n]+its[^\S\n]+[Mm]ember[^\S\n]+States)?[^\S\n]*$"  # "the EU and its Member States"
)
# "EU Statement" alone on a line: the speaker, when it is a State or a known group
WHO_STATEMENT_LINE = re.compile(
    r"(?m)^[^\S\n]*(?P<who>[A-Z][\w.’' -]{1,40}?)\s+(?i:statement)[^\S\n]*$"  # "AFRICAN GROUP STATEMENT"
)
# "Speaker: Gabon", "Delivered by: Gabon" under a group's statement heading
_SPEAKER_STATE = re.compile(r"(?im)^[^\S\n]*(?:speaker|delivered\s+by)[^\S\n]*:?[^\S\n]*(?:the\s+)?(?P<who>[^\n,]+?)[^\S\n]*$")
# "I speak on behalf of the Nordic-Baltic countries.", "I have the honour to deliver this statement on behalf of ..."
_SPEAK_FOR = re.compile(r"(?i)\b(?:I|we)\s+(?:have\s+the\s+hono(?:u)?r\s+to\s+)?(?:speak|am\s+speaking|deliver\s+this\s+(?:joint\s+)?statement|"
                        r"make\s+this\s+statement)\s+on\s+behalf\s+of\s+(?:the\s+|a\s+group\s+of\s+)?(?P<group>[^,.;:\n]{3,80})")
# "Speaker: Zimbabwe, on behalf of the Group of Like-Minded Countries": a labelled line naming the State and its group
_SPEAKER_FOR = re.compile(r"(?im)^[^\S\n]*speaker[^\S\n]*:[^\S\n]*(?:the[^\S\n]+)?(?P<who>[^\n,]+?),?[^\S\n]+on[^\S\n]+behalf"
                          r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<group>[^\n,.;]+?)[^\S\n]*$")
_ON_BEHALF = re.compile(r"(?i)\bon\s+behalf\s+of\s+(?:the\s+|a\s+group\s+of\s+)?([^,.;:\n]{3,80})")  # (the list after a colon is not the name)
# "Fiji has the honour to deliver this statement on behalf of the Pacific Small Island Developing States:":
# under a heading that names only the group, the State that speaks names itself in the first lines
_HONOUR_TO_DELIVER = re.compile(
    r"(?m)^[^\S\n]*(?P<who>[A-Z][\w’' -]{2,60}?)\s+(?:has|have)\s+the\s+hono(?:u)?r\s+to\s+(?:deliver|make|present|read)\s+"
    r"this\s+(?:joint\s+)?statement\s+on\s+behalf\s+of\s+(?:the\s+|a\s+group\s+of\s+)?(?P<group>[^:\n.,;]+)"
)
# "Delivered by Mexico on behalf of a cross-regional group of 53 countries", "Delivered by: / H.E. Ms. Name":
# a delivery line of its own under a heading that names no speaker ("JOINT STATEMENT ON THE RIGHTS OF ...")
_DELIVERED_LINE = re.compile(
    # "Delivered on 10 September 2036 by the United Kingdom on behalf of the Core Group on Sri Lanka (...)"
    r"(?im)^[^\S\n]*(?:delivered|read|presented)(?:[^\S\n]+on[^\S\n]+[^\n]{3,30}?)?[^\S\n]+by[^\S\n]*:?[^\S\n]*(?:\n[^\S\n]*)?"
    r"(?:the[^\S\n]+)?(?P<who>[^\n]+?)"
    r"(?:,?[^\S\n]+on[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<group>[^\n]+?))?[^\S\n]*$"
)
# "Chile, also on behalf of Brazil, Colombia, Mexico and Uruguay", "Switzerland, on behalf of a group of 63 States":
# a heading line that names the State speaking and those it speaks for
_STATE_FOR_LINE = re.compile(r"(?m)^[^\S\n]*(?P<who>[A-Z][\w’' -]{2,60}?),?[^\S\n]+(?:also[^\S\n]+)?on[^\S\n]+behalf[^\S\n]+of"
                             r"[^\S\n]+(?:the[^\S\n]+)?(?P<group>[^\n]+?)[^\S\n]*$")
# "STATEMENT ON BEHALF OF THE CARIBBEAN COMMUNITY (CARICOM)": the group a delivery line below speaks for
_ON_BEHALF_HEADING = re.compile(r"(?im)^[^\S\n]*(?:joint[^\S\n]+)?statement[^\S\n]+on[^\S\n]+behalf[^\S\n]+of[^\S\n]+"
                                r"(?:the[^\S\n]+)?(?P<group>[^\n]+?)[^\S\n]*$")
# "UK Statement for the Interactive Dialogue with ...": the speaker before the word "statement".
STATEMENT_FOR = re.compile(
    r"(?m)(?:^|[:\-–]\s+)(?P<who>[A-Z][\w.’' -]{1,40}?)\s+[Ss]tatement\s*(?:(?:for|at|to|on|in|"
    r"delivered\s+at)\s+the\b|[-–:]\s+(?=(?:Interactive|Enhanced|Item|General|Annual|Panel|UPR|Universal)\b))[^\n]*$"
)
# "Address by the Special Rapporteur on ... to the Human Rights Council": a mandate holder's statement.
ADDRESS_HEAD = re.compile(
    # (not an "END-OF-MISSION STATEMENT BY THE SPECIAL RAPPORTEUR": a press statement after a visit)
    r"(?im)^\s*(?<!mission\s)(?<!MISSION\s)(?:address|remarks|speech|statement)\s+(?:by|of)\s+(?:the\s+)?(?P<who>(?:UN\s+)?"
    r"(?:Special\s+Rapporteur|Independent\s+Expert|High\s+Commissioner)\b[^\n]*?)"
    r"(?=\s+(?:to|at|before)\s+the\s+(?:UN\s+)?(?:Human\s+Rights\s+)?Council\b|\s*$)[^\n]*$"
)
# "Right of reply to the statements of the European Union, the United Kingdom and Canada" under the
# replying State's mission: that State's statement
RIGHT_OF_REPLY_HEAD = re.compile(r"(?im)^[^\S\n]*(?:statement\s+in\s+(?:exercise\s+of\s+the\s+)?)?right\s+of\s+reply\b[^\n]*$")
# "Concluding remarks by the head of delegation, Attorney-General Name", "Concluding remarks of the
# delegation of Burundi": the State's own words at its review or dialogue, the State named or the one reviewed
REMARKS_HEAD = re.compile(
    r"(?im)^[^\S\n]*(?:concluding|opening|introductory|closing|final)\s+(?:remarks|statement|words)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:head\s+of\s+(?:the\s+)?delegation|delegation|(?=(?:H\.\s?E\.|Hon\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s)|"  # ("... by Hon. Name,
    r"(?:Republic|Kingdom|State|Government)\s+of\s+(?:the\s+)?[A-Z][^\n,]*?(?=\s*$))"  # ("of the Republic of Nicaragua")
    r"(?:\s+of\s+(?:the\s+)?(?P<who>[^\n,]+?))?(?=\s*,|\s*$|(?:H\.\s?E\.|Hon\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s)[^\n]*$"  # Minister of ...")
)
_SESSION = re.compile(  # "HRC58", "Council 58", "58th session", "sixty-first regular session" (not "Ref: HRCSL/...")
    rf"(?i)\b(?:HRC\s*(?=\d)|(?:Human\s+Rights\s+)?Council\s+(?=\d{{2}}\b)|(?P<n>{ORDINAL})\s+"
    r"(?:regular\s+|ordinary\s+|special\s+)?session\b)(?P<m>\d{1,2})?|\b(?P<fr>\d{2,3})e\s+session\b"  # "86e session"
)
# "the Republic of the Union of Myanmar", "the Plurinational State of Bolivia": a State's formal style.
_FORMAL_STYLE = re.compile(
    r"(?i)^(?:(?:Democratic|Federal|Federative|Islamic|Socialist|People[’']s|Plurinational|Bolivarian|"
    r"Co-?operative|Independent|Oriental|Arab|United|Hashemite|Sovereign)\s+)*"
    r"(?:Republic|Kingdom|State|Union|Federation|Principality|Sultanate|Commonwealth|Grand\s+Duchy|Emirate)"
    r"\s+of\s+(?:the\s+)?"
)


def _as_written(name: str, text: str) -> str | None:
    """A name given in capitals ("KENYA NATIONAL COMMISSION ON HUMAN RIGHTS") as the text writes it
    elsewhere in mixed case, or None where it never does."""
    return next((m.group(0) for m in re.finditer(re.escape(name), text, re.IGNORECASE) if not m.group(0).isupper()), None)


def known_actor(name: str) -> ActorRef | None:
    """A State or a group of States ("the European Union") by name; None for anything else."""
    name = re.sub(r"(?i)^the\s+", "", name.strip())
    state = resolve_state_name(name)
    if state is not None:
        return state
    actor = resolve_actor(name)
    short = name
    while actor is None and _FORMAL_STYLE.match(short):  # "Republic of the Union of Myanmar"
        short = short[_FORMAL_STYLE.match(short).end() :]  # type: ignore[union-attr]
        actor = resolve_state_name(short)
    return actor


def group_ref(name: str) -> ActorRef:
    """The group a speaker speaks for: a group the record knows under its own name, with the text's wording as
    `short` where it differs ("Group of African States" is the African Group); else the group as written."""
    written = re.sub(r"(?i)^the\s+", "", name.strip())
    known = known_actor(written)
    if known is None and re.fullmatch(r"(?i)(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:States|countries|Member\s+States|delegations)", written):
        return ActorRef(f"group of {written}", "group")  # "on behalf of a group of 45 States": a group, not 45 States
    if known is None:
        return ActorRef(written, "group")
    if known.name != written and not written.isupper() and len(written.split()) > 1:
        return replace(known, short=written)
    return known


def _before_salutation(head: str) -> str:
    """A statement's heading block: the text before "Mr. President,"."""
    salutation = SALUTATION.search(head)
    return head[: salutation.start()] if salutation else head


def _group_only(head: str) -> re.Match[str] | None:
    """ "Statement on behalf of the European Union", when the group is one the record knows and no
    line says who delivered it."""
    match = GROUP_ONLY_STATEMENT.search(head)
    if match and known_actor(match.group("who")) is not None and not re.search(r"(?im)^\s*(?:delivered|read|presented)\s+by\b", head):
        return match
    return None


def who_statement_line(head: str) -> re.Match[str] | None:
    """A heading line "EU Statement" / "Statement of Ghana"-less form whose speaker is a State or a
    known group (not "Press Statement")."""
    for match in WHO_STATEMENT_LINE.finditer(head):
        who = match.group("who").strip()
        if known_actor(who) is not None or resolve_state_name(who) is not None:
            return match
    return None


def _with_title_line(ctx: PressContext, match: re.Match[str]) -> str:
    """A heading line and the (up to two) lines under it that hold the speaker's title ("Statement by H.E. Ms.
    Name / Ambassador and Permanent Representative of the Republic of Zambia")."""
    lines, at = [match.group(0)], match.end()
    while len(lines) < 3 and (below := re.match(r"[^\S\n]*\n[^\S\n]*(?P<line>[^\n]{3,200})", ctx.text[at:])):
        if SALUTATION.match(below.group("line")) or find_dates(below.group("line"), None):
            break  # "... Minister of National Solidarity, / Head of the Delegation of the Republic of Burundi"
        lines.append(below.group("line"))
        at += below.end()
    return "\n".join(lines)


def _speaker(name: str, heading: str, ctx: PressContext) -> ActorRef:
    """The speaker of a statement: the State or group named, else the State in the heading line
    that is not the one under discussion ("H.E. ..., Permanent Representative of the Netherlands")."""
    name = re.sub(r"(?i)\s+(?:(?:in\s+)?exercis(?:ing|e\s+of)\s+(?:its|the)\s+right\s+of\s+reply|in\s+reply)\b.*$", "", name)
    name = re.sub(r"(?i)\s*\((?:the\s+)?(?:(?:country|State)\s+concerned|concerned\s+(?:country|State))\)\s*$", "", name)  # "Nepal
    # (country concerned)", "the State of Eritrea as the country concerned", "the Republic of the Sudan as the concerned country"
    name = re.sub(r"(?i)\s+as\s+the\s+(?:(?:country|State)\s+concerned|concerned\s+(?:country|State))\s*$", "", name)
    known = known_actor(name)  # "the delegation of Sri Lanka exercising its right of reply": Sri Lanka
    if known is not None:
        return known
    represented = re.search(r"(?i)\b(?:Permanent\s+Representative|Ambassador|Deputy\s+Permanent\s+Representative|"
                            r"Charg[ée]\s+d[’']affaires|delegation|Permanent\s+Mission)\s+of\s+(?:the\s+)?", heading)
    states_after = find_states(heading[represented.end() :]) if represented else []
    if states_after and states_after[0][0] == 0:  # "H.E. Ambassador Name, Permanent Representative of Sweden"
        return states_after[0][2]
    after_name = heading[heading.find(name.strip()) + len(name.strip()) :] if name.strip() in heading else ""
    works_for = re.match(r",\s+(?:[A-Z][\w-]*\s*){1,4},\s+(?P<org>[A-Z][^,\n]{3,80}?)(?=,?\s+on\s+behalf\b|\s*$)", after_name)
    if works_for and org_kind(works_for.group("org")) in ("ngo", "nhri"):  # "delivered by Name, Director, Belarusian
        return ActorRef(works_for.group("org"), org_kind(works_for.group("org")))  # Legal Aid Circle, on behalf of ...": hers
    person_of = re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3},\s+(?P<org>[A-Z][^,\n]{3,80}?)\s*", name)
    if person_of and org_kind(person_of.group("org")) in ("ngo", "nhri"):  # "Delivered by: Name, Kabul Women's Legal
        return ActorRef(person_of.group("org"), org_kind(person_of.group("org")))  # Forum, on behalf of ...": her group's
    titled = re.match(r"(?i),\s+[^\n]{0,60}?\b(?:minister|secretary|director|ambassador|attorney[\s-]general|head\s+of\s+"
                      r"(?:the\s+)?delegation)\b", after_name)  # fmt: skip
    of_state = find_states(after_name[titled.end() :]) if titled else []
    if of_state and not known_actor(name):  # "Statement by H.E. Mr. Name, First Deputy Minister of Foreign Affairs
        return of_state[0][2]  # of the Republic of Tajikistan": the State the official serves, the one reviewed too
    if titled and ctx.state is not None and re.search(r"(?i)\bas\s+the\s+(?:country|State)\s+concerned\b", after_name):
        return ctx.state  # "Statement by H.E. Ms. Name, Deputy Minister of Human Settlements, as the country concerned"
    if titled and ctx.state is not None and not find_states(heading) and re.search(
            r"(?i)\b(?:universal\s+periodic\s+review|UPR|outcome\s+of\s+the\s+review|national\s+report)\b", ctx.text[:800]):
        return ctx.state  # "Adoption of the outcome of the review of Kenya / Statement by H.E. Ms. Name, Cabinet Secretary for
        # Foreign Affairs": a minister at the review of the State the heading names, that State's
    if re.match(r"(?i),\s+(?:the\s+)?(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert)\b", after_name):
        mandate = next((m.actor for m in ctx.actors.mentions if m.actor.kind == "un_mechanism" and m.role == "mandate"
                        and m.actor.name in after_name), None)  # fmt: skip
        if mandate is not None:  # "Statement by Name, Special Rapporteur on the right to food": the mandate speaks
            return mandate
    first = find_states(name)
    if first and first[0][0] == 0 and re.match(r"\s*,", name[first[0][1] :]):  # "Delivered by Estonia, Ambassador
        return first[0][2]  # Kadri Name": the State the speaker names first, whichever the text is about
    if name.strip().isupper():  # "STATEMENT OF THE DEFENSORÍA DEL PUEBLO OF PERU": the body as the text writes it
        written = _as_written(re.sub(r"(?i)\s+(?:OF|IN)\s+(?:THE\s+)?[A-ZÀ-Þ ]+$", "", name.strip()), ctx.text)
        if written is not None and org_kind(written) in ("nhri", "ngo"):
            return ActorRef(written, org_kind(written))
    for _, _, state in find_states(heading):
        if ctx.state is None or state.iso3 != ctx.state.iso3:
            return state
    body = _organisation_speaking(ctx, heading)
    if body is not None:  # "Statement delivered by Ambassador Name, Permanent Observer of the African Union", under
        return body  # "UNHCR - The UN Refugee Agency" or "Council of Europe": the organisation, not the person
    mission = re.search(r"(?i)\bPermanent\s+Mission\s+of\s+(?:the\s+)?", ctx.text[:600])
    of_mission = find_states(ctx.text[mission.end() : mission.end() + 80]) if mission else []
    if of_mission and of_mission[0][0] == 0:  # "Permanent Mission of the Republic of Kazakhstan ... / Statement delivered
        return of_mission[0][2]  # by Ambassador Name, Permanent Representative": the Mission's State
    return ActorRef(name=name.strip(), kind="group")


def _organisation_speaking(ctx: PressContext, heading: str) -> ActorRef | None:
    """The intergovernmental organisation or UN agency whose statement this is: named in the speaker's title
    ("Permanent Observer of the African Union") or on the letterhead line that opens the document."""
    titled = re.search(r"(?i)\b(?:Permanent\s+Observer|Head\s+of\s+(?:the\s+)?(?:Office|Delegation|Mission))\s+of\s+(?:the\s+)?"
                       r"(?P<org>[A-Z][^,\n]{3,80}?)(?=\s+(?:in|to|at)\s+|\s*[,\n]|\s*$)", heading)  # fmt: skip
    lines = [titled.group("org")] if titled else []
    first = re.match(r"\s*([^\n]{3,120})\n", ctx.text)
    if first:
        lines.append(re.split(r"\s+[-–—|]\s+", first.group(1).strip())[0])  # "UNHCR - The UN Refugee Agency"
    for line in lines:
        acronym = re.search(r"\((?P<a>[A-Z][A-Za-z ]{2,12})\)\s*$", line)
        if acronym and acronym.group("a") in UN_AGENCY_NAMES:  # "UNITED NATIONS CHILDREN'S FUND (UNICEF)": the agency
            return ActorRef(acronym.group("a"), "un_mechanism")
        org = known_actor(line)
        if org is not None and org.kind == "group" and not find_states(line):
            written = _as_written(line, ctx.text) if line.isupper() else line
            return replace(org, short=written) if written and written.lower() != org.name.lower() else org
        if line in UN_AGENCY_NAMES or (org_kind(line) == "un_mechanism" and AGENCY_WORDS.search(line)):
            return ActorRef(line, "un_mechanism")
    return None


def header_forum(ctx: PressContext, head: str) -> dict[str, Any] | None:
    """The forum a statement or summary belongs to, from its heading lines."""
    forum = ctx.forum_at(0)
    session = _SESSION.search(head)
    debate = re.search(r"(?i)\bgeneral\s+debate\b", head)
    line_end = head.find("\n", debate.end()) if debate else -1
    if debate and not any(
        pos < (line_end if line_end >= 0 else len(head)) for pos, _ in ctx.forums
    ):  # "Council holds general debate
        forum = None  # under item 4": a review a speaker mentions later is not this meeting
    headline = ctx.text.lstrip().split("\n", 1)[0]
    if re.search(r"(?i)\b(?:recorded\s+vote|votes?\s+(?:on|to)|extends?\s+mandate)\b", headline) and not re.search(
            r"(?i)\b(?:session|debate|dialogue|update|review)\b", headline) and not any(
            pos < len(ctx.text) - len(ctx.text.lstrip()) + len(headline) for pos, _ in ctx.forums):  # fmt: skip
        forum = None  # "COUNCIL EXTENDS MANDATE ... AFTER RECORDED VOTE": a vote, not a review or dialogue a speaker recalls
    if forum is None and not (debate or (session and (session.group("n") or session.group("m") or session.group("fr")))):
        return None
    forum = dict(forum) if forum is not None else {  # "Item 4 general debate, 56th session"
        "type": "general_debate" if debate else None, "mandate": None,
        "state_concerned": None, "date": None}  # fmt: skip
    # "Human Rights Council, 41st session" adopted the outcome; the Working Group held the review
    adopted = council_session(head) if forum.get("type") == "upr_review" and _ADOPTION.search(head) else None
    if adopted is not None:  # the Council adopts the outcome at its own session, months after the review:
        forum["session"], forum["stage"] = adopted, "adoption"  # a meeting of its own, keyed apart
    elif forum.get("type") == "upr_review":
        forum["session"] = upr_session(head) if forum.get("session") is None else forum["session"]
        cycle = upr_cycle(head) if forum["session"] is None else None
        if cycle is not None:  # "the third Universal Periodic Review of Cambodia": key by cycle
            forum["cycle"] = cycle
    elif session and (session.group("n") or session.group("m") or session.group("fr")):
        forum["session"] = (
            parse_ordinal(session.group("n")) if session.group("n") else int(session.group("m") or session.group("fr"))
        )
    salutation = SALUTATION.search(head)
    if forum.get("date") is None or salutation or ctx.doc.kind == "statement":  # a statement's heading dates it ("Geneva, 21 June 2028"),
        full = [d for d in find_dates(head[: salutation.start()] if salutation else head, None)  # not a visit
                if d.resolved and d.precision == "day"]  # its first paragraph recalls
        if full and full[0].date is not None:
            forum["date"] = full[0].date.isoformat()
        elif forum.get("date") is None and ctx.doc.kind == "meeting_summary":  # "The Council this morning adopted"
            today = [d for d in ctx.dates if d.start < len(head) and d.resolved and d.date and d.relative
                     and re.fullmatch(r"(?i)(?:this\s+(?:morning|afternoon|evening)|today)", d.text)]  # fmt: skip
            forum["date"] = today[0].date.isoformat() if today and today[0].date else None
            if forum["date"] is None and ctx.published is not None and not any(
                    d.resolved and d.precision == "day" for d in ctx.dates):  # "Review of Guatemala - summary of the
                forum["date"] = ctx.published.isoformat()  # morning meeting", dated only by its publication
        elif forum.get("date") is None and ctx.doc.kind == "statement" and ctx.published is not None:
            forum["date"] = ctx.published.isoformat()  # a statement with no date of its own: the day it is filed under
    return forum


# "adopted the outcome of the Universal Periodic Review of X", "Item 6: Consideration of the UPR outcome"
_ADOPTION = re.compile(r"(?i)\badopt(?:ed|s|ing|ion\s+of)\s+(?:the\s+)?(?:(?:UPR|Universal\s+Periodic\s+Review)\s+)?outcomes?\b|"
                       r"\bitem\s+6\b|\bconsideration\s+of\s+the\s+(?:UPR\s+)?outcome\b")
# A speech's salutation: "Mr. President,", "Thank you, Madam Vice-President.", "Bula vinaka and good morning, Madam
# President." (a greeting before it), or "President," / "Chair," alone on its line; the first words of the statement
SALUTATION = re.compile(r"(?im)^[^\S\n]*(?:(?:[^\n,]{3,40},\s+)?(?:thank\s+you,?\s+)?(?:Mr\.?|Madam|Madame|Mister|Distinguished)\s+"
                        r"(?:Vice-?\s?)?(?:President|Chair)\b|(?:thank\s+you,?\s+)?(?-i:President|Chair)[,.][^\S\n]*$)")


# Lines between the heading and what the State says: who delivers it, "Check against delivery".
# The salutation ("Mr. President,") is the first words of the statement as delivered and stays in it.
_PREAMBLE_LINE = re.compile(
    r"(?im)[^\S\n]*(?:(?:delivered|read)\s+by\b[^\n]*|check\s+against\s+(?:the\s+)?delivery[^\n]*|"
    r"(?:as\s+)?delivered[^\S\n]*|remarks\s+as\s+delivered[^\n]*|"
    # "September 8, 2026" or "Geneva, 25 September 2029" alone on its line; "(pre-recorded video message)"
    r"(?:[A-Z][\w ]{2,20},[^\S\n]*)?(?:\d{1,2}[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]+[^\S\n]+\d{1,2},?)[^\S\n]+\d{4}(?=[^\S\n]*\n)|"
    r"\((?:pre-?recorded\s+)?video(?:\s+(?:message|statement))?\)|"
    # "Co-sponsors (41): Albania, ...", "(list of signatories attached)"
    r"co-?sponsors?\b[^\n]*|(?:\(\s*)?(?:list\s+of\s+)?signatories\b[^\n]*|"
    # "Speaker: / Dr. Name / Vice-Chairperson": the speaker's lines
    r"speaker[^\S\n]*:[^\n]*(?:\n[^\S\n]*(?!(?:mr|madam|mister|thank)\b)\S[^\n]{0,80}){0,2})"
    r"[^\S\n]*(?:\n[^\S\n]*)+"
)


# A civil-society or NHRI statement's heading block, on labelled lines or with the body's name alone on top:
# "Organisation: X, with the support of Y", "Speaker: Name, X", "read by Name (X) on behalf of the Y Coalition",
# "Irish Human Rights and Equality Commission / Human Rights Council, 78th session / ... / Madam President,"
_ORG_LABEL = re.compile(r"(?im)^[^\S\n]*(?:(?:speaking|submitting|lead)[^\S\n]+)?organi[sz]ation[^\S\n]*:[^\S\n]*(?P<org>[^,\n(]+?)[^\S\n]*(?:[,(][^\n]*)?$")
_SPEAKER_LABEL = re.compile(r"(?im)^[^\S\n]*speaker[^\S\n]*:[^\S\n]*(?P<first>[^,\n]+),[^\S\n]*(?P<org>[^,\n]+?)[^\S\n]*$")
_READ_BY_ORG = re.compile(r"(?i)\b(?:read|delivered)\s+by\s+[^()\n]{3,60}?\s*\((?P<org>[^()\n]{3,80})\)")
_BEHALF_LINE = re.compile(r"(?i)\bon\s+behalf\s+of\s*:?\s+(?:the\s+)?(?P<group>[^()\n,.;:]{3,80}?)\s*(?:\([^()\n]*\))?\s*(?:$|[,:](?=[^\n]*:?\s*$))", re.M)
# "Delivered by: Justice Bridge International (general consultative status ...)", "Statement delivered by the Nile Delta
# Rights Forum (special consultative status), also on behalf of ...": the body that reads it
_DELIVERED_BY_ORG = re.compile(r"(?im)\b(?:delivered|read|presented)[^\S\n]+by[^\S\n]*:?[^\S\n]*(?:the[^\S\n]+)?"
                               r"(?!(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Ambassador)\b)(?P<org>[A-Z][^(\n,]{2,80}?)"
                               r"[^\S\n]*(?:\(|,|$|[^\S\n]+(?:also[^\S\n]+)?on[^\S\n]+behalf\b)")


# "Statement of the Commission on Human Rights of the Philippines" as the heading's first line
_STATEMENT_OF_ORG = re.compile(r"(?i)\s*(?:joint\s+|oral\s+|video\s+)?statement\s+(?:of|by|from)\s+(?:the\s+)?(?P<org>[^\n,]{3,120}?)"
                               r"(?:[^\S\n]+(?:on[^\S\n]+behalf[^\S\n]+of|[-–—]|(?:to|at|before)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+)?"
                               r"(?:session|Human[^\S\n]+Rights[^\S\n]+Council|Council))[^\n]*)?[^\S\n]*\n")  # ("... on behalf of the
# Network ...", "... - unofficial translation")


def civil_heading(head: str) -> tuple[ActorRef, str | None] | None:
    """The NGO or NHRI whose statement this heading block introduces, and the group it speaks for."""
    opening = SALUTATION.search(head)
    if opening is None:
        return None
    block = head[: opening.start()]
    if not re.search(r"(?i)\b(?:human\s+rights\s+council|HRC\s*\d|session|item\s+\d)", block):
        return None
    names = [m.group("org").strip() for m in (_ORG_LABEL.search(block), _READ_BY_ORG.search(block)) if m]
    own = _STATEMENT_OF_ORG.match(block) or next((m for m in (_STATEMENT_OF_ORG.match(block, line.end()) for line in re.finditer(
        r"\n[^\S\n]*(?=\S)", block)) if m), None)  # (under the forum's lines)
    if own and not own.group(0).isupper() and org_kind(own.group("org").strip()) == "nhri":  # "Statement of the Commission on Human Rights of the
        names.insert(0, own.group("org").strip())  # Philippines" (not "Statement of the Non-Aligned Movement")
    delivered = _DELIVERED_BY_ORG.search(block)
    if delivered and not find_states(delivered.group("org")):  # (not "delivered by Lithuania on behalf of ...")
        names.append(delivered.group("org").strip())
    for line in block.strip().split("\n"):  # "Office of the Public Defender of Georgia" on a line of its own, or
        if re.match(r"\s*[-•*–]\s", line):
            continue  # "- Women of Idlib Forum": a coalition's members, listed
        for part in re.split(r"[^\S\n]+[/|–—-][^\S\n]+", line):  # "HRC 73rd session / Item 4 / ... / Zagros Justice Monitor"
            part = re.sub(r"\s*\((?:in\s+exile|[^()]*\bstatus\b[^()]*)\)\s*$", "", part.strip(), flags=re.I)  # "(NHRI, "A" status)"
            if part and len(part.split()) <= 12 and not re.search(
                    r"(?i)\b(?:statement|council|session|item|dialogue|review|ID|speaker|delivered|read|organi[sz]ation|"
                    r"geneva|message|status)\b|:|\d", part):  # fmt: skip  # (not '"A"-status National Human Rights Institution')
                names.append(part)
    speaker_line = _SPEAKER_LABEL.search(block)
    if speaker_line and re.match(r"(?i)(?:also\s+)?on\s+behalf\s+of\b", speaker_line.group("org")):  # "Speaker: Kabul
        names.append(speaker_line.group("first").strip())  # Women's Trust, on behalf of the ... Alliance": the body speaking
    elif speaker_line and not holds_title(speaker_line.group("org")):  # (not "Speaker: Name, Public Defender of Georgia")
        names.append(speaker_line.group("org").strip())
    for name in names:
        kind = org_kind(name)
        if kind == "government_body" and re.search(r"\b(?:Réseau|Red|Rede|Network|Watch|Forum|Alliance|Coalition|Collective|"
                                                   r"Monitor|Initiative|Association|Observatory|Foundation|League|Ligue|Trust)\b", name) \
                or kind == "government_body" and re.search(r"\bNGO\s+statement\b", block):  # fmt: skip
            kind = "ngo"  # "Centrafrique Justice Réseau": a network named for its country, not a State body
        if kind in ("ngo", "nhri"):
            behalf = _BEHALF_LINE.search(block)
            return ActorRef(name, kind), (behalf.group("group").strip() if behalf else None)
    return None


# "Review of Chile – Concluding remarks", "Presentation of the national report": the State under review speaks
_OWN_REMARKS_LINE = re.compile(r"(?i)\b(?:concluding|closing|introductory|opening)\s+(?:remarks|statement)\s*$|"
                               r"\bpresentation\s+of\s+the\s+national\s+report\b")


# "Brazil – Universal Periodic Review of the Philippines", "Kuwait on behalf of the Arab Group - Interactive dialogue ...":
# a State before a dash and the forum, with the group it speaks for
_DASHED_STATE = re.compile(rf"(?P<who>[^–—|:\n-]{{3,60}}?)(?:[^\S\n]+on[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
                           rf"(?P<group>[^–—|:\n]{{3,60}}?))?[^\S\n]+[–—|:-][^\S\n]+(?={FORUM_WORD})")


def state_heading(head: str) -> ActorRef | None:
    """The State whose statement a heading block names without "Statement by": its name alone on a line
    ("Republic of Moldova"), before a dash and the forum ("Brazil – Universal Periodic Review of the
    Philippines"), or the State reviewed over its own remarks ("Review of Chile – Concluding remarks").
    Only the lines before the salutation count."""
    opening = SALUTATION.search(head)
    if opening is None:
        return None
    lines = [line.strip() for line in head[: opening.start()].splitlines() if line.strip()][:8]
    for line in lines:
        alone = resolve_state_name(line) if len(line.split()) <= 6 and not find_dates(line, None) else None
        if alone is not None and any(s == 0 and e == len(line) for s, e, _ in find_states(line)):
            return alone
        dashed = _DASHED_STATE.match(line)
        if dashed and any(s == 0 and e == len(dashed.group("who")) for s, e, _ in find_states(dashed.group("who"))):
            return resolve_state_name(dashed.group("who"))
    if any(_OWN_REMARKS_LINE.search(line) for line in lines):
        named = [state for line in lines for _, _, state in find_states(line)]
        return named[0] if named else None
    return None


def _state_statement(ctx: PressContext) -> list[Statement]:
    """The statement under a `state_heading`."""
    speaker = state_heading(ctx.text[:1500])
    opening = SALUTATION.search(ctx.text[:1500])
    if speaker is None or opening is None:
        return []
    forum = header_forum(ctx, ctx.text[: opening.start()])
    group = next((m.group("group") for m in map(_DASHED_STATE.match, ctx.text[: opening.start()].splitlines())
                  if m and m.group("group")), None)  # fmt: skip
    return [Statement(evidence=ctx.evidence(0, len(ctx.text)), speaker=speaker, forum=forum,
                      on_behalf_of=group_ref(group) if group else None,
                      text=ctx.text[opening.start() :].strip(), concerning=ctx.state)]  # fmt: skip


def _organisation_statement(ctx: PressContext) -> list[Statement]:
    """The statement of an intergovernmental organisation or UN agency named on the letterhead."""
    opening = SALUTATION.search(ctx.text[:1500])
    speaker = _organisation_speaking(ctx, ctx.text[: opening.start()]) if opening else None
    if speaker is None or opening is None:
        return []
    forum = header_forum(ctx, ctx.text[: opening.start()])
    thematic = bool(forum and forum.get("mandate") and not forum.get("state_concerned"))
    return [Statement(evidence=ctx.evidence(0, len(ctx.text)), speaker=speaker, forum=forum,
                      text=ctx.text[opening.start() :].strip(),
                      concerning=_most_named_state(ctx.text[opening.start() :], speaker) if thematic else ctx.state)]  # fmt: skip


def _civil_statement(ctx: PressContext) -> list[Statement]:
    """The statement of an NGO or NHRI whose heading block names it on a label or its own line."""
    found = civil_heading(ctx.text[:1500])
    opening = SALUTATION.search(ctx.text[:1500])
    if found is None or opening is None:
        return []
    speaker, group = found
    if speaker.name.isupper():  # "AFGHANISTAN INDEPENDENT HUMAN RIGHTS COMMISSION": as the text writes it
        speaker = ActorRef(_as_written(speaker.name, ctx.text) or speaker.name.title(), speaker.kind)
    forum = header_forum(ctx, ctx.text[: opening.start()])
    thematic = bool(forum and forum.get("mandate") and not forum.get("state_concerned"))
    return [Statement(
        evidence=ctx.evidence(0, len(ctx.text)), speaker=speaker, forum=forum,
        on_behalf_of=group_ref(group) if group else None,
        text=ctx.text[opening.start() :].strip(),
        concerning=_most_named_state(ctx.text[opening.start() :], speaker) if thematic else ctx.state,
    )]  # fmt: skip


def statement_items(ctx: PressContext) -> list[Statement]:
    """The one statement of a statement document (heading "Statement by ..."), its speaker named without
    the brackets after the name."""
    statements = _statement_items(ctx)
    for statement in statements:
        statement.speaker = _without_aside(statement.speaker)
    return statements


def _without_aside(ref: ActorRef) -> ActorRef:
    """ "South African Human Rights Commission (SAHRC)": the institution's name, the acronym or native name in
    brackets kept as its short name; "(A-status NHRI)" dropped."""
    aside = re.fullmatch(r"(?P<name>[^()]{3,}?)\s*\((?P<aside>[^()]{2,60})\)(?P<rest>[^()]*)", ref.name)
    rest = re.sub(r"^\s*,.*$", "", aside.group("rest")) if aside else ""  # "..., Germany's national human rights
    name = f"{aside.group('name')}{rest}" if aside else ref.name  # institution": an apposition; "Public Defender
    # (Ombudsman) of Georgia": one name
    kind = org_kind(name) if aside and ref.kind == "group" else ref.kind  # (a name the heading gave)
    if kind not in ("ngo", "nhri", "un_mechanism") or aside is None:  # ("Office of the United Nations High
        # Commissioner for Refugees (UNHCR)": the agency, its acronym its short name)
        return ref
    short = aside.group("aside")
    keep = not rest and short[:1].isupper() and not re.search(
        r"(?i)\b(?:status|NHRI|NGO|accredited|ECOSOC|consultative)\b", short)  # fmt: skip
    return ActorRef(name, kind, title=ref.title, body=ref.body, short=short if keep else ref.short)


def _statement_items(ctx: PressContext) -> list[Statement]:
    """The statement of `statement_items`, as its heading names the speaker."""
    civil = _civil_statement(ctx)
    if civil:
        return civil
    address = ADDRESS_HEAD.search(ctx.text[:1500])
    remarks = REMARKS_HEAD.search(ctx.text[:1500]) or RIGHT_OF_REPLY_HEAD.search(ctx.text[:600])
    match = (address or remarks or _ON_BEHALF_FIRST.search(ctx.text[:1500]) or _ON_BEHALF_LINES.search(ctx.text[:1500])
             or _BY.search(ctx.text) or _HONOUR_TO_DELIVER.search(ctx.text[:2500])
             or STATEMENT_FOR.search(ctx.text[:1500]) or who_statement_line(ctx.text[:1500])
             or LABELLED_STATEMENT.search(ctx.text[:1500]) or _group_only(ctx.text[:1500]))  # fmt: skip
    if match is None and state_heading(ctx.text[:1500]) is not None:
        return _state_statement(ctx)  # "Republic of Moldova / Presentation of the national report / ... / Delivered by"
    if match is None:
        own = _organisation_statement(ctx)
        if own:  # "Council of Europe / ... / Speaker: Mr. Name, Head of the Office ...": the organisation's statement
            return own
    match = match or next((m for m in _SPEAKER_FOR.finditer(_before_salutation(ctx.text[:1500]))
                           if resolve_state_name(m.group("who"))), None)  # fmt: skip
    match = match or _DELIVERED_LINE.search(_before_salutation(ctx.text[:1500])) or next(
        (m for m in _STATE_FOR_LINE.finditer(_before_salutation(ctx.text[:1500])) if resolve_state_name(m.group("who"))), None)
    if match is None:
        return []
    body_start = match.end() - match.group(0).endswith("\n")  # (a heading's \s* may take its line's end)
    org = match.groupdict().get("org") if match.re is LABELLED_STATEMENT else None
    if org and org.isupper():  # the body in capitals over its statement: as the text writes it in full
        org = _as_written(org, ctx.text[match.end() :]) or org.title()
    blank = re.search(r"\n\s*\n", ctx.text[body_start:])
    if blank and blank.start() < 400:  # the heading block: forum, session, place and date lines
        body_start += blank.end()
        for _ in range(3):  # "HRC 58 - Geneva, 19 March 2025", then "Geneva, 22 March 2028" alone
            more = re.match(r"(?:[^\n]{3,160}\n){1,3}\s*\n", ctx.text[body_start:])
            salutation = more and re.match(
                r"(?i)\s*(?:mr|madam|mister|president,|chair,|thank|excellenc|distinguished|(?:as\s+)?delivered|read\s+by|check\s+against)",
                more.group(0),
            )
            if not more or salutation or re.search(r"[a-z]\.\s", more.group(0)):
                break
            body_start += more.end()
    forum = header_forum(ctx, ctx.text[:body_start])
    body_start += len(ctx.text[body_start:]) - len(ctx.text[body_start:].lstrip())
    while preamble := _PREAMBLE_LINE.match(ctx.text, body_start):  # "Delivered by ...", "Mr. President,"
        body_start = preamble.end()  # come before what the State says
    group = match.groupdict().get("group") or match.groupdict().get("group2") or match.groupdict().get("front")
    heading = _ON_BEHALF_HEADING.search(ctx.text, 0, match.start()) if match.re is _DELIVERED_LINE and not group else None
    if heading:  # "STATEMENT ON BEHALF OF THE CARIBBEAN COMMUNITY (CARICOM) / Delivered by: ...": the group in the heading
        group = _as_written(heading.group("group"), ctx.text[heading.end() :]) or heading.group("group")
    if group:  # "on behalf of the Nordic-Baltic States (Denmark, Estonia, ...)": the group's name
        group = re.sub(r"\s*\((?:[^()]*$|[^()]*(?:,|\band\b)[^()]*\)\s*$)", "", group) or None  # (not "... Nations (ASEAN)")
        group = re.sub(r"(?i)\s+as\s+(?:the\s+)?(?:country|State)\s+(?:concerned|under\s+review)\s*$", "", group or "") or None
        # ("Statement by the Republic of Tajikistan as the country concerned / Delivered by Mr. Name": the State)
    by_state = known_actor(group) if group and match.re is _ON_BEHALF_FIRST and not re.search(
        r"(?i)\bon\s+behalf\s+of\b", match.group(0)) else None  # "Statement by the State of Qatar / Delivered by H.E. ...":
    if by_state is not None and by_state.kind in (None, "state"):  # the State speaks through its ambassador
        group = None
    if group and match.re in (_ON_BEHALF_FIRST, _ON_BEHALF_LINES) and known_actor(group) is None \
            and not re.search(r"(?i)\b(?:Permanent\s+Representative|Ambassador|Minister)\b", match.group("who") or "") \
            and org_kind(re.sub(r"(?i)^the\s+", "", group.strip())) in ("nhri", "ngo"):  # "Statement of the Commission on
        org, group = re.sub(r"(?i)^the\s+", "", group.strip()), None  # Human Rights of the Philippines / Delivered by
        # Commissioner Name": the institution speaks through one of its members (a State's ambassador delivering "on
        # behalf of the Equal Rights Coalition" speaks for States)
    lead = (match.groupdict().get("lead") or "").strip()
    if (
        not group and "joint" in match.group(0).lower()
    ):  # "Nordic-Baltic joint statement", or "we speak
        behalf = _ON_BEHALF.search(_before_salutation(ctx.text[:1500])) or _ON_BEHALF.search(
            ctx.text, body_start, body_start + 400)  # on behalf of ...": the heading's words first
        group = behalf.group(1) if behalf else lead or None
    replying = next((st for a, _, st in find_states(ctx.text[: match.start()]) if not re.search(
        r"(?i)statements?\s+(?:of|by)\s+[^\n]*$", ctx.text[:a])), None) if remarks and remarks.re is RIGHT_OF_REPLY_HEAD else None  # fmt: skip
    speaker = by_state if by_state is not None and by_state.kind in (None, "state") else (
        ActorRef(name=match.group("who").strip(), kind="un_mechanism")
        if address
        else replying or (_speaker(remarks.group("who"), remarks.group(0), ctx)
                          if remarks.re is REMARKS_HEAD and remarks.group("who") else ctx.state)
        if remarks
        else ActorRef(org, "ngo" if org_kind(org) in ("ngo", "government_body") else org_kind(org)) if org
        else _speaker(match.group("who"), _with_title_line(ctx, match), ctx)
    )  # fmt: skip
    if match.re is WHO_STATEMENT_LINE and speaker.kind == "group" and not group:  # "AFRICAN GROUP STATEMENT / ... /
        named = _SPEAKER_STATE.search(ctx.text, match.end(), body_start)  # Speaker: Gabon": the State speaks for it
        state = resolve_state_name(named.group("who")) if named else None
        if state is not None:
            speaker, group = state, speaker.name
    if group is None and speaker.kind in (None, "state"):  # "Statement delivered by H.E. ..., Permanent Representative
        behalf = _ON_BEHALF.search(_before_salutation(ctx.text[:1500]))  # of Venezuela, on behalf of the Group"
        group = behalf.group(1).strip() if behalf else None
        spoken = _SPEAK_FOR.search(ctx.text, body_start, body_start + 300) if group is None else None
        group = spoken.group("group").strip() if spoken else group  # "NORDIC-BALTIC STATEMENT / ... / President, / I speak on
        # behalf of the Nordic-Baltic countries."
    fuller = _ON_BEHALF.search(ctx.text, body_start, body_start + 400) if group else None
    if fuller and group and fuller.group(1).lower().startswith(group.strip().lower() + " "):  # "CORE GROUP STATEMENT" over
        group = fuller.group(1).strip()  # "I speak on behalf of the Core Group on Sri Lanka": the name in full
    thematic = bool(forum and forum.get("mandate") and not forum.get("state_concerned"))
    return [
        Statement(
            evidence=ctx.evidence(match.start(), len(ctx.text)),
            speaker=speaker,
            on_behalf_of=group_ref(group)
            if group
            else None,
            forum=forum,
            text=ctx.text[body_start:].strip(),
            # a thematic dialogue (the forum names a mandate but no State) concerns no one State, unless the
            # statement is about one: the visit the mandate holder reports on, a State it names again and again
            concerning=(speaker if re.search(r"(?i)\bas\s+the\s+(?:country|State)\s+concerned\b|\((?:the\s+)?(?:country|State)\s+"
                                             r"concerned\)", ctx.text[:body_start])
                        else _most_named_state(ctx.text[body_start:], speaker)) if thematic else ctx.state,  # fmt: skip
        )
    ]


def _most_named_state(text: str, speaker: ActorRef | None) -> ActorRef | None:
    """The State a statement at a thematic dialogue is about: the one it names most, at least twice and
    more often than any other; the speaker's own State only where the statement speaks of a visit to it."""
    counts: dict[str, list[ActorRef]] = {}
    for _, _, state in find_states(text):
        if state.iso3:
            counts.setdefault(state.iso3, []).append(state)
    visit = re.search(r"(?i)\bvisit\s+to\s+", text)
    visited = find_states(text[visit.end() : visit.end() + 60]) if visit else []
    if visited and visited[0][0] <= 4:  # "her report on her visit to South Africa": the State visited
        return visited[0][2]
    own = speaker.iso3 if speaker is not None and speaker.kind in (None, "state") else None
    if own in counts and not re.search(r"(?i)\bvisit(?:ed)?\s+(?:to\s+)?(?:my|our)\s+country\b|\byour\s+visit\b", text):
        del counts[own]
    ranked = sorted(counts.values(), key=len, reverse=True)
    if ranked and len(ranked[0]) >= 2 and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])):
        return ranked[0][0]
    return None


# A UN agency taking the floor in a summary: "The United Nations Children's Fund (UNICEF) said"
AGENCY_WORDS = re.compile(r"\b(?:Fund|Programme|Program|Organization|Organisation|Agency|Entity|High\s+Commissioner\s+for\s+Refugees|"
                     r"UN\s+Women|UNICEF|UNHCR|UNDP|UNFPA|WFP|UNESCO|UNAIDS|IOM|ILO|FAO|WHO)\b")
