"""UPR report parser on small reports written for these tests (no UN text is reused).

Each page is built as PDFium would give it: page furniture (symbol, page number, job number) on
its own lines and footnotes at the bottom, so page breaks and footnotes are exercised too.
"""

from __future__ import annotations

from rightstrack.document import Document
from rightstrack.extract.items import ActorMention, Event, Recommendation, Statement
from rightstrack.extract.upr_report import extract_upr_report

TITLE_PAGE = """GE.11-99999
Human Rights Council
Seventeenth session
Universal Periodic Review
Report of the Working Group on the Universal
Periodic Review*
 Mongolia
* Circulated as received.
"""

INTRO = """A/HRC/99/1
2
 Introduction
1. The Working Group on the Universal Periodic Review, set up under resolution 5/1 of
the Council, held its ninth session from 1 to 12 November 2010. The review of Mongolia
was held at the 5th meeting on 3 November 2010. The delegation of Mongolia was headed by
H.E. Mr Bat Erdene, Minister of Justice. At its 9th meeting the Working Group adopted the
report on Mongolia.
2. The Council chose the following group of rapporteurs (troika) to help with the review of
Mongolia: Chile, Nigeria and the Republic of Korea.
3. Questions written in advance were sent to the State.
4. A list of questions prepared in advance by Sweden, the Netherlands and the United
Kingdom of Great Britain and Northern Ireland was transmitted to Mongolia through the
troika.
 I. Summary of the proceedings of the review process
 A. Presentation by the State under review
5. The delegation of Mongolia described its new plan for schools in rural provinces.
 B. Interactive dialogue and responses by the State under review
6. During the dialogue, 12 delegations took the floor.
7. France praised the new schools plan. France recommended that Mongolia (a) build more
rural clinics; (b) abolish the death penalty in law.
8. Pakistan, on behalf of the Organization of Islamic Cooperation, asked about rural
water supply.
9. The delegation said that the death penalty had not been used since 2009.
"""

CONCLUSIONS = """A/HRC/99/1
3
 II. Conclusions and/or recommendations
10. The recommendations formulated during the interactive dialogue and listed
below enjoy the support of Mongolia:
10.1. Ratify the Optional Protocol to the Convention against Torture (France)
(Lithuania);
10.2. Strengthen the rural school plan with more teachers for girls (Algeria,
Philippines, Egypt);
10.3. Adopt a law on non\ufffediscrimination covering all grounds (Venezuela (Bolivarian
Republic of));
10.4. Give the national human rights commission a larger budget so that it can carry
out its work in every province (United Kingdom of Great Britain and Northern
A/HRC/99/1
GE.11-99999 4
Ireland);
10.5. Publish data on the implementation of the Conven-
tion on the rights of the child1 and report on progress (Iran (Islamic Republic of), Bolivia
(Plurinational State of));
1 The wording read out in the dialogue was shorter.
"""

CONCLUSIONS_2 = """A/HRC/99/1
5
11. The following recommendations will be examined by Mongolia, which will
provide responses in due time:
11.1. Consider joining the convention on migrant workers (Egypt);
12. The recommendations below did not enjoy the support of Mongolia:
12.1. Abolish the death penalty in law (France);
13. All conclusions and/or recommendations contained in the present report reflect
the position of the submitting State(s) and/or the State under review.
 Annex
 Composition of the delegation
The delegation of Mongolia was headed by H.E. Mr Bat Erdene, Minister of Justice, and
composed of the following members:
• Ms Oyun Tsetseg, Director, Ministry of Foreign Affairs;
• Mr Ganbold Dorj, Adviser, National Human Rights Commission.
"""

# the recommendation "Conven-tion" is split across a line; "convention" appears elsewhere too
PAGES = [TITLE_PAGE, INTRO, CONCLUSIONS, CONCLUSIONS_2]


def make_doc(pages: list[str], kind: str = "upr_report") -> Document:
    """A paged Document built the way the PDF reader builds one."""
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 1
    doc = Document.from_text("\n".join(pages), source_format="pdf", page_starts=starts)
    doc.kind = kind
    return doc


def recommendations(items: list) -> dict[str, Recommendation]:
    return {i.number: i for i in items if isinstance(i, Recommendation)}


def iso3s(rec: Recommendation) -> list[str | None]:
    return [s.iso3 for s in rec.recommending_states]


def test_joint_recommendations_and_group_lists() -> None:
    recs = recommendations(extract_upr_report(make_doc(PAGES)))
    assert iso3s(recs["10.1"]) == ["FRA", "LTU"]
    assert recs["10.1"].text == "Ratify the Optional Protocol to the Convention against Torture"
    assert iso3s(recs["10.2"]) == ["DZA", "PHL", "EGY"]


def test_names_with_commas_and_parentheses() -> None:
    recs = recommendations(extract_upr_report(make_doc(PAGES)))
    assert iso3s(recs["10.3"]) == ["VEN"]
    assert iso3s(recs["10.4"]) == ["GBR"]
    assert iso3s(recs["10.5"]) == ["IRN", "BOL"]


def test_page_break_in_the_middle_is_joined_without_furniture() -> None:
    doc = make_doc(PAGES)
    rec = recommendations(extract_upr_report(doc))["10.4"]
    assert rec.text.endswith("carry out its work in every province")
    assert "A/HRC" not in rec.text and "GE.11" not in rec.text
    assert rec.evidence.page == 3
    assert doc.text[rec.evidence.start : rec.evidence.end] == rec.evidence.quote


def test_hyphenation_and_footnote_markers_repaired() -> None:
    recs = recommendations(extract_upr_report(make_doc(PAGES)))
    assert "non-discrimination" in recs["10.3"].text
    assert "Convention on the rights of the child and report" in recs["10.5"].text
    assert "wording read out" not in recs["10.5"].text


def test_responses_from_the_introducing_paragraphs() -> None:
    recs = recommendations(extract_upr_report(make_doc(PAGES)))
    assert recs["10.2"].response == "supported"
    assert recs["11.1"].response == "pending"
    assert recs["12.1"].response == "noted"
    evidence = recs["12.1"].response_evidence
    assert evidence is not None and "did not enjoy the support" in evidence.quote
    assert set(recs) == {"10.1", "10.2", "10.3", "10.4", "10.5", "11.1", "12.1"}


def test_state_session_and_review_date() -> None:
    items = extract_upr_report(make_doc(PAGES))
    rec = recommendations(items)["10.1"]
    assert rec.state_under_review is not None and rec.state_under_review.iso3 == "MNG"
    assert rec.session == 9
    event = next(i for i in items if isinstance(i, Event))
    assert event.event_type == "interactive_dialogue"
    assert event.date is not None and event.date.isoformat() == "2010-11-03"


def test_dialogue_statements_speakers_and_replies() -> None:
    items = extract_upr_report(make_doc(PAGES))
    statements = [i for i in items if isinstance(i, Statement)]
    by_speaker = {(s.speaker.iso3 if s.speaker else None): s for s in statements}
    assert by_speaker["FRA"].made_recommendations is True
    assert by_speaker["PAK"].on_behalf_of is not None
    assert by_speaker["PAK"].on_behalf_of.kind == "group"
    assert by_speaker["MNG"].text.startswith("The delegation said")
    assert by_speaker["MNG"].made_recommendations is False
    assert by_speaker["FRA"].forum == {
        "type": "upr_review",
        "state_under_review": {"name": "Mongolia", "iso3": "MNG"},
        "session": 9,
        "date": "2010-11-03",
    }
    assert all(s.stance is None and s.themes == [] for s in statements)
    assert len(statements) == 3  # paragraphs 7, 8 and 9; paragraph 6 names no speaker


def test_troika_advance_questions_and_delegation() -> None:
    items = extract_upr_report(make_doc(PAGES))
    actors = [i for i in items if isinstance(i, ActorMention)]
    roles: dict[str, list] = {}
    for mention in actors:
        roles.setdefault(mention.role, []).append(mention.actor)
    assert [a.iso3 for a in roles["troika"]] == ["CHL", "NGA", "KOR"]
    assert [a.iso3 for a in roles["advance_questions"]] == ["SWE", "NLD", "GBR"]
    head = roles["delegation_head"][0]
    assert head.name == "H.E. Mr Bat Erdene" and head.kind == "official"
    assert head.body == "Minister of Justice" or head.title == "Minister of Justice"
    members = roles["delegation_member"]
    assert [m.name for m in members] == ["Ms Oyun Tsetseg", "Mr Ganbold Dorj"]
    assert members[0].body == "Ministry of Foreign Affairs" and members[0].title == "Director"


EARLY = """A/HRC/98/2
3
 II. CONCLUSIONS AND/OR RECOMMENDATIONS
10. In the course of the discussion, the following recommendations were made to
Mongolia:
1. That Mongolia keep improving rural schools (Cuba);
2. To share its experience with water supply in deserts (Algeria, Russian
Federation);
11. The response of Mongolia to these recommendations will be included in the
outcome report.
12. The recommendations noted in the report in paragraphs 7 (b) above did not enjoy
the support of Mongolia.
13. All conclusions and/or recommendations contained in this report reflect the
position of the submitting State(s) and/or the State under review.
"""


def test_early_cycle_layout_numbered_list_and_references() -> None:
    recs = recommendations(extract_upr_report(make_doc([TITLE_PAGE, INTRO, EARLY])))
    assert recs["1"].response == "pending" and iso3s(recs["1"]) == ["CUB"]
    assert iso3s(recs["2"]) == ["DZA", "RUS"]
    referenced = recs["7(b)"]
    assert referenced.response == "noted"
    assert iso3s(referenced) == ["FRA"]
    assert referenced.text == "abolish the death penalty in law"
    assert "7(a)" not in recs


def test_unexpected_layout_gives_a_warning_naming_the_section() -> None:
    broken = CONCLUSIONS.replace("II. Conclusions and/or recommendations", "II. Outcome")
    doc = make_doc([TITLE_PAGE, INTRO, broken.replace("10.", "x.")])
    items = extract_upr_report(doc)
    assert not [i for i in items if isinstance(i, Recommendation)]
    assert any("Conclusions and/or recommendations" in w for w in doc.warnings)
    assert [i for i in items if isinstance(i, Statement)]  # what can be read still is
    assert any("Composition of the delegation" in w for w in doc.warnings)  # no annex either


def test_garbage_text_does_not_crash() -> None:
    doc = make_doc(["Report of the Working Group on the Universal Periodic Review\n(((\n1.\n"])
    items = extract_upr_report(doc)
    assert not [i for i in items if isinstance(i, Recommendation)]
    assert doc.warnings


ADDENDUM = """Human Rights Council
Report of the Working Group on the Universal Periodic Review
 Mongolia
Addendum
Views on conclusions and/or recommendations presented by the State under review
11.1 Mongolia accepts this recommendation and will start consultations next year.
Recommendations 11.2 and 11.3: noted, as the law already covers these cases.
11.4-11.6 Supported.
"""


def test_addendum_updates_pending_recommendations() -> None:
    items = extract_upr_report(make_doc([ADDENDUM], kind="upr_addendum"))
    recs = recommendations(items)
    assert {n: r.response for n, r in recs.items()} == {
        "11.1": "supported",
        "11.2": "noted",
        "11.3": "noted",
        "11.4": "supported",
        "11.5": "supported",
        "11.6": "supported",
    }
    assert recs["11.1"].state_under_review is not None
    assert recs["11.1"].state_under_review.iso3 == "MNG"
    assert "consultations" in recs["11.1"].text


def test_response_wordings_of_the_first_cycle() -> None:
    from rightstrack.extract.upr.responses import classify_intro

    assert classify_intro("The recommendations below were examined by Chad and enjoy its support:")
    assert classify_intro("Listed below, examined by Chad, and enjoy its support:") == "supported"
    assert classify_intro("The recommendations below did not enjoy its support:") == "noted"
    assert classify_intro("Chad noted the following recommendations:") == "noted"
    assert classify_intro("Chad will study these and will provide its answer in due time:") == (
        "pending"
    )
    assert classify_intro("During the dialogue the following recommendations were made:") == (
        "pending"
    )
    assert classify_intro("Chad considers that the ones below are already implemented:") == (
        "supported"
    )
    assert classify_intro("Chad described its new schools.") is None


def test_document_gets_a_title_and_issue_date() -> None:
    doc = make_doc([TITLE_PAGE.replace("Human Rights Council", "12 March 2011\nHuman Rights Council"),
                    INTRO, CONCLUSIONS, CONCLUSIONS_2])
    doc.title = "Microsoft Word - 1112345.doc"
    extract_upr_report(doc)
    assert doc.title == "Report of the Working Group on the Universal Periodic Review: Mongolia"
    assert doc.published is not None and doc.published.isoformat() == "2011-03-12"


def test_delegation_head_and_member_wordings() -> None:
    from rightstrack.extract.upr.meta import head_of_delegation, official

    found = head_of_delegation("x. The delegation was headed by the Deputy Minister of Health, Ana Lima.")
    assert found is not None and found[1].name == "Ana Lima"
    assert found[1].title == "Deputy Minister of Health"
    found = head_of_delegation("x. The Minister of Justice, Tom Berg, headed the delegation of Chad.")
    assert found is not None and found[1].name == "Tom Berg"
    found = head_of_delegation(
        "The delegation of Peru was co-headed by H.E. Ana Ruiz, Minister of Labour and H.E. Luis Paz."
    )
    assert found is not None and found[1].name == "H.E. Ana Ruiz"
    member = official("Adviser, Ministry of Defence: Mr. Carl Holm")
    assert member is not None and member.name == "Mr. Carl Holm"
    member = official("Mr. Carl Holm \u2013 Deputy Director")
    assert member is not None and member.name == "Mr. Carl Holm" and member.title == "Deputy Director"


def _numbered_items(count: int, misprint: dict[int, str]) -> str:
    lines = []
    for k in range(1, count + 1):
        label = misprint.get(k, f"10.{k}")
        lines.append(f"{label}. Take measure number {k} for rural schools (Chile);")
    return "\n".join(lines)


def test_misprinted_number_and_footnote_number_on_its_own_line() -> None:
    conclusions = (
        "A/HRC/99/1\n3\n II. Conclusions and/or recommendations\n"
        "10. The recommendations listed below enjoy the support of Mongolia:\n"
        + _numbered_items(11, {11: "10.1"})
        + "\n10.12. Keep the school plan under review (Peru,1\n Chile2\n);\n"
        "1\n The wording read out in the dialogue was longer (Peru).\n"
        "2\n Also read out in the dialogue.\n"
        "11. All conclusions and/or recommendations contained in the present report reflect the\n"
        "position of the submitting State(s) and/or the State under review.\n"
    )
    doc = make_doc([TITLE_PAGE, INTRO, conclusions])
    recs = recommendations(extract_upr_report(doc))
    assert sorted(recs, key=lambda n: int(n.split(".")[1])) == [f"10.{k}" for k in range(1, 13)]
    assert recs["10.11"].text == "Take measure number 11 for rural schools"
    assert recs["10.12"].text == "Keep the school plan under review"
    assert iso3s(recs["10.12"]) == ["PER", "CHL"]


def test_reference_with_a_description_picks_the_matching_point() -> None:
    early = EARLY.replace(
        "12. The recommendations noted in the report in paragraphs 7 (b) above did not enjoy\n"
        "the support of Mongolia.",
        "12. One recommendation noted in the report in paragraph 7 above (to abolish the death\n"
        "penalty) did not enjoy the support of Mongolia.",
    )
    assert early != EARLY
    recs = [
        r
        for r in extract_upr_report(make_doc([TITLE_PAGE, INTRO, early]))
        if isinstance(r, Recommendation) and r.number == "7"
    ]
    assert [r.text for r in recs] == ["abolish the death penalty in law"]
    assert recs[0].response == "noted" and iso3s(recs[0]) == ["FRA"]


def test_unfound_footnote_marker_after_the_authors() -> None:
    from rightstrack.extract.upr.states import split_attribution

    found = split_attribution("Keep schools open in winter (Chile)3;")
    assert found.text == "Keep schools open in winter"
    assert [s.iso3 for s in found.states] == ["CHL"]
    assert split_attribution("Ratify Protocol 1").states == []


def test_line_end_dashes_and_hyphens() -> None:
    from rightstrack.extract.upr.text import join_lines

    assert join_lines(["rights -", "and duties"], set()) == "rights - and duties"
    assert join_lines(["recom-", "mendation"], {"recommendation"}) == "recommendation"
    assert join_lines(["anti-", "corruption"], {"anti"}) == "anti-corruption"


def test_an_author_of_recommendations_made_recommendations() -> None:
    intro = INTRO.replace(
        "6. During the dialogue, 12 delegations took the floor.", "6. Egypt asked about teachers."
    )
    assert intro != INTRO
    items = extract_upr_report(make_doc([TITLE_PAGE, intro, CONCLUSIONS, CONCLUSIONS_2]))
    flags = {s.speaker.iso3: s.made_recommendations for s in items if isinstance(s, Statement)}
    assert flags["EGY"] is True  # listed as an author of 10.2 and 11.1
    assert flags["PAK"] is False and flags["MNG"] is False


def test_title_note_right_under_the_title_does_not_hide_the_page() -> None:
    one_page = (
        TITLE_PAGE.replace("GE.11-99999\n", "")
        + "A longer second line of the title note that wraps.\n"
        + INTRO.replace("A/HRC/99/1\n2\n", "").replace(
            "The review of Mongolia\nwas held", "Mongolia\nwas reviewed"
        )
    )
    doc = make_doc([one_page, CONCLUSIONS, CONCLUSIONS_2])
    items = extract_upr_report(doc)
    assert [w for w in doc.warnings if "session" in w or "dialogue" in w] == []
    assert len([i for i in items if isinstance(i, Statement)]) == 3
    event = next(i for i in items if isinstance(i, Event))
    assert event.date is not None and event.date.isoformat() == "2010-11-03"


def test_on_behalf_of_before_or_after_the_speaker() -> None:
    from rightstrack.extract.upr.dialogue import speaker_of

    speaker, group = speaker_of("On behalf of the African Group, Nigeria praised the plan.", None)
    assert speaker is not None and speaker.iso3 == "NGA"
    assert group is not None and group.name == "African Group" and group.kind == "group"
    speaker, group = speaker_of("Sweden, speaking on behalf of the European Union, asked.", None)
    assert speaker is not None and speaker.iso3 == "SWE"
    assert group is not None and group.name == "European Union"


def test_as_read_footnote_without_marker_and_item_number_without_dot() -> None:
    conclusions = (
        "A/HRC/98/2\n3\n II. CONCLUSIONS AND/OR RECOMMENDATIONS\n"
        "10. The recommendations listed below enjoy the support of Mongolia:\n"
        "1. Keep rural clinics open in winter (Chile);\n"
        "2 Train more nurses for remote provinces (Peru);\n"
        "Older text of a note that began on the page before (Peru). 4\n"
        " The recommendation as read during the interactive dialogue: train nurses (Peru).\n"
        "11. All conclusions and/or recommendations contained in this report reflect the\n"
        "position of the submitting State(s) and/or the State under review.\n"
    )
    recs = recommendations(extract_upr_report(make_doc([TITLE_PAGE, INTRO, conclusions])))
    assert recs["2"].text == "Train more nurses for remote provinces"
    assert iso3s(recs["2"]) == ["PER"]
    assert recs["1"].text == "Keep rural clinics open in winter"


def test_later_cycle_wordings() -> None:
    from rightstrack.extract.upr.meta import session_number
    from rightstrack.extract.upr.responses import classify_intro

    assert session_number("The Group held its thirty-seventh session from 18 to 29 May") == 37
    assert session_number("The Group held its 25th session") == 25
    assert classify_intro("Ruritania notes the following recommendations:") == "noted"
    assert classify_intro("The following recommendations have been noted by Chad:") == "noted"
    assert classify_intro("Chad supports the following recommendations:") == "supported"
