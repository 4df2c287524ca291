"""No claims that regulators act on in stem-cell and regenerative-medicine marketing.

Why: the FDA's and FTC's actions against stem-cell and exosome clinics name the same signs again
and again, and patients are harmed by them:
- a regulator's registration or approval used as an endorsement ("our FDA-registered
  laboratory", "FDA-approved stem cells"): registering a laboratory says nothing about whether a
  treatment is safe or works, and no stem cell product for ALS is approved; England's Care Quality
  Commission registers and inspects a clinic and approves no treatment, so its registration is a
  red flag only when it is made an assurance ("regulated by the CQC, which means it is safe");
- a clinical trial used as a sales point ("offered within a registered clinical trial, so you can
  be confident it works", paying to join a "trial", ClinicalTrials.gov as proof);
- a therapy the text itself calls experimental, unproven or investigational, said to cure or
  treat the disease (in the same text, or elsewhere in the article naming the same therapy; not
  another therapy the text names, "… is experimental. Riluzole treats ALS.", nor another disease,
  "… is experimental for ALS" and "… treats knee arthritis");
- a patient's testimonial of cure ("After three infusions my father was cured").

Neutral statements pass: "No stem cell therapy for ALS is approved by the FDA", "Ask whether the
trial is registered", "Clinical trials test whether a treatment is safe". Measured on a labelled
corpus (docs/rules.md).

Option `extra_phrases`: more regular expressions to report (a regulator or a claim a market knows,
"(?:ISO|GMP)[- ]certified"), matched as whole words, case ignored, each said of the sentence it is
in (a negated one, "no clinic can promise …", passes); the same checks as HC201's `extra_phrases`
keep an expression that could backtrack for hours out.

Bad: `text: Our FDA-registered laboratory prepares every dose, so you can be sure it is safe.`

Good: `text: This therapy is experimental. It is being tested in a registered trial (NCT01234567);
results are not yet known.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.config import Patterns
from alsinfo.rules import _extra_phrases as extra_phrases
from alsinfo.rules._api import Finding, Prose, RuleContext, sentences
from alsinfo.rules._claims import lexicon, medicine_name
from alsinfo.rules._english import (
    asserted,
    is_instruction,
    is_question,
    is_research_hope,
    lowered,
    may_testify,
    provider_voice,
    testimony,
)
from alsinfo.rules._phrases import Phrases, phrases_of, words_in

ID = "HC203"
NAME = "regulatory-red-flag"
SEVERITY = "warning"
LANGUAGES = ("en",)  # it reads English sentences
OPTIONS: dict[str, Any] = {"extra_phrases": Patterns()}

_REGULATORS = ("fda", "ema", "mhra", "tga", "ce")
_STATUS = r"(?:registered|approved|cleared|listed|certified|compliant|inspected|accredited)"
_PROFESSION = r"(?:chiropractic|osteopathic|medical|dental|optical|pharmaceutical)"  # the UK's General … Councils
_REGULATOR = Phrases([*phrases_of(
    "regulator", *(f"{body}[- ]{_STATUS}" for body in _REGULATORS), f"(?<=health )canada[- ]{_STATUS}",
    *(f"{status} (?:as an? (?:[\\w-]+ ){{1,3}})?(?:with|by) the (?:fda|ema|mhra|tga|food and drug administration)"
      for status in ("registered", "approved", "cleared", "listed", "certified", "inspected")),
    *(f"{body} (?:clearance|approval|registration)" for body in _REGULATORS),
    # a programme's status made an endorsement: "granted FDA expanded-access status — proof that it works"
    *(f"{body} (?:expanded[- ]access|breakthrough(?: therapy)?|fast[- ]track|orphan(?: drug)?) (?:status|designation)"
      for body in ("fda", "ema", "mhra"))),
    # England's regulator of care services registers and inspects a clinic and approves no treatment; a
    # clinic says it is registered as a matter of course, so only an assurance drawn from it is a red flag
    # so do the UK's registers of professions (osteopaths, doctors, pharmacists …): a registration, not an approval
    *phrases_of("care regulator", "cqc[- ](?:registered|regulated|approved|inspected)",
                *(f"{body}[- ](?:registered|regulated|accredited)" for body in ("gosc", "gcc", "gmc", "gphc", "hcpc",
                                                                              "gdc", "nmc")),
                "regulated by the (?:care quality commission|cqc)",
                "registered with the (?:care quality commission|cqc)",
                *(f"{done} by the (?:care quality commission|cqc)" for done in ("reviewed", "inspected", "rated",
                                                                              "approved")),
                f"(?<=member of the )general {_PROFESSION} council",
                f"registered with the general {_PROFESSION} council",
                *(f"{done} by the hfea" for done in ("licensed", "regulated", "inspected", "approved")),
                "hfea[- ](?:licensed|registered|regulated)")])
# A regulator's status given to a stem-cell or exosome product itself ("FDA-approved stem cell therapy"):
# an endorsement whoever says it, for no such product is approved for these uses.
_PRODUCT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:stem[- ]cells?|exosomes?|cell therap|regenerative|umbilical)")
_TRIAL = Phrases([*phrases_of("trial", "(?<=clinical )trial", "(?<=clinical )trials", "trial", "trials", "study",
                               "clinicaltrials\\.gov", "registry",
                               "modelled on (?:the )?(?:[\\w-]+ )?(?:protocols|research|studies|trials)"),
                  # a fee to take part in research is a red flag by itself ("a one-off £1,200 participation fee …")
                  *phrases_of("paid trial", "participation fee", "participation fees"),
                  *((f"(?<=research ){what}", "trial", frozenset(("research",)))  # "protocol" alone is common
                    for what in ("programme", "program", "protocol"))])
_PAYMENT = re.compile(r"\b(?:fee|fees|pay|paying|paid|cost|costs|price|dollars|euros|pounds|patient-funded"
                      r"|self-funded|pay-to-participate)\b|[$€£]\s?\d")
_ASSURANCE = re.compile(r"\b(?:assur\w*|proves?|proven|so you (?:can|know|will)|(?:be|feel) confident|guarantee\w*"
                        r"|meets? (?:\w+ )?standards|peace of mind|rest assured|your (?:safety|protection)"
                        r"|first to benefit|among the first|which means|early access|(?:can|will) be sure"
                        r"|properly tested|tested for safety|passed (?:the )?(?:\w+ )?(?:safety )?(?:checks|tests)"
                        r"|(?:independently )?verified|(?:the )?(?:safe|smart) choice|(?:trial|clinically)-tested"
                        r"|as seen (?:in|on)|reassur\w*|trust us|oversight|research-grade|ethical review|proving"
                        r"|which is why|choose us|life-changing|(?:completely|totally|perfectly|100%) safe|proof"
                        r"|access to (?:treatment|therapy|the treatment)"
                        r"|official (?:trial )?site|(?:you can|you'll|you will) trust|giving (?:\w+ )?confidence"
                        r"|backed by|officially (?:approved|recognised|recognized|certified)|gold standard"
                        r"|highest (?:\w+ )?standards)\b")
_EXPERIMENTAL = Phrases(phrases_of(
    "experimental", "experimental", "unproven", "investigational", "untested", "unlicensed",
    "(?<=not yet )licensed", "(?<=not )scientifically proven", "(?<=not yet )scientifically proven",
    *(f"(?<=not {yet}){word}" for yet in ("", "yet ") for word in ("proven", "approved"))))
_CURE = Phrases(phrases_of(
    "cure", "cures", "cured", "curing", *(f"(?<={verb} )cure" for verb in ("can", "will", "could", "to", "does")),
    "heal", "heals", "healed", "healing", "reverses", "reversed", "reversing", "treats", "treated successfully",
    "eliminates", "eliminated", "eliminating", "eradicates", "eradicated", "eradicating",
    "helped (?:[\\w']+ ){0,4}(?:recover|get better|walk again)", "removes", "regain", "regains", "regained",
    "restores", "restored", "clears", "cleared", "repairs", "repaired", "regrow", "regrows", "(?<=s )cure",
    "(?<=and )cure",
    "halts", "halted", "arrests", "arrested", "stopped", "helping (?:[\\w']+ ){0,5}(?:get|regain|recover)",
    "helping (?:[\\w']+ ){1,5}again", "stopping", "(?<=s )repair", "(?<=and )treat", "successfully treated",
    "(?<=lasting )relief", "(?<=dramatic )relief", "(?<=complete )relief"))
_CONDITIONS = "(?:als|ms|mnd|diabetes|parkinson's|arthritis|cancer|symptoms)"
_TESTIMONIAL = Phrases([*phrases_of("someone's", "(?<=is )cured", "(?<=are )cured"), *phrases_of(
    "testimonial",
    *(f"(?<={verb} {how}){word}" for verb in ("was", "were", "been", "got", "is now", "are now")
      for how in ("", "completely ", "fully ") for word in ("cured", "healed")),
    *(f"(?<={verb} {how}){word}" for verb in ("is", "are") for how in ("completely ", "fully ")
      for word in ("cured", "healed", "recovered")),
    "healed (?:completely|fully)", f"(?<=no )longer (?:has|have|had) {_CONDITIONS}",
    *(f"(?<={who} )cured" for who in ("he's", "she's")),
    *(f"(?<={verb} {how})free (?:of|from) {_CONDITIONS}" for verb in ("is", "are", "was", "now")
      for how in ("", "completely ")),
    "disappeared (?:completely |entirely )?after", "vanished (?:completely |entirely )?after",
    "went away (?:completely |entirely )?after", "walked again", "i'm (?:completely )?cured",
    "i am (?:completely )?cured", "gone after", "took (?:his|her|my|their) first steps",
    *(f"(?<={who} ){what} (?:prove|show)\\w*" for who in ("patients'", "patient", "clients'")
      for what in ("stories", "testimonials")))])
_FIRST_WORDS = frozenset().union(*(phrases.first_words for phrases in (_REGULATOR, _TRIAL, _EXPERIMENTAL, _CURE,
                                                                          _TESTIMONIAL)))
_SOMEONE = re.compile(r"\b(?:he|she|they|his|her|their|my)\b(?: [\w']+){0,2} \Z")  # before "is cured"
# Words too general to tell one therapy from another across an article.
_GENERIC = {"therapy", "therapies", "treatment", "treatments", "it", "they", "this", "these", "both", "procedure",
            "procedures", "programme", "program", "protocol", "approach", "method", "technique", "intervention",
            "interventions", "session", "sessions", "course", "courses", "product", "products", "dose", "doses",
            "use", "uses", "placebo", "placebos", "extract", "extracts", "app", "apps",
            # how a therapy is given, not which: "This stem cell therapy is experimental. Our infusions cure …"
            "infusion", "infusions", "injection", "injections", "drip", "drips"}


class Said(NamedTuple):
    item: Prose
    sentence: str
    lower: str


def _flag(said: Said, hope: bool) -> tuple[str, str] | None:
    """The red flag in one sentence (phrase, message), without looking at the rest of the article; a
    research hope ("is being studied …") may still use a regulator or a trial as an endorsement."""
    lower = said.lower
    regulators, trials = _REGULATOR.finditer(lower), _TRIAL.finditer(lower)
    testimonials = [] if hope else _TESTIMONIAL.finditer(lower)  # a hope tells no story
    story = None if hope else testimony(lower)  # "'The course cured my ME,' writes Daniel"
    if story is not None and story[2] == "cure":
        testimonials.append(story)
    if not (regulators or testimonials or trials):
        return None
    # What holds for the whole sentence is found once, not again for each phrase in it.
    assured = _ASSURANCE.search(lower) is not None
    provider = provider_voice(lower)
    for start, end, label in regulators:
        if ((provider and label == "regulator") or assured or _PRODUCT_AFTER.match(lower, end)) \
                and asserted(lower, start, end):
            return lower[start:end], ("a regulator's registration or approval is used as an endorsement; it says "
                                      "nothing about whether this treatment is safe or works")
    for start, end, label in testimonials:
        if label == "someone's" and not _SOMEONE.search(lower, max(0, start - 40), start):
            continue  # "he is cured", "his diabetes is cured"; not "hepatitis C is cured in most people"
        if asserted(lower, start, end):
            return lower[start:end], ("a testimonial of cure; a patient's story is not evidence, report what "
                                      "trials found")
    sold = provider and (_PAYMENT.search(lower) is not None or _helped(lower))  # "our …, in a trial, has helped …"
    paid = any(label == "paid trial" for *_, label in trials)
    if trials and (assured or sold or paid) and not is_instruction(lower):
        for start, end, _ in trials:
            if asserted(lower, start, end):
                return lower[start:end], ("a clinical trial is used as a sales point; a trial tests whether a "
                                          "treatment works, it does not show that it does, and patients do not pay "
                                          "to join one")
    return None


_HELPED = re.compile(r"\bhelped (?:[\w']+ ){0,4}(?:regain|recover|walk|get)\b")


def _helped(lower: str) -> bool:
    return "helped" in lower and _HELPED.search(lower) is not None


_WITHOUT = re.compile(r"(?<![\w'-])[\w'-]+-free\b")  # tried at a word's start only: never the square of a long word


@functools.lru_cache(maxsize=1024)
def _therapy_words(lower: str) -> frozenset[str]:
    """The specific treatment words of a sentence, singular ('stem cell therapy' → {'stem cell'};
    'cells' alone, which any text about the body has, is not one)."""
    interventions = lexicon().interventions
    if "-free" in lower:  # "medication-free", "steroid-free": no treatment is named, its absence is
        lower = _WITHOUT.sub(" ", lower)
    found = {word.rstrip("s") for word in words_in(lower)
             if word not in _GENERIC and (word in interventions or medicine_name(word))}
    found.discard("cell")
    if re.search(r"\bstem[- ]cells?\b", lower):
        found.add("stem cell")
    return frozenset(found)


def _worth_reading(lower: str) -> bool:
    """Whether a text has a word a red flag starts with, or may tell a story (most texts: neither)."""
    return not words_in(lower).isdisjoint(_FIRST_WORDS) or may_testify(lower)


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    extra = tuple(options["extra_phrases"])
    said = [Said(item, sentence, lowered(sentence)) for item in context.prose()
            if extra or _worth_reading(item.text.lower())
            for sentence in sentences(item.text) if not is_question(sentence)]
    experimental = [one for one in said if any(asserted(one.lower, start, end)
                                              for start, end, _ in _EXPERIMENTAL.finditer(one.lower))]
    reported: set[tuple[str, tuple[Any, ...]]] = set()
    for one in said:
        key = (one.item.kind, one.item.path)
        if key in reported:
            continue  # one finding per text
        hope = is_research_hope(one.lower)
        flag = _flag(one, hope) or (None if hope else _cure_of_experimental(one, experimental)) \
            or (_editors_flag(one, extra) if extra else None)
        if flag is not None:
            reported.add(key)
            phrase, message = flag
            yield Finding(one.item.kind, one.item.path, f"regulatory red flag in a {one.item.role}: {message}",
                          phrase=phrase)


# A disease a sentence names ("for ALS", "knee arthritis"): a therapy experimental for one disease may be
# established for another, and a sentence of the same text may name another disease.
_DISEASE = re.compile(r"\b(?:amyotrophic lateral sclerosis|motor neurone? disease|lou gehrig's disease"
                      r"|multiple sclerosis|macular degeneration|spinal cord injury"
                      r"|[a-z]+(?:osis|iasis|itis|aemia|emia|pathy|oma)|als|mnd|ms|copd|parkinson's|parkinson"
                      r"|alzheimer's|alzheimer|dementia|stroke|diabetes|asthma|epilepsy|cancer|leukaemia|leukemia"
                      r"|autism|lupus|psoriasis|eczema|depression|obesity|fibromyalgia|migraine|glaucoma)\b")
# One disease by its other names: ALS is motor neurone disease, MS is multiple sclerosis.
_SAME_DISEASE = {"amyotrophic lateral sclerosis": "als", "motor neurone disease": "als", "motor neuron disease": "als",
                 "lou gehrig's disease": "als", "mnd": "als", "multiple sclerosis": "ms", "parkinson's": "parkinson",
                 "alzheimer's": "alzheimer", "leukaemia": "leukemia"}


def _diseases(lower: str) -> frozenset[str]:
    return frozenset(_SAME_DISEASE.get(found.group(), found.group()) for found in _DISEASE.finditer(lower))


def _same_subject(one: Said, other: Said) -> bool:
    """Whether a cure claimed in ``one`` may be for the therapy and disease ``other`` calls experimental:
    the same therapy (any, in the same text, when one of the two names none: "It is experimental. It cures
    ALS.") and no two different diseases ("… experimental for ALS." and "… treats knee arthritis")."""
    mine, theirs = _therapy_words(one.lower), _therapy_words(other.lower)
    same_text = other.item.path == one.item.path
    if not (mine & theirs or (same_text and not (mine and theirs))):
        return False
    my_diseases, their_diseases = _diseases(one.lower), _diseases(other.lower)
    return not (my_diseases and their_diseases and my_diseases.isdisjoint(their_diseases))


def _editors_flag(one: Said, extra: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of an editor's phrases (option `extra_phrases`) the sentence asserts."""
    for start, end in extra_phrases.found_in(one.sentence, extra, ID):
        if asserted(one.lower, start, end):
            phrase = one.sentence[start:end]
            return phrase, f"'{phrase}' is one of this project's red-flag phrases (`extra_phrases`)"
    return None


def _cure_of_experimental(one: Said, experimental: list[Said]) -> tuple[str, str] | None:
    cure = next((one.lower[start:end] for start, end, _ in _CURE.finditer(one.lower)
                 if asserted(one.lower, start, end)), None)
    if cure is None:
        return None
    for other in experimental:
        if _same_subject(one, other):
            where = "this text" if other.item.path == one.item.path else f"the {other.item.role} '{other.sentence}'"
            return cure, (f"'{cure}' is said of a therapy that {where} calls experimental or unproven; an "
                          "experimental therapy is not known to cure or treat the disease")
    return None
