"""Names to IRIs: labels, alternative labels, slugs, prefixed names, full IRIs.

Every entity has one rdfs:label and any number of skos:altLabel; users type any of them in any
case. A name that matches nothing gets the closest names as suggestions; a name that matches
several entities lists them, and the caller decides (``describe`` exits 2).

Looking a name up reads an index (normalized name -> entities, slug -> entities), not every label:
it is built with one scan of the labels the first time a store is asked, kept per store in the
process and saved as a marshal file in the store's cache entry, so the next process reads the file.
Only a name that matches nothing scans the labels again, for suggestions.
"""

from __future__ import annotations

import marshal
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


def _normal(text: str) -> str:
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


class NameIndex(NamedTuple):
    """Every labelled entity by its names: normalized label or alternative label -> [(entity,
    label)], lower-cased slug -> [(entity, label)], and entity -> label (full IRIs)."""

    by_name: dict[str, list[tuple[str, str]]]
    by_slug: dict[str, list[tuple[str, str]]]
    label_of: dict[str, str]


_INDEX_FORMAT = "chipkg-names-1"
_INDEX_FILE = "names.marshal"
_INDEXES: dict[int, tuple[Any, NameIndex]] = {}


def _slug(entity: str) -> str:
    return entity.rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower()


def build_index(store: Any) -> NameIndex:
    """The index of ``store``'s names, from one scan of its labels."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    by_slug: dict[str, list[tuple[str, str]]] = {}
    label_of: dict[str, str] = {}
    return _indexed(names(store), by_name, by_slug, label_of)


_Table = dict[str, list[tuple[str, str]]]


def _indexed(rows: Any, by_name: _Table, by_slug: _Table, label_of: dict[str, str]) -> NameIndex:
    """The tables with ``rows`` (entity, name, label) entered: a name lists each (entity, label)
    once; an entity's first label is its label and goes under its slug."""
    for entity, name, label in rows:
        key = _normal(name)
        if (entity, label) not in by_name.setdefault(key, []):
            by_name[key].append((entity, label))
        if entity not in label_of:
            label_of[entity] = label
            by_slug.setdefault(_slug(entity), []).append((entity, label))
    return NameIndex(by_name, by_slug, label_of)


def index(store: Any) -> NameIndex:
    """The name index of ``store``: remembered per process and saved in its cache entry (a store
    that is not chipkg's cached graph gets an index in memory only)."""
    cached = _INDEXES.get(id(store))
    if cached is not None and cached[0] is store:
        return cached[1]
    found = _saved_index(store)
    _INDEXES.clear()
    _INDEXES[id(store)] = (store, found)
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


def load_index(directory: str) -> NameIndex | None:
    """The index saved in a cache entry, or None if it is missing or damaged."""
    try:
        with open(os.path.join(directory, _INDEX_FILE), "rb") as handle:
            saved = handle.read()
        if saved[:8] == b"%08x" % zlib.crc32(saved[8:]):  # a damaged file is rebuilt, not trusted
            tag, fields = marshal.loads(saved[8:])
            if tag == _INDEX_FORMAT:
                return NameIndex(*fields)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return None


def save_index(directory: str, built: NameIndex) -> None:
    payload = marshal.dumps((_INDEX_FORMAT, tuple(built)))
    files.write_file(os.path.join(directory, _INDEX_FILE), b"%08x" % zlib.crc32(payload) + payload, durable=False)


def update_index(old: NameIndex, store: Any, entities: set[str]) -> NameIndex:
    """``old`` with the names of ``entities`` read again from ``store`` (the entities whose
    labels a change of the graph added or removed): what :func:`build_index` gives for the store."""
    if not entities:
        return old
    import pyoxigraph as ox

    by_name = {k: v for k, v in old.by_name.items()}
    by_slug = {k: v for k, v in old.by_slug.items()}
    label_of = {k: v for k, v in old.label_of.items() if k not in entities}
    for table in (by_name, by_slug):
        for key, found in list(table.items()):
            if any(entity in entities for entity, _label in found):
                kept = [pair for pair in found if pair[0] not in entities]
                if kept:
                    table[key] = kept
                else:
                    del table[key]
    values = " ".join(str(ox.NamedNode(e)) for e in sorted(entities))  # IRIs from the graph
    return _indexed(names(store, values=values), by_name, by_slug, label_of)


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
    wanted = _normal(text)
    iri = _expand(text)
    found: dict[str, str] = {}
    for entity, label in names_index.by_name.get(wanted, []) + names_index.by_slug.get(wanted.replace(" ", "-"), []):
        found[entity] = label
    if iri in names_index.label_of:
        found[iri] = names_index.label_of[iri]
    if class_iri and found:
        allowed = _of_class(store, sorted(found), class_iri)
        found = {entity: label for entity, label in found.items() if entity in allowed}
    return [Candidate(i, lab) for i, lab in sorted(found.items(), key=lambda kv: kv[1].lower())]


def suggestions(store: Any, text: str, class_iri: str | None = None, n: int = 3) -> list[str]:
    labels = sorted({label for _e, _n, label in names(store, class_iri)})
    by_name = {_normal(name): label for _e, name, label in names(store, class_iri)}
    import difflib  # only for suggestions, after a miss

    close = difflib.get_close_matches(_normal(text), list(by_name), n=n * 2, cutoff=0.5)
    out: list[str] = []
    for key in close:
        if by_name[key] not in out:
            out.append(by_name[key])
    if not out:  # fall back to substring matches ("gaudi" -> "Intel Gaudi 3")
        out = [lab for lab in labels if _normal(text) in _normal(lab)]
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
