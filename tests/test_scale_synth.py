"""The scale benchmark's synthetic chips (benchmarks/synth.py): valid data, the same bytes for the
same seed, new names for every copy, and figures that keep their units."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from chipkg.validation import validate_files

SYNTH = Path(__file__).resolve().parent.parent / "benchmarks" / "synth.py"


@pytest.fixture(scope="module")
def synth():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("synth", SYNTH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["synth"]


def test_one_copy_of_every_vendor_file_passes_the_shapes(synth, tmp_path):
    target = synth.PROJECT_TRIPLES + 1  # at least one copy...
    counts = synth.generate(target, tmp_path / "one", chips_per_file=1)
    assert counts["synthetic_chips"] >= 1
    # ...and then one of every template, each in its own file
    per_copy = sum(len(synth.load_template(name).triples) for name in synth.TEMPLATES)
    counts = synth.generate(synth.PROJECT_TRIPLES + per_copy, tmp_path / "all", chips_per_file=1)
    files = sorted((tmp_path / "all").glob("*.ttl"))
    assert counts["files"] == len(files) >= len(synth.TEMPLATES)
    report = validate_files(files, with_project_data=True)
    violations = [r.one_line() for r in report.results if r.severity == "Violation"]
    assert report.conforms and not violations, violations[:3]


def test_same_seed_same_bytes_other_seed_other_figures(synth, tmp_path):
    one = synth.generate(20_000, tmp_path / "a", seed=1)
    again = synth.generate(20_000, tmp_path / "b", seed=1)
    other = synth.generate(20_000, tmp_path / "c", seed=2)
    assert one == again == other
    read = lambda d: b"".join(p.read_bytes() for p in sorted((tmp_path / d).glob("*.ttl")))  # noqa: E731
    assert read("a") == read("b") != read("c")


def test_copies_have_new_names_and_keep_units_and_hedges(synth, tmp_path):
    synth.generate(synth.PROJECT_TRIPLES + 200, tmp_path / "g")
    text = "".join(p.read_text() for p in (tmp_path / "g").glob("*.ttl"))
    assert '"Groq LPU SX00000"' in text and "chip/groq-lpu-sx00000>" in text
    assert "<https://w3id.org/chipkg/chip/groq-lpu>" not in text  # the original chip is not redefined
    assert "<https://w3id.org/chipkg/org/groq>" in text  # shared resources are referred to as they are
    assert re.search(r'groq-lpu-clock-sx00000> <https://w3id.org/chipkg/ontology#statedUnit> "GHz"', text)
    assert "groq-lpu-transistors-sx00000> <https://w3id.org/chipkg/ontology#qualifier>" in text
