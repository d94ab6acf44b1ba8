"""Interconnects the article describes without a name (red team 4, R18) and absent relations said
as nouns.

The CS-3's on-wafer "interconnect and memory fabric" (line 141) and the network across its cluster
(line 143), and the Cloud AI 100 Ultra's custom networking protocol (line 107), are interconnects
the article gives; "what interconnect does the CS-3 use" answered "The article gives no
interconnect", a refusal stating a falsehood, and the AI 100 Ultra's answer left its protocol out.
An absent relation said "gives no manufactured by"; it names the class the relation points to.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chipkg.cli import cli


@pytest.fixture(scope="module")
def run(kg):  # noqa: ANN001
    """``chipkg ask ARGS...`` in-process on the built graph (stdout and stderr apart)."""
    import chipkg.store

    def invoke(*args: str):  # noqa: ANN202
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(chipkg.store, "open_store", lambda **_kw: kg.store)
            return CliRunner().invoke(cli, ["ask", *args])

    return invoke


def _ask(run, question: str):  # noqa: ANN001, ANN202
    return run(question, "--format", "json")


def _values(result) -> set[str]:  # noqa: ANN001
    data = json.loads(result.stdout)
    first = data["head"]["vars"][0]
    return {b[first]["value"] for b in data["results"]["bindings"]}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "what interconnect does the cs-3 use",
            {"Cerebras interconnect and memory fabric", "Cerebras cluster network"},
        ),
        (
            "Which interconnects does the Cerebras CS-3 have?",
            {"Cerebras interconnect and memory fabric", "Cerebras cluster network"},
        ),
        ("what interconnect does the ai 100 ultra use", {"PCIe 4.0", "Qualcomm custom networking protocol"}),
        ("what networking does the Cloud AI 100 Ultra use", {"PCIe 4.0", "Qualcomm custom networking protocol"}),
        ("what interconnect does trillium use", {"ICI"}),
    ],
)
def test_every_interconnect_the_article_gives_is_listed(run, question, expected):  # noqa: ANN001
    result = _ask(run, question)
    assert result.exit_code == 0, result.stderr
    assert _values(result) == expected


def test_chips_by_an_unnamed_interconnect(run):  # noqa: ANN001
    result = _ask(run, "which chips use the Qualcomm custom networking protocol")
    assert result.exit_code == 0, result.stderr
    assert _values(result) == {"Qualcomm Cloud AI 100 Ultra"}


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what foundry makes the cs-3", "The article names no foundry for Cerebras CS-3"),
        ("who fabricates Gaudi 3", "The article names no foundry for Intel Gaudi 3"),
        ("what interconnect does mtia v2 use", "The article gives no interconnect for Meta MTIA v2"),
    ],
)
def test_an_absent_relation_is_said_with_a_noun(run, question, said):  # noqa: ANN001
    result = run(question)
    assert result.exit_code == 1
    assert said in result.stderr
    assert "no manufactured by" not in result.stderr
