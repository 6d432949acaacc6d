"""The pages in a real browser (Debian's Chromium via Playwright) over the sample record."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
Shot = Callable[[Any, str], Path]


def _charts_drawn(page: Any) -> None:
    charts = page.locator("div.chart")
    assert charts.count() > 0
    for i in range(charts.count()):
        expect(charts.nth(i)).to_have_attribute("data-rendered", "true", timeout=15000)
        assert charts.nth(i).locator("svg").count() == 1


def test_country_page_draws_its_charts(page: Any, screenshot: Shot) -> None:
    page.goto("/")
    page.get_by_role("link", name="Cambodia", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Cambodia")
    _charts_drawn(page)
    # the chart of themes labels its axes and shows the themes of the record
    themes = page.locator("#themes svg")
    expect(themes).to_contain_text("Recommendations")
    expect(themes).to_contain_text("Freedom of the press")
    expect(page.locator("#dialogues")).to_contain_text("Contradicted")
    screenshot(page, "country")


def test_filter_recommendations_and_export_csv(page: Any, screenshot: Shot, tmp_path: Path) -> None:
    page.goto("/recommendations")
    expect(page.locator("#total")).to_have_text("7")
    page.get_by_label("Response").select_option("noted")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("#total")).to_have_text("2")
    expect(page.locator("table.results tbody tr")).to_have_count(2)
    # a facet link narrows further, and its count is what it returns
    facet = page.locator(".facet", has_text="Recommending State").get_by_role(
        "link", name="Germany", exact=True
    )
    facet.click()
    expect(page.locator("#total")).to_have_text("1")
    expect(page.locator("table.results")).to_contain_text("dissolve unions")
    screenshot(page, "recommendations")
    with page.expect_download() as info:
        page.locator("#export-csv").click()
    target = tmp_path / "export.csv"
    info.value.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["number"], r["response"]) for r in rows] == [("1.3", "noted")]
    assert "DEU" in rows[0]["recommending_states_iso3"]


def test_forum_page_shows_the_tally(page: Any, screenshot: Shot) -> None:
    page.goto("/")
    page.locator("a[href^='/forums/']").first.click()
    tally = page.locator("#tally table.tally")
    expect(tally).to_contain_text("5 statements in the record")
    expect(tally.locator("tr", has_text="critical")).to_contain_text("3")
    expect(tally.locator("tr", has_text="supportive")).to_contain_text("2")
    expect(page.locator("#speakers tbody tr")).to_have_count(5)
    expect(page.locator("#claims")).to_contain_text("Supported")
    _charts_drawn(page)
    screenshot(page, "forum")


def test_document_page_opens_an_item_from_its_highlight(page: Any, screenshot: Shot) -> None:
    page.goto("/documents")
    page.get_by_role("link", name="Sample review of Cambodia").click()
    mark = page.locator("mark.hl", has_text="secondary schools for girls")
    mark.click()
    opened = page.locator("details.item[open]")
    expect(opened).to_have_count(1)
    expect(opened).to_contain_text("Brazil")
    expect(opened).to_contain_text("supported")
    screenshot(page, "document")


def test_document_text_stays_text_in_the_browser(page: Any) -> None:
    page.goto("/documents")
    page.locator("a", has_text="Hostile").click()
    expect(page.locator("#doc-text")).to_contain_text("<script>alert(1)</script>")
    assert page.locator("#doc-text img, #doc-text script, h1 img, h1 script").count() == 0
    # the chart tooltips show the hostile theme as text too
    page.goto("/countries/KHM")
    _charts_drawn(page)
    bar = page.locator("#chart-themes [aria-label*='onerror']").first
    bar.hover()
    tooltip = page.locator("#vg-tooltip-element")
    expect(tooltip).to_contain_text("<img src=x", timeout=5000)
    assert tooltip.locator("img, script").count() == 0
    # the `page` fixture fails the test if an alert ran or the injected image was requested


def test_upload_shows_progress_then_the_document(
    page: Any, screenshot: Shot, tmp_path: Path
) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0,
        8,
        "Statement of a spokesperson, written for the browser test.\n"
        "On 3 May 2024 the Government of Cambodia received a delegation of Japan.",
    )
    path = tmp_path / "upload-test.pdf"
    pdf.output(str(path))
    page.goto("/upload")
    page.set_input_files("#file", str(path))
    page.get_by_role("button", name="Upload and extract").click()
    expect(page.locator("#upload-progress")).to_be_visible()
    link = page.locator("#upload-document-link")
    expect(link).to_be_visible(timeout=60000)
    expect(page.locator("#upload-stage")).to_have_text("Done.")
    expect(page.locator("#upload-bar")).to_have_attribute("value", "100")
    screenshot(page, "upload")
    link.click()
    expect(page).to_have_url(re.compile(r"/documents/\d+$"))
    expect(page.locator("#doc-text")).to_contain_text("delegation of Japan")


def test_api_docs_work_offline(page: Any, screenshot: Shot) -> None:
    page.goto("/docs")
    expect(page.locator(".swagger-ui")).to_contain_text("RightsTrack", timeout=15000)
    expect(
        page.locator(".opblock-summary-path", has_text="/api/recommendations").first
    ).to_be_visible()
    screenshot(page, "api-docs")
    # the `page` fixture fails the test if any request (a CDN, a validator) could not be made


def test_demo_country_page(demo_page: Any, screenshot: Shot) -> None:
    page = demo_page
    page.goto("/country/KHM")  # the URL `rightstrack demo` prints
    expect(page).to_have_url(re.compile(r"/countries/KHM$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Cambodia")
    _charts_drawn(page)
    # the press claim about the dialogue is shown beside what the record computes
    panel = page.locator("#dialogues table.claims")
    expect(panel.first).to_be_visible()
    expect(panel.first.locator(".badge").first).to_have_text(
        re.compile("Supported|Contradicted|Not verifiable")
    )
    page.get_by_role("link", name=re.compile("recommendations$")).first.click()
    expect(page.locator("#total")).not_to_have_text("0")
    page.goto("/countries/KHM")
    screenshot(page, "demo-country")
