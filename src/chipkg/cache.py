"""Where the built graph is cached, and whether the cache is still good.

The key hashes every input of the build (ontology, shapes, each data file's name and bytes) and
the chipkg version, so editing any of them makes a new key and the old cache is simply not found.
This module imports neither rdflib nor pyoxigraph: the query path uses it on every call.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from chipkg import __version__, resources

ASSERTED = "asserted.nt"
INFERRED = "inferred.nt"
STORE = "oxigraph"  # the same triples as an on-disk Oxigraph store, opened read-only by queries
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
    """The SHA-256 of the chipkg version and every input's name and bytes (24 hex digits).

    Hashing means reading every input; the query path asks on every call, so the key is also
    remembered under the inputs' (name, size, modification time) in the cache directory, and a
    call whose files have not been touched since looks it up instead of rehashing.
    """
    paths = inputs if inputs is not None else build_inputs()
    fingerprint = _fingerprint(paths)
    index_path = cache_root() / "keys.tsv"  # "fingerprint TAB key" lines, newest first
    try:
        lines = index_path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        known, _, key = line.rpartition("\t")
        if known == fingerprint and len(key) == 24:
            return key
    key = _content_key(paths)
    try:
        index_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = index_path.with_name(f".keys-{os.getpid()}.tsv")
        tmp.write_text("\n".join([f"{fingerprint}\t{key}", *lines[:15]]) + "\n", encoding="utf-8")
        os.replace(tmp, index_path)
    except OSError:
        pass  # a read-only cache directory only costs the hashing
    return key


def _fingerprint(paths: list[Path]) -> str:
    parts = [__version__]
    for path in paths:
        try:
            stat = path.stat()
            parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}:missing")
    return "|".join(parts).replace("\t", " ").replace("\n", " ")


def _content_key(paths: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256()
    digest.update(f"chipkg {__version__}\n".encode())
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()[:24]


class CacheEntry(NamedTuple):
    directory: Path

    @property
    def asserted(self) -> Path:
        return self.directory / ASSERTED

    @property
    def inferred(self) -> Path:
        return self.directory / INFERRED

    @property
    def store(self) -> Path:
        return self.directory / STORE

    @property
    def meta(self) -> Path:
        return self.directory / META

    def is_complete(self) -> bool:
        """Written last and renamed into place whole, so a present meta file means a full entry."""
        return self.meta.is_file() and self.store.is_dir() and self.asserted.is_file() and self.inferred.is_file()


def current_entry() -> CacheEntry:
    return CacheEntry(cache_root() / f"graph-{input_key()}")
