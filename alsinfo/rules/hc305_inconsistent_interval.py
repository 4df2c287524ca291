"""Intervals of the same thing are given one way.

Why: when one part of an article says courses are given "at intervals of 3 to 6 months" and another
that a course is given "at 45-60 day intervals", a patient cannot know which is true, and the editor
must decide. Every interval stated as a range ("every 2 to 3 days", "at intervals of 3 to 6 months",
"45-60 day intervals", "6- to 9-month intervals", "every two to three weeks", "3 to 4 months apart",
"4 to 5 days between sessions", "every 4 to 6 hours", "every 30 to 45 minutes") is converted to
minutes and tied to what it is an interval of: the noun phrase after "between", else the one it
follows ("strength sessions every 2 to 3 days" is of sessions, "courses of treatment, given at
intervals of …" of courses); an act done to a thing is the act named as a noun ("a nurse checks
your breathing every …" is of breathing checks, and so are "your breathing is checked every …" and
"your HRT is reviewed by your GP every …" of an HRT review), an activity's gerund the activity ("keep walking"
is of walks), a visit is one thing however it is named ("see a podiatrist", "a podiatry appointment";
"come to clinic", "clinic visits"; "your physiotherapist will see you", "physiotherapy review
appointments"), told apart by whom or where, and a count is not a kind ("three injections" are
injections); maintenance, booster,
top-up and follow-up sessions are not the first course's. A tablet, capsule, pill or dose of a
medicine is one thing: its dose ("one ibuprofen tablet every 4 to 6 hours" and "8 to 12 hours
between ibuprofen doses" disagree). Two intervals of the same thing whose
ranges do not overlap are reported, each naming the other and the thing. Intervals of different
things ("strength sessions every 2 to 3 days", "a programme review every 6 to 8 weeks"; "stem cell
infusions" and "infusions of exosomes") are not compared, nor those of sentences for different
people ("Children should see …", "Adults should see …"; a sentence that names nobody is for anyone),
nor an interval whose subject cannot be told ("it is repeated every …", "its doses …"). A range
written backwards ("every 6 to 4 weeks") is the range 4 to 6; a text is reported once.

Bad: "Courses of treatment are usually given at intervals of 3 to 6 months" and, elsewhere, "a
course is usually given at 45-60 day intervals".

Good: the same interval everywhere, or two statements that say what each interval is for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.rules._api import Finding, Prose, RuleContext, sentences
from alsinfo.rules._english import word_list
from alsinfo.rules._phrases import NUMBER, words_in

ID = "HC305"
NAME = "inconsistent-interval"
SEVERITY = "warning"
LANGUAGES = ("en",)  # it reads English sentences
OPTIONS: dict[str, Any] = {}

# Each unit in minutes: rest breaks are minutes apart, a medicine's doses hours ("every 4 to 6 hours"), a course's
# months.
_MINUTES = {"minute": 1, "hour": 60, "day": 24 * 60, "week": 7 * 24 * 60, "month": 30 * 24 * 60, "year": 365 * 24 * 60}
# Numbers as figures or as words ("every two to three weeks").
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = rf"(?:\d+|{'|'.join(_NUMBER_WORDS)})"
_RANGE = (rf"(?P<low>{_COUNT})-?\s*(?:(?P<low_unit>minute|hour|day|week|month|year)s?\s+)?(?:to|-|–|—)\s*"
          rf"(?P<high>{_COUNT})")
_UNIT = r"(?P<unit>minute|hour|day|week|month|year)s?"
_PATTERNS = [
    re.compile(rf"\bintervals?\s+of\s+{_RANGE}[\s-]*{_UNIT}\b", re.IGNORECASE),
    re.compile(rf"\b{_RANGE}[\s-]*{_UNIT}\s+intervals?\b", re.IGNORECASE),
    re.compile(rf"\bevery\s+{_RANGE}[\s-]*{_UNIT}\b", re.IGNORECASE),
    re.compile(rf"\b{_RANGE}[\s-]*{_UNIT}\s+apart\b", re.IGNORECASE),
    # "4 to 5 days between loading sessions": the thing comes after
    re.compile(rf"\b{_RANGE}[\s-]*{_UNIT}\s+between\s+(?P<after>(?:[a-z-]+\s+){{0,3}}[a-z-]+)", re.IGNORECASE),
]
# Words between a thing and its interval ("sessions are usually given at …"), skipped going back.
_BETWEEN = set(word_list("""is are was were be been being usually generally typically often normally then also only once
repeated given administered done performed planned scheduled held taken run runs take takes place carried out at
of should can may will must would could least about roughly approximately around apart repeat repeats given
usually offered arranged booked needed recommended advised checked rechecked measured tested replaced reviewed seen
spaced swapped changed renewed cleaned
monitored assessed"""))
# Words that end the noun phrase going back: determiners, pronouns, prepositions, common verbs.
_STOP = set(word_list("""a an the your my our their his her its this these those that which who do does did have has
had get gets for with to from in on by and or but if when as each every any some most many all aim try arrange arranges
receive receives need needs go goes come comes attend attends start starts begin begins build builds"""))
_PRONOUNS = {"it", "they", "them", "this", "these", "that", "those", "which", "we", "you", "he", "she", "us", "me",
             "him"}
_DETERMINERS = set(word_list("a an the your my our their his her its this these those each every both either"))
# Words that name a phase of a treatment: intervals of different phases differ by design.
_PHASES = frozenset(word_list("maintenance booster top-up follow-up"))
# Verbs whose act is named by the same word as a noun ("a dose review", "a blood test", "an eye check").
_DONE_AS_A_NOUN = set(word_list("review reviews check checks test tests scan scans"))
# The same acts done to a thing in the passive: "your dose is reviewed every …" is of dose reviews.
# (done again is the same act: "kidney function is rechecked every …" is of a kidney function check)
_DONE_AS_A_PARTICIPLE = {"reviewed": "review", "checked": "check", "tested": "test", "scanned": "scan",
                         "rechecked": "check", "retested": "test", "rescanned": "scan", "re-checked": "check",
                         "re-tested": "test", "re-scanned": "scan"}
# A visit is named many ways: "see a podiatrist", "a podiatry appointment", "come to clinic", "clinic visits",
# "your physiotherapist will see you". Each is a visit, told apart by whom or where (the word's stem).
_VISITS = frozenset(word_list("visit appointment consultation check-up"))
_SEEN_BY = frozenset(word_list("""podiatrist hygienist physiotherapist physio dentist optician optometrist nurse
doctor gp consultant surgeon midwife dietitian audiologist therapist specialist"""))
_PLACES_VISITED = frozenset(word_list("clinic surgery practice hospital centre center"))
_GO_TO = frozenset(word_list("come go attend return"))
_PROFESSION_ENDING = re.compile(r"(?:ist|y|ic|al|s)$")
_PLACE_PREPOSITIONS = set(word_list("on in into during throughout across at by with around over"))


class Thing(NamedTuple):
    head: str  # the noun the interval is of, singular ('session')
    modifiers: frozenset[str]  # the words before it ('strength'), but counts ('three injections')
    population: frozenset[str] = frozenset()  # whom its sentence says it is for ('child', 'adult'); none: anyone

    def same_as(self, other: Thing) -> bool:
        # "strength sessions" are sessions, but "maintenance sessions" are not the first course's sessions,
        # and a child's visits are not an adult's
        return self.head == other.head and (self.modifiers <= other.modifiers or other.modifiers <= self.modifiers) \
            and self.modifiers & _PHASES == other.modifiers & _PHASES \
            and not (self.population and other.population and self.population.isdisjoint(other.population))

    def __str__(self) -> str:
        return self.head


class Interval(NamedTuple):
    item: Prose
    phrase: str
    low: int
    high: int
    thing: Thing | None


# Whom a statement is for: "Children should see the physiotherapist every 2 to 3 weeks" and "Adults should
# see … every 6 to 8 weeks" are two plans, not a contradiction.
_POPULATIONS = {**dict.fromkeys(word_list("child children kids"), "child"),
                **dict.fromkeys(word_list("baby babies infant infants newborn newborns toddler toddlers"), "baby"),
                **dict.fromkeys(word_list("teenager teenagers adolescent adolescents teens"), "teenager"),
                **dict.fromkeys(word_list("adult adults"), "adult"),
                **dict.fromkeys(word_list("elderly"), "older person")}
_OLDER_PEOPLE = re.compile(r"\bolder (?:people|adults|patients)\b")


def population(sentence: str) -> frozenset[str]:
    """Whom a (lower-cased) sentence names as those it is for: children, babies, teenagers, adults, older people."""
    words = words_in(sentence)
    found = {_POPULATIONS[word] for word in words & _POPULATIONS.keys()}
    if "older" in words and _OLDER_PEOPLE.search(sentence):
        found.add("older person")
        found.discard("adult")  # "older adults"
    return frozenset(found)


# What a medicine is taken in: each is one dose, whatever the leaflet calls it.
_DOSE_WORDS = frozenset(word_list("dose tablet capsule pill sachet puff spray lozenge"))


def _head(noun: str) -> str:
    """The singular of a phrase's last noun, a dose for the forms a dose comes in, and an activity's
    verb for its gerund ("keep walking every …" and "go for a walk every …" are of walks)."""
    word = singular(noun)
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiousl":
            word = word[:-1]  # "swimming": swim
    return "dose" if word in _DOSE_WORDS else word


def _modifiers(words: list[str]) -> frozenset[str]:
    """The words that tell a kind of thing apart: not a count ("three injections" are injections)."""
    return frozenset(word for word in words if word not in _NUMBER_WORDS and not word.isdigit())


def _visit(modifiers: frozenset[str]) -> Thing:
    """A visit to or by whom the modifiers name, by their stems ("podiatrist", "podiatry": "podiatr")."""
    return Thing("visit", frozenset(_PROFESSION_ENDING.sub("", word) for word in modifiers))


def _act_on(phrase: list[str]) -> frozenset[str]:
    """What an act is done to, as the modifiers of the act's noun: "your doses are reviewed" and "a dose
    review" are both of a review of the dose (in the singular, as a modifier is written)."""
    return _modifiers([*phrase[:-1], singular(phrase[-1])])


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _noun_like(token: str) -> bool:
    return bool(re.fullmatch(r"[a-z][a-z0-9-]*", token)) and token not in _STOP and token not in _BETWEEN


def _noun_phrase_ending(tokens: list[str], index: int) -> tuple[list[str], int]:
    """The noun phrase (up to three words) that ends at ``tokens[index]``, and the index before it."""
    phrase: list[str] = []
    while index >= 0 and len(phrase) < 3 and _noun_like(tokens[index]):
        phrase.insert(0, tokens[index])
        index -= 1
    return phrase, index


_AUXILIARIES = frozenset(word_list("will can may should would could must"))
# Words for any treatment: "a course of treatment" is a course, as "a course of 3 sessions" is.
_ANY_TREATMENT = frozenset(word_list("treatment therapy care session dose medicine medication"))
_OWNED_BY_ANOTHER = frozenset(("its",))  # a thing's (a medicine's): "their", "his", "her" are mostly people's


def _verb_group_start(tokens: list[str], index: int) -> int:
    """The index of the word before the auxiliaries that end at ``tokens[index]`` ("… physiotherapist will")."""
    while index >= 0 and tokens[index] in _AUXILIARIES:
        index -= 1
    return index


def _before_determiners(tokens: list[str], index: int) -> int:
    """The index of the word before the determiners that end at ``tokens[index]`` ("on each", "reviews your")."""
    while index >= 0 and tokens[index] in _DETERMINERS:
        index -= 1
    return index


def thing_before(text: str) -> Thing | None:
    """What the interval that follows ``text`` (the words before it in its sentence) is of."""
    tokens = re.findall(r"[a-z][a-z0-9-]*|\d+|[,;:()]", text.lower().replace("’", "'"))
    index = len(tokens) - 1
    done = ""  # "your hearing tested every …": the act, as its noun ("test")
    while index >= 0 and (tokens[index] in _BETWEEN or tokens[index] in ",()"):
        done = done or _DONE_AS_A_PARTICIPLE.get(tokens[index], "")
        index -= 1  # "…, usually administered at": back over the words between a thing and its interval
    phrase, index = _noun_phrase_ending(tokens, index)
    # "the wax guard on each hearing aid every …", "rest breaks into your day at intervals of …", "an
    # appointment with us every …": a phrase that says where, when or with whom is not the thing; the
    # noun phrase before its preposition is.
    place = _before_determiners(tokens, index)
    if place >= 1 and tokens[place] == "by" and tokens[place - 1] in _DONE_AS_A_PARTICIPLE:
        # "your HRT is reviewed by your GP every …" is of an HRT review, as "an HRT review every …" is
        done, index = _DONE_AS_A_PARTICIPLE[tokens[place - 1]], place - 1
        while index >= 0 and tokens[index] in _BETWEEN:
            index -= 1
        phrase, index = _noun_phrase_ending(tokens, index)
    elif place >= 1 and tokens[place] in _PLACE_PREPOSITIONS and _noun_like(tokens[place - 1]):
        phrase, index = _noun_phrase_ending(tokens, place - 1)
    if done and phrase and phrase[-1] not in _PRONOUNS:
        return Thing(done, _act_on(phrase))
    if len(tokens) >= 2 and tokens[-1] in _PRONOUNS and tokens[-2] == "see":
        # "your physiotherapist will see you every …": a visit by whoever sees
        seer, _ = _noun_phrase_ending(tokens, _verb_group_start(tokens, len(tokens) - 3))
        return _visit(frozenset(seer[-1:])) if seer else None
    if not phrase or phrase[-1] in _PRONOUNS:
        return None
    place = _before_determiners(tokens, index)
    head = _head(phrase[-1])
    if head in _VISITS:  # "a podiatry appointment", "clinic visits"
        return _visit(_modifiers(phrase[:-1]))
    if head in _SEEN_BY and place >= 0 and tokens[place] == "see":  # "see a podiatrist every …"
        return _visit(frozenset((head,)))
    if head in _PLACES_VISITED and place >= 1 and tokens[place] == "to" and tokens[place - 1] in _GO_TO:
        return _visit(frozenset((head,)))  # "come to clinic every …"
    # "your prescriber reviews your dose every …" is of a dose review, as "dose reviews take place every …" is
    if place >= 0 and place < index and tokens[place] in _DONE_AS_A_NOUN:
        return Thing(singular(tokens[place]), _act_on(phrase))
    # "courses of treatment", "a course of 3 sessions": the head is the noun before "of".
    while index >= 0 and tokens[index].isdigit():
        index -= 1
    if index >= 1 and tokens[index] == "of" and _noun_like(tokens[index - 1]):
        modifier = [tokens[index - 2]] if index >= 2 and _noun_like(tokens[index - 2]) else []
        # "three courses of treatment" are courses; "infusions of exosomes" are exosome infusions
        kind = [word for word in [*phrase[:-1], singular(phrase[-1])] if word not in _ANY_TREATMENT] if phrase else []
        return Thing(_head(tokens[index - 1]), _modifiers([*modifier, *kind]))
    if index >= 0 and tokens[index] in _OWNED_BY_ANOTHER:
        return None  # "Naproxen lasts longer, so its doses are taken every …": whose, the words do not say
    return Thing(head, _modifiers(phrase[:-1]))


_CONJUNCTIONS = set(word_list("so and or but because while whereas unless until"))


def thing_after(words: str) -> Thing | None:
    """What an interval "between" the words after it is of ("… between loading sessions")."""
    phrase: list[str] = []
    for token in words.lower().split():
        if token in _STOP or token in {"two", "consecutive", "successive"}:
            if phrase:
                break  # "between sessions so the tendon …": the noun phrase has ended
            continue  # "between each session", "between your sessions"
        if not _noun_like(token) or token in _CONJUNCTIONS:
            break
        phrase.append(token)
    if not phrase or phrase[-1] in _PRONOUNS:
        return None
    return Thing(_head(phrase[-1]), _modifiers(phrase[:-1]))


def _count(number: str) -> int:
    """A count written as figures or as a word."""
    return int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]


def _may_state_one(lower: str) -> bool:
    """Whether a lower-cased text holds the words every interval needs: a number, a unit and a marker."""
    held = words_in(lower)
    return (NUMBER in held or not held.isdisjoint(_NUMBER_WORDS)) and not held.isdisjoint(_UNITS) \
        and not held.isdisjoint(_MARKERS)


_UNITS = frozenset(word_list("minute minutes hour hours day days week weeks month months year years"))
_MARKERS = frozenset(word_list("interval intervals every apart between"))


_CLAUSE_END = re.compile(r"[;:]|\s[–—]\s")


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` between the clause breaks (";", ":", a dash) around sentence[start:end]."""
    before = [found.end() for found in _CLAUSE_END.finditer(sentence, 0, start)]
    after = _CLAUSE_END.search(sentence, end)
    return sentence[before[-1] if before else 0:after.start() if after else len(sentence)]


def intervals(item: Prose) -> Iterator[Interval]:
    if not _may_state_one(item.text.lower()):
        return
    for sentence in sentences(item.text):
        if not _may_state_one(sentence.lower()):
            continue
        for pattern in _PATTERNS:
            for found in pattern.finditer(sentence):
                high_unit = found["unit"].lower()
                low_unit = (found["low_unit"] or high_unit).lower()
                low, high = _count(found["low"]) * _MINUTES[low_unit], _count(found["high"]) * _MINUTES[high_unit]
                # "every 6 to 4 weeks" is the range 4 to 6; the thing is in the words just before
                thing = thing_after(found["after"]) if found.groupdict().get("after") else \
                    thing_before(sentence[max(0, found.start() - 200):found.start()])
                if thing is not None:  # whom the interval's clause names ("…, not your children, decides: …")
                    thing = thing._replace(population=population(_clause_around(sentence, *found.span()).lower()))
                yield Interval(item, found.group(), min(low, high), max(low, high), thing)


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    stated = [interval for item in context.prose() for interval in intervals(item) if interval.thing is not None]
    # The same statement made many times agrees with itself: compare each kind of statement (thing
    # and range) once, with the first interval that states each other kind.
    first: dict[tuple[Thing | None, int, int], Interval] = {}
    for interval in stated:
        first.setdefault((interval.thing, interval.low, interval.high), interval)
    reported: set[tuple[str, tuple[Any, ...]]] = set()
    for interval in stated:
        if (interval.item.kind, interval.item.path) in reported:
            continue  # one finding per text: the editor reads it as a whole
        for (thing, low, high), other in first.items():
            if low <= interval.high and interval.low <= high:
                continue
            if not (interval.thing and thing and interval.thing.same_as(thing)):
                continue
            where = context.documents[other.item.kind].locate_phrase(other.item.path, other.phrase)
            yield Finding(interval.item.kind, interval.item.path,
                          f"the interval '{interval.phrase}' disagrees with '{other.phrase}' "
                          f"({context.documents[other.item.kind].file}, line {where.line}); both are intervals of the "
                          f"{interval.thing}; check which is right", phrase=interval.phrase)
            reported.add((interval.item.kind, interval.item.path))
            break
