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


# "cores" counts the kinds of core (skos:broader ck:Core), not a d-Matrix DIMC, a Mythic AMP tile, a
# Meta processing element or Groq's processing units (red team 86); "processing units" stays any
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have more than 1000 cores?", {"Cerebras CS-3", "SambaNova SN40L"}),
        ("How many chips have more than 1000 cores?", "2"),
        ("How many cores does the MTIA v2 have?", REFUSE),
        ("most cores", "Cerebras CS-3"),
        ("how many processing units does the Groq LPU have?", "over 1,000 independent processing units"),
        ("how many processing elements does MTIA v2 have", "64 processing elements"),
        ("How many DIMCs does the Corsair C8 have?", "2,048 DIMCs (DIMC units)"),
    ],
)
def test_cores_are_the_kinds_of_core(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, str) and expected.isdigit():
        assert count_of(ask_json, question) == expected
    elif isinstance(expected, str) and " " in expected and expected != REFUSE and "Cerebras" not in expected:
        data = check(ask_json, question, 1)
        assert data["results"]["bindings"][0]["figure"]["value"] == expected
    else:
        check(ask_json, question, expected)


def test_cores_of_the_m4_are_its_broadest_counts(ask_json):  # noqa: ANN001
    """The M4's 10 CPU cores, 12 GPU cores and 16 neural engine cores; its 4 performance and 6
    efficiency cores are part of the ten, not cores besides them."""
    data = check(ask_json, "How many cores does the M4 have?", 3)
    assert sorted(float(b["stated_value"]["value"]) for b in data["results"]["bindings"]) == [10, 12, 16]


def test_the_second_most_cores_is_the_sn40l(ask_json):  # noqa: ANN001
    """Not the Corsair C8's 2,048 DIMCs, nor the Groq LPU's over 1,000 processing units."""
    data = check(ask_json, "Which chip has the second most cores?", 1)
    assert data["results"]["bindings"][0]["chip"]["value"] == "SambaNova SN40L"


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
