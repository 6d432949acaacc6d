"""Council statements and meeting summaries: speakers and forums that a press tally can be checked against."""

from __future__ import annotations

from datetime import date
from typing import Any

from rightstrack.analyse.claim_check import check_claim
from rightstrack.analyse.forums import forum_key, forum_title
from rightstrack.document import Document
from rightstrack.extract import extract
from rightstrack.extract.press import extract_press, recognise_press

SUMMARY = """Human Rights Council - meeting summary, 3 October 2023

The Human Rights Council this morning held an interactive dialogue with the Special Rapporteur on the situation of human rights in Myanmar.

Canada said arbitrary detention of political prisoners had to end and urged the release of all of them.

Thailand welcomed the humanitarian pause and encouraged dialogue among all parties.

Speaking were Canada, Thailand, Norway, India and Singapore.
"""

PRESS = """Ministry claims wide backing at Geneva dialogue

Three of the five delegations that took the floor at the interactive dialogue with the Special Rapporteur on the situation of human rights in Myanmar on 3 October 2023 supported the government, while two were critical, the Ministry of Foreign Affairs said on Thursday.
"""

STATEMENT = """HRC 54 - Interactive dialogue with the Special Rapporteur on the situation of human rights in Myanmar
3 October 2023

Statement by Norway

Thank you, President. Norway shares the Special Rapporteur's alarm at air strikes on villages.
"""


def _items(text: str, published: date | None = None) -> tuple[Document, list[dict[str, Any]]]:
    doc = Document.from_text(text)
    doc.kind = recognise_press(doc)
    doc.published = published
    return doc, [i.to_dict() for i in extract_press(doc)]


def test_kinds() -> None:
    assert recognise_press(Document.from_text(SUMMARY)) == "meeting_summary"
    assert recognise_press(Document.from_text(PRESS)) == "press"
    assert recognise_press(Document.from_text(STATEMENT)) == "statement"
    assert recognise_press(Document.from_text("Shopping: apples, pears and bread.")) is None
    # translated wire copy whose only reporting verbs are "affirmed" and "added"
    wire = ("LIMA, 8 January 2027 - At least 14 land defenders were killed in Peru in 2026, the Centro Andino de "
            "Estudios affirmed on Thursday. The Centro added that 40 percent of the attacks were never investigated.")  # fmt: skip
    assert recognise_press(Document.from_text(wire)) == "press"


def test_statement_document() -> None:
    doc, items = _items(STATEMENT)
    statements = [i for i in items if i["kind"] == "statement"]
    assert len(statements) == 1
    st = statements[0]
    assert st["speaker"] == {"name": "Norway", "iso3": "NOR"}
    assert st["forum"]["type"] == "interactive_dialogue" and st["forum"]["date"] == "2023-10-03"
    assert st["forum"]["session"] == 54
    assert st["concerning"]["iso3"] == "MMR"
    assert st["text"].startswith("Thank you, President.")
    assert st["stance"] is None  # left to the stance classifier
    assert doc.published == date(2023, 10, 3)


def test_summary_speakers_from_paragraphs_and_closing_list() -> None:
    doc, items = _items(SUMMARY)
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["CAN", "THA", "NOR", "IND", "SGP"]
    assert statements[0]["text"].startswith("Canada said arbitrary detention")
    assert {forum_key(s["forum"]) for s in statements} == {
        "interactive_dialogue|sr_myanmar|2023-10-03"
    }


def test_press_tally_checked_against_summary_and_statement() -> None:
    _, summary = _items(SUMMARY)
    _, statement = _items(STATEMENT)
    _, press = _items(PRESS, date(2023, 10, 5))
    tally = next(i for i in press if i["kind"] == "claim" and i["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (5, 3, 2)
    key = forum_key(tally["forum"])
    record = [i for i in summary + statement if i["kind"] == "statement"]
    assert {forum_key(s["forum"]) for s in record} == {key}
    stances = {"CAN": "critical", "NOR": "critical", "THA": "supportive", "IND": "supportive",
               "SGP": "supportive"}  # fmt: skip
    for st in record:  # what the stance classifier would fill in
        st["stance"] = stances[st["speaker"]["iso3"]]
    result = check_claim(tally, record)
    assert result["status"] == "supported", result["reason"]
    assert {row["speaker"] for row in result["evidence"]} == {"Canada", "Thailand", "Norway",
                                                               "India", "Singapore"}  # fmt: skip
    partial = check_claim(tally, [s for s in record if s["speaker"]["iso3"] != "SGP"])
    assert partial["reason"] == "4 of the 5 statements are in the record"
    next(s for s in record if s["speaker"]["iso3"] == "SGP")["stance"] = "critical"
    contradicted = check_claim(tally, record)
    assert contradicted["status"] == "contradicted"
    assert contradicted["computed"]["critical"] == 3


def test_extract_pipeline_puts_the_document_first() -> None:
    doc = Document.from_text(PRESS, published=date(2023, 10, 5))
    doc.kind = "press"
    items = extract(doc, classify=False)
    assert items[0].kind == "document" and items[0].published == date(2023, 10, 5)
    assert any(i.kind == "claim" for i in items)


def test_counts_that_do_not_add_up_are_kept_and_flagged() -> None:
    text = ("Twelve of the 15 delegations praised the reforms and seven delegations were critical, "
            "the ministry said on 4 May 2023 about the interactive dialogue with the Special "
            "Rapporteur on the situation of human rights in Belarus.")  # fmt: skip
    doc, items = _items(text)
    tally = next(i for i in items if i["kind"] == "claim")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (15, 12, 7)
    assert tally["flags"] == ["counts_do_not_add_up"]
    assert any("does not add up" in w for w in doc.warnings)


def test_conflicting_figures_are_kept_and_flagged() -> None:
    text = ("Ten of the 20 delegations supported the government at the interactive dialogue with "
            "the Special Rapporteur on the situation of human rights in Eritrea, the mission said. "
            "Later the mission said 12 delegations had supported it.")  # fmt: skip
    _, items = _items(text, date(2023, 6, 30))
    tally = next(i for i in items if i["kind"] == "claim")
    assert tally["supportive"] == 10
    assert "conflicting_figures" in tally["flags"]
    assert [f["value"] for f in tally["verification"]["figures"] if f["role"] == "supportive"] == [
        10,
        12,
    ]


def test_quoted_statement_found_in_the_record() -> None:
    press = ("“Norway shares the Special Rapporteur's alarm at air strikes on villages,” the "
             "Norwegian delegation said at the interactive dialogue with the Special Rapporteur on "
             "the situation of human rights in Myanmar on 3 October 2023.")  # fmt: skip
    _, items = _items(press, date(2023, 10, 4))
    quote = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "quotation")
    assert quote["claimant"]["name"] == "Delegation of Norway"
    assert forum_key(quote["forum"]) == "interactive_dialogue|sr_myanmar|2023-10-03"
    _, statement = _items(STATEMENT)
    record = [i for i in statement if i["kind"] == "statement"]
    result = check_claim(quote, record)
    assert result["status"] == "supported"
    assert result["evidence"][0]["speaker"] == "Norway"
    assert check_claim({**quote, "quote": "Norway welcomes the elections"}, record)["status"] == (
        "not_verifiable"
    )


def test_speaking_list_keeps_compound_names_and_groups() -> None:
    text = ("Meeting summary, 2 July 2024\n\nThe Human Rights Council this morning held an "
            "interactive dialogue with the Special Rapporteur on the situation of human rights in "
            "Eritrea.\n\nSpeaking were the European Union, Bosnia and Herzegovina, Trinidad and "
            "Tobago, Cuba and Eritrea.")  # fmt: skip
    _, items = _items(text)
    speakers = [i["speaker"] for i in items if i["kind"] == "statement"]
    assert [s.get("iso3") or s["name"] for s in speakers] == ["European Union", "BIH", "TTO", "CUB"]


def test_address_by_a_mandate_holder_is_their_statement() -> None:
    """'Address by the Special Rapporteur ... to the Council': a statement by the mandate, filed under
    the oral update it was given at."""
    from rightstrack.document import Document
    from rightstrack.extract.press import extract_press, recognise_press

    text = (
        "Address by the Independent Expert on the situation of human rights in Mali to the Human "
        "Rights Council\n\nGeneva, 21 March 2023\n\n"
        "The Independent Expert told the Council that he welcomed the release of some detainees but "
        "remained deeply concerned about killings of civilians in the centre of the country.\n"
    )
    doc = Document.from_text(text, source="address.txt")
    doc.kind = recognise_press(doc)
    assert doc.kind == "statement"
    statements = [i for i in extract_press(doc) if i.kind == "statement"]
    assert len(statements) == 1
    said = statements[0]
    assert said.speaker.kind == "un_mechanism" and said.speaker.name.startswith(
        "Independent Expert"
    )
    assert said.forum["type"] == "oral_update" and said.forum["date"] == "2023-03-21"
    assert "killings of civilians" in said.text


UPR_ADOPTION = """Statement by the Republic of Maldives
Adoption of the outcome of the second Universal Periodic Review of Maldives
HRC 37 - Geneva, 16 March 2018

Mr President,

Maldives thanks the troika and all delegations. We support 199 recommendations and note 59.
"""


def test_council_session_is_not_a_upr_review_session() -> None:
    """The Council session that adopts a UPR outcome is not the Working Group session that held the
    review: the adoption is a meeting of its own, keyed by the Council session ("hrc37") so it can
    never be filed under a review that did not happen, nor mix its speakers into the review's tally.
    The State's response tally stays with the review (its cycle here)."""
    _, items = _items(UPR_ADOPTION)
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["forum"]["type"] == "upr_review" and statement["forum"]["stage"] == "adoption"
    assert statement["forum"]["session"] == 37
    assert forum_key(statement["forum"]) == "upr_review|MDV|hrc37"
    assert forum_title(statement["forum"]) == "Adoption of the UPR outcome of Maldives (HRC session 37)"
    claims = [i for i in items if i["kind"] == "claim" and i.get("forum")]
    assert claims and all(forum_key(c["forum"]) == "upr_review|MDV|c2" for c in claims)


def test_a_summary_of_an_adoption_names_the_councils_session_and_day() -> None:
    """ "The Human Rights Council this morning adopted the outcome ..., continuing its consideration of
    item 6 at its seventy-first session": the statements are made at that session, on that day."""
    _, items = _items(
        "The Human Rights Council this morning adopted the outcome of the Universal Periodic Review of Chile, "
        "continuing its consideration of item 6 at its seventy-first session.\n\nPeru welcomed the new "
        "ombudsman law.\n\nNorway, as a guarantor of the peace talks, said the agreement must stay at the "
        "centre of the follow-up.\n\nDuring the interactive dialogue, Spain asked about prisons.\n",
        published=date(2029, 7, 2),
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["PER", "NOR", "ESP"]
    assert {(s["forum"]["session"], s["forum"]["date"]) for s in statements} == {(71, "2029-07-02")}


def test_upr_session_reads_only_the_working_group() -> None:
    from rightstrack.extract.press_sessions import upr_session

    assert upr_session("Human Rights Council, 41st session, Geneva") is None
    assert upr_session("adopted at the Council's forty-first session in July") is None
    assert upr_session("the 41st session of the Human Rights Council adopted it") is None
    assert upr_session("HRC 41: the outcome was adopted") is None
    assert upr_session("reviewed at the 18th session of the UPR Working Group in 2014") == 18
    assert upr_session("during the Working Group's thirty-second session in January") == 32
    assert upr_session("examined at the 44th session of the Universal Periodic Review") == 44
    assert upr_session("reviewed in January at its 32nd session") == 32
    # a Working Group session named next to the adopting Council session is still read
    assert (
        upr_session("reviewed during the Working Group's 32nd session and adopted at HRC 47") == 32
    )


def test_press_upr_forum_ignores_the_council_session() -> None:
    press = (
        "The Human Rights Council adopted the outcome of Kenya's Universal Periodic Review at its 51st "
        "session on Thursday. Kenya accepted 227 of the 275 recommendations and noted 48, the foreign "
        "ministry said.\n"
    )
    _, items = _items(press, published=date(2022, 10, 7))
    forums = [
        i["forum"] for i in items if i.get("forum") and i["forum"].get("type") == "upr_review"
    ]
    assert forums and all(f.get("session") != 51 for f in forums)


def test_speaker_in_a_formal_style_is_the_state() -> None:
    """'Statement by the Republic of the Union of Myanmar' is Myanmar's statement, not a group's."""
    from rightstrack.extract.press_statements import known_actor

    assert known_actor("the Republic of the Union of Myanmar") == known_actor("Myanmar")
    assert known_actor("Plurinational State of Bolivia") is not None
    assert known_actor("Republic of Nowhere") is None
    text = UPR_ADOPTION.replace("Republic of Maldives", "Republic of the Union of Myanmar").replace(
        "of Maldives", "of Myanmar"
    )
    _, items = _items(text)
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "MMR"


def test_body_named_in_full_at_the_opening_claims_a_saying_clause() -> None:
    """'The Ministry of Foreign Affairs of Belarus rejected ..., saying that only 9 of 47 ...': the
    body named in full is the claimant, not one rebuilt from 'The Ministry' and the State."""
    text = (
        "The Ministry of Foreign Affairs of Belarus rejected on 15 July 2024 the report of the Special "
        "Rapporteur, saying that only 9 of the 47 Council members had backed the mandate.\n"
    )
    _, items = _items(text, published=date(2024, 7, 16))
    tallies = [i for i in items if i["kind"] == "claim" and i.get("claim_type") == "tally"]
    assert tallies and tallies[0]["claimant"]["name"] == "Ministry of Foreign Affairs of Belarus"


def test_headings_group_on_one_line_speaker_on_the_next_and_a_session_in_words() -> None:
    text = ("Statement of the Non-Aligned Movement\ndelivered by the Bolivarian Republic of Venezuela\n\n"
            "Human Rights Council, fifty-ninth regular session\nItem 3: Interactive dialogue with the "
            "Special Rapporteur on the right to food\nGeneva, 20 June 2025\n\nMr. President,\n\n"
            "We welcome the report of the Special Rapporteur.\n")  # fmt: skip
    (statement,) = [i for i in _items(text)[1] if i["kind"] == "statement"]
    assert statement["speaker"]["iso3"] == "VEN"
    assert statement["on_behalf_of"]["name"] == "Non-Aligned Movement"
    assert statement["forum"]["session"] == 59 and statement["forum"]["date"] == "2025-06-20"
    assert statement["concerning"] is None  # a thematic dialogue concerns no one State


def test_a_heading_line_naming_only_the_speaker() -> None:
    text = ("HRC59 - Interactive Dialogue with the Special Rapporteur on the situation of human rights "
            "in Belarus\n\nUK Statement\n\nGeneva, 18 June 2025\n\nThank you, Mr President. We remain "
            "concerned about political prisoners.\n")  # fmt: skip
    doc, items = _items(text)
    assert doc.kind == "statement"
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["iso3"] == "GBR" and statement["concerning"]["iso3"] == "BLR"


def test_the_state_concerned_replying_is_a_statement_the_tally_leaves_out() -> None:
    from rightstrack.analyse.tally import compute_tally

    text = ("Meeting summary\nHuman Rights Council, 22 September 2025\n\nCouncil holds interactive "
            "dialogue with the Independent Expert on the situation of human rights in Mali\n\n"
            "France said it was concerned about arbitrary detention.\n\n"
            "Mali, speaking as the country concerned, said the transition was on track.\n")  # fmt: skip
    statements = [i for i in _items(text)[1] if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["FRA", "MLI"]
    assert [row["speaker"]["iso3"] for row in compute_tally(statements)["speakers"]] == ["FRA"]


def test_joint_statement_for_a_list_of_states_delivered_by_one() -> None:
    _, items = _items(
        "Human Rights Council - 62nd session\n"
        "Interactive dialogue with the Special Rapporteur on the situation of human rights in Belarus\n"
        "Geneva, 20 March 2026\n\n"
        "Joint statement on behalf of Iceland, Norway and Denmark\nDelivered by Norway\n\n"
        "We remain concerned by the continued detention of human rights defenders.\n"
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "NOR"
    assert statement["on_behalf_of"]["name"] == "Iceland, Norway and Denmark"


def test_a_summary_keeps_the_figures_a_speaker_gave() -> None:
    _, items = _items(
        "Universal Periodic Review Working Group reviews Arcadia\n\nMeeting summary - 3 May 2027\n\n"
        "The Working Group on the Universal Periodic Review this afternoon reviewed the human "
        "rights record of Ghana.\n\nPresenting the national report, Minister of Justice Kwame "
        "Boateng, head of the delegation, said 1,300 prison officers had been trained since the "
        "last review.\n\nNorway welcomed the new legal aid scheme.\n"
    )
    counts = [i for i in items if i["kind"] == "claim" and i["claim_type"] == "count"]
    assert [(c["value"], c["claimant"]["name"]) for c in counts] == [(1300, "Kwame Boateng")]


def test_summary_speakers_in_the_passive_and_speaking_also_for_others() -> None:
    _, items = _items(
        "Universal Periodic Review Working Group reviews Arcadia\n\nMeeting summary - 4 May 2027\n\n"
        "The Working Group on the Universal Periodic Review this afternoon reviewed the human "
        "rights record of Ghana.\n\nGhana was commended by Namibia for its free health care.\n\n"
        "Canada, speaking also on behalf of Australia and New Zealand, urged Ghana to abolish the "
        "death penalty.\n"
    )
    statements = {i["speaker"]["iso3"]: i for i in items if i["kind"] == "statement"}
    assert {"NAM", "CAN"} <= set(statements)
    assert statements["CAN"]["on_behalf_of"]["name"] == "Australia and New Zealand"


def test_the_state_concerned_speaking_first_in_a_fronted_phrase() -> None:
    _, items = _items(
        "Human Rights Council - 65th session\nMeeting summary - 20 June 2027\n\nCouncil holds "
        "interactive dialogue with the Special Rapporteur on the situation of human rights in "
        "Eritrea\n\nSpeaking as the country concerned, Eritrea said the mandate was politically "
        "motivated.\n\nSwitzerland urged Eritrea to release all those held incommunicado.\n"
    )
    speakers = [i["speaker"]["iso3"] for i in items if i["kind"] == "statement"]
    assert speakers == ["ERI", "CHE"]


def test_a_general_debate_concerns_no_one_state_each_speaker_the_one_it_names_and_lists_late_speakers() -> None:
    _, items = _items(
        "Meeting summary\n\nHuman Rights Council, sixty-third session\nGeneva, 23 September 2026\n\n"
        "Council holds general debate on human rights situations that require its attention\n\n"
        "Cyprus, speaking on behalf of the European Union, said the Union was concerned about "
        "Afghanistan.\n\nViet Nam said the Universal Periodic Review was the right framework.\n\n"
        "Fiji, speaking on behalf of a group of Pacific Island States, drew attention to rising "
        "seas.\n\nItaly, Ghana and Chile also took the floor.\n"
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["CYP", "VNM", "FJI", "ITA", "GHA", "CHL"]
    assert {s["forum"]["type"] for s in statements} == {"general_debate"}
    # the debate as a whole is about no one State; a speaker is about the one other State it names
    assert [(s.get("concerning") or {}).get("iso3") for s in statements] == ["AFG", None, None, None, None, None]


def test_a_dialogue_that_followed_an_update_heard_today_is_a_meeting_summary() -> None:
    doc, items = _items(
        "Council takes up Myanmar\n\nGENEVA, 4 July 2027 - The Human Rights Council today heard an "
        "oral update on Myanmar at its 66th session.\n\nIn the dialogue that followed, Norway said "
        "aid had to reach Rakhine. Thailand asked for calm at the border. China opposed outside "
        "pressure.\n"
    )
    assert doc.kind == "meeting_summary"
    speakers = [i["speaker"]["iso3"] for i in items if i["kind"] == "statement"]
    assert speakers == ["NOR", "THA", "CHN"]


def test_a_count_after_the_dialogue_that_followed_stays_a_press_item() -> None:
    doc, _ = _items(
        "The Special Rapporteur briefed the Council on Belarus on Monday. In the debate that "
        "followed, 12 of the 20 delegations that spoke voiced concern, the Council's press office said.\n"
    )
    assert doc.kind == "press"


def test_the_group_after_a_discussion_lead_and_the_concerned_country_speak() -> None:
    _, items = _items(
        "GENEVA, 2 July 2027 - The Human Rights Council this morning held an interactive dialogue "
        "with the Special Rapporteur on the situation of human rights in Belarus.\n\nIn the "
        "discussion, the European Union said the jailing of lawyers had to end. Serbia said "
        "dialogue was the way forward.\n\nBelarus, speaking as the concerned country, said the "
        "mandate was illegitimate.\n"
    )
    speakers = [i["speaker"].get("iso3") or i["speaker"]["name"] for i in items if i["kind"] == "statement"]
    assert speakers == ["European Union", "SRB", "BLR"]


def test_a_statement_body_starts_after_delivery_at_the_salutation_and_lists_a_group() -> None:
    _, items = _items(
        "Statement by the Republic of Arcadia\n\nHuman Rights Council, 62nd session\nInteractive "
        "dialogue with the Special Rapporteur on the situation of human rights in Belarus\nGeneva, "
        "1 July 2026\n\nDelivered by Ambassador Jan Novak\n\nMr. President,\n\nArcadia aligns itself "
        "with the statement of the European Union.\n\nThank you.\n"
    )
    (statement,) = [i for i in items if i["kind"] == "statement"]
    # the salutation is the first words of the statement as delivered; "Delivered by" is not
    assert statement["text"].startswith("Mr. President,\n\nArcadia aligns itself")
    _, items = _items(
        "Human Rights Council - Meeting summary - 2 July 2027\n\nCouncil holds interactive dialogue "
        "with the Special Rapporteur on the situation of human rights in Cambodia\n\nNew Zealand, "
        "speaking on behalf of Canada, Australia and New Zealand, urged the Government to free the "
        "jailed unionists.\n"
    )
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["iso3"] == "NZL"
    assert statement["on_behalf_of"]["name"] == "Canada, Australia and New Zealand"


def test_a_upr_working_group_review_held_this_morning_is_a_meeting_summary() -> None:
    doc, items = _items(
        "Working Group reviews Chile\n\nGENEVA, 19 May 2027 - The Working Group on the Universal Periodic "
        "Review this morning held its review of Chile.\n\nChile said it had opened two new shelters.\n\n"
        "Peru recommended that Chile widen access to legal aid.\n\nGhana commended Chile for its new "
        "disability law.\n"
    )
    assert doc.kind == "meeting_summary"
    speakers = [i["speaker"]["iso3"] for i in items if i["kind"] == "statement"]
    assert speakers == ["CHL", "PER", "GHA"]


def test_a_upr_working_group_summary_that_examined_a_state_is_a_meeting_summary() -> None:
    doc, items = _items(
        "Universal Periodic Review: Working Group examines Uruguay\n\n"
        "GENEVA, 27 January 2027 - The Working Group on the Universal Periodic Review this morning "
        "examined the human rights record of Uruguay.\n\n"
        "Chile commended Uruguay for its new health plan.\n\n"
        "Norway recommended that Uruguay shorten pre-trial detention.\n"
    )
    assert doc.kind == "meeting_summary"
    speakers = [i["speaker"]["name"] for i in items if i["kind"] == "statement"]
    assert len(speakers) == 2


def test_the_following_delegations_also_took_the_floor() -> None:
    _, items = _items(
        "Meeting summary\n\nGENEVA, 2 October 2026 - The Human Rights Council this afternoon held an interactive "
        "dialogue with the Independent Expert on the situation of human rights in Haiti.\n\n"
        "Canada said that the courts had to reopen.\n\n"
        "The following delegations also took the floor: Peru, Chile and the Bahamas.\n"
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["CAN", "PER", "CHL", "BHS"]


def test_a_summary_of_a_upr_adoption_keeps_the_states_response_and_no_pair_is_counted() -> None:
    doc, items = _items(
        "Meeting summary\nGENEVA, 6 October 2026 - The Human Rights Council this morning adopted the outcome of "
        "the Universal Periodic Review of Comoros.\n\nComoros said that it had supported 160 of the 203 "
        "recommendations it had received and had taken note of the remaining 43.\n\nMadagascar praised the "
        "cooperation between the two countries in fighting trafficking.\n"
    )
    claims = [i for i in items if i["kind"] == "claim"]
    response = next(c for c in claims if c["claim_type"] == "response_tally")
    assert (response["total"], response["supportive"], response["critical"]) == (203, 160, 43)
    assert response["claimant"]["iso3"] == "COM"
    assert not [c for c in claims if c["claim_type"] == "tally"]
    assert not [c for c in claims if c.get("value") == 2]


def test_a_summary_of_an_adoption_this_afternoon() -> None:
    doc, items = _items(
        "Council adopts outcome of review of Honduras\n\nGENEVA, 28 March 2027 - The Human Rights Council this "
        "afternoon adopted the outcome of the Universal Periodic Review of Honduras.\n\nPresenting the position of "
        "the State, the Vice-Minister, Ana Reyes-Lund, said Honduras had received 240 recommendations, of which it "
        "supported 198 and noted 42.\n\nCosta Rica welcomed the support for recommendations on defenders.\n"
    )
    assert doc.kind == "meeting_summary"
    assert "CRI" in [i["speaker"].get("iso3") for i in items if i["kind"] == "statement"]
    press = "GENEVA, 28 March 2027 - The Human Rights Council on Friday adopted a resolution on Honduras, the mission said."
    assert recognise_press(Document.from_text(press)) == "press"


def test_summary_with_the_session_between_council_and_the_time_of_day() -> None:
    # "The Council, at its Nth session, this morning held/adopted ..." opens a meeting summary
    held = ("GENEVA, 3 October 2029 - The Human Rights Council, at its 72nd session, this morning held an "
            "interactive dialogue with the Special Rapporteur on Belarus.\n\nLithuania deplored the "
            "continued detention of journalists.\n\nCuba rejected country mandates.")  # fmt: skip
    adopted = ("GENEVA, 4 October 2029 - The Human Rights Council, at its 72nd session, this afternoon "
               "adopted the outcome of the Universal Periodic Review of Chile.\n\nChile said it had "
               "supported most recommendations.\n\nPeru welcomed the new ombudsman law.")  # fmt: skip
    assert recognise_press(Document.from_text(held)) == "meeting_summary"
    assert recognise_press(Document.from_text(adopted)) == "meeting_summary"
    _, items = _items(held)
    assert [i["speaker"]["iso3"] for i in items if i["kind"] == "statement"] == ["LTU", "CUB"]


def test_a_summary_under_a_plain_summary_heading_with_ngos_taking_the_floor() -> None:
    text = ("Human Rights Council\nFifty-ninth session\nInteractive dialogue with the Special Rapporteur on the "
            "situation of human rights in Belarus\nGeneva, 2 July 2028\n\nSummary\n\n"
            "Belarus, speaking as the State concerned, said the mandate was politically motivated.\n\n"
            "Poland condemned the detention of journalists and called for their release.\n\n"
            "Viasna Watch, a non-governmental organization, said 1,100 people remained in prison.\n\n"
            "The Belarusian Helsinki Committee also took the floor.\n")  # fmt: skip
    doc = Document.from_text(text)
    assert recognise_press(doc) == "meeting_summary"
    doc.kind = "meeting_summary"
    speakers = [i.to_dict()["speaker"] for i in extract_press(doc) if i.kind == "statement"]
    assert [(s["name"], s.get("kind")) for s in speakers] == [
        ("Belarus", None), ("Poland", None), ("Viasna Watch", "ngo")]  # fmt: skip


def test_a_states_own_nhri_taking_the_floor_is_its_own_speaker() -> None:
    text = ("Human Rights Council - meeting summary, 3 July 2028\n\n"
            "The Council this morning held an interactive dialogue with the Special Rapporteur on the right to "
            "adequate housing on her visit to Jordan.\n\n"
            "Jordan, speaking as the concerned country, thanked the Special Rapporteur for her visit.\n\n"
            "The National Centre for Human Rights of Jordan said rising rents were pushing families into "
            "informal settlements.\n\n"
            "The Russian Federation said the report went beyond the mandate.\n")  # fmt: skip
    doc = Document.from_text(text)
    doc.kind = recognise_press(doc)
    speakers = [i.to_dict()["speaker"] for i in extract_press(doc) if i.kind == "statement"]
    assert [(s["name"], s.get("kind")) for s in speakers] == [
        ("Jordan", None), ("National Centre for Human Rights of Jordan", "nhri"), ("Russian Federation", None)]  # fmt: skip


def test_a_statement_whose_heading_comes_in_several_blocks() -> None:
    _, items = _items(
        "Statement of the Republic of Arcadia\n\nHuman Rights Council - 67th session\nOral update of the "
        "Fact-Finding Mission on Arcadia\n\nGeneva, 22 March 2028\n\nDelivered by Ambassador Ana Ruiz-Lund, "
        "Permanent Representative\n\nMr. President,\n\nArcadia rejects the mandate.\n"
    )
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["text"].startswith("Mr. President,\n\nArcadia rejects")
    assert statement["forum"]["date"] == "2028-03-22"


def test_speakers_named_by_their_envoy_by_a_reply_or_by_their_own_name() -> None:
    _, items = _items(
        "Human Rights Council - 59th session\nItem 4 - General Debate\n\nStatement by H.E. Ambassador Tobias "
        "Lind-Arroyo, Permanent Representative of Sweden to the United Nations Office at Geneva\n\nThank you, "
        "Madam Vice-President.\n\nSweden remains concerned.\n"
    )
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["iso3"] == "SWE"
    _, items = _items(
        "Human Rights Council - 58th session\nItem 4 - General Debate\n\nStatement by the delegation of Sri Lanka "
        "exercising its right of reply\n\nMadam Vice-President,\n\nSri Lanka rejects the statements.\n"
    )
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["iso3"] == "LKA" and statement["on_behalf_of"] is None
    _, items = _items(
        "Human Rights Council - Meeting summary - 1 October 2027\n\nThe Human Rights Council this morning heard an "
        "oral update on Sri Lanka.\n\nIndia said it supported reconciliation.\n\nChina, exercising its right of "
        "reply, said the statements were lies.\n\nFamilies of the Disappeared Network said that mothers were "
        "still watched.\n"
    )
    speakers = [i["speaker"].get("iso3") or i["speaker"]["name"] for i in items if i["kind"] == "statement"]
    assert speakers == ["IND", "CHN", "Families of the Disappeared Network"]


def test_explanations_of_vote_and_a_draft_introduced_for_a_group_are_statements() -> None:
    text = ("Human Rights Council - meeting summary\n\nGENEVA, 4 April 2031 - The Human Rights Council this "
            "afternoon adopted a resolution on the situation of human rights in Eritrea by 20 votes to 10, with "
            "17 abstentions.\n\nBelgium, introducing the draft resolution on behalf of the European Union, said "
            "national service without limit remained the main cause of flight.\n\nCuba, in an explanation of vote "
            "before the vote, said it rejected mandates imposed on a country.\n\nMexico, explaining its vote, said "
            "it had abstained.")  # fmt: skip
    doc, items = _items(text, date(2031, 4, 4))
    assert doc.kind == "meeting_summary"
    speakers = {s["speaker"]["iso3"]: s for s in items if s["kind"] == "statement"}
    assert {"BEL", "CUB", "MEX"} <= set(speakers)
    assert speakers["BEL"]["on_behalf_of"]["name"] == "European Union"


def test_a_statement_is_dated_by_its_heading_not_by_the_visit_it_recalls() -> None:
    text = ("Statement by the Kingdom of Bahrain\n\nHuman Rights Council, 70th session\nInteractive dialogue with the "
            "Special Rapporteur on the human rights of migrants\nGeneva, 17 June 2031\n\nMr. President,\n\nBahrain "
            "thanks the Special Rapporteur for his report on his visit to our country from 29 December to 9 January, "
            "and for the constructive spirit in which it was held.")  # fmt: skip
    doc, items = _items(text, None)
    assert doc.kind == "statement"
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["forum"]["date"] == "2031-06-17"


def test_a_summary_that_labels_each_paragraph_with_its_speaker() -> None:
    text = ("Universal Periodic Review: delegations question Chile\n"
            "HUMAN RIGHTS COUNCIL - 80th session\n"
            "Interactive dialogue with the Special Rapporteur on the right to food\n"
            "Geneva, 9 March 2032\n\nSummary\n\n"
            "The Special Rapporteur presented her report on seed laws.\n\n"
            "Chile (on behalf of a group of Latin American States): The group shares the concern about seed patents.\n\n"
            "India: India asks how small farmers can be protected.\n\n"
            "Rural Seed Keepers Alliance: Our members have lost 40 varieties in ten years.\n")  # fmt: skip
    _, items = _items(text, date(2032, 3, 9))
    statements = [i for i in items if i["kind"] == "statement"]
    assert [(s["speaker"].get("iso3") or s["speaker"]["name"]) for s in statements] == [
        "CHL", "IND", "Rural Seed Keepers Alliance"]
    assert statements[0]["text"].startswith("The group shares the concern")
    assert statements[0]["on_behalf_of"]["name"] == "a group of Latin American States"


def test_a_labelled_summary_with_a_formal_state_name_and_a_group_speaking_for_itself() -> None:
    text = ("HUMAN RIGHTS COUNCIL - 81st session\n"
            "Interactive dialogue with the Special Rapporteur on the situation of human rights in Belarus\n"
            "Geneva, 2 July 2032\n\nSummary\n\n"
            "Bolivia (Plurinational State of): Bolivia rejects mandates created without the consent of the State.\n\n"
            "Minsk Legal Aid Advocacy: Our organisation has documented 44 lawyers disbarred since 2021.\n")  # fmt: skip
    _, items = _items(text, date(2032, 7, 2))
    statements = [i for i in items if i["kind"] == "statement"]
    assert [(s["speaker"].get("iso3") or s["speaker"]["name"]) for s in statements] == ["BOL", "Minsk Legal Aid Advocacy"]
    assert statements[0]["text"].startswith("Bolivia rejects")
    actors = {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}
    assert actors.get("Minsk Legal Aid Advocacy") == "ngo"


def test_a_joint_statement_whose_speaker_names_itself_in_the_first_lines() -> None:
    text = ("Joint statement on behalf of the Caribbean Community\n\nHuman Rights Council, 79th session\n"
            "Interactive dialogue with the Special Rapporteur on the right to development\nGeneva, 12 March 2032\n\n"
            "Mr. President,\n\nJamaica has the honour to deliver this statement on behalf of the Caribbean Community: "
            "Antigua and Barbuda, Barbados, Belize and Jamaica.\n\nWe thank the Special Rapporteur for the report.\n")  # fmt: skip
    _, items = _items(text, date(2032, 3, 12))
    statements = [i for i in items if i["kind"] == "statement"]
    assert len(statements) == 1
    assert statements[0]["speaker"]["iso3"] == "JAM"
    assert statements[0]["on_behalf_of"]["name"].startswith("Caribbean Community")


# Tenth session: statement headings and summary turns read from the fifty-first blind pass, in own wording.


def test_a_joint_statement_named_by_its_group_and_delivered_by_a_state_without_a_colon() -> None:
    doc, items = _items(
        "Joint Benelux statement\nHRC91 | Interactive dialogue with the Special Rapporteur on the right to food\n"
        "Delivered by Luxembourg\n\nPresident, I speak on behalf of the Benelux countries: Belgium, Luxembourg "
        "and the Netherlands.\n\nWe thank the Special Rapporteur for the report.\n",
        published=date(2036, 3, 4),
    )
    assert doc.kind == "statement"
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "LUX"
    assert "Benelux" in statement["on_behalf_of"]["name"]
    assert statement["text"].startswith("President, I speak")


def test_an_ngo_oral_statement_under_an_item_heading_is_a_statement_not_a_press_release() -> None:
    doc, items = _items(
        "Human Rights Council - 74th session\nItem 6: Consideration of the UPR outcome of Peru\n"
        "Oral statement by the Andean Water Defenders Network\nDelivered by Rosa Quispe-Lindahl, Coordinator\n"
        "30 June 2030\n\nThank you, Mr. President. The Andean Water Defenders Network welcomes the review.\n"
    )
    assert doc.kind == "statement"
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "Andean Water Defenders Network"
    assert (statement["forum"]["session"], statement["forum"]["date"]) == (74, "2030-06-30")


def test_concluding_remarks_of_a_delegation_are_its_statement() -> None:
    doc, items = _items(
        "Universal Periodic Review of the Republic of Ghana - Working Group, 71st session\n"
        "Concluding remarks by the head of delegation, Minister Kofi Adjei-Brandt\nGeneva, 8 November 2033\n\n"
        "Thank you, Mr. President. Ghana thanks every delegation that spoke today.\n"
    )
    assert doc.kind == "statement"
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "GHA" and statement["concerning"]["iso3"] == "GHA"
    assert statement["forum"]["session"] == 71
    _, items = _items(
        "Human Rights Council, 80th session\nInteractive dialogue with the Special Rapporteur on the situation "
        "of human rights in Eritrea\nConcluding remarks of the delegation of Eritrea\nGeneva, 2 July 2032\n\n"
        "Mr. President, my delegation thanks those who spoke.\n"
    )
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == "ERI"


def test_a_heading_that_names_an_official_with_honorifics_names_the_state_the_official_serves() -> None:
    _, items = _items(
        "Statement by H.E. Mr. Daniyar Seitov-Brandt, Deputy Minister of Justice of the Kyrgyz Republic\n"
        "Adoption of the outcome of the Universal Periodic Review of Kyrgyzstan\nHuman Rights Council, 79th "
        "session\nGeneva, 24 March 2032\n\nMr. President,\n\nKyrgyzstan supports 190 recommendations.\n"
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "KGZ" and statement["forum"]["session"] == 79


def test_an_institution_speaks_through_the_member_who_delivers_its_statement() -> None:
    _, items = _items(
        "Human Rights Council - 70th session\nItem 6: UPR outcome of Kenya\n"
        "Statement of the Kenya National Commission on Human Rights\nDelivered by Commissioner Amina Odhiambo-Berg\n"
        "Geneva, 3 October 2028\n\nMr. President, the Commission welcomes this outcome.\n"
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "Kenya National Commission on Human Rights"
    assert statement["speaker"]["kind"] == "nhri" and statement["on_behalf_of"] is None


def test_a_statement_with_no_date_of_its_own_is_dated_by_the_date_given_and_upr_nn_is_the_session() -> None:
    _, items = _items("UPR 81 - Chile\nStatement by Portugal\n\nMr. Vice-President, Portugal welcomes Chile.\n",
                      published=date(2036, 1, 22))  # fmt: skip
    statement = next(i for i in items if i["kind"] == "statement")
    assert (statement["forum"]["session"], statement["forum"]["date"]) == (81, "2036-01-22")


def test_summary_turns_with_also_an_ngo_and_a_presenters_words_about_the_state() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon adopted the outcome of the Universal Periodic Review of Malawi, "
        "at its sixty-ninth session.\n\nPresenting the response, the Minister of Justice, Chisomo Banda-Lund, said "
        "Malawi had supported 180 recommendations. Malawi remained one of the poorest countries but had kept "
        "its schools open, the Minister said.\n\nLithuania, speaking first, said the new law was welcome.\n\n"
        "The Centre for Open Courts, a non-governmental organization, said trials were slow.\n\nThe Lilongwe "
        "Prison Watch, also a non-governmental organization, said cells were crowded.\n",
        published=date(2028, 9, 27),
    )
    speakers = [s["speaker"].get("iso3") or s["speaker"]["name"] for s in items if s["kind"] == "statement"]
    assert speakers == ["LTU", "Centre for Open Courts", "Lilongwe Prison Watch"]


def test_a_statement_at_a_thematic_dialogue_concerns_the_state_it_is_about() -> None:
    _, items = _items(
        "Statement by the Kingdom of Sweden\nInteractive dialogue with the Special Rapporteur on the right to "
        "education\n70th session of the Human Rights Council\nGeneva, 20 June 2029\n\nMr. President,\n\nSweden "
        "thanks the Special Rapporteur for the report on her visit to Chile. We note that Chile has expanded "
        "free schooling, and we ask how Chile will reach rural pupils.\n"
    )
    assert next(i for i in items if i["kind"] == "statement")["concerning"]["iso3"] == "CHL"
    _, items = _items(
        "Republic of Kenya\n\nStatement by H.E. Ms. Wanjiku Otieno-Berg, Cabinet Secretary for Housing, as the "
        "country concerned\n\nInteractive dialogue with the Special Rapporteur on adequate housing\n\n70th "
        "session of the Human Rights Council\n\nGeneva, 6 March 2029\n\nMr. President,\n\nWe thank the Special "
        "Rapporteur.\n"
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "KEN" and statement["concerning"]["iso3"] == "KEN"


def test_meeting_coverage_heading_and_a_minister_who_told_the_council_about_the_review() -> None:
    doc, items = _items(
        "Meeting Coverage - Human Rights Council, 74th session\n25 June 2030\n\nIn the afternoon, the Council "
        "held an interactive dialogue with the Special Rapporteur on Myanmar.\n\nGermany said that arbitrary "
        "detention had to end.\n"
    )
    assert doc.kind == "meeting_summary"
    assert [i["speaker"]["iso3"] for i in items if i["kind"] == "statement"] == ["DEU"]
    _, items = _items(
        "Foreign Minister Aziz Rahman-Lund told the Council that 82 of the 104 delegations which spoke at the "
        "review on 8 November had been positive, and that the other 22 had raised issues.\n",
        published=date(2029, 3, 25),
    )
    tallies = [i for i in items if i["kind"] == "claim" and i["claim_type"] == "tally"]
    assert [(t["total"], t["supportive"], t["critical"]) for t in tallies] == [(104, 82, 22)]
    assert not [i for i in items if i["kind"] == "event" and i["event_type"] == "oral_update"]


def test_a_group_known_only_as_a_speaker_of_a_summary_is_an_actor() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held an interactive dialogue with the Special Rapporteur on "
        "Myanmar.\n\nWomen for Peace in Rakhine, a non-governmental organization, said camps lacked doctors.\n",
        published=date(2030, 3, 20),
    )
    actors = {(i["actor"]["name"], i["actor"]["kind"], i["role"]) for i in items if i["kind"] == "actor"}
    assert ("Women for Peace in Rakhine", "ngo", "speaker") in actors


def test_summary_turns_after_a_resuming_lead_and_a_group_opening_a_sentence_mid_paragraph() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held an interactive dialogue with the Special Rapporteur on the "
        "human rights of migrants.\n\nResuming the debate today, the Philippines said its labour offices had helped "
        "many workers. Continuing the discussion this afternoon, Norway said migrants must be consulted.\n\nGhana "
        "said it was drafting a law. Migrant Rights Watch Sahel said that arrests had doubled.\n",
        published=date(2036, 6, 19),
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"].get("iso3") or s["speaker"]["name"] for s in statements] == [
        "PHL", "NOR", "GHA", "Migrant Rights Watch Sahel"]  # fmt: skip
    assert statements[0]["text"].startswith("the Philippines said")


def test_statement_headings_of_the_fifty_third_pass() -> None:
    cases = (
        ("Permanent Mission of the Republic of Cuba to the United Nations Office at Geneva\nHuman Rights Council, "
         "79th session - Item 4: General Debate\nRight of reply to the statements of the European Union and Canada\n"
         "Geneva, 23 March 2032\n\nMr. President,\n\nWe reject these allegations.\n", "CUB"),
        ("HRC82 - Item 4 General Debate\nNational statement: Iceland\nDelivered by Ambassador Name Here\n\n"
         "Thank you, President.\n\nIceland remains concerned.\n", "ISL"),
        ("Statement by the State of Kuwait\n\nDelivered by H.E. Ambassador Nasser Al-Fahad Lund, Permanent "
         "Representative\nHuman Rights Council, 89th session\nGeneva, 19 June 2035\n\nMr. President,\n\nThank you.\n", "KWT"),
    )  # fmt: skip
    for text, iso3 in cases:
        doc, items = _items(text)
        assert doc.kind == "statement", text
        assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == iso3, text
    _, items = _items(
        "Human Rights Council, 66th session\nItem 3: Interactive dialogue with the Working Group on Arbitrary "
        "Detention\nStatement by Malawi (country concerned)\nGeneva, 14 September 2027\n\nMr. President,\n\nThanks.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "MWI" and statement["concerning"]["iso3"] == "MWI"
    _, items = _items(
        "STATEMENT OF THE DEFENSORÍA DEL PUEBLO OF BOLIVIA\nHuman Rights Council, 68th session\nGeneva, 3 July "
        "2028\n\nMr. Vice-President,\n\nThe Defensoría del Pueblo welcomes the review.\n")
    speaker = next(i for i in items if i["kind"] == "statement")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Defensoría del Pueblo", "nhri")


def test_rights_of_reply_and_appositions_in_a_summary() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held its general debate under item 4.\n\nCanada said that both "
        "parties to the conflict in Sudan committed grave violations.\n\nSpeaking in right of reply, Pakistan said "
        "the claims were false. Belarus, also speaking in right of reply, said the Union had no standing. "
        "Nicaragua, referring to the section on it, said it rejected the report. Bahrain, responding to "
        "questions, said reforms were under way.\n",
        published=date(2032, 3, 23),
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["CAN", "PAK", "BLR", "NIC", "BHR"]
    assert statements[0]["concerning"]["iso3"] == "SDN"


def test_the_high_commissioners_annual_report_concerns_no_state_and_a_state_speaking_of_itself_concerns_itself() -> None:
    _, items = _items(
        "Council concludes dialogue with High Commissioner on his annual report\n\nGENEVA, 7 March 2029 - The Human "
        "Rights Council today concluded its interactive dialogue on the annual report of the High Commissioner for "
        "Human Rights during its seventieth session.\n\nEcuador said that it had invited the Office to help design a "
        "national protocol on the use of force in prisons.\n\nSpain said that the Philippines should protect "
        "journalists.\n\nMexico said that the Office deserved more funding.\n"
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert {s["forum"]["mandate"] for s in statements} == {"High Commissioner for Human Rights"}
    assert {s["forum"]["state_concerned"] is None for s in statements} == {True}
    assert [(s.get("concerning") or {}).get("iso3") for s in statements] == ["ECU", "PHL", None]


def test_an_ngo_or_nhri_statement_headed_by_its_name_or_labels() -> None:
    cases = (
        ("Kenya National Commission on Human Rights\nHuman Rights Council, 78th session\nItem 6: Adoption of the "
         "Universal Periodic Review outcome of Kenya\nGeneva, 25 September 2031\n\nMadam President,\n\nThe Commission "
         "welcomes the outcome.\n", "Kenya National Commission on Human Rights", None),
        ("JOINT ORAL STATEMENT\nHRC61 | Item 4 | Interactive dialogue with the Special Rapporteur on Belarus\nSpeaker: "
         "Name Surname-Quinn, Minsk Legal Aid Circle\nOn behalf of the Belarus Rights Coalition (16 organisations)\n\n"
         "Thank you, Mr. Vice-President.\n\nRepression has become routine.\n", "Minsk Legal Aid Circle",
         "Belarus Rights Coalition"),
        ("VIDEO STATEMENT | 78th session of the Human Rights Council\nInteractive dialogue on Venezuela\nOrganisation: "
         "Observatorio Andino de Derechos Humanos, with the support of another group\nSpeaker: Name Okafor-Rangel\n\n"
         "Mr. President,\n\nThe Mission's findings stand.\n", "Observatorio Andino de Derechos Humanos", None),
        ("HRC81 - Item 2 - Oral update on Sri Lanka\nJoint NGO statement, read by Name Sivakumar (Jaffna Families "
         "Forum) on behalf of the Lanka Truth Coalition\n13.09.2032\n\nMr. President,\n\nWe thank the High "
         "Commissioner.\n", "Jaffna Families Forum", "Lanka Truth Coalition"),
    )  # fmt: skip
    for text, speaker, group in cases:
        doc, items = _items(text, published=date(2031, 9, 25))
        assert doc.kind == "statement", text
        statement = next(i for i in items if i["kind"] == "statement")
        assert statement["speaker"]["name"] == speaker, text
        assert (statement["on_behalf_of"] or {}).get("name") == group, text
        assert statement["text"].startswith(("Madam President", "Thank you", "Mr. President")), text


def test_video_statements_observers_and_special_sessions_in_a_summary() -> None:
    _, items = _items(
        "GENEVA, 13 November 2026 - The Human Rights Council today held its thirty-eighth special session on the "
        "situation in Sudan.\n\nPacific Press Freedom Alliance, in a video statement, said journalists were jailed.\n\n"
        "Colectivo Memoria y Derecho, a non-governmental organization speaking by video message, said families were "
        "barred from travel.\n"
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["name"] for s in statements] == ["Pacific Press Freedom Alliance", "Colectivo Memoria y Derecho"]
    assert {s["forum"]["session"] for s in statements} == {38}


def test_an_ngo_named_in_a_one_line_heading_or_last_in_its_block_or_in_capitals() -> None:
    cases = (
        ("HRC 73rd session / Item 4 / ID with the Special Rapporteur on Iran / Oral statement / Zagros Justice Watch\n\n"
         "Mr. Vice-President,\n\nZagros Justice Watch thanks the Special Rapporteur.\n", "Zagros Justice Watch"),
        ("Oral statement – Item 10 – 63rd session of the Human Rights Council\nInteractive dialogue with the Independent "
         "Expert on the Central African Republic\nCentrafrique Justice Réseau\n\nMadam President,\n\nCentrafrique "
         "Justice Réseau welcomes the report.\n", "Centrafrique Justice Réseau"),
        ("AFGHANISTAN INDEPENDENT HUMAN RIGHTS COMMISSION (IN EXILE)\n\nHuman Rights Council, 70th session\nMonday, 12 "
         "March 2029\n\nMadam President,\n\nThe Afghanistan Independent Human Rights Commission thanks you.\n",
         "Afghanistan Independent Human Rights Commission"),
    )  # fmt: skip
    for text, speaker in cases:
        doc, items = _items(text, published=date(2029, 3, 12))
        assert doc.kind == "statement", text
        assert next(i for i in items if i["kind"] == "statement")["speaker"]["name"] == speaker, text


def test_second_speakers_inside_a_summary_sentence_and_possessive_delegations() -> None:
    _, items = _items(
        "Working Group on the Universal Periodic Review examines Mongolia\n\nGENEVA, 3 May 2033 - The Working "
        "Group on the Universal Periodic Review this morning examined Mongolia at its seventy-third session.\n\n"
        "In the ensuing dialogue, the representative of Peru welcomed the new labour code and Kenya's delegation "
        "asked about herders' access to water. Malta urged the Government to protect journalists, while Ghana "
        "praised its school meals. The Netherlands' delegation called for a law on defenders; the representative "
        "of Chile said that mining permits needed review.\n\nSpeaking next, Fiji welcomed the climate plan. For "
        "civil society, Steppe Herders Circle said that pastures were fenced, and the Ulaanbaatar Press Platform "
        "described arrests of reporters.\n\nSpeaking for her country, the representative of Mexico recommended a "
        "national preventive mechanism. Responding, Mongolia's delegation said a bill was before Parliament.\n",
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"].get("iso3") or s["speaker"]["name"] for s in statements] == [
        "PER", "KEN", "MLT", "GHA", "NLD", "CHL", "FJI", "Steppe Herders Circle", "Ulaanbaatar Press Platform",
        "MEX", "MNG"]  # fmt: skip
    texts = [s["text"] for s in statements]
    assert texts[0] == "the representative of Peru welcomed the new labour code"  # ends where Kenya takes over
    assert texts[1].startswith("Kenya's delegation asked") and texts[3].startswith("Ghana praised")
    assert texts[4] == "The Netherlands' delegation called for a law on defenders"
    assert texts[-1].startswith("Mongolia's delegation said")
    # words someone reports stay theirs: "said that Sudan and Chad agreed" names no second speaker
    _, items = _items(
        "The Human Rights Council this afternoon held an interactive dialogue with the Special Rapporteur on the "
        "situation of human rights in the Sudan.\n\nNorway said that the Sudan and Chad agreed on a corridor.\n",
        published=date(2033, 6, 20),
    )
    assert [s["speaker"]["iso3"] for s in items if s["kind"] == "statement"] == ["NOR"]


def test_fronted_groups_votes_and_group_statements_with_a_speaker_line() -> None:
    doc, items = _items(
        "Meeting summary: Interactive dialogue with the Special Rapporteur on the situation of human rights in "
        "Belarus, afternoon meeting\n\nThe Special Rapporteur presented her report.\n\nSpeaking for the European "
        "Union, Poland said that the prisoners must be freed.\n",
        published=date(2031, 7, 2),
    )
    assert doc.kind == "meeting_summary"  # a "Meeting summary:" line of any length
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["text"].startswith("Poland said")  # from the speaker's name, not the group's lead
    doc, items = _items(
        "Council extends Eritrea mandate after recorded vote\n\nThe Human Rights Council this afternoon, at the close "
        "of its seventy-first session, adopted a resolution on Eritrea by a recorded vote.\n\nIntroducing the draft, Austria, speaking on behalf of the European "
        "Union, said access was still denied. Cameroon, speaking on behalf of the African Group in a general "
        "comment, said that the Group had long preferred the Universal Periodic Review. Speaking in explanation of "
        "vote before the vote, India said it would abstain.\n",
        published=date(2029, 7, 6),
    )
    assert doc.kind == "meeting_summary"
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"]["iso3"] for s in statements] == ["AUT", "CMR", "IND"]
    assert statements[1]["on_behalf_of"]["name"] == "African Group"
    assert {(s["forum"]["type"], s["forum"]["session"]) for s in statements} == {(None, 71)}  # a vote, not a review
    doc, items = _items(
        "GROUP OF ARAB STATES STATEMENT\nItem 6 - UPR outcome: Jordan\n62nd session of the Human Rights Council\n"
        "Speaker: Oman\n\nMr. President,\n\nThe Group welcomes the report.\n"
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert doc.kind == "statement"
    assert (statement["speaker"]["iso3"], statement["on_behalf_of"]["name"]) == ("OMN", "Arab Group")
    assert statement["text"].startswith("Mr. President,")
    assert any("pass --published" in w for w in doc.warnings)  # no date anywhere: the meeting's day is unknown
    _, items = _items(
        "Human Rights Council 70\nInteractive dialogue with the Special Rapporteur on Myanmar\nStatement by Sweden "
        "on behalf of the Nordic-Baltic States (Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and "
        "Sweden)\nGeneva, 20 March 2029\n\nPresident,\n\nWe thank the Special Rapporteur.\n"
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["on_behalf_of"]["name"] == "Nordic-Baltic countries"
    assert statement["text"].startswith("President,")  # a bare salutation stays the first words
    _, items = _items(
        "HRC91 - Item 4 - ID with the Special Rapporteur on the situation of human rights in Burundi\nEU Statement"
        "\n\nMr. President,\n\nThe European Union thanks the Special Rapporteur.\n",
        published=date(2036, 3, 20),
    )
    assert next(i for i in items if i["kind"] == "statement")["forum"]["type"] == "interactive_dialogue"


def test_the_state_concerned_taking_the_floor_at_the_close() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held an interactive dialogue with the Independent Expert on the "
        "situation of human rights in Mali.\n\nSenegal said it supported the transition.\n\nMali, taking the floor "
        "as the concerned country at the close of the dialogue, said through its Minister of Justice that reforms "
        "were under way.\n",
        published=date(2029, 9, 26),
    )
    assert [s["speaker"]["iso3"] for s in items if s["kind"] == "statement"] == ["SEN", "MLI"]


def test_state_statements_headed_without_statement_by() -> None:
    cases = (
        ("Peru – Universal Periodic Review of Kenya\n71st session of the UPR Working Group\n\nMadam Vice-President,\n\n"
         "Peru welcomes the delegation.\n", "PER", "KEN"),
        ("Republic of Moldova\nPresentation of the national report\nUniversal Periodic Review – 70th session of the "
         "Working Group\n7 May 2032\n\nThank you, Madam President.\n\nWe present our report.\n", "MDA", None),
        ("Universal Periodic Review – Working Group, 60th session\nReview of Chile – Concluding remarks\nName Here, "
         "Undersecretary for Human Rights\nGeneva, 23 January 2029\n\nMr. President,\n\nWe thank every State.\n", "CHL", None),
    )  # fmt: skip
    for text, speaker, concerning in cases:
        doc, items = _items(text)
        statement = next(i for i in items if i["kind"] == "statement")
        assert doc.kind == "statement", text
        assert statement["speaker"]["iso3"] == speaker, text
        assert statement["forum"]["type"] == "upr_review", text
        if concerning:
            assert statement["concerning"]["iso3"] == concerning
    doc, items = _items(
        "HUMAN RIGHTS COUNCIL – 70TH SESSION\nItem 6: Universal Periodic Review\nAdoption of the outcome of the review "
        "of the Republic of Zambia\n\nStatement by H.E. Ms. Name Okafor-Lind\nAmbassador and Permanent Representative "
        "of the Republic of Zambia to the United Nations Office at Geneva\n\nGeneva, 20 March 2029\n\nMr. President,\n\n"
        "Of the 112 delegations that spoke during the dialogue, 97 welcomed our reforms.\n")  # fmt: skip
    assert doc.published == date(2029, 3, 20)  # the date line is the heading block's last, after blank lines
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "ZMB"  # the State the title under the name serves
    official = next(i["actor"] for i in items if i["kind"] == "actor" and i["actor"].get("kind") == "official")
    assert (official["name"], official["title"]) == (
        "Name Okafor-Lind", "Ambassador and Permanent Representative of the Republic of Zambia to the United Nations "
        "Office at Geneva")  # fmt: skip
    tally = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["claimant"]["iso3"]) == (112, 97, "ZMB")
    assert tally["claimant"]["name"] == "Zambia"  # the State, not the ambassador delivering it
    assert tally["forum"]["type"] == "upr_review"  # the dialogue of the review
    _, items = _items(
        "HRC 77th Session – Interactive Dialogue with the Special Rapporteur on the situation of human rights in "
        "Eritrea\nStatement by the State of Eritrea as the country concerned\n\nMr. President,\n\nEritrea rejects the "
        "mandate.\n", published=date(2031, 6, 19))  # fmt: skip
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == "ERI"


def test_summary_turns_of_the_fifty_sixth_pass() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held an interactive dialogue with the Special Rapporteur on the "
        "situation of human rights in Belarus.\n\nThe Minister of Foreign Affairs of Belarus, Name Okafor-Lind, "
        "speaking as the concerned country, said that the mandate was illegitimate.\n\nThe United Kingdom, on behalf "
        "of the core group (Canada, Malawi and the United Kingdom), urged the release of prisoners. Poland, speaking "
        "on behalf of Poland, the Czech Republic and Slovakia, said that elections were not free. Cuba and China, "
        "speaking one after the other, said that sovereignty must be respected; Cuba added that sanctions hurt "
        "people, while China said that dialogue was the only way. Nicaragua, also in right of reply, said it rejected "
        "the accusations. Lithuania, also exercising its right of reply, said it stood by its words.\n\n"
        "The United Nations Children's Fund (UNICEF) said that 12 per cent of children lived in poverty. Name "
        "Haddad-Berg, Director of the Minsk Rights Institute, a non-governmental organization, said that lawyers "
        "were disbarred. Name Osei-Lund, speaking for the Free Press Circle, said that 38 journalists were held. "
        "The representative of Last Chance Foundation, a non-governmental organization supporting families of "
        "prisoners, said that visits were refused.\n\nSpeaking in the discussion, Kazakhstan welcomed the report.\n",
        published=date(2030, 7, 2),
    )
    statements = [i for i in items if i["kind"] == "statement"]
    speakers = [s["speaker"].get("iso3") if s["speaker"].get("kind") in (None, "state") else s["speaker"]["name"]
                for s in statements]  # fmt: skip
    assert speakers == ["BLR", "GBR", "POL", "CUB", "CHN", "NIC", "LTU", "United Nations Children's Fund",
                        "Minsk Rights Institute", "Free Press Circle", "Last Chance Foundation", "KAZ"]  # fmt: skip
    by = dict(zip(speakers, statements, strict=True))
    assert by["GBR"]["on_behalf_of"]["name"].lower() == "core group"  # its members in brackets left out
    assert by["POL"]["on_behalf_of"]["name"] == "Poland, the Czech Republic and Slovakia"
    assert by["CUB"]["text"].startswith("Cuba and China, speaking")  # "Cuba added" goes on with the shared words
    assert by["CHN"]["text"].startswith("China said that dialogue")  # its own words, once it speaks alone
    assert by["Minsk Rights Institute"]["text"].startswith("Name Haddad-Berg, Director")


def test_a_mission_heading_names_the_state_of_an_ambassadors_statement() -> None:
    _, items = _items(
        "Permanent Mission of the Republic of Kazakhstan to the United Nations Office at Geneva\n\nHuman Rights "
        "Council, 68th session\nItem 4: Interactive dialogue with the Special Rapporteur on Belarus\nStatement "
        "delivered by Ambassador Name Okafor-Lind, Permanent Representative\n\nGeneva, 4 July 2028\n\nMr. President,"
        "\n\nKazakhstan has taken note of the report.\n")  # fmt: skip
    assert next(i for i in items if i["kind"] == "statement")["speaker"]["iso3"] == "KAZ"


def test_a_state_or_a_un_body_is_no_person_speaking_for_an_ngo() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held an interactive dialogue with the Commission on Human Rights in "
        "South Sudan.\n\nName Okafor-Lind, Chair of the Commission on Human Rights in South Sudan, said that violence "
        "had spread.\n\nViet Nam, speaking on behalf of the Association of Southeast Asian Nations, said that "
        "technical assistance should continue.\n\nKenya said that mediation was the best path.\n",
        published=date(2030, 3, 12),
    )
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"].get("iso3") for s in statements] == ["VNM", "KEN"]  # the presenter is no statement
    assert statements[0]["on_behalf_of"]["name"] == "Association of Southeast Asian Nations"


def _speakers(items: list[dict[str, Any]]) -> list[str]:
    """Each statement's speaker: a State's ISO3 code, else the body's name."""
    return [s["speaker"].get("iso3") if s["speaker"].get("kind") in (None, "state") else s["speaker"]["name"]
            for s in items if s["kind"] == "statement"]  # fmt: skip


def test_summary_turns_by_possessive_officials_appositions_and_fronted_bodies() -> None:
    _, items = _items(
        "GENEVA, 9 March 2031 - The Human Rights Council today held an interactive dialogue with the Independent "
        "Expert on the situation of human rights in Somalia.\n\n"
        "Somalia's Minister of Women and Human Rights Development, Name Ekberg-Abdi, speaking as the concerned "
        "country, said that courts had reopened.\n\n"
        "Ghana's representative said that elections were near. Norway, for the Troika, asked about detention. "
        "Brazil, for a group of Latin American States, urged more funding.\n\n"
        "The United Kingdom, as penholder on Somalia, said that abuses continued. Canada spoke on behalf of the core "
        "group on Somalia and said that aid was blocked.\n\n"
        "UNICEF said that schools were closed, and the United Nations Population Fund said that clinics were shut.\n\n"
        "The Somali Human Rights Commission, which was set up in 2030, said that it lacked funds.\n\n"
        "Speaking for the Coastal Women's Relief Circle, Hodan Warsame-Lind said that camps were flooded.\n\n"
        "Amina Obi-Strand of the Mogadishu Press Freedom Desk said that reporters were held.\n\n"
        "Taking the floor in right of reply, the Russian Federation said that the mandate was biased.\n",
        published=date(2031, 3, 9),
    )
    assert _speakers(items) == ["SOM", "GHA", "NOR", "BRA", "GBR", "CAN", "UNICEF", "United Nations Population Fund",
                                "Somali Human Rights Commission", "Coastal Women's Relief Circle",
                                "Mogadishu Press Freedom Desk", "RUS"]  # fmt: skip
    by = dict(zip(_speakers(items), [i for i in items if i["kind"] == "statement"], strict=True))
    assert by["SOM"]["text"].startswith("Somalia's Minister of Women and Human Rights Development, Name")
    assert by["NOR"]["on_behalf_of"]["name"] == "Troika"
    assert by["BRA"]["on_behalf_of"]["name"].endswith("group of Latin American States")
    assert by["CAN"]["on_behalf_of"]["name"] == "core group on Somalia"
    assert by["Coastal Women's Relief Circle"]["on_behalf_of"] is None


def test_a_dialogue_summary_without_a_summary_heading_is_recognised_by_its_speaking_states() -> None:
    text = ("Rapporteur tells Council girls are shut out of school\n\nGENEVA, 5 May 2031 - The Special Rapporteur "
            "told the Human Rights Council in an interactive dialogue this morning that schools stayed closed.\n\n"
            "Pakistan's representative said that refugees were returning. Iran said that it hosted millions.\n\n"
            "Türkiye urged the authorities to reopen schools.\n")  # fmt: skip
    assert recognise_press(Document.from_text(text, source="x")) == "meeting_summary"
    article = ("Review draws praise\n\nLAHORE, 5 May 2031 (Lahore Ledger) - The review in the Council drew praise.\n\n"
               "Sweden urged reform. Canada said that churches burned. Türkiye said that refugees were hosted.\n")
    assert recognise_press(Document.from_text(article, source="x")) == "press"  # a newspaper's own report


def test_a_delivery_line_under_a_heading_names_the_speaker_and_its_group() -> None:
    _, items = _items(
        "STATEMENT ON BEHALF OF THE CARIBBEAN COMMUNITY (CARICOM)\n\nHuman Rights Council, 64th session\n"
        "Interactive dialogue with the Independent Expert on Haiti\n\nDelivered by:\nH.E. Ms. Name Akinyemi-Grant\n"
        "Ambassador and Permanent Representative of Jamaica\n\nMr. President,\n\nCARICOM thanks the Expert.\n",
        published=date(2027, 3, 26),
    )
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "JAM"
    assert statement["on_behalf_of"]["name"].lower().startswith("caribbean community")
    assert statement["text"].startswith("Mr. President,")


def test_an_institution_named_with_brackets_speaks_under_its_own_name() -> None:
    _, items = _items(
        "HUMAN RIGHTS COUNCIL, 88TH SESSION\nInteractive dialogue with the Special Rapporteur on adequate housing\n"
        "Statement by the South African Human Rights Commission (SAHRC)\n6 March 2035\n\nThank you, Mr. President."
        "\n\nThe Commission thanks the Special Rapporteur for her report on her visit to South Africa.\n",
    )  # fmt: skip
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "South African Human Rights Commission"
    assert statement["speaker"]["short"] == "SAHRC"
    assert statement["concerning"]["iso3"] == "ZAF"  # the State the reported visit went to


def test_words_quoted_in_a_turn_are_the_speakers() -> None:
    _, items = _items(
        "GENEVA, 3 March 2031 - The Human Rights Council today held an interactive dialogue with the Fact-Finding "
        "Mission on Venezuela. Its chair, Marta Lindholm-Reyes, said that 40 detainees had died.\n\n"
        "Venezuela, speaking as the concerned country, rejected the report as \"a script for regime change written "
        "abroad\" and said the Mission had never visited.\n\n"
        "UNHCR, the UN Refugee Agency, said the response was funded at only 38 per cent of requirements.\n\n"
        "Colombia said that it hosted millions. Brazil said that dialogue mattered.\n",
        published=date(2031, 3, 3),
    )
    claims = [i for i in items if i["kind"] == "claim"]
    quote = next(c for c in claims if c["claim_type"] == "quotation" and c["quote"].startswith("a script"))
    assert quote["claimant"]["iso3"] == "VEN"
    rate = next(c for c in claims if c["claim_type"] == "rate")
    assert rate["claimant"]["name"] == "UNHCR"


def test_statements_under_headings_that_name_no_speaker() -> None:
    layouts = {
        "CHL": "Statement — General Debate, Item 2\nAnnual report of the High Commissioner\nHuman Rights Council, 71st "
               "Session\n\nChile, also on behalf of Brazil, Colombia and Uruguay\n\nMr. President,\n\nOur countries thank "
               "the High Commissioner.\n",
        "GBR": "UK MISSION TO THE UN IN GENEVA\n\nHRC93: Core Group statement on Sri Lanka\n\nItem 2: Interactive Dialogue on "
               "the report of the High Commissioner on Sri Lanka\n\nDelivered on 10 September 2036 by the United Kingdom on "
               "behalf of the Core Group on Sri Lanka\n\nThank you, Mr President.\n\nThe Core Group thanks the Office.\n",
        "DEU": "Joint Statement – Human rights situation in Belarus\nHRC 84 – Item 4 General Debate\n\nRead by: Germany\n"
               "Co-sponsors (12): Albania, Austria, Belgium, Canada, Croatia, Denmark, Estonia, Finland, France, Iceland, "
               "Ireland, Germany\n\nDistinguished President,\n\nWe remain concerned about Belarus.\n",
    }  # fmt: skip
    for iso3, text in layouts.items():
        doc, items = _items(text, published=date(2036, 9, 10))
        assert doc.kind == "statement", iso3
        statement = next(i for i in items if i["kind"] == "statement")
        assert statement["speaker"]["iso3"] == iso3
    doc, items = _items(layouts["DEU"], published=date(2036, 9, 10))
    assert next(i for i in items if i["kind"] == "statement")["text"].startswith("Distinguished President,")
    _, items = _items(layouts["GBR"], published=date(2036, 9, 10))
    assert next(i for i in items if i["kind"] == "statement")["on_behalf_of"]["name"] == "Core Group on Sri Lanka"


def test_review_summaries_with_joint_turns_asides_and_closing_lists() -> None:
    doc, items = _items(
        "Working Group on the Universal Periodic Review\nSeventy-second session\nReview of Guatemala - summary of the "
        "morning meeting\n\nThe delegation of Guatemala was headed by its Minister of Justice, who said that reparations "
        "had resumed.\n\nFrance, Ireland and "
        "Luxembourg recommended an anti-discrimination law. Angola, Cabo Verde and Mozambique, speaking in turn, "
        "commended the quotas.\n\nGuatemala, in its responses, said that a bill had been sent to Congress.\n\n"
        "Sudan, taking the floor as a State named in the debate, said that it rejected the report.\n\n"
        "Also taking the floor were Australia, Brazil and Cuba.\n",
        published=date(2033, 1, 25),
    )
    assert doc.kind == "meeting_summary"
    speakers = _speakers(items)
    assert speakers == ["FRA", "IRL", "LUX", "AGO", "CPV", "MOZ", "GTM", "SDN", "AUS", "BRA", "CUB"]
    assert {s["forum"]["date"] for s in items if s["kind"] == "statement"} == {"2033-01-25"}  # dated by its publication


def test_general_debate_turns_concern_the_state_they_are_about() -> None:
    _, items = _items(
        "The Human Rights Council this afternoon held its general debate under item 4.\n\n"
        "Canada, speaking on behalf of CANZ (Australia, Canada and New Zealand), said that Iran had executed 640 people."
        "\n\nHaiti, speaking as a country concerned, said that 1.3 million people had been displaced.\n\n"
        "Ireland, speaking on behalf of a group of 52 States, read a joint statement on Burundi.\n",
        published=date(2034, 3, 21),
    )
    concerning = {s["speaker"]["iso3"]: (s["concerning"] or {}).get("iso3") for s in items if s["kind"] == "statement"}
    assert concerning == {"CAN": "IRN", "HTI": "HTI", "IRL": "BDI"}  # not the group's members in brackets


def test_a_summary_of_adoptions_and_a_review_held_this_morning() -> None:
    doc, items = _items(
        "Outcome of the Universal Periodic Review: Mauritius\n\nThe Council then considered the outcome of the review "
        "of Mauritius. The delegation said it had accepted 173 recommendations.\n\nSeychelles welcomed the report.\n",
        published=date(2031, 9, 24),
    )
    assert doc.kind == "meeting_summary"
    _, items = _items(
        "GENEVA, 9 November 2032 - Brazil was reviewed this morning by the Working Group on the Universal Periodic "
        "Review, meeting in its seventy-first session from 4 to 15 November.\n\nArgentina praised Brazil's record. "
        "Chile said that it welcomed the quotas. Peru asked about police violence.\n",
    )
    assert {s["forum"]["date"] for s in items if s["kind"] == "statement"} == {"2032-11-09"}


def test_a_treaty_body_dialogue_summary_has_experts_and_the_state_party() -> None:
    doc, items = _items(
        "Jordan: Committee against Torture ends two-meeting review\n\nThe Committee against Torture concluded this "
        "morning its review of the fifth periodic report of Jordan, at its 107th session.\n\n"
        "Main points raised by the Committee Experts:\n\n"
        "- Country Rapporteur Oluwaseun Varga-Lindholm asked why police were tried before the Police Court.\n"
        "- Committee Expert Tariq Svensson-Abiola asked about refugees returned to Syria.\n\n"
        "Another country rapporteur, Jonas Itzik-Mwale, said that 14 journalists were held.\n\n"
        "Responding this morning, Jordan said that a draft amendment would move the cases to civilian courts.\n",
        published=date(2033, 7, 13),
    )
    assert doc.kind == "meeting_summary"
    statements = [i for i in items if i["kind"] == "statement"]
    assert [s["speaker"].get("short") or s["speaker"].get("iso3") for s in statements] == [
        "Varga-Lindholm", "Svensson-Abiola", "Itzik-Mwale", "JOR"]  # fmt: skip
    assert statements[0]["forum"]["type"] == "interactive_dialogue"
    actors = {i["actor"]["name"]: i["actor"] for i in items if i["kind"] == "actor"}
    assert actors["Tariq Svensson-Abiola"]["title"] == "Committee Expert"


def test_labelled_lines_closing_lists_and_ngos_in_a_general_debate() -> None:
    doc, items = _items(
        "ID with Independent Expert on sexual orientation and gender identity (80th session, afternoon)\n\n"
        "Malta, for the LGBTI Core Group: backed the call for a ban on conversion practices.\n"
        "Egypt: said the mandate had no basis in international law.\n"
        "Uganda: said its laws reflected the values of its people.\n\n"
        "Among non-governmental organizations, the Horn Exile Writers Union said that 16 writers were held.\n\n"
        "At the end of the meeting, China, Cuba and Nicaragua exercised the right of reply.\n\n"
        "Also speaking in the general debate were Australia and Japan, as well as the non-governmental organization "
        "Baltic Helsinki Watch.\n",
        published=date(2032, 6, 22),
    )
    assert doc.kind == "meeting_summary"
    assert _speakers(items) == ["MLT", "EGY", "UGA", "Horn Exile Writers Union", "CHN", "CUB", "NIC", "AUS", "JPN",
                                "Baltic Helsinki Watch"]  # fmt: skip
    by = dict(zip(_speakers(items), [i for i in items if i["kind"] == "statement"], strict=True))
    assert by["MLT"]["on_behalf_of"]["name"] == "LGBTI Core Group"
    assert by["EGY"]["text"].startswith("Egypt: said the mandate")


def test_ngo_statement_headings_with_labels_delivery_lines_and_member_lists() -> None:
    headings = {
        "Gulf Justice and Dignity Centre": "ORAL STATEMENT\nHuman Rights Council, 85th session\nAgenda item 6 – UPR "
            "outcome: Saudi Arabia\nSpeaking organisation: Gulf Justice and Dignity Centre\nConsultative status: General "
            "(ECOSOC)\n\nMr. Vice-President,\n\nExecutions have not slowed.\n",
        "Justice Bridge International": "JOINT ORAL STATEMENT (VIDEO MESSAGE)\n\n78th regular session of the Human "
            "Rights Council\nItem 4 – Interactive dialogue on Syria\n\nDelivered by: Justice Bridge International "
            "(general consultative status with ECOSOC)\nOn behalf of the Syria Accountability Platform, a coalition of "
            "two organisations:\n- Justice Bridge International\n- Women of Idlib Forum\n\nThank you, Madam "
            "Vice-President.\n\nDetainees are still missing.\n",
    }  # fmt: skip
    for name, text in headings.items():
        _, items = _items(text, published=date(2034, 3, 21))
        statement = next(i for i in items if i["kind"] == "statement")
        assert statement["speaker"]["name"] == name
    assert statement["on_behalf_of"]["name"] == "Syria Accountability Platform"


def test_replies_and_reported_words_after_an_earlier_speakers_clause() -> None:
    doc, items = _items(
        "GENEVA, 26 March 2031 - The Human Rights Council this afternoon, during its seventy-sixth session, held an "
        "interactive dialogue on Belarus.\n\nPoland said that refugees feared reprisals; the United Kingdom welcomed the "
        "work, while Venezuela rejected both mandates as selective and Eritrea said country-specific mechanisms "
        "deepened confrontation.\n\nThe Russian Federation, in a right of reply, said the report was biased.\n",
    )
    assert doc.kind == "meeting_summary"
    assert _speakers(items) == ["POL", "GBR", "VEN", "ERI", "RUS"]


def test_the_head_of_delegation_replying_is_the_state_under_review() -> None:
    doc, items = _items(
        "GENEVA, 13 November 2029 - Bangladesh underwent its review before the Working Group on the Universal Periodic "
        "Review this afternoon.\n\nPresenting the national report, Law Minister Rezaul Haque-Montgomery said that 1,837 "
        "complaints had been received.\n\nNepal commended Bangladesh for hosting refugees; the Netherlands recommended "
        "reforming the Cyber Security Act.\n\nMr. Haque-Montgomery, responding to the points raised, said that 63 "
        "officers had been suspended.\n",
    )
    assert doc.kind == "meeting_summary"
    assert _speakers(items) == ["NPL", "NLD", "BGD"]  # the presentation is no statement; the reply is
    reply = [i for i in items if i["kind"] == "statement"][-1]
    assert reply["text"].startswith("Mr. Haque-Montgomery, responding")


def test_statements_of_intergovernmental_organisations_and_agencies() -> None:
    cases = {
        "Council of Europe": "Council of Europe\nOffice of the Council of Europe in Geneva\n\nEvent: Human Rights Council, "
            "81st session\nAgenda item: 4\nDialogue: Special Rapporteur on the situation of human rights in the Russian "
            "Federation\nDate: 24 September 2032\nSpeaker: Mr. Henrik Osei-Valdés, Head of the Office\n\nMr. President, "
            "the Council of Europe welcomes the report.\n",
        "African Union": "PERMANENT OBSERVER MISSION OF THE AFRICAN UNION TO THE UNITED NATIONS OFFICE AT GENEVA\n\n72nd "
            "Session of the Human Rights Council\nInteractive dialogue on the Sudan\n\nStatement delivered by Ambassador "
            "Nomvula Adeyemi-Hartmann, Permanent Observer of the African Union\n\nThank you, Mr. President.\n\nThe AU "
            "thanks the Mission.\n",
        "UNHCR": "UNHCR - The UN Refugee Agency\n\nHuman Rights Council, 88th session, Geneva\nInteractive dialogue on "
            "Myanmar\n20 March 2035\n\nStatement by Ms. Leilani Duchesne-Okafor, Director, Regional Bureau for Asia, "
            "UNHCR\n\nMr. President, UNHCR is grateful for the opportunity.\n",
    }  # fmt: skip
    for name, text in cases.items():
        doc, items = _items(text, published=date(2032, 9, 24))
        assert doc.kind == "statement", name
        assert next(i for i in items if i["kind"] == "statement")["speaker"]["name"] == name
    doc, items = _items("ORGANISATION INTERNATIONALE DE LA FRANCOPHONIE\n\nConseil des droits de l'homme - 86e session\n"
                        "Item 4: Interactive dialogue with the Special Rapporteur on Myanmar\nGeneva, 3 July 2034\n"
                        "(Check against delivery)\n\n"
                        "Mr. President,\n\nThe Organisation internationale de la Francophonie welcomes the review.\n")  # fmt: skip
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["short"] == "Organisation internationale de la Francophonie"
    assert statement["forum"]["session"] == 86


def test_a_greeting_before_the_salutation_and_a_reports_summary_section() -> None:
    doc, _ = _items("STATEMENT\n\nDelivered by: Hon. Litia Vakaloloma-Brandt, Attorney-General\nOccasion: Presentation of "
                    "the National Report of the Republic of Fiji, UPR Working Group, 57th Session\n\nBula vinaka and good "
                    "morning, Madam President.\n\nI have the honour to present Fiji's national report.\n")  # fmt: skip
    assert doc.kind == "statement"
    doc, _ = _items("STEPPE COALITION AGAINST TORTURE\nMonitoring brief No. 11/2033\n\nTorture complaints rise\n\nSummary\n"
                    "Complaints of torture continued to rise, the Coalition said.\n\nKey figures\n- Complaints: 684\n")  # fmt: skip
    assert doc.kind == "press"


def test_a_head_of_delegation_titled_secretary_general_replies_for_the_state() -> None:
    _, items = _items(
        "GENEVA, 5 May 2031 - Iran underwent its review before the Working Group on the Universal Periodic Review "
        "this morning.\n\nPresenting the report, Kazem Gharibi-Nordstrom, Secretary-General of the High Council for "
        "Human Rights and head of the delegation, said that reforms continued.\n\nCuba praised Iran; Norway urged a "
        "moratorium on executions.\n\nMr. Gharibi-Nordstrom, in reply, said that the death penalty applied to the most "
        "serious crimes.\n",
    )
    assert _speakers(items) == ["CUB", "NOR", "IRN"]


def test_un_meeting_coverage_of_a_closing_day_and_of_the_third_committee() -> None:
    closing = ("Council closes its session\n\nGENEVA (8 October 2027) - The Human Rights Council closed its sixty-sixth "
               "session this evening after a final day of voting.\n\nMorocco, on behalf of the African Group, said that "
               "capacity-building mattered.\n")  # fmt: skip
    assert recognise_press(Document.from_text(closing, source="x")) == "meeting_summary"
    third = ("24 October 2030\nEighty-fifth session, Third Committee, 24th Meeting (AM)\n\nThe Third Committee (Social, "
             "Humanitarian and Cultural) this morning held interactive dialogues with the Special Rapporteurs.\n")
    assert recognise_press(Document.from_text(third, source="x")) == "meeting_summary"
    bulletin = ("Radio Leman - evening bulletin\n\nGood evening. The Human Rights Council closed its 70th session today by "
                "renewing a mandate.\n")  # fmt: skip
    assert recognise_press(Document.from_text(bulletin, source="x")) == "press"


def test_labelled_speaker_line_delegation_heading_and_honourable_minister() -> None:
    doc, items = _items(
        "Session: 80th regular session of the Human Rights Council\nMeeting: Interactive dialogue with the Special "
        "Rapporteur on the situation of human rights in Eritrea\nDate: 18 June 2032\nSpeaker: Zimbabwe, on behalf of the "
        "Group of Like-Minded Countries\nDelivered by: Ms. Name Mukara-Johans, Minister Counsellor\n\nThank you, Madam "
        "President.\n\nThe Group opposes country-specific mandates.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "ZWE" and statement["on_behalf_of"]["short"] == "Group of Like-Minded Countries"
    _, items = _items(
        "PERMANENT MISSION OF THE REPUBLIC OF BELARUS\n\n73rd session of the UN Human Rights Council\nInteractive dialogue "
        "with the Special Rapporteur on the situation of human rights in Belarus\nStatement of the delegation of the "
        "Republic of Belarus as the country concerned\n\nDelivered by Deputy Minister of Foreign Affairs Mr. Pavel "
        "Shumi-Okafor\n\nMr. Vice-President,\n\nBelarus does not recognize the mandate.\n", date(2030, 3, 19))
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "BLR" and statement.get("on_behalf_of") is None
    _, items = _items(
        "Human Rights Council\n82nd session\nItem 6: Universal Periodic Review - consideration of the outcome for the "
        "Kingdom of Tonga\n\nStatement by Hon. Seini Fifita-March, Minister of Justice and Head of Delegation\n\nGeneva, "
        "22 March 2033\n\nMr. President, Tonga is grateful to the Working Group.\n\nOur review produced 158 "
        "recommendations. After consultation with the Legislative Assembly and with civil society, Tonga supports 112 "
        "of them and notes 46.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["iso3"] == "TON"
    response = next(i for i in items if i["kind"] == "claim" and i["claim_type"] == "response_tally")
    assert (response["total"], response["supportive"], response["critical"]) == (158, 112, 46)
    assert response["claimant"]["name"] == "Tonga"  # the State, not the minister reading its statement


def test_a_mandate_holders_report_to_the_council_is_the_mandates_in_her_voice() -> None:
    _, items = _items(
        "Human Rights Council, 70th session\nInteractive dialogue with the Special Rapporteur on the right to food\n"
        "Statement by Ines Karl-Adebayo, Special Rapporteur on the right to food\nGeneva, 6 March 2029\n\nMr. President,\n\n"
        "Since my last appearance, I have sent 41 communications to States. In Antananarivo I met the Prime Minister, "
        "Hery Rakoto-Lund, on 16 October 2028.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "Special Rapporteur on the right to food"
    count = next(i for i in items if i["kind"] == "claim" and i.get("unit") == "communications")
    assert count["claimant"]["name"] == "Ines Karl-Adebayo"
    meeting = next(i for i in items if i["kind"] == "event" and i["event_type"] == "meeting")
    assert [p["name"] for p in meeting["participants"]][:2] == ["Ines Karl-Adebayo", "Hery Rakoto-Lund"]


def test_a_heading_line_set_off_by_bars_dates_the_statement() -> None:
    doc, items = _items(
        "HRC 67 | Item 4 | Interactive dialogue with the Special Rapporteur on the situation of human rights in the "
        "Democratic People's Republic of Korea\nJoint statement of the Group of Friends in Defence of the Charter of the "
        "United Nations\nDelivered by H.E. Mr. Hector Arria-Volk, Ambassador and Permanent Representative of the "
        "Bolivarian Republic of Venezuela | Geneva, 16 March 2028\n\nThank you, Mr. Vice-President.\n\nThe Group opposes "
        "country mandates.\n")
    assert doc.published == date(2028, 3, 16)
    dialogue = next(i for i in items if i["kind"] == "event" and i["event_type"] == "interactive_dialogue")
    assert dialogue["date"] == "2028-03-16"


def test_headings_on_one_line_with_dashes_and_a_bare_president() -> None:
    doc, items = _items(
        "Kuwait on behalf of the Arab Group - Interactive dialogue with the Independent Expert on the situation of human "
        "rights in Somalia - 75th session of the Human Rights Council, Item 10 - 24 September 2030\n\nMr. President,\n\n"
        "The Group welcomes the Independent Expert.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert doc.kind == "statement" and doc.published == date(2030, 9, 24)
    assert statement["speaker"]["iso3"] == "KWT" and statement["on_behalf_of"]["name"] == "Arab Group"
    assert statement["forum"]["date"] == "2030-09-24"  # (not a range from "Item 10 - 24 September")
    doc, items = _items(
        "NORDIC-BALTIC STATEMENT\n\nHuman Rights Council, 79th session\nItem 4 - Interactive dialogue with the Special "
        "Rapporteur on the situation of human rights in Belarus\n\nDelivered by Finland\n\nPresident,\n\nI speak on "
        "behalf of the Nordic-Baltic countries.\n\nWe thank the Special Rapporteur.\n", date(2032, 3, 18))
    statement = next(i for i in items if i["kind"] == "statement")
    assert doc.kind == "statement" and statement["speaker"]["iso3"] == "FIN"
    assert statement["on_behalf_of"]["name"] == "Nordic-Baltic countries" and statement["text"].startswith("President,")
    doc, items = _items(
        "IRELAND - HRC78 - Item 10\nID with the Independent Expert on the situation of human rights in the Central "
        "African Republic\n\nThank you, President.\n\nIreland thanks the Independent Expert.\n", date(2031, 9, 30))
    statement = next(i for i in items if i["kind"] == "statement")
    assert doc.kind == "statement" and statement["speaker"]["iso3"] == "IRL" and statement["forum"]["session"] == 78


def test_an_ngo_statement_delivered_by_its_director_is_the_ngos() -> None:
    _, items = _items(
        "Human Rights Council, 67th session\nItem 4 - Interactive dialogue with the Special Rapporteur on the situation of "
        "human rights in Belarus\nJoint oral statement delivered by Hanna Vyar-Lund, Director, Minsk Legal Aid Circle, on "
        "behalf of the Belarus Accountability Coalition\nGeneva, 14 March 2028\n\nMr. President,\n\nWe thank the Special "
        "Rapporteur.\n")
    statement = next(i for i in items if i["kind"] == "statement")
    assert statement["speaker"]["name"] == "Minsk Legal Aid Circle"
    assert statement["on_behalf_of"]["name"] == "Belarus Accountability Coalition"


def test_a_states_upr_statement_under_its_missions_letterhead() -> None:
    doc, items = _items(
        "Permanent Mission of the Republic of Fiji to the United Nations Office at Geneva\nUPR 66 — Review of Australia\n"
        "Delivered by H.E. Mr. Name Brenn-Naival, Ambassador and Permanent Representative\n\nBula vinaka, Mr. President.\n\n"
        "Fiji welcomes the delegation of Australia. Fiji recommends that Australia raise the age of criminal "
        "responsibility.\n", date(2031, 1, 29))
    statement = next(i for i in items if i["kind"] == "statement")
    assert doc.kind == "statement" and statement["speaker"]["iso3"] == "FJI"
    assert statement["forum"]["type"] == "upr_review" and statement["concerning"]["iso3"] == "AUS"


def test_institutions_statements_at_a_review_outcome() -> None:
    """Sixty-fifth pass: an NHRI's statement headed "(national human rights institution, "A" status)" and
    "Speaker: Name, Title", opened by "Distinguished President,"; one headed "Statement of the Commission on Human
    Rights of the Philippines" over an '"A"-status National Human Rights Institution' line; the Commission of Inquiry
    on the Occupied Palestinian Territory by its full name."""
    doc, items = _items(
        "Video statement – Human Rights Council, 80th session\nItem 6: Universal Periodic Review outcome of Georgia\n"
        "Public Defender of Georgia (national human rights institution, \"A\" status)\nSpeaker: Nino Kapanadze-Holm, "
        "Deputy Public Defender\n\nDistinguished President, Excellencies,\n\nThe Public Defender welcomes the review and the "
        "Government's acceptance of most recommendations on the rights of internally displaced persons, and urges the "
        "Parliament to adopt the draft law on compensation before the end of the year.\n")
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert doc.kind == "statement" and statement["speaker"]["name"] == "Public Defender of Georgia"
    assert statement["text"].startswith("Distinguished President")
    people = {i["actor"]["name"]: i["actor"].get("title") for i in items if i["kind"] == "actor"}
    assert people["Nino Kapanadze-Holm"] == "Deputy Public Defender"
    _, items = _items(
        "Statement of the Commission on Human Rights of the Philippines\n\"A\"-status National Human Rights "
        "Institution\n70th Regular Session of the Human Rights Council, Item 6\n20 March 2029\n\nMr. President,\n\n"
        "The Commission takes note of the responses.\n")
    (statement,) = [i for i in items if i["kind"] == "statement"]
    assert statement["speaker"]["name"] == "Commission on Human Rights of the Philippines"
    assert not any(i["kind"] == "actor" and "status" in i["actor"]["name"] for i in items)
    _, items = _items(
        "Statement by Egypt\nInteractive dialogue with the Independent International Commission of Inquiry on the "
        "Occupied Palestinian Territory, including East Jerusalem, and Israel\nHuman Rights Council, 80th session - "
        "18 June 2029\n\nMr. President,\n\nEgypt thanks the Commission.\n")
    names = {i["actor"]["name"]: i["actor"].get("kind") for i in items if i["kind"] == "actor"}
    assert names["Independent International Commission of Inquiry on the Occupied Palestinian Territory, including East "
                 "Jerusalem, and Israel"] == "un_mechanism"
    assert next(i for i in items if i["kind"] == "statement")["concerning"]["iso3"] == "ISR"
