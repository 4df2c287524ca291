"""Property tests: whatever bytes a content file holds, the loader answers with data or problems, and its
fast path (libyaml's composer) agrees with its exact one (the event builder) or leaves the file to it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alsinfo.loader import MAX_DEPTH, _build, _Builder, _compose, load_bytes
from alsinfo.resources import embedded_content_root

YAML_PIECES = st.sampled_from([
    "a", "b: ", "- ", "  ", "\n", ": ", "? ", "&x ", "*x", "!!str ", "!t ", "[", "]", "{", "}", ",", "'", '"',
    "#", "---\n", "...\n", "|\n", ">-\n", "\\x1b", "\t", "\ufeff", "é", "\x00", "%YAML 1.1\n", "<<: ", "~", "no",
])


def check_never_raises(raw: bytes) -> None:
    result = load_bytes(raw, "fuzz.yaml")
    assert (result.document is None) == bool(result.problems)
    for problem in result.problems:
        assert problem.file == "fuzz.yaml"
        assert problem.line >= 1 and problem.column >= 1
        assert problem.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=512))
def test_any_bytes_give_data_or_problems(raw: bytes) -> None:
    check_never_raises(raw)


@settings(max_examples=400, deadline=None)
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_yaml_like_text_gives_data_or_problems(text: str) -> None:
    check_never_raises(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.text(max_size=10), lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(min_size=1, max_size=5), inner, max_size=3), max_leaves=20))
def test_json_documents_round_trip_as_text(value: object) -> None:
    import json

    raw = json.dumps({"root": value}).encode()
    result = load_bytes(raw, "fuzz.yaml")
    # JSON is YAML; strings stay strings (after control-character escapes are decoded).
    if result.document is not None:
        assert result.document.data == {"root": value}


def event_built(text: str) -> tuple[object, dict[object, object], dict[object, object]] | None:
    """What the event builder (the loader's exact, slower path) makes of ``text``, or None if it refuses it."""
    builder = _Builder("fuzz.yaml", MAX_DEPTH)
    _build(builder, text)
    if builder.problems or not builder.has_root or builder.root == "":
        return None
    return builder.root, builder.positions, builder.key_positions


def check_paths_agree(text: str) -> None:
    composed = _compose(text, MAX_DEPTH)
    if composed is None:
        return  # the fast path declined: load_bytes asks the event builder, which decides alone
    data, index = composed
    built = event_built(text)
    assert built is not None and built[0] == data
    _, positions, key_positions = built
    # The node tree answers for every node and key the builder recorded, and has no others.
    assert {path: index.find(path).start for path in positions} == positions
    assert {path: index.find(path).key_start for path in key_positions} == key_positions
    assert count_nodes(data) == (len(positions), len(key_positions))


def count_nodes(value: object) -> tuple[int, int]:
    """How many nodes and how many mapping keys ``value`` has."""
    nodes, keys = 1, 0
    children = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
    keys += len(children) if isinstance(value, dict) else 0
    for child in children:
        more_nodes, more_keys = count_nodes(child)
        nodes, keys = nodes + more_nodes, keys + more_keys
    return nodes, keys


@settings(max_examples=500, deadline=None)
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_the_fast_path_agrees_with_the_event_builder_or_declines(text: str) -> None:
    check_paths_agree(text)


@pytest.mark.parametrize("text", [
    "a: &x 1\nb: 2\n", "a: *x\n", "a: ! x\n", "a: !!str 1\n", "[&a x]\n", "{a: 1, a: 2}\n", "? [a]\n: b\n",
    "a: 1\n---\nb: 2\n", "", "# only a comment\n", "''\n", "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
    "\ufeff&x a", "a: b\u2028&x c\n", "a: b\u2029*x\n", "{\"a\":&x b}",  # found by the property test
])
def test_the_fast_path_declines_what_must_be_reported(text: str) -> None:
    assert _compose(text, MAX_DEPTH) is None


def test_the_fast_path_keeps_prose_with_ampersands_and_exclamations() -> None:
    text = "title: Q&A for R & D!\nitems:\n- Great! Really & truly, 5*3\n"
    assert _compose(text, MAX_DEPTH) is not None
    check_paths_agree(text)


def test_the_fast_path_agrees_on_the_shipped_content() -> None:
    for path in sorted((embedded_content_root()).glob("*/*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert _compose(text, MAX_DEPTH) is not None, path.name
        check_paths_agree(text)
