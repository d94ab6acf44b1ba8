"""One checker of an ``ask`` answer for the mechanism tests (test_ask_generalize,
test_ask_redteam_readings, test_ask_redteam_hedges): the question through the CLI in process
(the ``ask_json`` fixture), its JSON compared with what a test expects."""

from __future__ import annotations

import json

REFUSE = "refuse"


def values(stdout: str) -> list[str]:
    """The first column of an answer's rows (a yes/no: ["true"] or ["false"]), in order."""
    data = json.loads(stdout)
    if "boolean" in data:
        return [str(data["boolean"]).lower()]
    first = data["head"]["vars"][0]
    return [b[first]["value"] for b in data["results"]["bindings"] if first in b]


def check(ask_json, question: str, expected: object) -> dict:  # noqa: ANN001
    """``expected``: REFUSE; (REFUSE, words the reason must hold); True/False (a yes/no); a string
    (the one answer's first column); a list (the first column, in order); a set of strings (the
    first column of every row); a set of pairs (the first column and the chip, for a property of
    several chips). Returns the parsed JSON for further checks."""
    code, stdout = ask_json(question)
    if isinstance(expected, tuple):
        assert code == 1, stdout[:400]
        data = json.loads(stdout)
        assert expected[1] in data["reason"], stdout[:400]
        return data
    if expected == REFUSE:
        assert code == 1, stdout[:400]
        data = json.loads(stdout)
        assert data["answered"] is False
        return data
    assert code == 0, stdout[:400]
    data = json.loads(stdout)
    if isinstance(expected, bool):
        assert data.get("boolean") is expected, stdout[:400]
        return data
    first = data["head"]["vars"][0]
    rows = data["results"]["bindings"]
    if isinstance(expected, set) and expected and isinstance(next(iter(expected)), tuple):
        assert {(b[first]["value"], b["chip"]["value"]) for b in rows} == expected, stdout[:600]
        return data
    values = [b[first]["value"] for b in rows if first in b]
    if isinstance(expected, set):
        assert set(values) == expected, values
    elif isinstance(expected, list):
        assert values == expected, values
    else:
        assert values == [expected], values
    return data
