"""Names to IRIs: labels, alternative labels, slugs, prefixed names, full IRIs.

Every entity has one rdfs:label and any number of skos:altLabel; users type any of them in any
case. A name that matches nothing gets the closest names as suggestions; a name that matches
several entities lists them, and the caller decides (``describe`` exits 2).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from chipkg.errors import UsageError
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


def names(store: Any, class_iri: str | None = None) -> list[tuple[str, str, str]]:
    """(entity IRI, a name, its rdfs:label) for every entity, or every instance of a class.

    ``class_iri`` may also be ``"subclass:<IRI>"`` to name the subclasses of a class (kinds).
    """
    if class_iri and class_iri.startswith("subclass:"):
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


def candidates(store: Any, text: str, class_iri: str | None = None) -> list[Candidate]:
    """Every entity whose label, alternative label, slug, prefixed name or IRI is ``text``."""
    wanted = _normal(text)
    iri = _expand(text)
    found: dict[str, str] = {}
    for entity, name, label in names(store, class_iri):
        slug = entity.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        if entity == iri or _normal(name) == wanted or slug.lower() == wanted.replace(" ", "-"):
            found[entity] = label
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
