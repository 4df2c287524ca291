"""A standalone, accessible HTML5 page: inline CSS, no external assets, every text escaped, JSON-LD embedded."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import quote

from alsinfo.export.html_style import STYLE
from alsinfo.export.jsonld import description, graph, script_safe
from alsinfo.export.reading_order import BlockStep, FaqStep, SectionEnd, SectionStart, TableStep, steps
from alsinfo.inline import safe_url, spans
from alsinfo.labels import Labels, direction, labels_for, long_date, version_href
from alsinfo.model import (
    Article,
    Callout,
    CaseStudy,
    Contact,
    DefinitionList,
    FaqEntry,
    Image,
    ListBlock,
    Paragraph,
    Person,
    Quote,
    Reference,
    Table,
)


def _text(text: str) -> str:
    return escape(text, quote=True)


class _Page:
    """What rendering one page needs beyond the article: reference numbers and the ids already used.

    Ids the page makes itself start with '_' or hold one ("_main", "ref_ID", "faq_ID"): content ids
    are lower-case letters, digits and hyphens, so a section can never take an id the page needs."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.labels = labels_for(article.language)
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
            if span.href:  # a URL inline.safe_url allows: http(s), no quote or angle bracket
                html = f'<a href="{_text(span.href)}">{html}</a>'
            out.append(html)
        return "".join(out) + (self.markers(cites) if cites else "")

    def markers(self, ids: tuple[str, ...]) -> str:
        """Numbered citation markers linking to the reference list."""
        known = Article.citation_numbers(self.numbers, ids)
        numbers = {number: ident for ident, number in self.numbers.items()}
        links = ", ".join(f'<a href="#ref_{_text(numbers[n])}">{n}</a>' for n in known)
        return f'<sup class="cite">[{links}]</sup>' if links else ""


def _heading(level: int, text: str, ident: str | None = None) -> str:
    tag = f"h{min(level, 6)}"
    attribute = f' id="{_text(ident)}"' if ident else ""
    return f"<{tag}{attribute}>{_text(text)}</{tag}>"


def _table(page: _Page, table: Table) -> str:
    """A table in a figure: its caption outside the scrolling part (never clipped on a phone), a hint
    that shows on narrow screens, and the row labels kept in view while the rest scrolls."""
    head = "".join(f'<th scope="col">{_text(column)}</th>' for column in table.columns)
    rows = "".join("<tr>" + f'<th scope="row">{_text(row[0])}</th>' + "".join(f"<td>{_text(cell)}</td>"
                                                                              for cell in row[1:]) + "</tr>"
                   for row in table.rows)
    ident = _text(page.unique(table.id))
    return (f'<figure class="table-figure" id="{ident}"><figcaption id="{ident}_caption">{_text(table.title)}'
            f'</figcaption><p class="scroll-hint" aria-hidden="true">{_text(page.labels.scroll_hint)}</p>'
            f'<div class="table-wrap" role="region" aria-labelledby="{ident}_caption" tabindex="0">'
            f'<table aria-labelledby="{ident}_caption"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            "</div></figure>")


def _faq(page: _Page, entries: list[tuple[int, FaqEntry]], level: int) -> str:
    return "".join(f'<div class="faq-entry" id="{_text(page.unique("faq_" + entry.id))}">'
                   f"{_heading(level, entry.question)}<p>{page.inline(entry.answer, entry.references)}</p></div>"
                   for _, entry in entries)


def _paragraph(page: _Page, block: Paragraph) -> str:
    return f"<p>{page.inline(block.text, block.cites)}</p>"


def _definitions(page: _Page, block: DefinitionList) -> str:
    items = "".join(f"<div><dt>{_text(item.term)}</dt><dd>{page.inline(item.definition, item.cites)}</dd></div>"
                    for item in block.items)
    return f"<dl>{items}</dl>"


def _quote(page: _Page, block: Quote) -> str:
    lead = f'<p class="lead-in">{_text(block.lead_in)}:</p>' if block.lead_in else ""
    caption = f"<figcaption>— {_person(block.attribution)}</figcaption>" if block.attribution else ""
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


def _callout(page: _Page, block: Callout) -> str:
    title = _text(block.title or page.labels.callout(block.kind))
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
    return f'<li id="ref_{_text(reference.id)}" value="{number}">{title} <span class="source">{extra}</span></li>'


def _person(person: Person, with_credentials: bool = True) -> str:
    name = _text(person.name)
    if person.url:
        name = f'<a href="{_text(person.url)}">{name}</a>'
    return f"{name}, {_text(person.credentials)}" if with_credentials and person.credentials else name


def _date(labels: Labels, text: str) -> str:
    return f'<time datetime="{_text(text)}">{_text(long_date(text, labels))}</time>'


def _header(page: _Page) -> list[str]:
    """The title, and what a reader checks before trusting a health page: who wrote it, who reviewed
    it (with credentials) and when, and when it is due for review; a plain notice where the content
    does not say (never an invented name or date)."""
    article, labels = page.article, page.labels
    out = ['<header class="page-header">', f'<h1 id="_title">{_text(article.title)}</h1>']
    subtitle = article.subtitle()
    if subtitle:
        out.append(f'<p class="headline"><strong>{_text(subtitle)}</strong></p>')
    byline = []
    if article.authors:
        byline.append(f"{_text(labels.written_by)} " + "; ".join(_person(person) for person in article.authors))
    if article.medical_reviewer:
        byline.append(f"{_text(labels.reviewed_by)} {_person(article.medical_reviewer)}")
    dates = [f"{_text(label)} {_date(labels, value)}" for label, value in (
        (labels.published, article.published), (labels.last_reviewed, article.last_reviewed),
        (labels.next_review, article.next_review)) if value]
    if dates:
        byline.append(" · ".join(dates))
    if byline:
        out.append('<div class="byline">' + "".join(f"<p>{line}</p>" for line in byline) + "</div>")
    notices = ([labels.not_reviewed] if article.medical_reviewer is None else []) + (
        [labels.no_review_date] if article.last_reviewed is None else [])
    if notices:
        out.append('<p class="review-notice">' + " ".join(_text(notice) for notice in notices) + "</p>")
    if article.summary:
        out.append(f'<p class="summary">{_text(article.summary)}</p>')
    out.append("</header>")
    return out


def _contents(page: _Page) -> list[str]:
    """"On this page": the top-level sections, then the questions and references placed at the end."""
    article, labels = page.article, page.labels
    entries = [(section.id, section.title) for section in article.sections]
    if article.unplaced()[1]:
        entries.append(("_more-questions", article.faq_title or labels.questions))
    if article.references:
        entries.append(("_references", article.references_title or labels.references))
    if len(entries) < 2:
        return []
    items = "".join(f'<li><a href="#{_text(ident)}">{_text(title)}</a></li>' for ident, title in entries)
    return [f'<nav class="toc" aria-labelledby="_toc"><h2 id="_toc">{_text(labels.on_this_page)}</h2>'
            f"<ol>{items}</ol></nav>"]


def _body(page: _Page) -> list[str]:
    article = page.article
    out = []
    for step in steps(article):
        if isinstance(step, SectionStart):  # a section without a name is no landmark: the page has a few
            out.append("<section>")
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
        out.append("<section>")
        out.append(_heading(2, article.faq_title or page.labels.questions, "_more-questions"))
        out.append(_faq(page, entries, 3) + "</section>")
    if article.references:
        out.append("<section>")
        out.append(_heading(2, article.references_title or page.labels.references, "_references"))
        out.append("<ol>" + "".join(_reference(page, n, ref) for n, ref in article.numbered_references())
                   + "</ol></section>")
    return out


def _after_body(page: _Page) -> list[str]:
    """The disclaimer right after the body, and only then the call to action (never printed)."""
    article = page.article
    out = []
    if article.disclaimer:
        out.append(f'<p class="disclaimer">{_text(article.disclaimer)}</p>')
    cta = article.call_to_action
    if cta is not None:
        out.append('<aside class="cta"' + (' aria-labelledby="_cta">' if cta.heading else ">"))
        if cta.heading:
            out.append(_heading(2, cta.heading, "_cta"))
        out.append(f"<p>{_text(cta.text)}</p>")
        if cta.label:
            label = f'<a href="{_text(cta.url)}">{_text(cta.label)}</a>' if cta.url else _text(cta.label)
            out.append(f"<p>{label}</p>")
        out.append("</aside>")
    return out


def _contact_routes(contact: Contact) -> list[str]:
    """Each way to reach the publisher, as a link where it is one (an address validation let through,
    and the renderer checks again)."""
    routes = []
    if contact.email:
        routes.append(f'<a href="mailto:{quote(contact.email, safe="@")}">{_text(contact.email)}</a>')
    if contact.url:
        url = _text(contact.url)
        routes.append(f'<a href="{url}">{url}</a>' if safe_url(contact.url) else url)
    if contact.phone:
        routes.append(_text(contact.phone))
    return routes


def _footer(page: _Page) -> list[str]:
    """Where the page lives and when it was reviewed: on screen, and on paper where it matters most."""
    article, labels = page.article, page.labels
    lines = []
    if article.canonical_url:
        url = _text(article.canonical_url)
        lines.append(f'{_text(labels.source)} <a href="{url}">{url}</a>')
    if article.last_reviewed:
        lines.append(f"{_text(labels.last_reviewed)} {_date(labels, article.last_reviewed)}")
    funding, conflicts, contact = labels.disclosure
    for label, text in ((funding, article.disclosures.funding), (conflicts, article.disclosures.conflicts_of_interest)):
        if text:
            lines.append(f"{_text(label)}: {_text(text)}")
    if article.contact is not None:
        lines.append(f"{_text(contact)}: " + " · ".join(_contact_routes(article.contact)))
    if not lines:
        return []
    return ['<footer class="page-footer">' + "".join(f"<p>{line}</p>" for line in lines) + "</footer>"]


def alternates(article: Article) -> list[tuple[str, str]]:
    """(hreflang, href) for every language the article is published in, and x-default (the source)."""
    if not article.versions:
        return []
    source = article.versions[0][0]
    links = [(tag, version_href(tag, article.language, source, url)) for tag, url in article.versions]
    return [*links, ("x-default", links[0][1])]


def render(article: Article) -> str:
    page = _Page(article)
    summary = description(article)
    meta = f'<meta name="description" content="{_text(summary)}">\n' if summary else ""
    canonical = f'<link rel="canonical" href="{_text(article.canonical_url)}">\n' if article.canonical_url else ""
    canonical += "".join(f'<link rel="alternate" hreflang="{_text(tag)}" href="{_text(href)}">\n'
                         for tag, href in alternates(article))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(article.language)}" dir="{direction(article.language)}">\n<head>\n'
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(article.title)}</title>\n{meta}{canonical}"
        f"<style>\n{STYLE}\n</style>\n"
        f'<script type="application/ld+json">\n{script_safe(graph(article), indent=2)}\n</script>\n'
        "</head>\n<body>\n"
        f'<a class="skip-link" href="#_main">{_text(page.labels.skip)}</a>\n'
        + "\n".join(_header(page)) + "\n" + "\n".join(_contents(page))
        + '\n<main id="_main">\n<article aria-labelledby="_title">\n' + "\n".join(_body(page)) + "\n</article>\n"
        + "\n".join(_after_body(page)) + "\n</main>\n" + "\n".join(_footer(page)) + "\n</body>\n</html>\n"
    )


def render_index(pages: list[tuple[str, Article]]) -> str:
    """A page linking to each exported article's page (``<id>/index.html``), with its summary."""
    languages = {article.language for _, article in pages}
    language = languages.pop() if len(languages) == 1 else "en"
    items = []
    for ident, article in pages:
        summary = description(article)
        about = f"<p>{_text(summary)}</p>" if summary else ""
        items.append(f'<li><h2><a href="{_text(quote(ident))}/index.html">{_text(article.title)}</a></h2>{about}</li>')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Articles</title>\n<style>\n{STYLE}\n.index {{ list-style: none; padding: 0; }}\n</style>\n"
        "</head>\n<body>\n"
        '<header class="page-header"><h1>Articles</h1></header>\n'
        '<main id="_main">\n<ul class="index">' + "".join(items) + "</ul>\n</main>\n</body>\n</html>\n"
    )
