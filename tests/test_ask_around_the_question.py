"""``chipkg ask``: sentences around the question that say nothing the frame needs, joined in one
sentence ("... NorthPole? The text calls it nominal; I only need the figure and its unit.", "... C8? No
foundry is named there, so the node by itself is what I'm after.").

An analyst's closing sentence often joins two remarks: one about the answer's form ("I only need the
figure and its unit", "a name is enough"), one about the figure or the article ("the text calls it
nominal", "no foundry is named there"), or the asker's own work ("I'm drafting a memo"). Each alone
was read (an instruction checked against the frame's shape, a hedge said of the figure checked when
answered, a relation the article leaves unstated checked in the graph, an inert clause of discourse),
but joined by a semicolon or ", so" the sentence was refused as a whole, or, worse, read whole where
one part dropped the other unread ("It is approximate; one figure will do." answered a lower bound).
Such a sentence is now split into its clauses, each read as a sentence of its own
(parse.sentences._joined_remarks, unless it reads whole as one instruction): nothing is dropped
unread.

- Words of instructions (words.tsv): "this" ("I realise this is a vendor claim": a hedge said of the
  figure, checked), "by itself" ("the node by itself is what I'm after": what is asked, checked
  against the frame).
- A loose word where a hedge would be, right after how the article puts the figure ("It is described
  as a peak; the figure will do.") names no hedge ask can check: read whole as an instruction it was
  dropped unread; now no instruction, so the sentence is refused (lexicon.told).
- "The foundry is what I'm after." beside "No foundry is named there." asked what the question says the
  article does not give: the relations said unstated are no part of what the frame asks
  (parse.checks._check_forms).

A sentence that restricts or excludes ("leave out Nvidia", "only the 5nm ones", "skip the startups"),
asks another form ("answer yes or no" beside a list) or states something false of the graph (a
nominal clock called an upper bound, a lower bound called approximate, a foundry said unnamed where
the article names one, an unhedged figure called a vendor claim) is refused, never dropped.

Questions written for this file (in no held-out set). Article lines (/work/shared/sources/
ai-chip-race.txt): NorthPole nominal 400 MHz, over 200 TOPS INT8, 800 mm² die; Groq LPU over 20
billion transistors, 1.2 GHz, 128 MB SRAM, TSMC; Mythic M2000 about 4 watts (typical); d-Matrix Corsair
C8 on 6nm, no foundry named, 9 times the H100 (vendor claim); Trainium2 650 teraFLOPS FP16; Grayskull
e150 120 Tensix cores; TSMC makes 5 chips of the graph; Cerebras CS-3 4 trillion transistors.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

NORTHPOLE_CLOCK = "What clock speed does the article give for the IBM NorthPole?"
NORTHPOLE_INT8 = "What INT8 performance does the article give for IBM NorthPole?"
C8_NODE = "What process node does the article give for d-Matrix's Corsair C8?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a hedge said of the figure (checked when answered) and a form of the answer, in one sentence
        (f"{NORTHPOLE_CLOCK} The article calls it nominal; the figure with its unit is all I need.", "nominal 400 MHz"),
        (f"{NORTHPOLE_CLOCK} The text calls it typical; I only need the figure and its unit.", "nominal 400 MHz"),
        (
            "What power does the article give for the Mythic M2000? The author describes it as approximate; "
            "the figure with its unit will do.",
            "nominal about 4 watts",
        ),
        (
            f"{NORTHPOLE_INT8} The article calls it a lower bound; I need the figure and its unit.",
            "over 200 TOPS, INT8",
        ),
        (
            "How many transistors does the Groq LPU have? The article calls it a lower bound; keep the hedge.",
            "over 20 billion",
        ),
        # a relation said unstated (checked in the graph) and what is asked (checked against the frame)
        (f"{C8_NODE} No foundry is named there, so the node by itself is what I'm after.", "6nm"),
        (f"{C8_NODE} The foundry is not named; the node is what I'm after.", "6nm"),
        # a tie request and a form of the answer
        ("Which chip has the largest transistor count? If two tie, name both; a name is enough.", "Cerebras CS-3"),
        (
            "Which chip has the most on-chip SRAM? Should two tie, list both; the chip name is enough.",
            "d-Matrix Corsair C8",
        ),
        # a form of the answer and the asker's own work
        ("How many chips are made by TSMC? Just the count, please; I'm drafting a memo.", "5"),
        (
            "How many Tensix cores does the Grayskull e150 have? Just the count; I'm filling in a spreadsheet.",
            "120 Tensix cores",
        ),
        (
            "What is the die area of IBM NorthPole? I am cross-checking a spreadsheet, so one figure will do.",
            "800 mm², per die",
        ),
        ("What is the clock speed of the Groq LPU? I'm drafting a memo; the figure with its unit will do.", "1.2 GHz"),
        ("Does the Apple M4 use LPDDR5X? I'm drafting a memo; a plain yes or no will do.", True),
        (
            "How much SRAM does the Groq LPU have? The figure with its unit will do; I'm double-checking my notes.",
            "128 MB",
        ),
        # an acknowledgement that the figure is the vendor's claim, checked when answered
        (
            "By what multiple does d-Matrix claim the Corsair C8 outpaces Nvidia's H100? I realise this is a vendor claim.",
            "9 times, generative AI performance, vs Nvidia H100 (vendor claim)",
        ),
    ],
)
def test_a_sentence_of_remarks_joined_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a restriction or an exclusion joined to a form of the answer
        ("Which chips support FP8? A plain list will do; leave out Nvidia.", ""),
        ("Which chips support FP8? Leave out Nvidia; a plain list will do.", ""),
        ("Which chips use HBM? A list of names is enough; skip the startups.", ""),
        ("Which chips use HBM? A list will do, so skip the startups.", ""),
        ("How many chips are made by TSMC? The number will do; only the 5nm ones.", ""),
        ("Which chip has the largest transistor count? Name both if two tie; only Nvidia parts count.", ""),
        ("Which chips use HBM? I'm tallying memory types; exclude AMD.", "AMD"),
        # another form of the answer than the question's
        ("Which chips support FP8? A plain list will do; answer yes or no.", "yes or no"),
        ("How many chips are made by TSMC? Just the count; list the chips too.", ""),
        # a hedge said of the figure that the article does not give it
        (f"{NORTHPOLE_CLOCK} The article calls it an upper bound; I only need the figure and its unit.", "upper bound"),
        (f"{NORTHPOLE_INT8} The article calls it approximate; one figure will do.", "approximate"),
        (
            "What is the transistor count of the Groq LPU? Just the figure; I realise this is a vendor claim.",
            "vendor claim",
        ),
        (
            "What FP16 performance does the article give for AWS Trainium2? I realise this is a vendor claim; "
            "the figure will do.",
            "vendor claim",
        ),
        # how the article puts it, said with no hedge ask can check
        (f"{NORTHPOLE_CLOCK} It is described as a peak; the figure with its unit will do.", ""),
        ("What power does the article give for the Mythic M2000? It is described as any peak; a number will do.", ""),
        (f"{NORTHPOLE_CLOCK} The text calls it a peak; the figure with its unit will do.", ""),
        (
            "What power does the article give for the Mythic M2000? The author describes it as a peak; "
            "the figure with its unit will do.",
            "",
        ),
        # a relation said unstated that the article gives
        (
            "What process node does the article give for the Groq LPU? No foundry is named there, so the node "
            "by itself is what I'm after.",
            "no manufactured by",
        ),
        # what is asked, said beside the question, is another thing than the question asks
        (f"{C8_NODE} No foundry is named there, so the foundry is what I'm after.", ""),
        (f"{C8_NODE} The node is given; so the power is what I'm after.", "what is asked"),
    ],
)
def test_a_sentence_that_restricts_or_states_something_false_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_the_splitter_keeps_a_sentence_read_whole_as_one_instruction(kg):  # noqa: ANN001
    """ "A single number is all I need; I'll go through the parts myself.": what the asker does with the
    number is said of the number, read whole; a sentence of two remarks is split, and a parenthesis
    and a question are left as they are."""
    from chipkg.ask.answer import lexicon_of
    from chipkg.ask.parse.sentences import _joined_remarks

    lex = lexicon_of(kg.store)
    whole = "How many chips are on 7nm? A single number is all I need; I'll go through the parts myself."
    assert _joined_remarks(whole, lex) == whole
    assert _joined_remarks(f"{C8_NODE} No foundry is named there, so the node is what I'm after.", lex) == (
        f"{C8_NODE} No foundry is named there. So the node is what I'm after."
    )
    assert _joined_remarks("Which chips use HBM; which use SRAM?", lex) == "Which chips use HBM; which use SRAM?"
    kept = f"{C8_NODE} (no foundry; node only) Thanks."
    assert _joined_remarks(kept, lex) == kept
