"""Red team 4, R14 and R19 (/work/brief/redteam4-wrong.md).

- R14: the article reports some figures as the vendor's own claim ("it claims to achieve a
  performance of up to 9600 TFLOPS, to be nine times faster than Nvidia's H100", l.173; "the MTIA v2
  claims to have shown a 3x improvement ... and a 6x increase", l.91); the graph said so only in
  rdfs:comment, and every answer showed the figure as fact ("does the corsair deliver more than 9
  petaflops" -> true). Now ck:VendorClaim, a ck:Qualifier beside ck:UpperBound, shown wherever the
  figure is ("up to 9,600 TFLOPS (vendor claim)"), and a yes/no resting on it says whose claim it is.
- R19: the compare report in JSON/CSV gave bare base-unit numbers (MI350's memory "HBM3E" for "likely
  HBM3E", AI 100 Ultra's 150 W per card, NorthPole's 2-bit 800 TOPS, the Corsair's FLOPS in an ops
  column). Now each base-unit column is followed by its ``_stated`` text, and FLOPS and OPS are two
  columns.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner

from chipkg.cli import cli

FIG = "https://w3id.org/chipkg/figure/"
#: every figure the article attributes to its vendor (l.91 "claims to have shown"; l.173 "it claims")
CLAIMED = {
    FIG + "d-matrix-corsair-c8-peak",
    FIG + "d-matrix-corsair-c8-vs-h100-genai",
    FIG + "meta-mtia-v2-vs-v1-key-models",
    FIG + "meta-mtia-v2-vs-v1-serving-throughput",
}
CORSAIR_PEAK = "up to 9,600 TFLOPS (vendor claim)"  # l.173


@pytest.fixture(scope="module")
def run(kg: Any) -> Any:  # noqa: ARG001 - kg: the graph is built
    """``chipkg ARGS`` in-process: (exit code, stdout)."""
    runner = CliRunner()

    def invoke(*args: str) -> tuple[int, str]:
        result = runner.invoke(cli, list(args), catch_exceptions=False)
        return result.exit_code, result.stdout

    return invoke


# --------------------------------------------------------------------------- R14: the graph


def test_the_article_s_vendor_claims_carry_the_vendor_claim_qualifier(kg: Any) -> None:
    found = {r["f"] for r in kg.rows("SELECT ?f WHERE { ?f ck:qualifier ck:VendorClaim }")}
    assert found == CLAIMED
    assert kg.ask('ASK { ck:VendorClaim a ck:Qualifier ; rdfs:label "vendor claim" }')
    # the claim is said beside its other hedge, not instead of it: "up to 9600 TFLOPS"
    assert kg.ask(f"ASK {{ <{FIG}d-matrix-corsair-c8-peak> ck:qualifier ck:UpperBound }}")


def test_hedged_figures_lists_the_claims(run: Any) -> None:
    code, out = run("query", "hedged-figures", "--param", "qualifier=vendor claim", "--format", "json")
    assert code == 0
    rows = json.loads(out)["results"]["bindings"]
    assert {r["figure"]["value"] for r in rows} == CLAIMED
    assert {r["hedge"]["value"] for r in rows} == {"vendor claim"}


# --------------------------------------------------------------------------- R14: shown as a claim


def test_describe_shows_the_claim(run: Any) -> None:
    code, out = run("describe", "Corsair")
    assert code == 0 and CORSAIR_PEAK in out
    code, out = run("describe", "Corsair", "--format", "json")
    entry = next(f for f in json.loads(out)["figures"] if f["iri"] == FIG + "d-matrix-corsair-c8-peak")
    assert entry["text"] == CORSAIR_PEAK
    assert entry["hedge"] == "up to"  # the words before the value; the claim is said after it
    assert entry["qualifier"] == "upper bound, vendor claim"


def _answer(ask_json: Any, question: str) -> dict[str, Any]:
    code, out = ask_json(question)
    assert code == 0, out
    return json.loads(out)


def _column(data: dict[str, Any], name: str) -> list[str]:
    return [b[name]["value"] for b in data["results"]["bindings"] if name in b]


@pytest.mark.parametrize(
    ("question", "claimed", "plain"),
    [
        # R14's questions
        ("how much faster is the corsair than the h100", {"9 times"}, set()),  # l.173
        (
            "how much faster is mtia v2 than mtia v1",
            {"3 x, ", "6 x, "},
            {"3.5 x, ", "7 x, "},
        ),  # l.91 claimed; l.87 stated
        ("which chips deliver more than 1000 TFLOPS", {"up to 9,600 TFLOPS"}, set()),
        ("which chip has the most tflops regardless of precision", {"up to 9,600 TFLOPS"}, set()),
        ("what is the peak performance of the corsair", {"up to 9,600 TFLOPS"}, set()),
    ],
)
def test_answers_show_a_claimed_figure_as_a_claim(ask_json: Any, question: str, claimed: set, plain: set) -> None:
    data = _answer(ask_json, question)
    texts = _column(data, "figure")
    for start in claimed:
        shown = [t for t in texts if t.startswith(start)]
        assert shown and all(t.endswith(" (vendor claim)") for t in shown), texts
    for start in plain:  # the article's own figures beside them are not claims
        shown = [t for t in texts if t.startswith(start)]
        assert shown and not any("claim" in t for t in shown), texts


def test_a_stated_figure_is_not_a_claim(ask_json: Any) -> None:
    texts = _column(_answer(ask_json, "what is the peak performance of the maia 100"), "figure")
    assert texts and not any("claim" in t for t in texts)  # l.81 "boasts a peak performance": the article's


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the corsair deliver more than 9 petaflops", "true, by d-Matrix's own claim"),  # l.173
        ("does the corsair deliver more than 100 petaflops", "false, by d-Matrix's own claim"),
        ("is the corsair built on 6nm", "true"),  # no figure: no claim
        ("does the maia 100 deliver more than 500 TFLOPS", "true"),  # l.81, stated
    ],
)
def test_a_yes_no_on_a_claim_says_whose_claim(ask_json: Any, run: Any, question: str, expected: str) -> None:
    code, out = run("ask", question)
    assert (code, out) == (0, expected + "\n")
    data = _answer(ask_json, question)
    assert data["boolean"] is expected.startswith("true")
    assert data.get("claimed_by", []) == (["d-Matrix"] if "claim" in expected else [])
    if "claim" in expected:
        assert CORSAIR_PEAK in data["reading"]
        code, xml = run("ask", question, "--format", "xml")
        assert f"<!-- {expected} -->" in xml and "<boolean>" in xml


def test_the_python_api_says_whose_claim(kg: Any) -> None:  # noqa: ARG001 - kg: the graph is built
    import chipkg

    result = chipkg.open().ask("does the corsair deliver more than 9 petaflops")
    assert bool(result) is True and result.claimed_by == ("d-Matrix",)
    assert result.format() == "true, by d-Matrix's own claim\n"
    assert json.loads(result.format("json"))["claimed_by"] == ["d-Matrix"]
    assert "by d-Matrix&#x27;s own claim" in result._repr_html_() or "by d-Matrix's own claim" in result._repr_html_()
    plain = chipkg.open().ask("is the corsair built on 6nm")
    assert plain.claimed_by == () and plain.format() == "true\n"


# --------------------------------------------------------------------------- R19: compare in JSON/CSV


def _rows(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["chip"]["value"]: {k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]}


def test_compare_json_carries_what_the_table_shows(ask_json: Any) -> None:
    data = _answer(ask_json, "compare mi350 and the ai 100 ultra")
    columns = data["head"]["vars"]
    for value in ("transistors_count", "clock_hz", "power_w", "peak_flops", "peak_ops", "largest_memory_bytes"):
        assert columns[columns.index(value) + 1] == value + "_stated"  # each number with its text
    assert "memory_stated" in columns
    rows = _rows(data)
    mi350, ultra = rows["AMD Instinct MI350"], rows["Qualcomm Cloud AI 100 Ultra"]
    assert mi350["memory_stated"].startswith("likely HBM3E")  # l.47 "likely utilizing HBM3E"
    assert ultra["transistors_count_stated"] == "over 10 billion"  # l.103
    assert "150 W, per card" in ultra["power_w_stated"].split("; ")  # l.105 single-card configurations


def test_compare_never_puts_flops_and_ops_in_one_column(ask_json: Any, kg: Any) -> None:
    data = _answer(ask_json, "compare groq lpu, northpole and corsair")
    rows = _rows(data)
    corsair, groq, northpole = rows["d-Matrix Corsair C8"], rows["Groq LPU"], rows["IBM NorthPole"]
    assert float(corsair["peak_flops"]) == 9.6e15 and "peak_ops" not in corsair  # l.173: TFLOPS
    assert corsair["peak_flops_stated"] == CORSAIR_PEAK
    assert float(groq["peak_ops"]) == 1e15 and groq["peak_ops_stated"].startswith("up to 1 PetaOPS")  # l.153
    assert groq["transistors_count_stated"] == "over 20 billion"  # l.151
    assert "INT2" in northpole["peak_ops_stated"] and "over 200 TOPS" in northpole["peak_ops_stated"]  # l.113
    # every chip of the graph: a FLOPS figure only in peak_flops, an OPS figure only in peak_ops
    chips = ",".join(r["l"] for r in kg.rows("SELECT ?l WHERE { ?c a ck:Chip ; rdfs:label ?l }"))
    done = CliRunner().invoke(cli, ["query", "compare-chips", "-p", f"chips={chips}", "--format", "json"])
    assert done.exit_code == 0
    units = {r["f"]: r["u"].lower() for r in kg.rows("SELECT ?f ?u WHERE { ?f ck:statedUnit ?u }")}
    seen = set()
    for binding in json.loads(done.stdout)["results"]["bindings"]:
        for column, flops in (("peak_flops_figures", True), ("peak_ops_figures", False)):
            for iri in binding.get(column, {}).get("value", "").split():
                assert ("flop" in units[iri]) is flops, (column, iri)
                seen.add(column)
    assert seen == {"peak_flops_figures", "peak_ops_figures"}


def test_m4_vs_northpole_keeps_hedges_in_json(ask_json: Any) -> None:
    rows = _rows(_answer(ask_json, "m4 vs northpole"))
    m4, northpole = rows["Apple M4"], rows["IBM NorthPole"]
    assert m4["transistors_count_stated"] == "about 40 billion"  # l.119 "around 40 billion"
    assert m4["clock_hz_stated"].startswith("up to 3.5 GHz")  # l.121
    assert float(m4["peak_ops"]) == 38e12 and float(m4["peak_flops"]) == 7.5e12  # Neural Engine TOPS; GPU TFLOPS
    assert northpole["clock_hz_stated"].startswith("nominal 400 MHz")  # l.113


def test_compare_csv_has_the_same_columns(run: Any, ask_json: Any) -> None:
    code, out = run("ask", "compare mi350 and the ai 100 ultra", "--format", "csv")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert list(table[0]) == _answer(ask_json, "compare mi350 and the ai 100 ultra")["head"]["vars"]
    ultra = next(r for r in table if r["chip"] == "Qualcomm Cloud AI 100 Ultra")
    assert ultra["transistors_count"] == "10000000000.0" or float(ultra["transistors_count"]) == 1e10
    assert ultra["transistors_count_stated"] == "over 10 billion"


def test_compare_through_the_python_api_and_the_web(kg: Any, server: Any, run: Any) -> None:  # noqa: ARG001
    from urllib.parse import quote

    import chipkg

    question = "compare mi350 and the ai 100 ultra"
    _code, cli_json = run("ask", question, "--format", "json")
    result = chipkg.open().ask(question)
    assert json.loads(result.format("json")) == json.loads(cli_json)
    status, _headers, body = server.request(f"/ask?q={quote(question)}&format=json")
    assert status == 200 and json.loads(body) == json.loads(cli_json)
    # the stored query itself, on the CLI and the web, says the same
    _code, stored = run("query", "compare-chips", "-p", "chips=MI350,AI 100 Ultra", "--format", "json")
    status, _headers, body = server.request(
        "/queries/compare-chips?chips=" + quote("MI350,AI 100 Ultra") + "&format=json"
    )
    assert status == 200 and json.loads(body)["head"] == json.loads(stored)["head"]
    assert "power_w_stated" in json.loads(stored)["head"]["vars"]
    # the SPARQL endpoint answers the query's own variables only
    sparql = "SELECT ?c ?power_figure WHERE { ?c ck:power ?power_figure } LIMIT 1"
    status, _headers, body = server.request(
        "/sparql?query=" + quote("PREFIX ck: <https://w3id.org/chipkg/ontology#> " + sparql),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200 and json.loads(body)["head"]["vars"] == ["c", "power_figure"]
