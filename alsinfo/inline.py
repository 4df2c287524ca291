"""Inline markup in text fields: a small subset of Markdown, parsed into flat spans.

What a text field may hold (docs/authoring.md): *emphasis*, **strong**, links with https URLs
(``[words](https://…)``) and citation markers (``[@reference-id]``, several as ``[@a; @b]``).
Nothing else is markup: raw HTML, images, code and headings stay the literal characters they are,
and a link to anything but an http(s) URL is kept as its words only. Parsing uses markdown-it-py
(CommonMark's rules for where emphasis and links begin and end), with only those rules enabled.

A text with none of the characters that can start markup is one plain span, without the parser:
most texts are like that, and the readers start faster for it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_MARKUP_START = re.compile(r"[*_\[\\]")
# Compiled when first used (the readers start without them when no text has markup).
_MARKERS = functools.cache(lambda: re.compile(r"\[(@[^\[\]]*)\]"))
_MARKER_ID = functools.cache(lambda: re.compile(r"@([A-Za-z0-9][A-Za-z0-9._:-]*)"))
# What a Markdown renderer could take for HTML: a tag, a comment, a declaration, a processing
# instruction, CDATA or an autolink, wherever its name ends ('<img/src=x>' is a tag too).
_HTML_TAG = functools.cache(lambda: re.compile(r"<[A-Za-z/!?][^<>]*>|<!--"))
# What a link may point to: an absolute http(s) URL of visible ASCII (markdown-it percent-encodes
# the rest), with no quote or angle bracket that could end an attribute or a Markdown destination.
_SAFE_URL = functools.cache(lambda: re.compile(
    r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][!#$%&'()*+,./0-9:;=?@A-Z\[\]_a-z~-]*)?"))


def safe_url(url: str) -> bool:
    """Whether a link may point to ``url``: see the pattern above."""
    return _SAFE_URL().fullmatch(url) is not None


class Span(NamedTuple):
    """A run of text with one look: emphasised or strong, a link (``href``) or citation markers."""

    text: str
    em: bool = False
    strong: bool = False
    href: str | None = None
    cites: tuple[str, ...] = ()  # a citation marker: the reference ids it names, its text empty


class LinkIssue(NamedTuple):
    """Something in a text's markup an editor must hear about."""

    kind: str  # "unsafe-link" (not http/https), "insecure-link" (http), "raw-html", "empty-marker"
    text: str  # the link's URL, the tag, or the marker as written


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("zero").enable(["emphasis", "link", "escape"])
    parser.validateLink = lambda url: True  # type: ignore[method-assign]  # every link is kept, judged here
    return parser


def has_markup(text: str) -> bool:
    return _MARKUP_START.search(text) is not None


@functools.lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[Any, ...]:
    """The parser's inline tokens of ``text``, once per text (spans and the checks share them)."""
    return tuple(_parser().parseInline(text)[0].children or ())


@functools.lru_cache(maxsize=8192)
def spans(text: str) -> tuple[Span, ...]:
    """``text`` as spans, in order; joined, their texts are the words a reader sees."""
    if not has_markup(text):
        return (Span(text),)
    out: list[Span] = []
    em = strong = 0
    href: str | None = None
    for token in _tokens(text):
        kind = token.type
        if kind in ("em_open", "em_close"):
            em += 1 if kind == "em_open" else -1
        elif kind in ("strong_open", "strong_close"):
            strong += 1 if kind == "strong_open" else -1
        elif kind == "link_open":
            target = str(token.attrs.get("href", ""))
            href = target if safe_url(target) else ""
        elif kind == "link_close":
            href = None
        elif token.content:
            look = Span("", em > 0, strong > 0, href or None)
            out.extend(_with_markers(token.content, look) if href is None else [look._replace(text=token.content)])
    return tuple(_merged(out))


def _with_markers(text: str, look: Span) -> Iterator[Span]:
    start = 0
    for marker in _MARKERS().finditer(text):
        ids = tuple(_MARKER_ID().findall(marker.group(1)))
        if not ids:
            continue
        before = text[start:marker.start()].rstrip()  # "a week [@x]." reads "a week[1]."
        if before:
            yield look._replace(text=before)
        yield Span("", cites=ids)
        start = marker.end()
    if start < len(text):
        yield look._replace(text=text[start:])


def _merged(items: list[Span]) -> Iterator[Span]:
    """Neighbouring spans of the same look as one (the parser splits text at every special character)."""
    previous: Span | None = None
    for item in items:
        if previous is not None and not previous.cites and not item.cites and previous[1:] == item[1:]:
            previous = previous._replace(text=previous.text + item.text)
            continue
        if previous is not None:
            yield previous
        previous = item
    if previous is not None:
        yield previous


def plain(text: str) -> str:
    """The words a reader sees, markup and citation markers left out: what search and the rules read."""
    if not has_markup(text):
        return text
    out = ""
    for span in spans(text):
        out = out.rstrip() if span.cites else out + span.text  # "cells [@x]." reads "cells."
    return out.strip()


def cited(text: str) -> tuple[str, ...]:
    """The reference ids the text's citation markers name, in order."""
    if "[@" not in text:
        return ()
    return tuple(ident for span in spans(text) for ident in span.cites)


def issues(text: str) -> Iterator[LinkIssue]:
    """What in the text's markup is not allowed or not safe, for the integrity checks."""
    if not has_markup(text) and "<" not in text:
        return
    for tag in _HTML_TAG().finditer(text):
        yield LinkIssue("raw-html", tag.group())
    if not has_markup(text):
        return
    for token in _tokens(text):
        if token.type == "link_open":
            target = str(token.attrs.get("href", ""))
            if not safe_url(target):
                yield LinkIssue("unsafe-link", target)
            elif target.startswith("http://"):
                yield LinkIssue("insecure-link", target)
        elif token.type == "text":
            for marker in _MARKERS().finditer(token.content):
                if not _MARKER_ID().findall(marker.group(1)):
                    yield LinkIssue("empty-marker", marker.group())


def links(text: str) -> tuple[str, ...]:
    """The URLs of the text's links that are rendered as links."""
    return tuple(span.href for span in spans(text) if span.href) if "](" in text else ()
