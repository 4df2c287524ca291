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
- cure, miracle, breakthrough and reversal asserted ("reverses ALS", "eliminates the disease");
- selling without the stock words: review and sales numbers, price anchoring ("(usually £135)"),
  referral and loyalty perks, what clients say offered as an outcome ("many clients notice …"),
  the provider against waiting lists or "conventional medicine".

Every public text is read, headings, table cells and the article's title, summary and call to
action included (a clinic page's sales box). A sentence of the article's own (a paragraph, list
item, definition, callout, case study or FAQ answer) in which no phrase matches at all is read by a
learnt model too (rules/_learnt.py): the
weights of its words and word pairs, fitted to the labelled corpus's tuning part, say whether it
reads the way promotional copy does ("Our members don't just live longer, they live better; join
them today."); the message quotes the sentence and names the words that weigh most. Questions,
research hopes and warnings about others' claims are not judged, nor is a sentence whose phrase
the frame rejects ("We will never call our treatment a miracle cure").

What passes: negation and scope ("A cure has not yet been found", "Be wary of clinics that promise
a cure", "'Cures ALS in weeks,' says one clinic's leaflet"), questions, research hopes ("may one
day cure"), established clinical terms ("best supportive care", "breakthrough pain") and neutral
comparison ("The strongest evidence is for
exercise", "The best treatment for you depends on …"). Its precision and recall are measured on
a labelled corpus (docs/rules.md). Option `learnt` (default true): false keeps to the phrases,
whose every finding names the phrase it matched. Option `extra_phrases`: more regular expressions to report,
matched as whole words, case ignored. An expression that repeats a part which itself repeats
("(\\w+\\s?)+") is refused as a configuration error: it can take hours on a sentence that almost
matches. End a repeated part with a separator it cannot match otherwise (as the space in
"(?:\\w+ )+"), or list the words. No check of a pattern's text catches every pattern that
backtracks ("(?:.|\\w)+", ".*.*.*"), so a search with the editor's phrases that takes more than
2 seconds on one sentence ends the run with the same kind of error (exit 2), where the system has a
timer signal (not on Windows).

Bad: `text: Our clinic is the leading centre for this revolutionary treatment. Book now!`

Good: `text: The treatment aims to slow the loss of function; it does not cure ALS.`
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.config import Patterns
from alsinfo.rules import _extra_phrases as extra_phrases
from alsinfo.rules._api import Finding, RuleContext, sentences
from alsinfo.rules._english import (
    asserted,
    is_question,
    is_research_hope,
    lowered,
    may_testify,
    provider_voice,
    testimony,
    warned_about,
)
from alsinfo.rules._learnt import Model, model, opening
from alsinfo.rules._phrases import Phrases, phrases_of

ID = "HC201"
NAME = "promotional-language"
SEVERITY = "warning"
LANGUAGES = ("en",)  # it reads English sentences
OPTIONS: dict[str, Any] = {"extra_phrases": Patterns(), "learnt": True}

_DISEASE = (r"(?:the |your |their |his |her )?(?:[\w'-]+ ){0,2}(?:disease|condition|illness|als|mnd|ms|parkinson's"
            r"|alzheimer's|diabetes|arthritis|asthma|cancer|dementia|pain|symptoms|ageing|aging|damage|deafness"
            r"|fatigue|insomnia|migraines?|acne|eczema|obesity|long covid|brain fog|photoa?geing|photoaging"
            r"|autism|tinnitus|hair loss|memory loss|biological age|trauma|duchenne|scarring|wasting|paralysis|tremor"
            r"|hiv|hepatitis(?: [abc])?|leaky gut"
            r"|[a-z]+(?:osis|itis|ism|pathy|aemia|emia))")
_PLACE = r"(?:clinic|clinics|centre|center|provider|place|team|service)"
_CHAMPION = r"(?:['‘’\w-]+ ){0,2}(?:support|treatment|therapy|weapon|tool|solution|hope|defen[cs]e|protection)"
# Each kind of promotion: its advice, and its phrases (lower-case regular expressions, each starting
# with a whole word; see _phrases).
_ADVICE = {
    "superlative": "say what the service offers, not that it is the best",
    "urgency": "drop the sales call; tell readers how to decide and whom to ask",
    "guarantee": "no treatment is certain or free of risk; say what it aims to do and what the evidence shows",
    "testimonial": "a patient's story is not evidence; report what studies found",
    "cure": "say what the treatment aims to do and what the evidence shows",
}
# What a sentence the learnt model finds is told (the words that weigh most in it).
_LEARNT_ADVICE = ("it reads as selling to a model learnt from labelled health copy (its words {words} weigh most); "
                  "say what the service is and what the evidence shows")
# The roles the model reads: the article's own sentences, not headings, quotations, table cells or the
# titles of references (which an editor cannot rewrite).
_JUDGED_ROLES = frozenset(("paragraph", "definition", "case study", "list item", "callout", "FAQ answer"))


class Promotion(NamedTuple):
    phrase: str  # the words found, as written (a learnt finding: the sentence's first words)
    advice: str
    learnt: bool = False  # found by the learnt model, not by a phrase


MODEL = "promotion"  # the learnt model, models/promotion.json
# Trusting a product's quality, or every bag of it, is trusting how it is made, not what it does.
_NOT_A_PRODUCTS_MAKING = r"(?! (?:their|its|the|our) (?:quality|purity|source)| every\b)"
_PHRASES = [
    *phrases_of("superlative",
                "leading(?! cause| causes| role| researchers?| to\\b)", "number one", "top-rated", "premier",
                "foremost",
                "unrivalled", "unrivaled", "unmatched",
                "unparalleled", "unparaleled", "world-class", "world-leading", "world-renowned", "cutting-edge",
                "state-of-the-art",
                "award-winning", "pioneering", "highest[- ]quality",
                *(f"(?<=most ){word}" for word in ("advanced", "trusted", "experienced", "innovative", "effective",
                                                   "successful")),
                *(f"(?<={owner} ){word}" for owner in ("'s", "our")
                  for word in ("strongest", "best", "most powerful", "greatest", "finest")),
                f"strongest {_CHAMPION}",
                f"greatest {_CHAMPION}",
                f"(?<=most )powerful {_CHAMPION}",
                "best (?:clinic|clinics|centre|center|doctors|specialists|team|results|care in"
                "|in (?:the|town|europe|class))",
                "(?<=simply the )best", "(?<=truly the )best", "(?<=by far the )best", "voted (?:the )?best",
                f"(?<=the )only (?:[\\w-]+ )?{_PLACE}", "fastest-growing", "fastest growing", "strictest", "purest",
                "(?<=no\\. )1", "(?<=no\\.)1", "(?<=#)1", "loved by", "celebrities", "celebrity",
                "(?<=as )seen (?:on|in)", "(?<=client )transformations", "(?<=patient )transformations",
                "before-and-after(?! stud)",
                "before and after (?:photos|pictures|gallery|images)",
                "only (?:clinic|centre|center) (?:in|to)",
                "unlike (?:our competitors|other (?:clinics|centres|centers|providers))",
                "cannot (?:match|compete)", "(?<=can't )match", "(?<=can't )compete", "(?<=could not )match",
                "(?<=could not )compete", "second to none",
                "(?<=like no )other", "patented", "exclusive", "innovative", "groundbreaking", "ground-breaking",
                "game-chang(?:ing|er|ers)", "gamechanging", "gamechanger", "gamechangers", "(?<=life-)changing",
                "transformative",
                "remarkable (?:results|outcomes|recovery)", "exceptional (?:results|outcomes|care)",
                "proven track record", "success stories", "(?<=five-)star", "(?<=5-)star",
                "among the (?:best|finest|most advanced)",
                *(f"(?<=one of the ){word}" for word in ("best", "finest", "most advanced")),
                "speak for themselves", "unique (?:\\w+ )?(?:therapy|treatment|protocol|method|approach)",
                "rated (?:five|5|4\\.\\d|4,\\d)[- ]stars?", "five stars", "5 stars", "pinnacle of",
                "unavailable (?:anywhere|at any other|elsewhere)", "(?<=not available )anywhere else",
                "available nowhere else", "(?<='s )first", "first and only",
                "highest (?:success|pregnancy|live birth|satisfaction) rates?",
                "(?<=the )highest in (?:europe|the uk|britain|the country|the world|the region|the us)",
                "fastest (?:results|recovery|weight loss)", "(?<=the )fastest way", "(?<=the )fastest route",
                "(?<=the )quickest (?:way|route)", "like nothing else", "money can buy",
                "better than any (?:tablet|pill|drug|medicine|medication|other|injection|cream|treatment)",
                "top (?:[\\w-]+ ){0,2}(?:specialists?|clinics?|surgeons?|doctors?|teams?|consultants?|centres?) in "
                "(?:the|town)", "proprietary(?! names?\\b)",
                *(f"(?<='s ){word}" for word in ("fastest", "friendliest", "favourite", "favorite", "most respected",
                                                 "most trusted", "most popular")),
                "friendliest", "(?<=the )ultimate", "twice as (?:fast|quickly|effective)", "gold standard",
                "(?<=the )only (?:[\\w-]+ ){0,2}(?:gadget|device|product|wristband|programme|program)"
                " (?:with|in|to|that|designed|built|made)",
                "best choice", "nothing else can (?:touch|match|help|compare)",
                *(f"(?<=where ){who} (?:medicine|treatments?|tablets|drugs|doctors) (?:has |have )?fail(?:ed|s)?"
                  for who in ("conventional", "standard", "other", "mainstream")),
                *(f"(?<=where ){who} (?:has |have )?fail(?:ed|s)?" for who in ("others", "everything else")),
                *(f"{verb} (?:[\\w']+ ){{0,3}}(?:at (?:the|its) root|the root cause)"
                  for verb in ("tackles", "treats", "addresses", "fixes")),
                # the provider's own cause and source (in its voice: _PROVIDER_ONLY): "eliminates the root cause of
                # psoriatic arthritis", "the true cause of IC", "correct it at the source"; written from the rare
                # word, so that texts with "treat" or "find" are not all candidates
                *(f"(?<=the ){cause} (?:[\\w-]+ )?cause" for cause in ("root", "true", "hidden")),
                "(?<=at the )source(?! of)", "(?<=at its )source(?! of)",
                "revolution", "highest (?:safety |quality |clinical |scientific |ethical )?standards", "members-only",
                "premium",
                "(?<='s )only(?! (?:just|been|because|for|if|when|a matter|me|you|natural|human|fair|right|\\d|january"
                "|february|march|april|may|june|july|august|september|october|november|december))",
                "no better(?! than)", "comes close",
                *(f"no other {place}s? (?:in|comes|can|offers)" for place in ("clinic", "centre", "center", "practice",
                                                                         "hospital",
                                                                         "provider", "surgeon", "team")),
                "(?<=the )most (?!common|frequent|usual|often|widely)(?:[\\w-]+ ){1,4}in the (?:county|city|region"
                "|country|area|town|uk|world|south|north"
                "|east|west|midlands)",
                *(f"(?<=the )most (?:[\\w-]+ ){{1,4}}{where}" for where in ("in europe", "in britain", "in america",
                                                                        "available", "on the market")),
                *(f"{word} in the (?:county|city|region|country|area|town|uk|world)"
                  for word in ("newest", "largest", "biggest", "best-equipped", "(?<=most )modern")),
                "featured (?:on|in)", "endorsed by", "recommended by (?:former|olympic|world)",
                "rated [\\d.]+ out of (?:5|five|10|ten)", "(?<=most )recommended", "set the standard",
                "sets the standard",
                *(f"{word} for (?:a |an |the )?(?:[\\w-]+ ){{0,2}}award" for word in ("shortlisted", "nominated")),
                *(f"unlike {what}" for what in ("standard medication", "standard medicine", "conventional medicine",
                                                "conventional treatment", "traditional treatment", "hospital waiting",
                                                "nhs waiting")),
                "(?<=only )mask (?:the )?(?:symptoms|pain)", "(?<=only )masks (?:the )?(?:symptoms|pain)",
                "revolution is here",
                # the provider against the establishment: "what your GP won't offer", "the NHS won't offer"
                *(f"(?<={negated} ){verb}" for negated in ("won't", "may not", "will not")
                  for verb in ("mention", "share", "offer", "tell you")),
                *(f"(?<={who} medicine )ignores" for who in ("standard", "conventional", "mainstream")),
                "(?<=hospitals can't )offer", "(?<=hospitals simply can't )offer",
                *(f"(?<={who} )treat the cause" for who in ("we", "we'll")), "fixes the cause",
                *(f"(?<={how} )masking" for how in ("instead of", "rather than")),
                "(?<=than any )other (?:surgeon|clinic|centre|center|doctor|practice|provider)",
                "(?<=one of )only (?:a handful|two|three|four|five|a few)", "(?<=one of the )very few",
                "above the national average", "(?<=our )results prove", "results speak",
                "(?<=isn't a life )sentence", "(?<=is not a life )sentence",
                "(?<=refer their own )family",
                *(f"(?<=back to the ){who} (?:you|i) (?:were|was)" for who in ("person", "man", "woman")),
                "(?<=don't have to )put up with it", "(?<=don't have to )live with it", "(?<=we don't )accept that",
                "(?<=in )just (?:one|a single|two|three|\\d+) (?:visits?|sessions?|treatments?|appointments?|hours?"
                "|days?|weeks?)",
                "drug-free", "(?<=safe, )natural", "rave(?= that| about)", "raves(?= that| about)",
                "(?<=can't be )wrong",
                "voted (?:the )?(?:[\\w'-]+ ){0,3}(?:best|top|number one|no\\. ?1)",
                *(f"{word} answer to" for word in ("natural", "drug-free", "ultimate", "perfect")),
                "experience the (?:[\\w-]+ ){0,2}difference",
                "(?<=the )future is here", "sets us apart", "trust us with", "(?<=patients )trust us",
                "(?<=safest )choice",
                "(?<=to )thousands(?= of| *[.!,])",
                "best (?:[\\w-]+ ){0,2}(?:in|of) the (?:country|city|county|region|world|uk|area|town)", "hands down",
                "(?<=the )only (?:[\\w-]+ ){0,3}in (?:town|the (?:region|country|city|county|area|uk|world))",
                "available anywhere", "(?<=most )comprehensive", "world leader", "world-leader",
                "internationally (?:recognised|recognized|renowned|acclaimed)", "discerning", "swear by",
                "next-generation", "paradigm shift", "visionary", "uncompromising",
                "elite (?:athletes|rowers|runners|cyclists|players|sportspeople)",
                "trusted by (?:[\\w-]+ ){0,2}(?:footballers|athletes|celebrities|stars|doctors|professionals|clients"
                "|cardiologists|surgeons|specialists|neurologists|audiologists|gps"
                "|patients|families|thousands|millions|hundreds|medallists|olympians|rowers|runners|cyclists|players"
                "|sportspeople|dancers)",
                "recommended by (?:[\\w-]+ ){0,2}(?:presenters|influencers|celebrities|stars)",
                "rated (?:\"|“)?(?:excellent|outstanding)(?:\"|”)? by",
                # social and review copy: "game changer", "best decision I made", "verified reviews"
                "game changers?", "best decision (?:i|we) (?:ever )?(?:made|took)", "best money (?:i|we)",
                "best thing (?:i|we) (?:ever )?did", "verified reviews", "rated [\\d.]+ ?/ ?(?:5|10)",
                "absolute legends?", "(?<=huge )thanks", "(?<=massive )thanks",
                "thank you to (?:the )?(?:whole |entire |amazing |wonderful )?team",
                "(?<=cannot )recommend (?:[\\w'-]+ ){0,3}enough", "(?<=can't )recommend (?:[\\w'-]+ ){0,3}enough",
                "(?<='d )recommend us", "changed everything", "(?<=i'm )thrilled", "(?<=i am )thrilled",
                "saved my life",
                *(f"(?<={wish} )done (?:this|it) (?:sooner|years ago|ages ago)"
                  for wish in ("wish i'd", "wish i had", "should have", "should've")),
                # the provider against the rest: "the only one who actually fixed", "a team that actually listens"
                "(?<=only )one who (?:actually |really |finally )?(?:fixed|helped|listened|cured|sorted)",
                "(?<=that )actually listens?", "(?<=who )actually listens?", "care you deserve",
                "(?<=the care you )should have had", "(?<=deserves )more than a", "(?<=deserve )more than a",
                "(?<=deserve )better than", "(?<=body, not )against it", "(?<=body not )against it",
                "skip the (?:surgeon|surgery|knife|scalpel|waiting list|wait|pills|drugs|needles)",
                "skip the (?:[\\w-]+ ){1,2}(?:waiting list|queue|wait)",
                "unlike (?:generic|high-street|the big|cheap|basic|ordinary|typical)\\b",
                "tired of (?:pills|tablets|drugs|painkillers|injections|waiting|being told|being passed)",
                *(f"(?<={who} {what} ){verb}" for who in ("conventional", "mainstream", "standard")
                  for what in ("medicine", "care", "treatment", "doctors")
                  for verb in ("overlooks", "misses", "dismisses", "waits", "leaves you")),
                "(?<=than the nhs can )offer", "(?<=than the nhs can )provide",
                "(?<=one of a )very small number", "experienced hands", "(?<=in )expert hands",
                "(?<=in )good hands", "(?<=in the )best hands", "used by (?:[\\w-]+ ){0,3}(?:footballers|athletes"
                "|celebrities|olympians|stars|professionals)", "perform at (?:your|their) (?:[\\w-]+ )?(?:peak|best)",
                "whole-body (?:wellness|health|healing|reset|detox)", "(?<=body's )innate",
                "innate (?:repair|healing|regenerative)", "(?<=body's )natural healing", "reawakens", "reawaken",
                "number-one", "(?<=doctors )hate", "(?<=one )weird trick", "raving about", "unthinkable", "unheard-of",
                "(?<=recommend )more than any other", "(?<='s )choice", "(?<=s' )choice", "(?<=parents' )favourite",
                "(?<=parents )trust (?:them|it|us)",
                *(f"(?<={who} )trust (?:them|it|us)" for who in ("customers", "clients", "patients", "doctors")),
                "(?<=kids )love (?:them|it)", "(?<=customers )say",
                "(?<=customers )love", "(?<=not available )elsewhere",
                *(f"(?<=in ){out_of} (?:readers|users|customers|clients|people|women|men|mums|parents) who "
                  f"(?:tried|used|took)" for out_of in ("four", "five", "ten")),
                *(f"{many} of {who} (?:now )?recommend" for many in ("thousands", "hundreds")
                  for who in ("dentists", "doctors", "gps", "physios", "podiatrists", "pharmacists")),
                # selling softly (the thirteenth batch; each written from its rarest word: "patients" or "the"
                # would make most texts candidates): the provider against the rest, comfort as a promise
                "(?<=why )choose us",
                *(f"(?<={who} have )given up" for who in ("other clinics", "others", "other doctors")),
                "(?<=dismissed )elsewhere", "(?<=the )way it should be", "moment everything changes",
                "(?<=is all it )takes",
                "(?<=you'll )wonder why", "(?<=you'll )understand why",
                *(f"quietly {verb}" for verb in ("chosen", "made", "come", "become", "choose")),
                "(?<=takes the )guesswork out", "(?<=take the )guesswork out", "(?<=backed by )science",
                "(?<=backed by the )science", "(?<=get to the )root of", "(?<=gets to the )root of", "twice the time",
                "(?<=every )step of the way",
                *(f"(?<=than almost any ){who}" for who in ("surgeon", "clinic", "doctor", "centre")),
                "travel from (?:across|all over) the (?:country|world|region|uk) to see", "(?<=total )privacy",
                "(?<=complete )privacy", "(?<=no hospital )stay", "(?<=medical-)grade", "works with your body",
                "(?<=are so )gentle", "(?<=weight )comes off", "stays off",
                # the fifteenth batch: shop and social copy
                "(?<=mum-)approved", "(?<=doctor-)approved", "flying off the shelves", "(?<=before they're )gone",
                "(?<=before they are )gone", "(?<=you could be )next", "(?<=could you be )next",
                "(?<=a thing of the )past", "(?<=that's how )confident",
                "walk in with (?:[\\w-]+,? ){1,4}walk out", "(?<=the lowest )price",
                "(?<=every month you )wait", "(?<=don't hide your )legs", "results you can hear",
                "(?<=the )finest (?:[\\w-]+ )?in (?:the|town|europe|britain)",
                "(?<=helping )thousands",
                # the seventeenth batch: press releases, coaches, care homes, supplement brands
                "(?<=one of the )first (?:in|to offer)", "(?<=the )cutting edge",
                # the eighteenth batch: firsts and few, proof, no risk, another year lost
                "(?<=the )first in (?:europe|the uk|britain|the country|the world|the region|the us|america)",
                "(?<=one of the )few (?:in|to)", "proof that (?:it|they|this) works?",
                "(?<=there is no )risk", "(?<=there's no )risk",
                "(?<=will )work(?= for (?:you|your condition|everyone))",
                "cutting edge (?:care|technology|treatment|research|medicine)", "(?<=and )counting",
                "(?<=on the )planet",
                "nowhere (?:quite |else )?like (?:us|it)", "(?<=the )future of", "safer alternative",
                "side[- ]effect[- ]free",
                # the sixteenth batch: events and apps that outdo the rest
                "(?<='s )biggest", "(?<='s )largest", "(?<=has )ever seen",
                "unlike other (?:[\\w-]+ )?(?:apps|products|programmes|programs|brands|devices|supplements|plans"
                "|services|companies)",
                "(?<=will )ever need(?=\\s*(?:[.!,;]|$))", "(?<='ll )ever need(?=\\s*(?:[.!,;]|$))",
                "proof (?:that )?our (?:treatment|therapy|protocol"
                "|clinic|method|results)",
                # the twenty-fourth batch: the finest, the safest hands, outstanding care, outdoing the NHS
                "(?<=only the )finest", "(?<=deserve )nothing less", "(?<=deserves )nothing less", "safest hands",
                "outstanding (?:care|results|outcomes|service)", "unlike (?:the )?nhs",
                # the twenty-seventh batch: when others gave up, outdoing the rest, the smart choice
                "nothing (?:more|else) could be done", "(?<=there was )no other option",
                "given up on (?:him|her|them|me|my|his|their)\\b",
                *(f"{how} than (?:standard|conventional|traditional|ordinary|generic|nhs) (?:[\\w-]+ )?"
                  f"(?:surgery|treatment|care|programmes|programs|plans|therapy|medicine)"
                  for how in ("sooner", "faster", "quicker", "better")),
                *(f"{than} other (?:[\\w-]+ )?(?:clinics|providers|hospitals|centres|centers)"
                  for than in ("cheaper than", "below")),
                "(?<=the )smart choice", "discover the difference", "the whole person, not just",
                "unlike (?:crowded |busy |overstretched )(?:hospital|nhs)", "(?<=the only )natural way",
                "unlike the synthetic", "(?<=pushed by )conventional medicine", "forget everything",
                *(f"{how} than ever(?: before)?" for how in ("faster", "better", "stronger", "younger")),
                "than (?:they|you|we) ever thought possible", "like flicking a switch",
                # the twenty-eighth batch: exclusivity, the provider's hands and surgeons, outdoing other clinics
                "by invitation only", "invitation-only", "gentlest hands", "hand-picked", "bestselling", "best-selling",
                "finest (?:surgeons|doctors|specialists|clinicians|team|dentists)",
                "trusted by (?:[\\w'-]+ ){0,3}(?:top|leading|elite|famous)", "unlike an nhs",
                "(?<=most )clinics will tell you", "(?<=other )clinics will tell you",
                "performed (?:over|more than) \\d[\\d,]{3,}", "works where (?:[\\w-]+ ){0,2}(?:have|has) failed",
                "why they waited so long", "safer than (?:hrt|drugs|medication|medicines|conventional|surgery)",
                "best possible chance", "ours is (?:just |only )?[£$€]\\d[\\d,.]*",
                "(?<=conventional medicine )can only", "(?<=conventional medicine )only offers",
                "(?<=per )cent of our (?:[\\w-]+ )?(?:patients|clients|members|customers) (?:report|say|see|notice)"),
    *phrases_of("urgency",
                "book (?:now|today|your)", "call (?:now|today)", "act (?:now|fast|today)", "don't wait",
                "pass you by", "secure your (?:[\\w-]+ )?(?:place|spot|date|slot|appointment)",
                "beat the (?:queues?|waiting lists?|rush)",
                "(?<=do not )wait(?! for| to see| until)",
                "hurry", "limited[- ](?:time|places|spaces|spots|slots|availability|offer|intake)",
                "places are limited",
                "spaces (?:are (?:strictly |very )?limited|fill)", "(?<=places are )strictly limited",
                "complimentary (?:[\\w-]+ ){0,2}(?:analysis|consultation|assessment|session|scan|check|treatment)",
                "worth [£$€]\\d+", "save (?:\\d+ ?%|[£$€]\\d+)", "just [£$€]\\d+", "only [£$€]\\d+",
                "free (?:first |initial )?consultation", "no waiting lists?", "walk in today",
                # the twenty-sixth batch: another month lost, the first session free, no waiting list
                "(?<=don't )let another", "(?<=do not )let another",
                *(f"(?<=first ){what} is free" for what in ("session", "consultation", "visit", "appointment")),
                "without the waiting lists?",
                "book (?:before|this week|by)", "sign up before", "(?<=pricing )ends", "ends at midnight",
                "booking fast", "don't miss", "avoid missing out", "avoid disappointment", "half price", "half-price",
                "free (?:taster|trial|first) session", "(?<=before )spaces run out", "(?<=before )places run out",
                *(f"{what} fill (?:fast|quickly|up fast)" for what in ("places", "spaces", "slots", "appointments")),
                "(?<=do not )miss", "once-in-a-lifetime",
                "join (?:the )?(?:over |more than |nearly |almost )?(?:[\\d,.]+\\+? (?:million )?|thousands |hundreds "
                "|millions )(?:of )?"
                "(?:happy |satisfied |delighted )?(?:families"
                "|patients|clients|people|women|men|members|parents|others)",
                *(f"(?<=this ){when} only" for when in ("month", "week", "weekend")), "today only",
                "limited appointments", "just [\\d,]+ (?:pounds|euros|dollars)",
                *(f"(?<=only ){count} (?:rooms|places|spaces|seats|slots) (?:remain|left)"
                  for count in ("one", "two", "three", "four", "five")),
                "limited to (?:\\w+|\\d+) (?:guests|people|patients|places|participants|men|women)",
                "fill within", "(?<=places )went in", "(?<=are )almost gone", "capping new",
                "(?<=we only )take on \\d+", "(?<=offer )ends", "(?<=price )ends",
                "(?<=discount )ends", "price ends",
                "discount ends", "special (?:price|offer)", "free consultation", "consultation is free",
                "reserve your", "contact us today", "(?<=take the )first step", "gift of hope", "money back",
                "(?<=while )places last", "(?<=while )stocks last", "secure your (?:spot|place|appointment|slot)",
                "enquire (?:now|today)", "secure yours", "join (?:now|today)", "book online", "(?<=for the )price of",
                "before anyone else", "no (?:gp )?referral (?:needed|required)",
                *(f"{what} (?:left|remain|remaining)"
                  for what in ("places", "spaces", "spots", "slots", "appointments")),
                "next month is free", "first month is free",
                "doors (?:close|closing)",
                *(f"(?<=don't spend another ){when}" for when in ("year", "month", "day", "night", "summer", "winter")),
                "closes (?:at )?midnight", "close (?:at )?midnight",
                *(f"(?<={what} )closes" for what in ("enrolment", "enrollment", "registration", "applications",
                                                     "bookings", "offer")),
                "(?<=among the )first (?:\\d+|few|fifty|hundred)",
                # a trial the reader pays to join is sold, not offered as research
                "(?<=our )paid (?:[\\w-]+ ){0,2}(?:trial|study)",
                "(?<=participants )pay (?:a |an )?(?:one-off |upfront |reduced |small )?(?:fee|[£$€]\\d)",
                "(?<=no longer a )life sentence", *(f"{verb} (?:it|them) out" for verb in ("wipe", "wipes")),
                "(?<=places )capped", "capped at \\d+", "stop wasting (?:your )?money",
                "(?<=get )started (?:now|today|on)", "sign up (?:now|today)", "(?<=% )off", "no-obligation",
                "apply (?:now|today)",
                "free (?:no-obligation )?(?:assessment|screening|trial session)",
                "free, (?:no-obligation )?(?:assessment|screening|trial session)",
                # referral and loyalty perks, and a list framed as filling (the thirteenth batch)
                "(?<=refer a )friend", "referral (?:reward|code|bonus|scheme)",
                *(f"(?<=refer {count} )friends" for count in ("two", "three", "four", "five")),
                "(?<=bring a )friend (?:[\\w'-]+ ){0,4}?(?:for free|free|and (?:get|save|receive))\\b",
                "loyalty (?:discount|reward|scheme|card|points)", "priority (?:access|booking)",
                "(?<=are given )priority", "(?<=why not )wait for", "register (?:your interest )?now",
                *(f"(?<={what} are )filling" for what in ("places", "spaces", "slots", "appointments", "list")),
                # offers and prices: "(usually £135)", "£495 until 30 April, then £650", "claim a free check"
                "usually [£$€]\\d[\\d,.]*", "normally [£$€]\\d[\\d,.]*", "until [\\w ]{1,20}, then [£$€]\\d[\\d,.]*",
                "claim (?:a|your) free",
                "(?<=new patient )special", "(?<=new patient )offer", "introductory (?:offer|price|rate)",
                "launch (?:offer|price)",
                "(?<=includes )flights", "(?<=including )flights", "ask about (?:our )?finance",
                "finance (?:is )?available", "interest-free", "invest in your (?:future|health|wellbeing|body)",
                "(?<=in full )today", "enrol (?:now|today)", "(?<=almost )fully booked", "(?<=nearly )fully booked",
                *(f"(?<={what} {be} ){nearly} full"
                  for what in ("cohort", "intake", "list", "diary", "course", "programme")
                  for be in ("is", "'s") for nearly in ("almost", "nearly")),
                *(f"(?<=while {what} )last" for what in ("places", "slots", "spaces", "spots", "stocks")),
                "(?<=give the )gift",
                "gift of (?:peace of mind|health|confidence|youth)", "voucher from [£$€]\\d[\\d,.]*",
                # an appeal made urgent (the sixteenth batch): "Please give today", "every minute counts"
                "(?<=please )give", "(?<=please )donate", "give (?:now|today)", "donate (?:now|today)",
                "every (?:minute|second|hour|day|gift) counts", "(?<=every day )matters", "strictly limited",
                "gone within (?:hours|days|minutes|a (?:fortnight|week|day|few days))", "stock is limited",
                "supply is limited", "(?<=to )lock in", "skip the (?:queue|queues|wait|waiting list)",
                # a month or a diary nearly full (not "the bladder is almost full")
                *(f"{when} (?:is|are) (?:almost|nearly) (?:full|fully booked)"
                  for when in ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                               "october", "november", "december", "diary", "calendar", "appointments", "places",
                               "spaces", "slots")),
                "(?<=today, )not in",
                "nothing more to be done", "(?<=offer )real hope", "no willpower",
                "before they sell out", "before it sells out", "(?<=days, )not (?:weeks|months)",
                "(?<=weeks, )not months", "(?<=now, )not in", "(?<=can )have you feeling",
                "unlock your (?:full |true |genetic )?(?:potential|hormonal|best)",
                "ask about (?:our )?(?:[\\w-]+ )?(?:packages|offers|deals|discounts|bundles)",
                "vouchers from [£$€]\\d[\\d,.]*"),
    *phrases_of("guarantee",
                "guarantee", "guaranteed", "guarantees", "100 % (?:safe|effective|natural|success)",
                "100% (?:safe|effective|natural|success)", "completely safe", "totally safe",
                "perfectly safe",
                # (not "so you can be confident in the quality of …": how it is made, not what it does)
                *(f"(?<=so you can be ){word}(?! in (?:their|its|the|our) (?:quality|purity|source))"
                  for word in ("confident", "sure", "certain")),
                "(?<=risk-)free", "(?<=risk )free", "(?<=no )side[- ]effects?",
                "without (?:any |the )?side[- ]effects",
                "safe, effective and", "(?<=for )good", "forever", "(?<=for )life", "once and for all",
                "permanent (?:cure|results|relief|solution|fix)", "permanently",
                "say goodbye to", "success rate of (?:9\\d|100) ?%",
                "painless(?! (?:type of |kind of )?(?:x-rays?|scans?|tests?))",
                "no downtime",
                *(f"(?<={works} for {how})everyone" for works in ("work", "works") for how in ("", "almost ",
                "nearly ")), "naturally and safely", "safely and naturally",
                "(?<=pain-)free(?! interval| period| days| time)",
                "clinically proven", "(?<=our )proven", "(?<=this )proven",
                "proven (?:\\d+-day )?(?:plan|method|programme|program|system|formula|way|solution)",
                "proven, approved", "safe and effective",
                *(f"{verb} (?:[\\w'-]+ ){{0,3}}(?:completely|fully|for good|forever|permanently)"
                  for verb in ("clears", "cures", "heals", "erases", "removes", "eliminates", "reverses")),
                "gone in (?:days|weeks|hours|minutes|a (?:day|week|few)|\\d+)", "(?<=in )safe hands",
                "peace of mind", "free from side[- ]effects", "(?<=none of the )side[- ]effects of",
                *(f"(?<={verb} none of the ){what}" for verb in ("carry", "carries", "with")
                  for what in ("risks", "downsides", "side effects", "side-effects")),
                "(?<=no )downside", "(?<=no )downsides", "(?<=with no )risks", "(?<=with no )risk",
                *(f"(?<={what} )permanent" for what in ("effect is", "effects are", "results are", "result is")),
                *(f"(?<=simply ){verb}" for verb in ("vanish", "vanishes", "disappear", "disappears", "melt away",
                                                      "melts away")),
                *(f"(?<=results are ){word}" for word in ("unbelievable", "incredible", "astonishing", "mind-blowing")),
                *(f"{word} results" for word in ("unbelievable", "astonishing", "mind-blowing")),
                "zero (?:serious )?(?:complications|side[- ]effects?|risk|pain|downtime|adverse events|scarring)",
                "safety promise",
                "perfect (?:results|alignment|vision|outcome|outcomes)", "(?<=proven )safe", "guaranteeing",
                "proven to (?:arrest|cure|reverse|stop|work|heal)", "every time", "total confidence",
                "complete confidence", "safe for everyone", "safe for all", "zero effort",
                "(?<=quickly and )completely", "(?<=so )completely", "(?<=years )younger", "(?<=we )promise",
                "(?<=our )promise", "(?<=this is )promise",
                "(?<=it )cure", "(?<=they )cure", "(?<=no )surgery needed",
                "(?<=no )doctor (?:required|needed)", "(?<=no )prescription (?:required|needed)",
                "(?<=no )need for (?:a |the |your )?(?:dentist|doctor|surgery|tablets|pills|prescription|gp|surgeon)",
                "(?<=not )need any (?:[\\w-]+ ){1,2}again",
                "(?<=or your )next (?:treatment|session|visit|appointment) is free",
                "(?<=will )never (?:need|have) to",
                "(?<=carry )no risk", "(?<=carries )no risk",
                # "so you know it's the safest way", "so you know you're getting proven, safe treatment"
                "(?<=so you )know (?:that )?(?:[\\w'-]+ ){1,5}?(?:safe|safer|safest|proven|stronger|effective"
                "|works?)\\b",
                *(f"(?<=so you can ){verb}{_NOT_A_PRODUCTS_MAKING}" for verb in ("trust", "rely on", "count on")),
                "(?<=so you can )relax", "(?<=a )mark of quality",
                f"(?<=you )can (?:trust|rely on|count on){_NOT_A_PRODUCTS_MAKING}",
                "(?<=completely )healed", "(?<=fully )healed", "melts (?:stubborn |belly |body )?fat",
                "burns (?:more |stubborn |belly |body )fat", "(?<=had in your )twenties", "(?<=had in your )thirties",
                "(?<=successfully )treated (?:over |more than )?(?:hundreds|thousands|dozens|[\\d,]{3,})",
                "(?<=no )surgery, no", "(?<=no )needles, no",
                "(?<=in a )single (?:session|visit|treatment|appointment)",
                "(?<=your very )first (?:session|visit|treatment|appointment)",
                *(f"(?<=no more ){what}" for what in ("implants", "dentures", "pills", "injections", "tablets",
                                                      "painkillers", "inhalers", "glasses", "needles")),
                "(?<=as )little as (?:[\\w-]+ )?(?:sessions?|days?|weeks?|minutes?|visits?|treatments?)",
                "(?<=by )summer", "(?<=by )christmas", "walk-in, walk-out", "walk in, walk out",
                "results you (?:can|will) (?:see|feel)",
                *(f"(?<=you can be ){word}(?! in (?:their|its|the|our) (?:quality|purity|source))"
                  for word in ("sure", "confident", "certain")),
                "(?<=so you )never (?:[\\w'-]+ ){1,6}again", "(?<=feel )\\d\\d again",
                "(?<=and )watch (?:your|the) (?:[\\w-]+ ){0,2}(?:halve|melt|disappear|drop|vanish|fall|soar)",
                "(?<=the )harsh (?:chemicals|drugs|side[- ]effects)",
                "(?<=results that )last a lifetime", "(?<=completely )natural", "(?<=totally )natural",
                "(?<=entirely )natural", "(?<=the )perfect (?:way|solution|choice|treatment|answer)"),
    *phrases_of("testimonial",
                "healed (?:completely|fully|for good)",
                *(f"(?<={verb} ){word}" for verb in ("was", "were", "been", "got", "is now", "are now")
                  for word in ("cured", "healed")),
                "walked again", "i'm (?:completely )?cured", "i am (?:completely )?cured",
                *(f"{word} after (?:\\w+ ){{0,3}}(?:sessions?|infusions?|treatments?|injections?|visits?|drips?)"
                  for word in ("vanished", "disappeared", "gone")),
                "took (?:his|her|my|their) first steps", "helped (?:hundreds|thousands|millions|dozens|\\d+ ?%)",
                *(f"{verb} (?:us|our (?:clinic|centre|center|team|service))" for verb in ("choose", "chose", "chosen")),
                *(f"(?<={has} ){verb} (?:over |more than )?(?:hundreds|thousands|dozens|[\\d,]{{3,}}) (?:of )?"
                  for has in ("has", "have") for verb in ("given", "kept", "helped", "restored", "treated",
                                                          "transformed")),
                *(f"(?<=\\d {who} ){verb}" for verb in ("chose", "choose")
                  for who in ("men", "women", "patients", "people", "families", "clients")),
                "(?<=not a )single (?:serious )?(?:side[- ]effect|complication|adverse event)",
                "recommended by (?:\\d+ ?%|nine out of ten|9 out of 10)",
                "(?<=said they would )recommend", "would recommend us", "(?<=say they would )recommend",
                "disappeared (?:completely|entirely|overnight)", "vanished (?:completely|entirely|overnight)",
                "went away (?:completely|entirely|overnight)", "(?<=never )felt [a-z]+er\\b(?! than)",
                "trusted by (?:over |more than |nearly |almost )?(?:[\\d,]+|an? (?:thousand|hundred)|thousands|hundreds"
                "|millions)",
                "thousands of (?:happy |satisfied )?(?:patients|clients|people|families|women|men|customers)",
                "happy (?:patients|clients|customers)", "satisfied (?:patients|clients|customers)",
                "delighted (?:patients|clients|customers)", "(?<=patients' )stories prove",
                "(?<=patient )stories prove", "(?<=clients' )stories prove", "(?<=feel like )new", "renewed energy",
                "freedom from",
                "regain full", "regained full", "regains full", "left walking",
                *(f"(?<={verb} )free of (?!charge|cost)" for verb in ("is", "are", "now")),
                "dramatic (?:improvements?|results|recovery)", "transformed (?:their|my|your) (?:health|life|lives)",
                "(?<=a )new life",
                # what clients tell us, not "Tell us where it hurts" (a question to the reader)
                # (not what they went through before: "our patients tell us they have tried every diet")
                *(f"(?<={who} )tell {whom}(?! they(?:'ve| have| had) (?:tried|struggled|waited|been told))"
                  for who in ("s", "often", "they", "always", "people", "regularly") for whom in ("us", "me")),
                "(?<=you can )too(?=[\\s.!—-]|$)",
                "members report",
                "read (?:our )?(?:parents'|patients'|clients'|members') stories",
                # what clients say, offered as an outcome (the thirteenth batch), and "results may vary" after it
                *(f"(?<=many ){who} (?:notice|say|report|describe|find|tell us)" for who in ("clients", "customers",
                                                                                      "members", "guests")),
                *(f"(?<=most ){who} (?:say|tell us)" for who in ("clients", "customers", "members", "guests")),
                *(f"{who} often (?:say|describe|tell us|notice|report)" for who in ("clients", "customers", "members",
                                                                               "guests")),
                *(f"(?<=of our {who} {often}){verb}" for who in ("patients", "clients", "parents", "members")
                  for often in ("", "often ") for verb in ("notice", "say", "report", "describe", "find")),
                *(f"(?<=our {who} often ){verb}" for who in ("patients", "clients", "parents")
                  for verb in ("say", "describe", "tell us")),
                "delighted by how", "(?<=results may )vary", "(?<=individual results )vary",
                "(?<=individual results may )vary"),
    *phrases_of("cure",
                "miracle", "miraculous", "miraculously", "revolutionary",
                *(f"(?<={done} )halted" for done in ("has", "have", "already")), "repaired damaged",
                *(f"(?<={now} )curing" for now in ("is", "are", "already")),
                "breakthrough(?! (?:pain|symptoms?|bleeding|infections?|seizures?|relapses?|cancer pain"
                "|therapy designation|device designation))",
                f"reverse {_DISEASE}", f"reverses {_DISEASE}", f"reversed {_DISEASE}", f"reversing {_DISEASE}",
                f"eliminate {_DISEASE}", f"eliminates {_DISEASE}", f"eliminated {_DISEASE}", f"eliminating {_DISEASE}",
                f"eradicate {_DISEASE}", f"eradicates {_DISEASE}", f"eradicated {_DISEASE}", f"eradicating {_DISEASE}",
                "stop [\\w']+(?: \\w+)? in (?:its|their) tracks", "stops [\\w']+(?: \\w+)? in (?:its|their) tracks",
                f"cures {_DISEASE}", f"cured {_DISEASE}", f"curing {_DISEASE}", "cures", "cured",
                "reverse the clock",
                "repairs damaged", "repair damaged",
                *(f"(?<={verb} )cure" for verb in ("can", "will", "could", "to")),
                "(?<=a )cure for", "(?<=very )promising", "highly promising", "extremely promising",
                "promising (?:results|outcomes|treatment|therapy)", "deliver results(?! of)", "delivers results(?! of)",
                "boost (?:your |the )?immune system", "boosts (?:your |the )?immune system",
                "destroy (?:the )?(?:cancer|tumour|tumor) cells", "destroys (?:the )?(?:cancer|tumour|tumor) cells",
                "kill (?:the )?(?:cancer|tumour|tumor) cells", "kills (?:the )?(?:cancer|tumour|tumor) cells",
                "reverse cellular senescence",
                "detox (?:your |the )?(?:whole |entire )?body", "detoxify (?:your |the )?(?:whole |entire )?body",
                "detoxifies (?:your |the )?(?:whole |entire )?body",
                "(?<=turn back the )clock", "rejuvenate", "rejuvenates", "rejuvenating", "rejuvenation",
                "heal itself", "reverses it", "reversed it", "supercharge", "supercharges", "supercharged",
                *(f"{verb} (?:worn |damaged |your |new )?(?:[\\w-]+ ){{0,2}}(?:cartilage|tissue|nerves|cells|joints"
                  "|hair|ligaments?|tendons?|bones?|teeth|discs?|pancreas|liver|heart|kidneys?|brain|spinal cord"
                "|muscles?|skin|organs?)"
                  for verb in ("regenerate", "regenerates", "regrow", "regrows", "rebuild", "rebuilds")),
                f"beat {_DISEASE}", f"beats {_DISEASE}",
                "reverse it", "reversing it", "(?<=restores )full", "(?<=restore )full",
                *(f"{verb} (?:[\\w,-]+ ){{0,2}}hair" for verb in ("regrow", "regrows")),
                "(?<=you will )ever need", "(?<=you'll )ever need",
                "(?<=body's own )power", "(?<=healing )journey",
                "gave them (?:years|their lives? back)"),
]
# Phrases that start with any number, each with the words one of which every match also has (rarer
# than the number, which the benchmark's texts all hold).
_SATISFIED = frozenset(("see", "saw", "report", "reported", "notice"))
_PLACES = frozenset(("places", "spaces", "spots", "slots", "rooms", "seats"))
_WITH_A_NUMBER = [
    ("\\d+ ?% of (?:our )?(?:clients|patients|customers|users|readers|members|buyers) "
     "(?:see|saw|report|reported|notice)", "testimonial", _SATISFIED),
    ("\\d+ ?% (?:response|success|cure|satisfaction) rate", "guarantee", frozenset(("rate",))),
    ("\\d(?:\\.\\d)? stars? (?:from|on|across)", "testimonial", frozenset(("stars", "star"))),
    ("\\d\\.\\d-star", "testimonial", frozenset(("star",))),  # a rating, not a hotel's class
    ("(?<=from )\\d[\\d,]* (?:verified )?reviews", "testimonial", frozenset(("reviews",))),
    ("\\d[\\d,]* (?:bottles|packs|units|jars|boxes|copies|kits) sold", "testimonial", frozenset(("sold",))),
    ("\\d[\\d,]* (?:men|women|patients|people|clients|families|customers) (?:have )?trusted", "testimonial",
     frozenset(("trusted",))),
    ("99\\.9 ?%", "guarantee", frozenset(("9",))),
    ("\\d+(?:\\.\\d+)? ?% accura(?:te|cy)", "guarantee", frozenset(("accurate", "accuracy"))),
    ("(?<=only )\\d+ (?:[\\w-]+ )?(?:places|spaces|spots|slots|rooms|seats)", "urgency", _PLACES),
    ("(?<=the first )\\d+ callers", "urgency", frozenset(("callers",))),
    ("\\d-for-\\d", "urgency", frozenset(("for",))),  # "3-for-2 on our whole allergy range"
    # what most clients tell the provider, as proof: "95% tell us they no longer need pads", "9 in 10 users say …"
    ("\\d+ ?% (?:of (?:our )?(?:clients|patients|customers|users|members|women|men|parents) )?(?:tell us|say they)",
     "testimonial", frozenset(("tell", "say"))),
    ("\\d+ (?:in|out of) \\d+ (?:of (?:our )?)?(?:clients|patients|customers|users|members|women|men|parents) "
     "(?:tell us|say they)", "testimonial", frozenset(("tell", "say"))),
]
_BUILT_IN = Phrases([*_PHRASES, *_WITH_A_NUMBER])


# Words of clinic copy that promote only in the provider's own voice ("our very promising results"), each
# from a word's start ("none of the risks" holds no "one of the").
_PROVIDER_ONLY = re.compile(r"\b(?:permanently|most effective$|most successful$|promising|delivers? results|unique"
                            r"|a new life"
                            r"|take the first step|gift of hope|exclusive|innovative|patented|life-changing"
                            r"|transformative|among the|one of the|success stories|cures$|repairs? damaged"
                            r"|safe and effective|proprietary|gone in|'s first$|highest"
                            r"|(?<!was )(?<!were )(?<!been )(?<!got )(?<!now )cured$|every time"
                            r"|best choice|gold standard|premium|revolution$|tell us|peace of mind"
                            r"|confidence|the only|twice as|members report|root|for life$|regrow|unlike|drug-free"
                            r"|masks?|nothing else|fail|cause$|source$|can (?:trust|rely on|count on)$"
                            # ("results may vary" after a study's figures is a disclaimer)
                            r"|results may vary|individual results|best possible)")


# A share of the people treated, soon after a cure: "cures or improves symptoms in around 70% of women"
_IN_A_SHARE = re.compile(r"[^,;.]{0,40}?\bin (?:about |around |roughly |nearly |over |up to |more than )?"
                         r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent) of|\d+ (?:out of|in) \d+|most|many|some|the majority of"
                         r"|a (?:third|quarter) of"
                         r"|half of)\b")
_HEDGED_HELP = re.compile(r"\b(?:can|may|might|could)\s+help\s+(?:to\s+)?\Z")
_QUITTING = re.compile(r"\b(?:smoking|quit|quitting|drinking|gambling)\s+\Z")
_UNPROVEN = re.compile(r"\b(?:experimental|investigational|unproven|untested|unlicensed)\b")
_OWNERS = frozenset(("'s ", "our "))
_QUOTES = "'\"‘’“”"


def _mentioned(lower: str, start: int, end: int) -> bool:
    """Whether the phrase is alone in quotation marks: a word talked about ("the word 'miracle'")."""
    return start > 0 and end < len(lower) and lower[start - 1] in _QUOTES and lower[end] in _QUOTES


def promotion(sentence: str, extra: tuple[str, ...] = (), learnt: Model | None = None) -> Promotion | None:
    """The promotional words in ``sentence`` and the advice for them, or None. A sentence in which no phrase
    matches at all (a phrase negated or in scope is a match: "we never promise a miracle cure") is promotional
    when the ``learnt`` model scores it so, and it neither hopes for research nor warns of others' claims."""
    if is_question(sentence):
        return None
    lower = lowered(sentence)
    written = sentence if len(sentence) == len(lower) else lower
    found = _BUILT_IN.matches(lower)
    if extra:
        found += [(*span, "extra", 0) for span in extra_phrases.found_in(sentence, extra, ID)]
    story = testimony(lower)  # "'… I was running again,' says Priya"
    if story is not None:
        found.append((story[0], story[1], "story", 0))  # told by a patient: whoever's voice the page is in
    found.sort(key=lambda span: (span[0] - span[3], -span[1]))
    if found and is_research_hope(lower):
        return None
    for start, end, kind, behind in found:
        context = start - behind  # "no side effects": the words looked behind at belong to the phrase's frame
        if not asserted(lower, context, end) or _mentioned(lower, start, end):
            continue
        if kind != "story" and _PROVIDER_ONLY.search(lower, context, end) and not provider_voice(lower):
            continue
        if kind == "guarantee" and _QUITTING.search(lower, 0, context):
            continue  # "stopping smoking for good": quitting, not a promise
        if kind == "cure" and _HEDGED_HELP.search(lower, 0, context) and not provider_voice(lower):
            continue  # "strength training can help rebuild bone density": hedged, not absolute
        if kind == "cure" and _IN_A_SHARE.match(lower, end) and not provider_voice(lower) \
                and not _UNPROVEN.search(lower):
            continue  # "… cures hyperthyroidism in most patients": how often, as evidence reports it (not of
            # the provider's own or an experimental treatment: "it is experimental, but it cures ALS in many")
        # The words looked behind at are shown ("no side effects", "for good"), but not a mere owner ("'s best").
        shown = start if lower[context:start] in _OWNERS else context
        return Promotion(written[shown:end], _ADVICE.get("testimonial" if kind == "story" else kind, _ADVICE["cure"]))
    return None if learnt is None or found else _learnt_finding(lower, written, learnt)


def _learnt_finding(lower: str, written: str, learnt: Model) -> Promotion | None:
    """What the learnt model finds in a sentence no phrase matches: the sentence, and the words that weigh most."""
    if not learnt.says_yes(lower) or is_research_hope(lower) or warned_about(lower, len(lower)):
        return None
    strongest = ", ".join(f"'{word}'" for word in learnt.strongest_words(lower, written))
    return Promotion(opening(written), _LEARNT_ADVICE.format(words=strongest), learnt=True)


def learnt_only(sentence: str, learnt: Model) -> Promotion | None:
    """``promotion`` of a sentence in a text that holds no word a phrase starts with and tells no story."""
    if is_question(sentence):
        return None
    lower = lowered(sentence)
    return _learnt_finding(lower, sentence if len(sentence) == len(lower) else lower, learnt)


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    extra = tuple(options["extra_phrases"])
    learnt = model(MODEL) if options["learnt"] else None
    for item in context.prose():
        lower = item.text.lower()
        judged = learnt if item.role in _JUDGED_ROLES else None
        # most texts hold not one word a phrase starts with: only the learnt model may find something
        phrases = bool(extra) or _BUILT_IN.could_match(lower) or may_testify(lower)
        if not phrases and judged is None:
            continue
        for sentence in sentences(item.text):
            found = promotion(sentence, extra, judged) if phrases or judged is None \
                else learnt_only(sentence, judged)
            if found is None:
                continue
            message = (f"promotional wording in a {item.role}: the sentence '{found.phrase}'" if found.learnt
                       else f"promotional or absolute wording '{found.phrase}' in a {item.role}")
            yield Finding(item.kind, item.path, f"{message}; {found.advice}", phrase=found.phrase.removesuffix(" …"))
            break  # one finding per text: the editor rewrites it as a whole
