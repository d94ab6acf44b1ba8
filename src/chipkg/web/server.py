"""Running the application: waitress, a threaded WSGI server, on one host and port.

Why waitress + werkzeug: the work of a request is a blocking wait on a query worker (a
persistent process of chipkg.runner.Pool), which a pool of threads does plainly; an async stack would hand every
request to a thread pool anyway. Both are long-lived, widely used projects (Pylons, Pallets),
pure Python with no compiled parts; waitress is a production server with its own request size
limits and never shows a traceback, werkzeug parses requests and writes ETag / conditional headers.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import Any

from chipkg.errors import UsageError
from chipkg.web.app import MAX_BODY, App, Config
from chipkg.web.graph import DEFAULT_CACHE_MB, DEFAULT_SPARQL_WORKERS, DEFAULT_TIMEOUT, Graph

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_THREADS = 16


def make_server(app: App, host: str, port: int, threads: int = DEFAULT_THREADS) -> Any:
    from waitress import create_server

    try:
        return create_server(
            app,
            host=host,
            port=port,
            threads=threads,
            ident="chipkg",
            max_request_body_size=2 * MAX_BODY,  # the app refuses bodies over MAX_BODY itself, in one line
            # A body up to that limit is read in large chunks and kept in memory, never spooled to a
            # temporary file: an oversized request costs the server's I/O thread little.
            recv_bytes=64 * 1024,
            inbuf_overflow=2 * MAX_BODY + 64 * 1024,
            max_request_header_size=512 * 1024,  # a GET ?query= of the longest query text, URL-encoded
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
        )
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    except ValueError as exc:  # waitress: a host it cannot resolve
        raise UsageError(f"cannot listen on {host}:{port}: {exc}") from None


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    timeout: float | None = None,
    config: Config | None = None,
    threads: int = DEFAULT_THREADS,
    workers: int | None = None,
    sparql_workers: int = DEFAULT_SPARQL_WORKERS,
    cache_mb: int = DEFAULT_CACHE_MB,
    say: Callable[[str], None] | None = None,
) -> None:
    """Open the graph, fork its workers, listen, and answer until SIGINT or SIGTERM; then stop
    every worker."""
    say = say or (lambda msg: print(msg, file=sys.stderr, flush=True))
    graph = Graph(
        DEFAULT_TIMEOUT if timeout is None else timeout,
        notify=say,
        workers=workers,
        sparql_workers=sparql_workers,
        cache_mb=cache_mb,
    )
    graph.open()
    try:
        server = make_server(App(graph, config), host, port, threads)
    except BaseException:
        graph.close()
        raise
    shown = f"[{host}]" if ":" in host else host
    say(
        f"chipkg: serving {graph.key} at http://{shown}:{server.effective_port}/ "
        f"(SPARQL endpoint /sparql; Ctrl-C stops)"
    )

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        graph.close()
    say("chipkg: stopped")
