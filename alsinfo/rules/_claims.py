"""Does an English sentence claim what a treatment or intervention does? (HC101, HC203)

A claim says what a treatment, medicine, procedure, product, diet or activity does or does not do
for health: an effect on an outcome ("can ease stiffness", "prolongs survival"), safety ("is
safe", "does not trigger relapses"), a comparison ("works just as well as running") or figures.
Descriptions of a condition, definitions, instructions, questions, research hopes and "there is
no cure" are not claims. The rule reads the sentence's frame (see _english) and then looks for an
effect predicate whose subject is an intervention or whose object is a health outcome.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from alsinfo.rules._english import (
    clauses,
    is_instruction,
    is_question,
    is_research_hope,
    lowered,
    states_absence,
    warned_about,
    word_list,
)


def _verb(*stems: str) -> str:
    """Inflections of each verb: 'reduc' → reduce, reduces, reduced, reducing."""
    return "|".join(rf"{stem}(?:e|es|ed|ing|s|)" for stem in stems)


# Verbs that state an effect on health when a treatment is their subject or an outcome their object.
_EFFECT = (_verb("slow", "protect", "preserv", "improv", "reduc", "prevent", "eas", "reliev", "lower", "lessen",
                 "shorten", "restor", "repair", "regenerat", "reverse", "prolong", "extend", "halt", "delay", "boost",
                 "strengthen", "increas", "rais", "decreas", "diminish", "attenuat", "alleviat", "minimis", "minimiz",
                 "eliminat", "cur", "heal", "control", "enhanc", "benefit", "destroy", "stabilis", "stabiliz", "regain",
                 "relax", "speed", "lengthen", "fight", "block", "calm", "soothe", "tackl", "combat", "treat",
                 "limit", "maintain", "rebuild", "renew", "rejuvenat", "revitalis", "revitaliz", "normalis", "normaliz")
           + r"|clears|cleared|clearing|cut|cuts|cutting|stops?|stopped|stopping|regrows?|regrew|regrown|keeps?\s+(?:\w+\s+){0,4}"
             r"(?:moving|steady|stable|under control|working|healthy|strong|in check)"
           + r"|get(?:s|ting)? rid of|puts?\s+(?:[\w-]+\s+){1,4}into remission|"
             r"makes?\s+(?:[\w-]+\s+){0,3}(?:easier|better|worse|stronger|weaker|healthier|fitter|work less well|less \w+"
             r"|more \w+|drop|fall|rise|go (?:up|down))|makes? (?:a|an) (?:[\w-]+ )?difference"
           + r"|gives?\s+(?:[\w-]+\s+){1,4}back|takes?\s+(?:[\w-]+\s+){0,4}(?:load|pressure|strain|weight) off"
           + r"|leaves?\s+(?:[\w-]+\s+){0,3}(?:less|more|better|fewer)\s+\w+|saves?\s+(?:\w+\s+)?li(?:fe|ves)"
           + r"|do(?:es)?\s+(?:little|nothing|not much)\s+to\s+(?:help|improve|reduce|ease|relieve)"
           + r"|(?:gives?|provides?|brings?|offers?|delivers?)\s+(?:[\w-]+\s+){0,3}"
             r"(?:relief|improvements?|benefits?|protection|results)"
           + r"|takes?\s+(?:the\s+)?pressure off")
# Verbs that state harm or a bare influence: a claim only when a treatment or activity is the subject.
_HARM = (_verb("caus", "trigger", "damag", "worsen", "aggravat", "harm", "interfer", "impact", "affect", "influenc")
         + r"|wears? out|lead(?:s|ing)? to|led to")
# Help is a claim when what it helps with is an effect or outcome ("helps control blood sugar").
_HELP = r"help(?:s|ed|ing)?"
_STRONG = _verb("cur", "heal", "revers", "eliminat", "regenerat", "repair", "restor", "prolong", "halt") + \
    r"|regrows?|stops?\s+[\w']+(?:\s+\w+)?\s+in (?:its|their) tracks"

# Safety and efficacy said of the subject (a claim when the subject is a treatment).
_SAFE = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|seems?)\s+(?:[\w-]+\s+){0,3}(?:safe|effective|efficacious"
    r"|well[- ]tolerated|harmless|dangerous|unsafe|ineffective|useful|good for|bad for|beneficial|helpful|harmful"
    r"|painless)\b"
    r"|\b(?:safe|effective|proven)(?:,|\s+and)\s+(?:[\w-]+,?\s+){0,3}(?:treatment|therapy|solution|option|method"
    r"|remedy|cure|procedure)")
# Side effects and tolerability: a claim whatever the subject.
_SIDE_EFFECTS = re.compile(
    r"\b(?:few|fewer|no|little|minimal|rare|mild)\s+(?:serious\s+|major\s+|significant\s+)?(?:side[- ]effects"
    r"|complications|adverse effects)\b|\bside[- ]effects\s+(?:are|were|tend to be)\s+(?:\w+\s+)?(?:mild|rare"
    r"|minor|few)\b|\btolerate\w*\s+(?:\w+\s+){0,3}well\b|\brarely caus\w+|\bcarr(?:y|ies)\s+(?:a|an|no|little|some"
    r"|the)\s+(?:\w+\s+)?risk|\bno downtime\b")
_COMPARE = re.compile(
    r"\bwork(?:s|ed)?\s+(?:(?!as\b)[\w'-]+\s+){0,3}?(?:(?:just|about|almost|nearly|much|far|no|slightly|even)\s+)*"
    r"(?:as well as|better|less well"
    r"|best|equally well|as well)\b|\b(?:more|less|as)\s+effective\b|\b(?:better|worse)\s+than\b")
_FIGURES = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:%|per ?cent)|half|a third|a quarter|most|many|\d+ (?:in|out of) \d+)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:patients|people|participants|users|those)\b[^.;]{0,40}\b(?:improv\w*|recover\w*|got better"
    r"|respond\w*|benefit\w*|went into remission|had (?:less|fewer|no))\b"
    r"|\bby (?:about |around |almost |nearly |over |up to )?(?:a third|half|a quarter|\d+(?:\.\d+)?\s*(?:%|per ?cent))"
    r"|\bworks?\s+(?:well\s+)?for\s+(?:almost\s+|nearly\s+)?(?:everyone|everybody|most|all|\d+)")
# "Less likely to end up in hospital": a claim when a treatment or its use comes before it.
_LIKELY = re.compile(r"\b(?:less|more) likely to (?:end up|have|need|develop|get|be admitted|die|fall|break|relapse"
                     r"|survive|recover)\b")
# Outcomes after a verb ("have less pain", "experience a stabilisation", "live longer").
_OUTCOME_PHRASE = re.compile(
    r"\b(?:have|has|had|with|experience[sd]?|see|saw|notice[sd]?|report(?:s|ed)?|f[io]und|achieved?|enjoy(?:s|ed)?"
    r"|gain(?:s|ed)?)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:less|fewer|no more|reduced|lower|better|improved|renewed|marked|significant|dramatic)\s+\w+"
    r"|(?:stabili[sz]ation|improvement|reduction|relief|remission|freedom from)\b)"
    r"|\b(?:linked|associated|tied)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:lower|higher|reduced|increased|better|worse|less"
    r"|more|fewer)\b|\b(?:has|have|had)\s+(?:only\s+)?(?:a|an|no|little|some)\s+(?:[\w-]+\s+)?(?:effect|impact)\s+on\b"
    r"|\b(?:is|are|was|were|been|be|now|become|became|stay|remain)\s+(?:now\s+)?(?:completely\s+|totally\s+)?free\s+"
    r"(?:of|from)\s+(?!charge|cost)|\b(?:pain|symptom|symptoms|relapse|seizure|migraine|headache)-free\b"
    r"|\bturns?\s+back the clock\b|\b(?:lead|leads|led|leading)\s+to\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:reduction|improvement"
    r"|remission|relief|stabili[sz]ation|recovery|fewer|less|lower|better)"
    r"|\b(?:live|lives|living|move|moving|sleep|breathe|walk|walked|communicate|recover|feel)\s+(?:much\s+|a lot\s+)?"
    r"(?:longer|better|faster|more easily|again|like new|well again)\b"
    r"|\b(?:disappear|vanish|resolv|clear|went away|go away|goes away)\w*(?:\s+up)?\s+(?:\w+\s+){0,2}after\b"
    r"|\bsay goodbye to\b|\b[a-z]+-free\s+(?:for life|for good|forever)\b")

_OUTCOMES = word_list(
    "pain stiffness spasticity fatigue tiredness symptom symptoms relapse relapses attack attacks fall falls risk "
    "chance chances survival life lifespan progression decline deterioration damage inflammation function "
    "movement mobility strength balance mood sleep breathing remission swelling tremor tremors cartilage "
    "mortality death deaths exacerbation exacerbations headache headaches migraine migraines admissions "
    "hospital hospitalisation hospitalization infection infections recovery quality disability weakness wasting cramps "
    "cramping nausea anxiety depression glucose sugar pressure cholesterol weight fitness endurance stamina "
    "seizures seizure flare flares flare-ups bleeding clots healing degeneration neurons cells tissue joint "
    "joints muscle muscles nerve nerves disease diseases condition illness cancer tumour tumor asthma diabetes "
    "arthritis als mnd ms parkinson's alzheimer's dementia stroke strokes ulcers wounds scarring motor "
    "ability abilities independence speech swallowing walking breath breathlessness bones bone fractures")
_INTERVENTIONS = word_list(
    "therapy therapies treatment treatments medicine medicines medication medications drug drugs tablet tablets "
    "pill pills capsule capsules inhaler inhalers injection injections infusion infusions vaccine vaccines "
    "vaccination jab surgery surgeries operation operations procedure procedures transplant transplants implant "
    "replacement stimulation exercise exercises training workout stretching stretches swimming walking cycling "
    "running yoga pilates tai chi dancing massage acupuncture physiotherapy physio rehabilitation rehab diet "
    "diets supplement supplements vitamin vitamins cell cells exosome exosomes programme program protocol "
    "session sessions course courses device devices spacer gel gels cream creams patch patches steroid steroids "
    "insulin antibiotic antibiotics painkiller painkillers paracetamol aspirin ibuprofen inhibitor inhibitors "
    "agonist agonists blocker blockers antagonist antagonists statin statins diuretic diuretics ventilation "
    "oxygen cpap brace braces splint splints orthotic orthotics packs bath baths sauna fasting "
    "meditation mindfulness cbt counselling counseling remedy remedies product products "
    "formula plasma prp shot shots dose doses regimen approach method technique intervention interventions "
    "smoking drinking alcohol caffeine salt sugar activity activities rest sleep weight loss")
# Suffixes of medicine names (riluzole, metformin, levodopa, adalimumab, enalapril, valsartan …).
_MEDICINE_NAME = re.compile(r"^anti-?[a-z]{4,}s?$|^[a-z]+(?:mab|nib|zole|pril|sartan|statin|formin|dopa|olol|pine|zepam|tide|gliptin"
                            r"|flozin|vir|cillin|mycin|cycline|floxacin|azine|oxetine|triptan|profen|parin|xaban)s?$")


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")\b")


class Lexicon(NamedTuple):
    effect: re.Pattern[str]
    harm: re.Pattern[str]
    help: re.Pattern[str]
    strong: re.Pattern[str]
    outcomes: re.Pattern[str]
    interventions: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def lexicon(extra_interventions: tuple[str, ...] = (), extra_outcomes: tuple[str, ...] = ()) -> Lexicon:
    """The compiled word lists, with an editor's additions (rule options)."""
    return Lexicon(re.compile(rf"\b(?:{_EFFECT})\b"), re.compile(rf"\b(?:{_HARM})\b"), re.compile(rf"\b{_HELP}\b"),
                   re.compile(rf"\b(?:{_STRONG})\b"),
                   _words_pattern([*_OUTCOMES, *(word.lower() for word in extra_outcomes)]),
                   _words_pattern([*_INTERVENTIONS, *(word.lower() for word in extra_interventions)]))


# A gerund that starts a clause names an activity ("Losing weight …", "Staying active …").
_GERUND_SUBJECT = re.compile(r"^(?:(?:regular|daily|gentle|early|more|less)\s+)?[a-z]+ing\b(?!\s+(?:is|are)\s+"
                             r"(?:a|an|the)\b)")
# A condition or state as subject: its effects are how a condition works, not a claim.
_CONDITION_SUBJECT = re.compile(r"\b[a-z]+(?:osis|itis|aemia|emia|pathy|oma)\b|\b(?:disease|syndrome|disorder|cancer"
                                r"|stroke|diabetes|asthma|copd|als|mnd|ms|parkinson's|dementia|depression|infection)\b"
                                r"|\b(?:heat|temperature|weather|stress|age|ageing|aging|the disease|the condition"
                                r"|the illness|symptoms?|fluid|the immune system|blood sugar|high blood|nerve cells"
                                r"|the body|the brain|your body)\b")
# What something aims or is meant to do, and what a test asks, is not an effect asserted.
_INTENT = re.compile(r"\b(?:aims?|aimed|aiming|designed|intended|meant|(?:goal|purpose|aim|objective|expectation)"
                     r" is|hope)\s+(?:to|at)\b"
                     r"|\bwhether\b|\b(?:test|tests|tested|see|find out|check|checks)\s+if\b")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets)\s+(?:\w+ly\s+)?\Z")
_MODAL_NOUN = re.compile(r"\b(?:a|an|the|no|any|this|that|for|of|its|their|our|your|his|her)\s+\Z")


_AUXILIARY = re.compile(r"(?:\s+(?:can|could|may|might|will|would|does|do|did|not|also|often|usually|typically"
                        r"|generally|sometimes|[a-z]+ly))+\s*\Z")


def _condition_is_subject(before: str) -> bool:
    """Is the subject of the verb after ``before`` a condition or a state of the body ("Raised body
    temperature slows …", "Osteoporosis makes …"), and not people with it ("Stroke survivors regain …")?"""
    subject = _AUXILIARY.sub("", " " + before.rsplit(",", 1)[-1]).split()
    head = " ".join(subject[-2:])
    return any(found.end() == len(head) for found in _CONDITION_SUBJECT.finditer(head))  # its last word


# A pronoun just before the verb stands for the treatment the text is about ("it helps", "they reduce").
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|this|these|both)\s+(?:[\w-]+\s+){0,2}\Z")


def _names_intervention(words: str, lex: Lexicon) -> bool:
    if lex.interventions.search(words) or _GERUND_SUBJECT.match(words.strip()) or _PRONOUN_SUBJECT.search(words):
        return True
    return any(_MEDICINE_NAME.match(word) for word in re.findall(r"[a-z]+", words))


class Claim(NamedTuple):
    phrase: str  # the words that make it a claim, as written in the sentence
    kind: str  # 'effect', 'safety', 'comparison', 'figures', 'outcome'


def _effect_in(clause: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """The first effect predicate of a lower-cased clause that makes it a claim: (start, end, kind)."""
    for found in _SIDE_EFFECTS.finditer(clause):
        return found.start(), found.end(), "safety"
    for found in _SAFE.finditer(clause):
        if _INTENT.search(clause[:found.start()]):
            continue
        if _names_intervention(clause[:found.start()] or clause[found.end():], lex) \
                or lex.interventions.search(found.group()):
            return found.start(), found.end(), "safety"  # not "it is safe to fly", "the weather is dangerous"
    likely = _LIKELY.search(clause)
    if likely and _names_intervention(clause[:likely.start()], lex):
        return likely.start(), likely.end(), "effect"  # "people who use their inhaler are less likely to …"
    for pattern, kind in ((_COMPARE, "comparison"), (_FIGURES, "figures"), (_OUTCOME_PHRASE, "outcome")):
        phrase = pattern.search(clause)
        if phrase and (kind != "comparison" or phrase.group().startswith("work")
                       or _names_intervention(clause[:phrase.start()], lex)):
            return phrase.start(), phrase.end(), kind
    for found in lex.effect.finditer(clause):
        before, after, verb = clause[:found.start()], clause[found.end():], found.group()
        strong = bool(lex.strong.fullmatch(verb))
        if _MODAL_NOUN.search(before) or (_PASSIVE.search(before) and not strong):
            continue  # "a cure", "is controlled by": a noun or a passive, not an effect asserted ("was cured" is)
        if not before.strip() and verb.endswith("ed"):
            continue  # "Raised body temperature …", "Reduced appetite is common": an adjective
        if verb.endswith("ing") and " " not in verb and re.search(r"(?:\b(?:of|for|in|and|the|a)|,)\s+(?:[\w-]+\s+)?\Z",
                                                                  before):
            continue  # "the miracle of integrative healing": a noun
        subject_is_treatment = _names_intervention(before, lex)
        if " " in verb and not _condition_is_subject(before) and not _INTENT.search(before):
            return found.start(), found.end(), "effect"  # "gives no lasting benefit", "makes breathing easier"
        if (_condition_is_subject(before) and not subject_is_treatment) or _INTENT.search(before) \
                or (verb.startswith("treat") and not subject_is_treatment):
            continue  # how a condition works; what something aims to do; "doctors treat …" (a description)
        if subject_is_treatment or lex.outcomes.search(after[:60]) or lex.strong.fullmatch(found.group()):
            return found.start(), found.end(), "effect"
    for found in lex.harm.finditer(clause):
        before = clause[:found.start()]
        if found.group().endswith("ed") and not re.search(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\Z", before) \
                and not lex.interventions.search(before.split()[-1] if before.split() else ""):
            continue  # "damaged nerve tissue": an adjective; "injections have caused", "injections caused": a claim
        if not _PASSIVE.search(before) and not _MODAL_NOUN.search(before) and _names_intervention(before, lex) \
                and not _condition_is_subject(before):
            return found.start(), found.end(), "effect"
    for found in lex.help.finditer(clause):
        before, after = clause[:found.start()], clause[found.end():found.end() + 50]
        if _MODAL_NOUN.search(before):
            continue
        if _INTENT.search(before):
            continue
        if lex.effect.search(after) or lex.outcomes.search(after) \
                or re.search(r"\b(?:longer|better|faster|recover|walk|breathe|cope|return|get back)\b", after):
            return found.start(), found.end() + len(after.split(",")[0].rstrip()), "effect"
    return None


def claim(sentence: str, extra_interventions: tuple[str, ...] = (), extra_outcomes: tuple[str, ...] = ()
          ) -> Claim | None:
    """The claim ``sentence`` makes, or None when it asks, instructs, hopes or describes."""
    if is_question(sentence):
        return None
    lower = lowered(sentence)
    if is_research_hope(lower) or states_absence(lower) or warned_about(lower, len(lower)):
        return None
    lex = lexicon(extra_interventions, extra_outcomes)
    written = sentence if len(sentence) == len(lower) else lower  # lower-casing kept every offset but for rare letters
    offset = 0
    for part in clauses(lower):
        offset = lower.index(part, offset)
        if not is_instruction(part):
            found = _effect_in(part, lex)
            if found is not None:
                start, end, kind = found
                return Claim(written[offset + start:offset + end].strip(" ,"), kind)
        offset += len(part)
    return None
