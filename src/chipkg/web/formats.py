"""Which media type an answer is sent in: content negotiation by ``Accept``, and ``format=``.

Each kind of answer offers a list of (media type, render format) in the server's order of
preference; the client's ``Accept`` ranges are weighed by their q-values (RFC 9110 12.5.1: the most
specific range that matches an offer gives its quality) and the best offer wins, ties going to the
server's order. A ``charset`` parameter other than UTF-8 does not match (every answer is UTF-8);
other parameters are ignored. Our own parser, not werkzeug's ``MIMEAccept``: that one treats
``text/csv; charset=utf-8`` as matching nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from chipkg.errors import NotAcceptable, UsageError


class Offer(NamedTuple):
    media_type: str  # what the response's Content-Type says (charset added when sent)
    fmt: str  # the render format: json, xml, csv, tsv, turtle, nt, jsonld, html, text


#: SELECT and ASK results (W3C SPARQL 1.1 Query Results JSON, XML, CSV, TSV); application/json and
#: application/xml are the names SPARQLWrapper and browsers also send for JSON and XML results.
RESULTS = [
    Offer("application/sparql-results+json", "json"),
    Offer("application/sparql-results+xml", "xml"),
    Offer("text/csv", "csv"),
    Offer("text/tab-separated-values", "tsv"),
    Offer("application/json", "json"),
    Offer("application/xml", "xml"),
]
#: CONSTRUCT and DESCRIBE results, entity data, the graph store, the service and VoID descriptions.
GRAPHS = [
    Offer("text/turtle", "turtle"),
    Offer("application/n-triples", "nt"),
    Offer("application/ld+json", "jsonld"),
    Offer("application/rdf+xml", "xml"),
    Offer("application/x-turtle", "turtle"),
    Offer("application/xml", "xml"),
    Offer("application/json", "jsonld"),
    Offer("text/plain", "nt"),
]
HTML = Offer("text/html", "html")
JSON = Offer("application/json", "json")
SVG = Offer("image/svg+xml", "svg")  # a chart (chipkg.charts)

#: ``format=`` values (for browsers, which cannot set Accept from a link) -> render format
FORMAT_NAMES = {
    "json": "json",
    "xml": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "html": "html",
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "rdfxml": "xml",
    "rdf": "xml",
    "rdf+xml": "xml",
}


class Range(NamedTuple):
    main: str
    sub: str
    q: float
    specificity: int  # 2 type/subtype, 1 type/*, 0 */*


def parse_accept(header: str) -> list[Range]:
    """The ranges of an Accept header; malformed items are skipped, as if absent."""
    ranges = []
    for item in header.split(","):
        kind, *params = (part.strip() for part in item.split(";"))
        main, slash, sub = kind.lower().partition("/")
        if not slash or not main or not sub or (main == "*" and sub != "*"):
            continue
        q, usable, utf8 = 1.0, True, True
        for param in params:
            name, _, value = (p.strip().lower() for p in param.partition("="))
            if name == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    usable = False
            elif name == "charset" and value.strip('"') not in {"utf-8", "utf8", "*"}:
                utf8 = False  # every answer is UTF-8: this range accepts none of them
        if usable:
            ranges.append(Range(main, sub, q if utf8 else 0.0, (main != "*") + (sub != "*")))
    return ranges


def quality(ranges: list[Range], media_type: str) -> float:
    """The q-value the most specific matching range gives ``media_type`` (0: not acceptable)."""
    main, _, sub = media_type.partition("/")
    best: Range | None = None
    for r in ranges:
        if (r.main in ("*", main)) and (r.sub in ("*", sub)):
            if best is None or r.specificity > best.specificity:
                best = r
    return best.q if best is not None else 0.0


def negotiate(accept: str | None, offers: list[Offer], fmt: str | None = None) -> Offer:
    """The offer to answer with: ``fmt`` (a ``format=`` override) if given, else the best by
    ``Accept`` (no header: the first offer). NotAcceptable (406) when nothing matches."""
    if fmt:
        chosen = None
        for given in fmt.split(","):  # SPARQLWrapper sends media types as a list ("a/b,c/d")
            wanted = FORMAT_NAMES.get(given.strip().lower())
            if wanted is None and "/" in given:  # a media type given as the format
                wanted = next((o.fmt for o in offers if o.media_type == given.strip().lower()), None)
            chosen = next((o for o in offers if o.fmt == wanted), None)
            if chosen is not None:
                break
        if chosen is None:
            names = sorted({name for name, f in FORMAT_NAMES.items() if any(o.fmt == f for o in offers)})
            raise UsageError(f"format={fmt!r} is not available here (available: {', '.join(names)})")
        return chosen
    if accept is None or not accept.strip():
        return offers[0]
    ranges = parse_accept(accept)
    if not ranges:
        return offers[0]  # nothing readable in the header: as if it were absent
    scored = [(quality(ranges, o.media_type), -i, o) for i, o in enumerate(offers)]
    q, _, best = max(scored)
    if q <= 0:
        kinds = ", ".join(dict.fromkeys(o.media_type for o in offers))
        raise NotAcceptable(
            f"none of the types in Accept: {' '.join(accept.split())[:200]} can carry this answer (available: {kinds})"
        )
    return best


def prefers_html(accept: str | None) -> bool:
    """A browser: text/html weighs at least as much as JSON and more than plain text."""
    if not accept:
        return False
    ranges = parse_accept(accept)
    html = quality(ranges, "text/html")
    return html > 0 and html >= quality(ranges, "application/json") and html > quality(ranges, "text/plain")
