"""``ask``'s answers about one figure of one chip show it as the article states it.

Every figure of a chip that carries a hedge, a precision or a FLOPS/OPS unit (found by SPARQL, not
listed by hand) is asked for as a value frame of its chip and measure ("the INT8 performance of
the Groq LPU", "the HBM capacity of AMD Instinct MI350"): the answer's figure column must hold the
number and unit as stated, the hedge word right before it, and every stated precision. The same
checks as tests/test_figures_truthful.py, applied to ask's renderer.
"""

from __future__ import annotations

from collections import defaultdict

from test_figures_truthful import _expected, _problems, _report

from chipkg.ask import frame as F
from chipkg.ask.answer import answer_frame
from chipkg.ask.compile import MEASURES

CK = "https://w3id.org/chipkg/ontology#"
CHIP = "https://w3id.org/chipkg/chip/"


def _frames(kg, iri: str) -> list[F.Frame]:  # noqa: ANN001
    """Value frames that ask for this figure: its chip, its measure, its precision or technology."""
    out = []
    for row in kg.rows(f"""SELECT DISTINCT ?c ?p ?tech ?prec WHERE {{
        {{ ?c ?p <{iri}> }} UNION {{ ?c ck:memory ?m . ?m ?p <{iri}> . ?m ck:memoryTechnology ?tech }}
        ?c a ck:Chip .
        OPTIONAL {{ <{iri}> ck:precision ?prec }} }}"""):
        if row["p"] in MEASURES and row["c"].startswith(CHIP):
            out.append(
                F.Frame(
                    F.VALUE,
                    subjects=(row["c"],),
                    metric=F.Metric(row["p"], technology=row["tech"], precision=row["prec"]),
                )
            )
    return out


def test_value_answers_show_unit_precision_and_hedge(kg):  # noqa: ANN001
    failures: dict[str, list[str]] = defaultdict(list)
    asked = 0
    for exp in _expected(kg):
        for frame in _frames(kg, exp.iri):
            asked += 1
            result = answer_frame(kg.store, frame)
            texts = [row[0].value for row in result.rows]
            shown = [t for t in texts if exp.core in t]
            if not shown:
                failures[exp.iri].append(f"not in the answer {texts}")
                continue
            failures[exp.iri] += _problems(shown[0], exp)
    failures = {k: v for k, v in failures.items() if v}
    assert not failures, _report(failures)
    assert asked >= 25  # the chips' own hedged, precision and FLOPS/OPS figures, not a few
