"""Matching: FAQ questions by id, number or words (stems and small typos forgiven), and text search."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from alsinfo.model import (
    Article,
    Block,
    Callout,
    CaseStudy,
    DefinitionList,
    FaqEntry,
    Image,
    ListBlock,
    Paragraph,
    Quote,
)

# Words that carry no meaning on their own: a query made only of these matches nothing.
STOPWORDS = frozenset("""
a about after again all also am an and any are as at be been before being but by can could did do
does doing during each for from had has have having he her here hers him his how i if in into is it
its itself me more most my no nor not of off on once only or other our ours out over own same she
should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
""".split())  # noqa: SIM905 (a word list reads best as words)

_WORD = re.compile(r"[^\W_]+")
_SUFFIXES = ("ational", "ization", "izing", "izes", "ized", "ize", "fulness", "ousness", "ements", "ement",
             "ments", "ment", "ations", "ation", "ities", "ity", "ings", "ing", "edly", "ies", "ied", "ed", "es",
             "ly", "s")


class _FoldTable(dict[int, str]):
    """str.translate table folding each character to at most one: filled as characters are met."""

    def __missing__(self, code: int) -> str:
        base = unicodedata.normalize("NFKD", chr(code))
        kept = "".join(c for c in base if not unicodedata.combining(c)).casefold()
        folded = kept[:1] if kept else (chr(code).casefold()[:1] or " ")
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, one character for one (so offsets carry over)."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem: 'effects' → 'effect', 'cured' → 'cur', 'stabilization' → 'stabil'."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    # 'cure' and 'cured', 'disease' and 'diseases' share a stem once a final e is dropped.
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def words(folded: str) -> list[str]:
    """The words of a folded text, as ``terms`` finds them (no stems, stop words kept)."""
    return _WORD.findall(folded)


def terms(text: str) -> list[str]:
    """The meaningful word stems of ``text``, stop words left out."""
    return [stem(word) for word in _WORD.findall(fold(text)) if word not in STOPWORDS]


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion, substitution or transposition."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


class FaqMatch(NamedTuple):
    entry: FaqEntry
    number: int
    score: float


def _term_score(term: str, vocabulary: set[str]) -> float:
    if term in vocabulary:
        return 1.0
    # Small typos: only for words long enough that one edit does not make them another word.
    if len(term) >= 5 and any(within_one_edit(term, word) for word in vocabulary if len(word) >= 4):
        return 0.7
    return 0.0


def rank_faq(article: Article, query: str) -> list[FaqMatch]:
    """FAQ entries that match the words of ``query``, best first; empty when nothing meaningful matches."""
    wanted = list(dict.fromkeys(terms(query)))
    if not wanted:
        return []
    matches = []
    for number, entry in enumerate(article.faq, start=1):
        question, answer = set(terms(entry.question)), set(terms(entry.answer))
        score = 0.0
        for term in wanted:
            # A word in the question says more about what the entry is for than one in the answer.
            score += max(2 * _term_score(term, question), _term_score(term, answer))
        if score > 0:
            matches.append(FaqMatch(entry, number, score / len(wanted)))
    return sorted(matches, key=lambda match: (-match.score, match.number))


def find_faq_entry(article: Article, key: str) -> tuple[int, FaqEntry] | None:
    """The entry whose id is ``key``, or whose number (from 1) ``key`` is."""
    for number, entry in enumerate(article.faq, start=1):
        if entry.id == key or key.strip() == str(number):
            return number, entry
    return None


CLOSE = 0.85  # matches scoring at least this share of the best are as good as it: listed, not chosen


def close_matches(matches: list[FaqMatch]) -> list[FaqMatch]:
    """The matches as good as the best (``CLOSE``): one means that is the answer, several that the
    query does not tell them apart."""
    if not matches:
        return []
    return [match for match in matches if match.score >= matches[0].score * CLOSE]


def pick_by_title(titled: list[tuple[str, str]], query: str) -> list[int]:
    """Indexes of the (id, title) pairs whose title holds every meaningful word of ``query`` (endings
    forgiven), best first: a title holding the query's words in a row, stop words too ('what is
    als'), before one that only holds them somewhere."""
    wanted = set(terms(query))
    if not wanted:
        return []
    scored = []
    for index, (_, title) in enumerate(titled):
        if wanted <= set(terms(title)):
            scored.append((not in_a_row(title, query), index))
    return [index for _, index in sorted(scored)]


def in_a_row(title: str, query: str) -> bool:
    """Whether ``title`` holds the words of ``query`` one after another."""
    phrase = " ".join(_WORD.findall(fold(query)))
    return f" {phrase} " in f" {' '.join(_WORD.findall(fold(title)))} "


class Hit(NamedTuple):
    """One place where the searched text occurs: in what, which field, and where in the text."""

    kind: str  # article, section, table, faq or reference
    id: str
    field: str
    text: str
    start: int
    end: int
    article: str = ""  # the article's id


def _fields(article: Article) -> Iterator[tuple[str, str, str, str]]:
    """Every public text of the article as (kind, id, field, text); editorial notes are not public."""
    for field, text in (("title", article.title), ("headline", article.subtitle()), ("summary", article.summary),
                        ("disclaimer", article.disclaimer)):
        if text:
            yield "article", article.id, field, text
    if article.call_to_action is not None:
        cta = article.call_to_action
        for field, text in (("call to action heading", cta.heading), ("call to action", cta.text),
                            ("call to action label", cta.label)):
            if text:
                yield "article", article.id, field, text
    for section in article.all_sections():
        yield "section", section.id, "title", section.title
        for index, block in enumerate(section.blocks, start=1):
            for field, text in block_fields(block):
                yield "section", section.id, f"block {index} {field}", text
    for table in article.tables:
        yield "table", table.id, "title", table.title
        for index, column in enumerate(table.columns, start=1):
            yield "table", table.id, f"column {index}", column
        for row_number, row in enumerate(table.rows, start=1):
            for index, cell in enumerate(row, start=1):
                yield "table", table.id, f"row {row_number}, {table.columns[index - 1]}", cell
    for entry in article.faq:
        yield "faq", entry.id, "question", entry.question
        yield "faq", entry.id, "answer", plain(entry.answer)
    for reference in article.references:
        for field, text in (("title", reference.title), ("authors", ", ".join(a.short() for a in reference.authors)),
                            ("source", reference.container()), ("url", reference.url)):
            if text:
                yield "reference", reference.id, field, text


def plain(text: str) -> str:
    """The words of a text without its markup (see alsinfo.inline), imported when search needs it."""
    from alsinfo.inline import plain as words

    return words(text)


def _definitions(block: DefinitionList) -> Iterator[tuple[str, str]]:
    for item in block.items:
        yield "term", item.term
        yield f"definition of {item.term}", plain(item.definition)


def _quote(block: Quote) -> Iterator[tuple[str, str]]:
    if block.lead_in:
        yield "quote lead-in", block.lead_in
    yield "quote", plain(block.text)
    if block.attribution:
        yield "quote attribution", block.attribution.name


def _case_study(block: CaseStudy) -> Iterator[tuple[str, str]]:
    yield "case study title", block.title
    for number, paragraph in enumerate(block.paragraphs, start=1):
        yield f"case study paragraph {number}", plain(paragraph)


def _list(block: ListBlock) -> Iterator[tuple[str, str]]:
    for number, entry in enumerate(block.items, start=1):
        yield f"list item {number}", plain(entry.text)
        for sub_number, sub in enumerate(entry.items, start=1):
            yield f"list item {number}.{sub_number}", plain(sub)


def _callout(block: Callout) -> Iterator[tuple[str, str]]:
    if block.title:
        yield f"{block.kind} callout title", block.title
    yield f"{block.kind} callout", plain(block.text)


def _image(block: Image) -> Iterator[tuple[str, str]]:
    for field, text in (("image description", block.alt), ("image caption", block.caption),
                        ("image credit", block.credit)):
        if text:
            yield field, text


# The searchable texts of each kind of block, as (field, words): markup left out. Tables and FAQ
# entries are searched where they are defined, not where a block places them.
_BLOCK_FIELDS: dict[type, Callable[[Any], Iterator[tuple[str, str]]]] = {
    Paragraph: lambda block: iter((("paragraph", plain(block.text)),)),
    DefinitionList: _definitions, Quote: _quote, CaseStudy: _case_study, ListBlock: _list, Callout: _callout,
    Image: _image,
}


def block_fields(block: Block) -> Iterator[tuple[str, str]]:
    """A block's public texts as (field, words): what search looks in."""
    fields = _BLOCK_FIELDS.get(type(block))
    return fields(block) if fields is not None else iter(())


def search(article: Article, query: str) -> list[Hit]:
    """The places in the article's public text where every word of ``query`` occurs, as words (a
    word matches its other endings: 'effect' finds 'effects'; never a fragment: 'the' does not find
    'therapy'), ignoring case and accents: one hit per place, marking the first matching words."""
    wanted = query_terms(query)
    if not wanted:
        return []
    hits = []
    for kind, ident, field, text in _fields(article):
        span = _match(text, wanted)
        if span is not None:
            hits.append(Hit(kind, ident, field, text, *span, article=article.id))
    return hits


def query_terms(query: str) -> tuple[str, ...]:
    """What a search looks for: the stems of the query's meaningful words; of its words as they are
    when all are stop words ('the', 'can'), so that those still match only themselves."""
    words = _WORD.findall(fold(query))
    meaningful = [stem(word) for word in words if word not in STOPWORDS]
    return tuple(dict.fromkeys(meaningful or words))


def _match(text: str, wanted: tuple[str, ...]) -> tuple[int, int] | None:
    """Where ``text`` has every wanted term as a word: from the first such word to the end of the
    run of matching words that follows it (fold() maps one character to one, so offsets carry over)."""
    words = [(found.start(), found.end(), found.group()) for found in _WORD.finditer(fold(text))]
    matching = [any(_same_word(word, term) for term in wanted) for _, _, word in words]
    present = {term for (_, _, word) in words for term in wanted if _same_word(word, term)}
    if len(present) < len(wanted):
        return None
    first = matching.index(True)
    last = first
    while last + 1 < len(words) and matching[last + 1]:
        last += 1
    return words[first][0], words[last][1]


def _same_word(word: str, term: str) -> bool:
    return word == term or (word not in STOPWORDS and stem(word) == term)
