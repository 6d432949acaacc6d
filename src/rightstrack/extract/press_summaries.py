"""Statements in a UN meeting summary: one per speaker who takes the floor.

A summary reports a dialogue, debate or review turn by turn: "France said ...", "In the discussion,
Belgium, speaking on behalf of the European Union, said ...", "Committee Expert Name asked ...",
"..., while Austria urged ...", and a closing list ("Also taking the floor were ..."). This module
finds those turns (`summary_items`) and says whether a text is such a summary by its turns
(`treaty_dialogue`, `newspaper_report`). The headings and speakers of single statements, and the
forum a statement belongs to, are in `press_statements`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rightstrack.extract.items import ActorRef, Statement
from rightstrack.extract.press_context import PressContext
from rightstrack.extract.press_kinds import org_kind
from rightstrack.extract.press_names import holds_title
from rightstrack.extract.press_statements import AGENCY_WORDS, group_ref, header_forum, known_actor
from rightstrack.extract.press_states import find_states, resolve_state_name

_SPEAKING_LIST = re.compile(
    r"(?i)\b(?:speaking\s+(?:(?:in|on)\s+the\s+(?:interactive\s+|general\s+)?(?:dialogue|discussion|debate|review)"
    r"(?:\s+(?:of|on|with)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?\s+)?were:?|"  # ("Also speaking on the review of Rwanda were")
    r"(?:also\s+)?taking\s+the\s+floor\s+were:?|"  # "Also taking the floor were Australia, Brazil and Cuba."
    r"statements\s+were\s+(?:made|delivered)\s+by\s*:?|speakers\s+(?:also\s+)?included\s*:?|"
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
_OWN_TITLE = (r"(?:[A-Z][\w-]*\s+){0,4}?(?:Vice-|Deputy\s+)?(?:Minister|Ambassador|Representative|Commissioner|Secretary|Envoy|Attorney-General)"
              r"(?:\s+(?:of|for|and|on|the|[A-Z][\w-]*))*?(?=\s*,|\s+(?:said|[a-z]{3,}ed)\b)")
_PARA_SPEAKER = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:delegate|representative|delegation|ambassador|speaker)\s+(?:of|for)\s+(?:the\s+)?)?"
    # "Ambassador Name Surname of Ethiopia, speaking on behalf of the African Group, said"
    r"(?:(?:Ambassador|(?:Foreign\s+)?Minister|H\.\s?E\.)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}\s+of\s+(?:the\s+)?)?"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+\([A-Z][\w ]{3,40}?\s+of\)|"  # "Bolivia (Plurinational State of)"
    r"[A-Z][\w’' -]{1,60}?|[A-Z][\w’' -]{1,40}?\s+and\s+(?:the\s+)?[A-Z][\w’' -]{1,45}?)"  # (two States named in full)
    r"(?:(?:[’']s|(?<=s)[’'])\s+(?:delegation|representative|delegate|" + _OWN_TITLE + r"))?"
    # "China's delegation", "The Philippines' delegation", "Bangladesh's representative", "Haiti's Minister of Justice"
    r"(?:\s+\([A-Z][A-Za-z-]{1,10}\))?"  # "The United Nations Children's Fund (UNICEF) said"
    # "The Minister of Foreign Affairs of Sri Lanka, Name Surname, speaking as ...": the holder named after the title
    r"(?:,\s+(?![^,]*\b(?:Committee|Expert|Rapporteur|Member|Chair|Minister|Ambassador|Representative|Director|Commissioner|"
    r"President|Secretary|Delegation|Union|Group)\b)(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
    r"(?:,(?=\s+(?:said|[a-z]+ed)\b)|(?=,\s+(?:speaking|as|taking|in|who)\b)))?"
    # "Belarus, for its part, rejected", "Sudan and Venezuela, by contrast, said", "Pakistan and China, speaking one
    # after the other, said"
    r"(?:,\s+(?:for\s+(?:its|their|his|her)\s+part|by\s+contrast|in\s+turn|likewise|similarly|however|meanwhile|"
    r"speaking\s+(?:after|before)\s+(?:the\s+)?(?:States|delegations)|"  # "The X Network, speaking after States, said"
    r"in\s+(?:a\s+)?similar\s+vein|along\s+(?:the\s+)?same\s+lines|a\s+neighbouring\s+(?:country|State)|"  # "Switzerland, in a
    r"(?:opening|closing)\s+the\s+(?:discussion|debate|dialogue)|"  # "The European Union, opening the discussion, said"
    # similar vein, asked", "Thailand, a neighbouring country, said"
    r"speaking\s+one\s+after\s+the\s+other|in\s+a\s+joint\s+statement(?:\s+(?:delivered\s+)?on\s+behalf\s+of\s+[^,]{3,100})?),)?"
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
    r"[Cc]o-[Rr]apporteur|(?:one\s+of\s+the\s+)?country\s+rapporteurs|[Cc]ountry\s+[Tt]ask\s+[Ff]orce\s+(?:[Mm]ember|[Ll]ead(?:er)?))"
    r"(?:\s+and\s+[^,]{3,80})?,)?"
    # "Lithuania, introducing the draft resolution on behalf of the European Union, said"
    r"(?:,\s+introducing\s+(?:the\s+)?(?:(?:draft\s+)?(?:resolution|text|decision)|draft)(?:\s+[A-Z]/[\w./]+)?"
    r"(?:\s+on\s+(?!behalf\b)(?:the\s+)?[A-Z][\w’' -]{2,60}?(?=\s+on\s+behalf\b|,))?"  # ("the draft resolution on Burundi")
    r"(?:\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<group2>[^,]+))?,)?"
    # "Norway, for the Troika, said"; "Brazil, for a group of Latin American and Caribbean States, urged"
    r"(?:,\s+(?:also\s+)?(?:(?:speaking\s+(?:also\s+)?)?on\s+behalf\s+of|speaking\s+for|for(?=\s+(?:the|a)\s+(?:[A-Z]|group\b|core\s+group\b))|"
    r"(?:speaking\s+)?in\s+the\s+name\s+of)\s+(?:the\s+)?"
    r"(?P<group>[^,(]+(?:\s*\([^()]*\))?(?:,\s+(?:the\s+)?[A-Z][\w’' -]+?)*),)?"  # "... on behalf of Canada, Australia and
    # New Zealand,", "on behalf of the core group on Sri Lanka (Canada, Malawi, ...),"
    # "The Central African Republic, speaking as the country concerned, said"
    # "..., taking the floor as the concerned country at the close of the dialogue, said"
    # "Sudan, taking the floor as a State named in the debate, said"; "Haiti, speaking as a country concerned, said";
    # "Iraq, speaking as the country visited, said"
    r"(?:,\s+(?:speaking\s+|taking\s+the\s+floor\s+)?as\s+(?:(?:the|a)\s+)?(?:(?:country|State)\s+(?:concerned|named\b|visited)|concerned\s+(?:country|State))"
    r"[^,.;]{0,60},)?"
    # "Lithuania, speaking first, said"; "Norway, as a guarantor of the peace process, said"
    # "The United Kingdom, as penholder on the Sudan, said"
    r"(?:,\s+(?:speaking\s+(?:first|last|next|second|third)|(?:also\s+)?as\s+(?:a|an|one\s+of\s+the)\s+[a-z][^,.;]{2,60}|"
    r"also\s+(?:a|an|one\s+of\s+the)\s+[a-z][^,.;]{2,60}|"  # "Cuba, also a guarantor, said"
    r"as\s+(?:the\s+)?(?:penholder|main\s+sponsor|lead\s+sponsor)\b[^,.;]{0,60}),)?"
    # "Belarus, speaking in right of reply, said"; "Nicaragua, referring to the section on it, said"; "Bahrain,
    # responding to questions, said"
    r"(?:,\s+(?:(?:also\s+)?(?:speaking\s+)?in\s+(?:the\s+|a\s+)?(?:exercise\s+of\s+(?:its|the)\s+)?right\s+of\s+reply|(?:referring|responding|replying)\s+"
    r"to\s+[^,.;]{3,80}|(?:responding|replying|answering)(?:\s+(?:this\s+(?:morning|afternoon)|on\s+[A-Z][a-z]+day|later))?),)?"
    # "Pacific Press Freedom Alliance, in a video statement, said"; "The World Food Programme, speaking as an observer, said"
    r"(?:,\s+(?:in\s+a\s+(?:video|pre-recorded)\s+(?:statement|message)|(?:speaking\s+)?(?:by|via)\s+video(?:\s+message|\s+link)?"
    r"(?:\s+from\s+[^,]{3,40})?|"  # "speaking by video from the border"
    r"speaking\s+as\s+an?\s+observer),)?"
    # "The Dominican Republic, taking the floor again, said"
    r"(?:,\s+taking\s+the\s+floor(?:\s+(?:again|once\s+more|a\s+second\s+time|next|last|first))?,)?"
    # "China, exercising its right of reply, said"; "Rwanda, exercising its right to speak, said"
    r"(?:,\s+(?:also\s+)?(?:in\s+)?exercis(?:ing|e\s+of)\s+(?:its|the)\s+right\s+(?:of\s+reply|to\s+(?:reply|speak))[^,.;]{0,60},)?"
    r"(?:,\s+while\s+[a-z]+ing\s+[^,.;]{3,100},)?"  # "Qatar, while noting the humanitarian needs, said"
    # "China, in an explanation of vote before the vote, said"
    r"(?:,\s+(?:(?:speaking\s+)?in\s+(?:an\s+)?explanation\s+of\s+(?:its\s+)?vote|explaining\s+its\s+(?:vote|abstention))"
    r"(?:\s+(?:before|after)\s+the\s+vote)?,)?"
    # "Ecuador, in its concluding remarks, said"
    r"(?:,\s+in\s+(?:its|their|his|her)\s+(?:concluding|closing|introductory|opening|final)\s+(?:remarks|statement),)?"
    r"(?:,\s+in\s+(?:its|their)\s+(?:responses|replies|answers|reply|response),)?"  # "Guatemala, in its responses, said"
    # "Sierra Leone, presenting its national report, said": the State under review takes the floor
    r"(?:,\s+(?:presenting|introducing)\s+(?:its|their|the)\s+(?:\w+\s+){0,2}?report(?:\s+(?:through|via)\s+[^.;]{3,150}?)?,|"
    r",\s+(?:speaking\s+)?as\s+the\s+State\s+under\s+review,)?\s+(?:(?:both|also|jointly|each)\s+)?"  # "Spain and Panama both asked"
    r"(?:said|welcomed|expressed|urged|commended|noted|called|praised|stressed|raised|asked|read(?=\s+(?:a|an|the|its|out)\s)|"
    # "Latvia remained concerned", not "Uganda remained one of the largest refugee-hosting countries"
    r"recognized|recognised|acknowledged|encouraged|regretted|condemned|remained(?=\s+(?:\w+\s+)?(?:concerned|committed|"
    r"ready|open|convinced|seized|worried|alarmed|troubled|determined|hopeful|attached))|called|"
    r"reiterated|underlined|highlighted|deplored|appreciated|took\s+note|drew|spoke|gave|made|took|"
    # "Jordan received 241 recommendations": what happened to the State, not what it said
    r"(?!received\b|remained\b|(?:accepted|supported)\s+\d)[a-z]{3,}ed)\b"
)


_DISCUSSION_LEAD = re.compile(r"(?i)\s*(?:in\s+the\s+(?:ensuing\s+)?(?:(?:morning|afternoon|evening)(?:[’']s)?\s+)?"
                              r"(?:interactive\s+|general\s+)?(?:dialogue|discussion|"
                              # "In the general debate under item 7,", "In the interactive dialogue on the oral update,"
                              r"debate)(?:\s+that\s+followed|\s+(?:on|under|with)\s+[^,.;]{3,80})?|during\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|debate)|"
                              # "Among the non-governmental organizations, the Committee of ... said"
                              r"among\s+(?:the\s+)?(?:non-governmental\s+organi[sz]ations|NGOs|civil\s+society\s+(?:organi[sz]ations|"
                              r"speakers|groups)|national\s+human\s+rights\s+institutions)|"
                              # "Speaking as the country concerned, Eritrea said ..."
                              # "Taking the floor as the concerned country at the close of the dialogue, Eritrea said"
                              r"(?:speaking|taking\s+the\s+floor)\s+as\s+the\s+(?:(?:country|State)\s+concerned|concerned\s+(?:country|State)|"
                              r"State\s+under\s+review)"
                              r"(?:\s+(?:at|in|during|after)\s+[^,.;]{3,60})?|"
                              # "Speaking as the national human rights institution, the South Sudan Human Rights Commission said"
                              r"speaking\s+as\s+(?:the|a|an)\s+(?:national\s+human\s+rights\s+institution|NHRI|NGO|"
                              r"non-governmental\s+organi[sz]ation)|"
                              # "Speaking in right of reply, Pakistan said", "In right of reply, Armenia said"
                              # "Taking the floor in right of reply, the Russian Federation said"; "In a right of reply, ..."
                              r"(?:speaking\s+|taking\s+the\s+floor\s+)?in\s+(?:the\s+|a\s+)?(?:exercise\s+of\s+(?:its|the)\s+)?right\s+of\s+reply"
                              r"(?:\s+at\s+the\s+(?:end|close)\s+of\s+the\s+(?:meeting|debate|dialogue|day))?|"  # "... at the end of the meeting,"
                              r"exercising\s+(?:its|the|their)\s+right\s+of\s+reply(?:\s+at\s+the\s+(?:end|close)\s+of\s+the\s+(?:meeting|"
                              r"debate|dialogue|day))?|"  # "Exercising the right of reply, Ethiopia said"
                              r"speaking\s+in\s+the\s+(?:interactive\s+)?(?:dialogue|discussion|debate)|"  # "Speaking in the discussion, X ..."
                              # "Speaking next, France asked", "Responding to questions, Sri Lanka's delegation said",
                              # "For civil society, the Mekong Land Rights Coalition described"
                              r"speaking\s+(?:next|later|afterwards|after\s+(?:them|him|her)|then)|"
                              # "Responding this morning, the Philippines said", "Answering on Wednesday, Mexico said"
                              r"(?:responding|replying|answering)(?:\s+to\s+[^,.;]{3,60}|\s+at\s+the\s+(?:close|end)(?:\s+of\s+the\s+"
                              r"(?:dialogue|debate|meeting|discussion))?|\s+(?:this\s+(?:morning|afternoon|evening)|"
                              r"on\s+[A-Z][a-z]+day|later|then|in\s+turn|the\s+next\s+day))?|"
                              r"in\s+(?:its|their|his|her)\s+(?:replies|responses|answers|reply|response)|"
                              r"(?:speaking\s+)?for\s+civil\s+society|in\s+the\s+civil\s+society\s+(?:segment|part)|in\s+the\s+(?:segment|part)\s+(?:for|of|reserved\s+for)\s+(?:civil\s+society|"
                              r"non-governmental\s+organi[sz]ations|NGOs)|"
                              # "Speaking for her country, the representative of Mexico recommended"
                              r"speaking\s+(?:for|on\s+behalf\s+of)\s+(?:his|her|its|their)\s+(?:own\s+)?(?:country|Government|delegation)|"
                              # "In its closing remarks, Colombia's delegation thanked", "In response, Saudi Arabia said"
                              r"in\s+(?:its|their|his|her)\s+(?:closing|concluding|final|opening)\s+(?:remarks|statement)|"
                              r"in\s+(?:response|reply)(?:\s+to\s+[^,.;]{3,60})?|"
                              r"at\s+the\s+(?:end|close)\s+of\s+the\s+(?:dialogue|debate|meeting|discussion)|"  # "At the end of the dialogue, ..."
                              # "Taking the floor at the end of the dialogue, Name, Minister ... of Somalia, said"
                              r"(?:taking\s+the\s+floor|speaking)\s+(?:at\s+the\s+(?:end|close)\s+of\s+the\s+(?:dialogue|debate|meeting|discussion)|"
                              r"(?:first|last|next|again)(?:\s+at\s+the\s+(?:end|close)\s+of\s+the\s+(?:dialogue|debate|meeting|discussion))?)|"
                              # "Earlier in the dialogue, Argentina ...", "In the closing part of the Syria dialogue, ..."
                              r"(?:earlier|later)\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:dialogue|debate|discussion|meeting)|"
                              r"in\s+the\s+(?:closing|final|first|second|last|opening|early|later)\s+(?:part|stage|phase)\s+of\s+the\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:dialogue|debate|discussion|meeting)|among\s+the\s+(?:speakers|delegations)|"
                              # "Before the vote, the representative of Burundi said", "Explaining its abstention after the vote,"
                              r"(?:before|after)\s+the\s+vote|explaining\s+(?:its|their)\s+(?:vote|abstention)(?:\s+(?:before|after)\s+the\s+vote)?|"
                              # "On the Democratic People's Republic of Korea, the Republic of Korea said": the topic first
                              r"on\s+(?!behalf\b)(?:the\s+)?(?:situation\s+(?:in|of)\s+(?:the\s+)?)?(?-i:[A-Z])[\w’' -]{2,60}|"
                              # "Introducing the draft, Poland, speaking on behalf of ...", "Speaking in explanation of vote
                              # before the vote, Brazil said"
                              r"introducing\s+(?:the\s+)?(?:draft(?:\s+resolution)?|text|resolution)(?:\s+[A-Z]/[\w./]+)?|"
                              r"(?:speaking\s+)?in\s+(?:an\s+)?explanation\s+of\s+(?:its\s+)?vote(?:\s+(?:before|after)\s+the\s+vote)?|"
                              # "Resuming the debate today, the Philippines said", "Continuing the discussion this afternoon,"
                              r"(?:resuming|continuing|opening|closing|concluding)\s+the\s+(?:interactive\s+|general\s+)?(?:dialogue|discussion|debate)"
                              r"(?:\s+(?:on|under)\s+(?:agenda\s+)?item\s+\d+)?"  # "Opening the general debate on item 4,"
                              r"(?:\s+(?:today|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+day))?),\s+")  # fmt: skip


# "Speaking on behalf of the European Union, Belgium said ...": the group named first.
_FRONTED_GROUP = re.compile(
    r"^(?:Speaking\s+)?(?:[Oo]n\s+behalf\s+of|[Ff]or|[Ii]n\s+the\s+name\s+of)\s+(?!(?:its|their|his|her|civil)\b)(?:the\s+)?"
    r"(?P<group>[^,]{3,80}),\s+(?:(?:whose|which|who)\s+[^,]{3,80},\s+)?"  # "Speaking for Nepal, whose review took place on
    r"(?:the\s+)?(?P<who>[A-Z][\w’' -]{1,60}?)\s+(?:said|[a-z]{3,}ed)\b"  # Tuesday, Ambassador Name said"
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
            r"(?i)\b(?:High\s+Commissioner|Rapporteur|Expert|Secretary-General|United\s+Nations|UN)\b", title) and not re.search(
            r"(?i)\bhead\s+of\s+(?:the\s+)?delegation\b", title):  # fmt: skip
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
# "Concern over the situation was expressed first by Norway, which said ...", "The floor was then taken by Lithuania,
# which said ...", "A statement was also delivered by Ethiopia, which said ...": the speaker after "by"
_PASSIVE_BY_WHICH = re.compile(
    r"^[A-Z][^,.;]{2,120}?\s+(?:was|were)\s+(?:then\s+|also\s+|first\s+)?(?:expressed|condemned|raised|voiced|taken|delivered|"
    r"made|echoed|highlighted|denounced|deplored|stressed)\s+(?:first\s+|then\s+|also\s+)?by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’' -]{1,60}?)(?=\s*,\s+(?:which|who)\b)"
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
        bullet = re.match(r"(?:[-•*–]|\d{1,3}\.)[^\S\n]+", ctx.text[at:s_end])  # "3. Côte d'Ivoire, on behalf of ..."
        at += bullet.end() if bullet else 0  # "- Country Rapporteur Name asked ...": one turn a bullet
        opening = ctx.text[at:s_end]
        line_end = ctx.text.find("\n", at)
        headline = at < 600 and not re.search(r"[.!?”\"]\s*$", ctx.text[at : line_end if line_end >= 0 else len(ctx.text)])
        label = _LABEL_TURN.match(opening) if at and ctx.text[at - 1] == "\n" and not headline else None  # not a headline
        # ("Somalia: Independent Expert welcomes new child rights law" over the lead ends on no full stop)
        if label and (re.search(r"(?i)\b(?:Review|Session|Dialogue|Debate|Summary|Meeting|Update|Note|Background|Topic)s?\b", label.group("who"))
                      or (" " in label.group("who").strip() and label.group("who").isupper())):
            label = None  # "Universal Periodic Review: Working Group examines Uruguay", "SUDAN DIALOGUE: ...": a heading
        match = (
            label
            or (_delegation_head(ctx, opening) if opened else None)
            or _PASSIVE_TURN.match(opening)
            or _PASSIVE_BY_WHICH.match(opening)
            or (_DELEGATE_TURN.match(opening) if ctx.state is not None and (treaty_dialogue(ctx.text) or holds_title(
                opening[:120])) and not find_states(opening[: opening.find(" said") if " said" in opening else 120]) else None)
            or next((m for m in [_PERSON_OF_STATE.match(opening)] if m and resolve_state_name(m.group("who")) and not any(
                org_kind(body) in ("nhri", "ngo") for body in re.findall(r"\bof\s+(?:the\s+)?([A-Z][^,]+)$",
                                                                    opening[m.end("person") : m.end("who")]))), None)
            # (not "Name, Commissioner of the Equality and Human Rights Commission of Great Britain, said": the institution's)
            or next((m for m in [_STATES_OFFICIAL.match(opening)] if m and resolve_state_name(m.group("who"))), None)
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
    r"(?:speaking\s+(?:for|on\s+behalf\s+of)\s+|representing\s+|of\s+(?=the\s)|"  # "Name, of the Karenni Youth Network, said"
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


# "Arlette Ngaiko-Roux, Minister of Justice of the Central African Republic, said": a State's official, named first
_PERSON_OF_STATE = re.compile(
    r"^(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?:the\s+)?(?=[^,]{0,80}?\b(?:Minister|Ambassador|Secretary|Charg[ée]|"
    r"Attorney|Representative|Commissioner|Envoy|head\s+of\s+(?:the\s+)?delegation)\b)[^,]{3,100}\s+of\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’' -]{2,60}?)(?:\s+(?:to|in|at)\s+the\s+[^,]{3,60})?,(?:\s+(?:speaking\s+as\s+[^,]{3,80}|(?:replying|responding)(?:\s+to\s+[^,]{3,60})?|in\s+reply),)?"
    r"\s+(?:said|told|stressed|noted|replied|responded|[a-z]{3,}ed)\b"  # ("..., replying to questions, said"; "Permanent
    # Representative of Fiji to the United Nations Office at Geneva")
)

# "Mongolia's Deputy Minister of Justice and Home Affairs, Name, replying to questions, said": the State's official
_STATES_OFFICIAL = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w’' -]{2,60}?)[’']s\s+(?=[^,]{0,80}?\b(?:Minister|Ambassador|Secretary|Charg[ée]|Attorney|"
    r"Representative|Commissioner|Envoy|head\s+of\s+(?:the\s+)?delegation)\b)[^,]{3,100},\s+"
    r"(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),(?:\s+speaking\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<group>[^,]{3,80}),|"
    r"\s+[a-z][^,]{3,80},)?\s+(?:said|told|stressed|noted|replied|responded|[a-z]{3,}ed)\b"  # (", speaking on behalf of the
    # Group of Arab States,": the group it speaks for)
)


# In a State's dialogue with a treaty body or the Council, its officials named with a title that names no State:
# "Name, Vice-Minister of Internal Affairs, said in reply", "Vice-Minister of Equal Opportunities Name replied",
# "A representative of the Ministry of Justice said": the State party (or State concerned) speaking
_OWN_OFFICIAL = (r"(?:(?:[A-Z][\w-]*|and|of|for|the)\s+){0,4}?(?:Minister|Vice-Minister|Deputy\s+Minister|Undersecretary|Under-Secretary|"
                 r"Secretary|Attorney-General|Solicitor-General|Ambassador|Permanent\s+Representative)\b[^,]{0,100}?")
_DELEGATE_TURN = re.compile(
    rf"^(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}},\s+{_OWN_OFFICIAL},|(?:Vice-|Deputy\s+)?(?:Minister|Secretary|Undersecretary)\s+"
    rf"(?:(?:of|for|and|the|[A-Z][\w-]*)\s+){{0,6}}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}}(?=\s+(?:said|replied))|"
    r"[Aa]\s+representative\s+of\s+the\s+(?:Ministry|Department|Office|Attorney)[^,]{3,80}?(?=\s+said))"
    r"(?:\s+(?:said|replied|responded|added|explained|noted|stressed)\b)"
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
    civil = civil or any(f.actor.kind in ("ngo", "nhri") for f in ctx.actors.within(ctx.text.rfind("\n", 0, at) + 1, at)) \
        or re.search(r"(?i)non-governmental\s+organi[sz]ation|\bspeaking\s+after\s+(?:the\s+)?States\b",
                     ctx.text[ctx.text.rfind("\n", 0, at) + 1 : at])  # "The X Network, speaking after States, said ... Action
    # for Justice in Ubangi said ...": the next group in the NGOs' paragraph
    if (at and ctx.text[at - 1] not in "\n" and not civil) or who.startswith(("The ", "the ")) or len(words) < 2:
        return None  # group's own name opens the sentence, even mid-paragraph
    if known_actor(who) is not None or holds_title(who) or ctx.actors.person(words[-1]) is not None:
        return None
    if any(s == 0 and e == len(who) for s, e, _ in find_states(who)) or not all(w[:1].isupper() or w in (
            "of", "for", "the", "and", "in", "de", "des", "du", "la") for w in words):  # fmt: skip
        return None
    if re.search(r"\b(?:Rapporteur|Expert|Commissioner|President|Council|Chair|Secretary|Minister|Delegation|"
                 r"Group|Union|Mission|Office)\b", who) and not re.search(
                     r"\b(?:Writers|Workers|Journalists|Lawyers|Students|Teachers|Liberties|Rights|Press)\s+Union\b", who):
        return None
    return _group_ref(who)


def _agency(ctx: PressContext, at: int, match: re.Match[str]) -> ActorRef | None:
    """A UN agency named where the turn opens (not a mandate holder or the Council: those present, they
    are not statements)."""
    named = [f.actor for f in ctx.actors.within(at, at + match.end("who") + 4)
             if f.actor.kind == "un_mechanism" and f.start - at <= 4 and AGENCY_WORDS.search(f.actor.name)]  # fmt: skip
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


def _turn_speaker(ctx: PressContext, at: int, match: re.Match[str], speaks_for: ActorRef | None,
                  joints: list[ActorRef]) -> ActorRef | None:
    """Who a summary turn is by; None for a turn several States share ("Argentina and Chile called ...").
    An NHRI or NGO comes first: "The National Centre for Human Rights of Jordan said" is not Jordan."""
    if speaks_for or match.re in (_PERSON_FOR_BODY, _PERSON_OF_BODY):
        return speaks_for or _body_of(ctx, at, match)
    if match.re is _DELEGATE_TURN:  # "Name, Vice-Minister of Internal Affairs, said in reply": the State party
        return ctx.state
    expert = match.groupdict().get("expert")
    if expert:  # "Name, Committee Expert, said": the treaty body member, known by surname too
        return ActorRef(match.group("who").strip(), "official", title=expert, short=match.group("who").split()[-1])
    if joints:
        return None
    who = match.group("who")
    named = re.sub(r"^(?:[Tt]he)\s+", "", who.strip())
    institution = _group_ref(named) if org_kind(named) == "nhri" and not re.match(
        r"\s*(?:also\s+)?took\s+the\s+floor\s*[.;]", ctx.text[at + match.end("who") :]) else None  # "The Commission on
    # Human Rights and Administrative Justice of Ghana said": the institution, not Ghana (nothing said: no turn)
    return _civil_society(ctx, at, match) or known_actor(who) or _agency(ctx, at, match) or institution or _titled_state(who)


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
    r"(?:[\w-]+\s+)?(?:dialogue|review)|(?:concluded|completed|began|opened|continued|wrapped\s+up|closed|ended)\b[^.\n]{0,40}?\b(?:review|examination|"
    r"consideration|dialogue)|met\b[^.\n]{0,40}?\bdelegation|(?:considered|examined|reviewed)\s+the\s+[^.\n]{0,30}?report)|"
    r"\bdialogue\s+(?:today|this\s+(?:morning|afternoon)|on\s+\w+day\s+)?\s*between\s+the\s+(?:Human\s+Rights\s+Committee|Committee\s+"
    r"(?:on|against))|"
    # "... dominated the Committee on the Rights of the Child's review of the fifth periodic report of Brazil"
    r"\bthe\s+(?:Human\s+Rights\s+Committee|Committee\s+(?:on|against)\s+[^.\n]{3,90}?)[’']s\s+(?:review|examination|consideration|"
    r"dialogue)\s+(?:of|with)\b"
)


def treaty_dialogue(text: str) -> bool:
    """A treaty body's dialogue with a State party's delegation, summarised."""
    return bool(_TREATY_DIALOGUE.search(text[:1500]) and re.search(r"(?i)\b(?:delegation|periodic\s+report)\b", text)
                and not newspaper_report(text))


# Where a summary of several parts of a meeting turns to the next one: "Opening the general debate on item 4,",
# "In the general debate under item 7,", a heading "AFTERNOON: ITEM 4 GENERAL DEBATE"
_DEBATE_OPENS = re.compile(r"(?i)^(?:(?:opening|in|during|resuming|continuing|starting|beginning|at\s+the\s+(?:start|opening|"
                           r"outset)\s+of|speaking\s+in)\s+the\s+(?:(?:morning|afternoon|evening)(?:[’']s)?\s+)?general\s+debate\b|the\s+(?:Council|Committee)\s+(?:then\s+)?"
                           r"(?:held|began|opened|started|moved\s+(?:on\s+)?to|turned\s+to)\s+(?:its|a|the)\s+general\s+debate\b|"
                           r"(?-i:[^a-z\n]*GENERAL\s+DEBATE[^a-z\n]*$)|"
                           # a heading line "Afternoon: general debate under item 4", "General debate on item 10"
                           r"(?:(?:morning|afternoon|evening)\s*[:–—-]\s*)?(?:item\s+\d+\s*[:–—-]?\s*)?general\s+debate\b[^.\n]{0,60}$)")  # fmt: skip
# "Presenting her report, the Special Rapporteur on X, Name, said", "Name, Special Rapporteur on X, said that he had
# interviewed": the holder of another mandate opening the next dialogue
_REPORT_OPENS = re.compile(r"(?i)^(?:(?:presenting|introducing)\s+(?:his|her|its|their|the)\s+(?:\w+\s+)?(?:report|update)s?,\s+)?"
                           r"(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3},\s+)?(?:the\s+)?"
                           r"(?:Special\s+Rapporteur|Independent\s+Expert|Chair(?:person)?(?:-Rapporteur)?\s+of\s+the|"
                           r"High\s+Commissioner)\b")  # fmt: skip
# "The Council then took action on a draft resolution extending the mandate of ...": a vote on one State's mandate
_VOTE_OPENS = re.compile(r"(?i)^the\s+(?:Council|Committee)\s+(?:then\s+)?(?:(?:took\s+action\s+on|voted\s+on|adopted|"
                         r"considered|turned\s+to)\s+(?:a\s+|the\s+)?draft\s+resolution\b|extended\s+(?:for\s+[\w\s]{3,20}?\s+)?"
                         r"the\s+mandate\b)")  # "The Council then extended the mandate of the Special Rapporteur on ..."


def _part_forum(ctx: PressContext, start: int, line: str, current: dict | None, header: dict | None,
                reviewed: dict[str, ActorRef]) -> dict | None:
    """The forum a line of a summary opens, where it moves to another part of the meeting; else None."""
    base = {"date": (header or {}).get("date"), "session": (header or {}).get("session")}
    if _DEBATE_OPENS.search(line[:200]):
        if (current or {}).get("type") == "general_debate":
            return None
        return {**base, "type": "general_debate", "mandate": None, "state_concerned": None}
    opening = re.split(r"\b(?:said|told|presented|stressed|warned|reported)\b", line[:300], maxsplit=1)[0]
    if _REPORT_OPENS.match(opening):
        mandates = [f.actor for f in ctx.actors.within(start, start + len(opening))
                    if f.actor.kind == "un_mechanism" and f.role == "mandate"]  # fmt: skip
        if mandates and mandates[0].name != (current or {}).get("mandate"):
            state = _mandate_state(mandates[0])
            return {**base, "type": "interactive_dialogue", "mandate": mandates[0].name, "state_concerned": state}
    if len(line) <= 140 and not re.search(r"[.;:,]$", line.rstrip()):  # a heading line that is one country mandate's
        heads = [f for f in ctx.actors.within(start, start + len(line))  # name alone ("Commission on Human Rights in
                 if f.actor.kind == "un_mechanism" and f.role == "mandate" and f.actor.iso3  # South Sudan"): its dialogue
                 and f.start <= start + 4 and f.end >= start + len(line.rstrip()) - 1]  # fmt: skip
        state = _mandate_state(heads[0].actor) if heads else None
        current_state = ((current or {}).get("state_concerned") or {}).get("iso3")
        if state is not None and state["iso3"] != current_state:
            return {**base, "type": "interactive_dialogue", "mandate": heads[0].actor.name, "state_concerned": state}
    vote = _VOTE_OPENS.match(line)
    if vote:
        sentence = line[: (line.find(". ") + 1) or len(line)]
        mandates = [f.actor for f in ctx.actors.within(start, start + len(sentence))
                    if f.actor.kind == "un_mechanism" and f.role == "mandate" and f.actor.iso3]  # fmt: skip
        named = find_states(sentence)
        state = _mandate_state(mandates[0]) if mandates else (
            {"name": named[0][2].name, "iso3": named[0][2].iso3} if named else None)
        return {**base, "type": None, "mandate": None, "state_concerned": state}
    if reviewed:  # "Introducing the outcome of Paraguay's review, ...", "For Zambia, the Minister of Justice said"
        named = find_states(line[:200])
        first = named[0][2] if named else None
        current_state = ((current or {}).get("state_concerned") or {}).get("iso3")
        if first is not None and first.iso3 in reviewed and (
                first.iso3 != current_state or (current or {}).get("type") != "upr_review"):
            state = {"name": first.name, "iso3": first.iso3}
            return {**base, "type": "upr_review", "mandate": None, "state_concerned": state, "state_under_review": state}
    return None


def _mandate_state(mandate: ActorRef) -> dict | None:
    """The State a country mandate is about ("Special Rapporteur on the situation of human rights in Belarus")."""
    if not mandate.iso3:
        return None
    named = [ref for _, _, ref in find_states(mandate.name) if ref.iso3 == mandate.iso3]
    return {"name": named[-1].name if named else mandate.name, "iso3": mandate.iso3}


def _parts(ctx: PressContext, header: dict | None, after: int) -> list[tuple[int, dict | None]]:
    """Where a summary of several parts of a meeting (a dialogue, then a general debate, then the adoption of review
    outcomes) turns to each, and the forum of each part; the first part is the heading's forum."""
    reviewed: dict[str, ActorRef] = {}
    for pos, found in ctx.forums:  # "adopted the outcomes of the Universal Periodic Review of Kyrgyzstan, Mozambique
        if found.get("type") == "upr_review":  # and Fiji": each State reviewed, a part of its own
            segment, last = ctx.text[pos : ctx.sentence_at(pos)[1]], None
            if not re.match(r"(?i)(?:the\s+)?(?:Universal\s+Periodic\s+Reviews?|UPRs?|reviews?|outcomes?)\b", segment):
                continue  # "In the interactive dialogue, Germany welcomed ...": the review's dialogue, not its name
            for s_, e_, ref in find_states(segment):
                gap = segment[last:s_] if last is not None else ""
                if (last is None and s_ > 60) or (last is not None and not re.fullmatch(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?", gap)):
                    break  # only the States listed right after the review's name
                if ref.iso3:
                    reviewed.setdefault(ref.iso3, ref)
                last = e_
    if len(reviewed) < 2 and (header or {}).get("type") == "upr_review":
        reviewed = {}  # one review: its turns name the State reviewed throughout
    lines = [(line.start(1), line.group(1)) for line in re.finditer(r"(?m)^[^\S\n]*(\S[^\n]*)", ctx.text)
             if line.end(1) > after]  # fmt: skip  # (from the line the first turn is on: "In the afternoon general debate, X said")
    parts: list[tuple[int, dict | None]] = [(0, header)]
    # "this morning held an interactive dialogue ..., and in the afternoon held its general debate", then headings
    # "MORNING" and "AFTERNOON": the afternoon's heading opens the debate
    afternoon = (header or {}).get("type") == "general_debate" and re.search(
        r"(?i)\bin\s+the\s+afternoon,?\s+(?:it\s+)?(?:held|opened|began|started)\s+(?:its|a|the)\s+general\s+debate\b", ctx.text[:1500])
    debate = next((start for start, line in lines if _DEBATE_OPENS.search(line[:200])
                   or (afternoon and re.fullmatch(r"(?i)afternoon\s*:?\s*", line))), None)
    first = [found for pos, found in ctx.forums if debate is not None and pos < debate and found.get("type") != "general_debate"]
    if first and header is not None and header.get("type") == "general_debate":  # "Council hears Special Rapporteur on
        # Belarus, opens general debate": the dialogue came first, the debate opens further down
        parts[0] = (0, {**first[0], "session": header.get("session"), "date": first[0].get("date") or header.get("date")})
    for start, line in lines:
        forum = dict(header) if header and first and start == debate and not _DEBATE_OPENS.search(line[:200]) else (
            _part_forum(ctx, start, line, parts[-1][1], header, reviewed))  # (the "AFTERNOON" heading)
        if forum is not None:
            parts.append((start, forum))
    return parts


# A speaker's second turn, set off as such: "In its concluding remarks, Viet Nam said", "Exercising its right of reply at
# the close of the meeting, Belarus said", "Taking the floor again, Ambassador Name said", "At the end of the dialogue,
# Kenya said" (its closing words, a statement of their own)
_SECOND_TURN = re.compile(r"(?i)(?:in\s+(?:its|his|her|their)\s+(?:concluding|closing|final)\s+(?:remarks|statement|words|"
                          r"comments|observations)|(?:exercising|in\s+exercise\s+of)\s+(?:its|the|his|her)\s+right\s+of\s+reply|"
                          r"in\s+(?:a|its|the|his|her)\s+right\s+of\s+reply|at\s+the\s+(?:end|close)\s+of\s+the\s+(?:interactive\s+)?"
                          r"(?:dialogue|meeting|debate|discussion)|(?:speaking|taking\s+the\s+floor)\s+(?:again|once\s+more|a\s+second\s+time)|"
                          r"concluding\s+(?:the\s+dialogue|its\s+remarks|his\s+remarks|her\s+remarks)|"
                          r"replying\s+to\s+(?:the\s+)?(?:speakers|delegations|questions|comments))\b")
# "Haiti, speaking as a country concerned, said": in a debate on many States, the speaker's own situation
_SELF_CONCERNED = re.compile(r"(?i)\bas\s+(?:(?:a|the)\s+)?(?:(?:country|State)\s+(?:concerned|visited)|concerned\s+(?:country|State))\b")


def summary_items(ctx: PressContext) -> list[Statement]:
    """One statement per speaker of a meeting summary: its own paragraph, else the closing list."""
    forum = header_forum(ctx, ctx.text[:600])
    if forum is not None and forum.get("type") is None and treaty_dialogue(ctx.text):  # a treaty body's review of
        forum = {**forum, "type": "interactive_dialogue"}  # a State party's report: its dialogue with the delegation
    turns = _speaker_turns(ctx)
    parts = _parts(ctx, forum, turns[0][0] if turns else len(ctx.text))
    part_starts = [start for start, _ in parts]

    def part_at(at: int) -> tuple[dict | None, ActorRef | None, bool]:
        """The forum of the part of the meeting at `at`, the State its statements concern, and whether it is on many."""
        part = parts[bisect_right(part_starts, at) - 1][1]
        own = part.get("state_concerned") if part is not None and (part is not forum or len(parts) > 1) else None
        # a general debate (item 4) is about many States: its statements concern none of them
        concerned = None if part is not None and (part.get("type") == "general_debate" or (
            part.get("mandate") == "High Commissioner for Human Rights" and not part.get("state_concerned"))) else (
            ActorRef(own["name"], "state", own["iso3"]) if own else ctx.state if part is forum and len(parts) == 1 else None)  # fmt: skip
        # a debate or thematic dialogue on many countries: each speaker is about the one other State it names
        thematic = bool(part and part.get("mandate") and not find_states(part["mandate"]) and not re.search(
            r"(?i)situation\s+of\s+human\s+rights$", part["mandate"]))  # ("Special Rapporteur on human rights defenders")
        many = part is not None and (part.get("type") == "general_debate" or bool(part.get("mandate") and (
            not part.get("state_concerned") or thematic)))  # (a thematic mandate on its visit to one State too)
        if many and not own and concerned is not None and concerned.iso3 not in visited and thematic:
            # (a country mandate's dialogue is about its State)
            concerned = None  # a thematic dialogue that is not on a country visit: about no one State the text names most
        return part, concerned, many

    # "focusing on his report on the visit he made to South Africa", "her report on her mission to Georgia": a thematic
    # dialogue on one country visit; "urgent debate on the rights of women and girls in Afghanistan": on one State the
    # headline or the lead names
    visited = {st.iso3 for m in re.finditer(r"(?i)\b(?:visits?|missions?)\b[^.;]{0,40}?\bto\s+", ctx.text[:1200])
               for s_, _, st in find_states(ctx.text[m.end() : m.end() + 60]) if s_ <= 4}
    lead = ctx.lead_sentence()
    visited |= {st.iso3 for _, _, st in find_states(ctx.text[: lead[1] if lead else 0])}

    def about(text: str, speaker: ActorRef | None, at: int) -> ActorRef | None:
        _, concerned, many = part_at(at)
        named = {st.iso3: st for _, _, st in find_states(text) if st.iso3 and (speaker is None or st.iso3 != speaker.iso3)}
        if many and concerned is None and not named and speaker is not None and speaker.kind in (None, "state") and re.search(
                r"(?i)\b(?:its|it\s+had|national|the\s+country|the\s+(?:Federal\s+|Transitional\s+)?Government|our|on\s+it|(?:helped|enabled|allowed|assisted)\s+it)\b", text):
            return speaker  # "Colombia said that 118 social leaders had been killed in the country": about itself
        if many and concerned is not None and not named and speaker is not None and speaker.kind in (None, "state") and (
                re.search(r"(?i)\bits\s+own\b|\b(?:on|in)\s+its\s+(?:own\s+)?territory\b", text)
                or any(st.iso3 == speaker.iso3 for _, _, st in find_states(text))):
            return speaker  # "Guatemala said that its own public policy ...", "China said ... no one in China was punished"
        own_state = [st for _, _, st in find_states(speaker.name) if st.iso3 == speaker.iso3] if (
            many and not named and speaker is not None and speaker.kind == "nhri" and speaker.iso3) else []
        if own_state:  # "The Commission on Human Rights and Administrative Justice of Ghana said ...": its own State
            return own_state[-1]
        if many and not named and re.search(r"\b(?:the\s+)?occupying\s+Power\b", text):  # an item 7 debate: "the
            named = {st.iso3: st for _, _, st in find_states(ctx.text) if st.iso3 == "ISR"}  # occupying Power" is Israel
        if many and len(named) > 1:  # "Lithuania said the Russian Federation must return the Ukrainian children":
            said = re.match(r"\s*(?:that\s+)?", text)  # (the text runs on from "said"): the State it speaks of
            subject = find_states(text[said.end() : said.end() + 80])
            if subject and subject[0][0] <= 4 and subject[0][2].iso3 in named:  # (the one its words are about)
                return named[subject[0][2].iso3]
        return next(iter(named.values())) if many and len(named) == 1 else concerned

    statements: dict[str, Statement] = {}
    shared: set[str] = set()  # States known so far only from a turn they shared with others
    opened: set[int] = set()  # the parts whose first turn has been seen
    # "The Working Group ... this afternoon adopted the reports on Nepal, Bahrain and Mongolia": each State's few words
    # at the adoption of its report are a statement, not the presentation of its responses to the Council
    working_group_adopts = re.search(r"(?i)\bWorking\s+Group\b[^.\n]{0,120}?\badopted\s+(?:the\s+)?reports?\b", ctx.text[:1000])
    for at, end, match in turns:
        joints = _joint_states(match.group("who"))
        # the body a person speaks for, or the State a head of delegation answers for
        speaks_for = _fronted_body(ctx, at, match) if match.re is _FRONTED_GROUP else ctx.state if match.re is _HEAD_REPLIES else None
        speaker = _turn_speaker(ctx, at, match, speaks_for, joints)
        index = bisect_right(part_starts, at) - 1
        part, first_turn = parts[index][1], index not in opened
        s_start = ctx.sentence_at(at)[0]  # "Speaking as the State under review, Viet Nam said", "In its concluding remarks,
        fronted = ctx.text[s_start:at] if re.fullmatch(r"[A-Z][^.;:\n]{2,120},\s*", ctx.text[s_start:at]) else ""  # X said"
        if speaker is not None or joints:
            opened.add(index)  # (not the lead: "The Human Rights Council today adopted ...")
        if (len(parts) > 1 or match.re in (_PERSON_OF_STATE, _DELEGATE_TURN, _STATES_OFFICIAL)) and first_turn and speaker is not None and part is not None \
                and part.get("type") == "upr_review" and not working_group_adopts \
                and speaker.kind in (None, "state") and speaker.iso3 == (part.get("state_concerned") or {}).get("iso3") \
                and not re.search(r"(?i)^[^.;]{0,80}?\bas\s+the\s+(?:State\s+under\s+review|(?:country|State)\s+concerned)\b",
                                  fronted + ctx.text[at:end]):  # (not "Kiribati, speaking as the State under review, said": its turn)
            continue  # "The Attorney-General of Fiji said that Fiji had supported 210 of the 230": the State reviewed
            # presenting its responses, each review in turn, before the others speak
        if match.re is _PERSON_OF_STATE and first_turn and re.search(r"(?i)\bpanel\b", ctx.text[:600]):
            continue  # "Name, Minister of Justice of Zambia, said" opening a panel discussion: a panellist, no statement
        if speaker is None:  # "Argentina and Chile called for ...": each State a speaker of the same words
            for joint in joints:
                shared.add(joint.iso3 or joint.name)  # (its own turn later is its statement)
                statements.setdefault(joint.iso3 or joint.name, Statement(
                    evidence=ctx.evidence(at, end), speaker=joint, forum=part_at(at)[0], text=ctx.text[at:end].strip(),
                    concerning=about(ctx.text[at:end], joint, at)))  # fmt: skip
            continue  # the State concerned's own reply is kept: it spoke; tallies leave it out
        group = None if speaks_for else match.groupdict().get("group") or match.groupdict().get("group2")
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
        second = bool(fronted) and _SECOND_TURN.match(fronted) is not None
        if key in statements and key not in shared and second:  # "In its concluding remarks, Viet Nam said": its closing
            key = f"{key}#{sum(k.split('#')[0] == key for k in statements) + 1}"  # words, a statement of their own
        said = at + match.end() if match.re is _LABEL_TURN and not ctx.text[at + match.end() : at + match.end() + 1].islower() else at
        if second or re.search(r"(?i)\bas\s+the\s+(?:State\s+under\s+review|(?:country|State)\s+concerned)\b", fronted):
            said = s_start  # the turn as the summary words it, from the phrase that sets it off (most writers quote it so;
            # some start at the speaker's name: docs/press.md, "Known limits")
        # the words after "Mexico:", but all of "Egypt: said the mandate ...", a line the label opens
        if match.re is _FRONTED_GROUP:  # "Speaking for the African Group, Cameroon said": from the speaker's name
            said = at + match.end("group") + len(re.match(r",\s*", match.string[match.end("group") :]).group(0))  # type: ignore[union-attr]
        statements.setdefault(key, Statement(
            evidence=ctx.evidence(said, end), speaker=speaker, forum=part_at(at)[0],
            on_behalf_of=group_ref(group) if group else None,
            text=ctx.text[said:end].strip(), concerning=speaker if part_at(at)[2] and _SELF_CONCERNED.search(match.group(0)) else about(
                ctx.text[at + match.end() : end], speaker, at)))  # (not the members of its group, listed in brackets)  # fmt: skip
    for listing in _SPEAKING_LIST.finditer(ctx.text):
        key_list = "list" if listing.group("list") else "list2"
        names = listing.group(key_list)
        found = [(s_, e_, ref) for s_, e_, ref in find_states(names)]  # "Bosnia and Herzegovina"
        ngos_follow = False  # "..., as well as the following non-governmental organizations: A and B"
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
                ngo = re.search(r"(?i)non-governmental\s+organi[sz]ations?\s*:?\s+(?P<n>(?-i:[A-Z])[\w’' -]+?)\s*\.?$", part.group(1))
                if group is None and ngo:  # "..., as well as the non-governmental organization Baltic Helsinki Watch"
                    group = _group_ref(ngo.group("n"))
                    ngos_follow = ngos_follow or ":" in part.group(1)
                elif group is None and ngos_follow and re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,8}", name):
                    group = _group_ref(name)  # the next names on that list
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
                group_ref(behalf.group(1))
                if behalf
                else None
            )
            if key not in statements:
                statements[key] = Statement(
                    evidence=ctx.evidence(at, listing.start(key_list) + e_), speaker=speaker,
                    forum=part_at(at)[0], text="", concerning=part_at(at)[1], on_behalf_of=group)  # fmt: skip
            elif statements[key].on_behalf_of is None and group is not None:
                statements[key].on_behalf_of = group
    return sorted(statements.values(), key=lambda st: st.evidence.start)
