"""Generated: the compiler's conjunction of constraints is the intersection of their answers.

About twenty concrete constraints are taken from the built graph (a relation value per askable
relation, kinds, memory technologies, figure thresholds at real figures). Each is compiled alone
(:func:`chipkg.ask.compile.compile_frame` on a one-constraint CHIPS frame) and run; then every pair
and a deterministic sample of triples are compiled as one frame, run, and compared with the
intersection of the single answers (and the COUNT frame with its size). Nothing here goes through
the parser: frames are built directly.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from chipkg import sparql
from chipkg.ask import frame as F
from chipkg.ask.compile import compile_frame
from chipkg.namespaces import CK, PREFIXES

RELATIONS = (
    "designedBy",
    "manufacturedBy",
    "processNode",
    "supportsFormat",
    "workload",
    "softwareStack",
    "interconnect",
)
TRIPLES = 300  # how many of the triples are run


def _most_used_values(kg: Any, prop: str, n: int) -> list[str]:
    """The ``n`` values of ``prop`` the most chips have (ties by IRI): real values, and ones that
    leave something to intersect."""
    path = "ck:interconnect/ck:interconnectTechnology" if prop == "interconnect" else f"ck:{prop}"
    rows = kg.rows(f"""SELECT ?v (COUNT(DISTINCT ?c) AS ?k) WHERE {{ ?c a ck:Chip ; {path} ?v . FILTER (isIRI(?v)) }}
                       GROUP BY ?v ORDER BY DESC(?k) ?v LIMIT {n}""")
    return [r["v"] for r in rows]


def _median_figure(kg: Any, prop: str, technology: str | None = None, precision: str | None = None) -> float:
    """The median normalized value of the chips' per-chip ``prop`` figures (a real threshold)."""
    memory = prop in ("capacity", "bandwidth")
    path = f"ck:memory ?m . ?m ck:{prop} ?f ." if memory else f"ck:{prop} ?f ."
    tech = f"?m ck:memoryTechnology/skos:broader* <{technology}> ." if technology else ""
    prec = f"?f ck:precision/skos:broader* <{precision}> ." if precision else ""
    rows = kg.rows(f"SELECT DISTINCT ?f ?n WHERE {{ ?c a ck:Chip ; {path} {tech} {prec} ?f ck:normalizedValue ?n . }}")
    values = sorted(float(r["n"]) for r in rows)
    assert values, (prop, technology, precision)
    return values[len(values) // 2]


@pytest.fixture(scope="module")
def constraints(kg) -> list[Any]:  # noqa: ANN001
    out: list[Any] = []
    for prop in RELATIONS:
        values = _most_used_values(kg, prop, 2 if prop in ("designedBy", "processNode", "workload") else 1)
        assert values, prop
        out += [F.Relation(CK + prop, (v,)) for v in values]
    out.append(F.Relation(CK + "processNode", (PREFIXES["node"] + "7nm",), negated=True))
    out.append(F.Relation(CK + "designedBy", cls=CK + "CloudProvider"))
    out += [F.Kind(CK + "ASIC"), F.Kind(CK + "GPU")]  # a negated kind: below (one costs ~1 s to run)
    hbm, sram = PREFIXES["mem"] + "hbm", PREFIXES["mem"] + "sram"
    out += [F.Memory(hbm), F.Memory(sram), F.Memory(None, on_chip=True)]
    out += [
        F.Measure(CK + "transistorCount", low=_median_figure(kg, "transistorCount")),
        F.Measure(CK + "power", high=_median_figure(kg, "power"), high_inclusive=False),
        F.Measure(CK + "clockSpeed", low=_median_figure(kg, "clockSpeed")),
        F.Measure(CK + "capacity", low=_median_figure(kg, "capacity", technology=sram), technology=sram),
        F.Measure(
            CK + "performance",
            low=_median_figure(kg, "performance", precision=PREFIXES["fmt"] + "int8"),
            precision=PREFIXES["fmt"] + "int8",
        ),
        F.Measure(CK + "computeUnits"),  # the figure is stated at all
    ]
    return out


def _chips(kg: Any, constraints: tuple) -> frozenset[str]:
    result = sparql.run(kg.store, compile_frame(F.Frame(F.CHIPS, constraints)).sparql)
    assert result.variables == ["chip"]
    return frozenset(row[0].value for row in result.rows)


def _count(kg: Any, constraints: tuple) -> int:
    result = sparql.run(kg.store, compile_frame(F.Frame(F.COUNT, constraints)).sparql)
    return int(result.rows[0][0].value)


def test_constraints_are_real(kg, constraints):  # noqa: ANN001
    """Every single constraint holds for some chip and not for all of them (else an
    intersection test learns nothing), and the kinds of constraint are all there."""
    everyone = _chips(kg, ())
    assert len(constraints) >= 20
    assert {type(k) for k in constraints} == {F.Relation, F.Kind, F.Memory, F.Measure}
    assert {k.prop for k in constraints if isinstance(k, F.Relation)} >= {CK + p for p in RELATIONS}
    for k in constraints:
        alone = _chips(kg, (k,))
        assert alone, k
        assert alone < everyone, k


def test_conjunction_is_the_intersection(kg, constraints):  # noqa: ANN001
    single = {k: _chips(kg, (k,)) for k in constraints}
    pairs = list(itertools.combinations(constraints, 2))
    triples = list(itertools.combinations(constraints, 3))
    sample = random.Random(20240501).sample(triples, TRIPLES)
    cases = pairs + sample
    failures = []
    nonempty = 0
    for case in cases:
        expected = frozenset.intersection(*(single[k] for k in case))
        got = _chips(kg, case)
        nonempty += bool(expected)
        if got != expected:
            failures.append((case, sorted(got ^ expected)))
        if len(case) == 2 and _count(kg, case) != len(expected):
            failures.append((case, f"COUNT {_count(kg, case)} != {len(expected)}"))
        reversed_case = tuple(reversed(case))
        if _chips(kg, reversed_case) != got:
            failures.append((reversed_case, "the order of the constraints changes the answer"))
    n = len(constraints)
    assert len(pairs) == n * (n - 1) // 2 and len(cases) == len(pairs) + TRIPLES
    assert len(cases) >= 450, len(cases)
    assert nonempty >= 100, f"only {nonempty} of {len(cases)} cases leave any chip: a weak test"
    assert not failures, f"{len(failures)} of {len(cases)} cases: {failures[:5]}"


def test_a_negated_kind_intersects_too(kg, constraints):  # noqa: ANN001
    """Kind(negated) runs slowly (its ruled-out pattern), so it is tried with two constraints only."""
    not_gpu = F.Kind(CK + "GPU", negated=True)
    alone = _chips(kg, (not_gpu,))
    assert alone
    for other in (F.Memory(PREFIXES["mem"] + "hbm"), F.Relation(CK + "processNode", (PREFIXES["node"] + "7nm",))):
        assert _chips(kg, (not_gpu, other)) == alone & _chips(kg, (other,)), other


def test_a_constraint_is_a_join_not_a_filter_exists(constraints):  # noqa: ANN001
    """What a chip must have is joined into the query, never tested with FILTER EXISTS (see the
    slopes of benchmarks/scale.py); only what it must not have is a NOT EXISTS."""
    for k in [*constraints, F.Kind(CK + "GPU", negated=True)]:
        text = compile_frame(F.Frame(F.CHIPS, (k,))).sparql
        assert "FILTER EXISTS" not in text.replace("FILTER NOT EXISTS", ""), (k, text)
