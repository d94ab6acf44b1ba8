"""owlrl (the default reasoner) and reasonable (``--reasoner reasonable``) give the same cleaned
OWL 2 RL closure of the ontology and data, over every predicate, both ways.

The one normalization (chipkg.build._reasonable_closure): reasonable's ``xsd:string`` literals are
written back as the plain literals they are; the property chains and the schema rules it lacks
(scm-spo, scm-dom1/2, scm-rng1/2) are added by its post-step; its ``owl:Thing``/``owl:AllDifferent``
types and ``rdf:rest`` triples over list nodes are the noise the cleaning drops for owlrl too.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

from chipkg import build

try:
    import reasonable  # noqa: F401

    HAVE_REASONABLE = True
except ImportError:
    HAVE_REASONABLE = False

needs_reasonable = pytest.mark.skipif(
    not HAVE_REASONABLE and not os.environ.get("CI"),
    reason="reasonable is not installed (pip install 'chipkg[fast]'); CI installs it",
)


@needs_reasonable
def test_reasonable_and_owlrl_give_the_same_closure():
    asserted = build.load_asserted()
    by_owlrl = set(build.owl_rl_closure(asserted, "owlrl"))
    by_reasonable = set(build.owl_rl_closure(asserted, "reasonable"))
    only_owlrl = Counter(str(p) for _, p, _ in by_owlrl - by_reasonable)
    only_reasonable = Counter(str(p) for _, p, _ in by_reasonable - by_owlrl)
    assert (dict(only_owlrl), dict(only_reasonable)) == ({}, {})
    chains = {"https://w3id.org/chipkg/ontology#citesSource", "https://w3id.org/chipkg/ontology#citesArticle"}
    assert chains <= {str(p) for _, p, _ in by_reasonable}  # the post-step's chains are there


@needs_reasonable
def test_build_with_reasonable_equals_build_with_owlrl(tmp_path, monkeypatch):  # noqa: ANN001
    from click.testing import CliRunner

    from chipkg.cli import cli

    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    fast = runner.invoke(cli, ["build", "--full", "--reasoner", "reasonable"])
    slow = runner.invoke(cli, ["build", "--full", "--reasoner", "owlrl"])
    assert fast.exit_code == slow.exit_code == 0, fast.output + slow.output
    counts = [line for line in fast.output.splitlines() if "triples" in line]
    assert counts == [line for line in slow.output.splitlines() if "triples" in line]


def test_reasonable_missing_is_one_line(monkeypatch):
    import sys

    from chipkg.errors import UsageError

    monkeypatch.setitem(sys.modules, "reasonable", None)  # import fails as if not installed
    with pytest.raises(UsageError, match="chipkg\\[fast\\]"):
        build.owl_rl_closure(build.parse_turtle([build.resources.ONTOLOGY_FILE]), "reasonable")
