"""Plain-data (JSON) shapes of the article and its parts; each described by a schema in schemas/output/."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alsinfo.model import (
    IDENTIFIER_LABELS,
    Article,
    Block,
    Callout,
    CaseStudy,
    DefinitionList,
    FaqBlock,
    FaqEntry,
    Image,
    ListBlock,
    Paragraph,
    Person,
    Quote,
    Reference,
    Section,
    Table,
    TableBlock,
)
from alsinfo.render.views import renderer
from alsinfo.search import Hit

# 2: list, callout and image blocks; structured references, numbered in the order the text cites them.
OUTPUT_VERSION = 2


def _envelope(article: Article, **fields: Any) -> dict[str, Any]:
    return {"version": OUTPUT_VERSION, "article": article.id, **fields}


def person_dict(person: Person) -> dict[str, Any]:
    return {"name": person.name, "credentials": person.credentials, "role": person.role, "url": person.url}


def faq_entry_dict(number: int, entry: FaqEntry) -> dict[str, Any]:
    return {"id": entry.id, "number": number, "question": entry.question, "answer": entry.answer,
            "sections": list(entry.sections), "references": list(entry.references)}


def table_dict(table: Table) -> dict[str, Any]:
    return {"id": table.id, "title": table.title, "columns": list(table.columns),
            "rows": [list(row) for row in table.rows]}


def reference_dict(number: int, reference: Reference) -> dict[str, Any]:
    return {"id": reference.id, "number": number, "title": reference.title,
            "authors": [{"family": a.family, "given": a.given, "name": a.literal} for a in reference.authors],
            "year": reference.year, "date": reference.date, "journal": reference.journal,
            "publisher": reference.publisher, "source": reference.source, "volume": reference.volume,
            "issue": reference.issue, "pages": reference.pages, "url": reference.url, "accessed": reference.accessed,
            "identifiers": {key: getattr(reference, key) for key, _ in IDENTIFIER_LABELS}}


_BLOCKS: dict[type, Callable[[Article, Any], dict[str, Any]]] = {
    Paragraph: lambda article, block: {"type": "paragraph", "text": block.text, "cites": list(block.cites)},
    DefinitionList: lambda article, block: {"type": "definitions", "items": [
        {"term": item.term, "definition": item.definition, "cites": list(item.cites)} for item in block.items]},
    Quote: lambda article, block: {"type": "quote", "lead_in": block.lead_in, "text": block.text,
                                   "attribution": person_dict(block.attribution) if block.attribution else None},
    CaseStudy: lambda article, block: {"type": "case_study", "title": block.title,
                                       "paragraphs": list(block.paragraphs)},
    ListBlock: lambda article, block: {"type": "list", "style": "numbered" if block.ordered else "bulleted",
                                       "items": [{"text": item.text, "items": list(item.items)}
                                                 for item in block.items], "cites": list(block.cites)},
    Callout: lambda article, block: {"type": "callout", "kind": block.kind, "title": block.title, "text": block.text,
                                     "cites": list(block.cites)},
    Image: lambda article, block: {"type": "image", "file": block.file, "alt": block.alt, "caption": block.caption,
                                   "credit": block.credit},
    TableBlock: lambda article, block: {"type": "table", "table": table_dict(
        next(table for table in article.tables if table.id == block.table_id))},
    FaqBlock: lambda article, block: {"type": "faq", "entries": [
        faq_entry_dict(number, entry) for number, entry in article.faq_entries(block)]},
}


def block_dict(article: Article, block: Block) -> dict[str, Any]:
    return _BLOCKS[type(block)](article, block)


def section_dict(article: Article, section: Section) -> dict[str, Any]:
    return {"id": section.id, "title": section.title,
            "blocks": [block_dict(article, block) for block in section.blocks],
            "sections": [section_dict(article, sub) for sub in section.sections]}


def outline_dict(section: Section, level: int = 1) -> dict[str, Any]:
    return {"id": section.id, "title": section.title, "level": level,
            "sections": [outline_dict(sub, level + 1) for sub in section.sections]}


def article_dict(article: Article) -> dict[str, Any]:
    """The whole public article. Editorial notes are private and never part of it."""
    cta = article.call_to_action
    return _envelope(
        article,
        title=article.title, headline=article.headline, language=article.language, summary=article.summary,
        audience=list(article.audience),
        about=[{"name": topic.name, "type": topic.type} for topic in article.about],
        authors=[person_dict(person) for person in article.authors],
        medical_reviewer=person_dict(article.medical_reviewer) if article.medical_reviewer else None,
        published=article.published, last_reviewed=article.last_reviewed, disclaimer=article.disclaimer,
        sections=[section_dict(article, section) for section in article.sections],
        tables=[table_dict(table) for table in article.tables],
        faq={"title": article.faq_title,
             "entries": [faq_entry_dict(n, entry) for n, entry in enumerate(article.faq, start=1)]},
        references={"title": article.references_title,
                    "entries": [reference_dict(n, ref) for n, ref in article.numbered_references()]},
        call_to_action=None if cta is None else {"heading": cta.heading, "text": cta.text, "label": cta.label,
                                                 "url": cta.url},
    )


@renderer("faq", "json")
def faq_json(article: Article, entries: list[tuple[int, FaqEntry]], query: str | None,
             answers: bool = True) -> dict[str, Any]:
    return _envelope(article, query=query, entries=[faq_entry_dict(number, entry) for number, entry in entries])


@renderer("table", "json")
def table_json(article: Article, tables: list[Table]) -> dict[str, Any]:
    return _envelope(article, tables=[table_dict(table) for table in tables])


@renderer("sections", "json")
def sections_json(article: Article) -> dict[str, Any]:
    return _envelope(article, title=article.title, sections=[outline_dict(section) for section in article.sections])


@renderer("section", "json")
def section_json(article: Article, section: Section) -> dict[str, Any]:
    return _envelope(article, section=section_dict(article, section))


@renderer("refs", "json")
def refs_json(article: Article) -> dict[str, Any]:
    return _envelope(article, title=article.references_title,
                     references=[reference_dict(n, ref) for n, ref in article.numbered_references()])


@renderer("search", "json")
def search_json(articles: list[str], query: str, hits: list[Hit]) -> dict[str, Any]:
    # "article" names the article when one was searched, as it did before several could be.
    one = {"article": articles[0]} if len(articles) == 1 else {}
    return {"version": OUTPUT_VERSION, **one, "articles": articles, "query": query, "hits": [
        {"article": hit.article, "kind": hit.kind, "id": hit.id, "field": hit.field, "text": hit.text,
         "start": hit.start, "end": hit.end} for hit in hits]}


@renderer("show", "json")
def show_json(article: Article) -> dict[str, Any]:
    return article_dict(article)


def rule_dict(rule: Any) -> dict[str, Any]:
    return {"id": rule.id, "name": rule.name, "severity": rule.severity.value, "summary": rule.summary,
            "options": dict(rule.options), "documentation": rule.doc, "editorial": rule.editorial,
            "languages": list(rule.languages) if rule.languages is not None else None}


@renderer("rules", "json")
def rules_json(rules: list[Any], detail: bool = False) -> dict[str, Any]:
    return {"version": OUTPUT_VERSION, "rules": [rule_dict(rule) for rule in rules]}
