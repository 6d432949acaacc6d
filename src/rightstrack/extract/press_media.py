"""News outlets: in the dateline, as a cited source ("according to X", "X reported"), in a byline,
or by what the text calls them ("the state broadcaster Canal 6").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightstrack.extract.dates import MONTH, WEEKDAY
from rightstrack.extract.items import ActorRef
from rightstrack.extract.press_kinds import org_kind
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import LEAD_STOP, NAME_TOKEN, ORG_HEAD, PARTICLE, find_states

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
    r"Letter|Newsletter|Digest|FM)"  # "Highveld FM"
)


_OUTLET_FIRST = r"(?:Diario|Heraldo|Noticias|Prensa|Daily|Radio|Canal|Télé|Tele|Semanario|Jornal|Revista|Periódico)"


_CAP = r"[A-Z][\w’'-]*(?<![’']s)(?<![’'])(?:\.[a-z]{2,4}\b)?"  # "Turkmen.news", not a full stop; "Radio Meridian's tally": the name


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
    rf"^[A-ZÀ-ÞĀ-ſȘȚ][A-ZÀ-ÞĀ-ſȘȚ .’'/-]+(?:,[^\n()]{{0,40}}|[^\S\n]*)\((?P<d>(?:The\s+)?{_CAP}(?:[^\S\n]+(?:del|de|du|des|la|of|the|do|da|dos|das|{_CAP}|d[’']{_CAP}|"
    rf"(?:al|el|ad|an|ar|as)-[A-Z][\w’'-]+)){{0,5}})(?:[^\S\n]+(?:community|camp|exile|diaspora|local|online)[^\S\n]+"
    rf"(?:radio|bulletin|newsletter|newspaper|news|television|station|broadcaster))?(?:,[^\S\n]*translated\s+from\s+[A-Z][a-z]+)?\)"
    rf"(?:\s*[-–—]|[^\S\n]*\n)|"  # ("NAIROBI, 9 January 2028 (Rift Valley Courier)" on a line of its own)
    rf"\b(?:according\s+to\s+(?:a\s+(?:tally|count|report)\s+(?:by|in)\s+)?|an?\s+(?:tally|count|analysis)\s+by\s+|"
    rf"(?:reviewed|obtained|seen|analy[sz]ed)\s+by\s+)(?:the\s+)?(?P<a>{_OUTLET_NAME})|"  # "documents reviewed by The Nile Ledger"
    rf"\b(?:daily|newspaper|paper|weekly|broadcaster|outlet|tabloid)\s+(?P<b>{_OUTLET_NAME})|"
    # "according to the official news agency Wakalat al-Anba", "the daily Dnevni Glas", "the news site
    # Horn Daily", "the Facebook page Kabul Voice Today": whatever its name, after what it is
    rf"\b(?:news\s+agency|(?-i:daily)|newspaper|weekly|tabloid|news\s+(?:site|website|portal|outlet)|(?:investigative|independent|online|exiled)\s+"
    rf"(?:outlet|newsroom)|(?-i:newsroom|outlet)|(?:data\s+)?journalism\s+(?:team|collective|project|unit)|data\s+team\s+at\s+the\s+newsroom|"
    rf"(?-i:First\s+published\s+in)|(?-i:Translated\s+from\s+the\s+[A-Z][a-z]+\s+original\s+(?:published\s+)?(?:by|in))|"
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
    rf"(?:Analysis|Editorial(?:[^\S\n]+desk)?|Opinion|Comment|Explainer|Fact[^\S\n]+check|Investigation|"
    rf"(?:(?:Morning|Evening|Midday|Night|Late)[^\S\n]+)?News)[^\S\n]*$|"  # "Te Uekera FM | Midday News"
    # "ANALYSIS | The Tanganyika Review": the section first
    rf"(?m:^)[^\S\n]*(?:ANALYSIS|Analysis|OPINION|Opinion|EDITORIAL|Editorial|COMMENT|Comment|EXPLAINER|Explainer)[^\S\n]*[|–—-][^\S\n]*"
    rf"(?P<s>(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}(?:{_OUTLET_WORD}|Monitor|Review|Daily))[^\S\n]*$|"
    # "Central America Observer, 9 March 2034": the paper's name and date over the story
    rf"(?m:^)(?P<u>(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}(?:{_OUTLET_WORD}|Monitor|Review|Daily)),[^\S\n]+\d{{1,2}}[^\S\n]+[A-Z][a-z]+"
    rf"[^\S\n]+\d{{4}}[^\S\n]*$|"
    # "The Lakeside Courier - Geneva desk, with Name", "Athens Morning Radio - News at Eight": a desk or programme
    # "Semanario Brecha Sur - Tegucigalpa, 12 November 2030": its place and date
    rf"(?m:^)(?P<q>(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}(?:{_OUTLET_WORD}|Monitor|Review|Daily)|{_OUTLET_FIRST}(?:[^\S\n]+{_CAP}){{1,3}})"
    rf"[^\S\n]+[–—-][^\S\n]+"
    rf"(?:(?:[A-Z][a-z]+[^\S\n]+)?desk\b|News[^\S\n]+at[^\S\n]+\w+|(?:Morning|Evening|Midday|Night|Late|\d{{1,2}}(?:[.:]\d{{2}})?[^\S\n]*"
    rf"(?:a\.m\.|p\.m\.|am|pm|h)?)[^\S\n]+(?i:news|bulletin|edition)|"  # "Highveld FM News - 7 a.m. bulletin"
    rf"Live(?:[^\S\n]+blog)?\b|(?:[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?,[^\S\n]+)?\d{{1,2}}[^\S\n]+[A-Z][a-z]+[^\S\n]+\d{{4}}[^\S\n]*$)|"
    # "Tehran Evening Review" on a line of its own under the headline: the paper (only near the top)
    rf"(?m:^)[^\S\n]*(?P<w>(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{1,3}}(?:{_OUTLET_WORD}|Monitor|Review|Daily))[^\S\n]*$|"
    # "Onda Centroamericana - Evening Bulletin": a station over its bulletin, whatever its name
    rf"\A[^\S\n]*(?P<v>(?:The[^\S\n]+)?{_CAP}(?:[^\S\n]+{_CAP}){{0,3}})[^\S\n]+[–—-][^\S\n]+(?:(?:Morning|Evening|Midday|Noon|Night|"
    rf"Late|Weekend)[^\S\n]+)?(?:News[^\S\n]+)?(?:Bulletin|Newscast|Broadcast|Headlines|News[^\S\n]+Hour)[^\S\n]*$|"
    # "By Name Surname, Ararat Review": a byline's outlet after its writer
    rf"(?m:^)By[^\S\n]+(?:[A-Z][\w’'.-]+[^\S\n]+){{1,3}}[A-Z][\w’'-]+,[^\S\n]+"
    rf"(?P<r>(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}(?:{_OUTLET_WORD}|Monitor|Review|Daily|Report))[^\S\n]*$|"
    # "By our correspondent, Horn Ledger": the byline names the paper
    rf"(?m:^)By[^\S\n]+(?:our|a)[^\S\n]+(?:correspondents?|staff[^\S\n]+reporters?|reporters?|Geneva[^\S\n]+desk),[^\S\n]+"
    rf"(?P<p>(?:The[^\S\n]+)?{_CAP}(?:[^\S\n]+{_CAP}){{0,3}})[^\S\n]*$|"
    # "By The Strait Observer's count", "That's the news from Pacific Wave Radio": the outlet's own
    rf"\b(?:[Bb]y|[Ii]n)\s+(?P<n>{_OUTLET_NAME}|(?:The[^\S\n]+)?(?:{_CAP}[^\S\n]+){{1,3}}(?:Review|Monitor|Daily|Report))[’']s\s+(?:own\s+)?"
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


# "carried by the Saba news agency": a news agency named before the words
_NAMED_AGENCY = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w’']+-(?:run|backed|controlled|owned|aligned|affiliated)\s+)?"
                           r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+news\s+agency\b")  # (not "Houthi-run")


_FACT_CHECK = re.compile(r"(?im)^[^\S\n]*(?:verdict|rating|our\s+verdict)\s*:")


_CHECKER_LINE = re.compile(r"(?m)^[^\S\n]*(?:[A-Z][A-Z .’'-]+,[^\n]{0,40}?\d{4}[^\S\n]*[-–—][^\S\n]*)?"
                           r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,3})[^\S\n]*$")


def fact_checker(actors: PressActors, text: str) -> None:
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


def outlets_by_name(actors: PressActors) -> None:
    """A name the article shows to be an outlet ("Southern Cross Monitor - Analysis") is one wherever it
    recurs, though its head word alone reads like a group's ("the Southern Cross Monitor went through")."""
    outlets = {m.actor.name.removeprefix("The ") for m in actors.mentions if m.actor.kind == "media"
               and m.role != "outlet"}  # (a group may put its own name in the dateline of its release)
    actors.mentions = [replace(m, actor=replace(m.actor, kind="media")) if m.actor.kind in ("ngo", "government_body")
                       and m.actor.name.removeprefix("The ") in outlets else m for m in actors.mentions]  # fmt: skip


def add_outlets(actors: PressActors, text: str) -> None:
    """News outlets the text uses as sources: dateline brackets, "according to", "reported", "the daily".
    A first line in capitals ("RADIO CARIBE SUD - MIDDAY BULLETIN") is read as its words capitalised."""
    first = re.match(r"\s*(?:Translated\s+from\s+[^\n]+\n\s*)?([^\n]+)", text)  # (under "Translated from Spanish")
    heading = first.group(1) if first and re.split(r"[^\S\n]+[-–—|][^\S\n]+", first.group(1))[0].isupper() else ""  # ("- News")
    titled = re.sub(r"[A-ZÀ-Þ][A-ZÀ-Þ’'-]*", lambda w: w.group(0).capitalize(), heading)
    station = re.match(rf"[^\S\n]*(?P<x>(?:(?:{_CAP}|\d{{1,3}})[^\S\n]+){{0,3}}(?:Television|Tv|Radio|Fm|Canal)(?:[^\S\n]+{_CAP}){{0,3}})"
                       r"[^\S\n]+[-–—|][^\S\n]+", titled) if heading else None
    if station is None and heading:  # "LAKESHORE PUBLIC RADIO" on a line of its own over the programme; "UBUNTU WAVES FM
        # 98.4, KAMPALA", "RADIO NILE CROSSING 92.3 FM, JUBA", "AMMAN CITY RADIO 101.7 - THE NEWS HOUR": its frequency and
        # city after the name
        bare = re.sub(r"[^\S\n]+\d{2,3}(?:\.\d)?(?:[^\S\n]+Fm)?(?=[^\S\n]*(?:,|[-–—|]|$)).*$", "", titled)
        station = re.fullmatch(rf"[^\S\n]*(?P<x>(?:{_CAP}[^\S\n]+){{1,3}}(?:Radio|Television|Tv|Fm)|(?:Radio|Canal)(?:[^\S\n]+{_CAP}){{1,3}})"
                               r"[^\S\n]*", bare)
    if station is None and heading:  # "DOHA DRIVE 93.5 FM - THE BUSINESS HOUR": a station known by its frequency
        station = re.match(rf"[^\S\n]*(?P<x>(?:{_CAP}[^\S\n]+){{1,3}}\d{{2,3}}(?:\.\d)?[^\S\n]+Fm)(?=[^\S\n]*(?:,|[-–—|]|$))", titled)
    podcast = re.match(r"\s*(?P<x>[^\n]{3,50})\n[^\S\n]*(?:A|An|The)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?i:podcast)\b", text)
    if station is None and podcast and heading:  # "THE CEDAR BRIEF / A weekly podcast on rights and justice": the podcast
        _masthead_outlet(actors, podcast.group("x").strip(), podcast.start("x"))
    if station is None and first is not None:  # "NEWSFLASH 12:00 - Lakeland Public Radio": the station after its programme
        station = re.search(rf"[-–—,][^\S\n]+(?P<x>(?:{_CAP}[^\S\n]+){{0,3}}(?:Radio|Television|TV|FM))[^\S\n]*$", first.group(1))
    if station is not None and first is not None:  # "HARBOURVIEW TELEVISION - THE NINE O'CLOCK NEWS": the station
        name = re.sub(r"\b(Tv|Fm)\b", lambda w: w.group(1).upper(), station.group("x"))  # heading its programme
        start = first.start(1) + station.start("x")
        actors.add(Found(start, start + len(name), ActorRef(name, "media"), "mentioned"))
    for match in _OUTLET_USED.finditer(titled):
        group = next(g for g in "mqs" if match.group(g)) if match.group("m") or match.group("q") or match.group("s") else None
        if group is not None:  # the outlet heading its bulletin: as the text would write it
            start = first.start(1) + match.start(group)  # type: ignore[union-attr]
            actors.add(Found(start, start + len(match.group(group)), ActorRef(match.group(group), "media"), "mentioned"))
    for match in _OUTLET_USED.finditer(text):
        group = next(g for g in "dlabceghijkmnopqrsuvw" if match.group(g))
        if group == "w" and (match.start() > 400 or re.search(
                r"\b(?:Periodic|Rights|Council|Session|Committee|Universal|Annual|Mid-?term|Peer|Policy|Strategic)\b", match.group("w"))):
            continue  # "Universal Periodic Review" as a heading is no paper
        name = re.sub(r"^The\s+(?=Daily\b)", "", match.group(group)) if group not in "dl" else match.group(group)
        name = re.sub(r"\b(FM|TV)\s+News$", r"\1", name)  # "Highveld FM News - 7 a.m. bulletin": the station's news
        if re.match(r"(?i)translated|AP\b|AFP\b", name) or find_states(name) and len(name.split()) == 1:
            continue  # "(translated from Spanish)", a bare State
        start = match.start(group) + match.group(group).index(name)  # the outlet of the dateline is
        role = "outlet" if group in "dl" else "mentioned"  # no one's words in its first sentence
        actors.add(Found(start, start + len(name), ActorRef(name, "media"), role))


def add_described_media(actors: PressActors, text: str) -> None:
    """Outlets set off by what they are ("X, a London-based satellite channel", "the X news agency")."""
    for match in _MEDIA_APPOSED.finditer(text):  # "Iran Horizon International, a London-based satellite channel"
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
    for match in _NAMED_AGENCY.finditer(text):
        if match.group("name").split()[0] not in LEAD_STOP and not find_states(match.group("name")):
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))


def add_newsrooms(actors: PressActors, text: str) -> None:
    """Outlets and desks named in a byline ("By the Mekong Rights Desk")."""
    for match in _BY_NEWSROOM.finditer(text):
        if org_kind(match.group("name")) == "media" or match.group("name").endswith(" Desk"):  # "the Mekong Rights Desk"
            actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))


def add_called_media(actors: PressActors, text: str) -> None:
    """"the state broadcaster Canal 6 reported": a channel named after what it is."""
    for match in _MEDIA_CALLED.finditer(text):  # "the state broadcaster Canal 6 reported": a channel
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
    if not re.search(r"(?i)\b(?:press\s+conference|press\s+briefing|briefing\s+transcript)\b", text[:400]):
        return
    for match in _ASKING_OUTLET.finditer(text):  # "Beijing Daily Courier: ... What is your response?": in a press
        name = match.group("name")
        if len(name) < 4 or name in ("Question", "Journalist", "Reporter", "Moderator", "Host") or find_states(name) \
                or actors.person(name.split()[-1]) is not None:
            continue  # "Q: ...?", a named reporter: not an outlet
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(match.group("name"), "media"), "mentioned"))
        # conference's transcript, the outlet whose reporter asks


# A press conference transcript's question: the outlet named on the label, a question after it
_ASKING_OUTLET = re.compile(
    r"(?m)^[^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,4}):[^\S\n]+[^\n]*\?[^\S\n]*$"
)


# A briefing transcript's questioner and her outlet: "Question: Thank you, Ilse. Name, Harbourline Wire. On Myanmar
# ...", "Question (Name, Baltic Morning Post): ...", "Name (Nordic Broadcasting Union): Is the visit ...", "Asked by
# Name of Agence Presse Alpine about ...", "Responding to Name of Radio Libre, ..."
_PERSON = rf"{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}}"
_OUTLET_AFTER_NAME = r"[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|du|de|del|la|le|des|di|of|the)){0,4}"
_QUESTIONER = re.compile(
    rf"(?m)^[^\S\n]*Question[^\S\n]*(?::[^\S\n]*(?:[A-Z][^.\n]{{0,40}}\.[^\S\n]+)?"
    rf"{_PERSON},[^\S\n]+(?P<a>{_OUTLET_AFTER_NAME})\.|[^\S\n]*\([^\S\n]*{_PERSON},[^\S\n]+(?P<b>{_OUTLET_AFTER_NAME})[^\S\n]*\)[^\S\n]*:)|"
    rf"^[^\S\n]*{_PERSON}(?:[^\S\n]+\((?P<c>{_OUTLET_AFTER_NAME})\)|,[^\S\n]+(?P<f>{_OUTLET_AFTER_NAME}))[^\S\n]*:[^\S\n]+(?=[A-Z][^\n]*\?)|"
    rf"\b(?:Answering|In[^\S\n]+answer[^\S\n]+to)[^\S\n]+a[^\S\n]+question[^\S\n]+from[^\S\n]+{_PERSON}[^\S\n]+of[^\S\n]+(?P<g>{_OUTLET_AFTER_NAME})(?=,)|"
    rf"\b(?:Asked|Questioned)[^\S\n]+by[^\S\n]+{_PERSON}[^\S\n]+of[^\S\n]+(?P<d>{_OUTLET_AFTER_NAME})(?=[^\S\n]+(?:about|how|whether|if|on|why|what|when)\b|,)|"
    rf"\b(?:Responding|Replying)[^\S\n]+to[^\S\n]+{_PERSON}[^\S\n]+of[^\S\n]+(?P<e>{_OUTLET_AFTER_NAME})(?=,)|"
    # "Q (Nile Current FM): ...": a transcript's question, its outlet in brackets
    rf"^[^\S\n]*(?:Q|Question)[^\S\n]*\([^\S\n]*(?P<h>{_OUTLET_AFTER_NAME})[^\S\n]*\)[^\S\n]*:"
)


def add_questioners_outlets(actors: PressActors, text: str) -> None:
    """The outlets of the journalists who ask questions at a briefing, as the transcript names them."""
    for match in _QUESTIONER.finditer(text):
        group = next(g for g in "abcdefgh" if match.group(g))
        name = match.group(group).strip()
        if find_states(name) or any(m.start <= match.start(group) < m.end for m in actors.mentions):
            continue
        if group in "cf" and not re.search(rf"\b{_OUTLET_WORD}\b|\b{_OUTLET_FIRST}\b|\b(?:Broadcasting|Agence|Agency|Service|"
                                          r"Channel|Network|Press|Wireless)\b", name):
            continue  # "Name (Greens):" is a member and her party, not a journalist
        actors.add(Found(match.start(group), match.start(group) + len(name), ActorRef(name, "media"), "mentioned"))


# A paper's masthead over its dateline, as translated papers print it: "LE QUOTIDIEN DU KADIOGO / Ouagadougou, 26
# January 2035", "DAKAR MATIN EXPRESS - Diplomacy / Dakar, 5 December 2035", "L'Écho de la Plaine / Les Cayes, ..."
_MASTHEAD_WORD = (r"(?:Quotidien|Journal|Écho|Echo|Avenir|Matin|Express|Semanario|Crónica|Cronica|Diario|Tribune|Gazette|Courrier|"
                  r"Nouvelles|Observateur|Temps|Monde|Soir|Presse|Noticias|Prensa|Heraldo|Voz|Voix|Nouvelliste|Républicain|"
                  r"Hebdo|Correo|Mercurio|Nacional|Periódico|Jornal|Folha|Notícias|Flambeau|Phare|Patriote|Messager|Sentinelle|"
                  r"Reporter|Mutations)")
_MASTHEAD = re.compile(r"(?m)^[^\S\n]*(?P<name>[^\n]{3,60}?)(?:[^\S\n]+[-–—|][^\S\n]+[^\n]{1,30})?[^\S\n]*\n(?P<between>[^\n]{1,60}\n)?"
                       r"[^\S\n]*(?:(?:Published|Posted|Updated)[^\S\n]+(?:on[^\S\n]+)?|[A-ZÀ-Þ][\w .’'-]{1,40},[^\S\n]+(?:[A-Z][\w .’'-]{1,30}?(?:,|[^\S\n]+[-–—])[^\S\n]+)?)"
                       r"\d{1,2}[^\S\n]+[A-Z][a-z]+[^\S\n]+\d{4}")  # ("RIGHTS QUARTERLY PH / Q&A / Published 8 January 2034")
_BYLINE_OUTLET = re.compile(rf"(?m)^[^\S\n]*By[^\S\n]+[^|\n]{{3,60}}?[^\S\n]*\|[^\S\n]*(?P<name>[^|\n]{{3,50}}?)[^\S\n]*\|[^\S\n]*"
                            rf"(?:{WEEKDAY},?[^\S\n]+)?\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}[^\S\n]*$")
# A paper's name, place and date on the first line: "Sfax South Courier - Saturday 15 September 2029"
_MASTHEAD_DATED = re.compile(rf"\s*(?P<name>[^|\n–—-]{{3,50}}?)[^\S\n]+[|–—-][^\S\n]+(?:[^|\n–—\d]{{2,30}}[^\S\n]+[|–—-][^\S\n]+)?"
                             rf"(?:{WEEKDAY},?[^\S\n]+)?\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}[^\S\n]*\n")
# A paper's name over a line that gives the kind of piece and its date: "THE SALWEEN POST / Editorial | Thursday, 20 March 2036"
_MASTHEAD_OVER_LABEL = re.compile(rf"\s*(?P<name>[^\n]{{3,50}}?)[^\S\n]*\n[^\S\n]*(?i:editorial|opinion|comment|analysis|feature|"
                                  rf"news|column|leader)[^\S\n]*[|–—-][^\S\n]*(?:{WEEKDAY},?[^\S\n]+)?\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}[^\S\n]*\n")
# A paper's name in capitals over its writer and date: "KABUL NOTES / By Name / 18 September 2030"
# "GENEVA WEEK / Notes from the Council's 65th session / Issue 24 – Friday 18 June 2027": the same over its tagline and
# the date
_MASTHEAD_OVER_BYLINE = re.compile(rf"\s*(?P<name>[A-Z][A-Z0-9 .&’'-]{{2,50}}?)[^\S\n]*\n[^\S\n]*(?:By[^\S\n]+[A-Z][^\n]{{2,60}}|"
                                   rf"(?P<tagline>(?!(?i:(?:press|news|media)\s+release|joint\s+statement|statement|communiqu|official\s+report))"
                                   rf"[A-Z][^\n.]*[a-z][^\n.]{{3,80}}))\n"
                                   rf"[^\S\n]*(?:(?:Issue|No\.|Number|Vol\.|Volume|Edition)[^\n]{{0,20}}?[–—|-][^\S\n]*)?(?:{WEEKDAY},?[^\S\n]+)?"
                                   rf"\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}[^\S\n]*\n")
_SMALL_MASTHEAD = {"de", "du", "des", "la", "le", "les", "del", "el", "los", "las", "da", "do", "dos", "das", "et", "y", "e"}


# A translated item's outlet: "ULAANBAATAR, 5 January 2029 - Tuul Valley Courier (translated from Mongolian)" alone on its
# line, "ANTANANARIVO, 21 November 2030 (Tribune de l'Île Rouge - translated from Malagasy)", or a masthead over
# "Translated from Romanian" ("PRUT VALLEY NEWS AGENCY / Society | Justice / Translated from Romanian")
# A dateline alone at a line's start ("Mexico City, 17 September 2027"), and a capitalised name of up to six words
_DATELINE_LINE = rf"(?m)^[^\S\n]*[A-ZÀ-ÞĀ-ſȘȚ][^\n,()]{{1,40}},[^\S\n]+\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}[^\S\n]*"
_CAPITALISED_NAME = r"[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|&|of|the|de|del|la))"
_TRANSLATED_DATELINE = re.compile(
    _DATELINE_LINE + r"[-–—][^\S\n]*"
    r"(?P<name>(?:The[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+(?:[A-Z][\w’'-]*|de|du|des|la|le|of|the|del|el)){0,5})[^\S\n]*"
    r"(?:\((?i:translated)\b[^()\n]*\)[^\S\n]*)?\n(?=(?:[^\S\n]*\n)*[^\S\n]*(?:\((?i:translated)|[A-Z]))")
# An outlet on the line under the writer's byline, or over the item's "Updated 5 February 2030" line: "By Name / Prensa
# del Valle, Guatemala City, 16 January 2029", "Levant & Gulf Review / Updated 5 February 2030"
_OUTLET_UNDER_BYLINE = re.compile(rf"(?m)^[^\S\n]*By[^\S\n]+[^\n]{{3,60}}\n[^\S\n]*(?P<name>[A-Z][^,\n]{{2,50}}?),[^\S\n]+[^,\n]{{2,40}},"
                                  rf"[^\S\n]+\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}")
_OUTLET_OVER_UPDATED = re.compile(rf"(?m)^[^\S\n]*(?P<name>{_CAPITALISED_NAME}{{1,5}})[^\S\n]*\n"
                                  rf"[^\S\n]*(?:Published|Updated|Posted)[^\S\n]+(?:on[^\S\n]+)?\d{{1,2}}[^\S\n]+{MONTH}[^\S\n]+\d{{4}}")
_OUTLET_UNDER_DATELINE = re.compile(_DATELINE_LINE + rf"\n[^\S\n]*(?P<name>{_CAPITALISED_NAME}{{0,4}})[^\S\n]*\n")
_NOT_AN_OUTLET = re.compile(r"(?i)\b(?:release|statement|summary|update|briefing|notes?|transcript|excerpts|speech|remarks|"
                            r"session|meeting|council|committee|office|ministry|mission)\b")
_TRANSLATED_BRACKET = re.compile(r"\((?P<name>[A-Z][^()\n]{2,50}?)[^\S\n]+[-–—,][^\S\n]+(?i:translated)\b[^()\n]*\)")
_TRANSLATED_MASTHEAD = re.compile(r"\s*(?P<name>[^\n]{3,50}?)[^\S\n]*\n(?:[^\n]{1,40}\n)?[^\S\n]*\(?(?i:translated\s+from)\b")


def add_translated_outlets(actors: PressActors, text: str) -> None:
    """The outlet of a (translated) news item named on a line of its own, by the layouts such items have (see the patterns
    above)."""
    translated = re.search(r"(?i)\btranslated\b", text[:800])
    for pattern in (_TRANSLATED_DATELINE, _TRANSLATED_BRACKET, _OUTLET_UNDER_BYLINE, _OUTLET_OVER_UPDATED):
        found = pattern.search(text[:600])  # (a dateline line ending with a name, translated or not: "Caracas, 3 February
        if found and (translated or pattern is not _TRANSLATED_BRACKET) and not _NOT_AN_OUTLET.search(found.group("name")):
            _masthead_outlet(actors, found.group("name").strip(), found.start("name"))  # 2036 - El Mirador Dominical")
            return
    source = re.search(r"(?m)^[^\S\n]*Source:[^\S\n]*(?P<name>[A-Z][^,(\n]{2,50}?)[^\S\n]*(?:\([A-Z]{2,6}\))?[,\n]", text[:600])
    if source and re.search(r"(?i)\b(?:news|press|information)\s+(?:agency|service)\b", source.group("name")):  # "Source:
        _masthead_outlet(actors, source.group("name").strip(), source.start("name"))  # Chollima Press Service (CPS), ..."
        return
    under = _OUTLET_UNDER_DATELINE.search(text[:400])  # "Mexico City, 17 September 2027 / Norte Digital": a paper's word
    if under and re.search(rf"\b(?:{_MASTHEAD_WORD}|{_OUTLET_WORD}|{_OUTLET_FIRST}|Digital|Online|Media|Review)\b", under.group("name")) \
            and not _NOT_AN_OUTLET.search(under.group("name")):  # fmt: skip
        _masthead_outlet(actors, under.group("name").strip(), under.start("name"))
        return
    masthead = _TRANSLATED_MASTHEAD.match(text)
    if masthead and not re.search(r"\d", masthead.group("name")):
        _masthead_outlet(actors, masthead.group("name").strip(), masthead.start("name"))


def add_masthead(actors: PressActors, text: str) -> None:
    """A paper named by its masthead above the dateline, in capitals or not, when a paper's word names it."""
    tagline = _TAGLINE.match(text)
    if tagline:  # "SALWEEN SIGNAL / Independent news on Myanmar, published from exile": a paper over what it is
        _masthead_outlet(actors, tagline.group("name").strip(), tagline.start("name"))
        return
    paper = (rf"(?i)\b(?:{_MASTHEAD_WORD}|{_OUTLET_WORD}|{_OUTLET_FIRST}|Semanal|Quarterly|Media|Podcast|Digital|Online|"
             r"(?:News|Press|Information)\s+(?:Agency|Service))\b")  # ("HINDU KUSH INFORMATION AGENCY / Kabul, 8 January 2037")
    byline = _BYLINE_OUTLET.search(text[:600])
    if byline:  # "By Name | The Zambezi Chronicle | Sunday 12 October 2031": the paper between the writer and the date
        _masthead_outlet(actors, byline.group("name").strip(), byline.start("name"))
        return
    over_byline = _MASTHEAD_OVER_BYLINE.match(text)
    if over_byline and over_byline.group("tagline") and not re.search(paper + r"|(?i:\b(?:bulletin|weekly|week|letter|digest))\b",
                                                                      over_byline.group("name")) and (
            org_kind(over_byline.group("name").title()) in ("ngo", "nhri") or re.search(rf"(?i)\b{ORG_HEAD}\b", over_byline.group("name"))):
        over_byline = None  # "NEPAL LAND RIGHTS FORUM / Kathmandu office / 12 May 2030": a group's letterhead
    if over_byline and over_byline.group("tagline") and re.fullmatch(r"(?:(?:The|[A-Z][\w’'&-]*)\s*){1,6}",
                                                                      over_byline.group("tagline").strip()):
        over_byline = None  # "THE WEEK IN RIGHTS / Global Rights Monitor / Monday, 19 June 2034": the paper is the second line
    if over_byline and re.match(r"(?:YEAR\s+IN\s+REVIEW|EXPLAINER|EDITORIAL|OPINION|ANALYSIS|FEATURE|COMMENT|DIGEST|BRIEFING|"
                                r"FACT\s+CHECK|INTERVIEW|Q\s*&\s*A)\b", over_byline.group("name")):
        over_byline = None  # "YEAR IN REVIEW / Afghanistan at the UN, 2027 / ...": the kind of piece, not the paper
    if over_byline and not _NOT_AN_OUTLET.search(re.sub(r"(?i)\bnotes\b", "", over_byline.group("name"))) and not re.match(
            r"(?:EDITORIAL|OPINION|COMMENT|OP-ED|ANALYSIS|FEATURE|NEWS|PRESS\s+RELEASE|STATEMENT)\b", over_byline.group("name")):
        _masthead_outlet(actors, over_byline.group("name").strip(), over_byline.start("name"), True)  # ("KABUL NOTES / By Name /
        return  # 18 September 2030": the paper over its writer and date)
    label = re.match(r"\s*(?:EDITORIAL|OPINION|COMMENT|OP-ED|LEADER|LETTERS?\s+TO\s+THE\s+EDITOR)\b[^\n]*\n", text)
    dated = _MASTHEAD_DATED.match(text) or next((m for m in (_MASTHEAD_DATED.match(text, line.end()) for line in
                                                    re.finditer(r"[^\n]*\n", text[:400])) if m), None)  # fmt: skip
    if dated and (label or re.search(rf"{paper}|\bFact\s+(?:Lab|Check(?:er)?)\b", dated.group("name"))):
        # "Transylvania Courier | Cluj | 24 August 2027": the paper, its place and date on one line (or under a label or
        # a headline: "EDITORIAL / The Kampala Lantern | Monday, 14 May 2029", "... / Mekong Fact Lab | 4 January 2032")
        _masthead_outlet(actors, dated.group("name").strip(), dated.start("name"))
        return
    labelled = _MASTHEAD_OVER_LABEL.match(text)
    if labelled and re.search(paper, labelled.group("name")):  # "THE SALWEEN POST / Editorial | Thursday, 20 March 2036"
        _masthead_outlet(actors, labelled.group("name").strip(), labelled.start("name"))
        return
    match = _MASTHEAD.search(text[:400])
    if match is None:
        return
    between = match.group("between") or ""
    start = match.start("name")  # "THE COMMISSION HOUR - EPISODE 41 / Kathmandu Civic Media / Kathmandu, ...": the outlet
    if re.search(paper, between) and not re.search(paper, match.group("name")) and len(between.split()) <= 5:  # under its
        start = match.start("between")  # programme's name
        name = between.strip()
    elif re.search(paper, match.group("name")):
        name = match.group("name").strip()
    else:
        return
    _masthead_outlet(actors, name, start)


# A paper's name over a line that says it is news: "ARIA HORIZON / Persian diaspora news - English edition", "EL FARO
# DE ULTRAMAR / Venezuelan news from Madrid", "DAUGAVA COURIER / Independent Russian newsroom, Riga"
_TAGLINE = re.compile(r"\s*(?P<name>[^\n]{3,50}?)[^\S\n]*\n[^\S\n]*[^\n]{0,60}?\b(?i:news|journalism|newsroom|newspaper|"
                      r"reporting\s+from|news\s+service|media\s+in\s+exile)\b[^\n]{0,80}\n")


def _masthead_outlet(actors: PressActors, name: str, start: int, over_byline: bool = False) -> None:
    """The outlet a masthead names, written as the text would write it (`over_byline`: a masthead over its writer and
    date, which may hold a place's name)."""
    if len(name.split()) > 6 or re.search(r"[.!?:]$|\b(?:said|says)\b", name):
        return  # a headline, not a paper's name
    if re.search(r"(?i)\b(?:ministry|department|office|commission|committee|council|secretariat|mission|embassy|government|"
                 r"(?<!news\s)(?<!press\s)(?<!information\s)agency|directorate|unit|bureau|authority|ombuds\w*)\b", name):
        return  # "DEPARTMENT OF GOVERNMENT INFORMATION / News Release": a body's letterhead
    written = name
    if name.isupper():  # "L'ÉCHO DE LA PLAINE" -> "L'Écho de la Plaine"
        words = name.lower().split()
        name = " ".join(w if i and w in _SMALL_MASTHEAD else re.sub(r"(^|[’'])(\w)", lambda m: m.group(1) + m.group(2).upper(), w)
                        for i, w in enumerate(words))
    if any(m.actor.name == name for m in actors.mentions):
        return
    states = find_states(name)  # "AFGHANISTAN" over a dateline: a place; "Kabul Notes": a paper named for its city
    if states and (not over_byline or any(e - s >= len(name) - 4 for s, e, _ in states)):
        return
    actors.add(Found(start, start + len(written), ActorRef(name, "media"), "outlet"))
