"""Synthetic chips for the scale benchmark: copies of the article's chips under new names.

Each copy takes one vendor's data file (groq.ttl, qualcomm.ttl, nvidia.ttl, ...), renames every
resource the file defines for its chips (chip:, fig:, feat:, comp:, note: IRIs get a suffix, labels,
alternative and hidden labels a " SX00042" tag: a placed file may not reuse a built-in thing's
name) and varies each measured figure by a seeded factor, keeping the unit as stated, the
normalized value consistent with it, the precision and the hedges. What the file only points to
(organizations, sections, process nodes, formats, memory technologies) is shared with the real
data, so the copies pass the same shapes. The same seed writes the same bytes.

    python benchmarks/synth.py --triples 100000 --out DIR   # then CHIPKG_DATA_DIR=DIR chipkg build

Sizes count asserted triples, the project's own data included (about 5,600), so ``--triples 10000``
adds about 60 chips and ``--triples 1000000`` about 12,600.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CK = "https://w3id.org/chipkg/ontology#"
QUDT = "http://qudt.org/schema/qudt/"
SKOS_ALT = URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
NUMERIC_VALUE = URIRef(QUDT + "numericValue")
NORMALIZED_VALUE = URIRef(CK + "normalizedValue")

#: The vendor files copied, in turn. groq, qualcomm and nvidia first: the issue's generator used them.
TEMPLATES = (
    "groq",
    "qualcomm",
    "nvidia",
    "amd",
    "apple",
    "aws",
    "cerebras",
    "d-matrix",
    "google",
    "ibm",
    "intel",
    "meta",
    "microsoft",
    "mythic",
    "sambanova",
    "tenstorrent",
)
#: Namespaces whose resources belong to one chip's description and are copied with it; everything
#: else (org:, sec:, node:, mem:, arch:, sw:, sys:, ...) is shared and only referred to.
OWNED = tuple(f"https://w3id.org/chipkg/{kind}/" for kind in ("chip", "figure", "feature", "component", "note"))
#: Quantities whose value is varied; percentages, ratios and comparisons keep theirs (a share
#: must stay within 0..100, a stated ratio is not a measurement of this copy).
VARIED = {
    URIRef(CK + name)
    for name in (
        "DataSize",
        "DataRate",
        "NetworkRate",
        "Power",
        "Frequency",
        "Count",
        "PerformanceFigure",
        "Area",
        "ParameterCount",
    )
}
NOT_VARIED = {URIRef(CK + name) for name in ("Comparison", "Ratio", "Percentage", "ScaleOutLimit")}
LABELS = {RDFS.label, SKOS_ALT, URIRef("http://www.w3.org/2004/02/skos/core#hiddenLabel")}
PROJECT_TRIPLES = 5582  # asserted triples of the project's own data and ontology (chipkg build says)


@dataclass
class Template:
    """One vendor file: its triples about owned resources, and which resources get varied values."""

    name: str
    triples: list[tuple]
    owned: set
    varied: set
    chips: int


def load_template(name: str) -> Template:
    graph = rdflib.Graph().parse(DATA / f"{name}.ttl", format="turtle")
    owned = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(OWNED)}
    # a copy's notes are about its own things only: a note about the article's section (or another
    # built-in thing) is not copied, nor a copied note's link to one (a placed file says nothing of them)
    about = URIRef(CK + "about")
    owned -= {s for s in owned if set(graph.objects(s, about)) and not set(graph.objects(s, about)) & owned}
    varied = {
        s
        for s in owned
        if set(graph.objects(s, RDF.type)) & VARIED
        and not set(graph.objects(s, RDF.type)) & NOT_VARIED
        and (s, NUMERIC_VALUE, None) in graph
    }
    triples = sorted(
        (t for t in graph if t[0] in owned and not (t[1] == about and t[2] not in owned)),
        key=lambda t: (str(t[0]), str(t[1]), str(t[2])),
    )
    chips = sum(1 for s in owned if (s, RDF.type, URIRef(CK + "Chip")) in graph)
    return Template(name, triples, owned, varied, chips)


def _nt(term: object, owned: set, suffix: str, tag: str, predicate: object, values: dict[str, Literal]) -> str:
    if isinstance(term, URIRef):
        return f"<{term}-{suffix}>" if term in owned else f"<{term}>"
    if isinstance(term, Literal):
        if predicate in LABELS:
            return Literal(f"{term} {tag}", lang=term.language, datatype=term.datatype).n3()
        return values.get(str(predicate), term).n3()
    raise ValueError(f"unexpected term {term!r}")  # the data files have no blank nodes


def _three_digits(value: float) -> float:
    return float(f"{value:.3g}")


def _varied_values(template: Template, rng: random.Random) -> dict:
    """{figure: {predicate: new literal}}: numericValue times a factor (three significant digits),
    normalizedValue scaled by the same ratio so that it still equals value x unit multiplier."""
    by_figure: dict = {}
    numbers = {s: o for s, p, o in template.triples if p == NUMERIC_VALUE and s in template.varied}
    normalized = {s: o for s, p, o in template.triples if p == NORMALIZED_VALUE and s in template.varied}
    for figure in sorted(numbers, key=str):
        old = numbers[figure]
        factor = rng.uniform(0.5, 2.0)
        if old.datatype == XSD.integer:
            new_value = max(1, round(int(old) * factor))
            new = Literal(str(new_value), datatype=XSD.integer)
        else:
            new_value = _three_digits(float(old) * factor) or float(old)
            lexical = format(Decimal(repr(new_value)), "f") if old.datatype == XSD.decimal else repr(new_value)
            new = Literal(lexical, datatype=old.datatype)
        values = {str(NUMERIC_VALUE): new}
        if figure in normalized and float(old):
            ratio = float(new_value) / float(old)
            values[str(NORMALIZED_VALUE)] = Literal(repr(float(normalized[figure]) * ratio), datatype=XSD.double)
        by_figure[figure] = values
    return by_figure


def copy_lines(template: Template, index: int, rng: random.Random, tag: str | None = None) -> Iterator[str]:
    """The N-Triples lines (valid Turtle) of copy number ``index`` of ``template``."""
    suffix = f"sx{index:05d}"
    tag = tag or f"SX{index:05d}"
    values = _varied_values(template, rng)
    for s, p, o in template.triples:
        figure_values = values.get(s, {})
        owned = template.owned
        yield f"{_nt(s, owned, suffix, tag, None, {})} <{p}> {_nt(o, owned, suffix, tag, p, figure_values)} .\n"


def generate(target_triples: int, out: Path, seed: int = 2024, chips_per_file: int = 100) -> dict:
    """Write synthetic chips into ``out`` (emptied first) until the graph holds ``target_triples``
    asserted triples, the project's own included. Returns counts for the benchmark's table."""
    templates = [load_template(name) for name in TEMPLATES]
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    total = PROJECT_TRIPLES
    copies = chips = files = 0
    batch: list[str] = []
    batch_chips = 0

    def flush() -> None:
        nonlocal batch, batch_chips, files
        if batch:
            (out / f"synthetic-{files:05d}.ttl").write_text("".join(batch), encoding="utf-8")
            files += 1
        batch, batch_chips = [], 0

    while total < target_triples:
        template = templates[copies % len(templates)]
        lines = list(copy_lines(template, copies, rng))
        batch.extend(lines)
        batch_chips += template.chips
        total += len(lines)
        chips += template.chips
        copies += 1
        if batch_chips >= chips_per_file:
            flush()
    flush()
    return {"asserted_triples": total, "synthetic_chips": chips, "files": files}


def added_chip(path: Path, seed: int = 7) -> str:
    """One more Groq copy in its own file, for the one-chip add: its transistor count is ten times
    the largest any chip states, so the add makes a new maximum (rank-chips must change). Returns
    the chip's label."""
    template = load_template("groq")
    tag = "SX-added"
    lines = list(copy_lines(template, 99999, random.Random(seed), tag=tag))
    out = []
    for line in lines:
        if line.startswith("<https://w3id.org/chipkg/figure/groq-lpu-transistors-"):
            if f"<{NUMERIC_VALUE}>" in line:
                line = line.split(f"<{NUMERIC_VALUE}>")[0] + f'<{NUMERIC_VALUE}> "20000.0"^^<{XSD.decimal}> .\n'
            elif f"<{NORMALIZED_VALUE}>" in line:
                line = line.split(f"<{NORMALIZED_VALUE}>")[0] + f'<{NORMALIZED_VALUE}> "2.0E13"^^<{XSD.double}> .\n'
        out.append(line)
    path.write_text("".join(_as_user_source(out)), encoding="utf-8")
    return f"Groq LPU {tag}"


_SECTION = "<https://w3id.org/chipkg/ontology#section>"
_PROFILED = "<https://w3id.org/chipkg/ontology#profiled>"
_SOURCE = "https://w3id.org/chipkg/source/scale-benchmark-added"


def _as_user_source(lines: list[str]) -> list[str]:
    """The lines as `chipkg add` takes a Turtle file: its statements cite a user source of its own
    (not the article's sections), and it does not claim to be profiled by the article."""
    kept = []
    for line in lines:
        if f" {_PROFILED} " in line:  # a chip the article does not profile
            line = line.split(f" {_PROFILED} ")[0] + f' {_PROFILED} "false"^^<{XSD.boolean}> .\n'
        if f" {_SECTION} " in line:
            line = line.split(f" {_SECTION} ")[0] + f" {_SECTION} <{_SOURCE}> .\n"
        kept.append(line)
    kept += [
        f"<{_SOURCE}> <{RDF.type}> <{CK}UserSource> .\n",
        f'<{_SOURCE}> <http://www.w3.org/2000/01/rdf-schema#label> "scale benchmark: the added chip" .\n',
        f"<{_SOURCE}> <{CK}sourceURL> <https://example.org/chipkg-scale-benchmark> .\n",
    ]
    return kept


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, required=True, help="asserted triples in all, the project's included")
    parser.add_argument("--out", type=Path, required=True, help="directory to (re)create: CHIPKG_DATA_DIR")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    counts = generate(args.triples, args.out, args.seed)
    print(
        f"{counts['asserted_triples']:,} asserted triples, {counts['synthetic_chips']:,} synthetic chips "
        f"in {counts['files']} files under {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
