"""How does chipkg grow with the graph? Build, add, stored queries and questions at 10k-1M triples.

For each size (asserted triples, the project's own ~5,600 included) the synthetic generator
(benchmarks/synth.py, fixed seed) writes copies of the article's chips into a fresh
``CHIPKG_DATA_DIR``, and then this script times, in fresh processes with their own
``CHIPKG_CACHE_DIR``:

1. the full build (``chipkg build --full``): wall and CPU seconds, peak memory (the largest sum
   over the build's processes, its worker processes included), the build's own per-step times,
   beside its floor: pyoxigraph's ``bulk_load`` of the asserted Turtle files alone into a new store
   (no reasoning, no validation); up to ``--whole-graph-up-to`` (default 100k) also beside its
   peer, the whole graph reasoned by owlrl and validated in one pySHACL run (what ``--full`` did
   for every size before chipkg.fullbuild);
2. every stored query with the parameters of its ``# example:`` line, and a fixed set of
   ``chipkg ask`` questions, in one worker process with the store open (median of several runs,
   wall and CPU), each stored query side by side with its peer: the same bound SPARQL text run on
   pyoxigraph directly, without chipkg's checks, binding and row handling. The floor is a plain
   ``COUNT(*)`` scan of every triple in the same process;
3. a name lookup (``lookup.resolve`` of one chip among all of them);
4. the one-chip add: a new chip file (a Groq copy with the largest transistor count of all) goes
   in with ``chipkg add FILE`` if this chipkg has that command, else it is copied into the data
   directory and ``chipkg build`` runs; timed until a NEW process's ``describe`` shows the chip
   with its inferred types (at 1M the target is 2 s; the graph is one in use: a lookup before the
   add has made its name index); then ``rank-chips`` must list it first (its transistor count is
   the new maximum), ``ask`` about it, its removal, and the time of each step of the add (the same
   add through the library). ``--add-only DATA CACHE`` measures this alone on a graph built already.

5. with Oxigraph's own server installed (``oxigraph``, the bench extra): a server started on a new
   store, the built graph loaded into it with ``chipkg push`` (wall and CPU seconds of the push,
   the server's CPU seconds), and every stored query over HTTP as ``chipkg query --endpoint``
   runs it (the same bound text, sent to the server with the graph named): wall seconds and the
   server's CPU seconds per query (median of --runs), beside the embedded store's time.
   ``--no-server`` leaves this out.

Then, with two or more sizes, the slope of each query's time against size (least squares on
log-log). It prints one table per size and the slopes, and exits 1 when a slope is above 1.15 (a
query growing faster than the data; queries that stay under 10 ms at the largest size are shown
but not judged: fixed costs and timer noise dominate there) or a target is missed at 1M: the full
build under 3 minutes and 4 GB, every stored query under 1 s with a median under 100 ms. Slopes
and query targets use CPU time: the machine is shared, and a query runs on one thread, so its
CPU time is its wall time on a quiet machine without the waits for the other processes.

    python benchmarks/scale.py [--sizes 10k,100k,1m] [--runs 5] [--keep DIR] [--build-only] [--no-server]

``--build-only`` measures the full build (with its floor and peer) and nothing else; ``--no-server``
leaves out the Oxigraph server step (push, stored queries over HTTP).
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
from collections.abc import Callable
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
    import threading

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=out, stderr=err)
        peak = [0]
        done = threading.Event()
        sampler = threading.Thread(target=_sample_tree_rss, args=(process.pid, peak, done), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if check and process.returncode != 0:
        sys.exit(f"{shlex.join(argv[2:])} failed (exit {process.returncode}): {stderr[-800:]}")
    cpu = usage.ru_utime + usage.ru_stime
    rss_mb = usage.ru_maxrss / 1024  # the largest single process (wait4 cannot sum them)
    tree_mb = max(rss_mb, peak[0] / 2**20)
    return {"wall": wall, "cpu": cpu, "rss_mb": rss_mb, "tree_mb": tree_mb, "out": stdout, "err": stderr}


def _sample_tree_rss(pid: int, peak: list[int], done: Any) -> None:
    """The largest sum of resident memory over ``pid`` and its descendants, sampled every 0.1 s
    from /proc (Linux; elsewhere the peak stays 0 and the largest single process is reported)."""
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    while not done.wait(0.1):
        parents: dict[int, int] = {}
        resident: dict[int, int] = {}
        try:
            names = os.listdir("/proc")
        except OSError:
            return
        for name in names:
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                with open(f"/proc/{name}/statm", "rb") as statm:
                    resident[int(name)] = int(statm.read().split()[1]) * page
                parents[int(name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
        tree, todo = {pid}, [pid]
        while todo:
            parent = todo.pop()
            children = [child for child, ppid in parents.items() if ppid == parent and child not in tree]
            tree.update(children)
            todo.extend(children)
        peak[0] = max(peak[0], sum(resident.get(p, 0) for p in tree))


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


def _server_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) the process ``pid`` has used so far (Linux /proc; 0 elsewhere)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def endpoint_worker(runs: int, url: str, server_pid: int | None) -> None:
    """Every stored query over HTTP, bound as for the embedded store (the names resolved there),
    run through chipkg's remote endpoint: wall seconds and the server's CPU seconds, medians."""
    from chipkg import catalog, remote, sparql
    from chipkg.errors import ChipkgError
    from chipkg.store import open_store

    store = open_store()
    endpoint = remote.Endpoint(url)
    out: dict = {"queries": {}, "errors": {}}
    for query in catalog.stored_queries():
        bound = catalog.bind(query, example_params(query.example), store)
        walls, cpus, count = [], [], -1
        for _ in range(runs):
            c0, w0 = _server_cpu(server_pid), time.perf_counter()
            try:
                result = sparql.run(endpoint, query.sparql, bound.bindings, limit=bound.limit)
                count = len(result.rows) if result.form == "select" else int(bool(result.boolean))
            except ChipkgError as exc:  # a failing query is a row of the table, not the end
                count = -1
                out["errors"][query.name] = str(exc)[:200]
            walls.append(time.perf_counter() - w0)
            cpus.append(_server_cpu(server_pid) - c0)
            if walls[-1] > 5:
                break
        out["queries"][query.name] = {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "rows": count}
    json.dump(out, sys.stdout)


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
        words = sparql.keywords(sparql.mask(query.sparql))
        if bound.limit is not None and sparql._can_append_slice(query.sparql, words):
            text += f"\nLIMIT {bound.limit}"  # as sparql.run sends it (without it the engine sorts every row)

        def direct(text: str = text, bound: Any = bound) -> int:
            answer = store.query(text, use_default_graph_as_union=True)
            if isinstance(answer, pyoxigraph.QueryBoolean):
                return int(bool(answer))
            return sum(1 for _ in itertools.islice(answer, bound.limit))

        wall, cpu, count = _median_time(ours, runs)
        peer_wall, peer_cpu, _ = _median_time(direct, runs)
        out["queries"][query.name] = {
            "wall": wall,
            "cpu": cpu,
            "rows": count,
            "peer": peer_wall,
            "peer_cpu": peer_cpu,
        }
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


def floor_load() -> None:
    """The build's floor: the asserted Turtle files (the ontology and every data file) bulk-loaded
    into a new on-disk pyoxigraph store as the build writes its own (flush, optimize), nothing else."""
    import pyoxigraph as ox

    from chipkg import resources

    with tempfile.TemporaryDirectory(prefix="chipkg-floor-") as directory:
        store = ox.Store(directory)
        for path in [resources.ONTOLOGY_FILE, *resources.data_files()]:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        store.flush()
        store.optimize()
        print(len(store))
        del store


def whole_graph_build() -> None:
    """The peer: ``build --full`` as it was for every size before chipkg.fullbuild, the whole graph
    reasoned by owlrl and validated in one pySHACL run."""
    from chipkg import fullbuild
    from chipkg.cli import cli

    fullbuild.LARGE_BUILD_BYTES = 10**15
    cli(["build", "--full", "--reasoner", "owlrl"])


def steps(output: str) -> dict[str, float]:
    """The per-step times ``chipkg build`` prints ("   reason:    1234 ms"), in seconds."""
    found = {}
    for line in output.splitlines():
        name, _, rest = line.strip().partition(": ")
        if rest.endswith(" ms") and name and " " not in name:
            found[name] = float(rest.removesuffix(" ms")) / 1000
    return found


# --- the driver -------------------------------------------------------------------------------------


def has_add_command(env: dict[str, str]) -> bool:
    done = subprocess.run(chipkg("add", "--help"), env=env, capture_output=True)
    return done.returncode == 0


def measure_size(
    size: int, work: Path, runs: int, build_only: bool = False, whole_up_to: int = 0, server: bool = True
) -> dict:
    data, cache = work / f"data-{size_name(size)}", work / f"cache-{size_name(size)}"
    load_before = os.getloadavg()[0]  # the machine is shared: the table says how busy it was
    counts = synth.generate(size, data)
    env = {**ENV, "CHIPKG_DATA_DIR": str(data), "CHIPKG_CACHE_DIR": str(cache)}
    print(f"[{size_name(size)}] {counts['synthetic_chips']:,} synthetic chips; building...", file=sys.stderr)
    build = run_measured(chipkg("build", "--full"), env)
    build["steps"] = steps(build["out"])
    build["how"] = next((line for line in build["out"].splitlines() if line.startswith("reasoner:")), "")
    print(f"[{size_name(size)}] built in {build['wall']:.1f} s; its floor...", file=sys.stderr)
    me = [sys.executable, str(Path(__file__).resolve())]
    build["floor"] = run_measured([*me, "--floor"], env)
    if size <= whole_up_to:
        print(f"[{size_name(size)}] the whole-graph peer...", file=sys.stderr)
        peer_env = {**env, "CHIPKG_CACHE_DIR": str(work / f"cache-whole-{size_name(size)}")}
        build["whole"] = run_measured([*me, "--whole-graph"], peer_env)
        build["whole"]["steps"] = steps(build["whole"]["out"])
        shutil.rmtree(work / f"cache-whole-{size_name(size)}", ignore_errors=True)
    if build_only:
        return {"size": size, "counts": counts, "build": build, "load": [load_before, os.getloadavg()[0]]}
    # `--full` takes nothing from the per-file cache and leaves none: the incremental build that
    # `chipkg add` runs later finds each file's result there, so it is seeded first (not timed).
    print(f"[{size_name(size)}] seeding the per-file cache (not timed)...", file=sys.stderr)
    run_measured(chipkg("build", "--force"), env)
    print("queries...", file=sys.stderr)
    queries = run_measured([sys.executable, str(Path(__file__).resolve()), "--worker", "--runs", str(runs)], env)
    result = {"size": size, "counts": counts, "build": build, "work": json.loads(queries["out"])}
    result["work"]["rss_mb"] = queries.get("rss_mb")
    if server:
        result["server"] = measure_server(size, work, runs, env)
    result["add"] = measure_add(data, work, env)
    result["load"] = [load_before, os.getloadavg()[0]]
    return result


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure_server(size: int, work: Path, runs: int, env: dict[str, str]) -> dict:
    """Start Oxigraph's server on a new store, push the built graph into it, and time every
    stored query over HTTP; the server is stopped and its store removed at the end."""
    import urllib.request

    binary = shutil.which("oxigraph")
    if binary is None:
        return {"skipped": "Oxigraph's server is not installed (pip install oxigraph, the bench extra)"}
    location = work / f"oxigraph-{size_name(size)}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=log
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    sys.exit(f"oxigraph serve did not start: {log.read().decode(errors='replace')[-800:]}")
                time.sleep(0.2)
            print(f"[{size_name(size)}] pushing to Oxigraph server...", file=sys.stderr)
            before = _server_cpu(server.pid)
            push = run_measured(chipkg("push", "--endpoint", base + "/store", "--timeout", "3600"), env)
            push["server_cpu"] = _server_cpu(server.pid) - before
            push["store_mb"] = sum(f.stat().st_size for f in location.rglob("*") if f.is_file()) / 2**20
            print(f"[{size_name(size)}] pushed in {push['wall']:.1f} s; queries over HTTP...", file=sys.stderr)
            argv = [sys.executable, str(Path(__file__).resolve()), "--worker", "--runs", str(runs)]
            argv += ["--endpoint", base + "/query", "--server-pid", str(server.pid)]
            queries = run_measured(argv, env)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            shutil.rmtree(location, ignore_errors=True)
    del push["out"], push["err"]
    return {"push": push, "work": json.loads(queries["out"])}


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
    run_measured(chipkg("describe", "Groq LPU"), env, check=False)  # a graph in use: its name index made
    start = time.perf_counter()
    if command:
        how = "chipkg add"
        step = run_measured(chipkg("add", str(new_file)), env)
    else:
        how = "copy + chipkg build"
        shutil.copyfile(new_file, data / new_file.name)
        step = run_measured(chipkg("build"), env)
    described = run_measured(chipkg("describe", label), env, check=False)
    wall = time.perf_counter() - start
    listed = run_measured(
        chipkg("query", "rank-chips", "--param", "metric=transistors", "--param", "n=1", "--timeout", "0"), env
    )
    first_row = next((line for line in listed["out"].splitlines() if label in line), None)
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
        "inferred_shown": "processor" in described["out"],  # a class the chip has by inference only
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
        f"one-chip add ({a['how']}) until a new process's describe shows it with its inferred types: wall"
        f" {a['wall']:.2f} s (add {a['add_wall']:.2f} s + describe {a.get('describe_wall', math.nan):.2f} s;"
        f" {'found' if a.get('described') else 'NOT found'}, inferred types"
        f" {'shown' if a.get('inferred_shown') else 'NOT shown'}), cpu of the add {a['cpu']:.2f} s,"
        f" peak {(a['rss_mb'] or 0) / 1024:.2f} GB"
    )
    if "ask_wall" in a:
        print(
            f"  then in new processes: rank-chips {a['query_wall']:.2f} s (the new maximum listed first:"
            f" {'yes' if a['listed'] else 'NO'}), ask {a['ask_wall']:.2f} s, removal (file deleted + build)"
            f" {a['remove_wall']:.2f} s"
        )
    if a.get("steps"):
        print("  steps of the add (s): " + ", ".join(f"{k} {v:.3f}" for k, v in a["steps"].items()))
    failures = []
    if not a["listed"]:
        failures.append(f"{name}: the added chip is not listed first by rank-chips")
    if "described" in a and not (a["described"] and a.get("inferred_shown")):
        failures.append(f"{name}: describe does not show the added chip with its inferred types")
    return failures


def slope(points: list[tuple[int, float]]) -> float:
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def report_build(r: dict) -> list[str]:
    name, b = size_name(r["size"]), r["build"]
    gb = b.get("tree_mb", b["rss_mb"]) / 1024
    print(
        f"full build         wall {b['wall']:8.1f} s   cpu {b['cpu']:8.1f} s   peak {gb:5.2f} GB "
        f"(largest process {b['rss_mb'] / 1024:.2f} GB)   {b.get('how', '')}"
    )
    if b.get("steps"):
        print("  steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in b["steps"].items()))
    rows = [("floor: bulk_load of the asserted Turtle alone", b.get("floor"))]
    rows.append(("peer: whole graph, owlrl, one pySHACL run", b.get("whole")))
    for label, m in rows:
        if m:
            print(
                f"{label:48} wall {m['wall']:8.1f} s   cpu {m['cpu']:8.1f} s   "
                f"peak {m.get('tree_mb', m['rss_mb']) / 1024:5.2f} GB   full build / this: "
                f"{b['cpu'] / max(m['cpu'], 1e-9):.2f}x cpu, {b['wall'] / max(m['wall'], 1e-9):.2f}x wall"
            )
            if m.get("steps"):
                print("  steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in m["steps"].items()))
    failures = []
    if r["size"] >= 1_000_000 and (b["wall"] > TARGET_BUILD_S or gb > TARGET_BUILD_GB):
        failures.append(
            f"{name}: full build {b['wall']:.0f} s, {gb:.1f} GB (target {TARGET_BUILD_S:.0f} s, {TARGET_BUILD_GB:g} GB)"
        )
    return failures


def report(results: list[dict]) -> list[str]:
    failures: list[str] = []
    if all("work" not in r for r in results):  # --build-only
        for r in results:
            print(f"\n== {size_name(r['size'])}: {r['counts']['asserted_triples']:,} asserted triples")
            failures += report_build(r)
        return failures
    for r in results:
        name, w, a = size_name(r["size"]), r["work"], r["add"]
        floor = w["floor"]["wall"]
        print(
            f"\n== {name}: {r['counts']['asserted_triples']:,} asserted triples, {w['triples']:,} in the store, "
            f"{r['counts']['synthetic_chips']:,} synthetic chips in {r['counts']['files']} files"
        )
        failures += report_build(r)
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
        failures += report_server(name, r)
        if r["size"] >= 1_000_000:
            if slow or median > TARGET_QUERY_MEDIAN_S:
                failures.append(
                    f"{name}: {len(slow)} stored queries over 1 s ({', '.join(sorted(slow))}), "
                    f"median {median * 1000:.0f} ms"
                )
    failures += changed_answers(results)
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


def changed_answers(results: list[dict[str, Any]]) -> list[str]:
    """A question answered at one size and refused at another (or refused for another reason) is
    a failure however fast: the graph grew, not the question (at 1M a ranking's VALUES block once
    outgrew the query size limit)."""
    failures = []
    asked = {q for r in results for q in r["work"]["questions"]}
    for q in sorted(asked):
        kinds = {
            size_name(r["size"]): ("answered" if m["answer"].endswith(" rows") else m["answer"])
            for r in results
            if (m := r["work"]["questions"].get(q))
        }
        if len(set(kinds.values())) > 1:
            failures.append(f"ask {q!r}: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    return failures


def report_server(name: str, r: dict) -> list[str]:
    """The Oxigraph server's part of one size: the push, then each stored query over HTTP beside
    the embedded store (not judged against the targets: the HTTP round trip and the server's
    JSON writing are in its time)."""
    server = r.get("server")
    if not server:
        return []
    if "skipped" in server:
        print(f"Oxigraph server: skipped ({server['skipped']})")
        return []
    p, w, local = server["push"], server["work"], r["work"]["queries"]
    print(
        f"Oxigraph server: chipkg push of the built graph wall {p['wall']:.1f} s, cpu {p['cpu']:.1f} s "
        f"(server cpu {p['server_cpu']:.1f} s), server store {p['store_mb']:.0f} MB"
    )
    print(f"{'stored query over HTTP':32} {'rows':>6} {'wall ms':>9} {'server cpu':>10} {'embedded':>9} {'x emb':>6}")
    walls = []
    failures = []
    for q, m in sorted(w["queries"].items()):
        walls.append(m["wall"])
        mine = local.get(q, {})
        print(
            f"{q:32} {m['rows']:6} {m['wall'] * 1000:9.1f} {m['cpu'] * 1000:10.1f} {mine.get('wall', 0) * 1000:9.1f} "
            f"{m['wall'] / max(mine.get('wall', 0), 1e-9):6.2f}"
        )
        if mine and m["rows"] != mine["rows"]:
            failures.append(f"{name}: {q} over HTTP gave {m['rows']} rows, the embedded store {mine['rows']}")
    for q, error in w.get("errors", {}).items():
        failures.append(f"{name}: {q} over HTTP failed: {error}")
    print(
        f"median stored query over HTTP {statistics.median(walls) * 1000:.1f} ms wall; slowest "
        f"{max(walls) * 1000:.1f} ms; over {TARGET_QUERY_MAX_S:g} s: {sum(t > TARGET_QUERY_MAX_S for t in walls)}"
    )
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated sizes in asserted triples")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (the median is shown)")
    parser.add_argument("--keep", type=Path, help="work here and keep the data and caches")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument("--report", type=Path, help="print the table of a --json file again, measuring nothing")
    parser.add_argument(
        "--markdown", action="store_true", help="with --report: print the README's tables (Markdown) instead"
    )
    parser.add_argument("--build-only", action="store_true", help="measure the full build (floor, peer) only")
    parser.add_argument(
        "--whole-graph-up-to", default="100k", help="sizes up to this also build the whole graph with owlrl (peer)"
    )
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--whole-graph", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-server", action="store_true", help="leave out the Oxigraph server (push, HTTP)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--add-only",
        nargs=2,
        type=Path,
        metavar=("DATA", "CACHE"),
        help="only the one-chip add, on a data directory whose graph is built in CACHE (both are changed and restored)",
    )
    parser.add_argument("--add-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker and args.endpoint:
        endpoint_worker(args.runs, args.endpoint, args.server_pid)
        return
    if args.worker:
        worker(args.runs)
        return
    if args.floor:
        floor_load()
        return
    if args.whole_graph:
        whole_graph_build()
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
        measured = json.loads(args.report.read_text())
        if args.markdown:
            print(markdown(measured))
            return
        finish(measured)
        return
    sizes = sorted(parse_size(s) for s in args.sizes.split(","))
    work = args.keep or Path(tempfile.mkdtemp(prefix="chipkg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        whole_up_to = parse_size(args.whole_graph_up_to)
        results = [
            measure_size(size, work, args.runs, args.build_only, whole_up_to, not args.no_server) for size in sizes
        ]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    finish(results)


def markdown(results: list[dict]) -> str:
    """The README's tables from a measurement (``--report FILE --markdown``): one column per size,
    then every stored query's and question's CPU time with its slope, so the README shows what a
    run printed, not numbers typed by hand."""

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:,.1f}" if seconds < 0.1 else f"{seconds * 1000:,.0f}"

    def s(seconds: float) -> str:
        return f"{seconds:,.1f} s" if seconds >= 1 else f"{seconds:.2f} s"

    def gb(m: dict) -> str:
        return f"{m.get('tree_mb', m['rss_mb']) / 1024:.2f} GB"

    def cell(get: Callable[[dict], str]) -> list[str]:
        out = []
        for r in results:
            try:
                out.append(get(r))
            except (KeyError, TypeError, ValueError, statistics.StatisticsError):
                out.append("(not measured)")
        return out

    def stored(r: dict) -> list[tuple[str, dict]]:
        return sorted(r["work"]["queries"].items())

    def slowest(items: list[tuple[str, dict]], key: str) -> str:
        name, m = max(items, key=lambda kv: kv[1][key])
        return f"{ms(m[key])} ms (`{name}`)"

    def http(r: dict) -> dict:
        return {q: m for q, m in r["server"]["work"]["queries"].items() if "error" not in m}

    rows: list[tuple[str, list[str]]] = [
        (
            "asserted triples; in the store (with the inferred)",
            cell(lambda r: f"{r['counts']['asserted_triples']:,}; {r['work']['triples']:,}"),
        ),
        (
            "load average of the 2 cores, before; after (1 is one busy core)",
            cell(lambda r: f"{r['load'][0]:.1f}; {r['load'][1]:.1f}"),
        ),
        (
            "synthetic chips (files)",
            cell(lambda r: f"{r['counts']['synthetic_chips']:,} ({r['counts']['files']})"),
        ),
        (
            "**full build** (`chipkg build --full`): wall; CPU; peak memory",
            cell(lambda r: f"**{s(r['build']['wall'])}**; {s(r['build']['cpu'])}; **{gb(r['build'])}**"),
        ),
        (
            "reasoner (by the size of the data files)",
            cell(lambda r: r["build"]["how"].split("(")[0].split(": ")[-1].strip()),
        ),
        (
            "floor: `bulk_load` of the asserted Turtle alone: CPU (build / floor)",
            cell(lambda r: f"{s(r['build']['floor']['cpu'])} ({r['build']['cpu'] / r['build']['floor']['cpu']:.0f}x)"),
        ),
        (
            "peer: the whole graph by owlrl and one pySHACL run: CPU; peak (build / peer)",
            cell(
                lambda r: (
                    f"{s(r['build']['whole']['cpu'])}; {gb(r['build']['whole'])} "
                    f"({r['build']['cpu'] / r['build']['whole']['cpu']:.2f}x)"
                )
            ),
        ),
        (
            "**one-chip add** until a new process's `describe` shows it with its inferred types: wall "
            "(CPU of the add; peak)",
            cell(lambda r: f"**{s(r['add']['wall'])}** ({s(r['add']['cpu'])}; {r['add']['rss_mb'] / 1024:.2f} GB)"),
        ),
        (
            "then, each in a new process: `rank-chips` lists it first; `ask` about it; its removal (wall)",
            cell(
                lambda r: (
                    f"{s(r['add']['query_wall'])} ({'yes' if r['add']['listed'] else 'NO'}); "
                    f"{s(r['add']['ask_wall'])}; {s(r['add']['remove_wall'])}"
                )
            ),
        ),
        (
            f"**stored queries** ({len(results[0]['work']['queries'])}, example parameters): median CPU; over 1 s",
            cell(
                lambda r: (
                    f"**{ms(statistics.median(m['cpu'] for _, m in stored(r)))} ms**; "
                    f"**{sum(m['cpu'] > TARGET_QUERY_MAX_S for _, m in stored(r))}**"
                )
            ),
        ),
        ("slowest stored query (CPU)", cell(lambda r: slowest(stored(r), "cpu"))),
        (
            "chipkg's path / the same bound text on pyoxigraph directly (peer): median ratio",
            cell(lambda r: f"{statistics.median(m['wall'] / max(m['peer'], 1e-9) for _, m in stored(r)):.2f}x"),
        ),
        ("floor: `COUNT(*)` of every triple (CPU)", cell(lambda r: f"{ms(r['work']['floor']['cpu'])} ms")),
        ("name lookup (`lookup.resolve`, index read)", cell(lambda r: f"{r['work']['lookup']['cpu'] * 1000:.2f} ms")),
        (
            f"`ask` ({len(results[0]['work']['questions'])} fixed questions, lexicon read): median CPU; slowest",
            cell(
                lambda r: (
                    f"{ms(statistics.median(m['cpu'] for m in r['work']['questions'].values()))} ms; "
                    + slowest(list(r["work"]["questions"].items()), "cpu").replace("`", '"')
                )
            ),
        ),
        (
            "Oxigraph server: `chipkg push` wall (server CPU; its store)",
            cell(
                lambda r: (
                    f"{s(r['server']['push']['wall'])} ({s(r['server']['push']['server_cpu'])}; "
                    f"{r['server']['push']['store_mb']:,.0f} MB)"
                )
            ),
        ),
        (
            "stored queries over HTTP (`query --endpoint`): median wall; slowest",
            cell(
                lambda r: (
                    f"{ms(statistics.median(m['wall'] for m in http(r).values()))} ms; "
                    + slowest(list(http(r).items()), "wall")
                )
            ),
        ),
    ]
    names = [size_name(r["size"]) for r in results]
    out = ["| | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    out += [f"| {label} | " + " | ".join(values) + " |" for label, values in rows]
    out += ["", "| CPU ms | " + " | ".join(names) + " | slope |", "|---" * (len(names) + 2) + "|"]
    kinds = [(f"`{q}`", lambda r, q=q: r["work"]["queries"][q]["cpu"]) for q, _ in stored(results[0])]
    kinds += [(f'ask "{q}"', lambda r, q=q: r["work"]["questions"][q]["cpu"]) for q in results[0]["work"]["questions"]]
    for label, get in kinds:
        points = [(r["work"]["triples"], get(r)) for r in results]
        judged = points[-1][1] * 1000 >= SLOPE_NOISE_MS
        fit = f"{slope(points):.2f}" if len(points) > 1 and judged else "(not judged)"
        out.append(f"| {label} | " + " | ".join(ms(t) for _, t in points) + f" | {fit} |")
    return "\n".join(out)


def finish(results: list[dict]) -> None:
    failures = report(results)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("\nall within the limits")


if __name__ == "__main__":
    main()
