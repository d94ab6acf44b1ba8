"""``chipkg ask``: two ways of asking "how many" of one chip that were refused or misread.

1. A relation's values counted for one chip: "how many data types does Trainium2 support?" was
   refused ("'how many' about one chip"). The count word right before the relation's word counts
   the values the article names for the chip (each once), and the reading lists them so the number
   can be checked. None named is not zero: the answer says the article names none (exit 1). Values
   that are figures, not named things (a chip's interconnects, its memories), are not counted: "how
   many memories does the SN40L use" answered a list of three memories, not a number.
2. A unit with a metric prefix alone names its measure: "how many GB of HBM does Gaudi 3 have"
   refused 'gb' as an unknown word, though "how many gigs" was read. A unit several measures share
   ("TB/s": memory or port bandwidth) is refused unless the question names the measure too. A
   figure is never converted: asked in a unit other than the one the article states it in ("SRAM
   of NorthPole (in GB)": 192 MB), the question is refused, naming the figure.

Facts from /work/shared/sources/ai-chip-race.txt: Trainium2 supports FP32, TF32, BF16, FP16, UINT8
and cFP8 (line 75); Groq LPU's formats INT8, BF16, FP16 (line 153); NorthPole 8-, 4- and 2-bit
(line 113); Cloud AI 100 Ultra INT8, INT16, FP16, FP32 (line 103); Gaudi 3 128 GB HBM at 3.7 TB/s
(line 55); Groq LPU 128 MB SRAM (line 153).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many data types does trainium2 support?", "6"),
        ("How many numeric formats does the article list for AWS Trainium2?", "6"),
        ("how many formats does the groq lpu support", "3"),
        ("how many precisions does NorthPole support?", "3"),
        ("how many data formats does the Cloud AI 100 Ultra support", "4"),
        ("how many workloads is the groq lpu suitable for", "2"),
        # the article names none: no zero
        ("how many formats does the m4 support", REFUSE),
        # figures, not named things
        ("how many interconnects does gaudi 3 use", REFUSE),
        ("how many memories does the sn40l use", REFUSE),
        # two relations by one word ("applications": a workload or a supported application)
        ("how many applications does maia 100 support", REFUSE),
        # more than the chip's values asked
        ("how many formats does the groq lpu support on 14nm", REFUSE),
        ("how many formats do the groq lpu and northpole support", REFUSE),
    ],
)
def test_a_chips_values_counted(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, [expected] if expected != REFUSE else REFUSE)


def test_the_reading_lists_what_was_counted(kg):  # noqa: ANN001
    from chipkg.ask.answer import answer

    told = answer(kg.store, "how many data types does trainium2 support?")
    assert told.reading == (
        "how many distinct values of supports format the article names for AWS Trainium2 "
        "(BF16, FP16, FP32, TF32, UINT8, cFP8)"
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many formats does the m4 support", "The article names no numeric format for Apple M4"),
        ("how many memories does the sn40l use", "does not count them"),
        ("how many interconnects does gaudi 3 use", "not as named things to count"),
    ],
)
def test_what_is_not_counted_says_why(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many GB of HBM does gaudi 3 have", "128 GB"),
        ("how many gigabytes of HBM does the gaudi 3 have", "128 GB"),
        ("How many MB of SRAM does the Groq LPU have?", "128 MB"),
        ("gaudi 3 hbm in GB", "128 GB"),
        ("how many TB/s of memory bandwidth does gaudi 3 have", "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"),
        # TB/s is a memory's or a port's: which, the question does not say
        ("how many TB/s does gaudi 3 have", REFUSE),
        # a unit without a prefix is not read alone
        ("how many bits wide is the groq lpu", REFUSE),
    ],
)
def test_a_prefixed_unit_alone_names_its_measure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, [expected] if expected != REFUSE else REFUSE)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the SRAM of NorthPole (in GB)?", "the article gives the figure as 192 MB, not in gb"),
        ("how many GB of SRAM does the groq lpu have", "128 MB, not in gb"),
        ("how many megs of HBM does gaudi 3 have", "128 GB, not in MB"),
    ],
)
def test_a_figure_stated_in_another_unit_is_not_converted(ask_json, question, said):  # noqa: ANN001
    """A figure is shown in the unit the article states it in, never converted: asked in another
    unit, the question is refused, naming the figure as stated."""
    refused(ask_json, question, said)
