"""Claim check, dialogue tally and forum keys: the record against what the press claims."""

from __future__ import annotations

from typing import Any

import pytest

from rightstrack.analyse.claim_check import check_claim
from rightstrack.analyse.forums import forum_key, forum_title
from rightstrack.analyse.tally import compute_tally
from rightstrack.errors import InputError

KHM = {"name": "Cambodia", "iso3": "KHM"}
FORUM = {"type": "interactive_dialogue",
         "mandate": "Special Rapporteur on the situation of human rights in Cambodia",
         "state_concerned": KHM, "date": "2022-10-05"}  # fmt: skip
ISO3 = ["FRA", "DEU", "JPN", "CHN", "AUS", "CAN", "BRA", "IND", "ZAF", "MEX"]


def _st(iso3: str, stance: str | None, themes: list[str] | None = None, text: str = "") -> dict[str, Any]:
    return {"kind": "statement", "speaker": {"name": iso3, "iso3": iso3}, "stance": stance,
            "themes": themes or [], "text": text, "forum": FORUM, "concerning": KHM,
            "evidence": {"start": 0, "end": 5, "page": None, "quote": iso3}}  # fmt: skip


def _tally(total: int | None, sup: int | None, crit: int | None) -> dict[str, Any]:
    return {"kind": "claim", "claim_type": "tally", "total": total, "supportive": sup,
            "critical": crit, "forum": FORUM, "flags": []}  # fmt: skip


def test_tally_counts_delegations_once_and_leaves_out_the_state_concerned() -> None:
    statements = [_st("FRA", "critical", ["media"]), _st("FRA", "critical"),
                  _st("CHN", "supportive", ["development"]), _st("JPN", None),
                  _st("KHM", "supportive"), {"speaker": None, "stance": "neutral"}]  # fmt: skip
    tally = compute_tally(statements)
    assert tally["total"] == 3
    assert tally["by_stance"] == {"supportive": 1, "critical": 1, "mixed": 0, "neutral": 0,
                                  "unknown": 1}  # fmt: skip
    assert tally["unattributed"] == 1
    assert tally["themes"] == {"media": 1, "development": 1}
    assert len(tally["speakers"][0]["evidence"]) == 2


def test_disagreeing_stances_of_one_delegation_count_as_mixed() -> None:
    tally = compute_tally([_st("FRA", "critical"), _st("FRA", "supportive")])
    assert tally["by_stance"]["mixed"] == 1


def test_supported_when_every_delegation_is_there_with_the_claimed_stance() -> None:
    statements = [_st(c, "supportive") for c in ISO3[:7]] + [_st(c, "critical") for c in ISO3[7:]]
    result = check_claim(_tally(10, 7, 3), statements)
    assert result["status"] == "supported"
    assert result["computed"]["supportive"] == 7 and result["computed"]["critical"] == 3
    assert len(result["evidence"]) == 10


def test_contradicted_with_computed_figures() -> None:
    statements = [_st(c, "supportive") for c in ISO3[:5]] + [_st(c, "critical") for c in ISO3[5:]]
    result = check_claim(_tally(10, 7, 3), statements)
    assert result["status"] == "contradicted"
    assert result["computed"] == {"total": 10, "supportive": 5, "critical": 5, "mixed": 0,
                                  "neutral": 0, "unknown": 0}  # fmt: skip
    assert "5 critical statements are in the record, more than the 3 claimed" in result["reason"]


def test_partial_record_cannot_support_but_can_contradict() -> None:
    partial = [_st(c, "supportive") for c in ISO3[:7]]
    result = check_claim(_tally(39, 30, 9), partial)
    assert result["status"] == "not_verifiable"
    assert result["reason"] == "7 of the 39 statements are in the record"
    too_many_critics = [_st(c, "critical") for c in ISO3]
    assert check_claim(_tally(39, 30, 9), too_many_critics)["status"] == "contradicted"
    assert check_claim(_tally(5, None, None), [_st(c, None) for c in ISO3])["status"] == "contradicted"


def test_empty_record_and_unknown_stances() -> None:
    assert check_claim(_tally(39, 30, 9), [])["reason"] == "0 of the 39 statements are in the record"
    result = check_claim(_tally(2, 1, 1), [_st("FRA", "critical"), _st("CHN", None)])
    assert result["status"] == "not_verifiable"
    assert result["reason"] == "1 of the 2 statements have no stance yet"


def test_mixed_statements_make_a_tally_not_verifiable_rather_than_false() -> None:
    statements = [_st("FRA", "mixed"), _st("CHN", "supportive"), _st("JPN", "critical")]
    result = check_claim(_tally(3, 2, 1), statements)
    assert result["status"] == "not_verifiable"
    assert "mixed or neutral" in result["reason"]


def test_quotation_found_in_a_statement() -> None:
    claim = {"claim_type": "quotation", "quote": "We urge the release of detained journalists"}
    statements = [_st("FRA", "critical", text="Mr President, we urge the release of detained "
                      "journalists without delay.")]  # fmt: skip
    assert check_claim(claim, statements)["status"] == "supported"
    assert check_claim(claim, [_st("CHN", None, text="Development first.")])["status"] == (
        "not_verifiable"
    )


def test_numeric_claims_are_not_verifiable_against_statements() -> None:
    claim = {"claim_type": "count", "value": 47.0, "unit": "parties", "subject": "political parties"}
    result = check_claim(claim, [_st("FRA", "critical")])
    assert result["status"] == "not_verifiable"
    assert "political parties" in result["reason"]


def test_bad_claim_is_an_input_error() -> None:
    with pytest.raises(InputError):
        check_claim({"total": 3}, [])


def test_forum_keys_meet_across_wordings() -> None:
    press = {"type": "interactive_dialogue",
             "mandate": "Special Rapporteur (SR) on the Situation of Human Rights in Cambodia",
             "date": "2022-10-05"}  # fmt: skip
    summary = {"type": "interactive_dialogue", "mandate": "UN special rapporteur on human rights "
               "in Cambodia", "state_concerned": KHM, "date": "2022-10-05", "session": 51}  # fmt: skip
    assert forum_key(press) == forum_key(summary) == "interactive_dialogue|sr_cambodia|2022-10-05"
    upr = {"type": "upr_review", "state_under_review": KHM, "session": 18}
    assert forum_key(upr) == "upr_review|KHM|18"
    thematic = {"type": "interactive_dialogue", "mandate": "Special Rapporteur on the rights to "
                "freedom of peaceful assembly and of association", "session": 53}  # fmt: skip
    assert forum_key(thematic) == "interactive_dialogue|sr_freedom_peaceful_assembly_association|s53"


def test_forum_titles() -> None:
    assert forum_title(FORUM) == ("HRC interactive dialogue with the Special Rapporteur on the "
                                  "situation of human rights in Cambodia, 5 October 2022")  # fmt: skip
    assert forum_title({"type": "upr_review", "state_under_review": KHM, "session": 18}) == (
        "UPR review of Cambodia (session 18)"
    )


@pytest.mark.parametrize(
    ("stances", "status"),
    [
        (["supportive"] * 3 + ["critical"] * 2, "supported"),  # 3 of 5: more than half
        (["supportive"] * 2 + ["critical"] * 3, "contradicted"),  # at most 2 of 5
        (["supportive"] * 2, "not_verifiable"),  # 3 statements still missing
        (["supportive"] * 2 + ["mixed"] * 2 + ["critical"], "not_verifiable"),  # mixed could go either way
    ],
)
def test_a_claim_that_most_delegations_took_a_side(stances: list[str], status: str) -> None:
    claim = {**_tally(5, None, None), "flags": ["majority_supportive"]}
    statements = [_st(iso3, stance) for iso3, stance in zip(ISO3, stances, strict=False)]
    assert check_claim(claim, statements)["status"] == status


def test_ngos_that_take_the_floor_are_other_speakers_not_delegations() -> None:
    ngo = _st("X", "critical") | {"speaker": {"name": "Forum-Asia", "kind": "ngo"}}
    nhri = _st("X", "neutral") | {"speaker": {"name": "Zambia Human Rights Commission", "kind": "nhri"}}
    tally = compute_tally([_st("FRA", "critical"), _st("JPN", "supportive"), ngo, nhri])
    assert tally["total"] == 2 and tally["by_stance"]["critical"] == 1
    assert [o["speaker"]["name"] for o in tally["other_speakers"]] == ["Forum-Asia", "Zambia Human Rights Commission"]


def test_a_claim_of_how_many_spoke_is_checked_on_the_total() -> None:
    statements = [_st(c, "supportive") for c in ISO3]
    assert check_claim(_tally(10, None, None), statements)["status"] == "supported"
    assert check_claim(_tally(8, None, None), statements)["status"] == "contradicted"  # more in the record
    assert check_claim(_tally(12, None, None), statements)["status"] == "not_verifiable"  # two may be missing
