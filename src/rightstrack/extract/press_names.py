"""The shapes of names in press text, shared by the actor finders: a person's name and title, an
organisation's name up to its head word ("... Commission", "Ministry of ..."), and the words that
never start one.
"""

from __future__ import annotations

import re

from rightstrack.extract.items import ActorRef
from rightstrack.extract.press_known import MEDIA_NAMES, NGO_NAMES
from rightstrack.extract.press_states import find_states as _find_states


def find_states(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, ActorRef]]:
    """States in text[start:end], with offsets in `text`."""
    return [(s + start, e + start, ref) for s, e, ref in _find_states(text[start:end])]

TITLE = (
    r"(?i:(?:(?:deputy|vice|acting|senior|chief|former|interim|assistant|first|principal|permanent|executive|managing|founding|programme|de\s+facto|(?-i:military|police|government|presidential))[\s-])?(?:"
    r"deputy prime minister|prime minister|minister|secretary of state|secretary-general|under-?secretary|"
    r"under-secretary-general|ambassador|permanent representative|(?<=[’']s\s)representative|spokes(?:person|man|woman)|"
    r"(?-i:Chief)(?=\s+of\s+Staff\b)|(?-i:Chief)(?=\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the))*?\s+(?:Section|Division|Unit|Branch|Office|"
    r"Service|Staff|Cabinet)\b)|"  # "Chief of the Press and External Relations Section", not "the Chief of the Hellenic Coast Guard"
    r"vice-president|president|chair(?:man|woman|person|lady)?|director-general|commissioner-general|director|governor|(?:police\s+|county\s+)commander|"
    r"mayor|city\s+mayor|municipal\s+mayor|prefect|regent|councillor|councilor|alder(?:man|woman|person)|"
    r"special rapporteur|chair-rapporteur|(?:country[\s-]|co-|second\s+|lead\s+)?rapporteur|independent expert|designated expert|high commissioner|commissioner|envoy|"
    r"senator|(?<!,\s)(?-i:Representative|Congress(?:wo)?man|Congressmember|Assembly(?:wo)?man)(?=\s+[A-Z][\wà-ÿ’'-]+\s+[A-Z])|lawmaker|secretary|spokesperson|advis[eo]r|ombuds(?:man|person|woman)|attorney[\s-]general|"
    r"solicitor[\s-]general|chief\s+justice|(?:opposition|party)\s+leader|(?-i:(?<=[A-Z]\s)leader)|(?<=[’']s\s)leader|(?<=\b[Ii]ts\s)leader|(?<=\b[Tt]heir\s)leader|researcher|analyst|campaigner|lawyer|attorney|"
    r"conven(?:er|or)|supervisor\s+of\s+elections|controller[\s-]general|auditor[\s-]general|registrar[\s-]general|procurator[\s-]general|(?-i:Expert)|"
    r"coordinator|(?:human\s+rights|protection|field|liaison|political|legal|public\s+information|elections?|electoral|returning)\s+officer|(?:deputy\s+)?chief\s+observer|chief\s+inspector|inspector[\s-]general|founder|"
    r"paramount\s+chief|(?-i:Representative)(?=\s+of\s+(?:the\s+)?(?-i:UN[-\s]|OHCHR|UNHCR|UNICEF|Office\b|[A-Z]{2,}-[A-Z]{2,}))|(?-i:(?<=[A-Z]{2}\s)member)|official\s+representative|(?-i:MP)(?=\s+[A-Z][a-z])|speaker(?=\s+of\s+(?:the\s+)?(?:Parliament|National|House|Assembly|Senate|Majlis|Congress)\b)|(?:head\s+)?majhi|(?:block|camp|community|zone|section|village)\s+leader|omda|shawish|"  # a refugee camp's leaders
    # religious styles before a name: "Rabbi Name", "Archbishop Name of Lahore", "Archpriest Name"
    r"(?<!,\s)(?-i:Archbishop|Bishop|Cardinal|Rabbi|Chief\s+Rabbi|Imam|Grand\s+Mufti|Mufti|Patriarch|Archpriest|Pastor)|prosecutor(?:[\s-]general)?|(?-i:(?:presiding\s+)?judge)|people[’']s\s+advocate|protector\s+of\s+citizens|public\s+defender(?:-general)?|mediator|"
    r"m[ée]diateur(?:\s+de\s+la\s+r[ée]publique|\s+du\s+faso)?|provedor(?:a)?\s+de\s+justi[cç]a|(?:minister-)?counsell?or|"
    r"executive\s+secretary|chief\s+executive(?:\s+officer)?|general\s+secretary|(?:chief|head)\s+of\s+mission|head|human\s+rights\s+defender|provedor|public\s+advocate|"
    r"authori[sz]ed\s+person|"
    r"(?:regional|resident|country|special)\s+representative|(?-i:(?<=[A-Z][A-Z]\s)Representative)|"  # "the UNHCR Representative"
    r"(?-i:[Rr]epresentative)(?=\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:High\s+Commissioner|Secretary-General))|"  # "the
    # Representative of the UN High Commissioner for Human Rights in Honduras, Name"
    r"chancellor(?:\s+of\s+justice)?|interministerial\s+delegate|(?:national|grand|regional)\s+chief|"
    r"(?-i:(?:Working\s+Group|Committee|Mission|Commission|Panel)\s+)member|(?-i:Committee\s+)expert|"
    # "Name, member of the Committee on the Rights of the Child", "Name, a senior official of the United Nations Office
    # of Counter-Terrorism", "Name, Chief Economist of the United Nations Development Programme": UN posts
    r"member(?=\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:Committee|Working\s+Group|Human\s+Rights\s+Council\s+Advisory|Subcommittee|Expert\s+Mechanism|Commission\s+of\s+Inquiry|Advisory\s+Committee)\b)|"
    r"official(?=\s+(?:of|at|with|from)\s+the\s+(?:UN|United\s+Nations)\b)|economist|(?-i:Speaker)|"
    r"(?<=[’']s\s)delegate|"  # "Iran's delegate, Name, rejected the report"
    r"(?-i:jurist|(?:law\s+)?professor|nominee|advocate)|"  # (lowercase: "Professor Name, chair of ..." keeps "chair")  # "Jordanian jurist Name was elected", "law professor Name",
    # "Name, a Supreme Court advocate who ..."
    # titles in Spanish and French: "Comisionada Nacional de los Derechos Humanos", "Presidenta del Consejo de Ministros"
    r"(?-i:(?:Vice)?[Mm]inistr[oa]|Ministre|Comisionad[oa]|Presidenta|Pr[ée]sident(?:e)?|Defensor[a]?|Fiscal(?:\s+General)?|"
    r"Procurador[a]?|Secretari[oa]|Directora|Diputad[oa]|Alcaldes?a?|Magistrad[oa]|[Mm]inistre|[Gg]arde\s+des\s+[Ss]ceaux|"
    r"[Pp]rotect(?:eur|rice)\s+du\s+[Cc]itoyen)))"
)


def holds_title(text: str) -> bool:
    """Whether `text` holds an official's title ("Attorney General", "People's Advocate")."""
    return re.search(rf"\b{TITLE}\b", text) is not None


TITLE_WORDS = (
    r"(?:of|on|for|to|in|the|and|human|rights|situation|state|foreign|affairs|international|"
    r"cooperation|justice|interior|information|defen[cs]e|health|education|women|labou?r|social|"
    r"general|public|security|national|freedom|expression|peaceful|assembly|association|"
    r"[A-Z][\w’'-]{0,30})(?![\w’'-])"
)


NAME_TOKEN = r"(?:(?:al|el|ad|as|ash|at|az|ben|bin|ibn)-)?(?:Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚƠƯḀ-ỹ][a-zß-öø-ÿĀ-žșțǎơưḀ-ỹ’']{1,30}(?:-(?:Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚƠƯḀ-ỹ]?[a-zß-öø-ÿĀ-žșțǎơưḀ-ỹ’']{1,30}){0,2}"  # "Arıkan", "Óscar"  # "Al-Khatib", "Sun-hee"


# Initials before a surname, as South Asian and African English write names: "R.M.A.", "K. "
INITIALS = r"(?:[A-Z]\.[^\S\n]?){1,3}(?=[A-Z][a-z])"


# "Maryam bint Abdullah Al-Attiyah", "Ana de Souza": a lower-case particle before a later part
PARTICLE = r"(?:(?:bin|bint|ibn|binti|de|da|dos|van|von|der|den|ter|del|della|di|Ó|Ní|Mac|Mc|Nic)\s+){0,2}"  # "van der Berg"


NOT_NAME = {
    "The", "In", "On", "At", "But", "And", "Last", "Next", "This", "Human", "Rights", "Council",
    "United", "Nations", "Ministry", "Mission", "Office", "Kingdom", "Special", "Rapporteur",
    "National", "Assembly", "Party", "Committee", "Commission", "According", "Minister",
    "Interactive", "Dialogue", "Statement", "Prime", "Government", "Secretary", "State",
    "Division", "Section", "Branch", "Unit", "Mechanisms", "Department", "Treaty",
    "Protector", "Citizen", "Ombudsman", "Defender", "Advocate", "Working", "Group",
    "Province", "District", "Region", "County", "Island", "Islands", "Highlands", "Valley", "Range", "Command",  # places
    "Shelter", "Refuge",  # "director of the Baan Khun Shelter": a shelter's name, not a person's
    "Board", "Fund", "Inspectorate",  # "chairperson of the Marawi Compensation Board"
    "Clinic", "Hospital", "University", "Red", "Defensoras", "Defensores",  # "director of the Almaty Legal Clinic",
    # "coordinator of Red Garifuna de Defensoras": a body's name
    "Periodic", "Review", "Universal",  # "Tunisia's Universal Periodic Review, after Minister ...": the review
    "Code", "Act", "Bill", "Constitution", "Convention", "Protocol", "Covenant", "Decree",  # "briefed the Special
    # Rapporteur on the draft amendment to the Criminal Procedure Code": a law, not a person
}  # fmt: skip


# A name does not start with a word of a ministry's name ("Minister of Foreign Affairs Ahmed").
NAME_BLOCK = (
    r"(?!(?:Affairs|Interior|Justice|Cooperation|Information|Foreign|Defen[cs]e|Health|Education|"
    r"Planning|Finance|Economy|Commerce|Labou?r|Tourism|Culture|Environment|Agriculture|"
    r"Development|Rights|Human|Council|Committee|Ministry|Republic|Kingdom|State|Security|"
    r"Minister|President|Secretary|Ambassador|Director|Rapporteur|Special|Protection|Welfare|Relief|Services|"
    r"Management|Resources|Administration|Home|Public)\b)"
)


TITLE_END = r"(?<!\bof)(?<!\bon)(?<!\bfor)(?<!\bto)(?<!\bin)(?<!\bthe)(?<!\band)"


SP = r"[^\S\n]+"  # spaces within a line: a title and its name never span a line break


PORTFOLIO = (
    r"(?:foreign|justice|interior|information|defen[cs]e|health|education|finance|deputy|vice|"
    r"acting|former|senior|chief|executive|managing|general|regional|country|legal|programme|ministry)"
)


VERB_STOP = r"(?:had|has|have|said|says|told|was|is|will|would|stressed|underlined|noted|added)"


ORG_HEAD = (
    r"(?:(?:Vice-)?Ministry|Permanent Mission|Mission|Department|Embassy|Committee|Commission|Council|"
    r"Office|Assembly|Party|Institution|Foundation|Association|Network|Centre|Center|League|"
    r"Alliance|Watch(?:ers)?|Coalition|Consortium|Federation|Confederation|Organi[sz]ations?|Agency|Government|Parliament|Initiative|"
    r"(?<=Electoral\s)Tribunal|(?<=Legislative\s)Chamber|(?<=Upper\s)Chamber|(?<=Lower\s)Chamber|(?<=Rights\s)Concern|(?<!National\s)Archive|(?<=Rights\s)Hub|(?<=Rights\s)Desk|(?<=Freedom\s)Desk|Minist[ée]rio|Conselho|(?<=Oversight\s)Authority|Authority(?=\s+(?:for|on)\s+[A-Z])|(?<=[a-z]\s)Authority|(?<=[a-z]\s)(?<!International\s)(?<!International\sCriminal\s)(?<!European\s)(?<!American\s)(?<!African\s)Court|(?<=Election\s)Authority|(?<=Electoral\s)Authority|Partnership(?=\s+for\s)|Bar(?=\s+of\s+[A-Z])|(?<=Women[’']s\s)Union|(?<=Progressives\s)Congress|(?<=National\s)Congress|(?<=Nepali\s)Congress|Liga(?=\s+[A-Z])|Ligue(?=\s+[A-Z])|Kachchi|(?<=Interministerial\s)Delegation|"
    r"Institute|Observatory|Forum|Society|Monitor|Trust|(?<=Legal\s)Clinic|(?<=Law\s)Clinic|"
    # "European External Action Service", "Zambia Correctional Service", "Special Investigation Service"
    r"(?:(?<=Action\s)|(?<=Correctional\s)|(?<=Investigation\s)|(?<=Prison\s)|(?<=Prisons\s)|(?<=Immigration\s)|(?<=Security\s))Service|Secretariat|Directorate|Front|Bloc|Lawyers|Laboratory|(?<=[a-z’']\s)Circle|(?<=[’']\s)Voice|Shelter(?=\s+(?:in|for|of)\b|[,.;]|\s+said)|"
    # "Superintendency of Pensions", "Pension Fund of Ukraine", "Bangladesh Environmental Lawyers' Guild"
    # "Central Electoral Board", "Land Restitution Unit", "Banadir Regional Administration", "Fund for Return"
    r"(?<=[a-z]\s)Board|(?<=[a-z]\s)Unit(?=\s+(?:for|of)\s+(?:the\s+)?[A-Z]|[,.;]|\s+(?:said|says|has|had|reported|recorded|registered))|"
    r"(?<=Regional\s)Administration|(?<=City\s)Administration|(?<=District\s)Administration|(?<=Municipal\s)Administration|"
    r"(?<=County\s)Administration|(?<=Provincial\s)Administration|(?<=Military\s)Administration|(?<=Civil\s)Administration|"
    r"Fund(?=\s+for\s+[A-Z])|(?<=Reconstruction\s)Fund|(?<=Compensation\s)Fund|(?<=Reparations\s)Fund|(?<=Reparation\s)Fund|"
    r"(?<=Restorative\sJustice\s)Fund|"
    r"(?<=Registration\s)Service|(?<=Assessment\s)Service|(?<=Evaluation\s)Service|(?<=Protection\s)Service|Service(?=\s+for\s+(?:the\s+)?[A-Z])|"
    r"(?<=National\s)Contact\s+Point|(?<=[a-z]\s)Task\s+Force|(?<=[a-z]\s)Taskforce|(?<=[a-z]\s)Caucus|Superintendency|Inspectorate|(?<=Information\s)Team|(?<=Response\s)Team|(?<=Monitoring\s)Team|(?<=Pension\s)Fund|(?<=Insurance\s)Fund|(?<=Security\s)Fund|Fund(?=\s+of\s+[A-Z])|Guild|"
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
    # "Oficina del Alto Comisionado ...", "Congreso Nacional", "Corte Suprema de Justicia", "Organismo de Evaluación ...",
    # "Fiscalía General", "Conseil national ...": heads in Spanish and French
    r"Oficina|Congreso|Corte(?=\s+[A-Z])|Organismo|Fiscal[ií]a|Asamblea|Consejo|Servicio|Direcci[oó]n(?=\s+(?:General|Nacional|de)\b)|"
    r"Contralor[ií]a|Superintendencia|Junta(?=\s+[A-Z])|Minist[èe]re|Conseil|Cour(?=\s+[A-Z])|Assembl[ée]e|Collectif|"
    r"Unidad(?=\s+(?:de|para|Nacional)\b)|Jurisdicci[oó]n(?=\s+Especial\b)|(?<=Special\s)Jurisdiction(?=\s+for\s+Peace\b)|Mecanismo|Service(?=\s+(?:national|de)\b)|"
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


_ORG_TOKEN = (r"[A-ZÀ-ÖØ-Þ][\w’']{0,30}(?:-(?:in-)?[A-ZÀ-ÖØ-Þ][\w’']{0,30}|-up\b|(?<=\bInter)-(?:institutional|ministerial|"
              r"agency|departmental|sectoral)\b)*")  # "Études", "Órgano", "Freedom-in-Exile", "Follow-up", "Inter-institutional"


# A name may break once across lines, never a paragraph, and only where prose wraps: between a line of
# 60 characters or more and one as long or the paragraph's last (a list of names, one per line, is
# never one name)
WS1 = r"(?:(?<=[^\n]{60})[^\S\n]*\n[^\S\n]*(?=[^\n]{60}|[^\n]*(?:\n[^\S\n]*\n|\Z))|[^\S\n]+)"


# "the Council on Monday", "Parliament in December": a day or month ends a body's name.
WHEN_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)"
)


ORG = re.compile(
    # "Rights and Liberties Protection Department", "Ain o Nyay Forum": small joining words inside
    # ("Minister Sar Kheng and Cambodian Human Rights Committee ...": "and" joins two subject words only)
    # "Families of the Disappeared Alliance": the people a group speaks for, before its name
    rf"(?P<org>(?:(?:Families|Mothers|Relatives|Victims|Survivors|Parents|Wives){WS1}of{WS1}(?:the{WS1})?(?={_ORG_TOKEN}))?"
    # "House of Representatives Committee on Human Rights": a chamber's committee
    rf"(?:(?:House|Chamber){WS1}of{WS1}(?:Representatives|Deputies|Commons|Lords){WS1}(?={_ORG_TOKEN}))?"
    # "Truth, Justice and Reconciliation Commission": a list of subjects before the head, commas and all
    rf"(?:(?:{_AND_AFTER}{WS1}and(?={WS1}{_ORG_TOKEN})|{_AND_AFTER},(?={WS1}(?:{_AND_AFTER},{WS1}){{0,3}}{_AND_AFTER}{WS1}and{WS1}{_ORG_TOKEN})|"
    rf"{_ORG_TOKEN}(?:{WS1}(?:o|de|y|e|&|for|des|du|in(?={WS1}Exile\b))"
    rf"(?={WS1}{_ORG_TOKEN}))?){WS1}){{0,8}}{ORG_HEAD}(?:-in-[A-Z][a-z]+)?(?![\w-])(?:{WS1}(?:of|for|to|on|and|&(?={WS1}[A-Z])|the|in|with(?!{WS1}the\b)|"
    rf"(?:de|del|da|do|dos|das|la|las|los|el|y|e|para|por|pela|pelo|en|em|sobre|sin|hacia|con|m[aá]s|al)(?={WS1}(?:(?:la|el|los|las|a|o|as|os|una|un|uma|um)\s+)?(?:[dl][’'])?[A-ZÀ-ÖØ-Þ])|"
    rf"(?:a|o|as|os|una|un|uma|um)(?={WS1}[A-Z])|"
    rf"other|international|organi[sz]ations|against(?={WS1}[A-Z])|contra{WS1}(?:la|el|los|las)(?={WS1}[A-Z])|"
    rf"by(?<=Affected\sby)(?={WS1}[A-Z])|"  # "Network of People Affected by Heavy Metals"
    rf"through(?={WS1}(?:Law|Sport|Education|Art|Dialogue)\b)|"  # "European Commission for Democracy through Law"
    # French: "Centre d'Analyse et de Recherche en Droits Humains", "Ligue des Droits de l'Homme"
    rf"(?:et|des|du|pour|le|les|aux|au)(?={WS1}(?:(?:de|des|du|la|le|les){WS1})?(?:[dl][’'])?[A-ZÀ-ÖØ-Þ])|[dl][’']{_ORG_TOKEN}|"
    rf"{WHEN_WORD}{_ORG_TOKEN})(?![\w-])|"
    # "Ministry of Law, Justice and Human Rights": a portfolio list goes on after a comma
    rf",{WS1}{_ORG_TOKEN}(?=(?:,?{WS1}(?:of{WS1})?{_ORG_TOKEN}){{0,4}}{WS1}and{WS1}(?:the{WS1})?[A-Z])){{0,18}}"
    # "Communist Party of India (Marxist)", "... of Nepal (Unified Marxist-Leninist)": a qualifier in the name
    rf"(?:[^\S\n]\((?:Unified[^\S\n]+)?(?:Marxist|Maoist)[\w -]{{0,30}}\))?)"
    rf"(?:\s*\((?P<abbr>[A-Z]{{2,8}})\))?"
)


LEAD_STOP = {"The", "In", "On", "At", "But", "And", "Last", "Next", "Nevertheless", "Meanwhile",
              "Finally", "According", "Its", "His", "Her", "Their", "A", "An", "Both", "Some"}  # fmt: skip


def clean_org(raw: str) -> tuple[str, int]:
    """Drop sentence-initial words and trailing connectors; returns the name and its offset."""
    tokens = list(re.finditer(r"\S+", raw))
    first, last = 0, len(tokens)
    broken = raw.find("\n")
    if broken > 0 and not re.search(ORG_HEAD, raw[:broken]):  # "PRESS RELEASE\nMinistry of ...": a
        first = next((i for i, t in enumerate(tokens) if t.start() > broken), last)  # heading line above
    heading = re.search(r"\n[^\S\n]*(?:Posted|Press|Published|Date[d]?|Statement|Communiqu[eé]|Release|"
                        r"Fact|FACT|Outcome|Geneva|Unofficial)\b", raw)
    if heading is not None:  # "... of Uzbekistan\nPosted 5 July": the next heading line is not the name
        last = sum(1 for t in tokens if t.start() < heading.start())
    while first < last and (tokens[first].group() in LEAD_STOP
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
    name = raw[tokens[first].start() : tokens[last - 1].end()]
    if re.search(r"[’']s$", name) and last - first >= 2:  # "the Government of Sri Lanka's continued engagement", "the
        name = name[:-2]  # Ministry of Education's announcement": the body, not its possessive
    return name, tokens[first].start()


# A person introduced by a sentence of its own: "Caspar Obi has been the Special Rapporteur on ... since
# last year", "Tomasz Nowak heads Civic Space Watch, a monitoring group" (interviews and profiles)
SENTENCE_START = r"(?:^|(?<=[.!?][^\S\n])|(?<=[.!?][”\"][^\S\n])|(?<=\d{4}[^\S\n][–—-][^\S\n])|(?<=\)[^\S\n][–—-][^\S\n]))"
# (and right after a dateline: "ABUJA, 11 January 2035 – Name is the ...", "(Agency) – Name said")


def with_country(text: str, start: int, name: str) -> str:
    """ "Human Rights Concern - Eritrea": a country after a dash is part of the body's name."""
    country = re.match(r"[^\S\n][-–][^\S\n]([A-Z][\w’'-]+(?:[^\S\n][A-Z][\w’'-]+)?)\b", text[start + len(name) :])
    if country and any(s == 0 and e == len(country.group(1)) for s, e, _ in find_states(country.group(1))):
        return name + country.group(0)
    return name


# Capitalised words that open a sentence or a clause and are no body's name: pronouns, sentence
# adverbs, plain nouns for people ("However, a rights group said", "Officials said").
NO_BODY_NAME = {
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


def org_parts(match: re.Match[str]) -> list[tuple[int, str]]:
    """ "the Uganda Human Rights Commission and the Foundation for ...": two bodies, each named with
    its own head word; "Ministry of Foreign Affairs and International Cooperation" stays one."""
    raw, offset = match.group("org"), match.start("org")
    parts, start = [], 0
    for joint in re.finditer(r"\s+and\s+(?:of\s+)?(?:the\s+)?(?=[A-Z])", raw):  # "... in the Syrian Arab Republic and of the National Commission"
        left, right = raw[start : joint.start()], raw[joint.end() :]
        known = any(right.lower().startswith(n.lower()) for n in (*NGO_NAMES, *MEDIA_NAMES))
        un_side = re.match(r"(?:UN|United\s+Nations)\b|Special\s+Rapporteur|Independent\s+Expert|High\s+Commissioner", right)
        reach = 6 if re.search(rf"\b{ORG_HEAD}$", left) else 4  # "... Association and the Sudan Plantation and ... Union"
        if re.search(rf"\b{ORG_HEAD}(?![\w-])", left) and (known or un_side or re.search(rf"^(?:(?!of\s|for\s|to\s)\S+\s+){{0,{reach}}}?{ORG_HEAD}\b", right)):
            parts.append((offset + start, left))
            start = joint.end()
    parts.append((offset + start, raw[start:]))
    split: list[tuple[int, str]] = []
    for at, part in parts:  # "the Ministry of Justice and Human Rights to the Office of the High Commissioner": the one body
        to = re.search(rf"\s+to\s+the\s+(?=(?:[A-Z][\w-]*\s+)?{ORG_HEAD}\b)", part) if re.match(r"(?:Ministry|Department|Secretariat)\b", part) else None
        split += [(at, part[: to.start()]), (at + to.end(), part[to.end() :])] if to else [(at, part)]  # sends to the other
    return split


# Small words inside a body's name in the languages the press quotes names in: "Centro de Estudios
# sobre Cárcel y Sociedad", "Fórum Popular pela Moradia", "Juventude ba Futuru", "Committee to Protect".
NAME_JOIN = (r"o|de|del|des|du|la|le|los|las|for|of|the|and|y|e|pour|et|to|against|sobre|para|por|contra|in(?=\s+Exile\b)|on(?=\s+the\s)|per|"
              r"con|en|em|da|do|das|dos|pela|pelo|na|no|ba|wa|ya|di|al|el|una|un|uma|um|à|ao|aos|cha|za|ja|az|va|sa|ng")  # "Huquq va Imon", "Bantay Kalusugan sa Piitan"
