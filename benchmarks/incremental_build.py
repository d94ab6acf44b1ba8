"""Adding one chip to a large graph: incremental `chipkg build` against `chipkg build --full`.

Run: ``python benchmarks/incremental_build.py [CHIPS ...]`` (default 60 and 600 synthetic chips,
about 10k and 54k triples with the project's own data). The synthetic chips are copies of
data/groq.ttl with renamed IRIs and labels (they pass the shapes), written into a temporary
``CHIPKG_DATA_DIR``; this is a minimal stand-in for the scale benchmark's generator. For each size
it times, in new processes (wall seconds, median of ``--repeat`` runs):

- ``first``: the first incremental build (every file reasoned and validated on its own);
- ``add``: from the start of ``chipkg build`` after one new chip file is written until a new
  process's query lists that chip with an inferred triple (its ck:citesSource, a property chain);
- ``full``: ``chipkg build --full`` of the same inputs;

and prints ``full / add``, the speed-up of an incremental add over a whole-graph build.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chipkg import resources  # noqa: E402

TEMPLATE = (resources.DATA_DIR / "groq.ttl").read_text(encoding="utf-8")


def chip_file(number: int) -> str:
    """data/groq.ttl with every ``groq-lpu`` IRI and the "Groq" labels renamed."""
    return TEMPLATE.replace("groq-lpu", f"synthetic-{number}").replace('"Groq', f'"Synthetic-{number}')


def chipkg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        ["chipkg", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(f"chipkg {' '.join(args)} failed: {done.stderr.strip()}")
    return done


def listed_with_inference(number: int, env: dict[str, str]) -> bool:
    chip = f"<https://w3id.org/chipkg/chip/synthetic-{number}>"
    query = f"SELECT ?source WHERE {{ {chip} <https://w3id.org/chipkg/ontology#citesSource> ?source }}"
    return "http" in chipkg("query", "-e", query, "--format", "csv", env=env).stdout


def measure(chips: int, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="chipkg-incr-bench-") as tmp:
        data, cache = Path(tmp, "data"), Path(tmp, "cache")
        data.mkdir()
        for number in range(chips):
            Path(data, f"synthetic-{number}.ttl").write_text(chip_file(number), encoding="utf-8")
        env = {**os.environ, "CHIPKG_DATA_DIR": str(data), "CHIPKG_CACHE_DIR": str(cache)}
        env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
        started = time.perf_counter()
        built = chipkg("build", env=env)
        first = time.perf_counter() - started
        triples = sum(int(line.split(":")[1].split()[0]) for line in built.stdout.splitlines() if "triples:" in line)
        adds, fulls = [], []
        for attempt in range(repeat):
            number = chips + attempt
            started = time.perf_counter()
            Path(data, f"synthetic-{number}.ttl").write_text(chip_file(number), encoding="utf-8")
            chipkg("build", env=env)
            if not listed_with_inference(number, env):
                raise SystemExit(f"synthetic-{number} is not listed with its inferred triples")
            adds.append(time.perf_counter() - started)
            started = time.perf_counter()
            chipkg("build", "--full", env=env)
            fulls.append(time.perf_counter() - started)
        return {
            "chips": chips,
            "triples": triples,
            "first": first,
            "add": statistics.median(adds),
            "full": statistics.median(fulls),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chips", nargs="*", type=int, default=[60, 600])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'chips':>6} {'triples':>8} {'first (s)':>10} {'add (s)':>8} {'full (s)':>9} {'full/add':>9}")
    for chips in args.chips:
        row = measure(chips, args.repeat)
        print(
            f"{row['chips']:>6} {row['triples']:>8} {row['first']:>10.2f} {row['add']:>8.2f} "
            f"{row['full']:>9.2f} {row['full'] / row['add']:>8.1f}x"
        )


if __name__ == "__main__":
    main()
