"""A new article folder's files, and the schemas editors keep beside their content.

The files carry a schema modeline pointing at ``../_schemas/``: a copy of the schemas in the content
root (``alsinfo schemas --write``), so that an editor's YAML language server finds them wherever
the content lives. The folder starts with an underscore, so it is never taken for an article.
"""

from __future__ import annotations

import re
from pathlib import Path

SCHEMAS_FOLDER = "_schemas"
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
CONTENT_SCHEMAS = ("article", "sections", "tables", "faq", "references", "people", "common")


def modeline(kind: str) -> str:
    return f"# yaml-language-server: $schema=../{SCHEMAS_FOLDER}/{kind}.schema.json\n"


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    import json

    return json.dumps(text, ensure_ascii=False)


def article_files(title: str, language: str = "en") -> dict[str, str]:
    """The two files every article needs, valid as they are, with what to write marked in comments.

    The starting text is an instruction to the editor, never health content: it says what to write.
    """
    return {
        "article.yaml": modeline("article") + (
            f"title: {_quoted(title)}\n"
            f"language: {language}\n"
            "audience:\n- patients\n"
            "# Next: who wrote it and who reviewed it (or `person: ID` from people.yaml at the content root),\n"
            "# when, the disclaimer, who paid and what anyone stands to gain, and how readers reach you.\n"
            "# `alsinfo rules HC001` to `HC009` say what each needs.\n"
            "# authors:\n# - name: ...\n#   credentials: ...\n"
            "# medical_reviewer:\n#   name: ...\n#   credentials: ...\n"
            "# published: YYYY-MM-DD\n# last_reviewed: YYYY-MM-DD\n# next_review: YYYY-MM-DD\n"
            "# disclaimer: ...\n"
            "# disclosures:\n#   funding: ...\n#   conflicts_of_interest: ...\n"
            "# contact:\n#   email: ...\n"),
        "sections.yaml": modeline("sections") + (
            "sections:\n"
            "- id: introduction\n"
            "  title: Introduction\n"
            "  blocks:\n"
            "  - type: paragraph\n"
            "    text: Replace this paragraph with the article's first paragraph.\n"
            "# Blocks: paragraph, list, callout, image, definitions, quote, case_study, table, faq\n"
            "# (docs/authoring.md shows each). Tables go in tables.yaml, questions in faq.yaml and\n"
            "# sources in references.yaml, each with the same modeline as this file.\n"),
    }


def next_steps(folder: str) -> list[str]:
    return [
        f"Write the article's words in {folder}/sections.yaml (replace the first paragraph).",
        f"Add authors, the medical reviewer, dates, the disclaimer, disclosures and a contact to "
        f"{folder}/article.yaml.",
        "Add tables.yaml, faq.yaml and references.yaml as the article needs them.",
        f"Check it: alsinfo validate {folder}",
    ]


def schema_files(schemas_folder: Path) -> dict[str, bytes]:
    """The content schemas by file name, as shipped."""
    return {f"{kind}.schema.json": (schemas_folder / f"{kind}.schema.json").read_bytes() for kind in CONTENT_SCHEMAS}
