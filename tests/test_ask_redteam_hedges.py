"""Wrong answers (exit 0) the red team found in ``chipkg ask`` for classes C5, C7-C10
(/work/brief/redteam-wrong.md), each tested on the report's questions plus unseen variants and
near misses. A refusal is always acceptable where the figures do not decide the answer.

- C5: organization answers follow the designer's parent link to the kind asked for ("which
  hyperscalers design chips": Amazon, through AWS), as chip answers do.
- C7/C8: one rule for hedged figures (answer._span): "up to X" is the stated peak, compared at X
  and always shown with its hedge; "over X" lies above X (within LOWER_BOUND_REACH among the whole
  field, without ceiling where the question names the chips), so any order it could change is
  refused; the yes/no, the range list, the superlative, the ranking and the top-N cut read a
  figure the same way.
- C9: a comparison never sets figures of different scopes against each other (a card's power, a
  system's model size, a figure whose scope the article leaves unstated); "single chip" is "per
  chip"; lists show each chip's figure with its scope.
- C10: a relation fact the graph marks with a hedge note (ck:hedgesProperty) carries the note in
  every answer: the yes/no's reading, and a list's hedge column.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, rows

# --------------------------------------------------------------------------- C5 parent organizations

HYPERSCALERS = {"Amazon", "Google", "Meta", "Microsoft"}

C5: list[tuple[str, object]] = [
    ("which hyperscalers design training chips", {"Amazon", "Google", "Microsoft"}),
    ("Which of the hyperscalers named in the article design a chip profiled in the article?", HYPERSCALERS),
    ("which hyperscalers design chips with hbm", {"Amazon", "Google"}),
    ("Which hyperscalers design chips that use HBM?", {"Amazon", "Google"}),
    ("which hyperscalers make 7nm chips", {"Amazon", "Meta"}),
    ("Which hyperscalers named in the article design chips built on 7nm?", {"Amazon", "Meta"}),
    ("which hyperscalers design asics", HYPERSCALERS),
    ("which hyperscaler companies design chips", HYPERSCALERS),
    ("how many hyperscalers design chips", "4"),
    # unseen variants: the same org as the chip answers name, never AWS beside Amazon
    ("which hyperscalers design inference chips", {"Google", "Meta"}),
    ("how many hyperscalers design training chips", "3"),
    # near miss: no kind asked, so the designer itself (AWS), not its parent
    ("which organizations design chips that support cfp8", {"AWS"}),
]


@pytest.mark.parametrize(("question", "expected"), C5)
def test_org_answers_follow_the_parent_link_to_the_kind_asked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_org_and_chip_answers_agree_on_hyperscalers(ask_json):  # noqa: ANN001
    orgs = check(ask_json, "which hyperscalers design chips with hbm", {"Amazon", "Google"})
    chips = check(ask_json, "Which chips designed by hyperscalers use HBM?", {"AWS Trainium2", "Google Trillium TPU"})
    assert orgs and chips


# --------------------------------------------------------------------------- C7/C8 hedged figures


def _reading(data: dict) -> str:
    return str(data.get("reading") or "")


# yes/no against a number: "up to X" is the stated peak, and the answer says which figure it read
UPPER_BOUND_YES_NO: list[tuple[str, bool, str]] = [
    ("does the m4 run above 3 ghz", True, "Apple M4: up to 3.5 GHz"),
    ("is the m4 clock above 2 ghz", True, "Apple M4: up to 3.5 GHz"),
    ("does the groq lpu have at least 500 tops", True, "Groq LPU: up to 1 PetaOPS"),
    ("does the m4 have at least 100 gb/s of memory bandwidth", True, "Apple M4: up to 100 GB/s"),
    ("does the corsair c8 exceed 5000 tflops", True, "d-Matrix Corsair C8: up to 9,600 TFLOPS"),
    # unseen: above the peak is ruled out, and says so with the same figure
    ("does the m4 run above 4 ghz", False, "Apple M4: up to 3.5 GHz"),
    ("is the groq lpu faster than 2 petaops", False, "Groq LPU: up to 1 PetaOPS"),
]


@pytest.mark.parametrize(("question", "expected", "figure"), UPPER_BOUND_YES_NO)
def test_a_yes_no_against_a_number_shows_the_figure_it_rests_on(ask_json, question, expected, figure):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert figure in _reading(data)


def test_the_pairwise_comparison_reads_up_to_as_the_superlative_does(ask_json):  # noqa: ANN001
    """The two-chip yes/no refused 'M4 (up to 3.5 GHz) vs MTIA v2 (1.35 GHz)' while 'which has the
    higher clock' named the M4: both now read 'up to' as the stated peak and agree."""
    data = check(ask_json, "does the m4 have a higher clock than mtia v2", True)
    assert "up to 3.5 GHz" in _reading(data)
    check(ask_json, "which has the higher clock, the m4 or mtia v2?", "Apple M4")
    check(ask_json, "does the groq lpu have more int8 tops than the ai 100 ultra", True)
    check(ask_json, "highest int8 performance", "Groq LPU")


RANGE_LISTS: list[tuple[str, dict[str, str]]] = [
    ("chips with clock over 2 GHz", {"Apple M4": "up to 3.5 GHz"}),
    (
        "chips with memory bandwidth of at least 100 GB/s",
        {
            "Apple M4": "up to 100 GB/s",
            "Google Trillium TPU": "3.7 TB/s",
            "Intel Gaudi 3": "3.7 TB/s",
            "Qualcomm Cloud AI 100 Ultra": "134 GB/s",
        },
    ),
    # unseen variant
    ("chips with more than 5 petaflops", {"d-Matrix Corsair C8": "up to 9,600 TFLOPS (vendor claim)"}),  # l.173
]


@pytest.mark.parametrize(("question", "expected"), RANGE_LISTS)
def test_a_range_list_shows_each_chips_figure_with_its_hedge(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, set(expected))
    assert data["head"]["vars"][:2] == ["chip", "figure"]
    assert {r["chip"]: r["figure"] for r in rows(data)} == expected


def test_a_count_over_a_range_says_which_chips_it_counts_by_a_hedged_figure(kg):  # noqa: ANN001
    from chipkg.ask.answer import answer

    found = answer(kg.store, "how many chips have a clock over 2 GHz")
    assert [[t.value for t in r] for r in found.rows] == [["1"]]
    assert "counted by Apple M4: up to 3.5 GHz" in found.reading


# rankings, superlatives and top-N cuts refuse where a lower bound's reach leaves the order open
LOWER_BOUND_ORDERS: list[tuple[str, object]] = [
    # among the whole field "over 200 TOPS" reaches 300 (LOWER_BOUND_REACH 1.5): below 400 TOPS
    ("rank chips by int8 performance", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]),
    ("top 2 chips by int8 performance", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
    ("rank chips by int8 tops, lowest first", ["IBM NorthPole", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"]),
    # within the reach the order stays open: "over 20 billion" may be more than NorthPole's 22 billion
    # a whole ranking is shown down to where the order stays open, the rest named in the reading (session 37)
    ("rank chips by transistor count", ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4"]),
    ("top 5 chips by transistor count", (REFUSE, "over 20 billion")),  # the cut
    # named chips: no ceiling
    ("which has more int8 throughput, northpole or the ai 100 ultra?", REFUSE),
    ("does northpole have more int8 tops than the ai 100 ultra", REFUSE),
    # near misses that stay answered: the lower bound is far from the rest, or out of the cut
    ("highest int8 performance", "Groq LPU"),
    ("top 1 chip by int8 performance", "Groq LPU"),
    # a question naming the chip: "over X" has no ceiling, so only X itself decides
    ("does the groq lpu have more transistors than maia 100?", REFUSE),  # over 20 billion vs 120 billion
    ("which has more transistors, the groq lpu or maia 100?", REFUSE),
    ("does the groq lpu have more than 100 billion transistors", REFUSE),
    ("does the groq lpu have more than 10 billion transistors", True),
    # the whole field: a contender within the reach only ("over 20 billion" is none against 4 trillion)
    ("which chip has the most transistors", "Cerebras CS-3"),
]


@pytest.mark.parametrize(("question", "expected"), LOWER_BOUND_ORDERS)
def test_orders_a_lower_bound_leaves_open_are_refused_everywhere(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_one_rule_reads_hedges():
    from chipkg.ask.answer import _order, _span
    from chipkg.namespaces import CK

    up, over = {CK + "UpperBound"}, {CK + "LowerBound"}
    assert _span(3.5, up) == (3.5, 3.5, False, False)  # the stated peak
    assert _span(200.0, over) == (200.0, 300.0, True, False)  # above 200, within the field's reach (1.5 times)
    assert _span(200.0, over, float("inf")) == (200.0, float("inf"), True, False)  # a named chip's: no ceiling
    # a magnitude word ("multi-trillion", l.133): within its decade, never at its end
    magnitude = over | {CK + "statedMagnitude"}
    assert _span(1.0, magnitude) == (1.0, 10.0, True, True)
    assert _order(_span(10.0, up), _span(1.0, magnitude)) == ">"  # Blackwell's up to 10 trillion
    assert _order(_span(9.0, set()), _span(1.0, magnitude)) == "?"
    # two lower bounds are never decided (red team 15 W4): "over 10 billion" may be above "over 20 billion"
    assert _order(_span(20.0, over), _span(10.0, over)) == "?"
    assert _order(_span(50.0, set()), _span(20.0, over)) == ">"  # a stated figure beyond a bound's reach
    assert _order(_span(3.5, up), _span(1.35, set())) == ">"
    assert _order(_span(300.0, set()), _span(200.0, over)) == "?"  # the reach's limit is included
    assert _order(_span(301.0, set()), _span(200.0, over)) == ">"
    assert _order(_span(400.0, set()), _span(200.0, over)) == ">"  # "over 200 TOPS" is not 400
    assert _order(_span(3.7, set()), _span(3.7, set())) == "="
    assert _order(_span(1.0, set()), _span(2.0, set()), "asc") == ">"


# --------------------------------------------------------------------------- C9 scopes

#: the model sizes ranked at every scope (l.41, 75, 103, 131, 141), SN40L's "over 1 trillion" placed by
#: the lower bound's reach (the reading says so)
RANKED_MODEL_SIZES = [
    "Cerebras CS-3",
    "Nvidia Blackwell GPU",
    "SambaNova SN40L",
    "AWS Trainium2",
    "Qualcomm Cloud AI 100 Ultra",
]

SCOPES: list[tuple[str, object]] = [
    ("does the ai 100 ultra use more power than mtia v2", (REFUSE, "different scopes")),
    ("which uses more power, the ai 100 ultra or mtia v2?", (REFUSE, "different scopes")),
    ("which draws less power, the ai 100 ultra or the e150?", (REFUSE, "different scopes")),
    ("Which chip supports the largest model on a single chip?", REFUSE),
    # a measure stated at every scope (a model size: per system, per cluster, per two cards, unscoped)
    # has no per-chip figures to rank: with no scope said, every figure competes, its scope shown and
    # said in the reading (session 35; these were refused as of different scopes, which every blind
    # set's writer read as the CS-3's 24 trillion, per system)
    ("which chip can run the biggest models?", "Cerebras CS-3"),
    ("largest max model size", "Cerebras CS-3"),
    ("largest model supported", "Cerebras CS-3"),
    ("which handles bigger models, trainium2 or the ai 100 ultra?", "AWS Trainium2"),
    ("which has the bigger max model size, the cs-3 or blackwell?", "Cerebras CS-3"),
    ("rank chips by max model size", RANKED_MODEL_SIZES),
    ("which has the larger max model size, blackwell or the sn40l?", (REFUSE, "do not decide")),
    ("Which chip has the largest maximum model size stated per chip?", (REFUSE, "per-chip")),
    ("max model size per chip", REFUSE),
    # unseen variants
    ("does mtia v2 draw less power than the ai 100 ultra", (REFUSE, "different scopes")),
    ("which chip supports the biggest model on a single chip", REFUSE),
    ("top 3 chips by max model size", ["Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"]),
    ("which chip has the biggest models, not counting per-system figures", REFUSE),
    # near misses still answered: one scope, or the scope admitted by the question, or a per-chip winner
    ("which chip or system has the largest model size", "Cerebras CS-3"),
    ("which chip draws the most power", "Tenstorrent Grayskull e150"),
    ("which chip draws the least power per chip", "Mythic M2000"),
    ("does the e150 draw more power than mtia v2", True),
]


@pytest.mark.parametrize(("question", "expected"), SCOPES)
def test_figures_of_different_scopes_do_not_decide_comparisons(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_ranking_with_a_cards_figure_says_so(ask_json):  # noqa: ANN001
    data = check(
        ask_json,
        "rank chips by power",
        [
            "Tenstorrent Grayskull e150",
            "Qualcomm Cloud AI 100 Ultra",
            "Meta MTIA v2",
            "Tenstorrent Grayskull e75",
            "Mythic M2000",
        ],
    )
    assert {r["chip"]: r["scope"] for r in rows(data)}["Qualcomm Cloud AI 100 Ultra"] == "per card"


SCOPED_LISTS: list[tuple[str, dict[str, str]]] = [
    (
        "chips using more than 100 watts",
        {"Qualcomm Cloud AI 100 Ultra": "150 W, per card", "Tenstorrent Grayskull e150": "200 W"},
    ),
    ("chips at 150 w", {"Qualcomm Cloud AI 100 Ultra": "150 W, per card"}),
    (
        "chips that handle models over 1 trillion parameters",
        {
            "Cerebras CS-3": "up to 24 trillion, per system",
            "Nvidia Blackwell GPU": "up to 10 trillion (scope not stated)",
            "SambaNova SN40L": "multi-trillion (over 1 trillion), per platform",
        },
    ),
    ("Which chips draw more than 100 W per chip?", {"Tenstorrent Grayskull e150": "200 W"}),  # near miss
]


@pytest.mark.parametrize(("question", "expected"), SCOPED_LISTS)
def test_a_list_shows_each_figures_scope(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, set(expected))
    assert {r["chip"]: r["figure"] for r in rows(data)} == expected


# --------------------------------------------------------------------------- C10 hedged facts

ADRENO_HEDGE = "judged very unlikely rather than ruled out"

HEDGED_FACTS: list[tuple[str, bool]] = [
    # "ruled out" claims more than the hedge supports: refused, with the hedge (test_ask_round9)
    ("is the adreno 750 suitable for data centers", False),
    ("is the adreno 750 not for data centers", True),
    ("is the adreno 750 unsuitable for data centers", True),
    ("can the adreno 750 be used in data centers", False),  # unseen
]


@pytest.mark.parametrize(("question", "expected"), HEDGED_FACTS)
def test_a_yes_no_on_a_hedged_fact_carries_the_hedge(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert ADRENO_HEDGE in _reading(data)


def test_a_yes_no_on_an_unhedged_fact_carries_none(ask_json):  # noqa: ANN001
    data = check(ask_json, "is the m4 suitable for data centers", False)
    assert "hedges" not in _reading(data)


def test_a_list_by_a_hedged_fact_has_a_hedge_column(ask_json):  # noqa: ANN001
    data = check(
        ask_json,
        "Which chips does the article rule out for data-centre use?",
        {"AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"},
    )
    hedges = {r["chip"]: r.get("hedge") for r in rows(data)}
    assert ADRENO_HEDGE in str(hedges["Qualcomm Adreno 750"])
    assert hedges["Apple M4"] is None
    # another hedged relation (the node stated for the Adreno GPUs in general), in a list and a yes/no
    data = check(ask_json, "chips on 4nm", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"})
    assert "in general" in str({r["chip"]: r.get("hedge") for r in rows(data)}["Qualcomm Adreno 750"])
    assert "in general" in _reading(check(ask_json, "is the adreno 750 made on 4nm?", True))


@pytest.mark.parametrize(
    ("question", "value", "hedged"),
    [
        ("who fabs the adreno 750", "TSMC", True),
        ("which process node is the adreno 750 built on", "4nm", True),
        ("who manufactures the groq lpu", "TSMC", False),
    ],
)
def test_a_value_of_a_hedged_fact_carries_the_hedge(ask_json, question, value, hedged):  # noqa: ANN001
    """The value form of a relation ("who fabs X") carries the fact's hedge note in its qualifier
    cell, as the list, count and yes/no forms do (the red team's second round: TSMC was shown bare)."""
    found = rows(answered(ask_json, question))
    assert [r["value"] for r in found] == [value]
    assert ("in general" in found[0].get("qualifier", "")) is hedged, found
