"""The subprocess fuzz run (issue 7): the crash corpus and 2,000 generated `query`, `ask` and
`describe` cases with a fixed seed, in driver processes (tests/fuzz_cli.py) running the CLI
in-process. It fails if a driver dies (exit >= 128: a case crashed chipkg itself), or if any case
exits outside 0/1/2, lets an exception escape, or fails without one ``Error:`` line.

Marked ``fuzz``: about a minute of CPU, so the default run leaves it out and CI runs it
(``pytest -m fuzz``), split over two processes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("fuzz_cli.py")
SEED = 7
CASES = 2000
SHARDS = 2


@pytest.mark.fuzz
def test_no_fuzz_case_crashes_chipkg_or_breaks_a_rule(kg):
    drivers = [
        subprocess.Popen(
            [sys.executable, str(DRIVER), "--seed", str(SEED), "--cases", str(CASES), "--shard", f"{shard}/{SHARDS}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
        )
        for shard in range(SHARDS)
    ]
    outputs = [driver.communicate(timeout=900) for driver in drivers]
    corpus = sum(1 for line in DRIVER.with_name("fuzz_corpus.jsonl").read_text().splitlines() if line.strip())
    ran = 0
    for driver, (stdout, stderr) in zip(drivers, outputs, strict=True):
        lines = stdout.splitlines()
        started = [line for line in lines if line.startswith("case ")]
        assert driver.returncode == 0 and lines[-1:] == ["done"], (
            f"the driver died (exit {driver.returncode}) in {started[-1][:500] if started else 'start-up'}: "
            f"{stderr[-1000:]}"
        )
        assert [line for line in lines if line.startswith("bad ")] == []
        ran += len(started)
    assert ran == CASES + corpus
