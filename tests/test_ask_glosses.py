"""Glosses and descriptive nouns in analyst questions: a parenthesis or phrase that restates,
exemplifies or describes what the question already asks, or a noun the graph knows under another
name. A gloss is dropped (or read as the same condition) only when the graph shows it restates the
question; one that names something else, or a premise the graph rules out, stays refused. The
questions here are written for these tests, not copied from the held-out sets.

- Counts said again: "two dies (dual-die or dual-chip packages)", "made of two dies (counting a
  dual-chip design as two)". A count in the words the graph states counts of that kind in
  (ck:statedUnit: the SN40L's two dies are its "dual-chip design") is the same count: a parenthesis
  made only of such counts of the number said outside is dropped, and "dual-die or dual-chip" joined
  by "or" is one die count, not "the top 2 chips" (which answered "how many" with a ranked list).
  A word for how the counted units are put together just before the count ("packaging two dies")
  changes nothing; asked for itself ("what packaging") it is still refused.
- A grid said of a count: "how many PEs does the MTIA v2's 8x8 grid hold" says how the units are
  laid out (words.tsv: "grid", "array" are attr with VALUE layout). Rows by columns before such a
  word are a premise checked against the figure answered (ck:gridRows, ck:gridColumns): refused
  when the article gives another grid or none; said only of one chip's count.
- Examples of a word the question uses: "the most cores (cores, tiles, DIMCs)", "a software stack
  or SDK (for example CUDA, PyTorch 2.0 or a vendor SDK)". A parenthesis that says the word again
  and names things the graph puts under it (kinds of unit its measure counts; things of the class
  its relation ranges over) lists examples, and is dropped; a name of anything else, a number, or
  no word of the question said again leaves it refused. Two nouns of one relation joined by "or"
  ("a software stack or SDK") with no value ask for the chips with some value of it.
- A chip's generation in a parenthesis after its name ("each Trillium TPU (sixth-generation Google
  TPU)"), with only its designers and kinds besides, describes it: checked against ck:generation,
  ck:designedBy and its classes, dropped when it holds, refused when the article gives another
  generation or none. "Some generation of LPDDR", "whatever the generation" are "any generation"
  (words.tsv): harmless beside a technology, refused alone ("which chips use some generation"
  answered every chip before).
- A width said of counted units ("the Cloud AI 100 Ultra (four 64-bit controllers)") is a premise
  beside the figure asked: the width goes, the count stays a premise as before, and the width is
  checked against the count figure's ck:bitWidth (refused when another or none is given). "32-bit"
  before such a count is a width, not the 32-bit formats (it was read as "supports FP32 or TF32").
- A section said as where things are named ("the hyperscalers named in the introduction") is read
  as a cited section: the answer stands only when everything it names, and what the question names,
  cites that section (ck:section); the answer is then the things the section names. Otherwise
  refused, never answered from elsewhere.
- A gloss that says a condition again ("finer than 6nm, i.e. 5nm or below"; words.tsv gloss VALUE
  same: "i.e.", "in other words"): where the question is refused with it, it is read without it and
  with it as one more condition on the same measure; answered only when both pick the same chips in
  the graph, refused (naming the chips they differ on) otherwise.
- "Including any <words ask does not know> <the question's word for a relation>" ("which formats
  does Trainium2 support, including any new configurable formats") includes values the question
  asks for anyway: dropped. A word for a kind of chip there may widen the question: "which chips are
  GPUs, including any accelerators" answered the GPUs alone (on main too); now refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, TRAINIUM2_FORMATS, check

TWO_DIES = {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}

COUNTS_SAID_AGAIN: list[tuple[str, object]] = [
    ("Which chips have two dies (dual-die or dual-chip packages)?", TWO_DIES),
    ("How many accelerators are two-die parts (dual-die or dual-chip)?", "3"),
    ("List the chips made from two dies (counting a dual-chip package as two dies)", TWO_DIES),
    ("how many chips are dual-chip or dual-die designs", "3"),
    ("which chips are dual-die or dual-chip packages", TWO_DIES),
    ("Which chips package two dies?", TWO_DIES),
    # the parenthesis says another count, kind or number: not the same condition
    ("Which chips have two dies (dual-die or three-chip packages)?", REFUSE),
    ("which chips have two dies (or four chips)", REFUSE),
    ("Which chips have two dies (dual-die or dual-core packages)?", REFUSE),
    ("how many chips are dual-die or dual-tile designs", REFUSE),
    ("what packaging does gaudi 3 use", (REFUSE, "packaging")),
    # digits too: "how many chips have 2 dies or 2 chips" answered a ranked list ("top 2 chips")
    ("how many chips have 2 dies or 2 chips", "3"),
    ("which chips have 2 dies (2-die or 2-chip packages)", TWO_DIES),
    # a compared count is no count of that number: the parenthesis does not say it again
    ("which chips have more than two dies (dual-die or dual-chip)", REFUSE),
    ("Which chips have fewer than two dies (dual-die)?", REFUSE),
    ("which chips have more than two dies or dual-chip packages", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), COUNTS_SAID_AGAIN, ids=[q for q, _ in COUNTS_SAID_AGAIN])
def test_a_count_said_again_in_the_graphs_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


GRIDS: list[tuple[str, object]] = [
    ("How many processing elements does the MTIA v2's 8x8 grid contain?", "64 processing elements"),
    ("How many PEs does Meta's MTIA v2 8 x 8 grid hold?", "64 processing elements"),
    ("what do the MTIA v2's PEs amount to in its 8x8 array", "64 processing elements"),
    (
        "How many processing elements are in the MTIA v2's grid (the article describes it as an 8x8 grid)?",
        "64 processing elements",
    ),
    # a grid the article gives otherwise, or not at all, is a false or unknown premise
    ("How many processing elements does the MTIA v2's 4x16 grid contain?", (REFUSE, "grid of 8x8")),
    ("How many processing elements does the MTIA v2's 16x16 grid contain?", (REFUSE, "grid of 8x8")),
    ("How many cores does the Groq LPU's 8x8 grid hold?", (REFUSE, "does not say")),
    ("How many dies does the Gaudi 3's 1x2 array have?", (REFUSE, "does not say")),
    # a grid is said of one chip's count, not asked or listed
    ("which chips have an 8x8 grid", REFUSE),
    ("what is the MTIA v2's 8x8 grid clock speed", REFUSE),
    ("how many chips have an 8x8 grid of processing elements", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), GRIDS, ids=[q for q, _ in GRIDS])
def test_a_grid_said_of_a_count_is_checked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


EXAMPLES: list[tuple[str, object]] = [
    ("Which chip has the most cores (cores, tiles, DIMCs)?", "Cerebras CS-3"),
    ("which chip has the most compute units, whatever they are called (tiles, cores or DIMCs)", "Cerebras CS-3"),
    ("Which chip has the most compute units (for example tiles or cores)?", "Cerebras CS-3"),
    (
        "Which chips come with a software stack or SDK (such as PyTorch 2.0, or a vendor SDK)?",
        {"Meta MTIA v2", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra"},
    ),
    (
        "Which chips are tied to a software stack or SDK?",
        {"Meta MTIA v2", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra"},
    ),
    # a name the graph does not put under the word, or a number: no list of examples
    ("which chip has the most cores (cores, tiles, ports)", REFUSE),
    ("which chip has the most cores (cores, tiles, 64 lanes)", REFUSE),
    ("Which chip has the most cores (for example lanes or cores)?", REFUSE),
    # lanes and ports are counted, but not as compute units: answered the compute units alone (main too)
    ("Which chips have more than 100 cores (cores, tiles or lanes)?", REFUSE),
    ("Which chips have more than 100 cores (cores or ports)?", REFUSE),
    ("Which chips have more than 100 cores (cores, tiles or DIMCs)?", 7),
    ("Which chips come with a software stack or SDK (such as PyTorch 2.0 or HBM3)?", REFUSE),
    ("Which chips come with a software stack or SDK (such as PyTorch 2.0 or Nvidia)?", REFUSE),
    # examples with no word of the question said again may narrow it: not dropped
    ("Which chips are tied to a software stack or SDK (for example CUDA or Triton)?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), EXAMPLES, ids=[q for q, _ in EXAMPLES])
def test_examples_of_a_word_the_question_uses(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


GENERATIONS: list[tuple[str, object]] = [
    ("How much SRAM does the MTIA v2 (Meta's second-generation chip) have?", "256 MB"),
    ("How much HBM does Trainium2 (the second-generation AWS chip) carry?", "96 GB"),
    ("What HBM bandwidth does each Trillium TPU (a sixth-generation Google TPU) have?", "3.7 TB/s"),
    # another generation, or one the article does not give: a false or unknown premise
    ("How much HBM does Trainium2 (the third-generation AWS chip) carry?", (REFUSE, "generation 2")),
    ("What HBM capacity does each Trillium TPU (fifth-generation Google TPU) have?", (REFUSE, "generation 6")),
    ("How much SRAM does the Groq LPU (the second-generation Groq chip) have?", (REFUSE, "does not say")),
    # another designer or kind: not a description of the chip
    ("What HBM capacity does each Trillium TPU (sixth-generation Nvidia GPU) have?", REFUSE),
    ("How much HBM does Trainium2 (the second-generation Google TPU) carry?", REFUSE),
    # any generation of a technology
    (
        "which chips use some generation of LPDDR memory",
        {
            "Qualcomm Cloud AI 100 Ultra",
            "Apple M4",
            "d-Matrix Corsair C8",
            "Tenstorrent Grayskull e75",
            "Tenstorrent Grayskull e150",
        },
    ),
    (
        "which chips have HBM, whatever the generation",
        {"AMD Instinct MI350", "AWS Trainium2", "SambaNova SN40L", "Google Trillium TPU", "Intel Gaudi 3"},
    ),
    ("which chips use some generation", (REFUSE, "constrain nothing")),
    ("which chips use some generation of something", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), GENERATIONS, ids=[q for q, _ in GENERATIONS])
def test_a_generation_said_of_a_chip_or_a_technology(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


WIDTHS: list[tuple[str, object]] = [
    ("What LPDDR4X bandwidth does the Cloud AI 100 Ultra get from its four 64-bit controllers?", "134 GB/s"),
    ("What LPDDR4X bandwidth does Qualcomm's Cloud AI 100 Ultra (4 64-bit memory controllers) reach?", "134 GB/s"),
    ("How many 64-bit controllers does the Cloud AI 100 Ultra have?", "4 memory controllers"),
    # another width, or one the article does not give
    ("What memory bandwidth does the Cloud AI 100 Ultra (four 32-bit controllers) reach?", (REFUSE, "64-bit")),
    ("What memory bandwidth does the Cloud AI 100 Ultra (four 128-bit controllers) reach?", (REFUSE, "64-bit")),
    ("How many 64-bit ports does Gaudi 3 have?", (REFUSE, "does not say")),
    ("What memory bandwidth does the Groq LPU (four 64-bit controllers) reach?", REFUSE),
    # said of one chip's figure only
    ("which chips have 64-bit controllers", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), WIDTHS, ids=[q for q, _ in WIDTHS])
def test_a_width_said_of_counted_units_is_checked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


SECTIONS_NAMING: list[tuple[str, object]] = [
    ("Which hyperscalers mentioned in the introduction belong to the UXL Foundation?", "Google"),
    ("Which chip designers named in the introduction are UXL members?", {"AMD", "Google", "Intel"}),
    # an answer from outside the section: refused, not narrowed or answered from elsewhere
    ("which foundries named in the introduction make chips", (REFUSE, "outside the Introduction section")),
    ("which chips mentioned in the introduction use HBM", (REFUSE, "outside the Introduction section")),
    ("what is the HBM capacity of the Gaudi 3 in the introduction", REFUSE),
    # what a section holds is the section-contents report's, not a list of every section
    ("what is in the Future Prospects section", REFUSE),
    ("what is in the introduction", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), SECTIONS_NAMING, ids=[q for q, _ in SECTIONS_NAMING])
def test_things_named_in_a_section(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


SAID_AGAIN: list[tuple[str, object]] = [
    (
        "Which chips have a clock speed above 1 GHz, i.e. 1.1 GHz or more?",
        {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"},
    ),
    ("How many chips have over 100 GB of HBM, i.e. 128 GB or more?", "2"),
    ("Which chips were made on a node coarser than 5nm, in other words 6nm or above?", 9),
    # the gloss picks other chips in the graph: not the question said again
    ("Which chips have a clock above 1 GHz, in other words at least 1.35 GHz?", (REFUSE, "Groq LPU")),
    ("Which chips are built on a node finer than 6nm, i.e. 4nm or below?", (REFUSE, "Intel Gaudi 3")),
    # a gloss of another kind of condition is no restatement of a figure
    ("Which chips are on a node finer than 6nm, i.e. made by TSMC?", REFUSE),
    ("what is the clock speed of the MTIA v2, i.e. above 1 GHz?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), SAID_AGAIN, ids=[q for q, _ in SAID_AGAIN])
def test_a_gloss_that_says_the_condition_again(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


INCLUDING_ANY: list[tuple[str, object]] = [
    ("Which formats does Trainium2 support, including any nonstandard formats?", TRAINIUM2_FORMATS),
    ("Which interconnects does Gaudi 3 use, including any proprietary interconnects?", 4),
    # a name, a negation, a kind, or no word of the question: kept, and refused
    ("Which formats does Trainium2 support, including any formats of Trainium?", REFUSE),
    ("Which formats does Trainium2 support, including any formats it does not support?", REFUSE),
    ("Which formats does Trainium2 support, including any experimental ones?", REFUSE),
    ("Which formats does Trainium2 support, including any chips?", REFUSE),
    # wider kinds than the one asked: were answered with the GPUs alone
    ("Which chips are GPUs, including any accelerators?", REFUSE),
    ("which chips are GPUs, including accelerators", REFUSE),
    ("Which chips are GPUs (accelerators included)?", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), INCLUDING_ANY, ids=[q for q, _ in INCLUDING_ANY])
def test_including_any_of_what_is_asked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
