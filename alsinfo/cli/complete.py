"""Shell completion of ids: articles, sections, tables and FAQ entries of the content in use.

These run only when the shell asks for completions (Typer's `--install-completion`), never on an
ordinary start. A completion never fails: anything that goes wrong completes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer


def _content(ctx: typer.Context) -> Path | None:
    from alsinfo.cli.common import find_content
    from alsinfo.cli.environment import Environment

    given = ctx.params.get("content")
    return find_content(Path(given) if given else None, Environment.from_process()).root


def article_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        from alsinfo.content import articles_in_root, is_article_folder

        root = _content(ctx)
        if root is None:
            return []
        if is_article_folder(root):
            return [root.name] if root.name.startswith(incomplete) else []
        return [target.article_id for target in articles_in_root(root) if target.article_id.startswith(incomplete)]
    except Exception:  # a completion must never print a traceback into the shell
        return []


def _ids_of(kind: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    """Completion of the ids of one kind of thing in the article in use, each with its title."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        try:
            from alsinfo.cli.environment import Environment
            from alsinfo.cli.reader import open_active

            content = ctx.params.get("content")
            opened = open_active(Environment.from_process(), Path(content) if content else None,
                                 ctx.params.get("article_id"), False)
            article = opened.article
            if article is None:
                return []
            items = {"section": [(s.id, s.title) for s in article.all_sections()],
                     "table": [(t.id, t.title) for t in article.tables],
                     "faq": [(e.id, e.question) for e in article.faq]}[kind]
            return [(ident, title) for ident, title in items if ident.startswith(incomplete)]
        except Exception:  # a completion must never print a traceback into the shell
            return []

    return complete


section_ids = _ids_of("section")
table_ids = _ids_of("table")
faq_ids = _ids_of("faq")
