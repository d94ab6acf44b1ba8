"""``chipkg ask`` round 14: words and instructions that change nothing, or that name what the graph
holds, which made ask refuse; each class tested on questions written for this round (in no held-out
set), with near misses that must stay refused. Expected answers are checked against the article
(line numbers of /work/shared/sources/ai-chip-race.txt in the comments).

- (A) an instruction that names the hedge to keep ("Keep the lower-bound wording.", "— keep the
  'around' qualifier?", "(keep the upper-bound hedge)"): the hedge's words are the graph's
  (ck:Qualifier labels, ck:hedgeWord, ck:hedgePhrase), and the instruction says the figure has that
  hedge, checked as "(stated only as a lower bound)" is (``Frame.hedges``): a figure with another
  hedge, or none, is refused. A hedge named as a possibility ("keep any 'over' or 'up to'", "if that
  is how ...", "(up-to figures included)") is not checked; a named hedge beside a list is refused.
  A clause after a dash at the end is read as such a sentence.
- (B) "how big is the NorthPole die", "how large are its dies": asked how big (words.tsv ``value``
  valued ``size``), a unit a chip counts is asked its size where the ontology has a word for it
  ("die size", ck:dieArea's hidden label), not its count ("how big are the Gaudi 3 dies" answered
  the die count, 2); another unit ("how big is the port") is refused.
- (C) words that change nothing: "ended up", "end up" (how things turned out), "treat as", "regard
  as" (as "describe as"; "treat" alone still opens an aside), "control" (as "hold", spelled:
  "controllers" stay a count), and "market estimate" as a phrase of the market-share report.
- (D) a remark that only says the conditions all hold at once ("— both conditions?", "(all three)",
  ", both?": words.tsv role ``conjoined``, read only as a whole remark), which ask reads anyway:
  checked: a list or count of chips with that many conditions, none of them a choice. "FP16 or FP32,
  both?" was answered as 'or' (the "both" ignored); now refused, as are a count that does not match
  and any other question.
- (E) "(count the Grayskull models separately)": a parenthesis of a verb of counting, chips named
  (a name of several chips names each), their number, "each", kinds of chip and one word of counting
  apart (words.tsv role ``apart``) says each chip counts once, as ask counts: dropped, checked (a
  count of chips). A number that is not how many are named, a name that is no chip, a list, or the
  word anywhere else is refused.
- (F) "the dual-die Blackwell", "(the dual-die GPU as a whole)" beside another figure asked: a number
  and a unit a chip counts, as an adjective before a chip or a kind of chip, say the chip's count of
  it, not a second figure asked ("names more than one measure" before): a condition the chip must
  meet, checked as "the Tensix cores of the e150" is (a wrong count is refused). "whole device",
  "entire device" are per chip, as "whole chip" is.
- (G) "how fast is Blackwell's link?", "how fast is the link between Blackwell and Gaudi 3?" were
  answered with the names of the chips' links, not a speed: refused (name the link).
- (H) "the link between Blackwell's two dies": a name of the graph said around a chip's name
  ("between two dies", hidden labels of the die-to-die link) is that name, of that chip; "how fast"
  of it is its bandwidth. "between" with numbers is a range as before.
- (I) "200 GbE" and "200-gigabit Ethernet" are Ethernet's line rate only (chipkg.units: not also a
  memory's bandwidth in bytes per second): "does Gaudi 3 support 200 GbE?" was answered false (read
  as a memory bandwidth of 25 GB/s); now refused. "How many 200-gigabit Ethernet ports does the
  Gaudi 3 have" is the port count with the line rate said of it (round 10's check).
- (J) terse: "gaudi 3 200gbe ports", a chip, a number and a figure's name with no other word, says
  the number of the chip as a question with a question word does (round 10's premise, checked).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: article lines: M4 clock "up to 3.5 GHz", transistors "around 40 billion" 119-121; Groq LPU "over
#: 20 billion" transistors, "up to 1 PetaOPS" INT8, 1.2 GHz 151-153; AI 100 Ultra "over 10 billion"
#: 103; NorthPole "nominal" 400 MHz, "over 200 TOPS" 113; M2000 "typical ... approximately 4 watts" 165

# --------------------------------------------------------------------------- (A) a hedge named


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What clock speed does the Apple M4 reach? Keep the 'up to' qualifier.", "up to 3.5 GHz"),
        ("How many transistors are in the Groq LPU — retain the lower-bound qualifier.", "over 20 billion"),
        ("What power does the Mythic M2000 draw? Keep the 'approximately'.", "nominal about 4 watts"),
        ("What is the AI 100 Ultra's transistor count? Preserve the 'over' wording.", "over 10 billion"),
        ("NorthPole's clock speed? Keep the nominal qualifier.", "nominal 400 MHz"),
        ("What INT8 performance does the Groq LPU reach (keep the upper-bound hedge)?", "up to 1 PetaOPS, INT8, peak"),
        (
            "How many transistors does the Apple M4 have? Keep the 'approximately' exactly as stated.",
            "about 40 billion",
        ),
        # a hedge named as a possibility is not checked
        ("What is the M4's clock speed? Keep any 'over' or 'up to' as written.", "up to 3.5 GHz"),
        ("What is the Groq LPU's clock speed? Keep the hedge, if any.", "1.2 GHz"),
        ("What is the Groq LPU's clock speed — keep the hedge?", "1.2 GHz"),
    ],
)
def test_a_a_hedge_named_to_keep_is_the_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What clock speed does the Apple M4 reach? Keep the 'over' qualifier.", "is a lower bound"),
        ("How many transistors are in the Groq LPU — keep the 'around' qualifier?", "is an approximate"),
        ("What is the AI 100 Ultra's transistor count? Keep the upper-bound wording.", "is an upper bound"),
        ("NorthPole's INT8 throughput? Keep the nominal qualifier.", "is a nominal"),
        ("What is the Groq LPU's clock speed? Keep the 'up to' hedge.", "(unhedged)"),
        ("How many transistors does the Apple M4 have? Keep the 'over' qualifier.", "about 40 billion"),
        ("What is the Groq LPU's transistor count? Keep the 'approximately'.", "over 20 billion"),
        ("Which chips have more than 20 billion transistors? Keep the 'over' qualifier.", "one chip's figure"),
        ("What transistor count does the article give for the Apple M4 — drop the 'around' qualifier?", "drop"),
        ("How many transistors are in the Groq LPU — keep the 'over' qualifier and round it?", "round"),
    ],
)
def test_a_another_hedge_named_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_a_the_instruction_returns_the_hedges_it_names():
    """The instruction reader itself: what it names, and what it only allows."""
    from chipkg.ask.lexicon import instruction

    names = {("over",): "lower bound", ("lower", "bound"): "lower bound", ("around",): "approximate"}
    assert instruction("Keep the lower-bound wording.", names) == ("lower bound",)
    assert instruction("keep the 'around' qualifier", names) == ("approximate",)
    assert instruction("Keep any 'over' qualifier.", names) == ()
    assert instruction("Keep 'over' if that is how the article words it.", names) == ()
    assert instruction("Keep the hedge.", names) == ()
    # spelled, not by stems: "report" is no "reportedly"
    assert instruction("Report the figure with its qualifier.", {("reportedly",): "uncertain"}) == ()
    assert instruction("Drop the lower-bound wording.", names) is None
    assert instruction("Keep the lower-bound wording.") is None  # the graph's words are what it knows


# --------------------------------------------------------------------------- (B) how big is a die

#: NorthPole "an 800 mm² die" 113; Gaudi 3 two dies, no die area 53


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how large is IBM's NorthPole die", "800 mm², per die"),
        ("how big are NorthPole's dies?", "800 mm², per die"),
        ("how big is each NorthPole die?", "800 mm², per die"),
        ("so how big is the die on the NorthPole?", "800 mm², per die"),
        ("How large is the die of IBM NorthPole, per the article?", "800 mm², per die"),
        ("how many dies does the Gaudi 3 have?", "2 dies"),  # a count still asked as one
    ],
)
def test_b_how_big_a_die_is(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how big are the Gaudi 3 dies?", "no die area"),  # was answered with the die count
        ("how big is the Gaudi 3 die?", "no die area"),
        ("how big is the NorthPole port?", "size of a port"),
        ("how big is the Tensix core SRAM?", "size of a Tensix core"),
        ("how big are the Gaudi 3 lanes?", "size of a lane"),  # was answered with the lane count
        ("how big are the Gaudi 3's ports?", "size of a port"),
    ],
)
def test_b_a_size_the_graph_does_not_hold_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


# --------------------------------------------------------------------------- (C) words

#: Habana Labs bought by Intel 25; M4 on TSMC 3nm 119; Maia 100 by Microsoft 71; hyperscalers 15;
#: "Based on market estimation, Nvidia controls about ~85%, AMD has about ~10%" 13


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which company ended up acquiring Habana?", "Intel"),
        ("who did Intel end up acquiring?", "Habana Labs"),
        ("which chips ended up on TSMC's 3nm process?", "Apple M4"),
        ("which company does the article treat as the designer of the Maia 100?", "Microsoft"),
        ("Which organizations does the article regard as hyperscalers?", {"Amazon", "Google", "Meta", "Microsoft"}),
        ("what share of the AI chip market does Nvidia control?", "about 85 %"),
        ("Going by the article's market estimate, how much of the AI chip market does AMD control?", "about 10 %"),
        (
            "how many memory controllers does the AI 100 Ultra have?",
            "4 memory controllers",
        ),  # "four 64-bit LPDDR4X memory controllers" 103
    ],
)
def test_c_words_that_change_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "does the article treat Gaudi 3 as a GPU?",  # "treat X as": not read
        "who ended up not buying habana labs?",
        "which company controls Habana Labs?",
        "does Nvidia control the AI chip market?",
        "who ended up buying the most companies?",
    ],
)
def test_c_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (D) both conditions

#: FP16 and FP32: Trainium2 75, AI 100 Ultra 103; 7nm and TSMC: Groq LPU 151, AI 100 Ultra 101 (both
#: inference); GPUs on TSMC: Blackwell 41, Adreno 750 97


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support FP16 and FP32 (both)?", {"AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"}),
        ("Which chips support FP16 and FP32, both?", {"AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"}),
        ("How many chips are on 7nm and made by TSMC (both conditions)?", "2"),
        (
            "Which chips are on 7nm, TSMC-made, and aimed at inference, all three?",
            {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("Which GPUs are made by TSMC — both?", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"}),
        ("which chips are on 7nm and made by TSMC (all conditions)?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
    ],
)
def test_d_conditions_said_to_hold_at_once(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips support FP16 or FP32 (both)?", "a choice"),
        ("Which chips support FP16 or FP32, both?", "a choice"),  # was answered as 'or'
        ("Which chips support at least one of INT8 and FP16 (both conditions)?", "a choice"),
        ("Which chips are made by TSMC — both conditions?", "it sets 1"),
        ("Which 7nm chips made by TSMC — all three conditions?", "it sets 2"),
        ("Which companies design chips made by TSMC on 7nm — both conditions?", "list or count of chips"),
        ("What is the Groq LPU's clock speed (both)?", "list or count of chips"),
    ],
)
def test_d_near_misses_are_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


# --------------------------------------------------------------------------- (E) counted separately

#: Tenstorrent's two Grayskull cards, e75 and e150, 179-183


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many Tenstorrent chips are there (counting the two Grayskull cards individually)?", "2"),
        ("How many chips does Tenstorrent design (count the e75 and the e150 separately)?", "2"),
        ("How many Tenstorrent accelerators are there (count each Grayskull model separately)?", "2"),
        ("How many chips did Tenstorrent come up with (Grayskull e75 and e150 counted one by one)?", "2"),
        ("how many chips does the article credit to Tenstorrent (count both Grayskull models separately)?", "2"),
        ("How many Tenstorrent designs does the article cover (count the Grayskulls individually)?", "2"),
        # a first or last clause of counting apart, as the parenthesis (decision changed in session 31)
        ("How many chips does Tenstorrent design, counting the Grayskull models separately?", "2"),
    ],
)
def test_e_each_chip_counted_apart(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many Tenstorrent chips are there (counting the three Grayskull cards individually)?",
        "Which chips does Tenstorrent design (count the Grayskull models separately)?",
        "How many companies design chips (count the Grayskull models separately)?",
        "How many chips does Tenstorrent design (count Grayskull and NVLink separately)?",
        "How many chips does Tenstorrent design (count the Grayskull models as one)?",
        "How many Grayskull chips does the article profile (each counted separately)?",
    ],
)
def test_e_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (F) the dual-die chip

#: Blackwell "208 billion transistors", two dies 41; SN40L 1,040 compute cores, two chips 131; Gaudi 3
#: two dies, HBM 3.7 TB/s 53; Groq LPU one chip 151


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many transistors does the two-die Blackwell have?", "208 billion"),
        ("What is the transistor count of the dual-die Blackwell GPU?", "208 billion"),
        ("How many transistors are in Nvidia's Blackwell (the dual-die GPU as one device)?", "208 billion"),
        ("What is the HBM bandwidth of the dual-die Gaudi 3?", "3.7 TB/s"),
        ("What transistor count does the 2-die Blackwell GPU carry?", "208 billion"),
        (
            "How many compute cores does the SambaNova SN40L have, the figure for the whole device?",
            "1,040 compute cores",
        ),
        ("How many compute cores does the SN40L have (entire device)?", "1,040 compute cores"),
    ],
)
def test_f_a_count_said_of_the_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How many transistors does the three-die Blackwell have?", "die count = 3"),
        ("How many transistors does the dual-die Groq LPU have?", "die count = 2"),
        ("What is the transistor count of the four-die Gaudi 3?", "die count = 4"),
        ("how many transistors do dual-die chips have?", ""),
        ("Which dual-die GPU has the most transistors?", ""),
        ("How many transistors does the Blackwell (with three dies) have?", ""),
        ("How many TPCs does the dual-die Gaudi 3 have in total?", "two kinds of unit"),  # a count of units
    ],
)
def test_f_a_wrong_count_or_no_one_chip_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


# --------------------------------------------------------------------------- (G) how fast is a link

#: Blackwell NVLink 5 1.8 TB/s, die-to-die 10 TB/s 41; Gaudi 3 die-to-die speed not given 53


@pytest.mark.parametrize(
    "question",
    [
        "how fast is the link between Blackwell and Gaudi 3?",  # was answered with the links' names
        "how fast is Blackwell's link?",
        "how quick is the Gaudi 3 interconnect?",
        "how fast are the Groq LPU's links?",
        "how fast is the MI350's interconnect?",
        "how fast does the Trainium2 interconnect run?",
    ],
)
def test_g_how_fast_a_link_unnamed_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "link"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how fast is Blackwell's NVLink?", "1.8 TB/s, bidirectional"),
        ("what interconnects does the Gaudi 3 use?", {"Ethernet", "PCIe 5.0", "RoCE", "die-to-die interconnect"}),
    ],
)
def test_g_a_named_link_and_the_links_asked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (H) between the dies


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the bandwidth between Blackwell's two dies?", "10 TB/s"),
        ("how fast is the connection between Nvidia Blackwell's dies?", "10 TB/s"),
        ("how fast is the link between the two dies of Blackwell?", "10 TB/s"),
        ("what is the bandwidth of the link between Blackwell's dies?", "10 TB/s"),
        ("how fast is Blackwell's link between its two dies?", "10 TB/s"),
        ("how quick is the interconnect between the Blackwell GPU's two dies?", "10 TB/s"),
        ("which chips have between two and four dies?", {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}),
    ],
)
def test_h_the_link_between_a_chips_dies(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how fast is the connection between Gaudi 3's dies?",  # its speed is not given
        "how fast is the link between NorthPole's two dies?",
        "how fast is the link between Blackwell's three dies?",
        "how fast is the link between Blackwell's cores?",
        "how fast is the link between Blackwell's dies and its memory?",  # between two things
    ],
)
def test_h_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (I) gigabit Ethernet

#: Gaudi 3 "24 ports of 200 GbE" 55


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many 200-gigabit Ethernet ports does the Gaudi 3 have?", "24 ports"),
        ("how many ports does the Gaudi 3's 200-gigabit Ethernet have?", "24 ports"),
        ("How many ports of 200 gigabit ethernet does Gaudi 3 integrate?", "24 ports"),
        ("how many 200 GbE ports does Gaudi 3 have", "24 ports"),
        ("How many Ethernet ports at 200 GbE does the Gaudi 3 have?", "24 ports"),
        ("what is the Gaudi 3's Ethernet port speed", "200 Gigabit, per port"),
    ],
)
def test_i_gigabit_ethernet_is_a_line_rate(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "does Gaudi 3 support 200 GbE?",  # was answered false (a memory bandwidth of 25 GB/s)
        "does Gaudi 3 support 400 GbE?",
        "does Gaudi 3 support 200-gigabit Ethernet?",
        "How many 400-gigabit Ethernet ports does the Gaudi 3 have?",
        "How many 200-gigabit Ethernet ports does Blackwell have?",
        "which chip has the most 200-gigabit Ethernet ports?",
    ],
)
def test_i_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (J) terse premises


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 200 GbE port count", "24 ports"),
        ("gaudi 3 200-gigabit ethernet ports", "24 ports"),
        ("intel gaudi 3 200gbe port count", "24 ports"),
        ("two-die blackwell transistor count", "208 billion"),
        ("2-die blackwell die-to-die bandwidth", "10 TB/s"),
        ("gaudi 3 96 MB sram", True),  # a number and a figure's own name: a yes/no, as before
    ],
)
def test_j_terse_numbers_said_of_the_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "blackwell 200gbe ports",
        "gaudi 3 400 GbE ports",
        "two-die groq lpu transistor count",
        "gaudi 3 200gbe ports vs blackwell",
    ],
)
def test_j_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
