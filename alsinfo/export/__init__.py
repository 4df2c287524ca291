"""Exporters: the article in formats publishers use, each a module registered here by name.

The registry names each exporter's module so that listing the formats (for `--format`) costs no
import; a module is loaded when its format is used. Adding a format is a module with a
`render(article) -> str` function and one line below.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from alsinfo.model import Article


class Exporter(NamedTuple):
    name: str
    module: str
    description: str
    suffix: str
    shows_images: bool = False  # its output names image files, which must sit beside it

    def render(self, article: Article) -> str:
        function: Callable[[Article], str] = importlib.import_module(self.module).render
        return function(article)


EXPORTERS: dict[str, Exporter] = {exporter.name: exporter for exporter in (
    Exporter("markdown", "alsinfo.export.markdown", "the whole article as Markdown", ".md", shows_images=True),
    Exporter("html", "alsinfo.export.html", "a standalone, accessible HTML page with JSON-LD", ".html",
             shows_images=True),
    Exporter("json", "alsinfo.export.json_article", "the public article as JSON (schemas/output/article.schema.json)",
             ".json"),
    Exporter("jsonld", "alsinfo.export.jsonld", "schema.org JSON-LD: MedicalWebPage and FAQPage", ".jsonld"),
    Exporter("csl-json", "alsinfo.export.csl", "the references as CSL-JSON, for citation managers", ".json"),
)}
