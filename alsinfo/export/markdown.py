"""The article as CommonMark: every public text in reading order, with Markdown-active characters escaped."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from alsinfo.export.reading_order import BlockStep, FaqStep, SectionStart, TableStep, steps
from alsinfo.inline import spans
from alsinfo.labels import labels_for
from alsinfo.model import (
    Article,
    Callout,
    CaseStudy,
    DefinitionList,
    FaqEntry,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Reference,
    Table,
)

# Characters that can start emphasis, links, code, HTML, tables or strike-through anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]{}<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes a line a heading, quote, list item, rule or setext underline at its start: the marker
# is escaped (for an ordered list, the '.' or ')' after its number, since a digit has no escape).
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, delimiter = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{delimiter}"


def escape(text: str, *, line_start: bool = True) -> str:
    """``text`` as literal Markdown: it renders as the same words and nothing else. ``line_start``
    says whether the text begins a line of the document (where '1.' or '#' would be syntax); its
    own later lines always begin lines."""
    text = _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))
    text = text.replace("!", "\\!")  # never an image: '!' may end one span and '[' begin the next
    lines = text.split("\n")
    return "\n".join(line if index == 0 and not line_start else _LINE_START.sub(_escape_line_start, line)
                     for index, line in enumerate(lines))


def inline(text: str) -> str:
    """``text`` as literal Markdown where it does not begin a line (after `# `, `**`, `| `)."""
    return escape(text, line_start=False)


def slug(title: str) -> str:
    """The anchor most Markdown renderers (GitHub's, GitLab's) give a heading."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


class _Document:
    """What rendering one document needs beyond the article: the reference numbers and their anchor."""

    def __init__(self, article: Article) -> None:
        self.numbers = article.reference_numbers()
        self.labels = labels_for(article.language)
        self.anchor = slug(article.references_title or self.labels.references)

    def inline(self, text: str, cites: tuple[str, ...] = (), *, line_start: bool = True) -> str:
        """A text's inline markup as Markdown, every other character escaped, then its citations."""
        out = []
        for index, span in enumerate(spans(text)):
            if span.cites:
                out.append(self.markers(span.cites))
                continue
            written = escape(span.text, line_start=line_start and index == 0)
            # Delimiters hug the words: CommonMark does not open emphasis before a space.
            core = written.strip()
            before, after = written[:len(written) - len(written.lstrip())], written[len(written.rstrip()):]
            if span.em and core:
                core = f"*{core}*"
            if span.strong and core:
                core = f"**{core}**"
            if span.href and core:  # a URL inline.safe_url allows: no space, '<' or '>' can end the destination
                core = f"[{core}](<{span.href}>)"
            out.append(before + core + after if core else written)
        return "".join(out) + (self.markers(cites) if cites else "")

    def markers(self, ids: tuple[str, ...]) -> str:
        known = Article.citation_numbers(self.numbers, ids)
        return f"[\\[{', '.join(map(str, known))}\\]](#{self.anchor})" if known else ""


def _table(table: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(inline(cell) for cell in cells) + " |"

    lines = [f"**{inline(table.title)}**", "", row(table.columns), "|" + " --- |" * len(table.columns)]
    lines.extend(row(cells) for cells in table.rows)
    return "\n".join(lines)


def _faq(doc: _Document, entries: list[tuple[int, FaqEntry]], level: int) -> str:
    return "\n\n".join(f"{'#' * min(level, 6)} {inline(entry.question)}\n\n{doc.inline(entry.answer, entry.references)}"
                       for _, entry in entries)


def _paragraph(doc: _Document, block: Paragraph) -> str:
    return doc.inline(block.text, block.cites)


def _definitions(doc: _Document, block: DefinitionList) -> str:
    return "\n".join(f"- **{inline(item.term)}:** {doc.inline(item.definition, item.cites, line_start=False)}"
                     for item in block.items)


def _quote(doc: _Document, quote: Quote) -> str:
    parts = []
    if quote.lead_in:
        parts.append(f"> {escape(quote.lead_in)}:")
    parts.append(f"> “{doc.inline(quote.text, line_start=False)}”")
    if quote.attribution:
        who = quote.attribution
        parts.append(f"> — {inline(who.name)}" + (f", {inline(who.credentials)}" if who.credentials else ""))
    return "\n>\n".join(parts)


def _case_study(doc: _Document, case: CaseStudy) -> str:
    return "\n>\n".join([f"> **{inline(case.title)}**", *(f"> {doc.inline(p)}" for p in case.paragraphs)])


def _list(doc: _Document, block: ListBlock) -> str:
    lines = []
    for number, item in enumerate(block.items, start=1):
        marker = f"{number}." if block.ordered else "-"
        lines.append(f"{marker} {doc.inline(item.text, line_start=False)}")
        indent = " " * (len(marker) + 1)
        lines.extend(f"{indent}{f'{sub_number}.' if block.ordered else '-'} {doc.inline(sub, line_start=False)}"
                     for sub_number, sub in enumerate(item.items, start=1))
    return "\n".join(lines) + (f"\n\n{doc.markers(block.cites)}" if block.cites else "")


def _callout(doc: _Document, block: Callout) -> str:
    title = inline(block.title or doc.labels.callout(block.kind))
    body = doc.inline(block.text, block.cites).split("\n")
    return "\n".join([f"> **{title}**", ">", *(f"> {line}" for line in body)])


def _image(doc: _Document, block: Image) -> str:
    # The file name is the schema's (letters, digits, '.', '_', '-'): nothing in it can end the link.
    parts = [f"![{inline(block.alt)}](<{block.file}>)"]
    below = " ".join(inline(text) for text in (block.caption, block.credit) if text)
    return "\n\n".join([*parts, f"*{below}*"] if below else parts)


_BLOCKS: dict[type, Callable[[_Document, Any], str]] = {
    Paragraph: _paragraph, DefinitionList: _definitions, Quote: _quote, CaseStudy: _case_study,
    ListBlock: _list, Callout: _callout, Image: _image,
}


def _reference(number: int, reference: Reference) -> str:
    details = reference.details()
    identifiers = "; ".join(f"{label}: {inline(value)}" for label, value in reference.identifiers())
    extra = " ".join(part for part in (inline(details), f"{identifiers}." if identifiers else "") if part)
    link = reference.link()
    title = f"[{inline(reference.title)}](<{link}>)" if link else inline(reference.title)
    return f"{number}. {title}" + (f" — {extra}" if extra else "")


def render(article: Article) -> str:
    doc = _Document(article)
    out = [f"# {inline(article.title)}"]
    subtitle = article.subtitle()
    if subtitle:
        out.append(f"**{inline(subtitle)}**")
    byline = article.byline()
    if byline:
        out.append(f"*{inline(' · '.join(byline))}*")
    if article.summary:
        out.append(escape(article.summary))
    for step in steps(article):
        if isinstance(step, SectionStart):
            out.append(f"{'#' * min(step.level + 1, 6)} {inline(step.section.title)}")
        elif isinstance(step, TableStep):
            out.append(_table(step.table))
        elif isinstance(step, FaqStep):
            out.append(_faq(doc, step.entries, step.level + 2))
        elif isinstance(step, BlockStep):
            out.append(_BLOCKS[type(step.block)](doc, step.block))
    tables, entries = article.unplaced()
    out.extend(_table(table) for table in tables)
    if entries:
        out.append(f"## {inline(article.faq_title or doc.labels.questions)}")
        out.append(_faq(doc, entries, 3))
    if article.references:
        out.append(f"## {inline(article.references_title or doc.labels.references)}")
        out.append("\n".join(_reference(n, ref) for n, ref in article.numbered_references()))
    if article.disclaimer:
        out.append(f"*{inline(article.disclaimer)}*")
    cta = article.call_to_action
    if cta is not None:
        if cta.heading:
            out.append(f"## {inline(cta.heading)}")
        out.append(escape(cta.text))
        if cta.label:
            out.append(f"[{inline(cta.label)}](<{cta.url}>)" if cta.url else f"**{inline(cta.label)}**")
    return "\n\n".join(out) + "\n"
