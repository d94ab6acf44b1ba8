"""Changing the built graph by the files that changed, without rewriting it.

An incremental build (chipkg.incremental) saves, in its cache entry, a record of its units: which
files each holds, what it supplies to the base, its warnings, and how many units state each line
that names only the base's resources (``units.json``). When the inputs change by files that form
units of their own (a file added, removed or replaced, that shares no resource with another
unit: a new chip), the next build reasons and validates those files only and makes the new entry
from the previous one:

* the store is a copy of the previous store (``Store.backup``: hard links to its immutable files,
  never the files a reader has open for writing) with the removed units' lines taken out and the
  new units' lines put in, written in a temporary directory and renamed into place whole, as any
  build is; the previous entry is removed after, and a process that opened it keeps reading it;
* the N-Triples copies are the previous entry's files (hard links) plus ``asserted-added.nt`` and
  ``inferred-added.nt``; a removal of a line in the previous files rewrites them;
* the name index (chipkg.lookup) is the previous one with the changed entities read again.

A line naming a resource of a unit's own (not the base's) comes from that unit only: two files
that mention the same resource are one unit. A line naming only the base's resources may come
from several units and from the base; the record counts them, so a removal takes out a line only
when nothing else states it. A file that joins another unit (a figure added to a built-in chip),
a unit with a blank node, a shape violation to confirm on the whole graph or a changed base is
left to the ordinary build (None). tests/test_incremental_build.py checks the result against
``build --full`` triple for triple.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from chipkg import cache, files, resources
from chipkg.errors import CacheError
from chipkg.namespaces import CK

RECORD = "units.json"
ADDED = {cache.ASSERTED: cache.ASSERTED_ADDED, cache.INFERRED: cache.INFERRED_ADDED}
_LABELS = (b"<http://www.w3.org/2000/01/rdf-schema#label>", b"<http://www.w3.org/2004/02/skos/core#altLabel>")
#: From this many asserted triples on, new units are reasoned by reasonable (if installed).
LARGE_GRAPH = 100_000


def build(entry: cache.CacheEntry, reasoner: str | None, where: resources.Location | None = None) -> tuple[Any, int]:
    """The entry for the current inputs made from the previous one (a chipkg.build.BuildReport),
    or None when the change is not one this module makes (the caller builds as usual); and how
    many units were reasoned (kept in the unit cache for the caller's build)."""
    from chipkg import incremental as inc
    from chipkg.build import BuildReport

    found = _previous(entry)
    if found is None:
        return None, 0
    old, record, meta = found
    timings = dict.fromkeys(("load", "reason", "validate"), 0.0)
    root = cache.writable_root(where)
    units_dir = root / cache.UNITS
    base = inc._Base("owlrl")
    if base.key != record["base"]:
        return None, 0
    base.directory = units_dir / f"unit-{base.key}"
    info = inc._load(base.directory, base.key)
    if info is None or not info["supported"]:
        return None, 0
    base.info = info
    others = resources.user_data_files(where)
    digests = dict(zip(map(str, others), cache.file_digests(others, where), strict=True))
    before: dict[str, str] = record["files"]
    gone = {p for p, d in before.items() if digests.get(p) != d}
    new = [Path(p) for p, d in digests.items() if before.get(p) != d]
    if not gone and not new:
        return None, 0
    removed = {k: u for k, u in record["units"].items() if set(u["files"]) & gone}
    if any(len(u["files"]) > 1 for u in removed.values()):
        return None, 0  # the other files of its unit must be reasoned again
    removed_info = {k: inc._load(units_dir / f"unit-{k}", k) for k in removed}
    if any(i is None for i in removed_info.values()):
        return None, 0

    results: dict[str, dict[str, Any]] = {}
    missing: list[tuple[tuple[Path, ...], str]] = []
    for path in new:
        key = inc.unit_key(base.key, [(path, digests[str(path)])])
        got = inc._load(units_dir / f"unit-{key}", key)
        if got is None:
            missing.append(((path,), key))
        else:
            results[key] = {**got, "files": [str(path)]}
    if missing:
        base.reasoner = reasoner or _reasoner(meta)
        user = set(resources.user_data_files(where))
        for (members, key), computed in zip(missing, inc._reason_units(base, missing, user, timings), strict=True):
            results[key] = {**inc._store(units_dir, key, computed), "files": [str(members[0])]}

    started = time.perf_counter()
    remaining = {k: u for k, u in record["units"].items() if k not in removed}
    if set(results) & set(remaining):
        return None, len(missing)
    if not _independent(old, results, remaining, removed_info):
        return None, len(missing)
    change = _lines_changed(base, units_dir, record, removed, results)
    if change is None:
        return None, len(missing)
    timings["delta"] = time.perf_counter() - started

    units = {**remaining}
    for key, result in results.items():
        units[key] = {"files": result["files"], "supplies": result["supplies"], "warnings": result["warnings"]}
    warnings = inc.warnings_of(base.info, units.values())
    counts = (
        meta["asserted_triples"] + len(change["add"][cache.ASSERTED]) - len(change["remove"][cache.ASSERTED]),
        meta["inferred_triples"] + len(change["add"][cache.INFERRED]) - len(change["remove"][cache.INFERRED]),
    )
    new_meta = {
        **{k: v for k, v in meta.items() if k not in ("reasoner", "groups", "workers")},  # a --full entry's
        "asserted_triples": counts[0],
        "inferred_triples": counts[1],
        "warnings": warnings,
        "mode": "incremental",
        "units": len(units),
        "reasoned": len(missing),
        "delta": len(gone | {str(p) for p in new}),  # files changed since the previous entry
    }
    new_record = {
        **record,
        "files": digests,
        "units": units,
        "shared": [[line.decode("utf-8"), *c] for line, c in change["shared"].items()],
    }
    _write(entry, old, change, new_meta, new_record, timings)
    counts = (counts[0], new_meta["inferred_triples"])  # with the computed facts of chipkg.derived
    inc._prune(units_dir, {base.key, *units})
    report = BuildReport(counts[0], counts[1], timings, warnings, entry.directory)
    report.units, report.reasoned = len(units), len(missing)
    return report, len(missing)


def _previous(entry: cache.CacheEntry) -> tuple[cache.CacheEntry, dict[str, Any], dict[str, Any]] | None:
    """The newest intact entry of the cache directory with a record of its units."""
    from chipkg import incremental as inc

    found = []
    for directory in cache.entries(entry.directory.parent):
        if directory == entry.directory:
            continue
        candidate = cache.CacheEntry(directory)
        try:
            if not (directory / RECORD).is_file() or candidate.problems("all", thorough=False):
                continue  # the quick check of every file: a damaged one is not carried over
            record = json.loads((directory / RECORD).read_bytes())
            meta = json.loads(candidate.meta.read_bytes())
            if record.get("format") != inc.RECORD_FORMAT:
                continue  # an entry with a record: incremental, or `build --full` by file groups
            manifest = cache.read_manifest(directory)
            if manifest is None or RECORD not in manifest["files"]:
                continue
            found.append((candidate.manifest.stat().st_mtime_ns, candidate, record, meta))
        except (OSError, ValueError, CacheError):
            continue
    if not found:
        return None
    _, candidate, record, meta = max(found, key=lambda item: item[0])
    return candidate, record, meta


def _reasoner(meta: dict[str, Any]) -> str:
    """owlrl, or reasonable (if installed) for a large graph."""
    if meta.get("asserted_triples", 0) < LARGE_GRAPH:
        return "owlrl"
    try:
        import reasonable  # noqa: F401
    except ImportError:
        return "owlrl"
    return "reasonable"


def _independent(
    old: cache.CacheEntry,
    results: dict[str, dict[str, Any]],
    remaining: dict[str, dict[str, Any]],
    removed_info: dict[str, dict[str, Any] | None],
) -> bool:
    """Whether each new unit stands alone: it supplies nothing to the base, uses nothing another
    unit supplies, and mentions no resource of a remaining unit (the previous store holds every
    resource a unit mentions; those of the removed units go with them) nor of another new unit."""
    import pyoxigraph as ox

    supplied = {iri for unit in remaining.values() for iri in unit["supplies"]}
    going = {iri for info in removed_info.values() if info is not None for iri in info["mentions"]}
    seen: set[str] = set()
    store = ox.Store.read_only(str(old.store))
    try:
        for result in results.values():
            if result["fallback"] or result["violation"] or result["supplies"]:
                return False
            if set(result["base_mentions"]) & supplied:
                return False
            mentions = set(result["mentions"])
            if mentions & seen:
                return False
            seen |= mentions
            for iri in mentions - going:
                try:
                    node = ox.NamedNode(iri)
                except ValueError:
                    return False
                for _ in store.quads_for_pattern(node, None, None):
                    return False
                for _ in store.quads_for_pattern(None, None, node):
                    return False
    finally:
        del store
    return True


def _lines_changed(
    base: Any,
    units_dir: Path,
    record: dict[str, Any],
    removed: dict[str, dict[str, Any]],
    results: dict[str, dict[str, Any]],
) -> dict[str, Any] | None:
    """The lines the store and each N-Triples copy lose and gain, and the new counts of the
    shared lines; None if a unit has a blank node."""
    from chipkg.incremental import ASSERTED, INFERRED, _lines, line_is_shared

    base_iris = frozenset(base.info["iris"])
    in_base = {ASSERTED: set(_lines(base.directory / ASSERTED)), INFERRED: set(_lines(base.directory / INFERRED))}
    shared = {line.encode("utf-8"): [a, i] for line, a, i in record["shared"]}
    old_shared = {line: list(c) for line, c in shared.items()}
    before: dict[bytes, str] = {}
    after: dict[bytes, str] = {}
    for keys, sign, states in ((removed, -1, before), (results, 1, after)):
        for key in keys:
            directory = units_dir / f"unit-{key}"
            for column, name in enumerate((ASSERTED, INFERRED)):
                for line in _lines(directory / name):
                    if b"_:" in line.split(b'"', 1)[0]:
                        return None
                    if line_is_shared(line, base_iris):
                        shared.setdefault(line, [0, 0])[column] += sign
                        old_shared.setdefault(line, [0, 0])
                    elif column == 0 or states.get(line) != ASSERTED:
                        states[line] = name

    def state(line: bytes, counts: list[int]) -> str | None:
        if line in in_base[ASSERTED] or counts[0] > 0:
            return ASSERTED
        if line in in_base[INFERRED] or counts[1] > 0:
            return INFERRED
        return None

    for line, counts in old_shared.items():
        before[line] = state(line, counts) or ""
        after[line] = state(line, shared[line]) or ""
    change: dict[str, Any] = {
        "store_remove": [],
        "store_add": [],
        "remove": {ASSERTED: set(), INFERRED: set()},
        "add": {ASSERTED: [], INFERRED: []},
        "shared": {line: c for line, c in shared.items() if c[0] > 0 or c[1] > 0},
        "labels": set(),
    }
    for line in before.keys() | after.keys():
        was, now = before.get(line, ""), after.get(line, "")
        if was == now:
            continue
        if was and not now:
            change["store_remove"].append(line)
        elif now and not was:
            change["store_add"].append(line)
        if was:
            change["remove"][was].add(line)
        if now:
            change["add"][now].append(line)
        if any(label in line for label in _LABELS):
            change["labels"].add(_subject(line))
    return change


def _subject(line: bytes) -> str:
    """The subject IRI of an N-Triples line of a delta (a unit with a blank node is never one)."""
    return line[1 : line.index(b">")].decode("utf-8")


def _write(
    entry: cache.CacheEntry,
    old: cache.CacheEntry,
    change: dict[str, Any],
    meta: dict[str, Any],
    record: dict[str, Any],
    timings: dict[str, float],
) -> None:
    """The new entry, written aside and renamed into place whole (as chipkg.build writes one)."""
    import pyoxigraph as ox

    from chipkg.build import WritableStore, _prune_old_entries, entry_written_aside

    root = entry.directory.parent
    with entry_written_aside(entry, root, kept="the old cache entry is kept") as tmp:
        started = time.perf_counter()
        source = ox.Store.read_only(str(old.store))
        source.backup(str(tmp / cache.STORE))
        del source
        from chipkg import lookup

        with WritableStore(tmp / cache.STORE) as store:
            for quad in _quads(change["store_remove"]):
                store.remove(quad)
            store.extend(_quads(change["store_add"]))
            _recompute(store, change, meta)
            store.flush()
            timings["store"] = time.perf_counter() - started
            started = time.perf_counter()
            renamed = lookup.names_of(store, change["labels"])
        timings["index"] = time.perf_counter() - started
        started = time.perf_counter()
        for name, added_name in ADDED.items():
            _write_copy(old, tmp, name, added_name, change["remove"][name], change["add"][name])
        files.write_file(tmp / cache.META, json.dumps(meta, indent=1).encode())
        files.write_file(tmp / RECORD, json.dumps(record).encode())
        cache.write_manifest(tmp, entry.directory.name.removeprefix("graph-"), previous=old.directory)
        carried = time.perf_counter()
        lookup.carry_index(str(old.directory), str(tmp), change["labels"], renamed)  # not in the manifest, as
        timings["index"] += time.perf_counter() - carried  # a full build's index written by the first lookup
        if entry.is_complete():
            return  # another process built the same inputs meanwhile: keep its entry
        files.replace_directory(tmp, entry.directory)
        timings["cache"] = time.perf_counter() - started
    _prune_old_entries(entry)


def _recompute(store: Any, change: dict[str, Any], meta: dict[str, Any]) -> None:
    """The computed facts (chipkg.derived) of the chips the change touches, computed again in
    ``store`` (already changed); their lines join the change of the inferred copy and its count.
    A touched chip is the subject of a changed line or has a measure that is (a figure whose
    value changed)."""
    import pyoxigraph as ox

    from chipkg import derived

    subjects = {_subject(line) for line in change["store_remove"] + change["store_add"]}
    chips = set(subjects)
    measures = [ox.NamedNode(p) for p in derived.MEASURES]
    for iri in subjects:
        for measure in measures:
            for quad in store.quads_for_pattern(None, measure, ox.NamedNode(iri)):
                if isinstance(quad.subject, ox.NamedNode):
                    chips.add(quad.subject.value)
    before = set(derived.stated(store, chips))
    after = set(derived.lines(store, chips))
    for quad in _quads(sorted(before - after)):
        store.remove(quad)
    store.extend(_quads(sorted(after - before)))
    change["remove"][cache.INFERRED] |= before - after
    change["add"][cache.INFERRED] += sorted(after - before)
    meta["inferred_triples"] += len(after - before) - len(before - after)


def _quads(lines: list[bytes]) -> list[Any]:
    import pyoxigraph as ox

    if not lines:
        return []
    return list(ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES))


def _write_copy(
    old: cache.CacheEntry, tmp: Path, name: str, added_name: str, remove: set[bytes], add: list[bytes]
) -> None:
    """``name`` (a hard link to the previous entry's) and ``added_name`` (the lines added since
    that file was written), or one rewritten file when a line of the previous file goes."""
    from chipkg.incremental import _lines

    previous_added = old.directory / added_name
    added = _lines(previous_added) if previous_added.is_file() else []
    kept = set(added) - remove
    if len(remove) == len(set(added) & remove):
        os.link(old.directory / name, tmp / name)
        lines = [line for line in added if line in kept] + add
        if lines:
            files.write_file(tmp / added_name, b"".join(line + b"\n" for line in lines))
        return
    lines = [line for line in _lines(old.directory / name) if line not in remove]
    lines += [line for line in added if line in kept] + add
    files.write_file(tmp / name, b"".join(line + b"\n" for line in lines))


class Around(NamedTuple):
    """A part of the graph (chipkg.userdata's context for a new file) and what the whole graph
    says beyond it."""

    graph: Any  # rdflib Graph: the base and the units that mention what the new file may mention
    on_chip: dict[str, set[bool]]  # memory technology -> the ck:onChip values of its memories
    store: Any  # the whole graph's store, opened read-only (whether an IRI occurs anywhere)

    def occurs(self, iri: str) -> bool:
        import pyoxigraph as ox

        node = ox.NamedNode(iri)
        return any(True for _ in self.store.quads_for_pattern(node, None, None)) or any(
            True for _ in self.store.quads_for_pattern(None, None, node)
        )


def _recorded_entry(where: resources.Location | None) -> tuple[cache.CacheEntry, dict, Any] | None:
    """The current graph's entry, its record of units and the base, when the entry is intact and
    its record was written for the current base (else None: the caller reads every file)."""
    from chipkg import incremental as inc

    entry = cache.current_entry(where)
    try:
        if not entry.is_complete() or not (entry.directory / RECORD).is_file():
            return None
        record = json.loads((entry.directory / RECORD).read_bytes())
    except (OSError, ValueError):
        return None
    base = inc._Base("owlrl")
    if record.get("format") != inc.RECORD_FORMAT or base.key != record["base"]:
        return None
    return entry, record, base


def graph_around(iris: set[str], where: resources.Location | None = None, names: Iterable[str] = ()) -> Around | None:
    """The asserted triples of the base and of the units that mention one of ``iris`` or an
    entity that one of ``names`` names (the name index of chipkg.lookup), as an rdflib graph:
    what a new file mentioning them is checked and validated with. None when the current graph
    has no intact entry with a record of its units (the caller reads every file)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from chipkg import incremental as inc
    from chipkg import lookup

    current = _recorded_entry(where)
    if current is None:
        return None
    entry, record, base = current
    units_dir = cache.cache_root(where) / cache.UNITS
    base_dir = units_dir / f"unit-{base.key}"
    info = inc._load(base_dir, base.key)
    if info is None:
        return None
    graph = Graph()
    graph += inc.parsed_copy(base_dir / inc.ASSERTED)
    store = ox.Store.read_only(str(entry.store))
    names = list(names)
    if names:
        index = lookup.load_index(str(entry.directory)) or lookup.build_index(store)
        for name in names:
            iris |= {entity for entity, _label in index.named(lookup.normal(name))}
    on_chip: dict[str, set[bool]] = {}
    memory = f"{CK}memoryTechnology"
    rows: Any = store.query(f"SELECT ?t ?on WHERE {{ ?spec <{memory}> ?t ; <{CK}onChip> ?on }}")
    for row in rows:
        on_chip.setdefault(row[0].value, set()).add(row[1].value in ("true", "1"))
    outside = iris - set(info["iris"])
    occurring = set()
    for iri in outside:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            continue  # not an IRI the graph can hold: the checks of chipkg.userdata refuse it
        if next(iter(store.quads_for_pattern(node, None, None)), None) or next(
            iter(store.quads_for_pattern(None, None, node)), None
        ):
            occurring.add(iri)
    if occurring:
        for key in record["units"]:
            unit = inc._load(units_dir / f"unit-{key}", key)
            if unit is None:
                return None
            if occurring & set(unit["mentions"]):
                graph.parse(units_dir / f"unit-{key}" / inc.ASSERTED, format="nt")
    return Around(graph, on_chip, store)


class Unit(NamedTuple):
    """The unit of a user file in the current graph (chipkg.userdata.remove's checks)."""

    others: list[Path]  # the other files reasoned and validated with it
    store: Path  # the current entry's store

    def described(self, iris: set[str]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """The graph's rdfs:label, ck:sourceURL and prov:generatedAtTime of ``iris`` (IRI -> value)."""
        import pyoxigraph as ox

        from chipkg.namespaces import PREFIXES

        store = ox.Store.read_only(str(self.store))
        out: tuple[dict[str, str], dict[str, str], dict[str, str]] = ({}, {}, {})
        predicates = [PREFIXES["rdfs"] + "label", CK + "sourceURL", PREFIXES["prov"] + "generatedAtTime"]
        try:
            for iri in sorted(iris):
                for found, predicate in zip(out, predicates, strict=True):
                    for quad in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(predicate), None):
                        if isinstance(quad.object, (ox.Literal, ox.NamedNode)):
                            found.setdefault(iri, quad.object.value)
        finally:
            del store
        return out


def unit_of(path: Path, where: resources.Location | None = None) -> Unit | None:
    """The unit ``path`` is in, by the record of the current graph's entry; None when there is
    no intact entry with a record for the current inputs and base, the base itself shows a
    violation, or ``path`` is not one of its files (the caller reads every file)."""
    from chipkg import incremental as inc

    current = _recorded_entry(where)
    if current is None:
        return None
    entry, record, base = current
    info = inc._load(cache.cache_root(where) / cache.UNITS / f"unit-{base.key}", base.key)
    if info is None or info["violation"] or not info["supported"]:
        return None
    for unit in record["units"].values():
        if str(path) in unit["files"]:
            return Unit([Path(p) for p in unit["files"] if p != str(path)], entry.store)
    return None
