"""Named people with their titles: "title Name" ("Minister of Interior Sar Kheng"), "Name, title,
Body", "Name, who heads X", question-time and Hansard speaker labels.
"""

from __future__ import annotations

import re

from rightstrack.extract.items import ActorRef
from rightstrack.extract.press_kinds import org_kind
from rightstrack.extract.press_mandates import mandate_ref
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import (
    INITIALS,
    NAME_BLOCK,
    NAME_TOKEN,
    NOT_NAME,
    ORG,
    ORG_HEAD,
    PARTICLE,
    PORTFOLIO,
    SENTENCE_START,
    SP,
    TITLE,
    TITLE_END,
    TITLE_WORDS,
    VERB_STOP,
    clean_org,
    find_states,
    holds_title,
)
from rightstrack.extract.press_text import heading_case

_TITLE_NAME = re.compile(
    rf"(?P<pre>(?:\b(?:[A-Z][\w’'-]{{0,30}}|{PORTFOLIO}){SP}){{0,6}}?)(?P<title>\b(?:UN{SP})?{TITLE}\b"
    # "Minister of Justice, Legal and Parliamentary Affairs Tendai Mushonga": a listed portfolio
    rf"(?:{SP}{TITLE_WORDS}|,{SP}[A-Z][\w’'-]{{0,30}}(?={SP}and\b)){{0,12}}?{TITLE_END}){SP}"
    # "spokesman Superintendent Mateus Rodrigues": a police or military rank is not part of the name
    rf"(?:(?:(?:His|Her)\s+Excellency|H\.\s?E|Mr|Mrs|Ms|Dr|Prof|Hon|Shri|Smt|Superintendent|Colonel|Lieutenant|Captain|Inspector|Commander|"
    # "Minister of Justice Pol. Gen. Name": a Thai police or military rank, abbreviated
    rf"Brigadier|Sergeant|Pol|Gen|Lt|Maj|Col|Adm|Capt|Brig)\.?{SP}){{0,3}}(?P<name>{NAME_BLOCK}{NAME_TOKEN}"
    rf"(?:{SP}{PARTICLE}{NAME_TOKEN}){{1,2}})(?![\w’'-]|{SP}[A-Z][a-z])"
)


# A statement's speaker on a labelled line, the title on the line under it: "Speaker: Levan Name / Public Defender
# of Georgia", "Delivered by: / H.E. Ms. Name / Ambassador and Permanent Representative of Jamaica"
_SPEAKER_LINES = re.compile(
    rf"(?im)^[^\S\n]*(?:speaker|delivered\s+by|read\s+by|presented\s+by|witness)[^\S\n]*:?[^\S\n]*(?:\n[^\S\n]*)?"
    rf"(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Hon\.?)[^\S\n]+)*(?P<name>(?-i:{NAME_TOKEN})(?:[^\S\n]+{PARTICLE}(?-i:{NAME_TOKEN})){{1,3}})"
    r"(?:[^\S\n]*,?[^\S\n]*\n[^\S\n]*|,[^\S\n]+)(?:MP,[^\S\n]+)?(?P<title>[^\n]{3,160}?)[^\S\n]*$"  # (or "Speaker: Name, Title";
    # a hearing's "Witness: Hon. Name, MP, Minister of Justice")
)
# A writer's byline that gives a role in a body, not a newsroom's: "By Name, advocacy officer, Lilongwe Rights Lab",
# "By Name, director of the Collectif ...", "By Name, Geneva representative"
_ROLE_BYLINE = re.compile(
    rf"(?m)^[^\S\n]*(?:By|Posted[^\S\n]+by|Written[^\S\n]+by)[^\S\n]+(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}}),[^\S\n]+"
    r"(?P<title>(?:[\w-]+[^\S\n]+){0,3}?(?i:officer|lead|coordinator|director|adviser|advisor|representative|liaison|"
    r"organi[sz]er|researcher|president|chair(?:person)?|minister|secretary|head|manager|counsel|campaigner|analyst|"
    r"specialist|fellow)(?:[^\S\n]+(?:of|at|for)[^\S\n]+[^,\n]{3,80})?)[^\S\n]*(?:,[^\n]*)?$"
)
_HOLDER_NAMED = re.compile(rf"\b[Tt]he\s+mandate[\s-]holder,[^\S\n]+(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}}),")
# An op-ed's byline and the note on its author: "By Sarah Name" ... "The author is director of litigation at the ..."
_AUTHOR_NOTE = re.compile(
    rf"(?m)^[^\S\n]*By[^\S\n]+(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})[^\S\n]*\n(?:[^\S\n]*\n)*"
    r"[^\S\n]*(?:The\s+(?:author|writer)|(?-i:[A-Z])[\w’'-]+)\s+is\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<title>(?:[\w-]+[^\S\n]+){0,3}?(?i:director|officer|lead|coordinator|adviser|advisor|researcher|president|chair(?:person)?|"
    r"head|manager|counsel|campaigner|analyst|fellow|professor|lecturer|founder|secretary|editor|ambassador|commissioner)"
    r"(?:[^\S\n]+(?:of|for)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?[a-z][\w-]*)?)(?=[^\S\n]+(?:at|of|with|in)\b|[.,])"
)
# A role in a body, as a statement's "Delivered by Name, advocacy officer" gives it
_ROLE_WORD = re.compile(r"(?i)\b(?:officer|lead|coordinator|director|adviser|advisor|representative|liaison|organi[sz]er|researcher|"
                        r"campaigner|analyst|specialist|fellow|manager|counsel)\b")
# A question-time record's labels: "Q: Name (Party) to the Minister of Justice:", "A: Hon Name (Minister of Justice):"
# and a hearing's "Senator Name (Greens, Tasmania):", "Senator Name (Minister representing ...):"
_QA_LABEL = re.compile(rf"(?m)^[^\S\n]*(?:(?:Q|A)[^\S\n]*[:.][^\S\n]+(?:(?:Hon|Dr|Mr|Ms|Mrs|Senator|Sen)\.?[^\S\n]+)?|"
                       rf"(?:Senator|Sen\.|Hon\.?|Representative|Rep\.|Deputy|Congressman|Congresswoman|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[^\S\n]+(?=[^\n]{{3,80}}\(|"
                       rf"[^\n(:]{{3,60}}:))"
                       rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})[^\S\n]*"
                       r"(?:\((?P<paren>[^()\n]{2,80})\))?(?:[^\S\n]+to[^\S\n]+the[^\S\n]+[^:\n]{3,80})?[^\S\n]*:")


_NAME_POSTNOMINAL = re.compile(rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})[^\S\n]+"
                               r"(?P<title>MP|MEP|MSP|MLA|MHA|TD)\b(?![\w-])")


# A parliamentary record's or a press conference's speaker label: the office in capitals, the holder's name in brackets
# ("SPECIAL RAPPORTEUR (Name):")
# ("THE MINISTER OF STATE FOR FOREIGN AFFAIRS (INTERNATIONAL AFFAIRS) (Ms Name):": a portfolio's brackets too)
_HANSARD_LABEL = re.compile(
    r"(?m)^[^\S\n]*(?:(?:THE|The)[^\S\n]+|HON\.?[^\S\n]+)?(?P<title>(?:DEPUTY[^\S\n]+|ASSISTANT[^\S\n]+)?(?:PRIME[^\S\n]+)?"
    r"(?:MINISTER|ATTORNEY-GENERAL|ATTORNEY[^\S\n]+GENERAL|SPEAKER|DEPUTY[^\S\n]+SPEAKER|LEADER[^\S\n]+OF[^\S\n]+THE[^\S\n]+"
    r"OPPOSITION|SECRETARY|CHAIR(?:PERSON|MAN|WOMAN)?|SPECIAL[^\S\n]+RAPPORTEUR|INDEPENDENT[^\S\n]+EXPERT|HIGH[^\S\n]+COMMISSIONER|AMBASSADOR)\b[A-Z ,’'&-]{0,120}?(?:[^\S\n]*\([A-Z ,’'&-]{2,60}\))?)[^\S\n]*\((?P<name>[^()\n]{3,60})\)[^\S\n]*:"
)


_HANSARD_NAME_LABEL = re.compile(r"(?m)^[^\S\n]*(?:\d{1,5}\.[^\S\n]+)?(?:THE[^\S\n]+)?(?:HON|MR|MRS|MS|DR|SHRI|SHRIMATI|SMT|KUMARI|"
                                 r"Hon|Mr|Mrs|Ms|Dr)\.?[^\S\n]+"  # ("Hon ELEANOR NAME"; "2417. SHRI NAME (Thrissur):" asks the question)
                                 r"(?P<name>[A-ZÀ-ÖØ-ÞĀĒĪŌŪ][A-ZÀ-ÖØ-ÞĀĒĪŌŪ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-ÞĀĒĪŌŪ][A-ZÀ-ÖØ-ÞĀĒĪŌŪ’'-]+){1,3})[^\S\n]*"
                                 r"\((?P<title>[^()\n]{3,80})\)[^\S\n]*:")


# A written answer's minister, the name in brackets under the office: "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL
# AFFAIRS / (SHRI ANIL NAME)"
_ANSWERED_BY = re.compile(r"(?m)^[^\S\n]*THE[^\S\n]+(?P<title>(?:DEPUTY[^\S\n]+)?MINISTER\b[A-Z ,’'&-]{0,120}?)[^\S\n]*\n"
                          r"[^\S\n]*\((?:SHRI|SHRIMATI|SMT|KUMARI|DR|HON|MR|MRS|MS)\.?[^\S\n]+"
                          r"(?P<name>[A-Z][A-Z’'-]+(?:[^\S\n]+[A-Z][A-Z’'-]+){1,3})\)[^\S\n]*$")
_PERSON_IN_LABEL = re.compile(r"(?:[A-Z](?:\.\s?|\s))*[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w’'-]+){0,3}")  # ("N T Name")
# The same in a record that writes the office in ordinary case: "The Minister for the Middle East (Daniel Name): ..."
_HANSARD_TITLE_LABEL = re.compile(r"(?m)^[^\S\n]*(?:The[^\S\n]+)?(?P<title>(?:Deputy[^\S\n]+|Assistant[^\S\n]+)?(?:Prime[^\S\n]+)?"
                                  r"(?:Minister|Secretary|Attorney-General|Attorney[^\S\n]+General|Parliamentary[^\S\n]+Secretary)\b"
                                  r"[^()\n:]{0,100}?)[^\S\n]*\((?P<name>[^()\n]{3,60})\)[^\S\n]*:")


_NAME_TITLE = re.compile(
    rf"\b(?:(?:the\s+)?(?:Honourable|Honorable|Hon\.)\s+)?(?!(?:On|In|At|By|For|From|Since|Last|Next|This|The|With)\s)(?<![Tt]he\s)"
    rf"(?P<name>{NAME_BLOCK}{NAME_TOKEN}(?:(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+){PARTICLE}{NAME_TOKEN}){{1,2}})\s*,\s+(?:the\s+|a\s+)?(?!(?:was|were|is|are|has|had|have|will|would)\s)(?P<title>[^,.;“”\"\n]{{3,160}}?)"
    rf"(?=\s*[,.;]|\s+{VERB_STOP}\b|[^\S\n]*\n)(?:,\s+(?:the\s+)?(?P<body>(?:Ministry|Permanent Mission|"
    rf"Department|Office|Embassy)\b[^,.;]*?)(?=\s*[,.;]|\s+{VERB_STOP}\b))?"
)


# a title runs on through lower-case words ("on minority issues"), never through a verb ("met")
_NOT_A_VERB = (
    r"(?!(?:met|meets|said|says|told|visited|visits|held|holds|will|has|had|was|is|were|are|called|"
    r"urged|welcomed|received|receives|discussed|spoke|hosted)\b)"
)


# "the Cuban Foreign Minister, Rodrigo Alvarez, told" / "Lithuania's foreign minister, Name."
_TITLE_COMMA_NAME = re.compile(
    rf"(?P<pre>(?:\b(?:[A-Z][\w’'-]{{0,30}}|{PORTFOLIO}){SP}){{0,4}}?)"
    # "Minister of Justice, Human Rights and Good Governance, Name": a portfolio list has commas
    # "on extrajudicial, summary or arbitrary executions": a list with commas stays in the title
    # "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Name": a gloss in brackets
    rf"(?P<title>\b(?:UN\s+)?{TITLE}\b(?:(?:{SP}|,{SP}(?=[A-Z]|(?:[a-z]+,?\s+){{1,4}}?(?:or|and)\s|especially\s|in\s+particular\s|its\s+causes\s))(?:{TITLE_WORDS}|"
    rf"\([A-Z][\w ]{{1,30}}\)|{_NOT_A_VERB}[a-z][\w’'-]{{0,20}})){{0,28}}?)"
    # "Minister of Justice (Garde des Sceaux, ministre de la Justice), Name": the title in its own language
    rf"(?:{SP}\([^()\n]{{2,200}}\))?,\s+"
    # "U Khin Maung Soe Lwin", "Lt. Gen. (retd.) Abdul Hakim Bhuiyan": honorifics and ranks before the name
    # "the Minister of Justice, the Honourable Norbert Mugisha": an honorific with its article
    rf"(?:(?:the\s+)?(?:Honourable|Honorable|Rt\.?\s+Hon\.?|Hon\.)\s+|(?:Hon|Dra|Dr|Mr|Mrs|Ms|Md|Prof|H\.\s?E|Senator|Sen|Major\s+General|Brigadier\s+General|General|Colonel|Superintendent|"
    # "the NHRC Chairperson, Justice (retd.) A. K. Menon", "Shri Raghav Iyer": South Asian honorifics
    rf"Inspector|Captain|Commander|Lt|Gen|Col|Maj|Brig|U|Daw|Advocate|Adv|Barrister|Shri|Smt|Sri|Justice|Professor|"
    rf"Archbishop|Bishop|Cardinal|Rabbi|Imam|Archpriest|Pastor|Sheikh)\.?\s+|"  # "..., Archbishop Name": the office is the title
    rf"\(retd?\.?\)\s+|(?P<rank>Ambassador)\s+){{0,3}}(?P<name>{NAME_BLOCK}"  # "the Chairperson, Hon. Grace Wanjiru"
    rf"(?:{INITIALS}{NAME_TOKEN}(?:\s+{NAME_TOKEN})?|"  # "R.M.A. Ratnayake-Fonseka"
    rf"{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,4}}))(?=\s*[,.;:)]|\s+{VERB_STOP}\b|\s*$|[^\S\n]*\n|"  # "Mohamed El Hassen Ould X"
    r"[^\S\n]+\(\d{1,2}[^\S\n]+[A-Z][a-z]+\)|"  # "- Minister of Internal Affairs, Mr. Name (24 June)": a programme's line
    # "the President of the Council, Ambassador Ileana Draganova-Mutua of Bulgaria, said": the holder's country after
    r"(?<!Representative)(?<!Minister)(?<!Secretary)(?<!Ambassador)(?<!Commissioner)(?<!Director)(?<!President)"
    r"(?<!Rapporteur)(?<!Chair)(?<!Envoy)(?<!Expert)(?<!Officer)(?<!Head)"  # (not "Permanent Representative of ...")
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s*,)"
)


_NAME_IS_TITLE = re.compile(
    rf"(?m){SENTENCE_START}(?P<name>{NAME_BLOCK}{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})[^\S\n]+"
    rf"(?:has\s+been|is|was|became|serves\s+as)\s+(?:the\s+|a\s+|an\s+)?(?P<title>(?:UN\s+)?{TITLE}\b[^,.;\n]{{0,120}}?)"
    r"(?=\s*[,.;]|\s+(?:since|for|until|and|who|from)\b)(?P<body>(?!))?"
)


# "Vikram Tiwari-Locke of the Hindu Jagran Sabha defended the law", "Sheikh Omar Karami-Lowe of Dar al-Fatwa
# urged ...": a person who opens a sentence, placed by the body they belong to
_NAME_OF_BODY = re.compile(
    # (after a lead: "Speaking to Radio Meridian, Name of the X Forum said")
    rf"(?m){SENTENCE_START}(?:(?:Speaking|Talking)\s+to\s+(?:the\s+)?[A-Z]?[\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}},\s+)?(?:(?:Sheikh|Maulana|Father|Sister|Bishop|Imam|Rabbi|Pastor|Reverend|Rev\.|Venerable|Dr\.?|Mr\.?|"
    rf"Ms\.?|Mrs\.?|Prof\.?)[^\S\n]+)?(?P<name>{NAME_BLOCK}{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})[^\S\n]+"
    rf"(?:of|from)[^\S\n]+(?:the[^\S\n]+)?(?P<body>[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:of|for|the|and|al|el)[^\S\n]+)?[A-Z][\w’'-]+){{0,5}}|"
    rf"[A-Z][\w’'-]+[^\S\n]+(?:al|el|ad|ar|as|an)-[A-Z][\w’'-]+)"
    r"(?=,?\s+(?:said|says|told|urged|defended|welcomed|warned|added|called|criticised|criticized|rejected|argued|accused|"
    r"denied|insisted|disputed|praised|condemned)\b)"
)


# Two people under one plural title: "The Committee's two country rapporteurs for Malawi, Ms. Name and Mr. Name,",
# "The Committee's rapporteurs for Mexico, Name and Name, were not persuaded"
_STYLE = r"(?:(?:Ms|Mr|Mrs|Dr|Prof)\.?[^\S\n]+)?"
_PAIR_UNDER_TITLE = re.compile(
    rf"\b(?:[Tt]he\s+(?:Committee|Subcommittee|Commission|Group)[’']s\s+)(?:two\s+)?(?P<title>(?:country\s+|co-|task\s+force\s+)?"
    rf"(?:rapporteurs|co-chairs|vice-chairs|experts))(?:\s+for\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})?,\s+"
    rf"{_STYLE}(?P<a>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})\s+and\s+{_STYLE}"
    rf"(?P<b>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})(?=\s*[,.;])"
)

# A commission's or mission's other members named as a pair: "Commissioners A and B presented ...", "Her fellow
# members, A and B, briefed ...", "The two other members of the Mission, Dr. A and Ms. B, visited ..."
_OTHER_MEMBERS = re.compile(
    rf"(?:\b(?P<title>[Cc]ommissioners)|\b[Ff]ellow\s+(?P<t2>commissioners|experts|members)|"
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?:the\s+)?[A-Z][\w-]+[’']s)\s+(?:two\s+)?(?:(?:other|fellow)\s+)?"
    rf"(?P<t3>commissioners|experts|members)(?:\s+of\s+the\s+(?:Mission|Commission|Group|Panel))?),?\s+"
    rf"{_STYLE}(?P<a>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})\s+and\s+{_STYLE}"
    rf"(?P<b>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})(?=\s*[,.;]|\s+[a-z])"
)
# A body's chair named in the passive: "The Commission ... is chaired by Mbaye Name.", "a panel headed by Dr. Name,"
_CHAIRED_BY = re.compile(
    rf"\b(?:is|was|are|were|been|be)\s+(?P<verb>chaired|co-chaired|headed|presided\s+over)\s+by\s+{_STYLE}"
    rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})(?=\s*[,.;]|\s+(?:and|who)\b)"
)
_CHAIRED_TITLE = {"chaired": "chair", "co-chaired": "co-chair", "headed": "head"}
# A person named with an academic or judicial style: "Professor Valentina Name, of the University of ..., was elected",
# "Justice Patience Name of Uganda's Court of Appeal led the field"
_STYLED_PERSON = re.compile(rf"\b(?:(?:Professor|Prof\.|Dr\.)[^\S\n]+(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})"
                            r"(?=,|[^\S\n]+(?:of|from|who|was|is|has|had|led|won|said|told)\b)|"
                            # "the report presented this morning by Mr. Tomasz Name illustrates ...": a person so styled
                            rf"(?<![A-Z][a-z]\s)(?:Mr|Ms|Mrs)\.?[^\S\n]+(?P<name3>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})"
                            r"(?=[,.;:)]|[^\S\n]+[a-z])|"
                            # ("Justice Bridges International, a non-governmental organization": a body, not a judge)
                            rf"(?:Justice|Judge)[^\S\n]+(?P<name2>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})"
                            r"(?=[^\S\n]+of\s+(?:the\s+)?[A-Z][\w’'-]+[’']s\s+(?:Supreme|High|Constitutional|Appeal|Court)|"
                            r"[^\S\n]+of\s+the\s+(?:Supreme|High|Constitutional)|,\s+(?:a|the)\s+(?:former\s+|retired\s+)?(?:judge|justice)\b))")

# A briefing's heading line: "Spokesperson for the Secretary-General: Kofi Name"
_SPOKESPERSON_LINE = re.compile(
    rf"(?m)^[^\S\n]*(?P<title>(?:Deputy[^\S\n]+)?Spokes(?:person|man|woman)(?:[^\S\n]+for[^\S\n]+the[^\S\n]+[A-Z][\w-]*"
    rf"(?:[^\S\n]+(?:of[^\S\n]+|for[^\S\n]+|the[^\S\n]+)*[A-Z][\w-]*)*)?)[^\S\n]*:[^\S\n]*"
    rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})[^\S\n]*$"
)


# A briefing's speaker for an agency: "Olumide Name, for the Office of the United Nations High Commissioner for Refugees
# (UNHCR), said ...", "Name, speaking for the World Food Programme, told ..."
_NAME_FOR_BODY = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<name>{NAME_BLOCK}{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}}),[^\S\n]+(?:speaking[^\S\n]+)?for[^\S\n]+"
    r"(?:the[^\S\n]+)?(?P<body>[A-Z][^,;\n]{2,140}?)(?:[^\S\n]+\([A-Z][A-Za-z]{1,9}\))?,[^\S\n]+(?:said|told|stated|noted|added|"
    r"reported|informed|announced|recalled|explained|warned|indicated)\b"
)


_HEADS = {"heads": "head", "leads": "head", "directs": "director", "chairs": "chair", "runs": "head",
          "coordinates": "coordinator", "founded": "founder", "co-founded": "co-founder"}  # fmt: skip


_NAME_HEADS = re.compile(
    rf"(?m){SENTENCE_START}(?P<name>{NAME_BLOCK}{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})[^\S\n]+"
    rf"(?P<verb>{'|'.join(_HEADS)})\s+(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|on|de|del)\s+)?[A-Z][\w’'-]*){{1,6}})"
)


_DELEGATION_ROLE = re.compile(r"(?i),\s+(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the|his|her|its)\s+(?:\w+\s+)?delegation\b")


# A person set off by commas and named with a rank alone: "The officer in charge, Inspector Zulkifli Name, told ..."
_RANK_NAME = re.compile(rf"(?<=,[^\S\n])(?P<pre>)(?P<title>(?:Chief[^\S\n]+)?(?:Inspector|Superintendent|Sergeant|Constable|Captain|"
                        rf"Colonel|Major|Lieutenant|Corporal|Commander|Brigadier)(?:[^\S\n]+General)?)[^\S\n]+"
                        rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?=,)")


def _body_for(bodies: PressActors, title: str, before: str, start: int) -> str | None:
    """The body in front of the title ("Committee president"), or the one "its" points back to."""
    orgs = list(ORG.finditer(before))
    org = orgs[-1] if orgs else None  # "Committee president", "Human Rights Watch's deputy Asia director"
    if org and re.fullmatch(r"(?:(?:’s|'s)(?:\s+[\w-]+){0,3})?\s*", before[org.end() :]):
        return clean_org(org.group("org"))[0]
    if re.search(r"\bits\s+(?:[a-z-]+\s+){0,3}$", before):
        named = [m for m in bodies.mentions if m.start < start and m.actor.kind != "un_mechanism"]
        body = max(named, key=lambda m: m.start).actor if named else None  # a ministry, NGO, NHRI
        return body.name if body else None
    return None


# What a person set off by commas is, where it is no office: "Name, a monk of the banned Unified Buddhist
# Church, said", "Name, a prayer leader in Sahiwal, welcomed" (only after a name: "Student Union" holds none)
_PERSON_ROLE = re.compile(
    r"(?:(?!(?:told|tells|said|says|who|which|of|for|to|in|at|with|and|our|their|his|her|its|a|an|the)\b)[a-z]+\s+){0,2}?(?:monk|nun|priest|cleric|preacher|prayer\s+leader|religious\s+leader|community\s+leader|elder|"
    r"activist|organi[sz]er|volunteer|head\s+teacher|headteacher|teacher|school\s+principal|doctor|nurse|surgeon|midwife|"
    r"journalist|reporter|editor|correspondent|farmer|resident|survivor|student|pastor|imam|rabbi|deacon|catechist|"
    r"trade\s+unionist|unionist|social\s+worker|paralegal|defender|blogger|academic|professor|lecturer|historian)\b"
    r"(?!\s+(?:group|network|organi[sz]ation|collective|association|body|movement|platform|initiative|school|project|"
    r"union|council|committee|centre|center|radio|newspaper|channel)\b)"  # "a volunteer group": a body, not a person
)


def _add_name_title(actors: PressActors, match: re.Match[str], text: str) -> None:
    name, title = match.group("name"), match.group("title").strip()
    name_start = match.start("name")
    listed = re.match(r"(?:Panell?ists|Speakers|Participants|Guests|Signatories|Witnesses)\s+", name)
    if listed:  # "Panellists Name, member of ..., and Name, coordinator of ...": the list's word is no name
        name_start, name = name_start + listed.end(), name[listed.end() :]
    lead = r"(?:(?!(?:met|with|said|told|on|in|at|and|the|of|to)\b)[a-z]{3,20}(?:’s|'s)?\s+){0,2}"
    starts = re.compile(rf"(?:[A-Z][\w’'-]{{0,30}}\s+){{0,6}}{lead}{TITLE}\b")
    if re.fullmatch(TITLE, name.split()[0]):  # "Attorney-General Grace Mutua, head of ...": the
        if len(name.split()) < 3 or not starts.match(title):  # title-then-name form reads it; but
            return  # "Counsellor Adel Shawqi, Minister of Legal Affairs": the office after the name
        rest = name.split(maxsplit=1)[1]
        name_start, name = name_start + name.index(rest), rest
    if any(re.fullmatch(ORG_HEAD, token) for token in name.split()):  # "the Transitional
        return  # Government, the Minister of Justice, Name": a body, not a person
    if re.search(r"\s(?:Police(?:\s+Service|\s+Force)?|Service|Forces|Army|Gendarmerie)$", name):  # "the Zambia Police
        return  # Service, the Commission's chairperson said": a body, then who spoke
    if re.search(r"[’']s\b", name) and holds_title(name):  # "Ethiopia's Permanent Representative, Ambassador Name,":
        return  # a title, then the person's name; the title-then-name form reads it
    joined = re.search(r"\s+and\s+(?=[A-Z])", title)  # "member of the Central Committee ... and Vice Minister of
    if not starts.match(title) and joined and starts.match(title[joined.end() :]):  # Foreign Affairs": the office
        title = title[joined.end() :]
    if any(token in NOT_NAME for token in name.split()) or not (starts.match(title) or _PERSON_ROLE.match(title)):
        return  # "operations director at ...", "Cambodian ambassador and ..."
    role = "mandate_holder" if re.search(r"(?i)rapporteur|independent expert|designated expert|^(?:the\s+)?(?-i:Expert)$", title) else "official"
    states = find_states(title + " " + (match.group("body") or ""))
    iso3 = states[0][2].iso3 if states and role == "official" else None
    body = match.group("body") or _body_in(title)
    ref = ActorRef(name, "official", iso3=iso3, title=_short_title(title), body=body)
    actors.add(Found(name_start, match.end("name"), ref, role))
    if match.group("body"):
        kind = org_kind(body)
        actors.add(Found(match.start("body"), match.end("body"), ActorRef(body, kind, iso3), "mentioned"))
    if role == "mandate_holder":
        mandate = mandate_ref("", title)
        if mandate:
            actors.add(Found(match.start("title"), match.end("title"), mandate, "mandate"))


def _add_title_name(
    actors: PressActors, bodies: PressActors, match: re.Match[str], text: str
) -> None:
    name, title = match.group("name"), match.group("title").strip()
    title = re.sub(r"^(?:[Aa]nother|[Tt]he\s+other)\s+", "", title)  # "Another country rapporteur, Name": a country rapporteur
    if any(token in NOT_NAME or re.fullmatch(ORG_HEAD, token) for token in name.split()) or re.search(
            rf"\s(?:{ORG_HEAD})$", name):  # ("Director General of the Norwegian Correctional Service": a body's name)
        return
    if re.fullmatch(rf"(?i)(?:UN\s+)?{TITLE}", name):
        return  # "the Representative of the UN High Commissioner for Human Rights": a title, not a name
    if re.fullmatch(r"Federaci[oó]n|Confederaci[oó]n|Asociaci[oó]n|Coordinadora|Colectivo|Collectif|Fundaci[oó]n|Consejo|"
                    r"Organizaci[oó]n|Centro|Instituto|Observatorio|Movimiento|Comit[ée]", title.split()[-1]) \
            and not text[match.end("title") : match.start("name")].strip():
        return  # "president of the Federación Nativa del Alto Marañón": the body's name goes on, no person (not "the
        # Chairperson of the Committee, Hon. Name")
    if re.search(r"[’']s$", title):  # "Spokesperson Lin Jiayi-Moreau's Regular Press Conference": the person
        words = title[:-2].split()  # is the one whose conference it is, under the title before the name
        cut = min((k for k in range(1, len(words)) if holds_title(" ".join(words[:k]))), default=0)
        person = " ".join(words[cut:])
        if cut and len(words) - cut >= 2 and all(w[:1].isupper() for w in words[cut:]):
            pre = (match.groupdict().get("pre") or "").strip()
            start = match.start("title") + match.group("title").index(person)
            actors.add(Found(start, start + len(person), ActorRef(person, "official", title=" ".join(
                [pre, *words[:cut]]).strip()), "official"))  # fmt: skip
        return
    pair = re.search(r"\s+and\s+the\s+(?=[A-Z])", title)
    if pair and holds_title(title[: pair.start()]) and holds_title(title[pair.end() :]):
        title = title[pair.end() :]  # "between the Independent Expert and the Minister of Justice, Name": his title
    before_comma = text[max(0, match.start("title") - 80) : match.start("title")].rsplit("\n", 1)[-1]
    if title.lower() == "ambassador" and re.search(r",\s*$", before_comma) and holds_title(before_comma):
        return  # "its Permanent Representative, Ambassador Eric Ndayizeye": the title before the comma
    if any(s < match.end("name") and match.start("name") < e
           for s, e, _ in find_states(text, match.start("title"), match.end("name") + 60)):  # fmt: skip
        return  # "... human rights in Sri Lanka": a State, not a person
    before = text[max(0, match.start() - 40) : match.start("title")]
    if re.match(r"(?i)its\s", (match.groupdict().get("pre") or "") + " "):  # "Its spokesman, Keo Sothy"
        before = f"{before} its "
    body = _body_in(title) or _body_for(bodies, title, before, match.start())
    pre = (match.groupdict().get("pre") or "").strip()
    if re.fullmatch(r"(?:[Tt]he\s+)?Committee(?:’s|'s)?", pre) and re.match(
            r"(?i)(?:expert|member|chair(?:person)?|vice-?chair(?:person)?|(?:country[\s-]|co-|second\s+|lead\s+)?rapporteur)\b", title):
        committee = re.sub(r"^[Tt]he\s+", "", pre)  # "Committee Expert and Country Rapporteur Name", "Committee
        body, pre, title = None, "", f"{committee} {title}"  # rapporteur Name": a treaty body member's title
    office = re.sub(r"^(?:The\s+)?(?:[A-Z][\w-]+[’']s\s+)?", "", pre)  # "Ukraine's Parliament"
    if body == office and re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:Government|Parliament)", office):
        body, title = None, f"{office} {title}"  # "the Government Spokesperson", "the Ukrainian
        # Parliament Commissioner for Human Rights": one office; a bare "Government" is not a body
    elif pre and not re.search(ORG_HEAD, pre):  # "Interior Minister", "Cambodian Foreign Minister"
        title = f"{pre} {title}"
    elif pre and re.fullmatch(r"(?i)spokes(?:person|man|woman)", title):  # "Foreign Ministry spokesman Name": the
        said_as = re.sub(r"^(?:The|the)\s+", "", pre)  # body stays in the title too, as it is said
        title = f"{said_as} {title}"
    role = "mandate_holder" if re.search(r"(?i)rapporteur|independent expert|designated expert|^(?:the\s+)?(?-i:Expert)$", title) else "official"
    states = find_states((match.groupdict().get("pre") or "") + " " + title)
    iso3 = states[0][2].iso3 if states and role == "official" else None
    if match.groupdict().get("rank"):  # "the Permanent Representative ..., Ambassador X": both
        title = f"{match.group('rank')}, {title}"
    ref = ActorRef(name, "official", iso3=iso3, title=_short_title(title),  # "UN High Commissioner ...", as written
                   body=body)  # fmt: skip
    actors.add(Found(match.start("name"), match.end("name"), ref, role))
    if role == "mandate_holder":
        mandate = mandate_ref("", title)
        if mandate:
            actors.add(Found(match.start("title"), match.end("title"), mandate, "mandate"))


def _body_in(title: str) -> str | None:
    """The body named inside a title ("director of the Kabul Press Freedom Network")."""
    found = ORG.search(title)
    if found is None or not re.search(r"\b(?:of|at|for)(?:\s+the)?\s+$", title[: found.start()]):
        return None  # "representative to the UN Office": what they are accredited to, not their body
    name = clean_org(found.group("org"))[0]
    return name if len(name.split()) >= 2 else None


def _short_title(title: str) -> str:
    """A title as written, minus the "(SR)" style abbreviation, a leading article ("The
    Chairperson of ..." at a sentence start), a relative clause after it and surrounding punctuation."""
    title = re.sub(r"^(?:The|the)\s+", "", title)
    title = re.sub(r"\s+(?:who|whose|whom)\s.*$", "", title)  # "a human rights officer who visited the prison"
    # "Special Rapporteur of the United Nations on the right to food" (a calque of "Rapporteur spécial
    # des Nations Unies sur ..."): the mandate's own title
    title = re.sub(r"(?i)\b(special\s+rapporteur|independent\s+expert)\s+of\s+the\s+(?:United\s+Nations|UN)\s+(?=on\b|for\b)",
                   r"\1 ", title)  # fmt: skip
    return re.sub(r"\s*\([A-Z]{2,4}\)", "", title).strip(" ,")


# A statement's heading: the speaker's name on a line of its own ("Statement by H.E. Ms. Name"), the
# title on the next ("Ambassador and Permanent Representative of the Republic of Zambia ...")
_NAME_OVER_TITLE = re.compile(
    rf"(?m)^[^\S\n]*(?:(?:(?:Introductory|Concluding|Closing|Opening)\s+)?(?:[Ss]tatement|[Rr]emarks|[Aa]ddress)\s+by\s+)?"
    rf"(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}}),?[^\S\n]*\n"
    r"[^\S\n]*(?P<title>[A-Z][^\n]{2,160}?)[^\S\n]*$"
)


# A title's body named in full, then the person: "... of Iran's High Council for Human Rights Mohsen Name says"
_BODY_THEN_NAME = re.compile(rf"(?P<title>\b{TITLE}{SP}(?:(?:of|for|the|[A-Z][\w’'-]*[’']s){SP}){{1,3}}(?:{ORG.pattern})){SP}"
                             rf"(?P<name>{NAME_TOKEN}{SP}{NAME_TOKEN})(?=,|{SP}(?:says|said|told|stated|announced|added)\b)")


# A member of a parliament under a record's label, as Malaysia's Hansard prints them: "Tuan Name [Petaling Jaya]",
# "The Minister in the Prime Minister's Department (Law and Institutional Reform) [Datuk Seri Name]:"
_MEMBER_HONORIFIC = r"(?:Tuan|Puan|Datuk(?:[^\S\n]+Seri)?|Dato[’']?(?:[^\S\n]+Sri)?|Tan[^\S\n]+Sri|Tun|Dr\.?|Hon\.?)"
_MEMBER_LABEL = re.compile(rf"(?m)^[^\S\n]*(?:{_MEMBER_HONORIFIC}[^\S\n]+(?P<name>{NAME_TOKEN}(?:[^\S\n]+{NAME_TOKEN}){{1,3}})"
                           rf"[^\S\n]*\[[^\[\]\n]{{2,60}}\]|The[^\S\n]+(?P<title>[A-Z][^\n\[(:]{{3,120}}?)[^\S\n]*(?:\([^()\n]{{2,80}}\)[^\S\n]*)?"
                           rf"\[(?:{_MEMBER_HONORIFIC}[^\S\n]+)?(?P<name2>{NAME_TOKEN}(?:[^\S\n]+{NAME_TOKEN}){{1,3}})\][^\S\n]*:)")
# A member's style, name and office in brackets: "Hon Marcus Pelletier-Ngata (Minister of Justice) replied:"
_STYLED_NAME_TITLE = re.compile(rf"(?m)^[^\S\n]*(?:Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Senator|Sen\.)[^\S\n]+"
                                rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})[^\S\n]*\((?P<title>[^()\n]{{3,80}})\)")
# "Members in attendance: Senators Harriet Name, Declan Name, Mei Ling Name."
_SENATORS_LISTED = re.compile(rf"\bSenators[^\S\n]+(?P<names>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}}"
                              rf"(?:,[^\S\n]+(?:and[^\S\n]+)?{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})+)")
# A member named by style alone at a sentence's start: "Hon. Fatima Name, representing Kano Municipal, asked ..."
_HONOURABLE_MEMBER = re.compile(rf"(?:^|(?<=[.!?][^\S\n])|(?<=\n))Hon\.?[^\S\n]+(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})(?=,)")


def add_people(actors: PressActors, bodies: PressActors, text: str) -> None:
    """Named people with their titles, in every shape the press writes them; `bodies` gives "its director" its body."""
    # "Deputy Minister of Foreign Affairs X, head of the delegation": the role in the review is not
    # the person's title; any other title after the name is ("Ambassador X, Morocco's permanent
    # representative"), so those are read first
    named = list(_NAME_TITLE.finditer(text))
    role_only = [m for m in named if _DELEGATION_ROLE.search(m.group(0))]
    for match in named:
        if not _DELEGATION_ROLE.search(match.group(0)):
            _add_name_title(actors, match, text)
    for pattern in (_TITLE_NAME, _TITLE_COMMA_NAME):
        for match in pattern.finditer(text):
            heads = pattern is _TITLE_NAME and bool(re.search(rf"(?:{ORG_HEAD})(?![\w’'-])", match.group("name")))  # (the
            # whole name searched, so heads read by what comes before them count: "Correctional Service")
            after_body = _BODY_THEN_NAME.match(text, match.start("title")) if heads else None
            if after_body and re.search(r"\b(?:of|for|and|the|on|in|to)$", after_body.group("title")):
                after_body = None  # ("the Sri Lanka Bureau of Foreign Employment, Name": the body's name goes on)
            place = pattern is _TITLE_COMMA_NAME and re.search(r"\b(?:Range|Division|District|Province|Region|County|Command)$",
                                                                match.group("name"))  # fmt: skip
            after_place = re.compile(rf"(?P<pre>)(?P<title>{re.escape(text[match.start('title') : match.end('name')])}),{SP}"
                                     rf"(?P<name>{NAME_TOKEN}(?:{SP}{NAME_TOKEN}){{1,2}})(?=\s*[,.;:])").match(
                text, match.start("title")) if place else None  # fmt: skip
            if after_body:  # "Secretary-General of Iran's High Council for Human Rights Mohsen Name says": the
                _add_title_name(actors, bodies, after_body, text)  # person after the whole body's name
            elif after_place:  # "Deputy Inspector General of Police, Hyderabad Range, Shazia Name,": the person after
                _add_title_name(actors, bodies, after_place, text)  # the place the office covers
            else:
                _add_title_name(actors, bodies, match, text)
    for match in _NAME_IS_TITLE.finditer(text):
        _add_name_title(actors, match, text)
    for match in _RANK_NAME.finditer(text):  # ", Inspector Zulkifli Name, told the panel": a police or military rank
        if not any(m.start <= match.start("name") < m.end for m in actors.mentions):
            _add_title_name(actors, bodies, match, text)
    for match in _NAME_OF_BODY.finditer(text):
        name, body = match.group("name"), match.group("body")
        if set(name.split()) & NOT_NAME or find_states(name) or re.search(ORG_HEAD, name):
            continue  # ("Officials of the Ministry said", "Ministry of Justice said": no person)
        whole_state = any(a == 0 and b == len(body) for a, b, _ in find_states(body))  # "Name of Peru": no body
        actors.add(Found(match.start("name"), match.end("name"),
                         ActorRef(name, "official", body=None if whole_state else body), "official"))  # fmt: skip
    for match in _MEMBER_LABEL.finditer(text):  # "Tuan Name [Petaling Jaya]", "The Minister in ... [Datuk Seri Name]:"
        name, title = match.group("name") or match.group("name2"), (match.group("title") or "").strip() or None
        if not set(name.split()) & NOT_NAME and not find_states(name) and actors.person(name) is None \
                and (title is None or holds_title(title)):  # fmt: skip
            start = match.start("name") if match.group("name") else match.start("name2")
            actors.add(Found(start, start + len(name), ActorRef(name, "official", title=title), "official"))
    for listed in _SENATORS_LISTED.finditer(text):  # "Members in attendance: Senators Name, Name, Name.": each a Senator
        for match in re.finditer(rf"{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}}", listed.group("names")):
            start = listed.start("names") + match.start()
            if not set(match.group(0).split()) & NOT_NAME and actors.person(match.group(0)) is None:
                actors.add(Found(start, start + len(match.group(0)), ActorRef(match.group(0), "official", title="Senator"), "official"))
    for match in _HONOURABLE_MEMBER.finditer(text):  # "Hon. Fatima Name, representing Kano Municipal, asked"
        if not set(match.group("name").split()) & NOT_NAME and actors.person(match.group("name")) is None:
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "official"), "official"))
    for match in _STYLED_NAME_TITLE.finditer(text):  # "Hon Marcus Name (Minister of Justice) replied:"
        name, title = match.group("name"), match.group("title").strip()
        if holds_title(title) and not set(name.split()) & NOT_NAME and actors.person(name) is None:
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official", title=title), "official"))
    for match in _PAIR_UNDER_TITLE.finditer(text):  # "the Committee's two country rapporteurs ..., Ms. A and Mr. B": each
        title = re.sub(r"s$", "", match.group("title"))  # under the title in the singular
        for key in ("a", "b"):
            name = match.group(key)
            if set(name.split()) & NOT_NAME or find_states(name) or actors.person(name) is not None:
                continue
            actors.add(Found(match.start(key), match.end(key), ActorRef(name, "official", title=title), "official"))
    for match in _SPOKESPERSON_LINE.finditer(text[:1500]):  # "Spokesperson for the Secretary-General: Kofi Name"
        if not set(match.group("name").split()) & NOT_NAME and actors.person(match.group("name")) is None:
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=match.group("title")), "official"))
    for match in _NAME_FOR_BODY.finditer(text):  # "Olumide Name, for the Office of the ... (UNHCR), said": the agency's speaker
        name = match.group("name")
        if set(name.split()) & NOT_NAME or find_states(name) or re.search(ORG_HEAD, name) or actors.person(name) is not None:
            continue
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official", body=match.group("body")), "official"))
    for match in _QA_LABEL.finditer(text):  # "A: Hon Philippa Name (Minister of Justice): ...", "Q: Name (Green):"
        paren = (match.group("paren") or "").strip()
        title = paren.split(",")[0].strip() if paren and holds_title(paren) else None
        if title:  # "Senator Name (Minister representing ...):": the office in brackets, not "Senator"
            actors.mentions = [m for m in actors.mentions if not (m.actor.kind == "official" and m.start < match.end("name")
                                                                  and match.start("name") < m.end)]  # fmt: skip
            actors.persons = [p for p in actors.persons if p.name != match.group("name")]
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "official", title=title),
                         "official"))  # fmt: skip
        if paren and not title and match.group("paren") and len(paren.split(",")[0].split()) <= 4:
            party = paren.split(",")[0].strip()  # "(Te Pati Maori)", "(Green)", "(Liberal, Victoria)": the member's party
            start = match.start("paren") + match.group("paren").index(party)
            actors.add(Found(start, start + len(party), ActorRef(party, "political_party"), "mentioned"))
    for match in _NAME_POSTNOMINAL.finditer(text):  # "Harriet Quayle-Osei MP": the seat after the name
        if not set(match.group("name").split()) & NOT_NAME and not find_states(match.group("name")):
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=match.group("title")), "official"))  # fmt: skip
    for match in _SPEAKER_LINES.finditer(text[:1500]):  # "Speaker: Name / Public Defender of Georgia"
        if (holds_title(match.group("title")) or _ROLE_WORD.search(match.group("title"))) \
                and not set(match.group("name").split()) & NOT_NAME \
                and not find_states(match.group("name")):  # fmt: skip
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=match.group("title").strip(" ,")), "official"))
    for match in _ROLE_BYLINE.finditer(text[:1500]):  # "By Name, Advocacy Lead, Sudd Rights Monitor": the writer
        if not set(match.group("name").split()) & NOT_NAME and not find_states(match.group("name")):  # holds a role
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=match.group("title").strip()), "official"))
    for match in _HOLDER_NAMED.finditer(text):  # "The mandate holder, Rosalind Name, is with me": the mandate named before
        named = list(re.finditer(r"\b(?:Special\s+Rapporteur|Independent\s+Expert)\s+on\s+[^.,;:\n]+", text[: match.start()]))
        mandate = mandate_ref("", named[-1].group(0)) if named else None
        if mandate is not None and actors.person(match.group("name")) is None and not set(match.group("name").split()) & NOT_NAME:
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=mandate.name), "mandate_holder"))
    for match in _AUTHOR_NOTE.finditer(text[:1500]):  # "By Name" over "The author is director of litigation at the Centre."
        if not set(match.group("name").split()) & NOT_NAME and not find_states(match.group("name")) \
                and actors.person(match.group("name")) is None:
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=match.group("title").strip()), "official"))
    for match in _HANSARD_LABEL.finditer(text):  # "THE MINISTER OF JUSTICE (Hon. Name): Mr Speaker, ..."
        name = re.sub(r"^(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof)\.?\s+)+", "", match.group("name").strip())
        if _PERSON_IN_LABEL.fullmatch(name):
            title = re.sub(r"[A-Za-z][\w’'-]*", lambda w: w.group(0).lower() if w.start() > 0 and  # ("(INTERNATIONAL
                           w.group(0).lower() in ("of", "and", "for", "the", "on", "in") else w.group(0).capitalize(),  # AFFAIRS)":
                           " ".join(match.group("title").split()))  # fmt: skip  # "(International Affairs)")
            start = match.start("name") + match.group("name").index(name)
            role = "mandate_holder" if title in ("Special Rapporteur", "Independent Expert") else "official"  # (the mandate's
            known = next((p for p in actors.persons if " " not in name and p.name.split()[-1] == name), None)  # full title
            actors.add(Found(start, start + len(name), known or ActorRef(name, "official", title=title), role))  # later;
            # "THE MINISTER OF JUSTICE (Hon. Name):" after "Witness: Hon. Full Name, ...": the one named in full)
    for match in _HANSARD_TITLE_LABEL.finditer(text):  # "The Minister for the Middle East (Daniel Name): ..."
        name = re.sub(r"^(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof)\.?\s+)+", "", match.group("name").strip())
        if _PERSON_IN_LABEL.fullmatch(name) and not find_states(name):
            start = match.start("name") + match.group("name").index(name)
            actors.add(Found(start, start + len(name), ActorRef(name, "official", title=match.group("title").strip()), "official"))
    for match in _HANSARD_NAME_LABEL.finditer(text):  # "HON. NAME IN CAPITALS (Minister of ...): Hon. Speaker, ..."
        member = re.match(r"[^\S\n]*(?:\d{1,5}\.[^\S\n]+)?(?:THE[^\S\n]+)?(?:HON|Hon|SHRI|SHRIMATI|SMT|KUMARI)\b", match.group(0))  # ("HON.
        # NAME (Zomba Central):" a member
        if holds_title(match.group("title")) or member:  # of parliament, by constituency: a person with no title given)
            name = _from_capitals(match.group("name"))
            title = match.group("title").strip() if holds_title(match.group("title")) else None
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official", title=title), "official"))
    for match in _ANSWERED_BY.finditer(text):  # "THE MINISTER OF STATE IN THE MINISTRY OF ... / (SHRI ANIL NAME)"
        name = _from_capitals(match.group("name"))
        title = heading_case(" ".join(match.group("title").split()))
        if actors.person(name) is None:
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official", title=title), "official"))
    for match in _NAME_HEADS.finditer(text):
        body = match.group("body")
        if any(token in NOT_NAME for token in match.group("name").split()) or find_states(match.group("name")):
            continue
        kind = org_kind(body)
        ref = ActorRef(match.group("name"), "official", title=f"{_HEADS[match.group('verb')]} of {body}", body=body)
        actors.add(Found(match.start("name"), match.end("name"), ref, "official"))
        actors.add(Found(match.start("body"), match.end("body"), ActorRef(body, kind), "mentioned"))
    for match in role_only:
        _add_name_title(actors, match, text)
    foot = [m for m in _NAME_OVER_TITLE.finditer(text, max(1200, len(text) - 400)) if text[max(0, m.start() - 2) : m.start()] == "\n\n"]
    for match in [*_NAME_OVER_TITLE.finditer(text[:1200]), *foot]:  # only a heading block, or a letter's signature
        name, title = match.group("name"), match.group("title")
        if set(name.split()) & NOT_NAME or find_states(name) or re.search(ORG_HEAD, name) or not holds_title(title) \
                or actors.person(name.split()[-1]) is not None:  # fmt: skip
            continue
        title = re.sub(r",\s+(?:the\s+)?[Hh]ead\s+of\s+(?:the\s+)?[Dd]elegation\b.*$", "", title)  # the role at the review
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official", title=title), "official"))


def _from_capitals(name: str) -> str:
    """A name a label writes in capitals, in ordinary case: "ANIL PRAKASH-ROWE" -> "Anil Prakash-Rowe"."""
    return "-".join(" ".join(w.capitalize() for w in part.split()) for part in name.split("-"))


def add_members_named_after(actors: PressActors, text: str) -> None:
    """A body's members and chair named by their place in it ("Commissioners A and B", "her fellow members, A and B,",
    "is chaired by Name"), once the mandates have named whom they can: a mandate's own title for its members comes first."""
    for match in _OTHER_MEMBERS.finditer(text):  # "Commissioners A and B", "her fellow members, A and B,": each
        plural = match.group("title") or match.group("t2") or match.group("t3")
        body = next((m.actor.name for m in sorted(actors.mentions, key=lambda m: -m.start) if m.start < match.start()
                     and m.actor.kind == "un_mechanism" and re.search(r"\b(?:Working\s+Group|Commission|Mission|Group|Panel|"
                                                                      r"Committee)\b", m.actor.name)), None)  # fmt: skip
        title = plural[:-1] if plural.lower() == "commissioners" else (  # "experts", "members": of the body named last
            body or ("member" if plural.lower() == "members" else None))  # before them, as its members' titles are
        for key in ("a", "b"):
            name = match.group(key)
            if set(name.split()) & NOT_NAME or find_states(name) or actors.person(name) is not None:
                continue
            actors.add(Found(match.start(key), match.end(key), ActorRef(name, "official", title=title), "official"))
    for match in _STYLED_PERSON.finditer(text):  # "Professor Valentina Name, of the University of ..., was elected"
        key = "name" if match.group("name") else "name2" if match.group("name2") else "name3"
        name = match.group(key)  # (not "Justice Forum Lanka", "Transitional Justice Network Korea": bodies)
        if not set(name.split()) & NOT_NAME and not find_states(name) and actors.person(name) is None \
                and not re.search(ORG_HEAD, name) and not re.search(r"\b[A-Z][\w’'-]*[^\S\n]+$|,[^\S\n]*$",
                                                                    text[max(0, match.start() - 30) : match.start()]):  # (", Dr.
            # Name,": an apposition the title rules name)
            actors.add(Found(match.start(key), match.end(key), ActorRef(name, "official"), "official"))
    for match in _CHAIRED_BY.finditer(text):  # "The Commission ... is chaired by Mbaye Name."
        name = match.group("name")
        if not set(name.split()) & NOT_NAME and not find_states(name) and actors.person(name) is None:
            title = _CHAIRED_TITLE.get(match.group("verb"), "president")
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official", title=title), "official"))
