"""No claims that regulators act on in stem-cell and regenerative-medicine marketing.

Why: the FDA's and FTC's actions against stem-cell and exosome clinics name the same signs again
and again, and patients are harmed by them:
- a regulator's registration or approval used as an endorsement ("our FDA-registered
  laboratory", "FDA-approved stem cells"): registering a laboratory says nothing about whether a
  treatment is safe or works, and no stem cell product for ALS is approved;
- a clinical trial used as a sales point ("offered within a registered clinical trial, so you can
  be confident it works", paying to join a "trial", ClinicalTrials.gov as proof);
- a therapy the text itself calls experimental, unproven or investigational, said to cure or
  treat the disease (in the same text, or elsewhere in the article naming the same therapy);
- a patient's testimonial of cure ("After three infusions my father was cured").

Neutral statements pass: "No stem cell therapy for ALS is approved by the FDA", "Ask whether the
trial is registered", "Clinical trials test whether a treatment is safe". Measured on a labelled
corpus (docs/rules.md).

Bad: `text: Our FDA-registered laboratory prepares every dose, so you can be sure it is safe.`

Good: `text: This therapy is experimental. It is being tested in a registered trial (NCT01234567);
results are not yet known.`
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.rules._api import Finding, Prose, RuleContext, sentences
from alsinfo.rules._claims import lexicon
from alsinfo.rules._english import (
    is_instruction,
    is_question,
    is_research_hope,
    lowered,
    negated_after,
    negated_before,
    provider_voice,
    warned_about,
)

ID = "HC203"
NAME = "regulatory-red-flag"
SEVERITY = "warning"
LANGUAGES = ("en",)  # it reads English sentences
OPTIONS: dict[str, Any] = {}

_REGULATOR = re.compile(
    r"\b(?:fda|ema|mhra|tga|health canada|ce)[- ](?:registered|approved|cleared|listed|certified|compliant"
    r"|inspected|accredited)\b|\b(?:registered|approved|cleared|listed|certified|inspected)\s+(?:with|by)\s+the\s+"
    r"(?:fda|ema|mhra|tga|food and drug administration)\b")
_TRIAL = re.compile(r"\b(?:clinical\s+)?(?:trial|trials|study)\b|\bclinicaltrials\.gov\b")
_PAYMENT = re.compile(r"\b(?:fee|fees|pay|paying|paid|cost|costs|price|dollars|euros|pounds|patient-funded"
                      r"|self-funded|pay-to-participate)\b|[$€£]\s?\d")
_ASSURANCE = re.compile(r"\b(?:assur\w*|proves?|proven|so you (?:can|know|will)|(?:be|feel) confident|guarantee\w*"
                        r"|meets? (?:\w+ )?standards|peace of mind|rest assured|your (?:safety|protection)"
                        r"|first to benefit|among the first|which means|early access)\b")
_EXPERIMENTAL = re.compile(r"\b(?:experimental|unproven|investigational|not (?:yet )?(?:proven|approved)"
                           r"|untested)\b")
_CURE = re.compile(r"\b(?:cur(?:es|ed|ing)|(?:can|will|could|to|does) cure|heal(?:s|ed|ing)?|revers(?:es|ed|ing)"
                   r"|(?:successfully |effectively )?treats|treated successfully|eliminat(?:es|ed|ing)"
                   r"|eradicat(?:es|ed|ing)|(?:has |have )?helped (?:[\w']+ ){0,4}(?:recover|get better|walk again))\b")
_TESTIMONIAL = re.compile(
    r"\b(?:(?:was|were|been|got|is now|are now) (?:completely |fully )?(?:cured|healed)|healed (?:completely|fully)"
    r"|no longer (?:has|have|had) (?:als|ms|mnd|diabetes|parkinson's|arthritis|cancer|symptoms)"
    r"|(?:is|are|was|now) (?:completely )?free (?:of|from) (?:als|ms|mnd|diabetes|parkinson's|arthritis|cancer|symptoms)"
    r"|(?:disappeared|vanished|went away)(?: completely| entirely)? after|walked again"
    r"|(?:patients'|patient|clients') (?:stories|testimonials) (?:prove|show)\w*)\b")
# Words too general to tell one therapy from another across an article.
_GENERIC = {"therapy", "therapies", "treatment", "treatments", "it", "they", "this", "these", "both", "procedure",
            "procedures", "programme", "program", "protocol", "approach", "method", "technique", "intervention",
            "interventions", "session", "sessions", "course", "courses", "product", "products", "dose", "doses"}


class Said(NamedTuple):
    item: Prose
    sentence: str
    lower: str


def _asserted(lower: str, found: re.Match[str]) -> bool:
    return not (negated_before(lower, found.start()) or negated_after(lower, found.end())
                or warned_about(lower, found.start()))


def _flag(said: Said) -> tuple[str, str] | None:
    """The red flag in one sentence (phrase, message), without looking at the rest of the article."""
    lower = said.lower
    for found in _REGULATOR.finditer(lower):
        if _asserted(lower, found) and (provider_voice(lower) or _ASSURANCE.search(lower)):
            return found.group(), ("a regulator's registration or approval is used as an endorsement; it says "
                                   "nothing about whether this treatment is safe or works")
    for found in _TESTIMONIAL.finditer(lower):
        if _asserted(lower, found):
            return found.group(), "a testimonial of cure; a patient's story is not evidence, report what trials found"
    for found in _TRIAL.finditer(lower):
        if _asserted(lower, found) and not is_instruction(lower) and \
                (_ASSURANCE.search(lower) or (_PAYMENT.search(lower) and provider_voice(lower))):
            return found.group(), ("a clinical trial is used as a sales point; a trial tests whether a treatment "
                                   "works, it does not show that it does, and patients do not pay to join one")
    return None


def _therapy_words(lower: str) -> set[str]:
    """The specific treatment words of a sentence ('stem cell therapy' → {'cell'}), singular."""
    lexicon_words = lexicon().interventions
    return {word.rstrip("s") for word in re.findall(r"[a-z][a-z-]+", lower)
            if word not in _GENERIC and lexicon_words.fullmatch(word)}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    said = [Said(item, sentence, lowered(sentence)) for item in context.prose() for sentence in sentences(item.text)
            if not is_question(sentence)]
    said = [one for one in said if not is_research_hope(one.lower)]
    experimental = [one for one in said if any(_asserted(one.lower, found)
                                              for found in _EXPERIMENTAL.finditer(one.lower))]
    reported: set[tuple[str, tuple[Any, ...]]] = set()
    for one in said:
        key = (one.item.kind, one.item.path)
        if key in reported:
            continue  # one finding per text
        flag = _flag(one)
        if flag is None:
            flag = _cure_of_experimental(one, experimental)
        if flag is not None:
            reported.add(key)
            phrase, message = flag
            yield Finding(one.item.kind, one.item.path, f"regulatory red flag in a {one.item.role}: {message}",
                          phrase=phrase)


def _cure_of_experimental(one: Said, experimental: list[Said]) -> tuple[str, str] | None:
    cure = next((found for found in _CURE.finditer(one.lower) if _asserted(one.lower, found)), None)
    if cure is None:
        return None
    words = _therapy_words(one.lower)
    for other in experimental:
        if other.item.path == one.item.path or words & _therapy_words(other.lower):
            where = "this text" if other.item.path == one.item.path else f"the {other.item.role} '{other.sentence}'"
            return cure.group(), (f"'{cure.group()}' is said of a therapy that {where} calls experimental or "
                                  "unproven; an experimental therapy is not known to cure or treat the disease")
    return None
