"""Tally claims in press text: who gives which figure, and what is not a tally."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from rightstrack.document import Document
from rightstrack.extract.dates import find_dates, find_published
from rightstrack.extract.press import extract_press, recognise_press


def _claims(text: str, published: date = date(2023, 10, 7)) -> list[dict[str, Any]]:
    doc = Document.from_text(text, published=published)
    doc.kind = recognise_press(doc)
    return [i.to_dict() for i in extract_press(doc) if i.kind == "claim"]


def test_figures_from_another_source_make_their_own_claim() -> None:
    claims = _claims(
        "Of the 47 delegations that took the floor, 35 commended the reforms, the Ministry of "
        "Foreign Affairs said. Rights groups, who said at least 15 delegations had raised "
        "concerns, disputed the figure."
    )
    tallies = sorted(
        (c for c in claims if c["claim_type"] == "tally"), key=lambda c: c["total"] or 0
    )
    assert [
        (c["claimant"]["name"], c["total"], c["supportive"], c["critical"]) for c in tallies
    ] == [
        ("Rights groups", None, None, 15),
        ("Ministry of Foreign Affairs", 47, 35, None),
    ]
    assert tallies[0]["flags"] == ["approximate"] and tallies[1]["flags"] == []


def test_figures_without_a_speaker_join_the_claim_before_them() -> None:
    claims = _claims(
        "Twenty of the 26 delegations spoke in favour, the Ministry of Justice said. Six of them "
        "were critical."
    )
    (tally,) = claims
    assert (tally["total"], tally["supportive"], tally["critical"]) == (26, 20, 6)
    assert tally["claimant"]["name"] == "Ministry of Justice"


def test_votes_and_party_counts_are_not_tallies() -> None:
    claims = _claims(
        "The resolution passed by 30 votes in favour to 5 against, diplomats said. The ministry "
        "said 18 political parties had registered."
    )
    assert "tally" not in [c["claim_type"] for c in claims]
    counts = {(c["value"], c["unit"]) for c in claims}
    assert counts == {(30.0, "votes"), (18.0, "parties")}


def test_delegations_addressing_the_council_is_no_council_address() -> None:
    doc = Document.from_text("Of the 47 delegations that addressed the Council, 35 commended it, "
                             "the mission said.", published=date(2023, 10, 7))  # fmt: skip
    doc.kind = "press"
    events = [i for i in extract_press(doc) if i.kind == "event"]
    assert events == []


def test_issuer_after_by_and_the_dialogue_dated_at_its_second_mention() -> None:
    text = (
        "Most delegations at the interactive dialogue on Eritrea backed the government, according "
        "to a press release issued by the Permanent Mission of Eritrea on 4 July. The release said "
        "27 delegations spoke in the dialogue with the Special Rapporteur on the situation of "
        "human rights in Eritrea, which took place on 2 July. By the mission's count, 19 of them "
        "were supportive."
    )
    claims = _claims(text, date(2024, 7, 6))
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"]) == (27, 19)
    assert tally["claimant"]["name"] == "Permanent Mission of Eritrea"
    assert tally["forum"]["date"] == "2024-07-02"


def test_of_them_takes_the_unit_of_the_count_before() -> None:
    claims = _claims("The minister said that 52 political parties are registered and that 4 of them "
                     "have seats in parliament.")  # fmt: skip
    counts = [(c["value"], c["unit"], c["subject"]) for c in claims if c["claim_type"] == "count"]
    assert counts == [(52.0, "parties", "political parties"),
                      (4.0, "parties", "parties that have seats in parliament")]  # fmt: skip


def test_the_other_group_makes_up_the_total() -> None:
    """ "nine ... while the other 30": no total is printed, but the two groups are all who spoke."""
    text = ("Nine of the delegations were critical while the other 30 voiced support, the ministry "
            "said of the interactive dialogue on Ruritania.")  # fmt: skip
    tally = [c for c in _claims(text) if c["claim_type"] == "tally"][0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (39, 30, 9)


def test_the_rest_is_the_total_less_the_other_group() -> None:
    text = ("Thirty statements were delivered in the interactive dialogue on Tuesday. Of these, only "
            "four voiced support, the opposition said, while the rest were critical.")  # fmt: skip
    tally = [c for c in _claims(text) if c["claim_type"] == "tally"][0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (30, 4, 26)


def test_it_said_is_the_body_named_before() -> None:
    text = ("Ghana's foreign ministry rejected the criticism on Friday. Of the 20 delegations "
            "that spoke at the interactive dialogue, it said, only 5 raised concerns.")  # fmt: skip
    tally = [c for c in _claims(text) if c["claim_type"] == "tally"][0]
    assert "ministry" in tally["claimant"]["name"].lower() and tally["critical"] == 5


def test_a_delegate_addressing_the_dialogue_is_no_oral_update() -> None:
    """Someone who 'told the Council' in an article about a dialogue spoke in that dialogue."""
    text = (
        "Geneva, 3 March 2023\n\n"
        "Delegations debated the situation in Eritrea at an interactive dialogue with the Special "
        "Rapporteur on the situation of human rights in Eritrea on 2 March.\n\n"
        "Eritrea's envoy told the Council that the mandate should end, the mission said.\n"
    )
    doc = Document.from_text(text, source="envoy.txt")
    doc.kind = recognise_press(doc)
    events = [i for i in extract_press(doc) if i.kind == "event"]
    assert [e.event_type for e in events if e.event_type != "press_statement"] == [
        "interactive_dialogue"
    ]
    assert events[0].date == date(2023, 3, 2)
    # The text calling it an oral update keeps it one.
    update = Document.from_text(
        text.replace("told the Council", "gave an oral update to the Council"), source="u.txt"
    )
    update.kind = recognise_press(update)
    assert any(i.kind == "event" and i.event_type == "oral_update" for i in extract_press(update))


def _quoted_by(text: str, published: date, width: int) -> dict[str, str | None]:
    """Each quotation's first `width` characters, with who the extractor says said it."""
    return {c["quote"][:width]: (c.get("claimant") or {}).get("name") for c in _claims(text, published)
            if c["claim_type"] == "quotation"}  # fmt: skip


def _items(text: str, published: date, kind: str) -> list[dict[str, Any]]:
    doc = Document.from_text(text, published=published)
    doc.kind = recognise_press(doc)
    return [i.to_dict() for i in extract_press(doc) if i.kind == kind]


def test_title_with_a_portfolio_list_and_a_body_the_text_calls_a_group() -> None:
    text = ("The envoy was received on Monday by the Minister of Labour, Employment and Social "
            "Protection, Aminata Diallo. The talks were welcomed by Tournons la Page, a Dakar-based "
            "advocacy group.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2024, 5, 9), "actor")}
    assert actors["Aminata Diallo"]["title"] == "Minister of Labour, Employment and Social Protection"
    assert actors["Tournons la Page"]["kind"] == "ngo"


def test_tour_video_link_and_a_report_on_the_visit() -> None:
    """A visit 'toured' last year, a meeting by video link this week, and the report 'on the visit'
    due in March: three events, each with its own date, none dated by the headline."""
    text = ("Minister and expert review visit\n\n"
            "The Independent Expert on human rights and the environment, who toured Chile from 20 to 30 "
            "November last year, spoke with the environment minister by video link on Monday. Her report "
            "on the visit will be presented to the Human Rights Council in March.")  # fmt: skip
    events = [(e["event_type"], e.get("date"), e.get("end_date"), e.get("mode"))
              for e in _items(text, date(2025, 1, 15), "event")]  # fmt: skip
    assert events == [
        ("visit", "2024-11-20", "2024-11-30", None),
        ("meeting", "2025-01-13", None, "virtual"),
        ("report", "2025-03-01", "2025-03-31", None),
    ]


def test_electing_members_is_an_election() -> None:
    text = "The General Assembly on Friday elected 15 members of the Human Rights Council."
    events = _items(text, date(2023, 10, 14), "event")
    assert [(e["event_type"], e["date"]) for e in events] == [("election", "2023-10-13")]


def test_passive_stance_from_the_subject_and_a_group_called_by_its_city() -> None:
    text = ("Concern over the mass trials of protesters and the closure of independent newspapers was "
            "voiced by 33 of the 47 delegations at Tuesday's interactive dialogue with the Special "
            "Rapporteur on the situation of human rights in Belarus, according to Nasha Pravda, a "
            "Vilnius-based group.")  # fmt: skip
    claims = _items(text, date(2025, 3, 20), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["critical"]) == (47, 33)
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2025, 3, 20), "actor")}
    assert actors.get("Nasha Pravda") == "ngo"


def test_quotation_source_after_the_speaker() -> None:
    text = ('"Nobody is in prison for an opinion," Justice Minister Karim Haddad told state '
            'television on Monday.\n\n"The review was a success," Foreign Minister Lina Sabbagh '
            'said, according to the ministry statement.')  # fmt: skip
    quotes = [c for c in _items(text, date(2024, 5, 8), "claim") if c["claim_type"] == "quotation"]
    assert [(q["claimant"]["name"], q["source"]) for q in quotes] == [
        ("Karim Haddad", "told state television"),
        ("Lina Sabbagh", "according to the ministry statement"),
    ]


def test_a_visit_length_given_later_and_a_consultation_dated_last_year() -> None:
    text = ("The Special Rapporteur on the right to health will start an official visit to Ghana on "
            "2 June. During the twelve-day visit she will travel to Tamale. The programme of the "
            "visit was agreed last Friday by the health minister and the Rapporteur by videoconference. "
            "The invitation followed a consultation with civil society held on 18 December last year.")  # fmt: skip
    events = [(e["event_type"], e.get("date"), e.get("end_date"))
              for e in _items(text, date(2025, 5, 20), "event")]  # fmt: skip
    assert ("visit", "2025-06-02", "2025-06-13") in events
    assert ("meeting", "2025-05-16", None) in events
    assert ("meeting", "2024-12-18", None) in events


def test_a_month_whose_year_the_text_gave_keeps_it() -> None:
    text = ("The expert visited Peru from 10 to 21 October last year. The ombudsman met her in Lima "
            "on 12 October.")  # fmt: skip
    events = [(e["event_type"], e.get("date")) for e in _items(text, date(2026, 7, 1), "event")]
    assert ("meeting", "2025-10-12") in events


def test_a_councils_statement_carries_its_own_figures() -> None:
    text = ("Statement by Canada\nInteractive dialogue with the Special Rapporteur on Belarus\n\n"
            "Mr President, we welcome the release of 18 political prisoners last month, but call for "
            "the release of all others.")  # fmt: skip
    doc = Document.from_text(text, published=date(2025, 3, 20))
    doc.kind = "statement"
    counts = [i.to_dict() for i in extract_press(doc) if i.kind == "claim" and i.claim_type == "count"]
    assert [(c["value"], c["unit"]) for c in counts] == [(18, "political prisoners")]


def test_an_honorific_before_a_name_a_briefing_and_a_period_since() -> None:
    text = ("Nairobi, 8 May 2026\n\nThe Committee met the Special Rapporteur on the right to food at "
            "Parliament Buildings today. The Chairperson of the Committee, Hon. Peter Otieno, briefed "
            "the Special Rapporteur on the 12 petitions received since March last year.")  # fmt: skip
    items = _items(text, date(2026, 5, 8), "actor")
    names = {a["actor"]["name"] for a in items}
    assert "Peter Otieno" in names and "Parliament Buildings" not in names
    events = _items(text, date(2026, 5, 8), "event")
    assert [(e["event_type"], e["date"]) for e in events] == [("meeting", "2026-05-08")]
    assert any("Peter Otieno" in p["name"] for p in events[0]["participants"])


def test_the_other_group_takes_the_other_side_and_our_count_is_the_headings_body() -> None:
    text = ("Minsk Monitor - notes from Geneva\n\nYesterday the Council held its interactive dialogue "
            "with the Special Rapporteur on the situation of human rights in Belarus. By our count, 38 "
            "States spoke. 27 of them condemned the trials. The other 11 stood by the authorities.")  # fmt: skip
    tally = next(c for c in _items(text, date(2025, 7, 3), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (38, 11, 27)
    assert tally["claimant"]["name"] == "Minsk Monitor"


def test_shares_of_a_total_become_counts_and_stay_rates() -> None:
    text = ("A total of 80 delegations spoke during the interactive dialogue on Mali on Tuesday, the "
            "ministry said. According to the ministry, 75 per cent of them praised the transition, "
            "while the remaining 25 per cent voiced concerns.")  # fmt: skip
    claims = _items(text, date(2025, 3, 20), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (80, 60, 20)
    assert "from_percentages" in tally["flags"]
    assert 75 in [c["value"] for c in claims if c["claim_type"] == "rate"]


def test_a_correction_withdraws_the_figures_it_corrects() -> None:
    text = ("Thirty of the 45 delegations at the interactive dialogue on Eritrea on 2 March backed the "
            "Government, while 15 were critical, the ministry said.\n\nCorrection: An earlier version "
            "of this article said that 33 of the 45 delegations had backed the Government.")  # fmt: skip
    tally = next(c for c in _items(text, date(2025, 3, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally["flags"]) == (45, 30, 15, [])


def test_counts_restated_and_owned_by_a_group() -> None:
    text = ("The Interior Ministry says 95 activists were detained last month. The Ombudsman's Office "
            "puts the figure at 140. Libertad Ya, a Lima-based legal aid group, disagrees: according "
            "to the group's register, 210 people were detained.")  # fmt: skip
    counts = [(c["value"], (c.get("claimant") or {}).get("name"))
              for c in _items(text, date(2025, 6, 2), "claim") if c["claim_type"] == "count"]  # fmt: skip
    assert counts == [(95, "Interior Ministry"), (140, "Ombudsman's Office"), (210, "Libertad Ya")]


def test_a_visit_that_began_on_a_day_named_after_it_ended() -> None:
    text = ("The Independent Expert on Haiti on Friday wrapped up a ten-day official visit to the "
            "country that began on 3 May.")  # fmt: skip
    events = [(e["event_type"], e["date"], e.get("end_date")) for e in _items(text, date(2025, 5, 13), "event")]
    assert events == [("visit", "2025-05-03", "2025-05-12")]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # the exceptions are the other side
        ("All but seven of the 60 delegations that spoke at the interactive dialogue on Mali on "
         "Tuesday praised the transition, the ministry said.", (60, 53, 7)),
        # a share of the total, passive
        ("The Government's record was commended by three in every four of the 80 delegations at the "
         "interactive dialogue on Mali on Tuesday, the ministry said.", (80, 60, None)),
        # backing the mandate is criticism of the State
        ("The report of the Special Rapporteur on Mali was backed by only 20 of the 50 delegations at "
         "Tuesday's interactive dialogue, the ministry said. The other 30, it said, defended Mali.",
         (50, 30, 20)),
        # a breakdown by region is part of a figure, not a figure of its own
        ("Of the 40 delegations at the interactive dialogue on Mali on Tuesday, the ministry said, 25 "
         "defended Mali's sovereignty: ten from the African Group and fifteen from Asia. The other 15 "
         "- all from the Western European and Others Group - repeated accusations.", (40, 25, 15)),
        # "Only N" after a tally, with no stance word: the other side
        ("Of the 30 delegations at the interactive dialogue on Mali on Tuesday, 22 acknowledged the "
         "progress made, the ministry said. Only 8 delegations chose to look away.", (30, 22, 8)),
        # "won the backing of", "spoke up for"
        ("Mali won the backing of 26 of the 40 delegations at Tuesday's interactive dialogue, the "
         "ministry said, and only 14, most of them Western, repeated accusations.", (40, 26, 14)),
        # "N others" with no stance word: the other side; an adjective before the delegations
        ("The ministry said 25 delegations praised Mali at Tuesday's interactive dialogue, adding that "
         "15 others had dwelt on the detention of journalists.", (40, 25, 15)),
        ("Mali won the solidarity of 19 African nations at Tuesday's interactive dialogue, against "
         "the usual 11 colonial voices, the minister said.", (None, 19, 11)),
        # a stance in quotation marks; a total before a colon; backing a call for accountability
        ("Of the 40 delegations at Tuesday's interactive dialogue on Mali, 27 supported Mali and 13 "
         "\"repeated old accusations\", the ministry said.", (40, 27, 13)),
        ("By our count, 30 delegations took the floor at Tuesday's interactive dialogue on Mali: 19 "
         "expressed concern and 11 spoke in support of the Government, the league said.", (30, 11, 19)),
        ("The minister said 20 of the 35 delegations at Tuesday's interactive dialogue on Mali had "
         "supported the Government, and that 15 had backed the call for an international "
         "accountability mechanism.", (35, 20, 15)),
        # what the State did is welcomed (not the commission named inside it); "adding that only N had"
        ("Mali's cooperation with the Commission of Inquiry on Mali was welcomed by 22 of the 36 "
         "delegations at Tuesday's interactive dialogue, the ministry said. The other 14 raised "
         "concerns.", (36, 22, 14)),
        ("Mali had the support of 21 of the 33 delegations at Tuesday's interactive dialogue, the "
         "ministry said, adding that only 12 had made what it called one-sided accusations.", (33, 21, 12)),
        # measures recognised; demands for scrutiny or prosecution named against the capital
        ("Of the 30 delegations at Tuesday's interactive dialogue on Mali, 18 recognised the "
         "Government's national reconciliation measures and 12 called for continued international "
         "scrutiny, the ministry said.", (30, 18, 12)),
        ("Seventeen of the 29 delegations at Tuesday's interactive dialogue on Mali called on Bamako "
         "to prosecute wartime abuses and twelve backed the Government, the league said.", (29, 12, 17)),
        # a share of the total: "three quarters of the 52", "nine in ten ... - 88 of 98 -"
        ("Three quarters of the 52 States at Tuesday's interactive dialogue on Mali condemned the "
         "executions, while the other 13 defended Bamako, the network said.", (52, 13, 39)),
        ("Nine in ten of the delegations at Tuesday's interactive dialogue on Mali - 88 of 98 - "
         "commended the country's record, the ministry said. The other ten raised concerns.", (98, 88, 10)),
        # "rejected what they called interference"; backing the High Commissioner's concerns;
        # "adding that only fourteen, 'mostly Western', had criticised"
        ("Of the 42 delegations at Tuesday's interactive dialogue on Mali, 27 rejected what they called "
         "interference in the country's affairs and 15 backed the High Commissioner's concerns, the "
         "ministry said.", (42, 27, 15)),
        ("Mali's position was supported by 19 of the 33 delegations at Monday's interactive dialogue, the "
         "spokesman said, adding that only 14, \"mostly Western\", had criticised Bamako.", (33, 19, 14)),
        # a demand told in the passive
        ("The release of political prisoners in Mali was demanded by 31 of the 47 delegations at "
         "Wednesday's interactive dialogue, according to the Sahel Memory Collective.", (47, None, 31)),
        # ", and twelve backed it": "it" is what the others rejected
        ("Nineteen of the 31 delegations at Tuesday's interactive dialogue on Mali rejected the "
         "mission's work, and twelve backed it, the ministry said.", (31, 19, 12)),
    ],
)
def test_tally_wordings(sentence: str, figures: tuple) -> None:
    tally = next(c for c in _claims(sentence, date(2025, 3, 20)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == figures


def test_demand_verb_is_not_the_attribution_when_a_plain_say_follows() -> None:
    text = ("Of the 40 delegations at the interactive dialogue on Mali on Tuesday, 30 called on the "
            "authorities to release detained journalists, and only ten defended them, the Sahel Rights "
            "Observatory said in a statement.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2025, 3, 20)) if c["claim_type"] == "tally")
    assert (tally["supportive"], tally["critical"]) == (10, 30)
    assert tally["claimant"]["name"] == "Sahel Rights Observatory"


def test_portfolio_list_before_a_name_and_an_ambassador_after_a_title() -> None:
    text = ("Minister of Justice, Legal and Parliamentary Affairs Joseph Banda said the review went well. "
            "Malawi's Permanent Representative in Geneva, Ambassador Ruth Phiri, agreed.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("title") for a in _items(text, date(2025, 3, 20), "actor")}
    assert actors["Joseph Banda"] == "Minister of Justice, Legal and Parliamentary Affairs"
    assert "Ambassador" in actors["Ruth Phiri"] and "Permanent Representative" in actors["Ruth Phiri"]


def test_a_date_in_a_relative_clause_belongs_to_its_own_event() -> None:
    text = ("The Special Rapporteur, who visited Gaza and Rafah from 3 to 8 May, told the Council on "
            "Monday that aid was blocked.")  # fmt: skip
    events = {e["event_type"]: (e.get("date"), e.get("end_date")) for e in _items(text, date(2025, 6, 18), "event")}
    assert events["visit"] == ("2025-05-03", "2025-05-08")


def test_a_ministry_release_in_translated_style() -> None:
    """Honorifics before names, a person named again by title, a meeting counted back from a
    dialogue already dated, "received ... the Special Rapporteur", "the previous Thursday"."""
    text = ("Ministry of Foreign Affairs of Ruritania\n\nStrelsau, 12 March 2027\n\n"
            "On 9 March 2027 the interactive dialogue with the Special Rapporteur on the situation of "
            "human rights in Belarus was held. Three days before the dialogue, Deputy Minister of Foreign "
            "Affairs H.E. Mr. Pavel Orlov held a meeting with the Special Rapporteur.\n\n"
            "On the previous Thursday, the Deputy Minister received at the Ministry the Independent Expert "
            "on international solidarity.\n\n"
            '"We are open to dialogue," the Deputy Minister stressed.')  # fmt: skip
    events = [(e["event_type"], e.get("date"), [p["name"] for p in e["participants"]])
              for e in _items(text, date(2027, 3, 12), "event")]  # fmt: skip
    meetings = [e for e in events if e[0] == "meeting"]
    assert meetings[0][1] == "2027-03-06" and "Pavel Orlov" in meetings[0][2]
    assert meetings[1][1] == "2027-03-04" and "Pavel Orlov" in meetings[1][2]
    quote = next(c for c in _items(text, date(2027, 3, 12), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Pavel Orlov"


@pytest.mark.parametrize(
    "layout",
    [
        "Supportive: 25 | Critical: 10 | Total: 35\n",
        "Position                      Number\nCommended the Government      25\nRaised concerns               10\n"
        "Total                         35\n",
    ],
)
def test_a_tally_laid_out_as_cells_or_a_table(layout: str) -> None:
    text = ("Bamako, 8 October 2026 - The Ministry has classified the statements made at the "
            "interactive dialogue on Mali held on Monday, 5 October 2026, as follows:\n\n" + layout)
    tally = next(c for c in _claims(text, date(2026, 10, 8)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (35, 25, 10)


def test_names_with_letters_beyond_latin_1_and_parties_called_fronts() -> None:
    text = ("Deputy Minister of Justice Selin Arıkan said the review went well. The opposition "
            "Ruritanian Democratic Front said 64 of its members were in prison.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2025, 3, 20), "actor")}
    assert actors.get("Selin Arıkan") == "official"
    assert actors.get("Ruritanian Democratic Front") == "political_party"


def test_the_last_day_of_a_visit_from_its_sentence_and_a_news_conference_that_day() -> None:
    text = ("LIMA, 14 May 2026 (Andes Wire) - The UN Special Rapporteur on the right to water said on "
            "Wednesday that rural districts lacked safe water, as she ended an official visit that began "
            "on 4 May.\n\nShe told a news conference in Lima on the last day of her visit that she would "
            "report to the Council in September.\n\nA second expert began a visit to Peru on Sunday "
            "that will run until 22 May.")  # fmt: skip
    events = [(e["event_type"], e.get("date"), e.get("end_date")) for e in _items(text, date(2026, 5, 14), "event")]
    assert ("visit", "2026-05-04", "2026-05-13") in events
    assert ("press_statement", "2026-05-13", None) in events


def test_a_visit_named_first_in_the_headline_and_a_briefing_for_journalists() -> None:
    text = ("UN expert tours Peruvian prisons\n\nLIMA, 2 October 2026 - The Special Rapporteur on torture "
            "is in Peru on an official visit that started on 28 September and will end on 7 October, the "
            "ministry said. She will brief journalists in Lima on 7 October.\n\nA working group is visiting "
            "Chile from 13 to 24 October.")  # fmt: skip
    events = [(e["event_type"], e.get("date"), e.get("end_date")) for e in _items(text, date(2026, 10, 2), "event")]
    assert ("visit", "2026-09-28", "2026-10-07") in events
    assert ("press_statement", "2026-10-07", None) in events
    assert ("visit", "2026-10-13", "2026-10-24") in events


# Fifth pass (texts p614-p633): wordings the rules did not cover, written anew for these tests.


def test_a_group_named_after_its_kind_claims_its_figure() -> None:
    claims = _items(
        "The rights group Odhikar Sangstha said 41 people had died in custody since January. "
        "The Peace and Justice Observatory said 18 reporters were in detention. Harbour City "
        "Lawyers for Civil Liberties said it had represented 312 people.",
        date(2027, 2, 1),
        "claim",
    )
    got = {(c["value"], c["unit"], (c.get("claimant") or {}).get("name")) for c in claims}
    assert (41, "people", "Odhikar Sangstha") in got
    assert (18, "reporters", "Peace and Justice Observatory") in got
    assert (312, "people", "Harbour City Lawyers for Civil Liberties") in got


def test_a_quote_followed_by_said_and_a_lower_case_title() -> None:
    claims = _items(
        'Campaigners met the delegation on Monday. "Nobody has been charged," said the '
        "network's coordinator, Amara Okonjo.",
        date(2027, 2, 1),
        "claim",
    )
    quotes = [c for c in claims if c["claim_type"] == "quotation"]
    assert [q["claimant"]["name"] for q in quotes] == ["Amara Okonjo"]


def test_condemning_quoted_sanctions_is_the_government_side() -> None:
    claims = _items(
        "Twenty-two of the thirty delegations that spoke at the interactive dialogue on Arcadia "
        'on Tuesday condemned "unilateral coercive measures", the Foreign Minister, Lucia Ferro, '
        "said. The other eight repeated the usual accusations, she said.",
        date(2027, 2, 5),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (30, 22, 8)


def test_a_visit_that_will_last_n_days() -> None:
    events = _items(
        "The Special Rapporteur on the right to food will visit Malawi. The visit will start on "
        "28 December and will last nine days.",
        date(2026, 12, 1),
        "event",
    )
    visit = next(e for e in events if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2026-12-28", "2027-01-05")


def test_discussing_a_visit_by_telephone_is_a_meeting() -> None:
    events = _items(
        "The Special Rapporteur on torture will visit Vanuatu from 3 to 12 May. Foreign Minister "
        "Kalo Tari discussed the visit with the rapporteur by telephone on Monday.",
        date(2027, 4, 16),
        "event",
    )
    assert {(e["event_type"], e.get("date")) for e in events} >= {
        ("visit", "2027-05-03"),
        ("meeting", "2027-04-12"),
    }


def test_the_review_named_again_with_its_day() -> None:
    claims = _items(
        "Arcadia will answer the recommendations of its Universal Periodic Review in June, the "
        "Deputy Minister of Justice, Ilse Varga, said on Thursday. At the review on 3 November "
        "last year, 70 of the 85 delegations that spoke praised the reforms, while 15 were "
        "critical, she said.",
        date(2027, 1, 9),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert tally["forum"]["type"] == "upr_review" and tally["forum"]["date"] == "2026-11-03"


# Sixth pass (texts p634-p653).


def test_names_with_particles_ranks_and_titles_at_a_sentence_start() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "The Chairperson of the National Human Rights Committee of Arcadia, Dr. Salma bint Khalid "
        "Al-Harthi, met the Special Rapporteur on the rights of Indigenous Peoples, Ana Quilla, "
        "on Monday. Police spokesman Inspector Jonas Mbeki disputed the figures.",
        date(2027, 3, 3),
        "actor",
    )}  # fmt: skip
    salma = actors["Salma bint Khalid Al-Harthi"]
    assert salma["title"].startswith("Chairperson")
    assert actors["National Human Rights Committee of Arcadia"]["kind"] == "nhri"
    assert "Special Rapporteur on the rights of Indigenous Peoples" in actors
    assert "Jonas Mbeki" in actors


def test_parties_named_by_what_the_text_calls_them() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Freedom and Renewal party remains the largest with 40 seats. Arcadia's main "
        "opposition party, UNICA, said on Tuesday it would appeal.",
        date(2027, 3, 3),
        "actor",
    )}  # fmt: skip
    assert actors.get("Freedom and Renewal") == "political_party"
    assert actors.get("UNICA") == "political_party"


def test_the_subject_before_a_relative_clause_claims_the_figure() -> None:
    claims = _items(
        "The Never Again Human Rights Collective, which works from exile in Costa Rica, said 74 "
        "people were held. DARQ, a Geneva-based rights group, said 30 people were on death row. "
        "The institute said it had filed 87 legal actions.",
        date(2027, 3, 3),
        "claim",
    )
    got = {(c["value"], (c.get("claimant") or {}).get("name")) for c in claims}
    assert (74, "Never Again Human Rights Collective") in got
    assert (30, "DARQ") in got
    assert 87 in {c["value"] for c in claims}


def test_a_total_given_after_the_smaller_side() -> None:
    claims = _items(
        "Fifty delegations praised Arcadia's reforms during its Universal Periodic Review on "
        "Wednesday, and only nine of the fifty-nine that took the floor raised concerns, the "
        "ministry said.",
        date(2027, 3, 5),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (59, 50, 9)


def test_a_visit_end_given_in_the_next_sentence() -> None:
    events = _items(
        "The Minister met the Special Rapporteur on the right to food on 29 December, at the start "
        "of her visit to Arcadia. The visit, which began the same day, ends on Tuesday next week.",
        date(2027, 1, 8),
        "event",
    )
    visit = next(e for e in events if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2026-12-29", "2027-01-12")


def test_an_undated_article_with_nothing_relative_still_warns() -> None:
    doc = Document.from_text(
        "The Minister met the Special Rapporteur on torture on 11 November 2026 in the capital."
    )
    doc.kind = recognise_press(doc)
    extract_press(doc)
    assert any("no publication date" in w for w in doc.warnings)


# Seventh pass (texts p654-p673).


def test_a_corrected_tally_replaces_the_first_communique() -> None:
    claims = _items(
        "ARCADIA CITY, 13 November 2026 - The Ministry of Justice on Friday corrected its figures on "
        "how Arcadia's Universal Periodic Review was received in Geneva on Monday, 9 November.\n\n"
        "In a first communiqué issued on Tuesday, the ministry had said that 96 delegations took "
        "part. The corrected version says that 91 delegations took the floor, of which 79 welcomed "
        "the reforms, while 12 raised concerns about arrests made in 2023 and 2024.",
        date(2026, 11, 13),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (91, 79, 12)
    assert tally["forum"]["date"] == "2026-11-09"


def test_speaking_against_country_mandates_is_the_government_side() -> None:
    claims = _items(
        "According to the ministry, 30 of the 44 delegations at the interactive dialogue on "
        "Arcadia on Monday spoke against country-specific mandates, while only 14 backed the "
        "mandate.",
        date(2027, 3, 19),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (44, 30, 14)


def test_a_stance_verb_after_a_dated_appositive() -> None:
    claims = _items(
        "Ninety of the 112 delegations that spoke during Arcadia's Universal Periodic Review in "
        "Geneva on Monday, 10 May, commended the country's progress, while the other 22 were "
        "critical, the spokesman said.",
        date(2027, 5, 14),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (112, 90, 22)


def test_bodies_the_text_names_by_their_kind() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The human rights centre Vesna, whose members are in prison, said 1,163 people were held. "
        "The opposition Alliance for Renewal, which had questioned the figure, said it was "
        "too low. The Arcadian Rights Board, the country's national human rights institution, "
        "said it had received 214 complaints.",
        date(2027, 3, 19),
        "actor",
    )}  # fmt: skip
    assert actors.get("Vesna") == "ngo"
    assert actors.get("Alliance for Renewal") == "political_party"
    assert actors.get("Arcadian Rights Board") == "nhri"


def test_people_named_after_titles_ranks_and_in_later_references() -> None:
    items = _items(
        "The UN Special Rapporteur on minority issues, Kofi Mensah, met Arcadia's People's "
        "Advocate, Lina Petrova, on Tuesday. The Defence spokesman, Major General Omar Sule, "
        "denied the reports. In a statement issued on Thursday, the Special Rapporteur said "
        "that 64 per cent of children completed school.\n\n"
        '"This is a tribute to our reforms," declared the Minister of Foreign Affairs, Ms. Awa '
        "Traore.",
        date(2027, 9, 30),
        "claim",
    )
    by_type = {c["claim_type"]: c for c in items}
    assert by_type["rate"]["claimant"]["name"] == "Kofi Mensah"
    assert by_type["quotation"]["claimant"]["name"] == "Awa Traore"
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "Arcadia's People's Advocate, Lina Petrova, spoke. The Defence spokesman, Major General "
        "Omar Sule, denied the reports.", date(2027, 9, 30), "actor")}  # fmt: skip
    assert "People's Advocate" in actors["Lina Petrova"]["title"]
    assert "Omar Sule" in actors


def test_a_quote_does_not_take_the_speaker_of_the_next_paragraph() -> None:
    claims = _items(
        '"The first figure was wrong," the ministry\'s secretary-general, Ada Obi, told reporters. '
        '"Ninety-one is the right number."\n\nThe opposition Renewal Front, which had questioned '
        "the first figure, said the correction proved its point.",
        date(2027, 3, 19),
        "claim",
    )
    quotes = {c["quote"]: (c.get("claimant") or {}).get("name") for c in claims
              if c["claim_type"] == "quotation"}  # fmt: skip
    assert quotes.get("Ninety-one is the right number.") != "Renewal Front"


def test_a_day_before_the_verb_wins_over_a_year_after_it() -> None:
    events = _items(
        "The Special Rapporteur visited Arcadia from 21 to 30 September. On Friday, 24 September, "
        "he met the Ombudsman, Mira Novak, whose office had handled 312 complaints in 2026.",
        date(2027, 9, 30),
        "event",
    )
    meeting = next(e for e in events if e["event_type"] == "meeting")
    assert meeting["date"] == "2027-09-24"


# Eighth pass (texts p674-p693).


def test_a_release_in_the_first_person_and_a_briefing_held_with_the_expert() -> None:
    events = _items(
        "National Rights Council\nPRESS RELEASE\n\nWe welcomed the United Nations Special "
        "Rapporteur on the right to health, Ms. Ines Varga, at our headquarters on the 3rd of "
        "March. A virtual briefing with the Special Rapporteur was held this Monday by the "
        "Minister of Health, Hon. Tavita Sola.",
        date(2027, 3, 4),
        "event",
    )
    got = {(e["event_type"], e.get("date"), e.get("mode")) for e in events}
    assert ("meeting", "2027-03-03", None) in got or ("meeting", "2027-03-03", "in_person") in got
    assert ("meeting", "2027-03-01", "virtual") in got


def test_a_mandate_in_a_headline_before_to_visit() -> None:
    actors = {a["actor"]["name"] for a in _items(
        "UN Special Rapporteur on violence against women to visit Samoa\n\nThe visit will run "
        "from 28 April to 7 May.", date(2027, 4, 21), "actor")}  # fmt: skip
    assert "Special Rapporteur on violence against women" in actors


def test_weekday_after_a_promise_in_the_sentence_looks_forward_unless_said() -> None:
    events = _items(
        "The High Commissioner will also meet the Consultative Commission on Human Rights, the "
        "country's national human rights institution, before leaving on Thursday.",
        date(2027, 6, 9),
        "event",
    )
    assert any(e["event_type"] == "meeting" and e.get("date") == "2027-06-10" for e in events)
    said = _items(
        '"We will not accept double standards," the Foreign Minister, Ana Ruiz, told reporters '
        "on Wednesday after meeting the High Commissioner in Geneva.",
        date(2024, 2, 16),
        "event",
    )
    assert any(e["event_type"] == "meeting" and e.get("date") == "2024-02-14" for e in said)


def test_more_national_institutions_and_parties_by_name() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "A meeting was held between the Arcadian Human Rights and Equality Commission and the UN "
        "Special Rapporteur on housing. The High Commission for Human Rights said 40 people were "
        "missing. The opposition Union of Moderate Parties welcomed the result.",
        date(2027, 1, 14),
        "actor",
    )}  # fmt: skip
    assert actors.get("Arcadian Human Rights and Equality Commission") == "nhri"
    assert actors.get("High Commission for Human Rights") == "nhri"
    assert actors.get("Union of Moderate Parties") == "political_party"


def test_fractions_and_counts_with_the_noun_first() -> None:
    claims = _items(
        "The Arcadian Freelance Journalists Association said one in four of its members had been "
        "refused access. The number of disappearance complaints registered since 2017 now stands "
        "at 8,615, the Commission's president, Fatima al-Bayati, told the experts.",
        date(2027, 4, 14),
        "claim",
    )
    rates = [c for c in claims if c["claim_type"] == "rate"]
    assert [(r["value"], r["claimant"]["name"]) for r in rates] == [
        (25.0, "Arcadian Freelance Journalists Association")
    ]
    count = next(c for c in claims if c["claim_type"] == "count" and c["value"] == 8615)
    assert count["unit"] == "complaints" and count["claimant"]["name"] == "Fatima al-Bayati"


def test_most_of_the_delegations_is_a_majority_claim() -> None:
    claims = _items(
        "Most of the 92 delegations that took the floor at Arcadia's Universal Periodic Review on "
        "Monday praised its social programmes, Foreign Minister Lucia Banegas said.",
        date(2026, 11, 12),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (92, None, None)
    assert tally["flags"] == ["majority_supportive"]
    assert tally["claimant"]["name"] == "Lucia Banegas"


# Ninth pass (texts p694-p713).


def test_mandate_holders_with_long_or_listed_titles() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "The UN Special Rapporteur on extrajudicial, summary or arbitrary executions, Lena Okafor, "
        "arrived on Monday. The UN Special Rapporteur on the promotion and protection of the right "
        "to freedom of opinion and expression, Amara Lind, will visit in May.",
        date(2027, 3, 3),
        "actor",
    )}  # fmt: skip
    assert "arbitrary executions" in actors["Lena Okafor"]["title"]
    assert actors["Amara Lind"]["title"].endswith("opinion and expression")


def test_sources_named_by_their_kind_their_data_or_their_acronym() -> None:
    items = _items(
        "The exile-based group Arcadian Voices for Justice said it had documented 10,000 people "
        "held without trial. Data from the Ministry of Police show that 1,027 cases were reported. "
        "The National Commissioner for Human Rights (CONAR), the country's national human rights "
        "institution, said it had registered 1,146 complaints. The Minister held a video meeting "
        "with the Rapporteur on Monday.",
        date(2027, 3, 3),
        "claim",
    )
    got = {(c["value"], (c.get("claimant") or {}).get("name")) for c in items}
    assert (10000, "Arcadian Voices for Justice") in got
    assert (1027, "Ministry of Police") in got
    assert (1146, "National Commissioner for Human Rights") in got
    events = _items("The Minister held a video meeting with the Rapporteur on Monday.", date(2027, 3, 3), "event")
    assert [e.get("mode") for e in events if e["event_type"] == "meeting"] == ["virtual"]


# Tenth pass (texts p714-p733).


def test_ombudsman_titles_glosses_and_four_part_names() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "We spoke to the Human Rights Defender of Arcadia, Tigran Ohanyan-Petrosyan, on Monday. "
        "The Provedor for Human Rights and Justice, Maria Natércia Sousa, held a meeting. The "
        "Commissioner for Human Rights (Ombudsman) of the Republic of Arcadia, Sevinj Aliyeva, met "
        "the experts. The UN Special Rapporteur on the right to food, Ana Lucía Quispe Mamani, "
        "called for reform. Lusa said the National Institution for Human Rights had been told.",
        date(2027, 4, 22),
        "actor",
    )}  # fmt: skip
    assert actors["Tigran Ohanyan-Petrosyan"]["title"].startswith("Human Rights Defender")
    assert actors["Maria Natércia Sousa"]["title"].startswith("Provedor")
    assert "(Ombudsman)" in actors["Sevinj Aliyeva"]["title"]
    assert "Ana Lucía Quispe Mamani" in actors
    assert actors["Lusa"]["kind"] == "media"
    assert actors["National Institution for Human Rights"]["kind"] == "nhri"


def test_counts_owned_by_the_counter_and_the_first_day_of_a_visit() -> None:
    claims = _items(
        "The opposition party Renewal said it had given the UN a list of 48 of its members who "
        "remain in detention. The Ombudsman said her office had made 412 visits to prisons and "
        "that 59 policemen had been disciplined.",
        date(2027, 5, 12),
        "claim",
    )
    got = {(c["value"], c["unit"]) for c in claims if c["claim_type"] == "count"}
    assert {(48, "members"), (412, "visits"), (59, "policemen")} <= got
    events = _items(
        "The Public Defender met the UN Special Rapporteur on human rights defenders on Tuesday, "
        "the first day of the Rapporteur's ten-day official visit.",
        date(2027, 5, 12),
        "event",
    )
    visit = next(e for e in events if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2027-05-11", "2027-05-20")


# Eleventh pass (texts p734-p753).


def test_a_second_count_credited_to_the_body_named_before_it() -> None:
    claims = _items(
        "According to the Ministry of Foreign Affairs, 27 of the 41 delegations at Tuesday's "
        "interactive dialogue on Arcadia respected its sovereignty, while 14 repeated allegations.\n\n"
        "The Arcadia Accountability Monitor, a Bangkok-based group, arrived at the opposite result. "
        "In its count, 31 of the 44 speakers criticised the authorities, and 13 expressed support.",
        date(2027, 3, 19),
        "claim",
    )
    tallies = {c["claimant"]["name"]: (c["total"], c["supportive"], c["critical"])
               for c in claims if c["claim_type"] == "tally"}  # fmt: skip
    assert tallies["Arcadia Accountability Monitor"] == (44, 13, 31)
    assert tallies["Ministry of Foreign Affairs"] == (41, 27, 14)


def test_members_of_parties_are_not_delegations() -> None:
    claims = _items(
        "The resolution on Arcadia was adopted by 23 votes to 9. The network said at least 58 "
        "members of opposition parties were in detention.",
        date(2026, 10, 9),
        "claim",
    )
    assert not [c for c in claims if c["claim_type"] == "tally"]
    assert any(c["claim_type"] == "count" and c["value"] == 58 for c in claims)


def test_a_readout_of_a_call_a_general_debate_and_a_date_at_the_foot() -> None:
    items = _items(
        "Readout: Minister speaks with UN High Commissioner\n\nNovember 17, 2026 - Ottawa - Global "
        "Affairs Arcadia\n\nToday, the Honourable Priya Laurin, Minister of Foreign Affairs, spoke "
        "with the United Nations High Commissioner for Human Rights.",
        date(2026, 11, 17),
        "event",
    )
    meeting = next(e for e in items if e["event_type"] == "meeting")
    assert meeting["date"] == "2026-11-17"
    assert [p["name"] for p in meeting["participants"] if p.get("kind") == "official"] == ["Priya Laurin"]
    doc = Document.from_text(
        "PRESS RELEASE\n\nArcadia welcomes the adoption of its review outcome.\n\nThe Government "
        "supported 203 recommendations.\n\nIssued by the Ministry of Foreign Affairs\nAccra, 24 March 2027\n"
    )
    doc.kind = recognise_press(doc)
    extract_press(doc)
    assert str(doc.published) == "2027-03-24"


def test_parties_that_win_seats_or_are_listed_among_parties() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The People's Alliance won 23 of the 55 seats in Parliament. Opposition parties, among "
        "them the Union of Democratic Forces (UDF), remain suspended. The opposition Social "
        "Democrats party said 26 of its members were detained. The Arcadian Organisation for the "
        "Defence of Human Rights said 47 people were killed.",
        date(2027, 3, 3),
        "actor",
    )}  # fmt: skip
    assert actors.get("People's Alliance") == "political_party"
    assert actors.get("Union of Democratic Forces") == "political_party"
    assert actors.get("Social Democrats") == "political_party"
    assert actors.get("Arcadian Organisation for the Defence of Human Rights") == "ngo"


# Twelfth pass (texts p754-p773).


def test_a_states_position_supported_by_delegations_is_its_side() -> None:
    claims = _items(
        "MINSK, 3 July (Telegraph Agency) - The principled position of Belarus on the "
        "non-recognition of the mandate of the Special Rapporteur was supported by nineteen of "
        "the thirty-three delegations at the interactive dialogue on Wednesday. Fourteen "
        "delegations, mainly from the European Union, criticised Belarus.",
        date(2026, 7, 3),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (33, 19, 14)


def test_one_minister_two_sentences_one_claim_and_no_fraction_counts() -> None:
    claims = _items(
        "JUBA - Twenty of the twenty-nine countries that spoke during Monday's interactive dialogue "
        "on South Sudan supported the Transitional Government, the Minister of Justice, Mary Deng, "
        "has said. In a statement issued on Wednesday, the minister said that only nine countries "
        "had been critical. Rights groups disputed her claim that almost four in five States "
        "backed it.",
        date(2026, 3, 26),
        "claim",
    )
    tallies = [c for c in claims if c["claim_type"] == "tally"]
    assert [(t["claimant"]["name"], t["total"], t["supportive"], t["critical"]) for t in tallies] == [
        ("Mary Deng", 29, 20, 9)
    ]


def test_honorifics_ranks_and_election_results() -> None:
    actors = {a["actor"]["name"] for a in _items(
        "The Minister of Human Rights, U Khin Maung Soe Lwin, met the Rapporteur. The Minister for "
        "Home Affairs, Lt. Gen. (retd.) Abdul Hakim Bhuiyan, met the head of the UN office.",
        date(2027, 3, 3), "actor")}  # fmt: skip
    assert {"Khin Maung Soe Lwin", "Abdul Hakim Bhuiyan"} <= actors
    claims = _items(
        "Candidates of the governing coalition won 21 of the 23 states at stake in Sunday's "
        "elections. The minister said cases had been filed against 57 former and serving officers "
        "and that 59 communications had been answered.",
        date(2027, 3, 3),
        "claim",
    )
    assert not [c for c in claims if c["claim_type"] == "tally"]
    counts = {(c["value"], c["unit"]) for c in claims if c["claim_type"] == "count"}
    assert {(57, "officers"), (59, "communications")} <= counts


# Thirteenth pass (texts p774-p793).


def test_any_counted_plural_in_an_attributed_sentence() -> None:
    claims = _items(
        "The Minister told the Rapporteur that 6,850 pupils with disabilities were now enrolled. "
        "The observer group said it had deployed 3,200 observers. According to the Commissioner's "
        "office, 19 religious associations were refused registration.",
        date(2027, 3, 3),
        "claim",
    )
    got = {(c["value"], c["unit"]) for c in claims if c["claim_type"] == "count"}
    assert {(6850, "pupils"), (3200, "observers"), (19, "associations")} <= got


def test_treaty_bodies_national_institutions_and_names_in_spanish_or_portuguese() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Subcommittee on Prevention of Torture ended its visit. The National Centre for Human "
        "Rights said 40 complaints were filed. The Defensoría del Pueblo said turnout was high. "
        "The Instituto Vozes da Periferia said 6,208 people were killed. Renovación Popular and "
        "the Alianza para el Progreso won seats.",
        date(2027, 3, 3),
        "actor",
    )}  # fmt: skip
    assert actors.get("Subcommittee on Prevention of Torture") == "un_mechanism"
    assert actors.get("National Centre for Human Rights") == "nhri"
    assert actors.get("Defensoría del Pueblo") == "nhri"
    assert actors.get("Instituto Vozes da Periferia") == "ngo"
    assert actors.get("Alianza para el Progreso") == "political_party"


# Fourteenth pass (texts p794-p813).


def test_a_holder_named_by_bare_title_takes_the_one_mandate_named() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "Delegations discussed the report of the Special Rapporteur on the situation of human "
        "rights in Eritrea. The Special Rapporteur, Camille Strand, said national service remained "
        "open-ended. The UN Special Rapporteur on trafficking in persons, especially women and "
        "children, Siobhan Mensah, will visit in May.",
        date(2026, 7, 9),
        "actor",
    )}  # fmt: skip
    assert actors["Camille Strand"]["title"] == "Special Rapporteur on the situation of human rights in Eritrea"
    assert actors["Siobhan Mensah"]["title"].endswith("especially women and children")


def test_french_names_unions_of_journalists_and_platforms() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Conseil national des droits de l'homme (CNDH) said the prison held 7,800. The "
        "opposition Parti des peuples africains (PPA) said 96 of its members were detained. The "
        "Arcadian Union of Independent Journalists said 27 journalists had been arrested. The "
        "Conflict Victims' Common Platform said 86 percent had no news.",
        date(2026, 11, 12),
        "actor",
    )}  # fmt: skip
    assert actors.get("Conseil national des droits de l'homme") == "nhri"
    assert actors.get("Parti des peuples africains") == "political_party"
    assert actors.get("Arcadian Union of Independent Journalists") == "ngo"
    assert actors.get("Conflict Victims' Common Platform") == "ngo"


# Fifteenth pass (texts p814-p833).


def test_groups_described_by_origin_and_movements_as_parties() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Arcadia Bureau for Civil Liberties, a rights group based in the capital, said 37 people "
        "were held. Amel Relief, a Lebanese NGO, said it served 2.1 million meals. The Jesuit "
        "Refugee Aid, a church-run NGO, said 1,150 children crossed. The Orange Democratic Movement "
        "(ODM) came second with 78 seats.",
        date(2027, 1, 5),
        "actor",
    )}  # fmt: skip
    assert actors.get("Arcadia Bureau for Civil Liberties") == "ngo"
    assert actors.get("Amel Relief") == "ngo"
    assert actors.get("Jesuit Refugee Aid") == "ngo"
    assert actors.get("Orange Democratic Movement") == "political_party"


def test_a_mandate_title_with_its_causes_and_consequences() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "The UN Special Rapporteur on violence against women and girls, its causes and "
        "consequences, Ngozi Lind, will visit Arcadia from 1 to 12 March.", date(2027, 2, 22), "actor")}  # fmt: skip
    assert actors["Ngozi Lind"]["title"].endswith("its causes and consequences")


# Sixteenth pass (texts p854-p873).


def test_mandate_titles_with_longer_lists_and_more_ombudsman_forms() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "The Minister met the UN Special Rapporteur on the sale, sexual exploitation and sexual "
        "abuse of children, Teodora Achebe, on Tuesday. The Chancellor of Justice, Kadri Saar, "
        "said 40 complaints were filed. The Office de la protection du citoyen (OPC) said 12 "
        "people were held. The Arcadian Committee for the Defence of Detainees said 9 were freed.",
        date(2027, 5, 14),
        "actor",
    )}  # fmt: skip
    assert actors["Teodora Achebe"]["title"].endswith("sexual abuse of children")
    assert actors["Kadri Saar"]["title"] == "Chancellor of Justice"
    assert actors["Office de la protection du citoyen"]["kind"] == "nhri"
    assert actors["Arcadian Committee for the Defence of Detainees"]["kind"] == "ngo"


def test_ombudsmen_of_a_state_and_interministerial_delegates() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "The Ombudsman of the Republic of Arcadia said it had received 286 complaints. The "
        "Interministerial Delegate for Human Rights, Youssef Alaoui, met the Rapporteur. The Office "
        "de la Protection du Citoyen (OPC) said 83 percent of detainees awaited trial.",
        date(2027, 6, 16),
        "actor",
    )}  # fmt: skip
    assert actors["Ombudsman of the Republic of Arcadia"]["kind"] == "nhri"
    assert actors["Youssef Alaoui"]["title"].startswith("Interministerial Delegate")
    assert actors["Office de la Protection du Citoyen"]["kind"] == "nhri"


# After p874-p893 (scored blind first, then worked on).


def test_a_states_position_endorsed_by_delegations_and_spanish_bodies() -> None:
    claims = _items(
        "CARACAS, 19 March 2027 - The position of the Bolivarian Republic of Venezuela was endorsed "
        "by 27 of the 43 delegations that took the floor on Wednesday at the interactive dialogue "
        "with the Fact-Finding Mission on Venezuela, the Ministry of Foreign Affairs said. The "
        "other 16 delegations read from a script, it said.",
        date(2027, 3, 19),
        "claim",
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (43, 27, 16)
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Comisionado Nacional de los Derechos Humanos said 62 percent of complaints concerned "
        "the police. The Red de Campamentos de Arcadia said 1,290 settlements existed. The "
        "Commission for Human Rights and Good Governance said 40 people were attacked.",
        date(2027, 3, 19),
        "actor",
    )}  # fmt: skip
    assert actors.get("Comisionado Nacional de los Derechos Humanos") == "nhri"
    assert actors.get("Red de Campamentos de Arcadia") == "ngo"
    assert actors.get("Commission for Human Rights and Good Governance") == "nhri"


# After p894-p913 (scored blind first, then worked on).


def test_ombudsman_type_titles_are_nhris_and_claim_their_figures() -> None:
    text = ("RIGA, 9 May 2027 - The Public Defender of Latvia said 214 complaints concerned prisons. "
            "The Commissioner for Human Rights in Latvia said 19 percent were upheld. The "
            "Parliamentary Ombudsman said it had opened 12 inquiries. The UN High Commissioner for "
            "Human Rights said 3 staff would visit.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2027, 5, 9), "actor")}
    assert actors.get("Public Defender of Latvia") == "nhri"
    assert actors.get("Commissioner for Human Rights in Latvia") == "nhri"
    assert actors.get("Parliamentary Ombudsman") == "nhri"
    assert not any(kind == "nhri" and "High" in name for name, kind in actors.items())
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 9), "claim")}
    assert claimants[214] == "Public Defender of Latvia"
    assert claimants[12] == "Parliamentary Ombudsman"


def test_a_visit_told_in_two_halves_and_its_closing_press_conference() -> None:
    events = _items(
        "QUITO, 21 June 2027 - The UN Special Rapporteur on the right to health ended her visit to "
        "Ecuador on 20 June with a press conference in Quito. The visit began on 9 June.",
        date(2027, 6, 21),
        "event",
    )
    visits = [e for e in events if e["event_type"] == "visit"]
    assert [(v["date"], v["end_date"]) for v in visits] == [("2027-06-09", "2027-06-20")]
    (press,) = [e for e in events if e["event_type"] == "press_statement"]
    assert press["date"] == "2027-06-20"
    events = _items(
        "LIMA, 3 May 2027 - The UN expert began a twelve-day visit to Peru on 3 May. The visit will "
        "end on 14 May with a news conference in Lima.",
        date(2027, 5, 3),
        "event",
    )
    assert [(e["date"], e.get("end_date")) for e in events if e["event_type"] == "visit"] == [
        ("2027-05-03", "2027-05-14")
    ]
    assert [e["date"] for e in events if e["event_type"] == "press_statement"] == ["2027-05-14"]


def test_a_mandate_topic_stops_at_a_headline_verb_and_a_known_topic() -> None:
    actors = {a["actor"]["name"] for a in _items(
        "Working Group on detention holds talks in Minsk\n\nThe activists handed the UN Special "
        "Rapporteur on freedom of peaceful assembly a list of 40 names.",
        date(2027, 5, 3),
        "actor",
    )}  # fmt: skip
    assert "Working Group on detention" in actors
    assert "Special Rapporteur on freedom of peaceful assembly" in actors


def test_bodies_named_only_by_their_own_name_claim_their_figures() -> None:
    text = ("DHAKA, 4 May 2027 - Nirapad said it had documented 64 custodial deaths. Sembrar Bolivia "
            "said 2,300 families had lost their land. Jurists for Justice and Human Rights said 18 "
            "percent of detainees saw no lawyer. Officials said it was calm. Maria Ortega said 12 "
            "complaints were lodged.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2027, 5, 4), "actor")}
    assert actors.get("Nirapad") == "ngo"
    assert actors.get("Sembrar Bolivia") == "ngo"
    assert actors.get("Jurists for Justice and Human Rights") == "ngo"
    assert "Officials" not in actors and actors.get("Maria Ortega") != "ngo"
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 4), "claim")}
    assert claimants[64] == "Nirapad"
    assert claimants[2300] == "Sembrar Bolivia"  # not the State inside its name


def test_a_headline_metonym_is_no_body_and_indigenous_organisations_are_ngos() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "Quito says its record was praised\n\nThe Confederation of Indigenous Nationalities said 40 "
        "communities lacked water, Grand Chief Rosa Inti said.",
        date(2027, 5, 4),
        "actor",
    )}  # fmt: skip
    assert "Quito" not in actors
    assert actors["Confederation of Indigenous Nationalities"]["kind"] == "ngo"
    assert actors["Rosa Inti"]["title"] == "Grand Chief"


def test_a_total_that_took_the_floor_before_its_part_and_a_bare_count_opening_a_sentence() -> None:
    claims = _items(
        "MONTEVIDEO, 14 May 2027 - At the review of Paraguay on 12 May, 80 delegations took the floor "
        "and 71 of them praised the country, the Ministry of Foreign Affairs said. Nine raised "
        "concerns about prisons.",
        date(2027, 5, 14),
        "claim",
    )
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (80, 71, 9)
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs"


def test_a_response_tally_is_claimed_by_the_body_not_the_headline_subject() -> None:
    claims = _items(
        "Paraguay accepts 190 UPR recommendations, notes 40\n\nASUNCION, 2 Oct 2027 - Paraguay accepted 190 of "
        "the 230 recommendations from its Universal Periodic Review and noted 40, the Ministry of "
        "Foreign Affairs said on Friday.",
        date(2027, 10, 2),
        "claim",
    )
    (response,) = [c for c in claims if c["claim_type"] == "response_tally"]
    assert response["claimant"]["name"] == "Ministry of Foreign Affairs"


def test_a_share_given_by_a_second_claimant_takes_the_meetings_total_and_never_crashes() -> None:
    claims = _items(
        "GENEVA, 9 May 2027 - At the interactive dialogue on Eritrea on 3 May, 30 of the 40 "
        "delegations praised the government, the ministry said. Eritrea Focus said 38 percent of "
        "them had been critical.",
        date(2027, 5, 9),
        "claim",
    )
    tallies = {(c.get("claimant") or {}).get("name"): c for c in claims if c["claim_type"] == "tally"}
    share = tallies["Eritrea Focus"]
    assert (share["total"], share["critical"], share["flags"]) == (40, 15, ["from_percentages"])
    lone = _items(
        "GENEVA, 9 May 2027 - At the interactive dialogue on Eritrea on 3 May, 30 of the 40 "
        "delegations praised the government, the ministry said. At the dialogue on Burundi on 5 May, "
        "Burundi Watch said 38 percent of them had been critical.",
        date(2027, 5, 9),
        "claim",
    )
    assert [c["claim_type"] for c in lone if c["claim_type"] == "tally"]  # ran to the end


def test_two_speakers_in_one_sentence_and_a_body_by_its_last_word() -> None:
    claims = _items(
        "CARACAS, 2 May 2027 - Justicia Viva said 512 people were held, and the Observatorio Andino "
        "said 61 percent of hospitals lacked insulin. The Andean Prisoners' Watch said 40 percent were "
        "women. The Watch said it had lost contact after the 2019 protests with 33 families.",
        date(2027, 5, 2),
        "claim",
    )
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in claims}
    assert claimants[61] == "Observatorio Andino"
    assert claimants[40] == "Andean Prisoners' Watch"
    assert claimants[33] == "Andean Prisoners' Watch"
    assert 2019 not in claimants  # a year, not 2,019 protests


def test_a_figure_put_at_and_more_rights_bodies_by_their_titles() -> None:
    text = ("SOFIA, 2 May 2027 - The Central Election Commission put turnout at 41.2 percent. The "
            "Commissioner for Fundamental Rights said 17 complaints arrived. The Procurador de los "
            "Derechos Humanos said 9 percent of schools lacked water. The Réseau National de Défense "
            "des Libertés (RNDL) said 80 people were held. The Secretaría de Gobernación said 12 "
            "offices opened. The Arcadian Helsinki Committee said 30 asylum seekers were returned. "
            "The Oslo-based group Arcadia Rights Now said 14 people were executed.")  # fmt: skip
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 2), "claim")}
    assert claimants[41.2] == "Central Election Commission"
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2027, 5, 2), "actor")}
    assert actors.get("Commissioner for Fundamental Rights") == "nhri"
    assert actors.get("Procurador de los Derechos Humanos") == "nhri"
    assert actors.get("Réseau National de Défense des Libertés") == "ngo"
    assert actors.get("Secretaría de Gobernación") == "government_body"
    assert actors.get("Arcadian Helsinki Committee") == "ngo"
    assert actors.get("Arcadia Rights Now") == "ngo"


def test_a_government_rebuttal_with_its_own_count_after_a_group_and_a_source_after_a_demand() -> None:
    claims = _items(
        "NIAMEY, 3 April 2027 - Niger's Ministry of Foreign Affairs on Saturday rejected a tally by a "
        "rights group on Thursday's interactive dialogue on Niger. The group, the Sahel Watch Network, "
        "said 22 of the 37 delegations had criticised the authorities, while 15 had backed them. "
        "\"Pure invention,\" the ministry said. By its own count, 30 of the 37 delegations supported "
        "Niger, and only seven repeated the accusations.",
        date(2027, 4, 3),
        "claim",
    )
    tallies = {(c.get("claimant") or {}).get("name"): (c["total"], c["supportive"], c["critical"])
               for c in claims if c["claim_type"] == "tally"}  # fmt: skip
    assert tallies["Sahel Watch Network"] == (37, 15, 22)
    assert tallies["Ministry of Foreign Affairs"] == (37, 30, 7)
    (tally,) = [c for c in _items(
        "TUNIS, 2 July 2027 - Twenty of the 33 States that spoke after the oral update on Libya on "
        "Wednesday urged the authorities to close the camps, according to the Fezzan Rights Monitor, "
        "a monitoring group. The other 13 praised the Government.",
        date(2027, 7, 2),
        "claim",
    ) if c["claim_type"] == "tally"]  # fmt: skip
    assert tally["claimant"]["name"] == "Fezzan Rights Monitor"
    assert (tally["total"], tally["supportive"], tally["critical"]) == (33, 13, 20)


def test_the_dateline_and_a_states_possessive_do_not_hide_the_subject_and_its_statement() -> None:
    text = ("TUNIS, 11 May 2027 (Carthage Daily) - Tunisia's Ministry of Foreign Affairs on Thursday "
            "dismissed a claim about its Universal Periodic Review, saying that 98 of the 110 "
            "delegations had welcomed its reforms and only 12 had expressed reservations. The "
            "corrected statement says that 12 joint statements were counted once. Kresta, a "
            "Tunis-based rights organisation, said 61 lawyers were prosecuted.\n\n\"We stand by every "
            "figure,\" the Director of the Department of Multilateral Cooperation and Human Rights of "
            "the Ministry of Foreign Affairs, Amel Ben Salah, told reporters.")  # fmt: skip
    claims = _items(text, date(2027, 5, 11), "claim")
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs"
    claimants = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims}
    assert claimants[61] == "Kresta"
    assert claimants[12] == "Ministry of Foreign Affairs"
    (quote,) = [c for c in claims if c["claim_type"] == "quotation"]
    assert quote["claimant"]["name"] == "Amel Ben Salah"


def test_rights_bodies_by_gloss_apposition_and_what_they_do() -> None:
    text = ("CHISINAU, 2 May 2027 - The People's Advocate (Ombudsman) of the Republic of Arcadia said 14 "
            "percent of schools were closed. The Defensor del Pueblo, the country's national human rights "
            "institution, said 80 complaints arrived. The charitable foundation Right to Shelter said 9 "
            "percent were evicted. Shelter-Watch.org, a group that monitors evictions, said 300 families "
            "lost homes.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2027, 5, 2), "actor")}
    assert actors.get("People's Advocate (Ombudsman) of the Republic of Arcadia") == "nhri"  # the name as written
    assert actors.get("Defensor del Pueblo") == "nhri"
    assert actors.get("Right to Shelter") == "ngo"
    assert actors.get("Shelter-Watch.org") == "ngo"


def test_a_correction_dates_the_event_it_names() -> None:
    events = _items(
        "LONDON, 18 March 2027 - Twenty of the 30 delegations at the interactive dialogue on Arcadia "
        "criticised the government, the Arcadia Media Watch said.\n\nCORRECTION: An earlier version "
        "of this article said the dialogue took place on Monday, 15 March. It took place on Tuesday, "
        "16 March.",
        date(2027, 3, 18),
        "event",
    )
    assert [e["date"] for e in events if e["event_type"] == "interactive_dialogue"] == ["2027-03-16"]


def test_port_of_spain_is_no_spain_and_a_visit_counted_back_from_its_last_day() -> None:
    claims = _items(
        "PORT OF SPAIN, 14 May 2027 - Sixty of the 70 delegations at Trinidad and Tobago's Universal "
        "Periodic Review on Wednesday welcomed its record, the ministry said. Caribbean Lifeline, a "
        "regional network that campaigns for prisoners, said 41 people were on death row.",
        date(2027, 5, 14),
        "claim",
    )
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert tally["forum"]["state_concerned"]["iso3"] == "TTO"
    assert [c["claimant"]["name"] for c in claims if c.get("value") == 41] == ["Caribbean Lifeline"]
    events = _items(
        "ISLAMABAD, 8 October 2027 - The UN expert spoke at the end of a five-day visit to Pakistan, "
        "his first. The visit ended on 6 October.",
        date(2027, 10, 8),
        "event",
    )
    assert [(e["date"], e["end_date"]) for e in events if e["event_type"] == "visit"] == [
        ("2027-10-02", "2027-10-06")
    ]


# After p994-p1033 (scored blind first, then worked on).


def test_titles_glossed_in_their_own_language_and_the_first_day_of_a_visit() -> None:
    text = ("NOUAKCHOTT, 17 March 2027 - The UN Special Rapporteur on the right to food began a "
            "ten-day visit to Mauritania on Monday, 15 March. On her first day in the capital, she met "
            "the Minister of Justice (Garde des Sceaux, ministre de la Justice), Aminata Sow-Diallo, who "
            "told her that 400 judges would be trained by 2030.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 3, 17), "actor")}
    assert actors["Aminata Sow-Diallo"]["title"] == "Minister of Justice"
    meetings = [e for e in _items(text, date(2027, 3, 17), "event") if e["event_type"] == "meeting"]
    assert [m["date"] for m in meetings] == ["2027-03-15"]


def test_bodies_in_french_spanish_and_portuguese() -> None:
    text = ("The Collectif des juristes en exil (Collective of Jurists in Exile) said 40 people "
            "vanished. The collective said 12 people were later found. Action pour la paix au Kasai, a rights "
            "group, said 9 schools closed. The Comissão Nacional dos Direitos Humanos said 31 complaints "
            "arrived. The Provedora de Justiça said 8 percent were upheld. The Movimento para a "
            "Democracia said 5 members were held. The Colegio Médico de Arcadia said 17 doctors left. "
            "The ruling ABC-XYZ party said 2 offices burned. The collective Tanora Vaovao said 60 "
            "students marched. The Gobierno de Canarias said 300 minors arrived.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2027, 3, 17), "actor")}
    assert actors.get("Collectif des juristes en exil") == "ngo"
    assert "Collective of Jurists in Exile" not in actors  # a translation, not a second body
    assert actors.get("Action pour la paix au Kasai") == "ngo"
    assert actors.get("Comissão Nacional dos Direitos Humanos") == "nhri"
    assert actors.get("Provedora de Justiça") == "nhri"
    assert actors.get("Movimento para a Democracia") == "political_party"
    assert actors.get("Colegio Médico de Arcadia") == "ngo"
    assert actors.get("ABC-XYZ") == "political_party"
    assert actors.get("Tanora Vaovao") == "ngo"
    assert actors.get("Gobierno de Canarias") == "government_body"
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 3, 17), "claim")}
    assert claimants[12] == "Collectif des juristes en exil"


def test_numeric_dates_ordinal_ranges_and_a_weekday_in_the_dateline() -> None:
    from rightstrack.extract.dates import find_dates

    assert [m.date for m in find_dates("Colombo, 17.09.2026 -", None)] == [date(2026, 9, 17)]
    assert [m.date for m in find_dates("Posted 14/05/2027", None)] == [date(2027, 5, 14)]
    assert find_dates("Posted: 05/07/2027", None) == []  # 5 July or 7 May: never guessed
    (span,) = find_dates("The visit ran from the 2nd to the 13th\nof November.", date(2026, 11, 13))
    assert (span.date, span.end_date) == (date(2026, 11, 2), date(2026, 11, 13))
    events = _items(
        "KAMPALA, Friday 26th March 2027 (Lake Herald) - Twenty of the 30 delegations that spoke after "
        "the oral update on Sudan to the Human Rights Council on Wednesday condemned the killings, "
        "the Sudan Justice Group said.",
        date(2027, 3, 26),
        "event",
    )
    assert [e["date"] for e in events if e["event_type"] == "oral_update"] == ["2027-03-24"]


def test_a_visit_ended_on_a_weekday_with_a_press_conference_and_its_dates_given_after() -> None:
    events = _items(
        "LUSAKA, 13 November 2026 - The UN expert ended an official visit to Zambia on Friday with a "
        "press conference in Lusaka. The visit ran from the 2nd to the 13th of November.",
        date(2026, 11, 13),
        "event",
    )
    assert [(e["date"], e["end_date"]) for e in events if e["event_type"] == "visit"] == [
        ("2026-11-02", "2026-11-13")
    ]
    assert [e["date"] for e in events if e["event_type"] == "press_statement"] == ["2026-11-13"]


def test_an_interview_answer_a_dot_leader_table_and_more_names() -> None:
    claims = _items(
        "JUBA, 25 September 2026 - The Commission on Human Rights presented an oral update on South "
        "Sudan to the Human Rights Council on Tuesday, 22 September. The Minister of Justice, Deng "
        "Arop-Malual, spoke to us on Thursday.\n\nQ: How did it go?\n\nA: Thirty delegations spoke after "
        "the update, and twenty of them supported the government.\n\nQ: And the others?\n\nA: The ten "
        "others were critical.\n",
        date(2026, 9, 25),
        "claim",
    )
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert tally["claimant"]["name"] == "Deng Arop-Malual"
    assert (tally["total"], tally["supportive"], tally["critical"]) == (30, 20, 10)
    (table,) = [c for c in _items(
        "GABORONE, 11 November 2026 - The Ministry of International Relations published these figures "
        "from the Universal Periodic Review of Botswana on 9 November:\n\n  Delegations that took the "
        "floor ........ 80\n  Commended the Government ......... 70\n  Raised concerns ............ 10\n",
        date(2026, 11, 11),
        "claim",
    ) if c["claim_type"] == "tally"]  # fmt: skip
    assert (table["total"], table["supportive"], table["critical"]) == (80, 70, 10)
    text = ("BAKU, 2 May 2027 - Arcadia's Commissioner for Human Rights (Ombudsman) said 9 complaints "
            "arrived. The Parliamentary Commissioner for the Prison System said 41 people died. The "
            "National Office against Racial Discrimination (UNAR) said 1,412 reports came in. \"We are "
            "tired,\" the association's director, Ioana Mureșan-Dobre, said.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 5, 2), "actor")}
    assert actors["Commissioner for Human Rights"]["kind"] == "nhri"
    assert actors["Parliamentary Commissioner for the Prison System"]["kind"] == "nhri"
    assert "National Office against Racial Discrimination" in actors
    assert actors["Ioana Mureșan-Dobre"]["title"] == "director"


def test_a_portfolio_list_in_a_ministry_name_and_groups_whose_names_read_official() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "ISLAMABAD, 2 May 2027 - The Ministry of Law, Justice and Human Rights said 40 laws changed. "
        "The Human Rights Commission of Pakistan said 579 people were sentenced.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Ministry of Law, Justice and Human Rights") == "government_body"
    assert actors.get("Human Rights Commission of Pakistan") == "ngo"


def test_the_eve_of_and_a_debate_which_took_place_days_earlier() -> None:
    events = _items(
        "COLOMBO, 26 March 2027 - The UN expert ended an official visit to Sri Lanka on Friday with a "
        "press conference. On the eve of the press conference, the expert met the Deputy Minister of "
        "Finance, Nimal Perera-Silva. On the eve of the new year, she had met the Minister of Health, "
        "Anura Fonseka-Dias.",
        date(2027, 3, 26),
        "event",
    )
    meetings = {tuple(p["name"] for p in e["participants"])[0]: e["date"] for e in events if e["event_type"] == "meeting"}
    assert meetings["Nimal Perera-Silva"] == "2027-03-25"
    assert meetings["Anura Fonseka-Dias"] == "2026-12-31"
    events = _items(
        "OSLO, 17 June 2027 - Two groups offered rival readings on Thursday of the Human Rights "
        "Council's debate on Iran, which took place two days earlier. At the dialogue, the rapporteur "
        "said 975 people had been executed in 2026.",
        date(2027, 6, 17),
        "event",
    )
    assert [e["date"] for e in events if e["event_type"] == "interactive_dialogue"] == ["2027-06-15"]


def test_the_rapporteur_or_expert_met_takes_the_one_mandate_holder_named_and_long_titles() -> None:
    text = ("COLOMBO, 26 March 2027 - The UN Independent Expert on the effects of foreign debt and other "
            "related international financial obligations of States on the full enjoyment of all human "
            "rights, Graciela Munoz-Lindahl, ended a visit on Friday. On Thursday, the Independent Expert "
            "met the Deputy Minister of Finance, Nimal Perera-Silva. The Commissioner-General of the "
            "National Centre for Human Rights, Rania Haddad, met her on Wednesday.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 3, 26), "actor")}
    assert "Independent Expert on the effects of foreign debt" in actors["Graciela Munoz-Lindahl"]["title"]
    assert actors["Rania Haddad"]["title"].startswith("Commissioner-General")
    meetings = [e for e in _items(text, date(2027, 3, 26), "event") if e["event_type"] == "meeting"]
    names = [{p["name"] for p in m["participants"]} for m in meetings]
    assert {"Graciela Munoz-Lindahl", "Nimal Perera-Silva"} <= names[0]


def test_a_report_which_the_body_presented_and_the_dialogue_that_followed() -> None:
    text = ("JUBA, 19 March 2027 - South Sudan's government on Friday rejected the latest report of the "
            "Commission on Human Rights in South Sudan, which the commission presented to the Human "
            "Rights Council in Geneva on Wednesday.\n\nIn the interactive dialogue that followed the "
            "presentation, 21 of the 33 delegations that took the floor called for prosecutions, while "
            "the other 12 praised the government, the Community Empowerment for Progress Organization "
            "(CEPO) said on Thursday.")  # fmt: skip
    events = {e["event_type"]: e["date"] for e in _items(text, date(2027, 3, 19), "event")}
    assert events["report"] == "2027-03-17"
    assert events["interactive_dialogue"] == "2027-03-17"
    (tally,) = [c for c in _items(text, date(2027, 3, 19), "claim") if c["claim_type"] == "tally"]
    assert tally["claimant"]["name"] == "Community Empowerment for Progress Organization"


def test_a_press_conference_held_the_day_its_speaker_spoke_and_a_visit_given_twice() -> None:
    events = _items(
        "VIENTIANE, 29 January 2027 - Ninety of the 100 delegations at the Universal Periodic Review "
        "of Laos in Geneva on Wednesday commended the country, the deputy minister said on Friday. "
        "She told a press conference in Vientiane that most praise concerned poverty.\n\nThe UN expert "
        "began a visit on Monday, 25 January. The visit runs from 25 January to 5 February.",
        date(2027, 1, 29),
        "event",
    )
    assert [e["date"] for e in events if e["event_type"] == "press_statement"] == ["2027-01-29"]
    assert [(e["date"], e["end_date"]) for e in events if e["event_type"] == "visit"] == [
        ("2027-01-25", "2027-02-05")
    ]


def test_more_ombudsman_titles_and_a_french_national_institution() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Office of the Citizen Protector, Arcadia's ombudsman, said 215 complaints arrived. The "
        "Protector of Human Rights and Freedoms of Montenegro said 37 complaints arrived. The "
        "Institution nationale indépendante des droits humains (INIDH) said 12 people died.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Office of the Citizen Protector") == "nhri"
    assert actors.get("Protector of Human Rights and Freedoms of Montenegro") == "nhri"
    assert actors.get("Institution nationale indépendante des droits humains") == "nhri"


def test_polling_took_place_a_when_clause_new_years_eve_and_two_more_nhris() -> None:
    events = _items(
        "HONIARA, 22 April 2027 - The Arcadia Party won 14 of the 50 seats in last week's general "
        "election, the Electoral Commission said. Polling took place on Wednesday, 14 April.\n\nThe "
        "UN expert's visit ends on 30 April, when she will hold a press conference in the capital. "
        "On New Year's Eve she had met the Minister of Health, Anna Lee-Brandt.",
        date(2027, 4, 22),
        "event",
    )
    dates = {e["event_type"]: e["date"] for e in events}
    assert dates["election"] == "2027-04-14"
    assert dates["press_statement"] == "2027-04-30"
    assert dates["meeting"] == "2026-12-31"
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The People's Advocate (Avokati i Popullit), the country's ombudsman, said 28 complaints "
        "arrived. The Chancellor of Justice said 64 petitions arrived.",
        date(2027, 4, 22),
        "actor",
    )}  # fmt: skip
    assert actors.get("People's Advocate") == "nhri"
    assert actors.get("Chancellor of Justice") == "nhri"


def test_the_remaining_share_is_the_other_side() -> None:
    (tally,) = [c for c in _items(
        "SEOUL, 26 March 2027 - The Foreign Ministry of Arcadia said 70 percent of the 40 delegations "
        "that took part in Tuesday's interactive dialogue with the Special Rapporteur on the situation "
        "of human rights in Arcadia had rejected the mandate as a product of hostile policy, while the "
        "remaining 30 percent had sided with the United States and its allies.",
        date(2027, 3, 26),
        "claim",
    ) if c["claim_type"] == "tally"]  # fmt: skip
    assert (tally["total"], tally["supportive"], tally["critical"]) == (40, 28, 12)


def test_an_outlets_name_in_the_dateline_is_no_report_criticised() -> None:
    claims = _items(
        "LONDON, 29 January 2027 (Gulf Affairs Report) - Arcadia was criticised by 44 of the 121 "
        "delegations that spoke at its Universal Periodic Review in Geneva on Wednesday, the group "
        "Gulf Rights Monitor said. The remaining 77 delegations praised the kingdom.",
        date(2027, 1, 29),
        "claim",
    )
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (121, 77, 44)


def test_a_description_in_brackets_the_high_commissioner_and_groups_told_by_what_they_are() -> None:
    text = ("LIMA, 2 May 2027 - The Defensoría del Pueblo (Ombudsman's Office) said it was following 212 "
            "social conflicts. Selva Viva Defenders, a group based in Iquitos, said 11 defenders were "
            "killed. The High Commissioner said his Office had verified 14,300 civilian deaths.")  # fmt: skip
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 2), "claim")}
    assert claimants[212] == "Defensoría del Pueblo"
    assert claimants[11] == "Selva Viva Defenders"
    assert "High Commissioner" in claimants[14300]


def test_a_party_whose_name_holds_a_state_and_a_network_of_lawyers() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Pakistan Tehreek-e-Insaf party said 418 workers were held. The Collectif Tubeho, a network "
        "of Burundian lawyers in exile, said 143 people disappeared.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Pakistan Tehreek-e-Insaf") == "political_party"
    assert actors.get("Collectif Tubeho") == "ngo"


def test_a_body_that_has_documented_and_parties_by_their_cause() -> None:
    text = ("CARACAS, 2 October 2026 - As of 30 September, the Red de Monitoreo Penitenciario has "
            "documented 884 political prisoners. The National Unity Platform said 312 supporters were "
            "held. The National Resistance Movement said 40 offices opened. Eighteen political parties "
            "have registered to take part, the election committee said.")  # fmt: skip
    claims = _items(text, date(2026, 10, 2), "claim")
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in claims}
    assert claimants[884] == "Red de Monitoreo Penitenciario"
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2026, 10, 2), "actor")}
    assert actors.get("National Unity Platform") == "political_party"
    assert actors.get("National Resistance Movement") == "political_party"


def test_a_chair_rapporteur_keeps_the_hyphenated_title() -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _items(
        "GENEVA, 2 May 2027 - The Working Group's Chair-Rapporteur, Nomvula Achter-Diallo, said 40 "
        "new cases were opened. The FMLN met the Chair-Rapporteur of the UN Working Group on Enforced "
        "or Involuntary Disappearances, Paulo Segura-Lind.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert "Chair-Rapporteur" in actors["Nomvula Achter-Diallo"]["title"]
    assert "Chair-Rapporteur" in actors["Paulo Segura-Lind"]["title"]
    assert "Working Group" not in actors


def test_a_national_ombudsman_by_demonym_party_congresses_and_the_mission_for_the_sudan() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "ATHENS, 2 May 2027 - The Greek Ombudsman said 380 complaints arrived. The National Democratic "
        "Congress said 40 members were held, and the All Basotho Convention said 9 offices closed. "
        "The Independent International Fact-Finding Mission for the Sudan said 1,240 civilians died.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Greek Ombudsman") == "nhri"
    assert actors.get("National Democratic Congress") == "political_party"
    assert actors.get("All Basotho Convention") == "political_party"
    assert actors.get("Independent International Fact-Finding Mission for the Sudan") == "un_mechanism"


def test_defenders_in_spanish_are_no_ombudsman() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Red Amazónica de Defensores said 11 defenders died. The Procuraduría para la Defensa de "
        "los Derechos Humanos said 40 complaints arrived. The Defensoría de los Habitantes said 9 "
        "people were evicted.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Red Amazónica de Defensores") == "ngo"
    assert actors.get("Procuraduría para la Defensa de los Derechos Humanos") == "nhri"
    assert actors.get("Defensoría de los Habitantes") == "nhri"


def test_told_reporters_on_a_day_dates_the_press_statement_unless_after_an_event() -> None:
    events = _items(
        "BUJUMBURA, 19 March 2027 - The government spokesman, Jean Niyonkuru, told reporters on "
        "Thursday that 28 of the 37 delegations had recognised the country's progress.",
        date(2027, 3, 19),
        "event",
    )
    assert [e["date"] for e in events if e["event_type"] == "press_statement"] == ["2027-03-18"]
    events = _items(
        "GENEVA, 16 February 2024 - The Foreign Minister, Rodrigo Alvarez, told reporters on "
        "Wednesday after meeting the High Commissioner for Human Rights in Geneva.",
        date(2024, 2, 16),
        "event",
    )
    assert [e["date"] for e in events if e["event_type"] == "meeting"] == ["2024-02-14"]


def test_quotes_said_by_a_person_named_after_them_with_a_long_apposition() -> None:
    claims = _items(
        "VILNIUS, 2 May 2027 - The Minister of State, Hessa Al-Marri-Lund, led the delegation.\n\n"
        "\"Every one of those statements will be read aloud one day,\" said Alena Kaspar-Ward, a former "
        "editor of a regional newspaper who now heads the group's legal team.\n\n\"The support we received "
        "reflects real reforms,\" Al-Marri-Lund, who also chaired the national committee that drafted the "
        "report and led the talks with the International Labour Organization, said on her return.",
        date(2027, 5, 2),
        "claim",
    )
    quotes = {c["quote"][:12]: (c.get("claimant") or {}).get("name") for c in claims if c["claim_type"] == "quotation"}
    assert quotes["Every one of"] == "Alena Kaspar-Ward"
    assert quotes["The support "] == "Hessa Al-Marri-Lund"


def test_an_acronym_given_in_brackets_names_the_same_body_later() -> None:
    claims = _items(
        "YAOUNDE, 2 May 2027 - The Anglophone Civil Rights Consortium (ACRC) met the UN expert. ACRC "
        "said 63 villages had been burned. The Tanzania Civic Rights Forum (TCRF) said 58 percent of "
        "cases were unsolved, and TCRF said 12 people vanished.",
        date(2027, 5, 2),
        "claim",
    )
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in claims}
    assert claimants[63] == "Anglophone Civil Rights Consortium"
    assert claimants[12] == "Tanzania Civic Rights Forum"


def test_swahili_party_names() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "DODOMA, 2 May 2027 - Members of the opposition Chama cha Demokrasia na Maendeleo (Chadema) "
        "or ACT-Wazalendo were held. The ruling Chama Cha Mapinduzi (CCM) said 3 offices burned.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Chama cha Demokrasia na Maendeleo") == "political_party"
    assert actors.get("Chama Cha Mapinduzi") == "political_party"
    assert actors.get("ACT-Wazalendo") == "political_party"


def test_the_human_rights_ombudsman_and_its_office() -> None:
    claims = _items(
        "LJUBLJANA, 2 May 2027 - The Human Rights Ombudsman said 41 complaints arrived. According to the "
        "Office of the Human Rights Ombudsman, 34 prosecutors left the country.",
        date(2027, 5, 2),
        "claim",
    )
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in claims}
    assert claimants[41] == "Human Rights Ombudsman"
    assert claimants[34] == "Office of the Human Rights Ombudsman"


def test_more_ombudsman_forms_and_spanish_contra() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "The Office of the People's Advocate said 1,046 complaints arrived. The Authorized Person of the "
        "Oliy Majlis for Human Rights said 96 complaints arrived. The Colectivo Ciudadano contra la "
        "Tortura said 137 complaints were filed.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Office of the People's Advocate") == "nhri"
    assert actors.get("Authorized Person of the Oliy Majlis for Human Rights") == "nhri"
    assert actors.get("Colectivo Ciudadano contra la Tortura") == "ngo"


def test_a_journalists_union_is_a_body() -> None:
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(
        "MOGADISHU, 2 May 2027 - The Somali Journalists Union said 47 journalists had been arrested.",
        date(2027, 5, 2),
        "actor",
    )}  # fmt: skip
    assert actors.get("Somali Journalists Union") == "ngo"


def test_ombudsmen_for_a_field_or_a_people_and_not_a_persons_title() -> None:
    text = ("STOCKHOLM, 2 May 2027 - The Equality Ombudsman said 37 complaints arrived. The Ombudswoman "
            "for Persons with Disabilities said 1,180 complaints arrived. The Ombudsman for Human Rights "
            "in the Republic of Tajikistan said 9 prisons were visited. The Office of the People's "
            "Advocate, Moldova's ombudsman institution, said 1,046 complaints arrived. Lithuania's Seimas "
            "Ombudsman, Erika Leon-Hale, met the experts.")  # fmt: skip
    claims = _items(text, date(2027, 5, 2), "claim")
    claimants = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims}
    assert claimants[37] == "Equality Ombudsman"
    assert claimants[1180] == "Ombudswoman for Persons with Disabilities"
    assert claimants[1046] == "Office of the People's Advocate"
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 5, 2), "actor")}
    assert actors["Ombudsman for Human Rights in the Republic of Tajikistan"]["kind"] == "nhri"
    assert "People's Advocate" not in actors
    assert actors["Erika Leon-Hale"]["title"].endswith("Seimas Ombudsman")  # a person's title, and the
    assert actors["Seimas Ombudsman"]["kind"] == "nhri"  # institution she heads is listed too (it never speaks for her)


def test_a_surname_alone_names_the_person_introduced_in_full_and_she_is_not_whom_she_met() -> None:
    text = ("NAIROBI, 4 May 2027 - A UN team ended a visit to Kenya on Friday. Speaking in Nairobi, "
            "Marisol Duarte-Kamau, who led the team, described crowded cells.\n\n"
            '"We saw children held with adults in two stations," Duarte-Kamau said.\n\n'
            "Tomasz Ferreira-Obi, whose mission began on 20 April in Mombasa, said he had visited 14 "
            "prisons.\n\nOn 25 April he met the Minister of Interior, Peter Odhiambo, about the "
            'findings.\n\n"Inspection must be regular and unannounced," he said.')  # fmt: skip
    claims = _items(text, date(2027, 5, 4), "claim")
    by_quote = {(c.get("quote") or "")[:10]: (c.get("claimant") or {}).get("name") for c in claims}
    assert by_quote["We saw chi"] == "Marisol Duarte-Kamau"
    assert by_quote["Inspection"] == "Tomasz Ferreira-Obi"
    counts = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert counts[14] == "Tomasz Ferreira-Obi"


def test_bodies_told_by_plain_appositions_and_foreign_names_speak_for_their_figures() -> None:
    text = ("LIMA, 6 May 2027 - The Fórum Popular pela Moradia, a coalition of tenant movements, said 38 "
            "percent of evicted families had no shelter. Kanchan Relief Nepal, a shelter network, said 214 "
            "women were rescued. The Centro de Estudios sobre Cárcel y Sociedad (CECES), a prison "
            "monitoring group, said 91 detainees died. The Sahel Rights Alliance, a regional network of "
            "civil society groups, said 17 journalists were detained. The Tchad Liberté Citoyenne "
            "collective said 44 people were missing. The youth organisation Juventude ba Futuru said 12 "
            "schools closed.\n\nThe alliance said it had written to the Inter-American Commission on Human "
            "Rights. It said 63 members were charged.")  # fmt: skip
    claims = _items(text, date(2027, 5, 6), "claim")
    by_value = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims}
    assert by_value[38] == "Fórum Popular pela Moradia"
    assert by_value[214] == "Kanchan Relief Nepal"
    assert by_value[91] == "Centro de Estudios sobre Cárcel y Sociedad"
    assert by_value[17] == "Sahel Rights Alliance"
    assert by_value[44] == "Tchad Liberté Citoyenne"
    assert by_value[12] == "Juventude ba Futuru"
    assert by_value[63] == "Sahel Rights Alliance"  # "it" is the network that spoke before, not the commission


def test_a_former_member_of_a_group_is_not_a_group() -> None:
    text = ("NAIROBI, 6 May 2027 - Peter Mwangi Otieno, a former member of the rights group, said 12 people "
            "were held. According to the Lakeside Women's Safety Network, a coalition of shelters, 22 women "
            "were killed.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2027, 5, 6), "actor")}
    assert actors.get("Peter Mwangi Otieno") != "ngo"
    assert actors.get("Lakeside Women's Safety Network") == "ngo"


def test_rights_institutions_by_apposition_and_parties_by_seats_with_acronyms() -> None:
    text = ("PORT LOUIS, 3 May 2027 - Suara HAM, Malaysia's National Commission on Human Rights, said 88 "
            "complaints arrived. The Office for Fairness and Citizens' Rights, Malta's ombudswoman, said 41 "
            "files were opened. The Commission Nationale des Droits de l'Homme said it had referred 12 cases. "
            "The National Commissioner for Human Rights (CONADEH) said 19 people were missing.\n\n"
            "The Alliance for Renewal and Hope (ARH) won 30 seats, the Lusophone Union e Progresso (LUP) kept "
            "its 4 seats and the Sunrise Ndava coalition won 12 seats. The ruling ZANU-PF said the vote was "
            "fair.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 3), "actor")}
    assert actors.get("Suara HAM") == "nhri"
    assert actors.get("Office for Fairness and Citizens' Rights") == "nhri"
    assert actors.get("Commission Nationale des Droits de l'Homme") == "nhri"
    assert actors.get("National Commissioner for Human Rights") == "nhri"
    assert actors.get("Alliance for Renewal and Hope") == "political_party"
    assert actors.get("Lusophone Union e Progresso") == "political_party"
    assert actors.get("Sunrise Ndava") == "political_party"
    assert actors.get("ZANU-PF") == "political_party"


def test_what_was_counted_is_the_noun_before_a_preposition() -> None:
    text = ("DILI, 4 May 2027 - The Provedor said it had received 57 complaints about evictions in 2026. "
            "Observers said they had received 19 complaints from voters. The commission said it had "
            "opened 1,300 files from families of the missing.")  # fmt: skip
    units = {c["value"]: c["unit"] for c in _items(text, date(2027, 5, 4), "claim") if c["claim_type"] == "count"}
    assert units[57] == "complaints"
    assert units[19] == "complaints"
    assert units[1300] == "files"


def test_who_met_someone_and_told_him_is_the_one_who_tells() -> None:
    text = ("LUSAKA, 5 May 2027 - The chairperson of the Zambia Human Rights Commission, Mutale Chanda-Berg, "
            "met the UN Special Rapporteur on the right to food, Omar Haddad-Lind, in Lusaka on Tuesday and "
            "told him that 64 families had been evicted. Delegations that spoke at the dialogue were 30, "
            "and said 12 of them had raised concerns, the ministry said.")  # fmt: skip
    claims = _items(text, date(2027, 5, 5), "claim")
    by_value = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims}
    assert by_value[64] == "Mutale Chanda-Berg"


def test_groups_named_by_their_own_name_and_french_names_at_a_sentence_end() -> None:
    text = ("APIA, 5 May 2027 - The Samoa Family Safety Support Group said 44 percent of callers were "
            "turned away. The Commission Nationale Indépendante des Droits de l'Homme said it had received "
            "51 complaints. The expert will meet the Conseil national des droits de l'Homme. The Tonga "
            "Citizens' Committee said 12 families waited. Complaints were against the Samoa Police Service. "
            "Sixteen of the 30 delegations raised concerns, according to a count by the Coalition "
            "sahélienne des défenseurs des droits humains.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 5), "actor")}
    assert actors.get("Samoa Family Safety Support Group") == "ngo"
    assert actors.get("Commission Nationale Indépendante des Droits de l'Homme") == "nhri"
    assert actors.get("Conseil national des droits de l'Homme") == "nhri"
    assert actors.get("Tonga Citizens' Committee") == "ngo"
    assert actors.get("Samoa Police Service") == "government_body"
    assert actors.get("Coalition sahélienne des défenseurs des droits humains") == "ngo"


def test_a_count_drawn_up_by_a_body_is_that_bodys_claim() -> None:
    text = ("BAMAKO, 26 March 2027 - Twenty of the thirty statements delivered on Wednesday at the "
            "interactive dialogue with the Independent Expert on Mali were critical of the authorities, "
            "and ten were supportive, according to a count drawn up by the Sahel Rights Coalition.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 26), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (30, 10, 20)
    assert tally["claimant"]["name"] == "Sahel Rights Coalition"


def _visits_and_conferences(text: str, published: date) -> list[tuple[str, str | None, str | None]]:
    return [(e["event_type"], e.get("date"), e.get("end_date")) for e in _items(text, published, "event")
            if e["event_type"] in ("visit", "press_statement")]  # fmt: skip


def test_visit_days_from_arrival_first_day_and_a_closing_press_conference() -> None:
    arrived = ("NUKU'ALOFA, 8 January 2027 - The UN Special Rapporteur on the right to food ended her visit "
               "to Tonga on Thursday, after arriving in Nuku'alofa on 28 December.")  # fmt: skip
    assert ("visit", "2026-12-28", "2027-01-07") in _visits_and_conferences(arrived, date(2027, 1, 8))
    first_day = ("SUVA, 27 April 2027 - The Minister of Justice met the UN Working Group on Arbitrary "
                 "Detention in Suva on Monday, on the first day of the group's visit to Fiji, which ends on "
                 "6 May.")  # fmt: skip
    assert ("visit", "2027-04-26", "2027-05-06") in _visits_and_conferences(first_day, date(2027, 4, 27))
    telling = ("RIGA, 16 October 2027 - The UN Working Group on Arbitrary Detention ended an eight-day visit "
               "to Latvia on Friday, telling a press conference in Riga that pre-trial detention was too long.")  # fmt: skip
    assert ("press_statement", "2027-10-15", None) in _visits_and_conferences(telling, date(2027, 10, 16))
    closed = ("LUSAKA, 12 December 2026 - The UN Special Rapporteur on toxics told a press conference in "
              "Lusaka on Wednesday that children were exposed to lead.\n\nThe press conference closed his "
              "official visit to Zambia, which began on 28 November.")  # fmt: skip
    assert ("visit", "2026-11-28", "2026-12-09") in _visits_and_conferences(closed, date(2026, 12, 12))


def test_titles_a_regional_representative_a_mandate_before_that_and_a_delegation_role() -> None:
    text = ("WINDHOEK, 3 May 2027 - The party leader met the Regional Representative of the UN Office of "
            "the High Commissioner for Human Rights for Southern Africa, Ana Ferreira-Moyo, on Thursday. "
            "The centre has told the UN Special Rapporteur on the right to adequate housing that thousands "
            "of families in informal settlements are left without water when councils fail to repair pipes, "
            "the centre said. It later met the Special Rapporteur, Tomas Lindqvist-Obi. Presenting the "
            "report, Deputy Minister of Justice Petrus Nangolo, head of the delegation, said 40 laws had "
            "changed.")  # fmt: skip
    titles = {a["actor"]["name"]: a["actor"].get("title") for a in _items(text, date(2027, 5, 3), "actor")}
    assert titles["Ana Ferreira-Moyo"].startswith("Regional Representative")
    assert titles["Tomas Lindqvist-Obi"] == "Special Rapporteur on the right to adequate housing"
    assert titles["Petrus Nangolo"] == "Deputy Minister of Justice"


def test_the_body_named_by_its_kind_before_an_apposition_speaks() -> None:
    text = ("RECIFE, 24 April 2026 - The Observatório da Segurança Cidadã said on Friday that police killed "
            "612 people in 2025. The observatory, run by researchers and mothers of victims, said that in 37 "
            "percent of the cases officers wore no cameras.")  # fmt: skip
    claims = _items(text, date(2026, 4, 24), "claim")
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Observatório da Segurança Cidadã"
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2026, 4, 24), "actor")}
    assert actors["Observatório da Segurança Cidadã"] == "ngo"


def test_parties_in_a_list_of_seat_counts() -> None:
    text = ("PRISTINA, 12 May 2027 - The Civic Renewal Movement (CRM), which had governed since 2019, took 31 "
            "seats, the Green Dawn (GD) 19, the Moderates 12 and the Alliance for the Future of Dardania 8. "
            "The Movimento para a Liberdade won 4 seats.")  # fmt: skip
    kinds = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 12), "actor")}
    for party in ("Civic Renewal Movement", "Green Dawn", "Moderates", "Alliance for the Future of Dardania",
                  "Movimento para a Liberdade"):
        assert kinds.get(party) == "political_party", party


def test_bodies_introduced_with_an_acronym_or_glossed_in_english() -> None:
    text = ("GABORONE, 6 May 2027 - The Kalahari Herders Solidarity Fund (KHSF) said 412 families had lost "
            "grazing land. The Ligue Gabonaise des Droits de l'Homme (LGDH) said 31 people were held. "
            "The Collectif des Associations de la Société Civile du Nord said 27 percent of pupils left "
            "school. Botlhale, the Kalahari Centre for Legal Aid, said 58 people awaited trial. The Rural "
            "Transport Authority (RTA) said 14 roads were closed. The Committee to Defend Reporters said 6 "
            "journalists were held.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 6), "actor")}
    assert actors.get("Kalahari Herders Solidarity Fund") == "ngo"
    assert actors.get("Ligue Gabonaise des Droits de l'Homme") == "ngo"
    assert actors.get("Collectif des Associations de la Société Civile du Nord") == "ngo"
    assert actors.get("Botlhale") == "ngo"
    assert actors.get("Rural Transport Authority") == "government_body"
    assert actors.get("Committee to Defend Reporters") == "ngo"
    claims = {c.get("value"): (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 6), "claim")}
    assert claims[412] == "Kalahari Herders Solidarity Fund"
    assert claims[58] == "Botlhale"
    office = ("LIMA, 6 May 2027 - The Ombudsman's Office, the Defensoría del Pueblo, said it had recorded 93 "
              "femicides in 2026.")  # fmt: skip
    claim = next(c for c in _items(office, date(2027, 5, 6), "claim") if c.get("value") == 93)
    assert claim["claimant"]["name"] == "Defensoría del Pueblo"


def test_a_quote_given_to_a_person_named_after_a_description() -> None:
    text = ("PRAIA, 21 May 2027 - The opposition won the election.\n\n"
            '"We will govern for every island," the PAICV leader, Janira Fortes-Aasen, told supporters.\n\n'
            '"We want to know where they are buried," a member of the victims\' platform, Ram Thapa-Nordin, said.\n\n'
            '"Swedes have asked us to talk," the Social Democrat leader, Karin Ödegaard-Mensah, told reporters.')  # fmt: skip
    quotes = {c["quote"][:8]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 21), "claim")
              if c["claim_type"] == "quotation"}  # fmt: skip
    assert quotes["We will "] == "Janira Fortes-Aasen"
    assert quotes["We want "] == "Ram Thapa-Nordin"
    assert quotes["Swedes h"] == "Karin Ödegaard-Mensah"


def test_a_publication_date_printed_at_the_foot_after_published() -> None:
    text = ("Juba welcomes UN dialogue\n\nJUBA (Nile Courier) - Delegations spoke on Wednesday.\n\nMore.\n\n"
            "More.\n\nMore text.\n\nPublished 26/03/2027")  # fmt: skip
    from rightstrack.extract.dates import find_published

    assert find_published(text) == date(2027, 3, 26)


def test_more_bodies_named_in_their_own_language_or_by_what_they_are() -> None:
    text = ("MANAGUA, 6 May 2027 - Twenty delegations criticised the Government, the Mesa Hondureña de "
            "Derechos Humanos en el Exilio said. The Plataforma por una Prensa Libre, a group of editors, "
            "said 41 percent of outlets had closed. The tenants' federation Umoja wa Wapangaji said 22 percent "
            "of homes lacked water. The Lake Region Observers Group, which deployed 900 observers, said 12 "
            "polling stations opened late. The Ombudsman, which serves as the national human rights "
            "institution, said it had received 77 complaints. The Legal Watch, a research and advocacy "
            "group, said 64 percent of detainees were unsentenced. The opposition Congrès national pour la "
            "liberté (CNLB) said 19 officials were arrested.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 6), "actor")}
    assert actors.get("Mesa Hondureña de Derechos Humanos en el Exilio") == "ngo"
    assert actors.get("Plataforma por una Prensa Libre") == "ngo"
    assert actors.get("Umoja wa Wapangaji") == "ngo"
    assert actors.get("Lake Region Observers Group") == "ngo"
    assert actors.get("Ombudsman") == "nhri"
    assert actors.get("Legal Watch") == "ngo"
    assert actors.get("Congrès national pour la liberté") == "political_party"


def test_a_body_then_its_country_or_a_possessive_apposition_speaks_and_he_meets() -> None:
    text = ("DHAKA, 6 May 2027 - The National Human Rights Commission, Bangladesh, said it had received 204 "
            "complaints. The Defensoría del Pueblo, Peru's ombudsman's office, said it was monitoring 187 "
            "conflicts.")  # fmt: skip
    claims = {c.get("value"): (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 5, 6), "claim")}
    assert claims[204] == "National Human Rights Commission, Bangladesh"  # its own name, the country and all
    assert claims[187] == "Defensoría del Pueblo"
    visit = ("LIMA, 4 December 2026 - The UN Special Rapporteur on the right to health, Tomás Ibarra-Lund, "
             "ended his visit to Peru.\n\nOn Tuesday he met the Minister of Health, Rosa Ferreyra-Aas, in Lima.")  # fmt: skip
    meeting = next(e for e in _items(visit, date(2026, 12, 4), "event") if e["event_type"] == "meeting")
    names = [p["name"] for p in meeting["participants"]]
    assert "Tomás Ibarra-Lund" in names and "Rosa Ferreyra-Aas" in names


def test_bodies_with_an_english_gloss_in_brackets_and_transliterated_names() -> None:
    text = ("BASRA, 6 May 2027 - Markaz al-Kufa li-Huquq al-Insan (Kufa Centre for Human Rights) said 310 people "
            "were treated. Jam'iyyat al-Nour li-Dhawi al-I'aqa, a disability rights association, said 57 percent "
            "of schools lacked ramps. The public foundation Pravovaya Zashchita (Legal Defence), an Almaty-based "
            "group, said 88 complaints arrived. Shirika la Haki za Wakulima (SHAWA), the farmers' rights network, "
            "said 41 farms were seized. Twenty States criticised the Government, the exiled group Soyuz "
            "Svobodnykh Kazakhov (SSK) said. Eleven defended it, the Foro Ciudadano por la Verdad said on Friday. "
            "Protect the Protectors, a group run by exiles, said 64 people were jailed.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 6), "actor")}
    for name in ("Markaz al-Kufa li-Huquq al-Insan", "Jam'iyyat al-Nour li-Dhawi al-I'aqa", "Pravovaya Zashchita",
                 "Shirika la Haki za Wakulima", "Soyuz Svobodnykh Kazakhov", "Foro Ciudadano por la Verdad",
                 "Protect the Protectors"):
        assert actors.get(name) == "ngo", name


def test_state_media_named_after_what_they_are_and_the_ombudsmans_office() -> None:
    text = ("MANAGUA, 17 September 2027 - Twenty-two of the 31 delegations at Wednesday's oral update on "
            "Nicaragua expressed solidarity with the Government, the state broadcaster Canal 9 reported on "
            "Friday. The Ombudsman's office said it had received 1,204 complaints.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 9, 17), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"] == {"name": "Canal 9", "kind": "media"}
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 9, 17), "actor")}
    assert actors.get("Ombudsman's office") == "nhri"


def test_a_coined_one_word_name_and_a_plus_sign_in_an_apposition() -> None:
    text = ("MOSCOW, 25 September 2027 - Forty of the 55 delegations at Tuesday's interactive dialogue on "
            "Russia criticised the prosecutions, Memo-Watch said on Saturday. The other 15 defended Moscow.\n\n"
            "Arcoíris Caribe, an LGBTIQ+ rights organisation, said it had documented 98 killings.")  # fmt: skip
    claims = _items(text, date(2027, 9, 25), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Memo-Watch"
    count = next(c for c in claims if c.get("value") == 98)
    assert count["claimant"]["name"] == "Arcoíris Caribe"


def test_governing_and_ruling_parties_and_a_movement_in_opposition() -> None:
    text = ("JUBA, 2 April 2027 - Twenty-six of the forty States at the interactive dialogue on South Sudan "
            "pressed Juba, the Sudan People's Liberation Movement-in-Opposition said on Thursday. The "
            "governing Umbrella for National Renewal said the review was fair. The Kordofan Teachers Union "
            "said 48 schools had closed.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 4, 2), "actor")}
    assert actors.get("Sudan People's Liberation Movement-in-Opposition") == "political_party"
    assert actors.get("Umbrella for National Renewal") == "political_party"
    assert actors.get("Kordofan Teachers Union") == "ngo"


def test_campaigns_rights_agendas_and_a_front_for_human_rights_are_ngos() -> None:
    text = ("LAGOS, 3 March 2027 - The Campaign Against Prison Overcrowding said on Tuesday that 4,310 "
            "people were awaiting trial in Kirikiri. The Press Rights Agenda said 21 reporters had been "
            "detained, and the Sahel Front for Human Rights said 64 percent of detainees had no lawyer. "
            "The network sent its figures to the UN Special Rapporteur on torture and asked her to visit.")  # fmt: skip
    published = date(2027, 3, 3)
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, published, "actor")}
    assert actors.get("Campaign Against Prison Overcrowding") == "ngo"
    assert actors.get("Press Rights Agenda") == "ngo"
    assert actors.get("Sahel Front for Human Rights") == "ngo"
    assert actors.get("Special Rapporteur on torture") == "un_mechanism"
    claims = {c.get("value"): c.get("claimant", {}).get("name") for c in _items(text, published, "claim")}
    assert claims[4310] == "Campaign Against Prison Overcrowding"
    assert claims[21] == "Press Rights Agenda"
    assert claims[64] == "Sahel Front for Human Rights"


def test_names_in_french_and_spanish_after_what_the_text_calls_the_group() -> None:
    text = ("PORT-AU-PRINCE, 9 May 2027 - The Centre d'Études et de Défense des Droits Humains said 640 people "
            "had been displaced from Carrefour. The health group Alianza por la Salud Rural said 23 percent of "
            "clinics had closed.\n\nThe Andean rights network Vigilancia Ciudadana said on Friday that 75 "
            "activists had been detained. The network said 40 percent were held without charge.\n\n"
            "The Union pour le Renouveau won 30 of the 51 seats.")  # fmt: skip
    published = date(2027, 5, 9)
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, published, "actor")}
    assert actors.get("Centre d'Études et de Défense des Droits Humains") == "ngo"
    assert actors.get("Alianza por la Salud Rural") == "ngo"
    assert actors.get("Union pour le Renouveau") == "political_party"
    claims = {c.get("value"): c.get("claimant", {}).get("name") for c in _items(text, published, "claim")}
    assert claims[640] == "Centre d'Études et de Défense des Droits Humains"
    assert claims[23] == "Alianza por la Salud Rural"
    assert claims[40] == "Vigilancia Ciudadana"  # "the network": the body introduced as one


def test_a_french_name_ending_in_an_elided_article_is_kept_whole() -> None:
    text = ("CONAKRY (Riverside Courier) - The Organisation Guinéenne pour la Défense des Droits de "
            "l'Homme (OGDH) said it had passed the files of 31 missing students to the UN.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 6, 4), "actor")}
    assert actors.get("Organisation Guinéenne pour la Défense des Droits de l'Homme") == "ngo"


def test_the_other_group_of_a_tally_is_the_other_side_whatever_words_follow() -> None:
    text = ("TBILISI, 12 May 2027 - Curbs on the press were condemned by twenty-nine of the thirty-seven "
            "States that spoke at Tuesday's interactive dialogue on Arcadia, the Free Voices Network said on "
            "Thursday. The other eight delegations urged dialogue with the authorities and warned against "
            "isolating the country, the network said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 5, 12), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (37, 8, 29)
    assert "conflicting_figures" not in (tally.get("flags") or [])


def test_the_other_states_that_only_spoke_and_a_count_that_completes_the_total() -> None:
    text = ("ASMARA, 2 June 2027 - Twenty of the 26 delegations at Monday's interactive dialogue on Eritrea "
            "criticised the Government, the Eritrean Exile Forum said. The other six States spoke about "
            "sanctions and development aid.\n\n"
            "KIGALI, 2 June 2027 - Seventeen of the 25 delegations that took the floor at Monday's "
            "interactive dialogue on Burundi supported the Government, the Ministry of Foreign Affairs "
            "said on Wednesday. Eight delegations called for outside involvement in the investigations.")  # fmt: skip
    first, second = text.split("\n\n")
    tally = next(c for c in _items(first, date(2027, 6, 2), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (26, 6, 20)
    tally = next(c for c in _items(second, date(2027, 6, 2), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (25, 17, 8)
    # a count that does not make up the total is not taken for the other side
    third = second.replace("Eight delegations called for outside", "Five delegations called for outside")
    tally = next(c for c in _items(third, date(2027, 6, 2), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (25, 17, None)


def test_the_office_of_a_body_named_before_is_that_body() -> None:
    text = ("YEREVAN, 14 May 2027 - The Human Rights Defender of Arcadia said on Friday that 212 people "
            "had complained of ill-treatment. The Human Rights Defender's office said 35 percent of them "
            "were minors.")  # fmt: skip
    claims = {c.get("value"): c.get("claimant") for c in _items(text, date(2027, 5, 14), "claim")}
    assert claims[35]["name"] == claims[212]["name"] == "Human Rights Defender of Arcadia"


def test_un_groups_of_experts_parties_named_in_their_languages_and_councils_of_ngos() -> None:
    text = ("GENEVA, 3 March 2027 - Arcadia's envoy met the UN Working Group of Experts on People of African "
            "Descent on Monday, a day after the dialogue with the Group of Experts on Human Rights on "
            "Nicaragua. At home, the People's United Front for Change said it had won 14 seats, Parti Rakyat "
            "Baru 9 and the Kenya African National Congress 3. The Arcadia Council of Non-Governmental "
            "Organisations and the Delta Defence Front said 40 activists had been detained.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Working Group of Experts on People of African Descent") == "un_mechanism"
    assert actors.get("Group of Experts on Human Rights on Nicaragua") == "un_mechanism"
    assert actors.get("People's United Front for Change") == "political_party"
    assert actors.get("Parti Rakyat Baru") == "political_party"
    assert actors.get("Arcadia Council of Non-Governmental Organisations") == "ngo"
    assert actors.get("Delta Defence Front") == "ngo"


def test_spanish_names_joined_by_hacia_and_a_union_for_the_homeland() -> None:
    text = ("SANTIAGO, 3 March 2027 - The Red Andina contra la Violencia hacia las Niñas said 41 girls had been "
            "attacked. Unión por la Patria won 98 of the 257 seats.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Red Andina contra la Violencia hacia las Niñas") == "ngo"
    assert actors.get("Unión por la Patria") == "political_party"


def test_a_coalition_for_change_is_a_party_a_movement_for_democracy_and_human_rights_is_not() -> None:
    text = ("HARARE, 3 March 2027 - The Citizens Coalition for Change said 86 of its members had been "
            "arrested. The Arcadian Movement for Democracy and Human Rights said 12 of them were students.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Citizens Coalition for Change") == "political_party"
    assert actors.get("Arcadian Movement for Democracy and Human Rights") == "ngo"


def test_more_body_names_and_kinds() -> None:
    text = ("BISSAU, 3 March 2027 - The Liga Arcadiana dos Direitos Humanos said 23 journalists were held. "
            "The Legal and Human Rights Forum said 231 complaints were filed. The Asociación para una Ciudad "
            "más Segura said 91 percent of cases were unsolved. The Coast Umbrella for Non-Governmental "
            "Organisations said 12 percent had voted. The All Progressives Congress won 40 seats, the "
            "Supreme Electoral Tribunal said. The Youth Empowerment for Peace Organization said 146 "
            "civilians had died, and the National Bureau for Human Rights said it had 88 complaints.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Liga Arcadiana dos Direitos Humanos") == "ngo"
    assert actors.get("Legal and Human Rights Forum") == "ngo"
    assert actors.get("Asociación para una Ciudad más Segura") == "ngo"
    assert actors.get("Coast Umbrella for Non-Governmental Organisations") == "ngo"
    assert actors.get("All Progressives Congress") == "political_party"
    assert actors.get("Supreme Electoral Tribunal") == "government_body"
    assert actors.get("Youth Empowerment for Peace Organization") == "ngo"
    assert actors.get("National Bureau for Human Rights") == "nhri"


def test_a_second_count_without_a_stance_that_makes_up_the_total() -> None:
    text = ("JUBA, 5 March 2027 - Of the 37 delegations at the interactive dialogue on Arcadia on 3 March, 25 "
            "backed the Government's request to end the inquiry and 12 called for it to go on, the Ministry of Justice "
            "said on Friday.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (37, 25, 12)
    shorter = text.replace("and 12 called", "and 9 called")  # 25 + 9 is not 37: not the other side
    tally = next(c for c in _items(shorter, date(2027, 3, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (37, 25, None)


def test_tamil_parties_interministerial_delegations_and_al_inside_a_spanish_name() -> None:
    text = ("COLOMBO, 3 March 2027 - The Ilankai Tamil Arasu Kachchi, the main Tamil party, said 4 of its "
            "members were held. The Interministerial Delegation for Human Rights said 12 cases were open. "
            "The Red de Apoyo al Refugiado said 38 percent were children.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Ilankai Tamil Arasu Kachchi") == "political_party"
    assert actors.get("Interministerial Delegation for Human Rights") == "government_body"
    assert actors.get("Red de Apoyo al Refugiado") == "ngo"


def test_the_remaining_third_of_a_tally_given_as_a_fraction() -> None:
    text = ("MAPUTO, 6 May 2027 - Two thirds of the 60 delegations at Arcadia's Universal Periodic Review on "
            "Tuesday praised the Government, while the remaining third raised concerns about the security "
            "forces, the Ministry of Justice said on Thursday.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 5, 6), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (60, 40, 20)


def test_condemning_another_state_while_supporting_the_one_discussed_is_support() -> None:
    text = ("KYIV, 9 July 2027 - Thirty of the 36 States that spoke at the oral update on Ukraine on Tuesday "
            "condemned Borduria's strikes on power plants and voiced support for Ukraine, the Ministry of "
            "Foreign Affairs said on Friday. The other six accused Kyiv of abuses, the ministry said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 7, 9), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (36, 30, 6)


def test_a_tally_published_on_a_day_by_a_body() -> None:
    text = ("GENEVA, 25 September 2027 - Thirty of the 41 delegations at Wednesday's interactive dialogue on "
            "Arcadia criticised the Government, according to a tally published on Thursday by the Arcadian "
            "Rights Network (ARN).")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 9, 25), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Arcadian Rights Network"


def test_a_country_after_a_dash_is_part_of_a_bodys_name() -> None:
    text = ("LONDON, 3 March 2027 - Thirty of the 40 States at the interactive dialogue on Eritrea criticised "
            "Asmara, Human Rights Concern - Eritrea said on Friday. The exile group Free Press - Eritrea said "
            "16 journalists were held.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Human Rights Concern - Eritrea") == "ngo"
    claims = {c.get("value"): c.get("claimant", {}).get("name") for c in _items(text, date(2027, 3, 3), "claim")}
    assert claims[16] == "Free Press - Eritrea"


def test_bodies_with_partnership_women_s_union_and_oversight_authority_and_a_headline_rights_group() -> None:
    text = ("Arcadia faced concerns from 30 States at UN review, rights group says\n\n"
            "DUSHANBE, 14 May 2027 - Forty delegations spoke at Arcadia's Universal Periodic Review on "
            "Wednesday. Of those, 30 raised concerns about lawyers, while 10 praised the Government, the "
            "Eastern Partnership for Justice said on Thursday. The Arcadian Women's Union said 2,950 women "
            "had called its hotline, and the Independent Policing Oversight Authority said 72 cases were open. "
            "The designated expert on human rights in Arcadia, Amadou Lefort-Strand, said 40 people had fled.")  # fmt: skip
    published = date(2027, 5, 14)
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, published, "actor")}
    assert actors["Eastern Partnership for Justice"]["kind"] == "ngo"
    assert actors["Arcadian Women's Union"]["kind"] == "ngo"
    assert actors["Independent Policing Oversight Authority"]["kind"] == "government_body"
    assert actors["Amadou Lefort-Strand"]["title"] == "designated expert on human rights in Arcadia"
    tallies = [c for c in _items(text, published, "claim") if c["claim_type"] == "tally"]
    assert len(tallies) == 1  # the headline's "rights group" is the group the story names
    assert tallies[0]["claimant"]["name"] == "Eastern Partnership for Justice"
    assert (tallies[0]["total"], tallies[0]["supportive"], tallies[0]["critical"]) == (40, 10, 30)


def test_the_ministry_said_the_other_n_even_in_a_sentence_about_elections() -> None:
    text = ("CARACAS, 3 July 2027 - Twenty of the 34 States that took the floor at the oral update on "
            "Venezuela on Thursday expressed solidarity with the Government, the Ministry of Foreign Affairs "
            "said on Friday. The ministry said the other 14 had repeated old charges about detentions after "
            "the elections.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 7, 3), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (34, 20, 14)


def test_archives_hubs_portuguese_ministries_and_an_elections_and_boundaries_commission() -> None:
    text = ("SUVA, 3 March 2027 - The Elections and Boundaries Commission said 64 percent had voted. The "
            "Arcadia Justice Archive said 847 executions had been recorded, and the Coral Climate Rights Hub "
            "said 42 percent of villages had been moved. The Ministério da Saúde said 12 clinics had closed.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Elections and Boundaries Commission") == "government_body"
    assert actors.get("Arcadia Justice Archive") == "ngo"
    assert actors.get("Coral Climate Rights Hub") == "ngo"
    assert actors.get("Ministério da Saúde") == "government_body"


def test_support_expressed_by_n_in_the_passive_with_the_congo_shortened_after_its_full_name() -> None:
    text = ("Kinshasa welcomes Geneva debate on Congo\n\n"
            "KINSHASA, 9 March 2027 - Backing for the authorities of the Democratic Republic of the Congo "
            "was voiced by 33 of the 45 delegations in Monday's interactive dialogue at the Human Rights "
            "Council, and reservations were raised by the other 12, the Ministry of Justice said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 9), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (45, 33, 12)
    assert tally["forum"]["state_concerned"]["iso3"] == "COD"


def test_a_bare_congo_stays_the_republic_when_the_text_names_no_other_congo() -> None:
    text = ("BRAZZAVILLE, 9 March 2027 - Twenty of the 26 delegations at the dialogue on Congo on Monday "
            "praised the Government, and six voiced concern, the Ministry of Justice said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 9), "claim") if c["claim_type"] == "tally")
    assert tally["forum"]["state_concerned"]["iso3"] == "COG"


def test_a_corrected_figure_and_the_rest_with_a_verb_of_their_own() -> None:
    text = ("RIGA, 5 May 2027 - Of the 38 delegations at Tuesday's interactive dialogue on Arcadia, 25 - "
            "not 27, as first reported - rejected the country mandate, while 13 voiced concern about "
            "detentions, the Ministry of Foreign Affairs said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 5, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (38, 25, 13)
    text = ("VILNIUS, 5 May 2027 - Seventy percent of the 40 delegations at Tuesday's interactive dialogue "
            "on Belarus urged Minsk to free detained activists, the Viasna centre said. The rest echoed the "
            "authorities' rejection of the mandate, the centre said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 5, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (40, 12, 28)


def test_a_quote_said_by_a_name_after_a_possessive_title_or_a_long_title() -> None:
    text = ('ASTANA, 3 March 2027 - "Every detainee on our register deserves a lawyer tomorrow," said '
            "Kadir's spokeswoman, Aliya Berg-Nurova. \"We will not accept what we cannot deliver in this "
            'cycle," said Minister of Law and Justice Daniyar Ospan-Holm.')  # fmt: skip
    quotes = [c for c in _items(text, date(2027, 3, 3), "claim") if c["claim_type"] == "quotation"]
    assert [q["claimant"]["name"] for q in quotes] == ["Aliya Berg-Nurova", "Daniyar Ospan-Holm"]


def test_the_hub_the_party_and_the_prison_service_as_claimants() -> None:
    text = ("JUBA, 3 March 2027 - The Equatoria Rights Hub said the dialogue had been tense. The hub said "
            "2,300 civilians had fled. The opposition Movement for Liberty (MFL) condemned the arrests. "
            "The party said 41 of its members had been detained. The Prison Service said 1,150 people were "
            "held on remand.")  # fmt: skip
    counts = {c["value"]: c["claimant"]["name"] for c in _items(text, date(2027, 3, 3), "claim")
              if c["claim_type"] == "count" and c.get("claimant")}  # fmt: skip
    assert counts[2300] == "Equatoria Rights Hub"
    assert counts[41] == "Movement for Liberty"
    assert counts[1150] == "Prison Service"


def test_named_ngos_without_a_head_word_national_chapters_syndicates_and_a_council_for_liberties() -> None:
    text = ("TUNIS, 3 March 2027 - Save the Children said 40 schools had closed. Transparency International "
            "PNG said 12 ballot boxes had gone missing. The National Syndicate of Arcadian Teachers said 17 "
            "teachers had been suspended. The National Council for Civil Liberties and Human Rights said it "
            "had recorded 90 cases. The Ministry of Foreign Affairs and International Cooperation of the "
            "Government of National Accord said it would reply.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 3), "actor")}
    assert actors.get("Save the Children") == "ngo"
    assert actors.get("Transparency International PNG") == "ngo"
    assert actors.get("National Syndicate of Arcadian Teachers") == "ngo"
    assert actors.get("National Council for Civil Liberties and Human Rights") == "nhri"
    assert any(name.startswith("Ministry of Foreign Affairs and International Cooperation") for name in actors)


def test_an_ombudsman_speaking_with_no_holder_named_is_the_institution() -> None:
    text = ("ZAGREB, 3 March 2027 - The Ombudswoman of the Republic of Arcadia said she had received 37 "
            "complaints. The People's Advocate said 12 cases were open. Serbia's Protector of Citizens said "
            "it had received 318 complaints. The Swedish Institute for Human Rights said 58 reports had come "
            "in, and the Swedish Election Authority said 84 percent had voted.")  # fmt: skip
    items = _items(text, date(2027, 3, 3), "actor")
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in items}
    assert actors.get("Ombudswoman of the Republic of Arcadia") == "nhri"
    assert actors.get("People's Advocate") == "nhri"
    assert actors.get("Protector of Citizens") == "nhri"
    assert actors.get("Swedish Institute for Human Rights") == "nhri"
    assert actors.get("Swedish Election Authority") == "government_body"
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 3, 3), "claim")}
    assert counts[318] == "Protector of Citizens"


def test_the_ombudsman_said_after_the_holder_was_named_is_the_holder() -> None:
    text = ('YEREVAN, 3 March 2027 - The Human Rights Defender, Anahit Sarkis-Lund, met the envoy. "Most '
            'of those detained were freed within hours," the Human Rights Defender said after the meeting.')  # fmt: skip
    quote = next(c for c in _items(text, date(2027, 3, 3), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Anahit Sarkis-Lund"


def test_pressed_over_faulted_spoke_in_its_defence_and_progress_acknowledged_by_n() -> None:
    text = ("LONDON, 22 January 2027 - Arcadia was pressed over its use of the death penalty by fifty-one "
            "of the ninety-eight delegations that spoke at its Universal Periodic Review on Wednesday, the "
            "rights group Gulf Watch said. Only forty-seven spoke in Arcadia's defence, the group said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 1, 22), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (98, 47, 51)
    text = ("PHNOM PENH, 2 October 2026 - Cambodia's progress on human rights was acknowledged by 27 of the "
            "33 delegations at Wednesday's interactive dialogue on Cambodia, the Ministry of Justice said. The "
            "other six delegations voiced concern, the ministry said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2026, 10, 2), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (33, 27, 6)


def test_a_state_named_after_the_count_is_not_the_one_who_counts() -> None:
    text = ("VILNIUS, 26 March 2027 - The Arcadian authorities were criticised by 30 of the 41 delegations "
            "at Tuesday's interactive dialogue on Arcadia, the exiled group Free Voices said. The other 11 "
            "delegations, among them Russia and Cuba, said the mandate interfered in internal affairs, the "
            "group said.")  # fmt: skip
    tallies = [c for c in _items(text, date(2027, 3, 26), "claim") if c["claim_type"] == "tally"]
    assert [(t["claimant"]["name"], t["total"], t["supportive"], t["critical"]) for t in tallies] == [
        ("Free Voices", 41, 11, 30)]
    text = ("ACCRA, 13 November 2026 - Sixty of the 72 delegations at Ghana's Universal Periodic Review on "
            "Tuesday commended the country's progress, the Ministry of Justice said. Twelve delegations urged "
            "Ghana to abolish the death penalty.")  # fmt: skip
    tallies = [c for c in _items(text, date(2026, 11, 13), "claim") if c["claim_type"] == "tally"]
    assert [(t["claimant"]["name"], t["total"], t["supportive"], t["critical"]) for t in tallies] == [
        ("Ministry of Justice", 72, 60, 12)]


def test_figures_in_a_bullet_list_belong_to_whoever_introduces_the_list() -> None:
    text = ("DHAKA, 25 February 2027 - A rights group published its annual report on Thursday.\n\n"
            "The Arcadia Custody Watch Centre listed these figures for the year:\n\n"
            "- 88 deaths in custody\n"
            "- 37 percent of complaints against the police\n\n"
            "The National Human Rights Commission said it had received 940 complaints.")  # fmt: skip
    figures = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 2, 25), "claim")
               if c["claim_type"] in ("count", "rate")}  # fmt: skip
    assert figures[88] == "Arcadia Custody Watch Centre"
    assert figures[37] == "Arcadia Custody Watch Centre"
    assert figures[940] == "National Human Rights Commission"


def test_the_state_a_headline_is_about_is_not_the_claimant_when_the_headline_names_the_sayer() -> None:
    text = ("Nicaragua criticised by twenty-eight of forty states at Geneva dialogue, exiled rights group says\n\n"
            "SAN JOSE, Costa Rica, September 18 (Isthmus Dispatch) - Nicaragua was criticised by twenty-eight "
            "of the forty states that spoke in Wednesday's interactive dialogue with the Group of Experts on "
            "Nicaragua at the Human Rights Council, the Nicaraguan Rights Collective in Exile said on Friday.\n\n"
            "The other twelve delegations, among them Cuba and Belarus, defended the government and rejected "
            "the experts' mandate, the collective said.")  # fmt: skip
    tallies = [c for c in _items(text, date(2026, 9, 18), "claim") if c["claim_type"] == "tally"]
    assert [(t["claimant"]["name"], t["total"], t["supportive"], t["critical"]) for t in tallies] == [
        ("Nicaraguan Rights Collective in Exile", 40, 12, 28)]


def test_a_ministry_with_and_in_its_name_is_one_speaker_and_questioned_by_n_is_criticism() -> None:
    text = ("SANTIAGO, 3 March 2027 - The group Techo-Arcadia said 1,290 camps were registered, and the "
            "Ministry of Housing and Urban Development said it had delivered 98,000 homes since 2022.")  # fmt: skip
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 3, 3), "claim")}
    assert counts[98000] == "Ministry of Housing and Urban Development"
    text = ("BAKU, 6 May 2027 - Azerbaijan's record on press freedom was questioned by 40 of the 100 "
            "delegations at its Universal Periodic Review on Tuesday, the Institute for Free Media said. The "
            "remaining 60 delegations praised the government, the group said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 5, 6), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (100, 60, 40)
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(
        "The director of the National Institute of Human Rights (INDH) said 12 cases were open.", date(2027, 5, 6), "actor")}
    assert actors.get("National Institute of Human Rights") == "nhri"


def test_broadcast_wordings_of_a_tally_and_a_response() -> None:
    text = ("NAIROBI, 28 January 2027 - Arcadia's Attorney General, Jane Wafula-Berg, says ninety-one out of "
            "the one hundred and four delegations that spoke at the country's Universal Periodic Review on "
            "Tuesday praised the government's record. She told journalists this morning that only thirteen "
            "raised concerns.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 1, 28), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (104, 91, 13)
    text = ("REPORTER: Only 9 of the 37 delegations that spoke at Monday's interactive dialogue on Burundi "
            "criticised the country. That is according to the Ministry of Foreign Affairs, which says the "
            "other 28 expressed support. Six delegations spoke in their defence, the ministry added.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 9, 29), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (37, 28, 9)
    text = ("ANCHOR: Good evening. Peru has accepted 214 of the 265 recommendations it received at its UN "
            "human rights review. The remaining 51 recommendations were noted.")  # fmt: skip
    response = next(c for c in _items(text, date(2027, 3, 3), "claim") if c["claim_type"] == "response_tally")
    assert (response["total"], response["supportive"], response["critical"]) == (265, 214, 51)


def test_delegations_that_spoke_in_their_defence_are_not_a_total() -> None:
    text = ("BANGKOK, 25 June 2027 - The authorities were criticised by thirty of the thirty-six delegations "
            "at the oral update on Myanmar yesterday, the Burma Rights Desk said. Six delegations spoke in "
            "their defence.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 6, 25), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (36, 6, 30)


def test_states_counted_by_a_number_is_not_a_reporting_verb() -> None:
    text = ("CARACAS, 25 September 2027 - Twenty-four of the 35 states that took the floor in the interactive "
            "dialogue on Venezuela on Tuesday stood with the government, the Ministry of Foreign Affairs said "
            "on Friday. The remaining 11 states repeated their criticism of the authorities, it said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 9, 25), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs"
    assert (tally["total"], tally["supportive"], tally["critical"]) == (35, 24, 11)


def test_pressed_the_government_over_is_criticism() -> None:
    text = ("JUBA, 2 October 2026 - Twenty-five of the 33 states at Wednesday's interactive dialogue on South "
            "Sudan pressed the government over delays to the elections, the Juba Civic Forum said on Friday. "
            "Eight states backed the government, the group said.")  # fmt: skip
    tally = next(c for c in _items(text, date(2026, 10, 2), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (33, 8, 25)


def test_taken_to_task_and_bodies_named_by_apposition_or_a_local_head_word() -> None:
    text = ("VILNIUS, 26 March 2027 - Belarus was taken to task by thirty-four of the forty-one delegations at "
            "Tuesday's interactive dialogue on Belarus, the exiled Free Belarus Centre said on Thursday.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 26), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["critical"]) == (41, 34)
    text = ("SANTO DOMINGO, 9 October 2027 - The Defensor del Pueblo, the Dominican Republic's national human "
            "rights institution, said it had received 1,420 complaints. Ain o Salish Kendra said 96 people had "
            "been killed. The Undersecretariat for Human Rights said it would reply.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 10, 9), "actor")}
    assert actors.get("Defensor del Pueblo") == "nhri"
    assert actors.get("Ain o Salish Kendra") == "ngo"
    assert actors.get("Undersecretariat for Human Rights") == "government_body"


def test_a_second_speaker_introduced_by_what_it_is_after_while() -> None:
    text = ("ROME, 3 March 2027 - The Interior Ministry said 66,000 people had arrived by sea, while the rescue "
            "group Sea Watch Arcadia said 1,350 people had died or gone missing.")  # fmt: skip
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 3, 3), "claim")}
    assert counts[66000] == "Interior Ministry"
    assert counts[1350] == "Sea Watch Arcadia"


def test_a_portfolio_list_with_of_inside_stays_one_ministry() -> None:
    text = ("BANGUI, 25 September 2026 - Thirty of the 36 delegations at Wednesday's interactive dialogue on "
            "the Central African Republic commended the Government, while the other six raised concerns, the "
            "Ministry of Justice, Promotion of Human Rights and Good Governance said on Thursday.")  # fmt: skip
    tally = next(c for c in _items(text, date(2026, 9, 25), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Ministry of Justice, Promotion of Human Rights and Good Governance"


def test_a_government_or_parliament_office_is_one_title_not_a_body() -> None:
    text = ("MASERU, 4 May 2027 - The Government Spokesperson, Palesa Mokoena-Lund, said the detainees would be "
            "tried. \"Nobody is held for an opinion,\" the Foreign Ministry Spokesperson, Teboho Rantsane-Berg, told "
            "reporters.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 5, 4), "actor")}
    spokesperson = actors["Palesa Mokoena-Lund"]
    assert spokesperson.get("title") == "Government Spokesperson"
    assert spokesperson.get("body") is None
    assert "Government Spokesperson" not in actors
    assert "Foreign Ministry Spokesperson" not in actors
    text = ("KYIV, 4 May 2027 - Ukraine's Parliament Commissioner for Human Rights, Ivanna Moroz-Lind, said 310 "
            "civilians were held. The Government Coordinator for Human Rights, Omar Saleh-Berg, said he would reply.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 5, 4), "actor")}
    assert actors["Ivanna Moroz-Lind"].get("title") == "Parliament Commissioner for Human Rights"
    assert actors["Omar Saleh-Berg"].get("title") == "Government Coordinator for Human Rights"
    assert actors["Omar Saleh-Berg"].get("body") is None


def test_a_visit_that_had_begun_before_the_new_year() -> None:
    text = ("TALLINN, 8 January 2027 - The UN Special Rapporteur on minority issues, Ines Tamm-Okoye, ended a visit "
            "to Estonia on Thursday that had begun on 28 December.")  # fmt: skip
    visit = next(e for e in _items(text, date(2027, 1, 8), "event") if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2026-12-28", "2027-01-07")


def test_a_rapporteur_of_the_united_nations_on_a_theme_keeps_the_mandate_title() -> None:
    text = ("DAKAR, 12 May 2027 - The Minister of Justice, Awa Ndiaye-Holm, received on Tuesday the Special "
            "Rapporteur of the United Nations on the right to food, Piet Okafor-Blom, who is on an official visit.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 5, 12), "actor")}
    assert actors["Piet Okafor-Blom"]["title"] == "Special Rapporteur on the right to food"


def test_a_summary_whose_verb_comes_before_this_afternoon() -> None:
    text = ("GENEVA, 2 October 2026 - The Human Rights Council held this afternoon, at its 63rd session, an "
            "interactive dialogue with the Independent Expert on the situation of human rights in Haiti.\n\n"
            "Canada said that it supported the mission and asked about the prisons.\n\n"
            "Brazil said that elections should be held as soon as security allowed.")  # fmt: skip
    doc = Document.from_text(text, published=date(2026, 10, 2))
    assert recognise_press(doc) == "meeting_summary"
    speakers = [s["speaker"]["iso3"] for s in _items(text, date(2026, 10, 2), "statement")]
    assert speakers == ["CAN", "BRA"]
    press = "GENEVA, 2 October 2026 - The Human Rights Council held on Friday a debate on Haiti, the mission said."
    assert recognise_press(Document.from_text(press)) == "press"


def test_indicated_and_affirmed_report_like_said() -> None:
    text = ("LOMÉ, 6 March 2027 - Nineteen of the twenty-five delegations at Wednesday's interactive dialogue on "
            "Togo supported the Government, while the other six criticised it, the Ministry of Human Rights and "
            "Relations with Institutions indicated on Friday in a communiqué. The Togolese Human Rights League affirmed "
            "that 48 people had been arrested.")  # fmt: skip
    claims = _items(text, date(2027, 3, 6), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Ministry of Human Rights and Relations with Institutions"
    count = next(c for c in claims if c.get("value") == 48)
    assert count["claimant"]["name"] == "Togolese Human Rights League"


def test_french_named_leagues_and_national_commissions() -> None:
    text = ("NIAMEY, 6 March 2027 - The Ligue Nigérienne des Droits de l'Homme affirmed that 31 activists were held. The "
            "Commission Nationale Indépendante des Droits Humains estimated that 42 percent of detainees were untried.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 3, 6), "actor")}
    assert actors.get("Ligue Nigérienne des Droits de l'Homme") == "ngo"
    assert actors.get("Commission Nationale Indépendante des Droits Humains") == "nhri"


def test_a_quote_said_by_the_rapporteur_named_after_the_verb() -> None:
    text = ("QUITO, 24 October 2026 - The Special Rapporteur on the right to education, Lene Osei-Marin, spoke in "
            "Quito on Friday at the end of her visit.\n\n"
            "\"A school that closes is a debt the children pay,\" declared the Rapporteur, who will report in June.")  # fmt: skip
    quote = next(c for c in _items(text, date(2026, 10, 24), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Lene Osei-Marin"


def test_alarm_and_worry_are_critical_in_a_tally() -> None:
    for verb in ("voiced alarm at", "were worried about", "expressed dismay at"):
        text = (f"JUBA, 18 June 2027 - Of the 38 States that spoke after the oral update on South Sudan on Wednesday, "
                f"29 {verb} attacks on aid workers, the South Sudan Rights Forum said on Friday.")  # fmt: skip
        tally = next(c for c in _items(text, date(2027, 6, 18), "claim") if c["claim_type"] == "tally")
        assert (tally["total"], tally["critical"]) == (38, 29), verb


def test_a_meeting_on_the_first_or_last_day_of_the_visit() -> None:
    text = ("DILI, 7 January 2027 - The UN Independent Expert on international solidarity, Aroha Tane-Mensah, "
            "visited Timor-Leste from 29 December to 5 January.\n\n"
            "On the first day of the visit she met the Minister of Health, Ana Soares-Lind, in Dili.")  # fmt: skip
    meeting = next(e for e in _items(text, date(2027, 1, 7), "event") if e["event_type"] == "meeting")
    assert meeting["date"] == "2026-12-29"
    text = ("DILI, 7 January 2027 - The UN Independent Expert on international solidarity, Aroha Tane-Mensah, "
            "ended a visit to Timor-Leste that began on 29 December with a press conference in Dili on Tuesday.\n\n"
            "She met Prime Minister Mari Alkatiri-Berg on the last day of the visit, his office said.")  # fmt: skip
    meeting = next(e for e in _items(text, date(2027, 1, 7), "event") if e["event_type"] == "meeting")
    assert meeting["date"] == "2027-01-05"


def test_a_body_that_recorded_a_count_claims_it() -> None:
    text = ("BASRA, 22 January 2027 - The Basra Centre for Civil Rights recorded 204 arbitrary arrests of activists "
            "in 2026. The Comité de Defensa de Migrantes en Honduras registered nineteen killings during the year.")  # fmt: skip
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 1, 22), "claim")}
    assert counts[204] == "Basra Centre for Civil Rights"
    assert counts[19] == "Comité de Defensa de Migrantes en Honduras"


def test_nhris_known_by_a_name_without_a_head_word() -> None:
    text = ("JAKARTA, 7 January 2027 - Komnas HAM said it had received 240 complaints about land disputes. "
            "Suhakam said 31 people had died in custody.")  # fmt: skip
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 1, 7), "claim")}
    assert counts[240] == "Komnas HAM"
    assert counts[31] == "SUHAKAM"
    glossed = ("KUALA LUMPUR, 7 January 2027 - The Human Rights Commission of Malaysia (SUHAKAM) said 31 people "
               "had died in custody.")  # fmt: skip
    count = next(c for c in _items(glossed, date(2027, 1, 7), "claim") if c.get("value") == 31)
    assert count["claimant"]["name"] == "Human Rights Commission of Malaysia"


def test_the_rapporteur_said_resolves_to_the_holder_or_the_mandate() -> None:
    text = ("GENEVA, 2 October 2026 - The Council held a dialogue with the Special Rapporteur on the situation of "
            "human rights in Burundi on Friday. The Special Rapporteur said at least 48 members of the opposition "
            "were held.")  # fmt: skip
    count = next(c for c in _items(text, date(2026, 10, 2), "claim") if c.get("value") == 48)
    assert count["claimant"]["name"] == "Special Rapporteur on the situation of human rights in Burundi"
    text = ("GENEVA, 2 October 2026 - The Special Rapporteur on the situation of human rights in Burundi, Ana "
            "Lotte-Berg, spoke on Friday. The Rapporteur said at least 48 members of the opposition were held.")  # fmt: skip
    count = next(c for c in _items(text, date(2026, 10, 2), "claim") if c.get("value") == 48)
    assert count["claimant"]["name"] == "Ana Lotte-Berg"


def test_a_ruling_party_with_a_long_hyphenated_acronym() -> None:
    text = ("SKOPJE, 3 May 2027 - The opposition accused the ruling VMRO-DPMNE of ignoring 14 reports of the "
            "ombudsman.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 3), "actor")}
    assert actors.get("VMRO-DPMNE") == "political_party"


def test_a_body_named_for_what_it_stands_for_is_no_person() -> None:
    text = "BANGKOK, 7 January 2027 - The Union for Civil Liberty said 142 activists were facing charges."
    counts = {c["value"]: (c.get("claimant") or {}) for c in _items(text, date(2027, 1, 7), "claim")}
    assert counts[142].get("name") == "Union for Civil Liberty"
    assert counts[142].get("kind") == "ngo"


def test_a_quote_said_by_a_long_title_then_the_name() -> None:
    text = ("SUCRE, 3 March 2027 - Opposition lawmakers protested on Tuesday against the removal of judges.\n\n"
            "\"They are emptying the courts of every judge who ruled against the Government,\" declared the head "
            "of the parliamentary group of the UCN, Elena Quispe-Lund, at the Assembly.")  # fmt: skip
    quote = next(c for c in _items(text, date(2027, 3, 3), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Elena Quispe-Lund"


def test_a_body_that_obtained_seats_is_a_party_and_estimated_reports() -> None:
    text = ("BISSAU, 21 April 2026 - The ruling coalition won 51 of the 102 seats, ahead of the Movement for "
            "Social Progress (MSP), which obtained 29 seats. The Guinean Observers Network, which deployed 300 "
            "observers, estimated turnout at 61 percent.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2026, 4, 21), "actor")}
    assert actors.get("Movement for Social Progress") == "political_party"
    rate = next(c for c in _items(text, date(2026, 4, 21), "claim") if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Guinean Observers Network"


def test_congress_parties_and_a_qualifier_in_a_party_name() -> None:
    text = ("KATHMANDU, 3 May 2027 - The Nepali Congress said 12 of its members were held. The Communist Party of "
            "Nepal (Unified Marxist-Leninist) called for an inquiry. Indian National Congress spokesperson Ravi "
            "Menon-Dahl said 40 people had died.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2027, 5, 3), "actor")}
    assert actors.get("Nepali Congress") == "political_party"
    assert actors.get("Communist Party of Nepal (Unified Marxist-Leninist)") == "political_party"
    assert actors.get("Indian National Congress") == "political_party"


def test_a_count_whose_noun_has_a_long_hyphenated_modifier() -> None:
    text = ("SANTIAGO, 3 May 2027 - The Observatorio Minero said it had recorded 37 socio-environmental conflicts "
            "since 2024. The Veterans Front said 3,800 war-disabled people had no pension.")  # fmt: skip
    counts = {c["value"]: c for c in _items(text, date(2027, 5, 3), "claim") if c["claim_type"] == "count"}
    assert counts[37]["unit"] == "conflicts"
    assert counts[3800]["unit"] == "people"


def test_a_report_submitted_on_a_weekday() -> None:
    text = ("THIMPHU, 17 March 2026 - The Government submitted its voluntary mid-term report on its UPR "
            "recommendations to the UN on Monday, the Foreign Ministry said.")  # fmt: skip
    report = next(e for e in _items(text, date(2026, 3, 17), "event") if e["event_type"] == "report")
    assert report["date"] == "2026-03-16"


def test_repeating_what_the_government_called_the_findings_is_criticism() -> None:
    text = ("ASMARA, 1 October 2027 - Eritrea was supported by 21 of the 35 delegations at Wednesday's interactive "
            "dialogue on Eritrea, the Ministry of Information said on Friday, adding that only 14 delegations had "
            "repeated what it called the Rapporteur's biased findings.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 10, 1), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (35, 21, 14)


def test_a_headline_month_gives_way_to_the_days_of_the_visit() -> None:
    text = ("UN housing expert to visit Mongolia in March\n\n"
            "ULAANBAATAR, 19 February 2027 - The UN Special Rapporteur on adequate housing, Liv Osei-Brandt, will "
            "visit Mongolia from 2 to 13 March, the Ministry of Foreign Affairs said on Friday.")  # fmt: skip
    visits = [e for e in _items(text, date(2027, 2, 19), "event") if e["event_type"] == "visit"]
    assert [(v["date"], v["end_date"]) for v in visits] == [("2027-03-02", "2027-03-13")]


def test_spanish_order_subject_after_the_verb_and_referral_to_the_icc() -> None:
    text = ("QUITO, 5 November 2027 - Ecuador received the recognition of 61 of the 80 delegations that took part "
            "on Wednesday in its Universal Periodic Review, affirmed on Friday the Ministry of Women and Human "
            "Rights.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 11, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"]) == (80, 61)
    assert tally["claimant"]["name"] == "Ministry of Women and Human Rights"
    text = ("LIMA, 12 March 2027 - Of the 41 delegations that took the floor on Tuesday in the interactive dialogue "
            "on Myanmar, 15 asked for the situation to be referred to the International Criminal Court, revealed "
            "on Friday the Andean Rights Observatory.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 12), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["critical"]) == (41, 15)
    assert tally["claimant"]["name"] == "Andean Rights Observatory"


def test_a_visit_concluded_on_a_weekday_that_took_place_over_a_range() -> None:
    text = ("PORT OF SPAIN, 8 January 2027 - The UN Working Group on the use of mercenaries concluded on Wednesday "
            "an official visit to Trinidad and Tobago that took place from 27 December to 6 January.")  # fmt: skip
    visit = next(e for e in _items(text, date(2027, 1, 8), "event") if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2026-12-27", "2027-01-06")


def test_denounced_on_a_weekday_then_the_body_names_the_claimant() -> None:
    text = ("KAMPALA, 24 September 2026 - The authorities were questioned by twenty-one of the thirty delegations "
            "that intervened on Tuesday in the interactive dialogue on South Sudan, denounced on Thursday the South "
            "Sudan Rights Observatory, an organisation that operates from Kampala.")  # fmt: skip
    tally = next(c for c in _items(text, date(2026, 9, 24), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["critical"]) == (30, 21)
    assert tally["claimant"]["name"] == "South Sudan Rights Observatory"
    actors = {a["actor"]["name"] for a in _items(text, date(2026, 9, 24), "actor")}
    assert not any(name.startswith("Thursday") for name in actors)


def test_a_quote_affirmed_or_denounced_by_a_title_after_the_verb() -> None:
    text = ("BRASÍLIA, 3 March 2027 - The Minister of Indigenous Peoples, Joana Terena-Lund, met the UN Special "
            "Rapporteur on Indigenous Peoples on Tuesday.\n\n"
            "\"Without demarcation there is no land,\" affirmed the minister at the end of the meeting.\n\n"
            "\"The violence is not an accident,\" denounced the coordinator of the land commission, Ana Prado-Berg.")  # fmt: skip
    quotes = {c["quote"][:12]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 3, 3), "claim")
              if c["claim_type"] == "quotation"}  # fmt: skip
    assert quotes["Without dema"] == "Joana Terena-Lund"
    assert quotes["The violence"] == "Ana Prado-Berg"


def test_an_inverted_subject_with_a_title_before_the_name() -> None:
    text = ("NIAMEY, 6 November 2026 - Seventy of the eighty delegations at Wednesday's Universal Periodic Review "
            "of Niger welcomed its efforts, while ten expressed concerns, indicated on Friday the Minister of "
            "Justice, Keeper of the Seals, Issa Moussa Garba, on his return to Niamey. The Commissioner for Human "
            "Rights, Mohamed El Hassen Ould Salem, said 40 complaints were open.")  # fmt: skip
    tally = next(c for c in _items(text, date(2026, 11, 6), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Issa Moussa Garba"
    actors = {a["actor"]["name"] for a in _items(text, date(2026, 11, 6), "actor")}
    assert "Mohamed El Hassen Ould Salem" in actors


def test_denounced_that_and_a_clause_naming_a_city_and_its_country() -> None:
    text = ("MANAGUA, 3 March 2027 - The Nicaraguan Memory Collective, which works from exile in San José, Costa "
            "Rica, denounced that 68 people remained imprisoned.")  # fmt: skip
    count = next(c for c in _items(text, date(2027, 3, 3), "claim") if c.get("value") == 68)
    assert count["claimant"]["name"] == "Nicaraguan Memory Collective"
    summary = ("Meeting summary\nGENEVA, 27 January 2027 - The Working Group on the Universal Periodic Review this "
               "morning held the review of Peru.\n\nSpain recommended that Peru end states of emergency.\n\n"
               "Peru, in its concluding remarks, said it would consider all the recommendations.\n")  # fmt: skip
    speakers = [s["speaker"]["iso3"] for s in _items(summary, date(2027, 1, 27), "statement")]
    assert speakers == ["ESP", "PER"]


def test_a_nationality_before_the_kind_of_group_then_its_name() -> None:
    text = ("GUATEMALA CITY, 3 March 2027 - The Guatemalan group Defensoras en Lucha said on Wednesday it had "
            "recorded 640 attacks on rights defenders in 2026.")  # fmt: skip
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _items(text, date(2027, 3, 3), "claim")}
    assert counts[640] == "Defensoras en Lucha"


def test_a_named_nhri_of_a_state_said() -> None:
    text = ("DILI, 12 March 2027 - The Provedor for Human Rights and Justice of Timor-Leste said on Friday it had "
            "received 530 complaints in 2026.")  # fmt: skip
    count = next(c for c in _items(text, date(2027, 3, 12), "claim") if c.get("value") == 530)
    assert count["claimant"]["name"] == "Provedor for Human Rights and Justice"


def test_honorifics_between_a_title_and_a_name() -> None:
    text = ("KATHMANDU, Dec 3 (Valley Post) - Nepal accepted 190 of the 230 recommendations.\n\n"
            "\"We accepted only what we can deliver in this cycle,\" Foreign Secretary Dr. Mohan Lal Thapa told "
            "reporters.\n\n"
            "On Dec 2 the Special Rapporteur met the Minister of Law, Advocate Sita Rai-Berg, who told her that 52 "
            "people remained in detention.")  # fmt: skip
    claims = _items(text, date(2027, 12, 3), "claim")
    quote = next(c for c in claims if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Mohan Lal Thapa"
    count = next(c for c in claims if c.get("value") == 52)
    assert count["claimant"]["name"] == "Sita Rai-Berg"


def test_a_bar_of_a_state_is_a_body() -> None:
    text = ("ABIDJAN, 3 March 2027 - The Bar of Côte d'Ivoire said 38 percent of detainees had no lawyer. The "
            "exiled Free Bar of Belarus said 27 lawyers had been disbarred.")  # fmt: skip
    claims = _items(text, date(2027, 3, 3), "claim")
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Bar of Côte d'Ivoire"
    count = next(c for c in claims if c.get("value") == 27)
    assert count["claimant"]["name"] == "Free Bar of Belarus"


def test_south_asian_counts_initials_and_honorifics() -> None:
    text = ("PUNE, 9 February 2028 - The State Commission received 2.4 lakh complaints in 2027, its annual report "
            "shows. The Chairman of the State Commission, Mr K.V.S. Deshpande-Rao, said 1,02,450 of them had "
            "been closed. The Minister of State for Home Affairs, Shri Anil Varma-Kulkarni, said 3 crore rupees "
            "had been set aside for victims.")  # fmt: skip
    claims = _items(text, date(2028, 2, 9), "claim")
    assert any(c.get("value") == 240_000 for c in claims)
    closed = next(c for c in claims if c.get("value") == 102_450)
    assert closed["claimant"]["name"] == "K.V.S. Deshpande-Rao"
    actors = [a["actor"] for a in _items(text, date(2028, 2, 9), "actor")]
    assert {"name": "Anil Varma-Kulkarni", "kind": "official", "title": "Minister of State for Home Affairs"} in [
        {k: a.get(k) for k in ("name", "kind", "title")} for a in actors]  # fmt: skip


def test_she_is_not_the_man_named_last() -> None:
    text = ("HANOI, 4 June 2028 - The Independent Expert, Ms Lorna Abiodun-Fisk, ended a week-long visit on "
            "Friday. During the visit, she met the Minister of Labour, Mr Tran Quoc Hieu-Bao, in Hanoi. "
            "At a closing press conference the expert said the new labour code had \"closed the door on "
            "unions\". She also said 41 per cent of the workers she had met had no written contract.")  # fmt: skip
    claims = _items(text, date(2028, 6, 4), "claim")
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Lorna Abiodun-Fisk"
    quote = next(c for c in claims if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Lorna Abiodun-Fisk"


def test_an_interviewee_introduced_by_what_they_head_and_the_sources_they_cite() -> None:
    text = ("'We keep our own list': a conversation with Rasa Petrauskaite-Holm\n\n"
            "Rasa Petrauskaite-Holm directs Baltic Detention Monitor, a group based in Riga.\n\n"
            "Q: What did the government say after the dialogue?\n\n"
            "A: According to the Ministry of Foreign Affairs, 19 of the 44 delegations backed its position. "
            "Our own register holds 612 people detained for their views.\n")  # fmt: skip
    claims = _items(text, date(2027, 9, 30), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs"
    own = next(c for c in claims if c.get("value") == 612)
    assert own["claimant"]["name"] == "Rasa Petrauskaite-Holm"
    head = next(a["actor"] for a in _items(text, date(2027, 9, 30), "actor") if a["actor"]["kind"] == "official")
    assert head["body"] == "Baltic Detention Monitor"


def test_a_mandate_holder_introduced_by_is_the_rapporteur() -> None:
    text = ("Ines Abara-Lund has been the Special Rapporteur on the right to food since 2026. "
            "She told us that 3,100 families had lost their land.")  # fmt: skip
    claims = _items(text, date(2027, 5, 2), "claim")
    assert next(c for c in claims if c.get("value") == 3100)["claimant"]["name"] == "Ines Abara-Lund"


def test_an_official_described_by_country_and_portfolio_meets() -> None:
    text = ("QUITO (AP) — Ecuador's justice minister held a video call on Tuesday with the U.N. special "
            "rapporteur on torture, the ministry said.\n\n"
            "Minister of Justice Rosa Quishpe-Lund told Special Rapporteur Anders Mwale-Brandt that 14 prison "
            "guards had been suspended.")  # fmt: skip
    events = [e for e in _items(text, date(2027, 11, 18), "event") if e["event_type"] == "meeting"]
    names = {p["name"] for e in events for p in e["participants"]}
    assert {"Rosa Quishpe-Lund", "Anders Mwale-Brandt"} <= names


def test_a_party_that_has_won_seats() -> None:
    text = ("COLOMBO, 3 January 2028 - The United People's Power (UPP) has won 130 of the 225 seats, the "
            "Election Commission said.")  # fmt: skip
    actors = [a["actor"] for a in _items(text, date(2028, 1, 3), "actor")]
    assert {"name": "United People's Power", "kind": "political_party"} in [
        {k: a.get(k) for k in ("name", "kind")} for a in actors]  # fmt: skip


def test_translated_press_counts_titles_and_passive_tallies() -> None:
    text = ("LIMA, 9 May 2028 (translated from Spanish) - Peru's progress in the fight against corruption was welcomed "
            "by 30 of the 41 delegations that spoke during its Universal Periodic Review on Tuesday, while the "
            "remaining 11 raised concerns, according to the Ministry of Foreign Relations.\n\n"
            "The Chancellor, Rosa Villanueva-Crane, said the country had recorded 1.480 complaints of police "
            "abuse, 12,6 per cent fewer than in 2026.")  # fmt: skip
    claims = _items(text, date(2028, 5, 9), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (41, 30, 11)
    count = next(c for c in claims if c["claim_type"] == "count" and c["value"] == 1480)
    assert count["claimant"]["name"] == "Rosa Villanueva-Crane"
    assert any(c["claim_type"] == "rate" and c["value"] == 12.6 for c in claims)
    actors = [a["actor"] for a in _items(text, date(2028, 5, 9), "actor")]
    assert any(a["name"] == "Rosa Villanueva-Crane" and a.get("title") == "Chancellor" for a in actors)


def test_how_many_spoke_is_a_claim_even_without_a_stance() -> None:
    text = ("MANILA, 12 May 2028 (Harbour Ledger) - About 50 delegations took the floor during the Universal "
            "Periodic Review of the Philippines on Wednesday, according to the Pasig Evening Post.")  # fmt: skip
    claims = _items(text, date(2028, 5, 12), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (50, None, None)
    assert tally["flags"] == ["approximate"] and tally["claimant"]["name"] == "Pasig Evening Post"
    media = {a["actor"]["name"] for a in _items(text, date(2028, 5, 12), "actor") if a["actor"].get("kind") == "media"}
    assert media == {"Harbour Ledger", "Pasig Evening Post"}


def test_a_dateline_outlet_is_not_the_subject_of_the_first_sentence() -> None:
    text = ("ACCRA, 3 March 2028 (Coastline Radio News) - The National Commission on Civic Rights said it received "
            "3,120 complaints in 2027.")  # fmt: skip
    count = next(c for c in _items(text, date(2028, 3, 3), "claim") if c.get("value") == 3120)
    assert count["claimant"]["name"] == "National Commission on Civic Rights"


def test_a_visit_that_begins_on_a_day_named_after_it_and_the_same_day_as_a_meeting() -> None:
    text = ("MADRID, 30 May 2028 - The Minister of Foreign Affairs, Ana Ruiz-Berg, met on Monday with the Special "
            "Rapporteur on the right to food, Kofi Lind-Mensah, to prepare his visit to Spain, which will begin on "
            "the 19th of June and last ten days.\n\n"
            "On the same day, the Minister held a virtual meeting with the Special Rapporteur on extreme poverty "
            "and human rights, Lea Fors-Okoye.")  # fmt: skip
    events = _items(text, date(2028, 5, 30), "event")
    visit = next(e for e in events if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2028-06-19", "2028-06-28")
    virtual = next(e for e in events if e["event_type"] == "meeting" and e["mode"] == "virtual")
    assert virtual["date"] == "2028-05-29"


def test_a_transcript_line_is_said_by_the_person_its_label_names() -> None:
    text = ("MORNING RADIO - transcript, 4 May 2028\n\n"
            "HOST (Mara Lindqvist): The Special Rapporteur on the right to health, Tomas Abiola-Reyes, ended his "
            "visit yesterday. In his closing statement he wrote: \"Clinics cannot run on promises.\"\n\n"
            "ABIOLA-REYES: Thank you. Official figures show that 41 percent of rural clinics have no doctor.\n")  # fmt: skip
    claims = _items(text, date(2028, 5, 4), "claim")
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Tomas Abiola-Reyes"
    quote = next(c for c in claims if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Tomas Abiola-Reyes"


def test_a_body_named_again_by_the_first_words_of_its_name() -> None:
    text = ("VIENTIANE, 6 October 2027 - A total of 38 delegations took the floor during the interactive dialogue "
            "on Laos on 4 October, according to a statement by the Permanent Mission of the Lao People's "
            "Democratic Republic to the United Nations Office at Geneva.\n\n"
            "Of those, 30 commended the reforms while eight raised concerns, the Permanent Mission said.")  # fmt: skip
    tallies = [c for c in _items(text, date(2027, 10, 6), "claim") if c["claim_type"] == "tally"]
    full = next(t for t in tallies if t["supportive"] == 30)
    assert full["claimant"]["name"].startswith("Permanent Mission of the Lao")


def test_bodies_named_by_capitalised_words_or_described_in_lower_case() -> None:
    text = ("KAMPALA, 9 January 2028 - The Gulu Legal Aid Circle said 48 supporters of the opposition were "
            "arrested after the rallies. The same group says 30 percent of them were held without charge.\n\n"
            "Uganda's human rights commission said it had received 212 complaints about the arrests. The "
            "Uganda Human Rights Commission is due to report to Parliament in March.")  # fmt: skip
    claims = _items(text, date(2028, 1, 9), "claim")
    count = next(c for c in claims if c.get("value") == 48)
    assert (count["claimant"]["name"], count["claimant"]["kind"]) == ("Gulu Legal Aid Circle", "ngo")
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Gulu Legal Aid Circle"
    complaints = next(c for c in claims if c.get("value") == 212)
    assert complaints["claimant"]["name"] == "Uganda Human Rights Commission"


def test_it_before_the_issuer_of_a_statement_is_named_is_the_body_talked_about() -> None:
    text = ("TUNIS, 4 March 2028 - The Sahel Migrant Watch said 19 percent of those expelled were children. It said "
            "it had recorded 41 deaths in the border areas.\n\n"
            "The Coast Guard said in a statement that it had intercepted 9,800 people at sea in 2027.")  # fmt: skip
    claims = _items(text, date(2028, 3, 4), "claim")
    deaths = next(c for c in claims if c.get("value") == 41)
    assert deaths["claimant"]["name"] == "Sahel Migrant Watch"
    sea = next(c for c in claims if c.get("value") == 9800)
    assert (sea["claimant"]["name"], sea["claimant"]["kind"]) == ("Coast Guard", "government_body")


def test_a_un_press_release_is_a_press_statement_dated_by_its_dateline() -> None:
    text = ("Ruritania: UN experts alarmed by arrests of journalists\n\n"
            "GENEVA (14 March 2028) – UN experts today expressed alarm at the arrest of at least 12 journalists "
            "in Ruritania since January.")  # fmt: skip
    events = _items(text, date(2028, 3, 14), "event")
    assert any(e["event_type"] == "press_statement" and e["date"] == "2028-03-14" for e in events)


def test_the_honourable_between_a_title_and_a_name() -> None:
    text = ("ACCRA, 3 June 2028 - The Minister of Justice and Attorney-General, the Honourable Kofi Mensah-Lund, "
            "said 214 remand prisoners had been released since January.")  # fmt: skip
    count = next(c for c in _items(text, date(2028, 6, 3), "claim") if c.get("value") == 214)
    assert count["claimant"]["name"] == "Kofi Mensah-Lund"
    assert count["claimant"]["title"] == "Minister of Justice and Attorney-General"


def test_long_body_names_and_bodies_named_for_their_country() -> None:
    text = ("ABUJA, 4 April 2028 - Police have arrested 63 people after the fuel protests, the Kano State Police "
            "Command has said. According to Statistics Nigeria, 31 percent of households spend half their "
            "income on food.")  # fmt: skip
    claims = _items(text, date(2028, 4, 4), "claim")
    arrests = next(c for c in claims if c.get("value") == 63)
    assert (arrests["claimant"]["name"], arrests["claimant"]["kind"]) == ("Kano State Police Command", "government_body")
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "Statistics Nigeria"


def test_his_excellency_between_a_title_and_a_name() -> None:
    text = ("MANAMA, 2 May 2028 - NIHR Chairman His Excellency Dr. Yusuf Karim Al-Nasser-Holm briefed the Special "
            "Rapporteur on the institution's work, saying it had received 318 complaints in 2027.")  # fmt: skip
    actors = [a["actor"] for a in _items(text, date(2028, 5, 2), "actor")]
    assert any(a["name"] == "Yusuf Karim Al-Nasser-Holm" and a.get("title") == "NIHR Chairman" for a in actors)


def test_an_article_quoting_a_statement_is_press_and_keeps_its_quotes() -> None:
    text = ("MANILA, 3 May 2028 - The Philippine statement at the Council's dialogue was welcomed by 22 of the 30 "
            "States that spoke on 1 May, the Department of Foreign Affairs said.\n\n"
            "\"We count our problems; we do not hide them,\" Undersecretary Ramon Delos-Santana said.\n\n"
            "A statement by the Department of Justice said 140 cases had been reopened.")  # fmt: skip
    doc = Document.from_text(text, published=date(2028, 5, 3))
    assert recognise_press(doc) == "press"
    quote = next(c for c in _items(text, date(2028, 5, 3), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Ramon Delos-Santana"


def test_a_commission_on_human_rights_glossed_as_the_nhri() -> None:
    text = ("MANILA, 3 May 2028 - The Commission on Human Rights (CHR), the country's national human rights "
            "institution, said it had received 515 complaints since January.")  # fmt: skip
    count = next(c for c in _items(text, date(2028, 5, 3), "claim") if c.get("value") == 515)
    assert (count["claimant"]["name"], count["claimant"]["kind"]) == ("Commission on Human Rights", "nhri")


def test_a_body_gives_figures_from_its_own_report() -> None:
    text = ("Rights body logs more complaints\n\n"
            "AMMAN — The National Centre for Human Rights received 1,210 complaints last year, 9.5 per cent more "
            "than the year before, according to its annual report released on Monday.\n\n"
            "The report also recorded 31 cases of alleged ill-treatment. The centre put the share resolved at "
            "44 per cent.\n\n"
            "The Electoral Commission published its results on Tuesday. The commission put turnout at 52.5 percent.")  # fmt: skip
    claims = _items(text, date(2028, 3, 9), "claim")
    for value in (1210, 9.5, 31, 44):
        claim = next(c for c in claims if c.get("value") == value)
        assert claim["claimant"]["name"] == "National Centre for Human Rights", value
    turnout = next(c for c in claims if c.get("value") == 52.5)
    assert turnout["claimant"]["name"] == "Electoral Commission"
    report = next(e for e in _items(text, date(2028, 3, 9), "event") if e["event_type"] == "report")
    assert report["date"] == "2028-03-06"


def test_a_report_tabled_in_parliament_is_dated() -> None:
    text = ("KAMPALA, Friday, 12 May 2028 - The Uganda Human Rights Commission received 980 complaints last "
            "year, according to its annual report tabled in Parliament on Wednesday.")  # fmt: skip
    report = next(e for e in _items(text, date(2028, 5, 12), "event") if e["event_type"] == "report")
    assert report["date"] == "2028-05-10"


def test_honorifics_after_a_title_and_her_excellency_as_a_speaker() -> None:
    text = ("DOHA, 4 June 2028 - Chairperson of the NHRC Her Excellency Ms. Noora Khalid Al-Marri-Vance "
            "opened the session.\n\n"
            "\"Each complaint shows us where a practice must change,\" Her Excellency said.\n\n"
            "\"Half of what was promised has not been done,\" said Commissioner Mr. Tomas Okafor-Lind.")  # fmt: skip
    quotes = [c for c in _items(text, date(2028, 6, 4), "claim") if c["claim_type"] == "quotation"]
    assert [q["claimant"]["name"] for q in quotes] == ["Noora Khalid Al-Marri-Vance", "Tomas Okafor-Lind"]


def test_an_authority_quoting_its_head_and_a_statement_carried_by_an_agency() -> None:
    text = ("RIYADH — The Integrity and Audit Authority (Raqaba) announced on Monday that it had arrested 88 "
            "suspects.\n\n"
            "In a statement carried by the Saudi Press Agency, the authority said it had carried out 1,905 "
            "inspections over the month.\n\n"
            "\"Nobody is above the law,\" the authority quoted its President, Faisal Omar Al-Harbi-Lowe, as saying.")  # fmt: skip
    claims = _items(text, date(2028, 2, 2), "claim")
    rounds = next(c for c in claims if c.get("value") == 1905)
    assert rounds["claimant"]["name"] == "Integrity and Audit Authority"
    quote = next(c for c in claims if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Faisal Omar Al-Harbi-Lowe"


def test_an_acronym_names_the_body_not_a_person_titled_with_it() -> None:
    text = ("PHNOM PENH, 2 February 2028 - The visit was announced by the Cambodian Human Rights Committee "
            "(CHRC). H.E. Sok Dara-Whitcombe, President of the CHRC, welcomed it.\n\n"
            "According to the CHRC, the Government has implemented 150 of the 190 recommendations it supported.\n\n"
            "According to the Public Authority for Disability Affairs, 48,200 persons with disabilities are "
            "registered.")  # fmt: skip
    claims = _items(text, date(2028, 2, 2), "claim")
    assert any(c["claimant"] and c["claimant"]["name"] == "Cambodian Human Rights Committee" for c in claims)
    registered = next(c for c in claims if c.get("value") == 48200)
    assert registered["claimant"]["name"] == "Public Authority for Disability Affairs"


def test_tallies_with_hijri_dates_long_clauses_and_joined_by() -> None:
    text = ("ABU DHABI — The Ministry of Foreign Affairs said that 88 of the 97 delegations that took the floor "
            "during the review of the United Arab Emirates under the Universal Periodic Review in Geneva on "
            "Wednesday, 12 Rajab 1449 AH, corresponding to 23 December 2027, commended the country's record, "
            "while nine raised concerns.\n\n"
            "The chairperson said the institution had received 700 complaints, and that 35 per cent of them "
            "concerned labour disputes.")  # fmt: skip
    tallies = [c for c in _items(text, date(2027, 12, 26), "claim") if c["claim_type"] == "tally"]
    assert [(t["total"], t["supportive"], t["critical"]) for t in tallies] == [(97, 88, 9)]
    text = ("ASMARA, 8 July 2027 - The ministry said the interactive dialogue on Eritrea on 1 July had been "
            "joined by forty-four delegations, thirty of which it described as supportive and fourteen as "
            "critical.")  # fmt: skip
    tallies = [c for c in _items(text, date(2027, 7, 8), "claim") if c["claim_type"] == "tally"]
    assert (tallies[0]["total"], tallies[0]["supportive"], tallies[0]["critical"]) == (44, 30, 14)
    text = "BOGOTA, 5 October 2028 - The ministry said 30 of the 41 delegations recognised the advances of the peace process."
    tally = next(c for c in _items(text, date(2028, 10, 5), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"]) == (41, 30)


def test_tally_claimants_named_after_the_source_and_a_thematic_dialogue_state() -> None:
    text = ("Of the 50 States that took the floor at the Universal Periodic Review of Nicaragua on Monday, 38 "
            "voiced concern, according to a count the Colectivo Voces del Lago published on Tuesday.")  # fmt: skip
    tally = next(c for c in _items(text, date(2024, 11, 13), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Colectivo Voces del Lago"
    text = ("NAIROBI, 4 October 2028 - According to a statement issued by the Attorney-General's office, Kenya "
            "was commended by 30 of the 38 delegations that took the floor during the interactive dialogue with "
            "the Special Rapporteur on the right to food on 14 September. Thirty-one delegations backed Juba, "
            "according to a count by The Standard. The Chancellery said 12 of the 20 delegations praised Quito.")  # fmt: skip
    tallies = [c for c in _items(text, date(2028, 10, 4), "claim") if c["claim_type"] == "tally"]
    first = next(t for t in tallies if t["total"] == 38)
    assert first["claimant"]["name"] == "Attorney-General's office"
    assert first["forum"]["state_concerned"]["iso3"] == "KEN"
    assert any(t["claimant"] and t["claimant"]["name"] == "The Standard" for t in tallies)
    assert any(t["claimant"] and t["claimant"]["name"] == "Chancellery" for t in tallies)


def test_meeting_participants_named_by_surname_pronoun_or_mandate() -> None:
    text = ("PORT-AU-PRINCE, 20 December 2028 - The Independent Expert on the situation of human rights in Haiti, "
            "Odile Marchetti-Ba, will visit the country in January.\n\n"
            "The announcement follows a virtual meeting held on Monday between the Independent Expert and the "
            "Minister of Justice and Public Security, Jean-Robert Fleurimond-Kay.\n\n"
            "Ms. Marchetti-Ba held a meeting on Tuesday with the Ombudsman, Carline Desrosiers-Holt.\n\n"
            "On Wednesday she was received by the Prime Minister, Gaspard Lamothe-Ruiz.")  # fmt: skip
    actors = [a["actor"] for a in _items(text, date(2028, 12, 20), "actor")]
    minister = next(a for a in actors if a["name"] == "Jean-Robert Fleurimond-Kay")
    assert minister["title"] == "Minister of Justice and Public Security"
    meetings = sorted((e for e in _items(text, date(2028, 12, 20), "event") if e["event_type"] == "meeting"),
                      key=lambda e: e["date"])  # fmt: skip
    assert [e["date"] for e in meetings] == ["2028-12-18", "2028-12-19", "2028-12-20"]
    for meeting in meetings:
        assert "Odile Marchetti-Ba" in [p["name"] for p in meeting["participants"]], meeting["date"]


def test_a_weekday_after_a_past_verb_is_past_even_after_will() -> None:
    text = ("ACCRA - The party will hold a majority after the Electoral Commission on Sunday declared results for all "
            "constituencies in Thursday's general election.")  # fmt: skip
    election = next(e for e in _items(text, date(2028, 12, 11), "event") if e["event_type"] == "election")
    assert election["date"] == "2028-12-07"


def test_news_agencies_named_by_acronym_or_before_news_agency() -> None:
    text = ("TEHRAN, 5 May 2028 - The minister said the sanctions were \"a crime against ordinary families\", "
            "according to IRNA.\n\n"
            "ADEN, 5 May 2028 - The minister said in a statement carried by the Hadramawt news agency that 40 "
            "detainees had been released.")  # fmt: skip
    media = {a["actor"]["name"] for a in _items(text, date(2028, 5, 5), "actor") if a["actor"].get("kind") == "media"}
    assert {"IRNA", "Hadramawt"} <= media


def test_eastern_european_numeric_dates_and_visit_ranges() -> None:
    text = ("ASTANA — On 29.12.2027 the Deputy Minister of Foreign Affairs held a meeting in online format with the "
            "UN Independent Expert on the rights of older persons, Mr. Tomas Reyes-Andersen.\n\n"
            "The parties agreed the programme of the official visit of the Independent Expert to Kazakhstan, which "
            "will take place from 17 to 26.01.2028.\n\n"
            "YEREVAN — The national report presented on 9.XI.2027 in Geneva was assessed positively.")  # fmt: skip
    events = _items(text, date(2028, 1, 4), "event")
    visit = next(e for e in events if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2028-01-17", "2028-01-26")
    meeting = next(e for e in events if e["event_type"] == "meeting")
    assert meeting["date"] == "2027-12-29"


def test_a_visit_completed_on_one_day_that_had_begun_on_another() -> None:
    text = ("TASHKENT — The Special Rapporteur on torture, Ms. Ines Ferrer-Adebayo, completed on 10.III.2028 her "
            "official visit to Uzbekistan, which had begun on 1.III.2028. The Ombudsman said her staff had carried "
            "out 46 unannounced visits to places of detention in 2027.")  # fmt: skip
    visits = [e for e in _items(text, date(2028, 3, 11), "event") if e["event_type"] == "visit"]
    assert [(v["date"], v["end_date"]) for v in visits] == [("2028-03-01", "2028-03-10")]


def test_pacific_titles_with_the_hon_and_the_speaker() -> None:
    text = ("SUVA - The Speaker, the Hon. Mere Tuilagi-Hansen, met the delegation on Monday. The Attorney-General, "
            "the Hon. Semi Vakalala-Ross, said 312 cases were pending.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2028, 8, 16), "actor")}
    assert actors["Mere Tuilagi-Hansen"]["title"] == "Speaker"
    assert actors["Semi Vakalala-Ross"]["title"] == "Attorney-General"


def test_a_joint_statement_with_heading_lines_before_delivered_by() -> None:
    text = ("Joint statement on behalf of the Benelux countries\n\n"
            "Human Rights Council, 68th session\n"
            "Interactive dialogue with the Special Rapporteur on the right to privacy\n"
            "Geneva, 22 June 2028\n\n"
            "Delivered by Luxembourg, Ambassador Anne Kremer-Okafor\n\n"
            "Mr. President,\n\n"
            "I speak on behalf of Belgium, the Netherlands and my own country, Luxembourg. According to UNICEF, "
            "41 children were held in immigration detention.")  # fmt: skip
    doc = Document.from_text(text)
    doc.kind = recognise_press(doc)
    items = [i.to_dict() for i in extract_press(doc)]
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "LUX"
    assert statement["on_behalf_of"]["name"].startswith("Benelux")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Anne Kremer-Okafor"]["title"] == "Ambassador"
    count = next(i for i in items if i["kind"] == "claim" and i.get("value") == 41)
    assert count["claimant"]["name"] == "UNICEF"


def test_an_ngo_release_is_its_own_source() -> None:
    text = ("Tunisia: 180 protesters arrested, observatory says\n\n"
            "TUNIS, 16 May 2028 - The Carthage Observatory for Civic Space said today that arrests had doubled.\n\n"
            "Key findings:\n"
            "- our monitors recorded 180 arrests of protesters between January and April;\n"
            "- 27 percent of those arrested were under 25.\n\n"
            "ENDS\n\n"
            "For more information contact: the press office")  # fmt: skip
    claims = _items(text, date(2028, 5, 16), "claim")
    for value in (180, 27):
        claim = next(c for c in claims if c.get("value") == value)
        assert claim["claimant"]["name"] == "Carthage Observatory for Civic Space", value


def test_hansard_speaker_labels_name_the_speaker_of_their_paragraphs() -> None:
    text = ("PARLIAMENT OF RURITANIA\nHANSARD - QUESTIONS TO MINISTERS\n\nTuesday, 12 October 2027\n\n"
            "HON. MARA KOVALENKO-REID (Bo District): Mr Speaker, how did we fare at the review?\n\n"
            "THE MINISTER OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION (Hon. Tamba Sesay-Lindgren): Mr Speaker, "
            "I thank the Honourable Member.\n\n"
            "Of the 44 countries that spoke in the interactive dialogue on 14 September, 30 expressed support and 14 "
            "were critical.\n\n"
            "HON. ROHAN PERERA-HOLM (Minister of Justice): Mr Speaker, 210 cases are pending.")  # fmt: skip
    items = _items(text, date(2027, 10, 12), "actor")
    people = {a["actor"]["name"]: a["actor"].get("title") for a in items if a["actor"].get("kind") == "official"}
    assert people["Tamba Sesay-Lindgren"] == "Minister of Foreign Affairs and International Cooperation"
    assert people["Rohan Perera-Holm"] == "Minister of Justice"
    tally = next(c for c in _items(text, date(2027, 10, 12), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Tamba Sesay-Lindgren"


def test_a_quote_the_subject_was_quoted_as_saying_or_acknowledged() -> None:
    text = ("NEW DELHI, 3 March 2028 - The Special Rapporteur on the independence of judges, Lena Okafor-Dahl, met "
            "the Union Minister of Law, Arvind Sethi-Marlowe, on Monday.\n\n"
            "\"Our courts answer to the Constitution and to nobody else,\" the Minister was quoted as saying.\n\n"
            "\"The backlog is a problem we have not solved,\" the Minister acknowledged last month.")  # fmt: skip
    quotes = [c for c in _items(text, date(2028, 3, 3), "claim") if c["claim_type"] == "quotation"]
    assert [q["claimant"]["name"] for q in quotes] == ["Arvind Sethi-Marlowe", "Arvind Sethi-Marlowe"]


def test_russian_style_names_in_quotation_marks_and_total_only_tallies() -> None:
    text = ("Rights centre: about 40 delegations joined Geneva dialogue on Belarus\n\n"
            "MINSK — About 40 delegations took the floor on Tuesday in Geneva during the interactive dialogue with "
            "the Special Rapporteur on the situation of human rights in Belarus, the human rights centre \"Pravo "
            "Zashchity\" said in a review of the debate. The Ministry of Foreign Affairs of the Russian Federation "
            "called the report biased.\n\n"
            "Of the 90 mandates, the party \"Rodina-Progress\" received 31, \"Ak Zhol\" 27 and \"Tynchtyk\" 12.")  # fmt: skip
    items = _items(text, date(2027, 9, 23), "actor")
    kinds = {a["actor"]["name"]: a["actor"].get("kind") for a in items}
    assert kinds["Pravo Zashchity"] == "ngo"
    assert kinds["Ministry of Foreign Affairs of the Russian Federation"] == "government_body"
    assert [kinds.get(p) for p in ("Rodina-Progress", "Ak Zhol", "Tynchtyk")] == ["political_party"] * 3
    tally = next(c for c in _items(text, date(2027, 9, 23), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["claimant"]["name"], tally["flags"]) == (40, "Pravo Zashchity", ["approximate"])


def test_soviet_style_praise_the_mfa_and_the_upr_working_group_dialogue() -> None:
    text = ("TASHKENT — The Ministry of Foreign Affairs informs that on Monday in Geneva, within the framework of the "
            "session of the Working Group on the Universal Periodic Review, the fourth national report of the "
            "Republic of Uzbekistan was presented.\n\n"
            "According to the MFA, during the interactive dialogue 90 delegations took the floor. Critical remarks "
            "were voiced by 12 of them, while 78 delegations highly assessed the reforms.")  # fmt: skip
    tally = next(c for c in _items(text, date(2028, 1, 27), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (90, 78, 12)
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("upr_review", "2028-01-24")
    text = ("YEREVAN — According to the summary published by the MFA of the Republic of Armenia, the report was "
            "positively assessed by 60 of the 72 delegations that took the floor.")  # fmt: skip
    tally = next(c for c in _items(text, date(2028, 1, 4), "claim") if c["claim_type"] == "tally")
    assert (tally["supportive"], tally["claimant"]["name"]) == (60, "MFA of Armenia")


def test_figures_in_a_delegations_own_statement_are_its_claims() -> None:
    text = ("Statement by Ukraine\n\nHuman Rights Council, 67th session\nGeneva, 29 March 2028\n\n"
            "Mr. President,\n\n"
            "Since the previous update, 1,120 Ukrainian citizens have been returned from captivity. In 2027 the "
            "Council for the Selection of Judges held 31 competitive selections.")  # fmt: skip
    claims = [c for c in _items(text, date(2028, 3, 29), "claim") if c["claim_type"] == "count"]
    assert {(c["value"], c["unit"], c["claimant"]["iso3"]) for c in claims} == {
        (1120, "citizens", "UKR"), (31, "selections", "UKR")}


def test_the_state_under_review_presenting_its_report_is_a_speaker() -> None:
    text = ("Universal Periodic Review Working Group reviews Ruritania\n\n"
            "GENEVA, 3 February 2028 - The Working Group on the Universal Periodic Review this morning reviewed the "
            "human rights record of Sierra Leone.\n\n"
            "Sierra Leone received 190 recommendations. Sierra Leone, presenting its national report, said that "
            "free education had been extended.\n\n"
            "Liberia commended Sierra Leone for the abolition of the death penalty.\n\n"
            "France recommended that Sierra Leone criminalise female genital mutilation.")  # fmt: skip
    doc = Document.from_text(text, published=date(2028, 2, 3))
    doc.kind = recognise_press(doc)
    assert doc.kind == "meeting_summary"
    statements = [i.to_dict() for i in extract_press(doc) if i.kind == "statement"]
    assert [(s["speaker"]["iso3"], s["text"][:40]) for s in statements] == [
        ("SLE", "Sierra Leone, presenting its national re"),
        ("LBR", "Liberia commended Sierra Leone for the a"),
        ("FRA", "France recommended that Sierra Leone cri"),
    ]


def test_a_live_blog_final_count_supersedes_its_running_tally() -> None:
    text = ("LIVE: Council dialogue on Ruritania\n\n"
            "GENEVA, 14 March 2028 - The Geneva Courier is live from Room XX, where the Human Rights Council is "
            "holding its interactive dialogue with the Special Rapporteur on the situation of human rights in "
            "Eritrea. Times GMT.\n\n"
            "10:42 GMT - Brazil takes the floor. Running tally: 12 delegations so far, 8 critical, 4 supportive.\n\n"
            "11:50 GMT - The women's group Asmara Voices posts on X: \"Free every journalist held without charge.\"\n\n"
            "Summary: By our final count, 33 delegations took the floor, 21 of them critical of Eritrea and 12 "
            "supportive of the Government.")  # fmt: skip
    claims = _items(text, date(2028, 3, 14), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally["flags"]) == (33, 12, 21, [])
    assert (tally["claimant"]["name"], tally["forum"]["date"]) == ("Geneva Courier", "2028-03-14")
    post = next(c for c in claims if c["claim_type"] == "quotation")
    assert post["claimant"]["name"] == "Asmara Voices"


def test_response_tallies_of_two_states_in_one_article() -> None:
    text = ("GENEVA, 6 July 2028 - The Council adopted the outcomes of the Universal Periodic Review of several "
            "States.\n\n"
            "10:09 - Law Minister Amina Qadir-Lund says Pakistan supported 220 of the 330 recommendations it "
            "received and noted the remaining 110.\n\n"
            "11:40 - Justice Minister Mulenga Banda-Hart says Zambia accepted 180 recommendations and noted 25, out "
            "of a total of 205.")  # fmt: skip
    tallies = [c for c in _items(text, date(2028, 7, 6), "claim") if c["claim_type"] == "response_tally"]
    assert [(t["forum"]["state_under_review"]["iso3"], t["total"], t["supportive"], t["critical"]) for t in tallies] == [
        ("PAK", 330, 220, 110), ("ZMB", 205, 180, 25)]


def test_francophone_and_lusophone_offices_and_their_holders() -> None:
    text = ("DAKAR - The Médiateur de la République, Mr. Ousmane Faye-Lindqvist, presented yesterday, the 14th of "
            "June, at the Palace of the Republic, his annual report to the President.\n\n"
            "MAPUTO - It was by videoconference that the Provedor de Justiça, Dra. Lurdes Mabote-Ek, held a working "
            "meeting with the Special Rapporteur. During the meeting, the Provedor de Justiça informed the Special "
            "Rapporteur that her institution had received 870 complaints.\n\n"
            "The reform included the strengthening of the Conseil National des Droits de l'Homme and the extension "
            "of legal aid.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 6, 15), "actor")}
    assert actors["Ousmane Faye-Lindqvist"]["title"] == "Médiateur de la République"
    assert actors["Médiateur de la République"]["kind"] == "nhri"
    assert actors["Lurdes Mabote-Ek"]["title"] == "Provedor de Justiça"
    assert actors["Conseil National des Droits de l'Homme"]["kind"] == "nhri"
    report = next(e for e in _items(text, date(2027, 6, 15), "event") if e["event_type"] == "report")
    assert report["date"] == "2027-06-14"
    count = next(c for c in _items(text, date(2027, 6, 15), "claim") if c.get("value") == 870)
    assert count["claimant"]["name"] == "Lurdes Mabote-Ek"


def test_a_summary_with_the_session_after_the_time_and_an_ngo_statement_heading() -> None:
    text = ("GENEVA, 20 March 2028 - The Human Rights Council this afternoon, in its 67th session, held an "
            "interactive dialogue with the Special Rapporteur on the situation of human rights in Belarus.\n\n"
            "Lithuania said the report described a system of repression.\n\nChina said that it opposed interference.")  # fmt: skip
    assert recognise_press(Document.from_text(text)) == "meeting_summary"
    text = ("Statement by the Coalition Against Arbitrary Detention in Ruritania\n\n"
            "The Coalition met the Special Rapporteur on Monday. Our legal team has received 164 complaints.")  # fmt: skip
    assert recognise_press(Document.from_text(text)) == "press"


def test_a_journalists_outlet_in_a_press_briefing() -> None:
    text = ("GENEVA, 16 June 2028 - Asked by Jonas Wirth-Mbeki of Swiss Radio about the elections, the spokesperson "
            "said the Office was following them closely.\n\n"
            "Question from Gabriel Montfort-Asante (Radio Television Suisse): the mission says 28 delegations backed it.")  # fmt: skip
    media = {a["actor"]["name"] for a in _items(text, date(2028, 6, 16), "actor") if a["actor"].get("kind") == "media"}
    assert {"Swiss Radio", "Radio Television Suisse"} <= media


def test_chinese_state_media_names_titles_and_headline_figures() -> None:
    text = ("Over 110 countries commend China's progress at UN review: spokesperson\n\n"
            "BEIJING, Jan. 23 (Xinhua) -- Foreign Ministry spokesperson Lin Haofeng said at a regular press briefing "
            "on Tuesday that the review held on Monday had shown broad recognition.\n\n"
            "Of the 130 countries that took the floor during the Universal Periodic Review, 112 fully affirmed "
            "China's achievements, Lin said, while 18 used the occasion to smear China.\n\n"
            "The delegation was headed by Tan Weiming, member of the Central Committee and Vice Minister of Foreign "
            "Affairs. On Tuesday, the expert met in Beijing with Qiao Jianhua, Assistant Minister of Foreign "
            "Affairs, who briefed him.")  # fmt: skip
    tally = next(c for c in _items(text, date(2029, 1, 23), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally["flags"]) == (130, 112, 18, [])
    assert tally["claimant"]["name"] == "Lin Haofeng"
    titles = {a["actor"]["name"]: a["actor"].get("title") for a in _items(text, date(2029, 1, 23), "actor")}
    assert titles["Tan Weiming"] == "Vice Minister of Foreign Affairs"
    assert titles["Qiao Jianhua"] == "Assistant Minister of Foreign Affairs"


def test_quotes_from_pacific_press_appositions_and_titles_before_names() -> None:
    text = ("APIA, 3 May 2028 - The Minister of Justice, the Hon. Pauline Ramsey-Vogel, met the delegation.\n\n"
            "\"The people have spoken clearly,\" party leader, the Hon. Laauli Tavita-Rose, told supporters.\n\n"
            "\"We have nothing to hide,\" Minister Ramsey-Vogel said in a brief statement.\n\n"
            "\"People voted for roads and clinics,\" said Coalition leader Dorothy Fa'asolo-Kent.\n\n"
            "We have arrested 106 people in the Wabag area of Enga Province, the Police Commissioner, David "
            "Kauparu-White, said.")  # fmt: skip
    items = _items(text, date(2028, 5, 3), "claim")
    quotes = [c["claimant"]["name"] for c in items if c["claim_type"] == "quotation"]
    assert quotes == ["Laauli Tavita-Rose", "Pauline Ramsey-Vogel", "Dorothy Fa'asolo-Kent"]
    people = {a["actor"]["name"] for a in _items(text, date(2028, 5, 3), "actor") if a["actor"].get("kind") == "official"}
    assert "David Kauparu-White" in people and "Enga Province" not in people


def test_reports_laid_released_or_published_and_a_delegation_received_in_an_office() -> None:
    text = ("PORT OF SPAIN - The Ombudsman, Carla Beharry-Lund, on Tuesday laid her annual report in the House of "
            "Representatives.")  # fmt: skip
    report = next(e for e in _items(text, date(2028, 6, 22), "event") if e["event_type"] == "report")
    assert report["date"] == "2028-06-20"
    text = ("BAKU — The monitoring group Caspian Press Watch in its annual review, published on Monday, states that "
            "27 journalists were detained.\n\n"
            "On 14.02.2028 the Commissioner for Human Rights, Elmira Vaqifovna Sultanli-Dane, received in her office "
            "in Baku a delegation of the Committee to Protect Journalists.")  # fmt: skip
    events = _items(text, date(2028, 2, 16), "event")
    assert any(e["event_type"] == "report" and e["date"] == "2028-02-14" for e in events)
    meeting = next(e for e in events if e["event_type"] == "meeting")
    assert meeting["date"] == "2028-02-14"
    assert "Elmira Vaqifovna Sultanli-Dane" in [p["name"] for p in meeting["participants"]]


def test_a_briefing_on_many_states_and_the_claim_by_a_ministry() -> None:
    text = ("GENEVA, 4 July 2028 - At the regular briefing, the spokesperson spoke about Tajikistan, Myanmar and "
            "Tajikistan's prisons. Tajikistan has detained 40 lawyers, and Tajikistan's courts sentenced 12 of "
            "them. Tajikistan denies it.\n\n"
            "Question from Lena Fischer-Obi (Radio Television Suisse): The Syrian mission says 28 delegations "
            "expressed support for Syria, out of the 36 that spoke in Monday's interactive dialogue with the "
            "Commission of Inquiry on the Syrian Arab Republic.\n\n"
            "Asked about the claim by Burundi's Ministry of Foreign Affairs that, of the 38 delegations which spoke "
            "at yesterday's interactive dialogue with the Special Rapporteur on the situation of human rights in "
            "Burundi, only six had been critical, the spokesperson, Marta Hurtado-Lind, said the record was "
            "public.")  # fmt: skip
    tallies = [c for c in _items(text, date(2028, 7, 4), "claim") if c["claim_type"] == "tally"]
    syria = next(t for t in tallies if t["total"] == 36)
    assert syria["forum"]["state_concerned"]["iso3"] == "SYR"
    burundi = next(t for t in tallies if t["total"] == 38)
    assert burundi["claimant"]["name"].startswith("Ministry of Foreign Affairs")


def test_turkish_and_iranian_press_sessions_outlets_and_spokesmen() -> None:
    text = ("GENEVA, 16 March 2027 - The Human Rights Council, at its sixty-fourth session, this afternoon held an "
            "interactive dialogue with the Special Rapporteur on the situation of human rights in the Islamic "
            "Republic of Iran.\n\nGermany expressed concern about executions.\n\nChina said the mandate was "
            "politicised.")  # fmt: skip
    assert recognise_press(Document.from_text(text)) == "meeting_summary"
    text = ("TEHRAN - Foreign Ministry spokesman Nasser Farahani-Bjork said the sanctions were illegal. Iran Horizon "
            "International, a London-based satellite channel, had claimed otherwise. \"We saw through it,\" the "
            "envoy told Press TV.\n\n"
            "Of the forty countries that spoke on Tuesday (June 22) in the interactive dialogue on Iran, thirty "
            "backed the Islamic Republic against certain Western states, Iran's Permanent Mission to the United "
            "Nations Office in Geneva says.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 6, 24), "actor")}
    assert actors["Nasser Farahani-Bjork"]["title"] == "Foreign Ministry spokesman"
    assert actors["Iran Horizon International"]["kind"] == "media" and actors["Press TV"]["kind"] == "media"
    tally = next(c for c in _items(text, date(2027, 6, 24), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"].startswith("Permanent Mission")


def test_wire_flashes_corrected_later_in_the_same_text() -> None:
    text = ("BREAKING: 40 of 50 delegations backed Eritrea at UN rights dialogue, Asmara says\n\n"
            "GENEVA, March 11 (Horn Wire) -\n\n"
            "1105 GMT - URGENT: Eritrea's Ministry of Information says 40 of the 50 delegations that spoke at "
            "Tuesday's interactive dialogue with the Special Rapporteur on the situation of human rights in Eritrea "
            "supported the government.\n\n"
            "1420 GMT - CORRECTION: The Ministry of Information has reissued its statement. It now says 30 of the 50 "
            "delegations were supportive and 20 were critical, not 40 as first stated.")  # fmt: skip
    tally = next(c for c in _items(text, date(2027, 3, 11), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally["flags"]) == (50, 30, 20, [])
    text = ("PHNOM PENH, 28 September 2028 (Mekong Daily) -\n\n"
            "0900 - Forty delegations took the floor at yesterday's interactive dialogue on Cambodia, and "
            "twenty-eight of them spoke in support of the government, a tally by this newspaper shows.\n\n"
            "1130 - CORRECTION: An earlier flash said twenty-eight delegations were supportive. The correct figure "
            "is twenty-five. Fifteen delegations were critical.")  # fmt: skip
    tally = next(c for c in _items(text, date(2028, 9, 28), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (40, 25, 15)
    assert tally["claimant"]["name"] == "Mekong Daily"


def test_a_policy_brief_is_its_institute_s_reading() -> None:
    text = ("Policy Brief No. 12 - Harbourside Institute for Multilateral Policy\n\n"
            "When Ruritania was reviewed by the UPR Working Group in Geneva on 7 February 2028, 90 delegations took "
            "the floor. By our reading, 70 of the 90 statements were broadly supportive and 20 were critical.")  # fmt: skip
    tally = next(c for c in _items(text, date(2028, 3, 1), "claim") if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (90, 70, 20)
    assert tally["claimant"]["name"] == "Harbourside Institute for Multilateral Policy"


def test_guillemets_and_low_high_quotes_are_quotations() -> None:
    text = ("BERNE, 4 March 2028 - «Nobody here should wait a year for a hearing», Anna Keller-Osei told "
            "journalists.\n\n„The courts need more judges,“ Keller-Osei said.")  # fmt: skip
    quotes = [c for c in _items(text, date(2028, 3, 4), "claim") if c["claim_type"] == "quotation"]
    assert [q["quote"][:20] for q in quotes] == ["Nobody here should w", "The courts need more"]
    assert all(q["claimant"]["name"].endswith("Keller-Osei") for q in quotes)
    assert quotes[0]["evidence"]["quote"].startswith("«")  # the evidence is the document's own text


def test_ombudsman_institutions_and_their_holders() -> None:
    text = ("STOCKHOLM, 2 March 2028 - Sweden's Equality Ombudsman received 3.400 complaints last year. Equality "
            "Ombudsman Lotta Berg-Mensah presented the figures.\n\nParis - France's Defender of Rights recorded "
            "141 200 complaints. The Non-Discrimination Ombudsman, Kaisa Lind-Omondi, said her office was busy. "
            "The Austrian Ombudsman Board said it made 512 visits.")  # fmt: skip
    items = _items(text, date(2028, 3, 2), "actor") + _items(text, date(2028, 3, 2), "claim")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    for name in ("Equality Ombudsman", "Defender of Rights", "Austrian Ombudsman Board"):
        assert actors[name]["kind"] == "nhri", name
    assert actors["Lotta Berg-Mensah"]["title"] == "Equality Ombudsman"
    assert actors["Kaisa Lind-Omondi"]["title"] == "Non-Discrimination Ombudsman"  # her title, not a second body
    counts = {c["value"]: c for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert counts[3400]["unit"] == "complaints" and counts[141200]["unit"] == "complaints"
    assert counts[3400]["claimant"]["name"] == "Equality Ombudsman"


def test_the_holder_still_speaks_when_named_before_the_office() -> None:
    text = ("CHISINAU, 18 March 2027 - Moldova's People's Advocate, Ion Rusu-Berg, met the Special Rapporteur on "
            "minority issues on Tuesday.\n\nThe People's Advocate said his office had received 212 complaints.")  # fmt: skip
    count = next(c for c in _items(text, date(2027, 3, 18), "claim") if c.get("value") == 212)
    assert count["claimant"]["name"] == "Ion Rusu-Berg"


def test_seats_won_make_a_party_and_the_share_is_the_count() -> None:
    text = ("THE HAGUE, 3 March 2028 - The PBV won 34 of the 150 seats, ahead of the Green-Social Alliance with 29. "
            "PBV leader Sanne de Vries-Oduya thanked voters. Turnout was 77,4 per cent, the Electoral Council said.")  # fmt: skip
    items = _items(text, date(2028, 3, 3), "actor") + _items(text, date(2028, 3, 3), "claim")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Green-Social Alliance"]["kind"] == "political_party"
    assert actors["Sanne de Vries-Oduya"]["title"] == "PBV leader"
    seats = [c for c in items if c["kind"] == "claim" and c.get("unit") == "seats"]
    assert [c["value"] for c in seats] == [34]


def test_names_that_hold_a_country_or_an_outlet_word() -> None:
    text = ("BUJUMBURA - Delivered by Ambassador Clarice Montenegro-Abebe. Thirty of the 40 delegations were "
            "supportive, according to the public broadcaster Radio Umuco, which said ten were critical.\n\n"
            "ALGIERS - The vote was praised, according to the official news agency Wakalat al-Anba.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2028, 3, 3), "actor")}
    assert "Montenegro" not in actors and actors["Clarice Montenegro-Abebe"]["kind"] == "official"
    assert actors["Radio Umuco"]["kind"] == "media" and actors["Wakalat al-Anba"]["kind"] == "media"


def test_acronyms_figures_from_and_french_names() -> None:
    text = ("ACCRA - The Electoral Commission (EC) declared the results. According to the EC, turnout was 61.4 "
            "percent.\n\nAccording to figures from the Presidency of Migration Management, 612,000 Syrians have "
            "returned.\n\nThe Collectif des Organisations de la Société Civile pour les Élections, which deployed "
            "1,500 observers, recalled its concerns.")  # fmt: skip
    claims = {c["value"]: c for c in _items(text, date(2028, 3, 3), "claim") if c.get("value")}
    assert claims[61.4]["claimant"]["name"] == "Electoral Commission"
    assert claims[612000]["claimant"]["name"] == "Presidency of Migration Management"
    assert claims[612000]["unit"] == "Syrians"
    assert claims[1500]["claimant"]["name"] == "Collectif des Organisations de la Société Civile pour les Élections"


def test_a_holder_named_right_after_the_mandate_title() -> None:
    text = ("TUNIS, 3 March 2028 - Programme of the visit:\n\n- Special Rapporteur on torture Henrik Adebayo-Lund "
            "to tour prisons in Tunis and Sfax.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2028, 3, 3), "actor")}
    assert actors["Henrik Adebayo-Lund"]["title"] == "Special Rapporteur on torture"


def test_a_ministry_confirming_a_visit_on_a_day_is_a_press_statement() -> None:
    text = ("BERNE, 1 January 2028 - The Special Rapporteur on torture will visit Switzerland from 17 January, the "
            "Federal Department of Foreign Affairs confirmed on Friday.")  # fmt: skip
    events = [(e["event_type"], e["date"]) for e in _items(text, date(2028, 1, 1), "event")]
    assert ("press_statement", "2027-12-31") in events


def test_decimal_comma_millions_and_counts_put_at_a_figure() -> None:
    text = ("GENEVA, 4 March 2028 - Ms. Rahimi-Lund told the Council that more than 1,4 million girls were out of "
            "school. Japan said that the abduction of 17 of its nationals was unresolved.\n\n"
            "The Interior Ministry says 541,000 people have returned; the Lahore-based NGO Sadaqat Legal Aid puts "
            "the number of deported women at risk of persecution at 1,870.")  # fmt: skip
    claims = {c["value"]: c for c in _items(text, date(2028, 3, 4), "claim") if c.get("value")}
    assert claims[1400000]["unit"] == "girls"
    assert claims[17]["unit"] == "nationals" and claims[17]["claimant"]["name"] == "Japan"
    assert claims[1870]["unit"] == "women" and claims[1870]["claimant"]["name"] == "Sadaqat Legal Aid"
    assert claims[541000]["claimant"]["name"].endswith("Ministry")


def test_a_quote_that_closes_its_sentence_is_the_speaker_before_it() -> None:
    text = ("GENEVA, 4 March 2028 - The Rapporteur, Ingrid Halvorsen-Abebe, told the Council that \"the number of "
            "people jailed for their opinions has not fallen\". The Lakeside Legal Monitor put that number at "
            "1,142 political prisoners.")  # fmt: skip
    quote = next(c for c in _items(text, date(2028, 3, 4), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Ingrid Halvorsen-Abebe"


def test_visit_ranges_lengths_and_a_bulletin_number_before_its_date() -> None:
    text = ("ASTANA, 27 December 2027 - The Deputy Minister received the Special Rapporteur on the independence of "
            "judges and lawyers, who is on an official visit to Kazakhstan from 20 December 2027 to 3 January "
            "2028.")  # fmt: skip
    visit = next(e for e in _items(text, date(2027, 12, 27), "event") if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2027-12-20", "2028-01-03")
    text = ("YAOUNDE - Twelve days, beginning on the 2nd of December, is the length of the official visit that the "
            "Special Rapporteur on the right to education will carry out in Cameroon.")  # fmt: skip
    visit = next(e for e in _items(text, date(2027, 11, 22), "event") if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2027-12-02", "2027-12-13")
    text = ("SEOUL, Jan. 3 (Yonhap) -- Ms. Mardones-Lee, who wrapped up a five-day trip to South Korea on Dec. 31, "
            "said defectors needed protection, the unification ministry said.")  # fmt: skip
    visit = next(e for e in _items(text, date(2028, 1, 3), "event") if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2027-12-27", "2027-12-31")
    from rightstrack.extract.dates import find_published

    assert find_published("Pacific Rights Bulletin #44 - 15 January 2028\n\nSAMOA: FAST HOLDS ON") == date(2028, 1, 15)


def test_a_ministry_named_by_its_portfolio_is_not_the_state_s_foreign_ministry() -> None:
    text = ("SEOUL, Jan. 3 (Yonhap) -- The number of North Korean defectors who arrived in South Korea last year "
            "rose to 236, the unification ministry said Monday. The Special Rapporteur on the situation of human "
            "rights in the Democratic People's Republic of Korea met the minister.")  # fmt: skip
    count = next(c for c in _items(text, date(2028, 1, 3), "claim") if c.get("value") == 236)
    assert count["unit"] == "defectors" and count["claimant"]["name"] == "Unification Ministry"


def test_it_is_the_body_that_opened_the_sentence_before() -> None:
    text = ("TUNIS, 4 March 2028 - The Observatory for Judicial Independence said in a press statement on Wednesday "
            "that 57 judges had been dismissed in Tunisia.\n\nThe ministry rejected the figures. It said 92 percent of cases "
            "were processed within the legal deadlines.")  # fmt: skip
    rate = next(c for c in _items(text, date(2028, 3, 4), "claim") if c.get("value") == 92)
    assert "Ministry" in rate["claimant"]["name"]


def test_an_official_record_and_a_report_documenting_a_count() -> None:
    text = ("MASERU, 14 October 2027 - 1. The Independent Electoral Commission declares the results of the general "
            "election.\n\n2. The Commission records that 1,412,306 voters were registered.\n\n"
            "GUATEMALA CITY - The Office of the Human Rights Ombudsman on Monday published a report documenting "
            "1,287 unresolved land disputes.")  # fmt: skip
    claims = {c["value"]: c for c in _items(text, date(2027, 10, 14), "claim") if c.get("value")}
    assert claims[1412306]["claimant"]["name"].endswith("Commission")
    assert claims[1287]["unit"] == "disputes"
    assert claims[1287]["claimant"]["name"] == "Office of the Human Rights Ombudsman"


def test_a_fact_check_s_claim_is_its_maker_s_and_the_checker_is_the_outlet() -> None:
    text = ("Ruritanian outlet's count of Geneva speakers does not add up\n\nJOHANNESBURG, 6 February 2028 - Claim "
            "Watch Africa\n\nClaim: \"Of the 44 delegations that spoke, 30 praised Ruritania and 19 criticised it.\"\n"
            "Who made it: the news site Lakeside Daily, in a report on the interactive dialogue on Ruritania.\n"
            "Verdict: False\n\nOur own count from the webcast confirms that 44 delegations spoke.")  # fmt: skip
    items = _items(text, date(2028, 2, 6), "claim") + _items(text, date(2028, 2, 6), "actor")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally" and c["supportive"] == 30)
    assert tally["claimant"]["name"] == "Lakeside Daily"
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Claim Watch Africa"]["kind"] == "media" and actors["Lakeside Daily"]["kind"] == "media"
    text = ("Minister overstates support\n\nAFP Fact Check\n\nClaim: \"Forty-one of the 47 countries that spoke "
            "stood with Eritrea.\"\nVerdict: Misleading\n\nEritrea's Minister of Information, Yohannes Tesfay-Berg, "
            "made the claim in a post on X on Wednesday.")  # fmt: skip
    tally = next(c for c in _items(text, date(2028, 3, 23), "claim") if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Yohannes Tesfay-Berg"


def test_a_list_of_signatories_is_one_name_per_line_and_an_mp_is_titled() -> None:
    text = ("Open letter\n\nTo: H.E. Ambassador Ingrid Molnar-Obi, President of the Human Rights Council\n\n"
            "Your Excellency,\n\nWe, the undersigned organisations, write to you. Harriet Quayle-Obi MP agreed.\n\n"
            "Signatories:\nCentre pour la Démocratie et les Droits Humains en Afrique de l'Est et du Centre\n"
            "Eritrean Diaspora Lawyers Forum\nRéseau Francophone contre la Torture (RFCT)\nCollectif Solidarité "
            "Bangladesh\nCorporación Justicia Territorial\nBalochistan Missing Persons Families Council\n\n"
            "Geneva, 8 June 2027")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2027, 6, 8), "actor")}
    for name in ("Eritrean Diaspora Lawyers Forum", "Réseau Francophone contre la Torture", "Collectif Solidarité "
                 "Bangladesh", "Corporación Justicia Territorial", "Balochistan Missing Persons Families Council"):
        assert actors[name]["kind"] == "ngo", name
    assert actors["Ingrid Molnar-Obi"]["title"] == "President of the Human Rights Council"
    assert actors["Harriet Quayle-Obi"]["title"] == "MP"


def test_a_press_release_heading_wins_over_what_it_reports() -> None:
    text = ("Embassy of the Republic of Arcadia - Press Release\n\nArcadia adopts its review outcome\n\nGENEVA, 12 "
            "October 2029 - The Human Rights Council today adopted the outcome of the Universal Periodic Review of "
            "Arcadia. Ambassador Retno Wira-Holt, Permanent Representative of Arcadia, informed the Council.\n\n"
            "\"We will report openly,\" the Ambassador said.")  # fmt: skip
    doc = Document.from_text(text, published=date(2029, 10, 12))
    assert recognise_press(doc) == "press"
    quote = next(c for c in _items(text, date(2029, 10, 12), "claim") if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Retno Wira-Holt"


def test_whose_estimate_what_a_body_found_and_who_signed_a_letter() -> None:
    text = ("GENEVA, 24 June 2027 - In a letter signed by 26 groups, the Arcadia Accountability Network said that 47 "
            "delegations had taken the floor, of which 31 had been critical of the authorities and 16 supportive of "
            "them.\n\nThe letter also cited the Special Rapporteur's estimate that at least 10,000 people were held "
            "incommunicado.\n\nThe Corporación Justicia Territorial has found that charges were brought in only 46 "
            "percent of the killings. Meanwhile, the National Protection Unit received 2,904 requests for "
            "protection last year.")  # fmt: skip
    claims = _items(text, date(2027, 6, 24), "claim")
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (47, 16, 31)
    values = {c.get("value"): c for c in claims if c.get("value")}
    assert values[10000]["claimant"]["name"].startswith("Special Rapporteur")
    assert values[46]["claimant"]["name"] == "Corporación Justicia Territorial"
    assert values[2904]["claimant"]["name"] == "National Protection Unit"


def test_a_year_in_review_and_a_year_said_before_the_date() -> None:
    text = ("Arcadia's year with the UN: the foreign ministry looks back on 2027\n\nIn its end-of-year review, the "
            "ministry describes 2027 as an open year.\n\nOn 14 January, the Special Rapporteur on the right to "
            "education, Mirela Okafor-Lind, began a ten-day visit to Arcadia.")  # fmt: skip
    visit = next(e for e in _items(text, date(2027, 12, 30), "event") if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2027-01-14", "2027-01-23")
    text = ("NEW YORK, 21 October 2027 - The Special Rapporteur on the situation of human rights in Myanmar, Saskia "
            "Thein-Obi, looked back on her mandate.\n\nIn 2025 she went to Bangladesh, arriving in Cox's Bazar on "
            "the 2nd of February for a twelve-day visit. Last year, on Monday 30 November 2026, she met Malaysia's "
            "foreign minister, Tan Sri Hafiz Rahman-Cole, by videoconference.\n\nShe told the committee that at "
            "least 6,480 civilians had been killed.")  # fmt: skip
    items = _items(text, date(2027, 10, 21), "event") + _items(text, date(2027, 10, 21), "claim")
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2025-02-02", "2025-02-13")
    assert [p["name"] for p in visit["participants"]][:1] == ["Saskia Thein-Obi"]  # "she went": who she is
    count = next(c for c in items if c["kind"] == "claim" and c.get("value") == 6480)
    assert count["claimant"]["name"] == "Saskia Thein-Obi"  # "she", not the minister she met


def test_outlets_with_an_epithet_seats_led_police_and_a_spanish_abbreviation() -> None:
    text = ("PHNOM PENH - Thirty of the 41 delegations praised the Government, the pro-government Khmer Morning "
            "Herald reported. \"The West is a small club,\" a researcher told the Global Times.\n\nThe "
            "Reconstruction Alliance led with 58 seats, the commission said. Forty protesters were detained by the "
            "National Police.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2028, 1, 7), "actor")}
    assert actors["Khmer Morning Herald"]["kind"] == "media" and actors["Global Times"]["kind"] == "media"
    assert actors["Reconstruction Alliance"]["kind"] == "political_party"
    assert actors["National Police"]["kind"] == "government_body"
    text = ("LUANDA - On the 3rd of January, the Provedora de Justiça, Dra. Florbela Neto-Kjaer, held a virtual "
            "meeting with the Special Rapporteur on the rights to freedom of peaceful assembly and of association.")  # fmt: skip
    meeting = next(e for e in _items(text, date(2028, 1, 7), "event") if e["event_type"] == "meeting")
    assert meeting["date"] == "2028-01-03"


def test_a_page_laid_out_text_is_read_as_running_prose() -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARCADIA\n"
            "PRESS SERVICE                                           INFORMATION NOTE\n\n"
            "UPR: NATIONAL REPORT OF ARCADIA WELCOMED IN GENEVA\n\n"
            "The national report of Arcadia was welcomed by 58 of the 71 dele-\n"
            "gations that took part in its Universal Periodic Review in Geneva last\n"
            "Thursday, the Ministry of Foreign Affairs said. Only 13 delegations were\n"
            "described by the Ministry as critical, most of them from Western Europe.\n\n"
            "The delegation was headed by the Deputy Minister of Justice, Rustam\n"
            "Yuldash-Corbett, who presented the reforms carried out since the pre-\n"
            "vious review, including the new Criminal Procedure Code and the reform\n"
            "of the Bar.\n\n"
            "MFA PRESS SERVICE - INFORMATION NOTE                              - 2 -\n\n"
            "On the margins of the review, the Deputy Minister also met the Special\n"
            "Rapporteur on torture, Oluwaseun Dahl-Reyes, on Friday.\n")  # fmt: skip
    doc = Document.from_text(text, published=date(2030, 5, 6))
    doc.kind = recognise_press(doc)
    items = [i.to_dict() for i in extract_press(doc)]
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (71, 58, 13)
    assert text[tally["evidence"]["start"] : tally["evidence"]["end"]] == tally["evidence"]["quote"]
    assert "dele-\ngations" in tally["evidence"]["quote"]  # the document's own passage, as printed
    names = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert names["Rustam Yuldash-Corbett"]["title"] == "Deputy Minister of Justice"
    assert names["Oluwaseun Dahl-Reyes"]["title"].startswith("Special Rapporteur on torture")


def test_question_time_labels_local_officials_and_bodies_named_in_their_own_language() -> None:
    text = ("ORAL QUESTIONS\n\nQ: Tamati Rangi-Price (Te Pati Maori) to the Minister of Justice: How many "
            "recommendations has the Government accepted?\n\nA: Hon Philippa Drum-Aziz (Minister of Justice): New "
            "Zealand received 228 recommendations at its Universal Periodic Review in Geneva. The Government has "
            "accepted 164 of them and noted 64.")  # fmt: skip
    items = _items(text, date(2029, 3, 1), "actor") + _items(text, date(2029, 3, 1), "claim")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Philippa Drum-Aziz"]["title"] == "Minister of Justice"
    assert actors["Te Pati Maori"]["kind"] == "political_party"
    response = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "response_tally")
    assert response["claimant"]["name"] == "Philippa Drum-Aziz"
    text = ("DAVAO CITY - Davao City Mayor Lorenzo Dimas-Voss held an online meeting on the 5th with the Special "
            "Rapporteur on the rights to freedom of peaceful assembly and of association. The regional "
            "coordination of the Comissão Pastoral da Terra said 19 leaders were killed.\n\nCARACAS - La "
            "Cancillería, Venezuela's Ministry of Foreign Affairs, said that 31 of the 45 delegations supported "
            "the Government.")  # fmt: skip
    items = _items(text, date(2029, 11, 8), "actor") + _items(text, date(2029, 11, 8), "event")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Lorenzo Dimas-Voss"]["title"] == "Davao City Mayor"
    assert actors["Comissão Pastoral da Terra"]["kind"] == "ngo"
    assert actors["Cancillería"]["kind"] == "government_body"
    meeting = next(e for e in items if e["kind"] == "event" and e["event_type"] == "meeting")
    assert meeting["date"] == "2029-11-05"


def test_an_end_of_mission_statement_is_press() -> None:
    text = ("END-OF-MISSION STATEMENT BY THE SPECIAL RAPPORTEUR ON EXTREME POVERTY, ON HER VISIT TO PERU\n\n"
            "1. I have just concluded a twelve-day official visit to Peru, which I carried out from 3 to 14 "
            "November. I am presenting these preliminary findings at a press conference in Lima today.")  # fmt: skip
    assert recognise_press(Document.from_text(text)) == "press"


def test_a_committee_hearing_s_labels_name_each_speaker_and_office() -> None:
    text = ("SENATE FOREIGN AFFAIRS COMMITTEE\nEstimates - Department of Foreign Affairs\n\n"
            "Senator Moira Castle-Pyke (Greens, Tasmania): Minister, how many recommendations were accepted at "
            "Arcadia's fourth Universal Periodic Review?\n\n"
            "Senator Duncan Fairweather-Obi (Minister representing the Minister for Foreign Affairs): Arcadia "
            "received 344 recommendations at its Universal Periodic Review. We supported 198 of them and noted the "
            "remaining 146.\n\n"
            "Ms Harriet Olumide-Vance (First Assistant Secretary, Multilateral Policy Division): Senator, 112 "
            "delegations took the floor during the review. By the department's count, 94 of them welcomed "
            "Arcadia's progress and 18 raised concerns.")  # fmt: skip
    items = _items(text, date(2030, 2, 20), "actor") + _items(text, date(2030, 2, 20), "claim")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Duncan Fairweather-Obi"]["title"].startswith("Minister representing")
    assert actors["Harriet Olumide-Vance"]["title"] == "First Assistant Secretary"
    assert actors["Greens"]["kind"] == "political_party"
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (112, 94, 18)
    assert tally["claimant"]["name"] == "Harriet Olumide-Vance"


def test_a_key_figures_box_and_what_bodies_grant_deploy_and_count() -> None:
    text = ("TEGUCIGALPA, 14 March 2030 - The rights organisation Centro Lempira de Derechos Humanos today "
            "launched its annual report.\n\nKEY FIGURES 2029\n1,240 | cases documented\n38% | of victims were "
            "women\n\nWASHINGTON - The Inter-American Commission on Human Rights (IACHR) has granted 17 "
            "precautionary measures so far in 2030. ODIHR said it had deployed 312 long-term and short-term "
            "observers. The exiled Cuban Observatory of Conscience, based in Madrid, counts 1,047 political "
            "prisoners. Members of the Nicaraguan Journalists in Exile Collective met the Special Rapporteur.")  # fmt: skip
    items = _items(text, date(2030, 3, 14), "claim") + _items(text, date(2030, 3, 14), "actor")
    claims = {c["value"]: c for c in items if c["kind"] == "claim" and c.get("value")}
    assert (claims[1240]["unit"], claims[1240]["claimant"]["name"]) == ("cases", "Centro Lempira de Derechos Humanos")
    assert claims[38]["claim_type"] == "rate" and claims[38]["claimant"]["name"] == "Centro Lempira de Derechos Humanos"
    assert claims[17]["unit"] == "measures" and claims[17]["claimant"]["name"].startswith("Inter-American Commission")
    assert claims[312]["unit"] == "observers"
    assert claims[1047]["claimant"]["name"] == "Cuban Observatory of Conscience"
    actors = {a["actor"]["name"] for a in items if a["kind"] == "actor"}
    assert "Nicaraguan Journalists in Exile Collective" in actors


def test_said_then_a_title_in_lower_case_then_the_name() -> None:
    text = ("LIMA, 9 April 2031 - Final results gave no party a majority in Congress.\n\n"
            '"Every bloc will now have to talk to the people it insulted all year," said constitutional '
            "lawyer Ximena Quispe-Harlow.")  # fmt: skip
    quote = next(c for c in _claims(text, date(2031, 4, 9)) if c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Ximena Quispe-Harlow"
    assert quote["claimant"]["title"].endswith("lawyer")


def test_a_meeting_summary_quotes_the_expert_presenting_her_report() -> None:
    text = ("GENEVA, 2 July 2031 - The Human Rights Council this morning held an interactive dialogue with the "
            "Special Rapporteur on the situation of human rights in Belarus, Ingrid Tamm-Obuya. Presenting her "
            'report, she said that "nobody should go to prison for a post on social media".\n\n'
            "Lithuania said the report documented a systematic campaign against independent media.\n\n"
            "Venezuela said the mandate was selective and politically motivated.")  # fmt: skip
    doc = Document.from_text(text, source="summary.txt")
    doc.kind = recognise_press(doc)
    assert doc.kind == "meeting_summary"
    quotes = [c for c in _claims(text, date(2031, 7, 2)) if c["claim_type"] == "quotation"]
    assert [q["claimant"]["name"] for q in quotes] == ["Ingrid Tamm-Obuya"]
    assert quotes[0]["quote"].startswith("nobody should go to prison")


def test_a_situation_report_cites_each_figure_to_the_body_in_brackets() -> None:
    text = ("CHAD: Eastern Border Flash Update No. 3\nReporting period: 29 December 2030 - 11 January 2031\n"
            "Issued: 13 January 2031\n\nKEY POINTS\n"
            "- About 640,000 refugees are now sheltering in Ouaddaï province (UNHCR, 10 Jan).\n"
            "- 52 humanitarian partners are present in Adré, against 37 in November.\n"
            "- 1.1 million children under five need treatment for malnutrition (Nutrition Cluster estimate).\n\n"
            "Reported measles cases reached 2,315 since 1 December, according to the Ministry of Public Health.")  # fmt: skip
    doc = Document.from_text(text)
    doc.kind = recognise_press(doc)
    items = [i.to_dict() for i in extract_press(doc)]
    claims = {c["value"]: c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[640000]["claimant"]["name"] == "UNHCR"
    assert claims[52]["unit"] == "partners"
    assert claims[1100000]["claimant"]["name"] == "Nutrition Cluster"
    assert claims[2315]["unit"] == "cases"
    assert claims[2315]["claimant"]["name"] == "Ministry of Public Health"


def test_an_agency_country_brief_is_the_agency_own_and_initials_are_not_the_speaker() -> None:
    text = ("WFP Chad Country Brief - December 2030\n\nIN NUMBERS\n- 1.4 million people assisted in December\n\n"
            "The International Organization for Migration (IOM) counts 215,000 returnees since March.")  # fmt: skip
    claims = {c["value"]: c for c in _claims(text, date(2031, 1, 5)) if c.get("value")}
    assert claims[1400000]["claimant"]["name"] == "WFP"
    assert claims[215000]["claimant"]["name"] == "International Organization for Migration"


def test_an_indefinite_group_in_the_lead_is_the_group_named_next() -> None:
    text = ("Rights group says 204 held after Yerevan rally\n\nAn Armenian rights group says 204 people were "
            "detained after Saturday's rally in Yerevan.\n\nOpen Door Monitor, which sent lawyers to the police "
            "stations, said most were released without charge. The Lusaka-based Zambezi Voices Trust said 61 "
            "bloggers had been questioned this year.")  # fmt: skip
    claims = {c["value"]: c for c in _claims(text, date(2031, 5, 12)) if c.get("value")}
    assert claims[204]["claimant"]["name"] == "Open Door Monitor"
    assert claims[61]["claimant"]["name"] == "Zambezi Voices Trust"


def test_it_after_the_body_that_spoke_and_parties_listed_by_their_seats() -> None:
    text = ("PODGORICA, 3 June 2031 - The opposition Civic Dawn Alliance won 31 of the 81 seats, the State "
            "Election Commission said. The governing Movement for Renewal won 27, the Coastal Union 11 and the "
            "Party of Justice and Reconciliation 4.\n\nTurnout was 58.4 percent, the commission said. It had "
            "received 187 complaints, most about polling-station access.")  # fmt: skip
    items = _items(text, date(2031, 6, 3), "claim") + _items(text, date(2031, 6, 3), "actor")
    claims = {c["value"]: c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[187]["claimant"]["name"] == "State Election Commission"
    parties = {a["actor"]["name"] for a in items if a["kind"] == "actor" and a["actor"]["kind"] == "political_party"}
    assert {"Movement for Renewal", "Coastal Union", "Party of Justice and Reconciliation"} <= parties


def test_a_mission_named_in_full_later_is_one_body_and_its_tally_one_claim() -> None:
    text = ("GENEVA, 24 March 2031 - Venezuela's mission said on Thursday that 23 of the 37 delegations in "
            "Wednesday's interactive dialogue with the Independent International Fact-Finding Mission had backed "
            "Caracas.\n\nFourteen delegations were critical, the Permanent Mission of the Bolivarian Republic of "
            "Venezuela said in a statement.")  # fmt: skip
    tallies = [c for c in _claims(text, date(2031, 3, 24)) if c["claim_type"] == "tally"]
    assert len(tallies) == 1
    assert (tallies[0]["total"], tallies[0]["supportive"], tallies[0]["critical"]) == (37, 23, 14)
    assert tallies[0]["claimant"]["name"] == "Permanent Mission of the Bolivarian Republic of Venezuela"


def test_a_ministry_tally_said_on_a_day_is_its_statement_of_that_day() -> None:
    text = ("Minsk says most delegations sided with it\n\nBelarus's Ministry of Foreign Affairs said on Tuesday "
            "that 22 of the 35 delegations at Monday's interactive dialogue with the Special Rapporteur on the "
            "situation of human rights in Belarus had supported the government.\n\nThe dialogue was held in Geneva "
            "on 16 June.")  # fmt: skip
    events = _items(text, date(2031, 6, 18), "event")
    statement = next(e for e in events if e["event_type"] == "press_statement")
    assert statement["date"] == "2031-06-17"
    dialogue = next(e for e in events if e["event_type"] == "interactive_dialogue")
    assert dialogue["date"] == "2031-06-16"


def test_a_statement_carried_by_state_media_is_dated_by_the_sentence_before() -> None:
    text = ("Yangon, 20 March 2031 - The Ministry of Information said on Wednesday that the dialogue had gone "
            "its way.\n\nIn a statement carried by state television, the ministry said 19 of the 33 delegations "
            "had expressed understanding.")  # fmt: skip
    statement = next(e for e in _items(text, date(2031, 3, 20), "event") if e["event_type"] == "press_statement")
    assert statement["date"] == "2031-03-19"


def test_court_reporting_titles_a_short_quote_told_the_court_and_he_after_the_rapporteur() -> None:
    text = ("TUNIS, 8 May 2031 - The prosecutor, Karim Belhadj-Sorensen, said his office would appeal. "
            "Prosecutor Yasmine Trabelsi-Holm told the court the accused had tried to \"topple the state\".\n\n"
            "The judge, Mounir Gharbi-Lund, adjourned the hearing. The UNHCR Representative in Tunisia, Ines "
            "Okafor-Berg, met lawyers on Monday.\n\nThe Special Rapporteur on human rights defenders, Tomas "
            "Ekwueme-Vidal, met the Minister of Justice, Leila Mansour-Dahl, on Tuesday. The Special Rapporteur "
            "told the Council the trial had been adjourned nine times. \"A trial without end is a sentence,\" he said.")  # fmt: skip
    items = _items(text, date(2031, 5, 8), "actor") + _items(text, date(2031, 5, 8), "claim")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Karim Belhadj-Sorensen"]["title"] == "prosecutor"
    assert actors["Mounir Gharbi-Lund"]["title"] == "judge"
    assert actors["Ines Okafor-Berg"]["title"].startswith("UNHCR Representative")
    quotes = {c["quote"]: c for c in items if c["kind"] == "claim" and c["claim_type"] == "quotation"}
    assert quotes["topple the state"]["claimant"]["name"] == "Yasmine Trabelsi-Holm"
    assert quotes["A trial without end is a sentence"]["claimant"]["name"] == "Tomas Ekwueme-Vidal"


def test_a_name_in_exile_written_with_hyphens_is_one_name() -> None:
    text = "The Centre for Free Media-in-Exile said 31 journalists were in prison at the end of 2030."
    claim = next(c for c in _claims(text, date(2031, 1, 9)) if c.get("value") == 31)
    assert claim["claimant"]["name"] == "Centre for Free Media-in-Exile"


def test_an_election_observation_mission_its_chief_observer_and_the_results_body() -> None:
    text = ("FREETOWN, 22 June 2031 - The European Union Election Observation Mission to Sierra Leone today issued "
            "its preliminary statement on the elections held on Saturday.\n\nThe mission, led by Chief Observer "
            "Annika Brandt-Osei, a Member of the European Parliament, deployed 84 observers to all 16 districts. "
            "On election day its teams visited 540 polling stations.\n\n\"Voters showed remarkable patience,\" the "
            "Chief Observer told journalists.\n\nProvisional results released by the Electoral Commission give the "
            "ruling party 71 of the 135 seats, with 48.9 per cent of the vote.")  # fmt: skip
    items = _items(text, date(2031, 6, 22), "claim") + _items(text, date(2031, 6, 22), "event")
    claims = {c.get("value"): c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[84]["claimant"]["name"].startswith("European Union Election Observation Mission")
    assert claims[540]["unit"] == "polling stations"  # the kind of station, as written
    assert claims[48.9]["claimant"]["name"] == "Electoral Commission"
    quote = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Annika Brandt-Osei"
    assert not [e for e in items if e["kind"] == "event" and e["event_type"] == "visit"]  # polling stations


def test_an_observer_group_by_its_own_pronoun_and_a_dated_interim_statement() -> None:
    text = ("APIA (Pacific Ledger) - The chair of the Commonwealth Observer Group to Samoa met the Prime Minister on "
            "Monday to discuss Friday's general elections.\n\nThe group of 12 observers, headed by a former judge, "
            "visited 143 polling stations. In its interim statement of 6 May, it found that procedures had been "
            "followed in 88 per cent of the stations it visited.")  # fmt: skip
    items = _items(text, date(2031, 5, 7), "claim") + _items(text, date(2031, 5, 7), "event")
    claims = {c.get("value"): c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[88]["claimant"]["name"] == "Commonwealth Observer Group"
    events = {e["event_type"]: e for e in items if e["kind"] == "event"}
    assert events["election"]["date"] == "2031-05-02"
    assert events["press_statement"]["date"] == "2031-05-06"
    assert "visit" not in events


def test_a_figure_declared_by_a_second_body_later_in_the_sentence_is_that_body_s() -> None:
    text = ("MONROVIA, 9 January 2031 - The observer network has called on both camps to stay calm after the "
            "National Elections Commission declared on Monday that the incumbent had won 50.8 per cent of the vote.")  # fmt: skip
    claim = next(c for c in _claims(text, date(2031, 1, 9)) if c.get("value") == 50.8)
    assert claim["claimant"]["name"] == "National Elections Commission"


def test_a_union_in_the_lead_a_body_before_its_colon_and_a_release_headed_with_a_dash() -> None:
    text = ("PRESS RELEASE - Sahel Migrant Watch\n\nSahel Migrant Watch today published testimonies from workers in "
            "three countries. Of the 74 people interviewed, 52 said their passports had been confiscated.\n\n"
            "DOHA - A cleaners' union said on Friday that 38 workers had died on stadium sites. The Stadium Cleaners "
            "Network, which collects death certificates from families, urged the organisers to act.\n\n"
            "The Ministry of Labour says wages are paid on time. The support network Migrant Hands Doha disputes "
            "that: it says it received 163 complaints of unpaid wages in May.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 7)) if c.get("value")}
    assert claims[74]["claimant"]["name"] == "Sahel Migrant Watch"
    assert claims[38]["claimant"]["name"] == "Stadium Cleaners Network"
    assert claims[163]["claimant"]["name"] == "Migrant Hands Doha"


def test_a_fund_after_a_relative_clause_with_commas_and_a_name_joined_by_va() -> None:
    text = ("The Belarusian Sport Solidarity Fund published a count on Tuesday. The fund, which helps athletes who "
            "were fired, banned or jailed, says 31 athletes are behind bars. The Khujand-based rights group Adolat "
            "va Haqiqat says that 18 believers were fined this year.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 3, 4)) if c.get("value")}
    assert claims[31]["claimant"]["name"] == "Belarusian Sport Solidarity Fund"
    assert claims[18]["claimant"]["name"] == "Adolat va Haqiqat"


def test_religious_styles_and_figures_presented_and_a_report_of_a_body() -> None:
    text = ("VATICAN CITY, 12 December 2030 - The Secretary for Relations with States, Archbishop Pavel "
            "Nowicki-Okafor, held a video call on Friday with the UN Special Rapporteur on freedom of religion or "
            "belief, Ingrid Tamm-Obuya. The Archbishop presented figures gathered by dioceses showing that 3,870 "
            "Christians had been detained in the past year.\n\nRabbi Eliezer Mandel-Kovacs, who leads the school "
            "network Beit Sefer, called the result \"a mandate for our schools\" and said the parties would hold firm.\n\n"
            "At least 302 people were accused of blasphemy in 2030, according to the annual report of the Justice "
            "and Peace Commission of the Bishops' Conference.")  # fmt: skip
    items = _items(text, date(2030, 12, 12), "claim") + _items(text, date(2030, 12, 12), "actor")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Pavel Nowicki-Okafor"]["title"] == "Secretary for Relations with States"
    claims = {c.get("value"): c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[3870]["claimant"]["name"] == "Pavel Nowicki-Okafor"
    assert claims[302]["claimant"]["name"].startswith("Justice and Peace Commission")
    quote = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Eliezer Mandel-Kovacs"


def test_words_a_body_or_spokesman_used_of_something_and_a_quote_closing_reported_speech() -> None:
    text = ("ASMARA, 3 July 2031 - The Special Rapporteur, Kofi Brandvold-Mensah, presented his report on Thursday. "
            "Eritrea's Ministry of Information rejected it. The ministry described the mandate as \"a relic of a "
            "campaign against our people\".\n\n"
            "Foreign Ministry spokesman Tesfay Gebre-Lund called the report \"a collection of rumours from abroad\".\n\n"
            "The Deputy High Commissioner for Human Rights, Sofia Lindqvist-Abara, also spoke. The Deputy High "
            "Commissioner said that the vote had been held in fewer than half of the districts and \"cannot be "
            "regarded as free\".\n\nEritrea's ambassador, Samuel Tekle-Berg, said the elections had seen a turnout of "
            "81 per cent and had been \"calm, orderly and welcomed by our neighbours\".")  # fmt: skip
    quotes = {c["quote"][:12]: c for c in _claims(text, date(2031, 7, 3)) if c["claim_type"] == "quotation"}
    assert quotes["a relic of a"]["claimant"]["name"] == "Ministry of Information"
    assert quotes["a collection"]["claimant"]["name"] == "Tesfay Gebre-Lund"
    assert quotes["cannot be re"]["claimant"]["name"] == "Sofia Lindqvist-Abara"
    assert quotes["calm, orderl"]["claimant"]["name"] == "Samuel Tekle-Berg"


def test_decisions_concerning_parliamentarians_from_nine_countries_is_no_tally() -> None:
    text = ("GENEVA, 20 October 2031 - The Committee on the Human Rights of Parliamentarians said today that 41 of "
            "the 120 opposition MPs had been arrested since the election. The Committee adopted decisions concerning "
            "187 parliamentarians from nine countries.")  # fmt: skip
    claims = _claims(text, date(2031, 10, 20))
    assert not [c for c in claims if c["claim_type"] == "tally"]
    assert any(c.get("value") == 41 and c.get("unit") == "MPs" for c in claims)


def test_a_survey_its_sample_its_maker_and_the_shares_of_those_asked() -> None:
    text = ("Survey finds most Zambians distrust traffic police\n\nLUSAKA, 19 January 2031 - A survey of 1,350 adults "
            "released on Tuesday by the Centre for Governance Research at the University of Zambia found that 58 per "
            "cent of respondents had paid a bribe at a roadblock.\n\nIn the centre's previous survey, the share was 49 "
            "per cent. Only 22 per cent of those questioned said they would report a bribe. Separately, a study by "
            "the Institute of Social Research, which surveyed 2,040 parents, found that 31 per cent had kept a child "
            "home for lack of fees.")  # fmt: skip
    items = _items(text, date(2031, 1, 19), "claim") + _items(text, date(2031, 1, 19), "event")
    claims = {c.get("value"): c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[1350]["unit"] == "adults"
    for share in (58, 49, 22):
        assert claims[share]["claimant"]["name"].startswith("Centre for Governance Research"), share
    assert claims[2040]["unit"] == "parents"
    assert claims[31]["claimant"]["name"] == "Institute of Social Research"
    report = next(e for e in items if e["kind"] == "event" and e["event_type"] == "report")
    assert report["date"] == "2031-01-14"


def test_an_agency_field_office_and_a_report_published_today_by_a_group() -> None:
    text = ("ABUJA, 6 January 2031 - UNICEF today called for the handover of children held in barracks.\n\n"
            "According to figures compiled by the agency's field office in Maiduguri, 377 children were in military "
            "custody at the end of December.\n\nAt least 164 land defenders were killed in 2030, according to an "
            "annual report published today by the monitoring group Green Shield Watch.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 1, 6)) if c.get("value")}
    assert claims[377]["claimant"]["name"] == "UNICEF"
    assert claims[164]["claimant"]["name"] == "Green Shield Watch"


def test_a_prison_inspectorate_report_and_an_inspection_visit() -> None:
    text = ("HMP Larkfield, a local prison in Kent, is holding 171 per cent of the prisoners it was built for and has "
            "recorded five self-inflicted deaths since its last inspection, the Chief Inspector of Prisons for England "
            "and Wales said in a report published on 12 May 2031.\n\nInspectors spent nine days at the prison, from 3 "
            "to 11 March 2031, during an unannounced inspection.\n\n\"Nobody should share a cell built for one,\" the "
            "Chief Inspector, Dr Helena Osei-Barrow, wrote in the report.")  # fmt: skip
    items = _items(text, date(2031, 5, 13), "claim") + _items(text, date(2031, 5, 13), "event") + _items(text, date(2031, 5, 13), "actor")
    claims = {c.get("value"): c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[171]["claimant"] is not None and "Chief Inspector" in (
        claims[171]["claimant"]["name"] + " " + (claims[171]["claimant"].get("title") or ""))
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2031-03-03", "2031-03-11")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Helena Osei-Barrow"]["title"] == "Chief Inspector"


def test_a_shutdown_in_hours_a_lab_in_the_lead_and_figures_a_body_published() -> None:
    text = ("NAIROBI, 9 January 2031 - Mobile internet was switched off for a total of 120 hours, according to Open "
            "Lines Monitor, a group that tracks shutdowns.\n\nA digital forensics laboratory said on Monday that it had "
            "found spyware on the phones of 19 journalists. The Toronto Civic Lens Laboratory, which examined 52 "
            "phones, urged the government to explain.\n\nThe National Preventive Commission visited 14 prisons. "
            "According to figures the Commission published in March, prisons held 14,300 people.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 1, 9)) if c.get("value")}
    assert (claims[120]["unit"], claims[120]["claimant"]["name"]) == ("hours", "Open Lines Monitor")
    assert claims[19]["claimant"]["name"] == "Toronto Civic Lens Laboratory"
    assert claims[14300]["claimant"]["name"].endswith("Commission")


def test_it_after_a_described_ngo_and_figures_from_a_body_mid_sentence_and_the_minister_as_he() -> None:
    text = ("VALLETTA, 4 October 2031 - \"We accept what is compatible with our security,\" the Minister for Home "
            "Affairs, Byron Camilleri-Zahra, said in a statement.\n\nThe NGO Sea Light Collective said it was "
            "disappointed. It said 1,870 people had been brought ashore this year.\n\nThe deaths came as figures "
            "from the Home Office showed that 940 people had crossed in small boats.\n\nThe Special Rapporteur, "
            "Teodora Lindqvist-Mares, met the Minister of the Interior, Mourad Belhadj-Costa, on Monday. The minister "
            "rejected the reports. \"Our borders and human dignity are both protected,\" he told journalists.")  # fmt: skip
    claims = _claims(text, date(2031, 10, 4))
    values = {c.get("value"): c for c in claims if c.get("value")}
    assert values[1870]["claimant"]["name"] == "Sea Light Collective"
    assert values[940]["claimant"]["name"] == "Home Office"
    quote = next(c for c in claims if c["claim_type"] == "quotation" and c["quote"].startswith("Our borders"))
    assert quote["claimant"]["name"] == "Mourad Belhadj-Costa"


def test_a_name_joined_by_sa() -> None:
    text = "The prison health group Bantay Kalusugan sa Piitan said 1,530 cases of tuberculosis were recorded."
    claim = next(c for c in _claims(text, date(2031, 2, 1)) if c.get("value") == 1530)
    assert claim["claimant"]["name"] == "Bantay Kalusugan sa Piitan"


def test_health_workers_unions_are_named_bodies() -> None:
    text = ("The Union of Clinical Officers and Nurses said 64 of its members had been arrested. The Senior Hospital "
            "Doctors' Union said 58 percent of posts were vacant.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 4, 2)) if c.get("value")}
    assert claims[64]["claimant"]["name"] == "Union of Clinical Officers and Nurses"
    assert claims[58]["claimant"]["name"] == "Senior Hospital Doctors' Union"


def test_a_body_s_researchers_counted_what_they_asked() -> None:
    text = ("LONDON - Most garment suppliers pay below the minimum wage, according to a report published on Monday by "
            "the Fair Seams Alliance.\n\nThe NGO's researchers interviewed 3,900 workers at 44 factories.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 3, 4)) if c.get("value")}
    assert (claims[3900]["unit"], claims[3900]["claimant"]["name"]) == ("workers", "Fair Seams Alliance")


def test_a_tally_given_as_backing_and_criticism_of_counts() -> None:
    text = ("WARSAW, 20 November 2031 - The government won the backing of 26 delegations and the criticism of 15 out "
            "of the 41 that spoke at Tuesday's Universal Periodic Review of Poland, the daily Poranek reported.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2031, 11, 20)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (41, 26, 15)


def test_the_support_of_a_bare_number_is_no_tally() -> None:
    text = "GENEVA, 20 November 2031 - The draft has the support of 40, the mission said at the Council session."
    assert not [c for c in _claims(text, date(2031, 11, 20)) if c["claim_type"] == "tally"]


def test_a_digest_item_label_belongs_to_its_item_and_camp_leaders_are_titled() -> None:
    text = ("COX'S BAZAR, 10 April 2031 (Camp Radio Bulletin) - This week's short items.\n\nVisit. The UN Special "
            "Rapporteur on the situation of human rights in Myanmar, Tomas Ekwueme-Vidal, will be in the camps from the "
            "20th to the 23rd of this month. Head majhi Abdul Karim Sayed-Lund of Camp 9 said 31 families had prepared "
            "statements.\n\nFire. A fire destroyed 12 shelters in Camp 14.")  # fmt: skip
    items = _items(text, date(2031, 4, 10), "event") + _items(text, date(2031, 4, 10), "actor") + _items(text, date(2031, 4, 10), "claim")
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2031-04-20", "2031-04-23")
    actors = {a["actor"]["name"]: a["actor"] for a in items if a["kind"] == "actor"}
    assert actors["Abdul Karim Sayed-Lund"]["title"] == "Head majhi"
    claims = {c.get("value"): c for c in items if c["kind"] == "claim" and c.get("value")}
    assert claims[31]["claimant"]["name"] == "Abdul Karim Sayed-Lund"
    assert claims[12]["unit"] == "shelters"


def test_sanctions_designations_are_counted() -> None:
    text = ("LONDON, 4 June 2031 - The United Kingdom today designated 11 individuals and 4 entities linked to the "
            "security services over a campaign of intimidation against exiled journalists.")
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 4)) if c.get("value")}
    assert (claims[11]["unit"], claims[4]["unit"]) == ("individuals", "entities")


def test_a_dateline_outlet_named_with_what_it_is_and_a_commission_s_figures() -> None:
    text = ("ABÉNGOUROU (Indénié Voice community radio) - The Independent Electoral Commission said 61 seats had been "
            "filled. Only 4,208 displaced people voted, according to the Commission's figures.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 5, 2), "actor")}
    assert actors["Indénié Voice"]["kind"] == "media"
    claims = {c.get("value"): c for c in _claims(text, date(2031, 5, 2)) if c.get("value")}
    assert claims[4208]["claimant"]["name"] == "Independent Electoral Commission"


def test_a_quote_asked_by_a_named_person_and_a_quote_that_ends_its_paragraph() -> None:
    text = ("KUTUPALONG, 3 May 2031 (Camp Notes) - \"Who will hear us if the radio goes?\" asked Nur Kamal "
            "Ostrander-Bibi, a block leader in Camp 4. \"Our block holds 96 households and one tap.\"\n\n"
            "The Refugee Relief Office said it would send two more water trucks.")  # fmt: skip
    claims = _claims(text, date(2031, 5, 3))
    quotes = {c["quote"][:10]: c for c in claims if c["claim_type"] == "quotation"}
    assert quotes["Who will h"]["claimant"]["name"] == "Nur Kamal Ostrander-Bibi"
    counts = {c.get("value"): c for c in claims if c.get("value")}
    assert counts[96]["claimant"]["name"] == "Nur Kamal Ostrander-Bibi"


def test_newsrooms_named_like_groups_are_media() -> None:
    text = ("VILNIUS, 8 May 2031 - A database of 2,140 border incidents obtained by the Danube Ledgers consortium shows "
            "repeated pushbacks. Internal memos reviewed by the Andes Accountability Desk and records analysed by the "
            "Sahel Investigative Collaborative point the same way, as do court files seen by the Kivu Truth Project and "
            "three partner newspapers. The count was kept by the Irrawaddy Rights Desk, a monitoring group based in "
            "Thailand.")  # fmt: skip
    kinds = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 5, 8), "actor")}
    for newsroom in ("Danube Ledgers", "Andes Accountability Desk", "Sahel Investigative Collaborative", "Kivu Truth Project"):
        assert kinds.get(newsroom) == "media", newsroom
    assert kinds.get("Irrawaddy Rights Desk") != "media"  # what the text calls it outweighs its name


def test_a_journalist_s_outlet_whatever_its_name() -> None:
    text = ("TBILISI, 9 May 2031 - \"They filmed us and then they beat us,\" said Eka Gelashvili-Brandt, a reporter "
            "for the online broadcaster Mtkvari Live. \"Nobody was charged,\" said Omar Haddou-Lind, editor of the "
            "exile outlet Atlas Free Desk. Listeners of Radio Voz de la Sierra heard the same. The country fell 9 "
            "places, Press Guard International said.")  # fmt: skip
    kinds = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 5, 9), "actor")}
    assert (kinds.get("Mtkvari Live"), kinds.get("Atlas Free Desk"), kinds.get("Radio Voz de la Sierra")) == ("media",) * 3
    assert kinds.get("Press Guard International") == "ngo"


def test_a_periodic_note_released_today_and_concluding_observations_are_reports() -> None:
    text = ("JUBA, 14 July 2031 - The mission documented 530 incidents between 1 April and 30 June, according to its "
            "quarterly note on civilian protection released today.")  # fmt: skip
    events = _items(text, date(2031, 7, 14), "event")
    assert [(e["event_type"], e["date"]) for e in events if e["event_type"] == "report"] == [("report", "2031-07-14")]
    text = "The Committee on Enforced Disappearances on Friday published its concluding observations on Iraq."
    events = _items(text, date(2031, 9, 20), "event")
    assert [(e["event_type"], e["date"]) for e in events if e["event_type"] == "report"] == [("report", "2031-09-19")]


def test_a_body_introduced_with_its_acronym_carries_it() -> None:
    text = ("MONROVIA, 2 June 2031 - The United Nations Mission in Liberia (UNMIL) documented 210 cases of "
            "sexual violence in the first quarter. UNMIL said 40 per cent involved children.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 2)) if c.get("value")}
    assert {claims[210]["claimant"]["short"], claims[40]["claimant"]["short"]} == {"UNMIL"}
    assert claims[210]["claimant"]["name"] == "United Nations Mission in Liberia"


def test_a_review_that_drew_delegations_of_which_some_praised() -> None:
    text = ("Laos's review before the Working Group on Monday drew 38 delegations, of which 29 praised its poverty "
            "programmes and 9 raised concerns, the Lao News Agency reported on Tuesday.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2031, 5, 13)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (38, 29, 9)


def test_a_number_that_fell_to_a_total_and_titles_with_their_service() -> None:
    text = ("GOMA, 3 June 2031 - The Deputy Minister told the Committee that the number of children in detention had "
            "fallen to 1,240. The military governor of North Kivu, Major-General Aimé Lusaka-Berg, disputed it. "
            "\"Nobody has seen the registers,\" said Clarisse Ndaya-Holm, a human rights officer who visited the "
            "prison. The police spokesperson, Didier Kabange-Roos, declined to comment.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 3)) if c.get("value")}
    assert claims[1240]["unit"] == "children"
    titles = {a["actor"]["name"]: a["actor"].get("title") for a in _items(text, date(2031, 6, 3), "actor")}
    named = {name.split()[-1]: title for name, title in titles.items()}
    assert (named["Lusaka-Berg"], named["Ndaya-Holm"], named["Kabange-Roos"]) == (
        "military governor of North Kivu", "human rights officer", "police spokesperson")


def test_a_body_s_short_name_of_two_words_and_a_group_named_for_the_people_it_speaks_for() -> None:
    text = ("JAKARTA, 4 June 2031 - The National Commission on Human Rights (Komnas HAM) said it had received 88 "
            "complaints from Maluku. The Families of the Missing Alliance, which keeps its own register, said 12 "
            "people were still unaccounted for.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 4)) if c.get("value")}
    assert (claims[88]["claimant"]["name"], claims[88]["claimant"]["short"]) == (
        "National Commission on Human Rights", "Komnas HAM")
    assert claims[12]["claimant"]["name"] == "Families of the Missing Alliance"


def test_a_statistics_office_named_for_its_state_and_the_report_it_published() -> None:
    text = ("OSLO, 5 June 2031 - Statistics Norway published its living conditions study on Thursday. The report "
            "found that 7.2 per cent of adults had been threatened in the past year.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 5), "actor")}
    assert actors.get("Statistics Norway") == "government_body"
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 5)) if c.get("value")}
    assert claims[7.2]["claimant"]["name"] == "Statistics Norway"


def test_implementation_counts_are_not_the_response() -> None:
    text = ("ACCRA, 4 June 2031 - Ghana received 241 recommendations at its Universal Periodic Review, supporting 190 "
            "and noting 51. Of the 190 recommendations it supported, 58 have been fully implemented and 77 partially, "
            "the chair of the national follow-up committee, Ama Boateng-Lund, told reporters. The Coalition for UPR "
            "Follow-up said only 31 of the 190 supported recommendations had been fully implemented.")  # fmt: skip
    claims = _claims(text, date(2031, 6, 4))
    response = next(c for c in claims if c["claim_type"] == "response_tally")
    assert (response["total"], response["supportive"], response["critical"], response["flags"]) == (241, 190, 51, [])
    counts = {c["value"]: c for c in claims if c["claim_type"] == "count"}
    assert (counts[58]["unit"], counts[58]["claimant"]["name"]) == ("recommendations", "Ama Boateng-Lund")
    assert (counts[31]["unit"], counts[31]["claimant"]["name"]) == ("recommendations", "Coalition for UPR Follow-up")


def test_pride_groups_parliaments_and_those_held_who_were_minors() -> None:
    text = ("SKOPJE, 5 June 2031 - Organisers from Skopje Pride put the turnout at 3,100. The Ohrid Pride Committee "
            "said 11 of those held were minors. Members of the Sejm's human rights committee attended.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 5), "actor")}
    assert (actors.get("Skopje Pride"), actors.get("Ohrid Pride Committee"), actors.get("Sejm")) == (
        "ngo", "ngo", "government_body")
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 5)) if c.get("value")}
    assert (claims[11]["unit"], claims[11]["claimant"]["name"]) == ("minors", "Ohrid Pride Committee")


def test_a_national_mechanism_for_reporting_and_follow_up_is_the_state_s() -> None:
    text = ("LUSAKA, 6 June 2031 - Zambia's National Mechanism for Implementation, Reporting and Follow-up met the "
            "OHCHR regional office on Monday. The National Committee on Human Rights Reporting and Follow-up will "
            "publish a mid-term report.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 6), "actor")}
    assert actors.get("National Mechanism for Implementation, Reporting and Follow-up") == "government_body"
    assert actors.get("National Committee on Human Rights Reporting and Follow-up") == "government_body"


def test_an_outlet_alone_in_the_dateline_and_police_forces_by_their_names() -> None:
    text = ("Police figures questioned\n\n(Danube Courier) - Lower Austria Police recorded 412 racist incidents last "
            "year. The Hellenic Police published its own statistics, and the Civil Guard made 23 arrests.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 7), "actor")}
    assert actors.get("Danube Courier") == "media"
    assert (actors.get("Lower Austria Police"), actors.get("Hellenic Police"), actors.get("Civil Guard")) == (
        "government_body",) * 3
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 7)) if c.get("value")}
    assert claims[412]["claimant"]["name"] == "Lower Austria Police"


def test_a_report_published_by_a_body_after_a_comma_and_what_the_report_said() -> None:
    text = ("GENEVA, 8 June 2031 - UN experts sent 203 letters to 70 States in the period, according to the latest "
            "communications report, published by the Office of the High Commissioner for Human Rights on Monday. "
            "Only 48 percent of the letters had been answered, the report said.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 8)) if c.get("value")}
    assert claims[203]["claimant"]["name"] == "Office of the High Commissioner for Human Rights"
    assert claims[48]["claimant"]["name"] == "Office of the High Commissioner for Human Rights"


def test_an_alderman_titled_and_a_federal_institute_for_human_rights() -> None:
    text = ("GHENT, 9 June 2031 - Alderman for Social Cohesion Pieter Van Damme-Osei met the Federal Institute for "
            "Human Rights on Monday.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 6, 9), "actor")}
    assert actors["Pieter Van Damme-Osei"]["title"] == "Alderman for Social Cohesion"
    assert actors["Federal Institute for Human Rights"]["kind"] == "nhri"


def test_mothers_collectives_and_a_news_site_with_a_spanish_name() -> None:
    text = ("ASUNCIÓN, 10 June 2031 - The Mothers of Curuguaty said 14 families were still waiting. The update was "
            "welcomed by 30 of the 41 delegations, and rejected by eleven, according to a tally published by the "
            "exiled news site Diario de la Frontera.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 10), "actor")}
    assert (actors.get("Mothers of Curuguaty"), actors.get("Diario de la Frontera")) == ("ngo", "media")
    tally = next(c for c in _claims(text, date(2031, 6, 10)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally["claimant"]["name"]) == (
        41, 30, 11, "Diario de la Frontera")


def test_a_commission_presenting_its_annual_report_reporting_and_telling_figures() -> None:
    text = ("Commission reports more complaints\n\n(Mekong Courier) - Cambodia's Human Rights Commission presented its "
            "annual report to the Committee on Legislation of the National Assembly on Monday, reporting 1,482 "
            "complaints in the past year. The Ombudsperson, Dara Sok-Lindgren, addressed the Senate on Tuesday, "
            "telling senators that her office had resolved 930 complaints. Her office received 212 complaints about "
            "prisons. The State Migration Service did not answer.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 11)) if c.get("value")}
    assert claims[1482]["claimant"]["name"] == "Human Rights Commission"
    assert claims[930]["claimant"]["name"] == "Dara Sok-Lindgren"
    assert claims[212]["claimant"]["name"] == "Dara Sok-Lindgren"
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 11), "actor")}
    assert actors.get("State Migration Service") == "government_body"


def test_a_passive_tally_whose_second_figure_follows_a_relative_clause() -> None:
    text = ("GENEVA, 12 June 2031 - The High Commissioner's update on Eritrea was welcomed by 28 of the 44 "
            "delegations that took the floor at the Human Rights Council on Wednesday, and rejected by seven, "
            "according to a count by the news site Asmara Watchers Weekly.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2031, 6, 12)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (44, 28, 7)


def test_a_part_of_a_whole_counted_earlier_takes_the_whole_s_unit() -> None:
    text = ("QUEZON CITY (Island Ledger) - The Human Rights Commission on Monday began tracking each of the 180 "
            "recommendations the country supported at its review. Of these, 42 concern prisons and 35 concern "
            "children. According to the commission's assessment, 39 of the 180 have been fully implemented.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 13)) if c.get("value")}
    assert claims[39]["unit"] == "recommendations"
    assert claims[180]["claimant"]["name"] == "Human Rights Commission"  # not the outlet in the dateline


def test_shelters_named_in_their_own_language() -> None:
    text = ("KATHMANDU, 14 June 2031 - Sunita Rai-Holm, director of the Sano Ghar Shelter in Pokhara, said staff "
            "had taken in 88 girls. At the Didi Bahini shelter in Butwal, director Maya Gurung-Berg said the number "
            "had doubled. Volunteers at the Pokhara shelter were exhausted.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 14), "actor")}
    assert actors.get("Sano Ghar Shelter") == "ngo"
    assert actors.get("Didi Bahini") == "ngo"
    assert "Pokhara" not in actors and "Ghar Shelter" not in actors


def test_dateline_outlets_by_more_name_words() -> None:
    for outlet in ("Lagos Independent", "Mekong Monitor", "Seine Quotidien", "Kampala Daily-Post",
                   "Río de la Plata Courier"):  # fmt: skip
        text = f"Headline\n\n({outlet}) - The Ministry of Justice said on Monday that 12 prisoners were freed."
        actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 15), "actor")}
        assert actors.get(outlet) == "media", outlet


def test_parties_known_by_their_seats_and_state_funds_and_institutes() -> None:
    text = ("ZAGREB, 16 June 2031 - The Civic Renewal Movement won 40 seats, while the Coastal Unity List took 18 "
            "and the Istrian Democratic Union 9, ahead of the Danube Farmers with 7 seats. The new Voice of Pensioners "
            "list won 5 seats. The Croatian Pension Insurance Institute and the Pension Fund of Croatia said payments "
            "were late; the Red Cross Society of Croatia and the Croatian Teachers' Committee disagreed.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 16), "actor")}
    assert actors.get("Coastal Unity List") == "political_party"
    assert actors.get("Istrian Democratic Union") == "political_party"
    assert actors.get("Danube Farmers") == "political_party"
    assert actors.get("Voice of Pensioners") == "political_party"
    assert actors.get("Croatian Pension Insurance Institute") == "government_body"
    assert actors.get("Pension Fund of Croatia") == "government_body"
    assert actors.get("Croatian Teachers' Committee") == "ngo"


def test_state_bodies_named_without_a_head_word_or_by_a_bureau() -> None:
    text = ("OTTAWA, 17 June 2031 - Environment and Climate Change Canada and the Schools Inspectorate of Ontario "
            "met the Bureau of Corrections. The Défenseur des droits wrote to them.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 17), "actor")}
    assert actors.get("Environment and Climate Change Canada") == "government_body"
    assert actors.get("Schools Inspectorate of Ontario") == "government_body"
    assert actors.get("Bureau of Corrections") == "government_body"
    assert actors.get("Défenseur des droits") == "nhri"


def test_the_visiting_expert_named_bare_and_titles_with_portfolio_words() -> None:
    text = ("NAIROBI, 18 June 2031 - The Independent Expert on the enjoyment of all human rights by older persons "
            "ended a visit to Kenya. During her visit, Amina Torres-Lindqvist met Cabinet Secretary for Labour and "
            "Social Protection Joseph Mwangi-Hart. \"We welcome her,\" the principal secretary, Ruth Wekesa-Berg, said.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 6, 18), "actor")}
    assert actors["Amina Torres-Lindqvist"]["title"] == (
        "Independent Expert on the enjoyment of all human rights by older persons")
    assert actors["Joseph Mwangi-Hart"]["title"] == "Cabinet Secretary for Labour and Social Protection"
    assert actors["Ruth Wekesa-Berg"]["title"] == "principal secretary"


def test_counts_put_at_or_fallen_to_with_any_plural_noun() -> None:
    text = ("PARIS, 19 June 2031 - Police made 280 arrests, the Interior Ministry said. The ministry put the number "
            "of marchers at 640,000. The ministry also said the backlog of pending pension applications had fallen "
            "to 31,000. Around 15 million of Sudan's 18 million school-age children are out of class, UNICEF said.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 19)) if c.get("value")}
    assert claims[640000]["unit"] == "marchers"
    assert claims[31000]["unit"] == "applications"
    assert claims[15000000]["unit"] == "children"


def test_who_the_ministry_the_tribunal_the_two_agencies_and_a_group_set_off_are() -> None:
    text = ("DHAKA, 20 June 2031 - The rapporteur met Bangladesh's Minister of Water Resources, Karim Hossain-Lund. "
            "According to the ministry, 3,100 families lost their homes. The Supreme Electoral Tribunal counted the "
            "votes. The tribunal put turnout at 58.2 percent. UNICEF and UNESCO said 900 schools were shut. The two "
            "agencies said 410 teachers had left. An underground teachers' network, Light of the Hills, said 5,000 "
            "girls were taught at home. The Geneva-based alliance said it had recorded 77 attacks.")  # fmt: skip
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 20)) if c.get("value")}
    assert claims[3100]["claimant"]["name"] == "Ministry of Water Resources"
    assert claims[58.2]["claimant"]["name"] == "Supreme Electoral Tribunal"
    assert claims[900]["claimant"]["name"] == "UNICEF"
    assert claims[410]["claimant"]["name"] == "UNICEF"
    assert claims[5000]["claimant"]["name"] == "Light of the Hills"


def test_long_group_names_and_a_news_agency_described_by_who_runs_it() -> None:
    text = ("OUAGADOUGOU, 21 June 2031 - The Collective for the Defence of Civilians in the Sahel, a Ouagadougou-based "
            "association, met the Network of People Affected by Mining Waste. The Department of Mines, Energy and "
            "the Environment disputed claims by the junta-run Sahel Voice news agency.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 21), "actor")}
    assert actors.get("Collective for the Defence of Civilians in the Sahel") == "ngo"
    assert "Sahel" not in actors
    assert actors.get("Network of People Affected by Mining Waste") == "ngo"
    assert actors.get("Department of Mines, Energy and the Environment") == "government_body"
    assert actors.get("Sahel Voice") == "media"


def test_state_units_boards_and_funds_and_people_s_own_councils() -> None:
    text = ("MARAWI, 22 June 2031 - The Land Restitution Unit said 410 claims were settled. The chairperson of the "
            "Marawi Compensation Board, Amina Lucman-Berg, met the Union of Returnee Associations and the "
            "Srebrenica Returnees' Council. The Banadir Regional Administration said every eviction was lawful. The "
            "National Disaster Risk Reduction and Management Council (NDRRMC) issued figures. The Middle Belt "
            "Interfaith Council and the Estonian Institute for Human Rights wrote to the Fund for Return.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 6, 22), "actor")}
    assert actors.get("Land Restitution Unit") == "government_body"
    assert actors.get("Marawi Compensation Board") == "government_body"
    assert actors.get("Union of Returnee Associations") == "ngo"
    assert actors.get("Srebrenica Returnees' Council") == "ngo"
    assert actors.get("Banadir Regional Administration") == "government_body"
    assert actors.get("National Disaster Risk Reduction and Management Council") == "government_body"
    assert actors.get("Middle Belt Interfaith Council") == "ngo"
    assert actors.get("Estonian Institute for Human Rights") == "ngo"
    assert actors.get("Fund for Return") == "government_body"


def test_people_set_off_by_what_they_are_or_placed_by_their_body() -> None:
    text = ("COLOMBO, 23 June 2031 - The minister, Ranil Perera-Holt, said all faiths were free. The Venerable "
            "Galle Sumana Thera-Lund, a monk of the Amarapura chapter, said his temple was watched. \"We only want "
            "to pray,\" he said. Sheikh Farid Hassan-Moore of the Ceylon Ulama Council urged calm. \"No one should "
            "burn a mosque,\" he said.")  # fmt: skip
    quotes = {c["quote"][:12]: c["claimant"]["name"] for c in _claims(text, date(2031, 6, 23))
              if c["claim_type"] == "quotation"}  # fmt: skip
    assert quotes["We only want"].endswith("Thera-Lund")
    assert quotes["No one shoul"] == "Farid Hassan-Moore"


def test_a_joint_statement_released_under_a_dateline_is_a_press_release() -> None:
    text = ("Joint statement by UNHCR and the Disaster Council on the floods\n\nDHAKA, 24 June 2031 - UNHCR and the "
            "Disaster Council today issued the following joint statement.\n\nSome 210,000 people remain displaced. "
            "\"No family will be sent back to a flooded village,\" said the Council's Executive Director, Rafiq "
            "Hossain-Berg.")  # fmt: skip
    doc = Document.from_text(text, published=date(2031, 6, 24))
    assert recognise_press(doc) == "press"
    quotes = [c for c in _claims(text, date(2031, 6, 24)) if c["claim_type"] == "quotation"]
    assert quotes and quotes[0]["claimant"]["name"] == "Rafiq Hossain-Berg"


def test_who_speaks_short_quotes_and_figures_of_bodies_that_answer_or_publish() -> None:
    text = ("KHARTOUM, 25 June 2031 - The Trust said 400,000 children had no papers.\n\n"
            "The Registrar's Department said it had issued 148,000 certificates. It called the Trust's estimate "
            "\"unsupported by any evidence\".\n\n"
            "The Prison Service disputed the findings, saying in a statement that \"every death is investigated "
            "without exception\". It said 71 percent of deaths were natural.\n\n"
            "The Government's Humanitarian Aid Commission rejected the figures, saying that 1.2 million people had "
            "returned.\n\n"
            "The National Rights Commission (NRC) published a report on Monday finding that 37 percent of returnees "
            "had no home.\n\n"
            "In a statement, its Ministry of Foreign Affairs called the mandate \"illegitimate and politically "
            "motivated\".\n\n"
            "The delegation was told by the Federal Penitentiary Service that its facilities held 11,900 people.\n\n"
            "The Ministry of Interior said 36 officers faced proceedings and insisted that \"isolated abuses are "
            "punished\".\n\n"
            "The Special Rapporteur said that 2,150 had been arrested for travelling without permits.")  # fmt: skip
    claims = _claims(text, date(2031, 6, 25))
    quotes = {c["quote"][:12]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "quotation"}
    assert quotes["unsupported "] == "Registrar's Department"
    assert quotes["every death "] == "Prison Service"
    assert quotes["illegitimate"] == "Ministry of Foreign Affairs"
    assert quotes["isolated abu"] == "Ministry of Interior"
    values = {c.get("value"): c for c in claims if c.get("value")}
    assert values[1200000]["claimant"]["name"] == "Humanitarian Aid Commission"
    assert values[37]["claimant"]["name"] == "National Rights Commission"
    assert values[11900]["claimant"]["name"] == "Federal Penitentiary Service"
    assert values[2150]["unit"] == "people"


def test_state_bodies_described_then_named_and_titles_of_controllers_and_experts() -> None:
    text = ("LA PAZ, 26 June 2031 - According to the Vice-Ministry of Drinking Water, 212,000 residents are affected. "
            "The public utility EPSAS said its reservoirs stood at 19 percent. The national water and sanitation "
            "directorate, DINEPA, said 27 percent of sites had water. The civic-space monitor Ashyk Koom said 64 groups "
            "were closed. Controller-General Sophie Marchand-Berg said cells were full. The Alliance's leader, Elena "
            "Rusnac-Holm, spoke. The IOM Chief of Mission, Ngozi Castellano-Brandt, said 18,400 houses were destroyed. "
            "The Council heard the Expert on the situation of human rights in Haiti. The Expert, Amadou Bellerose-Lund, "
            "said gangs held 14 districts.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 6, 26), "actor")}
    assert actors["Vice-Ministry of Drinking Water"]["kind"] == "government_body"
    assert actors["EPSAS"]["kind"] == "government_body"
    assert actors["DINEPA"]["kind"] == "government_body"
    assert actors["Ashyk Koom"]["kind"] == "ngo"
    assert actors["Sophie Marchand-Berg"]["title"] == "Controller-General"
    assert actors["Elena Rusnac-Holm"]["title"] == "leader"
    assert actors["Ngozi Castellano-Brandt"]["title"] == "IOM Chief of Mission"
    assert actors["Expert on the situation of human rights in Haiti"]["kind"] == "un_mechanism"
    assert actors["Amadou Bellerose-Lund"]["title"] == "Expert on the situation of human rights in Haiti"


def test_companies_and_the_members_of_a_working_group() -> None:
    text = ("LIMA, 27 June 2031 - Two members of the UN Working Group on Business and Human Rights, Ana Quispe-Holm "
            "and Tomas Berg-Achebe, began a visit. The mine is operated by Andes Plata Holdings, and Puna Minerals Ltd "
            "is its partner. A complaint against the fashion retailer Lark & Finch was accepted by the United "
            "Kingdom's National Contact Point for the OECD Guidelines for Multinational Enterprises. The experts, Ana "
            "Quispe-Holm and Tomas Berg-Achebe, met the Council of Atacama Peoples.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 6, 27), "actor")}
    assert actors["Ana Quispe-Holm"]["title"] == "Working Group on Business and Human Rights"
    assert actors["Tomas Berg-Achebe"]["title"] == "Working Group on Business and Human Rights"
    assert actors["Andes Plata Holdings"]["kind"] == "company"
    assert actors["Puna Minerals Ltd"]["kind"] == "company"
    assert actors["Lark & Finch"]["kind"] == "company"
    assert "Multinational Enterprises" not in actors
    contact = next(name for name in actors if name.startswith("National Contact Point"))
    assert actors[contact]["kind"] == "government_body"
    assert actors["Council of Atacama Peoples"]["kind"] == "ngo"


def test_parties_by_councillors_and_by_a_list_of_seats_in_the_paragraph() -> None:
    text = ("SKOPJE, 28 June 2031 - The new council has 45 seats. It will have 16 councillors from the Union for "
            "Reform, 13 from the People's Democratic Party and 7 from the Alliance of Albanians and Citizens. The "
            "Harbour Alliance took 5, the Green Left Movement 4.\n\nOn Monday, the Chief Elections Officer, Grace "
            "Joseph-Berg, met observers.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 6, 28), "actor")}
    for party in ("Union for Reform", "Alliance of Albanians and Citizens", "Harbour Alliance", "Green Left Movement"):
        assert actors[party]["kind"] == "political_party", party
    assert actors["Grace Joseph-Berg"]["title"] == "Chief Elections Officer"


def test_counts_of_hyphenated_and_irregular_plurals_and_a_rejected_number() -> None:
    text = ("ATHENS, 29 June 2031 - The monitor said 2,640 asylum-seekers were held. The ministry said insulin was "
            "available at 240 primary health care centres. The prosecutor said notices were served on 58 servicemen. "
            "She said the city had rejected 1,390 applications to hold gatherings. The committee estimates that some "
            "11,000 Roma still live in camps.")  # fmt: skip
    units = {c.get("value"): c.get("unit") for c in _claims(text, date(2031, 6, 29)) if c.get("value")}
    assert units[11000] == "Roma"
    assert units[2640] == "asylum-seekers"
    assert units[240] == "health care centres"  # the kind of centre, as written
    assert units[58] == "servicemen"
    assert units[1390] == "applications"


def test_committees_police_and_groups_set_off_after_their_name() -> None:
    text = ("EDINBURGH (Forth Gazette) - The Parliament's Equalities, Human Rights and Civil Justice Committee met the "
            "two members of the Working Group, Ana Lund-Osei and Pavel Dorn-Mbeki. The government will inherit 87 UN "
            "recommendations, according to the outgoing Portfolio Committee on Law and Public Safety. Police said 63 "
            "people had been arrested. Island Voices Together, a residents' group on the sister island, said 140 "
            "households were cut off. Doctors on the Trail, a medical charity working at the border, said it had "
            "treated 2,430 people. The Geneva Rights Circle, an advocacy group, and the Barbuda Land Rights Committee "
            "wrote to the Council.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 6, 30), "actor")}
    assert actors["Equalities, Human Rights and Civil Justice Committee"]["kind"] == "government_body"
    assert actors["Island Voices Together"]["kind"] == "ngo"
    assert actors["Doctors on the Trail"]["kind"] == "ngo"
    assert actors["Geneva Rights Circle"]["kind"] == "ngo"
    assert actors["Barbuda Land Rights Committee"]["kind"] == "ngo"
    claims = {c.get("value"): c for c in _claims(text, date(2031, 6, 30)) if c.get("value")}
    assert claims[87]["claimant"]["name"] == "Portfolio Committee on Law and Public Safety"
    assert claims[63]["claimant"]["name"] == "Police"
    assert claims[140]["claimant"]["name"] == "Island Voices Together"


def test_dateline_outlets_in_french_and_working_group_members_by_the_group_s_name() -> None:
    text = ("PORT-AU-PRINCE (Le Courrier du Plateau) - The Working Group on Arbitrary Detention ended a visit. The "
            "delegation, made up of the Working Group's members Sigrun Hall-Mbeki and Tomas Wiel-Andrade, visited "
            "prisons. Separately, (the convener, Callum Strachan-Obi, spoke).")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 7, 1), "actor")}
    assert actors["Le Courrier du Plateau"]["kind"] == "media"
    assert actors["Sigrun Hall-Mbeki"]["title"] == "Working Group on Arbitrary Detention"
    assert actors["Tomas Wiel-Andrade"]["title"] == "Working Group on Arbitrary Detention"
    assert actors["Callum Strachan-Obi"]["title"] == "convener"


def test_task_forces_caucuses_companies_and_police_named_by_place() -> None:
    text = ("PALANGKA RAYA (Borneo Ledger) - Police in Central Kalimantan said they had arrested 26 villagers. In a "
            "separate development, police in Jambi province said they had arrested 11 farmers.\n\n"
            "The concession is held by PT Sungai Hijau Lestari. The company said it had compensated 180 households. "
            "Greenline Planting Services, the contractor carrying out the work, declined to comment.\n\n"
            "According to the Country Task Force on Monitoring and Reporting, 312 children were released. The task "
            "force verified 41 attacks on schools. The Women's Parliamentary Caucus said 64 percent of members had "
            "been threatened.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 7, 2), "actor")}
    assert "PALANGKA RAYA" not in actors
    assert actors.get("PT Sungai Hijau Lestari") == "company"
    assert actors.get("Greenline Planting Services") == "company"
    assert actors.get("Country Task Force on Monitoring and Reporting") == "un_mechanism"
    claims = {c.get("value"): (c.get("claimant") or {}).get("name") for c in _claims(text, date(2031, 7, 2)) if c.get("value")}
    assert claims[26] == "Police" and claims[11] == "Police"
    assert claims[180] == "PT Sungai Hijau Lestari"
    assert claims[41] == "Country Task Force on Monitoring and Reporting"
    assert claims[64] == "Women's Parliamentary Caucus"


def test_a_council_summary_that_continues_a_dialogue() -> None:
    text = ("HUMAN RIGHTS COUNCIL CONTINUES INTERACTIVE DIALOGUE ON WOMEN IN POLITICS\n\nGENEVA, 20 June 2031\n\n"
            "The Human Rights Council, at its 77th session, this morning continued its interactive dialogue with the "
            "Special Rapporteur on violence against women and girls.\n\nSpain said its parity law had worked.\n\n"
            "Pakistan, speaking on behalf of the Organisation of Islamic Cooperation, said values mattered.")  # fmt: skip
    doc = Document.from_text(text, published=date(2031, 6, 20))
    assert recognise_press(doc) == "meeting_summary"


def test_platforms_portfolio_lists_and_a_body_s_acronym_closing_a_sentence() -> None:
    text = ("BRASILIA (Correio Sul) - The video-sharing platform Clipa said in its latest transparency report that it "
            "had removed 48,200 accounts and had received 1,317 takedown requests from the Superior Electoral Court "
            "(TSE). According to the company, 62 percent of them were new. The minister met the Ministry of Mineral "
            "and Petroleum Resources. The Federal Authority for Identity, Citizenship, Customs and Port Security and "
            "the National Cohesion and Integration Commission met the National Penitentiary Institute, the Lhotshampa "
            "Refugee Welfare Committee and the Stranded Urdu-Speakers Council.")  # fmt: skip
    claims = {c.get("value"): (c.get("claimant") or {}).get("name") for c in _claims(text, date(2031, 7, 3)) if c.get("value")}
    assert claims[48200] == "Clipa" and claims[1317] == "Clipa" and claims[62] == "Clipa"
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 7, 3), "actor")}
    assert actors.get("Clipa") == "company"
    assert "Petroleum Resources" not in actors
    assert actors.get("Federal Authority for Identity, Citizenship, Customs and Port Security") == "government_body"
    assert actors.get("National Cohesion and Integration Commission") == "government_body"
    assert actors.get("National Penitentiary Institute") == "government_body"
    assert actors.get("Lhotshampa Refugee Welfare Committee") == "ngo"
    assert actors.get("Stranded Urdu-Speakers Council") == "ngo"


def test_experts_groups_and_parties_speaking_through_their_leaders_and_surveys() -> None:
    text = ("GENEVA, 4 July 2031 - The Council heard the Group of Human Rights Experts on Nicaragua. The experts said "
            "452 Nicaraguans had been stripped of their nationality.\n\n"
            "The press freedom group Mukti Forum said 36 journalists had been arrested. In a survey of 400 reporters "
            "published by the group, 42 percent said they had been threatened.\n\n"
            "The National Police disputed the figure, saying only 74 suspects had died.\n\n"
            "The Thai Liberal Party won 40 seats. Its leader, Kanya Bright-Somboon, said she would invite the Special "
            "Rapporteur. \"The families have waited long enough,\" she told supporters.")  # fmt: skip
    claims = _claims(text, date(2031, 7, 4))
    values = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims if c.get("value")}
    assert values[452] == "Group of Human Rights Experts on Nicaragua"
    assert values[42] == "Mukti Forum"
    assert values[74] == "National Police"
    quotes = {c["quote"][:12]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "quotation"}
    assert quotes["The families"] == "Kanya Bright-Somboon"


def test_acronyms_of_bodies_named_before_armed_forces_and_long_association_names() -> None:
    text = ("KHARTOUM, 5 July 2031 - According to the UN Office for the Coordination of Humanitarian Affairs, only 14 "
            "of 52 convoys arrived. OCHA said 27 percent of permit requests had been approved. The Commission "
            "countered that 81 percent had been granted. The army said 29 people were arrested for breaking the "
            "curfew. Sudan's armed forces said 2,870 people had been detained. The Sudan Garment Manufacturers and "
            "Exporters Association and the Sudan Plantation and Agricultural Workers' Union met the Sudanese National "
            "Council of Women. The council's convenor, Amna Haque-Berg, spoke.")  # fmt: skip
    claims = {c.get("value"): c.get("claimant") or {} for c in _claims(text, date(2031, 7, 5)) if c.get("value")}
    assert claims[27]["name"].endswith("Office for the Coordination of Humanitarian Affairs") and claims[27]["short"] == "OCHA"
    assert claims[29]["name"] == "Army"
    assert claims[2870]["name"] == "Armed forces" and claims[2870]["iso3"] == "SDN"
    actors = {a["actor"]["name"]: a["actor"] for a in _items(text, date(2031, 7, 5), "actor")}
    assert "Sudan Garment Manufacturers and Exporters Association" in actors
    assert "Sudan Plantation and Agricultural Workers' Union" in actors
    assert actors["Sudanese National Council of Women"]["kind"] == "ngo"
    assert actors["Amna Haque-Berg"]["title"] == "convenor"


def test_newsrooms_by_what_they_are_and_passive_figures_after_a_speaker() -> None:
    text = ("TBILISI (Kura Ledger) - The ruling party won 62 of the 98 seats, the Central Election Commission said on "
            "Monday. Two smaller parties took 11 seats. Turnout was put at 54.6 percent.\n\n"
            "Georgia's Public Defender received 1,276 complaints last year, according to the annual report her office "
            "presented. Her staff interviewed 314 detainees.\n\n"
            "An analysis of 3,600 protocols by the data journalism team Ballot Lens found anomalies. The independent "
            "newsroom Court Files Weekly published a study. Police headquarters said 2,315 people had been arrested. "
            "Lawyers with the Tbilisi Defenders Collective said 640 of them were still held. The Supervisor of "
            "Elections said 7 complaints were filed.\n\n"
            "(Translated from Swahili. First published in Sauti ya Pwani.)")  # fmt: skip
    claims = {c.get("value"): (c.get("claimant") or {}).get("name") for c in _claims(text, date(2031, 7, 6)) if c.get("value")}
    assert claims[54.6] == "Central Election Commission"
    assert claims[314] == "Public Defender"
    assert claims[2315] == "Police"
    assert claims[640] == "Tbilisi Defenders Collective"
    assert claims[7] == "Supervisor of Elections"
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2031, 7, 6), "actor")}
    assert actors.get("Ballot Lens") == "media"
    assert actors.get("Court Files Weekly") == "media"
    assert actors.get("Sauti ya Pwani") == "media"


def test_special_sessions_offices_and_names_with_mc() -> None:
    text = ("Council opens special session\n\nGENEVA, 7 July 2031 - The Human Rights Council this morning opened a "
            "special session on Nicaragua.\n\nSweden, speaking on behalf of the Nordic-Baltic countries, said 317 "
            "people had lost their nationality.\n\nCuba said the session was politically motivated.")  # fmt: skip
    assert recognise_press(Document.from_text(text, published=date(2031, 7, 7))) == "meeting_summary"
    other = ("(Tromsø Tidende) - The family met the Minister of the "
             "Interior, Beatriz Lozano-McAllister. Ethiopia's Permanent Representative, Ambassador Tesfaye Worku-Lind, "
             "spoke. According to the Ministry of Home Affairs, the minister said 23 men were held. The Crown "
             "Prosecution Service, the Independent Police Investigative Directorate and the Committee of Victims of "
             "Police Violence met the Finnish Safety and Chemicals Agency.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"] for a in _items(other, date(2031, 7, 7), "actor")}
    assert actors["Tromsø Tidende"]["kind"] == "media"
    assert actors["Beatriz Lozano-McAllister"]["title"] == "Minister of the Interior"
    assert "Ethiopia's Permanent Representative" not in actors
    assert actors["Ministry of Home Affairs"]["kind"] == "government_body"
    assert actors["Crown Prosecution Service"]["kind"] == "government_body"
    assert actors["Independent Police Investigative Directorate"]["kind"] == "government_body"
    assert actors["Committee of Victims of Police Violence"]["kind"] == "ngo"
    assert "Finnish Safety and Chemicals Agency" in actors


def test_pronouns_after_a_un_mission_findings_and_shares_that_go_on_with_their_source() -> None:
    text = ("PORT SUDAN - Eleven of the 38 delegations that spoke at the dialogue with the Independent International "
            "Fact-Finding Mission for the Sudan praised the Government, according to a count kept by the Highlands "
            "Watch Initiative.\n\n"
            "Addressing the Council, the mission said militias controlled at least 12 river ports. It said it had "
            "documented 31 killings of traders since March.\n\n"
            "The Minister of Mines, Arnold Pauka-Lindell, dismissed the report, arguing that the mines had earned 6.2 "
            "per cent of national income.\n\n"
            "The Coastal Land Watch stood by its work. The group's report says 44 per cent of the killings took place "
            "near logging roads.\n\n"
            "The Port Workers' Union said it had heard from 900 members. In a survey of its members, 27 percent said "
            "they had been paid late.\n\n"
            "The Highlands Migrant Centre interviewed 610 returnees and found that 58 percent had paid brokers. Only "
            "6 percent had received a contract.\n\n"
            "Voices of the Valleys, a regional programme that records attacks on village leaders, said 88 leaders "
            "had been threatened.")  # fmt: skip
    claims = _claims(text, date(2034, 5, 2))
    by_value = {c.get("value"): (c.get("claimant") or {}).get("name") for c in claims if c.get("value") is not None}
    assert by_value[12] == by_value[31] == "Independent International Fact-Finding Mission for the Sudan"
    assert by_value[6.2] == "Arnold Pauka-Lindell"
    assert by_value[44] == "Coastal Land Watch"
    assert by_value[27] == "Port Workers' Union"
    assert by_value[58] == by_value[6] == "Highlands Migrant Centre"
    assert by_value[88] == "Voices of the Valleys"


def test_a_count_of_them_after_a_total_and_oral_statements_headed_by_their_speaker() -> None:
    text = ("The Council's interactive dialogue with the Special Rapporteur on the situation of human rights in "
            "Belarus on 9 March drew 44 speaking delegations, the Minsk Herald reported, adding that 31 of them "
            "criticised the Government and 17 defended it.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2034, 3, 11)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (44, 17, 31)
    assert "counts_do_not_add_up" in tally["flags"]
    oral = ("Human Rights Council - 88th regular session\nItem 4: Interactive dialogue on Myanmar\n"
            "Oral statement - Karen River Families Network\n\nMr. President,\n\nOur network speaks for 230 "
            "families who have lost their land.")  # fmt: skip
    doc = Document.from_text(oral, published=date(2035, 3, 20))
    assert recognise_press(doc) == "statement"
    statements = _items(oral, date(2035, 3, 20), "statement")
    assert statements[0]["speaker"]["name"] == "Karen River Families Network"
    summary = ("Review of Paraguay\n\nGENEVA, 4 May 2034 - The Universal Periodic Review Working Group this morning "
               "reviewed the human rights record of Paraguay.\n\nUruguay commended Paraguay for its housing "
               "programme.\n\nSpain recommended that Paraguay protect Indigenous land.")  # fmt: skip
    assert recognise_press(Document.from_text(summary, published=date(2034, 5, 4))) == "meeting_summary"


def test_parties_by_apposition_state_authorities_and_courts_and_places_of_worship() -> None:
    text = ("QUITO - The Civic Alliance, the party of the outgoing president, took 41 seats. The Civic Alliance "
            "said it would not support a moratorium.\n\n"
            "The Minister met the Special Rapporteur on environmental defenders under the Aarhus Convention, Ilse "
            "Vandermeer-Quispe, and the Water Market Regulatory Authority. The Second Environmental Court annulled a "
            "permit and ordered the Environmental Assessment Service to review it. The Oversight and Anti-Graft "
            "Authority (OAGA) opened a case; the Sri Lanka Bureau of Foreign Employment was also named. So was the "
            "International Criminal Court.\n\n"
            "The Bureau will publish its annual report on 15 June. Volunteers of the Kandy Faith Network verified "
            "attacks on 23 temples in 9 districts.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2034, 6, 2), "actor")}
    assert actors["Civic Alliance"] == "political_party"
    assert actors["Special Rapporteur on environmental defenders under the Aarhus Convention"] == "un_mechanism"
    assert actors["Water Market Regulatory Authority"] == "government_body"
    assert actors["Second Environmental Court"] == "government_body"
    assert actors["Environmental Assessment Service"] == "government_body"
    assert actors["Oversight and Anti-Graft Authority"] == "government_body"
    assert actors["Sri Lanka Bureau of Foreign Employment"] == "government_body"
    assert actors.get("International Criminal Court") != "government_body"
    events = _items(text, date(2034, 6, 2), "event")
    assert any(e["event_type"] == "report" and e["date"] == "2034-06-15" for e in events)
    units = {c.get("unit"): c.get("value") for c in _claims(text, date(2034, 6, 2))}
    assert units.get("temples") == 23


def test_quotes_going_on_in_a_paragraph_spokespeople_and_figures_of_a_body_s_own_report() -> None:
    text = ("VIENTIANE (Mekong Ledger) - The UN Special Rapporteur on freedom of religion or belief, Ingrid "
            "Løvaas-Mensah, will visit Laos next month.\n\n"
            "The Lao Faith Monitor, an exile-run group, says 31 people are held for unregistered worship.\n\n"
            "\"I will go where I am allowed, and ask to go where I am not,\" Løvaas-Mensah said on Friday. \"Free "
            "access to those who wish to meet me is a condition of any visit.\"\n\n"
            "A spokeswoman for the Ministry of Home Affairs rejected the figures. \"Every believer in Laos worships "
            "freely and safely,\" she said.\n\n"
            "Ten years after its creation, the National Commission on Missing Persons has received 2,764 complaints and "
            "closed 1,905 of them, according to its latest annual report. The five-member commission said it had "
            "referred 212 cases to prosecutors.")  # fmt: skip
    quotes = _quoted_by(text, date(2033, 4, 2), 12)
    assert quotes["I will go wh"] == quotes["Free access "] == "Ingrid Løvaas-Mensah"
    assert quotes["Every believ"] == "Ministry of Home Affairs"
    counts = {c["value"]: (c["unit"], (c.get("claimant") or {}).get("name")) for c in _claims(text, date(2033, 4, 2))
              if c["claim_type"] == "count"}
    assert counts[2764] == ("complaints", "National Commission on Missing Persons")
    assert counts[1905] == ("complaints", "National Commission on Missing Persons")
    assert counts[212][1] == "National Commission on Missing Persons"


def test_an_approximate_total_after_of_the_and_a_dialogue_on_an_oral_update() -> None:
    text = ("COLOMBO - The Foreign Ministry said on Thursday that more than 25 of the roughly 40 delegations that "
            "spoke in Tuesday's dialogue on the High Commissioner's oral update had backed the Government.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2033, 9, 16)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"]) == (40, 25)
    assert tally["forum"]["type"] == "oral_update" and tally["forum"]["date"] == "2033-09-13"
    events = [(e["event_type"], e["date"]) for e in _items(text, date(2033, 9, 16), "event")]
    assert ("oral_update", "2033-09-13") in events
    assert not any(t == "interactive_dialogue" for t, _ in events)


def test_un_bodies_by_their_own_names_and_figures_a_statement_cites_from_them() -> None:
    text = ("Interactive Dialogue with the Independent International Fact-Finding Mission on Libya\n"
            "Statement by Norway\n\nMr. President,\n\n"
            "Norway thanks the Chair of the Fact-Finding Mission for her report. Since its last report, the Mission "
            "has documented 318 new cases of arbitrary detention. We also note that the Independent Investigative "
            "Mechanism for Myanmar and the Office for the Coordination of Humanitarian Affairs have shared their "
            "methods. The Office on Missing Persons has received 2,207 complaints. We call for access.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2035, 3, 20), "actor")}
    assert actors["Independent Investigative Mechanism for Myanmar"] == "un_mechanism"
    assert actors["Office for the Coordination of Humanitarian Affairs"] == "un_mechanism"
    assert "Fact-Finding Mission" not in actors
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _claims(text, date(2035, 3, 20))
              if c["claim_type"] == "count"}
    assert counts[318] == "Independent International Fact-Finding Mission on Libya"
    assert counts[2207] == "Office on Missing Persons"


def test_city_ombudspersons_in_their_own_language_and_a_human_rights_desk() -> None:
    text = ("MONTREAL - The Ombudsman de Montréal, which handles complaints about city services, reported receiving "
            "1,712 complaints in 2033. The Personería de Cali, the city's ombudsperson office, said 14 leaders had been "
            "threatened. The Tyrolean Equal Treatment Ombudsman met the Quebec Human Rights and Youth Rights "
            "Commission.\n\n"
            "The City of Durban's Human Rights Desk published its report on Tuesday. The desk counted 930 households "
            "removed from informal settlements.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"]["kind"] for a in _items(text, date(2034, 3, 2), "actor")}
    assert actors["Ombudsman de Montréal"] == "nhri"
    assert actors["Personería de Cali"] == "nhri"
    assert actors["Tyrolean Equal Treatment Ombudsman"] == "nhri"
    assert actors["Quebec Human Rights and Youth Rights Commission"] == "nhri"
    counts = {c["value"]: (c.get("claimant") or {}).get("name") for c in _claims(text, date(2034, 3, 2))
              if c["claim_type"] == "count"}
    assert counts[1712] == "Ombudsman de Montréal"
    assert counts[14] == "Personería de Cali"
    assert counts[930] == "Human Rights Desk"


def test_commissions_named_by_a_list_funds_staff_visits_and_a_delegation_of_the_collective() -> None:
    text = ("FREETOWN - The Truth, Healing and Reconciliation Commission of Liberia heard 418 witnesses. The "
            "Victims Reparations Fund and the Restorative Justice Fund have paid nobody.\n\n"
            "Inspectors from the National Human Rights Commission of Sierra Leone visited 14 police cells last "
            "month, the Commission said. Commission staff visited 19 correctional facilities this year.\n\n"
            "The Bo Rights Collective said families were still displaced. A delegation of the Collective met the "
            "Minister of Social Welfare, Fatmata Kamara-Lind, on Tuesday.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2034, 6, 8), "actor")}
    assert actors["Truth, Healing and Reconciliation Commission of Liberia"] == "government_body"
    assert actors["Victims Reparations Fund"] == "government_body"
    assert actors["Restorative Justice Fund"] == "government_body"
    counts = {c["value"]: ((c.get("claimant") or {}).get("name"), c["unit"]) for c in _claims(text, date(2034, 6, 8))
              if c["claim_type"] == "count"}
    assert counts[14] == ("National Human Rights Commission of Sierra Leone", "cells")
    assert counts[19] == ("National Human Rights Commission of Sierra Leone", "correctional facilities")
    meeting = next(e for e in _items(text, date(2034, 6, 8), "event") if e["event_type"] == "meeting")
    assert {p["name"] for p in meeting["participants"]} >= {"Fatmata Kamara-Lind", "Bo Rights Collective"}


def test_reports_tabled_in_parliament_and_legislatures_by_their_bare_titles() -> None:
    text = ("ACCRA - The annual report of the Ghana Rights Commission for 2033 was tabled in Parliament on Tuesday. "
            "Presenting the Commission's annual report to Parliament, the chair said 212 asylum seekers had "
            "complained.\n\n"
            "The Senate approved the budget. The House of Representatives Committee on Human Rights met on "
            "Friday. The Military Prosecutor, Judge Amal Haddad-Voss, charged 37 protesters after clashes outside "
            "Parliament last month, judicial sources said.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(text, date(2034, 5, 12), "actor")}
    assert actors.get("Parliament") == "government_body"
    assert actors.get("Senate") == "government_body"
    assert "House of Representatives Committee on Human Rights" in actors
    events = [(e["event_type"], e["date"]) for e in _items(text, date(2034, 5, 12), "event")]
    assert ("report", "2034-05-09") in events
    units = {c["value"]: c["unit"] for c in _claims(text, date(2034, 5, 12)) if c["claim_type"] == "count"}
    assert units[212] == "asylum seekers"
    claimants = {c["value"]: (c.get("claimant") or {}).get("name") for c in _claims(text, date(2034, 5, 12))
                 if c["claim_type"] == "count"}
    assert claimants[37] != "Parliament"


def test_statement_headings_on_labelled_lines_and_summaries_naming_several_speakers() -> None:
    joint = ("HUMAN RIGHTS COUNCIL - 81st SESSION\nItem 6: Universal Periodic Review - Chile\nJoint oral statement\n"
             "Delivered by: Atacama Water Defenders\nOn behalf of: Chilean UPR Coalition\n14 September 2032\n\n"
             "Thank you, Mr. Vice-President.\n\nChile accepted most recommendations but noted 31 of them.")  # fmt: skip
    doc = Document.from_text(joint)
    assert recognise_press(doc) == "statement"
    statements = _items(joint, None, "statement")  # type: ignore[arg-type]
    assert statements[0]["speaker"]["name"] == "Atacama Water Defenders"
    assert statements[0]["on_behalf_of"]["name"] == "Chilean UPR Coalition"
    assert statements[0]["forum"]["date"] == "2032-09-14"
    eu = ("Human Rights Council - 77th session\nItem 4 - Interactive dialogue on Myanmar\n"
          "Statement on behalf of the European Union\nGeneva, 20 March 2031\n\nMr. President,\n\n"
          "The European Union thanks the Special Rapporteur.")  # fmt: skip
    assert [s["speaker"]["name"] for s in _items(eu, date(2031, 3, 20), "statement")] == ["European Union"]
    summary = ("Meeting summary\n\nGENEVA, 21 March 2031 - The Human Rights Council this morning held an interactive "
               "dialogue with the Special Rapporteur on the situation of human rights in Myanmar.\n\n"
               "Argentina and Uruguay called for the release of political prisoners.\n\n"
               "Cuba, Nicaragua and Belarus said the mandate was politically motivated.\n\n"
               "Among the non-governmental organizations, the Karen Women Weavers Circle said villages had been burned."
               "\n\nSpeakers in the dialogue: Sweden on behalf of the Nordic-Baltic countries; Japan; Rakhine Truth "
               "Archive; Free Voices Myanmar.")  # fmt: skip
    speakers = {(s["speaker"].get("iso3") or s["speaker"]["name"]) for s in _items(summary, date(2031, 3, 21), "statement")}
    assert {"ARG", "URY", "CUB", "NIC", "BLR", "SWE", "JPN"} <= speakers
    assert {"Karen Women Weavers Circle", "Rakhine Truth Archive", "Free Voices Myanmar"} <= speakers


def test_treaty_body_dialogues_summarised_with_their_experts_as_speakers() -> None:
    text = ("Committee against Torture reviews Peru\n\n"
            "GENEVA, 3 May 2034 - The Committee against Torture this morning began its consideration of the ninth "
            "periodic report of Peru, at its one hundred and twelfth session.\n\n"
            "Tomasz Okafor-Lind, Committee Expert and Country Rapporteur, asked how many police officers had been "
            "convicted of torture since 2030.\n\n"
            "Rania Solberg-Mensah, Committee Expert, said that pre-trial detention remained excessive.\n\n"
            "The Committee's concluding observations on Peru will be issued on 20 May.")  # fmt: skip
    doc = Document.from_text(text)
    assert recognise_press(doc) == "meeting_summary"
    statements = _items(text, date(2034, 5, 3), "statement")
    assert [s["speaker"]["name"] for s in statements] == ["Tomasz Okafor-Lind", "Rania Solberg-Mensah"]
    assert statements[0]["forum"]["session"] == 112
    assert statements[0]["forum"]["type"] == "interactive_dialogue"
    events = {(e["event_type"], e["date"]) for e in _items(text, date(2034, 5, 3), "event")}
    assert {("interactive_dialogue", "2034-05-03"), ("report", "2034-05-20")} <= events
    press = ("LUANDA, 19 May 2027 (Jornal do Kwanza, translated from Portuguese) - The Human Rights Committee met "
             "the delegation.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("kind") for a in _items(press, date(2027, 5, 19), "actor")}
    assert actors.get("Jornal do Kwanza") == "media"
    assert actors.get("Human Rights Committee") == "un_mechanism"


def test_outlets_heading_their_pieces_counting_and_signing_off() -> None:
    text = ("The Harbour Observer | Analysis\n\nBy The Harbour Observer's count, 61 delegations offered praise. "
            "On Wednesday, the Saigon Daily Gazette ran a front-page headline. The Manila Sentinel, which reviewed "
            "the webcast, counted 44 delegations. That was the news from Coral Wave Radio.\n\n"
            "Tasman Ridge Monitor - Analysis\n\nSo the Tasman Ridge Monitor went through the record.")  # fmt: skip
    actors = {a["actor"]["name"].removeprefix("The "): a["actor"].get("kind") for a in _items(text, date(2031, 1, 23), "actor")}
    for outlet in ("Harbour Observer", "Saigon Daily Gazette", "Manila Sentinel", "Coral Wave Radio", "Tasman Ridge Monitor"):
        assert actors.get(outlet) == "media", outlet


def test_single_quotes_in_a_british_house_style() -> None:
    text = ("MANAMA - The families' committee said 140 prisoners were refusing food.\n\n"
            "'My son has lost twelve kilos, and they still say he is well,' said Huda Al-Sayegh-Lind, whose son "
            "has been held since 2029.\n\n"
            "In a statement on Sunday, the Directorate of Prisons denied the reports, describing them as "
            "'rumours spread by groups abroad'.")  # fmt: skip
    quotes = _quoted_by(text, date(2031, 9, 16), 10)
    assert quotes == {"My son has": "Huda Al-Sayegh-Lind", "rumours sp": "Directorate of Prisons"}


def test_a_review_s_own_count_and_a_rough_figure_after_while() -> None:
    text = ("GENEVA - Of the 121 delegations that took the floor at the review of Jordan, more than 30 raised "
            "torture, by The Levant Review's count, while roughly 80 confined themselves to praise for its reforms.")  # fmt: skip
    tally = next(c for c in _claims(text, date(2030, 1, 30)) if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (121, 80, 30)
    assert tally["claimant"]["name"].removeprefix("The ") == "Levant Review"


def test_an_ngo_named_above_its_oral_statement_and_a_summary_under_a_meeting_heading() -> None:
    oral = ("LAKE CHAD RIGHTS FORUM\nOral statement\nHuman Rights Council, 79th session\n"
            "Enhanced interactive dialogue on the oral update of the High Commissioner on Eritrea\n26 March 2032\n"
            "Delivered by: Selam Haile-Brandt\n\nThank you, Madam President.\n\n"
            "Lake Chad Rights Forum thanks the High Commissioner for her update.")  # fmt: skip
    assert recognise_press(Document.from_text(oral)) == "statement"
    assert [s["speaker"]["name"] for s in _items(oral, date(2032, 3, 26), "statement")] == ["Lake Chad Rights Forum"]
    summary = ("HUMAN RIGHTS COUNCIL - 75th SESSION\nAfternoon meeting, 24 September 2030\n\n"
               "Oral update of the Independent International Fact-Finding Mission on Libya\n\n"
               "Libya, speaking as the country concerned, rejected the update.\n\n"
               "In the ensuing dialogue, the European Union said that detainees must be released.\n\n"
               "Cuba said that the Mission was selective.")  # fmt: skip
    assert recognise_press(Document.from_text(summary)) == "meeting_summary"
    text = ("GENEVA - The UN High Commissioner for Human Rights, Rafael Okoro-Lind, presented his report on "
            "Tuesday.")  # fmt: skip
    actors = {a["actor"]["name"]: a["actor"].get("title") for a in _items(text, date(2031, 6, 20), "actor")}
    assert actors["Rafael Okoro-Lind"] == "UN High Commissioner for Human Rights"


def test_a_report_presented_by_an_official_is_hers_and_it_says_goes_on_with_it() -> None:
    claims = _claims(
        "Armenia's Human Rights Defender, Lilit Harutyunyan-Moss, on Tuesday presented a special report on "
        "the army's barracks. The report, based on visits to 24 units and on interviews, says that 87 "
        "conscripts were injured in hazing. At least 12 officers were disciplined, it says.",
        published=date(2033, 5, 12),
    )
    by_value = {c["value"]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert by_value[87] == "Lilit Harutyunyan-Moss" and by_value[12] == "Lilit Harutyunyan-Moss"


def test_an_abbreviated_police_rank_is_not_part_of_the_name_and_a_code_is_not_a_person() -> None:
    actors = _items(
        "Minister of Justice Pol. Lt. Gen. Somchai Rattanakorn-Berg on Friday received the Special Rapporteur "
        "on the independence of judges and lawyers. The Minister briefed the Special Rapporteur on the draft "
        "amendment to the Criminal Procedure Code.", date(2031, 6, 7), "actor")
    officials = {a["actor"]["name"]: a["actor"].get("title") for a in actors if a["actor"]["kind"] == "official"}
    assert officials.get("Somchai Rattanakorn-Berg") == "Minister of Justice"
    assert "Criminal Procedure Code" not in officials


def test_a_national_commissioner_for_human_rights_of_a_state_is_one_institution() -> None:
    actors = _items("The National Commissioner for Human Rights of Honduras said it had received 640 complaints.",
                    date(2030, 9, 26), "actor")  # fmt: skip
    assert ("National Commissioner for Human Rights of Honduras", "nhri") in {
        (a["actor"]["name"], a["actor"]["kind"]) for a in actors}  # fmt: skip


def test_an_ombudsman_office_held_by_a_named_person_is_listed_but_she_speaks() -> None:
    text = ("ALMATY, 14 January 2031 - The Commissioner for Human Rights in the Republic of Kazakhstan, Aigul "
            "Serikova-Lund, said on Monday that her office had received 1,412 complaints. Her annual report, "
            "published on 30 December, counted 77 visits to prisons.")  # fmt: skip
    doc = Document.from_text(text)
    doc.kind = recognise_press(doc)
    items = [i.to_dict() for i in extract_press(doc)]
    actors = {(i["actor"]["name"], i["actor"]["kind"]) for i in items if i["kind"] == "actor"}
    assert ("Commissioner for Human Rights in the Republic of Kazakhstan", "nhri") in actors
    counts = {c["value"]: c["claimant"]["name"] for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert counts[1412] == "Aigul Serikova-Lund"
    report = next(i for i in items if i["kind"] == "event" and i["event_type"] == "report")
    assert report["date"] == "2030-12-30"
    assert {p["name"] for p in report["participants"]} >= {
        "Commissioner for Human Rights in the Republic of Kazakhstan", "Aigul Serikova-Lund"}  # fmt: skip


def test_national_ombudsman_titles_without_a_head_word_and_the_un_high_commissioner_by_title() -> None:
    actors = _items(
        "The Akyikatchy (Ombudsman) of the Kyrgyz Republic said 38 journalists had complained. The High "
        "Commissioner for Human Rights in the Russian Federation disagreed. The minister will meet the United "
        "Nations High Commissioner for Human Rights on Thursday. The Office of the High Commissioner for Human "
        "Rights in Cambodia said nothing.", date(2032, 1, 5), "actor")  # fmt: skip
    found = {(a["actor"]["name"], a["actor"]["kind"]) for a in actors}
    assert ("Akyikatchy (Ombudsman) of the Kyrgyz Republic", "nhri") in found
    assert ("High Commissioner for Human Rights in the Russian Federation", "nhri") in found
    assert ("United Nations High Commissioner for Human Rights", "un_mechanism") in found
    assert not any(name.startswith("Office of the High Commissioner") and kind == "nhri" for name, kind in found)


def test_a_meeting_named_twice_in_one_sentence_is_one_meeting_with_its_day() -> None:
    events = _items(
        "The minister said she had discussed the reforms with the UN High Commissioner for Human Rights when "
        "they met in Geneva on 22 August.", date(2030, 9, 1), "event")  # fmt: skip
    meetings = [e for e in events if e["event_type"] == "meeting"]
    assert len(meetings) == 1 and meetings[0]["date"] == "2030-08-22"


def test_visits_told_by_hosting_the_expert_or_being_in_the_country_from_day_to_day() -> None:
    for text in ("We were pleased to host the Special Rapporteur on the right to food from 5 to 16 June 2034.",
                 "The Independent Expert on Somalia, who was in the country from 5 to 16 June 2034, left."):  # fmt: skip
        visits = [e for e in _items(text, date(2034, 9, 1), "event") if e["event_type"] == "visit"]
        assert [(v["date"], v["end_date"]) for v in visits] == [("2034-06-05", "2034-06-16")]


def test_outlets_by_their_desk_their_programme_their_byline_and_their_named_tally() -> None:
    for text, outlet in (
        ("The Lakeside Courier - Geneva desk, with Name Here\n\nA Lakeside Courier tally of the afternoon: of the "
         "28 delegations that spoke, 19 backed the findings and nine sided with Tehran.", "Lakeside Courier"),
        ("Athens Morning Radio - News at Eight\n\nThe Council held its dialogue on Monday.", "Athens Morning Radio"),
        ("By our correspondent, Horn Ledger\n\nThe Council held its dialogue on Monday.", "Horn Ledger"),
    ):  # fmt: skip
        media = [a["actor"]["name"] for a in _items(text, date(2029, 3, 21), "actor") if a["actor"]["kind"] == "media"]
        assert any(outlet in name for name in media), (text, media)
    tally = next(c for c in _claims("Of the 39 delegations that took part, 30 backed the call, a Meridian Wire tally "
                                    "showed. The other nine were critical.")  # fmt: skip
                 if c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Meridian Wire"


def test_a_spokespersons_statement_is_a_press_statement_and_a_statement_cites_others_words() -> None:
    doc = Document.from_text("Statement by the Spokesperson of the Ministry of Foreign Affairs of Viet Nam on a report\n\n"
                             "The Ministry rejects the report. \"Viet Nam respects the law,\" spokesperson Le Van Name said.\n")
    assert recognise_press(doc) == "press"
    doc = Document.from_text(
        "Oral statement by the Tigris Legal Aid Network\nHuman Rights Council, 70th session\nGeneva, 3 July 2028\n\n"
        "Mr. President, as the Commission of Inquiry puts it in its report, \"impunity is the rule, not the "
        "exception.\" As Sara Haddad-Lind, whose son disappeared, told us: \"We only want a grave to visit.\"\n")
    doc.kind = recognise_press(doc)
    quotes = [c.to_dict() for c in extract_press(doc) if c.kind == "claim" and c.claim_type == "quotation"]
    assert "Sara Haddad-Lind" in {(q["claimant"] or {}).get("name") for q in quotes}


def test_a_visit_that_ends_as_the_expert_speaks_takes_its_days_from_its_length() -> None:
    for text, published in (
        ("AMMAN - The UN Special Rapporteur on the right to food said on Thursday at the close of a ten-day "
         "visit to the country that hunger was rising.", date(2029, 11, 17)),
        ("BEIRUT - Lebanon must protect journalists, the Special Rapporteur on freedom of expression said "
         "today as she ended a twelve-day visit.", date(2033, 10, 12)),
    ):  # fmt: skip
        visits = [e for e in _items(text, published, "event") if e["event_type"] == "visit"]
        assert [(v["date"], v["end_date"]) for v in visits] in (
            [("2029-11-06", "2029-11-15")], [("2033-10-01", "2033-10-12")])  # fmt: skip
    events = _items("We thank the Special Rapporteur for the report on his visit to Zambia from 2 to 11 "
                    "December 2034.", date(2035, 6, 24), "event")  # fmt: skip
    assert [(e["date"], e["end_date"]) for e in events if e["event_type"] == "visit"] == [("2034-12-02", "2034-12-11")]


def test_figures_published_by_a_body_which_recorded_them_are_its_own() -> None:
    claims = _claims("The Ministry notes with concern the figures published by BINUH, which recorded 1,386 people "
                     "killed in the last quarter.")  # fmt: skip
    assert next(c for c in claims if c.get("value") == 1386)["claimant"]["name"] == "BINUH"


def test_the_holder_of_a_mandate_whose_full_title_runs_on_after_a_comma() -> None:
    text = ("The Council held an interactive dialogue with the Special Rapporteur on adequate housing as a component "
            "of the right to an adequate standard of living, and on the right to non-discrimination in this "
            "context, Beatriz Okafor-Lund, during its session.")  # fmt: skip
    officials = {a["actor"]["name"]: a["actor"]["title"] for a in _items(text, date(2032, 3, 5), "actor")
                 if a["actor"]["kind"] == "official"}  # fmt: skip
    assert officials["Beatriz Okafor-Lund"].endswith("non-discrimination in this context")


def test_a_ministry_spokesperson_the_un_country_team_and_outlets_in_bylines() -> None:
    actors = _items('"We engaged openly," ministry spokesperson Kong Sothea said. The minister met the UN Country '
                    "Team on Monday.", date(2029, 10, 4), "actor")  # fmt: skip
    found = {a["actor"]["name"]: a["actor"] for a in actors}
    assert found["Kong Sothea"]["title"] == "ministry spokesperson"
    assert found["UN Country Team"]["kind"] == "un_mechanism"
    for text, outlet in (("By Armen Petrosyan-Vogel, Ararat Review\n\nThe ombudsman said 12 complaints arrived.",
                          "Ararat Review"),
                         ("Semanario Brecha Sur - Tegucigalpa, 12 November 2030\n\nThe Council adopted the outcome.",
                          "Semanario Brecha Sur")):  # fmt: skip
        media = [a["actor"]["name"] for a in _items(text, date(2030, 11, 12), "actor") if a["actor"]["kind"] == "media"]
        assert outlet in media, (text, media)


def test_a_follow_up_report_counts_recommendations_by_how_far_they_were_implemented() -> None:
    claims = _claims(
        "The Lusaka Civic Accountability Platform reviewed every one of the 203 recommendations Zambia supported "
        "at its previous review. Its "
        "findings:\n- 47 recommendations fully implemented\n- 98 recommendations partially implemented\n\nA "
        "follow-up report by the Colombo Centre for Rights Accountability found that of 177 recommendations "
        "supported in the previous cycle, 31 had been implemented, 64 partly implemented and 82 not implemented.",
        published=date(2034, 4, 5),
    )
    counts = {c["value"]: (c["unit"], (c["claimant"] or {}).get("name")) for c in claims if c["claim_type"] == "count"}
    assert 1 not in counts  # "every one of the 203"
    assert counts[47][0] == "recommendations" and counts[47][1] is not None
    assert counts[64] == ("recommendations", "Colombo Centre for Rights Accountability")
    assert counts[82] == ("recommendations", "Colombo Centre for Rights Accountability")


def test_a_labelled_list_of_implementation_verdicts_is_the_assessments_maker() -> None:
    claims = _claims(
        "The Anatolia Rights Initiative published its tracker on Monday.\n\nThe Initiative's own interim assessment of "
        "the 214 supported recommendations finds:\n* fully implemented: 23\n* partially implemented: 85\n* no "
        "progress: 106\n", published=date(2033, 5, 2))  # fmt: skip
    counts = {c["value"]: (c["unit"], (c["claimant"] or {}).get("name")) for c in claims if c["claim_type"] == "count"}
    assert counts[23] == counts[85] == counts[106] == ("recommendations", "Anatolia Rights Initiative")


def _tally(text: str, published: date) -> tuple[Any, ...]:
    tallies = [c for c in _claims(text, published) if c["claim_type"] == "tally"]
    assert len(tallies) == 1, tallies
    tally = tallies[0]
    return (tally["total"], tally["supportive"], tally["critical"], (tally["forum"] or {}).get("type"), tally["flags"])


def test_tallies_of_the_fifty_fifth_pass() -> None:
    # a "vote of confidence" is what the claimant calls the result, not a vote
    assert _tally(
        "Geneva, 9 May 2030 - The Foreign Ministry said on Thursday that of the 96 delegations that spoke at Nepal's "
        "Universal Periodic Review, 81 commended Nepal and only 15 were critical, calling it \"a vote of confidence in "
        "our reforms\".", date(2030, 5, 9))[:3] == (96, 81, 15)
    # the part quoted: '"more than 50" of the 90'
    assert _tally(
        "Geneva, 9 May 2030 - The minister said that \"more than 50\" of the roughly 90 delegations at the "
        "interactive dialogue on Belarus had backed the Government.", date(2030, 5, 9))[:3] == (90, 50, None)
    # opposing a mandate under the claimant's own label is support for the State; calling for an embargo is not
    assert _tally(
        "Geneva, 9 May 2030 - According to the ministry, 19 of the 31 delegations at the interactive dialogue on "
        "Eritrea opposed the renewal of what it called a \"relic of the past\" mandate.", date(2030, 5, 9))[:3] == (31, 19, None)
    assert _tally(
        "Geneva, 9 May 2030 - About 28 of the 40 delegations at the interactive dialogue on the Sudan called for a "
        "wider arms embargo.", date(2030, 5, 9))[:3] == (40, None, 28)
    # "handled through the Universal Periodic Review" names the mechanism, not another meeting for the figures
    assert _tally(
        "Geneva, 30 September 2031 - By the count of the Lakes Monitor, 38 delegations took part in the interactive "
        "dialogue on Burundi on Tuesday. Of these, 25 defended the Government, saying the country should be "
        "handled through the Universal Periodic Review. Only 13 endorsed the Special Rapporteur's findings.",
        date(2031, 9, 30))[:4] == (38, 25, 13, "interactive_dialogue")


def test_a_visit_next_week_keeps_the_length_the_story_gives() -> None:
    events = _items(
        "UN housing expert to visit Palau next week\n\nKOROR (Pacific Wire) - The Special Rapporteur on adequate "
        "housing, Name Okafor-Lind, will begin a five-day visit to Palau on Monday.", date(2030, 8, 14), "event")
    visits = [(e["date"], e["end_date"]) for e in events if e["event_type"] == "visit"]
    assert visits == [("2030-08-19", "2030-08-23")]  # not the whole of next week


def test_counts_of_the_fifty_fifth_pass() -> None:
    claims = _claims(
        "NUKU'ALOFA, 20 November 2030 - The Electoral Commission said 64 candidates had stood, eight of them women. "
        "The Joint Human Rights Office said it had documented 2,140 human rights violations in the first half of "
        "the year. The Special Rapporteur said at least 512 people were executed, and at least 19 of them were "
        "women.\n\nThe island has supported 140 of the 190 recommendations it received at its Universal Periodic "
        "Review, the Ministry said. The opposition Reform Party said the Government had noted all 14 "
        "recommendations calling for a moratorium on executions.",
        published=date(2030, 11, 20),
    )
    counts = {(c["value"], c["unit"]): (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert counts[(8, "women")] == "Electoral Commission"
    assert (2140, "violations") in counts and (19, "women") in counts
    assert counts[(14, "recommendations")] == "Reform Party"
    response = next(c for c in claims if c["claim_type"] == "response_tally")
    assert (response["total"], response["supportive"], response["flags"]) == (190, 140, [])  # the 14 are no rival total


def test_outlets_heading_their_bulletin_or_page() -> None:
    for text, outlet in (("Lakeland FM News - 7 a.m. bulletin\n\nThe minister said the review went well.", "Lakeland FM"),
                         ("Kiribati Coral FM | Midday News\n\nThe Council adopted the outcome.", "Kiribati Coral FM"),
                         ("RADIO VOZ ANDINA - EVENING BULLETIN\n\nThe Council adopted the outcome.", "Radio Voz Andina"),
                         ("ANALYSIS | The Rift Valley Review\n\nThe Council adopted the outcome.", "The Rift Valley Review"),
                         ("Andes Observer, 9 March 2034\n\nThe Council adopted the outcome.", "Andes Observer")):  # fmt: skip
        media = [a["actor"]["name"] for a in _items(text, date(2034, 3, 9), "actor") if a["actor"]["kind"] == "media"]
        assert outlet in media, (text, media)


def test_a_visit_told_in_its_report_and_a_briefing_for_ambassadors() -> None:
    events = _items(
        "GENEVA, 9 March 2027 - The Human Rights Council this morning held an interactive dialogue with the Special "
        "Rapporteur on the right to education, Name Okafor-Lind, who presented her report on her visit to Chad, "
        "carried out from 6 to 17 December 2026.\n\nOn 19 January, the Deputy Minister of Foreign Affairs, Name "
        "Diallo-Berg, briefed the ambassadors accredited to Chad on the report.", date(2027, 3, 9), "event")
    visit = next(e for e in events if e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2026-12-06", "2026-12-17")
    assert "Name Okafor-Lind" in [p["name"] for p in visit["participants"]]
    assert any(e["event_type"] == "meeting" and e["date"] == "2027-01-19" for e in events)


def test_figures_someone_cites_are_the_figures_maker() -> None:
    claims = _claims(
        "GENEVA, 22 March 2030 - The Independent Expert told the Council that, according to figures compiled by the "
        "United Nations Integrated Office in Haiti, at least 1,210 people were killed between October and December.\n\n"
        "According to figures from the Office of the High Commissioner cited in the report, 3,400 people were "
        "kidnapped in 2029.", published=date(2030, 3, 22))  # fmt: skip
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert counts[1210] == "United Nations Integrated Office in Haiti"
    assert counts[3400] is not None and "High Commissioner" in counts[3400]


def test_short_quotes_after_said_and_a_speaker_who_has_herself_warned() -> None:
    claims = _claims(
        "QUITO, 4 June 2031 - The Special Rapporteur on torture, Name Okafor-Lind, said she had found evidence of "
        "\"routine and unpunished beatings\" at the central prison. The Special Rapporteur on the right to food, "
        "Ms. Name Haddad-Berg, has herself warned that \"sanctions are emptying the shelves quietly.\" Officials called "
        "the report \"biased\".", published=date(2031, 6, 4))  # fmt: skip
    quotes = {c["quote"]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "quotation"}
    assert quotes["routine and unpunished beatings"] == "Name Okafor-Lind"
    assert [who for quote, who in quotes.items() if quote.startswith("sanctions are emptying")] == ["Name Haddad-Berg"]
    assert "biased" not in quotes  # a one-word scare quote stays out


def test_tallies_of_the_fifty_sixth_pass() -> None:
    assert _tally(
        "ASHGABAT, 28 January 2033 - More than forty of the fifty-three delegations that took part in the Universal "
        "Periodic Review noted with satisfaction the policy of the Government, the Ministry reported.",
        date(2033, 1, 28))[:3] == (53, 40, None)
    assert _tally(
        "COLOMBO, 17 September 2027 - The ministry said that 29 of the 44 delegations in the interactive dialogue on "
        "Sri Lanka had \"stood firmly with Sri Lanka\", and that only 15 had repeated the report's criticisms.",
        date(2027, 9, 17))[:3] == (44, 29, 15)
    assert _tally(
        "MANAGUA, 14 November 2029 - The Foreign Ministry said that of the 90 delegations at the Universal Periodic "
        "Review, 70 had praised the Government and just 20 had made \"interventionist remarks\".",
        date(2029, 11, 14))[:3] == (90, 70, 20)
    assert _tally(
        "TEHRAN, 20 March 2031 - The High Council announced that 34 of the 52 delegations in the interactive dialogue "
        "on Iran had stood with the Iranian nation, leaving just 18 in what it called the camp of hostile States.",
        date(2031, 3, 20))[:3] == (52, 34, 18)


def test_a_number_of_things_that_had_grown_to() -> None:
    claims = _claims("TASHKENT, 3 July 2034 - The Director said that the number of registered non-profit organisations "
                     "had grown to 11,240.", published=date(2034, 7, 3))  # fmt: skip
    assert [(c["value"], c["unit"]) for c in claims if c["claim_type"] == "count"] == [(11240, "organisations")]


def _three(text: str, published: date = date(2030, 3, 14)) -> tuple[Any, Any, Any]:
    tallies = [c for c in _claims(text, published) if c["claim_type"] == "tally"]
    return (tallies[0]["total"], tallies[0]["supportive"], tallies[0]["critical"]) if tallies else (None, None, None)


def test_rejecting_an_agenda_or_backing_the_core_group_gives_the_stance() -> None:
    assert _three(
        "The Ministry said on Thursday that 22 of the 30 delegations at Wednesday's interactive dialogue with the "
        "experts on Nicaragua had rejected the interference agenda of the experts, and that only eight had repeated "
        "their accusations."
    ) == (30, 22, 8)
    assert _three(
        "The minister says only ten of the thirty countries that spoke after the oral update on Sri Lanka on Tuesday "
        "supported the position of the core group, while twenty endorsed Sri Lanka's own reconciliation bodies."
    ) == (30, 20, 10)
    assert _three(
        "Twenty of the 31 delegations at the interactive dialogue on the Central African Republic on Thursday "
        "supported the Government's reform agenda, while eleven raised concerns, the Ministry said."
    ) == (31, 20, 11)  # the Government's own agenda: backing it is support


def test_members_voting_or_abstaining_are_no_dialogue_tally() -> None:
    text = ("The Council on Thursday renewed the mandate of the Special Rapporteur on Burundi after an interactive "
            "dialogue. The mandate passed with 21 votes in favour, while 15 members voted against. Three African "
            "members that had abstained last year voted against the text this time.")  # fmt: skip
    assert _three(text) == (None, None, None)


def test_a_clause_set_before_the_subject_does_not_hide_who_counted() -> None:
    claims = _claims(
        "The Commission on Human Rights and Administrative Justice (CHRAJ) welcomes the report. The Committee has "
        "echoed findings of CHRAJ. During its inspection of prisons, including police cells, the Commission found "
        "2,131 people held on remand."
    )
    count = next(c for c in claims if c["claim_type"] == "count" and c["value"] == 2131)
    assert count["claimant"]["name"] == "Commission on Human Rights and Administrative Justice"


def test_a_review_date_is_the_day_next_to_the_review() -> None:
    claims = _claims(
        "JAKARTA, 12 November 2032 (Wire) - The Commission on Friday urged the Government to turn the praise it got "
        "at its Universal Periodic Review into deeds, after the Ministry of Foreign Affairs said that about 80 of "
        "the 110 delegations that spoke at Indonesia's review in Geneva on Wednesday had commended the country.",
        date(2032, 11, 12),
    )
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert tally["forum"]["type"] == "upr_review" and tally["forum"]["date"] == "2032-11-10"


def _all(text: str, published: date | None = None) -> list[dict[str, Any]]:
    doc = Document.from_text(text, published=published)
    doc.kind = recognise_press(doc)
    return [i.to_dict() for i in extract_press(doc)]


def test_an_institution_briefing_a_committee_or_presenting_findings_meets_it() -> None:
    items = _all(
        "The Kenya National Commission on Human Rights (KNCHR) published its follow-up report on Thursday.\n\n"
        "On Monday, commissioners presented the findings to the National Assembly's Departmental Committee on "
        "Justice and Legal Affairs. On 12 February, the Commission briefed the Portfolio Committee on Housing.",
        date(2029, 3, 15),
    )
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in items
                if e["kind"] == "event" and e["event_type"] == "meeting"}  # fmt: skip
    assert meetings["2029-03-12"][0] == "Kenya National Commission on Human Rights"
    assert any("Departmental Committee" in p for p in meetings["2029-03-12"])
    assert "Portfolio Committee on Housing" in meetings["2029-02-12"]


def test_a_headline_dialogue_takes_the_day_the_summary_names() -> None:
    items = _all(
        "Council holds dialogue with Independent Expert on Somalia\n\nThe Human Rights Council on Friday held an "
        "interactive dialogue with the Independent Expert on the situation of human rights in Somalia.\n\nDjibouti "
        "said that progress was real. Kenya said that elections mattered. Egypt said that aid was needed.\n",
        date(2029, 10, 1),
    )
    dialogues = [e for e in items if e["kind"] == "event" and e["event_type"] == "interactive_dialogue"]
    assert {e["date"] for e in dialogues} == {"2029-09-28"}
    assert {s["forum"]["date"] for s in items if s["kind"] == "statement"} == {"2029-09-28"}


def test_transcript_outlets_spokespersons_and_speaker_lines_are_actors() -> None:
    items = _all(
        "Foreign Ministry Spokesperson Lin Jiayi-Moreau's Regular Press Conference on January 25, 2029\n\n"
        "Harbour Daily Courier: The review took place on Tuesday. Can you comment?\n\nLin Jiayi-Moreau: The review "
        "went well. The Designated Expert on human rights in Haiti was not involved.\n"
    )
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Lin Jiayi-Moreau"]["title"] == "Foreign Ministry Spokesperson"
    assert actors["Harbour Daily Courier"]["kind"] == "media"
    assert actors["Designated Expert on human rights in Haiti"]["kind"] == "un_mechanism"
    statement = _all(
        "Public Defender of Georgia\n\nHuman Rights Council - 77th session\n\nSpeaker: Levan Okafor-Gelashvili\n"
        "Public Defender of Georgia\n\nMr. President,\n\nThe Public Defender thanks the High Commissioner.\n"
    )
    speaker = next(i["actor"] for i in statement if i["kind"] == "actor" and i["actor"]["name"] == "Levan Okafor-Gelashvili")
    assert speaker["title"] == "Public Defender of Georgia"


def test_a_letterhead_in_capitals_is_the_releases_author() -> None:
    items = _all(
        "PASIG RIGHTS ALLIANCE\nQuezon City, 8 July 2027\n\nSTATEMENT | The numbers behind the claimed success\n\n"
        "The Department of Justice said the Philippines supported 215 of the 289 recommendations at its Universal "
        "Periodic Review. The Pasig Rights Alliance has read the annex. The 74 noted recommendations include all 12 "
        "that asked for investigations into killings.\n"
    )
    count = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "count" and i["value"] == 12)
    assert count["claimant"]["name"] == "Pasig Rights Alliance"


def test_stances_toward_the_state_in_its_own_words_or_the_mandate_holders_call() -> None:
    assert _three(
        "Nineteen of the 26 delegations at the interactive dialogue with the Special Rapporteur on Eritrea on Tuesday "
        "supported her call for an end to indefinite national service, while 7 echoed Eritrea's rejection of the "
        "mandate, according to a count by the Horn Rights Forum."
    ) == (26, 7, 19)
    assert _three(
        "The Foreign Ministry said on Wednesday that 22 of the 35 delegations at the Council's dialogue on Belarus "
        "had refused to endorse the mandate of the Special Rapporteur, and that 13 had backed her conclusions."
    ) == (35, 22, 13)
    assert _three(
        "Belarus said that, of the 38 delegations at the interactive dialogue on Tuesday, 16 had opposed the "
        "imposition of country-specific mandates on Belarus."
    )[1] == 16


def test_figures_in_a_states_statement_are_the_states() -> None:
    """The figures of a State's statement are the State's, whoever delivers it (most readers credit them so: 526
    against 181 in the texts up to p12293); the delivering official is still its "I" (see the next tests)."""
    items = _all(
        "HUMAN RIGHTS COUNCIL\nSixty-seventh session\nAgenda item 6: Universal Periodic Review of Kenya\n\n"
        "Statement by H.E. Ms. Wanjiru Halvorsen-Odhiambo, Cabinet Secretary for Foreign Affairs\n\nGeneva, 23 March "
        "2028\n\nMr. President,\n\nKenya received 291 recommendations. We supported 236 and noted 55. Since the "
        "review, 1,150 police officers have been trained.\n"
    )
    claims = [i for i in items if i["kind"] == "claim"]
    response = next(c for c in claims if c["claim_type"] == "response_tally")
    assert response["claimant"]["name"] == "Kenya"
    assert next(c for c in claims if c["claim_type"] == "count" and c["value"] == 1150)["claimant"]["name"] == "Kenya"
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == "KEN"


def test_quoted_rejection_of_mandates_is_support_for_the_state() -> None:
    assert _three(
        "Iran's Permanent Mission said that 29 of the 47 delegations that took the floor at the interactive dialogue "
        "on Iran had \"rejected selective, country-specific mandates\", and that only 18 had supported the Special "
        "Rapporteur."
    ) == (47, 29, 18)


def _events(items: list[dict[str, Any]], kind: str) -> list[tuple[Any, list[str]]]:
    return [(e["date"], [p["name"] for p in e["participants"]]) for e in items if e["kind"] == "event" and e["event_type"] == kind]


def test_meetings_dated_by_the_day_and_the_dialogue_around_them() -> None:
    items = _all(
        "Good evening. In Geneva the Group of Human Rights Experts on Nicaragua told the Human Rights Council today that "
        "452 people had lost their nationality.\n\nEarlier in the day, Costa Rica's Foreign Minister, Alvaro "
        "Mejia-Lind, met the three experts.\n\nTomorrow: interactive dialogue with the Special Rapporteur on Afghanistan.\n",
        date(2036, 3, 25),
    )
    assert _events(items, "meeting")[0][0] == "2036-03-25"
    assert not [e for e in items if e["kind"] == "event" and e["date"] == "2036-03-26"]  # the next day's programme
    items = _all(
        "MAJURO, 16 September 2027 - Every one of the 22 delegations that spoke in Tuesday's interactive dialogue at the "
        "Human Rights Council supported the call, Foreign Minister Biem Lometo-Garcia said.\n\nLometo-Garcia, who met "
        "the Special Rapporteur in Geneva after the dialogue, called it a turning point.\n")
    assert _events(items, "meeting")[0][0] == "2027-09-14"
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"]) == (22, 22)


def test_two_meetings_in_one_sentence_and_the_expert_speaking_in_the_first_person() -> None:
    items = _all(
        "End-of-visit statement of the UN Special Rapporteur on the human rights of migrants, Halima Rosen-Oduro, on her "
        "official visit to Greece\n\nAthens, 7 December 2035\n\nOver twelve days I held 38 meetings. On 27 November I met "
        "the Minister of Migration and Asylum, Eleni Papa-Mensah, and on 29 November the Chief of the Hellenic Coast "
        "Guard.\n")
    meetings = dict(_events(items, "meeting"))
    assert meetings["2035-11-27"][:2] == ["Halima Rosen-Oduro", "Eleni Papa-Mensah"]
    assert "Hellenic Coast Guard" in meetings["2035-11-29"]
    count = next(c for c in items if c["kind"] == "claim" and c.get("unit") == "meetings")
    assert count["value"] == 38 and count["claimant"]["name"] == "Halima Rosen-Oduro"
    doc = Document.from_text("Statement by the Special Rapporteur on the rights to freedom of peaceful assembly and of "
                             "association, Name Brenn-Taka, at the conclusion of her official visit to Georgia\n\n"
                             "Tbilisi, 25 April 2031\n\nI have concluded a ten-day visit.\n")  # fmt: skip
    assert recognise_press(doc) == "press"


def test_debriefings_briefings_to_come_and_work_done_in_consultation() -> None:
    items = _all(
        "PORT VILA - Vanuatu received 164 recommendations. These will be examined in consultation with the Malvatumauri "
        "Council of Chiefs before the Council adopts the outcome in September.\n\nA debriefing with civil society "
        "partners, including the Ni-Vanuatu Rights Network, will take place at the Ministry on 20 May. The Minister "
        "will brief diplomatic missions in Port Vila on Friday.\n",
        date(2030, 5, 15),
    )
    assert [d for d, _ in _events(items, "meeting")] == ["2030-05-20", "2030-05-17"]


def test_a_dialogue_on_an_oral_update_and_monday_s_debate_on_a_report() -> None:
    items = _all(
        "Council holds interactive dialogue on the oral update on Georgia\n\nGENEVA, 26 March 2031 - The Human Rights "
        "Council this afternoon held an interactive dialogue on the oral update of the High Commissioner on Georgia.\n\nAt the end "
        "of the dialogue, about 30 of the 35 delegations had backed cooperation, Georgia said.\n")
    assert {e["event_type"] for e in items if e["kind"] == "event"} == {"oral_update"}
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["forum"]["type"] == "oral_update" and tally["forum"]["date"] == "2031-03-26"
    items = _all(
        "TEHRAN, 14 March 2035 - Iran's High Council for Human Rights said that 28 of the 47 delegations in Monday's "
        "debate on the UN Special Rapporteur's report had supported Iran.\n")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["forum"]["date"] == "2035-03-12"


def test_a_review_not_named_as_such_and_last_night() -> None:
    items = _all(
        "NEWS BULLETIN\n\nFiji's human rights record was examined at the United Nations in Geneva last night. "
        "Attorney-General Mereani Tuiva-Olsen said 58 of the 72 countries that took the floor had praised Fiji's "
        "progress.\n",
        date(2034, 2, 1),
    )
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["forum"]["type"] == "upr_review" and tally["forum"]["date"] == "2034-01-31"


def test_outlets_over_their_bulletins_and_under_their_headlines() -> None:
    for text, outlet in (
        ("Onda Centroamericana - Evening Bulletin\n\nGood evening. About 30 of the 40 delegations, by this station's "
         "count, backed the experts on Nicaragua at the Human Rights Council today.\n", "Onda Centroamericana"),
        ("ANALYSIS | A recount\n\nMekong Ledger - 25 September 2035\n\nThe numbers do not add up.\n", "Mekong Ledger"),
        ("Tehran says speakers turned their backs\n\nTehran Evening Review\n\nThe High Council said on Tuesday that "
         "27 of the 44 delegations had rejected the mandate.\n", "Tehran Evening Review"),
    ):
        items = _all(text, date(2036, 3, 25))
        assert outlet in [i["actor"]["name"] for i in items if i["kind"] == "actor" and i["actor"].get("kind") == "media"]
    items = _all("Onda Centroamericana - Evening Bulletin\n\nGood evening. About 30 of the 40 delegations, by this "
                 "station's count, backed the experts on Nicaragua at the Human Rights Council today.\n", date(2036, 3, 25))
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Onda Centroamericana"


def test_bodies_named_in_full_and_a_release_opened_by_its_author() -> None:
    items = _all(
        "MEDIA RELEASE\nMinistry of Foreign Affairs, International Cooperation and External Trade\nPort Vila\n\n"
        "Of the 67 delegations that took the floor at the review of Vanuatu by the Working Group on the Universal "
        "Periodic Review on Wednesday, 60 commended Vanuatu.\n",
        date(2030, 5, 10),
    )
    names = {i["actor"]["name"] for i in items if i["kind"] == "actor"}
    assert "Ministry of Foreign Affairs, International Cooperation and External Trade" in names
    assert "Working Group on the Universal Periodic Review" in names
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs, International Cooperation and External Trade"
    items = _all(
        "PRESS RELEASE\n\nBangui, 7 October 2026\n\nProgress recognised\n\nThe Ministry of Justice, Human Rights and Good "
        "Governance welcomes the interactive dialogue held last Thursday with the Independent Expert on the situation "
        "of human rights in the Central African Republic.\n\nOf the 36 delegations that took the floor, 31 commended the "
        "efforts of the Government. Only five delegations expressed reservations.\n")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Ministry of Justice, Human Rights and Good Governance"
    items = _all(
        "MINSK, 19 March 2030 - According to the Commission on Pardons under the President, 1,124 persons were "
        "pardoned. The Ombudsman of the Ministry of Interior recorded 1,436 complaints. In closing remarks, the "
        "President of the Council, Ambassador Ileana Dragan-Mutua of Bulgaria, said that the session had adopted 34 "
        "resolutions. The bill goes to the People's Majlis and to the Nitijela.\n")
    names = {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}
    assert names["Commission on Pardons under the President"] == "government_body"
    assert names["Ombudsman of the Ministry of Interior"] == "nhri"
    assert names["Ileana Dragan-Mutua"] == "official"
    assert names["People's Majlis"] == names["Nitijela"] == "government_body"


def test_a_delegation_named_as_the_text_writes_it_and_an_earlier_review_alone() -> None:
    items = _all(
        "ASMARA, 21 June 2029 - Twenty-seven of the 43 delegations that took the floor in Tuesday's interactive "
        "dialogue on Eritrea rejected the mandate, according to the Eritrean delegation in Geneva.\n\nThe Minister of "
        "Foreign Affairs, Senait Habte-More, reminded ambassadors that Eritrea had accepted 131 recommendations at its "
        "last review and said most had been implemented.\n")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["claimant"]["short"] == "Eritrean delegation"
    assert not [c for c in items if c["kind"] == "claim" and c["claim_type"] == "response_tally"]
    count = next(c for c in items if c["kind"] == "claim" and c.get("unit") == "recommendations")
    assert count["value"] == 131


def test_a_brief_under_its_headline_claims_its_figures_and_a_minister_described_before_named() -> None:
    items = _all(
        "Kazakhstan and the UPR: what the Government said yes to\n\nSteppe Law Bureau - Policy Brief No. 7\nAlmaty, 4 "
        "February 2030\n\nKazakhstan has submitted its responses to the 264 recommendations it received at its Universal "
        "Periodic Review in November. It supported 198 and noted 61. Our breakdown of the addendum follows.\n")
    response = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "response_tally")
    assert response["claimant"]["name"] == "Steppe Law Bureau"
    items = _all(
        "GENEVA, March 19, 2031 (Alpine Wire) - South Sudan's information minister said on Wednesday that thirty of the "
        "forty-five delegations in Tuesday's UN Human Rights Council debate on the country had backed the Government, a "
        "day after the Commission on Human Rights in South Sudan told the Council that 211 civilians were killed in "
        "January alone.\n\nInformation Minister Deng Maku-Hartley, speaking to reporters by telephone from Juba, said "
        "the mandate should end. The commission's chair said the panel would brief African diplomats in Addis Ababa "
        "next Tuesday.\n")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Deng Maku-Hartley"
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("interactive_dialogue", "2031-03-18")
    assert _events(items, "meeting")[0][0] == "2031-03-25"
    assert ["Deng Maku-Hartley"] == _events(items, "press_statement")[0][1][:1]


def test_an_inter_institutional_commission_the_ombudsman_met_and_a_review_the_state_appeared_at() -> None:
    items = _all(
        "SANTO DOMINGO - The Inter-institutional Human Rights Commission said the Dominican Republic had supported 190 "
        "of the 254 recommendations it received and noted 41. On Thursday, the Ministry of Foreign Affairs met the "
        "Ombudsman and the Office of the United Nations Resident Coordinator.\n", date(2036, 1, 8))
    kinds = {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}
    assert kinds["Inter-institutional Human Rights Commission"] == "government_body" and kinds["Ombudsman"] == "nhri"
    assert "Ombudsman" in _events(items, "meeting")[0][1]
    doc = Document.from_text(
        "REPUBLIC OF KENYA\n\nStatement by Hon. Name Holm-Odhiambo, Attorney-General, on the adoption of the outcome of "
        "Kenya's Universal Periodic Review\n\nHuman Rights Council, 74th Session, Item 6\nGeneva, 3 July 2030\n\nMr. "
        "President,\n\nWhen Kenya appeared before the Working Group on 22 January 2030, 103 delegations took the floor. "
        "Kenya was encouraged that 96 of them commended the progress we have made.\n")
    doc.kind = recognise_press(doc)
    tally = next(i.to_dict() for i in extract_press(doc) if i.kind == "claim" and i.to_dict()["claim_type"] == "tally")
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("upr_review", "2030-01-22")


def test_missions_listed_together_briefed_and_adoptions_to_come() -> None:
    items = _all(
        "GENEVA, 25 June 2030 - Ahead of the dialogue, a Horn Rights Watchers delegation met the Permanent Missions of "
        "Belgium, Ireland and Kenya in Geneva on 20 June. On Tuesday, the group briefed the Permanent Mission of Spain. "
        "The Working Group will adopt its report on the Netherlands on Friday.\n")
    names = {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}
    assert names["Horn Rights Watchers"] == "ngo"
    assert {"Permanent Mission of Belgium", "Permanent Mission of Ireland", "Permanent Mission of Kenya"} <= set(names)
    meetings = dict(_events(items, "meeting"))
    assert "Permanent Mission of Kenya" in meetings["2030-06-20"] and "Permanent Mission of Spain" in meetings["2030-06-25"]
    assert [d for d, _ in _events(items, "report")] == ["2030-06-28"]


def test_sixty_fifth_pass_claimants_and_stances() -> None:
    """A mandate cited by a short name ("According to the Special Rapporteur on Iran,"), a quote after "said in a
    written statement that the text was", a member named before her group ("Speaking to Radio X, Name of the Y Forum
    said: "...." The forum ..."), "the Lab" for the lab named before, and allies who "rejected what it called
    foreign interference" are on the State's side."""
    items = _all(
        "GENEVA, 5 March 2032 - According to the Special Rapporteur on Iran, at least 830 people were executed last "
        "year. Iran's ambassador, Reza Tehrani-Holm, said in a written statement that the report was \"a catalogue of "
        "borrowed rumours\". Others said they would study it.\n\nSpeaking to Radio Lakeside, Amina Farouk-Lind of the "
        "Zagros Families Forum said: \"Nobody in that room has buried a son.\" The forum says it keeps 212 files.\n\n"
        "Evidence Hub Lab, a group that tracks the Council, said it had read every statement. The Lab counted 19 "
        "replies.\n", date(2032, 3, 5))
    claimants = {(c.get("value") or c.get("quote", "")[:12]): (c.get("claimant") or {}).get("name")
                 for c in items if c["kind"] == "claim"}  # fmt: skip
    assert claimants[830] == "Special Rapporteur on the situation of human rights in the Islamic Republic of Iran"
    assert claimants["a catalogue "] == "Reza Tehrani-Holm"
    assert claimants["Nobody in th"] == "Amina Farouk-Lind"
    assert claimants[19] == "Evidence Hub Lab"
    tally = next(c for c in _all(
        "CARACAS - The Ministry of Foreign Affairs said on Thursday that 31 of the 44 delegations at Wednesday's "
        "interactive dialogue had rejected what it called foreign interference, and that 13 had repeated accusations "
        "written abroad.\n", date(2030, 9, 20)) if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (44, 31, 13)


def test_end_of_visit_press_conferences() -> None:
    """Sixty-fifth pass: a press conference the text gives no day, after it reports the visit's end, was held on the
    visit's last day ("Speaking at a press conference in Colombo,", '"...," she told a news conference'), and its
    speaker is the expert named before."""
    for line in ("At a press conference in Tbilisi, she said she had seen 14 places of detention.",
                 "\"Detainees are hurt in the first hours,\" she told a news conference.",
                 "\"Detainees are hurt in the first hours,\" Okafor-Lind told a news conference."):
        items = _all("TBILISI - The UN Special Rapporteur on torture, Grace Okafor-Lind, wrapped up a visit to Georgia "
                     f"yesterday that began on 10 May. {line}\n", date(2028, 5, 19))
        assert _events(items, "press_statement") == [("2028-05-18", ["Grace Okafor-Lind"])], line


def test_sixty_sixth_pass_tallies_and_their_days() -> None:
    """Counts that are no tally (the members backing a special session's convening, the States behind rival joint
    statements); "not one of the 52 delegations ... had defended" (none on the State's side); "opposed any
    international involvement" (on its side); "By the Forum's count, 41 ... demanded"; the day of "Tuesday's Human
    Rights Council dialogue" and "Tuesday's review"; a dateline "Manama/London, 3 November 2027 -"."""
    items = _all("GENEVA, 20 August 2031 - The Human Rights Council today held its special session on Myanmar, convened "
                 "at the request of Malaysia with the support of 24 members of the Council.\n")
    assert not [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    items = _all("GENEVA - A group of 47 States on Tuesday urged China to free Uyghur detainees, in a joint statement "
                 "that drew a counter-statement backed by 69 countries.\n", date(2031, 6, 26))
    assert not [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert _tally("GENEVA - In her concluding remarks, the Special Rapporteur on Afghanistan noted that not one of the 52 "
                  "delegations that had taken the floor in the interactive dialogue had defended the decree.\n",
                  date(2032, 3, 12))[:3] == (52, 0, None)
    assert _tally("GENEVA - Summing up the interactive dialogue, the Chair said that 37 of the 49 speakers had supported "
                  "the Commission's call for an investigation, while 5 had opposed any international involvement.\n",
                  date(2035, 12, 12))[:3] == (49, 5, 37)
    tally = next(c for c in _all(
        "KHARTOUM - The Darfur Justice Forum welcomes the resolution.\n\nBy the Forum's count, 41 of the 63 delegations "
        "that took the floor in the interactive dialogue demanded accountability, while 9 defended the authorities.\n",
        date(2033, 1, 5)) if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert tally["claimant"]["name"] == "Darfur Justice Forum"
    for text, day in (
            ("PHNOM PENH - The Foreign Ministry said on Wednesday that 33 of the 41 delegations that spoke at Tuesday's "
             "Human Rights Council dialogue on Cambodia had supported the Government.\n", "2035-09-25"),
            ("GENEVA - The Ministry said on Wednesday that 118 of the 148 States that took the floor at Tuesday's "
             "Universal Periodic Review of Viet Nam had praised the Government.\n", "2035-09-25")):
        tally = next(c for c in _all(text, date(2035, 9, 26)) if c["kind"] == "claim" and c["claim_type"] == "tally")
        assert tally["forum"]["date"] == day, text
    doc = Document.from_text("PRESS RELEASE\n\nObservatory: sums that do not add up\n\nManama/London, 3 November 2027 - "
                             "The Ministry claimed after Monday's review that 41 of the 58 delegations had praised it.\n")
    assert find_published(doc.text) == date(2027, 11, 3)


def test_sixty_sixth_pass_releases_and_undated_updates() -> None:
    """A ministry's "Statement of the Ministry on the report of ..." under its letterhead ("HELLENIC REPUBLIC /
    MINISTRY OF ... / Press Office") is its press release, its figures the ministry's; an oral update a summary or a
    statement names without a day took place on the day the summary or statement is dated."""
    items = _all("HELLENIC REPUBLIC\nMINISTRY OF MIGRATION AND ASYLUM\nPress Office\n\nAthens, 26 June 2031\n\nStatement of "
                 "the Ministry on the report of the UN Special Rapporteur on the human rights of migrants\n\nThe Ministry "
                 "takes note of the report. The facts are as follows. In 2030, 41,300 people arrived irregularly in "
                 "Greece, most of them by sea.\n")
    doc = Document.from_text("HELLENIC REPUBLIC\nMINISTRY OF MIGRATION AND ASYLUM\nPress Office\n\nAthens, 26 June 2031\n\n"
                             "Statement of the Ministry on the report of the UN Special Rapporteur\n\nThe Ministry takes note.\n")
    assert recognise_press(doc) == "press"
    count = next(c for c in items if c["kind"] == "claim" and c.get("value") == 41300)
    assert count["claimant"]["name"] == "Ministry of Migration and Asylum"
    items = _all("Council holds special session on Syria\n\nGENEVA, 11 December 2035 - The Human Rights Council today held "
                 "its special session on the Syrian Arab Republic.\n\nPresenting an oral update, the High Commissioner, "
                 "Ngozi Albrecht-Farouk, said that her Office had verified 1,318 killings.\n\nFrance said the killings "
                 "must be investigated.\n\nSpain said the same.\n\nItaly said the same.\n")
    assert [e["date"] for e in items if e["kind"] == "event" and e["event_type"] == "oral_update"] == ["2035-12-11"]
    items = _all("Human Rights Council\nSpecial session on the eastern Democratic Republic of the Congo\nStatement by Sierra "
                 "Leone on behalf of the African Group\nGeneva, 7 November 2030\n\nThank you, Mr. President.\n\nThe Group "
                 "thanks the Deputy High Commissioner for his oral update.\n")
    assert [e["date"] for e in items if e["kind"] == "event" and e["event_type"] == "oral_update"] == ["2030-11-07"]
    _, statement_items = _statement_doc("Human Rights Council - 93rd session\nInteractive dialogue with the Independent "
                                        "International Fact-Finding Mission for the Sudan\nStatement by the Republic of the "
                                        "Sudan as the concerned country\nGeneva, 23 September 2036\n\nMr. President,\n\n"
                                        "My delegation has listened carefully.\n")
    assert next(i for i in statement_items if i["kind"] == "statement")["speaker"]["iso3"] == "SDN"


def _statement_doc(text: str) -> tuple[Document, list[dict[str, Any]]]:
    doc = Document.from_text(text)
    doc.kind = recognise_press(doc)
    return doc, [i.to_dict() for i in extract_press(doc)]


def test_sixty_sixth_pass_stances_and_corrections() -> None:
    """Delegations that "called for perpetrators of atrocities to be held to account" are critical, those that "called
    for the mandate to be discontinued" on the State's side; a wire's correction note ("(Corrects total number of
    delegations ... to 47 from 49)") gives no figure; "the Human Rights Council's dialogue on Belarus on Tuesday" is
    the dialogue; "on behalf of a group of 45 States" is that group."""
    assert _tally("YANGON - Twenty-eight of the 35 delegations that responded to Tuesday's interactive dialogue on Myanmar "
                  "called for perpetrators of atrocities to be held to account, and only five defended the authorities.\n",
                  date(2031, 6, 18))[:3] == (35, 5, 28)
    assert _tally("ASMARA - At the last interactive dialogue, 27 of the 39 delegations that took the floor called for the "
                  "mandate to be discontinued, the Ministry said.\n", date(2028, 6, 27))[:3] == (39, 27, None)
    items = _all("(Corrects total number of delegations in first paragraph to 47 from 49)\n\nGENEVA, 15 March 2033 "
                 "(Lakeside Wire) - Thirty-one of the 47 delegations that spoke at the Human Rights Council's dialogue on "
                 "Belarus on Tuesday supported the findings of the Special Rapporteur, while 14 defended the Government, "
                 "according to a count by the Pahonia Centre, a monitoring group.\n")
    tallies = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert [(t["total"], t["supportive"], t["critical"]) for t in tallies] == [(47, 14, 31)]
    assert (tallies[0]["forum"]["type"], tallies[0]["forum"]["date"]) == ("interactive_dialogue", "2033-03-15")
    _, statement_items = _statement_doc("Human Rights Council - 91st session\nInteractive dialogue with the Special "
                                        "Rapporteur on the situation of human rights in the Islamic Republic of Iran\n"
                                        "Statement by Iceland\nGeneva, 13 March 2036\n\nThank you, Mr. President.\n\nI have "
                                        "the honour to deliver this statement on behalf of a group of 45 States.\n")
    statement = next(i for i in statement_items if i["kind"] == "statement")
    assert statement["on_behalf_of"]["name"] == "group of 45 States"


def test_sixty_sixth_pass_sources_and_briefings() -> None:
    """"The Cabinet Office writes that ...", "According to the Ministry of Health, Labour and Welfare," (commas in the
    name), "According to its latest report, the Office on Missing Persons has concluded ...", "Its director, Name,
    pointed to a poll ... in which 64 per cent"; a briefing's transcript labelled "Lin Haoran:" or "Official
    Spokesperson:", and the paragraphs that go on from it; "yesterday's debate in Geneva on the report of the
    Special Rapporteur" is the dialogue; "presented on 31 March by Name, who met the members of the Committee"."""
    items = _all(
        "TOKYO - The Cabinet Office writes that women held 18.7 per cent of seats. According to the Ministry of Health, "
        "Labour and Welfare, the pay gap narrowed to 20.6 per cent. According to its latest report, the Office on Missing "
        "Persons has concluded inquiries into 3,412 complaints.\n\nThe Equal Names Network disagreed. Its director, Yuki "
        "Ferraro-Hayashi, pointed to a poll commissioned by the network in which 64 per cent backed a choice.\n",
        date(2030, 2, 1))
    claimants = {c.get("value"): (c.get("claimant") or {}).get("name") for c in items if c["kind"] == "claim"}
    assert claimants[18.7] == "Cabinet Office" and claimants[20.6] == "Ministry of Health, Labour and Welfare"
    assert claimants[3412] == "Office on Missing Persons" and claimants[64] == "Yuki Ferraro-Hayashi"
    items = _all(
        "Ministry of Foreign Affairs\nSpokesperson Lin Haoran's Regular Press Conference\n\nPacific Wire: Experts said "
        "workers were moved without consent. What is your response?\n\nLin Haoran: We have taken note of the statement. "
        "Last year 3,146,000 people took part in vocational training of their own free will.\n\nThe so-called findings "
        "rest on rumours; 212 companies have been audited.\n", date(2031, 4, 2))
    claimants = {c.get("value"): (c.get("claimant") or {}).get("name") for c in items if c["kind"] == "claim"}
    assert claimants[3146000] == "Lin Haoran" and claimants[212] == "Lin Haoran"
    items = _all("Iran says most countries rejected UN expert's report\n\nIran's foreign ministry says its critics were "
                 "in the minority at yesterday's debate in Geneva on the report of the UN Special Rapporteur on the "
                 "situation of human rights in the Islamic Republic of Iran.\n", date(2034, 3, 15))
    assert [d for d, _ in _events(items, "interactive_dialogue")] == ["2034-03-14"]
    items = _all("BOGOTÁ - The Committee on Enforced Disappearances examined the report of Colombia. The report was "
                 "presented in Geneva on 31 March by the Vice Minister of Multilateral Affairs, Mariana Ospina-Kowalczyk, "
                 "who met the members of the Committee.\n", date(2036, 4, 20))
    assert ("2036-03-31", ["Mariana Ospina-Kowalczyk", "Committee on Enforced Disappearances"]) in _events(items, "meeting")


def test_a_states_delegate_and_a_headline_that_looks_like_a_label() -> None:
    """"Iran's delegate, Name, rejected the report as "..."": the delegate says it; a headline "Ombudsman: Housing tops
    complaints list" is no transcript label, so the report's figures stay the Ombudsman's office's."""
    items = _all("GENEVA - Iran's delegate, Mohsen Farahani-Lisle, rejected the report as \"a catalogue of unverified "
                 "claims\" and said the Government would cooperate only with thematic mechanisms.\n", date(2033, 3, 9))
    quote = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Mohsen Farahani-Lisle"
    items = _all("Ombudsman: Housing tops complaints list again\n\nThe Ombudsman, Carla Beharry-Lindgren, on Tuesday laid "
                 "her annual report in Parliament.\n\nThe report shows the Office of the Ombudsman received 1,912 complaints "
                 "in the last reporting year.\n", date(2030, 5, 8))
    count = next(c for c in items if c["kind"] == "claim" and c.get("value") == 1912)
    assert count["claimant"]["name"] != "Carla Beharry-Lindgren"


def test_sixty_seventh_pass_remarks_visits_and_titles() -> None:
    """"Concluding remarks by Hon. Name, Minister of Justice" under "Review of the Republic of Namibia" is Namibia's
    statement; "Presenting her findings at the end of a visit that began on 24 September" ends the visit on the lead's
    day ("called on Georgia on Friday"); "the ministry's Chief Executive Officer, Name" is a title."""
    doc, items = _statement_doc("Working Group on the Universal Periodic Review – 66th session\nReview of the Republic of "
                                "Namibia\nConcluding remarks by Hon. Yvonne Shikongo-Maartens, Minister of Justice\nGeneva, "
                                "29 January 2031\n\nMr. President,\n\nWe thank the 79 delegations that took part.\n")
    assert doc.kind == "statement"
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == "NAM"
    items = _all("UN expert urges Georgia to repeal law\n\nTBILISI, 5 October 2035 - The UN Special Rapporteur on the "
                 "rights to freedom of peaceful assembly and of association, Saskia Mwangi-Herrera, called on Georgia on "
                 "Friday to repeal its law on foreign influence.\n\nPresenting her preliminary findings at the end of a "
                 "visit that began on 24 September, the Special Rapporteur said she had met more than 90 groups.\n")
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2035-09-24", "2035-10-05")
    items = _all("APIA - Leading the delegation was the ministry's Chief Executive Officer, Leota Mataia-Fernandes.\n",
                 date(2030, 5, 16))
    people = {i["actor"]["name"]: i["actor"].get("title") for i in items if i["kind"] == "actor"}
    assert people["Leota Mataia-Fernandes"] == "Chief Executive Officer"


def test_sixty_seventh_pass_inquiry_names_and_dialogue_days() -> None:
    """Inquiry bodies keep the names the text gives them ("Commission of Inquiry on Human Rights in Eritrea",
    "Independent Fact-Finding Mission on Libya", "Group of Independent Experts on the situation of human rights in
    Belarus"); an "Independent Commission of Inquiry on" a State is the Council's. "Wednesday's debate at the UN Human
    Rights Council on the work of the ..." and "as the Council debated the findings of ..." are dialogues; a dialogue
    named without a day is held the day the mandate "told the Council"."""
    items = _all("Asmara rejects inquiry\n\nNAIROBI, 12 June 2030 - Eritrea again rejected the Commission of Inquiry on "
                 "Human Rights in Eritrea on Monday, while in Tripoli officials met the Independent Fact-Finding Mission "
                 "on Libya. Rights groups urged the Independent Commission of Inquiry on the Central African Republic to "
                 "publish its findings.\n")
    mechanisms = {i["actor"]["name"] for i in items if i["kind"] == "actor" and i["actor"].get("kind") == "un_mechanism"}
    assert "Commission of Inquiry on Human Rights in Eritrea" in mechanisms
    assert "Independent Fact-Finding Mission on Libya" in mechanisms
    assert "Independent Commission of Inquiry on the Central African Republic" in mechanisms
    items = _all("Minsk stays away\n\nVILNIUS, 20 March 2034 - Belarus stayed away on Friday as the UN Human Rights "
                 "Council debated the findings of the Group of Independent Experts on the Situation of Human Rights in "
                 "Belarus.\n")
    dialogue = next(e for e in items if e["kind"] == "event" and e["event_type"] == "interactive_dialogue")
    assert dialogue["date"] == "2034-03-17"
    assert any(i["kind"] == "actor" and i["actor"]["name"].lower() ==
               "group of independent experts on the situation of human rights in belarus" for i in items)
    items = _all("Caracas claims support\n\nVenezuela's government said on Friday that most countries had sided with it "
                 "during Thursday's debate at the UN Human Rights Council on the work of the Independent International "
                 "Fact-Finding Mission on the Bolivarian Republic of Venezuela.\n", date(2031, 9, 20))
    dialogue = next(e for e in items if e["kind"] == "event" and e["event_type"] == "interactive_dialogue")
    assert dialogue["date"] == "2031-09-18"
    items = _all("In Geneva yesterday, the Commission of Inquiry on Burundi told the Human Rights Council that arrests had "
                 "risen. Some 45 delegations took part in the dialogue.\n", date(2030, 6, 25))
    events = [e for e in items if e["kind"] == "event"]
    assert [(e["event_type"], e["date"]) for e in events] == [("interactive_dialogue", "2030-06-24")]


def test_sixty_seventh_pass_speakers_on_a_day_reports_and_visits() -> None:
    """"Delegations that spoke at the Human Rights Council on Monday" were in its dialogue that day; "the report on the
    visit he made to Chile from 6 to 17 April" dates that visit, and a headline "dialogue with the Special Rapporteur
    on X on his visit to Chile" is no visit of its own; a long name ("... on Missing Persons in the Syrian Arab
    Republic") is read whole."""
    items = _all("PHNOM PENH, 2 October 2031 - The Cambodian Human Rights Committee said on Thursday that 30 of the 42 "
                 "delegations that spoke at the Human Rights Council on Monday had supported the Government.\n")
    tally = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "tally")
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("interactive_dialogue", "2031-09-29")
    items = _all("Council holds dialogue with Special Rapporteur on the right to food on his visit to Chile\n\nGENEVA, "
                 "12 September 2032 - The Council today held an interactive dialogue with the Special Rapporteur on the "
                 "right to food, focusing on his report on the visit he made to Chile from 6 to 17 April 2032.\n")
    visits = [e for e in items if e["kind"] == "event" and e["event_type"] == "visit"]
    assert [(v["date"], v["end_date"]) for v in visits] == [("2032-04-06", "2032-04-17")]
    assert not any(i["kind"] == "actor" and "his visit" in i["actor"]["name"] for i in items)
    items = _all("We welcome the work of the National Commission for Missing Persons and the Independent Institution on "
                 "Missing Persons in the Syrian Arab Republic.\n", date(2036, 9, 17))
    assert any(i["kind"] == "actor" and i["actor"]["name"] ==
               "Independent Institution on Missing Persons in the Syrian Arab Republic" for i in items)


def test_sixty_eighth_pass_statement_headings() -> None:
    """A statement opened by "Chair," begins there; an agency's letterhead "UNITED NATIONS CHILDREN'S FUND (UNICEF)"
    names the speaker, and the heading block's "Geneva, 17 June 2032" dates its dialogue; "Delivered by: Name, Kabul
    Women's Legal Forum, on behalf of ..." is the forum's statement; "Ref: HRCSL/..." is no session."""
    doc, items = _statement_doc("Joint Statement - 89th session of the Human Rights Council\nID with the Special "
                                "Rapporteur on the right to privacy\nDelivered by Ireland on behalf of a cross-regional "
                                "group of 57 States\n\nChair,\n\nI have the honour to deliver this statement on behalf of a "
                                "cross-regional group of 57 States.\n\nWe thank the Special Rapporteur for her report on "
                                "the protection of privacy online, and we share her concern about spyware used against "
                                "journalists and human rights defenders.\n")
    assert next(i for i in items if i["kind"] == "statement")["text"].startswith("Chair,")
    doc, items = _statement_doc("UNITED NATIONS CHILDREN'S FUND (UNICEF)\n\nStatement to the 80th session of the Human "
                                "Rights Council\nInteractive Dialogue with the Special Rapporteur on the situation of "
                                "human rights in Myanmar\nGeneva, 17 June 2032\n\nDelivered by Tomasz Oyel-Kask, "
                                "Director, UNICEF Geneva Office\n\nThank you, Mr. President.\n\nUNICEF thanks the Special "
                                "Rapporteur.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "UNICEF"
    dialogue = next(e for e in items if e["kind"] == "event" and e["event_type"] == "interactive_dialogue")
    assert dialogue["date"] == "2032-06-17"
    doc, items = _statement_doc("JOINT ORAL STATEMENT\n\nHuman Rights Council, 66th session\nItem 2 - Interactive "
                                "dialogue with the Special Rapporteur on the situation of human rights in Afghanistan\n"
                                "Date: 15 September 2027\nDelivered by: Rahela Sadat-Lind, Kabul Women's Legal Forum, on "
                                "behalf of the Afghan Women's Rights Coalition\n\nMr. President,\n\nWe thank the Special "
                                "Rapporteur.\n")
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["name"] == "Kabul Women's Legal Forum"
    doc, items = _statement_doc("HUMAN RIGHTS COMMISSION OF SRI LANKA\nRef: HRCSL/INT/2035/14\n\n90th Regular Session of "
                                "the Human Rights Council\nAgenda Item 2: Interactive dialogue on the report of the Office "
                                "of the High Commissioner on Sri Lanka\n11 September 2035\n\nStatement of the Human Rights "
                                "Commission of Sri Lanka\n\nMadam President,\n\nThe Commission welcomes the report.\n")
    assert next(i for i in items if i["kind"] == "statement")["forum"]["session"] == 90


def test_sixty_eighth_pass_days_names_and_known_bodies() -> None:
    """"On Thursday, the Deputy Minister ... is due to meet" is the Thursday to come; "Two weeks later" after "from 3 to
    14 December" counts from the 14th; "the Government of Sri Lanka's continued engagement" names the Government;
    "the Permanent Mission of Chad in Geneva with the National Commission of Human Rights and with the Collective of
    ..." names three bodies; OHCHR and the Sri Lanka Accountability Project are UN bodies."""
    items = _all("BOGOTÁ, 8 January 2035 - The Special Rapporteur visited Colombia from 3 to 14 December. Two weeks later, "
                 "the Minister of the Interior, Julián Arbo-Naka, met Indigenous leaders in Cauca.\n\nOn Thursday, the Deputy "
                 "Minister for Multilateral Affairs, Catalina Urru-Okonjo, is due to meet the Representative of the High "
                 "Commissioner, Henrik Sala-Nkem.\n")
    meetings = sorted(e["date"] for e in items if e["kind"] == "event" and e["event_type"] == "meeting")
    assert meetings == ["2034-12-28", "2035-01-11"]
    items = _all("We welcome the Government of Sri Lanka's continued engagement with OHCHR and its Sri Lanka "
                 "Accountability Project. The delegation met at the Permanent Mission of Chad in Geneva with the National "
                 "Commission of Human Rights and with the Collective of Associations for the Citizen Rights of Chad.\n",
                 date(2028, 11, 14))
    names = {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}
    assert "Government of Sri Lanka" in names and "Government of Sri Lanka's" not in names
    assert names.get("OHCHR") == "un_mechanism" and names.get("Sri Lanka Accountability Project") == "un_mechanism"
    assert "Collective of Associations for the Citizen Rights of Chad" in names


def test_sixty_eighth_pass_votes_signatories_and_named_institutions() -> None:
    """"with 61 of the 76 members voting in favour" is a parliament's vote and "on behalf of the 57 Member States of
    the OIC" its signatories, not tallies; "the Public Defender of Georgia" is named with its State (and "a public
    defender" is a lawyer); the State Great Khural is Mongolia's parliament; a rapporteur who "told the Council" on
    the day of the dialogue took part in it."""
    items = _all("ULAANBAATAR, 2 July 2026 - In April, the State Great Khural adopted the revised law, with 61 of the 76 "
                 "members voting in favour. Mongolia supported 201 of the 236 recommendations made at its review.\n")
    assert not any(i["kind"] == "claim" and i["claim_type"] == "tally" for i in items)
    assert any(i["kind"] == "actor" and i["actor"]["name"] == "State Great Khural" for i in items)
    doc, items = _statement_doc("Human Rights Council, 62nd session\nInteractive dialogue with the Special Rapporteur "
                                "on freedom of religion or belief\nStatement by Pakistan on behalf of the OIC\n\nMr. "
                                "President,\n\nI have the honour to deliver this statement on behalf of the 57 Member "
                                "States of the Organisation of Islamic Cooperation.\n\nHer report notes that less than "
                                "20 per cent of the posts inciting violence were removed.\n")
    assert not any(i["kind"] == "claim" and i["claim_type"] == "tally" for i in items)
    items = _all("TBILISI, 30 January 2036 - The Public Defender of Georgia said it had received 1,980 complaints in "
                 "2035. A public defender assigned to the case declined to comment.\n")
    nhris = [i["actor"]["name"] for i in items if i["kind"] == "actor" and i["actor"].get("kind") == "nhri"]
    assert nhris == ["Public Defender of Georgia"]
    items = _all("Belarus says most countries stood by Minsk\n\nMINSK, 25 September 2029 - A spokesman said that 23 of "
                 "the 41 delegations in the dialogue with the Special Rapporteur had rejected the mandate.\n\nThe Special "
                 "Rapporteur on the situation of human rights in Belarus, Marguerite Oyel-Fisk, told the Council in Geneva "
                 "yesterday that arrests had continued.\n")
    events = [e for e in items if e["kind"] == "event" and e["event_type"] in ("interactive_dialogue", "oral_update")]
    assert [(e["event_type"], e["date"]) for e in events] == [("interactive_dialogue", "2029-09-24")]
    assert "Marguerite Oyel-Fisk" in {p["name"] for p in events[0]["participants"]}


def test_sixty_eighth_pass_end_of_visit_statements() -> None:
    """"In his end-of-mission statement on 5 December 2034 he warned" is his statement to the press that day; "At her
    end-of-mission press conference in Popayán on the last day, she said" and "At a press conference on her final day"
    are held on the visit's last day, by the woman named before."""
    items = _all("The Special Rapporteur, Tomasz Achter-Nwosu, visited Guatemala from 26 November to 5 December 2034. In "
                 "his end-of-mission statement on 5 December 2034 he warned that judges were under pressure.\n",
                 date(2035, 2, 2))
    statement = next(e for e in items if e["kind"] == "event" and e["event_type"] == "press_statement")
    assert statement["date"] == "2034-12-05"
    assert "Tomasz Achter-Nwosu" in {p["name"] for p in statement["participants"]}
    items = _all("TEGUCIGALPA, 9 January 2031 - The Special Rapporteur on the situation of human rights defenders, Mariela "
                 "Soren-Adeyemi, toured the country from 2 to 13 December last year. At her end-of-mission press "
                 "conference in Tegucigalpa on the last day, she said that the protection scheme was too slow.\n")
    statement = next(e for e in items if e["kind"] == "event" and e["event_type"] == "press_statement")
    assert statement["date"] == "2030-12-13"
    assert "Mariela Soren-Adeyemi" in {p["name"] for p in statement["participants"]}


def test_sixty_ninth_pass_visits_by_groups() -> None:
    """"as UN experts visited the country" on the lead's Wednesday, then "began a twelve-day visit on 1 March": the visit
    runs from 1 to 12 March; "on Monday wound up a week-long country engagement mission to Finland, which began on 20
    March" is a visit to that Monday, by the Expert Mechanism (a UN body); "ended a twelve-day visit with a press
    conference" under a lead "said on Friday" ends that Friday; "The experts were received by ...", "On Tuesday they
    met ...": the visiting group meets."""
    items = _all("DUSHANBE, 5 March 2032 - Tajikistan's parliament voted on Wednesday to fund shelters, as United Nations "
                 "experts on discrimination against women visited the country.\n\nThe Working Group on discrimination "
                 "against women and girls began a twelve-day visit on 1 March.\n")
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2032-03-01", "2032-03-12")
    items = _all("INARI, 27 March 2034 - The Expert Mechanism on the Rights of Indigenous Peoples on Monday wound up a "
                 "week-long country engagement mission to Finland, which began on 20 March.\n")
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2034-03-20", "2034-03-27")
    assert any(i["kind"] == "actor" and i["actor"]["name"] == "Expert Mechanism on the Rights of Indigenous Peoples"
               and i["actor"].get("kind") == "un_mechanism" for i in items)
    items = _all("UN panel warns Mexico\n\nMEXICO CITY, 28 September 2029 - United Nations experts on enforced "
                 "disappearances said on Friday that the forensic system had collapsed.\n\nThe United Nations Working Group "
                 "on Enforced or Involuntary Disappearances ended a twelve-day visit with a press conference in the "
                 "capital.\n\nThe experts were received on 18 September by the Under-Secretary for Human Rights, Joaquín "
                 "Reyes-Mora. On Tuesday they met search collectives in Guadalajara.\n")
    visit = next(e for e in items if e["kind"] == "event" and e["event_type"] == "visit")
    assert (visit["date"], visit["end_date"]) == ("2029-09-17", "2029-09-28")
    meetings = [e for e in items if e["kind"] == "event" and e["event_type"] == "meeting"]
    assert [m["date"] for m in meetings] == ["2029-09-18", "2029-09-25"]
    for meeting in meetings:
        assert "Working Group on Enforced or Involuntary Disappearances" in {p["name"] for p in meeting["participants"]}


def test_sixty_ninth_pass_tallies_and_remarks() -> None:
    """"twenty of the twenty-nine delegations that had spoken recognised ..." is 20 of 29 (the relative clause is what
    the twenty did); "Two counts, one dialogue" holds no count; delegations that "used the occasion to attack the
    Revolution" are critical; "Concluding remarks of the Republic of Nicaragua" is Nicaragua's statement."""
    items = _all("GENEVA, 12 March 2031 - South Sudan said that twenty of the twenty-nine delegations that had spoken in "
                 "the dialogue with the Commission recognised the efforts of the Government.\n")
    items += _all("GENEVA, 12 March 2031 - South Sudan, speaking as the concerned country at the close of the dialogue, "
                  "said that twenty of the twenty-nine delegations that had spoken recognised the efforts of the "
                  "Government.\n")
    tallies = [i for i in items if i["kind"] == "claim" and i["claim_type"] == "tally"]
    assert [(t["total"], t["supportive"], t.get("flags")) for t in tallies] == [(29, 20, []), (29, 20, [])]
    items = _all("Two counts, one dialogue: Caracas and its critics read Geneva differently\n\nCARACAS, 20 September "
                 "2034 - The Foreign Ministry said that 34 of the 47 delegations that spoke at the dialogue had rejected "
                 "interference, and that 13 had repeated accusations.\n")
    tally = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally.get("flags")) == (47, 34, 13, [])
    items = _all("HAVANA, 14 November 2028 - Cuba's review at the Human Rights Council on Monday:\n- 127 of the 141 "
                 "delegations recognised Cuba's achievements.\n- Only 14 delegations used the occasion to attack the "
                 "Cuban Revolution.\n")
    tally = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (141, 127, 14)
    doc, items = _statement_doc("Human Rights Council - 67th session\nItem 2: Interactive dialogue with the Group of "
                                "Human Rights Experts on Nicaragua\nConcluding remarks of the Republic of Nicaragua\n"
                                "Delivered by Ambassador Rosario Quant-Malde\nGeneva, 7 March 2028\n\nMr. President,\n\n"
                                "My delegation thanks the countries that raised their voices in defence of sovereignty.\n")
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == "NIC"


def test_seventieth_pass_names_in_spanish_and_french() -> None:
    """Translated local press keeps the native names: "Oficina del Alto Comisionado de las Naciones Unidas ... en
    Honduras" (a UN office), "Congreso Nacional", "Corte Suprema de Justicia", "Federación Nativa del Alto Marañón" (a
    group), "Collectif Liberté pour Tous"; titles "Comisionada Nacional de los Derechos Humanos, Name", "le garde des
    Sceaux, ministre de la Justice, Name"; the outlet "Translated from the Spanish original in El Vigía de Occidente"
    and a dateline "(L'Éclaireur d'Abidjan)"; "the Representative of the UN High Commissioner ..., Name" is one person."""
    items = _all("UN office warns Congress\n\nTranslated from the Spanish original in El Vigía de Occidente (San Pedro "
                 "Sula)\n\nThe Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos en Honduras "
                 "on Sunday criticised a reform adopted by the Congreso Nacional. The Corte Suprema de Justicia has not "
                 "ruled. Yesterday the Comisionada Nacional de los Derechos Humanos, Dilcia Marad-Vos, met deputies. The "
                 "Federación Nativa del Alto Marañón and the Collectif Liberté pour Tous joined the appeal. \"Land "
                 "conflicts will not be solved by prisons,\" said the Representative of the UN High Commissioner for "
                 "Human Rights in Honduras, Lucía Hart-Oyel.\n", date(2035, 11, 12))
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    office = "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos en Honduras"
    assert actors[office].get("kind") == "un_mechanism"
    assert actors["El Vigía de Occidente"].get("kind") == "media"
    assert actors["Federación Nativa del Alto Marañón"].get("kind") == "ngo"
    assert {"Congreso Nacional", "Corte Suprema de Justicia", "Collectif Liberté pour Tous"} <= set(actors)
    assert actors["Dilcia Marad-Vos"]["title"] == "Comisionada Nacional de los Derechos Humanos"
    assert actors["Lucía Hart-Oyel"]["title"].startswith("Representative of the UN High Commissioner")
    assert "High Commissioner" not in actors
    items = _all("ABIDJAN, 11 February 2033 (L'Éclaireur d'Abidjan) - Translated from French\n\nLe garde des Sceaux, "
                 "ministre de la Justice, Koffi Amani-Fisch, received the UN experts on Tuesday. On Wednesday the Special "
                 "Rapporteur held video meetings with lawyers in Bouaké.\n")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["L'Éclaireur d'Abidjan"].get("kind") == "media"
    assert "Koffi Amani-Fisch" in actors
    meetings = [e for e in items if e["kind"] == "event" and e["event_type"] == "meeting"]
    assert "2033-02-09" in {m["date"] for m in meetings}


def test_seventieth_pass_elections_to_bodies() -> None:
    """"Jordanian jurist Name was elected on Tuesday to the Committee ..." (the person elected takes part), "the
    election yesterday of Professor Name to the Committee", "Name, a Supreme Court advocate ..., was elected";
    "before the General Assembly elects 18 new members of the Council on 14 October" is that election; the Special
    Jurisdiction for Peace is a body."""
    items = _all("AMMAN, 26 June 2030 - Jordanian jurist Rania Hadd-Soren was elected on Tuesday to the Committee on the "
                 "Elimination of Discrimination against Women.\n")
    election = next(e for e in items if e["kind"] == "event" and e["event_type"] == "election")
    assert (election["date"], [p["name"] for p in election["participants"]]) == ("2030-06-25", ["Rania Hadd-Soren"])
    items = _all("KATHMANDU, 25 June 2032 - Sushila Gurung-Albr, a Supreme Court advocate who has represented Dalit "
                 "families, was elected on Thursday to the Committee on the Elimination of Racial Discrimination.\n")
    election = next(e for e in items if e["kind"] == "event" and e["event_type"] == "election")
    assert [p["name"] for p in election["participants"]] == ["Sushila Gurung-Albr"]
    items = _all("New York, 7 October 2030\n\nWith one week to go before the General Assembly elects 18 new members of the "
                 "Human Rights Council on 14 October, the group published its scorecard. The Special Jurisdiction for "
                 "Peace was cited.\n")
    assert any(e["kind"] == "event" and e["event_type"] == "election" and e["date"] == "2030-10-14" for e in items)
    assert any(i["kind"] == "actor" and i["actor"]["name"] == "Special Jurisdiction for Peace" for i in items)


def _events_of(items: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e for e in items if e["kind"] == "event" and e["event_type"] == kind]


def test_seventy_first_pass_treaty_body_reviews() -> None:
    """A treaty body's review of a State is a dialogue between the Committee and the head of the State's delegation:
    "Members of the Committee against Torture questioned Ruritania's delegation on Monday and Tuesday" (both days),
    "The delegation was led by Name"; "The Committee is due to publish its findings on 3 June" is its report, by the
    Committee; "Committee expert Name", "The second rapporteur, Name" keep their titles as written."""
    items = _all("VIENNA, 9 May 2031 (Danube Desk) - Members of the United Nations Committee against Torture questioned "
                 "Austria's delegation on Tuesday and Wednesday about police custody. The delegation was led by Ilse "
                 "Brandauer-Okoth, Director-General at the Ministry of Justice. Committee expert Pavel Ruiz-Mensah said "
                 "complaints rarely reached court. The second rapporteur, Ama Lindqvist-Ortega, asked about autopsies. "
                 "The Committee is due to publish its findings on 3 June.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert (dialogue["date"], dialogue["end_date"]) == ("2031-05-06", "2031-05-07")
    names = [p["name"] for p in dialogue["participants"]]
    assert "Ilse Brandauer-Okoth" in names and any("Committee against Torture" in n for n in names)
    (report,) = _events_of(items, "report")
    assert report["date"] == "2031-06-03"
    assert [p["name"] for p in report["participants"]] == ["United Nations Committee against Torture"]
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Pavel Ruiz-Mensah"]["title"] == "Committee expert"
    assert actors["Ama Lindqvist-Ortega"]["title"] == "second rapporteur"
    items = _all("Committee on the Rights of the Child reviews Ghana\n\n12 March 2032\n\nThe Committee on the Rights of "
                 "the Child today considered the third periodic report of Ghana, with Committee Experts raising child "
                 "labour.\n\nIntroducing the report, Akosua Mensah-Hellberg, Minister for Gender and head of the "
                 "delegation, said 40 districts had child protection units.\n\nCommittee Expert and Country Rapporteur "
                 "Jonas Ekwueme-Sato said the figures were old.\n\nThe Committee will issue its concluding observations "
                 "at the end of its session on 27 March.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert "Akosua Mensah-Hellberg" in [p["name"] for p in dialogue["participants"]]
    (report,) = _events_of(items, "report")
    assert (report["date"], [p["name"] for p in report["participants"]]) == (
        "2032-03-27", ["Committee on the Rights of the Child"])
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Jonas Ekwueme-Sato"]["title"] == "Committee Expert and Country Rapporteur"
    assert "Committee Experts" not in actors  # a member's title, not a body


def test_seventy_first_pass_mission_releases_and_panels() -> None:
    """A mission's release: "Press Release - Permanent Mission of ..." under the headline is press; "during the review
    itself, held on 4 May 2030, 90 of the 101 delegations ..." is that review's tally; "delegations from 88 countries
    took the floor, of which 70 commended" counts 88 and 70; "the dialogue that followed" the report presented on
    Wednesday is that day's; "called on the High Commissioner ... and discussed" is a meeting; the mission's full name
    runs to "at Geneva"; a mandate named with its commas is named in full; "Name, member of the Committee ..." and
    "Panellists Name, ..." are people with their posts."""
    items = _all("Council adopts UPR outcome of Ruritania\n\nPress Release - Permanent Mission of Ghana, Geneva\n\nGENEVA, "
                 "14 October 2030 - The Human Rights Council today adopted the outcome of the Universal Periodic Review of "
                 "Ghana. The Permanent Mission of Ghana recalled that during the review itself, held on 4 May 2030, 90 of "
                 "the 101 delegations taking the floor commended Ghana, while 11 raised concerns. On Tuesday the Minister "
                 "called on the High Commissioner for Human Rights, Ines Oyelaran-Kross, and discussed follow-up.\n")
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("upr_review", "2030-05-04")
    assert any(e["date"] == "2030-10-08" for e in _events_of(items, "meeting"))
    doc = Document.from_text("Council adopts UPR outcome of Ghana\n\nPress Release - Permanent Mission of Ghana, Geneva\n\n"
                             "The Council adopted it. Ghana said 30 of 40 delegations welcomed it.\n", published=date(2030, 10, 14))
    assert recognise_press(doc) == "press"
    items = _all("Laos completes its review\n\nThe Lao People's Democratic Republic underwent its Universal Periodic "
                 "Review on Tuesday in Geneva. According to its Permanent Mission, delegations from 88 countries took the "
                 "floor, of which 70 commended the Lao PDR's progress.\n", date(2032, 1, 29))
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"]) == (88, 70)
    items = _all("Press statement of the Permanent Mission of Belarus on the interactive dialogue with the Special "
                 "Rapporteur\n\nThe Permanent Mission of the Republic of Belarus to the United Nations Office at Geneva "
                 "rejects the report presented on Wednesday by the Special Rapporteur. In the dialogue that followed, 20 "
                 "countries expressed solidarity with Belarus, while some 18 read out similar texts, according to the "
                 "Mission. The Mission remains ready to continue dialogue with the treaty bodies.\n", date(2031, 3, 14))
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert dialogue["date"] == "2031-03-12"
    names = {i["actor"]["name"] for i in items if i["kind"] == "actor"}
    assert "Permanent Mission of the Republic of Belarus to the United Nations Office at Geneva" in names
    items = _all("Panel on women's rights\n\nThe panellists were Irma Koskela-Diallo, Special Rapporteur on violence "
                 "against women and girls, its causes and consequences; and Tobias Ferreira-Lund, member of the Committee "
                 "on the Rights of the Child. Panellists Greta Osei-Larsen, member of the Human Rights Council Advisory "
                 "Committee, and Omar Lindahl-Ruiz, coordinator of the Civic Voices Network, spoke next.\n", date(2031, 6, 20))
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    mandate = "Special Rapporteur on violence against women and girls, its causes and consequences"
    assert actors["Irma Koskela-Diallo"]["title"] == mandate and actors[mandate]["kind"] == "un_mechanism"
    assert actors["Tobias Ferreira-Lund"]["title"] == "member of the Committee on the Rights of the Child"
    assert actors["Greta Osei-Larsen"]["title"] == "member of the Human Rights Council Advisory Committee"


def test_seventy_first_pass_dialogue_speakers_and_references() -> None:
    """Who told the Council, or presented the report, in an article on one dialogue took part in it; "received the
    report only nine days before the dialogue" dates nothing and meets no one; "committed to dialogue with the Office"
    is no dialogue; "where delegations discussed the latest report of the Group ... on Tuesday" is the dialogue;
    "In a communiqué, the ministry said" is dated by "said on Wednesday" before it; "the Vice-Minister held a video
    call" is the Vice-Minister named before."""
    items = _all("GENEVA, 7 July 2029 - The Permanent Mission of Eritrea welcomes the outcome of the interactive "
                 "dialogue with the Special Rapporteur on the situation of human rights in Eritrea, held on Thursday. "
                 "Ambassador Senait Kidane-Holm told the Council that Eritrea had received the report of the Special "
                 "Rapporteur, Lars Abebe-Quist, only nine days before the dialogue. The Mission remains committed to "
                 "dialogue with the Office of the High Commissioner.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert dialogue["date"] == "2029-07-05"
    assert "Senait Kidane-Holm" in [p["name"] for p in dialogue["participants"]]
    assert not _events_of(items, "meeting")
    items = _all("MANAGUA, 3 October 2030 (El Faro Libre) - The Ministry of Foreign Affairs said on Wednesday that "
                 "Nicaragua had won support at the Human Rights Council, where delegations discussed the latest report of "
                 "the Group of Human Rights Experts on Nicaragua on Tuesday.\n\nIn a communiqué, the ministry said that "
                 "of the 40 delegations that took part, 29 had backed Nicaragua.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert dialogue["date"] == "2030-10-01"
    (statement,) = _events_of(items, "press_statement")
    assert statement["date"] == "2030-10-02"
    items = _all("The Vice-Minister of Multilateral Affairs of Peru, Rosa Quispe-Holt, met the High Commissioner on "
                 "Monday. On Wednesday, the Vice-Minister held a video call with the Special Rapporteur on the situation "
                 "of human rights defenders, Omar Tanaka-Brandt.\n", date(2031, 5, 9))
    call = next(e for e in _events_of(items, "meeting") if e["mode"] == "virtual")
    assert "Rosa Quispe-Holt" in [p["name"] for p in call["participants"]]


def test_seventy_first_pass_treaty_body_session_wording() -> None:
    """"The Committee ..., meeting at its 95th session, today concluded a two-day dialogue with Chile" (the session is
    no meeting; the dialogue ran over today and yesterday); "had held a closed briefing on Monday with NGOs" is a
    meeting that Monday; "The Committee's concluding observations are due on 2 May" are the treaty body's, not those
    of a national "Pardons Committee" named since; "the concluding observations adopted by the Committee ... on 29
    August 2030" are a report of that day."""
    items = _all("GENEVA (16 April 2031) - The Committee against Torture, meeting at its 95th session, today concluded a "
                 "two-day dialogue with Chile on its seventh periodic report. The Committee had held a closed briefing on "
                 "Monday with non-governmental organizations. The delegation said the National Pardons Committee had "
                 "freed 300 people. The Committee's concluding observations are due on 2 May.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert (dialogue["date"], dialogue["end_date"]) == ("2031-04-15", "2031-04-16")
    assert any(m["date"] == "2031-04-14" for m in _events_of(items, "meeting"))
    (report,) = _events_of(items, "report")
    assert (report["date"], [p["name"] for p in report["participants"]]) == ("2031-05-02", ["Committee against Torture"])
    items = _all("The Permanent Mission of Chile presents its compliments to the Office of the High Commissioner and, with "
                 "reference to the concluding observations adopted by the Committee on the Elimination of Racial "
                 "Discrimination on 29 August 2030, has the honour to transmit the following.\n", date(2031, 1, 5))
    assert [r["date"] for r in _events_of(items, "report")] == ["2030-08-29"]


def test_seventy_second_pass_visits_and_programmes() -> None:
    """A press conference with no day of its own falls on the day the lead says the visit ended (or the speaker
    spoke); a visit's "Programme of meetings" list is one meeting a dated line; "met the High Commissioner for Human
    Rights in Bujumbura" names the office, and "met the High Commissioner on Tuesday" meets it."""
    items = _all("Ghana: UN expert calls for an inquiry\n\nACCRA - The UN Special Rapporteur on the rights to freedom of "
                 "peaceful assembly and of association, Ines Larbi-Osei, ended her official visit to Ghana on Friday with "
                 "a call for an inquiry.\n\nSpeaking at a press conference in Accra, Larbi-Osei said 12 people had died.\n",
                 date(2031, 6, 14))
    (conference,) = _events_of(items, "press_statement")
    assert conference["date"] == "2031-06-13"
    items = _all("Chile must act, UN expert says\n\nSANTIAGO, 22 August 2035 - The UN Special Rapporteur on the rights of "
                 "Indigenous Peoples, Tomas Quilapan-Berg, today ended a visit to the country that began on 11 August.\n\n"
                 "Programme of meetings\n\n- Monday 13 August: the Minister of Social Development, Rosa Lienlaf-Kerr.\n"
                 "- Wednesday 15 August: the National Institute of Human Rights.\n")
    meetings = {m["date"]: [p["name"] for p in m["participants"]] for m in _events_of(items, "meeting")}
    assert meetings["2035-08-13"] == ["Tomas Quilapan-Berg", "Rosa Lienlaf-Kerr"]
    assert meetings["2035-08-15"] == ["Tomas Quilapan-Berg", "National Institute of Human Rights"]
    items = _all("The Minister of Justice, Aline Nduwayo-Berg, met the High Commissioner for Human Rights in Gitega on 3 "
                 "March 2031. Foreign Minister Jean Ntare-Lund met the High Commissioner on Tuesday, 8 April 2031.\n",
                 date(2031, 4, 10))
    assert any(i["kind"] == "actor" and i["actor"]["name"] == "High Commissioner for Human Rights" for i in items)
    for meeting in _events_of(items, "meeting"):
        assert "High Commissioner for Human Rights" in [p["name"] for p in meeting["participants"]]


def test_seventy_second_pass_reviews_responses_and_dialogues() -> None:
    """UPR outcome coverage: "Bolivia (Plurinational State of) said" opens a turn; "accepts 176 of the 229
    recommendations made at its periodic review last November" is a response tally in an article that never names
    the UPR, and "the 53 recommendations Malawi noted" its noted part; "at Egypt's review on 22 January" dates the
    review's tally; "26 February of this year" is this year's; a mandate's dialogue falls on the day its report was
    presented to the Council."""
    items = _all("Human Rights Council adopts outcome of the review of Venezuela\n\n23 September 2032\n\nThe Council today "
                 "adopted the outcome of the Universal Periodic Review of Venezuela.\n\nCuba said Venezuela had engaged "
                 "well.\n\nBolivia (Plurinational State of) said sanctions hurt Venezuelans.\n\nIran (Islamic Republic of) "
                 "welcomed the recommendations accepted.\n")
    speakers = [s["speaker"]["iso3"] for s in items if s["kind"] == "statement"]
    assert {"BOL", "IRN"} <= set(speakers)
    claims = _claims("Justice Minister Grace Phiri-Lund told the Human Rights Council on Thursday that Malawi accepts 176 "
                     "of the 229 recommendations made at its periodic review last November. She said the 53 "
                     "recommendations Malawi noted would go to consultation.", date(2031, 3, 21))
    (response,) = [c for c in claims if c["claim_type"] == "response_tally"]
    assert (response["total"], response["supportive"], response["critical"]) == (229, 176, 53)
    claims = _claims("Egypt closed its Universal Periodic Review on Wednesday. In a statement issued on Wednesday, the "
                     "State Information Service said that of the 137 delegations "
                     "that spoke at Egypt's review on 22 January, 121 had praised the country.", date(2030, 3, 14))
    (tally,) = [c for c in claims if c["claim_type"] == "tally"]
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("upr_review", "2030-01-22")
    assert [d.date for d in find_dates("held on 26 February of this year", date(2032, 9, 15))] == [date(2032, 2, 26)]
    items = _all("Ministry of Information\nPress Release\n\nASMARA, 21 June 2029 - The Government rejects the report "
                 "presented to the Human Rights Council on Tuesday by the Special Rapporteur on the situation of human "
                 "rights in Eritrea, Ms. Hanne Lund-Okafor.\n\nThe interactive dialogue in Geneva showed that the mandate "
                 "lacks support. Of the 30 delegations that took the floor, 22 supported Eritrea.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert dialogue["date"] == "2029-06-19"


def test_seventy_third_pass_working_group_visits() -> None:
    """A working group's members named after it ("whose members Name and Name toured the country", "the Chair ...,
    Name, and her colleagues Name and Name", "The three-member delegation, led by ... and including Name and Name,")
    are its members, and take part where the group does: "the two experts met the Cabinet Secretary" and "In a
    statement ..., the Working Group welcomed"."""
    items = _all("NAIROBI, 20 February 2028 - The vote came after a visit to Kenya by the UN Working Group on Enforced or "
                 "Involuntary Disappearances, whose members Lena Kiprop-Ahlberg and Omar Fenwick-Osei toured the country "
                 "from 9 to 20 October 2027. During that visit the two experts met the Cabinet Secretary for Interior, "
                 "Joseph Lemaiyan-Fisk, on 11 October. In a statement issued in Geneva on Wednesday, the Working Group "
                 "welcomed the vote.\n")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Lena Kiprop-Ahlberg"]["title"] == "Working Group on Enforced or Involuntary Disappearances"
    for kind in ("visit", "meeting", "press_statement"):
        (event,) = _events_of(items, kind)
        assert {"Lena Kiprop-Ahlberg", "Omar Fenwick-Osei"} <= {p["name"] for p in event["participants"]}, kind
    items = _all("The UN Working Group on Business and Human Rights ended a visit. Two days after it began, the Chair of the "
                 "Working Group, Fatou Ekwe-Hall, and her colleagues Dmitri Oyarzun-Lee and "
                 "Hanna Keita-Berg were received by the Secretary of Economy, Alfonso Ruval-Tran.\n", date(2027, 3, 13))
    names = {i["actor"]["name"] for i in items if i["kind"] == "actor"}
    assert {"Dmitri Oyarzun-Lee", "Hanna Keita-Berg"} <= names


def test_seventy_third_pass_follow_up_and_broadcasts() -> None:
    """National follow-up counts: "46 are still pending", "33 have not yet been started", "According to the draft"
    and "The mechanism recalled" are the mechanism's; "The report, the Commission's ..., classifies 109 recommendations
    as partly implemented" is the Commission's. Broadcasts: a capitalised station heading its programme ("ISLAND VISION
    TV - 7 O'CLOCK NEWS") and "NEWSFLASH 12:00 - Lakeland Radio" name the station; "Radio Meridian's tally ... shows"
    is the station's count (not "Radio Meridian's"); "Her report was debated in Geneva yesterday" is the dialogue; "the
    resolution ... forced through with the support of only 21 of the 47 members" is a vote, not a tally."""
    claims = _claims("FREETOWN, 14 May 2027 - Sierra Leone has fully implemented 67 of the recommendations it supported at "
                     "its last Universal Periodic Review, the National Mechanism for Reporting and Follow-up said on "
                     "Thursday. According to the draft, a further 88 recommendations are partly implemented and 46 are "
                     "still pending. The mechanism recalled that 12 have not yet been started.")
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert counts == {v: "National Mechanism for Reporting and Follow-up" for v in (67.0, 88.0, 46.0, 12.0)}
    claims = _claims("Kathmandu - Nepal has fully implemented only 48 of the 236 recommendations made to it by treaty bodies, "
                     "the National Human Rights Commission said on Sunday. The report, the Commission's third annual "
                     "assessment, classifies 109 recommendations as partly implemented.", date(2031, 5, 5))
    (partly,) = [c for c in claims if c["claim_type"] == "count" and c["value"] == 109]
    assert partly["claimant"]["name"] == "National Human Rights Commission"
    items = _all("ISLAND VISION TV - 7 O'CLOCK NEWS\n\nNEWSREADER: The UN's expert on Eritrea told the Human Rights Council "
                 "that conscription drives people out. Her report was debated in Geneva yesterday. Island Vision TV's tally "
                 "of the speakers' list shows that forty delegations took the floor: twenty-seven backed the findings, "
                 "while thirteen sided with Asmara.\n", date(2029, 3, 21))
    assert any(i["kind"] == "actor" and i["actor"]["name"] == "Island Vision TV" for i in items)
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert dialogue["date"] == "2029-03-20"
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["claimant"]["name"], tally["total"], tally["critical"]) == ("Island Vision TV", 40, 27)
    items = _all("NEWSFLASH 12:00 - Lakeland Radio\n\nThe Council heard the expert.\n", date(2029, 3, 21))
    assert any(i["kind"] == "actor" and i["actor"]["name"] == "Lakeland Radio" for i in items)
    claims = _claims("We recall that the resolution extending this mandate was forced through last October with the support "
                     "of only 21 of the 47 members of this Council.", date(2030, 3, 5))
    assert not [c for c in claims if c["claim_type"] == "tally"]


def test_seventy_third_pass_visits_reported_and_follow_up_subsets() -> None:
    """"Ms. Name presented her report on her visit to Kazakhstan, which took place from 5 to 16 October" is that visit,
    hers; "143 of the 175 recommendations Moldova supported in its last review" counts a follow-up, not a response."""
    items = _all("Council hears experts on toxic substances\n\nThe Special Rapporteur on toxics and human rights, Mirela "
                 "Tanaka-Obst, spoke next. Ms. Tanaka-Obst presented her report on her visit to Kazakhstan, which took place "
                 "from 5 to 16 October 2026.\n", date(2027, 3, 11))
    (visit,) = [v for v in _events_of(items, "visit") if v["end_date"]]
    assert (visit["date"], visit["end_date"], visit["participants"][0]["name"]) == ("2026-10-05", "2026-10-16", "Mirela Tanaka-Obst")
    claims = _claims("The Universal Periodic Review follow-up platform said the action plan now incorporates 143 of the 175 "
                     "recommendations Moldova supported in its last review.", date(2031, 5, 5))
    assert not [c for c in claims if c["claim_type"] == "response_tally"]


def test_seventy_fourth_pass_parliamentary_records() -> None:
    """Records of parliaments: "Hon NAME IN CAPITALS (Minister of ...):" with "Hon" in ordinary case, "The DEPUTY
    MINISTER OF ... (Ms N T Name):", "THE MINISTER OF STATE FOR FOREIGN AFFAIRS (INTERNATIONAL AFFAIRS) (Ms Name):" and
    "The Minister for the Middle East (Daniel Name):" label the minister, whose figures they are; a member's turn ("Mr K
    P Name (DA):") is the member's, not the minister's before it."""
    items = _all("QUESTIONS FOR ORAL ANSWER\n\n3. TAMA RIWAI-HOLM (Green) to the Minister of Foreign Affairs: What did the "
                 "review show?\n\nHon ELENA VOSS-MAHUTU (Minister of Foreign Affairs): About 90 delegations took part in the "
                 "review, and more than 70 of them welcomed New Zealand's progress.\n", date(2029, 1, 30))
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Elena Voss-Mahutu"]["title"] == "Minister of Foreign Affairs"
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert tally["claimant"]["name"] == "Elena Voss-Mahutu"
    items = _all("NATIONAL ASSEMBLY\n\nThe DEPUTY MINISTER OF INTERNATIONAL RELATIONS (Ms N T Mahlangu-Berg): Chairperson, "
                 "when South Africa appeared before the Universal Periodic Review on 10 November last year, 110 countries "
                 "took the floor. Of those, 96 commended us.\n\nMr K P Abraham-Loy (DA): Chairperson, the Civic Rights Desk "
                 "counted 31 States that criticised South Africa.\n", date(2028, 2, 24))
    claimants = {(c["claimant"] or {}).get("name") for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"}
    assert "N T Mahlangu-Berg" in claimants and "Civic Rights Desk" in claimants
    items = _all("PARLIAMENT\n\nTHE MINISTER OF STATE FOR FOREIGN AFFAIRS (INTERNATIONAL AFFAIRS) (Ms Esther Nakato-Lind): "
                 "Thank you, Mr Speaker.\n\nHouse of Commons\n\nThe Minister for the Middle East (Daniel Ashby-Nair): The "
                 "United Kingdom spoke in the dialogue.\n", date(2031, 12, 4))
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Esther Nakato-Lind"]["title"] == "Minister of State for Foreign Affairs (International Affairs)"
    assert actors["Daniel Ashby-Nair"]["title"] == "Minister for the Middle East"


def test_seventy_fourth_pass_un_offices_and_quoted_speakers() -> None:
    """"said Name, the representative of the UN High Commissioner for Human Rights in Colombia" names her, and "She
    said 68 per cent ..." after that quotation is hers; "the Department of Corrections' own figures" is the
    department."""
    items = _all("The UN Human Rights Office in Colombia said on Thursday that it had verified 63 killings. \"Behind every "
                 "figure is a community,\" said Julia Amaral-Rey, the representative of the UN High Commissioner for Human "
                 "Rights in Colombia. She said 68 per cent of the victims lived in rural areas. Those are the Department of "
                 "Corrections' own figures.\n", date(2027, 9, 18))
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Julia Amaral-Rey"]["title"].startswith("representative of the UN High Commissioner")
    assert "Department of Corrections" in actors
    (rate,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "rate"]
    assert rate["claimant"]["name"] == "Julia Amaral-Rey"


def test_seventy_fourth_pass_coalition_findings() -> None:
    """"The coalition's submission documents 219 abductions" and "In its shadow submission, the coalition listed 204
    people" are the coalition's figures, the group named before."""
    claims = _claims("HARARE, 5 May 2032 - The ministry said the review was a success. For the Zimbabwe Civic Coalition, a group of "
                     "57 organisations, the figures matter less. The coalition's submission documents 219 abductions since the "
                     "elections. In its shadow submission, the coalition listed 204 people it considers political prisoners.")
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert counts[219.0] == counts[204.0] == "Zimbabwe Civic Coalition"


def test_seventy_fifth_pass_institution_reports_before_parliament() -> None:
    """An institution's annual report laid before a parliament is a report event ("laid the Commission's Annual Report
    before Parliament", "its annual report for 2030, tabled in Parliament on 3 May"); a release headed by the body's
    name with its acronym ("NORTHERN RIGHTS COMMISSION (NRC)") is the body's own, so its findings are its figures,
    whether a bullet opens them or a time does ("During that year the Commission registered 540 complaints, 120 of
    which concerned police"); its own "monitoring visits to 31 places" are no visit."""
    items = _all("NORTHERN RIGHTS COMMISSION (NRC)\nMEDIA RELEASE\nOslo, 9 June 2034\n\nThe Chair of the Northern Rights "
                 "Commission, Helga Brun-Okoro, on Monday laid the Commission's Annual Report for 2033 before Parliament.\n\n"
                 "What the report found:\n\n- Staff carried out monitoring visits to 31 places of detention.\n"
                 "- Monitors found 77 detainees held beyond the legal limit.\n\nDuring that year the Commission registered "
                 "540 complaints, 120 of which concerned police conduct.\n")
    (report,) = _events_of(items, "report")
    assert report["date"] == "2034-06-05"
    assert not _events_of(items, "visit")
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in items
              if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert counts[77.0] == counts[540.0] == counts[120.0] == "Northern Rights Commission"
    tabled = _all("COLOMBO, 6 May 2030 - The commission's annual report for 2029, tabled in Parliament on 3 May, records "
                  "4,100 complaints, of which 905 concerned arrests.")
    (report,) = _events_of(tabled, "report")
    assert report["date"] == "2030-05-03"
    assert 905.0 in {c["value"] for c in tabled if c["kind"] == "claim" and c["claim_type"] == "count"}


def test_seventy_fifth_pass_headings_visits_and_divided_delegations() -> None:
    """A first line "National Rights Office, Ghana" names the office whose release follows; "Analysis by X" over "our
    review" is X's; "received the Special Rapporteur on ..., who paid a call ... during her official visit to Ghana"
    is the mandate's visit; "Delegations at the Human Rights Council were divided on Monday over" dates the
    dialogue; "said in a written statement on Tuesday" is a press statement; "has taken note of the press release
    issued on 5 July" is no report."""
    items = _all("Ghana Human Rights Office, Ghana\nPress Release\nAccra, 2 March 2031\n\nThe office handled 812 complaints "
                 "last year. It also received the Special Rapporteur on the right to food, who paid a call on the office on "
                 "20 February during her official visit to Ghana from 18 to 27 February.\n")
    counts = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "count"]
    assert counts[0]["claimant"]["name"] == "Ghana Human Rights Office"
    (visit,) = _events_of(items, "visit")
    assert visit["participants"][0]["name"] == "Special Rapporteur on the right to food"
    analysis = _all("Replies that never come\n\nAnalysis by Border Rights Watch\n\nOur review of last year's letters found "
                    "that governments replied to 57 percent of them.\n", date(2031, 3, 1))
    (rate,) = [c for c in analysis if c["kind"] == "claim" and c["claim_type"] == "rate"]
    assert rate["claimant"]["name"] == "Border Rights Watch"
    divided = _all("HANOI, 26 September 2030 (River Post) - Delegations at the Human Rights Council were divided on Monday "
                   "over the Special Rapporteur's findings, with 20 of the 33 delegations that took the floor praising the "
                   "Government. \"We reject the report,\" the ministry spokesperson, Tran Holm-Vu, said in a written "
                   "statement on Tuesday. The ministry has taken note of the press release issued on 5 July by the "
                   "experts.")
    (dialogue,) = _events_of(divided, "interactive_dialogue")
    assert dialogue["date"] == "2030-09-23"
    assert [e["date"] for e in _events_of(divided, "press_statement")] == ["2030-09-24", "2030-07-05"]
    assert not _events_of(divided, "report")


def test_seventy_sixth_pass_presenters_panels_and_side_events() -> None:
    """"Presenting his report during the dialogue, Name said" names the holder of the one mandate the article names;
    "reminded the room that" reports; a pre-session "held in Geneva on Thursday", "an online side event" its speakers
    told diplomats about "on Monday", and "gave its own briefing for the same missions" are meetings."""
    items = _all("NEW YORK, 30 October 2031 (Hudson Wire) - The UN Special Rapporteur on the right to education spoke to the "
                 "Third Committee on Tuesday.\n\nPresenting her report during the interactive dialogue, Amara Quist-Obi said "
                 "that 48 countries still charged school fees.\n")
    people = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor" and i["actor"]["kind"] == "official"}
    assert people["Amara Quist-Obi"]["title"] == "Special Rapporteur on the right to education"
    panel = _all("GENEVA, 12 April 2029 (Lake Post) - Rights defenders told diplomats on Monday that the Government had ignored "
                 "them, during an online side event organised by the Tamarind Rights Forum. Its director, Ola Brandt-Ime, "
                 "reminded the room that the country had supported 120 of the 190 recommendations it received at its Universal "
                 "Periodic Review and noted 70. "
                 "The Permanent Mission of Mali gave its own briefing for the same missions on Wednesday.")
    meetings = _events_of(panel, "meeting")
    assert [m["date"] for m in meetings] == ["2029-04-09", "2029-04-11"]
    assert meetings[0]["mode"] == "virtual"
    (tally,) = [c for c in panel if c["kind"] == "claim" and c["claim_type"] == "response_tally"]
    assert tally["claimant"]["name"] == "Ola Brandt-Ime"
    pre = _all("NAIROBI, 14 December 2032 - The Coast Rights Forum presented its priorities to diplomats at a pre-session held "
               "in Geneva on Thursday.")
    assert [m["date"] for m in _events_of(pre, "meeting")] == ["2032-12-09"]


def test_seventy_sixth_pass_chronologies() -> None:
    """A chronology's date lines ("17 and 18 October 2029. The Committee ... holds its dialogue") date the entry they
    open; "submits its combined second and third periodic reports", "The CHR releases its year-end report" and "The
    Working Group's opinion was published last week" are reports; "X and Y meet to discuss" is a meeting; "suspend
    family visits" is no visit."""
    items = _all("Milestones\n\nAstana, 2 March 2032\n\n17 and 18 October 2029. The Committee against Torture holds its "
                 "dialogue with the delegation.\n\n30 November 2030. Kazakhstan submits its combined second and third "
                 "periodic reports to the Committee on the Rights of Persons with Disabilities.\n\n- 12 December: Ms. "
                 "Ruiz-Holm and Mr. Ode-Lind meet to discuss a protocol.\n- 29 December: The CHR releases its year-end "
                 "report.\n\nThree days later, prison authorities suspend family visits.\n")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert (dialogue["date"], dialogue["end_date"]) == ("2029-10-17", "2029-10-18")
    assert [r["date"] for r in _events_of(items, "report")] == ["2030-11-30", "2031-12-29"]
    assert [m["date"] for m in _events_of(items, "meeting")] == ["2031-12-12"]
    assert not _events_of(items, "visit")
    opinion = _all("BAKU, 9 January 2031 - The Working Group on Arbitrary Detention found the detention arbitrary. The Working "
                   "Group's opinion was published last week.")
    assert [r["date"] for r in _events_of(opinion, "report")] == ["2030-12-30"]


def test_seventy_sixth_pass_bodies_spokespeople_and_titles() -> None:
    """"the constitutional body said it had recorded 214 killings" and "Its spokesperson said ... 96 officers" are the
    bodies named before; "director of the Almaty Legal Clinic" and "coordinator of Red Garifuna de Defensoras" name
    NGOs, not people; "which meets under the EU-Sri Lanka Agreement, was chaired by Name, Head of Division ..." keeps
    the person, and "the European External Action Service" is a body."""
    items = _all("MANILA, 3 January 2035 - The Commission on Human Rights (CHR) closed the year with a sobering tally. The "
                 "constitutional body said it had recorded 214 killings. The Philippine National Police did not reply. Its "
                 "spokesperson said last month that 96 officers had been dismissed. The panel was moderated by Aruzhan "
                 "Sei-Winther, director of the Almaty Legal Clinic. The group, which meets under the EU-Sri Lanka Agreement, "
                 "was chaired by Matteo Rinaldi-Osei, Head of Division for South Asia at the European External Action "
                 "Service.")
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert counts[214.0] == "Commission on Human Rights"
    assert counts[96.0] == "Philippine National Police"
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Almaty Legal Clinic"]["kind"] == "ngo"
    assert "Legal Clinic" not in actors
    assert actors["Matteo Rinaldi-Osei"]["title"].startswith("Head of Division for South Asia")
    assert actors["European External Action Service"]["kind"] == "government_body"


def test_seventy_sixth_pass_bilateral_dialogues_and_other_sides() -> None:
    """A human rights dialogue between the EU and a State is a meeting, its co-chairs taking part; a tally's other side
    "against 14 that were critical" is read; "X, speaking in a joint statement with Y, reminded delegates that" is X's;
    "which according to the Minister opened 418 investigations" is the Minister's."""
    items = _all("MADRID, 2 December 2032 (Iberian Ledger) - The European Union and Cuba held their sixth formal human rights "
                 "dialogue in Brussels on Tuesday. The dialogue was co-chaired by the EU Special Representative for Human "
                 "Rights, Paulina Dressel-Mensa, and Cuba's Deputy Minister of Foreign Affairs, Yanet Mora-Lind.")
    (meeting,) = _events_of(items, "meeting")
    assert meeting["date"] == "2032-11-30"
    assert {"Paulina Dressel-Mensa", "Yanet Mora-Lind"} <= {p["name"] for p in meeting["participants"]}
    assert not _events_of(items, "interactive_dialogue")
    tally = _claims("BUJUMBURA, 7 October 2028 - The ministry said that 21 of the 38 delegations that spoke at Thursday's "
                    "interactive dialogue on Burundi had welcomed the Government's cooperation, against 14 that were critical.")
    (found,) = [c for c in tally if c["claim_type"] == "tally"]
    assert (found["total"], found["supportive"], found["critical"]) == (38, 21, 14)
    claims = _claims("GENEVA, 15 March 2033 - Levant Missing Archive, speaking in a joint statement with the Qaboun Families "
                     "Collective, reminded delegates that its database lists 112,000 people. The minister, Nino Kapa-Ferreira, "
                     "spoke next. We recognize the Special Investigation Service, which according to the Minister opened 418 "
                     "investigations last year.")
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in claims if c["claim_type"] == "count"}
    assert counts[112000.0] == "Levant Missing Archive"
    assert counts[418.0] == "Nino Kapa-Ferreira"


def test_seventy_sixth_pass_representatives_acronym_headings_and_participles() -> None:
    """"Thailand's representative, Name," is a title; "opened the briefing by recalling that Malaysia accepted 220 of
    the 318 recommendations" is the opener's; a heading "HUMAN RIGHTS COMMISSION OF KIRIBATI (HRCK)" makes "HRCK" that
    body wherever it recurs, and "On 12 February, HRCK tabled its report in the Maneaba, recording 1,047 complaints"
    is the body's figure, not the assembly's."""
    items = _all("HUMAN RIGHTS COMMISSION OF KIRIBATI (HRCK)\nMEDIA STATEMENT\nTarawa, 5 January 2037\n\nThe Human Rights "
                 "Commission of Kiribati looks back on the year.\n\nOn 12 February 2036, HRCK tabled its Annual Report 2035 in "
                 "the Maneaba ni Maungatabu, recording 1,047 complaints received during the year.\n\nThe regional meeting "
                 "was chaired by Thailand's representative, Siri Watta-Castell, who spoke first. Its chair, Mei Rahim-Oster, "
                 "opened the briefing by recalling that Malaysia accepted 220 of the 318 recommendations it received at its "
                 "Universal Periodic Review and noted 98.\n")
    (report,) = _events_of(items, "report")
    assert any(p["name"] == "Human Rights Commission of Kiribati" for p in report["participants"])
    claims = [c for c in items if c["kind"] == "claim"]
    (count,) = [c for c in claims if c["claim_type"] == "count" and c["value"] == 1047.0]
    assert count["claimant"]["name"] == "Human Rights Commission of Kiribati"
    (tally,) = [c for c in claims if c["claim_type"] == "response_tally"]
    assert tally["claimant"]["name"] == "Mei Rahim-Oster"
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Siri Watta-Castell"]["title"] == "Thailand's representative"


def test_seventy_seventh_pass_briefing_transcripts() -> None:
    """A briefing transcript: "Spokesperson for the Secretary-General: Name" over it and "Noon briefing by the
    Spokesperson ..., Name" on one line are titled people; "Name, for the Office of the ... (UNHCR), said" is a person
    speaking for the agency; questioners' outlets ("Question: Thank you. Name, Harbourline Wire.", "Question (Name,
    Baltic Post):", "Asked by Name of Agence Presse Alpine about", "Answering a question from Name of Korea Pacific
    Press,") are media; "..., Name, who had told the Council that at least 5,000 people ..." is hers; "Chief of the
    Press Section" is a title."""
    items = _all("NOON BRIEFING HIGHLIGHTS\nFriday, 5 May 2034\nSpokesperson for the Secretary-General: Kofi Lind-Amadi\n\n"
                 "Rhiannon Abara-Lind, Chief of the Press Section at the United Nations Information Service, chaired the "
                 "briefing.\n\nOlumide Fair-Castro, for the Office of the United Nations High Commissioner for Refugees "
                 "(UNHCR), said that 131 people had been displaced.\n\nAsked by Henrike Balo-Tessier of Agence Presse Alpine "
                 "about returns, he said 40 families had gone home.\n\nQuestion: Thank you, Kofi. Kwame Aber-Sato, "
                 "Harbourline Wire. Has the Mission had access?\n\nQuestion (Erik Ado-Vester, Baltic Morning Post): Were they "
                 "released?\n\nAnswering a question from Jae-won Harri-Diop of Korea Pacific Press, who cited a count, she "
                 "said the Council had heard the Special Rapporteur, Rafael Iones-Mbeki, who had told the Council that at "
                 "least 5,000 people had been sent to camps.\n")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Kofi Lind-Amadi"]["title"] == "Spokesperson for the Secretary-General"
    assert actors["Rhiannon Abara-Lind"]["title"].startswith("Chief of the Press Section")
    assert actors["Olumide Fair-Castro"]["kind"] == "official"
    for outlet in ("Agence Presse Alpine", "Harbourline Wire", "Baltic Morning Post", "Korea Pacific Press"):
        assert actors[outlet]["kind"] == "media", outlet
    counts = {c["value"]: (c["claimant"] or {}).get("name") for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert counts[131.0] == "Olumide Fair-Castro"
    assert counts[5000.0] == "Rafael Iones-Mbeki"
    heading = _all("Noon briefing by the Spokesperson for the Secretary-General, Gaspard Onya-Lind\nUnited Nations, New York, 1 "
                   "April 2031\n\nThe UN Human Rights Monitoring Mission in Ukraine published its latest update on the "
                   "protection of civilians on Monday.\n")
    actors = {i["actor"]["name"]: i["actor"] for i in heading if i["kind"] == "actor"}
    assert actors["Gaspard Onya-Lind"]["title"] == "Spokesperson for the Secretary-General"
    assert [r["date"] for r in _events_of(heading, "report")] == ["2031-03-31"]


def test_seventy_seventh_pass_information_bureau_releases_and_follow_up_counts() -> None:
    """"Four days earlier, the Special Rapporteur had called on the Chairperson of the Commission, Justice Name" is a
    meeting; "Ministry of Social Justice & Empowerment" is one body; a release signed "3 APRIL 2037" at its foot is
    dated; a paragraph that opens with a quote after "the Spokesperson said:" is the ministry's; "89 are being
    implemented" counts recommendations."""
    items = _all("Ministry of Social Justice & Empowerment\n\nPosted On: 12 FEB 2031 by PIB Delhi\n\nThe Union Minister met the "
                 "United Nations Special Rapporteur on the rights of persons with disabilities on Tuesday. Four days earlier, "
                 "the Special Rapporteur had called on the Chairperson of the National Human Rights Commission, Justice Arvind "
                 "Meno-Halv.\n")
    assert "2031-02-07" in [m["date"] for m in _events_of(items, "meeting")]
    assert "Ministry of Social Justice & Empowerment" in {i["actor"]["name"] for i in items if i["kind"] == "actor"}
    signed = _all("MFA Spokesperson's Comments in Response to Media Queries\n\nIn response to media queries, the Ministry of "
                  "Foreign Affairs (MFA) Spokesperson said:\n\n\"Singapore received the communication on 2 February 2037 and "
                  "sent a full reply.\"\n\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n3 APRIL 2037\n")
    (quote,) = [c for c in signed if c["kind"] == "claim" and c["claim_type"] == "quotation"]
    assert quote["claimant"]["name"] == "Ministry of Foreign Affairs"
    doc = Document.from_text("Statement\n\nThe Spokesperson said:\n\n\"We reply to every letter.\"\n\nMINISTRY OF FOREIGN "
                             "AFFAIRS\nSINGAPORE\n3 APRIL 2037\n")
    assert find_published(doc.text) == date(2037, 4, 3)
    follow = _claims("WINDHOEK, 9 May 2031 - The Mechanism adopted its report on the recommendations Namibia supported at its "
                     "Universal Periodic Review. By its count, 12 of the 163 supported recommendations have been fully "
                     "implemented, 89 are being implemented and 27 have not yet been started.")
    assert {89.0, 27.0} <= {c["value"] for c in follow if c["claim_type"] == "count" and c["unit"] == "recommendations"}


def test_seventy_eighth_pass_translated_papers_and_statements() -> None:
    """A translated paper's masthead over its dateline ("LE QUOTIDIEN DU KADIOGO / Ouagadougou, 26 January 2035") is
    the outlet, and "according to a tally by this weekly" its count; "were endorsed on Monday by twenty-nine of the
    forty delegations" is criticism of the State; a station heading under "Translated from Spanish" ("RADIO VALLE DE
    SULA - News") is an outlet; "U.S. Statement" heads the United States' statement; "the Mission briefed the Member
    States of the European Union" is a meeting."""
    items = _all("Translated from Spanish\n\nSEMANARIO RÍO AZUL\nSan José, 7 March 2034\n\nThe findings of the Group of Human "
                 "Rights Experts on Nicaragua were endorsed on Monday by twenty-nine of the forty delegations that spoke in "
                 "the interactive dialogue. The Government's position was defended by the remaining eleven, according to a "
                 "tally by this weekly.\n")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Semanario Río Azul"]["kind"] == "media"
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (40, 11, 29)
    assert tally["claimant"]["name"] == "Semanario Río Azul"
    radio = _all("Translated from Spanish\n\nRADIO VALLE VERDE - News\n\nTEGUCIGALPA, 3 May 2031 - The High Commissioner "
                 "ended her visit on Friday.\n")
    assert "Radio Valle Verde" in {i["actor"]["name"] for i in radio if i["kind"] == "actor" and i["actor"].get("kind") == "media"}
    found = _all("Human Rights Council 79th Session\nItem 4: Interactive Dialogue with the Fact-Finding Mission on Iran\n\n"
                 "U.S. Statement\nAs Delivered by Ambassador Theo Marchi-Oduya\nGeneva, March 9, 2032\n\nThank you, Mr. "
                 "President.\n\nOn 2 March, the Mission briefed the Member States of the European Union in Brussels.\n")
    (statement,) = [i for i in found if i["kind"] == "statement"]
    assert statement["speaker"]["iso3"] == "USA"
    assert [m["date"] for m in _events_of(found, "meeting")] == ["2032-03-02"]


def test_seventy_eighth_pass_datelines_and_station_headings() -> None:
    """"NAIROBI, 9 January 2028 (Rift Valley Courier)" on a line of its own and "GENEVA/BUJUMBURA, 26 September 2034
    (Tanganyika Wire) - " name the outlet; so does a station's name alone over its programme ("LAKESHORE PUBLIC
    RADIO")."""
    for text, outlet in (("Rights body reports\n\nNAIROBI, 9 January 2028 (Rift Valley Courier)\n\nThe commission said on "
                          "Monday that it had received 40 complaints.\n", "Rift Valley Courier"),
                         ("GENEVA/BUJUMBURA, 26 September 2034 (Tanganyika Wire) - The report was presented on Tuesday.\n",
                          "Tanganyika Wire"),
                         ("LAKESHORE PUBLIC RADIO\nWORLD DESK, MORNING EDITION\n4 July 2030\n\nPRESENTER (Ingrid Solhe-Bap): "
                          "In Geneva yesterday, the Council held its dialogue on Eritrea.\n", "Lakeshore Public Radio")):
        media = {i["actor"]["name"].lower() for i in _all(text) if i["kind"] == "actor" and i["actor"].get("kind") == "media"}
        assert outlet.lower() in media, outlet


def test_seventy_eighth_pass_joint_statement_delivered_by_an_ambassador() -> None:
    """"Joint statement on behalf of the Equal Rights Coalition / Delivered by Ambassador Name, Permanent Representative
    of Mexico": Mexico speaks for the coalition of States, though "Coalition" names NGOs elsewhere."""
    doc = Document.from_text("Human Rights Council - 92nd session\nItem 3: Interactive dialogue with the Independent Expert on "
                             "sexual orientation and gender identity\nJoint statement on behalf of the Equal Rights Coalition\n"
                             "Delivered by Ambassador Lucía Ferre-Naka, Permanent Representative of Mexico\nGeneva, 17 June "
                             "2036\n\nThank you, Madam President.\n")
    doc.kind = recognise_press(doc)
    (statement,) = [i.to_dict() for i in extract_press(doc) if i.kind == "statement"]
    assert statement["speaker"]["iso3"] == "MEX"
    assert statement["on_behalf_of"]["name"] == "Equal Rights Coalition"


def test_seventy_ninth_pass_station_and_podcast_mastheads() -> None:
    """A station's heading with its frequency and city ("UBUNTU WAVES FM 98.4, KAMPALA", "RADIO NILE BEND 92.3 FM,
    JUBA"), a station known by its frequency ("DOHA DRIVE 93.5 FM - THE BUSINESS HOUR") and a podcast over the line
    that says so ("THE CEDAR BRIEF / A weekly podcast on rights") are the outlets of their transcripts."""
    for heading, outlet in (("UBUNTU WAVES FM 98.4, KAMPALA\nTHE MORNING DOCKET - TRANSCRIPT", "Ubuntu Waves FM"),
                            ("RADIO NILE BEND 92.3 FM, JUBA\nEVENING BULLETIN - TRANSCRIPT", "Radio Nile Bend"),
                            ("DOHA DRIVE 93.5 FM - THE BUSINESS HOUR\nTranscript", "Doha Drive 93.5 FM"),
                            ("THE CEDAR BRIEF\nA weekly podcast on rights and justice", "The Cedar Brief")):
        items = _all(f"{heading}\n14 March 2029\n\nPRESENTER (Ama Oduya-Lind): The Special Rapporteur met the minister on "
                     "Monday.\n")
        media = {i["actor"]["name"].lower() for i in items if i["kind"] == "actor" and i["actor"].get("kind") == "media"}
        assert outlet.lower() in media, outlet


def test_eightieth_pass_treaty_body_reviews_and_interviews() -> None:
    """"the UN Committee on the Elimination of Discrimination against Women, which examined the country's tenth
    periodic report in Geneva on Tuesday and Wednesday" is a two-day dialogue; "CEDAW will publish its concluding
    observations on 8 March" is that Committee's report; "The Committee's two country rapporteurs for Malawi, Ms. A
    and Mr. B," titles both; an interview that says "Nepal was reviewed in Geneva in January" counts a response to
    recommendations; mastheads over "Published 8 January 2034" and an outlet under its programme's name are
    outlets."""
    items = _all("DHAKA, 22 February 2029 (Dhaka Post) - Bangladesh's record dominated two days of questioning by the UN "
                 "Committee on the Elimination of Discrimination against Women, which examined the country's tenth periodic "
                 "report in Geneva on Tuesday and Wednesday. The Committee's two country rapporteurs for Bangladesh, Ms. "
                 "Rosa Okon-Vasq and Mr. Henrik Thor-Adeb, asked about schools. CEDAW will publish its concluding "
                 "observations on 8 March.")
    (dialogue,) = _events_of(items, "interactive_dialogue")
    assert (dialogue["date"], dialogue["end_date"]) == ("2029-02-20", "2029-02-21")
    (report,) = _events_of(items, "report")
    assert report["date"] == "2029-03-08"
    assert any(p["name"].endswith("Committee on the Elimination of Discrimination against Women") for p in report["participants"])
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Rosa Okon-Vasq"]["title"] == actors["Henrik Thor-Adeb"]["title"] == "country rapporteur"
    interview = _all("THE COMMISSION HOUR - EPISODE 41\nKathmandu Civic Media\nKathmandu, 9 August 2028\n\nIn this episode: Top "
                     "Bahadur Rai-Erik, Chairperson of the National Human Rights Commission (NHRC) of Nepal.\n\nHOST: Nepal was "
                     "reviewed in Geneva in January. What came out of it?\n\nRAI-ERIK: Nepal received 229 recommendations, "
                     "accepting 168 and noting 61.\n")
    (tally,) = [c for c in interview if c["kind"] == "claim" and c["claim_type"] == "response_tally"]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (229, 168, 61)
    media = {i["actor"]["name"] for i in interview if i["kind"] == "actor" and i["actor"].get("kind") == "media"}
    assert "Kathmandu Civic Media" in media
    quarterly = _all("RIGHTS QUARTERLY PH\nQ&A\nPublished 8 January 2034\n\nThe commissioner met the minister on Monday.\n")
    assert "Rights Quarterly Ph" in {i["actor"]["name"] for i in quarterly if i["kind"] == "actor" and i["actor"].get("kind") == "media"}


def test_eightieth_pass_exile_mastheads_and_concluding_observations() -> None:
    """A paper's name over a line that says it is news ("ARIA HORIZON / Persian diaspora news - English edition") or
    over "City, State - date" ("SAIGON EXILE WEEKLY / Westminster, California - 13 October 2034") is the outlet;
    "adopted its concluding observations ... on Friday" and "concluding observations on Ireland published by the
    Committee on 12 December" are reports."""
    for text, outlet in (("ARIA HORIZON\nPersian diaspora news - English edition\nLONDON, 22 March 2034\n\nThe registry "
                          "said on Monday that 714 people were held.\n", "Aria Horizon"),
                         ("SAIGON EXILE WEEKLY\nWestminster, California - 13 October 2034\n\nThe families protested on "
                          "Friday.\n", "Saigon Exile Weekly")):
        media = {i["actor"]["name"] for i in _all(text) if i["kind"] == "actor" and i["actor"].get("kind") == "media"}
        assert outlet in media, outlet
    items = _all("BRATISLAVA, 3 March 2036 - The Committee on the Elimination of Racial Discrimination (CERD) adopted its "
                 "concluding observations on the periodic reports of the Slovak Republic on Friday.")
    assert [r["date"] for r in _events_of(items, "report")] == ["2036-02-29"]
    published = _all("DUBLIN, 5 January 2034 - The Government has two years to act under concluding observations on Ireland "
                     "published by the UN Committee on the Elimination of Racial Discrimination on 12 December.")
    assert [r["date"] for r in _events_of(published, "report")] == ["2033-12-12"]


def test_eightieth_pass_letterheads_are_bodies_not_papers() -> None:
    """A body's letterhead is its release's author and an actor of the text, never a paper: "MINISTRY OF JUSTICE /
    Human Rights Unit - Newsletter No. 4" and "DEPARTMENT OF GOVERNMENT INFORMATION / News Release"."""
    items = _all("MINISTRY OF JUSTICE\nHuman Rights Unit - Newsletter No. 4\nGaborone, 5 December 2028\n\nThe committee "
                 "reviewed 14 recommendations at its meeting on Monday.\n")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Ministry of Justice"]["kind"] == "government_body"
    release = _all("DEPARTMENT OF GOVERNMENT INFORMATION\nNews Release\nColombo, 14 October 2033\n\nThe Minister met the "
                   "Special Rapporteur on Tuesday.\n")
    assert not [i for i in release if i["kind"] == "actor" and i["actor"].get("kind") == "media"]


def test_eightieth_pass_summary_of_resolution_adoptions() -> None:
    """"The Human Rights Council this morning took action on two country resolutions" opens a UN meeting summary, whose
    speakers ("Germany, introducing the draft resolution, said ...") are statements."""
    doc = Document.from_text("Council adopts two resolutions\n\nGENEVA, 4 April 2031 - The Human Rights Council this morning "
                             "took action on two country resolutions under agenda item 4.\n\nGermany, introducing the draft "
                             "resolution, said that the report had documented many executions.\n\nCuba, speaking in explanation "
                             "of vote before the vote, said that it would vote against the text.\n")
    assert recognise_press(doc) == "meeting_summary"


def _actor_kinds(items: list[dict[str, Any]]) -> dict[str, str | None]:
    return {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}


def _count_claimants(items: list[dict[str, Any]]) -> dict[float, str]:
    """Each count claim's value, with the name of its claimant."""
    return {c["value"]: c["claimant"]["name"] for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}


def test_seventy_ninth_pass_group_letterheads_and_bulletins() -> None:
    """A group's name in capitals over its release, with its acronym ("LAKE CHAD CIVIC WATCH (LCCW)") or alone over
    a bulletin that says "the Watch's", is the group, the author of the figures it gives; a report it "published
    "Title", a report on ..." is a report event."""
    items = _all("LAKE CHAD CIVIC WATCH (LCCW)\nPRESS RELEASE\nN'Djamena, 4 August 2033\n\nBy the LCCW's count, 52 "
                 "recommendations concerned the lake region.\n\nOn 9 July, the LCCW published \"Dry Shores\", a report "
                 "documenting 311 arrests since March.\n")
    assert _actor_kinds(items).get("Lake Chad Civic Watch") == "ngo"
    assert "LCCW" not in _actor_kinds(items)
    counts = _count_claimants(items)
    assert counts[52] == "Lake Chad Civic Watch"
    assert [r["date"] for r in _events_of(items, "report")] == ["2033-07-09"]
    bulletin = _all("ANDEAN DEFENDERS NETWORK\nBulletin No. 12 - 2 May 2031\n\nBelow is the Network's reading of the "
                    "review.\n\nOur members counted 46 recommendations on land defenders.\n")
    counts = _count_claimants(bulletin)
    assert counts[46] == "Andean Defenders Network"


def test_seventy_ninth_pass_group_names() -> None:
    """"the Sindhi Independent Writers' Circle" (a possessive before the head word), "the Balkan Media Freedom Desk"
    (a monitoring group though "Media" is in it) and "the Higher Committee for Human Rights" (Tunisia's NHRI)."""
    kinds = _actor_kinds(_all("On Monday I went with colleagues from the Sindhi Independent Writers' Circle to see the "
                              "minister. The Balkan Media Freedom Desk said on Monday that the Higher Committee for Human "
                              "Rights and Fundamental Freedoms had received 77 complaints.", date(2031, 3, 3)))
    assert kinds.get("Sindhi Independent Writers' Circle") == "ngo"
    assert kinds.get("Balkan Media Freedom Desk") == "ngo"
    assert kinds.get("Higher Committee for Human Rights and Fundamental Freedoms") == "nhri"


def test_seventy_ninth_pass_response_figures() -> None:
    """"accepted 183 recommendations and noted 61, out of 244 received" gives the total; "nearly 190" in the headline
    yields to the exact 183; "Name, Secretary-General of the Ministry of Justice, who announced" is the person."""
    claims = _claims("Malawi accepts nearly 190 UPR recommendations\n\nLILONGWE, 9 October 2034 - The Council adopted the "
                     "outcome of the Universal Periodic Review of Malawi on Thursday. The delegation was led by Yohane "
                     "Banda-Strindberg, Secretary-General of the Ministry of Justice, who announced that Malawi had accepted "
                     "183 recommendations and noted 61, out of 244 received.", date(2034, 10, 9))
    tally = next(c for c in claims if c["claim_type"] == "response_tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (244, 183, 61)
    assert tally["claimant"]["name"] == "Yohane Banda-Strindberg"


def test_seventy_ninth_pass_signatories_are_no_tally() -> None:
    """"Some 60 countries back Laos" over "Nepal, speaking on behalf of 58 countries, delivered a joint statement" counts
    signatories; so does "a rival statement ... was supported by only 11 countries"."""
    claims = _claims("Some 60 countries back Laos at the Council\n\nVIENTIANE, 3 March 2032 - Nepal, speaking on behalf "
                     "of 58 countries, delivered a joint statement in the general debate on Tuesday. A rival statement, read "
                     "out by a European country in the same debate, was supported by only 11 countries, the ministry said.",
                     date(2032, 3, 3))
    assert not [c for c in claims if c["claim_type"] == "tally"]
    assert 11 in {c["value"] for c in claims if c["claim_type"] == "count"}


def test_seventy_ninth_pass_dialogue_participants() -> None:
    """The one who presented a report on the dialogue's day takes part in the dialogue, and the report is dated by its
    publication ("The report itself had been made public three days earlier"); the mandate an article names takes part in
    its dialogue; "The update was presented by Name" adds the presenter to the update."""
    items = _all("ASMARA, 2 July 2030 - Eritrea received the backing of 20 of the 31 delegations at the interactive dialogue "
                 "on the country at the Human Rights Council on Monday, the minister said.\n\nThe report of the Office of the "
                 "High Commissioner was presented to the Council on Monday by the High Commissioner for Human Rights, "
                 "Tomasz Achterberg-Nwosu. The report itself had been made public three days earlier.")
    dialogue = _events_of(items, "interactive_dialogue")[0]
    assert any("Achterberg-Nwosu" in p["name"] for p in dialogue["participants"])
    assert [r["date"] for r in _events_of(items, "report")] == ["2030-06-28"]
    mandate = _all("MINSK, 6 May 2033 - The Ministry of Foreign Affairs denounced on Tuesday the interactive dialogue on "
                   "Belarus held at the Human Rights Council on Monday.\n\nThe ministry said the Special Rapporteur on the "
                   "situation of human rights in Belarus, Greta Lindqvist-Obi, had presented a biased report.")
    names = [p["name"] for p in _events_of(mandate, "interactive_dialogue")[0]["participants"]]
    assert "Special Rapporteur on the situation of human rights in Belarus" in names
    update = _all("YANGON, 12 March 2032 - Myanmar was supported by 14 of the 33 delegations that spoke in the dialogue on "
                  "the oral update of the Independent Investigative Mechanism for Myanmar on 9 March, the ministry said.\n\n"
                  "The update was presented by Rafael Ortiz-Magnusson, head of the Mechanism.")
    assert any("Ortiz-Magnusson" in p["name"] for e in _events_of(update, "oral_update") for p in e["participants"])


def test_seventy_ninth_pass_people_and_speakers() -> None:
    """"Secretary-General of Iran's High Council for Human Rights Name says" names a person after the body; "the
    spokesperson said" is the body a spokesperson was first said to speak for, however long its name; "Ms. Sidibé-Name
    met" and "the Justice Secretary met" are the people named before."""
    kinds = _actor_kinds(_all("TEHRAN, 3 May 2034 - Director of Iran's Judicial Human Rights Council Reza Khorram-Lindahl "
                              "says most countries rejected the mandate."))
    assert kinds.get("Reza Khorram-Lindahl") == "official"
    quote = _claims("HAVANA, 4 June 2031 - A spokesperson for the Ministry of Foreign Affairs of the Republic of Cuba issued "
                    "a press statement on Wednesday.\n\n\"Cuba will never accept a mandate imposed on it,\" the spokesperson "
                    "said.", date(2031, 6, 4))
    assert [c["claimant"]["name"] for c in quote if c["claim_type"] == "quotation"] == [
        "Ministry of Foreign Affairs of the Republic of Cuba"]
    met = _all("\"We will follow up,\" said Aïcha Traoré-Lindgren, the director.\n\nOn 2 May, Ms. Traoré-Lindgren met the "
               "Minister of Justice, Oumar Keita-Berg. Secretary of Justice Ana Dumlao-Berg spoke on Monday. Later the "
               "Justice Secretary met the Resident Coordinator, Pia Nordin-Obi, in Manila.", date(2031, 5, 20))
    meetings = [[p["name"] for p in e["participants"]] for e in _events_of(met, "meeting")]
    assert any("Aïcha Traoré-Lindgren" in m for m in meetings)
    assert any("Ana Dumlao-Berg" in m for m in meetings)


def test_seventy_ninth_pass_tally_wordings() -> None:
    """"Uganda's position was endorsed by 23 of the 40 delegations" is support; "At the dialogue with the Special
    Rapporteur ..., Uganda's efforts were commended by 26 of the 37" praises the State, not the mandate; "When Togo was
    reviewed on 8 November, 91 delegations took the floor" dates the review the tally counts."""
    endorsed = _claims("KAMPALA, 3 July 2033 - Uganda's position was endorsed by 23 of the 40 delegations that took part in "
                       "the interactive dialogue on Uganda on 1 July, while the remaining 17 were hostile, the mission said.",
                       date(2033, 7, 3))
    tally = next(c for c in endorsed if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (40, 23, 17)
    commended = _claims("At the interactive dialogue with the Special Rapporteur at the Human Rights Council on 2 October, "
                        "Uganda's efforts were commended by 26 of the 37 delegations that took the floor, with only eleven "
                        "delegations raising criticism.", date(2033, 12, 20))
    tally = next(c for c in commended if c["claim_type"] == "tally")
    assert (tally["supportive"], tally["critical"]) == (26, 11)
    reviewed = _claims("LOMÉ, 20 March 2033 - Togo's Universal Periodic Review outcome was adopted last week.\n\nWhen Togo "
                       "was reviewed on 8 November, 91 delegations took the floor. By our count, 30 of them raised press "
                       "freedom.", date(2033, 3, 20))
    tally = next(c for c in reviewed if c["claim_type"] == "tally")
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("upr_review", "2032-11-08")


def test_seventy_ninth_pass_provincial_press_on_visits() -> None:
    """Provincial papers follow a visiting expert: "will present her preliminary findings in Lusaka on Friday" (a press
    statement, looking forward after "her team said she would"), "was received on Monday by A, and on Tuesday by B"
    (two meetings), a visit named after the meetings of its first days (the expert's visit), and a day trip within a
    visit whose days a later sentence gives ("whose visit ... runs from 1 to 10 December")."""
    items = _all("The UN Special Rapporteur on the right to food, Olga Mbeki-Sandoval, was received on Monday by the Governor "
                 "of Tete, Jaime Cossa-Lindberg, and on Tuesday by the Mayor of Moatize, Rosa Nhantumbo-Ek, in the first days "
                 "of a visit to Mozambique that began on 2 March and ends on 13 March.\n\nHer team said she would present her "
                 "preliminary findings in Maputo on Friday.", date(2033, 3, 9))
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    assert "Jaime Cossa-Lindberg" in meetings["2033-03-07"] and "Rosa Nhantumbo-Ek" in meetings["2033-03-08"]
    assert "Rosa Nhantumbo-Ek" not in meetings["2033-03-07"]
    visit = _events_of(items, "visit")[0]
    assert any(p["name"] == "Olga Mbeki-Sandoval" for p in visit["participants"])
    assert [e["date"] for e in _events_of(items, "press_statement")] == ["2033-03-11"]
    trip = _all("The next day the Independent Expert travelled to Balti, where he met the mayor, Ion Rusu-Lindahl, at a "
                "clinic that the town opened in October.\n\nMr. Kowalczyk-Obi, whose visit to the Republic of Moldova runs "
                "from 1 to 10 December, is expected to present preliminary observations in Chisinau on Wednesday.",
                date(2036, 12, 9))
    assert [(e["date"], e["end_date"]) for e in _events_of(trip, "visit")] == [("2036-12-01", "2036-12-10")]
    assert "2036-10-01" not in [e["date"] for e in _events_of(trip, "meeting")]
    group = _all("The Working Group on Arbitrary Detention visited two prisons on Monday.\n\nThe Working Group will share its "
                 "preliminary findings at a press conference in Tunis on 17 September.", date(2029, 9, 15))
    statement = _events_of(group, "press_statement")[0]
    assert statement["date"] == "2029-09-17"
    assert [p["name"] for p in statement["participants"]] == ["Working Group on Arbitrary Detention"]


def test_seventy_ninth_pass_provincial_press_hosts_and_titles() -> None:
    """"called on the Commissioner of X Division, Name, on Saturday" and "was welcomed by Mayor Name" are meetings;
    "Deputy Inspector General of Police, Larkana Range, Name" and "Paramount Chief Name" are titles; "She will meet the
    Minister" includes her; "the Ministry of Health's announcement of 30 December" is the Ministry's statement, without
    the possessive; "the Bonded Labour System (Abolition) Act" names a law, "the Residents' Voice" a group."""
    items = _all("The UN Special Rapporteur on slavery, Anna Kowalska-Reyes, called on the Commissioner of Sukkur Division, "
                 "Imran Shah-Lindqvist, on Saturday. On Sunday she met Deputy Inspector General of Police, Larkana Range, "
                 "Sana Abro-Eklund, who said that nine cases had been registered under the Sindh Bonded Labour System "
                 "(Abolition) Act. She will meet the Sindh Minister for Labour, Nadir Jatoi-Berg, on Thursday.",
                 date(2028, 10, 3))
    kinds = _actor_kinds(items)
    assert kinds.get("Sana Abro-Eklund") == "official" and "Sindh Bonded Labour System" not in kinds
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    assert "Imran Shah-Lindqvist" in meetings["2028-09-30"]
    assert "Anna Kowalska-Reyes" in meetings["2028-10-05"]
    hosts = _all("On Thursday the Special Rapporteur was welcomed by Makeni Mayor Lucy Kamara-Ström. Also on Thursday, "
                 "Paramount Chief Fatu Sesay-Holm hosted the rapporteur. The Makeni Residents' Voice said 40 homes had no "
                 "water. He cited the Ministry of Health's announcement of 30 December.", date(2032, 1, 8))
    kinds = _actor_kinds(hosts)
    assert kinds.get("Fatu Sesay-Holm") == "official" and kinds.get("Makeni Residents' Voice") == "ngo"
    assert "Ministry of Health" in kinds and "Ministry of Health's" not in kinds
    assert [e["date"] for e in _events_of(hosts, "meeting")] == ["2032-01-08"]
    assert "2031-12-30" in [e["date"] for e in _events_of(hosts, "press_statement")]


def test_seventy_ninth_pass_one_line_mastheads() -> None:
    """"Transylvania Ledger | Cluj | 24 August 2027" and "Sfax South Courier - Saturday 15 September 2029" name the
    paper on the line with its place and date."""
    for head, paper in (("Mures Valley Courier | Targu Mures | 24 August 2027", "Mures Valley Courier"),
                        ("Gabes Coast Courier - Saturday 15 September 2029", "Gabes Coast Courier")):
        kinds = _actor_kinds(_all(f"{head}\n\nUN experts visit prison\n\nThe experts visited the prison on Wednesday."))
        assert kinds.get(paper) == "media", head


def test_eighty_first_pass_live_blogs() -> None:
    """A live blog's entries ("Wednesday 14 March / 17:20 / The Belarus dialogue has closed", "Tuesday / 15:40 The
    dialogue on ... wrapped up") fall on the day heading them, and two dialogues with different mandates on one day
    stay two events."""
    items = _all("Council live\n\nRiverside Ledger\nUpdated 14 March 2029, 19:05\n\nWednesday 14 March\n\n17:20\nThe Belarus "
                 "dialogue has closed. The Special Rapporteur on the situation of human rights in Belarus, Ana Pereira-Holm, "
                 "said 900 people were held.\n\n10:05\nThe interactive dialogue with the Special Rapporteur on the situation "
                 "of human rights in Myanmar, Tomas Okafor-Berg, is under way.\n\nTuesday 13 March\n\n16:30 – High "
                 "Commissioner Lena Diallo-Sund gave the Council an oral update on Sri Lanka.\n")
    dialogues = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "interactive_dialogue")}
    assert len(_events_of(items, "interactive_dialogue")) == 2
    assert any("Tomas Okafor-Berg" in names for names in dialogues.values())
    assert set(dialogues) == {"2029-03-14"} or set(dialogues) == {"2029-03-14", None}
    assert [e["date"] for e in _events_of(items, "oral_update") if any("Diallo-Sund" in p["name"] for p in e["participants"])] == [
        "2029-03-13"]
    diary = _all("Council diary\n\nTuesday\n\n15:40 The interactive dialogue on Afghanistan with the Special Rapporteur on the "
                 "situation of human rights in Afghanistan wrapped up after a long afternoon.\n", date(2034, 3, 8))
    assert [e["date"] for e in _events_of(diary, "interactive_dialogue")] == ["2034-03-07"]


def test_eighty_first_pass_editorials_and_letters() -> None:
    """"EDITORIAL / The Kampala Beacon | Monday, 14 May 2029" names the paper; a body's initials ("The UHRC registered
    ...") after its full name are that body; "The annual report that the Commission laid before Parliament on Thursday"
    is a report; a letter that opens "Sir," is press, signed by the person under its last paragraph, whose own figures
    make a claim apart from the figure the letter disputes."""
    items = _all("EDITORIAL\nThe Kampala Beacon | Monday, 14 May 2029\n\nThe annual report that the Uganda Human Rights "
                 "Commission laid before Parliament on Thursday makes grim reading.\n\nThe UHRC registered 1,214 complaints "
                 "of torture in 2028.\n")
    assert _actor_kinds(items).get("The Kampala Beacon") == "media"
    counts = _count_claimants(items)
    assert counts[1214] == "Uganda Human Rights Commission"
    assert [e["date"] for e in _events_of(items, "report")] == ["2029-05-10"]
    letter = Document.from_text("RIGHT OF REPLY\nThe Harbour Chronicle\n9 March 2033\n\nSir, Your article on the Universal "
                                "Periodic Review of Laos relied on the Delta Rights Collective, which claimed that Laos had noted 95 recommendations. That figure is wrong."
                                "\n\nAt its review in January, Laos received 241 recommendations. Of these, 180 enjoy the "
                                "support of the Government. The remaining 61 were noted.\n\nSomsak Vongsa-Pemberton\nAmbassador "
                                "of the Lao People's Democratic Republic to Australia\nCanberra\n")
    assert recognise_press(letter) == "press"
    letter.kind = "press"
    tallies = [i.to_dict() for i in extract_press(letter) if i.kind == "claim" and i.claim_type == "response_tally"]
    own = next(t for t in tallies if t["claimant"]["name"] == "Somsak Vongsa-Pemberton")
    assert (own["total"], own["supportive"], own["critical"]) == (241, 180, 61)
    assert [t["critical"] for t in tallies if t["claimant"]["name"] == "Delta Rights Collective"] == [95]


def test_eighty_first_pass_end_of_mission_statements() -> None:
    """"END OF MISSION STATEMENT" over the mandate line is the holder's statement of the day it is dated, and the visit
    his; a "Meetings held" list of "- Title, Mr. Name (18 June)" lines is one meeting each; "Over twelve days I
    travelled" gives the visit's length."""
    items = _all("END OF MISSION STATEMENT\n\nSpecial Rapporteur on the right to health, Mr. Tomas Lindahl-Okoye\nOfficial "
                 "visit to Armenia\nYerevan, 28 June 2030\n\nI thank the Government for its invitation during my visit, which "
                 "began on 17 June. Over twelve days I travelled to Yerevan and Gyumri.\n\nMeetings held\n\n- Minister of "
                 "Health, Ms. Anna Petrosyan-Berg (18 June)\n- Speaker of Parliament, Mr. Aram Harutyunyan-Lund (20 June)\n")
    statement = _events_of(items, "press_statement")[0]
    assert statement["date"] == "2030-06-28" and [p["name"] for p in statement["participants"]] == ["Tomas Lindahl-Okoye"]
    visit = _events_of(items, "visit")[0]
    assert (visit["date"], visit["end_date"]) == ("2030-06-17", "2030-06-28")
    assert any(p["name"] == "Tomas Lindahl-Okoye" for p in visit["participants"])
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    assert "Anna Petrosyan-Berg" in meetings["2030-06-18"] and "Aram Harutyunyan-Lund" in meetings["2030-06-20"]


def test_eighty_second_pass_parliamentary_records() -> None:
    """Answers in a parliament's record are the answering member's: "Hon Name (Minister of Justice) replied:" and, in
    Malaysia's Hansard, "The Minister in the Prime Minister's Department (...) [Datuk Seri Name]:"; "DEWAN RAKYAT" over
    the record is the chamber; an estimates hearing lists "Senators A, B, C" and the department in capitals; a plan
    "presented ... to the House of Representatives on 14 December" is a report."""
    reply = _all("New Zealand Parliament\nWritten Parliamentary Question 512 (2032)\nPublished: 11 January 2033\n\nReply\nHon "
                 "Aroha Whitcombe-Tane (Minister of Justice) replied:\n\nNew Zealand received 268 recommendations at its "
                 "Universal Periodic Review. The Government supported 189 of them and noted 79.\n\nThe Government presented "
                 "its national plan for the supported recommendations to the House of Representatives on 14 December.\n")
    tally = next(c for c in reply if c["kind"] == "claim" and c["claim_type"] == "response_tally")
    assert tally["claimant"]["name"] == "Aroha Whitcombe-Tane"
    assert [e["date"] for e in _events_of(reply, "report")] == ["2032-12-14"]
    hansard = _all("DEWAN RAKYAT\nOFFICIAL REPORT\nThursday, 27 April 2028\n\nTuan Faisal Idris-Lund [Klang] asked the Prime "
                   "Minister about the Universal Periodic Review.\n\nThe Minister in the Prime Minister's Department (Law) [Datuk "
                   "Seri Nurul Hashim-Berg]: Tuan Speaker, Malaysia received 290 recommendations and accepted 204 of them and "
                   "noted 86.\n")
    kinds = _actor_kinds(hansard)
    assert kinds.get("Dewan Rakyat") == "government_body" and kinds.get("Faisal Idris-Lund") == "official"
    tally = next(c for c in hansard if c["kind"] == "claim" and c["claim_type"] == "response_tally")
    assert tally["claimant"]["name"] == "Nurul Hashim-Berg"
    estimates = _all("SENATE\nESTIMATES\nWEDNESDAY, 24 OCTOBER 2035\n\nMembers in attendance: Senators Harriet Okoye-Banks, "
                     "Declan Moss-Okafor, Mei Ling Tran-Ahn.\n\nDEPARTMENT OF FOREIGN AFFAIRS AND TRADE\n\nIn attendance: Ms "
                     "Carys Lind-Mahony, First Assistant Secretary\n")
    kinds = _actor_kinds(estimates)
    assert kinds.get("Department of Foreign Affairs and Trade") == "government_body"
    assert kinds.get("Declan Moss-Okafor") == "official" and kinds.get("Carys Lind-Mahony") == "official"
    assert "Ms Carys Lind-Mahony" not in kinds


def test_eighty_second_pass_regional_bodies_and_members() -> None:
    """"elected Name, a former judge, as Commissioner" is an election the person takes part in; "at a panel organised
    by" a committee is a meeting; "found in a decision made public on Monday", "in a mid-term assessment submitted to the
    committee last month" and "concluding observations ..., adopted in September last year" are reports; "held a
    public hearing in Washington" is a meeting; "Opposition MP Name", "Professor Name" and "Hon. Name, representing ..."
    are people; "The Group of Human Rights Experts was backed by 24 of the 31" is criticism of the State."""
    items = _all("STRASBOURG, 22 April 2032 - The Assembly on Tuesday elected Ilse Marek-Achebe, a former judge, as "
                 "Commissioner for Human Rights. The following day she joined the OSCE Representative, Ruslan Dahl-Okoro, at a "
                 "panel organised by the Committee on Culture. The European Committee of Social Rights found Ireland in "
                 "breach in a decision made public on Monday. In its concluding observations on Ireland, adopted in September "
                 "last year, the Committee on the Elimination of Discrimination against Women urged action.")
    elections = _events_of(items, "election")
    assert elections and any(p["name"] == "Ilse Marek-Achebe" for p in elections[0]["participants"])
    assert [e["date"] for e in _events_of(items, "meeting")] == ["2032-04-21"]
    assert {e["date"] for e in _events_of(items, "report")} >= {"2032-04-19", "2031-09-01"}
    members = _all("ABUJA, 7 January 2037 - The Special Rapporteur, Professor Maite Ude-Obi, visited Nigeria last year. Hon. "
                   "Fatima Bello-Rask, representing Kano Municipal, asked why. Opposition MP Daniel Okello-Vang said 42 people "
                   "were held. The National Human Rights Commission, in a mid-term assessment submitted to the committee last "
                   "month, found that 29 recommendations were implemented. The day after, the Inter-American Commission on "
                   "Human Rights held a public hearing in Washington on detainees.")
    kinds = _actor_kinds(members)
    assert {"Maite Ude-Obi", "Fatima Bello-Rask", "Daniel Okello-Vang"} <= set(kinds) and "Professor Maite Ude-Obi" not in kinds
    assert "2036-12-01" in [e["date"] for e in _events_of(members, "report")]
    assert _events_of(members, "meeting")
    backed = _claims("The Group of Human Rights Experts on Nicaragua was backed by 24 of the 31 delegations that took the floor "
                     "in the interactive dialogue on Monday, while seven sided with the Government of Nicaragua, according to "
                     "a group.", date(2030, 3, 21))
    tally = next(c for c in backed if c["claim_type"] == "tally")
    assert (tally["supportive"], tally["critical"]) == (7, 24)


def test_eighty_third_pass_un_releases_and_mandates() -> None:
    """"GENEVA (5 March 2030) – ..., UN experts said today." is a press statement of that day; "Name, who took up the
    mandate last year" holds the mandate named before, and the mandate's figures are hers; "Figures released on 20 June
    by the UN Assistance Mission" are a report; "received the head of the OHCHR office" is a meeting."""
    items = _all("GENEVA (5 March 2030) – The detention of the lawyer Ana Ruiz-Holm is arbitrary, UN experts said today.",
                 date(2030, 3, 5))
    assert [e["date"] for e in _events_of(items, "press_statement")] == ["2030-03-05"]
    holder = _all("UN News\n2 July 2030\n\nAn estimated 1.2 million girls are out of school, the Special Rapporteur on the "
                  "situation of human rights in Afghanistan told the Human Rights Council on Thursday.\n\nLena Okafor-Sund, "
                  "who took up the mandate last year, said the ban was widening. Figures released on 20 June by the UN "
                  "Assistance Mission in Afghanistan point the same way. On 17 June, the Foreign Minister, Yara Diaz-Holm, "
                  "received the head of the OHCHR office, Tom Berg-Oduya, in Kabul.")
    counts = _count_claimants(holder)
    assert counts[1200000] == "Lena Okafor-Sund"
    assert "2030-06-20" in [e["date"] for e in _events_of(holder, "report")]
    assert "2030-06-17" in [e["date"] for e in _events_of(holder, "meeting")]


def test_eighty_third_pass_bodies_and_votes() -> None:
    """"NATIONAL HUMAN RIGHTS INSTITUTE (INDH)" over a release is the institution, not a wire; "the Human Rights
    Commission of the Senate" is a chamber's committee; "28 members of the Council refused to support" after the vote
    that renewed a mandate counts the vote again, no dialogue tally."""
    kinds = _actor_kinds(_all("NATIONAL HUMAN RIGHTS INSTITUTE (INDH)\nRepublic of Chile\n\nSantiago, 5 March 2029\n\nOn 22 "
                              "January the INDH presented its report to the Human Rights Commission of the Senate.\n"))
    assert kinds.get("National Human Rights Institute") == "nhri" and "INDH" not in kinds
    assert kinds.get("Human Rights Commission of the Senate") == "government_body"
    vote = _claims("CARACAS, 31 December 2029 - On 5 October, the Human Rights Council renewed the mandate of the fact-finding "
                   "mission by 19 votes in favour, 6 against and 22 abstentions. Venezuela notes that 28 members of the "
                   "Council refused to support this politicised mechanism.", date(2029, 12, 31))
    assert not [c for c in vote if c["claim_type"] == "tally"]


def test_eighty_fourth_pass_briefings_and_bylines() -> None:
    """"Of the 53 delegations that spoke, 31 recited a script ..., while 22 spoke up for dialogue" gives 31 to the other
    side; "official representative Name said at a briefing on Wednesday" is a statement to the press; "By Name | The X
    Chronicle | Sunday 12 October 2031" names the paper; briefing notes under "Spokesperson for ...: Name" are the
    spokesperson's, dated by their heading, and "will brief the Council on Tuesday" is an oral update."""
    items = _all("MOSCOW, 22 September 2033 (Neva Information Agency) - Foreign Ministry official representative Olga "
                 "Sorokina-Berg said at a briefing on Wednesday that the dialogue on Russia held on Tuesday was a ritual.\n\n"
                 "\"Of the 53 delegations that spoke, 31 recited a script written in Brussels, while 22 spoke up for dialogue "
                 "and against the politicisation of the Council,\" Sorokina-Berg told journalists.\n")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (53, 22, 31)
    assert [e["date"] for e in _events_of(items, "press_statement")] == ["2033-09-21"]
    assert _actor_kinds(items).get("Neva Information Agency") == "media"
    byline = _all("THE READERS' EDITOR\n\nGetting the numbers right\n\nBy Chola Banda-Hart | The Kafue Chronicle | Sunday 12 "
                  "October 2031\n\nOur report on the dialogue was wrong.\n")
    assert _actor_kinds(byline).get("The Kafue Chronicle") == "media"
    notes = _all("UNITED NATIONS GENEVA\nPRESS BRIEFING NOTES\n\nSpokesperson for the UN High Commissioner for Human Rights: "
                 "Pierre Osei-Lund\nDate: 26 September 2036\n\nWe are concerned at the arrest of 214 people in Puno.\n\nThe "
                 "High Commissioner will brief the Human Rights Council on the situation in Sudan on Tuesday.\n")
    statement = _events_of(notes, "press_statement")[0]
    assert statement["date"] == "2036-09-26" and [p["name"] for p in statement["participants"]] == ["Pierre Osei-Lund"]
    counts = _count_claimants(notes)
    assert counts[214] == "Pierre Osei-Lund"
    assert [e["date"] for e in _events_of(notes, "oral_update")] == ["2036-09-30"]


def test_eighty_fifth_pass_ministry_releases_and_briefings() -> None:
    """A ministry's "PRESS RELEASE" about a minister's statement is press; "addressed the High-Level Segment of the Human
    Rights Council" is an address; a list under "held bilateral meetings with:" is a meeting a line; a briefing
    transcript under "Spokesperson: Name" is the spokesperson's, its questioners' outlets in brackets ("Q (Nile Current
    FM):"), and "In a post on X on Monday, the Commission said" is the Commission's statement."""
    release = Document.from_text("MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\nJakarta, 26 February 2031\n\nForeign Minister "
                                 "delivers Indonesia's statement at the High-Level Segment\n\nForeign Minister Dewi Santoso-Berg "
                                 "addressed the High-Level Segment of the Human Rights Council in Geneva on Monday, 24 February "
                                 "2031.\n\nOn the sidelines of the session, the Foreign Minister held bilateral meetings with:\n\n"
                                 "- the President of the Human Rights Council, Ambassador Omar Lind-Okoro, on 24 February;\n- the "
                                 "Special Rapporteur on the human rights of migrants, Paula Rezai-Holm, on 25 February.\n")
    assert recognise_press(release) == "press"
    release.kind = "press"
    items = [i.to_dict() for i in extract_press(release)]
    assert [e["date"] for e in _events_of(items, "oral_update")] == ["2031-02-24"]
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    assert {"Dewi Santoso-Berg", "Paula Rezai-Holm"} <= set(meetings["2031-02-25"])
    briefing = _all("MINISTRY OF FOREIGN AFFAIRS\nTranscript of the weekly media briefing\nJuba, 14 March 2035\n\nSpokesperson: "
                    "Ms. Achol Deng-Berg, Director of Information\n\nQ (Nile Current FM): In a post on X on Monday, the Commission "
                    "on Human Rights in South Sudan said that 1,047 civilians were killed. What is your response?\n\nA: Our "
                    "services recorded 311 deaths in those states.\n")
    assert _actor_kinds(briefing).get("Nile Current FM") == "media"
    statements = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(briefing, "press_statement")}
    assert "Achol Deng-Berg" in statements["2035-03-14"]
    assert "2035-03-12" in statements
    counts = _count_claimants(briefing)
    assert counts[311] == "Achol Deng-Berg"


def test_eighty_fifth_pass_trackers_and_members() -> None:
    """"The Andean Rights Observatory (ARO) today released its civil society mid-term assessment" makes the release the
    Observatory's and is a report; "the Government's own mid-term report, submitted by the Ministry of Justice and Human
    Rights to the Office of the High Commissioner on 18 December" is the Ministry's report, its name whole; a member's
    "SUHAKAM recorded 19 deaths" is SUHAKAM's figure."""
    items = _all("PRESS RELEASE\nLima, 8 January 2030\n\nTracker finds slow progress\n\nThe Andean Rights Observatory (ARO) today "
                 "released its civil society mid-term assessment of Peru's implementation of its Universal Periodic Review "
                 "recommendations. ARO found 35 recommendations fully implemented.\n\nThe Government's own mid-term report, "
                 "submitted by the Ministry of Justice and Human Rights to the Office of the High Commissioner for Human "
                 "Rights on 18 December, claims full implementation of 71 recommendations.\n")
    reports = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "report")}
    assert "Andean Rights Observatory" in reports["2030-01-08"]
    assert "Ministry of Justice and Human Rights" in reports["2029-12-18"]
    assert _actor_kinds(items).get("Ministry of Justice and Human Rights") == "government_body"
    member = _claims("DEWAN RAKYAT\nOFFICIAL REPORT\nThursday, 27 April 2028\n\nTuan Haris Lim-Berg [Bayan Baru]: Supplementary "
                     "question. SUHAKAM recorded 19 deaths in custody last year. When will the commission begin work?\n")
    assert [c["claimant"]["name"] for c in member if c["claim_type"] == "count" and c["value"] == 19] == ["SUHAKAM"]


def test_eighty_sixth_to_eighty_eighth_pass_offices_and_institutions() -> None:
    """A release under its body's name in its own language ("COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS - MÉXICO") is the
    body the text names by those initials ("(CNDH)"), or by its English name on the next line; "UN HUMAN RIGHTS OFFICE IN
    COLOMBIA" over a digest is the Office's; "the Representative of the Office, Name" has that title; "SPT member Name"
    is a member; "In its annual report for 2029, tabled in the National Assembly in July" is a report; "the announcement
    by the Ministry of Foreign Affairs on Monday" is the Ministry's statement."""
    native = _claims("COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS - MÉXICO\nPress release\nMexico City, 15 September 2037\n\nThe "
                     "National Human Rights Commission (CNDH) has issued a Recommendation.\n\nIn the first half of 2037 the "
                     "CNDH received 1,187 complaints.\n", date(2037, 9, 15))
    assert [c["claimant"]["name"] for c in native if c["claim_type"] == "count"] == ["National Human Rights Commission"]
    digest = _all("UN HUMAN RIGHTS OFFICE IN BOLIVIA\nMonthly Digest - April 2037\nLa Paz, 7 May 2037\n\nKEY FIGURES\n- The "
                  "Office verified the killings of 9 defenders in April.\n\nOn Tuesday, the Representative of the Office, Ines "
                  "Kask-Mamani, met the Minister of Justice, Ana Quispe-Lund.\n")
    counts = _count_claimants(digest)
    assert counts[9] == "UN Human Rights Office in Bolivia"
    assert _actor_kinds(digest).get("Ines Kask-Mamani") == "official"
    bilingual = _all("SURUHANJAYA HAK ASASI MANUSIA MALAYSIA\nHUMAN RIGHTS COMMISSION OF MALAYSIA\n\nMEDIA STATEMENT\nKuala "
                     "Lumpur, 5 November 2031\n\nThe Human Rights Commission of Malaysia (SUHAKAM) welcomes the announcement by "
                     "the Ministry of Foreign Affairs on Monday that the Government has invited the Special Rapporteur.\n\nDuring "
                     "its monitoring visits in 2030, SUHAKAM found 9,842 detainees.\n\nA delegation led by SPT member Kofi "
                     "Dankwa-Berg met the Commission. In its annual report for 2029, tabled in the National Assembly in July, the "
                     "Commission said 512 inmates were held.\n")
    counts = _count_claimants(bilingual)
    assert counts[9842] == "Human Rights Commission of Malaysia"
    assert "2031-11-03" in [e["date"] for e in _events_of(bilingual, "press_statement")]
    assert "2031-07-01" in [e["date"] for e in _events_of(bilingual, "report")]
    assert _actor_kinds(bilingual).get("Kofi Dankwa-Berg") == "official"


def test_eighty_sixth_to_eighty_ninth_pass_submissions_and_summaries() -> None:
    """"By our platform's count" is the platform's; "According to the assessment" is whoever published the assessment;
    "submitted the Government's own voluntary mid-term report to the Office last month", "acknowledged in a report to the
    Senate on 28 August" and "sent its joint submission" are reports; in a summary of votes, "Canada, introducing the draft
    on Iran, said", "Brazil, explaining its abstention, said" and "China, speaking in explanation of vote before the vote,
    said" are statements; the General Assembly's "Third Committee" is a UN body."""
    items = _all("JAKARTA, 15 November 2028 - Indonesia has implemented only 48 recommendations, according to a mid-term "
                 "shadow assessment published yesterday by Nusantara Rights Watch, a coalition of NGOs.\n\nAccording to the "
                 "assessment, Indonesia received 269 recommendations at its Universal Periodic Review, supported 205 and noted "
                 "64.\n\nThe Ministry of Foreign Affairs submitted the Government's own voluntary mid-term report to the Office "
                 "of the High Commissioner for Human Rights last month.\n")
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "response_tally")
    assert tally["claimant"]["name"] == "Nusantara Rights Watch"
    assert {"2028-11-14", "2028-10-01"} <= {e["date"] for e in _events_of(items, "report")}
    platform = _claims("Last month, the Zomba Stakeholders' UPR Platform sent its joint submission for Malawi's Universal "
                       "Periodic Review to Geneva. By our platform's count, Malawi accepted 156 of the 199 recommendations it "
                       "received and noted 43.", date(2036, 3, 5))
    assert [c["claimant"]["name"] for c in platform if c["claim_type"] == "response_tally"] == ["Zomba Stakeholders' UPR Platform"]
    items = _all("GENERAL ASSEMBLY\nTHIRD COMMITTEE\n\nMeeting coverage - 17 November 2033\n\nThe Third Committee "
                 "today approved draft resolutions on Iran and Syria.\n\nCanada, introducing the draft on Iran, "
                 "said that the text was based on the report of the Secretary-General.\n\nCuba, speaking in "
                 "explanation of vote before the vote, said that it would vote against.\n\nBrazil, explaining its "
                 "abstention, said that it shared concerns.\n")
    speakers = {s["speaker"]["name"] for s in items if s["kind"] == "statement" and s.get("speaker")}
    assert {"Canada", "Cuba", "Brazil"} <= speakers
    assert _actor_kinds(items).get("Third Committee") == "un_mechanism"


def test_ninetieth_pass_figures_and_bulletins_published() -> None:
    """"The Statistics Center put out its half-year figures on Monday" and "The Central Bank's own bulletin, published
    last week, shows ..." are reports."""
    items = _all("Five numbers\n\nThe Cabinet's Information and Decision Support Center put out its half-year figures on "
                 "Monday. The Central Bank's own bulletin, published last week, shows activity contracting.", date(2029, 6, 20))
    dates = {e["date"] for e in _events_of(items, "report")}
    assert "2029-06-18" in dates and "2029-06-11" in dates


def test_ninety_second_pass_summary_speakers_run_on_through_their_paragraph() -> None:
    """In a UN meeting summary the expert's paragraph is reported speech: "Presenting her report, Ms. Name said ...
    Gang violence had killed 4,210 people" is hers, and so is a figure after "Ms. Name, presenting her annual report,
    said", "Mr. Name, who visited A, B and C last month, said" or "She welcomed X and said"; a second speaker named in
    the paragraph ("Action for Peace said that 58 per cent") keeps the figure."""
    items = _all("Council holds dialogue with Independent Expert on Haiti\n\nMeeting summary\n\nGENEVA, 18 March 2036 - The "
                 "Human Rights Council this afternoon held an interactive dialogue with the Independent Expert on the "
                 "situation of human rights in Haiti, Odile Grimaldi-Varga, during its ninety-first session.\n\nPresenting "
                 "her report, Ms. Grimaldi-Varga said that the courts were close to collapse. Gang violence had killed 4,210 "
                 "people in 2035.\n\nMs. Grimaldi-Varga, presenting her annual report, said that 212 prisoners had died. She "
                 "welcomed the support of the police mission and said that 5 new trials had opened.\n\nHaiti, speaking as the "
                 "country concerned, said that elections would be held. Action for Peace said that 58 per cent of families had "
                 "no water.\n")
    claimants = _count_claimants(items)
    assert claimants[4210.0] == claimants[212.0] == claimants[5.0] == "Odile Grimaldi-Varga"
    (share,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "rate"]
    assert share["claimant"]["name"] == "Action for Peace"
    assert not [e for e in _events_of(items, "meeting") if e["evidence"]["quote"] == "Meeting summary"]
    visited = _claims("GENEVA, 2 October 2029 - The Council held a dialogue with the Independent Expert on Somalia, Rafael "
                      "Quispe-Holm.\n\nMr. Quispe-Holm, who visited Mogadishu, Baidoa and Garowe last month, said that 1,904 "
                      "casualties had been recorded. In her report to the Council the Chair, Ana Lind-Obi, noted delays. In "
                      "her report she said that her team had documented 517 violations.", date(2029, 10, 2))
    assert {c["value"]: c["claimant"]["name"] for c in visited} == {1904.0: "Rafael Quispe-Holm", 517.0: "Ana Lind-Obi"}


def test_ninety_second_pass_transcripts_labels_and_the_bodies_speakers_cite() -> None:
    """A press conference's transcript: "SPECIAL RAPPORTEUR (Name):" is the mandate holder, who holds the conference
    the heading names on the transcript's day and took part in what "I visited", "I met" say; an anchor's "The
    Defensoría counts 194 conflicts" is the body's count, but a commission's chair saying "The Commission registered
    1,240 complaints" gives her own figure; "Minister, you met the Special Rapporteur on Tuesday" is a meeting of the
    one who answers next."""
    items = _all("TRANSCRIPT: END-OF-VISIT PRESS CONFERENCE\nUN Special Rapporteur on the right to food\nLima, 20 May 2037\n\n"
                 "MODERATOR (United Nations Information Centre): Welcome.\n\nSPECIAL RAPPORTEUR (Nadia Ferreira-Holm): Today I "
                 "conclude a ten-day official visit to Peru. I visited 14 markets. I met the President of the Republic, Ana "
                 "Quispe-Lund, on Friday.\n\nQ (Radio Andina): The Defensoría del Pueblo counts 194 conflicts. Do you agree?\n\n"
                 "FERREIRA-HOLM: Yes.\n")
    holder = "Nadia Ferreira-Holm"
    assert any(a["actor"]["name"] == holder and a["actor"]["title"] == "Special Rapporteur on the right to food"
               for a in items if a["kind"] == "actor")
    (conference,) = _events_of(items, "press_statement")
    assert conference["date"] == "2037-05-20" and [p["name"] for p in conference["participants"]] == [holder]
    (meeting,) = _events_of(items, "meeting")
    assert [p["name"] for p in meeting["participants"]][:2] == [holder, "Ana Quispe-Lund"]
    assert _count_claimants(items) == {14.0: holder, 194.0: "Defensoría del Pueblo"}
    interview = _all("NEWSLINE - Savannah TV\nNairobi, 15 June 2029\n\nANCHOR (Wanjiru Oduya): The UN Special Rapporteur on "
                     "the rights to freedom of peaceful assembly and of association, Ines Varga-Holm, ends a twelve-day visit "
                     "to Kenya tomorrow. With me is the Cabinet Secretary for Interior, Joseph Kiprono-Lund. Cabinet "
                     "Secretary, you met the Special Rapporteur on Tuesday. How did it go?\n\nKIPRONO-LUND: It was frank.\n\n"
                     "ANCHOR: The Kenya National Commission on Human Rights counts 19 deaths.\n\nKIPRONO-LUND: We will see.\n")
    (visit,) = _events_of(interview, "visit")
    assert (visit["date"], visit["end_date"]) == ("2029-06-05", "2029-06-16")
    (talks,) = _events_of(interview, "meeting")
    assert talks["date"] == "2029-06-12"
    assert [p["name"] for p in talks["participants"]] == ["Joseph Kiprono-Lund", "Ines Varga-Holm"]
    assert "Special Rapporteur on Tuesday" not in _actor_kinds(interview)
    own = _all("Radio Kathmandu\n4 May 2030\n\nHOST: With me is the Chairperson of the National Human Rights Commission, "
               "Top Rai-Lund.\n\nRAI-LUND: The National Human Rights Commission registered 1,240 complaints last year.\n\nHOST: "
               "Thank you.\n")
    assert _count_claimants(own) == {1240.0: "Top Rai-Lund"}


def test_ninety_third_pass_people_named_again_and_long_titles() -> None:
    """"Minister Name said", "According to Ms. Name, her office received" and "Introducing the report, Name,
    Secretary-General of X and head of the delegation, said" are that person's figures (not the delegation's)."""
    items = _claims("ASUNCION, 3 May 2031 (Diario Guarani) - Paraguay's Minister of Justice, Ana Benitez-Holm, met the "
                    "Special Rapporteur on torture on Monday.\n\nMinister Benitez-Holm said the new prison would take 1,200 "
                    "inmates.\n\nAccording to Ms. Benitez-Holm, her office received 3,870 complaints in 2030.\n\nIntroducing the "
                    "report, Suha Haddad-Lind, Secretary-General of the Jordanian National Commission for Women and head of the "
                    "delegation, said that 1,460 survivors had been sheltered.", date(2031, 5, 3))
    assert {c["value"]: c["claimant"]["name"] for c in items} == {
        1200.0: "Ana Benitez-Holm", 3870.0: "Ana Benitez-Holm", 1460.0: "Suha Haddad-Lind"}


def test_ninety_third_pass_high_level_segment_and_translated_outlets() -> None:
    """A summary of the high-level segment: each dignitary's turn is an address (oral update) that day. A translated
    item names its outlet after the dateline ("CITY, date - Outlet (translated from ...)"), inside the dateline's
    brackets ("(Outlet - translated from ...)") or over a "Translated from" line; a dateline city may carry any
    Latin letters ("CHIȘINĂU")."""
    items = _all("Meeting summary\n\nHUMAN RIGHTS COUNCIL CONTINUES HIGH-LEVEL SEGMENT\n\n27 February 2036\n\nThe Human "
                 "Rights Council this morning continued the high-level segment of its ninety-first session.\n\nRosa "
                 "Villalobos-Lund, Minister of Foreign Affairs of Chile, said that truth was a duty.\n\nGhana's Minister for "
                 "Foreign Affairs, Efua Asante-Holm, said that Ghana had abolished the death penalty.\n")
    addresses = {(e["date"], e["participants"][0]["name"]) for e in _events_of(items, "oral_update")}
    assert addresses == {("2036-02-27", "Rosa Villalobos-Lund"), ("2036-02-27", "Efua Asante-Holm")}
    assert _events_of(items, "meeting") == []
    for text, outlet in (
        ("Ministry meets UN office\n\nULAANBAATAR, 5 January 2029 - Tuul River Courier (translated from Mongolian)\n\n"
         "The Minister of Justice met the Resident Coordinator.", "Tuul River Courier"),
        ("Plan agreed\n\nANTANANARIVO, 21 November 2030 (Tribune du Lac - translated from Malagasy)\n\nThe Minister of "
         "Justice met the Representative.", "Tribune du Lac"),
        ("PRUT HILLS NEWS AGENCY\nSociety | Justice\nTranslated from Romanian\n\nJustice Minister meets UN adviser\n\nThe "
         "minister met the adviser on Monday.", "Prut Hills News Agency"),
        ("Vote confirmed\n\nCHIȘINĂU, 15 February 2036 (Prut Lantern) - The Constitutional Court on Tuesday confirmed the "
         "result.", "Prut Lantern"),
    ):
        assert _actor_kinds(_all(text)).get(outlet) == "media", text


def test_ninety_fifth_pass_releases_and_joint_statements_take_their_day() -> None:
    """"Press release" over a release's date is a statement that day; "In a joint statement, the Special Rapporteur
    on ..., Name, ... said" is the experts' statement of the day the lead says they spoke ("Three UN experts on
    Thursday urged ..."); "GENEVA / CITY (date) – UN experts today called on ..." is a release of that day."""
    release = _all("Press release\nSpecial Procedures\n11 February 2031\n\nRuritania: UN experts urge release of seven "
                   "lawyers\n\nGENEVA - UN experts today urged Ruritania to release seven lawyers jailed on Monday.\n")
    assert "2031-02-11" in {e["date"] for e in _events_of(release, "press_statement")}
    joint = _all("UN experts press Dhaka to halt evictions\n\nDHAKA, 9 June 2029 (River Ledger) - Three UN human rights "
                 "experts on Thursday urged Bangladesh to suspend demolitions along the river.\n\nIn a joint statement, the "
                 "Special Rapporteur on adequate housing, Tamsin Achter-Lund, and the Special Rapporteur on extreme poverty "
                 "and human rights, Rafael Nwachu-Holm, said some 4,800 families had lost their homes.\n")
    assert [e["date"] for e in _events_of(joint, "press_statement")] == ["2029-06-07"]
    twin = _all("Honduras: UN experts urge law on defenders\n\nGENEVA / TEGUCIGALPA (16 May 2034) – UN experts today called on "
                "Honduras to adopt a protection law for human rights defenders.\n")
    assert "2034-05-16" in {e["date"] for e in _events_of(twin, "press_statement")}


def test_ninety_fifth_pass_committee_hearings_are_meetings() -> None:
    """A minister before a parliamentary committee meets it: "Members of the Committee on Sunday questioned the
    Minister ...", "had appeared before the same committee four days earlier", "took oral evidence from", "received a
    briefing from", "The committee had first summoned the minister in November last year" (the minister named
    before). A hearing's record names its committee in capitals under the parliament, its witness on a "Witness:" line
    and its members by "HON. NAME (Constituency):"."""
    items = _all("MPs press Justice Secretary on review pledges\n\nNAIROBI, 15 March 2029 (Lake Ledger) - Members of the "
                 "National Assembly's Departmental Committee on Justice and Legal Affairs on Tuesday pressed the Minister "
                 "of Justice, Wanjiru Kamau-Lund, to explain the delays.\n\nThe Kenya National Commission on Human "
                 "Rights (KNCHR) had appeared before the same committee four days earlier.\n\nThe committee had first summoned "
                 "the minister in November last year.\n")
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    committee = "National Assembly's Departmental Committee on Justice and Legal Affairs"
    assert committee in meetings["2029-03-13"] and "Wanjiru Kamau-Lund" in meetings["2029-03-13"]
    assert meetings["2029-03-09"] == ["Kenya National Commission on Human Rights", committee]
    assert "Wanjiru Kamau-Lund" in meetings["2028-11-01"]
    evidence = _all("The Joint Committee on Human Rights on Wednesday took oral evidence from Lord Pemberton-Holm, Minister of "
                    "State at the Ministry of Justice.", date(2031, 6, 20))
    assert [e["date"] for e in _events_of(evidence, "meeting")] == ["2031-06-18"]
    record = _all("PARLIAMENT OF MALAWI\nLEGAL AFFAIRS COMMITTEE\n\nVERBATIM RECORD OF PROCEEDINGS\nTuesday, 27 November 2029\n\n"
                  "Witness: Hon. Chikondi Banda-Lund, MP, Minister of Justice\n\nTHE CHAIRPERSON (Hon. Tiyamike Gondwe-Holm): "
                  "Welcome.\n\nTHE MINISTER OF JUSTICE (Hon. Banda-Lund): Malawi received 189 recommendations at its review, of which 151 "
                  "were supported and 38 were noted.\n\nHON. MPHATSO KALUA-LIND (Zomba Central): Why so slow?\n")
    people = {a["actor"]["name"]: a["actor"].get("title") for a in record if a["kind"] == "actor" and a["actor"].get("kind") == "official"}
    assert people == {"Chikondi Banda-Lund": "Minister of Justice", "Tiyamike Gondwe-Holm": "Chairperson", "Mphatso Kalua-Lind": None}
    assert _actor_kinds(record).get("Legal Affairs Committee") == "government_body"
    assert _count_claimants(record)[189.0] == "Chikondi Banda-Lund"


def test_ninety_sixth_pass_ngo_statements_and_the_counts_they_cite() -> None:
    """An NGO statement's "Speaker: X Trust, on behalf of the Y Alliance" is X's, for Y; "Statement by the Uganda Human
    Rights Commission on behalf of the Network ..." under the forum's lines is the Commission's, and "the institutions
    of our network recorded 318 cases" the network's figure; "By UNESCO's estimate, 1.4 million girls" is UNESCO's."""
    items = _all("Human Rights Council – 89th session\nItem 2 – Oral update of the High Commissioner on the situation of human "
                 "rights in Afghanistan\n\nJoint NGO statement\nSpeaker: Kabul Girls' Learning Trust, on behalf of the Afghan "
                 "Women's Study Alliance\nGeneva, 27 June 2035\n\nMadam President,\n\nBy UNESCO's estimate, 1.4 million "
                 "girls are now denied schooling. Our own helpline received 2,904 calls.\n")
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["name"] == "Kabul Girls' Learning Trust"
    assert statement["on_behalf_of"]["name"] == "Afghan Women's Study Alliance"
    assert _count_claimants(items) == {1400000.0: "UNESCO", 2904.0: "Kabul Girls' Learning Trust"}
    items = _all("Human Rights Council\n94th session, item 3\nInteractive dialogue with the Special Rapporteur on the situation "
                 "of human rights defenders\n10 March 2037\n\nStatement by the Uganda Human Rights Commission on behalf of "
                 "the Network of African National Human Rights Institutions (NANHRI)\n\nMr. President,\n\nIn 2036, the "
                 "institutions of our network recorded 318 cases of reprisals against defenders.\n")
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["name"] == "Uganda Human Rights Commission"
    assert _count_claimants(items)[318.0].startswith("Network of African National Human Rights Institutions")


def test_ninety_sixth_pass_briefing_notes_and_bodies_named_with_their_country() -> None:
    """In a briefing note, "according to the quarterly report of the United Nations Integrated Office in Haiti (BINUH)"
    is that office's figure (its name not cut at "in Haiti"), and so is "..., BINUH found."; the acronym in its own
    brackets is the office too; "The Independent Expert ..., Name, was in Port-au-Prince from 15 to 19 December" is a
    visit."""
    items = _all("PRESS BRIEFING NOTES\nUN Human Rights Office\nSpokesperson: Mirela Kowal-Adebayo\nGeneva, 6 January 2031\n\n"
                 "1) Haiti\n\nGang violence killed at least 1,487 people in Haiti in the last three months of 2030, according to "
                 "the quarterly report of the United Nations Integrated Office in Haiti (BINUH), published on 30 December.\n\n"
                 "A further 612 people were injured over the same period, BINUH found.\n\nThe Independent Expert on the "
                 "situation of human rights in Haiti, Lisandro Okon-Baptiste, was in Port-au-Prince from 15 to 19 December.\n")
    office = "United Nations Integrated Office in Haiti"
    assert _count_claimants(items) == {1487.0: office, 612.0: office}
    assert "BINUH" not in _actor_kinds(items)
    (visit,) = _events_of(items, "visit")
    assert (visit["date"], visit["end_date"]) == ("2030-12-15", "2030-12-19")


def test_ninety_sixth_pass_updates_and_missions_that_verify() -> None:
    """"According to the update, ..." after "The Mission (HRMMU) yesterday released its monthly update" is the Mission's
    figure, and so is "In the whole of 2034, the Mission verified that 2,377 civilians were killed"."""
    items = _claims("KYIV, 8 January 2035 (Dnipro Wire) - The UN Human Rights Monitoring Mission in Ukraine (HRMMU) yesterday "
                    "released its monthly update on the protection of civilians.\n\nAccording to the update, at least 212 "
                    "civilians were killed in December.\n\nIn the whole of 2034, the Mission verified that 2,377 civilians were "
                    "killed in Ukraine.\n")
    mission = "UN Human Rights Monitoring Mission in Ukraine"
    assert {c["value"]: c["claimant"]["name"] for c in items} == {212.0: mission, 2377.0: mission}


def test_ninety_sixth_pass_outlets_on_lines_of_their_own() -> None:
    """An outlet named on a line of its own: after a dateline ("Caracas, 3 February 2036 - El Mirador Semanal"), under
    the byline ("By Name / Prensa del Lago, Guatemala City, 16 January 2029"), over "Updated 5 February 2030", with its
    date under a heading ("Kabul Review Online | 30 December 2027"), or asking a question ("Question (Pasargad Wire):")."""
    for text, outlet in (
        ("What the visit changed\n\nCaracas, 3 February 2036 - El Mirador Semanal\n\nThe High Commissioner visited in "
         "January.", "El Mirador Semanal"),
        ("OPINION\n\nPromises easy to count\n\nBy Beatriz Lemus-Holm\nPrensa del Lago, Guatemala City, 16 January 2029\n\n"
         "Numbers make good headlines.", "Prensa del Lago"),
        ("EXPLAINER\nIran at the Council: what to expect\nLevant & Gulf Review\nUpdated 5 February 2030\n\nThe session opens "
         "soon.", "Levant & Gulf Review"),
        ("YEAR IN REVIEW\nAfghanistan at the UN, 2027\nKabul Review Online | 30 December 2027\n\nTwelve months, one question.",
         "Kabul Review Online"),
        ("MINISTRY OF FOREIGN AFFAIRS\nWeekly press briefing\nTehran, 26 March 2029\n\nQuestion (Pasargad Wire): How does the "
         "Ministry assess the debate?\n\nAnswer: It was politicised.", "Pasargad Wire"),
    ):
        assert _actor_kinds(_all(text)).get(outlet) == "media", text
    release = _all("Human rights update\n\nGeneva, 3 May 2030 - Press release\n\nThe Office welcomed the release.")
    assert "Press release" not in _actor_kinds(release)


def test_ninety_seventh_pass_writers_who_count_and_reports_presented_to_the_council() -> None:
    """An NGO blog signed "By Name, Advocacy Lead, X" or "Posted by Name, policy lead" has its writer as an official
    with that role, and "I counted twenty who pressed Juba ..., and fifteen who stood with the Government" is the
    writer's tally (a sentence naming "the delayed elections" too); a country mandate that "presented its annual report
    to the Human Rights Council" on Monday did so in that day's interactive dialogue, the forum of the tally, not the
    chair's "told the Council" after it."""
    items = _all("SUDD RIGHTS WATCH - Newsletter\nJuba / Geneva, 29 March 2028\n\nINSIDE THE ROOM\n\nBy Achol Deng-Holm, "
                 "Advocacy Lead, Sudd Rights Watch\n\nOn Monday the Commission on Human Rights in South Sudan presented its "
                 "annual report to the Human Rights Council. Its chairperson, Dr. Esther Wanya-Lund, told the Council that "
                 "1,183 civilians had been killed.\n\nThe dialogue itself: thirty-five delegations spoke. I counted twenty who "
                 "pressed Juba on impunity, the hybrid court and the delayed elections, and fifteen who stood with the "
                 "Government.\n")
    assert any(a["actor"]["name"] == "Achol Deng-Holm" and a["actor"].get("title") == "Advocacy Lead"
               for a in items if a["kind"] == "actor")
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (35, 15, 20)
    assert tally["claimant"]["name"] == "Achol Deng-Holm"
    assert (tally["forum"]["type"], tally["forum"]["date"]) == ("interactive_dialogue", "2028-03-27")
    assert [e["date"] for e in _events_of(items, "interactive_dialogue")] == ["2028-03-27"]
    posted = _all("HORN RIGHTS NETWORK - STAFF BLOG\n\nWhat Geneva heard\n\nPosted by Abdi Warsame-Lund, policy lead\n\nOf the "
                  "thirty delegations that spoke in the dialogue, I counted twenty-two that commended the Federal Government "
                  "and eight that took it to task.\n", date(2030, 10, 2))
    (tally,) = [c for c in posted if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"], tally["critical"], tally["claimant"]["name"]) == (30, 22, 8, "Abdi Warsame-Lund")


def test_ninety_eighth_pass_posts_reports_laid_and_responses_before_a_follow_up_clause() -> None:
    """"On Wednesday, the Secretariat of the Interior posted that ..." is its statement that day; "the collective Madres
    de la Sierra" keeps its two joining words; an outlet's name under the dateline line is the outlet; "laid its 2033
    State of Human Rights Report before Parliament" is a report; "the Government supported 226 and noted 26, according
    to the commission, which found that fewer than half ... had been fully implemented" is still the response; "...,
    Minister Name reminded the House when ..." gives the minister's figures."""
    items = _all("THE WEEK IN POSTS\nMexico City, 17 September 2027\nNorte Digital\n\nThe ministry\nOn Wednesday, the Secretariat "
                 "of the Interior posted that Mexico \"has nothing to hide\".\n\nThe families\nOn Thursday, the collective Madres "
                 "de la Sierra answered with a written post on Telegram.\n")
    assert {e["date"] for e in _events_of(items, "press_statement")} >= {"2027-09-15", "2027-09-16"}
    kinds = _actor_kinds(items)
    assert kinds.get("Norte Digital") == "media" and kinds.get("Madres de la Sierra") == "ngo"
    report = _all("FREETOWN, 13 November 2034 (Lion Clarion) - The Human Rights Commission of Sierra Leone (HRCSL) on Thursday "
                  "laid its 2033 State of Human Rights Report before Parliament.\n\nThe report also reviews follow-up to the "
                  "country's last Universal Periodic Review. Of the 252 recommendations Sierra Leone received, the Government "
                  "supported 226 and noted 26, according to the commission, which found that fewer than half of the supported "
                  "recommendations had been fully implemented.\n")
    assert "2034-11-09" in {e["date"] for e in _events_of(report, "report")}
    (response,) = [c for c in report if c["kind"] == "claim" and c["claim_type"] == "response_tally"]
    assert (response["total"], response["supportive"], response["critical"]) == (252, 226, 26)
    reminded = _claims("LILONGWE, 3 May 2030 (Lake Times) - The plan was tabled on Tuesday. Malawi supported 190 of the 236 "
                       "recommendations made at the review and noted the other 46, Minister of Justice Chikondi Banda-Holm "
                       "reminded the House when she tabled the plan.", date(2030, 5, 3))
    (response,) = [c for c in reminded if c["claim_type"] == "response_tally"]
    assert response["claimant"]["name"] == "Chikondi Banda-Holm"


def test_ninety_eighth_pass_a_state_speaking_as_the_country_concerned_under_a_delivered_by_line() -> None:
    """"Statement by the Republic of Tajikistan as the country concerned / Delivered by Mr. Name, First Deputy
    Minister" is Tajikistan's statement (not a group named "Republic of Tajikistan as the country concerned")."""
    doc = Document.from_text("HUMAN RIGHTS COUNCIL\nNinety-first session\nInteractive dialogue with the Special Rapporteur on the "
                             "situation of human rights defenders\n\nStatement by the Republic of Tajikistan as the country "
                             "concerned\nDelivered by Mr. Farrukh Sharipov-Lund, First Deputy Minister of Foreign Affairs\n\n"
                             "Geneva, 5 March 2036\n\nMr. President,\n\nThe Special Rapporteur held 52 meetings in Dushanbe.\n")
    doc.kind = recognise_press(doc)
    (statement,) = [i.to_dict() for i in extract_press(doc) if i.kind == "statement"]
    assert statement["speaker"].get("iso3") == "TJK" and statement.get("on_behalf_of") is None


def test_ninety_ninth_pass_state_agencies_engagement_and_working_groups_that_visit() -> None:
    """A state agency's dispatch: "HINDU KUSH INFORMATION AGENCY" over its dateline and "Source: Chollima Press Service
    (CPS), ..." are outlets; delegations that "called for engagement with Kabul rather than isolation" support the
    State; "The Working Group visited 21 places" and "At their press conference on Thursday the experts said they had
    visited 23 facilities" are the Working Group's figures."""
    items = _all("HINDU KUSH INFORMATION AGENCY\nKabul, 8 January 2037\n\nSpokesman reviews the year\n\nThe spokesman of the "
                 "Ministry of Foreign Affairs, Abdul Samad Rahimi-Lund, told a press conference in Kabul on Tuesday that at the "
                 "Human Rights Council's interactive dialogue on Afghanistan on 24 September, 21 of the 39 delegations that "
                 "took the floor had called for engagement with Kabul rather than isolation.\n")
    assert _actor_kinds(items).get("Hindu Kush Information Agency") == "media"
    (tally,) = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert (tally["total"], tally["supportive"]) == (39, 21)
    source = _all("DPRK rejects the report\nSource: Chollima Press Service (CPS), Pyongyang, English-language service\n\nThe "
                  "Ministry of Foreign Affairs said the report was a fabrication.", date(2027, 3, 20))
    assert _actor_kinds(source).get("Chollima Press Service") == "media"
    visit = _claims("DHAKA, 14 March 2031 (Delta Ledger) - The UN Working Group on Arbitrary Detention ended a visit to "
                    "Bangladesh on Thursday.\n\nThe Working Group visited 21 places of deprivation of liberty. At their press "
                    "conference on Thursday the experts said they had interviewed 181 detainees.\n", date(2031, 3, 14))
    group = "Working Group on Arbitrary Detention"
    assert {c["value"]: c["claimant"]["name"] for c in visit} == {21.0: group, 181.0: group}


def test_hundredth_pass_titles_named_again_and_reports_under_long_titles() -> None:
    """"The Cabinet Secretary informed her that 41 officers ..." is the Cabinet Secretary named before; "The United
    Nations had verified 1,130 casualties ..., he said." is the speaker's; "tabled its Universal Periodic Review
    monitoring report in Parliament" is a report, but "tabled its formal response to the report of the Committee"
    is not."""
    items = _claims("NAIROBI, 3 June 2030 (Rift Ledger) - The Special Rapporteur met the Cabinet Secretary for Interior, Daniel "
                    "Kiprono-Lund, on Monday. The Cabinet Secretary informed her that 41 officers had been interdicted.\n\nThe "
                    "Independent Expert, Kwame Haddad-Lund, spoke next. The United Nations had verified 1,130 civilian "
                    "casualties in the first half of the year, he said.", date(2030, 6, 3))
    assert {c["value"]: c["claimant"]["name"] for c in items} == {41.0: "Daniel Kiprono-Lund", 1130.0: "Kwame Haddad-Lund"}
    tabled = _all("FREETOWN, 22 December 2032 (Lion Ledger) - The Human Rights Commission of Sierra Leone tabled its Universal "
                  "Periodic Review monitoring report in Parliament on 20 December.")
    assert [e["date"] for e in _events_of(tabled, "report")] == ["2032-12-20"]
    response = _all("PRETORIA, 5 February 2032 (Veld Post) - On Tuesday the government tabled its formal response to the report "
                    "of the National Assembly's Standing Committee on Human Rights.")
    assert _events_of(response, "report") == []


def test_hundred_and_first_pass_members_named_by_their_place_in_a_body() -> None:
    """A commission's other members named as a pair are officials ("Commissioners A and B", "her fellow members, A and
    B,"; commissioners keep the title), and so is a chair named in the passive ("is chaired by Name")."""
    items = _all("GENEVA, 4 April 2031 (Lakeside Courier) - The Commission of Inquiry on Ruritania presented its report. "
                 "Commissioners Odile Varga-Mensah and Tariq Lund-Okafor described the camps. Its chair, Ines Holm-Baptiste, "
                 "spoke first; her fellow members, Piet Arnesen-Diop and Lucia Moreno-Falk, replied to questions. The "
                 "Mission is chaired by Sven Okoro-Lindahl.")
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Odile Varga-Mensah"]["title"] == "Commissioner"
    assert actors["Tariq Lund-Okafor"]["title"] == "Commissioner"
    assert actors["Piet Arnesen-Diop"]["kind"] == "official"
    assert actors["Lucia Moreno-Falk"]["kind"] == "official"
    assert actors["Sven Okoro-Lindahl"]["title"] == "chair"
    lone = _all("GENEVA, 4 April 2031 (Lakeside Courier) - The delegation was headed by Norway.")
    assert "Norway" not in {i["actor"]["name"] for i in lone if i["kind"] == "actor" and i["actor"].get("kind") == "official"}


def test_hundred_and_first_pass_the_head_delivering_an_institution_statement_met_the_minister() -> None:
    """In an NHRI's statement delivered by its director, "I had met the Minister" is the director's meeting; the
    heading's apposition after the native name in brackets is not part of the institution's name."""
    items = _all("Human Rights Council - 60th session\nItem 3: Interactive dialogue with the Special Rapporteur on the right "
                 "to food\nStatement by the Lakeland Institute for Human Rights (Institut lacustre), Lakeland's national "
                 "human rights institution\nDelivered by its Director, Dr. Maren Olsen-Achebe\n2 March 2031\n\nMr. "
                 "President,\n\nThree days earlier, I had met the Minister of Agriculture, Tomas Kerr-Abubakar, to present "
                 "our findings.\n\nThank you.")
    meeting = _events_of(items, "meeting")[0]
    assert {"Maren Olsen-Achebe", "Tomas Kerr-Abubakar"} <= {p["name"] for p in meeting["participants"]}
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "Lakeland Institute for Human Rights"


def test_hundred_and_first_pass_people_counted_and_his_report_documents() -> None:
    """"nine members of the Evangelical Church" are people counted, not delegations; in a State's statement, "His
    report documents 312 cases" is the Special Rapporteur's figure, the one the statement thanked."""
    items = _all("Statement by Ruritania\nHuman Rights Council, 60th session\n2 March 2031\n\nMr. President,\n\nRuritania "
                 "thanks the Special Rapporteur, Mr. Jonas Weller-Diop, for his report.\n\nHis report documents 312 cases "
                 "of forced conscription.\n\nWe welcome the release in April of nine members of the Evangelical Church.")
    counts = {c["value"]: c for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert counts[312.0]["claimant"]["name"] == "Jonas Weller-Diop"
    assert counts[9.0]["unit"] == "members"


def test_hundred_and_first_pass_two_destinations_with_their_own_dates() -> None:
    """"she had visited Ruritania from 2 to 11 December 2034 and Freedonia in April" is two visits, each dated."""
    items = _all("GENEVA, 15 June 2035 (Lakeside Courier) - The Special Rapporteur on the right to food, Ana Velez-Moyo, said "
                 "that she had visited Tunisia from 2 to 11 December 2034 and Peru in April.")
    visits = sorted((e["date"], e["end_date"]) for e in _events_of(items, "visit"))
    assert visits == [("2034-12-02", "2034-12-11"), ("2035-04-01", "2035-04-30")]


def test_hundred_and_first_pass_a_year_told_in_order() -> None:
    """A December briefing looking back on the year: "From 3 to 6 February she was in Colombia" was that year's
    February, a stay in the country; "In May she became the first High Commissioner to visit ..." is dated May; "she
    presented her global update to the Human Rights Council" is an oral update; a spokesperson for the High
    Commissioner is not the visitor."""
    items = _all("Spokesperson for the UN High Commissioner for Human Rights: Lena Ruud-Obi\nDate: 19 December 2031\n\n"
                 "High Commissioner Amara Koenig-Bassey travelled widely this year. From 3 to 6 February she was in "
                 "Colombia, where she met relatives of victims.\n\nIn May she became the first High Commissioner to visit "
                 "Turkmenistan.\n\nOn 8 September she presented her global update to the Human Rights Council.",
                 date(2031, 12, 19))
    visits = {e["date"]: e for e in _events_of(items, "visit")}
    assert "Amara Koenig-Bassey" in {p["name"] for p in visits["2031-02-03"]["participants"]}
    assert "2031-05-01" in visits
    assert [e["date"] for e in _events_of(items, "oral_update")] == ["2031-09-08"]


def test_hundred_and_first_pass_dates_of_a_year_in_review_in_the_present_tense() -> None:
    """"2036 IN SEVEN DATES": its days are that year's; "The Commission publishes its report" is a report and "The
    General Assembly elects Bangladesh to the Human Rights Council" an election."""
    items = _all("THE YEAR IN RIGHTS: 2036 IN SEVEN DATES\n\nDHAKA, 31 December 2036 (Padma Ledger) - Here is the year.\n\n"
                 "14 January - The National Human Rights Commission (NHRC) publishes its report on deaths in custody.\n\n"
                 "18 to 28 February - The Special Rapporteur on the right to food makes an official visit.\n\n"
                 "14 October - The General Assembly elects Bangladesh to the Human Rights Council with 160 votes.")
    assert [e["date"] for e in _events_of(items, "report")] == ["2036-01-14"]
    assert [e["date"] for e in _events_of(items, "visit")] == ["2036-02-18"]
    assert [e["date"] for e in _events_of(items, "election")] == ["2036-10-14"]


def test_hundred_and_second_pass_an_office_release_on_a_workshop() -> None:
    """A UN human rights office's release ("UN Human Rights Regional Office for ... / NEWS RELEASE") is the office's: its
    counts are its own; "took part in a four-day workshop ..., held ... from 12 to 15 March" is a meeting of the
    organisers, and "were trained on Monday by ..." another; "a workshop on reporting elections" holds no election."""
    items = _all("UN Human Rights Regional Office for Lakeland\nNEWS RELEASE\nPort Amber, 16 March 2029\n\nOfficials trained "
                 "on treaty reporting\n\nThirty-four government officials took part in a four-day workshop on treaty body "
                 "reporting, held in Port Amber from 12 to 15 March 2029 by the UN Human Rights Regional Office for Lakeland "
                 "together with the Ministry of Justice of Lakeland.\n\nForty-one participants attended a regional training "
                 "on election reporting, held on Thursday.\n\nTwenty lawyers of the Ombudsman's Office were trained on "
                 "7 March by the Regional Office.\n\nTwelve journalists took part in a workshop on reporting elections "
                 "without incitement.", date(2029, 3, 16))
    meetings = {e["date"]: e for e in _events_of(items, "meeting")}
    assert meetings["2029-03-12"]["end_date"] == "2029-03-15"
    assert {"UN Human Rights Regional Office for Lakeland", "Ministry of Justice of Lakeland"} <= {
        p["name"] for p in meetings["2029-03-12"]["participants"]}
    assert sorted(meetings) == ["2029-03-07", "2029-03-12", "2029-03-15"]  # "were trained on 7 March"; Thursday's training
    assert _events_of(items, "election") == []
    counts = _count_claimants(items)
    assert counts[34.0] == "UN Human Rights Regional Office for Lakeland"
    assert counts[41.0] == "UN Human Rights Regional Office for Lakeland"


def test_hundred_and_second_pass_members_of_parliament_and_written_answers() -> None:
    """"Ms Name of the Democratic Alliance (DA) asked ..." and "Name, a Lakeland Party (LP) MP" are lawmakers; a written
    answer's heading names the members asking ("2417. SHRI NAME (Thrissur):") and the answering minister on the line
    under the office ("THE MINISTER OF STATE ... / (SHRI NAME)")."""
    items = _all("CAPE TOWN, 9 September 2032 (Table Bay Times) - Ms Thandi Mokoena-Berg of the Democratic Alliance (DA) asked "
                 "the minister about the report. Sipho Dube-Larsen, a United Democratic Movement (UDM) MP, said nothing.")
    kinds = _actor_kinds(items)
    assert kinds["Thandi Mokoena-Berg"] == "official"
    assert kinds["Sipho Dube-Larsen"] == "official"
    answer = _all("GOVERNMENT OF INDIA\nMINISTRY OF EXTERNAL AFFAIRS\nLOK SABHA\nUNSTARRED QUESTION NO. 2417\nANSWERED ON 20 "
                  "May 2033\n\n2417. SHRI RAGHAV MENON-DUBOIS (Thrissur):\n\nWill the Minister be pleased to state the "
                  "number of recommendations?\n\nANSWER\nTHE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n(SHRI ANIL "
                  "PRAKASH-ROWE)\n\n(a) India accepted 221 recommendations.")
    actors = {i["actor"]["name"]: i["actor"] for i in answer if i["kind"] == "actor"}
    assert actors["Raghav Menon-Dubois"]["kind"] == "official"
    assert actors["Anil Prakash-Rowe"]["title"] == "Minister of State in the Ministry of External Affairs"


def test_hundred_and_second_pass_a_council_week_roundup() -> None:
    """A week's roundup: "On Tuesday it was the turn of the Special Rapporteur on ..." and "Wednesday's session was given
    over to Iran" are those days' dialogues; 'had "rejected the selective targeting of Myanmar"' sides with the State,
    "had taken the rapporteur's side" and "had repeated what he called Western talking points" against it."""
    items = _all("GENEVA, 23 March 2029 (Rhone Press Agency) - Three governments claimed victory.\n\nMYANMAR\nThe week opened on "
                 "Monday with the interactive dialogue with the Special Rapporteur on the situation of human rights in "
                 "Myanmar. The following day Myanmar's Ministry of Foreign Affairs said that 21 of the 38 delegations that "
                 "took the floor had \"rejected the selective targeting of Myanmar by country mandates\" and that only 17 "
                 "had taken the rapporteur's side.\n\nBELARUS\nOn Tuesday it was the turn of the Special Rapporteur on the "
                 "situation of human rights in Belarus. A spokesperson said nineteen of the thirty-three speakers had "
                 "supported Minsk and fourteen had repeated what he called Western talking points.\n\nIRAN\nWednesday's "
                 "session was given over to Iran.")
    assert [e["date"] for e in _events_of(items, "interactive_dialogue")] == ["2029-03-19", "2029-03-20", "2029-03-21"]
    tallies = {(c["total"], c["supportive"], c["critical"]) for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"}
    assert {(38, 21, 17), (33, 19, 14)} <= tallies
    medical = _all("GENEVA, 21 September 2028 (Harbour Health Watch) - By the organisation's count, 46 delegations took the "
                   "floor. Thirty-eight of them condemned the targeting of medical facilities, while eight backed the "
                   "Government's position.")
    assert [(c["supportive"], c["critical"]) for c in medical if c["kind"] == "claim" and c["claim_type"] == "tally"] == [(8, 38)]


def test_hundred_and_third_pass_a_review_day_and_the_report_adopted_after_it() -> None:
    """A State's review at the UPR Working Group is that day's dialogue, the Working Group's adoption of its report two
    days later a report; the tally of "72 of those 95 delegations" is dated by the review, not the adoption."""
    items = _all("KAMPALA, 9 November 2029 (Nile Courier) - On Monday, Uganda's delegation, led by the Minister of Justice, "
                 "Harriet Akello-Sund, answered questions from 95 States at the Universal Periodic Review. Two days later, "
                 "the UN Working Group on the Universal Periodic Review adopted its report on Uganda.\n\nThe Ministry of "
                 "Justice says 72 of those 95 delegations commended Uganda, and that 23 raised concerns.")
    dialogue = _events_of(items, "interactive_dialogue")
    assert [(e["date"], e["forum"]["type"]) for e in dialogue] == [("2029-11-05", "upr_review")]
    assert "Harriet Akello-Sund" in {p["name"] for p in dialogue[0]["participants"]}
    assert [e["date"] for e in _events_of(items, "report")] == ["2029-11-07"]
    tally = next(c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"], tally["forum"]["date"]) == (95, 72, 23, "2029-11-05")
    other = _all("PANAMA CITY, 20 May 2027 (Istmo Daily) - Eighty-eight of the 97 delegations that took part in Panama's "
                 "Universal Periodic Review in Geneva on Tuesday praised the country, and nine raised criticism, the "
                 "Ministry of Foreign Affairs said. The Special Rapporteur on the human rights of migrants visited later.")
    tally = next(c for c in other if c["kind"] == "claim" and c["claim_type"] == "tally")
    assert (tally["forum"]["type"], tally["critical"]) == ("upr_review", 9)


def test_hundred_and_fourth_pass_recommendations_by_theme_and_a_ministry_under_its_government() -> None:
    """"Among the supported recommendations, 34 relate to ... and 29 to ..." counts recommendations; under "Government
    of Nepal / Ministry of Foreign Affairs / Press Release" the release is the ministry's."""
    items = _all("Government of Lakeland\nMinistry of Foreign Affairs\n\nPress Release\n\nPort Amber, 15 January 2037\n\n"
                 "Lakeland supported 197 of the 255 recommendations it received. Among the supported recommendations, "
                 "thirty-four relate to statelessness and twenty-nine to the fight against child labour.")
    counts = _count_claimants(items)
    assert counts[34.0] == "Ministry of Foreign Affairs"
    assert counts[29.0] == "Ministry of Foreign Affairs"


def test_hundred_and_fifth_pass_treaty_body_reviews() -> None:
    """A treaty body's review is its dialogue with the State: "a review held in Geneva on 12 and 13 November", "CEDAW
    examined the country's sixth periodic report ... on 21 and 22 October", "The examination was held on 14 and 15
    October"; "concluding observations released on Friday" are its report."""
    items = _all("RABAT, 28 November 2029 (Atlas Courier) - The United Nations Committee against Torture on Monday published "
                 "its concluding observations on Morocco.\n\nThe observations close a review held in Geneva on 12 and 13 "
                 "November, during which the Committee questioned the delegation.")
    dialogue = _events_of(items, "interactive_dialogue")
    assert [(e["date"], e["end_date"]) for e in dialogue] == [("2029-11-12", "2029-11-13")]
    assert "United Nations Committee against Torture" in {p["name"] for p in dialogue[0]["participants"]}
    lima = _all("LIMA, 30 May 2034 (Andes Courier) - The UN Committee on the Rights of the Child has called on Peru to repeal a "
                "law, in concluding observations released on Friday.\n\nThe examination was held on 14 and 15 May.")
    assert [e["date"] for e in _events_of(lima, "report")] == ["2034-05-26"]
    assert [(e["date"], e["end_date"]) for e in _events_of(lima, "interactive_dialogue")] == [("2034-05-14", "2034-05-15")]


def test_hundred_and_fourth_pass_interviews_and_elections() -> None:
    """In an interview, "A: ... I did meet the Permanent Representative ..., on 28 June" is the interviewee's meeting,
    and the mandate's dialogue is its holder's, named in the same sentence; "the General Assembly" is the UN's; a
    candidate styled "Professor" or "Justice" is a person."""
    items = _all("LAKESIDE WEEKLY | THE INTERVIEW\nGeneva, 6 July 2029\n\nSipho Varga-Lund, the Special Rapporteur on the "
                 "situation of human rights in Eritrea, presented his annual report to the Human Rights Council in an "
                 "interactive dialogue on Tuesday.\n\nQ: Has Asmara answered?\n\nA: No. But I did meet the Permanent "
                 "Representative of Eritrea in Geneva, Ambassador Tesfay Berhane-Holm, on 28 June.")
    dialogue = _events_of(items, "interactive_dialogue")[0]
    assert "Sipho Varga-Lund" in {p["name"] for p in dialogue["participants"]}
    meeting = _events_of(items, "meeting")[0]
    assert meeting["date"] == "2029-06-28"
    assert {"Sipho Varga-Lund", "Tesfay Berhane-Holm"} <= {p["name"] for p in meeting["participants"]}
    vote = _all("GENEVA, 23 June 2028 (Lakeside Courier) - Professor Valentina Ortiz-Kirchner, of the University of "
                "Valparaiso, was elected yesterday. On 10 October, the General Assembly elected Malawi to the Council.")
    kinds = _actor_kinds(vote)
    assert kinds["Valentina Ortiz-Kirchner"] == "official"
    assert kinds["General Assembly"] == "un_mechanism"


def test_hundred_and_sixth_pass_implementation_reports() -> None:
    """A progress report's status lines ("Implemented: 143" under "reporting the following status ...:"), a list of
    commitments "as given by the department", "- thirty-one carried out in part;" under "- ninety-two of the plan's 140
    commitments carried out in full;", and "it lists 97 recommendations as partly implemented" are the reporting
    body's; "presented the outcome of the review to the Council of Ministers" and "will brief the Cabinet on 2 April"
    are meetings."""
    items = _all("MEXICO CITY, 9 October 2034 (Meridian Wire) - The Ministry of the Interior on Friday published its "
                 "progress report, reporting the following status for the 266 recommendations:\n\nImplemented: 143\n"
                 "Partly implemented: 88\nPending: 35\n\nOn Wednesday, the Minister of Justice, Aya Kouassi-Lund, presented "
                 "the outcome of the review to the Council of Ministers. The Minister will brief the Cabinet on the "
                 "outcome on 13 October.")
    counts = _count_claimants(items)
    assert counts[143.0] == counts[88.0] == counts[35.0] == "Ministry of the Interior"
    assert [e["date"] for e in _events_of(items, "meeting")] == ["2034-10-04", "2034-10-13"]
    plan = _all("LAKE CITY, 6 January 2033 (Lakeside Courier) - The Department of Justice released its progress report on "
                "the Human Rights Plan.\n\nThe headline numbers, as given by the department:\n\n- ninety-two of the "
                "plan's 140 commitments carried out in full;\n- thirty-one carried out in part;\n- seventeen still "
                "pending.\n\nThe report recalls the plan. Besides the 92 it counts as done, it lists 12 commitments as "
                "dropped.")
    counts = _count_claimants(plan)
    assert counts[92.0] == counts[31.0] == counts[17.0] == counts[12.0] == "Department of Justice"


def test_hundred_and_sixth_pass_an_expert_programme_and_boycotted_dialogues() -> None:
    """"On 4 March she held talks with A. Two days later she met B": the second "she" is the expert, not A; "THE VISIT IN
    BRIEF / - Tuesday 11 October: meeting with ..." is the visitor's meeting; a government's 'had rejected the
    "hostile policy" behind the mandate' and 'had "refused to take part in the witch-hunt against Belarus"' side with
    the State, and an NGO that "reached a very different result: 30 critical statements and 15 supportive ones" has a
    tally of its own."""
    items = _all("LUSAKA, 16 March 2031 (Zambezi Courier) - The Special Rapporteur on extreme poverty, Marguerite "
                 "Ndlovu-Holm, ended her visit.\n\nOn 4 March she held talks with the Minister of Finance, Chileshe "
                 "Banda-Lund. Two days later she met the Minister of Community Development, Grace Mumba-Berg.\n\nTHE VISIT "
                 "IN BRIEF\n- Tuesday 10 March: meeting with the Chief Justice, Mumba Phiri-Ahlberg")
    meetings = {e["date"]: [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    assert meetings["2031-03-06"][0] == "Marguerite Ndlovu-Holm"
    assert "Marguerite Ndlovu-Holm" in meetings["2031-03-10"]
    boycott = _all("VILNIUS, 26 June 2036 (Baltic Courier) - Belarus boycotted Tuesday's interactive dialogue with the Group "
                   "of Independent Experts on the Situation of Human Rights in Belarus.\n\nThe Foreign Ministry claimed that "
                   "26 of the 45 delegations in the dialogue had \"refused to take part in the witch-hunt against "
                   "Belarus\".\n\nThe Exile Rights Centre went through the webcast and reached a very different result: 30 "
                   "critical statements and 15 supportive ones among the 45 delegations that took the floor.")
    tallies = [(c["claimant"]["name"], c["supportive"], c["critical"]) for c in boycott
               if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert ("Foreign Ministry", 26, None) in tallies
    assert ("Exile Rights Centre", 15, 30) in tallies
    hostile = _all("PYONGYANG, 15 March 2034 (Lakeside Courier) - A spokesperson for the Foreign Ministry said that seventeen "
                   "countries out of twenty-nine that spoke had rejected the \"hostile policy\" behind the mandate, while "
                   "the other twelve had disgraced themselves.")
    assert [(c["supportive"], c["critical"]) for c in hostile if c["kind"] == "claim" and c["claim_type"] == "tally"] == [(17, 12)]


def test_hundred_and_seventh_pass_a_count_and_the_verb_after_it() -> None:
    """"- 112 partners reported activities" counts partners, not activities; "linked to 212 documented attacks" counts
    attacks (a participle before the noun is part of what is counted, a verb after it is not)."""
    text = ("GOMA, 5 January 2031 (Kivu Courier) - Ms. Amani Lund-Bakari presented a report on Monday, warning that mining "
            "had been linked to 212 documented attacks on defenders since 2030.\n\nOCHA listed these figures:\n- 112 "
            "partners reported activities in the eastern provinces.\n- 38 civilians were killed.")
    units = {c["value"]: c["unit"] for c in _claims(text, date(2031, 1, 5)) if c["claim_type"] == "count"}
    assert units[112.0] == "partners"
    assert units[212.0] == "attacks"


def test_hundred_and_seventh_pass_a_state_answers_a_mandate_report() -> None:
    """A State that "rejected the latest report of the UN Special Rapporteur on ..., telling the Human Rights Council"
    on a day, or that "told the Human Rights Council on Monday that the report of the Special Rapporteur ... was ...",
    speaks in that mandate's dialogue (not an oral update); so does a thematic rapporteur who "told the Council ... as
    she presented her annual report". "N spoke in all" after the sides is the total, and delegations that "aligned
    themselves with the rapporteur" are critical of the State."""
    items = _all("VIENTIANE, 9 March 2033 (Mekong Ledger) - Laos's Minister of Justice, Bounmy Phan-Lindqvist, on Monday "
                 "rejected the latest report of the UN Special Rapporteur on the situation of human rights in Cambodia, "
                 "telling the Human Rights Council in Geneva that it relied on hearsay.\n\nThe ministry later said that 20 "
                 "delegations had backed Phnom Penh and 12 had aligned themselves with the rapporteur; 32 spoke in all.")
    dialogues = _events_of(items, "interactive_dialogue")
    assert [d["date"] for d in dialogues] == ["2033-03-07"]
    tally = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"][0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (32, 20, 12)
    told = _all("MINSK, 18 May 2034 (Dnieper Wire) - Belarus's Deputy Foreign Minister, Anton Zhuk-Halvorsen, told the Human "
                "Rights Council on Wednesday that the report of the Special Rapporteur on the situation of human rights in "
                "Belarus was \"written in Warsaw\".")
    assert [e["event_type"] for e in told if e["kind"] == "event"] == ["interactive_dialogue"]
    thematic = _all("GENEVA, 10 March 2032 - Hunger is being used as a weapon in nine conflicts, the Special Rapporteur on the "
                    "right to food, Odile Brandvold-Achebe, told the Human Rights Council on Tuesday as she presented her "
                    "annual thematic report.")
    assert [e["date"] for e in _events_of(thematic, "interactive_dialogue")] == ["2032-03-09"]
    assert not _events_of(thematic, "oral_update")


def test_hundred_and_seventh_pass_who_counts_and_who_is_quoted() -> None:
    """"The Highland Land and Housing Network, which says it has recorded 312 evictions" is one name with "and" inside;
    "according to the summary later circulated by the Ministry of X" is the ministry's count; "Four days earlier, the
    Ministry of Information had released the Government's written comments on the report, describing it as '...'" is
    the ministry's statement that day and its words; "The UN Special Rapporteur, Name, said ... '...,' she said" is
    that rapporteur, not a regional body's rapporteur named before."""
    items = _all("NAIROBI, 2 May 2031 (Rift Courier) - The Highland Land and Housing Network, which says it has recorded 312 "
                 "evictions since January, criticised the count.\n\nThe dialogue was held on 28 April. Four days earlier, "
                 "the Ministry of Information had released the Government's written comments on the report, describing it "
                 "as \"a draft written by our critics\".")
    assert _count_claimants(items)[312.0] == "Highland Land and Housing Network"
    quotes = [c["claimant"]["name"] for c in items if c["kind"] == "claim" and c["claim_type"] == "quotation"
              and c["quote"].startswith("a draft written")]
    assert quotes == ["Ministry of Information"]
    assert [e["date"] for e in _events_of(items, "press_statement")] == ["2031-04-24"]
    summary = _all("MOGADISHU, 3 November 2031 (Benadir Post) - Progress was praised by 21 of the 27 delegations that spoke, "
                   "and only six were critical, according to the summary later circulated by the Ministry of Foreign Affairs "
                   "and International Cooperation.")
    tally = [c for c in summary if c["kind"] == "claim" and c["claim_type"] == "tally"][0]
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs and International Cooperation"
    two = _all("BANJUL (Gambia Wire) - The study was prepared with the ACHPR's Special Rapporteur on the Rights of Women in "
               "Africa, Mariam Sowe-Lindahl, who spoke at the launch.\n\nThe UN Special Rapporteur, Hye-jin Mensah-Ortiz, "
               "said the team had interviewed 900 girls. \"A marriage is not a school,\" she said.", date(2035, 11, 30))
    titles = {i["actor"]["name"]: i["actor"].get("title") for i in two if i["kind"] == "actor"}
    assert titles["Hye-jin Mensah-Ortiz"] != "Special Rapporteur on the Rights of Women in Africa"
    quote = [c for c in two if c["kind"] == "claim" and c["claim_type"] == "quotation"][0]
    assert quote["claimant"]["name"] == "Hye-jin Mensah-Ortiz"


def test_hundred_and_seventh_pass_digest_items_and_missions() -> None:
    """In a digest whose items carry their own datelines ("GENEVA, 30 March - ...", "STRASBOURG, Friday - ..."), an
    undated meeting falls on its item's day; "the joint mission he undertook from 27 August to 3 September" is a
    visit; in a statement, "as the Independent Expert reports, 3.8 million people ..." is the expert's figure."""
    items = _all("RIGHTS DIGEST\nMonday 3 April 2034\n\nSTRASBOURG, Friday - The Special Rapporteur on torture, Felix "
                 "Okafor-Lund, met the Bureau of the European Committee for the Prevention of Torture.\n\nGENEVA, 30 March - "
                 "The Commissioner for Human Rights, Teodor Vasile-Ng, and the Special Rapporteur on human rights "
                 "defenders, Yara Osei-Lindahl, held talks by video link.")
    assert sorted(e["date"] for e in _events_of(items, "meeting")) == ["2034-03-30", "2034-03-31"]
    statement = _all("Human Rights Council - 87th session\nItem 10: Interactive dialogue with the Independent Expert on the "
                     "situation of human rights in Somalia\nStatement by Ghana on behalf of the African Group\n2 October 2034\n\n"
                     "Mr. President,\n\nThe Group thanks the Independent Expert, Mr. Idris Nakamura-Obi, for his report and "
                     "welcomes the joint mission he undertook from 27 August to 3 September 2034.\n\nThe Group notes that, as "
                     "the Independent Expert reports, 2.9 million people remain displaced.")
    visits = _events_of(statement, "visit")
    assert [(v["date"], v["end_date"]) for v in visits] == [("2034-08-27", "2034-09-03")]
    assert _count_claimants(statement)[2900000.0] == "Idris Nakamura-Obi"


def test_hundred_and_eighth_pass_legislators_and_answers_to_a_review() -> None:
    """"Representative Name of the X" is a legislator titled so; a headline "Forty-four noted, 190 supported: ..." over
    a State's answers to its review gives those answers, not a dialogue tally; a mission that "claims support of 24
    States" counts supporters, while a special session "convened ... with the support of 19 member States" gives no
    tally at all."""
    items = _all("Forty-four noted, 190 supported: committee hears where Colombia stands\n\nBOGOTÁ, 8 November 2035 (Andes "
                 "Digital) - Forty-four recommendations were noted and 190 were supported out of the 234 put to Colombia at "
                 "its Universal Periodic Review, the committee was told on Tuesday.\n\nRepresentative Julián Ortega-Brandt of "
                 "the Green Alliance asked why.")
    assert not [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"]
    responses = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "response_tally"]
    assert [(r["total"], r["supportive"], r["critical"]) for r in responses] == [(234, 190, 44)]
    titles = {i["actor"]["name"]: i["actor"].get("title") for i in items if i["kind"] == "actor"}
    assert titles["Julián Ortega-Brandt"] == "Representative"
    claimed = _all("Pyongyang mission claims support of 24 States\n\nGENEVA, 5 May 2030 - The mission said that 24 of the 40 "
                   "delegations that spoke had opposed the politicisation of human rights, and that 16 had sided with the "
                   "rapporteur.")
    tally = [c for c in claimed if c["kind"] == "claim" and c["claim_type"] == "tally"][0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (40, 24, 16)
    session = _all("GENEVA, 9 January 2034 - The Human Rights Council this morning opened a special session, convened at the "
                   "request of Belgium with the support of 19 member States.")
    assert not [c for c in session if c["kind"] == "claim" and c["claim_type"] == "tally"]


def test_hundred_and_eighth_pass_a_council_dialogue_is_not_a_review() -> None:
    """"the Council's interactive dialogue on the Democratic Republic of the Congo, opened by the Deputy High
    Commissioner" stays the Council's dialogue though the State's UPR is named later; "when the Independent Expert ...
    presented her report in an interactive dialogue" dates that dialogue by the day before the clause."""
    items = _all("KINSHASA, 27 September 2036 (Congo Compass) - Nineteen delegations praised the Government on Thursday and "
                 "eight criticised it, according to the Ministry of Human Rights. The occasion was the Human Rights "
                 "Council's interactive dialogue on the Democratic Republic of the Congo, opened by the Deputy High "
                 "Commissioner for Human Rights, Nasrin Okoye-Falk.\n\nOf the 267 recommendations made at its Universal "
                 "Periodic Review in May, 232 were accepted.")
    assert [e["forum"]["type"] for e in _events_of(items, "interactive_dialogue")] == ["interactive_dialogue"]
    dated = _all("MOGADISHU, 10 January 2032 (Benadir Post) - On 1 October, when the Independent Expert on the situation "
                 "of human rights in Somalia, Farah Osman-Lind, presented her report in an interactive dialogue at the Human "
                 "Rights Council in Geneva, the Government could point to a friendly room.")
    assert [e["date"] for e in _events_of(dated, "interactive_dialogue")] == ["2031-10-01"]


def test_hundred_and_tenth_pass_a_year_in_review_and_its_dated_entries() -> None:
    """Under "The Year in Review", a chronology told in the present ("15 January – ... releases its final assessment";
    "23 July – The Commission tells the House Committee ... Its chair appears before the committee") keeps the year it
    reviews, and an event later in an entry falls on the entry's day; "The Human Rights Committee reviews Ruritania"
    is the Committee's dialogue."""
    items = _all("Lakeside Ledger | The Year in Review\n30 December 2031\n\nRuritania and the UN rights system in 2031\n\n"
                 "15 January – The Presidential Human Rights Committee Secretariat releases its final assessment of the "
                 "joint programme.\n\n5 to 14 March – The Special Rapporteur on trafficking in persons, Ada Lindqvist-Obi, "
                 "makes an official visit.\n\n7 and 8 May – The Human Rights Committee reviews Ruritania in Geneva.\n\n23 July "
                 "– The Ombudsman tells the House Committee on Human Rights that it is investigating 41 killings. Its chair, "
                 "Rosa Ibarra-Lund, appears before the committee in person for the first time.")
    assert [(v["date"], v["end_date"]) for v in _events_of(items, "visit")] == [("2031-03-05", "2031-03-14")]
    assert [e["date"] for e in _events_of(items, "report")] == ["2031-01-15"]
    assert [(e["date"], e["end_date"]) for e in _events_of(items, "interactive_dialogue")] == [("2031-05-07", "2031-05-08")]
    assert [e["date"] for e in _events_of(items, "meeting")] == ["2031-07-23"]


def test_hundred_and_tenth_pass_bodies_writing_as_we_and_set_phrase_units() -> None:
    """A body's name in capitals over its own account ("RIGHT TO RETURN CENTRE / Warsaw", "... – BLOG") writes "we":
    "On Tuesday we met the Group of Experts", "Last month we published our annual report" are its meeting and its
    report; "30 of the 51 delegations expressed support for the Special Rapporteur and 21 spoke in defence of the
    authorities" is 21 for the State and 30 against; a set phrase keeps its first word ("318 political prisoners",
    "96 air strikes")."""
    items = _all("RIGHT TO RETURN CENTRE\nWarsaw\n\nOur year at the United Nations\n\nBy our count, 30 of the 51 delegations "
                 "expressed support for the Special Rapporteur and 21 spoke in defence of the authorities.\n\nLast month we "
                 "published our annual report, documenting 318 political prisoners.\n\nOn Tuesday we met the Group of "
                 "Independent Experts on the situation of human rights in Belarus by video link.", date(2035, 1, 12))
    tally = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"][0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (51, 21, 30)
    assert tally["claimant"]["name"] == "Right to Return Centre"
    assert [p["name"] for p in _events_of(items, "meeting")[0]["participants"]][0] == "Right to Return Centre"
    assert [(e["date"], e["participants"][0]["name"]) for e in _events_of(items, "report")] == [("2034-12-01", "Right to Return Centre")]
    units = {c["value"]: c["unit"] for c in items if c["kind"] == "claim" and c["claim_type"] == "count"}
    assert units[318.0] == "political prisoners"
    thematic = _all("GENEVA, 20 September 2028 - In an interactive dialogue in which thirty-six delegations took the floor, "
                    "twenty-five expressed support for the Working Group's methods of work, while eleven accused it of acting "
                    "on unverified information.")
    tally = [c for c in thematic if c["kind"] == "claim" and c["claim_type"] == "tally"][0]
    assert (tally["supportive"], tally["critical"]) == (25, 11)


def test_hundred_and_eleventh_pass_broadcasts_and_regional_sessions() -> None:
    """A broadcast's "held on the ninth of May" is a date; "spent last week in X, from Monday to Friday" is a visit on
    those days of last week; "Thirty-eight – sorry, thirty-seven – of the fifty-one delegations" counts the corrected
    figure; "The number of households ... was put at 2,150 by the Attorney General" is his count; a regional body that
    scrutinised a State "on Tuesday" met it, and "A shadow report had been handed to the Commission the previous week"
    is a report."""
    items = _all("RADIO HARBOUR – WORLD REPORT\nThursday 28 September 2028\n\nANCHOR: The spokesperson looked back to the "
                 "review itself, held on the ninth of May, at the Universal Periodic Review.\n\nMINISTER: Thirty-eight – "
                 "sorry, thirty-seven – of the fifty-one delegations that took the floor spoke in support of our country. "
                 "The other fourteen read out texts prepared elsewhere.")
    assert [e["date"] for e in _events_of(items, "interactive_dialogue")] == ["2028-05-09"]
    tally = [c for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"][0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (51, 37, 14)
    visit = _all("The Special Rapporteur on the situation of human rights in Myanmar, Tomas Eze-Lindahl, spent last week in "
                 "Thailand, from Monday to Friday.", date(2033, 1, 10))
    assert [(v["date"], v["end_date"]) for v in _events_of(visit, "visit")] == [("2033-01-03", "2033-01-07")]
    session = _all("DODOMA, 15 March 2029 (Lake Ledger) - Ruritania's record was scrutinised on Tuesday by the African "
                   "Commission on Human and Peoples' Rights.\n\nThe delegation was headed by the Attorney General, Saidi "
                   "Mkapa-Lund. The number of households relocated since 2022 was put at 2,150 by the Attorney General.\n\nA "
                   "shadow report had been handed to the Commission the previous week by the Pastoralist Rights Alliance.")
    assert [e["date"] for e in _events_of(session, "meeting")] == ["2029-03-13"]
    assert len(_events_of(session, "report")) == 1
    assert _count_claimants(session)[2150.0] == "Saidi Mkapa-Lund"


def test_hundred_and_eighth_to_eleventh_pass_meetings_conferences_and_forums() -> None:
    """"Norway and Ruritania held a round of bilateral consultations ... The Norwegian side was led by A, and the other
    side by B": a meeting of A and B; "Community consultations ... were held from 2 to 6 February" and "The Forum,
    held from 23 to 25 October" are meetings on those days; "At a side event yesterday, the Coalition launched its
    report" dates the report; "ended his visit on Thursday. At his closing press conference ... he called" is the
    visitor's statement that Thursday; a transcript under "TRANSCRIPT / Press briefing by ..." is dated by its
    heading."""
    items = _all("OSLO, 21 October 2033 (Fjord Post) - Yesterday Norway and Ruritania held a round of bilateral consultations on "
                 "human rights. The Norwegian side was led by State Secretary Ingrid Holm-Achebe, and the Ruritanian side by "
                 "Deputy Minister Rashad Aliyev-Lund.\n\nCommunity consultations on draft guidelines were held in Tarawa from 2 "
                 "to 6 October.")
    meetings = {(e["date"], e["end_date"]): [p["name"] for p in e["participants"]] for e in _events_of(items, "meeting")}
    assert meetings[("2033-10-20", None)] == ["Ingrid Holm-Achebe", "Rashad Aliyev-Lund"]
    assert ("2033-10-02", "2033-10-06") in meetings
    forum = _all("BANJUL, 27 October 2028 (Gambia Post) - The Forum, held from 23 to 25 October, adopted resolutions.\n\nAt a side "
                 "event yesterday, the Sahel Civic Space Coalition launched its report on closed associations.")
    assert [(e["date"], e["end_date"]) for e in _events_of(forum, "meeting")][0] == ("2028-10-23", "2028-10-25")
    assert [e["date"] for e in _events_of(forum, "report")] == ["2028-10-26"]
    closing = _all("SANTIAGO, 19 November 2033 (Bay Tribune) - The Special Rapporteur on toxics, Yusuf Amundsen-Ba, arrived in "
                   "Santiago on 7 November and ended his visit on Thursday. At his closing press conference in the capital he "
                   "called the bay a sacrifice zone.")
    statements = _events_of(closing, "press_statement")
    assert [(e["date"], [p["name"] for p in e["participants"]]) for e in statements] == [("2033-11-17", ["Yusuf Amundsen-Ba"])]
    transcript = _all("TRANSCRIPT\n\nPress briefing by the Secretary of State for Human Rights, Ms. Gabriela Zelaya-Lund\nCasa "
                      "Presidencial, Tegucigalpa\nTuesday, 4 December 2029\n\nSECRETARY ZELAYA-LUND: Good afternoon. The Working "
                      "Group on Arbitrary Detention finished its visit to Honduras yesterday. For ten days, starting on 24 "
                      "November, its members went wherever they asked to go.")
    assert [e["date"] for e in _events_of(transcript, "press_statement")][:1] == ["2029-12-04"]
    assert [(v["date"], v["end_date"]) for v in _events_of(transcript, "visit")] == [("2029-11-24", "2029-12-03")]


def test_hundred_and_tenth_to_twelfth_pass_treaty_reviews_and_passive_turns() -> None:
    """A treaty body's review told as "told the UN Human Rights Committee on Tuesday and Wednesday of last week", "in a
    dialogue that ran across the Committee's two meetings", "after examining the country's fifth periodic report on 15
    and 16 October" or "Poland's review on 4 June, which took up two meetings of the Committee" is the Committee's
    dialogue (not a UPR review); a summary's passive turns ("Concern ... was expressed first by Norway, which said",
    "The floor was then taken by Lithuania, which said") are statements; "where, she said, 31 per cent ..." is the
    one named earlier in that sentence; "Delivered by Name, advocacy officer" names the speaker."""
    told = _all("SAN JOSÉ (Brújula) - Ruritania's Attorney General, Xiomara Talavera-Lund, told the UN Human Rights Committee "
                "on Tuesday and Wednesday of last week that nobody had been stripped of nationality.", date(2032, 3, 18))
    assert [(e["date"], e["end_date"]) for e in _events_of(told, "interactive_dialogue")] == [("2032-03-09", "2032-03-10")]
    examined = _all("KIGALI, 30 October 2036 (Lake Herald) - The UN Human Rights Committee on Monday published its concluding "
                    "observations on Ruritania, less than two weeks after examining the country's fifth periodic report in "
                    "Geneva on 15 and 16 October.")
    assert [(e["date"], e["end_date"]) for e in _events_of(examined, "interactive_dialogue")] == [("2036-10-15", "2036-10-16")]
    review = _all("WARSAW, 20 June 2030 (Vistula Post) - The UN Committee on the Elimination of Discrimination against Women "
                  "urged Ruritania to change its law.\n\nThe observations follow Ruritania's review on 4 June, which took up a "
                  "morning and an afternoon meeting of the Committee.")
    assert [(e["date"], e["forum"]["type"]) for e in _events_of(review, "interactive_dialogue")] == [("2030-06-04", "interactive_dialogue")]
    summary = _all("Concerns dominate general debate under item 4\n\nMeeting summary\n\nGENEVA, 22 March 2028 - The general "
                   "debate under agenda item 4 was held by the Human Rights Council this morning.\n\nConcern over the situation "
                   "in South Sudan was expressed first by Norway, which said that the hybrid court must be set up.\n\nThe floor "
                   "was then taken by Lithuania, which said that 1,420 people were behind bars in Belarus.")
    assert [s["speaker"]["name"] for s in summary if s["kind"] == "statement"] == ["Norway", "Lithuania"]
    she = _all("GENEVA, 5 May 2030 - The delegation was led by Emmanuel Oduya-Ross, the Minister of Justice.\n\nCommittee Expert "
               "Sakura Benitez-Lund asked about the Yanomami territory, where, she said, 31 per cent of children under five "
               "were acutely malnourished.")
    assert [c["claimant"]["name"] for c in she if c["kind"] == "claim" and c["claim_type"] == "rate"] == ["Sakura Benitez-Lund"]
    delivered = _all("Human Rights Council, 93rd session\nItem 4 – General debate\nOral statement by the Himalayan Rights "
                     "Alliance\nDelivered by Tenzin Dolkar-Frost, advocacy officer\n\nMadam Vice-President,\n\nThe Alliance "
                     "wishes to raise the situation of Tibetans.")
    titles = {i["actor"]["name"]: i["actor"].get("title") for i in delivered if i["kind"] == "actor"}
    assert titles["Tenzin Dolkar-Frost"] == "advocacy officer"


def test_hundred_and_tenth_to_twelfth_pass_monitoring_ballots_and_briefings() -> None:
    """An institution's monitors at work: "the depots its commissioners inspected last month" is a visit that month,
    "Detainees interviewed by the commissioners numbered 143" counts detainees, and "Observers from the National Human
    Rights Institute visited 23 police stations" are the institute's figures; "In Tuesday's secret ballot" dates an
    election; "At the Department of Foreign Affairs briefing this morning" is the department's press briefing; "the
    Chief Commissioner, Siobhán Ó Dálaigh-Berg," keeps the particle in her name; "spent last week in Seoul" covers that
    week."""
    items = _all("KUALA LUMPUR, 9 March 2034 (Straits Herald) - The Human Rights Commission of Malaysia said children were held "
                 "with adults in two of the immigration depots its commissioners inspected last month.\n\nDetainees "
                 "interviewed by the commissioners numbered 143, in seven depots.\n\nObservers from the National Human Rights "
                 "Institute visited 23 police stations on Saturday.")
    assert [(v["date"], v["end_date"]) for v in _events_of(items, "visit")] == [("2034-02-01", "2034-02-28"), ("2034-03-04", None)]
    # (the observers' round on Saturday is a dated visit too, as the writer of p12172 read it)
    counts = {c["value"]: (c["unit"], (c.get("claimant") or {}).get("name")) for c in items if c["kind"] == "claim"
              and c["claim_type"] == "count"}
    assert counts[143.0][0] == "detainees"
    assert counts[23.0] == ("police stations", "National Human Rights Institute")
    ballot = _all("LONDON, 20 October 2028 - In Tuesday's secret ballot, Ruritania secured 126 votes.\n\nAt the Department of "
                  "Foreign Affairs briefing this morning, spokesperson Teresa Villar-Lund looked back.")
    assert [e["date"] for e in _events_of(ballot, "election")] == ["2028-10-17"]
    assert [e["date"] for e in _events_of(ballot, "press_statement")] == ["2028-10-20"]
    irish = _all("DUBLIN, 19 July 2033 (Liffey Times) - The Chief Commissioner of the Equality Commission, Siobhán Ó "
                 "Dálaigh-Berg, appeared before the Joint Committee on Justice yesterday.")
    assert "Siobhán Ó Dálaigh-Berg" in {i["actor"]["name"] for i in irish if i["kind"] == "actor"}
    week = _all("SEOUL, 9 January 2035 (Han Review) - Ms. Eleonora Baptiste-Lund spent last week in Seoul, where she met escapees.")
    assert [(v["date"], v["end_date"]) for v in _events_of(week, "visit")] == [("2035-01-01", "2035-01-07")]


def test_hundred_and_thirteenth_pass_detention_rounds_and_field_teams() -> None:
    """An institution's own dated rounds are visits: "carried out unannounced monitoring visits to 9 police stations ... on
    Monday and Tuesday" (both days), "inspected Mzuzu Prison on 4 March and Mzimba Prison on 5 March" (two visits, one
    visitor), "A team of the Commission was sent to Intan Jaya from 14 to 19 June", "A team ... led by Commissioner X
    monitored relief work ... from 3 to 7 May"; "a team from the Ombudsman's office inspected ..." is the office's visit;
    "visited 212 prisons in 2029" counted over a year is no dated visit of the new kinds, and "carried out twenty-three
    visits to" counts visits."""
    two_days = _all("NAIROBI, 14 June 2030 (Rift Wire) - The Kenya National Commission on Human Rights (KNCHR) carried out "
                    "unannounced monitoring visits to 9 police stations in Nairobi on Monday and Tuesday, after complaints.")
    assert [(v["date"], v["end_date"]) for v in _events_of(two_days, "visit")] == [("2030-06-10", "2030-06-11")]
    prisons = _all("LILONGWE, 9 March 2030 (Lake Post) - The Malawi Human Rights Commission (MHRC) inspected Mzuzu Prison on "
                   "4 March 2030 and Mzimba Prison on 5 March 2030.")
    assert [(v["date"], [p["name"] for p in v["participants"]][:1]) for v in _events_of(prisons, "visit")] == [
        ("2030-03-04", ["Malawi Human Rights Commission"]), ("2030-03-05", ["Malawi Human Rights Commission"])]
    sent = _all("JAKARTA, 1 July 2032 (Nusantara Wire) - Komnas HAM received 384 complaints. A team of the Commission was sent "
                "to Intan Jaya regency from 14 to 19 June to look into four deaths.")
    assert [(v["date"], v["end_date"]) for v in _events_of(sent, "visit")] == [("2032-06-14", "2032-06-19")]
    monitored = _all("National Human Rights Commission\nPress Release\n10 May 2029\n\nA team of the National Human Rights "
                     "Commission led by Commissioner Sushila Rai-Vestergaard monitored relief work in Sunsari district "
                     "from 3 to 7 May 2029.")
    assert [(v["date"], v["end_date"]) for v in _events_of(monitored, "visit")] == [("2029-05-03", "2029-05-07")]
    team = _all("ATHENS, 25 January 2036 (Aegean Wire) - The Greek Ombudsman, Dimitra Karalis-Lund, spoke in Geneva.\n\nOn "
                "15 January a team from the Ombudsman's office inspected the pre-removal detention centre at Fylakio.")
    assert "Greek Ombudsman" in [p["name"] for v in _events_of(team, "visit") for p in v["participants"]]
    counted = _all("CHISINAU, 10 February 2031 (Prut Wire) - In January, members of the Council for the Prevention of Torture "
                   "carried out twenty-three visits to temporary detention isolators and psychiatric hospitals.")
    assert _events_of(counted, "visit") == []


def test_hundred_and_thirteenth_pass_tallies_reviews_and_who_said_it() -> None:
    """Government tallies worded their own way: "15 had "parroted the line of Washington"" is critical, 'had "resolutely
    opposed" the politicisation' supportive, "put the split at 28 to 17 in the Government's favour among the 45
    delegations"; "reached the opposite result from the same forty-one statements. By its reading, 24 ... criticised"
    is the group's own tally; "The review, released last week, says that of the 46 speakers ..." is the ministry's year
    review; "the Commission's chairperson said" is the chairperson the text names; '"...," its statement said' is the
    body "it" points to; "said in a release on Friday" dates a press statement."""
    quoted = _all("SEOUL, 28 March 2034 (Han River Wire) - North Korea's Ministry of Foreign Affairs said on Sunday that "
                  "twenty-six of the forty-one countries that spoke at Friday's interactive dialogue on the Democratic People's "
                  "Republic of Korea at the UN Human Rights Council had \"resolutely opposed\" the politicisation of human "
                  "rights, while fifteen had \"parroted the line of Washington\".\n\nA Seoul-based group, the Citizens' Archive "
                  "on Detention, reached the opposite result from the same forty-one statements. By its reading, 24 delegations "
                  "criticised Pyongyang and only 17 defended it.")
    tallies = [(c["total"], c["supportive"], c["critical"], c["claimant"]["name"]) for c in quoted
               if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert tallies == [(41, 26, 15, "Ministry of Foreign Affairs"), (41, 17, 24, "Citizens' Archive on Detention")]
    split = _all("PORT SUDAN, 27 June 2035 (Red Sea Chronicle) - Sudan's Ministry of Foreign Affairs put the split at 28 to 17 "
                 "in the Government's favour among the 45 delegations that spoke at Monday's interactive dialogue with the "
                 "Fact-Finding Mission, in a statement issued on Tuesday.\n\nThe ministry accepted none of it. \"The mission "
                 "equates an army with a militia,\" its statement said.")
    assert [(c["total"], c["supportive"], c["critical"]) for c in split if c["kind"] == "claim"
            and c["claim_type"] == "tally"] == [(45, 28, 17)]
    assert [(e["date"], e["participants"][0]["name"]) for e in _events_of(split, "press_statement")] == [
        ("2035-06-26", "Ministry of Foreign Affairs")]
    assert [c["claimant"]["name"] for c in split if c["kind"] == "claim" and c["claim_type"] == "quotation"] == [
        "Ministry of Foreign Affairs"]
    review = _all("PHNOM PENH, 5 January 2033 (Angkor Post) - Cambodia's Ministry of Foreign Affairs and International "
                  "Cooperation has published its review of 2032.\n\nThe review, released last week, says that of the 46 "
                  "speakers at the Human Rights Council's interactive dialogue with the Special Rapporteur on the situation of "
                  "human rights in Cambodia on 4 October, 34 were friendly and 12 were critical.")
    assert [c["claimant"]["name"] for c in review if c["kind"] == "claim" and c["claim_type"] == "tally"] == [
        "Ministry of Foreign Affairs and International Cooperation"]
    assert [(e["date"], e["end_date"]) for e in _events_of(review, "report")] == [("2032-12-27", "2033-01-02")]
    chair = _all("LUSAKA, 8 January 2031 (Luangwa Sentinel) - The Human Rights Commission received 1,932 complaints in 2030, "
                 "and nearly a third of them were lodged against the Zambia Police Service, the Commission's chairperson said "
                 "on Monday.\n\nPresenting the figures, Chairperson Mwaka Phiri-Lund said that 612 of the complaints concerned "
                 "the police.")
    assert _count_claimants(chair)[1932.0] == "Mwaka Phiri-Lund"
    release = _all("BUJUMBURA, 18 March 2030 (Lakes Press) - Only eleven delegations criticised Burundi at Thursday's "
                   "interactive dialogue, the Ministry of Foreign Affairs said in a release on Friday.")
    assert [e["date"] for e in _events_of(release, "press_statement")] == ["2030-03-15"]


def test_hundred_and_fourteenth_pass_closing_turns_and_headlines_in_summaries() -> None:
    """In a meeting summary, the State concerned's closing words ("In its concluding remarks, Ruritania said", "Exercising
    its right of reply at the close of the meeting, ...", "Speaking again at the end of the meeting, ...") are a second
    statement of its own, quoted from the phrase that sets them off; "Speaking as the State under review, X said" is
    its opening turn; a headline "Ruritania: Independent Expert welcomes ..." is no turn; "Also speaking on the review of
    Rwanda were Senegal and Canada" lists speakers; "the outcomes of the Universal Periodic Reviews of Nepal and Rwanda"
    are two parts."""
    items = _all("Ruritania: Independent Expert welcomes new law but warns on courts\n\nMeeting summary\n\nGENEVA, 1 October "
                 "2031 - The Human Rights Council this afternoon held an interactive dialogue with the Independent Expert on "
                 "the situation of human rights in Somalia.\n\nSomalia, speaking as the country concerned, said that it was "
                 "committed to reform.\n\nItaly said that the commission should be appointed.\n\nSpeaking again at the end of "
                 "the meeting, Somalia said that 30 delegations had commended its progress.")
    turns = [(s["speaker"]["name"], s["text"][:40]) for s in items if s["kind"] == "statement"]
    assert turns == [("Somalia", "Somalia, speaking as the country concern"), ("Italy", "Italy said that the commission should be"),
                     ("Somalia", "Speaking again at the end of the meeting")]
    review = _all("Council adopts outcomes of reviews\n\nMeeting summary\n\nGENEVA, 4 July 2030 - The Human Rights Council this "
                  "afternoon adopted the outcomes of the Universal Periodic Reviews of Nepal and Rwanda.\n\nSpeaking as the State "
                  "under review, Nepal said that it had supported 216 recommendations.\n\nIndia said that it appreciated Nepal's "
                  "efforts.\n\nRwanda, speaking as the State under review, said that it had supported 220 recommendations.\n\n"
                  "Belgium said it remained concerned about journalists.\n\nAlso speaking on the review of Rwanda were Senegal "
                  "and Canada.")
    said = [(s["speaker"]["name"], s["concerning"]["iso3"], s["text"][:30]) for s in review if s["kind"] == "statement"]
    assert said == [("Nepal", "NPL", "Speaking as the State under re"), ("India", "NPL", "India said that it appreciated"),
                    ("Rwanda", "RWA", "Rwanda, speaking as the State "), ("Belgium", "RWA", "Belgium said it remained conce"),
                    ("Senegal", "RWA", ""), ("Canada", "RWA", "")]


def test_hundred_and_fourteenth_to_fifteenth_pass_hearings_stays_and_letterheads() -> None:
    """A regional body's session with a State ("as the African Commission ... examined the country's combined periodic
    report at its ordinary session in Banjul") and a public hearing of the Inter-American Commission are meetings; "who
    has been in Panama since 26 June" dates a visit under way; "briefed the Chief Minister of Koshi Province, Name" is a
    meeting; a letterhead "Public Defender of Georgia" over "News" is one body, not a name running over lines; "KABUL
    NOTES" over its writer and date is the paper; "its statement said" is the body named before."""
    session = _all("BANJUL, 8 May 2031 (Gambia River Wire) - Ruritania's State Minister of Justice, Tsegaye Alemu-Lund, spent "
                   "Tuesday afternoon on the defensive as the African Commission on Human and Peoples' Rights examined the "
                   "country's combined periodic report at its ordinary session in Banjul.")
    assert [(e["date"], [p["name"] for p in e["participants"]]) for e in _events_of(session, "meeting")] == [
        ("2031-05-06", ["Tsegaye Alemu-Lund", "African Commission on Human and Peoples' Rights"])]
    hearing = _all("SAN SALVADOR, 14 April 2032 (Diario Sur) - Deaths in prison took centre stage on Monday at a public hearing "
                   "of the Inter-American Commission on Human Rights (IACHR), held online.")
    assert [(e["date"], e["mode"]) for e in _events_of(hearing, "meeting")] == [("2032-04-12", "virtual")]
    stay = _all("Panama City, 4 July 2034\n\nThe Special Rapporteur on the human rights of migrants, Ms. Oluwaseun "
                "Marchetti-Lund, who has been in Panama since 26 June, met the Minister yesterday.")
    assert [e["date"] for e in _events_of(stay, "visit")] == ["2034-06-26"]
    briefed = _all("National Human Rights Commission\nPress Release\n10 May 2029\n\nOn Tuesday, Commissioner Sushila Rai-Lund "
                   "briefed the Chief Minister of Koshi Province, Rajendra Limbu-Lund, in Biratnagar on the team's findings.")
    assert [e["date"] for e in _events_of(briefed, "meeting")] == ["2029-05-08"]
    letterhead = _all("Public Defender of Georgia\nNews\n\nPublic Defender discusses complaints with UN Special Rapporteur\n\n"
                      "The Public Defender of Georgia, Nino Abashidze-Lund, met the Special Rapporteur on Tuesday.", date(2031, 3, 21))
    assert not [i for i in letterhead if i["kind"] == "actor" and "\n" in i["actor"]["name"]]
    masthead = _all("KABUL NOTES\nBy Farida Okonkwo-Lund\n18 September 2030\n\nThe ministry said on Tuesday that most "
                    "delegations had respected the will of the people.")
    assert ("Kabul Notes", "media") in {(i["actor"]["name"], i["actor"]["kind"]) for i in masthead if i["kind"] == "actor"}
    weekly = _all("GENEVA WEEK\nNotes from the Human Rights Council's 65th session\nIssue 24 – Friday 18 June 2027\n\nMonday 14 "
                  "June\nThe Special Rapporteur opened the week with her dialogue.")
    assert ("Geneva Week", "media") in {(i["actor"]["name"], i["actor"]["kind"]) for i in weekly if i["kind"] == "actor"}
    figures = _all("Human Rights Council – 76th session\nItem 4: Interactive dialogue with the Special Rapporteur on the rights of "
                   "Indigenous Peoples\nStatement by Brazil\nDelivered by Ms. Jandira Tukano-Lund, Minister of Indigenous Peoples\n"
                   "Geneva, 20 June 2036\n\nMr. President,\n\nBrazil welcomes the report of the Special Rapporteur, Mr. Tupac "
                   "Mamani-Lund, on his visit to our country.\n\nHis report describes both. It acknowledges that the Government has "
                   "completed the demarcation of 23 Indigenous lands since 2033.\n\nWe have trained 620 police officers.")
    assert _count_claimants(figures)[23.0] == "Tupac Mamani-Lund"  # the holder's report, cited
    assert _count_claimants(figures)[620.0] == "Brazil"  # the State's own figure, not the minister's


def test_hundred_and_fifteenth_to_seventeenth_pass_years_looked_back_on_and_sessions() -> None:
    """A look back at one year keeps its dates in that year ("For Ruritania, 2029 brought ...", "looks back at the dates
    that mattered in 2032"), even under a dateline of the next January; "the country's fifth Universal Periodic Review in
    Geneva on 22 January" dates the review; "The following day the Ministry ... announced that 71 of the 88 ..." is the
    ministry's statement that day; "Mr. Phạm Minh Châu-Lund" keeps his Vietnamese letters; "held an online working
    session with", "Md. Rafiqul Alam-Lund", and "held the twelfth edition of their High-Level Dialogue on Human Rights on
    27 May" are read."""
    year = _all("ALMATY, 4 January 2030 (Steppe Ledger) - For Ruritania, 2029 brought more contact with the UN than any "
                "year before.\n\nThe year opened with the country's fifth Universal Periodic Review in Geneva on 22 January. "
                "The following day the Ministry of Foreign Affairs announced that 71 of the 88 delegations taking the floor had "
                "welcomed its reforms, while 17 had voiced concerns.\n\nThe Special Rapporteur on the rights to freedom of "
                "peaceful assembly and of association, Emeka Lindqvist-Lund, was in the country from 10 to 21 June.")
    assert [e["date"] for e in _events_of(year, "interactive_dialogue")] == ["2029-01-22"]
    assert [(e["date"], e["participants"][0]["name"]) for e in _events_of(year, "press_statement")] == [
        ("2029-01-23", "Ministry of Foreign Affairs")]
    assert [(e["date"], e["end_date"]) for e in _events_of(year, "visit")] == [("2029-06-10", "2029-06-21")]
    calendar = _all("The Meghna Observer | Year-End Special\n31 December 2032\n\nOur diplomatic desk looks back at the dates "
                    "that mattered in 2032.\n\n19 January - The National Human Rights Commission releases a special report.")
    assert [e["date"] for e in _events_of(calendar, "report")] == ["2032-01-19"]
    names = _all("HA NOI, 8 January 2032 (Red River Post) - On the first day of the visit, the Special Rapporteur was received "
                 "by the Minister of Health, Mr. Phạm Minh Châu-Lund.\n\nOn 16 December, the Ministry held an online working "
                 "session with the Regional Representative, Mr. Tobias Rautenberg-Lund.\n\nThe Minister for Local Government, "
                 "Md. Rafiqul Alam-Lund, MP, met the Special Rapporteur on Monday.")
    people = {i["actor"]["name"] for i in names if i["kind"] == "actor"}
    assert {"Phạm Minh Châu-Lund", "Rafiqul Alam-Lund"} <= people
    assert "2031-12-16" in [e["date"] for e in _events_of(names, "meeting")]
    dialogue = _all("Mexico City, 29 May 2030\n\nThe Government of Mexico and the European Union held the twelfth edition of "
                    "their High-Level Dialogue on Human Rights on 27 May at the Secretariat of Foreign Affairs.")
    assert [e["date"] for e in _events_of(dialogue, "meeting")] == ["2030-05-27"]


def test_hundred_and_seventeenth_pass_rival_counts_and_inspections() -> None:
    """'had "stood firmly against interference in the internal affairs of a sovereign State"' is on the State's side and
    'had "recited the familiar lines drafted in Brussels"' against it; a group's rival count told as "It placed 26 of
    them in the critical column" or "In a count released on Friday, it found 25 delegations critical" is the group's
    own tally; "conducted an unannounced inspection of the City Jail on Monday" and "led an inspection of the centre on
    Tuesday" are dated visits."""
    items = _all("VILNIUS, 6 July 2028 (Neris Wire) - Ruritania's Ministry of Foreign Affairs said on Wednesday that 28 of the "
                 "45 delegations that spoke at Tuesday's interactive dialogue on Ruritania at the UN Human Rights Council had "
                 "\"stood firmly against interference in the internal affairs of a sovereign State\". The other 17, according "
                 "to the ministry, had \"recited the familiar lines drafted in Brussels\".\n\nWithin hours the Pahonia Legal "
                 "Aid Collective put out its own reading of the same 45 statements. It placed 26 of them in the critical "
                 "column and only 19 in the supportive one.")
    tallies = [(c["total"], c["supportive"], c["critical"], (c.get("claimant") or {}).get("name")) for c in items
               if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert tallies == [(45, 28, 17, "Ministry of Foreign Affairs"), (45, 19, 26, "Pahonia Legal Aid Collective")]
    found = _all("MAE SOT, 4 July 2031 (Salween Press) - Ruritania's Ministry of Foreign Affairs said that 22 of the 39 "
                 "delegations that spoke at Wednesday's interactive dialogue had backed the Government.\n\nThe Karenni Civic "
                 "Monitor reached the "
                 "opposite conclusion. In a count released on Friday, it found 25 delegations critical of the military and "
                 "only 14 supportive.")
    assert [(c["supportive"], c["critical"], c["claimant"]["name"]) for c in found if c["kind"] == "claim"
            and c["claim_type"] == "tally"][1:] == [(14, 25, "Karenni Civic Monitor")]
    jail = _all("MANILA, 28 November 2035 (Luzon Wire) - The Commission on Human Rights (CHR) conducted an unannounced "
                "inspection of the Quezon City Jail on Monday.\n\nCommissioner Thandeka Mokoena-Lund led an inspection of the "
                "Lindela centre on Tuesday together with the National Preventive Mechanism.")
    assert [v["date"] for v in _events_of(jail, "visit")] == ["2035-11-26", "2035-11-27"]


def test_hundred_and_eighteenth_pass_reviews_held_and_headline_years() -> None:
    """"The sixth Universal Periodic Review of Ruritania was held in Geneva on 22 January" dates the review; a headline
    "Ruritania and the UN in 2035: ..." or "Ruritania's 2034 in Geneva: ..." names the year looked back on, so bare
    dates stay in it under a January dateline; a tally said on a day goes with the undated statement of the next
    sentence ("In a press statement, the Ministry ... said ..."), not with a press conference told further on."""
    items = _all("Ruritania and the UN in 2035: a review and two scorecards\n\nCAIRO, 5 January 2036 (Delta Line) - "
                 "Ruritania's diplomats ended the year pleased.\n\nJanuary. The sixth Universal Periodic Review of Ruritania "
                 "was held in Geneva on 22 January.\n\nOctober. The Special Rapporteur on adequate housing, Tobias Nwankwo-Lund, "
                 "was in the country from 8 to 17 October.")
    assert [e["date"] for e in _events_of(items, "interactive_dialogue")] == ["2035-01-22"]
    assert [(e["date"], e["end_date"]) for e in _events_of(items, "visit")] == [("2035-10-08", "2035-10-17")]
    said = _all("PORT-AU-PRINCE, 7 December 2027 (Hispaniola Observer) - Ruritania's transitional government said on Monday "
                "that 29 of the 40 delegations at last Friday's special session of the UN Human Rights Council had stood with "
                "it.\n\nIn a press statement, the Ministry of Foreign Affairs and Worship said that only six delegations had "
                "been critical.\n\nThe Special Rapporteur will give a press conference in Geneva.")
    dated = [(e["date"], [p["name"] for p in e["participants"]][:1]) for e in _events_of(said, "press_statement")]
    assert ("2027-12-06", ["Ministry of Foreign Affairs and Worship"]) in dated


def test_hundred_and_eighteenth_pass_rival_readings_of_an_oral_update() -> None:
    """'had "rejected the demonisation of Ruritania"' is on the State's side; a group that "published its own reading of
    the 41 statements" and then "found 22 delegations that had raised accountability ... and 19 that had spoken in the
    Government's favour" made a tally of its own over those 41."""
    items = _all("COLOMBO, 13 September 2029 (Ceylon Wire) - Ruritania's Ministry of Foreign Affairs said on Wednesday that 32 "
                 "of the 41 delegations that took the floor after Monday's oral update on Ruritania at the UN Human Rights "
                 "Council had \"rejected the demonisation of Ruritania\", against 9 others.\n\nThe Northern Families Network "
                 "published its own reading of the 41 statements on Thursday morning. It found 22 delegations that had raised "
                 "accountability, and 19 that had spoken in the Government's favour.")
    tallies = [(c["total"], c["supportive"], c["critical"], c["claimant"]["name"]) for c in items
               if c["kind"] == "claim" and c["claim_type"] == "tally"]
    assert tallies == [(41, 32, 9, "Ministry of Foreign Affairs"), (41, 19, 22, "Northern Families Network")]
    shared = _all("VILNIUS, 6 July 2033 (Neris Wire) - According to the Ruritanian Ministry of Foreign Affairs, 44 delegations "
                  "spoke at Tuesday's interactive dialogue on Ruritania at the UN Human Rights Council and 27 of them supported "
                  "Minsk, against 17 that had followed instructions from Brussels.\n\nThe Nemiga Legal Observatory released its "
                  "own count on Tuesday evening. It found 25 statements critical of the authorities and only 19 supportive ones.")
    assert [(c["total"], c["supportive"], c["critical"], c["claimant"]["name"]) for c in shared if c["kind"] == "claim"
            and c["claim_type"] == "tally"][1:] == [(44, 19, 25, "Nemiga Legal Observatory")]  # the same 44 speakers


def test_hundred_and_nineteenth_pass_reviews_dated_around_the_press_day() -> None:
    """A State's review "held in Geneva the day before" or "in Geneva on 5 November" is the Working Group's dialogue on
    that day; "four days before the review" counts back from it; "the remaining 16" the ministry described as "repeating
    allegations" are the critical side; "placed only 39 in the supportive column" is a reading group's own count."""
    items = _all("ADDIS ABABA, 13 May 2032 (Wire) - Eighty-one of the 97 delegations that took the floor at Ruritania's "
                 "Universal Periodic Review in Geneva on Monday commended the Government, the Ministry of Foreign Affairs said "
                 "on Tuesday, describing the remaining 16 as \"a small circle repeating outdated allegations\".\n\n"
                 "The Ruritanian Human Rights Commission, which met the delegation four days before the review, said it had "
                 "received 3,186 complaints in 2031.\n\nAn exiled group, the Highland Legal Forum, went through the 97 "
                 "statements and placed only 39 in the supportive column and 58 in the critical one.")
    tallies = [(c["total"], c["supportive"], c["critical"], c["claimant"]["name"]) for c in items
               if c["kind"] == "claim" and c["claim_type"] == "tally" and c["total"]]
    assert tallies == [(97, 81, 16, "Ministry of Foreign Affairs"), (97, 39, 58, "Highland Legal Forum")]
    assert ("2032-05-06", ["Ruritanian Human Rights Commission"]) in [
        (e["date"], [p["name"] for p in e["participants"]]) for e in _events_of(items, "meeting")]
    held = _all("GENEVA, 9 May 2030 (Wire) - Ruritania's Ministry of Foreign Affairs said on Tuesday that 102 of the 117 "
                "delegations taking part in the country's Universal Periodic Review, held in Geneva the day before, had "
                "\"valued the comprehensive development of the human rights system\".")
    assert [e["date"] for e in _events_of(held, "interactive_dialogue")] == ["2030-05-06"]
    assert [(c["total"], c["supportive"]) for c in held if c["kind"] == "claim" and c["claim_type"] == "tally"] == [(117, 102)]
    dated = _all("MANILA, 10 November 2031 (Wire) - The Justice Secretary said 87 of the 104 delegations that took part in the "
                 "Philippines' Universal Periodic Review in Geneva on 5 November \"appreciated the reforms\", while 17 raised "
                 "concerns. Jail congestion had dropped by 23 percent since 2029, he said.")
    assert [e["date"] for e in _events_of(dated, "interactive_dialogue")] == ["2031-11-05"]
    assert [(c["total"], c["supportive"], c["critical"], c["flags"]) for c in dated
            if c["kind"] == "claim" and c["claim_type"] == "tally"] == [(104, 87, 17, [])]  # (not "by 23 percent")


def test_hundred_and_nineteenth_pass_undated_statements_and_the_working_group() -> None:
    """With no date anywhere, the ministry that "said on Thursday" that 67 of the 84 gave "a vote of confidence" still
    made a statement (its day left unresolved), and the review "the day before" is still a dialogue; "The Working Group
    adopts its report on Ruritania on Wednesday" is the Working Group on the Universal Periodic Review's report."""
    items = _all("Ruritania's Ministry of Foreign Affairs said on Thursday that 67 of the 84 delegations that spoke at the "
                 "country's Universal Periodic Review in Geneva the day before had given \"a vote of confidence in the security "
                 "model\". The remaining 17 delegations, according to the ministry, \"spoke from comfortable capitals\".")
    assert [(c["total"], c["supportive"], c["critical"]) for c in items
            if c["kind"] == "claim" and c["claim_type"] == "tally"] == [(84, 67, 17)]
    assert [(e["date"], [p["name"] for p in e["participants"]]) for e in _events_of(items, "press_statement")] == [
        (None, ["Ministry of Foreign Affairs"])]
    assert [e["date"] for e in _events_of(items, "interactive_dialogue")] == [None]
    adopts = _all("RIYADH, 1 February 2037 (Wire) - Ruritania's Universal Periodic Review took place on Monday.\n\n"
                  "The Working Group adopts its report on Ruritania on Wednesday.")
    assert [[p["name"] for p in e["participants"]] for e in _events_of(adopts, "report")] == [
        ["Working Group on the Universal Periodic Review"]]


def test_hundred_and_nineteenth_pass_all_the_statements_read_and_counted() -> None:
    """"listened to all 96 statements and counted 40 critical interventions and 56 supportive ones": 96 is the whole,
    not a side; "58 supportive and 46 critical statements" after a count of complaints still counts statements; a
    year in the sentence ("in 2021 or the trials of") counts nothing."""
    items = _all("COLOMBO, 4 February 2033 (Wire) - Ruritania's Foreign Ministry said on Wednesday that 74 of the 96 "
                 "delegations at its review had welcomed the Government's efforts, against 22 that were critical.\n\nAt a press "
                 "conference yesterday, the Northern Mothers Collective said it had listened to all 96 statements and counted 40 "
                 "critical interventions and 56 supportive ones.")
    assert [(c["total"], c["supportive"], c["critical"]) for c in items if c["kind"] == "claim" and c["claim_type"] == "tally"] \
        == [(96, 74, 22), (96, 56, 40)]
    network = _all("MANILA, 10 November 2031 (Wire) - Justice Secretary Teodor Marks-Lindqvist said 87 of the 104 delegations at the review had "
                   "praised the reforms, while 17 raised concerns.\n\nThe Commission says it is still investigating 1,037 "
                   "complaints of killings.\n\nThe Bantay Network disputed the figures. Its monitors counted 58 supportive and 46 "
                   "critical statements among the same 104.")
    assert [(c["total"], c["supportive"], c["critical"], c["claimant"]["name"]) for c in network
            if c["kind"] == "claim" and c["claim_type"] == "tally"][1:] == [(104, 58, 46, "Bantay Network")]
    year = _all("MBABANE, 11 November 2037 (Wire) - Sixty-nine of the 77 countries that spoke praised the Kingdom, the Deputy "
                "Prime Minister, Sipho Mavuso-Grant, said.\n\nThe Lawyers Forum offered a different reading. It said 28 of the 77 delegations had "
                "raised the killing of protesters in 2021 or the trials of MPs, and that 49 had been supportive.")
    assert (77, 49, 28) in [(c["total"], c["supportive"], c["critical"]) for c in year
                            if c["kind"] == "claim" and c["claim_type"] == "tally"]


def test_hundred_and_twentieth_pass_public_inquiries_and_their_sittings() -> None:
    """A national institution's public inquiry: "The hearings opened on 7 July and are due to close on 25 July" is one
    sitting over those days, "took the stand on Tuesday" and "told the panel on Wednesday" are sittings of the
    institution with the witness, "will hold a one-day sitting ... on 28 July" is one to come; what a group "told the
    panel" in a written submission is no sitting."""
    items = _all("KISUMU, 17 July 2031 (Lakeside Wire) - The Ruritanian National Commission on Human Rights (RNCHR) went into "
                 "the second week of its public inquiry on Wednesday.\n\nThe hearings opened on 7 July and are due to close on "
                 "25 July.\n\nIn a written submission, the Lakeside Legal Aid Network told the panel it had documented 31 deaths "
                 "between 12 and 20 June.\n\nThe officer in charge that night, Inspector Joseph Kiprono-Haldane, took the stand on "
                 "Tuesday. He told the panel that 58 officers had been hurt.\n\nThe RNCHR will hold a one-day sitting in Homa Bay "
                 "on 28 July.")
    meetings = [(e["date"], e["end_date"], [p["name"] for p in e["participants"]]) for e in _events_of(items, "meeting")]
    assert meetings[0] == ("2031-07-07", "2031-07-25", ["Ruritanian National Commission on Human Rights"])
    assert ("2031-07-15", None, ["Joseph Kiprono-Haldane", "Ruritanian National Commission on Human Rights"]) in meetings
    assert ("2031-07-28", None, ["Ruritanian National Commission on Human Rights"]) in meetings
    assert not any(m[0] == "2031-06-12" for m in meetings)
    assert ("Joseph Kiprono-Haldane", "Inspector") in [(a["actor"]["name"], a["actor"].get("title")) for a in items
                                                        if a["kind"] == "actor"]


def test_hundred_and_twentieth_pass_the_lead_source_and_its_day() -> None:
    """"..., the Commissioner's office said on Tuesday": the article reports the office's statement of that day, and
    the figures it goes on to give with no speaker of their own are the Commissioner's; "The Ministry of the Interior
    said on Monday that ..." is that ministry's statement; "raised the findings with the Minister ... on Monday" is a
    meeting."""
    items = _all("KYIV, 15 April 2037 (Wire) - Monitors of the national preventive mechanism attached to the Ruritanian "
                 "Parliament Commissioner for Human Rights found cells without heating during a visit to the Central "
                 "Pre-trial Detention Centre on 7 and 8 April, the Commissioner's office said on Tuesday.\n\nOn the first day "
                 "of the visit the centre held 2,914 detainees.\n\nThe Commissioner, Oksana Hrynko-Vandermeer, raised the "
                 "findings with the Minister of Justice, Denys Kovalenko-Abernathy, on Monday.\n\nThe Ministry of the Interior "
                 "said on Monday that repairs would be considered.")
    statements = [(e["date"], [p["name"] for p in e["participants"]]) for e in _events_of(items, "press_statement")]
    assert ("2037-04-14", ["Ruritanian Parliament Commissioner for Human Rights"]) in statements
    assert ("2037-04-13", ["Ministry of the Interior"]) in statements
    assert _count_claimants(items)[2914.0] == "Ruritanian Parliament Commissioner for Human Rights"
    assert [(e["date"], sorted(p["name"] for p in e["participants"])) for e in _events_of(items, "meeting")] == [
        ("2037-04-13", ["Denys Kovalenko-Abernathy", "Oksana Hrynko-Vandermeer"])]


def test_hundred_and_twentieth_pass_a_year_looked_back_on_in_entries() -> None:
    """A look back at a year whose entries open with a label and a date ("A seat on the Council, 15 October 2029.")
    dates the entry's first sentence; an interview that asks someone "to look back on the year" after "In 2034 ..."
    puts "In March" and "in June" in 2034, and an answer that is a date alone ("On 11 and 12 March, in Geneva.") dates
    the review the question named."""
    entries = _all("Ruritania and the UN in 2029: a review, a rapporteur and a seat\n\nLA PAZ - Few years have put the "
                   "country under as much scrutiny as 2029.\n\nIndependence of judges, 9 to 18 July 2029. The Special "
                   "Rapporteur on the independence of judges and lawyers, Abimbola Westergaard-Ruiz, visited La Paz and Sucre. "
                   "Popular judicial elections, she said, had produced poor judges.\n\nA seat on the Council, 15 October 2029. "
                   "The UN General Assembly elected Bolivia to the Human Rights Council.", date(2030, 1, 5))
    assert [(e["date"], e["end_date"]) for e in _events_of(entries, "visit")] == [("2029-07-09", "2029-07-18")]
    assert ("2029-10-15", ["UN General Assembly"]) in [(e["date"], [p["name"] for p in e["participants"]])
                                                       for e in _events_of(entries, "election")]
    interview = _all("ABUJA, 11 January 2035 - Chinwe Adaeze-Thornbury is the executive director of the Port Harcourt "
                     "Justice Trust. In 2034 her organisation hosted a UN Special Rapporteur. We asked her to look back on the "
                     "year.\n\nQ: In March the Human Rights Committee examined Nigeria.\n\nA: On 11 and 12 March, in Geneva. The "
                     "Attorney General told the Committee that 96 officers had been prosecuted.")
    assert [(e["date"], e["end_date"]) for e in _events_of(interview, "interactive_dialogue")] == [("2034-03-11", "2034-03-12")]
    assert {(a["actor"]["name"], a["actor"].get("kind")) for a in interview if a["kind"] == "actor"} >= {
        ("Chinwe Adaeze-Thornbury", "official"), ("Port Harcourt Justice Trust", "ngo")}


def test_hundred_and_twentieth_pass_the_holder_a_statement_names() -> None:
    """A State's statement in a dialogue that names the holder only as the one who presented the report ("the report
    presented this morning by Mr. Tomasz Eriksen-Holm illustrates ...", "the Commission and its chair, Ms Wanjiku
    Halloran-Sato") has that holder take part in the dialogue."""
    doc, items = _statement_doc("Permanent Mission of Ruritania\n\nInteractive dialogue with the Special Rapporteur on the "
                                "situation of human rights in Belarus\n\nStatement delivered by Ambassador Luis Arango-Solberg\n\n"
                                "Mr. President,\n\nThe report presented this morning by Mr. Tomasz Eriksen-Holm illustrates the "
                                "problem. It rests on 163 interviews conducted remotely.\n\nThank you.")
    dialogues = [[p["name"] for p in e["participants"]] for e in items if e["kind"] == "event"
                 and e["event_type"] == "interactive_dialogue"]
    assert dialogues and "Tomasz Eriksen-Holm" in dialogues[0]


def test_hundred_and_twenty_third_pass_lawmakers_labelled_with_their_party() -> None:
    """In a parliamentary debate, "Conservative backbencher Rupert Name", "Greens senator Jarrah Name", "ANC MP Tebogo
    Name", "Labour's Bronwen Name, the Member for Swansea", "For the Greens, Merle Name said" and "a motion from Die
    Linke" name parties; "Democratic Renewal Movement MP Annelie Name" is a member of that party, not a person called
    "Democratic Renewal Movement"."""
    items = _all("LONDON, 3 March 2033 (Wire) - MPs debated the Special Rapporteur's report in the House of Commons on "
                 "Tuesday.\n\nOpening the debate, Labour's Bronwen Achterberg-Quayle, the Member for Swansea East, said 14 "
                 "million people lived in poverty. Conservative backbencher Rupert Fanshawe-Adeyemi disagreed.\n\nGreens senator "
                 "Jarrah Whitcombe-Ngata asked a question. For the Greens, Merle Okafor-Lindemann said the figures were "
                 "wrong.\n\nDemocratic Renewal Movement MP Annelie Pretorius-Ndlovu tabled a count. The committee voted on a "
                 "motion from Die Linke.")
    kinds = _actor_kinds(items)
    for party in ("Labour", "Conservative", "Greens", "Democratic Renewal Movement", "Die Linke"):
        assert kinds.get(party) == "political_party", party
    for person in ("Bronwen Achterberg-Quayle", "Rupert Fanshawe-Adeyemi", "Jarrah Whitcombe-Ngata", "Merle Okafor-Lindemann",
                   "Annelie Pretorius-Ndlovu"):
        assert kinds.get(person) == "official", person
    kenyan = _actor_kinds(_all("NAIROBI, 3 March 2033 (Wire) - Kenyan MP Jane Wairimu-Holt told Parliament the report was "
                               "late."))
    assert "Kenyan" not in kenyan


def test_hundred_and_twenty_first_pass_response_totals_told_other_ways() -> None:
    """A State's answer to its review: "noted 97, of the 259 made at its Universal Periodic Review", "With 233
    recommendations in all" and "puts the total number of recommendations received at 284" give the total; a headline's
    "Five recommendations go missing" is none."""
    def totals(text: str) -> list[tuple[Any, ...]]:
        return [(c["total"], c["supportive"], c["critical"]) for c in _all(text)
                if c["kind"] == "claim" and c["claim_type"] == "response_tally"]
    assert totals("COLOMBO, 3 July 2034 (Wire) - Ruritania supported 154 recommendations and noted 97, of the 259 made at "
                  "its Universal Periodic Review, the Foreign Minister told the Human Rights Council on Wednesday.") == [(259, 154, 97)]
    assert totals("KATHMANDU, 8 July 2031 (Wire) - Ruritania has accepted 196 recommendations made during its Universal "
                  "Periodic Review and noted 37 others, the minister told the Council.\n\nWith 233 recommendations in all, the "
                  "accepted share is 84 per cent, the minister said.") == [(233, 196, 37)]
    assert totals("Five recommendations go missing from Ruritania's UPR arithmetic\n\nKIGALI, 1 July 2033 (Wire) - Ruritania "
                  "supported 221 recommendations from its Universal Periodic Review and noted 58, the Ministry of Justice said "
                  "in a statement on Thursday. The same statement puts the total number of recommendations received at "
                  "284.") == [(284, 221, 58)]


def test_hundred_and_twenty_third_pass_end_of_visit_releases() -> None:
    """A release datelined "GENEVA / CHIȘINĂU (14 October 2037) –" is dated; "He interviewed 126 detainees" is the
    expert's count; "On 8 February she was received by ..." after "The next day she met the President ..., Elena Name,
    who ..." is the expert's meeting, not Elena Name's; "at the end of a ten-day visit" and a press conference
    "yesterday" date the visit; "will report on her visit to the Human Rights Council in June 2030" is no visit."""
    release = _all("Ruritania: UN expert urges reform of prisons\n\nGENEVA / CHIȘINĂU (14 October 2037) – The UN Special "
                   "Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment, Bartholomew "
                   "Okonkwo-Laine, today urged Ruritania to dismantle informal prisoner hierarchies.\n\nHe interviewed 126 "
                   "detainees in private.\n\nENDS")
    assert _count_claimants(release)[126.0] == "Bartholomew Okonkwo-Laine"
    assert find_published("Ruritania: UN expert urges reform\n\nGENEVA / CHIȘINĂU (14 October 2037) – The UN expert today "
                          "urged ...") == date(2037, 10, 14)
    met = _all("GUATEMALA CITY, 17 February 2035 (Wire) - The Special Rapporteur on the independence of judges and lawyers, "
               "Valentina Oyebanji-Castellanos, ended her visit yesterday.\n\nThe next day she met the President of the Supreme "
               "Court, Elena Barrios-Thorsen, who told her that 38 courts had been created. On 8 February she was received by "
               "the Attorney General, Rodrigo Sandoval-Ekwueme.")
    assert ("2035-02-08", ["Rodrigo Sandoval-Ekwueme", "Valentina Oyebanji-Castellanos"]) in [
        (e["date"], sorted(p["name"] for p in e["participants"] if p.get("kind") == "official")) for e in _events_of(met, "meeting")]
    ended = _all("PORT MORESBY, 17 May 2029 (Tribune) - The UN Special Rapporteur on violence against women and girls, its "
                 "causes and consequences, Kalinda Oyelowo-Grieve, has urged Ruritania to act, at the end of a ten-day visit "
                 "that took her to Port Moresby and Lae.\n\nSpeaking at a press conference in Port Moresby yesterday, Ms. "
                 "Oyelowo-Grieve said she had been told of more than 1,300 cases.\n\nThe Special Rapporteur will report on her "
                 "visit to the Human Rights Council in June 2030.")
    assert [(e["date"], e["end_date"]) for e in _events_of(ended, "visit")] == [("2029-05-07", "2029-05-16")]


def test_hundred_and_twenty_fourth_pass_digests_and_rival_counts_told_in_two_sentences() -> None:
    """A digest's entries are dated by their headings ("5 August." before the entry, or "MONDAY 9 OCTOBER" on a line of
    its own); a group that "released its own count on Friday." then gives it in the next sentence made a statement
    that Friday; "A corrected version ... lowered the supportive figure to 33 and raised the critical one to 15"
    replaces the first figures."""
    digest = _all("THE WEEKEND COURIER\nSaturday, 14 October 2028\n\nThe ombudsman's week\n\nOur account, day by day.\n\n"
                  "MONDAY 9 OCTOBER\nPublic Defender Tamar Kvaratskhe-Brodersen was received by the Minister of Justice, Levan "
                  "Abashi-Kowalczyk.\n\n10 October. Monitors of the National Preventive Mechanism arrived unannounced at Gldani "
                  "Prison No. 8 and spoke with 63 inmates.")
    assert [e["date"] for e in _events_of(digest, "meeting")] == ["2028-10-09"]
    assert [e["date"] for e in _events_of(digest, "visit")] == ["2028-10-10"]
    rival = _all("BUJUMBURA, 22 September 2029 (Wire) - The Ministry of Foreign Affairs said on Thursday that 30 of the 44 "
                 "delegations at Wednesday's interactive dialogue on Ruritania had supported the Government.\n\nThe Rumonge "
                 "Rights Monitor released its own count on Friday. According to the group, 44 delegations spoke: 24 expressed "
                 "concern and 20 were supportive.")
    assert ("2029-09-21", ["Rumonge Rights Monitor"]) in [(e["date"], [p["name"] for p in e["participants"]])
                                                          for e in _events_of(rival, "press_statement")]
    fixed = _all("NAIROBI, 28 June 2036 (Wire) - In a statement posted on Wednesday, Ruritania's Ministry of Information said "
                 "that 36 of the 48 delegations at Tuesday's interactive dialogue on Ruritania had supported it, and that only "
                 "12 had been critical. A corrected version issued on Thursday lowered the supportive figure to 33 and raised "
                 "the critical one to 15.")
    assert [(c["total"], c["supportive"], c["critical"]) for c in fixed if c["kind"] == "claim" and c["claim_type"] == "tally"] \
        == [(48, 33, 15)]
