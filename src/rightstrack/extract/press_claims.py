"""Numeric claims in press text: dialogue tallies and other counts and rates.

A tally is spread over sentences ("Twenty-one of the 34 delegations backed the government ...
Thirteen were critical"), so each figure is read with its role (total, supportive, critical) and
the figures about one forum are merged into one `Claim`. Figures that disagree are kept, never
averaged, and flagged: "conflicting_figures", "counts_do_not_add_up".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rightstrack.extract.dates import HIJRI_DATE, HIJRI_MONTH, MONTH
from rightstrack.extract.items import ActorRef, Claim
from rightstrack.extract.numbers import NUMBER, parse_number
from rightstrack.extract.press_context import (
    PressContext,
    attribution,
    headline_end,
    list_intro_speaker,
    retracted,
)
from rightstrack.extract.press_quotes import COUNT_UNITS

_DELEG = (
    r"(?:(?:state|member|country|national|government)\s+)?(?:delegations?|delegates?|states|"
    r"countries|member states|members(?!\s+of\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:[Cc]hurch|"
    r"part(?:y|ies)|opposition|press|clergy|congregation|sect|faith|famil(?:y|ies)|tribe|clan|crew|staff|"
    r"minorit(?:y|ies)|diaspora)\b)|"
    # ("nine members of the Evangelical Church" are people counted, not delegations)
    r"speakers|nations|governments|statements|interventions|voices)\b"
)
_N = rf"(?P<n>{NUMBER}|none)"  # "none of the 15 States that spoke criticised": a count of 0
# "three quarters of", "nine in ten of": a share, never a count of three or nine
_N = rf"{_N}(?!\s+(?:quarters?|thirds?|fifths?|tenths?)\b|\s+in\s+(?:every\s+)?{NUMBER}\b)"
_STANCE_WORD = (
    r"(?:supportive|critical|positive|negative|favou?rable|in\s+favou?r|against|opposed|sympathetic|"
    r"hostile|friendly|unfriendly)"
)
# "39 delegations took the floor": a total, unless a stance follows ("... to criticise").
_NEUTRAL = re.compile(r"(?i)\s+(?:(?:were|was|remained|stayed)\s+)?(?:neutral|balanced|mixed|non-committal)\b")
_SPLIT = re.compile(rf"(?i)\bthe\s+(?P<total>{NUMBER})\s+{_DELEG}\s+(?:were|was)\s+(?:split|divided)\b")
_TOTAL_SPOKE = re.compile(rf"(?i)\b(?P<total>{NUMBER})\s+{_DELEG}\s+(?:\w+\s+)?(?:attended|took\s+part|"
               rf"participated|took\s+the\s+floor|taken\s+the\s+floor|taken\s+part|delivered|made\s+statements|spoke\s+at|"
               rf"spoke\s+during|spoke\s+in\s+the\b|were\s+delivered|were\s+made|addressed|"
               rf"registered|had\s+registered|were\s+heard|joined|spoke(?!\s+(?:up|out)\b))")  # fmt: skip
# Patterns that name the delegations: safe anywhere in the article.
_DELEG_PATTERNS = [
    # "went through the 112 statements and placed only 39 ...": the whole a group read for itself
    re.compile(rf"(?i)\b(?:went\s+through|listened\s+to|combed\s+through|reviewed|examined|analy[sz]ed|studied|coded)\s+"
               rf"(?:all\s+|each\s+of\s+|every\s+one\s+of\s+)?(?:the\s+)?(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}"),
    # "Thirty-eight – sorry, thirty-seven – of the fifty-one delegations": a speaker's own correction, the second figure
    re.compile(rf"(?i)\b{NUMBER}\s*[–—-]\s*(?:sorry|I\s+mean|or\s+rather|correction)[,:]?\s+{_N}\s*[–—-]\s*(?:out\s+)?of\s+"
               rf"(?:the\s+)?(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}"),
    # "25 of the roughly 40 delegations": the total may be approximate; '"more than 60" of the 100': the part quoted
    re.compile(rf"(?i)\b{_N}[”\"]?\s+(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:(?P<about>roughly|about|around|some|nearly|almost|approximately|"
               rf"over|more\s+than)\s+)?(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}"),
    # "delegations from 96 countries took the floor, of which 81 commended ...": who spoke, all of them
    re.compile(rf"(?i)\b(?:delegations|representatives|speakers)\s+(?:from|of)\s+(?P<total>{NUMBER})\s+(?:countries|States|nations)\s+"
               r"(?=(?:\w+\s+)?(?:took\s+the\s+floor|spoke|took\s+part|participated|addressed)\b)"),
    re.compile(rf"(?i)\b(?:by|from)\s+(?:only\s+|just\s+)?{_N}\s+(?:of\s+the\s+)?(?:(?P<total>{NUMBER})\s+)?{_DELEG}"),
    re.compile(rf"(?i)\b{_N}\s+(?:\w+\s+)?{_DELEG}\s+(?:out\s+)?of\s+(?:the\s+)?(?P<total>{NUMBER})\b"),
    re.compile(rf"(?i)\b(?:a\s+total\s+of|all|of(?:\s+the)?|among(?:\s+the)?|in\s+all,?|in\s+total,?|altogether,?)\s+"
               rf"(?:(?:nearly|almost|about|around|some|over|more\s+than|at\s+least|roughly)\s+)?(?P<total>{NUMBER})\s+{_DELEG}"),
    re.compile(rf"(?i)\b(?P<total>{NUMBER})\s+{_DELEG}\s*:"),
    # "read the same thirty-eight statements differently": the whole a second count starts from
    re.compile(rf"(?i)\bthe\s+same\s+(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}"),
    # "published its own reading of the 41 statements on Thursday": the whole that group counted
    re.compile(rf"(?i)\b(?:reading|count|tally|analysis)\s+of\s+(?:all\s+)?the\s+(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}"),
    # "The review drew 40 delegations, of which 33 ...": the count of those who took the floor
    re.compile(rf"(?i)\b(?:heard|received|recorded|counted|there\s+were|drew|attracted|(?:joined|attended)\s+by)\s+(?:some\s+)?(?P<total>{NUMBER})\s+"
               rf"(?:(?!{_STANCE_WORD})\w+\s+)?{_DELEG}"),  # fmt: skip
    re.compile(rf"(?i)\bamong\s+(?:the\s+)?(?P<total>{NUMBER})\s+(?=delivered|made|heard|given|that|who)"),
    re.compile(rf"(?i)\btotal\s+(?:number\s+)?of\s+{_DELEG}\s+(?:at|to|as|was|stood\s+at|of)\s+(?P<total>{NUMBER})\b"),
    re.compile(rf"(?i)\bout\s+of\s+(?:the\s+)?(?P<total>{NUMBER})\s+(?:{_DELEG}|that|who)"),
    re.compile(rf"(?i)\b(?P<total>{NUMBER})\s+{_DELEG}\s+(?:in\s+all|in\s+total|altogether)"),
    _TOTAL_SPOKE,
    _SPLIT,  # "The 41 speakers were split: 30 for Burundi, 15 against"
    # "21 sister nations", "14 European countries": one word may qualify the delegations
    re.compile(rf"(?i)\b{_N}\s+(?:of\s+(?:the|those|these)\s+)?(?:(?:other|more|remaining|{_STANCE_WORD}|(?-i:[A-Z][a-z-]{{2,15}})|sister|fellow|partner|"
               rf"developing|like-minded|(?-i:[a-z]{{4,15}}(?:al|an|ic|ly|ed|ing|ist)))\s+)?"
               rf"{_DELEG}"),  # fmt: skip
]
# Patterns that only make sense once the article has counted delegations ("30 of them").
_FOLLOW_PATTERNS = [
    re.compile(rf"(?i)\bout\s+of\s+(?:the\s+)?(?P<total>{NUMBER})\b(?!\s*(?:per\s*cent|percent|%))"),
    re.compile(rf"(?i)\b{_N}\s+(?:of\s+them|of\s+those|of\s+whom|others)\b"),
    # "more than half of the 40 speakers - 23 in all - praised": a number set off by dashes
    re.compile(rf"(?i)\s[(–—-]\s*{_N}(?:\s+(?:in\s+all|in\s+total|of\s+them|(?:out\s+)?of\s+(?:the\s+)?(?P<total>{NUMBER})))?"
               rf"\s*[)–—-]\s"),
    # "28 - not 31, as first announced - rejected ...": a corrected figure, the wrong one set off
    re.compile(rf"(?i)(?:^|[,;:]|\b(?:while|whereas|and|but))\s+{_N}\s*(?:[-–—(]\s*|,\s+)not\s+{NUMBER}\b[^-–—().;]{{0,40}}"
               r"(?:[-–—)]|,)\s+(?=[a-z])"),
    # "most of them, 71, commended": the number set off after the group it counts
    re.compile(rf"(?i)\b(?:most|many|the\s+majority|a\s+majority|some|few)\s+of\s+(?:them|those|these)\s*"
               rf"[,(–—-]\s*{_N}\s*[,)–—-]"),  # fmt: skip
    re.compile(rf"(?i)\b(?:of\s+which|of\s+whom|of\s+these|including)\s+{_N}\b"),
    # "...; twenty-seven spoke in all": the total, after the sides
    re.compile(rf"(?i)\b(?P<total>{NUMBER})\s+(?:spoke|took\s+the\s+floor|took\s+part)\s+(?:in\s+all|in\s+total|altogether)\b"),
    # "... and only eleven of the seventy-three that took the floor raised concerns"
    re.compile(rf"(?i)\b{_N}\s+of\s+the\s+(?P<total>{NUMBER})\s+(?=(?:that|who|which)\s)"),
    re.compile(rf"(?i)\b{_N}\s+(?:-\s+)?(?:(?:were|was|had\s+been|remained)\s+)?{_STANCE_WORD}"),
    # (not "had dropped by 23 percent": a change, not who spoke)
    re.compile(rf"(?i)(?<!dropped\s)(?<!fallen\s)(?<!fell\s)(?<!rose\s)(?<!risen\s)(?<!grew\s)(?<!grown\s)(?<!increased\s)"
               rf"(?<!decreased\s)(?<!declined\s)(?<!reduced\s)(?<!cut\s)(?<!down\s)(?<!up\s)"
               rf"\b(?:by|from)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:remaining\s+|other\s+)?{_N}\b"),
    # ("..., against 14 that were critical": the other side set against the first)
    re.compile(rf"(?i)(?:\b(?<!hundred\s)(?<!thousand\s)(?:while|whereas|and|but|with|leaving|(?<=,\s)against|versus)|[,;:])\s+(?:that\s+)?"
               rf"(?:only\s+|just\s+|merely\s+|a\s+mere\s+|the\s+remaining\s+|the\s+other\s+|(?:more\s+than|over|nearly|almost|about|around|some|"
               rf"at\s+least|roughly|approximately|close\s+to)\s+)?{_N}\s+(?:others?\s+)?"
               rf"(?:[-–(]\s*(?:or\s+)?{NUMBER}\s*(?:per\s*cent|percent|%)\s*[-–)]\s+)?(?=[“\"‘']?[a-z])"),  # fmt: skip
    # "I counted twenty-two that commended the Government": the writer's own count of one side
    re.compile(rf"(?i)\b(?:I|we)\s+(?:also\s+)?(?:counted|count)\s+(?:only\s+|just\s+)?{_N}\s+(?:\w+\s+)?(?=(?:that|who|which)\s)"),
    # "Listening to all 48 statements, it counted 27 that raised ...": a group's own count of one side
    re.compile(rf"(?i)\b(?:it|they)\s+(?:also\s+)?counted\s+(?:only\s+|just\s+)?{_N}\s+(?=(?:that|who|which)\s)"),
    # "Its spokesman said 14 had repeated ... criticism": a figure right after the reporting verb
    re.compile(rf"(?i)\b(?:said|added|adding|noted|noting|stated)\s+(?:that\s+)?(?:only\s+|another\s+|the\s+(?:other|remaining)\s+)?{_N}(?:\s*,\s*[^,.;]{{1,40}},)?\s+(?:others?\s+)?"
               r"(?=(?:had|have|were|was)\b)"),
    # "..., which says the other 28 expressed support": the other group after a reporting verb
    re.compile(rf"(?i)\b(?:said|says|added|adding|stated)\s+(?:that\s+)?the\s+(?:other|remaining)\s+{_N}\s+(?=[a-z]+(?:ed|d)\b)"),
    # "She told journalists that only thirteen raised concerns": a small group after a reported "that"
    re.compile(rf"(?i)\bthat\s+(?:only|just|merely)\s+{_N}\s+(?=[a-z]+(?:ed|d)\b)"),
    # "placed only 39 in the supportive column and 73 in the critical one": a group's own classing of the statements
    re.compile(rf"(?i)\b(?:placed|put|classed|classified|listed|filed|sorted)\s+(?:only\s+|just\s+)?{_N}\s+"
               rf"(?=(?:of\s+them\s+|statements\s+)?(?:in|into|among|under)\s+(?:the\s+)?{_STANCE_WORD})"),
    # "..., describing the remaining 16 as 'a small circle of partners repeating outdated allegations'"
    re.compile(rf"(?i)\b(?:describ|dismiss|call|label|brand|characteri[sz])\w*\s+the\s+(?:other|remaining)\s+{_N}\s+"
               rf"(?:[a-z]+\s+)?(?=as\b)"),
    # "The other 12 sided with Minsk": a sentence that opens with the other group of a tally
    re.compile(rf"(?i)(?:^|^[“\"‘'])\s*the\s+(?:other|remaining)\s+{_N}(?:\s+(?:others?\s+)?(?=[a-z])|\s*,|\s+[-–—]\s)"),
    # "Eight raised concerns about prisons", "- 37 welcomed progress": a sentence (or list item) that opens with a bare
    # count and its verb
    re.compile(rf"(?i)(?:^|^[“\"‘']|^[-•*–][^\S\n]*)\s*{_N}\s+(?:others?\s+)?(?=(?:had\s+|have\s+|also\s+)?[a-z]+(?:ed|d)\b)"),
    # "Only 14 repeated the usual lies": a sentence that opens with a small group after a tally
    re.compile(rf"(?i)(?:^|^[“\"‘'])\s*(?:only|just|merely|a\s+mere)\s+{_N}(?:\s+(?:others?\s+)?(?=[a-z])|\s*,)"),
    # "while 13, mostly from the European Union, repeated ...": the group set off by commas
    re.compile(rf"(?i)\b(?:while|whereas|but|and)\s+(?:only\s+|the\s+remaining\s+|the\s+other\s+)?{_N}\s*,\s"),
]
_SUPPORT = re.compile(
    r"(?i)\b(?:highly|positively)\s+(?:assess|evaluat|apprais|rat)\w*|\b(?:assess|evaluat)\w*\s+(?:highly|positively)\b|"
    r"\bhigh\s+(?:assessment|appraisal)\b|"  # "79 highly assessed the achievements", "was positively assessed by 61"
    # 'had given "a vote of confidence in the security model"', 'had "valued the comprehensive development of ..."'
    r"\bvotes?\s+of\s+confidence\b|\bvalued\s+(?!at\b)|"

    r"\bin\s+favou?r|\bsupport(?:ed|ive|ing)?\b|\bprais|\bcommend|\bwelcom|\bcongratulat|\brecognition\s+of\b|\bsalut(?:ed|ing)\b|"
    r"\bwith\s+(?:satisfaction|approval)\b|\bsatisfaction\s+(?:with|at)\b|"  # "noted with satisfaction the policy of ..."
    r"\bencourag(?:ed|ing)\s+(?:the\s+)?(?:government|authorities)\b(?!\s+to\b)|"  # "had encouraged the Government"
    r"\bpositive|\bapplaud|\bback(?:ed|ing)\b|\bappreciat|\blaud|\bhail|\bfavou?rabl|\bstood\s+(?:[a-z]+ly\s+)?(?:with|by)|\bsolidarity|"
    r"\b(?:recogni[sz]|acknowledg|not(?:ed|ing)|affirm)\w*\s+(?:the\s+|its\s+)?(?:[\w’'-]+(?:’s|'s)?\s+){0,3}?(?:progress|advances|efforts|"
    r"achievements|reduction|improvements?|steps|reforms?|gains|measures|initiatives|commitment|cooperation)|\bsympath|(?<!un)friendly|\bunderstanding\b|\bconstructive\b|"
    r"\bcall(?:ed|ing)?\s+for\s+(?:\w+\s+)?engagement\s+with\b|\brather\s+than\s+(?:isolation|isolating)\b|"  # "called
    # for engagement with Kabul rather than isolation"
    r"\bwon\s+(?:the\s+)?(?:backing|support|recognition|praise|approval|endorsement)|\b(?:spoke|stood)\s+up\s+for|"
    r"\bendors\w*\s+(?:the\s+)?(?:government|authorities|(?-i:[A-Z][\w-]+)(?:’s|'s))|"
    r"\b(?:was|were|had\s+been)\s+(?:(?:broadly|fully|widely|strongly)\s+)?endorsed\s+by\b|"  # "Syria's position was endorsed by 21"
    # "spoke in Pyongyang's defence"; "its progress ... was acknowledged by 27"
    r"\bin\s+(?:(?:the\s+)?(?:government|authorities|(?-i:[A-Z][\w-]+))(?:’s|'s)\s+|its\s+|their\s+)?defen[cs]e\b|"
    r"\b(?:progress|achievements|efforts|reforms|record)\b[^.;]{0,60}?\b(?:was|were|had\s+been)\s+(?:\w+\s+)?"
    r"(?:acknowledged|recogni[sz]ed|noted|hailed)\b"
)
_CRITICAL = re.compile(
    r"(?i)\bcritic|\bconcern(?!ing\b)|\battack(?:ed|ing)?\s+(?:the|its|their|his|her)\b|\balarm(?:ed)?\b|\bto\s+be\s+referred\s+to\s+the\s+International\s+Criminal\s+Court\b|\bdismay|\bworried\b|\bcondemn|\bnegative|\bagainst\b|\bdenounc|\bdisapprov|\bdeplor|"
    r"\bcensur|\bobject|\boppos(?!ite)|\baccus|\ballegation|\burged\b|\bpressed\s+(?:(?:the\s+)?(?:government|authorities|(?-i:[A-Z][\w-]+))\s+)?(?:over|on|about|to)\b|\bfaulted\b|\b(?:taken|took)\s+(?:\w+\s+)?to\s+task\b|\bquestion(?:ed|ing)\b|\bhostil|\bunfriendly|\braised\b(?!\s+(?:their|its)\s+support)|"
    # "called for the release of political prisoners", "pressed for accountability"; what a government calls its critics' words
    r"\b(?:call(?:ed|ing|s)?\s+for|demand(?:ed|ing|s)?|press(?:ed|es|ing)?\s+for)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:release|"
    r"accountability)\b|\bcall(?:ed|s|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:embargo|sanctions|investigations?|"
    r"inquiry|referral|moratorium)\b|\blies\b|\bslander|\bsmear|\bpropaganda|\bfabricat|\bdisinformation|\bbaseless|"
    r"\bunfounded|\breservations\b|\bunfavou?rabl|\binterventionist|\bdrew\s+(?:fire|criticism|rebukes?)|\bunder\s+fire|"
    # '"parroted the line of Washington"', '"repeated the script of the empire"': a government's words for its critics
    r"\bparrot\w*|\b(?:repeat|recit)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:script|line|lines|narrative|talking\s+points)\b|"
    # "called on the authorities to lift ...": a demand made of the government
    r"\bcall(?:ed|s|ing)?\s+(?:on|upon)\s+(?:the\s+)?(?:de\s+facto\s+)?(?:authorities|government|regime|junta)\b|"
    # "The release of political prisoners was demanded by 31": the demand, told in the passive
    r"\b(?:release|accountability|investigations?|inquiry|prosecutions?|justice)\b[^.;]{0,80}?\b(?:was|were|had\s+been)\s+"
    r"(?:demanded|called\s+for|urged|sought|requested)\b|"
    # "called for continued international scrutiny", "called on Colombo to prosecute wartime abuses"
    r"\bcall(?:ed|s|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:scrutiny|monitoring|prosecutions?|justice)\b|"
    r"\bcall(?:ed|s|ing)?\s+(?:on|upon)\s+(?-i:[A-Z])[\w-]+\s+to\s+(?:prosecute|release|free|end|stop|halt|investigate|"
    r"repeal|lift|hold|account)\b|"
    # "called for perpetrators of atrocities to be held to account"
    r"\bcall(?:ed|s|ing)?\s+for\s+(?:[\w-]+\s+){1,6}?to\s+be\s+(?:held\s+(?:to\s+account|accountable)|prosecuted|brought\s+to\s+justice)\b"
)
# What a delegation did to the mandate or its findings says the opposite about the State:
# "endorsed the mandate", "echoed the mission's findings" are critical of the government ("commended
# the report" stays praise: the press uses it both ways);
# "rejected the country mandate", "dismissed the accusations" are on its side.
_MANDATE_OBJECT = (
    r"(?:the\s+(?:renewal|extension|continuation|establishment|creation|prolongation|imposition)\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+|this\s+|her\s+|his\s+|an?\s+)?(?:(?:[A-Z][\w-]+\s+){0,2}[\w’'-]+(?:’s|'s)\s+(?!own\b))?(?:(?:country|special|rapporteur|experts?|"
    r"commission|mission|council|group|politically\s+motivated|unfounded|so-called|baseless|"
    r"western|biased|selective|[\w-]+)\s+){0,2}?(?:mandates?|rapporteur|experts?|commission|mission|reports?|"
    r"findings|conclusions|recommendations|resolution|accusations|allegations|criticisms?|claims|concerns|"
    r"charges|work)\b"
)
_AGAINST_STATE = re.compile(
    rf"(?i)\b(?:endors|support|back|echo|shar|agree|renew|extend|uph[eo]ld|repeat|reiterat|embrac|sided\s+with|"
    rf"call(?:ed|s|ing)?\s+for|align(?:ed|s|ing)?\s+(?:themselves|itself))"  # "aligned themselves with the rapporteur"
    # "had repeated what it called the Mission's one-sided findings": the speaker's label in between
    rf"\w*\s+(?:with\s+)?(?:what\s+(?:it|they|he|she|the\s+\w+)\s+(?:called|calls|termed|described\s+as)\s+)?{_MANDATE_OBJECT}"
    r"(?!\s+to\s+be\s+(?:discontinued|ended|terminated|abolished|scrapped|dropped|lifted))|"  # (not "called for the mandate to be ended")
    # "fourteen had repeated what he called Western talking points": the other side, in the government's words
    r"\b(?:repeat|recit|parrot|echo)\w*\s+(?:what\s+(?:it|they|he|she|the\s+\w+)\s+(?:called|calls|termed|described\s+as)\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:Western|foreign|hostile|usual|same)\s+(?:[\w-]+\s+)?(?:talking\s+points|narratives?|lines|script)\b|"
    # "30 of the 51 delegations expressed support for the Special Rapporteur"
    r"\b(?:expressed|voiced|declared|gave|offered|pledged)\s+(?:their\s+|its\s+|full\s+|strong\s+|firm\s+)*support\s+(?:for|to)\s+"
    r"(?:the\s+|her\s+|his\s+)?(?:UN\s+)?(?:Special\s+Rapporteur|rapporteur|mandate|(?:Group\s+of\s+)?(?:Independent\s+)?Experts|"
    r"Commission\s+of\s+Inquiry|Fact-Finding\s+Mission)\b(?![’']s)|"  # (not "support for the Working Group's methods of work")
    # "only 17 had taken the rapporteur's side"
    r"\b(?:taken|took|take|taking)\s+the\s+(?:[\w-]+\s+){0,2}?(?:rapporteur|experts?|commission|mission|mandate|group)[’']s?\s+side\b|"
    # "supported her call for an end to indefinite national service": the mandate holder's call
    r"\b(?:endors|support|back|echo)\w*\s+(?:her|his|their|the\s+(?:Special\s+)?Rapporteur[’']s|the\s+[Ee]xperts?[’']s?|"
    r"the\s+(?:Commission|Mission|Group)[’']s)\s+(?:calls?|recommendations?|appeals?|demands?)\b|"
    # "supported the position of the core group": the resolution's sponsors, who criticise
    r"\b(?:support|back|endors|shar|echo|align)\w*\s+(?:with\s+)?the\s+(?:position|views?|concerns?|calls?)\s+of\s+the\s+"
    r"(?:core\s+group|sponsors|co-?sponsors|penholders?)\b|"
    # "had backed the call for an international accountability mechanism"
    r"\b(?:endors|support|back|echo)\w*\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?calls?\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:accountability|investigation|inquiry|mechanism|monitoring)"
)
_FOR_STATE = re.compile(
    rf"(?i)\b(?:reject|dismiss|refut|oppos|question|denounc|condemn|disput|challeng|criticis|accus|"
    rf"criticiz|den(?:y|ied|ies)|resist|objected\s+to|spoke\s+(?:out\s+)?against|argued\s+against)\w*\s+"
    rf"(?:country-specific\s+)?{_MANDATE_OBJECT}|\bdefend(?:ed|ing|s)?\b|"
    r"\bin\s+defen[cs]e\s+of\s+(?:the\s+)?(?:authorities|government|State|(?-i:[A-Z]))|"  # "21 spoke in defence of the authorities"
    # '"stood firmly against interference in the internal affairs of a sovereign State"': on the State's side
    r"\b(?:stood|stand|spoke|argued|warned|cautioned)\s+(?:[a-z]+ly\s+)?(?:out\s+)?against\s+(?:foreign\s+|external\s+|outside\s+)?"
    r"(?:interference|intervention|politici[sz]ation|double\s+standards|selectivity|sanctions|pressure|naming\s+and\s+shaming)\b|"
    # 'had rejected the "hostile policy" behind the mandate', 'had "rejected the double standard of country mandates"',
    # 'had "refused to take part in the witch-hunt against Belarus"': the State's side, in its own words
    r"\b(?:reject|oppos|denounc|condemn)\w*\s+[\"“]?(?:the\s+|this\s+|a\s+)?[\"“]?(?:[\w-]+\s+)?(?:hostile|politici[sz]ed|double|"
    r"selective|confrontational|punitive)\s*[\"”]?\s*(?:policy|policies|approach|agenda|standards?|pressure|campaign)\b|"
    r"\brefus\w*\s+to\s+(?:take\s+part|join|participate)\s+in\s+(?:the|this|a)\s+(?:[\w-]+\s+)?(?:witch[\s-]hunt|smear\s+campaign|"
    r"campaign)\s+against\s+(?-i:[A-Z])|"
    # 'had "rejected the selective targeting of Myanmar by country mandates"': the State singled out, in its own words
    r"\b(?:reject|oppos|denounc|condemn)\w*\s+[\"“]?(?:the\s+)?(?:(?:selective|politici[sz]ed|unfair|unjust|discriminatory)\s+"
    r"(?:targeting|singling[\s-]out)|(?:targeting|singling[\s-]out|demoni[sz]ation|vilification|stigmati[sz]ation|isolation)\s+of\s+"
    r"(?-i:[A-Z])[\w’'-]*|politici[sz]ation|naming\s+and\s+shaming)\b|"
    # (not "condemned the targeting of medical facilities": the State's own acts)
    # "had refused to endorse the mandate", "did not back her conclusions": declining to side with the mandate
    r"\b(?:refused|declined|failed)\s+to\s+(?:endorse|support|back|echo|legitimi[sz]e|recogni[sz]e)|\b(?:did|would)\s+not\s+(?:endorse|support|back)\b|"
    # "had "rejected the interventionist agenda" of the experts", "rejected this mechanism"
    r"\b(?:reject|oppos|denounc|dismiss)\w*\s+(?:the|an?|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agenda|mechanism)\b|"
    # 'had "rejected selective, country-specific mandates"': the speaker's words, quoted
    r"\b(?:reject|oppos|denounc|dismiss)\w*\s+[\"“]?(?:[\w-]+,?\s+){0,3}?(?:country-specific\s+)?mandates?\b|"
    # "opposed the renewal of what it described as a "punitive and obsolete" mandate": the speaker's label between
    r"\b(?:reject|oppos|dismiss)\w*\s+(?:the\s+(?:renewal|extension|continuation)\s+of\s+)?what\s+(?:it|they|he|she|the\s+\w+)\s+"
    r"(?:called|calls|termed|described\s+as)\s+[^.;]{0,60}?\b(?:mandates?|resolution|reports?|findings)\b|"
    # what governments' allies ask for in these debates: sovereignty, no sanctions, no interference
    r"\b(?:condemn|denounc|reject|oppos|criticis|criticiz|decr[iy])\w*[”\"]?\s+(?:what\s+(?:they|it|he|she)\s+(?:called|termed|described\s+as)\s+)?"
    r"[\"“‘']?(?:the\s+)?(?:unilateral\s+|illegal\s+|"
    r"western\s+|economic\s+|foreign\s+|external\s+|outside\s+)?(?:sanctions|coercive\s+measures|interference|double\s+standards|"
    r"politici[sz]ation|selectivity|selective\s+use|[\"“]?external\s+mechanisms?|international\s+scrutiny)\b|\bsovereignty\b|\bunilateral\s+(?:coercive\s+measures|sanctions)|\bnon-?interference|"
    # "called for the mandate to be discontinued", "called for an end to the mandate"
    r"\bcall(?:ed|s|ing)?\s+for\s+(?:the\s+|its\s+|this\s+)?(?:country\s+)?mandate\s+to\s+be\s+(?:discontinued|ended|terminated|"
    r"abolished|scrapped|dropped|lifted)\b|\bcall(?:ed|s|ing)?\s+for\s+(?:an\s+)?end\s+to\s+(?:the|its|this)\s+(?:country\s+)?mandate\b|"
    # "had opposed any international involvement"
    r"\b(?:oppos|reject|resist)\w*\s+(?:any|all)\s+(?:international|foreign|outside|external)\s+(?:involvement|intervention|"
    r"investigation|scrutiny|mechanism)|"
    r"\bpoliticis|\bpoliticiz|\bdouble\s+standards|\bsided\s+with\b(?!\s+the\s+(?:rapporteur|experts?|commission|mission))"
)
# Where the clause about one count ends and the next count begins ("..., and only 7 had ..."; not
# "outdated and one-sided").
_NEXT_COUNT = re.compile(
    rf"(?i);|\s(?:while|whereas|but)\s|(?<!hundred)(?<!thousand),?\s+and\s+(?:only\s+|just\s+)?{NUMBER}\b(?![-–])|"
    rf",\s+{NUMBER}\b(?![-–]|\s+(?:{MONTH}|{HIJRI_MONTH})\b)|"  # not "on Monday, 10 May, commended"
    # "drew 42 speaking delegations, ..., adding that 30 of them criticised": a count of them starts anew
    rf"\s(?={NUMBER}\s+of\s+(?:them|those|whom)\b)"
)
_APPROX = re.compile(r"(?i)\b(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly|"
                     r"fewer\s+than|less\s+than|up\s+to)\s+$")  # fmt: skip
_REST = re.compile(r"(?i)\b(?:the\s+(?:other|remaining)|all\s+(?:the\s+)?other|the\s+rest\s+of\s+the)"
                   r"\s+(?:\w+\s+)?$")  # fmt: skip
# "the 33 states that spoke had backed ...": who spoke is the total, whatever follows.
_SPOKE_AFTER = re.compile(r"(?i)\s*(?:that|who|which)\s+(?:\w+\s+){0,2}?(?:spoke|took|addressed|"
                          r"participated|attended|delivered|made|joined|intervened)\b")  # fmt: skip
# "The remainder of the 30 delegations that took part ... raised concerns": the total less the rest.
_REST_OF_TOTAL = re.compile(rf"(?i)\b(?:the\s+remainder|the\s+rest|all\s+the\s+others?)\s+of\s+the\s+{NUMBER}\s+{_DELEG}")
_REST_NO_NUMBER = re.compile(r"(?i)\b(?:(?:the\s+rest|the\s+remaining\s+ones|all\s+the\s+others|the\s+others)\b"
                             r"(?=\s+(?:were|was|had|have|(?:also\s+)?[a-z]{3,}ed)\b)|"  # "The rest echoed ..."
                             # "two thirds ... praised, while the remaining third raised concerns"
                             r"the\s+(?:remaining|other)\s+(?:third|quarter|fifth|half)\b)")  # fmt: skip
_ELECTION = re.compile(r"(?i)\b(?:won|wins|winner|elections?|electoral|governorships?|seats|ballots?|polls?|"
                       r"constituenc(?:y|ies)|mayoralt(?:y|ies))\b")
_DEBATE_WORDS = re.compile(r"(?i)\b(?:dialogue|review|UPR|debate|delegations?|speakers|Council|Geneva|session|"
                           r"took\s+the\s+floor|statements?)\b")
_VOTE = re.compile(r"(?i)\b(?:recorded\s+vote|voted|vote\s+of(?!\s+(?:no\s+)?confidence\b)|abstentions?|abstained|votes?\s+in\s+favou?r|"
                   r"voting\s+(?:in\s+favou?r|against))\b")  # ("with 61 of the 76 members voting in favour": a parliament's vote)
# A breakdown printed one figure a line: "Delegations that took the floor: 40", "- Critical statements: 9".
_LABELLED = re.compile(rf"(?i)[^\S\n]*(?:[-•*–][^\S\n]*)?(?P<label>[^\n:]{{0,60}}?\b{_DELEG}[^\n:]{{0,40}}?)[^\S\n]*"
                       rf"[:=–-][^\S\n]*(?P<n>{NUMBER})[^\S\n]*[.;]?[^\S\n]*$", re.M)  # fmt: skip
_NOT_A_COUNT = re.compile(rf"(?i)(?:{MONTH})\s*$|Covid-?\s*$|\b(?:session|article|resolution)\s*$|"
                          rf"\b(?:{NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?$")  # "four in five States": a share


_MOST_SPEAKERS = 250


# A stance given as a noun with its count: "the backing of 21 delegations", "the criticism of 12 out of the 33"
_SUPPORT_NOUNS = {"backing", "support", "praise", "approval", "endorsement"}
_STANCE_OF_N = re.compile(
    rf"(?i)\b(?:the\s+)?(?P<word>backing|support|praise|approval|endorsement|criticism|censure|condemnation|disapproval)\s+of\s+"
    rf"(?:only\s+|just\s+)?(?P<n>{NUMBER})(?P<deleg>\s+(?:\w+\s+)?{_DELEG})?"
    rf"(?:\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<total>{NUMBER})\b)?"
)


@dataclass(frozen=True)
class Figure:
    """One number of a tally with its role and where it is."""

    role: str  # total, supportive, critical
    value: int
    start: int
    end: int
    approximate: bool = False  # "more than 30", "at least 15"
    rest: bool = False  # "the other 30", "the remaining ten": the others make up the total
    percent: bool = False  # "85 per cent of them commended": a share of the total, not a count
    majority: bool = False  # "most of the 92 delegations praised": more than half, no count given
    # value -1: "while the rest were critical": the total less the other figure


# "echoed Eritrea's rejection of the mandate", "shared Cuba's position": the State's own stand, taken up
_STATE_STAND = re.compile(r"(?i)^\s*(?:had\s+|have\s+)?(?:echo|shar|support|back|endors|align)\w*\s+(?:with\s+)?(?-i:[A-Z])[\w ]{1,30}[’']s\s+"
                          r"(?:own\s+)?(?:rejection|position|view|stance|objection|arguments?)\b")


def _stance_after(text: str) -> str | None:
    """supportive/critical from the first stance word in `text` (the clause after the number)."""
    if _STATE_STAND.match(text):
        return "supportive"
    turned = sorted((m.start(), role) for role, pattern in (("critical", _AGAINST_STATE),
                    ("supportive", _FOR_STATE)) for m in [pattern.search(text)] if m)  # fmt: skip
    support, critical = _SUPPORT.search(text), _CRITICAL.search(text)
    plain = [m.start() for m in (support, critical) if m]
    if turned and (not plain or turned[0][0] <= min(plain)):
        return turned[0][1]
    if support and (not critical or support.start() < critical.start()):
        return "supportive"
    if critical and support and _condemned_someone_else(text, critical, support):
        return "supportive"
    if critical:
        return "critical"
    return None


def _condemned_someone_else(text: str, critical: re.Match[str], support: re.Match[str]) -> bool:
    """ "condemned Russian strikes on civilian infrastructure and voiced support for Ukraine": the
    condemnation is of another State, the support names the State under discussion."""
    condemned = re.match(r"\w*\s+(?:the\s+)?(?P<x>[A-Z][\w’'-]+)", text[critical.end() :])
    backed = re.match(r"\w*\s+(?:for|with)\s+(?P<y>[A-Z][\w’'-]+)", text[support.end() :])
    return bool(condemned and backed and condemned.group("x")[:4] != backed.group("y")[:4]
                and condemned.group("x") not in ("Government", "Governments", "State", "Authorities"))  # fmt: skip


_COUNTED_NOUN = re.compile(rf"(?i)\b{NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{COUNT_UNITS})\b")
_SHARE = re.compile(rf"(?i)(?<!\bby\s)\b(?:(?:the\s+)?(?:remaining|other)\s+)?(?P<p>{NUMBER}(?:\.\d+)?)\s*(?:per\s*cent|percent|%)"
                    rf"(?:\s+of\s+(?:them|those|these|the\s+(?:{_DELEG})))?(?=\s+(?:had\s+|have\s+|were\s+)?[a-z])")
# "The report of the Special Rapporteur ... was backed by only 24": backing the mandate is criticism
_MANDATE_PASSIVE = re.compile(
    # (not "the national report of Uzbekistan": the State's own report, welcomed as the State is)
    r"(?i)^(?![^.;]*?\b(?:national|country|State|government|periodic)\s+report\b)[^.;]*?\b(?:mandate|rapporteur|report|"
    r"findings|commission|mission|resolution|group\s+of\s+(?:human\s+rights\s+)?experts)\b[^.;()–—]{0,200}?\b(?:was|were|had\s+been)\s+"
    r"(?:(?P<yes>backed|supported|endorsed|welcomed|echoed|praised|commended|applauded)|(?P<no>rejected|dismissed|"
    r"opposed|questioned|criticised|criticized|denounced|challenged))(?:\s+(?:on\s+\w+|last\s+\w+|yesterday|today))?\s+(?:by|from)\s+"
    r"(?:only\s+|just\s+)?$"  # ("were endorsed on Monday by twenty-nine of the forty")
)
_STATE_POSITION = re.compile(r"(?i)\b(?:the\s+)?(?:\w+\s+)?(?:position|stance|view|approach|policy|call|proposal)\s+of\s+"
                             r"(?:the\s+)?(?:Government|authorities|(?!(?:Special|Independent|High|Commission|Council|"
                             r"Working|United|UN|Mission|Fact|Committee|Office)\b)(?-i:[A-Z]))")
# "Syria's cooperation with the Commission of Inquiry was welcomed by 29": what the State did is welcomed
_STATE_OWN = re.compile(r"(?:[A-Z][^.;]{0,60}?\s+[-–—]\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}[’']s|(?:The|the)\s+"
                        r"(?:Government|authorities)[’']s?)\s+(?:[a-z]+\s+)?(?:cooperation|engagement|efforts|record|reforms|"
                        r"progress|steps|measures|commitment|openness|work)\b")
_ONLY_OPENING = re.compile(r"(?i)^[“\"‘']?\s*(?:only|just|merely|a\s+mere)\s+$")
# "All but nine of the 87 delegations ... commended": the exceptions are the other side
_ALL_BUT = re.compile(rf"(?i)\b(?:all\s+but\s+{_N}|(?P<every>every\s+(?:single\s+)?one|each\s+one))\s+(?:of\s+(?:the\s+)?)?"
                      rf"(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}")  # "Every one of the 22 delegations ...": all of them
# "Most of the 92 delegations ... praised", "A majority of the 45 delegations ... condemned"
_MAJORITY = re.compile(rf"(?i)\b(?:most|a\s+(?:clear\s+|large\s+)?majority|the\s+(?:vast\s+|great\s+)?majority|"
                       rf"an\s+overwhelming\s+majority|the\s+bulk)\s+of\s+(?:the\s+)?(?P<total>{NUMBER})\s+"
                       rf"(?:\w+\s+)?{_DELEG}")
# "not one of the 52 delegations that had taken the floor had defended the decree": none of them, of a total
_NONE_OF = re.compile(rf"(?i)\b(?:not\s+(?:a\s+single|one)|none)\s+of\s+(?:the\s+)?(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}")
# "two in every three of the 93 delegations", "seven in eight of the 120 States": a share of the total
_IN_EVERY = re.compile(rf"(?i)\b(?P<a>{NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{NUMBER})\s+of\s+(?:the\s+)?"
                       rf"(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}")
# "three quarters of the 52 States", "half of the 40 delegations": a share of the total
_FRACTION_OF = re.compile(rf"(?i)(?<!more\sthan\s)(?<!less\sthan\s)(?<!nearly\s)(?<!almost\s)(?<!about\s)(?<!over\s)"
                          rf"(?<!around\s)(?<![\w-])(?:(?:(?P<a>{NUMBER})|a|one)[\s-]+(?P<frac>quarters?|thirds?|fifths?)|"
                          rf"(?P<half>half))\s+of\s+(?:the\s+)?"
                          rf"(?P<total>{NUMBER})\s+(?:\w+\s+)?{_DELEG}")
# "21 defended ...: nine from the African Group, eight from the Asia-Pacific Group": a breakdown
_REGION_AFTER = re.compile(
    r"\s+from\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|and|Others)\s+){0,5}?(?:Group|Union|bloc|Movement)\b|"
    r"\s+from\s+(?:the\s+)?(?:Africa|Asia|Latin\s+America|Eastern\s+Europe|Western\s+Europe|Europe|the\s+Americas|"
    r"the\s+Caribbean|the\s+Pacific|the\s+Middle\s+East|the\s+Gulf|the\s+region)\b"
)
_BROKEN_DOWN = re.compile(rf"(?i)\b(?:{NUMBER})\b[^.;:–—]{{0,60}}(?::|\s[-–—]\s)")
_PERCENT_AFTER = re.compile(r"(?i)\s*(?:per\s*cent|percent|%)")
_BULLET = re.compile(r"\n[^\S\n]*[-•*–][^\S\n]")
_COUNTED_DELEGATIONS = re.compile(rf"(?i)(?<!by\s)(?<!from\s)\b{NUMBER}\s+(?:[a-z-]+\s+)?{_DELEG}")  # not "made by 91 delegations"
_DELEG_NOUN = re.compile(r"(?i)^(?:countries|members)$")
# the counted noun right after a figure: "265 recommendations", "78 noted recommendations"
# "58 members of opposition parties" count other things; "members" alone may be Council members
_OWN_NOUN = re.compile(rf"(?i)\s+(?:[a-z-]+\s+)?(?!countries\b|members\b(?!\s+of\s+(?!the\s+(?:Human\s+Rights\s+)?Council\b)))"
                       rf"(?:{COUNT_UNITS})\b")


def _until_another_count(text: str) -> str:
    """`text` up to the next number that counts something (not a day, "on 3 July", nor a year): where
    what is said of "all N" ends."""
    for number in re.finditer(rf"(?i)\b{NUMBER}\b", text):
        if re.fullmatch(r"(?:19|20)\d\d", number.group(0)) or re.match(rf"(?i)\s+{MONTH}\b", text[number.end() :]) \
                or re.search(rf"(?i)\b{MONTH}\s+$", text[: number.start()]):
            continue
        return text[: number.start()]
    return text


_STANCES_OF_DELEGATIONS = re.compile(rf"(?i)\s+{_STANCE_WORD}\s+(?:(?:and|or)\s+{NUMBER}\s+{_STANCE_WORD}\s+)?{_DELEG}")


def _counts_other_things(text: str, offset: int) -> bool:
    """Whether the last thing counted before `offset` (within the sentence before and this one)
    is something other than delegations ("a total of 247 recommendations"), so "201 of them" and
    "noted 46" count those, not speakers."""
    window = text[max(0, offset - 300) : offset]
    nouns = [(m.start(), m.group("noun")) for m in _COUNTED_NOUN.finditer(window) if not (
        re.match(r"(?:19|20)\d\d\b", m.group(0)) and re.search(r"(?i)\b(?:in|since|of|until|from|before|after)\s+$", window[: m.start()])
    )]  # ("the killing of protesters in 2021 or the trials of ...": a year, not a count of trials)
    delegations = [m.start() for m in _COUNTED_DELEGATIONS.finditer(window)]
    if delegations and (not nouns or delegations[-1] >= nouns[-1][0]):
        return False  # "1,264 cases ... Of the 38 States which spoke, 24 supported": the States were counted last
    if not nouns:  # "the noted recommendations were the ones that mattered most. The Network said 31 of them concerned
        things = [m.start() for m in re.finditer(r"(?i)\brecommendations\b", window)]  # ...": those, named uncounted
        speakers = [m.start() for m in re.finditer(r"(?i)\b(?:delegations|States|countries|speakers|members)\b", window)]
        return bool(things) and (not speakers or things[-1] > speakers[-1])
    return not _DELEG_NOUN.match(nouns[-1][1])


def _main_verb_clause(text: str) -> str:
    """The words after a subject's relative clause and its appositions: "that took part in the
    dialogue with the Expert, Ama Mensah, raised concerns ..." -> "raised concerns ..."."""
    parts = re.split(r",\s+", text)
    for i, part in enumerate(parts[1:], 1):
        if re.match(r"(?i)(?:had\s+|have\s+|also\s+)?[a-z]+ed\b|(?:voiced|expressed|spoke)\b", part):
            return ", ".join(parts[i:])
    return text


def _contrasted(match: re.Match[str], sentence: str) -> str | None:
    """ "38 had rejected the conclusions, while 21 had echoed them": a count set against another
    in the same sentence, with no stance word of its own, takes the opposite stance."""
    lead = sentence[: match.start("n")]
    conj = re.search(r"(?i)(?:\b(?:while|whereas|but)|,\s*and)\s+(?:that\s+)?(?:only\s+|the\s+remaining\s+|the\s+other\s+)?$", lead)
    paired = _PAIRED_PASSIVE.search(lead)
    if conj is None and paired is None:
        return None
    cut = conj.start() if conj is not None else paired.start() if paired is not None else 0
    clause = re.split(r"[;:]", lead[:cut])[-1]
    earlier = _stance_after(clause)
    if conj is None and paired is not None:  # "welcomed by 31 ..., and rejected by nine": the verb says
        return "critical" if paired.group("no") and earlier == "supportive" else (
            "supportive" if paired.group("yes") and earlier == "critical" else None)  # which side, once
    return {"supportive": "critical", "critical": "supportive"}.get(earlier or "")  # set against the first


# "..., and rejected by nine": the same thing, welcomed by some and rejected by others
_PAIRED_PASSIVE = re.compile(
    r"(?i)(?:\b(?:while|whereas|but)|,?\s*and)\s+(?:(?:was|were)\s+)?(?:(?P<no>rejected|dismissed|opposed|questioned|"
    r"criticised|criticized|condemned|denounced|challenged)|(?P<yes>welcomed|backed|supported|endorsed|praised|"
    r"commended|applauded))\s+(?:by|from)\s+(?:only\s+|just\s+)?$"
)


# "CORRECTION: ... now says 31 of the 52 ... not 41 as first stated", "The correct figure is twenty-four."
_CORRECTION = re.compile(r"(?i)\bcorrection\b|\bcorrected\b|\breissued\b|\bnow\s+says\b|"
                         r"\bas\s+(?:first|originally|earlier|initially)\s+(?:stated|reported|announced|given)\b")
_CORRECT_FIGURE = re.compile(rf"(?i)\bthe\s+(?:correct|corrected|right|revised|actual)\s+(?:figure|number|count)\s+"
                             rf"(?:is|was|stands\s+at)\s+(?P<n>{NUMBER})\b")


_REVISED_SIDE = re.compile(rf"(?i)\b(?:lowered|raised|revised|cut|increased|reduced|changed|corrected|put|brought)\s+the\s+"
                           rf"(?P<side>{_STANCE_WORD})\s+(?:figure|number|count|one|tally)\s+(?:to|at)\s+(?P<n>{NUMBER})\b")


def _corrected(ctx: PressContext, figures: list[Figure]) -> list[Figure]:
    """A correction supersedes the figures it corrects: a figure given in a sentence that corrects
    (or the bare "The correct figure is twenty-four" after a withdrawn one) replaces every earlier
    figure of the same role with another value."""
    for start, end in ctx.sentences:
        bare = _CORRECT_FIGURE.search(ctx.text, start, end)
        before = [(a, b) for a, b in ctx.sentences if b <= start]
        if bare and before and retracted(ctx.text[before[-1][0] : before[-1][1]]):  # the role of the figure
            role = _stance_after(ctx.text[before[-1][0] : before[-1][1]])  # it corrects
            value = parse_number(bare.group("n"))
            if role and isinstance(value, int):
                figures.append(Figure(role, value, bare.start("n"), bare.end("n")))
    fixes = [f for f in figures if _CORRECTION.search(ctx.text, *ctx.sentence_at(f.start))
             or _CORRECT_FIGURE.search(ctx.text, *ctx.sentence_at(f.start))]  # fmt: skip
    if not fixes:
        return figures
    first_fix = min(f.start for f in fixes)
    return [f for f in figures if f.start >= first_fix or f.percent or not any(
        g.role == f.role and g.value != f.value for g in fixes)]


# A count given while the debate is still going on, superseded by the final one
_PROVISIONAL = re.compile(r"(?i)\brunning\s+(?:tally|count|total)\b|\bso\s+far\b|\bat\s+(?:this|that)\s+point\b|"
                          r"\b(?:provisional|preliminary|interim)\s+(?:tally|count)\b")


_SIGNATORIES = re.compile(rf"(?i)\b(?:on\s+behalf\s+of(?:\s+the)?|(?:co-?)?signed\s+by|statement\s+(?:backed|supported|joined|"
                          rf"endorsed)\s+by)\s+(?:(?:some|about|more\s+than|nearly)\s+)?(?P<n>{NUMBER})\s+(?:countries|States|delegations)\b")


def _signatories_named(text: str, match: re.Match[str]) -> bool:
    """Whether the article gives a joint statement's signatories as about the number `match` counts."""
    value = parse_number(match.groupdict().get("n") or match.groupdict().get("total") or "")
    return isinstance(value, int) and any(isinstance(n := parse_number(m.group("n")), int) and abs(n - value) <= 3
                                          for m in _SIGNATORIES.finditer(text))


# "put the split at 28 to 17 in the Government's favour": both sides in one phrase, the first on the side it names
_SPLIT_IN_FAVOUR = re.compile(rf"(?i)\b(?:split|score|count|balance|result)\s+(?:at|as)\s+(?P<a>{NUMBER})\s*(?:to|[-–])\s*"
                              rf"(?P<b>{NUMBER})\s+in\s+(?P<whom>(?:the\s+)?[\w’' -]{{2,40}}?)\s+favou?r\b")
_MANDATE_SIDE = re.compile(r"(?i)\b(?:rapporteur|expert|mission|commission|mandate|critics|west)")


def tally_figures(ctx: PressContext) -> list[Figure]:
    """Every delegation count in the article with its role, in text order, duplicates dropped."""
    figures: list[Figure] = []
    taken = bytearray(len(ctx.text))  # 1 where a figure's match lies: overlap tests stay cheap
    for start, end in ctx.sentences:  # "All but nine of the 87", "two in every three of the 93"
        for match in _SPLIT_IN_FAVOUR.finditer(ctx.text, start, end):
            a, b = parse_number(match.group("a")), parse_number(match.group("b"))
            if isinstance(a, int) and isinstance(b, int) and _DEBATE_WORDS.search(ctx.text, start, end):
                first, second = ("critical", "supportive") if _MANDATE_SIDE.search(match.group("whom")) else ("supportive", "critical")
                taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                figures += [Figure(first, a, match.start("a"), match.end("a")), Figure(second, b, match.start("b"), match.end("b"))]
        if not retracted(ctx.text[start:end]):
            # "not one of the 52 ... had defended" (none on that side), "most of the 92 ... praised" (a majority)
            for match in (*_NONE_OF.finditer(ctx.text, start, end), *_MAJORITY.finditer(ctx.text, start, end)):
                side = _stance_after(_NEXT_COUNT.split(ctx.text[match.end() : end], maxsplit=1)[0])
                total = parse_number(match.group("total"))
                if side and isinstance(total, int):
                    most = match.re is _MAJORITY
                    taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                    figures += [Figure("total", total, match.start("total"), match.end()),
                                Figure(side, -1 if most else 0, match.start(), match.start("total"), majority=most)]  # fmt: skip
            for match in (*_ALL_BUT.finditer(ctx.text, start, end), *_IN_EVERY.finditer(ctx.text, start, end),
                          *_FRACTION_OF.finditer(ctx.text, start, end)):
                found = _whole_less_part(match, ctx.text[match.end() : end], ctx.text[start : match.start()])
                if found:
                    taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                    figures.extend(found)
    for start, end in ctx.sentences:  # "won the backing of 21 delegations and the criticism of 12 out of the 33"
        if retracted(ctx.text[start:end]) or not _DEBATE_WORDS.search(ctx.text, start, end):
            continue
        for match in _STANCE_OF_N.finditer(ctx.text, start, end):
            value = parse_number(match.group("n"))
            if not isinstance(value, int) or any(taken[match.start() : match.end()]):
                continue
            if not (match.group("deleg") or match.group("total")):
                continue  # "the support of 40": only a count of delegations, or one of a total, is a tally's
            if re.search(r"(?i)\b(?:convened|requested|called|held)\b[^.;]{0,80}$|\bresolution\b[^.;]{0,200}$", ctx.text[start : match.start()]):
                continue  # "a special session, convened at the request of Bangladesh with the support of 22 members", "the
                # resolution ... was forced through last October with the support of only 21 of the 47 members": a vote
            role = "supportive" if match.group("word").lower() in _SUPPORT_NOUNS else "critical"
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            figures.append(Figure(role, value, match.start("n"), match.end("n")))
            total = parse_number(match.group("total")) if match.group("total") else None
            if isinstance(total, int):
                figures.append(Figure("total", total, match.start("total"), match.end("total")))
    table = _table_rows(ctx)  # read first: a table's rows are not sentences
    for figure in table:
        line_start = ctx.text.rfind("\n", 0, figure.start) + 1
        taken[line_start : figure.end] = b"\x01" * (figure.end - line_start)
    for patterns in (_DELEG_PATTERNS, _FOLLOW_PATTERNS):
        if patterns is _FOLLOW_PATTERNS and not figures and not ctx.forums:
            break  # "30 of them", "eleven were hostile": only about a meeting the article names
        for start, end in ctx.sentences:
            sentence = ctx.text[start:end]
            if retracted(sentence):
                continue  # "An earlier version of this article said that 27 ...": withdrawn
            if _ELECTION.search(sentence) and not _DEBATE_WORDS.search(sentence) and not re.search(
                    r"(?i)\b(?:I|we)\s+(?:also\s+)?counted\b", sentence) and not (
                figures and re.search(rf"(?i)\bthe\s+(?:other|remaining)\s+{NUMBER}\b", sentence)
                and not re.search(r"(?i)\b(?:won|wins|seats|votes|ballots)\b", sentence)
            ):  # "won 21 of the 23 states": an election result, not stances in a debate ("the other 14
                continue  # had repeated accusations about detentions after the elections" goes on a tally)
            if patterns is _FOLLOW_PATTERNS and _VOTE.search(sentence):
                continue  # "27 in favour to 12 against": votes on a text, not stances in a debate
            before = [(a, b) for a, b in ctx.sentences if b <= start][-1:]
            if before and _VOTE.search(ctx.text, *before[0]) and re.search(r"(?i)\bmembers\s+of\s+the\s+Council\b", sentence):
                continue  # "... renewed the mandate by 19 votes in favour, 6 against and 22 abstentions. Venezuela notes that 28
                # members of the Council refused to support this politicised mechanism": the vote, counted again
            for pattern in patterns:
                for match in pattern.finditer(sentence):
                    span = (start + match.start(), start + match.end())
                    if any(taken[span[0] : span[1]]):
                        continue
                    first = next((match.start(g) for g in ("n", "total") if match.groupdict().get(g)), match.start())
                    if _VOTE.search(sentence, match.start(), min(len(sentence), match.end() + 40)):
                        continue  # "15 members voted against", "Three African members that had abstained": a vote
                    if re.search(r"(?i)\bresolution\b[^.;]{0,200}\bwith\s+the\s+(?:support|backing|votes?)\s+of\s+(?:only\s+|just\s+)?$",
                                 sentence[: match.start()]):
                        continue  # "the resolution ... was forced through with the support of only 21 of the 47 members": a vote
                    if _NOT_A_COUNT.search(sentence[:first]):  # "October 25", not "October, 33 spoke"
                        continue
                    if re.search(r"(?i)\bbetween\s+(?:the\s+|its\s+)?$", sentence[:first]):
                        continue  # "praised the cooperation between the two countries": not speakers
                    if re.search(r"(?i)(?:^|[,;]\s*)in\s+$", sentence[:first]) and re.match(r"(?i)\S+\s+of\s+(?:those|these|the)\s+countries\b",
                                                                                     sentence[first:]):
                        continue  # "In 19 of those countries, the measures followed rulings ...": where, not who spoke
                    if re.search(r"(?i)\b(?:a\s+group\s+of|on\s+behalf\s+of(?:\s+the)?|(?:co-?)?signed\s+by|statement\s+(?:backed|supported|"
                                 r"joined|endorsed)\s+by|\bstatement\b[^.;]{0,120}\b(?:was|were|had\s+been)\s+(?:supported|backed|joined|"
                                 r"endorsed|signed)\s+by)\s+(?:(?:some|about|more\s+than|nearly|only|just)\s+)?$", sentence[:first]):
                        taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])  # (no other pattern reads it either)
                        continue  # "A group of 51 States urged ...", "a counter-statement backed by 72 countries", "on behalf of
                        # the 57 Member States of the OIC": signatories
                    if start < headline_end(ctx.text) and _signatories_named(ctx.text, match):
                        continue  # "Nearly 80 countries back China" over "Pakistan, speaking on behalf of 79 countries,
                        # delivered a joint statement": the headline counts the statement's signatories
                    if patterns is _FOLLOW_PATTERNS and _counts_other_things(ctx.text, start + match.start()) and not (
                            match.groupdict().get("n") and _STANCES_OF_DELEGATIONS.match(sentence, match.end("n"))):
                        continue  # "247 recommendations. Malawi supported 201 of them": not delegations (but "58 supportive
                        # and 46 critical statements" says what it counts)
                    if match.groupdict().get("n") and match.group("n").lower() == "one" and re.match(
                            r"(?i)\s+(?!(?:delegation|state|country|speaker|member|other|nation|government|of|in)\b)[a-z]+\b",
                            sentence[match.end("n") :]):
                        continue  # "Two counts, one dialogue": one of something else
                    if match.groupdict().get("n") and (_OWN_NOUN.match(sentence, match.end("n"))
                                                       or _PERCENT_AFTER.match(sentence, match.end("n"))):
                        continue  # ", 265 recommendations were supported", ": 87 per cent": not delegations
                    if match.groupdict().get("n") and _REGION_AFTER.match(sentence, match.end("n")) and (
                        _BROKEN_DOWN.search(sentence, 0, match.start("n"))
                    ):  # "21 defended ...: nine from the African Group": a part of a figure already given
                        continue
                    found = _figures_of(match, sentence, start)
                    if found:
                        taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
                        figures.extend(found)
    figures += table
    for start, end in ctx.sentences:  # "A corrected version lowered the supportive figure to 33 and raised the critical one to 15"
        for match in _REVISED_SIDE.finditer(ctx.text, start, end):
            value, role = parse_number(match.group("n")), _stance_after(match.group("side"))
            if role and isinstance(value, int) and not any(taken[match.start("n") : match.end("n")]):
                figures.append(Figure(role, value, match.start("n"), match.end("n")))
    for start, end in ctx.sentences:  # "Supportive statements: 31", one figure a line
        label = _LABELLED.match(ctx.text, start, end)
        if label and not any(taken[label.start("n") : label.end("n")]):
            value = parse_number(label.group("n"))
            role = _stance_after(label.group("label")) or "total"
            if isinstance(value, int):
                figures.append(Figure(role, value, label.start("n"), label.end("n")))
    if figures:
        for start, end in ctx.sentences:  # "85 per cent of them commended ..., the remaining 15 per cent"
            if retracted(ctx.text[start:end]):
                continue
            earlier: str | None = None
            for match in _SHARE.finditer(ctx.text, start, end):  # (a long relative clause may come first)
                clause = _NEXT_COUNT.split(ctx.text[match.end() : min(end, match.end() + 350)], maxsplit=1)[0]
                role = _stance_after(clause)
                rest = re.search(r"(?i)\b(?:remaining|other|rest\s+of\s+the)\s+$", ctx.text[max(start, match.start("p") - 20) : match.start("p")])
                if rest and earlier in ("supportive", "critical") and role in (None, earlier):
                    role = "critical" if earlier == "supportive" else "supportive"  # "the remaining 35 percent"
                earlier = role or earlier
                value = parse_number(match.group("p"))
                of_them = re.search(r"(?i)\bof\s+(?:them|those|these)$", match.group(0))
                if of_them and _counts_other_things(ctx.text, match.start()):
                    continue  # "642 complaints, and 38 per cent of them concerned ...": not delegations
                if role and isinstance(value, (int, float)) and not any(taken[match.start("p") : match.end("p")]):
                    figures.append(Figure(role, int(round(value)), match.start("p"), match.end(), percent=True))
    if figures:
        for start, end in ctx.sentences:  # "while the rest were critical": no number of its own
            for match in _REST_NO_NUMBER.finditer(ctx.text, start, end):
                role = _stance_after(ctx.text[match.end() : min(end, match.end() + 60)])
                if role:
                    figures.append(Figure(role, -1, match.start(), match.end(), rest=True))
            for match in _REST_OF_TOTAL.finditer(ctx.text, start, end):
                role = _stance_after(_main_verb_clause(ctx.text[match.end() : end]))
                if role:
                    figures.append(Figure(role, -1, match.start(), match.start() + 1, rest=True))
    dated = bytearray(len(ctx.text))  # "25 January" is a date, not 25 delegations
    for mention in ctx.dates:
        dated[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for match in HIJRI_DATE.finditer(ctx.text):  # "27 Sha'ban 1449 AH": a date of the Islamic calendar
        dated[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    # no debate hears more than 250 delegations: a larger number is a year ("in 2023 and 2024") or
    # a count of something else
    figures = [f for f in figures if not dated[f.start] and (f.percent or f.value <= _MOST_SPEAKERS)]
    figures = _corrected(ctx, figures)
    provisional = {id(f) for f in figures if _PROVISIONAL.search(ctx.text, *ctx.sentence_at(f.start))}
    if provisional and len(provisional) < len(figures):  # "Running tally: 12 delegations so far ...", then
        figures = [f for f in figures if id(f) not in provisional]  # "By our final count, 35 ...": the final one
    return sorted(figures, key=lambda f: f.start)


# "Supportive: 30 | Critical: 9 | Total: 39"; a table row "Commended the Government      27"
_PIPED_CELL = re.compile(rf"(?P<label>[A-Za-z][^|:\n\d]{{1,60}}?)\s*:\s*(?P<n>{NUMBER})\s*(?=\||$)")
# "Raised concerns        12", "Commended the Government ....... 76": a label, spaces or dot leaders, a number
_TABLE_ROW = re.compile(
    r"(?m)^[^\S\n]*(?P<label>[A-Za-z][^\n\d|:.]{2,60}?)(?:[^\S\n]*\.{3,}[^\S\n]*|[^\S\n]{2,})(?P<n>\d{1,3})[^\S\n]*$"
)
_TOTAL_LABEL = re.compile(r"(?i)^(?:total|all|in\s+all|delegations|speakers|statements)\b")


def _table_rows(ctx: PressContext) -> list[Figure]:
    """Tally figures laid out as a table or a line of "Label: N" cells split by "|", in an article
    about a meeting; at least one cell must carry a stance."""
    if not ctx.forums:
        return []
    found: list[Figure] = []
    for line in re.finditer(r"[^\n]+", ctx.text):
        if line.group(0).count("|") >= 1:
            for cell in _PIPED_CELL.finditer(ctx.text, line.start(), line.end()):
                found += _cell_figure(cell)
    rows = [f for row in _TABLE_ROW.finditer(ctx.text) for f in _cell_figure(row)]
    if len(rows) >= 2:
        found += rows
    return found if any(f.role in ("supportive", "critical") for f in found) else []


def _cell_figure(cell: re.Match[str]) -> list[Figure]:
    label, value = cell.group("label").strip(), parse_number(cell.group("n"))
    role = _stance_after(label) or ("total" if _TOTAL_LABEL.match(label) else None)
    if role is None or not isinstance(value, int):
        return []
    return [Figure(role, value, cell.start("n"), cell.end("n"))]


def _whole_less_part(match: re.Match[str], after: str, before: str) -> list[Figure]:
    """Figures of "All but N of the T ... <stance>" (T - N on that side, N on the other) and of "A in
    every B of the T ... <stance>" (T * A / B on that side, the rest unknown)."""
    total = parse_number(match.group("total"))
    role = _stance_after(_NEXT_COUNT.split(after[:220], maxsplit=1)[0])
    passive = re.search(r"(?i)\b(?:by|from)\s+$", before)
    if passive:  # "was commended by two in every three of the 93"
        role = _stance_after(re.split(r"(?i)\band\b|,", before[: passive.start()])[-1]) or role
    if not isinstance(total, int) or role not in ("supportive", "critical"):
        return []
    other = "critical" if role == "supportive" else "supportive"
    span = (match.start("total"), match.end("total"))
    if match.re is _ALL_BUT:
        if match.group("every"):
            return [Figure("total", total, *span), Figure(role, total, match.start(), match.end("every"))]
        part = 0 if match.group("n").lower() == "none" else parse_number(match.group("n"))
        if not isinstance(part, int) or part > total:
            return []
        return [Figure("total", total, *span), Figure(role, total - part, match.start(), match.end("n")),
                Figure(other, part, match.start("n"), match.end("n"))]  # fmt: skip
    if match.re is _FRACTION_OF:  # "three quarters of the 52": 39
        a = parse_number(match.group("a")) if match.group("a") else 1
        b = {"third": 3, "quarter": 4, "fifth": 5}[match.group("frac").lower().rstrip("s")] if match.group("frac") else 2
    else:
        a, b = parse_number(match.group("a")), parse_number(match.group("b"))
    if not isinstance(a, int) or not isinstance(b, int) or not 0 < a < b:
        return []
    share_end = (match.end("frac") if match.group("frac") else match.end("half")) if match.re is _FRACTION_OF else match.end("b")
    return [Figure("total", total, *span), Figure(role, round(total * a / b), match.start(), share_end)]


# "... delegations that took the floor during ...": a relative clause that may hold the forum and its date
_SPOKE_CLAUSE = re.compile(r"(?i)\s+(?:that|which|who)\s+(?:took\s+the\s+floor|spoke|took\s+part|participated|"
                           r"addressed|made\s+statements)\b")


def _figures_of(match: re.Match[str], sentence: str, offset: int) -> list[Figure]:
    groups = match.groupdict()
    found = []
    if groups.get("n") and re.match(r"(?i)\s+(?:other\s+)?(?:(?:civil[\s-]society|rights|non-governmental)\s+)?(?:groups|"
                                    r"organi[sz]ations|NGOs|signatories|associations)\b", sentence[match.end("n") :]):
        groups = {**groups, "n": None}  # "a letter signed by 26 groups": who signed it, not who spoke
    if groups.get("n"):
        value = 0 if groups["n"].lower() == "none" else parse_number(groups["n"])
        after = _NEXT_COUNT.split(sentence[match.end("n") : match.end() + 220], maxsplit=1)[0]
        after = _BULLET.split(after, maxsplit=1)[0]  # "from 104 States.\n- Supported: 224": the next item
        if _SPOKE_CLAUSE.match(sentence, match.end()) and _stance_after(after) is None:  # "91 of the 104 that
            after = _NEXT_COUNT.split(sentence[match.end("n") : match.end() + 420], maxsplit=1)[0]  # took the
            after = _BULLET.split(after, maxsplit=1)[0]  # floor during the review of ... on ..., commended"
        before = sentence[max(0, match.start() - 60) : match.start()]
        role = _stance_after(after) or _contrasted(match, sentence) or _stance_after(before)
        governing = re.search(r"(?i)\b(?:(?P<sup>solidarity|support|backing|praise|sympathy)|(?P<crit>criticism|"
                              r"condemnation|censure))\s+(?:of|from)\s+(?:the\s+)?(?:only\s+)?$", before)
        if governing:  # "the solidarity of 21 sister nations ... against ...": the noun that governs the figure
            role = "supportive" if governing.group("sup") else "critical"
        if re.match(r"(?i)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?[a-z]+\s+(?:it|them)\b", after):
            role = _contrasted(match, sentence) or role  # "31 had opposed the mandate, but 9 had supported it"
        if _NEUTRAL.match(after):  # "22 were favourable, 5 unfavourable and 3 neutral": not a stance count
            role = None
        if role is None and re.match(r"\s+for\s+(?:the\s+government|the\s+authorities|(?-i:[A-Z]))", after):
            role = "supportive"  # "30 for Burundi, 15 against"
        passive = re.search(r"(?i)\b(?:by|from)\s+$", sentence[max(0, match.start() - 8) : match.start()])
        if passive or re.match(r"(?i)(?:by|from)\b", match.group(0)):  # "praised by fourteen"
            verb = re.search(r"(?i)\b([a-z]+)\s+(?:by|from)\s+$", sentence[: match.start()])
            # "progress in the fight against impunity was welcomed by 28": the verb, not "against"
            own = (_stance_after(verb.group(1)) if verb else None) or _stance_after(re.split(r"(?i)\band\b|,", before)[-1])
            if own is None and re.search(r"(?i)\b(?:was|were|been)\s+(?:\w+\s+){0,2}?(?:by|from)\s+$",
                                         sentence[: match.start()]):  # fmt: skip
                own = _stance_after(sentence[: match.start()])  # "Concern over ... was voiced by 41"
            role = own or role  # what was expressed by them, not what the next clause says of others
            if role is None and _STATE_POSITION.search(sentence[: match.start()]) and re.search(
                r"(?i)\b(?:endorsed|backed|supported|shared|welcomed|upheld)\s+by\s+$", sentence[: match.start()]
            ):  # "The position of Venezuela was endorsed by 27 of the 43": its side
                role = "supportive"
        mandate_passive = _MANDATE_PASSIVE.search(sentence[: match.start("n")])
        if mandate_passive and (_STATE_POSITION.search(sentence[: match.start("n")])
                                or _STATE_OWN.match(sentence)  # (or after an opening phrase: "At the dialogue with
                                or _STATE_OWN.match(re.split(r",\s+", sentence[: match.start("n")])[-1])):  # the
            # Special Rapporteur ..., Cambodia's efforts were commended by 28"); "The position of Belarus on the
            mandate_passive = None  # non-recognition of the mandate was supported by 19": its side
        if mandate_passive:  # "The report ... was backed by only 24": backing the mandate is criticism
            role = "supportive" if mandate_passive.group("no") else "critical"
        approximate = bool(_APPROX.search(sentence[max(0, match.start("n") - 14) : match.start("n")]))
        rest = bool(_REST.search(sentence[max(0, match.start("n") - 20) : match.start("n")])
                    or re.match(r"\s+(?:others\b|remaining\b)", sentence[match.end("n") :]))  # "26 others praised"
        end = match.end("n") if re.search(r"(?i)per\s*cent|percent|%", match.group(0)) else match.end()
        own = _stance_after(after) or _contrasted(match, sentence) or mandate_passive
        if rest and not own and not (passive or re.match(r"(?i)(?:by|from)\b", match.group(0))):
            role = "other"  # "The other fifteen delegations were described as ...", "18 others had ...": the other side
        elif role is None and (
            (re.match(rf"(?i)\s+{_DELEG}", sentence[match.end("n") :]) and not sentence[: match.start("n")].strip(" \"“‘'"))
            or re.search(r"(?i)\b(?:and|while|whereas|but)\s+$", sentence[: match.start("n")])
            or re.search(rf"(?i)^[“\"‘']?\s*(?:Of|Out\s+of)\s+(?:the\s+)?(?:{NUMBER})\s+(?:[a-z-]+\s+)?{_DELEG}[^,]{{0,60}},\s+$",
                         sentence[: match.start("n")])  # ("Of the 53 delegations that spoke, 31 recited a script ...")
        ):  # "Twelve delegations called for ...", "25 supported ... and 12 called for it to be renewed":
            role = "complement"  # no stance of its own; the other side only if it makes up the total
        if role is None and _ONLY_OPENING.search(sentence[: match.start("n")]):
            role = "other"  # "Only 11 delegations chose to ignore these efforts": after a tally, the other side
        if isinstance(value, int) and role:  # "53 - or 39 per cent -": the share stays a rate of its own
            found.append(Figure(role, value, offset + match.start("n"), offset + end,
                                approximate, rest))  # fmt: skip
    if groups.get("total"):
        total = parse_number(groups["total"])
        near = re.split(r"[,;.:]", sentence[match.end() : match.end() + 40])[0]  # "took the floor: 21 ..."
        near = _NEXT_COUNT.split(near, maxsplit=1)[0]  # "took the floor and 88 of them commended": not the total's
        relative = re.match(r"\s*(?:that|who|which)\s", near) and not _SPOKE_AFTER.match(near)
        spoke_to = (match.re is _TOTAL_SPOKE or relative) and not groups.get("n") and _stance_after(
            near
        )  # "nine delegations took the floor to criticise", "among 18 delegations that criticised" (not "20 of the 29
        # delegations that had spoken recognised ...": what the 20 did)
        if isinstance(total, int) and _REST.search(sentence[max(0, match.start("total") - 20) : match.start("total")]):
            found.append(Figure("other", total, offset + match.start("total"), offset + match.end(), rest=True))
        elif isinstance(total, int) and spoke_to:  # "nine delegations took the floor to criticise"
            found.append(Figure(_stance_after(near) or "", total, offset + match.start("total"),
                                offset + match.end()))  # fmt: skip
        elif isinstance(total, int) and re.match(r"(?i)all\b", match.group(0)) and (
            whole := _stance_after(_until_another_count(_NEXT_COUNT.split(sentence[match.end() : match.end() + 220],
                                                                          maxsplit=1)[0]))
        ):  # "all 23 States of the Non-Aligned Movement that spoke ... had expressed support" (not "listened to all 96
            # statements and counted 40 critical interventions": the whole, a count of one side after it)
            found.append(Figure(whole, total, offset + match.start("total"), offset + match.end()))
        elif isinstance(total, int) and re.search(r"(?i)\b(?:claim(?:s|ed|ing)?|cit(?:es|ed|ing)|boast(?:s|ed|ing)?|won|wins)\s+(?:the\s+)?"
                                                  r"(?:support|backing)\s+(?:of|from)\s+(?:some\s+|at\s+least\s+)?$",
                                                  sentence[: match.start("total")]):  # "mission claims support of 24 States"
            # (not a session "convened at the request of Belgium with the support of 19 member States": its backers)
            found.append(Figure("supportive", total, offset + match.start("total"), offset + match.end()))
        elif isinstance(total, int) and match.re is _SPLIT:
            found.append(Figure("total", total, offset + match.start("total"), offset + match.end("total")))
        elif isinstance(total, int):  # "About 40 delegations took the floor": a total given as approximate
            about = bool(_APPROX.search(sentence[max(0, match.start("total") - 14) : match.start("total")]))
            found.append(Figure("total", total, offset + match.start("total"), offset + match.end(), approximate=about))
    return found


def tally_claims(ctx: PressContext, figures: list[Figure] | None = None) -> list[Claim]:
    """One tally Claim per forum and claimant (`figures`: from `tally_figures`).

    Figures without a speaker of their own ("30 of them commended ...") belong to the claimant
    before them; a figure someone else gives ("rights groups said at least 15 ...") starts a
    claim of its own instead of being added up with the first.
    """
    groups: dict[str, list[Figure]] = {}
    for figure in tally_figures(ctx) if figures is None else figures:
        forum = ctx.forum_at(figure.start)
        groups.setdefault(repr(sorted((forum or {}).items(), key=str)), []).append(figure)
    claims = []
    for forum_figures in groups.values():
        # "Eritrea Focus said 38 percent of them had been critical": a share of the total another
        # claimant gave for the same meeting, when the article gives only one
        totals = {f.value for f in forum_figures if f.role == "total" and not f.percent and f.value >= 0}
        forum_total = next(iter(totals)) if len(totals) == 1 else None
        for part in _by_claimant(ctx, forum_figures):
            if not any(f.role in ("supportive", "critical") and (f.value >= 0 or f.majority) for f in part) and not (
                    _spoke_total_only(ctx, part)):  # fmt: skip
                continue  # "a group of 45 States": no tally without a stance, or a count of who spoke
            claim = _tally_claim(ctx, part, forum_total)
            if claim is not None:
                claims.append(claim)
    _shared_total(claims)
    return claims


def _shared_total(claims: list[Claim]) -> None:
    """A rival count with no total of its own whose two sides add up to the total another claimant gave for the same
    meeting ("It found 25 statements critical ... and only 19 supportive ones", after the ministry's "44 delegations
    spoke"): it counted the same speakers, so that is its total too."""
    for claim in claims:
        if claim.total is not None or claim.supportive is None or claim.critical is None:
            continue
        others = {c.total for c in claims if c is not claim and c.total is not None and c.forum == claim.forum}
        if len(others) == 1 and claim.supportive + claim.critical == next(iter(others)):
            claim.total = next(iter(others))


def _spoke_total_only(ctx: PressContext, part: list[Figure]) -> bool:
    """ "About 40 delegations took the floor during the review": how many spoke at a forum, a figure
    the record can check, even with no stance counted."""
    spoke = [f for f in part if f.role == "total" and not f.percent and f.value > 0
             and _TOTAL_SPOKE.match(ctx.text, f.start) and ctx.forum_at(f.start)]  # fmt: skip
    # the headline may give the same figure as the story ("about 50 delegations joined ...")
    return len({f.value for f in spoke}) == 1 and all(f.role == "total" for f in part)


def _generic(who: ActorRef | None) -> bool:
    """A claimant known only by what it is ("rights group", "activists"), not by name."""
    return who is not None and who.kind != "state" and not re.search(r"[A-Z]", who.name)


def _same_voice(a: ActorRef | None, b: ActorRef | None) -> bool:
    """A body and its own spokesperson or official speak with one voice."""
    if a is None or b is None:
        return False
    for person, body in ((a, b), (b, a)):
        if person.kind == "official" and person.body and body.kind != "official" and person.body in body.name:
            return True
    return False


_HEADLINE_SAYER = re.compile(r",\s+[^,]{2,60}?\s+(?:says|say|claims|claim)\s*$")


def _headline_subject(ctx: PressContext, figure: Figure, who: ActorRef | None) -> bool:
    """ "Nicaragua criticised by 26 of 39 states, exiled rights group says": the State a headline is
    about is not who counts when the headline ends with who says it (the story names that one)."""
    end = headline_end(ctx.text)
    return bool(who is not None and who.kind == "state" and figure.start < end and _HEADLINE_SAYER.search(ctx.text, 0, end))


def _by_claimant(ctx: PressContext, figures: list[Figure]) -> list[list[Figure]]:
    parts: list[tuple[ActorRef | None, list[Figure]]] = []
    for figure in figures:
        who, _ = attribution(ctx, *ctx.sentence_at(figure.start))
        if _generic(who) and figure.start < headline_end(ctx.text):  # "..., rights group says" in a
            who = None  # headline: the group the story names
        if _headline_subject(ctx, figure, who):
            who = None
        s_start, s_end = ctx.sentence_at(figure.start)
        if parts and who is not None and who.kind == "government_body" and who.name.startswith("Government") and re.search(
                r"\b(?:[Gg]overnment|authorities)\b", ctx.text[figure.end : s_end]) and not re.search(
                r"\b(?:[Gg]overnment|authorities|[Mm]inist)", ctx.text[s_start : figure.start]):  # fmt: skip
            who = None  # "Of these, 25 defended the Government, saying ...": the government counted, not counting
        if parts and who is not None and who.kind == "state" and any(
            m.actor == who and figure.end <= m.start < ctx.sentence_at(figure.start)[1] for m in ctx.actors.mentions
        ):  # "Thirteen delegations urged Ghana to ...", "The other 8, among them Russia, ..., said":
            who = None  # a State named after the count is counted or addressed, not the one who counts
        # the issuer's "the remaining 12" goes on with the tally before; its own "29 of the 39" after
        # another claimant's tally is a count of its own ("By its own count, ...")
        if who is None and figure.role == "total" and parts and re.search(r"(?i)\bthe\s+same\s+$|\b(?:reading|count|tally|analysis)\s+of\s+"
                                                                          r"(?:all\s+)?the\s+$", ctx.text[max(0, figure.start - 30) : figure.start]):
            parts.append((None, [figure]))  # "... reached the opposite result from the same forty-one statements. By its
            continue  # reading, 24 ...": a second count of the same whole starts here
        issuer_alone = who == ctx.issuer and (figure.rest or not any(p[0] not in (None, who) for p in parts))
        if who is None or issuer_alone or (parts and parts[-1][0] in (None, who)):
            if not parts:
                parts.append((who, []))
            elif parts[-1][0] is None and who is not None:
                parts[-1] = (who, parts[-1][1])
            parts[-1][1].append(figure)
            continue
        if parts and _same_voice(parts[-1][0], who):  # "the Committee said ... Its spokesman said"
            parts[-1][1].append(figure)
            continue
        same = [p for p in parts if p[0] == who]
        if same:
            same[0][1].append(figure)
        else:
            parts.append((who, [figure]))
    return [sorted(p[1], key=lambda f: f.start) for p in parts]


def _rest_on_the_other_side(figures: list[Figure]) -> list[Figure]:
    """ "38 of the 46 condemned ... The other eight called for engagement and warned against
    isolating the country": "the other" are the other side whatever words follow, so a rest figure
    read as the side already counted, with a different number, is turned to the other side."""
    named = {(f.role, f.value) for f in figures if not f.rest and f.role in ("supportive", "critical")}
    totals = {f.value for f in figures if f.role == "total" and not f.percent and f.value >= 0}
    turned = []
    for f in figures:
        earlier = [g.value for g in figures if g.start < f.start and not g.rest and g.role == f.role and g.value != f.value]
        completes = len(totals) == 1 and any(v + f.value in totals for v in earlier)  # "25 backed it and
        if (f.rest or completes) and f.role in ("supportive", "critical") and any(  # 12 called for it to go on"
            role == f.role and value != f.value for role, value in named
        ) and not any(role != f.role for role, _ in named):
            f = replace(f, role="critical" if f.role == "supportive" else "supportive")
        turned.append(f)
    return turned


def _completes(values: dict[str, list[int]], value: int) -> bool:
    """Whether `value` is the total less the one side named ("Nineteen of the 31 backed ...
    Twelve delegations called for ...": the twelve are the other side)."""
    total, sides = values.get("total", []), [values.get(r, []) for r in ("supportive", "critical")]
    if len(total) != 1 or sum(bool(v) for v in sides) != 1 or "other" in values:
        return False
    known = next(v for v in sides if v)
    return len(known) == 1 and known[0] + value == total[0]


def _tally_claim(ctx: PressContext, figures: list[Figure], forum_total: int | None = None) -> Claim | None:
    """The tally of one claimant's figures for one meeting; None when no count is left (a share
    with no total to take it from)."""
    majority = [f.role for f in figures if f.majority]
    rest_roles = {f.role for f in figures if f.value < 0 and not f.majority}
    totals = [f.value for f in figures if f.role == "total" and not f.percent and f.value >= 0]
    shares = [f for f in figures if f.percent]
    if shares and not totals and forum_total is not None:
        totals = [forum_total]
    figures = [f for f in figures if f.value >= 0 and not f.percent]
    exact = {(f.role, f.value) for f in figures if not f.approximate}
    figures = [f for f in figures if not f.approximate or not any(  # "Over 120 countries commend ..." in the
        role == f.role and abs(value - f.value) <= max(2, value // 10) for role, value in exact)]  # headline, 121 below
    if totals and shares:  # "85 per cent of the 120 commended": counts from the shares of the total
        figures += [replace(f, value=round(totals[0] * f.value / 100), percent=False) for f in shares]
        figures.sort(key=lambda f: f.start)
    figures = _rest_on_the_other_side(figures)
    values: dict[str, list[int]] = {}
    for figure in figures:
        if figure.value not in values.setdefault(figure.role, []):
            values[figure.role].append(figure.value)
    complements = values.pop("complement", [])
    figures = [f for f in figures if f.role != "complement" or _completes(values, f.value)]
    if any(_completes(values, v) for v in complements) and "other" not in values:
        values["other"] = [next(v for v in complements if _completes(values, v))]
    flags = []
    if any(len(v) > 1 for v in values.values()):
        flags.append("conflicting_figures")
    total = values.get("total", [None])[0]
    supportive = values.get("supportive", [None])[0]
    critical = values.get("critical", [None])[0]
    other = values.get("other", [None])[0]
    if other is not None and (supportive is None) != (critical is None):  # "the other 15": the side not named
        supportive, critical = (other, critical) if supportive is None else (supportive, other)
    if total is not None and "critical" in rest_roles and critical is None and supportive is not None:
        critical = total - supportive  # "only three voiced support, while the rest were critical"
    if total is not None and "supportive" in rest_roles and supportive is None and critical is not None:
        supportive = total - critical
    if total is None and supportive is not None and critical is not None and any(
        f.rest and f.role != "total" for f in figures
    ):  # "nine were critical while the other 30 ...": the two make up all who spoke
        total = supportive + critical
    if total is not None and (supportive or 0) + (critical or 0) > total:
        flags.append("counts_do_not_add_up")
    if any(f.approximate for f in figures):
        flags.append("approximate")
    if majority and (supportive if majority[0] == "supportive" else critical) is None:
        flags.append(f"majority_{majority[0]}")  # "most of the 92 praised": more than half, checked so
    if totals and shares:
        flags.append("from_percentages")
        if total is None and forum_total is not None and totals == [forum_total]:
            total = forum_total  # "38 percent of them": of the total given for the meeting
    if not figures:
        return None
    start, end = figures[0].start, figures[-1].end
    claimant, source = None, None
    for figure in figures:
        s_start, s_end = ctx.sentence_at(figure.start)
        who, cited = attribution(ctx, s_start, s_end)
        if _headline_subject(ctx, figure, who):
            who = None
        if _generic(claimant) and who is not None and not _generic(who):
            claimant = None  # the group named in the story over "rights group" in its headline
        claimant, source = claimant or who, source or cited
    if claimant is None:
        claimant = next((who for f in figures if (who := list_intro_speaker(ctx, f.start))), None)
    sent_start, _ = ctx.sentence_at(start)
    _, sent_end = ctx.sentence_at(end - 1)
    forum = ctx.forum_at(start) or _unnamed_forum(ctx)
    if forum and not forum.get("state_concerned") and ctx.state is not None:  # a thematic dialogue: the
        forum = {**forum, "state_concerned": {"name": ctx.state.name, "iso3": ctx.state.iso3}}  # State praised
    spoke_on = _SPOKE_ON_DAY.search(ctx.text, sent_start, sent_end)
    if forum and not forum.get("date") and spoke_on:  # "Of the 132 delegations that took the floor in Geneva on Monday,
        day = next((d for d in ctx.dates_in(spoke_on.start("day"), spoke_on.end()) if d.precision == "day" and d.date), None)
        if day is not None:  # 119 ...": the day they spoke is the forum's
            forum = {**forum, "date": day.date.isoformat()}
    return Claim(
        evidence=ctx.evidence(sent_start, sent_end),
        claim_type="tally",
        claimant=claimant or ctx.issuer,
        source=source or ctx.issuer_source,
        forum=forum,
        total=total,
        supportive=supportive,
        critical=critical,
        flags=flags,
        verification={"figures": [
            {"role": f.role, "value": f.value, "evidence": ctx.evidence(f.start, f.end).to_dict()}
            for f in figures
        ]},
    )  # fmt: skip




_SPOKE_ON_DAY = re.compile(r"\b(?:took\s+the\s+floor|spoke|took\s+part)\s+(?:in\s+Geneva\s+|at\s+the\s+(?:review|dialogue)\s+)?"
                           r"(?P<day>on\s+[A-Z][a-z]+day|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})\b")


def _unnamed_forum(ctx: PressContext) -> dict[str, object] | None:
    """A tally whose meeting the article does not name is still about the article's State."""
    if ctx.state is None:
        return None
    state = {"name": ctx.state.name, "iso3": ctx.state.iso3}
    return {"type": None, "mandate": None, "state_concerned": state, "date": None}
