"""A small, fictional test article that passes every editorial rule, to break one rule at a time."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from alsinfo.config import Config
from alsinfo.problems import Problem
from tests.helpers import check_folder

TODAY = dt.date(2026, 11, 25)

_CLEAN: dict[str, Any] = {
    "article": {
        "title": "A Test Article", "language": "en", "audience": ["patients"],
        "authors": [{"name": "Test Author", "credentials": "MD"}],
        "medical_reviewer": {"name": "Test Reviewer", "credentials": "MD, neurologist"},
        "published": "2026-01-10", "last_reviewed": "2026-10-01", "next_review": "2027-10-01",
        "disclosures": {"funding": "Test data: no funding.", "conflicts_of_interest": "Test data: none declared."},
        "contact": {"email": "tests@example.org"},
        "disclaimer": "This test text is not advice.",
        "editorial_notes": [{"id": "note-one", "text": "Checked.", "status": "resolved", "publishable": "false"}],
    },
    "sections": {"sections": [
        {"id": "first", "title": "First Part", "blocks": [
            {"type": "paragraph", "text": "This is a short test paragraph. It has plain words that are easy to read.",
             "cites": ["ref-one"]},
            {"type": "quote", "text": "Plain words help.", "attribution": {"name": "Test Author"}},
            {"type": "table", "table": "table-one"},
        ]},
        {"id": "second", "title": "Second Part", "blocks": [
            {"type": "paragraph", "text": "Here is one more line of text for the test. It is short and clear to all."},
            {"type": "faq"},
        ]},
    ]},
    "tables": {"tables": [{"id": "table-one", "title": "A Table", "columns": ["Name", "Value"],
                           "rows": [["One", "Two"]]}]},
    "faq": {"entries": [
        {"id": "question-one", "question": "What is this article?", "answer": "A test of the editorial rules.",
         "references": ["ref-two"]},
        {"id": "question-two", "question": "Who reads it?", "answer": "The tests of alsinfo do."},
    ]},
    "references": {"references": [
        {"id": "ref-one", "title": "A study.", "source": "A Journal", "url": "https://example.org/study",
         "identifiers": {"pmid": "12345678", "doi": "10.1234/example.5678", "nct": "NCT01234567"}},
        {"id": "ref-two", "title": "Another study.", "source": "A Journal", "url": "https://example.org/other"},
    ]},
}


def clean() -> dict[str, Any]:
    return copy.deepcopy(_CLEAN)


def write(folder: Path, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for kind, content in data.items():
        (folder / f"{kind}.yaml").write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True,
                                                            width=1000), encoding="utf-8")
    return folder


def run(folder: Path, config: Config | None = None, today: dt.date = TODAY) -> list[Problem]:
    return list(check_folder(folder, today=today, config=config if config is not None else Config()).problems)


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def paragraph(data: dict[str, Any], text: str) -> None:
    """Make ``text`` the paragraph that opens the article's second section."""
    data["sections"]["sections"][1]["blocks"][0]["text"] = text


def interval_problems(folder: Path, first: str, second: str) -> list[Problem]:
    """HC305's problems for a clean article whose first section opens with the paragraph ``first`` and
    whose second opens with ``second`` (two statements of intervals to compare)."""
    data = clean()
    data["sections"]["sections"][0]["blocks"][0]["text"] = first
    paragraph(data, second)
    return [problem for problem in run(write(folder, data)) if problem.rule == "HC305"]
