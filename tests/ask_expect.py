"""The one checker of ``chipkg ask`` answers for the files of cases (test_ask_round*, test_ask_redteam*,
test_ask_generalize, test_ask_set19): a question goes through the CLI in process (conftest's
``ask_json`` fixture), its exit code and JSON are checked here, so that each file holds its cases and
only the checks that are its own, and a change to how an answer is judged is made once.

- :func:`check` compares an answer with a case's expectation (the forms are listed there);
- :func:`answered` and :func:`refused` ask and return the JSON of an answer / a refusal, for the
  tests that look further into it; :func:`column` and :func:`rows` read that JSON;
- :func:`judged` asks every question of a CSV of questions (the held-out sets' columns) and judges
  each answer as the held-out sets are judged.
"""

from __future__ import annotations

import json
from typing import Any

REFUSE = "refuse"

#: answers many files of cases expect (the article's lines in brackets): the chips on 7nm (l.75, 87,
#: 101, 131, 139, 151) and the chips said to do training (l.41-141)
#: (sets, as :func:`check` compares a set of strings; never changed by a test)
#: the chips the graph types ck:GPU
GPUS = {
    "AMD Instinct MI300 series",
    "AMD Instinct MI350",
    "Intel Gaudi 3",
    "Nvidia Blackwell GPU",
    "Nvidia H100",
    "Qualcomm Adreno 750",
}
SEVEN_NM_CHIPS = {
    "AWS Trainium2",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Cerebras CS-3",
    "Groq LPU",
}
#: the formats the AWS section lists for Trainium2 (l.75)
TRAINIUM2_FORMATS = {"FP32", "TF32", "BF16", "FP16", "UINT8", "cFP8"}
TRAINING_CHIPS = {
    "Nvidia Blackwell GPU",
    "Google Trillium TPU",
    "AWS Trainium2",
    "Microsoft Maia 100",
    "SambaNova SN40L",
    "Cerebras CS-3",
}

#: the chips the article only mentions (ck:profiled false): baselines and platforms (l.47, 75, 87, 97,
#: 173)
MENTIONED = {
    "AMD Instinct MI300 series",
    "AMD Ryzen 9000 series",
    "AWS Trainium",
    "Meta MTIA v1",
    "Nvidia H100",
    "Qualcomm Snapdragon 8 Gen 3",
}

AskJson = Any  # conftest's ``ask_json``: (question, *options) -> (exit code, stdout)


def answered(ask_json: AskJson, question: str, *extra: str) -> dict:
    """The JSON of ``question``'s answer; fails unless it is answered (exit 0)."""
    code, stdout = ask_json(question, *extra)
    assert code == 0, stdout[:400]
    return json.loads(stdout)


def refused(ask_json: AskJson, question: str, said: str = "") -> dict:
    """The JSON of ``question``'s refusal; fails unless it is refused (exit 1, ``answered`` false)
    with ``said`` in its reason."""
    code, stdout = ask_json(question)
    assert code == 1, stdout[:400]
    data = json.loads(stdout)
    assert data["answered"] is False, stdout[:400]
    assert said in data["reason"], stdout[:400]
    return data


def count_of(ask_json: AskJson, question: str) -> str:
    """The number a count answers (exit 0), as the JSON gives it."""
    return answered(ask_json, question)["results"]["bindings"][0]["count"]["value"]


def answered_or_refused(ask_json: AskJson, question: str) -> dict | None:
    """The JSON of ``question``'s answer (exit 0), or None for a refusal (exit 1, ``answered``
    false), for a case where a refusal is right too; fails on anything else."""
    code, stdout = ask_json(question)
    assert code in (0, 1), stdout[:400]
    data = json.loads(stdout)
    if code == 1:
        assert data["answered"] is False, stdout[:400]
        return None
    return data


def expect_answer(ask_json: AskJson, question: str, expected: object) -> dict | None:
    """For a test that checks an answer its own way: None when ``expected`` is a refusal (REFUSE,
    or (REFUSE, words of the reason)), checked here; else the JSON of the answer (exit 0)."""
    if expected == REFUSE or (isinstance(expected, tuple) and expected[:1] == (REFUSE,)):
        check(ask_json, question, expected)
        return None
    return answered(ask_json, question)


def column(data: dict, name: str | None = None) -> list[str]:
    """One column of an answer's rows, in order (the first column unless ``name`` is given); every
    row must have it. The first column of a yes/no: ["true"] or ["false"]."""
    if name is None and "boolean" in data:
        return [str(data["boolean"]).lower()]
    name = name or data["head"]["vars"][0]
    return [b[name]["value"] for b in data["results"]["bindings"]]


def rows(data: dict) -> list[dict[str, str]]:
    """An answer's rows as {column: value}, the columns a row leaves unbound left out."""
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def first_column(data: dict) -> list[str]:
    """The first column of an answer's rows, in order, the rows that leave it unbound skipped; a
    yes/no: ["true"] or ["false"]."""
    if "boolean" in data:
        return [str(data["boolean"]).lower()]
    first = data["head"]["vars"][0]
    return [b[first]["value"] for b in data["results"]["bindings"] if first in b]


def check(
    ask_json: AskJson, question: str, expected: object, *, any_order: bool = False, at_least: bool = False
) -> dict:
    """Whether ``question`` is answered as ``expected`` says, which is one of: REFUSE; (REFUSE,
    words the reason must hold); True/False (a yes/no); a string (the one answer's first column); a
    list (the first column, in order; with ``any_order`` in any order, each as often); a set of
    strings (the first column of every row); a set of pairs (the first column and the chip, for a
    property of several chips); an int (how many rows). With ``at_least``, more rows may follow: a
    list is the first rows, a string one of the rows. A refusal is exit 1 with ``answered`` false.
    Returns the parsed JSON for further checks."""
    if isinstance(expected, tuple):
        return refused(ask_json, question, expected[1])
    if expected == REFUSE:
        return refused(ask_json, question)
    data = answered(ask_json, question)
    shown = json.dumps(data)[:600]
    if isinstance(expected, bool):
        assert data.get("boolean") is expected, shown
        return data
    if isinstance(expected, int):
        assert len(data["results"]["bindings"]) == expected, shown
        return data
    if isinstance(expected, set) and expected and isinstance(next(iter(expected)), tuple):
        assert set(zip(column(data), column(data, "chip"), strict=True)) == expected, shown
        return data
    found = first_column(data)
    if isinstance(expected, set):
        assert set(found) == expected, found
    elif isinstance(expected, list):
        if any_order:
            assert sorted(found) == sorted(expected), found
        else:
            assert (found[: len(expected)] if at_least else found) == expected, found
    elif at_least:
        assert expected in found, found
    else:
        assert found == [expected], found
    return data


def judged(ask_json: AskJson, name: str) -> list[tuple[dict[str, str], str, str]]:
    """(row, verdict, stdout) for every question of ``tests/<name>.csv``, judged by the held-out
    judge (its yes/no spellings read as the held-out sets' are)."""
    from test_ask_heldout import _rows, judge

    out = []
    for row in _rows(name):
        code, stdout = ask_json(row["question"])
        out.append((row, judge(row, code, stdout), stdout))
    return out
