"""Strict YAML loading: bytes to plain data with a position for every node, or problems.

Every scalar stays the text that was written (no YAML 1.1 booleans, dates or octals); anchors,
aliases, tags, duplicate keys, several documents and deep nesting are refused. Nothing raises.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from alsinfo.problems import JsonPath, Problem, ProblemKind, Severity

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64

TOO_LARGE = ProblemKind("L101", "file-too-large", Severity.ERROR, "The file is larger than the size limit.")
NOT_UTF8 = ProblemKind("L102", "not-utf8", Severity.ERROR, "The file is not valid UTF-8 text.")
CONTROL_CHAR = ProblemKind("L103", "control-character", Severity.ERROR, "The file holds a raw control character.")
EMPTY = ProblemKind("L104", "empty-file", Severity.ERROR, "The file holds no content.")
SYNTAX = ProblemKind("L105", "yaml-syntax", Severity.ERROR, "The file is not well-formed YAML.")
DUPLICATE_KEY = ProblemKind("L106", "duplicate-key", Severity.ERROR, "A mapping gives the same key twice.")
NON_STRING_KEY = ProblemKind("L107", "non-string-key", Severity.ERROR, "A key is a list or a mapping, not text.")
ANCHOR = ProblemKind("L108", "anchor-or-alias", Severity.ERROR, "The file uses a YAML anchor (&) or alias (*).")
TAG = ProblemKind("L109", "yaml-tag", Severity.ERROR, "The file uses a YAML tag such as !!python/object.")
MULTI_DOC = ProblemKind("L110", "multiple-documents", Severity.ERROR, "The file holds more than one YAML document.")
TOO_DEEP = ProblemKind("L111", "too-deeply-nested", Severity.ERROR, "Lists and mappings are nested too deeply.")
UNREADABLE = ProblemKind("L112", "unreadable-file", Severity.ERROR, "The file cannot be read.")

KINDS = (TOO_LARGE, NOT_UTF8, CONTROL_CHAR, EMPTY, SYNTAX, DUPLICATE_KEY, NON_STRING_KEY, ANCHOR, TAG,
         MULTI_DOC, TOO_DEEP, UNREADABLE)

# C0 controls other than tab, LF and CR; DEL; C1 controls. Escapes inside quoted strings are
# fine: they are decoded by YAML, and the render layer shows them escaped.
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_PARSER_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Position(NamedTuple):
    line: int
    column: int


class Document:
    """A loaded file: its data (dicts, lists and strings only) and where each node starts.

    It keeps what its parse left to find positions with (libyaml's node tree, read only along the
    paths a problem asks about), so a file that draws no problem never pays for a map of every node.
    """

    __slots__ = ("_index", "_lines", "data", "file", "source")

    def __init__(self, file: str, data: Any, source: str, index: _Index | _NodeIndex) -> None:
        self.file = file
        self.data = data
        self.source = source
        self._index = index
        self._lines: list[str] | None = None

    def __repr__(self) -> str:
        return f"Document({self.file!r})"

    def _positions(self) -> _Index | _NodeIndex:
        return self._index

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.source.splitlines()
        return self._lines

    def locate(self, path: JsonPath, *, key: bool = False) -> Position:
        """The position of the node at ``path`` (or of its key), else of its nearest ancestor.

        A mapping or list under a key is located at its key: `medical_reviewer:` is where an editor
        looks for the reviewer, not the first line inside it.
        """
        return self._located(path, self._positions().find(path), key=key)

    def _located(self, path: JsonPath, found: _Found, *, key: bool) -> Position:
        """``locate`` with the lookup of ``path`` itself done (a caller that needs both positions
        looks it up once)."""
        start, at_key, container = found
        if at_key is not None and (key or container):
            return Position(*at_key)
        for end in range(len(path) - 1, -1, -1):
            if start is not None:
                break
            start = self._positions().find(path[:end])[0]
        return Position(*start) if start is not None else Position(1, 1)

    def locate_phrase(self, path: JsonPath, phrase: str, *, max_lines: int = 50) -> Position:
        """Where ``phrase`` (from the text at ``path``) stands in the file; the text's start if it
        is not written on one line as is (folded, or with escapes)."""
        found = self._positions().find(path)
        start = self._located(path, found, key=False)
        # The text's own lines are those indented deeper than its key (or list item): a line at that
        # depth or less starts the next entry, whose words are not this text's.
        own_depth = self._located(path, found, key=True).column - 1
        lines = self.lines
        for index in range(start.line - 1, min(len(lines), start.line - 1 + max_lines)):
            line = lines[index]
            if index > start.line - 1 and line.strip() and len(line) - len(line.lstrip(" ")) <= own_depth:
                break
            column = line.find(phrase, start.column - 1 if index == start.line - 1 else 0)
            if column >= 0:
                return Position(index + 1, column + 1)
        return start


_Start = tuple[int, int]  # (line, column), 1-based: a plain tuple is several times cheaper to make than a Position


class _Found(NamedTuple):
    """Where a node starts, where its key starts (if it is a mapping's value), and whether it is
    a mapping or a list; None for what is not there."""

    start: _Start | None
    key_start: _Start | None
    container: bool


class _Index(NamedTuple):
    """Where each node and each key of a document starts, as the event builder records them."""

    positions: dict[JsonPath, _Start]
    key_positions: dict[JsonPath, _Start]
    data: Any

    def find(self, path: JsonPath) -> _Found:
        node = self.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                node = None
                break
        return _Found(self.positions.get(path), self.key_positions.get(path), isinstance(node, dict | list))


class _NodeIndex:
    """Where nodes and keys start, read off libyaml's node tree along one path at a time: a few
    lookups for the problems found cost far less than recording every node of every file."""

    __slots__ = ("_keys", "_root")

    def __init__(self, root: yaml.Node) -> None:
        self._root = root
        self._keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}  # per mapping visited, by id

    def find(self, path: JsonPath) -> _Found:
        node: yaml.Node = self._root
        key_node = None
        for part in path:
            kind = type(node)
            if kind is yaml.MappingNode and type(part) is str:
                keys = self._keys.get(id(node))
                if keys is None:  # rules ask about neighbouring paths: each mapping is indexed once
                    keys = self._keys[id(node)] = {pair[0].value: pair for pair in node.value}
                if part not in keys:
                    return _NOT_FOUND
                key_node, node = keys[part]
            elif kind is yaml.SequenceNode and type(part) is int and 0 <= part < len(node.value):
                key_node, node = None, node.value[part]
            else:
                return _NOT_FOUND
        return _Found(_start(node), None if key_node is None else _start(key_node), type(node) is not yaml.ScalarNode)


_NOT_FOUND = _Found(None, None, False)


def _start(node: yaml.Node) -> _Start:
    return node.start_mark.line + 1, node.start_mark.column + 1


class LoadResult(NamedTuple):
    document: Document | None
    problems: tuple[Problem, ...]


class _Stop(Exception):
    """Parsing cannot go on; the problem has been recorded."""


class _Frame:
    """A mapping or list being built, where it is, and the key waiting for its value."""

    __slots__ = ("container", "key", "path", "skip_value")

    def __init__(self, container: dict[str, Any] | list[Any], path: JsonPath) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None
        self.skip_value = False


class _Builder:
    """Builds plain data from YAML events, refusing what we do not allow, and records where every
    node and key starts: the loader's exact path, for what the composer path declines."""

    def __init__(self, file: str, max_depth: int) -> None:
        self.file = file
        self.max_depth = max_depth
        self.problems: list[Problem] = []
        self.positions: dict[JsonPath, _Start] = {}
        self.key_positions: dict[JsonPath, _Start] = {}
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.has_root = False
        self.documents = 0

    def report(self, kind: ProblemKind, mark: Any, message: str, path: JsonPath = ()) -> None:
        self.problems.append(kind.at(self.file, mark.line + 1, mark.column + 1, path, message))

    def feed(self, event: Any) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:  # the most common event first: this loop is the loader's hot path
            if event.anchor is not None or event.tag is not None:
                self._check_node_event(event)
            self._attach(event.value, event.start_mark)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = self.stack.pop()
            if frame.key is not None and isinstance(frame.container, dict):
                # A key with nothing after it in flow style, e.g. `{a}`: YAML gives it a null value.
                frame.container.setdefault(frame.key, "")
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self.report(MULTI_DOC, event.start_mark,
                            "a second YAML document starts here; keep one document per file")
                raise _Stop
        elif kind is yaml.AliasEvent:
            self.report(ANCHOR, event.start_mark,
                        f"alias '*{event.anchor}' is not allowed; write the value out in full",
                        self._path_here())
            raise _Stop
        elif isinstance(event, yaml.NodeEvent):  # mapping or sequence start
            self._check_node_event(event)
            self._open(event)

    def _check_node_event(self, event: Any) -> None:
        path = self._path_here()
        if event.anchor is not None:
            self.report(ANCHOR, event.start_mark,
                        f"anchor '&{event.anchor}' is not allowed; write each value out in full", path)
        if event.tag is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!", 1)
            self.report(TAG, event.start_mark,
                        f"tag '{tag}' is not allowed; every value is plain text, a list or a mapping",
                        path)

    def _path_here(self) -> JsonPath:
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        if frame.key is not None:
            return (*frame.path, frame.key)
        return frame.path

    def _attach(self, value: Any, mark: Any) -> JsonPath | None:
        """Put ``value`` where the parser is; return its path, or None when it is discarded."""
        position = (mark.line + 1, mark.column + 1)
        if not self.stack:
            if self.has_root:
                return None
            self.root, self.has_root = value, True
            self.positions[()] = position
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            path: JsonPath = (*frame.path, len(frame.container))
            frame.container.append(value)
            self.positions[path] = position
            return path
        if frame.key is None:  # `value` is a key
            if not isinstance(value, str):
                self.report(NON_STRING_KEY, mark,
                            "a key must be plain text, not a list or a mapping", frame.path)
                raise _Stop
            key_path = (*frame.path, value)
            if value in frame.container:
                first = self.key_positions[key_path]
                self.report(DUPLICATE_KEY, mark,
                            f"duplicate key '{value}' (first given at line {first[0]}); "
                            "each key may appear once in a mapping", key_path)
                frame.skip_value = True
            else:
                self.key_positions[key_path] = position
            frame.key = value
            return None
        key, frame.key = frame.key, None
        if frame.skip_value:
            frame.skip_value = False
            return None
        path = (*frame.path, key)
        frame.container[key] = value
        self.positions[path] = position
        return path

    def _open(self, event: Any) -> None:
        if len(self.stack) >= self.max_depth:
            self.report(TOO_DEEP, event.start_mark,
                        f"lists and mappings are nested more than {self.max_depth} levels deep",
                        self._path_here())
            raise _Stop
        container: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        if self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is None:
            self.report(NON_STRING_KEY, event.start_mark,
                        "a key must be plain text, not a list or a mapping", self.stack[-1].path)
            raise _Stop
        path = self._attach(container, event.start_mark)
        # A discarded container (a duplicate key's value) is still parsed, into a throwaway path.
        self.stack.append(_Frame(container, path if path is not None else ("<discarded>",)))


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode(raw: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Decode UTF-8 (an initial BOM is allowed) and refuse raw control characters."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        byte = raw[error.start:error.start + 1].hex()
        return None, [NOT_UTF8.at(file, line, column, (),
                                  f"byte 0x{byte} is not valid UTF-8; save the file as UTF-8")]
    found = _RAW_CONTROL.search(text)
    if found:
        line, column = _line_col(text, found.start())
        code = f"U+{ord(found.group()):04X}"
        return None, [CONTROL_CHAR.at(file, line, column, (),
                                      f"control character {code} is not allowed in content files")]
    return text, []


def load_bytes(raw: bytes, file: str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> LoadResult:
    """Parse ``raw`` strictly. Never raises: every failure becomes a problem.

    The document keeps the parse's node tree to find positions in: most files draw an editorial
    warning, and parsing them again would cost more than keeping it does.
    """
    if len(raw) > max_bytes:
        return LoadResult(None, (TOO_LARGE.at(file, 1, 1, (),
                                              f"the file is larger than {max_bytes} bytes"),))
    text, problems = decode(raw, file)
    if text is None:
        return LoadResult(None, tuple(problems))
    parsed = _parse(text, file, max_depth)
    if isinstance(parsed, list):
        return LoadResult(None, tuple(parsed))
    return LoadResult(Document(file, parsed[0], text, parsed[1]), ())


def _parse(text: str, file: str, max_depth: int) -> tuple[Any, _Index | _NodeIndex] | list[Problem]:
    """The data and positions of ``text``, by the composer when it takes it, else by the event
    builder; or the problems that refuse it."""
    composed = _compose(text, max_depth)
    if composed is not None:
        return composed
    builder = _Builder(file, max_depth)
    _build(builder, text)
    if builder.problems:
        return builder.problems
    if not builder.has_root or builder.root == "":
        return [EMPTY.at(file, 1, 1, (), "the file is empty; it must hold a mapping of keys to values")]
    return builder.root, _Index(builder.positions, builder.key_positions, builder.root)


_IMPLICIT = ""  # the tag our composer gives every untagged node, so an explicit tag stands out


def _maybe_property(text: str) -> bool:
    """Whether an anchor (&a), alias (*a) or tag (!t) could begin a node somewhere in ``text``.

    Erring towards yes: any of the three not preceded by a letter or digit counts (libyaml also
    breaks lines at U+2028 and U+2029 and skips a BOM, so listing what may precede a node would be
    fragile); "& " and "* " name nothing, so they do not count. str.find runs at memchr speed, far
    faster than a regular expression over the whole text, and these characters are rare in content.
    """
    for character in "&*!":
        at = text.find(character)
        while at != -1:
            if (at == 0 or not text[at - 1].isalnum()) and (character == "!" or text[at + 1:at + 2].strip()):
                return True
            at = text.find(character, at + 1)
    return False


class _NodeComposer(_PARSER_LOADER):  # type: ignore[misc]
    """libyaml's composer, with every untagged node left untagged instead of resolved to a type."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return _IMPLICIT


class _Refused(Exception):
    """The node tree holds something the fast path does not judge; the event builder will."""


def _compose(text: str, max_depth: int) -> tuple[Any, _NodeIndex] | None:
    """The document's data and its node tree (for positions), or None when it holds anything to
    refuse or report. Composing in C and walking the tree once is about a third faster than
    handling every parser event in Python; libyaml bounds nesting (1000), so its recursion is safe.
    """
    if _maybe_property(text):
        return None
    composer = _NodeComposer(text)
    try:
        root = composer.get_single_node()
    except (yaml.YAMLError, RecursionError, MemoryError, ValueError):
        return None
    finally:
        composer.dispose()
    if root is None:
        return None
    try:
        data = _walk(root, max_depth)
    except _Refused:
        return None
    if data == "":
        return None
    return data, _NodeIndex(root)


def _walk(node: Any, depth_left: int) -> Any:
    """The data of the node tree, refusing what the event builder would report."""
    if node.tag != _IMPLICIT:
        raise _Refused
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value
    if depth_left <= 0:
        raise _Refused
    if kind is yaml.SequenceNode:
        return [_walk(item, depth_left - 1) for item in node.value]
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if type(key_node) is not yaml.ScalarNode or key_node.tag != _IMPLICIT or key_node.value in mapping:
            raise _Refused
        mapping[key_node.value] = _walk(value_node, depth_left - 1)
    return mapping


def _build(builder: _Builder, text: str) -> None:
    """Feed ``text``'s events to ``builder``; parser errors become problems."""
    file, max_depth = builder.file, builder.max_depth
    try:
        for event in yaml.parse(text, Loader=_PARSER_LOADER):
            builder.feed(event)
    except _Stop:
        pass
    except yaml.MarkedYAMLError as error:
        line, column, detail = _where_and_what(error, text)
        if "nesting depth" in detail:  # libyaml's own bound, hit while scanning ahead of our events
            builder.problems.append(TOO_DEEP.at(file, line, column, (),
                                                f"lists and mappings are nested more than {max_depth} levels deep"))
        else:
            builder.problems.append(SYNTAX.at(file, line, column, (), f"YAML syntax error: {detail}"))
    except (yaml.YAMLError, RecursionError, MemoryError, ValueError) as error:
        reason = type(error).__name__
        builder.problems.append(SYNTAX.at(file, 1, 1, (), f"the file cannot be parsed as YAML ({reason})"))


def _where_and_what(error: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """Where a parser error is (line, column from 1) and what it is, in words an editor can act on: what
    the parser was reading when it failed, and where that began ("found unexpected end of stream, while
    scanning a quoted scalar that starts at line 3, column 10"); at the end of the file, which says
    nothing, the place where that began; and a tab, which YAML does not indent with, named."""
    problem, context = error.problem_mark, error.context_mark
    detail = error.problem or error.context or "the YAML is not well-formed"
    lines = text.splitlines()
    at_the_end = (error.problem is not None and "end of stream" in error.problem) \
        or (problem is not None and problem.line >= len(lines))  # after the last line: where nothing is
    mark = context if problem is None or (context is not None and at_the_end) else problem
    if error.problem and error.context and context is not None and mark is not None and context.line < len(lines):
        detail += f", {error.context} that starts " + (
            "here" if (context.line, context.column) == (mark.line, mark.column)
            else f"at line {context.line + 1}, column {context.column + 1}")
    if problem is not None and problem.line < len(lines) and "tab" not in detail \
            and lines[problem.line][problem.column:].startswith("\t"):
        detail += " (a tab: YAML is indented with spaces, never tabs)"
    if mark is None:
        return 1, 1, detail
    if mark.line >= len(lines) and lines:  # still after the last line: the file ended too soon; say so there
        return len(lines), len(lines[-1]) + 1, detail + ": the file ends before it is closed"
    return mark.line + 1, mark.column + 1, detail


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, but never more than ``limit`` + 1 (one more tells a file is too large).

    Asking for the limit outright would make every small file reserve the limit's worth of memory
    first, which costs more than reading it; so ask for its size, and more only if it grew.
    """
    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        data = stream.read(min(size, limit) + 1)
        if len(data) > size:  # it grew since, or does not know its size (/proc, pipes)
            data += stream.read(limit + 1 - len(data))
        return data


def load_file(path: Path, file: str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> LoadResult:
    """Read ``path`` (never more than ``max_bytes`` + 1 bytes) and load it; ``file`` names it in problems."""
    try:
        raw = read_bounded(path, max_bytes)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return LoadResult(None, (UNREADABLE.at(file, 1, 1, (), f"the file cannot be read: {reason}"),))
    return load_bytes(raw, file, max_bytes=max_bytes, max_depth=max_depth)
