"""``chipkg ask``: classes of the refusals of held-out sets 40 and 41, read once set 42 (blind) was
written, and what they showed wrong nearby.

- rank directions without "from" ("high to low", "lowest to highest");
- "how many different process nodes" counts the nodes the chips use, each once, as "distinct" does;
  "process nodes" says which node is meant, unless a group of chips is named too ("how many process
  nodes are in a Gaudi 3 cluster" is refused, never its chips per cluster);
- "1.2 GHz or faster" (at least), "1 GHz or slower";
- "a full CS-3 cluster" ("full", a qualifier the graph does not record, as "big"); "fully",
  "entirely" before "on-chip" or a kind of memory say "only" (as fillers, "which chips are fully
  on-chip SRAM" listed every chip with SRAM, Gaudi 3 and its HBM among them); before a verb they
  change nothing still ("fully support FP8");
- "working with" an organization: a partner of it; "companies using TSMC as (their) foundry": "as
  foundry" is TSMC's role (ck:manufacturedBy's hidden labels), the companies asked design the chips;
- instructions that name hedges as examples ("keep any hedge such as 'up to'"); an aside that treats a
  named hedge's figures as their number ("treating 'over N' as N") reads them at face value;
- "how many RISC-V processors does each Tensix core contain" (a count per core); "how many cores per
  M2000 tile" refused (it answered the M2000's 108 AMP tiles per chip, exit 0, an older wrong answer).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "rank sram high to low: groq lpu, mtia v2, gaudi 3, northpole",
            ["Meta MTIA v2", "IBM NorthPole", "Groq LPU", "Intel Gaudi 3"],
        ),
        (
            "rank sram low to high: groq lpu, mtia v2, gaudi 3, northpole",
            ["Intel Gaudi 3", "Groq LPU", "IBM NorthPole", "Meta MTIA v2"],
        ),
        ("how many different process nodes come up in the article?", "7"),
        ("how many process nodes do the chips use?", "7"),
        ("how many process nodes are in a gaudi 3 cluster", REFUSE),
        ("how many nodes in a gaudi 3 cluster", REFUSE),
        ("is the gaudi 3 on a different node than the maia 100?", REFUSE),
        (
            "which chips run at 1.2 ghz or faster?",
            {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"},
        ),
        ("chips with 1 ghz or slower clock", {"IBM NorthPole", "Tenstorrent Grayskull e75"}),
        ("how many exaflops can a full cs-3 cluster hit?", "up to 256 exaflops, per cluster, across 2,048 systems"),
        ("which chips are full", REFUSE),
        ("which chips are fully on-chip sram", REFUSE),
        ("which chips are entirely sram based", (REFUSE, "entirely sram")),
        ("which chips use purely hbm", REFUSE),
        ("Which chips fully support FP8?", {"AWS Trainium2", "Intel Gaudi 3"}),
        ("Which organization is Microsoft described as working with?", {"OpenAI"}),
        # "as (their) foundry": the role of the organization named before it, not of those asked
        ("companies using tsmc as foundry", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("which companies use tsmc as a foundry, other than nvidia", {"Apple", "Groq", "Qualcomm"}),
        ("which startups use tsmc as their foundry", {"Groq"}),
        ("how many chips use tsmc as foundry", "5"),
        ("which companies do not use tsmc as their foundry", REFUSE),
        (
            "For the Cerebras CS-3, what aggregate AI performance does the article quote for a fully built-out "
            "cluster (the upper-bound cluster figure, not the 2.6-petaflop per-chip number)?",
            "up to 256 exaflops, per cluster, across 2,048 systems",
        ),
        ("Was the Groq LPU designed by Nvidia (design, not fabrication)?", False),
        # an instruction's hedges named as examples ("such as 'up to'"): a possibility, as "any" says
        (
            "What peak performance does the article state for the Mythic M2000 (please keep any hedge such as 'up to')?",
            "up to 35 TOPS",
        ),
        ("What is the transistor count of the Groq LPU? Keep any hedge, for example 'over'.", "over 20 billion"),
        # "treating 'over N' as N": hedged figures at their stated number (an aside naming a hedge)
        (
            "Among chips with a stated per-chip transistor count, which has the fewest (treating 'over N' as N, "
            "and listing ties)?",
            {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
        (
            "Which chip has the fewest transistors, treating 'over' figures at face value?",
            {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("Which chip has the fewest transistors?", REFUSE),  # "over 10 billion" may exceed "over 20 billion"
        # a count of one kind of unit in each of another (set 41): as "per Tensix core" asks
        (
            "Per the Tenstorrent section, how many RISC-V processors does each Tensix core contain?",
            "5 RISC-V processors, per core",
        ),
        ("what does each tensix core contain", REFUSE),
        ("how many cores does each M2000 tile contain", REFUSE),  # "cores" in general: not one kind named
        # "per <chip> <unit>": the unit was read as the kind of core counted (108 AMP tiles per chip)
        ("how many cores per M2000 tile", (REFUSE, "per m2000 tile")),
        # "actually" before a verb of stating is emphasis on the article's giving, not a value reached
        ("how many chips actually give a power number?", "5"),
        ("which chips actually reach 1 GHz?", (REFUSE, "actually")),
        ("Of the chips the article profiles, which have no process node given anywhere?", 4),
    ],
)
def test_read_sets_40_41_classes(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
