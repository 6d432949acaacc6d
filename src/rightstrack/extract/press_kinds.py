"""What kind of body a name is: media, UN mechanism, NHRI, party, NGO, company or a State's body.

Split from `press_actors`, which finds the names; this module only reads a name already found
("Nicaraguan Social Security Institute" is the State's, "Sudan Teachers' Committee" a group's).
"""

from __future__ import annotations

import re

# Words that make a body's name a State's: "the Central Election Commission", "the Sindh Police"
_STATE_BODY_WORD = re.compile(r"\b(?:Ministry|Office|Department|Commission|Council|Authority|Agency|Police|Government|"
                              r"Mission|Embassy|Court|Parliament|Assembly|Tribunal|Directorate|Secretariat|Service|Guard|Army|Forces|"
                              r"Gendarmerie|Navy|Prosecution|Presidency|Cabinet|Senate|Judiciary|Command|Statistics|Statistical|Chancellery|Chancellor|Ombudsman|"
                              r"Administration|Unit|Board|Inspectorate|Municipality|Prefecture|Governorate|Registry|Task\s+Force)\b")


# A legislature or cabinet by its bare title ("tabled in Parliament", "the Senate approved")
LEGISLATURE_TITLES = (r"Parliament|Congress|Senate|Cabinet|House\s+of\s+Representatives|Chamber\s+of\s+Deputies|"
                      r"Dewan\s+Rakyat|Dewan\s+Negara|State\s+Great\s+Khural")
_LEGISLATURE_NAME = re.compile(rf"^(?:{LEGISLATURE_TITLES}|House\s+of\s+(?:Commons|Lords)|National\s+Assembly|"
                               r"People[’']s\s+Assembly|Dewan\s+\w+)$")


def is_legislature(name: str) -> bool:
    """Whether a body is a parliament or cabinet as such: where reports are laid, not who writes them."""
    return _LEGISLATURE_NAME.match(name) is not None


def names_state_body(name: str) -> bool:
    """Whether a body's name says it is a State's (a ministry, commission, police ...), not a citizens' group."""
    return _STATE_BODY_WORD.search(name) is not None


_TREATY_BODY = re.compile(
    r"\b(?:Sub-?[Cc]ommittee\s+on\s+(?:the\s+)?Prevention\s+of\s+Torture|Committee\s+against\s+Torture|"
    r"Committee\s+on\s+the\s+(?:Rights\s+of\s+the\s+Child|Elimination\s+of\s+(?:Racial\s+)?Discrimination|"
    r"Rights\s+of\s+Persons\s+with\s+Disabilities|Protection\s+of\s+the\s+Rights\s+of\s+All\s+Migrant)|"
    r"Committee\s+on\s+(?:Enforced\s+Disappearances|Economic,\s+Social\s+and\s+Cultural\s+Rights))"
)
# Bodies the UN set up whose names say neither "UN" nor a mandate's title
_UN_BODY = re.compile(
    r"\bIndependent\s+Investigative\s+Mechanism\b|\bInternational,\s+Impartial\s+and\s+Independent\s+Mechanism\b|"
    r"\bOffice\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs\b|\bIndependent\s+Institution\s+on\s+Missing\s+Persons\b|"
    r"\bGroup\s+of\s+Independent\s+Experts\s+on\s+the\s+(?i:situation)\b|\bSri\s+Lanka\s+Accountability\s+Project\b|"
    r"\bInvestigative\s+Team\s+to\s+Promote\s+Accountability\b|\bExpert\s+Mechanism\s+on\s+the\s+Rights?\s+(?:of\s+Indigenous|to\s+Development)\b|"
    # "the Independent Commission of Inquiry on the Democratic Republic of the Congo": the Council's (a State's own
    # inquiry is "National", "Presidential" or "on the events of ...")
    r"^(?:The\s+)?Independent\s+(?:International\s+)?Commission\s+of\s+Inquiry\s+on\s+(?:the\s+)?[A-Z]"
)
_NHRI = re.compile(r"(?i:national human rights (?:commission|institution|committee|institute|council|"
                   r"centre|center)|human rights (?:and (?:[\w-]+ ){1,2})?commission|"
                   r"(?:(?:high|higher|consultative|national|independent) commission|higher committee) (?:for|on) human rights|"
                   r"national institution for human rights|commission for human rights|"
                   r"national (?:centre|center|council|committee|institute) (?:for|on|of) human rights|"
                   r"(?<![a-z])national bureau (?:for|on) human rights|"
                   r"parliament(?:ary)? commissioner for human rights|human rights (?:and equality )?institution|"
                   r"defensor[ií]a del pueblo|defensor del pueblo|provedor"
                   r"|national (?:council|commission|committee) (?:for|on) human rights"
                   r"|national (?:council|commission|committee) for (?:[\w-]+ ){1,3}and human rights"
                   r"|commission on human rights|ombuds(?:man|men|person|persons|woman)|defensor(?:a|[ií]a)?\b|procuradur[ií]a\b|public defender|"
                   r"people[’']s advocate"
                   r"|(?<!high )(?<!europe )commissioner for (?:human|fundamental) rights|procurador)")  # fmt: skip


def org_kind(name: str) -> str:
    """The kind of a body from its name: media, UN mechanism, NHRI, party, NGO or (else) government body."""
    if re.fullmatch(r"(?:The\s+)?(?:(?:UN\s+)?General\s+Assembly[’']s\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee"
                    r"(?:\s+of\s+the\s+General\s+Assembly)?", name):
        return "un_mechanism"  # "the Third Committee": the General Assembly's, where country resolutions are voted
    if re.fullmatch(r"(?:The\s+)?(?:UN\s+|United\s+Nations\s+)?General\s+Assembly", name):
        return "un_mechanism"  # "the General Assembly elected Malawi to the Council": the UN's (a State's has its name)
    if re.search(r"\bCountry\s+Task\s+Force\b", name):  # "Country Task Force on Monitoring and Reporting": the UN's
        return "un_mechanism"  # monitoring of grave violations against children, not a newsroom
    if re.search(r"\b(?:News|Press|Telegraph|Information)\s+Agency\b|\bBroadcasting\b|\bTelevision\b|\bRadio\b", name) or (
        re.search(r"\b(?:Reporting|Investigative|Journalism)\b", name)
        and not re.search(r"\bJournalists\b|\b(?:Mechanism|Committee|Commission|Ministry|Council|Follow-up|Directorate|Authority|"
                          r"Office|Police|Unit|Agency|Task\s+Force)\b", name)
    ):  # "Lanka Investigative Collective", "Indian Ocean Reporting Project": newsrooms, though named like groups
        return "media"  # "Lao News Agency reported, citing the ministry": a channel, not the speaker
    if re.search(r"\bFreedom\s+(?:Desk|Hub)$|[’']\s+(?:Voice|Circle)$", name):
        return "ngo"  # "Maghreb Press Freedom Desk" (a monitoring group's name, though "Press" is in it), "Residents' Voice"
    if re.search(r"\b(?:Pride|Rainbow|LGBT\w*|Queer)\b", name) and not names_state_body(name):
        return "ngo"  # "Istanbul Pride Committee", "Rainbow Front Ukraine": LGBTI groups, not parties
    if re.search(r"\b(?:Reporting|Implementation),?\s+(?:Reporting\s+)?and\s+Follow-up\b|\bfor\s+the\s+Follow-up\s+of\b|"
                 r"\bMechanism\s+for\s+(?:Implementation|Reporting)\b", name) and not re.search(r"\b(?:Coalition|Network|Watch)\b", name):
        return "government_body"  # a State's national mechanism for reporting and follow-up, not its NHRI
    if re.match(r"(?:The\s+)?Inter-?(?:institutional|ministerial|agency|departmental|sectoral)\b", name, re.I):
        return "government_body"  # "Inter-institutional Human Rights Commission": the State's agencies together
    if re.search(r"\bBureau\s+of\s+(?:Jail|Corrections|Immigration|Investigation|Statistics|Prisons|Customs|Labou?r|Internal|Land|"
                 r"Alcohol|Indian|Consular|Democracy|Foreign\s+Employment|Overseas|Employment|Migration)\b", name):
        return "government_body"  # "Bureau of Jail Management and Penology": a State bureau, not a group
    if _TREATY_BODY.search(name) or _UN_BODY.search(name) or re.fullmatch(r"(?:The\s+|UN\s+)?Human\s+Rights\s+Committee", name):  # "Subcommittee on Prevention of Torture": a UN treaty body;
        return "un_mechanism"  # "Independent Investigative Mechanism for Myanmar": a body the UN set up; the
        # Human Rights Committee named alone is the Covenant's treaty body (a State's own has its country's name)
    if re.search(r"\bCivil\s+Liberties\b(?!\s+and\s+Human\s+Rights)|\bHelsinki\s+(?:Committee|Foundation|Group|Association)\b|"
                 r"\bCitizens[’']?\s+(?:Committee|Council|Initiative|Assembly)\b|\bCommittee\s+(?:to|for\s+the)\s+(?:Protect|Defen[cd])", name):
        return "ngo"  # "Hungarian Helsinki Committee", "Hungarian Civil Liberties Union"
    if re.search(r"\b(?:Commission|Committee)\b[^,]*\bof\s+the\s+(?:Senate|Parliament|House|National\s+Assembly|Chamber)\b", name):
        return "government_body"  # "the Human Rights Commission of the Senate": a chamber's committee, not the NHRI
    if _NHRI.search(name):
        return "nhri"
    if re.fullmatch(r"(?:The\s+)?(?:National|Federal)\s+Institute\s+for\s+Human\s+Rights", name):
        return "nhri"  # "Federal Institute for Human Rights" (Belgium's)
    if re.fullmatch(r"(?:The\s+)?(?:Danish|Netherlands|Dutch|German|Luxembourg|Swedish)\s+(?:National\s+)?Institute\s+for\s+Human\s+Rights", name):
        return "nhri"  # "Danish Institute for Human Rights" (not the Estonian one, a citizens' group)
    if re.search(r"\b(?:Democratic|Transformation|Patriotic|National|People[’']s|Progressive|Basotho|Nepali)\s+(?:Movement|Alliance|"
                 r"Union|Congress|Convention)\b(?!\s+of\s+(?:(?:[A-Z][\w-]*|and)\s+){0,5}(?:Journalists|Lawyers|Teachers|Workers|Students|"
                 r"Pensioners|Retirees))", name):
        return "political_party"  # "Orange Democratic Movement", "United Democratic Alliance"
    if re.search(r"\b(?:National|People[’']s|Democratic|Patriotic|Progressive)\s+(?:Unity|Resistance|Liberation|"
                 r"Salvation|Renewal|Redemption)\s+(?:Movement|Platform|Front|Alliance|Congress)\b", name):
        return "political_party"  # "National Unity Platform", "National Resistance Movement"
    if re.search(r"\b(?:Electoral|Election)\s+(?:Bureau|Tribunal|Court|Council|Commission|Board|Authority|Institute|Office|Service)\b", name):
        return "government_body"  # "Independent Electoral Bureau": the body that runs the vote
    if re.search(r"\bFront\s+for\s+(?:Human\s+Rights|the\s+Defen[cs]e)\b|\bHuman\s+Rights\s+Front\b|\bDefen[cs]e\s+Front\b|"
                 r"\bNon-?Governmental\s+Organi[sz]ations\b|\b(?:Legal|Law)\s+Clinic\b", name):
        return "ngo"  # "Egyptian Front for Human Rights": a rights group, not a party; "Almaty Legal Clinic"
    if re.search(r"\b(?:Party|Front|Bloc|Partido|Frente|Fuerza|Renovaci[oó]n)\b|^Parti\s+[A-Z]|\bKachchi\b|"
                 r"\b(?:Coalition|Alliance|Movement|Congress)\s+for\s+(?:Democratic\s+)?(?:Change|Democracy)\b(?!\s+and\b)|"
                 r"\bProgressives\s+Congress\b|\bForum\s+for\s+(?:Democratic|"
                 r"Democracy|Change)|\bAlianza\s+(?:para|por)\b|\bMovimiento\s+(?:al|por|para)\b", name):
        return "political_party"
    if re.search(r"\bUnion\s+of\s+(?:(?:[A-Z][\w-]*|and)\s+){0,5}(?:Journalists|Lawyers|Teachers|Workers|Students|Nurses|Doctors|Officers|"
                 r"Pensioners|Retirees)\b|\b(?:Journalists|Doctors|Nurses|Workers|Teachers|Pensioners|Lawyers|Students)[’']?\s+"
                 r"(?:Union|Committee|Council|Association|Syndicate|Network|Guild)\b|\bRed\s+(?:Crescent|Cross)\b", name):
        return "ngo"  # "Sudan Teachers' Committee", "Libyan Red Crescent": trade unions and relief societies
    if re.search(r"\b(?:Social\s+Security|Insurance|Pensions?|Disaster|Statistics|Statistical|Meteorolog\w*|Forensic|Penitentiary|Prisons?|Correctional|"
                 r"Civil\s+Registration|Cadastr\w+)\b", name) and re.search(r"\b(?:Institute|Fund|Superintendency)\b", name) and not (
            re.search(r"\b(?:Association|Network|Coalition|Union|Movement|Forum|Watch)\b", name)):
        return "government_body"  # "Nicaraguan Social Security Institute", "Pension Fund of Ukraine": the State's own
    if re.search(r"^(?:Federaci[oó]n|Coordinadora|Colectivo|Coletivo|Collectif|Asociaci[oó]n|Associa[cç][aã]o|Fundaci[oó]n|Observatorio|Centro|"
                 r"Red|Rede|Plataforma|Mesa|Foro|Coalici[oó]n|Colegio\s+de\s+Abogados)\b", name) and not (
            re.search(r"\b(?:Naciones\s+Unidas|Nacional\s+de\s+(?:los\s+)?Derechos)\b", name)):
        return "ngo"  # "Federación Nativa del Alto Marañón", "Colectivo de Abogados": civil society, named in Spanish
    if re.search(r"Human Rights Council|United Nations|\bUN\b|\bOHCHR\b|High Commissioner|Naciones\s+Unidas|Nations\s+Unies|"
                 r"Alto\s+Comisionado|Haut-Commissariat", name):
        if not re.search(r"Permanent Mission|Embassy", name):
            return "un_mechanism"
    if re.search(r"(?:Organi[sz]ation|Committee|Association)\s+for\s+the\s+(?:Defen[cs]e|Protection|Promotion)\b", name) \
            or re.search(r"^(?:Organisation|Ligue|Association|Collectif|Centre)\b.*\bpour\s+la\s+(?:D[ée]fense|Protection|Promotion)\b", name):
        return "ngo"  # "Guinean Organisation for the Defence of Human Rights"
    if re.search(r"^(?:Comisionado|Comisi[oó]n|Comiss[aã]o|Defensor[ií]?a?|Instituto|Consejo)\s+Nacional\b.*\bD(?:erechos|ireitos)\s+Humanos\b", name)\
            or re.search(r"^Provedor[a]?\s+de\s+Justi[cç]a\b", name) \
            or re.search(r"^(?:Commission|Conseil|Comit[ée])\s+National(?:e)?\b.*\bDroits\s+(?:de\s+l[’']Homme|Humains)\b", name):
        return "nhri"  # "Comisionado Nacional de los Derechos Humanos", "Conseil National des Droits de l'Homme"
    if re.search(
        r"^(?:Movimento|Movimiento|Uni[aã]o|Uni[oó]n)\b.*\b(?:Democr[aá]tic[ao]|Democracia|Republicana|Socialista|"
        r"Liberal|Popular|Patria)\b", name
    ):
        return "political_party"  # "Movimento para a Democracia", "União ... Independente e Democrática"
    if re.search(r"\b(?:Pastoral|Indigenista|Mission[aá]rio|Misionero|Diocesan[ao]?|Caritas)\b|^Rede\b", name):
        return "ngo"  # "Comissão Pastoral da Terra", "Conselho Indigenista Missionário": church and community groups
    if re.search(r"\b(?:Interfaith|Inter-?[Rr]eligious|Inter-?[Ff]aith)\b|\b(?:Council|Assembly|Federation|Union)\s+of\s+Women\b|"
                 r"\bWomen[’']s\s+(?:Assembly|Council|Federation|Forum)\b|\bBar\s+(?:Council|Association)\b|\b(?:Solidarity|Land\s+Rights|Action|Support|Citizens[’']?)\s+Committee\b|\bLegal\s+Defen[cs]e\b|\b(?:Peoples|Communities)\b(?!\s+Affairs)|"
                 r"\bLegal\s+Aid\b(?!\s+(?:Commission|Board|Authority|Agency|Council|Service|Department|Directorate))|"
                 r"\b(?:Returnees|Refugees?|Residents|Survivors|Displaced|Evictees|Tenants|Speakers)[’']?\s+(?:Welfare\s+)?(?:Council|Committee|Association|Union)\b|"
                 r"\b(?:Committee|Council|Association|Union)\s+of\s+(?:[A-Z][\w-]*\s+){0,2}(?:Refugees|Returnees|Residents|Survivors|Evictees)\b",
                 name) and not re.search(r"\b(?:Ministry|Department|Directorate)\b", name):
        return "ngo"  # "Middle Belt Interfaith Council", "Srebrenica Returnees' Council", "Committee of Famagusta Refugees"
    if re.search(r"\b(?:Families|Mothers|Relatives|Victims)\b", name) and not re.search(
            r"\b(?:Ministry|Department|Office|Unit|Fund|Agency|Commission|Authority|Directorate)\b", name):
        return "ngo"  # "Balochistan Missing Persons Families Council": the families' own organisation
    if re.search(r"^(?:Instituto|Fundaci[oó]n|Funda[cç][aã]o|Asociaci[oó]n|Associa[cç][aã]o|Observat[oó]ri?o|Centro|Colegio|Plataforma|Corporaci[oó]n|"
                 r"Coordinadora|Colectivo|Coletivo|Movimento|Red|Mesa|Foro|Coalici[oó]n|Comit[ée]|F[ée]d[ée]ration|"
                 r"Federaci[oó]n)\b", name):
        return "ngo"
    if re.search(r"^(?:Alliance|Union|Rassemblement|Convergence|Mouvement)\s+(?:du|de\s+la|des|pour\s+(?:le|la))\s+"
                 r"(?:Changement|Progr[eè]s|Renouveau|Peuple|R[ée]publique|D[ée]mocratie|R[ée]forme|Salut|Unit[ée])\b", name):
        return "political_party"  # "Alliance du Changement": French party names say what they stand for
    if re.search(r"^Acci[oó]n\s+\w+", name):
        return "political_party"
    if re.search(r"^(?:Gobierno|Governo)\b", name):
        return "government_body"
    if re.search(r"Foundation|Association|Network|Centre|Center|League|Alliance|Watch|"
                 r"Coalition|Consortium|Federation|Confederation|Initiative|Institute|Observatory|Forum|Society|Monitor|"
                 r"Lawyers|\bBar\s+of\b|Defenders|Collective|Platform|Bureau|Movement|Campaign|Syndicate|Kendra|Agenda|^Liga\b|^Ligue\b|Non-?Governmental|"
                 r"Rights\s+Concern|Partnership|Women[’']s\s+Union|(?<!National\s)Archive|Rights\s+Hub|Laboratory|Project$|\bInternational$|\bAdvocacy$|\bShelter$|\bTrust$|"
                 r"\bCircle$",
                 re.sub(r"\bRussian\s+Federation\b", "", name)):  # fmt: skip
        return "ngo"  # (a ministry "of the Russian Federation" is no federation of groups)
    if re.search(r"\bfor\s+[A-Z][\w-]+\s+Organi[sz]ation$", name) and not re.search(
        r"\b(?:International|World|National|State|Government|Intergovernmental|United)\b", name
    ):  # "Community Empowerment for Progress Organization": a citizens' group
        return "ngo"
    if re.search(r"\b(?:First\s+Nations|Indigenous|Aboriginal|Native|Inuit|S[aá]mi|M[aā]ori)\b", name) and not re.search(
        r"\b(?:Ministry|Department|Commission|Office|Agency|Secretariat|Directorate|Government|Parliament|Affairs\s+Committee)\b", name
    ):
        return "ngo"  # "Assembly of First Nations": Indigenous peoples' own organisations (not the Maori Affairs Committee)
    return "government_body"
