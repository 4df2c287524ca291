"""Walk the public article in reading order; exporters turn each step into their own markup."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from alsinfo.model import Article, Block, FaqBlock, FaqEntry, Section, Table, TableBlock


class SectionStart(NamedTuple):
    section: Section
    level: int  # 1 for top-level sections


class SectionEnd(NamedTuple):
    section: Section
    level: int


class BlockStep(NamedTuple):
    block: Block
    level: int


class TableStep(NamedTuple):
    table: Table
    level: int


class FaqStep(NamedTuple):
    entries: list[tuple[int, FaqEntry]]
    level: int


Step = SectionStart | SectionEnd | BlockStep | TableStep | FaqStep


def steps(article: Article) -> Iterator[Step]:
    """Sections, blocks, placed tables and FAQ entries, in reading order. Editorial notes are not public."""
    tables = {table.id: table for table in article.tables}

    def walk(section: Section, level: int) -> Iterator[Step]:
        yield SectionStart(section, level)
        for block in section.blocks:
            if isinstance(block, TableBlock):
                yield TableStep(tables[block.table_id], level)
            elif isinstance(block, FaqBlock):
                yield FaqStep(article.faq_entries(block), level)
            else:
                yield BlockStep(block, level)
        for sub in section.sections:
            yield from walk(sub, level + 1)
        yield SectionEnd(section, level)

    for section in article.sections:
        yield from walk(section, 1)
