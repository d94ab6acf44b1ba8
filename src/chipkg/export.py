"""Export the graph in standard RDF formats for Protégé, Jena, GraphDB, Oxigraph and friends.

``asserted`` is the ontology plus the data as written; ``inferred`` adds the cleaned OWL 2 RL
closure from the build cache. Turtle and N-Triples are deterministic (same bytes for the same
graph): blank nodes get canonical labels and N-Triples lines are sorted.
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import to_canonical_graph

from chipkg import cache
from chipkg.build import build, load_asserted
from chipkg.namespaces import PREFIXES

FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig"}


def graph(inferred: bool = False) -> Graph:
    g = load_asserted()
    if inferred:
        build()
        g.parse(cache.current_entry().inferred, format="nt")
    return g


def serialize(g: Graph, fmt: str) -> bytes:
    """Serialize ``g``; ``fmt`` is one of FORMATS. Deterministic for turtle and nt."""
    canonical = Graph()
    for prefix, iri in PREFIXES.items():
        canonical.bind(prefix, iri, override=True, replace=True)
    for triple in to_canonical_graph(g):
        canonical.add(triple)
    if fmt == "nt":
        text = canonical.serialize(format="nt", encoding="utf-8").decode("utf-8")
        lines = sorted(line for line in text.splitlines() if line.strip())
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "jsonld":
        return canonical.serialize(format="json-ld", encoding="utf-8", auto_compact=True)
    return canonical.serialize(format=FORMATS[fmt], encoding="utf-8")
