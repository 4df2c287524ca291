"""Property tests: whatever bytes a content file holds, the loader answers with data or problems."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alsinfo.loader import load_bytes

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
