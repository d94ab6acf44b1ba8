"""Every error chipkg reports, with the exit code the CLI turns it into.

Exit codes (documented in the README):
  0  success
  1  the answer is no: the data does not conform, ``ask`` cannot map the question,
     ``describe`` finds nothing
  2  usage or input error: bad option or parameter, unknown name, missing or unparsable file,
     malformed or refused query, a file or standard output that cannot be written, a cache
     directory that cannot be used, a damaged cache entry (``chipkg cache verify``); a query over
     a limit (size, nesting, time, memory) or one that made the query engine fail; a remote
     SPARQL endpoint (``--endpoint``) that cannot be reached, refuses the credentials, fails,
     runs out of time or sends an answer cut short
  130  interrupted (Ctrl-C), the shell's code for death by SIGINT
The library raises these; ``chipkg.cli`` prints ``Error: <message>`` on one line and exits with
``exit_code``. Nothing else in the package decides exit codes. Messages name no command-line
option (the Python API raises the same errors): where the CLI has an option to suggest, it adds
its own wording from the error's attributes (``QueryTimeout.seconds``, ``UsageError.parameter``).

HTTP statuses (``chipkg serve``) sit beside the exit codes, as ``http_status`` on each class: the
server answers a ChipkgError with its ``http_status`` and its one-line message, and nothing else in
the package decides a status. 400 malformed or bad input, 403 refused by policy (updates, LOAD,
SERVICE), 404 nothing there, 405 a method the resource does not take, 406 no format the client
accepts, 413 too large (a request, a query, a result), 415 a request body in a media type the
resource does not take, 422 ``ask`` cannot answer, 500 the server's
own data or cache is broken, 502 a remote SPARQL endpoint chipkg reads failed or refused it, 503
the query ran out of time or memory, or every query worker is busy (with Retry-After), 504 a remote
endpoint ran out of time.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NO = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class ChipkgError(Exception):
    """Base class: a problem we can explain to the user in one line."""

    exit_code = EXIT_USAGE
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = " ".join(message.split())  # one line, always

    def __reduce__(self) -> tuple:
        """Pickle by message and attributes, whatever the subclass's ``__init__`` takes: a query
        runs in a child process (chipkg.runner) and its error crosses back to the caller."""
        return (_rebuild, (type(self), self.message, self.__dict__))


def _rebuild(cls: type[ChipkgError], message: str, attributes: dict) -> ChipkgError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(attributes)
    return error


class UsageError(ChipkgError):
    """A bad option, parameter or name (on the command line, in a request or an API call).

    ``parameter`` names a stored query's parameter that is missing, so the CLI can say how to
    give it (``--param NAME=VALUE``) where the API says nothing of options."""

    parameter: str | None = None


class InputFileError(ChipkgError):
    """A file the user named is missing, unreadable or does not parse."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class QueryError(ChipkgError):
    """A query that is malformed, refused (updates, SERVICE) or unknown."""


class QueryRefused(QueryError):
    """A query refused by policy, not because it is malformed: SPARQL Update (LOAD, INSERT ...),
    SERVICE. The server says 403: asking again will not help."""

    http_status = 403


class UnknownQuery(QueryError):
    """No stored query has that name."""

    http_status = 404


class NotFound(ChipkgError):
    """The server has nothing at that path (no page, no entity with that IRI)."""

    http_status = 404


class MethodNotAllowed(ChipkgError):
    """An HTTP method the resource does not take (the server is read-only)."""

    http_status = 405


class NotAcceptable(ChipkgError):
    """None of the formats the client accepts (its ``Accept`` header) can carry this answer."""

    http_status = 406


class UnsupportedMediaType(ChipkgError):
    """A request body in a media type the resource does not take (POST /sparql as text/plain)."""

    http_status = 415


class TooLarge(ChipkgError):
    """A request, a query text or a result over the server's size limits."""

    http_status = 413


class DataError(ChipkgError):
    """The project's own data or ontology is broken (a file does not parse)."""

    http_status = 500


class OutputError(ChipkgError):
    """A file or stream chipkg writes cannot be written (``-o`` path, standard output, the cache);
    nothing was half-written."""

    http_status = 500


class CacheError(ChipkgError):
    """The graph cache cannot be used: its directory is not a directory, not writable, belongs to
    another user, or an entry is damaged and cannot be rebuilt."""

    http_status = 500


class NonConformingData(ChipkgError):
    """The data violates the SHACL shapes: the answer to "is it valid?" is no."""

    exit_code = EXIT_NO
    http_status = 500


class NoAnswer(ChipkgError):
    """Nothing found (``describe``) or the question cannot be mapped (``ask``)."""

    http_status = 422  # the request was understood; the graph gives no answer to it

    exit_code = EXIT_NO


class QueryTooComplex(QueryError):
    """A query over a limit checked before the SPARQL parser sees it (text size, nesting depth):
    the engine's parser recurses and would overflow its stack on deep nesting."""

    http_status = 413


class QueryTimeout(QueryError):
    """A query still running at its time limit; its worker process was killed."""

    http_status = 503

    def __init__(self, seconds: float) -> None:
        super().__init__(f"query ran past the {seconds:g} s limit (a longer timeout raises it; 0 means none)")
        self.seconds = seconds


class QueryOutOfMemory(QueryError):
    """A query that needed more memory than its worker process may take."""

    http_status = 503

    def __init__(self, limit_mb: int) -> None:
        super().__init__(
            f"the query engine failed: the query needed more than the {limit_mb} MB memory limit "
            "(CHIPKG_MEMORY_MB raises it)"
        )
        self.limit_mb = limit_mb


class EngineFailure(QueryError):
    """The query engine died (an abort, a segfault) or raised something it should not; the worker
    process took the damage, the caller reports it."""

    http_status = 500

    def __init__(self, detail: str) -> None:
        super().__init__(f"the query engine failed: {detail}")


class ServerBusy(ChipkgError):
    """Every query worker of the server is busy and its queue is full, or a request waited for a
    worker as long as a query may run: try again shortly (the answer says when, in Retry-After)."""

    http_status = 503

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Interrupted(ChipkgError):
    """Ctrl-C: the running query was stopped and its worker process killed."""

    http_status = 503

    exit_code = EXIT_INTERRUPTED

    def __init__(self) -> None:
        super().__init__("interrupted")


class EndpointError(ChipkgError):
    """A remote SPARQL endpoint or graph store (``--endpoint``) that cannot be reached, fails, or
    sends something that is not a whole answer (a body cut short, a web page): chipkg reports it
    and shows no rows."""

    http_status = 502


class EndpointAuthError(EndpointError):
    """A remote endpoint that asks for credentials chipkg does not have (``CHIPKG_ENDPOINT_USER``,
    ``CHIPKG_ENDPOINT_PASSWORD``) or refuses the ones it has."""


class EndpointTimeout(EndpointError):
    """A remote endpoint that stopped the query at its own time limit (Virtuoso's SR171, an
    incomplete "anytime" answer) or did not answer within chipkg's."""

    http_status = 504
