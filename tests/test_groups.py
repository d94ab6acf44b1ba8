"""The article's groups of organizations, through the CLI: ``describe`` shows an organization's
groups and a section's heading, and ``ask`` reads the words for the groups from the graph.

Expected answers are written from the article (shared/sources/ai-chip-race.txt): the headings
"Megacap Players" (line 37) and "Unicorn Startups" (line 127), and the hyperscalers of line 15.
The facts themselves (memberships, their sections) are in tests/test_facts.py.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chipkg.cli import cli


def describe(kg, *args: str) -> str:  # noqa: ANN001 - kg builds the cache once per test run
    result = CliRunner().invoke(cli, ["describe", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_describe_an_organization_shows_its_groups(kg):  # noqa: ANN001
    card = json.loads(describe(kg, "Google", "--format", "json"))
    assert card["facts"]["in group"] == ["Hyperscalers", "Megacap Players"]  # lines 15, 37/61
    assert "unicorn startup" in json.loads(describe(kg, "Groq", "--format", "json"))["types"]  # line 127/149
    text = describe(kg, "Groq")
    assert "Unicorn Startups" in text
    assert "grp:" not in text  # the membership nodes are provenance, not facts of the company


def test_aws_is_no_hyperscaler_but_a_megacap_player(kg):  # noqa: ANN001
    """Line 15 names Amazon among the hyperscalers; the AWS section sits under Megacap Players."""
    assert json.loads(describe(kg, "AWS", "--format", "json"))["facts"]["in group"] == ["Megacap Players"]


def test_describe_a_section_says_what_it_is_profiled_under(kg):  # noqa: ANN001
    assert json.loads(describe(kg, "sec:groq", "--format", "json"))["facts"]["profiled under"] == ["Unicorn Startups"]
    assert json.loads(describe(kg, "sec:ibm", "--format", "json"))["facts"]["profiled under"] == ["Megacap Players"]
    assert "profiled under" not in json.loads(describe(kg, "sec:introduction", "--format", "json"))["facts"]


def test_describe_a_group_lists_its_members(kg):  # noqa: ANN001
    card = json.loads(describe(kg, "Unicorn Startups", "--format", "json"))
    assert card["referenced_by"]["in group"] == [
        "Cerebras Systems",
        "Groq",
        "Mythic",
        "SambaNova Systems",
        "Tenstorrent",
        "d-Matrix",
    ]  # lines 129-187
    assert [n["kind"] for n in card["notes"]] == ["hedge"]  # no valuations in the article


def labels(output: str) -> set[str]:
    data = json.loads(output)
    column = data["head"]["vars"][0]
    return {row[column]["value"] for row in data["results"]["bindings"]}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # lines 131, 139, 151: the start-ups' 7nm chips (Mythic 40nm, d-Matrix 6nm, Grayskull no node)
        ("which start-ups' chips are made on 7nm?", {"SambaNova SN40L", "Cerebras CS-3", "Groq LPU"}),
        # on-chip SRAM over 100 MB: NorthPole 192 MB (113), MTIA v2 256 MB (89), Cloud AI 100 Ultra 144 MB (103);
        # Gaudi 3 has 96 MB (53); Groq's 128 MB and d-Matrix's 2 GB are start-ups'
        (
            "which megacap chips use on-chip SRAM over 100 MB?",
            {"IBM NorthPole", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("which chips do the big players make on 3nm?", {"Apple M4"}),  # line 119
        ("what are the hyperscalers?", {"Microsoft", "Meta", "Amazon", "Google"}),  # line 15
        # inference: SambaNova (133), Cerebras (143), Groq (151), d-Matrix (173), Tenstorrent (179); Mythic: edge (167)
        (
            "which startups make inference chips?",
            {"SambaNova Systems", "Cerebras Systems", "Groq", "d-Matrix", "Tenstorrent"},
        ),
        (
            "which unicorns are profiled?",
            {"SambaNova Systems", "Cerebras Systems", "Groq", "Mythic", "d-Matrix", "Tenstorrent"},
        ),
    ],
)
def test_ask_reads_the_groups(ask_json, question: str, expected: set[str]):  # noqa: ANN001
    code, out = ask_json(question)
    assert code == 0, out
    assert labels(out) == expected
