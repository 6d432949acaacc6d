"""Relative and absolute dates in press text, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from rightstrack.extract.dates import find_dates, find_published, nearest_year
from rightstrack.extract.numbers import find_numbers, parse_number


def _one(text: str, published: date | None) -> tuple[date | None, date | None, bool]:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0].date, mentions[0].end_date, mentions[0].resolved


WED = date(2022, 3, 30)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("It happened on October 5.", date(2021, 10, 5), None),  # nearer than October 2022
        ("The vote is on 5 June.", date(2022, 6, 5), None),  # a coming date stays this year
        ("They met on Tuesday.", date(2022, 3, 29), None),
        ("They met last Wednesday.", date(2022, 3, 23), None),
        ("They will meet on Friday.", date(2022, 4, 1), None),
        ("They met yesterday.", date(2022, 3, 29), None),
        ("The record was examined in Geneva last night.", date(2022, 3, 29), None),  # a morning bulletin's night before
        ("It was decided three weeks ago.", date(2022, 3, 9), None),
        ("They spoke last week.", date(2022, 3, 21), date(2022, 3, 27)),
        ("They spoke in September last year.", date(2021, 9, 1), date(2021, 9, 30)),
        ("They spoke last month.", date(2022, 2, 1), date(2022, 2, 28)),
        ("It is due next year.", date(2023, 1, 1), date(2023, 12, 31)),
        ("Earlier this month they met.", date(2022, 3, 1), date(2022, 3, 31)),
        ("The law changed in 2019.", date(2019, 1, 1), date(2019, 12, 31)),
        ("A visit from 3 to 12 May 2023.", date(2023, 5, 3), date(2023, 5, 12)),
        ("Signed on 2022-11-02.", date(2022, 11, 2), None),
        ("Signed on Oct. 4, 2021.", date(2021, 10, 4), None),
    ],
)
def test_resolves_against_publication_date(text: str, start: date, end: date | None) -> None:
    assert _one(text, WED) == (start, end, True)


def test_across_the_year_boundary() -> None:
    published = date(2023, 1, 4)
    assert _one("They met on December 28.", published)[0] == date(2022, 12, 28)
    assert _one("They met last week.", published)[:2] == (date(2022, 12, 26), date(2023, 1, 1))
    assert _one("They met last month.", published)[:2] == (date(2022, 12, 1), date(2022, 12, 31))
    assert _one("They met in December.", published)[0] == date(2022, 12, 1)


def test_a_day_with_last_or_next_year_takes_that_year() -> None:
    """ "on 3 March last year" in a January article is March of the year before, not the coming
    March; "next year" moves a range into the year after publication."""
    published = date(2026, 1, 9)
    assert _one("The envoy came on 3 March last year.", published)[0] == date(2025, 3, 3)
    assert _one("They toured from 24 November to 5 December last year.", published)[:2] == (
        date(2025, 11, 24),
        date(2025, 12, 5),
    )
    assert _one("A visit is set for 2 to 13 February next year.", date(2025, 12, 30))[:2] == (
        date(2026, 2, 2),
        date(2026, 2, 13),
    )
    assert _one("The election is on June 7 this year.", published)[0] == date(2026, 6, 7)
    mention = find_dates("on 3 March last year", published)[0]
    assert mention.relative and mention.text == "3 March last year"
    assert _one("on 3 March last year", None) == (None, None, False)  # no publication date: unresolved


def test_earlier_and_later_count_from_the_date_before() -> None:
    mentions = find_dates("A statement on March 29 about a meeting four days earlier.", WED)
    assert [m.date for m in mentions] == [date(2022, 3, 29), date(2022, 3, 25)]
    mentions = find_dates("On 1 May 2022 they met; the following day they spoke.", None)
    assert [m.date for m in mentions] == [date(2022, 5, 1), date(2022, 5, 2)]


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    for text in ("on October 5", "last week", "four days earlier", "on Tuesday", "next year"):
        mention = find_dates(text, None)[0]
        assert mention.resolved is False and mention.date is None, text
    assert _one("on 5 October 2022", None) == (date(2022, 10, 5), None, True)


def test_not_dates() -> None:
    assert find_dates("May we speak? Covid-19 cases fell.", WED) == []
    assert find_dates("It was 31 February 2022.", WED) == []


def test_nearest_year_and_published_line() -> None:
    assert nearest_year(12, 30, date(2023, 1, 2)) == date(2022, 12, 30)
    assert nearest_year(1, 2, date(2022, 12, 30)) == date(2023, 1, 2)
    assert find_published("PHNOM PENH, 7 October 2022\nText follows.") == date(2022, 10, 7)
    assert find_published("No date here, only last week.") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("39", 39), ("1,200", 1200), ("4.5", 4.5), ("thirty", 30), ("Thirty-nine", 39),
     ("one hundred and two", 102), ("two thousand", 2000), ("nine", 9), ("9.7 million", 9_700_000)],
)  # fmt: skip
def test_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_find_numbers_and_non_numbers() -> None:
    assert [v for _, _, v in find_numbers("twenty out of 27, and seven")] == [20, 27, 7]
    assert parse_number("several") is None


def test_weekday_followed_by_a_count_or_a_calendar_date() -> None:
    mentions = find_dates("They met on Monday, 22 were supportive.", WED)
    assert [(m.text, m.date) for m in mentions] == [("on Monday", date(2022, 3, 28))]
    mentions = find_dates("Monday, 3 October 2022", WED)
    assert [m.date for m in mentions] == [date(2022, 10, 3)]
    mentions = find_dates("She said on Friday she had met him the week before.", WED)
    assert [(m.date, m.end_date) for m in mentions] == [
        (date(2022, 3, 25), None), (date(2022, 3, 14), date(2022, 3, 20))
    ]


def test_ranges_across_months_and_years() -> None:
    assert _one("from 28 November to 9 December", WED)[:2] == (date(2021, 11, 28), date(2021, 12, 9))
    assert _one("The expert will visit from 28 November to 9 December", WED)[:2] == (
        date(2022, 11, 28), date(2022, 12, 9)
    )
    assert _one("The meeting is scheduled for 2 March", WED)[0] == date(2023, 3, 2)
    assert _one("from 28 December to 4 January 2023", None)[:2] == (date(2022, 12, 28), date(2023, 1, 4))
    assert _one("from 28 November to 9 December", None) == (None, None, False)


def test_two_days_back_and_forth_and_a_fortnight() -> None:
    """Wordings found in new press batches: resolved against the publication date, never guessed."""
    published = date(2025, 1, 7)
    found = {d.text: d.date for d in find_dates("the day before yesterday; a fortnight ago", published)}
    assert found == {"the day before yesterday": date(2025, 1, 5), "a fortnight ago": date(2024, 12, 24)}
    undated = find_dates("the day after tomorrow", None)
    assert [(d.date, d.resolved) for d in undated] == [(None, False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.2 lakh", 120_000), ("one lakh", 100_000), ("3 lakhs", 300_000), ("25 crore", 250_000_000),
     ("1.1 crore", 11_000_000), ("1,03,842", 103_842), ("12,34,567", 1_234_567)],
)  # fmt: skip
def test_lakhs_crores_and_indian_digit_grouping(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.150", 1150), ("12.450", 12_450), ("1.200.000", 1_200_000), ("12 500", 12_500), ("3 870", 3870),
     ("87,3", 87.3), ("1.125 million", 1_125_000), ("2.5", 2.5)],
)  # fmt: skip
def test_continental_thousands_and_decimal_comma(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_continental_numbers_in_running_text() -> None:
    found = [v for _, _, v in find_numbers("It received 12 500 complaints, 61,4 per cent more, in 2027 500 cases")]
    assert found == [12_500, 61.4, 2027, 500]


def test_weekday_before_the_nth_of_a_month_and_a_range_so_written() -> None:
    mentions = find_dates("from Monday the 8th of January to Wednesday the 17th of January", date(2028, 12, 20))
    assert [(m.date, m.end_date) for m in mentions] == [(date(2029, 1, 8), date(2029, 1, 17))]
    mentions = find_dates("in the elections of Sunday the 7th of January", date(2029, 1, 9))
    assert [m.date for m in mentions] == [date(2029, 1, 7)]


def test_a_dozen_is_a_number() -> None:
    assert parse_number("a dozen") == 12
    assert parse_number("half a dozen") == 6
    assert parse_number("two dozen") == 24


def test_a_range_from_last_year_into_this_one() -> None:
    assert _one("It ran from 28 December last year to 6 January.", date(2026, 1, 12))[:2] == (
        date(2025, 12, 28),
        date(2026, 1, 6),
    )


def test_a_date_in_the_first_sentence_is_not_the_publication_date() -> None:
    text = ("Ruritania says complaints fell\n\nThe Commissioner for Human Rights in the Republic of "
            "Ruritania, Anna Berg, met the Special Rapporteur in Strelsau on 14 May 2026, her office said.")
    assert find_published(text) is None
    assert find_published("Strelsau, 15 May 2026 - The Commissioner met the Rapporteur.") == date(2026, 5, 15)
    assert find_published("STRELSAU, 15 May 2026 (Wire) - The Commissioner met the Rapporteur.") == date(2026, 5, 15)


def test_publication_date_leading_a_headline_or_in_a_bracketed_foot_line() -> None:
    assert find_published("25 September 2026: Arcadia says 23 of 37 delegations backed it\n\nText.") == date(
        2026, 9, 25
    )
    body = "Headline\n\n" + "\n\n".join(f"Paragraph {i} of the story." for i in range(6))
    assert find_published(body + "\n\n(Coast Tribune, Port Arcadia, 2 October 2026)") == date(2026, 10, 2)


def test_a_weekday_after_is_due_to_or_set_to_looks_forward() -> None:
    friday = date(2027, 5, 7)
    for text in ("The expert is due to begin a visit on Monday.", "The talks are set to open on Monday."):
        mention = find_dates(text, friday)[0]
        assert mention.date == date(2027, 5, 10), text
    assert find_dates("The expert began a visit on Monday.", friday)[0].date == date(2027, 5, 3)


def test_a_reporting_period_is_not_the_publication_date() -> None:
    text = ("CHAD: Eastern Border Flash Update No. 3\nReporting period: 29 December 2030 - 11 January 2031\n"
            "Issued: 13 January 2031\n\nArrivals continued.")  # fmt: skip
    assert find_published(text) == date(2031, 1, 13)


def test_days_of_a_month_named_relatively() -> None:
    found = find_dates("The expert will be in the camps from the 14th to the 17th of next month; a fire broke out on "
                       "the night of the 8th of this month.", date(2031, 4, 10))  # fmt: skip
    assert [(m.date, m.end_date) for m in found] == [(date(2031, 5, 14), date(2031, 5, 17)), (date(2031, 4, 8), None)]


def test_a_bulletin_s_week_is_not_its_publication_date() -> None:
    text = "Land Rights Watch\nWeekly bulletin No. 12, 3-9 March 2031\n\nPHNOM PENH, 10 March 2031 - Monitors recorded 9 arrests."
    assert find_published(text) == date(2031, 3, 10)


def test_a_dateline_shared_by_two_places() -> None:
    assert find_published("Expert to visit Palau\n\nGENEVA / KOROR, 4 May 2032 - The Special Rapporteur will visit "
                          "Palau for eight days from 10 May, the first visit by a holder of the mandate.") == date(2032, 5, 4)
