"""The ``chipkg`` command line: parse arguments, call the library, format what it returns.

Errors raised by the library (chipkg.errors) become ``Error: <one line>`` on stderr and the
documented exit code; this is the only place that happens. Commands on the query path import
only click, pyoxigraph and light chipkg modules; rdflib, owlrl and pyshacl are imported inside
the build-path commands (build, validate, export) that need them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from chipkg import __version__
from chipkg.errors import EXIT_NO, ChipkgError, Interrupted, UsageError
from chipkg.runner import DEFAULT_TIMEOUT

RESULT_FORMATS = ["table", "csv", "tsv", "json", "xml", "md", "turtle", "nt", "jsonld"]


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
            raise _click_error(known.message, known.exit_code) from None
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
def build(force: bool) -> None:
    """Load, reason (OWL 2 RL), validate (SHACL) and cache the graph.

    Prints the asserted and inferred triple counts and how long each step took. Later commands
    read the cache and never reason or validate again until an input changes.
    """
    from chipkg.build import build as run_build

    report = run_build(force=force)
    if not report.rebuilt:
        click.echo(f"up to date: {report.asserted_triples} asserted + {report.inferred_triples} inferred triples")
        click.echo(f"cache: {report.cache_dir}")
        return
    click.echo(f"asserted triples: {report.asserted_triples}")
    click.echo(f"inferred triples: {report.inferred_triples} (OWL 2 RL closure, cleaned)")
    for step, seconds in report.timings.items():
        click.echo(f"{step:>9}: {seconds * 1000:8.0f} ms")
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
    from chipkg.validation import report_turtle, validate_files

    report = validate_files(list(data_files) or None, with_project_data=with_data)
    if fmt == "turtle":
        click.echo(report_turtle(report), nl=False)
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
    from chipkg import export as exporter
    from chipkg import files

    if output is not None:
        files.check_output_path(output)  # fail before the work
    files.write_output(exporter.serialize(exporter.graph(inferred=inferred), fmt), output)


@cli.group(name="cache")
def cache_group() -> None:
    """Check or remove the graph cache ($CHIPKG_CACHE_DIR, else the user cache directory)."""


@cache_group.command(name="verify")
def cache_verify() -> None:
    """Check the current cache entry against its manifest (every file hashed).

    Exit 0 intact, 1 no entry for the current inputs, 2 damaged (`chipkg build` rebuilds it; a
    query rebuilds a damaged store by itself).
    """
    from chipkg import cache
    from chipkg.errors import CacheError, NoAnswer

    entry = cache.current_entry()
    if not entry.exists():
        raise NoAnswer(
            f"no graph cache entry for the current inputs in {entry.directory.parent} (`chipkg build` makes one)"
        )
    problems = entry.problems("all", thorough=True)
    if problems:
        raise CacheError(
            f"the graph cache entry {entry.directory} is damaged: {'; '.join(problems)} (`chipkg build` rebuilds it)"
        )
    count = len((entry.read_manifest() or {"files": {}})["files"])
    click.echo(f"ok: {entry.directory} ({count} files match the manifest)")


@cache_group.command(name="clean")
def cache_clean() -> None:
    """Remove chipkg's cache entries (and nothing else) from the cache directory."""
    from chipkg import cache

    removed = cache.clean()
    click.echo(f"removed {len(removed)} chipkg cache item(s) from {cache.cache_root()}")


# --------------------------------------------------------------------------- query path


@cli.command(name="queries")
@click.argument("name", required=False)
def list_queries(name: str | None) -> None:
    """List the stored queries, or show one (description, parameters, SPARQL)."""
    from chipkg import catalog

    if name:
        q = catalog.get(name)
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
    rows = catalog.stored_queries()
    width = max((len(q.name) for q in rows), default=0)
    for q in rows:
        params = ", ".join(f"{p.name}={p.default}" if p.default else p.name for p in q.params)
        click.echo(f"{q.name.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))


def _timeout_option(command: Any) -> Any:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"Stop the query after SECONDS of wall time, exit 2 (default {DEFAULT_TIMEOUT:g}; 0: no limit).",
    )(command)


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    given: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"bad --param {pair!r}: expected KEY=VALUE")
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
def query(
    target: str | None,
    expression: str | None,
    params: tuple[str, ...],
    fmt: str | None,
    limit: int | None,
    offset: int,
    show_sparql: bool,
    timeout: float,
) -> None:
    """Run a stored query (NAME), a query file (FILE.rq) or SPARQL text (-e).

    Parameters are parsed into typed RDF terms and bound, never pasted into the query: quantities
    take units as people write them (100MB, 0.1 GB, 1.5 TB/s, 7nm, 150W, 1.2GHz, 400 TOPS).
    The query runs in a worker process with a time limit (--timeout) and a memory cap
    (CHIPKG_MEMORY_MB, default 1024); Ctrl-C stops it (exit 130).
    """
    from chipkg import catalog, runner
    from chipkg.store import open_store

    if (target is None) == (expression is None):
        raise UsageError("give a stored query NAME, a FILE.rq, or -e SPARQL (exactly one)")
    if expression is not None:
        stored = (
            catalog.parse_header(expression, Path("<expression>"))
            if expression.lstrip().startswith("# title:")
            else catalog.StoredQuery("<expression>", "", "", [], "", expression, Path("-"))
        )
    elif target is not None and (target.endswith(".rq") or os.sep in target or "/" in target):
        path = Path(target)
        if not path.is_file():
            raise UsageError(f"no such query file: {target}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read query file {target}: {exc}") from None
        stored = (
            catalog.parse_header(text, path)
            if "# title:" in text
            else catalog.StoredQuery(path.stem, "", "", [], "", text, path)
        )
    else:
        stored = catalog.get(target or "")
    given = _parse_params(params)
    store = open_store()

    def work() -> str | bytes:
        bound = catalog.bind(stored, given, store)
        rows = limit
        if bound.limit is not None:
            rows = bound.limit if limit is None else min(limit, bound.limit)
        return _run_and_format(store, stored.sparql, bound.bindings, fmt, rows, show_sparql, offset)

    click.echo(runner.call(work, runner.limits(timeout)), nl=False)


@cli.command()
@click.argument("name")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["table", "json", "turtle"]), default="table", show_default=True
)
def describe(name: str, fmt: str) -> None:
    """Everything the graph knows about a chip, vendor, technology or process node.

    NAME is a label or alternative label (any case), a slug or an IRI. Figures show the unit as
    stated, their qualifier (over, up to, about) and source URL. Exit 1 if nothing matches, 2 if
    the name is ambiguous (the candidates are listed).
    """
    from chipkg import describe as describer
    from chipkg import render, runner
    from chipkg.store import open_store

    if not name.strip():
        raise UsageError("describe needs a name: a chip, vendor, technology or process node")
    store = open_store()

    def work() -> str | bytes:
        desc = describer.describe(store, name)
        if fmt == "json":
            import json

            return json.dumps(desc.to_json(), indent=2, ensure_ascii=False) + "\n"
        if fmt == "turtle":
            return render.graph_output(describer.triples(store, desc.iri), "turtle")
        return render.description(desc)

    click.echo(runner.call(work, runner.limits()), nl=False)


@cli.command()
@click.argument("question")
@_format_option("Output format (default: table); json is the W3C SPARQL results JSON.")
@click.option("--show-sparql", is_flag=True, help="Print the compiled SPARQL query to stderr.")
@click.option("--list", "list_counted", is_flag=True, help="For a 'how many' question, list what it counts.")
@_timeout_option
def ask(question: str, fmt: str | None, show_sparql: bool, list_counted: bool, timeout: float) -> None:
    """Answer a plain-English question about the chips.

    The question is parsed with the graph's own names and the ontology's words into a frame (what
    is asked, and its constraints), compiled into one SPARQL query and run. How it was read is
    printed on stderr first. Deterministic and offline: no language model, no network. A question
    it cannot read, or a figure the article does not give, exits 1 with the reason (with --format
    json, also a JSON object {"answered": false, "reason", "reading", "suggestions"} on stdout).
    A yes/no question prints true (stated), false (ruled out by the article), or exits 1 with
    "the article does not say".
    """
    import json

    from chipkg import ask as asker
    from chipkg import render, runner
    from chipkg.ask.answer import lexicon_of
    from chipkg.errors import NoAnswer
    from chipkg.store import open_store

    fmt = fmt or "table"
    if fmt in {"turtle", "nt", "jsonld"}:
        raise UsageError(f"--format {fmt} is for CONSTRUCT/DESCRIBE; ask prints table, csv, tsv, json, xml or md")
    store = open_store()
    lexicon_of(store)  # read here, once per process: every worker inherits it

    def work() -> tuple[str, str, str]:
        result = asker.answer(store, question, list_counted=list_counted)
        if result.boolean is not None:
            return result.reading, result.sparql, render.boolean_output(fmt, result.boolean)
        return result.reading, result.sparql, render.select_output(fmt, result.variables, result.rows, store=store)

    try:
        reading, sparql_text, output = runner.call(work, runner.limits(timeout))
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
    click.echo(f"# read as: {reading}", err=True)
    if show_sparql:
        click.echo(sparql_text.rstrip(), err=True)
    click.echo(output, nl=False)


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
    help="Requests answered at once (each running query is one worker process).",
)
def serve(
    host: str, port: int, timeout: float | None, cors: str | None, base_url: str | None, max_rows: int, threads: int
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
    run_server(host, port, timeout=timeout, config=Config(base_url, cors, max_rows), threads=threads)


def _run_and_format(
    store: Any,
    sparql_text: str,
    bindings: dict[str, Any],
    fmt: str | None,
    limit: int | None,
    show_sparql: bool,
    offset: int = 0,
) -> str | bytes:
    """The query's output; runs in the query's worker process (chipkg.runner)."""
    from chipkg import render, sparql

    if show_sparql:
        click.echo(sparql_text.rstrip(), err=True)
        for name, term in bindings.items():
            shown = ", ".join(str(t) for t in term) if isinstance(term, list) else str(term)
            click.echo(f"# ?{name} = {shown}", err=True)
    result = sparql.run(store, sparql_text, bindings, limit=limit, offset=offset)
    if result.form == "select":
        fmt = fmt or "table"
        if fmt in {"turtle", "nt", "jsonld"}:
            raise UsageError(
                f"--format {fmt} is for CONSTRUCT/DESCRIBE; a SELECT prints table, csv, tsv, json, xml or md"
            )
        return render.select_output(fmt, result.variables, result.rows, store=store)
    if result.form == "ask":
        return render.boolean_output(fmt or "table", bool(result.boolean))
    fmt = fmt or "turtle"
    if fmt not in {"turtle", "nt", "jsonld", "xml"}:
        raise UsageError(f"--format {fmt} is for SELECT; a {result.form.upper()} prints turtle, nt, jsonld or xml")
    return render.graph_output(result.triples or [], fmt)


if __name__ == "__main__":  # pragma: no cover
    main()
