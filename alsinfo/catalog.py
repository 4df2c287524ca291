"""Every check alsinfo can report, structural and editorial, with its documentation page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from alsinfo.problems import ProblemKind, Severity


class CheckInfo(NamedTuple):
    id: str
    name: str
    severity: Severity
    summary: str
    doc: str
    options: Mapping[str, Any] = {}
    editorial: bool = False  # an editorial rule (HC), which configuration can select, ignore and tune
    languages: tuple[str, ...] | None = None  # the languages a rule can judge (primary subtags); None: any


def structural_kinds() -> list[ProblemKind]:
    """The loader's, the schemas', the integrity checks' and the suppression notice's problem kinds."""
    from alsinfo import check, editorial, integrity, loader, schemas, suppress, translations

    return [*loader.KINDS, *schemas.KINDS, *integrity.KINDS, *check.KINDS_OF_PROBLEMS, *translations.KINDS,
            suppress.UNUSED, editorial.LANGUAGE_SKIPPED]


# What each structural check means and how to fix it: the page `alsinfo rules ID` prints. Structural
# checks always run (content that fails one cannot be read); only M001 and M002 can be selected or ignored.
_PAGES = {
    "L101": "A content file may be at most 2 MiB: more is never a real article file, and reading it whole would "
            "cost memory. Fix: split the text, or remove a file that is not content.",
    "L102": "Content files are UTF-8 text. A file saved in another encoding (Latin-1, UTF-16) shows which byte "
            "is wrong and where. Fix: save the file as UTF-8 in your editor.",
    "L103": "A raw control character (other than tab and line breaks) can hide text or act on a terminal. "
            "Fix: delete it; it is usually pasted from another program.",
    "L104": "A content file that holds nothing (or only comments) is a mistake. Fix: write its content, or "
            "remove the file if the article does not need it (tables, faq and references are optional).",
    "L105": "The file is not well-formed YAML; the message says what the parser met and where. Fix: check "
            "indentation, colons after keys, and quotes around text that holds ': ' or starts with a symbol.",
    "L106": "A mapping gives the same key twice; YAML would silently keep only one of them. Fix: remove or "
            "rename one of the keys.",
    "L107": "A key is a list or a mapping, where keys must be text. Fix: write the key as plain text.",
    "L108": "Anchors (&name) and aliases (*name) copy content invisibly, and can make a small file enormous. "
            "Fix: write the content out where it is used.",
    "L109": "Tags such as !!python/object ask a YAML loader to build objects; content is text only, and alsinfo "
            "never builds objects from YAML. Fix: remove the tag.",
    "L110": "The file holds more than one YAML document (separated by ---). Fix: keep one document per file.",
    "L111": "Lists and mappings are nested deeper than content ever needs. Fix: flatten the structure.",
    "L112": "The file cannot be read: it is not a regular file (a folder, a device, a broken link) or the system "
            "refused to read it. Fix: replace it with a plain text file, or fix its permissions.",
    "S200": "The content breaks a rule of its schema that has no code of its own; the message says which. "
            "Fix: see the schema under schemas/ for the part named by the JSON path.",
    "S201": "A key the schema requires is missing. Fix: add it; the message names it.",
    "S202": "A key the schema does not know, often a misspelling ('questoin'). Fix: correct or remove it; "
            "the message suggests the nearest known key.",
    "S203": "A value has the wrong type: a list where text is expected, a number without quotes. Fix: give the "
            "type the message names.",
    "S204": "A value is not one the schema allows (a block type, a severity, a language code). Fix: use one of "
            "the values the message lists.",
    "S205": "A value does not have the form its schema gives it (an id, a date, a URL, an identifier such as a "
            "PMID). Fix: write it in the form the message describes.",
    "S206": "A text or list is empty, too short or too long. Fix: fill it in, or remove the key if it is optional.",
    "I301": "Every section, table, FAQ entry, reference and editorial note of an article needs its own id, since "
            "links name them. Fix: rename one of the two; the message says where the first one is.",
    "I302": "A link (a section's table or FAQ, a block's citation, an FAQ entry's sections or references, a "
            "note's anchor) names an id that does not exist. Fix: correct the id; the message suggests the nearest.",
    "I303": "A table row has more or fewer cells than the table has columns, so a reader would see values under "
            "the wrong heading. Fix: add or remove cells.",
    "I304": "Every article needs article.yaml and sections.yaml. Fix: add the file.",
    "I305": "An article folder holds a file or folder that is not content (a misspelt name such as faqs.yaml, a "
            "draft): its content would be silently ignored. Fix: rename it to a content file's name, move it "
            "out of the folder, or hide it (a name starting with '.').",
    "I306": "A date that is not on the calendar, such as 2026-02-30. Fix: correct the date.",
    "I307": "A publication or review date lies in the future: a reader would be told the page was reviewed on a "
            "day that has not come. Fix: give the real date.",
    "I308": "The last review is dated before the first publication. Fix: correct one of the dates.",
    "I309": "Inline markup that readers must never get live: a link to anything but a web address (javascript:, "
            "a relative path, a URL with spaces, quotes or angle brackets), raw HTML such as <b> or <script>, or "
            "a citation marker with no id ([@]). Such a link is shown as its words only and HTML as the "
            "characters written. Fix: use [words](https://...), *emphasis*, **strong** and [@reference-id] "
            "(docs/authoring.md lists what text fields may hold).",
    "I310": "An image block's file is not in the article folder, cannot be read, is larger than 2 MB, or is not "
            "a PNG, JPEG, GIF or WebP image judged by its bytes (a renamed file is caught; SVG is not accepted "
            "since it can carry scripts). Fix: put the image beside the content files, in one of those formats.",
    "I311": "A table or FAQ entry that no block in sections.yaml places: readers find it only where an export "
            "puts it at the end of the page. Fix: place it with `- type: table` / `- type: faq` where it belongs, "
            "or remove it.",
    "I312": "An image file in the article folder that no image block shows. Fix: show it with `- type: image`, "
            "or remove the file.",
    "I313": "A text holds a control character (an escape sequence, a bell), a bidirectional override or a "
            "zero-width character, written as a YAML escape (\\e, \\u202e): readers do not see it, but a terminal "
            "or a page acts on it, and an override can make a dose read backwards. Fix: remove it.",
    "T301": "A translation (content/ID/LANG/) differs from its source in shape: an id the source lacks, a table "
            "with other numbers of columns or rows, or a section whose blocks are of other types or in another "
            "order. Fix: a translation has the source's sections, FAQ entries, tables and references, with the "
            "same ids, shapes and block order; only the words change.",
    "T302": "A number in a translated item (a section, an FAQ entry, a table row) is not one its source item has: a "
            "dose, an interval or a count that changed in translation is a safety problem. Numbers are compared "
            "after each language's format ('1,5' is 1.5 in German; Arabic-Indic digits count as digits). Fix: "
            "give the source's numbers.",
    "T303": "The source changed since the translation was marked current (`alsinfo translations mark`), or it "
            "never was. Fix: bring the translation up to date, then mark it: `alsinfo translations mark --article "
            "ID LANG [ITEM-ID...]`. `alsinfo translations` lists what is stale.",
    "T304": "A section, FAQ entry, table or reference of the source that the translation lacks (a warning; with "
            "--strict it fails the run). Fix: translate it, or accept the gap knowingly.",
    "T305": "The translation's `language` is not the tag its folder is named by (content/ID/de/ must say "
            "`language: de`). Fix: make them the same.",
    "T306": "The translation's lock (translation.lock) cannot be read as a lock alsinfo wrote: it was edited by "
            "hand, or damaged. Fix: write it again with `alsinfo translations mark`.",
    "M002": "Editorial rules that judge prose by its words (HC101, HC201, HC202, HC305: English word lists and "
            "an English readability formula) did not run on an article or translation in another language; "
            "one notice says which. Fix: nothing to fix; the structural checks and the other rules ran.",
    "M001": "A suppression comment (# alsinfo: ignore[ID]) that suppresses nothing: the problem was fixed, or "
            "the comment is on the wrong line. Fix: remove the comment, or move it to the line it is meant for.",
}


def all_checks() -> list[CheckInfo]:
    """Every check, structural and editorial, in id order, each with its page."""
    from alsinfo.rules import registry

    found = [CheckInfo(kind.rule, kind.name, kind.severity, kind.summary, f"{kind.summary}\n\n{_PAGES[kind.rule]}",
                       editorial=kind.rule in ("M001", "M002"))
             for kind in structural_kinds()]
    found.extend(CheckInfo(rule.id, rule.name, rule.severity, rule.summary, rule.doc, rule.options, editorial=True,
                           languages=rule.languages)
                 for rule in registry().values())
    return sorted(found, key=lambda info: info.id)
