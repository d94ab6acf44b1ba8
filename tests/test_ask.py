"""``chipkg ask``: plain-English questions, through the CLI, against hand-written expectations.

Each row of ``ask_phrasings.csv`` is a question, the stored query it must map to, the parameters
(``k=v;k=v``) and the expected first-column values of the answer, written by hand from the
article (``*``: any non-empty answer; the first column of that query is not a single list of names),
and optional notes (the article lines the expectation rests on).
``REFUSE`` rows must exit 1 with "I can't answer that" on stderr and print nothing on stdout.

Yes/no rows (query ``chip-check``) expect ``true`` or ``false`` (the W3C boolean result), or
``UNSTATED``: the question is read as that check, and the answer is "I can't answer that: the
article does not say whether ..." (exit 1), because the article neither states nor rules it out.
"""

from __future__ import annotations

import csv
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipkg import ask, catalog
from chipkg.cli import cli
from chipkg.errors import NoAnswer
from chipkg.units import DIMENSIONS, parse_quantity

PHRASINGS = Path(__file__).parent / "ask_phrasings.csv"
ROWS = list(csv.DictReader(PHRASINGS.open(encoding="utf-8")))
ANSWERED = [r for r in ROWS if r["query"] != "REFUSE" and r["expected"] != "UNSTATED"]
REFUSED = [r for r in ROWS if r["query"] == "REFUSE"]
UNSTATED = [r for r in ROWS if r["expected"] == "UNSTATED"]
YES_NO = [r for r in ROWS if (r.get("notes") or "").startswith("yes-no")]


HELDOUT_2 = [r for r in ROWS if (r.get("notes") or "").startswith("heldout-2")]


def test_number_of_phrasings():
    assert len(ROWS) == 356
    assert len(REFUSED) == 71
    assert len({r["question"].lower() for r in ROWS}) == len(ROWS), "duplicate questions"


def test_second_heldout_set():
    """97 questions written before reading the interpreter (notes column: "heldout-2: l.N ...")."""
    assert len(HELDOUT_2) == 97
    assert sum(r["query"] == "REFUSE" for r in HELDOUT_2) == 18
    assert len({r["query"] for r in HELDOUT_2}) >= 30


def test_yes_no_set():
    """42 yes/no questions about one chip: answered true, false (ruled out), unstated, or refused."""
    assert len(YES_NO) == 42
    expected = [r["expected"] for r in YES_NO if r["query"] == "chip-check"]
    assert (expected.count("true"), expected.count("false"), expected.count("UNSTATED")) == (16, 9, 9)
    assert sum(r["query"] == "REFUSE" for r in YES_NO) == 8


@pytest.fixture(scope="module")
def store(kg):  # noqa: ANN001 - the kg fixture builds the graph cache once per run
    return kg.store


@pytest.fixture(scope="module")
def run(store, monkeypatch_module):  # noqa: ANN001
    """Invoke ``chipkg ask`` with the already-loaded store (the CLI path is otherwise unchanged)."""
    import chipkg.store

    monkeypatch_module.setattr(chipkg.store, "open_store", lambda **_kw: store)
    runner = CliRunner()

    def invoke(question: str, *extra: str):
        return runner.invoke(cli, ["ask", question, "--format", "json", *extra])

    return invoke


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def _expected_params(text: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in text.split(";") if pair) if text else {}


def _shown_command(stderr: str) -> tuple[str, dict[str, str]]:
    """``# chipkg query NAME --param k='v' ...`` (the first line of --show-sparql) -> name, params."""
    first = stderr.splitlines()[0]
    assert first.startswith("# chipkg query "), first
    words = shlex.split(first[len("# chipkg query "):])
    params = dict(w.split("=", 1) for w in words[2::2])
    assert all(flag == "--param" for flag in words[1::2]), first
    return words[0], params


def _same_value(query: str, name: str, got: str, want: str) -> bool:
    param = catalog.get(query).param(name)
    assert param is not None, f"{query} has no parameter {name}"
    if param.type in DIMENSIONS:
        a, b = parse_quantity(got, param.type), parse_quantity(want, param.type)
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    if param.type == "chips":
        return {c.strip().lower() for c in got.split(",")} == {c.strip().lower() for c in want.split(",")}
    return got.strip().lower() == want.strip().lower()


@pytest.mark.parametrize("row", ANSWERED, ids=[r["question"] for r in ANSWERED])
def test_answered(run, row):
    result = run(row["question"], "--show-sparql")
    assert result.exit_code == 0, result.stderr
    query, params = _shown_command(result.stderr)
    assert query == row["query"]
    want = _expected_params(row["params"])
    assert set(params) == set(want), params
    for name, value in want.items():
        assert _same_value(query, name, params[name], value), (name, params[name], value)
    answer = json.loads(result.stdout)
    if "boolean" in answer:  # a yes/no question
        assert row["expected"] in {"true", "false"}, row["expected"]
        assert answer["boolean"] is (row["expected"] == "true")
        return
    first = answer["head"]["vars"][0]
    values = {b[first]["value"] for b in answer["results"]["bindings"] if first in b}
    if row["expected"] == "*":
        assert values, "expected a non-empty answer"
    else:
        assert values == set(row["expected"].split("|"))


@pytest.mark.parametrize("row", REFUSED, ids=[r["question"] for r in REFUSED])
def test_refused(run, row):
    result = run(row["question"])
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    assert "I can't answer that" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("row", UNSTATED, ids=[r["question"] for r in UNSTATED])
def test_unstated(run, row):
    """Read as a yes/no check, but the article neither states nor rules it out: no "false"."""
    result = run(row["question"], "--show-sparql")
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    query, params = _shown_command(result.stderr)
    assert query == row["query"]
    want = _expected_params(row["params"])
    assert set(params) == set(want), params
    for name, value in want.items():
        assert _same_value(query, name, params[name], value), (name, params[name], value)
    assert "I can't answer that: the article does not say whether" in result.stderr.splitlines()[-1]


# --------------------------------------------------------------------------- the interpreter itself


@pytest.fixture(scope="module")
def vocab(store):  # noqa: ANN001
    return ask.vocabulary(store)


def test_vocabulary_has_every_kind_of_name(vocab):
    assert "Groq LPU" in vocab.labels("chip") and "Cerebras CS-3" in vocab.labels("chip")
    assert {"BF16", "FP8", "INT8"} <= vocab.labels("format")
    assert "BF16" in vocab.names["format"]["BFLOAT16"]
    assert {"HBM", "SRAM"} <= vocab.labels("memory")
    assert {"GPU", "TPU", "LPU", "ASIC"} <= vocab.labels("kind")
    assert {"TSMC", "Qualcomm"} <= vocab.labels("org")
    assert "TSMC" in vocab.foundries and "Nvidia" in vocab.designers
    assert vocab.nodes["7nm"] == pytest.approx(7e-9)


@pytest.mark.parametrize(("phrase", "param"), [
    ("more than", "more_than"), ("above", "more_than"), ("over", "more_than"), ("greater than", "more_than"),
    ("exceeding", "more_than"), (">", "more_than"),
    ("at least", "at_least"), ("≥", "at_least"), (">=", "at_least"), ("no less than", "at_least"),
    ("minimum of", "at_least"),
    ("less than", "less_than"), ("under", "less_than"), ("below", "less_than"), ("<", "less_than"),
    ("at most", "at_most"), ("no more than", "at_most"), ("≤", "at_most"), ("<=", "at_most"),
    ("up to", "at_most"),
])
def test_comparison_words(vocab, phrase, param):
    got = ask.interpret(f"chips with HBM {phrase} 96 GB", vocab)
    assert got.query == "chips-by-memory"
    assert got.params == {"memory": "HBM", param: "96 GB"}


@pytest.mark.parametrize("size", ["100 MB", "100MB", "0.1GB", "0.1 GB"])
@pytest.mark.parametrize("node", ["7nm", "7 nm", "7-nanometer", "7nm process"])
def test_sram_paraphrases(vocab, size, node):
    got = ask.interpret(f"which chips on {node} use on-chip SRAM over {size}", vocab)
    assert got.query == "sram-on-node"
    assert got.params["node"] == "7nm"
    assert parse_quantity(got.params["more_than"], "datasize") == pytest.approx(1e8)


def test_longest_name_wins(vocab):
    assert ask.interpret("who makes the Qualcomm Cloud AI 100 Ultra", vocab).params == {
        "chip": "Qualcomm Cloud AI 100 Ultra"}
    assert ask.interpret("what chips does Qualcomm make", vocab).params == {"vendor": "Qualcomm"}


def test_a_number_without_comparison_is_an_exact_value(vocab):
    got = ask.interpret("chips with 128 GB of HBM", vocab)
    assert got.params == {"memory": "HBM", "at_least": "128 GB", "at_most": "128 GB"}


def test_refusal_names_the_closest_queries(vocab):
    with pytest.raises(NoAnswer) as err:
        ask.interpret("chips with power above", vocab)
    assert err.value.message.startswith("I can't answer that")
    assert "Closest stored queries: chips-by-power" in err.value.message


def test_explanation_says_what_was_run(vocab):
    got = ask.interpret("chips under 100 W", vocab)
    assert "power" in got.explanation.lower() and "less_than=100 W" in got.explanation


def test_ask_does_not_import_rdflib():
    code = "import sys, chipkg.ask, chipkg.cli; assert 'rdflib' not in sys.modules, 'rdflib imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- rules added with the second held-out set


def test_a_quoted_figure_must_be_one_of_the_chip(vocab):
    got = ask.interpret("where does the 400 TOPS figure for AI 100 Ultra come from", vocab)
    assert (got.query, got.params) == ("figure-provenance", {"chip": "Qualcomm Cloud AI 100 Ultra"})
    with pytest.raises(NoAnswer, match="no 500 TOPS figure"):
        ask.interpret("where does the 500 TOPS figure for AI 100 Ultra come from", vocab)
    with pytest.raises(NoAnswer):  # a bound is a filter, not a quoted figure
        ask.interpret("source of the Groq LPU figures above 100 W", vocab)


@pytest.mark.parametrize(("question", "query", "params"), [
    ("chips manufactured by Intel", "chips-by-vendor", {"vendor": "Intel"}),
    ("chips fabbed by TSMC", "chips-by-foundry", {"foundry": "TSMC"}),
    ("what chips are fabricated on 5nm", "chips-by-node", {"node": "5nm"}),
    ("which foundry fabs the Groq LPU", "vendor-of-chip", {"chip": "Groq LPU"}),
    ("what process is the Groq LPU fabricated on", "chip-profile", {"chip": "Groq LPU"}),
])
def test_fabrication_words(vocab, question, query, params):
    got = ask.interpret(question, vocab)
    assert (got.query, got.params) == (query, params)


@pytest.mark.parametrize("question", [
    "which chips does Intel fabricate",  # Intel designs; the article names no chip it fabricates
    "which chips does TSMC manufacture on 4nm",  # foundry and node: no stored query combines them
])
def test_fabrication_refusals(vocab, question):
    with pytest.raises(NoAnswer):
        ask.interpret(question, vocab)


def test_baseline_words_in_a_comparison(vocab):
    got = ask.interpret("how does MTIA v2 compare to the first generation", vocab)
    assert (got.query, got.params) == ("comparisons", {"chip": "Meta MTIA v2"})
    with pytest.raises(NoAnswer, match="h200"):  # only the adjective is read, the unknown name is not
        ask.interpret("how does the MTIA v2 compare with previous H200", vocab)


def test_fastest_needs_a_precision(vocab):
    got = ask.interpret("the three fastest INT8 chips", vocab)
    assert (got.query, got.params) == ("top-performance", {"precision": "INT8", "n": "3"})
    with pytest.raises(NoAnswer, match="unspecified ranking"):
        ask.interpret("the three fastest chips", vocab)


def test_a_model_size_without_comparison_is_a_minimum(vocab):
    got = ask.interpret("which chips support models with 175 billion parameters", vocab)
    assert got.params == {"at_least": "175 billion"}


def test_a_kind_with_its_head_noun_plural(vocab):
    got = ask.interpret("which chips are systems on a chip", vocab)
    assert (got.query, got.params) == ("chips-by-kind", {"kind": "system on a chip"})


def test_ask_imports_no_dataclasses():
    code = "import sys, chipkg.ask; assert 'dataclasses' not in sys.modules, 'dataclasses imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- yes/no questions


@pytest.mark.parametrize(("question", "checks"), [
    ("Does the Groq LPU support INT8?", ({"chip": "Groq LPU", "format": "INT8"},)),
    ("Tell me, does the Groq LPU support BFLOAT16?", ({"chip": "Groq LPU", "format": "BF16"},)),
    ("tell me if the Apple M4 is built on 3 nm", ({"chip": "Apple M4", "node": "3nm"},)),
    ("Is it true that Gaudi 3 uses RoCE?", ({"chip": "Intel Gaudi 3", "interconnect": "RoCE"},)),
    ("Is the M4 made by Apple?", ({"chip": "Apple M4", "vendor": "Apple"},)),
    ("Is the M4 made by TSMC?", ({"chip": "Apple M4", "foundry": "TSMC"},)),  # TSMC only fabricates
    ("Is the Groq LPU designed by TSMC?", ({"chip": "Groq LPU", "vendor": "TSMC"},)),  # the word decides
    ("Is the Groq LPU an AI accelerator?", ({"chip": "Groq LPU", "kind": "AI accelerator"},)),
    ("Is the NorthPole suitable for training LLMs?", ({"chip": "IBM NorthPole", "workload": "LLM training"},)),
])
def test_yes_no_reading(vocab, question, checks):
    got = ask.interpret(question, vocab)
    assert got.query == "chip-check"
    assert got.checks == checks
    assert got.params == checks[0]


@pytest.mark.parametrize("question", [
    "Does the Groq LPU support INT8 and FP16?",  # two formats
    "Does the SN40L support both training and inference?",  # a combination of workloads
    "Does Gaudi 3 use HBM for training?",  # a memory and a workload
    "Is the Groq LPU faster than the H100?",  # an unknown name and a comparison
    "Does the M4 have a 7.5 TFLOPS GPU?",  # a number
    "Is the Groq LPU fast?",  # nothing to check
])
def test_yes_no_refusals(vocab, question):
    with pytest.raises(NoAnswer):
        ask.interpret(question, vocab)


def test_not_yes_no(vocab):
    """A question that only starts like one, or is about no single chip, keeps its old reading."""
    assert ask.interpret("tell me about the Groq LPU", vocab).query == "chip-profile"
    assert ask.interpret("Are there chips on 7nm?", vocab).query == "chips-by-node"
    assert ask.interpret("Does any chip use HBM3?", vocab).checks == ()


# --------------------------------------------------------------------------- speed without changing answers


def test_pattern_guards_never_hide_a_match():
    """A pattern is only skipped when its guard proves it cannot match (see ask._Pattern)."""
    import random
    import re

    rng = random.Random(11)
    words = sorted({w for r in ROWS for w in r["question"].lower().split()}
                   | {w for p in ask._ALL_PATTERNS for w in re.findall(r"[a-z]+|[^\w\s\\]", p.source)})
    texts = [r["question"] for r in ROWS] + [r["question"].lower() for r in ROWS]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for pattern in ask._ALL_PATTERNS:
        compiled = re.compile(pattern.source)
        missed = [t for t in texts if compiled.search(t) and not pattern.possible(t)]
        assert not missed, (pattern.source, missed[:3])
    assert sum(p.guard is not None for p in ask._ALL_PATTERNS) > 0.8 * len(ask._ALL_PATTERNS)


@pytest.mark.parametrize(("pattern", "guard"), [
    (r"\brank(?:s|ed|ing)?\b|\btop\b", ((("rank",),), (("top",),))),
    (r"\boff[- ]?chip\b|\bexternal\b", ((("off",), ("chip",)), (("external",),))),
    (r"\bspeeds?\b", ((("speed",),),)),
    (r"['’]s\b", ((("'", "’"), ("s",)),)),
    (r"^\s*\+", ((("+",),),)),
    (r"(?i)\bW/(?=\s)", ((("w/",),),)),
    (r"\bcomes? from\b|(?:ab)?cd", ((("come",), (" from",)), (("cd",),))),
    (r"[a-z]+|x", None),  # an alternative with no literal text: no pre-check
    (r"(?P<name>abc)", None),  # syntax the guard does not read: no pre-check
    (r"(?i:abc)", None),
])
def test_pattern_guards(pattern, guard):
    assert ask._guard(pattern) == guard


def test_comparator_before_reads_as_the_regular_expression_did():
    import random
    import re

    old = re.compile(r"(?:(?<=[\s(])|^)(" + "|".join(re.escape(w) for w, _ in ask._COMPARATORS) + r")\s*$")
    rng = random.Random(5)
    parts = [w for w, _ in ask._COMPARATORS] + ["x", "no", "not", "a", "than", "up", "=", " ", "(", "\t"]
    for _ in range(5000):
        text = "".join(rng.choice(parts) + rng.choice(["", " ", "(", "x"]) for _ in range(rng.randint(0, 4)))
        m = old.search(text)
        assert ask._comparator_before(text) == ((m.group(1), m.start(1)) if m else None), repr(text)


def test_vocabulary_is_kept_in_the_cache_entry(store, tmp_path, monkeypatch):
    """Written once per cache entry, read back after; damaged or foreign files are ignored."""
    import marshal

    import chipkg.store

    monkeypatch.setattr(chipkg.store, "_OPEN", {str(tmp_path): store})  # as open_store() left it
    monkeypatch.setattr(ask, "_VOCABULARIES", {})
    expected = ask._read_vocabulary(store)
    saved = tmp_path / ask.VOCABULARY_FILE

    def fresh() -> ask.Vocabulary:
        ask._VOCABULARIES.clear()
        return ask.vocabulary(store)

    assert fresh() == expected and saved.is_file()
    assert fresh() == expected  # read back from the file
    assert ask.interpret("which chips on 7nm use on-chip SRAM over 100MB", fresh()).query == "sram-on-node"
    saved.write_bytes(b"not marshal data")
    assert fresh() == expected
    good = marshal.loads(saved.read_bytes())
    saved.write_bytes(marshal.dumps((good[0], [("other code", 0, 0)], {"chip": {"X": frozenset({"X"})}}, *good[3:])))
    assert fresh() == expected  # written by other code: read again
    monkeypatch.setattr(chipkg.store, "_OPEN", {})
    saved.unlink()
    assert fresh() == expected and not saved.exists()  # not open_store's store: nothing written
