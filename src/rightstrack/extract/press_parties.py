"""Political parties: named as such, in their own language ("Chama cha ..."), or by the seats a
list of results gives them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightstrack.extract.items import ActorRef
from rightstrack.extract.numbers import NUMBER
from rightstrack.extract.press_kinds import names_state_body
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import (
    LEAD_STOP,
    NAME_TOKEN,
    NOT_NAME,
    ORG_HEAD,
    PARTICLE,
    find_states,
)

# One more party in a list of seat counts: ", the Moderates 62", " and the Armenia Alliance 18"
_SEAT_ITEM = re.compile(
    r"(?:,\s*|\s+and\s+)(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|the|and|de|del|da|do|la|el|e|y)\s+){0,2}[A-Z][\w’'-]+){0,6})"
    r"(?:\s*\([^()\n]{1,12}\))?\s+(?:won\s+|took\s+|kept\s+|secured\s+|got\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\b(?!\s*(?:per\s*cent|percent|%|of\b))"
)


def _seat_list(actors: PressActors, text: str, after: int) -> None:
    """The parties listed after the first one's seat count, up to the end of its sentence."""
    end = text.find(".", after)
    end = len(text) if end < 0 else end
    for item in _SEAT_ITEM.finditer(text, after, end):
        name = item.group("name")
        if name.split()[0] in LEAD_STOP or any(st[0] == 0 and st[1] == len(name) for st in find_states(name)):
            continue
        actors.add(Found(item.start("name"), item.end("name"), ActorRef(name, "political_party"), "mentioned"))


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


def parties_by_seats(actors: PressActors, text: str) -> None:
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


def add_parties(actors: PressActors, text: str) -> None:
    """Political parties named as such, in their own language, or in a list of seats won."""
    for match in _PARTY_OWN_WORD.finditer(text):  # "Chama cha Demokrasia na Maendeleo": "party" in its language
        actors.add(Found(match.start(), match.end(), ActorRef(match.group(0), "political_party"), "mentioned"))
    for match in _PARTY_CALLED.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5") if match.group(g))
        name = match.group(group)
        whole_state = any(st[0] == 0 and st[1] == len(name) for st in find_states(name))  # "Pakistan
        if not whole_state and name.split()[0] not in LEAD_STOP:  # Tehreek-e-Insaf" holds a State, is not one
            actors.add(Found(match.start(group), match.end(group), ActorRef(name, "political_party"), "mentioned"))
            if group == "name4":  # "... took 24 seats, the Democratic League of Kosovo (LDK) 19 and the
                _seat_list(actors, text, match.end())  # Alliance for the Future of Kosovo (AAK) 8"
            won = re.match(r"\s+(?:won|took|kept|got)\s+\d{1,3}\b(?!\s*(?:per\s*cent|percent|%))", text[match.end(group) :])
            if group == "name3" and won:  # "The governing Democratic Union for Progress won 38, the Albanian
                _seat_list(actors, text, match.end(group) + won.end())  # Integration Bloc 21, ... and the Movement for Dignity 6"


# A lawmaker labelled with the party: "Conservative backbencher Rupert Name", "Greens senator Jarrah Name", "ANC MP Tebogo
# Name", "Labour's Bronwen Name, the Member for Swansea", "For the Greens, Merle Name said"
_PARTY_TOKEN = r"(?:[A-Z][\w/’'-]*|of|for|the|and)"
_LABELLED_MEMBER = re.compile(
    rf"(?<![\w’'-])(?P<party>[A-Z][\w/’'-]*(?:[^\S\n]+{_PARTY_TOKEN}){{0,3}}?)[^\S\n]+"
    r"(?:MP|MPs|senator|backbencher|frontbencher|member|lawmaker|legislator|deputy|councillor|spokesperson|whip)[^\S\n]+"
    rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?![\w’'-])|"
    rf"(?:(?<=[.!?][^\S\n])|(?<=\n)|(?<=^)|(?<=,[^\S\n]))(?:[Tt]he[^\S\n]+)?(?P<party2>[A-Z][\w/-]*(?:[^\S\n]+[A-Z][\w/-]*){{0,2}})"
    rf"(?:[^\S\n]+group)?[’']s(?:[^\S\n]+[a-z][a-z ]{{2,40}},)?[^\S\n]+(?P<name2>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})"
    r"(?=,[^\S\n]+(?:the\s+)?(?:Member|MP|senator|deputy)\b|[^\S\n]+(?:argued|said|asked|told|warned|accused|called)\b|,[^\S\n]+(?:said|argued|asked)\b)|"
    # "the committee voted on a motion from Die Linke": the party that tabled it
    r"\b(?:motion|amendment|bill)\s+(?:from|by|tabled\s+by|of)\s+(?:the\s+)?(?P<party4>[A-Z][\w/-]*(?:[^\S\n]+[A-Z][\w/-]*){0,2})(?![\w’'-])|"
    rf"\bFor[^\S\n]+the[^\S\n]+(?P<party3>[A-Z][\w/-]*(?:[^\S\n]+[A-Z][\w/-]*){{0,2}}),[^\S\n]+"
    rf"(?P<name3>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?=[^\S\n]+(?:said|argued|asked|told|warned|called)\b)"
)
_NOT_A_PARTY_WORD = {"The", "A", "An", "Opposition", "Government", "Independent", "Senior", "Former", "Deputy", "Parliament",
                "Veteran", "Backbench", "Ruling", "Governing", "Coalition", "Committee", "Another", "One", "Fellow", "Young",
                "New", "Labour-run", "Cabinet", "Minister", "President", "Speaker", "House", "Senate", "Assembly", "Council",
                "Commission", "Ministry", "County", "State", "Federal", "Regional", "Local", "National", "Member", "Each"}


def add_labelled_members(actors: PressActors, text: str) -> None:
    """Lawmakers labelled with their party ("Greens senator Jarrah Name", "Labour's Bronwen Name, the Member for
    Swansea"): the party, and the member where the text names no one else by that name."""
    if not re.search(r"\b(?:MPs?|senators?|[Pp]arliament|[Bb]undestag|Dáil|[Ll]egislature|House\s+of|backbencher|motion)\b", text):
        return
    for match in _LABELLED_MEMBER.finditer(text):
        group = next(g for g in ("party", "party2", "party3", "party4") if match.group(g))
        party, name_group = match.group(group), {"party": "name", "party2": "name2", "party3": "name3", "party4": ""}[group]
        if name_group and re.search(rf"(?:{ORG_HEAD})$", match.group(name_group)):
            continue  # "The Tbilisi Women's Legal Aid Network said": a body's name, no party and no member
        words = party.split()
        if words[0] in _NOT_A_PARTY_WORD or words[0] in LEAD_STOP or find_states(party) or names_state_body(party) \
                or set(words) & NOT_NAME or re.search(r"(?:ish|ian|ese|an|i)$", words[-1]) and len(words) == 1 and group == "party" \
                and not re.search(rf"\b{re.escape(party)}\s+(?:Party|party)\b|\bthe\s+{re.escape(party)}\b", text):
            continue  # ("Kenyan MP Name": a nationality, not a party)
        for bogus in [m for m in actors.mentions if m.actor.kind == "official" and m.actor.name == party]:  # ("Democratic
            actors.mentions.remove(bogus)  # Renewal Movement MP Name": the party, not a person called after it)
            if bogus.actor in actors.persons:
                actors.persons.remove(bogus.actor)
        actors.add(Found(match.start(group), match.end(group), ActorRef(party, "political_party"), "mentioned"))
        if not name_group:
            continue
        name = match.group(name_group)
        if actors.person(name) is None and not set(name.split()) & NOT_NAME and not find_states(name):
            actors.add(Found(match.start(name_group), match.end(name_group), ActorRef(name, "official"), "official"))


# A member named with the party: "Ms Nomvula Name of the Economic Freedom Fighters (EFF) cited ...", "Name, a Samagi Jana
# Balawegaya (SJB) MP for the Colombo District"
_NAME_OF_PARTY = re.compile(rf"(?:^|(?<=[\s,(]))(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame|Hon|Senator)\.?[^\S\n]+)?"
                            rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,3}})"
                            r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?|,[^\S\n]+(?:an?|the)[^\S\n]+)$")
_MEMBER_AFTER = re.compile(r"[^\S\n]*(?:\([A-Z][A-Za-z-]{1,8}\)[^\S\n]*)?(?:MP|member|Member|senator|Senator|lawmaker|legislator|"
                           r"deputy|councillor)\b")


def add_party_members(actors: PressActors, text: str) -> None:
    """People named with their party, once every party is known: "Name of the Democratic Alliance (DA) asked ...",
    "Name, a Samagi Jana Balawegaya (SJB) MP": the party's members, speaking as lawmakers."""
    for found in [f for f in actors.mentions if f.actor.kind == "political_party"]:
        start = found.start - 4 if text[max(0, found.start - 4) : found.start] == "the " else found.start
        match = _NAME_OF_PARTY.search(text, max(0, start - 80), start)
        if match is None or (text[match.end("name") : start].startswith(",") and not _MEMBER_AFTER.match(text, found.end)):
            continue
        name = match.group("name")
        if set(name.split()) & NOT_NAME or find_states(name) or actors.person(name) is not None \
                or name.split()[0] in LEAD_STOP:  # fmt: skip
            continue
        actors.add(Found(match.start("name"), match.end("name"), ActorRef(name, "official"), "official"))
