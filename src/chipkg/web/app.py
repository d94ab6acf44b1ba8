"""The WSGI application: routes, the SPARQL 1.1 Protocol, and one way to answer or refuse.

Each route parses the request, hands the store-dependent part to ``Graph.run`` as a task of
chipkg.web.tasks with plain arguments (it runs in a query worker: ad-hoc SPARQL from /sparql in the
untrusted lane, everything we compile ourselves in the trusted one) and formats what comes back.
The functions the tasks call are the CLI's: ``sparql.run`` and ``render`` for SPARQL,
``catalog.get``/``catalog.bind`` for stored queries, ``ask.answer`` for questions, ``describe``
for entity pages. A ChipkgError becomes its ``http_status`` (chipkg.errors) and its one-line
message; anything else becomes a 500 with one line, and its traceback goes to the server's
stderr, never to the client.

Routes: / · /sparql (query, service description) · /rdf-graphs/service (Graph Store Protocol,
read-only) · /.well-known/void · /queries, /queries/NAME · /ask · /healthz · /ontology and every
other IRI under https://w3id.org/chipkg/ at its own path. The web interface: /editor (the vendored
YASGUI at /static/editor.html), /static/ (files of the package's web/static directory, nothing
outside it) and /charts, /charts/NAME.svg (chipkg.charts).
"""

from __future__ import annotations

import hashlib
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlencode

from werkzeug.wrappers import Request, Response

from chipkg import __version__
from chipkg.errors import (
    ChipkgError,
    MethodNotAllowed,
    NoAnswer,
    NotFound,
    QueryError,
    QueryRefused,
    ServerBusy,
    TooLarge,
    UnsupportedMediaType,
    UsageError,
)
from chipkg.namespaces import BASE
from chipkg.web import formats, pages, tasks
from chipkg.web.formats import GRAPHS, HTML, JSON, RESULTS, SVG, Offer, negotiate, prefers_html
from chipkg.web.graph import TRUSTED, UNTRUSTED, Graph

#: Control characters (C0, DEL, C1) a message may carry from the request (a path's "%00"): shown
#: escaped, never written raw into a response body
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: Longest request body accepted (a form-encoded query of the longest text sparql accepts fits).
MAX_BODY = 512 * 1024
#: Longest query text or question accepted here, before anything parses it.
MAX_QUERY_CHARS = 100_000
#: Questions the home page offers as examples (each answered by the graph; tests/test_web_interface.py).
EXAMPLE_QUESTIONS = ("which chips support BF16?", "which chips are built on 7nm?", "top 3 chips by transistor count")
#: Rows (or triples) a query may return; a larger result is refused (413), never cut short.
DEFAULT_MAX_ROWS = 50_000

_ENTITY_PATH = re.compile(r"/(?:ontology|[a-z][a-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._~-]*)")
_READ_METHODS = ("GET", "HEAD")
STATIC_DIR = Path(__file__).resolve().parent / "static"
_STATIC_PATH = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*")
_STATIC_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".md": "text/markdown",
    ".txt": "text/plain",
    "": "text/plain",
}
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
# The editor's page (static HTML): its own scripts and stylesheets, YASGUI's inline styles and a 1-pixel
# data: image (CodeMirror's drag image), and requests to this server's /sparql; nothing from elsewhere.
_STATIC_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class Config(NamedTuple):
    base_url: str | None = None  # the public URL behind a proxy ("https://example.org/kg")
    cors: str | None = None  # the one origin allowed to read answers from a browser script
    max_rows: int = DEFAULT_MAX_ROWS


class App:
    """``App(graph, config)`` is a WSGI callable."""

    def __init__(self, graph: Graph, config: Config | None = None) -> None:
        self.graph = graph
        self.config = config or Config()
        self.routes: dict[str, Callable[[Request], Response]] = {
            "/": self.home,
            "/sparql": self.sparql,
            "/rdf-graphs/service": self.graph_store,
            "/.well-known/void": self.void,
            "/queries": self.queries,
            "/ask": self.ask,
            "/healthz": self.healthz,
            "/editor": self.editor,
            "/charts": self.charts,
        }

    # ------------------------------------------------------------------ WSGI

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        request = Request(environ)
        try:
            response = self.dispatch(request)
        except ChipkgError as exc:
            response = self.error(request, exc)
        except Exception as exc:  # a bug of ours: one line to the client, the traceback to our stderr
            print(f"chipkg serve: internal error on {request.method} {request.path}:", file=sys.stderr)
            traceback.print_exception(exc, file=sys.stderr)
            internal = ChipkgError(f"internal error ({type(exc).__name__}); the server's log has the details")
            internal.http_status = 500
            response = self.error(request, internal)
        self.decorate(request, response)
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        if len(request.environ.get("QUERY_STRING", "")) > 3 * MAX_QUERY_CHARS:
            raise TooLarge(f"the query string is over {3 * MAX_QUERY_CHARS:,} bytes")
        length = request.content_length
        if length is not None and length > MAX_BODY:
            raise TooLarge(f"the request body is {length:,} bytes (the limit is {MAX_BODY:,})")
        if request.method == "OPTIONS":
            return self.options(request)
        self.graph.refresh()
        path = request.path
        handler = self.routes.get(path)
        if handler is not None:
            return handler(request)
        if path.startswith("/queries/"):
            return self.stored_query(request, path[len("/queries/") :])
        if path.startswith("/static/"):
            return self.static(request, path[len("/static/") :])
        if path.startswith("/charts/"):
            return self.chart(request, path[len("/charts/") :])
        if _ENTITY_PATH.fullmatch(path):
            return self.entity(request, path)
        raise NotFound(f"nothing at {path[:200]}")

    def decorate(self, request: Request, response: Response) -> None:
        """Headers every response carries: a charset, no sniffing, CORS only when asked for."""
        if response.mimetype and "charset" not in (response.content_type or "") and _is_text(response.mimetype):
            response.content_type = f"{response.mimetype}; charset=utf-8"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if response.mimetype in ("text/html", "image/svg+xml") and "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = _CSP  # nothing loads from anywhere else
        if self.config.cors:
            response.headers["Access-Control-Allow-Origin"] = self.config.cors
            response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
            response.vary.add("Origin")

    def options(self, request: Request) -> Response:
        response = _text(204, "")
        response.headers["Allow"] = "GET, HEAD, POST, OPTIONS"
        if self.config.cors:
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, If-None-Match, If-Modified-Since"
            response.headers["Access-Control-Max-Age"] = "600"
        return response

    def error(self, request: Request, exc: ChipkgError) -> Response:
        """The one way a refusal is written: status from chipkg.errors, the message in one line."""
        status = getattr(exc, "http_status", 400)
        message = _CONTROL.sub(lambda m: repr(m.group())[1:-1], exc.message)  # a %00 of the URL, escaped
        if prefers_html(request.headers.get("Accept")):
            response = _html(
                status, pages.layout(f"{status} {_reason(status)}", pages.error(status, message), self.href)
            )
        else:
            response = _text(status, f"Error: {message}\n")
        if isinstance(exc, MethodNotAllowed):
            response.headers["Allow"] = "GET, HEAD, OPTIONS" + (", POST" if request.path == "/sparql" else "")
        if isinstance(exc, ServerBusy):
            response.headers["Retry-After"] = str(exc.retry_after)
        return response

    # ------------------------------------------------------------------ helpers

    def href(self, target: str) -> str:
        """A link to a server path or to an IRI under https://w3id.org/chipkg/ (its page here)."""
        if target.startswith(BASE):
            target = "/" + target[len(BASE) :]
        elif not target.startswith("/"):
            return target
        return (self.config.base_url or "").rstrip("/") + target

    def url(self, request: Request, path: str) -> str:
        """An absolute URL of a server path (service description, VoID)."""
        base = self.config.base_url or request.host_url
        return base.rstrip("/") + path

    def answer(
        self,
        request: Request,
        offer: Offer,
        task: Callable[..., Any] | None,
        *args: Any,
        status: int = 200,
        page: Callable[[Any], str] | None = None,
        lane: str = TRUSTED,
    ) -> Response:
        """Run ``task(store, *args)`` (chipkg.web.tasks) in a query worker of ``lane`` and send
        what it returns as ``offer``; ``task`` None: nothing to run, ``page(None)`` is the answer.

        GET and HEAD answers carry an ETag (the graph's build, the URL and the type) and a
        Last-Modified (when the graph was built); a request that already has them gets a 304
        without running anything. ``page`` turns the worker's data into HTML.
        """
        tag, unchanged = self.conditional(request, offer)
        if unchanged is not None:
            return unchanged
        data = None if task is None else self.graph.run(task, *args, lane=lane)
        if isinstance(data, ChipkgError) and status == 200:
            status = data.http_status  # a page that shows an error says so in its status too
        body = page(data) if page is not None else data
        return self.validated(Response(body, status=status, content_type=f"{offer.media_type}; charset=utf-8"), tag)

    def conditional(self, request: Request, offer: Offer) -> tuple[str | None, Response | None]:
        """The ETag of a GET or HEAD answer, and a 304 if the client already has it."""
        if request.method not in _READ_METHODS:
            return None, None
        tag = self.etag(request, offer)
        if self.fresh(request, tag):
            return tag, self.validated(Response(status=304), tag)
        return tag, None

    def validated(self, response: Response, tag: str | None) -> Response:
        response.vary.add("Accept")
        if tag is not None:
            response.set_etag(tag)
            response.last_modified = self.graph.built  # type: ignore[assignment] # werkzeug takes a timestamp
        return response

    def etag(self, request: Request, offer: Offer) -> str:
        parts = [
            __version__,
            self.graph.key,
            repr(self.graph.identity),
            request.path,
            request.query_string.decode("latin-1"),
            offer.media_type,
            self.config.base_url or request.host_url,
        ]
        return hashlib.sha256("\n".join(parts).encode("utf-8", "replace")).hexdigest()[:32]

    def fresh(self, request: Request, tag: str) -> bool:
        if request.if_none_match:
            return request.if_none_match.contains_weak(tag)  # If-None-Match compares weakly (RFC 9110 13.1.2)
        since = request.if_modified_since
        return since is not None and int(self.graph.built) <= since.timestamp()

    def require_read(self, request: Request) -> None:
        if request.method not in _READ_METHODS:
            raise MethodNotAllowed(f"{request.method} is not allowed on {request.path}: this server is read-only")

    # ------------------------------------------------------------------ SPARQL 1.1 Protocol

    def sparql(self, request: Request) -> Response:
        if request.method not in (*_READ_METHODS, "POST"):
            raise MethodNotAllowed(f"{request.method} is not allowed on /sparql (GET, POST)")
        fields = _fields(request)
        if "update" in fields or request.mimetype == "application/sparql-update":
            raise QueryRefused("SPARQL Update is not allowed: this endpoint is read-only")
        if any(k in fields for k in ("default-graph-uri", "named-graph-uri", "using-graph-uri")):
            raise QueryError(
                "default-graph-uri and named-graph-uri are not supported: everything is in the "
                "default graph, and there are no named graphs"
            )
        queries = fields.get("query", [])
        if len(queries) > 1:
            raise UsageError("give one query= parameter, not several")
        if not queries and request.method == "POST":  # a POST asks a query (SPARQL 1.1 Protocol 2.1.2, 2.1.3)
            raise UsageError("POST /sparql without a query: send query= (form) or the query as the body")
        if not queries:
            return self.service_description(request)
        text = queries[0]
        if len(text) > MAX_QUERY_CHARS:
            raise TooLarge(f"query too long: {len(text):,} characters (the limit is {MAX_QUERY_CHARS:,})")
        from chipkg import sparql

        form = sparql.check(text)  # refusals (update, SERVICE, size, nesting) before it waits for a worker
        offer = negotiate(
            request.headers.get("Accept"), RESULTS if form in ("select", "ask") else GRAPHS, _one(fields, "format")
        )
        return self.answer(request, offer, tasks.sparql_output, text, offer.fmt, self.config.max_rows, lane=UNTRUSTED)

    def service_description(self, request: Request) -> Response:
        """SPARQL 1.1 Service Description: what this endpoint takes and answers in."""
        offer = negotiate(request.headers.get("Accept"), [*GRAPHS, HTML], _one(_fields(request), "format"))
        endpoint = self.url(request, "/sparql")
        if offer.fmt == "html":
            body = pages.layout("SPARQL endpoint", _endpoint_page(endpoint, self.href), self.href)
            return self.answer(request, offer, None, page=lambda _none: body)
        return self.answer(
            request, offer, tasks.service_description, endpoint, self.url(request, "/.well-known/void"), offer.fmt
        )

    def graph_store(self, request: Request) -> Response:
        """SPARQL 1.1 Graph Store HTTP Protocol, read-only: ``?default`` is the whole graph."""
        if request.method in ("PUT", "POST", "DELETE", "PATCH"):
            raise QueryRefused(f"{request.method} is not allowed: the graph store is read-only")
        self.require_read(request)
        fields = _fields(request)
        if "graph" in fields and "default" in fields:  # Graph Store Protocol 4.2: one or the other
            raise UsageError("give ?default or ?graph=IRI, not both")
        if "graph" in fields:
            raise NotFound("there are no named graphs: everything is in the default graph (?default)")
        if "default" not in fields:
            raise UsageError("give ?default (the default graph holds everything) or ?graph=IRI")
        offer = negotiate(request.headers.get("Accept"), GRAPHS, _one(fields, "format"))
        return self.answer(request, offer, tasks.graph_dump, offer.fmt)

    def void(self, request: Request) -> Response:
        """A VoID description of the dataset (at /.well-known/void, where VoID says to look)."""
        self.require_read(request)
        offer = negotiate(request.headers.get("Accept"), GRAPHS, _one(_fields(request), "format"))
        endpoint, dump = self.url(request, "/sparql"), self.url(request, "/rdf-graphs/service?default")
        return self.answer(request, offer, tasks.void, endpoint, dump, offer.fmt)

    # ------------------------------------------------------------------ stored queries

    def queries(self, request: Request) -> Response:
        from chipkg import catalog

        self.require_read(request)
        offer = negotiate(request.headers.get("Accept"), [JSON, HTML], _one(_fields(request), "format"))
        listed = catalog.stored_queries()
        if offer.fmt == "html":
            rows = [
                [
                    pages.link(self.href(f"/queries/{q.name}"), q.name),
                    pages.escape(q.title),
                    pages.escape(", ".join(p.name for p in q.params)),
                ]
                for q in listed
            ]
            body = pages.layout("Stored queries", pages.table(["query", "answers", "parameters"], rows), self.href)
        else:
            import json

            body = json.dumps([_query_json(q, self.href) for q in listed], indent=2, ensure_ascii=False) + "\n"
        return self.answer(request, offer, None, page=lambda _none: body)

    def stored_query(self, request: Request, name: str) -> Response:
        """``/queries/NAME?param=value``: the CLI's typed, unit-aware parameters; an empty value
        is no value (a form's empty field). ``format`` picks the format unless the query has a
        parameter of that name; ``_format`` always does."""
        from chipkg import catalog, sparql

        self.require_read(request)
        stored = catalog.get(name)
        fields = _fields(request)
        control = {"_format"} | (set() if stored.param("format") else {"format"})
        given = {k: v for k in fields if k not in control and (v := _one(fields, k, strict=True) or "").strip()}
        fmt = _one(fields, "_format", strict=True) or (
            None if stored.param("format") else _one(fields, "format", strict=True)
        )
        form = sparql.query_form(stored.sparql)
        offer = negotiate(
            request.headers.get("Accept"), [*(RESULTS if form in ("select", "ask") else GRAPHS), HTML], fmt
        )
        max_rows = self.config.max_rows
        if offer.fmt != "html":
            return self.answer(request, offer, tasks.stored_output, stored.name, given, offer.fmt, max_rows)
        missing = [p.name for p in stored.params if p.required and p.name not in given]
        action = self.href(f"/queries/{stored.name}")
        intro = f"<p>{pages.escape(stored.description)}</p>" + pages.query_form(action, stored.params, given)

        def page(data: Any) -> str:
            if data is None:
                body = intro
            elif isinstance(data, ChipkgError):
                body = intro + pages.error(data.http_status, data.message)
            else:
                others = pages.formats_line(
                    action, given, ["json", "csv", "tsv", "xml"], "_format" if stored.param("format") else "format"
                )
                body = (
                    intro
                    + (
                        f"<p><b>{'true' if data else 'false'}</b></p>"
                        if isinstance(data, bool)
                        else pages.result_table(*data)
                    )
                    + f"<p>{others}</p>"
                )
            return pages.layout(stored.title, body, self.href)

        if missing:
            return self.answer(request, offer, None, page=page)
        return self.answer(request, offer, tasks.stored_cells, stored.name, given, max_rows, page=page)

    # ------------------------------------------------------------------ ask

    def ask(self, request: Request) -> Response:
        """``/ask?q=QUESTION``: the CLI's answer as SPARQL JSON results plus ``reading``; a refusal
        is 422 with ``{"answered": false, "reason", "reading", "suggestions"}`` (HTML for browsers)."""
        self.require_read(request)
        fields = _fields(request)
        question = _one(fields, "q", strict=True)  # two questions are never settled by order
        list_counted = (_one(fields, "list") or "").lower() in {"1", "true", "yes", "on"}
        offers = [Offer("application/sparql-results+json", "json"), JSON, HTML, *RESULTS[1:4]]
        offer = negotiate(request.headers.get("Accept"), offers, _one(fields, "format"))
        action = self.href("/ask")
        if question is None or not question.strip():
            if offer.fmt != "html":
                raise UsageError("give a question: /ask?q=QUESTION")
            body = pages.layout("Ask", pages.ask_form(action, ""), self.href)
            return self.answer(request, offer, None, page=lambda _none: body)
        if len(question) > MAX_QUERY_CHARS:
            raise TooLarge(f"question too long: {len(question):,} characters")
        tag, unchanged = self.conditional(request, offer)
        if unchanged is not None:
            return unchanged

        data = self.graph.run(tasks.ask, question, list_counted, offer.fmt)
        if isinstance(data, NoAnswer):
            return self.validated(self.refusal(request, offer, question, data), tag)
        reading, output = data
        if offer.fmt != "html":
            return self.validated(_typed(200, offer, output), tag)
        shown = f"<p><b>{pages.escape(output)}</b></p>" if isinstance(output, str) else pages.result_table(*output)
        body = (
            pages.ask_form(action, question)
            + f"<p>read as: <code>{pages.escape(reading)}</code></p>"
            + shown
            + "<p>"
            + pages.formats_line(action, {"q": question}, ["json", "csv", "xml"])
            + "</p>"
        )
        return self.validated(_html(200, pages.layout("Ask", body, self.href)), tag)

    def refusal(self, request: Request, offer: Offer, question: str, exc: NoAnswer) -> Response:
        reading = getattr(exc, "reading", None)
        suggestions = list(getattr(exc, "suggestions", []) or [])
        if offer.fmt == "html":
            body = pages.ask_form(self.href("/ask"), question) + pages.refusal(
                exc.message, reading, suggestions, lambda s: self.href("/ask?" + urlencode({"q": s}))
            )
            return _html(exc.http_status, pages.layout("Ask", body, self.href))
        import json

        payload = {"answered": False, "reason": exc.message, "reading": reading, "suggestions": suggestions}
        return _typed(exc.http_status, JSON, json.dumps(payload, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------------ pages

    def home(self, request: Request) -> Response:
        self.require_read(request)
        offer = negotiate(request.headers.get("Accept"), [HTML], _one(_fields(request), "format"))

        def page(groups: list[tuple[str, list[tuple[str, str]]]]) -> str:
            from chipkg import catalog
            from chipkg.charts import CHARTS

            href = self.href
            stored = [
                (href(f"/queries/{q.name}"), q.title, [p.name for p in q.params]) for q in catalog.stored_queries()
            ]
            charts = [(href(f"/charts/{name}.svg"), chart.title) for name, chart in CHARTS.items()]
            examples = [(href("/ask?" + urlencode({"q": q})), q) for q in EXAMPLE_QUESTIONS]
            body = pages.home(href, examples, stored, charts, groups)
            return pages.layout("chipkg", body, href)

        return self.answer(request, offer, tasks.home_groups, page=page)

    def entity(self, request: Request, path: str) -> Response:
        """The page of an IRI under https://w3id.org/chipkg/ at its own path: HTML (the describe
        card) for browsers, Turtle / JSON-LD / N-Triples / RDF/XML for RDF clients."""
        self.require_read(request)
        iri = BASE + path[1:]
        offer = negotiate(request.headers.get("Accept"), [*GRAPHS, HTML], _one(_fields(request), "format"))
        if path == "/ontology":
            return self.ontology(request, offer)

        def page(desc: Any) -> str:
            data = pages.formats_line(self.href(path), {}, ["turtle", "jsonld", "nt", "rdfxml"])
            return pages.layout(desc.label, pages.entity(desc, self.href, data), self.href)

        return self.answer(request, offer, tasks.entity, iri, offer.fmt, page=page if offer.fmt == "html" else None)

    def ontology(self, request: Request, offer: Offer) -> Response:
        """/ontology: every term of ``ck:`` (``ontology#Chip`` is the anchor #Chip of this page)."""

        def page(terms: list[dict[str, str]]) -> str:
            return pages.layout("chipkg ontology", pages.ontology(terms), self.href)

        return self.answer(request, offer, tasks.ontology, offer.fmt, page=page if offer.fmt == "html" else None)

    def healthz(self, request: Request) -> Response:
        import json
        from datetime import UTC, datetime

        self.require_read(request)
        built = datetime.fromtimestamp(self.graph.built, UTC).isoformat(timespec="seconds")
        body = json.dumps(
            {
                "status": "ok",
                "graph": self.graph.key,
                "built": built,
                "version": __version__,
                **self.graph.stats(),
            }
        )
        return _typed(200, JSON, body + "\n")

    # ------------------------------------------------------------------ the web interface

    def editor(self, request: Request) -> Response:
        """/editor: the vendored YASGUI page, at /static/editor.html because its stylesheets,
        scripts and its endpoint (``../sparql``) are relative to that path."""
        self.require_read(request)
        response = _text(302, "The SPARQL editor is at /static/editor.html\n")
        response.headers["Location"] = self.href("/static/editor.html")
        return response

    def static(self, request: Request, subpath: str) -> Response:
        """A file of the package's web/static directory (never one outside it, never a hidden
        one), with its content type, an ETag of its bytes and Last-Modified of the file."""
        self.require_read(request)
        file = _static_file(subpath)
        if file is None:
            raise NotFound(f"nothing at {request.path[:200]}")
        media_type = _STATIC_TYPES[file.suffix]
        body = file.read_bytes()
        response = Response(body, content_type=media_type + ("; charset=utf-8" if _is_text(media_type) else ""))
        response.set_etag(hashlib.sha256(body).hexdigest()[:32])
        response.last_modified = file.stat().st_mtime  # type: ignore[assignment] # werkzeug takes a timestamp
        response.headers["Cache-Control"] = "no-cache"  # revalidate: an upgrade changes the files
        if media_type == "text/html":
            response.headers["Content-Security-Policy"] = _STATIC_CSP
        return response.make_conditional(request)

    def charts(self, request: Request) -> Response:
        """/charts: every chart of chipkg.charts on one page (each an <img> of /charts/NAME.svg)."""
        from chipkg.charts import CHARTS

        self.require_read(request)
        offer = negotiate(request.headers.get("Accept"), [HTML], _one(_fields(request), "format"))
        shown = [(self.href(f"/charts/{name}.svg"), chart.title) for name, chart in CHARTS.items()]
        body = pages.layout("Charts", pages.charts_intro(), self.href, charts=pages.charts_block(shown))
        return self.answer(request, offer, None, page=lambda _none: body)

    def chart(self, request: Request, file_name: str) -> Response:
        """/charts/NAME.svg: chipkg.charts' SVG, drawn in the query worker like any answer."""
        from chipkg import charts

        self.require_read(request)
        name = file_name.removesuffix(".svg")
        if not file_name.endswith(".svg") or name not in charts.CHARTS:
            raise NotFound(
                f"no chart at {request.path[:200]} (charts: "
                + ", ".join(f"/charts/{n}.svg" for n in charts.CHARTS)
                + ")"
            )
        offer = negotiate(request.headers.get("Accept"), [SVG], None)
        return self.answer(request, offer, tasks.chart, name)


# ---------------------------------------------------------------------- request parsing


def _fields(request: Request) -> dict[str, list[str]]:
    """The request's parameters: the URL's, and a form body's (POST). Decoded as strict UTF-8: a
    byte that is not UTF-8 is refused, never replaced (the CLI refuses it too)."""
    fields: dict[str, list[str]] = {}
    sources = [request.environ.get("QUERY_STRING", "")]
    if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
        sources.append(request.get_data(cache=True).decode("latin-1"))
    elif request.method == "POST" and request.mimetype == "application/sparql-query":
        fields["query"] = [_utf8(request.get_data(cache=True), "the query")]
    elif request.method == "POST" and request.path == "/sparql" and request.mimetype != "application/sparql-update":
        raise UnsupportedMediaType(
            f"unsupported Content-Type {request.mimetype or '(none)'!r} for POST /sparql: use "
            "application/x-www-form-urlencoded or application/sparql-query"
        )
    for source in sources:
        try:
            pairs = parse_qsl(source, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=1000)
        except UnicodeDecodeError:
            raise QueryError("a request parameter is not valid UTF-8 text") from None
        except ValueError as exc:
            raise TooLarge(f"too many request parameters ({exc})") from None
        for key, value in pairs:
            fields.setdefault(key, []).append(value)
    return fields


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{what} is not valid UTF-8 text (byte {exc.start})") from None


def _one(fields: dict[str, list[str]], name: str, strict: bool = False) -> str | None:
    """A parameter's value: its last, or (``strict``: a stored query's parameters, which decide
    the answer) its one value, two different values refused rather than settled by order. A
    format hint stays lenient: SPARQL clients send ``format`` twice (SPARQLWrapper: a name and a
    media type)."""
    values = fields.get(name)
    if not values:
        return None
    if strict and len(set(values)) > 1:
        raise UsageError(f"parameter {name!r} given twice with different values")
    return values[-1]


def _query_json(q: Any, href: Callable[[str], str]) -> dict[str, Any]:
    return {
        "name": q.name,
        "title": q.title,
        "description": q.description,
        "url": href(f"/queries/{q.name}"),
        "example": q.example,
        "params": [
            {
                "name": p.name,
                "type": p.type,
                "accepts": p.describe_type(),
                "unit": p.unit,
                "default": p.default,
                "required": p.required,
                "description": p.description,
                "choices": list(p.choices),
            }
            for p in q.params
        ],
    }


def _endpoint_page(endpoint: str, href: Callable[[str], str]) -> str:
    esc = pages.escape
    return (
        f"<p>This is a read-only SPARQL 1.1 endpoint: <code>{esc(endpoint)}</code>. Send a query as "
        "<code>GET ?query=</code>, a form POST, or a POST of <code>application/sparql-query</code>.</p>"
        "<p>Everything is in the default graph; there are no named graphs. SPARQL Update, LOAD and "
        "SERVICE are refused.</p>"
        "<p>Results: SPARQL JSON, XML, CSV and TSV; CONSTRUCT and DESCRIBE: Turtle, N-Triples, JSON-LD, "
        "RDF/XML, chosen by <code>Accept</code> or <code>format=</code>.</p>"
        f"<p>{pages.formats_line(href('/sparql'), {}, ['turtle', 'rdfxml'])} (service description)</p>"
    )


def _static_file(subpath: str) -> Path | None:
    """The file ``subpath`` names under web/static, or None: only plain names (no "..", no hidden
    file, no empty segment) of a served type, and only a file that really lies inside (symlinks)."""
    if not _STATIC_PATH.fullmatch(subpath):
        return None
    root = STATIC_DIR.resolve()
    file = (root / subpath).resolve()
    if not file.is_relative_to(root) or not file.is_file() or file.suffix not in _STATIC_TYPES:
        return None
    return file


def _is_text(media_type: str) -> bool:
    """Whether a type is text (a charset applies): everything this server sends but a picture."""
    return not media_type.startswith("image/") or media_type.endswith("+xml")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _text(status: int, body: str) -> Response:
    return Response(body, status=status, content_type="text/plain; charset=utf-8")


def _html(status: int, body: str) -> Response:
    return Response(body, status=status, content_type="text/html; charset=utf-8")


def _typed(status: int, offer: Offer, body: str | bytes) -> Response:
    return Response(body, status=status, content_type=f"{offer.media_type}; charset=utf-8")


__all__ = ["App", "Config", "formats"]
