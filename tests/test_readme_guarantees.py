"""Every test the README's "What chipkg guarantees" table names exists: a guarantee backed by a
test that was renamed or deleted is a claim nobody checks any more."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_every_named_test_of_the_guarantees_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What chipkg guarantees", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"`([\w/]+\.py)(?:::(\w+))?`", section)
    assert len(named) >= 15
    bare = re.findall(r"(?<![:\w])`(test_\w+)`", section)  # a test named after a file's in the same cell
    for path, test in named:
        file = ROOT / "tests" / path
        assert file.is_file(), path
        if test:
            assert re.search(rf"^def {test}\(", file.read_text(encoding="utf-8"), re.M), f"{path}::{test}"
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    for test in bare:
        assert re.search(rf"^def {test}\(", sources, re.M), test
