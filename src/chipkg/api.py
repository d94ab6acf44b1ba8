"""The public Python API: ``chipkg.open()`` and the read-only graph object it returns.

    >>> import chipkg
    >>> kg = chipkg.open()
    >>> rows = kg.query("sram-on-node", node="7nm", more_than="100MB")
    >>> sorted(row["chip"] for row in rows)
    ['Groq LPU', 'Meta MTIA v2', 'Qualcomm Cloud AI 100 Ultra']

The CLI is a client of this module: ``chipkg query``, ``ask``, ``describe``, ``queries``, ``export``,
``build``, ``validate``, ``cache`` and ``chart`` call a ``Graph`` method and only format what it
returns, so a notebook and a shell get the same answers, the same errors (chipkg.errors, whose
messages name no command-line option) and the same protection: a query runs in a forked worker
process under a time limit and a memory cap (chipkg.runner), and an interrupt (Ctrl-C in a shell,
the stop button in a notebook: SIGINT) kills it and raises KeyboardInterrupt in the caller.

Where the graph lives is a backend behind the small ``Backend`` protocol: ``chipkg.store.LocalStore``
(the build cache of a cache directory and a data directory) is the one shipped; a remote SPARQL
endpoint backend plugs in the same way. Each graph object has its own backend, so two graphs in one
process on two directories are independent.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from chipkg.errors import UsageError
from chipkg.resources import Location
from chipkg.results import FigureValue, Result
from chipkg.runner import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from chipkg.store import LocalStore

__all__ = ["DEFAULT_TIMEOUT", "Backend", "FigureValue", "Graph", "Result", "open"]

T = TypeVar("T")
_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")


class Backend(Protocol):
    """Where a graph object reads its graph. ``chipkg.store.LocalStore`` implements it.

    ``store()`` is the graph as an object with pyoxigraph.Store's read methods (``query``,
    ``quads_for_pattern``), which the library's query, ask and describe code reads; ``run(work,
    timeout, prepare)`` computes ``work(store)`` under the time limit so that an interrupt stops it
    (``prepare(store)`` first, in the caller: what it loads, every run shares); ``export`` writes
    the whole graph in an RDF format; ``location`` names it in messages.
    """

    @property
    def location(self) -> str: ...

    def store(self) -> Any: ...

    def run(
        self, work: Callable[[Any], T], timeout: float | None, prepare: Callable[[Any], Any] | None = None
    ) -> T: ...

    def export(self, fmt: str, inferred: bool) -> bytes: ...


def open(
    cache_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    endpoint: str | None = None,
    graph: str | None = None,
) -> Graph:
    """The graph, read-only.

    ``cache_dir``: where the built graph is cached (default ``$CHIPKG_CACHE_DIR``, else the user
    cache directory); ``data_dir``: a directory of your own Turtle files read on top of the
    project's data (default ``$CHIPKG_DATA_DIR``, else none). The graph is built into the cache on
    first use if it is missing or out of date. ``endpoint``: the URL of a remote SPARQL 1.1 query
    service instead of the local cache, reading ``graph`` (default ``https://w3id.org/chipkg/graph``,
    where ``Graph.push`` writes); credentials come from ``CHIPKG_ENDPOINT_USER`` and
    ``CHIPKG_ENDPOINT_PASSWORD`` (chipkg.remote).
    """
    if endpoint is not None:
        if cache_dir is not None or data_dir is not None:
            raise UsageError("a remote endpoint takes no cache or data directory")
        from chipkg.remote import RemoteBackend

        return Graph(RemoteBackend(endpoint, graph))
    if graph is not None:
        raise UsageError("a graph name is for a remote endpoint: give the endpoint too")
    from chipkg.store import LocalStore

    where = Location(
        Path(cache_dir) if cache_dir is not None else None, Path(data_dir) if data_dir is not None else None
    )
    if where.data_dir is not None:
        from chipkg.resources import user_data_dir

        user_data_dir(where)  # a data directory that is not one fails here, not at the first query
    return Graph(LocalStore(where))


class Graph:
    """A read-only view of the chip graph (see ``chipkg.open``). Every method that reads the graph
    takes ``timeout`` in seconds (default 10, as the CLI; 0 or None: no limit)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def __repr__(self) -> str:
        return f"<chipkg Graph: {self.backend.location}>"

    # ------------------------------------------------------------------ stored queries

    def queries(self) -> list[Any]:
        """The stored queries (``chipkg.catalog.StoredQuery``: name, title, description, params
        with their types, units and defaults, example, SPARQL), sorted by name."""
        from chipkg import catalog

        return catalog.stored_queries()

    def stored_query(self, name: str) -> Any:
        """One stored query by name; an unknown name is UnknownQuery with the closest names."""
        from chipkg import catalog

        if not isinstance(name, str):
            raise UsageError(f"expected a stored query's name, not {type(name).__name__}")
        return catalog.get(name)

    def query(
        self,
        name_or_sparql: str | os.PathLike[str],
        /,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        limit: int | None = None,
        offset: int = 0,
        sparql: bool | None = None,
        **kwargs: Any,
    ) -> Result:
        """Run a stored query (by name), SPARQL text, or a query file (a ``pathlib.Path``).

        Parameters come as keywords (or ``params``, for a name that is a keyword here), typed and
        unit-aware as on the CLI: ``more_than="100MB"``, ``node="7nm"``, ``chips=["Groq LPU", "H100"]``;
        a Python number is taken as is where the parameter needs no unit (counts, integers,
        decimals, row limits), a bool for a boolean. ``limit`` and ``offset`` page the rows (the
        query's own LIMIT and OFFSET, in a stable order). A string with no
        spaces or braces is a stored query's name, else SPARQL text; ``sparql=True`` says it is
        SPARQL whatever it looks like. SPARQL text may start with a stored-query header
        (``# title:``, ``# param:``) whose parameters are then typed the same way.
        """
        both = sorted(set(params or {}) & set(kwargs))
        if both:
            raise UsageError(f"parameter {both[0]!r} given twice: in params and as a keyword")
        given = _params_text({**(params or {}), **kwargs})
        stored = _stored(name_or_sparql, sparql)

        def work(store: Any) -> Result:
            from chipkg import catalog
            from chipkg import sparql as engine

            bound = catalog.bind(stored, given, store)
            rows = limit
            if bound.limit is not None:
                rows = bound.limit if limit is None else min(limit, bound.limit)
            answer = engine.run(store, stored.sparql, bound.bindings, limit=rows, offset=offset)
            return _result(store, answer, stored.sparql, bound.bindings)

        return self.backend.run(work, _timeout(timeout))

    # ------------------------------------------------------------------ ask, describe

    def ask(self, question: str, *, timeout: float | None = DEFAULT_TIMEOUT, list_counted: bool = False) -> Result:
        """Answer a plain-English question (``chipkg ask``): a Result whose ``reading`` says how the
        question was read and ``sparql`` what ran. A question it cannot read, or a figure the
        article does not give, raises NoAnswer (its ``reading`` and ``suggestions`` attributes say
        more). ``list_counted``: a "how many" question lists what it counts."""
        if not isinstance(question, str) or not question.strip():
            raise UsageError("ask needs a question")

        def work(store: Any) -> Result:
            return ask_result(store, question, list_counted)

        from chipkg.ask.answer import lexicon_of

        return self.backend.run(work, _timeout(timeout), prepare=lexicon_of)

    # ------------------------------------------------------------------ a shared triplestore

    def push(self, endpoint: str, graph: str | None = None, *, timeout: float | None = None) -> Any:
        """Load this graph (asserted + inferred triples, from the local build) into the SPARQL 1.1
        Graph Store Protocol service at ``endpoint``, replacing ``graph`` (default
        ``https://w3id.org/chipkg/graph``): a ``chipkg.remote.PushReport``. Credentials as ``open``."""
        from chipkg import remote

        ntriples = getattr(self.backend, "ntriples", None)
        if ntriples is None:
            raise UsageError(f"push sends a local build; {self.backend.location} is not one")
        return remote.push(endpoint, graph, ntriples(), timeout=timeout)

    def refresh(self) -> None:
        """Forget what was read from the graph and kept (a remote endpoint's names for ``ask``), so
        the next question reads it again: after new data was pushed under the same graph name."""
        refresh = getattr(self.backend, "refresh", None)
        if refresh is not None:
            refresh()

    def describe(self, name: str, *, timeout: float | None = DEFAULT_TIMEOUT, with_rdf: bool = False) -> Any:
        """Everything the graph knows about a chip, vendor, technology or process node, by label,
        alternative label (any case), slug or IRI: a ``chipkg.describe.Description`` (label, types,
        facts, figures as ``chipkg.figures.Figure`` with unit as stated, qualifier and source,
        notes, sources; ``to_json()``, ``text()``). Nothing matching is NoAnswer; an ambiguous name
        is a UsageError listing the candidates. ``with_rdf`` also fills ``rdf``: a Result of the
        entity's and its figures' triples (``rdf.format("turtle")``)."""
        if not isinstance(name, str) or not name.strip():
            raise UsageError("describe needs a name: a chip, vendor, technology or process node")

        def work(store: Any) -> Any:
            from chipkg import describe as describer

            found = describer.describe(store, name)
            if with_rdf:
                found.rdf = Result("describe", [], [], graph=describer.triples(store, found.iri))
            return found

        return self.backend.run(work, _timeout(timeout))

    # ------------------------------------------------------------------ the whole graph

    def export(self, format: str = "turtle", inferred: bool = False) -> bytes:
        """The whole graph as ``turtle``, ``nt``, ``jsonld``, ``xml`` (RDF/XML) or ``trig``:
        the ontology and data as written, plus the cleaned OWL 2 RL closure if ``inferred``.
        Deterministic for turtle, trig and nt. Reads the build cache with rdflib (imported here)."""
        formats = ("turtle", "nt", "jsonld", "xml", "trig")
        if format not in formats:
            raise UsageError(f"unknown export format {format!r} (formats: {', '.join(formats)})")
        return self.backend.export(format, bool(inferred))

    def chart(self, name: str, *, timeout: float | None = DEFAULT_TIMEOUT) -> Any:
        """One of the graph's ready-made charts (``chipkg.charts.CHARTS``: ``power-vs-performance``,
        ``sram-vs-node``) as SVG, the same bytes the web server serves at ``/charts/NAME.svg``."""
        from chipkg import charts

        if name not in charts.CHARTS:
            raise UsageError(f"unknown chart {name!r} (charts: {', '.join(charts.CHARTS)})")
        return charts.Svg(self.backend.run(lambda store: charts.chart_svg(name, store), _timeout(timeout)))

    # ------------------------------------------------------------------ the cache (local graphs)

    def build(
        self,
        force: bool = False,
        notify: Callable[[str], None] | None = None,
        *,
        full: bool = False,
        reasoner: str | None = None,
    ) -> Any:
        """Build the graph into the cache now (load, reason, validate; ``force``: even if it is up
        to date): a ``chipkg.build.BuildReport``. Incremental unless ``full`` (the whole graph
        reasoned and validated at once); ``reasoner``: "owlrl" (default) or "reasonable". Queries
        build a missing cache by themselves."""
        return _local(self).build(force=force, notify=notify, full=full, reasoner=reasoner)

    def verify_cache(self) -> str:
        """Check the current cache entry against its manifest, every file hashed; returns what was
        checked. No entry is NoAnswer; a damaged one is CacheError."""
        return _local(self).verify()

    def clean_cache(self) -> list[Path]:
        """Remove chipkg's cache entries (and nothing else) from the cache directory; returns them."""
        return _local(self).clean()

    # ------------------------------------------------------------------ the user's own data (local graphs)

    def add(self, path: str | os.PathLike[str], *, name: str | None = None, dry_run: bool = False) -> Any:
        """Add a user source from a CSV (the README's template) or Turtle file: converted, checked,
        validated with everything else, then written into this graph's data directory and built.
        Returns a ``chipkg.userdata.Addition`` (with ``dry_run``, nothing is written). A bad row is
        InputFileError naming the row and column; data the shapes reject is NonConformingData."""
        from chipkg import userdata

        if not isinstance(path, (str, os.PathLike)):
            raise UsageError(f"expected the path of a CSV or Turtle file, not {type(path).__name__}")
        return userdata.add(Path(path), name=name, dry_run=dry_run, where=_local(self).where)

    def sources(self) -> list[Any]:
        """What the graph holds from where: each built-in data file and each user source
        (``chipkg.userdata.Source``: source URLs, chips, triple count, when added)."""
        from chipkg import userdata

        return userdata.sources(where=_local(self).where)

    def remove(self, source: str) -> Any:
        """Take a user source out of the graph again (its file deleted, the graph rebuilt).
        Built-in data cannot be removed; a source another one builds on is refused."""
        from chipkg import userdata

        if not isinstance(source, str):
            raise UsageError(f"expected a user source's name, not {type(source).__name__}")
        return userdata.remove(source, where=_local(self).where)

    @property
    def cache_dir(self) -> Path:
        """The cache directory of a local graph."""
        return _local(self).cache_dir()


def validate(
    files: list[str | os.PathLike[str]] | None = None,
    with_data: bool = False,
    data_dir: str | os.PathLike[str] | None = None,
) -> Any:
    """Check data against the SHACL shapes: the project's data (with ``data_dir`` or
    ``$CHIPKG_DATA_DIR``, the user's too), or ``files`` alone against the ontology and shapes
    (``with_data``: on top of the project's data). Returns a ``chipkg.validation.Report``
    (``conforms``, ``violations``, ``warnings``, ``results``); runs rdflib and pySHACL."""
    from chipkg.validation import validate_files

    where = Location(data_dir=Path(data_dir)) if data_dir is not None else None
    if isinstance(files, (str, os.PathLike)):  # one path, not a list of them (its characters were files)
        raise UsageError("expected a list of files, not one path: validate([path])")
    paths = [Path(f) for f in files] if files else None
    return validate_files(paths, with_project_data=with_data, where=where)


def validation_report_turtle(report: Any) -> str:
    """A validation report as the standard SHACL report in Turtle (sh:conforms ...)."""
    from chipkg.validation import report_turtle

    return report_turtle(report)


# --------------------------------------------------------------------------- helpers


def _local(graph: Graph) -> LocalStore:
    from chipkg.store import LocalStore

    if not isinstance(graph.backend, LocalStore):
        raise UsageError(f"{graph.backend.location} has no local build cache")
    return graph.backend


def _timeout(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise UsageError(f"timeout {timeout!r}: expected a number of seconds (0 means no limit)")
    if timeout < 0 or timeout != timeout or timeout == float("inf"):
        raise UsageError(f"timeout {timeout!r}: expected a finite number of seconds, 0 or more (0 means no limit)")
    return float(timeout) or None


def _params_text(params: Mapping[str, Any]) -> dict[str, str]:
    """Python parameter values as the text the catalog parses: numbers and booleans as written,
    a list of names joined with commas; anything else is refused (never str() of an object)."""
    given: dict[str, str] = {}
    for key, value in params.items():
        if isinstance(value, bool):
            given[key] = "true" if value else "false"
        elif isinstance(value, int):
            given[key] = str(value)
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise UsageError(f"parameter {key!r}: {value!r} is not a finite number")
            given[key] = repr(value)
        elif isinstance(value, str):
            given[key] = value.strip()
        elif isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
            if any("," in v for v in value):
                raise UsageError(f"parameter {key!r}: a name in a list cannot hold a comma")
            given[key] = ", ".join(v.strip() for v in value)
        else:
            raise UsageError(
                f"parameter {key!r}: expected text, a number, a bool or a list of names, not {type(value).__name__}"
            )
    return given


def _stored(target: str | os.PathLike[str], sparql: bool | None) -> Any:
    """The stored query a target stands for: a name, a query file, or SPARQL text (with or
    without a stored-query header)."""
    from chipkg import catalog

    if isinstance(target, os.PathLike):
        path = Path(target)
        if path.is_dir():
            raise UsageError(f"{os.fspath(target)} is a directory, not a query file")
        if not path.is_file():
            raise UsageError(f"no such query file: {os.fspath(target)}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read query file {os.fspath(target)}: {exc}") from None
        if "# title:" in text:
            return catalog.parse_header(text, path)
        return catalog.StoredQuery(path.stem, "", "", [], "", text, path)
    if not isinstance(target, str):
        raise UsageError(f"expected a stored query's name, SPARQL text or a path, not {type(target).__name__}")
    if sparql is None:
        sparql = not _NAME.fullmatch(target)
    if not sparql:
        return catalog.get(target)
    if target.lstrip().startswith("# title:"):
        return catalog.parse_header(target, Path("<expression>"))
    return catalog.StoredQuery("<expression>", "", "", [], "", target, Path("-"))


def ask_result(store: Any, question: str, list_counted: bool = False) -> Result:
    """``ask``'s answer over ``store`` as a Result (raises NoAnswer): the one place an answer
    becomes a Result, so the API, the CLI and the web server show the same rows and reading."""
    from chipkg import ask as asker

    answer = asker.answer(store, question, list_counted=list_counted)
    if answer.boolean is not None:
        return Result(
            "ask",
            [],
            [],
            boolean=answer.boolean,
            sparql=answer.sparql,
            reading=answer.reading,
            claimed_by=answer.claimed_by,
        )
    return _result_rows(store, "select", answer.variables, answer.rows, answer.sparql, {}, answer.reading)


def _result(store: Any, answer: Any, sparql_text: str, bindings: dict[str, Any]) -> Result:
    """A Result from a chipkg.sparql.Result; runs in the worker (figures are read there)."""
    if answer.form == "ask":
        return Result("ask", [], [], boolean=bool(answer.boolean), sparql=sparql_text, bindings=bindings)
    if answer.form == "select":
        return _result_rows(store, "select", answer.variables, answer.rows, sparql_text, bindings, None)
    return Result(answer.form, [], [], graph=answer.triples or [], sparql=sparql_text, bindings=bindings)


def _result_rows(
    store: Any,
    kind: str,
    variables: list[str],
    rows: list[list[Any]],
    sparql_text: str,
    bindings: dict[str, Any],
    reading: str | None,
) -> Result:
    from chipkg.figures import Reader
    from chipkg.results import figure_iris

    wanted = figure_iris(variables, rows)
    reader = Reader(store) if wanted else None
    figures = {iri: reader.figure(iri) for iri in sorted(wanted)} if reader else {}
    return Result(kind, variables, rows, figures=figures, sparql=sparql_text, bindings=bindings, reading=reading)
