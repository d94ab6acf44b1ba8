"""Score ``chipkg ask`` on held-out sets, outside pytest: how many rows each style answers right,
refuses or answers wrong, and how many must-refuse rows are refused, judged by
tests/test_ask_heldout.py's own ``judge``.

    python tests/heldout_score.py ask_heldout_30 ask_heldout_31 [--dump verdicts.json] [--show]

A blind set is measured before anyone reads it: the default output is counts only, and the
refusals are summarized by the kind of reason (the words before the first quote or colon), never
by their questions. ``--show`` prints the rows that are not right, for a set that may be read.
The graph is built once into a temporary cache (removed at exit) unless CHIPKG_CACHE_DIR is set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
STYLES = ("terse", "casual", "analyst")
MUST_REFUSE = ("refuse", "absent")


def _reason_kind(stderr: str) -> str:
    """The kind of a refusal, without the words of the question it quotes."""
    line = stderr.strip().splitlines()[-1] if stderr.strip() else "(no message)"
    line = re.sub(r"^(Error: )?(I can't answer that: )?", "", line)
    return re.split(r"\s['\"“‘(]", line, maxsplit=1)[0].strip()[:70]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="+", help="held-out set names, e.g. ask_heldout_30")
    parser.add_argument("--dump", type=Path, help="write every verdict (row, verdict, stdout, stderr) as JSON")
    parser.add_argument("--show", action="store_true", help="print the rows that are not right")
    args = parser.parse_args()

    temp = None
    if "CHIPKG_CACHE_DIR" not in os.environ:
        temp = tempfile.mkdtemp(prefix="chipkg-score-")
        os.environ["CHIPKG_CACHE_DIR"] = temp
    try:
        return _score(args)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)


def _score(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(HERE))
    from click.testing import CliRunner
    from test_ask_heldout import _rows, judge  # type: ignore[import-not-found]

    import chipkg.runner
    import chipkg.store
    from chipkg.cli import cli

    runner = CliRunner()
    built = runner.invoke(cli, ["build"])
    if built.exit_code != 0:
        print(built.output, file=sys.stderr)
        return 2
    store = chipkg.store.open_store(notify=lambda _msg: None)
    chipkg.store.open_store = lambda **_kw: store  # type: ignore[assignment]
    chipkg.runner.call = lambda work, limit=None: work()  # type: ignore[assignment]

    dump: dict[str, list[dict[str, object]]] = {}
    totals: Counter[tuple[str, str]] = Counter()
    for name in args.names:
        rows = _rows(name)
        verdicts = []
        for row in rows:
            result = runner.invoke(cli, ["ask", row["question"], "--format", "json"])
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                verdict, stderr = "wrong", f"crash: {result.exception!r}"
            else:
                verdict, stderr = judge(row, result.exit_code, result.stdout), result.stderr
            verdicts.append({"row": row, "verdict": verdict, "stdout": result.stdout, "stderr": stderr})
        dump[name] = verdicts
        parts = []
        for style in STYLES:
            mine = [v for v in verdicts if v["row"]["style"] == style and v["row"]["shape"] not in MUST_REFUSE]
            counts = Counter(v["verdict"] for v in mine)
            totals[style, "right"] += counts["right"]
            totals[style, "all"] += len(mine)
            totals[style, "wrong"] += counts["wrong"]
            parts.append(
                f"{style} {counts['right']}/{len(mine)} (refused {counts['refused']}, wrong {counts['wrong']})"
            )
        refusing = [v for v in verdicts if v["row"]["shape"] in MUST_REFUSE]
        refused = sum(v["verdict"] == "right" for v in refusing)
        totals["refuse", "right"] += refused
        totals["refuse", "all"] += len(refusing)
        print(f"{name}: " + "; ".join(parts) + f"; must-refuse {refused}/{len(refusing)}")
        kinds = Counter(
            _reason_kind(str(v["stderr"]))
            for v in verdicts
            if v["verdict"] == "refused" and v["row"]["style"] == "analyst"
        )
        if kinds:
            print("  analyst refusals by kind: " + "; ".join(f"{n} x {k}" for k, n in kinds.most_common()))
        if args.show:
            for v in verdicts:
                if v["verdict"] != "right":
                    row = v["row"]
                    reason = str(v["stderr"]).strip().splitlines()[-1:] or [str(v["stdout"])[:160]]
                    print(f"  [{v['verdict']}] {row['style']} {row['shape']} {row['question']!r} -> {reason[0]}")
    if len(args.names) > 1:
        print(
            "all: "
            + "; ".join(f"{s} {totals[s, 'right']}/{totals[s, 'all']} (wrong {totals[s, 'wrong']})" for s in STYLES)
            + f"; must-refuse {totals['refuse', 'right']}/{totals['refuse', 'all']}"
        )
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1), encoding="utf-8")
    return 1 if any(totals[s, "wrong"] for s in STYLES) or totals["refuse", "right"] < totals["refuse", "all"] else 0


if __name__ == "__main__":
    sys.exit(main())
