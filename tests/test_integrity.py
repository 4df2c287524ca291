"""Cross-file checks on a copy of the shipped article: ids, links, table rows, files and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from alsinfo.problems import Problem
from tests.conftest import edit
from tests.helpers import check_folder

TODAY = dt.date(2026, 11, 25)


def run(article_dir: Path) -> list[Problem]:
    return list(check_folder(article_dir, today=TODAY, base=article_dir.parent).problems)


def test_shipped_article_has_no_problems(article_dir: Path) -> None:
    assert run(article_dir) == []


def test_duplicate_id_across_files_names_the_first_use(article_dir: Path) -> None:
    edit(article_dir / "faq.yaml", "id: side-effects", "id: what-is-als")
    (problem,) = run(article_dir)
    assert problem.rule == "I301" and problem.file == "als-stem-cell-therapy/faq.yaml"
    assert "already used in sections.yaml at line 4" in problem.message


def test_unresolved_table_link_suggests_the_id(article_dir: Path) -> None:
    edit(article_dir / "sections.yaml", "table: application-methods-comparison", "table: application-method-comparison")
    problem, unplaced = run(article_dir)
    assert problem.rule == "I302" and problem.path.endswith(".table")
    assert "did you mean 'application-methods-comparison'?" in problem.message
    # ... and the table the link meant to place is now placed nowhere.
    assert unplaced.rule == "I311" and unplaced.severity.value == "warning"
    assert "table 'application-methods-comparison' is not placed" in unplaced.message


def test_links_from_faq_and_notes_and_cites(article_dir: Path) -> None:
    edit(article_dir / "faq.yaml", "  answer: Based on current",
         "  sections: [no-such-section]\n  references: [pubmed-glutamate-excitotoxicity]\n  answer: Based on current")
    edit(article_dir / "article.yaml", "anchor: expected-effects-2", "anchor: expected-effect-2")
    edit(article_dir / "sections.yaml", "  - type: paragraph\n    text: ALS is a",
         "  - type: paragraph\n    cites: [nature-review-neurology]\n    text: ALS is a")
    found = {(p.file.split("/")[-1], p.path) for p in run(article_dir) if p.rule == "I302"}
    assert found == {("faq.yaml", "$.entries[0].sections[0]"), ("article.yaml", "$.editorial_notes[0].anchor"),
                     ("sections.yaml", "$.sections[0].blocks[0].cites[0]")}


def test_link_into_a_missing_file(article_dir: Path) -> None:
    (article_dir / "tables.yaml").unlink()
    found = [p for p in run(article_dir) if p.rule == "I302"]
    assert len(found) == 2 and all("this article has no tables.yaml" in p.message for p in found)


def test_row_with_too_few_cells(article_dir: Path) -> None:
    edit(article_dir / "tables.yaml", "  - - Exosome\n    - Intercellular\n", "  - - Exosome\n")
    (problem,) = run(article_dir)
    assert problem.rule == "I303"
    assert problem.message == \
        "row 3 of table 'application-methods-comparison' has 3 cells, but the table has 4 columns"


def test_missing_and_unknown_files(article_dir: Path) -> None:
    (article_dir / "sections.yaml").unlink()
    (article_dir / "faqs.yaml").write_text("entries: []\n")
    found = {(p.rule, p.file) for p in run(article_dir)}
    assert ("I304", "als-stem-cell-therapy/sections.yaml") in found
    assert ("I305", "als-stem-cell-therapy/faqs.yaml") in found


def test_dates_must_be_real_and_not_in_the_future(article_dir: Path) -> None:
    edit(article_dir / "article.yaml", "language: en\n",
         "language: en\npublished: 2026-02-30\nlast_reviewed: 2027-01-01\n")
    found = {p.rule: p for p in run(article_dir)}
    assert found["I306"].message == "'published' is '2026-02-30', which is not a real date"
    assert found["I306"].line == 6
    assert "in the future (today is 2026-11-25)" in found["I307"].message


def test_review_before_publication_is_a_warning(article_dir: Path) -> None:
    edit(article_dir / "article.yaml", "language: en\n",
         "language: en\npublished: 2025-05-01\nlast_reviewed: 2025-01-01\n")
    (problem,) = run(article_dir)
    assert problem.rule == "I308" and problem.severity.value == "warning"


def test_a_file_that_breaks_its_schema_still_has_its_links_and_ids_checked(article_dir: Path) -> None:
    edit(article_dir / "faq.yaml", "  question: Does stem", "  questoin: Does stem")  # a schema error
    edit(article_dir / "faq.yaml", "id: side-effects", "id: optimal-timing")  # a duplicate id
    edit(article_dir / "faq.yaml", "id: complete-cure", "id: complete-cure\n  references: [nowhere]")
    rules = sorted({problem.rule for problem in run(article_dir)})
    assert rules == ["I301", "I302", "S201", "S202"]  # all in one run


def test_links_into_a_file_that_breaks_its_schema_are_not_reported_twice(article_dir: Path) -> None:
    edit(article_dir / "tables.yaml", "- id: application-methods-comparison", "- idd: application-methods-comparison")
    assert {problem.rule for problem in run(article_dir)} == {"S201", "S202"}  # no I302 from sections.yaml


JSONISH = st.recursive(st.none() | st.text(max_size=5) | st.integers(),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                           st.sampled_from(["id", "sections", "blocks", "type", "table", "entries", "cites", "items",
                                            "references", "tables", "columns", "rows", "editorial_notes", "anchor",
                                            "published", "last_reviewed", "title"]), inner, max_size=4),
                       max_leaves=20)


@given(st.dictionaries(st.sampled_from(["article", "sections", "tables", "faq", "references"]), JSONISH, min_size=1))
@settings(max_examples=200, deadline=None)
def test_integrity_never_fails_on_files_of_any_shape(data: dict[str, object]) -> None:
    import json

    from alsinfo import integrity
    from alsinfo.loader import load_bytes

    documents = {}
    for kind, value in data.items():
        loaded = load_bytes(json.dumps(value).encode(), f"{kind}.yaml")  # JSON is YAML
        if loaded.document is not None:
            documents[kind] = loaded.document
    problems = integrity.check_article(documents, valid=frozenset(), present=frozenset(documents), today=TODAY)
    assert all(problem.rule.startswith("I") for problem in problems)
