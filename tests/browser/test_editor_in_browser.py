"""The query editor (vendored YASGUI, src/chipkg/web/static/editor.html) works offline.

The page comes from a test-local server with a stub /sparql that answers a fixed SPARQL JSON result;
the fixture fails the test if the page sends any request elsewhere (dbpedia, lov.linkeddata.es, a CDN).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

from .conftest import STATIC_DIR, LocalServer, Request, Response

RESULT = {
    "head": {"vars": ["chip", "sram"]},
    "results": {
        "bindings": [
            {
                "chip": {"type": "literal", "value": "Groq LPU"},
                "sram": {"type": "literal", "value": "230", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
            },
            {
                "chip": {"type": "literal", "value": "Stub <b>chip</b> & co"},
                "sram": {"type": "literal", "value": "44", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
            },
        ]
    },
}
TYPED = "SELECT ?chip ?sram WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?chip ; <urn:x-test:sram> ?sram }"


def stub_sparql(request: Request) -> Response:
    """A fixed answer for any query sent the way the SPARQL 1.1 Protocol allows."""
    if request.method != "POST":
        return Response(405, "text/plain; charset=utf-8", b"POST expected")
    return Response(200, "application/sparql-results+json; charset=utf-8", json.dumps(RESULT).encode())


@pytest.fixture
def editor_server():
    with LocalServer({"/static/": STATIC_DIR}, {"/sparql": stub_sparql}) as server:
        yield server


def sent_queries(server: LocalServer) -> list[str]:
    found = []
    for r in server.requests:
        if r.path.startswith("/sparql") and r.method == "POST":
            found += parse_qs(r.body.decode())["query"]
    return found


def open_editor(offline, server: LocalServer, query_string: str = ""):
    page = offline.open(server, "/static/editor.html" + query_string, viewport={"width": 1280, "height": 900})
    page.wait_for_selector(".yasqe .CodeMirror")
    return page


def type_query(page, text: str) -> None:
    page.click(".yasqe .CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def test_type_a_query_run_it_see_the_table(offline, editor_server: LocalServer) -> None:
    page = open_editor(offline, editor_server)
    type_query(page, TYPED)
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr")
    rows = page.locator(".yasr table tbody tr")
    assert rows.count() == 2
    table = page.locator(".yasr table").inner_text()
    assert "Groq LPU" in table and "230" in table
    assert "Stub <b>chip</b> & co" in table  # shown as text, not markup
    # the query as typed reached this server's /sparql, asking for SPARQL JSON
    sent = sent_queries(editor_server)
    assert sent == [TYPED]
    accept = next(r.headers.get("Accept", "") for r in editor_server.requests if r.path.startswith("/sparql"))
    assert "application/sparql-results+json" in accept
    offline.screenshot(page, "results", full_page=True)


def test_a_shared_link_cannot_point_the_editor_elsewhere(offline, editor_server: LocalServer) -> None:
    """?endpoint=https://dbpedia.org/sparql in the page's URL: the query still goes to /sparql."""
    page = open_editor(
        offline,
        editor_server,
        "?endpoint=https%3A%2F%2Fdbpedia.org%2Fsparql&query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
    )
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr")
    assert sent_queries(editor_server) and all(q == "SELECT * WHERE { ?s ?p ?o }" for q in sent_queries(editor_server))


def test_autocompletion_stays_local(offline, editor_server: LocalServer) -> None:
    """Completing a class or property name (Ctrl+Space after 'a rdfs:' and after a prefix) asks no
    outside service; prefixes complete from the table bundled in YASGUI."""
    page = open_editor(offline, editor_server)
    type_query(page, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT * WHERE { ?s a rdfs:Cl")
    page.keyboard.press("Control+Space")
    page.keyboard.type(" . ?s rdfs:la")
    page.keyboard.press("Control+Space")
    page.keyboard.press("Escape")
    page.keyboard.type(" ?o }\nPREFIX fo")
    page.keyboard.press("Control+Space")
    page.wait_for_timeout(500)  # any request a completer makes is routed (and recorded) by then
    assert not [r for r in editor_server.requests if r.path.startswith("/sparql")]  # nothing ran
    offline.screenshot(page, "completion")
