"""Everything the graph knows about one entity, grouped for reading.

``describe(store, name)`` resolves a label, alternative label, slug or IRI, then gathers the
entity's facts, its figures (each with the unit as stated, its qualifier, scope and source URL),
what refers to it, and the notes on the article's inconsistencies that concern it or its figures.
The CLI renders the returned Description as a table, JSON or Turtle.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from chipkg import lookup
from chipkg.errors import NoAnswer
from chipkg.namespaces import BASE, CK, PREFIXES, shorten

FIG = PREFIXES["fig"]
RDF_TYPE = PREFIXES["rdf"] + "type"
RDFS = PREFIXES["rdfs"]
SKOS = PREFIXES["skos"]
QUDT = PREFIXES["qudt"]

# Properties shown in the header or used to render figures, not listed as facts.
_HEADER = {RDF_TYPE, RDFS + "label", SKOS + "altLabel", RDFS + "comment", SKOS + "definition"}
_HIDDEN = {
    PREFIXES["prov"] + "wasDerivedFrom", PREFIXES["prov"] + "hadPrimarySource", CK + "citesSource",
    CK + "citesArticle", CK + "section", PREFIXES["owl"] + "sameAs", CK + "profiled",
}
_SECONDARY = (PREFIXES["sec"], PREFIXES["note"], FIG)
_QUALIFIER_WORDS = {
    CK + "LowerBound": "over", CK + "UpperBound": "up to", CK + "Approximate": "about",
    CK + "Uncertain": "uncertain:", CK + "Nominal": "nominal",
}


class Figure(NamedTuple):
    property: str
    text: str
    qualifier: str | None
    source: str | None
    iri: str
    normalized: float | None = None


class Note(NamedTuple):
    kind: str
    text: str
    iri: str


class Description:
    """What describe() found; filled in step by step, so a plain class (a dataclass would cost
    the query path ~3 ms of imports)."""

    def __init__(self, iri: str, label: str, types: list[str], alt_labels: list[str], comment: str | None) -> None:
        self.iri = iri
        self.label = label
        self.types = types
        self.alt_labels = alt_labels
        self.comment = comment
        self.facts: dict[str, list[str]] = {}
        self.figures: list[Figure] = []
        self.referenced_by: dict[str, list[str]] = {}
        self.notes: list[Note] = []
        self.sources: list[str] = []

    def to_json(self) -> dict[str, Any]:
        return {
            "iri": self.iri, "label": self.label, "types": self.types, "alt_labels": self.alt_labels,
            "comment": self.comment, "facts": self.facts,
            "figures": [f._asdict() for f in self.figures],
            "referenced_by": self.referenced_by,
            "notes": [n._asdict() for n in self.notes],
            "sources": self.sources,
        }


class _Graph:
    """The neighbourhood of one entity, fetched with a few queries and kept as Python dicts."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.labels: dict[str, str] = {}

    def rows(self, query: str) -> list[Any]:
        return list(self.store.query(query, use_default_graph_as_union=True))

    def outgoing(self, iri: str) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = defaultdict(list)
        for r in self.rows(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}"):
            out[r["p"].value].append(r["o"])
        return out

    def label(self, iri: str) -> str:
        if iri not in self.labels:
            found = self.rows(f"SELECT ?l WHERE {{ <{iri}> <{RDFS}label> ?l }} LIMIT 1")
            self.labels[iri] = found[0]["l"].value if found else shorten(iri)
        return self.labels[iri]


def resolve(store: Any, name: str) -> str:
    """The IRI ``name`` refers to: exit 1 when nothing matches, 2 when several do."""
    found = lookup.candidates(store, name)
    for secondary in (_SECONDARY, CK):
        # "Nvidia" is the company before it is the article's section of that name, and "LPU"
        # the Groq chip before it is the class of language processing units.
        primary = [c for c in found if not c.iri.startswith(secondary)]
        if primary:
            found = primary
    if len(found) > 1:
        raise lookup.ambiguity(name, found)
    if found:
        return found[0].iri
    raise NoAnswer(f"nothing in the graph is called {name!r}{lookup.suggestion_hint(store, name)}")


def describe(store: Any, name: str) -> Description:
    g = _Graph(store)
    iri = resolve(store, name)
    props = g.outgoing(iri)
    types = sorted(g.label(t.value) for t in props.get(RDF_TYPE, []) if not t.value.startswith(PREFIXES["owl"]))
    desc = Description(
        iri=iri,
        label=g.label(iri),
        types=types,
        alt_labels=sorted(o.value for o in props.get(SKOS + "altLabel", [])),
        comment=next((o.value for o in props.get(RDFS + "comment", []) + props.get(SKOS + "definition", [])), None),
    )
    facts: dict[str, list[str]] = defaultdict(list)
    for prop, objects in props.items():
        if prop in _HEADER or prop in _HIDDEN:
            continue
        prop_label = g.label(prop)
        for obj in objects:
            if obj.__class__.__name__ == "NamedNode" and obj.value.startswith(FIG):
                desc.figures.append(_figure(g, prop_label, obj.value))
            elif obj.__class__.__name__ == "NamedNode":
                facts[prop_label].append(g.label(obj.value))
            else:
                facts[prop_label].append(_literal_text(obj))
    desc.facts = {k: sorted(set(v)) for k, v in sorted(facts.items())}
    desc.figures.sort(key=lambda f: (f.property, f.text))
    desc.referenced_by = _referenced_by(g, iri)
    desc.notes = _notes(g, iri)
    desc.sources = sorted({o.value for o in g.outgoing(iri).get(CK + "citesSource", [])})
    if not desc.sources:
        for section in props.get(CK + "section", []):
            desc.sources += [o.value for o in g.outgoing(section.value).get(CK + "sourceURL", [])]
    if desc.label == shorten(iri) and not props:
        raise NoAnswer(f"nothing is known about {name!r}")
    return desc


def _literal_text(term: Any) -> str:
    value = term.value
    if term.datatype and term.datatype.value.endswith(("#double", "#decimal")):
        try:
            number = float(value)
            return f"{number:g}" if number != int(number) else f"{int(number):,}"
        except ValueError:
            return value
    return value


def _number(term: Any) -> str:
    number = float(term.value)
    return f"{int(number):,}" if number == int(number) else f"{number:,.6g}"


def _quantity_text(g: _Graph, fig: dict[str, list[Any]]) -> str:
    value = _number(fig[QUDT + "numericValue"][0])
    stated = fig.get(CK + "statedUnit")
    unit = stated[0].value if stated else ""
    return f"{value} {unit}".strip()


def _figure(g: _Graph, prop_label: str, iri: str) -> Figure:
    fig = g.outgoing(iri)
    parts: list[str] = []
    qualifier_iri = fig.get(CK + "qualifier", [None])[0]
    qualifier = g.label(qualifier_iri.value) if qualifier_iri is not None else None
    if QUDT + "numericValue" in fig:
        text = _quantity_text(g, fig)
        word = _QUALIFIER_WORDS.get(qualifier_iri.value) if qualifier_iri is not None else None
        parts.append(f"{word} {text}" if word else text)
    for key, template in ((CK + "memoryTechnology", "{}"), (CK + "interconnectTechnology", "{}")):
        for o in fig.get(key, []):
            parts.append(template.format(g.label(o.value)))
    if CK + "onChip" in fig:
        parts.append("on-chip" if fig[CK + "onChip"][0].value == "true" else "off-chip")
    for key in (CK + "capacity", CK + "bandwidth", CK + "laneCount", CK + "portCount", CK + "portSpeed",
                CK + "controllerCount"):
        for o in fig.get(key, []):
            nested = g.outgoing(o.value)
            if QUDT + "numericValue" in nested:
                nested_q = nested.get(CK + "qualifier", [None])[0]
                word = _QUALIFIER_WORDS.get(nested_q.value) if nested_q is not None else None
                text = _quantity_text(g, nested)
                parts.append(f"{g.label(key)} {word + ' ' if word else ''}{text}")
    if CK + "subject" in fig or CK + "baseline" in fig or CK + "baselineDescription" in fig:
        aspect = ", ".join(g.label(o.value) for o in fig.get(CK + "aspect", []))
        baseline = [g.label(o.value) for o in fig.get(CK + "baseline", [])] + [
            o.value for o in fig.get(CK + "baselineDescription", [])
        ]
        if aspect:
            parts.append(aspect)
        if baseline:
            parts.append("vs " + ", ".join(baseline))
    for key, prefix in ((CK + "precision", ""), (CK + "sparsity", ""),
                        (CK + "via", "via "), (CK + "measuredOn", "on ")):
        for o in fig.get(key, []):
            parts.append(prefix + g.label(o.value))
    for o in fig.get(CK + "metric", []):
        parts.append(o.value)
    for scope in fig.get(CK + "scope", []):
        if scope.value != CK + "PerChip":
            parts.append(g.label(scope.value))
    if CK + "scaleCount" in fig:
        counted = fig.get(CK + "scaleCountOf")
        parts.append(f"over {fig[CK + 'scaleCount'][0].value}" + (f" ({g.label(counted[0].value)})" if counted else ""))
    sources = [o.value for o in fig.get(CK + "citesSource", [])]
    if not sources:
        for section in fig.get(CK + "section", []):
            sources += [o.value for o in g.outgoing(section.value).get(CK + "sourceURL", [])]
    normalized = fig.get(CK + "normalizedValue")
    return Figure(
        property=prop_label,
        text=", ".join(p for p in parts if p) or shorten(iri),
        qualifier=qualifier,
        source=sorted(sources)[0] if sources else None,
        iri=iri,
        normalized=float(normalized[0].value) if normalized else None,
    )


def _referenced_by(g: _Graph, iri: str) -> dict[str, list[str]]:
    """Who points at this entity; a figure node stands for the entity that owns it."""
    out: dict[str, set[str]] = defaultdict(set)
    query = f"""
    SELECT ?s ?p ?owner ?q WHERE {{
      ?s ?p <{iri}> .
      FILTER (?p NOT IN (<{CK}about>, <{CK}section>, <{PREFIXES['prov']}wasDerivedFrom>, <{RDF_TYPE}>))
      OPTIONAL {{ ?owner ?q ?s . FILTER (STRSTARTS(STR(?s), "{FIG}")) FILTER (!STRSTARTS(STR(?owner), "{FIG}"))
                 FILTER (?q NOT IN (<{CK}about>)) }}
    }}"""
    for r in g.rows(query):
        subject = r["s"].value
        if subject.startswith(FIG):
            if r["owner"] is None:
                continue
            owner, prop = r["owner"].value, r["q"].value
        else:
            owner, prop = subject, r["p"].value
        if not owner.startswith(BASE) or prop in _HIDDEN:
            continue
        out[g.label(prop)].add(g.label(owner))
    return {k: sorted(v) for k, v in sorted(out.items())}


def _notes(g: _Graph, iri: str) -> list[Note]:
    query = f"""
    SELECT DISTINCT ?n ?kind ?text WHERE {{
      {{ ?n <{CK}about> <{iri}> }} UNION {{ ?n <{CK}about> ?f . <{iri}> ?p ?f . FILTER (STRSTARTS(STR(?f), "{FIG}")) }}
      ?n <{RDFS}comment> ?text .
      OPTIONAL {{ ?n <{CK}noteKind> ?kind }}
    }} ORDER BY ?n"""
    return [
        Note(kind=g.label(r["kind"].value) if r["kind"] is not None else "Note", text=r["text"].value, iri=r["n"].value)
        for r in g.rows(query)
    ]


def triples(store: Any, iri: str) -> list[Any]:
    """The entity's own triples plus those of its figure nodes (two levels), for Turtle output."""
    query = f"""
    CONSTRUCT {{ ?s ?p ?o }} WHERE {{
      {{ BIND(<{iri}> AS ?s) ?s ?p ?o }}
      UNION {{ <{iri}> ?p1 ?s . FILTER (STRSTARTS(STR(?s), "{FIG}")) ?s ?p ?o }}
      UNION {{ <{iri}> ?p1 ?f . ?f ?p2 ?s .
               FILTER (STRSTARTS(STR(?f), "{FIG}") && STRSTARTS(STR(?s), "{FIG}")) ?s ?p ?o }}
      FILTER (?p NOT IN (<{CK}citesSource>, <{CK}citesArticle>, <{PREFIXES['prov']}wasDerivedFrom>,
                         <{PREFIXES['prov']}hadPrimarySource>))
    }}"""
    return list(store.query(query, use_default_graph_as_union=True))
