"""The HTML page a publisher ships (issue: trust signals, landmarks, tables on phones, print,
JSON-LD links), checked on its markup; tests/test_page_browser.py checks it in Chromium."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest

from alsinfo.exitcodes import ExitCode
from alsinfo.export.html_style import STYLE
from alsinfo.labels import LABELS, labels_for, long_date
from tests.conftest import Invoke, edit
from tests.test_export import NS, json_ld, parse_html

FIXTURE = Path(__file__).parent / "data" / "fixture-content"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "fixture"
    shutil.copytree(FIXTURE, copy, ignore=shutil.ignore_patterns("README.md"))
    return copy


def page_of(invoke: Invoke, *args: str) -> Element:
    result = invoke("export", "-f", "html", *args)
    assert result.exit_code == ExitCode.OK, result.stderr
    return parse_html(result.stdout)


def text_of(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def body_children(document: Element) -> list[str]:
    body = next(document.iter(f"{NS}body"))
    return [child.tag.removeprefix(NS) for child in body]


def test_the_header_says_who_wrote_and_reviewed_it_and_when(invoke: Invoke, root: Path) -> None:
    document = page_of(invoke, "--content", str(root))
    header = text_of(next(document.iter(f"{NS}header")))
    assert "Written by Alex Example, MSc, physiotherapist (fictional, for tests)" in header
    assert "Medically reviewed by Dr. Sam Sample, MD, neurologist (fictional, for tests)" in header
    assert "Published 10 January 2026 · Last reviewed 1 October 2026 · Next review due 1 October 2027" in header
    times = {time.get("datetime"): time.text for time in document.iter(f"{NS}time")}
    assert times["2026-10-01"] == "1 October 2026" and times["2027-10-01"] == "1 October 2027"
    assert "not been medically reviewed" not in header


def test_without_a_reviewer_or_date_the_page_says_so_and_invents_nothing(invoke: Invoke) -> None:
    document = page_of(invoke)  # the shipped article names no author, reviewer or date
    header = text_of(next(document.iter(f"{NS}header")))
    assert "This page has not been medically reviewed. No medical review date is given for this page." in header
    assert "Written by" not in header and "Medically reviewed by" not in header
    page = json_ld(document)["@graph"][0]
    assert "reviewedBy" not in page and "lastReviewed" not in page and "author" not in page


def test_landmarks_header_nav_main_footer_and_sections_are_not_landmarks(invoke: Invoke, root: Path) -> None:
    document = page_of(invoke, "--content", str(root))
    assert body_children(document) == ["a", "header", "nav", "main", "footer"]
    nav = next(document.iter(f"{NS}nav"))
    assert text_of(nav).startswith("On this page")
    assert [a.get("href") for a in nav.iter(f"{NS}a")] == ["#why-exercise", "#how-to-start", "#_references"]
    for section in document.iter(f"{NS}section"):
        assert section.get("aria-labelledby") is None and section.get("aria-label") is None
    footer = text_of(next(document.iter(f"{NS}footer")))
    assert "Published at https://example.org/articles/ms-exercise" in footer and "1 October 2026" in footer


def test_disclaimer_comes_right_after_the_body_and_before_the_call_to_action(invoke: Invoke, root: Path) -> None:
    document = page_of(invoke, "--content", str(root))
    main = next(document.iter(f"{NS}main"))
    classes = [child.get("class") for child in main if child.tag != f"{NS}article"]
    assert classes == ["disclaimer", "cta"]
    link = next(next(a for a in document.iter(f"{NS}aside") if a.get("class") == "cta").iter(f"{NS}a"))
    assert (link.get("href"), link.text) == ("https://example.org/visit", "Ask for a visit")


def test_a_call_to_action_without_an_address_is_plain_text(invoke: Invoke) -> None:
    document = page_of(invoke)
    cta = next(aside for aside in document.iter(f"{NS}aside") if aside.get("class") == "cta")
    assert list(cta.iter(f"{NS}a")) == [] and "Go to the Appointment Form" in text_of(cta)
    assert list(cta.iter(f"{NS}strong")) == []


def test_tables_keep_their_caption_outside_the_scrolling_part_with_a_hint(invoke: Invoke) -> None:
    document = page_of(invoke)
    figures = [figure for figure in document.iter(f"{NS}figure") if figure.get("class") == "table-figure"]
    assert len(figures) == 2
    for figure in figures:
        caption, hint, wrap = list(figure)
        assert caption.tag == f"{NS}figcaption" and hint.get("class") == "scroll-hint"
        assert wrap.get("role") == "region" and wrap.get("tabindex") == "0"
        assert wrap.get("aria-labelledby") == caption.get("id") == next(wrap.iter(f"{NS}table")).get("aria-labelledby")
    assert 'tbody th[scope="row"], thead th:first-child { position: sticky; inset-inline-start: 0;' in STYLE


def test_dark_palette_focus_reduced_motion_and_print_rules_are_in_the_style() -> None:
    dark = STYLE.split("@media (prefers-color-scheme: dark)")[1].split("} }")[0]
    for variable in ("--bg", "--fg", "--muted", "--accent", "--line", "--warn", "--focus"):
        assert variable in dark
    assert ":focus-visible" in STYLE and "prefers-reduced-motion: reduce" in STYLE
    printed = STYLE.split("@media print")[1]
    for rule in (".cta", "thead { display: table-header-group; }", "break-inside: avoid", 'a[href^="http"]::after'):
        assert rule in printed


def test_json_ld_links_the_page_and_its_faq_and_names_its_address(invoke: Invoke, root: Path) -> None:
    graph = json_ld(page_of(invoke, "--content", str(root)))["@graph"]
    page, faq = graph
    assert page["@id"] == "https://example.org/articles/ms-exercise#page"
    assert page["url"] == "https://example.org/articles/ms-exercise" and page["inLanguage"] == "en"
    assert page["mainEntity"] == {"@id": faq["@id"]} and faq["isPartOf"] == {"@id": page["@id"]}
    assert page["lastReviewed"] == "2026-10-01" and page["reviewedBy"]["name"] == "Dr. Sam Sample"
    assert page["reviewedBy"]["sameAs"] == "https://orcid.org/0000-0002-1825-0097"
    assert faq["inLanguage"] == "en"


def test_labels_follow_the_article_language(invoke: Invoke, root: Path) -> None:
    edit(root / "ms-exercise" / "article.yaml", "language: en", "language: de")
    document = page_of(invoke, "--content", str(root))
    header = text_of(next(document.iter(f"{NS}header")))
    assert "Zuletzt geprüft 1. Oktober 2026" in header and "Verfasst von Alex Example" in header
    assert labels_for("de-AT") is LABELS["de"] and labels_for("xx") is LABELS["en"]
    assert long_date("2026-12-03", LABELS["es"]) == "3 de diciembre de 2026"
    assert long_date("not a date", LABELS["en"]) == "not a date"


def test_a_content_root_exports_as_a_site_with_an_index(invoke: Invoke, root: Path, tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent.parent / "content" / "als-stem-cell-therapy",
                    root / "als-stem-cell-therapy")
    site = tmp_path / "site"
    result = invoke("export", "--content", str(root), "-f", "html", "-o", str(site))
    assert result.exit_code == ExitCode.OK and result.stdout == f"Exported 2 articles to {site}.\n"
    index = parse_html((site / "index.html").read_text(encoding="utf-8"))
    links = [a.get("href") for a in index.iter(f"{NS}a")]
    assert links == ["als-stem-cell-therapy/index.html", "ms-exercise/index.html"]
    for link in links:
        assert (site / link).is_file()
    assert (site / "ms-exercise" / "balance.png").is_file()
    edit(root / "ms-exercise" / "faq.yaml", "question: How often", "questoin: How often")
    broken = invoke("export", "--content", str(root), "-f", "markdown", "-o", str(tmp_path / "md"))
    assert broken.exit_code == ExitCode.CONTENT_PROBLEMS and "ms-exercise" in broken.stderr
    assert (tmp_path / "md" / "als-stem-cell-therapy" / "index.md").is_file()
    assert not (tmp_path / "md" / "ms-exercise").exists()
    assert json.loads(invoke("export", "--content", str(root), "-a", "als-stem-cell-therapy", "-f", "json")
                      .stdout)["article"] == "als-stem-cell-therapy"


def test_a_quoted_expert_keeps_their_credentials(invoke: Invoke, root: Path) -> None:
    document = page_of(invoke, "--content", str(root))
    captions = [text_of(caption) for caption in document.iter(f"{NS}figcaption")]
    assert "— Alex Example, MSc, physiotherapist (fictional, for tests)" in captions
