"""Where the built graph is cached, and whether the cache is still good.

The key hashes every input of the build (ontology, shapes, each data file's name and bytes) and
the chipkg version, so editing any of them makes a new key and the old cache is simply not found.
This module imports neither rdflib nor pyoxigraph: the query path uses it on every call.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from chipkg import __version__, resources

ASSERTED = "asserted.nt"
INFERRED = "inferred.nt"
META = "meta.json"


def cache_root() -> Path:
    """``$CHIPKG_CACHE_DIR`` if set, else the per-user cache directory (never the package)."""
    override = os.environ.get("CHIPKG_CACHE_DIR")
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.name == "posix":  # platformdirs costs an import; XDG is the common case
        return Path(xdg) / "chipkg"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("chipkg", appauthor=False))


def build_inputs() -> list[Path]:
    return [resources.ONTOLOGY_FILE, resources.SHAPES_FILE, *resources.data_files()]


def input_key(inputs: list[Path] | None = None) -> str:
    digest = hashlib.sha256()
    digest.update(f"chipkg {__version__}\n".encode())
    for path in inputs if inputs is not None else build_inputs():
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()[:24]


@dataclass(frozen=True)
class CacheEntry:
    directory: Path

    @property
    def asserted(self) -> Path:
        return self.directory / ASSERTED

    @property
    def inferred(self) -> Path:
        return self.directory / INFERRED

    @property
    def meta(self) -> Path:
        return self.directory / META

    def is_complete(self) -> bool:
        return self.asserted.is_file() and self.inferred.is_file() and self.meta.is_file()


def current_entry() -> CacheEntry:
    return CacheEntry(cache_root() / f"graph-{input_key()}")
