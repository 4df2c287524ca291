"""The article as frozen, typed objects, built only from documents that passed validation.

The records are NamedTuples rather than frozen dataclasses: every reader command builds them at
start-up, and a NamedTuple class costs a fraction of a dataclass to create (see benchmarks/).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple


class Person(NamedTuple):
    name: str
    credentials: str | None = None
    role: str | None = None
    url: str | None = None


class Topic(NamedTuple):
    name: str
    type: str


class Paragraph(NamedTuple):
    text: str
    cites: tuple[str, ...] = ()


class Definition(NamedTuple):
    term: str
    definition: str
    cites: tuple[str, ...] = ()


class DefinitionList(NamedTuple):
    items: tuple[Definition, ...]


class Quote(NamedTuple):
    text: str
    lead_in: str | None = None
    attribution: Person | None = None


class CaseStudy(NamedTuple):
    title: str
    paragraphs: tuple[str, ...]


class TableBlock(NamedTuple):
    table_id: str


class FaqBlock(NamedTuple):
    entry_ids: tuple[str, ...] | None  # None: every entry


Block = Paragraph | DefinitionList | Quote | CaseStudy | TableBlock | FaqBlock


class Section(NamedTuple):
    id: str
    title: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...] = ()


class Table(NamedTuple):
    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class FaqEntry(NamedTuple):
    id: str
    question: str
    answer: str
    sections: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


class Reference(NamedTuple):
    id: str
    title: str
    source: str
    url: str
    pmid: str | None = None
    doi: str | None = None
    nct: str | None = None

    def identifiers(self) -> list[tuple[str, str]]:
        """The identifiers the reference has, labelled: [("PMID", "24703173"), ...]."""
        return [(label, value) for label, value in (("PMID", self.pmid), ("DOI", self.doi), ("NCT", self.nct))
                if value]


class CallToAction(NamedTuple):
    text: str
    heading: str | None = None
    label: str | None = None
    url: str | None = None


class EditorialNote(NamedTuple):
    """The editor's private note: kept in the model for editorial rules, never rendered for readers."""

    id: str
    text: str
    status: str
    label: str | None = None
    anchor: str | None = None
    publishable: bool = False


class Article(NamedTuple):
    id: str
    title: str
    language: str
    headline: str | None = None
    summary: str | None = None
    audience: tuple[str, ...] = ()
    about: tuple[Topic, ...] = ()
    authors: tuple[Person, ...] = ()
    medical_reviewer: Person | None = None
    published: str | None = None
    last_reviewed: str | None = None
    disclaimer: str | None = None
    call_to_action: CallToAction | None = None
    editorial_notes: tuple[EditorialNote, ...] = ()
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    faq_title: str | None = None
    faq: tuple[FaqEntry, ...] = ()
    references_title: str | None = None
    references: tuple[Reference, ...] = ()

    def subtitle(self) -> str | None:
        """The headline shown under the title: none when it only repeats the title."""
        return self.headline if self.headline and self.headline != self.title else None

    def byline(self) -> list[str]:
        """Who wrote and reviewed the article and when, as far as the content says: ["By …", …]."""
        parts = []
        if self.authors:
            parts.append("By " + ", ".join(person.name for person in self.authors))
        if self.medical_reviewer:
            parts.append(f"Medically reviewed by {self.medical_reviewer.name}")
        if self.published:
            parts.append(f"Published {self.published}")
        if self.last_reviewed:
            parts.append(f"Last reviewed {self.last_reviewed}")
        return parts

    def faq_entries(self, block: FaqBlock) -> list[tuple[int, FaqEntry]]:
        """The numbered FAQ entries a FAQ block shows, in the block's order."""
        numbered = {entry.id: (number, entry) for number, entry in enumerate(self.faq, start=1)}
        ids = block.entry_ids if block.entry_ids is not None else list(numbered)
        return [numbered[entry_id] for entry_id in ids]

    def all_sections(self) -> tuple[Section, ...]:
        """Every section, depth first in reading order."""
        found: list[Section] = []

        def visit(sections: tuple[Section, ...]) -> None:
            for section in sections:
                found.append(section)
                visit(section.sections)

        visit(self.sections)
        return tuple(found)


def _person(data: Mapping[str, Any] | None) -> Person | None:
    return None if data is None else Person(data["name"], data.get("credentials"), data.get("role"), data.get("url"))


def _block(data: Mapping[str, Any]) -> Block:
    kind = data["type"]
    if kind == "paragraph":
        return Paragraph(data["text"], tuple(data.get("cites", ())))
    if kind == "definitions":
        return DefinitionList(tuple(Definition(item["term"], item["definition"], tuple(item.get("cites", ())))
                                    for item in data["items"]))
    if kind == "quote":
        return Quote(data["text"], data.get("lead_in"), _person(data.get("attribution")))
    if kind == "case_study":
        return CaseStudy(data["title"], tuple(data["paragraphs"]))
    if kind == "table":
        return TableBlock(data["table"])
    entries = data.get("entries")
    return FaqBlock(None if entries is None else tuple(entries))


def _section(data: Mapping[str, Any]) -> Section:
    return Section(data["id"], data["title"], tuple(_block(block) for block in data["blocks"]),
                   tuple(_section(sub) for sub in data.get("sections", ())))


def build_article(article_id: str, data: Mapping[str, Any]) -> Article:
    """Build the article from the validated data of its files, by kind (article and sections required)."""
    meta = data["article"]
    body = data["sections"]
    tables = data.get("tables", {"tables": []})
    faq = data.get("faq", {"entries": []})
    refs = data.get("references", {"references": []})
    cta = meta.get("call_to_action")
    return Article(
        id=article_id,
        title=meta["title"],
        language=meta["language"],
        headline=meta.get("headline"),
        summary=meta.get("summary"),
        audience=tuple(meta.get("audience", ())),
        about=tuple(Topic(topic["name"], topic["type"]) for topic in meta.get("about", ())),
        authors=tuple(p for p in (_person(a) for a in meta.get("authors", ())) if p is not None),
        medical_reviewer=_person(meta.get("medical_reviewer")),
        published=meta.get("published"),
        last_reviewed=meta.get("last_reviewed"),
        disclaimer=meta.get("disclaimer"),
        call_to_action=None if cta is None else CallToAction(cta["text"], cta.get("heading"), cta.get("label"),
                                                             cta.get("url")),
        editorial_notes=tuple(EditorialNote(n["id"], n["text"], n["status"], n.get("label"), n.get("anchor"),
                                            n.get("publishable") == "true")
                              for n in meta.get("editorial_notes", ())),
        sections=tuple(_section(s) for s in body["sections"]),
        tables=tuple(Table(t["id"], t["title"], tuple(t["columns"]), tuple(tuple(r) for r in t["rows"]))
                     for t in tables["tables"]),
        faq_title=faq.get("title"),
        faq=tuple(FaqEntry(e["id"], e["question"], e["answer"], tuple(e.get("sections", ())),
                           tuple(e.get("references", ()))) for e in faq["entries"]),
        references_title=refs.get("title"),
        references=tuple(Reference(r["id"], r["title"], r["source"], r["url"],
                                   r.get("identifiers", {}).get("pmid"), r.get("identifiers", {}).get("doi"),
                                   r.get("identifiers", {}).get("nct")) for r in refs["references"]),
    )
