"""Formatting query results for people (table, Markdown) and for programs (W3C formats).

CSV, TSV, JSON and XML follow the W3C SPARQL 1.1 Query Results specifications; table and
Markdown show numbers as people read them. A variable's suffix says what its number measures
(``?sram_bytes`` -> "144 MB", ``?clock_hz`` -> "1.2 GHz"), so stored queries can return
comparable base-unit values to programs and readable ones to people.

A column named ``?X_figure`` or ``?X_figures`` holds figure nodes (one IRI, or IRIs separated by
spaces from ``GROUP_CONCAT(DISTINCT STR(?f); separator=" ")``). Table and Markdown show each figure's
truthful text (chipkg.figures: the number and unit as the article states them, hedge, precision,
scope, claim), several joined by "; ", largest first. When the query also has a column ``?X`` or
``?X_<unit>`` (``?peak_ops``), the figure text takes that column's place and the figure column is not
shown: a base-unit number cannot say whether the article counted FLOPS or OPS, nor that it said "up
to". CSV, TSV, JSON and XML keep the query's columns as they are (numbers in base units, figure
IRIs) and, given the store, add after that number column (or after a figure column with none) a
string column ``?X_<unit>_stated`` (``?peak_ops_stated``, ``?stated_figure_stated``) holding the
table's text, so a program reads the same hedges, units, precisions, scopes and claims as people
do. Stored queries build no figure text in SPARQL, so a table does not depend on how an engine
prints a decimal.

Every term a query can return has a form in every format: a number that is not finite ("INF",
"NaN", from ``1e400`` or ``0e0/0e0``) is shown as its lexical form, and an RDF 1.2 triple term
``<<( s p o )>>`` is written as in N-Triples (table, CSV, TSV) or nested as SPARQL 1.2's JSON and
XML results do (``{"type": "triple", "value": {"subject": ...}}``, ``<triple><subject>``).
"""

from __future__ import annotations

import math
from typing import Any

from chipkg.errors import QueryError
from chipkg.namespaces import shorten
from chipkg.units import format_number, humanize

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}
SUFFIX_DIMENSIONS = {
    "bytes": "datasize",
    "bps": "bandwidth",
    "bitps": "networkrate",
    "ops": "performance",
    "flops": "flops",
    "w": "power",
    "watts": "power",
    "hz": "frequency",
    "m": "length",
    "count": "count",
    "pct": "percentage",
    "share": "percentage",
    "opsw": "efficiency",
    "flopsw": "flops_efficiency",
    "m2": "area",
}


def escape(text: str) -> str:
    """XML character data (xml.sax.saxutils would import urllib: 40 ms on the query path)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    return '"' + escape(text).replace('"', "&quot;").replace("\n", "&#10;") + '"'


def _kind(term: Any) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return "uri"
    if isinstance(term, ox.BlankNode):
        return "bnode"
    if isinstance(term, ox.Triple):
        return "triple"
    return "literal"


def _nt(term: Any) -> str:
    """A term in N-Triples (RDF 1.2: a triple term is ``<<( s p o )>>``)."""
    if _kind(term) == "triple":
        return f"<<( {_nt(term.subject)} {_nt(term.predicate)} {_nt(term.object)} )>>"
    return str(term)


def _json_term(term: Any) -> dict[str, Any]:
    kind = _kind(term)
    if kind == "triple":
        parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
        return {"type": "triple", "value": {k: _json_term(t) for k, t in parts.items()}}
    entry: dict[str, Any] = {"type": kind, "value": term.value}
    if kind == "literal":
        if term.language:
            entry["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            entry["datatype"] = term.datatype.value
    return entry


def json_results(variables: list[str], rows: list[list[Any]]) -> str:
    import json

    bindings = [
        {var: _json_term(term) for var, term in zip(variables, row, strict=True) if term is not None} for row in rows
    ]
    return (
        json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False)
        + "\n"
    )


def json_boolean(value: bool) -> str:
    import json

    return json.dumps({"head": {}, "boolean": value}) + "\n"


def xml_results(variables: list[str], rows: list[list[Any]]) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "  <head>"]
    out += [f"    <variable name={quoteattr(v)}/>" for v in variables]
    out += ["  </head>", "  <results>"]
    for row in rows:
        out.append("    <result>")
        for var, term in zip(variables, row, strict=True):
            if term is not None:
                out.append(f"      <binding name={quoteattr(var)}>{_xml_term(term)}</binding>")
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _xml_term(term: Any) -> str:
    kind = _kind(term)
    if kind == "triple":
        parts = (("subject", term.subject), ("predicate", term.predicate), ("object", term.object))
        return "<triple>" + "".join(f"<{k}>{_xml_term(t)}</{k}>" for k, t in parts) + "</triple>"
    if kind == "literal":
        attrs = ""
        if term.language:
            attrs = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != XSD + "string":
            attrs = f" datatype={quoteattr(term.datatype.value)}"
        return f"<literal{attrs}>{escape(term.value)}</literal>"
    return f"<{kind}>{escape(term.value)}</{kind}>"


def xml_boolean(value: bool) -> str:
    return (
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
        f"  <head></head>\n  <boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"
    )


def csv_results(variables: list[str], rows: list[list[Any]]) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else _csv_value(t) for t in row])
    return buf.getvalue()


def _csv_value(term: Any) -> str:
    kind = _kind(term)
    return f"_:{term.value}" if kind == "bnode" else _nt(term) if kind == "triple" else term.value


def tsv_results(variables: list[str], rows: list[list[Any]]) -> str:
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else _turtle_term(t) for t in row))
    return "\n".join(lines) + "\n"


def _turtle_term(term: Any) -> str:
    if _kind(term) == "literal" and term.datatype.value in {XSD + "integer", XSD + "decimal"} and not term.language:
        return term.value  # TSV allows Turtle's short forms for numbers
    return _nt(term)


def display_value(var: str, term: Any) -> str:
    """One cell as people read it: labels as text, IRIs shortened, base units humanized."""
    if term is None:
        return ""
    kind = _kind(term)
    if kind == "uri":
        return shorten(term.value)
    if kind == "bnode":
        return f"_:{term.value}"
    if kind == "triple":
        return f"<<( {' '.join(display_value('', t) for t in (term.subject, term.predicate, term.object))} )>>"
    if term.datatype.value in _NUMERIC:
        try:
            number = float(term.value)
        except ValueError:
            return term.value
        if not math.isfinite(number):  # "INF", "NaN": as the engine wrote it
            return term.value
        suffix = var.rsplit("_", 1)[-1].lower() if "_" in var else ""
        dimension = SUFFIX_DIMENSIONS.get(suffix)
        if dimension:
            return humanize(number, dimension)
        return format_number(number)
    return term.value


def _figure_stem(var: str) -> str | None:
    """``peak_figures`` -> ``peak``; None for a column that does not hold figure nodes."""
    for suffix in ("_figures", "_figure"):
        if var.endswith(suffix) and len(var) > len(suffix):
            return var[: -len(suffix)]
    return None


def _figure_cell(reader: Any, term: Any) -> str:
    """The figures of one cell as text, largest first; IRIs outside the figure namespace shortened."""
    from chipkg.figures import FIG

    if term is None:
        return ""
    if _kind(term) in ("bnode", "triple"):  # not figure IRIs: shown as any other cell
        return display_value("", term)
    found, other = [], []
    for token in term.value.split():
        if token.startswith(FIG):
            found.append(reader.figure(token))
        else:
            other.append(shorten(token))
    found.sort(key=lambda f: (f.normalized is None, -(f.normalized or 0.0), f.text))
    return "; ".join([f.text for f in found] + other)


def figure_partner(variables: list[str], i: int) -> int | None:
    """The number column the figure column ``variables[i]`` stands behind (``?peak_ops`` for
    ``?peak_ops_figures`` or ``?peak_figures``: ``?X`` or ``?X_<unit>`` for ``?X_figure(s)``); None
    when it has none or holds no figures. The table, the W3C formats' stated columns and the Python
    API's FigureValues pair columns by this one rule."""
    stem = _figure_stem(variables[i])
    if stem is None:
        return None
    return next(
        (
            j
            for j, other in enumerate(variables)
            if _figure_stem(other) is None and (other == stem or display_header(other) == stem)
        ),
        None,
    )


def with_stated(variables: list[str], rows: list[list[Any]], reader: Any) -> tuple[list[str], list[list[Any]]]:
    """The columns of the machine-readable formats: the query's own, and for each figure column a
    string column of the table's text (hedge, unit as stated, precision, scope, claim), named after
    the number column the figures stand behind (``?power_w`` -> ``?power_w_stated``: "150 W, per
    card"), or after the figure column itself when there is none, and placed after it. A bare
    base-unit number cannot say that the article wrote "up to", FLOPS, a card's watts or a vendor's
    claim; its stated column does. A name the query already uses is not added again."""
    import pyoxigraph as ox

    after: dict[int, list[tuple[str, int]]] = {}  # column -> the stated columns after it (name, figure column)
    names = set(variables)
    for i in range(len(variables)):
        if _figure_stem(variables[i]) is None:
            continue
        j = figure_partner(variables, i)
        at = i if j is None else j
        name = f"{variables[at]}_stated"
        if name not in names:
            names.add(name)
            after.setdefault(at, []).append((name, i))
    if not after:
        return variables, rows
    out_vars = [name for k, v in enumerate(variables) for name in (v, *(n for n, _i in after.get(k, [])))]
    out_rows = []
    for row in rows:
        cells: list[Any] = []
        for k, term in enumerate(row):
            cells.append(term)
            for _name, i in after.get(k, []):
                text = _figure_cell(reader, row[i])
                cells.append(ox.Literal(text) if text else None)
        out_rows.append(cells)
    return out_vars, out_rows


def _human(
    variables: list[str], rows: list[list[Any]], store: Any = None, reader: Any = None
) -> tuple[list[str], list[list[str]]]:
    """Headers and cells as people read them (table, Markdown); figure columns need the store, or a
    ``reader`` whose ``figure(iri)`` gives each figure already read (the Python API's results)."""
    columns = [[display_value(v, row[i]) for row in rows] for i, v in enumerate(variables)]
    names, keep = list(variables), [True] * len(variables)
    for i, var in enumerate(variables):
        stem = _figure_stem(var)
        if stem is None or (store is None and reader is None):
            continue
        if reader is None:
            from chipkg.figures import Reader

            reader = Reader(store)
        texts = [_figure_cell(reader, row[i]) for row in rows]
        target = figure_partner(variables, i)
        if target is None:
            columns[i], names[i] = texts, stem
        else:
            columns[target] = [text or old for text, old in zip(texts, columns[target], strict=True)]
            keep[i] = False
    shown = [i for i in range(len(variables)) if keep[i]]
    headers = _headers([names[i] for i in shown])
    return headers, [[columns[i][r] for i in shown] for r in range(len(rows))]


def human_cells(
    variables: list[str], rows: list[list[Any]], store: Any = None, reader: Any = None
) -> tuple[list[str], list[list[str]]]:
    """Headers and cells as the table shows them (figures as stated, numbers with units), for
    faces that lay them out themselves (the server's HTML tables, a notebook's result)."""
    return _human(variables, rows, store, reader)


def display_header(var: str) -> str:
    suffix = var.rsplit("_", 1)[-1].lower() if "_" in var else ""
    return var[: -len(suffix) - 1] if suffix in SUFFIX_DIMENSIONS else var


def _headers(variables: list[str]) -> list[str]:
    """Column titles without unit suffixes, unless dropping one would make two columns alike."""
    short = [display_header(v) for v in variables]
    return [s if short.count(s) == 1 else v for s, v in zip(short, variables, strict=True)]


def table(variables: list[str], rows: list[list[Any]], store: Any = None, reader: Any = None) -> str:
    headers, cells = _human(variables, rows, store, reader)
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    numeric = [
        all(_is_number_cell(r[i]) for r in cells if r[i]) and any(r[i] for r in cells) for i in range(len(headers))
    ]

    def fmt(row: list[str]) -> str:
        parts = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(row, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _is_number_cell(text: str) -> bool:
    head = text.split(" ", 1)[0].replace(",", "").rstrip("%x")
    try:
        float(head)
    except ValueError:
        return False
    return True


def markdown(variables: list[str], rows: list[list[Any]], store: Any = None, reader: Any = None) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    headers, cells = _human(variables, rows, store, reader)
    lines = ["| " + " | ".join(esc(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    for row in cells:
        lines.append("| " + " | ".join(esc(c) for c in row) + " |")
    return "\n".join(lines) + "\n"


def select_output(fmt: str, variables: list[str], rows: list[list[Any]], store: Any = None, reader: Any = None) -> str:
    """SELECT results in ``fmt``; with ``store`` (or a figure ``reader``), table and Markdown show
    figure columns as text, and CSV, TSV, JSON and XML add their text as stated columns
    (:func:`with_stated`)."""
    if fmt in {"table", "md"}:
        return (table if fmt == "table" else markdown)(variables, rows, store, reader)
    if (store is not None or reader is not None) and any(_figure_stem(v) is not None for v in variables):
        if reader is None:
            from chipkg.figures import Reader

            reader = Reader(store)
        variables, rows = with_stated(variables, rows, reader)
    return {"csv": csv_results, "tsv": tsv_results, "json": json_results, "xml": xml_results}[fmt](variables, rows)


def boolean_text(value: bool, claimed_by: tuple[str, ...] | list[str] = ()) -> str:
    """A yes/no as people read it: "true", or, resting on vendors' own claims (``claimed_by``:
    ck:VendorClaim figures), "true, by d-Matrix's own claim"."""
    word = "true" if value else "false"
    if not claimed_by:
        return word
    whose = " and ".join(f"{name}'s" for name in claimed_by)
    return f"{word}, by {whose} own claim{'s' if len(claimed_by) > 1 else ''}"


def boolean_output(fmt: str, value: bool, claimed_by: tuple[str, ...] | list[str] = ()) -> str:
    """A boolean in ``fmt``: the W3C JSON and XML forms (whose readers know no claims: ``ask``'s JSON
    adds them as a member of its own, see chipkg.results), else :func:`boolean_text`."""
    if fmt == "json":
        return json_boolean(value)
    if fmt == "xml":
        return xml_boolean(value)
    return boolean_text(value, claimed_by) + "\n"


def graph_output(triples: list[Any], fmt: str) -> bytes:
    """CONSTRUCT / DESCRIBE results as RDF, serialized by pyoxigraph."""
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}
    if fmt == "jsonld":
        if hasattr(ox.RdfFormat, "JSON_LD"):
            formats["jsonld"] = ox.RdfFormat.JSON_LD
    rdf_format = formats.get(fmt, ox.RdfFormat.TURTLE)
    from chipkg.namespaces import PREFIXES

    kwargs: dict[str, Any] = {}
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = {p: i for p, i in PREFIXES.items()}
    try:
        return ox.serialize(triples, format=rdf_format, **kwargs) or b""
    except (OSError, ValueError) as exc:  # "JSON-LD does not support RDF 1.2 yet" (triple terms)
        raise QueryError(f"cannot write the result as {fmt}: {exc}") from None


def description(desc: Any) -> str:
    """A ``chipkg.describe.Description`` as grouped, aligned text: its header, then the blocks of
    ``describe.card`` (a table's key aligned, its other cells after it; sources in angle brackets
    inside tables, hedges in square ones)."""
    from chipkg.describe import card

    lines = [f"{desc.label}  <{desc.iri}>"]
    if desc.types:
        lines.append(f"  a: {', '.join(desc.types)}")
    if desc.alt_labels:
        lines.append(f"  also known as: {'; '.join(desc.alt_labels)}")
    if desc.comment:
        lines.append(f"  {desc.comment}")
    for section in card(desc):
        lines += ["", section.title]
        if section.bullet is not None:
            lines.extend(f"  {section.bullet}{_card_cell(row[0], bare=True)}" for row in section.rows)
            continue
        keys = [_card_cell(row[0]) for row in section.rows]
        width = max(len(k) for k in keys)
        for key, row in zip(keys, section.rows, strict=True):
            rest = "  ".join(text for text in (_card_cell(cell) for cell in row[1:]) if text)
            lines.append(f"  {key.ljust(width)}  {rest}".rstrip())
    return "\n".join(lines) + "\n"


def _card_cell(pieces: list[Any], bare: bool = False) -> str:
    out = []
    for p in pieces:
        if p.kind == "url" and not bare:
            out.append(f"<{p.text}>")
        elif p.kind == "hedge":
            out.append(f"[{p.text}]")
        else:
            out.append(p.text)
    return "".join(out)
