"""Where the ontology, data and stored queries are, whichever way chipkg was installed.

A wheel carries them inside the package (``chipkg/_resources/``); an editable install or a plain
checkout finds them at the top level of the source tree. Looking in both places keeps one layout
for developers and users and avoids hatchling's editable-install trap with force-include.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_root() -> Path:
    bundled = _PACKAGE_DIR / "_resources"
    if (bundled / "ontology").is_dir():
        return bundled
    checkout = _PACKAGE_DIR.parent.parent
    if (checkout / "ontology").is_dir():
        return checkout
    raise FileNotFoundError(f"chipkg resources not found in {bundled} or {checkout}; the installation is incomplete")


ROOT = _resource_root()
ONTOLOGY_DIR = ROOT / "ontology"
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
ONTOLOGY_FILE = ONTOLOGY_DIR / "chipkg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


def default_user_data_dir() -> Path:
    """Where ``chipkg add`` keeps the user's own data when ``$CHIPKG_DATA_DIR`` is not set: the
    per-user data directory (``$XDG_DATA_HOME/chipkg``, else platformdirs' ``user_data_dir``:
    ``~/.local/share/chipkg`` on Linux, ``~/Library/Application Support/chipkg`` on macOS)."""
    import os
    import sys

    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    if xdg and os.name == "posix":  # platformdirs costs an import on every query; XDG is the common case
        return Path(xdg) / "chipkg"
    if sys.platform.startswith("linux"):  # platformdirs' own rule there (tests/test_resources_dirs.py)
        return Path(os.path.expanduser("~/.local/share")) / "chipkg"
    from platformdirs import user_data_dir as platform_data_dir

    return Path(platform_data_dir("chipkg", appauthor=False))


class Location(NamedTuple):
    """Where one graph's files are: its cache directory and the user's data directory.

    ``None`` in a field means the environment's choice, read at each use (``CHIPKG_CACHE_DIR``,
    ``CHIPKG_DATA_DIR``), as the CLI does. The Python API gives each graph object its own
    Location (``chipkg.open(cache_dir=..., data_dir=...)``), so two graphs in one process on two
    directories never share a cache or a data directory.
    """

    cache_dir: Path | None = None
    data_dir: Path | None = None


def user_data_dir(where: Location | None = None) -> Path | None:
    """The directory of the user's own Turtle files, read on top of the project's data (a new chip
    there is queryable and askable with no code change): ``where.data_dir``, else
    ``$CHIPKG_DATA_DIR`` when set (it must then be a directory), else the default
    (``default_user_data_dir``), or None while that does not exist yet (``chipkg add`` creates it)."""
    from chipkg.errors import UsageError

    if where is not None and where.data_dir is not None:
        path = Path(where.data_dir)
        if not path.is_dir():
            raise UsageError(f"the data directory {path} is not a directory")
        return path
    import os

    value = os.environ.get("CHIPKG_DATA_DIR")
    if not value:
        default = default_user_data_dir()
        return default if default.is_dir() else None
    path = Path(value)
    if not path.is_dir():
        raise UsageError(f"CHIPKG_DATA_DIR={value} is not a directory")
    return path


def project_data_files() -> list[Path]:
    """The project's own data files, sorted so that every build reads them in the same order."""
    return sorted(DATA_DIR.glob("*.ttl"))


def base_files() -> list[Path]:
    """The *base* of the per-file builds (chipkg.incremental, chipkg.delta, chipkg.fullbuild):
    the ontology and every project data file, the built-in graph the user's files point into.
    Each user file is reasoned and validated with it; one definition, so the per-file results a
    ``build --full`` leaves in the cache serve the next ``chipkg add``."""
    return [ONTOLOGY_FILE, *project_data_files()]


def user_data_files(where: Location | None = None) -> list[Path]:
    """The Turtle files of the user data directory, sorted (a directory named ``x.ttl`` is not one)."""
    directory = user_data_dir(where)
    return sorted(p for p in directory.glob("*.ttl") if not p.is_dir()) if directory is not None else []


def data_files(where: Location | None = None) -> list[Path]:
    """Every data file of the build: the project's, then the user's (see ``user_data_dir``)."""
    return [*project_data_files(), *user_data_files(where)]


def query_files() -> list[Path]:
    return sorted(QUERIES_DIR.glob("*.rq"))
