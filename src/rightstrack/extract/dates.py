"""Dates in press text, absolute or relative, resolved against the publication date.

News says "on October 5", "four days earlier", "last week", "in September last year": only the
publication date (and, for "earlier"/"later", the date mentioned just before) gives them a year.
`find_dates` returns every mention with its span so extractors can pin events to it. Without a
publication date a relative mention stays `resolved=False` with `date=None`: never guessed.
Month names and the few relative forms are matched by our own patterns because dateparser's
`search_dates` neither returns offsets reliably nor tells an anchored date from a guess.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rightstrack.extract.numbers import NUMBER, parse_number

_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBR = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_ABBR["sept"] = 9
MONTH = (  # only an abbreviation takes a dot: "Oct. 4", but "5 June." ends a sentence
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?)"
)
_WEEKDAYS = [d.lower() for d in calendar.day_name]
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
             "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_DAYS = {**{w: i + 1 for i, w in enumerate(_ORDINALS)}, **{f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINALS[:9])},
                 "thirtieth": 30, "thirty-first": 31}
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
_DAY = r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"  # a day of the month, never "44" ("Bulletin #44 - 15 January")
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_FUTURE_HINT = re.compile(r"\b(?:will|shall|is to|are to|scheduled|to be held|upcoming|(?:is|are)\s+(?:due|set|expected)\s+to|"
                          r"(?<=said\s)(?:that\s+)?(?:he|she|they|it)\s+would)\b", re.I)  # ("her team said she would present ...")


@dataclass(frozen=True)
class DateMention:
    """One date expression: its span, what it resolved to, and how precise that is.

    `precision` is day, week, month or year; for week/month/year `date`..`end_date` is the period.
    """

    start: int
    end: int
    text: str
    date: date | None
    end_date: date | None
    resolved: bool
    precision: str
    relative: bool


# "27 Sha'ban 1449 AH", "14 Jumada al-Akhirah 1450": a day of the Islamic calendar. Not resolved (the
# article's Gregorian date usually follows), but its day number is never a count of anything.
HIJRI_MONTH = (r"(?:Muharram|Safar|Rabi[’' ]?\s?(?:al-|ul-)?(?:Awwal|Thani|Akhir)|Jumad[ao][’' ]?\s?(?:al-|ul-)?"
               r"(?:Ula|Awwal|Akhirah|Thani(?:yah)?|Akhir)|Rajab|Sha[’']?ban|Ramadan|Shawwal|Dhu[’' ]?\s?al-(?:Qi[’']?dah|"
               r"Qa[’']?dah|Hijjah))")
HIJRI_DATE = re.compile(rf"(?i)\b\d{{1,2}}\s+{HIJRI_MONTH}(?:\s+\d{{3,4}})?(?:\s*(?:AH|A\.H\.|H)\b)?")


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "october")."""
    key = name.lower().rstrip(".")
    return _MONTH_NAMES.get(key) or _MONTH_ABBR[key[:3] if key != "sept" else key]


def nearest_year(month: int, day: int, reference: date) -> date:
    """The `month`/`day` closest to `reference`: "June 5" in a March article is the coming June."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidates.append(date(year, month, min(day, last)))
    return min(candidates, key=lambda d: abs((d - reference).days))


def _year_for(month: int, day: int, published: date, text: str, match: re.Match[str]) -> date:
    """The nearest `month`/`day` to publication, or the next one in a future-tense sentence
    ("will visit from 28 November" in a March article is this November, not last)."""
    nearest = nearest_year(month, day, published)
    before = re.split(r"[.!?]\s", text[max(0, match.start() - 120) : match.start()])[-1]
    if nearest < published and _FUTURE_HINT.search(before):
        year = published.year + ((month, day) < (published.month, published.day))
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if nearest > published and not _FUTURE_HINT.search(before) and re.fullmatch(r"(?i)\s*(?:on|from|between)?\s*", before) \
            and _DONE_AFTER.match(text, match.end()):  # "From 3 to 6 February she was in Colombia", in a December
        year = nearest.year - 1  # article: what was done is past, the February before
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return nearest


# A sentence opened by a date, then who did what in the past: "[On 3 February] she met ...", "[...] the Minister visited"
_DONE_AFTER = re.compile(r",?\s+(?:she|he|they|we|I|it|the\s+[A-Z]?[a-z]+(?:\s+[A-Z][a-z]+){0,3}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                         r"\s+(?:also\s+)?(?:was\s+in|were\s+in|met|visited|travel+ed|went|held|spoke|presented|signed|received|"
                         r"addressed|hosted|toured|opened|launched|attended|became)\b")


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# "3 March last year", "from 2 to 13 February next year": the year told from publication
_REL_YEAR = r"(?:,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?"  # ("26 February of this year")
_REL_OFFSET = {"last": -1, "this": 0, "next": 1}

_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "17.09.2026", "14/05/2027": day and month told apart only when one is above 12 (or by the dots)
    # "from 17 to 26.01.2028": a range whose month and year are written once, in figures
    ("range_numeric", re.compile(r"(?<![\d./])(\d{1,2})\s*(?:-|–|to|until)\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d./]\d|\w)")),
    ("numeric", re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./]\d|\w)")),
    # "12.XI.2027": the month in Roman numerals, as in Eastern European usage
    ("numeric_roman", re.compile(r"(?<![\d./])(\d{1,2})\.(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.((?:19|20)\d{2})(?![\d./]\d|\w)")),
    ("range_dmy", re.compile(rf"(?<!\bItem\s)(?<!\bitem\s)(?<!\bNo\.\s)\b(?:the\s+)?{_DAY}\s*(?:-|–|to|until|and|&)\s*(?:the\s+)?{_DAY}\s+(?:of\s+)?({MONTH})(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    ("range_mdy", re.compile(rf"\b({MONTH})\s+{_DAY}\s*(?:-|–|to|until)\s*{_DAY}(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    # "from 28 December last year to 6 January": the year named after the first day
    ("range_dm_rel_dm", re.compile(rf"\b{_DAY}\s+({MONTH})\s+(last|this)\s+year\s*(?:-|–|to|until)\s*{_DAY}\s+({MONTH})\b", re.I)),
    # "from Monday the 8th of January to Wednesday the 17th of January": weekdays and "the ... of" kept
    ("range_dm_dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?({MONTH})\s*(?:-|–|to|until)\s*(?:(?:{WEEKDAY}),?\s+)?(?:the\s+)?"
                               rf"{_DAY}\s+(?:of\s+)?({MONTH})(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    ("range_md_md", re.compile(rf"\b({MONTH})\s+{_DAY}\s*(?:-|–|to|until)\s*({MONTH})\s+{_DAY}(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?({MONTH})(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    # "held on the ninth of May": a day written as an ordinal word, as broadcasts say it
    ("dmy_word", re.compile(rf"\bthe\s+({_ORDINAL_WORD})\s+of\s+({MONTH})(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    ("mdy", re.compile(rf"\b({MONTH})\s+{_DAY}\b(?:,?\s+(\d{{4}}))?{_REL_YEAR}", re.I)),
    ("month_rel", re.compile(rf"\b({MONTH})\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)),
    ("rel_month", re.compile(rf"\b(last|this|next)\s+({MONTH})", re.I)),
    ("month_year", re.compile(rf"\b({MONTH})\s+(?:of\s+)?(\d{{4}})\b", re.I)),
    ("in_month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|by|[Uu]ntil|[Ee]arly|[Ll]ate|mid-)\s*({MONTH})\b")),  # ("In May she ...")
    ("year", re.compile(r"\b(?:in|since|during|by|until|of)\s+((?:19|20)\d{2})\b")),
    ("weekday_week", re.compile(rf"\b(?:on\s+)?({WEEKDAY})\s+(next|last|this)\s+week\b", re.I)),
    # "from the 15th to the 18th of this month", "the 9th of this month": days of a month named relatively
    ("day_range_rel_month", re.compile(r"\bfrom\s+the\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+(?:to|until|till)\s+the\s+"
                                       r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s+(this|last|next)\s+month\b", re.I)),
    ("day_rel_month", re.compile(r"\bthe\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s+(this|last|next)\s+month\b", re.I)),
    ("rel_period", re.compile(r"\b(last|next|this|earlier this|later this|the previous|the following)\s+(week|month|year)\b", re.I)),
    ("period_rel", re.compile(r"\bthe\s+(week|month|year)\s+(before|after)\b", re.I)),
    ("deictic", re.compile(r"\b((?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)|today|tonight|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(last|next|this|on|(?:the\s+)?previous|(?:the\s+)?following)\s+)?({WEEKDAY})\b(?!,?\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}))", re.I)),
    ("offset", re.compile(rf"\b({NUMBER}|a|an|one)\s+(day|week|fortnight|month|year)s?\s+(ago|earlier|later|before|after|previously)\b", re.I)),
    ("day_rel", re.compile(r"\bthe\s+(?:(previous|following|next|same|first)\s+day(?:\s+of)?|day\s+(before|after))\b", re.I)),
    # "a virtual meeting on the 5th": a day of the month the text is dated in (or of the one before)
    ("day_only", re.compile(r"\bon\s+the\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z]|\s+(?:day|anniversary|floor|session|century))")),
]  # fmt: skip


def _raw_mentions(text: str) -> list[tuple[str, re.Match[str]]]:
    """All pattern matches, overlaps dropped (the earlier pattern in `_PATTERNS` wins)."""
    taken = bytearray(len(text))  # 1 where a kept match lies: overlap tests cost the match's length
    found: list[tuple[str, re.Match[str]]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append((name, match))
    found.sort(key=lambda pair: pair[1].start())
    return found


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `published` and earlier mentions."""
    mentions: list[DateMention] = []
    anchor: date | None = published
    anchor_end: date | None = published  # the last day of the date named before: "from 3 to 14 December ... Two weeks
    # later" counts from the 14th
    year_of_month: dict[int, int] = {}  # months whose year the text has written out
    review = _REVIEW_YEAR.search(text[:400])  # "the foreign ministry looks back on 2027"
    review_year = int(review.group("y") or review.group("y2") or review.group("y3") or review.group("y4")
                      or review.group("y5") or review.group("y6") or review.group("y7")) if review else None
    year_in = re.search(r"\bin\s+((?:19|20)\d\d)\b", text[:400]) if review is None and _YEAR_IN_REVIEW.search(text[:200]) else None
    look_back = _LOOK_BACK_ON_THE_YEAR.search(text[:800]) if review is None and year_in is None else None
    if look_back:  # "In 2034 her organisation ... hosted a UN Special Rapporteur. We asked her to look back on the year."
        year_in = ([m for m in re.finditer(r"\b[Ii]n\s+((?:19|20)\d\d)\b", text[: look_back.start()])] or [None])[-1]
    review_year = int(year_in.group(1)) if year_in else review_year  # "The Year in Review / ... the UN rights system in 2029"
    for name, match in _raw_mentions(text):
        later = name == "offset" and match.group(0).lower().endswith("later")
        mention = _resolve(name, match, text, published, anchor_end if later else anchor)
        if mention is None:
            continue
        if mention.date is not None and (name in ("dmy", "mdy", "dmy_word", "range_dmy", "range_mdy") or (
                name == "in_month" and review_year is not None)) and not _YEAR_WRITTEN.search(mention.text):
            sentence = re.split(r"[.!?]\s", text[max(0, match.start() - 200) : match.start()])[-1]
            said_year = re.search(r"\b[Ii]n\s+((?:19|20)\d\d)\b(?![^,;]{0,40}\b(?:and|to)\s+(?:19|20)\d\d)", sentence)
            # "In 2025 she went ..., arriving on the 2nd of February": that February (and in a look back at a year, its
            # dates, unless what is told is still to come: "will return from 9 to 20 March")
            year = int(said_year.group(1)) if said_year else (None if _FUTURE_HINT.search(sentence) else review_year)
            if year is not None and year != mention.date.year:
                mention = _in_year(mention, year)
        looked_back = review_year is not None and mention.date is not None and mention.date.year == review_year
        if mention.date is not None and name in ("dmy", "mdy", "dmy_word", "range_dmy", "range_mdy"):
            if _YEAR_WRITTEN.search(mention.text):
                year_of_month[mention.date.month] = mention.date.year
            elif year_of_month.get(mention.date.month, mention.date.year) != mention.date.year and not looked_back:
                # (not "22 January" in a look back at 2029 under the dateline "4 January 2030")
                # "a visit from 17 to 28 November last year ... met on 18 November": that November
                mention = _in_year(mention, year_of_month[mention.date.month])
        elif mention.date is not None and _YEAR_WRITTEN.search(mention.text):
            for day in (mention.date, mention.end_date):
                if day is not None and mention.precision == "day":
                    year_of_month[day.month] = day.year
        mentions.append(mention)
        if mention.resolved and mention.precision == "day" and mention.date is not None:
            anchor, anchor_end = mention.date, mention.end_date or mention.date
    return mentions


# A text about one year as a whole: its dates without a year are in that year
_REVIEW_YEAR = re.compile(r"(?i)\b(?:looks?\s+back\s+(?:on|at)|review\s+of|year\s+in\s+review:?)\s+(?:the\s+year\s+)?"
                          r"(?P<y>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|20)\d\d)\s+in\s+(?:review|(?:[\w-]+\s+)?(?:dates|numbers|"
                          r"figures|pictures|quotes))\b|"  # ("THE YEAR IN RIGHTS: 2036 IN SEVEN DATES")
                          r"\bhow\s+(?P<y3>(?:19|20)\d\d)\s+(?:unfolded|went|played\s+out)\b|"  # ("Here is how 2029 unfolded")
                          # "For Kazakhstan, 2029 brought more contact with the UN than any year since": the year looked back on
                          r"(?<!\d[,.])\b(?P<y4>(?:19|20)\d\d)\s+(?:brought|proved|was\s+(?:a|the)\s+year|has\s+been\s+a\s+year|saw\s+more)\b|"
                          # "Our diplomatic desk looks back at the dates that mattered in 2032"
                          r"\blooks?\s+back\s+(?:on|at)\s+[^.\n]{0,60}?\b(?:in|of)\s+(?P<y5>(?:19|20)\d\d)\b|"
                          # headlines "Türkiye's 2034 in Geneva: ...", "Egypt and the UN in 2035: a review, a rapporteur ..."
                          r"[’']s\s+(?P<y6>(?:19|20)\d\d)\s+(?:in|at)\s+(?:Geneva|the\s+UN|the\s+United\s+Nations)\b|"
                          r"\band\s+the\s+(?:UN|United\s+Nations)\s+in\s+(?P<y7>(?:19|20)\d\d)\s*:")
_YEAR_IN_REVIEW = re.compile(r"(?i)\b(?:the\s+)?year\s+in\s+review\b")
_LOOK_BACK_ON_THE_YEAR = re.compile(r"(?i)\blook(?:s|ed|ing)?\s+back\s+(?:on|at|over)\s+(?:the|that|their|her|his|its|our)\s+year\b")
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|\b(?:last|this|next)\s+year\b", re.I)


def _in_year(mention: DateMention, year: int) -> DateMention:
    """`mention` moved to `year` (a range keeps its length)."""
    assert mention.date is not None
    shift = year - mention.date.year
    end = mention.end_date
    try:
        return replace(
            mention,
            date=mention.date.replace(year=year),
            end_date=end.replace(year=end.year + shift) if end is not None else None,
        )
    except ValueError:  # 29 February
        return mention


def _mention(match: re.Match[str], start: date | None, end: date | None, precision: str,
             relative: bool) -> DateMention:  # fmt: skip
    return DateMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        date=start,
        end_date=end if end != start else None,
        resolved=start is not None,
        precision=precision,
        relative=relative,
    )


def _resolve(
    name: str, match: re.Match[str], text: str, published: date | None, anchor: date | None
) -> DateMention | None:
    g = match.groups()
    if "rel" in match.re.groupindex:
        rel, g = g[-1], g[:-1]
        if rel:  # no year written, "last year" names it: relative to publication all the same
            if published is None:
                return _mention(match, None, None, "day", True)
            year = str(published.year + _REL_OFFSET[rel.lower()])
            mention = _resolve_groups(name, match, (*g[:-1], year), text, published, anchor)
            return replace(mention, relative=True) if mention is not None else None
    return _resolve_groups(name, match, g, text, published, anchor)


def _resolve_groups(
    name: str,
    match: re.Match[str],
    g: tuple[str | None, ...],
    text: str,
    published: date | None,
    anchor: date | None,
) -> DateMention | None:
    try:
        if name == "iso":
            return _mention(match, date(int(g[0]), int(g[1]), int(g[2])), None, "day", False)
        if name == "numeric_roman":
            return _mention(match, date(int(g[2]), _ROMAN_MONTHS.index(g[1]) + 1, int(g[0])), None, "day", False)
        if name == "range_numeric":
            start = date(int(g[3]), int(g[2]), int(g[0]))
            return _mention(match, start, start.replace(day=int(g[1])), "day", False)
        if name == "numeric":
            first, sep, second, year = int(g[0] or 0), g[1], int(g[2] or 0), int(g[3] or 0)
            if first > 12 or (sep == "." and second <= 12):  # "17.09.2026", "14/05/2027": day first
                return _mention(match, date(year, second, first), None, "day", False)
            if second > 12:  # "05/14/2027": month first
                return _mention(match, date(year, first, second), None, "day", False)
            return None  # "05/07/2027": 5 July or 7 May; never guessed
        if name in ("range_dmy", "range_mdy"):
            first, last, month_name, year = (
                (g[0], g[1], g[2], g[3]) if name == "range_dmy" else (g[1], g[2], g[0], g[3])
            )
            month = month_number(month_name)
            if year:
                start = date(int(year), month, int(first))
            elif published:
                start = _year_for(month, int(first), published, text, match)
            else:
                return _mention(match, None, None, "day", True)
            return _mention(match, start, start.replace(day=int(last)), "day", not year)
        if name == "range_dm_rel_dm":
            d1, m1, rel, d2, m2 = g
            if published is None:
                return _mention(match, None, None, "day", True)
            first_m, last_m = month_number(m1), month_number(m2)
            year = published.year + _REL_OFFSET[(rel or "").lower()]
            start = date(year, first_m, int(d1))
            return _mention(match, start, date(year + (first_m > last_m), last_m, int(d2)), "day", True)
        if name in ("range_dm_dm", "range_md_md"):  # "28 November to 9 December"
            if name == "range_dm_dm":
                d1, m1, d2, m2, year = g
            else:
                m1, d1, m2, d2, year = g
            first_m, last_m = month_number(m1), month_number(m2)
            if year:
                end = date(int(year), last_m, int(d2))
                start = date(int(year) - (first_m > last_m), first_m, int(d1))
            elif published:
                start = _year_for(first_m, int(d1), published, text, match)
                end = date(start.year + (first_m > last_m), last_m, int(d2))
            else:
                return _mention(match, None, None, "day", True)
            return _mention(match, start, end, "day", not year)
        if name in ("dmy", "mdy", "dmy_word"):
            day_s, month_name, year = (g[0], g[1], g[2]) if name in ("dmy", "dmy_word") else (g[1], g[0], g[2])
            day_s = str(_ORDINAL_DAYS[day_s.lower()]) if name == "dmy_word" else day_s
            month = month_number(month_name)
            if year:
                return _mention(match, date(int(year), month, int(day_s)), None, "day", False)
            if published is None:
                return _mention(match, None, None, "day", True)
            day = _year_for(month, int(day_s), published, text, match)
            return _mention(match, day, None, "day", True)
        return _resolve_coarse(name, match, text, published, anchor)
    except (ValueError, KeyError):
        return None  # "31 February", "May 40": not a date


def _resolve_coarse(
    name: str, match: re.Match[str], text: str, published: date | None, anchor: date | None
) -> DateMention | None:
    g = match.groups()
    if name == "month_year":
        start, end = _month_span(int(g[1]), month_number(g[0]))
        return _mention(match, start, end, "month", False)
    if name == "year":
        year = int(g[0])
        return _mention(match, date(year, 1, 1), date(year, 12, 31), "year", False)
    if name == "offset" and g[2].lower() in ("earlier", "later", "before", "after", "previously"):
        base = anchor
        after = text[match.end() : match.end() + 40]
        if g[2].lower() in ("before", "after") and re.match(rf"\s+(?:{MONTH}|\d)", after, re.I):
            following = find_dates(after, published)
            base = following[0].date if following else None
        elif g[2].lower() in ("before", "after"):  # "ten days after the dialogue, held on 28 May"
            sentence = re.split(r"(?<=[.!?])\s", text[match.end() : match.end() + 200])[0]
            named = [d for d in find_dates(sentence, None) if d.resolved and d.precision == "day"]
            base = named[0].date if named else None
        if base is None:
            return _mention(match, None, None, "day", True)
        return _offset(match, base, g)
    if name == "day_rel":  # "the following day": from the date named before, else publication
        base = anchor or published
        if base is None:
            return _mention(match, None, None, "day", True)
        word = (g[0] or g[1]).lower()
        shift = -1 if word in ("previous", "before") else 0 if word in ("same", "first") else 1
        return _mention(match, base + timedelta(days=shift), None, "day", True)
    if published is None:
        precision = "day" if name in ("deictic", "weekday", "weekday_week", "offset", "day_rel") else "month"
        return _mention(match, None, None, precision, True)
    if name == "month_rel":
        year = published.year + {"last": -1, "this": 0, "next": 1}[g[1].lower()]
        return _mention(match, *_month_span(year, month_number(g[0])), "month", True)
    if name in ("rel_month", "in_month"):
        word = g[0].lower() if name == "rel_month" else ""
        month = month_number(g[-1])
        year = published.year
        if word == "last" and month >= published.month:
            year -= 1
        elif word == "next" and month <= published.month:
            year += 1
        elif not word:
            year = _year_for(month, 15, published, text, match).year
        return _mention(match, *_month_span(year, month), "month", True)
    if name == "rel_period":
        return _period(match, g[0].lower(), g[1].lower(), published, anchor)
    if name == "period_rel":  # "the week before": next to the date named before
        word = "the previous" if g[1].lower() == "before" else "the following"
        return _period(match, word, g[0].lower(), published, anchor)
    if name == "deictic":
        word = " ".join(g[0].lower().split())  # "the day before yesterday": two days back
        shift = {"yesterday": -1, "last night": -1, "last evening": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}.get(word, 0)  # fmt: skip
        return _mention(match, published + timedelta(days=shift), None, "day", True)
    if name == "weekday_week":  # "on Thursday next week": that weekday of the week named
        monday = published - timedelta(days=published.weekday())
        monday += timedelta(days=7 * {"next": 1, "last": -1, "this": 0}[g[1].lower()])
        return _mention(match, monday + timedelta(days=_WEEKDAYS.index(g[0].lower())), None, "day", True)
    if name == "weekday":  # "the previous Thursday": before the day the text last named
        told_from = anchor if anchor is not None and re.match(r"(?i)(?:the\s+)?(?:previous|following)", g[0] or "") else published
        return _weekday(match, text, told_from)
    if name == "offset":  # "... ago"
        return _offset(match, published, g)
    if name in ("day_range_rel_month", "day_rel_month"):  # "from the 15th to the 18th of this month"
        shift = {"this": 0, "last": -1, "next": 1}[g[-1].lower()]
        first = _shift_months(published.replace(day=1), shift)
        try:
            start = first.replace(day=int(g[0]))
            end = first.replace(day=int(g[1])) if name == "day_range_rel_month" else None
        except ValueError:
            return None  # "the 31st of next month" in a month of 30 days
        return _mention(match, start, end, "day", True)
    if name == "day_only":  # "on the 5th": this month's, or last month's when the 5th is still to come
        day = int(g[0])
        month_back = day > published.day
        year, month = (published.year, published.month - 1) if month_back else (published.year, published.month)
        if month == 0:
            year, month = year - 1, 12
        return _mention(match, date(year, month, day), None, "day", True)
    return None


def _offset(match: re.Match[str], base: date, g: tuple[str, ...]) -> DateMention:
    count = 1 if g[0].lower() in ("a", "an") else int(parse_number(g[0]) or 1)
    sign = -1 if g[2].lower() in ("ago", "earlier", "before", "previously") else 1
    unit = g[1].lower()
    if unit in _UNIT_DAYS:
        return _mention(match, base + timedelta(days=sign * count * _UNIT_DAYS[unit]), None,
                        "day", True)  # fmt: skip
    months = count * (12 if unit == "year" else 1) * sign
    shifted = _shift_months(base, months)
    if unit == "year":
        return _mention(match, date(shifted.year, 1, 1), date(shifted.year, 12, 31), "year", True)
    return _mention(match, *_month_span(shifted.year, shifted.month), "month", True)


def _period(
    match: re.Match[str], word: str, unit: str, published: date, anchor: date | None
) -> DateMention:
    base = anchor if word in ("the previous", "the following") and anchor else published
    shift = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(word, 0)
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=shift)
        return _mention(match, monday, monday + timedelta(days=6), "week", True)
    if unit == "month":
        first = _shift_months(base.replace(day=1), shift)
        return _mention(match, *_month_span(first.year, first.month), "month", True)
    year = base.year + shift
    return _mention(match, date(year, 1, 1), date(year, 12, 31), "year", True)


_PAST_AFTER_HINT = re.compile(r"\b(?:declared|announced|published|released|was|were|had|took\s+place)\b")


def _weekday(match: re.Match[str], text: str, published: date) -> DateMention:
    word = (match.group(1) or "").lower().removeprefix("the ").strip()
    word = {"previous": "last", "following": "next"}.get(word, word)  # "the previous Thursday"
    target = _WEEKDAYS.index(match.group(2).lower())
    # the sentence so far, up to 160 characters: "will also meet the ..., Luxembourg's national human
    # rights institution, before leaving on Thursday" looks forward
    before = re.split(r"[.!?]\s", text[max(0, match.start() - 160) : match.start()])[-1]
    said = re.search(r"\b(?:said|told|announced|stated|added|reported|confirmed)\b[\w ]{0,30}$", before)  # "told
    # reporters on Wednesday" is when it was said, whatever the quote before it promises
    hints = list(_FUTURE_HINT.finditer(before))
    # "will hold a majority after the Commission on Sunday declared results ... in Thursday's election":
    # a verb in the past after the future one reports what happened
    past = bool(hints) and bool(_PAST_AFTER_HINT.search(before, hints[-1].end()))
    forward = word == "next" or (word != "last" and bool(hints) and not said and not past)
    if not hints and word not in ("last", "next") and re.fullmatch(r"(?i)\s*(?:on)?\s*", before):
        # "On Thursday, the Deputy Minister ... is due to meet ...": a sentence the day opens looks forward by its verb
        after = re.split(r"[.!?]\s", text[match.end() : match.end() + 250])[0]
        ahead = _FUTURE_HINT.search(after)
        forward = ahead is not None and not re.search(  # (not "On Monday, the Alderman met ... to agree how it will be
            r"\b(?:[a-z]+ed|met|held|told|said|was|were|had|gave|took|spoke|made|sent|went|came|saw|found|began|left|won|lost)\b",
            after[: ahead.start()])  # reported": the verb before the future one tells what happened)
    week = re.search(r"(?i)\b(last|this)\s+week\b[^.;]{0,60}?\b(?:from|between|on|to|and|until)\s+$", before) if word in ("", "on") else None
    week = week or (re.match(rf"(?i)(?:\s+(?:and|to)\s+(?:{WEEKDAY}))?\s+of\s+(last|this)\s+week\b", text[match.end() :])
                    if word in ("", "on") else None)  # "on Tuesday and Wednesday of last week"
    if week:  # "spent last week in the Republic of Korea, from Monday to Friday": the days of that week
        monday = published - timedelta(days=published.weekday() + (7 if week.group(1).lower() == "last" else 0))
        return _mention(match, monday + timedelta(days=target), None, "day", True)
    if forward:
        days = (target - published.weekday()) % 7 or (7 if word == "next" else 0)
        return _mention(match, published + timedelta(days=days), None, "day", True)
    days = (published.weekday() - target) % 7 or (7 if word == "last" else 0)
    return _mention(match, published - timedelta(days=days), None, "day", True)


# "Published 9 January", or a capitalised place before the date ("PHNOM PENH, 12 May"); the place
# is matched case-sensitively so "The Commissioner for Human Rights ..., met ... on 14 May" is no dateline;
# two places may share it ("GENEVA / FUNAFUTI, 4 May")
_DATELINE = re.compile(r"(?i:\b(?:published|posted|updated|dated|issued)\b)|^[A-Z][A-ZÀ-ÖØ-ÞĀ-žȘȚ .'/-]+\s*[,(–-]|"  # ("GENEVA /
                       # CHIȘINĂU (14 October 2037) –": capitals with diacritics)
                       r"^[A-Z][\w'’./-]*(?:\s+[A-Z][\w'’./-]*){0,2}\s*,\s*$")  # "Geneva, 9 October 2023 - ...", "Manama/London, ..."


_PERIOD_LINE = re.compile(r"(?i)\b(?:reporting\s+period|period\s+covered|covering|coverage)\b")
_RANGE_ON = re.compile(r"(?i)\s*(?:-|–|—|to|until|through)\s*\d")


def find_published(text: str, head_lines: int = 5) -> date | None:
    """The publication date printed at the top of a document, or None.

    Only a date standing on a short line of its own ("Geneva, 14 March 2023"), or after
    "Published"/"Updated" or a capitalised dateline, counts: a date inside the first sentence of
    the story is when something happened, not when it was printed.
    """
    all_lines = [line.strip() for line in text.splitlines() if line.strip()]
    block = text.lstrip().split("\n\n", 1)[0].splitlines()  # a statement's heading block may run longer:
    head = all_lines[: max(head_lines, min(len(block), 8))]  # forum, item, speaker, group, then the date
    salutation = next((i for i, line in enumerate(all_lines[:12]) if re.match(r"(?i)(?:thank\s+you,?\s+)?(?:mr\.?|madam|madame|mister)?\s*"
                                                                                r"(?:vice-?\s?)?president\b", line)), None)
    if salutation is not None and salutation > len(head):  # a statement's heading lines, blank lines between, end
        head = all_lines[:salutation]  # where its salutation begins
    segments = [part for line in head for part in re.split(r"\s+\|\s+", line)]  # "Delivered by ... | Geneva, 16 March
    # 2028": each part of a heading line set off by bars a line of its own; "... - 75th session, Item 10 - 24 September 2030":
    # a heading line that ends on a date after a dash
    segments += [tail.group(1) for line in head for tail in [re.search(r"\s[–—-]\s+((?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+"
                                                                        r"\d{4})\s*$", line)] if tail]  # fmt: skip
    for line in segments:
        for mention in find_dates(line, None):
            if not mention.resolved or mention.precision != "day" or mention.relative:
                continue
            if _PERIOD_LINE.search(line[: mention.start]) or _RANGE_ON.match(line[mention.end :]) or mention.end_date is not None:
                continue  # "Reporting period: 28 December 2027 - 10 January 2028", "Weekly bulletin No. 48, 1-7 December": what it covers
            if len(line.split()) <= 12 or _DATELINE.search(line[: mention.start]):
                return mention.date
            if mention.start == 0 and re.match(r"\s*[:|–—-]\s", line[mention.end :]):
                return mention.date  # "25 September 2026: Moscow says ...": a headline led by its date
    # a release signed at its foot: "Issued by the Ministry ...\nAccra, 24 March 2027"
    for line in all_lines[head_lines:][-2:]:
        line = re.sub(r"^\((.*)\)$", r"\1", line)  # "(Nile Valley Tribune, Port Sudan, 2 October 2026)"
        if re.fullmatch(r"\d{1,2}\s+[A-Z]{3,9}\s+\d{4}", line):  # "3 APRIL 2037" under "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE"
            line = re.sub(r"[A-Z]{3,9}", lambda m: m.group(0).capitalize(), line)
        if _FOOT_DATE.fullmatch(line) or re.fullmatch(r"(?i)(?:published|posted|updated|dated|issued)(?:\s+on)?\s*:?\s*\S.{0,40}", line):
            found = [m for m in find_dates(line, None) if m.resolved and m.precision == "day" and not m.relative]
            if found:
                return found[0].date
    return None


_FOOT_DATE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s*){0,3}(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}\.?")
