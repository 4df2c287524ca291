"""Inline suppression: `# alsinfo: ignore[HC101]` on the flagged line or the line above."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from alsinfo.loader import Document
from alsinfo.problems import Problem, ProblemKind, Severity

UNUSED = ProblemKind("M001", "unused-suppression", Severity.INFO,
                     "An `# alsinfo: ignore[...]` comment that suppresses nothing.")

_COMMENT = re.compile(r"#\s*alsinfo:\s*ignore\[([^\]]*)\]")


class Suppression(NamedTuple):
    file: str
    line: int
    column: int
    rule: str


def suppressions(documents: Iterable[Document]) -> list[Suppression]:
    found = []
    for document in documents:
        if "alsinfo:" not in document.source:
            continue  # no suppression comment: no need to look line by line
        for number, text in enumerate(document.lines, start=1):
            for match in _COMMENT.finditer(text):
                for rule in (part.strip() for part in match.group(1).split(",")):
                    if rule:
                        found.append(Suppression(document.file, number, match.start() + 1, rule))
    return found


def apply(problems: list[Problem], documents: Mapping[str, Document], suppressible: set[str]) -> list[Problem]:
    """Drop suppressed problems of the ``suppressible`` rules, and report comments that suppressed nothing."""
    comments = suppressions(documents.values())
    by_place = {(s.file, s.line, s.rule): s for s in comments}
    used: set[Suppression] = set()
    kept = []
    for problem in problems:
        hit = None
        if problem.rule in suppressible:
            hit = by_place.get((problem.file, problem.line, problem.rule)) or \
                by_place.get((problem.file, problem.line - 1, problem.rule))
        if hit is None:
            kept.append(problem)
        else:
            used.add(hit)
    for comment in comments:
        if comment not in used:
            reason = "suppresses nothing here" if comment.rule in suppressible else "is not a rule that can be ignored"
            kept.append(UNUSED.at(comment.file, comment.line, comment.column, (),
                                  f"suppression of '{comment.rule}' {reason}; remove it"))
    return kept
