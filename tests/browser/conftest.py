"""Browser tests: Playwright for Python driving the system's Chromium, offline by construction.

- The browser is Debian's Chromium (``apt-get install chromium``), found at ``CHIPKG_CHROMIUM`` or
  /usr/bin/chromium, headless, no sandbox. ``playwright install`` is never used: it downloads a
  browser, and tests must not touch the network.
- Every page comes from a browser context that routes every request: a request to anything but the
  test server's own host:port is aborted and recorded, and the test fails at teardown naming it.
  So a page that would call dbpedia, a CDN or a font service fails here, not in a user's browser.
  Anything the page's Content-Security-Policy blocks fails the test too: a policy that breaks the
  page it protects is a bug, whichever of the two is wrong.
- The server is either a LocalServer (static files and stubs, below) or ``live``: the real
  ``chipkg serve`` of the test run (tests/conftest.py ``server``).
- Screenshots are kept as test artifacts in tests/artifacts/browser/ (gitignored; emptied at the
  start of each run; ``CHIPKG_TEST_ARTIFACTS`` names another directory), never in /tmp.
- Without Playwright or Chromium the tests skip on a developer machine and FAIL in CI (CI=true),
  like the other reference tools (``missing_tool``).
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest
from conftest import missing_tool

STATIC_DIR = Path(__file__).resolve().parents[2] / "src" / "chipkg" / "web" / "static"
ARTIFACTS = Path(os.environ.get("CHIPKG_TEST_ARTIFACTS") or Path(__file__).resolve().parents[1] / "artifacts")


# --------------------------------------------------------------------------- a test-local server


class Response(NamedTuple):
    status: int
    content_type: str
    body: bytes


class Request(NamedTuple):
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Route = Callable[[Request], Response]
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class LocalServer:
    """A static file server on 127.0.0.1, port 0 (the OS picks a free one), in a thread: files from
    ``mounts`` (URL prefix -> directory, no path leaves its directory), plus ``routes`` (exact path ->
    function of the request, e.g. a stub /sparql). Every request is recorded in ``requests``."""

    def __init__(self, mounts: dict[str, Path], routes: dict[str, Route] | None = None) -> None:
        self.mounts = mounts
        self.routes = routes or {}
        self.requests: list[Request] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:  # quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
                server.requests.append(request)
                response = server.respond(request)
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(response.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(response.body)

            do_GET = do_POST = do_HEAD = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def respond(self, request: Request) -> Response:
        path = urlsplit(request.path).path
        if path in self.routes:
            return self.routes[path](request)
        for prefix, directory in self.mounts.items():
            if path.startswith(prefix):
                root = directory.resolve()
                file = (root / path[len(prefix) :]).resolve()
                if file.is_file() and file.is_relative_to(root):
                    return Response(200, _TYPES.get(file.suffix, "application/octet-stream"), file.read_bytes())
        return Response(404, "text/plain; charset=utf-8", b"not found")

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


class LiveServer(NamedTuple):
    """The test run's real ``chipkg serve`` (tests/conftest.py ``Server``) as ``offline.open`` takes it."""

    served: Any

    @property
    def origin(self) -> str:
        return self.served.url

    def url(self, path: str) -> str:
        return self.served.url + path


@pytest.fixture(scope="session")
def live(server: Any) -> LiveServer:
    """``offline.open(live, "/")``: pages of the real ``chipkg serve``, started once per run on port 0."""
    return LiveServer(server)


# --------------------------------------------------------------------------- the browser

#: Reports each Content-Security-Policy violation of a document to the test (console marker).
_CSP_REPORTER = """document.addEventListener("securitypolicyviolation", (e) =>
    console.error("chipkg-csp-violation: " + e.effectiveDirective + " blocked " + (e.blockedURI || "inline")));"""


def chromium_path() -> str:
    path = os.environ.get("CHIPKG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        missing_tool(f"Chromium is not installed ({path}); apt-get install chromium")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium (the system's, never a downloaded one) for the whole run."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_tool("Playwright for Python is not installed (pip install '.[test]')")
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            # no sandbox (containers, root); and none of Chromium's own background traffic
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-default-apps",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """tests/artifacts/browser/, emptied once per run: this run's screenshots, nothing older."""
    directory = ARTIFACTS / "browser"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory


class OfflinePage:
    """Opens pages on one LocalServer in a context that lets no request leave it."""

    def __init__(self, browser: Any, artifacts: Path, test_name: str) -> None:
        self.browser = browser
        self.artifacts = artifacts
        self.test_name = test_name
        self.outside: list[str] = []  # requests that tried to leave the test server
        self.errors: list[str] = []  # uncaught JavaScript errors
        self.blocked: list[str] = []  # what a page's Content-Security-Policy blocked
        self.contexts: list[Any] = []

    def open(self, server: LocalServer | LiveServer, path: str, **context_options: Any) -> Any:
        own = urlsplit(server.origin).netloc
        context = self.browser.new_context(**context_options)
        context.set_default_timeout(10_000)  # a page that works answers in well under a second
        self.contexts.append(context)

        def route(route: Any) -> None:
            url = route.request.url
            parts = urlsplit(url)
            if parts.scheme in {"data", "blob"} or (parts.scheme in {"http", "https"} and parts.netloc == own):
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        context.route("**/*", route)
        context.add_init_script(_CSP_REPORTER)
        page = context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on(
            "console",
            lambda message: (
                self.blocked.append(message.text) if message.text.startswith("chipkg-csp-violation") else None
            ),
        )
        page.goto(server.url(path))
        return page

    def screenshot(self, page: Any, name: str, **options: Any) -> Path:
        """Save a screenshot as ``<test name>-<name>.png`` in the artifacts directory."""
        path = self.artifacts / f"{self.test_name}-{name}.png"
        page.screenshot(path=str(path), **options)
        return path

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def offline(browser: Any, artifacts: Path, request: pytest.FixtureRequest) -> Iterator[OfflinePage]:
    """``offline.open(server, path)`` gives a page whose every request must stay on ``server``; the
    test fails at teardown if any tried to leave (or a script error was thrown)."""
    pages = OfflinePage(browser, artifacts, request.node.name.replace("/", "_").replace("[", "-").rstrip("]"))
    yield pages
    pages.close()
    assert pages.outside == [], f"requests left the test server: {pages.outside}"
    assert pages.errors == [], f"uncaught JavaScript errors: {pages.errors}"
    assert pages.blocked == [], f"the Content-Security-Policy blocked: {pages.blocked}"
