"""Who is who in a press article: officials with titles and bodies, mandates, ministries, NGOs.

Press names people as "title Name" ("Minister of Interior Sar Kheng") or "Name, title, Body"
("Luy David, secretary of state, Ministry of ..."), then by one token ("David", "Vitit") or by
role ("the special rapporteur"). `find_actors` collects the full forms once so the claim and event
extractors can resolve the short ones with `PressActors.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rightstrack.actors.groups import group_name
from rightstrack.actors.normalise import name_key
from rightstrack.extract.dates import MONTH
from rightstrack.extract.items import ActorRef
from rightstrack.extract.numbers import NUMBER
from rightstrack.extract.press_kinds import LEGISLATURE_TITLES, names_state_body, org_kind
from rightstrack.extract.press_states import find_states as _find_states
from rightstrack.extract.press_states import resolve_state_name


def find_states(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, ActorRef]]:
    """States in text[start:end], with offsets in `text`."""
    return [(s + start, e + start, ref) for s, e, ref in _find_states(text[start:end])]

_TITLE = (
    r"(?i:(?:(?:deputy|vice|acting|senior|chief|former|interim|assistant|first|principal|permanent|(?-i:military|police|government|presidential))[\s-])?(?:"
    r"deputy prime minister|prime minister|minister|secretary of state|secretary-general|under-?secretary|"
    r"under-secretary-general|ambassador|permanent representative|spokes(?:person|man|woman)|"
    r"vice-president|president|chair(?:man|woman|person|lady)?|director-general|commissioner-general|director|governor|"
    r"mayor|city\s+mayor|municipal\s+mayor|prefect|regent|councillor|councilor|alder(?:man|woman|person)|"
    r"special rapporteur|chair-rapporteur|rapporteur|independent expert|designated expert|high commissioner|commissioner|envoy|"
    r"senator|lawmaker|secretary|spokesperson|advis[eo]r|ombuds(?:man|person|woman)|attorney[\s-]general|"
    r"solicitor[\s-]general|chief\s+justice|(?:opposition|party)\s+leader|(?-i:(?<=[A-Z]\s)leader)|(?<=[’']s\s)leader|(?<=\b[Ii]ts\s)leader|(?<=\b[Tt]heir\s)leader|researcher|analyst|campaigner|lawyer|attorney|"
    r"conven(?:er|or)|supervisor\s+of\s+elections|controller[\s-]general|auditor[\s-]general|registrar[\s-]general|procurator[\s-]general|(?-i:Expert)|"
    r"coordinator|(?:human\s+rights|protection|field|liaison|political|legal|public\s+information|elections?|electoral|returning)\s+officer|(?:deputy\s+)?chief\s+observer|chief\s+inspector|inspector[\s-]general|founder|"
    r"(?:head\s+)?majhi|(?:block|camp|community|zone|section|village)\s+leader|omda|shawish|"  # a refugee camp's leaders
    # religious styles before a name: "Rabbi Name", "Archbishop Name of Lahore", "Archpriest Name"
    r"(?<!,\s)(?-i:Archbishop|Bishop|Cardinal|Rabbi|Chief\s+Rabbi|Imam|Grand\s+Mufti|Mufti|Patriarch|Archpriest|Pastor)|prosecutor(?:[\s-]general)?|(?-i:(?:presiding\s+)?judge)|people[’']s\s+advocate|protector\s+of\s+citizens|public\s+defender(?:-general)?|mediator|"
    r"m[ée]diateur(?:\s+de\s+la\s+r[ée]publique|\s+du\s+faso)?|provedor(?:a)?\s+de\s+justi[cç]a|(?:minister-)?counsell?or|"
    r"executive\s+secretary|general\s+secretary|(?:chief|head)\s+of\s+mission|head|human\s+rights\s+defender|provedor|public\s+advocate|"
    r"authori[sz]ed\s+person|"
    r"(?:regional|resident|country|special)\s+representative|(?-i:(?<=[A-Z][A-Z]\s)Representative)|"  # "the UNHCR Representative"
    r"chancellor(?:\s+of\s+justice)?|interministerial\s+delegate|(?:national|grand|regional)\s+chief|"
    r"(?-i:(?:Working\s+Group|Committee|Mission|Commission|Panel)\s+)member|(?-i:Speaker)))"
)


def holds_title(text: str) -> bool:
    """Whether `text` holds an official's title ("Attorney General", "People's Advocate")."""
    return re.search(rf"\b{_TITLE}\b", text) is not None


_TITLE_WORDS = (
    r"(?:of|on|for|to|in|the|and|human|rights|situation|state|foreign|affairs|international|"
    r"cooperation|justice|interior|information|defen[cs]e|health|education|women|labou?r|social|"
    r"general|public|security|national|freedom|expression|peaceful|assembly|association|"
    r"[A-Z][\w’'-]{0,30})(?![\w’'-])"
)
_NAME_TOKEN = r"(?:(?:al|el|ad|as|ash|at|az|ben|bin|ibn)-)?(?:Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][a-zß-öø-ÿĀ-žșțǎ’']{1,30}(?:-(?:Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ]?[a-zß-öø-ÿĀ-žșțǎ’']{1,30}){0,2}"  # "Arıkan", "Óscar"  # "Al-Khatib", "Sun-hee"
_NAME = rf"{_NAME_TOKEN}\s+{_NAME_TOKEN}"
# Initials before a surname, as South Asian and African English write names: "R.M.A.", "K. "
_INITIALS = r"(?:[A-Z]\.[^\S\n]?){1,3}(?=[A-Z][a-z])"
# "Maryam bint Abdullah Al-Attiyah", "Ana de Souza": a lower-case particle before a later part
_PARTICLE = r"(?:(?:bin|bint|ibn|binti|de|da|dos|van|von|der|den|ter|del|della|di)\s+){0,2}"  # "van der Berg"
_NOT_NAME = {
    "The", "In", "On", "At", "But", "And", "Last", "Next", "This", "Human", "Rights", "Council",
    "United", "Nations", "Ministry", "Mission", "Office", "Kingdom", "Special", "Rapporteur",
    "National", "Assembly", "Party", "Committee", "Commission", "According", "Minister",
    "Interactive", "Dialogue", "Statement", "Prime", "Government", "Secretary", "State",
    "Division", "Section", "Branch", "Unit", "Mechanisms", "Department", "Treaty",
    "Protector", "Citizen", "Ombudsman", "Defender", "Advocate", "Working", "Group",
    "Province", "District", "Region", "County", "Island", "Islands", "Highlands", "Valley",  # places
    "Shelter", "Refuge",  # "director of the Baan Khun Shelter": a shelter's name, not a person's
    "Board", "Fund", "Inspectorate",  # "chairperson of the Marawi Compensation Board"
}  # fmt: skip
# A name does not start with a word of a ministry's name ("Minister of Foreign Affairs Ahmed").
_NAME_BLOCK = (
    r"(?!(?:Affairs|Interior|Justice|Cooperation|Information|Foreign|Defen[cs]e|Health|Education|"
    r"Planning|Finance|Economy|Commerce|Labou?r|Tourism|Culture|Environment|Agriculture|"
    r"Development|Rights|Human|Council|Committee|Ministry|Republic|Kingdom|State|Security|"
    r"Minister|President|Secretary|Ambassador|Director|Rapporteur|Special|Protection|Welfare|Relief|Services|"
    r"Management|Resources|Administration|Home)\b)"
)
_TITLE_END = r"(?<!\bof)(?<!\bon)(?<!\bfor)(?<!\bto)(?<!\bin)(?<!\bthe)(?<!\band)"
_SP = r"[^\S\n]+"  # spaces within a line: a title and its name never span a line break
_PORTFOLIO = (
    r"(?:foreign|justice|interior|information|defen[cs]e|health|education|finance|deputy|vice|"
    r"acting|former|senior|chief|executive|managing|general|regional|country|legal|programme)"
)
_TITLE_NAME = re.compile(
    rf"(?P<pre>(?:\b(?:[A-Z][\w’'-]{{0,30}}|{_PORTFOLIO}){_SP}){{0,6}}?)(?P<title>\b(?:UN{_SP})?{_TITLE}\b"
    # "Minister of Justice, Legal and Parliamentary Affairs Tendai Mushonga": a listed portfolio
    rf"(?:{_SP}{_TITLE_WORDS}|,{_SP}[A-Z][\w’'-]{{0,30}}(?={_SP}and\b)){{0,12}}?{_TITLE_END}){_SP}"
    # "spokesman Superintendent Mateus Rodrigues": a police or military rank is not part of the name
    rf"(?:(?:(?:His|Her)\s+Excellency|H\.\s?E|Mr|Mrs|Ms|Dr|Prof|Hon|Shri|Smt|Superintendent|Colonel|Lieutenant|Captain|Inspector|Commander|"
    rf"Brigadier|Sergeant)\.?{_SP}){{0,2}}(?P<name>{_NAME_BLOCK}{_NAME_TOKEN}"
    rf"(?:{_SP}{_PARTICLE}{_NAME_TOKEN}){{1,2}})(?![\w’'-]|{_SP}[A-Z][a-z])"
)
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
# A question-time record's labels: "Q: Name (Party) to the Minister of Justice:", "A: Hon Name (Minister of Justice):"
# and a hearing's "Senator Name (Greens, Tasmania):", "Senator Name (Minister representing ...):"
_QA_LABEL = re.compile(rf"(?m)^[^\S\n]*(?:(?:Q|A)[^\S\n]*[:.][^\S\n]+(?:(?:Hon|Dr|Mr|Ms|Mrs|Senator|Sen)\.?[^\S\n]+)?|"
                       rf"(?:Senator|Sen\.|Hon\.?|Representative|Rep\.|Deputy|Congressman|Congresswoman|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[^\S\n]+(?=[^\n]{{3,80}}\(|"
                       rf"[^\n(:]{{3,60}}:))"
                       rf"(?P<name>{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})[^\S\n]*"
                       r"(?:\((?P<paren>[^()\n]{2,80})\))?(?:[^\S\n]+to[^\S\n]+the[^\S\n]+[^:\n]{3,80})?[^\S\n]*:")
_NAME_POSTNOMINAL = re.compile(rf"(?P<name>{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})[^\S\n]+"
                               r"(?P<title>MP|MEP|MSP|MLA|MHA|TD)\b(?![\w-])")
_VERB_STOP = r"(?:had|has|have|said|says|told|was|is|will|would|stressed|underlined|noted|added)"
# A parliamentary record's speaker label: the office in capitals, the holder's name in brackets
_HANSARD_LABEL = re.compile(
    r"(?m)^[^\S\n]*(?:THE[^\S\n]+|HON\.?[^\S\n]+)?(?P<title>(?:DEPUTY[^\S\n]+|ASSISTANT[^\S\n]+)?(?:PRIME[^\S\n]+)?"
    r"(?:MINISTER|ATTORNEY-GENERAL|ATTORNEY[^\S\n]+GENERAL|SPEAKER|DEPUTY[^\S\n]+SPEAKER|LEADER[^\S\n]+OF[^\S\n]+THE[^\S\n]+"
    r"OPPOSITION|SECRETARY)\b[A-Z ,’'&-]{0,120}?)[^\S\n]*\((?P<name>[^()\n]{3,60})\)[^\S\n]*:"
)
_HANSARD_NAME_LABEL = re.compile(r"(?m)^[^\S\n]*(?:THE[^\S\n]+)?(?:HON|MR|MRS|MS|DR)\.?[^\S\n]+"
                                 r"(?P<name>[A-Z][A-Z’'-]+(?:[^\S\n]+[A-Z][A-Z’'-]+){1,3})[^\S\n]*"
                                 r"\((?P<title>[^()\n]{3,80})\)[^\S\n]*:")
_PERSON_IN_LABEL = re.compile(r"(?:[A-Z]\.\s?)*[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w’'-]+){0,3}")
_NAME_TITLE = re.compile(
    rf"\b(?:(?:the\s+)?(?:Honourable|Honorable|Hon\.)\s+)?(?!(?:On|In|At|By|For|From|Since|Last|Next|This|The|With)\s)(?<![Tt]he\s)"
    rf"(?P<name>{_NAME_BLOCK}{_NAME_TOKEN}(?:(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+){_PARTICLE}{_NAME_TOKEN}){{1,2}})\s*,\s+(?:the\s+|a\s+)?(?P<title>[^,.;“”\"\n]{{3,160}}?)"
    rf"(?=\s*[,.;]|\s+{_VERB_STOP}\b|[^\S\n]*\n)(?:,\s+(?:the\s+)?(?P<body>(?:Ministry|Permanent Mission|"
    rf"Department|Office|Embassy)\b[^,.;]*?)(?=\s*[,.;]|\s+{_VERB_STOP}\b))?"
)
# a title runs on through lower-case words ("on minority issues"), never through a verb ("met")
_NOT_A_VERB = (
    r"(?!(?:met|meets|said|says|told|visited|visits|held|holds|will|has|had|was|is|were|are|called|"
    r"urged|welcomed|received|receives|discussed|spoke|hosted)\b)"
)
# "the Cuban Foreign Minister, Rodrigo Alvarez, told" / "Lithuania's foreign minister, Name."
_TITLE_COMMA_NAME = re.compile(
    rf"(?P<pre>(?:\b(?:[A-Z][\w’'-]{{0,30}}|{_PORTFOLIO}){_SP}){{0,4}}?)"
    # "Minister of Justice, Human Rights and Good Governance, Name": a portfolio list has commas
    # "on extrajudicial, summary or arbitrary executions": a list with commas stays in the title
    # "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Name": a gloss in brackets
    rf"(?P<title>\b(?:UN\s+)?{_TITLE}\b(?:(?:{_SP}|,{_SP}(?=[A-Z]|(?:[a-z]+,?\s+){{1,4}}?(?:or|and)\s|especially\s|in\s+particular\s|its\s+causes\s))(?:{_TITLE_WORDS}|"
    rf"\([A-Z][\w ]{{1,30}}\)|{_NOT_A_VERB}[a-z][\w’'-]{{0,20}})){{0,28}}?)"
    # "Minister of Justice (Garde des Sceaux, ministre de la Justice), Name": the title in its own language
    rf"(?:{_SP}\([^()\n]{{2,200}}\))?,\s+"
    # "U Khin Maung Soe Lwin", "Lt. Gen. (retd.) Abdul Hakim Bhuiyan": honorifics and ranks before the name
    # "the Minister of Justice, the Honourable Norbert Mugisha": an honorific with its article
    rf"(?:(?:the\s+)?(?:Honourable|Honorable|Rt\.?\s+Hon\.?|Hon\.)\s+|(?:Hon|Dra|Dr|Mr|Mrs|Ms|Prof|H\.\s?E|Senator|Sen|Major\s+General|Brigadier\s+General|General|Colonel|Superintendent|"
    # "the NHRC Chairperson, Justice (retd.) A. K. Menon", "Shri Raghav Iyer": South Asian honorifics
    rf"Inspector|Captain|Commander|Lt|Gen|Col|Maj|Brig|U|Daw|Advocate|Adv|Barrister|Shri|Smt|Sri|Justice|"
    rf"Archbishop|Bishop|Cardinal|Rabbi|Imam|Archpriest|Pastor|Sheikh)\.?\s+|"  # "..., Archbishop Name": the office is the title
    rf"\(retd?\.?\)\s+|(?P<rank>Ambassador)\s+){{0,3}}(?P<name>{_NAME_BLOCK}"  # "the Chairperson, Hon. Grace Wanjiru"
    rf"(?:{_INITIALS}{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?|"  # "R.M.A. Ratnayake-Fonseka"
    rf"{_NAME_TOKEN}(?:\s+{_PARTICLE}{_NAME_TOKEN}){{1,4}}))(?=\s*[,.;:)]|\s+{_VERB_STOP}\b|\s*$)"  # "Mohamed El Hassen Ould X"
)
_ORG_HEAD = (
    r"(?:(?:Vice-)?Ministry|Permanent Mission|Mission|Department|Embassy|Committee|Commission|Council|"
    r"Office|Assembly|Party|Institution|Foundation|Association|Network|Centre|Center|League|"
    r"Alliance|Watch|Coalition|Consortium|Federation|Confederation|Organi[sz]ations?|Agency|Government|Parliament|Initiative|"
    r"(?<=Electoral\s)Tribunal|(?<=Rights\s)Concern|(?<!National\s)Archive|(?<=Rights\s)Hub|(?<=Rights\s)Desk|Minist[ée]rio|Conselho|(?<=Oversight\s)Authority|Authority(?=\s+(?:for|on)\s+[A-Z])|(?<=[a-z]\s)Authority|(?<=[a-z]\s)(?<!International\s)(?<!International\sCriminal\s)(?<!European\s)(?<!American\s)(?<!African\s)Court|(?<=Election\s)Authority|(?<=Electoral\s)Authority|Partnership(?=\s+for\s)|Bar(?=\s+of\s+[A-Z])|(?<=Women[’']s\s)Union|(?<=Progressives\s)Congress|(?<=National\s)Congress|(?<=Nepali\s)Congress|Liga(?=\s+[A-Z])|Ligue(?=\s+[A-Z])|Kachchi|(?<=Interministerial\s)Delegation|"
    r"Institute|Observatory|Forum|Society|Monitor|Secretariat|Directorate|Front|Bloc|Lawyers|Laboratory|(?<=[a-z]\s)Circle|Shelter(?=\s+(?:in|for|of)\b|[,.;]|\s+said)|"
    # "Superintendency of Pensions", "Pension Fund of Ukraine", "Bangladesh Environmental Lawyers' Guild"
    # "Central Electoral Board", "Land Restitution Unit", "Banadir Regional Administration", "Fund for Return"
    r"(?<=[a-z]\s)Board|(?<=[a-z]\s)Unit(?=\s+(?:for|of)\s+[A-Z]|[,.;]|\s+(?:said|says|has|had|reported|recorded|registered))|"
    r"(?<=Regional\s)Administration|(?<=City\s)Administration|(?<=District\s)Administration|(?<=Municipal\s)Administration|"
    r"(?<=County\s)Administration|(?<=Provincial\s)Administration|(?<=Military\s)Administration|(?<=Civil\s)Administration|"
    r"Fund(?=\s+for\s+[A-Z])|(?<=Reconstruction\s)Fund|(?<=Compensation\s)Fund|(?<=Reparations\s)Fund|(?<=Reparation\s)Fund|"
    r"(?<=Restorative\sJustice\s)Fund|"
    r"(?<=Registration\s)Service|(?<=Assessment\s)Service|(?<=Evaluation\s)Service|(?<=Protection\s)Service|Service(?=\s+for\s+(?:the\s+)?[A-Z])|"
    r"(?<=National\s)Contact\s+Point|(?<=[a-z]\s)Task\s+Force|(?<=[a-z]\s)Caucus|Superintendency|Inspectorate|(?<=Information\s)Team|(?<=Response\s)Team|(?<=Monitoring\s)Team|(?<=Pension\s)Fund|(?<=Insurance\s)Fund|(?<=Security\s)Fund|Fund(?=\s+of\s+[A-Z])|Guild|"
    r"Defenders|Mechanism|Collective|Subcommittee|Platform|Bureau|Movement|Syndicate|Undersecretariat|(?<=\so\sSalish\s)Kendra|Police\s+(?:Force|Service)|"
    r"(?<=National\s)Police(?!\s+(?:Force|Service|Commission|Command|officers?|station)\b)|"
    # "West Midlands Police", "the Hellenic Police", "the Swedish Police Authority"; "the Civil Guard"
    r"(?<=[a-z]\s)Police(?:\s+(?:Authority|Department|Headquarters))?(?!\s+(?:Force|Service|Commission|Command|Commissioner|"
    r"Chief|Inspector|officers?|stations?|chief|commissioners?|spokes\w+|custody|cells?|reports?|statistics|figures|data|records?)\b)|"
    r"(?<=Civil\s)Guard|(?<=National\s)Guard|(?<=Border\s)Guard|(?<=Coast\s)Guard|"
    # "the Prison Service", "the Immigration Service": a State service named by what it runs
    r"(?<=Prison\s)Service|(?<=Prisons\s)Service|(?<=Correctional\s)Service|(?<=Immigration\s)Service|"
    r"(?<=Intelligence\s)Service|(?<=Probation\s)Service|(?<=Customs\s)Service|(?<=Migration\s)Service|(?<=Penitentiary\s)Service|"
    r"(?<=Border\s)Service|(?<=Security\s)Service|(?<=Returnees\s)Service|(?<=Prosecution\s)Service|(?<=Judiciary\s)Authority|"
    # "Global Campaign for Bhutanese Refugees", "Media Rights Agenda" (not "the Election Campaign")
    r"(?<!Election\s)(?<!Electoral\s)(?<!Presidential\s)Campaign|(?<=Rights\s)Agenda|"
    r"(?<=Democratic\s)Congress|(?<=Democratic\s)Union|Union(?=\s+for\s+(?:Reform|Change|Democracy|Progress|Renewal|the\s+Republic)\b)|(?<=African\sNational\s)Congress|(?<=Basotho\s)Convention|(?<=National\s)Convention|(?<=People[’']s\s)Congress|"
    r"Union(?=\s+of\s+(?:(?:[A-Z][\w-]*|and)\s+){0,4}(?:Journalists|Workers|Lawyers|Teachers|Students|Trade\s+Unions|Nurses|Doctors|Officers|Pensioners|Retirees|"
    r"Associations|Organi[sz]ations|Cooperatives|Committees)\b)|"
    r"(?<=Doctors[’']\s)Union|(?<=Nurses[’']\s)Union|(?<=Workers[’']\s)Union|(?<=Workers\s)Union|(?<=Teachers[’']\s)Union|"  # "Senior Hospital Doctors' Union"
    # names in Spanish and Portuguese put the head first: "Instituto Vozes da Periferia"
    r"Instituto|Fundaci[oó]n|Funda[cç][aã]o|Asociaci[oó]n|Associa[cç][aã]o|Observatorio|Observat[oó]rio|Centro|Corporaci[oó]n|"
    r"(?<=Protection\s)Unit|(?<=Investigation\s)Unit|(?<=Investigations\s)Unit|(?<=Intelligence\s)Unit|(?<=Prosecution\s)Unit|(?<=Crimes\s)Unit|"
    r"Comisi[oó]n|Comiss[aã]o|Uni[oó]n(?=\s+(?:por|para|de|del|C[ií]vica|Nacional)\s)|Defensor[ií]a|Coordinadora|Colectivo|Coletivo|Movimiento|Movimento|Partido|Alianza|"
    r"Frente|Fuerza|Renovaci[oó]n|Parti(?=\s+[A-Z])|Red|Rede|Mesa|Foro|Coalici[oó]n|Comisionado|Comit[ée]|Acci[oó]n|F[ée]d[ée]ration|Federaci[oó]n|"
    r"Secretar[ií]a|Ministerio|Procuradur[ií]a|Colegio|Gobierno|Governo|Plataforma|Uni[aã]o|Provedor[a]?|"
    r"(?<=Liberties\s)Union|(?<=Journalists\s)Union|(?<=Journalists[’']\s)Union|Union(?=\s+(?:pour|du|des|de\s+la)\s))"
)
# the subjects an organisation's name joins with "and": "Rights and Liberties", "Law and Society"
_AND_AFTER = (
    r"(?:Rights|Liberties|Justice|Peace|Law|Legal|Debt|Water|Housing|Food|Elections|Electoral|Development|Democracy|Freedom|Truth|Research|Education|"
    r"Health|Women|Children|Youth|Labour|Land|Environment|Culture|Security|Media|Information|Gender|Equality|Unity|Solidarity|Dignity|Welfare|Progress|Reconciliation|Accountability|Transparency|Integrity|Prosperity|"
    r"Reporting|Implementation|Coordination|Monitoring|Evaluation|Planning|Economic|Financial|Social|Disability|Pension|Pensions|Independent|Relief|Reduction|Prevention|"
    r"Comparison|Rehabilitation|Reconstruction|Press|Faith|Liberty|Reform|Hope|Cohesion|Refugees|Manufacturers|"
    r"Plantation|Employers|Traders|Producers|Farmers|Safety|Hunters|Reparation|Reparations|Healing|Memory|Remembrance)"
)
_ORG_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w’']{0,30}(?:-(?:in-)?[A-ZÀ-ÖØ-Þ][\w’']{0,30}|-up\b)*"  # "Études", "Órgano", "Freedom-in-Exile", "Follow-up"
# A name may break once across lines, never a paragraph, and only where prose wraps: between a line of
# 60 characters or more and one as long or the paragraph's last (a list of names, one per line, is
# never one name)
_WS1 = r"(?:(?<=[^\n]{60})[^\S\n]*\n[^\S\n]*(?=[^\n]{60}|[^\n]*(?:\n[^\S\n]*\n|\Z))|[^\S\n]+)"
# "the Council on Monday", "Parliament in December": a day or month ends a body's name.
_WHEN_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)"
)
_ORG = re.compile(
    # "Rights and Liberties Protection Department", "Ain o Nyay Forum": small joining words inside
    # ("Minister Sar Kheng and Cambodian Human Rights Committee ...": "and" joins two subject words only)
    # "Families of the Disappeared Alliance": the people a group speaks for, before its name
    rf"(?P<org>(?:(?:Families|Mothers|Relatives|Victims|Survivors|Parents|Wives){_WS1}of{_WS1}(?:the{_WS1})?(?={_ORG_TOKEN}))?"
    # "House of Representatives Committee on Human Rights": a chamber's committee
    rf"(?:(?:House|Chamber){_WS1}of{_WS1}(?:Representatives|Deputies|Commons|Lords){_WS1}(?={_ORG_TOKEN}))?"
    # "Truth, Justice and Reconciliation Commission": a list of subjects before the head, commas and all
    rf"(?:(?:{_AND_AFTER}{_WS1}and(?={_WS1}{_ORG_TOKEN})|{_AND_AFTER},(?={_WS1}(?:{_AND_AFTER},{_WS1}){{0,3}}{_AND_AFTER}{_WS1}and{_WS1}{_ORG_TOKEN})|"
    rf"{_ORG_TOKEN}(?:{_WS1}(?:o|de|y|e|&|for|des|du|in(?={_WS1}Exile\b))"
    rf"(?={_WS1}{_ORG_TOKEN}))?){_WS1}){{0,8}}{_ORG_HEAD}(?:-in-[A-Z][a-z]+)?(?![\w-])(?:{_WS1}(?:of|for|to|on|and|the|in|with|"
    rf"(?:de|del|da|do|dos|das|la|las|los|el|y|e|para|por|pela|pelo|en|em|sobre|sin|hacia|con|m[aá]s|al)(?={_WS1}(?:(?:la|el|los|las|a|o|as|os|una|un|uma|um)\s+)?(?:[dl][’'])?[A-ZÀ-ÖØ-Þ])|"
    rf"(?:a|o|as|os|una|un|uma|um)(?={_WS1}[A-Z])|"
    rf"other|international|organi[sz]ations|against(?={_WS1}[A-Z])|contra{_WS1}(?:la|el|los|las)(?={_WS1}[A-Z])|"
    rf"by(?<=Affected\sby)(?={_WS1}[A-Z])|"  # "Network of People Affected by Heavy Metals"
    # French: "Centre d'Analyse et de Recherche en Droits Humains", "Ligue des Droits de l'Homme"
    rf"(?:et|des|du|pour|le|les|aux|au)(?={_WS1}(?:(?:de|des|du|la|le|les){_WS1})?(?:[dl][’'])?[A-ZÀ-ÖØ-Þ])|[dl][’']{_ORG_TOKEN}|"
    rf"{_WHEN_WORD}{_ORG_TOKEN})(?![\w-])|"
    # "Ministry of Law, Justice and Human Rights": a portfolio list goes on after a comma
    rf",{_WS1}{_ORG_TOKEN}(?=(?:,?{_WS1}(?:of{_WS1})?{_ORG_TOKEN}){{0,4}}{_WS1}and{_WS1}(?:the{_WS1})?[A-Z])){{0,14}}"
    # "Communist Party of India (Marxist)", "... of Nepal (Unified Marxist-Leninist)": a qualifier in the name
    rf"(?:[^\S\n]\((?:Unified[^\S\n]+)?(?:Marxist|Maoist)[\w -]{{0,30}}\))?)"
    rf"(?:\s*\((?P<abbr>[A-Z]{{2,8}})\))?"
)
_MANDATE_COUNTRY = re.compile(
    r"(?i:(?:UN\s+|United Nations\s+)?(?P<title>special rapporteur|independent expert|(?-i:Expert)(?=\s+on\s+the\s+situation\b)|"
    r"(?:independent\s+international\s+)?commission\s+of\s+inquiry|(?:independent\s+international\s+)?"
    r"fact-finding\s+mission|(?:international\s+)?(?:commission|group)\s+of\s+(?:human\s+rights\s+|"
    r"eminent\s+(?:international\s+and\s+regional\s+)?)?experts|commission\s+on\s+human\s+rights(?=\s+in\b))"
    r"(?:\s*\((?:SR|IE)\))?\s+(?:on|for|in)\s+(?:the\s+)?(?:(?:situation\s+of\s+)?human\s+rights\s+"
    r"(?:in|on)\s+(?:the\s+)?)?)(?P<country>[A-Z][\w’'-]{1,30}(?:\s+(?:(?:of|and|the)\s+)?[A-Z][\w’'-]{1,30}){0,4})"
)
# "Working Group on Enforced or Involuntary Disappearances": a capitalised topic, read word by word.
_MANDATE_THEME_TITLED = re.compile(
    r"(?i:(?:UN\s+)?(?P<title>special rapporteur|independent expert|working group(?:\s+of\s+experts)?)\s+on\s+)"
    r"(?P<topic>(?:the\s+)?[A-Z][\w’'-]{0,30}(?:\s+(?:(?:or|and|of|the|on|in|to|for|against)\s+){0,2}"
    r"[A-Z][\w’'-]{0,30}){0,8})"
)
_MANDATE_THEME = re.compile(
    r"(?i:(?:UN\s+)?(?P<title>special rapporteur|independent expert|working group)\s+on\s+)"
    # "extrajudicial, summary or arbitrary executions": a comma inside a list goes on
    # "the rights of Indigenous Peoples", "... defenders under the Aarhus Convention": a capitalised
    # group after "of" or "under" belongs to the topic
    r"(?P<topic>(?:the\s+)?[a-z][a-z ,’'-]{5,120}?(?:\s(?:of|under)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?)(?=[.;:]|,\s(?![a-z ,-]{1,40}?\s(?:or|and)\s)|\s+(?:said|told|has|had|was|is|"
    r"will|who|met|meets|holds|begins|ends|opens|visits|urges|calls|warns|wraps|starts|arrives|asks|presents|"
    r"welcomes|that|about)\b|\s+[A-Z\d]|\s+to\s+(?:visit|meet|travel|present|hold|brief)\b|\s+(?:next|last|this)\s+(?:week|month|year)\b|\s+(?:yesterday|today|tomorrow|"
    r"earlier|later)\b)"
)
NGO_NAMES = _NGO_NAMES = (
    "Amnesty International", "Human Rights Watch", "LICADHO", "ADHOC", "FIDH", "Article 19",
    "CIVICUS", "International Commission of Jurists", "Front Line Defenders", "Forum-Asia",
    "International Service for Human Rights", "Cambodian Center for Human Rights",
    # independent groups whose names read like an official body's
    "Human Rights Commission of Pakistan", "Kenya Human Rights Commission",
    # international NGOs whose names hold no head word
    "Save the Children", "Oxfam", "Transparency International", "Reporters Without Borders", "Freedom House",
    "Médecins Sans Frontières", "Doctors Without Borders", "Plan International", "Physicians for Human Rights",
    "Minority Rights Group", "Global Witness", "La Strada", "Privacy International", "Human Rights First",
)  # fmt: skip
# "Transparency International PNG", "La Strada Moldova": a national chapter named by its country
_CHAPTER = re.compile(r"[^\S\n]+(?P<c>[A-Z]{2,4}\b|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)")
# "the state broadcaster Canal 6", "the state news agency AVN": a channel named after what it is
_MEDIA_CALLED = re.compile(
    r"\b(?:state|state-run|public|national|official|government|pro-government|independent)\s+(?:broadcaster|news\s+agency|"
    r"television(?:\s+channel)?|radio(?:\s+station)?|newspaper|daily|news\s+site|outlet)\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z\d][\w’'.-]*)){0,3})(?=\s+(?:reported|said|says|quoted|cited|published|aired|ran)\b|[,.;])"
)
# A news outlet by the word its name ends or starts with ("The Jaffna Herald", "Mekong Wire", "Diario
# del Pacífico", "The Daily Meghna"), where the text uses it as a source: in the dateline's brackets,
# after "according to (a tally by)", before "reported", or after "the daily", "the newspaper"
_OUTLET_WORD = (
    r"(?:Herald|Courier|Today|Ledger|Wire|Times|Post|Tribune|Gazette|Journal|Chronicle|Observer|Dispatch|"
    r"Express|Mirror|Guardian|Telegraph|Inquirer|Bulletin|Sentinel|Examiner|News|Television|TV|Weekly|Standard|Radio|"
    r"Letter|Newsletter|Digest)"
)
_OUTLET_FIRST = r"(?:Diario|Heraldo|Noticias|Prensa|Daily|Radio|Canal|Télé|Tele)"
_CAP = r"[A-Z][\w’'-]*(?:\.[a-z]{2,4}\b)?"  # "Turkmen.news", not a full stop
_OUTLET_NAME = (
    rf"(?:The[^\S\n]+)?(?:{_OUTLET_FIRST}(?:[^\S\n]+(?:del|de|la|el|do|da))?(?:[^\S\n]+{_CAP}){{1,2}}"
    rf"(?:(?:[^\S\n]+(?:del|de|la|el|do|da)){{1,2}}[^\S\n]+{_CAP})?|"  # "Radio Voz del Golfo", "Radio Voz de la Sierra"
    rf"(?:{_CAP}[^\S\n]+){{0,3}}{_OUTLET_WORD}(?:[^\S\n]+Agency)?)\b"  # "Radio Umuco" before a bare "Radio"
)
# A dateline's outlet alone in brackets opens the story, so more words name an outlet there: "(Quito
# Independent) -", "(Delta Monitor) -", "(Rive Gauche Quotidien) -", "(Río de la Plata Herald) -"
_DATELINE_OUTLET = (
    rf"(?:{_OUTLET_NAME}|(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+(?:(?:de|del|la|el|do|da|du|des|of|the)[^\S\n]+){{0,2}}){{1,3}}"
    rf"(?:{_OUTLET_WORD}|Review|Independent|Monitor|Quotidien|Libre|Record|Reporter|Register|Star|Voice|Echo|Insider|"
    rf"Online|Magazine|Press|Daily|Nation|Beacon|Clarion|Pioneer|Despatch|Leader|Correspondent|Report|Tidende|Tidning|Zeitung|"
    rf"Gazete|Gazeta|Jornal|Dagblad|Dagbladet|Posten|Avis|Kurier|Courrier|Nouvelliste|Hebdo)|(?:{_CAP}[^\S\n]+){{0,3}}[A-Z][\w’']*-{_OUTLET_WORD})"  # "(Nairobi Standard-Post) -"
)
_OUTLET_USED = re.compile(
    # "(Rhine Courier) - ...": a dateline with the outlet alone, its name saying it is one
    rf"(?m)^\((?P<l>{_DATELINE_OUTLET})\)[^\S\n]*[-–—]|"
    # "KAKUMA (Kakuma FM community radio) -", "ZAHLÉ (Sawt al-Mukhayyam community bulletin) -": the outlet, not what it is
    rf"^[A-ZÀ-Þ][A-ZÀ-Þ .’'-]+(?:,[^\n()]{{0,40}}|[^\S\n]*)\((?P<d>(?:The\s+)?{_CAP}(?:[^\S\n]+(?:del|de|du|des|la|of|the|do|da|dos|das|{_CAP}|"
    rf"(?:al|el|ad|an|ar|as)-[A-Z][\w’'-]+)){{0,5}})(?:[^\S\n]+(?:community|camp|exile|diaspora|local|online)[^\S\n]+"
    rf"(?:radio|bulletin|newsletter|newspaper|news|television|station|broadcaster))?(?:,[^\S\n]*translated\s+from\s+[A-Z][a-z]+)?\)\s*[-–—]|"
    rf"\b(?:according\s+to\s+(?:a\s+(?:tally|count|report)\s+(?:by|in)\s+)?|an?\s+(?:tally|count|analysis)\s+by\s+|"
    rf"(?:reviewed|obtained|seen|analy[sz]ed)\s+by\s+)(?:the\s+)?(?P<a>{_OUTLET_NAME})|"  # "documents reviewed by The Nile Ledger"
    rf"\b(?:daily|newspaper|paper|weekly|broadcaster|outlet|tabloid)\s+(?P<b>{_OUTLET_NAME})|"
    # "according to the official news agency Wakalat al-Anba", "the daily Dnevni Glas", "the news site
    # Horn Daily", "the Facebook page Kabul Voice Today": whatever its name, after what it is
    rf"\b(?:news\s+agency|(?-i:daily)|newspaper|weekly|tabloid|news\s+(?:site|website|portal|outlet)|(?:investigative|independent|online|exiled)\s+"
    rf"(?:outlet|newsroom)|(?-i:newsroom|outlet)|(?:data\s+)?journalism\s+(?:team|collective|project|unit)|data\s+team\s+at\s+the\s+newsroom|"
    rf"(?-i:First\s+published\s+in)|"
    rf"(?:Facebook|Telegram|YouTube|TikTok|Instagram)\s+(?:page|channel|account))\s+"
    rf"(?P<h>[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:del|de|la|el|do|da|ya|wa|na)[^\S\n]+){{0,2}}(?:[A-Z][\w’'-]+|(?:al|el|ad|an|ar|as)-[A-Z][\w’'-]+)){{0,3}})|"
    rf"(?:^|\b[Tt]he\s+(?:(?:pro-[a-z]+|state-(?:run|owned|controlled)|independent|opposition|privately[\s-]owned|"
    rf"[a-z]+-language|[A-Z][a-z]+-based)\s+)?|[,.]\s+)"  # "the pro-government Khmer Daily Herald reported"
    rf"(?P<c>{_OUTLET_NAME})(?:\s+\([A-Z]{{2,6}}\))?(?:,\s+which\s+[^,.;]{{3,80}},)?\s+(?:reported|reports|has\s+learnt|has\s+learned|said|says|quoted|cited|"
    # "the Hanoi Daily Gazette ran a front-page headline", "The Manila Sentinel, which reviewed the webcast, counted"
    rf"ran|counted|tallied|reviewed|analy[sz]ed|calculated|headlined|published|wrote|"
    rf"is\s+(?:live|following|covering|reporting))\b|"
    # "The Strait Observer | Analysis", "Southern Cross Monitor - Analysis": the publication heading its piece
    rf"(?m:^)(?P<m>(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}(?:{_OUTLET_WORD}|Monitor|Review|Daily))[^\S\n]*[|–—-][^\S\n]*"
    rf"(?:Analysis|Editorial(?:[^\S\n]+desk)?|Opinion|Comment|Explainer|Fact[^\S\n]+check|Investigation|News)[^\S\n]*$|"
    # "By The Strait Observer's count", "That's the news from Pacific Wave Radio": the outlet's own
    rf"\b(?:[Bb]y|[Ii]n)\s+(?P<n>{_OUTLET_NAME}|(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{1,3}}(?:Review|Monitor|Daily))[’']s\s+(?:own\s+)?"
    rf"(?:count|tally|reckoning|analysis)\b|"
    rf"\bnews\s+from\s+(?P<o>{_OUTLET_NAME})|"
    # "Asked by Jonas Name of Swiss Radio", "Question from Name (Radio Television Suisse)": a journalist's outlet
    rf"\b(?:[Aa]sked\s+by|[Qq]uestion\s+from|[Jj]ournalist|[Cc]orrespondent|[Rr]eporter)\s+(?:[A-Z][\w’'-]+\s+){{1,3}}"
    rf"(?:of\s+(?:the\s+)?|\()(?P<g>(?:{_CAP}[^\S\n]+){{0,3}}{_OUTLET_WORD}(?:[^\S\n]+{_CAP}){{0,2}}|"
    rf"{_OUTLET_FIRST}(?:[^\S\n]+{_CAP}){{1,3}})\b|"
    # '"...," she told The Jordan Times': a paper a person speaks to, "The" capitalised mid-sentence
    rf"\b(?:told|carried\s+by|quoted\s+by|interview\s+with)\s+(?:the[^\S\n]+)?(?P<e>(?:(?-i:The)[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}{_OUTLET_WORD}(?:[^\S\n]+Agency)?|"
    rf"{_OUTLET_FIRST}(?:[^\S\n]+{_CAP}){{1,2}})\b|"
    # "editor of the exile outlet Saigon Free Desk", "a reporter for the online broadcaster Kartli Live",
    # "a senior reporter at the Karachi Evening Mail": a journalist's outlet, whatever its name
    rf"\b(?:editor(?:-in-chief)?|reporter|correspondent|journalist|presenter|columnist|producer)[^\S\n]+(?:at|for|of|with)[^\S\n]+"
    rf"(?:the[^\S\n]+)?(?:(?:[A-Z][a-z]+-based|exiled?|online|regional|independent|opposition|local|community|national)[^\S\n]+)*"
    rf"(?:(?:outlet|broadcaster|(?-i:daily)|newspaper|weekly|news[^\S\n]+(?:site|website|portal)|magazine|station)[^\S\n]+)?"
    rf"(?P<j>(?!The\b)[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:del|de|la|el|do|da)[^\S\n]+)?[A-Z][\w’'-]+){{0,3}})(?=[^\S\n]*(?:[,.;]|\bwho\b|$))|"
    # "a programme on Radio Voz del Golfo", "Diario de la Costa": a name that says it is a radio or paper
    rf"(?<![\w’'-])(?P<k>(?:Radio|Diario|Canal)(?:[^\S\n]+(?:del|de|la|el|do|da))?(?:[^\S\n]+{_CAP}){{1,2}}"
    rf"(?:(?:[^\S\n]+(?:del|de|la|el|do|da)){{1,2}}[^\S\n]+{_CAP})?)|"
    # "the Balkan Border Files consortium", "the Maghreb Justice Project and two partner newspapers": newsrooms
    rf"(?<![\w-])(?P<i>(?!The\b){_CAP}(?:[^\S\n]+{_CAP}){{1,4}})[^\S\n]+(?:consortium\b|and\s+(?:two|three|four|five|six|several|"
    rf"\d+)\s+(?:other\s+)?partner\s+(?:outlets|newspapers|newsrooms|media\s+outlets|publications)\b)"
)
# national human rights institutions known by a name with no head word
_NHRI_NAMES = ("Komnas HAM", "SUHAKAM", "Provedoria for Human Rights and Justice", "Provedor for Human Rights and Justice",
               "Raonador del Ciutadà", "Raonador del Ciutada", "Médiateur de la République", "Médiateur du Faso",
               "Provedor de Justiça", "Office of the Provedor for Human Rights and Justice", "Défenseur des droits", "Défenseure des droits", "Defensor del Pueblo",
               "Defensora del Pueblo", "Commissioner for Administration and the Protection of Human Rights")  # fmt: skip
_MEDIA_NAMES = (
    "Khmer Times", "Phnom Penh Post", "Reuters", "AFP", "Agence France-Presse", "Xinhua",
    "Associated Press", "Radio Free Asia", "Voice of America", "Al Jazeera", "Fresh News", "BBC",
    "Lusa", "EFE", "Kyodo", "Yonhap", "Anadolu", "ANSA", "TASS", "Interfax", "Bernama", "Antara",
    "Press Trust of India",
    # national news agencies, often cited by their acronym alone ("according to IRNA")
    "IRNA", "IRIB", "ISNA", "KUNA", "QNA", "WAM", "SANA", "KCNA", "Emirates News Agency", "Saudi Press Agency",
    "Kuwait News Agency", "Qatar News Agency", "Bahrain News Agency", "Oman News Agency", "Vietnam News Agency",
    "Philippine News Agency", "Ethiopian News Agency", "News Agency of Nigeria", "Prensa Latina", "BelTA",
    "Kazinform", "Azertag", "Armenpress", "Agence Kampuchea Presse", "RIA Novosti",
)  # fmt: skip
# parliaments known by their own name ("the human rights committee of the Verkhovna Rada")
_PARLIAMENT_NAMES = ("Verkhovna Rada", "Jogorku Kenesh", "Mazhilis", "Sejm", "Seimas", "Saeima", "Riigikogu",
                     "Knesset", "Duma", "Bundestag", "Storting", "Riksdag", "Folketing", "Althingi", "Oireachtas",
                     "Lok Sabha", "Rajya Sabha", "Majlis", "Oliy Majlis", "Milli Majlis", "Khural")  # fmt: skip
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
# UN agencies and programmes, cited as sources of figures ("According to UNESCO, 68 journalists ...")
_UN_AGENCY_NAMES = (
    "UNESCO", "UNICEF", "UNHCR", "UNDP", "UNFPA", "UNODC", "UNAIDS", "UNRWA", "OCHA", "UN Women",
    "World Health Organization", "World Food Programme", "International Labour Organization",
    "International Organization for Migration", "Food and Agriculture Organization",
    "WFP", "IOM", "FAO", "ILO", "UNEP", "UN-Habitat",
    # UN peace and political missions, which publish casualty and violation counts
    "UNAMA", "UNAMI", "UNMISS", "MONUSCO", "MINUSCA", "MINUSMA", "UNSMIL", "BINUH", "UNSOM",
)  # fmt: skip
# A body's name in quotation marks after what it is, as Russian-language usage writes it
_QUOTED_BODY_NAME = re.compile(
    r"(?i)\b(?P<noun>cent(?:re|er)|organi[sz]ation|movement|group|foundation|association|society|union|network|"
    r"initiative|coalition|party|bloc|alliance|newspaper|agency|channel|portal|weekly|daily)\s+"
    r"[“\"«](?P<name>(?-i:[A-Z])[^”\"»\n.,;:!?]{1,50}?)[”\"»]"
)
_QUOTED_LISTED = re.compile(r"(?:,|\band)\s+[“\"«](?P<name>[A-Z][^”\"»\n.,;:!?]{1,50}?)[”\"»]\s+(?:\d|with\b|won\b|got\b|received\b)")
_MEDIA_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+an?\s+(?:[\w-]+\s+){0,3}?(?:satellite\s+)?(?:channel|broadcaster|"
    r"newspaper|daily|news\s+agency|news\s+site|news\s+portal|outlet|television\s+station|radio\s+station)\b"
)
# "An analysis by the Adriatic Investigative Desk", "records obtained by the Caucasus Investigative
# Collaborative", "documents reviewed by the Mekong Rights Desk": a body whose name says it is a
# newsroom, named as the maker of what the text reports
_BY_NEWSROOM = re.compile(
    r"\b(?:analysis|count|tally|investigation|review|reviewed|obtained|seen|analy[sz]ed|compiled)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|on)\s+)?[A-Z][\w’'-]+){1,4})"
)
# A meeting summary's paragraph labelled with a civil-society speaker who then speaks for itself
_LABELLED_GROUP = re.compile(r"(?m)^(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:of|for|and|the|on|[A-Z][\w’'-]+)){1,6}):[^\S\n]+"
                             r"(?=(?:Our|We|The\s+(?:organi[sz]ation|network|coalition|group))\b)")
# "the Grandmothers of Plaza de Mayo", "the Madres de La Candelaria", "Mothers of Srebrenica": mothers'
# collectives named for their place or cause, with no head word
_MOTHERS_GROUP = re.compile(r"(?<![\w’'-])(?P<name>(?:Grandmothers|Mothers|Madres|Abuelas)\s+(?:of|de|del)\s+(?:(?:the|la|La|el|El)\s+)?"
                            r"[A-Z][\w’'-]+(?:\s+(?:(?:de|del|la)\s+)?[A-Z][\w’'-]+){0,3})")
_PRIDE_GROUP = re.compile(r"(?<![\w’'-])(?P<name>(?!The\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+Pride(?:\s+(?:Committee|Collective|Network|Association))?)\b")
_STATISTICS_OFFICE = re.compile(r"\bStatistics\s+(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# Companies, for business and human rights: "Andes Cobre Holdings", "Asmara Minerals Ltd", "the fashion
# retailer Harbour & Finch", "the clothing company Vandermolen Textiles"
_COMPANY_SUFFIX = (r"(?:Holdings|Resources|Minerals|Mining|Textiles|Lithium|Nickel|Copper|Gold|Corporation|Corp\.?|Ltd\.?|Limited|"
                   r"Inc\.?|PLC|plc|S\.A\.|GmbH|AG|Industries|Petroleum|Apparel|Garments|Plantations|Cement|Steel|Logistics|"
                   r"Enterprises|Company|Agribusiness|Timber|Palm\s+Oil)")
_COMPANY = re.compile(rf"(?<![\w’'-])(?<!\bof\s)(?<!\bfor\s)(?<!\bof\sthe\s)(?P<name>(?!The\b)[A-Z][\w’'-]+(?:\s+(?:&\s+)?[A-Z][\w’'-]+){{0,3}}"
                      rf"\s+{_COMPANY_SUFFIX})(?![\w’'-])(?!\s+(?:[A-Z]|of\b|for\b|and\b))")  # the suffix ends the name
# (not "the Housing Development Corporation", "the National Mining Agency": State bodies named like firms)
_NOT_A_COMPANY = re.compile(r"\b(?:National|State|Public|Housing|Development|Broadcasting|Federal|Municipal|Party|Centre|Council|"
                            r"Agency|Ministry|Department|Natural)\b")
# "PT Kahayan Agro Sentosa": an Indonesian company; "Greenbelt Afforestation Services, the contractor ...": a firm
# the text says is one
_COMPANY_PREFIXED = re.compile(r"\b(?P<name>(?:PT|CV|JSC|OOO|LLC|SARL)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
_COMPANY_APPOSED = re.compile(r"(?<![\w’'-])(?P<name>(?!The\b)[A-Z][\w’'&-]+(?:\s+(?:&\s+)?[A-Z][\w’'-]+){1,3}),\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:contractor|company|firm|developer|concessionaire|miner|logging\s+company|plantation\s+company|"
                              r"subcontractor|supplier|manufacturer)\b")
_COMPANY_CALLED = re.compile(
    r"\b[Tt]he\s+(?:(?:[a-z-]+\s+){0,2}?(?:retailer|company|firm|miner|manufacturer|contractor|supplier|brand|"
    r"conglomerate|multinational)|(?:video-sharing|social[\s-]media|messaging|streaming|online|tech|technology|e-commerce|"
    r"ride-hailing|delivery)\s+(?:platform|app|service))\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:&\s+|and\s+)?[A-Z][\w’'-]+){0,3})"
)
# "the Scottish Parliament's Equalities, Human Rights and Civil Justice Committee": a committee named by its portfolios
_PORTFOLIO_COMMITTEE = re.compile(r"(?<![\w’'-])(?P<name>(?!The\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})+"
                                  r"\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s+(?:Select\s+)?Committee)\b")
# "At the Aama Ghar shelter in Kathmandu": a shelter named in its own language, its kind after the name
_NAMED_SHELTER = re.compile(r"\bthe\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:shelter|safe\s+house|refuge)\b")
# "carried by the Saba news agency": a news agency named before the words
_NAMED_AGENCY = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w’']+-(?:run|backed|controlled|owned|aligned|affiliated)\s+)?"
                           r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+news\s+agency\b")  # (not "Houthi-run")
_LEAD_STOP = {"The", "In", "On", "At", "But", "And", "Last", "Next", "Nevertheless", "Meanwhile",
              "Finally", "According", "Its", "His", "Her", "Their", "A", "An", "Both", "Some"}  # fmt: skip


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
        if any(m.start < found.end and found.start < m.end for m in self.mentions):
            return
        self.mentions.append(found)
        if found.actor.kind == "official" and found.actor not in self.persons:
            self.persons.append(found.actor)

    def within(self, start: int, end: int) -> list[Found]:
        """Mentions inside [start, end), in text order (not the outlet named in the dateline)."""
        return sorted((m for m in self.mentions if start <= m.start < end and m.role not in ("outlet", "venue")),
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
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start >= before:
                continue
            if m.actor.kind != "official" and re.search(pattern, m.actor.name.lower()):
                return m.actor
            if word in ("company", "firm", "contractor") and m.actor.kind == "company":
                return m.actor  # "The company said": the company named last, whatever its name
            portfolio = _MINISTER_OF.search(m.actor.title or "") if word == "ministry" and m.actor.kind == "official" else None
            if portfolio:  # "Bangladesh's Minister of Disaster Management and Relief, ...": "the ministry" is his
                return ActorRef(f"Ministry of {portfolio.group('p')}", "government_body", iso3=m.actor.iso3)
        return None


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


# Thematic mandates as the Council names them (longest first), so a name stops where the mandate's
# topic does, whatever lowercase words follow it in the sentence.
_KNOWN_TOPICS = sorted((
    "the right to food", "the independence of judges and lawyers",
    "extrajudicial, summary or arbitrary executions",
    "torture and other cruel, inhuman or degrading treatment or punishment",
    "the promotion and protection of the right to freedom of opinion and expression",
    "freedom of opinion and expression", "freedom of expression",
    "the rights to freedom of peaceful assembly and of association",
    "the situation of human rights defenders", "human rights defenders", "freedom of religion or belief",
    "the human rights of migrants", "the rights of indigenous peoples",
    "violence against women and girls, its causes and consequences",
    "violence against women, its causes and consequences", "the right to privacy",
    "the right to education", "the right to health", "the right to adequate housing",
    "adequate housing as a component of the right to an adequate standard of living",
    "the human rights to safe drinking water and sanitation", "extreme poverty and human rights",
    "the sale, sexual exploitation and sexual abuse of children",
    "trafficking in persons, especially women and children",
    "contemporary forms of slavery, including its causes and consequences",
    "contemporary forms of racism, racial discrimination, xenophobia and related intolerance",
    "the promotion and protection of human rights and fundamental freedoms while countering terrorism",
    "the negative impact of unilateral coercive measures on the enjoyment of human rights",
    "the negative impact of unilateral coercive measures",
    "the human rights of internally displaced persons", "minority issues",
    "the rights of persons with disabilities",
    "the promotion of truth, justice, reparation and guarantees of non-recurrence",
    "the right to development", "human rights and the environment", "cultural rights",
    "the enjoyment of all human rights by older persons",
    "protection against violence and discrimination based on sexual orientation and gender identity",
    "the promotion and protection of human rights in the context of climate change",
    "arbitrary detention", "enforced or involuntary disappearances", "the use of mercenaries",
    "business and human rights", "discrimination against women and girls", "people of african descent",
    "freedom of peaceful assembly", "freedom of association",
), key=len, reverse=True)  # fmt: skip


def mandate_state_name(name: str, article: str = "") -> str:
    """The State as the Council names it in a mandate: "Iran (Islamic Republic of)" is "the Islamic
    Republic of Iran", "Venezuela (Bolivarian Republic of)" "the Bolivarian Republic of Venezuela";
    others keep the article the text gave them ("in the Central African Republic")."""
    inverted = re.fullmatch(r"(?P<short>[^()]+?)\s+\((?P<long>[^()]+?)\)", name)
    if inverted:
        long = inverted.group("long")
        if long.endswith((" of", " of the")):
            return f"the {long} {inverted.group('short')}"
        return f"{inverted.group('short')} ({long})"
    return f"{article}{name}"


def mandate_ref(title: str, text: str) -> ActorRef | None:
    """The canonical UN mandate named in `text` ("UN special rapporteur on human rights in X")."""
    match = _MANDATE_COUNTRY.search(text)
    if match:
        words = match.group("country").split()
        for size in range(len(words), 0, -1):
            state = resolve_state_name(" ".join(words[:size]))
            if state is not None:
                words = match.group("title").split()
                title = " ".join(w if w in ("of", "and", "on") else w.capitalize() for w in words)
                title = title.replace("Fact-finding", "Fact-Finding")
                bodies = ("Inquiry", "Mission", "Experts", "Rights")
                topic = "" if title.endswith(bodies) else "the situation of human rights in "
                if title.endswith("Experts") and re.search(r"(?i)\bhuman\s+rights\s+on\s+(?:the\s+)?$", text[: match.start("country")]):
                    topic = "Human Rights on "  # "Group of Experts on Human Rights on Nicaragua": its name
                link = "in" if title.endswith("Rights") else "on"  # "Commission on Human Rights in South Sudan"
                if title.endswith("Mission") and re.search(r"(?i)\bfor\s+(?:the\s+)?$", text[: match.start("country")]):
                    link = "for"  # "the Fact-Finding Mission for the Sudan": the name the Council gave it
                article = "the " if re.search(r"(?i)\bthe\s+$", text[: match.start("country")]) else ""
                name = f"{title} {link} {topic}{mandate_state_name(state.name, article)}"
                return ActorRef(name=name, kind="un_mechanism", iso3=state.iso3)
    match = _MANDATE_THEME.search(text + ".") or _MANDATE_THEME_TITLED.search(text)
    if match and not re.search(r"(?i)human\s+rights\s+in\s+(?!the\s+context\b)", match.group(0)):  # (not "... in the context of climate change")
        topic = re.sub(r"\s+(?:in|at|on|to|for|during|and)$", "", match.group("topic").strip(" ,"))
        # "the Special Rapporteur on torture and asked her to ...": a verb after "and" starts a new
        # clause; topics join nouns ("judges and lawyers", "racism ... and related intolerance")
        topic = re.sub(
            r"\s+and\s+(?!related\b)(?:[a-z]+ed|will|would|has|have|is|was|says|said|told|urges?|asks?|"
            r"calls?|wants?|should|may|can|must)\b.*$",
            "",
            topic,
        )
        known = next((k for k in _KNOWN_TOPICS if topic.lower().startswith(k)), None)
        topic = topic[: len(known)] if known else topic  # "... judges and lawyers face to face on 4 March"
        title = re.sub(r"\bOf\b", "of", match.group("title").title())  # "Working Group of Experts"
        return ActorRef(name=f"{title} on {topic}", kind="un_mechanism")
    return None


def _clean_org(raw: str) -> tuple[str, int]:
    """Drop sentence-initial words and trailing connectors; returns the name and its offset."""
    tokens = list(re.finditer(r"\S+", raw))
    first, last = 0, len(tokens)
    broken = raw.find("\n")
    if broken > 0 and not re.search(_ORG_HEAD, raw[:broken]):  # "PRESS RELEASE\nMinistry of ...": a
        first = next((i for i, t in enumerate(tokens) if t.start() > broken), last)  # heading line above
    heading = re.search(r"\n[^\S\n]*(?:Posted|Press|Published|Date[d]?|Statement|Communiqu[eé]|Release|"
                        r"Fact|FACT|Outcome|Geneva|Unofficial)\b", raw)
    if heading is not None:  # "... of Uzbekistan\nPosted 5 July": the next heading line is not the name
        last = sum(1 for t in tokens if t.start() < heading.start())
    while first < last and (tokens[first].group() in _LEAD_STOP
                            or (re.search(r"[’']s$", tokens[first].group())
                                and not re.fullmatch(r"(?:People|Women|Children|Youth|Ombuds\w+)[’']s", tokens[first].group())
                                and (first + 1 >= last or find_states(tokens[first].group()[:-2])
                                     or first + 2 < last))):  # fmt: skip
        first += 1  # "Cambodia's Ministry of ...": the State is in iso3, not in the name; but
        # "the Ombudsman's Office" is the office's name
    for i in range(first + 1, min(first + 6, last - 1)):  # "The United Kingdom's National Contact Point": a State
        lead = " ".join(t.group() for t in tokens[first : i + 1])  # of several words, then the body
        if re.search(r"[’']s$", lead) and any(a == 0 and b == len(lead) - 2 for a, b, _ in find_states(lead[:-2])):
            first = i + 1
            break
    if last - first > 3 and re.fullmatch(r"Lawyers|Researchers|Members|Volunteers|Activists|Staff", tokens[first].group()) and (
            tokens[first + 1].group() in ("with", "of", "from", "at")):  # "Lawyers with the Nairobi Defenders Collective said"
        first += 3 if tokens[first + 2].group() == "the" else 2
    while first < last - 1 and re.fullmatch(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the)",
                                            tokens[first].group()):  # fmt: skip
        first += 1  # "revealed on Friday the Observatório ...": the day before the name
    while last > first and tokens[last - 1].group() in ("of", "for", "to", "on", "and", "the",
                                                         "in", "other", "with"):  # fmt: skip
        last -= 1
    shelter = next((i for i in range(first, last - 1) if tokens[i].group() == "Shelter" and tokens[i + 1].group() == "in"), None)
    if shelter is not None:  # "the Baan Khun Shelter in Chiang Rai": where the shelter is, not its name
        last = shelter + 1
    if last - first >= 2 and re.fullmatch(r"Spokes(?:person|man|woman)", tokens[last - 1].group()):
        last -= 1  # "the Foreign Ministry Spokesperson": the person's title, after the body's name
    if first >= last:
        return "", 0
    return raw[tokens[first].start() : tokens[last - 1].end()], tokens[first].start()


# A person introduced by a sentence of its own: "Caspar Obi has been the Special Rapporteur on ... since
# last year", "Tomasz Nowak heads Civic Space Watch, a monitoring group" (interviews and profiles)
_SENTENCE_START = r"(?:^|(?<=[.!?][^\S\n])|(?<=[.!?][”\"][^\S\n]))"
_NAME_IS_TITLE = re.compile(
    rf"(?m){_SENTENCE_START}(?P<name>{_NAME_BLOCK}{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})[^\S\n]+"
    rf"(?:has\s+been|is|was|became|serves\s+as)\s+(?:the\s+|a\s+|an\s+)?(?P<title>(?:UN\s+)?{_TITLE}\b[^,.;\n]{{0,120}}?)"
    r"(?=\s*[,.;]|\s+(?:since|for|until|and|who|from)\b)(?P<body>(?!))?"
)
# "Vikram Tiwari-Locke of the Hindu Jagran Sabha defended the law", "Sheikh Omar Karami-Lowe of Dar al-Fatwa
# urged ...": a person who opens a sentence, placed by the body they belong to
_NAME_OF_BODY = re.compile(
    rf"(?m){_SENTENCE_START}(?:(?:Sheikh|Maulana|Father|Sister|Bishop|Imam|Rabbi|Pastor|Reverend|Rev\.|Venerable|Dr\.?|Mr\.?|"
    rf"Ms\.?|Mrs\.?|Prof\.?)[^\S\n]+)?(?P<name>{_NAME_BLOCK}{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})[^\S\n]+"
    rf"(?:of|from)[^\S\n]+(?:the[^\S\n]+)?(?P<body>[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:of|for|the|and|al|el)[^\S\n]+)?[A-Z][\w’'-]+){{0,5}}|"
    rf"[A-Z][\w’'-]+[^\S\n]+(?:al|el|ad|ar|as|an)-[A-Z][\w’'-]+)"
    r"(?=,?\s+(?:said|says|told|urged|defended|welcomed|warned|added|called|criticised|criticized|rejected|argued|accused|"
    r"denied|insisted|disputed|praised|condemned)\b)"
)
_HEADS = {"heads": "head", "leads": "head", "directs": "director", "chairs": "chair", "runs": "head",
          "coordinates": "coordinator", "founded": "founder", "co-founded": "co-founder"}  # fmt: skip
_NAME_HEADS = re.compile(
    rf"(?m){_SENTENCE_START}(?P<name>{_NAME_BLOCK}{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})[^\S\n]+"
    rf"(?P<verb>{'|'.join(_HEADS)})\s+(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|on|de|del)\s+)?[A-Z][\w’'-]*){{1,6}})"
)
_DELEGATION_ROLE = re.compile(r"(?i),\s+(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the|his|her|its)\s+(?:\w+\s+)?delegation\b")


# One more party in a list of seat counts: ", the Moderates 62", " and the Armenia Alliance 18"
_SEAT_ITEM = re.compile(
    r"(?:,\s*|\s+and\s+)(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|the|and|de|del|da|do|la|el|e|y)\s+){0,2}[A-Z][\w’'-]+){0,6})"
    r"(?:\s*\([^()\n]{1,12}\))?\s+(?:won\s+|took\s+|kept\s+|secured\s+|got\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\b(?!\s*(?:per\s*cent|percent|%|of\b))"
)


_FACT_CHECK = re.compile(r"(?im)^[^\S\n]*(?:verdict|rating|our\s+verdict)\s*:")
_CHECKER_LINE = re.compile(r"(?m)^[^\S\n]*(?:[A-Z][A-Z .’'-]+,[^\n]{0,40}?\d{4}[^\S\n]*[-–—][^\S\n]*)?"
                           r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,3})[^\S\n]*$")


def _fact_checker(actors: PressActors, text: str) -> None:
    """A fact check ("Claim: ...", "Verdict: ...") prints its publisher on a line of its own under the
    headline ("Africa Check", "JOHANNESBURG, 6 February 2028 - Africa Check"): the outlet writing."""
    if not _FACT_CHECK.search(text) or not re.search(r"(?im)^[^\S\n]*claim\s*:", text):
        return
    lines = [m for m in re.finditer(r"(?m)^[^\S\n]*\S[^\n]*$", text)][1:4]  # not the headline
    for line in lines:
        if re.match(r"(?i)\s*claim\s*:", line.group(0)):
            break
        found = _CHECKER_LINE.fullmatch(text, line.start(), line.end())
        if found:
            actors.add(Found(found.start("name"), found.end("name"), ActorRef(found.group("name"), "media"), "outlet"))
            return


def _seat_list(actors: PressActors, text: str, after: int) -> None:
    """The parties listed after the first one's seat count, up to the end of its sentence."""
    end = text.find(".", after)
    end = len(text) if end < 0 else end
    for item in _SEAT_ITEM.finditer(text, after, end):
        name = item.group("name")
        if name.split()[0] in _LEAD_STOP or any(st[0] == 0 and st[1] == len(name) for st in find_states(name)):
            continue
        actors.add(Found(item.start("name"), item.end("name"), ActorRef(name, "political_party"), "mentioned"))


# Small words inside a body's name in the languages the press quotes names in: "Centro de Estudios
# sobre Cárcel y Sociedad", "Fórum Popular pela Moradia", "Juventude ba Futuru", "Committee to Protect".
_NAME_JOIN = (r"o|de|del|des|du|la|le|los|las|for|of|the|and|y|e|pour|et|to|against|sobre|para|por|contra|in(?=\s+Exile\b)|on(?=\s+the\s)|per|"
              r"con|en|em|da|do|das|dos|pela|pelo|na|no|ba|wa|ya|di|al|el|una|un|uma|um|à|ao|aos|cha|za|ja|az|va|sa|ng")  # "Huquq va Imon", "Bantay Kalusugan sa Piitan"
_NAMED_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w’'-]+\s+){1,5}(?:Group|Trust|Project|Fund))\b"
    r"(?=\s*[,(.;]|\s+(?:said|says|has|had|which|who|is|was|reported|recorded|told|found|published|counted|documented)\b|"
    r"\s+to\s+[A-Z])"  # "Group to Lesotho"
)
# A name of two words or more followed by its acronym in brackets, at a sentence start or after "the"
_ORG_ACRONYM = re.compile(
    r"(?:(?<=\b[Tt]he\s)|(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s))"
    rf"(?!The\s)(?P<name>[A-Z][\w’'-]+(?:{_WS1}(?:(?:{_NAME_JOIN}){_WS1}){{0,3}}(?:[A-Z]|[dl][’'][A-Z]|(?:al|el|li|bi|ad|ar|as|an|at)-[A-Z])[\w’'-]+){{1,9}})"
    r"\s*\((?P<abbr>[A-Z][\w-]{1,9}(?:\s[A-Z\d][\w-]{0,9})?|[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,6}\s+(?:Centre|Center|Circle|"
    r"Committee|Association|Initiative|Foundation|Network|Lawyers|Union|Council|Society|Group|League|Movement|Forum|"
    r"Institute|Organi[sz]ation|Platform|Alliance|Coalition|Watch|Observatory|Federation|Trust|Fund|Rights|Defenders))\)",
    re.MULTILINE,
)
_GOVERNMENT_WORD = re.compile(r"\b(?:Ministry|Ministerio|Minist[eè]re|Department|Agency|Authority|Directorate|Secretariat|"
                              r"Police|Court|Tribunal|Parliament|Government|Electoral|Elections?|Office|Bureau|Service|"
                              r"Army|Forces?|Prosecutor|Procurator|Treasury|Bank|Administration|Municipality|Cabinet|Tume)\b")


def _with_country(text: str, start: int, name: str) -> str:
    """ "Human Rights Concern - Eritrea": a country after a dash is part of the body's name."""
    country = re.match(r"[^\S\n][-–][^\S\n]([A-Z][\w’'-]+(?:[^\S\n][A-Z][\w’'-]+)?)\b", text[start + len(name) :])
    if country and any(s == 0 and e == len(country.group(1)) for s, e, _ in find_states(country.group(1))):
        return name + country.group(0)
    return name


def _acronym_body(name: str) -> ActorRef | None:
    """What a name given with its acronym is: its own kind where the name says it ("Ministry of ...",
    "... Party"), else a civil-society body ("Somali Journalists Syndicate (SJS)")."""
    tokens = name.split()
    if tokens[0] in _LEAD_STOP or tokens[0] in _NO_BODY_NAME or tokens[0] in ("The", "In", "On", "At", "According"):
        return None
    if any(s == 0 and e == len(name) for s, e, _ in find_states(name)) or group_name(name_key(name)):
        return None  # "European Union (EU)": a group of States, resolved elsewhere
    if re.match(_TITLE, name):
        return None  # "Special Rapporteur (SR)": a title
    kind = org_kind(name)
    if kind == "government_body" and not _GOVERNMENT_WORD.search(name):
        kind = "ngo"
    return ActorRef(name, kind)


def find_actors(text: str) -> PressActors:
    """Every actor in `text`: titled people first, then mandates, bodies, NGOs, media, States."""
    bodies = PressActors()  # found first so "its deputy director" can point back to one
    for match in _ORG.finditer(text):
        for part_start, raw in _org_parts(match):
            name, lead = _clean_org(raw)
            if len(name.split()) < 2:  # a bare "Government" is resolved from context, not named
                continue
            if re.search(r"\b(?:Buildings?|House|Hall|Palace|Square|Grounds)$", name):
                continue  # "at Parliament Buildings": a place, not a body
            start = part_start + lead
            joined = re.search(r"(?<![\w’'-])(?:(?!(?:The|A|An|In|On|At|By|For)\s)[A-Z][\w-]+\s+){1,3}and\s+$", text[max(0, start - 60) : start])
            if joined and name.endswith(" Authority"):  # "the Oversight and Anti-Corruption Authority", "the
                start -= len(joined.group(0))  # National Database and Registration Authority": one body
                name = text[start:start + len(joined.group(0))] + name
            name = _with_country(text, start, name)
            states = find_states(raw)  # also "Cambodia's" dropped from the name
            if any(s_ == 0 and e_ == len(name) for s_, e_, _ in find_states(name)):
                continue  # "the Russian Federation": a State, whatever its head word
            ref = ActorRef(name=name, kind=org_kind(name), iso3=states[0][2].iso3 if states else None)
            bodies.add(Found(start, start + len(name), ref, "mentioned"))
    actors = PressActors()
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
            _add_title_name(actors, bodies, match, text)
    for match in _NAME_IS_TITLE.finditer(text):
        _add_name_title(actors, match, text)
    for match in _NAME_OF_BODY.finditer(text):
        name, body = match.group("name"), match.group("body")
        if set(name.split()) & _NOT_NAME or find_states(name) or re.search(_ORG_HEAD, name):
            continue  # ("Officials of the Ministry said", "Ministry of Justice said": no person)
        whole_state = any(a == 0 and b == len(body) for a, b, _ in find_states(body))  # "Name of Peru": no body
        actors.add(Found(match.start("name"), match.end("name"),
                         ActorRef(name, "official", body=None if whole_state else body), "official"))  # fmt: skip
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
        if not set(match.group("name").split()) & _NOT_NAME and not find_states(match.group("name")):
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(match.group("name"), "official", title=match.group("title")), "official"))  # fmt: skip
    for match in _HANSARD_LABEL.finditer(text):  # "THE MINISTER OF JUSTICE (Hon. Name): Mr Speaker, ..."
        name = re.sub(r"^(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof)\.?\s+)+", "", match.group("name").strip())
        if _PERSON_IN_LABEL.fullmatch(name):
            title = " ".join(w.lower() if i and w.lower() in ("of", "and", "for", "the", "on", "in") else w.capitalize()
                             for i, w in enumerate(match.group("title").split()))  # fmt: skip
            start = match.start("name") + match.group("name").index(name)
            actors.add(Found(start, start + len(name), ActorRef(name, "official", title=title), "official"))
    for match in _HANSARD_NAME_LABEL.finditer(text):  # "HON. NAME IN CAPITALS (Minister of ...): Hon. Speaker, ..."
        if holds_title(match.group("title")):
            name = "-".join(" ".join(w.capitalize() for w in part.split()) for part in match.group("name").split("-"))
            actors.add(Found(match.start("name"), match.end("name"),
                             ActorRef(name, "official", title=match.group("title").strip()), "official"))  # fmt: skip
    for match in _NAME_HEADS.finditer(text):
        body = match.group("body")
        if any(token in _NOT_NAME for token in match.group("name").split()) or find_states(match.group("name")):
            continue
        kind = org_kind(body)
        ref = ActorRef(match.group("name"), "official", title=f"{_HEADS[match.group('verb')]} of {body}", body=body)
        actors.add(Found(match.start("name"), match.end("name"), ref, "official"))
        actors.add(Found(match.start("body"), match.end("body"), ActorRef(body, kind), "mentioned"))
    for match in role_only:
        _add_name_title(actors, match, text)
    for pattern in (_MANDATE_COUNTRY, _MANDATE_THEME, _MANDATE_THEME_TITLED):
        for match in pattern.finditer(text):
            ref = mandate_ref(match.group("title"), match.group(0))
            if ref is not None:
                actors.add(Found(match.start(), match.end(), ref, "mandate"))
    _fact_checker(actors, text)
    for match in _OUTLET_USED.finditer(text):
        group = next(g for g in "dlabceghijkmno" if match.group(g))
        name = re.sub(r"^The\s+(?=Daily\b)", "", match.group(group)) if group not in "dl" else match.group(group)
        if re.match(r"(?i)translated|AP\b|AFP\b", name) or find_states(name) and len(name.split()) == 1:
            continue  # "(translated from Spanish)", a bare State
        start = match.start(group) + match.group(group).index(name)  # the outlet of the dateline is
        role = "outlet" if group in "dl" else "mentioned"  # no one's words in its first sentence
        actors.add(Found(start, start + len(name), ActorRef(name, "media"), role))
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
    for match in _MEDIA_APPOSED.finditer(text):  # "Iran Horizon International, a London-based satellite channel"
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
    for match in _NAMED_AGENCY.finditer(text):
        if match.group("name").split()[0] not in _LEAD_STOP and not find_states(match.group("name")):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
    for match in [*_COMPANY.finditer(text), *_COMPANY_CALLED.finditer(text), *_COMPANY_PREFIXED.finditer(text),
                  *_COMPANY_APPOSED.finditer(text)]:  # companies, for business and human rights
        name = match.group("name")
        if name.split()[0] in _LEAD_STOP or names_state_body(name) or _NOT_A_COMPANY.search(name) or any(
                a == 0 and b == len(name) for a, b, _ in find_states(name)):  # fmt: skip
            continue
        if re.search(r"\b(?:Ministry|Minister|Department|Secretary|Office|Bureau|Commission|Agency)\s+(?:of|for)\s+[^.;:]*$",
                     text[max(0, match.start("name") - 60) : match.start("name")]):
            continue  # "the Ministry of Mineral and Petroleum Resources": a portfolio, not a firm
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "company"), "mentioned"))
    for match in _PORTFOLIO_COMMITTEE.finditer(text):
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "government_body"), "mentioned"))
    for match in _STATE_BODY_NAMED.finditer(text):
        if not find_states(match.group("name")):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "government_body"), "mentioned"))
    for match in _NAMED_SHELTER.finditer(text):
        if match.group("name").split()[0] not in _LEAD_STOP | _NOT_NAME and not find_states(match.group("name")) and not (
            re.search(rf"\b(?:in|at|from|near)\s+{re.escape(match.group('name'))}\b", text)
        ):  # (not "the Chiang Rai shelter" where the text says "in Chiang Rai": a place)
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "ngo"), "mentioned"))
    for match in _BY_NEWSROOM.finditer(text):
        if org_kind(match.group("name")) == "media" or match.group("name").endswith(" Desk"):  # "the Mekong Rights Desk"
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
    for match in _LABELLED_GROUP.finditer(text):  # "Kurdistan Human Rights Advocacy: Our organisation has ..."
        name = match.group("name")
        if org_kind(name) == "ngo" and not any(a == 0 and b == len(name) for a, b, _ in find_states(name)):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "ngo"), "mentioned"))
    for match in _STATISTICS_OFFICE.finditer(text):  # "Statistics South Africa", "Statistics Canada": an office
        states = find_states(match.group("state"))  # named for its State, with no head word
        if states and states[0][0] == 0:
            end = match.start("state") + states[0][1]
            actors.add(Found(match.start(), end, ActorRef(text[match.start() : end], "government_body"), "mentioned"))
    for match in _MEDIA_CALLED.finditer(text):  # "the state broadcaster Canal 6 reported": a channel
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
    for names, kind in ((_NGO_NAMES, "ngo"), (_MEDIA_NAMES, "media"), (_NHRI_NAMES, "nhri"),
                        (_UN_AGENCY_NAMES, "un_mechanism")):  # fmt: skip
        for name in sorted(names, key=len, reverse=True):  # the longest name first: "Office of the Provedor ..."
            flags = 0 if name.isupper() and len(name) < 6 else re.IGNORECASE  # "Licadho", not "ad hoc"
            if kind in ("nhri", "media") and re.search(rf"[a-z]\s*\(\s*{re.escape(name)}\s*\)", text, re.IGNORECASE if kind == "nhri" else 0):
                continue  # "the Human Rights Commission of Malaysia (SUHAKAM)": the gloss of the name given
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags):
                chapter = _CHAPTER.match(text, match.end()) if kind == "ngo" else None
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
    for match in [*_NGO_APPOSED.finditer(text), *_NGO_GLOSSED.finditer(text), *_NGO_PREFIXED.finditer(text),
                  *_NGO_THE_NOUN.finditer(text), *_NGO_NOUN_AFTER.finditer(text), *_NGO_BASED_SAYS.finditer(text),
                  *_NGO_SET_OFF.finditer(text)]:
        # "Foro Penal, a Caracas-based rights group"; "the rights group Odhikar"; "the collective Tanora Mijoro"
        name, lead = _clean_org(match.group("name"))
        prefixed = match.re not in (_NGO_APPOSED, _NGO_GLOSSED)
        acronym = bool(re.fullmatch(r"[A-Z]{3,8}", name))  # "ALQST, a London-based rights group"
        # "OVD-Info, an independent monitoring group", "Viasna, a banned rights organisation": one
        # word set off by the apposition, but not a sentence adverb ("However, a rights group said")
        opens = re.search(r"(?:^|[.!?:]\s+|\n\s*|\s[-–—]\s+|(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)\b[Tt]he\s+)$",
                          text[: match.start("name") + lead])  # (not "... of Civilians in the Sahel, a ... association")
        acronym = acronym or bool(not prefixed and opens and re.fullmatch(r"[A-Z][\w’'.-]{2,30}", name)
                                  and not name.endswith("ly") and name not in _NO_BODY_NAME)  # fmt: skip
        whole_state = [st for st in find_states(name) if st[0] == 0 and st[1] == len(name)]  # "Kazakhstan
        # Bureau for Civil Liberties" names a State inside, but is not one
        # "the nutrition group Alianza por la Niñez": what the text calls it outweighs a party-like name
        kinds = ("ngo", "government_body", "political_party") if match.re is _NGO_PREFIXED else ("ngo", "government_body")
        if match.re is _NGO_THE_NOUN and re.search(r"(?:video-sharing|social[\s-]media|messaging|streaming|online|tech|technology|"
                                                    r"e-commerce)\s+platform\s+$", text[max(0, match.start("name") - 40) : match.start("name")]):
            continue  # "the video-sharing platform Vidora": a company
        if match.re is _NGO_GLOSSED and names_state_body(name):
            continue  # "the offices of the Municipal Cadastral Commission, the Cambodian League for ... said": two bodies
        if (len(name.split()) >= 2 or (prefixed and name) or acronym) and not whole_state and org_kind(name) in kinds:
            start = match.start("name") + lead
            name = _with_country(text, start, name)
            actors.add(Found(start, start + len(name), ActorRef(name, "ngo"), "mentioned"))
    for match in _NHRI_APPOSED.finditer(text):  # "X, the country's national human rights institution"
        name, lead = _clean_org(match.group("name"))
        if len(name.split()) >= 2 or re.fullmatch(r"[A-Z]{3,10}|Ombuds(?:man|woman|person)|Provedor|Defensor[ií]a", name):
            start = match.start("name") + lead
            actors.add(Found(start, start + len(name), ActorRef(name, "nhri"), "mentioned"))
    for match in _OMBUDSMAN_OF.finditer(text):  # "the Ombudsman of the Republic of Bulgaria"
        holder = next((f.actor for f in actors.mentions if f.actor.kind == "official" and f.start > match.end("name")
                       and re.fullmatch(r"(?:\s*\([^()\n]{1,40}\))?,?\s*", text[match.end("name") : f.start])), None)  # fmt: skip
        if holder is not None:  # "Lithuania's Seimas Ombudsman, Erika Leon-Hale": the title of the person named
            continue
        name = re.sub(r"\s*\([A-Z][a-z]+\)", "", match.group("name"))  # "People's Advocate (Ombudsman) of"
        if name.split()[0] != "Office" and any(f.actor.kind == "official" and name.lower() in (f.actor.title or "").lower()
                                               and f.start < match.start() for f in actors.mentions):
            continue  # "the Ombudsman said": the holder named before with that title
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "nhri"), "mentioned"))
    for match in _FRENCH_ORG.finditer(text):
        name = match.group("name")
        rights = re.search(r"(?i)droits\s+(?:de\s+l[’']homme|humains)", name)  # "Mouvement ... des Droits de l'Homme"
        kind = "political_party" if (re.match(r"(?:Parti|Mouvement|Rassemblement|Front|Congrès)\b", name) and not rights) or re.search(
            r"\bpour\s+la\s+(?:République|Démocratie|Renaissance|Progrès|[Ll]iberté)\b", name) else (
            "nhri" if (re.search(r"(?i)droits\s+de\s+l[’']homme|droits\s+humains", name)
                       and re.match(r"(?:Conseil|Commission|Comité|Institution\s+nationale)\b", name))
            or re.search(r"(?i)protection\s+du\s+citoyen|médiateur", name) else
            "government_body" if re.match(r"(?:Délégation|Office)\b", name) else "ngo")  # fmt: skip
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, kind), "mentioned"))
    for match in _PARTY_OWN_WORD.finditer(text):  # "Chama cha Demokrasia na Maendeleo": "party" in its language
        actors.add(Found(match.start(), match.end(), ActorRef(match.group(0), "political_party"), "mentioned"))
    for match in _PARTY_CALLED.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5") if match.group(g))
        name = match.group(group)
        whole_state = any(st[0] == 0 and st[1] == len(name) for st in find_states(name))  # "Pakistan
        if not whole_state and name.split()[0] not in _LEAD_STOP:  # Tehreek-e-Insaf" holds a State, is not one
            actors.add(Found(match.start(group), match.end(group), ActorRef(name, "political_party"), "mentioned"))
            if group == "name4":  # "... took 24 seats, the Democratic League of Kosovo (LDK) 19 and the
                _seat_list(actors, text, match.end())  # Alliance for the Future of Kosovo (AAK) 8"
            won = re.match(r"\s+(?:won|took|kept|got)\s+\d{1,3}\b(?!\s*(?:per\s*cent|percent|%))", text[match.end(group) :])
            if group == "name3" and won:  # "The governing Democratic Union for Progress won 38, the Albanian
                _seat_list(actors, text, match.end(group) + won.end())  # Integration Bloc 21, ... and the Movement for Dignity 6"
    for found in bodies.mentions:
        actors.add(found)
    headline = text.find("\n") if not text.split("\n", 1)[0].rstrip().endswith(".") else 0
    for match in _BODY_SAYS.finditer(text, max(headline, 0)):  # "Odhikar said it had recorded ...",
        ref = _unnamed_kind_body(actors, match)  # "Techo Chile said"; not a headline's "Tehran says"
        if ref is not None:
            actors.add(Found(match.start("name"), match.end("name"), ref, "mentioned"))
    for match in _NAMED_GROUP.finditer(text):  # "The Christian Churches Monitoring Group, which ...": a
        name = match.group("name")  # group named by its own name, not a group of States
        tokens = set(name.split())
        if not tokens & {"Working", "Contact", "Core", "Friends", "African", "Arab", "Asian", "Asia-Pacific",
                         "Eastern", "Western", "Lima", "Rio"} and not group_name(name_key(name)):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "ngo"), "mentioned"))
    for match in _ORG_ACRONYM.finditer(text):  # "The Somali Journalists Syndicate (SJS) said": a name
        ref = _acronym_body(match.group("name"))  # given with its acronym is a body's
        if ref is not None and not match.group("name").isupper():  # (not "PALANGKA RAYA (Borneo Pulse) -": a dateline)
            actors.add(Found(match.start("name"), match.end("name"), ref, "mentioned"))
    for match in _NATIVE_NAME.finditer(text):  # "la Cancillería, Venezuela's Ministry of Foreign Affairs,": a
        name = match.group("name")  # body named in its own language and glossed in English
        if find_states(name) or name.split()[0] in _NOT_NAME:
            continue
        kind = org_kind(match.group("gloss"))
        actors.add(Found(match.start("name"), match.end("name"),
                         ActorRef(name, kind if kind in ("nhri", "government_body", "ngo") else "government_body"), "mentioned"))  # fmt: skip
    _acronym_mentions(actors, text)  # "the Anglophone Civil Society Consortium (ACSC) ... ACSC said"
    _acronyms_of_named(actors)  # "the UN Office for the Coordination of Humanitarian Affairs ... OCHA said"
    for match in _MOTHERS_GROUP.finditer(text):
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "ngo"), "mentioned"))
    for match in _PRIDE_GROUP.finditer(text):  # "Organisers from Tbilisi Pride": the group that holds the march
        if not find_states(match.group("name")) or find_states(match.group("name"))[0][0] > 0:
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "ngo"), "mentioned"))
    for match in _CANADA_DEPARTMENT.finditer(text):
        actors.add(Found(match.start(), match.end(), ActorRef(match.group(0), "government_body"), "mentioned"))
    for name in _PARLIAMENT_NAMES:  # last: "the Ombudsman of the Oliy Majlis" is the Ombudsman's name
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            actors.add(Found(match.start(), match.end(), ActorRef(name, "government_body"), "mentioned"))
    for match in _LEGISLATURE.finditer(text):  # "tabled in Parliament", "the Senate approved": the State's own
        if not re.search(r"(?<![\w’'-])(?!(?:The|A|An|In|On|At|By|To|From|Of|And|But|As|For)\s)[A-Z][\w’'-]*\s+$",
                         text[max(0, match.start() - 30) : match.start()]):  # (not "European Parliament")
            actors.add(Found(match.start(), match.end(), ActorRef(match.group(0), "government_body"), "venue"))
    for start, end, ref in find_states(text):
        actors.add(Found(start, end, ref, "mentioned"))
    _drop_glosses(actors, text)
    _parties_by_seats(actors, text)
    _outlets_by_name(actors)
    _holders_after_mandates(actors, text)
    _visitor_holders(actors, text)
    _working_group_members(actors, text)
    _full_mandate_titles(actors)
    _short_references(actors)
    return actors


def _outlets_by_name(actors: PressActors) -> None:
    """A name the article shows to be an outlet ("Southern Cross Monitor - Analysis") is one wherever it
    recurs, though its head word alone reads like a group's ("the Southern Cross Monitor went through")."""
    outlets = {m.actor.name.removeprefix("The ") for m in actors.mentions if m.actor.kind == "media"
               and m.role != "outlet"}  # (a group may put its own name in the dateline of its release)
    actors.mentions = [replace(m, actor=replace(m.actor, kind="media")) if m.actor.kind in ("ngo", "government_body")
                       and m.actor.name.removeprefix("The ") in outlets else m for m in actors.mentions]  # fmt: skip


def _short_references(actors: PressActors) -> None:
    """ "the Permanent Mission said", after "the Permanent Mission of Cambodia to the United Nations
    Office": a body named again by the first words of its name is the body named in full before."""
    bodies = sorted((m for m in actors.mentions if m.actor.kind not in ("state", "official", "media")),
                    key=lambda m: m.start)  # fmt: skip
    for i, mention in enumerate(bodies):
        if len(mention.actor.name.split()) < 2:
            continue
        fuller = [b.actor for b in bodies[:i] if b.actor.name.startswith(mention.actor.name + " ")
                  and b.actor.kind == mention.actor.kind]  # fmt: skip
        if not fuller and mention.actor.kind in ("government_body", "ngo"):  # "the Fact-Finding Mission", after "the
            inside = re.compile(rf"(?<=\s){re.escape(mention.actor.name)}(?=\s)")  # Independent International Fact-Finding
            fuller = [b.actor for b in bodies[:i] if b.actor.kind == "un_mechanism"  # Mission on ...": the UN body
                      and inside.search(b.actor.name)]  # named in full before, read by its own kind
        if len({f.name for f in fuller}) == 1:
            at = actors.mentions.index(mention)
            actors.mentions[at] = replace(mention, actor=fuller[0])


def _acronym_mentions(actors: PressActors, text: str) -> None:
    """A body introduced with its acronym in brackets is the same body wherever the acronym recurs,
    and carries that acronym as its `short` name."""
    bodies = [m for m in actors.mentions if m.actor.kind not in ("state", "official")]
    for body in bodies:
        short = re.match(r"\s*\((?:[^()\n,]{2,60},\s*)?([A-Z][A-Za-z-]{0,9}[A-Z]|[A-Z][a-z]{2,8}\s[A-Z]{2,6})\)",
                         text[body.end : body.end + 80])  # "(UNAMA)", "(Komnas HAM)"
        if short is None:
            continue
        named = replace(body.actor, short=short.group(1)) if body.actor.name != short.group(1) else body.actor
        actors.mentions = [Found(m.start, m.end, named, m.role) if m.actor == body.actor else m for m in actors.mentions]
        for again in re.finditer(rf"(?<![\w-]){re.escape(short.group(1))}(?![\w-])", text):
            if again.start() > body.end + short.end():
                bare = [m for m in actors.mentions if (m.start, m.end) == again.span() and m.actor.name == short.group(1)]
                actors.mentions = [m for m in actors.mentions if m not in bare]  # "CEPO said": taken as a body on its own
                actors.add(Found(again.start(), again.end(), named, "mentioned"))


def _initials(name: str) -> str:
    """ "Office for the Coordination of Humanitarian Affairs" -> "OCHA" (small joining words left out)."""
    words = re.sub(r"^(?:UN|United\s+Nations)\s+", "", name).split()
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronyms_of_named(actors: PressActors) -> None:
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


def _drop_glosses(actors: PressActors, text: str) -> None:
    """ "the Collectif des avocats burundais en exil (Collective of Burundian Lawyers in Exile)": the
    name in brackets right after another body's name translates it; the name written first is kept."""
    bodies = [m for m in actors.mentions if m.actor.kind not in ("state", "official")]
    def full_name(m: Found) -> bool:  # "Centro Prodh", "the Ombudsman's Office": a short form or a description
        return len(m.actor.name.split()) >= 3 and not re.search(r"[’']s\b", m.actor.name)

    def description(m: Found) -> bool:  # "(Ombudsman's Office)": what the body is, not its name
        return bool(re.search(r"[’']s\b", m.actor.name))

    glosses = {id(m) for m in bodies
               if re.search(r"\(\s*$", text[max(0, m.start - 3) : m.start]) and re.match(r"\s*\)", text[m.end :])
               and (full_name(m) or description(m))
               and any(0 <= m.start - o.end <= 3 and o is not m and full_name(o) for o in bodies)}  # fmt: skip
    actors.mentions = [m for m in actors.mentions if id(m) not in glosses]


# A sentence that opens with a name nothing else has recognised, then a reporting verb.
_BODY_SAYS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s)|(?<=,\s))(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|and)\s+)?[A-Z][\w’'-]+){0,5})\s+(?:said|says|reported|"
    r"estimated|found)\b(?:(?P<gap>\s+)(?P<it>(?:that\s+)?(?:it|its)\b)?)?",  # also at a sentence's end: "..., X said."
    re.MULTILINE,
)
# Capitalised words that open a sentence or a clause and are no body's name: pronouns, sentence
# adverbs, plain nouns for people ("However, a rights group said", "Officials said").
_NO_BODY_NAME = {
    "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
    "However", "Meanwhile", "Instead", "Earlier", "Later", "Also", "Yesterday", "Today", "Elsewhere",
    "Moreover", "Furthermore", "Still", "Yet", "Then", "Now", "Nevertheless", "Nonetheless", "Besides",
    "Likewise", "Similarly", "Otherwise", "Overall", "Locally", "Abroad", "Inside", "Outside",
    "Afterwards", "Again", "Police", "Officials", "Authorities", "Government", "Parliament", "Ministry",
    "Prosecutors", "Witnesses", "Organisers", "Organizers", "Sources", "Relatives", "Analysts",
    "Observers", "Monitors", "Critics", "Diplomats", "Delegates", "Everyone", "Nobody", "Someone",
    "Many", "Others", "Some", "Most", "Both", "All", "Each", "Another", "One", "Survivors", "Residents",
    "Doctors", "Lawyers", "Activists", "Experts", "Investigators", "Campaigners", "Rescuers",
}  # fmt: skip


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
    if tokens[0] == "The" and 4 <= len(tokens) <= 7 and "for" in tokens[2:-1] and not re.match(_TITLE, tokens[1]):
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
    if tokens[0] in _LEAD_STOP or tokens[0] in _NO_BODY_NAME or tokens[0] in _NOT_NAME:
        return None
    if re.match(rf"{MONTH}$|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", tokens[0]):
        return None
    if any(actors.person(token) is not None for token in tokens):
        return None  # "Kettunen said": a person named before
    states = find_states(name)
    if any(s == 0 and e == len(name) for s, e, _ in states):
        return None  # "Costa Rica said": the State itself
    if "for" in tokens[1:-1]:  # "Tamkeen for Legal Aid and Human Rights": what a body stands for
        if re.match(_TITLE, name):
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


# "the Green-Social Alliance won 29 seats", "ahead of the Green-Social Alliance with 29": seats won
_WINS_SEATS = re.compile(rf"(?:\s*\([A-Z][\w-]{{1,10}}\))?\s+(?:won|took|secured|kept|retained|gained|lost|obtained|got|"
                         rf"holds|with|led\s+with|leads\s+with|came\s+(?:first|second|third)\s+with)\s+(?:only\s+|just\s+)?(?:{NUMBER})(?:\s+of\s+(?:the\s+)?(?:{NUMBER}))?"
                         r"(?!\s*(?:per\s*cent|percent|%|votes|years))", re.I)


# "while the Kurdistan Unity List took 38", "ahead of the Slovenian Democratic Union with 27", "The new
# Unity for Seniors list, ..., won 14 seats": a name with no head word, known as a party by its seats
_SEAT_WINNER = re.compile(r"\b(?:the|The)\s+(?:new\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|of|and)\s+(?:the\s+)?)?[A-Z][\w’'-]+){1,4})"
                          r"(?P<list>\s+list\b)?")
_NOT_A_PARTY = re.compile(r"\b(?:Assembly|Parliament|Chamber|Council|Commission|Senate|House|Court|Tribunal|Committee|"
                          r"Ministry|Office|Mission|Election|Electoral|Government|Republic|Federation|Kingdom)\b")


def _parties_by_seats(actors: PressActors, text: str) -> None:
    """A body that wins seats is a party, whatever its name's head word ("Alliance", "Union")."""
    for sentence in re.finditer(r"[^.\n]*\bseats?\b[^.\n]*", text):
        for match in _SEAT_WINNER.finditer(text, sentence.start(), sentence.end()):
            name = match.group("name")
            if (match.group("list") or _WINS_SEATS.match(text, match.end())) and not _NOT_A_PARTY.search(name) and not (
                    find_states(name) or names_state_body(name) or actors.within(match.start("name"), match.end("name"))):  # fmt: skip
                actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "political_party"), "mentioned"))
    parties = set()
    for found in actors.mentions:
        if found.actor.kind not in ("ngo", "government_body") or (found.actor.kind == "government_body" and names_state_body(found.actor.name)):
            continue
        # "16 councillors from the Union for Reform": the seats it holds, counted before its name
        paragraph = text[text.rfind("\n", 0, found.start) + 1 : found.start]
        if re.search(r"\b\d{1,3}\s+(?:councillors|councilors|deputies|MPs|members|seats)\s+(?:from|for|of)\s+(?:the\s+)?$",
                     text[max(0, found.start - 40) : found.start]) or (
            re.search(r"\b\d{1,3}\s+from\s+(?:the\s+)?$", paragraph) and re.search(r"\b(?:councillors|seats|deputies)\b", paragraph)):
            parties.add(found.actor)
            continue
        # "The Harbour Alliance took 5, ...", ", the Progressive Labour Movement 7": a share of the seats
        won = _WINS_SEATS.match(text, found.end) or re.match(r"[^\S\n]+\d{1,3}\b(?!\s*(?:per\s*cent|percent|%|[-–]))", text[found.end :])
        if won is None:
            continue
        paragraph_start = text.rfind("\n", 0, found.start)  # ("seats" may be said in the paragraph's first sentence)
        paragraph_end = text.find("\n", found.end)
        if re.search(r"\b(?:seats?|councillors|mandates)\b", text[paragraph_start + 1 : paragraph_end if paragraph_end >= 0 else len(text)]):
            parties.add(found.actor)
    # "The Andean Green Movement campaigned ...", after "the Andean Green Movement party": one party
    party_names = {m.actor.name for m in actors.mentions if m.actor.kind == "political_party"}
    parties |= {m.actor for m in actors.mentions if m.actor.kind in ("ngo", "government_body") and m.actor.name in party_names}
    actors.mentions = [replace(m, actor=replace(m.actor, kind="political_party")) if m.actor in parties else m
                       for m in actors.mentions]  # fmt: skip


_HOLDER_AFTER = re.compile(rf"[^\S\n]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[^\S\n]+)?{_WHEN_WORD}(?P<name>{_NAME_TOKEN}"
                           rf"(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})(?![\w’'-])")


def _holders_after_mandates(actors: PressActors, text: str) -> None:
    """ "Special Rapporteur on torture Henrik Adebayo-Strand to tour prisons": a name right after a
    mandate's full title, with no comma, is its holder (a headline or a bullet writes it so)."""
    for mandate in [m for m in actors.mentions if m.actor.kind == "un_mechanism"
                    and re.match(r"(?:Special Rapporteur|Independent Expert)\b", m.actor.name)]:  # fmt: skip
        after = _HOLDER_AFTER.match(text, mandate.end)
        if (after is None or not text[mandate.start : mandate.end].endswith(mandate.actor.name.split()[-1])
                or set(after.group("name").split()) & _NOT_NAME or find_states(after.group("name"))
                or names_state_body(after.group("name")) or re.search(_ORG_HEAD, after.group("name"))):
            continue  # "the Special Rapporteur on the right to food at Parliament Buildings": a place
        name = after.group("name")
        actors.add(Found(after.start("name"), after.end("name"),
                         ActorRef(name, "official", title=mandate.actor.name), "mandate_holder"))  # fmt: skip


# "At the end of her visit, Ines Carvalho-Mbeki said ...": the expert who made the visit, named bare
_VISITOR_NAMED = re.compile(rf"(?:During|At[^\S\n]+the[^\S\n]+(?:end|close|start)[^\S\n]+of|After|Throughout|On[^\S\n]+the[^\S\n]+"
                            rf"(?:first|last|final)[^\S\n]+day[^\S\n]+of)[^\S\n]+(?:the|her|his|their)[^\S\n]+visit,[^\S\n]+"
                            rf"(?P<name>{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})(?![\w’'-])")


# "Two members of the UN Working Group on Business and Human Rights, Name and Name, began ...", later "The
# experts, Name and Name, raised ...": the members of a working group, named in pairs
_PAIR_NAMES = rf"(?P<a>{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}}),?[^\S\n]+and[^\S\n]+(?P<b>{_NAME_TOKEN}(?:[^\S\n]+{_PARTICLE}{_NAME_TOKEN}){{1,2}})(?=[,.;]|\s+(?:will|would|are|were|began|visited|met|said|told))"
_GROUP_MEMBERS = re.compile(rf"\b(?:(?:members?|experts?)\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?P<wg>Working\s+Group(?:\s+on\s+"
                            rf"[^,;.()]+?)?),|the\s+(?P<wg2>Working\s+Group)[’']s\s+members|(?P<wg3>Working\s+Group)\s+members)\s+{_PAIR_NAMES}")
_EXPERTS_PAIR = re.compile(rf"\b[Tt]he\s+(?:two\s+)?(?:experts|members),\s+{_PAIR_NAMES}")


def _working_group_members(actors: PressActors, text: str) -> None:
    """Members of a UN working group named in a pair after it, or after "The experts," once it is named."""
    groups = []
    named = {m.actor.name for m in actors.mentions if m.actor.kind == "un_mechanism" and m.actor.name.startswith("Working Group on")}
    for match in _GROUP_MEMBERS.finditer(text):
        wg = " ".join((match.group("wg") or match.group("wg2") or match.group("wg3")).split())
        groups.append(next(iter(named)) if wg == "Working Group" and len(named) == 1 else wg)  # "the Working Group": the one named
        for key in ("a", "b"):
            actors.add(Found(match.start(key), match.end(key), ActorRef(match.group(key), "official", title=groups[-1]), "mandate_holder"))
    only = groups[0] if len(set(groups)) == 1 else (next(iter(named)) if len(named) == 1 else None)
    for match in _EXPERTS_PAIR.finditer(text) if only else ():
        for key in ("a", "b"):
            if not set(match.group(key).split()) & _NOT_NAME:
                actors.add(Found(match.start(key), match.end(key), ActorRef(match.group(key), "official", title=only), "mandate_holder"))


def _visitor_holders(actors: PressActors, text: str) -> None:
    """A person named bare right after "During her visit," holds the one mandate the article names."""
    mandates = {m.actor.name for m in actors.mentions if m.actor.kind == "un_mechanism"
                and re.match(r"(?:Special Rapporteur|Independent Expert)\b", m.actor.name)}  # fmt: skip
    if len(mandates) != 1 or any(m.actor.kind == "official" and m.actor.title in mandates for m in actors.mentions):
        return
    for match in _VISITOR_NAMED.finditer(text):
        name = match.group("name")
        if set(name.split()) & _NOT_NAME or find_states(name) or re.search(_ORG_HEAD, name):
            continue
        actors.add(Found(match.start("name"), match.end("name"),
                         ActorRef(name, "official", title=next(iter(mandates))), "mandate_holder"))  # fmt: skip


def _full_mandate_titles(actors: PressActors) -> None:
    """"The Special Rapporteur, Marisol Baek, told the Council": the holder's bare title is the full
    name of the mandate of that kind named last before it (or of the only one the article names)."""
    mandates = sorted((m.start, m.actor.name) for m in actors.mentions
                       if m.actor.kind == "un_mechanism" and m.role == "mandate")  # fmt: skip
    for i, found in enumerate(actors.mentions):
        title = (found.actor.title or "").removeprefix("UN ").strip()
        if found.role != "mandate_holder" or title.lower() not in ("special rapporteur", "rapporteur",
                                                                    "independent expert", "expert"):  # fmt: skip
            continue
        word = "Independent Expert" if "independent" in title.lower() else "Special Rapporteur"
        same = [(pos, name) for pos, name in mandates if name.startswith(word)]
        if not same and title.lower() == "expert":  # "The Expert, Name," of the "Expert on the situation ... in Haiti"
            same = [(pos, name) for pos, name in mandates if re.match(r"(?:Independent\s+|Designated\s+)?Expert\b", name)]
        before = [name for pos, name in same if pos < found.start]  # the one named last before
        chosen = before[-1] if before else (same[0][1] if len({n for _, n in same}) == 1 else None)
        if chosen is not None:
            full = replace(found.actor, title=chosen)
            actors.mentions[i] = replace(found, actor=full)
            actors.persons = [full if p == found.actor else p for p in actors.persons]


# A body that the text itself calls a group: "the Observatorio Venezolano de Derechos, a Caracas-based
# monitoring group", "Viasna, a banned rights organisation"
_NGO_APPOSED = re.compile(
    r"(?<![\w’'-])(?!(?:According|As|In|On|At|For|By|From|To|With|After|Before|During|Speaking)\s)"
    rf"(?P<name>[A-Z][\w’'-]+(?:\.[a-z]{{2,4}})?(?:\s+(?:(?:{_NAME_JOIN})\s+){{0,2}}"
    r"(?:[A-Z]|(?:al|el|li|bi|ad|ar|as|an|at)-[A-Z])[\w’'-]+){0,6})(?:\s*\([A-Z][^()\n]{1,60}\))?,\s+(?:a|an)\s+(?:(?:(?!(?:of|the|for|to|in|at|with|former|member|head|leader|founder|director|spokes\w+)\s)[\w’'+-]+\s+){0,4}?(?:(?:rights|monitoring|advocacy|watchdog|"
    r"campaign|civil\s+society|non-governmental|[A-Z][\w’'-]*-based|[a-z]+-(?:run|based|led)|"
    r"[A-Z][a-z]+(?:an|ese|ish|i))\s+)(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?:group|organi[sz]ation|NGO|network|coalition)\b|"
    # "Shakti Rescue Nepal, a shelter network", "Danube Refugee Aid, a Hungarian charity", "Voices of
    # the Territory, a Colombian programme that documents attacks": a kind of
    # body told by plain modifiers (no "of", "the": "a former member of the group" is a person)
    r"(?:(?!(?:of|the|for|to|in|at|with|former|member|head|leader|founder|director|spokes\w+)\s)[\w’'-]+\s+){1,3}?"
    r"(?:group|organi[sz]ation|NGO|network|coalition|charity|collective|alliance|association|platform|"
    r"foundation|watchdog|federation|syndicate|monitor|programme|project|initiative)(?=[,.;]|\s+(?:that|which|based|working|founded|in|of|for|said|says|with|on|at|from)\b)|"
    # "a coalition of housing movements", "a network of peasant cooperatives": a body of bodies
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?:coalition|network|alliance|federation|collective|platform|umbrella\s+body)\s+of\b|"
    # "Migrant-Rights.org, a group that monitors ...": the group told by what it does
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?:group|organi[sz]ation|NGO|network|coalition|charity|foundation)\s+(?:that|which|working|representing|run|led|formed|created|"
    r"monitoring|campaigning|founded|set\s+up|defending|documenting|based|of\s+(?:[\w-]+\s+){0,3}(?:groups|organi[sz]ations|"
    r"associations|lawyers|activists|families|victims|journalists|NGOs)\b)\b)"
)

# "Ditshwanelo, the Botswana Centre for Human Rights": a body glossed by its name in English;
# "AMAK, the national women's federation": by what it is
_NGO_GLOSSED = re.compile(
    r"(?<![\w’'-])(?!(?:According|As|In|On|At|For|By|From|To|With|After|Before|During|Speaking)\s)"
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{_NAME_JOIN})\s+){{0,2}}[A-Z][\w’'-]+){{0,6}})(?:\s*\([A-Z][\w-]{{1,10}}\))?,\s+the\s+"
    r"(?:(?:[A-Z][\w’'-]+\s+){0,3}(?:Centre|Center|Network|Federation|Association|League|Union|Alliance)\s+(?:for|of)\s+[A-Z]|"
    r"(?:national\s+)?[a-z’']+(?:\s+[a-z’']+)?\s+(?:federation|network|association|syndicate|union)\b)"
)
_NHRI_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|of|on|the|and|de|des|du|del|la|los|las)\s+){0,2}[A-Z][\w’'-]+){0,8})(?:\s*\([A-Z]{2,10}\))?,\s+"
    r"(?:which\s+(?:serves|acts|functions|is\s+accredited)\s+as\s+)?(?:the\s+)?"
    r"(?:(?:country[’']s\s+|(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+[’']s\s+)?national\s+human\s+rights\s+(?:institution|commission|body)|"
    # "Komnas HAM, Indonesia's National Commission on Human Rights"; "X, Cyprus's ombudswoman"
    r"(?:country[’']s\s+|[A-Z][\w-]+[’']s\s+)?(?:national|National)\s+(?:commission|Commission)\s+(?:on|for)\s+(?:human|Human)\s+(?:rights|Rights)|(?:country[’']s\s+|[A-Z][\w-]+[’']s\s+)ombuds(?:man|woman|person))\b"
)
# "the Revolution for Prosperity party", "the main opposition party, UNITA,": a party by what the
# text calls it
_PARTY_CALLED = re.compile(
    r"\b(?:[Tt]he\s+)(?:(?:main\s+)?opposition\s+|ruling\s+|governing\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?!and\s+the\b)(?:for|of|the|and|de|del|da|do|la|el|para|por)\s+){0,2}[A-Z][\w’'-]+){0,5})"
    r"\s+party\b|"
    # "The People's Alliance won 23 of the 55 seats", "The Citizen Alliance, the party of the outgoing
    # government, took 49 seats": who wins seats is a party
    r"\b(?:[Tt]he\s+)?(?P<name4>[A-Z][\w’'-]+(?:\s+(?:(?!and\s+the\b)(?:for|of|the|and|de|del|da|do|la|el|para|por|e|y|et|des|du|a|o|pour|le|les)\s+){0,2}[A-Z][\w’'-]+){0,5})"
    r"(?:\s*\([A-Z][\w-]{1,10}(?:\s[A-Z\d][\w-]{0,5})?\))?(?:\s+(?:coalition|alliance|bloc))?"
    r"(?:,\s+(?:which|who|in\s+power|in\s+office|the\s+(?:[\w-]+\s+){0,2}?party)\b[^,.;]{0,60},)?(?:,\s+(?:which|who))?"
    r"\s+(?:(?:has|have|had)\s+)?(?:won|took|secured|captured|gained|kept|obtained)\s+(?:[\w,-]+\s+){0,4}?seats\b|"
    # "Opposition parties, among them the Union of Democratic Forces of Guinea (UFDG)"
    r"\bparties,?\s+(?:among\s+them|including|such\s+as)\s+(?:the\s+)?(?P<name5>[A-Z][\w’'-]+(?:\s+(?:(?!and\s+the\b)(?:for|of|the|and|de|del|da|do|la|el|para|por)\s+){0,2}"
    r"[A-Z][\w’'-]+){0,6})|"
    # "the opposition Alliance for the Republic": the opposition named directly
    r"\b[Tt]he\s+(?:main\s+)?(?:opposition|governing|ruling)\s+(?!(?:Government|Council|Cabinet|Junta|Assembly|Parliament|"
    r"Executive|Military|Authorities)\b)(?P<name3>[A-Z][\w’'-]+(?:\s+(?:(?!and\s+the\b)(?:for|of|the|and|de|del|da|do|la|el|para|por)\s+){0,2}[A-Z][\w’'-]+){0,5})"
    r"(?=\s*[,.;(]|\s+(?:said|says|has|had|was|is|which|who|called|accused|won|took|kept|lost|got|[a-z]{3,}ed)\b)|"
    r"\b(?:opposition|ruling|governing)\s+party,?\s+(?:the\s+)?(?P<name2>[A-Z][\w’'-]+(?:\s+(?:(?!and\s+the\b)(?:for|of|the|and|de|del|da|do|la|el|para|por)\s+){0,2}"
    r"[A-Z][\w’'-]+){0,5})(?=\s*[,.;(]|\s+(?:said|says|has|had|was|is|which|who)\b)"
)
# An ombudsman-type institution by its title: "the Ombudsman of the Republic of Bulgaria", "the
# Public Defender of Georgia", "the Commissioner for Human Rights in Kazakhstan", "the Parliamentary
# Ombudsman" (not the UN High Commissioner, nor the Council of Europe's Commissioner)
# Party names that start with the word for "party" in their own language (Swahili "Chama": "the ruling
# Chama Cha Mapinduzi (CCM)"), and "ACT-Wazalendo"-style names the text sets as "ruling"/"opposition"
_PARTY_OWN_WORD = re.compile(
    r"\bChama\s+[Cc]ha\s+[A-Z][\w’'-]+(?:\s+(?:na|wa|ya|la)\s+[A-Z][\w’'-]+)?|"
    r"(?:(?<=\bruling\s)|(?<=\bopposition\s)|(?<=\bor\s))(?!Chama\b)[A-Z]{2,6}-(?:[A-Z][a-z]+|[A-Z]{1,6})(?![\w-])"
)
_OMBUDSMAN_OF = re.compile(
    # "The Ombudsman said", "Serbia's Protector of Citizens said": the office speaking, no holder named
    r"\b(?P<name>(?<!of\sthe\s)(?:(?<=[Tt]he\s)|(?<=[’']s\s))(?:People[’']s\s+)?(?:Ombuds(?:man|woman|person)|Protector\s+of\s+Citizens|"
    r"Public\s+Defender|Human\s+Rights\s+Defender)(?=\s+(?:said|says|has|had|reported|received|told|recorded|found|"
    r"warned|urged|called|asked|published|issued|released|wrote|stated|noted|presented|informed|critici[sz]ed|welcomed)\b|"
    r",\s+who\s)|"
    r"(?:Office\s+of\s+the\s+)?(?:(?:(?:Public|Human\s+Rights|Parliamentary|National|Chief)\s+)?"
    r"(?:Ombudsman|Ombudswoman|Ombudsperson)(?:\s+for\s+Human\s+Rights)?|Public\s+Defender|Human\s+Rights\s+Defender|People[’']s\s+Advocate|"
    r"Protector\s+of\s+Citizens|Protector\s+of\s+Human\s+Rights\s+and\s+Freedoms|(?<!High\s)(?<!Europe\s)(?<!Europe[’']s\s)Commissioner\s+for\s+Human\s+Rights|"
    r"(?<!UN\s)(?<!High\s)Human\s+Rights\s+Commissioner)(?:\s*\([A-Z][a-z]+\))?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:Republic\s+of\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,2}|"
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
    r"Authori[sz]ed\s+Person\s+of\s+the\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+for\s+Human\s+Rights|"
    r"Office\s+of\s+the\s+Citizen\s+Protector|Protector\s+of\s+Human\s+Rights\s+and\s+Freedoms(?!\s+of\b)|"
    r"National\s+Commissioner\s+for\s+Human\s+Rights(?!\s+(?:of|in)\b)|"
    # "the Commissioner for Fundamental Rights said", "the Procurador de los Derechos Humanos"
    r"(?<!High\s)(?<!Europe\s)(?<!UN\s)(?<!Europe[’']s\s)(?<!Parliament\s)(?<!Parliamentary\s)(?<!National\s)"
    r"Commissioner\s+for\s+(?:Human|Fundamental)\s+Rights(?!\s+(?:of|in|at)\b)|"
    r"Procurador(?:[ií]a)?\s+(?:para\s+la\s+Defensa\s+)?de\s+(?:los\s+)?Derechos\s+Humanos(?:\s+(?:de|del)\s+[A-Z][\w’'-]+)?|"
    # "the Parliamentary Commissioner for the Prison System": an ombudsman for one field
    r"Parliamentary\s+Commissioner\s+for\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})"
)
# French names put the head first and write adjectives in lower case: "the Conseil national des
# droits de l'homme (CNDH)", "the opposition Parti des peuples africains - Côte d'Ivoire (PPA-CI)"
_FRENCH_ORG = re.compile(
    r"\b(?P<name>(?:(?:Conseil|Commission|Comité|Ligue|Observatoire|Collectif|Cercle|Parti|Mouvement|Rassemblement|Office|Organisation|Congrès|"
    r"Union|Association|Syndicat|Front|Réseau|Plateforme|Coalition|Fédération|Institut|Action|Délégation|Ensemble|"
    r"Alliance|Centre|Maison|Groupe|Institution|Forum(?=\s+[A-Z][a-zé]+(?:ain|aine|ien|ienne|ais|aise)\s))\s+"
    r"(?:(?:[a-zéèêàçôîûï’'-]+|Nationale?|Ind[ée]pendante?|Africaine?|[A-Z][a-zéè]+(?:ienne|ien|aise|ais|aine|ain|oise|ois|ane|an|phone)|"
    r"[A-Z][a-zéè]+-[A-Z][a-zéè]+)\s+){0,3}?"
    r"(?:des|de|du|pour|contre|aux|au)"
    # "Collectif Solidarité Bangladesh", "Observatoire Asie du Sud": capitalised words after the head
    r"|(?:Collectif|Observatoire|Réseau|Cercle|Plateforme)(?=\s+[A-ZÀ-Ö][\w’'-]+\s+(?:[A-ZÀ-Ö]|du\s|des\s|de\s))"
    # "Najda pour la dignité": any one-word name before "pour la ..."
    r"|(?<![a-z]\s)[A-Z][\w’'-]+(?=\s+pour\s+(?:la|le|les|l[’'])\s?)\s+pour)\s+"
    r"(?:la\s+|les\s+|l[’'])?[^\s,.;()]+(?:\s+(?:[a-zéèêàçôîûï’'-]+|de|des|l[’'][A-Za-zé]+|[A-ZÀ-ÖØ-Þ][\wéè]+|-\s+[A-Z][\w’' -]{2,30}?)){0,9}?)"
    # followed by its acronym, an English gloss, a comma or a verb
    r"(?=\s*\([A-Z][\w-]{1,10}\)|\s*\([A-Z][^()\n]{2,80}\)|\s*,|\s*\.(?:\s|$)|\s+(?:said|says|has|had|was|is|welcomed|called)\b|"
    r"[^\S\n]*(?:\n|$)|"  # a name that ends its line, as in a list of signatories
    r"\s+and\s+the\b)"  # "the strengthening of the Conseil National des Droits de l'Homme and the extension of ..."
)
# "the collective Tanora Mijoro", "the NGO Sherpa": a word for a group, then its name
_NGO_THE_NOUN = re.compile(
    # "the Belarusian diaspora association Razam Portugal": a nationality may stand before the noun
    r"\b[Tt]he\s+(?:(?!(?:opposition|ruling|governing|main|former|new)\s)(?:[a-z][\w’'-]*|[A-Z][a-z]+(?:an|ian|ese|i|ish)|Roma|Sinti|Dalit|"
    r"Adivasi|Rohingya|Uyghur|Bedouin|Sami|Maori|Mapuche|Quechua|Aymara|Maya|Garifuna|Batwa|Ogiek|Lumad)\s+){0,2}"
    r"(?:collective|movement|association|network|coalition|platform|NGO|charity|organi[sz]ation|federation|alliance|"
    r"foundation|group|monitor|watchdog)\s+"
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{_NAME_JOIN})\s+)?[A-Z][\w’'-]+){{0,6}})"
)
# "The Tchad Justice Citoyenne collective said": a name of two words or more, then what it is
_NGO_NOUN_AFTER = re.compile(
    rf"\b[Tt]he\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{_NAME_JOIN})\s+)?[A-Z][\w’'-]+){{1,5}})\s+"
    r"(?:collective|coalition|network|association|alliance|platform|charity)\b(?=\s*[,.;]|\s+(?:said|says|has|had|was|is|which|who|told|"
    r"reported|recorded|counted|documented|called|urged|welcomed)\b)"
)
# "An underground teachers' network, Light in the Valley, said": the name set off after what the body is
_NGO_SET_OFF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w’'-]*\s+){0,3}(?:network|group|organi[sz]ation|collective|association|coalition|charity|"
    rf"initiative|NGO),\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{_NAME_JOIN}|in)\s+){{0,2}}[A-Z][\w’'-]+){{0,5}}),\s+"
    r"(?=said|says|told|which|who|has|had|reported|estimated|recorded|counted|documented)"
)
# "The public utility EPSAS said", "The national water and sanitation directorate, DINEPA, said": a State body
# by what it is, then its name
_STATE_BODY_NAMED = re.compile(
    r"\b[Tt]he\s+(?:public|national|state|state-owned|state-run|government|municipal|city|federal|provincial)\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:utility|directorate|regulator|agency|authority|company|corporation|service|institute),?\s+"
    r"(?P<name>[A-Z]{3,10}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),?\s+(?=said|says|told|reported|recorded|estimated|put|warned)"
)
# "The Nairobi-based Digital Voices Kenya said": a body placed by its city, speaking
_NGO_BASED_SAYS = re.compile(
    rf"\b[Tt]he\s+[A-Z][\w’'-]*-based\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{_NAME_JOIN})\s+)?[A-Z][\w’'-]+){{1,5}})"
    r"(?=,?\s+(?:said|says|reported|recorded|counted|documented|told|estimated|found)\b)"
)
# "the rights coalition Defend Rights Pilipinas said": the kind of group first, its name after
_NGO_PREFIXED = re.compile(
    r"\b(?:rights|monitoring|advocacy|watchdog|campaign|civil\s+society|non-governmental|legal\s+aid|[A-Za-z][a-z]+-based|"
    r"victims[’']?|journalists[’']?|lawyers[’']?|women[’']s|charitable|humanitarian|nutrition|health|"
    r"children[’']s|child\s+rights|environmental|indigenous|farmers[’']?|youth|disability|relief|feminist|"
    r"migrants?[’']?|refugee|anti-corruption|press\s+freedom|support|solidarity)\s+"
    r"(?:[a-z]+\s+)?(?:group|organi[sz]ation|NGO|network|coalition|alliance|centre|center|platform|foundation|fund)\s+"
    # "Alianza por la Niñez", "Centre d'Analyse et de Recherche en Droits Humains": up to two small
    # joining words, and French elided articles, inside the name
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:o|de|del|des|du|la|las|los|el|le|les|for|of|the|and|y|e|et|en|em|pour|"
    r"por|para|contra|hacia|da|do|dos|das|to|against|on|in|ba|na|va|sa|ng)\s+){0,2}(?:[dl][’'])?[A-Z][\w’'-]+){0,7})"
)


def _org_parts(match: re.Match[str]) -> list[tuple[int, str]]:
    """ "the Uganda Human Rights Commission and the Foundation for ...": two bodies, each named with
    its own head word; "Ministry of Foreign Affairs and International Cooperation" stays one."""
    raw, offset = match.group("org"), match.start("org")
    parts, start = [], 0
    for joint in re.finditer(r"\s+and\s+(?:of\s+)?(?:the\s+)?(?=[A-Z])", raw):  # "... in the Syrian Arab Republic and of the National Commission"
        left, right = raw[start : joint.start()], raw[joint.end() :]
        known = any(right.lower().startswith(n.lower()) for n in (*_NGO_NAMES, *_MEDIA_NAMES))
        un_side = re.match(r"(?:UN|United\s+Nations)\b|Special\s+Rapporteur|Independent\s+Expert|High\s+Commissioner", right)
        reach = 6 if re.search(rf"\b{_ORG_HEAD}$", left) else 4  # "... Association and the Sudan Plantation and ... Union"
        if re.search(rf"\b{_ORG_HEAD}(?![\w-])", left) and (known or un_side or re.search(rf"^(?:(?!of\s|for\s)\S+\s+){{0,{reach}}}?{_ORG_HEAD}\b", right)):
            parts.append((offset + start, left))
            start = joint.end()
    parts.append((offset + start, raw[start:]))
    return parts


def _body_for(bodies: PressActors, title: str, before: str, start: int) -> str | None:
    """The body in front of the title ("Committee president"), or the one "its" points back to."""
    orgs = list(_ORG.finditer(before))
    org = orgs[-1] if orgs else None  # "Committee president", "Human Rights Watch's deputy Asia director"
    if org and re.fullmatch(r"(?:(?:’s|'s)(?:\s+[\w-]+){0,3})?\s*", before[org.end() :]):
        return _clean_org(org.group("org"))[0]
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
    lead = r"(?:(?!(?:met|with|said|told|on|in|at|and|the|of|to)\b)[a-z]{3,20}(?:’s|'s)?\s+){0,2}"
    starts = re.compile(rf"(?:[A-Z][\w’'-]{{0,30}}\s+){{0,6}}{lead}{_TITLE}\b")
    if re.fullmatch(_TITLE, name.split()[0]):  # "Attorney-General Grace Mutua, head of ...": the
        if len(name.split()) < 3 or not starts.match(title):  # title-then-name form reads it; but
            return  # "Counsellor Adel Shawqi, Minister of Legal Affairs": the office after the name
        rest = name.split(maxsplit=1)[1]
        name_start, name = name_start + name.index(rest), rest
    if any(re.fullmatch(_ORG_HEAD, token) for token in name.split()):  # "the Transitional
        return  # Government, the Minister of Justice, Name": a body, not a person
    if re.search(r"[’']s\b", name) and holds_title(name):  # "Ethiopia's Permanent Representative, Ambassador Name,":
        return  # a title, then the person's name; the title-then-name form reads it
    joined = re.search(r"\s+and\s+(?=[A-Z])", title)  # "member of the Central Committee ... and Vice Minister of
    if not starts.match(title) and joined and starts.match(title[joined.end() :]):  # Foreign Affairs": the office
        title = title[joined.end() :]
    if any(token in _NOT_NAME for token in name.split()) or not (starts.match(title) or _PERSON_ROLE.match(title)):
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
    if any(token in _NOT_NAME or re.fullmatch(_ORG_HEAD, token) for token in name.split()):
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
    office = re.sub(r"^(?:The\s+)?(?:[A-Z][\w-]+[’']s\s+)?", "", pre)  # "Ukraine's Parliament"
    if body == office and re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:Government|Parliament)", office):
        body, title = None, f"{office} {title}"  # "the Government Spokesperson", "the Ukrainian
        # Parliament Commissioner for Human Rights": one office; a bare "Government" is not a body
    elif pre and not re.search(_ORG_HEAD, pre):  # "Interior Minister", "Cambodian Foreign Minister"
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
    found = _ORG.search(title)
    if found is None or not re.search(r"\b(?:of|at|for)(?:\s+the)?\s+$", title[: found.start()]):
        return None  # "representative to the UN Office": what they are accredited to, not their body
    name = _clean_org(found.group("org"))[0]
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
