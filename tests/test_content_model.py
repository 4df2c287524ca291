"""The content model on a second article of the team's own (tests/data/fixture-content: test data,
not medical advice): every block type and inline form through every reader view and export, in
text and JSON, against the output schemas; hostile inline markup; images; people; unplaced items."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import pytest
from jsonschema import Draft3Validator, Draft202012Validator
from markdown_it import MarkdownIt

from alsinfo.exitcodes import ExitCode
from tests.conftest import Invoke, edit
from tests.helpers import DATA
from tests.test_export import NS, json_ld, parse_html
from tests.test_output_schemas import REGISTRY, SCHEMAS

FIXTURE = Path(__file__).parent / "data" / "fixture-content"
ARTICLE = "ms-exercise"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A writable copy of the fixture content tree (people.yaml and the article folder)."""
    copy = tmp_path / "fixture"
    shutil.copytree(FIXTURE, copy, ignore=shutil.ignore_patterns("README.md"))
    return copy


def ok(invoke: Invoke, *args: str, env: dict[str, str] | None = None) -> str:
    result = invoke(*args, env=env)
    assert result.exit_code == ExitCode.OK, result.stdout + result.stderr
    return result.stdout


def matches_schema(name: str, data: Any) -> None:
    validator = Draft202012Validator(SCHEMAS[f"{name}.schema.json"], registry=REGISTRY)
    assert [error.message for error in validator.iter_errors(data)] == []


def rules_of(output: str) -> list[str]:
    return [line.split()[2] for line in output.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]


# --- The fixture validates clean ---------------------------------------------------------------

def test_the_second_article_uses_every_block_and_validates_clean(invoke: Invoke, root: Path) -> None:
    sections = (root / ARTICLE / "sections.yaml").read_text(encoding="utf-8")
    for block in ("paragraph", "definitions", "quote", "case_study", "list", "callout", "image", "table", "faq"):
        assert f"type: {block}" in sections
    for kind in ("warning", "note", "tip", "seek-help"):
        assert f"kind: {kind}" in sections
    assert ok(invoke, "validate", str(root), "--strict").startswith("No problems found: 5 files in 1 article")


# --- Every reader view, in text and JSON ------------------------------------------------------

@pytest.mark.parametrize("columns", ["40", "200"])
def test_every_block_in_the_terminal_at_40_and_200_columns(invoke: Invoke, root: Path, columns: str) -> None:
    env = {"COLUMNS": columns}
    text = ok(invoke, "show", "--content", str(root), env=env)
    assert "\x1b" not in text  # not a terminal: plain text
    flat = " ".join(text.split())
    for words in ("Regular exercise can ease stiffness and improve balance in MS [1].",
                  "guide for patients <https://example.org/guide>", "1. Talk to your care team first.",
                  "1. Ten minutes is a good start.", "• Wear light clothes.", "Tip", "About heat", "Warning",
                  "Stop and call your doctor if", "Image: A person stands on one leg",
                  "Balance work next to a steady chair.", "“Go slowly. Small steps add up.”", "— Alex Example",
                  "A made-up example", "sessions a week [3].", "Medically reviewed by Dr. Sam Sample"):
        assert words in flat, words
    assert max(len(line) for line in text.splitlines()) <= int(columns) or columns == "40"
    if columns == "40":  # nothing but a whole URL may run past a narrow terminal
        assert all(len(line) <= 40 or "https://" in line for line in text.splitlines())


def test_section_faq_refs_and_search_json_match_their_schemas(invoke: Invoke, root: Path) -> None:
    content = ("--content", str(root))
    section = json.loads(ok(invoke, "section", "how-to-start", *content, "--json"))
    matches_schema("section", section)
    blocks = section["section"]["blocks"]
    assert [block["type"] for block in blocks] == ["list", "list", "callout", "callout", "callout", "callout",
                                                    "quote", "case_study", "table", "faq"]
    assert blocks[0]["style"] == "numbered" and blocks[0]["items"][1] == {
        "text": "Start with short sessions.", "items": ["Ten minutes is a good start.", "Rest between sets."]}
    assert blocks[5]["kind"] == "seek-help" and blocks[5]["title"] == "Stop and call your doctor if"
    assert blocks[6]["attribution"]["name"] == "Alex Example"  # named by id in people.yaml
    image = json.loads(ok(invoke, "section", "why-exercise", *content, "--json"))
    matches_schema("section", image)
    assert image["section"]["blocks"][3] == {"type": "image", "file": "balance.png",
                                             "alt": "A person stands on one leg and holds a chair for support",
                                             "caption": "Balance work next to a steady chair.",
                                             "credit": "Drawing: Example Clinic (test image)"}
    refs = json.loads(ok(invoke, "refs", *content, "--json"))
    matches_schema("refs", refs)
    first = refs["references"][0]
    assert first["authors"][0] == {"family": "Chen", "given": "Anna Beth", "name": None}
    assert (first["journal"], first["volume"], first["issue"], first["pages"]) == (
        "Journal of Example Studies", "12", "3", "45-67")
    matches_schema("faq", json.loads(ok(invoke, "faq", *content, "--json")))
    for query, field in (("stick", "case study paragraph 1"), ("care team", "list item 1"),
                         ("slippery", "warning callout"), ("chair support", "image description")):
        hits = json.loads(ok(invoke, "search", query, *content, "--json"))
        matches_schema("search", hits)
        assert field in [hit["field"].split(" ", 2)[-1] for hit in hits["hits"]], (query, hits)
    text_hits = ok(invoke, "search", "guide", *content)
    assert "[guide for" not in text_hits and "](https" not in text_hits  # search reads words, not markup


def test_citations_are_numbered_in_order_of_first_citation(invoke: Invoke, root: Path) -> None:
    refs = json.loads(ok(invoke, "refs", "--content", str(root), "--json"))
    # chen-2021 is cited first (a marker in the first paragraph), textbook next (a definition's
    # cites), nhs-guide last (a marker in an FAQ answer placed at the end), whatever the file's order.
    assert [(ref["number"], ref["id"]) for ref in refs["references"]] == [
        (1, "chen-2021"), (2, "textbook"), (3, "nhs-guide")]


# --- Exports ----------------------------------------------------------------------------------

def test_html_page_with_every_block_passes_the_strict_parser(invoke: Invoke, root: Path) -> None:
    page = ok(invoke, "export", "--content", str(root), "--format", "html")
    document = parse_html(page)
    main = next(document.iter(f"{NS}main"))
    ordered = [ol for ol in main.iter(f"{NS}ol") if ol.find(f"{NS}li") is not None]
    assert any(ol.find(f"{NS}li/{NS}ol") is not None for ol in ordered)  # one level of nesting
    assert main.find(f".//{NS}ul/{NS}li") is not None
    callouts = [aside for aside in main.iter(f"{NS}aside") if "callout" in (aside.get("class") or "")]
    assert [aside.get("class") for aside in callouts] == [f"callout callout-{kind}"
                                                          for kind in ("tip", "note", "warning", "seek-help")]
    (image,) = main.iter(f"{NS}img")
    assert image.get("src") == "balance.png" and image.get("alt", "").startswith("A person stands")
    links = {a.get("href") for a in main.iter(f"{NS}a")}
    assert "https://example.org/guide" in links
    markers = [a for sup in main.iter(f"{NS}sup") for a in sup.iter(f"{NS}a")]
    assert [(a.text, a.get("href")) for a in markers] == [("1", "#ref_chen-2021"), ("2", "#ref_textbook"),
                                                          ("3", "#ref_nhs-guide")]
    ids = [element.get("id") for element in document.iter() if element.get("id")]
    assert len(ids) == len(set(ids))
    for target in {a.get("href", "")[1:] for a in document.iter(f"{NS}a") if a.get("href", "").startswith("#")}:
        assert target in ids, target
    emphasis = [element.text for element in main.iter(f"{NS}em")] + [e.text for e in main.iter(f"{NS}strong")]
    assert "ease stiffness" in emphasis and "improve balance" in emphasis
    assert "Alex Example" in "".join(next(document.iter(f"{NS}header")).itertext())


def test_json_ld_and_csl_carry_structured_references(invoke: Invoke, root: Path) -> None:
    graph = json_ld(parse_html(ok(invoke, "export", "--content", str(root), "--format", "html")))
    page = graph["@graph"][0]
    citation = page["citation"][0]
    assert citation["@type"] == "ScholarlyArticle" and citation["datePublished"] == "2021"
    assert citation["author"][0] == {"@type": "Person", "familyName": "Chen", "givenName": "Anna Beth",
                                     "name": "Anna Beth Chen"}
    assert citation["isPartOf"]["isPartOf"]["name"] == "Journal of Example Studies"
    assert page["author"][0]["name"] == "Alex Example" and page["reviewedBy"]["name"] == "Dr. Sam Sample"
    items = json.loads(ok(invoke, "export", "--content", str(root), "--format", "csl-json"))
    Draft3Validator(json.loads((DATA / "csl-data.json").read_text(encoding="utf-8"))).validate(items)
    chen = items[0]
    assert chen["author"] == [{"family": "Chen", "given": "Anna Beth"}, {"family": "Ortiz", "given": "Luis"}]
    assert (chen["issued"], chen["container-title"], chen["volume"], chen["issue"], chen["page"]) == (
        {"date-parts": [[2021]]}, "Journal of Example Studies", "12", "3", "45-67")
    assert items[1]["type"] == "book" and items[1]["ISBN"] == "978-0-306-40615-7"
    assert items[2]["author"] == [{"literal": "Example Health Service"}]
    assert items[2]["accessed"] == {"date-parts": [[2026, 9, 1]]}


def test_markdown_renders_every_block(invoke: Invoke, root: Path) -> None:
    markdown = ok(invoke, "export", "--content", str(root), "--format", "markdown")
    html = MarkdownIt("commonmark").render(markdown)
    for expected in ("<em>ease stiffness</em>", "<strong>improve balance</strong>",
                     '<a href="https://example.org/guide">guide for patients</a>',
                     '<a href="#references">[1]</a>', "<ol>\n<li>Talk to your care team first.</li>",
                     '<img src="balance.png" alt="A person stands on one leg and holds a chair for support" />',
                     "<blockquote>\n<p><strong>Stop and call your doctor if</strong></p>"):
        assert expected in html, expected
    assert re.search(r"<li>Start with short sessions.\n<ol>\n<li>Ten minutes", html)


def test_json_export_matches_the_article_schema(invoke: Invoke, root: Path) -> None:
    data = json.loads(ok(invoke, "export", "--content", str(root), "--format", "json"))
    matches_schema("article", data)
    assert data["authors"][0]["name"] == "Alex Example"
    assert data["medical_reviewer"]["credentials"] == "MD, neurologist (fictional, for tests)"


def test_export_to_a_file_copies_the_images_it_shows(invoke: Invoke, root: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    assert invoke("export", "--content", str(root), "-f", "html", "-o", str(out / "page.html")).exit_code == 0
    assert (out / "balance.png").read_bytes() == (root / ARTICLE / "balance.png").read_bytes()


# --- Hostile inline markup: a clean problem, never live markup ---------------------------------

@pytest.mark.parametrize("text, rule, words", [
    ("Click [here](javascript:alert(1)).", "I309", "'javascript:alert(1)' in a paragraph: links must go to a web"),
    ("Old <b>bold</b> text.", "I309", "'<b>' in a paragraph: HTML is not allowed in text"),
    ("A claim [@no-such-reference].", "I302", "links to reference 'no-such-reference', which is not in"),
    ("An empty marker [@].", "I309", "'[@]' in a paragraph: a citation marker names a reference"),
    ("An [insecure](http://example.org/x) link.", "HC104", "the link to 'http://example.org/x' in a paragraph"),
    ("A [relative](/guide) link.", "I309", "'/guide' in a paragraph: links must go to a web address"),
])
def test_hostile_inline_markup_is_a_clean_problem_at_its_column(invoke: Invoke, root: Path, text: str, rule: str,
                                                                words: str) -> None:
    edit(root / ARTICLE / "sections.yaml", "A physiotherapist plans each step with you.", text)
    result = invoke("validate", str(root), "--strict")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS and result.stderr == ""
    line = next(line for line in result.stdout.splitlines() if f" {rule} " in line)
    assert words in line and "sections.yaml:9:" in line
    column = int(line.split(":")[2])
    written = (root / ARTICLE / "sections.yaml").read_text(encoding="utf-8").splitlines()[8]
    assert column > written.index("text:") + 6  # at the markup, not at the start of the text


def test_nested_brackets_and_escapes_are_text_not_errors(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml", "A physiotherapist plans each step with you.",
         r"See [the [long] guide](https://example.org/long) and \*stars\*.")
    ok(invoke, "validate", str(root), "--strict")
    page = ok(invoke, "export", "--content", str(root), "-f", "html")
    assert '<a href="https://example.org/long">the [long] guide</a> and *stars*.' in page


def test_control_codes_in_content_are_an_error_and_never_reach_the_terminal(invoke: Invoke, root: Path) -> None:
    # A YAML escape puts a real ESC (an OSC 8 hyperlink sequence) in the text.
    edit(root / ARTICLE / "sections.yaml",
         "text: Read more in the [guide for patients](https://example.org/guide). A physiotherapist plans each step "
         "with you.", 'text: "\\e]8;;https://evil.example/\\e\\\\click\\e]8;;\\e\\\\ here"')
    checked = invoke("validate", str(root))
    assert checked.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "error I313 the text holds U+001B" in checked.stdout and "\x1b" not in checked.stdout
    result = invoke("section", "why-exercise", "--content", str(root))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "\x1b" not in result.stdout + result.stderr


# --- Images -----------------------------------------------------------------------------------

def test_images_are_judged_by_their_bytes_and_size(invoke: Invoke, root: Path) -> None:
    folder = root / ARTICLE
    (folder / "balance.png").write_text("not an image, only named like one\n")
    assert "I310 'balance.png' is not a PNG, JPEG, GIF or WebP image (judged by its contents" in invoke(
        "validate", str(root)).stdout
    (folder / "balance.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024))
    assert "I310 image file 'balance.png' is larger than 2 MB" in invoke("validate", str(root)).stdout
    (folder / "balance.png").unlink()
    assert "I310 image file 'balance.png' is not in the article folder" in invoke("validate", str(root)).stdout


def test_an_image_nobody_shows_and_an_svg_are_reported(invoke: Invoke, root: Path) -> None:
    folder = root / ARTICLE
    shutil.copy(folder / "balance.png", folder / "spare.png")
    assert "spare.png:1:1: warning I312 no image block shows this image" in invoke("validate", str(root)).stdout
    (folder / "spare.png").unlink()
    edit(folder / "sections.yaml", "file: balance.png", "file: drawing.svg")
    output = invoke("validate", str(root)).stdout
    assert "S205" in output and "drawing.svg" in output


# --- Unplaced items, and an FAQ entry placed twice --------------------------------------------

def test_unplaced_table_and_faq_entry_are_reported_and_exported_at_the_end(invoke: Invoke, root: Path) -> None:
    sections = root / ARTICLE / "sections.yaml"
    edit(sections, "  - type: table\n    table: weekly-plan\n", "")
    edit(sections, "  - type: faq\n", "  - type: faq\n    entries: [how-often]\n")
    result = invoke("validate", str(root))
    assert result.exit_code == ExitCode.OK  # warnings
    assert rules_of(result.stdout) == ["I311", "I311"]
    assert "FAQ entry 'what-if-tired' is not placed in the text" in result.stdout
    for form, needles, references in (
            ("html", ('<figure class="table-figure" id="weekly-plan">',
                      '<div class="faq-entry" id="faq_what-if-tired">'), '<h2 id="_references">'),
            ("markdown", ("**A sample week**", "### What if I feel tired?"), "## References")):
        page = ok(invoke, "export", "--content", str(root), "-f", form)
        for needle in needles:
            assert needle in page.split(references)[0], (form, needle)
    shown = ok(invoke, "show", "--content", str(root), env={"COLUMNS": "120"})
    assert "A sample week" in shown and "What if I feel tired?" in shown


def test_an_faq_entry_placed_twice_gets_unique_html_ids(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml", "  - type: list\n    items:\n    - Wear",
         "  - type: faq\n    entries: [how-often]\n  - type: list\n    items:\n    - Wear")
    document: Element = parse_html(ok(invoke, "export", "--content", str(root), "-f", "html"))
    ids = [element.get("id") for element in document.iter() if element.get("id")]
    assert "faq_how-often" in ids and "faq_how-often-2" in ids and len(ids) == len(set(ids))


# --- People -----------------------------------------------------------------------------------

def test_people_are_checked_and_a_change_to_people_yaml_is_never_served_stale(invoke: Invoke, root: Path) -> None:
    from tests.test_cache_trust import assert_same_as_fresh

    assert assert_same_as_fresh(invoke, "validate", str(root), "--strict").exit_code == ExitCode.OK
    people = root / "people.yaml"
    edit(people, "0000-0002-1825-0097", "0000-0002-1825-0098")
    result = assert_same_as_fresh(invoke, "validate", str(root), "--strict")
    assert "people.yaml:12:10: error HC103 '0000-0002-1825-0098' is not a well-formed ORCID" in result.stdout
    assert f"{ARTICLE}/../" not in result.stdout
    edit(people, "0000-0002-1825-0098", "0000-0002-1825-0097")
    edit(people, "id: test-physio\n", "id: test-physiotherapist\n")
    result = assert_same_as_fresh(invoke, "validate", str(root), "--strict")
    assert "I302 links to person 'test-physio', which is not in people.yaml at the content root" in result.stdout
    assert "(did you mean 'test-physiotherapist'?)" in result.stdout
    assert invoke("faq", "--content", str(root)).exit_code == ExitCode.CONTENT_PROBLEMS


def test_inline_people_still_work(invoke: Invoke, root: Path) -> None:
    (root / "people.yaml").unlink()
    edit(root / ARTICLE / "article.yaml", "- person: test-physio", "- name: Alex Example")
    edit(root / ARTICLE / "article.yaml", "  person: test-neurologist",
         "  name: Dr. Sam Sample\n  credentials: MD (fictional, for tests)")
    edit(root / ARTICLE / "sections.yaml", "      person: test-physio", "      name: Alex Example")
    assert ok(invoke, "validate", str(root), "--strict").startswith("No problems found")


# --- What an attack on the content model found (each failed before its fix) ----------------------

def test_shapes_the_schema_refuses_never_pass_silently(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml", "    - Add a little more each week.",
         "    - text: One\n      items:\n      - text: Two\n        items: [Three]")
    edit(root / ARTICLE / "article.yaml", "- person: test-physio", "- name: A\n  bogus_key: x")
    result = invoke("validate", str(root), "--no-cache")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "S202 unknown key 'bogus_key'" in result.stdout
    assert "sections.yaml:33:7: error S203 item 3 of 'items' must be text" in result.stdout


def test_a_doi_cannot_end_a_markdown_link(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "references.yaml", "    doi: 10.5555/example.2021.45",
         '    doi: "10.5555/a><script>alert(1)</script>"')
    markdown = ok(invoke, "export", "--content", str(root), "-f", "markdown")
    html = MarkdownIt("commonmark", {"html": True}).render(markdown)
    assert "<script" not in html and "https://doi.org/10.5555/a%3E%3Cscript%3E" in html


def test_an_exclamation_mark_before_a_link_or_marker_never_makes_an_image(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml", "A physiotherapist plans each step with you.",
         "See the chart![chart](https://example.org/pixel.png) and Wow![@chen-2021]")
    html = MarkdownIt("commonmark").render(ok(invoke, "export", "--content", str(root), "-f", "markdown"))
    assert html.count("<img") == 1  # the image block's, and no other


def test_emphasis_around_a_marker_or_link_stays_emphasis_in_markdown(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml", "A physiotherapist plans each step with you.",
         "*Exercise helps [@chen-2021] in most people*. Read the *[guide](https://example.org/g) first*.")
    html = MarkdownIt("commonmark").render(ok(invoke, "export", "--content", str(root), "-f", "markdown"))
    assert "<em>in most people</em>" in html and "<em>first</em>" in html and "*" not in html.split("<h2")[2]


def test_markers_are_numbered_before_the_block_cites_shown_after_them(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml",
         "    text: Regular exercise can *ease stiffness* and **improve balance** in MS [@chen-2021].",
         "    text: Regular exercise can *ease stiffness* [@nhs-guide] and balance.\n    cites: [chen-2021]")
    refs = json.loads(ok(invoke, "refs", "--content", str(root), "--json"))
    assert [ref["id"] for ref in refs["references"]][:2] == ["nhs-guide", "chen-2021"]


def test_a_section_cannot_take_an_id_the_page_needs(invoke: Invoke, root: Path) -> None:
    for old, new in (("id: why-exercise", "id: references"), ("id: how-to-start", "id: main")):
        edit(root / ARTICLE / "sections.yaml", old, new)
    page = parse_html(ok(invoke, "export", "--content", str(root), "-f", "html"))
    ids = [element.get("id") for element in page.iter() if element.get("id")]
    assert len(ids) == len(set(ids)) and "references" in ids and "_references" in ids


def test_a_dangling_people_link_is_never_served_from_the_cache(invoke: Invoke, root: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from alsinfo import engine
    from tests.test_cache_trust import assert_same_as_fresh

    monkeypatch.setattr(engine, "RACY_NS", 0)
    (root / "people.yaml").unlink()
    for old, new in (("- person: test-physio", "- name: Alex Example"),
                     ("  person: test-neurologist", "  name: Dr. Sam Sample\n  credentials: MD")):
        edit(root / ARTICLE / "article.yaml", old, new)
    edit(root / ARTICLE / "sections.yaml", "      person: test-physio", "      name: Alex Example")
    assert assert_same_as_fresh(invoke, "validate", str(root)).exit_code == ExitCode.OK
    (root / "people.yaml").symlink_to(root / "missing-target.yaml")
    assert assert_same_as_fresh(invoke, "validate", str(root)).exit_code == ExitCode.CONTENT_PROBLEMS
    (root / "people.yaml").unlink()
    assert assert_same_as_fresh(invoke, "validate", str(root)).exit_code == ExitCode.OK


@pytest.mark.parametrize("text", ["Old <img/src=x/onerror=alert(1)> text.", "A <!DOCTYPE html> here.",
                                  "An <?php echo 1 ?> here."])
def test_every_kind_of_raw_html_is_reported(invoke: Invoke, root: Path, text: str) -> None:
    edit(root / ARTICLE / "sections.yaml", "A physiotherapist plans each step with you.", text)
    assert " I309 " in invoke("validate", str(root)).stdout


@pytest.mark.parametrize("title", ["line1\nline2", "\ufeff", "", " padded "])
def test_new_refuses_a_title_the_schema_would_refuse(invoke: Invoke, tmp_path: Path, title: str) -> None:
    result = invoke("new", "an-article", "--title", title, "--content", str(tmp_path))
    assert result.exit_code == ExitCode.USAGE_ERROR and not (tmp_path / "an-article").exists()
