"""A standalone, accessible HTML5 page: inline CSS, no external assets, every text escaped, JSON-LD embedded."""

from __future__ import annotations

from html import escape

from alsinfo.export.jsonld import description, graph, script_safe
from alsinfo.export.reading_order import BlockStep, FaqStep, SectionEnd, SectionStart, TableStep, steps
from alsinfo.model import Article, CaseStudy, DefinitionList, Paragraph, Quote, Reference, Table

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


def _heading(level: int, text: str, ident: str | None = None) -> str:
    tag = f"h{min(level, 6)}"
    attribute = f' id="{_text(ident)}"' if ident else ""
    return f"<{tag}{attribute}>{_text(text)}</{tag}>"


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col">{_text(column)}</th>' for column in table.columns)
    rows = "".join("<tr>" + f'<th scope="row">{_text(row[0])}</th>' + "".join(f"<td>{_text(cell)}</td>"
                                                                              for cell in row[1:]) + "</tr>"
                   for row in table.rows)
    return (f'<div class="table-wrap" role="region" aria-labelledby="{_text(table.id)}-caption" tabindex="0">'
            f'<table id="{_text(table.id)}"><caption id="{_text(table.id)}-caption">{_text(table.title)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>")


def _block(block: object) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, DefinitionList):
        items = "".join(f"<dt>{_text(item.term)}</dt><dd>{_text(item.definition)}</dd>" for item in block.items)
        return f"<dl>{items}</dl>"
    if isinstance(block, Quote):
        lead = f'<p class="lead-in">{_text(block.lead_in)}:</p>' if block.lead_in else ""
        caption = f"<figcaption>— {_text(block.attribution.name)}</figcaption>" if block.attribution else ""
        return f"<figure>{lead}<blockquote><p>“{_text(block.text)}”</p></blockquote>{caption}</figure>"
    assert isinstance(block, CaseStudy)
    body = "".join(f"<p>{_text(paragraph)}</p>" for paragraph in block.paragraphs)
    title = _text(block.title)
    return f'<aside class="case-study" aria-label="{title}"><p><strong>{title}</strong></p>{body}</aside>'


def _reference(reference: Reference) -> str:
    identifiers = "; ".join(f"{label}: {_text(value)}" for label, value in reference.identifiers())
    extra = f". {identifiers}" if identifiers else ""
    return (f'<li id="{_text(reference.id)}"><a href="{_text(reference.url)}">{_text(reference.title)}</a> '
            f'<span class="source">— {_text(reference.source)}{extra}</span></li>')


def _body(article: Article) -> list[str]:
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
            out.append(_table(step.table))
        elif isinstance(step, FaqStep):
            for _, entry in step.entries:
                out.append(f'<div class="faq-entry" id="faq-{_text(entry.id)}">'
                           f"{_heading(step.level + 2, entry.question)}<p>{_text(entry.answer)}</p></div>")
        elif isinstance(step, BlockStep):
            out.append(_block(step.block))
    if article.references:
        out.append('<section aria-labelledby="references">')
        out.append(_heading(2, article.references_title or "References", "references"))
        out.append("<ol>" + "".join(_reference(reference) for reference in article.references) + "</ol></section>")
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
