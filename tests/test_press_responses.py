"""UPR response tallies: "accepted 173 of the 198 recommendations", read from the press and checked
against the numbered recommendations the record holds for that review. Texts written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rightstrack.analyse.checks import check_claims
from rightstrack.analyse.claim_check import check_claim
from rightstrack.analyse.forums import forum_key
from rightstrack.demo import UPR_SOURCE, corpus_files
from rightstrack.document import Document
from rightstrack.extract import extract
from rightstrack.pipeline import ingest_document, prepare, read_document
from rightstrack.record import queries
from rightstrack.record.store import Store, open_store


def _responses(text: str, published: date | None = date(2019, 7, 12)) -> list[dict[str, Any]]:
    doc = prepare(Document.from_text("Press release\n\n" + text), published)
    claims = [i.to_dict() for i in extract(doc) if i.kind == "claim"]
    return [c for c in claims if c["claim_type"] == "response_tally"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Cambodia accepted 173 of the 198 recommendations it received at its Universal Periodic "
            "Review. The remaining 25 recommendations were noted.",
            (198, 173, 25),
        ),
        (
            "Of the 198 recommendations made at the UPR, the Government of Cambodia supported one "
            "hundred and sixty and noted thirty-eight.",
            (198, 160, 38),
        ),
        (
            "Kenya's UPR: 320 recommendations were made; 210 enjoyed the support of Kenya and 110 "
            "were noted.",
            (320, 210, 110),
        ),
        (
            "At its UPR, Nepal received 195 recommendations from 77 countries. It accepted 152 and "
            "did not accept 38, the ministry said.",
            (195, 152, 38),
        ),
        (
            "Forty were rejected and 150 were accepted of the recommendations Fiji received at the "
            "Universal Periodic Review.",
            (None, 150, 40),
        ),
        (
            "Fiji's UPR ended in Geneva. The Government said it would support 130 of the 160 "
            "recommendations and take note of the other 30.",
            (160, 130, 30),
        ),
        (
            "Of the 150 recommendations made to Fiji at its Universal Periodic Review, 120 were "
            "supported. The remaining thirty (30) recommendations did not enjoy the support of Fiji.",
            (150, 120, 30),
        ),
        (
            "Fiji has accepted in full 120 of the 150 recommendations it received at its Universal "
            "Periodic Review and took note of the remaining 30.",
            (150, 120, 30),
        ),
        (
            "A total of 120 of the 150 recommendations made to Fiji during its Universal Periodic Review "
            "were accepted by the Government, while 30 were not accepted.",
            (150, 120, 30),
        ),
        (
            "According to the Permanent Mission of Fiji in Geneva, 130 recommendations were accepted, "
            "while the remaining 30 of the 160 received were noted at the Universal Periodic Review.",
            (160, 130, 30),
        ),
    ],
)
def test_response_figures_in_varied_wordings(text: str, figures: tuple) -> None:
    (claim,) = _responses(text)
    assert (claim["total"], claim["supportive"], claim["critical"]) == figures
    assert claim["unit"] == "recommendations"
    assert not any(c.get("unit") == "recommendations" for c in _counts(text))  # no double count


def _counts(text: str) -> list[dict[str, Any]]:
    doc = prepare(Document.from_text("Press release\n\n" + text), date(2019, 7, 12))
    return [i.to_dict() for i in extract(doc) if i.kind == "claim" and i.claim_type == "count"]


def test_partial_support_and_counts_that_do_not_add_up_are_flagged() -> None:
    (claim,) = _responses(
        "Nepal received 195 recommendations during its second UPR. It accepted 152, partially "
        "accepted 5 and noted 48, according to a statement from the ministry."
    )
    assert (claim["total"], claim["supportive"], claim["critical"]) == (195, 152, 48)
    assert "partly_supported:5" in claim["flags"] and "counts_do_not_add_up" in claim["flags"]
    assert forum_key(claim["forum"]) == "upr_review|NPL|c2"


def test_a_states_own_statement_at_its_adoption_is_a_response_tally_it_claims() -> None:
    text = ("Statement by the Kingdom of Cambodia\n\nAdoption of the outcome of the third Universal "
            "Periodic Review of Cambodia\n\nMr. President,\n\nOf the 198 recommendations we "
            "received, Cambodia supports 173 and notes the remaining 25. Thank you.\n")  # fmt: skip
    doc = prepare(Document.from_text(text), date(2019, 7, 4))
    assert doc.kind == "statement"
    (claim,) = [i.to_dict() for i in extract(doc) if i.kind == "claim"]
    assert claim["claim_type"] == "response_tally"
    assert (claim["total"], claim["supportive"], claim["critical"]) == (198, 173, 25)
    assert claim["claimant"] == {"name": "Cambodia", "iso3": "KHM"}
    assert forum_key(claim["forum"]) == "upr_review|KHM|c3"


def test_recommendations_without_a_response_or_a_review_are_not_a_response_tally() -> None:
    assert (
        _responses("Nepal received 195 recommendations at its UPR, to be answered in June.") == []
    )
    assert _responses("The committee accepted 12 of the 40 recommendations of its auditors.") == []


# The demo's UPR report (written for the project) holds 13 recommendations: 8 supported, 2 noted,
# 3 awaiting a response; the review is session 18 (second cycle), 28 January 2014.
def _record(tmp_path: Path, press: str, published: date | None) -> Store:
    store = open_store(tmp_path / "record.db")
    upr = next(p for p in corpus_files(tmp_path) if p.stem == Path(UPR_SOURCE).stem)
    ingest_document(store, read_document(upr))
    ingest_document(store, prepare(Document.from_text(press), published))
    return store


def _checked(store: Store) -> dict[str, Any]:
    with store.session() as session:
        claims = check_claims(session, queries.Filters(limit=None))
    (claim,) = [c for c in claims if c["claim_type"] == "response_tally"]
    return claim


def test_response_tally_checked_against_the_review_of_the_cycle_named(tmp_path: Path) -> None:
    press = ("Press release\n\nCambodia accepted eleven of the 13 recommendations made at its "
             "second Universal Periodic Review and noted only one, the Ministry of Foreign Affairs "
             "said.")  # fmt: skip
    claim = _checked(_record(tmp_path, press, None))
    assert claim["forum"]["key"] == "upr_review|KHM|c2"
    v = claim["verification"]
    assert v["matched_forum"]["key"] == "upr_review|KHM|18"
    assert v["status"] == "contradicted"
    assert v["reason"].startswith(
        "2 noted recommendations are in the record, more than the 1 claimed"
    )
    assert v["computed"] == {"total": 13, "supported": 8, "noted": 2, "pending": 3}
    assert len(v["evidence"]) == 13 and {e["response"] for e in v["evidence"]} == {
        "supported", "noted", "pending"}  # fmt: skip


def test_response_tally_matched_by_publication_date(tmp_path: Path) -> None:
    press = ("Press release\n\nAt the Universal Periodic Review, Cambodia supported 8 of the 13 "
             "recommendations and noted 2, the ministry said.")  # fmt: skip
    claim = _checked(_record(tmp_path, press, date(2014, 6, 30)))
    v = claim["verification"]
    assert claim["forum"]["key"] == "upr_review|KHM|undated"
    assert v["matched_forum"]["key"] == "upr_review|KHM|18"
    assert v["status"] == "not_verifiable"
    assert v["reason"].startswith("3 of the 13 recommendations have no response in the record yet")
    assert "in the 365 days before the article of 2014-06-30" in v["reason"]
    (tmp_path / "late").mkdir()  # two years on, the review is outside the window
    late = _checked(_record(tmp_path / "late", press, date(2016, 6, 30)))["verification"]
    assert late.get("matched_forum") is None and "holds 0 such meetings" in late["reason"]


def test_response_tally_supported_when_every_response_matches() -> None:
    recs = [
        {"number": str(n), "response": "supported" if n <= 8 else "noted"} for n in range(1, 11)
    ]
    claim = {"claim_type": "response_tally", "total": 10, "supportive": 8, "critical": 2}
    result = check_claim(claim, [], recs)
    assert result["status"] == "supported", result["reason"]
    assert (
        result["reason"] == "the record holds 10 recommendations, 8 supported, 2 noted, as claimed"
    )
    assert check_claim({**claim, "total": 12}, [], recs)["reason"] == (
        "10 of the 12 recommendations are in the record"
    )
    assert check_claim(claim, [], [])["reason"] == "0 of the 10 recommendations are in the record"


def test_a_count_of_recommendations_is_no_dialogue_tally_and_the_mission_named_in_full_claims_it() -> None:
    text = ("The Council adopted Fiji's Universal Periodic Review outcome on Friday. According to the "
            "Permanent Mission of Fiji in Geneva, 130 recommendations were accepted, while the other "
            "30 were noted.")  # fmt: skip
    doc = prepare(Document.from_text("Press release\n\n" + text), date(2019, 7, 12))
    claims = [i.to_dict() for i in extract(doc) if i.kind == "claim"]
    assert [c["claim_type"] for c in claims] == ["response_tally"]
    assert claims[0]["claimant"]["name"] == "Permanent Mission of Fiji in Geneva"


def test_the_remaining_noted_is_no_reporting_verb() -> None:
    """ "... and the remaining 30 noted, the ministry said": the ministry says it."""
    (claim,) = _responses(
        "Of the 160 recommendations put to Fiji during its third Universal Periodic Review, 130 were "
        "accepted and the remaining 30 noted, the Ministry of Foreign Affairs said on Friday after "
        "the Council adopted the outcome."
    )
    assert claim["claimant"]["name"] == "Ministry of Foreign Affairs"
    assert (claim["total"], claim["supportive"], claim["critical"]) == (160, 130, 30)


def test_recommendations_accepted_in_part_without_a_verb_of_their_own() -> None:
    (claim,) = _responses(
        "After its Universal Periodic Review, Chile accepted 250 recommendations in full and 12 in "
        "part, and noted the remaining 20 of the 282 it received."
    )
    assert (claim["total"], claim["supportive"], claim["critical"]) == (282, 250, 20)
    assert "partly_supported:12" in claim["flags"]


def test_a_fact_sheet_lists_the_figures_one_to_a_line() -> None:
    text = ("FACT SHEET\nUniversal Periodic Review of Ruritania: outcome\nRuritanian Human Rights "
            "Commission\n\n- Recommendations received: 240, from 98 States.\n- Supported: 200.\n"
            "- Supported in part: 10.\n- Noted: 30.\n")  # fmt: skip
    doc = prepare(Document.from_text(text), date(2025, 7, 5))
    claims = [i.to_dict() for i in extract(doc) if i.kind == "claim"]
    assert [c["claim_type"] for c in claims if c["claim_type"] in ("tally", "response_tally")] == ["response_tally"]
    (claim,) = [c for c in claims if c["claim_type"] == "response_tally"]
    assert (claim["total"], claim["supportive"], claim["critical"]) == (240, 200, 30)
    assert "partly_supported:10" in claim["flags"]
    assert claim["claimant"]["name"] == "Ruritanian Human Rights Commission"


def test_a_release_in_capitals_and_a_quote_restating_its_figures() -> None:
    from datetime import date as _date

    from rightstrack.document import Document
    from rightstrack.extract.press import extract_press, recognise_press

    def claims(text: str) -> list[dict]:
        doc = Document.from_text(text, published=_date(2027, 7, 5))
        doc.kind = recognise_press(doc)
        return [i.to_dict() for i in extract_press(doc) if i.kind == "claim"]

    (response,) = [c for c in claims(
        "SECRETARÍA DE DERECHOS HUMANOS\nREPÚBLICA DE ARCADIA\n\nPRESS RELEASE\n\nARCADIA SUPPORTS 200 "
        "OF 240 RECOMMENDATIONS\n\nThe Secretariat of Human Rights informs the public that the Council "
        "adopted the outcome of the Universal Periodic Review of Arcadia on 2 July 2027.\n\nOf the 240 "
        "recommendations received, Arcadia supported 200 and took note of the remaining 40.\n\n\"Each of "
        "the 200 recommendations will have a budget line,\" the Secretary of State, Ana Ruiz-Toledo, "
        "told the Council.\n"
    ) if c["claim_type"] == "response_tally"]  # fmt: skip
    assert response["claimant"]["name"] == "Secretariat of Human Rights"
    (tally,) = [c for c in claims(
        "MINISTRY OF FOREIGN AFFAIRS AND TRADE\nREPUBLIC OF ARCADIA\n\nMEDIA RELEASE\n\nThe interactive "
        "dialogue on Arcadia was held in Geneva on 3 July 2027.\n\n- 40 delegations took the floor;\n- 31 of "
        "them acknowledged the Government's steps;\n- 9 delegations repeated concerns.\n"
    ) if c["claim_type"] == "tally"]  # fmt: skip
    assert tally["claimant"]["name"] == "Ministry of Foreign Affairs and Trade"


def test_two_sources_giving_different_response_counts_and_a_total_from_the_parts() -> None:
    text = ("SUVA - Tonga has accepted 140 of the 176 recommendations it received during its Universal Periodic "
            "Review and noted the remaining 36, the Attorney-General, Sione Latu-Brennan, told reporters on Tuesday.\n\n"
            "The Friendly Islands Rights Network disputed the figures. By the network's count, Tonga fully accepted "
            "118 recommendations and noted 58.\n\n"
            "The formal response counts 140 recommendations as supported and 36 as noted.")  # fmt: skip
    claims = sorted(_responses(text), key=lambda c: c["supportive"])
    assert [(c["total"], c["supportive"], c["critical"]) for c in claims] == [(176, 118, 58), (176, 140, 36)]
    assert claims[0]["claimant"]["name"] == "Friendly Islands Rights Network"
    assert "conflicting_figures" not in claims[1]["flags"]


def test_an_earlier_review_and_a_reading_of_the_supported_are_not_the_response() -> None:
    text = ("Kenya accepted 231 of the 288 recommendations it received at its Universal Periodic Review. The department "
            "said the total was up from 196 accepted recommendations in the previous cycle. By our count, only 172 "
            "recommendations were supported in full. A further 43 were supported only in part.")  # fmt: skip
    (claim,) = _responses(text)
    assert (claim["total"], claim["supportive"], claim["critical"]) == (288, 231, None)
    assert "conflicting_figures" not in claim["flags"]
    assert {c["value"] for c in _counts(text) if c["unit"] == "recommendations"} >= {196, 172}
    same_sentence = _responses("Of the 273 recommendations received at its Universal Periodic Review, 180 were accepted "
                               "in full, 12 were accepted in part and 81 were noted.")  # fmt: skip
    assert same_sentence[0]["flags"] == ["partly_supported:12"]  # one breakdown, given at once


def test_recommendations_on_one_subject_are_counts_not_the_response() -> None:
    text = ("At its Universal Periodic Review, Ghana supported 198 of the 236 recommendations and noted 38. The Rights "
            "Network said the 38 noted recommendations included all 17 on decriminalisation and 6 on child marriage. "
            "The Land Coalition said the government had accepted only 12 of the 31 recommendations on land rights.")
    (claim,) = _responses(text)
    assert (claim["total"], claim["supportive"], claim["critical"]) == (236, 198, 38)
    assert {c["value"] for c in _counts(text) if c["unit"] == "recommendations"} >= {17, 6}
