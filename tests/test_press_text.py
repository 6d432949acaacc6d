"""The working copy the press extractors read (`rightstrack.extract.press_text`)."""

from __future__ import annotations

from rightstrack.extract.press_text import plain_quotes, working_text

WRAPPED = (
    "MINISTRY OF JUSTICE OF THE REPUBLIC OF ARCADIA\n\n"
    "The report was welcomed by 58 of the 71 dele-\n"
    "gations that took part in the review in Geneva last Thursday,\n"
    "the Ministry of Justice said on Friday in a note to the press.\n\n"
    "MINISTRY PRESS NOTE                                                   - 2 -\n\n"
    "The Deputy Minister also met the Special Rapporteur on torture in Geneva and\n"
    "invited her to visit the country before the end of the year.\n"
)


def test_quotes_are_made_plain_without_moving_an_offset() -> None:
    text = "«Nobody waits», she said. „The courts need judges,“ he said."
    plain = plain_quotes(text)
    assert len(plain) == len(text)
    assert plain == "“Nobody waits”, she said. “The courts need judges,” he said."


def test_a_page_laid_out_text_is_unwrapped_and_maps_back() -> None:
    work, origin = working_text(WRAPPED)
    assert origin is not None and len(origin) == len(work) + 1
    assert "71 delegations that took part" in work
    assert "Thursday, the Ministry" in work  # the wrapped line runs on
    assert "- 2 -" not in work  # the running footer is gone
    assert work.startswith("Ministry of Justice of the Republic of Arcadia")
    start = work.index("delegations")
    assert WRAPPED[origin[start] : origin[start + len("delegations") - 1] + 1] == "dele-\ngations"
    for i, char in enumerate(work):  # every kept character maps to itself (or the quote it stands for)
        if char not in " “”":
            assert WRAPPED[origin[i]].lower() == char.lower()


def test_a_text_written_one_paragraph_per_line_keeps_its_lines() -> None:
    text = "MINISTER HOLDS TALKS WITH UN RAPPORTEUR ON RIGHTS\n\nGENEVA - The Minister met her.\nA list line\n"
    work, origin = working_text(text)
    assert (work, origin) == (text, None)


def test_the_regex_cache_holds_the_extractors_rules() -> None:
    """Importing the extract stage widens Python's cache of compiled patterns, so the rules are not compiled again for
    every text (the cache of 512 patterns, first in first out, halved the speed of press extraction)."""
    import re

    import rightstrack.extract  # noqa: F401

    assert re._MAXCACHE >= 8192  # type: ignore[attr-defined]
