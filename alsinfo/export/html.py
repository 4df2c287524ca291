"""A standalone, accessible HTML5 page: inline CSS, no external assets, every text escaped, JSON-LD embedded."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import quote

from alsinfo.export.jsonld import description, graph, script_safe
from alsinfo.export.reading_order import BlockStep, FaqStep, SectionEnd, SectionStart, TableStep, steps
from alsinfo.inline import spans
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

STYLE = """
:root { color-scheme: light dark; --accent: #1f5f8b; --muted: #5b6670; --line: #c9d1d9; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.25; } h2 { font-size: 1.45rem; margin-top: 2.2rem; }
h3 { font-size: 1.2rem; } h4, h5, h6 { font-size: 1.05rem; }
a { color: var(--accent); } a:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; padding: .5rem 1rem; background: #fff; }
.skip-link:focus { left: 1rem; z-index: 10; }
.byline, .lead-in, figcaption, .source { color: var(--muted); }
blockquote { margin: 0; padding: .25rem 0 .25rem 1rem; border-left: 4px solid var(--accent); font-style: italic; }
figure { margin: 1.5rem 0; }
dt { font-weight: 600; } dd { margin: 0 0 .75rem 1.25rem; }
.case-study, .cta { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 1.5rem 0; }
.table-wrap { overflow-x: auto; margin: 1.5rem 0; }
table { border-collapse: collapse; width: 100%; min-width: 32rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .5rem; }
th, td { border: 1px solid var(--line); padding: .5rem .6rem; text-align: left; vertical-align: top; }
thead th { background: rgba(31, 95, 139, .1); }
.callout { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: .5rem;
  padding: .5rem 1rem; margin: 1.5rem 0; }
.callout-warning, .callout-seek-help { border-left-color: #b3261e; }
.callout-title { margin: .25rem 0; }
.image img { max-width: 100%; height: auto; }
sup.cite { line-height: 0; }
.disclaimer { font-size: .95rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 1rem; }
@media (max-width: 30rem) {
  body { font-size: 1rem; } h1 { font-size: 1.55rem; } h2 { font-size: 1.25rem; } h3 { font-size: 1.1rem; }
}
@media print {
  .skip-link { display: none; } main { max-width: none; padding: 0; } body { font-size: 11pt; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
  .table-wrap { overflow: visible; } table { min-width: 0; } h2, h3, caption { break-after: avoid; }
  figure, .case-study, tr { break-inside: avoid; }
}
""".strip()


def _text(text: str) -> str:
    return escape(text, quote=True)


class _Page:
    """What rendering one page needs beyond the article: reference numbers and the ids already used."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.numbers = article.reference_numbers()
        self.used: dict[str, int] = {}

    def unique(self, ident: str) -> str:
        """``ident``, or ``ident-2``, ``ident-3``… when the page already has it (an FAQ entry placed twice)."""
        count = self.used.get(ident, 0) + 1
        self.used[ident] = count
        return ident if count == 1 else f"{ident}-{count}"

    def inline(self, text: str, cites: tuple[str, ...] = ()) -> str:
        """A text's inline markup as HTML, every character of content escaped, then its citations."""
        out = []
        for span in spans(text):
            if span.cites:
                out.append(self.markers(span.cites))
                continue
            html = _text(span.text)
            if span.em:
                html = f"<em>{html}</em>"
            if span.strong:
                html = f"<strong>{html}</strong>"
            if span.href:  # a URL inline.SAFE_URL allows: http(s), no quote or angle bracket
                html = f'<a href="{_text(span.href)}">{html}</a>'
            out.append(html)
        return "".join(out) + (self.markers(cites) if cites else "")

    def markers(self, ids: tuple[str, ...]) -> str:
        """Numbered citation markers linking to the reference list."""
        known = Article.citation_numbers(self.numbers, ids)
        numbers = {number: ident for ident, number in self.numbers.items()}
        links = ", ".join(f'<a href="#ref-{_text(numbers[n])}">{n}</a>' for n in known)
        return f'<sup class="cite">[{links}]</sup>' if links else ""


def _heading(level: int, text: str, ident: str | None = None) -> str:
    tag = f"h{min(level, 6)}"
    attribute = f' id="{_text(ident)}"' if ident else ""
    return f"<{tag}{attribute}>{_text(text)}</{tag}>"


def _table(page: _Page, table: Table) -> str:
    head = "".join(f'<th scope="col">{_text(column)}</th>' for column in table.columns)
    rows = "".join("<tr>" + f'<th scope="row">{_text(row[0])}</th>' + "".join(f"<td>{_text(cell)}</td>"
                                                                              for cell in row[1:]) + "</tr>"
                   for row in table.rows)
    ident = page.unique(table.id)
    return (f'<div class="table-wrap" role="region" aria-labelledby="{_text(ident)}-caption" tabindex="0">'
            f'<table id="{_text(ident)}"><caption id="{_text(ident)}-caption">{_text(table.title)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>")


def _faq(page: _Page, entries: list[tuple[int, FaqEntry]], level: int) -> str:
    return "".join(f'<div class="faq-entry" id="{_text(page.unique("faq-" + entry.id))}">'
                   f"{_heading(level, entry.question)}<p>{page.inline(entry.answer, entry.references)}</p></div>"
                   for _, entry in entries)


def _paragraph(page: _Page, block: Paragraph) -> str:
    return f"<p>{page.inline(block.text, block.cites)}</p>"


def _definitions(page: _Page, block: DefinitionList) -> str:
    items = "".join(f"<dt>{_text(item.term)}</dt><dd>{page.inline(item.definition, item.cites)}</dd>"
                    for item in block.items)
    return f"<dl>{items}</dl>"


def _quote(page: _Page, block: Quote) -> str:
    lead = f'<p class="lead-in">{_text(block.lead_in)}:</p>' if block.lead_in else ""
    caption = f"<figcaption>— {_text(block.attribution.name)}</figcaption>" if block.attribution else ""
    return f"<figure>{lead}<blockquote><p>“{page.inline(block.text)}”</p></blockquote>{caption}</figure>"


def _case_study(page: _Page, block: CaseStudy) -> str:
    body = "".join(f"<p>{page.inline(paragraph)}</p>" for paragraph in block.paragraphs)
    title = _text(block.title)
    return f'<aside class="case-study" aria-label="{title}"><p><strong>{title}</strong></p>{body}</aside>'


def _list(page: _Page, block: ListBlock) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(f"<li>{page.inline(item.text)}" + (
        f"<{tag}>" + "".join(f"<li>{page.inline(sub)}</li>" for sub in item.items) + f"</{tag}>"
        if item.items else "") + "</li>" for item in block.items)
    return f"<{tag}>{items}</{tag}>" + (f'<p class="list-cites">{page.markers(block.cites)}</p>' if block.cites else "")


CALLOUT_LABELS = {"warning": "Warning", "note": "Note", "tip": "Tip", "seek-help": "When to get medical help"}


def _callout(page: _Page, block: Callout) -> str:
    title = _text(block.title or CALLOUT_LABELS[block.kind])
    role = ' role="note"' if block.kind in ("note", "tip") else ""
    return (f'<aside class="callout callout-{_text(block.kind)}" aria-label="{title}"{role}>'
            f'<p class="callout-title"><strong>{title}</strong></p>'
            f"<p>{page.inline(block.text, block.cites)}</p></aside>")


def _image(page: _Page, block: Image) -> str:
    caption = _text(block.caption) if block.caption else ""
    credit = f'<span class="credit">{_text(block.credit)}</span>' if block.credit else ""
    both = " " if caption and credit else ""
    figcaption = f"<figcaption>{caption}{both}{credit}</figcaption>" if caption or credit else ""
    return (f'<figure class="image"><img src="{_text(quote(block.file))}" alt="{_text(block.alt)}" loading="lazy">'
            f"{figcaption}</figure>")


_BLOCKS: dict[type, Callable[[_Page, Any], str]] = {
    Paragraph: _paragraph, DefinitionList: _definitions, Quote: _quote, CaseStudy: _case_study,
    ListBlock: _list, Callout: _callout, Image: _image,
}


def _reference(page: _Page, number: int, reference: Reference) -> str:
    details = reference.details()
    identifiers = "; ".join(f"{label}: {_text(value)}" for label, value in reference.identifiers())
    extra = " ".join(part for part in (_text(details), f"{identifiers}." if identifiers else "") if part)
    link = reference.link()
    title = f'<a href="{_text(link)}">{_text(reference.title)}</a>' if link else _text(reference.title)
    return f'<li id="ref-{_text(reference.id)}" value="{number}">{title} <span class="source">{extra}</span></li>'


def _body(article: Article) -> list[str]:
    page = _Page(article)
    out = [f"<header>{_heading(1, article.title)}"]
    subtitle = article.subtitle()
    if subtitle:
        out.append(f'<p class="headline"><strong>{_text(subtitle)}</strong></p>')
    byline = article.byline()
    if byline:
        out.append(f'<p class="byline">{_text(" · ".join(byline))}</p>')
    if article.summary:
        out.append(f'<p class="summary">{_text(article.summary)}</p>')
    out.append("</header>")
    for step in steps(article):
        if isinstance(step, SectionStart):
            out.append(f'<section aria-labelledby="{_text(step.section.id)}">')
            out.append(_heading(step.level + 1, step.section.title, step.section.id))
        elif isinstance(step, SectionEnd):
            out.append("</section>")
        elif isinstance(step, TableStep):
            out.append(_table(page, step.table))
        elif isinstance(step, FaqStep):
            out.append(_faq(page, step.entries, step.level + 2))
        elif isinstance(step, BlockStep):
            out.append(_BLOCKS[type(step.block)](page, step.block))
    tables, entries = article.unplaced()
    for table in tables:
        out.append(_table(page, table))
    if entries:
        out.append('<section aria-labelledby="more-questions">')
        out.append(_heading(2, article.faq_title or "Frequently asked questions", "more-questions"))
        out.append(_faq(page, entries, 3) + "</section>")
    if article.references:
        out.append('<section aria-labelledby="references">')
        out.append(_heading(2, article.references_title or "References", "references"))
        out.append("<ol>" + "".join(_reference(page, n, ref) for n, ref in article.numbered_references())
                   + "</ol></section>")
    cta = article.call_to_action
    if cta is not None:
        out.append('<aside class="cta"' + (' aria-labelledby="call-to-action">' if cta.heading else ">"))
        if cta.heading:
            out.append(_heading(2, cta.heading, "call-to-action"))
        out.append(f"<p>{_text(cta.text)}</p>")
        if cta.label:
            label = f'<a href="{_text(cta.url)}">{_text(cta.label)}</a>' if cta.url else _text(cta.label)
            out.append(f"<p><strong>{label}</strong></p>")
        out.append("</aside>")
    if article.disclaimer:
        out.append(f'<p class="disclaimer">{_text(article.disclaimer)}</p>')
    return out


def render(article: Article) -> str:
    summary = description(article)
    meta = f'<meta name="description" content="{_text(summary)}">\n' if summary else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(article.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(article.title)}</title>\n{meta}"
        f"<style>\n{STYLE}\n</style>\n"
        f'<script type="application/ld+json">\n{script_safe(graph(article), indent=2)}\n</script>\n'
        "</head>\n<body>\n"
        '<a class="skip-link" href="#main">Skip to the article</a>\n'
        '<main id="main">\n<article>\n' + "\n".join(_body(article)) + "\n</article>\n</main>\n</body>\n</html>\n"
    )
