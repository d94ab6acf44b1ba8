"""Wrong answers (exit 0) red team 5 found in ``chipkg ask`` (/work/brief/redteam5-wrong.md, classes
R4, R5, R10, R13, R14), each fixed by its mechanism: the report's questions, paraphrases, near misses
that must still be answered right, and questions that must be refused (article line numbers given).

- R4: a designer before its chip's name ("google trillium", "nvidia blackwell") was a condition of
  its own: with a word the graph has no figure for, "google trillium precision?" became the yes/no
  "Trillium · designed by Google" (true).
- R5: "memory speed" was the chip's compute ("speed" is ck:performance); "how fast is the HBM",
  "the fastest memory" its capacity. A memory's speed is its bandwidth.
- R8: plain "bandwidth" compared across chips was memory bandwidth only: Blackwell's 10 TB/s die
  link and 1.8 TB/s NVLink (l.41) never counted, and "no chip has more than 5 TB/s" was false.
- R9: "what connects Trillium pods / Gaudi 3 nodes / AI 100 Ultra cards", "host link": every link of
  the chip, with what the question says the link joins ignored (the graph's ck:purpose).
- R10: "M4 Max", "M4 plus": the word after the name was dropped and the Apple M4's figures given;
  the article names no such chip.
- R13: "baseline" read as "mentioned only in passing": the Ryzen 9000 (l.47) and the Snapdragon 8
  Gen 3 (l.97) are no one's baseline.
- R14: "chips that use RISC-V processors" left out the Mythic M2000, whose every tile contains a
  32-bit RISC-V nano-processor (l.163).
"""

from __future__ import annotations

import json

import pytest
from ask_expect import MENTIONED, REFUSE, check

R4: list[tuple[str, object]] = [
    ("tell me the google trillium's precision", REFUSE),
    ("google trillium precision?", REFUSE),
    ("google trillium units?", REFUSE),
    ("tell me the google trillium's scale", REFUSE),
    ("nvidia blackwell claims?", REFUSE),
    ("nvidia blackwell precision?", REFUSE),
    ("tell me the nvidia blackwell's units", REFUSE),
    ("google's trillium precision?", REFUSE),
    # near misses: the designer's name changes nothing, or is asked about
    ("tell me the nvidia blackwell's transistor count", "208 billion"),
    ("is google trillium designed by google", True),
    ("is the google trillium designed by nvidia", False),
    ("which google chips have hbm", {"Google Trillium TPU"}),
]

# (question, a words the answer's first column must hold, or REFUSE)
R5: list[tuple[str, object]] = [
    ("what's the memory speed of gaudi 3", "3.7 TB/s"),  # l.55
    ("tell me the intel gaudi 3's memory speed", "3.7 TB/s"),
    ("what's the memory speed of the ai 100 ultra", "134 GB/s"),  # l.103
    ("what memory speed does the m4 have", "100 GB/s"),  # l.121
    ("how fast is the hbm on gaudi 3", "3.7 TB/s"),
    ("how fast is the trillium's memory", "3.7 TB/s"),  # l.63
    ("what is the memory speed of trillium", "3.7 TB/s"),
    ("what is the speed of the m4's memory", REFUSE),
    ("what's the memory speed of the m2000", REFUSE),  # no bandwidth given (l.163-165)
    ("tell me the maia 100's memory speed", REFUSE),
    ("trainium 2 memory speed?", REFUSE),
    ("corsair memory speed?", REFUSE),
    # near misses: a size is still a size, a speed of a chip still its compute
    ("how much hbm does gaudi 3 have", "128 GB"),
    ("what is the performance of the maia 100", "800 TFLOPS"),
]

R5_SUPER: list[tuple[str, object]] = [
    ("which chip has the fastest memory", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("which chip has the fastest memory speed", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("which chip has the most memory", {"SambaNova SN40L"}),  # l.131, a size
]

R10: list[tuple[str, object]] = [
    ("what is the m4 max's clock speed", REFUSE),
    ("how many transistors in the m4 max", REFUSE),
    ("how many gpu cores does the m4 max have", REFUSE),
    ("how much memory bandwidth does the m4 max have", REFUSE),
    ("what node is the m4 max made on", REFUSE),
    ("how many transistors does the m4 plus have", REFUSE),
    ("what is the clock speed of the max m4", REFUSE),
    ("how many cores does the northpole max have", REFUSE),
    ("what is the power of the mtia v2 max", REFUSE),
    ("tell me about the gaudi 3 max", REFUSE),
    # near misses: "max" with the measure after it
    ("what is the m4's max clock speed", "up to 3.5 GHz"),
    ("does the m4 have 10 cores or more", True),
]

R13: list[tuple[str, object]] = [
    ("is the ryzen 9000 a baseline", REFUSE),
    ("is the snapdragon 8 gen 3 a baseline", REFUSE),
    ("which chips are baselines", REFUSE),
    ("which chips are used as baselines", REFUSE),
    ("is the h100 a baseline", REFUSE),
    # near miss: the words for "only mentioned" still read so
    ("which chips are mentioned only in passing", MENTIONED),
]

GRAYSKULLS = {"Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"}
R14: list[tuple[str, object]] = [
    ("which chips use risc-v processors", GRAYSKULLS | {"Mythic M2000"}),
    ("which chips contain risc-v processors", GRAYSKULLS | {"Mythic M2000"}),
    ("which chips have risc-v processors", GRAYSKULLS | {"Mythic M2000"}),
    ("how many risc-v processors does the m2000 have", "1 RISC-V nano-processor, per tile"),
    # near misses: the M2000's core count is still its tiles; the most cores still the CS-3's
    ("how many tiles does the m2000 have", "108 AMP tiles"),
    ("which chips use risc-v", GRAYSKULLS | {"Mythic M2000"}),
]


BANDWIDTH = "'bandwidth' of memory or of a link"
R8: list[tuple[str, object]] = [
    ("which chip has the highest bandwidth of any kind", (REFUSE, BANDWIDTH)),
    ("which chips have more than 5 TB/s of bandwidth", (REFUSE, BANDWIDTH)),
    ("which chips have more than 1 TB/s of bandwidth", (REFUSE, BANDWIDTH)),
    ("which chip has the most bandwidth", (REFUSE, BANDWIDTH)),
    ("top 3 chips by bandwidth", (REFUSE, BANDWIDTH)),
    ("rank chips by bandwidth", (REFUSE, BANDWIDTH)),
    ("how many chips have bandwidth above 1 TB/s", (REFUSE, BANDWIDTH)),
    ("does trillium have more bandwidth than gaudi 3", (REFUSE, BANDWIDTH)),
    # near misses: a memory's bandwidth said so is still compared
    ("which chip has the highest memory bandwidth", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("highest hbm bandwidth", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("which chips have more than 1 TB/s of memory bandwidth", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("which chip has the fastest memory bandwidth?", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("blackwell nvlink bandwidth", "1.8 TB/s, bidirectional"),
]

R9: list[tuple[str, object]] = [
    ("what connects trillium pods", "Google datacenter network"),  # l.67
    ("what interconnects trillium pods", "Google datacenter network"),
    ("what network connects trillium pods", "Google datacenter network"),
    ("what connects ai 100 ultra cards", "Qualcomm custom networking protocol"),  # l.107
    ("what connects gaudi 3 nodes", {"Ethernet", "RoCE"}),  # l.55
    ("what connects gaudi 3 chips across nodes", {"Ethernet", "RoCE"}),
    ("what interconnect connects gaudi 3 nodes", {"Ethernet", "RoCE"}),
    ("what connects the m2000 to the host", "PCIe 2.0"),  # l.165
    ("what's the host link of the mythic m2000", "PCIe 2.0"),
    ("what host link does the ai 100 ultra have", "PCIe 4.0"),  # l.107
    ("what host link does the google trillium have", (REFUSE, "names no chip to host link")),
    ("what host link does the gaudi3 have", (REFUSE, "names no chip to host link")),
    # near misses: a chip's links, or its links within a pod, are all still given
    ("what interconnect does trillium use", "ICI"),
    ("what interconnect does trillium use per pod", "ICI"),
    ("what interconnect does gaudi 3 use", {"Ethernet", "PCIe 5.0", "RoCE", "die-to-die interconnect"}),
    (
        "which chips connect to the host over pcie 4.0",
        {
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
        },
    ),
    ("which chips have a host interface", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), R4 + R8 + R9 + R10 + R13 + R14 + R5_SUPER)
def test_answer(ask_json, question: str, expected: object) -> None:  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(("question", "expected"), R5)
def test_memory_speed(ask_json, question: str, expected: object) -> None:  # noqa: ANN001
    """The figure holds the words expected (a bandwidth is shown within its memory's spec)."""
    if expected == REFUSE:
        check(ask_json, question, REFUSE)
        return
    code, stdout = ask_json(question)
    assert code == 0, stdout[:400]
    data = json.loads(stdout)
    first = data["head"]["vars"][0]
    values = [b[first]["value"] for b in data["results"]["bindings"]]
    assert values and all(str(expected) in v for v in values), values


def test_tiles_still_the_m2000_cores(ask_json) -> None:  # noqa: ANN001
    """A per-tile count is no count of the chip: "how many cores" keeps the 108 tiles only."""
    check(ask_json, "how many cores does the m2000 have", "108 AMP tiles")
    check(ask_json, "which chip has the most cores", "Cerebras CS-3")
