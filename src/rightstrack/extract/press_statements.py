"""Statements of delegations: a Council statement document, or a UN meeting summary.

A full statement names its speaker in its heading ("Statement by the United Kingdom") and its
forum in the lines above; a meeting summary gives one paragraph per speaker ("France said ...")
and often a closing list ("Speaking were ..."). Both yield `Statement` items with the forum the
record files them under, so a press tally about the same dialogue can be checked against them.
Stance and themes are left to the classifiers unless the text states them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
              r"Special|Clustered|Enhanced|Adoption|HRC|Oral|Report|Discussion|Debate|Session|Review|ID)\b")
# Only a statement so headed ("Oral statement - X") names its speaker after a dash; "Joint statement: Council
# must not ..." is a title
ORAL = r"(?:(?<=oral\sstatement)|(?<=video\sstatement)|(?<=oral\sintervention)|(?<=national\sstatement))"
_BY = re.compile(
    # "Core Group on Sri Lanka - statement delivered by the United Kingdom": the group named in front
    r"(?im)^[^\S\n]*(?:(?P<front>[^\n]{3,60}?)[^\S\n][-–—:][^\S\n]+)?(?P<lead>(?:[\w-]+[^\S\n]+){0,3}?)(?:joint\s+)?(?:statement|intervention)"
    # "Oral statement - Bridge of Return Families Association": the speaker after a dash or colon
    r"(?:\s+(?:by|of|delivered\s+by)\s+|" + ORAL + r"[^\S\n]*[:–—-][^\S\n]*(?!" + FORUM_WORD + r")(?=(?-i:[A-Z])))(?:the\s+)?(?:delegation\s+of\s+"
    # "Statement by H.E. Mr. Name, First Deputy Minister ...": the honorifics' full stops are inside the name
    r"(?:the\s+)?)?(?P<who>(?:(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)*[^\n,.;:]+?)(?:,?\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<group>[^\n,.;:]+?))?"
    r"(?=\s*[,.:;]|\s*$|\s+(?:at|to|during|in|before)\s+the\b)[^\n]*$"
)
# "Joint statement on behalf of 45 States, delivered by Canada": the group first, the speaker after;
# "Statement of the Like-Minded Group / delivered by Bolivia"; "on behalf of the Nordic-Baltic
# countries: Denmark, ... / Delivered by Finland".
_ON_BEHALF_FIRST = re.compile(
    r"(?im)^\s*(?:joint\s+)?(?:statement|intervention)\s+(?:on\s+behalf\s+of|of|by)\s+(?:the\s+|a\s+group\s+of\s+)?"
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
    r"(?:head\s+of\s+(?:the\s+)?delegation|delegation)(?:\s+of\s+(?:the\s+)?(?P<who>[^\n,]+?))?(?=\s*,|\s*$)[^\n]*$"
)
_SESSION = re.compile(  # "HRC58", "Council 58", "58th session", "sixty-first regular session"
    rf"(?i)\b(?:HRC\s*|(?:Human\s+Rights\s+)?Council\s+(?=\d{{2}}\b)|(?P<n>{ORDINAL})\s+"
    r"(?:regular\s+|ordinary\s+|special\s+)?session\b)(?P<m>\d{1,2})?|\b(?P<fr>\d{2,3})e\s+session\b"  # "86e session"
)
_SPEAKING_LIST = re.compile(
    r"(?i)\b(?:speaking\s+(?:in\s+the\s+(?:interactive\s+|general\s+)?(?:dialogue|discussion|debate)\s+)?were:?|"
    r"(?:also\s+)?taking\s+the\s+floor\s+were:?|"  # "Also taking the floor were Australia, Brazil and Cuba."
    r"statements\s+were\s+(?:made|delivered)\s+by\s*:?|speakers\s+included\s*:?|"
    # "Speakers in the dialogue: Lithuania on behalf of the Nordic-Baltic countries; the European Union; ..."
    r"(?m:^)[^\S\n]*(?:further\s+|other\s+)?speakers(?:\s+in\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|debate))?\s*:|"
    r"the\s+following\s+"
    r"(?:(?:delegations|States|countries|speakers)\s+)?(?:also\s+)?(?:spoke|took\s+the\s+floor)"
    r"(?:\s+in\s+the\s+(?:general\s+|interactive\s+)?(?:debate|dialogue|discussion))?\s*:?)\s+(?P<list>[^.]+)|"
    # "Italy, Ghana and the Lao People's Democratic Republic also took the floor."
    r"(?m:^)[^\S\n]*(?P<list2>[A-Z][^.\n:]{2,300}?)\s+(?:also\s+)?(?:took\s+the\s+floor|spoke\s+as\s+well|also\s+spoke)\s*\."
)
_LISTED_FOR = re.compile(
    r"(?i)\s*,?\s*(?:speaking\s+)?on\s+behalf\s+of\s+(?:the\s+)?([^,;]+?)(?=\s*(?:[,;]|\band\b|$))"
)
_LIST_ITEM = re.compile(r"(?:^|[,;]|\band\b)\s*([^,;]+?)(?=\s*(?:[,;]|\band\b|$))")
# "Minister of Justice and Public Security", "Federal Government Commissioner for Human Rights Policy": the title
# after a State's possessive, as in "South Sudan's Minister of Justice, Name, said"
_OWN_TITLE = (r"(?:[A-Z][\w-]*\s+){0,4}?(?:Minister|Ambassador|Representative|Commissioner|Secretary|Envoy|Attorney-General)"
              r"(?:\s+(?:of|for|and|on|the|[A-Z][\w-]*))*?(?=\s*,|\s+(?:said|[a-z]{3,}ed)\b)")
_PARA_SPEAKER = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:delegate|representative|delegation|ambassador|speaker)\s+(?:of|for)\s+(?:the\s+)?)?"
    r"(?P<who>[A-Z][\w’' -]{1,60}?)(?:(?:[’']s|(?<=s)[’'])\s+(?:delegation|representative|delegate|" + _OWN_TITLE + r"))?"
    # "China's delegation", "The Philippines' delegation", "Bangladesh's representative", "Haiti's Minister of Justice"
    r"(?:\s+\([A-Z][A-Za-z-]{1,10}\))?"  # "The United Nations Children's Fund (UNICEF) said"
    # "The Minister of Foreign Affairs of Sri Lanka, Name Surname, speaking as ...": the holder named after the title
    r"(?:,\s+(?![^,]*\b(?:Committee|Expert|Rapporteur|Member|Chair|Minister|Ambassador|Representative|Director|Commissioner|"
    r"President|Secretary|Delegation|Union|Group)\b)(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
    r"(?:,(?=\s+(?:said|[a-z]+ed)\b)|(?=,\s+(?:speaking|as|taking|in|who)\b)))?"
    # "Belarus, for its part, rejected", "Sudan and Venezuela, by contrast, said", "Pakistan and China, speaking one
    # after the other, said"
    r"(?:,\s+(?:for\s+(?:its|their|his|her)\s+part|by\s+contrast|in\s+turn|likewise|similarly|however|meanwhile|"
    r"speaking\s+one\s+after\s+the\s+other|in\s+a\s+joint\s+statement),)?"
    # "the Syrian Arab Republic, represented by its Minister of Justice, Name, said"; "the representative of Myanmar,
    # who continues to represent the former Government, said"
    r"(?:,\s+(?:represented\s+by|who|which)\s+[^,.;]{3,120}(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})?,)?"
    # "Forum-Asia, a non-governmental organization, said": an NGO or NHRI taking the floor
    # "UNHCR, the UN Refugee Agency, said"; "The Office de la Protection du Citoyen, Haiti's national human rights
    # institution, said"
    r"(?:,\s+(?:speaking\s+as\s+)?(?:also\s+)?(?:a|an|the|[A-Z][\w’' -]{1,40}?[’']s)\s+(?P<what>(?:[\w\"“”-]+\s+){0,5}?"
    r"(?:organi[sz]ation|NGO|institution|network|coalition|commission|group|association|federation|platform|alliance|[Aa]gency)"
    r"(?:\s+(?:in|with|of|for|working|supporting|representing|defending|based|that|which|who|speaking)\b[^,]{2,80})?"
    r"(?:\s+speaking\s+(?:by|via|in)\s+(?:a\s+)?video(?:\s+message|\s+link)?)?),)?"
    # "Leila Haddad-Voronova, Committee Expert, said": a treaty body's member in its dialogue with a State
    r"(?:,\s+(?P<expert>[Cc]ommittee\s+(?:[Ee]xpert|[Mm]ember|Chair(?:person)?|Vice-?Chair(?:person)?)|[Cc]ountry\s+(?:[Cc]o-)?[Rr]apporteur|"
    r"[Cc]o-[Rr]apporteur|(?:one\s+of\s+the\s+)?country\s+rapporteurs)"
    r"(?:\s+and\s+[^,]{3,80})?,)?"
    # "Lithuania, introducing the draft resolution on behalf of the European Union, said"
    r"(?:,\s+introducing\s+(?:the\s+)?(?:draft\s+)?(?:resolution|text|decision)(?:\s+[A-Z]/[\w./]+)?"
    r"(?:\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<group2>[^,]+))?,)?"
    # "Norway, for the Troika, said"; "Brazil, for a group of Latin American and Caribbean States, urged"
    r"(?:,\s+(?:also\s+)?(?:(?:speaking\s+(?:also\s+)?)?on\s+behalf\s+of|speaking\s+for|for(?=\s+(?:the|a)\s+(?:[A-Z]|group\b|core\s+group\b))|"
    r"(?:speaking\s+)?in\s+the\s+name\s+of)\s+(?:the\s+)?"
    r"(?P<group>[^,(]+(?:\s*\([^()]*\))?(?:,\s+(?:the\s+)?[A-Z][\w’' -]+?)*),)?"  # "... on behalf of Canada, Australia and
    # New Zealand,", "on behalf of the core group on Sri Lanka (Canada, Malawi, ...),"
    # "The Central African Republic, speaking as the country concerned, said"
    # "..., taking the floor as the concerned country at the close of the dialogue, said"
    # "Sudan, taking the floor as a State named in the debate, said"; "Haiti, speaking as a country concerned, said"
    r"(?:,\s+(?:speaking\s+|taking\s+the\s+floor\s+)?as\s+(?:the|a)\s+(?:(?:country|State)\s+(?:concerned|named\b)|concerned\s+(?:country|State))"
    r"[^,.;]{0,60},)?"
    # "Lithuania, speaking first, said"; "Norway, as a guarantor of the peace process, said"
    # "The United Kingdom, as penholder on the Sudan, said"
    r"(?:,\s+(?:speaking\s+(?:first|last|next|second|third)|as\s+(?:a|an|one\s+of\s+the)\s+[a-z][^,.;]{2,60}|"
    r"as\s+(?:the\s+)?(?:penholder|main\s+sponsor|lead\s+sponsor)\b[^,.;]{0,60}),)?"
    # "Belarus, speaking in right of reply, said"; "Nicaragua, referring to the section on it, said"; "Bahrain,
    # responding to questions, said"
    r"(?:,\s+(?:(?:also\s+)?(?:speaking\s+)?in\s+(?:the\s+|a\s+)?(?:exercise\s+of\s+(?:its|the)\s+)?right\s+of\s+reply|(?:referring|responding|replying)\s+"
    r"to\s+[^,.;]{3,80}|(?:responding|replying|answering)(?:\s+(?:this\s+(?:morning|afternoon)|on\s+[A-Z][a-z]+day|later))?),)?"
    # "Pacific Press Freedom Alliance, in a video statement, said"; "The World Food Programme, speaking as an observer, said"
    r"(?:,\s+(?:in\s+a\s+(?:video|pre-recorded)\s+(?:statement|message)|(?:speaking\s+)?(?:by|via)\s+video(?:\s+message|\s+link)?|"
    r"speaking\s+as\s+an?\s+observer),)?"
    # "The Dominican Republic, taking the floor again, said"
    r"(?:,\s+taking\s+the\s+floor\s+(?:again|once\s+more|a\s+second\s+time),)?"
    # "China, exercising its right of reply, said"
    r"(?:,\s+(?:also\s+)?(?:in\s+)?exercis(?:ing|e\s+of)\s+(?:its|the)\s+right\s+of\s+reply[^,.;]{0,60},)?"
    r"(?:,\s+while\s+[a-z]+ing\s+[^,.;]{3,100},)?"  # "Qatar, while noting the humanitarian needs, said"
    # "China, in an explanation of vote before the vote, said"
    r"(?:,\s+(?:in\s+an\s+explanation\s+of\s+(?:its\s+)?vote|explaining\s+its\s+vote)(?:\s+(?:before|after)\s+the\s+vote)?,)?"
    # "Ecuador, in its concluding remarks, said"
    r"(?:,\s+in\s+(?:its|their|his|her)\s+(?:concluding|closing|introductory|opening|final)\s+(?:remarks|statement),)?"
    r"(?:,\s+in\s+(?:its|their)\s+(?:responses|replies|answers|reply|response),)?"  # "Guatemala, in its responses, said"
    # "Sierra Leone, presenting its national report, said": the State under review takes the floor
    r"(?:,\s+(?:presenting|introducing)\s+(?:its|their|the)\s+(?:\w+\s+){0,2}?report(?:\s+(?:through|via)\s+[^.;]{3,150}?)?,|"
    r",\s+(?:speaking\s+)?as\s+the\s+State\s+under\s+review,)?\s+(?:(?:both|also|jointly|each)\s+)?"  # "Spain and Panama both asked"
    r"(?:said|welcomed|expressed|urged|commended|noted|called|praised|stressed|raised|asked|read(?=\s+(?:a|an|the|its)\s)|"
    # "Latvia remained concerned", not "Uganda remained one of the largest refugee-hosting countries"
    r"recognized|recognised|acknowledged|encouraged|regretted|condemned|remained(?=\s+(?:\w+\s+)?(?:concerned|committed|"
    r"ready|open|convinced|seized|worried|alarmed|troubled|determined|hopeful|attached))|called|"
    r"reiterated|underlined|highlighted|deplored|appreciated|took\s+note|drew|spoke|gave|made|took|"
    # "Jordan received 241 recommendations": what happened to the State, not what it said
    r"(?!received\b|remained\b|(?:accepted|supported)\s+\d)[a-z]{3,}ed)\b"
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


def _before_salutation(head: str) -> str:
    """A statement's heading block: the text before "Mr. President,"."""
    salutation = _SALUTATION.search(head)
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
        if _SALUTATION.match(below.group("line")) or find_dates(below.group("line"), None):
            break  # "... Minister of National Solidarity, / Head of the Delegation of the Republic of Burundi"
        lines.append(below.group("line"))
        at += below.end()
    return "\n".join(lines)


def _speaker(name: str, heading: str, ctx: PressContext) -> ActorRef:
    """The speaker of a statement: the State or group named, else the State in the heading line
    that is not the one under discussion ("H.E. ..., Permanent Representative of the Netherlands")."""
    name = re.sub(r"(?i)\s+(?:(?:in\s+)?exercis(?:ing|e\s+of)\s+(?:its|the)\s+right\s+of\s+reply|in\s+reply)\b.*$", "", name)
    name = re.sub(r"(?i)\s*\((?:the\s+)?(?:country|State)\s+concerned\)\s*$", "", name)  # "Nepal (country concerned)"
    name = re.sub(r"(?i)\s+as\s+the\s+(?:country|State)\s+concerned\s*$", "", name)  # "the State of Eritrea as the country concerned"
    known = known_actor(name)  # "the delegation of Sri Lanka exercising its right of reply": Sri Lanka
    if known is not None:
        return known
    represented = re.search(r"(?i)\b(?:Permanent\s+Representative|Ambassador|Deputy\s+Permanent\s+Representative|"
                            r"Charg[ée]\s+d[’']affaires|delegation|Permanent\s+Mission)\s+of\s+(?:the\s+)?", heading)
    states_after = find_states(heading[represented.end() :]) if represented else []
    if states_after and states_after[0][0] == 0:  # "H.E. Ambassador Name, Permanent Representative of Sweden"
        return states_after[0][2]
    after_name = heading[heading.find(name.strip()) + len(name.strip()) :] if name.strip() in heading else ""
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
        org = known_actor(line)
        if org is not None and org.kind == "group" and not find_states(line):
            written = _as_written(line, ctx.text) if line.isupper() else line
            return replace(org, short=written) if written and written.lower() != org.name.lower() else org
        if line in UN_AGENCY_NAMES or (org_kind(line) == "un_mechanism" and _AGENCY.search(line)):
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
    salutation = _SALUTATION.search(head)
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
_SALUTATION = re.compile(r"(?m)^[^\S\n]*(?:Mr\.?|Madam|Madame|Mister)[^\S\n]+(?:Vice-?[^\S\n]?)?President\b")


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
_SPEAKER_LABEL = re.compile(r"(?im)^[^\S\n]*speaker[^\S\n]*:[^\S\n]*[^,\n]+,[^\S\n]*(?P<org>[^,\n]+?)[^\S\n]*$")
_READ_BY_ORG = re.compile(r"(?i)\b(?:read|delivered)\s+by\s+[^()\n]{3,60}?\s*\((?P<org>[^()\n]{3,80})\)")
_BEHALF_LINE = re.compile(r"(?i)\bon\s+behalf\s+of\s*:?\s+(?:the\s+)?(?P<group>[^()\n,.;:]{3,80}?)\s*(?:\([^()\n]*\))?\s*(?:$|[,:](?=[^\n]*:?\s*$))", re.M)
# "Delivered by: Justice Bridge International (general consultative status ...)", "Statement delivered by the Nile Delta
# Rights Forum (special consultative status), also on behalf of ...": the body that reads it
_DELIVERED_BY_ORG = re.compile(r"(?im)\b(?:delivered|read|presented)[^\S\n]+by[^\S\n]*:?[^\S\n]*(?:the[^\S\n]+)?"
                               r"(?!(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Ambassador)\b)(?P<org>[A-Z][^(\n,]{2,80}?)"
                               r"[^\S\n]*(?:\(|,|$|[^\S\n]+(?:also[^\S\n]+)?on[^\S\n]+behalf\b)")
_OPENING = re.compile(r"(?im)^[^\S\n]*(?:[^\n,]{3,40},\s+)?(?:thank\s+you,?\s+)?(?:Mr\.?|Madam|Madame|Mister)\s+(?:Vice-?\s?)?President\b")


def civil_heading(head: str) -> tuple[ActorRef, str | None] | None:
    """The NGO or NHRI whose statement this heading block introduces, and the group it speaks for."""
    opening = _OPENING.search(head)
    if opening is None:
        return None
    block = head[: opening.start()]
    if not re.search(r"(?i)\b(?:human\s+rights\s+council|HRC\s*\d|session|item\s+\d)", block):
        return None
    names = [m.group("org").strip() for m in (_ORG_LABEL.search(block), _READ_BY_ORG.search(block)) if m]
    delivered = _DELIVERED_BY_ORG.search(block)
    if delivered and not find_states(delivered.group("org")):  # (not "delivered by Lithuania on behalf of ...")
        names.append(delivered.group("org").strip())
    for line in block.strip().split("\n"):  # "Office of the Public Defender of Georgia" on a line of its own, or
        if re.match(r"\s*[-•*–]\s", line):
            continue  # "- Women of Idlib Forum": a coalition's members, listed
        for part in re.split(r"[^\S\n]+[/|–—-][^\S\n]+", line):  # "HRC 73rd session / Item 4 / ... / Zagros Justice Monitor"
            part = re.sub(r"\s*\((?:in\s+exile)\)\s*$", "", part.strip(), flags=re.I)
            if part and len(part.split()) <= 12 and not re.search(
                    r"(?i)\b(?:statement|council|session|item|dialogue|review|ID|speaker|delivered|read|organi[sz]ation|"
                    r"geneva|message)\b|:|\d", part):  # fmt: skip
                names.append(part)
    speaker_line = _SPEAKER_LABEL.search(block)
    if speaker_line and not holds_title(speaker_line.group("org")):  # (not "Speaker: Name, Public Defender of Georgia")
        names.append(speaker_line.group("org").strip())
    for name in names:
        kind = org_kind(name)
        if kind == "government_body" and re.search(r"\b(?:Réseau|Red|Rede|Network|Watch|Forum|Alliance|Coalition|Collective|"
                                                   r"Monitor|Initiative|Association|Observatory|Foundation|League|Ligue)\b", name):
            kind = "ngo"  # "Centrafrique Justice Réseau": a network named for its country, not a State body
        if kind in ("ngo", "nhri"):
            behalf = _BEHALF_LINE.search(block)
            return ActorRef(name, kind), (behalf.group("group").strip() if behalf else None)
    return None


# "Review of Chile – Concluding remarks", "Presentation of the national report": the State under review speaks
_OWN_REMARKS_LINE = re.compile(r"(?i)\b(?:concluding|closing|introductory|opening)\s+(?:remarks|statement)\s*$|"
                               r"\bpresentation\s+of\s+the\s+national\s+report\b")


def state_heading(head: str) -> ActorRef | None:
    """The State whose statement a heading block names without "Statement by": its name alone on a line
    ("Republic of Moldova"), before a dash and the forum ("Brazil – Universal Periodic Review of the
    Philippines"), or the State reviewed over its own remarks ("Review of Chile – Concluding remarks").
    Only the lines before the salutation count."""
    opening = _OPENING.search(head)
    if opening is None:
        return None
    lines = [line.strip() for line in head[: opening.start()].splitlines() if line.strip()][:8]
    for line in lines:
        alone = resolve_state_name(line) if len(line.split()) <= 6 and not find_dates(line, None) else None
        if alone is not None and any(s == 0 and e == len(line) for s, e, _ in find_states(line)):
            return alone
        dashed = re.match(rf"(?P<who>[^–—|:\n-]{{3,60}}?)[^\S\n]+[–—|:-][^\S\n]+(?={FORUM_WORD})", line)
        if dashed and any(s == 0 and e == len(dashed.group("who")) for s, e, _ in find_states(dashed.group("who"))):
            return resolve_state_name(dashed.group("who"))
    if any(_OWN_REMARKS_LINE.search(line) for line in lines):
        named = [state for line in lines for _, _, state in find_states(line)]
        return named[0] if named else None
    return None


def _state_statement(ctx: PressContext) -> list[Statement]:
    """The statement under a `state_heading`."""
    speaker = state_heading(ctx.text[:1500])
    opening = _OPENING.search(ctx.text[:1500])
    if speaker is None or opening is None:
        return []
    forum = header_forum(ctx, ctx.text[: opening.start()])
    return [Statement(evidence=ctx.evidence(0, len(ctx.text)), speaker=speaker, forum=forum,
                      text=ctx.text[opening.start() :].strip(), concerning=ctx.state)]  # fmt: skip


def _organisation_statement(ctx: PressContext) -> list[Statement]:
    """The statement of an intergovernmental organisation or UN agency named on the letterhead."""
    opening = _OPENING.search(ctx.text[:1500])
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
    opening = _OPENING.search(ctx.text[:1500])
    if found is None or opening is None:
        return []
    speaker, group = found
    if speaker.name.isupper():  # "AFGHANISTAN INDEPENDENT HUMAN RIGHTS COMMISSION": as the text writes it
        speaker = ActorRef(_as_written(speaker.name, ctx.text) or speaker.name.title(), speaker.kind)
    forum = header_forum(ctx, ctx.text[: opening.start()])
    thematic = bool(forum and forum.get("mandate") and not forum.get("state_concerned"))
    return [Statement(
        evidence=ctx.evidence(0, len(ctx.text)), speaker=speaker, forum=forum,
        on_behalf_of=(known_actor(group) or ActorRef(group, "group")) if group else None,
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
    name = f"{aside.group('name')}{aside.group('rest')}" if aside else ref.name  # "Public Defender (Ombudsman) of Georgia"
    kind = org_kind(name) if aside and ref.kind == "group" else ref.kind  # (a name the heading gave)
    if kind not in ("ngo", "nhri") or aside is None:
        return ref
    short = aside.group("aside")
    keep = not aside.group("rest") and short[:1].isupper() and not re.search(
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
                r"(?i)\s*(?:mr|madam|mister|president,|thank|excellenc|distinguished|(?:as\s+)?delivered|read\s+by|check\s+against)",
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
    by_state = known_actor(group) if group and match.re is _ON_BEHALF_FIRST and not re.search(
        r"(?i)\bon\s+behalf\s+of\b", match.group(0)) else None  # "Statement by the State of Qatar / Delivered by H.E. ...":
    if by_state is not None and by_state.kind in (None, "state"):  # the State speaks through its ambassador
        group = None
    if group and match.re in (_ON_BEHALF_FIRST, _ON_BEHALF_LINES) and known_actor(group) is None \
            and org_kind(re.sub(r"(?i)^the\s+", "", group.strip())) in ("nhri", "ngo"):  # "Statement of the Commission on
        org, group = re.sub(r"(?i)^the\s+", "", group.strip()), None  # Human Rights of the Philippines / Delivered by
        # Commissioner Name": the institution speaks through one of its members
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
    fuller = _ON_BEHALF.search(ctx.text, body_start, body_start + 400) if group else None
    if fuller and group and fuller.group(1).lower().startswith(group.strip().lower() + " "):  # "CORE GROUP STATEMENT" over
        group = fuller.group(1).strip()  # "I speak on behalf of the Core Group on Sri Lanka": the name in full
    thematic = bool(forum and forum.get("mandate") and not forum.get("state_concerned"))
    return [
        Statement(
            evidence=ctx.evidence(match.start(), len(ctx.text)),
            speaker=speaker,
            on_behalf_of=(known_actor(group) or ActorRef(group.strip(), "group"))
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


_DISCUSSION_LEAD = re.compile(r"(?i)\s*(?:in\s+the\s+(?:ensuing\s+)?(?:interactive\s+)?(?:dialogue|discussion|"
                              r"debate)(?:\s+that\s+followed)?|during\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|debate)|"
                              # "Among the non-governmental organizations, the Committee of ... said"
                              r"among\s+(?:the\s+)?(?:non-governmental\s+organi[sz]ations|NGOs|civil\s+society\s+(?:organi[sz]ations|"
                              r"speakers|groups)|national\s+human\s+rights\s+institutions)|"
                              # "Speaking as the country concerned, Eritrea said ..."
                              # "Taking the floor as the concerned country at the close of the dialogue, Eritrea said"
                              r"(?:speaking|taking\s+the\s+floor)\s+as\s+the\s+(?:(?:country|State)\s+concerned|concerned\s+(?:country|State))"
                              r"(?:\s+(?:at|in|during|after)\s+[^,.;]{3,60})?|"
                              # "Speaking as the national human rights institution, the South Sudan Human Rights Commission said"
                              r"speaking\s+as\s+(?:the|a|an)\s+(?:national\s+human\s+rights\s+institution|NHRI|NGO|"
                              r"non-governmental\s+organi[sz]ation)|"
                              # "Speaking in right of reply, Pakistan said", "In right of reply, Armenia said"
                              # "Taking the floor in right of reply, the Russian Federation said"; "In a right of reply, ..."
                              r"(?:speaking\s+|taking\s+the\s+floor\s+)?in\s+(?:the\s+|a\s+)?(?:exercise\s+of\s+(?:its|the)\s+)?right\s+of\s+reply|"
                              r"exercising\s+(?:its|the|their)\s+right\s+of\s+reply|"  # "Exercising the right of reply, Ethiopia said"
                              r"speaking\s+in\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|debate)|"  # "Speaking in the discussion, X ..."
                              # "Speaking next, France asked", "Responding to questions, Sri Lanka's delegation said",
                              # "For civil society, the Mekong Land Rights Coalition described"
                              r"speaking\s+(?:next|later|afterwards|after\s+(?:them|him|her)|then)|"
                              # "Responding this morning, the Philippines said", "Answering on Wednesday, Mexico said"
                              r"(?:responding|replying|answering)(?:\s+to\s+[^,.;]{3,60}|\s+(?:this\s+(?:morning|afternoon|evening)|"
                              r"on\s+[A-Z][a-z]+day|later|then|in\s+turn|the\s+next\s+day))?|"
                              r"in\s+(?:its|their|his|her)\s+(?:replies|responses|answers)|"
                              r"(?:speaking\s+)?for\s+civil\s+society|in\s+the\s+civil\s+society\s+(?:segment|part)|in\s+the\s+(?:segment|part)\s+(?:for|of|reserved\s+for)\s+(?:civil\s+society|"
                              r"non-governmental\s+organi[sz]ations|NGOs)|"
                              # "Speaking for her country, the representative of Mexico recommended"
                              r"speaking\s+(?:for|on\s+behalf\s+of)\s+(?:his|her|its|their)\s+(?:own\s+)?(?:country|Government|delegation)|"
                              # "In its closing remarks, Colombia's delegation thanked", "In response, Saudi Arabia said"
                              r"in\s+(?:its|their|his|her)\s+(?:closing|concluding|final|opening)\s+(?:remarks|statement)|"
                              r"in\s+(?:response|reply)(?:\s+to\s+[^,.;]{3,60})?|"
                              r"at\s+the\s+(?:end|close)\s+of\s+the\s+(?:dialogue|debate|meeting|discussion)|"  # "At the end of the dialogue, ..."
                              # "On the Democratic People's Republic of Korea, the Republic of Korea said": the topic first
                              r"on\s+(?!behalf\b)(?:the\s+)?(?:situation\s+(?:in|of)\s+(?:the\s+)?)?(?-i:[A-Z])[\w’' -]{2,60}|"
                              # "Introducing the draft, Poland, speaking on behalf of ...", "Speaking in explanation of vote
                              # before the vote, Brazil said"
                              r"introducing\s+(?:the\s+)?(?:draft(?:\s+resolution)?|text|resolution)(?:\s+[A-Z]/[\w./]+)?|"
                              r"(?:speaking\s+)?in\s+(?:an\s+)?explanation\s+of\s+(?:its\s+)?vote(?:\s+(?:before|after)\s+the\s+vote)?|"
                              # "Resuming the debate today, the Philippines said", "Continuing the discussion this afternoon,"
                              r"(?:resuming|continuing|opening|closing|concluding)\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|debate)"
                              r"(?:\s+(?:today|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+day))?),\s+")  # fmt: skip


# "Speaking on behalf of the European Union, Belgium said ...": the group named first.
_FRONTED_GROUP = re.compile(
    r"^(?:Speaking\s+)?(?:[Oo]n\s+behalf\s+of|[Ff]or|[Ii]n\s+the\s+name\s+of)\s+(?!(?:its|their|his|her|civil)\b)(?:the\s+)?"
    r"(?P<group>[^,]{3,80}),\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w’' -]{1,60}?)\s+(?:said|[a-z]{3,}ed)\b"
)

# "Norway (on behalf of the Nordic-Baltic countries): The Nordic-Baltic countries share ...",
# "Iraq (State under review): The delegation ...": a summary that labels each paragraph with its speaker
_LABEL_TURN = re.compile(
    r"^(?P<who>[A-Z][\w’' -]{1,60}?(?:[^\S\n]+\([A-Z][\w ]{3,40}\s+of\))?)"  # "Venezuela (Bolivarian Republic of):"
    r"(?:[^\S\n]+\((?:(?:speaking\s+)?on\s+behalf\s+of|speaking\s+for)\s+(?:the\s+)?"
    r"(?P<group>[^()\n]{3,80})\)|[^\S\n]+\((?:the\s+)?(?:State\s+under\s+review|(?:country|State)\s+concerned|"
    r"concerned\s+(?:country|State))\)|,[^\S\n]+(?:for|on\s+behalf\s+of)[^\S\n]+(?:the[^\S\n]+)?(?P<group2>[^:\n]{3,80}))?"
    r":[^\S\n]+(?=\S)"  # "Malta, for the LGBTI Core Group: backed the call ..."
)

# "Cuba, Nicaragua and Belarus said ...": several States that took one line, each a speaker
_NAME_RUN = r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3}"
_JOINT_TURN = re.compile(
    rf"^(?P<who>{_NAME_RUN}(?:,\s+{_NAME_RUN}){{1,6}},?\s+and\s+{_NAME_RUN})(?:,\s+speaking\s+(?:in\s+turn|one\s+after\s+the\s+other),)?"
    r"\s+(?:also\s+|jointly\s+)?"
    r"(?:said|called|urged|welcomed|expressed|stressed|noted|asked|condemned|commended|praised|rejected|described|"
    r"criticized|criticised|recognized|recognised|raised|regretted|deplored|recommended|encouraged|congratulated|"
    r"highlighted|underlined|emphasi[sz]ed|acknowledged|noted|exercised)\b"
)

# "Ms. Halvorsen-Odhiambo, replying to questions, said", "Mr. Name, in reply, said": the head of the delegation
# of the State under review, named before, answering in the dialogue
_HEAD_REPLIES = re.compile(
    r"^(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,\s+[^,.;]{3,80},)?\s+(?:said|added|replied|"
    r"responded|answered|explained|stressed|noted|told|[a-z]{3,}ed)\b"
)


def _delegation_head(ctx: PressContext, opening: str) -> re.Match[str] | None:
    """A `_HEAD_REPLIES` turn, when the person is the State under review's minister or head of delegation."""
    match = _HEAD_REPLIES.match(opening)
    if match is None or ctx.state is None:
        return None
    person = ctx.actors.person(match.group("who").split()[-1])
    title = (person.title or "") if person is not None else ""
    if person is None or not re.search(r"(?i)\b(?:minister|head\s+of\s+(?:the\s+)?delegation|secretary|attorney|ambassador|"
                                       r"permanent\s+representative)\b", title) or re.search(
            r"(?i)\b(?:High\s+Commissioner|Rapporteur|Expert|Secretary-General|United\s+Nations|UN)\b", title):  # fmt: skip
        return None  # (not "Deputy High Commissioner for Human Rights", who presents)
    named = find_states(title)
    return match if not named or named[-1][2].iso3 == ctx.state.iso3 else None


# "Committee Expert Hana Name said", "Country Rapporteur Name turned to ...", "Another country rapporteur, Name, asked":
# a treaty body's member, the title first
_EXPERT_FIRST = re.compile(
    r"^(?:[Aa]nother\s+|[Tt]he\s+|[Aa]\s+)?(?P<expert>(?:[Cc]ommittee\s+(?:[Ee]xpert|[Mm]ember|[Cc]hair(?:person)?|[Vv]ice-?[Cc]hair(?:person)?)|"
    r"(?:[Cc]ountry\s+)?(?:[Cc]o-)?[Rr]apporteur))(?:\s+(?:for|on)\s+[A-Z][\w ]{2,30}?)?,?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}?)(?:,\s+[^,]{3,80}(?=,))?,?\s+(?:said|asked|noted|wanted|turned|[a-z]{3,}ed)\b"
)

# "Botswana was commended by Namibia for ...": the speaker after "by"
_PASSIVE_TURN = re.compile(
    r"^(?:The\s+)?[A-Z][\w’' -]{1,40}?\s+was\s+(?:(?:warmly|strongly)\s+)?(?:commended|praised|welcomed|"
    r"congratulated|urged|encouraged|asked|criticised|criticized|called\s+upon|invited|applauded|lauded)\s+by\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w’' -]{1,60}?)(?=\s+(?:for|to|on|over|in|as)\b|\s*[,.;])"
)


# "..., the Minister said." closing a sentence: someone else's words about the State the sentence opens with
_SAID_AFTER = re.compile(r",[”\"]?\s+(?:the\s+|she\s+|he\s+)?(?:[A-Z]?[a-z-]+\s+){0,3}?(?:said|added|stressed|explained)\.?[”\"]?\s*$")


def _speaker_turns(ctx: PressContext) -> list[tuple[int, int, re.Match[str]]]:
    """(start, end, match) of each sentence that opens with a speaker ("France said ...", "In the
    dialogue, Belgium said ..."); a turn runs to the next speaker's sentence or the paragraph's end."""
    paragraphs = [m.span() for m in re.finditer(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*", ctx.text)]
    starts = [start for start, _ in paragraphs]
    opened: list[tuple[int, int, re.Match[str]]] = []  # (paragraph index, start, match)
    for s_start, s_end in ctx.sentences:
        sentence = ctx.text[s_start:s_end]
        lead = _DISCUSSION_LEAD.match(sentence)
        at = s_start + (lead.end() if lead else len(sentence) - len(sentence.lstrip()))
        bullet = re.match(r"[-•*–][^\S\n]+", ctx.text[at:s_end])
        at += bullet.end() if bullet else 0  # "- Country Rapporteur Name asked ...": one turn a bullet
        opening = ctx.text[at:s_end]
        label = _LABEL_TURN.match(opening) if at and ctx.text[at - 1] == "\n" else None  # not the headline
        if label and re.search(r"\b(?:Review|Session|Dialogue|Debate|Summary|Meeting|Update|Note|Background|Topic)s?\b", label.group("who")):
            label = None  # "Universal Periodic Review: Working Group examines Uruguay": a heading
        match = (
            label
            or (_delegation_head(ctx, opening) if opened else None)
            or _PASSIVE_TURN.match(opening)
            or _person_for_body(ctx, at, opening)
            or _EXPERT_FIRST.match(opening)
            or _PARA_SPEAKER.match(opening)
            or _FRONTED_GROUP.match(opening)
            or _JOINT_TURN.match(opening)
        )
        if match and _SAID_AFTER.search(sentence):
            match = None  # "Uganda had kept its borders open, the Minister said.": the presenter's words
        if match and match.re is _PARA_SPEAKER and re.match(r"\s+by\b", opening[match.end() :]):
            match = None  # "Bangladesh reviewed by UPR Working Group": a headline, not a turn
        if match:
            para = max(0, bisect_right(starts, s_start) - 1)
            opened.append((para, at, at, match))
            opened.extend((para, cut, inner, found) for cut, inner, found in _inner_turns(ctx, at, s_end, match))
    turns = []
    for i, (para, _, at, match) in enumerate(opened):
        same = i + 1 < len(opened) and opened[i + 1][0] == para
        turns.append((at, opened[i + 1][1] if same else paragraphs[para][1], match))  # to where the next one cuts in
    return turns


# "Name, Director of the Danish Institute for Human Rights, said", "Name, speaking for the X Association, said",
# "Name, representing Y, a non-governmental organization, said": a person taking the floor for an NGO or NHRI
_PERSON_FOR_BODY = re.compile(
    r"^(?P<person>[A-Z][\w’'-]+(?:\s+(?:(?:al|el|de|da|van|von|bin)\s+)?[A-Z][\w’'-]+){1,3}),\s+"
    r"(?:speaking\s+(?:for|on\s+behalf\s+of)\s+|representing\s+|"
    r"(?:the\s+|a\s+|its\s+)?(?P<title>(?!speaking\b|representing\b)(?:[A-Z][\w-]*|[a-z]+)(?:\s+[A-Z][\w-]*){0,3})\s+(?:of|at|for)\s+)"
    r"(?:the\s+)?(?P<who>[A-Z][^,;]{3,100}?)(?:,\s+(?:speaking\s+as\s+)?(?:a|an)\s+(?P<what>[^,;]{3,80}))?,\s+(?:said|told|stressed|noted|urged|called|asked|"
    r"welcomed|expressed|warned|described|presented|reported|[a-z]{3,}ed)\b"
)


# "Nyandeng Castellano-Wol of the Juba Civic Space Alliance said": the person and the body in one phrase
_PERSON_OF_BODY = re.compile(
    r"^(?P<person>[A-Z][\w’'-]+(?:\s+(?:(?:al|el|de|da|van|von|bin)\s+)?[A-Z][\w’'-]+){1,3})\s+of\s+the\s+"
    r"(?P<who>[A-Z][^,;]{3,100}?)\s+(?:said|told|stressed|noted|urged|called|asked|welcomed|expressed|warned|described|"
    r"reported|[a-z]{3,}ed)\b"
)


def _person_for_body(ctx: PressContext, at: int, opening: str) -> re.Match[str] | None:
    """A `_PERSON_FOR_BODY` or `_PERSON_OF_BODY` turn, when the body is an NGO or NHRI and any title is one."""
    match = _PERSON_FOR_BODY.match(opening) or _PERSON_OF_BODY.match(opening)
    person = match.group("person") if match else ""
    if match and (find_states(person) or known_actor(person) is not None or known_actor(match.group("who")) is not None
                  or org_kind(person) in ("ngo", "nhri", "media", "un_mechanism") or re.search(
                      r"\b(?:Ministry|Office|Commission|Council|Committee|Court|Agency|Department|Government|Parliament|"
                      r"Assembly|Republic|Kingdom|State|States|Union)\b", person)):  # fmt: skip
        return None  # "Viet Nam, speaking on behalf of the Association of ...": a State for its group, not a person
    if match is None or (match.groupdict().get("title") and not holds_title(match.group("title"))
                         and match.group("title").lower() not in ("director", "commissioner", "coordinator", "chair")):
        return None
    return match if _body_of(ctx, at, match) is not None else None


def _body_of(ctx: PressContext, at: int, match: re.Match[str]) -> ActorRef | None:
    """The NGO or NHRI a `_PERSON_FOR_BODY` turn names."""
    named = [f.actor for f in ctx.actors.within(at + match.start("who"), at + match.end("who") + 1)]
    if named:  # "Name, Chair of the Commission on Human Rights in South Sudan, said": a UN body's, not an NGO's
        return named[0] if named[0].kind in ("ngo", "nhri") else None
    kind = "ngo" if re.search(r"(?i)non-?governmental|\bNGO\b", match.groupdict().get("what") or "") else org_kind(match.group("who").strip())
    if kind not in ("ngo", "nhri") and match.re is _PERSON_OF_BODY and not find_states(match.group("who")) and not re.search(
            r"\b(?:Ministry|Department|Government|Police|Army|Court|Parliament|Assembly|Agency|Office|Council|Commission|"
            r"Committee|Mission|Nations|Rapporteur|Expert)\b", match.group("who")):  # fmt: skip
        kind = "ngo"  # "Amina Name of the Mogadishu Press Freedom Desk said": a group by its own name
    return ActorRef(match.group("who").strip(), kind) if kind in ("ngo", "nhri") else None


# "..., while Austria urged", "...; the United States asked", "... and India's delegation encouraged": where a
# second speaker takes over inside a summary's sentence
_INNER_TURN = re.compile(r"(?:,\s+(?:while|whereas|whilst|and|but)|;(?:\s+(?:and|while))?|\s+(?:while|whereas|whilst)|"
                         r"(?<=[a-z)])\s+and)\s+(?=(?:the\s+)?(?:(?:representative|delegation|delegate)\s+(?:of|for)\s+(?:the\s+)?)?[A-Z])")
_REPORTED = re.compile(r"(?i)\b(?:that|whether|how|what|which|when|why)\b")


def _inner_turns(ctx: PressContext, at: int, end: int, first: re.Match[str]) -> list[tuple[int, int, re.Match[str]]]:
    """Speakers who open a clause of a turn's sentence: a State, a group of States, an NGO or an NHRI
    named right after "while", "and" or a semicolon, with a verb of speech or a past tense after it. A
    bare "and" after reported words ("said that Sudan and Chad signed") is part of what was said."""
    found: list[tuple[int, int, re.Match[str]]] = []
    said_by = {first.group("who").strip()}
    clause = at  # where the clause of the speaker named last begins
    for link in _INNER_TURN.finditer(ctx.text, at + first.end(), end):  # not inside "Minister of Women and Human Rights"
        before = ctx.text[clause : link.start()]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # inside a quotation
        if not link.group(0).lstrip().startswith((",", ";")) and (_REPORTED.search(before) or re.fullmatch(
                r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*\s*", before)):  # fmt: skip
            continue  # reported words, or "Sudan and Venezuela, by contrast, said": one subject of two States
        match = _PARA_SPEAKER.match(ctx.text[link.end() : end])
        if match is None or match.group("who").strip() in said_by:
            continue
        who = match.group("who").strip()
        actor = known_actor(who)
        if (actor is None or actor.kind not in ("state", "group")) and _civil_society(ctx, link.end(), match) is None \
                and not _joint_states(who) and _agency(ctx, link.end(), match) is None:  # "...; Sudan and Venezuela,
            continue  # by contrast, said", "..., and the United Nations Population Fund said"
        said_by.add(who)
        clause = link.end()  # "..., while Venezuela rejected both mandates ... and Eritrea said": reported words are
        found.append((link.start(), link.end(), match))  # the last speaker's; the turn before ends where the link begins
    return found


def _joint_states(who: str) -> list[ActorRef]:
    """The States of "Argentina and Chile" or "Cuba, Nicaragua and Belarus", when every name is one."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", who) if p.strip()]
    states = [resolve_state_name(re.sub(r"^the\s+", "", p)) for p in parts]
    if len(parts) < 2 or any(s is None for s in states):
        return []
    return [ActorRef(s.name, "state", iso3=s.iso3) for s in states if s is not None]


def _civil_society(ctx: PressContext, at: int, match: re.Match[str]) -> ActorRef | None:
    """An NGO or national human rights institution that takes the floor in a summary ("Forum-Asia, a
    non-governmental organization, said"; "The Zambia Human Rights Commission said"): the body found
    where the turn opens, else the body the apposition describes."""
    if re.match(r"\s*(?:also\s+)?took\s+the\s+floor\s*[.;]", ctx.text[at + match.end("who") :]):
        return None  # "The National Human Rights Commission also took the floor.": nothing it said
    named = [f.actor for f in ctx.actors.within(at, at + match.end("who") + 4)
             if f.actor.kind in ("ngo", "nhri") and f.start - at <= 4]  # fmt: skip
    if named:
        return named[0]
    what = match.groupdict().get("what") or ""
    if re.search(r"(?i)non-?governmental|\bNGO\b|civil\s+society", what):
        return ActorRef(match.group("who").strip(), "ngo")
    if re.search(r"(?i)national\s+human\s+rights|human\s+rights\s+commission", what):
        return ActorRef(match.group("who").strip(), "nhri")
    return _named_group(ctx, at, match.group("who").strip())


def _named_group(ctx: PressContext, at: int, who: str) -> ActorRef | None:
    """ "Families of the Disappeared Network said ...", "Free Assembly Belarus said ...": a paragraph
    opened by the name of no State, group of States, person or UN body is a civil-society speaker."""
    words = who.split()
    civil = re.search(r"\b(?:Rights|Watch|Network|Forum|Alliance|Coalition|Collective|Guardians|Defenders|Initiative|"
                      r"Association|Observatory|Foundation|Circle|Centre|Center|Platform|Movement|League|Institute)\b", who)  # "... defenders. Rights Guardians Sahel said": a
    civil = civil or re.search(r"(?i)(?:civil\s+society(?:\s+(?:segment|speakers|part|organi[sz]ations))?|non-governmental\s+"
                               r"organi[sz]ations|NGOs)\s*,\s*(?:the\s+)?$",
                               ctx.text[ctx.text.rfind("\n", 0, at) + 1 : at])  # "In the segment for civil society, Hanbit ..."
    if (at and ctx.text[at - 1] not in "\n" and not civil) or who.startswith(("The ", "the ")) or len(words) < 2:
        return None  # group's own name opens the sentence, even mid-paragraph
    if known_actor(who) is not None or holds_title(who) or ctx.actors.person(words[-1]) is not None:
        return None
    if any(s == 0 and e == len(who) for s, e, _ in find_states(who)) or not all(w[:1].isupper() or w in (
            "of", "for", "the", "and", "de", "des", "du", "la") for w in words):  # fmt: skip
        return None
    if re.search(r"\b(?:Rapporteur|Expert|Commissioner|President|Council|Chair|Secretary|Minister|Delegation|"
                 r"Group|Union|Mission|Office)\b", who) and not re.search(
                     r"\b(?:Writers|Workers|Journalists|Lawyers|Students|Teachers|Liberties|Rights|Press)\s+Union\b", who):
        return None
    return _group_ref(who)


# A UN agency taking the floor in a summary: "The United Nations Children's Fund (UNICEF) said"
_AGENCY = re.compile(r"\b(?:Fund|Programme|Program|Organization|Organisation|Agency|Entity|High\s+Commissioner\s+for\s+Refugees|"
                     r"UN\s+Women|UNICEF|UNHCR|UNDP|UNFPA|WFP|UNESCO|UNAIDS|IOM|ILO|FAO|WHO)\b")


def _agency(ctx: PressContext, at: int, match: re.Match[str]) -> ActorRef | None:
    """A UN agency named where the turn opens (not a mandate holder or the Council: those present, they
    are not statements)."""
    named = [f.actor for f in ctx.actors.within(at, at + match.end("who") + 4)
             if f.actor.kind == "un_mechanism" and f.start - at <= 4 and _AGENCY.search(f.actor.name)]  # fmt: skip
    return named[0] if named else None


def _fronted_body(ctx: PressContext, at: int, match: re.Match[str]) -> ActorRef | None:
    """ "Speaking for the Chin Women's Relief Network, Name said", "On behalf of the European Union, Ambassador
    Name called": a person taking the floor for a body, which is the speaker; None where a State speaks."""
    who = match.group("who").strip()
    if known_actor(who) is not None or find_states(who):
        return None
    group = match.group("group").strip()
    named = [f.actor for f in ctx.actors.within(at + match.start("group") - 4, at + match.end("group") + 1)
             if f.actor.kind in ("ngo", "nhri")]  # fmt: skip
    kind = org_kind(group)
    return known_actor(group) or (named[0] if named else ActorRef(group, kind) if kind in ("ngo", "nhri") else None)


def _titled_state(who: str) -> ActorRef | None:
    """ "The Minister of Foreign Affairs of Sri Lanka, Name, said": the State an official's title names."""
    if not holds_title(who):
        return None
    states = find_states(who)
    return states[-1][2] if states and states[-1][1] == len(who.rstrip()) else None


def _group_ref(name: str) -> ActorRef:
    """A civil-society speaker by name: an NHRI where the name says so, else an NGO."""
    kind = org_kind(name)
    return ActorRef(name, kind if kind in ("ngo", "nhri") else "ngo")


def newspaper_report(text: str) -> bool:
    """ "ISLAMABAD, 3 February 2033 (Margalla Post) -", "By Name": a newspaper's report of a meeting, not the UN's summary."""
    return bool(re.search(r"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ .’'/-]+(?:,[^\n]{3,40}?)?[^\S\n]*\([A-Z][^()\n]{2,40}\)\s*[-–—]|^\s*By\s+[A-Z]",
                          text[:1500]))  # fmt: skip


# "The Committee against Torture on Tuesday afternoon and Wednesday morning held its dialogue with Mexico", "the
# Human Rights Committee ... concluded its examination of the country's third periodic report", "a dialogue today
# between the Committee on ... and a delegation from Pakistan"
_TREATY_DIALOGUE = re.compile(
    r"(?i)\bthe\s+(?:Human\s+Rights\s+Committee|Committee\s+(?:on|against)\s+[^.\n]{3,90}?)\b[^.\n]{0,90}?\b(?:held\s+(?:its\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:dialogue|review)|(?:concluded|completed|began|opened|continued)\b[^.\n]{0,40}?\b(?:review|examination|"
    r"consideration|dialogue)|met\b[^.\n]{0,40}?\bdelegation|(?:considered|examined|reviewed)\s+the\s+[^.\n]{0,30}?report)|"
    r"\bdialogue\s+(?:today|this\s+(?:morning|afternoon)|on\s+\w+day\s+)?\s*between\s+the\s+(?:Human\s+Rights\s+Committee|Committee\s+"
    r"(?:on|against))"
)


def treaty_dialogue(text: str) -> bool:
    """A treaty body's dialogue with a State party's delegation, summarised."""
    return bool(_TREATY_DIALOGUE.search(text[:1500]) and re.search(r"(?i)\b(?:delegation|periodic\s+report)\b", text)
                and not newspaper_report(text))


# "Haiti, speaking as a country concerned, said": in a debate on many States, the speaker's own situation
_SELF_CONCERNED = re.compile(r"(?i)\bas\s+(?:a|the)\s+(?:(?:country|State)\s+concerned|concerned\s+(?:country|State))\b")


def summary_items(ctx: PressContext) -> list[Statement]:
    """One statement per speaker of a meeting summary: its own paragraph, else the closing list."""
    forum = header_forum(ctx, ctx.text[:600])
    # a general debate (item 4) is about many States: its statements concern none of them
    concerned = None if forum is not None and (forum.get("type") == "general_debate" or (
        forum.get("mandate") == "High Commissioner for Human Rights" and not forum.get("state_concerned"))) else ctx.state
    # a debate or thematic dialogue on many countries: each speaker is about the one other State it names
    many = forum is not None and (forum.get("type") == "general_debate" or (forum.get("mandate") and not forum.get("state_concerned")))

    def about(text: str, speaker: ActorRef | None) -> ActorRef | None:
        named = {st.iso3: st for _, _, st in find_states(text) if st.iso3 and (speaker is None or st.iso3 != speaker.iso3)}
        if many and concerned is None and not named and speaker is not None and speaker.kind in (None, "state") and re.search(
                r"(?i)\b(?:its|it\s+had|national|the\s+country|the\s+Government|our|on\s+it)\b", text):
            return speaker  # "Colombia said that 118 social leaders had been killed in the country": about itself
        return next(iter(named.values())) if many and len(named) == 1 else concerned

    if forum is not None and forum.get("type") is None and treaty_dialogue(ctx.text):  # a treaty body's review of
        forum = {**forum, "type": "interactive_dialogue"}  # a State party's report: its dialogue with the delegation
    statements: dict[str, Statement] = {}
    shared: set[str] = set()  # States known so far only from a turn they shared with others
    for at, end, match in _speaker_turns(ctx):
        # an NHRI or NGO first: "The National Centre for Human Rights of Jordan said" is not Jordan
        joints = _joint_states(match.group("who"))
        expert = match.groupdict().get("expert")
        fronted = _fronted_body(ctx, at, match) if match.re is _FRONTED_GROUP else ctx.state if match.re is _HEAD_REPLIES else None
        speaker = fronted or _body_of(ctx, at, match) if fronted or match.re in (_PERSON_FOR_BODY, _PERSON_OF_BODY) else ActorRef(
            match.group("who").strip(), "official", title=expert, short=match.group("who").split()[-1]) if expert else (
            None if joints else _civil_society(ctx, at, match) or known_actor(match.group("who"))
            or _agency(ctx, at, match) or _titled_state(match.group("who")))
        if speaker is None:  # "Argentina and Chile called for ...": each State a speaker of the same words
            for joint in joints:
                shared.add(joint.iso3 or joint.name)  # (its own turn later is its statement)
                statements.setdefault(joint.iso3 or joint.name, Statement(
                    evidence=ctx.evidence(at, end), speaker=joint, forum=forum, text=ctx.text[at:end].strip(),
                    concerning=about(ctx.text[at:end], joint)))  # fmt: skip
            continue  # the State concerned's own reply is kept: it spoke; tallies leave it out
        group = None if fronted else match.groupdict().get("group") or match.groupdict().get("group2")
        spoke_for = re.match(r"\s+on\s+behalf\s+of\s+(?:the\s+|a\s+)?(?P<group>[^,;.]+?)(?=\s+and\s+(?:said|[a-z]{3,}ed)\b|\s*[,;.])",
                             ctx.text[at + match.end() :]) if match.group(0).endswith(" spoke") else None  # fmt: skip
        group = group or (spoke_for.group("group") if spoke_for else None)  # "Canada spoke on behalf of the core group and said"
        for_whom = re.search(r"\b(?:speaking\s+for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<g>[A-Z][^,]{2,80})", match.groupdict().get("what") or "")
        group = group or (for_whom.group("g").strip() if for_whom else None)  # "X, a non-governmental organization speaking
        # for the Coalition for Free Expression in West Africa, said"
        if group:  # "on behalf of the African Group in a general comment": the group's name alone
            group = re.sub(r"\s+in\s+(?:a|an|its)\s+[^,]*$", "", group)
            group = re.sub(r"\s*\([^()]*(?:,|\band\b)[^()]*\)\s*$", "", group)  # its members listed in brackets
        key = speaker.name if speaker.kind in ("ngo", "nhri", "un_mechanism") else speaker.iso3 or speaker.name  # not its State's
        if key in shared and not re.match(rf"{re.escape(match.group('who'))}\s+(?:also\s+)?(?:added|continued|went\s+on)\b",
                                          ctx.text[at + match.start("who") :]):  # "Pakistan and China, speaking one after the
            # other, said ...; China said that ...": its own words ("Pakistan added that ..." goes on with the shared ones)
            statements.pop(key, None)
            shared.discard(key)
        said = at + match.end() if match.re is _LABEL_TURN and not ctx.text[at + match.end() : at + match.end() + 1].islower() else at
        # the words after "Mexico:", but all of "Egypt: said the mandate ...", a line the label opens
        if match.re is _FRONTED_GROUP:  # "Speaking for the African Group, Cameroon said": from the speaker's name
            said = at + match.end("group") + len(re.match(r",\s*", match.string[match.end("group") :]).group(0))  # type: ignore[union-attr]
        statements.setdefault(key, Statement(
            evidence=ctx.evidence(said, end), speaker=speaker, forum=forum,
            on_behalf_of=(known_actor(group) or ActorRef(group.strip(), "group")) if group else None,
            text=ctx.text[said:end].strip(), concerning=speaker if many and _SELF_CONCERNED.search(match.group(0)) else about(
                ctx.text[at + match.end() : end], speaker)))  # (not the members of its group, listed in brackets)  # fmt: skip
    for listing in _SPEAKING_LIST.finditer(ctx.text):
        key_list = "list" if listing.group("list") else "list2"
        names = listing.group(key_list)
        found = [(s_, e_, ref) for s_, e_, ref in find_states(names)]  # "Bosnia and Herzegovina"
        for part in _LIST_ITEM.finditer(names):  # groups: "the European Union, Cuba and ..."
            inside = [f for f in found if part.start(1) < f[0] and f[1] <= part.end(1)]
            if ";" in names and inside and re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,8}", part.group(1).strip().rstrip(".")) \
                    and not re.search(r"\bon\s+behalf\s+of\b", part.group(1)):  # "Free Press Index Belarus": a group
                found = [f for f in found if f not in inside]  # named for the State, not the State
            if not any(s_ < part.end(1) and part.start(1) < e_ for s_, e_, _ in found):
                group = known_actor(part.group(1))
                name = re.sub(r"^the\s+", "", part.group(1).strip().rstrip("."))
                if group is None and ";" in names and re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,8}", name) \
                        and not re.search(r"\bon\s+behalf\s+of\b", name):  # "...; Minsk Legal Aid Circle; Free Press
                    group = _group_ref(name)  # Index Belarus.": in a list set off by semicolons, the groups that spoke
                ngo = re.search(r"(?i)non-governmental\s+organi[sz]ations?\s+(?P<n>(?-i:[A-Z])[\w’' -]+?)\s*\.?$", part.group(1))
                if group is None and ngo:  # "..., as well as the non-governmental organization Baltic Helsinki Watch"
                    group = _group_ref(ngo.group("n"))
                if group is not None:
                    found.append((part.start(1), part.end(1), group))
        for s_, e_, speaker in sorted(found, key=lambda f: f[0]):
            if ctx.state is not None and speaker.iso3 == ctx.state.iso3:
                continue
            key = speaker.iso3 or speaker.name
            on_behalf = {(st.on_behalf_of.iso3 or st.on_behalf_of.name)
                         for st in statements.values() if st.on_behalf_of}  # fmt: skip
            if key in on_behalf and key not in statements:
                continue  # "Speaking were the European Union, ...": the group Belgium spoke for
            at = listing.start(key_list) + s_
            behalf = _LISTED_FOR.match(names, e_)  # "Egypt, on behalf of the Arab Group; Sweden"
            group = (
                (known_actor(behalf.group(1)) or ActorRef(behalf.group(1).strip(), "group"))
                if behalf
                else None
            )
            if key not in statements:
                statements[key] = Statement(
                    evidence=ctx.evidence(at, listing.start(key_list) + e_), speaker=speaker,
                    forum=forum, text="", concerning=concerned, on_behalf_of=group)  # fmt: skip
            elif statements[key].on_behalf_of is None and group is not None:
                statements[key].on_behalf_of = group
    return sorted(statements.values(), key=lambda st: st.evidence.start)
