"""The article as CommonMark: every public text in reading order, with Markdown-active characters escaped."""

from __future__ import annotations

import re

from alsinfo.export.reading_order import BlockStep, FaqStep, SectionStart, TableStep, steps
from alsinfo.model import Article, CaseStudy, DefinitionList, Paragraph, Quote, Reference, Table

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
    text = text.replace("![", "!\\[")
    lines = text.split("\n")
    return "\n".join(line if index == 0 and not line_start else _LINE_START.sub(_escape_line_start, line)
                     for index, line in enumerate(lines))


def inline(text: str) -> str:
    """``text`` as literal Markdown where it does not begin a line (after `# `, `**`, `| `)."""
    return escape(text, line_start=False)


def _table(table: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(inline(cell) for cell in cells) + " |"

    lines = [f"**{inline(table.title)}**", "", row(table.columns), "|" + " --- |" * len(table.columns)]
    lines.extend(row(cells) for cells in table.rows)
    return "\n".join(lines)


def _quote(quote: Quote) -> str:
    parts = []
    if quote.lead_in:
        parts.append(f"> {escape(quote.lead_in)}:")
    parts.append(f"> “{escape(quote.text)}”")
    if quote.attribution:
        parts.append(f"> — {inline(quote.attribution.name)}")
    return "\n>\n".join(parts)


def _case_study(case: CaseStudy) -> str:
    return "\n>\n".join([f"> **{inline(case.title)}**", *(f"> {escape(p)}" for p in case.paragraphs)])


def _reference(number: int, reference: Reference) -> str:
    identifiers = [f"{label}: {inline(value)}" for label, value in reference.identifiers()]
    details = f". {'; '.join(identifiers)}" if identifiers else ""
    return f"{number}. [{inline(reference.title)}](<{reference.url}>) — {inline(reference.source)}{details}"


def render(article: Article) -> str:
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
            for _, entry in step.entries:
                out.append(f"{'#' * min(step.level + 2, 6)} {inline(entry.question)}")
                out.append(escape(entry.answer))
        elif isinstance(step, BlockStep):
            block = step.block
            if isinstance(block, Paragraph):
                out.append(escape(block.text))
            elif isinstance(block, DefinitionList):
                out.append("\n".join(f"- **{inline(item.term)}:** {inline(item.definition)}" for item in block.items))
            elif isinstance(block, Quote):
                out.append(_quote(block))
            elif isinstance(block, CaseStudy):
                out.append(_case_study(block))
    if article.references:
        out.append(f"## {inline(article.references_title or 'References')}")
        out.append("\n".join(_reference(n, ref) for n, ref in enumerate(article.references, start=1)))
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
