"""The shipped article carries the seed word for word, in the seed's order, and invents nothing."""

from __future__ import annotations

from pathlib import Path

from alsinfo.model import Article, CaseStudy, DefinitionList, FaqBlock, Paragraph, Quote, Section, TableBlock
from tests.helpers import load_article

FIXTURE = Path(__file__).parent / "fixtures" / "stem-cell-therapy-in-als.txt"
SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "stem-cell-therapy-in-als.txt"
# The seed's last line is the close glyph of the page's appointment pop-up, not text.
NOT_TEXT = {"\u00d7"}  # MULTIPLICATION SIGN


def seed_lines() -> list[str]:
    lines = [line.strip() for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and line not in NOT_TEXT]


def reconstruct(article: Article) -> list[str]:
    """The article's text as the seed lays it out: one published line per seed line."""
    tables = {table.id: table for table in article.tables}
    faq = {entry.id: entry for entry in article.faq}
    out = [article.title, article.headline or ""]

    def section(node: Section) -> None:
        out.append(node.title)
        for block in node.blocks:
            if isinstance(block, Paragraph):
                out.append(block.text)
            elif isinstance(block, DefinitionList):
                out.extend(f"{item.term}: {item.definition}" for item in block.items)
            elif isinstance(block, Quote):
                out.append(f"{block.lead_in}: “{block.text}”")
            elif isinstance(block, CaseStudy):
                out.append(f"{block.title}: {block.paragraphs[0]}")
                out.extend(block.paragraphs[1:])
            elif isinstance(block, TableBlock):
                table = tables[block.table_id]
                out.extend([table.title, " ".join(table.columns), *(" ".join(row) for row in table.rows)])
            elif isinstance(block, FaqBlock):
                for entry_id in block.entry_ids or list(faq):
                    out.extend([faq[entry_id].question, faq[entry_id].answer])
        for sub in node.sections:
            section(sub)
        out.extend(f"{note.label}: {note.text}" for note in article.editorial_notes if note.anchor == node.id)

    for top in article.sections:
        section(top)
    out.append(article.references_title or "")
    for ref in article.references:
        out.extend([f"{ref.source}: {ref.title}", ref.url])
    cta = article.call_to_action
    assert cta is not None
    out.extend([cta.heading or "", cta.text, cta.label or ""])
    return out


# The SHA-256 of ../shared/seed/stem-cell-therapy-in-als.txt, the source as the publisher gave it:
# the copy kept here must be that text, byte for byte, whether or not the source is beside the checkout.
SEED_SHA256 = "8a12f041eeea6896d53a2a4cf2b77b0cf03a3680afb7c44ba6fdd048437202c0"


def test_fixture_is_the_shared_seed() -> None:
    import hashlib

    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == SEED_SHA256
    if SHARED_SEED.exists():
        assert FIXTURE.read_bytes() == SHARED_SEED.read_bytes()


def test_every_seed_line_word_for_word_in_order() -> None:
    assert reconstruct(load_article()) == seed_lines()


def test_every_table_cell_is_a_whole_cell() -> None:
    article = load_article()
    assert [table.id for table in article.tables] == ["stem-cell-therapy-comparison", "application-methods-comparison"]
    for table in article.tables:
        for row in (table.columns, *table.rows):
            assert len(row) == len(table.columns)
            for cell in row:
                assert cell == cell.strip() and cell
    assert article.tables[1].rows[1] == ("Intravenous", "Systemic Circulation", "Easy application, low risk",
                                         "General inflammation control")


def test_counts_the_issue_names() -> None:
    article = load_article()
    blocks = [block for section in article.all_sections() for block in section.blocks]
    assert len(article.faq) == 6
    assert len(article.references) == 4
    assert sum(isinstance(block, Quote) for block in blocks) == 2
    assert all(block.attribution and block.attribution.name == "Prof. Dr. Erdinç Özek"
               for block in blocks if isinstance(block, Quote))
    assert sum(isinstance(block, CaseStudy) for block in blocks) == 1
    assert [ref.url for ref in article.references] == [
        "https://clinicaltrials.gov/search?cond=Amyotrophic%20Lateral%20Sclerosis&term=Stem%20Cell",
        "https://www.nature.com/nrneurol/",
        "https://pubmed.ncbi.nlm.nih.gov/24703173/",
        "https://www.frontiersin.org/articles/10.3389/fnagi.2020.00160/full",
    ]


def test_repeated_headings_are_distinct_sections() -> None:
    article = load_article()
    ids = [section.id for section in article.all_sections()]
    assert len(ids) == len(set(ids))
    titles = [section.title for section in article.all_sections()]
    repeated = {title for title in titles if titles.count(title) == 2}
    assert "How is ALS Stem Cell Therapy Administered? Process and Protocols" in repeated
    assert len(repeated) == 6


def test_nothing_the_seed_does_not_give_is_invented() -> None:
    article = load_article()
    assert article.authors == ()
    assert article.medical_reviewer is None
    assert article.published is None and article.last_reviewed is None
    assert article.disclaimer is None and article.summary is None


def test_analysis_note_is_kept_as_a_private_editorial_note() -> None:
    article = load_article()
    (note,) = article.editorial_notes
    assert note.label == "Analysis Note" and note.status == "open" and not note.publishable
    assert note.text.startswith("Instead of the “miraculous cure” promises")
