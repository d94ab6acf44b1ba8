"""``build --full`` of a large graph: the whole graph, reasoned and validated by independent file
groups, in worker processes, with nothing taken from the unit cache (its results are left there).

A graph whose data files reach :data:`LARGE_BUILD_BYTES` is built this way; a smaller one is
reasoned and validated whole (chipkg.build._full_build), which stays the reference the tests
compare this path with. The *base* is the ontology and the project's own data files
(``resources.base_files``, the built-in graph of a few thousand triples the user's files point to,
the same base as chipkg.incremental's); each of the user's data files is reasoned with the base,
what it mentions decides which files must go together (the rule of chipkg.incremental's module
docstring), and files that turn out to belong together are reasoned again as one group, until
the groups no longer change. What cannot be split
(a data file stating schema, owl:sameAs, an ontology using constructs the rule does not cover)
raises FullBuildNeeded: the whole graph is then built at once.

Groups go to the workers in *batches*: each batch parses its groups' files once (rdflib, strict
numeric literals), reasons each group with the base, and validates the base and all its groups in
one pySHACL run. Every batch holds whole groups, so each focus node is validated with every
triple the whole graph has about it and the nodes it points to. A violation in any batch is
confirmed on the whole graph, which then gives the report and the error, exactly as a whole-graph
build does (a violation may come from a batch lacking a group that would satisfy it). The parent
merges the groups' N-Triples (each triple once) and bulk-loads the store from them: the whole
graph is never parsed or serialized through rdflib.

The groups are the incremental build's units: the build leaves each group's result (and the
base's) in the unit cache and the record of its units (``units.json``) in the entry, so the next
``chipkg add`` or ``remove`` changes this entry by one file (chipkg.delta) instead of reasoning
every file again. A build that had a violation to confirm on the whole graph leaves no record.
"""

from __future__ import annotations

import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from chipkg import resources

#: From this many bytes of data files on (about 25,000 triples as the synthetic generator and the
#: article's files write them), ``build --full`` reasons and validates by file groups in worker
#: processes, and a build without ``--reasoner`` uses reasonable when it is installed.
LARGE_BUILD_BYTES = 4_000_000
#: A batch (one pySHACL run in one worker) holds groups up to about this many bytes of Turtle.
BATCH_BYTES = 8_000_000
#: At most this many worker processes (and never more than the CPUs this process may use).
MAX_WORKERS = 4


def data_bytes(where: resources.Location | None = None) -> int:
    return sum(path.stat().st_size for path in resources.data_files(where))


def is_large(where: resources.Location | None = None) -> bool:
    return data_bytes(where) >= LARGE_BUILD_BYTES


def worker_count(batches: int) -> int:
    """Worker processes for ``batches`` batches: one per usable CPU, at most MAX_WORKERS; 1 (no
    worker process: the batches run in this one) where processes cannot be forked or this one
    runs other threads."""
    import multiprocessing
    import threading

    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1  # forking a process that runs other threads (a server) could copy a held lock
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, MAX_WORKERS, batches))


@dataclass
class Grouped:
    """The merged result of a grouped full build, ready to be written into a cache entry."""

    asserted: list[bytes]  # N-Triples lines, each triple once
    inferred: list[bytes]
    warnings: list[str]
    groups: int
    workers: int
    record: dict[str, Any] | None  # the units' record for chipkg.delta (None after a confirmed violation)
    #: base, parallel (the groups' wall time), results (validation results merged or confirmed),
    #: merge: wall seconds; load, reason, validate: CPU seconds summed over the workers.
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class _GroupResult:
    members: tuple[Path, ...]
    asserted: bytes
    inferred: bytes
    coupling: dict[str, Any]
    warnings: list[str] = field(default_factory=list)  # its own (chipkg.incremental.attribute)
    violation: bool = False


@dataclass
class _BatchResult:
    groups: list[_GroupResult]
    results: list[Any]  # chipkg.validation.ValidationResult
    cpu: dict[str, float]


class _Base:
    """The ontology and the project's data files (the built-in graph every user file may point
    to): asserted, closure, and what chipkg.incremental's coupling rule needs to know about them."""

    def __init__(self, reasoner: str) -> None:
        from chipkg import incremental

        unit = incremental._Base(reasoner)
        self.paths, self.key = unit.paths, unit.key
        self.asserted_nt, self.inferred_nt, self.info = incremental._reason_base(unit)
        self.graph = unit.graph()
        self.triples = set(self.graph)
        self.inferred = set(Graph().parse(data=self.inferred_nt.decode("utf-8"), format="nt"))
        self.reasoner = reasoner


#: The base, set before the workers are forked (they inherit it; nothing is pickled).
_BASE: _Base | None = None


def build_grouped(reasoner: str, say: Callable[[str], None], where: resources.Location | None = None) -> Grouped:
    """Reason and validate the whole graph by groups (see the module docstring) and merge.

    Raises chipkg.incremental.FullBuildNeeded when the graph cannot be split into groups,
    NonConformingData (exit 1) when it violates the shapes, DataError/InputFileError for an
    unreadable file (the first in the order a whole-graph build reads them).
    """
    global _BASE
    from chipkg import incremental

    timings: dict[str, float] = {}
    started = time.perf_counter()
    base = _Base(reasoner)
    if not base.info["supported"]:
        raise incremental.FullBuildNeeded(
            f"the ontology uses {base.info['unsupported']}, which per-file reasoning cannot split"
        )
    timings["base"] = time.perf_counter() - started

    user = frozenset(resources.user_data_files(where))
    others = resources.user_data_files(where)
    order = {path: index for index, path in enumerate(others)}
    sizes = {path: path.stat().st_size for path in others}
    done: dict[tuple[Path, ...], _GroupResult] = {}
    batch_results: list[tuple[list[tuple[Path, ...]], _BatchResult]] = []
    cpu: dict[str, float] = defaultdict(float)
    groups: list[tuple[Path, ...]] = [(p,) for p in others]
    workers = 1
    _BASE = base
    try:
        started = time.perf_counter()
        while True:
            # A batch counts only while all its groups stand: one whose group was merged into a
            # larger one is run again (its other groups too), so that every batch holds whole groups.
            final = set(groups)
            batch_results = [(batch, result) for batch, result in batch_results if final.issuperset(batch)]
            covered = {members for batch, _ in batch_results for members in batch}
            batches = _batches([g for g in groups if g not in covered], sizes, order)
            workers = max(workers, worker_count(len(batches)))
            for batch, result in zip(batches, _run(batches, user, worker_count(len(batches)), say), strict=True):
                batch_results.append((batch, result))
                for stage, seconds in result.cpu.items():
                    cpu[stage] += seconds
                for group in result.groups:
                    done[group.members] = group
            current = {members: done[members].coupling for members in groups}
            merged = [tuple(sorted(g, key=order.__getitem__)) for g in incremental._components(current, base.info)]
            if sorted(merged) == sorted(groups):
                break
            groups = merged
        timings["parallel"] = time.perf_counter() - started
    finally:
        _BASE = None
    for members in groups:
        if done[members].coupling["fallback"]:
            names = ", ".join(p.name for p in members)
            raise incremental.FullBuildNeeded(f"{names}: {done[members].coupling['fallback']}")

    started = time.perf_counter()
    valid = [result for _batch, result in batch_results]
    merged_results: Counter[Any] = Counter()
    for result in valid:
        merged_results |= Counter(result.results)  # the base's results come from every batch: once
    if not valid:  # no user data files: validate the base alone
        merged_results = Counter(_validate([]))
    confirmed = any(r.severity == "Violation" for r in merged_results)
    warnings = _confirm_violations(say, where) if confirmed else []
    timings["results"] = time.perf_counter() - started

    started = time.perf_counter()
    from chipkg import cache

    digests = dict(zip(map(str, others), cache.file_digests(others, where), strict=True))
    keyed = {members: incremental.unit_key(base.key, [(p, digests[str(p)]) for p in members]) for members in groups}
    infos = {
        members: {
            "files": [p.name for p in members],
            "warnings": done[members].warnings,
            "violation": done[members].violation,
            **done[members].coupling,
        }
        for members in groups
    }
    asserted, inferred, record = incremental.merge_units(
        (incremental.nt_lines(base.asserted_nt), incremental.nt_lines(base.inferred_nt)),
        base.key,
        base.info,
        (
            (
                keyed[members],
                members,
                infos[members],
                incremental.nt_lines(done[members].asserted),
                incremental.nt_lines(done[members].inferred),
            )
            for members in groups
        ),
        digests,
    )
    if not confirmed:  # the base's, but where a group supplies the focus node, that group's say
        warnings = incremental.warnings_of(base.info, infos.values())
    timings["merge"] = time.perf_counter() - started
    started = time.perf_counter()
    if not confirmed:
        incremental.store_units(
            where,
            (base.key, (base.asserted_nt, base.inferred_nt, base.info)),
            [(keyed[m], (done[m].asserted, done[m].inferred, infos[m])) for m in groups],
        )
    timings["units"] = time.perf_counter() - started
    for stage in ("load", "reason", "validate"):
        timings[stage] = cpu[stage]
    return Grouped(asserted, inferred, warnings, len(groups), workers, None if confirmed else record, timings)


def _batches(
    groups: list[tuple[Path, ...]], sizes: dict[Path, int], order: dict[Path, int]
) -> list[list[tuple[Path, ...]]]:
    """Consecutive groups (in the data files' order) up to BATCH_BYTES each."""
    batches: list[list[tuple[Path, ...]]] = []
    size = BATCH_BYTES
    for members in sorted(groups, key=lambda g: order[g[0]]):
        weight = sum(sizes[p] for p in members)
        if size + weight > BATCH_BYTES and (not batches or batches[-1]):
            batches.append([])
            size = 0
        batches[-1].append(members)
        size += weight
    return batches


def _run(
    batches: list[list[tuple[Path, ...]]], user: frozenset[Path], workers: int, say: Callable[[str], None]
) -> list[_BatchResult]:
    """The batches' results, in order; the first batch's error (in file order) is raised. If a
    worker process dies (killed, out of memory), the batches run again in this process."""
    if workers <= 1:
        return [_run_batch(batch, user) for batch in batches]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork")
    outcomes: list[_BatchResult | BaseException] = []
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(_run_batch, batch, user) for batch in batches]
            for future in futures:
                try:
                    outcomes.append(future.result())
                except BrokenProcessPool:
                    raise
                except Exception as exc:  # noqa: BLE001 - re-raised below, the first in file order
                    outcomes.append(exc)
    except BrokenProcessPool:
        say("chipkg: a build worker process died; building its files in this process instead")
        return [_run_batch(batch, user) for batch in batches]
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return outcomes  # type: ignore[return-value]


def _run_batch(batch: list[tuple[Path, ...]], user: frozenset[Path]) -> _BatchResult:
    """Parse, reason and validate one batch (in a worker process, or in this one)."""
    from chipkg import incremental
    from chipkg.build import closure_of, parse_turtle

    base = _BASE
    assert base is not None
    cpu: dict[str, float] = defaultdict(float)
    graphs = []
    groups = []
    for members in batch:
        started = time.process_time()
        own = Graph()
        for path in members:
            parse_turtle([path], own, user_input=path in user)
        graphs.append(own)
        cpu["load"] += time.process_time() - started
        started = time.process_time()
        delta = closure_of(base.triples | set(own), base.reasoner) - base.inferred
        coupling = incremental._coupling(own, delta, base.info)
        groups.append(
            _GroupResult(members, own.serialize(format="nt", encoding="utf-8"), incremental._nt(delta), coupling)
        )
        cpu["reason"] += time.process_time() - started
    started = time.process_time()
    results = _validate(graphs)
    supplies = [set(group.coupling["supplies"]) for group in groups]
    attributed = incremental.attribute(results, graphs, supplies, base.info)
    for group, (warnings, violation) in zip(groups, attributed, strict=True):
        group.warnings, group.violation = warnings, violation
    cpu["validate"] += time.process_time() - started
    return _BatchResult(groups, results, dict(cpu))


def _validate(graphs: list[Graph]) -> list[Any]:
    from chipkg.validation import validate_graph

    base = _BASE
    assert base is not None
    data = Graph()
    data += base.graph
    for graph in graphs:
        data += graph
    return validate_graph(data).results


def _confirm_violations(say: Callable[[str], None], where: resources.Location | None) -> list[str]:
    """A batch showed a violation: the whole graph decides, and its report is the build's."""
    from chipkg.build import load_asserted, raise_violations
    from chipkg.validation import validate_graph

    report = validate_graph(load_asserted(where))
    raise_violations(report)
    say("chipkg: a violation seen in one batch of files disappears with the whole graph; it conforms")
    return [r.one_line() for r in report.results if r.severity != "Violation"]
