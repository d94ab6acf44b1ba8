"""Everything the graph knows about one entity, grouped for reading.

``describe(store, name)`` resolves a label, alternative label, slug or IRI, then gathers the
entity's facts, its figures (built by chipkg.figures: each with the unit as stated, its hedge,
precision, scope and source URL), what refers to it, and the notes on the article's
inconsistencies that concern it or its figures.
The CLI renders the returned Description as a table, JSON or Turtle.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, NamedTuple

from chipkg import lookup
from chipkg.derived import PROPERTIES
from chipkg.errors import NoAnswer
from chipkg.figures import Figure, Reader
from chipkg.namespaces import BASE, CK, PREFIXES, shorten

FIG = PREFIXES["fig"]
RDF_TYPE = PREFIXES["rdf"] + "type"
RDFS = PREFIXES["rdfs"]
SKOS = PREFIXES["skos"]

# Properties shown in the header or used to render figures, not listed as facts.
_HEADER = {RDF_TYPE, RDFS + "label", SKOS + "altLabel", RDFS + "comment", SKOS + "definition"}
_HIDDEN = {
    PREFIXES["prov"] + "wasDerivedFrom",
    PREFIXES["prov"] + "hadPrimarySource",
    CK + "citesSource",
    CK + "citesArticle",
    CK + "section",
    PREFIXES["owl"] + "sameAs",
    CK + "profiled",
    # a group membership node is the provenance of "in group", which is shown instead
    CK + "membership",
    CK + "member",
    CK + "group",
    *PROPERTIES,  # computed at build time (chipkg.derived): the figure is listed under its measure
}
_SECONDARY = (PREFIXES["sec"], PREFIXES["note"], FIG)
__all__ = [
    "Description",
    "Figure",
    "Note",
    "Piece",
    "Section",
    "card",
    "describe",
    "describe_iri",
    "resolve",
    "triples",
]


class Note(NamedTuple):
    kind: str
    text: str
    iri: str


class Piece(NamedTuple):
    """One run of a card's cell: ``kind`` says how a face shows it -- "text" as is, "entity" (a
    related entity; ``target`` its IRI, linked by the server), "url" (a source, shown and linked
    outward), "hedge" (a figure's qualifier, set apart)."""

    kind: str
    text: str
    target: str = ""


class Section(NamedTuple):
    """One block of the describe card: a table (``headers`` name its columns; each row's first
    cell is the key) or, with ``bullet`` set, a list of one-cell rows."""

    title: str
    headers: tuple[str, ...]
    rows: list[list[list[Piece]]]
    bullet: str | None = None


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
        #: figures of one property (same precision and scope) whose sources give different values:
        #: kept side by side, never merged (each a list of figure IRIs)
        self.disagreements: list[tuple[str, list[str]]] = []
        #: the IRI each related entity's text (in facts, referenced_by) stands for, for links
        #: (the server's entity pages); not part of to_json, which lists texts only
        self.links: dict[str, str] = {}
        #: the entity's triples as a chipkg.results.Result, when the API was asked for them
        self.rdf: Any = None

    def __repr__(self) -> str:
        return f"<chipkg Description: {self.label} <{self.iri}>>"

    def text(self) -> str:
        """The description as ``chipkg describe`` prints it: grouped, aligned text."""
        from chipkg.render import description

        return description(self)

    def _repr_html_(self) -> str:
        from chipkg.render import escape

        return f"<pre>{escape(self.text())}</pre>"

    def to_json(self) -> dict[str, Any]:
        return {
            "iri": self.iri,
            "label": self.label,
            "types": self.types,
            "alt_labels": self.alt_labels,
            "comment": self.comment,
            "facts": self.facts,
            "figures": [f._asdict() for f in self.figures],
            "referenced_by": self.referenced_by,
            "notes": [n._asdict() for n in self.notes],
            "sources": self.sources,
            "disagreements": [{"property": p, "figures": iris} for p, iris in self.disagreements],
        }


def card(desc: Description) -> list[Section]:
    """The describe card's blocks below its header, in order, empty ones left out: the one layout
    that ``chipkg describe``'s text and the server's entity page both show, so a block (such as
    the sources that disagree) cannot be in one face and missing from the other."""

    def entities(texts: list[str]) -> list[Piece]:
        pieces: list[Piece] = []
        for text in texts:
            if pieces:
                pieces.append(Piece("text", ", "))
            pieces.append(Piece("entity", text, desc.links.get(text, "")))
        return pieces

    def hedge(f: Figure) -> list[Piece]:
        return [Piece("hedge", f.qualifier)] if f.qualifier else []

    def source(f: Figure) -> list[Piece]:
        return [Piece("url", f.source, f.source)] if f.source else []

    notes = [[[Piece("text", f"[{n.kind}] {n.text}")]] for n in desc.notes]
    shown = {f.iri: f for f in desc.figures}
    disagreeing = []
    for prop, iris in desc.disagreements:
        side_by_side: list[Piece] = []
        for f in (shown[i] for i in iris if i in shown):
            if side_by_side:
                side_by_side.append(Piece("text", " vs "))
            side_by_side += [Piece("text", f.text), *([Piece("text", " "), *source(f)] if f.source else [])]
        disagreeing.append([[Piece("text", prop)], side_by_side])
    sections = [
        Section("Facts", ("property", "value"), [[[Piece("text", k)], entities(v)] for k, v in desc.facts.items()]),
        Section(
            "Figures",
            ("property", "as the article states it", "hedge", "source"),
            [[[Piece("text", f.property)], [Piece("text", f.text)], hedge(f), source(f)] for f in desc.figures],
        ),
        Section("Sources disagree (each figure kept with its source)", ("property", "figures"), disagreeing),
        # each row says the relation from the referrers' side, with this entity as its value
        # ("successor of AWS Trainium: AWS Trainium2"): the label alone ("successor of  AWS Trainium2")
        # read as this entity's own relation, backwards
        Section(
            "Referenced by",
            ("property", "by"),
            [[[Piece("text", f"{k} {desc.label}")], entities(v)] for k, v in desc.referenced_by.items()],
        ),
        Section("Notes on the article", ("note",), notes, "- "),
        Section("Sources", ("source",), [[[Piece("url", s, s)]] for s in desc.sources], ""),
    ]
    return [s for s in sections if s.rows]


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
    return describe_iri(store, resolve(store, name), name)


def describe_iri(store: Any, iri: str, name: str | None = None) -> Description:
    """What the graph knows about ``iri`` itself, with no name to resolve (the server's entity
    pages: every IRI has a page, also those with no label). NoAnswer when nothing is known."""
    g = Reader(store)
    name = iri if name is None else name
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
                desc.figures.append(g.figure(obj.value, prop_label))
            else:
                text = _object_text(g, obj)
                facts[prop_label].append(text)
                if obj.__class__.__name__ == "NamedNode" and obj.value.startswith(BASE):
                    desc.links.setdefault(text, obj.value)
    desc.facts = {k: sorted(set(v)) for k, v in sorted(facts.items())}
    desc.figures.sort(key=lambda f: (f.property, f.text))
    desc.disagreements = _disagreements(desc.figures)
    desc.referenced_by = _referenced_by(g, iri, desc.links)
    desc.notes = _notes(g, iri)
    desc.sources = sorted({o.value for o in g.outgoing(iri).get(CK + "citesSource", [])})
    if not desc.sources:
        for section in props.get(CK + "section", []):
            desc.sources += [o.value for o in g.outgoing(section.value).get(CK + "sourceURL", [])]
    if desc.label == shorten(iri) and not props and not desc.referenced_by:
        raise NoAnswer(f"nothing is known about {name!r}")
    return desc


def _disagreements(figures: list[Figure]) -> list[tuple[str, list[str]]]:
    """Groups of figures for the same property, precision and scope that differ in value and come
    from different sources (the article and a user's source, or two users' sources)."""
    groups: dict[tuple[str, str | None, str | None], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.normalized is not None and f.source is not None:
            groups[(f.property, f.precision, f.scope)].append(f)
    found = []
    for (prop, _precision, _scope), group in groups.items():
        if len({f.source for f in group}) > 1 and len({f.normalized for f in group}) > 1:
            found.append((prop, [f.iri for f in group]))
    return found


def _object_text(g: Reader, term: Any, depth: int = 0) -> str:
    """A fact's object as text: a label, a literal, and for the anonymous nodes of the ontology
    (``owl:propertyChainAxiom ( ck:section ck:sourceURL )``, a union range) what they hold."""
    kind = term.__class__.__name__
    if kind == "NamedNode":
        return g.label(term.value)
    if kind == "Triple":
        parts = (term.subject, term.predicate, term.object)
        return "<<( " + " ".join(_object_text(g, t, depth + 1) for t in parts) + " )>>"
    if kind == "BlankNode":
        return _blank_text(g, term, depth)
    return _literal_text(term)


def _blank_text(g: Reader, node: Any, depth: int) -> str:
    """An anonymous node by its triples (read by pattern: a blank node written into SPARQL text
    would be a fresh variable); an RDF list as its members in order."""
    if depth > 3:
        return "[...]"
    by_prop = _pattern(g, node)
    rdf = PREFIXES["rdf"]
    if rdf + "first" in by_prop:
        items: list[str] = []
        while rdf + "first" in by_prop and len(items) < 100:
            items.append(_object_text(g, by_prop[rdf + "first"][0], depth + 1))
            rest = by_prop.get(rdf + "rest", [])
            by_prop = _pattern(g, rest[0]) if rest and rest[0].__class__.__name__ == "BlankNode" else {}
        return "(" + ", ".join(items) + ")"
    parts = [
        f"{g.label(p)} {', '.join(_object_text(g, o, depth + 1) for o in objs)}"
        for p, objs in sorted(by_prop.items())
        if p != RDF_TYPE
    ]
    return "[" + "; ".join(parts) + "]"


def _pattern(g: Reader, node: Any) -> dict[str, list[Any]]:
    by_prop: dict[str, list[Any]] = defaultdict(list)
    for quad in g.store.quads_for_pattern(node, None, None):
        by_prop[quad.predicate.value].append(quad.object)
    return by_prop


def _literal_text(term: Any) -> str:
    value = term.value
    if term.datatype and term.datatype.value.endswith(("#double", "#decimal")):
        try:
            number = float(value)
        except ValueError:
            return value
        if not math.isfinite(number):
            return value
        return f"{number:g}" if number != int(number) else f"{int(number):,}"
    return value


def _referenced_by(g: Reader, iri: str, links: dict[str, str]) -> dict[str, list[str]]:
    """Who points at this entity; a figure node stands for the entity that owns it."""
    out: dict[str, set[str]] = defaultdict(set)
    query = f"""
    SELECT ?s ?p ?owner ?q WHERE {{
      ?s ?p <{iri}> .
      FILTER (?p NOT IN (<{CK}about>, <{CK}section>, <{PREFIXES["prov"]}wasDerivedFrom>, <{RDF_TYPE}>))
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
        links.setdefault(g.label(owner), owner)
    return {k: sorted(v) for k, v in sorted(out.items())}


def _notes(g: Reader, iri: str) -> list[Note]:
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
      FILTER (?p NOT IN (<{CK}citesSource>, <{CK}citesArticle>, <{PREFIXES["prov"]}wasDerivedFrom>,
                         <{PREFIXES["prov"]}hadPrimarySource>))
    }}"""
    return list(store.query(query, use_default_graph_as_union=True))
