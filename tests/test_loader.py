"""The strict loader: every rejection names the file, line and column; scalars stay text."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsinfo.loader import Position, load_bytes, load_file, read_bounded


def only_problem(raw: bytes) -> tuple[str, int, int, str]:
    result = load_bytes(raw, "doc.yaml")
    assert result.document is None
    assert len(result.problems) >= 1
    problem = result.problems[0]
    assert problem.file == "doc.yaml"
    return problem.rule, problem.line, problem.column, problem.message


def test_plain_scalars_stay_the_text_that_was_written() -> None:
    raw = b"a: no\nb: 2024-01-01\nc: 1.10\nd: 017\ne: ~\nf: null\ng: true\nh: 0x1F\ni: 1e3\nj:\n"
    result = load_bytes(raw, "doc.yaml")
    assert result.problems == ()
    assert result.document is not None
    assert result.document.data == {"a": "no", "b": "2024-01-01", "c": "1.10", "d": "017", "e": "~",
                                    "f": "null", "g": "true", "h": "0x1F", "i": "1e3", "j": ""}


def test_positions_point_at_values_and_keys() -> None:
    result = load_bytes(b"top:\n  list:\n    - one\n    - two: 2\n", "doc.yaml")
    assert result.document is not None
    document = result.document
    assert document.locate(("top", "list", 1, "two")) == Position(4, 12)
    assert document.locate(("top", "list", 1, "two"), key=True) == Position(4, 7)
    assert document.locate(("top", "list", 0)) == Position(3, 7)
    # An unknown path falls back to its nearest known ancestor.
    assert document.locate(("top", "list", 0, "missing")) == Position(3, 7)


def test_duplicate_key_names_both_lines() -> None:
    rule, line, column, message = only_problem(b"title: a\nlanguage: en\ntitle: b\n")
    assert (rule, line, column) == ("L106", 3, 1)
    assert "duplicate key 'title'" in message and "line 1" in message


def test_non_string_key() -> None:
    rule, line, _, message = only_problem(b"title: a\n? [x, y]\n: z\n")
    assert (rule, line) == ("L107", 2)
    assert "key must be plain text" in message


def test_flow_mapping_as_key() -> None:
    rule, line, _, _ = only_problem(b"{a: 1}: b\n")
    assert (rule, line) == ("L107", 1)


def test_anchor_and_alias() -> None:
    result = load_bytes(b"a: &name text\nb: *name\n", "doc.yaml")
    assert [(p.rule, p.line, p.column) for p in result.problems] == [("L108", 1, 4), ("L108", 2, 4)]
    assert "anchor '&name'" in result.problems[0].message
    assert "alias '*name'" in result.problems[1].message


@pytest.mark.parametrize("raw, shown", [
    (b"a: !!python/object/apply:os.system ['ls']\n", "!!python/object/apply:os.system"),
    (b"a: !!set {x, y}\n", "!!set"),
    (b"a: !!binary aGVsbG8=\n", "!!binary"),
    (b"a: !!str 1\n", "!!str"),
    (b"a: !custom x\n", "!custom"),
])
def test_any_tag_is_refused(raw: bytes, shown: str) -> None:
    rule, line, column, message = only_problem(raw)
    assert (rule, line, column) == ("L109", 1, 4)
    assert shown in message


def test_several_documents() -> None:
    rule, line, _, message = only_problem(b"a: 1\n---\nb: 2\n")
    assert (rule, line) == ("L110", 2)
    assert "second YAML document" in message


@pytest.mark.parametrize("raw", [b"", b"\n\n", b"# only a comment\n", b"---\n", b"\xef\xbb\xbf"])
def test_empty_file(raw: bytes) -> None:
    rule, line, _, message = only_problem(raw)
    assert (rule, line) == ("L104", 1)
    assert "empty" in message


def test_deep_nesting_is_refused_without_crashing() -> None:
    rule, line, column, message = only_problem(b"[" * 100)
    assert (rule, line, column) == ("L111", 1, 65)
    assert "nested more than 64 levels" in message
    rule, line, _, message = only_problem(b"[" * 100_000)
    assert (rule, line) == ("L111", 1)
    assert "nested more than 64 levels" in message
    rule, line, _, _ = only_problem(b"a:\n" + b"".join(b"  " * n + b"- \n" for n in range(1, 300)))
    assert rule == "L111"


def test_nesting_within_the_bound_is_fine() -> None:
    assert load_bytes(b"[" * 60 + b"]" * 60, "doc.yaml").document is not None


def test_invalid_utf8_names_line_and_column() -> None:
    rule, line, column, message = only_problem(b"title: ok\nanswer: caf\xe9\n")
    assert (rule, line, column) == ("L102", 2, 12)
    assert "0xe9" in message and "UTF-8" in message


def test_utf8_bom_is_accepted() -> None:
    result = load_bytes(b"\xef\xbb\xbftitle: ok\n", "doc.yaml")
    assert result.document is not None and result.document.data == {"title": "ok"}


@pytest.mark.parametrize("char, code", [(b"\x00", "U+0000"), (b"\x1b", "U+001B"), (b"\x7f", "U+007F"),
                                        ("\u009b".encode(), "U+009B")])
def test_raw_control_characters_are_refused(char: bytes, code: str) -> None:
    rule, line, column, message = only_problem(b"title: ok\nanswer: a" + char + b"b\n")
    assert (rule, line, column) == ("L103", 2, 10)
    assert code in message


def test_escaped_control_characters_in_quoted_strings_are_data() -> None:
    result = load_bytes(b'answer: "red \\x1b[31m text"\n', "doc.yaml")
    assert result.document is not None
    assert result.document.data == {"answer": "red \x1b[31m text"}


def test_syntax_error_has_a_position() -> None:
    rule, line, column, message = only_problem(b"title: ok\nanswer: [unclosed\n")
    assert rule == "L105" and line >= 2 and column >= 1
    assert message.startswith("YAML syntax error:")


def test_an_unclosed_quotation_is_found_where_it_opens_not_at_the_end_of_the_file() -> None:
    rule, line, column, message = only_problem(b'sections:\n- id: intro\n  title: "Unclosed\n  blocks: []\n\n')
    assert (rule, line, column) == ("L105", 3, 10)
    assert "while scanning a quoted scalar that starts here" in message


@pytest.mark.parametrize("text, where", [(b"[", (1, 2)), (b"title: x\nlanguage: en\naudience: [", (3, 12)),
                                         (b"title: x\r\naudience: [\r\n", (2, 12))])
def test_a_bracket_left_open_is_reported_on_the_last_line_not_past_it(text: bytes, where: tuple[int, int]) -> None:
    rule, line, column, message = only_problem(text)
    assert (rule, (line, column)) == ("L105", where) and "the file ends before it is closed" in message


def test_a_tab_that_indents_is_named() -> None:
    rule, line, _, message = only_problem(b"sections:\n\t- id: intro\n")
    assert (rule, line) == ("L105", 2) and "a tab: YAML is indented with spaces" in message


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "faq.yaml"
    big.write_bytes(b"a: " + b"x" * 5000 + b"\n")
    result = load_file(big, "faq.yaml", max_bytes=1000)
    assert [p.rule for p in result.problems] == ["L101"]
    assert "larger than 1000 bytes" in result.problems[0].message


def test_unreadable_file(tmp_path: Path) -> None:
    result = load_file(tmp_path / "missing.yaml", "missing.yaml")
    assert [p.rule for p in result.problems] == ["L112"]
    assert "cannot be read" in result.problems[0].message


def test_top_level_list_loads_and_is_left_to_the_schema() -> None:
    result = load_bytes(b"- a\n- b\n", "doc.yaml")
    assert result.document is not None and result.document.data == ["a", "b"]


def test_reading_is_bounded_by_the_limit_not_by_the_file(tmp_path: Path) -> None:
    small, large = tmp_path / "small.yaml", tmp_path / "large.yaml"
    small.write_bytes(b"a: b\n")
    large.write_bytes(b"x" * 5000)
    assert read_bounded(small, limit=100) == b"a: b\n"
    assert read_bounded(large, limit=100) == b"x" * 101  # one more than allowed: too large
    assert read_bounded(large, limit=5000) == b"x" * 5000
