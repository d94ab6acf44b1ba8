"""How fast is the query path? Each command's median wall time against `python -c "import rdflib"`.

Runs the installed ``chipkg`` in fresh processes with a warm cache, interleaved with the floor
command so both see the same machine load, and prints each command's median and its ratio to the
floor. Target: every command at most 0.6x the floor (Python + click + pyoxigraph alone is ~0.4x).

    python benchmarks/query_path.py [--runs 20]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

COMMANDS = [
    ["--help"],
    ["queries"],
    ["query", "sram-on-node", "--param", "node=7nm", "--param", "more_than=100MB"],
    ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"],
    ["describe", "Groq LPU"],
    ["ask", "which chips on 7nm use on-chip SRAM over 100MB"],
]
if "--no-ask" in sys.argv:  # while chipkg.ask is being written
    COMMANDS.pop()
    sys.argv.remove("--no-ask")
FLOOR = [sys.executable, "-c", "import rdflib"]


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv[1:])} failed (exit {done.returncode}): {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    chipkg = shutil.which("chipkg")
    if chipkg is None:
        sys.exit("chipkg is not installed (pip install .)")
    subprocess.run([chipkg, "build"], check=True, stdout=subprocess.DEVNULL)  # warm the cache
    floor: list[float] = []
    samples: dict[str, list[float]] = {" ".join(c): [] for c in COMMANDS}
    for _ in range(args.runs):
        for command in COMMANDS:
            floor.append(timed(FLOOR))
            samples[" ".join(command)].append(timed([chipkg, *command]))
    floor_median = statistics.median(floor)
    print(f"floor  python -c 'import rdflib': median {floor_median * 1000:.0f} ms ({len(floor)} runs)")
    worst = 0.0
    for name, values in samples.items():
        median = statistics.median(values)
        ratio = median / floor_median
        worst = max(worst, ratio)
        print(f"{ratio:5.2f}x  {median * 1000:6.0f} ms  chipkg {name}")
    print(f"worst ratio {worst:.2f}x (target <= 0.60x)")


if __name__ == "__main__":
    main()
