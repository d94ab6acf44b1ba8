"""The parts of ``chipkg ask`` one at a time: questions into frames (:func:`chipkg.ask.parse.read`),
compared with frames built by hand; refusals and what they name; and the SPARQL
:func:`chipkg.ask.compile.compile_frame` writes (values bound through VALUES only, never text).

The constraints of a frame are a conjunction, so frames are compared with their constraints in a
canonical order (the parser's order is not part of what a question means)."""

from __future__ import annotations

import re

import pytest

from chipkg.ask import frame as F
from chipkg.ask.compile import compile_frame
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK, PREFIXES, sparql_prologue

CHIP, ORG, NODE, MEM, FMT, WL = (PREFIXES[p] for p in ("chip", "org", "node", "mem", "fmt", "wl"))
GROQ, NORTHPOLE, CS3, M4 = CHIP + "groq-lpu", CHIP + "ibm-northpole", CHIP + "cerebras-cs-3", CHIP + "apple-m4"
TSMC, NVIDIA, AMD, HABANA, CEREBRAS = (ORG + o for o in ("tsmc", "nvidia", "amd", "habana-labs", "cerebras"))
N7 = NODE + "7nm"
HBM, SRAM = MEM + "hbm", MEM + "sram"
INT8 = FMT + "int8"


def _canonical(value: object) -> object:
    """Constraints in a canonical order (recursively, for OrgOfChips), numbers to 12 digits."""
    if isinstance(value, float):
        return float(f"{value:.12g}")
    if isinstance(value, F.Frame):
        return value._replace(constraints=_canonical_set(value.constraints))
    if isinstance(value, F.OrgOfChips):
        return value._replace(constraints=_canonical_set(value.constraints))
    if isinstance(value, tuple) and hasattr(value, "_replace"):
        return type(value)(*(_canonical(v) for v in value))
    return value


def _canonical_set(constraints: tuple) -> tuple:
    return tuple(sorted((_canonical(k) for k in constraints), key=repr))


@pytest.fixture(scope="module")
def lex(kg):  # noqa: ANN001
    from chipkg.ask.answer import lexicon_of

    return lexicon_of(kg.store)


def read(question: str, lex) -> F.Frame:  # noqa: ANN001
    from chipkg.ask.parse import read as parse_read

    return parse_read(question, lex)


# --------------------------------------------------------------------------- questions into frames

FRAMES = [
    # lists: two and three constraints of different kinds
    (
        "tsmc 7nm chips",
        F.Frame(F.CHIPS, (F.Relation(CK + "manufacturedBy", (TSMC,)), F.Relation(CK + "processNode", (N7,)))),
    ),
    (
        "chips with more than 10 billion transistors on 7nm made by TSMC",
        F.Frame(
            F.CHIPS,
            (
                F.Relation(CK + "processNode", (N7,)),
                F.Relation(CK + "manufacturedBy", (TSMC,)),
                F.Measure(CK + "transistorCount", low=1e10, low_inclusive=False),
            ),
        ),
    ),
    (
        "which chips on 7nm use on-chip SRAM over 100MB",
        F.Frame(
            F.CHIPS,
            (
                F.Relation(CK + "processNode", (N7,)),
                F.Measure(CK + "capacity", low=1e8, low_inclusive=False, technology=SRAM),
            ),
        ),
    ),
    (
        "inference chips with more than 100 MB of SRAM",
        F.Frame(
            F.CHIPS,
            (
                F.Relation(CK + "workload", (WL + "inference",)),
                F.Measure(CK + "capacity", low=1e8, low_inclusive=False, technology=SRAM),
            ),
        ),
    ),
    ("which GPUs use HBM", F.Frame(F.CHIPS, (F.Kind(CK + "GPU"), F.Memory(HBM)))),
    ("hyperscaler chips", F.Frame(F.CHIPS, (F.Relation(CK + "designedBy", cls=CK + "CloudProvider"),))),
    ("chips under 100 W", F.Frame(F.CHIPS, (F.Measure(CK + "power", high=100.0, high_inclusive=False),))),
    (
        "which chips have 128 gb of hbm",
        F.Frame(F.CHIPS, (F.Measure(CK + "capacity", low=128e9, high=128e9, technology=HBM),)),
    ),
    (
        "chips with INT8 performance above 300 TOPS",
        F.Frame(
            F.CHIPS, (F.Measure(CK + "performance", low=3e14, low_inclusive=False, precision=INT8, unit_kind="OPS"),)
        ),
    ),
    # between (inclusive)
    ("chips with power between 50 W and 100 W", F.Frame(F.CHIPS, (F.Measure(CK + "power", low=50.0, high=100.0),))),
    # counts
    ("how many chips use HBM", F.Frame(F.COUNT, (F.Memory(HBM),))),
    ("how many chips use SRAM on 7nm", F.Frame(F.COUNT, (F.Relation(CK + "processNode", (N7,)), F.Memory(SRAM)))),
    # top and rank
    ("which chip has the most transistors", F.Frame(F.TOP, metric=F.Metric(CK + "transistorCount"))),
    (
        "which GPU has the most transistors",
        F.Frame(F.TOP, (F.Kind(CK + "GPU"),), metric=F.Metric(CK + "transistorCount")),
    ),
    ("top 3 chips by transistor count", F.Frame(F.RANK, metric=F.Metric(CK + "transistorCount"), n=3)),
    ("rank chips by clock speed lowest first", F.Frame(F.RANK, metric=F.Metric(CK + "clockSpeed"), order="asc")),
    # values
    ("what is the die area of NorthPole", F.Frame(F.VALUE, subjects=(NORTHPOLE,), metric=F.Metric(CK + "dieArea"))),
    (
        "who makes the Groq LPU",  # "makes" may mean either: the foundry is answered too
        F.Frame(F.VALUE, subjects=(GROQ,), metric=F.Metric(CK + "designedBy"), also=(CK + "manufacturedBy",)),
    ),
    ("who designs the Groq LPU", F.Frame(F.VALUE, subjects=(GROQ,), metric=F.Metric(CK + "designedBy"))),
    # yes/no
    (
        "Does the Groq LPU support INT8?",
        F.Frame(F.YESNO, (F.Relation(CK + "supportsFormat", (INT8,)),), subjects=(GROQ,)),
    ),
    ("Is the Groq LPU a GPU?", F.Frame(F.YESNO, (F.Kind(CK + "GPU"),), subjects=(GROQ,))),
    ("Is the Groq LPU built on 7nm?", F.Frame(F.YESNO, (F.Relation(CK + "processNode", (N7,)),), subjects=(GROQ,))),
    # organizations
    (
        "who designs 7nm chips",
        F.Frame(F.ORGS, (F.OrgOfChips(CK + "designedBy", (F.Relation(CK + "processNode", (N7,)),)),)),
    ),
    ("who acquired Habana Labs", F.Frame(F.ORGS, (F.Relation(CK + "acquired", (HABANA,)),))),
    ("whom did AMD acquire", F.Frame(F.ORGS, (F.Relation(CK + "acquired", (AMD,), inverse=True),))),
    # negations
    ("chips not on 7nm", F.Frame(F.CHIPS, (F.Relation(CK + "processNode", (N7,), negated=True),))),
    (
        "which chips support INT8 except the Groq LPU",
        F.Frame(F.CHIPS, (F.Relation(CK + "supportsFormat", (INT8,)), F.Identity((GROQ,), negated=True))),
    ),
    # comparison of named chips
    ("compare Groq LPU and Cerebras CS-3", F.Frame(F.COMPARE, subjects=(GROQ, CS3))),
    (
        "which foundries make 7nm chips",
        F.Frame(
            F.ORGS,
            (F.Kind(CK + "Foundry"), F.OrgOfChips(CK + "manufacturedBy", (F.Relation(CK + "processNode", (N7,)),))),
        ),
    ),
    ("chips designed by Cerebras", F.Frame(F.CHIPS, (F.Relation(CK + "designedBy", (CEREBRAS,)),))),
    (
        "how many organizations design chips",
        F.Frame(F.COUNT, (F.OrgOfChips(CK + "designedBy", ()),), counting_orgs=True),
    ),
    # a comparative among named chips is their superlative
    (
        "which has more SRAM, Groq LPU or IBM NorthPole?",
        F.Frame(F.TOP, (F.Identity((GROQ, NORTHPOLE)),), metric=F.Metric(CK + "capacity", technology=SRAM)),
    ),
    # "<superlative> first": a ranking's direction
    ("rank chips by process node, coarsest node first", F.Frame(F.RANK, metric=F.Metric(CK + "featureSize"))),
    ("rank chips by transistor count, smallest last", F.Frame(F.RANK, metric=F.Metric(CK + "transistorCount"))),
    # a scope: one chip's figure of that scope; "per chip" or a negated scope: per-chip figures only
    (
        "gaudi 3 sram per die",
        F.Frame(
            F.VALUE,
            subjects=(CHIP + "intel-gaudi-3",),
            scope=CK + "PerDie",
            metric=F.Metric(CK + "capacity", technology=SRAM),
        ),
    ),
    (
        "which chip has the least SRAM (not per core or per tile)",
        F.Frame(F.TOP, order="asc", chip_scope=True, metric=F.Metric(CK + "capacity", technology=SRAM, chip_only=True)),
    ),
    # a chip inside another, and the systems chips run on
    (
        "what GPU is in the Snapdragon 8 Gen 3",  # its parts of that kind (test_ask_part_yes_no)
        F.Frame(F.PARTS, (F.Kind(CK + "GPU"),), subjects=(CHIP + "qualcomm-snapdragon-8-gen-3",)),
    ),
    (
        "what GPU sits in the Snapdragon 8 Gen 3",
        F.Frame(
            F.CHIPS, (F.Kind(CK + "GPU"), F.Relation(CK + "integratedInto", (CHIP + "qualcomm-snapdragon-8-gen-3",)))
        ),
    ),
    (
        "which chips run on Microsoft Azure",
        F.Frame(F.CHIPS, (F.Relation(CK + "deployedOn", (PREFIXES["sys"] + "azure",)),)),
    ),
]

#: Frames the parser gets wrong when this file was written (each gives a wrong answer through the CLI).


@pytest.mark.parametrize(("question", "expected"), FRAMES, ids=[q for q, _ in FRAMES])
def test_frame(lex, question, expected):  # noqa: ANN001
    assert _canonical(read(question, lex)) == _canonical(expected)


def test_constraint_order_does_not_matter_to_the_comparison():
    a = F.Frame(F.CHIPS, (F.Kind(CK + "GPU"), F.Memory(HBM)))
    b = F.Frame(F.CHIPS, (F.Memory(HBM), F.Kind(CK + "GPU")))
    assert _canonical(a) == _canonical(b) and a != b
    assert _canonical(a) != _canonical(a._replace(constraints=(F.Kind(CK + "GPU", negated=True), F.Memory(HBM))))


# --------------------------------------------------------------------------- refusals


def refusal(question: str, lex) -> NoAnswer:  # noqa: ANN001
    with pytest.raises(NoAnswer) as caught:
        read(question, lex)
    assert caught.value.message.startswith("I can't answer that: "), caught.value.message
    return caught.value


def test_an_unknown_word_is_named(lex):  # noqa: ANN001
    err = refusal("what is the flurble of the Groq LPU", lex)
    assert "I don't know the word 'flurble'" in err.message


def test_unknown_words_are_all_named(lex):  # noqa: ANN001
    err = refusal("which glorbs have frobnitz memory", lex)
    assert "'glorbs'" in err.message and "'frobnitz'" in err.message


def test_a_part_of_a_name_lists_the_names(lex):  # noqa: ANN001
    err = refusal("chips with Gaudi", lex)
    assert "'gaudi' is part of Intel Gaudi 3" in err.message
    assert "Intel Gaudi 3" in err.suggestions


def test_a_near_miss_suggests_the_spelling(lex):  # noqa: ANN001
    err = refusal("chips with Grok", lex)
    assert "did you mean 'Groq'" in err.message and err.suggestions == ["Groq"]


@pytest.mark.parametrize("question", ["哪些芯片使用HBM", "чипы на 7nm", "welche Chips nutzen HBM für Ζ"])
def test_another_script_is_refused(lex, question):  # noqa: ANN001
    assert "a script chipkg does not read" in refusal(question, lex).message


def test_a_question_over_400_characters_is_refused(lex):  # noqa: ANN001
    from chipkg.ask.parse import MAX_QUESTION

    long = "which chips use HBM " + "and HBM " * 60
    assert len(long) > MAX_QUESTION == 400
    assert "longer than 400 characters" in refusal(long, lex).message
    assert read(("tsmc 7nm chips" + " " * 400)[:MAX_QUESTION], lex).ask == F.CHIPS  # 400 is still read


@pytest.mark.parametrize("question", ["chips with more than 1e400 transistors", "chips with more than 1e400 GB of HBM"])
def test_an_infinite_number_is_refused(lex, question):  # noqa: ANN001
    assert "'1e400' is not a finite number" in refusal(question, lex).message


@pytest.mark.parametrize(
    "question",
    [
        "chips without HBM",  # the article's lists are not exhaustive
        "chips that are not GPUs",  # most chips' kinds do not rule out GPU: the list would look complete
        "what is HBM?",  # a definition: describe tells
        "chips with power above",  # a comparison without a number
        "top 3 chips by performance",  # in no stated precision: INT8 TOPS and FP16 TFLOPS do not compare
        "purple monkey dishwasher",
        "",
    ],
)
def test_other_refusals(lex, question):  # noqa: ANN001
    refusal(question, lex)


@pytest.mark.parametrize("question", ["chips with power above", "chips with more than HBM"])
def test_a_comparison_without_a_number_is_refused(lex, question):  # noqa: ANN001
    refusal(question, lex)


# --------------------------------------------------------------------------- frames into SPARQL

VALUES = re.compile(r"VALUES \?\w+ \{([^{}]*)\}")
# value, compare and parts frames are answered by queries of their own (answer.py), not compiled
COMPILED = [q for q, e in FRAMES if e.ask not in (F.VALUE, F.COMPARE, F.PARTS)]


def _frame_terms(frame: F.Frame) -> tuple[set[str], set[float]]:
    iris: set[str] = set()
    numbers: set[float] = set()

    def walk(k: object) -> None:
        if isinstance(k, F.OrgOfChips):
            for inner in k.constraints:
                walk(inner)
        elif isinstance(k, F.Relation):
            iris.update(k.values)
            iris.update([k.cls] if k.cls else [])
        elif isinstance(k, F.Kind):
            iris.add(k.cls)
        elif isinstance(k, F.Identity):
            iris.update(k.chips)
        elif isinstance(k, F.Memory):
            iris.update([k.technology] if k.technology else [])
        elif isinstance(k, F.Measure):
            numbers.update(v for v in (k.low, k.high) if v is not None)
            iris.update(v for v in (k.technology, k.precision) if v)

    for k in frame.constraints:
        walk(k)
    if frame.metric is not None:
        iris.update(v for v in (frame.metric.technology, frame.metric.precision) if v)
    return iris, numbers


@pytest.mark.parametrize("question", COMPILED)
def test_values_are_bound_through_values_only(lex, question):  # noqa: ANN001
    """Every IRI and number the frame holds is a term of a VALUES clause; outside VALUES the query
    names no instance (only the ontology's own terms) and holds no number of the question."""
    frame = read(question, lex)
    sparql = compile_frame(frame).sparql
    iris, numbers = _frame_terms(frame)
    bound = " ".join(VALUES.findall(sparql))
    outside = VALUES.sub("VALUES", sparql)
    for iri in iris:
        assert f"<{iri}>" in bound, iri
        if not iri.startswith(CK):
            assert iri not in outside, iri
    for number in numbers:
        assert f'"{float(number)!r}"^^<{PREFIXES["xsd"]}double>' in bound, number
    instance_namespaces = [PREFIXES[p] for p in ("chip", "org", "node", "mem", "ic", "fmt", "sw", "arch", "wl")]
    assert not any(ns in outside for ns in instance_namespaces), outside
    if iris or numbers:
        assert "VALUES" in sparql


SPARQL_WORDS = {
    "SELECT",
    "DISTINCT",
    "WHERE",
    "FILTER",
    "EXISTS",
    "NOT",
    "VALUES",
    "UNION",
    "ORDER",
    "BY",
    "ASK",
    "COUNT",
    "AS",
    "GROUP",
    "DESC",
    "ASC",
    "BIND",
    "IN",
    "MAX",
    "MIN",
    "a",
    "true",
    "false",
    "CONTAINS",
    "UCASE",
    "STR",
}


@pytest.mark.parametrize("question", COMPILED)
def test_no_text_of_the_question_reaches_the_query(lex, question):  # noqa: ANN001
    """Outside the VALUES clauses, the query is SPARQL keywords, variables, IRIs and the
    ontology's prefixed names: no string literal, and no word that could come from the question."""
    sparql = compile_frame(read(question, lex)).sparql
    outside = VALUES.sub("VALUES", sparql)
    assert '"' not in outside and "'" not in outside
    rest = re.sub(r"<[^<>\s]*>|\?\w+|\b[a-z]+:\w*|\bxsd:\w+", " ", outside)
    words = set(re.findall(r"[A-Za-z]+", rest))
    assert words <= SPARQL_WORDS, words - SPARQL_WORDS


@pytest.mark.parametrize("question", COMPILED)
def test_compiled_query_parses_and_runs_in_pyoxigraph(lex, question):  # noqa: ANN001
    import pyoxigraph as ox

    compiled = compile_frame(read(question, lex))
    result = ox.Store().query(sparql_prologue() + compiled.sparql)  # an empty store: parsing is what counts
    if compiled.form == "ask":
        assert bool(result) is False
    else:
        assert [v.value for v in result.variables] == list(compiled.variables)
        rows = list(result)
        assert rows == [] or (compiled.variables == ("count",) and rows[0]["count"].value == "0")


def test_compiling_is_deterministic(lex):  # noqa: ANN001
    frame = read("chips with more than 10 billion transistors on 7nm made by TSMC", lex)
    assert compile_frame(frame).sparql == compile_frame(frame).sparql
    assert compile_frame(frame).variables == ("chip",)


def test_a_term_that_is_not_an_iri_never_becomes_query_text():
    """A value is written by pyoxigraph's own term serializer, which refuses what is not an IRI."""
    evil = "https://w3id.org/chipkg/org/x> } ; DROP ALL ; #"
    with pytest.raises(ValueError):
        compile_frame(F.Frame(F.CHIPS, (F.Relation(CK + "designedBy", (evil,)),)))


def test_a_negation_the_graph_cannot_rule_out_is_refused():
    """softwareStack has no 'rules out' pattern: the article's lists are not exhaustive."""
    with pytest.raises(NoAnswer, match="not exhaustive"):
        compile_frame(
            F.Frame(F.CHIPS, (F.Relation(CK + "softwareStack", (PREFIXES["sw"] + "pytorch",), negated=True),))
        )


def test_numbers_are_typed_doubles_and_bounds_keep_their_inclusiveness():
    strict = compile_frame(F.Frame(F.CHIPS, (F.Measure(CK + "power", high=100.0, high_inclusive=False),))).sparql
    inclusive = compile_frame(F.Frame(F.CHIPS, (F.Measure(CK + "power", high=100.0),))).sparql
    assert f'"100.0"^^<{PREFIXES["xsd"]}double>' in strict
    assert re.search(r"FILTER \(\?\w+ < \?\w+ \* 0\.999999\)", strict)
    assert re.search(r"FILTER \(\?\w+ <= \?\w+ \* 1\.000001\)", inclusive)


@pytest.mark.parametrize(
    ("ask", "form", "variables"),
    [
        (F.CHIPS, "select", ("chip",)),
        (F.COUNT, "select", ("count",)),
        (F.YESNO, "ask", ()),
    ],
)
def test_the_answer_variable_of_each_shape(ask, form, variables):  # noqa: ANN001
    compiled = compile_frame(F.Frame(ask, (F.Memory(HBM),)))
    assert (compiled.form, compiled.variables) == (form, variables)


def test_every_phrase_of_words_file_reads_as_listed(lex):  # noqa: ANN001
    """Each phrase of words.tsv, read alone, takes the role it is listed with: a stem shared with
    another phrase ("included" a filler, "including" a gloss) never erases it."""
    from chipkg.ask.lexicon import PHRASE_CLASSES, WORDS_FILE
    from chipkg.ask.parse import segment

    wrong = []
    checked = 0
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, role, *_ = line.split("\t")
        if phrase in ("(", ")", ",", "?") or role in ("instruction", "conjoined", "fits", *PHRASE_CLASSES):
            continue  # never read as words
        if role == "newer":
            continue  # read only after a technology's name ("PCIe 4.0 or later"), refused alone
        items = [it for it in segment(phrase, lex) if it.kind != "close"]
        if len(items) == 1 and items[0].kind == "word":
            checked += 1
            if items[0].role != role:
                wrong.append((phrase, role, items[0].role))
    assert not wrong, wrong
    assert checked > 300


def test_word_salads_raise_only_chipkg_errors(kg):  # noqa: ANN001
    """Random mixes of the lexicon's own words, names, numbers with units and signs (fixed seed):
    ask answers or refuses, and nothing else escapes (a number word in a range once did)."""
    import random

    from chipkg.ask.answer import answer, lexicon_of
    from chipkg.ask.lexicon import WORDS_FILE
    from chipkg.errors import ChipkgError

    lexicon = lexicon_of(kg.store)
    words = [
        line.split("\t")[0]
        for line in WORDS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    names = sorted(label for label, _classes in lexicon.entities.values())
    extra = [
        "chips",
        "cores",
        "clock",
        "memory",
        "SRAM",
        "GPUs",
        "100 MB",
        "7nm",
        "1 GHz",
        "50 W",
        "400 TOPS",
        "2 PFLOPS",
        "20 billion",
        "-5",
        "1e400",
        "½",
        "²",
        "(",
        ")",
        "?",
        "'s",
        "of each chip",
        "top 3",
    ]
    rng = random.Random(20261129)
    escaped = []
    for _ in range(1500):
        question = " ".join(rng.choice(rng.choice([words, names, extra])) for _ in range(rng.randint(1, 10)))
        try:
            answer(kg.store, question)
        except ChipkgError:
            pass
        except Exception as exc:  # noqa: BLE001 - the point of the test
            escaped.append((question, repr(exc)))
    assert not escaped, escaped[:5]


def test_figure_facts_are_read_in_batches_a_query_engine_accepts(kg):  # noqa: ANN001
    """A ranking over a large graph reads the qualifiers and scopes of one figure per chip (12,000
    at a million triples): one VALUES block of them all was refused as a query too long, so "which
    chip has the highest memory bandwidth?" failed at 1M. The real figures keep their facts when
    they sit among thousands of others (each batch a query under sparql.MAX_QUERY_CHARS)."""
    from chipkg.ask.answer import VALUES_CHARS, _qualifiers, _scopes
    from chipkg.sparql import MAX_QUERY_CHARS

    assert VALUES_CHARS < MAX_QUERY_CHARS
    hedged = "https://w3id.org/chipkg/figure/groq-lpu-transistors"  # "over 20 billion"
    per_die = [r["f"].value for r in kg.store.query(sparql_prologue() + "SELECT ?f WHERE { ?f ck:scope ck:PerDie }")]
    assert per_die
    filler = [f"https://example.org/figure/{'x' * 80}-{i}" for i in range(3_000)]  # ~300,000 characters
    iris = filler[:1_500] + [hedged] + per_die + filler[1_500:]
    quals = _qualifiers(kg.store, iris)
    assert len(quals) == len(iris)
    assert quals[hedged] == {CK + "LowerBound"}
    assert not any(quals[f] for f in filler)
    import pyoxigraph as ox

    scopes = _scopes(kg.store, [[ox.NamedNode(i)] for i in iris])
    assert len(scopes) == len(iris)
    assert {scopes[f] for f in per_die} == {CK + "PerDie"}
    assert scopes[filler[0]] == CK + "PerChip"
