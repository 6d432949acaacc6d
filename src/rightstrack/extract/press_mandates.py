"""UN special procedures by their titles ("Special Rapporteur on the situation of human rights in
Cambodia", "Working Group on Enforced or Involuntary Disappearances") and the people who hold them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightstrack.extract.items import ActorRef
from rightstrack.extract.press_kinds import names_state_body
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import (
    NAME_TOKEN,
    NOT_NAME,
    ORG_HEAD,
    PARTICLE,
    WHEN_WORD,
    find_states,
)
from rightstrack.extract.press_states import resolve_state_name

_MANDATE_COUNTRY = re.compile(
    r"(?i:(?:UN\s+|United Nations\s+)?(?P<title>special rapporteur|independent expert|designated expert|(?-i:Expert)(?=\s+on\s+the\s+situation\b)|"
    r"(?:independent\s+(?:international\s+)?)?commission\s+of\s+inquiry|(?:independent\s+(?:international\s+)?)?"
    r"fact-finding\s+mission|(?:international\s+)?(?:commission|group)\s+of\s+(?:human\s+rights\s+|independent\s+|"
    r"eminent\s+(?:international\s+and\s+regional\s+)?)?experts|commission\s+on\s+human\s+rights(?=\s+in\b))"
    r"(?:\s*\((?:SR|IE)\))?\s+(?:on|for|in)\s+(?:the\s+)?(?:(?:situation\s+of\s+)?human\s+rights\s+"
    r"(?:in|on)\s+(?:the\s+)?)?)(?P<country>[A-Z][\w’'-]{1,30}(?:\s+(?:(?:of|and|the)\s+)?[A-Z][\w’'-]{1,30}){0,4})"
)


# "Working Group on Enforced or Involuntary Disappearances": a capitalised topic, read word by word.
_MANDATE_THEME_TITLED = re.compile(
    r"(?i:(?:UN\s+)?(?P<title>special rapporteur|independent expert|working group(?:\s+of\s+experts)?)\s+on\s+)"
    r"(?P<topic>(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]{0,30}"
    r"(?:\s+(?:(?:or|and|of|the|on|in|to|for|against)\s+){0,2}"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)[A-Z][\w’'-]{0,30}){0,8})"  # (not "... Review on Wednesday")
)


_MANDATE_THEME = re.compile(
    r"(?i:(?:UN\s+)?(?P<title>special rapporteur|independent expert|working group)\s+on\s+)"
    # "extrajudicial, summary or arbitrary executions": a comma inside a list goes on
    # "the rights of Indigenous Peoples", "... defenders under the Aarhus Convention": a capitalised
    # group after "of" or "under" belongs to the topic
    r"(?P<topic>(?:the\s+)?[a-z][a-z ,’'-]{5,120}?(?:\s(?:of|under)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?"
    # the housing mandate's full title runs on after a comma
    r"(?:(?<=standard\sof\sliving),\s+and\s+on\s+the\s+right\s+to\s+non-discrimination\s+in\s+this\s+context)?)"
    r"(?=[.;:]|,\s(?![a-z ,-]{1,40}?\s(?:or|and)\s)|\s+(?:said|told|has|had|was|is|"
    r"will|who|met|meets|holds|begins|ends|opens|visits|urges|calls|warns|wraps|starts|arrives|asks|presents|"
    r"welcomes|that|about)\b|\s+[A-Z\d“\"]|\s+to\s+(?:visit|meet|travel|present|hold|brief)\b|\s+(?:next|last|this)\s+(?:week|month|year)\b|\s+(?:yesterday|today|tomorrow|"
    r"earlier|later)\b)"
)


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
    "adequate housing as a component of the right to an adequate standard of living, and on the right to non-discrimination in this context",
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
                between = text[match.end("title") : match.start("country")]
                if title.endswith("Inquiry") and re.search(r"(?i)\bhuman\s+rights\s+in\b", between):
                    topic = "Human Rights in "  # "the Commission of Inquiry on Human Rights in Eritrea": its name
                if title == "Group of Independent Experts":  # the Council's name: "... on the situation of human rights in Belarus"
                    topic = "the situation of human rights in "
                if title == "Designated Expert":  # "the Designated Expert on human rights in Haiti": the Council's name
                    topic = "human rights in "
                if title.endswith("Experts") and re.search(r"(?i)\bhuman\s+rights\s+on\s+(?:the\s+)?$", text[: match.start("country")]):
                    topic = "Human Rights on "  # "Group of Experts on Human Rights on Nicaragua": its name
                link = "in" if title.endswith("Rights") else "on"  # "Commission on Human Rights in South Sudan"
                if title.endswith("Mission") and re.search(r"(?i)\bfor\s+(?:the\s+)?$", text[: match.start("country")]):
                    link = "for"  # "the Fact-Finding Mission for the Sudan": the name the Council gave it
                article = "the " if re.search(r"(?i)\bthe\s+$", text[: match.start("country")]) else ""
                written = " ".join(match.group("country").split()[:size])
                short = None
                if not article and written != state.name and re.match(r"(?:Syrian\s+Arab\s+Republic|Democratic|Republic|Russian\s+"
                                                                      r"Federation|Central\s+African|United\s+Republic|Lao)\b", state.name):
                    article = "the "  # "the Commission of Inquiry on Syria": the Council's "... on the Syrian Arab Republic",
                    short = " ".join(text[match.start("title") : match.start("country") + len(written)].split())  # as written
                name = f"{title} {link} {topic}{mandate_state_name(state.name, article)}"
                return ActorRef(name=name, kind="un_mechanism", iso3=state.iso3, short=short)
    match = _MANDATE_THEME.search(text + ".") or _MANDATE_THEME_TITLED.search(text)
    if match and not re.search(r"(?i)human\s+rights\s+in\s+(?!the\s+context\b)", match.group(0)):  # (not "... in the context of climate change")
        topic = re.sub(r"\s+(?:in|at|on|to|for|during|and)$", "", match.group("topic").strip(" ,"))
        # "the Special Rapporteur on torture and asked her to ...": a verb after "and" starts a new
        # clause; topics join nouns ("judges and lawyers", "racism ... and related intolerance")
        topic = re.sub(r"\s+on\s+(?:his|her|its|their)\s.*$", "", topic)  # "on water and sanitation on his visit to ..."
        topic = re.sub(r"\s+(?:are|were|is|was)$", "", topic)  # "... and other business enterprises are in Brazil"
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


_HOLDER_AFTER = re.compile(rf"[^\S\n]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[^\S\n]+)?{WHEN_WORD}(?P<name>{NAME_TOKEN}"
                           rf"(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?![\w’'-])")

# "the Special Rapporteur on adequate housing as a component of ..., and on the right to non-discrimination in
# this context, Beatriz Name, during its session": a title too long for the title-and-name shapes, its holder set off
_HOLDER_SET_OFF = re.compile(rf",[^\S\n]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[^\S\n]+)?(?P<name>{NAME_TOKEN}"
                             rf"(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?=,|[^\S\n]+(?:said|told|who|has|had|presented)\b)")


def holders_after_mandates(actors: PressActors, text: str) -> None:
    """ "Special Rapporteur on torture Henrik Adebayo-Strand to tour prisons": a name right after a
    mandate's full title, with no comma, is its holder (a headline or a bullet writes it so)."""
    for mandate in [m for m in actors.mentions if m.actor.kind == "un_mechanism"
                    and re.match(r"(?:Special Rapporteur|Independent Expert)\b", m.actor.name)]:  # fmt: skip
        after = _HOLDER_AFTER.match(text, mandate.end) or _HOLDER_SET_OFF.match(text, mandate.end)
        if (after is None or not text[mandate.start : mandate.end].endswith(mandate.actor.name.split()[-1])
                or set(after.group("name").split()) & NOT_NAME or find_states(after.group("name"))
                or names_state_body(after.group("name")) or re.search(ORG_HEAD, after.group("name"))):
            continue  # "the Special Rapporteur on the right to food at Parliament Buildings": a place
        name = after.group("name")
        actors.add(Found(after.start("name"), after.end("name"),
                         ActorRef(name, "official", title=mandate.actor.name), "mandate_holder"))  # fmt: skip


# "At the end of her visit, Ines Carvalho-Mbeki said ...": the expert who made the visit, named bare
# ("Presenting his report during an interactive dialogue with the committee, Haruto Name said": the presenter)
_VISITOR_NAMED = re.compile(rf"(?:(?:During|At[^\S\n]+the[^\S\n]+(?:end|close|start)[^\S\n]+of|After|Throughout|On[^\S\n]+the[^\S\n]+"
                            rf"(?:first|last|final)[^\S\n]+day[^\S\n]+of)[^\S\n]+(?:the|her|his|their)[^\S\n]+visit|"
                            rf"Presenting[^\S\n]+(?:his|her|their)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?report\b[^,.;\n]{{0,80}}),[^\S\n]+"
                            rf"(?P<name>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?![\w’'-])")


# "Two members of the UN Working Group on Business and Human Rights, Name and Name, began ...", later "The
# experts, Name and Name, raised ...": the members of a working group, named in pairs
_PAIR_NAMES = rf"(?P<a>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}}),?[^\S\n]+and[^\S\n]+(?P<b>{NAME_TOKEN}(?:[^\S\n]+{PARTICLE}{NAME_TOKEN}){{1,2}})(?=[,.;]|\s+(?:will|would|are|were|began|visited|met|said|told|toured|travelled|traveled|arrived|ended|concluded|were\s+received))"


_GROUP_MEMBERS = re.compile(rf"\b(?:(?:members?|experts?)\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?P<wg>Working\s+Group(?:\s+on\s+"
                            rf"[^,;.()]+?)?),|the\s+(?P<wg2>Working\s+Group)[’']s\s+members|(?P<wg3>Working\s+Group)\s+members)\s+{_PAIR_NAMES}")


_EXPERTS_PAIR = re.compile(rf"\b[Tt]he\s+(?:two\s+)?(?:experts|members),\s+{_PAIR_NAMES}")
# Members named after the group or its chair: "whose members Name and Name toured the country", "thank its members, Name
# and Name", "the Chair ..., Name, and her colleagues Name and Name", "The three-member delegation, led by ... and
# including Name and Name,"
_MEMBERS_NAMED = re.compile(rf"\b(?:(?:whose|its)\s+(?:other\s+)?members,?|(?:her|his|their)\s+(?:two\s+)?colleagues,?|"
                            rf"(?<=\bdelegation,\s)(?:[^,;.]{{3,80}}\s+)?and\s+including|"
                            rf"(?<=-member\sdelegation,\s)(?:[^,;.]{{3,80}}\s+)?and\s+including)\s+{_PAIR_NAMES}")


def working_group_members(actors: PressActors, text: str) -> None:
    """Members of a UN working group named in a pair after it, or after "The experts," once it is named."""
    groups = []
    named = {m.actor.name for m in actors.mentions if m.actor.kind == "un_mechanism" and m.actor.name.startswith("Working Group on")}
    for match in _GROUP_MEMBERS.finditer(text):
        wg = " ".join((match.group("wg") or match.group("wg2") or match.group("wg3")).split())
        groups.append(next(iter(named)) if wg == "Working Group" and len(named) == 1 else wg)  # "the Working Group": the one named
        for key in ("a", "b"):
            actors.add(Found(match.start(key), match.end(key), ActorRef(match.group(key), "official", title=groups[-1]), "mandate_holder"))
    only = groups[0] if len(set(groups)) == 1 else (next(iter(named)) if len(named) == 1 else None)
    for match in _MEMBERS_NAMED.finditer(text) if only else ():
        for key in ("a", "b"):
            if not set(match.group(key).split()) & NOT_NAME:
                actors.add(Found(match.start(key), match.end(key), ActorRef(match.group(key), "official", title=only), "mandate_holder"))
    for match in _EXPERTS_PAIR.finditer(text) if only else ():
        for key in ("a", "b"):
            if not set(match.group(key).split()) & NOT_NAME:
                actors.add(Found(match.start(key), match.end(key), ActorRef(match.group(key), "official", title=only), "mandate_holder"))


def visitor_holders(actors: PressActors, text: str) -> None:
    """A person named bare right after "During her visit," or "Presenting his report," holds the one mandate the
    article names."""
    mandates = {m.actor.name for m in actors.mentions if m.actor.kind == "un_mechanism"
                and re.match(r"(?:Special Rapporteur|Independent Expert)\b", m.actor.name)}  # fmt: skip
    if len(mandates) != 1 or any(m.actor.kind == "official" and m.actor.title in mandates for m in actors.mentions):
        return
    for match in _VISITOR_NAMED.finditer(text):
        name = match.group("name")
        if set(name.split()) & NOT_NAME or find_states(name) or re.search(ORG_HEAD, name):
            continue
        actors.add(Found(match.start("name"), match.end("name"),
                         ActorRef(name, "official", title=next(iter(mandates))), "mandate_holder"))  # fmt: skip


def known_topics_in_full(actors: PressActors, text: str) -> None:
    """ "Name, Special Rapporteur on violence against women and girls, its causes and consequences;": a title read up
    to its first comma is the mandate whose topic the Council writes with one, where the text goes on to say the rest
    of it. The mandate and its holder's title both get the full name."""
    renamed: dict[str, str] = {}
    for i, found in enumerate(actors.mentions):
        if found.actor.kind != "un_mechanism" or found.role != "mandate":
            continue
        head = re.match(r"(?P<title>Special\s+Rapporteur|Independent\s+Expert|Working\s+Group)\s+on\s+(?P<topic>.+)$",
                        found.actor.name)
        if head is None:
            continue
        topic = head.group("topic").lower()
        longer = next((k for k in _KNOWN_TOPICS if k.startswith(topic) and len(k) > len(topic)
                       and text[found.end : found.end + len(k) - len(topic)].lower() == k[len(topic) :]), None)  # fmt: skip
        if longer is None:
            continue
        name = f"{head.group('title')} on {found.actor.name[head.start('topic'):][: len(topic)]}{text[found.end : found.end + len(longer) - len(topic)]}"
        renamed[found.actor.name] = name
        actors.mentions[i] = Found(found.start, found.end + len(longer) - len(topic), replace(found.actor, name=name), found.role)
    if not renamed:
        return
    for i, found in enumerate(actors.mentions):
        if found.actor.kind == "official" and found.actor.title in renamed:
            full = replace(found.actor, title=renamed[found.actor.title])
            actors.mentions[i] = replace(found, actor=full)
            actors.persons = [full if p == found.actor else p for p in actors.persons]


def full_mandate_titles(actors: PressActors, text: str = "") -> None:
    """"The Special Rapporteur, Marisol Baek, told the Council": the holder's bare title is the full
    name of the mandate of that kind named last before it (or of the only one the article names).
    "The UN Special Rapporteur, Name," is not the holder of "the ACHPR's Special Rapporteur on ..."."""
    mandates = sorted((m.start, m.actor.name) for m in actors.mentions
                       if m.actor.kind == "un_mechanism" and m.role == "mandate")  # fmt: skip
    regional = {pos for pos, _ in mandates if _REGIONAL_OWNER.search(text[max(0, pos - 40) : pos])}
    for i, found in enumerate(actors.mentions):
        title = (found.actor.title or "").removeprefix("UN ").strip()
        if found.role != "mandate_holder" or title.lower() not in ("special rapporteur", "rapporteur",
                                                                    "independent expert", "expert"):  # fmt: skip
            continue
        word = "Independent Expert" if "independent" in title.lower() else "Special Rapporteur"
        same = [(pos, name) for pos, name in mandates if name.startswith(word)
                and not ((found.actor.title or "").startswith("UN ") and pos in regional)]  # fmt: skip
        if not same and title.lower() == "expert":  # "The Expert, Name," of the "Expert on the situation ... in Haiti"
            same = [(pos, name) for pos, name in mandates if re.match(r"(?:Independent\s+|Designated\s+)?Expert\b", name)]
        before = [name for pos, name in same if pos < found.start]  # the one named last before
        chosen = before[-1] if before else (same[0][1] if len({n for _, n in same}) == 1 else None)
        if chosen is not None:
            full = replace(found.actor, title=chosen)
            actors.mentions[i] = replace(found, actor=full)
            actors.persons = [full if p == found.actor else p for p in actors.persons]


# A regional body's own rapporteur: "the ACHPR's Special Rapporteur on the Rights of Women in Africa"
_REGIONAL_OWNER = re.compile(r"(?:ACHPR|IACHR|African\s+Commission|Inter-American\s+Commission|Commission|Court)[’']s\s+$")


# The Council's commission on the Occupied Palestinian Territory, whose name names no one State alone
_OPT_INQUIRY = re.compile(r"(?:Independent\s+International\s+)?Commission\s+of\s+Inquiry\s+on\s+the\s+Occupied\s+Palestinian\s+"
                          r"Territory(?:,\s+including\s+East\s+Jerusalem,\s+and\s+(?:in\s+)?Israel)?")
_OPT_INQUIRY_NAME = ("Independent International Commission of Inquiry on the Occupied Palestinian Territory, including East "
                    "Jerusalem, and Israel")


_TOOK_UP_MANDATE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+who\s+(?:took\s+up|assumed|took\s+over|has\s+held|"
                              r"holds|was\s+appointed\s+to)\s+the\s+mandate\b")


def add_mandates(actors: PressActors, text: str) -> None:
    """UN special procedures mandates, country and thematic, by their titles."""
    for match in _OPT_INQUIRY.finditer(text):
        actors.add(Found(match.start(), match.end(), ActorRef(_OPT_INQUIRY_NAME, "un_mechanism", iso3="ISR"), "mandate"))
    for pattern in (_MANDATE_COUNTRY, _MANDATE_THEME, _MANDATE_THEME_TITLED):
        for match in pattern.finditer(text):
            ref = mandate_ref(match.group("title"), match.group(0))
            if ref is not None:
                actors.add(Found(match.start(), match.end(), ref, "mandate"))
    for match in _TOOK_UP_MANDATE.finditer(text):  # "the Special Rapporteur on ... told the Council ... Name, who took up
        mandate = next((m.actor for m in sorted(actors.mentions, key=lambda m: -m.start)  # the mandate last year, said":
                        if m.start < match.start() and m.role == "mandate"), None)  # the holder of the mandate named before
        if mandate is not None and actors.person(match.group("name")) is None:
            holder = ActorRef(match.group("name"), "official", title=mandate.name)
            actors.add(Found(match.start("name"), match.end("name"), holder, "mandate_holder"))
