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


def owl_rl_closure(asserted: Graph) -> Graph:
    """The triples OWL 2 RL adds to ``asserted``, cleaned of owlrl's noise.

    owlrl's raw closure asserts ``x owl:sameAs x`` for every resource, types literals
    (triples whose subject is a literal, which no RDF serializer can read back), repeats
    numeric literals in other datatypes, and restates the built-in vocabulary. Users see none
    of that; like brickschema's ``simplify()`` we keep only new facts about our own resources.
    """
    import owlrl

    # Annotations (labels, definitions, comments: a quarter of the triples) carry no semantics in
    # OWL 2, so no OWL RL rule can use them; owlrl's cost grows with every triple it revisits on
    # each pass, and leaving them out makes the closure ~40% faster with the same result.
    annotation = set(asserted.subjects(RDF.type, OWL.AnnotationProperty)) | _STANDARD_ANNOTATIONS
    expanded = Graph()
    for triple in asserted:
        if triple[1] not in annotation:
            expanded.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(expanded)

    asserted_literal_keys = {(s, p) for s, p, o in asserted if isinstance(o, Literal)}
    inferred = Graph()
    for s, p, o in expanded:
        if (s, p, o) in asserted:
            continue
        if _is_noise(s, p, o, asserted_literal_keys):
            continue
        inferred.add((s, p, o))
    return inferred


def _is_noise(s, p, o, asserted_literal_keys) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(s, Literal) or isinstance(s, BNode) or isinstance(o, BNode):
        return True
    if p == OWL.sameAs and s == o:
        return True
    if p in (OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf) and s == o:
        return True
    if o in (OWL.Thing, RDFS.Resource) and p in (RDF.type, RDFS.subClassOf, RDFS.domain, RDFS.range):
        return True  # true of everything, says nothing (owlrl adds "P rdfs:domain owl:Thing" for each P)
    if p == RDFS.subClassOf and s == OWL.Nothing:
        return True
    if isinstance(o, Literal) and (s, p) in asserted_literal_keys:
        return True  # a copy of an asserted value in another datatype, e.g. 35 -> 35.0e0
    if isinstance(s, URIRef) and str(s).startswith(_BUILTIN_NAMESPACES):
        return True  # statements about rdf:, rdfs:, owl:, xsd: terms themselves
    if p == RDF.type and isinstance(o, URIRef) and str(o).startswith(_BUILTIN_NAMESPACES):
        return o not in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return False


@dataclass
class BuildReport:
    asserted_triples: int
    inferred_triples: int
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    cache_dir: Path | None = None
    rebuilt: bool = True


def build(
    force: bool = False, notify: Callable[[str], None] | None = None, where: resources.Location | None = None
) -> BuildReport:
    """Build the graph into the cache unless an intact cache for exactly these inputs exists.

    An entry that is there but does not match its manifest (a damaged file) is rebuilt, and
    ``notify`` (default: a line on stderr) says so. Raises NonConformingData (exit 1) if the data
    violates the shapes; nothing is cached then. ``where``: the cache and data directories (None:
    the environment's).
    """
    say = notify or (lambda message: print(message, file=sys.stderr))
    entry = cache.current_entry(where)
    damaged = False
    if not force and entry.exists():
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

    cache.writable_root(where)  # a cache we cannot write fails now, not after the reasoning
    from chipkg.validation import validate_graph

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    asserted = load_asserted(where)
    timings["load"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    inferred = owl_rl_closure(asserted)
    timings["reason"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    report = validate_graph(asserted)
    timings["validate"] = time.perf_counter() - t0
    if not report.conforms:
        violations = [r for r in report.results if r.severity == "Violation"]
        first = violations[0]
        raise NonConformingData(
            f"the data does not conform: {len(violations)} violation(s); first: "
            f"{first.focus_label or first.focus_node}: {first.message} (run `chipkg validate`)"
        )
    warnings = [r.one_line() for r in report.results if r.severity != "Violation"]

    t0 = time.perf_counter()
    _write_entry(entry, asserted, inferred, warnings, replace=force or damaged)
    timings["cache"] = time.perf_counter() - t0
    return BuildReport(len(asserted), len(inferred), timings, warnings, entry.directory)


def _read_meta(entry: cache.CacheEntry) -> dict | None:
    try:
        meta = json.loads(entry.meta.read_bytes())
        int(meta["asserted_triples"]) + int(meta["inferred_triples"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return meta if isinstance(meta.get("warnings", []), list) else None


def _write_entry(
    entry: cache.CacheEntry, asserted: Graph, inferred: Graph, warnings: list[str], replace: bool = False
) -> None:
    """Write into a temporary directory and swap it into place: never a half-written cache.

    The manifest is written last; the directory is renamed into place whole, so a reader sees the
    old entry or the new one. If another process finished an intact entry for the same inputs
    first, its entry is kept (it may be reading it) unless ``replace`` (``build --force``, or a
    damaged entry) asks for ours. A failure (a full disk...) leaves the old entry as it was,
    removes the temporary directory, and says so in one line; so does SIGTERM.
    """
    root = cache.writable_root(resources.Location(cache_dir=entry.directory.parent))
    files.remove_stale_temporaries(root)  # left by builds that were killed
    tmp = files.new_temporary_directory(root, "building")
    try:
        with _terminate_as_exit():
            files.write_file(tmp / cache.ASSERTED, asserted.serialize(format="nt", encoding="utf-8"))
            files.write_file(tmp / cache.INFERRED, inferred.serialize(format="nt", encoding="utf-8"))
            _write_oxigraph_store(tmp / cache.STORE, [tmp / cache.ASSERTED, tmp / cache.INFERRED])
            meta = {
                "chipkg_version": __version__,
                "rdflib_version": rdflib.__version__,
                "asserted_triples": len(asserted),
                "inferred_triples": len(inferred),
                "warnings": warnings,
            }
            files.write_file(tmp / cache.META, json.dumps(meta, indent=1).encode())
            cache.write_manifest(tmp, entry.directory.name.removeprefix("graph-"))
            if not replace and entry.is_complete():
                return  # another process built the same inputs meanwhile: keep its entry, drop ours
            files.replace_directory(tmp, entry.directory)
    except (OSError, RuntimeError, ChipkgError) as exc:
        reason = exc.message if isinstance(exc, ChipkgError) else (getattr(exc, "strerror", None) or str(exc))
        kept = "the old cache entry is kept" if entry.exists() else "nothing was cached"
        raise CacheError(f"cannot write the graph cache in {root}: {reason}; {kept}") from None
    finally:
        files.remove_tree(tmp)
    _prune_old_entries(entry)


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


def _write_oxigraph_store(directory: Path, sources: list[Path]) -> None:
    """An on-disk Oxigraph store of the built graph.

    Queries open it read-only in ~10 ms where loading the N-Triples into memory takes ~35 ms, and
    any number of processes can read it at once (a read-write open would take a lock).
    """
    import gc

    import pyoxigraph as ox

    store = ox.Store(str(directory))
    for source in sources:
        store.bulk_load(path=str(source), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    store.optimize()
    del store
    gc.collect()  # close the database before the directory is renamed into place


def _prune_old_entries(keep: cache.CacheEntry) -> None:
    for old in cache.entries(keep.directory.parent):
        if old != keep.directory and old.is_dir() and not old.is_symlink():
            files.remove_tree(old)
