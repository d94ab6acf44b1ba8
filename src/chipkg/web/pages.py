"""The server's HTML: small server-rendered pages, no script, nothing fetched from elsewhere.

Each function takes data the library returned (a Description, stored queries, table cells) and
returns a whole page as text; every value is escaped here. ``layout`` is the one frame: its
navigation and its ``extra_head`` / ``charts`` blocks are where the web interface's editor
(``/editor``, ``/static/``) and charts (``/charts/NAME.svg``) plug in.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import urlencode

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header{background:#1d3557;color:#fff;padding:.6em 1.2em}header a{color:#fff;margin-right:1.1em}
main{padding:1em 1.2em;max-width:70em}table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ccd;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#eef}
code,pre{font:13px ui-monospace,monospace}.iri{color:#555;font-size:90%}.refused{color:#8b0000}
.hedge{color:#7a4b00}input[type=text]{width:28em}form p{margin:.4em 0}label{display:inline-block;min-width:10em}
"""

#: (path, text) links in the navigation; the web interface adds "/editor" here when it lands.
NAV = [("/", "chipkg"), ("/queries", "Stored queries"), ("/ask", "Ask"), ("/sparql", "SPARQL endpoint"),
       ("/ontology", "Ontology")]


def layout(title: str, body: str, href: Callable[[str], str], *, extra_head: str = "", charts: str = "") -> str:
    """A whole page. ``href`` turns a server path into a link (it honours --base-url).

    PLUG-IN POINT (web interface, issue 8): ``extra_head`` takes the editor's stylesheet and
    script tags (served from /static/), ``charts`` the <img src="/charts/NAME.svg"> block.
    """
    nav = "".join(f'<a href="{escape(href(path))}">{escape(text)}</a>' for path, text in NAV)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width\"><title>{escape(title)}</title>"
        f"<style>{_STYLE}</style>{extra_head}</head>\n"
        f"<body><header><nav>{nav}</nav></header><main>\n<h1>{escape(title)}</h1>\n{body}\n"
        f"<!-- charts block: chipkg.charts SVGs (/charts/NAME.svg) go here -->{charts}\n"
        "</main></body></html>\n"
    )


def link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def outside_link(url: str) -> str:
    """A link out of the server (a source URL): shown, never fetched by the page."""
    return f'<a href="{escape(url)}" rel="noopener noreferrer nofollow">{escape(url)}</a>'


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table of already-escaped cells."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def result_table(headers: list[str], cells: list[list[str]]) -> str:
    count = f"<p>{len(cells)} row{'s' if len(cells) != 1 else ''}</p>"
    return table([escape(h) for h in headers], [[escape(c) for c in row] for row in cells]) + count


def entity(desc: Any, href: Callable[[str], str], data_links: str) -> str:
    """The describe card: header, facts, figures (as stated, hedged, with sources), references,
    notes on the article, sources; related entities linked to their own pages."""

    def linked(text: str) -> str:
        iri = desc.links.get(text)
        return link(href(iri), text) if iri else escape(text)

    parts = [f'<p class="iri">&lt;{escape(desc.iri)}&gt;</p>']
    if desc.types:
        parts.append(f"<p>a {escape(', '.join(desc.types))}</p>")
    if desc.alt_labels:
        parts.append(f"<p>also known as: {escape('; '.join(desc.alt_labels))}</p>")
    if desc.comment:
        parts.append(f"<p>{escape(desc.comment)}</p>")
    if desc.facts:
        rows = [[escape(k), ", ".join(linked(v) for v in values)] for k, values in desc.facts.items()]
        parts.append("<h2>Facts</h2>" + table(["property", "value"], rows))
    if desc.figures:
        rows = []
        for f in desc.figures:
            hedge = f'<span class="hedge">{escape(f.qualifier)}</span>' if f.qualifier else ""
            source = outside_link(f.source) if f.source else ""
            rows.append([escape(f.property), escape(f.text), hedge, source])
        parts.append("<h2>Figures</h2>" + table(["property", "as the article states it", "hedge", "source"], rows))
    if desc.referenced_by:
        rows = [[escape(k), ", ".join(linked(v) for v in values)] for k, values in desc.referenced_by.items()]
        parts.append("<h2>Referenced by</h2>" + table(["property", "of"], rows))
    if desc.notes:
        items = "".join(f"<li>[{escape(n.kind)}] {escape(n.text)}</li>" for n in desc.notes)
        parts.append(f"<h2>Notes on the article</h2><ul>{items}</ul>")
    if desc.sources:
        items = "".join(f"<li>{outside_link(s)}</li>" for s in desc.sources)
        parts.append(f"<h2>Sources</h2><ul>{items}</ul>")
    parts.append(f"<p>{data_links}</p>")
    return "\n".join(parts)


def ontology(terms: list[dict[str, str]]) -> str:
    """The ontology's terms, each at its own anchor (``/ontology#Chip`` for ``ck:Chip``)."""
    rows = []
    for t in terms:
        name = t["iri"].rsplit("#", 1)[-1]
        rows.append([f'<a id="{escape(name)}" href="#{escape(name)}">{escape(name)}</a>',
                     escape(t["label"]), escape(t["kind"]), escape(t["comment"])])
    return table(["term", "label", "kind", "comment"], rows)


def query_form(action: str, params: list[Any], given: dict[str, str], extra: str = "") -> str:
    """A stored query's parameters as a form (GET, so results have a URL)."""
    fields = []
    for p in params:
        value = given.get(p.name, "")
        hint = p.describe_type() + ("" if p.required else f"; default {p.default}" if p.default else "; optional")
        required = " required" if p.required else ""
        fields.append(
            f'<p><label for="p-{escape(p.name)}">{escape(p.name)}</label> '
            f'<input type="text" id="p-{escape(p.name)}" name="{escape(p.name)}" value="{escape(value)}"'
            f' placeholder="{escape(p.default or "")}"{required}>'
            f' <small>{escape(hint)}: {escape(p.description)}</small></p>'
        )
    return (f'<form method="get" action="{escape(action)}">{"".join(fields)}{extra}'
            '<p><button type="submit">Run</button></p></form>')


def ask_form(action: str, question: str) -> str:
    return (f'<form method="get" action="{escape(action)}"><p><input type="text" name="q" value="{escape(question)}"'
            ' placeholder="which chips support BF16?" autofocus> <button type="submit">Ask</button></p></form>')


def refusal(message: str, reading: str | None, suggestions: list[str], suggest: Callable[[str], str]) -> str:
    parts = [f'<p class="refused">{escape(message)}</p>']
    if reading:
        parts.append(f"<p>read as: <code>{escape(reading)}</code></p>")
    if suggestions:
        items = "".join(f"<li>{link(suggest(s), s)}</li>" for s in suggestions)
        parts.append(f"<p>Did you mean:</p><ul>{items}</ul>")
    return "\n".join(parts)


def error(status: int, message: str) -> str:
    return f'<p class="refused">{status}: {escape(message)}</p>'


def formats_line(base: str, query: dict[str, str], formats: list[str], key: str = "format") -> str:
    """Links to the same answer in other formats ("json · csv")."""
    links = [link(f"{base}?{urlencode({**query, key: f})}", f) for f in formats]
    return "also as: " + " · ".join(links)
