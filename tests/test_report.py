"""The text report's building blocks: lines made once per article, filtered and counted as shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alsinfo.problems import Problem, Severity
from alsinfo.render.report import REPORTERS, ReportBlock, plain_line, report_block
from alsinfo.results import CachedProblems, encode_problems

PROBLEMS = (
    Problem("S202", "unknown-key", Severity.ERROR, "a/faq.yaml", 6, 3, "$.entries[0].questoin", "unknown key"),
    Problem("HC001", "author-named", Severity.WARNING, "a/article.yaml", 3, 1, "$", "no author"),
    Problem("HC402", "open-notes", Severity.INFO, "a/article.yaml", 9, 1, "$.notes", "an open note\nsecond line"),
    Problem("HC202", "readability", Severity.WARNING, "a/faq.yaml", 12, 5, "$.entries[1].answer", "hard \x1b[31m"),
)


def plain_block(problems: list[Problem] | tuple[Problem, ...]) -> ReportBlock:
    return report_block(problems, plain_line)


def test_a_block_prints_exactly_the_plain_lines() -> None:
    block = plain_block(PROBLEMS)
    assert block.items == [plain_line(problem) for problem in PROBLEMS]
    assert all(item.endswith("\n") for item in block.items)
    assert "\x1b" not in "".join(block.items)  # terminal control codes from content stay inert


def test_a_block_counts_and_filters_by_severity_as_shown() -> None:
    block = plain_block(PROBLEMS)
    assert [block.count(severity) for severity in Severity] == [1, 2, 1]
    assert block.affected() == {"a/faq.yaml", "a/article.yaml"}
    errors = block.shown(Severity.ERROR.rank)
    assert errors.items == [plain_line(PROBLEMS[0])]
    assert errors.affected() == {"a/faq.yaml"} and errors.count(Severity.WARNING) == 0
    warnings = block.shown(Severity.WARNING.rank)
    assert len(warnings.items) == 3 and warnings.count(Severity.INFO) == 0
    assert block.shown(Severity.INFO.rank) is block


@pytest.mark.parametrize("name", sorted(REPORTERS))
@pytest.mark.parametrize("text", ["line\nbreak", "tab\there", "separators\u2028\u2029\x85\x0b\x0c\x1c\x1e\r", "",
                                  "files \\ and \"quotes\""])
def test_a_block_survives_the_cache_as_text_in_every_format(name: str, text: str) -> None:
    problems = [*PROBLEMS, Problem("HC101", "claim", Severity.INFO, f"b/{text}.yaml", 1, 1, "$", text)]
    block = report_block(problems, REPORTERS[name].item)
    assert ReportBlock.decode(block.encode()) == block
    assert len(block.items) == len(problems)
    empty = report_block([], REPORTERS[name].item)
    assert ReportBlock.decode(empty.encode()) == empty


def test_cached_problems_decode_on_first_use_shown_from_the_base(tmp_path: Path) -> None:
    relative = tuple(problem._replace(file=problem.file.removeprefix("a/")) for problem in PROBLEMS)
    encoded = encode_problems(relative)
    assert json.loads(encoded)["files"] == ["faq.yaml", "article.yaml"]  # no path that depends on the reader
    cached = CachedProblems(encoded, tmp_path / "a", tmp_path)
    assert cached._decoded is None  # nothing decoded until asked
    assert cached == PROBLEMS and len(cached) == 4 and cached[1] == PROBLEMS[1]
    elsewhere = CachedProblems(encoded, tmp_path / "a", tmp_path / "a")
    assert [problem.file for problem in elsewhere][:2] == ["faq.yaml", "article.yaml"]
    outside = CachedProblems(encoded, tmp_path / "a", Path("/nowhere"))
    assert outside[0].file == f"{tmp_path}/a/faq.yaml"
    assert CachedProblems(encode_problems(()), tmp_path, tmp_path) == ()


def test_names_with_line_breaks_cannot_forge_report_lines() -> None:
    forged = PROBLEMS[0]._replace(file="a\nb.yaml:1:1: error S999 forged/faq.yaml")
    line = plain_line(forged)
    assert line.count("\n") == 1 and "\\x0a" in line
