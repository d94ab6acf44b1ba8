"""How fast is the query path? Each command's median wall time against `python -c "import rdflib"`.

Runs the installed ``chipkg`` in fresh processes with a warm cache, interleaved with the floor
command so both see the same machine load, and prints each command's median and its ratio to the
floor. Target: every command at most 0.6x the floor (Python + click + pyoxigraph alone is ~0.4x).

    python benchmarks/query_path.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = [
    ["--help"],
    ["queries"],
    ["query", "sram-on-node", "--param", "node=7nm", "--param", "more_than=100MB"],
    ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"],
    ["describe", "Groq LPU"],
    ["ask", "which chips on 7nm use on-chip SRAM over 100MB"],
    # one question per answer shape
    ["ask", "how many chips use HBM?"],  # a count
    ["ask", "which chip has the highest memory bandwidth?"],  # the top, with a tie (Gaudi 3, Trillium)
    ["ask", "what's the die area of NorthPole?"],  # a figure as stated
    ["ask", "what is the HBM capacity of the AMD Instinct MI350?"],  # an absent figure (exit 1)
    ["ask", "inference chips made by TSMC on 7nm"],  # a three-constraint conjunction
    ["ask", "what is the price of the Groq LPU?"],  # a refusal (exit 1)
    ["ask", "which foundry makes the most chips?"],  # the group with the most chips (a count per group, its top)
    ["ask", "which chips have more SRAM than the Groq LPU?"],  # above a named chip's figure (two queries)
    ["ask", "which chip has the second most SRAM?"],  # a place in a ranking
]
# Commands whose answer is "no" (exit 1) by design.
EXPECTED_EXIT = {"what is the HBM capacity of the AMD Instinct MI350?": 1, "what is the price of the Groq LPU?": 1}
COLD = ["ask", "inference chips made by TSMC on 7nm"]  # also timed right after a build (no saved lexicon)
FLOOR = [sys.executable, "-c", "import rdflib"]
BASELINE = [sys.executable, "-c", "import click, pyoxigraph"]  # the least any command can cost


# Measure what an installed user sees: modules compiled to bytecode once (pip does it at install
# time), not recompiled on every run because the environment sets PYTHONDONTWRITEBYTECODE.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    elapsed = time.perf_counter() - start
    if done.returncode != EXPECTED_EXIT.get(argv[-1], 0):
        sys.exit(f"{' '.join(argv[1:])} failed (exit {done.returncode}): {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    # The script installed next to this interpreter: a version manager's shim on PATH (pyenv)
    # would add its own start-up to every run.
    beside = Path(sys.executable).parent / "chipkg"
    chipkg = str(beside) if beside.exists() else shutil.which("chipkg")
    if chipkg is None:
        sys.exit("chipkg is not installed (pip install .)")
    built = subprocess.run([chipkg, "build"], check=True, capture_output=True, text=True, env=ENV)  # warm the cache
    entry = Path(built.stdout.strip().splitlines()[-1].removeprefix("cache: "))
    for command in COMMANDS:  # and the bytecode
        timed([chipkg, *command])
    floor: list[float] = []
    samples: dict[str, list[float]] = {"(python -c 'import click, pyoxigraph')": []}
    samples.update({" ".join(c): [] for c in COMMANDS})
    for _ in range(args.runs):
        for command in COMMANDS:
            floor.append(timed(FLOOR))
            samples[" ".join(command)].append(timed([chipkg, *command]))
        samples["(python -c 'import click, pyoxigraph')"].append(timed(BASELINE))
    # Cold: the first question after a build reads the lexicon from the graph and saves it.
    cold_name = "(cold lexicon) " + " ".join(COLD)
    samples[cold_name] = []
    for _ in range(max(3, args.runs // 4)):
        for saved in entry.glob("ask-lexicon.marshal"):
            saved.unlink()
        floor.append(timed(FLOOR))
        samples[cold_name].append(timed([chipkg, *COLD]))
    floor_median = statistics.median(floor)
    print(f"floor  python -c 'import rdflib': median {floor_median * 1000:.0f} ms ({len(floor)} runs)")
    worst = 0.0
    for name, values in samples.items():
        median = statistics.median(values)
        ratio = median / floor_median
        if not name.startswith("(python"):
            worst = max(worst, ratio)
        label = name if name.startswith("(python") else f"chipkg {name}"
        print(f"{ratio:5.2f}x  {median * 1000:6.0f} ms  {label}")
    print(f"worst ratio {worst:.2f}x (target <= 0.60x)")


if __name__ == "__main__":
    main()
