"""A remote SPARQL 1.1 endpoint in place of the embedded store, and pushing the graph to one.

``Endpoint(url, graph)`` offers the two operations the query path asks of a ``pyoxigraph.Store``
— ``query(text, use_default_graph_as_union=...)`` and ``quads_for_pattern(subject, None, None)`` —
and answers them with pyoxigraph's own result objects (solutions with ``.variables``, a
``QueryBoolean``, triples), so ``sparql.run``, ``catalog.bind``, ``lookup``, ``describe`` and
``ask`` run unchanged against either, with the same bound terms (VALUES blocks pyoxigraph writes)
and the same answers. Nothing here imports rdflib; ``requests`` is imported only when an endpoint
is used.

What real servers do, and what this module does about it:

* Virtuoso's default dataset is every graph it holds, its system graphs included: every query
  sent names its graph (``FROM <graph>``) unless it names its own dataset.
* Virtuoso hangs on a query POSTed directly (``application/sparql-query``): queries go by GET,
  or as a form POST when the URL would be long.
* Virtuoso answers ASK as a one-row SELECT of ``__ASK_RETVAL`` (an integer) and a query over its
  time limit as HTTP 500 with "SR171"; it can also return 200 with partial results and an
  ``X-SQL-State`` header (an "anytime" query): refused, never shown as an answer.
* Oxigraph's server answers a cancelled query or a failed SERVICE with HTTP 200 and a body cut
  short: every body is read whole and parsed to its end before any row is returned.
* Virtuoso stops an answer at its ``ResultSetMaxRows`` (10,000 in Debian's ini) with HTTP 200 and
  an ``X-SPARQL-MaxRows`` header: refused, never shown as the answer.

Credentials come from the environment only (``CHIPKG_ENDPOINT_USER``,
``CHIPKG_ENDPOINT_PASSWORD``), sent with the scheme the server asks for (digest or basic) after
its challenge, never before; a URL carrying a password is refused.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from chipkg.errors import (
    ChipkgError,
    EndpointAuthError,
    EndpointError,
    EndpointTimeout,
    QueryError,
    UsageError,
)
from chipkg.namespaces import GRAPH

#: The graph ``push`` writes and remote queries read when no ``--graph`` is given.
DEFAULT_GRAPH = GRAPH
USER_ENV = "CHIPKG_ENDPOINT_USER"
PASSWORD_ENV = "CHIPKG_ENDPOINT_PASSWORD"
#: Seconds to wait for a connection to open; reading an answer waits for the query's own timeout.
CONNECT_TIMEOUT = 10.0
#: Seconds a query may take on the server when the caller sets no limit, and an upload's read wait.
DEFAULT_READ_TIMEOUT = 300.0
#: A query whose GET URL would be longer than this goes as a form POST (servers cap URL length).
_LONGEST_GET = 4000
_RESULTS_JSON = "application/sparql-results+json"
_GRAPH_TYPES = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"
_ASK_RETVAL = "__ASK_RETVAL"  # Virtuoso's column for an ASK answered as a SELECT
_URL = re.compile(r"https?://[^\s/?#@]+(?::\d+)?(?:/[^\s#]*)?", re.I)


class Solutions(list):
    """The rows of a SELECT, read whole: pyoxigraph ``QuerySolution`` objects, and ``variables``
    as pyoxigraph gives them (``Variable`` objects)."""

    def __init__(self, variables: list[Any], rows: Iterable[Any]) -> None:
        super().__init__(rows)
        self.variables = variables


def check_url(url: str, what: str = "--endpoint") -> str:
    """An http(s) URL with a host and no credentials in it (they belong in the environment)."""
    if "@" in url.split("?", 1)[0].split("#", 1)[0]:
        raise UsageError(f"{what}: put no user name or password in the URL; set {USER_ENV} and {PASSWORD_ENV} instead")
    if not _URL.fullmatch(url.strip()):
        raise UsageError(f"{what} {url!r}: expected an http(s) URL such as http://localhost:7878/query")
    return url.strip()


def check_graph(iri: str) -> str:
    """A graph name: an absolute IRI that can stand between < > in a query."""
    import pyoxigraph as ox

    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", iri or ""):
        raise UsageError(f"--graph {iri!r}: expected an absolute IRI such as {DEFAULT_GRAPH}")
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise UsageError(f"--graph {iri!r}: expected an absolute IRI such as {DEFAULT_GRAPH}") from None
    return iri


class Endpoint:
    """A SPARQL 1.1 query endpoint read through one named graph, as the query path's store.

    ``url`` is the query service (Oxigraph ``/query``, Virtuoso ``/sparql``, Fuseki
    ``/DATASET/sparql``); ``graph`` the graph the queries read (``FROM <graph>``); ``timeout``
    the seconds one HTTP answer may take (None: DEFAULT_READ_TIMEOUT).
    """

    def __init__(self, url: str, graph: str | None = None, *, timeout: float | None = None) -> None:
        self.url = check_url(url)
        self.graph = check_graph(graph or DEFAULT_GRAPH)
        self.timeout = timeout or DEFAULT_READ_TIMEOUT
        self._client = _Client(self.url)

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r}, graph={self.graph!r})"

    @property
    def cache_key(self) -> str:
        """Names this endpoint and graph in the cache (the ask lexicon read from it)."""
        return hashlib.sha256(f"{self.url}\n{self.graph}".encode()).hexdigest()[:24]

    def cache_directory(self) -> str | None:
        """Where what is read from this endpoint and graph is kept (the ask lexicon): a directory
        of chipkg's cache named by both; None when the cache cannot be written (read every time)."""
        from chipkg import cache, files

        try:
            directory = cache.writable_root() / f"{cache.ENDPOINT_PREFIX}{self.cache_key}"
            files.make_directory(directory)
        except ChipkgError:
            return None
        return str(directory)

    # ------------------------------------------------------------------ the store's operations

    def query(self, text: str, use_default_graph_as_union: bool = True) -> Any:
        """Run ``text`` (already checked and bound by the caller) on the endpoint, reading
        ``self.graph`` unless the query names its own dataset. ``use_default_graph_as_union`` is
        the embedded store's switch; here the named graph plays the union's part."""
        from chipkg import sparql

        form = sparql.query_form(text)
        _check_syntax(text)
        sent = with_graph(text, self.graph)
        if form in {"select", "ask"}:
            response = self._client.query(sent, _RESULTS_JSON, self.timeout)
            return _parse_results(response, form)
        response = self._client.query(sent, _GRAPH_TYPES, self.timeout)
        return _parse_graph(response)

    def quads_for_pattern(self, subject: Any, predicate: Any = None, obj: Any = None, graph: Any = None) -> list[Any]:
        """The triples of a named subject (``describe`` follows anonymous nodes this way). A blank
        node cannot be named in a query sent to another server: refused, never answered empty."""
        import pyoxigraph as ox

        if not isinstance(subject, ox.NamedNode) or predicate is not None or obj is not None:
            raise QueryError(
                "this detail (an anonymous node of the ontology) cannot be read from a remote endpoint; "
                "run the command without --endpoint"
            )
        rows = self.query(f"SELECT ?p ?o WHERE {{ {subject} ?p ?o }}")
        return [ox.Quad(subject, row["p"], row["o"]) for row in rows]


def _check_syntax(text: str) -> None:
    """Parse the query here first, so a malformed query gets the embedded store's own message
    (raised as its SyntaxError, which ``sparql.run`` locates in the user's text) whatever the
    server would say. An empty in-memory store parses it and has nothing to evaluate."""
    import pyoxigraph as ox

    global _EMPTY
    if _EMPTY is None:
        _EMPTY = ox.Store()
    result = _EMPTY.query(text)
    if isinstance(result, ox.QuerySolutions | ox.QueryTriples):
        for _ in result:
            break


_EMPTY: Any = None


class RemoteBackend:
    """A graph object's backend (``chipkg.api.Backend``) on a remote SPARQL endpoint: the
    ``Endpoint`` is the store the library's query, ask and describe code reads, and each run goes
    through a forked worker under the same time limit as a local query (chipkg.runner)."""

    def __init__(self, url: str, graph: str | None = None) -> None:
        self.endpoint = Endpoint(url, graph)

    @property
    def location(self) -> str:
        return f"SPARQL endpoint {self.endpoint.url}, graph <{self.endpoint.graph}>"

    def store(self) -> Endpoint:
        return self.endpoint

    def run(self, work: Any, timeout: float | None, prepare: Any = None) -> Any:
        from chipkg import runner

        self.endpoint.timeout = timeout or DEFAULT_READ_TIMEOUT
        if prepare is not None:
            prepare(self.endpoint)  # before the fork: every worker inherits what it read
        return runner.call(lambda: work(self.endpoint), runner.limits(timeout))

    def export(self, fmt: str, inferred: bool) -> bytes:
        raise UsageError(f"export writes the local build; {self.location} is read with queries")

    def refresh(self) -> None:
        from chipkg.ask import lexicon

        lexicon.forget(self.endpoint)


def with_graph(query: str, graph: str) -> str:
    """``query`` reading ``graph``: ``FROM <graph>`` before its WHERE clause, unless it names a
    dataset itself (FROM / FROM NAMED). Found on the masked text (comments, strings and IRIs
    blanked), at the top level only: a subquery's braces are skipped."""
    from chipkg import sparql

    masked = sparql.mask(query)
    words = sparql.keywords(masked)
    if any(word == "from" for word, _ in words):
        return query
    form = next(((w, pos) for w, pos in words if w in {"select", "ask", "construct", "describe"}), None)
    if form is None:
        return query
    at = _where_clause(masked, form[1] + len(form[0]), skip_template=form[0] == "construct")
    return query[:at] + f" FROM <{graph}> " + query[at:]


def _where_clause(masked: str, start: int, skip_template: bool) -> int:
    """Offset of the query's WHERE clause (the keyword, or its ``{`` when the keyword is left
    out), or where a DESCRIBE without one ends its list of resources."""
    depth = 0
    i = start
    n = len(masked)
    if skip_template:  # CONSTRUCT { template } WHERE ...: the template's braces come first
        j = start
        while j < n and masked[j].isspace():
            j += 1
        if j < n and masked[j] == "{":
            level = 0
            for k in range(j, n):
                if masked[k] == "{":
                    level += 1
                elif masked[k] == "}":
                    level -= 1
                    if level == 0:
                        i = k + 1
                        break
    while i < n:
        c = masked[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and c == "{":
            return i
        elif depth == 0 and c.isalpha() and (i == 0 or not (masked[i - 1].isalnum() or masked[i - 1] in "?$:_")):
            word = re.match(r"[A-Za-z]+", masked[i:])
            assert word is not None
            if word.group().lower() in {"where", "order", "limit", "offset", "values", "group", "having"}:
                return i
            i += len(word.group())
            continue
        i += 1
    return n


# ---------------------------------------------------------------------- answers


def _parse_results(response: Any, form: str) -> Any:
    """A SPARQL JSON results document, read to its end: a body cut short is an error."""
    import pyoxigraph as ox

    try:
        parsed = ox.parse_query_results(_canonical(response.body), format=ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            if form != "ask":
                raise EndpointError(f"the endpoint {response.url} answered a {form.upper()} query with a yes/no")
            return parsed
        variables = list(parsed.variables)
        rows = list(parsed)  # parses to the end: a truncated body raises here
    except SyntaxError as exc:
        raise EndpointError(
            f"the endpoint {response.url} sent an answer that does not parse as SPARQL results "
            f"({_short(str(exc))}); it may have been cut short by a server-side timeout or failure"
        ) from None
    if form == "ask":
        if [v.value for v in variables] == [_ASK_RETVAL] and len(rows) <= 1:  # Virtuoso's ASK: 1, or no row
            value = rows[0][_ASK_RETVAL] if rows else None
            answer = value is not None and value.value not in {"0", "false"}
            return ox.parse_query_results(
                b'{"head":{},"boolean":%s}' % (b"true" if answer else b"false"), format=ox.QueryResultsFormat.JSON
            )
        raise EndpointError(f"the endpoint {response.url} answered an ASK query with rows, not a yes/no")
    return Solutions(variables, rows)


def _canonical(body: bytes) -> bytes:
    """A results document in the spellings the embedded store uses: booleans spelled "1" and "0"
    (Virtuoso's way; XML Schema allows it) as "true" and "false", and blank node labels that are
    not N-Triples labels (Virtuoso's ``nodeID://b10013``) made into ones, the same label for the
    same node."""
    if b"XMLSchema#boolean" not in body and b"bnode" not in body:
        return body
    import json

    try:
        document = json.loads(body)
        for row in document.get("results", {}).get("bindings", []):
            for term in row.values():
                if term.get("datatype") == _BOOLEAN and term.get("value") in {"1", "0"}:
                    term["value"] = "true" if term["value"] == "1" else "false"
                elif term.get("type") == "bnode" and not _BNODE_LABEL.fullmatch(term.get("value", "")):
                    term["value"] = "b" + re.sub(r"[^A-Za-z0-9]", "_", term["value"])
    except (ValueError, AttributeError, TypeError):
        return body  # not the expected shape: pyoxigraph's parser says what is wrong
    return json.dumps(document).encode()


_BNODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?<!\.)")


_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _parse_graph(response: Any) -> list[Any]:
    """CONSTRUCT / DESCRIBE triples from N-Triples (or Turtle), read whole."""
    import pyoxigraph as ox

    media = response.content_type or "application/n-triples"
    rdf_format = ox.RdfFormat.from_media_type(media)
    if rdf_format is None:
        raise EndpointError(f"the endpoint {response.url} answered {media!r}, not RDF")
    try:
        quads = list(ox.parse(response.body, format=rdf_format))
    except SyntaxError as exc:
        raise EndpointError(
            f"the endpoint {response.url} sent triples that do not parse ({_short(str(exc))}); "
            "the answer may have been cut short"
        ) from None
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


def _short(text: str, limit: int = 160) -> str:
    return " ".join(text.split())[:limit]


# ---------------------------------------------------------------------- HTTP


class _Answer:
    """An HTTP answer read whole: what the parsers need of it."""

    def __init__(self, url: str, body: bytes, content_type: str) -> None:
        self.url = url
        self.body = body
        self.content_type = content_type


class _Client:
    """One requests session per endpoint: connection reuse, and the credentials the server asked
    for once it asked (digest or basic, from the environment)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._session: Any = None
        self._pid = 0

    @property
    def session(self) -> Any:
        """The session of this process: a query runs in a forked worker (chipkg.runner), which must
        not read from a connection its parent may also use."""
        if self._session is None or self._pid != os.getpid():
            import requests

            auth = self._session.auth if self._session is not None else None
            self._session = requests.Session()
            self._session.headers["User-Agent"] = "chipkg"
            self._session.auth = auth
            self._pid = os.getpid()
        return self._session

    def query(self, text: str, accept: str, timeout: float) -> _Answer:
        from urllib.parse import urlencode

        params = {"query": text}
        headers = {"Accept": accept}
        if len(self.url) + len(urlencode(params)) + 1 <= _LONGEST_GET:
            response = self.send("GET", self.url, params=params, headers=headers, timeout=timeout)
        else:  # a form POST, never a direct POST of the query (Virtuoso hangs on that)
            response = self.send("POST", self.url, data=params, headers=headers, timeout=timeout)
        return self.read(response, timeout)

    def send(self, method: str, url: str, *, timeout: float, **kwargs: Any) -> Any:
        """One request; on an authentication challenge, once more with the credentials the server
        asked for. Connection problems and timeouts become one-line errors."""
        response = self._request(method, url, timeout=timeout, **kwargs)
        if response.status_code == 401 and self.session.auth is None:
            self.session.auth = _credentials(url, response)
            body: Any = kwargs.get("data")
            if hasattr(body, "seek"):
                body.seek(0)
            response.close()
            response = self._request(method, url, timeout=timeout, **kwargs)
        if response.status_code == 401:
            response.close()
            raise EndpointAuthError(
                f"the endpoint {url} refused the user name and password in {USER_ENV} / {PASSWORD_ENV} (HTTP 401)"
            )
        if response.status_code == 403:
            response.close()
            raise EndpointAuthError(f"the endpoint {url} refused access (HTTP 403); does the user have the rights?")
        return response

    def _request(self, method: str, url: str, *, timeout: float, **kwargs: Any) -> Any:
        import requests

        try:
            return self.session.request(method, url, timeout=(CONNECT_TIMEOUT, timeout), stream=True, **kwargs)
        except requests.exceptions.Timeout:
            raise EndpointTimeout(f"the endpoint {url} did not answer within {timeout:g} s") from None
        except requests.exceptions.ConnectionError as exc:
            raise EndpointError(f"cannot reach the endpoint {url}: {_reason(exc)}") from None
        except requests.exceptions.RequestException as exc:
            raise EndpointError(f"request to the endpoint {url} failed: {_reason(exc)}") from None

    def read(self, response: Any, timeout: float) -> _Answer:
        """The whole body of a successful answer; a failure status, a body cut short or an
        incomplete-result flag is an error."""
        import requests

        url = response.url.split("?", 1)[0]
        try:
            body = response.content  # all of it: the chunked framing or Content-Length is checked
        except requests.exceptions.Timeout:
            raise EndpointTimeout(f"the endpoint {url} did not finish its answer within {timeout:g} s") from None
        except requests.exceptions.RequestException as exc:
            raise EndpointError(f"the endpoint {url} broke off its answer ({_reason(exc)})") from None
        finally:
            response.close()
        status = response.status_code
        text = body[:2000].decode("utf-8", "replace")
        if status >= 400:
            raise _failure(url, status, text)
        if status >= 300:
            raise EndpointError(f"the endpoint {url} redirects (HTTP {status}); give the URL it redirects to")
        sql_state = response.headers.get("X-SQL-State")
        if sql_state:  # Virtuoso's "anytime" answer: rows so far, not the answer
            message = response.headers.get("X-SQL-Message", "")
            raise EndpointTimeout(f"the endpoint {url} returned incomplete results ({sql_state}: {_short(message)})")
        capped = response.headers.get("X-SPARQL-MaxRows")
        if capped:  # Virtuoso stopped at its ResultSetMaxRows: the rows so far, not the answer
            raise EndpointError(
                f"the endpoint {url} cut the answer at its limit of {_short(capped, 20)} rows "
                "(Virtuoso's ResultSetMaxRows; raise it in the server's ini)"
            )
        content_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if content_type in {"text/html", "application/xhtml+xml"}:
            raise EndpointError(f"{url} answered with a web page, not SPARQL results: is it the query endpoint?")
        return _Answer(url, body, content_type)


def _credentials(url: str, response: Any) -> Any:
    """The auth the server's challenge asks for, with the user and password from the environment."""
    from requests.auth import HTTPBasicAuth, HTTPDigestAuth

    user = os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    response.close()
    if not user or password is None:
        raise EndpointAuthError(
            f"the endpoint {url} asks for a user name and password: set {USER_ENV} and {PASSWORD_ENV}"
        )
    scheme = response.headers.get("WWW-Authenticate", "").split(None, 1)[0].lower()
    if scheme == "digest":
        return HTTPDigestAuth(user, password)
    if scheme == "basic":
        return HTTPBasicAuth(user, password)
    raise EndpointAuthError(
        f"the endpoint {url} asks for {scheme or 'an unknown'} authentication; chipkg speaks digest and basic"
    )


def _failure(url: str, status: int, text: str) -> Exception:
    """The error for an HTTP failure status, with the server's own first words."""
    detail = _short(re.sub(r"<[^>]+>", " ", text)) or "no message"
    if "SR171" in text or status in {503, 504} and "timeout" in text.lower():
        return EndpointTimeout(f"the endpoint {url} stopped the query at its time limit (HTTP {status}: {detail})")
    if status == 404:
        return EndpointError(f"no SPARQL service at {url} (HTTP 404)")
    if status in {400, 406, 415}:
        return EndpointError(f"the endpoint {url} refused the request (HTTP {status}: {detail})")
    return EndpointError(f"the endpoint {url} failed (HTTP {status}: {detail})")


def _reason(exc: Exception) -> str:
    """The innermost reason of a requests error, in a few words."""
    text = str(exc)
    for pattern, reason in (
        (r"Connection refused", "connection refused"),
        (r"Name or service not known|nodename nor servname|getaddrinfo failed|Failed to resolve", "unknown host"),
        (r"timed out", "timed out"),
        (r"Connection reset", "connection reset"),
        (r"IncompleteRead|ended prematurely|InvalidChunkLength", "the answer was cut short"),
        (r"Remote end closed connection", "the server closed the connection"),
    ):
        if re.search(pattern, text):
            return reason
    return _short(text, 120)


# ---------------------------------------------------------------------- push


class _Concatenation(io.RawIOBase):
    """Several files read one after the other as one stream, with a length (so the upload has a
    Content-Length) and a rewind (so an upload asked to authenticate can be sent again)."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.sizes = [p.stat().st_size for p in paths]
        self._index = 0
        self._handle: Any = None
        self._position = 0

    def __len__(self) -> int:
        return sum(self.sizes)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        if offset != 0 or whence != 0:
            raise OSError("only a rewind to the start is supported")
        self._close_handle()
        self._index = 0
        self._position = 0
        return 0

    def read(self, size: int = -1) -> bytes:
        while self._index < len(self.paths):
            if self._handle is None:
                self._handle = open(self.paths[self._index], "rb")  # noqa: SIM115 - closed when read out
            chunk = self._handle.read(size if size and size > 0 else 1 << 20)
            if chunk:
                self._position += len(chunk)
                return chunk
            self._close_handle()
            self._index += 1
        return b""

    def _close_handle(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def close(self) -> None:
        self._close_handle()
        super().close()


class PushReport:
    """What ``push`` sent: where, how many triples and bytes, the server's status, and whether the
    server's own bulk loader took it (``bulk``)."""

    def __init__(self, url: str, graph: str, triples: int, size: int, status: int, bulk: bool = False) -> None:
        self.url = url
        self.graph = graph
        self.triples = triples
        self.bytes = size
        self.status = status
        self.bulk = bulk


def offers_bulk_load(server: str) -> bool:
    """Whether the server that answered (its ``Server`` header) loads an upload without one
    transaction when asked. Oxigraph's server does, with the ``no_transaction`` parameter of its
    Graph Store (its bulk loader); in one transaction it holds the whole upload in memory, which
    at a million triples takes many times as long (benchmarks/scale.py, README). Other servers
    are sent the standard request only."""
    return server.strip().lower().startswith("oxigraph/")


def push(url: str, graph: str | None, files: list[Path], *, timeout: float | None = None) -> PushReport:
    """Replace ``graph`` on the Graph Store Protocol service at ``url`` with the N-Triples
    ``files``, sent as one streamed PUT (never read into memory whole).

    Before the upload a small HEAD of the graph lets the server ask for credentials, so the
    upload itself goes out once, already authenticated, and says which server it is. A server
    that offers a bulk load (``offers_bulk_load``) is asked for it; since a bulk load that fails
    half-way has written part of the graph, the graph is then deleted again, so a failed push
    never leaves a graph that looks whole.
    """
    url = check_url(url)
    graph = check_graph(graph or DEFAULT_GRAPH)
    wait = timeout or DEFAULT_READ_TIMEOUT
    client = _Client(url)
    head = client.send("HEAD", url, params={"graph": graph}, timeout=wait)  # any status but 401/403 will do
    bulk = offers_bulk_load(head.headers.get("Server", ""))
    head.close()
    params = {"graph": graph, **({"no_transaction": ""} if bulk else {})}
    body = _Concatenation(files)
    try:
        response = client.send(
            "PUT",
            url,
            params=params,
            data=body,
            headers={"Content-Type": "application/n-triples", "Content-Length": str(len(body))},
            timeout=wait,
        )
        if response.status_code >= 300:
            client.read(response, wait)  # raises the server's refusal, in one line
        response.close()
    except ChipkgError as failure:
        if bulk:
            failure.message = f"{failure.message}; {_drop_partial(client, url, graph, wait)}"
            failure.args = (failure.message,)
        raise
    finally:
        body.close()
    return PushReport(url, graph, sum(_lines(path) for path in files), len(body), response.status_code, bulk)


def _drop_partial(client: _Client, url: str, graph: str, wait: float) -> str:
    """Delete what a failed bulk load wrote of ``graph``; say what became of it."""
    try:
        client.send("DELETE", url, params={"graph": graph}, timeout=wait).close()
    except ChipkgError:
        return f"the graph <{graph}> may hold part of the upload: push again or delete it"
    return f"the part of the graph <{graph}> loaded before the failure was deleted"


def _lines(path: Path) -> int:
    """Triples in an N-Triples file chipkg wrote: one per line."""
    count = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
    return count
