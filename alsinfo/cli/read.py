"""The reader commands: faq, table, sections, section, refs, search and show, as text or JSON.

Each takes the article (opened by `reader_command`, which adds the shared options) and returns
the view to print. Annotations here are objects, not strings (no `from __future__ import
annotations`): Typer would otherwise compile every one of them at each start.
"""

from typing import TYPE_CHECKING, Annotated

import typer

from alsinfo.cli.common import ContentMiss, UsageError
from alsinfo.cli.reader import View, did_you_mean, reader_command

if TYPE_CHECKING:
    from alsinfo.model import Article


@reader_command
def faq(
    article: "Article",
    words: Annotated[list[str] | None, typer.Argument(
        metavar="[QUERY]...", show_default=False,
        help="An id, a number, or words to look for (quoting them is not needed).")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Every question with its answer.")] = False,
) -> View:
    """List the questions, or answer the one that best matches QUERY (an id, a number or words)."""
    from alsinfo.search import find_faq_entry, rank_faq

    query = " ".join(words) if words else None
    if query is None:
        numbered = list(enumerate(article.faq, start=1))
        return View("faq", {"entries": numbered, "query": None, "answers": show_all})
    found = find_faq_entry(article, query)
    if found is None:
        _refuse_unknown_faq_id(query, [entry.id for entry in article.faq])
        matches = rank_faq(article, query)
        if not matches:
            raise ContentMiss(_no_match_message(query, [entry.question for entry in article.faq]))
        found = (matches[0].number, matches[0].entry)
    return View("faq", {"entries": [found], "query": query})


def _refuse_unknown_faq_id(query: str, ids: list[str]) -> None:
    """A number out of range, or a near miss of an id, is a mistake in the call (exit 2), not a question."""
    import difflib
    import re

    if query.strip().isdigit():
        raise UsageError(f"there is no question number {query.strip()}; the questions are numbered 1 to {len(ids)}")
    # Hyphenated words ('blood-brain') are searched as words unless they are nearly an id.
    if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", query) and difflib.get_close_matches(query, ids, n=1, cutoff=0.8):
        raise UsageError(f"no FAQ entry '{query}'{did_you_mean(query, ids)}")


def _no_match_message(query: str, questions: list[str]) -> str:
    import difflib

    from alsinfo.search import fold

    ranked = sorted(questions, key=lambda q: -difflib.SequenceMatcher(None, fold(query), fold(q)).ratio())
    suggestions = "\n".join(f"  - {question}" for question in ranked[:3])
    return f"no question matches '{query}'. The closest questions are:\n{suggestions}"


@reader_command
def table(
    article: "Article",
    table_id: Annotated[str | None, typer.Argument(metavar="[ID]", show_default=False,
                                                   help="The table's id; default: every table.")] = None,
) -> View:
    """Print the comparison tables, or the one with ID; they wrap to fit the terminal."""
    tables = list(article.tables)
    if table_id is not None:
        tables = [t for t in tables if t.id == table_id]
        if not tables:
            raise UsageError(f"no table '{table_id}'{did_you_mean(table_id, [t.id for t in article.tables])}")
    return View("table", {"tables": tables})


@reader_command
def sections(article: "Article") -> View:
    """Print the outline: every section's title and id, nested."""
    return View("sections", {})


@reader_command
def section(
    article: "Article",
    section_id: Annotated[str, typer.Argument(metavar="ID", help="The section's id (see `alsinfo sections`).")],
) -> View:
    """Print one section with its blocks, sub-sections, tables and FAQ entries."""
    everything = {found.id: found for found in article.all_sections()}
    if section_id not in everything:
        raise UsageError(f"no section '{section_id}'{did_you_mean(section_id, list(everything))}")
    return View("section", {"section": everything[section_id]})


@reader_command
def refs(article: "Article") -> View:
    """List the references with source, URL and PMID / DOI / NCT where they have one."""
    return View("refs", {})


@reader_command
def search(
    article: "Article",
    words: Annotated[list[str], typer.Argument(
        metavar="TEXT...", help="The text to find (case and accents ignored; quoting it is not needed).")],
) -> View:
    """Find TEXT in titles, paragraphs, table cells, the FAQ and references; exit 1 when it is nowhere."""
    from alsinfo.search import search as find

    text = " ".join(words)
    if not text.strip():
        raise UsageError("give some text to search for")
    hits = find(article, text)
    return View("search", {"query": text, "hits": hits}, failure=None if hits else f"no matches for '{text}'")


@reader_command
def show(
    article: "Article",
    pager: Annotated[bool | None, typer.Option(
        "--pager/--no-pager", show_default=False,
        help="Page the output; by default it is paged when longer than the terminal.")] = None,
) -> View:
    """Print the whole article in reading order."""
    return View("show", {}, pager=pager)
