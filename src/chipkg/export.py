"""Export the graph in standard RDF formats for Protégé, Jena, GraphDB, Oxigraph and friends.

``asserted`` is the ontology plus the data as written; ``inferred`` adds the cleaned OWL 2 RL
closure from the build cache. Turtle and N-Triples are deterministic (same bytes for the same
graph): blank nodes get canonical labels and N-Triples lines are sorted.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from chipkg import cache
from chipkg.build import build, load_asserted
from chipkg.errors import OutputError
from chipkg.namespaces import PREFIXES
from chipkg.resources import Location

FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig"}


def graph(inferred: bool = False, notify: Callable[[str], None] | None = None, where: Location | None = None) -> Graph:
    """The asserted graph, plus the cleaned closure if ``inferred`` (which needs a valid build).

    The cache holds the asserted graph as N-Triples, which rdflib reads three times faster than
    the Turtle sources; without a cache for these exact inputs the sources are parsed. A cache
    entry is checked against its manifest (every file hashed) before its copies are read, and a
    damaged one is rebuilt first (``notify`` says so), so an export is never silently short.
    Returns a fresh graph the caller may change (serialize() renames its blank nodes in place).
    ``where``: the cache and data directories (None: the environment's).
    """
    entry = cache.current_entry(where)
    if inferred or entry.exists():
        build(notify=notify, where=where)  # verifies the whole entry; rebuilds a damaged one
    if not entry.exists():
        return load_asserted(where)
    manifest = entry.read_manifest() or {"files": {}}
    version = "|".join(
        str(manifest["files"].get(name))
        for name in (cache.ASSERTED, cache.INFERRED, cache.ASSERTED_ADDED, cache.INFERRED_ADDED)
    )
    copy = Graph()
    copy += _parsed_entry(str(entry.directory), inferred, version)
    return copy


_PARSED: dict[tuple[str, bool, str], Graph] = {}


def _parsed_entry(directory: str, inferred: bool, version: str) -> Graph:
    """Parse a cache entry's N-Triples once per process (a library user exporting several formats
    pays for rdflib's parser once; copying the graph costs a fifth of parsing it). ``version``
    (the files' manifest records) tells a rebuilt entry in the same directory from the old one."""
    key = (directory, inferred, version)
    if key not in _PARSED:
        entry = cache.CacheEntry(Path(directory))
        g = Graph()
        for path in entry.copies(inferred):
            g.parse(path, format="nt")
        _PARSED.clear()
        _PARSED[key] = g
    return _PARSED[key]


def stable_blank_nodes(g: Graph) -> Graph:
    """Rename ``g``'s blank nodes (in place) after their content and place; returns ``g``.

    The ontology's blank nodes (OWL lists, restrictions, AllDisjointClasses axioms) are trees hung
    from named resources, so a hash of each node's subtree plus its path from a named parent
    identifies it. rdflib's general canonicalization does the same for any graph but takes ~1 s
    on our lists; this takes milliseconds and makes serializations byte-for-byte repeatable.
    Identical siblings (same parent, predicate and content) are numbered in sorted order.
    """
    outgoing: dict[BNode, list[tuple]] = defaultdict(list)
    incoming: dict[BNode, list[tuple]] = defaultdict(list)
    for s, p, o in g:
        if isinstance(s, BNode):
            outgoing[s].append((p, o))
        if isinstance(o, BNode):
            incoming[o].append((s, p))

    content: dict[BNode, str] = {}

    def content_hash(node: BNode, seen: frozenset = frozenset()) -> str:
        if node in content:
            return content[node]
        if node in seen:  # a cycle of blank nodes: fall back to the shape alone
            return "cycle"
        parts = sorted(
            f"{p.n3()} {content_hash(o, seen | {node}) if isinstance(o, BNode) else o.n3()}" for p, o in outgoing[node]
        )
        content[node] = hashlib.sha1("\n".join(parts).encode()).hexdigest()
        return content[node]

    names: dict[BNode, str] = {}

    def name(node: BNode, seen: frozenset = frozenset()) -> str:
        if node in names:
            return names[node]
        contexts = sorted(
            f"{name(s, seen | {node}) if isinstance(s, BNode) and s not in seen else s.n3()} {p.n3()}"
            for s, p in incoming[node]
        )
        names[node] = hashlib.sha1(("|".join(contexts) + "#" + content_hash(node)).encode()).hexdigest()[:16]
        return names[node]

    nodes = set(outgoing) | set(incoming)
    groups: dict[str, list[BNode]] = defaultdict(list)
    for node in nodes:
        groups[name(node)].append(node)
    relabel: dict[BNode, BNode] = {}
    for label, members in groups.items():
        for index, node in enumerate(sorted(members)):
            relabel[node] = BNode(f"b{label}" + (f"n{index}" if len(members) > 1 else ""))
    touched = [(s, p, o) for s, p, o in g if isinstance(s, BNode) or isinstance(o, BNode)]
    for triple in touched:
        g.remove(triple)
    for s, p, o in touched:
        g.add((relabel.get(s, s), p, relabel.get(o, o)))  # type: ignore[arg-type,call-overload]
    return g


def used_prefixes(g: Graph) -> dict[str, str]:
    """The project's prefixes (chipkg.namespaces) whose namespace holds an IRI of ``g``: a subject,
    predicate, object or literal datatype. A JSON-LD context built from them names nothing the
    graph does not use (rdflib's own default bindings, brick, csvw, dcat ..., are left out)."""
    namespaces = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))  # the longest one wins
    seen: set[str] = set()
    for triple in g:
        for term in triple:
            if isinstance(term, URIRef):
                seen.add(str(term))
            elif isinstance(term, Literal) and term.datatype is not None:
                seen.add(str(term.datatype))
    used: dict[str, str] = {}
    for iri in seen:
        prefix = next((p for p, ns in namespaces if iri.startswith(ns)), None)
        if prefix is not None:
            used[prefix] = PREFIXES[prefix]
    return dict(sorted(used.items()))


def serialize(g: Graph, fmt: str) -> bytes:
    """Serialize ``g`` (its blank nodes are renamed in place); ``fmt`` is one of FORMATS.

    Deterministic in every format: the same graph gives the same bytes. TriG puts every
    triple in the default graph (a Turtle document is a TriG document with only a default graph):
    a graph named by a fresh blank node would leave the default graph empty for whoever loads it,
    change on every export, and is refused by some parsers (Raptor).
    """
    canonical = stable_blank_nodes(g)
    for prefix, iri in PREFIXES.items():
        canonical.bind(prefix, iri, override=True, replace=True)
    if fmt == "nt":
        text = canonical.serialize(format="nt", encoding="utf-8").decode("utf-8")
        lines = sorted(line for line in text.splitlines() if line.strip())
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt in ("turtle", "trig"):
        return canonical.serialize(format="turtle", encoding="utf-8")
    # rdflib's JSON-LD and RDF/XML writers follow its store's order, which follows Python's
    # per-process string hashing: the JSON-LD is put in order after, the RDF/XML written by
    # pyoxigraph from the sorted N-Triples
    if fmt == "jsonld":  # the context names only the prefixes in use, not every binding rdflib knows
        data = canonical.serialize(
            format="json-ld", encoding="utf-8", context=used_prefixes(canonical), auto_compact=True
        )
        return _ordered_jsonld(data)
    import pyoxigraph as ox

    triples = list(ox.parse(serialize(canonical, "nt"), format=ox.RdfFormat.N_TRIPLES))
    data = bytes(ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=used_prefixes(canonical)) or b"")
    import xml.etree.ElementTree as ET

    try:  # RDF/XML cannot write every predicate (one ending in "/" has no XML name): never a broken file
        ET.fromstring(data)
        back = len(list(ox.parse(data, format=ox.RdfFormat.RDF_XML)))
    except (SyntaxError, ET.ParseError) as exc:
        raise OutputError(
            f"the graph cannot be written as RDF/XML ({' '.join(str(exc).split())[:120]}); export as Turtle"
        ) from None
    if back != len(triples):
        raise OutputError("the graph cannot be written as RDF/XML without losing triples; export as Turtle")
    return data


def _ordered_jsonld(data: bytes) -> bytes:
    """A JSON-LD document with its nodes sorted by ``@id``, each property's values sorted and its
    keys sorted: the same graph gives the same bytes (an RDF list's ``@list`` keeps its order)."""
    import json

    def order(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: order(v, k) for k, v in value.items()}
        if isinstance(value, list):
            items = [order(v) for v in value]
            return items if key == "@list" else sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
        return value

    document = order(json.loads(data))
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
