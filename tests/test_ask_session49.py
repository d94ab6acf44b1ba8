"""Session 49: what "accelerators" and "AI chips" ask for, and organizations counted by their chips.

- "accelerators", "AI chips", "AI processors" ask for ck:AIProcessor: every GPU, ASIC and AI accelerator
  chip, not the Ryzen 9000 desktop CPU or the Snapdragon 8 Gen 3 phone platform the article names in
  passing (red team 86: "How many accelerators does AMD have?" was 3, the Ryzen counted). "chips",
  "processors", "devices" stay every chip ("How many chips does Qualcomm design?" is 3, set 59).
- "Which vendors have more than one chip?": the chips the article names only in passing or as a
  comparison's baseline (the H100, the MI300 series, the first Trainium, the MTIA v1) decide it, so it
  is refused, naming them, unless the question says "profiled"; answered where both counts agree.
- "C8" names the Corsair C8; "at least two profiled chips" is a count per vendor, not the number of
  the profiled set; "have at least one chip the article says is fabricated by TSMC" asks for the
  designers (set 77), as "made by TSMC" did.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, count_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many accelerators does AMD have?", "2"),
        ("How many AI chips does AMD have?", "2"),
        ("How many accelerators does Qualcomm have?", "2"),
        ("How many AI chips are there?", "22"),
        ("How many chips does Qualcomm design?", "3"),  # chips: every chip, the platform too
        ("How many chips are there?", "24"),
    ],
)
def test_accelerators_are_the_ai_chips(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which accelerators does AMD have?", {"AMD Instinct MI350", "AMD Instinct MI300 series"}),
        ("Which AI chips does Qualcomm have?", {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}),
        ("5 nm accelerators", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("Which chips does AMD have?", {"AMD Instinct MI350", "AMD Instinct MI300 series", "AMD Ryzen 9000 series"}),
    ],
)
def test_accelerators_listed(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_reading_says_an_ai_processor(ask_json):  # noqa: ANN001
    data = check(ask_json, "How many accelerators does AMD have?", 1)
    assert "an AI processor" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which vendors have more than one chip?", (REFUSE, "Nvidia H100")),
        ("Which vendors have exactly one chip?", (REFUSE, "only in passing")),
        ("Which vendor has the most chips?", (REFUSE, "AMD Ryzen 9000 series")),
        ("Which vendors have more than one GPU?", (REFUSE, "AMD Instinct MI300 series")),
        ("Which vendors have more than one ASIC?", (REFUSE, "Meta MTIA v1")),
        ("which vendors have more than 2 chips", (REFUSE, "profiled chips")),
        ("Which vendors have more than one accelerator?", (REFUSE, "AWS Trainium")),
        # "profiled" said: answered
        ("Which vendors have more than one profiled chip?", {"Qualcomm", "Tenstorrent"}),
        ("Which vendors have at least two profiled chips?", {"Qualcomm", "Tenstorrent"}),
        ("Which vendors have at least 2 profiled chips?", {"Qualcomm", "Tenstorrent"}),
        ("Which vendor has the most profiled chips?", {"Qualcomm", "Tenstorrent"}),
        # the same groups either way: answered (TSMC makes no baseline chip)
        ("Which foundries make at least two chips?", {"TSMC"}),
    ],
)
def test_organizations_by_count_of_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many DIMCs does the C8 have?", "2,048 DIMCs (DIMC units)"),
        (
            "Which companies under the article's Megacap Players heading have at least one chip the article "
            "says is fabricated by TSMC?",
            {"Apple", "Nvidia", "Qualcomm"},
        ),
        ("Which companies have a chip fabricated by TSMC?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("Which companies have a chip that is fabricated by TSMC?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        # the profiled set's own number stays checked (session 48)
        ("How many of the eighteen profiled chips are on 7nm?", "6"),
        ("How many of the twenty profiled chips are on 7nm?", REFUSE),
    ],
)
def test_session49_readings(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, str) and expected != REFUSE and not expected.isdigit():
        data = check(ask_json, question, 1)
        assert data["results"]["bindings"][0]["figure"]["value"] == expected
    elif isinstance(expected, str) and expected.isdigit():
        assert count_of(ask_json, question) == expected
    else:
        check(ask_json, question, expected)


# set 77's negation variants: "Among the <kind>, ... other than <member>" kept the kind (the class was
# dropped as a restatement of the member named, and the megacaps' TSMC chips were answered)
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Among the unicorn startups, whose chips are made by TSMC other than Groq?", (REFUSE, "a unicorn startup")),
        ("Among the unicorn startups, whose chips are stated to be made by TSMC except Groq?", REFUSE),
        ("Among the unicorn startups, which ones other than Groq have chips made by TSMC?", REFUSE),
        ("Among the unicorn startups, whose chips are made by TSMC?", {"Groq"}),
        ("Which chips from startups other than Groq are on 7nm?", {"Cerebras CS-3", "SambaNova SN40L"}),
    ],
)
def test_a_kind_set_aside_member_keeps_the_kind(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # set 77: "(per chip)" beside ports of a line rate: the rate is per port, never the chip's total
        "How many 200-gigabit Ethernet ports does each Gaudi 3 integrate (per chip)?",
        "How many 200 Gb Ethernet ports does Gaudi 3 have (per chip)?",
    ],
)
def test_per_chip_keeps_a_ports_line_rate(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, 1)
    assert data["results"]["bindings"][0]["figure"]["value"] == "24 ports"
