"""Every error chipkg reports, with the exit code the CLI turns it into.

Exit codes (documented in the README):
  0  success
  1  the answer is no: the data does not conform, ``ask`` cannot map the question,
     ``describe`` finds nothing
  2  usage or input error: bad option or parameter, unknown name, missing or unparsable file,
     malformed or refused query, a file or standard output that cannot be written, a cache
     directory that cannot be used, a damaged cache entry (``chipkg cache verify``)
The library raises these; ``chipkg.cli`` prints ``Error: <message>`` on one line and exits with
``exit_code``. Nothing else in the package decides exit codes.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NO = 1
EXIT_USAGE = 2


class ChipkgError(Exception):
    """Base class: a problem we can explain to the user in one line."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = " ".join(message.split())  # one line, always


class UsageError(ChipkgError):
    """A bad option, parameter or name on the command line."""


class InputFileError(ChipkgError):
    """A file the user named is missing, unreadable or does not parse."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class QueryError(ChipkgError):
    """A query that is malformed, refused (updates, SERVICE) or unknown."""


class DataError(ChipkgError):
    """The project's own data or ontology is broken (a file does not parse)."""


class OutputError(ChipkgError):
    """A file or stream chipkg writes cannot be written (``-o`` path, standard output, the cache);
    nothing was half-written."""


class CacheError(ChipkgError):
    """The graph cache cannot be used: its directory is not a directory, not writable, belongs to
    another user, or an entry is damaged and cannot be rebuilt."""


class NonConformingData(ChipkgError):
    """The data violates the SHACL shapes: the answer to "is it valid?" is no."""

    exit_code = EXIT_NO


class NoAnswer(ChipkgError):
    """Nothing found (``describe``) or the question cannot be mapped (``ask``)."""

    exit_code = EXIT_NO
