"""The README's Python API reference runs: every ``>>>`` example in its "## Python API" section is a
doctest against the test run's graph, so the documentation cannot drift from the API."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _examples() -> str:
    section = README.read_text(encoding="utf-8").split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "the Python API section has no examples"
    return "\n".join(blocks)


def test_the_readme_api_examples_run(kg):  # noqa: ANN001 - kg: the graph is built
    text = _examples()
    examples = doctest.DocTestParser().get_examples(text)
    assert len(examples) >= 20  # one or more per method: a lost block would pass unseen
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md#python-api", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    out: list[str] = []
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)
