"""The crash corpus (tests/crash_corpus.txt): every reproducer found on the number, unit and
result-rendering paths keeps the exit code it must have, a one-line error, and no internal error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipkg.cli import cli

CORPUS = Path(__file__).with_name("crash_corpus.txt")
CASES = [
    (int(code), json.loads(args))
    for code, _, args in (
        line.partition("\t")
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
]


def test_the_corpus_is_read_whole():
    assert len(CASES) == 41


@pytest.mark.parametrize("code,args", CASES, ids=[" ".join(a)[:60] for _, a in CASES])
def test_reproducer(kg, code, args):  # noqa: ANN001 - kg: the cache is built
    result = CliRunner().invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == code, (result.exit_code, result.stderr)
    errors = [line for line in result.stderr.splitlines() if not line.startswith("# read as:")]
    assert "internal error" not in result.stderr
    assert (len(errors) == 1 and errors[0].startswith("Error: ")) if code else not errors, result.stderr
