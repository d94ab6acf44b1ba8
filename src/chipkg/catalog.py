"""The stored queries in ``queries/*.rq``: headers parsed into one dataclass, parameters typed.

A stored query starts with a comment header::

    # title: Chips on a process node with on-chip SRAM above a size
    # description: Chips built on the given process node whose on-chip SRAM
    #   (per chip) is larger than the threshold.
    # param: node node default 7nm: the process node
    # param: min_sram datasize default 100MB: on-chip SRAM strictly above this
    # example: chipkg query sram-on-node --param node=7nm --param min_sram=100MB

``param: NAME TYPE (default VALUE | required | optional): DESCRIPTION``. Each parameter binds the
query variable of the same name (``?min_sram``) to a typed RDF term parsed from the user's text.
A parameter that takes one of a few words has the type ``choice(a|b|c)``; any other word is refused
(an unknown ``order`` once ranked silently in the default order).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, NamedTuple

from chipkg import resources
from chipkg.errors import QueryError, UnknownQuery, UsageError
from chipkg.namespaces import CK
from chipkg.units import DIMENSIONS, parse_number, parse_quantity

XSD = "http://www.w3.org/2001/XMLSchema#"

# Parameter types naming an entity: the class whose instances (by label) the value must name.
ENTITY_TYPES: dict[str, tuple[str | None, str]] = {
    "chip": (CK + "Chip", "chip"),
    "chips": (CK + "Chip", "chip"),
    "org": (CK + "Organization", "organization"),
    "group": (CK + "OrganizationGroup", "organization group"),
    "node": (CK + "ProcessNode", "process node"),
    "format": (CK + "NumericFormat", "numeric format"),
    "memory": (CK + "MemoryTechnology", "memory technology"),
    "interconnect": (CK + "InterconnectTechnology", "interconnect technology"),
    "workload": (CK + "Workload", "workload"),
    "aspect": (CK + "Aspect", "aspect"),
    "kind": ("subclass:" + CK + "Processor", "chip kind"),
    "entity": (None, "entity"),
}
LITERAL_TYPES = {"string", "integer", "decimal", "boolean", "choice"}
# A ``limit`` parameter is not bound into the query: it caps the rows (SPARQL LIMIT cannot take a
# variable), e.g. ``n`` in "top N chips by INT8 performance".
ROW_LIMIT = "limit"
PARAM_TYPES = sorted([*ENTITY_TYPES, *LITERAL_TYPES, *DIMENSIONS, ROW_LIMIT])


class Param(NamedTuple):
    name: str
    type: str
    default: str | None
    required: bool
    description: str
    choices: tuple[str, ...] = ()  # the words a ``choice(a|b)`` parameter takes

    @property
    def unit(self) -> str | None:
        dim = DIMENSIONS.get(self.type)
        return dim.base if dim else None

    def describe_type(self) -> str:
        if self.type in DIMENSIONS:
            return f"{DIMENSIONS[self.type].name} (e.g. {DIMENSIONS[self.type].examples})"
        if self.type in ENTITY_TYPES:
            noun = ENTITY_TYPES[self.type][1]
            return f"comma-separated {noun} names" if self.type == "chips" else f"a {noun} name"
        if self.type == "choice":
            return "one of " + ", ".join(self.choices)
        return {
            "integer": "an integer",
            "decimal": "a number",
            "boolean": "true or false",
            "string": "text",
            ROW_LIMIT: "a whole number of rows",
        }[self.type]


class StoredQuery(NamedTuple):
    name: str
    title: str
    description: str
    params: list[Param]
    example: str
    sparql: str
    path: Path
    tags: tuple[str, ...] = ()
    ask: tuple[str, ...] = ()  # phrases that lead `chipkg ask` to this report ("market share")
    top: str = ""  # the column whose largest values "the most ..." asks for ("the biggest market share")
    #: verbs that say what a row's subject does with what the report lists ("who owns the biggest
    #: chunk of the market"), which `chipkg ask` reads as changing nothing ('# verbs:' header)
    verbs: tuple[str, ...] = ()
    #: the class of what the report's rows are about ('# subject: ChipDesigner': the market's holders
    #: are chip makers), so "which vendor has the biggest share" names the report's own subject
    subject: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>[a-z]+)(?:\((?P<choices>[\w|-]+)\))?\s*"
    r"(?:(?P<required>required)|(?P<optional>optional)|default\s+(?P<default>.+?))?\s*:\s*(?P<desc>.*)$"
)


def parse_header(text: str, path: Path) -> StoredQuery:
    fields: dict[str, list[str]] = {}
    params: list[Param] = []
    current: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:]
        m = re.match(r"^\s?(title|description|param|example|tags|ask|top|verbs|subject):\s*(.*)$", body)
        if m:
            current = m.group(1)
            if current == "param":
                pm = _PARAM.match(m.group(2).strip())
                if (
                    not pm
                    or pm.group("type") not in PARAM_TYPES
                    or ((pm.group("type") == "choice") != bool(pm.group("choices")))
                ):
                    raise QueryError(f"{path.name}: bad param line {m.group(2)!r}")
                choices = tuple((pm.group("choices") or "").split("|")) if pm.group("choices") else ()
                params.append(
                    Param(
                        pm.group("name"),
                        pm.group("type"),
                        pm.group("default"),
                        bool(pm.group("required")),
                        pm.group("desc").strip(),
                        choices,
                    )
                )
            else:
                fields.setdefault(current, []).append(m.group(2).strip())
        elif current and body.startswith("  ") and current != "param":
            fields[current].append(body.strip())
        elif current == "param" and body.startswith("   ") and params:
            last = params[-1]
            params[-1] = last._replace(description=f"{last.description} {body.strip()}".strip())
    if "title" not in fields:
        raise QueryError(f"{path.name}: stored query has no '# title:' header")
    for phrase in " ".join(fields.get("ask", [])).split(";"):  # "lower bounds => qualifier=lower bound"
        binding = phrase.partition("=>")[2].strip()
        if binding == "top" and not fields.get("top"):
            raise QueryError(
                f"{path.name}: ask phrase {phrase.strip()!r} leads to the top rows, and no '# top:' column"
            )
        if "=>" in phrase and binding != "top" and binding.partition("=")[0].strip() not in {p.name for p in params}:
            raise QueryError(f"{path.name}: ask phrase {phrase.strip()!r} binds no parameter of the query")
    return StoredQuery(
        name=path.stem,
        title=" ".join(fields["title"]),
        description=" ".join(fields.get("description", [])),
        params=params,
        example=" ".join(fields.get("example", [])),
        sparql=text,
        path=path,
        tags=tuple(" ".join(fields.get("tags", [])).replace(",", " ").split()),
        ask=tuple(p.strip() for p in " ".join(fields.get("ask", [])).split(";") if p.strip()),
        top=" ".join(fields.get("top", [])).strip(),
        verbs=tuple(v.strip() for v in " ".join(fields.get("verbs", [])).split(";") if v.strip()),
        subject=" ".join(fields.get("subject", [])).strip(),
    )


def load(path: Path) -> StoredQuery:
    """The stored query in ``path``, parsed once per version of the file: a server names a stored
    query in every other request, and the file changes only when someone edits it."""
    try:
        info = path.stat()
    except OSError as exc:
        raise QueryError(f"cannot read {path}: {exc.strerror}") from None
    return _load(path, info.st_mtime_ns, info.st_size, info.st_ino)


@functools.lru_cache(maxsize=256)
def _load(path: Path, _mtime_ns: int, _size: int, _inode: int) -> StoredQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read {path}: {exc.strerror}") from None
    return parse_header(text, path)


def stored_queries() -> list[StoredQuery]:
    return [load(p) for p in resources.query_files()]


def get(name: str) -> StoredQuery:
    """A stored query by name; an unknown name suggests the closest names."""
    path = resources.QUERIES_DIR / f"{name}.rq"
    if "/" in name or "\\" in name or name.startswith(".") or not path.is_file():
        import difflib

        known = [p.stem for p in resources.query_files()]
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `chipkg queries` lists them"
        raise UnknownQuery(f"unknown stored query {name!r}{hint}")
    return load(path)


class Bound(NamedTuple):
    """A stored query's parameters, parsed: RDF terms to bind, and an optional row limit."""

    bindings: dict[str, Any]
    limit: int | None = None


def bind(query: StoredQuery, given: dict[str, str], store: Any) -> Bound:
    """Parse each parameter's text into a typed RDF term; check unknown and missing ones."""
    unknown = [k for k in given if query.param(k) is None]
    if unknown:
        names = ", ".join(p.name for p in query.params) or "none"
        raise UsageError(f"unknown parameter {unknown[0]!r} for query {query.name!r} (parameters: {names})")
    bindings: dict[str, Any] = {}
    limit: int | None = None
    for param in query.params:
        text = given.get(param.name, param.default)
        if text is None:
            if param.required:
                missing = UsageError(
                    f"missing parameter {param.name!r} for query {query.name!r}: expected {param.describe_type()}"
                )
                missing.parameter = param.name
                raise missing
            continue
        if param.type == ROW_LIMIT:
            # ASCII digits only: str.isdigit() says yes to "²", which int() then refuses
            if not (text.strip().isascii() and text.strip().isdigit()) or int(text) < 1:
                raise UsageError(f"parameter {param.name!r}: {text!r} is not a positive whole number")
            limit = int(text)
            continue
        bindings[param.name] = term_for(param, text, store)
    return Bound(bindings, limit)


def term_for(param: Param, text: str, store: Any) -> Any:
    import pyoxigraph as ox

    from chipkg import lookup

    def double(value: float) -> Any:
        return ox.Literal(repr(float(value)), datatype=ox.NamedNode(XSD + "double"))

    try:
        if param.type in DIMENSIONS:
            return double(parse_quantity(text, param.type))
        if param.type == "integer":
            parse_number(text)  # ASCII digits and finite; then exact, not through a float
            return ox.Literal(str(int(text.replace(",", ""))), datatype=ox.NamedNode(XSD + "integer"))
        if param.type == "decimal":
            return double(parse_number(text))
        if param.type == "choice":
            if text.strip().lower() not in param.choices:
                raise ValueError
            return ox.Literal(text.strip().lower())
        if param.type == "boolean":
            if text.lower() not in {"true", "false", "yes", "no", "1", "0"}:
                raise ValueError
            value = "true" if text.lower() in {"true", "yes", "1"} else "false"
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "boolean"))
        if param.type == "string":
            return ox.Literal(text)
        class_iri, noun = ENTITY_TYPES[param.type]
        if param.type == "chips":
            names = [t.strip() for t in text.split(",") if t.strip()]
            if not names:
                raise ValueError
            return [ox.NamedNode(lookup.resolve(store, t, class_iri, noun)) for t in names]
        if param.type == "node":
            return ox.NamedNode(_resolve_node(store, text))
        return ox.NamedNode(lookup.resolve(store, text, class_iri, noun))
    except UsageError as exc:
        raise UsageError(f"parameter {param.name!r}: {exc.message}") from None
    except ValueError:
        raise UsageError(f"parameter {param.name!r}: {text!r} is not {param.describe_type()}") from None


def _resolve_node(store: Any, text: str) -> str:
    """A process node by label ("7nm", "7 nm") or by feature size ("7 nanometers")."""
    from chipkg import lookup

    found = lookup.candidates(store, text, CK + "ProcessNode")
    if len(found) == 1:
        return found[0].iri
    metres = parse_quantity(text, "length")
    rows = store.query(
        f"SELECT ?n ?v WHERE {{ ?n a <{CK}ProcessNode> ; <{CK}featureSize> ?f . ?f <{CK}normalizedValue> ?v }}"
    )
    for row in rows:
        if abs(float(row["v"].value) - metres) <= 1e-6 * metres:
            return row["n"].value
    known = sorted({lab for _e, _n, lab in lookup.names(store, CK + "ProcessNode")})
    raise UsageError(f"no process node of {text!r} in the graph (known: {', '.join(known)})")
