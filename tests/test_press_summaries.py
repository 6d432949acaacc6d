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


def test_officials_named_before_their_title_and_the_ngos_after_states() -> None:
    statements = _by_speaker(_statements(
        "The Human Rights Council this morning held an interactive dialogue with the Independent Expert on the "
        "situation of human rights in the Central African Republic.\n\nCote d'Ivoire, speaking on behalf of the African "
        "Group, commended the Government. Switzerland, in a similar vein, asked about reparations. Chad, a neighbouring "
        "country, said that the border was calm. The European Union, opening the discussion, said that funding "
        "mattered.\n\nThe Bangui Lawyers' Network, speaking after States, said that survivors were rarely compensated. "
        "Action for Justice in Ubangi said that 58 per cent of displaced families had received no aid. Name "
        "Oduya-Chan, of the Sangha Youth Network, said that schools were closed. Ubangi Prisoners Watch read out the "
        "names of the disappeared.\n\nConcluding the dialogue, Arlette Ngai-Roux, Minister of Justice of the Central "
        "African Republic, said that 24 of the 27 delegations that had taken the floor had encouraged the Government, "
        "and that only three had been critical.\n", date(2031, 10, 1)))
    assert {"CHE", "TCD", "European Union", "Bangui Lawyers' Network", "Action for Justice in Ubangi",
            "Sangha Youth Network", "Ubangi Prisoners Watch", "CAF"} <= set(statements)
    doc = Document.from_text(
        "GENEVA - The Human Rights Council held an interactive dialogue with the Independent Expert on the situation of "
        "human rights in the Central African Republic.\n\nFrance said that the court needed funds. Chad said that the "
        "border was calm. Egypt said that aid was needed. Action for Justice in Ubangi, a non-governmental organization, "
        "said that trials were slow. Ubangi Relief Circle said that 58 per cent of displaced families had received no "
        "aid.\n\nConcluding the dialogue, Arlette Ngai-Roux, Minister of Justice of the Central African Republic, said "
        "that 24 of the 27 delegations that had taken the floor had encouraged the Government, and that only three had "
        "been critical.\n", published=date(2031, 10, 1))
    doc.kind = recognise_press(doc)
    claims = [i.to_dict() for i in extract_press(doc) if i.kind == "claim"]
    tally = next(c for c in claims if c["claim_type"] == "tally")
    assert (tally["total"], tally["supportive"], tally["critical"]) == (27, 24, 3)
    assert next(c for c in claims if c["claim_type"] == "rate")["claimant"]["name"] == "Ubangi Relief Circle"


def test_replies_at_the_close_and_closing_lists_of_ngos() -> None:
    statements = _by_speaker(_statements(
        "Meeting summary, 16 March 2027\n\nThe Human Rights Council held an interactive dialogue with the Special "
        "Rapporteur on the situation of human rights in the Islamic Republic of Iran.\n\nGermany said that executions had "
        "risen. Belarus said that the mandate was political. China said that sovereignty mattered.\n\nKazem Rahman-Dubo, "
        "Secretary-General of the High Council for Human Rights of the Islamic Republic of Iran, speaking as the "
        "concerned country at the end of the dialogue, said that the report ignored the pardons granted to 2,600 "
        "prisoners.\n\nSpeaking in the discussion were Iceland and Australia, as well as the following "
        "non-governmental organizations: Azadi Legal Defence Network and Caspian Lawyers Forum.\n"))
    assert {"IRN", "ISL", "AUS", "Azadi Legal Defence Network", "Caspian Lawyers Forum"} <= set(statements)
    doc = Document.from_text(
        "GENEVA, 16 March 2027 - The Human Rights Council held an interactive dialogue with the Special Rapporteur on "
        "the situation of human rights in the Islamic Republic of Iran.\n\nGermany said that executions had risen. "
        "Belarus said that the mandate was political. China said that sovereignty mattered.\n\nKazem Rahman-Dubo, "
        "Secretary-General of the High Council for Human Rights of the Islamic Republic of Iran, speaking as the "
        "concerned country at the end of the dialogue, said that the report ignored the pardons granted to 2,600 "
        "prisoners.\n")
    doc.kind = recognise_press(doc)
    claims = [i.to_dict() for i in extract_press(doc) if i.kind == "claim"]
    assert next(c for c in claims if c.get("unit") == "prisoners")["claimant"]["name"] == "Kazem Rahman-Dubo"


def test_a_panellist_and_a_review_presentation_named_before_the_title_are_no_statements() -> None:
    statements = _by_speaker(_statements(
        "Meeting summary\nCouncil holds high-level panel discussion on the death penalty\n\nThe Human Rights Council this afternoon held "
        "its panel discussion on the death penalty.\n\nMwansa Kap-Dubois, Minister of Justice of Zambia, said that "
        "abolition had not raised crime. Switzerland said that abolition was a trend. Saudi Arabia said that every State "
        "could decide. Singapore said that the penalty deterred crime.\n", date(2036, 3, 3)))
    assert "ZMB" not in statements and {"CHE", "SAU", "SGP"} <= set(statements)
    statements = _by_speaker(_statements(
        "Meeting summary, 24 September 2026\n\nThe Human Rights Council adopted the outcome of the Universal Periodic "
        "Review of Viet Nam.\n\nLan Vu-Castel, Deputy Minister for Foreign Affairs of Viet Nam, said her country had received 304 "
        "recommendations. Cuba commended Viet Nam. Pakistan welcomed the plan. The Netherlands regretted the noted "
        "recommendations.\n"))
    assert "VNM" not in statements and {"CUB", "PAK", "NLD"} <= set(statements)


def test_a_working_group_adopting_its_reports_and_a_treaty_body_dialogue_over_two_days() -> None:
    statements = _by_speaker(_statements(
        "Working Group adopts reports on Nepal, Bahrain and Mongolia\n\nGENEVA, 8 May 2026 - The Working Group on the "
        "Universal Periodic Review this afternoon adopted the reports on Nepal, the Kingdom of Bahrain and Mongolia, the "
        "three States it had reviewed earlier in the week.\n\nSpeaking for Nepal, whose review took place on Tuesday, "
        "Ambassador Bishnu Thapa-Oko said that his country had supported 198 of the 262 recommendations.\n\nBahrain, "
        "which was reviewed on Wednesday, said that of its 281 recommendations it supported 170 and noted 96.\n\n"
        "Mongolia, which underwent its review on Thursday, said that it would announce its positions in September.\n"))
    assert {"NPL", "BHR", "MNG"} <= set(statements)  # each State's words at the adoption of its report
    doc = Document.from_text(
        "Human Rights Committee concludes review of the Philippines\n\nGENEVA, 11 July 2035 - The Human Rights Committee "
        "today wrapped up its examination of the fifth periodic report of the Philippines, in a dialogue that opened "
        "yesterday.\n\nName Barlow-Ishi, Committee Expert and Country Rapporteur, asked how many officers had been "
        "convicted. Name Ferran-Oka, Country Task Force Member, welcomed the new registry.\n\nMariano Delga-Shah, "
        "Undersecretary of Justice and head of the delegation, replied that 302 cases had been examined. A "
        "representative of the Ministry of Justice said that 48 courts now specialised in violence against women.\n")
    doc.kind = recognise_press(doc)
    items = [i.to_dict() for i in extract_press(doc)]
    assert doc.kind == "meeting_summary"
    dialogue = next(i for i in items if i["kind"] == "event" and i["event_type"] == "interactive_dialogue")
    assert (dialogue["date"], dialogue["end_date"]) == ("2035-07-10", "2035-07-11")
    speakers = [s["speaker"].get("iso3") or s["speaker"]["name"] for s in items if s["kind"] == "statement"]
    assert speakers == ["Name Barlow-Ishi", "Name Ferran-Oka", "PHL"]
    assert all(s["forum"]["date"] == "2035-07-10" for s in items if s["kind"] == "statement")


def test_a_session_opened_with_an_update_then_its_general_debate() -> None:
    """Sixty-fifth pass: "The Council opened its Nth session this morning" is the UN's summary; its afternoon debate
    is led by "In the afternoon general debate, Ambassador Name of Ghana, speaking on behalf of ..."; an update on
    the Office's own work is about no State; in a debate, the State a speaker's words are about comes first."""
    text = ("Council hears annual update, then debates it\n\nGENEVA, 12 June 2035 - The Human Rights Council opened its "
            "eighty-ninth session this morning with an oral update by the High Commissioner, Name Ortega-Lind, on the "
            "activities of her Office, and held its general debate on it in the afternoon.\n\n"
            "In the afternoon general debate, Ambassador Kofi Asante-Berg of Ghana, speaking on behalf of the African "
            "Group, said the Office needed more regular funding.\n\n"
            "Denmark said the Russian Federation must free the Ukrainian journalists held since 2032.\n\n"
            "Austria said Mali had closed the last independent radio station.\n")
    assert recognise_press(Document.from_text(text)) == "meeting_summary"
    statements = _by_speaker(_statements(text))
    assert "African" in statements["GHA"]["on_behalf_of"]["name"]
    assert statements["GHA"]["text"].startswith("Ambassador Kofi") and _forum(statements["GHA"]) == ("general_debate", None)
    assert _forum(statements["DNK"]) == ("general_debate", "RUS")  # not the Ukraine it names after
    assert _forum(statements["AUT"]) == ("general_debate", "MLI")


def test_parts_opened_by_short_headings() -> None:
    """Sixty-fifth pass: "Afternoon: general debate under item 4", "General debate on item 10" and a bare
    "AFTERNOON" (where the lead says the debate was that afternoon) each open the debate part."""
    for heading in ("Afternoon: general debate under item 4", "General debate on item 4", "AFTERNOON"):
        statements = _by_speaker(_statements(
            "Council holds dialogue on Eritrea and, in the afternoon, its general debate\n\nGENEVA, 2 July 2031 - The "
            "Human Rights Council this morning held an interactive dialogue with the Special Rapporteur on the "
            "situation of human rights in Eritrea, and in the afternoon held its general debate under item 4.\n\n"
            f"MORNING\n\nBelgium said that conscripts served without limit.\n\n{heading}\n\n"
            "Chile said that Nicaragua had stripped critics of their nationality.\n"))
        assert _forum(statements["BEL"]) == ("interactive_dialogue", "ERI"), heading
        assert _forum(statements["CHL"]) == ("general_debate", "NIC"), heading


def test_who_a_debate_turn_is_about() -> None:
    """Sixty-fifth pass: a State whose agency "helped it", or whose "Federal Government" acted, speaks of itself; "the
    occupying Power" in the debate on Palestine is Israel, and so are "Israeli prisons"; a right of reply "at the end
    of the meeting" is a turn."""
    statements = _by_speaker(_statements(
        "Council holds general debate on technical assistance\n\nGENEVA, 4 October 2032 - The Human Rights Council "
        "this afternoon held its general debate under agenda item 10.\n\nLibya said the Office's support had helped it "
        "to draft a law on missing persons.\n\nSomalia said the Federal Government had adopted a child rights act.\n\n"
        "In a right of reply at the end of the meeting, Armenia said Azerbaijan still held its prisoners of war.\n"))
    assert _forum(statements["LBY"]) == ("general_debate", "LBY") and _forum(statements["SOM"]) == ("general_debate", "SOM")
    assert _forum(statements["ARM"])[1] == "AZE"
    statements = _by_speaker(_statements(
        "Council holds general debate on Palestine\n\nGENEVA, 3 April 2033 - The Human Rights Council this afternoon "
        "held its general debate under agenda item 7, on the human rights situation in Palestine and other occupied "
        "Arab territories. Israel was not present.\n\nJordan said the occupying Power kept expanding settlements.\n\n"
        "Gaza Rights Desk, a Palestinian non-governmental organization, said 3,100 Palestinians were held in Israeli "
        "prisons without charge.\n\nCuba said Israel must end the blockade.\n"))
    assert _forum(statements["JOR"])[1] == "ISR" and _forum(statements["Gaza Rights Desk"])[1] == "ISR"


def test_sixty_seventh_pass_sections_and_asides() -> None:
    """A summary's section heading "Statement by the concerned country" heads no speech; "The Russian Federation,
    taking the floor, said" and "South Sudan, as concerned country, said" are turns."""
    text = ("HUMAN RIGHTS COUNCIL - 70th session\nMeeting summary, 17 March 2030 (morning)\n\nInteractive dialogue with the "
            "Commission on Human Rights in South Sudan\n\nStatement by the concerned country\n\nSouth Sudan, as concerned "
            "country, said that the report ignored the progress made.\n\nDebate\n\nThe Russian Federation, taking the floor, "
            "said that it did not recognise the mandate.\n\nNorway said that attacks on civilians must end.\n")
    assert recognise_press(Document.from_text(text)) == "meeting_summary"
    statements = _by_speaker(_statements(text))
    assert {"SSD", "RUS", "NOR"} <= set(statements)
    assert statements["SSD"]["concerning"]["iso3"] == "SSD"


def test_sixty_seventh_pass_a_mandate_heading_opens_its_dialogue() -> None:
    """In a summary of two dialogues, a line that is a country mandate's name alone ("Commission on Human Rights in
    South Sudan") opens that mandate's dialogue; "Rwanda, exercising its right to speak, said" is a turn."""
    statements = _by_speaker(_statements(
        "Council ends dialogue on Belarus and begins dialogue on South Sudan\n\nGENEVA, 14 March 2031 - The Human Rights "
        "Council today ended its interactive dialogue with the Special Rapporteur on the situation of human rights in "
        "Belarus and began its interactive dialogue with the Commission on Human Rights in South Sudan.\n\nSpecial "
        "Rapporteur on Belarus\n\nLatvia said that more than a thousand people remained in prison for their views.\n\n"
        "Belarus, taking the floor as the concerned country, said that it rejected the mandate.\n\nCommission on Human "
        "Rights in South Sudan\n\nSouth Sudan, speaking as the concerned country, said that a census was under way.\n\n"
        "Kenya said that the peace agreement needed support.\n\nUganda, exercising its right to speak, said that its "
        "troops had left the border area.\n"))
    assert _forum(statements["LVA"]) == ("interactive_dialogue", "BLR")
    assert _forum(statements["BLR"]) == ("interactive_dialogue", "BLR")
    assert _forum(statements["SSD"]) == ("interactive_dialogue", "SSD")
    assert _forum(statements["KEN"]) == ("interactive_dialogue", "SSD")
    assert _forum(statements["UGA"]) == ("interactive_dialogue", "SSD")


def test_sixty_eighth_pass_review_replies_and_adoptions() -> None:
    """At a review, "Mongolia's Deputy Minister of Justice, Name, replying to questions, said" and "Name, Permanent
    Representative of Fiji to the United Nations Office at Geneva, replying, said" are the State's replies; a summary
    of adoptions opened by "The Council then adopted the outcome of the Universal Periodic Review of Tuvalu" is a
    summary; "Iraq, speaking as the country visited, said" is Iraq's turn about itself."""
    statements = _by_speaker(_statements(
        "Working Group reviews Mongolia\n\nGENEVA, 25 January 2028 - The Working Group on the Universal Periodic Review "
        "this morning reviewed Mongolia.\n\nPresenting the national report, Name Ochir-Lund, Minister of Justice of "
        "Mongolia, said that a new law had been adopted.\n\nJapan recommended that Mongolia protect herders.\n\nGermany "
        "recommended that Mongolia protect environmental defenders.\n\nMongolia's Deputy Minister of Justice and Home "
        "Affairs, Oyun Tsend-Walsh, replying to questions, said that a draft law would be submitted in spring.\n"))
    assert statements["MNG"]["text"].startswith("Mongolia's Deputy Minister")
    statements = _by_speaker(_statements(
        "Working Group reviews Fiji\n\nThe Working Group on the Universal Periodic Review this afternoon reviewed Fiji.\n\n"
        "Tonga commended Fiji for its leadership.\n\nFrance recommended ratifying the Convention.\n\nChile recommended an "
        "anti-discrimination law.\n\nJosefa Tui-Marsh, Permanent Representative of Fiji to the United Nations Office at "
        "Geneva, replying to questions, said that 9 villages had been relocated.\n", date(2031, 11, 5)))
    assert statements["FJI"]["text"].startswith("Josefa Tui-Marsh")
    statements = _by_speaker(_statements(
        "Tuvalu\n\nThe Council then adopted the outcome of the Universal Periodic Review of Tuvalu. Speaking by video link, "
        "the Minister of Justice of Tuvalu said that Tuvalu had supported 119 of the 147 recommendations.\n\nFiji welcomed "
        "Tuvalu's policy on climate mobility.\n\nAustralia encouraged Tuvalu to adopt its family protection bill.\n",
        date(2030, 7, 3)))
    assert {"FJI", "AUS"} <= set(statements)
    statements = _by_speaker(_statements(
        "Council holds dialogue with expert on displaced persons\n\nGENEVA, 15 September 2032 - The Human Rights Council "
        "today held an interactive dialogue with the Special Rapporteur on the human rights of internally displaced "
        "persons.\n\nIraq, speaking as the country visited, said that camps in Nineveh had been closed.\n\nFrance said "
        "that returns had to be voluntary.\n\nEgypt said that host communities needed support.\n"))
    assert statements["IRQ"]["concerning"]["iso3"] == "IRQ"


def test_sixty_ninth_pass_who_a_thematic_dialogue_turn_is_about() -> None:
    """In a thematic dialogue, a State that speaks of itself ("its own public policy", "no one in China") is about
    itself and one that names another State about that one; a thematic dialogue that is not on a country visit is not
    about the State the text names most."""
    statements = _by_speaker(_statements(
        "Council hears Special Rapporteur on human rights defenders, discusses his visit to Honduras\n\nGENEVA, 14 March "
        "2029 - The Human Rights Council this morning held an interactive dialogue with the Special Rapporteur on the "
        "situation of human rights defenders.\n\nSpeaking as the concerned country, Honduras said that the budget of the "
        "protection system had doubled.\n\nNorway urged Honduras to bring the masterminds of killings to justice.\n\n"
        "Guatemala said that its own public policy on defenders now covered journalists.\n\nChina said that no one in "
        "China was punished for defending human rights.\n\nThe United Kingdom said that it remained concerned about "
        "defenders imprisoned in Belarus.\n"))
    assert {k: statements[k]["concerning"]["iso3"] for k in ("HND", "NOR", "GTM", "CHN", "GBR")} == {
        "HND": "HND", "NOR": "HND", "GTM": "GTM", "CHN": "CHN", "GBR": "BLR"}
    statements = _by_speaker(_statements(
        "Independent Expert presents report\n\nGENEVA, 12 June 2035 - The Human Rights Council this afternoon held an "
        "interactive dialogue with the Independent Expert on protection against violence and discrimination based on "
        "sexual orientation and gender identity.\n\nBrazil said that its Supreme Federal Court had recognized homophobia "
        "as a form of racism.\n\nUganda said that it would not accept the imposition of values on Uganda.\n\nMalta said "
        "that violence in detention had to end.\n\nThe Commission on Human Rights and Administrative Justice of Ghana "
        "said that detainees needed protection.\n\nUganda's laws were criticised by Ireland.\n"))
    assert (statements["MLT"].get("concerning") or {}).get("iso3") is None
    assert statements["BRA"]["concerning"]["iso3"] == "BRA"
    nhri = statements["Commission on Human Rights and Administrative Justice of Ghana"]
    assert nhri["speaker"]["kind"] == "nhri" and nhri["concerning"]["iso3"] == "GHA"
    statements = _by_speaker(_statements(
        "Council holds urgent debate on the rights of women and girls in Afghanistan\n\nGENEVA, 11 March 2032 - The "
        "Human Rights Council this morning held an urgent debate in the form of an interactive dialogue with the Working "
        "Group on discrimination against women and girls.\n\nIceland said that girls must return to school.\n\n"
        "Germany announced funding for online education.\n\nQatar said that it would keep its channels open.\n"))
    assert statements["ISL"]["concerning"]["iso3"] == "AFG"


def test_seventieth_pass_also_a_guarantor() -> None:
    """"Cuba, also a guarantor, said ..." is Cuba's turn."""
    statements = _by_speaker(_statements(
        "Council hears update on Colombia\n\nGENEVA, 20 March 2031 - The Human Rights Council today held an interactive "
        "dialogue on the annual report of the High Commissioner on Colombia.\n\nNorway, as a guarantor of the peace "
        "process, said that the agreement must be implemented.\n\nCuba, also a guarantor, said that support should come "
        "without conditions.\n\nSpain said that social leaders needed protection.\n"))
    assert {"NOR", "CUB", "ESP"} <= set(statements)
