"""What the Python API returns: rows of plain Python values, and figures that keep their words.

A ``Result`` is what one query or question returned. Its rows are dicts of Python values (numbers
as ``int``/``float``, IRIs and text as ``str``, booleans as ``bool``, unbound as ``None``), in the
query's column order. A figure (a ``?X_figure`` column, or the number column it stands behind) is a
``FigureValue``: a ``float`` (its value in the base unit: bytes, operations per second, watts,
metres ...; NaN for a figure that is no single number, such as a memory spec) that also carries how
the article states it: ``unit`` ("TFLOPS", as written: FLOPS stay FLOPS), ``stated`` (the whole
truthful text, "up to 1 PetaOPS, INT8, peak"), ``qualifier`` ("upper bound"), ``hedge``,
``precision``, ``scope``, ``source`` and ``iri``. Being a float it sorts, sums and plots as a
number; arithmetic on it gives a plain float, because a product is no longer the stated figure.

The mapping of columns follows the CLI's table (chipkg.render): a figure column ``X_figure(s)``
beside a number column ``X`` or ``X_<unit>`` makes that number a FigureValue and is not a column of
its own; a figure column with no such partner stays, its cells FigureValues (a cell naming several
figures, ``X_figures``, holds a tuple of them, largest first). ``to_dataframe()`` (pandas, imported
only then) turns every FigureValue column ``C`` into ``C`` (the number) plus ``C_unit``,
``C_stated`` and ``C_qualifier``. ``_repr_html_`` shows the CLI table's cells in a notebook.

Everything here is built in the caller from what the query worker sent back (terms and figures):
it never touches the store, so a Result outlives the graph object and pickles.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from chipkg.errors import UsageError

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {XSD + t for t in ("decimal", "double", "float")}
SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml", "md")
GRAPH_FORMATS = ("turtle", "nt", "jsonld", "xml")


class FigureValue(float):
    """A figure: its value in the base unit as a float, with the article's own words for it.

    ``stated`` is the text to show people; ``unit`` is the unit as stated (``None`` for a count
    with no unit, or a figure with no number); ``stated_value`` the number as stated (800 for "800
    TFLOPS"); ``qualifier`` the hedge's name ("upper bound", "lower bound", "approximate",
    "nominal", "uncertain"; several joined with ", "), ``None`` when the figure is not hedged.
    A value standing for several figures (one chip's equal peaks in two precisions) has them in
    ``figures`` and joins each attribute with "; ", in the same order.
    """

    iri: str
    stated: str
    unit: str | None
    stated_value: float | None
    qualifier: str | None
    hedge: str | None
    precision: str | None
    scope: str | None
    source: str | None
    property: str
    figures: tuple[FigureValue, ...]

    def __new__(cls, number: float | None, figure: Any = None, *, figures: tuple[Any, ...] = ()) -> FigureValue:
        value = float("nan") if number is None else float(number)
        self = super().__new__(cls, value)
        if figure is not None:
            self.iri, self.stated, self.unit = figure.iri, figure.text, figure.stated_unit
            self.stated_value, self.qualifier, self.hedge = figure.value, figure.qualifier, figure.hedge
            self.precision, self.scope, self.source = figure.precision, figure.scope, figure.source
            self.property = figure.property
            self.figures = (self,)
            return self
        parts = tuple(f if isinstance(f, FigureValue) else FigureValue(f.normalized, f) for f in figures)

        def joined(name: str) -> str | None:
            values = [getattr(f, name) for f in parts]
            if all(v is None for v in values):
                return None
            return "; ".join("" if v is None else str(v) for v in values)

        self.iri = " ".join(f.iri for f in parts)
        self.stated = "; ".join(f.stated for f in parts)
        self.unit, self.qualifier, self.hedge = joined("unit"), joined("qualifier"), joined("hedge")
        self.precision, self.scope, self.source = joined("precision"), joined("scope"), joined("source")
        self.stated_value = parts[0].stated_value if len(parts) == 1 else None
        self.property = "; ".join(sorted({f.property for f in parts}))
        self.figures = parts
        return self

    def __repr__(self) -> str:
        return f"FigureValue({float(self)!r}, stated={self.stated!r})"

    def __str__(self) -> str:
        return self.stated

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as (number, then attributes): a value's ``figures`` holds the value itself,
        and the state is set after the object exists, so the cycle pickles (results cross from
        the query worker to the caller this way)."""
        return (_bare_figure_value, (float(self),), dict(self.__dict__))


def _bare_figure_value(number: float) -> FigureValue:
    return float.__new__(FigureValue, number)


def python_value(term: Any) -> Any:
    """An RDF term as a Python value: int, float, bool, str (IRIs, text, other literals), a tuple
    (subject, predicate, object) for an RDF 1.2 triple term, None for unbound."""
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return term.value
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Triple":
        return (python_value(term.subject), python_value(term.predicate), python_value(term.object))
    datatype = term.datatype.value if term.datatype is not None else ""
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _FLOATS:
            return float(term.value)
    except ValueError:  # an ill-typed literal in user data: as written
        return term.value
    if datatype == XSD + "boolean":
        return term.value in ("true", "1")
    return term.value


class _Figures:
    """The figures a worker read, by IRI: a figure reader for chipkg.render's table."""

    def __init__(self, figures: dict[str, Any]) -> None:
        self.figures = figures

    def figure(self, iri: str, property_label: str = "") -> Any:
        return self.figures[iri]


def figure_iris(variables: list[str], rows: list[list[Any]]) -> set[str]:
    """The IRIs in the figure columns of a SELECT result: what the worker reads for the caller."""
    from chipkg.figures import FIG
    from chipkg.render import _figure_stem

    found: set[str] = set()
    for i, var in enumerate(variables):
        if _figure_stem(var) is None:
            continue
        for row in rows:
            term = row[i]
            if term is not None and type(term).__name__ in ("NamedNode", "Literal"):
                found.update(token for token in term.value.split() if token.startswith(FIG))
    return found


class Result:
    """One query's or question's answer as plain Python values (see the module docstring).

    ``kind`` is "select", "ask", "construct" or "describe". A SELECT (and ``ask``'s answers) has
    ``columns`` and ``rows``; iterating gives the rows, ``len()`` counts them, ``result[i]`` is a
    row. An ASK has ``boolean`` (and ``bool(result)`` is it); an answer of ``ask`` that rests on a
    vendor's own claim (ck:VendorClaim) names whose in ``claimed_by`` ("d-Matrix",), and every
    format says so ("true, by d-Matrix's own claim"). A CONSTRUCT/DESCRIBE has
    ``triples`` as (subject, predicate, object) Python values. ``sparql`` is the query text that
    ran (before parameters were bound), ``bindings`` the bound parameters as RDF terms (``str()``
    of one is its N-Triples form), ``reading`` how ``ask`` read the question.
    """

    def __init__(
        self,
        kind: str,
        variables: list[str],
        terms: list[list[Any]],
        *,
        boolean: bool | None = None,
        graph: list[Any] | None = None,
        figures: dict[str, Any] | None = None,
        sparql: str = "",
        bindings: dict[str, Any] | None = None,
        reading: str | None = None,
        claimed_by: tuple[str, ...] = (),
    ) -> None:
        self.kind = kind
        self.variables = variables  # the query's own variables, figure columns included
        self.terms = terms  # the rows as RDF terms, for the W3C result formats
        self.boolean = boolean
        self.sparql = sparql
        self.bindings = bindings or {}
        self.reading = reading
        self.claimed_by = tuple(claimed_by)
        self._graph = graph or []
        self._figures = figures or {}
        self.columns, self.rows = self._python_rows()

    # ------------------------------------------------------------------ rows

    def _python_rows(self) -> tuple[list[str], list[dict[str, Any]]]:
        from chipkg.render import _figure_stem, figure_partner

        merged: dict[int, int] = {}  # figure column -> the number column it stands behind
        for i in range(len(self.variables)):
            target = figure_partner(self.variables, i)
            if target is not None:
                merged[i] = target
        columns = [v for i, v in enumerate(self.variables) if i not in merged]
        rows = []
        for row in self.terms:
            values = {v: python_value(t) for v, t in zip(self.variables, row, strict=True)}
            for i, var in enumerate(self.variables):
                if _figure_stem(var) is None:
                    continue
                found = self._cell_figures(row[i])
                if i in merged:
                    partner = self.variables[merged[i]]
                    number = values[partner]
                    if found and isinstance(number, int | float) and not isinstance(number, bool):
                        values[partner] = _figure_value(number, found)
                    del values[var]
                elif found:
                    values[var] = _figure_value(None, found) if var.endswith("_figure") else tuple(found)
            rows.append(values)
        return columns, rows

    def _cell_figures(self, term: Any) -> list[FigureValue]:
        """The figures a cell names, largest first; [] when it names anything else too."""
        if term is None or type(term).__name__ not in ("NamedNode", "Literal"):
            return []
        tokens = term.value.split()
        if not tokens or any(token not in self._figures for token in tokens):
            return []
        found = [self._figures[token] for token in tokens]
        found.sort(key=lambda f: (f.normalized is None, -(f.normalized or 0.0), f.text))
        return [FigureValue(f.normalized, f) for f in found]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> dict[str, Any]:
        return self.rows[index]

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ask" else bool(self.rows or self._graph)

    def __repr__(self) -> str:
        if self.kind == "ask":
            return f"<chipkg Result: {self.boolean}>"
        if self.kind in ("construct", "describe"):
            return f"<chipkg Result: {len(self._graph)} triples>"
        return f"<chipkg Result: {len(self.rows)} rows; columns {', '.join(self.columns)}>"

    @property
    def triples(self) -> list[tuple[Any, Any, Any]]:
        """A CONSTRUCT/DESCRIBE's triples as (subject, predicate, object) Python values."""
        return [(python_value(t.subject), python_value(t.predicate), python_value(t.object)) for t in self._graph]

    def column(self, name: str) -> list[Any]:
        """One column's values, in row order."""
        if name not in self.columns:
            raise UsageError(f"no column {name!r} in this result (columns: {', '.join(self.columns) or 'none'})")
        return [row.get(name) for row in self.rows]

    # ------------------------------------------------------------------ formats

    def format(self, fmt: str | None = None) -> str | bytes:
        """The result as the CLI prints it: ``table`` (default for SELECT and ASK), ``md``, and the
        W3C formats ``csv``, ``tsv``, ``json``, ``xml``; a CONSTRUCT/DESCRIBE as ``turtle``
        (default), ``nt``, ``jsonld`` or ``xml`` (bytes)."""
        from chipkg import render

        if self.kind == "select":
            fmt = fmt or "table"
            if fmt not in SELECT_FORMATS:
                raise UsageError(
                    f"format {fmt!r} is for CONSTRUCT/DESCRIBE; a SELECT result is {_choices(SELECT_FORMATS)}"
                )
            return self._with_reading(
                fmt, render.select_output(fmt, self.variables, self.terms, reader=_Figures(self._figures))
            )
        if self.kind == "ask":  # json and xml are the W3C forms; any other format prints true or false
            output = render.boolean_output(fmt or "table", bool(self.boolean), self.claimed_by)
            return self._with_reading(fmt, output)
        fmt = fmt or "turtle"
        if fmt not in GRAPH_FORMATS:
            raise UsageError(f"format {fmt!r} is for SELECT; a {self.kind.upper()} result is {_choices(GRAPH_FORMATS)}")
        return render.graph_output(self._graph, fmt)

    def _with_reading(self, fmt: str | None, output: str) -> str:
        """An answer of ``ask`` in JSON carries its reading beside the W3C members (SPARQL JSON
        readers ignore members they do not know): for a yes/no the reading is the only place that
        names the figures and hedges the boolean rests on, so every face (CLI, web, API) shows it;
        a yes/no that rests on vendors' own claims names them in ``claimed_by`` (and the XML
        results, which have no place for it, in a comment)."""
        if fmt == "xml" and self.claimed_by:
            from chipkg.render import boolean_text

            said = boolean_text(bool(self.boolean), self.claimed_by).replace("--", "- -")
            head, _, rest = output.partition("\n")
            return f"{head}\n<!-- {said} -->\n{rest}"
        if fmt != "json" or self.reading is None:
            return output
        import json

        extra: dict[str, Any] = {"reading": self.reading}
        if self.claimed_by:
            extra["claimed_by"] = list(self.claimed_by)
        return json.dumps({**json.loads(output), **extra}, indent=2, ensure_ascii=False) + "\n"

    def to_dataframe(self) -> Any:
        """A pandas DataFrame of the rows (pandas is the optional extra ``chipkg[pandas]``,
        imported only here). A column of figures ``C`` becomes ``C`` (the number in the base unit)
        and ``C_unit``, ``C_stated``, ``C_qualifier``; a cell of several figures is their tuple."""
        try:
            import pandas
        except ImportError:
            raise UsageError("to_dataframe needs pandas: pip install 'chipkg[pandas]'") from None
        names: list[str] = []
        for name in self.columns:
            names.append(name)
            if any(isinstance(row.get(name), FigureValue) for row in self.rows):
                names += [f"{name}_unit", f"{name}_stated", f"{name}_qualifier"]
        records = []
        for row in self.rows:
            record: dict[str, Any] = {}
            for name in self.columns:
                value = row.get(name)
                if isinstance(value, FigureValue):
                    record[name] = float(value)
                    record[f"{name}_unit"] = value.unit
                    record[f"{name}_stated"] = value.stated
                    record[f"{name}_qualifier"] = value.qualifier
                else:
                    record[name] = value
            records.append(record)
        return pandas.DataFrame.from_records(records, columns=names)

    def _repr_html_(self) -> str:
        """The CLI table's cells (figures as stated, numbers with units) as an HTML table."""
        from chipkg import render

        if self.kind == "ask":
            return f"<p><b>{render.escape(render.boolean_text(bool(self.boolean), self.claimed_by))}</b></p>"
        if self.kind != "select":
            text = self.format("turtle")
            return f"<pre>{render.escape(text.decode('utf-8') if isinstance(text, bytes) else text)}</pre>"
        headers, cells = render.human_cells(self.variables, self.terms, reader=_Figures(self._figures))
        out = ["<table>", "<thead><tr>" + "".join(f"<th>{render.escape(h)}</th>" for h in headers) + "</tr></thead>"]
        out.append("<tbody>")
        out += ["<tr>" + "".join(f"<td>{render.escape(c)}</td>" for c in row) + "</tr>" for row in cells]
        out.append("</tbody>")
        count = len(self.rows)
        out.append(f"<caption>{count} row{'s' if count != 1 else ''}</caption></table>")
        if self.reading:
            out.insert(0, f"<p>read as: {render.escape(self.reading)}</p>")
        return "".join(out)

    # ------------------------------------------------------------------ charts

    def plot(self, x: str, y: str, label: str | None = None, title: str | None = None) -> Any:
        """A scatter chart of column ``y`` against column ``x`` as SVG (``chipkg.charts.plot``:
        labelled axes with units, a log scale when the values span orders of magnitude, hedged
        figures drawn as hedged, a label on each point). ``label`` names the column that labels the
        points (the first text column by default). Returns a ``chipkg.charts.Svg`` (a str that a
        notebook shows as the picture; ``.save(path)`` writes it)."""
        from chipkg import charts

        return charts.result_chart(self, x, y, label=label, title=title)


def _figure_value(number: float | None, found: list[FigureValue]) -> FigureValue:
    if len(found) == 1:
        one = found[0]
        if number is None:
            return one
        value = FigureValue(number, None, figures=(one,))
        return value
    return FigureValue(number if number is not None else float(found[0]), None, figures=tuple(found))


def _choices(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1]


def is_missing(value: Any) -> bool:
    """None, or a float that is not a number (a figure with no single value)."""
    return value is None or (isinstance(value, float) and math.isnan(value))
