"""The reader commands: faq, table, sections, section, refs, search and show, as text or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from alsinfo.cli.common import (
    ArticleOption,
    ContentOption,
    JsonOption,
    NoCacheOption,
    NoColorOption,
    UsageError,
    content_root,
    fail,
    guarded,
)
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode

if TYPE_CHECKING:
    from alsinfo.model import Article

MAX_PROBLEMS_SHOWN = 5


def open_for_reading(env: Environment, content: Path | None, article_id: str | None, no_cache: bool) -> Article:
    """The active article, validated (or vouched for by the cache); invalid content exits 1."""
    from alsinfo.cache import VerdictCache
    from alsinfo.reading import choose_article, open_article
    from alsinfo.render.safe import printable
    from alsinfo.resources import schemas_dir

    folder = choose_article(content_root(content), article_id)
    cache = None if no_cache or env.cache_disabled else VerdictCache(env.cache_dir)
    opened = open_article(folder, schemas_folder=schemas_dir(), cache=cache, today=env.today, base=env.cwd)
    if opened.article is None:
        errors = [problem for problem in opened.problems if problem.severity.value == "error"]
        for problem in errors[:MAX_PROBLEMS_SHOWN]:
            env.stderr.write(printable(f"{problem.file}:{problem.line}:{problem.column}: {problem.severity.value} "
                                       f"{problem.rule} {problem.message}") + "\n")
        more = f" (showing {MAX_PROBLEMS_SHOWN})" if len(errors) > MAX_PROBLEMS_SHOWN else ""
        raise fail(env, f"the content has {len(errors)} error{'s' if len(errors) != 1 else ''}{more} and cannot "
                        "be read; run `alsinfo validate` for the full report", ExitCode.CONTENT_PROBLEMS)
    return opened.article


def should_page(flag: bool | None, *, is_terminal: bool, lines: int, height: int) -> bool:
    """--pager pages, --no-pager never does; by default, page on a terminal when the text is taller than it."""
    if flag is not None:
        return flag and is_terminal
    return is_terminal and lines > height


def emit(env: Environment, view: str, *, as_json: bool, no_color: bool, pager: bool | None = False,
         **payload: Any) -> None:
    """Render ``view`` with the registered renderer and print it: JSON verbatim, text through Rich."""
    from alsinfo.render.views import get_renderer

    if as_json:
        from alsinfo.render.safe import dumps_json

        env.stdout.write(dumps_json(get_renderer(view, "json")(**payload)))
        return
    renderable = get_renderer(view, "text")(**payload)
    console = env.console(no_color=no_color)
    if pager is not False and console.is_terminal:
        lines = len(console.render_lines(renderable, pad=False))
        if should_page(pager, is_terminal=True, lines=lines, height=console.height):
            with console.pager(styles=not no_color):
                console.print(renderable)
            return
    if console.color_system is None:
        # Plain output: drop the padding Rich adds to wrapped lines, so pipes and diffs stay clean.
        with console.capture() as captured:
            console.print(renderable)
        env.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
        return
    console.print(renderable)


def did_you_mean(word: str, options: list[str]) -> str:
    import difflib

    guesses = difflib.get_close_matches(word, options, n=3, cutoff=0.5)
    return f"; did you mean {' or '.join(repr(g) for g in guesses)}?" if guesses else f"; known: {', '.join(options)}"


@guarded
def faq(
    query: Annotated[str | None, typer.Argument(show_default=False,
                                                help="An id, a number, or words to look for.")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Every question with its answer.")] = False,
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """List the questions, or answer the one that best matches QUERY (an id, a number or words)."""
    from alsinfo.search import find_faq_entry, fold, rank_faq

    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    numbered = list(enumerate(article.faq, start=1))
    if query is None:
        emit(env, "faq", as_json=as_json, no_color=no_color, article=article, entries=numbered, query=None,
             answers=show_all)
        return
    found = find_faq_entry(article, query)
    if found is None:
        _refuse_unknown_faq_id(query, [entry.id for entry in article.faq])
        matches = rank_faq(article, query)
        if not matches:
            _no_faq_match(env, query, [(fold(entry.question), entry.question) for entry in article.faq])
        found = (matches[0].number, matches[0].entry)
    emit(env, "faq", as_json=as_json, no_color=no_color, article=article, entries=[found], query=query)


def _refuse_unknown_faq_id(query: str, ids: list[str]) -> None:
    """A number out of range, or a near miss of an id, is a mistake in the call (exit 2), not a question."""
    import difflib
    import re

    if query.strip().isdigit():
        raise UsageError(f"there is no question number {query.strip()}; the questions are numbered 1 to {len(ids)}")
    # Hyphenated words ('blood-brain') are searched as words unless they are nearly an id.
    if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", query) and difflib.get_close_matches(query, ids, n=1, cutoff=0.8):
        raise UsageError(f"no FAQ entry '{query}'{did_you_mean(query, ids)}")


def _no_faq_match(env: Environment, query: str, questions: list[tuple[str, str]]) -> None:
    import difflib

    from alsinfo.search import fold

    ranked = sorted(questions, key=lambda q: -difflib.SequenceMatcher(None, fold(query), q[0]).ratio())
    suggestions = "\n".join(f"  - {question}" for _, question in ranked[:3])
    raise fail(env, f"no question matches '{query}'. The closest questions are:\n{suggestions}",
               ExitCode.CONTENT_PROBLEMS)


@guarded
def table(
    table_id: Annotated[str | None, typer.Argument(metavar="[ID]", show_default=False,
                                                   help="The table's id; default: every table.")] = None,
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the comparison tables, or the one with ID; they wrap to fit the terminal."""
    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    tables = list(article.tables)
    if table_id is not None:
        tables = [t for t in tables if t.id == table_id]
        if not tables:
            raise UsageError(f"no table '{table_id}'{did_you_mean(table_id, [t.id for t in article.tables])}")
    emit(env, "table", as_json=as_json, no_color=no_color, article=article, tables=tables)


@guarded
def sections(
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the outline: every section's title and id, nested."""
    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    emit(env, "sections", as_json=as_json, no_color=no_color, article=article)


@guarded
def section(
    section_id: Annotated[str, typer.Argument(metavar="ID", help="The section's id (see `alsinfo sections`).")],
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print one section with its blocks, sub-sections, tables and FAQ entries."""
    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    everything = {found.id: found for found in article.all_sections()}
    if section_id not in everything:
        raise UsageError(f"no section '{section_id}'{did_you_mean(section_id, list(everything))}")
    emit(env, "section", as_json=as_json, no_color=no_color, article=article, section=everything[section_id])


@guarded
def refs(
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """List the references with source, URL and PMID / DOI / NCT where they have one."""
    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    emit(env, "refs", as_json=as_json, no_color=no_color, article=article)


@guarded
def search(
    text: Annotated[str, typer.Argument(help="The text to find (case and accents ignored).")],
    as_json: JsonOption = False,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Find TEXT in titles, paragraphs, table cells, the FAQ and references; exit 1 when it is nowhere."""
    from alsinfo.search import search as find

    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    if not text.strip():
        raise UsageError("give some text to search for")
    hits = find(article, text)
    emit(env, "search", as_json=as_json, no_color=no_color, article=article, query=text, hits=hits)
    if not hits:
        raise fail(env, f"no matches for '{text}'", ExitCode.CONTENT_PROBLEMS)


@guarded
def show(
    as_json: JsonOption = False,
    pager: Annotated[bool | None, typer.Option(
        "--pager/--no-pager", show_default=False,
        help="Page the output; by default it is paged when longer than the terminal.")] = None,
    content: ContentOption = None,
    article_id: ArticleOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Print the whole article in reading order."""
    env = Environment.from_process()
    article = open_for_reading(env, content, article_id, no_cache)
    emit(env, "show", as_json=as_json, no_color=no_color, pager=pager, article=article)
