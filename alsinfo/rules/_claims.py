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
    NOT_PROMISED,
    PROMISE_WORDS,
    REACH,
    clauses,
    is_instruction,
    is_question,
    is_research_hope,
    lowered,
    provider_voice,
    searched,
    states_absence,
    testimony,
    warned_about,
    word_list,
)
from alsinfo.rules._learnt import Model, opening
from alsinfo.rules._phrases import NUMBER, Phrases, WordSet, phrases_of, words_in

_SUFFIXES = ("e", "es", "ed", "ing", "s", "")


def _verb(*stems: str) -> list[str]:
    """Every inflection of each verb, as words: 'reduc' → reduce, reduces, reduced, reducing (and
    forms that never occur, which cost nothing). A stem drops a verb's final 'e' ('revers', not
    'reverse', whose past would be 'reverseed')."""
    if any(stem.endswith("e") for stem in stems):
        raise ValueError(f"a verb's stem drops its final 'e': {[stem for stem in stems if stem.endswith('e')]}")
    return [f"{stem}{suffix}" for stem in stems for suffix in _SUFFIXES]


_W = r"(?:[\w-]+\s+)"  # one word and the space after it
# Verbs that state an effect on health when a treatment is their subject or an outcome their object.
_EFFECT = Phrases(phrases_of("effect", *_verb(
    "slow", "protect", "preserv", "improv", "reduc", "prevent", "eas", "reliev", "lower", "lessen", "shorten",
    "restor", "repair", "regenerat", "revers", "prolong", "extend", "halt", "delay", "boost", "strengthen",
    "increas", "rais", "decreas", "diminish", "attenuat", "alleviat", "minimis", "minimiz", "eliminat", "cur",
    "heal", "control", "enhanc", "benefit", "destroy", "stabilis", "stabiliz", "regain", "relax", "speed",
    "lengthen", "fight", "block", "calm", "sooth", "soften", "brighten", "tackl", "combat", "treat", "limit",
    "maintain", "rebuild",
    "renew", "rejuvenat", "revitalis", "revitaliz", "normalis", "normaliz", "settl", "remov", "supercharg", "eras",
    "banish", "halv", "dissolv", "silenc", "accelerat", "ameliorat", "mitigat", "dampen", "decelerat", "inhibit",
    "suppress", "arrest", "retard", "avert", "counteract", "modulat", "abort", "outperform", "promot", "resolv",
    "induc", "kill", "correct", "succeed", "terminat", "doubl", "tripl", "quieten", "stimulat", "reset", "maximis",
    "maximiz"),
    # "the natural way to beat insomnia" (not "between beats."), "fixes the cause" (not "eyes fixed on")
    "beat(?=\\s+[a-z])", "beats(?=\\s+[a-z])", "fix", "fixes", "fixed(?! on)", "fixing",
    # "finally ends the weight-loss struggle for good", "keep the weight off for life"
    *(f"{verb} (?:[\\w'-]+ ){{1,4}}?(?:for good|forever|for ever|once and for all)"
      for verb in ("end", "ends", "ended", "ending")),
    *(f"{verb} (?:the |your |their )?weight off" for verb in ("keep", "keeps", "kept", "keeping")),
    *(f"{verb} the end of" for verb in ("mean", "means", "spell", "spells")),
    # health claims in the words food and supplement labels use: "contributes to the normal function of …"
    "contribute to (?:the )?normal", "contributes to (?:the )?normal", "support (?:healthy|normal)",
    "supports (?:healthy|normal)", "support (?:strong|healthy)", "supports (?:strong|healthy)",
    *(f"{verb} (?:your |low |the )?mood" for verb in ("lift", "lifts", "lifted", "lifting")),
    *(f"{verb} (?:[\\w-]+ ){{0,2}}(?:bone|muscle|strength|density|stamina|resilience)\\b"
      for verb in ("build", "builds", "built", "building")),
    *(f"{verb} (?:stubborn |belly |body )?fat" for verb in ("melt", "melts", "melted", "melting")),
    *(f"{verb} (?:your )?(?:blood sugar|hormones|mood|blood pressure)" for verb in ("balance", "balances",
                                                                                  "balancing")),
    *(f"support (?:{what}) health" for what in ("metabolic", "immune", "joint", "heart", "brain", "gut", "bone")),
    "shrink", "shrinks", "shrinking", "shrank", "shrunk",
    "knock out", "knocks out", "knocked out",
    "melt away", "melts away", "melted away", "melting away",
    f"successfully (?:{'|'.join(_verb('treat', 'cur', 'heal', 'manag', 'control', 'restor', 'reliev'))})",
    "clear", "clears", "cleared", "clearing", "wipe out", "wipes out", "straighten", "straightens", "flatten",
    "flattens", "cut", "cuts", "cutting(?! corners| out the)", "stop", "stops", "stopped", "stopping", "regrow",
    "regrows", "regrew", "regrown",
    *(f"{verb}\\s+(?:\\w+\\s+){{0,4}}(?:moving|steady|stable|under control|working|healthy|strong|in check)"
      for verb in ("keep", "keeps")),
    "get rid of", "gets rid of", "getting rid of",
    *(f"{verb}\\s+(?:[\\w-]+\\s+){{1,3}}down" for verb in ("bring", "brings", "bringing")),
    *(f"{verb} (?:their|your|my|his|her|the) (?:[\\w-]+ )?(?:tablets|painkillers|medication|medicines|inhalers?"
      f"|insulin|walking sticks?|sticks|crutches|wheelchairs?|pills)"
      for verb in ("ditch", "ditched", "ditching", "throw away", "threw away", "throwing away", "thrown away")),
    *(f"{verb}\\s+{_W}{{1,4}}into (?:[\\w-]+ )?remission" for verb in ("put", "puts")),  # "into lasting remission"
    *(f"{verb} (?:a|an) (?:permanent|lasting|complete|total|real) cure" for verb in ("deliver", "delivers", "offer",
                                                                                     "offers")),
    *(f"{verb}\\s+{_W}{{0,3}}(?:easier|better|worse|stronger|weaker|healthier|fitter|work less well|less \\w+"
      f"|more \\w+|drop|fall|rise|grow|go (?:up|down)|feel (?:better|fuller|full|less \\w+|more \\w+|good)"
      f"|shorter|milder|quicker|smaller|safer|calmer|clearer|quieter|softer|smoother|thicker|fuller|whiter"
      f"|brighter|younger|firmer)"
      for verb in ("make", "makes")),
    *(f"{verb} (?:a|an|little|no|no real|no lasting|some|any|such a|a big|a real|a huge|all the) (?:[\\w-]+ )?"
      f"difference" for verb in ("make", "makes", "made", "making")),
    *(f"{verb} (?:little|no|some|real) (?:[\\w-]+ )?benefit" for verb in ("add", "adds")),
    *(f"{verb} (?:little|no|some|real|any|a|an|the|additional|no lasting|no extra) (?:[\\w-]+ ){{0,3}}"
      f"(?:benefit|advantage|risk|protection)" for verb in ("confer", "confers", "conferred")),
    *(f"{verb}\\s+{_W}{{1,4}}back" for verb in ("give", "gives", "giving", "gave", "given")),
    *(f"{verb} (?:you |them |people |patients )?from" for verb in ("free", "frees", "freed", "freeing")),
    *(f"{verb} (?:[\\w'-]+ ){{1,4}}from\\b" for verb in ("frees", "freed", "freeing")),  # "freed thousands … from"
    *(f"{verb} (?:[\\w-]+ ){{1,3}}away\\b" for verb in ("keep", "keeps")),  # "keeps the itch away"
    *(f"{verb} off (?:[\\w-]+ ){{0,2}}(?:asthma|pain|symptoms|inflammation|allerg(?:y|ies)|cravings|hunger)"
      for verb in ("switch", "switches", "switched", "switching")),
    *(f"{verb} (?:more |extra )?(?:body )?fat" for verb in ("burn", "burns", "burning")),
    *(f"{verb} control of(?! (?:your|their|my|his|her|our) (?:health|lives|life|future|wellbeing))"
      for verb in ("take", "takes", "taken", "took", "taking")),
    *(f"{verb}\\s+{_W}{{0,4}}back" for verb in ("bring", "brings")),
    *(f"{verb}\\s+{_W}{{0,3}}back (?:on|to|in)\\b" for verb in ("get", "gets", "getting")),
    "reawaken", "reawakens", "reawakened",
    *(f"{verb} (?:your |the |their |his |her |a |an )?(?:[\\w-]+ ){{0,2}}(?:pain|depression|symptoms|suffering|fatigue"
      f"|migraines?|headaches?|insomnia|anxiety|cravings|flare-ups|attacks|seizures)\\b"
      for verb in ("end", "ends", "ended", "ending")),
    *(f"{verb}\\s+{_W}{{0,4}}(?:load|pressure|strain|weight) off" for verb in ("take", "takes")),
    *(f"{verb}\\s+{_W}{{0,3}}(?:(?:less|more|better|fewer)\\s+\\w+|weaker|stronger|worse)"
      for verb in ("leave", "leaves")),
    *(f"{verb}\\s+(?:[\\w']+\\s+){{0,2}}li(?:fe|ves)" for verb in ("save", "saves", "saved")),
    *(f"{verb}\\s+(?:little|nothing|not much)\\s+to\\s+(?:help|improve|reduce|ease|relieve)"
      for verb in ("do", "does")),
    *(f"{verb}\\s+(?:[\\w-]+,?\\s+){{0,3}}(?:relief|analgesia|improvements?|benefits?|protection|outcomes"
      f"|results(?! of)"
      f"|longer survival"
      f"|a better quality of life)"
      for verb in ("give", "gives", "provide", "provides", "bring", "brings", "offer", "offers", "deliver",
                   "delivers", "delivering", "produce", "produces"))))
# Verbs that state harm or a bare influence: a claim only when a treatment or activity is the subject.
_HARM = Phrases(phrases_of("harm", *_verb("caus", "trigger", "damag", "worsen", "aggravat", "harm", "interfer",
                                          "perforat", "impact", "affect", "influenc", "weaken", "irritat", "stain",
                                          "precipitat", "provok"),
                           "thin", "thins", "thinned",
                           "wear out", "wears out", "lead to", "leads to", "leading to", "led to",
                           *(f"{verb} (?:you|patients|people|children) to" for verb in ("expose", "exposes")),
                           *(f"{verb} (?:your |the |their |my )(?:[\\w-]+ ){{0,2}}out" for verb in ("wear", "wears")),
                           "associated with", "linked to", "linked with", "result in", "results in", "blunt", "blunts",
                           *(f"{verb} (?:you|people|children|some people|your (?:eyes|skin|mouth)) (?:feel )?"
                             f"(?:drowsy|sleepy|dizzy|sick|tired|nauseous|faint|red|sore|itchy|dry|sting)"
                             for verb in ("make", "makes")),
                           *(f"{verb} (?:you|people|children|some people) (?:feeling )?"
                             f"(?:drowsy|sleepy|groggy|dizzy|sick|tired|nauseous|faint|sore|exhausted)"
                             for verb in ("leave", "leaves")),
                           *(f"{verb} (?:provoking|causing|triggering|worsening|damaging|making)"
                             for verb in ("risk", "risks")),
                           *(f"{verb} (?:extra |more |a lot of |added )?(?:strain|pressure|stress) on"
                             for verb in ("put", "puts", "place", "places")),
                           *(f"{verb} less (?:strain|pressure|stress) on"
                             for verb in ("put", "puts", "place", "places"))))
# Help is a claim when what it helps with is an effect or outcome ("helps control blood sugar").
_HELP = Phrases(phrases_of("help", "help", "helps", "helped", "helping"))
_STRONG = re.compile("|".join(_verb("cur", "heal", "revers", "eliminat", "regenerat", "repair", "restor", "prolong",
                                    "halt")) + r"|regrows?|stops?\s+[\w']+(?:\s+\w+)?\s+in (?:its|their) tracks")

_ADJECTIVES = ("safe", "safest", "effective", "efficacious", "well-tolerated", "well tolerated", "harmless",
               "dangerous", "unsafe", "ineffective", "useful", "good for", "bad for", "beneficial", "helpful",
               "harmful", "painless", "proven", "clinically proven", "risk-free", "risk free", "addictive",
               "habit-forming", "non-addictive")
# Safety and efficacy said of the subject ("is safe"; a claim when the subject is a treatment): the
# adjective, with a copula before it (see _COPULA).
_SAFE = Phrases([*phrases_of("predicate", *_ADJECTIVES),
                 *phrases_of("attribute", *(f"{word}{joint}\\s+(?:[\\w-]+,?\\s+){{0,3}}(?:treatment|therapy"
                                            f"|solution|option|method|remedy|cure|procedure|alternative)"
                                            for word in ("safe", "effective", "proven") for joint in (",", " and"))),
                 ("safely", "adverb")])
_WHEN = re.compile(r"\b(?:how|when|until|whether|once|before|after)\b")  # "how quickly they can walk safely"
_TRUISM = re.compile(r"^\W*(?:every|any|all|like any|like all)\b")  # "every operation carries some risk"
# "no screening test is 100% accurate"
_NONE_IS = re.compile(r"^\W*no\s+(?:[\w-]+\s+){1,3}(?:is|are|can be|will be)\s+\Z")
_CAN = re.compile(r"\b(?:can|could)\s+(?:[\w-]+\s+){1,2}\Z")  # "most people can exercise safely"
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|remains?|seems?|it's|they're|that's)\s+(?:[\w%,-]+\s+){0,4}\Z")
# Side effects and tolerability: a claim whatever the subject.
_SIDE_EFFECTS = Phrases(phrases_of(
    "safety",
    *(f"{word}\\s+(?:serious\\s+|major\\s+|significant\\s+)?(?:side[- ]effects|complications|adverse effects)"
      for word in ("few", "fewer", "no", "little", "minimal", "rare", "mild", "common", "commonest", "main")),
    # one side effect named: "is a real but rare side effect of", "a common side effect"
    *(f"(?<={word} )side[- ]effect\\b" for word in ("rare", "common", "serious", "known", "recognised", "recognized",
                                                   "uncommon", "frequent", "possible", "usual")),
    "side[- ]effect[- ]free",
    "serious side[- ]effects",
    # a list's heading: "Possible side effects of testosterone replacement: acne, …"
    *(f"(?<={word} )side[- ]effects of" for word in ("possible", "common", "known", "usual", "main")),
    "side[- ]effects\\s+of\\s+[^.;]{0,80}?\\b(?:are|were)\\s+(?:\\w+\\s+){0,3}"
    "(?:mild|rare|minor|few|common|uncommon)\\b",
    "(?<=none of the )side[- ]effects", "(?<=most common )side[- ]effects",
    "side[- ]effects\\s+(?:are|were|tend to be)\\s+(?:\\w+\\s+)?(?:mild|rare|minor|few)",
    *(f"{word}\\s+(?:\\w+\\s+){{0,3}}well" for word in ("tolerate", "tolerates", "tolerated")),
    "rarely caus\\w+",
    "zero (?:serious )?(?:complications|side[- ]effects|adverse events|risk)",
    *(f"(?<={what} ){verb} in (?:fewer|less|under|about|around|up to|only|\\d)"
      for what in ("complications", "side effects", "side-effects", "reactions", "events")
      for verb in ("occur", "happen")),
    *(f"{word}\\s+(?:(?:a|an|no|little|some|the)\\s+(?:[\\w-]+\\s+){{0,3}}|(?:serious|significant|small|low|high|major"
      f"|minor)\\s+)?risks?\\b" for word in ("carry", "carries")),
    "(?<=no )risk of", *(f"(?<={how} )safety profile" for how in ("favourable", "favorable", "good", "excellent",
                                                                  "reassuring")),
    *(f"(?<={how} )side[- ]effects?" for how in ("commonly reported", "most commonly reported", "reported")),
    "side[- ]effects\\s+(?:can |may |might |often |usually )?include",
    "complications (?:after|of|from) (?:[\\w-]+ ){1,3}(?:can |may |might |often |usually )?include",
    # soreness after a treatment: "the knee may feel sore for a day or two after the injection"
    "(?<=may )feel (?:[\\w-]+ ){0,2}(?:sore|swollen|stiff|tender|bruised|achy)[\\w ,-]{0,40} after "
    "(?:the|your|an?|each) "
    "(?:injection|treatment|procedure|operation|session|surgery|infusion)",
    *(f"(?<={after}){noun}[, ] ?you (?:may|might|will|can) (?:feel|be) (?:[\\w-]+ ){{0,2}}(?:sore|swollen|stiff|tender"
      f"|bruised|achy)" for after, noun in (("after ", "treatment"), ("after ", "surgery"), ("after the ", "injection"),
                                            ("after the ", "procedure"), ("after the ", "operation"))),
    *(f"(?<={how} )tolerated" for how in ("better", "well", "poorly", "less well")),
    *(f"{what}\\s+(?:are|is)\\s+(?:very\\s+|usually\\s+|generally\\s+|extremely\\s+)?(?:rare|uncommon|unusual|mild"
      f"|minor|unlikely)" for what in ("complications", "problems", "reactions")),
    "adverse (?:events|effects|reactions)[,\\s]+(?:\\w+,?\\s+){0,3}(?:are|were|include|occur)",
    *(f"tolerated by (?:the )?{who}" for who in ("majority", "most", "many", "nearly all", "almost all")),
    "no downtime",
    *(f"(?<={negated} )interact with" for negated in ("do not", "does not", "don't", "doesn't", "may", "can",
                                                          "could", "might")),
    # "soreness after spinal manipulation is common"
    *(f"{symptom} (?:after|from|with) (?:the |your |an? |this |each )?(?:[\\w-]+ ){{0,2}}(?:surgery|operation|procedure"
      f"|injection|treatment|vaccination|vaccine|infusion|session|manipulation|jab)s? (?:is|are) "
      f"(?:very |fairly |quite )?(?:common|rare|uncommon|usual|normal|expected)"
      for symptom in ("soreness", "bruising", "swelling", "stiffness", "aching", "redness", "tenderness", "nausea",
                      "headache", "headaches", "dizziness", "tiredness", "itching", "bleeding", "pain")),
    # "some people feel sick or dizzy for a few hours after a general anaesthetic"
    "feel (?:sick|dizzy|drowsy|groggy|sore|nauseous|faint)(?: (?:or|and) (?:sick|dizzy|drowsy|groggy|sore|nauseous"
    "|faint))? (?:[\\w-]+ ){0,5}?after (?:a |an |the |your )(?:general |local )?(?:anaesthetic|anesthetic|injection"
    "|operation|procedure|vaccination|vaccine|jab|infusion|surgery)"))
_COMPARE = Phrases([
    *phrases_of("works", *(f"{verb}\\s+(?:(?!as\\b)[\\w'-]+\\s+){{0,3}}?(?:(?:just|about|almost|nearly|much|far|no"
                           f"|slightly|even)\\s+)*(?:as well as|better|less well|best|equally well|as well|well)"
                           for verb in ("work", "works", "worked")),
                *(f"{verb}\\s+(?:with)?in\\s+(?:\\d+\\s+)?(?:minutes|hours|days)" for verb in ("work", "works"))),
    *phrases_of("bare", "(?<=it )works(?=[\\s.!,;]*$)", "(?<=they )work(?=[\\s.!,;]*$)",
                "(?<=actually )works(?=[\\s.!,;]*$)", "(?<=really )works(?=[\\s.!,;]*$)"),  # "… sure it works."
    *phrases_of("does not work", *(f"(?<={negated} )work(?![\\w-])" for negated in ("do not", "don't", "does not",
                                                                                 "doesn't", "did not", "didn't"))),
    # "lipoedema fat does not respond to dieting": the treatment comes after
    *phrases_of("than", *(f"(?<={negated} )respond to" for negated in ("do not", "don't", "does not", "doesn't",
                                                                       "did not", "didn't"))),
    *phrases_of("than", *(f"(?<={word} )effective" for word in ("more", "less", "as")),
                *(f"(?<={word} )effectively than" for word in ("more", "less")), "better than", "worse than",
                "twice as (?:fast|quickly|effective|much|well|likely)", "(?<=help )more than", "(?<=helps )more than",
                *(f"(?<=respond{s} ){how} to" for s in ("", "s") for how in ("less well", "better", "more slowly")),
                "safer than", "gentler (?:on (?:[\\w-]+ ){1,2})?than",
                "kinder to (?:your|the) (?:stomach|skin|gut|body)",
                "gentler on (?:your|the) (?:stomach|skin|gut|body)",
                "outweighs the (?:risks|benefits|harms)", "outweigh the (?:risks|benefits|harms)",
                # "freezing your eggs before 35 gives you a better chance of a baby"
                *(f"(?<=a ){more} chance of" for more in ("better", "higher", "lower", "greater", "smaller")))])
_PEOPLE = (r"\s+(?:of\s+)?(?:the\s+|our\s+)?(?:patients|people|participants|users|those|clients|parents|children"
           r"|adults|women|men|customers)\b[^.;]{0,40}\b(?:improv\w*|recover\w*|got better|respond\w*|benefit\w*"
           r"|went into remission|had (?:less|fewer|no)|controlled|see results|saw results|see visible|seizure-free"
           r"|take home a baby|became pregnant|got pregnant|(?:bothered|troubled) them less|felt better"
           r"|never(?! need| require| have to))")
_PEOPLE_WORDS = frozenset(word_list(
    "patients people participants users those clients parents children adults women men customers"))
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_FIGURES = Phrases([
    *((figure, "figures", _PEOPLE_WORDS) for figure in (f"\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent){_PEOPLE}",
                                                       f"\\d+ (?:in|out of) \\d+{_PEOPLE}")),
    *phrases_of("figures", *(f"{word} in (?:ten|four|three|five|two|\\d+){_PEOPLE}" for word in _NUMBER_WORDS),
                *(f"(?<=a ){word}{_PEOPLE}" for word in ("third", "quarter")),
                *(f"{verb} (?:an average of |around |about |up to |almost |nearly )*(?:\\d+(?:\\.\\d+)? ?(?:%|kg"
                  f"|kilos|pounds|lb|stone)|a stone|half a stone)" for verb in ("lose", "lost", "losing", "loses")),
                *(f"{verb}\\s+(?:well\\s+)?for\\s+(?:almost\\s+|nearly\\s+)?(?:everyone|everybody|most|all|\\d+)"
                  for verb in ("work", "works"))),
    *phrases_of("quantity", *(f"{word}{_PEOPLE}" for word in ("half", "most", "many"))),
    ("\\d+(?:\\.\\d+)? ?% accura(?:te|cy)", "figures", frozenset(("accurate", "accuracy"))),  # a test's or device's
    ("(?<=in )\\d+(?:\\.\\d+)? ?(?:%|per ?cent) of (?:our )?(?:patients|clients|people|cases|users)", "figures",
     frozenset(("patients", "clients", "people", "cases", "users"))),
    *phrases_of("by", "by (?:about |around |almost |nearly |over |up to )?(?:a third|half|a quarter"
                      "|\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent))")])
# "Less likely to end up in hospital": a claim when a treatment or its use comes before it.
_LIKELY = Phrases(phrases_of("likely", *(f"(?<={word} )likely to (?:end up|have|need|develop|get|be admitted|die"
                                         f"|fall|break|relapse|survive|recover|be (?:re)?admitted|be hospitali[sz]ed)"
                                         for word in ("less", "more"))))
# Outcomes after a verb ("have less pain", "experience a stabilisation", "live longer").
_OUTCOME_VERBS = ("have", "has", "had", "with", "experience", "experiences", "experienced", "see", "saw", "notice",
                  "notices", "noticed", "report", "reports", "reported", "found", "find", "achieve", "achieved",
                  "enjoy", "enjoys", "enjoyed", "gain", "gains", "gained", "observe", "observed", "reporting",
                  "experiencing", "noticing", "seeing", "achieving")
_OUTCOME_PHRASE = Phrases([*phrases_of("benefits", "benefits of", "benefits include"),
                           *phrases_of("becomes", *(f"{verb} (?:less|more) (?:frequent|severe|painful|intense|often)"
                                                   for verb in ("become", "becomes", "getting", "becoming")),
                                       *(f"{verb} (?:stronger|easier|milder|less painful)"
                                         for verb in ("getting", "becoming", "grows", "grow"))),
                           *phrases_of("outcome", *(f"{verb} (?:a |any |the )?(?:real |big |huge |noticeable )?"
                                                    f"difference"
                                                    for verb in ("feel", "feels", "notice", "notices", "see", "sees"))),
                           *phrases_of("linked", *(f"{word}\\s+(?:to|with)\\s+(?:a\\s+|an\\s+)?(?:lower|higher|reduced"
                                                   f"|increased|better|worse|less|more|fewer|milder|shorter|longer"
                                                   f"|greater|smaller|slower|faster|healthier)\\b"
                                                   for word in ("linked", "associated", "tied"))),
                           *phrases_of(
    "outcome",
    *(f"{verb}\\s+(?!(?:lower|upper)\\s+(?:motor|back|limbs?|legs?|body|parts?|half|end|abdomen|abdominal|jaw|lip)\\b)"
      f"(?:a\\s+|an\\s+)?(?:[\\w%-]+\\s+)?(?:(?:less|fewer|no more|reduced|lower|better|improved|renewed"
      f"|marked|significant|dramatic|deeper|faster|sharper|stronger|clearer|calmer)\\s+"
      f"(?!(?:research|evidence|data|studies|support)\\b)\\w+|(?:stabili[sz]ation|improvement|reduction|relief|remission"
      f"|freedom from)\\b)" for verb in _OUTCOME_VERBS),
    *(f"(?<=been ){word} to (?!be\\b|contain|include|have\\b)\\w+" for word in ("shown", "proven", "proved", "found")),
    *(f"{verb} (?:a |any |no |only )?(?:[\\w,-]+ ){{0,3}}(?:benefits?|effects?|improvements?|differences?)"
      for verb in ("shown", "showed", "show", "shows", "found", "find")),
    # what the evidence says an effect is: "randomised data indicate sustained symptomatic benefit"
    *(f"{verb}\\s+(?:(?:a|an|no|only|some|at most|at best)[,\\s]+)?(?:[\\w-]+,?\\s+){{0,3}}"
      f"(?:benefits?|effects?|improvements?"
      f"|reductions?|increases?|decreases?|relief|efficacy|superiority|gains?)\\b"
      for verb in ("indicate", "indicates", "indicating", "suggest", "suggests", "suggesting", "demonstrate",
                   "demonstrates", "demonstrating", "report", "show", "shows", "showed", "showing")),
    *(f"(?<={how} )proven to (?!be\\b)\\w+" for how in ("clinically", "scientifically")),
    *(f"(?<=best ){verb} (?:with|by)" for verb in ("managed", "treated", "controlled", "relieved")),
    *(f"{verb}\\s+(?:only\\s+)?(?:a|an|no|little|some)\\s+(?:[\\w-]+\\s+)?(?:effect|impact)\\s+on\\b"
      for verb in ("has", "have", "had")),
    *(f"(?<={verb} {how})free\\s+(?:of|from)\\s+(?!charge|cost)"
      for verb in ("is", "are", "was", "were", "been", "be", "now", "become", "became", "stay", "remain")
      for how in ("", "now ", "completely ", "totally ")),
    *(f"(?<={word}-)free" for word in ("pain", "symptom", "symptoms", "relapse", "seizure", "migraine", "headache")),
    "turn back the clock", "turns back the clock",
    *(f"{verb} into remission" for verb in ("go", "goes", "went", "gone", "going")),
    *(f"(?<={be} ){seen} in (?:the )?(?:participants|patients|people|those|users|children|adults|women|men)"
      for be in ("was", "were") for seen in ("observed", "seen")),
    *(f"{word} with (?:a |an )?(?:[\\w-]+ ){{0,3}}(?:benefits?|improvements?|reductions?|gains?)\\b"
      for word in ("associated", "linked")),
    *(f"{verb}\\s+to\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:reduction|improvement|remission|relief|stabili[sz]ation"
      f"|recovery|fewer|less|lower|better)" for verb in ("lead", "leads", "led", "leading")),
    *(f"{verb}\\s+(?:much\\s+|a lot\\s+|far\\s+)?(?:longer|better|faster|more easily|freely|again|like new"
      f"|well again)\\b"
      for verb in ("live", "lives", "living", "move", "moving", "sleep", "breathe", "walk", "walked", "communicate",
                   "recover", "feel", "sleeping", "walking", "breathing")),
    *(f"{word}\\s+(?:up\\s+)?(?:\\w+\\s+){{0,2}}after\\b"
      for word in ("disappear", "disappears", "disappeared", "vanish", "vanishes", "vanished", "resolve", "resolves",
                   "resolved", "clear", "clears", "cleared")),
    *(f"{word}\\s+(?:up\\s+)?(?:\\w+\\s+){{0,2}}after\\b" for word in ("went away", "go away", "goes away")),
    *(f"{word} within (?:a|one|two|three|\\d+) (?:days?|weeks?|months?)" for word in ("disappeared", "vanished")),
    # side effects as common after a treatment: "bruising is common after the injection"
    *(f"(?<={be} ){how}common (?:for [\\w ]{{1,25}} )?after (?:the |your |an? |this |each )?(?:[\\w-]+ ){{0,2}}"
      f"(?:surgery|operation|procedure|injections?|treatment|vaccination|vaccine|infusion|session|manipulation|jab)"
      for be in ("is", "are") for how in ("", "very ", "fairly ", "quite ")),
    "say goodbye to", "(?<=-)free\\s+(?:for life|for good|forever)",
    "gone for good", "(?<=completely )gone",
    "gone in (?:days|weeks|hours|minutes|a (?:day|week|few)|one|a single|just one|\\d+)",
    *(f"{verb}\\s+(?:[\\w-]+\\s+){{0,3}}effects?\\b" for verb in ("exert", "exerts", "exerted")),
    *(f"{verb}\\s+(?:[\\w%-]+\\s+){{0,3}}(?:remission|occlusion|closure|control|relief|improvements?|results"
      f"|healing|analgesia|benefits?|reductions?|effect|response|advantage|gains?|correction|continence|resolution"
      f"|survival|protection|efficacy|effects?|suppression|freedom|responses?|superiority|rates|loss)\\b"
      for verb in ("achieve", "achieves", "achieved", "achieving", "produce", "produces", "produced", "producing",
                   "induce", "induces", "induced", "inducing", "yield", "yields", "yielded", "yielding", "confer",
                   "confers", "conferred", "conferring", "afford", "affords", "afforded", "demonstrated", "demonstrate",
                   "demonstrates", "elicit", "elicits", "elicited")),
    *(f"{verb} into (?:improved|better|reduced|fewer|lower|less|greater|faster)\\b"
      for verb in ("translate", "translates", "translated")),
    *(f"{verb} (?:[\\w-]+ )?years younger" for verb in ("feel", "feels", "feeling", "look", "looks")),
    *(f"{verb} like (?:themselves|yourself|myself|herself|himself|ourselves) again"
      for verb in ("feel", "feels", "feeling")),
    *(f"{verb}\\s+(?:[\\w-]+\\s+){{0,2}}(?:efficacy|benefit)" for verb in ("lack", "lacks", "lacked")),
    *(f"{verb} (?:you|them|people|patients|children) (?:[\\w'-]+ ){{1,4}}again" for verb in ("let", "lets")),
    "visible results", "(?<=see )results", "(?<=saw )results", "relief from", "(?<=a )thing of the past",
    # recurrence: "varicose veins often come back after treatment"
    *(f"{verb} back after (?:[\\w-]+ ){{0,2}}(?:treatment|surgery|stopping|the operation|the procedure)"
      for verb in ("come", "comes", "came", "coming")),
    *(f"{verb} in (?:[\\w-]+ ){{0,3}}(?:analgesia|relief|improvements?|improved|reductions?|reduced|fewer|less|lower"
      f"|better|remission|healing|recovery)\\b" for verb in ("result", "results", "resulting", "resulted")),
    # a medicine's label: "is indicated for the acute treatment of migraine"
    "indicated for (?:the )?(?:[\\w-]+ ){0,2}(?:treatment|relief|prevention|management|control|reduction)",
    # when an effect shows: "improvement is typically observed after about four weeks"
    *(f"{what} (?:is|are|was|were|may be|can be) (?:usually |typically |often |generally )?(?:observed|seen|noticed"
      f"|felt) (?:after|within|in)\\b" for what in ("improvement", "improvements", "benefit", "benefits", "relief",
                                                  "effect", "effects")),
    # how long it takes to work: "most acne treatments take six to eight weeks to work"
    *(f"{verb}\\s+(?:[\\w-]+\\s+){{1,4}}to (?:work|take effect)(?![\\w-]| out| on| with| at| for| in)"
      for verb in ("take", "takes")),
    *(f"(?<=no ){word} (?:need|needs|have|has|suffer|suffers|get|gets)" for word in ("longer",)),
    *(f"{verb} off (?:your |all |their |his |her )?(?:medication|medicines|insulin|tablets|painkillers)"
      for verb in ("come", "comes", "came", "coming")),
    *(f"{verb} (?:fewer|less|more|better|lower)" for verb in ("mean", "means")),
    *(f"{verb} you back (?:to|at|on|into)" for verb in ("get", "gets")),
    *(f"(?<=never ){verb} back" for verb in ("come", "comes")),
    *(f"{verb} (?:their|its) effect" for verb in ("lose", "loses")),
    *(f"{verb} no (?:[\\w-]+ ){{0,2}}(?:effect|benefit)\\b" for verb in ("has", "have", "had")),
    *(f"{verb}\\s+(?:[\\w-]+\\s+){{0,3}}(?:chance|hope) of (?:a )?(?:cure|recovery|remission|survival)"
      for verb in ("offer", "offers", "give", "gives")),
    # the twenty-fourth batch: comfort, looks, lives changed, illness halted, risk against benefit, found early
    *(f"{verb} (?:[\\w-]+ ){{1,2}}to a minimum" for verb in ("keep", "keeps", "kept", "keeping")),
    *(f"{verb} (?:you|your skin|your face|skin) (?:glowing|radiant|refreshed|rejuvenated|looking (?:younger|refreshed"
      f"|radiant|years))" for verb in ("leave", "leaves", "left", "leaving")),
    *(f"{verb} (?:the lives|their lives|your life|lives|daily life|(?:their|your|his|her) (?:[\\w-]+ )?health)"
      "(?! with us\\b)"  # "with us": no treatment named
      for verb in ("transform", "transforms", "transformed", "transforming")),
    *(f"{verb} (?:[\\w'-]+ ){{1,2}}in (?:its|their) tracks" for verb in ("stop", "stops", "stopped", "stopping")),
    *(f"{verb} the (?:benefits?|risks?|harms?)" for verb in ("outweigh", "outweighs", "outweighed")),
    # the twenty-sixth batch: "can make periods much lighter", "reclaim your active life"
    *(f"{verb} (?:[\\w-]+ ){{1,2}}(?:much |far |a lot |noticeably )?(?:lighter|easier|less painful|more regular"
      f"|more manageable)\\b" for verb in ("make", "makes", "made", "making")),
    *(f"{verb} better with (?:[\\w-]+ ){{0,3}}(?:treatment|therapy|medicine|medication|support|care)"
      for verb in ("get", "gets", "got", "getting")),
    *(f"{verb} (?:your|their) (?:[\\w-]+ )?(?:life|lives|mobility|independence|health|confidence|freedom)"
      for verb in ("reclaim", "reclaims", "reclaimed")),  # ("Reclaiming Your Health", a talk's title)
    *(f"{verb} (?!out\\b)(?:[\\w-]+ ){{0,4}}(?:early|before (?:it|they|symptoms)|at (?:an early|stage))\\b"
      for verb in ("detect", "detects", "find", "finds", "catch", "catches", "pick up", "picks up", "spot", "spots")))])

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
    "ability abilities independence speech swallowing walking breath breathlessness bones bone fractures "
    "plaques wrinkles memory thinking sensation control potassium seizure-free skin clearance rate rates redness "
    "itching itch acne lesions incidence frequency severity occurrence recurrence complications dependence insomnia "
    "wrinkling leaks leaking continence vision sight infections virus energy grip readmissions loss cough coughs "
    "coughing injury injuries fertility pregnancy pregnancies conception earwax drowsiness dizziness poisoning "
    "concentration trauma flashbacks sleepiness thrombosis hba1c hypos spots decay cavities plaque gums flushes "
    "sweats dryness toxins spread repigmentation diarrhoea diarrhea constipation bloating")
_INTERVENTIONS = word_list(
    "phototherapy binder binders modulator modulators relaxant relaxants stabiliser stabilisers suppressant "
    "suppressants stimulant stimulants sedative sedatives opioid opioids hormone hormones biologic biologics drip "
    "drips drops ointment ointments spray sprays shampoo shampoos lotion lotions pellet pellets hrt laser lasers "
    "dialysis apheresis plasmapheresis mouthguard "
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
    "formula plasma prp shot shots dose doses regimen regimens approach method technique intervention interventions "
    "smoking drinking alcohol caffeine salt sugar activity activities rest weight aid aids lens lenses ozone "
    "chelation antidepressant antihistamine contraceptive contraceptives analogue analogues excision ablation "
    "amplification peptide peptides irrigation manipulation mobilisation mobilization decompression fusion "
    "release lithotripsy biofeedback blanket cabin sling cone splint separator cryotherapy screening scan "
    "mammogram mammography tomosynthesis melatonin msc mscs retinoid retinoids visit visits mouthwash mouthwashes "
    "compress compresses balm balms extract extracts magnesium zinc iron lubricant lubricants shockwave app apps "
    "tracker trackers wearable wearables placebo immersion use filler fillers veneer veneers whitening drink drinks "
    "cleanse cleanses detox detoxes mask masks syrup syrups "
    "shake shakes tea teas juice juices smoothie smoothies crown crowns orthosis orthoses insole insoles aligner "
    "aligners glasses spectacles preparation preparations adjustment adjustments needling ivf icsi coil coils iud iuds "
    "play aerobics emollient emollients moisturiser moisturisers moisturizer moisturizers emdr stocking stockings "
    "hosiery serum serums mattress mattresses pump pumps sensor sensors mouthpiece mouthpieces denervation "
    "rehydration varnish varnishes filling fillings toothbrush toothbrushes brushes floss flossing sealant sealants "
    "implants dentures toothpaste toothpastes manoeuvre manoeuvres maneuver maneuvers fibre fiber bran nicotine "
    "cannabis cbd thc nutrition oestrogen estrogen progesterone progestogen testosterone levothyroxine polypill "
    "polypills bandage bandages bandaging removal transplantation probiotic probiotics")
# Suffixes of medicine names (riluzole, metformin, levodopa, adalimumab, enalapril, valsartan …).
_MEDICINE_NAME = re.compile(r"^anti-?[a-z]{4,}s?$|^[a-z]+(?:steride|amide|azide|dronate|mab|nib|zole|pril|sartan|statin"
                            r"|formin|dopa|olol|pine"
                            r"|zepam|tide|gliptin|flozin|vir|cillin|mycin|cycline|floxacin|azine|oxetine|triptan|profen|parin|xaban"
                            r"|steroid|opioid|cannabinoid|mectin|quine|icine|olone|asone|isone|cept|inoin|stat|clone|pidem|lukast"
                            r"|gepant|urea|idine|giline|therapy|therapie|ectomy|otomy|ostomy|centesis|plication|pexy|tripsy"
                            r"|lactone|scopy"
                            r"|ectomie|plasty|plastie)s?$")


@functools.lru_cache(maxsize=16384)
def medicine_name(word: str) -> bool:
    """Whether a word is named like a medicine or a therapy; asked of every word before many predicates,
    and words recur from text to text (a cache of words, not of texts)."""
    return _MEDICINE_NAME.match(word) is not None


def _names_medicine(lower: str) -> bool:
    return any(map(medicine_name, words_in(lower)))


class Lexicon(NamedTuple):
    outcomes: WordSet
    interventions: WordSet


@functools.lru_cache(maxsize=8)
def lexicon(extra_interventions: tuple[str, ...] = (), extra_outcomes: tuple[str, ...] = ()) -> Lexicon:
    """The word lists, with an editor's additions (rule options)."""
    interventions = [*_INTERVENTIONS, *(word for word in extra_interventions if word.strip())]
    return Lexicon(WordSet([*_OUTCOMES, *(word for word in extra_outcomes if word.strip())]),
                   WordSet([*interventions, *(_plural(word) for word in interventions)]))


def _plural(word: str) -> str:
    return word if word.endswith("s") else f"{word[:-1]}ies" if word.endswith("y") else f"{word}s"


# A gerund that starts a clause names an activity ("Losing weight …", "Staying active …").
_GERUND_SUBJECT = re.compile(r"^(?:(?:regular|daily|gentle|early|more|less|wet|brisk|deep|slow|light|moderate"
                             r"|[a-z]{3,}(?:al|ic|ive|ar|ous))\s+)?"
                             r"(?!(?:hearing|swelling|bleeding|itching|vomiting|wheezing|snoring|ringing|ageing|aging|tingling|burning|bruising"
                             r"|scarring|morning|evening|feeling)\b)[a-z]+ing\b(?!\s+(?:is|are)\s+(?:a|an|the)\b)")
# A condition or state as subject: its effects are how a condition works, not a claim.
_CONDITION_SUBJECT = re.compile(r"\b[a-z]+(?:osis|iasis|itis|aemia|emia|pathy|oma)\b"
                                r"|\b(?:disease|syndrome|disorder|cancer"
                                r"|stroke|diabetes|asthma|copd|als|mnd|ms|parkinson's|dementia|depression|infection"
                                r"|apnoea|apnea|epilepsy|obesity|adhd|fibromyalgia|covid|menopause|injury|deficiency|insufficiency"
                                r"|failure)\b"
                                r"|\b(?:throat|airways?|muscles?|skin|joints?|heart|lungs?|kidneys?|liver|nerves?|cells"
                                r"|bones|eyes|walls|bowel|gut|stomach|bladder|cases)\b"
                                r"|\b(?:heat|temperature|weather|stress|age|ageing|aging|the disease|the condition"
                                r"|the illness|symptoms?|fluid|immune system|immunity|blood sugar|high blood"
                                r"|blood pressure"
                                r"|hypertension|nerve cells"
                                r"|the body|the brain|your body)\b")
# What something aims or is meant to do, and what a test asks, is not an effect asserted.
_INTENT = re.compile(r"\b(?:aims?|aimed|aiming|designed|intended|meant|(?:goal|purpose|aim|objective|expectation)"
                     r"(?: of (?:the )?[\w-]+(?: [\w-]+)?)? is|hope)\s+(?:to|at)\b"
                     r"|\bwhether\b|\b(?:test|tests|tested|see|find out|check|checks)\s+if\b"
                     r"|\b(?:advised|told|asked|encouraged|instructed)\s+(?:not\s+)?to\b"
                     r"|\bfocus(?:es|ed|ing)?\s+(?:mainly\s+|mostly\s+)?on\s+\Z")  # "care focuses on relieving …"
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|become|becomes|became)\s+"
                      r"(?:(?:\w+ly|then|also|often|now|still|later|first|again|not|never)\s+)*['‘\"“]?\Z")
_MODAL_NOUN = re.compile(r"(?<![\w-])(?:a|an|the|no|any|this|that|for|of|its|their|our|your|his|her|including"
                         r"|with)\s+[\"“‘']?\Z")
# "stem cells that rebuild …", "a supplement that ends …": a treatment is the subject of the relative clause.
_RELATIVE = re.compile(r"\b(?:(stem)[- ]cells?|(factors|molecules|proteins|cytokines|substances|signals|compounds"
                       r"|enzymes|antibodies|nutrients|mirnas)|([\w-]+))\s+(?:that|which)\s+\Z")


def _used_as_noun(before: str, lex: Lexicon) -> bool:
    """Whether a determiner before the verb makes it a noun ("a cure", "that cut"), and not a relative
    pronoun whose subject is a treatment ("stem cells that rebuild …")."""
    if not _MODAL_NOUN.search(before):
        return False
    found = _RELATIVE.search(before)
    if found is None:
        return True
    noun = found.group(3) or ""
    return not (found.group(1) is not None or found.group(2) is not None
                or (noun in lex.interventions and noun not in ("cell", "cells")) or medicine_name(noun))


def _used_as_adjective(verb: str, before: str, after: str = "") -> bool:
    """Whether a verb that is also an adjective stands where an adjective would ("placing thin wires"),
    and not before a determiner, as a verb does ("… and lower your cholesterol")."""
    return verb in _ALSO_ADJECTIVES and _ADJECTIVE_SLOT.search(before) is not None \
        and _DETERMINER_AFTER.match(after) is None


_AUXILIARY = re.compile(r"(?:\s+(?:can|could|may|might|will|would|does|do|did|not|also|often|usually|typically"
                        r"|doesn't|don't|didn't|won't|can't|cannot|(?:has|have|had|needs?|tends?) to"
                        r"|is|are|was|were|all|both"
                        r"|generally|sometimes|[a-z]+ly))+\s*\Z")


# A condition after one of these is not the subject ("vaccination after long covid", "people with ms").
_PREPOSITIONS_BEFORE_A_CONDITION = frozenset(("after", "following", "during", "for", "against", "with", "in"))


def _condition_is_subject(before: str) -> bool:
    """Is the subject of the verb after ``before`` a condition or a state of the body ("Raised body
    temperature slows …", "Osteoporosis makes …"), and not people with it ("Stroke survivors regain …")?"""
    clause = before.rsplit(",", 1)[-1]
    clause = clause.split(" of ", 1)[0] + " " if " of " in clause else clause  # "excision of X": the excision
    subject = _AUXILIARY.sub("", " " + clause).split()
    if not _PREPOSITIONS_BEFORE_A_CONDITION.isdisjoint(subject[-3:-1]):
        return False  # "vaccination after long covid does not worsen …": the condition is not the subject
    head = " ".join(subject[-2:])
    return any(found.end() == len(head) for found in _CONDITION_SUBJECT.finditer(head))  # its last word



# A pronoun just before the verb stands for the treatment the text is about ("it helps", "they reduce").
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|this|these|both|it's|they're)\s+(?:[\w%-]+\s+){0,3}\Z")


def _condition_is_object(after: str, within: int = 2) -> bool:
    """Whether one of the first words after a verb names a condition or a part of the body ("… can improve
    psoriasis"; "… can help dry, tired eyes", within four)."""
    return any(_CONDITION_SUBJECT.fullmatch(word.strip(",.;:!")) for word in after.split()[:within])


def _names_intervention(words: str, lex: Lexicon) -> bool:
    if lex.interventions.found_in(words) or _GERUND_SUBJECT.match(words.strip()) or _PRONOUN_SUBJECT.search(words):
        return True
    return _names_medicine(words)


class Claim(NamedTuple):
    phrase: str  # the words that make it a claim, as written in the sentence
    kind: str  # 'effect', 'safety', 'comparison', 'figures', 'outcome'
    asked: str = ""  # the question a "Yes" or "No" answers, when the claim is the question's
    weighing: tuple[str, ...] = ()  # for a learnt claim, the words that weigh most towards it, as written


def _before(clause: str, start: int) -> str:
    """The words before a predicate, as far back as its subject can be: a very long clause is cut
    (after "… "), so that many predicates in it do not cost the square of its length."""
    return clause[:start] if start <= REACH else "… " + clause[start - REACH:start].split(" ", 1)[-1]


def _effect_in(clause: str, lex: Lexicon, sentence: str) -> tuple[int, int, str] | None:
    """The first effect predicate of a lower-cased clause (of ``sentence``) that makes it a claim: (start,
    end, kind)."""
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, label in _PREDICATES.finditer(clause):  # one look for every kind of predicate
        group, _, inner = label.partition(":")
        groups.setdefault(group, []).append((start, end, inner))
    if not groups:
        return None
    for start, end, _ in groups.get("side effects", ()):
        before = _before(clause, start)
        if not _TRUISM.search(before) and not _condition_is_subject(before):
            return start, end, "safety"  # not "every procedure carries some risk", "high blood pressure rarely …"
    for start, end, kind in groups.get("safe", ()):
        before = _before(clause, start)
        if _INTENT.search(before) or (kind == "predicate" and not _COPULA.search(before)) \
                or (kind == "adverb" and (not _CAN.search(before) or _WHEN.search(before))):
            continue
        following = clause[end:].split()[:1]  # "an effective treatment for": the noun it describes
        named = lex.interventions.found_in(clause[start:end]) or bool(following and following[0] in lex.interventions)
        if _names_intervention(before or clause[end:end + REACH], lex) or named:
            return start, end, "safety"  # not "it is safe to fly", "the weather is dangerous"
    for start, end, _ in groups.get("likely", ())[:1]:
        if _names_intervention(_before(clause, start), lex):
            return start, end, "effect"  # "people who use their inhaler are less likely to …"
    for group in ("comparison", "figures", "outcome"):
        for start, end, label in groups.get(group, ()):
            before = _before(clause, start)
            if _INTENT.search(before) or _PURPOSE.search(before):
                continue  # "trials test whether it works better", "to achieve the most benefit, start early"
            if group == "comparison" and label not in ("works", "bare") and not _names_intervention(before, lex) \
                    and not (label == "than" and _names_intervention(clause[end:end + 40], lex)):
                continue  # neither side of "more effective than antihistamines" is a treatment
            if (group == "comparison" and _TRUISM.search(before)) or (group == "figures" and _NONE_IS.search(before)):
                continue  # "any activity is better than none", "no test is 100% accurate"
            if (label == "does not work" or "respond" in clause[start:end]) \
                    and (_condition_is_subject(before) or "body" in words_in(before)):
                continue  # "the body does not make enough insulin or the insulin does not work properly",
                # "the body does not respond to insulin properly"
            if label == "bare" and _ASKED_HOW.search(before):
                continue  # "this is how it works": a description
            if (label in ("quantity", "benefits") and not _names_intervention(clause, lex)) \
                    or (label == "becomes" and not lex.interventions.found_in(sentence)):
                continue  # "many people find their symptoms improve": how an illness goes, not what treats it
            if label == "by" and not _CHANGED_BY.search(before):
                continue  # "recommended by 98% of patients" is not an effect's size
            if label == "linked" and (_condition_is_subject(before) or not _names_intervention(before, lex)):
                continue  # "gestational diabetes is associated with a higher risk of …": a risk factor
            if _REQUIRED.search(before) or _NATURAL_COURSE.match(clause, end) or _IF_CLAUSE.search(before):
                continue  # "you don't have to be pain-free", "it often improves over time"
            return start, end, group
    for start, end, _ in groups.get("effect", ()):
        before, after, verb = _before(clause, start), clause[end:], clause[start:end]
        strong = bool(_STRONG.fullmatch(verb))
        if _PASSIVE.search(before) and _BY_TREATMENT.match(after) and _names_intervention(after[:60], lex) \
                and lex.outcomes.found_in(before):
            return start, end, "effect"  # "seizures are controlled with medicines" (not "the lens is removed by …")
        if _PASSIVE.search(before) and _CHANGED.match(verb) and not _NEGATOR.search(before) \
                and lex.outcomes.found_in(before) \
                and lex.interventions.found_in(sentence) and not _condition_is_subject(before):
            return start, end, "effect"  # "after vaccination, the risk of shingles was halved"
        if _NATURAL_COURSE.match(after) or _DEFINITION.search(before) or after.startswith("-") \
                or (before.endswith("-") and not strong
                    and (verb.endswith("ed") or before.endswith(("risk-", "-to-")))) \
                or _RECIPROCAL.match(after) or _HOW_MUCH.search(before) or _HARD_TO.search(before) \
                or _used_as_adjective(verb, before, after):
            # "it often improves over time"; "dopamine, a messenger that helps control …"; "cutting-edge";
            # "contrast-enhanced imaging", "risk-reducing surgery" (its clinical name; "fat-burning" and
            # "kidney-restoring" claim)
            continue
        if verb.endswith("ing") and _AFTER_COMMA.search(before) and _names_intervention(before, lex) \
                and lex.outcomes.found_in(after[:60]) \
                and not _condition_is_subject(_RELATIVE_CLAUSE.split(before.rsplit(",", 1)[0], 1)[0]):
            return start, end, "effect"  # "thermoplasty delivers energy to the airway wall, reducing exacerbations"
        if (" " not in verb and _OF_AFTER.match(after)) or _BEING_AFTER.match(after) or _TIME_CLAUSE.search(before) \
                or searched(_IF_BEFORE, _IF_WORDS, sentence, within=before) \
                or searched(NOT_PROMISED, PROMISE_WORDS, sentence, within=before) \
                or _INSTEAD_BEFORE.search(before) or _NOT_HEALTH_AFTER.match(after) or _USED_TO.search(before) \
                or (verb == "trigger" and _TRIGGER_NOUN.match(after)) \
                or (verb.startswith("remov") and _THROUGH_A_CUT.search(after)) \
                or _PURPOSE_OF_NOUN.search(before) or (verb.endswith("ing") and _FROM_AFTER.match(after)) \
                or (_NOUN_FIRST.fullmatch(verb) and _PREPOSITIONAL.search(before)) \
                or (verb == "control" and before.split() and before.split()[-1] in lex.outcomes) \
                or (" " not in verb and _NOUN_FIRST.fullmatch(verb) and _DETERMINED.search(before)
                    and not before.rstrip().endswith("s") and before.split()[-1] not in lex.interventions
                    and before.split()[-1] not in _NOT_A_NOUNS_DETERMINER):
            # "the building blocks of", "after the rash has healed", "through a tiny cut", "a miracle cure",
            # "symptom control" (a noun after an outcome)
            continue
        if _used_as_noun(before, lex) \
                or (_PASSIVE.search(before) and not (strong and not _NEGATOR.search(before))):
            continue  # "a cure", "is controlled by", "cannot be restored": not an effect asserted ("was cured" is)
        if not before.strip() and _THIRD_PERSON.fullmatch(verb) and not _NOT_A_VERB_AFTER.match(after):
            return start, end, "effect"  # "Eases heavy, aching legs.": the product's claim, its name left out
        if verb.endswith("ed") and (not before.strip() or _PREPOSITION_BEFORE.search(before) or _COUNTED.search(before)
                                    or _STATE_VERB_BEFORE.search(before)
                                    or (before.endswith(" and ") and not _DETERMINER_AFTER.match(after))):
            continue  # "Raised body temperature …", "building up into raised patches": an adjective
        if verb.endswith("ing") and " " not in verb and (_NOUN_BEFORE.search(before) or _object_of_a_condition(before)):
            continue  # "the miracle of integrative healing": a noun; "infection can slow healing": what it slows
        if strong and verb.endswith("ed") and _PASSIVE.search(before) and not _NEGATOR.search(before):
            return start, end, "effect"  # "her fibromyalgia was cured" (not "the body is constantly repairing")
        subject_is_treatment = _names_intervention(before, lex)
        if " " in verb and not _condition_is_subject(before) and not _INTENT.search(before) \
                and not _ASKED_HOW.search(before):  # not "what makes it worse"
            return start, end, "effect"  # "gives no lasting benefit", "makes breathing easier"
        if (_condition_is_subject(before) and not _names_intervention(before.rsplit(",", 1)[-1], lex)) \
                or _INTENT.search(before) \
                or (verb.startswith("treat") and not subject_is_treatment):
            continue  # how a condition works; what something aims to do; "doctors treat …" (a description)
        if subject_is_treatment or lex.outcomes.found_in(after[:60]) or strong or _by_treatment(after, lex) \
                or (_RID.match(verb) and _PERMANENT.search(after[:60])) \
                or _condition_is_object(after) or _SHARE_OF_PEOPLE.search(after[:90]):
            return start, end, "effect"  # … "seizures stop with treatment"; "sunlight can improve psoriasis";
            # "4% dimeticone cleared infestation in about 70% of children"
    for start, end, _ in groups.get("harm", ()):
        before = _before(clause, start)
        if _INTENT.search(before) or _TRUISM.search(before) or _DEFINITION.search(before) \
                or (clause.startswith("trigger", start) and _TRIGGER_NOUN.match(clause, end)):
            continue  # "researchers have looked at whether NAD+ drips affect ageing"; "like all medicines, …";
            # "a condition in which …, leading to"; "a trigger food"
        if _used_as_adjective(clause[start:end], before) or _RECIPROCAL.match(clause, end) or _HOW_MUCH.search(before) \
                or _RESULTS_AFTER.match(clause, end):
            continue  # "placing thin wires", "a blunt needle"; "how thoughts and feelings affect each other";
            # "antihistamines can affect the results" of a test
        if (clause[start:end].endswith("ing") and " " not in clause[start:end]) or _NOUN_AFTER.search(before) \
                or (" " not in clause[start:end] and _OF_AFTER.match(clause, end)) \
                or (_PRONOUN_SUBJECT.search(before) and not lex.interventions.found_in(sentence)):
            continue  # "…, predominantly affecting": a description; "it causes a rash": "it" may be the illness
        if clause[start:end].endswith("ed") and " " not in clause[start:end] and not _PERFECT.search(before) \
                and not (before.split() and before.split()[-1] in lex.interventions):
            continue  # "damaged nerve tissue": an adjective; "injections have caused", "injections caused": a claim
        associated = clause.startswith(("associated", "linked"), start)  # "is associated with": passive by nature
        if (associated or not _PASSIVE.search(before)) and not _used_as_noun(before, lex) \
                and _names_intervention(before, lex) \
                and not _condition_is_subject(before):
            return start, end, "effect"
    for start, end, _ in groups.get("help", ()):
        before, after = _before(clause, start), clause[end:end + 90]
        if _used_as_noun(before, lex) or _INTENT.search(before) or _DEFINITION.search(before) \
                or _SOUGHT.search(before) or _HELP_SERVICE.match(after) or _CARER_BEFORE.search(before) \
                or searched(_IF_BEFORE, _IF_WORDS, sentence, within=before):
            # "if pelvic floor exercises have not helped, …"
            continue
        if _EFFECT.search(after) or lex.outcomes.found_in(after[:50]) or _HELPED_TO.search(after) \
                or ((after.startswith(" with ") or _HELPS_ALONE.match(after) or _condition_is_object(after, 4))
                    and _names_intervention(before, lex)
                    and not (_PRONOUN_SUBJECT.search(before) and not lex.interventions.found_in(sentence))):
            return start, end + len(after.split(",")[0].rstrip().rstrip(".;:!")), "effect"
    return None


# Every predicate _effect_in looks for, in one list; a sentence with none of their first words claims nothing.
_PREDICATES = Phrases.joined({"side effects": _SIDE_EFFECTS, "safe": _SAFE, "likely": _LIKELY,
                              "comparison": _COMPARE, "figures": _FIGURES, "outcome": _OUTCOME_PHRASE,
                              "effect": _EFFECT, "harm": _HARM, "help": _HELP})
_PREDICATE_WORDS = _PREDICATES.first_words
_EFFECT_WORDS = _EFFECT.first_words


def _object_of_a_condition(before: str) -> bool:
    """Whether the words before a gerund end with an effect verb whose subject is a condition ("poor circulation
    and infection can all slow healing"): the gerund is what the condition acts on, not a claim of its own."""
    rest, _, verb = before.rstrip().rpartition(" ")
    return verb in _EFFECT_WORDS and _condition_is_subject(rest + " ")
# How an illness goes by itself: "it often improves over time", "in the months after treatment ends".
_NATURAL_COURSE = re.compile(r"\s+(?:(?:[a-z]+ly|a lot|a little|again)\s+){0,2}"
                             r"(?:over time|with time|on (?:its|their) own"
                             r"|by (?:itself|themselves)|in the (?:days|weeks|months|years) after)\b")
_REQUIRED = re.compile(r"\b(?:have|has|need|needs) to be\s+\Z")  # "you don't have to be pain-free before …"
# An appositive that defines a word: "dopamine, a chemical messenger that helps control movement".
# What happens in a condition a clause defines: "an autoimmune condition in which antibodies … destroy the gland";
# what a method is for: "a manual therapy that uses stretching and massage to treat …".
_DEFINITION = re.compile(r"(?<!ly),\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}(?:that|which)\s+(?:[\w-]+\s+)?\Z"
                         r"|\b(?:condition|disease|disorder|illness|syndrome)\s+in\s+which\b[^;]*\Z"
                         r"|\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}(?:that|which)\s+uses?\s+[^.;]*?\bto\s+\Z"
                         # "Endometrial ablation is a procedure that removes …": how it is done
                         r"|\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:procedure|operation|technique)\s+"
                         r"(?:that|which|in which)\s+(?:[\w-]+\s+(?:or|and)\s+)?\Z")
_ALSO_ADJECTIVES = frozenset(("thin", "blunt", "lower", "clear", "slow", "calm"))  # "placing thin wires"
_ADJECTIVE_SLOT = re.compile(r"\b(?:[a-z]+ing|a|an|the|of|with|and|two|three|several)\s+\Z")
_AFTER_COMMA = re.compile(r",\s+\Z")
_HARD_TO = re.compile(r"\b(?:hard|harder|difficult|tricky|impossible)\s+to\s+\Z")  # "when it is hard to control"
_RECIPROCAL = re.compile(r"\s+(?:each other|one another)\b")  # "how thoughts and feelings affect each other"
# "ranks foods by how quickly they raise blood sugar": a measure described, not an effect asserted
_HOW_MUCH = re.compile(r"\bhow\s+(?:quickly|fast|much|far|slowly|strongly|easily)\s+(?:[\w-]+\s+){1,3}\Z")
_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|ask for|asking for|get|getting|need|needs|find|offer|offers"
                     r"|professional|medical|expert|extra)\s+\Z")  # "men are less likely to seek help": a noun
# "1,800 children treated": a participle that counts people, not a claim
_COUNTED = re.compile(r"\b(?:children|patients|people|adults|women|men|cases|clients|families)\s+\Z")
# "nurses help set up breathing equipment": a service, not an effect
# "Gentle stretching before bed might help.", "… may help for a short time": helps, with nothing after
_HELPS_ALONE = re.compile(r"\s*(?:[.!;]|$)|\s+(?:for (?:a (?:short )?time|a while|some people|many people|most people)"
                          r"|in (?:some|many|most) (?:cases|people)|(?:some|many|most) (?:people|patients))\b")
# "your GP can help you manage …": what a carer does is a service, not what a treatment does
_CARER_BEFORE = re.compile(r"\b(?:gp|gps|doctor|doctors|nurse|nurses|pharmacist|pharmacists|team|physiotherapist"
                           r"|physiotherapists|consultant|specialist|midwife|health visitor|social worker|staff"
                           r"|helpline|advisers?|advisors?|therapists?|counsellors?|psychologists?|dietitians?"
                           r"|hypnotherapists?)\s+(?:can|could|may|might|will|should|are there to)?\s*\Z")
_HELP_SERVICE = re.compile(r"\s+(?:you\s+|your family\s+)?(?:to\s+)?(?:keep (?:track|records?|a (?:diary|record|log))"
                           r"|set up|arrange|organi[sz]e|book|fill in|find"
                           r"|choose|spot"
                           r"|plan|show|explain|apply|claim|get hold|sort out|learn how to|fund|raise money)\b")
_CHANGED_BY = re.compile(r"\b(?:reduc|cut|lower|improv|increas|decreas|fell|fall|dropp|drop|rose|rise|shr[iau]nk"
                         r"|shorten|lengthen|extend|slow)\w*\s+(?:[\w-]+\s+){0,3}\Z")
# How many it did it for: "in about 70% of children", "about half of common warts"
_SHARE_OF_PEOPLE = re.compile(r"\bin (?:about |around |nearly |almost |over |up to |more than )?\d+(?:[–-]\d+)?"
                              r"(?:\.\d+)?\s*(?:%|per ?cent) of (?:the )?(?:patients|people|children|adults|women|men"
                              r"|participants|users|cases)\b|^\s+(?:about |around |nearly |almost |roughly )?(?:half"
                              r"|a third|two[- ]thirds|a quarter|three[- ]quarters) of\b")
_BY_TREATMENT = re.compile(r"\s+(?:with|by|through|using|after)\b")
# A negation before a verb ("cannot be restored", "was never cured"). Narrower than _english._NEGATOR,
# which also reads "unlikely", "rather than", "nothing" … as negating a phrase: HC101's frames were tuned
# on the corpus with this shorter list, so the two are kept apart.
_NEGATOR = re.compile(r"\b(?:not|cannot|can't|never|no)\b")
# "can keep dissolved": a state, not an effect
_STATE_VERB_BEFORE = re.compile(r"\b(?:keep|keeps|kept|stay|stays|stayed|remain|remains|remained)\s+\Z")
_PREPOSITION_BEFORE = re.compile(r"\b(?:into|in|with|of|for|on|to|by|as|from|under)\s+\Z")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|their|its|your|his|her|this|these|by|from)\b")
_NOUN_BEFORE = re.compile(r"(?:\b(?:of|for|in|and|or|the|a|after|before|until|without|during)|,)\s+"
                          r"(?:(?!thereby|thus|also|further)[\w-]+\s+)?\Z")
# "NAD+ infusions replenish levels that decline with age, improving …": the subject is before the relative clause
_RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who)\s")
# "clears stubborn athlete's foot for good": an effect for ever, whoever does it
_PERMANENT = re.compile(r"\b(?:for good|forever|for ever|permanently|once and for all)\b")
_RID = re.compile(r"clear|cur|heal|banish|remov|eliminat|fix|stop|end|eras|get rid|knock|wipe|eradicat|reset")
# "Hyperbaric oxygen therapy is used to treat decompression sickness": a use, not an effect asserted
_USED_TO = re.compile(r"\b(?:is|are)\s+(?:also\s+|mainly\s+|sometimes\s+|often\s+|mostly\s+)?used\s+to\s+\Z")
# "… rather than fighting difficult thoughts": what is not done is not an effect asserted
_INSTEAD_BEFORE = re.compile(r"\b(?:rather than|instead of)\s+\Z")
# "a specific trigger food": the verb is a noun's first word
_TRIGGER_NOUN = re.compile(r"\s+(?:foods?|factors?|points?|finger|words?|warnings?)\b")
# "removes excess skin and fat … through a horizontal incision": how an operation is done
_THROUGH_A_CUT = re.compile(r"\b(?:through|via)\s+(?:a|an|one|two|three|several|small|tiny)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:cuts?|incisions?|openings?)\b")
# "can affect the results": of a test, not of health
_RESULTS_AFTER = re.compile(r"\s+(?:the\s+|your\s+)?(?:test\s+|scan\s+|skin test\s+|blood test\s+)?"
                            r"(?:results|readings?)\b")
# "will cut waiting times": not a health outcome
_NOT_HEALTH_AFTER = re.compile(r"\s+(?:the\s+|your\s+)?(?:waiting (?:times?|lists?)|costs?|prices?|queues?|paperwork"
                               r"|bills?)\b|\s+(?:[\w,]+\s+){0,2}calories\b")
# Verbs whose passive tells of a change an outcome went through ("the risk was halved"), not a state ("is preserved").
_CHANGED = re.compile(r"reduc|lower|eas|reliev|improv|prevent|halv|cut|shorten|decreas|eliminat|remov|clear|cur|heal")
_PROMISED = re.compile(r"^\W*get back (?:to|in|on|into)\b"
                       r"|\band (?:say goodbye to|feel (?:lighter|better|younger|great|\w+er)|see (?:results|the "
                       r"difference)|notice|enjoy)\b|^\W*turn back the clock\b"
                       r"|^\W*get (?:a|your) (?:[\w-]+ )?(?:smile|body|skin|hairline|confidence|life)\b")
_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent)|\b\d+ (?:in|of|out of) (?:every )?\d+\b"
                     r"(?! (?:days|weeks|months|years|mg|ml|minutes|hours))")
# "If pelvic floor exercises have not helped": what is supposed, not asserted ("once" also counts times)
_IF_BEFORE = re.compile(r"\b(?:if|unless)\b[^,;]*\Z")
_IF_WORDS = frozenset(("if", "unless"))  # (looked for in the sentence's words before the pattern is searched)
# A condition the outcome waits on: "only once you have been seizure-free for a set time".
_IF_CLAUSE = re.compile(r"\b(?:once|until|unless|if)\b[^,;]*\Z")
_CONDITION_TAIL = re.compile(r"[^\w'](?:if|unless|until|whether)\s*\Z")
_TREATED_AT = re.compile(r"\s(?:with|after|on|using|thanks to)\s+((?:[\w-]+\s*){1,3})")


def _after_condition(lower: str, offset: int) -> bool:
    """Whether the clause at ``offset`` follows "if", "unless", "until" or "whether": the few characters
    before it are looked at (searching the whole sentence before each clause cost more than the clause)."""
    start = max(0, offset - 12)
    return _CONDITION_TAIL.search((" " if start == 0 else "") + lower[start:offset]) is not None


def _by_treatment(after: str, lex: Lexicon) -> bool:
    """Whether a treatment follows the verb as its means: "seizures stop with treatment", "spots start to
    improve after six to eight weeks of treatment with a topical retinoid"."""
    return any(lex.interventions.found_in(found.group(1)) for found in _TREATED_AT.finditer(after, 0, 90))


_PRICE = re.compile(r"\b(?:save|saving|discount of|off)\s+\Z")  # "save 25% on our …": a price
_PRICE_AFTER = re.compile(r"\s*(?:finance|interest|apr|deposit|discount|off)\b")  # "0% finance over 12 months"
_RESULT_FIRST = re.compile(r"\W*(?:fewer|better|improved|improvements? in|reduced|reductions? in|greater|faster"
                           r"|(?:thicker|fuller|clearer|smoother|stronger|whiter),?)\s+"
                           r"(?:[\w-]+\s+){1,6}?(?:in|with|after|at|among|for|from)\b")
_COPULA_VERB = re.compile(r"\b(?:is|are|was|were|has|have|can|may|will|should|include|includes|depends?|means?)\b")
_USED = re.compile(r"\b(?:treated with|use of|who use|who used|who took|taking|completing|who completed)\b")
_PURPOSE = re.compile(r"^\W*(?:in order )?to\s+\Z")  # "To achieve …, begin early": a purpose, not an outcome
_OF_AFTER = re.compile(r"\s+of\b")  # "blocks of", "the control of": a noun
# "every procedure to remove a stone", "Keyhole surgery to remove the gallbladder is done as a day case"
# "… an operation at some point, for example to remove …"; "the only treatment is to cut out gluten": what is done
_PURPOSE_OF_NOUN = re.compile(r"\b(?:every|a|an|the|any)\s+[\w-]+\s+to\s+\Z"
                              r"|\b(?:for example|for instance|such as|e\.g\.),?\s+to\s+\Z"
                              r"|\b(?:is|was)\s+(?:simply\s+|usually\s+|often\s+)?to\s+\Z"
                              r"|^\W*(?:[\w-]+\s+)?(?:surgery|an operation|operation|a procedure|procedure)\s+to\s+\Z")
_FROM_AFTER = re.compile(r"\s+from\b")  # "a sling extending from …": a participle, not an effect
_NOUN_AFTER = re.compile(r"\b(?:with|for|of|get|your|the|own)\s+\Z")  # "mammograms with results in 48 hours"
_BEING_AFTER = re.compile(r"\s+being\b")  # "so that it stops being a place to lie awake": not an effect
# A time clause: what has healed there is not what a treatment did ("after the rash has healed").
_TIME_CLAUSE = re.compile(r"\b(?:after|once|until|before)\s+(?:[\w'-]+\s+){1,3}(?:has|have|had|is|are)\s+\Z"
                          r"|\b(?:until|before)\s+(?:your\s+|the\s+|their\s+)?[\w'-]+\s+\Z")  # "… before periods stop"
_PREPOSITIONAL = re.compile(r"\b(?:through|via|into|from)\s+(?:a|an|the|this|its|your)\s+(?:[\w-]+\s+)?\Z")
# verbs that are nouns too
_NOUN_FIRST = re.compile(r"cure|cut|control|block|boost|treat|benefit|repair|relief|fight|fix")
# The word before a verb that is a noun too, which makes it a verb: "and cut", "a day can cut your risk".
_NOT_A_NOUNS_DETERMINER = frozenset(("and", "or", "can", "could", "may", "might", "will", "would", "should", "to",
                                     "does", "do", "did"))
_DETERMINED = re.compile(r"\b(?:a|an|the|no|any|this|that|its|their|our|your)\s+(?:[\w-]+\s+){1,2}\Z")
_ASKED_HOW = re.compile(r"\b(?:how|what|why|where|whether|if|see)\s+\Z")
_THIRD_PERSON = re.compile(r"[a-z]+[^s]s")
_NOT_A_VERB_AFTER = re.compile(r"[\s,]*(?:and|or|of|are|were|is|can|may|will|,|\.|$)")  # "Cuts and grazes …"
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\Z")
_HELPED_TO = re.compile(r"\b(?:longer|better|faster|recover|walk|breathe|cope|return|get back|avoid|carry on|keep"
                        r"|absorb|move|replace|restore|rebuild"
                        r"|make the most|continue|get around|sleep|heal|communicate|concentrate|feel|learn|relearn"
                        r"|regain|speak"
                        r"|talk|shift|clear|develop|thrive)\b")


def claim(sentence: str, extra_interventions: tuple[str, ...] = (), extra_outcomes: tuple[str, ...] = (),
          learnt: Model | None = None) -> Claim | None:
    """The claim ``sentence`` makes, or None when it asks, instructs, hopes or describes. A sentence with an
    effect predicate that none of the frames below makes a claim, nor rules out, is a claim when the
    ``learnt`` model scores it so (and it neither instructs, states an absence nor says what is aimed at)."""
    if is_question(sentence):
        return None
    lower = lowered(sentence)
    written = sentence if len(sentence) == len(lower) else lower  # lower-casing kept every offset but for rare letters
    story = testimony(lower)  # "'… I was running again,' says Priya": what a treatment did, told by a patient
    if story is not None and story[2] != "satisfaction":
        return Claim(written[story[0]:story[1]], "testimonial")
    if _PREDICATE_WORDS.isdisjoint(words_in(lower)):
        return None  # no word any claim's predicate starts with
    if is_research_hope(lower) or warned_about(lower, len(lower)):
        return None
    lex = lexicon(extra_interventions, extra_outcomes)
    offset = 0
    for part in clauses(lower):
        offset = lower.index(part, offset)
        # "there is no cure, but …" is not a claim; an instruction is not, unless it promises a result
        # ("Sit on our chair for six sessions and say goodbye to leaks")
        # "… call 999 if you don't feel better": a condition is not asserted; what follows its comma is
        # ("if you have glaucoma, as they can raise the pressure …")
        skip = (part.find(",") + 1 or len(part)) if _after_condition(lower, offset) else 0
        if skip < len(part) and (not is_instruction(part) or _PROMISED.search(part)) \
                and not states_absence(part.strip()):
            found = _effect_in(part[skip:], lex, lower)
            if found is not None:
                start, end, kind = found
                return Claim(written[offset + skip + start:offset + skip + end].strip(" ,"), kind)
        offset += len(part)
    # Figures with a treatment and an outcome: "stone-free rates of around 70%", "in 9 of 10 hands"
    figure = _FIGURE.search(lower) if NUMBER in words_in(lower) and lex.interventions.found_in(lower) \
        and lex.outcomes.found_in(lower) else None  # the word lists first: they are cheaper to ask
    if figure is not None and not is_instruction(lower) and not states_absence(lower) \
            and not _PRICE.search(lower, 0, figure.start()) and not _PRICE_AFTER.match(lower, figure.end()):
        return Claim(written[figure.start():figure.end()], "figures")
    # A result without its verb: "Fewer chest infections with regular use of a cough assist machine."
    # (or after a heading's colon: "Results: fewer …")
    result = _RESULT_FIRST.match(lower, lower.rfind(":") + 1)
    if result is not None and not _COPULA_VERB.search(lower) \
            and (lex.interventions.found_in(lower) or _USED.search(lower)
                 or _names_medicine(lower) or "money back" in lower):  # "Fewer flare-ups …, or your money back."
        return Claim(written[result.start():result.end()].strip(), "outcome")
    if learnt is None or is_instruction(lower) or states_absence(lower.strip()) or _INTENT.search(lower) \
            or not learnt.says_yes(lower):
        return None  # "the main expectation is to maintain …": an aim, whatever the words weigh
    if not (lex.interventions.found_in(lower) or _names_medicine(lower) or provider_voice(lower)):
        return None  # "Symptoms may come back again.": no treatment is named, so none is claimed for
    # the model reads the whole sentence: it is what is shown, with the words that weigh most
    return Claim(opening(written), "learnt", weighing=tuple(learnt.strongest_words(lower, written)))


# A question of what a treatment does ("Can the MMR vaccine cause autism?", "Is ketamine a cure for depression?")
# as a statement: the auxiliary dropped ("the mmr vaccine cause autism"), or a copula put before what is asked
# of the subject ("ketamine is a cure for depression").
_ASKED = re.compile(r"^\W*(?:[\w ]{1,20}:\s*)?"  # after a label: "Q: Does …?"
                    r"(?:(?:does|do|did|can|could|will|would|may|might)\s+(?P<said>.+?)"
                    r"|(?P<copula>is|are|was|were)\s+(?P<subject_predicate>.+?))\s*\?\W*$")
_COPULA_SLOT = re.compile(r"\s(?=(?:a|the|any) (?:cure|treatment|remedy)\b|(?:better|worse|more|less|as|safe|safer"
                          r"|effective|reliable|accurate|harmful|dangerous|addictive|permanent|painful|linked|good|bad)\b)")
# Questions whose "No" says that something does not exist, not what a treatment does: "Is there a pill that cures
# tinnitus?", "Can Parkinson's be cured?", "Is a treatment safe just because it is offered in a trial?" (any treatment);
# and what the reader is to do: "Will I need to stop any medicines before my skin tests?"
_ASKED_WHETHER_ANY = re.compile(r"^(?:there|i|you|we)\b|\bbe (?:cured|reversed|healed|fixed|prevented)$"
                                r"|^(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:treatment|therapy|medicine|drug|product|clinic"
                                r"|procedure|supplement)s?\b(?!\s+(?:for|of|with)\b)")
# A reply: "No.", "Yes, …", "No – …" ("No diet has been shown …" is not one).
_REPLY = re.compile(r"\W*(yes|no|absolutely|definitely|certainly)(?=\s*[,.;:!–—]|\s+-\s)")


def answered(question: str, answer: str, extra_interventions: tuple[str, ...] = (),
             extra_outcomes: tuple[str, ...] = ()) -> Claim | None:
    """The claim an ``answer`` makes by replying "Yes" or "No" to a ``question`` of what a treatment does
    ("Can the MMR vaccine cause autism? No."): the reply asserts what was asked, or its contrary, and either needs
    a source. None when the answer does not open with a reply or the question asks no claim."""
    reply = _REPLY.match(lowered(answer))
    asked = _ASKED.match(lowered(question)) if reply is not None else None
    if reply is None or asked is None or _ASKED_WHETHER_ANY.search(asked["said"] or asked["subject_predicate"]):
        return None
    statement = asked["said"] or _COPULA_SLOT.sub(f" {asked['copula']} ", asked["subject_predicate"], count=1)
    found = claim(statement, extra_interventions, extra_outcomes)
    if found is None or found.kind == "testimonial":
        return None
    return Claim(answer[reply.start(1):reply.end(1)], found.kind, question.strip())


def first_claim(sentences: Iterable[str], asked: str | None = None, extra_interventions: tuple[str, ...] = (),
                extra_outcomes: tuple[str, ...] = (), learnt: Model | None = None) -> Claim | None:
    """The first claim among a text's sentences. A sentence that replies "Yes" or "No" to the question before
    it (for the first sentence: ``asked``, an FAQ entry's question) claims what the question asks."""
    question = asked
    for sentence in sentences:
        found = claim(sentence, extra_interventions, extra_outcomes, learnt)
        if found is None and question is not None:
            found = answered(question, sentence, extra_interventions, extra_outcomes)
        if found is not None:
            return found
        question = sentence if is_question(sentence) else None
    return None
