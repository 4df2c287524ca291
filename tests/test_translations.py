"""Translations: parity, numbers and drift against the source, `alsinfo translations [mark]`, and
`--lang` on every reader and export. The translations are the team's own test data
(tests/data/translations: Greek, a non-Latin script, and Arabic, written right to left)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from alsinfo.exitcodes import ExitCode
from alsinfo.export import EXPORTERS
from alsinfo.numbers import numbers
from tests.conftest import Invoke, edit
from tests.test_export import NS, json_ld, parse_html
from tests.test_output_schemas import REGISTRY, SCHEMAS

DATA = Path(__file__).parent / "data"
ARTICLE = "ms-exercise"


@pytest.fixture
def root(tmp_path: Path, invoke: Invoke) -> Path:
    """The test article with its Greek and Arabic translations, both marked current."""
    copy = tmp_path / "fixture"
    shutil.copytree(DATA / "fixture-content", copy, ignore=shutil.ignore_patterns("README.md"))
    for language in ("el", "ar"):
        shutil.copytree(DATA / "translations" / language, copy / ARTICLE / language)
        assert invoke("translations", "mark", language, "--content", str(copy)).exit_code == ExitCode.OK
    return copy


def problems(invoke: Invoke, root: Path, *args: str) -> list[str]:
    result = invoke("validate", str(root), "--ignore", "M002", *args)
    return [line for line in result.stdout.splitlines() if ": error " in line or ": warning " in line]


def status(invoke: Invoke, root: Path) -> dict[str, dict[str, object]]:
    result = invoke("translations", "--content", str(root), "--json")
    assert result.exit_code == ExitCode.OK, result.stderr
    data = json.loads(result.stdout)
    validator = Draft202012Validator(SCHEMAS["translations.schema.json"], registry=REGISTRY)
    assert [error.message for error in validator.iter_errors(data)] == []
    return {row["language"]: row for row in data["translations"]}


def test_marked_translations_validate_clean(invoke: Invoke, root: Path) -> None:
    result = invoke("validate", str(root), "--strict")
    assert result.exit_code == ExitCode.OK
    # The English-only rules say once per translation that they did not judge it.
    assert [line.split(" ", 3)[2] for line in result.stdout.splitlines() if " M002 " in line] == ["M002", "M002"]
    assert "13 files in 1 article checked" in result.stdout
    assert status(invoke, root)["el"] == {"article": ARTICLE, "language": "el", "marked": True,
                                          "lock_unreadable": False, "current": 6, "stale": [], "missing": [],
                                          "extra": []}


def test_changing_one_source_paragraph_makes_exactly_that_section_stale(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "sections.yaml", "Wear light clothes.", "Wear light, loose clothes.")
    found = problems(invoke, root)
    assert len(found) == 2 and all(" T303 section 'how-to-start' changed in the source after the translation "
                                   "was marked current on " in line for line in found)
    assert {line.split("/")[-2] for line in found} == {"ar", "el"}
    assert status(invoke, root)["el"]["stale"] == ["section:how-to-start"]
    marked = invoke("translations", "mark", "el", "how-to-start", "--content", str(root))
    lock = root / ARTICLE / "el" / "translation.lock"
    assert marked.stdout == f"Marked 1 item of '{ARTICLE}' [el] current in {lock}.\n"
    assert [line.split("/")[-2] for line in problems(invoke, root)] == ["ar"]


def test_a_changed_number_in_a_translation_is_one_error_at_its_line(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "el" / "tables.yaml", "[Παρασκευή, Διατάσεις, 15 λεπτά]", "[Παρασκευή, Διατάσεις, 25 λεπτά]")
    (line,) = problems(invoke, root)
    assert line.startswith(f"{root / ARTICLE / 'el' / 'tables.yaml'}:9:")
    assert ("error T302 table 'weekly-plan', row 3, column 3: the translation says 25 where the source says 15"
            in line)


def test_numbers_are_read_in_each_language_and_script() -> None:
    assert numbers("١٠ دقائق و ١٥", "ar") == ["10", "15"]
    assert numbers("1,5 mg und 1.000 Schritte", "de") == ["1.5 mg", "1000"]
    assert numbers("1.5 mg and 1,000 steps, every 2-3 days", "en") == ["1.5 mg", "1000", "2", "3"]


def test_a_number_in_arabic_digits_that_differs_is_caught(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "ar" / "tables.yaml", "[الجمعة, الإطالة, ١٥ دقيقة]", "[الجمعة, الإطالة, ١٦ دقيقة]")
    (line,) = problems(invoke, root)
    assert "ar/tables.yaml:9:" in line and "says 16 where the source says 15" in line


def test_a_faq_entry_removed_from_a_translation_is_reported_missing(invoke: Invoke, root: Path) -> None:
    faq = root / ARTICLE / "el" / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text[:text.index("- id: what-if-tired")], encoding="utf-8")
    (line,) = problems(invoke, root)
    assert "el/faq.yaml" in line and "warning T304 FAQ entry 'what-if-tired' of the source is missing" in line
    assert invoke("validate", str(root), "--ignore", "M002").exit_code == ExitCode.OK
    assert invoke("validate", str(root), "--ignore", "M002", "--strict").exit_code == ExitCode.CONTENT_PROBLEMS
    assert status(invoke, root)["el"]["missing"] == ["faq:what-if-tired"]


def test_parity_language_and_lock_problems(invoke: Invoke, root: Path) -> None:
    folder = root / ARTICLE / "el"
    edit(folder / "sections.yaml", "- id: how-to-start", "- id: how-to-begin")
    edit(folder / "article.yaml", "language: el", "language: de")
    (folder / "translation.lock").write_text("{ edited by hand }")
    found = "\n".join(problems(invoke, root))
    assert "T301 section 'how-to-begin' is not in the source" in found
    assert "T304 section 'how-to-start' of the source is missing" in found
    assert "T305 the translation in 'el/' says its language is 'de'" in found
    assert "T306 the lock is not one alsinfo wrote" in found


def test_a_translation_is_never_served_stale_from_the_cache(invoke: Invoke, root: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from alsinfo import engine
    from tests.test_cache_trust import assert_same_as_fresh

    monkeypatch.setattr(engine, "RACY_NS", 0)
    assert assert_same_as_fresh(invoke, "validate", str(root)).exit_code == ExitCode.OK
    edit(root / ARTICLE / "el" / "tables.yaml", "10 λεπτά]", "11 λεπτά]")
    assert assert_same_as_fresh(invoke, "validate", str(root)).exit_code == ExitCode.CONTENT_PROBLEMS
    (root / ARTICLE / "el" / "translation.lock").unlink()
    edit(root / ARTICLE / "el" / "tables.yaml", "11 λεπτά]", "10 λεπτά]")
    result = assert_same_as_fresh(invoke, "validate", str(root))
    assert "the 'el' translation has never been marked current" in result.stdout


@pytest.mark.parametrize("args, words", [
    (("faq",), "Πόσο συχνά πρέπει να ασκούμαι;"), (("faq", "how-often"), "δύο ή τρεις σύντομες συνεδρίες"),
    (("table",), "Μια ενδεικτική εβδομάδα"), (("sections",), "Γιατί βοηθά η άσκηση"),
    (("section", "how-to-start"), "Σταματήστε και καλέστε τον γιατρό σας αν"), (("refs",), "A test study"),
    (("search", "ισορροπία"), "ισορροπία"), (("show",), "Σταματήστε και καλέστε τον γιατρό σας αν"),
])
def test_every_reader_answers_in_the_language_asked_for(invoke: Invoke, root: Path, args: tuple[str, ...],
                                                        words: str) -> None:
    result = invoke(*args, "--content", str(root), "--lang", "el", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert words in result.stdout
    as_json = invoke(*args, "--content", str(root), "--lang", "el", "--json")
    assert as_json.exit_code == ExitCode.OK and words in as_json.stdout


def test_readers_in_a_right_to_left_language_and_an_unknown_one(invoke: Invoke, root: Path) -> None:
    text = invoke("section", "how-to-start", "--content", str(root), "--lang", "ar").stdout
    assert "1. تحدث أولا مع فريق الرعاية الخاص بك." in text and "نصيحة" in text
    unknown = invoke("faq", "--content", str(root), "--lang", "fr")
    assert unknown.exit_code == ExitCode.USAGE_ERROR
    assert "article 'ms-exercise' has no translation 'fr' (languages: en, ar, el)" in unknown.stderr
    assert invoke("faq", "--content", str(root), "--lang", "en").stdout.startswith("Frequently asked questions")


@pytest.mark.parametrize("form", list(EXPORTERS))
def test_every_export_in_each_language(invoke: Invoke, root: Path, form: str) -> None:
    for language, words in (("el", "Άσκηση και φυσικοθεραπεία"), ("ar", "التمارين والعلاج الطبيعي")):
        result = invoke("export", "--content", str(root), "-f", form, "--lang", language)
        assert result.exit_code == ExitCode.OK, result.stderr
        if form != "csl-json":  # the references are the source's, shared
            assert words in result.stdout


def test_html_pages_link_every_language_both_ways(invoke: Invoke, root: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    assert invoke("export", "--content", str(root), "-f", "html", "-o", str(site)).exit_code == ExitCode.OK
    pages = {"en": site / ARTICLE / "index.html", "el": site / ARTICLE / "el" / "index.html",
             "ar": site / ARTICLE / "ar" / "index.html"}
    for language, page in pages.items():
        document = parse_html(page.read_text(encoding="utf-8"))
        html = document if document.tag == f"{NS}html" else next(document.iter(f"{NS}html"))
        assert html.get("lang") == language and html.get("dir") == ("rtl" if language == "ar" else "ltr")
        links = {link.get("hreflang"): link.get("href") for link in document.iter(f"{NS}link")
                 if link.get("rel") == "alternate"}
        assert set(links) == {"en", "el", "ar", "x-default"}
        for tag, href in links.items():
            if href.startswith("https://"):
                assert tag in ("en", "x-default")  # the source gives its canonical URL
                continue
            target = (page.parent / href).resolve()
            assert target == pages["en" if tag == "x-default" else tag].resolve(), (language, tag)
            back = {link.get("hreflang"): link.get("href") for link in parse_html(
                target.read_text(encoding="utf-8")).iter(f"{NS}link") if link.get("rel") == "alternate"}
            assert language in back  # and the other page links back
        graph = json_ld(document)["@graph"][0]
        assert graph["inLanguage"] == language
        if language == "en":
            assert len(graph["workTranslation"]) == 2
        else:
            assert graph["translationOfWork"] == {"@id": "https://example.org/articles/ms-exercise#page"}
    header = "".join(next(parse_html(pages["ar"].read_text(encoding="utf-8")).iter(f"{NS}header")).itertext())
    assert "كتبه" in header and "١" not in header and "1 أكتوبر 2026" in header


# --- What a newcomer's first hour found (each failed before its fix) --------------------------------

def test_ignore_in_the_configuration_takes_what_ignore_on_the_command_line_takes(invoke: Invoke, root: Path) -> None:
    faq = root / ARTICLE / "el" / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8").split("- id: what-if-tired")[0], encoding="utf-8")
    (root / ".alsinfo.toml").write_text('ignore = ["T304", "M002"]\n')
    result = invoke("validate", str(root), "--strict")
    assert result.exit_code == ExitCode.OK, result.stdout + result.stderr
    (root / ".alsinfo.toml").write_text('select = ["T304"]\n')
    assert invoke("validate", str(root)).exit_code == ExitCode.USAGE_ERROR


def test_a_single_page_links_only_the_languages_it_can_know_the_address_of(invoke: Invoke, root: Path) -> None:
    page = invoke("export", "--content", str(root), "-f", "html").stdout
    assert 'hreflang="el"' not in page  # no canonical URL: its place is unknown to a page alone
    for language in ("el", "ar"):
        edit(root / ARTICLE / language / "article.yaml", "audience:",
             f'canonical_url: "https://example.org/{language}/ms-exercise"\naudience:')
    page = invoke("export", "--content", str(root), "-f", "html").stdout
    assert '<link rel="alternate" hreflang="el" href="https://example.org/el/ms-exercise">' in page


def test_a_broken_source_file_makes_no_false_errors_in_its_translations(invoke: Invoke, root: Path) -> None:
    (root / ARTICLE / "references.yaml").write_text("")
    output = invoke("validate", str(root)).stdout
    assert "L104" in output and "/el/" not in output.split("L104")[0].splitlines()[-1]
    assert not [line for line in output.splitlines() if "/el/" in line and " I302 " in line]


def test_mark_never_marks_what_the_translation_lacks(invoke: Invoke, root: Path) -> None:
    faq = root / ARTICLE / "el" / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8").split("- id: what-if-tired")[0], encoding="utf-8")
    (root / ARTICLE / "el" / "translation.lock").unlink()
    invoke("translations", "mark", "el", "--content", str(root))
    assert "faq:what-if-tired" not in (root / ARTICLE / "el" / "translation.lock").read_text()


def test_a_reader_in_an_article_folder_reads_that_article(invoke: Invoke, root: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(Path(__file__).parent.parent / "content" / "als-stem-cell-therapy", root / "second")
    monkeypatch.chdir(root / ARTICLE / "el")
    result = invoke("sections", "--content", str(root))
    assert result.exit_code == ExitCode.OK and "Why exercise helps" in result.stdout


def test_markdown_byline_is_in_the_article_language(invoke: Invoke, root: Path) -> None:
    markdown = invoke("export", "--content", str(root), "-f", "markdown", "--lang", "el").stdout
    assert "*Συντάκτης: Alex Example · Ιατρικός έλεγχος: Dr. Sam Sample · Δημοσιεύθηκε 10 Ιανουαρίου 2026" in markdown


def test_new_refuses_a_language_that_is_not_a_tag(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("new", "x", "--language", "german", "--content", str(tmp_path))
    assert result.exit_code == ExitCode.USAGE_ERROR and "not a language tag" in result.stderr


# --- What an attack on translations found (each failed before its fix) -----------------------------

def test_a_lock_nested_too_deeply_is_a_problem_not_a_crash(invoke: Invoke, root: Path) -> None:
    (root / ARTICLE / "el" / "translation.lock").write_text("[" * 100000)
    result = invoke("validate", str(root))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS and " T306 " in result.stdout
    assert invoke("translations", "--content", str(root)).exit_code == ExitCode.OK


def test_a_future_date_in_a_translation_is_not_kept_past_its_day(root: Path) -> None:
    """A verdict that says a translation's date is in the future holds for today only, as the
    source's does: tomorrow the cache checks again."""
    import datetime as dt

    from alsinfo.check import check_article
    from alsinfo.resources import schemas_dir
    from alsinfo.schemas import SchemaSet
    from alsinfo.snapshot import read_snapshot

    edit(root / ARTICLE / "el" / "article.yaml", 'published: "2026-01-10"', 'published: "2026-12-31"')
    verdict = check_article(read_snapshot(root / ARTICLE), schemas=SchemaSet(schemas_dir()),
                            today=dt.date(2026, 12, 4), config=None)
    assert any(problem.rule == "I307" for problem in verdict.problems)
    assert verdict.valid_until == dt.date(2026, 12, 4)


@pytest.mark.parametrize("source, translated", [
    ("[Monday, Walking, 10 minutes]", "[Δευτέρα, Περπάτημα 10, 2 λεπτά]"),  # moved between cells
    ("title: A sample week", "title: A sample week of 7 days"),  # in the table's title
])
def test_numbers_moved_between_places_or_added_to_a_title_are_caught(invoke: Invoke, root: Path, source: str,
                                                                   translated: str) -> None:
    target = root / ARTICLE / "el" / "tables.yaml"
    if source.startswith("title"):
        edit(target, "title: Μια ενδεικτική εβδομάδα", "title: Μια ενδεικτική εβδομάδα 7 ημερών")
    else:
        edit(target, "[Δευτέρα, Περπάτημα, 10 λεπτά]", translated)
    assert " T302 " in invoke("validate", str(root)).stdout


@pytest.mark.parametrize("text, language, expected", [
    (".5 mg", "en", ["0.5 mg"]), ("-5 degrees", "en", ["-5"]), ("½ tablet", "en", ["0.5"]),
    ("1,5,10 mg", "el", ["1.5", "10 mg"]), ("37,5 °C", "de", ["37.5 °C"]), ("12 months", "en", ["12"]),
    ("10 000 pas", "fr", ["10000"]), ("1.5", "ar", ["1.5"]),
])
def test_numbers_in_more_forms(text: str, language: str, expected: list[str]) -> None:
    assert numbers(text, language) == expected


def test_a_translated_reference_is_the_same_work(invoke: Invoke, root: Path) -> None:
    shutil.copy(root / ARTICLE / "references.yaml", root / ARTICLE / "el" / "references.yaml")
    invoke("translations", "mark", "el", "--content", str(root))
    edit(root / ARTICLE / "el" / "references.yaml", 'pmid: "12345678"', 'pmid: "87654321"')
    assert "T301 reference 'chen-2021' gives another identifiers than the source" in invoke(
        "validate", str(root)).stdout


def test_a_change_to_the_source_title_or_disclaimer_makes_translations_stale(invoke: Invoke, root: Path) -> None:
    edit(root / ARTICLE / "article.yaml", "disclaimer: This page is test data",
         "disclaimer: This page is still test data")
    found = problems(invoke, root)
    assert len(found) == 2 and all("the article's title, summary, disclaimer and call to action changed in the source"
                                   in line for line in found)


def test_mark_refuses_a_broken_source(invoke: Invoke, root: Path) -> None:
    (root / ARTICLE / "faq.yaml").write_text("entries: [\n")
    result = invoke("translations", "mark", "el", "--content", str(root))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS and "has errors" in result.stderr


def test_a_folder_named_like_a_language_but_holding_no_article_is_not_a_translation(invoke: Invoke,
                                                                                    root: Path) -> None:
    (root / ARTICLE / "img").mkdir()
    output = invoke("validate", str(root)).stdout
    assert "img:1:1: error I305 unknown folder in an article folder" in output and "every article needs" not in output


def test_a_unit_symbol_changed_in_translation_is_caught_and_one_in_another_script_is_not(invoke: Invoke,
                                                                                          root: Path) -> None:
    edit(root / ARTICLE / "tables.yaml", "[Friday, Stretching, 15 minutes]", "[Friday, Stretching, 15 mg]")
    edit(root / ARTICLE / "el" / "tables.yaml", "[Παρασκευή, Διατάσεις, 15 λεπτά]", "[Παρασκευή, Διατάσεις, 15 g]")
    edit(root / ARTICLE / "ar" / "tables.yaml", "[الجمعة, الإطالة, ١٥ دقيقة]", "[الجمعة, الإطالة, ١٥ ملغ]")
    for language in ("el", "ar"):
        invoke("translations", "mark", language, "--content", str(root))
    (line,) = problems(invoke, root)
    assert "el/tables.yaml" in line and "says 15 g where the source says 15 mg" in line


def test_the_terminal_speaks_the_article_language_around_its_words(invoke: Invoke, root: Path) -> None:
    table = invoke("table", "--content", str(root), "--lang", "el").stdout
    assert table.startswith("Πίνακας 1  [weekly-plan]")
    shown = invoke("show", "--content", str(root), "--lang", "ar", env={"COLUMNS": "200"}).stdout
    assert "صورة: " in shown and "إخلاء مسؤولية: " in shown and "المراجع" in shown
