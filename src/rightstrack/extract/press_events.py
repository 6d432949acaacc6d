"""Events in press text: dialogues, Council addresses, meetings, visits, elections, statements.

Each sentence is searched for event words; each event takes the nearest unused date of its
sentence ("a statement on 4 May about talks held two days before" gives two events,
two dates) and the actors of its clause as participants. A later mention of the same kind of
event without a new date ("The talks took place while ...") is the same event, not a new one.
"""

from __future__ import annotations

import itertools
import re
from datetime import timedelta
from functools import lru_cache
from typing import Any

from rightstrack.extract.dates import MONTH, WEEKDAY, DateMention
from rightstrack.extract.items import ActorRef, Claim, Event
from rightstrack.extract.numbers import NUMBER, parse_number
from rightstrack.extract.press_context import (
    PressContext,
    attribution,
    lead_said,
    person_named_first,
    resolve_who,
    retracted,
    sentence_opener,
    speaker_before,
    within_quotes,
)
from rightstrack.extract.press_statements import SALUTATION
from rightstrack.extract.press_states import find_states

_COUNCIL = r"(?:UN\s+|United\s+Nations\s+)?(?:Human\s+Rights\s+)?[Cc]ouncil"
# "had received a U.N. report": a thing received, not a visitor
_NOT_RECEIVED_THING = (
    r"(?!(?:the\s+|a\s+|an\s+)?(?:U\.N\.\s+|UN\s+)?(?:report|letter|communication|complaint|request|reply|"
    r"invitation|recommendations?)\b)"
)
# What follows "Committee against" / "Committee on" in a treaty body's name
_TREATY_BODY_TAIL = (r"(?:Torture|the\s+Rights\s+of|the\s+Elimination\s+of|Economic,|Enforced|Migrant|the\s+Protection\s+of)")
# "held in Geneva the day before": a review dated from the day of the article's report of it
_DAY_BEFORE = r"(?:the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier)\b"
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("interactive_dialogue", re.compile(
        # (not "Tuesday's dialogue on the High Commissioner's oral update": that is the oral update)
        rf"(?i)(?:\b\d{{1,2}}\s+{MONTH}|\b{MONTH}\s+\d{{1,2}}|\b[A-Z][a-z]+day(?:’s|'s))\s+"
        r"(?:(?:UN\s+)?(?:Human\s+Rights\s+)?Council\s+)?(?P<t>(?:interactive\s+)?dialogue)\b"  # ("Tuesday's Human Rights Council dialogue")
        r"(?!\s+on\s+the\s+(?:[\w’'-]+\s+){0,3}oral\s+update)|"
        # "Monday's debate on the UN Special Rapporteur's latest report": the dialogue on it
        r"\b[A-Z][a-z]+day(?:’s|'s)\s+(?:(?:UN\s+)?(?:Human\s+Rights\s+)?Council\s+)?(?P<t2>debate)(?=(?:\s+in\s+Geneva|\s+at\s+the\s+(?:UN\s+)?Human\s+Rights\s+Council)?\s+on\s+(?:the\s+)?(?:UN\s+)?"
        r"(?:Special|Independent|report|situation|country|work)\b)|"  # ("debate at the UN Human Rights Council on the work of")  # "Tuesday's UN Human Rights Council debate on the country"
        r"\b(?:enhanced\s+)?interactive\s+dialogue(?!\s+on\s+the\s+(?:[\w’'-]+\s+){0,3}oral\s+update)|\b(?<!interactive\s)(?<!\bto\s)(?<!continue\s)(?<!continued\s)(?<!continuing\s)dialogue\s+with\s+(?=(?:the\s+)?"
        r"(?:UN\s+)?(?:Special|Independent|[A-Z][a-z]+\s+[A-Z]))|\bthe\s+dialogue(?=\s+(?:on|held|of|last|this|(?:that|which)\s+(?:immediately\s+)?followed|(?:had\s+)?(?:taken|took)\s+place|"
        r"(?:was|had\s+been)\s+held)\b|\s*[,.;])|"
        # a week's roundup: "On Tuesday it was the turn of the Special Rapporteur on ... Belarus", "Wednesday's session was
        # given over to Iran": that day's dialogue
        r"\b(?:it\s+was|came)\s+the\s+(?P<t12>turn)\s+of\s+(?=(?:the\s+)?(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|"
        r"Commission|Fact-Finding|Group\s+of|Working\s+Group|(?-i:[A-Z])[\w-]+\b(?!\s+(?:Council|Assembly))))|"
        r"\b[A-Z][a-z]+day(?:’s|'s)\s+(?P<t13>session)\s+(?:was|is)\s+(?:given\s+over|devoted|dedicated)\s+to\s+(?=(?-i:[A-Z]))|"
        # a State's Universal Periodic Review, its dialogue in the Working Group: "was reviewed by the UN Working Group on the
        # Universal Periodic Review on Wednesday", "this morning held its review of the Lao People's Democratic Republic",
        # "Saudi Arabia's fifth Universal Periodic Review took place on Monday", "The review closed on Monday afternoon"
        r"\b(?:was|were)\s+(?P<t14>reviewed)\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?by\s+the\s+(?:UN\s+)?(?:Working\s+Group|UPR)\b|"
        r"\b(?:held|conducted)\s+its\s+(?P<t15>review)\s+of\s+(?=(?:the\s+)?(?-i:[A-Z]))|\b(?P<t16>reviewed)\s+the\s+national\s+report\s+of\b|"
        r"\b(?:(?-i:[A-Z])[\w-]+[’']s|its|the\s+country[’']s|the)\s+(?:[\w-]+\s+)?(?P<t17>Universal\s+Periodic\s+Review|UPR|review)"
        r"(?=\s+(?:in\s+Geneva\s+)?(?:took\s+place|was\s+held|closed|ended|opened|on\s+(?-i:[A-Z])[a-z]+day\b)|"
        rf",\s+(?:which\s+was\s+)?held\s+(?:in\s+Geneva\s+)?(?:on\s+(?:(?-i:[A-Z])[a-z]+day\b|\d)|{_DAY_BEFORE}))|"  # ("the country's fifth Universal
        # Periodic Review, held in Geneva on Tuesday")
        r"\b(?:took\s+the\s+floor|took\s+part|spoke)\s+(?:in|at|during)\s+(?:its|the\s+country[’']s|(?:the\s+)?(?-i:[A-Z])[\w-]+\s+(?-i:[A-Z])[\w-]+[’']s|the|"
        r"(?:the\s+)?(?-i:[A-Z])[\w-]+(?:[’']s|(?<=s)[’'](?!\w)))\s+(?:[\w-]+\s+)?"
        rf"(?P<t18>review|Universal\s+Periodic\s+Review|UPR)\b(?=\s+(?:in\s+Geneva\s+)?(?:on\s+(?-i:[A-Z])[a-z]+day\b|{_DAY_BEFORE}|"
        rf"on\s+(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d)))|"
        r"\b(?:answered\s+questions\s+from|faced)\s+(?:\d{1,3}|[a-z-]+)\s+(?:States|delegations|speakers|countries)\b[^.;]{0,40}?"
        r"\bat\s+the\s+(?P<t19>Universal\s+Periodic\s+Review|UPR)\b|"
        # a treaty body's review of a State: "a review held in Geneva on 12 and 13 November", "a two-day review in Geneva on
        # 17 and 18 March", "the Committee's consideration of Kenya's third periodic report on 17 and 18 April"
        r"\b(?:a|the|its)\s+(?:two-day\s+|[\w-]+\s+)?(?P<t20>review)\s+(?:held\s+)?(?:in\s+Geneva\s+)?(?=(?:on|from)\s+\d)|"
        r"\b(?P<t22>examined)\s+(?:the\s+country[’']s|(?-i:[A-Z])[\w-]+[’']s|its)\s+(?:[\w-]+\s+){0,3}?(?:periodic\s+)?report\b|"
        r"\b[Tt]he\s+(?P<t23>examination)\s+was\s+held\b|\bdays\s+of\s+(?P<t24>dialogue)\b|"
        # "less than two weeks after examining the country's fifth periodic report in Geneva on 15 and 16 October", "in a
        # dialogue that ran across the Committee's morning and afternoon meetings", "the two-day dialogue in Geneva"
        r"\b(?P<t32>examining|reviewing|considering)\s+(?:the\s+country[’']s|(?-i:[A-Z])[\w-]+[’']s|its)\s+(?:[\w-]+\s+){0,3}?(?:periodic\s+)?report\b|"
        r"\b(?:in|during)\s+a\s+(?:two-day\s+|day-long\s+)?(?P<t33>dialogue)\b(?!\s+(?:with|on)\s+the\s+(?:UN\s+)?(?:Special|Independent))|"
        # "The observations follow Poland's review on 4 June": a treaty body's review of the State, on its day
        r"\b(?:(?-i:[A-Z])[\w-]+[’']s|its)\s+(?P<t35>review)\s+(?=on\s+\d)|"
        # "told the UN Human Rights Committee on Tuesday and Wednesday": the State's turn in the Committee's review
        rf"\btold\s+the\s+(?:UN\s+)?(?P<t34>(?-i:Human\s+Rights\s+Committee|Committee\s+(?:against|on)\s+{_TREATY_BODY_TAIL}))|"
        r"\b(?:Committee[’']s|its|the)\s+(?P<t21>consideration)\s+of\s+(?=(?-i:[A-Z])[\w-]+[’']s\s+(?:[\w-]+\s+){0,4}?(?:periodic\s+)?report)|"
        # "Of the 41 delegations that took the floor on Tuesday in the General Assembly's Third Committee": a mandate's
        # dialogue in New York
        r"\b(?:delegations|States|countries|speakers)\s+(?:that|which|who)\s+(?:spoke|took\s+the\s+floor)\s+(?:on\s+[A-Z][a-z]+day\s+|"
        r"yesterday\s+)?(?:in|at|before)\s+the\s+(?:(?:UN\s+)?General\s+Assembly[’']s\s+)?(?P<t25>Third\s+Committee)\b|"
        # "HRC88 - Item 4 - ID with the Special Rapporteur on ...": a heading's short form
        r"\b(?-i:ID)\s+with\s+(?=(?:the\s+)?(?:UN\s+)?(?-i:[A-Z]))|"
        # "The Belarus dialogue has closed", "The DPRK dialogue is under way": a live blog's dialogue named by its country
        r"\b(?-i:[A-Z][\w-]+)\s+(?P<t11>dialogue)\s+(?:has\s+|had\s+)?(?:closed|ended|concluded|wrapped\s+up|opened|began|resumed|"
        r"is\s+under\s+way|is\s+over)\b|"
        # "more than 30 of the 42 delegations that spoke at the Human Rights Council on Monday": a day's speakers on one State
        r"\b(?:delegations|States|countries)\s+(?:that|which|who)\s+(?P<t3>spoke|took\s+the\s+floor)\s+at\s+the\s+"
        r"(?:UN\s+)?(?:Human\s+Rights\s+)?Council\s+(?=on\s+(?-i:[A-Z])[a-z]+day\b)|"
        # "the Human Rights Council's debate on Iran": a debate on one State is its dialogue
        r"\bCouncil(?:’s|'s)\s+debate\s+on\s+(?:the\s+)?(?-i:[A-Z])|"
        # "as the UN Human Rights Council debated the findings of the Group of Independent Experts", "at the Council, where
        # delegations discussed the latest report of the Group of Human Rights Experts on Nicaragua on Tuesday"
        r"\b(?:Council|delegations)\s+(?:debated|discussed)\s+(?:the\s+)?(?:latest\s+|new\s+)?(?:findings|report|work)\s+of\s+(?:the\s+)?(?-i:[A-Z])|"
        # "on Tuesday rejected the latest report of the UN Special Rapporteur on ..., telling the Human Rights Council":
        # the State's reply in the dialogue on that report
        r"\b(?P<t26>rejected|dismissed|disputed|welcomed|defended\s+itself\s+against)\s+(?:the\s+)?(?:latest\s+|new\s+|annual\s+)?"
        r"report\s+of\s+(?:the\s+)?(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert)\b(?=[^.;]{0,160}?,\s+"
        r"(?:telling|as\s+(?:she|he)\s+(?:told|addressed))\s+the\s+(?:UN\s+)?Human\s+Rights\s+Council\b)|"
        # "answered the Special Rapporteur on ... at the Human Rights Council's 96th session": the State's turn in her dialogue
        r"\b(?P<t27>answered|replied\s+to|responded\s+to)\s+the\s+(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert)\b"
        r"(?=[^.;]{0,120}?\b(?:at|before)\s+the\s+(?:UN\s+)?Human\s+Rights\s+Council)|"
        # "the 44 delegations that took the floor on Tuesday in the Human Rights Council's dialogue on femicide"
        # (not "at the Council's dialogue on Belarus", which is dated only by its own day, read above)
        r"\b(?:in|during)\s+(?:the\s+)?(?:UN\s+)?(?:Human\s+Rights\s+)?Council(?:’s|'s)\s+(?P<t28>dialogue)\b(?!\s+(?:on|with)\s+(?:the\s+)?(?-i:[A-Z]))|"
        # "The country's record had been examined by the Committee on 14 and 15 February": the same, in the passive
        r"\b(?:record|report|periodic\s+report|situation)\s+(?:had\s+been|has\s+been|was|were)\s+(?P<t30>examined|reviewed|considered)\s+"
        r"by\s+the\s+(?:UN\s+)?(?-i:Committee)\b|"
        # "looked back to the review itself, held on the ninth of May": a State's UPR review, on its day
        r"\bthe\s+(?P<t31>review)(?:\s+itself\s*,?|\s*,)\s+(?:which\s+was\s+)?held\s+(?:in\s+Geneva\s+)?on\s+(?=the\s+[\w-]+\s+of\s|\d|(?-i:[A-Z]))|"
        # "The year opened with the country's fifth Universal Periodic Review in Geneva on 22 January": the review that day
        rf"\b(?:[\w’'-]+[’']s|its)\s+(?:(?:first|second|third|fourth|fifth|sixth)\s+)?(?P<t42>(?-i:Universal\s+Periodic\s+Review|UPR))"
        rf"(?:\s+in\s+Geneva)?\s+on\s+(?=\d{{1,2}}\s+{MONTH}\b|{MONTH}\s+\d)|"
        # "The sixth Universal Periodic Review of Egypt was held in Geneva on 22 January"
        rf"\b(?P<t46>(?-i:Universal\s+Periodic\s+Review|UPR))\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’' -]{{2,40}}?\s+(?:was|is|will\s+be)\s+held\b"
        rf"(?=[^.;]{{0,40}}?\bon\s+(?:\d{{1,2}}\s+{MONTH}\b|{MONTH}\s+\d))|"
        # "The Human Rights Committee reviews the Philippines in Geneva": the treaty body's dialogue with the State
        r"\b(?-i:Human\s+Rights\s+Committee)\s+(?P<t29>(?-i:reviews|reviewed|examines|examined))\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
        # "Her report was debated in Geneva yesterday": the dialogue on a mandate's report
        r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:latest\s+|new\s+|annual\s+)?report\s+(?:was|were)\s+(?P<t9>debated|discussed)\b|"
        # "Delegations at the Human Rights Council were sharply divided on Monday over the Special Rapporteur's call": the
        # dialogue they spoke in
        r"\b(?:delegations|States|countries)\s+at\s+the\s+(?:UN\s+)?(?:Human\s+Rights\s+)?Council\s+(?:were|was)\s+(?:\w+\s+)?"
        r"(?P<t10>divided|split)\s+(?=on\s+(?-i:[A-Z])[a-z]+day\b)|"
        # "the Council's dialogue on Belarus on Tuesday" (its own day after it: not the day someone "claimed on Wednesday")
        r"\bCouncil(?:’s|'s)\s+(?:interactive\s+)?dialogue\s+(?:on|with)\s+(?:the\s+)?(?-i:[A-Z])(?=[^.;,]{0,40}?\bon\s+(?-i:[A-Z])[a-z]+day\b)|"
        # "The Committee against Torture this morning began its consideration of the eighth periodic report of
        # Mexico": a treaty body's dialogue with the State
        r"\b(?:began|concluded|completed|continued|opened|wrapped\s+up|closed|ended)\s+its\s+(?:consideration|review|examination)\s+"
        r"of\s+the\s+(?:[\w-]+\s+){0,6}?(?:periodic\s+)?reports?\b|"
        # "... dominated the Committee on the Rights of the Child's review of the fifth periodic report of Brazil"
        r"\b(?-i:Committee)[^.;]{0,100}?[’']s\s+(?:review|examination|consideration)\s+of\s+the\s+(?:[\w-]+\s+){0,6}?"
        r"(?:periodic\s+)?reports?\b|\b(?-i:Committee)[^.;]{0,100}?\b(?:examined|considered|reviewed)\s+the\s+(?:[\w-]+\s+){0,5}?"
        r"(?:periodic\s+)?report\s+of\b|"
        # "the UN Committee on ..., which examined the country's tenth periodic report in Geneva on Tuesday and Wednesday"
        r"\b(?-i:Committee)[^.;]{0,140}?\b(?:examined|considered|reviewed)\s+(?:the\s+country[’']s|its|(?-i:[A-Z])[\w-]+[’']s)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:periodic\s+)?reports?\b|"
        # "Members of the UN Committee against Torture questioned Kazakhstan's delegation on Tuesday", "members of the
        # Committee on the Rights of the Child told a Bangladeshi delegation on Friday": the treaty body's dialogue
        rf"\b(?-i:Committee\s+(?:against|on|for)\s+{_TREATY_BODY_TAIL})[^.;]{{0,60}}?\b(?P<t6>questioned|quizzed|grilled|pressed|"
        r"examined|reviewed|reviews|considered|told)\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?delegation\b|(?:the\s+)?(?-i:[A-Z]))|"
        # "Mexico's delegation spent two sessions before the United Nations Committee against Torture", "Jordan came under
        # pressure at the UN Committee on ...", "told the UN Committee against Torture this week", "presented the seventh
        # periodic report of Uzbekistan to the UN Committee on ...": the State's side of it
        r"\b(?:delegation\b[^.;]{0,60}?\bbefore|came\s+under\s+(?:\w+\s+)?(?:pressure|fire|scrutiny)\s+(?:at|before)|(?P<t7>told)|"
        r"(?:presented|introduced|defended)\s+(?:the|its)\s+(?:[\w-]+\s+){0,5}?(?:periodic\s+)?reports?\b[^.;]{0,40}?\bto)\s+"
        rf"the\s+(?:UN\s+|United\s+Nations\s+)?(?P<t8>Committee\s+(?:against|on)\s+{_TREATY_BODY_TAIL})")),
    ("oral_update", re.compile(
        rf"(?i)\boral\s+update|\baddress(?:ed|ing)?\s+(?:to\s+)?the\s+(?:high-level\s+segment\s+of\s+the\s+)?{_COUNCIL}|"
        rf"\baddress\s+by\b[^\n]{{0,200}}?\bto\s+the\s+{_COUNCIL}|"
        rf"\b(?:informing|informed|inform|briefed|briefing|brief|told)\s+the\s+{_COUNCIL}|"  # ("will brief the Council")
        # "she presented her global update to the Human Rights Council": the High Commissioner's update, spoken
        rf"\bpresent(?:ed|s|ing)?\s+(?:his|her|their|its|the|an?)\s+(?:annual\s+)?(?:global|oral)\s+(?P<t>update)\s+to\s+the\s+{_COUNCIL}")),
    # "presented its 2026 annual report", "Presenting the Commission's annual report to Parliament"
    ("report", re.compile(r"(?i)\bpresent(?:ed|s|ing)?\s+(?:his|her|their|its|the|a)\s+(?:[\w’'-]+\s+){0,3}?report|"
                          # "The Working Group will adopt its report on the Netherlands on Friday": the review's report
                          r"\b(?:(?:will|to|is\s+(?:expected|due|scheduled)\s+to)\s+adopt|(?<=Group\s)adopts|(?<=Review\s)adopts|(?<=UPR\s)adopts)\s+(?:its|the)\s+(?P<t2>report|recommendations)\s+on\s+(?:the\s+)?(?-i:[A-Z])|"
                          # "Two days later, the Working Group adopted its report on Uganda", "the adoption of the report
                          # of the Working Group on the Universal Periodic Review": a State's review, concluded
                          r"\bWorking\s+Group\b[^.;]{0,80}?\b(?P<t3>adopted)\s+(?:its|the)\s+(?:report|outcome)\s+(?:on|of)\s+(?:the\s+)?"
                          r"(?:review\b|(?-i:[A-Z]))|\b(?P<t6>adoption)\s+of\s+the\s+(?:report|outcome)\s+of\s+the\s+(?:UPR\s+)?Working\s+"
                          r"Group\s+on\s+the\s+(?:Universal\s+Periodic\s+Review|UPR)\b|"
                          # "On Tuesday, the Committee ... published concluding observations expressing concern"
                          r"\b(?:published|released|issued|adopted)\s+(?P<t8>concluding\s+observations)\b|"
                          # "is expected to make its concluding observations public on 16 June", "sent the Committee a shadow report"
                          r"\bmake\s+(?:its|their|the)\s+(?P<t9>concluding\s+observations)\s+public\b|"
                          # "The monthly Social Conflicts Report came out": a body's periodic report, out that day
                          r"\b(?-i:Report)\s+(?P<t11>came\s+out)\b|"
                          r"\b(?:sent|submitted|handed)\s+(?:the\s+(?-i:[A-Z])\w+\s+)?(?:a|an|its|their)\s+(?:joint\s+)?(?:shadow|alternative|parallel)\s+"
                          r"(?P<t10>report)\b|"
                          # "A shadow report had been handed to the Commission the previous week by the Alliance"
                          r"\b(?:shadow|alternative|parallel)\s+(?P<t7>report)\s+(?:had\s+been|has\s+been|was)\s+(?:handed|submitted|presented|sent)\b|"
                          # "presented yesterday, the 14th of June, at the Palace, his annual report"
                          r"\bpresent(?:ed|s)\s+[^.;]{0,90}?,\s+(?:his|her|their|its)\s+(?:\w+\s+)?(?P<t>report)|"
                          # "submitted its voluntary mid-term report on ... to the UN on Monday"
                          # ("Kazakhstan submits its combined second and third periodic reports to the Committee")
                          r"\bsubmit(?:ted|s|ting)?\s+(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+|[\w-]+[’']s\s+){0,4}?report|"
                          r"\bsubmit(?:ted|s|ting)?\s+(?:its|their|the)\s+combined\s+(?:[\w-]+\s+){1,4}?reports?\b|"
                          # "on Tuesday laid her annual report in the House", "on Thursday released a report on ...",
                          # "will publish its annual report on 15 February"
                          r"\b(?:laid|tabled|released|published|issued|launched|unveiled|handed|(?:will|to)\s+(?:publish|release|issue|launch|table)|"
                          r"(?<=[A-Z)]\s)(?:releases|publishes|launches|tables))\s+"  # ("29 December: The CHR releases its report")
                          r"(?:on\s+(?-i:X|Facebook|Telegram|Instagram|LinkedIn)\s+)?(?:his|her|their|its|the|a|an|our)\s+"  # ("laid the
                          # Commission's Annual Report before Parliament", "published on Facebook its annual report")
                          r"(?:[\w-]+\s+|[\w-]+[’']s\s+(?:[\w-]+\s+)?){0,3}(?-i:(?:[A-Z][\w-]*|of|on|and)\s+){0,3}"
                          r"(?:(?!(?:the|a|an|to|of|for)\s)[a-z][\w-]*\s+)?(?:report|concluding\s+observations|scorecard|(?<=mid-term\s)assessment|(?<=final\s)assessment|(?<=joint\s)study|"
                          r"update(?=\s+on\s+the\s+(?:protection|human\s+rights|situation)\b))\b|"  # "published its latest update on the protection of civilians"
                          # "published \"Villages Without Witnesses\", a report documenting ...": the title, then what it is
                          r"\b(?:released|published|issued|launched|unveiled)\s+[\"“][^\"”\n]{2,120}[\"”],?\s+(?:a|an|its|their)\s+"
                          r"(?:[\w-]+\s+){0,2}report\b|"
                          # "according to its mid-year update on the protection of civilians released today", "the
                          # annual report of Lanterns Against Execution released on Wednesday"
                          r"\b(?:report|update|(?<!taken\s)(?<!takes\s)(?<!take\s)(?<!taking\s)note|review)\s+(?:of|on|by)\s+[^.;,\n]{1,60}?,?\s+(?:released|published|issued)\s+"
                          r"(?=on\b|last\b|this\b|yesterday\b|today\b|earlier\b)|"
                          # "according to the office's quarterly human rights report": a periodic report, out that day
                          r"\baccording\s+to\s+(?:its|their|the\s+[\w-]+(?:’s|'s))\s+(?:annual|quarterly|monthly|mid-year|half-yearly|"
                          r"periodic)\s+(?:[\w-]+\s+){0,3}report\b|"
                          # "A survey of 1,204 adults released on Tuesday by the Centre ..."
                          r"\b(?:survey|poll|study)\b[^.;]{0,80}?\b(?:released|published|launched|presented)\s+"
                          r"(?=on\b|last\b|this\b|yesterday\b|today\b|earlier\b)|"
                          # "in its annual review, published on Monday"
                          r"\b(?:annual|quarterly|monthly|semi-annual|yearly|year-end|end-of-year)\s+(?:report|review)\b[^.;]{0,30}?\b(?:published|released|"
                          r"issued|presented)\s+(?=on\b|last\b|this\b|yesterday\b|today\b)|"
                          r"\breport\s+(?:(?:that|which)\s+(?:was|were)\s+)?presented\b|"
                          # "according to its annual report released on Wednesday"
                          # ("The commission's annual report for 2031, tabled in Parliament on 2 September")
                          r"\breport\s+(?:(?:for|of|on)\s+[^,.;\n]{1,40},\s+)?(?:(?:that|which)\s+(?:was|were)\s+|(?:it|they)\s+)?(?:released|published|issued|"
                          r"presented|tabled|submitted)\s+(?:(?:in|to|before)\s+(?:the\s+)?(?-i:[A-Z][\w-]+)\s+)?"
                          r"(?=on\b|last\b|this\b|yesterday\b|today\b|earlier\b)|"
                          # "The annual report of the Commission for 2027 was tabled in Parliament on Tuesday"
                          r"\breport\b[^.;]{0,200}?\b(?:was|were|will\s+be|is\s+to\s+be)\s+(?:presented|tabled|laid|submitted)\b|"
                          # "The Government presented its national plan for implementing the supported recommendations to the
                          # House of Representatives on 14 December": a plan laid before the legislature
                          r"\bpresented\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}(?:plan|report|strategy)\b(?=[^.;]{0,120}?\bto\s+"
                          r"(?:the\s+)?(?-i:House|Parliament|National\s+Assembly|Senate|Congress)\b)|"
                          # "Figures released on 20 June by the UN Assistance Mission in Afghanistan": a body's published figures
                          r"\b(?:figures|data|statistics)\s+(?:released|published|issued)\s+(?=(?:on|last|this|yesterday)\b[^.;]{0,40}?\bby\b)|"
                          # "acknowledged in a report to the Senate on 28 August"; "sent its joint submission for Malawi's review"
                          r"\bin\s+a\s+report\s+to\s+(?:the\s+)?(?-i:[A-Z])|"
                          r"\b(?:sent|submitted|filed)\s+(?:its|their|a|the)\s+(?:joint\s+)?(?:submission|shadow\s+report|alternative\s+report|"
                          r"stakeholder\s+report)\b|"
                          # "The Cabinet's Information and Decision Support Center put out its half-year figures on Monday"
                          r"\b(?:put\s+out|released|published|issued)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:figures|statistics)\b(?=[^.;]{0,40}?"
                          r"\b(?:on|last|this|yesterday|today)\b)|"
                          # "a mid-term shadow assessment published yesterday by Nusantara UPR Watch": a body's written assessment
                          r"\b(?:assessment|study|survey)\s+(?:published|released|issued)\s+(?=(?:yesterday|today|on|last|this|earlier)\b)|"
                          # "found in a decision made public on Monday": a regional body's decision on a complaint
                          r"\bdecision\s+(?:made\s+public|published|released|issued)\s+(?=(?:on|last|this|yesterday|today)\b)|"
                          # "In its concluding observations on Ireland, adopted in September last year, the Committee said"
                          r"\bconcluding\s+observations\b[^.;]{0,60}?,\s+(?:adopted|published|issued)\s+(?=(?:in|on|last|this|earlier)\b)|"
                          # "in a mid-term assessment submitted to the committee last month": a body's written assessment
                          r"\b(?:assessment|submission|review)\s+(?:it\s+)?(?:submitted|presented|sent)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:committee|Parliament|Council|House|Assembly|Government|Ministry|Working\s+Group)\b|"
                          # "The annual report that the Uganda Human Rights Commission laid before Parliament on Thursday"
                          r"\breport\s+(?:that|which)\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?\s+(?:laid|tabled|presented|submitted|released|"
                          r"published)\s+(?=(?:before|to|in|on|last|this|yesterday)\b)|"
                          # "the Group's last written report, presented in September last year, found ..."
                          # ("The review, released last week, says": a body's published year review)
                          r"\b(?:report|bulletin|(?<=[Tt]he\s)review)(?:\s+(?:by|of|from|for)\s+[^,.;]{3,140}?)?\s*,\s+(?:(?:presented|published|released|issued|tabled)\s+"
                          r"(?=(?:in|on|last|this|earlier)\b)|submitted\s+(?=(?:in|on|last|this|earlier|by|to)\b))|"  # ("mid-term report,
                          # submitted by the Ministry to ... on 18 December", "a report by the Office ... (OHCHR), published last week";
                          # not "the annual report ..., presented by the High Commissioner": the presenter at the dialogue)
                          # "the latest report of the Commission ..., which the commission presented to"
                          r"\breport\b[^.;]{0,150}?\bwhich\s+(?:the\s+\w+|it|she|he|they)\s+presented\b|"
                          # "The Committee's concluding observations on Kenya will be issued on 31 May"
                          r"\bconcluding\s+observations\b[^.;]{0,80}?\b(?:will|would|are\s+to|is\s+to)\s+be\s+(?:issued|published|"
                          r"made\s+public|released|adopted)\b|"
                          # "The Committee is due to publish its findings on 1 October", "The Committee's recommendations
                          # are due on 6 March", "will adopt its concluding observations ... and publish them on 23 February"
                          r"\b(?:publish|issue|release|adopt)\s+(?:its|their)\s+(?:findings|recommendations|concluding\s+observations)\b|"
                          # "The Committee (CERD) adopted its concluding observations on ... on Friday"
                          r"\b(?:published|issued|released|adopted|adopts|publishes)\s+(?:its|their)\s+concluding\s+observations\b|"
                          # "under concluding observations on Ireland published by the UN Committee on ... on December 12"
                          r"\bconcluding\s+observations\b[^.;]{0,60}?\b(?:published|issued|released|adopted)\s+(?=by\b)|"
                          # "in concluding observations released on Friday", "Concluding observations on Uzbekistan were made
                          # public by the UN Human Rights Committee on Monday"
                          r"\bconcluding\s+observations\s+(?:published|issued|released|adopted)\s+(?=on\b|last\b|this\b|yesterday\b|today\b)|"
                          r"\bconcluding\s+observations\b[^.;]{0,60}?\b(?:were|was)\s+(?:made\s+public|published|released|issued)\b|"
                          r"\bCommittee(?:’s|'s)\s+(?:concluding\s+observations|recommendations|findings)\s+(?:are|is|will\s+be)\s+"
                          r"(?:due|expected)\b|"
                          # "The Working Group's opinion was published last week", "publishes its opinion finding the detention arbitrary"
                          r"\b(?-i:Working\s+Group)(?:’s|'s)\s+(?:[\w-]+\s+)?opinion\s+(?:was|is|will\s+be)\s+(?:published|released|issued|adopted)\b|"
                          r"\b(?-i:Working\s+Group)[^.;]{0,80}?\b(?:publishes|published|issues|issued|adopts|adopted)\s+(?:its|an)\s+opinion\b|"
                          # "with reference to the concluding observations adopted by the Committee ... on 29 August 2030"
                          r"\bconcluding\s+observations\s+(?:it\s+|that\s+it\s+)?adopted\s+(?:by|on|at)\b")),
    ("press_statement", re.compile(
        r"(?i)\bpress\s+(?:statement|release|conference|briefing)|\b(?:a|the)\s+media\s+briefing\b|\bnews\s+conference|\bcommuniqu[eé]\b|"
        r"\b(?:brief(?:ed|s|ing)?|told|tell|speaking\s+to|spoke\s+to|talking\s+to)\s+(?:journalists|reporters|the\s+press|the\s+media)\b|\b(?:weekly|daily|regular)\s+(?:news\s+)?briefing|\bissued\s+a\s+statement|"
        r"\bsaid\s+in\s+a\s+(?:written\s+|short\s+|brief\s+|separate\s+|terse\s+)?statement|\bsaid\s+in\s+a\s+(?:news\s+|media\s+)?release\b|\bsaid\s+in\s+(?:its|their|his|her)\s+(?:preliminary\s+|interim\s+|final\s+|closing\s+|joint\s+)?statement\b|"
        r"\b[Ii]n\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?statement\s+(?:of|on|dated)\s+(?=\d|(?-i:[A-Z]))|\bjoint\s+statement|\b(?:weekly|daily|regular)\s+media\s+briefing|\b[Ii]n\s+a\s+statement\b|\b(?:circulated|distributed|sent\s+out)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:statement|"
        r"communiqu[eé]|press\s+release)\b|\b[Ii]n\s+a\s+(?:written\s+|short\s+|brief\s+)?(?:comment|response|reply|reaction)\s+"
        r"(?:published|released|issued|posted|put\s+out)\b|\bstatement\s+(?:(?:was|were|had\s+been)\s+)?(?:released|issued|published)\b|"
        r"\b(?:released|issued|published)\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?statement|"
        # "At the Department of Foreign Affairs briefing this morning, spokesperson Name ...": a ministry's press briefing
        r"\b(?-i:Affairs|Ministry|Office|Department|Spokesperson)(?:[’']s)?\s+(?:press\s+|news\s+)?briefing\b|"
        # "had released the Government's written comments on the report", "has published a point-by-point rebuttal of the
        # report": a government's public answer to a mandate's report
        r"\b(?:released|issued|published|circulated)\s+(?:a|an|its|their|the|the\s+Government[’']s)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:comments|rebuttal|response|reply|observations)\s+(?:on|to|of)\s+(?:the|her|his|their)\s+(?:[\w-]+\s+){0,2}?report\b|"
        # "welcomes the announcement by the Ministry of Foreign Affairs on Monday that ...": the Ministry's statement
        r"\bannouncement\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
        # "In a post on X on Monday, the Commission said", "The ministry wrote on Facebook on Friday that": a public post
        r"\b(?:in\s+a\s+(?:\w+\s+)?post|posted|wrote)\s+on\s+(?-i:X|Twitter|Facebook|Instagram|Telegram|LinkedIn|WhatsApp)\b|"
        # "On Wednesday, the Secretariat posted that ...", "answered with a written post on Telegram"
        r"(?<=[a-z]\s)posted\s+(?=that\b|a\s+(?:statement|message|video)\b)|\bwith\s+a\s+(?:\w+\s+)?post\s+on\s+(?-i:[A-Z])|"
        r"(?m:^)[^\S\n]*end[\s-]of[\s-](?:mission|visit)\s+statement\b|"  # "END OF MISSION STATEMENT" heading its text
        # "she would present her preliminary findings in Lusaka on Friday": an expert's statement to the press at a visit's end
        r"\b(?:present|presents|presented|presenting|share|shares|shared|deliver|delivers|delivered)\s+(?:(?:his|her|their|its|the)\s+)?"
        r"(?:preliminary|initial|end-of-(?:mission|visit))\s+(?:findings|observations|conclusions|statement)\b"
        r"(?![^.;]{0,80}?\b(?:press|news)\s+conference)|"  # (the press conference itself, when the sentence names it)
        # "the Ministry of Education's announcement of 30 December": a body's public announcement, on its day
        r"(?<=[’']s\s)(?:official\s+|public\s+)?announcement\s+(?:of|on|dated)\s+(?=\d|(?-i:[A-Z]))|"
        # "the Federal Foreign Office confirmed the dates on 30 December", "the FDFA confirmed on Friday"
        r"\bconfirmed\s+(?:the\s+(?:dates?|visit|news)\s+)?(?=on\s+(?-i:[A-Z0-9])|yesterday\b|today\b|last\s+(?-i:[A-Z]))|"
        # "GENEVA (14 March 2023) – UN experts today expressed alarm ...": a UN press release, dated by its dateline
        r"(?m:^)(?-i:[A-Z][A-Z .’'/-]+)\s\(\d{1,2}\s+[A-Za-z]+\s+\d{4}\)\s+[–—-]\s+[^.\n]{0,200}?\btoday\s+"
        r"(?P<t2>said|expressed|urged|called|warned|condemned|welcomed|voiced|deplored)\b|"
        # "GENEVA (5 March 2030) – The detention of ... is arbitrary, UN experts said today."
        r"(?m:^)(?-i:[A-Z][A-Z .’'-]+)\s\(\d{1,2}\s+[A-Za-z]+\s+\d{4}\)\s+[–—-]\s+[^\n]{0,300}?\b(?P<t12>said|warned|stated)\s+today\b")),
    ("meeting", re.compile(
        # "appeared before the committee four days earlier", "took oral evidence from the Minister": a hearing
        r"(?i)\bappear(?:ed|ing|s)?\s+before\s+(?:the|a|its|(?-i:[A-Z])[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,6}?(?:committee|"
        r"subcommittee|panel|commission|inquiry)\b|\btook\s+(?:oral\s+|written\s+)?evidence\s+from\b|\btestified\s+before\b|"
        r"\bgave\s+(?:oral\s+)?evidence\s+to\b|\b(?:take|took|taking|hear|heard|hearing)\s+(?:oral\s+)?evidence\s+(?:on\s+[^.;]{1,60}?\s+)?from\b|\breceived\s+a\s+briefing\s+from\b|\b(?:was|were)\s+briefed\s+by\b|"
        # "Members of the Committee on Sunday questioned the Minister", "The committee had first summoned the minister"
        r"\b(?:questioned|quizzed|grilled|summoned|pressed|heard\s+from)\s+(?:the\s+)?(?=(?:minister|secretary|cabinet|deputy|"
        r"attorney|solicitor|chief\s+justice|director|commissioner|ombuds\w+)\b|(?-i:Lord|Dame)\s)|"
        r"\bmet\b|\bdid\s+meet\b|\bsat\s+down\s+with\b|"
        # "held the twelfth edition of their High-Level Dialogue on Human Rights on 27 May": the two sides' meeting
        r"\b(?:held|hold|holds|holding)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+(?:their|the|its)\s+)?"
        r"(?:[\w-]+\s+)?(?P<t43>(?-i:Dialogue))\s+on\s+(?-i:Human\s+Rights)\b|"
        # "the Ministry held an online working session with the Regional Representative, Mr. Name"
        r"\b(?:working|work|bilateral)\s+(?:session|meeting)\s+with\b|"
        # "as the African Commission on Human and Peoples' Rights examined the country's combined periodic report at its
        # ordinary session in Banjul": a regional body's session with the State (a UN treaty body's is its dialogue)
        r"\b(?P<t39>examined|considered|reviewed)\s+(?:the\s+country[’']s|(?-i:[A-Z])[\w-]+[’']s|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:periodic\s+)?report\b(?=[^.;]{0,80}?\b(?:ordinary|extraordinary|public|private)\s+session\b)|"
        # "at a public hearing in Washington", "a public hearing of the Inter-American Commission ... held online"
        r"\b(?:at|during|in|before)\s+(?:a|an|the|its|Tuesday[’']s|Monday[’']s|Wednesday[’']s|Thursday[’']s|Friday[’']s)\s+"
        r"(?:(?:public|thematic|virtual|online|closed)\s+)?(?P<t40>hearing)\b(?!\s+(?:on|of)\s+(?:the\s+)?(?:case|appeal|trial|charges))|"
        r"\bpublic\s+(?P<t41>hearing)\s+(?:of|before|held\s+by|convened\s+by)\s+the\b|"
        # "Commissioner X briefed the Chief Minister of Koshi Province, Name, in Biratnagar": a meeting with one official
        r"\bbriefed\s+(?:the\s+)?(?!(?:Human\s+Rights\s+|Security\s+)?Council\b|General\s+Assembly\b|Committee\b|"
        r"Parliament\b|Assembly\b|States?\b|Member\s+States\b|Board\b)(?=(?-i:Chief|Minister|Deputy|Governor|President|"
        r"Prime|Secretary|Ambassador|Mayor|Speaker|Attorney|Director|Inspector|Commissioner|Chair)\b)|"
        # "Tanzania's record ... was scrutinised on Tuesday by the African Commission": a regional body's session with
        # the State (a UN Committee's is its dialogue, read elsewhere)
        r"\b(?:was|were)\s+(?P<t9>scrutini[sz]ed)\s+(?:on\s+[A-Z][a-z]+day\s+|yesterday\s+)?by\s+(?:the\s+)?(?!(?:UN\s+)?Committee\b)(?-i:[A-Z])|\bmeeting\b(?!\s+(?:at|in|during)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}session\b)|\bmeets\b|\bheld\s+(?:[\w-]+\s+){0,2}meetings\s+with\b|\b(?:will|would|shall|to)\s+(?:also\s+)?meet\b|\bheld\s+talks|\btalks\s+with|"
        # "took part in a four-day workshop on treaty reporting, held in Lilongwe from 12 to 15 March", "completed a three-day
        # course", "joined a virtual consultation organised by the Regional Office": a training or consultation with officials
        r"\b(?:took\s+part|participated|were\s+trained)\s+(?:yesterday\s+|today\s+|on\s+\w+\s+)?in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?P<t>workshop|training|course|seminar|webinar|consultation)\b|"
        r"\b(?:attended|completed|joined)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<t2>workshop|training(?:\s+course)?|course|seminar|webinar|"
        r"consultation)\b|\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<t3>workshop|training\s+(?:course|session)|seminar|webinar|session)\s+"
        r"(?=(?:[^.;]{0,80}?\s)?(?:was|were)\s+held\b(?!\s+(?:in|at)\s+Geneva\b))(?![^.;]{0,80}?\bsession\s+of\s+the\b)|"
        r"\b(?:was|were)\s+(?P<t6>trained)\s+(?=(?:on|in|by|at|yesterday|today|last|this|from|during)\b)|"  # "were trained on Monday by
        # the Regional Office"
        r"\b(?P<t7>workshop|training|course|seminar|webinar|consultation)\s+(?=took\s+place\b)|"
        # a national human rights institution's public inquiry, sitting on its days: "SUHAKAM opened the inquiry on 13 May",
        # "told the panel on Wednesday", "The panel will sit again on 3 June"
        r"\b(?:opened|opens|began|resumed|closed)\s+(?:the|its|a)\s+(?:public\s+|national\s+)?(?P<t47>inquiry|hearings?)\b|"
        r"\b(?:told|testified\s+(?:before|to))\s+the\s+(?P<t48>panel|inquiry|hearing)\b|"
        r"\b(?:panel|inquiry|hearing|commission)\s+(?:will|is\s+(?:due|expected|scheduled)\s+to)\s+(?P<t49>sit|resume|reconvene)\b|"
        # "The hearings opened on 7 July and are due to close on 25 July", "took the stand on Tuesday", "will hold a one-day
        # sitting in Homa Bay on 28 July"
        r"\b[Tt]he\s+(?:public\s+)?(?P<t50>hearings|inquiry)\s+(?=(?:opened|began|started|will\s+run|ran|runs|run)\b)|"
        r"\btook\s+the\s+(?P<t51>stand)\b|"
        r"\b(?:will\s+hold|held|holds|to\s+hold)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<t52>sitting|hearing)\s+(?=(?:in|on|at)\b)|"
        # "The report went before Parliament's Human Rights Committee": a sitting on it
        r"\bwent\s+before\s+(?:the\s+|(?-i:[A-Z])[\w-]+[’']s\s+)(?:[\w-]+\s+){0,6}?(?P<t54>(?-i:Committee|Commission|Senate|Assembly))\b|"
        # "raised the findings with the Minister of Justice, Name, on Monday": a meeting to put them to him
        r"\b(?P<t14>raised)\s+(?:the|its|her|his|their|these|those|our)\s+(?:[\w-]+\s+)?(?:findings|concerns|cases)\s+"
        r"(?:directly\s+|in\s+person\s+)?with\s+(?=(?:the\s+)?(?-i:[A-Z]))(?![^.;]{0,160}?\b(?:met|meet|meeting|letter|writing|written)\b)|"  # (not "when they met",
        # "in a letter": the meeting or letter is the event)
        # "which attended the UPR pre-session in Geneva in October": the pre-session, where groups brief diplomats
        r"\b(?:attended|took\s+part\s+in|spoke\s+at|addressed)\s+(?:the\s+|a\s+)?(?:UPR\s+)?(?P<t13>pre-?sessions?)\b|"
        # "had consulted civil society organisations in Bangkok on the national report": a consultation held with them
        r"\b(?:had\s+|has\s+)?(?P<t12>consulted)\s+(?=(?:the\s+)?(?:civil\s+society|non-governmental|NGOs|rights\s+groups|"
        r"(?-i:[A-Z])[\w-]+\s+(?:[\w-]+\s+){0,4}?(?-i:Commission|Council|Institution|Ombuds\w*|Defender)\b))|"
        # "held a validation workshop in Lusaka with non-governmental organisations": a meeting with those invited
        r"\b(?:held|hosted|convened|organi[sz]ed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<t11>workshop|consultation|roundtable|round-table)\s+"
        r"(?=(?:[^.;]{0,60}?\s)?with\s)|"
        # "Community consultations on draft guidelines ... were held in South Tarawa from 2 to 6 February", "A parallel
        # consultation was held online on Friday": consultations with the people concerned, on their days
        r"\b(?P<t8>consultations?)\s+(?=(?:on\s+[^.;]{0,100}?\s)?(?:was|were)\s+held\b)|"
        # "The Forum, held from 23 to 25 October, adopted resolutions": a forum or conference on its days
        r"\b(?P<t10>[Ff]orum|[Cc]onference|[Ss]ummit|[Rr]oundtable)\s*,\s+(?:which\s+was\s+)?held\s+(?:in\s+[A-Z][\w-]+\s+)?(?=from\s|on\s|between\s)|"
        r"\bcourtesy\s+call|\bheld\s+(?:a|an)\s+(?:public\s+|thematic\s+)?hearing\s+(?=(?:in|on|with)\b)|\bhanded\s+(?:our|its|their|his|her|the|a)\s+(?:[\w-]+\s+)?(?:findings|report|letter|petition|file|list|"
        r"dossier)\s+(?:over\s+)?to\s+(?=(?:the\s+)?(?-i:[A-Z]))|\b(?:was|were)\s+welcomed\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))|\bcalled\s+on\s+(?=(?:the\s+)?(?-i:[A-Z]))(?![^.;]{0,150}?\bto\s+[a-z]+)|"  # "called on the Commissioner
        r"\b(?:held|hold|holds)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:round\s+of\s+(?:their\s+|the\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,2}?)?(?:human\s+rights|political)\s+dialogue\b|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\bmeet\s+(?=to\s+(?:discuss|review|agree|finali[sz]e|consider)\b)|\bgave\s+(?:a|an|its|their|her|his)\s+(?:own\s+)?briefing\s+(?:for|to)\s+(?!(?:the\s+)?(?:press|media|journalists|reporters)\b)|\bat\s+a\s+(?:closed-door\s+|private\s+|special\s+)?briefing\s+(?=(?:for|with)\s+(?!(?:the\s+)?(?:press|media|journalists|"
        r"reporters))|in\s|on\s)|"  # "present its findings to diplomats at a briefing in Nairobi on 2 October"
        r"\bhad\s+(?:a\s+)?(?:\w+\s+)?(?:call|conversation|talks|exchange)\b|\bvideo\s*conference|(?<!\bin\s)\bconsultations?\s+with\b|\bde-?briefing\s+(?:session\s+)?with\b|\breceived\b(?!\s+(?:the\s+|a\s+|an\s+)?(?:report|letter|communication|reply|invitation)\b)(?=[^.;]{0,130}?\b(?:UN\s+|United\s+Nations\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|High\s+Commissioner|Working\s+Group)\b)|\bbrief(?:ed|s|ing)?\s+(?=(?:the\s+)?(?:visiting\s+|(?-i:[A-Z])[a-z]+\s+(?=diplomats|ambassadors))?(?:UN\s+)?(?:special|independent|high|rapporteur|expert|envoy|ambassadors|diplomats|diplomatic\s+(?:corps|missions)|(?-i:P)ermanent\s+Missions?\b|(?-i:M)ember\s+States\b))|\b(?:video|phone|telephone)\s+call|\b(?:by|via|over)\s+video[\s-]*link\b|\bheld\s+(?:a\s+)?"
        r"(?:\w+\s+)?(?:call|conversation|consultations)\b|\bheld\s+a\s+(?:new\s+|first\s+|second\s+|third\s+|further\s+)?round\s+of\s+"
        r"(?:\w+\s+){0,2}?(?:consultations|talks)\b|\bspo(?:ke|ken)\s+by\s+(?:video(?:\s+link)?|(?:tele)?phone)\b|"
        # "We welcomed the UN Special Rapporteur ... at our headquarters", "a virtual briefing with"
        r"\bwelcom(?:ed|es|ing)\s+(?=(?:the\s+)?(?:visiting\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Special\s+Rapporteur|"
        r"Independent\s+Expert|High\s+Commissioner|Working\s+Group|Deputy\s+High\s+Commissioner)\b)|"
        r"\bbriefing(?=\s+(?:on\s+(?-i:[A-Z])[a-z]+day\s+)?with\b)|"
        # "presented its priorities to diplomats at a pre-session held in Geneva on Thursday", "during an online side event
        # organised by ...", "That side event, held in person at the Palais on Friday": a civil society briefing on a review
        r"\b(?:at|during|in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:pre-session|side[\s-]event|panel\s+discussion|"
        r"panel(?=\s+(?:organi[sz]ed|hosted|convened)\s+by))\b|"  # ("joined ... at a panel organised by the Committee")
        r"\b(?:side[\s-]event|pre-session)\s*,?\s+(?=held\b)|"
        # "a virtual briefing held by the Commission on 21 June for non-governmental organisations"
        r"\b(?:virtual|online|closed-door|private|technical)\s+briefing\s+(?=(?:held|organi[sz]ed|convened|hosted)\b)|"
        # "the Minister called on the High Commissioner for Human Rights, Name, and discussed ...": a courtesy call (not
        # "called on the High Commissioner to intervene", an appeal)
        r"\bcalled\s+on\s+(?=(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:High\s+Commissioner|Deputy\s+High\s+Commissioner|"
        r"Secretary-General|Special\s+Rapporteur|Independent\s+Expert|Chair(?:person|man|woman)?\s+of|President\s+of|Speaker\s+of|"
        r"Chief\s+Justice|Governor\s+of)\b(?![^.;]{0,120}?\bto\s+(?!the\b|a\b|an\b|his\b|her\b)[a-z]+\b))|"  # ("had called on the
        # Chairperson of the National Human Rights Commission, Justice Name": a courtesy call)
        # "briefed the Portfolio Committee on Human Settlements", "presented the report to the Storting's Standing
        # Committee on ...", "convened a working session with the Department of Justice": an NHRI before lawmakers or officials
        r"\b(?:briefed|(?:will|to)\s+brief)\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,6}?(?:Committee|Commission|Council|Caucus|Subcommittee|Cabinet)\b)|"
        r"\b(?:presented|(?:will|to)\s+present)\s+(?:the|its|their|her|his|our)\s+(?:[\w’'-]+\s+){0,4}?(?:report|findings|conclusions|recommendations|analysis|"
        r"outcome|responses)\s+(?:of\s+the\s+(?:[\w-]+\s+){0,2}?review\s+)?to\s+"
        r"(?=(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,6}?(?:Committee|Council|Subcommittee|Commission|Cabinet)\b)|"
        r"\bconvened\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|round-?table|consultation)\s+with\b|"
        # "the Minister ... spoke with the United Nations High Commissioner": a call or a talk
        r"\bspo(?:ke|ken)\s+with\s+(?=(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|"
        r"High\s+Commissioner|Deputy\s+High\s+Commissioner|Working\s+Group|Secretary-General)\b)|"
        # "discussed the visit with the rapporteur by telephone": a talk, by whatever means
        r"\bdiscuss(?:ed|es)?\b(?=[^.;]{0,80}?\bwith\s+(?:the\s+|her\s+|his\s+|(?-i:[A-Z])))|"
        rf"\b(?:was|were|been)\s+received\b(?!\s+(?:in|at)\s+(?:Geneva|New\s+York)\b)|\breceive[ds]?\s+(?:(?:in|at)\s+(?:her|his|their|its|the)\s+\w+(?:\s+in\s+[A-Z]\w+)?\s+)?{_NOT_RECEIVED_THING}"
        r"(?=(?:the\s+|a\s+|an\s+|two\s+|three\s+)?(?:visiting\s+)?(?:UN\s+)?(?:(?-i:[A-Z])|"
        r"delegations?|special|independent|minister|ambassador|envoy|rapporteur|representatives?|members?|experts|head|"
        r"(?:president|chair(?:person|man|woman)?|director|commissioner|ombuds(?:man|woman|person))\b(?![’'])))|\bhosted\b|\bfor\s+talks\b|\btold\s+(?=(?:the\s+)?(?:UN\s+)?special\s+"
        r"rapporteur|(?-i:[A-Z][a-z]+\s+[A-Z]))")),
    ("visit", re.compile(
        rf"(?i)\b(?:is|are|was|were|been)\s+visiting\b|"  # "is visiting Sri Lanka from 13 to 24 September"
        # (not a body's own rounds: "made 29 visits to prisons", "monitoring visits to 47 places of detention")
        rf"\b(?:{NUMBER}[- ]day\s+)?(?:official\s+|country\s+|working\s+)?(?<![0-9]\s)(?<!family\s)(?<!conjugal\s)(?<!prison\s)visit(?:ed|s)?\b"
        r"(?!\s+to\s+(?:more\s+than\s+|some\s+|over\s+|about\s+)?[0-9][0-9,]*\s)"
        # (nor families' visits to prisoners: "why visits had been cancelled")
        r"(?!\s+(?:had|have|has)\s+been\s+(?:cancelled|canceled|suspended|restricted|denied|refused|banned)\b|"
        r"\s+(?:were|was)\s+(?:cancelled|canceled|suspended|restricted|denied|refused|banned)\b)"
        r"(?!\s+(?:UN|special)|\s+(?:\w+\s+){0,3}?(?:polling\s+(?:stations|places)|stations)\b)"
        r"(?<!stations\sit\svisited)(?<!stations\sthey\svisited)(?<!places\sit\svisited)(?<!places\sthey\svisited)|\barrived\s+in\b|\b(?:[\w-]+[- ]day\s+)?trip\s+to\b|\btour(?:ed|ing|s)?\s+(?=the\s+country\b|(?-i:[A-Z]))|"
        r"\b(?:country\s+|working\s+)?tour\s+of\b|\b(?:will\s+)?travel(?:s|led|ed)?\s+to\b|"
        # "wound up a week-long country engagement mission to Finland" (not a Permanent Mission to the UN)
        r"\b(?:country\s+(?:engagement\s+)?|fact-finding\s+|official\s+)?(?-i:mission)\s+to\s+(?!the\s+United\s+Nations\b)(?=(?:the\s+)?(?-i:[A-Z]))|"
        # "a joint assessment she had carried out with the Venice Commission in the Republic of Moldova from 30 September
        # to 4 October": a mission to the country, dated by its days
        r"\b(?:joint\s+|technical\s+|country\s+)?(?:assessment|mission)\s+(?:mission\s+)?(?:that\s+)?(?:she|he|they|it)\s+(?:had\s+)?"
        r"(?:carried\s+out|conducted|undertook|undertaken)\b(?=[^.;]{0,160}?\bfrom\s+\d)|"
        # "the immigration depots its commissioners inspected last month": an institution's inspection visits
        r"\b(?:commissioners|inspectors|monitors|members|staff)\s+(?P<t11>inspected)\s+(?=(?:last|this|in|on|from|between)\s)|"
        # "carried out unannounced monitoring visits to 9 police stations ... on Monday and Tuesday", "inspected Mzuzu Prison on
        # 4 March": a body's dated round of places of detention (kept only where the sentence dates it to a day or month)
        rf"\b(?P<t36>inspected|visited|(?:carried\s+out|conducted|made|paid|undertook)\s+(?:(?![0-9]|{NUMBER}\b)[\w-]+\s+){{0,3}}?visits?\s+to)\s+"
        r"(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+,?\s+){0,6}?(?:prisons?|police\s+(?:stations?|cells|lock-?ups)|cells|jails?|"
        r"(?:pre-trial\s+|immigration\s+|juvenile\s+)?detention\s+(?:centres?|centers?|facilit(?:y|ies)|camps?)|correctional\s+"
        r"(?:centres?|centers?|facilit(?:y|ies)|services?)|holding\s+(?:facilit(?:y|ies)|centres?|cells)|places\s+of\s+detention|"
        r"(?:immigration\s+)?depots?|penitentiar(?:y|ies)|remand\s+(?:centres?|homes?|prisons?)|psychiatric\s+(?:hospitals?|"
        r"institutions?|wards?)|(?:displacement|refugee|IDP)\s+camps?)\b|"
        # "conducted an unannounced inspection of the Quezon City Jail on Monday", "led an inspection of the centre on
        # Tuesday", "his report on an unannounced inspection of the unit, carried out ... from 28 to 30 January": an
        # inspection visit (kept only where the sentence dates it, as above)
        r"\b(?:led|conducted|carried\s+out|made|undertook|paid)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<t44>inspection)\s+"
        r"(?:visit\s+)?(?:of|at|to)\b|"
        r"\b(?:an?\s+)?(?:unannounced\s+|follow-up\s+|monitoring\s+)?(?P<t45>inspection)\s+of\s+[^.;]{3,160}?,\s+carried\s+out\b"
        r"(?=[^.;]{0,80}?\bfrom\s+\d)|"
        # "Monitors of the National Preventive Mechanism ... arrived unannounced at Gldani Penitentiary Establishment No. 8"
        r"\b(?P<t55>arrived)\s+unannounced\s+(?:at|in)\b|"
        # "An unannounced inspection of HMP Carnbrae that began on 29 December and lasted six days"
        r"\b(?:an?\s+)?(?:unannounced\s+|follow-up\s+|monitoring\s+)?(?P<t53>inspection)\s+of\s+[^.;,]{3,80}?\s+(?:that|which)\s+"
        r"(?:began|started|opened|took\s+place|ran)\b|"
        # "A team of the Commission led by Commissioner X monitored relief work in three districts from 3 to 7 May": a body's
        # team out in the field on those days (kept only where the sentence dates it, as above)
        r"\bteam\b[^.;]{0,120}?\b(?P<t38>monitored|assessed|investigated|documented|toured)\b(?=[^.;]{0,160}?\bfrom\s+\d)|"
        # "A quick-response team of the Commission was deployed to Guihulngan City from 4 to 8 November": a body's team
        # sent out, dated (kept only where the sentence dates it, as above)
        r"\b(?:team|delegation|monitors|investigators|officers|staff)\b[^.;]{0,80}?\b(?:was|were|had\s+been)\s+"
        r"(?P<t37>deployed|sent|dispatched)\s+to\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
        # "The Special Rapporteur ... spent last week in the Republic of Korea, from Monday to Friday": a visit that week
        r"\b(?P<t12>spent)\s+(?=(?:last|this|the\s+past|the\s+previous)\s+week\s+in\s+(?:the\s+)?(?-i:[A-Z]))|"
        # "Inspectors spent eleven days at the prison, from 4 to 14 March": an inspection visit
        rf"\bspent\s+(?:{NUMBER}|a|one)\s+(?:days?|weeks?)\s+(?:at|in|inside)\b|"
        # "The Independent Expert ..., Name, was in Port-au-Prince from 15 to 19 December": a mandate's stay in the country
        r"(?<=[a-z]),\s+(?:was|were)\s+in\s+(?=(?-i:[A-Z])[\w’'-]+(?:[\s-](?-i:[A-Z])[\w’'-]+){0,2}\s+from\s+\d)|"
        r"\b(?:is|are|was|were)\s+(?:expected|due)\s+(?:to\s+arrive\s+|back\s+)?in\s+(?=the\s+country|[A-Z])|"
        r"\b(?:will|to)\s+return\s+to\s+(?=the\s+country|[A-Z])|"
        # "We were pleased to host the Special Rapporteur ... from 5 to 16 June", "who was in the country from 2 to 11
        # December": a stay with its days
        r"\bhost(?:ed|ing)?\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|"
        r"Subcommittee|High\s+Commissioner)\b(?=[^.;]{0,160}?\bfrom\s+\d)|"
        r"\b(?:was|were)\s+in\s+(?:the\s+country|(?-i:[A-Z][a-z]+))\s+(?=from\s+\d)|"
        # "The Special Rapporteur, who has been in Panama since 26 June, ...": a visit under way since that day
        r"\b(?:has|have)\s+been\s+in\s+(?:the\s+country|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?=since\s+\d)|"
        # "From 3 to 6 February she was in Colombia, where she met ...": a stay told after its dates
        r"(?<=\d\s)(?:[A-Z][a-z]{2,8}\s+)?(?P<t>(?-i:she|he|they)\s+(?:was|were)\s+in)\s+(?!Geneva\b|New\s+York\b)"
        r"(?=(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s*[,.;])")),
    ("election", re.compile(r"(?i)\b(?:elections?|polls)\b(?!\s+(?:commission|committee|authority|"
                            r"body|board|council|law|monitors?|observers?)\b)|"
                            # "the General Assembly elected 14 States to the Council", "was elected"
                            r"\b(?:was|were|been|be|being)\s+(?:re-?)?elected\b|"
                            # "In Tuesday's secret ballot, Saudi Arabia secured 126 votes": the election that day
                            r"\b[A-Z][a-z]+day(?:’s|'s)\s+(?:secret\s+)?(?P<t9>ballot)\b|"
                            r"\b(?:re-?)?elect(?:ed|s)?\s+(?:[\w-]+\s+){0,2}?(?:States|members|countries|candidates)\b|"
                            # "The General Assembly elects Bangladesh to the Human Rights Council with 160 votes"
                            r"\b(?:re-?)?elect(?:ed|s)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}\s+to\s+(?:the\s+)?"
                            r"(?:Human\s+Rights\s+)?Council\b|"
                            # "The Assembly on Tuesday elected Name, a former judge ..., as Commissioner for Human Rights"
                            r"\b(?:re-?)?elected\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}\b(?=[^.;]{0,120}?\bas\s+(?:the\s+)?(?-i:[A-Z]))")),  # fmt: skip
    # ("before the General Assembly elects 18 new members of the Council on 14 October")
]  # fmt: skip
_VISIT_REFERRED = re.compile(r"(?i)\b(?:discuss(?:ed|es|ing)?|prepar(?:ed|ing|e)|plann(?:ed|ing))\s+"
                             r"(?:the|her|his|their|its|that|this|an?)\s+(?:upcoming\s+|planned\s+|coming\s+)?$|"
                             r"\b(?:report|follow[- ]up|findings|conclusions|recommendations|programme|program|"
                             r"agenda|itinerary|preparations?|terms|details|(?:last|final|closing)\s+day)\s+"
                             r"(?:on|to|of|from|after)\s+(?:the|her|his|their|its|that|this)\s+(?:[\w’'-]+\s+)?$|"
                             # "Council holds dialogue with Special Rapporteur on water and sanitation on his visit to ...":
                             # the visit the dialogue is about
                             r"\b(?:dialogue|debate|discussion)\s+(?:with|on)\b[^.;\n]{0,150}?\bon\s+(?:his|her|their|its)\s+$")
_THEMATIC = re.compile(r"(?i)^(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group)\s+on\s+(?!the\s+situation\b)")
_TITLE_REFERENCE = re.compile(
    r"\b[Tt]he\s+((?:Deputy\s+|Vice\s+|Vice-|Prime\s+)?(?:High\s+(?=Commissioner))?(?:Minister|Ambassador|Permanent\s+Representative|Secretary\s+of\s+State|"
    r"Minister\s+Delegate|Undersecretary|Under-Secretary|Chairperson|Chair|President|Ombudsman|Commissioner))\b(?!\s+of\b)"
)
# An official described in lower case by country and portfolio: "Honduras' human rights minister"
_DESCRIBED_OFFICIAL = re.compile(
    r"\b(?:[A-Z][\w-]+(?:’s|'s|’|')|[Tt]he\s+country(?:’s|'s))\s+((?:[a-z-]+\s+){0,3}?(?:minister|ombudsman|"
    r"public\s+defender|ambassador|envoy|spokes(?:person|man|woman)))\b|"
    r"\b[Tt]he\s+((?-i:[A-Z][a-z]+)\s+(?:Secretary|Minister))\b(?!\s+(?:of|for|on|General)\b)"  # "the Justice Secretary met"
)
_BEEN_IN_SINCE = re.compile(r"\b(?:has|have)\s+been\s+in\s+(?:the\s+country|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+since\s+")
_SINCE = re.compile(r"(?i)\bsince\s+(?:early\s+|late\s+|mid-)?$")  # "received since June": a period, not an event's day
# "The delegation also informed the Council that ...": a turn in the dialogue, not an oral update
_DELEGATION_SUBJECT = re.compile(r"(?i)\b(?:the|its|our)\s+(?:[\w-]+\s+)?delegation\s+(?:also\s+|further\s+|then\s+)?$")
# "the report on his visit to Zambia from 2 to 11 December": the place visited may come between
# ("... to Madagascar, carried out from 6 to 17 December": how it was made may come between too)
_DATE_GAP = re.compile(r"(?i)(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\s*"
                       r"(?:,?\s*(?:(?:which|that)\s+(?:was|he|she|they)\s+|(?:he|she|they)\s+)?(?:carried\s+out|conducted|undertook|undertaken|made|held)\s+)?"
                       # "his report on the visit he made to South Africa from 6 to 17 April"
                       r"(?:to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?"
                       r"(?:(?:in|on|of|from|during|last|this)\s+)?")
# "to prepare his visit to Spain, which will begin on 19 June": a visit to come, with its own day
_BEGINS_ON = re.compile(r"(?i)(?:\s+(?:of|by)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}))?"  # "of the Expert"
                        r"(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?,?\s+(?:which|that)\s+(?:will\s+|is\s+to\s+)?"
                        r"(?:begins?|began|starts?|started|runs?|ran|takes?\s+place|took\s+place|be\s+held|was\s+held|was\s+carried\s+out)\s+"
                        r"(?:on|from|in)\s+(?:the\s+)?")  # ("her visit to Ecuador, which took place from 5 to 16 November")
_DELEGATIONS_BEFORE = re.compile(r"(?i)\b(?:delegations|states|countries|speakers)\s+(?:that|who)\s+$")
_VIRTUAL = re.compile(r"(?i)\bvirtual(?:ly)?\b|\bonline\b|\bvideo\s*(?:conference|link|call|meeting)|"
                      r"\bby\s+video\b|\bremotely\b|\b(?:via|by|on|over)\s+(?-i:Zoom|(?:Microsoft\s+)?Teams|Webex|Skype)\b|"
                      r"\bwebinar\b")  # fmt: skip
_IN_PERSON = re.compile(r"(?i)\bin[- ]person\b|\bface[- ]to[- ]face\b")
_NOT_QUALIFIER = {"the", "a", "an", "in", "its", "for", "of", "holding", "to", "including", "and",
                  "upcoming", "next", "scheduled", "forthcoming", "lead-up"}  # fmt: skip
# Dates told from another date ("four days before", "the same day"): never a second meeting.
_ANCHORED = re.compile(r"(?i)(?:ago|earlier|later|before|after|previously|day|day\s+of)$")
# "released its own count": a group's rival reading of a dialogue, made public
_OWN_COUNT = r"\b(?:released|published|posted|issued|put\s+out)\s+(?:its|their)\s+own\s+(?:count|tally|reading)\b"
_REPORTING_DATE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|added|stated)\s+(?:on\s+(?:national\s+|state\s+|public\s+)?(?:radio|television|TV)\s+)?"
    r"(?:on\s+|in\s+|late\s+|early\s+)?$|"  # ("said on national radio on Thursday")
    rf"{_OWN_COUNT}\s+(?:on\s+)?$"
)
_SAYS_AFTER_DATE = re.compile(r",?\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{2,100}?\s+(?:said|announced|stated|claimed|declared)\s+(?:that\b|in\s+a\b)")
_SAID_AFTER = re.compile(r",?\s+(?:shortly\s+|just\s+|soon\s+)?(?:after|following)\s+(?:\w+\s+){0,2}")
# "at the start of an eight-day visit": the visit begins on the date of the event named before.
# "on Tuesday, the first day of the Rapporteur's ten-day official visit": the visit's first day
_AT_START_OF = re.compile(r"(?i)\b(?:at\s+the\s+(?:start|beginning|outset)|(?:on\s+)?the\s+first\s+day)\s+of\s+"
                          r"(?:(?:a|an|his|her|their|the|its)\s+)?(?:[\w’'-]+(?:’s|'s)\s+)?$")  # fmt: skip
_ORDINAL_DAY = {w: i + 1 for i, w in enumerate(("first second third fourth fifth sixth seventh eighth ninth tenth "
                                                 "eleventh twelfth").split())}  # fmt: skip
_NTH_DAY_OF = re.compile(rf"(?i)\bon\s+the\s+({'|'.join(_ORDINAL_DAY)})\s+day\s+of\s+(?:(?:a|an|his|her|their|the|its)\s+)?$")
# A dateline: the place at the start of a line, the date, maybe the agency, then a dash.
# "met X on 12 February, at the end of the expert's ten-day visit": the visit ends that day.
_AT_END_OF = re.compile(r"(?i)\b(?:at\s+the\s+(?:end|close|conclusion)|(?:on\s+)?the\s+(?:last|final)\s+day)\s+of\s+"
                        r"(?:(?:a|an|his|her|their|the|its)\s+)?(?:[\w’'-]+(?:’s|'s)\s+)?$")  # fmt: skip
_DATELINE = re.compile(rf"[^\S\n]*[A-Z][\w .’'-]{{1,30}},[^\S\n]*(?:{WEEKDAY},?[^\S\n]*)?$")  # "KAMPALA, Friday 26th"
_DATELINE_END = re.compile(r"[^\S\n]*(?:\([^)\n]{1,30}\)[^\S\n]*)?[-–—]")
_DAY_OF_VISIT = re.compile(r"(?i)\bon\s+the\s+(?:first|last|final|second|third)\s+day\s+of\s+(?:his|her|their|its|the)\s+"
                           r"(?:\w+\s+)?visit\s*,?\s*(?:on\s+)?$")  # fmt: skip
# "a visit that will last until 16 February", "ends on 15 January", "ended on Tuesday": the last day.
_UNTIL = re.compile(r"(?i)\b(?:until|till|through|ends?|ended|ending|finish(?:es|ed)?|conclude[sd]?)\s+(?:on\s+)?$")
# "set for 20 October, postponed to 15 December": the date it moved to is the event's date.
_MOVED_TO = re.compile(r"(?i)\b(?:postponed|moved|pushed\s+back|brought\s+forward|rescheduled|delayed)\s+"
                       r"(?:to|until|till)\s+(?:on\s+)?$")  # fmt: skip
_APPOSITIVE = re.compile(r"\s*,\s*(?:on\s+)?")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\b|;")
_LENGTH = re.compile(rf"(?i)\b(?P<n>{NUMBER})[- ]day\b|\b(?:for|of|lasting|last|lasts|lasted|stay|stays|spend|spends)\s+"
                     rf"(?P<m>{NUMBER})\s+days\b|^[^\S\n]*(?:[A-Z][^,\n]{{0,40}}[-–][^\S\n]*)?(?P<m2>{NUMBER})\s+days,\s+beginning\b|"
                     rf"\b(?P<w>a|one|{NUMBER})?[- ]?week(?:-long|\s+long)?\s+(?=visit|trip|mission)")  # fmt: skip
# "wrapped up a week-long visit on 31 December": the date is the visit's last day.
# "a visit that began on 3 May", "after arriving in Funafuti on 29 December": the visit's first day
_BEGAN = re.compile(r"(?i)\b(?:began|begun|started|opened|commenced|starting|beginning|"
                    r"arriv(?:ed|ing)\s+(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:on\s+)?$")
_UNDER_WAY = re.compile(r"(?i)\b(?:is|are)\s+(?:live\b|(?:now\s+)?(?:holding|hosting|following|covering)\b)")
_ENDED_ON = re.compile(r"(?i)\b(?:wrapped\s+up|concluded|ended|completed|finished|wound\s+up)\s+(?:on\s+)?$")
_ENDED = re.compile(r"(?i)\b(?:wrapped\s+up|concluded|ended|completed|finished|wound\s+up|end\s+of|ends|concludes|wraps\s+up|"
                    r"(?:will|is\s+to|is\s+due\s+to)\s+(?:end|conclude|wrap\s+up|complete))\s+"
                    r"(?:[\w’'-]+\s+){0,3}$")  # fmt: skip
_EVE = re.compile(r"(?i)\bon\s+the\s+eve\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$")
# "the dialogue that followed", "the ensuing dialogue": held right after the event named before it.
_FOLLOWED = re.compile(r"(?i)\s+(?:that|which)\s+(?:immediately\s+)?followed\b")
_ENSUING = re.compile(r"(?i)\b(?:ensuing|subsequent)\s+(?:\w+\s+)?$")
# "the ministry", "A delegation of the Collective met ...": the body of that kind named before takes part
_ANAPHORA = re.compile(r"\b[Tt]he\s+(ministry|mission|government|(?i:working\s+group|committee|commission|collective|coalition|network|"
                       r"association|forum|union|alliance|movement|federation|observatory|foundation|archive|institute|centre|center|"
                       r"clinic|platform|initiative))\b")


_DIALOGUE_ON_UPDATE = re.compile(r"(?i)\bdialogue\s+on\s+the\s+(?:[\w’'-]+\s+){0,3}oral\s+update")


# The named groups a trigger pattern uses for the word that names its event (the rest of the match is context)
_WORD_GROUPS = ("t", "t2", "t3", *(f"t{i}" for i in range(6, 56)))


def _triggers(ctx: PressContext, start: int, end: int) -> list[tuple[str, int, int]]:
    sentence = ctx.text[start:end]
    found: list[tuple[str, int, int]] = []
    for event_type, pattern in _TRIGGERS:
        for match in pattern.finditer(sentence):
            # "the 19 September dialogue", "GENEVA (date) – UN experts today expressed": the word that names it
            word = next((g for g in _WORD_GROUPS if g in pattern.groupindex and match.group(g)), 0)
            span = (start + match.start(word), start + match.end(word))
            if event_type == "oral_update" and (_DELEGATIONS_BEFORE.search(sentence[: match.start()])
                                                or _DELEGATION_SUBJECT.search(sentence[: match.start()])):
                continue  # "the 47 delegations that addressed the Council": not a Council address
            if word == "t35" and re.search(r"\bUniversal\s+Periodic\s+Review\b|\bUPR\b", ctx.text):
                continue  # "during Mexico's review on 23 January" in a text on the UPR: that review, read elsewhere
            if word == "t31" and not re.search(r"\bUniversal\s+Periodic\s+Review\b|\bUPR\b", ctx.text):
                continue  # "the review, held on 9 May" is a State's UPR only where the text names the UPR
            if word in ("t20", "t21", "t22", "t23", "t32", "t33", "t34", "t35") and not _ANY_TREATY_BODY.search(ctx.text):
                continue  # a review is a treaty body's only where the text names one (else a State's UPR, read elsewhere)
            if word in ("t17", "t18") and re.search(r"(?i)\b(?:report|outcome|recommendations)\s+(?:on|of)\s+$|\bafter\s+$|"
                                                     r"\b(?:evening|morning|day|eve|end|close)\s+of\s+$",
                                                     sentence[: match.start()]):  # fmt: skip
                continue  # "adopted its report on Cuba's review on Wednesday": the adoption's day, not the review's
            if event_type == "election" and re.search(r"(?i)\b(?:workshop|training|course|seminar|webinar|consultation)s?\s+on\s+"
                                                      r"[^.;,]{0,80}$", sentence[: match.start()]):  # fmt: skip
                continue  # "a three-day workshop on reporting elections without incitement": its subject, not an election
            if event_type == "visit" and re.search(r"(?i)\bend[\s-]of[\s-]$", sentence[: match.start()]) and re.match(
                    r"(?i)(?:visit|mission)\s+(?:press\s+conference|statement|briefing|remarks)", sentence[match.start() :]):
                continue  # "At its end-of-visit press conference, the Working Group says ...": the conference, not a visit
            if event_type == "meeting" and re.match(r"(?i)at\s+a\s+briefing\b", match.group(0)) and re.search(
                    r"(?i)\bspokes(?:person|man|woman)|\bofficial\s+representative|\bjournalists\b|\breporters\b", sentence):
                found.append(("press_statement", start + match.start(), start + match.end()))  # "..., Foreign Ministry official
                continue  # representative Name said at a briefing on Wednesday": a briefing for the press
            if event_type == "visit" and re.search(r"(?i)\breport\s+(?:on|of|from)\s+(?:the|her|his|their|this|its)\s+(?:[\w-]+\s+)?$",
                                                   sentence[: match.start()]) \
                    and re.search(r"(?i)\b(?:will|to|is\s+(?:due|expected|scheduled)\s+to)\s+(?:present|report)\b", sentence):
                continue  # "She will present her report on the visit to the Human Rights Council in June 2030": the report's day
            if word == "t48" and re.search(r"(?i)\bwritten\s+(?:submission|statement|evidence)|\bin\s+writing\b", sentence):
                continue  # "In a written submission, the Network told the panel ...": no sitting attended
            if word == "t3" and _ORAL_UPDATE_NAMED.search(sentence):
                continue  # "the 49 delegations that took the floor at the Council on Wednesday, after ... an oral update"
            if event_type == "oral_update" and re.match(r"(?i)told\b", match.group(0)) and re.search(
                    r"(?i)\b(?:review|dialogue|UPR)\b", sentence):  # "told the Council that 82 of the 104 delegations
                continue  # which spoke at the review ...": words at that meeting, not an update of its own
            if event_type == "oral_update" and re.match(r"(?i)told\b", match.group(0)) and (
                    _MANDATE_REPORT.search(sentence) or (_HOLDER_TELLS.search(sentence) and _OWN_REPORT.search(ctx.text))) \
                    and not re.search(r"(?i)\boral\s+update|\bupdate\s+(?:of|by|from)\b|\bHigh\s+Commissioner\b", ctx.text) \
                    and not re.search(r"(?i)\bdialogue\b", ctx.text[:start]):  # (a dialogue named before: a turn in it)
                event_type = "interactive_dialogue"  # "X told the Council on Wednesday that the latest report of the Special
                # Rapporteur on ... was a fabrication", "the Special Rapporteur on ... told the Council ... as he presented
                # his annual thematic report": a mandate's report, spoken of in its dialogue
            if event_type == "visit" and _VISIT_REFERRED.search(sentence[: match.start()]) and not any(
                _DATE_GAP.fullmatch(ctx.text, span[1], d.start) or _BEGINS_ON.fullmatch(ctx.text, span[1], d.start)
                for d in ctx.dates if d.start >= span[1]
            ):  # "her report on the visit": that visit, not a new one ("the follow-up to her visit in
                continue  # December" still dates it)
            if word in ("t39", "t40", "t41") and (_ANY_TREATY_BODY.search(sentence) or not _REGIONAL_BODY.search(ctx.text)):
                continue  # a regional body's session or hearing only; a UN Committee's review is its dialogue (read elsewhere)
            if word in ("t36", "t37", "t38", "t44", "t45") and not any(start <= d.start < end and d.precision in ("day", "week", "month")
                                         for d in ctx.dates) and _entry_date(ctx, start) is None:  # fmt: skip  # (or a digest's
                continue  # "visited 212 prisons in 2029": a year's rounds, counted, not one dated visit (entry heading dates it)
            if event_type == "visit" and re.search(rf"(?i)\b{NUMBER}\s+(?:(?!during\b|on\b|in\b|after\b|before\b)[a-z-]+\s+){{0,2}}$",
                                                   sentence[: match.start()]) \
                    and match.group(0).lower().endswith("visits"):
                continue  # "46 unannounced visits to places of detention": visits counted, not a visit
            if event_type == "report" and re.match(r"(?i)present\w*\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?report\s+(?:in|at|during)\s+"
                                                   r"(?:an|the)\s+interactive\s+dialogue\b", sentence[match.start() :]):
                continue  # "when the Independent Expert presented her report in an interactive dialogue": that dialogue
            if event_type == "report" and re.match(r"\s*(?:Presenting|Introducing)\s+the\s+(?:[\w-]+\s+){0,3}?report\s*,",
                                                   sentence) and _TREATY_BODY.search(ctx.text):
                continue  # "Introducing the report, Name, head of the delegation, said": the State's turn in the dialogue
            if event_type == "interactive_dialogue" and re.fullmatch(r"(?i)the\s+dialogue", match.group(0)) and _FOLLOWED.match(
                    sentence, match.end()) and re.search(r"(?i)\boral\s+update\b", ctx.text[:start]):
                event_type = "oral_update"  # "Presenting his oral update, ... About 35 delegations took part in the dialogue
                # that followed": the update's own dialogue
            if event_type == "interactive_dialogue" and re.fullmatch(r"(?i)the\s+dialogue", match.group(0)) \
                    and _DIALOGUE_ON_UPDATE.search(ctx.text):  # "held an interactive dialogue on the oral update ...
                event_type = "oral_update"  # at the end of the dialogue": that oral update's dialogue
            if any(s < span[1] and span[0] < e for _, s, e in found):
                continue
            found.append((event_type, *span))
    for event_type, t_start, t_end in list(found):  # "she had visited Tunisia from 2 to 11 December and Peru in April":
        if event_type != "visit" or not re.fullmatch(r"(?i)visited|inspected", ctx.text[t_start:t_end]):  # two visits,
            continue  # each with its own dates ("inspected Mzuzu Prison on 4 March and Mzimba Prison on 5 March")
        for second in _SECOND_DESTINATION.finditer(ctx.text, t_end, end):
            if (find_states(second.group("place")) or _DETENTION_PLACE.search(second.group("place"))) and any(0 < d.start - second.end("place") <= 14 for d in ctx.dates) and any(
                    t_end < d.start < second.start() for d in ctx.dates):  # fmt: skip
                found.append(("visit", second.start("place"), second.end("place")))
    return sorted(found, key=lambda t: t[1])


# A mandate holder's report named in a sentence: "the latest report of the Special Rapporteur", "the Independent Expert's report"
_MANDATE_REPORT = re.compile(r"(?i)\breport\s+(?:of|by)\s+the\s+(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert)\b|"
                             r"\b(?:Special\s+Rapporteur|Independent\s+Expert|rapporteur)[’']s\s+(?:latest\s+|new\s+|annual\s+)?report\b")
# A mandate holder in the sentence that says someone "told the Council"
_HOLDER_TELLS = re.compile(r"\b(?:Special\s+Rapporteur|Independent\s+Expert)\b")
# The holder's own report, presented: "as he presented his annual thematic report", "His thematic report found"
_OWN_REPORT = re.compile(r"\b(?:[Pp]resent\w*\s+(?:his|her|their|the)|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:annual|thematic|latest|new|"
                         r"final|first)\s+){0,2}report\b")
# A named place of detention: "Mzimba Prison", "Kamfinsa Correctional Facility"
_DETENTION_PLACE = re.compile(r"\b(?:Prison|Jail|Gaol|Penitentiary|Detention\s+Cent(?:re|er)|Correctional\s+(?:Cent(?:re|er)|Facility)|"
                              r"Remand\s+(?:Cent(?:re|er)|Prison|Home)|Police\s+Station)$")
# The second country of "visited A <dates> and B <dates>"
_SECOND_DESTINATION = re.compile(r",?\s+and\s+(?:then\s+)?(?:to\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s(?=(?:in|from|on|between|at\s+the\s+(?:end|start|beginning))\s)")


def _assign_dates(
    triggers: list[tuple[str, int, int]], dates: list[DateMention], text: str
) -> dict[int, list[DateMention]]:
    """Trigger index -> its dates, nearest first. A date belongs to the event named just before it
    ("talks two days before"), unless it sits right in front of the next one ("an October 6
    press release")."""
    owned: dict[int, list[tuple[int, DateMention]]] = {}
    for mention in dates:
        named = [i for i, t in enumerate(triggers) if t[2] <= mention.start
                 and _APPOSITIVE.fullmatch(text, t[2], mention.start)]  # fmt: skip
        offset_before = named and any(_OFFSET_WORDS.match(d.text) and 0 <= triggers[named[-1]][1] - d.end <= 5
                                      for d in dates)  # fmt: skip
        if offset_before and named[-1] + 1 < len(triggers):  # "Four days before the dialogue, on 6
            owned.setdefault(named[-1] + 1, []).append((0, mention))  # January, the envoy met": the
            continue  # date of the meeting, the dialogue is counted from it
        before = [i for i, t in enumerate(triggers) if t[2] <= mention.start]
        after = [i for i, t in enumerate(triggers) if t[1] >= mention.end]
        if _REPORTING_DATE.search(text[max(0, mention.start - 30) : mention.start]):
            following = _SAID_AFTER.match(text, mention.end)
            told = [i for i in before if triggers[i][0] == "press_statement" and mention.start - triggers[i][2] <= 4]
            if told and not following:  # "told reporters on Thursday": the day of the press statement itself
                owned.setdefault(told[-1], []).append((0, mention))
                continue
            own_date = any(0 <= d.start - triggers[after[0]][2] < 40 for d in dates) if after else False
            if after and not own_date and re.match(r"(?:during|at)\s", text[triggers[after[0]][1] : triggers[after[0]][1] + 7]) \
                    and not re.search(r"[.;\n]", text[mention.end : triggers[after[0]][1]]):  # fmt: skip
                owned.setdefault(after[0], []).append((0, mention))  # "told diplomats on Monday that ..., during an
                continue  # online side event": the day of the event they spoke at
            if after and following and triggers[after[0]][1] <= following.end() and not own_date:
                owned.setdefault(after[0], []).append((0, mention))  # "told reporters on
            continue  # Wednesday after meeting X": that day; else when it was said, not done
        new_clause = bool(before) and bool(
            _CLAUSE_BREAK.search(text[triggers[before[-1]][2] : mention.start])
        )
        if after and re.search(r"(?i)(?:after|before)$", mention.text) and (
            triggers[after[0]][1] - mention.end <= 5
        ):  # "ten days after the dialogue, ... met": the date of the other event
            after = after[1:]
            before = []
        if len(before) >= 2 and _DAY_OF_VISIT.search(text[triggers[before[-2]][2] : mention.start]):
            owned.setdefault(before[-2], []).append((0, mention))  # "met X on the last day of his
            continue  # visit, 20 December": the day of the meeting
        if after and mention.text.lower().endswith(" of") and triggers[after[0]][1] - mention.end <= 12:
            before = []  # "on the first day of his ten-day visit"
        purpose = bool(after) and bool(before) and not new_clause and text.startswith("for ", triggers[after[0]][1])
        if purpose:  # "arrived in Tbilisi on Saturday for talks with ...": the arrival's date
            after = []
        touching = after and triggers[after[0]][1] - mention.end <= 3 and "," not in text[mention.end : triggers[after[0]][1]]
        touching = touching or bool(after) and bool(_POSSESSIVE_DAY.fullmatch(text, mention.end, triggers[after[0]][1]))
        setting = bool(after) and re.match(r"(?:during|at)\s", text[triggers[after[0]][1] : triggers[after[0]][1] + 7]) is not None
        if after and not before and not touching and not setting and _OTHER_VERB.match(text, mention.end, triggers[after[0]][1]):
            continue  # "the government on Friday rejected the report ... presented on Wednesday": Friday's (but "told
            # diplomats on Monday that ..., during an online side event": the day of the event they spoke at)
        if after and (touching or not before or new_clause):  # not ", told the Council": a clause of its own
            owner, gap = after[0], triggers[after[0]][1] - mention.end
        elif before and not new_clause:
            owner, gap = before[-1], mention.start - triggers[before[-1]][2]
        else:
            continue
        owned.setdefault(owner, []).append((gap, mention))
    return {i: [m for _, m in sorted(pairs, key=lambda pair: pair[0])] for i, pairs in owned.items()}


# "Saturday's parliamentary by-elections": the day is the event's that its name follows
_POSSESSIVE_DAY = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}?(?:by-|re-)?")
_OFFSET_WORDS = re.compile(rf"(?i)^(?P<n>{NUMBER}|a|an|one)\s+(?P<unit>day|week)s?\s+(?P<dir>after|before)$")


def _offset_days(offset: re.Match[str]) -> int:
    """The days an `_OFFSET_WORDS` match counts: "four days" 4, "a week" 7."""
    count = 1 if offset.group("n").lower() in ("a", "an") else int(parse_number(offset.group("n")) or 1)
    return count * (7 if offset.group("unit").lower() == "week" else 1)


def _count_back(
    triggers: list[tuple[str, int, int]],
    dates: list[DateMention],
    chosen: dict[int, list[DateMention]],
    prior: DateMention | None = None,
    text: str = "",
) -> None:
    """ "said on Sunday, a day after the Group presented its report": the report is a day before
    Sunday. Gives the event named right after "N days after" the date counted back from the date
    named before it in the sentence."""
    for mention in dates:
        offset = _OFFSET_WORDS.match(mention.text)
        following = [i for i, t in enumerate(triggers) if 0 <= t[1] - mention.end <= 60
                     and "," not in text[mention.end : t[1]]]  # fmt: skip  # its own clause only
        earlier = [d for d in dates if d.end <= mention.start and d.resolved and d.precision == "day"]
        aside = [d for d in dates if following and d.resolved and d.precision == "day"
                 and _APPOSITIVE.fullmatch(text, triggers[following[0]][2], d.start)]  # fmt: skip
        from_before = not earlier and not aside
        earlier = earlier or aside or ([prior] if prior else [])  # "two days after ...", "..., on 6 January,"
        if not offset or not following or not earlier:
            continue
        rest = [i for i in range(following[0] + 1, len(triggers)) if triggers[i][0] != triggers[following[0]][0]]
        if from_before and triggers[following[0]][0] in _ONE_PER_ARTICLE and rest and earlier[-1].date is not None:
            # "On 9 March the dialogue was held. ... Four days before the dialogue, X held a meeting":
            # the dialogue is the one already dated; the meeting is counted from it
            days = _offset_days(offset)
            sign = 1 if offset.group("dir").lower() == "after" else -1
            base = earlier[-1]
            assert base.date is not None
            chosen[rest[0]] = [DateMention(mention.start, mention.end, f"{mention.text} {base.text}",
                                           base.date + timedelta(days=sign * days), None, True, "day", True)]  # fmt: skip
            continue
        if from_before and triggers[following[0]][0] in _ONE_PER_ARTICLE and re.fullmatch(
                r"(?i)(?:the\s+)?(?:interactive\s+)?(?:dialogue|review|debate)", text[triggers[following[0]][1] : triggers[following[0]][2]]):
            continue  # "had received the report only nine days before the dialogue": counted from the dialogue, not to it
            # (but "spoke a day after presenting the annual report": that report a day before)
        if any(m.start > mention.start and m not in aside for m in chosen.get(following[0], [])):
            continue  # the event has a date of its own after it
        days = _offset_days(offset)
        sign = -1 if offset.group("dir").lower() == "after" else 1
        base = earlier[-1]
        if base.date is None:
            continue
        chosen[following[0]] = [DateMention(
            mention.start, mention.end, f"{mention.text} {base.text}",
            base.date + timedelta(days=sign * days), None, True, "day", True)]  # fmt: skip


_CREW_OF_BODY = re.compile(r"\s*(?:[^.\n]{3,30}\.\s+)?(?:[Ss]taff|[Mm]onitors|[Ii]nspectors|[Oo]fficials|[Aa]\s+team)\s+(?:of|from)\s+the\s+"
                           r"((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*?)(?:[’']s)?\b")
_ITS_VISIT_REPORT = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}report\s+(?:from|on|of|following|after)\s+(?:a|an|its|their|the)\s+"
                               r"(?:[\w-]+\s+){0,3}visits?\b")


def _participants(ctx: PressContext, start: int, end: int, event_type: str) -> list[ActorRef]:
    people: list[ActorRef] = []
    if event_type == "election":
        clause = ctx.text[start:end]
        chosen = re.search(r"\b(?:was|were|been|be|being)\s+(?:re-?)?elected\b|\belected\s+to\b|\belection\s+(?:\w+\s+)?of\b",
                           clause)  # a seat won ("the election yesterday of Professor Name to the Committee"): who
        to_body = re.search(r"(?i)\belected\s+(?:on\s+\w+\s+)?to\s+(?:the\s+)?(?:UN\s+)?(?:Human\s+Rights\s+Council|Committee|Council)\b",
                            clause)  # won it ("Jordanian jurist Name was elected to the Committee ...", "Cabo Verde was
        # elected to the Human Rights Council"), with the parties of a vote
        return [f.actor for f in ctx.actors.within(start, end) if f.actor.kind == "political_party"
                or (chosen and f.actor.kind == "official") or (to_body and f.actor.kind in (None, "state"))
                or (f.actor.kind == "un_mechanism" and f.actor.name.endswith("General Assembly")
                    and re.match(r"\s+(?:re-?)?elected\b", ctx.text[f.end : end]))]  # ("The UN General Assembly elected
        # Bolivia to the Human Rights Council": the Assembly that held the vote)
    # "tabled in Parliament"; "the Commissioner for Human Rights in the Republic of Kazakhstan, Name, released ...": the
    # institution a named holder heads takes part with her
    venues = [m for m in ctx.actors.mentions if m.role in ("venue", "office") and start <= m.start < end]
    for found in sorted([*ctx.actors.within(start, end), *venues], key=lambda m: m.start):
        if found.actor.kind == "state" and event_type not in ("visit",):
            continue
        if found.actor.kind == "media" or (
            event_type == "meeting" and found.actor.kind == "un_mechanism"
            and found.actor.name.endswith("Council")
        ):  # "met X on the day he addressed the Council": the Council was not at the meeting
            continue
        people.append(found.actor)
    for match in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\b", ctx.text[start:end]):  # "Ms. Oduya-Henriksen held",
        # "Ms. Sidibé-Okafor met"
        person = ctx.actors.person(match.group(0))
        if person is not None:
            people.append(person)
    for match in _TITLE_REFERENCE.finditer(ctx.text, start, end):  # "the Deputy Minister met ...": the one named before
        person = ctx.actors.person(f"the {match.group(1)}")
        if person is not None and person.kind == "official":
            people.append(person)
    for match in _DESCRIBED_OFFICIAL.finditer(ctx.text, start, end):  # "Honduras' human rights minister held
        person = ctx.actors.described(match.group(1) or match.group(2))  # a meeting": the Minister of Human Rights named later
        if person is not None:
            people.append(person)
    if event_type == "meeting":  # "The committee had first summoned the minister", "appeared before the same committee":
        for match in re.finditer(r"\b(?:the|this)\s+(?:same\s+)?(minister|committee)\b", ctx.text[start:end]):  # the one
            if match.group(1) == "minister":  # named before
                person = ctx.actors.person("the minister")
                if person is not None and person.kind == "official":
                    people.append(person)
                continue
            body = ctx.actors.last_body(start, "committee")
            if body is not None and body.kind in ("government_body", "un_mechanism"):
                people.append(body)
    for match in re.finditer(r"\bthe\s+(?:members|experts)\s+of\s+the\s+(Committee|Commission|Mission|Working\s+Group)\b",
                             ctx.text[start:end]):  # "who met the members of the Committee": the committee named before
        body = ctx.actors.last_body(start, match.group(1).lower())
        if body is not None and body.kind == "un_mechanism":
            people.append(body)
    if re.search(r"(?i)\bthe\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?special\s+rapporteur\b", ctx.text[start:end]):
        holder = ctx.actors.person("the special rapporteur")
        people.append(holder or ctx.actors.mandate() or ActorRef("Special Rapporteur", "un_mechanism"))
    elif re.search(r"(?i)\bthe\s+(?:UN\s+)?(?:rapporteur|independent\s+expert|expert)\b", ctx.text[start:end]):
        holders = [p for p in ctx.actors.persons if re.search(r"(?i)rapporteur|independent\s+expert", p.title or "")]
        if len({h.name for h in holders}) == 1:  # "the rapporteur met ...": the one mandate holder named
            people.append(holders[0])
    if re.search(r"\b[Tt]he\s+(?:UN\s+)?High\s+Commissioner\b(?!\s+for\b|[’']s)", ctx.text[start:end]):
        holder = ctx.actors.person("the high commissioner") or next(  # "met the High Commissioner on Tuesday": the
            (m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < start  # one named before
             and m.actor.kind == "un_mechanism" and re.match(r"(?:UN\s+|United\s+Nations\s+)?High\s+Commissioner\b",
                                                             m.actor.name)), None)  # fmt: skip
        if holder is not None:
            people.append(holder)
    if event_type == "meeting":
        s_start, s_end = ctx.sentence_at(start)
        subject = _sentence_subject(ctx, s_start, start)
        pronoun = re.search(r"\b([Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?(?:had\s+|has\s+|will\s+(?:also\s+)?|"
                            r"(?:is|was)\s+(?:due|expected|scheduled)\s+to\s+(?:also\s+)?)?(?:met|meet|held\s+talks|held\s+(?:a|an)\s+(?:[\w-]+\s+)?meeting|received|spoke|"
                            r"was\s+received)\b", ctx.text[s_start:s_end])  # fmt: skip  # ("She will meet the Minister ...")
        first_named = next((f.start for f in ctx.actors.within(s_start, start) if f.actor.kind == "official"), None)
        if pronoun and (subject is None or pronoun.group(0).endswith("was received") or (
                first_named is not None and s_start + pronoun.end() <= first_named)):  # "She recalled that she had met
            # the Minister, Name, on 6 November, the Ombudsman's Office on 8 November ...": she, at each
            # "On Tuesday he met the Minister", "On Saturday he was received by X": who "he" is
            visitor = speaker_before(ctx, s_start, pronoun.group(1).lower())
            if (" had " in pronoun.group(0) or " has " in pronoun.group(0) or (
                    subject is not None and not pronoun.group(0).endswith("was received"))) and visitor is not None and not re.search(
                    r"(?i)rapporteur|independent\s+expert|commissioner|working\s+group", visitor.title or ""):
                visitor = None  # (the named one stays, unless "she" is the mandate holder the text is about)
            subject = visitor or subject
        verb = re.search(r"\b(?:met|meets?|meeting|presented|briefed|convened|held|hosted|received)\b", ctx.text[s_start:end])
        if subject is None and _VISITING_CREW.search(ctx.text, s_start, min(s_end, start + 60)):  # "The experts were received by ...", "On
            subject = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)  # Tuesday they met ...":
                            if m.start < s_start and m.actor.kind == "un_mechanism"  # the visiting group named before
                            and _GROUP_MANDATE.search(m.actor.name)), None)  # fmt: skip
        if subject is None and verb:  # "representatives of the Public Defender presented ...", "On Tuesday they met
            subject = _body_subject(ctx, s_start, s_start + verb.start())  # ...": who did it, an institution
        if subject is not None:
            people.insert(0, subject)
    if event_type == "visit" and not any(p.kind == "official" for p in people):
        s_start, s_end = ctx.sentence_at(start)
        pronoun = re.search(r"\b([Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?(?:went|travelled|traveled|visited|arrived|"
                            r"toured|began|started|ended|concluded|completed|made)\b", ctx.text[s_start:s_end])  # fmt: skip
        visitor = speaker_before(ctx, s_start, pronoun.group(1).lower()) if pronoun else None
        own = re.search(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?(?:visit|mission)\b", ctx.text[start:end]) if visitor is None else None
        if own is not None:
            named = [m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start)
                     if s_start <= m.start < start + own.start() and m.actor.kind == "official"]  # fmt: skip
            visitor = named[-1] if named else None  # "the Special Rapporteur, Name, who presented the report on his
            # visit to Madagascar, carried out from ...": the one named before in the sentence
            styled = re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w’'-]+)", ctx.text[s_start : start + own.start()]) if visitor is None else None
            if styled is not None:  # "Ms. Tanaka-Obi presented her report on her visit to Kazakhstan, ...": the one so named
                visitor = ctx.actors.person(styled.group(1))
            if visitor is None and re.search(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?visit\b[^.;]{0,80}?\b(?:which|that)\s+(?:took\s+place|"
                                             r"was\s+held|was\s+carried\s+out|ran)\b", ctx.text[start:end]):
                holder = speaker_before(ctx, s_start, own.group(0).split()[0].lower().replace("his", "he").replace("her", "she"))
                visitor = holder if holder is not None and re.search(  # "presented her report on her visit to Ecuador,
                    r"(?i)rapporteur|independent\s+expert", holder.title or "") else None  # which took place from ...": hers
        if visitor is None and own is not None:  # "received the UN Special Rapporteur on ..., who paid a courtesy call
            mandate = [m for m in ctx.actors.within(s_start, start + own.start())  # ... during her official visit to
                       if m.actor.kind == "un_mechanism" and _THEMATIC_OR_COUNTRY.match(m.actor.name)]  # Ghana": the mandate
            if mandate and re.match(r",\s+who\b", ctx.text[mandate[-1].end : start + own.start()]):
                people.insert(0, mandate[-1].actor)
        if visitor is not None and visitor.kind == "official":  # "In 2025 she went to Bangladesh": who "she" is
            people.insert(0, visitor)
    crew_of = _CREW_OF_BODY.match(ctx.text, *ctx.sentence_at(start)) if event_type == "visit" and not people else None
    if crew_of and crew_of.group(1) in ("Office", "Commission", "Committee", "Mission", "Ministry", "Ombudsman", "Council"):
        crew_of = None  # "Staff of the Office travelled to Tocoa": a head word alone, which the participants below read
    if crew_of:  # "Staff of the Defensoría's prisons unit spent three days inside Lurigancho": the body they work for
        body = resolve_who(ctx, f"the {crew_of.group(1)}", start)
        people[:0] = [body] if body is not None and body.kind in ("nhri", "ngo", "government_body") else []
    if event_type == "visit" and not any(p.kind in ("official", "nhri", "ngo", "government_body", "un_mechanism") for p in people):
        s_start, s_end = ctx.sentence_at(start)  # "The National Preventive Mechanism of the Parliamentary Ombudsman has
        its_report = _ITS_VISIT_REPORT.search(ctx.text, s_start, s_end)  # published its report from a three-day visit to
        makers = [m.actor for m in ctx.actors.within(s_start, its_report.start()) if m.actor.kind in (  # Oslo Prison": its visit
            "nhri", "ngo", "government_body", "un_mechanism")] if its_report else []
        people[:0] = makers[-1:]
    if event_type == "meeting" and not any(p.kind in ("nhri", "ngo", "government_body") for p in people) and re.search(
            r"\b[Tt]he\s+(?:inquiry|panel|hearings?)\b", ctx.text[start:end]):  # "told the panel on Wednesday": the
        holder = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start)  # institution whose inquiry
                       if m.start < start and m.actor.kind == "nhri"), None)  # it is
        people[:0] = [holder] if holder is not None else []
    if event_type == "press_statement" and not people:  # "At her closing press conference on 18 July she said": hers
        own_conference = re.search(r"\b([Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?(?:press|news)\s+conference\b|\b([Hh]e|[Ss]he)\s+(?:had\s+|has\s+)?"
                                   r"(?:told|gave|held|addressed|called)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:press|news)\s+conference\b",
                                   ctx.text[start:end])  # ("she had told a press conference at the Palais")
        if own_conference is not None:
            word = (own_conference.group(1) or own_conference.group(2)).lower()
            holder = speaker_before(ctx, start, "he" if word in ("his", "he") else "she")
            if holder is not None and holder.kind == "official":
                people.append(holder)
        told = re.search(r"\b(?:told|addressed|gave)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:media|press|news)\s+(?:briefing|conference)\b|"
                         r"\btold\s+(?:reporters|journalists)\b", ctx.text[start:end]) if not people else None
        if not people and not told:  # "At a press conference, the Defensoría said that six people had died": the speaker
            s_start, s_end = ctx.sentence_at(start)
            speaker = attribution(ctx, s_start, s_end)[0]
            people[:0] = [speaker] if speaker is not None and speaker.kind in ("nhri", "ngo", "government_body") else []
        if told:  # "The Minister ..., Name, who met the Special Rapporteur on ..., told a media briefing": the subject
            s_start, _ = ctx.sentence_at(start)  # ("The Network, which sent the Committee a shadow report, told reporters")
            subject = [m.actor for m in ctx.actors.within(s_start, start + told.start()) if m.actor.kind == "official"] or [
                m.actor for m in ctx.actors.within(s_start, start + told.start()) if m.actor.kind in ("ngo", "nhri", "government_body")]
            people[:0] = subject[:1]
    if event_type == "report" and not people:  # "The monthly Social Conflicts Report came out. It counts 211 ...": the
        s_start, s_end = ctx.sentence_at(start)  # body whose figures the report gives, named before
        following = next(((a, b) for a, b in ctx.sentences if a >= s_end), None)
        if following and re.match(r"\s*It\s+(?:counts|records|lists|finds|shows|documents|registers)\b", ctx.text[following[0] : following[1]]):
            maker = resolve_who(ctx, "it", s_start)
            people[:0] = [maker] if maker is not None and maker.kind in ("nhri", "ngo", "government_body", "un_mechanism") else []
    s_start, _ = ctx.sentence_at(start)
    if event_type == "report" and not people and re.match(r"\s*(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}report\b",
                                                          ctx.text[s_start:end]):  # fmt: skip
        before = [(a, b) for a, b in ctx.sentences if b <= s_start][-1:]  # "The Commissioner ..., Name, struck a
        for a, b in before:  # cautious tone. Her annual report, published on 30 December, ...": hers and her office's
            people += [m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start) if a <= m.start < b
                       and (m.role == "office" or m.actor.kind == "official")]  # fmt: skip
    for match in _ANAPHORA.finditer(ctx.text[start:end]):
        at = start + match.start(1)
        if any(m.start <= at < m.end for m in ctx.actors.mentions) or re.match(
                r"\s+(?:of|for|on)\s+[A-Z]", ctx.text[start + match.end(1) :]):
            continue  # "the Commission on Elections": a body named here, not one named before
        treaty_body = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: -m.start) if m.start < at
                            and m.actor.kind == "un_mechanism" and _TREATY_BODY.search(m.actor.name)), None)  # fmt: skip
        if match.group(1).lower() == "committee" and event_type == "report" and treaty_body is not None:
            people.append(treaty_body)  # "The Committee's concluding observations are due on 26 October": the treaty
            continue  # body's, not the "Presidential Pardon Committee" named since
        body = ctx.actors.last_body(start + match.start(), match.group(1).lower())
        if body is not None:
            people.append(body)
    return list(dict.fromkeys(people))


def _body_subject(ctx: PressContext, start: int, end: int) -> ActorRef | None:
    """The NGO, NHRI or State body that opens a meeting's sentence in [start, end); where the sentence opens
    with "commissioners", "the institution", "we" or "they", the national human rights institution the text
    names most (an NHRI's release speaks of itself so)."""
    named = [f.actor for f in ctx.actors.within(start, end) if f.actor.kind in ("nhri", "ngo", "government_body")]
    if named:
        return named[0]
    if not re.search(r"(?i)\b(?:commissioners?|representatives|staff|(?:the|our)\s+(?:institution|commission|office|ombudsman|"
                     r"public\s+defender|defender)|we|they)\b", ctx.text[start:end]):
        return None
    counts: dict[str, list[ActorRef]] = {}
    for mention in ctx.actors.mentions:
        if mention.actor.kind == "nhri":
            counts.setdefault(mention.actor.name, []).append(mention.actor)
    ranked = sorted(counts.values(), key=len, reverse=True)
    return ranked[0][0] if ranked else None


# A visiting group named by what it is ("the experts", "its three-member delegation") or "they"
_VISITING_CREW = re.compile(r"(?:^|(?<=[\s,]))(?:(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+-member\s+|two\s+|three\s+|four\s+|five\s+)?(?:experts|delegation|commissioners)|[Tt]hey)"
                            r"\s+(?:also\s+|later\s+|then\s+)?(?:met|held|were\s+received|had|spoke|will\s+meet|"
                            r"(?:are|were)\s+(?:due|expected|scheduled)\s+to\s+meet)\b")
_GROUP_MANDATE = re.compile(r"\b(?:Working\s+Group|Experts|Commission|Mission|Mechanism|Subcommittee)\b")


def _sentence_subject(ctx: PressContext, start: int, end: int) -> ActorRef | None:
    """The first person named in [start, end): who met, received or held talks."""
    for found in ctx.actors.within(start, end):
        if found.actor.kind == "official":
            return found.actor
    return None


# A summary's closing line on the next meeting: "Tomorrow: ...", "Next meeting: ...", "Coming up: ..."
_AGENDA_NOTE = re.compile(r"(?i)\s*(?:tomorrow|next(?:\s+(?:meeting|week|session))?|coming\s+up|looking\s+ahead|upcoming)\s*:")


_GENRE_LABEL = re.compile(r"(?i)\s*(?:UN\s+|United\s+Nations\s+)?meetings?\s+(?:summary|summaries|coverage)[\s.:]*")


def find_events(ctx: PressContext) -> list[Event]:
    """Every event of the article, in text order, later mentions merged into earlier ones."""
    events: list[Event] = []
    for s_start, s_end in ctx.sentences:
        if _AGENDA_NOTE.match(ctx.text, s_start):
            continue  # "Tomorrow: interactive dialogue with the Special Rapporteur on Afghanistan": a meeting to come
        if _GENRE_LABEL.fullmatch(ctx.text, s_start, s_end):
            continue  # "Meeting summary" over a summary: what the text is, not a meeting
        triggers = _triggers(ctx, s_start, s_end)
        dates = [d for d in ctx.dates_in(s_start, s_end) if not in_dateline(ctx.text, d)
                 and (not (_SINCE.search(ctx.text, max(0, d.start - 8), d.start) or d.text.lower().startswith("since"))
                      or _BEEN_IN_SINCE.search(ctx.text, max(s_start, d.start - 60), d.start + 6))]  # fmt: skip
        # ("who has been in Panama since 26 June": the day a stay began)
        chosen = _assign_dates(triggers, dates, ctx.text)
        prior = [d for d in ctx.dates if d.end <= s_start and d.resolved and d.precision == "day"]
        _count_back(triggers, dates, chosen, prior[-1] if prior else None, ctx.text)
        # "which met the delegation four days before the review": the trigger nearest it is dated from the review
        away = _DAYS_FROM_EVENT.search(ctx.text, s_start, s_end) if triggers else None
        away_trigger = _nearest_trigger(triggers, away) if away else None
        entry = _entry_date(ctx, s_start) if triggers else None  # a digest's entry heading over the sentence
        for i, (event_type, t_start, t_end) in enumerate(triggers):
            seg_start = triggers[i - 1][2] if i else s_start
            seg_end = triggers[i + 1][1] if i + 1 < len(triggers) else s_end
            owned = chosen.get(i, [])
            if any(m.start >= t_end and m.precision == "day" for m in owned):  # "praised on Wednesday, according to a
                owned = [m for m in owned  # statement issued ... on Friday": the statement's own date
                         if m.start >= t_end or "," not in ctx.text[m.end : t_start]]  # fmt: skip
            later = sorted((m for m in owned if m.start >= t_end and m.precision == "day"
                            and not _ANCHORED.search(m.text)), key=lambda m: m.start)  # fmt: skip
            before = [m for m in owned if m.end <= t_start and m.precision == "day" and m.date is not None]
            next_day = [d for d in dates if t_end <= d.start < seg_end and d.precision == "day" and d.date is not None]
            if event_type == "meeting" and not later and before and len(next_day) == 1 and re.search(
                    r",?\s+and\s+on\s+$", ctx.text[max(t_end, next_day[0].start - 12) : next_day[0].start]):  # "On 27
                _merge_or_add(events, _event(ctx, event_type, (s_start, s_end), (seg_start, next_day[0].start - 1),
                                             before[-1], (t_start, t_end)))  # November I met the Minister, and on 29
                _merge_or_add(events, _event(ctx, event_type, (s_start, s_end), (next_day[0].start, seg_end), next_day[0],
                                             (t_start, t_end)))  # November the Chief of ...": two meetings  # fmt: skip
                continue
            by_days = [d for d in next_day if re.match(r"\s+by\s", ctx.text[d.end : d.end + 4])]
            if event_type == "meeting" and len(by_days) >= 2:  # "was received on Monday by the Governor, X, and on Tuesday
                for k, mention in enumerate(by_days):  # by the Mayor, Y": one meeting a day, each with its host
                    part = (mention.start, by_days[k + 1].start if k + 1 < len(by_days) else seg_end)
                    _merge_or_add(events, _event(ctx, event_type, (s_start, s_end), part, mention, (t_start, t_end)))
                continue
            if event_type == "meeting" and len(later) >= 2 and later[0].date and later[1].date and re.fullmatch(
                    r"(?i)hearings|inquiry", ctx.text[t_start:t_end]) and _CLOSES.search(ctx.text, later[0].end, later[1].start):
                span = DateMention(later[0].start, later[1].end, ctx.text[later[0].start : later[1].end], later[0].date,
                                   later[1].date, True, "day", True)  # "The hearings opened on 7 July and are due to close
                _merge_or_add(events, _event(ctx, event_type, (s_start, s_end), (seg_start, seg_end), span, (t_start, t_end)))
                continue  # on 25 July": one inquiry over those days
            if event_type == "meeting" and len(later) >= 2:  # "met A on 8 August and B on 10 August"
                bounds = [seg_start] + [m.end for m in later[:-1]]
                for mention, b_start in zip(later, bounds, strict=True):
                    part = (b_start, mention.end if mention is not later[-1] else seg_end)
                    _merge_or_add(events, _event(ctx, event_type, (s_start, s_end), part, mention,
                                                 (t_start, t_end)))  # fmt: skip
                continue
            if event_type == "meeting" and any(m.precision in ("month", "year") and m.start >= t_end and re.search(
                    r"\b(?:that|which)\s+(?:the\s+|it\s+|its\s+)?(?:[\w-]+\s+){0,3}?[a-z]+ed\s+(?:(?:in|on)\s+)?$", ctx.text[t_end : m.start])
                    for m in owned):  # "where he met the mayor at a day centre that the town opened in October": the
                owned = [m for m in owned if m.start < t_end or m.precision == "day"]  # centre's date, not the meeting's
                fronted = [d for d in dates if d.precision == "day" and d.date is not None and d.start < triggers[0][1]
                           and re.fullmatch(r"\s*(?:On\s+)?", ctx.text[s_start : d.start])]  # fmt: skip
                owned = owned or fronted  # ("The next day the Expert travelled to X, where he met ...": that day)
            if event_type == "oral_update" and re.match(r"(?i)(?:told|informed|briefed)\b", ctx.text[t_start:t_end]):
                owned = [m for m in owned if m.end <= t_start or not re.search(r"\bthat\b", ctx.text[t_end : m.start])]
                # ("told the Council that 211 civilians were killed in January": a date of what it said)
            owned = [m for m in owned if m.date is not None] or owned  # "On 30 December, two days before the law ..."
            if event_type in ("interactive_dialogue", "oral_update", "meeting", "press_statement"):
                owned = [m for m in owned if m.precision != "year"]  # "executed in 2026": not the day it met
            owned = sorted(owned, key=lambda m: not _MOVED_TO.search(ctx.text, max(0, m.start - 30), m.start))
            precise = [m for m in owned if m.precision == "day"]  # "this month, most recently last Friday"
            if event_type == "visit":  # "wrapped up on Friday a visit that began on 3 May": its first day;
                precise.sort(key=lambda m: not _BEGAN.search(ctx.text, max(0, m.start - 45), m.start))
                precise.sort(key=lambda m: m.end_date is None)  # "concluded on Wednesday a visit that took
                # place from 28 December to 6 January": the range says both days
            mention = (precise or owned or [None])[0]
            held = [d for d in dates if d.start >= t_end and d.date is not None and _HELD_ON.search(
                ctx.text, max(t_end, d.start - 60), d.start)]  # "the debate, which took place two days earlier"
            if held and held[0].start - t_end <= 120:
                mention = held[0]
            if mention is None:  # "Wednesday 14 March / 17:20 / The Belarus dialogue has closed": a live blog's day
                mention = _day_heading_above(ctx, s_start)
            own_statement = event_type == "press_statement" and s_start < 400 and _END_OF_MISSION_HEAD.match(ctx.text, s_start)
            if mention is None and ctx.published is not None and (  # ("End-of-visit statement by ..." under the headline)
                    s_start < _heading_end(ctx) and ctx.doc.kind != "press" or own_statement):
                mention = DateMention(t_start, t_end, "date of the document", ctx.published, None,
                                      True, "day", True)  # "Address by ... to the Council" + dateline
            if mention is None and i + 1 < len(triggers) and _EVE.search(ctx.text, t_end, triggers[i + 1][1]):
                eve = ([m for m in chosen.get(i + 1, []) if m.precision == "day" and m.date] or [None])[0]
                if eve is not None and eve.date is not None:  # "on the eve of the dialogue held on 24 September"
                    mention = DateMention(eve.start, eve.end, f"the eve of {eve.text}",
                                          eve.date - timedelta(days=1), None, True, "day", True)  # fmt: skip
            if mention is None and i and (_AT_START_OF.search(ctx.text[s_start:t_start])
                                          or _AT_END_OF.search(ctx.text[s_start:t_start])):  # fmt: skip
                mention = ([m for m in chosen.get(i - 1, []) if m.precision == "day"] or [None])[0]
            nth = _NTH_DAY_OF.search(ctx.text, s_start, t_start) if mention is None and i else None
            prior_day = ([m for m in chosen.get(i - 1, []) if m.precision == "day" and m.date] or [None])[0] if nth else None
            if nth and prior_day is not None and prior_day.date is not None:  # "on 4 December, on the third
                back = _ORDINAL_DAY[nth.group(1).lower()] - 1  # day of her ten-day visit": began 2 December
                mention = DateMention(prior_day.start, prior_day.end, prior_day.text,
                                      prior_day.date - timedelta(days=back), None, True, "day", True)  # fmt: skip
            follows = _FOLLOWED.match(ctx.text, t_end) or _ENSUING.search(ctx.text, s_start, t_start)
            if mention is None and follows:  # "the interactive dialogue that followed": same day
                mention = _previous_date(events)
            if mention is None and re.search(r"(?i)coincid|same day|(?:earlier|later)\s+(?:in\s+the|that)\s+day\b",
                                             ctx.text[s_start:s_end]):  # "Earlier in the day, ... met the experts"
                mention = _previous_date(events)
            if mention is None and event_type == "meeting" and re.search(
                    r"(?i)\b(?:after|following|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:interactive\s+)?dialogue\b",
                    ctx.text[t_end:s_end]):  # "who met the Special Rapporteur in Geneva after the dialogue": its day
                mention = _previous_date([e for e in events if e.event_type == "interactive_dialogue"])
            if mention is None and event_type in ("press_statement", "meeting") and _AFTER_TABLING.search(ctx.text, s_start, s_end):
                mention = _previous_date([e for e in events if e.event_type == "report"])  # "Speaking at a press conference
                # at Parliament Buildings after the tabling": the day the report was laid
            if (mention is None and event_type in ("interactive_dialogue", "oral_update") and ctx.published is not None
                    and _UNDER_WAY.search(ctx.text, s_start, t_start)):  # "is live from Room XX, where the Council
                mention = DateMention(t_start, t_end, "the day of the report", ctx.published, None, True, "day", True)
                # is holding its interactive dialogue": the day the text is written
            if mention is None:  # "The visit ends on 14 June, when the Rapporteur will hold a press conference"
                mention = next((d for d in dates if d.end <= t_start and d.precision == "day" and d.date
                                and _WHEN_CLAUSE.fullmatch(ctx.text, d.end, t_start)), None)  # fmt: skip
            eve = (_EVE_OF.search(ctx.text, s_start, t_start) or _NEW_YEARS_EVE.search(ctx.text, s_start, t_start)
                   if mention is None else None)  # fmt: skip
            if eve is not None:  # "On the eve of the new year", "On the eve of the press conference, ... met"
                day = _eve_day(ctx, events, eve.group(1))
                if day is not None:
                    mention = DateMention(eve.start(), eve.end(), eve.group(0), day, None, True, "day", True)
            if away is not None and away_trigger == i and (  # (the event it tells of, not the one it counts from)
                    mention is None or mention.date is None or mention.start == away.start()):
                day = _days_from_event(events, away)
                if day is not None:
                    mention = DateMention(away.start(), away.end(), away.group(0), day, None, True, "day", True)
            if mention is None or (mention.precision == "year" and not mention.relative):
                mention = entry or mention  # "Independence of judges, 9 to 18 July 2029. The Special Rapporteur ... visited
                # La Paz": the entry's days (over the year a report covers: "tabled her annual report on ... 2027" under
                # "WEDNESDAY 11 OCTOBER")
            first_last = _FIRST_OR_LAST_DAY.search(ctx.text, s_start, t_start)
            if first_last is None and mention is None and event_type == "meeting":  # "She met the Prime
                first_last = _FIRST_OR_LAST_DAY.search(ctx.text, t_end, s_end)  # Minister on the last day"
            if mention is not None and mention.precision == "day" and mention.start < t_end:
                first_last = None  # a day of its own, named with the event
            visit = next((e for e in reversed(events) if e.event_type == "visit" and e.date_resolved), None)
            if first_last and visit is not None and event_type != "visit":  # "On her first day, the
                day = visit.date if first_last.group(1).lower() == "first" else visit.end_date  # Rapporteur met"
                if day is not None:
                    mention = DateMention(first_last.start(), first_last.end(), first_last.group(0), day, None,
                                          True, "day", True)  # fmt: skip
            if mention is None and event_type not in ("visit", "report"):
                mention = _item_dateline_day(ctx, s_start)  # a digest's item: the day under its own dateline
            if event_type == "meeting" and mention is None and "told" in ctx.text[t_start:t_end]:
                continue
            event = _event(ctx, event_type, (s_start, s_end), (seg_start, seg_end), mention, (t_start, t_end))
            if mention is not None and _SAME_DAY.fullmatch(mention.text):
                _same_day_as_last_alike(events, event)
            if event_type == "visit" and event.date is None and event.end_date is not None and i and (
                    _AT_START_OF.search(ctx.text[s_start:t_start])):  # "met X on Monday, on the first day of the
                prior = ([m for m in chosen.get(i - 1, []) if m.precision == "day" and m.date] or [None])[0]
                if prior is not None and prior.date is not None and prior.date <= event.end_date:  # group's
                    event.date = prior.date  # visit, which ends on 6 May": the visit began that Monday
            _merge_or_add(events, event)
    _date_from_council(ctx, events)
    _visit_ended_today(ctx, events)
    _visit_length_elsewhere(ctx, events)
    _visit_ends(ctx, events)
    _dated_afterwards(ctx, events)
    _conference_on_the_day_said(ctx, events)
    _closing_conference(ctx, events)
    _visit_ended_at_conference(ctx, events)
    _sides_led_by(ctx, events)
    _launched_at_an_event(ctx, events)
    _conference_on_the_lead_day(ctx, events)
    _programme_meetings(ctx, events)
    _dialogue_over_two_days(ctx, events)
    _dialogue_on_two_named_days(ctx, events)
    _dialogue_on_report_day(ctx, events)
    _report_made_public_before(ctx, events)
    _forum_mandate_takes_part(ctx, events)
    _presented_by_later(ctx, events)
    _dated_by_day_heading(ctx, events)
    _report_of_the_named(ctx, events)
    _elected_takes_part(ctx, events)
    _visiting_expert_takes_part(ctx, events)
    _group_members_take_part(ctx, events)
    _treaty_body_takes_part(ctx, events)
    _holder_takes_part(ctx, events)
    _team_of_a_body_visits(ctx, events)
    _second_visit_same_visitor(ctx, events)
    _statement_of_the_opener(ctx, events)
    _same_subject_as_before(ctx, events)
    _delegation_head_takes_part(ctx, events)
    _met_in_the_same_clause(ctx, events)
    for event in events:  # "Speaking to reporters in Doha at the end of the visit, Mwangi-Soler said ...": the speaker
        quote = event.evidence.quote or ""
        if any(p.kind == "official" for p in event.participants):
            continue
        if not (re.match(r"\s*(?:He|She)\s", quote) or event.event_type == "press_statement" and (_PRELIMINARY.search(quote) or
                re.match(r"\s*In\s+(?:his|her)\s", quote) or _TO_REPORTERS.search(quote) or _AT_CONFERENCE.match(quote)
                or _TOLD_CONFERENCE.search(quote))):
            continue  # ("She is due to meet ...", "At a press conference in Tbilisi, she said", '"...," he told a
            # press conference')
        start, end = ctx.sentence_at(event.evidence.start)
        told = _TOLD_CONFERENCE.search(ctx.text, start, end)
        pronoun = re.match(r"\s*(He|She)\s", ctx.text[start:end]) or re.match(
            r"[^.;]{0,120}?,\s+(he|she)\s+(?:said|told|gave|presented|shared|warned|described|spoke)\b", ctx.text[start:end], re.I) or (
            re.match(r"\s*In\s+(?:his|her)\s[^,.;]{0,80}?\s(he|she)\s", ctx.text[start:end]))  # "In his end-of-mission
        # statement on 5 December he warned ...": the man named before
        if pronoun is None and told and told.group(1).lower() in ("he", "she"):
            pronoun = told
        person = next((f.actor for f in ctx.actors.within(start, end) if f.actor.kind == "official"), None) or (
            _surnamed(ctx, told.group(1)) if told and pronoun is None else None) or person_named_first(ctx, start, end) or (
            speaker_before(ctx, start, pronoun.group(1).lower()) if pronoun else None)  # named in full, by surname
        # ('"...," Mbatha-Inoue told a news conference'), or "She spoke to reporters": the woman named last
        if person is not None and person.kind == "official":
            event.participants.insert(0, person)
        elif person is None and _PRELIMINARY.search(quote):  # "The Working Group will share its preliminary findings
            opener = re.match(r"\s*((?:The|the)\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for)){0,6})\s+(?:will|is|was|would)\b",
                              ctx.text[start:end])  # at a press conference in Tunis on 17 September"
            body = resolve_who(ctx, opener.group(1), start) if opener else None
            if body is not None and body.kind == "un_mechanism" and body not in event.participants:
                event.participants.insert(0, body)
    events = _without_dialogue_turns(events, ctx.text)
    events = _one_statement_a_sentence(events)
    _speakers_take_part(ctx, events)
    _bilateral_dialogues_are_meetings(ctx, events)
    return events


# "the 15th EU-Viet Nam Human Rights Dialogue", "held their sixth formal human rights dialogue", "the 17th round of their
# annual Human Rights Dialogue", "Human Rights Dialogue between the European Union and ...": talks between two parties
_BILATERAL_DIALOGUE = re.compile(
    r"(?i)\b(?:[A-Z][\w.]*|EU|AU)[-–](?-i:[A-Z])[\w ]{1,25}?\s+(?:human\s+rights|political)\s+dialogue\b|"
    r"\b(?:held|hold|holds|holding|close[ds]?|concluded)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:round\s+of\s+(?:their\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?)?(?:human\s+rights|rights|political)\s+dialogue\b|"
    r"\b(?:human\s+rights|political)\s+dialogue\s+between\s+(?:the\s+)?(?-i:[A-Z])|"
    # "held the twelfth edition of their High-Level Dialogue on Human Rights on 27 May"
    r"\b(?:held|hold|holds|holding)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+(?:their|the|its)\s+)?"
    r"(?:[\w-]+\s+)?(?-i:Dialogue)\s+on\s+Human\s+Rights\b"
)


def _bilateral_dialogues_are_meetings(ctx: PressContext, events: list[Event]) -> None:
    """A human rights dialogue between the EU or the AU and a State, or between two States, is a meeting of their
    delegations, not a Council's interactive dialogue: in an article about one that never names the Council's
    dialogue, its "dialogue" events are meetings."""
    if not _BILATERAL_DIALOGUE.search(ctx.text) or re.search(r"(?i)\binteractive\s+dialogue|\bHuman\s+Rights\s+Council\b",
                                                           ctx.text):  # (a UPR named in passing leaves it a meeting)
        return
    talks = []
    for event in events:
        if event.event_type == "interactive_dialogue":
            event.event_type = "meeting"
            talks.append(event)
        elif event.event_type == "meeting" and _BILATERAL_DIALOGUE.search(event.evidence.quote or ""):
            talks.append(event)
    target = next((e for e in talks if e.date is not None), talks[0] if talks else None)
    if target is None:
        return
    for match in _LED_BY.finditer(ctx.text):  # "The EU delegation was led by Name, ...", "was co-chaired by Name and Name"
        s_start, s_end = ctx.sentence_at(match.start())
        for found in ctx.actors.within(match.end(), s_end):
            if found.actor.kind == "official" and found.actor not in target.participants:
                target.participants.append(found.actor)


_LED_BY = re.compile(r"\b(?:(?:dialogue|talks|meeting|delegation|side)\b[^.;]{0,80}?\b(?:was|were)\s+(?:co-)?(?:chaired|led|headed)|"
                     r"(?:co-)?chaired|co-chairs\s+were)\s+by\b")


# "a dialogue that opened yesterday", "which had opened on Tuesday afternoon", "which ended today after two days of
# dialogue": a dialogue (a treaty body's with a State, a Council's in two meetings) over more than one day
_OPENED_BEFORE = re.compile(r"(?i)\b(?:dialogue|review|examination|consideration|reports?)\b[^.;]{0,160}?\b(?:that|which)\s+(?:had\s+)?"
                            r"(?:opened|began|begun|started)\s+(?P<when>yesterday|on\s+(?P<day>[A-Z][a-z]+day)\b)|"
                            r"\bafter\s+(?P<two>two)\s+days\s+of\s+(?:dialogue|discussion|meetings)\b|"
                            # "today concluded a two-day dialogue with Pakistan": began the day before
                            r"\b(?:concluded|ended|completed|wrapped\s+up)\s+(?:a|its)\s+two-day\s+(?:dialogue|review|examination)\b")


def _met_in_the_same_clause(ctx: PressContext, events: list[Event]) -> None:
    """ "The report was presented in Geneva on 31 March by the Vice Minister, Name, who met the members of the
    Committee": a meeting told in a clause on the person of a dated event took place that day."""
    for event in events:
        if event.event_type != "meeting" or event.date is not None:
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        if not re.search(r",\s+who\s+(?:also\s+|then\s+|later\s+)?met\b", ctx.text[s_start:s_end]):
            continue
        dated = [e for e in events if e is not event and e.date is not None and e.end_date is None
                 and ctx.sentence_at(e.evidence.start) == (s_start, s_end)]  # fmt: skip
        if len(dated) == 1:
            event.date, event.date_text, event.date_resolved = dated[0].date, dated[0].date_text, True


# A person's turn in a dialogue: "Ambassador Name told the Council that ...", "Name said in the dialogue", "Presenting
# the Fact-Finding Mission's report on Monday, its Chair, Name, said ..."
_TOLD_THE_COUNCIL = re.compile(r"\b(?:told|addressed|informed)\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:Human\s+Rights\s+)?Council\b|"
                               r"\b(?:said|stated|declared|argued)\s+(?:in|during|at)\s+the\s+(?:interactive\s+)?dialogue\b")
_PRESENTING = re.compile(r"\s*(?:Presenting|Introducing)\s+(?:the|his|her|its|their)\s+[^,.;]{0,80}?\breport\b[^,.;]{0,30},")


def _speakers_take_part(ctx: PressContext, events: list[Event]) -> None:
    """In an article on one dialogue (and no oral update), the people it shows speaking to the Council or presenting
    the report took part in that dialogue."""
    dialogues = [e for e in events if e.event_type == "interactive_dialogue"]
    if len(dialogues) != 1 or any(e.event_type == "oral_update" for e in events):
        return
    dialogue = dialogues[0]
    for s_start, s_end in ctx.sentences:
        people = [m for m in ctx.actors.within(s_start, s_end) if m.actor.kind == "official"]
        presenting = _PRESENTING.match(ctx.text, s_start, s_end)
        told = _TOLD_THE_COUNCIL.search(ctx.text, s_start, s_end)
        if presenting is not None:
            speaker = next((m for m in people if m.start >= presenting.end()), None)
        elif told is not None:
            speaker = next((m for m in reversed(people) if m.end <= told.start()), None)
        else:
            continue
        if speaker is not None and speaker.actor not in dialogue.participants:
            dialogue.participants.append(speaker.actor)


def _group_members_take_part(ctx: PressContext, events: list[Event]) -> None:
    """A visit, meeting or press conference of a UN working group is its members': those the text names (its chair,
    "its members Name and Name") take part where the group does."""
    groups = {p.name for e in events for p in e.participants if p.kind == "un_mechanism" and p.name.startswith("Working Group")}
    if len(groups) != 1:
        return
    group = next(iter(groups))
    members = [p for p in ctx.actors.persons if p.title == group or re.fullmatch(
        r"(?:the\s+)?Chair(?:-Rapporteur)?(?:\s+of\s+the\s+Working\s+Group)?", p.title or "", re.I)]  # fmt: skip
    if len(members) < 2:
        return
    for event in events:
        if event.event_type in ("visit", "meeting", "press_statement") and any(p.name == group for p in event.participants):
            event.participants += [m for m in members if m not in event.participants]


def _dialogue_on_report_day(ctx: PressContext, events: list[Event]) -> None:
    """ "rejects the report presented to the Human Rights Council on Tuesday by the Special Rapporteur ... The
    interactive dialogue in Geneva demonstrated ...": a mandate's dialogue with the Council follows the presentation of
    its report, the same day, when the text dates the one and not the other."""
    undated = [e for e in events if e.event_type == "interactive_dialogue" and e.date is None]
    presented = [e for e in events if e.event_type == "report" and e.date is not None and e.end_date is None
                 and any(p.kind == "un_mechanism" and p.name.endswith("Council") for p in e.participants)
                 and any(p.kind == "un_mechanism" and _THEMATIC_OR_COUNTRY.match(p.name) for p in e.participants)]  # fmt: skip
    if len(undated) == 1 and len(presented) == 1 and not any(
            e.event_type == "interactive_dialogue" and e.date is not None for e in events):
        undated[0].date, undated[0].date_text = presented[0].date, presented[0].date_text
        if undated[0].forum is not None:
            undated[0].forum["date"] = presented[0].date.isoformat() if presented[0].date else None


_PRESENTED_BY = re.compile(r"\s*The\s+(?:oral\s+|latest\s+|written\s+)?(?P<what>update|report)\s+was\s+(?:presented|delivered|"
                           r"introduced)\s+by\s+")


def _presented_by_later(ctx: PressContext, events: list[Event]) -> None:
    """ "... the interactive dialogue on the oral update of the Commission ... The update was presented by Name, chair of
    the Commission": the one who presented it takes part in the update the article told before."""
    for s_start, s_end in ctx.sentences:
        match = _PRESENTED_BY.match(ctx.text, s_start, s_end)
        kind = {"update": "oral_update", "report": "report"}[match.group("what")] if match else None
        told = [e for e in events if e.event_type == kind and e.evidence.start < s_start]
        people = [f.actor for f in ctx.actors.within(match.end(), s_end) if f.actor.kind == "official"] if match else []
        if told and people and people[0] not in told[-1].participants:
            told[-1].participants.append(people[0])


_UN_VISITOR = re.compile(r"(?i)\b(?:special\s+rapporteur|independent\s+expert|high\s+commissioner|working\s+group|rapporteur)\b")


def _one_statement_a_sentence(events: list[Event]) -> list[Event]:
    """ "The Law Minister will brief journalists on the outcome at a press conference in Dhaka on Monday": one statement
    to the press, named twice in its sentence; the undated mention's participants join the dated one."""
    kept: list[Event] = []
    for event in events:
        dated = next((e for e in events if e is not event and e.event_type == "press_statement" == event.event_type
                      and e.date is not None and e.evidence.start == event.evidence.start), None)  # fmt: skip
        if dated is not None and event.date is None and event.date_text is None:
            _join_participants(dated, event)
            continue
        kept.append(event)
    return kept


# A day heading a live blog's or a diary's entries: "Tuesday 4 March", "Monday, 3 March 2031"
_DAY_HEADING = re.compile(rf"(?m)^[^\S\n]*(?:(?:{WEEKDAY},?[^\S\n]+)?\d{{1,2}}[^\S\n]+{MONTH}(?:[^\S\n]+\d{{4}})?|{WEEKDAY})[^\S\n]*$")
_BARE_TIME = re.compile(r"[^\S\n]*\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:a\.?m\.?|p\.?m\.?|GMT|CET|h))?[^\S\n]*")
_TIMED_ENTRY = re.compile(r"[^\S\n]*\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:a\.?m\.?|p\.?m\.?|GMT|CET|h))?(?:[^\S\n]*[–—-]|[^\S\n]+(?=[A-Z]))")


def _elected_takes_part(ctx: PressContext, events: list[Event]) -> None:
    """ "The Assembly on Tuesday elected Name, a former judge ..., as Commissioner": the one elected is in the election."""
    for event in events:
        if event.event_type != "election":
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        for match in re.finditer(r"\belected\s+", ctx.text[s_start:s_end]):
            person = next((f.actor for f in ctx.actors.within(s_start + match.end(), s_start + match.end() + 2)
                           if f.actor.kind == "official"), None)  # fmt: skip
            if person is not None and person not in event.participants:
                event.participants.append(person)


def _report_of_the_named(ctx: PressContext, events: list[Event]) -> None:
    """ "the Group's last written report, presented in September last year": a report no one is named beside is the
    report of the body its possessive names."""
    for event in events:
        if event.event_type != "report" or event.participants:
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        owner = re.search(r"\b((?:[Tt]he|[Ii]ts)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})[’']s\s+(?:[\w-]+\s+){0,3}?report\b",
                          ctx.text[s_start:s_end])
        who = (ctx.actors.described(owner.group(1), bodies=True) or resolve_who(ctx, owner.group(1), s_start)) if owner else None
        if who is not None and who.kind not in ("state", "media", "official"):  # (the Group, not its chair)
            event.participants.append(who)


def _day_heading_above(ctx: PressContext, start: int) -> DateMention | None:
    """The day heading the timed entry that holds `start` ("Tuesday 4 March / 14:10 – ..."), if it is one."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    before = ctx.text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if not (_TIMED_ENTRY.match(ctx.text, line_start) or _BARE_TIME.fullmatch(ctx.text, before, max(before, line_start - 1))):
        return None
    headings = [m for m in _DAY_HEADING.finditer(ctx.text, 0, line_start)]
    days = ctx.dates_in(headings[-1].start(), headings[-1].end()) if headings else []
    return days[0] if days and days[0].date is not None and days[0].precision == "day" else None


def _dated_by_day_heading(ctx: PressContext, events: list[Event]) -> None:
    """ "Tuesday 4 March / 14:10 – The interactive dialogue with ... opens": an undated event in an entry stamped with a
    time falls on the day heading the entries."""
    headings = [(m.start(), day) for m in _DAY_HEADING.finditer(ctx.text)
                for day in ctx.dates_in(m.start(), m.end())[:1] if day.date is not None and day.precision == "day"]  # fmt: skip
    if not headings:
        return
    for event in events:
        if event.date is not None or event.date_text is not None:
            continue
        line_start = ctx.text.rfind("\n", 0, event.evidence.start) + 1
        above = [day for at, day in headings if at < line_start]
        if above and _TIMED_ENTRY.match(ctx.text, line_start):
            event.date, event.date_text, event.date_resolved = above[-1].date, above[-1].text, True
            if event.forum is not None:
                event.forum["date"] = event.date.isoformat()


# A chronology's dated entry: "23 July – The Commission ...", "7 and 8 May – ..."
_DATED_ENTRY = re.compile(rf"(?m)^[^\S\n]*(?:\d{{1,2}}(?:\s+(?:and|to)\s+\d{{1,2}}|[-–]\d{{1,2}})?\s+{MONTH}|{MONTH}\s+\d{{1,2}})"
                          r"(?:\s+\d{4})?[^\S\n]*[–—:-][^\S\n]")
# An item's own dateline in a digest: "GENEVA, 30 March - ...", "STRASBOURG, Friday - ..."
_ITEM_DATELINE = re.compile(r"(?m)^[^\S\n]*[A-Z][A-Z .’'-]{1,30},[^\S\n]*[^\n,]{2,30}?[^\S\n]+[-–—][^\S\n]")


def _item_dateline_day(ctx: PressContext, at: int) -> DateMention | None:
    """In a digest of items, each under its own dateline ("GENEVA, 30 March - The Commissioner and the Special
    Rapporteur held talks by video link"), or a chronology of dated entries ("23 July – The Commission tells the House
    Committee ... Its chair appears before the committee"), the day the dateline or entry holding `at` gives. One
    dateline alone is the article's own: its day is when it was written, not when things happened."""
    lines, entries = _item_lines(ctx.text)
    if entries:  # (an entry runs to its paragraph's end)
        lines = tuple((a, b) for a, b in lines if "\n\n" not in ctx.text[a:at])
    above = [(a, b) for a, b in lines if a <= at]
    days = ctx.dates_in(*above[-1]) if above else []
    day = days[0] if days else None
    return day if day is not None and day.date is not None and day.precision == "day" else None


@lru_cache(maxsize=8)
def _item_lines(text: str) -> tuple[tuple[tuple[int, int], ...], bool]:
    """The spans of a digest's item datelines (two or more), else of a chronology's dated entries (two or more), and
    whether they are entries: found once per text, though every undated event asks."""
    datelines = tuple(m.span() for m in _ITEM_DATELINE.finditer(text))
    if len(datelines) >= 2:
        return datelines, False
    entries = tuple(m.span() for m in _DATED_ENTRY.finditer(text))
    return (entries, True) if len(entries) >= 2 else ((), False)


def _is_un_visitor(ref: ActorRef) -> bool:
    """A UN mechanism that visits countries, or the official who holds its mandate."""
    return bool(ref.kind == "un_mechanism" and _UN_VISITOR.search(ref.name) or ref.kind == "official" and _UN_VISITOR.search(
        ref.title or "") and not re.match(r"(?i)(?:deputy\s+)?spokes", ref.title or ""))  # (not "Spokesperson for the UN
    # High Commissioner")


def _visiting_expert_takes_part(ctx: PressContext, events: list[Event]) -> None:
    """ "The UN Special Rapporteur ..., Name, met the Governor ... on Monday, the sixth day of a ten-day official visit to
    Nigeria": the visit is the expert's, though the officials met are named nearer to it."""
    for event in events:
        if event.event_type != "visit" or any(p.kind == "un_mechanism" or _UN_VISITOR.search(p.title or "")
                                              for p in event.participants):  # fmt: skip
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        experts = [f.actor for f in ctx.actors.within(s_start, s_end) if _is_un_visitor(f.actor)]
        visited = {p.iso3 for p in event.participants if p.kind in (None, "state") and p.iso3}
        hosts_only = all(p.kind in (None, "state") or p.kind == "government_body" and p.iso3 in visited for p in event.participants)
        if not experts and hosts_only:  # "... end of mission to Zimbabwe", "Official visit to Georgia" (not the visit of
            # a parliament's delegation)
            named = list(dict.fromkeys(f.actor for f in ctx.actors.mentions if _is_un_visitor(f.actor)))  # in a heading:
            experts = named if len({r.kind for r in named}) == len(named) else []  # the article's one expert (and mandate)
        for ref in reversed(experts):
            if ref not in event.participants:
                event.participants.insert(0, ref)


def _forum_mandate_takes_part(ctx: PressContext, events: list[Event]) -> None:
    """ "denouncing the "interactive dialogue" on the DPRK ... The statement said that the so-called Special Rapporteur
    on ... had once again presented "a fabricated report"": a dialogue held with a mandate the article names has that
    mandate among its participants, wherever the article names it."""
    for event in events:
        mandate = (event.forum or {}).get("mandate") if event.event_type == "interactive_dialogue" else None
        named = next((m.actor for m in ctx.actors.mentions if mandate and m.actor.kind == "un_mechanism"
                      and m.actor.name == mandate), None)  # fmt: skip
        if named is not None and not any(p.kind == "un_mechanism" and p.name == mandate for p in event.participants):
            event.participants.append(named)


# "The report itself had been made public four days earlier": the day the report came out, told after the day it was
# presented
_MADE_PUBLIC = re.compile(r"\s*(?:The|Its|Her|His|Their)\s+(?:written\s+)?report\s+(?:itself\s+)?(?:had\s+been|was|has\s+been)\s+"
                          r"(?:made\s+public|published|released|issued)\b")


def _report_made_public_before(ctx: PressContext, events: list[Event]) -> None:
    """ "The written report ... was presented to the Council on Monday by the High Commissioner, Name. The report itself
    had been made public four days earlier.": the report is dated by its publication, and the one who presented it on
    the dialogue's day takes part in that dialogue."""
    for s_start, s_end in ctx.sentences:
        days = [d for d in ctx.dates_in(s_start, s_end) if d.precision == "day" and d.date and d.resolved]
        if not _MADE_PUBLIC.match(ctx.text, s_start, s_end) or len(days) != 1:
            continue
        reports = [e for e in events if e.event_type == "report" and e.evidence.start < s_start and e.date is not None
                   and e.date > days[0].date and re.search(r"\bpresented\b", e.evidence.quote)]  # fmt: skip
        if not reports:
            continue
        report = reports[-1]
        for dialogue in (e for e in events if e.event_type == "interactive_dialogue" and e.date == report.date):
            for ref in report.participants:
                if ref.kind == "official" and ref not in dialogue.participants:
                    dialogue.participants.append(ref)
        report.date, report.date_text, report.end_date = days[0].date, days[0].text, None


_THEMATIC_OR_COUNTRY = re.compile(r"(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|Commission|Group\s+of|"
                                  r"(?:Independent\s+International\s+)?Fact-Finding)\b")


def _dialogue_on_two_named_days(ctx: PressContext, events: list[Event]) -> None:
    """ "questioned Kazakhstan's delegation on Tuesday and Wednesday", "on 13 and 14 November": a dialogue held over
    the two days its sentence names together runs from the first to the second; so does a visit ("carried out
    monitoring visits to 9 police stations on Monday and Tuesday")."""
    for event in events:
        if event.event_type not in ("interactive_dialogue", "visit") or event.date is None or event.end_date is not None:
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        days = [d for d in ctx.dates_in(s_start, s_end) if d.precision == "day" and d.date is not None]
        for first, second in itertools.pairwise(days):
            if (re.fullmatch(r"\s+and\s+", ctx.text[first.end : second.start]) and event.date in (first.date, second.date)
                    and first.date is not None and second.date is not None and 1 <= (second.date - first.date).days <= 2):
                event.date, event.end_date = first.date, second.date
                break


def _dialogue_over_two_days(ctx: PressContext, events: list[Event]) -> None:
    """The first day of a dialogue the text says began before the day it is dated (its last), and its last day."""
    opened = _OPENED_BEFORE.search(ctx.text)
    dialogue = next((e for e in events if e.event_type == "interactive_dialogue" and e.date is not None and e.end_date is None), None)
    if opened is None or dialogue is None or dialogue.date is None:
        return
    start = dialogue.date - timedelta(days=1)
    if opened.group("day"):  # "which had opened on Tuesday": the Tuesday before the day it ended
        back = (dialogue.date.weekday() - _WEEKDAY_NAMES.index(opened.group("day").lower())) % 7
        if not 1 <= back <= 3:
            return
        start = dialogue.date - timedelta(days=back)
    dialogue.end_date, dialogue.date = dialogue.date, start
    if dialogue.forum is not None and re.search(r"\bCommittee\b", ctx.text[:600]):  # a treaty body's dialogue is one
        dialogue.forum["date"] = start.isoformat()  # forum from its first day; a Council summary keeps its meeting's day


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# "The delegation was led by Name", "Name, Minister of ... and head of the delegation", "Name, who led the Philippine
# delegation", "a delegation ... headed by Name": who spoke for the State before a treaty body
_DELEGATION_HEAD = re.compile(r"(?i)\bdelegation[^.;]{0,80}?\b(?:was\s+)?(?:led|headed)\s+by\b|"
                              r"\bhead(?:ed)?\s+(?:of\s+)?(?:the|its|her|his)\s+(?:[\w-]+\s+)?delegation\b|"
                              r"\b(?:led|heads?|headed|leads?|leading)\s+(?:the|its|a|her|his)\s+(?:[\w-]+\s+){0,2}delegation\b")
_TREATY_BODY = re.compile(rf"\bCommittee\s+(?:against|on)\s+{_TREATY_BODY_TAIL}")
_REGIONAL_BODY = re.compile(r"\b(?:African\s+Commission\s+on\s+Human\s+and\s+Peoples|Inter-American\s+(?:Commission|Court)|IACHR|"
                            r"ACHPR|European\s+Committee\s+for\s+the\s+Prevention\s+of\s+Torture|Council\s+of\s+Europe|"
                            r"ASEAN\s+Intergovernmental\s+Commission|Arab\s+Human\s+Rights\s+Committee)")
_ANY_TREATY_BODY = re.compile(rf"\bCommittee\s+(?:against|on)\s+{_TREATY_BODY_TAIL}|\bHuman\s+Rights\s+Committee\b")


# A sentence whose subject is "she" or "he": "On 4 March she held talks with ...", "Two days later she met ..."
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[^,.;\n]{0,40}?,?\s+)?(?:[Ss]he|[Hh]e)\s+(?:also\s+|then\s+|later\s+)?(?:met|held|visited|"
                              r"travell?ed|spoke|went|received|called)\b")


def _same_subject_as_before(ctx: PressContext, events: list[Event]) -> None:
    """ "On 4 March she held talks with the Minister of Finance, A. Two days later she met the Minister of ..., B": the
    second "she" is the first one (the expert), not A, the person named last."""
    earlier: Event | None = None
    for event in sorted(events, key=lambda e: e.evidence.start):
        if event.event_type not in ("meeting", "visit"):
            continue
        s_start, _ = ctx.sentence_at(event.evidence.start)
        if not _PRONOUN_SUBJECT.match(ctx.text, s_start):
            earlier = None
            continue
        if earlier is not None and earlier.participants and event.participants and earlier.participants[0].kind == "official" \
                and event.participants[0] != earlier.participants[0] and event.participants[0] in earlier.participants[1:]:  # fmt: skip
            event.participants[0] = earlier.participants[0]
            event.participants = list(dict.fromkeys(event.participants))
        earlier = event


_IN_A_STATEMENT_AFTER = re.compile(r"(?i),\s+in\s+a\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|release)\s+"
                                   r"(?:issued|released|published|posted)\b[^,;]{0,40}[.!]?\s*$")


def _statement_of_the_opener(ctx: PressContext, events: list[Event]) -> None:
    """ "Sudan's Ministry of Foreign Affairs put the split at 28 to 17 ... at Monday's dialogue with the Mission, in a
    statement issued on Tuesday": the statement is the sentence's subject's, not the body named last before it."""
    for event in events:
        if event.event_type != "press_statement":
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        if not _IN_A_STATEMENT_AFTER.search(ctx.text, s_start, s_end):
            continue
        opener = sentence_opener(ctx, s_start, s_end)
        if opener is not None and opener.kind not in ("state", "media") and opener not in event.participants:
            event.participants.insert(0, opener)


_TEAM_OF = re.compile(r"\b(?:team|monitors|staff|officers|inspectors|members|delegation|investigators|representatives)\s+(?:of|from)\s+"
                      r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|on|the|office|[A-Z][\w’'-]*)){0,8}?)"
                      r"\s+(?:inspected|visited|monitored|carried\s+out|conducted|made|paid|(?:was|were)\s+(?:deployed|sent|dispatched))\b")


def _team_of_a_body_visits(ctx: PressContext, events: list[Event]) -> None:
    """ "a team from the Ombudsman's office inspected the detention centre", "monitors of the Commissioner's Office
    visited ...": the body whose team it is makes the visit; a visit with no visitor yet takes the one the sentence
    opens with ("The Chief Ombudsman ... has released his report on an unannounced inspection of ...")."""
    for event in events:
        if event.event_type != "visit":
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        team = _TEAM_OF.search(ctx.text, s_start, s_end)
        body = resolve_who(ctx, team.group("who"), team.start("who")) if team else None
        if body is not None and body.kind not in ("state", "official", "media") and body not in event.participants:
            event.participants.insert(0, body)
        opener = sentence_opener(ctx, s_start, s_end) if not event.participants else None
        if opener is not None and opener.kind not in ("state", "media"):  # "The Chief Ombudsman, Name, has today released
            event.participants.append(opener)  # his report on an unannounced inspection of ...": whoever the sentence is about


def _second_visit_same_visitor(ctx: PressContext, events: list[Event]) -> None:
    """ "inspected Mzuzu Prison on 4 March and Mzimba Prison on 5 March": the second visit, named by its place alone,
    is made by whoever made the first one in the sentence."""
    visits = sorted((e for e in events if e.event_type == "visit"), key=lambda e: e.evidence.start)
    for earlier, event in itertools.pairwise(visits):
        if not event.participants and earlier.participants and \
                ctx.sentence_at(event.evidence.start) == ctx.sentence_at(earlier.evidence.start):
            event.participants = list(earlier.participants)


_PRESENTED_BY_HOLDER = re.compile(r"(?i)\b(?:report|update)\s+(?:(?:just|today|this\s+(?:morning|afternoon))\s+)?(?:presented|introduced)\s+"
                           r"(?:(?:today|this\s+(?:morning|afternoon)|yesterday)\s+)?by\s+(?:the\s+[^,.;]{3,60},\s+)?"
                           r"(?:(?:Mr|Ms|Mrs|Dr|Professor)\.?\s+)?$|"
                           r"\b(?:its|their)\s+(?:chair(?:person|man|woman)?|president|head),\s+(?:(?:Mr|Ms|Mrs|Dr|Professor)\.?\s+)?$")


def _holder_takes_part(ctx: PressContext, events: list[Event]) -> None:
    """ "Name, the Special Rapporteur on ..., presented his annual report to the Council in an interactive dialogue on
    Tuesday": the mandate's dialogue is its holder's too, when the sentence names the holder."""
    for event in events:
        if event.event_type not in ("interactive_dialogue", "oral_update") or any(p.kind == "official" for p in event.participants):
            continue
        mandates = {p.name for p in event.participants if p.kind == "un_mechanism"}
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        holders = [f.actor for f in ctx.actors.within(s_start, s_end) if f.actor.kind == "official" and f.actor.title in mandates]
        if not holders and mandates and ctx.doc.kind == "statement":  # a statement in the dialogue: "the report presented
            holders = [f.actor for f in ctx.actors.mentions if f.actor.kind == "official"  # today by Mr. Name", "thanks the
                       and _PRESENTED_BY_HOLDER.search(ctx.text, max(0, f.start - 120), f.start)]  # Commission and its chair, Ms Name":
            # the holder who presented it
        event.participants += [h for h in dict.fromkeys(holders) if h not in event.participants]


def _treaty_body_takes_part(ctx: PressContext, events: list[Event]) -> None:
    """ "The observations close a review held in Geneva on 12 and 13 November": a treaty body's review of a State is the
    Committee's dialogue with it, the Committee the text names."""
    body = next((m.actor for m in sorted(ctx.actors.mentions, key=lambda m: m.start)
                 if m.actor.kind == "un_mechanism" and _ANY_TREATY_BODY.search(m.actor.name)), None)  # fmt: skip
    if body is None:
        return
    for event in events:
        if event.event_type == "interactive_dialogue" and not any(p.kind == "un_mechanism" for p in event.participants) \
                and re.search(r"(?i)\breview\b|\bconsideration\s+of\b|\bexamin(?:ed|ation)\b|\bdays\s+of\s+dialogue\b|\bperiodic\s+report\b",
                              event.evidence.quote or "") \
                and not re.search(r"(?i)periodic\s+review|\bUPR\b", event.evidence.quote or ""):  # fmt: skip
            event.participants.insert(0, body)


def _delegation_head_takes_part(ctx: PressContext, events: list[Event]) -> None:
    """A treaty body's dialogue with a State is between the Committee and the State's delegation: the person the
    text names as leading the delegation takes part, wherever in the text that is said."""
    dialogue = next((e for e in events if e.event_type == "interactive_dialogue"
                     and any(_TREATY_BODY.search(p.name) for p in e.participants)), None)  # fmt: skip
    if dialogue is None or any(p.kind == "official" for p in dialogue.participants):
        return
    for match in _DELEGATION_HEAD.finditer(ctx.text):
        s_start, s_end = ctx.sentence_at(match.start())
        people = [m for m in ctx.actors.mentions if s_start <= m.start < s_end and m.actor.kind == "official"
                  and not re.search(r"(?i)\b(?:committee|expert|rapporteur|chair)", m.actor.title or "")]  # fmt: skip
        if people:
            head = min(people, key=lambda m: min(abs(m.start - match.end()), abs(m.end - match.start())))
            dialogue.participants.append(head.actor)
            return


def _conference_on_the_day_said(ctx: PressContext, events: list[Event]) -> None:
    """ "X said on Friday that .... X told a press conference that ..." (or "In a statement|communiqué, X said ..."):
    a press conference or statement with no day of its own is held the day the sentence before says its speaker spoke ("said on Friday",
    "on Thursday urged")."""
    for event in events:
        if event.event_type != "press_statement" or event.date is not None:
            continue
        s_start, _ = ctx.sentence_at(event.evidence.start)
        before = [(a, b) for a, b in ctx.sentences if b <= s_start]
        if not before or not re.search(r"(?i)\bpress\s+conference\b|\b[Ii]n\s+a\s+(?:statement|communiqu[eé]|press\s+release)\b",
                                       event.evidence.quote):
            continue
        p_start, p_end = before[-1]
        said = [d for d in ctx.dates_in(p_start, p_end) if d.precision == "day" and d.date and d.resolved
                and not in_dateline(ctx.text, d)
                and (_REPORTING_DATE.search(ctx.text[max(0, d.start - 30) : d.start])
                     or _OTHER_VERB.match(ctx.text, d.end))]  # fmt: skip
        if len({d.date for d in said}) == 1:
            event.date, event.date_text, event.date_resolved = said[0].date, said[0].text, True


def _launched_at_an_event(ctx: PressContext, events: list[Event]) -> None:
    """ "At a side event yesterday, the Coalition launched its report": an undated report launched at a meeting the same
    sentence dates is launched that day."""
    for event in events:
        if event.event_type != "report" or event.date is not None or event.date_text is not None:
            continue
        if not re.search(r"(?i)\b(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:side\s+event|event|launch|ceremony|meeting|"
                         r"conference|briefing)\b", event.evidence.quote or ""):
            continue
        same = [e for e in events if e is not event and e.event_type == "meeting" and e.date is not None
                and e.evidence.start == event.evidence.start]  # fmt: skip
        if len(same) == 1:
            event.date, event.date_text, event.date_resolved = same[0].date, same[0].date_text, same[0].date_resolved


def _sides_led_by(ctx: PressContext, events: list[Event]) -> None:
    """ "Norway and Azerbaijan held a round of consultations in Baku. The Norwegian side was led by State Secretary A,
    and the Azerbaijani side by Deputy Minister B": the people leading each side take part in the meeting."""
    for event in events:
        if event.event_type != "meeting":
            continue
        _, s_end = ctx.sentence_at(event.evidence.start)
        after = [(a, b) for a, b in ctx.sentences if a >= s_end and "\n\n" not in ctx.text[s_end:a]][:1]
        if not after or not _SIDE_LED.search(ctx.text, *after[0]):
            continue
        for found in ctx.actors.within(*after[0]):
            if found.actor.kind == "official" and found.actor not in event.participants:
                event.participants.append(found.actor)


_SIDE_LED = re.compile(r"\b(?:side|delegation)\s+(?:was|were)\s+(?:led|headed)\s+by\b")


def _closing_conference(ctx: PressContext, events: list[Event]) -> None:
    """ "arrived in Santiago on 7 November and ended his visit on Thursday. At his closing press conference in the capital
    he called ...": an undated closing press conference is held on the last day of the visit told before it, by the
    visitor."""
    for event in events:
        if event.event_type != "press_statement" or event.date is not None or not _CLOSING_CONFERENCE.search(event.evidence.quote):
            continue
        visit = next((v for v in reversed(events) if v.event_type == "visit" and v.end_date is not None
                      and v.evidence.start < event.evidence.start), None)  # fmt: skip
        if visit is None:
            continue
        event.date, event.date_text, event.date_resolved = visit.end_date, "the last day of the visit", True
        for ref in visit.participants:
            if ref.kind == "official" and ref not in event.participants:
                event.participants.append(ref)


def _visit_ended_at_conference(ctx: PressContext, events: list[Event]) -> None:
    """ "... at the end of a ten-day visit that took her to Port Moresby ... Speaking at a press conference ...
    yesterday, Ms. Name said": a visit told only by its length and its end, which the dated press conference in the
    same or the next sentence marks."""
    for visit in events:
        if visit.event_type != "visit" or visit.date is not None or not _AT_VISIT_END.search(visit.evidence.quote or ""):
            continue
        days = _visit_days(visit.evidence.quote or "")
        s_start, s_end = ctx.sentence_at(visit.evidence.start)
        next_end = next((b for a, b in ctx.sentences if a >= s_end), s_end)
        conference = next((e for e in events if e.event_type == "press_statement" and e.date is not None and e.date_resolved
                           and s_start <= e.evidence.start < next_end), None)  # fmt: skip
        if conference is None or not days:
            continue
        visit.end_date, visit.date = conference.date, conference.date - timedelta(days=days - 1)
        visit.date_text, visit.date_resolved = "the day of the closing press conference", True


_AT_VISIT_END = re.compile(r"(?i)\b(?:at\s+the\s+(?:end|close)\s+of|as\s+(?:he|she|they|it)\s+(?:ended|concluded|wrapped\s+up)|"
                           r"wrapping\s+up|concluding)\s+(?:a|an|her|his|their|its)\s+(?:\w+[- ]day|(?:[\w-]+\s+)?week-long|[\w-]+)\s+"
                           r"(?:official\s+|country\s+)?visit\b")
_CLOSING_CONFERENCE = re.compile(r"(?i)\b(?:closing|final|concluding|end[\s-]of[\s-](?:visit|mission))\s+(?:press|news)\s+conference\b")


# A visit's programme set out as a dated list under its own heading: "Programme of meetings" / "- Monday 13 August:
# the Minister of ..., Name, and the leadership of ..."
_PROGRAMME_HEAD = re.compile(r"(?im)^[^\S\n]*(?:(?:programme|program|schedule|calendar)\s+of\s+(?:the\s+)?(?:meetings|visit)|"
                             r"meetings\s+held|(?:the\s+)?visit\s+in\s+brief)[^\S\n]*:?[^\S\n]*$|"
                             # "On the sidelines of the session, the Foreign Minister held bilateral meetings with:"
                             r"^(?P<by>[^\n]{0,120}?)\bheld\s+(?:bilateral\s+)?meetings\s+with\s*:[^\S\n]*$")
_PROGRAMME_ITEM = re.compile(r"(?m)(?:[^\S\n]*\n)+[^\S\n]*[-•*–][^\S\n]*(?:(?P<day>[^:\n]{3,40}):[^\S\n]*(?P<who>[^\n]+)|"
                            # "- Speaker of Parliament, Ms. Name (18 June)": who, then the day in brackets
                            rf"(?P<who2>[^\n(]{{3,200}}?)[^\S\n]*\((?P<day2>\d{{1,2}}[^\S\n]+{MONTH}(?:[^\S\n]+\d{{4}})?)\)|"
                            # "- the Special Rapporteur ..., Name, on 25 February, with whom she discussed ...;"
                            rf"(?P<who3>[^\n]{{3,200}}?),[^\S\n]+on[^\S\n]+(?P<day3>\d{{1,2}}[^\S\n]+{MONTH}(?:[^\S\n]+\d{{4}})?)(?=[,;.]|[^\S\n]*$)[^\n]*?)"
                            r"[^\S\n]*$")


def _programme_meetings(ctx: PressContext, events: list[Event]) -> None:
    """Each dated line of a visit's "Programme of meetings" is a meeting of the visitor with those the line names."""
    head = _PROGRAMME_HEAD.search(ctx.text)
    visit = next((e for e in events if e.event_type == "visit"), None)
    host = resolve_who(ctx, re.sub(r"^.*,\s+", "", head.group("by").strip()), head.start()) if head and head.group("by") else None
    if head is None or (visit is None and host is None):
        return
    visitor = [host] if host is not None else [p for p in visit.participants if p.kind == "official"][:1] or [  # type: ignore[union-attr]
        p for p in visit.participants if p.kind == "un_mechanism"][:1]  # type: ignore[union-attr]
    at = head.end()
    while True:
        at = ctx.text.find("\n", at)
        item = _PROGRAMME_ITEM.match(ctx.text, at) if at >= 0 else None
        if item is None:
            return
        day_key, who_key = ("day", "who") if item.group("day") else ("day2", "who2") if item.group("day2") else ("day3", "who3")
        start, end = item.span(day_key)
        day = next((d for d in ctx.dates_in(start, end) if d.resolved and d.precision == "day" and d.date), None)
        same_day = [e for e in events if e.event_type == "meeting" and e.date is not None and day is not None and e.date == day.date
                    and item.start() <= e.evidence.start <= item.end()]  # fmt: skip
        for event in same_day:  # "- Tuesday 11 October: meeting with the President of the Supreme Court": the visitor's
            event.participants[:0] = [v for v in visitor if v not in event.participants]
        if day is not None and not any(e.event_type == "meeting" and e.date == day.date for e in events):
            met = [f.actor for f in ctx.actors.within(item.start(who_key), item.end(who_key)) if f.actor.kind != "state"]
            first, last = min(start, item.start(who_key)), max(end, item.end(who_key))
            events.append(Event(evidence=ctx.evidence(first, last), event_type="meeting", date=day.date,
                                date_text=day.text, participants=list(dict.fromkeys([*visitor, *met]))))  # fmt: skip
        at = item.end()


def _conference_on_the_lead_day(ctx: PressContext, events: list[Event]) -> None:
    """ "The Special Rapporteur ... said on Tuesday that ..., at a press conference closing a twelve-day visit", "...
    today called on Brazil to ... 'In village after village ...,' Name told reporters": a press conference or remarks
    to reporters with no day of their own fall on the one day the lead says the speaker spoke."""
    said_days = {d.date for d in _lead_days(ctx) if d.date is not None and (
        _REPORTING_DATE.search(ctx.text, max(0, d.start - 30), d.start) or _OTHER_VERB.match(ctx.text, d.end)
        or re.fullmatch(r"(?i)today", d.text)
        or re.search(r"(?i)\b(?:ended|concluded|wrapped\s+up|completed)\s+(?:her|his|their|its|a|an)\b[^.;]{0,80}$",
                     ctx.text[max(0, d.start - 100) : d.start]))}  # fmt: skip  # ("ended her visit to Kenya on Friday")
    if len(said_days) != 1:
        return
    for event in events:
        quote = event.evidence.quote or ""
        if event.event_type == "press_statement" and event.date is None and (
                re.search(r"(?i)\b(?:press|news)\s+conference\b", quote) or _TO_REPORTERS.search(quote)
                or re.search(r"(?i)\btold\s+(?:reporters|journalists)\b", quote)):  # fmt: skip
            event.date, event.date_text, event.date_resolved = next(iter(said_days)), "the day the lead says it was said", True


_TOOK_PLACE = re.compile(r"(?i)\s*(?:it|the\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)|(?P<poll>polling|voting))\s+(?:actually\s+)?(?:took\s+place|"
                         r"was\s+held|happened|occurred)(?:\s+in\s+[A-Z][\w-]+)?\s+on\b|"  # "was held in Geneva on 14 June"
                         # an interview's answer that is a date alone: "Q: In March the Committee examined Nigeria. A: On 11
                         # and 12 March, in Geneva."
                         rf"\s*(?:[AQ]\s*[:.]\s*)?On\s+\d{{1,2}}(?:\s+(?:and|to|-|–)\s+\d{{1,2}})?\s+{MONTH}(?:\s*,\s*in\s+[A-Z][\w-]+)?\s*\.?\s*$")


_NEW_YEARS_EVE = re.compile(r"(?i)\bon\s+(new\s+year)[’']s\s+eve\b")
_WHEN_CLAUSE = re.compile(r",\s+when\b[^.;]{0,100}")
_EVE_OF = re.compile(r"(?i)\bon\s+the\s+eve\s+of\s+(?:the\s+|his\s+|her\s+|its\s+)?(new\s+year|press\s+conference|"
                     r"visit|dialogue|review|meeting|elections?)\b")


def _eve_day(ctx: PressContext, events: list[Event], noun: str) -> Any:
    """The day before the new year, or before the event of that kind the article has dated."""
    noun = " ".join(noun.lower().split())
    if noun == "new year":
        if ctx.published is None:
            return None
        year = ctx.published.year - (ctx.published.month <= 6)
        return ctx.published.replace(year=year, month=12, day=31)
    kind = {"press conference": "press_statement", "review": "interactive_dialogue", "elections": "election"}.get(
        noun, _EVENT_NOUNS.get(noun, noun)
    )
    dated = [e.date for e in events if e.event_type == kind and e.date is not None]
    if not dated and kind == "press_statement" and _ENDED_WITH_CONFERENCE.search(ctx.text):
        dated = [e.end_date for e in events if e.event_type == "visit" and e.end_date is not None]  # the
        # conference that ended the visit is held on its last day (dated only after all events are read)
    return dated[-1] - timedelta(days=1) if dated else None


# "four days before the review", "a week after the dialogue": a day counted from an event the article has dated
_DAYS_FROM_EVENT = re.compile(rf"(?i)\b(?P<n>{NUMBER}|a|an|one)\s+(?P<unit>day|week)s?\s+(?P<dir>before|after|ahead\s+of)\s+"
                              r"(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?(?P<noun>review|dialogue|visit|elections?)\b"
                              r"(?!\s+(?:of|on|with)\s+(?!(?:the\s+)?(?-i:[A-Z])))")  # ("the review of 2029" is another one)


# An entry of a look back at a year, headed by a label and its date: "A seat on the Council, 15 October 2029."
_ENTRY_HEADING = re.compile(r"[^\S\n]*(?:[A-Z][^.\n]{2,80}?,[^\S\n]+)?(?P<date>[^.\n,]{4,40}?)\.[^\S\n]")  # ("5 August. Ombudsman
# Name met ...": a digest's entry headed by its date alone)


def _entry_date(ctx: PressContext, offset: int) -> DateMention | None:
    """The date heading the paragraph whose first sentence starts at `offset`, when the paragraph opens
    with an entry heading whose date is all there is after its label."""
    line_start = ctx.text.rfind("\n", 0, offset) + 1
    if offset == line_start and line_start > 1:  # "3 December" on a line of its own over "Commissioner Name met ...": that day
        above_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
        above = ctx.text[above_start : line_start - 1]
        days = [d for d in ctx.dates_in(above_start, line_start - 1) if d.date is not None]
        bare = re.sub(r"^(?i:[a-z]+day),?\s+", "", above.strip())  # ("MONDAY 9 OCTOBER")
        if len(days) == 1 and bare == days[0].text.strip() and len(above.strip()) <= 30:
            return days[0]
    heading = _ENTRY_HEADING.match(ctx.text, line_start)
    if heading is None or not (offset == line_start or abs(offset - heading.end()) <= 1):
        return None  # (its first sentence only: what the entry goes on to recall has days of its own)
    dates = [d for d in ctx.dates_in(heading.start("date"), heading.end("date")) if d.date is not None]
    if len(dates) != 1 or dates[0].start != heading.start("date") or dates[0].end != heading.end("date"):
        return None
    return dates[0]


def _nearest_trigger(triggers: list[tuple[str, int, int]], match: re.Match[str]) -> int | None:
    """The index of the trigger closest to `match`, leaving out any inside it."""
    outside = [(min(abs(t_start - match.end()), abs(match.start() - t_end)), k)
               for k, (_, t_start, t_end) in enumerate(triggers) if not match.start() <= t_start < match.end()]
    return min(outside)[1] if outside else None


def _days_from_event(events: list[Event], match: re.Match[str]) -> Any:
    """The day `match` counts from the last dated event of the kind it names (a State's review is
    the dialogue of its Working Group session)."""
    noun = match.group("noun").lower()
    kind = {"review": "interactive_dialogue", "elections": "election"}.get(noun, _EVENT_NOUNS.get(noun, noun))
    dated = [e for e in events if e.event_type == kind and e.date is not None and e.date_resolved]
    if noun == "review":
        dated = [e for e in dated if (e.forum or {}).get("type") == "upr_review"] or dated
    if not dated:
        return None
    word = match.group("n").lower()
    n = 1 if word in ("a", "an", "one") else int(parse_number(word) or 0)
    if n <= 0:
        return None
    days = n * (7 if match.group("unit").lower() == "week" else 1)
    base = dated[-1].date if match.group("dir").lower() != "after" else (dated[-1].end_date or dated[-1].date)
    return base + timedelta(days=days if match.group("dir").lower() == "after" else -days)


# a date right before a verb of its own: "on Friday rejected the latest report" dates the rejecting
_OTHER_VERB = re.compile(r"\s+(?:(?:also|again|formally|publicly)\s+)?(?:rejected|dismissed|welcomed|criticised|criticized|"
                         r"denounced|condemned|praised|hailed|questioned|disputed|called|urged)\b")
_HELD_ON = re.compile(r"(?i)\b(?:which|that)\s+(?:took\s+place|was\s+held|were\s+held|happened)\s+(?:on\s+)?$")
_FIRST_OR_LAST_DAY = re.compile(r"(?i)\bon\s+(?:his|her|their|its|the)\s+(first|last|final)\s+day\b"
                                r"(?!\s+of\b(?!\s+(?:the|his|her|their|its)\s+visit\b))")  # "of the visit" only
_EVENT_NOUNS = {"dialogue": "interactive_dialogue", "visit": "visit", "meeting": "meeting", "update": "oral_update",
                "press conference": "press_statement", "election": "election", "polling": "election",
                "voting": "election"}


def _dated_afterwards(ctx: PressContext, events: list[Event]) -> None:
    """ "An earlier version said the dialogue took place on Monday, 15 March. It took place on
    Tuesday, 16 March.": the day a later sentence gives the event the sentence before names (the
    corrected day wins over a withdrawn one)."""
    for i, (s_start, s_end) in enumerate(ctx.sentences[1:], 1):
        match = _TOOK_PLACE.match(ctx.text, s_start, s_end)
        days = [d for d in ctx.dates_in(s_start, s_end) if d.precision == "day" and d.date and d.resolved]
        if match is None or len({d.date for d in days}) != 1:
            continue
        p_start, p_end = ctx.sentences[i - 1]
        named = (s_start, s_end) if match.group("what") or match.group("poll") else (p_start, p_end)
        types = {t for t, _, _ in _triggers(ctx, *named)} or {
            t for noun, t in _EVENT_NOUNS.items() if re.search(rf"(?i)\b{noun}\b", ctx.text[named[0] : named[1]])
        }  # "said the dialogue took place on ...": the noun alone
        withdrawn = retracted(ctx.text[p_start:p_end])
        for event in events:
            vague = event.end_date is not None and event.event_type != "visit"  # "last week's election"
            if event.event_type in types and (event.date is None or withdrawn or vague):
                event.date, event.end_date, event.date_resolved = days[0].date, days[0].end_date, True  # ("was held on 14
                # and 15 October": both days)
                event.date_text = days[0].text
                if event.forum is not None:
                    event.forum["date"] = event.date.isoformat()
                break


_VISIT_END_WORDS = re.compile(r"(?i)\b(?:ended|ends|concluded|concludes|wrapped\s+up|wound\s+up|end\s+of|close\s+of|last\s+day\s+of|"
                              r"final\s+day\s+of)\b")
_LAST_DAY_OF_VISIT = re.compile(r"(?i)\b(?:last|final|closing)\s+day\s+of\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?visit|"
                                r"\b(?:at\s+the\s+)?end\s+of\s+(?:his|her|their|the|its|a)\s+(?:[\w-]+\s+){0,2}visit|"
                                # "At a press conference on her final day she described ...": the visit told before
                                r"\bon\s+(?:her|his|their|its|the)\s+(?:final|last|closing)\s+day\b(?!\s+of\s+(?:the\s+)?"
                                r"(?:session|month|year|week|dialogue|review|meeting)\b)")


# "ended a twelve-day visit", "wrapped up its 10-day country visit": a visit's end told with its length
_ENDED_LENGTH = re.compile(rf"(?i)\b(?:ended|concluded|wrapped\s+up|wound\s+up|completed)\s+(?:a|an|its|her|his|their)\s+"
                           rf"(?P<n>{NUMBER})[- ]day\s+(?:official\s+|country\s+|working\s+)?visit\b")


# A lead that says when UN experts spoke: "Three UN human rights experts on Thursday urged Bangladesh to ..."
_EXPERTS_SPOKE = re.compile(r"(?i)\bexperts?\b[^.;]{0,60}?\b(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday))\s+(?:urged|called|said|warned|expressed|condemned|welcomed|voiced|deplored)\b")


def undated_statements(ctx: PressContext, events: list[Event]) -> None:
    """A press statement with no day of its own: one the document's heading names ("Press release" over its date) is
    issued that day; experts' joint statement ("In a joint statement, the Special Rapporteur on ... said") was made on
    the day the lead says the experts spoke ("Three UN experts on Thursday urged ...")."""
    body = ctx.text.find("\n") + 1
    heading_end = next((a for a, b in ctx.sentences if a >= body and len(ctx.text[a:b].split()) >= 8), len(ctx.text))
    lead = ctx.lead_sentence()
    spoke = _EXPERTS_SPOKE.search(ctx.text, *lead) if lead else None
    days = {d.date for d in _lead_days(ctx)} if spoke else set()
    for event in events:
        if event.event_type != "press_statement" or event.date is not None:
            continue
        if event.evidence.end <= heading_end and ctx.doc.published is not None:  # "Press release / 11 February 2031"
            event.date, event.date_text, event.date_resolved = ctx.doc.published, "date of the document", True
        elif len(days) == 1 and event.participants and all(p.kind in ("un_mechanism", "official") for p in event.participants) \
                and any(p.kind == "un_mechanism" for p in event.participants):  # fmt: skip
            event.date, event.date_text, event.date_resolved = days.pop(), "the day the lead names", True


def _lead_days(ctx: PressContext) -> list[DateMention]:
    """The days the lead under the headline names (not its dateline): when the news it reports happened."""
    lead = ctx.lead_sentence()
    return [d for d in ctx.dates_in(*lead) if not in_dateline(ctx.text, d) and d.resolved and d.precision == "day"
            and d.date] if lead else []  # fmt: skip


def _visit_ends(ctx: PressContext, events: list[Event]) -> None:
    """ "said on Thursday as he ended a visit that began on 1 February", "a visit on Sunday that will
    run until 28 October": the other day of the visit's sentence is its last; a news conference
    "on the last day of his visit" is held that day."""
    visits = [e for e in events if e.event_type == "visit" and e.date is not None]
    for event in visits:
        if event.end_date is not None or not event.date_resolved:
            continue
        dated = next((d.start for d in ctx.dates if d.date == event.date and d.text == event.date_text), None)
        s_start, s_end = ctx.sentence_at(event.evidence.start if dated is None else dated)  # where its day is
        later = [d for d in ctx.dates_in(s_start, s_end) if d.resolved and d.precision == "day" and d.date
                 and d.date > event.date and (d.date - event.date).days <= 60
                 and not in_dateline(ctx.text, d)]  # fmt: skip
        until = [d for d in later if _UNTIL.search(ctx.text, max(0, d.start - 20), d.start)
                 or re.search(r"(?i)\brun\s+(?:until|till|to)\s+$", ctx.text[max(0, d.start - 20) : d.start])]
        ended = _VISIT_END_WORDS.search(ctx.text, s_start, s_end)
        chosen = until or (later if ended else [])
        if not chosen:  # "... at the start of her visit. The visit, which began the same day, ends on
            chosen = _end_said_next(ctx, event, s_end)  # Tuesday next week."
        if len({d.date for d in chosen}) == 1:
            event.end_date = chosen[0].date
    for event in visits:  # "TBILISI - The expert called on Georgia on Friday to ... Presenting her findings at the end of
        if event.end_date is not None or not event.date_resolved:  # a visit that began on 24 September": it ended Friday
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        if not re.search(r"(?i)\bat\s+the\s+end\s+of\s+(?:a|an|her|his|their|the|its)\s+(?:[\w-]+\s+){0,2}?visit\s+that\s+"
                         r"(?:began|started)\b", ctx.text[s_start:s_end]):
            continue
        days = [d for d in _lead_days(ctx) if event.date < d.date and (d.date - event.date).days <= 60]  # type: ignore[operator]
        if len({d.date for d in days}) == 1:
            event.end_date = days[0].date
    for event in events:  # "experts said on Friday ... The Working Group ended a twelve-day visit with a press conference":
        if event.event_type != "visit" or event.date is not None or event.end_date is not None:  # it ended the lead's day
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        ended = _ENDED_LENGTH.search(ctx.text, s_start, s_end)
        days = _lead_days(ctx) if ended and not ctx.dates_in(s_start, s_end) else []
        length = parse_number(ended.group("n")) if ended else None
        if len({d.date for d in days}) == 1 and isinstance(length, int) and 1 < length <= 60 and days[0].date is not None:
            event.end_date = days[0].date
            event.date, event.date_text, event.date_resolved = days[0].date - timedelta(days=length - 1), ended.group(0), True
    for event in events:  # "a press conference on the last day of his visit", "met X on the last day of the visit"
        if (event.event_type == "press_statement" and (event.date is None or event.end_date is not None)
                or event.event_type == "meeting" and event.date is None):
            s_start, s_end = ctx.sentence_at(event.evidence.start)
            ended = [v for v in visits if v.end_date is not None and v.evidence.start <= event.evidence.start]
            if ended and _LAST_DAY_OF_VISIT.search(ctx.text, s_start, s_end):  # the visit named last
                event.date, event.end_date, event.date_resolved = ended[-1].end_date, None, True
                event.date_text = "the last day of the visit"
    for match in _CONFERENCE_CLOSED.finditer(ctx.text):  # "The press conference closed his visit to
        held = [e for e in events if e.event_type == "press_statement" and e.date is not None  # Zambia,
                and e.evidence.start <= match.start()]  # which began on 28 November": it ended that day
        open_visits = [v for v in events if v.event_type == "visit" and v.end_date is None and v.date is not None]
        if held and open_visits and held[-1].date >= open_visits[-1].date:  # type: ignore[operator]
            open_visits[-1].end_date = held[-1].date
    undated = [e for e in events if e.event_type == "press_statement" and e.date is None]
    for match in _ENDED_WITH_CONFERENCE.finditer(ctx.text):  # "ended her visit on 5 January with
        s_start, s_end = ctx.sentence_at(match.start())  # a press conference": held on the last day
        ended = [v for v in events if v.event_type == "visit" and v.end_date is not None and v.evidence.start <= s_end]
        if ended and undated:
            event = next((e for e in undated if s_start <= e.evidence.start < s_end), undated[0])
            event.date, event.end_date, event.date_resolved = ended[-1].end_date, None, True
            event.date_text = "the last day of the visit"
            undated.remove(event)
    for event in undated:  # "... ended a visit to Sri Lanka on Thursday. Speaking at a press conference in Colombo,
        s_start, s_end = ctx.sentence_at(event.evidence.start)  # the Chair said": the visit's closing conference
        ended = [v for v in visits if v.end_date is not None and v.evidence.start < s_start
                 and _VISIT_END_WORDS.search(ctx.text, *ctx.sentence_at(v.evidence.start))]  # fmt: skip
        if len(ended) == 1 and _AT_CONFERENCE.search(ctx.text, s_start, s_end):
            event.date, event.end_date, event.date_resolved = ended[0].end_date, None, True
            event.date_text = "the last day of the visit"


def _surnamed(ctx: PressContext, surname: str) -> ActorRef | None:
    """The person a surname stands for: the official so named, else the full name the text first gives it."""
    named = next((m.actor for m in ctx.actors.mentions if m.actor.kind == "official" and m.actor.name.split()[-1] == surname), None)
    if named is None and not find_states(surname):
        full = re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(surname)}\b", ctx.text)
        named = ActorRef(full.group(0), "official") if full and not find_states(full.group(0)) else None
    return named


# "is expected to present preliminary observations in Chişinău on Wednesday": the expert's own statement to the press
_END_OF_MISSION_HEAD = re.compile(r"(?i)\s*(?:end[\s-]of[\s-](?:mission|visit)\s+statement|press\s+briefing\s+notes|"
                                  r"transcript\s+of\s+the\s+(?:weekly\s+|daily\s+|regular\s+)?(?:media|press|news)\s+briefing)\b")
_PRELIMINARY = re.compile(r"(?i)\b(?:present|share|deliver)\w*\s+(?:(?:his|her|their|its|the)\s+)?(?:preliminary|initial|"
                          r"end-of-(?:mission|visit))\s+(?:findings|observations|conclusions|statement)\b")
_TOLD_CONFERENCE = re.compile(r"[,”\"]\s+(he|she|[A-Z][\w’'-]+)\s+told\s+(?:a|the)\s+(?:press|news)\s+conference\b")
_TO_REPORTERS = re.compile(r"(?i)\b(?:speaking|talking|spoke)\s+to\s+(?:journalists|reporters|the\s+press|the\s+media)\b")
# "Speaking at a press conference in Colombo,", "At a news conference in Tbilisi, she said", "told a news conference"
_AT_CONFERENCE = re.compile(r"(?i)(?:(?:and|then|later),?\s+)?(?:on\s+[A-Z][a-z]+day,?\s+)?\b(?:speaking\s+)?(?:at|during)\s+(?:a|the|her|his|their|its)\s+(?:final\s+|closing\s+|end-of-(?:mission|visit)\s+)?"
                            r"(?:press|news)\s+conference\b(?:\s+in\s+[A-Z][\w’'-]+)?(?:\s+on\s+[^,.;]{3,30})?,|"  # ("At her end-of-mission
                            # press conference in Popayán on the last day, she said")
                            r"\btold\s+(?:a|the)\s+(?:press|news)\s+conference\b(?!\s+(?:on|last|yesterday|earlier))")  # '"...," X told a press conference'



_CONFERENCE_CLOSED = re.compile(r"(?i)\b(?:press|news)\s+conference\s+(?:closed|ended|concluded|wrapped\s+up|marked\s+the\s+end\s+of)\s+"
                                r"(?:his|her|their|the|its)\s+(?:\w+\s+){0,2}?visit\b")
_ENDED_WITH_CONFERENCE = re.compile(
    r"(?i)\b(?:ended|ends|end|concluded|concludes|conclude|wrapped\s+up|closed|closes|close)\b[^.;]{0,120}?"
    r"\b(?:with|telling|at)\s+(?:a|an)\s+(?:final\s+|closing\s+)?(?:press|news)\s+conference\b"
)


def _end_said_next(ctx: PressContext, event: Event, after: int) -> list[DateMention]:
    """The last day of a visit given in one of the next two sentences that names the visit and
    says it ends ("ends on", "will run until")."""
    following = [(s, e) for s, e in ctx.sentences if s >= after][:2]
    for s_start, s_end in following:
        sentence = ctx.text[s_start:s_end]
        if not re.search(r"(?i)\bvisit\b", sentence) or not (
            _VISIT_END_WORDS.search(sentence) or re.search(r"(?i)\b(?:run|last)s?\s+(?:until|till|to)\b", sentence)
        ):
            continue
        return [d for d in ctx.dates_in(s_start, s_end) if d.resolved and d.precision == "day" and d.date
                and event.date is not None and d.date > event.date and (d.date - event.date).days <= 60]  # fmt: skip
    return []


_LENGTH_OF_VISIT = re.compile(rf"(?i)\b(?P<n>{NUMBER})[- ]day\s+(?:official\s+|country\s+|working\s+)?visit\b|"
                              rf"(?:^|(?<=[.!?]\s))(?:Over|During|In|For)\s+(?:the\s+)?(?P<n2>{NUMBER})\s+days\s*,?\s+(?:starting\s+on\s+[^,.;]{{3,20}},\s+)?"
                              r"(?:I|we|they|its\s+members|the\s+(?:experts|members|delegation))\s+")  # ("my visit,
# which began on 17 June. Over twelve days I travelled to ...": an expert's own words on the visit's length)


# "said on Thursday at the close of a ten-day visit", "said today as she ended a twelve-day visit",
# "said on Thursday, ending a fourteen-day visit": the day of the words is the visit's last
_ENDING_VISIT = re.compile(rf"(?i)\b(?:at\s+the\s+(?:close|end)\s+of|as\s+(?:he|she|they|it)\s+(?:ended|concluded|wrapped\s+up)|"
                           rf"ending|concluding|wrapping\s+up|on\s+the\s+(?:last|final)\s+day\s+of)\s+(?:a|an|his|her|their|its)\s+"
                           rf"(?P<n>{NUMBER})[- ]day\s+(?:official\s+|country\s+|working\s+|fact-finding\s+)?(?:visit|mission)\b")


def _visit_ended_today(ctx: PressContext, events: list[Event]) -> None:
    """An undated visit whose sentence says it ends as the words are said, with its length: its last
    day is the day of the words ("on Thursday", "today"), its first the length before."""
    for event in events:
        if event.event_type != "visit" or event.date is not None or event.end_date is not None:
            continue
        s_start, s_end = ctx.sentence_at(event.evidence.start)
        ending = _ENDING_VISIT.search(ctx.text, s_start, s_end)
        days = parse_number(ending.group("n")) if ending else None
        said = [d for d in ctx.dates_in(s_start, ending.start()) if d.resolved and d.precision == "day" and d.date
                and not in_dateline(ctx.text, d)] if ending else []  # fmt: skip
        if isinstance(days, int) and days > 1 and len({d.date for d in said}) == 1 and said[0].date is not None:
            event.end_date = said[0].date
            event.date = said[0].date - timedelta(days=days - 1)
            event.date_resolved, event.date_text = True, ending.group(0) if ending else None


def _visit_length_elsewhere(ctx: PressContext, events: list[Event]) -> None:
    """ "will visit from 14 September. During the eleven-day visit ...": the one visit of the
    article with a first day and no last takes the one length the article gives a visit."""
    open_ended = [e for e in events if e.event_type == "visit" and e.date is not None and e.end_date is None]
    lengths = {parse_number(m.group("n") or m.group("n2")) for m in _LENGTH_OF_VISIT.finditer(ctx.text)}
    visits = [e for e in events if e.event_type == "visit"]
    last_only = [e for e in visits if e.date is None and e.end_date is not None]
    if len(last_only) == 1 and len(visits) == 1 and len(lengths) == 1:  # "a five-day visit ... The
        days = next(iter(lengths))  # visit ended on 6 October": it began four days before
        if isinstance(days, int) and days > 1 and last_only[0].end_date is not None:
            last_only[0].date = last_only[0].end_date - timedelta(days=days - 1)
            last_only[0].date_resolved = True
    if len(open_ended) == 1 and len(visits) == 1 and len(lengths) == 1:
        days = lengths.pop()
        event = open_ended[0]
        if isinstance(days, int) and days > 1 and event.date is not None and event.date_resolved:
            event.end_date = event.date + timedelta(days=days - 1)


_AT_COUNCIL = re.compile(rf"(?i)\b(?:at|in|before|to)\s+the\s+{_COUNCIL}(?:’s|'s)?\s+(?:in\s+Geneva\s+)?$")


_SAID_VERB = re.compile(r"(?i)\s+(?:said|told|announced|stated|issued|published|released|reported)\b")


def _lead_day(ctx: PressContext, events: list[Event]) -> list[DateMention]:
    """The day of the story's lead sentence ("The United Kingdom on Thursday joined a majority of
    delegations in backing the findings ..."), when it is the lead's only date, no event took it and
    it is not the day something was said."""
    for start, end in ctx.sentences:
        if len(ctx.text[start:end].split()) < 8 or not ctx.text[start:end].rstrip().endswith("."):
            continue
        days = [d for d in ctx.dates_in(start, end) if not in_dateline(ctx.text, d)]
        if len(days) != 1 or not days[0].resolved or days[0].precision != "day" or days[0].date is None:
            return []
        day = days[0]
        taken = any(e.date == day.date for e in events)
        said = _REPORTING_DATE.search(ctx.text[max(0, day.start - 30) : day.start]) or _SAID_VERB.match(
            ctx.text, day.end
        )
        return [] if taken or said else [day]
    return []


def _date_from_council(ctx: PressContext, events: list[Event]) -> None:
    """ "praised by 24 delegations at the Human Rights Council on Wednesday ... the interactive
    dialogue with ...": a dialogue named without a date took place on the one day the article
    says something happened at the Council."""
    undated = [e for e in events if e.event_type in ("interactive_dialogue", "oral_update")
               and e.date is None and e.date_text is None]  # fmt: skip
    days = [d for d in ctx.dates if d.resolved and d.precision == "day" and d.date
            and _AT_COUNCIL.search(ctx.text, max(0, d.start - 60), d.start)]  # fmt: skip
    if not days and len(undated) == 1:
        days = _lead_day(ctx, events)
    if not days and undated and ctx.doc.kind in ("meeting_summary", "statement"):  # "89th session | Wednesday, 20 June 2035"
        blank = re.search(r"\n\s*\n", ctx.text[:400])  # above "The morning was given over to the dialogue on Sudan"
        salutation = SALUTATION.search(ctx.text[:1200]) if ctx.doc.kind == "statement" else None
        head_end = salutation.start() if salutation else blank.start() if blank else None  # a statement's heading block
        days = [d for d in ctx.dates if head_end is not None and d.start < head_end and d.resolved and d.precision == "day"
                and d.date][:1]  # fmt: skip  # ("UNICEF / (blank) / Statement to the 80th session / ... / Geneva, 17 June")
        named = [e for e in undated if e.event_type == "oral_update"]  # "Presenting an oral update, ..."
        if not days and named and not any(e.event_type == "interactive_dialogue" and e.date for e in events):
            # (not "told the Council" in a dialogue the summary dates: that is the dialogue)
            days = [d for d in ctx.dates if d.start < 600 and d.resolved and d.precision == "day" and d.date
                    and in_dateline(ctx.text, d)][:1]  # "GENEVA, 11 December 2035 - The Council today held ..."
            days = days or [d for d in ctx.dates if d.start < 600 and d.resolved and d.date and d.text.lower() == "today"
                            and ctx.doc.kind == "meeting_summary"][:1]  # "The Council today opened its special session"
            undated = named[:1] if days else undated
        undated = undated[:1] if days else undated  # the heading's day is the summary's meeting
    if len(undated) != 1 or len({d.date for d in days}) != 1:
        return
    event, day = undated[0], days[0]
    event.date, event.date_text, event.date_resolved = day.date, day.text, True
    if event.forum is not None:
        event.forum["date"] = day.date.isoformat() if day.date else None


_ORAL_UPDATE_NAMED = re.compile(r"(?i)\boral\s+update")


def _without_dialogue_turns(events: list[Event], text: str) -> list[Event]:
    """In an article about an interactive dialogue, someone who "told the Council" or "addressed
    the Council" without a date of their own is taking the floor in that dialogue, not giving a
    separate oral update (unless the text calls it one)."""
    dialogues = [e for e in events if e.event_type == "interactive_dialogue"]
    if not dialogues:
        return events
    turns = [e for e in events if e.event_type == "oral_update" and e.date is not None
             and not _ORAL_UPDATE_NAMED.search(e.evidence.quote)]  # fmt: skip
    if len(dialogues) == 1 and len({e.date for e in turns}) == 1 and not _ORAL_UPDATE_NAMED.search(text):
        # "In Geneva yesterday, the Mission told the Council ... About 50 delegations took part in the dialogue": the
        # dialogue is the day the mandate spoke, and that speech its opening, not an update of its own (not where
        # the text calls the address an oral update)
        dialogue, turn = dialogues[0], turns[0]
        if dialogue.date is None and dialogue.date_text is None:
            dialogue.date, dialogue.date_text, dialogue.date_resolved = turn.date, turn.date_text, turn.date_resolved
            if dialogue.forum is not None:
                dialogue.forum["date"] = turn.date.isoformat() if turn.date else None
        if dialogue.date == turn.date:
            named = {p.name for p in dialogue.participants}
            dialogue.participants.extend(p for p in turn.participants if p.name not in named)
            events = [e for e in events if e not in turns]
    return [
        e
        for e in events
        if not (
            e.event_type == "oral_update"
            and e.date is None
            and e.date_text is None
            and not _ORAL_UPDATE_NAMED.search(e.evidence.quote)
        )
    ]


def in_dateline(text: str, mention: DateMention) -> bool:
    """ "NAIROBI, June 12, 2024 (Reuters) - ...": the date of the report, not of an event in it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return bool(_DATELINE.match(text, line_start, mention.start)) and bool(
        _DATELINE_END.match(text, mention.end)
    )


def _heading_end(ctx: PressContext) -> int:
    """Where the title lines of a document end (its first blank line, within the first 400 chars).

    A first block that reads as prose ("BISHKEK, 21 February 2025 - The minister spoke ... .") is
    the story's lead, not a heading: its events do not take the document's date."""
    blank = re.search(r"\n\s*\n", ctx.text[:400])
    if blank is None or any(not re.search(r"\b(?:Mr|Ms|Mrs|Dr|No|St|Prof)$", ctx.text[: stop.start() + 1])
                            for stop in re.finditer(r"[a-z,)]\.(?:\s|$)", ctx.text[: blank.start()])):  # (not "Mr.", "No.")
        return 0
    return blank.start()


_CLOSES = re.compile(r"(?i)\b(?:close|closes|closed|end|ends|ended|conclude|concludes|run\s+until|runs\s+until|last\s+until)\s+on\s*$")
_AFTER_TABLING = re.compile(r"(?i)\b(?:after|following|shortly\s+after)\s+the\s+(?:report[’']s\s+)?(?:tabling|launch|release|"
                            r"presentation|publication)\b(?!\s+of\s+(?!the\s+report\b))")


def _previous_date(events: list[Event]) -> DateMention | None:
    for event in reversed(events):
        if event.date is not None:
            return DateMention(0, 0, event.date_text or "", event.date, event.end_date, True,
                               "day", True)  # fmt: skip
    return None


def _event(
    ctx: PressContext,
    event_type: str,
    sentence: tuple[int, int],
    segment: tuple[int, int],
    mention: DateMention | None,
    trigger: tuple[int, int] | None = None,
) -> Event:
    text = ctx.text[sentence[0] : sentence[1]]
    end_date = mention.end_date if mention else None
    if event_type == "visit" and mention is not None and mention.precision == "week" and not (
            trigger is not None and ctx.text[trigger[0] : trigger[1]] == "spent") and not re.search(
            r"(?i)\b(?:last|past|previous)\s+week\b", mention.text):  # (not "spent last week in Seoul", "Last week,
        end_date = None  # monitors visited ...": all of that week) "to visit Nauru next week": the week it falls in, not
        # the visit's last day
    start_date = mention.date if mention else None
    if event_type == "visit" and mention is not None and mention.date and end_date is None:
        days = _visit_days(text)
        following = next((d for d in ctx.dates_in(*sentence) if d.start >= mention.end and d.date and d.precision == "day"
                          and mention.date < d.date <= mention.date + timedelta(days=60)
                          and re.fullmatch(r"\s*(?:to|until|till|through|[-–])\s*", ctx.text[mention.end : d.start])), None)  # fmt: skip
        if following is not None:  # "from 20 December 2027 to 3 January 2028": both days written in full
            end_date = following.date
        ended = trigger is not None and _ENDED.search(ctx.text[segment[0] : trigger[0]])
        if _BEGAN.search(ctx.text[max(0, mention.start - 45) : mention.start]):
            ended = None  # "wrapped up a twelve-day visit that began on 12 June": the first day
            last = next((d for d in ctx.dates_in(*sentence) if d is not mention and d.precision == "day" and d.date
                         and 0 < (d.date - mention.date).days <= 60
                         and _ENDED_ON.search(ctx.text, max(0, d.start - 20), d.start)), None)  # fmt: skip
            if last is not None and not days:  # "completed on 10.III.2028 her visit, which had begun on
                end_date = last.date  # 1.III.2028": both days told
        if _UNTIL.search(ctx.text[max(0, mention.start - 20) : mention.start]):
            end_date, start_date = mention.date, None  # "a visit that will last until 16 February"
            if days:
                start_date = mention.date - timedelta(days=days - 1)
        elif ended:  # the date named is the last day; the first is counted back from the length
            end_date = mention.date
            start_date = mention.date - timedelta(days=days - 1) if days else None
        elif days and days > 1:
            end_date = mention.date + timedelta(days=days - 1)
    cues = [(abs(found.start() - (trigger or segment)[0]), name)
            for name, pattern in (("in_person", _IN_PERSON), ("virtual", _VIRTUAL))
            for found in pattern.finditer(ctx.text, segment[0], segment[1])]  # fmt: skip
    mode = min(cues)[1] if cues else None  # "met X face to face, a day after a video call"
    if mode is None:
        mode = "virtual" if _VIRTUAL.search(text) else "in_person" if _IN_PERSON.search(text) else None
    event = Event(
        evidence=ctx.evidence(*sentence),
        event_type=event_type,  # type: ignore[arg-type]
        date=start_date,
        date_text=mention.text if mention else None,
        date_resolved=bool(mention and mention.resolved),
        end_date=end_date,
        participants=_participants(ctx, *segment, event_type),
        mode=mode if event_type in ("meeting", "interactive_dialogue") else None,
        description=_description(ctx.text[segment[0] : segment[1]], event_type),
    )
    if event_type in ("interactive_dialogue", "oral_update"):
        event.forum = event_forum(ctx, event, segment)
    if event_type == "report" and not any(p.kind == "un_mechanism" for p in event.participants) \
            and _UPR_GROUP_ADOPTS.search(ctx.text, *segment) and _UPR_NAMED.search(ctx.text):
        event.participants.append(ActorRef(name="Working Group on the Universal Periodic Review", kind="un_mechanism"))
    if event.forum and trigger and re.fullmatch(r"(?i)reviewed|review|Universal\s+Periodic\s+Review|UPR", ctx.text[trigger[0] : trigger[1]]) \
            and not re.search(r"\b(?-i:Committee)\b", text):  # (not "The Human Rights Committee reviewed ...", "Poland's
        # review on 4 June, which took up two meetings of the Committee": a treaty body's)
        event.forum = {**event.forum, "type": "upr_review", "mandate": None}  # a State's review: no mandate's dialogue
        if event.date is not None and event.end_date is None and event.date_resolved:
            event.forum["date"] = event.date.isoformat()  # ("took part in the review on 23 January": that day's review)
        event.participants = [p for p in event.participants if p.kind != "un_mechanism" or re.search(
            r"(?i)periodic\s+review|\bUPR\b", p.name)]  # fmt: skip
    return event


# "The Working Group adopts its report on Saudi Arabia on Wednesday": in an article on a State's review, the
# Working Group on the Universal Periodic Review, however briefly named
_UPR_GROUP_ADOPTS = re.compile(r"\b[Tt]he\s+Working\s+Group\b(?!\s+on\s+(?!the\s+Universal))[^.;]{0,60}?\badopt")
_UPR_NAMED = re.compile(r"\bUniversal\s+Periodic\s+Review\b|\bUPR\b")


def _visit_days(text: str) -> int | None:
    """The length of a visit in days: "a ten-day visit", "for 12 days", "a week-long visit"."""
    length = _LENGTH.search(text)
    if length is None:
        return None
    if length.group("n") or length.group("m") or length.group("m2"):  # "Twelve days, beginning on ..."
        days = parse_number(length.group("n") or length.group("m") or length.group("m2"))
        return days if isinstance(days, int) else None
    weeks = parse_number(length.group("w")) if length.group("w") not in (None, "a", "one") else 1
    return 7 * weeks if isinstance(weeks, int) else None


# "the interactive dialogue on the annual report of the High Commissioner", "the High Commissioner's global update"
_GLOBAL_REPORT = re.compile(r"(?i)\b(?:annual\s+report|global\s+update)\s+(?:of|by)\s+the\s+(?:UN\s+|United\s+Nations\s+)?"
                            # (not "... of the High Commissioner on the situation of human rights in Colombia": one State's)
                            r"High\s+Commissioner\b(?!(?:\s+for\s+Human\s+Rights)?\s+on\s+(?:the\s+(?:situation|human)|[A-Z]))|\bHigh\s+Commissioner(?:[’']s|\s+on\s+(?:his|her|the))\s+(?:annual\s+report|global\s+update)\b|"
                            # "an oral update by the High Commissioner ..., Name, on the activities of her Office"
                            r"\bupdate\b[^.]{0,160}?\bon\s+the\s+(?:work|activities)\s+of\s+(?:his|her|the)\s+Office\b")


def event_forum(ctx: PressContext, event: Event, segment: tuple[int, int]) -> dict[str, Any]:
    """The forum dict of a Council event: type, mandate, State concerned, date."""
    mandate = None
    for found in ctx.actors.within(*segment):
        if found.actor.kind == "un_mechanism" and found.role == "mandate":
            mandate = found.actor
    state = ctx.state
    if mandate is not None and mandate.iso3 and (state is None or state.iso3 != mandate.iso3):
        from rightstrack.extract.press_states import resolve_state_name

        # a country mandate's own State, whatever else the text is about
        named = resolve_state_name(mandate.name.split(" on ", 1)[-1])
        state = named if named is not None and named.iso3 == mandate.iso3 else next(  # ("Commission of Inquiry
            (m.actor for m in ctx.actors.mentions if m.actor.iso3 == mandate.iso3 and m.actor.kind in (None, "state")),
            state)  # on the Syrian Arab Republic" in a briefing on many States)
    if mandate is not None and mandate.iso3 is None and _THEMATIC.search(mandate.name):
        state = None  # "the dialogue with the Special Rapporteur on the right to development": no one State
    if mandate is None and _GLOBAL_REPORT.search(ctx.text, *ctx.sentence_at(segment[0])):
        return {"type": event.event_type, "mandate": "High Commissioner for Human Rights", "state_concerned": None,
                "date": event.date.isoformat() if event.date else None}  # the annual report: about no one State
    mandate = mandate or ctx.actors.mandate()
    return {
        "type": event.event_type,
        "mandate": mandate.name if mandate else None,
        "state_concerned": {"name": state.name, "iso3": state.iso3} if state else None,
        "date": event.date.isoformat() if event.date else None,
    }


def _description(segment: str, event_type: str) -> str | None:
    """"commune council elections": the words that qualify an election, read backwards."""
    if event_type != "election":
        return None
    match = re.search(r"((?:[\w’'-]+\s+){0,4})(elections?)\b", segment)
    words: list[str] = []
    for word in reversed(match.group(1).split() if match else []):
        if word.lower() in _NOT_QUALIFIER or re.match(rf"\d|{MONTH}$", word):
            break
        words.insert(0, word)
    return " ".join([*words, match.group(2) if match else "elections"])


_ONE_PER_ARTICLE = ("interactive_dialogue", "oral_update", "report")


_SAME_DAY = re.compile(r"(?i)(?:on\s+)?the\s+same\s+day")


def _same_day_as_last_alike(events: list[Event], event: Event) -> None:
    """ "On the same day, the Minister held a virtual meeting with ...": the day of the last event of
    that kind the same person took part in, not of whatever date the text named last ("... met on
    Monday ... to prepare his visit, which begins on 19 June. On the same day, the Minister ...")."""
    for earlier in reversed(events):
        if (earlier.event_type == event.event_type and earlier.date is not None and earlier.date_resolved
                and set(earlier.participants) & set(event.participants)):  # fmt: skip
            event.date, event.end_date = earlier.date, None
            return


def _merge_or_add(events: list[Event], event: Event) -> None:
    """Fold a repeat mention (same kind, no new date, or same date) into the earlier event; a
    dialogue first named without a date takes the date of its next mention ("the dialogue with
    ..., which was held on 5 October"), and so does a visit ("to prepare her visit ... The
    Rapporteur is expected in the country from 12 to 21 May")."""
    for earlier in reversed(events):
        if earlier.event_type != event.event_type:
            continue
        if event.event_type in ("interactive_dialogue", "oral_update") and _other_mandates(earlier, event):
            continue  # "The Belarus dialogue has closed" and the dialogue on Myanmar the same day: two dialogues
        if (event.event_type == "visit" and event.date is not None and earlier.date is not None
                and earlier.end_date is not None and earlier.date <= event.date <= earlier.end_date
                and re.fullmatch(rf"(?i)(?:in|during)\s+{MONTH}(?:\s+\d{{4}})?", earlier.date_text or "")
                and len(_states_of(earlier)) == 1 and _states_of(earlier) <= _states_of(event)):  # fmt: skip
            # "to visit Kazakhstan in March" in the headline, "from 1 to 12 March" in the body: the days
            earlier.date, earlier.end_date, earlier.date_text = event.date, event.end_date, event.date_text
            _join_participants(earlier, event)
            return
        if (event.event_type == "visit" and event.date is not None and earlier.date is not None
                and re.fullmatch(rf"(?i)(?:on\s+)?{WEEKDAY}", earlier.date_text or "") and re.search(MONTH, event.date_text or "")
                and timedelta(0) < earlier.date - event.date <= timedelta(days=31)):  # fmt: skip
            # "as UN experts visited the country" on the lead's Wednesday, then "began a twelve-day visit on 1 March":
            # the visit's own first day
            earlier.date, earlier.date_text = event.date, event.date_text
            earlier.end_date = event.end_date or earlier.end_date
            _join_participants(earlier, event)
            return
        if event.event_type == "visit" and _halves_of_one_visit(earlier, event):
            _join_participants(earlier, event)
            return
        if (event.event_type == "meeting" and earlier.date is None and earlier.date_text is None and event.date is not None
                and event.evidence.start == earlier.evidence.start):  # fmt: skip (both in one sentence)
            # "had discussed the changes with the High Commissioner when they met in Geneva on 22 August": one meeting
            earlier.date, earlier.date_text, earlier.date_resolved = event.date, event.date_text, event.date_resolved
            _join_participants(earlier, event)
            earlier.mode = earlier.mode or event.mode
            return
        if (event.event_type in (*_ONE_PER_ARTICLE, "visit") and ((earlier.date is None and earlier.date_text is None)
                or (earlier.date_text == "date of the document" and event.event_type != "visit" and event.date is not None
                    and event.date_text != "date of the document"
                    and not re.search(r"(?i)\b(?:today|this\s+(?:morning|afternoon|evening))\b", event.evidence.quote)))  # "Council holds dialogue with ..." over "The Council on
                and (event.date is not None  # Friday held ...": the day the body names, not the day of the summary
                or (event.event_type == "visit" and event.end_date is not None))):  # fmt: skip
            earlier.date, earlier.date_text = event.date, event.date_text
            earlier.date_resolved, earlier.end_date = event.date_resolved, event.end_date
            if earlier.forum is not None:
                earlier.forum["date"] = event.date.isoformat()
        if event.event_type == "visit" and event.date is not None and earlier.date == event.date and (
            earlier.end_date is None and event.end_date is not None
        ):  # "began a visit on 2 November ... The visit runs from 2 to 13 November"
            earlier.end_date = event.end_date
        if (event.event_type == "visit" and earlier.date is not None and earlier.end_date is None and event.date is not None
                and event.end_date is not None and event.date <= earlier.date <= event.end_date
                and (event.end_date - event.date).days <= 45 and not re.search(rf"(?i)^(?:in\s+)?{MONTH}", event.date_text or "")):  # fmt: skip
            # (not "her second visit this year", "in March"); "The next day the Expert travelled to Ceadîr-Lunga ... whose visit to the Republic of Moldova runs from 1 to
            # 10 December": a day's trip within the visit the later mention dates in full
            earlier.date, earlier.end_date, earlier.date_text = event.date, event.end_date, event.date_text
            _join_participants(earlier, event)
            return
        same_day = (event.date is not None and earlier.date == event.date) or (
            event.date is None and event.end_date is not None and earlier.end_date == event.end_date
        )
        in_period = (event.event_type != "meeting" and event.date is not None and earlier.date is not None and earlier.end_date is None
                     and event.end_date is not None and event.date <= earlier.date <= event.end_date)  # fmt: skip
        if (event.date is None and event.date_text is None) or same_day or in_period:
            _join_participants(earlier, event)
            earlier.mode = earlier.mode or event.mode
            return
    events.append(event)


def _other_mandates(one: Event, other: Event) -> bool:
    """Whether two events are held with different UN mandates ("... in Belarus", "... in Myanmar"); a mandate named short
    ("Special Rapporteur on freedom of expression") is the one whose full name holds all its words."""
    def words(event: Event) -> list[set[str]]:
        return [set(re.findall(r"[a-z]+", p.name.lower())) - {"the", "of", "on", "in", "and", "to", "for"}
                for p in event.participants if p.kind == "un_mechanism" and _THEMATIC_OR_COUNTRY.match(p.name)]
    mine, theirs = words(one), words(other)
    if mine and theirs and not any(a <= b or b <= a for a in mine for b in theirs):
        return True

    def states(event: Event) -> set[str]:  # "The Belarus dialogue has closed": the State a dialogue is on
        named = {p.iso3 for p in event.participants if p.iso3 and p.kind in (None, "state", "un_mechanism")}
        return named | {ref.iso3 for _, _, ref in find_states(event.evidence.quote or "") if ref.iso3}
    return bool(states(one) and states(other)) and not states(one) & states(other)


def _join_participants(earlier: Event, event: Event) -> None:
    """The participants of a repeat mention added to the event it repeats."""
    for ref in event.participants:
        if ref not in earlier.participants:
            earlier.participants.append(ref)


def _states_of(event: Event) -> set[str]:
    """The ISO3 codes of the States among an event's participants."""
    return {r.iso3 for r in event.participants if r.iso3 and r.kind in (None, "state")}


def _halves_of_one_visit(earlier: Event, event: Event) -> bool:
    """ "ended her visit on 5 January ... The visit began on 22 December", "began a visit on 2
    February ... The visit will end on 11 February": a first day and a last day told apart are one
    visit; the earlier event takes the day it lacked."""
    first, last = earlier.date or event.date, earlier.end_date or event.end_date
    halves = (earlier.date is None) != (event.date is None) and (earlier.end_date is None) != (event.end_date is None)
    same_end = event.end_date is not None and event.end_date == earlier.end_date
    if same_end and (event.date is None or earlier.date is None or event.date == earlier.date):
        if earlier.date is None and event.date is not None:  # "ended on Friday ... ran from the 2nd to the 13th"
            earlier.date, earlier.date_text, earlier.date_resolved = event.date, event.date_text, event.date_resolved
        return True
    if not halves or first is None or last is None or not 0 <= (last - first).days <= 60:
        return False
    if (earlier.date is None) == (earlier.end_date is None):
        return False  # the earlier one already has both days, or neither
    earlier.date, earlier.end_date = first, last
    if event.date is not None:
        earlier.date_text, earlier.date_resolved = event.date_text, event.date_resolved
    return True


# "The Ministry of Interior said on Monday that ...": a body's public word, on that day
_BODY_SAID_ON = re.compile(r"\b(?:said|announced|stated)\s+(?:on\s+(?-i:[A-Z])[a-z]+day|yesterday)\b(?!\s+(?:evening|night)\s+that\s+it\s+had\s+been)")
# "On Monday, the Council for the Welfare of Children said": the day first
_ON_DAY_BODY_SAID = re.compile(rf"\s*On\s+(?:(?-i:[A-Z])[a-z]+day|\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}),\s+(?:the\s+)?(?-i:[A-Z])[^,.;]{{2,80}}?\s+"
                               r"(?:said|announced|stated)\b")


def bodies_said_on_days(ctx: PressContext, events: list[Event]) -> list[Event]:
    """A statement event for each institution that "said on Monday" something the article reports,
    unless the article already has that institution's statement of that day."""
    added: list[Event] = []
    for s_start, s_end in ctx.sentences:
        said = _BODY_SAID_ON.search(ctx.text, s_start, s_end) or _ON_DAY_BODY_SAID.match(ctx.text, s_start, s_end)
        if said is None or within_quotes(ctx.text[s_start:s_end], said.start() - s_start):
            continue
        who = attribution(ctx, s_start, s_end)[0]
        if who is None or who.kind not in ("government_body", "nhri", "ngo", "un_mechanism") or _launching_report(ctx, s_start, s_end):
            continue
        days = [d for d in ctx.dates_in(said.start(), said.end()) if d.precision == "day" and d.date and d.resolved]
        if len(days) != 1 or any(e.event_type == "press_statement" and e.date == days[0].date for e in [*events, *added]):
            continue
        added.append(Event(evidence=ctx.evidence(s_start, s_end), event_type="press_statement", date=days[0].date,
                           date_text=days[0].text, date_resolved=True, participants=[who]))  # fmt: skip
    return added


def _launching_report(ctx: PressContext, start: int, end: int) -> bool:
    """"..., the Network said on Wednesday as it presented its fourth monitoring report": the report is the event."""
    return any(kind == "report" for kind, _, _ in _triggers(ctx, start, end))


def lead_statement(ctx: PressContext, events: list[Event]) -> list[Event]:
    """ "Monitors ... found cells without heating ..., the Commissioner's office said on Tuesday.": the
    statement the article reports, that day, by the institution it cites (unless the article dates
    a statement of its own that day)."""
    said = lead_said(ctx)
    if said is None:
        return []
    who, start, end = said
    if _launching_report(ctx, *ctx.sentence_at(start)):
        return []
    days = [d for d in ctx.dates_in(start, end) if d.precision == "day" and d.date is not None and d.resolved]
    if len(days) != 1 or any(e.event_type == "press_statement" and e.date == days[0].date for e in events):
        return []
    s_start, s_end = ctx.sentence_at(start)
    return [Event(evidence=ctx.evidence(s_start, s_end), event_type="press_statement", date=days[0].date,
                  date_text=days[0].text, date_resolved=True, participants=[who])]


_SAID_ON_AIR = re.compile(r"(?i)\bsaid\s+on\s+(?:national\s+|state\s+|public\s+)?(?:radio|television|TV)\b|\btold\s+(?:reporters|journalists|"
                          r"state\s+(?:media|television|radio))\b")
_OWN_COUNT_RELEASED = re.compile(rf"(?i){_OWN_COUNT}")


def statements_behind_tallies(ctx: PressContext, events: list[Event], tallies: list[Claim]) -> list[Event]:
    """ "Eritrea's Ministry of Information said on Monday that 34 of the 45 delegations ...": a body's
    tally (of speakers, or of recommendations supported), said on a day, was put out as a statement
    that day; not a State's or a newspaper's, which speak in the room or count for themselves. An undated statement event of
    the article ("In a statement carried by state media, the ministry said ...") gets that day;
    with none, a statement event is added, with the tally's sentence as evidence."""
    added: list[Event] = []
    for tally in tallies:
        who = tally.claimant
        s_start, s_end = ctx.sentence_at(tally.evidence.start)
        on_air = who is not None and who.kind == "official" and _SAID_ON_AIR.search(ctx.text, s_start, s_end)  # ("The
        # Government spokesperson, Name, said on national radio on Thursday that some thirty of the 45 ...": on air)
        if who is None or (who.kind not in ("government_body", "ngo", "nhri") and not on_air):
            continue
        before = [(a, b) for a, b in ctx.sentences if b <= s_start][-1:]
        if before and _OWN_COUNT_RELEASED.search(ctx.text, *before[0]) and not any(d.precision == "day" for d in ctx.dates_in(s_start, s_end)):
            s_start = before[0][0]  # "... released its own count on Friday. According to the group, 44 delegations spoke: ..."
        said = [d for d in ctx.dates_in(s_start, s_end) if d.precision == "day" and (
                    d.date and d.resolved or ctx.published is None and d.date is None)  # (an undated article: the day
                # named, left unresolved)
                and not in_dateline(ctx.text, d) and (_REPORTING_DATE.search(ctx.text[max(0, d.start - 50) : d.start]) or (
                    re.fullmatch(r"\s*(?:On\s+)?", ctx.text[s_start : d.start]) and _SAYS_AFTER_DATE.match(ctx.text, d.end, s_end)))]
        # ("The following day the Ministry of Foreign Affairs announced that 71 of the 88 ...": that day's statement)
        if len({d.date for d in said}) != 1:
            continue
        statements = [e for e in [*events, *added] if e.event_type == "press_statement"]
        if any(e.date == said[0].date for e in statements):
            continue
        next_end = next((b for a, b in ctx.sentences if a >= s_end), s_end)
        undated = [e for e in statements if e.date is None and e.evidence.start < next_end]  # (its own sentence or the
        if undated:  # next: "In a press statement, the Ministry said that only six ..."; not one told further on)
            undated[0].date, undated[0].date_text, undated[0].date_resolved = said[0].date, said[0].text, True
            continue
        if any(e.evidence.start < next_end and (s_start <= e.evidence.start or who in e.participants) for e in statements):
            continue  # the article dates its statement otherwise: leave it (another's statement told before is no matter)
        added.append(Event(evidence=ctx.evidence(s_start, s_end), event_type="press_statement", date=said[0].date,
                           date_text=said[0].text, date_resolved=said[0].date is not None, participants=[who]))  # fmt: skip
    return added
