"""Who is who in a press article: officials with titles and bodies, mandates, ministries, NGOs.

Press names people as "title Name" ("Minister of Interior Sar Kheng") or "Name, title, Body"
("Luy David, secretary of state, Ministry of ..."), then by one token ("David", "Vitit") or by
role ("the special rapporteur"). `find_actors` collects the full forms once so the claim and event
extractors can resolve the short ones (`PressActors.person`, `.described`, `.last_body`).

Each kind of actor has its module: people (`press_people`), mandates (`press_mandates`), outlets
(`press_media`), parties (`press_parties`), NGOs and companies (`press_groups`), State bodies, NHRIs
and legislatures (`press_bodies`), over the name shapes of `press_names` and the fixed lists of
`press_known`. The order of the steps below matters: a span read once is not read again
(`PressActors.add`), so the more specific readings go first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightstrack.extract.press_bodies import (
    acronym_mentions,
    acronyms_of_named,
    add_acronym_named,
    add_bodies_that_say,
    add_known_names,
    add_legislatures,
    add_native_names,
    add_nhris,
    add_quoted_names,
    add_state_bodies,
    add_statistics_offices,
    add_un_high_commissioners,
    find_bodies,
    treaty_acronyms,
)
from rightstrack.extract.press_groups import (
    add_companies,
    add_described_ngos,
    add_french_names,
    add_labelled_groups,
    add_movement_groups,
    add_named_groups,
    add_shelters,
)
from rightstrack.extract.press_mandates import (
    add_mandates,
    full_mandate_titles,
    holders_after_mandates,
    known_topics_in_full,
    visitor_holders,
    working_group_members,
)
from rightstrack.extract.press_media import (
    add_called_media,
    add_described_media,
    add_masthead,
    add_newsrooms,
    add_outlets,
    add_questioners_outlets,
    add_translated_outlets,
    fact_checker,
    outlets_by_name,
)
from rightstrack.extract.press_mentions import Found, PressActors
from rightstrack.extract.press_names import find_states
from rightstrack.extract.press_parties import (
    add_labelled_members,
    add_parties,
    add_party_members,
    parties_by_seats,
)
from rightstrack.extract.press_people import add_members_named_after, add_people


def find_actors(text: str) -> PressActors:
    """Every actor in `text`: titled people first, then mandates, bodies, NGOs, media, States."""
    bodies = find_bodies(text)
    actors = PressActors()
    add_people(actors, bodies, text)
    add_mandates(actors, text)
    add_members_named_after(actors, text)
    fact_checker(actors, text)
    add_outlets(actors, text)
    add_questioners_outlets(actors, text)
    add_masthead(actors, text)
    add_translated_outlets(actors, text)
    add_quoted_names(actors, text)
    add_described_media(actors, text)
    add_companies(actors, text)
    add_state_bodies(actors, text)
    add_shelters(actors, text)
    add_newsrooms(actors, text)
    add_labelled_groups(actors, text)
    add_statistics_offices(actors, text)
    add_called_media(actors, text)
    add_known_names(actors, text, bodies)
    add_un_high_commissioners(actors, text)
    add_described_ngos(actors, text)
    add_nhris(actors, text)
    add_french_names(actors, text)
    add_parties(actors, text)
    add_labelled_members(actors, text)
    for found in bodies.mentions:
        actors.add(found)
    add_bodies_that_say(actors, text)
    add_named_groups(actors, text)
    add_acronym_named(actors, text)
    add_native_names(actors, text)
    acronym_mentions(actors, text)  # "the Anglophone Civil Society Consortium (ACSC) ... ACSC said"
    treaty_acronyms(actors, text)
    acronyms_of_named(actors, text)  # "the UN Office for the Coordination of Humanitarian Affairs ... OCHA said"
    add_movement_groups(actors, text)
    add_legislatures(actors, text)
    add_party_members(actors, text)
    for start, end, ref in find_states(text):
        actors.add(Found(start, end, ref, "mentioned"))
    _drop_glosses(actors, text)
    parties_by_seats(actors, text)
    outlets_by_name(actors)
    holders_after_mandates(actors, text)
    visitor_holders(actors, text)
    working_group_members(actors, text)
    known_topics_in_full(actors, text)
    full_mandate_titles(actors, text)
    _short_references(actors)
    return actors


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


def _drop_glosses(actors: PressActors, text: str) -> None:
    """ "the Collectif des avocats burundais en exil (Collective of Burundian Lawyers in Exile)": the
    name in brackets right after another body's name translates it; the name written first is kept."""
    bodies = [m for m in actors.mentions if m.actor.kind not in ("state", "official")]
    def full_name(m: Found) -> bool:  # "Centro Prodh", "the Ombudsman's Office": a short form or a description
        return len(m.actor.name.split()) >= 3 and not re.search(r"[’']s\b", m.actor.name)

    def description(m: Found) -> bool:  # "(Ombudsman's Office)": what the body is, not its name
        return bool(re.search(r"[’']s\b", m.actor.name))

    glosses = {id(m) for m in bodies
               if re.search(r"\(\s*$", text[max(0, m.start - 3) : m.start])
               and re.match(r"(?:\s+[a-zà-ÿ’'-]+){0,3}\s*\)", text[m.end :])  # ("(Ministère des Droits humains)": its lowercase end)
               and (full_name(m) or description(m))
               and any(0 <= m.start - o.end <= 3 and o is not m and full_name(o) for o in bodies)}  # fmt: skip
    actors.mentions = [m for m in actors.mentions if id(m) not in glosses]
