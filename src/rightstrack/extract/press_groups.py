"""Civil society and companies: NGOs, associations, movements and shelters the text names or
describes as such ("the rights group Odhikar"), and companies for business and human rights.
"""

from __future__ import annotations

import re

from rightstrack.actors.groups import group_name
from rightstrack.actors.normalise import name_key
from rightstrack.extract.items import ActorRef
from rightstrack.extract.press_kinds import names_state_body, org_kind
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import (
    LEAD_STOP,
    NAME_JOIN,
    NO_BODY_NAME,
    NOT_NAME,
    clean_org,
    find_states,
    with_country,
)

# A meeting summary's paragraph labelled with a civil-society speaker who then speaks for itself
_LABELLED_GROUP = re.compile(r"(?m)^(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:of|for|and|the|on|[A-Z][\w’'-]+)){1,6}):[^\S\n]+"
                             r"(?=(?:Our|We|The\s+(?:organi[sz]ation|network|coalition|group))\b)")


# "the Grandmothers of Plaza de Mayo", "the Madres de La Candelaria", "Mothers of Srebrenica": mothers'
# collectives named for their place or cause, with no head word
_MOTHERS_GROUP = re.compile(r"(?<![\w’'-])(?P<name>(?:Grandmothers|Mothers|Madres|Abuelas)\s+(?:of|de|del)\s+(?:(?:the|la|La|el|El)\s+)?"
                            r"[A-Z][\w’'-]+(?:\s+(?:(?:de|del|la)\s+)?[A-Z][\w’'-]+){0,3})")


_PRIDE_GROUP = re.compile(r"(?<![\w’'-])(?P<name>(?!The\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+Pride(?:\s+(?:Committee|Collective|Network|Association))?)\b")


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


# "At the Aama Ghar shelter in Kathmandu": a shelter named in its own language, its kind after the name
_NAMED_SHELTER = re.compile(r"\bthe\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:shelter|safe\s+house|refuge)\b")


_NAMED_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w’'-]+\s+){1,5}(?:Group|Trust|Project|Fund))\b"
    r"(?=\s*[,(.;]|\s+(?:said|says|has|had|which|who|is|was|reported|recorded|told|found|published|counted|documented)\b|"
    r"\s+to\s+[A-Z])"  # "Group to Lesotho"
)


# A body that the text itself calls a group: "the Observatorio Venezolano de Derechos, a Caracas-based
# monitoring group", "Viasna, a banned rights organisation"
_NGO_APPOSED = re.compile(
    r"(?<![\w’'-])(?!(?:According|As|In|On|At|For|By|From|To|With|After|Before|During|Speaking)\s)"
    rf"(?P<name>[A-Z][\w’'-]+(?:\.[a-z]{{2,4}})?(?:\s+(?:(?:{NAME_JOIN})\s+){{0,2}}"
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
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{NAME_JOIN})\s+){{0,2}}[A-Z][\w’'-]+){{0,6}})(?:\s*\([A-Z][\w-]{{1,10}}\))?,\s+the\s+"
    r"(?:(?:[A-Z][\w’'-]+\s+){0,3}(?:Centre|Center|Network|Federation|Association|League|Union|Alliance)\s+(?:for|of)\s+[A-Z]|"
    r"(?:national\s+)?[a-z’']+(?:\s+[a-z’']+)?\s+(?:federation|network|association|syndicate|union)\b)"
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
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{NAME_JOIN})\s+){{0,2}}[A-Z][\w’'-]+){{0,6}})"  # ("Madres de la Sierra")
)


# "The Tchad Justice Citoyenne collective said": a name of two words or more, then what it is
_NGO_NOUN_AFTER = re.compile(
    rf"\b[Tt]he\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{NAME_JOIN})\s+)?[A-Z][\w’'-]+){{1,5}})\s+"
    r"(?:collective|coalition|network|association|alliance|platform|charity)\b(?=\s*[,.;]|\s+(?:said|says|has|had|was|is|which|who|told|"
    r"reported|recorded|counted|documented|called|urged|welcomed)\b)"
)


# "An underground teachers' network, Light in the Valley, said": the name set off after what the body is
_NGO_SET_OFF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w’'-]*\s+){0,3}(?:network|group|organi[sz]ation|collective|association|coalition|charity|"
    rf"initiative|NGO),\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{NAME_JOIN}|in)\s+){{0,2}}[A-Z][\w’'-]+){{0,5}}),\s+"
    r"(?=said|says|told|which|who|has|had|reported|estimated|recorded|counted|documented)"
)


# "The Nairobi-based Digital Voices Kenya said": a body placed by its city, speaking
_NGO_BASED_SAYS = re.compile(
    rf"\b[Tt]he\s+[A-Z][\w’'-]*-based\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{NAME_JOIN})\s+)?[A-Z][\w’'-]+){{1,5}})"
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


def add_companies(actors: PressActors, text: str) -> None:
    """Companies, for business and human rights: by suffix, prefix, apposition or what the text calls them."""
    for match in [*_COMPANY.finditer(text), *_COMPANY_CALLED.finditer(text), *_COMPANY_PREFIXED.finditer(text),
                  *_COMPANY_APPOSED.finditer(text)]:  # companies, for business and human rights
        name = match.group("name")
        if name.split()[0] in LEAD_STOP or names_state_body(name) or _NOT_A_COMPANY.search(name) or any(
                a == 0 and b == len(name) for a, b, _ in find_states(name)):  # fmt: skip
            continue
        if re.search(r"\b(?:Ministry|Minister|Department|Secretary|Office|Bureau|Commission|Agency)\s+(?:of|for)\s+[^.;:]*$",
                     text[max(0, match.start("name") - 60) : match.start("name")]):
            continue  # "the Ministry of Mineral and Petroleum Resources": a portfolio, not a firm
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "company"), "mentioned"))


def add_shelters(actors: PressActors, text: str) -> None:
    """Named shelters and safe houses (the groups that run them), not places."""
    for match in _NAMED_SHELTER.finditer(text):
        if match.group("name").split()[0] not in LEAD_STOP | NOT_NAME and not find_states(match.group("name")) and not (
            re.search(rf"\b(?:in|at|from|near)\s+{re.escape(match.group('name'))}\b", text)
        ):  # (not "the Chiang Rai shelter" where the text says "in Chiang Rai": a place)
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "ngo"), "mentioned"))


def add_labelled_groups(actors: PressActors, text: str) -> None:
    """Groups that speak under their own name as a label ("Kurdistan Human Rights Advocacy: Our organisation ...")."""
    for match in _LABELLED_GROUP.finditer(text):  # "Kurdistan Human Rights Advocacy: Our organisation has ..."
        name = match.group("name")
        if org_kind(name) == "ngo" and not any(a == 0 and b == len(name) for a, b, _ in find_states(name)):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "ngo"), "mentioned"))


def add_described_ngos(actors: PressActors, text: str) -> None:
    """NGOs the text describes as such ("Foro Penal, a Caracas-based rights group", "the rights group Odhikar")."""
    for match in [*_NGO_APPOSED.finditer(text), *_NGO_GLOSSED.finditer(text), *_NGO_PREFIXED.finditer(text),
                  *_NGO_THE_NOUN.finditer(text), *_NGO_NOUN_AFTER.finditer(text), *_NGO_BASED_SAYS.finditer(text),
                  *_NGO_SET_OFF.finditer(text)]:
        # "Foro Penal, a Caracas-based rights group"; "the rights group Odhikar"; "the collective Tanora Mijoro"
        name, lead = clean_org(match.group("name"))
        prefixed = match.re not in (_NGO_APPOSED, _NGO_GLOSSED)
        acronym = bool(re.fullmatch(r"[A-Z]{3,8}", name))  # "ALQST, a London-based rights group"
        # "OVD-Info, an independent monitoring group", "Viasna, a banned rights organisation": one
        # word set off by the apposition, but not a sentence adverb ("However, a rights group said")
        opens = re.search(r"(?:^|[.!?:]\s+|\n\s*|\s[-–—]\s+|(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)\b[Tt]he\s+)$",
                          text[: match.start("name") + lead])  # (not "... of Civilians in the Sahel, a ... association")
        acronym = acronym or bool(not prefixed and opens and re.fullmatch(r"[A-Z][\w’'.-]{2,30}", name)
                                  and not name.endswith("ly") and name not in NO_BODY_NAME)  # fmt: skip
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
            name = with_country(text, start, name)
            actors.add(Found(start, start + len(name), ActorRef(name, "ngo"), "mentioned"))


def add_french_names(actors: PressActors, text: str) -> None:
    """Bodies, NGOs and parties named in French ("Ligue ... des Droits de l'Homme", "Parti pour ...")."""
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


def add_named_groups(actors: PressActors, text: str) -> None:
    """A group named by its own name ("The Christian Churches Monitoring Group, which ..."), not a group of States."""
    for match in _NAMED_GROUP.finditer(text):  # "The Christian Churches Monitoring Group, which ...": a
        name = match.group("name")  # group named by its own name, not a group of States
        tokens = set(name.split())
        if not tokens & {"Working", "Contact", "Core", "Friends", "African", "Arab", "Asian", "Asia-Pacific",
                         "Eastern", "Western", "Lima", "Rio"} and not group_name(name_key(name)) \
                and org_kind(name) != "un_mechanism":  # "the United Nations Population Fund said": a UN agency
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "ngo"), "mentioned"))


def add_movement_groups(actors: PressActors, text: str) -> None:
    """Mothers' and Pride groups: the movements named by whom they speak for."""
    for match in _MOTHERS_GROUP.finditer(text):
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "ngo"), "mentioned"))
    for match in _PRIDE_GROUP.finditer(text):  # "Organisers from Tbilisi Pride": the group that holds the march
        if not find_states(match.group("name")) or find_states(match.group("name"))[0][0] > 0:
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "ngo"), "mentioned"))
