"""The web interface's routes over HTTP: /editor, /static/, /charts and /charts/NAME.svg, the home page.

Most tests ask the test run's real ``chipkg serve`` (conftest ``server``); the ones that need to
see inside (which path a chart takes, --base-url, a symlink) drive the WSGI app in-process. The
same pages in a real browser: tests/browser/test_web_interface.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chipkg import charts
from chipkg.web.app import EXAMPLE_QUESTIONS, STATIC_DIR

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
IMAGE = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"  # what Chromium sends for <img>


def in_process(kg, **config):
    """The WSGI app on the test run's graph, with every store call recorded in ``ran``."""
    from werkzeug.test import Client

    from chipkg.web.app import App, Config
    from chipkg.web.graph import Graph

    graph = Graph()
    graph.store, graph.key, graph.built = kg.store, "graph-test", 0.0
    graph._checked = float("inf")  # no look at the cache
    ran = []
    run = graph.run

    def recorded(task, *args, **options):
        ran.append(task)
        return run(task, *args, **options)

    graph.run = recorded  # type: ignore[method-assign]
    return Client(App(graph, Config(**config))), ran


# --------------------------------------------------------------------------- the editor and /static/


def test_editor_is_the_vendored_yasgui_page(server):
    status, headers, _ = server.request("/editor", headers={"Accept": BROWSER})
    assert status == 302 and headers["Location"] == "/static/editor.html"
    status, headers, body = server.request("/static/editor.html", headers={"Accept": BROWSER})
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body == (STATIC_DIR / "editor.html").read_bytes()
    policy = dict(d.strip().split(" ", 1) for d in headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"  # no inline script, no eval
    assert policy["connect-src"] == "'self'"  # the editor's queries go to this server only
    assert "http" not in headers["Content-Security-Policy"]


def test_editor_behind_a_proxy_keeps_its_path(kg):
    client, _ = in_process(kg, base_url="https://kg.example.org/chipkg")
    response = client.get("/editor")
    assert (
        response.status_code == 302
        and response.headers["Location"] == "https://kg.example.org/chipkg/static/editor.html"
    )
    page = client.get("/", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert (
        'href="https://kg.example.org/chipkg/editor"' in page and 'href="https://kg.example.org/chipkg/charts"' in page
    )


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("editor.js", "text/javascript; charset=utf-8"),
        ("editor.css", "text/css; charset=utf-8"),
        ("yasgui/yasgui.min.js", "text/javascript; charset=utf-8"),
        ("yasgui/yasgui.min.css", "text/css; charset=utf-8"),
        ("yasgui/LICENSE", "text/plain; charset=utf-8"),
        ("yasgui/NOTICE.md", "text/markdown; charset=utf-8"),
        ("yasgui/THIRD-PARTY-LICENSES.txt", "text/plain; charset=utf-8"),
        ("docs/web-interface.png", "image/png"),  # a picture has no charset
    ],
)
def test_static_files_with_their_types(server, path, content_type):
    status, headers, body = server.request("/static/" + path)
    assert status == 200 and headers["Content-Type"] == content_type
    assert body == (STATIC_DIR / path).read_bytes()
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_static_files_are_validated_by_etag_and_date(server):
    status, headers, _ = server.request("/static/editor.js")
    tag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and tag and modified
    assert server.request("/static/editor.js", headers={"If-None-Match": tag})[0] == 304
    assert server.request("/static/editor.js", headers={"If-Modified-Since": modified})[0] == 304
    assert server.request("/static/editor.css", headers={"If-None-Match": tag})[0] == 200  # per file
    status, headers, body = server.request("/static/editor.js", "HEAD")
    assert status == 200 and body == b"" and headers["ETag"] == tag
    assert server.request("/static/editor.js", "POST")[0] == 405


UP = "%2e%2e/"


@pytest.mark.parametrize(
    "path",
    [
        "/static/" + UP * 12 + "etc/passwd",  # up and out: /etc/passwd has no suffix, the type of LICENSE
        "/static/" + UP * 4 + "README.md",  # the checkout's README, a served type
        "/static/..%2f..%2f..%2f..%2fREADME.md",
        "/static//etc/passwd",  # an absolute path joined onto the directory is that path
        "/static/%2fetc%2fpasswd",
        "/static/yasgui/" + UP + UP + "app.py",
        "/static/.gitignore",
        "/static/yasgui/.x",
        "/static/",
        "/static/yasgui",
        "/static/yasgui/",
        "/static/editor.html%00.js",
        "/static/editor.html/",
        "/static/editor.py",
        "/static/editor.HTML",
    ],
)
def test_static_never_leaves_its_directory(server, path):
    status, headers, body = server.request(path)
    assert status == 404, (path, body[:200])
    assert body.startswith(b"Error: nothing at /static/") and body.count(b"\n") == 1  # and nothing else
    assert headers["Content-Type"] == "text/plain; charset=utf-8"


def test_static_refuses_a_symlink_out_of_its_directory(kg, tmp_path, monkeypatch):
    from chipkg.web import app

    static = tmp_path / "static"
    static.mkdir()
    (static / "inside.txt").write_text("inside\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret\n", encoding="utf-8")
    (static / "link.txt").symlink_to(tmp_path / "secret.txt")
    monkeypatch.setattr(app, "STATIC_DIR", static)
    client, _ = in_process(kg)
    assert client.get("/static/inside.txt").get_data() == b"inside\n"
    response = client.get("/static/link.txt")
    assert response.status_code == 404 and b"secret" not in response.get_data()


# --------------------------------------------------------------------------- charts


def test_charts_page_shows_every_chart(server):
    status, headers, body = server.request("/charts", headers={"Accept": BROWSER})
    page = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8" and headers["ETag"]
    images = re.findall(r'<img src="([^"]+)" alt="([^"]+)">', page)
    assert images == [(f"/charts/{name}.svg", chart.title) for name, chart in charts.CHARTS.items()]
    assert '<a href="/charts">Charts</a>' in page  # in the navigation of every page


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
def test_chart_svg_is_the_charts_module_drawing(server, kg, name):
    status, headers, body = server.request(f"/charts/{name}.svg", headers={"Accept": IMAGE})
    assert status == 200 and headers["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert body.decode() == charts.chart_svg(name, kg.store)  # same graph, same bytes
    assert "script-src" not in headers["Content-Security-Policy"]  # an SVG opened on its own runs nothing
    tag = headers["ETag"]
    assert server.request(f"/charts/{name}.svg", headers={"If-None-Match": tag})[0] == 304


@pytest.mark.parametrize(
    "path",
    [
        "/charts/nope.svg",
        "/charts/sram-vs-node",
        "/charts/sram-vs-node.png",
        "/charts/sram-vs-node.svg/x",
        "/charts/",
        "/charts/..%2fsram-vs-node.svg",
    ],
)
def test_unknown_chart_is_404_naming_the_charts(server, path):
    status, _, body = server.request(path)
    assert status == 404 and body.count(b"\n") == 1, body
    if path.startswith("/charts/nope"):
        assert all(f"/charts/{name}.svg".encode() in body for name in charts.CHARTS)


def test_a_chart_is_drawn_in_the_query_worker(kg):
    """A chart reads the store like any answer: through Graph.run (the runner, its time limit)."""
    client, ran = in_process(kg)
    name = next(iter(charts.CHARTS))
    response = client.get(f"/charts/{name}.svg")
    assert response.status_code == 200 and len(ran) == 1
    assert client.get(f"/charts/{name}.svg", headers={"If-None-Match": response.headers["ETag"]}).status_code == 304
    assert len(ran) == 1  # a client that has it costs no drawing


# --------------------------------------------------------------------------- the home page


def test_home_page_links_every_part(server, kg):
    from chipkg import catalog

    status, headers, body = server.request("/", headers={"Accept": BROWSER})
    page = body.decode()
    links = set(re.findall(r'href="([^"]+)"', page))
    assert status == 200 and headers["ETag"]
    assert {"/editor", "/sparql", "/charts", "/queries", "/ask"} <= links
    assert {f"/queries/{q.name}" for q in catalog.stored_queries()} <= links  # each opens its form
    assert {f"/charts/{name}.svg" for name in charts.CHARTS} <= links
    chips = kg.rows("SELECT DISTINCT ?c WHERE { ?c a ck:Chip ; rdfs:label ?l }")
    assert {"/" + r["c"].removeprefix("https://w3id.org/chipkg/") for r in chips} <= links
    assert '<form method="get" action="/ask">' in page


@pytest.mark.parametrize("question", EXAMPLE_QUESTIONS)
def test_example_questions_are_answered(server, question):
    from urllib.parse import urlencode

    status, _, body = server.request("/ask?" + urlencode({"q": question}), headers={"Accept": BROWSER})
    assert status == 200 and "read as: <code>" in body.decode() and "<table>" in body.decode()


def test_the_screenshot_in_the_readme_is_in_the_package():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", readme)
    assert shown == ["src/chipkg/web/static/docs/web-interface.png"]
    assert (Path(__file__).resolve().parents[1] / shown[0]).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
