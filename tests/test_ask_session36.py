"""Session 36: the readings added, each with the near misses that keep their old answer.

- A figure asked of one chip by a name the graph gives several ("the Grayskull": the e75 and the
  e150, l.179; "the Qualcomm chip": the Adreno 750 and the Cloud AI 100 Ultra, l.97, 101) is
  refused where two or more of them have figures and those differ, each chip's figure named in the
  refusal (Frame.one_name, answer._one_name_differs). Three blind rows (sets 51, 52: "grayskull
  clock speed", "the power on the grayskull", the Tenstorrent section's clock) and set 52's "the
  Qualcomm chip's node" were written expecting that refusal; they had been answered with each
  chip's figure. A question that asks of each ("each", "both", a plural: "the Grayskull models",
  "the Grayskulls", "the two Grayskull") is answered as before; so is a figure the chips share
  (their 8 GB of LPDDR4, l.181) and one only one of them has (the MTIA v2's 90 W beside the MTIA v1,
  a baseline with none: "meta's chip" is the MTIA v2 in blind sets 7 and 31).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, refused, rows


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("grayskull clock speed", ("1 GHz", "1.2 GHz")),
        ("what's the power on the grayskull?", ("75 W", "200 W")),
        ("Per the Tenstorrent section, what clock frequency does the Grayskull accelerator run at?", ("1 GHz",)),
        ("how many tensix cores does the grayskull have?", ("96 Tensix cores", "120 Tensix cores")),
        ("power of the grayskull family", ("75 W", "200 W")),
        ("What process node does the Qualcomm chip in the article use?", ("4nm", "7nm")),
        ("what node is the qualcomm chip built on?", ("Qualcomm Adreno 750: 4nm",)),
    ],
)
def test_one_name_of_chips_whose_figures_differ_is_refused_naming_each(ask_json, question, figures):  # noqa: ANN001
    data = refused(ask_json, question, "may be any of 2 chips")
    for figure in figures:
        assert figure in data["reason"], data["reason"]
    assert len(data["suggestions"]) == 2, data


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("grayskull chips clock speed", 2),
        ("clock speed of each grayskull", 2),
        ("both grayskulls clock", 2),
        ("grayskulls power", 2),
        ("the grayskull models' power", 2),
        ("power of the grayskull models", 2),
        ("what's the clock of the two grayskull", 2),
        ("what's the power of the grayskull e75 and e150?", 2),
        ("Grayskull LPDDR4 capacity", 2),  # the same 8 GB for each (l.181)
        ("how much sram per tensix core in grayskull", 2),  # the same "up to 1.5 MB" per core
        ("mtia power", 1),  # the MTIA v1 has no power figure: the MTIA v2's 90 W (l.87)
        ("what's the Meta chip's process node?", 1),
        ("what node is Meta's chip on?", 1),
        ("qualcomm process node", 2),  # no singular said: each chip's, the Snapdragon's absence noted
        ("what's the clock speed of the grayskull e150?", 1),
    ],
)
def test_one_name_asked_of_each_or_agreeing_is_answered(ask_json, question, chips):  # noqa: ANN001
    data = answered(ask_json, question)
    assert len({r["chip"] for r in rows(data)}) == chips, data


def test_a_yes_no_of_a_family_keeps_its_reading(ask_json):  # noqa: ANN001
    data = answered(ask_json, "does grayskull use hbm")
    assert data["boolean"] is False, data
    refused(ask_json, "grayskull 6nm?", "one answer for each")
