"""Rich renderables for the reader views. Content text is always wrapped in Text, never parsed as markup."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from alsinfo.model import (
    Article,
    Callout,
    CaseStudy,
    DefinitionList,
    FaqBlock,
    FaqEntry,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Reference,
    Section,
    Table,
    TableBlock,
)
from alsinfo.render.safe import printable
from alsinfo.render.views import renderer
from alsinfo.search import Hit

if TYPE_CHECKING:
    from alsinfo.labels import Labels

SNIPPET_CONTEXT = 60


def safe(text: str, style: str = "") -> Text:
    """Content text as a Text: never markup, never emoji codes, control characters escaped."""
    return Text(printable(text), style=style)


def _line(*parts: tuple[str, str]) -> Text:
    out = Text()
    for text, style in parts:
        out.append(printable(text), style=style)
    return out


class Hanging:
    """Text wrapped to the width with a hanging indent: its first line starts ``first`` columns in,
    the lines after it ``rest`` columns in, so a wrapped entry stays one entry on a narrow terminal.
    Nothing is cut: a word longer than the width (a URL) is kept whole and runs past the edge."""

    def __init__(self, text: Text, first: int = 0, rest: int = 4) -> None:
        self.text, self.first, self.rest = text, first, rest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(12, options.max_width - self.rest)
        for number, line in enumerate(self.text.divide(_breaks(self.text.plain, width))):
            line.rstrip()
            out = Text(" " * (self.first if number == 0 else self.rest)) + line
            yield from out.render(console)  # as segments: a Text would be cut at the width again
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(options.max_width, 12 + self.rest), len(self.text) + self.first)


def _breaks(plain: str, width: int) -> list[int]:
    """Where to break ``plain`` into lines of at most ``width`` columns, at spaces only: a word
    longer than the width (a URL) keeps a line of its own, whole (Rich would fold or cut it)."""
    import re

    breaks, start = [], 0
    for word in re.finditer(r"\S+", plain):
        if word.start() > start and word.end() - start > width:
            breaks.append(word.start())
            start = word.start()
    return breaks


def _heading(title: str, ident: str | None, level: int) -> Text:
    style = {1: "bold underline", 2: "bold"}.get(level, "bold italic")
    heading = _line((title, style))
    if ident:
        heading.append(f"  [{printable(ident)}]", style="dim")
    return heading


class AdaptiveTable:
    """A comparison table that fits the width: cells wrap, nothing is cut, and when the columns
    cannot fit even with every cell wrapped at word boundaries, each row becomes a block of its own."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def grid(self) -> RenderableType:
        from rich import box
        from rich.table import Table as RichTable

        grid = RichTable(title=safe(self.table.title, "bold"), box=box.ROUNDED, show_lines=True,
                         title_justify="left")
        for column in self.table.columns:
            grid.add_column(safe(column, "bold"), overflow="fold")
        for row in self.table.rows:
            grid.add_row(*(safe(cell) for cell in row))
        return grid

    def stacked(self) -> RenderableType:
        parts: list[RenderableType] = [safe(self.table.title, "bold")]
        for row in self.table.rows:
            parts.append(Text())
            parts.append(_line((f"{self.table.columns[0]}: ", "dim"), (row[0], "bold")))
            for column, cell in zip(self.table.columns[1:], row[1:], strict=True):
                parts.append(Hanging(_line((f"{column}: ", "dim"), (cell, "")), 2, 4))
        return Group(*parts)

    def min_width(self) -> int:
        """The narrowest grid in which no word is broken: each column as wide as its longest word,
        plus one space of padding either side and the vertical borders."""
        from rich.cells import cell_len

        widths = [max(cell_len(printable(word)) for text in column for word in text.split() or [""])
                  for column in zip(self.table.columns, *self.table.rows, strict=True)]
        return sum(widths) + 2 * len(widths) + len(widths) + 1

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.grid() if self.min_width() <= options.max_width else self.stacked()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(self.min_width(), options.max_width), options.max_width)


class _View:
    """What rendering one view needs beyond a block: the article and its reference numbers."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.numbers = article.reference_numbers()

    def inline(self, text: str, style: str = "", cites: tuple[str, ...] = ()) -> Text:
        """A text's inline markup as styles; a link's URL shown after its words (a terminal may make
        it clickable, but only ever to a URL the markup check allows); then its citations."""
        from alsinfo.inline import spans  # here, not at start-up: most texts have no markup to parse

        out = Text(style=style)
        for span in spans(text):
            if span.cites:
                out.append(self.markers(span.cites))
                continue
            look = " ".join(part for part in ("italic" if span.em else "", "bold" if span.strong else "") if part)
            if span.href:
                out.append(printable(span.text), style=Style.parse(look or "none") + Style(link=span.href))
                out.append(f" <{span.href}>", style="dim")
            else:
                out.append(printable(span.text), style=look)
        if cites:
            out.append(self.markers(cites))
        return out

    def markers(self, ids: tuple[str, ...]) -> Text:
        known = Article.citation_numbers(self.numbers, ids)
        return Text(f" [{', '.join(map(str, known))}]", style="dim") if known else Text()


def _paragraph(view: _View, block: Paragraph) -> RenderableType:
    return view.inline(block.text, cites=block.cites)


def _definitions(view: _View, block: DefinitionList) -> RenderableType:
    return Group(*[item for definition in block.items for item in (
        safe(definition.term, "bold"),
        Padding(view.inline(definition.definition, cites=definition.cites), (0, 0, 0, 4), expand=False))])


def _quote(view: _View, block: Quote) -> RenderableType:
    parts: list[RenderableType] = []
    if block.lead_in:
        parts.append(safe(f"{block.lead_in}:", "dim"))
    quoted = Text("“", style="italic") + view.inline(block.text, "italic") + Text("”", style="italic")
    parts.append(Padding(quoted, (0, 0, 0, 4), expand=False))
    if block.attribution:
        who = block.attribution
        parts.append(Padding(safe(f"— {who.name}" + (f", {who.credentials}" if who.credentials else "")),
                             (0, 0, 0, 4), expand=False))
    return Group(*parts)


def _case_study(view: _View, block: CaseStudy) -> RenderableType:
    from rich.panel import Panel

    body = Group(*[item for paragraph in block.paragraphs for item in (view.inline(paragraph), Text())][:-1])
    return Panel(body, title=safe(block.title, "bold"), title_align="left", expand=False)


def _list(view: _View, block: ListBlock) -> RenderableType:
    lines: list[RenderableType] = []
    for number, item in enumerate(block.items, start=1):
        marker = f"{number}. " if block.ordered else "• "
        lines.append(Hanging(Text(marker) + view.inline(item.text), 0, len(marker)))
        for sub_number, sub in enumerate(item.items, start=1):
            sub_marker = f"{sub_number}. " if block.ordered else "◦ "
            lines.append(Hanging(Text(sub_marker) + view.inline(sub), len(marker), len(marker) + len(sub_marker)))
    if block.cites:
        lines.append(view.markers(block.cites))
    return Group(*lines)


CALLOUT_STYLES = {"warning": "bold red", "note": "bold blue", "tip": "bold green", "seek-help": "bold red"}


def _labels(article: Article) -> Labels:
    from alsinfo.labels import labels_for

    return labels_for(article.language)


def _callout(view: _View, block: Callout) -> RenderableType:
    from rich.panel import Panel

    style = CALLOUT_STYLES[block.kind]
    title = safe(block.title or _labels(view.article).callout(block.kind), style)
    return Panel(view.inline(block.text, cites=block.cites), title=title, title_align="left",
                 border_style=style.replace("bold ", ""), expand=False)


def _image(view: _View, block: Image) -> RenderableType:
    word = _labels(view.article).terminal[1]
    parts: list[RenderableType] = [_line((f"{word}: ", "dim"), (block.alt, "italic"), (f"  ({block.file})", "dim"))]
    below = " ".join(text for text in (block.caption, block.credit) if text)
    if below:
        parts.append(Padding(safe(below, "dim"), (0, 0, 0, 2), expand=False))
    return Group(*parts)


def _table_block(view: _View, block: TableBlock) -> RenderableType:
    (table,) = [table for table in view.article.tables if table.id == block.table_id]
    return AdaptiveTable(table)


def _faq_block(view: _View, block: FaqBlock) -> RenderableType:
    return _spaced(_faq_entry(number, entry, view) for number, entry in view.article.faq_entries(block))


_BLOCKS: dict[type, Callable[[_View, Any], RenderableType]] = {
    Paragraph: _paragraph, DefinitionList: _definitions, Quote: _quote, CaseStudy: _case_study, ListBlock: _list,
    Callout: _callout, Image: _image, TableBlock: _table_block, FaqBlock: _faq_block,
}


def _faq_entry(number: int, entry: FaqEntry, view: _View) -> RenderableType:
    question = _line((f"{number}. ", "bold"), (entry.question, "bold"))
    question.append(f"  [{printable(entry.id)}]", style="dim")
    return Group(Hanging(question, 0, 3),
                 Padding(view.inline(entry.answer, cites=entry.references), (0, 0, 0, 3), expand=False))


def _spaced(items: Iterable[RenderableType]) -> Group:
    """Renderables with a blank line between each."""
    out: list[RenderableType] = []
    for item in items:
        if out:
            out.append(Text())
        out.append(item)
    return Group(*out)


def _section_parts(view: _View, section: Section, level: int) -> Iterator[RenderableType]:
    yield _heading(section.title, section.id, level)
    for block in section.blocks:
        yield _BLOCKS[type(block)](view, block)
    for sub in section.sections:
        yield from _section_parts(view, sub, level + 1)


def _reference(number: int, reference: Reference) -> RenderableType:
    """A numbered reference: its title hanging under its number, then its authors and where it
    appeared, URL and identifiers, each wrapped under its label, URLs kept whole (they may run past the edge)."""
    indent = len(f"{number}. ")
    lines: list[RenderableType] = [Hanging(_line((f"{number}. ", "bold"), (reference.title, "bold")), 0, indent)]
    structured = bool(reference.authors or reference.journal or reference.year or reference.date)
    details = [("Details" if structured else "Source",
                reference.details() if structured else reference.container()),
               ("URL", reference.url), *reference.identifiers(), ("Accessed", reference.accessed)]
    lines.extend(Hanging(_line((f"{label}: ", "dim"), (value, "")), indent, indent + 2)
                 for label, value in details if value)
    return Group(*lines)


@renderer("faq", "text")
def faq_text(article: Article, entries: list[tuple[int, FaqEntry]], query: str | None,
             answers: bool = True) -> RenderableType:
    if answers:
        view = _View(article)
        return _spaced(_faq_entry(number, entry, view) for number, entry in entries)
    lines: list[RenderableType] = [safe(article.faq_title or _labels(article).questions, "bold")]
    for number, entry in entries:
        line = _line((f"{number:>2}. ", "bold"), (entry.question, ""))
        line.append(f"  [{printable(entry.id)}]", style="dim")
        lines.append(Hanging(line, 0, 4))
    return Group(*lines)


@renderer("table", "text")
def table_text(article: Article, tables: list[Table]) -> RenderableType:
    numbers = {table.id: number for number, table in enumerate(article.tables, start=1)}
    word = _labels(article).terminal[0]
    return _spaced(Group(_line((f"{word} {numbers[table.id]}  ", "bold"), (f"[{table.id}]", "dim")),
                         AdaptiveTable(table)) for table in tables)


@renderer("sections", "text")
def sections_text(article: Article) -> RenderableType:
    from rich.tree import Tree

    tree = Tree(safe(article.title, "bold"))
    numbers = {section.id: number for number, section in enumerate(article.all_sections(), start=1)}

    def add(branch: Tree, sections: tuple[Section, ...]) -> None:
        for section in sections:
            label = _line((f"{numbers[section.id]}. ", "bold"), (section.title, ""))
            label.append(f"  [{printable(section.id)}]", style="dim")
            add(branch.add(label), section.sections)

    add(tree, article.sections)
    return tree


@renderer("section", "text")
def section_text(article: Article, section: Section) -> RenderableType:
    return _spaced(_section_parts(_View(article), section, 1))


@renderer("refs", "text")
def refs_text(article: Article) -> RenderableType:
    title = safe(article.references_title or _labels(article).references, "bold")
    return _spaced([title, *(_reference(n, ref) for n, ref in article.numbered_references())])


def _snippet(hit: Hit) -> Text:
    # About SNIPPET_CONTEXT characters either side, widened to whole words: never 'herapy'.
    start = max(0, hit.start - SNIPPET_CONTEXT)
    while start > 0 and not hit.text[start - 1].isspace():
        start -= 1
    end = min(len(hit.text), hit.end + SNIPPET_CONTEXT)
    while end < len(hit.text) and not hit.text[end].isspace():
        end += 1
    before, match, after = hit.text[start:hit.start], hit.text[hit.start:hit.end], hit.text[hit.end:end]
    snippet = _line(("…" if start > 0 else "", "dim"), (before, ""), (match, "bold reverse"), (after, ""),
                    ("…" if end < len(hit.text) else "", "dim"))
    return snippet


@renderer("search", "text")
def search_text(articles: list[str], query: str, hits: list[Hit]) -> RenderableType:
    if not hits:
        return Group()
    several = len(articles) > 1
    parts: list[RenderableType] = []
    for hit in hits:
        where = _line(*([(f"{hit.article}: ", "bold")] if several else []), (f"{hit.kind} ", "dim"),
                      (hit.id, "bold"), (f" · {hit.field}", "dim"))
        parts.append(Group(where, Padding(_snippet(hit), (0, 0, 0, 2), expand=False)))
    things = len({(hit.article, hit.kind, hit.id) for hit in hits})
    summary = (f"{len(hits)} place{'s' if len(hits) != 1 else ''} in {things} "
               f"{'parts' if things != 1 else 'part'} of ")
    found_in = len({hit.article for hit in hits})
    summary += f"{found_in} of {len(articles)} articles." if several else "the article."
    parts.append(Text(summary, style="bold"))
    return _spaced(parts)


@renderer("show", "text")
def show_text(article: Article) -> RenderableType:
    parts: list[RenderableType] = [_line((article.title, "bold underline"))]
    subtitle = article.subtitle()
    if subtitle:
        parts.append(safe(subtitle, "bold"))
    byline = article.byline()
    if byline:
        parts.append(safe(" · ".join(byline), "dim"))
    if article.summary:
        parts.append(safe(article.summary, "italic"))
    view = _View(article)
    for section in article.sections:
        parts.extend(_section_parts(view, section, 1))
    tables, entries = article.unplaced()
    parts.extend(AdaptiveTable(table) for table in tables)
    if entries:
        parts.append(safe(article.faq_title or _labels(article).questions, "bold underline"))
        parts.extend(_faq_entry(number, entry, view) for number, entry in entries)
    if article.references:
        parts.append(refs_text(article))
    if article.disclaimer:
        parts.append(_line((f"{_labels(article).terminal[2]}: ", "bold"), (article.disclaimer, "")))
    cta = article.call_to_action
    if cta is not None:
        if cta.heading:
            parts.append(safe(cta.heading, "bold underline"))
        parts.append(safe(cta.text))
        if cta.label:
            parts.append(_line(("→ ", "bold"), (cta.label, "bold"), (f" ({cta.url})" if cta.url else "", "dim")))
    return _spaced(parts)


@renderer("rules", "text")
def rules_text(rules: list[Any], detail: bool = False) -> RenderableType:
    if detail:
        return _spaced(_rule_doc(rule) for rule in rules)
    return _RuleList(rules)


class _RuleList:
    """The list of checks: one row each (id, name, severity, summary) where the terminal is wide
    enough, else each check's id, name and severity on a line and its summary hanging below."""

    def __init__(self, rules: list[Any]) -> None:
        self.rules = rules

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.table import Table as Grid

        widths = [max(len(getattr(rule, field) if field != "severity" else rule.severity.value) for rule in self.rules)
                  for field in ("id", "name", "severity")]
        if sum(widths) + 6 + 30 <= options.max_width:  # the summary keeps at least 30 columns
            grid = Grid.grid(padding=(0, 2))
            for _ in range(3):
                grid.add_column(no_wrap=True)
            grid.add_column()
            for rule in self.rules:
                grid.add_row(Text(rule.id, style="bold"), Text(rule.name), Text(rule.severity.value),
                             Text(rule.summary))
            yield grid
            return
        for rule in self.rules:
            yield _line((rule.id, "bold"), (f" {rule.name} ", ""), (f"({rule.severity.value})", "dim"))
            yield Hanging(Text(rule.summary), 4, 4)


def _reflow(doc: str) -> list[list[str]]:
    """A docstring's paragraphs, each as its lead and its list items ("- …"), prose lines joined so the
    terminal can wrap them; examples (indented) kept as written."""
    paragraphs = []
    for block in doc.split("\n\n"):
        lines = block.splitlines()
        if all(line.startswith("    ") for line in lines if line.strip()):
            paragraphs.append([block])
            continue
        parts: list[list[str]] = []
        for line in lines:
            if line.startswith("- ") or not parts:
                parts.append([])  # a list item starts a line of its own
            parts[-1].append(line.strip())
        paragraphs.append([" ".join(part) for part in parts])
    return paragraphs


def _doc_paragraph(lines: list[str]) -> RenderableType:
    """A paragraph of a rule's documentation: its lead, then each list item wrapped under its own text."""
    return Group(*(Hanging(Text(line), 0, 2) if line.startswith("- ") else Text(line) for line in lines))


def _toml(value: Any) -> str:
    """An option's default as it is written in the configuration file ("true", not "True")."""
    return str(value).lower() if isinstance(value, bool) else repr(value)


def _rule_doc(rule: Any) -> RenderableType:
    heading = _line((f"{rule.id} {rule.name}", "bold"), (f"  ({rule.severity.value})", "dim"))
    parts: list[RenderableType] = [heading, *map(_doc_paragraph, _reflow(rule.doc))]
    if rule.options:
        parts.append(Group(Text("Options:", style="bold"),
                           *(Hanging(Text(f"{name} = {_toml(default)}"), 2, 4)
                             for name, default in rule.options.items())))
    if rule.languages is not None:  # an article in another language is skipped, with one M002 notice
        parts.append(_line(("Languages: ", "bold"), (", ".join(rule.languages), ""),
                           (" (on an article in another language the rule is skipped, with one M002 notice)", "")))
    return _spaced(parts)
