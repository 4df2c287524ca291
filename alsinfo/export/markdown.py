"""The article as CommonMark: every public text in reading order, with Markdown-active characters escaped."""

from __future__ import annotations

import re

from alsinfo.export.reading_order import BlockStep, FaqStep, SectionStart, TableStep, steps
from alsinfo.model import Article, CaseStudy, DefinitionList, Paragraph, Quote, Reference, Table

# Characters that can start emphasis, links, code, HTML, tables or strike-through anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]{}<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Characters that make a line a heading, list item, quote, rule or setext underline at its start.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape(text: str) -> str:
    """``text`` as literal Markdown: it renders as the same words and nothing else."""
    text = _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))
    text = text.replace("![", "!\\[")
    return "\n".join(_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line) for line in text.split("\n"))


def _table(table: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(cell) for cell in cells) + " |"

    lines = [f"**{escape(table.title)}**", "", row(table.columns), "|" + " --- |" * len(table.columns)]
    lines.extend(row(cells) for cells in table.rows)
    return "\n".join(lines)


def _quote(quote: Quote) -> str:
    parts = []
    if quote.lead_in:
        parts.append(f"> {escape(quote.lead_in)}:")
    parts.append(f"> “{escape(quote.text)}”")
    if quote.attribution:
        parts.append(f"> — {escape(quote.attribution.name)}")
    return "\n>\n".join(parts)


def _case_study(case: CaseStudy) -> str:
    return "\n>\n".join([f"> **{escape(case.title)}**", *(f"> {escape(p)}" for p in case.paragraphs)])


def _reference(number: int, reference: Reference) -> str:
    identifiers = [f"{label}: {escape(value)}" for label, value in reference.identifiers()]
    details = f". {'; '.join(identifiers)}" if identifiers else ""
    return f"{number}. [{escape(reference.title)}](<{reference.url}>) — {escape(reference.source)}{details}"


def render(article: Article) -> str:
    out = [f"# {escape(article.title)}"]
    subtitle = article.subtitle()
    if subtitle:
        out.append(f"**{escape(subtitle)}**")
    byline = article.byline()
    if byline:
        out.append(f"*{escape(' · '.join(byline))}*")
    if article.summary:
        out.append(escape(article.summary))
    for step in steps(article):
        if isinstance(step, SectionStart):
            out.append(f"{'#' * min(step.level + 1, 6)} {escape(step.section.title)}")
        elif isinstance(step, TableStep):
            out.append(_table(step.table))
        elif isinstance(step, FaqStep):
            for _, entry in step.entries:
                out.append(f"{'#' * min(step.level + 2, 6)} {escape(entry.question)}")
                out.append(escape(entry.answer))
        elif isinstance(step, BlockStep):
            block = step.block
            if isinstance(block, Paragraph):
                out.append(escape(block.text))
            elif isinstance(block, DefinitionList):
                out.append("\n".join(f"- **{escape(item.term)}:** {escape(item.definition)}" for item in block.items))
            elif isinstance(block, Quote):
                out.append(_quote(block))
            elif isinstance(block, CaseStudy):
                out.append(_case_study(block))
    if article.references:
        out.append(f"## {escape(article.references_title or 'References')}")
        out.append("\n".join(_reference(n, ref) for n, ref in enumerate(article.references, start=1)))
    if article.disclaimer:
        out.append(f"*{escape(article.disclaimer)}*")
    cta = article.call_to_action
    if cta is not None:
        if cta.heading:
            out.append(f"## {escape(cta.heading)}")
        out.append(escape(cta.text))
        if cta.label:
            out.append(f"[{escape(cta.label)}](<{cta.url}>)" if cta.url else f"**{escape(cta.label)}**")
    return "\n\n".join(out) + "\n"
