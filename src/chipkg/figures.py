"""One figure node as the article states it: the only place a figure becomes text.

A figure node (``fig:...``) holds a number as stated (``qudt:numericValue`` + ``ck:statedUnit``), its
value in base units (``ck:normalizedValue``), its hedges (``ck:qualifier``), and for performance its
numeric precision (``ck:precision``); memory specs and interconnect uses hold a technology and nested
figures. ``figure(store, iri)`` returns all of it with one truthful ``text``:

    >>> figure(store, "https://w3id.org/chipkg/figure/groq-lpu-int8-peak").text
    'up to 1 PetaOPS, INT8, peak'

The text keeps the unit as the article writes it (800 TFLOPS stays FLOPS, 1 PetaOPS stays OPS: never
a unit rebuilt from the base-unit value), puts the hedge word before what it hedges ("over 20
billion", "likely HBM3E"), adds the precision, sparsity, component, metric, a scope other than per
chip, and nested figures (a memory's capacity, each with its own hedge), and says last whose claim
the article reports it as ("up to 9,600 TFLOPS (vendor claim)": a claim is never shown as a fact).
Everything that shows a figure to people (describe, the table and Markdown output of stored queries,
their stated columns in CSV and JSON, ask's answers) takes it from here.

Query path: pyoxigraph and light chipkg modules only (never rdflib, owlrl or pyshacl).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, NamedTuple

from chipkg.derived import PROPERTIES
from chipkg.namespaces import CK, PREFIXES, shorten

FIG = PREFIXES["fig"]
#: the computed facts (chipkg.derived) link a chip to a figure it already has: not another figure
_COMPUTED = ", ".join(f"<{p}>" for p in PROPERTIES)
QUDT = PREFIXES["qudt"]
RDFS = PREFIXES["rdfs"]
RDF = PREFIXES["rdf"]

#: every qualifier of the graph, with the word a figure's text hedges its value with, where that
#: word stands among several ("nominal about 4 watts"), and the words said after the text of a
#: qualifier that tells who states the figure ("(vendor claim)"): ck:hedgeWord, ck:hedgeOrder,
#: ck:attributionWord (absent: None)
_HEDGES_QUERY = (
    f"SELECT DISTINCT ?q ?word ?order ?said WHERE {{ ?q a <{CK}Qualifier> . "
    f"OPTIONAL {{ ?q <{CK}hedgeWord> ?word }} OPTIONAL {{ ?q <{CK}hedgeOrder> ?order }} "
    f"OPTIONAL {{ ?q <{CK}attributionWord> ?said }} }}"
)
# Nested figures shown inside their holder's text, in this order ("capacity 128 GB, bandwidth 3.7 TB/s").
_NESTED = ("capacity", "bandwidth", "laneCount", "portCount", "portSpeed", "controllerCount")


class Figure(NamedTuple):
    """One figure node, as stated. ``text`` is what people should read; the other fields are its parts."""

    iri: str
    property: str  # label of the property that holds the figure ("performance"), "" when it has none
    text: str  # "up to 1 PetaOPS, INT8, peak", "over 20 billion", "likely HBM3E, off-chip"
    value: float | None  # qudt:numericValue, the number as stated (None: a memory spec, an interconnect use)
    stated_unit: str | None  # ck:statedUnit, the unit as the article writes it ("TFLOPS", "billion")
    normalized: float | None  # ck:normalizedValue in the dimension's base unit (operations per second, bytes ...)
    qualifier: str | None  # qualifier label(s), ", "-joined ("upper bound"; "nominal, approximate")
    hedge: str | None  # the hedge word(s) the text puts before the value ("up to"; "nominal about"); not a claim
    precision: str | None  # numeric format label(s) of a performance figure ("INT8"), None when not stated
    scope: str | None  # scope label ("per chip", "per node"), None when not stated
    source: str | None  # the source URL printed under the article section the figure comes from


def qualifier_words(store: Any) -> tuple[list[str], list[str]]:
    """(hedge words, claim words) of the graph's qualifiers, read once: the words a figure's text may
    open with to hedge its value ("up to", "over", "likely" ..., in the order several are written),
    and those it may end with, in parentheses, to say whose claim it reports ("vendor claim")."""
    reader = Reader(store)
    ranked = sorted(reader.qualifiers(), key=reader.hedge_rank)
    hedges = [reader.hedge_word(q) for q in ranked if not reader.attribution_word(q)]
    return hedges, sorted({said for q in ranked if (said := reader.attribution_word(q))})


def hedge_words(store: Any) -> list[str]:
    """The hedge words of :func:`qualifier_words`."""
    return qualifier_words(store)[0]


def claim_words(store: Any) -> list[str]:
    """The claim words of :func:`qualifier_words`."""
    return qualifier_words(store)[1]


def figure(store: Any, iri: str, property_label: str = "") -> Figure:
    """The figure node ``iri``. Without ``property_label``, the label of a property that holds it."""
    return Reader(store).figure(iri, property_label)


def figures_of(store: Any, entity_iri: str) -> list[Figure]:
    """Every figure an entity (chip, component, organization, process node ...) holds directly,
    ordered by property label then text. Nested figures (a memory's capacity) are in their holder's text."""
    return Reader(store).figures_of(entity_iri)


class Reader:
    """Reads figure nodes and labels from a store, caching labels; shared by describe and render."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.labels: dict[str, str] = {}
        self._figures: dict[tuple[str, str], Figure] = {}
        self._qualifiers: dict[str, tuple[str | None, float, str | None]] | None = None

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

    def figures_of(self, entity_iri: str) -> list[Figure]:
        found = [
            self.figure(r["f"].value, self.label(r["p"].value))
            for r in self.rows(
                f'SELECT ?p ?f WHERE {{ <{entity_iri}> ?p ?f . FILTER (STRSTARTS(STR(?f), "{FIG}")) '
                f"FILTER (?p NOT IN (<{CK}section>, {_COMPUTED})) }}"
            )
        ]
        return sorted(found, key=lambda f: (f.property, f.text))

    def figure(self, iri: str, property_label: str = "") -> Figure:
        key = (iri, property_label)
        if key not in self._figures:
            if not property_label:
                holders = self.rows(
                    f"SELECT ?p WHERE {{ ?s ?p <{iri}> . FILTER (?p NOT IN (<{CK}about>, {_COMPUTED})) }} "
                    "ORDER BY ?p LIMIT 1"
                )
                property_label = self.label(holders[0]["p"].value) if holders else ""
            self._figures[key] = self._build(iri, property_label)
        return self._figures[key]

    # ------------------------------------------------------------------ text

    def qualifiers(self) -> dict[str, tuple[str | None, float, str | None]]:
        """Each qualifier of the graph (a ck:Qualifier) -> (its ck:hedgeWord, its ck:hedgeOrder, its
        ck:attributionWord).

        The words for hedges and claims live in the ontology, with the qualifiers they say, so a
        qualifier added there (with its hedge word and order, or an attribution word, or neither:
        then its label, before the value after the others) is shown in every figure's text with
        no change to this code."""
        if self._qualifiers is None:
            found: dict[str, tuple[str | None, float, str | None]] = {}
            for r in self.rows(_HEDGES_QUERY):
                word, order, said = r["word"], r["order"], r["said"]
                found[r["q"].value] = (
                    word.value if word else None,
                    float(order.value) if order else math.inf,
                    said.value if said else None,
                )
            self._qualifiers = found
        return self._qualifiers

    def hedge_word(self, qualifier: str) -> str:
        """The word a figure's text puts before the value ``qualifier`` hedges ("up to"); the
        qualifier's label when the graph gives it none."""
        return self.qualifiers().get(qualifier, (None, math.inf, None))[0] or self.label(qualifier)

    def attribution_word(self, qualifier: str) -> str | None:
        """The words a figure's text ends with, in parentheses, for a qualifier that says who states
        the figure rather than where its value lies ("vendor claim"); None for a hedge."""
        return self.qualifiers().get(qualifier, (None, math.inf, None))[2]

    def hedge_rank(self, qualifier: str) -> tuple[float, str]:
        """Where ``qualifier``'s word stands among several before one value: by ck:hedgeOrder, the
        qualifiers without one after the others, by IRI."""
        return self.qualifiers().get(qualifier, (None, math.inf, None))[1], qualifier

    def _hedge(self, fig: dict[str, list[Any]]) -> tuple[str | None, str | None, str]:
        """(qualifier labels, hedge words, claim) of a figure, in the order the words are written;
        the claim is the text's closing " (vendor claim)" (its qualifiers' attribution words), or ""."""
        qualifiers = sorted({q.value for q in fig.get(CK + "qualifier", [])}, key=self.hedge_rank)
        if not qualifiers:
            return None, None, ""
        claims = [said for q in qualifiers if (said := self.attribution_word(q))]
        words = [self.hedge_word(q) for q in qualifiers if not self.attribution_word(q)]
        return (
            ", ".join(self.label(q) for q in qualifiers),
            " ".join(words) or None,
            f" ({', '.join(claims)})" if claims else "",
        )

    def _counted(self, fig: dict, stated: str | None) -> str:
        """ " (GPU cores)" after "12 cores": what a count counts, when the stated unit is a more general
        word for it (the article says "the GPU consists of 12 cores")."""
        if not stated:
            return ""

        def words(text: str) -> set[str]:
            return {w.lower().removesuffix("s") for w in text.split()}

        for kind in self._labels(fig.get(CK + "countOf", [])):
            if words(stated) < words(kind):
                return f" ({kind}s)"
        return ""

    def _labels(self, objects: list[Any]) -> list[str]:
        return [self.label(o.value) for o in objects]

    def _build(self, iri: str, property_label: str) -> Figure:
        fig = self.outgoing(iri)
        qualifier, hedge, claim = self._hedge(fig)
        value = float(fig[QUDT + "numericValue"][0].value) if QUDT + "numericValue" in fig else None
        stated = fig[CK + "statedUnit"][0].value if CK + "statedUnit" in fig else None
        parts: list[str] = []
        if (
            value is not None
            and stated
            and stated not in ("x", "times", "×")
            and any(u.value == CK + "TIMES" for u in fig.get(QUDT + "unit", []))
        ):
            parts.append(f"{stated} ({_number(value)}x)")  # "double (2x)": the word as stated, and its factor
        elif (
            value is not None and stated in ("x", "×") and CK + "Lane" in {o.value for o in fig.get(CK + "countOf", [])}
        ):
            parts.append(f"x{_number(value)} ({_number(value)} lanes)")  # a link's width, written "x8"
        elif value is not None:
            parts.append(_quantity(value, stated) + self._counted(fig, stated))
        parts += self._labels(fig.get(CK + "memoryTechnology", []))
        parts += self._labels(fig.get(CK + "interconnectTechnology", []))
        if CK + "onChip" in fig:
            parts.append("on-chip" if fig[CK + "onChip"][0].value == "true" else "off-chip")
        for name in _NESTED:
            for o in fig.get(CK + name, []):
                nested = self.outgoing(o.value)
                if QUDT + "numericValue" not in nested:
                    continue
                _, nested_hedge, nested_claim = self._hedge(nested)
                unit = nested[CK + "statedUnit"][0].value if CK + "statedUnit" in nested else None
                text = _quantity(float(nested[QUDT + "numericValue"][0].value), unit)
                hedged = f"{nested_hedge} {text}" if nested_hedge else text
                parts.append(f"{self.label(CK + name)} {hedged}{nested_claim}")
        # "bidirectional": how a link's rate is counted, said of the link, shown with the link and
        # with its bandwidth alone
        parts += [o.value for o in fig.get(CK + "direction", [])]
        if any(t.value == CK + "DataRate" for t in fig.get(RDF + "type", [])):
            held = self.rows(f"SELECT ?d WHERE {{ ?use <{CK}bandwidth> <{iri}> ; <{CK}direction> ?d }}")
            parts += [r["d"].value for r in held]
        if CK + "subject" in fig or CK + "baseline" in fig or CK + "baselineDescription" in fig:
            aspect = ", ".join(self._labels(fig.get(CK + "aspect", [])))
            baseline = self._labels(fig.get(CK + "baseline", []))
            baseline += [o.value for o in fig.get(CK + "baselineDescription", [])]
            if aspect:
                parts.append(aspect)
            if baseline:
                parts.append("vs " + ", ".join(baseline))
        precision = self._labels(fig.get(CK + "precision", []))
        parts += precision
        parts += self._labels(fig.get(CK + "sparsity", []))
        parts += ["via " + v for v in self._labels(fig.get(CK + "via", []))]
        parts += ["on " + v for v in self._labels(fig.get(CK + "measuredOn", []))]
        parts += [o.value for o in fig.get(CK + "metric", [])]
        scopes = [s.value for s in fig.get(CK + "scope", [])]
        parts += [self.label(s) for s in scopes if s != CK + "PerChip"]
        if CK + "scaleCount" in fig:  # Gaudi 3's 15 exaFLOPS: per cluster, across 1,024 nodes
            count = _number(float(fig[CK + "scaleCount"][0].value))
            counted = [self.label(o.value) for o in fig.get(CK + "scaleCountOf", [])]
            noun = counted[0].removeprefix("per ") + "s" if counted else "units"
            parts.append(f"across {count} {noun}")
        parts = [p for p in parts if p]
        if hedge:  # the hedge reads before what it hedges: the number, else the technology
            parts[0:1] = [f"{hedge} {parts[0]}" if parts else hedge]
        magnitude = [o.value for o in fig.get(CK + "statedMagnitude", [])]
        if magnitude and parts:  # "thousands of GPUs" is stated, not 1,000: the words, then the bound read
            parts[0] = f"{magnitude[0]} ({parts[0]})"
        sources = [o.value for o in fig.get(CK + "citesSource", [])]
        if not sources:
            for section in fig.get(CK + "section", []):
                sources += [o.value for o in self.outgoing(section.value).get(CK + "sourceURL", [])]
        normalized = fig.get(CK + "normalizedValue")
        return Figure(
            iri=iri,
            property=property_label,
            text=(", ".join(parts) or shorten(iri)) + claim,
            value=value,
            stated_unit=stated,
            normalized=float(normalized[0].value) if normalized else None,
            qualifier=qualifier,
            hedge=hedge,
            precision=", ".join(precision) or None,
            scope=", ".join(self.label(s) for s in scopes) or None,
            source=sorted(sources)[0] if sources else None,
        )


def _number(number: float) -> str:
    """The stated number as written: 1200 -> '1,200', 2.6 -> '2.6' (parsed from the lexical form by
    Python, so the text never depends on how a SPARQL engine prints a decimal)."""
    if not math.isfinite(number) or abs(number) >= 1e15:  # user data may hold "INF"^^xsd:double
        return f"{number:.6g}"
    return f"{int(number):,}" if number == int(number) else f"{number:,.6g}"


def _quantity(value: float, unit: str | None) -> str:
    return f"{_number(value)} {unit or ''}".strip()
