"""Every editorial rule: content that triggers it and content that does not, with id, line and message."""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from alsinfo.config import Config, RuleSettings
from alsinfo.problems import Severity
from alsinfo.rules import registry
from tests.rule_fixture import clean, line_of, paragraph, run, write

Mutation = Callable[[dict[str, Any]], None]


def test_every_rule_module_is_documented_and_registered() -> None:
    rules = registry()
    assert len(rules) >= 19
    for rule_id, rule in rules.items():
        assert rule_id == rule.id and rule_id[:2] == "HC" and len(rule_id) == 5
        assert rule.summary.endswith(".")
        assert "Why:" in rule.doc and ("Bad" in rule.doc or "Example" in rule.doc)
        assert rule.severity in Severity


def test_the_clean_article_passes_every_rule(tmp_path: Path) -> None:
    assert run(write(tmp_path / "a", clean())) == []


def set_in(path: tuple[Any, ...], value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        if value is None:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return mutate


def add_reference(data: dict[str, Any]) -> None:
    data["references"]["references"].append(
        {"id": "ref-three", "title": "Unused.", "source": "A Journal", "url": "https://example.org/unused"})


def duplicate_heading(data: dict[str, Any]) -> None:
    data["sections"]["sections"][1]["title"] = "First part!"


def duplicate_sentence(data: dict[str, Any]) -> None:
    paragraph(data, "Here is one line. This is a short test paragraph.")


def duplicate_question(data: dict[str, Any]) -> None:
    data["faq"]["entries"][1]["question"] = "What is this article, then?"


def two_intervals(data: dict[str, Any]) -> None:
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Visits are at intervals of 3 to 6 months."
    paragraph(data, "Visits are planned at 45-60 day intervals.")


def old_review(data: dict[str, Any]) -> None:
    data["article"]["published"] = "2023-06-01"
    data["article"]["last_reviewed"] = "2024-01-01"
    del data["article"]["next_review"]


def review_due(data: dict[str, Any]) -> None:
    data["article"]["published"] = "2025-06-01"
    data["article"]["last_reviewed"] = "2025-10-01"
    data["article"]["next_review"] = "2026-10-01"  # the fixture's today is 2026-11-25


def reviewer_is_author(data: dict[str, Any]) -> None:
    data["article"]["medical_reviewer"] = {"name": "Dr. test  author", "credentials": "MD"}


PHYSIO = ("Physiotherapists individualise rehabilitation programmes for each patient, combining stretching, "
          "strengthening and cardiovascular conditioning.")


def experimental_cure(data: dict[str, Any]) -> None:
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Test data: the stem cell therapy is still experimental."
    paragraph(data, "Test data: the stem cell therapy cures the disease in most patients.")


def quote_without_attribution(data: dict[str, Any]) -> None:
    del data["sections"]["sections"][0]["blocks"][1]["attribution"]


CASES: list[tuple[str, Mutation, str, str, str]] = [
    # rule, how to break the clean article, file, the line's text, words of the message
    ("HC001", set_in(("article", "authors"), None), "article", "title:", "names no author"),
    ("HC002", set_in(("article", "medical_reviewer"), None), "article", "title:", "names no medical reviewer"),
    ("HC002", set_in(("article", "medical_reviewer"), {"name": "Test Reviewer"}), "article", "medical_reviewer:",
     "'Test Reviewer' has no credentials"),
    ("HC003", old_review, "article", "last_reviewed:",
     "(2024-01-01) is 34 months old, more than 12"),
    ("HC003", set_in(("article", "last_reviewed"), None), "article", "title:", "has no `last_reviewed` date"),
    ("HC003", review_due, "article", "next_review:", "review was due on 2026-10-01 (`next_review`)"),
    ("HC004", set_in(("article", "disclaimer"), None), "article", "title:", "has no medical `disclaimer`"),
    ("HC005", quote_without_attribution, "sections", "- type: quote", "a quote in section 'first' has no attribution"),
    ("HC006", set_in(("article", "disclosures"), None), "article", "title:",
     "does not disclose its funding and conflicts of interest"),
    ("HC006", set_in(("article", "disclosures"), {"funding": "Test data: none."}), "article", "disclosures:",
     "does not disclose its conflicts of interest; add `conflicts_of_interest`"),
    ("HC007", set_in(("article", "contact"), None), "article", "title:", "gives readers no way to contact"),
    ("HC008", set_in(("article", "next_review"), None), "article", "title:", "has no `next_review` date"),
    ("HC008", set_in(("article", "next_review"), "2026-09-01"), "article", "next_review:",
     "the next review (2026-09-01) is not after the last one (2026-10-01)"),
    ("HC008", set_in(("article", "next_review"), "2028-10-01"), "article", "next_review:",
     "is more than 12 months after the last one (2026-10-01)"),
    ("HC009", reviewer_is_author, "article", "medical_reviewer:", "the medical reviewer, Dr. test  author, is also"),
    ("HC101", lambda d: paragraph(d, "Daily stretching can slow the loss of muscle strength in many people."),
     "sections", "Daily stretching", "claims what a treatment does ('slow') but cites no reference"),
    ("HC101", set_in(("faq", "entries", 1, "answer"), "Rest can reduce fatigue."), "faq", "Rest can reduce",
     "the answer to 'question-two' claims what a treatment does ('reduce')"),
    ("HC102", add_reference, "references", "- id: ref-three", "reference 'ref-three' is cited nowhere"),
    ("HC103", set_in(("references", "references", 0, "identifiers", "pmid"), "PMID123"), "references", "pmid:",
     "'PMID123' is not a well-formed PMID"),
    ("HC103", set_in(("references", "references", 0, "identifiers", "doi"), "https://doi.org/10.1/x"), "references",
     "doi:", "is not a well-formed DOI"),
    ("HC103", set_in(("references", "references", 0, "identifiers", "nct"), "NCT123"), "references", "nct:",
     "'NCT123' is not a well-formed NCT"),
    ("HC103", set_in(("references", "references", 0, "identifiers", "isbn"), "978-0-306-40615-6"), "references",
     "isbn:", "'978-0-306-40615-6' is not a well-formed ISBN: an ISBN has 10 or 13 digits and its last one is a "
              "check digit"),
    ("HC103", set_in(("references", "references", 0, "identifiers", "pmcid"), "7350234"), "references",
     "pmcid:", "'7350234' is not a well-formed PMCID"),
    ("HC103", set_in(("article", "authors", 0, "orcid"), "0000-0002-1825-0098"), "article",
     "orcid:", "'0000-0002-1825-0098' is not a well-formed ORCID"),
    ("HC104", set_in(("references", "references", 1, "url"), "http://example.org/other"), "references",
     "http://example.org/other", "does not use https"),
    ("HC105", set_in(("references", "references", 1, "url"), "https://example.org/search?term=als"), "references",
     "search?term", "reference 'ref-two' links to a search page"),
    ("HC201", lambda d: paragraph(d, "Our plan is a guaranteed way to feel well again soon."), "sections",
     "guaranteed", "promotional or absolute wording 'guaranteed' in a paragraph"),
    ("HC203", lambda d: paragraph(d, "Test data: our FDA-registered laboratory makes every dose."), "sections",
     "FDA-registered", "regulatory red flag in a paragraph: a regulator's registration or approval"),
    ("HC203", experimental_cure, "sections", "cures the disease",
     "'cures' is said of a therapy that the paragraph 'Test data: the stem cell therapy is still experimental.' calls"),
    ("HC202", lambda d: paragraph(d, "Multidisciplinary neurological evaluation necessitates comprehensive "
                                     "consideration of individualized therapeutic opportunities and considerable "
                                     "administrative documentation."),
     "sections", "Multidisciplinary", "reads at Flesch-Kincaid grade"),
    ("HC202", lambda d: paragraph(d, PHYSIO), "sections", "Physiotherapists",
     "above 8, the limit for patients; the words that cost most: rehabilitation, Physiotherapists"),
    ("HC301", duplicate_heading, "sections", "First part!", "repeats the heading of section 'first' (line 3)"),
    ("HC302", duplicate_sentence, "sections", "Here is one line",
     "this sentence is already in sections.yaml at line 6"),
    ("HC303", duplicate_question, "faq", "then?", "question 'question-two' asks the same as 'question-one'"),
    ("HC304", set_in(("faq", "entries", 1, "answer"), "Yes."), "faq", "answer: Yes.",
     "the answer to 'question-two' is 1 word"),
    ("HC305", two_intervals, "sections", "intervals of 3 to 6", "the interval 'intervals of 3 to 6 months' "
     "disagrees with '45-60 day intervals' (sections.yaml, line 19); both are intervals of the visit"),
    ("HC401", set_in(("article", "editorial_notes", 0, "publishable"), "true"), "article", "publishable:",
     "editorial note 'note-one' is marked publishable"),
    ("HC402", set_in(("article", "editorial_notes", 0, "status"), "open"), "article", "status: open",
     "editorial note 'note-one' is open"),
]


@pytest.mark.parametrize("rule_id, mutate, kind, line_text, message", CASES,
                         ids=[f"{case[0]}-{n}" for n, case in enumerate(CASES)])
def test_rule_triggers_with_id_line_and_message(tmp_path: Path, rule_id: str, mutate: Mutation, kind: str,
                                                line_text: str, message: str) -> None:
    data = clean()
    mutate(data)
    folder = write(tmp_path / "a", data)
    problems = [p for p in run(folder) if p.rule == rule_id]
    assert problems, run(folder)
    problem = problems[0]
    assert problem.file == f"{kind}.yaml"
    assert problem.line == line_of(folder / f"{kind}.yaml", line_text)
    assert message in problem.message
    assert problem.severity == registry()[rule_id].severity
    # nothing else fires (but the two review-date rules read the same dates: a next review before the
    # last one has passed, and an article without one is judged by age and asked for it; a cure claimed
    # for an experimental therapy is promotion too)
    also = {"HC003": {"HC008"}, "HC008": {"HC003"}, "HC203": {"HC201"}}.get(rule_id, set())
    assert {p.rule for p in run(folder)} <= {rule_id, "HC101", "HC102", *also}


def test_phrase_problems_point_at_the_phrase_column(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Our plan is a guaranteed way to feel well again soon.")
    folder = write(tmp_path / "a", data)
    (problem,) = [p for p in run(folder) if p.rule == "HC201"]
    line = (folder / "sections.yaml").read_text().splitlines()[problem.line - 1]
    assert line[problem.column - 1:].startswith("guaranteed")


@pytest.mark.parametrize("text", ["Is it a cure for ALS?", "It is not a cure.", "There is no miracle here."])
def test_questions_and_negations_are_not_promotional(tmp_path: Path, text: str) -> None:
    data = clean()
    paragraph(data, text)
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC201"]


def test_intervals_that_overlap_agree(tmp_path: Path) -> None:
    data = clean()
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Visits are at intervals of 1 to 2 months."
    paragraph(data, "Visits are planned at 45-60 day intervals.")
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC305"]


def test_options_change_what_a_rule_reports(tmp_path: Path) -> None:
    data = clean()
    old_review(data)
    folder = write(tmp_path / "a", data)
    assert [p.rule for p in run(folder, Config(ignore=("HC008",)))] == ["HC003"]
    relaxed = Config(ignore=("HC008",), rules={"HC003": RuleSettings(options={"max_age_months": 48})})
    assert run(folder, relaxed) == []
    strict = Config(ignore=("HC008",), rules={"HC003": RuleSettings(options={"max_age_months": 6})})
    (problem,) = run(folder, strict)
    assert "more than 6" in problem.message


def test_severity_override(tmp_path: Path) -> None:
    data = clean()
    del data["article"]["disclaimer"]
    folder = write(tmp_path / "a", data)
    (problem,) = run(folder, Config(rules={"HC004": RuleSettings(severity=Severity.ERROR)}))
    assert problem.severity is Severity.ERROR


def test_select_and_ignore(tmp_path: Path) -> None:
    data = clean()
    del data["article"]["disclaimer"]
    del data["article"]["authors"]
    folder = write(tmp_path / "a", data)
    assert [p.rule for p in run(folder, Config(select=("HC004",)))] == ["HC004"]
    assert [p.rule for p in run(folder, Config(ignore=("HC00",)))] == []
    assert [p.rule for p in run(folder, Config(ignore=("HC004",)))] == ["HC001"]


def test_rules_do_not_run_on_structurally_broken_content(tmp_path: Path) -> None:
    data = clean()
    del data["article"]["authors"]
    data["faq"]["entries"][0]["answer"] = ["not", "text"]
    assert {p.rule for p in run(write(tmp_path / "a", data))} == {"S203"}


def test_every_rule_that_reads_today_says_how_long_its_findings_hold() -> None:
    # The validation cache keeps an article's result until the earliest such day; a rule reading
    # today's date without saying so would have its findings served stale.
    import inspect

    for rule in registry().values():
        source = inspect.getsource(inspect.getmodule(rule.check))  # type: ignore[arg-type]
        if "context.today" in source:
            assert rule.valid_until is not None, f"{rule.id} reads today's date but has no valid_until"


@pytest.mark.parametrize("reviewed, today, last_day", [
    ("2026-10-20", "2026-11-25", "2026-12-19"),  # age 1 until the 20th comes round again
    ("2026-01-31", "2026-02-27", "2026-02-28"),  # no 31 February: age 1 from 1 March
    ("2025-11-25", "2026-11-25", "2026-12-24"),  # 12 months today, 13 from 25 December
])
def test_a_review_date_finding_holds_until_the_age_in_months_changes(reviewed: str, today: str,
                                                                      last_day: str) -> None:
    import datetime as dt

    from alsinfo.rules import hc003_review_currency as rule

    context = Namespace(article=Namespace(last_reviewed=reviewed, next_review=None),
                        today=dt.date.fromisoformat(today))
    assert rule.valid_until(context, rule.OPTIONS) == dt.date.fromisoformat(last_day)  # type: ignore[arg-type]
    undated = Namespace(article=Namespace(last_reviewed=None, next_review=None), today=dt.date.fromisoformat(today))
    assert rule.valid_until(undated, rule.OPTIONS) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("today, last_day", [
    ("2026-11-25", "2027-03-01"),  # not due yet: the verdict holds until the due day
    ("2027-03-01", "2027-03-01"),  # due today: reported from tomorrow
    ("2027-03-02", None),  # overdue: reported, and that does not change
])
def test_a_next_review_date_decides_when_the_review_is_due(today: str, last_day: str | None) -> None:
    import datetime as dt

    from alsinfo.rules import hc003_review_currency as rule

    context = Namespace(article=Namespace(last_reviewed="2026-03-01", next_review="2027-03-01"),
                        today=dt.date.fromisoformat(today))
    expected = None if last_day is None else dt.date.fromisoformat(last_day)
    assert rule.valid_until(context, rule.OPTIONS) == expected  # type: ignore[arg-type]
    findings = list(rule.check(context, rule.OPTIONS))  # type: ignore[arg-type]
    assert bool(findings) == (last_day is None)


def test_an_insecure_url_under_an_escaped_key_is_still_reported(tmp_path: Path) -> None:
    data = clean()
    folder = write(tmp_path / "a", data)
    path = folder / "references.yaml"
    text = path.read_text(encoding="utf-8")
    # "\x75rl" is "url" to YAML: a file need not spell the key for HC104 to read it
    escaped = text.replace("url:", '"\\x75rl":').replace("https://", "http://")
    assert "url" not in escaped
    path.write_text(escaped, encoding="utf-8")
    assert "HC104" in {problem.rule for problem in run(folder)}


@pytest.mark.parametrize(("site_contact", "reported"),
                         [("", True), ("   ", True), ("https://example.org/contact", False)])
def test_a_blank_site_contact_is_no_contact(tmp_path: Path, site_contact: str, reported: bool) -> None:
    data = clean()
    data["article"].pop("contact", None)
    config = Config(rules={"HC007": RuleSettings(options={"site_contact": site_contact})})
    assert ("HC007" in {p.rule for p in run(write(tmp_path / "a", data), config)}) is reported
