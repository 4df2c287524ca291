"""How the English prose rules read a sentence: what kind of sentence it is and what frames a phrase.

The prose rules judge what a sentence *does* (asks, instructs, hopes, warns, asserts), not only
which words it holds. Everything here is lower-case regular expressions over a lower-cased
sentence, so that a rule can say "this phrase, but not in a question, an instruction, a research
hope, a negation or a warning about others' claims". Measured on tests/data/rules-corpus.

Each expression comes with the words one of which every match holds (its ``needs``): a sentence
without any of them is not searched at all, which is most sentences. A property test checks that
the expression never matches a sentence its words would turn away.
"""

from __future__ import annotations

import functools
import re

from alsinfo.rules._phrases import words_in


def word_list(text: str) -> tuple[str, ...]:
    """The words of a whitespace-separated list (long lists read better as one string)."""
    return tuple(text.split())

# Verbs a sentence starts with when it tells the reader what to do ("Stop and rest …").
_INSTRUCTION_VERBS = word_list(
    "add aim ask avoid book bring build call carry check choose count cut do drink eat find get give go keep "
    "lie let lift limit look make move pace plan practise practice put read reduce remember rest rinse see sit speak "
    "stand start stay stop take talk tell try turn use wait walk warm wear weigh write hold bend straighten squeeze "
    "breathe repeat place lean rotate roll push pull press apply remove track log share download tap relax")
# Matched (``match``) at a clause's start, or where a tail of it starts (``match(text, pos)``): no "^".
_INSTRUCTION = re.compile(r"(?:(?:please|always|never|now|then|also|instead|first|next|gently|slowly),?\s+)*"
                          # "you must tell the DVLA and usually stop driving": the reader is told what to do
                          r"(?:you (?:must|should|need to|have to|will need to|may need to)\s+(?:\w+ly\s+|also\s+)?)?"
                          r"(?:(?:do not|don't|try to|remember to|make sure to)\s+)?"
                          rf"(?:{'|'.join(_INSTRUCTION_VERBS)})\b(?!-)(?!\s+(?:is|are|was|can|may|will|helps?)\b)"
                          # "Warm compresses can ease …": the verb's form is an adjective before a subject
                          r"(?!\s+(?!(?:what|which|who|how|it|this|that|if|whether)\b)[a-z-]+s\s+(?:can|may|might"
                          r"|could|will|help)\b)")

# Research hopes and open questions: what is hoped, studied or unknown is not asserted.
_RESEARCH = re.compile(
    r"\b(?:hope|hopes|hoped|hoping)\s+(?:that|to|it|they|this|these|for|[a-z]+ (?:will|may|might|could|can))\b"
    r"|\bhopeful\b|\bone day\b|\bin (?:the )?future\b"
    # (not "vaccines are tested thoroughly before use": the checks a product passed, not research on it)
    r"|\b(?:is|are|being|been)\s+(?:being\s+)?(?:studied|tested(?!\s+(?:thoroughly|rigorously|carefully|for safety"
    r"|before use))|investigated|researched|explored)\b"
    r"|\b(?:studying|testing|investigating|exploring|looking at|trying to find out)\s+"
    r"(?:whether|if|how)\b"
    # (not "it does not clear lactic acid": "clear" is then a verb)
    r"|\b(?<!do )(?<!does )(?<!did )(?<!will )(?<!can )(?<!may )(?<!could )(?<!would )"
    r"not (?:yet )?(?:known|clear|sure|certain)\b|\bunknown\b|\bno one knows\b|\bnobody knows\b"
    r"|\b(?:an? )?(?:area|subject|focus) of (?:active )?research\b"
    r"|\b(?:more|larger|further) (?:research|trials|studies) (?:is|are) needed\b"
    r"|\bremains? to be (?:seen|shown|proven)\b"
    r"|\bunder (?:investigation|evaluation|study)\b|\b(?:trials|studies) are (?:under ?way|ongoing)\b"
    r"|\bhypothesi[sz](?:e|ed|es)\b")
_RESEARCH_NEEDS = frozenset(word_list(
    "hope hopes hoped hoping hopeful day future studied tested investigated researched explored studying testing "
    "investigating exploring looking trying known clear sure certain unknown knows research needed remain remains "
    "under trials studies hypothesise hypothesize hypothesised hypothesized hypothesises hypothesizes"))

# "There is no cure", "No diet has been shown to …": statements that evidence is absent.
_ABSENCE = re.compile(
    r"^(?:(?:at present|currently|so far|to date|sadly|unfortunately),?\s+)?(?:there is|there are|there's)\s+"
    r"(?:currently |still |yet |as yet )?(?:no|not)\b(?!\s+(?:risk|danger)\s+of\b)"
    r"|^(?:no|none of (?:the|these|those))\s+(?:[\w-]+\s+){1,5}(?:has|have|is|are|can|will)\s+"
    r"(?:yet\s+|ever\s+)?(?:been\s+)?"
    r"(?:shown|proven|proved|found|approved|able|known|demonstrated)\b"
    r"|\bno (?:treatment|therapy|medicine|drug|cure|operation|diet|supplement|cream|product|pill|tablet|device"
    r"|method|remedy|exercise|surgery)s?\s+(?:can|will|has|have|is|are)\b"
    r"|\bdoes(?: not|n't) mean\b"
    r"|\bnone\s+(?:of them\s+)?(?:has|have)\s+been\s+(?:shown|proven|proved|found)\b"
    r"|\b(?:have|has)(?: not|n't)\s+(?:yet\s+)?(?:been\s+)?(?:shown|found|proven|proved)\b")
_ABSENCE_NEEDS = frozenset(word_list("no not none doesn"))

# How far around a phrase its frame is looked for (a negation, a warning): near words frame it, and a
# bound keeps a very long sentence with many phrases from costing the square of its length.
REACH = 300

_NEGATOR = re.compile(r"\b(?:not|no|never|nor|cannot|can't|isn't|aren't|doesn't|don't|won't|nobody|none|nothing"
                      r"|unlikely|rather than|instead of)\b")

# A verb negated after a phrase ("A cure … has not been found").
# ("… cured and have never looked back": an idiom that negates nothing)
_NEGATED_VERB = re.compile(r"\b(?:has|have|is|are|was|were|does|do|did)\s+"
                           r"(?:not\b|never\b(?!\s+(?:looked back|felt better|been better)))|\bnot yet\b|\bisn't\b"
                           r"|\baren't\b|\bhasn't\b|\bhaven't\b|\bdoesn't\b"
                           # reported, not asserted: "Miracle cures … are advertised online"
                           r"|\b(?:is|are|was|were)\s+(?:widely\s+|often\s+)?(?:advertised|marketed|promoted|sold)\b")

# Words that put what follows inside someone else's claim, or a warning about it.
_WARNING = re.compile(
    r"\b(?:be wary|beware|be careful|be cautious|be sceptical|be skeptical|watch out|warning signs?|red flags?"
    r"|should not be trusted|be questioned|do not trust|don't trust|avoid (?:clinics|websites|anyone|products)"
    r"|(?:clinics|centres|centers|websites|companies|sellers|providers|adverts|ads)\s+(?:that|who|which)"
    r"|claims?\s+(?:that|to)|promis(?:e|es|ed)(?!\s*(?:[.!:;,]|$))|promising\s+(?:to|a|an|that)"
    r"|(?:they|who|which) (?:say|said|claim)"
    r"|(?:researchers|scientists|experts|doctors|reviewers|journalists|the media|newspapers)\s+(?:have\s+)?"
    r"(?:describe[sd]?|call(?:ed|s)?|hail(?:ed|s)?)"
    r"|(?:website|websites|site|advert|adverts|brochure|leaflet|page)\s+(?:says|say|said|claims|claimed)"
    r"|advertis(?:e|es|ed|ing|ement|ements|er|ers)|sell(?:s|ing)?|market(?:ed|ing)|so-called"
    r"|false|misleading|scam)\b")
_WARNING_NEEDS = frozenset(word_list(
    "say says said website websites site advert brochure leaflet page describe describes described call calls "
    "called hail hails hailed "
    "wary beware careful cautious sceptical skeptical watch warning red trusted questioned trust avoid "
    "clinics centres centers websites companies sellers providers adverts ads claim claims promise promises promised "
    "promising "
    "advertise advertises advertised advertising advertisement advertisements advertiser advertisers sell sells "
    "selling marketed marketing so false misleading scam"))

# The provider speaking of itself ("our clinic", "we offer"), or a coach or therapist of their own work
# ("my programme", "my clients").
_PROVIDER = re.compile(r"\b(?:we|we're|we've|our|ours|us)\b|\bmy (?:programme|program|coaching|course|clients|plan"
                       r"|method|protocol|clinic|practice|app|patients)\b")

# A patient's story in their own words: a quotation that opens the sentence or is attributed in it
# ("'… I was running again,' says Priya"), in the first person. What it tells: a cure, another
# outcome, or satisfaction with the provider.
_QUOTATION = re.compile(r"^(?:[★⭐]+\s*)?[\"“‘']|^[^\"“”]{1,40}:\s*[\"“‘']"
                        r"|[\"”’']\s*,?\s*(?:says|said|writes|wrote|explains|adds|recalls|tells us)\b"
                        r"|[.!?][\"”’']\s*(?:\([^)]{1,40}\)|[—–-]?\s*[a-z][\w' ]{0,30}"
                        r"(?:,\s*(?:\d{1,3}|[a-z][\w' ]{0,20}))?)?\s*\Z")  # "… — Mark, 52", "… — Mark, Bristol"
_FIRST_PERSON = frozenset(word_list("i my me we our us mine"))
_STORY = re.compile(
    r"\b(?P<cure>cured|cured (?:him|her|me|them)|healed|gone for good|no longer (?:have|has|had|need)|in remission"
    r"|reversed (?:my|his|her|their)|(?:vanished|disappeared|went away) for good"
    r"|my (?:[\w'-]+ ){1,2}(?:is|was|has been) (?:now )?(?:completely|totally|100%) gone"
    r"|(?:als|ms|mnd|autism|diabetes|cancer|parkinson's|arthritis) is gone"
    r"|(?:have|has|had) never (?:returned|come back)|never came back"
    # an illness gone, not a symptom ("the aching has completely gone" is an outcome)
    r"|(?:eczema|psoriasis|depression|anxiety|acne|asthma|arthritis|migraines?|ms|als|diabetes|cancer|tinnitus|ibs"
    r"|endometriosis|hiv|hepatitis(?: [abc])?|tumou?r|[a-z]+itis)"
    r"(?:(?: had| has| have| is| was)(?: completely| totally| fully| now)?| completely| totally| fully)?"
    r" (?:disappeared|vanished|gone|cleared|healed))\b"
    r"|\b(?P<outcome>(?:completely |totally |all )?gone(?! to\b)|disappeared|vanished|went away"
    r"|(?:pain|symptom|seizure|relapse|flare|cancer|tumour|tumor|disease|migraine|headache|eczema|acne)-free|free of"
    r"|cleared (?:up )?(?:completely|fully)|gave (?:me|us) a (?:second|new) (?:life|lease of life)"
    r"|for the first time in (?:years|months|ages|a decade)"
    r"|(?:haven't|hasn't|have not|has not) (?:had|needed|felt|used|taken) (?:a |an |any |my )?[\w-]+(?: [\w-]+){0,2}"
    r" (?:since|once|at all)|(?:zero|no) [\w-]+ since|(?:walked|walk) out|(?:threw|thrown) away my"
    r"|(?:cancelled|canceled) (?:it|my (?:surgery|operation))|[a-z]+ed (?:in |up |out )?(?:completely|fully|entirely)"
    r"|(?:dropped|fell|went down|came down) from (?:about |around |roughly )?[\d.]+ to [\d.]+"
    r"|from [\w ]{1,30} to (?:none|zero|nothing)"
    r"|[a-z]+est (?:it's|it has) been in (?:years|ages|months|a decade)|stopped (?:progressing|getting worse|spreading)"
    r"|(?:come|came|am|i'm|was|got) off (?:\w+ )?(?:tablets|medication|medicines|insulin|metformin|painkillers"
    r"|inhalers?|meds|crutches|sticks?|walking sticks?)"
    r"|(?:a|the) different (?:child|person|man|woman|boy|girl)|[a-z]+er than (?:it|i|they|she|he) (?:had|has|have)"
    r" (?:been|felt)"
    r"|(?:[a-z]+ing|[a-z]+ed|see|feel|felt|walk|run|eat|sleep|work|drive|play|hear|breathe|talk|live|move|dance|swim"
    r"|(?:can|could) [a-z]+)"
    r"\s+(?:[\w'-]+\s+){0,4}again|changed my life|(?:my|our) li(?:fe|ves) back|gave (?:me|us) (?:my|our|back)"
    r"|never felt better|feel (?:like )?(?:new|better|great|amazing|years younger|so much better)|years younger"
    r"|no more (?:pain|\w+ attacks|symptoms|seizures|flare-ups)"
    r"|(?:feel|felt) like a (?:different|new) (?:person|woman|man)"
    r"|(?:stopped|cleared) (?:overnight|completely|straight away|within (?:a|days|weeks)|the (?:day|week))"
    r"|(?:is|are|feels?|looks?) (?:so |much |so much )better|(?:completely |fully )filled in"
    r"|(?:no|zero|not a single) [\w-]+ (?:for|in) (?:\d+|[a-z]+) (?:weeks|months|years)"
    r"|(?:more|better|less) [\w-]+ than (?:i'd|i had|i've had|i have|ever)|a miracle for)\b"
    r"|\b(?P<treated>(?:after|since|following) (?:my|his|her|their|our|the) (?:[\w-]+ ){0,2}"
    r"(?:infusions?|sessions?|injections?|treatments?|visits?|course|drips?|procedures?|operation)"
    r"|(?:infusions?|sessions?|injections?|treatments?|visits?) later)\b"
    r"|\b(?P<satisfaction>i (?:would |'d |)recommend|thanks to|so grateful|can't thank|cannot thank"
    r"|made me feel (?:so )?(?:welcome|at ease|cared for))\b")
_STORY_NEEDS = frozenset(word_list(
    "cured healed gone disappeared vanished went free no remission again changed life lives back gave never feel "
    "cleared haven hasn not first felt like than miracle zero walked walk threw thrown cancelled canceled completely "
    "fully entirely dropped fell went came none zero nothing off different after since following later reversed "
    "stopped "
    "years ages months decade more recommend thanks grateful thank made pain symptom seizure relapse"))


# A story told in the first person without quotation marks is a patient's when it names what was done
# to them ("I finally felt like myself again after my second TMS session").
_TREATED = frozenset(word_list("session sessions treatment treatments infusion infusions injection injections drip "
                               "drips course programme program therapy procedure operation transplant "
                               # what a shop's customer took or wore ("since I started the lysine gummies")
                               "gummies capsules tablets pills drops cream gel powder spray patch brace glasses "
                               "supplement supplements tea plan"))


@functools.lru_cache(maxsize=4096)
def may_testify(lower: str) -> bool:
    """Whether a lower-cased text may hold a story: a word to tell the story, and an opening quotation
    mark and a word in the first person, or "I" and a word for what was done (most texts have neither,
    and are not split)."""
    held = words_in(lower)
    if _STORY_NEEDS.isdisjoint(held):
        return False
    if _opens_quotation(lower):
        return not _FIRST_PERSON.isdisjoint(held)
    return _told_unquoted(held) or _cure_told(held)


def _told_unquoted(held: frozenset[str]) -> bool:
    return ("i" in held or "my" in held) and not _TREATED.isdisjoint(held)


# A cure told in the first person needs no word for what was done ("I'm totally cured", "healed my
# psoriasis completely"): only the cure it tells is taken, not other outcomes.
_CURE_WORDS = frozenset(word_list("cured healed reversed gone vanished disappeared remission"))


def _cure_told(held: frozenset[str]) -> bool:
    return ("i" in held or "my" in held or "me" in held) and not _CURE_WORDS.isdisjoint(held)  # "she cured me"


def _closes_quotation(lower: str) -> bool:
    """Whether a quotation closes after a full stop, a question or an exclamation mark, and the text
    has a word a story is told with."""
    return ('"' in lower or "'" in lower or "”" in lower or "’" in lower) and _CLOSING_QUOTE.search(lower) is not None \
        and not _STORY_NEEDS.isdisjoint(words_in(lower))


_OPENING_QUOTE = re.compile(r"(?:^|\s|\()[\"“‘']")


def _opens_quotation(lower: str) -> bool:
    """Whether a quotation mark opens a quotation in the text (at its start, after a space or a bracket).
    Looked for as substrings first: most texts have no double quotation mark, and a plain "'" is most
    often an apostrophe, which the regular expression would have to look behind at every time."""
    if '"' in lower or "“" in lower or "‘" in lower:
        return _OPENING_QUOTE.search(lower) is not None
    return lower.startswith("'") or " '" in lower or "('" in lower or "\n'" in lower or "\t'" in lower


_CLOSING_QUOTE = re.compile(r"[.!?][\"”’']")


@functools.lru_cache(maxsize=4096)
def testimony(lower: str) -> tuple[int, int, str] | None:
    """In a lower-cased sentence that tells a patient's story, the words that tell what happened and
    what they tell ("cure", "outcome", "satisfaction"); None for any other sentence. The story is
    quoted (a quotation that opens in the sentence is in the first person; one that only closes in it,
    "… she no longer has it.'", began in a sentence before, whose words are not at hand), or told
    with "I" and a word for what was done; only a quoted one tells what followed a treatment."""
    quoted = (may_testify(lower) or _closes_quotation(lower)) and _QUOTATION.search(lower.strip()) is not None
    held = words_in(lower)
    treated = _told_unquoted(held)
    if not quoted and not ((treated or _cure_told(held)) and not is_question(lower)):
        return None
    told = []
    for found in _STORY.finditer(lower):  # "has not gone" is not a cure; "vanished … and hasn't come back" is
        if found.lastgroup == "treated" and not quoted:
            continue  # "after my first session I felt sore": only a quoted story tells what a treatment did
        if not quoted and not treated and found.lastgroup != "cure":
            continue  # "my energy has gone": told without a treatment, only a cure is a story of one
        if not negated_before(lower, found.start()):
            kind = "outcome" if found.lastgroup == "treated" else str(found.lastgroup)
            told.append((found.start(), found.end(), kind))
    # a cure, when the story tells one, is what it tells ("after her treatment … she no longer has it")
    return next((one for one in told if one[2] == "cure"), told[0] if told else None)


# "but" between two adjectives ("a small but serious risk") joins them; it does not start a clause.
_JOINED_ADJECTIVE = ("serious", "real", "important", "significant", "steady", "effective", "manageable", "noticeable",
                     "measurable", "rare", "common", "mild", "small", "modest", "useful", "worthwhile", "treatable",
                     "painful", "consistent", "gradual", "slow", "definite", "clear", "genuine", "temporary", "safe")
_CLAUSE_BREAK = re.compile(r";|:|\s[–—]\s|(?<!\d)\s-\s(?!\d)|,\s+(?:but|while|whereas|although|though|so|and so)\s+"
                           rf"|\s+but\s+(?!(?:{'|'.join(_JOINED_ADJECTIVE)})\s+[a-z])"
                           r"|\s+(?:if|when|whenever|because|unless|while|whereas|although|though)\s+")
_CLAUSE_BREAK_NEEDS = frozenset(word_list("but while whereas although though so if when whenever because unless"))
_CLAUSE_BREAK_MARKS = re.compile(r"[;:–—]|\s-\s")  # " - ": a dash typed as a hyphen, as web copy often has it


def searched(pattern: re.Pattern[str], needs: frozenset[str], lower: str, start: int = 0, end: int | None = None,
             *, within: str | None = None) -> bool:
    """Whether ``pattern`` matches ``lower`` (between ``start`` and ``end``, or the text ``within`` taken from
    it), looked for only when ``lower`` holds a word every match needs: a sentence's words are known (cached),
    the words of a part cut from it are not."""
    if needs.isdisjoint(words_in(lower)):
        return False
    if within is not None:
        return pattern.search(within) is not None
    return pattern.search(lower, start, len(lower) if end is None else end) is not None


def lowered(sentence: str) -> str:
    """The sentence in lower case with typographic apostrophes made plain."""
    return sentence.lower().replace("’", "'").replace("‘", "'")


def is_question(sentence: str) -> bool:
    return sentence.rstrip("”’\"') ").endswith("?")


_COMMA = re.compile(r",\s*")
_IF_FIRST = re.compile(r"if\b")
_OPENING_PHRASE = re.compile(r"(?:in|after|before|for|during|until|once|at|on|within|over|from)\b[^,]{1,60},\s*")


def is_instruction(clause: str) -> bool:
    """Does the (lower-cased) clause tell the reader what to do? After a condition, what follows one of
    its commas does ("If it hurts, stop."; "If an exercise causes sharp pain, numbness or tingling, stop.")."""
    clause = clause.strip(" \"“”'(")
    if _INSTRUCTION.match(clause):
        return True
    if _IF_FIRST.match(clause):  # each comma's tail is tried where it starts (a slice each would cost the square)
        return any(_INSTRUCTION.match(clause, comma.end()) for comma in _COMMA.finditer(clause))
    # "In the first two weeks after the injection, limit high-impact activity": a time or place, then what to do
    opening = _OPENING_PHRASE.match(clause)
    return opening is not None and _INSTRUCTION.match(clause, opening.end()) is not None


def is_research_hope(sentence: str) -> bool:
    """Does the (lower-cased) sentence say what is hoped for, studied or not known?"""
    return searched(_RESEARCH, _RESEARCH_NEEDS, sentence)


def states_absence(sentence: str) -> bool:
    """Does the (lower-cased) sentence say something does not exist or has not been shown?"""
    return searched(_ABSENCE, _ABSENCE_NEEDS, sentence)


# What nobody can promise is not promised: "no surgeon can guarantee that an operation will stop it …"
NOT_PROMISED = re.compile(r"\b(?:no\s+(?:[\w-]+\s+){1,3}can|nobody can|no one can|cannot|can't|can not)\s+"
                          r"(?:guarantee|promise|predict|say)\s+(?:that\s+)?[^,;]*\Z")


def asserted(sentence: str, start: int, end: int) -> bool:
    """Is the phrase at sentence[start:end] said, and not negated, promised by nobody ("no clinic can guarantee
    that a treatment will work") or reported from someone else's claim?"""
    return not (negated_before(sentence, start) or negated_after(sentence, end) or warned_about(sentence, start)
                or searched(NOT_PROMISED, PROMISE_WORDS, sentence, max(0, start - REACH), start)
                or quoted_from_a_seller(sentence, start, end))


# A quotation followed by who said it, when that is a seller and not the text's own voice ("… says our clinic").
_SAID_BY_A_SELLER = re.compile(r"[^\"”’']{0,160}?[\"”’']\s*,?\s+(?:says?|said|claims?|claimed|promises?|promised|reads"
                               r"|states|boasts)\s+(?P<who>(?:[\w'’-]+\s+){0,3}?)(?:clinics?|leaflets?|adverts?"
                               r"|advertisements?|websites?|site|brochures?|compan(?:y|ies)|providers?|sellers?|flyers?"
                               r"|ads?|centres?|centers?|page)\b")


def quoted_from_a_seller(sentence: str, start: int, end: int) -> bool:
    """Is sentence[start:end] inside a quotation the sentence then gives to a seller ("'Cures ALS in weeks,'
    says one clinic's leaflet")? The text reports that claim; it does not make it."""
    if not _opens_quotation(sentence[:start]):
        return False
    said = _SAID_BY_A_SELLER.match(sentence, end)
    return said is not None and "our" not in said["who"].split()


PROMISE_WORDS = frozenset(("guarantee", "promise", "predict", "say"))  # one of which NOT_PROMISED needs


def negated_before(sentence: str, start: int, reach: int = 40) -> bool:
    """Is there a negation in the clause just before ``start`` (within ``reach`` characters)?"""
    before = _BELIEF.sub("", _NO_LIST.sub("", clause_before(sentence, start)[-reach:]))
    return bool(_NEGATOR.search(before))


# Disbelief negates nothing: "my surgeon can't believe my knee has healed".
_BELIEF = re.compile(r"\b(?:can't|cannot|couldn't|could not|can not) believe\b")
# The items before the last of a list of absences ("no surgery, no downtime, no side effects") do not
# negate it: the list asserts them all.
_NO_LIST = re.compile(r"(?:\bno\s+[\w-]+(?:\s+[\w-]+)?,\s*(?:and\s+|or\s+)?)+\Z")


def negated_after(sentence: str, end: int) -> bool:
    """Is the rest of the clause after ``end`` a negation ("A cure … has not been found")?"""
    after = _CLAUSE_BREAK.split(sentence[end:end + REACH], maxsplit=1)[0].split(",", 1)[0]
    # (a negation after "who" or "whose" is said of those people: "cured children whose cancers did not respond")
    return bool(_NEGATED_VERB.search(_OF_PEOPLE.split(after, 1)[0] if "who" in after else after))


_OF_PEOPLE = re.compile(r"\b(?:who|whose|whom)\b")


def warned_about(sentence: str, start: int) -> bool:
    """Does the sentence, before ``start``, warn about or report someone else's claim?"""
    return searched(_WARNING, _WARNING_NEEDS, sentence[max(0, start - REACH):start])


def provider_voice(sentence: str) -> bool:
    return bool(_PROVIDER.search(sentence))


def clause_before(sentence: str, start: int) -> str:
    """The part of the clause that ends at ``start``."""
    return _CLAUSE_BREAK.split(sentence[max(0, start - REACH):start])[-1]


@functools.lru_cache(maxsize=4096)
def clauses(sentence: str) -> list[str]:
    """The clauses of a lower-cased sentence (shared between rules: do not change the list)."""
    if _CLAUSE_BREAK_NEEDS.isdisjoint(words_in(sentence)) and not _CLAUSE_BREAK_MARKS.search(sentence):
        return [sentence] if sentence.strip() else []
    return [part for part in _CLAUSE_BREAK.split(sentence) if part and part.strip()]
