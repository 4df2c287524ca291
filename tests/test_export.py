"""`alsinfo export`: every format from the shipped article, structure checks, hostile text, atomic writes."""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest
from jsonschema import Draft3Validator, Draft202012Validator
from markdown_it import MarkdownIt
from referencing import Registry, Resource

from alsinfo.exitcodes import ExitCode
from alsinfo.export import EXPORTERS
from alsinfo.inline import plain
from alsinfo.model import Article
from alsinfo.resources import schemas_dir
from tests.conftest import Invoke, edit
from tests.helpers import DATA, load_article
from tests.rule_fixture import clean, write
from tests.test_fidelity import seed_lines

FORMATS = list(EXPORTERS)
NS = "{http://www.w3.org/1999/xhtml}"


def export(invoke: Invoke, *args: str) -> str:
    result = invoke("export", *args)
    assert result.exit_code == ExitCode.OK, result.stderr
    return result.stdout


def parse_html(text: str) -> Element:
    """Parse strictly as HTML5: any parse error fails."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(text)


def json_ld(document: Element) -> dict[str, Any]:
    (script,) = [s for s in document.iter(f"{NS}script") if s.get("type") == "application/ld+json"]
    data: dict[str, Any] = json.loads(script.text or "")
    return data


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_exports_the_shipped_article_without_editorial_notes(invoke: Invoke, output_format: str) -> None:
    text = export(invoke, "--format", output_format)
    assert text
    for private in ("Analysis Note", "YMYL", "miraculous cure", "analysis-note"):
        assert private not in text


def test_format_choices_come_from_the_registry(invoke: Invoke) -> None:
    result = invoke("export", "--format", "pdf")
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert all(name in result.stderr for name in FORMATS)


def test_markdown_carries_every_seed_sentence_and_table_cell(invoke: Invoke) -> None:
    markdown = export(invoke, "--format", "markdown")
    plain = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)  # undo backslash escapes
    article = load_article()
    for line in seed_lines():
        if line.startswith("Analysis Note:"):
            assert line not in plain
            continue
        if any(" ".join(row) == line for table in article.tables for row in (table.columns, *table.rows)):
            continue  # a table row: checked cell by cell below
        for piece in line.split(": ", 1) if re.match(r"^[A-Z][^:]{0,60}: ", line) else [line]:
            assert piece.strip("“”") in plain, piece
    for table in article.tables:
        assert f"**{table.title}**" in plain
        assert "| " + " | ".join(table.columns) + " |" in plain
        for row in table.rows:
            assert "| " + " | ".join(row) + " |" in plain
    assert "3. [Technical review on “Glutamate Excitotoxicity and Amyotrophic Lateral Sclerosis.”]" \
           "(<https://pubmed.ncbi.nlm.nih.gov/24703173/>) — PubMed / National Center for Biotechnology " \
           "Information (NCBI). PMID: 24703173" in plain


def test_markdown_renders_as_the_articles_structure(invoke: Invoke) -> None:
    html = MarkdownIt("commonmark").enable("table").render(export(invoke, "--format", "markdown"))
    assert html.count("<table>") == 2 and html.count("<h1>") == 1
    assert "<h2>Frequently Asked Questions</h2>" in html
    assert "<h3>Are there any side effects from the stem cells used?</h3>" in html


def test_html_is_valid_standalone_and_accessible(invoke: Invoke) -> None:
    text = export(invoke, "--format", "html")
    document = parse_html(text)
    assert text.startswith("<!DOCTYPE html>\n")
    root = document if document.tag == f"{NS}html" else document.find(f"{NS}html")
    assert root is not None and root.get("lang") == "en"
    assert document.find(f".//{NS}meta[@name='viewport']") is not None
    assert document.find(f".//{NS}style") is not None
    # no external assets: nothing is loaded from elsewhere
    for element in document.iter():
        assert element.get("src") is None
        assert not (element.tag == f"{NS}link" and element.get("rel") == "stylesheet")
    # skip link to the main content
    skip = document.find(f".//{NS}a[@class='skip-link']")
    assert skip is not None and skip.get("href") == "#_main"
    assert document.find(f".//{NS}main[@id='_main']") is not None
    # headings: one h1, and never a skipped level
    heading = re.compile(f"{re.escape(NS)}h[1-6]")
    levels = [int(element.tag[-1]) for element in document.iter() if heading.fullmatch(element.tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels))
    # tables named by their figure's caption (outside the part that scrolls), with scoped header cells
    tables = list(document.iter(f"{NS}table"))
    assert len(tables) == 2
    captions = {element.get("id"): "".join(element.itertext()) for element in document.iter(f"{NS}figcaption")}
    for table in tables:
        assert captions.get(table.get("aria-labelledby"), "").strip()
        assert all(th.get("scope") in ("col", "row") for th in table.iter(f"{NS}th"))
    page_text = "".join(document.itertext())
    for entry in load_article().faq:
        assert entry.question in page_text and entry.answer in page_text


def test_html_json_ld_describes_the_page_without_inventing(invoke: Invoke) -> None:
    data = json_ld(parse_html(export(invoke, "--format", "html")))
    page, faq = data["@graph"]
    assert data["@context"] == "https://schema.org"
    assert page["@type"] == "MedicalWebPage" and page["name"] == "Stem Cell Therapy in ALS Disease"
    assert page["description"].startswith("ALS is a neurodegenerative disease")
    assert {"@type": "MedicalCondition", "name": "Amyotrophic Lateral Sclerosis"} in page["about"]
    assert [a["audienceType"] for a in page["medicalAudience"]] == ["Patient", "Caregiver"]
    assert len(page["citation"]) == 4
    assert page["citation"][3]["sameAs"] == "https://doi.org/10.3389/fnagi.2020.00160"
    for absent in ("reviewedBy", "author", "lastReviewed", "datePublished"):
        assert absent not in page  # the source gives none of these
    questions = faq["mainEntity"]
    assert faq["@type"] == "FAQPage" and len(questions) == 6
    assert all(q["@type"] == "Question" and q["acceptedAnswer"]["@type"] == "Answer" for q in questions)
    assert json.loads(export(invoke, "--format", "jsonld")) == data


def test_json_ld_names_reviewer_and_author_when_the_content_does(invoke: Invoke, tmp_path: Path) -> None:
    folder = write(tmp_path / "content" / "test-article", clean())
    page = json.loads(export(invoke, "--format", "jsonld", "--content", str(folder)))["@graph"][0]
    assert page["reviewedBy"] == {"@type": "Person", "name": "Test Reviewer", "honorificSuffix": "MD, neurologist"}
    assert page["author"] == [{"@type": "Person", "name": "Test Author", "honorificSuffix": "MD"}]
    assert page["lastReviewed"] == "2026-10-01" and page["datePublished"] == "2026-01-10"
    html = export(invoke, "--format", "html", "--content", str(folder))
    assert json_ld(parse_html(html))["@graph"][0]["reviewedBy"]["name"] == "Test Reviewer"
    assert "Medically reviewed by Test Reviewer" in html


def test_json_matches_its_schema(invoke: Invoke) -> None:
    data = json.loads(export(invoke, "--format", "json"))
    schemas = {p.name: json.loads(p.read_text()) for p in (schemas_dir() / "output").glob("*.json")}
    registry: Registry[Any] = Registry().with_resources(
        [(s["$id"], Resource.from_contents(s)) for s in schemas.values()])
    Draft202012Validator(schemas["article.schema.json"], registry=registry).validate(data)
    assert len(data["faq"]["entries"]) == 6 and "editorial_notes" not in data


@pytest.fixture(scope="session")
def csl_schema() -> dict[str, Any]:
    """The CSL-JSON input schema (tests/data/README.md says where it comes from)."""
    schema: dict[str, Any] = json.loads((DATA / "csl-data.json").read_text(encoding="utf-8"))
    return schema


def test_csl_json_items_match_the_csl_schema(invoke: Invoke, csl_schema: dict[str, Any], tmp_path: Path) -> None:
    items = json.loads(export(invoke, "--format", "csl-json"))
    Draft3Validator(csl_schema).validate(items)
    assert [item["id"] for item in items] == [ref.id for ref in load_article().references]
    assert items[2]["PMID"] == "24703173" and items[2]["type"] == "article-journal"
    assert items[3]["DOI"] == "10.3389/fnagi.2020.00160"
    assert items[0]["type"] == "webpage" and "author" not in items[0] and "issued" not in items[0]
    fixture = json.loads(export(invoke, "--format", "csl-json", "--content", str(write(tmp_path / "a", clean()))))
    Draft3Validator(csl_schema).validate(fixture)
    assert fixture[0]["note"] == "ClinicalTrials.gov: NCT01234567"


HOSTILE = ("</script><script>alert(1)</script> <img src=x onerror=alert(2)> **bold** _it_ "
           "[click](javascript:alert(3)) | pipe | &amp; &copy; `code` # not a heading")


@pytest.fixture
def hostile(article_dir: Path) -> Path:
    edit(article_dir / "faq.yaml", "Does stem cell therapy completely cure ALS?", "Does it?")
    path = article_dir / "faq.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("  answer: Based on current"))
    lines[index] = "  answer: " + json.dumps(HOSTILE)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return article_dir


def test_hostile_markup_is_reported_as_problems_and_nothing_is_exported(invoke: Invoke, hostile: Path) -> None:
    result = invoke("validate", str(hostile), "--ignore", "HC")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    found = [line for line in result.stdout.splitlines() if " I309 " in line]
    for part in ("'</script>'", "'<script>'", "'<img src=x onerror=alert(2)>'", "'javascript:alert(3)'"):
        assert any(part in line and "faq.yaml:" in line for line in found), part
    assert invoke("export", "--format", "html", "--content", str(hostile)).stdout == ""


def hostile_article() -> Article:
    """The shipped article with HOSTILE as an answer, as if validation had been bypassed: the
    exporters must not trust the checks alone to keep markup out."""
    article = load_article()
    return article._replace(faq=(article.faq[0]._replace(answer=HOSTILE), *article.faq[1:]))


def test_html_escapes_hostile_text_and_json_ld_cannot_be_broken_out_of() -> None:
    text = EXPORTERS["html"].render(hostile_article())
    document = parse_html(text)
    scripts = list(document.iter(f"{NS}script"))
    assert len(scripts) == 1 and not list(document.iter(f"{NS}img"))
    assert not [a for a in document.iter(f"{NS}a") if not (a.get("href") or "").startswith(("https://", "#"))]
    assert "</script><script>alert(1)</script> <img src=x onerror=alert(2)>" in "".join(document.itertext())
    answers = [q["acceptedAnswer"]["text"] for q in json_ld(document)["@graph"][1]["mainEntity"]]
    assert plain(HOSTILE) in answers  # the words, without markup
    assert "</script><script>" not in text.split("</head>")[0].split("ld+json")[1]


def test_markdown_escapes_hostile_text() -> None:
    markdown = EXPORTERS["markdown"].render(hostile_article())
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    for injected in ("<script", "<img", 'href="javascript', "<code>", "<h1>not"):
        assert injected not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The allowed subset stays what it is (strong, emphasis); the javascript: link is its words only.
    assert "<strong>bold</strong> <em>it</em> click | pipe | &amp;amp; &amp;copy; `code`" in html


def test_invalid_content_is_not_exported(invoke: Invoke, content_copy: Path, article_dir: Path,
                                         tmp_path: Path) -> None:
    edit(article_dir / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    target = tmp_path / "out.html"
    result = invoke("export", "--format", "html", "--content", str(content_copy), "-o", str(target))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert result.stdout == "" and not target.exists()
    assert "faq.yaml:6:3: error S202 unknown key 'questoin' (did you mean 'question'?)" in result.stderr
    assert "Found 2 errors in 1 file (5 files in 1 article checked)." in result.stderr
    assert "was not exported" in result.stderr


def test_output_file_is_written(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "article.md"
    result = invoke("export", "als-stem-cell-therapy", "-o", str(target))
    assert result.exit_code == ExitCode.OK and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# Stem Cell Therapy in ALS Disease\n")
    assert [p.name for p in target.parent.iterdir()] == ["article.md"]  # no temporary file left behind


def test_an_empty_output_name_is_a_usage_error_not_the_current_folder(
        invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "--format", "html", "-o", "")
    assert result.exit_code == ExitCode.USAGE_ERROR and "--output needs a file or folder name" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_article_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("export", "no-such-article")
    assert result.exit_code == ExitCode.USAGE_ERROR and "no article 'no-such-article'" in result.stderr


def test_failed_write_leaves_the_old_file_unchanged(invoke: Invoke, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "article.html"
    target.write_text("the previous export\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = invoke("export", "--format", "html", "-o", str(target))
    assert result.exit_code == ExitCode.OUTPUT_ERROR
    assert "No space left on device" in result.stderr
    assert target.read_text() == "the previous export\n"
    assert [p.name for p in target.parent.iterdir()] == ["article.html"]


def test_failed_render_leaves_the_old_file_unchanged(invoke: Invoke, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "article.md"
    target.write_text("the previous export\n")

    def broken(article: object) -> str:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr("alsinfo.export.markdown.render", broken)
    result = invoke("export", "-o", str(target))
    assert result.exit_code == ExitCode.INTERNAL_ERROR
    assert target.read_text() == "the previous export\n"


def test_output_files_get_the_modes_a_shell_would_give(invoke: Invoke, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        fresh = tmp_path / "new.html"
        assert invoke("export", "-f", "html", "-o", str(fresh)).exit_code == ExitCode.OK
        assert fresh.stat().st_mode & 0o777 == 0o644  # 0666 less the umask: a web server can serve it
        for mode in (0o644, 0o640, 0o664):
            kept = tmp_path / f"kept-{mode:o}.md"
            kept.write_text("old\n")
            kept.chmod(mode)
            assert invoke("export", "-o", str(kept)).exit_code == ExitCode.OK
            assert kept.stat().st_mode & 0o777 == mode and kept.read_text().startswith("# Stem Cell")
    finally:
        os.umask(previous)


def test_a_fifo_is_written_to_not_replaced(invoke: Invoke, tmp_path: Path) -> None:
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = invoke("export", "-f", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert result.exit_code == ExitCode.OK and stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["article"] == "als-stem-cell-therapy"


def test_a_device_is_written_to_not_replaced(invoke: Invoke) -> None:
    before = os.stat("/dev/null")
    assert invoke("export", "-o", "/dev/null").exit_code == ExitCode.OK
    after = os.stat("/dev/null")
    assert (after.st_ino, after.st_rdev, after.st_mode) == (before.st_ino, before.st_rdev, before.st_mode)


def test_dash_is_standard_output(invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "-f", "json", "-o", "-")
    assert result.exit_code == ExitCode.OK and json.loads(result.stdout)["article"] == "als-stem-cell-therapy"
    assert not (tmp_path / "-").exists()


def test_names_near_the_file_system_limit_work(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / ("a" * 250 + ".html")
    assert invoke("export", "-f", "html", "-o", str(target)).exit_code == ExitCode.OK
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_temporary_file_left_by_a_killed_run_is_cleaned_up(invoke: Invoke, tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above any pid_max Linux allows for a live process here
    left = tmp_path / f".alsinfo-tmp-{dead}-0badf00d"
    left.write_text("half an export")
    alive = tmp_path / f".alsinfo-tmp-{os.getpid()}-cafecafe"
    alive.write_text("another export, still being written")
    assert invoke("export", "-o", str(tmp_path / "article.md")).exit_code == ExitCode.OK
    assert not left.exists() and alive.exists()


def test_export_takes_article_like_every_reader(invoke: Invoke, tmp_path: Path) -> None:
    import shutil

    from alsinfo.resources import embedded_content_root

    root = tmp_path / "many"
    for number in range(12):
        shutil.copytree(embedded_content_root() / "als-stem-cell-therapy", root / f"article-{number:02d}")
    several = invoke("export", "--content", str(root))
    assert several.exit_code == ExitCode.USAGE_ERROR
    assert "holds 12 articles; choose one with --article ID (articles: article-00, article-01" in several.stderr
    assert "and 7 more" in several.stderr and len(several.stderr) < 300
    for args in (("-a", "article-03"), ("--article", "article-03"), ("article-03",)):
        result = invoke("export", "--content", str(root), *args, "--json")
        assert result.exit_code == ExitCode.OK and json.loads(result.stdout)["article"] == "article-03"
    wrong = invoke("export", "--content", str(root), "-a", "article-3")
    assert wrong.exit_code == ExitCode.USAGE_ERROR and "did you mean" in wrong.stderr
    both = invoke("export", "--content", str(root), "article-01", "-a", "article-02")
    assert both.exit_code == ExitCode.USAGE_ERROR


def rendered_text(markdown: str) -> str:
    """What a CommonMark parser (markdown-it-py) shows of ``markdown``: its text, markup gone."""
    from markdown_it import MarkdownIt

    parts = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        if token.type.endswith("_close") and token.block:
            parts.append("\n")
    return "".join(parts)


def test_markdown_renders_every_identifier_and_text_as_written(invoke: Invoke) -> None:
    article = load_article()
    shown = rendered_text(export(invoke, "--format", "markdown"))
    for reference in article.references:
        for label, value in reference.identifiers():
            assert f"{label}: {value}" in shown
        assert reference.title in shown
    for entry in article.faq:
        assert entry.question in shown and entry.answer in shown


@pytest.mark.parametrize("text", ["10.3389/x is a DOI", "1. not a list", "# not a heading", "- not an item",
                                  "*not emphasis*", "[not](a-link)", "a_b_c and 2*3*4", "<b>not html</b>",
                                  "&amp; stays", "+ plus", "> not a quote", "`not code`", "x\n1) y\n=== z"])
def test_escaped_text_renders_as_itself(text: str) -> None:
    from alsinfo.export.markdown import escape

    for line_start in (True, False):
        markdown = escape(text, line_start=line_start)
        prefix = "" if line_start else "DOI: "
        assert rendered_text(prefix + markdown).replace("\n", " ").strip() == (prefix + text).replace("\n", " ")


def test_a_link_given_as_output_is_written_through(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "site" / "page.md"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "page-link.md"
    link.symlink_to(target)
    assert invoke("export", "-o", str(link)).exit_code == ExitCode.OK
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# Stem Cell")
