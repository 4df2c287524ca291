"""What every reader command shares: its options, opening the article, and printing a view."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from alsinfo.cli.common import (
    ArticleOption,
    ContentOption,
    FormatOption,
    JsonOption,
    LangOption,
    NoCacheOption,
    NoColorOption,
    OutputFormat,
    fail,
    find_content,
    guarded,
    wants_json,
)
from alsinfo.cli.environment import Environment
from alsinfo.exitcodes import ExitCode
from alsinfo.render.safe import printable

if TYPE_CHECKING:
    from rich.pager import Pager

    from alsinfo.model import Article
    from alsinfo.reading import Opened

MAX_PROBLEMS_SHOWN = 5


def open_active(env: Environment, content: Path | None, article_id: str | None, no_cache: bool) -> Opened:
    """The active article (--content, ALSINFO_CONTENT or the embedded one), validated with its
    configuration, or vouched for by the verdict cache."""
    from alsinfo.cache import Cache
    from alsinfo.editorial import config_for
    from alsinfo.reading import choose_article, open_article
    from alsinfo.resources import schemas_dir

    root = find_content(content, env).root
    folder = choose_article(root, article_id or _article_here(env, root)).resolve()
    cache = None if no_cache or env.cache_disabled else Cache(env.cache_dir)
    try:
        return open_article(folder, schemas_folder=schemas_dir(), cache=cache, today=env.today, base=env.cwd,
                            config=config_for(folder))
    finally:
        if cache is not None:
            cache.close()
            if cache.notice:
                env.stderr.write(f"alsinfo: note: {printable(cache.notice)}\n")


def _article_here(env: Environment, root: Path) -> str | None:
    """The article the working folder is in (or in one of its translations), when it is under ``root``."""
    try:
        inside = env.cwd.resolve().relative_to(root.resolve()).parts
    except (ValueError, OSError):
        return None
    return inside[0] if inside and (root / inside[0] / "article.yaml").is_file() else None


def open_for_reading(env: Environment, content: Path | None, article_id: str | None, no_cache: bool,
                     language: str | None = None) -> Article:
    """The active article (in ``language``, when given), validated or vouched for by the cache;
    invalid content exits 1, an unknown language 2."""
    from alsinfo.render.report import plain_line

    opened = open_active(env, content, article_id, no_cache)
    if opened.article is None:
        errors = [problem for problem in opened.problems if problem.severity.value == "error"]
        for problem in errors[:MAX_PROBLEMS_SHOWN]:
            env.stderr.write(plain_line(problem))
        more = f" (showing {MAX_PROBLEMS_SHOWN})" if len(errors) > MAX_PROBLEMS_SHOWN else ""
        raise fail(env, f"the content has {len(errors)} error{'s' if len(errors) != 1 else ''}{more} and cannot "
                        "be read; run `alsinfo validate` for the full report", ExitCode.CONTENT_PROBLEMS)
    article = opened.in_language(language)
    assert article is not None  # the source is readable, so is any translation it holds
    return article


def open_every_article(env: Environment, content: Path | None, no_cache: bool,
                       language: str | None = None) -> tuple[list[Article], list[str]]:
    """Every readable article of the active content (which may be one article folder), in
    ``language`` when given (those without that translation are left out), and the ids of those
    that cannot be read (they have errors: `alsinfo validate` says which)."""
    from alsinfo.content import ContentPathError, articles_in_root, is_article_folder

    root = find_content(content, env).root
    if is_article_folder(root):
        return [open_for_reading(env, root, None, no_cache, language)], []
    readable, broken = [], []
    for target in articles_in_root(root):
        if not is_article_folder(target.folder):
            continue
        opened = open_active(env, root, target.article_id, no_cache)
        if opened.article is None:
            broken.append(target.article_id)
            continue
        try:
            article = opened.in_language(language)
        except ContentPathError:
            continue  # not translated into that language
        if article is not None:
            readable.append(article)
    return readable, broken


def should_page(flag: bool | None, *, is_terminal: bool, lines: int, height: int) -> bool:
    """--pager pages, --no-pager never does; by default, page on a terminal when the text is taller than it."""
    if flag is not None:
        return flag and is_terminal
    return is_terminal and lines > height


def pager_command(environ: Mapping[str, str]) -> tuple[str, bool]:
    """The pager to run and whether it may be sent colour: the reader's $PAGER (sent plain text, as
    it may not understand escape codes), else `less -R`, which shows colours instead of codes."""
    chosen = environ.get("PAGER", "").strip()
    return (chosen, False) if chosen else ("less -R", True)


def _command_pager(command: str) -> Pager:
    """A Rich pager that pipes the page to ``command``."""
    import pydoc

    from rich.pager import Pager

    class CommandPager(Pager):
        def show(self, content: str) -> None:
            pydoc.pipepager(content, command)

    return CommandPager()


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
    # A pager only for a real terminal: FORCE_COLOR makes Rich treat a pipe as one, and a pager
    # there would take over the terminal instead of writing to the pipe.
    if pager is not False and env.stdout.isatty():
        lines = len(console.render_lines(renderable, pad=False))
        if should_page(pager, is_terminal=True, lines=lines, height=console.height):
            command, styled = pager_command(env.environ)
            with console.pager(pager=_command_pager(command), styles=styled and console.color_system is not None):
                console.print(renderable, crop=False)
            return
    if console.color_system is None:
        # Plain output: drop the padding Rich adds to wrapped lines, so pipes and diffs stay clean.
        with console.capture() as captured:
            console.print(renderable, crop=False)
        env.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
        return
    console.print(renderable, crop=False)


def did_you_mean(word: str, options: list[str]) -> str:
    import difflib

    guesses = difflib.get_close_matches(word, options, n=3, cutoff=0.5)
    return f"; did you mean {' or '.join(repr(g) for g in guesses)}?" if guesses else f"; known: {', '.join(options)}"


class View(NamedTuple):
    """What a reader command asks to print: a registered view and its payload.

    ``failure``, when set, is said on stderr after the view, and the command exits 1 (as grep does
    when it finds nothing), in text and JSON alike.
    """

    name: str
    payload: dict[str, Any]
    pager: bool | None = False
    failure: str | None = None
    empty: bool = False  # nothing was found: the text form prints nothing but the failure


# The options every reader command takes, as (parameter name, annotation, default).
_SHARED_OPTIONS: list[tuple[str, Any, Any]] = [
    ("output_format", FormatOption, OutputFormat.text),
    ("as_json", JsonOption, False),
    ("content", ContentOption, None),
    ("article_id", ArticleOption, None),
    ("language", LangOption, None),
    ("no_cache", NoCacheOption, False),
    ("no_color", NoColorOption, False),
]


def _evaluate(annotation: Any, owner: Callable[..., Any]) -> Any:
    """An annotation of our own code, written as a string under `from __future__ import annotations`."""
    return eval(annotation, owner.__globals__) if isinstance(annotation, str) else annotation


def reader_command(command: Callable[..., View]) -> Callable[..., None]:
    """Turn ``command(article, ...) -> View`` into a Typer command with the shared reader options.

    The command's own parameters keep their Typer annotations; the shared ones are added to the
    signature Typer reads, and the wrapper opens the article, calls the command and prints its view.
    """
    # Evaluate only the command's own annotations: `article: Article` names a type that is
    # imported for type checkers alone, to keep the model out of start-up until it is needed.
    own = [parameter.replace(annotation=_evaluate(parameter.annotation, command))
           for parameter in inspect.signature(command).parameters.values() if parameter.name != "article"]
    shared = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
              for name, annotation, default in _SHARED_OPTIONS]

    @functools.wraps(command)
    def run(**arguments: Any) -> None:
        options = {name: arguments.pop(name) for name, _, _ in _SHARED_OPTIONS}
        env = Environment.from_process()
        article = open_for_reading(env, options["content"], options["article_id"], options["no_cache"],
                                   options["language"])
        view = command(article, **arguments)
        as_json = wants_json(options["output_format"], options["as_json"])
        if as_json or not view.empty:  # JSON says "nothing" as data ({"entries": []}); text says it on stderr
            emit(env, view.name, as_json=as_json, no_color=options["no_color"], pager=view.pager,
                 article=article, **view.payload)
        if view.failure is not None:
            raise fail(env, view.failure, ExitCode.CONTENT_PROBLEMS)

    parameters = [*own, *shared]
    run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}
    return guarded(run)
