"""Make text from content safe to print: control, bidi and surrogate characters are shown escaped."""

from __future__ import annotations

import re

# C0 controls (tab and newline kept), DEL, C1 controls, bidi embeddings/overrides/isolates,
# zero-width and line/paragraph separators that can disguise text, and lone surrogates.
# Also the invisible format characters that can split a word so no rule sees it ("cu\u00adre"): soft
# hyphen, Arabic letter mark, Mongolian vowel separator and free variation selectors, tag characters.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u2069\ufeff\ud800-\udfff\U000e0000-\U000e007f]")
# Characters Python counts as printable that show nothing (a combining joiner, Hangul fillers): not a
# danger to a terminal, so not escaped, but they hide words from the rules as well (I313).
_BLANK_LETTERS = re.compile("[\u034f\u115f\u1160\u180b-\u180d\u180f\u3164\uffa0]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def hidden_character(text: str) -> str | None:
    """The first character of ``text`` that ``printable`` would escape (tab and newline aside), or a
    blank letter that shows nothing; None when it has neither."""
    found = None if text.isprintable() else _UNSAFE.search(text)
    found = found or _BLANK_LETTERS.search(text)
    return found.group() if found else None


def printable(text: str) -> str:
    """``text`` with every character that could act on a terminal replaced by a visible escape."""
    # Every character escaped is one str.isprintable rejects (controls, format characters,
    # separators, surrogates), so most texts are answered by that one quick C call.
    return text if text.isprintable() else _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """``text`` as ``printable`` makes it, with tabs and line breaks escaped too: for names (of files
    and folders) that a report line quotes, so that no name can end a line and forge the next."""
    return printable(text).replace("\t", "\\x09").replace("\n", "\\x0a")


# JSON escapes C0 controls itself; these would still reach a terminal raw with ensure_ascii=False.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def json_text(data: object, *, indent: int | None = None) -> str:
    """``data`` as JSON: readable UTF-8, but nothing that can act on a terminal left raw."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def dumps_json(data: object, *, indent: int | None = 2) -> str:
    """``data`` as JSON (see json_text) and a final newline."""
    return json_text(data, indent=indent) + "\n"
