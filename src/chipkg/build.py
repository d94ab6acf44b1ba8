"""The build path: load, reason, validate, cache.

rdflib parses the ontology and data, owlrl computes the OWL 2 RL closure, pyshacl validates, and
the result is written to the cache (chipkg.cache) so that queries never reason or validate again.
Only this module, chipkg.validation and chipkg.export import rdflib, owlrl or pyshacl.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rdflib
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

from chipkg import __version__, cache, files, resources
from chipkg.errors import CacheError, ChipkgError, DataError, InputFileError, NonConformingData

_BUILTIN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD))
_STANDARD_ANNOTATIONS = {RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo} | {
    URIRef("http://www.w3.org/2004/02/skos/core#" + name)
    for name in ("prefLabel", "altLabel", "hiddenLabel", "definition", "note", "scopeNote", "example")
}


# XSD 1.1 lexical spaces of the numeric datatypes. Python's converters accept more than XSD does
# (Decimal("1.2e0"), Decimal("NaN"), int(" 1_0 "), float("inf")), and rdflib then rewrites the literal
# in canonical form ("1.2"^^xsd:decimal), so an ill-typed literal in the data would pass unseen.
_INTEGER = r"[+-]?[0-9]+"
_DECIMAL = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"
_DOUBLE = rf"{_DECIMAL}([Ee][+-]?[0-9]+)?|[+-]?INF|NaN"
_INTEGER_TYPES = (
    "integer",
    "nonPositiveInteger",
    "negativeInteger",
    "long",
    "int",
    "short",
    "byte",
    "nonNegativeInteger",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
    "positiveInteger",
)
_LEXICAL_SPACES = {
    XSD.decimal: re.compile(_DECIMAL),
    XSD.double: re.compile(_DOUBLE),
    XSD.float: re.compile(_DOUBLE),
    **{XSD[name]: re.compile(_INTEGER) for name in _INTEGER_TYPES},
}


@contextmanager
def _strict_numeric_literals() -> Iterator[None]:
    """While parsing, a numeric literal outside its datatype's XSD lexical space is ill-typed.

    rdflib marks a literal ill-typed (``Literal.ill_typed``, no value, kept as written) when its
    datatype's converter raises; SHACL's sh:datatype then rejects it, as the spec requires (pyshacl
    reads ``ill_typed``). rdflib has no public switch for this: the converter table
    (``rdflib.term._toPythonMapping``) is wrapped for the parse and restored after; a test pins the
    behaviour (tests/test_validation_standards.py). rdflib's own warning with a traceback for each
    such literal is silenced: the SHACL report says it in one line.
    """
    import logging

    from rdflib import term

    table = term._toPythonMapping
    saved: dict[Any, Any] = {datatype: table.get(datatype) for datatype in _LEXICAL_SPACES}

    def strict(pattern: re.Pattern[str], convert: Any) -> Any:
        def construct(lexical: str) -> Any:
            if not pattern.fullmatch(str(lexical)):
                raise ValueError(f"{lexical!r} is not in the lexical space")
            return convert(lexical)

        return construct

    logger = logging.getLogger("rdflib.term")
    level = logger.level
    for datatype, pattern in _LEXICAL_SPACES.items():
        table[datatype] = strict(pattern, saved[datatype])
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        table.update(saved)
        logger.setLevel(level)


def parse_turtle(paths: Iterable[Path], graph: Graph | None = None, *, user_input: bool = False) -> Graph:
    """Parse Turtle files into one graph; a syntax error names the file and line.

    ``user_input`` decides whose fault a bad file is: a file the user named is an input error,
    one of the project's own files is broken project data. Both exit 2. A numeric literal that is
    not in its datatype's lexical space ("1.2e0"^^xsd:decimal) parses as ill-typed, for the shapes
    to reject.
    """
    graph = graph if graph is not None else Graph()
    with _strict_numeric_literals():
        for path in paths:
            _parse_one(graph, Path(path), user_input)
    return graph


def _parse_one(graph: Graph, path: Path, user_input: bool) -> None:
    error = InputFileError if user_input else DataError
    if not path.is_file():
        raise InputFileError(str(path), "no such file")
    try:
        graph.parse(path, format="turtle")
    except SyntaxError as exc:  # rdflib's BadSyntax: .lines is the 0-based line number
        why = getattr(exc, "_why", None) or str(exc).splitlines()[0]
        line = getattr(exc, "lines", None)
        raise _file_error(error, str(path), f"Turtle syntax error: {why}", line) from None
    except Exception as exc:  # bad IRIs, bad encodings, ...: still the file's fault
        raise _file_error(error, str(path), f"cannot parse as Turtle: {exc}", None) from None


def _file_error(kind: type, path: str, message: str, line0: int | None) -> Exception:
    line = line0 + 1 if isinstance(line0, int) else None
    if kind is InputFileError:
        return InputFileError(path, message, line)
    where = f"{path}:{line}" if line else path
    return DataError(f"{where}: {message}")


def load_asserted(where: resources.Location | None = None) -> Graph:
    """The ontology plus the project's data (and the user's, from ``where`` or ``$CHIPKG_DATA_DIR``),
    as written."""
    graph = parse_turtle([resources.ONTOLOGY_FILE, *resources.project_data_files()])
    return parse_turtle(resources.user_data_files(where), graph, user_input=True)


REASONERS = ("owlrl", "reasonable")


Triple = tuple[Any, Any, Any]


def owl_rl_closure(asserted: Graph, reasoner: str = "owlrl") -> Graph:
    """The triples OWL 2 RL adds to ``asserted``, cleaned of the reasoner's noise.

    owlrl's raw closure asserts ``x owl:sameAs x`` for every resource, types literals
    (triples whose subject is a literal, which no RDF serializer can read back), repeats
    numeric literals in other datatypes, and restates the built-in vocabulary. Users see none
    of that; like brickschema's ``simplify()`` we keep only new facts about our own resources.
    ``reasoner="reasonable"`` computes the same closure with the Rust OWL 2 RL reasoner (optional
    extra ``chipkg[fast]``), ~40x faster: see :func:`_reasonable_closure` for what it needs.
    """
    inferred = Graph()
    for triple in closure_of(set(asserted), reasoner):
        inferred.add(triple)
    return inferred


def closure_of(asserted: set[Triple], reasoner: str = "owlrl") -> set[Triple]:
    """:func:`owl_rl_closure` on a set of triples (the incremental build's units), as a set."""
    if reasoner not in REASONERS:
        from chipkg.errors import UsageError

        raise UsageError(f"unknown reasoner {reasoner!r}: expected one of {', '.join(REASONERS)}")
    # Annotations (labels, definitions, comments: a quarter of the triples) carry no semantics in
    # OWL 2, so no OWL RL rule can use them; owlrl's cost grows with every triple it revisits on
    # each pass, and leaving them out makes the closure ~40% faster with the same result.
    annotation = {s for s, p, o in asserted if p in _TYPE and o in _ANNOTATION_PROPERTY} | _STANDARD_ANNOTATIONS
    kept = [triple for triple in asserted if triple[1] not in annotation]
    expanded: Iterable[Triple]
    if reasoner == "reasonable":
        expanded = _reasonable_closure(kept)
    else:
        import owlrl

        graph = Graph()
        for triple in kept:
            graph.add(triple)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
        expanded = graph

    asserted_literal_keys = {(s, p) for s, p, o in asserted if isinstance(o, Literal)}
    return {
        (s, p, o) for s, p, o in expanded if (s, p, o) not in asserted and not _is_noise(s, p, o, asserted_literal_keys)
    }


def _reasonable_closure(triples: list[Triple]) -> set[Triple]:
    """``triples`` plus their OWL 2 RL closure by ``reasonable``, normalized to read like owlrl's.

    Two differences, both handled here and pinned by tests/test_reasoners.py: reasonable returns
    every plain literal typed ``xsd:string`` (the same RDF 1.1 literal, written differently: it
    is written back plain), and it does not implement ``owl:propertyChainAxiom`` nor the schema
    rules that lift domains and ranges (scm-dom1/2, scm-rng1/2) or chain sub-properties (scm-spo).
    A post-step adds them: it joins each chain's links over the closure, applies the schema rules,
    and reasons again until nothing new appears, so the chains' super-properties, inverses,
    domains and ranges follow. Its other additions (``owl:Thing`` and ``owl:AllDifferent`` types,
    ``rdf:rest`` over list nodes) are what :func:`_is_noise` drops for owlrl too.
    """
    try:
        import reasonable
    except ImportError:
        from chipkg.errors import UsageError

        raise UsageError(
            "the reasonable reasoner is not installed: pip install 'chipkg[fast]' (or use --reasoner owlrl)"
        ) from None
    chains = _property_chains(triples)
    # The post-step's triples over the input first: the chains' links and the schema are mostly
    # asserted, so the loop below usually ends after one pass of the reasoner instead of two.
    by_predicate: dict[Any, list[tuple[Any, Any]]] = {}
    for s, p, o in triples:
        by_predicate.setdefault(p, []).append((s, o))
    base = [*triples, *(_chain_triples(by_predicate, chains) | _schema_triples(by_predicate))]
    while True:
        reasoner = reasonable.PyReasoner()
        reasoner.from_graph(base)
        closure = set()
        for s, p, o in reasoner.reason():
            if isinstance(o, Literal) and o.datatype in _XSD_STRING and o.language is None:
                o = Literal(str(o))
            closure.add((s, p, o))
        by_predicate = {}
        for s, p, o in closure:
            by_predicate.setdefault(p, []).append((s, o))
        added = (_chain_triples(by_predicate, chains) | _schema_triples(by_predicate)) - closure
        if not added:
            return closure
        base = [*closure, *added]


def _property_chains(triples: Iterable[Triple]) -> list[tuple[Any, list[Any]]]:
    """Each ``owl:propertyChainAxiom`` as (property, [link, link, ...])."""
    first: dict[Any, Any] = {}
    rest: dict[Any, Any] = {}
    heads = []
    for s, p, o in triples:
        if p == RDF.first:
            first[s] = o
        elif p == RDF.rest:
            rest[s] = o
        elif p == OWL.propertyChainAxiom:
            heads.append((s, o))
    chains = []
    for prop, node in heads:
        links = []
        while node in first:
            links.append(first[node])
            node = rest.get(node)
        if isinstance(prop, URIRef) and len(links) >= 2:
            chains.append((prop, links))
    return chains


def _chain_triples(by_predicate: dict[Any, list[tuple[Any, Any]]], chains: list[tuple[Any, list[Any]]]) -> set[Triple]:
    found: set[Triple] = set()
    for prop, links in chains:
        ends = set(by_predicate.get(links[0], []))
        for link in links[1:]:
            step: dict[Any, list[Any]] = {}
            for s, o in by_predicate.get(link, []):
                step.setdefault(s, []).append(o)
            ends = {(start, end) for start, middle in ends for end in step.get(middle, [])}
        found |= {(start, prop, end) for start, end in ends}
    return found


def _schema_triples(by_predicate: dict[Any, list[tuple[Any, Any]]]) -> set[Triple]:
    """scm-spo, scm-dom1/2 and scm-rng1/2 of OWL 2 RL, to their fixpoint (reasonable lacks them)."""
    found: set[Triple] = set()
    parents: dict[Any, dict[Any, set[Any]]] = {}
    for relation in (RDFS.subPropertyOf, RDFS.subClassOf, RDFS.domain, RDFS.range):
        table = parents.setdefault(relation, {})
        for s, o in by_predicate.get(relation, []):
            table.setdefault(s, set()).add(o)

    def ancestors(node: Any, relation: URIRef) -> set[Any]:
        table = parents[relation]
        seen: set[Any] = set()
        todo = [node]
        while todo:
            for parent in table.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    properties = set(parents[RDFS.subPropertyOf]) | set(parents[RDFS.domain]) | set(parents[RDFS.range])
    for prop in properties:
        supers = ancestors(prop, RDFS.subPropertyOf) - {prop}
        found |= {(prop, RDFS.subPropertyOf, other) for other in supers}
        for relation in (RDFS.domain, RDFS.range):
            classes = {c for q in (prop, *supers) for c in parents[relation].get(q, ())}
            for cls in set(classes):
                classes |= ancestors(cls, RDFS.subClassOf)
            found |= {(prop, relation, cls) for cls in classes}
    return found


_REFLEXIVE = frozenset({OWL.sameAs, OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf})
_TOP = frozenset({OWL.Thing, RDFS.Resource})
_TOP_PREDICATES = frozenset({RDF.type, RDFS.subClassOf, RDFS.domain, RDFS.range})
_NOTHING_SUBCLASS = frozenset({(OWL.Nothing, RDFS.subClassOf)})
_TYPE = frozenset({RDF.type})
_ANNOTATION_PROPERTY = frozenset({OWL.AnnotationProperty})
_XSD_STRING = frozenset({XSD.string})
_KEPT_BUILTIN_TYPES = frozenset({OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual})


def _is_noise(s, p, o, asserted_literal_keys) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(s, (Literal, BNode)) or isinstance(o, BNode):
        return True
    if p in _REFLEXIVE and s == o:
        return True  # x owl:sameAs x, C rdfs:subClassOf C, ...
    if o in _TOP and p in _TOP_PREDICATES:
        return True  # true of everything, says nothing (owlrl adds "P rdfs:domain owl:Thing" for each P)
    if (s, p) in _NOTHING_SUBCLASS:
        return True
    if isinstance(o, Literal) and (s, p) in asserted_literal_keys:
        return True  # a copy of an asserted value in another datatype, e.g. 35 -> 35.0e0
    if isinstance(s, URIRef) and str(s).startswith(_BUILTIN_NAMESPACES):
        return True  # statements about rdf:, rdfs:, owl:, xsd: terms themselves
    if p in _TYPE and isinstance(o, URIRef) and str(o).startswith(_BUILTIN_NAMESPACES):
        return o not in _KEPT_BUILTIN_TYPES
    return False


@dataclass
class BuildReport:
    asserted_triples: int
    inferred_triples: int
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    cache_dir: Path | None = None
    rebuilt: bool = True
    units: int = 0  # an incremental build's units (0: a whole-graph build)
    reasoned: int = 0  # of which reasoned now (the others came from the cache)
    reasoner: str = ""  # a full build's reasoner, and why when it was not asked for
    groups: int = 0  # a full build by file groups (chipkg.fullbuild): how many groups
    workers: int = 0  # ... and worker processes


#: From this many data files on, a build without ``reasoner`` uses ``reasonable`` when it is
#: installed: owlrl reasons each changed file in about a second, reasonable in a few hundredths.
LARGE_BUILD_FILES = 200


def build(
    force: bool = False,
    notify: Callable[[str], None] | None = None,
    where: resources.Location | None = None,
    *,
    full: bool = False,
    reasoner: str | None = None,
) -> BuildReport:
    """Build the graph into the cache unless an intact cache for exactly these inputs exists.

    By default the build is incremental (chipkg.incremental): only files whose results are not
    cached are reasoned and validated, with the ontology and the shared files; ``full`` reasons
    and validates the whole graph at once (and rebuilds even an up-to-date entry). ``reasoner`` is
    ``"owlrl"`` (the default) or ``"reasonable"`` (the default for large builds when installed).
    An entry that is there but does not match its manifest (a damaged file) is rebuilt, and
    ``notify`` (default: a line on stderr) says so. Raises NonConformingData (exit 1) if the data
    violates the shapes; nothing is cached then. ``where``: the cache and data directories (None:
    the environment's).
    """
    say = notify or (lambda message: print(message, file=sys.stderr))
    if reasoner is not None and reasoner not in REASONERS:
        from chipkg.errors import UsageError

        raise UsageError(f"unknown reasoner {reasoner!r}: expected one of {', '.join(REASONERS)}")
    entry = cache.current_entry(where)
    damaged = False
    if not force and not full and entry.exists():
        problems = entry.problems("all", thorough=True)
        meta = _read_meta(entry) if not problems else None
        if meta is not None:
            return BuildReport(
                meta["asserted_triples"],
                meta["inferred_triples"],
                {},
                meta.get("warnings", []),
                entry.directory,
                rebuilt=False,
            )
        damaged = True
        say(f"chipkg: the graph cache is damaged ({(problems or ['meta.json is unreadable'])[0]}); rebuilding it")

    from chipkg import userdata

    started = time.perf_counter()
    userdata.check_placed(where)  # a hand-placed file may not change what the article's data says
    checked = {"check": time.perf_counter() - started}  # a step of every build's report
    cache.writable_root(where)  # a cache we cannot write fails now, not after the reasoning
    report = _rebuild(entry, force, full, damaged, reasoner, where, say)
    report.timings = {**checked, **report.timings}
    return report


def _rebuild(
    entry: cache.CacheEntry,
    force: bool,
    full: bool,
    damaged: bool,
    reasoner: str | None,
    where: resources.Location | None,
    say: Callable[[str], None],
) -> BuildReport:
    """``build`` once it has decided to build: by a delta, by units, or the whole graph."""
    replace = force or full or damaged
    split = True  # whether a full build may go by file groups (chipkg.fullbuild)
    if not full:
        from chipkg import delta, incremental

        tried = 0  # units reasoned by a delta that then found the change was not one it makes
        tried_for = 0.0  # ... and the time that took
        if not replace:
            started = time.perf_counter()
            changed, tried = delta.build(entry, reasoner, where)
            if changed is not None:
                return changed
            tried_for = time.perf_counter() - started
        try:
            merged = incremental.build_units(reasoner, say, where)
            merged.reasoned += tried
        except incremental.FullBuildNeeded as why:
            if not isinstance(why, incremental.WholeGraphFaster):
                say(f"chipkg: building the whole graph at once: {why}")
                split = False  # what keeps files from being units keeps them from being groups
        else:
            timings = merged.timings
            if tried:  # a delta reasoned units before it found the change was not one it makes
                timings = {"delta": tried_for, **timings}
            t0 = time.perf_counter()
            asserted_nt = b"".join(line + b"\n" for line in merged.asserted)
            inferred_nt = b"".join(line + b"\n" for line in merged.inferred)
            counts = (len(merged.asserted), len(merged.inferred))
            extra = {"mode": "incremental", "units": merged.units, "reasoned": merged.reasoned}
            record = {delta.RECORD: json.dumps(merged.record).encode()} if merged.record else {}
            counts = (
                counts[0],
                _write_entry(
                    entry, asserted_nt, inferred_nt, counts, merged.warnings, extra, replace=replace, more=record
                ),
            )
            timings["cache"] = time.perf_counter() - t0
            report = BuildReport(counts[0], counts[1], timings, merged.warnings, entry.directory)
            report.units, report.reasoned = merged.units, merged.reasoned
            return report
    chosen = reasoner or _default_reasoner(where)
    because = "" if reasoner else _why_reasoner(chosen, where)
    return _full_build(entry, chosen, replace, where, say, because, split=split)


def _default_reasoner(where: resources.Location | None = None) -> str:
    """owlrl, or reasonable (if installed) for a graph of many files or many bytes
    (chipkg.fullbuild.LARGE_BUILD_BYTES)."""
    from chipkg import fullbuild

    if len(resources.data_files(where)) < LARGE_BUILD_FILES and not fullbuild.is_large(where):
        return "owlrl"
    try:
        import reasonable  # noqa: F401
    except ImportError:
        return "owlrl"
    return "reasonable"


def _why_reasoner(chosen: str, where: resources.Location | None) -> str:
    from chipkg import fullbuild

    size = fullbuild.data_bytes(where) / 1e6
    limit = fullbuild.LARGE_BUILD_BYTES / 1e6
    if chosen == "reasonable":
        return f"the default for {size:.1f} MB of data files, at least {limit:g} MB"
    if fullbuild.is_large(where) or len(resources.data_files(where)) >= LARGE_BUILD_FILES:
        return "the default: reasonable is not installed (pip install 'chipkg[fast]')"
    return f"the default for {size:.1f} MB of data files, under {limit:g} MB"


def _full_build(
    entry: cache.CacheEntry,
    reasoner: str,
    replace: bool,
    where: resources.Location | None = None,
    say: Callable[[str], None] | None = None,
    because: str = "",
    *,
    split: bool = True,
) -> BuildReport:
    """Reason and validate the whole graph (``build --full``, and the fallback): by independent
    file groups in worker processes for a large graph (chipkg.fullbuild), else all at once."""
    from chipkg import fullbuild
    from chipkg.validation import validate_graph

    say = say or (lambda message: print(message, file=sys.stderr))
    described = f"{reasoner} ({because})" if because else reasoner
    large = fullbuild.is_large(where)
    if large and split:
        from chipkg import incremental

        try:
            grouped = fullbuild.build_grouped(reasoner, say, where)
        except incremental.FullBuildNeeded as cannot:
            say(f"chipkg: building the whole graph at once: {cannot}")
        else:
            t0 = time.perf_counter()
            counts = (len(grouped.asserted), len(grouped.inferred))
            extra = {"mode": "full", "reasoner": reasoner, "groups": grouped.groups, "workers": grouped.workers}
            asserted_nt = b"".join(line + b"\n" for line in grouped.asserted)
            inferred_nt = b"".join(line + b"\n" for line in grouped.inferred)
            grouped.asserted = grouped.inferred = []  # the lines are in the two byte strings now
            from chipkg import delta

            record = {delta.RECORD: json.dumps(grouped.record).encode()} if grouped.record else {}
            counts = (
                counts[0],
                _write_entry(
                    entry, asserted_nt, inferred_nt, counts, grouped.warnings, extra, replace=replace, more=record
                ),
            )
            grouped.timings["cache"] = time.perf_counter() - t0
            built = BuildReport(counts[0], counts[1], grouped.timings, grouped.warnings, entry.directory)
            built.reasoner, built.groups, built.workers = described, grouped.groups, grouped.workers
            return built
    if large and because and reasoner == "reasonable":
        # The whole of a large graph at once goes to owlrl (README, Reasoners: reasonable's memory).
        reasoner, described = "owlrl", "owlrl (the default for the whole of a large graph at once)"

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    asserted = load_asserted(where)
    timings["load"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    inferred = owl_rl_closure(asserted, reasoner)
    timings["reason"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    report = validate_graph(asserted)
    timings["validate"] = time.perf_counter() - t0
    raise_violations(report)
    warnings = [r.one_line() for r in report.results if r.severity != "Violation"]

    t0 = time.perf_counter()
    counts = (len(asserted), len(inferred))
    extra = {"mode": "full", "reasoner": reasoner}
    inferred_count = _write_entry(
        entry,
        asserted.serialize(format="nt", encoding="utf-8"),
        inferred.serialize(format="nt", encoding="utf-8"),
        counts,
        warnings,
        extra,
        replace=replace,
    )
    timings["cache"] = time.perf_counter() - t0
    built = BuildReport(counts[0], inferred_count, timings, warnings, entry.directory)
    built.reasoner = described
    return built


def raise_violations(report: Any) -> None:
    """NonConformingData (exit 1) naming the first violation, if the report has any."""
    if report.conforms:
        return
    violations = [r for r in report.results if r.severity == "Violation"]
    first = violations[0]
    raise NonConformingData(
        f"the data does not conform: {len(violations)} violation(s); first: "
        f"{first.focus_label or first.focus_node}: {first.message} (run `chipkg validate`)"
    )


def _read_meta(entry: cache.CacheEntry) -> dict | None:
    try:
        meta = json.loads(entry.meta.read_bytes())
        int(meta["asserted_triples"]) + int(meta["inferred_triples"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return meta if isinstance(meta.get("warnings", []), list) else None


def _write_entry(
    entry: cache.CacheEntry,
    asserted_nt: bytes,
    inferred_nt: bytes,
    counts: tuple[int, int],
    warnings: list[str],
    extra: dict[str, Any],
    replace: bool = False,
    more: dict[str, bytes] | None = None,
) -> int:
    """Write into a temporary directory and swap it into place: never a half-written cache; the
    number of inferred triples written (``counts[1]`` and the facts chipkg.derived computes).

    The manifest is written last; the directory is renamed into place whole, so a reader sees the
    old entry or the new one, and the store is bulk-loaded (pyoxigraph, straight from the
    N-Triples) into the new directory, never into one a reader may have open. If another process
    finished an intact entry for the same inputs first, its entry is kept (it may be reading it)
    unless ``replace`` (``build --force``/``--full``, or a damaged entry) asks for ours. A failure
    (a full disk...) leaves the old entry as it was, removes the temporary directory, and says so
    in one line; so does SIGTERM.
    """
    root = cache.writable_root(resources.Location(cache_dir=entry.directory.parent))
    with entry_written_aside(entry, root) as tmp:
        files.write_file(tmp / cache.ASSERTED, asserted_nt)
        computed = _write_oxigraph_store(tmp / cache.STORE, tmp / cache.ASSERTED, inferred_nt)
        files.write_file(tmp / cache.INFERRED, inferred_nt + b"".join(line + b"\n" for line in computed))
        meta = {
            "chipkg_version": __version__,
            "rdflib_version": rdflib.__version__,
            "asserted_triples": counts[0],
            "inferred_triples": counts[1] + len(computed),
            "warnings": warnings,
            **extra,
        }
        files.write_file(tmp / cache.META, json.dumps(meta, indent=1).encode())
        for name, data in (more or {}).items():
            files.write_file(tmp / name, data)
        cache.write_manifest(tmp, entry.directory.name.removeprefix("graph-"))
        if not replace and entry.is_complete():
            return meta["inferred_triples"]  # another process built the same inputs meanwhile: keep its entry
        files.replace_directory(tmp, entry.directory)
    _prune_old_entries(entry)
    return meta["inferred_triples"]


@contextmanager
def entry_written_aside(entry: cache.CacheEntry, root: Path, kept: str | None = None) -> Iterator[Path]:
    """A new temporary directory under ``root`` to write a cache entry in (the caller renames it
    into place whole): temporaries of killed builds removed first, SIGTERM turned into an exit, a
    failure one line (``kept``: what is left of the cache, by default the entry if it exists), the
    temporary directory removed whatever happens."""
    files.remove_stale_temporaries(root)  # left by builds that were killed
    tmp = files.new_temporary_directory(root, "building")
    try:
        with _terminate_as_exit():
            yield tmp
    except (OSError, RuntimeError, ChipkgError) as exc:
        reason = exc.message if isinstance(exc, ChipkgError) else (getattr(exc, "strerror", None) or str(exc))
        if kept is None:
            kept = "the old cache entry is kept" if entry.exists() else "nothing was cached"
        raise CacheError(f"cannot write the graph cache in {root}: {reason}; {kept}") from None
    finally:
        files.remove_tree(tmp)


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while the cache is written, so the temporary directory is
    removed on the way out (SIGKILL cannot be caught: the next build removes what it leaves)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write_oxigraph_store(directory: Path, asserted: Path, inferred_nt: bytes) -> list[bytes]:
    """An on-disk Oxigraph store of the built graph, with the facts computed from it
    (chipkg.derived), which it returns as N-Triples lines (they go with the inferred triples).

    Queries open it read-only in ~10 ms where loading the N-Triples into memory takes ~35 ms, and
    any number of processes can read it at once (a read-write open would take a lock).
    """
    import pyoxigraph as ox

    from chipkg import derived

    with WritableStore(directory) as store:
        store.bulk_load(path=str(asserted), format=ox.RdfFormat.N_TRIPLES)
        store.bulk_load(inferred_nt, format=ox.RdfFormat.N_TRIPLES)
        computed = derived.lines(store)
        if computed:
            store.extend(ox.parse(b"\n".join(computed) + b"\n", format=ox.RdfFormat.N_TRIPLES))
        store.flush()
        store.optimize()
    return computed


class WritableStore:
    """An on-disk Oxigraph store opened for writing, closed when the ``with`` block ends however it
    ends. RocksDB keeps writing into its directory until the store object is gone, and a store
    still referenced from an exception's traceback (an interrupt in the middle of a change) would
    write files again into a temporary directory already removed; so the caller holds this
    wrapper, and the store itself is dropped on the way out."""

    def __init__(self, directory: Path) -> None:
        import pyoxigraph as ox

        self._store: Any = ox.Store(str(directory))

    def __getattr__(self, name: str) -> Any:
        if self._store is None:
            raise RuntimeError("the store was closed")
        return getattr(self._store, name)

    def __enter__(self) -> WritableStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        import gc

        self._store = None
        gc.collect()  # close the database before the directory is renamed or removed


def _prune_old_entries(keep: cache.CacheEntry) -> None:
    for old in cache.entries(keep.directory.parent):
        if old != keep.directory and old.is_dir() and not old.is_symlink():
            files.remove_tree(old)
