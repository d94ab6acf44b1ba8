"""``chipkg ask``: plain-English questions mapped onto the stored queries, deterministically.

No language model and no network: a question is read in four small steps, and every word of it
has to be accounted for, because a wrong answer costs more than a refusal.

1. **Entities** are matched against the graph's own names (:func:`vocabulary`: labels and
   altLabels of chips, organizations, formats, memory and interconnect technologies, workloads,
   software, kinds), case-insensitively and longest first, so "Qualcomm Cloud AI 100 Ultra" wins
   over "Qualcomm" and "Groq LPU" over "LPU".
2. **Quantities** (a number and its unit) are parsed with :mod:`chipkg.units`; the unit decides
   the dimension (MB: memory size, TB/s: bandwidth, W: power, GHz: clock, TOPS/FLOPS:
   performance, nm: process node, bare numbers and "billion": counts). The comparison word in
   front of a number ("more than", "at least", "under", "up to", ...) decides the parameter
   (``more_than``, ``at_least``, ``less_than``, ``at_most``); a number with no comparison word is
   an exact value (``at_least`` = ``at_most``).
3. **Cues and hints**: cue phrases name a query outright ("who makes", "per process node", "top",
   "per watt", "hedged", ...); hint words name an attribute ("power", "clock", "transistors",
   "memory", ...) and must be compatible with the query chosen.
4. **Intents** (the table :data:`INTENTS`): the first intent whose needs are met and which can
   express *every* slot and hint found is chosen; when cues are present only cued intents count,
   and two cued intents that both fit are a conflict.

Anything left over (an unknown word such as "cheapest" or "H200", a comparison without a number, a
number without a unit, a constraint the chosen stored query has no parameter for) makes
:func:`interpret` raise :class:`~chipkg.errors.NoAnswer` ("I can't answer that: ...") naming the
closest stored queries. This module stays on the light query path: pyoxigraph through the store,
never rdflib.
"""

from __future__ import annotations

import itertools
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

from chipkg import catalog
from chipkg.errors import ChipkgError, NoAnswer
from chipkg.namespaces import sparql_prologue
from chipkg.units import DIMENSIONS, parse_quantity

# --------------------------------------------------------------------------- patterns

#: A guard: alternatives, each a list of clauses that must all hold, each clause strings of which
#: the text must contain one: ``\bon[- ]?chip\b|\bexternal\b`` -> ((("on",), ("chip",)), (("external",),)).
Guard = tuple[tuple[tuple[str, ...], ...], ...]


class _Pattern:
    """A regular expression compiled on first use, and only searched for when it can match.

    Compiling the ~85 patterns of this module cost ~30 ms per ``chipkg ask`` (more than reading
    the question), though a question can match only a few of them. So each pattern knows its
    *guard* (:func:`_guard`, read off the pattern itself): the literal text every match must
    contain. A text without it cannot match, and is answered without compiling. The guard is only
    a pre-check: when it passes, the compiled pattern decides, so every result is that of ``re``.
    """

    __slots__ = ("source", "_compiled", "_guard", "_fold")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None
        self._guard: Guard | None | bool = False  # False: not derived yet
        self._fold = source.startswith("(?i)")
        _ALL_PATTERNS.append(self)

    @property
    def guard(self) -> Guard | None:
        if self._guard is False:
            self._guard = _KNOWN_GUARDS.get(self.source, False)
            if self._guard is False:
                self._guard = _guard(self.source)
        return self._guard  # type: ignore[return-value]

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def possible(self, text: str) -> bool:
        """False only when no match can exist: the text lacks what every match contains."""
        guard = self.guard
        if guard is None:
            return True
        if self._fold:  # case-insensitive: compare lower-cased (ASCII only: Unicode folding has surprises)
            if not text.isascii():
                return True
            text = text.lower()
        return any(all(any(g in text for g in clause) for clause in clauses) for clauses in guard)

    def search(self, text: str, *pos: int) -> re.Match[str] | None:
        return self.compiled.search(text, *pos) if self.possible(text) else None

    def match(self, text: str, *pos: int) -> re.Match[str] | None:
        return self.compiled.match(text, *pos) if self.possible(text) else None

    def fullmatch(self, text: str, *pos: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *pos) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text) if self.possible(text) else iter(())

    def findall(self, text: str) -> list[Any]:
        return self.compiled.findall(text) if self.possible(text) else []

    def sub(self, repl: Any, text: str) -> str:
        return self.compiled.sub(repl, text) if self.possible(text) else text


_ALL_PATTERNS: list[_Pattern] = []
#: Guards derived by an earlier process, by pattern source (saved with the vocabulary).
_KNOWN_GUARDS: dict[str, Guard | None] = {}


# The pieces of a pattern, as far as guards care: an escape, a character class, a group opening,
# an alternation bar or group end, anchors and ".", a quantifier, a run of letters and digits,
# and any other single character (a literal).
_REGEX_PIECE = _Pattern(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|.)|"
                          r"\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?(?:<?[=!]|:|[a-zA-Z]+\)))?|[|)^$.]|"
                          r"[*+?]\??|\{\d*,?\d*\}\??|[^\W_]+|(?s:.)")
_GROUPS = ("(", "(?:")
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_NOT_LITERAL = frozenset("\\[]()|^$.*+?{}")


class _NoGuard(Exception):
    pass


def _guard(source: str) -> Guard | None:
    """What every match of ``source`` contains (see :data:`Guard`), or None when that can't be said.

    Conservative by construction. In each alternative, the clauses are the runs of literal
    characters the match must contain (a quantifier takes the character before it out of the
    run; ``?``, ``*`` and ``{m,n}`` make it optional), a class of plain characters (``[- ]``: one
    of them), and a group that is not optional: its own clauses when it has one alternative, else
    one clause holding a clause of each alternative. Lookarounds count for nothing. Anything
    unexpected (a flag group other than a leading ``(?i)``) gives no guard, so no pre-check.
    """
    fold = source.startswith("(?i)")
    pieces = _REGEX_PIECE.compiled.findall(source[4:] if fold else source)
    try:
        found, end = _guard_alternatives(pieces, 0)
    except _NoGuard:
        return None
    if found is None or end != len(pieces):
        return None
    return tuple(tuple(tuple(sorted({g.lower() for g in clause} if fold else clause)) for clause in clauses)
                 for clauses in found)


def _guard_alternatives(pieces: list[str], i: int) -> tuple[list[list[set[str]]] | None, int]:
    found: list[list[set[str]]] | None = []
    while True:
        clauses, i = _guard_sequence(pieces, i)
        if not clauses:
            found = None  # this alternative may match without any literal text
        elif found is not None:
            found.append(clauses)
        if i < len(pieces) and pieces[i] == "|":
            i += 1
            continue
        return found, i


def _best_clause(clauses: list[set[str]]) -> set[str]:
    return max(clauses, key=lambda clause: min(map(len, clause)))


def _class_chars(piece: str) -> set[str] | None:
    """The characters of a class of plain characters (``[- ]``, ``[sz]``), else None (``[^a]``, ``[a-z]``)."""
    inner = piece[1:-1]
    if not inner or inner[0] == "^" or "\\" in inner or "-" in inner[1:-1] or "[" in inner:
        return None
    return set(inner)


def _guard_sequence(pieces: list[str], i: int) -> tuple[list[set[str]], int]:
    clauses: list[set[str]] = []
    run = ""

    def quantified(j: int) -> str:
        return pieces[j][:1] if j < len(pieces) and pieces[j][:1] in ("?", "*", "+", "{") else ""

    while i < len(pieces) and pieces[i] not in ("|", ")"):
        piece = pieces[i]
        if piece.startswith("("):
            if piece not in _GROUPS and piece not in _LOOKAROUNDS or quantified(i + 1) == "?":
                raise _NoGuard(piece)  # a flag group, a named group ...
            inner, i = _guard_alternatives(pieces, i + 1)
            if i >= len(pieces) or pieces[i] != ")":
                raise _NoGuard("unbalanced")
            quantifier = quantified(i + 1)
            i += 2 if quantifier else 1
            if run:
                clauses.append({run})
                run = ""
            if inner is not None and piece in _GROUPS and quantifier in ("", "+"):
                if len(inner) == 1:
                    clauses.extend(inner[0])
                else:
                    clauses.append(set().union(*map(_best_clause, inner)))
            continue
        quantifier = quantified(i + 1)
        escaped = piece[0] == "\\" and len(piece) == 2 and not piece[1].isalnum() and piece[1] != "_"
        if escaped:
            piece = piece[1]  # an escaped punctuation mark or space stands for itself
        if escaped or piece[0].isalnum() and piece[0] != "_" or len(piece) == 1 and piece not in _NOT_LITERAL:
            # a run of literal characters: a quantifier after it applies to its last character only
            run += piece[:-1] if quantifier else piece
            if not quantifier:
                i += 1
                continue
        if run:
            clauses.append({run})
            run = ""
        if piece.startswith("[") and quantifier in ("", "+"):
            chars = _class_chars(piece)
            if chars:
                clauses.append(chars)
        i += 2 if quantifier else 1
    if run:
        clauses.append({run})
    return clauses, i


# --------------------------------------------------------------------------- vocabulary

#: Parameter types whose names come from the graph, and the class whose instances carry them.
ENTITY_CLASSES: dict[str, str] = {
    "chip": "ck:Chip",
    "org": "ck:Organization",
    "format": "ck:NumericFormat",
    "memory": "ck:MemoryTechnology",
    "interconnect": "ck:InterconnectTechnology",
    "workload": "ck:Workload",
    "aspect": "ck:Aspect",
    "software": "ck:SoftwareStack",
    "architecture": "ck:Architecture",
}

_TYPES_QUERY = """
SELECT ?e ?type WHERE { VALUES (?class ?type) { %s } ?e a ?class }
"""
_KINDS_QUERY = """
SELECT DISTINCT ?label ?name WHERE {
  ?k rdfs:subClassOf ck:Processor ; rdfs:label ?label .
  FILTER (?k != ck:Processor && STRSTARTS(STR(?k), STR(ck:)))
  { ?k rdfs:label ?name } UNION { ?k skos:altLabel ?name }
}
"""
_NODES_QUERY = """
SELECT DISTINCT ?label ?name ?metres WHERE {
  ?n a ck:ProcessNode ; rdfs:label ?label ; ck:featureSize/ck:normalizedValue ?metres .
  { ?n rdfs:label ?name } UNION { ?n skos:altLabel ?name }
}
"""
_SECTIONS_QUERY = """
SELECT DISTINCT ?label ?slug WHERE {
  ?s a ck:ArticleSection ; rdfs:label ?label .
  BIND (STRAFTER(STR(?s), "/section/") AS ?slug)
}
"""
_ORG_ROLES_QUERY = """
SELECT DISTINCT ?label ?role WHERE {
  { ?o a ck:Foundry ; rdfs:label ?label . BIND ("foundry" AS ?role) }
  UNION { ?c ck:designedBy ?o . ?o rdfs:label ?label . BIND ("designer" AS ?role) }
  UNION { ?c ck:designedBy ?d . ?d ck:parentOrganization ?o . ?o rdfs:label ?label . BIND ("designer" AS ?role) }
  UNION { ?c ck:designedBy ?d . ?d ck:parentOrganization ?p . ?p ck:parentOrganization ?o .
          ?o rdfs:label ?label . BIND ("designer" AS ?role) }
}
"""
# (Spelled out to two levels of parents: a zero-or-more path with both ends free makes Oxigraph
# walk every node of the graph, 100x slower.)


class Vocabulary(NamedTuple):
    """The names the graph knows, per parameter type: ``names[type][name] -> {rdfs:label}``.

    ``nodes`` maps each process node's label to its feature size in metres (so "7 nanometers" and
    "7nm" find the same node); ``foundries`` and ``designers`` are organization labels by role
    (so "chips made by TSMC" asks for a foundry and "chips made by Intel" for a designer; a parent
    such as Amazon counts as a designer of its subsidiary's chips, as chips-by-vendor does).
    ``store`` is the store the names were read from (to check a figure a question quotes).
    """

    names: dict[str, dict[str, frozenset[str]]]
    nodes: dict[str, float]
    foundries: frozenset[str] = frozenset()
    designers: frozenset[str] = frozenset()
    store: Any = None

    def labels(self, kind: str) -> set[str]:
        return {label for labels in self.names.get(kind, {}).values() for label in labels}


_VOCABULARIES: dict[int, tuple[Any, Vocabulary]] = {}


def vocabulary(store: Any) -> Vocabulary:
    """Read every name the graph has for the entities a question may mention (a few SPARQL queries).

    Remembered per store within a process: the store is only read, so its names do not change.
    Across processes, for the store :func:`chipkg.store.open_store` opened, the names are kept in
    its cache entry (:func:`_saved_vocabulary`): reading them back takes well under a millisecond,
    the queries 15-20 ms, on every ``chipkg ask``.
    """
    cached = _VOCABULARIES.get(id(store))
    if cached is not None and cached[0] is store:
        return cached[1]
    vocab = _saved_vocabulary(store)
    _VOCABULARIES.clear()
    _VOCABULARIES[id(store)] = (store, vocab)
    return vocab


VOCABULARY_FILE = "ask-vocabulary.marshal"
_VOCABULARY_FORMAT = "chipkg-ask-vocabulary-1"


def _entry_of(store: Any) -> str | None:
    """The cache entry directory ``store`` was opened from by open_store, or None (another store)."""
    opened = sys.modules.get("chipkg.store")  # not imported: the store cannot come from it
    for directory, open_one in getattr(opened, "_OPEN", {}).items():
        if open_one is store:
            return directory
    return None


def _code_stamp() -> list[tuple[str, int, int]]:
    """The code that reads the vocabulary, by size and modification time: an edit of it (while the
    graph, hence the cache entry, stays the same) must not bring back names read the old way."""
    stamp = []
    for module in ("chipkg.ask", "chipkg.lookup", "chipkg.namespaces"):
        path = getattr(sys.modules.get(module), "__file__", None) or module
        try:
            info = os.stat(path)
            stamp.append((module, info.st_size, info.st_mtime_ns))
        except OSError:
            stamp.append((module, -1, -1))
    return stamp


def _saved_vocabulary(store: Any) -> Vocabulary:
    """The vocabulary of an opened cache entry, read from ``<entry>/ask-vocabulary.marshal``.

    The entry's name hashes every input of the graph, so a file there describes this very graph;
    the code stamp covers the rest. It is written once per entry (whole, then renamed into place)
    and ignored when unreadable, damaged or from other code: the names are then read again. The
    file also keeps the guards of this module's patterns (see :class:`_Pattern`), keyed by the
    pattern itself, so they are not derived again on every question either, and the index of
    names :func:`_name_index` builds from the vocabulary.
    """
    directory = _entry_of(store)
    if directory is None:
        return _read_vocabulary(store)
    path = os.path.join(directory, VOCABULARY_FILE)
    stamp = _code_stamp()
    try:
        with open(path, "rb") as handle:
            saved = marshal.loads(handle.read())
        tag, saved_stamp, names, nodes, foundries, designers, index, guards = saved
        if tag == _VOCABULARY_FORMAT and saved_stamp == stamp and isinstance(names, dict) \
                and isinstance(nodes, dict) and isinstance(index, dict) and isinstance(guards, dict):
            for source, guard in guards.items():
                _KNOWN_GUARDS.setdefault(source, guard)
            vocab = Vocabulary(names, nodes, frozenset(foundries), frozenset(designers), store)
            _INDEXES.clear()
            _INDEXES[id(vocab)] = (vocab, index)
            return vocab
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing or damaged: read the names again, and rewrite the file
    vocab = _read_vocabulary(store)
    guards = {p.source: p.guard for p in _ALL_PATTERNS}
    data = marshal.dumps((_VOCABULARY_FORMAT, stamp, vocab.names, vocab.nodes, vocab.foundries,
                          vocab.designers, _name_index(vocab), guards))
    tmp = os.path.join(directory, f".{VOCABULARY_FILE}.{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:  # a read-only cache: the names are read on every call, as before
        try:
            os.remove(tmp)
        except OSError:
            pass
    return vocab


def _read_vocabulary(store: Any) -> Vocabulary:
    from chipkg import lookup  # (with difflib: only when the names are read from the graph)

    def rows(text: str) -> list[Any]:
        return list(store.query(sparql_prologue() + text, use_default_graph_as_union=True))

    names: dict[str, dict[str, set[str]]] = {kind: {} for kind in [*ENTITY_CLASSES, "kind", "node", "section"]}
    values = " ".join(f"({cls} {_quote(kind)})" for kind, cls in ENTITY_CLASSES.items())
    # Types and names in two flat scans joined here: one SPARQL join with DISTINCT took 3x longer.
    types: dict[str, set[str]] = {}
    for row in rows(_TYPES_QUERY % values):
        types.setdefault(row["e"].value, set()).add(row["type"].value)
    for entity, name, label in lookup.names(store):
        for kind in types.get(entity, ()):
            names[kind].setdefault(name, set()).add(label)
    for row in rows(_KINDS_QUERY):
        names["kind"].setdefault(row["name"].value, set()).add(row["label"].value)
    for row in rows(_SECTIONS_QUERY):  # "the Groq section", "the amazon/aws section"
        for name in (row["label"].value, row["slug"].value, row["slug"].value.replace("-", " ")):
            names["section"].setdefault(name, set()).add(row["label"].value)
    nodes: dict[str, float] = {}
    for row in rows(_NODES_QUERY):
        names["node"].setdefault(row["name"].value, set()).add(row["label"].value)
        nodes[row["label"].value] = float(row["metres"].value)
    roles: dict[str, set[str]] = {"foundry": set(), "designer": set()}
    for row in rows(_ORG_ROLES_QUERY):
        roles[row["role"].value].add(row["label"].value)
    frozen = {kind: {n: frozenset(ls) for n, ls in by_name.items()} for kind, by_name in names.items()}
    return Vocabulary(frozen, nodes, frozenset(roles["foundry"]), frozenset(roles["designer"]), store)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------------- the answer


class Interpretation(NamedTuple):
    """What a question was taken to mean: a stored query, its parameters as text, and why."""

    query: str
    params: dict[str, str]
    explanation: str
    #: A yes/no question about one chip: the parameter sets of chip-check to settle (one, or one per
    #: workload of a compound such as "training LLMs"); :func:`settle` turns them into true/false.
    checks: tuple[dict[str, str], ...] = ()


# --------------------------------------------------------------------------- words

#: Words that carry no constraint of their own (question words, articles, generic nouns and verbs).
FILLER = frozenset("""
a an the of on in at to for with within by from as into onto about via over up per
and or also all any every each some both there here
which what who whom whose where how many much far
is are was were be been being am do does did can could would will should may might must
have has had having it its they them their these those this that me my i we our us you your
please list show give tell find get display name names return enumerate identify see look
chips chip accelerator accelerators ai processor processors device devices product products
hardware silicon one ones model models part parts everything anything
handle handles handling breakdown split exactly precisely baseline baselines
use uses used using utilize utilizes utilizing utilise feature features featuring include includes
including incorporate incorporates contain contains containing offer offers offering provide
provides providing come comes equipped support supports supported supporting
built build builds made make makes based run runs running operate operates operating
exist exists available known listed mentioned article graph data currently today now count
figure figures number numbers value values spec specs specification specifications total technology counts
""".split())

#: Words that ask something the graph cannot answer; named in the refusal.
UNSUPPORTED = {
    "price": "prices", "prices": "prices", "priced": "prices", "cost": "prices", "costs": "prices",
    "cheap": "prices", "cheaper": "prices", "cheapest": "prices", "expensive": "prices",
    "release": "release dates", "released": "release dates", "launch": "release dates",
    "launched": "release dates", "date": "dates", "dates": "dates", "when": "dates", "year": "dates",
    "why": "explanations", "sales": "sales", "sold": "sales", "revenue": "sales",
    "benchmark": "benchmarks", "benchmarks": "benchmarks", "popular": "popularity",
    "fastest": "an unspecified ranking", "slowest": "an unspecified ranking",
    "better": "an unspecified comparison", "worse": "an unspecified comparison",
    "worst": "an unspecified ranking", "not": "negations", "no": "negations", "without": "negations",
    "never": "negations", "don": "negations", "doesn": "negations", "isn": "negations",
    "aren": "negations", "nor": "negations", "except": "exclusions", "excluding": "exclusions",
    "only": "exclusive conditions",
}

_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# "top three", "the two best chips": a number of chips to list ("the one chip" is not a count)
_COUNT_WORDS = _Pattern(r"(?i)\b(top\s+)(" + "|".join(_NUMBER_WORDS) + r")\b|\b("
                + "|".join(w for w in _NUMBER_WORDS if w != "one")
                + r")(?=\s+(?:best|top|fastest|highest|leading|strongest|most|chips)\b)")

# Comparison words, longest first so "no more than" is not read as "more than".
_COMPARATORS: list[tuple[str, str]] = sorted([
    *((w, "more_than") for w in ["more than", "greater than", "larger than", "bigger than",
                                 "higher than", "faster than", "quicker than", "above", "over",
                                 "exceeding", "exceeds", "exceed", "in excess of", ">"]),
    *((w, "at_least") for w in ["at least", "no less than", "not less than", "no fewer than",
                                "minimum of", "a minimum of", "min", ">=", "≥", "=>"]),
    *((w, "less_than") for w in ["less than", "fewer than", "lower than", "smaller than",
                                 "slower than", "under", "below", "beneath", "<"]),
    *((w, "at_most") for w in ["at most", "no more than", "not more than", "up to", "maximum of",
                               "a maximum of", "max", "<=", "≤", "=<"]),
], key=lambda pair: -len(pair[0]))


def _comparator_before(low: str) -> tuple[str, int] | None:
    """The comparison word that ends ``low`` (but for spaces), and where it starts, or None.

    The longest wins ("no more than", not "more than"); it must start the text or follow a space
    or "(". (What the regular expression ``(?:(?<=[\\s(])|^)(WORD|...)\\s*$`` finds, without
    compiling forty alternatives.)
    """
    head = low.rstrip()
    for word, _param in _COMPARATORS:  # longest first
        if head.endswith(word):
            start = len(head) - len(word)
            if start == 0 or head[start - 1].isspace() or head[start - 1] == "(":
                return word, start
    return None


_COMPARATOR_AFTER = [
    (_Pattern(r"^\s*(?:or|and)\s+(?:more|greater|higher|above|larger|bigger|over|up)\b|^\s*\+"), "at_least"),
    (_Pattern(r"^\s*(?:or|and)\s+(?:less|fewer|lower|below|smaller|under)\b"), "at_most"),
]
# A comparison word that is still there once the numbers are read compares nothing. ("over" and
# "up to" are left out: "over its predecessor", "scale up to" are not comparisons.)
_DANGLING = _Pattern(
    r"\b(?:(?:more|less|fewer|greater|larger|bigger|higher|lower|smaller) than|at least|at most|"
    r"above|below|under|exceeding)\b|[<>≤≥]")

_NUMBER = _Pattern(r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d])")
_UNIT_TOKENS = _Pattern(r"[^\s,;?!()]+(?:[ \t]+[^\s,;?!()]+){0,3}")
_NON_SPACE = _Pattern(r"\S+")
_NEXT_WORD = _Pattern(r"\s*-?([^\s,;?!()]+)")
_WITH = _Pattern(r"(?i)\bw/(?=\s)")  # "chips w/ HBM"
_THAN = _Pattern(r"\bthan\b")
_UNIT_KEYS: dict[str, frozenset[str]] = {}  # dimension -> its units as _unit_key spells them


def _unit_key(unit: str) -> str:
    """A unit reduced the way units.parse_quantity's look-up can reduce it (case, spaces, hyphens)."""
    return unit.lower().replace(" ", "").replace("-", "")


def _unit_keys() -> dict[str, frozenset[str]]:
    if not _UNIT_KEYS:  # the unit tables are built on first use (units.DIMENSIONS)
        for name, dim in DIMENSIONS.items():
            _UNIT_KEYS[name] = frozenset(_unit_key(u) for u in [*dim.units, *dim.folded])
    return _UNIT_KEYS

#: Hint words name an attribute; the chosen intent must be able to show or filter on it.
HINTS: dict[str, str] = {
    "memory": r"\bmemory\b|\bram\b|\bcapacity\b|(?<!cluster )(?<!pod )\bsize\b",
    "bandwidth": r"\bbandwidth\b",
    "speed": r"\bspeeds?\b|\bfast\b",
    "power": r"\bpower\b|\bwatts?\b|\bwattage\b|\bconsum(?:e|es|ing|ption)\b|\bdraw(?:s|ing|n)?\b|\btdp\b",
    "clock": r"\bclock(?:ed|s)?\b|\bfrequenc(?:y|ies)\b",
    "transistors": r"\btransistors?\b",
    "cores": r"\bcores?\b|\bcompute units?\b|\bprocessing (?:elements?|units?)\b|\btiles?\b",
    "parameters": r"\bparameters?\b|\bparams\b",
    "performance": r"\bperformance\b|\bperf\b|\bcompute\b|\bthroughput\b|\b[kmgtpe]?(?:flops|ops)\b|"
                   r"\b(?:tera|peta|exa|giga) ?(?:flops|ops)\b|\boperations per second\b|\bdeliver\w*|\bachiev\w*|"
                   r"\bpeak\b",
    "node": r"\bprocess(?:es)?\b|\bnodes?\b|\bnanometers?\b|\bfabrication process\b",
    "kind": r"\bkinds?\b|\btypes?\b|\bclass\b|\bcategory\b",
    "vendor": r"\bdesign(?:ed|s)?\b(?!\s+(?:for|to)\b)|\bdesigners?\b|\bvendors?\b|\bmakers?\b|"
              r"\bcompan(?:y|ies)\b",
    # The foundry as a noun ("which foundry"), and the act of fabricating ("fabbed on 7nm", "fabricated
    # by TSMC"): the second also fits the process-node queries, the first does not.
    "foundry": r"\bfoundr(?:y|ies)\b|\bmanufacturers?\b|\bfab\b|\bfabricators?\b",
    "fabricated": r"\bfabricat(?:e|es|ed|ing|ion)\b|\bfabb?(?:ed|s)\b",
    # "Manufactured by Intel" is said of designers too (the article's "chip manufacturers").
    "manufactured": r"\bmanufactur(?:e|es|ed|ing)\b|\bproduced\b",
    "interconnect": r"\binterconnects?\b|\bconnect(?:s|ed|ion|ions|ivity)?\b|\blinks?\b|\binterfaces?\b",
    "software": r"\bsoftware\b|\bstacks?\b(?!\s+up\b)|\bframeworks?\b|\bwork(?:s)? with\b|\bcompatible\b",
    "workload": r"\bworkloads?\b|\b(?:designed|suited|suitable|intended|meant|built|made|optimi[sz]ed|aimed|good|"
                r"ideal|fit) for\b|"
                r"\b(?:designed|intended|meant|built|made|optimi[sz]ed|aimed) to\b|\b(?:aimed|targeted) at\b|"
                r"\bgeared (?:to|towards?|for)\b|"
                r"\btarget(?:s|ing|ed)?\b|\bapplications?\b|\btasks?\b",
    "format": r"\bprecisions?\b|\bformats?\b|\bdata ?types?\b|\bnumeric\b|\bnumber formats?\b",
    "architecture": r"\barchitectures?\b|\bbased on\b",
}
_HINTS = {name: _Pattern(pattern) for name, pattern in HINTS.items()}

# Flags that set a boolean parameter.
_ON_CHIP = _Pattern(r"\bon[- ]?chip\b")
_OFF_CHIP = _Pattern(r"\boff[- ]?chip\b|\bexternal\b")
_PROFILED = _Pattern(r"\bprofiled\b|\bprofiles\b")
# "AI accelerator" is a kind in the ontology, but people use it for any chip: only a kind when asked.
_WEAK_KINDS = {"AI accelerator"}
_KIND_CONTEXT = _Pattern(r"\b(?:kind|type|class|category)\b|\b(?:are|is)\s+(?:an?\s+)?ai accelerators?\b")
# What is left of "What is HBM?" once the name is read: a request for a definition.
_DEFINITION = _Pattern(r"^\W*(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?\W*$")
_SINGULAR_SUPERLATIVE = _Pattern(r"\b(?:which|what) chip\b|\b(?:top|best|highest|leading|fastest) chip\b")
_FASTEST = _Pattern(r"\bfastest\b|\bquickest\b")
# In a comparison, "previous TPUs", "the first generation", "prior versions" name the baseline the
# comparisons query already reports; the word after must be a kind or a generic noun.
_BASELINE = _Pattern(r"\b(?:previous|prior|earlier|older|preceding|first)(?:[- ]gen(?:eration)?s?)?\b"
                       r"(?:\s+([a-z0-9-]+))?")
_BASELINE_NOUNS = frozenset("generation generations gen gens version versions model models chip chips one ones "
                            "predecessor predecessors".split())


def _blank_baselines(text: _Text, vocab: Vocabulary) -> None:
    kinds = {_compact(name) for name in vocab.names.get("kind", {})}
    for m in _BASELINE.finditer(text.low):
        word = m.group(1)
        if word is None:
            text.blank(m.start(), m.end())
        elif word in _BASELINE_NOUNS or _compact(word) in kinds or _compact(word).removesuffix("s") in kinds:
            text.blank(m.start(), m.end())
        else:  # "previous H200": only the adjective is read; the name stays to be understood or not
            text.blank(m.start(), m.start(1))


# --------------------------------------------------------------------------- intents


class Intent(NamedTuple):
    """One way to answer: a stored query, the words that ask for it, and the slots it can express.

    ``cue``: a phrase that names this query outright (None: chosen by its slots alone).
    ``needs``: slots that must be present. ``takes``: slot -> parameter name (``""`` = understood
    by the query without a parameter). ``ranges``: dimensions whose bounds it filters on.
    ``hints``: attribute words it is compatible with. ``absorbs``: cued intents that are part of
    this one ("market share of each vendor" is not a second question). ``check``: a last test.
    ``quotes``: its ranges are not parameters but exact figures the question quotes ("the 400 TOPS
    figure"), which the named chip must have. ``exact_is_minimum``: a number without a comparison
    word is a requirement ("models with 175 billion parameters": at least that many).
    """

    name: str
    query: str
    cue: str | None = None
    needs: frozenset[str] = frozenset()
    takes: Mapping[str, str] = {}
    ranges: frozenset[str] = frozenset()
    hints: frozenset[str] = frozenset()
    absorbs: frozenset[str] = frozenset()
    check: Callable[[dict[str, Any]], bool] | None = None
    quotes: bool = False
    exact_is_minimum: bool = False

    @property
    def pattern(self) -> _Pattern | None:
        return _CUES[self.name]


def _f(*items: str) -> frozenset[str]:
    return frozenset(items)


# Words that pick one value of an enumeration (a qualifier of hedged figures, a kind of note).
_QUALIFIERS = [(_Pattern(r"\bapproximat\w*|\broughly\b"), "approximate"),
               (_Pattern(r"\bupper[- ]bounds?\b"), "upper bound"), (_Pattern(r"\blower[- ]bounds?\b"), "lower bound"),
               (_Pattern(r"\buncertain\b"), "uncertain"), (_Pattern(r"\bnominal\b|\btypical\b"), "nominal")]
# The article's own hedge words, read as a qualifier only in a question about hedged figures
# ("which figures are hedged with 'up to'"); elsewhere "up to" is a bound and "around" a filler.
_QUOTED_HEDGES = [(_Pattern(r"\bup to\b"), "upper bound"), (_Pattern(r"\blikely\b"), "uncertain"),
                  (_Pattern(r"\baround\b|~"), "approximate")]
_NOTE_KINDS = [(_Pattern(r"\bslips?\b|\btypos?\b|\bmistakes?\b"), "slip"),
               (_Pattern(r"\binconsisten\w*|\bcontradict\w*|\bdiscrepanc\w*"), "inconsistency")]
_SOURCES_CUE = (r"\bsources?\b|\bprovenance\b|\bcit(?:e|es|ed|ing|ation|ations)\b|\breferences?\b|"
                r"\bcomes? from\b|\bderived from\b|\bwhere (?:does|do|did) (?:the article|it|they|the author) get\b")
_FIGURE_DIMENSIONS = frozenset(DIMENSIONS)
_PLAIN_FACTS = frozenset({"format", "workload", "software", "architecture"})  # in chip-profile, as hints or names
_FIGURE_HINTS = frozenset("memory bandwidth speed power clock transistors cores parameters performance node".split())
_TOP_CUE = r"\btop\b|\bhighest\b|\bmost\b|\bbest\b|\brank(?:s|ed|ing)?\b|\bleading\b|\bstrongest\b"

#: The table of intents. Cued intents compete among themselves; the slot-driven ones (no cue) are
#: tried in order, most specific first, only when the question has no cue at all.
INTENTS: list[Intent] = [
    # ---- cued: a phrase names the query
    Intent("chips-per-node", "chips-per-node",
           cue=r"\b(?:per|each|every|by)\s+(?:process(?:\s+node)?|node|fabrication process)\b",
           hints=_f("node", "fabricated", "manufactured")),
    Intent("chips-per-vendor", "chips-per-vendor",
           cue=r"\b(?:per|each|every|by)\s+(?:vendor|designer|company|maker|manufacturer|chip\s?maker|"
               r"organi[sz]ation)\b",
           takes={"profiled": "profiled"}, hints=_f("vendor", "foundry", "fabricated", "manufactured")),
    Intent("vendor-of-chip", "vendor-of-chip",
           cue=r"\bwho\s+(?:makes?|made|designs?|designed|builds?|built|produces?|produced|develops?|"
               r"developed|manufactures?|manufactured|fabricates?|fabricated|fabs|fabbed|creates?|created|"
               r"is behind)\b|\bwhere (?:is|are|was|were)\s+(?:the\s+)?(?:made|built|fabricated|fabbed|manufactured|"
               r"produced)\b|"
               r"\b(?:vendor|maker|designer|manufacturer|foundry|developer) (?:of|for|behind)\b|"
               r"\b(?:which|what) (?:company|companies|vendor|firm|foundry|organi[sz]ation)\b",
           needs=_f("chip"), takes={"chip": "chip"},
           hints=_f("vendor", "foundry", "fabricated", "manufactured", "kind")),
    Intent("compare-chips", "compare-chips",
           cue=r"\bcompare\b|\bcomparison\b|\bvs\b\.?|\bversus\b|\bside[- ]by[- ]side\b|\bdifferences? between\b|"
               r"\bstacks? up\b|\bagainst\b|\bhead[- ]to[- ]head\b",
           needs=_f("chips"), takes={"chips": "chips"},
           hints=_f("node", "transistors", "clock", "power", "performance", "kind", "memory", "vendor")),
    Intent("comparisons", "comparisons",
           cue=r"\bimprovements?\b|\bimprove[sd]?\b|\bclaims?\b|\bclaimed\b|\bspeed-?ups?\b|\bgains?\b|"
               r"\bcompared? (?:to|with|against)\b|\brivals?\b|\bcompetitors?\b|"
               r"\bhow much (?:better|faster)\b|\btimes (?:faster|better|more)\b",
           takes={"chip": "chip", "aspect": "aspect"},
           hints=_f("performance", "memory", "bandwidth", "power", "speed", "interconnect"),
           absorbs=_f("chip-generations")),
    Intent("chip-everything", "chip-profile",
           cue=r"\beverything (?:about|on)\b|\bprofiles?\b|\bdetails\b|\ball (?:the )?facts\b|\ball about\b|"
               r"\btell me about\b|\bdescribe\b|\boverview\b",
           needs=_f("chip"), takes={"chip": "chip"},
           hints=_f("format", "workload", "software", "architecture", "vendor", "foundry", "fabricated",
                    "manufactured", "node", "kind")),
    Intent("chip-generations", "chip-generations",
           cue=r"\bpredecessors?\b|\bsuccessors?\b|\bgenerations?\b|\blineage\b|"
               r"\bprevious (?:chip|version|model)s?\b",
           takes={"chip": "chip"}),
    # "when does the MI350 go into production": the production year, for a named chip only
    Intent("production-year", "chip-generations",
           cue=r"\b(?:in|into)?\s*production(?:\s+(?:years?|dates?))?\b|"
               r"\b(?:go(?:es)?|enters?|scheduled|slated|expected)\s+(?:to\s+)?(?:go\s+)?(?:into|in)\s+production\b|"
               r"\bwhen\b(?=.*\bproduction\b)",
           needs=_f("chip"), takes={"chip": "chip"}),
    Intent("chip-components", "chip-components",
           cue=r"\bcomponents?\b|\bsub-?units?\b|\bbuilding blocks?\b|\b(?:its|what|which) parts\b|\bparts of\b",
           takes={"chip": "chip"}, hints=_f("kind", "performance", "cores")),
    Intent("chip-features", "chip-features",
           cue=r"\b(?:what|which|list|show|named|hardware|key|notable|special)\s+(?:the\s+)?features\b|"
               r"\bfeatures\s+(?:of|does|do|did|in|has|have)\b",
           takes={"chip": "chip"}),
    Intent("chip-systems", "chip-systems",
           cue=r"\bsystems?\b|\bplatforms?\b|\bclouds?\b|\bdeploy(?:ed|ment|s)?\b|\bservices?\b|"
               r"\bpowers\b|\bapplications? (?:does|do|of)\b",
           takes={"chip": "chip"}, hints=_f("workload")),
    Intent("chips-not-suitable-for", "chips-not-suitable-for",
           cue=r"\bnot\s+(?:be\s+)?(?:suitable|suited|meant|intended|designed|made|built|fit|ideal|recommended|"
               r"used|usable)\s+for\b|\bunsuitable for\b|\bruled out for\b|\bnot for\b",
           takes={"workload": "workload"}, hints=_f("workload")),
    Intent("performance-without-precision", "performance-without-precision",
           cue=r"\b(?:without|no|lacking|lacks?|missing)\s+(?:a\s+)?(?:stated\s+)?precision\b|"
               r"\bprecision\s+(?:is\s+)?(?:unknown|missing|not given|not stated)\b",
           takes={"chip": "chip"}, hints=_f("performance", "format")),
    Intent("scale-out-limits", "scale-out-limits",
           cue=r"\bscal(?:e|es|ed|ing)(?:[- ]?out)?(?:\s+limits?)?\b|\bscalab\w*|"
               r"\b(?:(?:max(?:imum)?|largest|biggest)\s+)?(?:clusters?|pods?)(?:\s+sizes?)?\b|"
               r"\bfits? (?:in|into|on)\b",
           # "how many TPUs fit in a Trillium pod": the kind names what is counted, for one chip only
           takes={"chip": "chip", "kind": ""}, hints=_f("interconnect", "node"),
           check=lambda s: "kind" not in s or "chip" in s),
    Intent("max-model-size", "max-model-size",
           cue=r"\bparameters?\b|\bparams\b|\b(?:largest|biggest|max(?:imum)?)\s+models?(?:\s+sizes?)?\b|"
               r"\bmodel sizes?\b",
           takes={"chip": "chip"}, ranges=_f("count"), hints=_f("parameters", "memory"), exact_is_minimum=True),
    Intent("market-share", "market-share",
           cue=r"\b(?:(?:largest|biggest)\s+)?market(?:\s+shares?)?\b|\bshare of the market\b",
           takes={"org": "org"}, hints=_f("vendor"), absorbs=_f("chips-per-vendor")),
    # "where does the 400 TOPS figure for AI 100 Ultra come from": the quoted figure must be one of
    # the chip's (then its row is among those listed); an attribute word names one of its figures.
    Intent("figure-provenance", "figure-provenance", cue=_SOURCES_CUE,
           needs=_f("chip"), takes={"chip": "chip"}, ranges=_FIGURE_DIMENSIONS, hints=_FIGURE_HINTS,
           quotes=True),
    Intent("section-sources", "section-sources", cue=r"\bsections?\b"),
    Intent("section-contents", "section-contents",
           cue=r"\bsections?\b|\b(?:say|says|said|write|writes|wrote)\s+about\b|\bcontents?\b|\bcoverage\b",
           needs=_f("section"), takes={"section": "section"}),
    Intent("article-references", "article-references",
           cue=r"\bcit(?:e|es|ed|ing|ation|ations)\b|\breferences?\b|\bbibliography\b|\burls?\b|\bpages\b"),
    Intent("organization-relations", "organization-relations",
           cue=r"\bacquir\w*|\bacquisitions?\b|\bbought\b|\bmembers?(?:hip)?\b|\bpartners?(?:hips?)?\b|"
               r"\bparent\b|\bsubsidiar\w*|\brelations(?:hips?)?\b|\bowns?\b|\bowned\b|\balliances?\b|"
               r"\bjoin(?:ed|s)?\b",
           takes={"org": "org"}, hints=_f("vendor", "foundry", "fabricated", "manufactured")),
    Intent("chips-without-process-node", "chips-without-process-node",
           cue=r"\b(?:no|without|lacking|lacks?|missing|unknown|unstated|undisclosed|"
               r"(?:do|does|did)(?:n't| not)\s+(?:have|list|give|state|mention))\b[\w\s]{0,20}?"
               r"\b(?:process(?:\s+nodes?)?|nodes?)\b|\b(?:process(?:\s+nodes?)?|nodes?)\s+(?:is\s+|are\s+)?"
               r"(?:unknown|missing|not given|not stated)\b",
           takes={"profiled": ""}, hints=_f("node", "fabricated", "manufactured")),
    Intent("hedged-figures", "hedged-figures",
           cue=r"\bhedg(?:e|ed|es|ing)\b|\bqualifiers?\b|\bqualified\b|\bnot exact\b|\binexact\b|"
               r"\bimprecise\b|\bvague\b|" + "|".join(p.source for p, _ in _QUALIFIERS),
           takes={"chip": "chip", "qualifier": "qualifier"}, ranges=_FIGURE_DIMENSIONS, hints=_FIGURE_HINTS,
           quotes=True),
    Intent("article-inconsistencies", "article-inconsistencies",
           cue=r"\berrors?\b|\bincorrect\b|\bwrong\b|" + "|".join(p.source for p, _ in _NOTE_KINDS),
           takes={"note_kind": "note_kind"}),
    Intent("performance-per-watt", "performance-per-watt",
           cue=r"\bper[- ]watt\b|\bper w\b|/\s*w(?:att)?\b|\bmost efficient\b|"
               r"\b(?:energy|power)[- ]efficien(?:t|cy)\b",
           takes={"format": "precision", "n": "n"}, hints=_f("performance", "power", "format"),
           absorbs=_f("top-performance")),
    Intent("top-performance", "top-performance", cue=_TOP_CUE,
           takes={"format": "precision", "n": "n"}, hints=_f("performance", "format"),
           check=lambda s: "performance" in s["hints"]),
    # ---- slot-driven: chosen by what the question mentions, most specific first
    Intent("sram-on-node", "sram-on-node", needs=_f("node", "memory", "datasize"),
           takes={"node": "node", "memory": "", "on_chip": ""}, ranges=_f("datasize"),
           hints=_f("memory", "node", "fabricated", "manufactured"),
           check=lambda s: s.get("memory") == "SRAM" and s.get("on_chip", "true") == "true"),
    Intent("chips-by-node", "chips-by-node", needs=_f("node"), takes={"node": "node"},
           hints=_f("node", "fabricated", "manufactured")),
    Intent("chips-by-feature-size", "chips-by-feature-size", needs=_f("length"), ranges=_f("length"),
           hints=_f("node", "fabricated", "manufactured")),
    Intent("chips-by-memory", "chips-by-memory", needs=_f("memory|datasize|on_chip"),
           takes={"memory": "memory", "on_chip": "on_chip"}, ranges=_f("datasize"), hints=_f("memory")),
    Intent("chips-by-bandwidth", "chips-by-bandwidth", needs=_f("bandwidth|hint:bandwidth"),
           takes={"memory": "memory"}, ranges=_f("bandwidth"), hints=_f("memory", "bandwidth", "speed")),
    Intent("chips-by-performance", "chips-by-performance", needs=_f("performance|hint:performance"),
           takes={"format": "precision"}, ranges=_f("performance"),
           hints=_f("performance", "format", "speed")),
    Intent("chips-by-power", "chips-by-power", needs=_f("power|hint:power"), ranges=_f("power"), hints=_f("power")),
    Intent("chips-by-clock", "chips-by-clock", needs=_f("frequency|hint:clock"), ranges=_f("frequency"),
           hints=_f("clock", "speed")),
    Intent("chips-by-transistors", "chips-by-transistors", needs=_f("count|hint:transistors"), ranges=_f("count"),
           hints=_f("transistors"), check=lambda s: "transistors" in s["hints"]),
    Intent("chips-by-cores", "chips-by-cores", needs=_f("count|hint:cores"), ranges=_f("count"),
           hints=_f("cores"), check=lambda s: "cores" in s["hints"]),
    Intent("chips-by-format", "chips-by-format", needs=_f("format"), takes={"format": "format"},
           hints=_f("format")),
    Intent("chips-by-foundry", "chips-by-foundry", needs=_f("org"), takes={"org": "foundry"},
           hints=_f("foundry", "fabricated", "manufactured"), check=lambda s: s["org_role"] == "foundry"),
    Intent("chips-by-vendor", "chips-by-vendor", needs=_f("org"),
           takes={"org": "vendor", "profiled": "profiled"}, hints=_f("vendor", "manufactured"),
           check=lambda s: s["org_role"] == "designer" and s["org_designs"]),
    Intent("chips-by-kind", "chips-by-kind", needs=_f("kind"), takes={"kind": "kind"}, hints=_f("kind")),
    Intent("chips-by-interconnect", "chips-by-interconnect", needs=_f("interconnect"),
           takes={"interconnect": "interconnect"}, hints=_f("interconnect")),
    Intent("chips-by-workload", "chips-by-workload", needs=_f("workload"),
           takes={"workload": "workload"}, hints=_f("workload")),
    Intent("chips-by-software", "chips-by-software", needs=_f("software"),
           takes={"software": "software"}, hints=_f("software")),
    Intent("chips-by-architecture", "chips-by-architecture", needs=_f("architecture"),
           takes={"architecture": "architecture"}, hints=_f("architecture")),
    # "How much HBM does Gaudi 3 have?": the chip's memories, the HBM among them.
    Intent("chip-memory", "chip-memory", needs=_f("chip"), takes={"chip": "chip", "memory": "", "on_chip": ""},
           hints=_f("memory", "bandwidth"),
           check=lambda s: bool({"memory", "bandwidth"} & s["hints"]) or "memory" in s),
    # Plain facts of one chip that compare-chips does not show: formats, workloads, software ...
    Intent("chip-facts", "chip-profile", needs=_f("chip"),
           takes={"chip": "chip", "format": "", "workload": "", "software": "", "architecture": ""},
           hints=_f("format", "workload", "software", "architecture", "vendor", "foundry", "fabricated",
                    "manufactured", "node", "kind"),
           check=lambda s: bool(_PLAIN_FACTS & (s["hints"] | s.keys())
                                or {"fabricated", "manufactured", "foundry"} & s["hints"])),
    Intent("chip-profile", "compare-chips", needs=_f("chips"), takes={"chips": "chips"},
           hints=_f("node", "transistors", "clock", "power", "performance", "kind", "speed")),
]
_CUES: dict[str, _Pattern | None] = {i.name: _Pattern(i.cue) if i.cue else None for i in INTENTS}
_ALL_CUES = [p for p in _CUES.values() if p is not None]
_COMPARISONS_CUE = _CUES["comparisons"]


# --------------------------------------------------------------------------- reading a question


class _Span(NamedTuple):
    start: int
    end: int
    readings: list[tuple[str, str]]  # (type, label), preferred first


class _Quantity:
    """A number, its unit and dimensions, and the comparison word that governs it (set later)."""

    __slots__ = ("start", "end", "number", "unit", "dims", "comparator")

    def __init__(self, start: int, end: int, number: str, unit: str, dims: set[str]) -> None:
        self.start, self.end, self.number, self.unit, self.dims = start, end, number, unit, dims
        self.comparator: str | None = None


_POSSESSIVE = _Pattern(r"['’]s\b")
_OR_MORE = _Pattern(r"(\d[\d.,]*\s*[A-Za-z/%]*)\+(?=[\s?.!,]|$)")


class _Text:
    """The question twice (as typed, and lower-cased) with the parts already read blanked out."""

    def __init__(self, question: str) -> None:
        text = _POSSESSIVE.sub("", question.replace("\u00a0", " ").replace("’", "'"))  # "Groq's" -> "Groq"
        text = _OR_MORE.sub(r"\1 or more", text)  # "100 MB+"
        self.source = text  # never blanked: for quoting the question back
        self.orig = text
        self.low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)

    def blank(self, start: int, end: int) -> None:
        pad = " " * (end - start)
        self.orig = self.orig[:start] + pad + self.orig[end:]
        self.low = self.low[:start] + pad + self.low[end:]


def _refuse(question: str, reason: str) -> NoAnswer:
    close = _closest_queries(question)
    hint = (f" Closest stored queries: {', '.join(close)}." if close
            else " `chipkg queries` lists the stored queries.")
    return NoAnswer(f"I can't answer that: {reason}.{hint}")


# Words too common to make a stored query "close" to a question.
_CLOSE_STOP = frozenset("""a an the of on in at to for with by from as and or is are was were be do does did
which what who how many much chip chips their its it this that these those there have has had""".split())


def _closest_queries(question: str, n: int = 3) -> list[str]:
    """Stored queries ranked by how many of the question's words their name, title and tags share."""

    def stems(text: str) -> set[str]:
        words = re.findall(r"[a-z0-9]+", text.lower())
        return {w.rstrip("s") for w in words if w not in _CLOSE_STOP and len(w) > 1}

    asked = stems(question)
    scored = []
    for q in catalog.stored_queries():
        overlap = len(asked & stems(" ".join([q.name.replace("-", " "), q.title, *q.tags])))
        if overlap:
            scored.append((-overlap, q.name))
    return [name for _score, name in sorted(scored)[:n]]


_NAME_TOKEN = _Pattern(r"[a-z0-9µ]+")
_SEPARATORS = _Pattern(r"[\s\-_/.()]*")
_MAX_NAME_TOKENS = 8


def _compact(name: str) -> str:
    """A name reduced to its letters and digits: "CS-3", "cs 3" and "cs3" all read "cs3"."""
    return "".join(_NAME_TOKEN.findall(name.lower()))


def _name_index(vocab: Vocabulary) -> dict[str, list[tuple[str, str, frozenset[str]]]]:
    """compact name -> [(kind, name, labels)], built once per vocabulary.

    Matching the question's token runs against this index replaces one regular expression per
    name (hundreds of compilations, most of the cost of a question) with dictionary look-ups.
    """
    cached = _INDEXES.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    index: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for kind, by_name in vocab.names.items():
        for name, labels in by_name.items():
            key = _compact(name)
            if key:
                index.setdefault(key, []).append((kind, name, labels))
            words = _NAME_TOKEN.findall(name.lower())
            if kind == "kind" and len(words) > 2:  # "systems on a chip": the head noun is first
                index.setdefault("\0" + words[0] + "s" + "".join(words[1:]), []).append((kind, name, labels))
    _INDEXES.clear()
    _INDEXES[id(vocab)] = (vocab, index)
    return index


_INDEXES: dict[int, tuple[Any, dict[str, list[tuple[str, str, frozenset[str]]]]]] = {}


_SINGULAR_RANK = {"chip": 0, "kind": 1, "org": 2, "architecture": 6}
_PLURAL_RANK = {"kind": 0, "org": 2, "architecture": 6, "chip": 7}


def _find_entities(text: _Text, vocab: Vocabulary, with_aspects: bool, with_weak_kinds: bool) -> list[_Span]:
    """Entity names in the question, longest first; a span may have several readings ("LPU")."""
    found: list[tuple[int, int, str, str, bool]] = []
    index = _name_index(vocab)
    tokens = list(_NAME_TOKEN.finditer(text.low))
    for i in range(len(tokens)):
        key = ""
        for j in range(i, min(len(tokens), i + _MAX_NAME_TOKENS)):
            if j > i and not _SEPARATORS.fullmatch(text.low, tokens[j - 1].end(), tokens[j].start()):
                break  # only spaces, hyphens, slashes, dots and brackets may sit inside a name
            key += tokens[j].group(0)
            start, end = tokens[i].start(), tokens[j].end()
            readings = [(k, False) for k in index.get(key, [])]
            readings += [(k, True) for k in index.get("\0" + key, [])]
            for suffix in ("s", "es"):  # "LPUs", "ASICs", "TPUes" never, but "switches"
                if key.endswith(suffix) and len(key) > len(suffix):
                    readings += [(k, True) for k in index.get(key[: -len(suffix)], [])]
            for (kind, _name, labels), plural in readings:
                if kind == "node" or (kind == "aspect" and not with_aspects):
                    continue
                if kind == "kind" and not with_weak_kinds and labels & _WEAK_KINDS:
                    continue
                for label in sorted(labels):
                    found.append((start, end, kind, label, plural))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    spans: list[_Span] = []
    plurals: dict[tuple[int, int], bool] = {}
    for start, end, kind, label, plural in found:
        if plural and kind == "chip":
            continue  # chip names are singular: "LPUs" is a kind, not the Groq LPU twice
        same = next((s for s in spans if (s.start, s.end) == (start, end)), None)
        if same is not None:
            if (kind, label) not in same.readings:
                same.readings.append((kind, label))
            continue
        if any(start < s.end and s.start < end for s in spans):
            continue
        spans.append(_Span(start, end, [(kind, label)]))
        plurals[(start, end)] = plural
    for span in spans:
        # One name, several readings: a singular prefers the chip ("the LPU"), a plural the kind
        # ("LPUs"); a kind is preferred over an architecture of the same name.
        rank = _PLURAL_RANK if plurals[(span.start, span.end)] else _SINGULAR_RANK
        span.readings.sort(key=lambda r: rank.get(r[0], 5))
    for span in spans:
        text.blank(span.start, span.end)
    return sorted(spans, key=lambda s: s.start)


def _read_unit(number: str, rest: str) -> tuple[str, set[str], int]:
    """The longest run of words after a number that is a unit: (unit, dimensions, characters used)."""
    lead = len(rest) - len(rest.lstrip())
    body = rest.lstrip()
    if body.startswith("-"):  # "7-nanometer", "100-watt"
        lead += 1
        body = body[1:]
    run = _UNIT_TOKENS.match(body)
    tokens = list(_NON_SPACE.finditer(run.group(0))) if run else []
    for k in range(len(tokens), 0, -1):
        unit = body[:tokens[k - 1].end()].rstrip(".:")
        if not unit:
            continue
        dims = set()
        key = _unit_key(unit)
        for dim, keys in _unit_keys().items():
            if key not in keys:
                continue  # no spelling of this dimension's units reduces to it: parse_quantity would refuse it
            try:
                parse_quantity(f"{number} {unit}", dim)
            except ChipkgError:
                continue
            dims.add(dim)
        if dims:
            return " ".join(unit.split()), dims, lead + len(unit)
    return "", {"count"}, 0


def _find_quantities(text: _Text, question: str) -> list[_Quantity]:
    """Numbers with their units and the comparison word that governs each."""
    found: list[_Quantity] = []
    for m in _NUMBER.finditer(text.orig):
        if found and m.start() < found[-1].end:
            continue
        sign = text.orig[max(0, m.start() - 2):m.start()]
        if sign[-1:] in {"-", "−"} and not sign[:-1].isalnum():
            raise _refuse(question, f"the negative number -{m.group(1)} makes no sense for a chip")
        unit, dims, used = _read_unit(m.group(1), text.orig[m.end():])
        if not unit:
            word = _NEXT_WORD.match(text.orig[m.end():])
            spellings = {u.lower() for d in DIMENSIONS.values() for u in [*d.units, *d.folded]}
            if word and word.group(1).lower() in spellings:
                raise _refuse(question, f"the unit {word.group(1)!r} after {m.group(1)} is unknown or "
                                        "ambiguous here (e.g. write MB for megabytes, Mb for megabits)")
        if "bandwidth" in dims:
            dims.discard("networkrate")
        found.append(_Quantity(m.start(), m.end() + used, m.group(1), unit, dims))
    # "between 50 and 100 W", "from 1 to 2 GHz", "50-100 W": a pair of bounds sharing a unit.
    for first, second in zip(found, found[1:], strict=False):
        gap = text.low[first.end:second.start].strip()
        before = text.low[:first.start].rstrip()
        if gap in {"and", "to", "-"} and (before.endswith("between") or before.endswith("from") or gap != "and"):
            if not first.unit and second.unit:
                first.unit, first.dims = second.unit, set(second.dims)
            first.comparator, second.comparator = "at_least", "at_most"
            word = "between" if before.endswith("between") else "from" if before.endswith("from") else ""
            if word:
                text.blank(len(before) - len(word), len(before))
            text.blank(first.end, second.start)
    for q in found:
        if q.comparator is None:
            before = _comparator_before(text.low[:q.start])
            if before:
                word, start = before
                q.comparator = dict(_COMPARATORS)[word]
                text.blank(start, start + len(word))
            else:
                for pattern, comparator in _COMPARATOR_AFTER:
                    after = pattern.match(text.low[q.end:])
                    if after:
                        q.comparator = comparator
                        text.blank(q.end, q.end + after.end())
                        break
        text.blank(q.start, q.end)
    return found


def _leftover_words(low: str) -> list[str]:
    return [w for w in _NAME_TOKEN.findall(low) if w not in FILLER]


class _Reading(NamedTuple):
    """Everything found in a question, before an intent is chosen."""

    spans: list[_Span]
    quantities: list[_Quantity]
    hints: set[str]
    cued: list[Intent]
    flags: dict[str, str]
    yes_no: bool = False  # "Is / Does / Can ... ?" (possibly after "tell me")
    combo: bool = False  # "and", "or", "both" ... outside the names: a combination of conditions


def interpret(question: str, vocab: Vocabulary) -> Interpretation:
    """Map a plain-English question onto a stored query and its parameters, or refuse (NoAnswer)."""
    if not question.strip():
        raise _refuse(question, "the question is empty")
    question = _COUNT_WORDS.sub(lambda m: (m.group(1) or "") + _NUMBER_WORDS[(m.group(2) or m.group(3)).lower()],
                      question)
    ranked = _rank_chips(question, vocab)
    if ranked is not None:
        return ranked
    text = _Text(_WITH.sub("with", question))
    flags: dict[str, str] = {}
    for pattern, key, value in ((_ON_CHIP, "on_chip", "true"), (_OFF_CHIP, "on_chip", "false"),
                                (_PROFILED, "profiled", "true")):
        for m in pattern.finditer(text.low):
            if flags.get(key, value) != value:
                raise _refuse(question, "it asks for both on-chip and off-chip memory")
            flags[key] = value
            text.blank(m.start(), m.end())
    comparing = bool(_COMPARISONS_CUE.search(text.low))
    if comparing:
        _blank_baselines(text, vocab)
    yes_no = _read_yes_no(text)
    weak_kinds = bool(_KIND_CONTEXT.search(text.low) or (yes_no and _AN_AI_ACCELERATOR.search(text.low)))
    spans = _find_entities(text, vocab, with_aspects=comparing, with_weak_kinds=weak_kinds)
    for span in spans:
        kinds = [kind for kind, _label in span.readings]
        if len(kinds) != len(set(kinds)):
            labels = ", ".join(label for _kind, label in span.readings)
            raise _refuse(question, f"{text.source[span.start:span.end]!r} could name any of {labels}")
    quantities = _find_quantities(text, question)
    combo = bool(_COMBINATION.search(text.low))
    dangling = _DANGLING.search(text.low)
    if dangling:
        raise _refuse(question, f"{dangling.group(0)!r} compares with no number to compare against")
    quoted_hedges: set[str] = set()
    if _CUES["hedged-figures"].search(text.low):
        for pattern, value in _QUOTED_HEDGES:
            for m in pattern.finditer(text.low):
                quoted_hedges.add(value)
                text.blank(m.start(), m.end())
    for key, table in (("qualifier", _QUALIFIERS), ("note_kind", _NOTE_KINDS)):
        values = {value for pattern, value in table if pattern.search(text.low)}
        if key == "qualifier":
            values |= quoted_hedges
        if len(values) > 1:
            raise _refuse(question, f"it asks for several {key.replace('_', ' ')}s ({', '.join(sorted(values))})")
        if values:
            flags[key] = values.pop()
    hints = {name for name, pattern in _HINTS.items() if pattern.search(text.low)}
    fastest = _FASTEST.search(text.low)
    if fastest and any(kind == "format" for span in spans for kind, _label in span.readings):
        # "the fastest chips at FP16": a ranking by performance in that precision. Without a
        # precision "fastest" stays vague (FLOPS of one format against OPS of another).
        text.low = text.low[:fastest.start()] + "top" + " " * (fastest.end() - fastest.start() - 3) \
            + text.low[fastest.end():]
        hints.add("performance")
    cued = [i for i in INTENTS if i.pattern is not None and i.pattern.search(text.low)]
    if _COMPARISONS_CUE.search(text.low):  # "how much faster is Trainium2 than its predecessor"
        for m in _THAN.finditer(text.low):
            text.blank(m.start(), m.end())
    for pattern in [*_ALL_CUES, *_HINTS.values()]:
        for m in pattern.finditer(text.low):
            text.blank(m.start(), m.end())
    leftover = _leftover_words(text.low)
    if leftover:
        unsupported = sorted({UNSUPPORTED[w] for w in leftover if w in UNSUPPORTED})
        if unsupported:
            raise _refuse(question, f"the graph has nothing on {', '.join(unsupported)} "
                                    f"({', '.join(repr(w) for w in leftover)})")
        raise _refuse(question, "I don't know what " + ", ".join(repr(w) for w in leftover)
                      + " means here (not a name in the graph, nor a word I can map)")
    chosen = _choose(question, vocab, _Reading(spans, quantities, hints, cued, flags, yes_no, combo))
    if _DEFINITION.match(text.low) and not {"chip", "chips"} & set(chosen.params):
        # "What is HBM?" asks for a definition; listing the chips that use HBM would not answer it.
        raise _refuse(question, "the graph holds no definitions, only facts about chips")
    return chosen


# --------------------------------------------------------------------------- rankings by one figure
#
# "Which chip has the most transistors?", "top 3 chips by clock speed", "the two chips with the least
# power": a superlative and one metric word, nothing else but filler, map to rank-chips. A question
# with something more (a node, a vendor, a precision, a memory technology such as HBM) is refused:
# rank-chips ranks every chip. Anything else (no metric word: "the highest INT8 performance", or an
# unknown word: "most power efficient") is left to the intents below.

RANK_QUERY = "rank-chips"
_RANK_DESC = ("most", "highest", "largest", "biggest", "greatest", "fastest", "top", "maximum", "best")
_RANK_ASC = ("least", "fewest", "lowest", "smallest", "slowest", "minimum")
# Comparison words that contain a superlative ("at least 128 MB"): not a ranking.
_RANK_NOT = _Pattern(r"\b(?:at|no|not)\s+(?:least|most)\b|\b(?:a\s+)?(?:maximum|minimum)\s+of\b")
_RANK_WORD = _Pattern(r"\b(?:" + "|".join(_RANK_DESC + _RANK_ASC) + r")\b")
#: Metric words, in the order they are read (each match is blanked before the next is tried).
_RANK_METRICS: list[tuple[_Pattern, str]] = [(_Pattern(source), metric) for source, metric in [
    (r"\bon[- ]?chip (?:sram|memory)(?: capacity)?\b|\bsram(?: capacity)?\b", "sram"),
    (r"\b(?:memory )?bandwidth\b", "bandwidth"),
    (r"\bclock(?:ed)?(?: (?:speeds?|frequenc(?:y|ies)|rates?))?\b|\bfrequenc(?:y|ies)\b", "clock"),
    (r"\btransistor counts?\b|\bnumber of transistors\b|\btransistors\b", "transistors"),
    (r"\bpower(?: (?:consumption|draw|usage|figure))?\b|\bwatts\b|\bwattage\b|\btdp\b", "power"),
    (r"\b(?:number of )?(?:cores|compute units|processing (?:elements|units))\b|\bcore counts?\b", "cores"),
    (r"\bdie(?: (?:sizes?|areas?))?\b", "die-area"),
    (r"\bmodel sizes?\b|\bmodels?\b", "model-size"),
    (r"\b(?:process(?:ing)? )?nodes?\b|\bfeature sizes?\b|\bprocess(?: technology)?\b", "feature-size"),
    (r"\b(?:memory|ram)(?: capacity)?\b|\bcapacity\b", "memory"),
]]
# "fastest" / "slowest" rank only what has a speed: clock and bandwidth.
_RANK_SPEED_WORDS = frozenset({"fastest", "slowest"})
_RANK_TOP_N = _Pattern(r"\btop\s+(\d+)\b|\b(\d+)\s+(?:chips|accelerators|processors)\b")
_RANK_SINGULAR = _Pattern(r"\b(?:which|what)\s+(?:single\s+)?(?:chip|accelerator|processor)\b(?!s)|"
                          r"\bthe\s+(?:chip|accelerator|processor)\s+(?:with|that)\b")
_RANK_SUBJECT = _Pattern(r"\bchips?\b|\baccelerators?\b|\bprocessors?\b|\btop\s+\d+\b|\brank(?:ed|ing|s)?\b")
_RANK_FILLER = FILLER | {"has", "have", "rank", "ranked", "ranking", "rankings", "order", "ordered", "sorted",
                         "first", "speed", "size", "area", "consumption", "draw", "draws", "consume", "consumes",
                         "capacity", "handle", "handles"}
_RANK_DIGITS = _Pattern(r"\d")


def _rank_chips(question: str, vocab: Vocabulary) -> Interpretation | None:
    """rank-chips for a superlative question about one metric, a refusal, or None (not such a question)."""
    if not _RANK_WORD.possible(question.lower()):
        return None
    low = _RANK_NOT.sub(lambda m: " " * len(m.group(0)), question.lower().replace("’", "'"))
    words = [m.group(0) for m in _RANK_WORD.finditer(low)]
    if not words:
        return None
    rest = low
    metrics: list[str] = []
    for pattern, metric in _RANK_METRICS:
        for m in pattern.finditer(rest):
            metrics.append(metric)
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if not metrics:
        return None
    if len(set(metrics)) > 1:
        raise _refuse(question, f"it asks for a ranking by several figures ({', '.join(sorted(set(metrics)))}) "
                                "and rank-chips ranks by one")
    metric = metrics[0]
    if metric == "model-size" and not _RANK_SUBJECT.search(low):
        return None  # "what are the largest model sizes supported": max-model-size lists them all
    desc = {w for w in words if w in _RANK_DESC}
    asc = {w for w in words if w in _RANK_ASC}
    if (desc - {"top"}) and asc:
        raise _refuse(question, f"it asks for both ends of a ranking ({', '.join(sorted(desc | asc))})")
    if (desc | asc) & _RANK_SPEED_WORDS and metric not in ("clock", "bandwidth"):
        return None  # "the fastest chip by power": no speed to rank by
    order = "asc" if asc else "desc"
    n_values = {a or b for a, b in _RANK_TOP_N.findall(rest)}
    rest = _RANK_TOP_N.sub(" ", rest)
    for m in _RANK_WORD.finditer(rest):
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    leftover = [w for w in _NAME_TOKEN.findall(rest) if w not in _RANK_FILLER]
    if leftover:
        named = _find_entities(_Text(" ".join(leftover)), vocab, with_aspects=False, with_weak_kinds=False)
        node_words = {"nm", "nanometer", "nanometers"} & set(leftover)
        if named or node_words or _RANK_DIGITS.search(" ".join(leftover)):
            what = ", ".join(repr(w) for w in leftover)
            raise _refuse(question, f"rank-chips ranks every chip by {metric} and can't also filter on {what}")
        return None  # an unknown word: the intents below decide (or refuse)
    params = {"metric": metric, "order": order}
    if len(n_values) > 1:
        raise _refuse(question, f"it has numbers ({', '.join(sorted(n_values))}) I can't place")
    if n_values:
        n = n_values.pop()
        if int(n) < 1:
            raise _refuse(question, f"{n} is not a number of chips to list")
        params["n"] = str(int(n))
    elif _RANK_SINGULAR.search(low):
        params["n"] = "1"
    if order == "asc" and metric in _RANK_PARTIAL_METRICS:
        # a chip's smallest memory or core figure is often one part of it (the M4's "4
        # high-performance cores", Gaudi 3's 96 MB of SRAM beside 128 GB of HBM)
        raise _refuse(question, f"a chip's smallest {metric} figure may be only one part of it, "
                                "so the least is not known")
    stored = catalog.get(RANK_QUERY)
    if params.get("n") == "1" and vocab.store is not None:
        _check_single_winner(question, vocab.store, stored, {**params, "n": "2"}, order)
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return Interpretation(RANK_QUERY, params, f"{stored.title} ({shown})")


# Metrics whose figures a chip may have several of, some only a part (per die, per core type).
_RANK_PARTIAL_METRICS = frozenset({"memory", "cores"})


def _check_single_winner(question: str, store: Any, stored: Any, params: dict[str, str], order: str) -> None:
    """Refuse "the one chip with the most/least X" when only one chip has the figure (NorthPole's
    die area says nothing about the wafer-scale CS-3's), or, for the least, when the winner's
    figure is a lower bound ("over 10 billion" is no known minimum)."""
    from chipkg import sparql

    bound = catalog.bind(stored, params, store)
    result = sparql.run(store, stored.sparql, bound.bindings)
    rows = [{v: ("" if x is None else str(getattr(x, "value", x))) for v, x in zip(result.variables, row, strict=False)}
            for row in result.rows]
    if not rows:
        return
    if len(rows) < 2:  # one die area (NorthPole's): not known to be the smallest or the largest
        extreme = "least" if order == "asc" else "most"
        raise _refuse(question, f"only {rows[0]['chip']} has that figure, so the {extreme} is not known")
    if order == "asc" and "lower bound" in rows[0].get("qualifier", ""):
        raise _refuse(question, f"the figure of {rows[0]['chip']} is a lower bound, so the least is not known")


# --------------------------------------------------------------------------- yes/no questions about one chip
#
# "Does the Groq LPU support INT8?", "Is the Apple M4 built on 3nm?": one chip and one other name
# (a node, format, memory, workload, interconnect, kind, organization, software or architecture),
# no number, no "and"/"or", no negation. chip-check says whether the graph records the property;
# chip-rules-out whether the article rules it out. The article's lists are not exhaustive, so a
# property that is neither recorded nor ruled out gets "the article does not say", never "false".

_YES_NO_LEAD = _Pattern(r"\W*(?:please\s+)?(?:tell me|let me know)\b[\s,:]*")
_YES_NO_CLAUSE = _Pattern(r"(?:if|whether|is it true that)\b\s*")
_YES_NO_AUX = _Pattern(r"\W*(?:is|are|does|do|did|can|could|has|have|was|were|will)\b")
_AN_AI_ACCELERATOR = _Pattern(r"\ban?\s+ai accelerators?\b")
# Words that join two conditions (a name such as "ranking and recommendation" is read before this).
_COMBINATION = _Pattern(r"\b(?:and|or|nor|both|either|neither|plus|as well as)\b|&")
# Stored queries that list a chip's facts: not an answer to a yes/no question.
_FACT_LISTS = frozenset({"chip-profile", "chip-memory", "compare-chips"})
CHECK_QUERY = "chip-check"
RULES_OUT_QUERY = "chip-rules-out"
# Slot -> chip-check parameter (the organization's parameter is chosen by its role, below).
_CHECK_PARAMS = {"node": "node", "format": "format", "memory": "memory", "on_chip": "on_chip",
                 "interconnect": "interconnect", "workload": "workload", "kind": "kind",
                 "software": "software", "architecture": "architecture"}
_CHECK_HINTS = frozenset({"node", "fabricated", "manufactured", "foundry", "vendor", "kind", "format", "memory",
                          "interconnect", "workload", "software", "architecture"})
_NOT_CHECKED = ("n", "qualifier", "note_kind", "section", "aspect", "profiled")


def _read_yes_no(text: _Text) -> bool:
    """True for "Is ...", "Does ...", "Tell me, can ...", "Tell me whether ..."; blanks the lead-in."""
    lead = _YES_NO_LEAD.match(text.low)
    pos = lead.end() if lead else 0
    clause = _YES_NO_CLAUSE.match(text.low, pos)
    if clause and (lead or clause.group(0).startswith("is")):  # a bare "If ..." starts a condition
        text.blank(0, clause.end())
        return True
    if _YES_NO_AUX.match(text.low, pos):
        if lead:
            text.blank(0, lead.end())
        return True
    return False


def _yes_no_checks(slots: dict[str, Any]) -> tuple[dict[str, str], ...] | None:
    """chip-check parameter sets for a yes/no question about one chip and one property, or None."""
    if "chip" not in slots or len(slots.get("chips", [])) != 1:
        return None
    if any(key in slots for key in _NOT_CHECKED) or slots["hints"] - _CHECK_HINTS:
        return None
    size = slots["ranges"].get("length", {})
    if set(slots["ranges"]) - {"length"} or (size and (size.keys() != {"at_least", "at_most"}
                                                        or size["at_least"] != size["at_most"])):
        return None  # a number, or a bound ("below 5nm"): not a yes/no about one property
    names = [key for key in (*_CHECK_PARAMS, "org", "workloads", "length") if key in slots and key != "on_chip"]
    if len(names) > 1 or (not names and "on_chip" not in slots):
        return None
    params = {"chip": slots["chip"]}
    params.update({_CHECK_PARAMS[k]: slots[k] for k in ("memory", "on_chip") if k in slots})
    if not names:
        return (params,)
    name = names[0]
    if name == "org":
        fab = bool({"fabricated", "foundry"} & slots["hints"])
        design = "vendor" in slots["hints"]
        if fab and design:
            return None  # "designed and fabricated by": two questions
        role = "foundry" if fab else "vendor" if design else slots["org_role"]
        params["foundry" if role == "foundry" else "vendor"] = slots["org"]
        return (params,)
    if name == "length":  # a node the graph does not know: its feature size, exactly
        return ({**params, **size},)
    if name == "workloads":  # "training LLMs": each workload, all of them needed
        return tuple({**params, "workload": workload} for workload in slots["workloads"])
    params[_CHECK_PARAMS[name]] = slots[name]
    return (params,)


def _check_answer(checks: tuple[dict[str, str], ...]) -> Interpretation:
    stored = catalog.get(CHECK_QUERY)
    shown = "; ".join(", ".join(f"{k}={v}" for k, v in params.items()) for params in checks)
    return Interpretation(CHECK_QUERY, dict(checks[0]), f"{stored.title} ({shown})", checks)


def _claim(checks: tuple[dict[str, str], ...]) -> str:
    """What a yes/no question asks, in words: "the Groq LPU supports FP32"."""
    params = checks[0]
    chip = params["chip"]
    if len(checks) > 1:
        workloads = " and ".join(c["workload"] for c in checks)
        return f"the {chip} is suited to {workloads} together"
    memory = params.get("memory", "memory")
    place = {"true": "on-chip ", "false": "off-chip "}.get(params.get("on_chip", ""), "")
    for key, phrase in (("format", "supports {}"), ("interconnect", "uses {}"), ("workload", "is suited to {}"),
                        ("node", "is built on {}"), ("foundry", "is manufactured by {}"),
                        ("vendor", "is designed by {}"), ("software", "works with {}"),
                        ("architecture", "is based on {}")):
        if key in params:
            return f"the {chip} " + phrase.format(params[key])
    if "at_least" in params:
        return f"the {chip} is built on {params['at_least']}"
    if "kind" in params:
        article = "an" if params["kind"][:1].lower() in "aeiou" else "a"
        return f"the {chip} is {article} {params['kind']}"
    return f"the {chip} uses {place}{memory}"


def settle(store: Any, interpretation: Interpretation,
           show: Callable[[str, dict[str, str], str, dict[str, Any]], None] | None = None) -> bool:
    """Answer a yes/no question read by :func:`interpret` (``interpretation.checks``).

    True: the graph records the property (chip-check). False: the article rules it out
    (chip-rules-out; for a compound such as "training LLMs", any part ruled out). Otherwise the
    article does not say, and NoAnswer is raised: a missing fact is not a "no".
    """
    from chipkg import sparql

    def holds(name: str, params: dict[str, str]) -> bool:
        query = catalog.get(name)
        bound = catalog.bind(query, params, store)
        if show is not None:
            show(name, params, query.sparql, bound.bindings)
        return bool(sparql.run(store, query.sparql, bound.bindings).boolean)

    verdicts = [(holds(CHECK_QUERY, params), holds(RULES_OUT_QUERY, params)) for params in interpretation.checks]
    if any(ruled_out and not stated for stated, ruled_out in verdicts):
        return False
    if len(verdicts) == 1 and verdicts[0] == (True, False):
        return True
    claim = _claim(interpretation.checks)
    if any(stated and ruled_out for stated, ruled_out in verdicts):
        raise NoAnswer(f"I can't answer that: the article both says and rules out that {claim}")
    raise NoAnswer(f"I can't answer that: the article does not say whether {claim}")


# --------------------------------------------------------------------------- choosing an intent


def _slots(question: str, vocab: Vocabulary, reading: _Reading, choice: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """Slots of one reading of the question: entity labels, ranges per dimension, flags, hints."""
    slots: dict[str, Any] = {"hints": set(reading.hints), "ranges": {}, **reading.flags}
    by_kind: dict[str, list[str]] = {}
    for kind, label in choice:
        if label not in by_kind.setdefault(kind, []):
            by_kind[kind].append(label)
    for kind, labels in by_kind.items():
        if kind == "chip":
            slots["chips"] = labels
            if len(labels) == 1:
                slots["chip"] = labels[0]
        elif len(labels) > 1 and kind == "workload" and reading.yes_no:
            slots["workloads"] = labels  # "suitable for training LLMs": settled by chip-check, or refused
        elif len(labels) > 1:
            raise _refuse(question, f"it names several {kind} values ({', '.join(labels)}) and no stored "
                                    "query combines them")
        else:
            slots[kind] = labels[0]
    if "org" in slots:
        org = slots["org"]
        foundry_only = org in vocab.foundries and org not in vocab.designers
        fab_words = {"foundry", "fabricated", "manufactured"} & reading.hints
        slots["org_role"] = ("foundry" if foundry_only or (org in vocab.foundries and fab_words)
                             else "designer")
        slots["org_designs"] = org in vocab.designers  # designs chips itself or through a subsidiary
    count_hints = {"transistors", "cores", "parameters"} & reading.hints
    for q in reading.quantities:
        dims = set(q.dims)
        if dims >= {"datasize", "count"}:
            dims = {"count"} if count_hints else {"datasize"} if "memory" in reading.hints else dims
            if len(dims) > 1:
                raise _refuse(question, f"{q.number} {q.unit} could be bytes or a count (billions)")
        dim = next(iter(dims)) if len(dims) == 1 else None
        if dim is None:
            raise _refuse(question, f"the unit of {q.number} {q.unit} is ambiguous")
        text = f"{q.number} {q.unit}".strip()
        if dim == "length" and not q.comparator and not (reading.yes_no and not _is_node(vocab, text)):
            # "7nm": the node itself; "below 7nm": a range; "Is the M4 on 28nm?": its exact feature size
            slots.setdefault("nodes", []).append(_node_for(question, vocab, text))
            continue
        if dim == "count" and not q.unit and not q.comparator and not count_hints:
            slots.setdefault("n_values", []).append(q.number)
            continue
        if dim == "count" and not q.unit and q.comparator and not count_hints:
            raise _refuse(question, f"{q.number} has no unit, so I can't tell what it measures")
        bounds = slots["ranges"].setdefault(dim, {})
        for param in ([q.comparator] if q.comparator else ["at_least", "at_most"]):
            if param in bounds:
                raise _refuse(question, f"it gives two {param.replace('_', ' ')} bounds for {dim}")
            bounds[param] = text
    if len(slots["ranges"]) > 1:
        raise _refuse(question, f"it filters on {' and '.join(sorted(slots['ranges']))} at once, which no "
                                "stored query combines")
    for dim in slots["ranges"]:
        slots[dim] = True
    nodes = slots.pop("nodes", [])
    if len(set(nodes)) > 1:
        raise _refuse(question, f"it names several process nodes ({', '.join(nodes)})")
    if nodes:
        slots["node"] = nodes[0]
    n_values = slots.pop("n_values", [])
    if len(n_values) > 1:
        raise _refuse(question, f"it has numbers ({', '.join(n_values)}) I can't place")
    if n_values:
        if not n_values[0].isdigit() or int(n_values[0]) < 1:
            raise _refuse(question, f"{n_values[0]} is not a number of chips to list")
        slots["n"] = n_values[0]
    return slots


def _is_node(vocab: Vocabulary, text: str) -> bool:
    metres = parse_quantity(text, "length")
    return any(abs(size - metres) <= 1e-6 * metres for size in vocab.nodes.values())


def _node_for(question: str, vocab: Vocabulary, text: str) -> str:
    metres = parse_quantity(text, "length")
    for label, size in vocab.nodes.items():
        if abs(size - metres) <= 1e-6 * metres:
            return label
    known = ", ".join(sorted(vocab.nodes, key=vocab.nodes.get))
    raise _refuse(question, f"the graph has no {text} process node (it knows {known})")


_SLOT_KEYS = ("chip", "chips", "org", "node", "format", "memory", "interconnect", "workload", "software",
              "kind", "aspect", "architecture", "section", "on_chip", "profiled", "qualifier", "note_kind", "n")


def _fits(intent: Intent, slots: dict[str, Any]) -> dict[str, str] | None:
    """The intent's parameters for these slots, or None when it can't express all of them."""
    present = {k for k in _SLOT_KEYS if k in slots}
    if "chips" in present and len(slots["chips"]) == 1 and "chips" not in intent.takes:
        present.discard("chips")  # one chip: the "chip" slot says it
    if "chip" in present and "chips" in intent.takes:
        present.discard("chip")
    if intent.name == "compare-chips" and len(slots.get("chips", [])) < 2:
        return None
    for need in intent.needs:  # "a|b": either slot; "hint:x": the attribute is named ("clock speeds")
        if not any(alt in slots or alt.removeprefix("hint:") in slots["hints"] and alt.startswith("hint:")
                   for alt in need.split("|")):
            return None
    if present - set(intent.takes) or set(slots["ranges"]) - intent.ranges:
        return None
    if slots["hints"] - intent.hints:
        return None
    if intent.check and not intent.check(slots):
        return None
    params: dict[str, str] = {}
    for slot in sorted(present):
        name = intent.takes[slot]
        if name:
            params[name] = ",".join(slots[slot]) if slot == "chips" else slots[slot]
    if intent.quotes:
        if slots["ranges"] and not _quotes_figures(slots):
            return None
    else:
        for bounds in slots["ranges"].values():
            if intent.exact_is_minimum and bounds.keys() == {"at_least", "at_most"} \
                    and bounds["at_least"] == bounds["at_most"]:
                bounds = {"at_least": bounds["at_least"]}
            params.update(bounds)
    try:
        stored = catalog.get(intent.query)
    except ChipkgError:
        return None  # the stored query does not exist (yet)
    if any(stored.param(name) is None for name in params):
        return None
    if intent.name == "top-performance" and "n" not in params and _SINGULAR_SUPERLATIVE.search(
            slots.get("_question", "")):
        params["n"] = "1"
    return params


# A chip's figures: its own, those of its memories and interconnects, and the comparisons it makes.
# (Three small queries: one UNION of the three makes Oxigraph evaluate the branches before the
# chip is bound, five times slower.)
_FIGURE_VALUE_QUERIES = [
    "SELECT ?value WHERE { ?chip rdfs:label %s ; a ck:Chip . ?chip ?p ?figure . "
    "?figure ck:normalizedValue ?value }",
    "SELECT ?value WHERE { ?chip rdfs:label %s ; a ck:Chip . ?chip ck:memory|ck:interconnect ?holder . "
    "?holder ?p ?figure . ?figure ck:normalizedValue ?value }",
    "SELECT ?value WHERE { ?chip rdfs:label %s ; a ck:Chip . ?figure ck:subject ?chip ; ck:normalizedValue ?value }",
]


def _quotes_figures(slots: dict[str, Any]) -> bool:
    """True when every number in the question is one exact value that the named chip has a figure of."""
    vocab, chip = slots.get("_vocab"), slots.get("chip")
    if chip is None or vocab is None or vocab.store is None:
        return False
    values = [float(row["value"].value) for query in _FIGURE_VALUE_QUERIES for row in vocab.store.query(
        sparql_prologue() + query % _quote(chip), use_default_graph_as_union=True)]
    for dim, bounds in slots["ranges"].items():
        if set(bounds) != {"at_least", "at_most"} or bounds["at_least"] != bounds["at_most"]:
            return False  # a bound ("above 400 TOPS") is a filter, not a quoted figure
        wanted = parse_quantity(bounds["at_least"], dim)
        if not any(abs(v - wanted) <= 1e-9 * max(abs(v), abs(wanted)) for v in values):
            return False
    return True


def _choose(question: str, vocab: Vocabulary, reading: _Reading) -> Interpretation:
    choices = list(itertools.islice(itertools.product(*(s.readings for s in reading.spans)), 64))
    cued_names = {i.name for i in reading.cued}
    first_slots: dict[str, Any] | None = None
    if reading.yes_no and not reading.cued and not reading.combo:
        # Every reading first: "Is the CS-3 a wafer-scale engine?" is a yes/no question only when
        # the second name is read as the kind, not as the chip's own altLabel.
        for choice in choices:
            slots = _slots(question, vocab, reading, choice)
            checks = _yes_no_checks(slots)
            if checks:
                return _check_answer(checks)
    for choice in choices:
        slots = _slots(question, vocab, reading, choice)
        slots["_question"] = question.lower()
        slots["_vocab"] = vocab
        slots["_yes_no"] = reading.yes_no
        first_slots = first_slots or slots
        if "workloads" in slots:
            raise _refuse(question, f"it names several workload values ({', '.join(slots['workloads'])}) "
                                    "and no stored query combines them")
        if reading.cued:
            fits = [(i, p) for i in reading.cued if (p := _fits(i, slots)) is not None]
            fits = [(i, p) for i, p in fits if not any(i.name in o.absorbs for o, _ in fits)]
            if len({i.query for i, _ in fits}) > 1:
                names = " and ".join(sorted({i.query for i, _ in fits}))
                raise _refuse(question, f"it asks two things at once ({names})")
            if fits:
                return _answer(*fits[0], slots)
        else:
            for intent in INTENTS:
                if intent.cue is None:
                    params = _fits(intent, slots)
                    if params is not None:
                        return _answer(intent, params, slots)
    raise _refuse(question, _why_not(first_slots or {}, cued_names))


def _answer(intent: Intent, params: dict[str, str], slots: dict[str, Any]) -> Interpretation:
    if slots.get("_yes_no") and intent.query in _FACT_LISTS:
        # "Does the MTIA v2 have any fast memory?": a list of facts is not a yes or a no.
        raise _refuse(slots["_question"], "it asks yes or no, and no stored query settles "
                                          "that question (only lists of facts would match it)")
    if not intent.quotes and _EXACTLY.search(slots.get("_question", "")) and any(
            set(b) == {"at_least", "at_most"} and b["at_least"] == b["at_most"] for b in slots["ranges"].values()):
        # "exactly 20 billion": the lists also hold hedged figures ("over 20 billion") at that value
        raise _refuse(slots["_question"], "it asks for an exact value, and the stored lists can't leave "
                                          "out hedged figures stated at that value")
    stored = catalog.get(intent.query)
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return Interpretation(intent.query, params, f"{stored.title}" + (f" ({shown})" if shown else ""))


_EXACTLY = _Pattern(r"\b(?:exactly|precisely)\b")


def _why_not(slots: dict[str, Any], cued: set[str]) -> str:
    """A one-line reason for a refusal: what was understood, and that no query takes all of it."""
    parts = [f"{k} {slots[k]}" for k in _SLOT_KEYS if k in slots and k != "chips"]
    if len(slots.get("chips", [])) > 1:
        parts.append("chips " + ", ".join(slots["chips"]))
    for dim, bounds in slots.get("ranges", {}).items():
        parts.append(f"{dim} " + " and ".join(f"{p.replace('_', ' ')} {v}" for p, v in bounds.items()))
    parts += [f"{h} (a word about it)" for h in sorted(slots.get("hints", set()))]
    understood = "; ".join(parts) or "nothing more"
    quoting = cued & {"figure-provenance", "hedged-figures"}
    exact = [b["at_least"] for b in slots.get("ranges", {}).values()
             if b.keys() == {"at_least", "at_most"} and b["at_least"] == b["at_most"]]
    if quoting and "chip" in slots and exact and len(exact) == len(slots["ranges"]) \
            and not set(slots["hints"]) - _FIGURE_HINTS:
        quoted = " and ".join(exact)
        return f"the graph holds no {quoted} figure of {slots['chip']} to trace"
    if cued:
        return f"it asks for {' or '.join(sorted(cued))}, which can't take what else it mentions ({understood})"
    return f"no stored query takes exactly what it mentions ({understood})"
