"""Facts computed from the built graph once, so queries need not compute them over every chip.

Each chip's largest and smallest figure of a measure (``ck:largestFigure``, ``ck:smallestFigure``,
declared in the ontology as computed) is what the ranking queries ask for ("no larger figure of
the same chip"); a query that finds it by comparing each figure with every other figure of its
chip does that work for every chip of the graph on every run. These facts are not OWL 2 RL
consequences (a new figure can take the title from an old one: they are not monotonic), so no
reasoner gives them: every build path computes them from the whole merged graph (chipkg.build's
entry writer) or, for a change by files, for the chips the change touches (chipkg.delta), and
``tests/test_incremental_build.py`` checks both give the same store. They are written with the
inferred triples (the graph's copy for ``export``/``push``), since stored queries run on a remote
endpoint read them there too.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from chipkg.namespaces import CK

LARGEST = CK + "largestFigure"
SMALLEST = CK + "smallestFigure"
PROPERTIES = (LARGEST, SMALLEST)

#: the measures whose extremes are computed, and the scopes (besides none) a figure may have to
#: count: per chip, power also per card (a card holds one chip), die area also per die
_MEASURES = {
    "performance": ("PerChip",),
    "computeUnits": ("PerChip",),
    "clockSpeed": ("PerChip",),
    "transistorCount": ("PerChip",),
    "maxModelSize": ("PerChip",),
    "power": ("PerChip", "PerCard"),
    "dieArea": ("PerChip", "PerDie"),
}
#: the properties of those measures (a chip's figure of one hangs from it)
MEASURES = tuple(CK + name for name in _MEASURES)

_QUERY = """
SELECT ?c ?p ?f ?v ?s WHERE {
  %s
  VALUES ?p { %s }
  ?c a <%sChip> ; ?p ?f .
  ?f <%snormalizedValue> ?v .
  OPTIONAL { ?f <%sscope> ?s }
}"""


def _number(term: Any) -> Decimal | float | None:
    text = term.value
    try:
        if term.datatype is not None and term.datatype.value.endswith(("#double", "#float")):
            return float(text)
        return Decimal(text)
    except (ValueError, InvalidOperation):
        return None


def lines(store: Any, chips: Iterable[str] | None = None) -> list[bytes]:
    """The computed facts of ``chips`` (IRIs; None: every chip) in ``store``, as sorted N-Triples
    lines. A figure counts when it has a value and no scope outside its measure's: the chip's
    figures at the largest (smallest) value are its largest (smallest); ties give several."""
    values = ""
    if chips is not None:
        chosen = sorted(set(chips))
        if not chosen:
            return []
        values = "VALUES ?c { " + _terms(chosen) + " }"
    measures = " ".join(f"<{CK}{name}>" for name in _MEASURES)
    query = _QUERY % (values, measures, CK, CK, CK)
    figures: dict[tuple[str, str], dict[str, Any]] = {}
    excluded: set[tuple[str, str, str]] = set()
    for row in store.query(query, use_default_graph_as_union=True):
        chip, prop, fig = row["c"].value, row["p"].value, row["f"].value
        scope = row["s"]
        allowed = _MEASURES[prop.removeprefix(CK)]
        if scope is not None and scope.value.removeprefix(CK) not in allowed:
            excluded.add((chip, prop, fig))
            continue
        number = _number(row["v"])
        if number is None or number != number:  # NaN compares with nothing
            continue
        figures.setdefault((chip, prop), {}).setdefault(fig, []).append(number)
    out: set[bytes] = set()
    for (chip, prop), by_figure in figures.items():
        kept = {f: v for f, v in by_figure.items() if (chip, prop, f) not in excluded}
        if not kept:
            continue
        top = max(max(v) for v in kept.values())
        bottom = min(min(v) for v in kept.values())
        for fig, numbers in kept.items():
            if max(numbers) == top:
                out.add(f"<{chip}> <{LARGEST}> <{fig}> .".encode())
            if min(numbers) == bottom:
                out.add(f"<{chip}> <{SMALLEST}> <{fig}> .".encode())
    return sorted(out)


def stated(store: Any, chips: Iterable[str]) -> list[bytes]:
    """The computed facts ``store`` holds now about ``chips``, as N-Triples lines."""
    chosen = sorted(set(chips))
    if not chosen:
        return []
    values = f"VALUES ?c {{ {_terms(chosen)} }} VALUES ?p {{ {_terms(PROPERTIES)} }}"
    query = f"SELECT ?c ?p ?f WHERE {{ {values} ?c ?p ?f }}"
    return sorted(
        f"<{r['c'].value}> <{r['p'].value}> <{r['f'].value}> .".encode()
        for r in store.query(query, use_default_graph_as_union=True)
    )


def _terms(iris: Iterable[str]) -> str:
    """IRIs (from the graph) as SPARQL terms, written by pyoxigraph, as chipkg.lookup writes them."""
    import pyoxigraph as ox

    return " ".join(str(ox.NamedNode(iri)) for iri in iris)
