"""A frame becomes one SPARQL query, composed from one pattern fragment per askable property.

Each askable property owns a :class:`Fragment`: the graph pattern that says a chip has the
property's value (``holds``) and, where the graph can say it, the pattern that says the article
rules the value out (``rules_out``: another process node, a designer that is not the one asked
about, a workload it is "not suitable for"). A frame's constraints are the conjunction of their
fragments, so any combination of known constraints compiles. Every value — entity IRIs and
numbers — is bound through a ``VALUES`` clause written by pyoxigraph's own term serializer, never
pasted from the question; the same text runs on any SPARQL 1.1 engine.

``ENTITY_RELATIONS`` is the one entity-type table: the relation a bare name implies ("7nm" is a
process node, "TSMC" a foundry, "INT8" a format).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from chipkg.ask.frame import (
    CHIPS,
    COUNT,
    ORGS,
    RANK,
    TOP,
    YESNO,
    Besides,
    Frame,
    Identity,
    Kind,
    Measure,
    Memory,
    Metric,
    OrgOfChips,
    Profiled,
    Relation,
    Unstated,
    unbounded,
)
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK, PREFIXES

RDF_TYPE = PREFIXES["rdf"] + "type"
XSD_DOUBLE = PREFIXES["xsd"] + "double"


class Fragment(NamedTuple):
    holds: str  # {c}: the chip, {v}: the value, {x}: a prefix for the fragment's own variables
    rules_out: str | None = None


#: chip -> value relations: what a chip "has"
RELATIONS: dict[str, Fragment] = {
    # a stated designer rules out another organization, except one it owns, is owned by, acquired or
    # works with as a partner ("Microsoft with OpenAI", l.15: "is the Maia 100 designed by OpenAI" is
    # not said either way; it was answered false, red team 62)
    CK + "designedBy": Fragment(
        "{c} ck:designedBy/ck:parentOrganization* {v} .",
        "{c} ck:designedBy {x}d . FILTER NOT EXISTS { {x}d (ck:parentOrganization|^ck:parentOrganization|"
        "ck:acquired|^ck:acquired|ck:partnerOf|^ck:partnerOf)* {v} }",
    ),
    # no rules_out: ck:manufacturedBy is not functional (a chip may be made by more than one
    # foundry), so a stated foundry does not rule another out ("is the M4 made by Intel" was false)
    CK + "manufacturedBy": Fragment("{c} ck:manufacturedBy {v} ."),
    CK + "processNode": Fragment(
        "{c} ck:processNode {v} .",
        "{c} ck:processNode {x}n . FILTER ({x}n != {v})",
    ),
    CK + "supportsFormat": Fragment(
        "{ {c} ck:supportsFormat {x}f } UNION { {c} ck:performance/ck:precision {x}f } {x}f skos:broader* {v} ."
    ),
    CK + "workload": Fragment(
        "{c} ck:workload/skos:broader* {v} . FILTER NOT EXISTS { {c} ck:notSuitableFor {v} }",
        "{c} ck:notSuitableFor {x}e . {v} skos:broader* {x}e .",
    ),
    # ruled out for the workload asked about or a broader one ("not for training LLMs" is not "not
    # for training")
    CK + "notSuitableFor": Fragment("{c} ck:notSuitableFor {x}e . {v} skos:broader* {x}e ."),
    CK + "softwareStack": Fragment("{c} ck:softwareStack/skos:broader* {v} ."),
    CK + "architecture": Fragment(
        "{ {c} ck:architecture {v} } UNION { {x}p ck:componentOf {c} ; ck:architecture {v} }"
    ),
    # a link of that technology, or of the purpose a name of links by purpose covers ("chip-to-chip
    # interconnect": Gaudi 3's Ethernet ports link its GPUs). Ruled out: a link of an older revision of
    # the same line (ck:generation: the M2000's PCIe 2.0 is no PCIe 4.0, which a PCIe 2.0 device cannot
    # run); a newer one is not (a PCIe 5.0 device may run at 4.0), nor is another line
    CK + "interconnect": Fragment(
        "{c} ck:interconnect {x}u . { {x}u ck:interconnectTechnology/skos:broader* {v} } "
        "UNION { {v} ck:linkPurpose {x}p . {x}u ck:purpose {x}p }",
        "{c} ck:interconnect/ck:interconnectTechnology {x}t . {x}t skos:broader {x}b ; ck:generation {x}g . "
        "{v} skos:broader {x}b ; ck:generation {x}h . FILTER ({x}g < {x}h) "
        "FILTER NOT EXISTS { {c} ck:interconnect/ck:interconnectTechnology/skos:broader* {v} }",
    ),
    CK + "integratedInto": Fragment("{c} ck:integratedInto {v} ."),  # a block of a larger chip
    # a part of the chip: one of its components, or a chip built into it ("chips that contain a GPU",
    # asked of a kind: Relation.cls); the article's lists of parts are not exhaustive (no rules_out)
    CK + "hasComponent": Fragment("{ {c} ck:hasComponent {v} } UNION { {v} ck:integratedInto {c} }"),
    # the chip's place in its product line (asked of a named chip and another chip)
    CK + "successorOf": Fragment("{c} ck:successorOf {v} ."),
    CK + "predecessorOf": Fragment("{c} ck:predecessorOf {v} ."),
    # systems a chip runs in, the models it serves and the applications it supports
    CK + "deployedOn": Fragment("{c} ck:deployedOn {v} ."),
    CK + "usedFor": Fragment("{c} ck:usedFor {v} ."),
    CK + "supportsApplication": Fragment("{c} ck:supportsApplication {v} ."),
    # a bare system name ("azure chips"): deployed on, used for or supporting it
    CK + "relatedSystem": Fragment("{c} ck:deployedOn|ck:usedFor|ck:supportsApplication {v} ."),
    # asked of one chip only (its value is a year, not a name a question can constrain by)
    CK + "productionYear": Fragment("{c} ck:productionYear {v} .", "{c} ck:productionYear {x}y . FILTER ({x}y != {v})"),
    # how a chip is cooled and the largest display it drives, in the source's words ("liquid", "6K"):
    # asked of one chip only, as a year is (no name of a value to constrain by)
    CK + "cooling": Fragment("{c} ck:cooling {v} ."),
    # what a chip's comparison claims are measured against, where the article names it ("the Corsair's
    # baseline": the H100); a baseline only described ("previous generation TPUs") is no value
    CK + "baseline": Fragment("{c} ck:claim/ck:baseline {v} ."),
    CK + "maxDisplayResolution": Fragment("{c} ck:maxDisplayResolution {v} ."),
    # the video standards a chip's hardware encodes or decodes (no chip is said to lack one: no rules_out)
    CK + "videoCodec": Fragment("{c} ck:videoCodec {v} ."),
}

#: relations whose value is another chip: a reading says "what X is <label>" ("what AWS Trainium2 is
#: successor of"), since "the successor of of X" would say the relation the other way round
CHIP_VALUED = frozenset({CK + "integratedInto", CK + "successorOf", CK + "predecessorOf"})

#: a chip to each value it states directly (before any skos:broader): "LPDDR4 as opposed to
#: LPDDR4X" keeps the chips with a stated value under LPDDR4 that is not under LPDDR4X
DIRECT_VALUES: dict[str, str] = {
    CK + "memory": "{c} ck:memory/ck:memoryTechnology {d} .",
    CK + "supportsFormat": "{ {c} ck:supportsFormat {d} } UNION { {c} ck:performance/ck:precision {d} }",
    CK + "workload": "{c} ck:workload {d} .",
    CK + "softwareStack": "{c} ck:softwareStack {d} .",
    CK + "interconnect": "{c} ck:interconnect/ck:interconnectTechnology {d} .",
}

#: what a chip's property names, for "what X does chip Y have" (the label is read at its end)
VALUE_PATHS: dict[str, str] = {
    CK + "designedBy": "ck:designedBy",
    CK + "interconnect": "ck:interconnect/ck:interconnectTechnology",
    CK + "memory": "ck:memory/ck:memoryTechnology",
    CK + "baseline": "ck:claim/(ck:baseline|ck:baselineDescription)",
}

#: the kind of a chip: its class, or (ruled out) a class disjoint with the one asked about, unless
#: the article contradicts itself about the chip (Gaudi 3 is called a GPU and an accelerator)
KIND = Fragment(
    "{c} a {v} .",
    "FILTER NOT EXISTS { {x}note ck:about {c} ; ck:noteKind ck:Inconsistency } "
    "{c} a/rdfs:subClassOf* {x}own . {v} rdfs:subClassOf* {x}asked . "
    "{ {x}own owl:disjointWith {x}asked } UNION { {x}asked owl:disjointWith {x}own }",
)

#: organization -> organization relations, used as written
ORG_RELATIONS = frozenset(
    CK + p
    for p in (
        "memberOf",
        "hasMember",
        "acquired",
        "acquiredBy",
        "parentOrganization",
        "subsidiary",
        "partnerOf",
    )
)

#: the relation a bare name of an entity of this class implies (checked in this order)
ENTITY_RELATIONS: tuple[tuple[str, str], ...] = (
    (CK + "Consortium", CK + "memberOf"),
    (CK + "ProcessNode", CK + "processNode"),
    (CK + "NumericFormat", CK + "supportsFormat"),
    (CK + "Workload", CK + "workload"),
    (CK + "SoftwareStack", CK + "softwareStack"),
    (CK + "VideoCodec", CK + "videoCodec"),
    (CK + "Architecture", CK + "architecture"),
    (CK + "InterconnectTechnology", CK + "interconnect"),
    (CK + "Foundry", CK + "manufacturedBy"),
    (CK + "ChipDesigner", CK + "designedBy"),  # the lexicon adds it to every organization that designs a chip
    (CK + "System", CK + "relatedSystem"),  # "azure chips": deployed on, used for or supporting it
)


class MeasureFragment(NamedTuple):
    path: str  # {c} to the figure {f}
    also_scope: str | None = None  # a scope besides per chip that counts for this measure
    in_memory: bool = False  # the figure hangs off one of the chip's memories


#: figures a chip has, by the property that holds them
MEASURES: dict[str, MeasureFragment] = {
    CK + "transistorCount": MeasureFragment("{c} ck:transistorCount {f} ."),
    CK + "computeUnits": MeasureFragment("{c} ck:computeUnits {f} ."),
    CK + "dieCount": MeasureFragment("{c} ck:dieCount {f} ."),
    CK + "memoryTierCount": MeasureFragment("{c} ck:memoryTierCount {f} ."),
    # how many technologies the article says a chip introduces ("six cutting-edge technologies")
    CK + "featureCount": MeasureFragment("{c} ck:featureCount {f} ."),
    CK + "clockSpeed": MeasureFragment("{c} ck:clockSpeed {f} ."),
    CK + "power": MeasureFragment("{c} ck:power {f} .", CK + "PerCard"),
    CK + "dieArea": MeasureFragment("{c} ck:dieArea {f} .", CK + "PerDie"),
    # the largest model a product runs is stated per chip, card or system alike: every scope counts
    CK + "maxModelSize": MeasureFragment("{c} ck:maxModelSize {f} .", "any"),
    # the comparisons a chip is the subject of ("35x the MI300 on inference"): asked of one chip
    CK + "claim": MeasureFragment("{c} ck:claim {f} .", "any"),
    # how far a chip scales out: per pod, cluster or system, each figure with its scope
    CK + "scaleOut": MeasureFragment("{c} ck:scaleOut {f} .", "any"),
    CK + "performance": MeasureFragment("{c} ck:performance {f} ."),
    CK + "featureSize": MeasureFragment("{c} ck:processNode/ck:featureSize {f} ."),
    CK + "capacity": MeasureFragment("{c} ck:memory {m} . {m} ck:capacity {f} .", in_memory=True),
    CK + "bandwidth": MeasureFragment("{c} ck:memory {m} . {m} ck:bandwidth {f} .", in_memory=True),
    # counts and rates of a chip's links and memories ("16 lanes of PCIe 5.0", "four LPDDR4X controllers")
    CK + "laneCount": MeasureFragment("{c} ck:interconnect {m} . {m} ck:laneCount {f} ."),
    CK + "portCount": MeasureFragment("{c} ck:interconnect {m} . {m} ck:portCount {f} ."),
    # a port's line rate is stated per port ("24 200-Gigabit Ethernet ports"), never as the chip's total
    CK + "portSpeed": MeasureFragment("{c} ck:interconnect {m} . {m} ck:portSpeed {f} .", CK + "PerPort"),
    CK + "controllerCount": MeasureFragment("{c} ck:memory {m} . {m} ck:controllerCount {f} .", in_memory=True),
}

#: measures a link holds (InterconnectUse): "NVLink bandwidth", "PCIe lanes" name the link's technology
LINK_MEASURES = frozenset([CK + "bandwidth", CK + "laneCount", CK + "portCount", CK + "portSpeed"])

#: measures of counts of a kind of unit (ck:countOf): a kind named ("lanes", "Tensix cores") asks for one
#: counts the article gives only of chips that have several (two dies: Blackwell, Gaudi 3; two chips:
#: the SN40L), never of a chip of one (the CS-3's "massive die", NorthPole's "800 mm² die", l.139,
#: 113): the fewest among the counted is not the fewest, so a least or an ascending order is not told
COUNTED_WHERE_SEVERAL = frozenset([CK + "dieCount"])
COUNT_MEASURES = (
    CK + "computeUnits",
    CK + "dieCount",
    CK + "laneCount",
    CK + "portCount",
    CK + "controllerCount",
    CK + "featureCount",
)

#: the dimension (chipkg.units) each measure is written in
MEASURE_DIMENSIONS: dict[str, str] = {
    CK + "transistorCount": "count",
    CK + "computeUnits": "count",
    CK + "maxModelSize": "count",
    CK + "dieCount": "count",
    CK + "memoryTierCount": "count",
    CK + "featureCount": "count",
    CK + "scaleOut": "count",
    CK + "claim": "ratio",
    CK + "clockSpeed": "frequency",
    CK + "power": "power",
    CK + "performance": "performance",
    CK + "featureSize": "length",
    CK + "capacity": "datasize",
    CK + "bandwidth": "bandwidth",
    CK + "dieArea": "area",
    CK + "laneCount": "count",
    CK + "portCount": "count",
    CK + "portSpeed": "networkrate",
    CK + "controllerCount": "count",
}

#: the kind of a performance unit -> the family of the numeric formats it counts in: FLOPS floating
#: point, OPS integer ("integer throughput" asks OPS figures; a chip's formats of the family without a
#: figure make its stated ones a part of its performance)
UNIT_FAMILY = {"FLOPS": CK + "FloatingPoint", "OPS": CK + "Integer"}

#: every class and property a question may name (the lexicon reads the words for these)
ASKABLE_PROPERTIES = frozenset(
    [*RELATIONS, *ORG_RELATIONS, *MEASURES, CK + "memory", CK + "onChip", CK + "designs", CK + "precision"]
)


class Compiled(NamedTuple):
    form: str  # "select" | "ask"
    sparql: str
    variables: tuple[str, ...]  # the first is the answer


class _Writer:
    """Collects VALUES bindings (as pyoxigraph terms) and fresh variable names for one query.

    The VALUES clauses go at the top of the query's (or subquery's) WHERE, never inside FILTER
    EXISTS (Oxigraph evaluates a VALUES inside EXISTS once per outer row); EXISTS sees the outer
    bindings anyway."""

    def __init__(self, count: int = 0) -> None:
        self.count = count
        self.clauses: list[str] = []

    def fresh(self, stem: str = "x") -> str:
        self.count += 1
        return f"?{stem}{self.count}_"

    def values(self, terms: list[Any]) -> tuple[str, str]:
        """A fresh variable bound to ``terms`` (one row each); its clause goes to :meth:`block`."""
        var = self.fresh("v")
        self.clauses.append(f"VALUES {var} {{ {' '.join(str(t) for t in terms)} }}")
        return var, ""

    def block(self) -> str:
        out, self.clauses = " ".join(self.clauses), []
        return out


def _iri(iri: str) -> Any:
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def _value_term(prop: str, value: str) -> Any:
    """A relation's value as an RDF term: a year (ck:productionYear, an xsd:integer) as a typed
    literal, any other value as the IRI it is."""
    if prop == CK + "productionYear":
        import pyoxigraph as ox

        return ox.Literal(str(int(value)), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
    return _iri(value)


def _text(value: str) -> Any:
    import pyoxigraph as ox

    return ox.Literal(value)


def _number(value: float) -> Any:
    import pyoxigraph as ox

    return ox.Literal(repr(float(value)), datatype=ox.NamedNode(XSD_DOUBLE))


def _fill(template: str, **names: str) -> str:
    out = template
    for key, value in names.items():
        out = out.replace("{" + key + "}", value)
    return out


def constraint_pattern(w: _Writer, c: str, constraint: Any) -> str:
    """The graph pattern for one constraint on the chip variable ``c``, joined into the query's
    group (a positive constraint is a join, never a ``FILTER EXISTS``; only what the chip must
    not have is a ``NOT EXISTS``). Each constraint's variables are its own, so constraints share
    only ``c`` and the conjunction is the intersection of their answers. A chip that meets a
    constraint in several ways (two memories of the technology) gives several rows: every query
    built from these takes its chips DISTINCT, counts them DISTINCT or aggregates per chip."""
    if isinstance(constraint, Relation):
        return _relation(w, c, constraint)
    if isinstance(constraint, Kind):
        var, values = w.values([_iri(constraint.cls)])
        x = w.fresh("k")
        if constraint.negated:
            return _fill(KIND.rules_out or "", c=c, v=var, x=x)
        return _fill(KIND.holds, c=c, v=var, x=x)
    if isinstance(constraint, Identity):
        return _identity(w, c, constraint)
    if isinstance(constraint, Profiled):
        return f"{c} ck:profiled {'true' if constraint.profiled else 'false'} ."
    if isinstance(constraint, Memory):
        m = w.fresh("m")
        held = _memory(w, c, m, constraint.technology, constraint.on_chip, constraint.alternatives)
        if constraint.chip_only:  # "per-chip SRAM": a memory given per core, tile or system is not the chip's
            held += f" FILTER NOT EXISTS {{ {m} ck:scope {m}s FILTER ({m}s != ck:PerChip) }}"
        return held
    if isinstance(constraint, Measure):
        f, x = w.fresh("f"), w.fresh("n")
        return measure_pattern(w, c, f, x, constraint)
    if isinstance(constraint, Besides):
        var, _ = w.values([_iri(constraint.value)])
        aside, _ = w.values([_iri(constraint.aside)])
        d = w.fresh("d")
        direct = DIRECT_VALUES[constraint.prop].replace("{c}", c).replace("{d}", d)
        return f"{direct} {d} skos:broader* {var} . FILTER NOT EXISTS {{ {d} skos:broader* {aside} }}"
    if isinstance(constraint, Unstated):  # "no foundry": the article states none for the chip
        return f"FILTER NOT EXISTS {{ {c} <{constraint.prop}> {w.fresh('u')} }}"
    raise TypeError(f"not a chip constraint: {constraint!r}")


def _relation(w: _Writer, c: str, r: Relation) -> str:
    if r.negated and r.cls is None and len(r.values) > 1:
        # "not designed by Nvidia or Cerebras": ruled out for each of them, each on a variable of its
        # own (one variable bound to both let a Cerebras chip through on Nvidia's row)
        return " ".join(_relation(w, c, r._replace(values=(value,))) for value in r.values)
    fragment = RELATIONS[r.prop]
    x = w.fresh("r")
    if r.cls is not None:  # "chips from hyperscalers": the value is any instance of a class
        cls_var, cls_values = w.values([_iri(r.cls)])
        v = w.fresh("o")
        head = f"{cls_values} {v} a {cls_var} ."
    else:
        v, head = w.values([_value_term(r.prop, i) for i in r.values])
    if r.negated:
        if fragment.rules_out is None:
            raise NoAnswer(
                "I can't answer that: the article's lists are not exhaustive, so it cannot say "
                "what a chip does not have"
            )
        return (
            f"{head} {_fill(fragment.rules_out, c=c, v=v, x=x)}"
            if r.cls is None
            else f"FILTER NOT EXISTS {{ {head} {_fill(fragment.holds, c=c, v=v, x=x)} }}"
        )
    return f"{head} {_fill(fragment.holds, c=c, v=v, x=x)}"


def _memory(
    w: _Writer,
    c: str,
    m: str,
    technology: str | None,
    on_chip: bool | None,
    alternatives: tuple[str, ...] = (),
    per_chip: tuple[tuple[str, str], ...] = (),
) -> str:
    parts = [f"{c} ck:memory {m} ."]
    if per_chip:
        # "A's HBM ... B's HBM3": each chip's memory of the technology said with it, one VALUES of pairs
        var, t = w.fresh("v"), w.fresh("t")
        pairs = " ".join(f"({_iri(chip)} {_iri(tech)})" for chip, tech in per_chip)
        w.clauses.append(f"VALUES ({c} {var}) {{ {pairs} }}")
        parts.append(
            f"{m} ck:memoryTechnology {t} . {t} skos:broader* {var} . "
            f"FILTER ({t} != {var} || NOT EXISTS {{ {m} ck:qualifier ck:Uncertain }})"
        )
    elif technology is not None:
        # "LPDDR4X or LPDDR5X": the technologies joined by "or" are values of one variable, a union
        var, values = w.values([_iri(t) for t in (technology, *alternatives)])
        t = w.fresh("t")
        # "likely HBM3E" says HBM for sure, HBM3E only probably: an uncertain technology
        # answers for its broader technologies only
        parts.append(
            f"{values} {m} ck:memoryTechnology {t} . {t} skos:broader* {var} . "
            f"FILTER ({t} != {var} || NOT EXISTS {{ {m} ck:qualifier ck:Uncertain }})"
        )
    if on_chip is not None:
        parts.append(f"{m} ck:onChip {'true' if on_chip else 'false'} .")
    return " ".join(parts)


def metric_path(w: _Writer, c: str, f: str, metric: Metric | Measure, any_scope: bool = False) -> str:
    """The pattern from chip ``c`` to a figure ``f`` of ``metric`` that counts for the chip (per
    chip, or the measure's other scope); ``any_scope``: every figure, to show (its text says its
    scope), not to compare."""
    spec = MEASURES[metric.prop]
    m = w.fresh("m")
    parts = [_fill(spec.path, c=c, f=f, m=m)]
    link = getattr(metric, "link", None)
    with_scope = getattr(metric, "with_scope", None)  # "chip or system": that scope's figures compete too
    if with_scope == "any" and not any_scope:
        # "any scope": the figures of every scope but a part of the chip's (a core's SRAM is not the
        # chip's) compete, each shown with its scope
        s = w.fresh("s")
        held = f"{{ {f} ck:scope {s} }} UNION {{ {m} ck:scope {s} }}" if spec.in_memory else f"{f} ck:scope {s} ."
        parts.append(f"FILTER NOT EXISTS {{ {held} {s} a ck:PartScope }}")
        any_scope = True
    also = f", <{with_scope}>" if with_scope and with_scope != "any" else ""
    if link is not None:  # "NVLink bandwidth", "PCIe lanes": the figure of that interconnect, not of a memory
        var, values = w.values([_iri(link)])
        held = "ck:" + metric.prop.removeprefix(CK)
        parts = [
            f"{values} {c} ck:interconnect {m} . {{ {m} ck:interconnectTechnology/skos:broader* {var} }} "
            f"UNION {{ {var} ck:linkPurpose {m}p . {m} ck:purpose {m}p }} {m} {held} {f} ."
        ]
    elif metric.prop in LINK_MEASURES and not spec.in_memory and metric.technology is not None:
        # "200 Gb/s Ethernet": the figure of a link of that technology
        var, values = w.values([_iri(metric.technology)])
        parts.append(f"{values} {m} ck:interconnectTechnology/skos:broader* {var} .")
    elif spec.in_memory:  # a figure of the chip's memory, not of one core's or tile's
        per_chip = getattr(metric, "technology_per", ())
        alternatives = getattr(metric, "technology_or", ())
        memory = _memory(w, c, m, metric.technology, metric.on_chip, alternatives=alternatives, per_chip=per_chip)
        parts.append(memory.split(" .", 1)[1])
        if not any_scope:
            parts.append(f"FILTER NOT EXISTS {{ {m} ck:scope {m}s FILTER ({m}s NOT IN (ck:PerChip{also})) }}")
    purposes = getattr(metric, "purposes", ())
    if purposes and metric.prop in LINK_MEASURES and link is not None:
        # "the Gaudi 3's PCIe 5.0 lanes to the host": the link named, unless stated for another purpose
        # only ("Blackwell's NVLink to the host": chip to chip)
        var, values = w.values([_iri(p) for p in purposes])
        parts.append(
            f"FILTER NOT EXISTS {{ {m} ck:purpose {m}q FILTER NOT EXISTS {{ {values} FILTER ({m}q = {var}) }} }}"
        )
    elif purposes and metric.prop in LINK_MEASURES and not spec.in_memory:
        # "lanes to its host": no link named, the figure of a link stated for that purpose only
        var, values = w.values([_iri(p) for p in purposes])
        parts.append(f"{values} {m} ck:purpose {var} .")
    if metric.precision is not None:
        var, values = w.values([_iri(metric.precision)])
        parts.append(f"{values} {f} ck:precision/skos:broader* {var} .")
    if metric.unhedged:  # "(no 'up to')": a figure hedged so does not count, whatever else it says
        for q in metric.unhedged:  # one variable each: a VALUES of several rows would repeat the row
            var, values = w.values([_iri(q)])
            parts.append(f"FILTER NOT EXISTS {{ {values} {f} ck:qualifier {var} . }}")
        # a figure the article's wording may give one of those hedges (a ck:Ambiguity note about it with
        # that ck:qualifierInDoubt: NorthPole's 400 and 800 TOPS may fall under the one "over" of l.113)
        # is no figure free of it; set aside with "over", kept with "up to" (red team 68)
        for q in () if getattr(metric, "doubt_kept", False) else metric.unhedged:  # one variable each, as above
            var, values = w.values([_iri(q)])
            parts.append(
                f"FILTER NOT EXISTS {{ {values} {f}n ck:about {f} ; ck:noteKind ck:Ambiguity ; "
                f"ck:qualifierInDoubt {var} . }}"
            )
    for iri in metric.without:  # "(setting aside the M4's up to 3.5 GHz)": that figure does not count
        var, values = w.values([_iri(iri)])
        parts.append(f"FILTER ({f} != {var})")
    asked = metric if isinstance(metric, Metric) else None  # what only a value question says of its figure
    if asked is not None and asked.scale:  # "a 1,024-node cluster": a figure stated over that many nodes
        count, count_values = w.values([_number(asked.scale[0])])
        of, of_values = w.values([_iri(asked.scale[1])])
        n = w.fresh("n")
        parts.append(f"{f} ck:scaleCount {n} ; ck:scaleCountOf {of} . FILTER ({n} = {count})")
    if asked is not None and asked.aspect:  # "the sparse compute gain": the claims about that aspect
        var, values = w.values([_iri(asked.aspect)])
        parts.append(f"{values} {f} ck:aspect {var} .")
    if asked is not None and asked.baseline:  # "than the H100": the claims against that chip
        var, values = w.values([_iri(asked.baseline)])
        parts.append(f"{values} {f} ck:baseline {var} .")
    if asked is not None and asked.baseline_text:  # "relative to comparable digital architectures"
        var, values = w.values([_text(asked.baseline_text)])
        parts.append(f"{values} {f} ck:baselineDescription {var} .")
    if asked is not None and asked.figure_kind:  # "mixed-precision performance": the figure the source calls so
        var, values = w.values([_text(asked.figure_kind)])
        parts.append(f"{values} {f} ck:metric {var} .")
    if asked is not None and asked.precisions:  # "at 4-bit": a figure in any of the formats of that width
        var, values = w.values([_iri(p) for p in asked.precisions])
        parts.append(f"{values} {f} ck:precision/skos:broader* {var} .")
    component = asked.component if asked is not None else None
    if component is not None:  # "the M4's Neural Engine": a figure measured on, or held by, that component
        var, values = w.values([_iri(component)])
        held = "ck:" + metric.prop.removeprefix(CK)
        parts.append(f"{values} {{ {f} ck:measuredOn {var} }} UNION {{ {var} {held} {f} }}")
    of_scope = getattr(metric, "of_scope", None)
    if of_scope is not None:  # "the most chips in one cluster": a scale-out stated per cluster only
        var, values = w.values([_iri(of_scope)])
        parts.append(f"{values} {f} ck:scope {var} .")
    if metric.counts is not None:  # "GPU cores": the count of that kind of unit only
        var, values = w.values([_iri(metric.counts)])
        parts.append(f"{values} {f} ck:countOf {var} .")
    if metric.unit_kind is not None:  # FLOPS stay FLOPS: a TOPS figure is no TFLOPS figure
        unit, flop = w.fresh("u"), w.values([_text("FLOP")])[0]
        test = f"CONTAINS(UCASE(STR({unit})), {flop})"
        parts.append(f"{f} ck:statedUnit {unit} . FILTER ({'' if metric.unit_kind == 'FLOPS' else '!'}{test})")
    if metric.chip_only and not any_scope and spec.also_scope == "any":
        # "per chip" of a measure stated at every scope: a figure that says it is per chip
        parts.append(f"{f} ck:scope ck:PerChip .")
    elif metric.chip_only and not any_scope and spec.also_scope == CK + "PerPort":
        # "(per chip)" beside "200-gigabit ports" (set 77): a port's line rate is stated per port, never
        # as the chip's total; per chip sets aside no port's speed
        s = w.fresh("s")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:scope {s} FILTER ({s} NOT IN (ck:PerChip, ck:PerPort)) }}")
    elif metric.chip_only and not any_scope:  # "per chip, not per card": per-chip figures only
        s = w.fresh("s")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:scope {s} FILTER ({s} != ck:PerChip) }}")
        # nor one that states no scope where the measure's figures state theirs: Blackwell's "scaling up
        # to 10 trillion parameters" (l.41) is the family's, scope not stated, not one chip's (red team 88);
        # a claim's multiple (a ck:Comparison) and a measure never stated with a scope keep their figures
        # (as answer._scopes reads them)
        holder, g, gs = w.fresh("h"), w.fresh("g"), w.fresh("s")
        parts.append(
            f"FILTER (EXISTS {{ {f} ck:scope {s} }} || EXISTS {{ {f} a ck:Comparison }} "
            f"|| NOT EXISTS {{ {holder} <{metric.prop}> {g} . {g} ck:scope {gs} }})"
        )
    elif spec.also_scope != "any" and not any_scope:
        scopes = "ck:PerChip" + (f", <{spec.also_scope}>" if spec.also_scope else "") + also
        s = w.fresh("s")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:scope {s} FILTER ({s} NOT IN ({scopes})) }}")
    return " ".join(parts)


def measure_pattern(w: _Writer, c: str, f: str, x: str, m: Measure, every_scope: bool = False) -> str:  # noqa: C901
    """A figure of the measure in the range. Hedges decide what a figure can show: "over 10
    billion" meets "more than 10 billion" but shows nothing under a limit; "up to", "about" and
    "nominal" figures show no exact value, and are in a range only when all of APPROXIMATE_REACH
    around them is (the one rule for hedged figures: "about 40 billion" is not shown to be more than
    39 billion). Under an upper limit every figure of the measure the chip has must be under it (the
    M4's 10 GPU cores are not "fewer than 10 cores" because of its 4 performance cores), and none
    may be a lower bound (Trillium's 256 per pod does not show it scales to fewer than 2,000 while
    its cluster is "over 1,000")."""
    # with no range, any figure of the measure shows the chip has one ("chips with FP8 performance"
    # takes Gaudi 3's per-node figure); a range compares per-chip figures only
    no_range = m.low is None and m.high is None
    # ("per-chip power figures": with "per chip" said, a card's figure shows no per-chip one)
    any_scope = (no_range and not m.chip_only) or every_scope
    parts = [metric_path(w, c, f, m, any_scope=any_scope), f"{f} ck:normalizedValue {x} ."]
    if every_scope:  # every scope but a part's (a core's SRAM is not the chip's)
        s = w.fresh("s")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:scope {s} . {s} a ck:PartScope }}")
    exact = m.low is not None and m.high is not None and m.low == m.high
    near = _near(f, m.nominal_read)
    if not no_range:  # a "likely 24 GB" is no stated 24 GB: it shows no range (red team 112: "true")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:qualifier ck:Uncertain }}")
    if m.low is not None:
        var, _ = w.values([_number(m.low)])
        if m.low_inclusive:
            parts.append(f"FILTER ({x} >= {var} * 0.999999)")
        else:  # a lower bound at the limit ("over 20 billion" for "more than 20 billion") is above it
            parts.append(
                f"FILTER ({x} > {var} * 1.000001 || ({x} >= {var} * 0.999999 && "
                f"EXISTS {{ {f} ck:qualifier ck:LowerBound }}))"
            )
        parts.append(f"FILTER (NOT {near} || {x} / {APPROXIMATE_REACH} {'>=' if m.low_inclusive else '>'} {var})")
    if m.high is not None:
        var, _ = w.values([_number(m.high)])
        op = "<=" if m.high_inclusive else "<"
        slack = "1.000001" if m.high_inclusive else "0.999999"
        parts.append(f"FILTER ({x} {op} {var} * {slack})")
        parts.append(f"FILTER (NOT {near} || {x} * {APPROXIMATE_REACH} {op} {var})")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:qualifier ck:LowerBound }}")
        if m.prop == CK + "capacity" and m.technology is None:  # a memory of unstated size may be larger
            u = w.fresh("u")
            parts.append(f"FILTER NOT EXISTS {{ {c} ck:memory {u} . FILTER NOT EXISTS {{ {u} ck:capacity {u}c }} }}")
        if m.prop != CK + "performance" or m.precision is not None:
            g, y = w.fresh("g"), w.fresh("y")
            # (a count of one kind of unit, "10 CPU cores", is held against that kind's counts only:
            # the M4's 12 GPU cores are no second count of its CPU cores)
            # the figures the question sets aside (a hedge, a named figure) are no rivals either
            everyone = unbounded(m)._replace(unhedged=m.unhedged, without=m.without)
            over = ">" if m.high_inclusive else ">="
            bad = (
                f"{y} {over} {var} * {slack} || ({_near(g, m.nominal_read)} && {y} * {APPROXIMATE_REACH} {over} {var}) "
                f"|| EXISTS {{ {g} ck:qualifier ck:LowerBound }}"
            )
            parts.append(
                f"FILTER NOT EXISTS {{ {metric_path(w, c, g, everyone)} {g} ck:normalizedValue {y} . FILTER ({bad}) }}"
            )
    for q in m.hedged:  # "the transistor count given as a lower bound": the figure carries that hedge
        var, values = w.values([_iri(q)])
        parts.append(f"{values} {f} ck:qualifier {var} .")
    if m.hedged and m.hedged_all:  # and no figure of the measure the chip has is stated otherwise
        g = w.fresh("g")
        said = []
        for q in m.hedged:
            var, values = w.values([_iri(q)])
            said.append(f"{{ {values} {g} ck:qualifier {var} . }}")
        parts.append(
            f"FILTER NOT EXISTS {{ {metric_path(w, c, g, unbounded(m), any_scope=any_scope)} "
            f"FILTER NOT EXISTS {{ {' UNION '.join(said)} }} }}"
        )
    if exact:
        hedges = "ck:UpperBound, ck:Approximate, ck:LowerBound" + ("" if m.nominal_read else ", ck:Nominal")
        parts.append(f"FILTER NOT EXISTS {{ {f} ck:qualifier ?{x[1:]}_q . FILTER (?{x[1:]}_q IN ({hedges})) }}")
    return " ".join(parts)


def _identity(w: _Writer, c: str, constraint: Identity) -> str:
    """``c`` is one of the named things, or (negated) none of them: one filter per name, each on a
    variable bound to that name alone ("not A or B" as one filter over a variable bound to both let
    A through on B's row, and B on A's: "neither the Corsair nor the MTIA v2" answered the Corsair)."""
    if not constraint.negated:
        var, _ = w.values([_iri(i) for i in constraint.chips])
        return f"FILTER ({c} = {var})"
    filters = []
    for i in constraint.chips:
        var, _ = w.values([_iri(i)])
        filters.append(f"FILTER ({c} != {var})")
    return " ".join(filters)


def chip_constraints(w: _Writer, c: str, constraints: tuple) -> str:
    return " ".join(constraint_pattern(w, c, k) for k in constraints)


def _org_constraint(w: _Writer, o: str, constraint: Any, kinds: tuple[str, ...] = ()) -> str:
    if isinstance(constraint, Relation) and constraint.prop in ORG_RELATIONS:
        if constraint.cls is not None:
            var, values = w.values([_iri(constraint.cls)])
            v = w.fresh("o")
            head = f"{values} {v} a {var} ."
        else:
            v, head = w.values([_iri(i) for i in constraint.values])
        p = f"<{constraint.prop}>"
        triple = f"{v} {p} {o} ." if constraint.inverse else f"{o} {p} {v} ."
        if constraint.negated:
            return f"FILTER NOT EXISTS {{ {head} {triple} }}"
        return f"{head} {triple}"
    if isinstance(constraint, Identity):  # "other than AMD"
        return _identity(w, o, constraint)
    if isinstance(constraint, Kind):  # the kind of organization
        var, values = w.values([_iri(constraint.cls)])
        if constraint.negated:
            # "other than hyperscalers": AWS is no hyperscaler by type, but its parent Amazon is, and
            # "hyperscaler chips" count AWS's Trainium2; an organization is left out with its parents' kind
            up = w.fresh("up")
            return f"FILTER NOT EXISTS {{ {o} ck:parentOrganization* {up} . {up} a {var} }}"
        return f"{o} a {var} ."
    if isinstance(constraint, OrgOfChips):
        c = w.fresh("c")
        chips = chip_constraints(w, c, constraint.constraints)
        if constraint.prop == CK + "designedBy" and kinds:
            # "which hyperscalers design chips": a chip counts for the nearest organization up its
            # designer's parent chain (ck:parentOrganization) that is of the kind asked for, the way
            # "chips designed by Amazon" counts AWS's chips; the designer itself when it is of that kind
            d, mid = w.fresh("d"), w.fresh("mid")
            of_kind = []
            for k in kinds:
                var, _ = w.values([_iri(k)])
                of_kind.append(f"{mid} a {var} .")
            return (
                f"{c} a ck:Chip ; ck:designedBy {d} . {d} ck:parentOrganization* {o} . "
                f"FILTER NOT EXISTS {{ {d} ck:parentOrganization* {mid} . {mid} ck:parentOrganization+ {o} . "
                f"{' '.join(of_kind)} }} {chips}"
            )
        link = f"<{constraint.prop}>"  # the organization itself, not its parents
        return f"{c} a ck:Chip ; {link} {o} . {chips}"
    raise TypeError(f"not an organization constraint: {constraint!r}")


def _org_where(w: _Writer, frame: Frame, o: str) -> str:
    """The WHERE block that binds ``o`` to each organization ``frame`` asks for."""
    kinds = tuple(k.cls for k in frame.constraints if isinstance(k, Kind) and not k.negated)
    body = " ".join(_org_constraint(w, o, k, kinds) for k in frame.constraints)
    return f"{w.block()} {o} a ck:Organization . {body}"


def compile_frame(frame: Frame) -> Compiled:
    """The one query that answers ``frame`` (VALUE and COMPARE frames are answered by
    :mod:`chipkg.ask.answer` with figure look-ups; YESNO gives the "stated" ASK query here and
    :func:`compile_rules_out` the "ruled out" one)."""
    w = _Writer()
    if frame.ask == ORGS or (frame.ask == COUNT and frame.counting_orgs):
        where = _org_where(w, frame, "?o") + " ?o rdfs:label ?organization ."
        if frame.ask == COUNT:
            # "how many megacap players": Amazon and its subsidiary AWS are both typed, as the section
            # title "Amazon/AWS" names both, but they are one company: an organization whose parent
            # (ck:parentOrganization, at any depth) is counted too is not counted again
            parents_writer = _Writer(w.count)
            parents = _org_where(parents_writer, frame, "?p")
            # "(counting Amazon and AWS separately)": an organization named is counted apart from a
            # parent named (a row for each pair of them: the count is of distinct organizations)
            apart = ""
            if frame.orgs_apart:
                ahead = _Writer(parents_writer.count)
                child, _ = ahead.values([_iri(o) for o in frame.orgs_apart])
                parent, _ = ahead.values([_iri(o) for o in frame.orgs_apart])
                apart = f"FILTER (!({child} = ?o && {parent} = ?p)) "
            top = ahead.block() if frame.orgs_apart else ""
            return Compiled(
                "select",
                f"SELECT (COUNT(DISTINCT ?o) AS ?count) WHERE {{ {top} {{ SELECT DISTINCT ?o WHERE {{ {where} }} }} "
                f"FILTER NOT EXISTS {{ ?o ck:parentOrganization+ ?p . "
                f"{{ SELECT DISTINCT ?p WHERE {{ {parents} }} }} {apart}}} }}",
                ("count",),
            )
        return Compiled(
            "select", f"SELECT DISTINCT ?organization WHERE {{ {where} }} ORDER BY ?organization", ("organization",)
        )
    body = chip_constraints(w, "?c", frame.constraints)
    if frame.ask in (TOP, RANK):
        return _ranking(frame, w, body)
    where = f"{w.block()} ?c a ck:Chip . {body}"
    if frame.ask == CHIPS:
        return Compiled(
            "select", f"SELECT DISTINCT ?chip WHERE {{ {where} ?c rdfs:label ?chip . }} ORDER BY ?chip", ("chip",)
        )
    if frame.ask == COUNT:
        if frame.group_by:
            g = w.fresh("g")
            grouped = f"?c <{frame.group_by}> {g} ."
            kinds = [
                k.cls
                for k in frame.constraints
                if isinstance(k, Relation) and k.prop == frame.group_by == CK + "designedBy" and k.cls and not k.values
            ]
            if kinds and not any(isinstance(k, Relation) and k.negated for k in frame.constraints):
                # "which hyperscaler designs the most chips": each chip counts for the nearest organization
                # up its designer's parent chain of the kind said (Amazon for AWS's Trainium2, as the
                # organizations of that kind are answered), not for its designer (AWS, no hyperscaler;
                # red team 111 W7)
                d, mid = w.fresh("d"), w.fresh("mid")
                var, _ = w.values([_iri(kinds[0])])
                grouped = (
                    f"{w.block()} ?c ck:designedBy {d} . {d} ck:parentOrganization* {g} . {g} a {var} . "
                    f"FILTER NOT EXISTS {{ {d} ck:parentOrganization* {mid} . {mid} ck:parentOrganization+ {g} . "
                    f"{mid} a {var} . }}"
                )
            return Compiled(
                "select",
                f"SELECT ?group (COUNT(DISTINCT ?c) AS ?count) WHERE {{ {where} {grouped} "
                f"{g} rdfs:label ?group . }} GROUP BY ?group ORDER BY DESC(?count) ?group",
                ("group", "count"),
            )
        if frame.distinct and frame.per_chip:  # "which chip supports the most data formats": each chip's count
            v, path = w.fresh("v"), _distinct_path(frame.distinct)
            query = (
                f"SELECT ?chip (COUNT(DISTINCT {v}) AS ?count) WHERE {{ {where} ?c {path} {v} . "
                f"?c rdfs:label ?chip . }} GROUP BY ?chip ORDER BY DESC(?count) ?chip"
            )
            return Compiled("select", query, ("chip", "count"))
        if frame.distinct:  # "how many distinct process nodes": the values the chips have, each once
            v = w.fresh("v")
            query = (
                f"SELECT (COUNT(DISTINCT {v}) AS ?count) WHERE {{ {where} ?c {_distinct_path(frame.distinct)} {v} . }}"
            )
            return Compiled("select", query, ("count",))
        return Compiled("select", f"SELECT (COUNT(DISTINCT ?c) AS ?count) WHERE {{ {where} }}", ("count",))
    if frame.ask == YESNO:
        return Compiled("ask", f"ASK {{ {where} }}", ())
    raise ValueError(f"compile_frame does not compile {frame.ask} frames")


def _distinct_path(prop: str) -> str:
    """The path from a chip to the values of ``prop`` counted apart: the thing named, not the node
    that says how the chip has it (each chip's use of PCIe is a node of its own: counted so, "how
    many different interconnects" gave 15 uses of 13 technologies, red team 95)."""
    return VALUE_PATHS.get(prop, f"<{prop}>")


def _ranking(frame: Frame, w: _Writer, body: str) -> Compiled:
    """Each chip's best figure of the metric (MAX, or MIN for "least"), as an xsd:double sort key;
    TOP keeps the chips whose key equals the best of all (ties kept), RANK orders them all."""
    assert frame.metric is not None
    agg = "MAX" if frame.order == "desc" else "MIN"
    path = metric_path(w, "?c", "?f", frame.metric) + _unsized_beside(w, "?c", frame.metric)
    per_chip = (
        f"{{ SELECT ?c (xsd:double({agg}(?n)) AS ?key) WHERE {{ {w.block()} ?c a ck:Chip . {body} "
        f"{path} ?f ck:normalizedValue ?n . }} GROUP BY ?c }}"
    )
    outer = _Writer(w.count)
    back = f"{metric_path(outer, '?c', '?figure', frame.metric)} ?figure ck:normalizedValue ?key ."
    if frame.ask == TOP:
        inner = _Writer(outer.count)
        body2 = chip_constraints(inner, "?c2", frame.constraints)
        path2 = metric_path(inner, "?c2", "?f2", frame.metric) + _unsized_beside(inner, "?c2", frame.metric)
        best = (
            f"{{ SELECT (xsd:double({agg}(?n2)) AS ?best) WHERE {{ {inner.block()} ?c2 a ck:Chip . {body2} "
            f"{path2} ?f2 ck:normalizedValue ?n2 . }} }}"
        )
        query = (
            f"SELECT DISTINCT ?chip ?figure ?key WHERE {{ {outer.block()} {per_chip} {best} FILTER (?key = ?best) "
            f"{back} ?c rdfs:label ?chip . }} ORDER BY ?chip ?figure"
        )
    else:
        direction = "DESC(?key)" if frame.order == "desc" else "ASC(?key)"
        query = (
            f"SELECT ?chip ?figure ?key WHERE {{ {outer.block()} {per_chip} {back} ?c rdfs:label ?chip . }} "
            f"ORDER BY {direction} ?chip ?figure"
        )
    return Compiled("select", query, ("chip", "figure", "key"))


def _unsized_beside(w: _Writer, c: str, metric: Metric) -> str:
    """A FILTER that leaves out of a ranking by memory capacity a chip with a memory of the kind
    ranked whose capacity the article does not give, beside those it gives: the AI 100 Ultra's
    144 MB of SRAM is no measure of its memory while its external LPDDR4X has no size (l.104), which
    may be far larger (red team 45 B: it was ranked below the MTIA v2's 256 MB). An unsized memory
    on the chip beside a sized one off it (the SN40L's SRAM beside its 1.5 TB of DDR5) is taken to
    be the smaller: on-die memory is a small part of what a chip holds off the die. The reading
    names the chip left out (answer._unsized_memories)."""
    if metric.prop != CK + "capacity":
        return ""
    m, big, z, y = w.fresh("um"), w.fresh("ub"), w.fresh("uz"), w.fresh("uy")
    unsized = _memory(w, c, m, metric.technology, metric.on_chip, alternatives=metric.technology_or)
    bound = _memory(w, c, big, metric.technology, metric.on_chip, alternatives=metric.technology_or)
    return (
        f" FILTER NOT EXISTS {{ {unsized} FILTER NOT EXISTS {{ {m} ck:capacity {z} }} "
        f"FILTER NOT EXISTS {{ {m} ck:onChip true . {bound} {big} ck:onChip false ; ck:capacity {y} . }} }} "
    )


def compile_rules_out(frame: Frame) -> Compiled | None:
    """ASK: does the article rule out one of the yes/no frame's constraints for its chip?"""
    w = _Writer()
    branches = []
    for k in frame.constraints:
        if isinstance(k, Relation) and not k.negated and k.cls is None:
            fragment = RELATIONS.get(k.prop)
            if fragment is None or fragment.rules_out is None:
                continue
            v, head = w.values([_value_term(k.prop, i) for i in k.values])
            branches.append(f"EXISTS {{ {head} {_fill(fragment.rules_out, c='?c', v=v, x=w.fresh('r'))} }}")
        elif isinstance(k, Relation) and k.negated and k.cls is None:
            # "is Gaudi 3 not made on 5nm": the article states it is, which rules out the negation (only
            # where the negation can be answered at all: the relation has a rules-out pattern)
            fragment = RELATIONS.get(k.prop)
            if fragment is None or fragment.rules_out is None:
                continue
            v, head = w.values([_value_term(k.prop, i) for i in k.values])
            branches.append(f"EXISTS {{ {head} {_fill(fragment.holds, c='?c', v=v, x=w.fresh('r'))} }}")
        elif isinstance(k, Profiled):
            branches.append(f"EXISTS {{ ?c ck:profiled {'false' if k.profiled else 'true'} }}")
        elif isinstance(k, Memory) and not k.alternatives and k.on_chip is not True:
            branches.extend(_memory_ruled_out(w, k))
        elif isinstance(k, Kind) and not k.negated:
            var, values = w.values([_iri(k.cls)])
            branches.append(f"EXISTS {{ {values} {_fill(KIND.rules_out or '', c='?c', v=var, x=w.fresh('k'))} }}")
        elif isinstance(k, Measure) and MEASURES[k.prop].also_scope == CK + "PerPort":
            continue  # each port's line rate rules out no rate of the chip's ports together ("4.8 Tb/s of Ethernet")
        elif isinstance(k, Measure) and (k.low is not None or k.high is not None):
            # the chip has figures of this measure, none of them hedged, and none in the range
            # the chip has exactly one figure of the measure, out of the range, and no hedge that
            # could bring it in ("about 4 W" is not "more than 10 W"; "over 20 billion" may be more)
            f, x, g, h, j = w.fresh("f"), w.fresh("n"), w.fresh("g"), w.fresh("h"), w.fresh("j")
            # "per chip" said: only per-chip figures decide (a card's 150 W rules out nothing per chip)
            plain = unbounded(k, chip_only=k.chip_only)
            # with no scope said, a figure of another scope in the range leaves it open: the CS-3's
            # "up to 256 exaflops, per cluster" is no "false" to "does the CS-3 deliver 256 exaflops"
            elsewhere = ""
            if not k.chip_only:
                e, every = w.fresh("e"), unbounded(k)
                elsewhere = (
                    f" && NOT EXISTS {{ {measure_pattern(w, '?c', e, e + 'x', k, every_scope=True)} }}"
                    f" && NOT EXISTS {{ {metric_path(w, '?c', e + 'h', every, any_scope=True)} "
                    f"{_hedge_could_meet(w, e + 'h', k)} }}"
                )
            branches.append(
                f"(EXISTS {{ {metric_path(w, '?c', g, plain)} }} "
                f"&& NOT EXISTS {{ {measure_pattern(w, '?c', f, x, k)} }} "
                f"&& NOT EXISTS {{ {metric_path(w, '?c', h, plain)} {_hedge_could_meet(w, h, k)} }} "
                f"&& NOT EXISTS {{ {metric_path(w, '?c', h + 'a', plain)} {metric_path(w, '?c', j, plain)} "
                f"FILTER ({h}a != {j}) }}"
                + (
                    " && NOT EXISTS { ?c ck:memory ?unsized_ . FILTER NOT EXISTS { ?unsized_ ck:capacity ?size_ } }"
                    if k.prop == CK + "capacity" and k.technology is None
                    else ""
                )
                + elsewhere
                + ")"
            )
    if not branches:
        return None
    identity = chip_constraints(w, "?c", tuple(k for k in frame.constraints if isinstance(k, Identity)))
    return Compiled("ask", f"ASK {{ {w.block()} ?c a ck:Chip . {identity} FILTER ({' || '.join(branches)}) }}", ())


def _memory_ruled_out(w: _Writer, k: Memory) -> list[str]:
    """The ways the article rules out a memory a yes/no asks of its chip: a memory of the chip stands
    in for the technology asked or a broader one (ck:usedInsteadOf: Grayskull's LPDDR4 "a
    cost-effective alternative to HBM", so no HBM3 either), or the chip needs none of it outside its
    die (ck:needsNoExternal: the M2000 does without external DRAM or SRAM, so no LPDDR4, and no
    off-chip memory of any kind). A memory said on the chip is not ruled out that way."""
    out = []
    if k.technology is not None:
        v, head = w.values([_iri(k.technology)])
        a, n = w.fresh("a"), w.fresh("n")
        out.append(f"EXISTS {{ {head} ?c ck:memory/ck:usedInsteadOf {a} . {v} skos:broader* {a} . }}")
        # (a memory of it on the chip is not ruled out: the M2000's SRAM in every tile)
        on_it = (
            "" if k.on_chip is False else f"FILTER NOT EXISTS {{ ?c ck:memory/ck:memoryTechnology/skos:broader* {v} }} "
        )
        out.append(f"EXISTS {{ {head} ?c ck:needsNoExternal {n} . {v} skos:broader* {n} . {on_it}}}")
    elif k.on_chip is False:
        out.append(f"EXISTS {{ ?c ck:needsNoExternal {w.fresh('n')} }}")
    return out


#: how far above itself a lower bound ("over 20 billion") is read as a contender among the whole
#: field (the most, rankings, the cut of a top-N list, range lists): against 22 billion it may be
#: more, against 4 trillion it is not; where the question names the chip it has no ceiling. With
#: APPROXIMATE_REACH, how near its value an "about X" or "nominal X" figure is read: the one rule
#: for hedged figures (answer._span).
LOWER_BOUND_REACH = 1.5
#: how far above itself a magnitude word ("thousands": ck:statedMagnitude) reaches
#: in the whole field: the decade it names (thousands are under ten thousand), not LOWER_BOUND_REACH
MAGNITUDE_REACH = 10
APPROXIMATE_REACH = 1.25


def near_qualifiers(nominal_read: bool = False) -> str:
    """The qualifiers whose figures' true values are only near their numbers: "about X" and, unless
    the nominal value is what is asked (Measure.nominal_read), "nominal X"."""
    return "ck:Approximate" if nominal_read else "ck:Approximate, ck:Nominal"


def _near(f: str, nominal_read: bool = False) -> str:
    """The test that figure ``f`` is "about X" or "nominal X": its true value is only near its
    number, within APPROXIMATE_REACH (bounds are read apart)."""
    return f"EXISTS {{ {f} ck:qualifier {f}a . FILTER ({f}a IN ({near_qualifiers(nominal_read)})) }}"


def _hedge_could_meet(w: _Writer, f: str, k: Measure) -> str:
    """The pattern of a hedged figure ``f`` whose true value could lie in ``k``'s range, for a
    yes/no about a named chip: a lower bound reaches any larger number (LOWER_BOUND_REACH only
    decides who contends in the whole field), an upper bound any smaller one, an approximate or
    nominal figure anything within APPROXIMATE_REACH of it; a vendor's claim (ck:VendorClaim) says
    whose figure it is, not where its value lies, so it brings in nothing of itself."""
    y, q = f"{f}y", f"{f}q"
    lo = hi = "true"
    if k.low is not None:
        low, _ = w.values([_number(k.low)])
        lo = f"{y} * {APPROXIMATE_REACH} >= {low}"
        up_lo = f"{y} >= {low} * 0.999999"
    else:
        up_lo = "true"
    if k.high is not None:
        high, _ = w.values([_number(k.high)])
        hi = f"{y} / {APPROXIMATE_REACH} <= {high}"
        low_hi = f"{y} <= {high} * 1.000001"
    else:
        low_hi = "true"
    return (
        f"{f} ck:normalizedValue {y} ; ck:qualifier {q} . FILTER ("
        f"({q} = ck:LowerBound && {low_hi}) || ({q} = ck:UpperBound && {up_lo}) "
        f"|| ({q} IN ({near_qualifiers(k.nominal_read)}) && {lo} && {hi}) "
        f"|| ({q} NOT IN (ck:LowerBound, ck:UpperBound, ck:Approximate, ck:Nominal, ck:VendorClaim)))"
    )


def with_subjects(frame: Frame) -> Frame:
    """A YESNO frame's chip becomes an Identity constraint of the compiled query."""
    return frame._replace(constraints=(Identity(frame.subjects), *frame.constraints))
