"""No promotional or absolute claims.

Why: health content informs; it does not sell. Regulators (the FTC and FDA on stem-cell clinics),
the NHS Standard for Creating Health Content and HONcode all treat these as signs of untrustworthy
advice, and readers stop trusting a page that uses them:
- superlatives about the provider ("the leading clinic", "world-class", "cutting-edge", "unlike
  our competitors", "the only centre");
- urgency and sales calls ("Book now, places are limited!", "Don't wait");
- guarantees and absolute promises ("guaranteed", "100% safe", "risk-free", "no side effects",
  "safe, effective and promising");
- testimonials of healing or of numbers as proof ("healed completely", "trusted by over a thousand
  patients");
- cure, miracle, breakthrough and reversal asserted ("reverses ALS", "eliminates the disease").

What passes: negation and scope ("A cure has not yet been found", "Be wary of clinics that promise
a cure"), questions, research hopes ("may one day cure"), established clinical terms ("best
supportive care", "breakthrough pain") and neutral comparison ("The strongest evidence is for
exercise", "The best treatment for you depends on …"). Its precision and recall are measured on
a labelled corpus (docs/rules.md). Option `extra_phrases`: more regular expressions to report,
matched as whole words, case ignored.

Bad: `text: Our clinic is the leading centre for this revolutionary treatment. Book now!`

Good: `text: The treatment aims to slow the loss of function; it does not cure ALS.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext, sentences
from alsinfo.rules._english import (
    is_question,
    is_research_hope,
    lowered,
    negated_after,
    negated_before,
    provider_voice,
    warned_about,
)

ID = "HC201"
NAME = "promotional-language"
SEVERITY = "warning"
LANGUAGES = ("en",)  # it reads English sentences
OPTIONS: dict[str, Any] = {"extra_phrases": []}

_DISEASE = (r"(?:the |your |their |his |her )?(?:disease|condition|illness|als|mnd|ms|parkinson's|alzheimer's"
            r"|diabetes|arthritis|asthma|cancer|dementia|pain|back pain|symptoms|ageing|aging|damage|[a-z]+ disease)")
# Each kind of promotion, with the advice for it. Lower-case patterns over a lower-cased sentence.
_KINDS: dict[str, tuple[str, str]] = {
    "superlative": (
        r"\b(?:leading|number one|no\.? ?1|#1|top-rated|premier|foremost|unrivall?ed|unmatched|unparall?eled"
        r"|world-class|world-leading|world-renowned|cutting-edge|state-of-the-art|award-winning|pioneering"
        r"|most (?:advanced|trusted|experienced|innovative|effective|successful)|highest[- ]quality"
        r"|(?:(?<='s )|(?<=our ))(?:strongest|best|most powerful|greatest|finest)\b|(?:strongest|most powerful|greatest)"
        r" (?:['‘’\w-]+ ){0,2}(?:support|treatment|therapy|weapon|tool|solution|hope|defen[cs]e|protection)"
        r"|best (?:clinic|clinics|centre|center|doctors|specialists|team|results|care in|in (?:the|town|europe|class))"
        r"|(?:simply|truly|by far) the best|voted (?:the )?best|the only (?:clinic|centre|center|provider|place|team)"
        r"|only (?:clinic|centre|center) (?:in|to)|unlike (?:our competitors|other (?:clinics|centres|centers|providers))"
        r"|(?:cannot|can't|could not) (?:match|compete)|second to none|like no other|patented|exclusive|innovative"
        r"|ground-?breaking|game-?chang\w*|life-changing|transformative|remarkable (?:results|outcomes|recovery)"
        r"|exceptional (?:results|outcomes|care)|proven track record|success stories|five-star|5-star"
        r"|(?:among|one of) the (?:best|finest|most advanced)|speak for themselves|unique (?:\w+ )?(?:therapy|"
        r"treatment|protocol|method|approach))\b",
        "say what the service offers, not that it is the best"),
    "urgency": (
        r"\b(?:book (?:now|today|your)|call (?:now|today)|act (?:now|fast|today)|(?:don't|do not) wait|hurry"
        r"|limited[- ](?:time|places|spaces|availability|offer)|places are limited|spaces (?:are limited|fill)"
        r"|(?:offer|price|discount) ends|special (?:price|offer)|free consultation|consultation is free"
        r"|reserve your|contact us today|take the first step|gift of hope|money back|while (?:places|stocks) last"
        r"|secure your (?:spot|place|appointment)|enquire (?:now|today)|get started (?:now|today|on)|sign up (?:now|today)"
        r"|\d+\s?% off|no-obligation|free,? (?:no-obligation )?(?:assessment|screening|trial session))\b",
        "drop the sales call; tell readers how to decide and whom to ask"),
    "guarantee": (
        r"\b(?:guarantee[ds]?|100\s?% (?:safe|effective|natural|success)|completely safe|totally safe|perfectly safe"
        r"|risk[- ]free|no side[- ]effects?|without (?:any )?side[- ]effects|safe, effective and|for good|forever"
        r"|for life|once and for all|permanent(?:ly)?|say goodbye to|success rate of (?:9\d|100)\s?%|painless"
        r"|no downtime|works? for (?:almost |nearly )?everyone|naturally and safely|safely and naturally|pain-free"
        r"|clinically proven|(?:our|this) proven|proven (?:\d+-day )?(?:plan|method|programme|program|system|formula))\b",
        "no treatment is certain or free of risk; say what it aims to do and what the evidence shows"),
    "testimonial": (
        r"\b(?:healed (?:completely|fully|for good)|(?:was|were|been|got|is now|are now) (?:cured|healed)"
        r"|walked again|(?:disappeared|vanished|went away) (?:completely|entirely|overnight)"
        r"|trusted by (?:over |more than |nearly |almost )?(?:[\d,]+|an? (?:thousand|hundred)|thousands|hundreds|millions)|thousands of (?:happy |satisfied )?(?:patients|clients|people)"
        r"|(?:happy|satisfied|delighted) (?:patients|clients|customers)|(?:patients'|patient|clients') stories prove"
        r"|feel like new|renewed energy|freedom from|regain(?:ed|s)? full|left walking|(?:is|are|now) free of (?!charge|cost)"
        r"|dramatic (?:improvements?|results|recovery)|transformed (?:their|my|your) "
        r"(?:health|life|lives)|a new life)\b",
        "a patient's story is not evidence; report what studies found"),
    "cure": (
        rf"\b(?:miracle|miraculous(?:ly)?|revolutionary|breakthrough(?! (?:pain|symptoms?|bleeding|infections?|"
        rf"seizures?|cancer pain|therapy designation|device designation))"
        rf"|(?:revers|eliminat|eradicat)(?:e|es|ed|ing) {_DISEASE}|stops? [\w']+(?: \w+)? in (?:its|their) tracks"
        rf"|cur(?:es|ed|ing) {_DISEASE}|(?:can|will|could|to) cure\b|a cure for|(?:very |highly |extremely )"
        rf"promising|promising (?:results|outcomes|treatment|therapy)|delivers? results"
        rf"|boosts? (?:your |the )?immune system|(?:destroys?|kills?) (?:the )?(?:cancer|tumour|tumor) cells"
        rf"|detox(?:ify|ifies|ifying)? (?:your |the )?body|turn back the clock|rejuvenat\w+|heal itself"
        rf"|body's own power|healing journey|gave them (?:years|their lives? back))",
        "say what the treatment aims to do and what the evidence shows"),
}


@functools.lru_cache(maxsize=8)
def _patterns(extra: tuple[str, ...]) -> list[tuple[re.Pattern[str], str]]:
    found = [(re.compile(pattern), advice) for pattern, advice in _KINDS.values()]
    if extra:
        found.append((re.compile(r"\b(?:" + "|".join(extra) + r")\b", re.IGNORECASE),
                      "say what the treatment aims to do and what the evidence shows"))
    return found


# Words of clinic copy that promote only in the provider's own voice ("our very promising results").
_PROVIDER_ONLY = re.compile(r"most effective|most successful|promising|delivers? results|unique|a new life|take the first step|gift of hope|exclusive"
                            r"|innovative|patented|life-changing|transformative|among the|one of the|success stories")


def promotion(sentence: str, extra: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """The promotional words in ``sentence`` and the advice for them, or None."""
    if is_question(sentence):
        return None
    lower = lowered(sentence)
    if is_research_hope(lower):
        return None
    written = sentence if len(sentence) == len(lower) else lower
    for pattern, advice in _patterns(extra):
        for found in pattern.finditer(lower if pattern.flags & re.IGNORECASE == 0 else sentence):
            start, end = found.span()
            if negated_before(lower, start) or negated_after(lower, end) or warned_about(lower, start):
                continue
            if _PROVIDER_ONLY.search(found.group()) and not provider_voice(lower):
                continue
            return written[start:end], advice
    return None


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    extra = tuple(options["extra_phrases"])
    for item in context.prose():
        for sentence in sentences(item.text):
            found = promotion(sentence, extra)
            if found is not None:
                phrase, advice = found
                yield Finding(item.kind, item.path, f"promotional or absolute wording '{phrase}' in a {item.role}; "
                                                    f"{advice}", phrase=phrase)
                break  # one finding per text: the editor rewrites it as a whole
