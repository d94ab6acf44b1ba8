"""Generated: a negation never leaves the answer as it was.

For every ``list`` row of every held-out set (``ask_heldout*.csv``) that ``chipkg ask`` answers right, negated variants
are made by inserting "not", "except", "without" or "other than" before the first and the last
name of a thing in the question (found with the parser's own segmenter), and by appending
"other than X" / "except X" where X is one of the row's answers. Each variant must be refused
(exit 1) or answered differently from the original question; the original answer again means the
negation was dropped. Variants that get the original answer back when this file was written are
listed in :data:`KNOWN_WRONG` and marked xfail(strict).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

HELDOUT = sorted(Path(__file__).parent.glob("ask_heldout*.csv"))
LISTS = [r for path in HELDOUT for r in csv.DictReader(path.open(encoding="utf-8")) if r["shape"] == "list"]
NEGATIONS = ("not", "except", "without", "other than")
MIN_VARIANTS = 6400

#: variant -> (the original question, why): the variant gets the original answer back.
_ORG_EXCLUSION = "an excluded organization is read as a negated org-to-org relation, which does not exclude it"
_SUBJECT = "a negated chip of an organization question is dropped"
_PRECISION = "a negated precision is dropped"
KNOWN_WRONG: dict[str, tuple[str, str]] = {}


def answer_of(stdout: str) -> frozenset[str]:
    data = json.loads(stdout)
    variables = data["head"]["vars"]
    return frozenset(b[variables[0]]["value"] for b in data["results"]["bindings"] if variables[0] in b)


def variants(question: str, answer: frozenset[str], lex) -> list[tuple[str, str | None]]:  # noqa: ANN001
    """The negated variants of ``question``, in a fixed order, each with the answer it excludes
    by name (None: a negation inserted before a name)."""
    from chipkg.ask.parse import segment

    names = [it.text for it in segment(question, lex) if it.kind == "entity"]
    lowered = question.lower()
    positions: list[int] = []
    for name in names[:1] + names[-1:]:
        spelled = r"[\s\-–]*".join(re.escape(t) for t in name.split())  # "7 nm" is written "7nm", "7-nm" ...
        found = re.search(r"(?<![\w.])" + spelled, lowered)
        if found and found.start() not in positions:
            positions.append(found.start())
    out: list[tuple[str, str | None]] = [
        (question[:p] + f"{word} " + question[p:], None) for p in positions for word in NEGATIONS
    ]
    stem, mark, excluded = question.rstrip(" ?.!"), "?" if question.rstrip().endswith("?") else "", sorted(answer)[0]
    out += [(f"{stem} {word} {excluded}{mark}", excluded) for word in ("other than", "except")]
    return out


@pytest.fixture(scope="module")
def lex(kg):  # noqa: ANN001
    from chipkg.ask.answer import lexicon_of

    return lexicon_of(kg.store)


@pytest.fixture(scope="module")
def answered(ask_json) -> list[tuple[str, frozenset[str]]]:  # noqa: ANN001
    """The list rows answered right now, with their answers."""
    out = []
    for row in LISTS:
        code, stdout = ask_json(row["question"])
        if code == 0 and answer_of(stdout) == frozenset(row["expected"].split("|")):
            out.append((row["question"], answer_of(stdout)))
    return out


def _negation_kept(
    ask_json,
    variant: str,
    original: frozenset[str],
    excluded: str | None = None,  # noqa: ANN001
) -> tuple[bool, str]:
    """(the negation shows in the answer, what came back). "X ... other than Y" must also leave Y
    out and add nothing to the answer of "X"."""
    code, stdout = ask_json(variant)
    assert code in (0, 1), (variant, code)
    if code == 1:
        return True, "refused"
    got = answer_of(stdout)
    kept = got != original and (excluded is None or (excluded not in got and got <= original))
    return kept, ", ".join(sorted(got))


def test_a_negation_changes_the_answer_or_is_refused(ask_json, lex, answered):  # noqa: ANN001
    assert len(answered) >= 1000, f"only {len(answered)} list rows answered right"
    tried = 0
    dropped = []
    outcomes = {"refused": 0, "changed": 0}
    for question, original in answered:
        for variant, excluded in variants(question, original, lex):
            tried += 1
            if variant in KNOWN_WRONG:
                continue
            kept, got = _negation_kept(ask_json, variant, original, excluded)
            outcomes["refused" if got == "refused" else "changed"] += kept
            if not kept:
                dropped.append((variant, got))
    assert tried >= MIN_VARIANTS, f"{tried} variants of {len(answered)} rows"
    assert not dropped, f"{len(dropped)} of {tried} variants keep the original answer: {dropped}"
    print(f"negation variants: {tried} of {len(answered)} rows; {outcomes}; {len(KNOWN_WRONG)} known wrong")


def test_variants_are_deterministic(lex):  # noqa: ANN001
    first = variants("tsmc 7nm chips", frozenset({"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}), lex)
    assert first == variants("tsmc 7nm chips", frozenset({"Qualcomm Cloud AI 100 Ultra", "Groq LPU"}), lex)
    assert [v for v, _ in first] == [
        "not tsmc 7nm chips",
        "except tsmc 7nm chips",
        "without tsmc 7nm chips",
        "other than tsmc 7nm chips",
        "tsmc not 7nm chips",
        "tsmc except 7nm chips",
        "tsmc without 7nm chips",
        "tsmc other than 7nm chips",
        "tsmc 7nm chips other than Groq LPU",
        "tsmc 7nm chips except Groq LPU",
    ]
    assert [x for _, x in first] == [None] * 8 + ["Groq LPU"] * 2
