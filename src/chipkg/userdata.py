"""Your own data: ``chipkg add`` (a CSV or Turtle file becomes a user source), ``chipkg sources``
and ``chipkg remove``.

A *user source* is one Turtle file in the user data directory (``resources.user_data_dir``), named
by its file stem. ``add`` turns the input into triples in the project's model (each figure a node
with its number and unit as stated, normalized value, precision, hedge, and ``ck:section`` pointing
to a ``ck:UserSource`` that holds the cited URL and when it was added), checks what a user file may
say (below), validates the result with the SHACL shapes together with the ontology, the project's
data and the other user sources, and only then writes the file (through chipkg.files, atomically)
and rebuilds the graph. Nothing is written when any step fails.

What a user file may say, and why:
- statements about new things (chips, organizations, figure nodes, its own ``ck:UserSource``s);
- about a thing it did not define (a built-in chip, another source's chip): only links to its own
  new figure nodes, so ``chip:groq-lpu ck:clockSpeed fig:mine`` is fine and carries the new
  source's provenance, while a plain fact (``chip:groq-lpu ck:processNode node:5nm``) would read as
  the article's (a plain triple has its subject's provenance) and is refused;
- nothing about the ontology's terms or the article's sections, notes and groups, no blank nodes,
  no term the ontology does not declare, and ``ck:section`` only to a ``ck:UserSource`` of the
  same file: a user file can neither redefine the model nor claim the article said something.

This module is on the build path (rdflib, pyshacl) except ``sources()``, which reads the files with
pyoxigraph only.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from chipkg import files, resources
from chipkg.errors import ChipkgError, InputFileError, NonConformingData, UsageError
from chipkg.namespaces import BASE, CK, PREFIXES, shorten

MAX_BYTES = 5_000_000  # a user source is hand-made: a few thousand chips at most
MAX_ROWS = 10_000
MAX_CELL = 500

#: the CSV template's columns, in the template's order (README: "Adding your own chips")
COLUMNS = (
    "chip",
    "vendor",
    "kind",
    "process_node",
    "foundry",
    "memory",
    "memory_type",
    "memory_on_chip",
    "performance",
    "precision",
    "power",
    "clock",
    "source_url",
)
REQUIRED_COLUMNS = ("chip", "source_url")
_CHIP_FACTS = ("vendor", "kind", "process_node", "foundry")

#: column -> (property from the chip, quantity class, unit shape, chipkg.units dimension, example)
_FIGURES = {
    "memory": ("capacity", "DataSize", "DataSizeUnit", "datasize", "192 GB, over 100 MB"),
    "performance": (
        "performance",
        "PerformanceFigure",
        "PerformanceUnit",
        "performance",
        "4 PFLOPS FP8, 400 TOPS INT8",
    ),
    "power": ("power", "Power", "PowerUnit", "power", "700 W, up to 350 W"),
    "clock": ("clockSpeed", "Frequency", "FrequencyUnit", "frequency", "1.2 GHz, 800 MHz"),
}
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
#: an IRI with none of the characters RDF forbids in one (spaces, controls, <>"{}|\^`)
_SAFE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+")
_FORMULA = ("=", "+", "@", "-")
#: the properties that give a thing a name (what ``ask``, ``describe`` and lookups match)
_NAMING = frozenset(
    {PREFIXES["rdfs"] + "label", *(PREFIXES["skos"] + name for name in ("prefLabel", "altLabel", "hiddenLabel"))}
)
_RESERVED = tuple(PREFIXES[p] for p in ("sec", "note", "grp", "shape")) + (CK,)


@dataclass
class Addition:
    """What ``add`` writes (or, with ``dry_run``, would write)."""

    name: str
    path: Path
    turtle: bytes
    triples: int
    new_chips: list[str] = field(default_factory=list)
    extended_chips: list[str] = field(default_factory=list)
    source_urls: list[str] = field(default_factory=list)
    written: bool = False
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step (benchmarks/scale.py)


@dataclass
class Source:
    """One row of ``chipkg sources``: a built-in data file or a user source."""

    name: str
    kind: str  # "built-in" or "user"
    file: str
    source_urls: list[str]
    chips: list[str]
    triples: int
    added: str | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# --------------------------------------------------------------------------- the data directory


def data_dir(create: bool = False, where: resources.Location | None = None) -> Path:
    """The user data directory; ``create`` makes the default one when it does not exist yet
    (``$CHIPKG_DATA_DIR``, when set, must already be a directory)."""
    found = resources.user_data_dir(where)
    if found is not None:
        if found.resolve() in (resources.DATA_DIR.resolve(), resources.ONTOLOGY_DIR.resolve()):
            raise UsageError(f"the user data directory {found} is the project's own; point CHIPKG_DATA_DIR elsewhere")
        return found
    directory = resources.default_user_data_dir()
    if create:
        files.make_directory(directory)
    return directory


def _builtin_names() -> set[str]:
    return {p.stem for p in resources.project_data_files()}


def _user_file(name: str, where: resources.Location | None = None) -> Path | None:
    if resources.user_data_dir(where) is None:
        return None
    path = data_dir(where=where) / f"{name}.ttl"
    return path if path.is_file() else None


# --------------------------------------------------------------------------- add


def add(
    path: Path,
    name: str | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
    where: resources.Location | None = None,
) -> Addition:
    """Turn ``path`` (.csv or .ttl) into a user source, validate it, then write it and rebuild.

    With ``dry_run`` nothing is written and the graph is not rebuilt. A row the CSV reader cannot
    use, a statement a user file may not make, or a file that does not parse is an
    InputFileError (exit 2, one line naming the row and column or the triple); a result the shapes
    reject is NonConformingData (exit 1).
    """
    addition = prepare(path, name, now, where)
    if dry_run:
        return addition
    directory = data_dir(create=True, where=where)
    target = directory / f"{addition.name}.ttl"
    if target.exists():  # created since prepare() looked
        raise UsageError(f"a user source named {addition.name!r} already exists ({target}); remove it first")
    started = time.perf_counter()
    files.write_file(target, addition.turtle)
    addition.path = target
    addition.timings["write"] = time.perf_counter() - started
    try:
        from chipkg.build import build

        report = build(notify=lambda _message: None, where=where)
    except BaseException:
        _unlink(target)  # the graph without the new file is the one that built last
        raise
    addition.timings.update({f"build {step}": seconds for step, seconds in report.timings.items()})
    addition.written = True
    return addition


def prepare(
    path: Path, name: str | None = None, now: datetime | None = None, where: resources.Location | None = None
) -> Addition:
    """Everything ``add`` does short of writing: read, convert, check, validate."""
    from rdflib import Graph

    from chipkg.build import parse_turtle

    timings: dict[str, float] = {}
    started = time.perf_counter()
    path = Path(path)
    text = _read_text(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".ttl"):
        raise InputFileError(str(path), "expected a .csv file (the template in the README) or a .ttl file")
    source_name = _source_name(name if name is not None else path.stem, given=name is not None, where=where)
    when = (now or datetime.now(UTC)).replace(microsecond=0)

    if suffix == ".csv":
        existing, around = _graph_around(None, text, where)
        timings["context"] = time.perf_counter() - started
        context = _Context(existing, source_name, str(path), around)
        new = _CsvReader(context, when).convert(text)
    else:
        new = Graph()
        parse_turtle([path], new, user_input=True)
        timings["parse"] = time.perf_counter() - started
        existing, around = _graph_around(new, None, where)
        timings["context"] = time.perf_counter() - started - timings["parse"]
        context = _Context(existing, source_name, str(path), around)
        _stamp_turtle_sources(context, new, when)
    whole = around is None
    kept = context.check(new)

    from chipkg.validation import validate_graph

    for triple in kept:
        existing.add(triple)
    started = time.perf_counter()
    report = validate_graph(existing)
    if not report.conforms and not whole:
        # a part of the graph may lack what satisfies a constraint: the whole graph decides
        existing = _whole_graph(where)
        for triple in kept:
            existing.add(triple)
        report = validate_graph(existing)
    if not report.conforms:
        first = report.violations[0]
        raise NonConformingData(
            f"{path}: the data would not conform ({len(report.violations)} violation(s)); first: {first.one_line()}; "
            "nothing was written"
        )
    timings["validate"] = time.perf_counter() - started
    target = data_dir(where=where) / f"{source_name}.ttl"
    return Addition(
        timings=timings,
        name=source_name,
        path=target,
        turtle=_serialize(kept, path, source_name, when),
        triples=len(kept),
        new_chips=context.labels(kept, new_only=True),
        extended_chips=context.labels(kept, new_only=False),
        source_urls=sorted({str(o) for o in kept.objects(None, _ck("sourceURL"))}),
    )


def _whole_graph(where: resources.Location | None = None) -> Any:
    """The ontology, the project's data and the user's, as written."""
    from chipkg.build import load_asserted

    return load_asserted(where)


def _graph_around(new: Any, csv_text: str | None, where: resources.Location | None = None) -> tuple[Any, Any]:
    """The part of the graph a new file can touch (chipkg.delta.graph_around: the ontology, the
    shared files and the files that mention what the new file mentions or names) and what the
    whole graph says beyond it (a chipkg.delta.Around); or the whole graph and None when the graph
    has not been built with a record of its units. ``new``: a Turtle file's triples;
    ``csv_text``: a CSV file (its chip, vendor and foundry cells are names, and the IRIs made from
    them may exist already)."""
    from rdflib import URIRef

    from chipkg import delta

    if new is not None:
        iris = {str(term) for triple in new for term in triple if isinstance(term, URIRef)}
        names: list[tuple[str, str]] = []
    else:
        names = _csv_names(csv_text or "")
        iris = set()
        for column, cell in names:
            slug = re.sub(r"[^a-z0-9]+", "-", cell.lower()).strip("-")[:100]
            if slug:
                iris.add(PREFIXES["chip" if column == "chip" else "org"] + slug)
    around = delta.graph_around(iris, where, [cell for _column, cell in names])
    if around is None:
        return _whole_graph(where), None
    return around.graph, around


def _csv_names(text: str) -> list[tuple[str, str]]:
    """(column, cell) for the cells of a CSV that name things of the graph (chips, vendors,
    foundries); a file that is not CSV gives none (its reading says what is wrong)."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error:
        return []
    if not rows:
        return []
    columns = [h.strip().lower() for h in rows[0]]
    out = []
    for cells in rows[1:]:
        for column, cell in zip(columns, cells, strict=False):
            if column in ("chip", "vendor", "foundry") and cell.strip():
                out.append((column, cell.strip()))
    return out


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputFileError(str(path), exc.strerror or "cannot read") from None
    if not path.is_file():
        raise InputFileError(str(path), "not a regular file")
    if size > MAX_BYTES:
        raise InputFileError(str(path), f"{size:,} bytes: chipkg add takes files up to {MAX_BYTES:,} bytes")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(str(path), exc.strerror or "cannot read") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputFileError(str(path), f"not UTF-8 (byte {exc.start}); save the file as UTF-8", line) from None


def _source_name(raw: str, given: bool, where: resources.Location | None = None) -> str:
    name = re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")[:64] if not given else raw
    if not _NAME.fullmatch(name):
        raise UsageError(
            f"bad source name {raw!r}: expected lowercase letters, digits and '-' (at most 64), e.g. my-chips"
        )
    if name in _builtin_names():
        raise UsageError(f"{name!r} is the name of built-in data (data/{name}.ttl); choose another with --name")
    existing = _user_file(name, where)
    if existing is not None:
        raise UsageError(
            f"a user source named {name!r} already exists ({existing}); `chipkg remove {name}` first, "
            "or choose another with --name"
        )
    return name


def _ck(local: str) -> Any:
    from rdflib import URIRef

    return URIRef(CK + local)


def _serialize(graph: Any, path: Path, name: str, when: datetime) -> bytes:
    for prefix, iri in PREFIXES.items():
        if prefix not in ("shape", "sh"):
            graph.bind(prefix, iri, override=True, replace=True)
    body = graph.serialize(format="turtle", encoding="utf-8")
    header = (
        f"# User source {name!r}: added by `chipkg add {path.name}` on {when.isoformat()}.\n"
        f"# `chipkg remove {name}` takes it out again.\n\n"
    )
    return header.encode("utf-8") + body


def _stamp_turtle_sources(context: _Context, graph: Any, when: datetime) -> None:
    """Each ck:UserSource of a Turtle file gets ``prov:generatedAtTime`` (when it was added); a file that
    states its own is refused: the date is the add's, not something a file can claim."""
    from rdflib import RDF, Literal, URIRef
    from rdflib.namespace import XSD

    created = URIRef(PREFIXES["prov"] + "generatedAtTime")
    sources = list(graph.subjects(RDF.type, _ck("UserSource")))
    if not sources:
        raise InputFileError(
            context.path,
            "no ck:UserSource: a Turtle file cites its source with a node `src:NAME a ck:UserSource ; "
            'rdfs:label "..." ; ck:sourceURL <https://...>` and `ck:section src:NAME` on what it adds',
        )
    for source in sources:
        if (source, created, None) in graph:
            raise InputFileError(
                context.path, f"{shorten(str(source))} states prov:generatedAtTime: chipkg add sets it"
            )
        graph.add((source, created, Literal(when.isoformat(), datatype=XSD.dateTime)))


# --------------------------------------------------------------------------- what a user file may say


class _Context:
    """The graph as it is (ontology, project data, other user sources) and what it names."""

    def __init__(self, existing: Any, name: str, path: str, around: Any = None) -> None:
        from rdflib import OWL, RDF, RDFS

        self.graph = existing
        self.around = around  # None: ``existing`` is the whole graph; else a chipkg.delta.Around
        self.name = name
        self.path = path
        self.subjects = set(existing.subjects())
        self.properties = {RDF.type, RDFS.label, RDFS.comment}
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
            self.properties |= set(existing.subjects(RDF.type, kind))
        self.classes = set(existing.subjects(RDF.type, OWL.Class))

    def defined_in(self, subject: Any) -> str:
        """Where a subject of the existing graph comes from, for messages."""
        iri = str(subject)
        if iri.startswith(CK):
            return "the ontology"
        return "the built-in data or another user source"

    def check(self, new: Any) -> Any:
        """The triples of ``new`` to write: restatements of existing triples dropped, anything a
        user file may not say refused (module docstring) with one line naming the triple."""
        from rdflib import RDF, BNode, Graph, Literal, URIRef

        kept = Graph()
        fig = PREFIXES["fig"]
        refused_types = {_ck("ArticleSection"), _ck("Article"), _ck("ArticleHeading")}
        own_sources = {s for s in new.subjects(RDF.type, _ck("UserSource"))}
        new_subjects = set(new.subjects())
        two_way = {term.value for term in _base().two_way}
        names = _base().names
        for s, p, o in sorted(new):
            shown = f"{_show(s)} {_show(p)} {_show(o)}"
            if isinstance(s, BNode) or isinstance(o, BNode):
                self.refuse(f"blank nodes are not accepted (give every node an IRI under {BASE}): {shown}")
            for term in (s, p, o):
                if isinstance(term, URIRef) and not _SAFE_IRI.fullmatch(str(term)):
                    self.refuse(f'{str(term)!r} is not a valid IRI (spaces and <>"{{}}|\\^` are not allowed)')
            if not str(s).startswith(BASE) or str(s).startswith(_RESERVED):
                self.refuse(
                    f"a user file cannot make statements about {_show(s)} "
                    f"(only about chips, organizations, figures and its sources under {BASE}): {shown}"
                )
            if p not in self.properties:
                self.refuse(f"{_show(p)} is not a property of the ontology: {shown}")
            if p == RDF.type and (o not in self.classes or o in refused_types):
                self.refuse(f"{_show(o)} is not a class a user file can use: {shown}")
            if p == _ck("section") and o not in own_sources:
                self.refuse(
                    f"ck:section must point to a ck:UserSource of this file (not the article's sections): {shown}"
                )
            if isinstance(o, Literal) and str(p) in _NAMING and _invisible(str(o)):
                self.refuse(f"{_INVISIBLE}: {shown}")
            if isinstance(o, Literal) and str(p) in _NAMING and s not in self.subjects and _name_key(str(o)) in names:
                self.refuse(f"{str(o)!r} is the name of a built-in thing; a new thing needs a name of its own: {shown}")
            if p == _ck("profiled") and isinstance(o, Literal) and o.toPython() is True:
                self.refuse(f"ck:profiled true is for the chips the article profiles; a user's chip is false: {shown}")
            if (s, p, o) in self.graph:
                continue  # already said; the file adds nothing by saying it again
            if isinstance(o, URIRef) and str(o).startswith(fig) and (o in self.subjects or o not in new_subjects):
                self.refuse(f"{_show(o)} is not a new figure node of this file: {shown}")
            if str(p) in two_way and isinstance(o, URIRef) and o in self.subjects and self.is_chip(o):
                self.refuse(
                    f"{_show(p)} has an inverse: a link to {_show(o)}, which comes from {self.defined_in(o)}, "
                    f"states something of it: {shown}"
                )
            if s in self.subjects and not (str(o).startswith(fig) and o in new_subjects):
                self.refuse(
                    f"{_show(s)} comes from {self.defined_in(s)}: a user source can add figures to it "
                    f"(a link to a new fig: node), not other statements: {shown}"
                )
            kept.add((s, p, o))
        if not len(kept):
            self.refuse("nothing new: every statement is already in the graph")
        return kept

    def refuse(self, message: str) -> None:
        raise InputFileError(self.path, message)

    def is_chip(self, subject: Any) -> bool:
        from rdflib import RDF

        kinds = _base().chip_classes
        return any(str(kind) in kinds for kind in self.graph.objects(subject, RDF.type))

    def labels(self, kept: Any, new_only: bool) -> list[str]:
        from rdflib import RDF, RDFS

        chip = _ck("Chip")
        if new_only:
            chips = set(kept.subjects(RDF.type, chip))
        else:
            chips = {s for s in kept.subjects() if (s, RDF.type, chip) in self.graph}
        return sorted(
            str(kept.value(c, RDFS.label) or self.graph.value(c, RDFS.label) or shorten(str(c))) for c in chips
        )


def _show(term: Any) -> str:
    from rdflib import Literal

    if isinstance(term, Literal):
        return repr(str(term))[:80]
    return shorten(str(term))


# --------------------------------------------------------------------------- CSV


class _RowError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


class _CsvReader:
    """The CSV template -> triples in the project's model, one row at a time."""

    def __init__(self, context: _Context, when: datetime) -> None:
        from rdflib import Graph

        self.context = context
        self.g = context.graph
        self.when = when
        self.out = Graph()
        self.sources: dict[str, Any] = {}  # URL -> its ck:UserSource node
        self.chips: dict[Any, dict[str, tuple[int, str]]] = {}  # new chip -> column -> (row, cell)
        self.used: set[str] = set()

    # ---- names in the graph

    def _names(self, classes: Iterable[Any]) -> dict[str, Any]:
        """lowercased label / alternative label -> individual, for individuals of ``classes``."""
        from rdflib import RDF, RDFS, URIRef

        skos = PREFIXES["skos"]
        found: dict[str, Any] = {}
        members = {s for c in classes for s in self.g.subjects(RDF.type, c)}
        for s in sorted(members):
            for p in (RDFS.label, URIRef(skos + "altLabel")):
                for o in self.g.objects(s, p):
                    found.setdefault(str(o).strip().lower(), s)
        return found

    def _kinds(self) -> dict[str, Any]:
        from rdflib import RDFS, URIRef

        skos = PREFIXES["skos"]
        processor = _ck("Processor")
        kinds = set(self.g.transitive_subjects(RDFS.subClassOf, processor)) - {processor}
        found: dict[str, Any] = {}
        for k in sorted(kinds):
            for p in (RDFS.label, URIRef(skos + "altLabel"), URIRef(skos + "hiddenLabel")):
                for o in self.g.objects(k, p):
                    found.setdefault(str(o).strip().lower(), k)
            found.setdefault(str(k).rsplit("#", 1)[-1].lower(), k)
        return found

    # ---- the conversion

    def convert(self, text: str) -> Any:
        from rdflib import RDF, RDFS

        self.chip_names = self._names([_ck("Chip")])
        self.org_names = self._names([_ck("Organization")])
        self.memory_names = self._names([_ck("MemoryTechnology")])
        self.format_names = self._names([_ck("NumericFormat")])
        self.kind_names = self._kinds()
        self.hedges = sorted(
            ((str(o).lower(), q) for q, o in self.g.subject_objects(_ck("hedgePhrase"))),
            key=lambda pair: -len(pair[0]),
        )
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise InputFileError(self.context.path, f"row 1: not CSV ({exc})") from None
        if header is None or not any(h.strip() for h in header):
            raise InputFileError(self.context.path, f"empty: the first row names the columns ({', '.join(COLUMNS)})")
        columns = [h.strip().lower() for h in header]
        for i, column in enumerate(columns):
            if column not in COLUMNS:
                raise InputFileError(
                    self.context.path,
                    f"row 1, column {i + 1}: unknown column {column!r}; expected: {', '.join(COLUMNS)}",
                )
            if columns.index(column) != i:
                raise InputFileError(self.context.path, f"row 1: column {column!r} appears twice")
        for required in REQUIRED_COLUMNS:
            if required not in columns:
                raise InputFileError(self.context.path, f"row 1: the column {required!r} is required")
        rows = 0
        number = 1
        try:
            for number, cells in enumerate(reader, start=2):
                if not any(c.strip() for c in cells):
                    continue
                rows += 1
                if rows > MAX_ROWS:
                    raise InputFileError(self.context.path, f"more than {MAX_ROWS:,} rows; split the file")
                if len(cells) > len(columns):
                    raise InputFileError(
                        self.context.path, f"row {number}: {len(cells)} cells but {len(columns)} columns"
                    )
                row = dict(zip(columns, [c.strip() for c in cells], strict=False))  # short rows: empty cells
                try:
                    self._row(number, row)
                except _RowError as exc:
                    raise InputFileError(
                        self.context.path, f"row {number}, column {exc.column}: {exc.message}"
                    ) from None
        except csv.Error as exc:
            raise InputFileError(self.context.path, f"row {number + 1}: not CSV ({exc})") from None
        if rows == 0:
            raise InputFileError(self.context.path, "no rows after the header")
        for chip, given in self.chips.items():  # a new chip needs its vendor and kind on some row
            for column in ("vendor", "kind"):
                if column not in given:
                    first = min(r for r, _ in given.values())
                    raise InputFileError(
                        self.context.path,
                        f"row {first}, column {column}: required for a new chip ({self.out.value(chip, RDFS.label)})",
                    )
        for url, node in self.sources.items():
            self.out.add((node, RDF.type, _ck("UserSource")))
            self.out.add((node, _ck("sourceURL"), _uri(url)))
        return self.out

    def _row(self, number: int, row: dict[str, str]) -> None:
        from rdflib import RDF, RDFS, Literal

        for column, cell in row.items():
            _check_cell(column, cell)
        name = row.get("chip", "")
        if not name:
            raise _RowError("chip", "a chip name is required")
        url = row.get("source_url", "")
        source = self._source(url)
        chip = self.chip_names.get(name.lower())
        if chip is None or chip in self.chips:
            chip = chip or _iri("chip", _slug(name))
            if chip in self.context.subjects:
                raise _RowError("chip", f"{shorten(str(chip))} is already something other than a chip named {name!r}")
            given = self.chips.setdefault(chip, {})
            if not given:
                self.chip_names[name.lower()] = chip
                self.out.add((chip, RDF.type, _ck("Chip")))
                self.out.add((chip, RDFS.label, Literal(name)))
                self.out.add((chip, _ck("profiled"), Literal(False)))
            self.out.add((chip, _ck("section"), source))
            for column in _CHIP_FACTS:
                cell = row.get(column, "")
                if not cell:
                    continue
                if column in given and given[column][1].lower() != cell.lower():
                    raise _RowError(column, f"{cell!r} differs from row {given[column][0]}'s {given[column][1]!r}")
                given.setdefault(column, (number, cell))
                self._chip_fact(chip, column, cell, source)
        else:
            for column in _CHIP_FACTS:
                if row.get(column):
                    self._existing_fact(chip, column, row[column])
        slug = str(chip).rsplit("/", 1)[-1]
        if row.get("precision") and not row.get("performance"):
            raise _RowError("precision", "a precision belongs to a performance figure: fill in performance too")
        if (row.get("memory_type") or row.get("memory_on_chip")) and not row.get("memory"):
            raise _RowError("memory_type", "a memory type belongs to a memory capacity: fill in memory too")
        for column in _FIGURES:
            if row.get(column):
                self._figure(chip, slug, column, row, source)

    def _source(self, url: str) -> Any:
        if not url:
            raise _RowError("source_url", "required: the http(s) URL of the page the row's figures come from")
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or not _SAFE_IRI.fullmatch(url):
            raise _RowError("source_url", f"expected an http(s) URL such as https://example.com/page, got {url!r}")
        if url not in self.sources:
            from rdflib import RDFS, Literal, URIRef
            from rdflib.namespace import XSD

            name = self.context.name
            node = _iri("src", f"{name}-{len(self.sources) + 1}")
            self.sources[url] = node
            self.out.add((node, RDFS.label, Literal(f"{name} (user source {len(self.sources)})")))
            created = URIRef(PREFIXES["prov"] + "generatedAtTime")
            self.out.add((node, created, Literal(self.when.isoformat(), datatype=XSD.dateTime)))
        return self.sources[url]

    def _organization(self, column: str, cell: str, role: str, source: Any) -> Any:
        from rdflib import RDF, RDFS, Literal

        org = self.org_names.get(cell.lower())
        if org is not None:
            if org in self.context.subjects and role == "Foundry" and (org, RDF.type, _ck("Foundry")) not in self.g:
                raise _RowError(column, f"{cell!r} is in the graph but not as a foundry")
            if org not in self.context.subjects:
                self.out.add((org, RDF.type, _ck(role)))
            return org
        org = _iri("org", _slug(cell, column))
        if org in self.context.subjects:
            raise _RowError(
                column, f"{shorten(str(org))} is already something other than an organization named {cell!r}"
            )
        self.org_names[cell.lower()] = org
        self.out.add((org, RDF.type, _ck("Organization")))
        self.out.add((org, RDF.type, _ck(role)))
        self.out.add((org, RDFS.label, Literal(cell)))
        self.out.add((org, _ck("section"), source))
        return org

    def _process_node(self, cell: str) -> Any:
        from chipkg import units

        try:
            size = units.parse_quantity(cell, "length")
        except UsageError as exc:
            raise _RowError("process_node", exc.message) from None
        nodes = {}
        for node in self.g.subjects(_rdf_type(), _ck("ProcessNode")):
            for feature in self.g.objects(node, _ck("featureSize")):
                value = self.g.value(feature, _ck("normalizedValue"))
                if value is not None:
                    nodes[node] = float(value.toPython())
        for node, value in nodes.items():
            if abs(value - size) <= 1e-6 * size:
                return node
        known = ", ".join(sorted((str(self.g.value(n, _rdfs_label())) for n in nodes), key=lambda t: float(t[:-2])))
        raise _RowError("process_node", f"no process node of {cell} in the graph; known: {known}")

    def _chip_fact(self, chip: Any, column: str, cell: str, source: Any) -> None:
        from rdflib import RDF

        if column == "vendor":
            self.out.add((chip, _ck("designedBy"), self._organization(column, cell, "ChipDesigner", source)))
        elif column == "foundry":
            self.out.add((chip, _ck("manufacturedBy"), self._organization(column, cell, "Foundry", source)))
        elif column == "process_node":
            self.out.add((chip, _ck("processNode"), self._process_node(cell)))
        elif column == "kind":
            for part in cell.split(";"):
                kind = self.kind_names.get(part.strip().lower())
                if kind is None:
                    known = sorted({_local(k) for k in self.kind_names.values()})
                    raise _RowError("kind", f"unknown kind {part.strip()!r}; expected one of {', '.join(known)}")
                self.out.add((chip, RDF.type, kind))

    def _existing_fact(self, chip: Any, column: str, cell: str) -> None:
        """A chip the graph already holds: its facts may be restated, never changed."""
        from rdflib import RDF

        label = self.g.value(chip, _rdfs_label())
        if column == "kind":
            same = all(
                (chip, RDF.type, self.kind_names.get(p.strip().lower(), _ck("-"))) in self.g for p in cell.split(";")
            )
        elif column == "process_node":
            same = (chip, _ck("processNode"), self._process_node(cell)) in self.g
        else:
            prop = _ck("designedBy" if column == "vendor" else "manufacturedBy")
            org = self.org_names.get(cell.lower())
            same = org is not None and (chip, prop, org) in self.g
        if not same:
            raise _RowError(
                column,
                f"{label} is already in the graph, and {cell!r} is not what it says; a user source can add "
                "figures to a chip it did not define, not change its facts (leave the cell empty)",
            )

    def _figure(self, chip: Any, slug: str, column: str, row: dict[str, str], source: Any) -> None:
        from rdflib import RDF, Literal
        from rdflib.namespace import XSD

        prop, cls, shape, dimension, example = _FIGURES[column]
        cell = row[column]
        qualifiers, number, unit_text, rest = self._split(column, cell, example)
        unit, multiplier = self._unit(column, number, unit_text, shape, dimension, cell, example)
        node = self._new_figure(f"{slug}-{column}-{self.context.name}")
        holder = node
        if column == "memory":
            memory_type = row.get("memory_type", "")
            if not memory_type:
                raise _RowError("memory_type", "required with memory: the technology (HBM3E, SRAM, LPDDR5X ...)")
            technology = self.memory_names.get(memory_type.lower())
            if technology is None:
                known = sorted({str(self.g.value(t, _rdfs_label())) for t in self.memory_names.values()})
                raise _RowError("memory_type", f"unknown memory technology {memory_type!r}; known: {', '.join(known)}")
            on_chip = self._on_chip(technology, row.get("memory_on_chip", ""), memory_type)
            holder = node
            node = self._new_figure(f"{slug}-{column}-{self.context.name}-capacity")
            self.out.add((holder, RDF.type, _ck("MemorySpec")))
            self.out.add((holder, _ck("memoryTechnology"), technology))
            self.out.add((holder, _ck("onChip"), Literal(on_chip)))
            self.out.add((holder, _ck("capacity"), node))
            self.out.add((holder, _ck("scope"), _ck("PerChip")))
            self.out.add((holder, _ck("section"), source))
            self.out.add((chip, _ck("memory"), holder))
        else:
            self.out.add((chip, _ck(prop), node))
        precision = rest
        if column == "performance":
            stated = row.get("precision", "")
            if stated and precision and stated.lower() != precision.lower():
                raise _RowError("precision", f"{stated!r} differs from the precision in performance ({precision!r})")
            precision = precision or stated
            if precision:
                fmt = self.format_names.get(precision.lower())
                if fmt is None:
                    known = sorted({str(self.g.value(f, _rdfs_label())) for f in self.format_names.values()})
                    where = "precision" if stated else "performance"
                    raise _RowError(where, f"unknown precision {precision!r}; known: {', '.join(known)}")
                self.out.add((node, _ck("precision"), fmt))
        elif rest:
            raise _RowError(column, f"unexpected {rest!r} after the unit; expected e.g. {example}")
        value = Decimal(number.replace(",", ""))
        normalized = float(value * Decimal(repr(multiplier)))
        self.out.add((node, RDF.type, _ck(cls)))
        exact = XSD.decimal if "." in number else XSD.integer  # "500 W" stays 500, "1.0 GHz" 1.0
        self.out.add((node, _qudt("numericValue"), Literal(str(value), datatype=exact)))
        self.out.add((node, _qudt("unit"), unit))
        self.out.add((node, _ck("statedUnit"), Literal(unit_text)))
        self.out.add((node, _ck("normalizedValue"), Literal(repr(normalized), datatype=XSD.double)))
        self.out.add((node, _ck("scope"), _ck("PerChip")))
        for qualifier in qualifiers:
            self.out.add((node, _ck("qualifier"), qualifier))
        self._said_before(chip, column, holder, node, source)
        self.out.add((node, _ck("section"), source))

    def _said_before(self, chip: Any, column: str, holder: Any, node: Any, source: Any) -> None:
        """Refuse a figure the graph (or this file) already has from the same source URL: the same
        CSV added again under another name doubled every figure (red team 120, D20). Figures that
        differ, or the same figure from another source, are kept side by side."""
        urls = {n: u for u, n in self.sources.items()}  # this file's sources (their URLs are added later)
        url = urls[source]
        prop = _ck(_FIGURES[column][0])

        def signature(graph: Any, figure: Any) -> tuple[Any, ...]:
            if column == "memory":
                capacity = graph.value(figure, _ck("capacity"))
                if capacity is None:
                    return ()
                technology = graph.value(figure, _ck("memoryTechnology"))
                return (technology, *signature_of(graph, capacity))
            return signature_of(graph, figure)

        def signature_of(graph: Any, figure: Any) -> tuple[Any, ...]:
            value = graph.value(figure, _ck("normalizedValue"))
            return (
                None if value is None else float(value.toPython()),
                frozenset(graph.objects(figure, _ck("qualifier"))),
                graph.value(figure, _ck("precision")),
            )

        mine = signature(self.out, holder)
        link = _ck("memory") if column == "memory" else prop
        for graph in (self.context.graph, self.out):
            for other in graph.objects(chip, link):
                if other == holder:
                    continue
                section = graph.value(other, _ck("section"))
                if section is None:
                    continue
                said_at = urls.get(section) or self.context.graph.value(section, _ck("sourceURL"))
                if said_at is not None and str(said_at) == url and signature(graph, other) == mine:
                    raise _RowError(column, f"the graph already has this figure from {url}; nothing to add")

    def _on_chip(self, technology: Any, cell: str, memory_type: str) -> bool:
        """memory_on_chip as given (yes/no), else what every memory of this technology in the graph
        is (HBM is off-chip, SRAM on-chip); a technology the graph shows both ways needs the cell."""
        if cell:
            answer = {"yes": True, "true": True, "no": False, "false": False}.get(cell.lower())
            if answer is None:
                raise _RowError("memory_on_chip", f"expected yes or no, got {cell!r}")
            return answer
        if self.context.around is not None:
            seen = set(self.context.around.on_chip.get(str(technology), set()))
        else:
            seen = {
                self.g.value(spec, _ck("onChip")).toPython()
                for spec in self.g.subjects(_ck("memoryTechnology"), technology)
                if self.g.value(spec, _ck("onChip")) is not None
            }
        if len(seen) != 1:
            raise _RowError("memory_on_chip", f"required for {memory_type}: yes (on the chip) or no")
        return bool(seen.pop())

    def _split(self, column: str, cell: str, example: str) -> tuple[list[Any], str, str, str]:
        """ "up to 4 PFLOPS FP8" -> ([ck:UpperBound], "4", "PFLOPS", "FP8"): the hedges (the
        qualifiers' ck:hedgePhrase in the ontology), the number, the unit, what follows it."""
        qualifiers: list[Any] = []
        rest = cell
        while True:
            lowered = rest.lower()
            for phrase, qualifier in self.hedges:
                if lowered.startswith(phrase) and (
                    not phrase[-1].isalnum() or len(lowered) == len(phrase) or not lowered[len(phrase)].isalnum()
                ):
                    if qualifier not in qualifiers:
                        qualifiers.append(qualifier)
                    rest = rest[len(phrase) :].lstrip()
                    break
            else:
                break
        match = re.fullmatch(
            r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*([^\s\d.,][^\s]*)(?:\s+(.*))?", rest, re.ASCII
        )
        if not match:
            raise _RowError(column, f"expected a number and a unit, such as {example}; got {cell!r}")
        if re.match(r"[eE][+-]?\d", match.group(2)):
            raise _RowError(column, f"{cell!r}: write the number without an exponent, as stated (such as {example})")
        return qualifiers, match.group(1), match.group(2), (match.group(3) or "").strip()

    def _unit(
        self, column: str, number: str, unit_text: str, shape: str, dimension: str, cell: str, example: str
    ) -> tuple[Any, float]:
        """The ontology's unit for what the cell states (read through chipkg.units), among the
        units the shapes allow for this figure; FLOPS stay FLOPS and OPS stay OPS."""
        from rdflib import URIRef
        from rdflib.collection import Collection
        from rdflib.namespace import SH

        from chipkg import units
        from chipkg.validation import shapes_graph

        shapes = shapes_graph()
        listed = shapes.value(URIRef(PREFIXES["shape"] + shape), SH["in"])
        allowed = list(Collection(shapes, listed)) if listed is not None else []
        symbols = [str(self.g.value(unit, _qudt("symbol")) or _local(unit)) for unit in allowed]
        try:
            base = units.parse_quantity(f"{number} {unit_text}", dimension)
        except UsageError:  # its hint names units a query takes, which the model may not keep
            raise _RowError(
                column, f"unknown {dimension} unit {unit_text!r} in {cell!r}; write it in {', '.join(symbols)}"
            ) from None
        stated = float(number.replace(",", ""))
        if stated <= 0:
            raise _RowError(column, f"{cell!r}: a figure is positive")
        flops = "flop" in unit_text.lower()
        for unit in allowed:
            multiplier = float(self.g.value(unit, _qudt("conversionMultiplier")).toPython())
            if dimension == "performance" and ("FLOPS" in str(unit)) != flops:
                continue
            if abs(base - stated * multiplier) <= 1e-9 * abs(base):
                return unit, multiplier
        raise _RowError(column, f"{unit_text!r} is not a unit the model keeps here; write it in {', '.join(symbols)}")

    def _new_figure(self, stem: str) -> Any:
        candidate, n = stem, 1
        while (
            candidate in self.used
            or _iri("fig", candidate) in self.context.subjects
            or (self.context.around is not None and self.context.around.occurs(str(_iri("fig", candidate))))
        ):
            n += 1
            candidate = f"{stem}-{n}"
        self.used.add(candidate)
        return _iri("fig", candidate)


def _check_cell(column: str, cell: str) -> None:
    if len(cell) > MAX_CELL:
        raise _RowError(column, f"{len(cell):,} characters; a cell takes at most {MAX_CELL}")
    if any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in cell):
        raise _RowError(column, "control characters (line breaks, tabs ...) are not accepted in a cell")
    if _invisible(cell):
        raise _RowError(column, _INVISIBLE)
    figure = column in _FIGURES
    if cell.startswith(_FORMULA) and not (figure and cell.startswith("-")):
        raise _RowError(column, f"{cell[:40]!r} starts like a spreadsheet formula (= + - @); refused")


_INVISIBLE = "invisible formatting characters (zero-width, right-to-left override ...) are not accepted in a name"


def _invisible(text: str) -> bool:
    """Whether text holds a Unicode format character (category Cf: zero-width spaces and joiners,
    bidirectional overrides), a blank that is not one (_BLANKS) or a space other than the plain one
    (no-break, thin ...): a name with one looks like another name, or reads in another order."""
    import unicodedata

    return any(
        unicodedata.category(ch) == "Cf" or ch in _BLANKS or (unicodedata.category(ch) == "Zs" and ch != " ")
        for ch in text
    )


#: characters that show as nothing though they are not format characters: the combining grapheme
#: joiner, the Hangul fillers, the blank Braille pattern (red team 122: "Groq L\u034fPU")
_BLANKS = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800")


def _slug(text: str, column: str = "chip") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug:
        raise _RowError(column, f"{text!r} has no letters or digits to make an IRI from")
    return slug[:100]


def _iri(prefix: str, local: str) -> Any:
    from rdflib import URIRef

    return URIRef(PREFIXES[prefix] + local)


def _uri(url: str) -> Any:
    from rdflib import URIRef

    return URIRef(url)


def _qudt(local: str) -> Any:
    from rdflib import URIRef

    return URIRef(PREFIXES["qudt"] + local)


def _rdf_type() -> Any:
    from rdflib import RDF

    return RDF.type


def _rdfs_label() -> Any:
    from rdflib import RDFS

    return RDFS.label


def _local(term: Any) -> str:
    return re.split(r"[#/]", str(term))[-1]


# --------------------------------------------------------------------------- sources and remove


def sources(where: resources.Location | None = None) -> list[Source]:
    """What the graph holds from where: each built-in data file, then each user source, with its
    source URLs, chips and triple count. Reads the files with pyoxigraph (no rdflib)."""
    builtin = resources.project_data_files()
    user = resources.user_data_files(where)
    parsed = {path: _parsed(path) for path in [resources.ONTOLOGY_FILE, *builtin, *user]}
    label = PREFIXES["rdfs"] + "label"
    labels: dict[str, str] = {}
    urls: dict[str, str] = {}
    created: dict[str, str] = {}
    for triples in parsed.values():
        for t in triples:
            if t.predicate.value == label:
                labels.setdefault(t.subject.value, t.object.value)
            elif t.predicate.value == CK + "sourceURL":
                urls[t.subject.value] = t.object.value
            elif t.predicate.value == PREFIXES["prov"] + "generatedAtTime":
                created[t.subject.value] = t.object.value
    return [
        _source(path, kind, parsed[path], labels, urls, created)
        for kind, paths in (("built-in", builtin), ("user", user))
        for path in paths
    ]


def _parsed(path: Path) -> list[Any]:
    import pyoxigraph as ox

    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputFileError(str(path), f"cannot parse as Turtle: {' '.join(str(exc).split())[:200]}") from None


def _source(
    path: Path, kind: str, triples: list[Any], labels: dict[str, str], urls: dict[str, str], created: dict[str, str]
) -> Source:
    """One row of ``sources``: a file's triples, with the graph's labels, source URLs and times
    of addition (subject IRI -> value) for what it mentions."""
    sections = {t.object.value for t in triples if t.predicate.value == CK + "section"}
    chips = {
        t.subject.value
        for t in triples
        if t.predicate.value == PREFIXES["rdf"] + "type" and t.object.value == CK + "Chip"
    }
    if kind == "user":  # a built-in chip this source adds figures to
        chips |= {
            t.subject.value
            for t in triples
            if t.subject.value.startswith(PREFIXES["chip"]) and t.object.value.startswith(PREFIXES["fig"])
        }
    when = sorted(created[s] for s in sections if s in created)
    return Source(
        name=path.stem,
        kind=kind,
        file=str(path),
        source_urls=sorted(  # the sources its statements cite, and those it defines
            {urls[s] for s in sections if s in urls}
            | {t.object.value for t in triples if t.predicate.value == CK + "sourceURL"}
        ),
        chips=sorted(labels.get(c, shorten(c)) for c in chips),
        triples=len(triples),
        added=when[0] if when else None,
    )


def remove(name: str, where: resources.Location | None = None) -> Source:
    """Take the user source ``name`` out: check that the graph without it still conforms (another
    source may add figures to its chips), delete its file, rebuild. Built-in data cannot be
    removed (UsageError).

    Once the graph is built with a record of its units (chipkg.delta), only the files reasoned
    together with this one are read for the checks: a file in a unit of its own shares no resource
    with another user file, so no other source can build on it, and the rest of the graph was
    validated without it. Otherwise (or when the part shows a violation, which the whole graph
    confirms) every file is read."""
    if name in _builtin_names() or name == "article":
        raise UsageError(f"{name!r} is built-in data (the article's): it cannot be removed")
    path = _user_file(name, where) if _NAME.fullmatch(name) else None
    if path is None:
        known = [s.name for s in sources(where) if s.kind == "user"]
        raise UsageError(f"no user source named {name!r}; user sources: {', '.join(known) or 'none'}")
    if not _declares_user_source(path):  # a file `chipkg add` did not write: never deleted
        raise UsageError(f"{path} declares no ck:UserSource, so `chipkg add` did not write it; nothing was removed")
    from chipkg import delta

    unit = delta.unit_of(path, where)
    if unit is None:
        removed = next(s for s in sources(where) if s.kind == "user" and s.name == name)
        _check_removal(name, path, [p for p in resources.user_data_files(where) if p != path])
    else:
        import pyoxigraph as ox

        triples = _parsed(path)
        iris = {term.value for t in triples for term in (t.subject, t.object) if isinstance(term, ox.NamedNode)}
        labels, urls, created = unit.described(iris)
        removed = _source(path, "user", triples, labels, urls, created)
        if unit.others:
            rest = [p for p in resources.user_data_files(where) if p != path]
            _check_removal(name, path, unit.others, whole=lambda: rest)
    files.remove_file(path)
    from chipkg.build import build

    build(notify=lambda _message: None, where=where)
    return removed


def _check_removal(name: str, path: Path, rest: list[Path], whole: Callable[[], list[Path]] | None = None) -> None:
    """Refuse (NonConformingData, exit 1) when a source of ``rest`` builds on ``path`` or the
    ontology, the project's data and ``rest`` do not conform without it. ``whole``: ``rest`` is
    a part of the other user files, and these (all of them) decide a violation the part shows."""
    from chipkg.build import parse_turtle
    from chipkg.validation import validate_graph

    graph = parse_turtle(resources.base_files())
    parse_turtle(rest, graph, user_input=True)
    _refuse_dependents(name, path, rest, graph)
    report = validate_graph(graph)
    if not report.conforms and whole is not None:
        graph = parse_turtle(resources.base_files())
        parse_turtle(whole(), graph, user_input=True)
        report = validate_graph(graph)
    if not report.conforms:
        raise NonConformingData(
            f"removing {name!r} would leave the graph invalid (another user source builds on it); first: "
            f"{report.violations[0].one_line()}; nothing was removed"
        )


def _declares_user_source(path: Path) -> bool:
    """Whether ``path`` states a ``ck:UserSource``, as every file `chipkg add` writes does (a copy
    of the project's data pointed at by CHIPKG_DATA_DIR does not)."""
    import pyoxigraph as ox

    try:
        triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        return any(
            t.predicate.value == PREFIXES["rdf"] + "type" and t.object.value == CK + "UserSource" for t in triples
        )
    except (OSError, SyntaxError, ValueError):
        return False


def _refuse_dependents(name: str, path: Path, rest: list[Path], remaining: Any) -> None:
    """Refuse to remove a source whose things another user source builds on (adds figures to
    its chip): without it, that source's figures would hang off a chip nobody defines."""
    from rdflib import RDF

    from chipkg.build import parse_turtle

    removed = parse_turtle([path], user_input=True)
    orphans = {s for s in removed.subjects(RDF.type, None) if (s, RDF.type, None) not in remaining}
    for other in rest:
        for s, _p, o in parse_turtle([other], user_input=True):
            for term in (s, o):
                if term in orphans:
                    raise NonConformingData(
                        f"user source {other.stem!r} builds on {shorten(str(term))} from {name!r}: "
                        f"remove {other.stem!r} first; nothing was removed"
                    )


def _unlink(path: Path) -> None:
    try:
        files.remove_file(path)
    except ChipkgError:
        pass


# --------------------------------------------------------------- files placed in the data directory


@dataclass
class _Base:
    """What the ontology and the project's data say, as pyoxigraph terms: their triples, their
    subjects, their chips, and the properties whose use with a thing as object is a statement
    about that thing too (symmetric properties and those with an inverse)."""

    triples: set[Any] = field(default_factory=set)
    subjects: set[Any] = field(default_factory=set)
    chips: set[Any] = field(default_factory=set)
    two_way: set[Any] = field(default_factory=set)
    chip_classes: set[str] = field(default_factory=set)  # IRIs: ck:Chip and its subclasses
    names: set[str] = field(default_factory=set)  # the labels of built-in things (not the model's terms)


_BASES: dict[tuple[Any, ...], _Base] = {}


def _base() -> _Base:
    """The base's terms, read once per process (and again when a base file changes)."""
    paths = [resources.ONTOLOGY_FILE, *resources.project_data_files()]
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
    if key not in _BASES:
        _BASES.clear()
        _BASES[key] = _base_of([t for p in paths for t in _parsed(p)])
    return _BASES[key]


def _base_of(triples: list[Any]) -> _Base:
    import pyoxigraph as ox

    rdf_type, owl, rdfs = PREFIXES["rdf"] + "type", PREFIXES["owl"], PREFIXES["rdfs"]
    base = _Base(triples={(t.subject, t.predicate, t.object) for t in triples})
    base.subjects = {t.subject for t in triples}
    below: dict[Any, set[Any]] = {}
    for t in triples:
        value = t.predicate.value
        if value == owl + "inverseOf":
            base.two_way |= {t.subject, t.object}
        elif value == rdf_type and t.object.value == owl + "SymmetricProperty":
            base.two_way.add(t.subject)
        elif value == rdfs + "subClassOf":
            below.setdefault(t.object, set()).add(t.subject)
    chip_classes: set[Any] = set()
    todo = [next((t.object for t in triples if t.object.value == CK + "Chip"), None)]
    while todo:
        kind = todo.pop()
        if kind is not None and kind not in chip_classes:
            chip_classes.add(kind)
            todo.extend(below.get(kind, ()))
    base.chips = {t.subject for t in triples if t.predicate.value == rdf_type and t.object in chip_classes}
    base.chip_classes = {kind.value for kind in chip_classes}
    base.names = {
        _name_key(t.object.value)
        for t in triples
        if t.predicate.value in _NAMING and isinstance(t.subject, ox.NamedNode) and not t.subject.value.startswith(CK)
    }
    return base


#: Predicates that make two things one (or two terms of the model one): with a built-in thing at
#: either end, everything said of one is said of the other.
_MERGING = frozenset(
    PREFIXES["owl"] + name for name in ("sameAs", "equivalentClass", "equivalentProperty", "inverseOf")
) | {PREFIXES["rdfs"] + "subPropertyOf"}


def check_placed(where: resources.Location | None = None) -> None:
    """Refuse (InputFileError, exit 2) a Turtle file of the user data directory that changes what
    the ontology or the project's data say.

    ``chipkg add`` checks what it writes (``_Context.check``); a file put there by hand is part of
    the graph too, and may hold anything a user's own data needs (new chips citing the article's
    sections, as benchmarks/synth.py writes, even new classes). What it may not do is the one thing
    that turns into a wrong answer cited to the article: a statement about a built-in thing (a
    plain triple takes its provenance from its subject), a merge of a built-in thing with another
    (``owl:sameAs`` and kin), or a link to a built-in chip by a property with an inverse (which
    states its inverse of the chip). It may add figures to a built-in thing, as ``add`` may.
    """
    paths = resources.user_data_files(where)
    if not paths:
        return
    base = _base()
    for path in paths:
        _check_placed_file(path, base)


def _check_placed_file(path: Path, base: _Base) -> None:
    import pyoxigraph as ox

    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as exc:
        from chipkg.build import parse_turtle

        parse_turtle([path], user_input=True)  # rdflib's error names the line
        detail = " ".join(str(exc).split())[:200]
        raise InputFileError(str(path), f"cannot parse as Turtle: {detail}") from None
    own_subjects = {t.subject for t in triples}
    fig = PREFIXES["fig"]
    linked = {t.object for t in triples if t.subject in base.subjects}  # figures added to built-in things
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if (s, p, o) in base.triples:
            continue
        why: str | None = _placed_refusal(s, p, o, base)
        if (
            why is None
            and s in base.subjects
            and not (
                isinstance(o, ox.NamedNode) and o.value.startswith(fig) and o in own_subjects and o not in base.subjects
            )
        ):
            why = f"{_ox_show(s)} is built in: a user file can add figures to it (a link to a new fig: node), "
            why += "not other statements"
        if why is None and s in linked and p.value == CK + "section" and o in base.subjects:
            why = f"a figure added to a built-in thing cites a source of its own, not the article's {_ox_show(o)}"
        if why is None:
            continue
        raise InputFileError(
            str(path),
            f"{why}: {_ox_show(s)} {_ox_show(p)} {_ox_show(o)}; a file in the user data directory cannot change "
            "what the built-in data says (move it out, or see `chipkg add`)",
        )


#: what a data file may say in the model's own vocabularies: facts about things, not axioms (an
#: axiom reaches every chip: ``owl:hasValue``, ``owl:hasKey``, ``rdfs:range`` ... red team 122)
_DATA_PREDICATES = frozenset(
    {PREFIXES["rdf"] + n for n in ("type", "first", "rest", "value")}
    | {PREFIXES["rdfs"] + n for n in ("label", "comment", "seeAlso", "isDefinedBy", "subClassOf")}
)
_DATA_TYPES = frozenset(
    PREFIXES["owl"] + n
    for n in ("Class", "NamedIndividual", "Thing", "ObjectProperty", "DatatypeProperty", "AnnotationProperty")
)
#: properties whose object is what their subject (a note, a comparison) is about
_ABOUT = frozenset({CK + "about", CK + "subject"})


def _placed_refusal(s: Any, p: Any, o: Any, base: _Base) -> str | None:
    """Why a placed file may not say ``s p o`` whatever its subject (None: it may)."""
    if p.value in _MERGING and (s in base.subjects or o in base.subjects):
        return f"{_ox_show(p)} with a built-in thing at one end makes it say what the other says"
    if p.value.startswith((PREFIXES["owl"], PREFIXES["rdfs"], PREFIXES["rdf"])) and p.value not in _DATA_PREDICATES:
        return f"{_ox_show(p)} states an axiom, which reaches the built-in things too; a data file states facts"
    if p.value == PREFIXES["rdf"] + "type" and o.value.startswith(PREFIXES["owl"]) and o.value not in _DATA_TYPES:
        return f"{_ox_show(o)} states an axiom, which reaches the built-in things too; a data file states facts"
    if p.value == PREFIXES["rdfs"] + "subClassOf" and s in base.subjects:
        return f"{_ox_show(s)} is built in"
    if p in base.two_way and o in base.chips:
        return f"{_ox_show(p)} has an inverse: linking to the built-in chip {_ox_show(o)} states something of it"
    if p.value in _ABOUT and o in base.subjects:
        return f"{_ox_show(p)} makes it a statement about the built-in {_ox_show(o)}"
    if p.value in _NAMING and _invisible(str(o.value)):
        return _INVISIBLE
    if p.value in _NAMING and s not in base.subjects and _name_key(str(o.value)) in base.names:
        return f"{o.value!r} is the name of a built-in thing; a new thing needs a name of its own"
    return None


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _ox_show(term: Any) -> str:
    """A pyoxigraph term as the graph's prefixes shorten it."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return str(term)
