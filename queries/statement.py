"""The text of a user's Cypher statement, read before any engine sees it: whether it could
write, how deep its brackets nest, the columns its RETURN names, a trailing ``;``.

The read-only guard (:func:`check_read_only`) blanks out string literals, backtick-quoted
names and comments, then refuses any statement whose remaining words include a writing
clause (CREATE, MERGE, SET, DELETE, DETACH, REMOVE, DROP, FOREACH, LOAD CSV, index/constraint
DDL, admin commands) or a ``CALL`` of a procedure that is not on the read-only allowlist;
``CALL { ... }`` subqueries are checked like the rest of the text. Words used as property
keys (``n.set``) or parameters (``$delete``) do not count. The engine then runs the
statement read-only (see ``app/services/readonly.py``), a second wall.
"""

from __future__ import annotations

import re

EXAMPLE_STATEMENT = "MATCH (n:Company) RETURN n.name LIMIT 5"
"""The statement the API docs show for ``POST /query``."""


class StatementError(ValueError):
    """A statement the guard cannot read (an unterminated literal or comment, brackets
    nested too deep)."""


class WritingStatement(StatementError):
    """A statement that could write."""


WRITE_WORDS = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD",
    "ALTER", "RENAME", "GRANT", "DENY", "REVOKE", "START", "STOP", "TERMINATE",
})
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes", "db.constraints",
    "db.idx.fulltext.querynodes", "db.idx.fulltext.queryrelationships",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "dbms.components",
})
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*")
MAX_NESTING = 10
_LINE_END = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")


def strip_literals(statement: str, keep_length: bool = False, only_comments: bool = False) -> str:
    """The statement with string literals, backtick names and comments replaced by a space
    (by as many spaces as they had characters with `keep_length`, so that positions in the
    result are positions in the statement; only the comments with `only_comments`).

    >>> strip_literals("MATCH (n {name: 'CREATE'}) // SET\\nRETURN n.`DELETE`")
    'MATCH (n {name:  })  \\nRETURN n. '
    """
    out: list[str] = []
    i, n = 0, len(statement)
    while i < n:
        c = statement[i]
        if c in "'\"`":
            end = _closing(statement, i, c) + 1
        elif statement.startswith("//", i):
            # Neo4j ends a line comment at any line terminator, not only at "\n".
            line_end = _LINE_END.search(statement, i)
            end = n if line_end is None else line_end.start()
        elif statement.startswith("/*", i):
            end = statement.find("*/", i + 2) + 2
            if end < 2:
                raise StatementError("unterminated /* comment in the statement")
        else:
            out.append(c)
            i += 1
            continue
        if only_comments and c in "'\"`":
            out.append(statement[i:end])
        else:
            out.append(" " * (end - i) if keep_length else " ")
        i = end
    return "".join(out)


def _closing(text: str, start: int, quote: str) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == "\\" and quote != "`":
            i += 2
            continue
        if text[i] == quote:
            if quote == "`" and text.startswith("``", i):
                i += 2
                continue
            return i
        i += 1
    what = "backtick name" if quote == "`" else "string literal"
    raise StatementError(f"unterminated {what} in the statement")


def check_read_only(statement: str) -> None:
    """Raise :class:`WritingStatement` if `statement` could write; return if it only reads.

    >>> check_read_only("MATCH (n:Company) WHERE n.name = 'MERGE' RETURN n.set")
    >>> try:
    ...     check_read_only("MATCH (n) DETACH DELETE n")
    ... except WritingStatement as exc:
    ...     print(exc)
    refused: DETACH is a writing clause; read-only statements only
    """
    text = strip_literals(statement)
    for match in _WORD.finditer(text):
        word, pos = match.group(0), match.start()
        before = text[:pos].rstrip()
        if before.endswith((".", "$")):
            continue
        upper = word.upper()
        if upper in WRITE_WORDS:
            raise WritingStatement(
                f"refused: {upper} is a writing clause; read-only statements only"
            )
        if upper == "CALL":
            after = text[pos + len(word):].lstrip()
            if after.startswith("{"):
                continue  # a subquery: its words are checked like the rest
            called = _WORD.match(after)  # a `quoted` name was blanked: no match, refused
            name = called.group(0) if called else "(a quoted or missing name)"
            if called is None or re.sub(r"\s", "", name).lower() not in READ_PROCEDURES:
                raise WritingStatement(
                    f"refused: CALL {name} is not an allowed read-only procedure "
                    f"(allowed: {', '.join(sorted(READ_PROCEDURES))})"
                )


def check_nesting(statement: str) -> None:
    """Refuse brackets nested deeper than :data:`MAX_NESTING` (outside strings and comments).

    FalkorDB's parser takes about twice as long per nesting level, and its time limit does
    not cover parsing: 20 levels took 4 s, 30 would take hours on an engine thread.

    >>> check_nesting("RETURN [[1], {a: (2)}] AS x")
    """
    depth = deepest = 0
    for c in strip_literals(statement):
        if c in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in ")]}":
            depth -= 1
    if deepest > MAX_NESTING:
        raise StatementError(
            f"the statement nests brackets {deepest} levels deep; at most {MAX_NESTING} allowed"
        )


_CLAUSE_END = re.compile(r"\b(?:ORDER\s+BY|SKIP|LIMIT|UNION)\b", re.IGNORECASE)
_RETURN = re.compile(r"\bRETURN\b", re.IGNORECASE)
_DISTINCT = re.compile(r"\s*DISTINCT\b", re.IGNORECASE)
_AS = re.compile(r"\bAS\b", re.IGNORECASE)


def return_columns(statement: str) -> list[str] | None:
    """The column names of the statement's last RETURN clause, in their order; None when
    they cannot be read from the text (``RETURN *``, no RETURN).

    >>> return_columns("MATCH (n) RETURN n.name AS `the name`, count(*) ORDER BY n.name")
    ['the name', 'count(*)']
    >>> return_columns("CALL db.labels()") is None
    True
    """
    statement = strip_literals(statement, keep_length=True, only_comments=True)
    masked = strip_literals(statement, keep_length=True)
    depth, top = 0, []
    for c in masked:  # the text at bracket depth 0 only
        depth += (c in "([{") - (c in ")]}")
        top.append(c if depth == 0 and c not in ")]}" else " ")
    flat = "".join(top)
    returns = list(_RETURN.finditer(flat))
    if not returns:
        return None
    start = returns[-1].end()
    distinct = _DISTINCT.match(flat, start)
    start = distinct.end() if distinct else start
    end_match = _CLAUSE_END.search(flat, start)
    end = end_match.start() if end_match else len(flat)
    columns: list[str] = []
    for item_start, item_end in _top_level_items(flat, start, end):
        alias = list(_AS.finditer(flat, item_start, item_end))
        text = statement[alias[-1].end():item_end] if alias else statement[item_start:item_end]
        name = text.strip()
        if alias and name.startswith("`") and name.endswith("`"):
            name = name[1:-1].replace("``", "`")
        if not name or name == "*":
            return None
        columns.append(name)
    return columns


def _top_level_items(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated items of ``flat[start:end]``."""
    items, at = [], start
    for i in range(start, end):
        if flat[i] == ",":
            items.append((at, i))
            at = i + 1
    items.append((at, end))
    return items


def without_trailing_semicolon(statement: str) -> str:
    """The statement without the one ``;`` that may end it (whitespace and comments may
    follow). The engines run one statement; a second one is still refused by them.

    >>> without_trailing_semicolon("RETURN ';' AS s; // done")
    "RETURN ';' AS s"
    >>> without_trailing_semicolon("RETURN 1 AS one")
    'RETURN 1 AS one'
    """
    body = strip_literals(statement, keep_length=True).rstrip()
    return statement[:len(body) - 1] if body.endswith(";") else statement
