"""The one walk over an article's files: every text, id and link, with its JSON path and what it is.

What each kind of block (and each other thing in a content file) holds is declared once, in
``BLOCKS`` and ``ITEMS``: which fields are texts (and whether readers see them as prose, and
whether they may hold inline markup), which are links to other things and to what. The integrity
checks, the editorial rules and search all walk through here, so a new block type is declared in
one place for all of them.

The walk is defensive: it runs on files that may not fit their schema (the integrity checks report
a broken link beside the schema's errors), so it takes only the parts of the expected shape and
leaves the rest to the schema.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from alsinfo.problems import JsonPath

Pattern = tuple[str, ...]  # keys, with "*" for every item of a list


class TextSpec(NamedTuple):
    pattern: Pattern
    role: str  # what readers call it: "paragraph", "list item", "FAQ answer", …
    prose: bool = True  # read by the editorial rules that judge prose (headings and labels are not)
    inline: bool = False  # may hold inline markup (see alsinfo.inline)


class LinkSpec(NamedTuple):
    pattern: Pattern
    target: str  # the kind of file the id is in: "references", "tables", "faq", "sections"


class Spec(NamedTuple):
    texts: tuple[TextSpec, ...] = ()
    links: tuple[LinkSpec, ...] = ()


_CITES = LinkSpec(("cites", "*"), "references")

BLOCKS: dict[str, Spec] = {
    "paragraph": Spec((TextSpec(("text",), "paragraph", inline=True),), (_CITES,)),
    "definitions": Spec((TextSpec(("items", "*", "term"), "term", prose=False),
                         TextSpec(("items", "*", "definition"), "definition", inline=True)),
                        (LinkSpec(("items", "*", "cites", "*"), "references"),)),
    "quote": Spec((TextSpec(("lead_in",), "quote lead-in", prose=False),
                   TextSpec(("text",), "quote", inline=True),
                   TextSpec(("attribution", "name"), "quote attribution", prose=False)),
                  (LinkSpec(("attribution", "person"), "people"),)),
    "case_study": Spec((TextSpec(("title",), "case study title", prose=False),
                        TextSpec(("paragraphs", "*"), "case study", inline=True))),
    "list": Spec((TextSpec(("items", "*"), "list item", inline=True),
                  TextSpec(("items", "*", "text"), "list item", inline=True),
                  TextSpec(("items", "*", "items", "*"), "list item", inline=True)), (_CITES,)),
    "callout": Spec((TextSpec(("title",), "callout title", prose=False),
                     TextSpec(("text",), "callout", inline=True)), (_CITES,)),
    "image": Spec((TextSpec(("alt",), "image description", prose=False),
                   TextSpec(("caption",), "image caption", prose=False),
                   TextSpec(("credit",), "image credit", prose=False))),
    "table": Spec(links=(LinkSpec(("table",), "tables"),)),
    "faq": Spec(links=(LinkSpec(("entries", "*"), "faq"),)),
}

# The other things content files hold, by the kind of file and the list they are in.
ITEMS: dict[str, tuple[str, str, Spec]] = {  # kind of file: (list key, what readers call one, spec)
    "tables": ("tables", "table", Spec((TextSpec(("title",), "table title", prose=False),
                                        TextSpec(("columns", "*"), "column heading", prose=False),
                                        TextSpec(("rows", "*", "*"), "table cell"))),),
    "faq": ("entries", "FAQ entry", Spec((TextSpec(("question",), "FAQ question"),
                                          TextSpec(("answer",), "FAQ answer", inline=True)),
                                         (LinkSpec(("sections", "*"), "sections"),
                                          LinkSpec(("references", "*"), "references")))),
    "references": ("references", "reference", Spec((TextSpec(("title",), "reference title"),))),
    "article": ("editorial_notes", "editorial note", Spec(links=(LinkSpec(("anchor",), "sections"),))),
    "people": ("people", "person", Spec()),
}
SECTION_SPEC = Spec((TextSpec(("title",), "heading"),))
# The article's own fields (article.yaml's top level), with the words around the text: a clinic page's
# sales box is its summary and call to action.
ARTICLE_SPEC = Spec(texts=(TextSpec(("title",), "title"), TextSpec(("headline",), "headline"),
                           TextSpec(("summary",), "summary"),
                           TextSpec(("call_to_action", "heading"), "call to action heading"),
                           TextSpec(("call_to_action", "text"), "call to action"),
                           TextSpec(("call_to_action", "label"), "call to action button")),
                    links=(LinkSpec(("authors", "*", "person"), "people"),
                           LinkSpec(("medical_reviewer", "person"), "people")))


class Text(NamedTuple):
    """A text in a content file."""

    kind: str  # the kind of file
    path: JsonPath
    value: str
    spec: TextSpec
    owner: str  # the id of the section, table, FAQ entry or reference it belongs to ("" if none)
    cites: tuple[str, ...] = ()  # the references its block or entry cites by id (not its inline markers)


class Link(NamedTuple):
    """An id in one place that names a thing in another."""

    kind: str
    path: JsonPath
    target: str
    id: str
    phrase: str | None = None  # for a citation marker inside a text: the words that name the id


class Owned(NamedTuple):
    """A section, block or item: where it is, what it is, its data and the id of what holds it."""

    kind: str
    path: JsonPath
    type: str  # a block's type, "section", or ITEMS' word for the item
    data: dict[str, Any]
    owner: str
    spec: Spec


def items(container: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mappings in ``container[key]`` (a list), with their indexes; nothing when it is not a list."""
    value = container.get(key) if isinstance(container, dict) else None
    return [(index, item) for index, item in enumerate(value) if isinstance(item, dict)] \
        if isinstance(value, list) else []


def sections(data: Any, path: JsonPath = ("sections",)) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every section that is a mapping, depth first in reading order, with its JSON path."""
    for index, section in items(data, "sections"):
        here = (*path, index)
        yield here, section
        yield from sections(section, (*here, "sections"))


def things(kind: str, data: Any) -> Iterator[Owned]:
    """Every section, block and item of one content file, in reading order."""
    if kind == "sections":
        for path, section in sections(data):
            ident = section.get("id")
            owner = ident if isinstance(ident, str) else ""
            yield Owned(kind, path, "section", section, owner, SECTION_SPEC)
            for index, block in items(section, "blocks"):
                block_type = block.get("type")
                if isinstance(block_type, str) and block_type in BLOCKS:
                    yield Owned(kind, (*path, "blocks", index), block_type, block, owner, BLOCKS[block_type])
    elif kind in ITEMS:
        if kind == "article" and isinstance(data, dict):
            yield Owned(kind, (), "article", data, "", ARTICLE_SPEC)
        key, word, spec = ITEMS[kind]
        for index, item in items(data, key):
            item_id = item.get("id")
            yield Owned(kind, (key, index), word, item, item_id if isinstance(item_id, str) else "", spec)


def expand(data: Any, pattern: Pattern, path: JsonPath = ()) -> list[tuple[JsonPath, Any]]:
    """The values at ``pattern`` under ``data``, with their paths."""
    found: list[tuple[JsonPath, Any]] = []
    _expand_into(found, data, pattern, 0, path)
    return found


def _expand_into(found: list[tuple[JsonPath, Any]], data: Any, pattern: Pattern, depth: int, path: JsonPath) -> None:
    # A list filled in place, not generators yielded up through every level: every text of every
    # article is found here, and the walk is the largest cost the rules share.
    if depth == len(pattern):
        found.append((path, data))
        return
    head = pattern[depth]
    if head == "*":
        if isinstance(data, list):
            for index, value in enumerate(data):
                _expand_into(found, value, pattern, depth + 1, (*path, index))
    elif isinstance(data, dict) and head in data:
        _expand_into(found, data[head], pattern, depth + 1, (*path, head))


class Walked(NamedTuple):
    """Every text and every link of some files' data, in reading order within each file."""

    texts: list[Text]
    links: list[Link]


# The last walk, with the data it was of: the integrity checks and several rules walk the same
# files in one check, and a walk is the costliest part of it. The data objects are held, so an
# identity test is exact (no other object can take their ids while they are held).
_last: tuple[tuple[tuple[str, Any], ...], Walked] | None = None


def walked(documents: Mapping[str, Any]) -> Walked:
    """The walk of the files' data (by kind of file), done once for the same data."""
    global _last
    key = tuple(documents.items())
    if _last is not None and len(_last[0]) == len(key) and all(
            kind == other_kind and data is other_data for (kind, data), (other_kind, other_data) in zip(
                key, _last[0], strict=True)):
        return _last[1]
    from alsinfo import inline

    found = Walked([], [])
    for kind, data in key:
        for thing in things(kind, data):
            cites = []
            for spec in thing.spec.links:
                for path, value in expand(thing.data, spec.pattern):
                    if isinstance(value, str):
                        found.links.append(Link(kind, (*thing.path, *path), spec.target, value))
                        if spec.target == "references":
                            cites.append(value)
            for text_spec in thing.spec.texts:
                for path, value in expand(thing.data, text_spec.pattern):
                    if isinstance(value, str):
                        text = Text(kind, (*thing.path, *path), value, text_spec, thing.owner, tuple(cites))
                        found.texts.append(text)
    for text in found.texts:  # the citation markers, after the links by id (as they were reported before)
        if text.spec.inline:
            found.links.extend(Link(text.kind, text.path, "references", ident, f"@{ident}")
                               for ident in inline.cited(text.value))
    _last = (key, found)
    return found


def texts(documents: Mapping[str, Any]) -> list[Text]:
    """Every text of the files' data (by kind of file), in reading order within each file."""
    return walked(documents).texts


def links(documents: Mapping[str, Any]) -> list[Link]:
    """Every link by id in the files' data, inline citation markers included."""
    return walked(documents).links


def ids(kind: str, data: Any) -> Iterator[tuple[JsonPath, str]]:
    """The ids a file defines (sections, tables, FAQ entries, references, editorial notes)."""
    for thing in things(kind, data):
        if thing.type != "article" and (thing.type == "section" or kind in ITEMS) \
                and isinstance(thing.data.get("id"), str):
            yield (*thing.path, "id"), thing.data["id"]


def strings(data: Any, key: str | None = None) -> list[tuple[JsonPath, str]]:
    """Every text anywhere in ``data`` (only those stored under ``key`` in a mapping, "url", when it
    is given), with its path, in document order. A path is built only for containers and for what
    is found, not passed up through every level: most nodes are texts. (The loader refuses nesting
    deeper than ``loader.MAX_DEPTH``, so the recursion is bounded.)"""
    found: list[tuple[JsonPath, str]] = []

    def visit(node: dict[Any, Any] | list[Any], path: JsonPath) -> None:
        pairs = node.items() if isinstance(node, dict) else enumerate(node)
        for name, value in pairs:
            if isinstance(value, str):
                if key is None or name == key:
                    found.append(((*path, name), value))
            elif isinstance(value, dict | list):
                visit(value, (*path, name))

    if isinstance(data, dict | list):
        visit(data, ())
    elif isinstance(data, str) and key is None:
        found.append(((), data))
    return found
