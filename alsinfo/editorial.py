"""Run the editorial rules over a structurally valid article, as configured, into problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from alsinfo.config import Config, ConfigError, RuleSettings, find_config, load_config
from alsinfo.problems import ProblemKind, Severity

if TYPE_CHECKING:
    from alsinfo.loader import Document
    from alsinfo.model import Article
    from alsinfo.problems import Problem

# The rules, the model and the loader are imported where they are used: finding which
# configuration applies is on every run's path, a cached run included, and needs none of them.


def known_rules() -> dict[str, Mapping[str, Any]]:
    """Every id configuration may name, with its options: the rules, and the unused-suppression notice."""
    from alsinfo.rules import registry
    from alsinfo.suppress import UNUSED

    return {**{rule.id: rule.options for rule in registry().values()}, UNUSED.rule: {}, LANGUAGE_SKIPPED.rule: {}}


def ignorable_warnings() -> frozenset[str]:
    """The structural checks that only warn, which `ignore` may name besides the editorial rules."""
    from alsinfo.catalog import structural_kinds

    return frozenset(kind.rule for kind in structural_kinds() if kind.severity is not Severity.ERROR
                     and kind.rule not in known_rules())


@cache
def _load_version(path: Path, mtime_ns: int, size: int) -> Config:
    return load_config(path, known_rules(), ignorable_warnings())


def load_found(path: Path) -> Config:
    """The configuration in ``path``, a file find_config found or --config named.

    One parse per file version: many articles under one config share it, an edited file is read again.
    """
    stat = path.stat()
    return _load_version(path, stat.st_mtime_ns, stat.st_size)


def config_for(folder: Path, *, explicit: Path | None = None, isolated: bool = False,
               memo: dict[str, Path | None] | None = None, resolved: bool = False) -> Config:
    """The configuration that applies to an article folder: --config, else the nearest file, else none."""
    if isolated:
        return Config()
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(explicit, 1, "configuration file does not exist")
        return load_found(explicit.resolve())
    found = find_config(folder, memo, resolved=resolved)
    return load_found(found) if found is not None else Config()


class RuleResults(NamedTuple):
    problems: list[Problem]
    valid_until: dt.date | None  # the last day they hold; None: they do not depend on the date


LANGUAGE_SKIPPED = ProblemKind("M002", "rules-skipped-for-language", Severity.INFO,
                               "Editorial rules that cannot judge the article's language did not run on it.")


def check_rules(article: Article, documents: Mapping[str, Document], folder: Path, *,
                today: dt.date, config: Config) -> RuleResults:
    """The editorial problems of a structurally valid article (its model and documents, from
    ``folder``), after configuration and inline suppression, and the last day the date-dependent
    rules among them say the same."""
    from alsinfo.problems import Problem, format_json_path
    from alsinfo.rules import iter_findings, registry
    from alsinfo.rules._api import RuleContext
    from alsinfo.suppress import UNUSED, apply

    context = RuleContext(article, documents, today)
    problems = []
    horizons = []
    unable = [rule.id for rule in registry().values() if config.selects(rule.id) and not rule.judges(article.language)]
    if unable and "article" in documents:
        where = documents["article"].locate(("language",))
        problems.append(LANGUAGE_SKIPPED.at(documents["article"].file, where.line, where.column, ("language",),
                                            f"{', '.join(unable)} cannot judge prose in this article's "
                                            f"language ('{article.language}') and did not run on it"))
    for rule in registry().values():
        if not config.selects(rule.id) or rule.id in unable:
            continue
        settings = config.rules.get(rule.id, RuleSettings())
        if rule.valid_until is not None:
            horizons.append(rule.valid_until(context, {**rule.options, **settings.options}))
        ignored: dict[str, bool] = {}  # per kind of file: per-file ignores resolve paths, once is enough
        for finding in iter_findings(rule, context, settings.options):
            if finding.kind not in ignored:
                ignored[finding.kind] = config.ignored_in(rule.id, folder / documents[finding.kind].file)
            if ignored[finding.kind]:
                continue
            document = documents[finding.kind]
            position = (document.locate_phrase(finding.path, finding.phrase) if finding.phrase
                        else document.locate(finding.path))
            problems.append(Problem(rule.id, rule.name, settings.severity or rule.severity, document.file,
                                    position.line, position.column, format_json_path(finding.path),
                                    finding.message))
    kept = apply(problems, documents, suppressible=set(registry()))
    return RuleResults([problem for problem in kept if problem.rule != UNUSED.rule or config.selects(UNUSED.rule)],
                       min((day for day in horizons if day is not None), default=None))
