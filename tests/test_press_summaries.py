"""Meeting summaries that cover several parts of a meeting, each with its own forum (sixty-second pass).

All texts are written for these tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rightstrack.document import Document
from rightstrack.extract.press import extract_press, recognise_press


def _statements(text: str, published: date | None = None) -> list[dict[str, Any]]:
    doc = Document.from_text(text, published=published)
    doc.kind = recognise_press(doc)
    assert doc.kind == "meeting_summary"
    return [i.to_dict() for i in extract_press(doc) if i.kind == "statement"]


def _by_speaker(statements: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {s["speaker"]["iso3"] if s["speaker"].get("kind") in (None, "state") else s["speaker"]["name"]: s
            for s in statements}  # fmt: skip


def _forum(statement: dict[str, Any]) -> tuple[Any, Any]:
    return statement["forum"].get("type"), (statement.get("concerning") or {}).get("iso3")


def test_a_dialogue_then_a_general_debate() -> None:
    statements = _by_speaker(_statements(
        "Council hears expert on Belarus, opens general debate\n\nGENEVA, 16 March 2027 - The Human Rights Council "
        "today held an interactive dialogue with the Special Rapporteur on the situation of human rights in Belarus, "
        "and then started its general debate under item 4.\n\nIn the discussion, Estonia said that arrests went on "
        "every week. Lawyers in Exile Network, a non-governmental organization, said that relatives were summoned.\n\n"
        "Opening the general debate on item 4, Poland's Deputy Minister of Foreign Affairs, Jan Morrow-Kowal, said that "
        "civilians were bombed in Ukraine. Venezuela said that item 4 singled out developing countries.\n"))
    assert _forum(statements["EST"]) == ("interactive_dialogue", "BLR")
    assert _forum(statements["Lawyers in Exile Network"]) == ("interactive_dialogue", "BLR")
    assert statements["POL"]["forum"]["type"] == "general_debate"  # the minister's turn, after its lead
    assert _forum(statements["VEN"]) == ("general_debate", None)
    assert statements["EST"]["forum"]["date"] == statements["VEN"]["forum"]["date"] == "2027-03-16"


def test_the_outcomes_of_several_reviews_each_a_part_of_its_own() -> None:
    statements = _statements(
        "Council adopts outcomes of Laos, Malawi and Tonga\n\nThe Human Rights Council at its seventy-first session today "
        "adopted the outcomes of the Universal Periodic Review of the Lao People's Democratic Republic, Malawi and "
        "Tonga, before its general debate under item 6.\n\n"
        "The Vice-Minister for Foreign Affairs of the Lao People's Democratic Republic, Name Vongsa-Berg, said that the "
        "country had supported 180 of the 230 recommendations. Thailand said that it valued the cooperation of its "
        "neighbour.\n\n"
        "Presenting its responses, Malawi said it had accepted most recommendations. Zambia commended Malawi for its "
        "school feeding plan. The Malawi Human Rights Commission said that prisons were overcrowded.\n\n"
        "The Attorney-General of Tonga, Name Fifita-Lund, said that Tonga had supported 112 of the 158 "
        "recommendations. New Zealand welcomed the new family protection law.\n\n"
        "In the general debate on item 6, Fiji, on behalf of a group of small island States, said that the trust fund "
        "mattered. Cuba said that universality was the strength of the review.\n",
        date(2029, 3, 28),
    )
    by = _by_speaker(statements)
    assert _forum(by["THA"]) == ("upr_review", "LAO")
    assert _forum(by["ZMB"]) == ("upr_review", "MWI")
    assert _forum(by["NZL"]) == ("upr_review", "TON")
    assert _forum(by["FJI"]) == ("general_debate", None) and _forum(by["CUB"]) == ("general_debate", None)
    assert by["Malawi Human Rights Commission"]["concerning"]["iso3"] == "MWI"
    # the State reviewed presenting its own responses opens its part and is no statement
    assert "LAO" not in by and "TON" not in by


def test_a_second_mandate_holder_opens_the_next_dialogue_and_a_vote_its_own_part() -> None:
    statements = _by_speaker(_statements(
        "Council concludes dialogue on Syria, starts dialogue on Afghanistan\n\nGENEVA, 14 March 2029 - The Human "
        "Rights Council this afternoon concluded its interactive dialogue with the Commission of Inquiry on the Syrian "
        "Arab Republic and started its dialogue on Afghanistan.\n\n"
        "In the final part of the Syria dialogue, Jordan said that refugees needed support. Earlier in the dialogue, "
        "Chile said that the missing had to be found.\n\n"
        "Introducing her report, the Special Rapporteur on the situation of human rights in Afghanistan, Name "
        "Holm-Abebe, said that girls were out of school. Among the speakers, Germany said that the ban on education "
        "had to end.\n\n"
        "The Council then took action on a draft resolution extending the mandate of the Special Rapporteur on the "
        "situation of human rights in Burundi. Before the vote, the representative of Burundi said that the country had "
        "turned a page. Explaining its abstention after the vote, Brazil said that it preferred technical assistance.\n"))
    assert _forum(statements["JOR"]) == ("interactive_dialogue", "SYR")
    assert _forum(statements["CHL"]) == ("interactive_dialogue", "SYR")
    assert _forum(statements["DEU"]) == ("interactive_dialogue", "AFG")
    assert statements["DEU"]["forum"]["mandate"] == "Special Rapporteur on the situation of human rights in Afghanistan"
    assert _forum(statements["BDI"]) == (None, "BDI") and _forum(statements["BRA"]) == (None, "BDI")


def test_numbered_paragraphs_and_headings_in_capitals_are_no_turns_of_their_own() -> None:
    statements = _statements(
        "Human Rights Council\n81st regular session\nSummary of the meeting of Wednesday, 29 September 2032\n\n"
        "Interactive dialogue with the Independent Expert on the situation of human rights in the Central African "
        "Republic\n\n1. The Independent Expert presented his report.\n\n2. The Central African Republic, speaking as the "
        "country concerned, said through its Minister of Justice, Name Ngaiko-Brandt, that the Government had retaken "
        "80 percent of the territory.\n\n3. France expressed concern at abuses.\n\nSUDAN DIALOGUE: CALL WINS SUPPORT\n\n"
        "4. China said that ownership mattered.\n")
    assert [s["speaker"].get("iso3") for s in statements] == ["CAF", "FRA", "CHN"]


def test_the_minister_a_state_speaks_through_claims_its_figures() -> None:
    doc = Document.from_text(
        "GENEVA, 6 March 2029 - The Human Rights Council held an interactive dialogue with the Commission on Human "
        "Rights in South Sudan.\n\nSouth Sudan, speaking as the country concerned, said through its Minister of Justice "
        "and Constitutional Affairs, Rebecca Nyandeng-Karl, that 2,136,400 voters had been registered.\n\nEgypt said "
        "that the State bore the primary responsibility. Kenya said that dialogue was the way. China said that "
        "sovereignty mattered.\n")
    doc.kind = recognise_press(doc)
    claims = [i.to_dict() for i in extract_press(doc) if i.kind == "claim"]
    voters = next(c for c in claims if c.get("unit") == "voters")
    assert voters["claimant"]["name"] == "Rebecca Nyandeng-Karl"


def test_a_group_named_as_the_text_writes_it() -> None:
    statements = _statements(
        "GENEVA, 2 July 2030 - The Human Rights Council held an interactive dialogue with the Special Rapporteur on "
        "the situation of human rights in Eritrea.\n\nCameroon, on behalf of the Group of African States, said that "
        "cooperation was the way. Pakistan, on behalf of the Organization of Islamic Cooperation, said that mandates "
        "without consent failed. Norway said that conscription had to end.\n")
    groups = {s["speaker"]["iso3"]: s["on_behalf_of"] for s in statements if s.get("on_behalf_of")}
    assert groups["CMR"]["name"] == "African Group" and groups["CMR"]["short"] == "Group of African States"
    assert groups["PAK"]["short"] == "Organization of Islamic Cooperation"
