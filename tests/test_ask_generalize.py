"""Mechanisms of ``chipkg ask`` added for classes of questions held-out set 9 refused, each tested on
questions of its class that are not in any held-out set, with near misses that must be refused.

- yes/no comparison of two named chips on one figure ("does A have more X than B?"): the two
  figures compared with their hedges (a hedge that could flip the answer refuses), never across
  scopes (a system's figure against a chip's) and never when a chip has several figures.
- counts a link or memory holds (lanes, ports, memory controllers) and dies: a kind of unit named
  ("lanes", "dies", "PEs") asks for the measure that counts it, read from the graph (the kinds
  each count measure's figures are of); a link's technology named with it ("PCIe 5.0 lanes")
  picks that link, a memory technology ("LPDDR4X controllers") that memory.
- generations (ck:generation): "which generation of NVLink does Blackwell use", "what generation
  is Trillium": the chip's own, or that of the one feature or technology of it the other words
  name (its names, or the names of what it is related to); nothing else in the question.
- the baseline of a comparison claim: a chip after 'than'/'over'/'vs' must be the claim's
  baseline (it was dropped, so "how much faster is Trainium2 than the H100?" listed its claims
  against the first Trainium with exit 0); a generation of the chip's line ("the previous
  generation", "gen 1", "the first Trainium"; words.tsv role ``lineref``) is resolved through
  ck:successorOf and ck:generation, or, for "previous" where the graph names no predecessor, the
  claims whose unnamed baseline is described as previous; otherwise refused.
- parts: a kind of processor asked for, one chip and a verb of containing (words.tsv value
  ``holds``): the chip's components and the chips integrated into it ("what processors does the
  M4 have" answered "Apple M4", the chip itself, before).
- per-system figures: "which chip or system has the most memory" lets systems' figures compete
  in a superlative or ranking, each answer's figure saying its scope ("up to 1,200 TB, per
  system"); "chip" alone compares per-chip figures only; lists and ranges still refuse the mix.
- kinds of a technology: "memory types", "some kind of LPDDR" ask about the memory, not the
  kind of a chip ("what kind of chip is X", "which chip types ..." still refuse).
- words: comparatives of a process or clock ("finer", "coarser", "faster", "slower": words.tsv, a
  comparative needs a measure and two named chips, else refused), the source hedge "talks about",
  the phrasing remark "expressed as", and "trainable model size" (an ontology hidden label).

Set 10's round (sections g-k):

- (g) a parenthesis that names a scope or kind and sets aside its complement: "(a per-node figure,
  not per chip)" keeps the scope named; "(not memory on the die)" is off-chip memory; "(with no
  precision given)" is stated of the figure and checked; "(including non-profiled chips)" where the
  question does not say "profiled". A scope set aside that is the one kept, or any other negation,
  is refused. "per chip" in a value question leaves other scopes' figures out.
- (h) hedges talked of in a value question: "keeping whatever hedge it attaches" changes nothing
  (every figure is shown with its hedge); "(a lower bound)" is checked against the figure's hedge.
- (i) a parenthesis listing every kind of a family restates it; some kinds only are refused.
- (j) words as labels of the graph (freq, mm2, link together, go in, cut of the market), a
  relation's verb before a measured comparison ("run on less than 100 watts"), "their own",
  "one petaflop".
- (k) a sibling set aside ("as opposed to its efficiency cores", "as distinct from interconnect
  bandwidth"); "counting" in a question that asks which.

Set 11's round (sections l-o):

- (l) a parenthesis that selects a scope or precision: "(i.e. across its two dies, not per die)" is
  the chip's own figure; "(per card, rather than per system)" is "(per card, not per system)"; "(the
  INT8 figure, not the INT4 one)" beside an INT8 figure changes nothing (a figure has one
  precision), but sets aside the precision asked, or a format in a list question, is refused; "(the
  article does not say at which precision)" is stated of the figure and checked.
- (m) scope in value questions: one chip's superlative figure of a scope ("largest model of the AI
  100 Ultra per card", "trillium pod max chips"); a count before the chip and a word for cards
  ("with two cards", "two X cards": across 2 cards, never a number the figure must reach), "one X
  card" (its per-card figure, in a question naming one chip); "a Gaudi 3 node of 8 chips"; a unit
  with no number ("how many exaflops") names its measure (it was ignored: the scale-out figure
  answered); the plural of a name ending in a digit ("cs-3s").
- (n) counts of a component that is also a technology's name ("dimc count": the unit counted,
  "built on dimc": the technology); "does X count as a Y" (class membership), and another name of
  the same chip ("is the WSE the CS-3").
- (o) words: "from the fastest down" (words.tsv role ``onward``), "help power", "anywhere in the
  article", "taking the figure as stated", "how large a model", "at any precision" (of performance
  figures compared; elsewhere refused: "which chips support any precision" listed every chip), "a
  single node", "any process node" (nothing asked: alone, refused, as "which chips use any node"
  listed every chip), "which year" (of one chip's production year only), "what apps does X power" (a measure's word
  after "does" and the chip is the verb: "what does the MTIA v2 power" answered its watts), "openai's
  partner" (an organization before the word of its relation).
- (p) a parenthesis naming the chip again by another of its names ("(the sixth-generation part)");
  "each Tensix core", "each Gaudi 3 die" as the scope of a figure; a kind of unit named in a list ("which chips have
  Tensix cores": it listed every chip with any count of units); a comparison said again in a
  parenthesis ("(strictly below)", not where the question says "at most"); a chip's name cut short
  ("MTIA v2 over v1"); "instances" after a name, "dual".
- (q) "what memory technology does X use": the chip's memories whose technology the article names
  (Frame metric ``technology_asked``); a chip whose memory has no named technology (the CS-3's
  system memory) is refused, not answered with the memory.
"""

from __future__ import annotations

import math

import pytest
from ask_expect import REFUSE, answered, check, column, expect_answer, rows

from chipkg.ask import frame as F
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK, PREFIXES

CHIP, MEM = PREFIXES["chip"], PREFIXES["mem"]


@pytest.fixture(scope="module")
def lex(kg):  # noqa: ANN001
    from chipkg.ask.answer import lexicon_of

    return lexicon_of(kg.store)


# --------------------------------------------------------------------------- (a) A more than B?


def test_a_yes_no_comparison_reads_as_the_top_of_two_with_the_claimed_leader(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("does the e75 have a lower clock speed than the e150?", lex)
    assert frame.ask == F.TOP and frame.order == "asc"
    assert frame.claim == CHIP + "tenstorrent-grayskull-e75"
    assert frame.metric is not None and frame.metric.prop == CK + "clockSpeed"
    pair = [k for k in frame.constraints if isinstance(k, F.Identity)]
    assert [set(k.chips) for k in pair] == [{CHIP + "tenstorrent-grayskull-e75", CHIP + "tenstorrent-grayskull-e150"}]


def test_the_chip_before_than_is_the_claimed_leader(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("is the hbm bandwidth of gaudi 3 higher than trillium?", lex)
    assert frame.claim == CHIP + "intel-gaudi-3" and frame.order == "desc"
    assert frame.metric is not None and frame.metric.technology == MEM + "hbm"


@pytest.mark.parametrize(
    "question",
    [
        "does trillium have more hbm bandwidth than gaudi 3 or maia 100?",  # three chips
        "is trillium faster than gaudi 3?",  # no figure named
        "doesn't trillium have more hbm bandwidth than gaudi 3?",  # a negation
    ],
)
def test_a_yes_no_comparison_it_cannot_read_is_refused(lex, question):  # noqa: ANN001
    from chipkg.ask.parse import read

    with pytest.raises(NoAnswer):
        read(question, lex)


@pytest.mark.parametrize(
    ("value", "qualifiers", "span"),
    [
        (5.0, set(), (5.0, 5.0, False)),
        # the one rule for hedges (answer._span; red team C7/C8): "up to X" is the stated peak,
        # "over X" above X within LOWER_BOUND_REACH, "about X" within APPROXIMATE_REACH
        (5.0, {CK + "UpperBound"}, (5.0, 5.0, False)),
        (5.0, {CK + "LowerBound"}, (5.0, 7.5, True)),
        (4.0, {CK + "Approximate"}, (4.0 / 1.25, 5.0, False)),
        (4.0, {CK + "Uncertain"}, (-math.inf, math.inf, False)),
    ],
)
def test_a_hedge_widens_where_the_value_may_lie(value, qualifiers, span):  # noqa: ANN001
    from chipkg.ask.answer import _span

    assert _span(value, qualifiers)[:3] == span  # (low, high, open_low); open_high: a magnitude word's


YES_NO_COMPARISONS: list[tuple[str, object]] = [
    ("does northpole have more transistors than maia 100?", False),  # 22 billion vs 120 billion
    ("is the e75 clocked lower than the e150?", True),  # 1 GHz vs 1.2 GHz
    ("does the sn40l have fewer cores than the cs-3?", True),  # 1,040 vs 900,000
    ("does gaudi 3 have more HBM bandwidth than trillium?", False),  # 3.7 TB/s each: not more
    ("does trillium have less HBM bandwidth than gaudi 3?", False),
    ("does the mtia v2 draw more power than the e150?", False),  # 90 W vs 200 W
    # near misses: a hedge that could flip it, no figure, several figures, different scopes
    ("does the groq lpu have more transistors than northpole?", REFUSE),  # over 20 billion vs 22 billion
    ("does groq lpu have more transistors than maia 100?", REFUSE),  # "over" has no ceiling
    ("does blackwell have more transistors than gaudi 3?", REFUSE),  # Gaudi 3: none stated
    ("does the e75 have more sram than the e150?", REFUSE),  # SRAM given per core only
    ("does the m4 have more cores than the cs-3?", REFUSE),  # the M4's five core counts
    ("does the cs-3 support larger models than blackwell?", (REFUSE, "different scopes")),  # per system vs chip
    # a card's 150 W is not set against a chip's 200 W in a comparison of two chips (red team C9)
    ("does the ai 100 ultra draw more power than the e150?", (REFUSE, "different scopes")),
    ("is trillium faster than gaudi 3?", REFUSE),
    # an opening that asks nothing before the auxiliary (read as the top of the two before)
    ("According to the article, does the e75 have a lower clock than the e150?", True),
    ("By the article's numbers, does northpole have more transistors than maia 100?", False),
    ("by vendor, does the groq lpu have more sram than gaudi 3?", REFUSE),  # "by vendor" groups
]


@pytest.mark.parametrize(("question", "expected"), YES_NO_COMPARISONS, ids=[q for q, _ in YES_NO_COMPARISONS])
def test_yes_no_comparison_of_two_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (c) counts as figures


def test_a_named_kind_of_unit_asks_for_the_measure_that_counts_it(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    assert lex.counted[CK + "Lane"] == CK + "laneCount"
    assert lex.counted[CK + "Die"] == CK + "dieCount"
    frame = read("how many pcie 5.0 lanes does gaudi 3 have", lex)
    assert frame.ask == F.VALUE and frame.subjects == (CHIP + "intel-gaudi-3",)
    assert frame.metric == F.Metric(CK + "laneCount", link=PREFIXES["ic"] + "pcie-5-0")
    frame = read("ai 100 ultra lpddr4x controller count", lex)
    assert frame.metric == F.Metric(CK + "controllerCount", MEM + "lpddr4x")


def test_a_link_count_compiles_through_the_link_of_that_technology():
    from chipkg.ask.compile import _Writer, metric_path

    path = metric_path(_Writer(), "?c", "?f", F.Metric(CK + "portCount", link=PREFIXES["ic"] + "ethernet"))
    assert "ck:interconnectTechnology/skos:broader*" in path and "ck:portCount ?f" in path
    assert "ethernet" not in path  # bound through VALUES, never pasted


COUNTS: list[tuple[str, object]] = [
    ("how many pcie lanes does gaudi 3 have", "16"),
    ("how many ports does gaudi 3 have", "24"),
    ("how many memory controllers does the ai 100 ultra have", "4"),
    ("how many dies does gaudi 3 have", "2"),
    ("what is the port speed of gaudi 3", "200 Gigabit"),
    ("which chip has the most pcie lanes", {"Intel Gaudi 3"}),
    ("chips with at least 8 pcie lanes", {"Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"}),
    ("which chips have more than 1 die", {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}),
    (
        "which chips have over 100 GB/s of memory bandwidth",  # GB/s is a memory rate, not a port speed
        {"Google Trillium TPU", "Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"},
    ),
    # near misses: another link, another memory, a chip without the figure, two kinds at once
    ("how many pcie 4.0 lanes does gaudi 3 have", REFUSE),  # its PCIe is 5.0
    ("how many nvlink lanes does blackwell have", REFUSE),
    ("how many pcie lanes does the groq lpu have", REFUSE),
    ("how many ethernet ports does the ai 100 ultra have", REFUSE),
    ("how many lpddr5 controllers does the ai 100 ultra have", REFUSE),  # its controllers drive LPDDR4X
    ("gaudi 3 pcie port speed", REFUSE),  # the port speed is the Ethernet's
    ("how many tpcs and dies does gaudi 3 have", REFUSE),  # two kinds of unit named ("each gaudi 3 die": a scope)
    # one unit named, not how many: its size or speed, which the counts do not give
    ("which chip has the smallest die", REFUSE),  # die area (only NorthPole's is stated)
    ("which chip has the fastest port", REFUSE),
    ("which chip has the most dies", {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}),  # 2 each
]


@pytest.mark.parametrize(("question", "expected"), COUNTS, ids=[q for q, _ in COUNTS])
def test_counts_of_links_memories_and_dies(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, str) and expected != REFUSE:  # one figure: its stated value (and unit) leads
        figure = column(answered(ask_json, question), "figure")
        assert len(figure) == 1 and figure[0].split()[0] == expected.split()[0], figure
        assert figure[0].startswith(expected)
        return
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (b) generations


def test_a_generation_question_names_the_chip_and_the_part(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("which generation of nvlink does blackwell use", lex)
    assert frame == F.Frame(F.GENERATION, subjects=(CHIP + "nvidia-blackwell-gpu",), part=("nvlink",))
    frame = read("which TPU generation is trillium", lex)  # the chip's own kind: the chip itself
    assert frame == F.Frame(F.GENERATION, subjects=(CHIP + "google-trillium-tpu",))


@pytest.mark.parametrize(
    "question",
    [
        "which generation of nvlink do blackwell and gaudi 3 use",  # two chips
        "which generation of nvlink does blackwell not use",
        "which generation of nvlink has more than 2 links",
        "which generation of transformer does blackwell have engine",  # the part's words are one phrase
    ],
)
def test_a_generation_question_with_more_in_it_is_refused(lex, question):  # noqa: ANN001
    from chipkg.ask.parse import read

    with pytest.raises(NoAnswer):
        read(question, lex)


GENERATIONS: list[tuple[str, object]] = [
    ("what generation is the mtia v2", "2"),
    ("what generation is trainium", "1"),
    ("what generation is trillium's sparsecore", "3"),
    ("gaudi 3 tpc generation", "5"),
    ("which generation of the transformer engine does blackwell have", "2"),
    ("which generation of nvlink does gaudi 3 use", REFUSE),  # Blackwell's NVLink is not Gaudi 3's
    ("what generation is gaudi 3", REFUSE),  # none stated
    ("which generation of hbm does trillium use", REFUSE),  # none stated for its HBM
    ("which generation of sparsecore does blackwell have", REFUSE),
    ("which generation of engine does blackwell have", REFUSE),  # part of a name is not the name
]


@pytest.mark.parametrize(("question", "expected"), GENERATIONS, ids=[q for q, _ in GENERATIONS])
def test_generation_of_a_chip_or_its_part(ask_json, question, expected):  # noqa: ANN001
    data = expect_answer(ask_json, question, expected)
    if data is not None:
        assert data["head"]["vars"][0] == "generation"
        assert column(data, "generation") == [expected]


# --------------------------------------------------------------------------- (b) claim baselines


def test_a_claim_baseline_is_read_into_the_metric(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("how much faster is the corsair c8 than the h100", lex)
    assert frame.metric is not None and frame.metric.baseline == CHIP + "nvidia-h100"
    frame = read("trainium2 efficiency gain over gen 1", lex)
    assert frame.metric is not None and (frame.metric.line, frame.metric.line_of) == ("first", None)
    frame = read("how much more memory does trainium2 have than the first trainium", lex)
    assert frame.metric is not None and (frame.metric.line, frame.metric.line_of) == ("first", CHIP + "aws-trainium")
    assert frame.subjects == (CHIP + "aws-trainium2",)


CLAIM_BASELINES: list[tuple[str, object]] = [
    ("corsair c8 speedup over the h100", "vs Nvidia H100"),
    ("trainium2 memory gain over gen 1", "vs AWS Trainium"),
    ("what improvements does mtia v2 claim over its predecessor", "vs Meta MTIA v1"),
    ("mtia v2 gain over the first mtia", "vs Meta MTIA v1"),
    ("how much more compute does trillium have than the previous generation", "vs previous generation TPUs"),
    # near misses: a baseline the article does not compare with, a line the graph does not order
    ("how much faster is trainium2 than the h100?", REFUSE),  # its claims are against the first Trainium
    ("how much faster is trainium than trainium2", REFUSE),
    ("blackwell speedup over the previous generation", REFUSE),  # against "without the FP4 path"
    ("corsair c8 improvement over its predecessor", REFUSE),  # against the H100, not a predecessor
    ("mythic gain over the last gen", REFUSE),
    ("trillium improvement over the first generation", REFUSE),  # no first TPU in the graph
    ("trainium2 gain over the h100 and the previous generation", REFUSE),  # two baselines
    ("chips from the first generation", REFUSE),
    ("trainium2 gain over the first mtia", REFUSE),  # the first of another line
]


@pytest.mark.parametrize(("question", "expected"), CLAIM_BASELINES, ids=[q for q, _ in CLAIM_BASELINES])
def test_a_claim_is_answered_only_against_the_baseline_asked(ask_json, question, expected):  # noqa: ANN001
    data = expect_answer(ask_json, question, expected)
    if data is not None:
        figures = column(data, "figure")
        assert figures and all(str(expected) in f for f in figures), figures


# --------------------------------------------------------------------------- (f) words


WORDS: list[tuple[str, object]] = [
    ("which has the finer process, northpole or the m4?", {"Apple M4"}),  # 3 nm vs 12 nm
    ("which has the coarser node, m2000 or northpole?", {"Mythic M2000"}),  # 40 nm vs 12 nm
    ("slower-clocked grayskull", {"Tenstorrent Grayskull e75"}),
    ("is the e75 clocked slower than the e150?", True),
    ("which hyperscalers does the article talk about", {"Amazon", "Google", "Meta", "Microsoft"}),
    # near misses: a comparative with no measure, or with one chip
    ("which is faster, gaudi 3 or trillium?", REFUSE),
    ("is gaudi 3 faster than trillium?", REFUSE),
    ("chips with a finer process", REFUSE),
    ("what is the finer node of gaudi 3", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), WORDS, ids=[q for q, _ in WORDS])
def test_words_added_this_round(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (e) parts


def test_a_parts_question_names_the_kind_and_the_chip(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("which gpu does the snapdragon 8 gen 3 contain", lex)
    assert frame == F.Frame(F.PARTS, (F.Kind(CK + "GPU"),), subjects=(CHIP + "qualcomm-snapdragon-8-gen-3",))


@pytest.mark.parametrize(
    "question",
    [
        "which gpu does the m4 have with hbm",  # more than the parts
        "what processors do the m4 and the m2000 have",  # two chips
        "which gpu is the m4",  # no verb of containing
    ],
)
def test_not_a_parts_question(lex, question):  # noqa: ANN001
    from chipkg.ask.parse import read

    try:
        frame = read(question, lex)
    except NoAnswer:
        return
    assert frame.ask != F.PARTS


PARTS: list[tuple[str, object]] = [
    ("what processors does the m4 contain", {"Apple M4 CPU", "Apple M4 GPU", "Apple M4 Neural Engine"}),
    ("which gpu does the snapdragon 8 gen 3 contain", {"Qualcomm Adreno 750"}),  # integrated into it
    ("which npu does the m4 have", {"Apple M4 Neural Engine"}),
    ("what processors does the m4 use", {"Apple M4 CPU", "Apple M4 GPU", "Apple M4 Neural Engine"}),  # not "Apple M4"
    ("what chip does the cs-3 use", REFUSE),  # not "Cerebras CS-3"
    (
        "which chips use hbm",
        {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
    ("what processors does the groq lpu have", REFUSE),  # none named
    ("which gpu does the mythic m2000 have", REFUSE),
    ("what processors does the m4 have besides its gpu", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), PARTS, ids=[q for q, _ in PARTS])
def test_the_parts_of_a_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (d) chip or system


def test_chip_or_system_lets_system_figures_compete(lex):  # noqa: ANN001
    from chipkg.ask.compile import _Writer, metric_path
    from chipkg.ask.parse import read

    frame = read("which chip or system has the most memory", lex)
    assert frame.ask == F.TOP and frame.metric == F.Metric(CK + "capacity", with_scope=CK + "PerSystem")
    path = metric_path(_Writer(), "?c", "?f", frame.metric)
    assert path.count(CK + "PerSystem") == 2  # the memory's scope and the figure's
    assert read("which chip has the most memory", lex).metric == F.Metric(CK + "capacity")


SCOPES: list[tuple[str, object]] = [
    ("which chip or system has the most memory", ("Cerebras CS-3", "per system")),
    ("which chip or system has the largest model size", ("Cerebras CS-3", "per system")),
    ("which chip has the most memory", ("SambaNova SN40L", "1.5 TB")),  # per chip only
    ("which chip or system has the most transistors", ("Cerebras CS-3", "4 trillion")),
    # near misses: a system alone, a list, the least (several figures per chip)
    ("which system has the most memory", REFUSE),
    ("which chips or systems have more than 1 TB of memory", REFUSE),
    ("which chip or system has the least memory", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), SCOPES, ids=[q for q, _ in SCOPES])
def test_figures_of_chips_or_systems(ask_json, question, expected):  # noqa: ANN001
    data = expect_answer(ask_json, question, expected)
    if data is not None:
        top = rows(data)[0]
        assert top["chip"] == expected[0] and expected[1] in top["figure"], top


# --------------------------------------------------------------------------- (f) kinds of memory


KINDS: list[tuple[str, object]] = [
    (
        "which memory types does gaudi 3 use",  # each memory as stated, scope included
        {
            "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
            "SRAM, on-chip, capacity 96 MB",
            "SRAM, on-chip, capacity 48 MB, per die",
        },
    ),
    (
        "chips with some kind of hbm",
        {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
    ("what kind of chip is the groq lpu", REFUSE),
    ("which chip types use hbm", REFUSE),
    ("memory types of the m4", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), KINDS, ids=[q for q, _ in KINDS])
def test_kinds_of_memory_are_the_memory(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (g) clarifying parentheses


def test_a_parenthesis_that_sets_aside_other_scopes_keeps_the_one_it_names(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("what is the fp8 performance of gaudi 3 (a per-node figure, not per cluster)?", lex)
    assert frame.ask == F.VALUE and frame.scope == CK + "PerNode"
    frame = read("what is the clock speed of the groq lpu (counting only per-chip numbers, not core totals)?", lex)
    assert frame.chip_scope and frame.scope is None
    frame = read("how much memory does gaudi 3 have (a per-chip figure, not memory on the die)?", lex)
    assert frame.metric is not None and frame.metric.on_chip is False


CLARIFYING: list[tuple[str, object]] = [
    (
        "what is the fp8 performance of gaudi 3 (a per-node figure, not per cluster)?",
        "14.7 petaflops, FP8, per node, across 8 chips",
    ),
    (
        "how much memory does gaudi 3 have (not memory on the die)?",
        "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
    ),
    ("what is the clock speed of the groq lpu (a per-chip figure, not per core)?", "1.2 GHz"),
    ("what is northpole's die area (a vendor claim, with no precision given)?", "800 mm², per die"),
    # "per chip" in a value question leaves other scopes out (it listed the node and cluster figures)
    ("what is the fp8 performance of gaudi 3 (a per-chip figure, not per node)?", REFUSE),
    ("what is the fp8 performance of gaudi 3 per chip?", (REFUSE, "no FP8 performance per chip")),
    (
        "which chips are unsuitable for data centers (including non-profiled chips)?",
        {"AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"},
    ),
    ("which profiled chips are unsuitable for data centers (including non-profiled chips)?", REFUSE),
    ("which chips are unsuitable for data centers (not including non-profiled chips)?", REFUSE),
    # near misses: the scope kept is the one set aside; a precision stated; a negation of another kind
    ("what is the fp8 performance of gaudi 3 (a per-node figure, not per node)?", REFUSE),
    ("what is the performance of northpole (with no precision given)?", (REFUSE, "no precision is given")),
    ("what is the clock speed of the groq lpu (a per-chip figure, not hbm)?", REFUSE),
    ("which chips have hbm (not per chip)?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), CLARIFYING, ids=[q for q, _ in CLARIFYING])
def test_a_parenthesis_that_negates_the_complement_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (h) hedges talked of


def test_a_hedge_named_in_a_value_question_is_stated_of_the_figure(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("what is the transistor count of the groq lpu (stated only as a lower bound)?", lex)
    assert frame.ask == F.VALUE and frame.hedges == ("lower bound",)
    frame = read("what is northpole's int8 performance, keeping whatever hedge it attaches?", lex)
    assert frame.ask == F.VALUE and frame.hedges == ()
    assert read("which groq lpu figures are lower bounds?", lex).ask == F.REPORT


HEDGES_TALKED_OF: list[tuple[str, object]] = [
    ("what is the transistor count of the groq lpu (stated only as a lower bound)?", "over 20 billion"),
    ("what is northpole's int8 performance, keeping whatever hedge it attaches?", "over 200 TOPS, INT8"),
    (
        "how many chips can trainium2 scale to (an upper bound)?",
        "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster",
    ),
    # near misses: the hedge contradicts the figure's; the figure is unhedged; no chip's figure
    ("what is the transistor count of the groq lpu (an upper bound)?", (REFUSE, "an upper bound")),
    ("what is the die area of northpole (a lower bound)?", (REFUSE, "unhedged")),
    ("how much sram does the groq lpu have, keeping its hedge (not a lower bound)?", REFUSE),
    ("keeping hbm chips", (REFUSE, "keeping")),
]


@pytest.mark.parametrize(("question", "expected"), HEDGES_TALKED_OF, ids=[q for q, _ in HEDGES_TALKED_OF])
def test_hedges_talked_of_in_a_value_question(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (i) lists of kinds


LPDDR_CHIPS = {
    "Apple M4",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}
PCIE_CHIPS = {
    "Intel Gaudi 3",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
}

KINDS_LISTED: list[tuple[str, object]] = [
    ("chips with lpddr memory of any generation (lpddr4, lpddr4x, lpddr5, lpddr5x)", LPDDR_CHIPS),
    ("which chips have a pcie link of some revision (2.0, 4.0 or 5.0)?", PCIE_CHIPS),
    ("which chips use pcie 2.0, pcie 4.0 or pcie 5.0?", PCIE_CHIPS),
    # near misses: some kinds only (dropping the list would widen the answer); a version that is not one
    ("chips with lpddr memory (lpddr5 or lpddr5x)", (REFUSE, "some of the kinds")),
    ("which chips have a pcie link (4.0 or 5.0)?", REFUSE),
    ("which chips have a pcie link (3.0 or 5.0)?", REFUSE),
    ("which chips use dram (lpddr4)?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), KINDS_LISTED, ids=[q for q, _ in KINDS_LISTED])
def test_a_list_of_every_kind_of_a_family_restates_it(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (j) words and leaks


WORDS: list[tuple[str, object]] = [
    ("gaudi 3 clock freq", REFUSE),  # no clock speed stated for Gaudi 3: absent, not unknown
    ("groq lpu clock freq", "1.2 GHz"),
    ("mtia v2 die area mm2", REFUSE),  # absent
    ("northpole die size in square millimetres", "800 mm², per die"),
    ("how many chips can nvlink 5 link together with blackwell?", "up to 576 GPUs, via NVLink 5, per cluster"),
    ("what is nvidia's cut of the market?", "about 85 %"),
    ("can the adreno 750 go in a data center?", False),
    ("is the m4 suited to data centres, as the article judges it?", False),
    ("which chips run on more than 150 watts?", {"Tenstorrent Grayskull e150"}),
    ("how many chips have their own profile in the article?", "18"),
    ("which chips have a flops figure above one petaflop?", {"Cerebras CS-3", "d-Matrix Corsair C8"}),
    (
        "which chips have more than a teraflop?",
        {"AWS Trainium2", "Apple M4", "Cerebras CS-3", "Microsoft Maia 100", "d-Matrix Corsair C8"},
    ),
    # near misses: a relation noun before a quantity of another kind; 'own' as a verb; 'one' with no unit
    ("which chips have more than one core?", REFUSE),
    ("process node larger than 3 TB/s", REFUSE),
    ("which chips run on more than 2 clouds?", REFUSE),
    ("which companies own their own fabs?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), WORDS, ids=[q for q, _ in WORDS])
def test_words_for_properties_and_verbs_before_a_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (k) a sibling set aside


SIBLINGS: list[tuple[str, object]] = [
    ("how many efficiency cores does the m4 cpu have, as opposed to performance cores?", "6 efficiency cores"),
    (
        "which chip has the highest memory bandwidth (as distinct from interconnect bandwidth)?",
        {"Google Trillium TPU", "Intel Gaudi 3"},
    ),
    (
        "which chip has the highest memory bandwidth, as opposed to nvlink bandwidth?",
        {"Google Trillium TPU", "Intel Gaudi 3"},
    ),
    # 'counting' in a question that asks which: what is counted in (it answered the list's length)
    (
        "which chips have more than 2 TB/s of memory bandwidth, counting memory rather than interconnect bandwidth?",
        {"Google Trillium TPU", "Intel Gaudi 3"},
    ),
    ("counting chips with hbm", "5"),
    # near misses: what is set aside is what the question asks, or broader than it, or not a sibling
    ("how many cores does the m4 cpu have, as opposed to performance cores?", REFUSE),
    ("how many performance cores does the m4 cpu have, rather than its cores?", REFUSE),
    ("which chip has the highest bandwidth, as opposed to nvlink bandwidth?", REFUSE),
    ("which chip has the highest nvlink bandwidth, as opposed to pcie bandwidth?", REFUSE),
    ("which chip has the highest interconnect bandwidth, as opposed to memory bandwidth?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), SIBLINGS, ids=[q for q, _ in SIBLINGS])
def test_a_sibling_the_question_leaves_out_may_be_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- one chip and a property, no list word

ONE_CHIP_TERSE: list[tuple[str, object]] = [
    ("trainium2 bf16 support", True),  # asks whether, not which chips among Trainium2
    ("trillium bf16 support", REFUSE),  # not said: exit 1, where the list answered "no chip"
    ("maia 100 5nm", True),
    ("northpole tsmc", REFUSE),  # the article does not say (yes/no's third answer: exit 1)
    ("cloud ai 100 ultra 4nm", False),  # 7nm: a chip has one process node
    ("e150 an asic", REFUSE),  # an unknown word stays a refusal
    # a list word, two chips, or no chip: still lists
    ("which chips support bf16", {"AWS Trainium2", "Groq LPU"}),
]


@pytest.mark.parametrize(("question", "expected"), ONE_CHIP_TERSE, ids=[q for q, _ in ONE_CHIP_TERSE])
def test_one_chip_and_what_it_should_have_asks_whether(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_one_chip_search_reads_as_yes_no_and_a_list_word_keeps_the_list(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("groq lpu bf16 support", lex)
    assert frame.ask == F.YESNO and frame.subjects == (CHIP + "groq-lpu",)
    assert read("which of groq lpu supports bf16", lex).ask == F.CHIPS
    assert read("groq lpu and gaudi 3 bf16 support", lex).ask == F.CHIPS


# --------------------------------------------------------------------------- (l) scope or precision in a parenthesis

SCOPE_PARENS: list[tuple[str, object]] = [
    ("what is the HBM capacity of gaudi 3 (i.e. across its two dies, not per die)?", "128 GB"),
    ("what is the power of the ai 100 ultra (per card, rather than per system)?", "150 W, per card"),
    ("What 8-bit throughput does NorthPole reach (the INT8 figure, not the INT4 one)?", "over 200 TOPS, INT8"),
    ("how fast is the maia 100 in teraflops (the article does not say at which precision)?", "800 TFLOPS, peak"),
    # near misses: the precision set aside is the one asked; a list of chips, where a chip may have both
    ("What INT8 throughput does NorthPole reach (the INT4 figure, not the 8-bit one)?", REFUSE),
    ("which chips support INT4 (the 4-bit figure, not the 8-bit one)?", REFUSE),
    ("what is the power of the ai 100 ultra (per card rather than per card)?", REFUSE),
    ("what is the HBM capacity of gaudi 3 (across its two dies, not per chip)?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), SCOPE_PARENS, ids=[q for q, _ in SCOPE_PARENS])
def test_a_parenthesis_selecting_a_scope_or_precision_narrows_or_restates(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_scope_rather_than_another_reads_as_the_scope_kept(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("what is the max model size of the ai 100 ultra (a per-system rather than per-card figure)?", lex)
    assert frame.ask == F.VALUE and frame.scope == CK + "PerSystem"


# --------------------------------------------------------------------------- (m) scope in value questions

SCOPED_VALUES: list[tuple[str, object]] = [
    ("largest model of the ai 100 ultra per card", "up to 100 billion, per card"),
    ("trillium pod max chips", "up to 256 units, via ICI, per pod"),
    ("max cs-3s in a cluster", "up to 2,048 interconnected units, per cluster"),
    (
        "what's the biggest model you can run with two cards on the ai 100 ultra?",
        "175 billion, per system, across 2 cards",
    ),
    ("what model size can two ai 100 ultra cards handle", "175 billion, per system, across 2 cards"),
    ("what is the max model size of one ai 100 ultra card", "up to 100 billion, per card"),
    ("what is the peak FP8 of an Intel Gaudi 3 node of 8 chips", "14.7 petaflops, FP8, per node, across 8 chips"),
    ("how many exaflops can a cs-3 cluster deliver", "up to 256 exaflops, per cluster, across 2,048 systems"),
    # near misses: a figure the article does not give over that span; two chips compared across scopes
    ("what model size can three ai 100 ultra cards handle", REFUSE),
    ("what is the least model size of the ai 100 ultra per system", REFUSE),
    ("biggest model on 2 chips", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), SCOPED_VALUES, ids=[q for q, _ in SCOPED_VALUES])
def test_a_value_question_may_ask_for_a_figure_of_a_scope(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_count_before_a_card_is_the_span_not_a_range(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    frame = read("what model size can two ai 100 ultra cards handle", lex)
    assert frame.ask == F.VALUE and not frame.constraints
    assert frame.metric is not None and frame.metric.scale == (2.0, CK + "PerCard")
    assert read("top 3 chips by transistor count", lex).n == 3  # a count of chips to show stays one


# --------------------------------------------------------------------------- (n) components and kinds

COMPONENTS_AND_KINDS: list[tuple[str, object]] = [
    ("dimc count of the corsair c8", "2,048 DIMCs (DIMC units)"),
    ("which chips use dimc", {"d-Matrix Corsair C8"}),  # the technology, where nothing is counted
    ("does the trainium2 count as an asic?", True),
    ("does the maia 100 qualify as a gpu?", False),
    ("is the wse the cs-3?", True),
    ("is the cs-3 a gaudi 3?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), COMPONENTS_AND_KINDS, ids=[q for q, _ in COMPONENTS_AND_KINDS])
def test_counted_components_and_kinds_of_one_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (o) words

WORDS_11: list[tuple[str, object]] = [
    ("rank the chips by clock speed from the fastest down", "Apple M4"),
    ("what does the trillium tpu help power", "Gemini"),
    ("which chip has the most transistors mentioned anywhere in the article", {"Cerebras CS-3"}),
    ("what is the transistor count of the groq lpu, taking the figure as stated?", "over 20 billion"),
    ("how large a model can a single cs-3 train", "up to 24 trillion, per system"),
    ("rank chips by clock speed down", REFUSE),  # "down" closes "from the fastest" only
    ("which chip has the most TFLOPS at any precision", {"d-Matrix Corsair C8"}),
    ("what fp8 performance does a single node of gaudi 3 reach", "14.7 petaflops, FP8, per node, across 8 chips"),
    ("which chips support any precision", REFUSE),  # it listed every chip: said only of figures compared
    (
        "which chips support training (any precision)?",
        {
            "AWS Trainium2",
            "Cerebras CS-3",
            "Google Trillium TPU",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "SambaNova SN40L",
        },
    ),
    (
        "which chips are made by tsmc (on any process node)?",
        {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("how many chips use any process node", REFUSE),  # "any" beside nothing else: it counted every chip
    ("which year does the mi350 go into production", "2025"),
    ("what year chips", REFUSE),  # it listed every chip: a year is asked of one chip's production
    # a measure's word in the verb slot ("does <chip> power"): the question's verb, not the figure
    ("which applications does the maia 100 power?", {"Azure OpenAI Service", "Microsoft Copilot"}),
    ("what does the mtia v2 power?", REFUSE),  # it answered "90 watts"
    ("what power does the mtia v2 draw", "90 watts"),
    ("how much does the mtia v2 draw", "90 watts"),
    ("who is openai's partner", {"Microsoft"}),  # an organization no chip relation takes, before its relation's word
    ("openai members", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), WORDS_11, ids=[q for q, _ in WORDS_11])
def test_words_of_set_11s_round(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, str) and expected != REFUSE and question.startswith("rank"):
        assert column(answered(ask_json, question), "chip")[0] == expected
        return
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (p) names again, parts as scopes

NAMES_AND_PARTS: list[tuple[str, object]] = [
    ("what is the HBM bandwidth of trillium (a sixth-generation chip)?", "3.7 TB/s"),
    ("how much sram does every tensix core of the e75 have", "up to 1.5 MB, per core"),
    ("which chips have tensix cores", {"Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"}),
    ("which chips have efficiency cores", {"Apple M4"}),
    (
        "which chips draw less than 100 W (strictly below)?",
        {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"},
    ),
    ("what dense compute gain does mtia v2 claim over v1?", "3.5 x, dense compute, vs Meta MTIA v1"),
    (
        "what model size does the ai 100 ultra handle in a dual-card setup?",
        "175 billion, per system, across 2 cards",
    ),
    ("how much hbm do trainium2 instances have?", "96 GB"),
    ("how many tpcs sit on each gaudi 3 die?", "32 Tensor Processor Cores (TPCs), per die"),
    ("how many tpcs sit on each gaudi 3 chip?", "64 TPCs"),
    # near misses: another generation than the chip's; a part with no figure of its own; a
    # comparison the parenthesis changes; a short name with no chip said before it
    ("what is the HBM bandwidth of trillium (the fifth-generation part)?", REFUSE),
    ("how much sram does each tpc of gaudi 3 have", REFUSE),
    ("which chips draw at most 100 W (strictly below)?", REFUSE),
    ("v1 sram", REFUSE),
    ("which instances use hbm", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), NAMES_AND_PARTS, ids=[q for q, _ in NAMES_AND_PARTS])
def test_names_said_again_and_parts_as_scopes(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (q) memory technology

MEMORY_TECHNOLOGY: list[tuple[str, object]] = [
    ("what memory technology does the groq lpu use?", "SRAM, on-chip, capacity 128 MB"),
    ("trillium memory technology", "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"),
    # near misses: a memory whose technology is not named; a technology's own technology; a vendor's
    ("which memory technologies does the cerebras cs-3 rely on?", ("refuse", "names no memory technology")),
    ("what memory technology is hbm", REFUSE),
    ("what memory technology does nvidia use", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), MEMORY_TECHNOLOGY, ids=[q for q, _ in MEMORY_TECHNOLOGY])
def test_a_memory_technology_asked_is_one_the_article_names(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (r) set 12's and set 13's wrong answers, as classes


def _ordered(ask_json, question: str) -> list[str]:  # noqa: ANN001
    return column(answered(ask_json, question))


def test_per_chip_said_leaves_the_measures_other_scope_out(ask_json):  # noqa: ANN001
    """A card's power counts as its chip's in rankings and ranges, until the question says "per
    chip": then only per-chip figures compete (the reading said "per chip only" and the card's
    150 W still ranked second)."""
    card = "Qualcomm Cloud AI 100 Ultra"
    assert card in _ordered(ask_json, "rank chips by power, highest first")
    assert _ordered(ask_json, "rank chips by power per chip, highest first") == [
        "Tenstorrent Grayskull e150",
        "Meta MTIA v2",
        "Tenstorrent Grayskull e75",
        "Mythic M2000",
    ]
    assert set(_ordered(ask_json, "chips drawing more than 100 W")) == {card, "Tenstorrent Grayskull e150"}
    assert _ordered(ask_json, "chips drawing more than 100 W per chip") == ["Tenstorrent Grayskull e150"]


WHAT_OF_ONE: list[tuple[str, object]] = [
    # "what" with no chip noun, of one chip and a format: its figure in that format (it listed the chip)
    ("what's the int4 number for northpole", "400 TOPS, INT4"),
    ("what is the int8 for the cloud ai 100 ultra?", "400 TOPS, INT8"),
    ("what's the bf16 for trillium", REFUSE),  # the article gives none: said, exit 1
    # a chip noun, or no chip: still the chips that support it
    ("what chips support int4", {"IBM NorthPole"}),
]


@pytest.mark.parametrize(("question", "expected"), WHAT_OF_ONE, ids=[q for q, _ in WHAT_OF_ONE])
def test_what_of_one_chip_and_a_format_asks_its_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_an_ordering_verb_makes_a_superlative_the_direction(lex):  # noqa: ANN001
    """ "order the lowest power chips, lowest first" answered the lowest alone (a top) where the
    question asks for the order; "which chip ranks highest" still asks for the top."""
    from chipkg.ask.parse import read

    assert read("order the lowest power chips, lowest first", lex).ask == F.RANK
    ranked = read("sort the chips with the most sram", lex)
    assert ranked.ask == F.RANK and ranked.order == "desc"
    assert read("which chip ranks highest on clock speed", lex).ask == F.TOP
    assert read("which chip has the lowest power", lex).ask == F.TOP


NONE_NAMED: list[tuple[str, object]] = [
    # the article names no such chip: an absent fact (exit 1), not an empty list or a count of 0
    ("which chips does tenstorrent design on 3nm", ("REFUSE", "names no chip")),
    ("how many chips does groq make on 3nm?", ("REFUSE", "names no chip")),
    ("which chips does habana design", ("REFUSE", "names no chip")),
    # where it names some: the list, the count
    ("which intel chips use sram", {"Intel Gaudi 3"}),
    ("how many chips use hbm", "5"),
]


@pytest.mark.parametrize(("question", "expected"), NONE_NAMED, ids=[q for q, _ in NONE_NAMED])
def test_a_list_or_count_of_nothing_is_said_as_absent(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_opposite_superlatives_joined_by_to_are_a_direction(lex):  # noqa: ANN001
    """ "power draw lowest to highest" answered the lowest alone: without "from" the two
    superlatives still give the ranking's direction (set 13's wrong answer)."""
    from chipkg.ask.parse import read

    for question, order in (("clock speeds highest to lowest", "desc"), ("sram least to most", "asc")):
        frame = read(question, lex)
        assert (frame.ask, frame.order) == (F.RANK, order), question
    assert read("which chip has the lowest clock speed", lex).ask == F.TOP


GIVE_THE_NUMBER: list[tuple[str, object]] = [
    # a sentence asking for the number makes the question a count (it listed the chips, exit 0)
    ("Which chips use HBM? Give the number.", "5"),
    ("which chips use hbm, give me the number", "5"),
    (
        "Which chips use HBM?",
        {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
]


@pytest.mark.parametrize(("question", "expected"), GIVE_THE_NUMBER, ids=[q for q, _ in GIVE_THE_NUMBER])
def test_give_the_number_asks_for_a_count(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
