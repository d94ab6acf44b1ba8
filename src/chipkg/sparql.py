"""Running SPARQL safely on the local store.

User text never reaches ``Store.update`` and never reaches the network: updates and SERVICE are
refused by scanning the query with comments, string literals and IRIs masked, so the word
"service" inside a string is fine while ``service`` after a comment line is not. Parameters are
injected as a VALUES block whose terms pyoxigraph serializes itself (N-Triples escaping), never
by formatting the user's text into the query.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, NamedTuple

from chipkg.errors import QueryError, QueryRefused, QueryTooComplex
from chipkg.namespaces import GRAPH, PREFIXES

_UPDATE_KEYWORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}
_QUERY_FORMS = {"select", "ask", "construct", "describe"}
_IRI = re.compile(r'<[^<>"{}|^`\\\s]*>')
_MASK_START = re.compile(r"[#<\"']")  # where a comment, an IRI or a string may start

#: Longest query text accepted, in characters (the stored queries are under 5,000).
MAX_QUERY_CHARS = 100_000
#: Deepest nesting of { } ( ) [ ] accepted. The engine's parser recurses once per level and
#: overflows its stack (a segfault) at a few thousand; real queries stay under 20.
MAX_NESTING = 100


def mask(query: str, blank_iris: bool = True) -> str:
    """The query with comments, string literals and IRIs replaced by spaces (same offsets).

    What is left is keywords, variables, prefixed names, punctuation and numbers, which is what
    the safety checks and the VALUES injection need to look at. With ``blank_iris=False`` IRIs
    stay (the nesting check counts their brackets: a "<" the parser reads as less-than must not
    hide brackets from it).
    """
    out = list(query)
    i, n = 0, len(query)

    def blank(a: int, b: int) -> None:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif c == "<":
            m = _IRI.match(query, i)
            if m:  # an IRI reference (a "<" followed by a space is the less-than operator)
                if blank_iris:
                    blank(i, m.end())
                i = m.end()
            else:
                i += 1
        elif c in "\"'":
            long_quote = query[i : i + 3] in ('"""', "'''")
            delim = query[i : i + 3] if long_quote else c
            j = i + len(delim)
            while j < n:
                if query[j] == "\\":
                    j += 2
                    continue
                if query.startswith(delim, j):
                    j += len(delim)
                    break
                if not long_quote and query[j] == "\n":
                    break
                j += 1
            blank(i, min(j, n))
            i = j
        else:  # nothing to blank before the next comment, IRI or string: jump there
            found = _MASK_START.search(query, i + 1)
            i = found.start() if found else n
    return "".join(out)


def check_size(query: str) -> None:
    """Refuse a query longer than MAX_QUERY_CHARS, before anything scans or parses it."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooComplex(f"query too long: {len(query):,} characters (the limit is {MAX_QUERY_CHARS:,})")


def check_nesting(query: str) -> None:
    """Refuse brackets nested deeper than MAX_NESTING, before the parser sees the query.

    Brackets inside strings and comments do not count; those inside what looks like an IRI do,
    since ``1<((1))>0`` is an IRI to ``mask`` and a comparison to the parser.
    """
    masked = mask(query, blank_iris=False)
    if sum(masked.count(c) for c in "{([") <= MAX_NESTING:  # cannot be deeper than that: no need to walk
        return
    depth = deepest = 0
    for m in _BRACKET.finditer(masked):
        if m.group() in "{([":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    if deepest > MAX_NESTING:
        raise QueryTooComplex(
            f"query nested too deeply: {deepest:,} levels of {{ }} ( ) [ ] (the limit is {MAX_NESTING})"
        )


_BRACKET = re.compile(r"[{}()\[\]]")
_WORD = re.compile(r"(?<![\w?$:@.-])([A-Za-z][A-Za-z_]*)(?![\w:-])")


def keywords(masked: str) -> list[tuple[str, int]]:
    """Bare words (not variables, prefixed names or language tags) with their offsets."""
    return [(m.group(1).lower(), m.start()) for m in _WORD.finditer(masked)]


def query_form(query: str, words: list[tuple[str, int]] | None = None) -> str:
    """'select' | 'ask' | 'construct' | 'describe'; raises QueryError for updates and SERVICE."""
    words = keywords(mask(query)) if words is None else words
    for word, _ in words:
        if word == "service":
            raise QueryRefused("SERVICE is not allowed: chipkg queries never reach the network")
    form = next((w for w, _ in words if w in _QUERY_FORMS), None)
    update = next((w for w, _ in words if w in _UPDATE_KEYWORDS), None)
    if update and (form is None or _first(words, update) < _first(words, form)):
        raise QueryRefused(
            f"SPARQL Update ({update.upper()}) is not allowed: chipkg only runs read-only queries "
            "(SELECT, ASK, CONSTRUCT, DESCRIBE)"
        )
    if form is None:
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form


def _first(words: list[tuple[str, int]], word: str) -> int:
    return next(pos for w, pos in words if w == word)


def with_prologue(query: str) -> str:
    """Prepend PREFIX declarations for our prefixes that the query uses but does not declare."""
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w-]*):", mask(query))}
    lines = [f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared]
    return "".join(lines) + query


def inject_values(query: str, bindings: dict[str, Any]) -> str:
    """Insert ``VALUES (?a ?b) { (t1 t2) }`` right after the first ``{`` of the WHERE clause, and
    a parameter's VALUES also after the first ``{`` of every subquery that names the parameter's
    variable in its own text (a subquery sees only its own variables: without it, a parameter
    there would be unbound).

    ``bindings`` maps variable names to pyoxigraph terms, or to lists of terms for a parameter
    that takes several values (one row per value). Terms are written by ``str(term)``, which is
    pyoxigraph's own N-Triples serialization.
    """
    if not bindings:
        return query
    masked = mask(query)
    words = keywords(masked)
    where = next((pos for w, pos in words if w == "where"), None)
    brace = masked.find("{", where if where is not None else 0)
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")

    def block(names: list[str]) -> str:
        out = []
        for name in names:
            value = bindings[name]
            terms = value if isinstance(value, list) else [value]
            out.append(f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}")
        return " " + " ".join(out) + " "

    inserts = [(brace + 1, block(list(bindings)))]
    subqueries = [_group_span(masked, masked.find("{", pos)) for w, pos in words if w == "select" and pos > brace]
    for start, end in subqueries:
        if start < 0:
            continue
        own = list(masked[start:end])
        for inner_start, inner_end in subqueries:  # the text of subqueries nested in this one is theirs
            if start < inner_start and inner_end <= end:
                own[inner_start - start : inner_end - start] = " " * (inner_end - inner_start)
        text = "".join(own)
        named = [name for name in bindings if re.search(r"[?$]" + re.escape(name) + r"(?!\w)", text)]
        if named:
            inserts.append((start + 1, block(named)))
    out = query
    for position, text in sorted(inserts, reverse=True):
        out = out[:position] + text + out[position:]
    return out


def _group_span(masked: str, start: int) -> tuple[int, int]:
    """(start, end) of the group whose ``{`` is at ``start`` (end: after its ``}``); (-1, -1) if none."""
    if start < 0:
        return -1, -1
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
    return start, len(masked)


class Result(NamedTuple):
    """What a query returned: rows of terms for SELECT, a boolean for ASK, triples otherwise."""

    form: str
    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    triples: list[Any] | None = None
    raw: Any = None


def check(query: str) -> str:
    """Every check a query passes before the engine sees it (size, UTF-8, nesting, no update, no
    SERVICE); its form. The server runs it before a query waits for a worker, so a refusal is
    its own status (403, 413, 400) however busy the workers are."""
    check_size(query)
    _check_text(query)
    check_nesting(query)
    return query_form(query)


#: The largest LIMIT or OFFSET a query may be given (a signed 64-bit integer's largest)
MAX_SLICE = 2**63 - 1

_FROM = re.compile(r"from\s+(named\s+)?<([^>\s]*)>", re.IGNORECASE)


def _reads_the_whole_graph(store: Any, query: str, words: list[tuple[str, int]]) -> bool:
    """Whether every FROM of ``query`` names chipkg's graph (namespaces.GRAPH, where ``push`` writes
    and what chipkg's remote queries read) and the local store holds no graph of that name: then it
    is the store's whole graph. A client of ``chipkg serve`` (chipkg itself with ``--endpoint``)
    asks for it so; read as an absent named graph, every answer was empty (red team 120)."""
    import pyoxigraph as ox

    if not isinstance(store, ox.Store):
        return False  # a remote endpoint reads its own dataset
    froms = [_FROM.match(query, at) for word, at in words if word == "from"]
    if not froms or any(m is None or m.group(1) or m.group(2) != GRAPH for m in froms):
        return False
    return not any(g == ox.NamedNode(GRAPH) for g in store.named_graphs())


def run(
    store: Any, query: str, bindings: dict[str, Any] | None = None, limit: int | None = None, offset: int = 0
) -> Result:
    """Check, bind and run a read-only query against ``store``: a pyoxigraph.Store, or a remote
    endpoint (chipkg.remote.Endpoint) that answers with the same result objects.

    ``limit`` and ``offset`` page the answer: they become the query's own LIMIT and OFFSET, so
    the engine stops at the page instead of producing every row. A query that already has a LIMIT
    or OFFSET, or ends with a VALUES block, is paged as its rows come back instead.
    """
    import pyoxigraph as ox

    check_size(query)
    _check_text(query)
    check_nesting(query)
    words = keywords(mask(query))  # scanned once for the checks below
    form = query_form(query, words)
    for value in (offset, limit):
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise QueryError(f"LIMIT and OFFSET are whole numbers, not {value!r}")
        if value > MAX_SLICE:  # the engine reads a LIMIT into 64 bits: past that, a parse error of a line unwritten
            raise QueryError(f"LIMIT and OFFSET are at most {MAX_SLICE:,}, not {value:,}")
    in_query = form != "ask" and (limit is not None or offset) and _can_append_slice(query, words)
    text = with_prologue(inject_values(query, bindings or {}))
    if in_query:
        text += (f"\nLIMIT {limit}" if limit is not None else "") + (f"\nOFFSET {offset}" if offset else "")
    skip, keep = (0, None) if in_query else (offset, limit)
    # FROM / FROM NAMED pick graphs of the local store (Oxigraph never fetches them); without
    # them, the default graph is the union of all graphs.
    has_dataset = any(word == "from" for word, _ in words) and not _reads_the_whole_graph(store, query, words)
    try:
        answer = store.query(text, use_default_graph_as_union=not has_dataset)
    except SyntaxError as error:
        exc = error
        if in_query:  # the parser may stumble only in the LIMIT we appended: locate it in the query as sent
            unsliced = with_prologue(inject_values(query, bindings or {}))
            try:
                ox.Store().query(unsliced)  # an empty store: parsed, and nothing to read
            except SyntaxError as first:
                exc, text = first, unsliced
            except OSError:
                pass
        raise QueryError(f"malformed SPARQL: {_locate(exc, text, query)}") from None
    except OSError as exc:  # pragma: no cover - pyoxigraph's evaluation errors
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", [], [], boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions) or hasattr(answer, "variables"):  # or a remote endpoint's rows
        variables = [v.value for v in answer.variables]
        columns = range(len(variables))  # a solution's values by position: no name to look up per cell
        rows = []
        for solution in itertools.islice(answer, skip, None if keep is None else skip + keep):
            rows.append([solution[i] for i in columns])
        return Result("select", variables, rows)
    triples = list(itertools.islice(answer, skip, None if keep is None else skip + keep))
    return Result(form, [], [], triples=triples)


def _can_append_slice(query: str, words: list[tuple[str, int]]) -> bool:
    """A LIMIT/OFFSET appended at the end of ``query`` pages the whole answer: the query has no
    LIMIT or OFFSET of its own (not even in a subquery) and no VALUES block after its last brace."""
    if any(word in ("limit", "offset") for word, _ in words):
        return False
    last_brace = mask(query).rfind("}")
    return not any(word == "values" and position > last_brace for word, position in words)


def _check_text(query: str) -> None:
    """Refuse text that is not Unicode: bytes that are not UTF-8 reach Python as lone surrogates
    (``\\udcff``), which no SPARQL engine can take."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = query.count("\n", 0, exc.start) + 1
        raise QueryError(f"the query is not valid UTF-8 text (line {line}: {query[exc.start]!r})") from None


def _locate(exc: SyntaxError, sent: str, original: str) -> str:
    """Report the line and column in the user's text, not in the text we sent (with PREFIXes)."""
    message = str(exc)
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.S)
    if not m:
        return " ".join(message.split())
    added = sent.count("\n") - original.count("\n")
    line = int(m.group(1)) - added
    detail = " ".join(m.group(3).split())
    if line < 1:
        return detail
    return f"line {line}, column {m.group(2)}: {detail}"
