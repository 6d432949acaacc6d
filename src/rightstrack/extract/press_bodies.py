"""State bodies, NHRIs, UN agencies and legislatures, named by their head word, their acronym,
their own language or a fixed list; and a body named only where it speaks ("Odhikar said").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightstrack.actors.groups import group_name
from rightstrack.actors.normalise import name_key
from rightstrack.extract.dates import MONTH
from rightstrack.extract.items import ActorRef
from rightstrack.extract.press_kinds import LEGISLATURE_TITLES, names_state_body, org_kind
from rightstrack.extract.press_known import (
    CHAPTER,
    MEDIA_NAMES,
    NGO_NAMES,
    NHRI_NAMES,
    PARLIAMENT_NAMES,
    UN_AGENCY_NAMES,
)
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import (
    LEAD_STOP,
    NAME_JOIN,
    NO_BODY_NAME,
    NOT_NAME,
    ORG,
    ORG_HEAD,
    TITLE,
    WS1,
    clean_org,
    find_states,
    holds_title,
    org_parts,
    with_country,
)
from rightstrack.extract.press_text import heading_case

# A body named in its own language, its article dropped, then glossed in English: "la Cancillería,
# Venezuela's Ministry of Foreign Affairs,", "Wizarat al-Kharijiya, the Ministry of Foreign Affairs,", "o
# Itamaraty (the Ministry of Foreign Affairs)", "el Tribunal Supremo Electoral (TSE), the electoral authority,"
_NATIVE_NAME = re.compile(
    r"(?:\b(?:[Ll]a|[Ee]l|[Ll]e|[Oo]|[Ii]l|[Dd]ie|[Dd]er)\s+)?(?P<name>[A-ZÀ-Ö][\w’'-]+(?:\s+(?:(?:de|del|des|du|da|do|dos|"
    r"la|y|e|et|wal)\s+)?(?:[A-ZÀ-Ö][\w’'-]+|(?:al|el|ad|an|ar|as|at|wal)-[A-Za-z][\w’'-]+)){0,5})"
    r"(?:\s*\([A-Z]{2,8}\))?\s*(?:,\s+|\(\s*)(?:the\s+|[A-Z][\w’'-]+[’']s\s+)(?P<gloss>(?:(?:[Ff]oreign|[Ii]nterior|[Jj]ustice)\s+)?"
    r"(?:Ministry|ministry|Department|Office|[Ee]lectoral\s+(?:authority|commission|tribunal|court|body)|[Nn]ational\s+human\s+"
    r"rights\s+(?:commission|institution)|[Oo]mbudsman)\b[^,()\n]{0,60})\s*[,)]"
)


# A legislature or cabinet named by its bare title, which no head-word pattern takes (one word)
_LEGISLATURE = re.compile(rf"(?<![\w-])(?:{LEGISLATURE_TITLES})(?![\w-])(?!\s+(?:Buildings?|House|Hall|Square|"
                          r"Street|Avenue|Hill|of\s+[A-Z]|[A-Z]))")


# Canada's federal departments go by applied titles with no head word ("Environment and Climate Change Canada")
_CANADA_DEPARTMENT = re.compile(
    r"\b(?:Environment\s+and\s+Climate\s+Change|Employment\s+and\s+Social\s+Development|Immigration,\s+Refugees\s+and\s+"
    r"Citizenship|Global\s+Affairs|Health|Justice|Public\s+Safety|Indigenous\s+Services|Crown-Indigenous\s+Relations\s+and\s+"
    r"Northern\s+Affairs|Women\s+and\s+Gender\s+Equality|Fisheries\s+and\s+Oceans|Natural\s+Resources|"
    r"Elections|Housing,\s+Infrastructure\s+and\s+Communities)\s+Canada\b"
)


# A body's name in quotation marks after what it is, as Russian-language usage writes it
_QUOTED_BODY_NAME = re.compile(
    r"(?i)\b(?P<noun>cent(?:re|er)|organi[sz]ation|movement|group|foundation|association|society|union|network|"
    r"initiative|coalition|party|bloc|alliance|newspaper|agency|channel|portal|weekly|daily)\s+"
    r"[“\"«](?P<name>(?-i:[A-Z])[^”\"»\n.,;:!?]{1,50}?)[”\"»]"
)


_QUOTED_LISTED = re.compile(r"(?:,|\band)\s+[“\"«](?P<name>[A-Z][^”\"»\n.,;:!?]{1,50}?)[”\"»]\s+(?:\d|with\b|won\b|got\b|received\b)")


_STATISTICS_OFFICE = re.compile(r"\bStatistics\s+(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


# "the Scottish Parliament's Equalities, Human Rights and Civil Justice Committee": a committee named by its portfolios
_PORTFOLIO_COMMITTEE = re.compile(r"(?<![\w’'-])(?P<name>(?!The\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})+"
                                  r"\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s+(?:Select\s+)?Committee)\b")


# A name of two words or more followed by its acronym in brackets, at a sentence start or after "the"
_ORG_ACRONYM = re.compile(
    r"(?:(?<=\b[Tt]he\s)|(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s))"
    rf"(?!The\s)(?P<name>[A-Z][\w’'-]+(?:{WS1}(?:(?:{NAME_JOIN}){WS1}){{0,3}}(?:[A-Z]|[dl][’'][A-Z]|(?:al|el|li|bi|ad|ar|as|an|at)-[A-Z])[\w’'-]+){{1,9}})"
    r"\s*\((?P<abbr>[A-Z][\w-]{1,9}(?:\s[A-Z\d][\w-]{0,9})?|[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,6}\s+(?:Centre|Center|Circle|"
    r"Committee|Association|Initiative|Foundation|Network|Lawyers|Union|Council|Society|Group|League|Movement|Forum|"
    r"Institute|Organi[sz]ation|Platform|Alliance|Coalition|Watch|Observatory|Federation|Trust|Fund|Rights|Defenders))\)"
    r"(?!\s*(?:Act|Law|Bill|Code|Ordinance|Decree)\b)",  # (not "the Bonded Labour System (Abolition) Act": a law)
    re.MULTILINE,
)


_GOVERNMENT_WORD = re.compile(r"\b(?:Ministry|Ministerio|Minist[eè]re|Department|Agency|Authority|Directorate|Secretariat|"
                              r"Police|Court|Tribunal|Parliament|Government|Electoral|Elections?|Office|Bureau|Service|"
                              r"Army|Forces?|Prosecutor|Procurator|Treasury|Bank|Administration|Municipality|Cabinet|Tume)\b")


def named_body(name: str) -> ActorRef | None:
    """What a name that is surely a body's (given with its acronym, or heading its own bulletin) is: its own kind
    where the name says it ("Ministry of ...", "... Party"), else a civil-society body ("Somali Journalists
    Syndicate (SJS)")."""
    tokens = name.split()
    if tokens[0] in LEAD_STOP or tokens[0] in NO_BODY_NAME or tokens[0] in ("The", "In", "On", "At", "According"):
        return None
    if any(s == 0 and e == len(name) for s, e, _ in find_states(name)) or group_name(name_key(name)):
        return None  # "European Union (EU)": a group of States, resolved elsewhere
    if re.match(TITLE, name):
        return None  # "Special Rapporteur (SR)": a title
    kind = org_kind(name)
    if kind == "government_body" and not _GOVERNMENT_WORD.search(name):
        kind = "ngo"
    return ActorRef(name, kind)


def acronym_mentions(actors: PressActors, text: str) -> None:
    """A body introduced with its acronym in brackets is the same body wherever the acronym recurs,
    and carries that acronym as its `short` name."""
    bodies = [m for m in actors.mentions if m.actor.kind not in ("state", "official")]
    for body in bodies:
        short = re.match(r"\s*\((?:[^()\n,]{2,60},\s*)?([A-Z][A-Za-z-]{0,9}[A-Z]|[A-Z][a-z]{2,8}\s[A-Z]{2,6})\)",
                         text[body.end : body.end + 80])  # "(UNAMA)", "(Komnas HAM)"
        if short is not None:
            _known_by_acronym(actors, text, body.actor, short.group(1), body.end + short.end())
    heading = re.match(r"\s*(?P<name>[A-Z][A-Z ,’'&-]{5,120}?)[^\S\n]*\((?P<short>[A-Z][A-Za-z-]{0,9}[A-Z])\)[^\S\n]*\n", text)
    body = next((m.actor for m in bodies if heading and m.actor.name.upper() == heading.group("name").strip()), None)
    titled = heading_case(heading.group("name").strip()) if heading else ""
    if heading and body is None and (_initials(titled) == heading.group("short") or org_kind(titled) in ("nhri", "un_mechanism")):
        body = named_body(titled)  # "CENTRE FOR RIGHTS AND PEACE IN CAMEROON (CRPC)", "NATIONAL HUMAN RIGHTS INSTITUTE
        if body is not None:  # (INDH)" over its release, named nowhere else in full: the body, not a wire's tag
            short = heading.group("short")
            actors.mentions = [m for m in actors.mentions if not (m.actor.name == short and m.start < heading.end())]
            actors.add(Found(heading.start("name"), heading.start("name") + len(body.name), body, "mentioned"))
    if heading and body is not None:  # "HUMAN RIGHTS COMMISSION OF MALAYSIA (SUHAKAM)" over its statement: "SUHAKAM
        _known_by_acronym(actors, text, body, heading.group("short"), heading.end())  # tabled its report" is that body


def _known_by_acronym(actors: PressActors, text: str, body: ActorRef, short: str, after: int) -> None:
    """`body` carries `short` as its short name, and every later "short" in `text` is a mention of it ("CEPO said",
    taken as a body on its own, becomes the body)."""
    named = replace(body, short=short) if body.name != short else body
    actors.mentions = [Found(m.start, m.end, named, m.role) if m.actor == body else m for m in actors.mentions]
    for again in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        bracketed = text[again.start() - 1 : again.start()] == "(" and after - len(short) - 3 <= again.start() <= after
        if again.start() > after or bracketed:  # (the acronym in its own brackets too: "Mission in Afghanistan (UNAMA)")
            actors.mentions = [m for m in actors.mentions if not ((m.start, m.end) == again.span() and m.actor.name == short)]
            if not any(m.start <= again.start() < m.end for m in actors.mentions):
                actors.add(Found(again.start(), again.end(), named, "mentioned"))


def _initials(name: str) -> str:
    """ "Office for the Coordination of Humanitarian Affairs" -> "OCHA" (small joining words left out)."""
    words = re.sub(r"^(?:UN|United\s+Nations)\s+", "", name).split()
    return "".join(w[0] for w in words if w[:1].isupper())


def acronyms_of_named(actors: PressActors, text: str) -> None:
    """ "According to the UN Office for the Coordination of Humanitarian Affairs, ... OCHA said": an
    acronym whose letters are the initials of a body named before it is that body, carried as `short`."""
    bodies = sorted((m for m in actors.mentions if m.actor.kind not in ("state", "official") and len(m.actor.name.split()) >= 3),
                    key=lambda m: m.start)  # fmt: skip
    for i, found in enumerate(actors.mentions):
        name = found.actor.name
        if not re.fullmatch(r"[A-Z]{3,6}", name) or found.actor.kind in ("state", "official"):
            continue
        full = next((b.actor for b in reversed(bodies) if b.start < found.start and _initials(b.actor.name) == name), None)
        if full is not None:
            actors.mentions[i] = replace(found, actor=replace(full, short=full.short or name))
    first_mentions: dict[ActorRef, Found] = {}
    for body in bodies:  # each body once, at its first mention
        first_mentions.setdefault(body.actor, body)
    for body in first_mentions.values():  # "The annual report that the Uganda Human Rights Commission laid ... The UHRC registered 1,214
        short = _initials(body.actor.name)  # complaints": the body's initials, found nowhere as a name of their own
        if len(short) >= 3 and body.actor.kind in ("nhri", "ngo", "government_body", "un_mechanism") and not body.actor.short \
                and re.search(rf"\b(?:{ORG_HEAD})\b", body.actor.name) \
                and any(m.start() > body.end for m in re.finditer(rf"(?<![\w-]){short}(?![\w-])", text)):  # fmt: skip
            _known_by_acronym(actors, text, body.actor, short, body.end)


# A sentence that opens with a name nothing else has recognised, then a reporting verb.
_BODY_SAYS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s)|(?<=,\s))(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|and)\s+)?[A-Z][\w’'-]+){0,5})\s+(?:said|says|reported|"
    r"estimated|found)\b(?:(?P<gap>\s+)(?P<it>(?:that\s+)?(?:it|its)\b)?)?",  # also at a sentence's end: "..., X said."
    re.MULTILINE,
)


def _unnamed_kind_body(actors: PressActors, match: re.Match[str]) -> ActorRef | None:
    """An organisation the text names only by its own name: one word that goes on with "it" ("Odhikar
    said it had recorded"), or two or three words with a State's name inside but not a State
    ("Techo Chile said"). Persons, pronouns and plain nouns at the start of a sentence are not."""
    name = match.group("name")
    tokens = name.split()
    if re.search(r"[’']s\b", name):
        return None  # "Nicaragua's Vice-President said"
    if tokens[0] == "The" and 3 <= len(tokens) <= 6 and tokens[-1] in ("Group", "Trust", "Project", "Fund", "Union",
                                                                       "Syndicate") and not (
            {"Working", "Contact", "Core", "Friends"} & set(tokens) or group_name(name_key(" ".join(tokens[1:])))):
        if not any(actors.person(token) is not None for token in tokens):  # "The Samoa Victim Support
            return ActorRef(" ".join(tokens[1:]), "ngo")  # Group said": a group named by its own name
    if tokens[0] == "The" and 4 <= len(tokens) <= 7 and "for" in tokens[2:-1] and not re.match(TITLE, tokens[1]):
        rest = " ".join(tokens[1:])  # "The Union for Civil Liberty said": a body named for what it stands for
        if not any(actors.person(token) is not None for token in tokens) and not find_states(rest):
            kind = org_kind(rest)  # ("The Executive Unit for IDP Camps said": a State's unit)
            return ActorRef(rest, "ngo" if kind == "government_body" and not names_state_body(rest) else kind)
    rest = " ".join(tokens[1:])
    if tokens[0] == "The" and 3 <= len(tokens) <= 6 and not holds_title(rest) and not find_states(rest) and not (
            {"Working", "Contact", "Core", "Friends"} & set(tokens)) and not any(
            actors.person(token) is not None for token in tokens):  # fmt: skip
        kind = org_kind(rest)  # "The Gulu Legal Aid Circle said": a body by its own name, whatever its head word
        return ActorRef(rest, "ngo" if kind == "government_body" and not names_state_body(rest) else kind)
    if tokens[0] in LEAD_STOP or tokens[0] in NO_BODY_NAME or tokens[0] in NOT_NAME:
        return None
    if re.match(rf"{MONTH}$|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", tokens[0]):
        return None
    if any(actors.person(token) is not None for token in tokens):
        return None  # "Kettunen said": a person named before
    states = find_states(name)
    if any(s == 0 and e == len(name) for s, e, _ in states):
        return None  # "Costa Rica said": the State itself
    if "for" in tokens[1:-1]:  # "Tamkeen for Legal Aid and Human Rights": what a body stands for
        if re.match(TITLE, name):
            return None  # "Minister for Foreign Affairs Ana Lima said"
    elif "and" in tokens or len(tokens) > 3:
        return None
    elif len(tokens) == 1:  # "OVD-Info said": a name no person has (capitals after a hyphen) goes on without "it"
        coined = bool(re.fullmatch(r"[A-Z][\w]*-[A-Z][\w]+|[A-Z]+[a-z]+[A-Z][\w]*", name))
        if not (match.group("it") or coined and match.group("gap")) or name.endswith("s") or name.isupper() and len(name) <= 3:
            return None
    elif not states and org_kind(name) != "ngo":  # "Maria Lopez said": most likely a person, but
        return None  # "Reporters' Shield International said" has a group's head word
    kind = org_kind(name)
    return ActorRef(name, "ngo" if kind == "government_body" else kind)


_NHRI_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|of|on|the|and|de|des|du|del|la|los|las)\s+){0,2}[A-Z][\w’'-]+){0,8})(?:\s*\([A-Z]{2,10}\))?,\s+"
    r"(?:which\s+(?:serves|acts|functions|is\s+accredited)\s+as\s+)?(?:the\s+)?"
    r"(?:(?:country[’']s\s+|(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+[’']s\s+)?national\s+human\s+rights\s+(?:institution|commission|body)|"
    # "Komnas HAM, Indonesia's National Commission on Human Rights"; "X, Cyprus's ombudswoman"
    r"(?:country[’']s\s+|[A-Z][\w-]+[’']s\s+)?(?:national|National)\s+(?:commission|Commission)\s+(?:on|for)\s+(?:human|Human)\s+(?:rights|Rights)|(?:country[’']s\s+|[A-Z][\w-]+[’']s\s+)ombuds(?:man|woman|person))\b"
)


_OMBUDSMAN_OF = re.compile(
    # "The Ombudsman said", "Serbia's Protector of Citizens said": the office speaking, no holder named
    r"\b(?P<name>(?<!of\sthe\s)(?:(?<=[Tt]he\s)|(?<=[’']s\s))(?:People[’']s\s+)?(?:Ombuds(?:man|woman|person)|Protector\s+of\s+Citizens|"
    r"Public\s+Defender|Human\s+Rights\s+Defender)(?=\s+(?:said|says|has|had|reported|received|told|recorded|found|"
    r"warned|urged|called|asked|published|issued|released|wrote|stated|noted|presented|informed|critici[sz]ed|welcomed)\b|"
    r",\s+who\s|(?<=[’']s\s(?:Public\s)Defender),\s+(?-i:[A-Z][a-z]+\s+[A-Z])|"
    r"(?<=\bmet\sthe\sOmbudsman)(?=\s+and\b|\s*[,.;])|(?<=\bwith\sthe\sPublic\sDefender)(?=\s+and\b|\s*[,.;]))|"  # "the
    # ministry met the Ombudsman and the UN", "after consultations with the Public Defender, Georgia ...": the office
    r"(?:Office\s+of\s+the\s+)?(?:(?:(?:Public|Human\s+Rights|Parliamentary|National|Chief)\s+)?"
    r"(?:Ombudsman|Ombudswoman|Ombudsperson)(?:\s+for\s+Human\s+Rights)?|Public\s+Defender|Human\s+Rights\s+Defender|People[’']s\s+Advocate|"
    r"Protector\s+of\s+Citizens|Protector\s+of\s+Human\s+Rights\s+and\s+Freedoms|Akyikatchy|"
    r"(?<!Office\sof\sthe\s)High\s+Commissioner\s+for\s+Human\s+Rights(?=\s+in\s+the\s+Russian\s+Federation\b)|(?:National\s+)?(?<!High\s)(?<!Europe\s)(?<!Europe[’']s\s)Commissioner\s+for\s+Human\s+Rights|"
    r"(?<!UN\s)(?<!High\s)Human\s+Rights\s+Commissioner)(?:\s*\([A-Z][a-z]+\))?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:Republic\s+of\s+)?[A-Z][\w’'-]+(?:[^\S\n]+(?:and\s+|(?<=Ministry\s)of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,2}|"  # "... of the Ministry of
    # Interior" (on its line: "Public Defender of Georgia" over "News" is a letterhead)
    r"(?:Office\s+of\s+the\s+)?(?:Parliamentary|Chief|National|Public|Human\s+Rights|"
    r"(?-i:(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?!(?:The|A|An)\b)[A-Z][a-z]+){0,2}))"
    r"\s+Ombuds(?:man|woman|person)(?:\s+Board)?(?!\s+of\b)|"
    # "the Ombudsman de Montréal", "the Personería de Medellín", "the Síndica de Greuges de Barcelona": a city's
    # ombudsperson, named in its own language
    r"Ombuds(?:man|woman|person)\s+de\s+(?:la\s+)?[A-Z][\w’'-]+|Personer[ií]a\s+(?:de|del)\s+[A-Z][\w’'-]+|"
    r"S[ií]ndica?\s+de\s+Greuges(?:\s+de\s+[A-Z][\w’'-]+)?|"
    r"(?<=[Tt]he\s)Defender\s+of\s+Rights|(?<=[’']s\s)Defender\s+of\s+Rights|"  # France's "Défenseur des droits"
    # "the Ombudswoman for Persons with Disabilities": an ombudsman for one field
    r"Ombuds(?:man|woman|person)\s+for\s+(?!Human\s+Rights\s+(?:of|in)\b)[A-Z][\w’'-]+(?:\s+(?:with|of|and)?\s*[A-Z][\w’'-]+){0,4}|(?:Office\s+of\s+the\s+)?People[’']s\s+Advocate(?:\s+Office)?(?!(?:\s*\([^()\n]{2,40}\))?\s+(?:of|in)\b)|Chancellor\s+of\s+Justice|"
    # "The Ombudsman's office said": the institution
    r"(?<=[Tt]he\s)Ombuds(?:man|woman|person)[’']s\s+[Oo]ffice(?=\s+(?:said|says|has|had|reported|received|told)\b)|"
    r"Authori[sz]ed\s+Person\s+of\s+the\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+for\s+Human\s+Rights(?:\s+\(Ombuds(?:man|person)\))?|"
    r"Office\s+of\s+the\s+Citizen\s+Protector|Protector\s+of\s+Human\s+Rights\s+and\s+Freedoms(?!\s+of\b)|"
    r"National\s+Commissioner\s+for\s+Human\s+Rights(?!\s+(?:of|in)\b)|"
    # "the Commissioner for Fundamental Rights said", "the Procurador de los Derechos Humanos"
    r"(?<!High\s)(?<!Europe\s)(?<!UN\s)(?<!Europe[’']s\s)(?<!Parliament\s)(?<!Parliamentary\s)(?<!National\s)"
    r"Commissioner\s+for\s+(?:Human|Fundamental)\s+Rights(?!\s+(?:of|in|at)\b)|"
    r"Procurador(?:[ií]a)?\s+(?:para\s+la\s+Defensa\s+)?de\s+(?:los\s+)?Derechos\s+Humanos(?:\s+(?:de|del)\s+[A-Z][\w’'-]+)?|"
    # "the Parliamentary Commissioner for the Prison System": an ombudsman for one field
    r"Parliamentary\s+Commissioner\s+for\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})"
)


# "The public utility EPSAS said", "The national water and sanitation directorate, DINEPA, said": a State body
# by what it is, then its name
_STATE_BODY_NAMED = re.compile(
    r"\b[Tt]he\s+(?:public|national|state|state-owned|state-run|government|municipal|city|federal|provincial)\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:utility|directorate|regulator|agency|authority|company|corporation|service|institute),?\s+"
    r"(?P<name>[A-Z]{3,10}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),?\s+(?=said|says|told|reported|recorded|estimated|put|warned)"
)


def find_bodies(text: str) -> PressActors:
    """Bodies named by their head word ("Ministry of ...", "... Commission"), found before people so "its deputy director" can point back to one."""
    bodies = PressActors()  # found first so "its deputy director" can point back to one
    for match in ORG.finditer(text):
        for part_start, raw in org_parts(match):
            name, lead = clean_org(raw)
            if len(name.split()) < 2:  # a bare "Government" is resolved from context, not named
                continue
            if re.search(r"\b(?:Buildings?|House|Hall|Palace|Square|Grounds)$", name):
                continue  # "at Parliament Buildings": a place, not a body
            if re.match(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:Act|Law|Bill|Code|Ordinance|Decree)\b", text[part_start + lead + len(name) :]) \
                    and not re.search(r"\b(?:Service|Commission|Ministry|Council|Committee|Agency|Authority|Court|Police|Office|"
                                      r"Department|Bureau|Institution)$", name):  # fmt: skip
                continue  # "the Sindh Bonded Labour System (Abolition) Act": the name of a law (but "the National Security
                # Service (Amendment) Act" names the Service too)
            name = re.sub(r"(?<=s)[’']$", "", name)  # "the Department of Corrections' own figures": the department
            if re.search(r"\bCommittee\s+(?:Experts?|Chair(?:person)?|Vice-Chair|[Mm]embers?)\b", name):
                continue  # "Another Committee Expert", "Committee Chair": a treaty body member's title, not a body
            start = part_start + lead
            name = re.split(r"\s+and\s+the\s+Permanent\s+Missions?\s+of\b", name, maxsplit=1)[0]  # "the X Collective and
            # the Permanent Missions of Colombia and Switzerland": the group, and the missions each on their own
            first_line, _, rest = name.partition("\n")
            if rest and (re.match(r"[^\S\n]*(?:\n|$)", text[start + len(name) :]) or (
                    len(first_line.split()) >= 3 and len(rest.split()) <= 2 and not re.match(r"[^\S\n]+[A-Z]", text[start + len(name) :]))):
                name = first_line.rstrip()  # a letterhead's lines: "Ministry of Foreign Affairs, ... Trade / Port Vila",
                # "Ministry for Europe and Foreign Affairs of the Republic of Albania / News > Multilateral diplomacy"
            joined = re.search(r"(?<![\w’'-])(?:(?!(?:The|A|An|In|On|At|By|For)\s)[A-Z][\w-]+\s+){1,3}and\s+$", text[max(0, start - 60) : start])
            if joined and name.endswith(" Authority"):  # "the Oversight and Anti-Corruption Authority", "the
                start -= len(joined.group(0))  # National Database and Registration Authority": one body
                name = text[start:start + len(joined.group(0))] + name
            name = with_country(text, start, name)
            seat = re.match(r"\s+at\s+(?:Geneva|Vienna|Nairobi)\b", text[start + len(name) :]) if re.search(
                r"\bto\s+the\s+United\s+Nations\s+Office$", name) else None  # "Permanent Mission of ... to the
            name += seat.group(0) if seat else ""  # United Nations Office at Geneva": its full name
            under = re.match(r"\s+under\s+the\s+(?:President|Prime\s+Minister|Cabinet(?:\s+of\s+Ministers)?)\b(?!\s+of\b)",
                             text[start + len(name) :])  # "Commission on Pardons under the President": its full name
            name += under.group(0) if under and org_kind(name) == "government_body" else ""
            comma = re.match(r",[^\S\n]+", text[start + len(name) :]) if org_kind(name) == "nhri" else None
            after = find_states(text, start + len(name) + comma.end(), start + len(name) + comma.end() + 40) if comma else []
            if after and after[0][0] == start + len(name) + comma.end() and re.match(r"[,(.;]|\s+\(", text[after[0][1] :]):  # type: ignore[union-attr]
                name = text[start : after[0][1]]  # "the National Human Rights Commission, Bangladesh, said": its own name
            states = find_states(raw)  # also "Cambodia's" dropped from the name
            if any(s_ == 0 and e_ == len(name) for s_, e_, _ in find_states(name)):
                continue  # "the Russian Federation": a State, whatever its head word
            kind = org_kind(name)
            if kind == "un_mechanism" and re.match(r",\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:national\s+)?(?:parliament|legislature)\b",
                                                   text[start + len(name) :]):
                kind = "government_body"  # "presented to the General Assembly, Uruguay's parliament,": a State's own assembly
            ref = ActorRef(name=name, kind=kind, iso3=states[0][2].iso3 if states else None)
            bodies.add(Found(start, start + len(name), ref, "mentioned"))
    return bodies


def add_quoted_names(actors: PressActors, text: str) -> None:
    """Bodies named in quotation marks after what they are ('the party "Ak Zhol"', 'the centre "Pravovoy Dozor"')."""
    for match in _QUOTED_BODY_NAME.finditer(text):  # 'the human rights centre "Pravovoy Dozor"', 'the party "Ak Zhol"'
        noun = match.group("noun").lower()
        kind = "political_party" if noun in ("party", "bloc") else (
            "media" if noun in ("newspaper", "agency", "channel", "portal", "weekly", "daily") else "ngo")  # fmt: skip
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), kind), "mentioned"))
        if kind == "political_party":  # '... the party "Yntymak-Progress" received 31, "Ak Zhol" 27 and "Tynchtyk" 12'
            sentence_end = re.search(r"[.;]\s", text[match.end() :])
            stop = match.end() + (sentence_end.start() if sentence_end else len(text) - match.end())
            for listed in _QUOTED_LISTED.finditer(text, match.end(), stop):
                actors.add(Found(listed.start("name"), listed.end("name"), ActorRef(listed.group("name"), kind), "mentioned"))


# "the Permanent Missions of Belgium, Ireland and Kenya": one mission for each State listed
_MISSIONS_OF = re.compile(r"\bPermanent\s+Missions\s+of\s+(?P<list>(?:the\s+)?[A-Z][\w’' -]+?(?:,\s+(?:the\s+)?[A-Z][\w’' -]+?)*,?\s+and\s+"
                          r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


# A line in capitals that names a State body: "DEPARTMENT OF FOREIGN AFFAIRS AND TRADE", "FOREIGN AFFAIRS, DEFENCE AND
# TRADE LEGISLATION COMMITTEE"
_CAPITALS_BODY_LINE = re.compile(r"(?m)^[^\S\n]*(?P<name>(?:DEPARTMENT|MINISTRY)\s+OF\s+[A-Z ,&’'-]{3,80}?|[A-Z][A-Z ,&’'-]{3,80}?\s+"
                                 r"(?:LEGISLATION\s+COMMITTEE|REFERENCES\s+COMMITTEE|SELECT\s+COMMITTEE|STANDING\s+COMMITTEE))[^\S\n]*$")


def add_state_bodies(actors: PressActors, text: str) -> None:
    """Parliamentary portfolio committees and State bodies named by their role."""
    for match in _MISSIONS_OF.finditer(text):  # "the Permanent Missions of Chile and Colombia": one mission each
        for s_, e_, state in find_states(match.group("list")):
            name = f"Permanent Mission of {match.group('list')[s_:e_]}"
            start = match.start("list") + s_
            actors.add(Found(start, match.start("list") + e_, ActorRef(name, "government_body", iso3=state.iso3), "mentioned"))
    for match in _PORTFOLIO_COMMITTEE.finditer(text):
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "government_body"), "mentioned"))
    for match in _STATE_BODY_NAMED.finditer(text):
        if not find_states(match.group("name")):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "government_body"), "mentioned"))
    for match in _CAPITALS_BODY_LINE.finditer(text):  # "DEPARTMENT OF FOREIGN AFFAIRS AND TRADE" over its officials in
        name = heading_case(match.group("name"))  # an estimates hearing's record: the body, as running text writes it
        if org_kind(name) == "government_body" and not find_states(name):
            actors.add(Found(match.start("name"), match.start("name") + len(name), ActorRef(name, "government_body"), "mentioned"))


def add_statistics_offices(actors: PressActors, text: str) -> None:
    """"Statistics South Africa", "Statistics Canada": an office named for its State, with no head word."""
    for match in _STATISTICS_OFFICE.finditer(text):  # "Statistics South Africa", "Statistics Canada": an office
        states = find_states(match.group("state"))  # named for its State, with no head word
        if states and states[0][0] == 0:
            end = match.start("state") + states[0][1]
            actors.add(Found(match.start(), end, ActorRef(text[match.start() : end], "government_body"), "mentioned"))


def _named_within(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Whether a known name lies inside the one longer body name at [start, end) ("the OHCHR Regional Office for the
    Pacific", "the Office of the United Nations Resident Coordinator"); not inside a list ("MINUSCA and the African
    Union") or before a possessive ("FAO's Committee on ...")."""
    if not (start <= match.start() and match.end() <= end and end - start > match.end() - match.start()):
        return False
    outside = text[start : match.start()] + " " + text[match.end() : end]
    return not re.search(r",|\sand\s", outside) and not re.match(r"[’']s\b", text[match.end() : end])


def add_known_names(actors: PressActors, text: str, bodies: PressActors) -> None:
    """NGOs, outlets, NHRIs and UN agencies whose names hold no head word, from fixed lists (a UN name inside a
    longer body's name among `bodies` is that body's)."""
    for names, kind in ((NGO_NAMES, "ngo"), (MEDIA_NAMES, "media"), (NHRI_NAMES, "nhri"),
                        (UN_AGENCY_NAMES, "un_mechanism")):  # fmt: skip
        for name in sorted(names, key=len, reverse=True):  # the longest name first: "Office of the Provedor ..."
            flags = 0 if name.isupper() and len(name) < 6 else re.IGNORECASE  # "Licadho", not "ad hoc"
            if kind in ("nhri", "media") and re.search(rf"[a-z]\s*\(\s*{re.escape(name)}\s*\)", text, re.IGNORECASE if kind == "nhri" else 0):
                continue  # "the Human Rights Commission of Malaysia (SUHAKAM)": the gloss of the name given
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags):
                if kind == "un_mechanism" and any(_named_within(text, b.start, b.end, match) for b in bodies.mentions):
                    continue  # "the OHCHR Regional Office for the Pacific": the office, named in full
                chapter = CHAPTER.match(text, match.end()) if kind == "ngo" else None
                if chapter and not chapter.group("c").isupper() and not any(
                    s == 0 and e == len(chapter.group("c")) for s, e, _ in find_states(chapter.group("c"))
                ):
                    chapter = None
                end = chapter.end() if chapter else match.end()
                of_state = re.match(r"\s+of\s+(?:the\s+)?", text[end:]) if kind == "nhri" else None
                if of_state:  # "the Provedor for Human Rights and Justice of Timor-Leste said": one subject
                    state = next((e for s, e, _ in find_states(text, end + of_state.end(), end + of_state.end() + 60)
                                  if s == end + of_state.end()), None)  # fmt: skip
                    end = state if state is not None else end
                actors.add(Found(match.start(), end, ActorRef(text[match.start() : end] if chapter else name, kind), "mentioned"))


# "met the United Nations High Commissioner for Human Rights in Geneva": the office, no holder named
_UN_HIGH_COMMISSIONER = re.compile(
    r"(?<!Office\sof\sthe\s)(?<!Deputy\s)(?<!Representative\sof\sthe\s)(?<!Office\sof\s)"
    r"(?:\b(?P<name>(?:UN|United\s+Nations)\s+High\s+Commissioner\s+for\s+(?:Human\s+Rights|Refugees))|"
    r"(?<=\b[Tt]he\s)(?P<bare>High\s+Commissioner\s+for\s+(?:Human\s+Rights|Refugees)))"  # ("met the High Commissioner for
    # Human Rights in Bujumbura")
    r"(?!\s*,?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z])(?![’']s)"
)


def add_un_high_commissioners(actors: PressActors, text: str) -> None:
    """The UN High Commissioner named by title alone, as one meets or hears an office."""
    for match in _UN_HIGH_COMMISSIONER.finditer(text):
        which = "name" if match.group("name") else "bare"
        national = re.match(r"\s+(?:in|of)\s+(?:the\s+)?", text[match.end() :]) if which == "bare" else None
        if national and any(s_ == match.end() + national.end() for s_, _, _ in find_states(text, match.end(), match.end() + 80)):
            continue  # "the High Commissioner for Human Rights in the Russian Federation": a national ombudsman
        actors.add(Found(match.start(which), match.end(which), ActorRef(match.group(which), "un_mechanism"), "mentioned"))


def add_nhris(actors: PressActors, text: str) -> None:
    """National human rights institutions set off as such, and ombudsman offices of a State."""
    for match in _NHRI_APPOSED.finditer(text):  # "X, the country's national human rights institution"
        name, lead = clean_org(match.group("name"))
        if len(name.split()) >= 2 or re.fullmatch(r"[A-Z]{3,10}|Ombuds(?:man|woman|person)|Provedor|Defensor[ií]a", name):
            start = match.start("name") + lead
            actors.add(Found(start, start + len(name), ActorRef(name, "nhri"), "mentioned"))
    for match in _OMBUDSMAN_OF.finditer(text):  # "the Ombudsman of the Republic of Bulgaria"
        holder = next((f.actor for f in actors.mentions if f.actor.kind == "official" and f.start > match.end("name")
                       and re.fullmatch(r"(?:\s*\([^()\n]{1,40}\))?,?\s*", text[match.end("name") : f.start])), None)  # fmt: skip
        name = match.group("name")  # "Akyikatchy (Ombudsman) of the Kyrgyz Republic": as written, gloss and all
        if holder is not None:  # "Lithuania's Seimas Ombudsman, Erika Leon-Hale": the title of the person named, and
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "nhri"), "office"))  # the
            continue  # institution she heads, listed but not a speaker in her place
        if name.split()[0] != "Office" and any(f.actor.kind == "official" and name.lower() in (f.actor.title or "").lower()
                                               and f.start < match.start() for f in actors.mentions):
            continue  # "the Ombudsman said": the holder named before with that title
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "nhri"), "mentioned"))


def add_bodies_that_say(actors: PressActors, text: str) -> None:
    """A body named only by its own name where it speaks ("Odhikar said it had recorded ..."), not in a headline."""
    headline = text.find("\n") if not text.split("\n", 1)[0].rstrip().endswith(".") else 0
    for match in _BODY_SAYS.finditer(text, max(headline, 0)):  # "Odhikar said it had recorded ...",
        ref = _unnamed_kind_body(actors, match)  # "Techo Chile said"; not a headline's "Tehran says"
        if ref is not None:
            actors.add(Found(match.start("name"), match.end("name"), ref, "mentioned"))


def add_acronym_named(actors: PressActors, text: str) -> None:
    """A name given with its acronym is a body's ("The Somali Journalists Syndicate (SJS) said")."""
    for match in _ORG_ACRONYM.finditer(text):  # "The Somali Journalists Syndicate (SJS) said": a name
        name, start = match.group("name"), match.start("name")  # given with its acronym is a body's
        tail = re.search(r"\s+of\s+the\s+(?=[A-Z])", name)
        if tail and _initials(name) != match.group("abbr") and _initials(name[tail.end() :]) == match.group("abbr"):
            name, start = name[tail.end() :], start + tail.end()  # "Ms Name of the Economic Freedom Fighters (EFF)": the party
        ref = named_body(name)
        if ref is not None and not name.isupper():  # (not "PALANGKA RAYA (Borneo Pulse) -": a dateline)
            actors.add(Found(start, start + len(name), ref, "mentioned"))


def add_native_names(actors: PressActors, text: str) -> None:
    """A body named in its own language and glossed in English ("la Cancilleria, Venezuela's Ministry of Foreign Affairs,")."""
    for match in _NATIVE_NAME.finditer(text):  # "la Cancillería, Venezuela's Ministry of Foreign Affairs,": a
        name = match.group("name")  # body named in its own language and glossed in English
        if find_states(name) or name.split()[0] in NOT_NAME:
            continue
        kind = org_kind(match.group("gloss"))
        actors.add(Found(match.start("name"), match.end("name"),
                         ActorRef(name, kind if kind in ("nhri", "government_body", "ngo") else "government_body"), "mentioned"))  # fmt: skip


_COMMITTEE_HEADING = re.compile(r"(?:[^\n]*\n){0,3}?[^\S\n]*(?P<name>(?:(?:PORTFOLIO|SELECT|STANDING|PARLIAMENTARY|[A-Z]+)[^\S\n]+){0,5}"
                                r"COMMITTEE(?:[^\S\n]+(?:ON|FOR)[^\S\n]+[A-Z][A-Z ,&’'-]{2,60}?)?)[^\S\n]*\n")


def add_legislatures(actors: PressActors, text: str) -> None:
    """Parliaments by name or bare title ("tabled in Parliament"): where things are laid, marked as venues."""
    for match in _CANADA_DEPARTMENT.finditer(text):
        actors.add(Found(match.start(), match.end(), ActorRef(match.group(0), "government_body"), "mentioned"))
    for name in sorted(PARLIAMENT_NAMES, key=len, reverse=True):  # last: "the Ombudsman of the Oliy Majlis" is the Ombudsman's name; "People's Majlis" before "Majlis"
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            actors.add(Found(match.start(), match.end(), ActorRef(name, "government_body"), "mentioned"))
        heading = re.match(rf"\s*({re.escape(name.upper())})[^\S\n]*\n", text)
        if heading:  # "DEWAN RAKYAT / OFFICIAL REPORT": the chamber whose record it is
            actors.add(Found(heading.start(1), heading.end(1), ActorRef(name, "government_body"), "mentioned"))
    committee = _COMMITTEE_HEADING.match(text)
    if committee and re.search(r"\b(?:PARLIAMENT|NATIONAL\s+ASSEMBLY|HOUSE|SENATE|CONGRESS|MAJLIS)\b", text[: committee.end() + 200]):
        name = " ".join(w.lower() if i and w.lower() in ("on", "of", "and", "for", "the") else w.capitalize()
                        for i, w in enumerate(committee.group("name").split()))  # "PARLIAMENT OF MALAWI / LEGAL AFFAIRS
        actors.add(Found(committee.start("name"), committee.end("name"), ActorRef(name, "government_body"), "mentioned"))
        # COMMITTEE / VERBATIM RECORD": the committee whose record it is
    for match in _LEGISLATURE.finditer(text):  # "tabled in Parliament", "the Senate approved": the State's own
        if not re.search(r"(?<![\w’'-])(?!(?:The|A|An|In|On|At|By|To|From|Of|And|But|As|For)\s)[A-Z][\w’'-]*\s+$",
                         text[max(0, match.start() - 30) : match.start()]):  # (not "European Parliament")
            actors.add(Found(match.start(), match.end(), ActorRef(match.group(0), "government_body"), "venue"))


# The treaty bodies by the acronyms the press uses for them, whose letters are not their names' initials
_TREATY_ACRONYMS = {
    "CEDAW": "Committee on the Elimination of Discrimination against Women",
    "CERD": "Committee on the Elimination of Racial Discrimination",
    "CRC": "Committee on the Rights of the Child", "CAT": "Committee against Torture",
    "CESCR": "Committee on Economic, Social and Cultural Rights",
    "CRPD": "Committee on the Rights of Persons with Disabilities", "CED": "Committee on Enforced Disappearances",
    "SPT": "Subcommittee on Prevention of Torture",
}


def treaty_acronyms(actors: PressActors, text: str) -> None:
    """ "CEDAW will publish its concluding observations on 8 March", after "the UN Committee on the Elimination of
    Discrimination against Women": a treaty body's usual acronym is the committee named before it."""
    for acronym, name in _TREATY_ACRONYMS.items():
        for again in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", text):
            named = next((m.actor for m in sorted(actors.mentions, key=lambda m: -m.start) if m.start < again.start()
                          and m.actor.kind not in ("state", "official") and m.actor.name.endswith(name)), None)  # fmt: skip
            if named is None or any(m.start <= again.start() < m.end for m in actors.mentions):
                continue
            actors.add(Found(again.start(), again.end(), replace(named, short=named.short or acronym), "mentioned"))
