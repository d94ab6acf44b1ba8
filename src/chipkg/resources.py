"""Where the ontology, data and stored queries are, whichever way chipkg was installed.

A wheel carries them inside the package (``chipkg/_resources/``); an editable install or a plain
checkout finds them at the top level of the source tree. Looking in both places keeps one layout
for developers and users and avoids hatchling's editable-install trap with force-include.
"""

from __future__ import annotations

from pathlib import Path

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


def user_data_dir() -> Path | None:
    """``$CHIPKG_DATA_DIR``: a directory of the user's own Turtle files, read on top of the
    project's data (a new chip there is queryable and askable with no code change)."""
    import os

    value = os.environ.get("CHIPKG_DATA_DIR")
    if not value:
        return None
    path = Path(value)
    if not path.is_dir():
        from chipkg.errors import UsageError

        raise UsageError(f"CHIPKG_DATA_DIR={value} is not a directory")
    return path


def project_data_files() -> list[Path]:
    """The project's own data files, sorted so that every build reads them in the same order."""
    return sorted(DATA_DIR.glob("*.ttl"))


#: The project files every other data file points into (organizations, technologies, the article's
#: sections, the introduction): the incremental build reasons each other file together with these
#: and the ontology. They are the files whose resources two or more other project files reference;
#: tests/test_incremental_build.py recomputes that and compares.
SHARED_DATA_FILES = ("article.ttl", "introduction.ttl", "organizations.ttl", "technologies.ttl")


def shared_data_files() -> list[Path]:
    return [DATA_DIR / name for name in SHARED_DATA_FILES if (DATA_DIR / name).is_file()]


def user_data_files() -> list[Path]:
    directory = user_data_dir()
    return sorted(directory.glob("*.ttl")) if directory is not None else []


def data_files() -> list[Path]:
    """Every data file of the build: the project's, then the user's (``$CHIPKG_DATA_DIR``)."""
    return [*project_data_files(), *user_data_files()]


def query_files() -> list[Path]:
    return sorted(QUERIES_DIR.glob("*.rq"))
