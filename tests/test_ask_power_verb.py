"""``chipkg ask``: "power" as a verb (to power, powering, powers) is a chip's relation to what it
runs (ck:usedFor, or a workload), never the chip's power figure.

- "chips powering Gemini", "accelerators that power Gemini", "how many chips are powering Gemini"
  were read as the measure ("related system Gemini · has a power") and refused as if the article
  tied no chip to Gemini: parse.rewrites._measure_verbs now reads a form the lexicon takes either
  way ("powering": the measure and ck:usedFor) and a subject set off by "that" or a copula as the
  verb, as it read "which chips power Gemini".
- "chips powering inference" listed the inference chips that have a power figure (exit 0, a wrong
  answer); said as a verb before a workload it is the workload, as after a question word
  (parse.rewrites._use_verbs_of_workloads); before any other name ("chips powering TSMC", which
  listed the TSMC-made chips with a power figure) it is refused.
- "which applications is the Maia 100 supposed to power?" was read as asking for two things, its
  power and its applications: a verb of intent (words.tsv filler valued ``modal``) after a copula
  and the chip puts the word in the verb's slot, as after "does" (parse.rewrites._verb_slot).
- Power the measure keeps its reading: "the most power", "what power is X supposed to draw".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

MAIA_APPS = {"Azure OpenAI Service", "Microsoft Copilot"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("accelerators powering Gemini?", {"Google Trillium TPU"}),
        ("list the TPUs powering Gemini", {"Google Trillium TPU"}),
        ("which accelerators are powering Gemini?", {"Google Trillium TPU"}),
        ("accelerators that power Gemini", {"Google Trillium TPU"}),
        ("is the Trillium TPU powering Gemini?", True),
        ("which applications is the Maia 100 supposed to power?", MAIA_APPS),
    ],
)
def test_power_as_a_verb_is_the_relation(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_count_of_chips_powering_a_system(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "how many chips are powering Gemini?"), "count") == ["1"]


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("accelerators powering inference", "which chips are for inference?"),
        ("chips that power training workloads", "which chips are for training?"),
    ],
)
def test_power_as_a_verb_before_a_workload(ask_json, question, same_as):  # noqa: ANN001
    assert column(answered(ask_json, question)) == column(answered(ask_json, same_as))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # no system nor workload after the verb: it listed chips with a power figure, exit 0
        ("accelerators powering TSMC", "as a verb"),
        ("chips that power Nvidia", "as a verb"),
        ("chips powering the Groq LPU", "as a verb"),
        # no relation word says which relation the verb means (used for? supports?)
        # "supposed to power" is a verb of powering (ck:usedFor): refused naming what the chip is for
        ("what is the Maia 100 supposed to power?", "Microsoft Copilot"),
        ("what does the MTIA v2 power?", "reads as a verb"),
    ],
)
def test_power_as_a_verb_of_no_relation_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip has the most power?", "Tenstorrent Grayskull e150"),
        ("what power is the MTIA v2 supposed to draw?", "90 watts"),
        ("how much power does the MTIA v2 draw?", "90 watts"),
    ],
)
def test_power_the_measure_is_kept(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
