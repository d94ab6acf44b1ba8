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
    raise FileNotFoundError(
        f"chipkg resources not found in {bundled} or {checkout}; the installation is incomplete"
    )


ROOT = _resource_root()
ONTOLOGY_DIR = ROOT / "ontology"
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
ONTOLOGY_FILE = ONTOLOGY_DIR / "chipkg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


def data_files() -> list[Path]:
    """The project's data files, sorted so that every build reads them in the same order."""
    return sorted(DATA_DIR.glob("*.ttl"))


def query_files() -> list[Path]:
    return sorted(QUERIES_DIR.glob("*.rq"))
