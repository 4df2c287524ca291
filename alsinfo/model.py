"""The article as frozen, typed objects, built only from documents that passed validation.

The records are NamedTuples rather than frozen dataclasses: every reader command builds them at
start-up, and a NamedTuple class costs a fraction of a dataclass to create (see benchmarks/).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple


class Person(NamedTuple):
    name: str
    credentials: str | None = None
    role: str | None = None
    url: str | None = None
    orcid: str | None = None


class Topic(NamedTuple):
    name: str
    type: str


class Paragraph(NamedTuple):
    text: str
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        """Its texts that may hold inline markup (and so citation markers), in reading order."""
        return (self.text,)


class Definition(NamedTuple):
    term: str
    definition: str
    cites: tuple[str, ...] = ()


class DefinitionList(NamedTuple):
    items: tuple[Definition, ...]

    @property
    def cites(self) -> tuple[str, ...]:
        return tuple(ref for item in self.items for ref in item.cites)

    def texts(self) -> tuple[str, ...]:
        return tuple(item.definition for item in self.items)


class Quote(NamedTuple):
    text: str
    lead_in: str | None = None
    attribution: Person | None = None
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)


class CaseStudy(NamedTuple):
    title: str
    paragraphs: tuple[str, ...]
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return self.paragraphs


class ListItem(NamedTuple):
    text: str
    items: tuple[str, ...] = ()  # one level of nesting


class ListBlock(NamedTuple):
    items: tuple[ListItem, ...]
    ordered: bool = False
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return tuple(text for item in self.items for text in (item.text, *item.items))


CALLOUT_KINDS = ("warning", "note", "tip", "seek-help")


class Callout(NamedTuple):
    kind: str  # one of CALLOUT_KINDS
    text: str
    title: str | None = None
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.text,)


class Image(NamedTuple):
    file: str  # the image's file name in the article folder
    alt: str
    caption: str | None = None
    credit: str | None = None
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return ()


class TableBlock(NamedTuple):
    table_id: str
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return ()


class FaqBlock(NamedTuple):
    entry_ids: tuple[str, ...] | None  # None: every entry
    cites: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return ()


Block = Paragraph | DefinitionList | Quote | CaseStudy | ListBlock | Callout | Image | TableBlock | FaqBlock


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


class Author(NamedTuple):
    """An author of a cited work: family and given names, or a name as one piece (an organisation)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None

    def short(self) -> str:
        """'Chen AB' for Anna Beth Chen, as reference lists write it; an organisation as named."""
        if self.literal:
            return self.literal
        initials = "".join(part[0] for part in (self.given or "").replace("-", " ").split() if part)
        return " ".join(part for part in (self.family, initials) if part)


IDENTIFIER_LABELS = (("pmid", "PMID"), ("pmcid", "PMCID"), ("doi", "DOI"), ("nct", "NCT"), ("isbn", "ISBN"))


class Reference(NamedTuple):
    id: str
    title: str
    source: str | None = None  # who published it, as the content names it (a database, an organisation)
    url: str | None = None
    pmid: str | None = None
    doi: str | None = None
    nct: str | None = None
    pmcid: str | None = None
    isbn: str | None = None
    authors: tuple[Author, ...] = ()
    year: str | None = None
    date: str | None = None  # the full date of publication, when given (YYYY-MM-DD)
    journal: str | None = None
    publisher: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    accessed: str | None = None

    def identifiers(self) -> list[tuple[str, str]]:
        """The identifiers the reference has, labelled: [("PMID", "24703173"), ...]."""
        return [(label, value) for key, label in IDENTIFIER_LABELS if (value := getattr(self, key))]

    def issued(self) -> str | None:
        """When the work was published: the full date, else the year."""
        return self.date or self.year

    def container(self) -> str | None:
        """Where the work appeared: the journal, else the publisher, else the source."""
        return self.journal or self.publisher or self.source

    def link(self) -> str | None:
        """Where a reader can find it: its URL, else its DOI's (percent-encoded, so that no character
        of the DOI can end a link in any markup)."""
        if self.url:
            return self.url
        if not self.doi:
            return None
        from urllib.parse import quote

        return f"https://doi.org/{quote(self.doi, safe='/:;()._-')}"

    def details(self) -> str:
        """What a reference list prints after the title: 'Chen AB, Ortiz L. Journal. 2021;12(3):45-67.'"""
        authors = ", ".join(author.short() for author in self.authors[:6])
        if len(self.authors) > 6:
            authors += ", et al"
        where = self.container() if self.container() != authors else None  # an organisation that published itself
        when = (self.date or self.year or "")[:4]
        locator = f"{self.volume or ''}{f'({self.issue})' if self.issue else ''}"
        locator += f":{self.pages}" if self.pages else ""
        dated = ";".join(part for part in (when, locator) if part)
        parts = [part for part in (authors, where, dated) if part]
        return ". ".join(parts) + ("." if parts else "")


class CallToAction(NamedTuple):
    text: str
    heading: str | None = None
    label: str | None = None
    url: str | None = None


class Disclosures(NamedTuple):
    """Who paid for the article and what its writers and reviewers declare; None where not said."""

    funding: str | None = None
    conflicts_of_interest: str | None = None


class Contact(NamedTuple):
    """How readers reach the publisher about the article."""

    email: str | None = None
    url: str | None = None
    phone: str | None = None


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
    next_review: str | None = None
    canonical_url: str | None = None
    disclosures: Disclosures = Disclosures()
    contact: Contact | None = None
    disclaimer: str | None = None
    call_to_action: CallToAction | None = None
    editorial_notes: tuple[EditorialNote, ...] = ()
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    faq_title: str | None = None
    faq: tuple[FaqEntry, ...] = ()
    references_title: str | None = None
    references: tuple[Reference, ...] = ()
    # Every language the article is published in, the source first, each with its canonical URL (if
    # given); empty for an article without translations. ``translation_of`` is the source's
    # language when this is a translation.
    versions: tuple[tuple[str, str | None], ...] = ()
    translation_of: str | None = None

    def subtitle(self) -> str | None:
        """The headline shown under the title: none when it only repeats the title."""
        return self.headline if self.headline and self.headline != self.title else None

    def byline(self) -> list[str]:
        """Who wrote and reviewed the article and when, as far as the content says, in its language:
        ["Written by …", "Medically reviewed by …", "Published 10 January 2026", …]."""
        from alsinfo.labels import labels_for, long_date

        labels = labels_for(self.language)
        parts = []
        if self.authors:
            parts.append(f"{labels.written_by} " + ", ".join(person.name for person in self.authors))
        if self.medical_reviewer:
            parts.append(f"{labels.reviewed_by} {self.medical_reviewer.name}")
        for label, value in ((labels.published, self.published), (labels.last_reviewed, self.last_reviewed),
                             (labels.next_review, self.next_review)):
            if value:
                parts.append(f"{label} {long_date(value, labels)}")
        return parts

    def faq_entries(self, block: FaqBlock) -> list[tuple[int, FaqEntry]]:
        """The numbered FAQ entries a FAQ block shows, in the block's order."""
        numbered = {entry.id: (number, entry) for number, entry in enumerate(self.faq, start=1)}
        ids = block.entry_ids if block.entry_ids is not None else list(numbered)
        return [numbered[entry_id] for entry_id in ids]

    def placed_ids(self) -> tuple[set[str], set[str]]:
        """The ids of the tables and of the FAQ entries that blocks place in the text."""
        tables: set[str] = set()
        entries: set[str] = set()
        for section in self.all_sections():
            for block in section.blocks:
                if isinstance(block, TableBlock):
                    tables.add(block.table_id)
                elif isinstance(block, FaqBlock):
                    entries.update(entry.id for _, entry in self.faq_entries(block))
        return tables, entries

    def unplaced(self) -> tuple[tuple[Table, ...], list[tuple[int, FaqEntry]]]:
        """The tables and the (numbered) FAQ entries no block places: exports put them at the end."""
        tables, entries = self.placed_ids()
        return (tuple(table for table in self.tables if table.id not in tables),
                [(number, entry) for number, entry in enumerate(self.faq, start=1) if entry.id not in entries])

    def reference_numbers(self) -> dict[str, int]:
        """Each reference's number: in the order the text first cites it (a block by `cites` or a
        marker, an FAQ entry by `references` or a marker, where it is placed), then those cited
        nowhere, in the order they are listed."""
        from alsinfo.inline import cited

        order: dict[str, None] = {}

        def cite(ids: tuple[str, ...], texts: tuple[str, ...]) -> None:
            # In the order a reader meets them: the markers in the text, then the block's own `cites`
            # (shown after its text).
            for text in texts:
                order.update(dict.fromkeys(cited(text)))
            order.update(dict.fromkeys(ids))

        for section in self.all_sections():
            for block in section.blocks:
                cite(block.cites, block.texts())
                if isinstance(block, FaqBlock):
                    for _, entry in self.faq_entries(block):
                        cite(entry.references, (entry.answer,))
        for _, entry in self.unplaced()[1]:
            cite(entry.references, (entry.answer,))
        known = {reference.id for reference in self.references}
        ordered = [ident for ident in order if ident in known]
        ordered += [reference.id for reference in self.references if reference.id not in order]
        return {ident: number for number, ident in enumerate(ordered, start=1)}

    @staticmethod
    def citation_numbers(numbers: Mapping[str, int], ids: tuple[str, ...]) -> list[int]:
        """The numbers (see reference_numbers) of the references ``ids`` names, in order, each once."""
        return sorted({numbers[ident] for ident in ids if ident in numbers})

    def numbered_references(self) -> list[tuple[int, Reference]]:
        """The references with their numbers, in number order."""
        numbers = self.reference_numbers()
        return sorted(((numbers[reference.id], reference) for reference in self.references), key=lambda pair: pair[0])

    def all_sections(self) -> tuple[Section, ...]:
        """Every section, depth first in reading order."""
        found: list[Section] = []

        def visit(sections: tuple[Section, ...]) -> None:
            for section in sections:
                found.append(section)
                visit(section.sections)

        visit(self.sections)
        return tuple(found)


def _person(data: Mapping[str, Any] | None, people: People) -> Person | None:
    """A person written out, or named by id (``person: ID``) from the content root's people.yaml."""
    if data is None:
        return None
    if "person" in data:
        if data["person"] not in people:  # an unknown id is an I302 error: the model only serves the rules
            return Person(data["person"])
        data = people[data["person"]]
    return Person(data["name"], data.get("credentials"), data.get("role"), data.get("url"), data.get("orcid"))


def _list_item(data: str | Mapping[str, Any]) -> ListItem:
    return ListItem(data) if isinstance(data, str) else ListItem(data["text"], tuple(data.get("items", ())))


People = Mapping[str, Mapping[str, Any]]
_BUILDERS: dict[str, Callable[[Mapping[str, Any], tuple[str, ...], People], Block]] = {
    "paragraph": lambda data, cites, people: Paragraph(data["text"], cites),
    "definitions": lambda data, cites, people: DefinitionList(tuple(
        Definition(item["term"], item["definition"], tuple(item.get("cites", ()))) for item in data["items"])),
    "quote": lambda data, cites, people: Quote(data["text"], data.get("lead_in"),
                                               _person(data.get("attribution"), people)),
    "case_study": lambda data, cites, people: CaseStudy(data["title"], tuple(data["paragraphs"])),
    "list": lambda data, cites, people: ListBlock(tuple(_list_item(item) for item in data["items"]),
                                          data.get("style") == "numbered", cites),
    "callout": lambda data, cites, people: Callout(data["kind"], data["text"], data.get("title"), cites),
    "image": lambda data, cites, people: Image(data["file"], data["alt"], data.get("caption"), data.get("credit")),
    "table": lambda data, cites, people: TableBlock(data["table"]),
    "faq": lambda data, cites, people: FaqBlock(None if data.get("entries") is None else tuple(data["entries"])),
}


def _block(data: Mapping[str, Any], people: People) -> Block:
    return _BUILDERS[data["type"]](data, tuple(data.get("cites", ())), people)


def _reference(data: Mapping[str, Any]) -> Reference:
    identifiers = data.get("identifiers", {})
    authors = tuple(Author(a.get("family"), a.get("given"), a.get("name")) for a in data.get("authors", ()))
    fields = ("source", "url", "year", "date", "journal", "publisher", "volume", "issue", "pages", "accessed")
    return Reference(data["id"], data["title"], authors=authors,
                     **{key: data.get(key) for key in fields},
                     **{key: identifiers.get(key) for key, _ in IDENTIFIER_LABELS})


def _section(data: Mapping[str, Any], people: People) -> Section:
    return Section(data["id"], data["title"], tuple(_block(block, people) for block in data["blocks"]),
                   tuple(_section(sub, people) for sub in data.get("sections", ())))


def build_article(article_id: str, data: Mapping[str, Any]) -> Article:
    """Build the article from the validated data of its files, by kind (article and sections required)."""
    meta = data["article"]
    body = data["sections"]
    tables = data.get("tables", {"tables": []})
    faq = data.get("faq", {"entries": []})
    refs = data.get("references", {"references": []})
    people = {person["id"]: person for person in data.get("people", {"people": []})["people"]}
    cta = meta.get("call_to_action")
    return Article(
        id=article_id,
        title=meta["title"],
        language=meta["language"],
        headline=meta.get("headline"),
        summary=meta.get("summary"),
        audience=tuple(meta.get("audience", ())),
        about=tuple(Topic(topic["name"], topic["type"]) for topic in meta.get("about", ())),
        authors=tuple(p for p in (_person(a, people) for a in meta.get("authors", ())) if p is not None),
        medical_reviewer=_person(meta.get("medical_reviewer"), people),
        published=meta.get("published"),
        last_reviewed=meta.get("last_reviewed"),
        next_review=meta.get("next_review"),
        canonical_url=meta.get("canonical_url"),
        disclosures=Disclosures(**meta.get("disclosures", {})),
        contact=Contact(**meta["contact"]) if "contact" in meta else None,
        disclaimer=meta.get("disclaimer"),
        call_to_action=None if cta is None else CallToAction(cta["text"], cta.get("heading"), cta.get("label"),
                                                             cta.get("url")),
        editorial_notes=tuple(EditorialNote(n["id"], n["text"], n["status"], n.get("label"), n.get("anchor"),
                                            n.get("publishable") == "true")
                              for n in meta.get("editorial_notes", ())),
        sections=tuple(_section(s, people) for s in body["sections"]),
        tables=tuple(Table(t["id"], t["title"], tuple(t["columns"]), tuple(tuple(r) for r in t["rows"]))
                     for t in tables["tables"]),
        faq_title=faq.get("title"),
        faq=tuple(FaqEntry(e["id"], e["question"], e["answer"], tuple(e.get("sections", ())),
                           tuple(e.get("references", ()))) for e in faq["entries"]),
        references_title=refs.get("title"),
        references=tuple(_reference(r) for r in refs["references"]),
    )
