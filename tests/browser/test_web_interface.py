"""The web interface of the real ``chipkg serve``, in a real browser, end to end.

The server is the test run's ``chipkg serve --port 0`` (tests/conftest.py ``server``); every page
comes from a browser context in which any request leaving that server, any script error and
anything the Content-Security-Policy blocks fails the test (tests/browser/conftest.py). Each test
walks as a user would: from the home page or a link, typing and clicking, and compares what the
page shows with what the CLI answers. Screenshots go to tests/artifacts/browser/.
"""

from __future__ import annotations

import csv
import io

from chipkg import charts
from chipkg.web.app import EXAMPLE_QUESTIONS

from .conftest import LiveServer

VIEWPORT = {"width": 1280, "height": 900}
TYPED = (
    "PREFIX ck: <https://w3id.org/chipkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?label WHERE { ?c a ck:Chip ; ck:processNode <https://w3id.org/chipkg/process-node/7nm> ; "
    "rdfs:label ?label } ORDER BY ?label"
)


def open_page(offline, live: LiveServer, path: str):
    return offline.open(live, path, viewport=VIEWPORT)


def column(page, table: str, header: str) -> list[str]:
    """The cells of the column headed ``header`` in the (first) table matching ``table``."""
    return page.evaluate(
        """([selector, header]) => {
        const table = document.querySelector(selector);
        const heads = [...table.querySelectorAll("thead th")].map(th => th.textContent.trim());
        const at = heads.indexOf(header);
        if (at < 0) throw new Error("no column " + header + " in " + heads.join(", "));
        return [...table.querySelectorAll("tbody tr")].map(tr => tr.children[at].textContent.trim());
    }""",
        [table, header],
    )


def test_type_a_query_into_the_editor_and_run_it(offline, live: LiveServer, kg) -> None:
    """/editor (linked from the home page) is YASGUI; the typed query runs on this server's /sparql."""
    page = open_page(offline, live, "/")
    page.click("header nav >> text=SPARQL editor")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert page.url == live.url("/static/editor.html")
    page.click(".yasqe .CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(TYPED)
    page.keyboard.press("Escape")  # close a completion list, if one is open
    assert page.evaluate("() => window.chipkgYasgui.getTab().getYasqe().getValue()") == TYPED
    with page.expect_response(lambda r: r.url == live.url("/sparql")) as answered:
        page.click(".yasqe_queryButton")
    assert answered.value.status == 200
    page.wait_for_selector(".yasr table tbody tr")
    expected = [r["label"] for r in kg.rows(TYPED)]
    assert len(expected) >= 3 and "Groq LPU" in expected
    assert column(page, ".yasr table", "label") == expected
    offline.screenshot(page, "editor", full_page=True)


def test_run_a_stored_query_through_its_form(offline, live: LiveServer, run_chipkg) -> None:
    """Home page -> the stored query's page -> fill its parameter form -> the CLI's rows."""
    page = open_page(offline, live, "/")
    page.click("text=Chips on a process node with on-chip SRAM above a size")
    assert page.url == live.url("/queries/sram-on-node")
    page.fill("#p-node", "7nm")
    page.fill("#p-more_than", "100MB")
    page.click("form >> text=Run")
    page.wait_for_selector("main table")
    assert page.url == live.url("/queries/sram-on-node?node=7nm&more_than=100MB&at_least=")  # a link to the answer
    cli = run_chipkg("query", "sram-on-node", "--param", "node=7nm", "--param", "more_than=100MB", "--format", "csv")
    expected = [row["chip"] for row in csv.DictReader(io.StringIO(cli.stdout.decode()))]
    assert "Groq LPU" in expected
    assert column(page, "main table", "chip") == expected
    offline.screenshot(page, "stored-query", full_page=True)
    page.fill("#p-more_than", "200MB")  # the parameter is used: Groq's 128 MB is now below it
    page.click("form >> text=Run")
    page.wait_for_url(live.url("/queries/sram-on-node?node=7nm&more_than=200MB&at_least="))
    assert "Groq LPU" not in column(page, "main table", "chip")


def test_ask_a_question_see_how_it_was_read_and_the_answer(offline, live: LiveServer, run_chipkg) -> None:
    """The ask box on the home page: the page shows the CLI's reading and the CLI's rows."""
    import json

    question = EXAMPLE_QUESTIONS[0]
    cli = run_chipkg("ask", question, "--format", "json")
    assert cli.returncode == 0
    expected = [b["chip"]["value"] for b in json.loads(cli.stdout)["results"]["bindings"]]
    reading = cli.stderr.decode().strip().removeprefix("# read as: ")
    assert expected and reading and "\n" not in reading
    page = open_page(offline, live, "/")
    page.fill("input[name=q]", question)
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("main table")
    assert page.locator("main >> text=read as:").inner_text() == f"read as: {reading}"
    assert column(page, "main table", "chip") == expected
    assert page.input_value("input[name=q]") == question  # the box keeps the question
    offline.screenshot(page, "ask", full_page=True)


def test_every_example_question_on_the_home_page_is_answered(offline, live: LiveServer) -> None:
    page = open_page(offline, live, "/")
    for question in EXAMPLE_QUESTIONS:
        page.click(f"main a >> text={question}")
        page.wait_for_selector("main table")
        assert page.locator("main >> text=read as:").count() == 1
        page.go_back()


def test_entity_page_links_to_related_entities(offline, live: LiveServer) -> None:
    page = open_page(offline, live, "/")
    page.click("main a >> text=Groq LPU")
    assert page.url == live.url("/chip/groq-lpu")
    assert page.inner_text("h1") == "Groq LPU"
    assert page.locator("main >> text=up to 1 PetaOPS, INT8, peak").count() == 1  # figure as stated
    offline.screenshot(page, "entity", full_page=True)
    page.click("main table a >> text=Groq")
    assert page.url == live.url("/org/groq")
    assert page.inner_text("h1") == "Groq"
    page.click("main a >> text=Groq LPU")  # and back along the inverse link
    assert page.url == live.url("/chip/groq-lpu")


def test_charts_page_and_a_chart(offline, live: LiveServer) -> None:
    page = open_page(offline, live, "/")
    page.click("header nav >> text=Charts")
    assert page.url == live.url("/charts")
    page.wait_for_load_state("load")
    drawn = page.evaluate("() => [...document.images].map(i => [i.alt, i.complete && i.naturalWidth > 0])")
    assert drawn == [[chart.title, True] for chart in charts.CHARTS.values()]
    offline.screenshot(page, "charts", full_page=True)
    name, chart = next(iter(charts.CHARTS.items()))
    page.click(f"figure >> img[alt='{chart.title}']")
    assert page.url == live.url(f"/charts/{name}.svg")
    assert page.locator("g.marker").count() > 0
    offline.screenshot(page, "chart")


def test_home_page(offline, live: LiveServer) -> None:
    """The front page links every part: ask, the editor, each stored query, each chart, the entities."""
    from chipkg import catalog

    page = open_page(offline, live, "/")
    hrefs = page.evaluate("() => [...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))")
    assert "/editor" in hrefs and "/sparql" in hrefs and "/charts" in hrefs and "/chip/groq-lpu" in hrefs
    assert {f"/queries/{q.name}" for q in catalog.stored_queries()} <= set(hrefs)
    assert {f"/charts/{name}.svg" for name in charts.CHARTS} <= set(hrefs)
    offline.screenshot(page, "home")
