"""Every check alsinfo can report, structural and editorial, with its documentation."""

from __future__ import annotations

from typing import NamedTuple

from alsinfo.problems import ProblemKind, Severity


class CheckInfo(NamedTuple):
    id: str
    name: str
    severity: Severity
    summary: str
    doc: str


def structural_kinds() -> list[ProblemKind]:
    """The loader's, the schemas', the integrity checks' and the suppression notice's problem kinds."""
    from alsinfo import check, integrity, loader, schemas, suppress

    return [*loader.KINDS, *schemas.KINDS, *integrity.KINDS, *check.KINDS_OF_PROBLEMS, suppress.UNUSED]


def all_checks() -> list[CheckInfo]:
    from alsinfo.rules import registry

    found = [CheckInfo(kind.rule, kind.name, kind.severity, kind.summary, kind.summary)
             for kind in structural_kinds()]
    found.extend(CheckInfo(rule.id, rule.name, rule.severity, rule.summary, rule.doc)
                 for rule in registry().values())
    return sorted(found, key=lambda info: info.id)
