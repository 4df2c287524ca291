"""Editorial rules for health content, one module per rule, found by the registry below.

A rule module has a docstring (its documentation: what, why, bad and good content), ``ID``
(e.g. ``HC101``), ``NAME`` (e.g. ``claim-needs-citation``), ``SEVERITY``, ``OPTIONS`` (name →
default) and ``check(context, options)``, a generator of findings. Adding a rule is adding a
module here; nothing else changes.

A rule that judges prose by its words sets ``LANGUAGES`` (e.g. ``("en",)``): on an article in
another language it is skipped, and one notice says so (M002).

A rule that reads ``context.today`` also defines ``valid_until(context, options)``: the last day
its findings stay as they are today (None: any day), so a cached result lasts exactly that long.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, NamedTuple

from alsinfo.problems import Severity
from alsinfo.rules._api import Finding, RuleContext

Check = Callable[[RuleContext, Mapping[str, Any]], Iterator[Finding]]
Horizon = Callable[[RuleContext, Mapping[str, Any]], "dt.date | None"]


class Rule(NamedTuple):
    id: str
    name: str
    severity: Severity
    options: Mapping[str, Any]
    doc: str
    check: Check
    valid_until: Horizon | None = None  # only for rules whose findings depend on today's date
    languages: tuple[str, ...] | None = None  # the languages it can judge (primary subtags); None: any

    def judges(self, language: str) -> bool:
        return self.languages is None or language.split("-")[0].lower() in self.languages

    @property
    def summary(self) -> str:
        """The first line of the rule's documentation."""
        return self.doc.strip().splitlines()[0]


@cache
def registry() -> dict[str, Rule]:
    """Every rule module of this package, by rule id, in id order."""
    found: dict[str, Rule] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        rule = Rule(module.ID, module.NAME, Severity(module.SEVERITY), dict(module.OPTIONS),
                    (module.__doc__ or "").strip(), module.check, getattr(module, "valid_until", None),
                    getattr(module, "LANGUAGES", None))
        if rule.id in found:
            raise RuntimeError(f"rule id {rule.id} is used by two modules")
        found[rule.id] = rule
    return dict(sorted(found.items()))


def iter_findings(rule: Rule, context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    return rule.check(context, {**rule.options, **options})
