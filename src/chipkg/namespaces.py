"""Prefixes shared by the data, the stored queries and the CLI.

Plain strings, not rdflib Namespaces: the query path must not import rdflib. The build path wraps
them in rdflib terms where it needs to (see chipkg.build).
"""

from __future__ import annotations

BASE = "https://w3id.org/chipkg/"
#: The graph ``push`` writes and remote queries read when no ``--graph`` is given; chipkg's own
#: store (and ``serve``) reads it as its whole graph.
GRAPH = BASE + "graph"
CK = BASE + "ontology#"

PREFIXES: dict[str, str] = {
    "ck": CK,
    "chip": BASE + "chip/",
    "comp": BASE + "component/",
    "org": BASE + "org/",
    "node": BASE + "process-node/",
    "mem": BASE + "memory-technology/",
    "ic": BASE + "interconnect/",
    "fmt": BASE + "format/",
    "sw": BASE + "software/",
    "codec": BASE + "video-codec/",
    "arch": BASE + "architecture/",
    "feat": BASE + "feature/",
    "sys": BASE + "system/",
    "wl": BASE + "workload/",
    "fig": BASE + "figure/",
    "sec": BASE + "section/",
    "note": BASE + "note/",
    "grp": BASE + "group/",
    "src": BASE + "source/",
    "shape": BASE + "shapes#",
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
    "qk": "http://qudt.org/vocab/quantitykind/",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}

ARTICLE_IRI = "https://rajathnarasimha.com"


def sparql_prologue() -> str:
    """PREFIX lines for every known prefix, so stored and ad-hoc queries can use them freely."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def shorten(iri: str) -> str:
    """``https://w3id.org/chipkg/chip/groq-lpu`` -> ``chip:groq-lpu`` (longest namespace wins)."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return iri
