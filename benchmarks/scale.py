"""How does chipkg grow with the graph? Build, add, stored queries and questions at 10k-1M triples.

For each size (asserted triples, the project's own ~5,600 included) the synthetic generator
(benchmarks/synth.py, fixed seed) writes copies of the article's chips into a fresh
``CHIPKG_DATA_DIR``, and then this script times, in fresh processes with their own
``CHIPKG_CACHE_DIR``:

1. the full build (``chipkg build --force``): wall and CPU seconds, peak memory;
2. every stored query with the parameters of its ``# example:`` line, and a fixed set of
   ``chipkg ask`` questions, in one worker process with the store open (median of several runs,
   wall and CPU), each stored query side by side with its peer: the same bound SPARQL text run on
   pyoxigraph directly, without chipkg's checks, binding and row handling. The floor is a plain
   ``COUNT(*)`` scan of every triple in the same process;
3. a name lookup (``lookup.resolve`` of one chip among all of them);
4. the one-chip add: a new chip file (a Groq copy with the largest transistor count of all) goes
   in with ``chipkg add FILE`` if this chipkg has that command, else it is copied into the data
   directory and ``chipkg build`` runs; timed until a NEW process's ``rank-chips`` lists the chip
   first (at 1M the target is 2 s); then ``describe`` and ``ask`` about it, its removal, and the
   time of each step of the add (the same add through the library). ``--add-only DATA CACHE``
   measures this alone on a graph built already.

Then, with two or more sizes, the slope of each query's time against size (least squares on
log-log). It prints one table per size and the slopes, and exits 1 when a slope is above 1.15 (a
query growing faster than the data; queries that stay under 10 ms at the largest size are shown
but not judged: fixed costs and timer noise dominate there) or a target is missed at 1M: the full
build under 3 minutes and 4 GB, every stored query under 1 s with a median under 100 ms. Slopes
and query targets use CPU time: the machine is shared, and a query runs on one thread, so its
CPU time is its wall time on a quiet machine without the waits for the other processes.

    python benchmarks/scale.py [--sizes 10k,100k,1m] [--runs 5] [--keep DIR]
    python benchmarks/scale.py --add-only DATA CACHE

Everything is written under a temporary directory removed at the end, unless ``--keep DIR``.
The machine is shared: numbers are medians of --runs runs, and noisy all the same.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402  (a sibling script, not a package)

SLOPE_LIMIT = 1.15
SLOPE_NOISE_MS = 10.0  # below this at the largest size a slope is shown, not judged
TARGET_BUILD_S = 180.0
TARGET_BUILD_GB = 4.0
TARGET_QUERY_MAX_S = 1.0
TARGET_QUERY_MEDIAN_S = 0.1
TARGET_ADD_S = 2.0
QUESTIONS = [
    "which chips on 7nm use on-chip SRAM over 100MB",
    "how many chips use HBM?",
    "which chip has the highest memory bandwidth?",
    "what's the die area of NorthPole?",
    "inference chips made by TSMC on 7nm",
    "chips with more than 100000 cores",
    "top 3 chips by INT8 TOPS",
    "what is the price of the Groq LPU?",
]
LOOKUP_NAME = "Groq LPU"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def parse_size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def size_name(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1_000}k" if n % 1_000 == 0 else str(n)


def chipkg(*args: str) -> list[str]:
    return [sys.executable, "-m", "chipkg.cli", *args]


def run_measured(argv: list[str], env: dict[str, str], check: bool = True) -> dict:
    """Run a command; wall seconds, CPU seconds (it and the children it waited for) and peak
    resident memory (the largest of them), from wait4. Output goes to unlinked temporary files, so
    a chatty command cannot block on a full pipe."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if check and process.returncode != 0:
        sys.exit(f"{shlex.join(argv[2:])} failed (exit {process.returncode}): {stderr[-800:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall": wall, "cpu": cpu, "rss_mb": usage.ru_maxrss / 1024, "out": stdout, "err": stderr}


# --- the worker: runs inside one process with the store open ---------------------------------------


def _median_time(func: object, runs: int) -> tuple[float, float, object]:
    walls, cpus, value = [], [], None
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        value = func()  # type: ignore[operator]
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
        if walls[-1] > 5:  # a slow one once is enough
            break
    return statistics.median(walls), statistics.median(cpus), value


def example_params(example: str) -> dict[str, str]:
    words = shlex.split(example)
    params = {}
    for i, word in enumerate(words):
        if word in ("--param", "-p") and i + 1 < len(words):
            key, _, value = words[i + 1].partition("=")
            params[key] = value
    return params


def worker(runs: int) -> None:
    import itertools

    import pyoxigraph

    from chipkg import catalog, lookup, sparql
    from chipkg.ask import answer
    from chipkg.errors import ChipkgError
    from chipkg.store import open_store

    store = open_store()
    out: dict = {"queries": {}, "questions": {}}
    wall, cpu, rows = _median_time(lambda: list(store.query(COUNT_ALL)), runs)
    out["triples"] = int(rows[0]["n"].value)  # type: ignore[index]
    out["floor"] = {"wall": wall, "cpu": cpu}
    for query in catalog.stored_queries():
        bound = catalog.bind(query, example_params(query.example), store)

        def ours(query: Any = query, bound: Any = bound) -> int:
            result = sparql.run(store, query.sparql, bound.bindings, limit=bound.limit)
            return len(result.rows) if result.form == "select" else int(bool(result.boolean))

        text = sparql.with_prologue(sparql.inject_values(query.sparql, bound.bindings))

        def direct(text: str = text, bound: Any = bound) -> int:
            answer = store.query(text, use_default_graph_as_union=True)
            if isinstance(answer, pyoxigraph.QueryBoolean):
                return int(bool(answer))
            return sum(1 for _ in itertools.islice(answer, bound.limit))

        wall, cpu, count = _median_time(ours, runs)
        peer_wall, _, _ = _median_time(direct, runs)
        out["queries"][query.name] = {"wall": wall, "cpu": cpu, "rows": count, "peer": peer_wall}
    for question in QUESTIONS:

        def ask(question: str = question) -> str:
            try:
                return f"{len(answer(store, question).rows)} rows"
            except ChipkgError as exc:
                return f"no answer ({type(exc).__name__})"

        c0, w0 = time.process_time(), time.perf_counter()
        first = ask()  # the first question also reads the lexicon
        first_wall = time.perf_counter() - w0
        wall, cpu, shape = _median_time(ask, runs)
        out["questions"][question] = {"wall": wall, "cpu": cpu, "first": first_wall, "answer": shape}
        del c0, first
    wall, cpu, _ = _median_time(lambda: lookup.resolve(store, LOOKUP_NAME, None), runs)
    out["lookup"] = {"wall": wall, "cpu": cpu}
    json.dump(out, sys.stdout)


# --- the driver -------------------------------------------------------------------------------------


def has_add_command(env: dict[str, str]) -> bool:
    done = subprocess.run(chipkg("add", "--help"), env=env, capture_output=True)
    return done.returncode == 0


def measure_size(size: int, work: Path, runs: int) -> dict:
    data, cache = work / f"data-{size_name(size)}", work / f"cache-{size_name(size)}"
    counts = synth.generate(size, data)
    env = {**ENV, "CHIPKG_DATA_DIR": str(data), "CHIPKG_CACHE_DIR": str(cache)}
    print(f"[{size_name(size)}] {counts['synthetic_chips']:,} synthetic chips; building...", file=sys.stderr)
    build = run_measured(chipkg("build", "--force"), env)
    print(f"[{size_name(size)}] built in {build['wall']:.1f} s; queries...", file=sys.stderr)
    queries = run_measured([sys.executable, str(Path(__file__).resolve()), "--worker", "--runs", str(runs)], env)
    result = {"size": size, "counts": counts, "build": build, "work": json.loads(queries["out"])}
    result["work"]["rss_mb"] = queries.get("rss_mb")
    result["add"] = measure_add(data, work, env)
    return result


def measure_add(data: Path, work: Path, env: dict[str, str]) -> dict:
    """Add one chip, then time until a new process's rank-chips lists it first. Then, in new
    processes: ``describe`` of the new chip (the name index), a question about it (the ask
    lexicon, read again for the new graph), the removal (the file deleted, ``chipkg build``), and
    the same add once more through the library (``userdata.add``, no CLI) for the time of each
    step, removed again after."""
    new_file = work / "added-chip.ttl"
    label = synth.added_chip(new_file)
    before = set(os.listdir(data))
    command = has_add_command(env)
    start = time.perf_counter()
    if command:
        how = "chipkg add"
        step = run_measured(chipkg("add", str(new_file)), env)
    else:
        how = "copy + chipkg build"
        shutil.copyfile(new_file, data / new_file.name)
        step = run_measured(chipkg("build"), env)
    listed = run_measured(
        chipkg("query", "rank-chips", "--param", "metric=transistors", "--param", "n=1", "--timeout", "0"), env
    )
    wall = time.perf_counter() - start
    first_row = next((line for line in listed["out"].splitlines() if label in line), None)
    described = run_measured(chipkg("describe", label), env, check=False)
    asked = run_measured(chipkg("ask", f"what is the transistor count of {label}?"), env, check=False)

    def take_out() -> dict:
        for name in set(os.listdir(data)) - before:
            (data / name).unlink()
        return run_measured(chipkg("build"), env)

    removed = take_out()
    steps: dict = {}
    if command:
        worker_run = run_measured([sys.executable, str(Path(__file__).resolve()), "--add-worker", str(new_file)], env)
        steps = {**json.loads(worker_run["out"]), "process wall": worker_run["wall"]}
        take_out()
    new_file.unlink()
    return {
        "how": how,
        "wall": wall,
        "cpu": step.get("cpu", math.nan),
        "add_wall": step["wall"],
        "query_wall": listed["wall"],
        "rss_mb": step.get("rss_mb"),
        "listed": bool(first_row),
        "describe_wall": described["wall"],
        "described": label in described["out"],
        "ask_wall": asked["wall"],
        "remove_wall": removed["wall"],
        "steps": steps,
    }


def add_worker(path: Path) -> None:
    """``chipkg add`` through the library, printing the seconds of each step as JSON."""
    started = time.perf_counter()
    from chipkg import userdata

    imported = time.perf_counter() - started
    addition = userdata.add(path)
    json.dump({"import": imported, **addition.timings, "total": time.perf_counter() - started}, sys.stdout)


def print_add(name: str, a: dict) -> list[str]:
    print(
        f"one-chip add ({a['how']}) until a new process lists it: wall {a['wall']:.2f} s (add {a['add_wall']:.2f} s"
        f" + query {a['query_wall']:.2f} s), cpu {a['cpu']:.2f} s, peak {(a['rss_mb'] or 0) / 1024:.2f} GB; "
        f"listed first: {'yes' if a['listed'] else 'NO'}"
    )
    if "describe_wall" in a:
        print(
            f"  then in new processes: describe {a['describe_wall']:.2f} s "
            f"({'found' if a['described'] else 'NOT found'}),"
            f" ask {a['ask_wall']:.2f} s, removal (file deleted + build) {a['remove_wall']:.2f} s"
        )
    if a.get("steps"):
        print("  steps of the add (s): " + ", ".join(f"{k} {v:.3f}" for k, v in a["steps"].items()))
    failures = []
    if not a["listed"]:
        failures.append(f"{name}: the added chip is not listed first by rank-chips")
    return failures


def slope(points: list[tuple[int, float]]) -> float:
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def report(results: list[dict]) -> list[str]:
    failures: list[str] = []
    for r in results:
        name, w, b, a = size_name(r["size"]), r["work"], r["build"], r["add"]
        floor = w["floor"]["wall"]
        print(
            f"\n== {name}: {r['counts']['asserted_triples']:,} asserted triples, {w['triples']:,} in the store, "
            f"{r['counts']['synthetic_chips']:,} synthetic chips in {r['counts']['files']} files"
        )
        print(f"full build         wall {b['wall']:8.1f} s   cpu {b['cpu']:8.1f} s   peak {b['rss_mb'] / 1024:5.2f} GB")
        failures += print_add(name, a)
        if r["size"] >= 1_000_000 and a["wall"] > TARGET_ADD_S:
            failures.append(f"{name}: one-chip add {a['wall']:.1f} s (target {TARGET_ADD_S:g} s)")
        print(
            f"floor: COUNT(*) of every triple {floor * 1000:8.1f} ms; name lookup {w['lookup']['wall'] * 1000:.1f} ms; "
            f"query worker peak {(w.get('rss_mb') or 0) / 1024:.2f} GB"
        )
        print(
            f"{'stored query':32} {'rows':>6} {'wall ms':>9} {'cpu ms':>9} {'peer ms':>9} {'x peer':>7} {'x floor':>8}"
        )
        walls = []
        for q, m in sorted(w["queries"].items()):
            walls.append(m["cpu"])
            print(
                f"{q:32} {m['rows']:6} {m['wall'] * 1000:9.1f} {m['cpu'] * 1000:9.1f} {m['peer'] * 1000:9.1f} "
                f"{m['wall'] / max(m['peer'], 1e-9):7.2f} {m['wall'] / max(floor, 1e-9):8.2f}"
            )
        median = statistics.median(walls)
        slow = [q for q, m in w["queries"].items() if m["cpu"] > TARGET_QUERY_MAX_S]
        print(
            f"median stored query {median * 1000:.1f} ms CPU; over {TARGET_QUERY_MAX_S:g} s: "
            f"{len(slow)} of {len(walls)}"
        )
        print(f"{'question':52} {'answer':>24} {'wall ms':>9} {'cpu ms':>9}")
        for q, m in w["questions"].items():
            print(f"{q[:52]:52} {m['answer'][:24]:>24} {m['wall'] * 1000:9.1f} {m['cpu'] * 1000:9.1f}")
        if r["size"] >= 1_000_000:
            if b["wall"] > TARGET_BUILD_S or b["rss_mb"] / 1024 > TARGET_BUILD_GB:
                failures.append(
                    f"{name}: full build {b['wall']:.0f} s, {b['rss_mb'] / 1024:.1f} GB "
                    f"(target {TARGET_BUILD_S:.0f} s, {TARGET_BUILD_GB:g} GB)"
                )
            if slow or median > TARGET_QUERY_MEDIAN_S:
                failures.append(
                    f"{name}: {len(slow)} stored queries over 1 s ({', '.join(sorted(slow))}), "
                    f"median {median * 1000:.0f} ms"
                )
    if len(results) >= 2:
        print(
            f"\nslope of time against size (log-log, {', '.join(size_name(r['size']) for r in results)}); "
            f"above {SLOPE_LIMIT} fails"
        )
        names = sorted(results[0]["work"]["queries"])
        kinds = [("query", n, lambda r, n=n: r["work"]["queries"][n]["cpu"]) for n in names]
        asked = [q for q in results[0]["work"]["questions"] if all(q in r["work"]["questions"] for r in results)]
        kinds += [("ask", q, lambda r, q=q: r["work"]["questions"][q]["cpu"]) for q in asked]
        kinds += [
            ("lookup", LOOKUP_NAME, lambda r: r["work"]["lookup"]["cpu"]),
            ("floor", "COUNT(*)", lambda r: r["work"]["floor"]["cpu"]),
        ]
        for kind, label, get in kinds:
            points = [(r["work"]["triples"], get(r)) for r in results]
            s = slope(points)
            judged = kind != "floor" and points[-1][1] * 1000 >= SLOPE_NOISE_MS
            verdict = "FAIL" if judged and s > SLOPE_LIMIT else "ok" if judged else "(not judged)"
            times = " ".join(f"{t * 1000:9.1f}" for _, t in points)
            print(f"{kind:6} {label[:44]:44} {times} ms   slope {s:5.2f} {verdict}")
            if verdict == "FAIL":
                failures.append(f"{kind} {label}: slope {s:.2f}")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated sizes in asserted triples")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (the median is shown)")
    parser.add_argument("--keep", type=Path, help="work here and keep the data and caches")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument("--report", type=Path, help="print the table of a --json file again, measuring nothing")
    parser.add_argument(
        "--add-only",
        nargs=2,
        type=Path,
        metavar=("DATA", "CACHE"),
        help="only the one-chip add, on a data directory whose graph is built in CACHE (both are changed and restored)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--add-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.runs)
        return
    if args.add_worker:
        add_worker(args.add_worker)
        return
    if args.add_only:
        data, cache = args.add_only
        env = {**ENV, "CHIPKG_DATA_DIR": str(data), "CHIPKG_CACHE_DIR": str(cache)}
        with tempfile.TemporaryDirectory(prefix="chipkg-scale-add-") as work:
            failures = print_add(str(data), measure_add(data, Path(work), env))
        if failures:
            sys.exit("FAILED: " + "; ".join(failures))
        return
    if args.report:
        finish(json.loads(args.report.read_text()))
        return
    sizes = sorted(parse_size(s) for s in args.sizes.split(","))
    work = args.keep or Path(tempfile.mkdtemp(prefix="chipkg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = [measure_size(size, work, args.runs) for size in sizes]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    finish(results)


def finish(results: list[dict]) -> None:
    failures = report(results)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("\nall within the limits")


if __name__ == "__main__":
    main()
