"""Names to IRIs: labels, alternative labels, slugs, prefixed names, full IRIs.

Every entity has one rdfs:label and any number of skos:altLabel; users type any of them in any
case. A name that matches nothing gets the closest names as suggestions; a name that matches
several entities lists them, and the caller decides (``describe`` exits 2).

Looking a name up reads an index (normalized name -> entities, slug -> entities), not every label:
it is built with one scan of the labels the first time a store is asked, kept per store in the
process and saved as an SQLite file in the store's cache entry, so the next process reads the rows
of the name it looks up, not every name, and a change of the graph rewrites the rows of the
entities it touched (:func:`carry_index`).
Only a name that matches nothing scans the labels again, for suggestions.
"""

from __future__ import annotations

import os
import re
import sys
import zlib
from typing import Any, NamedTuple

from chipkg import files
from chipkg.errors import ChipkgError, UsageError
from chipkg.namespaces import PREFIXES, shorten

_LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?entity ?name ?main WHERE {
  %s
  { ?entity rdfs:label ?name BIND (true AS ?main) } UNION { ?entity skos:altLabel ?name BIND (false AS ?main) }
}
"""


#: how a BIND(true AS ?main) comes back: Virtuoso answers it as the integer 1
_TRUE = {"true", "1"}


class Candidate(NamedTuple):
    iri: str
    label: str


def normal(text: str) -> str:
    """A name as the index keys it: lower case, runs of spaces and underscores as one space."""
    return re.sub(r"[\s_]+", " ", text.strip().lower())


def names(store: Any, class_iri: str | None = None, values: str | None = None) -> list[tuple[str, str, str]]:
    """(entity IRI, a name, its rdfs:label) for every entity, or every instance of a class.

    ``class_iri`` may also be ``"subclass:<IRI>"`` to name the subclasses of a class (kinds);
    ``values`` (IRIs written by pyoxigraph, space-separated) keeps to those entities.
    """
    if values is not None:
        pattern = f"VALUES ?entity {{ {values} }}"
    elif class_iri and class_iri.startswith("subclass:"):
        pattern = f"?entity rdfs:subClassOf <{class_iri[len('subclass:') :]}> ."
    else:
        pattern = f"?entity rdf:type <{class_iri}> ." if class_iri else ""
    # One flat scan of labels and alternative labels (~5 ms); joining each name to its entity's
    # label in SPARQL with DISTINCT took five times as long.
    rows = [
        (r[0].value, r[1].value, r[2].value in _TRUE)
        for r in store.query(_LABELS_QUERY % pattern, use_default_graph_as_union=True)
    ]
    labels: dict[str, str] = {}
    for entity, name, main in rows:
        if main:
            labels.setdefault(entity, name)
    seen: set[tuple[str, str]] = set()
    out = []
    for entity, name, _main in rows:
        if entity in labels and (entity, name) not in seen:
            seen.add((entity, name))
            out.append((entity, name, labels[entity]))
    return out


class NameIndex:
    """Every labelled entity by its names: a normalized label or alternative label -> [(entity,
    label)], a lower-cased slug -> [(entity, label)], and an entity (full IRI) -> its label.

    Built in memory from one scan of the labels (:func:`build_index`), or read from the SQLite
    file saved in a cache entry (:func:`load_index`): a lookup there reads the rows of one name,
    so a process that asks one name of a large graph does not load every name first."""

    def named(self, key: str) -> list[tuple[str, str]]:
        raise NotImplementedError

    def slugged(self, slug: str) -> list[tuple[str, str]]:
        raise NotImplementedError

    def label(self, entity: str) -> str | None:
        raise NotImplementedError

    def rows(self) -> set[tuple[str, str, str, str]]:
        """Every entry as (table, key, entity, label): what two indexes of one graph share."""
        raise NotImplementedError


class _Tables(NameIndex):
    def __init__(self) -> None:
        self.by_name: dict[str, list[tuple[str, str]]] = {}
        self.by_slug: dict[str, list[tuple[str, str]]] = {}
        self.label_of: dict[str, str] = {}

    def add(self, rows: Any) -> _Tables:
        """``rows`` (entity, name, label) entered: a name lists each (entity, label) once; an
        entity's first label is its label and goes under its slug."""
        for entity, name, label in rows:
            key = normal(name)
            if (entity, label) not in self.by_name.setdefault(key, []):
                self.by_name[key].append((entity, label))
            if entity not in self.label_of:
                self.label_of[entity] = label
                self.by_slug.setdefault(_slug(entity), []).append((entity, label))
        return self

    def named(self, key: str) -> list[tuple[str, str]]:
        return list(self.by_name.get(key, []))

    def slugged(self, slug: str) -> list[tuple[str, str]]:
        return list(self.by_slug.get(slug, []))

    def label(self, entity: str) -> str | None:
        return self.label_of.get(entity)

    def rows(self) -> set[tuple[str, str, str, str]]:
        out = {("name", key, e, lab) for key, found in self.by_name.items() for e, lab in found}
        out |= {("slug", key, e, lab) for key, found in self.by_slug.items() for e, lab in found}
        return out | {("label", e, e, lab) for e, lab in self.label_of.items()}


_SCHEMA = """
CREATE TABLE names (key TEXT, entity TEXT, label TEXT, UNIQUE (key, entity, label));
CREATE INDEX names_by_entity ON names (entity);
CREATE TABLE labels (entity TEXT PRIMARY KEY, label TEXT, slug TEXT);
CREATE INDEX labels_by_slug ON labels (slug);
"""


class _Saved(NameIndex):
    """The index saved in a cache entry: an SQLite database, held in memory (read whole and
    checked against its CRC first, so a damaged file is rebuilt rather than believed)."""

    def __init__(self, connection: Any) -> None:
        self._db = connection

    def named(self, key: str) -> list[tuple[str, str]]:
        return self._select("SELECT entity, label FROM names WHERE key = ? ORDER BY rowid", key)

    def slugged(self, slug: str) -> list[tuple[str, str]]:
        return self._select("SELECT entity, label FROM labels WHERE slug = ? ORDER BY rowid", slug)

    def label(self, entity: str) -> str | None:
        found = self._select("SELECT label FROM labels WHERE entity = ?", entity)
        return found[0][0] if found else None

    def _select(self, query: str, value: str) -> list[Any]:
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate (a name typed as undecodable bytes): the
                return []  # graph's names are well-formed text, so none is this one
        return list(self._db.execute(query, (value,)))

    def rows(self) -> set[tuple[str, str, str, str]]:
        out = {("name", k, e, lab) for k, e, lab in self._db.execute("SELECT key, entity, label FROM names")}
        labels = list(self._db.execute("SELECT entity, label, slug FROM labels"))
        return out | {("slug", s, e, lab) for e, lab, s in labels} | {("label", e, e, lab) for e, lab, _s in labels}


#: the file's first bytes: its format, then the CRC-32 of the database after the header
_INDEX_FORMAT = b"chipkg-names-2 "
_INDEX_FILE = "names.sqlite"
_INDEXES: dict[int, tuple[Any, NameIndex, int]] = {}


def _slug(entity: str) -> str:
    return entity.rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower()


def build_index(store: Any) -> NameIndex:
    """The index of ``store``'s names, from one scan of its labels."""
    return _Tables().add(names(store))


def index(store: Any) -> NameIndex:
    """The name index of ``store``: remembered per process and saved in its cache entry (a store
    that is not chipkg's cached graph gets an index in memory only). A forked worker opens its
    own: an SQLite connection must not cross a fork."""
    cached = _INDEXES.get(id(store))
    if cached is not None and cached[0] is store and cached[2] == os.getpid():
        return cached[1]
    found = _saved_index(store)
    _INDEXES.clear()
    _INDEXES[id(store)] = (store, found, os.getpid())
    return found


def _saved_index(store: Any) -> NameIndex:
    opened = sys.modules.get("chipkg.store")
    directory = next((d for d, one in getattr(opened, "_OPEN", {}).items() if one is store), None)
    if directory is None:
        return build_index(store)
    saved = load_index(directory)
    if saved is not None:
        return saved
    built = build_index(store)
    try:
        save_index(directory, built)
    except ChipkgError:  # a read-only cache: the index is rebuilt by each process
        pass
    return built


def _read_database(directory: str) -> Any:
    """The entry's index database (in memory), or None if the file is missing or damaged."""
    import sqlite3

    try:
        with open(os.path.join(directory, _INDEX_FILE), "rb") as handle:
            saved = handle.read()
    except OSError:
        return None
    header = len(_INDEX_FORMAT) + 8
    if saved[: len(_INDEX_FORMAT)] != _INDEX_FORMAT or saved[len(_INDEX_FORMAT) : header] != b"%08x" % zlib.crc32(
        memoryview(saved)[header:]
    ):
        return None
    try:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.deserialize(saved[header:])
        db.execute("SELECT 1 FROM names, labels LIMIT 1").fetchall()
    except sqlite3.Error:
        return None
    return db


def load_index(directory: str) -> NameIndex | None:
    """The index saved in a cache entry, or None if it is missing or damaged (then rebuilt)."""
    db = _read_database(directory)
    return None if db is None else _Saved(db)


def save_index(directory: str, built: NameIndex) -> None:
    """Write ``built`` (an index in memory) as the entry's index file, atomically."""
    import sqlite3

    if not isinstance(built, _Tables):
        raise TypeError("save_index takes an index built in memory")
    db = sqlite3.connect(":memory:")
    db.executescript(_SCHEMA)
    db.executemany(
        "INSERT INTO names VALUES (?, ?, ?)",
        ((key, e, lab) for key, found in built.by_name.items() for e, lab in found),
    )
    db.executemany("INSERT INTO labels VALUES (?, ?, ?)", ((e, lab, _slug(e)) for e, lab in built.label_of.items()))
    _write_database(directory, db)


def _write_database(directory: str, db: Any) -> None:
    db.commit()
    data = db.serialize()
    db.close()
    files.write_file(
        os.path.join(directory, _INDEX_FILE), _INDEX_FORMAT + b"%08x" % zlib.crc32(data) + data, durable=False
    )


def names_of(store: Any, entities: set[str]) -> list[tuple[str, str, str]]:
    """The (entity, name, label) rows of ``entities`` in ``store`` (:func:`names` for a few)."""
    if not entities:
        return []
    return names(store, values=" ".join(_iri_term(e) for e in sorted(entities)))


def carry_index(old_directory: str, new_directory: str, entities: set[str], rows: list[tuple[str, str, str]]) -> bool:
    """Write ``new_directory``'s index as the one in ``old_directory`` with ``entities`` (those
    whose labels a change of the graph added or removed) entered again from ``rows``, their
    :func:`names_of` in the changed graph: what :func:`build_index` gives for that graph, without
    reading every name. False when the old entry has no readable index (the first lookup
    builds one)."""
    db = _read_database(old_directory)
    if db is None:
        return False
    gone = [(e,) for e in sorted(entities)]
    db.executemany("DELETE FROM names WHERE entity = ?", gone)
    db.executemany("DELETE FROM labels WHERE entity = ?", gone)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)", ((normal(n), e, lab) for e, n, lab in rows))
    db.executemany("INSERT OR IGNORE INTO labels VALUES (?, ?, ?)", ((e, lab, _slug(e)) for e, _n, lab in rows))
    _write_database(new_directory, db)
    return True


def _iri_term(iri: str) -> str:
    import pyoxigraph as ox

    return str(ox.NamedNode(iri))  # IRIs from the graph, written by pyoxigraph


def _of_class(store: Any, entities: list[str], class_iri: str) -> set[str]:
    """Which of a few ``entities`` are instances of ``class_iri`` (or its subclasses, for a
    ``"subclass:<IRI>"``), asked for those entities only."""
    import pyoxigraph as ox

    if not entities:
        return set()
    values = " ".join(str(ox.NamedNode(e)) for e in entities)  # IRIs from the graph, written by pyoxigraph
    if class_iri.startswith("subclass:"):
        pattern = f"?entity <{PREFIXES['rdfs']}subClassOf> <{class_iri[len('subclass:') :]}> ."
    else:
        pattern = f"?entity a <{class_iri}> ."
    query = f"SELECT ?entity WHERE {{ VALUES ?entity {{ {values} }} {pattern} }}"
    rows = store.query(query, use_default_graph_as_union=True)
    return {row[0].value for row in rows}


def candidates(store: Any, text: str, class_iri: str | None = None) -> list[Candidate]:
    """Every entity whose label, alternative label, slug, prefixed name or IRI is ``text``."""
    names_index = index(store)
    wanted = normal(text)
    iri = _expand(text)
    found: dict[str, str] = {}
    for entity, label in names_index.named(wanted) + names_index.slugged(wanted.replace(" ", "-")):
        found[entity] = label
    own_label = names_index.label(iri)
    if own_label is not None:
        found[iri] = own_label
    if class_iri and found:
        allowed = _of_class(store, sorted(found), class_iri)
        found = {entity: label for entity, label in found.items() if entity in allowed}
    return [Candidate(i, lab) for i, lab in sorted(found.items(), key=lambda kv: kv[1].lower())]


def suggestions(store: Any, text: str, class_iri: str | None = None, n: int = 3) -> list[str]:
    labels = sorted({label for _e, _n, label in names(store, class_iri)})
    by_name = {normal(name): label for _e, name, label in names(store, class_iri)}
    import difflib  # only for suggestions, after a miss

    close = difflib.get_close_matches(normal(text), list(by_name), n=n * 2, cutoff=0.5)
    out: list[str] = []
    for key in close:
        if by_name[key] not in out:
            out.append(by_name[key])
    if not out:  # fall back to substring matches ("gaudi" -> "Intel Gaudi 3")
        out = [lab for lab in labels if normal(text) in normal(lab)]
    return out[:n]


def resolve(store: Any, text: str, class_iri: str | None = None, what: str = "entity") -> str:
    """The one IRI that ``text`` names; UsageError (exit 2) when none or several match."""
    found = candidates(store, text, class_iri)
    if len(found) == 1:
        return found[0].iri
    if not found:
        raise UsageError(f"unknown {what} {text!r}{suggestion_hint(store, text, class_iri)}")
    raise ambiguity(text, found, f"{what}s")


def suggestion_hint(store: Any, text: str, class_iri: str | None = None) -> str:
    """ "; did you mean 'A', 'B'?" for a name that matched nothing, or "" without close names."""
    close = suggestions(store, text, class_iri)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def ambiguity(text: str, found: list[Candidate], plural: str = "entities") -> UsageError:
    """The error for a name that matches several entities, listing them (exit 2)."""
    listed = "; ".join(f"{c.label} ({shorten(c.iri)})" for c in found)
    return UsageError(f"{text!r} is ambiguous: it names {len(found)} {plural}: {listed}")


def _expand(text: str) -> str:
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return text
