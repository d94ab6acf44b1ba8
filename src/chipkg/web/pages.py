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
figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #ccd}.queries small{color:#555}
"""

#: (path, text) links in the navigation.
NAV = [
    ("/", "chipkg"),
    ("/ask", "Ask"),
    ("/queries", "Stored queries"),
    ("/editor", "SPARQL editor"),
    ("/charts", "Charts"),
    ("/sparql", "SPARQL endpoint"),
    ("/ontology", "Ontology"),
]


def layout(title: str, body: str, href: Callable[[str], str], *, extra_head: str = "", charts: str = "") -> str:
    """A whole page. ``href`` turns a server path into a link (it honours --base-url).
    ``extra_head`` goes into <head> (stylesheets from /static/), ``charts`` after the body
    (``charts_block``: the <img src="/charts/NAME.svg"> figures)."""
    nav = "".join(f'<a href="{escape(href(path))}">{escape(text)}</a>' for path, text in NAV)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style>{extra_head}</head>\n"
        f"<body><header><nav>{nav}</nav></header><main>\n<h1>{escape(title)}</h1>\n{body}\n"
        f"{charts}\n"
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
    """The describe card (``chipkg.describe.card``, the blocks ``chipkg describe`` prints): header,
    then each block as a table or a list; related entities linked to their own pages, sources
    linked outward, hedges set apart."""
    from chipkg.describe import card

    def cell(pieces: list[Any]) -> str:
        out = []
        for p in pieces:
            if p.kind == "entity" and p.target:
                out.append(link(href(p.target), p.text))
            elif p.kind == "url":
                out.append(outside_link(p.target))
            elif p.kind == "hedge":
                out.append(f'<span class="hedge">{escape(p.text)}</span>')
            else:
                out.append(escape(p.text))
        return "".join(out)

    parts = [f'<p class="iri">&lt;{escape(desc.iri)}&gt;</p>']
    if desc.types:
        parts.append(f"<p>a {escape(', '.join(desc.types))}</p>")
    if desc.alt_labels:
        parts.append(f"<p>also known as: {escape('; '.join(desc.alt_labels))}</p>")
    if desc.comment:
        parts.append(f"<p>{escape(desc.comment)}</p>")
    for section in card(desc):
        if section.bullet is not None:
            items = "".join(f"<li>{cell(row[0])}</li>" for row in section.rows)
            parts.append(f"<h2>{escape(section.title)}</h2><ul>{items}</ul>")
        else:
            rows = [[cell(c) for c in row] for row in section.rows]
            parts.append(f"<h2>{escape(section.title)}</h2>" + table([escape(h) for h in section.headers], rows))
    parts.append(f"<p>{data_links}</p>")
    return "\n".join(parts)


def ontology(terms: list[dict[str, str]]) -> str:
    """The ontology's terms, each at its own anchor (``/ontology#Chip`` for ``ck:Chip``)."""
    rows = []
    for t in terms:
        name = t["iri"].rsplit("#", 1)[-1]
        rows.append(
            [
                f'<a id="{escape(name)}" href="#{escape(name)}">{escape(name)}</a>',
                escape(t["label"]),
                escape(t["kind"]),
                escape(t["comment"]),
            ]
        )
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
            f" <small>{escape(hint)}: {escape(p.description)}</small></p>"
        )
    return (
        f'<form method="get" action="{escape(action)}">{"".join(fields)}{extra}'
        '<p><button type="submit">Run</button></p></form>'
    )


def ask_form(action: str, question: str) -> str:
    return (
        f'<form method="get" action="{escape(action)}"><p><input type="text" name="q" value="{escape(question)}"'
        ' placeholder="which chips support BF16?" autofocus> <button type="submit">Ask</button></p></form>'
    )


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


def home(
    href: Callable[[str], str],
    examples: list[tuple[str, str]],
    stored: list[tuple[str, str, list[str]]],
    charts: list[tuple[str, str]],
    groups: list[tuple[str, list[tuple[str, str]]]],
) -> str:
    """The front page: ask, the editor, the stored queries (each links its parameter form), the
    charts, and every chip's and organization's page."""
    tried = " · ".join(link(url, q) for url, q in examples)
    queries = "".join(
        f"<li>{link(url, title)}" + (f" <small>({escape(', '.join(params))})</small>" if params else "") + "</li>"
        for url, title, params in stored
    )
    parts = [
        "<p>A knowledge graph of AI accelerator chips. Ask a question, run a stored query, write SPARQL in the "
        f"{link(href('/editor'), 'editor')}, or point a SPARQL client at "
        f"{link(href('/sparql'), href('/sparql'))}.</p>",
        "<h2>Ask</h2>",
        ask_form(href("/ask"), ""),
        f"<p>For example: {tried}</p>",
        "<h2>SPARQL editor</h2>",
        f"<p>{link(href('/editor'), 'Open the query editor')}: write SPARQL with completion and see the "
        "results as a table, in your browser, against this server only.</p>",
        f'<h2>Stored queries</h2><ul class="queries">{queries}</ul>',
        "<h2>Charts</h2><p>"
        + " · ".join(link(url, title) for url, title in charts)
        + f" ({link(href('/charts'), 'all charts')})</p>",
    ]
    for title, items in groups:
        parts.append(
            f"<h2>{escape(title)}</h2><p>" + ", ".join(link(href(iri), label) for iri, label in items) + "</p>"
        )
    return "\n".join(parts)


def charts_intro() -> str:
    return (
        "<p>Figures as the article states them, one scale per unit (FLOPS and OPS in separate panels). A "
        'hedged figure is drawn as hedged: an "up to" figure has an arrow towards smaller values, an '
        '"over" figure one towards larger values, an approximate one an open marker. A chip with only one '
        'of the two figures sits in the "not stated" strip beside the axis that lacks it.</p>'
    )


def charts_block(charts: list[tuple[str, str]]) -> str:
    """Each chart as a figure: the SVG (an <img>, so it runs nothing) linked to itself."""
    return "".join(
        f'<figure><a href="{escape(url)}"><img src="{escape(url)}" alt="{escape(title)}"></a>'
        f"<figcaption>{escape(title)}</figcaption></figure>"
        for url, title in charts
    )
