"""Reader commands through the CLI: every command and option, text and JSON, exit codes, stderr."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from alsinfo.exitcodes import ExitCode
from tests.conftest import Invoke, edit
from tests.helpers import load_article

ARTICLE = load_article()
NOTE_WORDS = "YMYL"  # only the editorial note says this


def test_faq_lists_numbered_questions_with_ids(invoke: Invoke) -> None:
    result = invoke("faq")
    assert result.exit_code == ExitCode.OK and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "Frequently Asked Questions"
    assert lines[1] == " 1. Does stem cell therapy completely cure ALS?  [complete-cure]"
    assert "Tissue rejection" not in result.stdout  # answers only with --all or a query


def test_faq_side_effects_answers_the_side_effects_question(invoke: Invoke) -> None:
    result = invoke("faq", "side effects")
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith("3. Are there any side effects from the stem cells used?  [side-effects]\n")
    assert "temporary headaches" in result.stdout


@pytest.mark.parametrize("query, expected", [
    ("side-effects", "side-effects"), ("3", "side-effects"), ("SIDE EFFECTS!", "side-effects"),
    ("ventilatörs", "patients-on-ventilators"), ("side efects", "side-effects"), ("how long", "protocol-duration"),
    ("cured", "complete-cure"), ("blood brain barrier exosomes", "exosome-vs-stem-cell"),
])
def test_faq_query_forgives_case_accents_stems_and_typos(invoke: Invoke, query: str, expected: str) -> None:
    result = invoke("faq", query, "--json")
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["entries"][0]["id"] == expected


@pytest.mark.parametrize("query, suggested", [("the", 0), ("is", 0), ("the is", 0), ("zzzz qqqq", 0),
                                              ("what does it cost", 3)])
def test_faq_stopwords_and_nonsense_match_nothing(invoke: Invoke, query: str, suggested: int) -> None:
    result = invoke("faq", query)
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert result.stdout == ""
    assert f"no question matches '{query}'" in result.stderr
    # the closest questions, as suggestions, when some are like the query at all
    assert result.stderr.count("\n  - ") == suggested
    assert suggested or "`alsinfo faq` lists all 6" in result.stderr


def test_faq_unknown_id_or_number_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("faq", "side-efects")
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "did you mean 'side-effects'?" in result.stderr
    result = invoke("faq", "9")
    assert result.exit_code == ExitCode.USAGE_ERROR and "numbered 1 to 6" in result.stderr


def test_faq_all_prints_every_answer(invoke: Invoke) -> None:
    result = invoke("faq", "--all")
    assert result.exit_code == ExitCode.OK
    for entry in ARTICLE.faq:
        assert entry.question in result.stdout
        assert entry.answer.split()[-1] in result.stdout


def test_table_prints_every_table_with_exact_headers(invoke: Invoke) -> None:
    result = invoke("table", env={"COLUMNS": "120"})
    assert result.exit_code == ExitCode.OK
    for table in ARTICLE.tables:
        assert table.title in result.stdout
        for column in table.columns:
            assert column in result.stdout


def test_table_by_id_and_unknown_id(invoke: Invoke) -> None:
    result = invoke("table", "application-methods-comparison")
    assert "Comparison Table: Advantages of Application Methods" in result.stdout
    assert "ALS Stem Cell Therapy Comparison Table" not in result.stdout
    missing = invoke("table", "application-method")
    assert missing.exit_code == ExitCode.USAGE_ERROR
    assert "no table 'application-method'; did you mean 'application-methods-comparison'?" in missing.stderr


def words_in_order(text: str) -> list[str]:
    return re.findall(r"[\w’'().,%/-]+", text)


@pytest.mark.parametrize("width", [40, 80, 200])
def test_table_loses_no_cell_text_at_any_width(invoke: Invoke, width: int) -> None:
    result = invoke("table", env={"COLUMNS": str(width)})
    assert result.exit_code == ExitCode.OK
    assert "…" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    seen = set(words_in_order(result.stdout))
    for table in ARTICLE.tables:
        for cell in (*table.columns, *(cell for row in table.rows for cell in row)):
            for word in cell.split():
                assert word.strip("()") in seen or word in seen, (width, word)


def test_narrow_terminal_stacks_rows_instead_of_cutting(invoke: Invoke) -> None:
    result = invoke("table", "application-methods-comparison", env={"COLUMNS": "40"})
    assert "╭" not in result.stdout
    assert "Application Route: Intravenous" in result.stdout
    assert "Key Advantage: Easy application, low" in result.stdout
    wide = invoke("table", "application-methods-comparison", env={"COLUMNS": "200"})
    assert "╭" in wide.stdout
    assert "│ Intravenous       │ Systemic Circulation   │ Easy application, low risk       │" in wide.stdout


def test_sections_outline_shows_ids_titles_and_nesting(invoke: Invoke) -> None:
    result = invoke("sections", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    assert "├── 2. Causes of ALS: Genetic Factors and Neuroinflammation  [causes-of-als]" in result.stdout
    assert "│   ├── 5. The Neuroprotective Effect of Mesenchymal Stem Cells  [msc-neuroprotective-effect]" \
        in result.stdout
    outline = json.loads(invoke("sections", "--json").stdout)
    assert [s["id"] for s in outline["sections"][3]["sections"]] == [
        "msc-neuroprotective-effect", "glutamate-excitotoxicity-stem-cells", "exosome-therapy"]
    assert outline["sections"][3]["sections"][0]["level"] == 2


def test_section_renders_blocks_as_a_reader_wants(invoke: Invoke) -> None:
    result = invoke("section", "exosome-therapy", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    assert "Recommendations from Prof. Dr. Erdinç Özek:" in result.stdout
    assert "    “Time is the most valuable asset in ALS management." in result.stdout
    assert "    — Prof. Dr. Erdinç Özek" in result.stdout
    assert "│ Basic Mechanism" in result.stdout  # the table it links to
    case = invoke("section", "quality-of-life", env={"COLUMNS": "200"})
    assert "Case Analysis (Anonymous)" in case.stdout and "2-year follow-up" in case.stdout
    faq = invoke("section", "faq", env={"COLUMNS": "200"})
    assert "1. Does stem cell therapy completely cure ALS?" in faq.stdout and "ventilators" in faq.stdout
    definitions = invoke("section", "causes-of-als")
    assert "Glutamate Excitotoxicity\n    Excessive glutamate" in definitions.stdout


def test_section_includes_its_sub_sections(invoke: Invoke) -> None:
    result = invoke("section", "administration-2", "--json")
    section = json.loads(result.stdout)["section"]
    assert [sub["id"] for sub in section["sections"]] == ["treatment-plan-2", "administration-routes-2"]


def test_unknown_section_suggests(invoke: Invoke) -> None:
    result = invoke("section", "administration-3")
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "no section 'administration-3'; did you mean" in result.stderr
    assert "'administration-2'" in result.stderr


def test_refs_list_source_url_and_identifiers(invoke: Invoke) -> None:
    result = invoke("refs", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    assert "URL: https://pubmed.ncbi.nlm.nih.gov/24703173/" in result.stdout
    assert "PMID: 24703173" in result.stdout and "DOI: 10.3389/fnagi.2020.00160" in result.stdout
    assert "Source: Nature Reviews Neurology" in result.stdout
    data = json.loads(invoke("refs", "--json").stdout)
    assert data["references"][3]["identifiers"] == {"pmid": None, "pmcid": None, "doi": "10.3389/fnagi.2020.00160",
                                                    "nct": None, "isbn": None}


@pytest.mark.parametrize("command, what", [(("faq",), "FAQ entries"), (("faq", "side", "effects"), "FAQ entries"),
                                           (("table",), "tables"), (("refs",), "references")])
def test_an_article_without_any_says_so_and_exits_1(invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    command: tuple[str, ...], what: str) -> None:
    monkeypatch.chdir(tmp_path)
    invoke("new", "demo")  # article.yaml and sections.yaml only
    text, data = invoke(*command), invoke(*command, "--json")
    assert text.exit_code == data.exit_code == ExitCode.CONTENT_PROBLEMS
    assert text.stdout == "" and f"the article 'demo' has no {what}" in text.stderr
    assert json.loads(data.stdout)["article"] == "demo"  # JSON still says what was read: nothing


@pytest.mark.parametrize("command", [("faq", "--article", ""), ("export", "--article", ""),
                                     ("search", "riluzole", "--article", ""), ("export", "")])
def test_an_empty_article_id_is_a_usage_error_not_the_default_article(invoke: Invoke, command: tuple[str, ...]) -> None:
    result = invoke(*command)
    assert result.exit_code == ExitCode.USAGE_ERROR and "article id" in result.stderr
    assert result.stdout == ""


def test_search_finds_text_everywhere_and_says_where(invoke: Invoke) -> None:
    result = invoke("search", "blood-brain barrier", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    for place in ("section exosome-therapy · title", "table application-methods-comparison · row 3, Key Advantage",
                  "faq exosome-vs-stem-cell · answer", "reference frontiers-exosomes-bbb · title"):
        assert place in result.stdout
    places = [line for line in result.stdout.splitlines() if " · " in line]
    assert len(places) == len(set(places))  # one hit per place
    assert result.stdout.rstrip().endswith(f"{len(places)} places in 6 parts of the article.")


def test_search_json_offsets_point_at_the_hit(invoke: Invoke) -> None:
    data = json.loads(invoke("search", "ozek", "--json").stdout)
    assert data["query"] == "ozek" and data["hits"]
    for hit in data["hits"]:
        assert hit["text"][hit["start"]:hit["end"]] == "Özek"


def test_search_highlights_the_hit_on_a_terminal(invoke: Invoke) -> None:
    result = invoke("search", "riluzole", env={"FORCE_COLOR": "1"})
    assert "\x1b[1;7mRiluzole\x1b[0m" in result.stdout


def test_search_without_hits_exits_1(invoke: Invoke) -> None:
    result = invoke("search", "unobtainium")
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert result.stdout == "" and "no matches for 'unobtainium'" in result.stderr
    as_json = invoke("search", "unobtainium", "--json")
    assert as_json.exit_code == ExitCode.CONTENT_PROBLEMS and json.loads(as_json.stdout)["hits"] == []


def test_show_prints_the_whole_article_in_reading_order(invoke: Invoke) -> None:
    result = invoke("show", env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK
    order = ["Stem Cell Therapy in ALS Disease", "What is ALS", "ALS Stem Cell Therapy Comparison Table",
             "Case Analysis (Anonymous)", "Comparison Table: Advantages", "Frequently Asked Questions",
             "Expert Consultation", "Scientific References and Sources", "Book an Appointment Now",
             "→ Go to the Appointment Form"]
    positions = [result.stdout.index(text) for text in order]
    assert positions == sorted(positions)
    assert invoke("read", env={"COLUMNS": "200"}).stdout == result.stdout


@pytest.mark.parametrize("flag", ["--pager", "--no-pager"])
def test_show_pager_flags_print_everything_when_piped(invoke: Invoke, flag: str) -> None:
    result = invoke("show", flag)
    assert result.exit_code == ExitCode.OK and "Book an Appointment Now" in result.stdout


@pytest.mark.parametrize("args", [("faq", "--all"), ("show",), ("search", "stabilization"), ("section", "faq"),
                                  ("show", "--json"), ("search", "stabilization", "--json"), ("sections",),
                                  ("refs",), ("table",), ("section", "expected-effects-2")])
def test_no_reader_command_prints_the_editorial_note(invoke: Invoke, args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitCode.OK
    assert NOTE_WORDS not in result.stdout and "Analysis Note" not in result.stdout
    assert "miraculous cure" not in result.stdout


def test_invalid_content_is_refused_with_a_hint(invoke: Invoke, content_copy: Path, article_dir: Path) -> None:
    edit(article_dir / "faq.yaml", "  question: Does stem", "  questoin: Does stem")
    result = invoke("faq", "--content", str(content_copy))
    assert result.exit_code == ExitCode.CONTENT_PROBLEMS
    assert result.stdout == ""
    assert "faq.yaml:6:3: error S202 unknown key 'questoin'" in result.stderr
    assert "run `alsinfo validate` for the full report" in result.stderr


def test_content_root_with_several_articles_needs_article(invoke: Invoke, content_copy: Path,
                                                          article_dir: Path) -> None:
    import shutil

    shutil.copytree(article_dir, content_copy / "second-article")
    result = invoke("faq", "--content", str(content_copy))
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "choose one with --article ID (articles: als-stem-cell-therapy, second-article)" in result.stderr
    assert invoke("faq", "--content", str(content_copy), "--article", "second-article").exit_code == ExitCode.OK
    unknown = invoke("faq", "--content", str(content_copy), "--article", "third")
    assert unknown.exit_code == ExitCode.USAGE_ERROR and "no article 'third'" in unknown.stderr


def test_environment_variable_points_at_other_content(invoke: Invoke, content_copy: Path, article_dir: Path) -> None:
    edit(article_dir / "faq.yaml", "Does stem cell therapy completely cure ALS?", "Is ALS curable today?")
    result = invoke("faq", env={"ALSINFO_CONTENT": str(content_copy)})
    assert "Is ALS curable today?" in result.stdout


def test_json_goes_to_stdout_only_and_is_plain(invoke: Invoke) -> None:
    for args in (("faq", "--json"), ("table", "--json"), ("refs", "--json")):
        result = invoke(*args, env={"FORCE_COLOR": "1"})
        assert result.stderr == "" and "\x1b" not in result.stdout
        assert json.loads(result.stdout)["article"] == "als-stem-cell-therapy"


def test_colour_only_on_terminals_or_when_forced(invoke: Invoke) -> None:
    assert "\x1b[" not in invoke("faq", "3").stdout
    assert "\x1b[" in invoke("faq", "3", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in invoke("faq", "3", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in invoke("faq", "3", "--no-color", env={"FORCE_COLOR": "1"}).stdout


@pytest.mark.parametrize("command, words", [("faq", ("side", "effects")), ("search", ("stem", "cell", "therapy"))])
def test_words_need_no_quotes(invoke: Invoke, command: str, words: tuple[str, ...]) -> None:
    quoted, unquoted = invoke(command, " ".join(words)), invoke(command, *words)
    assert unquoted.exit_code == quoted.exit_code == ExitCode.OK
    assert unquoted.stdout == quoted.stdout
    assert json.loads(invoke(command, *words, "--json").stdout)["query"] == " ".join(words)


def test_faq_lists_close_matches_best_first_instead_of_choosing_one(invoke: Invoke) -> None:
    result = invoke("faq", "stem", "cell", "--json")
    numbers = [entry["number"] for entry in json.loads(result.stdout)["entries"]]
    assert result.exit_code == ExitCode.OK and len(numbers) > 1
    single = json.loads(invoke("faq", "optimal", "time", "--json").stdout)["entries"]
    assert [entry["id"] for entry in single] == ["optimal-timing"]


def test_a_question_number_is_the_whole_query(invoke: Invoke) -> None:
    result = invoke("faq", "3", "4")
    assert result.exit_code == ExitCode.USAGE_ERROR and "one question at a time" in result.stderr
    assert json.loads(invoke("faq", "3", "--json").stdout)["entries"][0]["number"] == 3


@pytest.mark.parametrize("args, chosen", [
    (("table", "1"), "stem-cell-therapy-comparison"),
    (("table", "application", "methods"), "application-methods-comparison"),
    (("section", "3"), "clinical-findings"),
    (("section", "what", "is", "als"), "what-is-als"),
    (("section", "glutamate"), "glutamate-excitotoxicity-stem-cells"),
])
def test_tables_and_sections_by_number_or_title_words(invoke: Invoke, args: tuple[str, ...], chosen: str) -> None:
    data = json.loads(invoke(*args, "--json").stdout)
    found = data["tables"][0]["id"] if args[0] == "table" else data["section"]["id"]
    assert found == chosen


def test_ambiguous_title_words_list_the_candidates(invoke: Invoke) -> None:
    result = invoke("section", "stem", "cell")
    assert result.exit_code == ExitCode.USAGE_ERROR and "several sections fit 'stem cell'" in result.stderr
    assert invoke("table", "9").exit_code == ExitCode.USAGE_ERROR


def test_table_and_outline_show_ids_and_numbers(invoke: Invoke) -> None:
    assert "Table 2  [application-methods-comparison]" in invoke("table").stdout
    assert "3. Clinical Findings" in invoke("sections", env={"COLUMNS": "200"}).stdout


def _texts_shown_by(args: tuple[str, ...]) -> list[str]:
    """What a reader command must show whole, whatever the width."""
    from alsinfo.catalog import all_checks
    from tests.helpers import load_article

    article = load_article()
    if args == ("rules",):
        return [check.summary for check in all_checks()]
    if args[0] == "rules":
        return [f"search_parameters = {['q', 'query', 'term', 'cond', 'search', 'keywords']!r}"]
    if args == ("faq",):
        return [entry.question for entry in article.faq]
    if args[0] == "faq":
        return [article.faq[2].question, article.faq[2].answer]
    if args[0] == "refs":
        return [text for ref in article.references for text in (ref.title, ref.source, ref.url)]
    return [cell for row in article.tables[0].rows for cell in row]


@pytest.mark.parametrize("args", [("rules",), ("faq",), ("refs",), ("table", "1"), ("rules", "HC105"), ("faq", "3")])
def test_nothing_is_cut_at_40_columns(invoke: Invoke, args: tuple[str, ...]) -> None:
    narrow = invoke(*args, env={"COLUMNS": "40"}).stdout
    assert "…" not in narrow
    words = " ".join(narrow.split())
    for text in _texts_shown_by(args):
        assert " ".join(text.split()) in words, text
    for url in re.findall(r"https://\S+", narrow):
        assert "\n" not in url  # a URL is kept on one line, whole


def test_wrapped_list_entries_keep_a_hanging_indent(invoke: Invoke) -> None:
    lines = invoke("faq", env={"COLUMNS": "40"}).stdout.splitlines()[1:]
    assert all(line.startswith((" ", "1", "2", "3", "4", "5", "6")) for line in lines)
    assert all(line.startswith("    ") for line in lines if not line.lstrip()[:1].isdigit())


def test_search_covers_every_article_and_names_it(invoke: Invoke, content_copy: Path, article_dir: Path) -> None:
    import shutil

    shutil.copytree(article_dir, content_copy / "second-article")
    edit(content_copy / "second-article" / "sections.yaml", "Riluzole", "Edaravone")
    broken = content_copy / "third-article"
    shutil.copytree(article_dir, broken)
    (broken / "faq.yaml").write_text("entries: [\n")
    result = invoke("search", "riluzole", "--content", str(content_copy))
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith("als-stem-cell-therapy: section cellular-support-protocols")
    assert result.stdout.rstrip().endswith("of 1 of 2 articles.")
    assert "not searched, as they have errors (see `alsinfo validate`): third-article" in result.stderr
    missed = invoke("search", "unobtainium", "--content", str(content_copy))  # not "not there": not where looked
    assert missed.exit_code == ExitCode.CONTENT_PROBLEMS
    assert "no matches for 'unobtainium' in the articles searched" in missed.stderr
    data = json.loads(invoke("search", "edaravone", "--content", str(content_copy), "--json").stdout)
    assert data["articles"] == ["als-stem-cell-therapy", "second-article"] and "article" not in data
    assert {hit["article"] for hit in data["hits"]} == {"second-article"}
    from jsonschema import Draft202012Validator

    from alsinfo.resources import schemas_dir

    schema = json.loads((schemas_dir() / "output" / "search.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(data)
    one = json.loads(invoke("search", "riluzole", "--content", str(content_copy), "-a", "second-article",
                            "--json").stdout)
    assert one["article"] == "second-article" and one["hits"] == []
