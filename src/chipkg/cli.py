"""The ``chipkg`` command line: parse arguments, call the public Python API, format what it returns.

Every command is a client of ``chipkg.api`` (a ``Graph`` from ``chipkg.open()``), so the shell and a
notebook share one path: this module imports only the public API (chipkg, chipkg.api,
chipkg.results, chipkg.errors, chipkg.charts, chipkg.files; chipkg.web for ``serve``), which a test
checks. Errors raised by the library (chipkg.errors) become ``Error: <one line>`` on stderr and the
documented exit code; this is the only place that happens, and the only place that adds the
command-line options to suggest (the library's messages name none). Commands on the query path
import only click, pyoxigraph and light chipkg modules; rdflib, owlrl and pyshacl are imported by
the API calls of the build-path commands (build, validate, export) that need them.
"""

from __future__ import annotations

import math
import os
import re
import sys
from pathlib import Path
from typing import Any

import click

from chipkg import __version__
from chipkg.api import DEFAULT_TIMEOUT
from chipkg.errors import EXIT_NO, ChipkgError, Interrupted, QueryTimeout, UsageError

RESULT_FORMATS = ["table", "csv", "tsv", "json", "xml", "md", "turtle", "nt", "jsonld"]
GRAPH_FORMATS = ("turtle", "nt", "jsonld", "xml")


def _click_error(message: str, code: int) -> click.ClickException:
    """A ClickException that exits with ``code`` (click prints it as ``Error: <message>``)."""

    class _Error(click.ClickException):
        exit_code = code

    return _Error(message)


def _one_line_usage_error(exc: click.UsageError) -> click.ClickException:
    """click prints a usage error as three lines (Usage, Try, Error); the README promises one line
    on stderr, exit 2: ``Error: No such option '--nope' (see 'chipkg query --help')``."""
    where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
    return _click_error(exc.format_message().rstrip(".") + where, exc.exit_code)


#: `chipkg` alone prints the help (click >= 8.2 raises it as a usage error); it stays the help
_HELP_NOT_ERROR = getattr(click.exceptions, "NoArgsIsHelpError", ())


class _ChipkgGroup(click.Group):
    """Turns library errors and click's usage errors into one-line messages with their exit codes."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:  # parsing `chipkg`'s own options and the command name
            return super().make_context(*args, **kwargs)
        except _HELP_NOT_ERROR:
            raise
        except click.UsageError as exc:
            raise _one_line_usage_error(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except _HELP_NOT_ERROR:
            raise
        except click.UsageError as exc:  # a command's options and arguments
            raise _one_line_usage_error(exc) from None
        except (ChipkgError, KeyboardInterrupt) as exc:  # Ctrl-C: the query worker is already killed
            known = exc if isinstance(exc, ChipkgError) else Interrupted()
            raise _click_error(_cli_message(known), known.exit_code) from None
        except BrokenPipeError:  # `chipkg ... | head`
            sys.stderr.close()
            ctx.exit(0)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # a bug of ours: one line, exit 2; --debug (CHIPKG_DEBUG=1) shows the traceback
            if os.environ.get("CHIPKG_DEBUG") or (ctx.params or {}).get("debug"):
                raise
            raise _click_error(
                f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                "please report it (run with --debug for the traceback)",
                2,
            ) from None


@click.group(cls=_ChipkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chipkg")
@click.option("--debug", is_flag=True, help="Show the Python traceback of an internal error (also CHIPKG_DEBUG=1).")
def cli(debug: bool) -> None:
    """chipkg: a knowledge graph of AI accelerator chips, and questions to ask it.

    Exit codes: 0 success; 1 the answer is no (data does not conform, no answer, nothing
    found); 2 usage or input error (also a query over its limits); 130 interrupted.
    """


def main() -> None:
    """The console script. Exits without Python's interpreter teardown: by then every file is
    written and closed and stdout is flushed, and skipping the teardown (closing the on-disk store,
    freeing modules) saves ~25 ms per command, a tenth of a query's time. Standard output is
    guarded (chipkg.files.guard_stdout): a full disk or a closed stdout is one line and exit 2, a
    broken pipe (`| head`) ends quietly with exit 0."""
    from chipkg import files

    files.guard_stdout()
    try:
        cli.main(prog_name="chipkg")
    except SystemExit as done:
        code = done.code
    except ChipkgError as exc:  # an error writing stdout outside a command (`--help > /dev/full`)
        _print_error(exc.message)
        code = exc.exit_code
    except BrokenPipeError:
        code = 0
    else:  # pragma: no cover - click always exits in standalone mode
        code = 0
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
    except ChipkgError as exc:
        if not code:  # else the error that ended the command was already printed
            _print_error(exc.message)
            code = exc.exit_code
    except (OSError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass
    os._exit(code or 0)


def _cli_message(error: ChipkgError) -> str:
    """The library's one-line message, with the command-line option that helps where there is one
    (the library names no option: the Python API raises the same errors)."""
    if isinstance(error, QueryTimeout):
        return f"query ran past the {error.seconds:g} s limit (--timeout SECONDS raises it; 0 means none)"
    parameter = getattr(error, "parameter", None)
    if isinstance(error, UsageError) and parameter:
        return f"{error.message} (--param {parameter}=VALUE)"
    return error.message


def _graph(endpoint: str | None = None, graph: str | None = None) -> Any:
    """The graph every command reads: the environment's cache and data directories, or a remote
    SPARQL endpoint (--endpoint URL, reading --graph IRI)."""
    import chipkg

    if graph is not None and endpoint is None:
        raise UsageError("--graph names a graph of a remote endpoint: give --endpoint URL too")
    return chipkg.open(endpoint=endpoint, graph=graph)


def _endpoint_options(command: Any) -> Any:
    """``--endpoint URL`` and ``--graph IRI``: run against a remote SPARQL 1.1 endpoint instead of
    the embedded store (credentials from CHIPKG_ENDPOINT_USER / CHIPKG_ENDPOINT_PASSWORD)."""
    command = click.option(
        "--graph",
        metavar="IRI",
        help="With --endpoint: the graph to read (default https://w3id.org/chipkg/graph, where push writes).",
    )(command)
    return click.option(
        "--endpoint",
        metavar="URL",
        help="Query this SPARQL 1.1 endpoint instead of the embedded store (e.g. http://localhost:7878/query).",
    )(command)


def _print_error(message: str) -> None:
    try:
        print(f"Error: {message}", file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass


def _echo_bytes(data: bytes) -> None:
    from chipkg import files

    files.write_stdout(data)


# --------------------------------------------------------------------------- build path


@cli.command()
@click.option("--force", is_flag=True, help="Rebuild even if the cache is up to date.")
@click.option("--full", is_flag=True, help="Reason and validate the whole graph at once, not file by file.")
@click.option(
    "--reasoner",
    type=click.Choice(["owlrl", "reasonable"]),
    default=None,
    help="OWL 2 RL reasoner: owlrl (default), or reasonable (faster; pip install 'chipkg[fast]').",
)
def build(force: bool, full: bool, reasoner: str | None) -> None:
    """Load, reason (OWL 2 RL), validate (SHACL) and cache the graph.

    Incremental: only data files whose results are not cached are reasoned and validated, each
    with the ontology and the shared files (and the files it adds to); --full does the whole graph
    at once. Prints the asserted and inferred triple counts and how long each step took. Later
    commands read the cache and never reason or validate again until an input changes.
    """
    import time

    started = time.perf_counter()
    report = _graph().build(force=force, full=full, reasoner=reasoner)
    total = time.perf_counter() - started
    if not report.rebuilt:
        click.echo(f"up to date: {report.asserted_triples} asserted + {report.inferred_triples} inferred triples")
        click.echo(f"cache: {report.cache_dir}")
        return
    click.echo(f"asserted triples: {report.asserted_triples}")
    click.echo(f"inferred triples: {report.inferred_triples} (OWL 2 RL closure, cleaned)")
    if report.units:
        click.echo(f"units: {report.units} ({report.reasoned} reasoned and validated now, the rest cached)")
    if report.reasoner:
        click.echo(f"reasoner: {report.reasoner}")
    elif reasoner:  # a file-by-file build reasons only what the cache does not hold
        click.echo(
            f"reasoner: {reasoner}, for what was reasoned now; results read from the cache are as they were "
            "reasoned (--full reasons everything)"
        )
    if report.groups:
        click.echo(f"file groups: {report.groups}, reasoned and validated in {report.workers} worker process(es)")
        click.echo("(load, reason, validate: CPU time summed over the workers; parallel: their wall time)")
    for step, seconds in report.timings.items():
        click.echo(f"{step:>9}: {seconds * 1000:8.0f} ms")
    click.echo(f"{'total':>9}: {total * 1000:8.0f} ms (wall time, with what the steps above do not time)")
    if report.warnings:
        click.echo(f"{len(report.warnings)} warning(s); `chipkg validate` lists them")
    click.echo(f"cache: {report.cache_dir}")


@cli.command()
@click.argument("data_files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--with-data", is_flag=True, help="Validate the files on top of the project's data.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="turtle: the standard SHACL validation report (sh:conforms is false if there is any result).",
)
def validate(data_files: tuple[Path, ...], with_data: bool, fmt: str) -> None:
    """Check data against the SHACL shapes.

    With no DATA_FILE, validates the project's data. With files, validates them against the
    ontology and shapes (with --with-data, together with the project's data), so you can check a
    file before adding it. Exit 0 conforms (warnings printed), 1 violations, 2 unreadable file.
    """
    from chipkg import api

    report = api.validate(list(data_files) or None, with_data=with_data)
    if fmt == "turtle":
        click.echo(api.validation_report_turtle(report), nl=False)
    else:
        for result in report.results:
            click.echo(result.one_line())
    counts = f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)"
    if report.conforms:
        if fmt == "text":
            click.echo(
                f"conforms except for {len(report.warnings)} warning(s)" if report.warnings else f"conforms ({counts})"
            )
        return
    click.echo(f"does not conform ({counts})", err=True)
    sys.exit(EXIT_NO)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "jsonld", "xml", "trig"]),
    default="turtle",
    show_default=True,
    help="xml is RDF/XML (Protégé, owlready2).",
)
# One boolean option with both spellings and an explicit default: two flag_value options sharing
# a destination read their default differently in click 8.1 and 8.2+ (8.5 exported the closure).
@click.option(
    "--inferred/--asserted",
    "inferred",
    default=False,
    help="--asserted (default): ontology + data as written; --inferred: also the cleaned OWL 2 RL closure.",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout (in place, safely).")
def export(fmt: str, inferred: bool, output: str | None) -> None:
    """Export the graph as Turtle, N-Triples, JSON-LD, RDF/XML or TriG (default graph only)."""
    from chipkg import files

    if output is not None:
        files.check_output_path(output)  # fail before the work
    files.write_output(_graph().export(fmt, inferred=inferred), output)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", help="The user source's name (default: the file's name, in lowercase with '-').")
@click.option("--dry-run", is_flag=True, help="Print what would be added (a summary and the Turtle); write nothing.")
def add(file: Path, name: str | None, dry_run: bool) -> None:
    """Add your own chips from a CSV (the README's template) or Turtle FILE.

    The file becomes a user source in the user data directory ($CHIPKG_DATA_DIR, else the per-user
    data directory): its rows become chips and figures with their source URL and the time they were
    added, validated with the shapes together with everything else, then written atomically and
    built. A bad row is one line naming the row and column (exit 2, nothing written); data the
    shapes reject exits 1, nothing written.
    """
    done = _graph().add(file, name=name, dry_run=dry_run)
    summary = [
        f"{'would add' if dry_run else 'added'} {done.triples} triples as user source {done.name!r} ({done.path})",
        f"new chips: {', '.join(done.new_chips) or 'none'}",
        f"figures added to: {', '.join(done.extended_chips) or 'none'}",
        f"source URLs: {', '.join(done.source_urls)}",
    ]
    if dry_run:
        click.echo("".join(f"# {line}\n" for line in summary) + "\n", nl=False)
        _echo_bytes(done.turtle)
        return
    click.echo("\n".join(summary))


@cli.command(name="sources")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_sources(fmt: str) -> None:
    """List what the graph holds from where: each built-in data file and each user source, with
    its source URLs, chips and triple count."""
    found = _graph().sources()
    if fmt == "json":
        import json

        click.echo(json.dumps([s.to_json() for s in found], indent=1, ensure_ascii=False))
        return
    rows = [("SOURCE", "KIND", "TRIPLES", "CHIPS", "ADDED", "SOURCE URLS")]
    for s in found:
        urls = s.source_urls[0] if s.source_urls else "-"
        if len(s.source_urls) > 1:
            urls += f" (+{len(s.source_urls) - 1})"
        rows.append((s.name, s.kind, str(s.triples), "; ".join(s.chips) or "-", s.added or "-", urls))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[5])


@cli.command()
@click.argument("source")
def remove(source: str) -> None:
    """Take a user source out of the graph again (its file is deleted, the graph rebuilt).

    Built-in data cannot be removed. A source that another user source builds on (adds figures
    to its chips) is refused (exit 1) and nothing is removed.
    """
    gone = _graph().remove(source)
    click.echo(f"removed user source {gone.name!r} ({gone.triples} triples; chips: {', '.join(gone.chips) or 'none'})")


@cli.group(name="cache")
def cache_group() -> None:
    """Check or remove the graph cache ($CHIPKG_CACHE_DIR, else the user cache directory)."""


@cache_group.command(name="verify")
def cache_verify() -> None:
    """Check the current cache entry against its manifest (every file hashed).

    Exit 0 intact, 1 no entry for the current inputs, 2 damaged (`chipkg build` rebuilds it; a
    query rebuilds a damaged store by itself).
    """
    click.echo(f"ok: {_graph().verify_cache()}")


@cache_group.command(name="clean")
def cache_clean() -> None:
    """Remove chipkg's cache entries (and nothing else) from the cache directory."""
    graph = _graph()
    removed = graph.clean_cache()
    click.echo(f"removed {len(removed)} chipkg cache item(s) from {graph.cache_dir}")


# --------------------------------------------------------------------------- query path


@cli.command()
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The Graph Store Protocol service: Oxigraph .../store, Virtuoso .../sparql-graph-crud-auth, "
    "Fuseki .../DATASET/data.",
)
@click.option("--graph", metavar="IRI", help="The graph to replace (default https://w3id.org/chipkg/graph).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=300,
    show_default=True,
    metavar="SECONDS",
    help="How long the server may take to answer the upload (0: the same default).",
)
def push(endpoint: str, graph: str | None, timeout: float) -> None:
    """Load the built graph (asserted + inferred triples) into a SPARQL 1.1 triplestore.

    Replaces the graph (an HTTP PUT of N-Triples, streamed from the cache, never read into memory
    whole) on any Graph Store Protocol server. A user name and password, when the server asks for
    them, come from CHIPKG_ENDPOINT_USER and CHIPKG_ENDPOINT_PASSWORD (digest or basic, as the
    server asks), never from the command line. Then query it with --endpoint URL on query, ask and
    describe.
    """
    report = _graph().push(endpoint, graph, timeout=timeout or None)
    click.echo(f"pushed {report.triples} triples ({report.bytes:,} bytes) to graph <{report.graph}>")
    loader = ", the server's bulk loader (no single transaction)" if report.bulk else ""
    click.echo(f"at {report.url} (HTTP {report.status}{loader})")


@cli.command(name="queries")
@click.argument("name", required=False)
def list_queries(name: str | None) -> None:
    """List the stored queries, or show one (description, parameters, SPARQL)."""
    graph = _graph()
    if name:
        q = graph.stored_query(name)
        click.echo(f"{q.name}: {q.title}\n")
        if q.description:
            click.echo(f"{q.description}\n")
        if q.params:
            click.echo("Parameters:")
            for p in q.params:
                default = "required" if p.required else (f"default {p.default}" if p.default else "optional")
                click.echo(f"  {p.name} ({p.describe_type()}; {default}): {p.description}")
            click.echo("")
        if q.example:
            click.echo(f"Example: {q.example}\n")
        if q.ask:
            click.echo(f"Asked as: {'; '.join(q.ask)}\n")
        click.echo(q.sparql.rstrip())
        return
    rows = graph.queries()
    width = max((len(q.name) for q in rows), default=0)
    for q in rows:
        params = ", ".join(f"{p.name}={p.default}" if p.default else p.name for p in q.params)
        click.echo(f"{q.name.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))


def _finite_seconds(_ctx: click.Context, _param: click.Parameter, value: float | None) -> float | None:
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value}: expected a number of seconds (0 means no limit)")
    return value


def _timeout_option(command: Any) -> Any:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        callback=_finite_seconds,
        metavar="SECONDS",
        help=f"Stop the query after SECONDS of wall time, exit 2 (default {DEFAULT_TIMEOUT:g}; 0: no limit).",
    )(command)


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    given: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"bad --param {pair!r}: expected KEY=VALUE")
        if given.get(key.strip(), value.strip()) != value.strip():
            raise UsageError(f"--param {key.strip()} given twice with different values")
        given[key.strip()] = value.strip()
    return given


def _format_option(help_text: str) -> Any:
    """``-f/--format`` over the result formats, shared by ``query`` and ``ask``."""
    return click.option("-f", "--format", "fmt", type=click.Choice(RESULT_FORMATS), default=None, help=help_text)


@cli.command()
@click.argument("target", required=False)
@click.option("-e", "--expression", help="Run this SPARQL text instead of a stored query.")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@_format_option("Output format (default: table for SELECT/ASK, turtle for CONSTRUCT/DESCRIBE).")
@click.option("--limit", type=click.IntRange(min=0), help="Print at most N rows (the query's LIMIT).")
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    help="Skip the first N rows (the query's OFFSET; with --limit, a page).",
)
@click.option("--show-sparql", is_flag=True, help="Print the query and its bindings to stderr first.")
@_timeout_option
@_endpoint_options
def query(
    target: str | None,
    expression: str | None,
    params: tuple[str, ...],
    fmt: str | None,
    limit: int | None,
    offset: int,
    show_sparql: bool,
    timeout: float,
    endpoint: str | None,
    graph: str | None,
) -> None:
    """Run a stored query (NAME), a query file (FILE.rq) or SPARQL text (-e).

    Parameters are parsed into typed RDF terms and bound, never pasted into the query: quantities
    take units as people write them (100MB, 0.1 GB, 1.5 TB/s, 7nm, 150W, 1.2GHz, 400 TOPS).
    The query runs in a worker process with a time limit (--timeout) and a memory cap
    (CHIPKG_MEMORY_MB, default 1024); Ctrl-C stops it (exit 130). With --endpoint the query runs
    on a remote SPARQL 1.1 endpoint, reading --graph, with the same parameters and answers.
    """
    if (target is None) == (expression is None):
        raise UsageError("give a stored query NAME, a FILE.rq, or -e SPARQL (exactly one)")
    if expression is not None:
        what: str | Path = expression
    elif target is not None and re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX)\b.*[{<]", target, re.I | re.S):
        raise UsageError("that reads as SPARQL text, not a query NAME or FILE.rq: run it with -e 'SPARQL'")
    elif target is not None and (target.endswith(".rq") or os.sep in target or "/" in target):
        what = Path(target)
    else:
        what = target or ""
    result = _graph(endpoint, graph).query(
        what, _parse_params(params), timeout=timeout, limit=limit, offset=offset, sparql=expression is not None
    )
    if show_sparql:
        click.echo(result.sparql.rstrip(), err=True)
        for name, term in result.bindings.items():
            shown = ", ".join(str(t) for t in term) if isinstance(term, list) else str(term)
            click.echo(f"# ?{name} = {shown}", err=True)
    if fmt is not None and result.kind not in ("select", "ask") and fmt not in GRAPH_FORMATS:
        raise UsageError(f"--format {fmt} is for SELECT; a {result.kind.upper()} prints turtle, nt, jsonld or xml")
    if fmt is not None and result.kind == "select" and fmt in {"turtle", "nt", "jsonld"}:
        raise UsageError(f"--format {fmt} is for CONSTRUCT/DESCRIBE; a SELECT prints table, csv, tsv, json, xml or md")
    click.echo(result.format(fmt), nl=False)


@cli.command()
@click.argument("name")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["table", "json", "turtle"]), default="table", show_default=True
)
@_endpoint_options
def describe(name: str, fmt: str, endpoint: str | None, graph: str | None) -> None:
    """Everything the graph knows about a chip, vendor, technology or process node.

    NAME is a label or alternative label (any case), a slug or an IRI. Figures show the unit as
    stated, their qualifier (over, up to, about) and source URL. Exit 1 if nothing matches, 2 if
    the name is ambiguous (the candidates are listed).
    """
    desc = _graph(endpoint, graph).describe(name, with_rdf=fmt == "turtle")
    if fmt == "json":
        import json

        click.echo(json.dumps(desc.to_json(), indent=2, ensure_ascii=False))
    elif fmt == "turtle":
        click.echo(desc.rdf.format("turtle"), nl=False)
    else:
        click.echo(desc.text(), nl=False)


@cli.command()
@click.argument("question")
@_format_option("Output format (default: table); json is the W3C SPARQL results JSON.")
@click.option("--show-sparql", is_flag=True, help="Print the compiled SPARQL query to stderr.")
@click.option("--list", "list_counted", is_flag=True, help="For a 'how many' question, list what it counts.")
@_timeout_option
@_endpoint_options
@click.option(
    "--refresh-lexicon", is_flag=True, help="With --endpoint: read the names again (after a push of new data)."
)
def ask(
    question: str,
    fmt: str | None,
    show_sparql: bool,
    list_counted: bool,
    timeout: float,
    endpoint: str | None,
    graph: str | None,
    refresh_lexicon: bool,
) -> None:
    """Answer a plain-English question about the chips.

    The question is parsed with the graph's own names and the ontology's words into a frame (what
    is asked, and its constraints), compiled into one SPARQL query and run. How it was read is
    printed on stderr first. Deterministic and offline: no language model, no network. A question
    it cannot read, or a figure the article does not give, exits 1 with the reason (with --format
    json, also a JSON object {"answered": false, "reason", "reading", "suggestions"} on stdout).
    A yes/no question prints true (stated), false (ruled out by the article), or exits 1 with
    "the article does not say". With --endpoint, the names ask knows are read from the endpoint
    once and kept in the cache directory (--refresh-lexicon reads them again).
    """
    import json

    from chipkg.errors import NoAnswer

    fmt = fmt or "table"
    if fmt in {"turtle", "nt", "jsonld"}:
        raise UsageError(f"--format {fmt} is for CONSTRUCT/DESCRIBE; ask prints table, csv, tsv, json, xml or md")
    if refresh_lexicon and endpoint is None:
        raise UsageError("--refresh-lexicon is for a remote endpoint: give --endpoint URL too")
    kg = _graph(endpoint, graph)
    if refresh_lexicon:
        kg.refresh()
    try:
        result = kg.ask(question, timeout=timeout, list_counted=list_counted)
    except NoAnswer as exc:
        if fmt == "json":
            click.echo(
                json.dumps(
                    {
                        "answered": False,
                        "reason": exc.message,
                        "reading": getattr(exc, "reading", None),
                        "suggestions": getattr(exc, "suggestions", []),
                    },
                    ensure_ascii=False,
                )
            )
        raise
    click.echo(f"# read as: {result.reading}", err=True)
    if show_sparql:
        click.echo(result.sparql.rstrip(), err=True)
    click.echo(result.format(fmt), nl=False)


@cli.command()
@click.argument("name")
@click.option("--x", "x", metavar="COLUMN", help="The column on the x axis (a stored query's chart).")
@click.option("--y", "y", metavar="COLUMN", help="The column on the y axis (a stored query's chart).")
@click.option("--label", metavar="COLUMN", help="The column that labels the points (default: the first text column).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("-o", "--output", metavar="FILE", help="Write the SVG to FILE instead of stdout (in place, safely).")
@_timeout_option
def chart(
    name: str,
    x: str | None,
    y: str | None,
    label: str | None,
    params: tuple[str, ...],
    output: str | None,
    timeout: float,
) -> None:
    """Draw a chart as SVG: a ready-made one (power-vs-performance, sram-vs-node), or a stored
    query's column --y against column --x.

    Axes are labelled with their units, on a log scale when the values span a decade or more;
    hedged figures are drawn as hedged (an open marker for about/nominal/likely, an arrow for a
    bound: "up to" points down, "over" up); each point carries its chip's name. The web
    interface's /charts draw the same SVG.
    """
    from chipkg import charts, files

    if output is not None:
        files.check_output_path(output)  # fail before the work
    graph = _graph()
    given = [option for option, value in (("--x", x), ("--y", y), ("--label", label), ("--param", params)) if value]
    if name in charts.CHARTS:
        if given:
            raise UsageError(f"{name} is a ready-made chart: it takes no {', '.join(given)}")
        svg = graph.chart(name, timeout=timeout)
    else:
        target: str | Path = Path(name) if name.endswith(".rq") or os.sep in name or "/" in name else name
        if isinstance(target, str):
            graph.stored_query(target)  # an unknown name says so first
        if x is None or y is None:
            known = ", ".join(charts.CHARTS)
            raise UsageError(f"a query's chart needs --x COLUMN and --y COLUMN (ready-made charts: {known})")
        svg = graph.query(target, _parse_params(params), timeout=timeout).plot(x=x, y=y, label=label)
    files.write_output(svg.encode("utf-8"), output)


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (127.0.0.1: this machine only; 0.0.0.0 opens it to the network).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="0 picks a free port.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=None,
    metavar="SECONDS",
    help="Stop a query after SECONDS and answer 503 (default 10; 0: no limit).",
)
@click.option("--cors", metavar="ORIGIN", help="Let scripts from ORIGIN (https://host[:port], or *) read answers.")
@click.option("--base-url", metavar="URL", help="The server's public URL behind a proxy, for links and descriptions.")
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=50_000,
    show_default=True,
    help="Refuse (413) an answer with more rows or triples than this.",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 256),
    default=16,
    show_default=True,
    help="Requests handled at once (a request waiting for a worker holds a thread).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Query worker processes for stored queries, ask and pages (default: one per CPU, at least 2).",
)
@click.option(
    "--sparql-workers",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Worker processes for ad-hoc /sparql queries, at low CPU priority; four times as many "
    "requests may wait for one, more get 503 with Retry-After.",
)
@click.option(
    "--cache-mb",
    type=click.IntRange(0, 4096),
    default=64,
    show_default=True,
    help="Memory for answers kept for repeated requests (0: none); emptied when the graph is rebuilt.",
)
def serve(
    host: str,
    port: int,
    timeout: float | None,
    cors: str | None,
    base_url: str | None,
    max_rows: int,
    threads: int,
    workers: int | None,
    sparql_workers: int,
    cache_mb: int,
) -> None:
    """Serve the graph read-only over HTTP: a SPARQL 1.1 endpoint, stored queries, ask, entity pages.

    Routes: /sparql (SPARQL 1.1 Protocol and service description), /rdf-graphs/service?default,
    /.well-known/void, /queries, /queries/NAME?param=value, /ask?q=QUESTION, /healthz, and each
    IRI under https://w3id.org/chipkg/ at its own path (/chip/groq-lpu). Listens on 127.0.0.1
    only unless --host says otherwise; CORS is off unless --cors names an origin.
    """
    import re

    from chipkg.web.app import Config
    from chipkg.web.server import serve as run_server

    origin = r"https?://(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::\d{1,5})?"
    if cors is not None and cors != "*" and not re.fullmatch(origin, cors):
        raise UsageError(f"--cors {cors!r}: expected an origin such as https://example.org or http://localhost:3000")
    if base_url is not None and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", base_url):
        raise UsageError(f"--base-url {base_url!r}: expected an http(s) URL such as https://example.org/chipkg")
    run_server(
        host,
        port,
        timeout=timeout,
        config=Config(base_url, cors, max_rows),
        threads=threads,
        workers=workers,
        sparql_workers=sparql_workers,
        cache_mb=cache_mb,
    )


if __name__ == "__main__":  # pragma: no cover
    main()
