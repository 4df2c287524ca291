"""The reader commands: faq, table, sections, section, refs, search and show, as text or JSON.

Each takes the article (opened by `reader_command`, which adds the shared options) and returns
the view to print. Annotations here are objects, not strings (no `from __future__ import
annotations`): Typer would otherwise compile every one of them at each start.
"""

from typing import TYPE_CHECKING, Annotated

import typer

from alsinfo.cli import complete
from alsinfo.cli.common import (
    ContentOption,
    FormatOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    NoColorOption,
    OutputFormat,
    UsageError,
    an_article_id,
    fail,
    guarded,
    wants_json,
)
from alsinfo.cli.reader import View, did_you_mean, reader_command
from alsinfo.exitcodes import ExitCode

if TYPE_CHECKING:
    from alsinfo.model import Article


@reader_command
def faq(
    article: "Article",
    words: Annotated[list[str] | None, typer.Argument(
        metavar="[QUERY]...", show_default=False, autocompletion=complete.faq_ids,
        help="An id, a number, or words to look for (quoting them is not needed).")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Every question with its answer.")] = False,
) -> View:
    """List the questions, or answer the one that best matches QUERY (an id, a number or words)."""
    from alsinfo.search import close_matches, find_faq_entry, rank_faq

    query = " ".join(words) if words else None
    if not article.faq:
        return View("faq", {"entries": [], "query": query}, empty=True,
                    failure=_has_none(article, "FAQ entries", "faq"))
    if query is None:
        numbered = list(enumerate(article.faq, start=1))
        return View("faq", {"entries": numbered, "query": None, "answers": show_all})
    found = find_faq_entry(article, query)
    if found is None:
        _refuse_unknown_faq_id(query, [entry.id for entry in article.faq])
        matches = close_matches(rank_faq(article, query))
        if not matches:
            return View("faq", {"entries": [], "query": query}, empty=True,
                        failure=_no_match_message(query, [entry.question for entry in article.faq]))
        if len(matches) > 1:  # the words do not tell them apart: list them, best first
            return View("faq", {"entries": [(m.number, m.entry) for m in matches], "query": query,
                                "answers": show_all})
        found = (matches[0].number, matches[0].entry)
    return View("faq", {"entries": [found], "query": query})


def _refuse_unknown_faq_id(query: str, ids: list[str]) -> None:
    """A number out of range, or a near miss of an id, is a mistake in the call (exit 2), not a question."""
    import re

    if query.strip().isdigit():
        raise UsageError(f"there is no question number {query.strip()}; the questions are numbered 1 to {len(ids)}")
    if re.fullmatch(r"[\d\s,]+", query):  # '3 4': a question number is a whole query
        raise UsageError(f"ask for one question at a time: a number from 1 to {len(ids)}, an id or words")
    if _nearly_an_id(query, ids):
        raise UsageError(f"no FAQ entry '{query}'{did_you_mean(query, ids)}")


def _written_like_an_id(query: str) -> bool:
    """Lower-case words joined by hyphens, as every id is ('blood-brain' is too)."""
    import re

    return re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", query) is not None


def _nearly_an_id(query: str, ids: list[str]) -> bool:
    """Hyphenated words ('blood-brain') are searched as words unless they are nearly an id."""
    import difflib

    return _written_like_an_id(query) and bool(difflib.get_close_matches(query, ids, n=1, cutoff=0.8))


def _no_match_message(query: str, questions: list[str]) -> str:
    import difflib

    from alsinfo.render.safe import one_line
    from alsinfo.search import fold

    query = one_line(query)  # said back on one line, whatever was typed
    likeness = {question: difflib.SequenceMatcher(None, fold(query), fold(question)).ratio() for question in questions}
    # a question that shares little of the query's letters is no suggestion ('zzzqqq' is like none)
    ranked = [question for question in sorted(questions, key=lambda q: -likeness[q]) if likeness[question] >= 0.25]
    if not ranked:
        return f"no question matches '{query}'; `alsinfo faq` lists all {len(questions)}"
    suggestions = "\n".join(f"  - {question}" for question in ranked[:3])
    return f"no question matches '{query}'. The closest questions are:\n{suggestions}"


def _pick(kind: str, query: str, items: list[tuple[str, str]]) -> int:
    """The index of the item (id, title) that ``query`` names: its id, its number (from 1), or words
    of its title; several titles that fit equally, or none, are a usage error that lists them."""

    from alsinfo.search import pick_by_title

    ids = [ident for ident, _ in items]
    if query in ids:
        return ids.index(query)
    if query.isdigit():
        if 1 <= int(query) <= len(items):
            return int(query) - 1
        raise UsageError(f"there is no {kind} number {query}; they are numbered 1 to {len(items)}")
    if _written_like_an_id(query):  # for a table or section: it is one, or a mistake
        raise UsageError(f"no {kind} '{query}'{did_you_mean(query, ids)}")
    picked = pick_by_title(items, query)
    if len(picked) == 1 or (picked and len(picked) > 1 and _clearly_first(items, picked, query)):
        return picked[0]
    if picked:
        listed = "; ".join(f"{index + 1}. {items[index][1]} [{items[index][0]}]" for index in picked[:5])
        raise UsageError(f"several {kind}s fit '{query}': {listed}")
    raise UsageError(f"no {kind} '{query}'{did_you_mean(query, ids)}")


def _clearly_first(items: list[tuple[str, str]], picked: list[int], query: str) -> bool:
    """Whether the first title alone holds the query's words in a row (see search.pick_by_title)."""
    from alsinfo.search import in_a_row

    return in_a_row(items[picked[0]][1], query) and not in_a_row(items[picked[1]][1], query)


@reader_command
def table(
    article: "Article",
    words: Annotated[list[str] | None, typer.Argument(
        metavar="[TABLE]...", show_default=False, autocompletion=complete.table_ids,
        help="The table's id, number or title words; default: every table.")] = None,
) -> View:
    """Print the comparison tables, or one by id, number or title words; they wrap to fit the terminal."""
    tables = list(article.tables)
    if not tables:
        return View("table", {"tables": []}, empty=True, failure=_has_none(article, "tables", "tables"))
    if words:
        tables = [tables[_pick("table", " ".join(words), [(t.id, t.title) for t in tables])]]
    return View("table", {"tables": tables})


@reader_command
def sections(article: "Article") -> View:
    """Print the outline: every section's title and id, nested."""
    return View("sections", {})


@reader_command
def section(
    article: "Article",
    words: Annotated[list[str], typer.Argument(
        metavar="SECTION...", autocompletion=complete.section_ids,
        help="The section's id, its number in `alsinfo sections`, or words of its title.")],
) -> View:
    """Print one section with its blocks, sub-sections, tables and FAQ entries."""
    everything = list(article.all_sections())
    chosen = everything[_pick("section", " ".join(words), [(found.id, found.title) for found in everything])]
    return View("section", {"section": chosen})


@reader_command
def refs(article: "Article") -> View:
    """List the references with source, URL and PMID / DOI / NCT where they have one."""
    if not article.references:
        return View("refs", {}, empty=True, failure=_has_none(article, "references", "references"))
    return View("refs", {})


def _has_none(article: "Article", what: str, file: str) -> str:
    """What a reader command says when the article has nothing of the kind asked for (exit 1, as when a
    query finds nothing)."""
    return f"the article '{article.id}' has no {what} (they go in {file}.yaml)"


@guarded
def search(
    words: Annotated[list[str], typer.Argument(
        metavar="TEXT...", help="The words to find (case, accents and word endings ignored; no quotes needed).")],
    output_format: FormatOption = OutputFormat.text,
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: Annotated[str | None, typer.Option(
        "--article", "-a", show_default=False, metavar="ID", autocompletion=complete.article_ids,
        callback=an_article_id, help="Search only this article; by default every article of the content.")] = None,
    language: LangOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Find words in every article's public text; one hit per place; exit 1 when they are nowhere.

    Searched: titles, paragraphs, tables, FAQ, references, summary and disclaimer."""
    from alsinfo.cli.environment import Environment
    from alsinfo.cli.reader import emit, open_every_article, open_for_reading
    from alsinfo.search import search as find

    env = Environment.from_process()
    text = " ".join(words)
    if not text.strip():
        raise UsageError("give some text to search for")
    broken: list[str] = []
    if article_id is not None:
        articles = [open_for_reading(env, content, article_id, no_cache, language)]
    else:
        articles, broken = open_every_article(env, content, no_cache, language)
        if language is not None and not articles and not broken:
            raise UsageError(f"no article has a translation '{language}'")
    hits = [hit for article in articles for hit in find(article, text)]
    as_json = wants_json(output_format, as_json)
    if as_json or hits:
        emit(env, "search", as_json=as_json, no_color=no_color, articles=[a.id for a in articles], query=text,
             hits=hits)
    if broken:
        env.stderr.write(f"alsinfo: note: not searched, as they have errors (see `alsinfo validate`): "
                         f"{', '.join(broken)}\n")
    if not hits:
        where = "in the articles searched" if broken else ""
        raise fail(env, f"no matches for '{text}' {where}".rstrip(), ExitCode.CONTENT_PROBLEMS)


@reader_command
def show(
    article: "Article",
    pager: Annotated[bool | None, typer.Option(
        "--pager/--no-pager", show_default=False,
        help="Page the output; by default it is paged when longer than the terminal.")] = None,
) -> View:
    """Print the whole article in reading order."""
    return View("show", {}, pager=pager)
