"""Planted mutations: each plants one bug in a temporary copy of the checkout and asserts that the
test written to catch it fails there. CI runs this after the test suite (``python tests/mutations/run.py``).

A test that cannot fail proves nothing; these are the bugs the review found the old tests let
through (issue 7, "tests you can trust"). The working tree is never touched: each mutation runs in
its own copy under one temporary directory, with TMPDIR inside it, removed when the mutation is done.

Usage: ``python tests/mutations/run.py [NAME ...]`` (default: all); exit 0 when every mutation is
caught, 1 otherwise. A mutation whose text is no longer in its file is an error too: update it with
the code it plants a bug in.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv*", "dist", "build", "__pycache__", "*.egg-info", ".pytest_cache", ".mypy_cache", ".ruff_cache"
)


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str  # relative to the checkout
    old: str | None  # text replaced (must occur exactly once); None: the file is deleted
    new: str
    test: str  # the pytest node id that must fail
    outcome: str = "FAILED"  # or "ERROR": the session check fails at teardown

    def plant(self, checkout: Path) -> None:
        target = checkout / self.path
        if self.old is None:
            target.unlink()
            return
        text = target.read_text(encoding="utf-8")
        if text.count(self.old) != 1:
            raise LookupError(f"{self.path}: the text to mutate occurs {text.count(self.old)} times, not once")
        target.write_text(text.replace(self.old, self.new), encoding="utf-8")


MUTATIONS = [
    Mutation(
        "ledger: Groq's clock moved to the Nvidia section",
        "data/groq.ttl",
        "ck:normalizedValue 1.2e9 ; ck:scope ck:PerChip ;\n    ck:section sec:groq .",
        "ck:normalizedValue 1.2e9 ; ck:scope ck:PerChip ;\n    ck:section sec:nvidia .",
        "tests/test_ledger.py::test_mapped_row_holds_its_value[153:1.2:fig:groq-lpu-clock]",
    ),
    Mutation(
        "facts: Groq's clock typed as 1.25 GHz (article line 153: 1.2 GHz)",
        "data/groq.ttl",
        'qudt:numericValue 1.2 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ;\n    ck:normalizedValue 1.2e9 ;',
        'qudt:numericValue 1.25 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ;\n    ck:normalizedValue 1.25e9 ;',
        "tests/test_facts.py::test_figure[fig:groq-lpu-clock]",
    ),
    Mutation(
        "stored queries: one goes missing",
        "queries/market-share.rq",
        None,
        "",
        "tests/test_stored_queries.py::test_number_of_stored_queries",
    ),
    Mutation(
        "--show-sparql: a binding shown without its datatype",
        "src/chipkg/cli.py",
        'shown = ", ".join(str(t) for t in term) if isinstance(term, list) else str(term)',
        'shown = ", ".join(str(t) for t in term) if isinstance(term, list) else f\'"{term.value}"\'',
        "tests/test_query_cli.py::test_show_sparql_prints_query_and_bindings_to_stderr",
    ),
    Mutation(
        "ask phrasings: a hedge dropped from Groq's transistor count",
        "data/groq.ttl",
        "ck:countOf ck:Transistor ; ck:scope ck:PerChip ;\n    ck:qualifier ck:LowerBound ;\n",
        "ck:countOf ck:Transistor ; ck:scope ck:PerChip ;\n",
        "tests/test_ask.py::test_phrasing_is_never_answered_wrong[which Groq LPU figures are hedged]",
    ),
    Mutation(
        "usage errors: click's three-line block comes back",
        "src/chipkg/cli.py",
        "except click.UsageError as exc:  # a command's options and arguments\n"
        "            raise _one_line_usage_error(exc) from None",
        "except click.UsageError as exc:  # a command's options and arguments\n            raise",
        "tests/test_query_cli.py::test_a_usage_error_is_one_line_exit_2[query --nope]",
    ),
    Mutation(
        "/tmp: a test leaves a temporary directory behind",
        "tests/test_query_cli.py",
        'path = tmp_path / "mine.rq"',
        'path = Path(__import__("tempfile").mkdtemp()) / "mine.rq"',
        "tests/test_query_cli.py::test_query_file",
        outcome="ERROR",
    ),
    Mutation(
        "charts: FLOPS and OPS drawn on one axis",
        "src/chipkg/charts.py",
        'return "FLOPS" if "flop" in (stated_unit or "").lower() else "OPS"',
        'return "OPS"',
        "tests/test_charts.py::test_flops_and_ops_never_share_an_axis",
    ),
    Mutation(
        "editor: a shared link's ?endpoint= sends the query to dbpedia",
        "src/chipkg/web/static/editor.js",
        "    populateFromUrl: ownEndpoint,",
        "    populateFromUrl: true,",
        "tests/browser/test_editor_in_browser.py::test_a_shared_link_cannot_point_the_editor_elsewhere",
    ),
    Mutation(
        "add: a user file may state plain facts about a built-in chip (they would read as the article's)",
        "src/chipkg/userdata.py",
        "            if s in self.subjects and not (str(o).startswith(fig) and o in new_subjects):",
        "            if False:",
        "tests/test_add.py::test_a_turtle_file_may_not_redefine_the_model[relabel-builtin-chip]",
    ),
    Mutation(
        "Python API: a figure value loses its qualifier",
        "src/chipkg/results.py",
        "self.stated_value, self.qualifier, self.hedge = figure.value, figure.qualifier, figure.hedge",
        "self.stated_value, self.qualifier, self.hedge = figure.value, None, figure.hedge",
        "tests/test_api.py::test_every_qualified_figure_carries_unit_stated_text_and_qualifier",
    ),
    Mutation(
        "charts.plot: a chip's hedge taken from all its figures, not the one drawn",
        "src/chipkg/charts.py",
        "    return equal or figures\n",
        "    return figures\n",
        "tests/test_charts.py::test_plot_marks_every_qualified_point_and_only_those",
    ),
]


def run_one(mutation: Mutation) -> tuple[bool, str]:
    """Plant the mutation in a fresh copy and run its test there: (caught, what happened)."""
    with tempfile.TemporaryDirectory(prefix="chipkg-mutation-") as scratch:
        checkout = Path(scratch) / "checkout"
        shutil.copytree(ROOT, checkout, ignore=COPY_IGNORE)
        mutation.plant(checkout)
        (Path(scratch) / "tmp").mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("CHIPKG_")}
        env.update(
            PYTHONPATH=os.pathsep.join([str(checkout / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            TMPDIR=str(Path(scratch) / "tmp"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        where = subprocess.run(
            [sys.executable, "-c", "import chipkg; print(chipkg.__file__)"],
            env=env,
            cwd=checkout,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not where.startswith(str(checkout)):
            return False, f"chipkg imports from {where}, not from the mutated copy"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                "-o",
                "addopts=",
                "-rfE",
                "--rootdir",
                str(checkout),
                mutation.test,
            ],
            env=env,
            cwd=checkout,
            capture_output=True,
            text=True,
            timeout=900,
        )
        summary = [line for line in done.stdout.splitlines() if line.startswith(f"{mutation.outcome} {mutation.test}")]
        if done.returncode == 1 and summary:
            return True, summary[0][:200]
        tail = "\n    ".join(done.stdout.strip().splitlines()[-5:])
        return False, f"exit {done.returncode}, expected {mutation.outcome} {mutation.test}:\n    {tail}"


def main(names: list[str]) -> int:
    chosen = [m for m in MUTATIONS if not names or m.name in names]
    survived = 0
    for mutation in chosen:
        try:
            caught, what = run_one(mutation)
        except (LookupError, OSError, subprocess.SubprocessError) as exc:
            caught, what = False, f"could not plant or run: {exc}"
        print(f"{'caught' if caught else 'SURVIVED'}: {mutation.name}\n    {what}", flush=True)
        survived += not caught
    print(f"{len(chosen) - survived} of {len(chosen)} planted mutations caught")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
