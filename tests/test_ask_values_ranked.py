"""``chipkg ask``: the chip with the most values of a relation ("which chip supports the most data
formats?").

Three held-out sets ask it of the numeric formats (sets 13, 37, 42: "the largest number of numeric
formats", AWS Trainium2, whose six the article lists, l.63); each was refused ("'supports format'
names no value", "counts things per group"). A superlative right before the word of a relation of
several named values per chip now counts each chip's values and answers the chips with the most
(ties kept), each row with its count and the values counted; the reading says among how many chips
the article names any. Refused: the fewest (the article's lists are not exhaustive), values that
are figures rather than names (interconnects), and the organization behind the top chip.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, rows

from chipkg import sparql
from chipkg.ask import compile as C
from chipkg.ask import frame as F
from chipkg.ask.answer import answer, lexicon_of
from chipkg.ask.parse import read
from chipkg.namespaces import CK

FORMATS = "BF16, FP16, FP32, TF32, UINT8, cFP8"  # data/aws.ttl, article l.63


@pytest.mark.parametrize(
    "question",
    [
        "which chip supports the most data formats?",
        "Which chip does the article list as supporting the largest number of numeric formats?",
        "Which chip is listed as supporting the greatest number of numeric data formats?",
        "Which chip does the article list with the largest number of distinct supported numeric formats?",
        "what chip has the most formats?",
        "which 7nm chip supports the most data formats?",
        "which hyperscaler chip supports the most formats",
    ],
)
def test_the_chip_with_the_most_formats_is_trainium2(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert rows(data) == [{"chip": "AWS Trainium2", "count": "6", "numeric_format": FORMATS}]


def test_the_others_are_counted_when_trainium2_is_set_aside(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chip supports the most data formats other than Trainium2?")
    assert [(r["chip"], r["count"]) for r in rows(data)] == [("Qualcomm Cloud AI 100 Ultra", "4")]


def test_the_reading_says_among_how_many_chips_it_counted(kg):  # noqa: ANN001
    said = answer(kg.store, "which chip supports the most data formats?")
    assert "counted among the 6 of" in said.reading, said.reading
    assert "numeric format the article names" in said.reading, said.reading


@pytest.mark.parametrize(
    "question,said",
    [
        ("which chip has the fewest data formats?", "not exhaustive"),
        ("which chip supports the least formats", "not exhaustive"),
        ("which chip has the most interconnects?", "not as named things"),
        ("which hyperscaler has the chip with the most formats?", ""),
        ("who makes the chip with the most formats?", ""),
        ("which company's chip supports the most data formats?", ""),
        ("which chip has the most designers?", ""),
        # a superlative of size is no count ("the largest foundry"); it answered Groq LPU, 1, TSMC
        ("Which chip designed by a startup has the largest foundry?", ""),
        ("which chip has the biggest workload?", ""),
    ],
)
def test_what_it_cannot_count_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_the_frame_and_its_query(kg):  # noqa: ANN001
    lex = lexicon_of(kg.store)
    frame = read("which chip supports the most data formats?", lex)
    assert frame == F.Frame(F.COUNT, distinct=CK + "supportsFormat", per_chip=True, top_groups=True)
    compiled = C.compile_frame(frame)
    assert compiled.variables == ("chip", "count")
    assert "GROUP BY ?chip" in compiled.sparql
    got = sparql.run(kg.store, compiled.sparql)
    counts = [(r[0].value, int(r[1].value)) for r in got.rows]
    assert counts[0] == ("AWS Trainium2", 6)
    assert [n for _c, n in counts] == sorted((n for _c, n in counts), reverse=True)


def test_chips_tied_at_the_most_are_all_answered(kg):  # noqa: ANN001
    """A chip with as many formats as Trainium2 (added to a copy of the graph) ties with it."""
    import pyoxigraph as ox

    store = ox.Store()
    store.extend(kg.store.quads_for_pattern(None, None, None, None))
    chip = ox.NamedNode("https://example.org/chip/tie-x-1")
    fmt = "https://w3id.org/chipkg/format/"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    for q in [
        ox.Quad(chip, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(CK + "Chip")),
        ox.Quad(chip, label, ox.Literal("Tie-X 1")),
        *(
            ox.Quad(chip, ox.NamedNode(CK + "supportsFormat"), ox.NamedNode(fmt + f))
            for f in ("int8", "int4", "int2", "fp16", "bf16", "fp32")
        ),
    ]:
        store.add(q)
    said = answer(store, "which chip supports the most data formats?")
    assert [(r[0].value, r[1].value) for r in said.rows] == [("AWS Trainium2", "6"), ("Tie-X 1", "6")]
    assert [r[2].value for r in said.rows] == [FORMATS, "BF16, FP16, FP32, INT2, INT4, INT8"]


@pytest.mark.parametrize(
    "question,expected",
    [
        ("trainium2 data types count", "6"),  # set 41: terse, the count word last
        ("trainium2 number of data types", "6"),
        ("how many data formats does Trainium2 support?", "6"),
    ],
)
def test_one_chips_values_counted_in_terse_order(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
