"""Incremental builds: reason and validate each changed user data file with the base only, keep
the results per file in the cache, and merge them.

The *base* is the ontology plus every project data file (``resources.base_files``: the built-in
graph the user's files point into; chipkg.fullbuild and chipkg.delta use the same). A *unit* is a
set of the user's data files that is reasoned and validated together with the base; its result
(its own triples, the triples its closure adds beyond the base's, its SHACL warnings) is cached
under a key that hashes the unit's files, the base, the shapes and the chipkg version.

Merging the units' closures gives the whole graph's closure only if no OWL RL rule joins triples
of two units. With the constructs this module accepts in the ontology, the rules that join two
instance triples are prp-fp (two values of a functional property), prp-spo2 (property chains) and
the owl:sameAs rules; so two files go into one unit when one mentions a resource the other
mentions too, unless that resource belongs to the base and neither file says anything about it
as a subject that such a rule could join on (a functional property's value, a chain's later link,
or any asserted triple, which SHACL's per-node checks need together). A user file adding a figure
to the built-in ``chip:groq-lpu`` supplies to the base: it is reasoned with the base (data/groq.ttl
is in it), and any other user file mentioning ``chip:groq-lpu`` joins its unit. What cannot be
split this way falls back to a whole-graph build, said in one line: an ontology using other OWL
constructs, a data file stating schema (classes, property axioms), owl:sameAs in a unit.
tests/test_incremental_build.py checks the merged store against ``build --full`` triple by triple.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from chipkg import __version__, cache, files, resources

ASSERTED = "asserted.nt"
INFERRED = "inferred.nt"
INFO = "unit.json"
_REQUIRED = (ASSERTED, INFERRED, INFO)
_BUILTIN = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")

#: The OWL and RDFS terms an ontology may use for the per-unit closures to merge into the whole
#: graph's (see the module docstring); any other construct (owl:someValuesFrom, owl:hasKey,
#: owl:TransitiveProperty, cardinalities, ...) makes every build a whole-graph build.
SUPPORTED_TERMS = frozenset(
    URIRef(str(ns) + name)
    for ns, names in (
        (
            OWL,
            "AllDifferent AllDisjointClasses AnnotationProperty Class DatatypeProperty FunctionalProperty "
            "NamedIndividual ObjectProperty Ontology Restriction SymmetricProperty disjointWith distinctMembers "
            "equivalentClass equivalentProperty hasValue inverseOf members onProperty propertyChainAxiom "
            "versionIRI versionInfo imports deprecated Thing Nothing unionOf oneOf AsymmetricProperty "
            "IrreflexiveProperty propertyDisjointWith complementOf differentFrom",
        ),
        (
            RDFS,
            "comment domain label range subClassOf subPropertyOf seeAlso isDefinedBy Class Resource Literal "
            "Datatype member",
        ),
    )
    for name in names.split()
)
#: Predicates of the built-in vocabularies a data file may use without stating schema.
_INSTANCE_PREDICATES = frozenset({RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy})
_INSTANCE_TYPES = frozenset({OWL.NamedIndividual, OWL.Thing, RDFS.Resource})


class FullBuildNeeded(Exception):
    """The inputs cannot be split into units; the message says why (one line)."""


@dataclass
class Merged:
    """The merged result of an incremental build, ready to be written into a cache entry."""

    asserted: list[bytes]  # N-Triples lines, each triple once
    inferred: list[bytes]
    warnings: list[str]
    units: int
    reasoned: int  # units whose results were not in the cache
    timings: dict[str, float]  # load (parse), reason, validate (the units reasoned now), merge
    record: dict[str, Any] | None = None  # what chipkg.delta needs to change this graph by a file


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _key(*parts: Any) -> str:
    return hashlib.sha256(json.dumps([__version__, *parts]).encode()).hexdigest()[:24]


class _Base:
    """The ontology and the project's data files (``resources.base_files``): parsed lazily (only
    when a unit must be reasoned)."""

    def __init__(self, reasoner: str) -> None:
        self.paths = paths = resources.base_files()
        self.reasoner = reasoner
        digests = [(p.name, file_digest(p)) for p in [*paths, resources.SHAPES_FILE]]
        # Not the reasoner: both give the same cleaned closure (tests/test_reasoners.py), so the
        # results of a large build reasoned by reasonable serve later builds by owlrl.
        self.key = _key("base", 2, digests)  # 2: the base's warnings are kept with their focus nodes
        self._graph: Graph | None = None
        self._inferred: set[tuple[Any, Any, Any]] | None = None
        self._triples: set[tuple[Any, Any, Any]] | None = None
        self.directory = Path()
        self.info: dict[str, Any] = {}

    def graph(self) -> Graph:
        """The base's asserted triples: from its cached N-Triples copy once there is one (three
        times faster to parse than the Turtle sources), else from the sources."""
        if self._graph is None:
            from chipkg.build import parse_turtle

            copy = self.directory / ASSERTED
            self._graph = parsed_copy(copy) if self.info else parse_turtle(self.paths)
        return self._graph

    def triples(self) -> set[tuple[Any, Any, Any]]:
        if self._triples is None:
            self._triples = set(self.graph())
        return self._triples

    def inferred(self) -> set[tuple[Any, Any, Any]]:
        if self._inferred is None:
            self._inferred = set(Graph().parse(self.directory / INFERRED, format="nt"))
        return self._inferred


_PARSED: dict[tuple[str, int, int], Graph] = {}


def parsed_copy(path: Path) -> Graph:
    """A cached N-Triples file parsed, once per process (the base's, which ``chipkg add`` reads to
    check a new file and again to reason it). The caller must not change it."""
    info = path.stat()
    key = (str(path), info.st_size, info.st_mtime_ns)
    if key not in _PARSED:
        _PARSED.clear()
        _PARSED[key] = Graph().parse(path, format="nt")
    return _PARSED[key]


#: Reasoning more files than this with owlrl (about a second each) is slower than reasoning the
#: whole graph at once: the build then uses reasonable if it is installed, else the whole graph.
#: reasonable is also used for any change to a graph of chipkg.build.LARGE_BUILD_FILES files.
OWLRL_UNITS = 4


class WholeGraphFaster(FullBuildNeeded):
    """A whole-graph build is simply faster (many files to reason, no fast reasoner): no notice."""


def build_units(reasoner: str | None, say: Callable[[str], None], where: resources.Location | None = None) -> Merged:
    """Reason and validate what changed, reuse the rest from the cache, and merge.

    ``reasoner`` None picks owlrl for a few files and reasonable (if installed) for many. Raises
    FullBuildNeeded when the inputs cannot be split into units (or a whole-graph build is simply
    faster), NonConformingData (exit 1) when the data violates the shapes (a violation a unit shows
    is confirmed on the whole graph first: a unit may lack a file that would satisfy a
    constraint), DataError/InputFileError for an unreadable file.
    """
    root = cache.writable_root(where)
    units_dir = root / cache.UNITS
    files.make_directory(units_dir)
    files.remove_stale_temporaries(units_dir)
    base = _Base(reasoner or "owlrl")
    base.directory = base_dir = units_dir / f"unit-{base.key}"
    started = time.perf_counter()
    base_result = _load(base_dir, base.key)
    if base_result is None:
        base_result = _store(units_dir, base.key, _reason_base(base))
    base.info = base_result
    if not base.info["supported"]:
        raise FullBuildNeeded(f"the ontology uses {base.info['unsupported']}, which per-file reasoning cannot split")

    # "base": the ontology and the project's data, reasoned and validated (or read from the cache)
    timings = {"base": time.perf_counter() - started, **dict.fromkeys(("load", "reason", "validate", "merge"), 0.0)}
    others = resources.user_data_files(where)
    user = set(others)
    digests = dict(zip(others, cache.file_digests(others, where), strict=True))
    used: set[str] = {base.key}
    reasoned = 0
    groups: list[list[Path]] = [[p] for p in others]
    while True:
        results: dict[tuple[Path, ...], dict[str, Any]] = {}
        missing: list[tuple[tuple[Path, ...], str]] = []
        for group in groups:
            members = tuple(sorted(group))
            key = unit_key(base.key, [(p, digests[p]) for p in members])
            used.add(key)
            result = _load(units_dir / f"unit-{key}", key)
            if result is None:
                missing.append((members, key))
            else:
                results[members] = {**result, "key": key}
        if missing:
            # Chosen once per build: a later pass (files merged into one unit) keeps the first's.
            reasoner = reasoner or _reasoner_for(len(missing), len(others))
            base.reasoner = reasoner
            for (members, key), computed in zip(missing, _reason_units(base, missing, user, timings), strict=True):
                results[members] = {**_store(units_dir, key, computed), "key": key}
            reasoned += len(missing)
        merged = _components(results, base.info)
        if sorted(map(sorted, merged)) == sorted(map(sorted, groups)):
            break
        groups = merged
    for members, result in results.items():
        if result["fallback"]:
            raise FullBuildNeeded(f"{', '.join(p.name for p in members)}: {result['fallback']}")

    started = time.perf_counter()
    if any(result["violation"] for result in results.values()) or base.info["violation"]:
        _confirm_violations(say, where)
        timings["validate"] += time.perf_counter() - started
        started = time.perf_counter()
    warnings = warnings_of(base.info, results.values())

    asserted, inferred, record = merge_units(
        (_lines(base_dir / ASSERTED), _lines(base_dir / INFERRED)),
        base.key,
        base.info,
        (
            (result["key"], members, result, *_unit_lines(units_dir / f"unit-{result['key']}"))
            for members, result in results.items()
        ),
        {str(p): digests[p] for p in others},
    )
    _prune(units_dir, used)
    timings["merge"] = time.perf_counter() - started
    return Merged(asserted, inferred, warnings, len(results), reasoned, timings, record)


RECORD_FORMAT = "chipkg-units-1"

#: One unit for :func:`merge_units`: its key, files, result (``unit.json``), asserted and
#: inferred N-Triples lines.
UnitLines = tuple[str, tuple[Path, ...], dict[str, Any], list[bytes], list[bytes]]


def merge_units(
    base_lines: tuple[list[bytes], list[bytes]],
    base_key: str,
    base_info: dict[str, Any],
    units: Iterable[UnitLines],
    files: dict[str, str],
) -> tuple[list[bytes], list[bytes], dict[str, Any]]:
    """The whole graph's asserted and inferred lines (each once; a line asserted anywhere is not
    also inferred) from the base's and the units', and the record of the units chipkg.delta
    changes the graph by (``units.json``): each unit's files, what it supplies to the base and its
    warnings, how many units assert and infer each line naming only the base's resources, and the
    digest of each user file (``files``, path -> SHA-256). The incremental build and ``build
    --full`` by file groups both make their entry with it."""
    asserted = dict.fromkeys(base_lines[0])
    inferred = dict.fromkeys(base_lines[1])
    base_iris = frozenset(base_info["iris"])
    shared_lines: dict[bytes, list[int]] = {}  # base-only lines of the units -> [asserting units, inferring units]
    record_units: dict[str, dict[str, Any]] = {}
    for key, members, result, unit_asserted, unit_inferred in units:
        asserted.update(dict.fromkeys(unit_asserted))
        inferred.update(dict.fromkeys(unit_inferred))
        for column, lines in enumerate((unit_asserted, unit_inferred)):
            for line in lines:
                if line_is_shared(line, base_iris):
                    shared_lines.setdefault(line, [0, 0])[column] += 1
        record_units[key] = {
            "files": [str(p) for p in members],
            "supplies": result["supplies"],
            "warnings": result["warnings"],
        }
    for line in asserted:
        inferred.pop(line, None)
    record = {
        "format": RECORD_FORMAT,
        "base": base_key,
        "files": files,
        "units": record_units,
        "shared": [[line.decode("utf-8"), *counts] for line, counts in shared_lines.items()],
    }
    return list(asserted), list(inferred), record


def _unit_lines(directory: Path) -> tuple[list[bytes], list[bytes]]:
    return _lines(directory / ASSERTED), _lines(directory / INFERRED)


def line_is_shared(line: bytes, base_iris: frozenset[str]) -> bool:
    """Whether an N-Triples line names only the base's resources (its subject and any IRI
    object are the base's; a literal object counts as the base's): such a line may come from
    several units, where a line naming a resource of its own comes from one unit only (two
    files that mention the same resource are one unit). A blank node is never the base's."""
    if not line.startswith(b"<"):
        return False
    end = line.index(b">")
    if line[1:end].decode("utf-8") not in base_iris:
        return False
    rest = line[end + 2 :]
    rest = rest[rest.index(b">") + 2 :]  # the predicate
    if rest.startswith(b"<"):
        return rest[1 : rest.index(b">")].decode("utf-8") in base_iris
    return rest.startswith(b'"')


def _reasoner_for(count: int, files_in_graph: int) -> str:
    from chipkg.build import LARGE_BUILD_FILES

    try:
        import reasonable  # noqa: F401
    except ImportError:
        if count > OWLRL_UNITS:
            raise WholeGraphFaster(f"{count} files to reason") from None
        return "owlrl"
    return "reasonable" if count > OWLRL_UNITS or files_in_graph >= LARGE_BUILD_FILES else "owlrl"


def _confirm_violations(say: Callable[[str], None], where: resources.Location | None = None) -> None:
    """A unit's violation may come from a file the unit lacks; the whole graph decides."""
    from chipkg.build import load_asserted, raise_violations
    from chipkg.validation import validate_graph

    raise_violations(validate_graph(load_asserted(where)))
    say("chipkg: a violation seen in one file disappears with the whole graph; it conforms")


def _lines(path: Path) -> list[bytes]:
    return nt_lines(path.read_bytes())


def nt_lines(data: bytes) -> list[bytes]:
    """The statements of an N-Triples text, one per line, blank lines left out."""
    return [line for line in data.split(b"\n") if line]


def _reason_base(base: _Base) -> tuple[bytes, bytes, dict[str, Any]]:
    from chipkg.build import owl_rl_closure
    from chipkg.validation import validate_graph

    graph = base.graph()
    inferred = owl_rl_closure(graph, base.reasoner)
    report = validate_graph(graph)
    closure = Graph()
    closure += graph
    closure += inferred
    unsupported = sorted(
        {
            str(term)
            for s, p, o in closure
            for term in (p, o if p == RDF.type else None)
            if isinstance(term, URIRef) and str(term).startswith(_BUILTIN[1:3]) and term not in SUPPORTED_TERMS
        }
    )
    functional = set(closure.subjects(RDF.type, OWL.FunctionalProperty))
    from chipkg.build import _property_chains

    chain_tails = {link for _prop, links in _property_chains(closure) for link in links[1:]}
    ontology = {s for s in parse_ontology_subjects() if isinstance(s, URIRef)}
    iris = {term for triple in closure for term in triple if isinstance(term, URIRef)}
    info = {
        "supported": not unsupported,
        "unsupported": ", ".join(unsupported[:3]),
        "supply_predicates": sorted(str(term) for term in functional | chain_tails),
        "ontology_subjects": sorted(ontology),
        "iris": sorted(iris),
        "warnings": [r.one_line() for r in report.results if r.severity != "Violation"],
        "warning_focus": [r.focus_node for r in report.results if r.severity != "Violation"],
        "violation": not report.conforms,
    }
    return graph.serialize(format="nt", encoding="utf-8"), inferred.serialize(format="nt", encoding="utf-8"), info


def parse_ontology_subjects() -> set[Any]:
    from chipkg.build import parse_turtle

    return set(parse_turtle([resources.ONTOLOGY_FILE]).subjects())


def _reason_units(
    base: _Base, missing: list[tuple[tuple[Path, ...], str]], user: set[Path], timings: dict[str, float]
) -> list[tuple[bytes, bytes, dict[str, Any]]]:
    """Reason each unit with the base; validate them together in one SHACL run (the units are
    independent, so this reports what validating each would, for one pass over the shapes)."""
    from chipkg.build import closure_of, parse_turtle
    from chipkg.validation import validate_graph

    started = time.perf_counter()
    batch = Graph()
    batch += base.graph()
    base_triples = base.triples()
    base_inferred = base.inferred()
    computed = []
    for members, _ in missing:
        own = Graph()
        for path in members:
            parse_turtle([path], own, user_input=path in user)
        batch += own
        timings["load"] += time.perf_counter() - started
        started = time.perf_counter()
        delta = closure_of(base_triples | set(own), base.reasoner) - base_inferred
        info: dict[str, Any] = {"files": [p.name for p in members], "warnings": [], "violation": False}
        info.update(_coupling(own, delta, base.info))
        computed.append((own, delta, info))
        timings["reason"] += time.perf_counter() - started
        started = time.perf_counter()
    report = validate_graph(batch)
    timings["validate"] += time.perf_counter() - started
    owns = [own for own, _delta, _info in computed]
    supplies = [set(info["supplies"]) for _own, _delta, info in computed]
    for (_own, _delta, info), (warnings, violation) in zip(
        computed, attribute(report.results, owns, supplies, base.info), strict=True
    ):
        info["warnings"], info["violation"] = warnings, violation
    return [(own.serialize(format="nt", encoding="utf-8"), _nt(delta), info) for own, delta, info in computed]


def attribute(
    results: list[Any], owns: list[Graph], supplies: list[set[str]], base_info: dict[str, Any]
) -> list[tuple[list[str], bool]]:
    """Each unit's warnings and whether it shows a violation, from the results of validating the
    base with these units (their own triples ``owns``, the base's resources each ``supplies``): a
    result goes to the units whose triples name its focus node, or to all of them when none does;
    a warning the base gives by itself goes to none, unless a unit supplies its focus node (that
    unit's validation then decides it: a figure a user adds may answer it, :func:`warnings_of`)."""
    base_warnings = set(base_info["warnings"])
    out: list[tuple[list[str], bool]] = [([], False) for _ in owns]
    nodes = [own.all_nodes() for own in owns]
    for result in results:
        line = result.one_line()
        focus = URIRef(result.focus_node)
        if result.severity != "Violation" and line in base_warnings:
            for i, supplied in enumerate(supplies):
                if result.focus_node in supplied:
                    out[i][0].append(line)
            continue
        owners = [i for i, found in enumerate(nodes) if focus in found] or list(range(len(owns)))
        for i in owners:
            if result.severity == "Violation":
                out[i] = (out[i][0], True)
            else:
                out[i][0].append(line)
    return out


def warnings_of(base_info: dict[str, Any], units: Iterable[dict[str, Any]]) -> list[str]:
    """The graph's warnings from the base's and its units': the base's own, except on a resource
    a unit supplies (that unit's validation with the base decides those), and every unit's."""
    units = list(units)
    supplied = {iri for unit in units for iri in unit["supplies"]}
    kept = {
        line
        for line, focus in zip(base_info["warnings"], base_info["warning_focus"], strict=True)
        if focus not in supplied
    }
    return sorted(kept.union(*(unit["warnings"] for unit in units)))


def _nt(triples: set[tuple[Any, Any, Any]]) -> bytes:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph.serialize(format="nt", encoding="utf-8")


def _coupling(own: Graph, delta: set[tuple[Any, Any, Any]], base: dict[str, Any]) -> dict[str, Any]:
    """What joins this unit to others (see the module docstring), and whether it cannot be split."""
    base_iris = set(map(URIRef, base["iris"]))
    ontology = set(map(URIRef, base["ontology_subjects"]))
    supply_predicates = set(map(URIRef, base["supply_predicates"]))
    mentions: set[str] = set()
    base_mentions: set[str] = set()
    supplies: set[str] = set()
    fallback = ""
    for asserted, triples in ((True, own), (False, delta)):
        for s, p, o in triples:
            if p == OWL.sameAs and s != o and not isinstance(s, Literal):
                fallback = fallback or f"owl:sameAs {s.n3()} {o.n3()}"
            elif _is_schema(p, o):
                fallback = fallback or f"it states schema ({p.n3()} {o.n3()})"
            for node in (s, o):
                if isinstance(node, URIRef):
                    if node in base_iris:
                        base_mentions.add(str(node))
                    else:
                        mentions.add(str(node))
            if isinstance(s, URIRef) and s in base_iris and (asserted or p in supply_predicates):
                if s in ontology:
                    fallback = fallback or f"it adds to the ontology's {s.n3()}"
                supplies.add(str(s))
    return {
        "mentions": sorted(mentions),
        "base_mentions": sorted(base_mentions - {str(t) for t in ontology}),
        "supplies": sorted(supplies),
        "fallback": fallback,
    }


def _is_schema(p: Any, o: Any) -> bool:
    if str(p).startswith(_BUILTIN) and p not in _INSTANCE_PREDICATES:
        return True
    return p == RDF.type and isinstance(o, URIRef) and str(o).startswith(_BUILTIN) and o not in _INSTANCE_TYPES


def _components(results: dict[tuple[Path, ...], dict[str, Any]], base: dict[str, Any]) -> list[list[Path]]:
    """Groups of units that must be reasoned together (union-find over what they mention)."""
    parent: dict[tuple[Path, ...], tuple[Path, ...]] = {members: members for members in results}

    def find(x: tuple[Path, ...]) -> tuple[Path, ...]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(group: list[tuple[Path, ...]]) -> None:
        first = find(group[0])
        for other in group[1:]:
            parent[find(other)] = first

    by_iri: dict[str, list[tuple[Path, ...]]] = {}
    base_users: dict[str, list[tuple[Path, ...]]] = {}
    supplied: set[str] = set()
    for members, result in results.items():
        for iri in result["mentions"]:
            by_iri.setdefault(iri, []).append(members)
        for iri in result["base_mentions"]:
            base_users.setdefault(iri, []).append(members)
        supplied.update(result["supplies"])
    for group in by_iri.values():
        union(group)
    for iri in supplied:
        union(base_users[iri])
    components: dict[tuple[Path, ...], list[Path]] = {}
    for members in results:
        components.setdefault(find(members), []).extend(members)
    return [sorted(group) for group in components.values()]


def unit_key(base_key: str, members: list[tuple[Path, str]]) -> str:
    """The cache key of a unit's result: its files' names and digests (in path order), the
    base's key and the chipkg version."""
    return _key("unit", base_key, [(p.name, digest) for p, digest in sorted(members)])


def store_units(
    where: resources.Location | None,
    base: tuple[str, tuple[bytes, bytes, dict[str, Any]]],
    units: list[tuple[str, tuple[bytes, bytes, dict[str, Any]]]],
) -> None:
    """Put the base's and these units' results (computed elsewhere: ``build --full`` by file
    groups) into the unit cache, where the next incremental build or chipkg.delta finds them;
    results there already (same key, same inputs) are kept, and the others pruned."""
    units_dir = cache.writable_root(where) / cache.UNITS
    files.make_directory(units_dir)
    files.remove_stale_temporaries(units_dir)
    for key, result in [base, *units]:
        if _load(units_dir / f"unit-{key}", key) is None:
            _store(units_dir, key, result)
    _prune(units_dir, {base[0], *(key for key, _result in units)})


def _load(directory: Path, key: str) -> dict[str, Any] | None:
    """A cached unit result, or None if it is missing or damaged (it is then recomputed)."""
    if not directory.is_dir() or cache.directory_problems(directory, key, _REQUIRED):
        return None
    try:
        info = json.loads((directory / INFO).read_bytes())
    except ValueError:
        return None
    return info if isinstance(info, dict) else None


def _store(units_dir: Path, key: str, result: tuple[bytes, bytes, dict[str, Any]]) -> dict[str, Any]:
    asserted, inferred, info = result
    target = units_dir / f"unit-{key}"
    tmp = files.new_temporary_directory(units_dir, "unit")
    try:
        files.write_file(tmp / ASSERTED, asserted, durable=False)
        files.write_file(tmp / INFERRED, inferred, durable=False)
        files.write_file(tmp / INFO, json.dumps(info).encode(), durable=False)
        cache.write_manifest(tmp, key)
        files.replace_directory(tmp, target)
    finally:
        files.remove_tree(tmp)
    return info


def _prune(units_dir: Path, used: set[str]) -> None:
    """Keep the results the current inputs use (a removed file's result goes with it)."""
    for path in cache.unit_directories(units_dir):  # chipkg's own unit directories only
        if path.name.removeprefix("unit-") not in used:
            files.remove_tree(path)
