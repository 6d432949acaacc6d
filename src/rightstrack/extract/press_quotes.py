"""Quotations and other figures the press attributes to someone.

A quotation carries the forum the article is about, so the claim check can look for it in the
statements the record holds for that forum.

Direct quotes ("“...,” he said"; a quote running over paragraphs that each reopen it), reported
speech cited to a source ("X had underlined that ..., according to the statement"), and numbers
with a unit ("47 parties", "seven per cent") become Claims with claimant and source, so a reader
can see who said what. Short scare quotes (under five words) are not claims.
"""

from __future__ import annotations

import re
from typing import Any

from rightstrack.extract.items import ActorRef, Claim
from rightstrack.extract.numbers import NUMBER, parse_number
from rightstrack.extract.press_context import (
    NAMED_BODIES,
    SAY,
    PressContext,
    answered_by,
    attribution,
    lead_source,
    list_intro_speaker,
    resolve_who,
    retracted,
    sentence_opener,
    speaker_before,
)
from rightstrack.extract.press_states import find_states

_QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{3,2000}?)(?:[”\"]|(?=\n\s*\n))", re.S)
# "Dr.", "Mr.": an honorific whose full stop ends no sentence ("Foreign Secretary Dr. Name told reporters")
_HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Prof|Adv)\."
# Right after a quote, verbs of complaint report it too ('"...," denounced the coordinator').
_QUOTE_SAY = rf"(?:{SAY}|(?:asked|wondered)(?=\s+(?:the\s+)?[A-Z])|denounced|lamented|deplored|complained|acknowledged|guaranteed|assured|promised|(?:was\s+|were\s+)?quoted\s+as\s+saying)"
# "..., said its coordinator, Dewi Lestari": a title in lower case before the name
_AFTER = re.compile(rf"^[,.]?\s*{_QUOTE_SAY}\s+(?:(?:the|its|their|his|her|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}}(?:’s|'s))\s+"
                    rf"(?:[\w’'-]+\s+){{0,7}}?[\w’'-]+,\s+)?"  # "said Viasna's spokeswoman, Alena Kruk"
                    rf"(?:(?:H\.\s?E|Mr|Mrs|Ms|Dr|Prof|Hon)\.\s+){{0,2}}(?P<who2>(?:(?!(?:Mr|Mrs|Ms|Dr|Prof)\.)[A-Z][\w’'-]+\s*){{1,5}}(?:(?<=\s)(?:Mr|Mrs|Ms|Dr|Prof)\.\s+(?:[A-Z][\w’'-]+\s*){{1,4}})?)|"
                    # ('"...," said Commissioner Mr. Jonas Name': an honorific between title and name)
                    # '"...," declared the Rapporteur, who will report in June', '"...," affirmed the minister
                    # at the end of the meeting': a title with "the"
                    rf"^[,.]?\s*{_QUOTE_SAY}\s+(?P<who3>the\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
                    rf"(?=\s*(?:[,.;]|$)|\s+(?:at|before|in|during|after|on|to|from)\b)|"
                    # '"...," Foreign Secretary Dr. Prakash Raj Adhikari told reporters': an honorific's full stop
                    rf"^[,.]?\s*(?P<who>(?:[\w’'-]+\s+){{0,5}}?){_QUOTE_SAY}\b|"
                    rf"^[,.]?[^\S\n]*(?P<who4>(?:(?:[\w’'-]+|{_HONORIFIC})[^\S\n]+){{1,6}}?){SAY}\b")  # fmt: skip
# '"...," the authority quoted its President, Name, as saying.'
_QUOTED_AS_SAYING = re.compile(r"[,.]?[^\S\n]*[^.“”\"\n]{0,120}?\bquoted\b[^.“”\"\n]{0,160}?\bas\s+say(?:ing|s)\b")
# The words between a quote and its reporting verb, when they hold more than a short subject.
_AFTER_CLAUSE = re.compile(rf"[,.]?[^\S\n]*\n?[^\S\n]*[^.“”\"\n]{{0,220}}?\b{SAY}\b")  # not past a blank line
# '... Azadi Voices posts on Instagram: "..."': a post quoted, its author before the verb
_POSTED = r"(?:posts|posted|tweets|tweeted|writes|wrote)\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|LinkedIn|Bluesky)"
_BEFORE = re.compile(rf"(?P<who>(?:[\w’'-]+\s+){{0,5}}?)(?:{SAY}|{_POSTED})(?:\s+that)?\s*[:,]?\s*$")
# 'told the Council that "...".', 'was blunt: "...".': the quote closes its sentence, its speaker came before
_SAID_BEFORE_QUOTE = re.compile(rf"(?:\b(?:{SAY}|saying|adding|noting|stating|insisting|arguing|warning)\b(?:\s+[\w’'-]+){{0,4}}?\s+that|:|"
                                # 'told the court the defendants had sought to "...".': what was told there
                                r"\btold\s+(?:the\s+)?(?:court|judges?|tribunal|Council|parliament|committee|hearing)"
                                r"(?:\s+[\w’'-]+){1,10}?|"
                                # 'said the elections had seen a turnout of 84 per cent and had been "..."': the speaker's
                                # ('said in a written statement that the text was "..."')
                                r"\bsaid(?:\s+(?:in|on|at|to)\s+(?:a|an|the|its|his|her|their)(?:\s+[\w’'-]+){1,3}?)?\s+(?:that\s+)?"
                                r"(?:the|its|their|his|her|it|they)\b(?:\s+[\w’'%-]+,?){2,30}?)\s*[“\"]?$")  # fmt: skip
_REPORTED = re.compile(
    rf"(?P<who>[^.“”]{{2,200}}?)\s+(?:had\s+|has\s+)?{SAY}\s+that\s+(?P<q>[^“”]{{10,600}}?),?\s+"
    r"(?P<src>according\s+to\s+(?:the|a|his|her|its)\s+[\w ]{2,40}?)\s*\."
)
# Things the press counts besides delegations ("47 parties", "1,250 herder families").
COUNT_UNITS = (
    r"parties|candidates|members|protesters|demonstrators|dissidents|bloggers|critics|opponents|"
    r"civilians|monks|unionists|people|persons|prisoners|detainees|activists|journalists|cases|laws|"
    r"NGOs|organi[sz]ations|victims|deaths|arrests|workers|refugees|seats|votes|voters|communes|"
    r"recommendations|pledges|lawyers|defenders|trials|ministries|institutions|schools|hospitals|"
    r"families|households|children|women|complaints|petitions|provinces|countries|companies|"
    r"factories|titles|hectares|houses|homes|jobs|doctors|teachers|villages|students|patients|migrants|"
    r"judges|prosecutors|magistrates|officers|soldiers|officials|lawmakers|priests|nurses|communities|combatants|"
    r"leaders|releases|reports|supporters|executions|disappearances|abductions|reporters|editors|"
    r"photographers|inmates|residents|farmers|girls|boys|men|minors|survivors|witnesses|evictions|"
    r"incidents|attacks|actions|lawsuits|appeals|visits|conflicts|opinions|policemen|policewomen|advisories|tests|projects|"
    r"camps|sites|licences|licenses|permits|checkpoints|communications|acres|districts|"
    r"temples|mosques|churches|synagogues|shrines|pagodas|gurdwaras|cemeteries|places(?=\s+of\s+worship\b)|"
    r"conscripts|governorships|killings|murders|homicides|femicides|enquiries|inquiries|investigations|"
    r"requests|nationals|citizens|defectors|measures|observers|monitors|volunteers|deportations|expulsions|detentions|raids|convictions|prosecutions|indictments|"
    r"partners|kits|meetings|interviews|"  # a situation report's "43 humanitarian partners", "4,200 shelter kits"; "held 52 meetings"
    r"stations|agents|MPs|parliamentarians|deputies|players|athletes|teams|shelters|individuals|entities|"
    r"participants|trainees|attendees|"  # "Forty-one participants took part in a two-day workshop"
    r"commitments|activities"  # "ninety-two of the plan's 140 commitments carried out in full"  # polling stations observed, MPs detained
)
_COUNT = re.compile(
    # "a list of 48 of its members": the owner between number and noun
    # "won 46 of the 120 seats": the share is the count, the whole what it is a share of
    rf"(?i)\b(?P<n>{NUMBER})\s+(?:of\s+(?:its|their|his|her|our)\s+|of\s+(?:the\s+(?:[a-z]+[’']s\s+)?|(?-i:[A-Z])[\w-]+[’']s\s+)?(?:{NUMBER})\s+|of\s+the\s+)?(?P<mod>(?:(?:registered|senior|political|opposition|former|new|national|"
    r"active|human\s+rights|civil\s+society|detained|jailed|imprisoned|arrested|missing|exiled|"
    rf"peaceful)\s+){{0,3}}(?:(?!(?:{COUNT_UNITS})\b)[a-z-]{{3,15}}\s+and\s+(?=[a-z-]{{3,15}}\s))?"  # "57 former and serving officers"
    # "412 complaints about evictions", "23 complaints from voters": the noun before the preposition
    r"(?:(?!(?:of|and|or|to|in|the|had|have|were|are|about|from|by|for|on|at|with|over|against|into|among|between|across|"
    r"within|during|reported|said|carried)\s)[a-z]{3,15}(?:-[a-z]{2,15})?\s+){0,2})"  # (not "112
    # partners reported activities": the partners)  # "socio-environmental"; "187 conflicts between communities"
    rf"(?P<unit>{COUNT_UNITS})\b"
)
# Any plural noun counted as the subject of a passive or perfect verb: what was done to how many.
_COUNT_DONE = re.compile(
    rf"(?i)\b(?P<n>{NUMBER})\s+(?P<mod>(?:[a-z-]+\s+){{0,2}}?)(?P<unit>[a-z]{{3,30}}s)\s+"
    r"(?=(?:had|have|has)\s+(?:been|received|reached|returned|left|fled)\b|(?:were|are)\s+\w+ed\b)"
)
# "... and that 2,150 had been arrested for travelling": a bare number done to people, in reported speech
_PEOPLE_DONE = re.compile(
    rf"(?i)\bthat\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|over\s+)?(?P<n>{NUMBER})\s+(?:had|have|has)\s+"
    r"been\s+(?:arrested|detained|killed|abducted|disappeared|deported|expelled|evicted|displaced|executed|sentenced|"
    r"convicted|charged|tortured|injured|wounded|kidnapped|imprisoned|jailed|prosecuted)\b"
)
# "The Ombudsman's Office puts the figure at 173": another count of what was counted before
_PUTS_AT = re.compile(rf"(?i)\bput(?:s|ting)?\s+(?:the|that|this|its)\s+(?:figure|number|toll|total|count)\s+at\s+"
                      rf"(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|some\s+)?(?P<n>{NUMBER})(?![\w%])")
_AMONG = re.compile(
    rf"(?i)\b(?:among|of)\s+(?:them|these|those),\s+(?P<n>{NUMBER})\s+(?P<rest>[^.;“”]+)|"
    rf"\b(?P<n2>{NUMBER})\s+of\s+(?:them|these|those)(?:\s+(?:held|detained|arrested|killed|injured|wounded|"
    r"charged|convicted|sentenced|deported|returned|displaced|surveyed|questioned|interviewed))?\s+"
    r"(?P<rest2>(?:have|had|has|were|are)\b[^.;“”]+)"  # "14 of those held were minors"
)
# "612 complaints, 148 of which concerned torture": a share of what was just counted, counted the same way
# ("6,240 complaints, of which 1,905 concerned torture": the same, the other way round)
_OF_WHICH = re.compile(rf"(?i),\s+(?:(?P<n>{NUMBER})\s+of\s+(?:which|whom)|of\s+(?:which|whom)\s+(?P<n2>{NUMBER}))\s+"
                       r"(?!(?:(?:were|are)\s+)?(?:women|men|girls|boys|children|minors)\b)(?=[a-z])")
# "231 candidates stood, 19 of them women": the share named by what it is, with no verb
_OF_THEM_NOUN = re.compile(rf"(?i),\s+(?P<n>{NUMBER})\s+of\s+(?:them|whom)\s+(?P<unit>women|men|girls|boys|children|minors)\b(?=\s*[,.;)]|\s+and\b)")
# A share of what was just counted, after a verb: "and completed investigations into 2,540 of them"
_OF_THEM = re.compile(rf"(?i)(?<=[a-z]\s)(?<!\bof\s)(?P<n>{NUMBER})\s+of\s+(?:them|these|those)\b(?!\s+(?:have|had|has|were|are|was)\b)")
# "Of the 271 recommendations, it accepted 196 and noted the remaining 75": a bare number after a
# verb of response counts the things just counted before it.
_RESPONSE = re.compile(
    rf"(?i)\b(?:accepted|supported|noted|rejected|took\s+note\s+of|implemented|endorsed|declined)\s+"
    rf"(?:the\s+remaining\s+|a\s+further\s+|another\s+|only\s+|just\s+|some\s+)?(?P<n>{NUMBER})(?![\d,.]\d)"
    r"(?:\s+of\s+(?:them|these|those)\b|(?!\s*(?:per\s*cent|percent|%)|\s+(?!(?:and|or|but|while|whereas)\b)[a-z]))"
)
# "214 enjoy the support of the Government, while 45 have been noted": the passive form; "62 have been
# fully implemented", "41 of the 215 have been fully implemented": how far the follow-up has come.
_RESPONSE_AFTER = re.compile(
    # ("47 of the 163 supported recommendations have been fully implemented, 89 are being implemented")
    rf"(?i)(?P<n>{NUMBER})\s+(?:(?:of\s+them|of\s+these|of\s+the\s+(?P<whole>{NUMBER})(?:\s+(?:supported|accepted|noted|"
    r"remaining))?(?:\s+recommendations)?)\s+)?(?P<verb>enjoy(?:ed|s)?\s+the\s+support|"
    r"(?:(?:have|has|had)\s+been|were|was|are)\s+(?:(?:fully|partially|partly)\s+)?(?:noted|accepted|supported|rejected|implemented)|"
    r"(?:are|is|were)\s+(?:being|still\s+being)\s+implemented)\b"
)
_AT_FORUM = re.compile(r"(?i)\b(?:at|during|in|to)\s+the\s+(?:(?:enhanced\s+)?interactive\s+dialogue|"
                       r"(?:Human\s+Rights\s+)?Council|session|review)\b")  # fmt: skip
_RATE = re.compile(rf"(?i)\b(?P<n>{NUMBER})\s*(?:per\s*cent|percent|%)")
# Any plural noun counted in a sentence someone is quoted for ("6,850 pupils", "3,200 observers",
# "41,000 new prison places"): the closed list above names the frequent ones, this the rest. Not
# spans of time, money, shares or the delegations a tally counts.
_COUNT_ANY = re.compile(
    rf"(?i)\b(?P<n>{NUMBER})\s+(?P<mod>(?:(?!(?:of|and|or|to|in|the|had|have|were|are|was|is)\s)(?:[a-z-]{{3,22}}|"
    rf"(?-i:[A-Z][a-z]+(?:an|ese|ish|i)|UN|EU|OECD|ILO|UPR))\s+){{0,3}}?)"  # "1,213 Ukrainian citizens", "240 primary health care
    # centres", "87 UN recommendations"
    r"(?P<unit>(?!rights\s+[a-z]{3,20}s\b)"  # "3,870 human rights violations": the violations are counted
    r"(?!(?:years|days|months|weeks|hours|minutes|seconds|times|decades|centuries|dollars|euros|"
    r"pounds|francs|pesos|rupees|shillings|cents|percent|kilometres|kilometers|metres|meters|miles|"
    r"delegations|countries|speakers|statements|states|members|others|votes|seats)\b)(?![a-z]+ous\b)"
    r"(?:[a-z]{2,20}-[a-z]{3,20}s|[a-z]{3,20}s|[a-z]{0,12}(?:men|women|people|children)|(?-i:Roma|Rohingya|Sinti|Bidoon|Bedouin|Inuit|Sami)))\b"
    # "asylum-seekers", "58 servicemen", "11,000 Roma": nouns whose plural has no -s
)
# A plural noun outside the closed list ("marchers", "applications"), where the wording says it is counted
_ANY_PLURAL = r"(?-i:[a-z]{3,20}(?<!ss)(?<!ous)(?<!us)(?<!is)s)"
# "The number of disappearance complaints registered ... now stands at 8,615": the noun first
SAID_IN = re.compile(rf"(?i)\b{SAY}\b|\baccording\s+to\b|\b(?:data|figures|statistics)\s+(?:from|of)\b|"
                     r",\s+(?:saying|adding|noting|stating|insisting|arguing)\b")  # "disputed the figure, saying only 74 ..."
_NUMBER_OF = re.compile(
    rf"(?i)\b(?:number|backlog)\s+of\s+(?P<mod>(?:[a-z-]+\s+|(?-i:[A-Z][a-z]+\s+)){{0,3}}?)(?P<unit>{COUNT_UNITS}|{_ANY_PLURAL})\b[^.;“”]{{0,100}}?\b"
    rf"(?:stands?|stood|rose|(?:has|had)\s+risen|reached|(?:has|had)\s+reached|climbed|totals?|totalled|was|is|were|fell|"
    rf"grew|(?:has|had)\s+grown|increased|(?:has|had)\s+increased|"  # "the number of non-profit organisations had grown to 11,240"
    rf"(?:has|had)\s+fallen|dropped|(?:has|had)\s+dropped|declined|(?:has|had)\s+declined|(?:was|were|has\s+been|had\s+been)\s+put)\s+(?:at\s+|to\s+)?"
    rf"(?:more\s+than\s+|nearly\s+|about\s+|some\s+)?(?P<n>{NUMBER})\b(?!\s*(?:per\s*cent|percent|%))"
)
# "Suspected cholera cases reached 1,874", "registered complaints rose to 940": the noun, then its total
# "Detainees interviewed by the commissioners numbered 143": the count after what it counts
_UNIT_NUMBERED = re.compile(rf"^\s*(?:The\s+)?(?P<mod>)(?P<unit>[A-Z]?[a-z]+s)\s+(?:[a-z]+ed\s+(?:by|in|at|from)\s+[^.;]{{1,60}}?\s+)?"
                            rf"numbered\s+(?:more\s+than\s+|nearly\s+|about\s+|some\s+|around\s+)?(?P<n>{NUMBER})\b")
_UNIT_REACHED = re.compile(
    rf"(?i)\b(?P<mod>(?:[a-z-]+\s+){{0,2}}?)(?P<unit>{COUNT_UNITS})\s+(?:(?:had|have|has)\s+)?(?:now\s+)?"
    rf"(?:reached|rose\s+to|risen\s+to|climbed\s+to|totalled|stood\s+at|stands?\s+at)\s+"
    rf"(?:more\s+than\s+|nearly\s+|about\s+|some\s+|around\s+)?(?P<n>{NUMBER})\b(?!\s*(?:per\s*cent|percent|%))"
)
# What a body's own staff did so many times: "Commission staff visited 22 correctional facilities"
_VISITED = re.compile(rf"(?i)\b(?:visited|inspected|toured|monitored)\s+(?:more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+)?"
                      rf"(?P<n>{NUMBER})\s+(?P<mod>(?:[a-z-]+\s+){{0,2}}?)(?P<unit>{_ANY_PLURAL})\b")
# A shutdown's length in hours, counted where the sentence is about access cut off
_CUT_OFF = re.compile(r"(?i)\b(?:shut\s*down|shutdowns?|blackouts?|switched\s+off|cut\s+off|throttl\w+|disrupt\w+|offline|outages?)\b")
_HOURS = re.compile(rf"(?i)\b(?P<n>{NUMBER})\s+hours\b")
# "A survey of 1,204 adults", "a poll of 3,400 voters": the sample a study asked
_SAMPLE_OF = re.compile(rf"(?i)\b(?:(?:survey|poll|study|sample)\s+of|interviews?\s+with|surveyed|polled|interviewed|"
                        rf"reached(?=\s+{NUMBER}\s+respondents))\s+(?:more\s+than\s+|some\s+|nearly\s+|about\s+)?(?P<n>{NUMBER})\s+"
                        r"(?P<mod>(?:[a-z-]+\s+){0,2}?)(?P<unit>[a-z]{3,20}s)\b")
# "Haq Legal Aid puts the number of deported women at risk at 1,870": the noun first, then the figure
_PUTS_NUMBER_AT = re.compile(
    rf"(?i)\bput(?:s|ting)?\s+the\s+(?:total\s+)?number\s+of\s+(?P<mod>(?:[a-z-]+\s+){{0,3}}?)(?P<unit>{COUNT_UNITS}|{_ANY_PLURAL})\b"
    rf"[^.;“”]{{0,100}}?\bat\s+(?:more\s+than\s+|nearly\s+|about\s+|some\s+|around\s+)?(?P<n>{NUMBER})\b(?!\s*(?:per\s*cent|percent|%))"
)
# "one in five women", "one out of every three detainees": a rate given as a fraction
_ONE_IN = re.compile(rf"(?i)\b(?P<a>one|two|three|four|a)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<n>{NUMBER})\b(?!\s*(?:per\s*cent|percent|%))")


def _said_then_quoted(ctx: PressContext, start: int, end: int) -> bool:
    """ 'told the court the defendants had sought to "paralyse the government".': a short quote that
    closes a sentence whose speaker said it, not a scare quote inside a sentence of the writer's."""
    s_start, s_end = ctx.sentence_at(start)
    return bool(re.match(r"[^\S\n]*[.!?]?[^\S\n]*$", ctx.text[end:s_end])) and bool(
        re.search(rf"\b(?:{SAY})\b", ctx.text[s_start:start]))


# British house style: 'single quotes' (read only in a text with no double quotes at all, where an
# apostrophe inside a word or after a plural is told apart by what stands on either side)
_SINGLE_QUOTE = re.compile(r"(?m)(?:^|(?<=[\s(\[—–-]))[‘'](?P<q>[A-Za-z0-9][^\n]{3,2000}?[\w.,!?…])[’'](?=[\s.,;:!?)\]—–-]|$)")


def quotation_claims(ctx: PressContext) -> list[Claim]:
    """Direct quotes of five words or more (three where a speaker's verb comes before them), and reported speech
    cited to a source."""
    claims: list[Claim] = []
    quotes = _QUOTE if re.search(r"[“”\"]", ctx.text) else _SINGLE_QUOTE
    for match in quotes.finditer(ctx.text):
        quote = " ".join(match.group("q").split()).strip(" ,")
        whole_sentence = quote[:1].isupper() and match.group("q").rstrip()[-1:] in ",.!?"
        s_start = ctx.sentence_at(match.start())[0]
        characterised = _CHARACTERISED.search(ctx.text, s_start, match.start() + 1)  # 'called the estimate "unsupported
        short = 3 if whole_sentence or characterised or _said_then_quoted(ctx, match.start(), match.end()) else 5  # by any evidence"'
        if short == 5 and re.search(rf"\b(?:{SAY})\b", ctx.text[s_start : match.start()]):
            short = 3  # 'said he had found evidence of "serious and persistent ill-treatment" at the prison', 'said that the
            # resolution reflected "a Western agenda"': the speaker's words
        if len(quote.split()) < short:
            continue  # "regression": a scare quote, not a quotation
        who, source = _quote_speaker(ctx, match.start(), match.end())
        claims.append(Claim(evidence=ctx.evidence(match.start(), match.end()),
                            claim_type="quotation", claimant=who, source=source, quote=quote,
                            forum=_quote_forum(ctx, match.start(), match.end())))  # fmt: skip
    for s_start, s_end in ctx.sentences:
        if "according to" not in ctx.text[s_start:s_end].lower():
            continue
        for match in _REPORTED.finditer(ctx.text[s_start:s_end]):
            who = resolve_who(ctx, match.group("who"), s_start)
            claims.append(Claim(
                evidence=ctx.evidence(s_start + match.start(), s_start + match.end()),
                claim_type="quotation", claimant=who,
                source=re.split(r"\s+(?:published|issued|released|by)\b", match.group("src"))[0],
                quote=match.group("q").strip(), flags=["reported_speech"],
                forum=_quote_forum(ctx, s_start, s_end)))  # fmt: skip
    return claims


# "..., X said, according to the statement." / "..., X told state television last night."
_SOURCE_AFTER = re.compile(
    r"(?i)\b(?:(?P<acc>according\s+to\s+(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?(?:press\s+)?"
    r"(?:statement|release|report|letter|communiqu[eé]|post|interview|briefing))|"
    r"(?P<told>told\s+(?:state\s+(?:television|TV|radio|media)|(?:the\s+)?(?:state|national|public)\s+broadcaster|"
    r"reporters|journalists|(?-i:(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}))))"
)


def _source_after(ctx: PressContext, offset: int) -> str | None:
    """The source a quotation is cited to in the rest of its sentence, as written."""
    _, s_end = ctx.sentence_at(min(offset, len(ctx.text) - 1))
    found = _SOURCE_AFTER.search(ctx.text, offset, max(offset, s_end))
    return found.group(0) if found else None


def _quote_forum(ctx: PressContext, start: int, end: int) -> dict[str, Any] | None:
    """The forum a quotation was said at, when its sentence names one ("said at the dialogue")."""
    s_start, _ = ctx.sentence_at(start)
    _, s_end = ctx.sentence_at(max(start, end - 1))
    if _AT_FORUM.search(ctx.text[s_start : s_end + 200]):
        return ctx.forum_at(start)
    return None


_PERSON_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:(?:bin|bint|de|da|van|von|al|el)\s+)?[A-Z][\w’'-]+){1,3}")


# '"...," a member of the platform, Ram Kumari Thapa, said': a person named after a description
_TITLE_WORDS_NAME = re.compile(r"\s*(?P<words>(?:[a-z]+\s+){1,3})(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*[.,]")
# '"...," said political analyst Marcela Name.': a title in lower case between the verb and the name
_SAID_TITLE_NAME = re.compile(
    r"[^\S\n]+(?P<words>(?:(?!(?:on|in|at|to|by|for|of|with|from|during|after|before|last|this|next|that|when|"
    r"while|and|but|as|the|a|an|today|yesterday|earlier|later|also|then|recently|again)\b)[a-z][\w-]+[^\S\n]+){1,3})"
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})[^\S\n]*[.,;]"
)
_APPOSED_PERSON_SAID = re.compile(
    # '"...," FAST leader, the Hon. Name, told': a title without its article, an honorific before the name
    r"[,.]?[^\S\n]*(?:(?:the|a|an)\s+)?(?P<title>[^,.“”\"\n]{2,80}),\s+"
    r"(?:(?:the\s+)?(?:Hon|Rev|Dr|Dra|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}),?\s+"
    r"(?:said|told|added|says|stressed|insisted)\b"
)


def _quote_speaker(ctx: PressContext, start: int, end: int) -> tuple[ActorRef | None, str | None]:
    """Who is quoted: "..., he said", "X said: ...", the sentence's subject, or the next run's."""
    stop = end
    s_start, _ = ctx.sentence_at(start)
    closes = re.match(r"[.!?](?:\s|$)", ctx.text[end : end + 2]) or (  # '... stated: "Voters were offered ...."' and
        ctx.text[end - 2 : end - 1] in (".", "!", "?") and re.match(r"[^\S\n]*(?:\n|$)|[^\S\n]+[A-Z]", ctx.text[end : end + 3]))  # a new paragraph
    # (or a new sentence: 'Name said: "...." The forum says ...')
    ended = closes and _SAID_BEFORE_QUOTE.search(ctx.text, s_start, start)
    while not ended:  # a quote reopened in the next paragraph belongs to the same speaker
        tail = ctx.text[stop : stop + 200]
        quoted = _QUOTED_AS_SAYING.match(ctx.text, stop, stop + 300)
        people = [f.actor for f in ctx.actors.within(stop, quoted.end())
                  if f.actor.kind == "official"] if quoted else []  # fmt: skip
        if people:  # '"...," the authority quoted its President, Name, as saying': that person
            return people[-1], _source_after(ctx, stop)
        # a quote that closes its sentence and its paragraph: the next paragraph's subject did not say it
        after = None if closes and re.match(r"[.!?]?[^\S\n]*\n[^\S\n]*\n", tail) else _AFTER.match(tail)
        if after:
            phrase = (after.group("who") or after.group("who2") or after.group("who3") or after.group("who4") or "").strip()
            phrase = re.sub(rf"\b{_HONORIFIC}\s+", "", phrase)  # "Foreign Secretary Dr. Name"
            phrase = re.sub(r"\s+(?:also|further|later|then)$", "", phrase)  # '". She also noted ...'
            if phrase in ("and", "but"):  # '... called the result "..." and said ...': the sentence's subject
                break
            if "statement" in phrase.lower():  # ('"...," its statement said': the body "it" points back to)
                owner = resolve_who(ctx, phrase, start) if re.match(r"(?i)(?:its|their)\s", phrase) else None
                return owner or ctx.issuer, "the statement"
            plain_title = _SAID_TITLE_NAME.match(tail, after.end()) if not phrase and after.group("who") is not None else None
            if plain_title and not find_states(plain_title.group("name")):  # '"...," said political analyst Name.'
                known = ctx.actors.person(plain_title.group("name").split()[-1])
                return known or ActorRef(plain_title.group("name"), "official", title=plain_title.group("words").strip()), _source_after(ctx, stop)
            titled = after.group("who2") and re.match(  # '"...," said CELS director Paula Name': the body's
                r"\s*(?!(?:on|in|at|during|after|before|to|from|of|and|while|when|as|who|which|whose|yesterday|"
                r"today|last|this|earlier|later|told|said|says)\b)[a-z]{3,}\s", tail[after.end("who2") :])  # person
            who = resolve_who(ctx, phrase, start) if phrase and not titled else None
            if who is None and after.group("who2") and not titled and _PERSON_NAME.fullmatch(phrase) and not find_states(phrase):
                who = ActorRef(phrase, "official")  # '"...," said Alena Kaspiar, a former editor who ...'
            if who is None and after.group("who2"):  # '"...," said Minister of Justice Ana Ruiz': the person
                _, s_end = ctx.sentence_at(stop + after.start("who2"))  # named by the title words
                who = next((f.actor for f in ctx.actors.within(stop, max(stop, s_end)) if f.actor.kind == "official"), None)
            named = _TITLE_WORDS_NAME.match(tail, after.end("who2")) if who is None and titled else None
            if named:  # '"...," said Coalition leader Dorothy Name': the name after the title words
                who = ActorRef(named.group("name"), "official",
                               title=f"{phrase} {named.group('words').strip()}".strip())  # fmt: skip
            return who, _source_after(ctx, stop)
        apposed = _APPOSED_PERSON_SAID.match(tail)
        if apposed and not find_states(apposed.group("name")):  # '"...," the PAICV leader, Rui Semedo, told'
            known = ctx.actors.person(apposed.group("name").split()[-1])
            return known or ActorRef(apposed.group("name"), "official", title=apposed.group("title")), _source_after(ctx, stop)
        clause = _AFTER_CLAUSE.match(tail)
        surname = re.match(r"[,.]?\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,\s+(?:who|a|an|the)\b", tail)
        person = ctx.actors.person(surname.group(1)) if clause and surname else None
        if person is not None and person.kind == "official":  # '"...," Al-Marri, who also chaired ..., said'
            return person, _source_after(ctx, stop)
        named = ctx.actors.within(stop, stop + clause.end()) if clause else []
        if named:  # ", the Cuban Foreign Minister, Rodrigo Alvarez, told": whoever is named there
            people = [f for f in named if f.actor.kind == "official"]
            return (people or named)[-1].actor, _source_after(ctx, stop)
        reopened = re.match(r"\s*\n\s*\n?\s*[“\"]([^”\"]+)[”\"]?", tail)
        if not reopened or ctx.text[stop - 1] in "”\"":
            break
        stop += reopened.end()
    before = ctx.text[s_start:start]
    said = _BEFORE.search(before)
    if said and said.group("who").strip():
        at = s_start + said.start("who")
        member = next((f.actor for f in ctx.actors.mentions if f.actor.kind == "official" and at - 2 <= f.end <= at),
                      None) if re.match(r"(?:of|from)\s", said.group("who")) else None  # fmt: skip
        if member is not None:  # 'Name of the Tamil Families Forum said: "..."': the person, named before the body
            return member, None
        words = said.group("who").split()
        for cut in range(len(words)):  # "In her end-of-mission statement she wrote:": the subject is
            who = resolve_who(ctx, " ".join(words[cut:]), start)  # the last words before the verb
            if who is not None:
                return who, None
        filler = re.fullmatch(r"(?i)\s*(?:(?:has|have|had|herself|himself|itself|themselves|also|repeatedly|publicly|already|"
                              r"once|even|just|recently|rightly)\s+)+", said.group("who"))  # "Name, has herself warned that"
        if not filler and not re.search(r"\b(?:and|but|then)\s*$", said.group("who")):  # "... said X and insisted that "...""
            return None, None  # goes on to the sentence's speaker
    if before.strip():
        characterised = _CHARACTERISED.search(before)
        people = [f.actor for f in ctx.actors.within(s_start, s_start + characterised.start())
                  if f.actor.kind == "official"] if characterised else []  # fmt: skip
        opener = (people[-1] if people else sentence_opener(ctx, s_start, start)) if characterised else None
        if opener is not None:  # 'The ministry described the mandate as "..."': the sentence's subject, or
            return opener, None  # the person named before the verb ("spokesman Name called it "...")
        who, source = attribution(ctx, s_start, start)
        return who or answered_by(ctx, start) or speaker_before(ctx, start + 1), source
    lead = [(a, b) for a, b in ctx.sentences if b <= s_start][-1:]
    if lead and ctx.text[lead[0][0] : lead[0][1]].rstrip().endswith(":") and re.search(
            rf"\b(?:{SAY})\s*:$", ctx.text[lead[0][0] : lead[0][1]].rstrip()):  # fmt: skip
        who, source = attribution(ctx, *lead[0])  # "..., the Ministry of Foreign Affairs (MFA) Spokesperson said:" over a
        if who is not None:  # paragraph that opens with the quote: the one who said it
            return who, source
    earlier = _quote_just_before(ctx, start)
    if earlier is not None:  # '"I will go where I may," X said. "Free access is a condition."': X goes on
        who, source = _quote_speaker(ctx, *earlier)
        if who is not None:
            return who, source
    return answered_by(ctx, start) or speaker_before(ctx, start), None  # an answer in an interview: its speaker


def _quote_just_before(ctx: PressContext, start: int) -> tuple[int, int] | None:
    """The quote of the sentence right before the one opening at `start`, in the same paragraph."""
    s_start, _ = ctx.sentence_at(start)
    before = [(a, b) for a, b in ctx.sentences if b <= s_start]
    if not before or "\n" in ctx.text[before[-1][1] : s_start]:
        return None
    quotes = [m for m in _QUOTE.finditer(ctx.text, before[-1][0], s_start) if m.end() <= s_start]
    return (quotes[-1].start(), quotes[-1].end()) if quotes else None


# 'described the mandate as "...', 'called the statements "...': the sentence's subject's words
_CHARACTERISED = re.compile(r"\b(?:describ(?:ed|ing)|brand(?:ed|ing)|labell?(?:ed|ing)|dismiss(?:ed|ing)|denounc(?:ed|ing)|"
                            r"characteri[sz](?:ed|ing)|called|calling|term(?:ed|ing))\b"
                            r"[^.;“”\"]{0,100}?(?:\bas\s+)?[“\"‘']?$")


_PUT_AT_BY = re.compile(r"(?i)\b(?:was|were|is|are)\s+(?:put|estimated|given|recorded|reported|calculated)\s+at\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){1,40}?"
                        r"\s+by\s+((?:the\s+)?[^,.;]{3,60}?)\s*(?:[,.;]|$)")
_PUT_AT_PASSIVE = re.compile(r"(?i)\b(?:was|were|is|are)\s+(?:put|estimated|given|recorded|reported|calculated)\s+at\b")
# One item of a list of figures, on a line of its own ("- 96 deaths in custody", "• 41 percent of ...")
_BULLET_ITEM = re.compile(r"[^\S\n]*[-•*–][^\S\n]+\S")


_PUBLISHED_FINDING = re.compile(r"(?i)\b(?:published|released|issued|presented)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:report|study|"
                                r"survey|analysis|review)\b[^.;]{0,60}?\b(?:finding|showing|concluding|estimating|(?:which|that)\s+found)\b")
# "The commission put turnout at 38.5 percent": a body gives a rate it measured, as its subject
_MEASURED = re.compile(r"(?i)\s*the\s+[\w’' -]{0,60}?\b(?:put|puts|recorded|records|registered|registers|estimated|"
                       r"estimates|counted|counts|logged|logs)\s+(?!that\b)|"
                       # "The centre interviewed 1,820 returnees and found that 64 percent ...": its finding
                       r"\s*the\s+(?-i:[a-z]+)\s+(?:[a-z]+ed\s+[^.;“”\"]{0,80}?\s+and\s+)?(?:found|concluded|established)\s+that\b")


# Nouns that name nothing countable without the word before them: "asylum seekers",
# "identity checks", "urgent actions"; and "places of worship"
_COMPOUND_HEAD = {"seekers", "checks", "actions", "places", "stations", "facilities", "centres", "centers", "depots",
                  "wards", "establishments"}  # "police stations", "detention centres": the kind says what was counted
_NOT_A_KIND = {"new", "same", "remaining", "other", "such", "more", "several", "all", "these", "those", "its", "their", "the",
               "some", "many", "few", "existing", "different", "separate", "additional", "further", "various", "main", "largest"}


# Set phrases whose first word names the kind of thing counted ("1,430 political prisoners", "18 early warnings")
_SET_PHRASES = {("political", "prisoners"), ("social", "leaders"), ("early", "warnings"), ("air", "strikes"), ("death", "sentences"),
                ("health", "workers"), ("non-governmental", "organisations"), ("non-governmental", "organizations"),
                ("trade", "unionists")}


def _compound_unit(unit: str, subject: str, after: str) -> str:
    """The unit with the word that makes it a thing ("asylum seekers"), where the head alone says little."""
    phrase = re.search(rf"\b([a-z][a-z-]+)\s+{re.escape(unit)}$", subject)
    if phrase and (phrase.group(1), unit) in _SET_PHRASES:
        return f"{phrase.group(1)} {unit}"
    if unit not in _COMPOUND_HEAD:
        return unit
    if unit == "places":
        return "places of worship" if re.match(r"\s+(?:[\w-]+\s+){0,3}?places\s+of\s+worship\b", " " + after) else unit
    before = re.search(rf"\b(?:(?P<first>[a-z][a-z-]+)\s+(?=care\s))?(?P<kind>[a-z][a-z-]+)\s+{unit}$", subject)
    if before is None or before.group("kind") in _NOT_A_KIND:
        return unit
    return " ".join(w for w in (before.group("first"), before.group("kind"), unit) if w)  # ("health care centres")


def _unit_word(word: str, sentence: str) -> str:
    """A counted noun as a unit: lower case, except a people named for a place ("1,260 exiled
    Nicaraguans", "74,000 Rohingya"), whose capital is kept unless the line capitalises every word."""
    if not word[:1].isupper() or word.isupper():
        return word.lower()
    long_words = [w for w in re.findall(r"[A-Za-z]+", sentence) if len(w) > 3]
    headline = sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    return word.lower() if headline else word


# A follow-up report's verdicts on recommendations: "29 as implemented, 91 as partly implemented and 118 as not
# implemented", "31 had been implemented, 64 partly implemented"
_DONE = r"(?:fully\s+|partly\s+|partially\s+|largely\s+|not\s+(?:yet\s+)?|not\s+at\s+all\s+)?implemented"
_IMPLEMENTED = re.compile(rf"(?i)\b(?P<n>{NUMBER})\s+(?:recommendations\s+)?(?:as\s+|had\s+been\s+|have\s+been\s+|were\s+|are\s+)?"
                          rf"(?:still\s+)?(?P<status>(?:(?:have|has|had)\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:started|begun|implemented)|"
                          rf"{_DONE}|in\s+progress|ignored|pending|outstanding)\b")  # ("46 are still pending", "33 have not yet been started")


_IMPLEMENTED_LABEL = re.compile(rf"(?im)^[^\S\n]*(?:[-*•–][^\S\n]*)?(?P<status>{_DONE}|no\s+progress|not\s+started|in\s+progress|ongoing|"
                                rf"pending)[^\S\n]*:[^\S\n]*(?P<n>{NUMBER})[^\S\n]*$")  # ("Implemented: 143" on a line of its own)


# Some of the recommendations a count named: "included all 17 on ...", "were all 14 calling for ...", "and 9 urging ..."
_SUBSET_OF_RECOMMENDATIONS = re.compile(
    rf"(?i)(?:\b(?:includ(?:e|es|ed|ing)|among\s+them|were|are)\s+|,\s+|\band\s+(?:that\s+)?)(?:all\s+|only\s+|just\s+|another\s+|"
    rf"a\s+further\s+)?(?P<n>{NUMBER})\s+(?=(?:on|that|which|calling|urging|asking|concerning|relating|regarding|demanding|seeking|"
    # "Among the supported recommendations, 34 relate to statelessness and 29 to child labour"
    rf"about|concern(?:s|ed)?|address(?:es|ed)?|relate[sd]?|deal(?:s|t)?|cover(?:s|ed)?|focus(?:es|ed)?|to\s+the)\b)"
)


_WHO_TOLD = re.compile(r",\s+who\s+(?:had\s+|has\s+|also\s+)?(?:told|said|informed|reported|warned|stated)\b")


def figure_claims(ctx: PressContext, skip: list[tuple[int, int]]) -> list[Claim]:
    """Counts with a unit ("47 parties") and rates ("seven per cent"), with who states them."""
    claims: list[Claim] = []
    last_unit: str | None = None
    last_subject = ""
    unit_of: dict[float, str] = {}  # each count's unit by its value: "41 of the 215" counts the 215's kind
    last_said: tuple[int, ActorRef] | None = None  # where the last sentence with a figure's source ended, and who
    lead = lead_source(ctx)
    for s_start, s_end in ctx.sentences:
        sentence = ctx.text[s_start:s_end]
        if retracted(sentence):
            continue
        found = []
        for match in _COUNT.finditer(sentence):
            mod = " ".join(match.group("mod").split())
            subject = f"{mod} {match.group('unit')}".strip()
            found.append((match, "count", _unit_word(match.group("unit"), sentence), subject))
        for match in [*_NUMBER_OF.finditer(sentence), *_PUTS_NUMBER_AT.finditer(sentence)]:
            mod = " ".join(match.group("mod").split())
            found.append((match, "count", _unit_word(match.group("unit"), sentence), f"{mod} {match.group('unit')}".strip()))
        counted = {m.start("n") for m, *_ in found}
        for match in [*_SAMPLE_OF.finditer(sentence), *_UNIT_REACHED.finditer(sentence), *_VISITED.finditer(sentence)]:
            if match.start("n") not in counted:  # "a survey of 1,204 adults", "cases reached 1,874"
                mod = " ".join(match.group("mod").split())
                found.append((match, "count", _unit_word(match.group("unit"), sentence), f"{mod} {match.group('unit')}".strip()))
                counted.add(match.start("n"))
        for match in _UNIT_NUMBERED.finditer(sentence):  # "Detainees interviewed by the commissioners numbered 143"
            if match.start("n") not in counted:
                found.append((match, "count", match.group("unit").lower(), match.group("unit").lower()))
                counted.add(match.start("n"))
        if _CUT_OFF.search(sentence):  # "a blackout of 168 hours", "throttled for 81 hours": a shutdown's length
            for match in _HOURS.finditer(sentence):
                if match.start("n") not in counted:
                    found.append((match, "count", "hours", "hours"))
                    counted.add(match.start("n"))
        for match in _PEOPLE_DONE.finditer(sentence):  # "that 2,150 had been arrested": people, by the verb
            if match.start("n") not in counted:
                found.append((match, "count", "people", "people"))
                counted.add(match.start("n"))
        for match in _COUNT_DONE.finditer(sentence):  # "1,200 former combatants had been reintegrated"
            if match.start("n") not in counted:
                mod = " ".join(match.group("mod").split())
                found.append((match, "count", _unit_word(match.group("unit"), sentence), f"{mod} {match.group('unit')}".strip()))
        if re.search(r"(?i)\brecommendations?\b", ctx.text[max(0, s_start - 400) : s_end]):
            for match in [*_IMPLEMENTED.finditer(sentence), *_IMPLEMENTED_LABEL.finditer(sentence)]:  # "It lists 29 as
                # implemented, 91 as partly implemented"; "* fully implemented: 23"
                if match.start("n") not in counted:
                    found.append((match, "count", "recommendations", "recommendations " + match.group("status").lower()))
                    counted.add(match.start("n"))
        if re.search(r"(?i)\brecommendations?\b", sentence) and re.search(r"(?i)\b(?:includ|among)", sentence):
            for match in _SUBSET_OF_RECOMMENDATIONS.finditer(sentence):  # "the 38 noted recommendations included all 17
                if match.start("n") not in counted:  # on decriminalisation and 6 on child marriage"
                    found.append((match, "count", "recommendations", "recommendations"))
                    counted.add(match.start("n"))
        for match in _RESPONSE.finditer(sentence):  # unit from the count before it
            if match.start("n") not in counted:
                found.append((match, "response", "", match.group(0).split()[0].lower()))
                counted.add(match.start("n"))
        for match in _RESPONSE_AFTER.finditer(sentence):
            if match.start("n") not in counted:
                verb = "supported" if "support" in match.group("verb").lower() else match.group("verb").split()[-1].lower()
                found.append((match, "response", "", verb))
        for match in _PUTS_AT.finditer(sentence):  # "puts the figure at 173": the count before, restated
            if match.start("n") not in counted:
                found.append((match, "restated", "", ""))
                counted.add(match.start("n"))
        for match in _OF_THEM.finditer(sentence):  # "received 3,198 complaints and closed 2,540 of them"
            taken = {m.start("n") if m.groupdict().get("n") else m.start("n2") for m, *_ in found}
            if match.start("n") not in taken and not _AMONG.match(sentence, match.start()):
                found.append((match, "restated", "", ""))
        for match in _BARE_ITEM.finditer(sentence):  # "- thirty-one carried out in part;" under "- ninety-two of the
            if match.start("n") not in counted:  # plan's 140 commitments carried out in full;": the same things counted
                found.append((match, "restated", "", ""))
                counted.add(match.start("n"))
        for match in _OF_WHICH.finditer(sentence):  # "registered 612 complaints, 148 of which concerned torture"
            at_n = match.start("n") if match.group("n") else match.start("n2")
            if at_n not in counted:
                found.append((match, "restated", "", ""))
                counted.add(at_n)
        for match in _OF_THEM_NOUN.finditer(sentence):  # "71 candidates stood, nine of them women": a count of its own
            if match.start("n") not in counted:
                found.append((match, "count", match.group("unit").lower(), match.group("unit").lower()))
                counted.add(match.start("n"))
        for match in _AMONG.finditer(sentence):  # unit and subject from the count before it
            rest = (match.group("rest") or match.group("rest2")).strip().rstrip(",")
            what = re.match(r"(?:were|are)\s+(?P<unit>[a-z]{3,20}s|women|men|children)\b(?!\s+(?:by|in|to|from|at|for|on|with)\b)", rest)
            if what and not what.group("unit").endswith(("ss", "ous", "us")):  # "14 of those held were minors"
                found.append((match, "count", what.group("unit"), what.group("unit")))
                continue
            found.append((match, "among", "", rest))
        for match in _COUNT_ANY.finditer(sentence):  # after the others: they know the unit better
            taken = {m.start("n") if m.groupdict().get("n") else m.start("n2") for m, *_ in found}
            if match.start("n") not in taken and (SAID_IN.search(sentence) or ctx.doc.kind == "statement"):
                mod = " ".join(match.group("mod").split())
                found.append((match, "count", _unit_word(match.group("unit"), sentence), f"{mod} {match.group('unit')}".strip()))
        for match in _RATE.finditer(sentence):
            found.append((match, "rate", "percent", _rate_subject(sentence)))
        for match in _ONE_IN.finditer(sentence):
            found.append((match, "fraction", "percent", _rate_subject(sentence)))
        found.sort(key=lambda entry: entry[0].start())
        for match, claim_type, unit, subject in found:
            if claim_type == "response":
                whole = parse_number(match.group("whole")) if "whole" in match.re.groupindex and match.group("whole") else None
                unit = unit_of.get(float(whole)) if isinstance(whole, int) else None
                if (unit or last_unit) is None:
                    continue  # "noted 12" with nothing counted before: no unit to give it
                claim_type, unit = "count", unit or last_unit
                subject = f"{subject} {unit}"
            if claim_type == "restated":
                if last_unit is None:
                    continue
                claim_type, unit, subject = "count", last_unit, last_subject
            if claim_type == "among":
                claim_type, unit = "count", last_unit or "items"
                subject = f"{last_unit or ''} that {subject}".strip()
            num = "n" if match.groupdict().get("n") else "n2"  # "17 of them have ..."
            at = s_start + match.start(num)
            if any(s <= at < e for s, e in skip):
                continue
            value = parse_number(match.group(num))
            if value is None:
                continue
            if re.fullmatch(r"(?:19|20)\d\d", match.group(num)) and re.search(
                r"(?i)\b(?:the|its|their|his|her|since|after|before|until)\s+$", sentence[: match.start(num)]
            ):
                continue  # "after the 2020 protests": a year, not 2,020 protests
            if match.group(num).lower() == "one" and re.search(r"(?i)\b(?:every|each|any|no)\s+$", sentence[: match.start(num)]):
                continue  # "reviewed every one of the 203 recommendations": the 203 count, not one
            if re.search(r"(?i)\bbetween\s+(?:the|its|their|both)\s+$", sentence[: match.start(num)]):
                continue  # "the cooperation between the two countries": the parties named, not a figure
            if claim_type == "fraction":  # "one in five": 20 per cent
                share = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4}[match.group("a").lower()]
                if not value or share >= value:
                    continue
                claim_type, value = "rate", round(100 * share / value, 1)
            if claim_type == "count":
                last_unit, last_subject = unit, subject
                unit_of.setdefault(float(value), unit)
            names = [(f.start - s_start, f.end - s_start) for f in ctx.actors.within(s_start, s_end)]
            c_start, c_end = _clause_of(sentence, match.start(num), names)
            who, source = attribution(ctx, s_start + c_start, s_start + c_end)
            told = list(_WHO_TOLD.finditer(sentence, 0, match.start(num)))
            teller = [f.actor for f in ctx.actors.within(s_start, s_start + told[-1].start())
                      if f.actor.kind == "official" and s_start + told[-1].start() - f.end <= 1] if told else []  # fmt: skip
            if teller and not re.search(r"[.;]", sentence[told[-1].end() : match.start(num)]):
                who, source = teller[-1], None  # "..., Name, who had told the Council that at least 5,000 people ...": hers
            if who is None and (c_start, c_end) != (0, len(sentence)):
                who, source = attribution(ctx, s_start, s_end)
            line = ctx.text.rfind("\n", 0, at) + 1  # the figure's own line: a list may run on in the sentence its colon opens
            if who is None and (_BULLET_ITEM.match(ctx.text, line) or _IMPLEMENTED_LABEL.match(ctx.text, line)):  # "- 96 deaths",
                # "Implemented: 143" under
                who = list_intro_speaker(ctx, line)  # "The centre listed these figures:"
            if who is None:  # "The Ombudsman's Office puts the figure at 140": the sentence's subject
                own = bool(source and (re.match(r"(?i)according\s+to\s+(?:its|their)\b", source) or re.search(
                    rf"{re.escape(source)}\s+(?:that\s+)?(?:it|they)\s+(?:presented|published|released|issued)\b",
                    sentence))) or bool(_MEASURED.match(sentence) or _PUBLISHED_FINDING.search(sentence))  # "The commission put
                # turnout at ...", "The EHRC published a report on Monday finding that 37 percent ...": its own figure
                who = _quoted_by(ctx, at) or (sentence_opener(ctx, s_start, at) if claim_type == "count" or own
                                              else None)  # "..., according to its annual report": its own figure
                agent = _PUT_AT_BY.search(sentence) if who is None else None
                if agent is not None:  # "The number of households ... was put at 2,150 by the Attorney General": the agent
                    who = resolve_who(ctx, agent.group(1), s_start + agent.start(1))
                if who is None and _PUT_AT_PASSIVE.search(sentence):  # "... the Commission said. Turnout was put at
                    before = [(a, b) for a, b in ctx.sentences if b <= s_start and "\n\n" not in ctx.text[a:s_start]]
                    who = next((w for w in (attribution(ctx, a, b)[0] for a, b in reversed(before)) if w is not None),
                               None)  # 54.6 percent.": the speaker named last in the paragraph  # fmt: skip
                who = who or ctx.author or lead  # in a body's own release, the body; else the body the lead cites
                if who is None and claim_type in ("rate", "count") and ctx.doc.kind == "meeting_summary" and not re.search(
                        r"[A-Z][\w’'-]*\s+(?:said|says|told|stated|added|noted|reported)\b", sentence):  # fmt: skip
                    # ("Action for Justice in Ubangi said that 58 per cent ...": a speaker of its own, whom the turn finds)
                    who = _paragraph_speaker(ctx, s_start)  # a summary's reported speech runs on to the paragraph's end
                if who is None and claim_type in ("rate", "count") and last_said is not None and re.fullmatch(
                        r"[^\S\n]*", ctx.text[last_said[0] : s_start]):  # fmt: skip
                    who = last_said[1]  # "... found that 64 percent had paid agents. Only 9 percent had a
                    # receipt.": a bare figure right after one with its source goes on with that source
            if who is None and claim_type in ("count", "rate") and _IT_SAYS.search(sentence):  # "Besides the 121 it counts
                who = next((c.claimant for c in reversed(claims) if c.claimant is not None and c.claimant.kind not in (
                    None, "state", "official") and c.evidence.start >= s_start - 1500), None)  # as done, it lists 97 ...":
                # the body whose report the figures before came from
            who = _source_tag(ctx, s_start + match.end(), s_end) or who
            if who is not None:  # a share in the very next sentence of the paragraph may go on with it
                last_said = (s_end, who)
            if claim_type == "count":
                unit = _compound_unit(unit, subject, sentence[match.end(num) :])
            claims.append(Claim(
                evidence=ctx.evidence(s_start, s_end), claim_type=claim_type, claimant=who,
                source=source, value=float(value), unit=unit, subject=subject))  # fmt: skip
    return claims + _key_figures(ctx, skip)


_BARE_ITEM = re.compile(rf"(?im)^[^\S\n]*[-•*–][^\S\n]+(?P<n>{NUMBER})\s+(?=(?:carried\s+out|implemented|completed|pending|still|"
                        r"under\s+way|in\s+progress|not\s+(?:yet\s+)?(?:started|begun|implemented)|partly|partially|fully)\b)")
_IT_SAYS = re.compile(r"\b(?:it|the\s+report|the\s+document)\s+(?:also\s+)?(?:lists|counts|records|shows|finds|notes|classifies|"
                      r"reports|says|puts|marks)\b")


def _paragraph_speaker(ctx: PressContext, offset: int) -> ActorRef | None:
    """Who speaks in the paragraph's first sentence ("Presenting her report, Ms. Name said that ... . Gang violence had
    killed 4,216 people"): in a UN meeting summary, a speaker's turn is one paragraph of reported speech."""
    opening = ctx.text.rfind("\n\n", 0, offset)
    first = next(((a, b) for a, b in ctx.sentences if a >= opening and a < offset), None)
    return attribution(ctx, *first)[0] if first is not None else None


# A situation report's source tag closing a sentence: "... were displaced (IOM, 8 Jan).", "(IPC, December 2027)"
_SOURCE_TAG = re.compile(r"\((?P<who>[A-Z][^()\d,;/:\n]{1,60}?)(?:[^\S\n]+(?:estimates?|figures|data|analysis|report))?(?:,[^\S\n]*[^()\n]{1,40})?\)[^\S\n]*[.;]?[^\S\n]*$")


def _source_tag(ctx: PressContext, start: int, end: int) -> ActorRef | None:
    """The body a bracketed source tag at the end of the sentence names, if the tag is a body."""
    line_end = ctx.text.find("\n", start)  # a bullet ends at its line, whatever the sentences
    tag = _SOURCE_TAG.search(ctx.text, start, min(end, line_end) if line_end >= 0 else end)
    if tag is None:
        return None
    if re.fullmatch(r"[A-Z][A-Z\d&-]{1,9}", tag.group("who")) and any(
            abs(f.end - tag.start()) <= 1 and f.actor.kind != "state" for f in ctx.actors.within(start, tag.start() + 1)):
        return None  # "... from the Superior Electoral Court (TSE).": the acronym of the body just named, no source tag
    who = resolve_who(ctx, tag.group("who"), tag.start())
    return who if who is not None and who.kind != "state" else None


# A report's "KEY FIGURES" box, one figure a line: "1,240 | cases documented", "38% | of victims were women"
_KEY_FIGURE = re.compile(rf"(?im)^[^\S\n]*(?P<n>{NUMBER})[^\S\n]*(?P<pct>%|per\s*cent)?[^\S\n]*[|:–—][^\S\n]*"
                         r"(?P<rest>[a-z][^\n|]{2,80})$")


def _key_figures(ctx: PressContext, skip: list[tuple[int, int]]) -> list[Claim]:
    """The figures of a key-figures box, each the claim of the body whose report it is: the one the
    release is by, else the group or institution the text names last before the box."""
    claims: list[Claim] = []
    for match in _KEY_FIGURE.finditer(ctx.text):
        if any(s <= match.start("n") < e for s, e in skip):
            continue
        value = parse_number(match.group("n"))
        if value is None:
            continue
        body = ctx.author or next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)
                                   if m.start < match.start() and m.actor.kind in NAMED_BODIES), None)  # fmt: skip
        rest = match.group("rest").strip()
        if match.group("pct"):
            claim_type, unit = "rate", "percent"
        else:
            noun = re.search(r"\b(?!of\b)([a-z]{3,30}s)\b", rest)
            if noun is None:
                continue
            claim_type, unit = "count", noun.group(1)
        claims.append(Claim(evidence=ctx.evidence(match.start(), match.end()), claim_type=claim_type, claimant=body,
                            source=None, value=float(value), unit=unit, subject=rest))  # fmt: skip
    return claims


# "Foro Penal said 847 ..., and Provea said 73 percent ...": a second speaker takes over the sentence
_NEXT_SPEAKER = re.compile(
    r"(?:(?:,\s*|\s+)(?:and|while|whereas|but|after|when)\s+|;\s+)(?=(?:the\s+|its\s+)?(?:(?:rescue|rights|monitoring|research|local|"
    r"exiled|opposition|advocacy|campaign|aid|legal)\s+(?:group|organi[sz]ation|network|centre|institute)\s+)?"
    r"(?:[\w-]+-based\s+(?:NGO|group|organi[sz]ation)\s+)?[A-Z][^,;\d]{0,80}?\s+(?:said|says|reported|"
    r"told|added|estimated|puts|declared|announced)\b)"
)


def _clause_of(sentence: str, offset: int, names: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The part of `sentence` with its own speaker that holds `offset` (the whole sentence when
    one speaker says all of it); never cut inside one of the `names` ("Ministry of Housing and
    Urban Development")."""
    said = re.compile(r"\b(?:said|says|reported|told|added|estimated|called|urged)\b")
    bounds = [0, *(m.start() for m in _NEXT_SPEAKER.finditer(sentence)
                   if said.search(sentence, 0, m.start()) and not any(a < m.start() < b for a, b in names or [])),
              len(sentence)]  # fmt: skip
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start <= offset < end:
            return start, end
    return 0, len(sentence)


def _rate_subject(sentence: str) -> str:
    low = sentence.lower()
    if re.search(r"gr[eo]w", low):
        return "annual economic growth" if "econom" in low else "growth"
    for word in ("inflation", "unemployment", "poverty", "turnout", "vaccination", "literacy"):
        if word in low:
            return word
    return "rate"


def _quoted_by(ctx: PressContext, offset: int) -> ActorRef | None:
    """The speaker of the quote that holds `offset`, if the figure is inside one."""
    for match in _QUOTE.finditer(ctx.text):
        if match.start() <= offset < match.end():
            return _quote_speaker(ctx, match.start(), match.end())[0]
    return None
