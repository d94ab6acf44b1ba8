"""Run a frame's query and shape the answer: a list, a number, the top (ties kept), a ranking,
a figure as stated, or yes / no / "the article does not say".

An :class:`Answer` is a SPARQL-results-shaped table (``variables`` and rows of pyoxigraph terms,
the answer in the first variable) or a boolean, plus the reading of the question and the query
that produced it. Refusals and absent facts raise :class:`~chipkg.errors.NoAnswer` (exit 1)
carrying ``reading`` and ``suggestions`` for the CLI's JSON output.
"""

from __future__ import annotations

import math
import re
from types import SimpleNamespace
from typing import Any, NamedTuple

from chipkg.ask import compile as C
from chipkg.ask import frame as F
from chipkg.ask import lexicon, parse
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK, PREFIXES
from chipkg.units import format_number


class Answer(NamedTuple):
    reading: str
    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    sparql: str = ""
    #: a yes/no that rests on a vendor's own claim (ck:VendorClaim): whose claims ("d-Matrix"), so
    #: every face says "true, by d-Matrix's own claim", never a bare true
    claimed_by: tuple[str, ...] = ()
    #: the figures a yes/no comparison of two chips rests on (their IRIs), traced to a cited section
    #: (:func:`_compared_from_section`)
    compared: tuple[str, ...] = ()


#: how far above itself a lower bound is read as a contender (compile.LOWER_BOUND_REACH, with the
#: rest of the one rule for hedged figures: :func:`_span`)
LOWER_BOUND_REACH = C.LOWER_BOUND_REACH


def lexicon_of(store: Any) -> lexicon.Lexicon:
    return lexicon.lexicon(store, set(C.ASKABLE_PROPERTIES))


def frame_of(store: Any, question: str) -> F.Frame:
    """The frame ``question`` parses into (NoAnswer when it does not)."""
    return parse.read(question, lexicon_of(store))


def _under_heading(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "How many chips are under the Megacap Players heading?": read as the chips its organizations
    design, which is the answer only if the article names each of them in a section about one of
    those organizations; the H100 is Nvidia's but named only in d-Matrix's section: refused, naming
    it, since 'under the heading' may mean either."""
    listed = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS, heading=None)))
    query = (
        f"SELECT DISTINCT ?l WHERE {{ ?c a ck:Chip ; rdfs:label ?l ; ck:section ?s . "
        f"?s ck:profiles ?o . ?o a <{frame.heading}> }}"
    )
    named = {r[0].value for r in _run(store, C.Compiled("select", query, ("l",))).rows}
    outside = sorted(r[0].value for r in listed.rows if r[0].value not in named)
    if outside:
        title = lex.terms.get(frame.heading or "", ("that", False))[0]
        raise NoAnswer(
            f"I can't answer that: {', '.join(outside)} "
            f"{'is' if len(outside) == 1 else 'are'} designed by a {title} but named only in other "
            "sections of the article; ask for the chips designed by them"
        )


def _in_units_asked(frame: F.Frame, answered: Answer) -> Answer:
    """ "What is NorthPole's SRAM (in GB)?": each figure is shown in the unit the article states it
    in (192 MB), never converted; asked in another unit, the question is refused, naming the figure.
    Of several figures ("gaudi 3 petaflops": 14.7 petaflops per node, up to 15 exaflops per cluster),
    the unit asked picks those stated in it, the reading says so; the refusal named the other figure
    and said the article gives none in petaflops, which it does."""
    if "stated_unit" not in answered.variables:
        return answered
    at = answered.variables.index("stated_unit")

    def in_asked(row: list[Any]) -> bool:
        stated = row[at].value if row[at] is not None else ""
        return bool(stated) and all(parse.same_unit(asked, stated) for asked in frame.units_asked)

    kept = [row for row in answered.rows if in_asked(row)]
    if kept and len(kept) < len(answered.rows):
        said = ", ".join(frame.units_asked)
        return answered._replace(rows=kept, reading=answered.reading + f" · the figures stated in {said}")
    for row in answered.rows:
        if not in_asked(row):
            figure = row[0].value if row[0] is not None else ""
            asked = next(a for a in frame.units_asked if not parse.same_unit(a, row[at].value if row[at] else ""))
            raise NoAnswer(
                f"I can't answer that: the article gives the figure as {figure}, not in {asked}; "
                f"figures are shown in the unit the article states (ask without '{asked}')"
            )
    return answered


#: what each point of a range a question may ask for (Frame.points) says, and the qualifiers of a
#: figure that is stated as something else: "minimum" no qualifier says (the article gives figures,
#: not their ranges); "nominal" only ck:Nominal says; "actual" is not a peak ("up to"), a rated
#: value, a vendor's claim or a likely one; "maximum" is not a typical value nor a lower bound
_POINTS = {
    "minimum": "the least value a figure takes, which the article gives of no figure",
    "nominal": "a typical (nominal) value",
    "actual": "the value actually reached, not a peak ('up to'), a rated value or a vendor's claim",
    "maximum": "the most a figure reaches, which a typical (nominal) value or a lower bound ('over') is not",
}
_NOT_ACTUAL = frozenset(CK + q for q in ("UpperBound", "Nominal", "VendorClaim", "Uncertain"))
#: a binary unit of data size as a question writes it ("GiB", "MiB", "Gib")
_BINARY_UNIT = re.compile(r"[KkMmGgTtPp]i[Bb]\b")


def _at_point(point: str, qualifiers: set[str]) -> bool:
    """Whether a figure with ``qualifiers`` is stated as the ``point`` of its range asked."""
    if point == "nominal":
        return CK + "Nominal" in qualifiers
    if point == "actual":
        return not qualifiers & _NOT_ACTUAL
    if point == "maximum":  # as a value question's "its maximum power" reads (_not_a_maximum)
        return not qualifiers & {CK + "Nominal", CK + "LowerBound", CK + "statedMagnitude"}
    return False  # "minimum": the article states no figure as the least of a range


def _figures_compared(store: Any, frame: F.Frame) -> list[tuple[str, str, F.Measure, str]]:
    """(chip, chip label, measure, figure IRI) of every per-chip figure the frame compares, ranks or
    shows: of each measure of its constraints (and of its metric) held by the chips its other plain
    constraints pick (its named chips, if any), whether or not the figure is in the range asked; of
    an organization question, those of the chips its organizations are asked through."""
    plain = (F.Relation, F.Kind, F.Memory, F.Identity, F.Profiled)
    groups: list[tuple[list[F.Measure], tuple]] = []
    if frame.ask == F.ORGS or frame.counting_orgs:
        for k in frame.constraints:
            if isinstance(k, F.OrgOfChips):
                inner = k.constraints
                groups.append(
                    ([x for x in inner if isinstance(x, F.Measure)], tuple(x for x in inner if isinstance(x, plain)))
                )
    else:
        measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
        if frame.metric is not None and frame.metric.prop in C.MEASURES:
            measures.append(F.unbounded(frame.metric))
        kept = tuple(k for k in frame.constraints if isinstance(k, plain))
        if frame.subjects:
            kept += (F.Identity(tuple(frame.subjects)),)
        groups.append((measures, kept))
    found: list[tuple[str, str, F.Measure, str]] = []
    for measures, kept in groups:
        for m in measures:
            w = C._Writer()
            body = C.chip_constraints(w, "?c", kept)
            path = C.metric_path(w, "?c", "?f", m._replace(low=None, high=None))
            query = (
                f"SELECT DISTINCT ?c ?chip ?f WHERE {{ {w.block()} ?c a ck:Chip . {body} {path} "
                "?f ck:normalizedValue ?n . ?c rdfs:label ?chip . } ORDER BY ?chip ?f"
            )
            for c, chip, f in _run(store, C.Compiled("select", query, ("c", "chip", "f"))).rows:
                found.append((c.value, chip.value, m, f.value))
    return found


def _points_checked(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Does the M4 have a minimum clock above 3 GHz?", "which chip has the highest typical clock?",
    "does the Groq LPU typically reach 1 PetaOPS?": the point of a range asked (Frame.points) must be
    the one each figure compared is stated as (its ck:qualifier); an "up to" figure answered them
    as if it were that point. "128 GiB" (Frame.binary_units) is compared only with figures stated in
    a binary unit: the article's "128 GB" does not say whether its GB are decimal or binary, so a
    decimal reading's "false" said more than the article does. Otherwise refused, naming the figure."""
    if not frame.points and not frame.binary_units:
        return
    from chipkg import figures

    found = _figures_compared(store, frame)
    qualifiers = _qualifiers(store, sorted({iri for *_, iri in found}))
    for c, chip, m, iri in found:
        fig = figures.figure(store, iri)
        label = _metric_label(F.metric_of(m), lex)
        for word, point, whose in frame.points:
            if (not whose or whose == c) and not _at_point(point, qualifiers.get(iri, set())):
                raise NoAnswer(
                    f"I can't answer that: '{word}' asks for {_POINTS[point]}, and the article gives "
                    f"{chip}'s {label} as '{fig.text}', not as that"
                )
        stated = fig.stated_unit or ""
        if frame.binary_units and fig.normalized is not None and not _BINARY_UNIT.search(stated):
            if parse.data_size_unit(stated):
                # "2048 MB", "0.25 TB": a round binary amount, which may be meant in binary units
                counts = "counts" if _BINARY_UNIT.search(frame.binary_units[0]) else "may count"
                raise NoAnswer(
                    f"I can't answer that: '{frame.binary_units[0]}' {counts} in binary units (2^10 per step), and "
                    f"the article gives {chip}'s {label} as '{fig.text}' without saying whether its "
                    f"{stated} is decimal or binary; ask in {stated}"
                )


def _format_premise_held(store: Any, text: str, chip: str, fmt: str, lex: lexicon.Lexicon) -> None:
    """ "treating NorthPole's '8-bit precision' figure as INT8": the graph must record the chip with
    that format (it supports it, or a figure of it is at that precision); else refused, naming it."""
    w = C._Writer()
    c, _ = w.values([C._iri(chip)])
    f, _ = w.values([C._iri(fmt)])
    query = f"ASK {{ {w.block()} {{ {c} ck:supportsFormat {f} }} UNION {{ {c} ?p ?x . ?x ck:precision {f} }} }}"
    if not _run(store, C.Compiled("ask", query, ())).boolean:
        raise NoAnswer(
            f"I can't answer that: '{text}' does not hold: the article's figures of {lex.entities[chip][0]} are not "
            f"recorded as {lex.entities[fmt][0]}"
        )


def _said_as(fig: Any, numbers: tuple[float, ...], said: list[Any], lex: lexicon.Lexicon) -> bool:
    """Whether one of the numbers a rider says of a figure is the figure's own, in a unit of the
    figure's kind: "taking Groq's 'up to 1 PetaFLOPS' at face value" names no 1 PetaOPS figure, nor
    "the M4's 'up to 100 Gb/s'" its 100 GB/s, nor "'up to 100 GB'" a bandwidth (red team 91: each was
    accepted, its number alone compared). ``said`` holds the quantities of the rider's words; a number
    said with no unit ("as 200") is its number only."""
    if fig.normalized is None:
        return False
    for n in numbers:
        if not math.isclose(fig.normalized, n):
            continue
        units = [q for q in said if any(math.isclose(v, n) for _, v in q.readings)]
        if not units or any(_unit_of_kind(q, fig, lex) for q in units):
            return True
    return False


def _unit_of_kind(quantity: Any, fig: Any, lex: lexicon.Lexicon) -> bool:
    """Whether a quantity said is in a unit of the figure's kind: of the same dimension as the
    figure's stated unit, and operations or floating-point operations as the figure's are. A stated
    unit no quantity reads (a count's "billion", "parameters") is not compared."""
    stated = [q for q in _said_quantities(f"1 {fig.stated_unit}", lex) if q.readings] if fig.stated_unit else []
    if len(stated) != 1:
        return True
    dimensions = {d for d, _ in quantity.readings}
    if not dimensions & {d for d, _ in stated[0].readings}:
        return False
    if "performance" in dimensions:
        return ("flop" in quantity.text.lower()) == ("flop" in str(fig.stated_unit).lower())
    return True


def _said_quantities(text: str, lex: lexicon.Lexicon) -> list[Any]:
    """The quantities of ``text`` as the question's lexicon segments them."""
    return [x for x in parse.segment(text, lex) if x.kind == "qty"]


def _quoted_figure_stated(
    store: Any,
    text: str,
    what: str,
    numbers: tuple[float, ...],
    measures: list[F.Measure | F.Metric],
    lex: lexicon.Lexicon,
) -> None:
    """ "taking 'over 10 billion' as 10 billion": a rider that quotes a figure of no chip named holds
    when some chip's figure of a measure the question compares (at any scope) is stated with those
    hedges at that number; else refused, as a rider of one chip is."""
    from chipkg import figures

    hedged = set(what.partition("=")[2].split("|"))
    found: list[str] = []
    for m in measures:
        w = C._Writer()
        path = C.metric_path(w, "?c", "?f", m, any_scope=True)
        query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {path} }} ORDER BY ?f"
        found += [row[0].value for row in _run(store, C.Compiled("select", query, ("f",))).rows]
    if not found:
        raise NoAnswer(f"I can't answer that: '{text}' quotes a figure, and the question compares none")
    qualifiers = _qualifiers(store, sorted(set(found)))
    if not any(
        hedged <= qualifiers.get(iri, set())
        and (fig := figures.figure(store, iri)).normalized is not None
        and _said_as(fig, numbers, _said_quantities(text, lex), lex)
        for iri in found
    ):
        raise NoAnswer(f"I can't answer that: '{text}' does not hold: no figure the question compares is stated so")


def _riders_checked(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "treating the M4's 'up to' figure as its peak", "taking the AI 100 Ultra's single-card figure
    as its power" (``Frame.riders``, chipkg.ask.parse.riders): a premise about one chip's figure. The
    chip's figures the question compares (of each measure it asks, in the scopes it compares) must be
    there and each stated so: hedged "up to" (at the number said, if one is), with the hedge named
    ("as a vendor claim"), or of the scope named.
    Otherwise the premise does not hold, and the question is refused, naming the figure."""
    if not frame.riders:
        return
    from chipkg import figures

    measures: list[F.Measure | F.Metric] = [
        k._replace(low=None, high=None) for k in frame.constraints if isinstance(k, F.Measure)
    ]
    if frame.metric is not None and frame.metric.prop in C.MEASURES:
        measures.append(frame.metric)
    for text, chip, what, numbers in frame.riders:
        quoted = _said_quantities(text, lex)
        if what.startswith("format="):
            _format_premise_held(store, text, chip, what.partition("=")[2], lex)
            continue
        if chip == "*":
            _quoted_figure_stated(store, text, what, numbers, measures, lex)
            continue
        if what == "stated" and CK + "Chip" not in lex.entities.get(chip, ("", ()))[1]:
            # "taking Qualcomm's figure as stated": said of the one chip asked that it designs
            own = [c for c in frame.subjects if chip in lex.designers.get(c, ())]
            if len(own) != 1:
                raise NoAnswer(
                    f"I can't answer that: '{text}' is said of a figure of {lex.entities[chip][0]}'s, "
                    "and the question names no one chip of theirs"
                )
            chip = own[0]
        name = lex.entities[chip][0]
        # one figure asked of that scope ("Taking the AI 100 Ultra in a dual-card configuration, what
        # model size ..."): the answer shows only figures of the scope (parse.riders.with_riders), so
        # the chip must have one among all its figures of the measure; elsewhere (a ranking, a most) the
        # figures compared are the chip's of the scopes compared, each of which must be of the scope
        alone = what != "upto" and not what.startswith("hedge=") and frame.ask == F.VALUE and frame.scope == what
        found: list[str] = []
        memories = [k for k in frame.constraints if isinstance(k, F.Memory)]
        if not measures and what.startswith("hedge=") and (memories or frame.metric is not None):
            # "taking the MI350's 'likely HBM3E' as stated" beside chips with a memory: the chip's memories
            # of the technologies the question asks (any, if it names none) carry the hedge; a question
            # that compares nothing ("which chip runs slowest? Keep NorthPole's 'nominal' hedge") has none
            found += _memories_of(store, chip, memories)
        for m in measures:
            w = C._Writer()
            path = C.metric_path(w, "?c", "?f", m, any_scope=alone)
            query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} VALUES ?c {{ <{chip}> }} {path} }} ORDER BY ?f"
            found += [row[0].value for row in _run(store, C.Compiled("select", query, ("f",))).rows]
        if not found and not measures:  # "How many chips have HBM, counting SambaNova's 64 GB?": no figure compared
            raise NoAnswer(f"I can't answer that: '{text}' is said of {name}'s figure, and the question compares none")
        if not found:
            # "List chips with more than 1 TB of memory, counting Cerebras's 1,200 TB" (red team 72): its
            # figure is per system, of a scope the question does not compare; "gives none" denied it
            elsewhere: list[str] = []
            for m in measures:
                w = C._Writer()
                path = C.metric_path(w, "?c", "?f", m, any_scope=True)
                query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} VALUES ?c {{ <{chip}> }} {path} }} ORDER BY ?f"
                elsewhere += [
                    figures.figure(store, r[0].value).text
                    for r in _run(store, C.Compiled("select", query, ("f",))).rows
                ]
            if elsewhere:
                raise NoAnswer(
                    f"I can't answer that: '{text}' is said of {name}'s figure, which the article gives only at "
                    f"another scope than the one compared ({'; '.join(sorted(set(elsewhere)))})"
                )
            raise NoAnswer(f"I can't answer that: '{text}' is said of {name}'s figure, and the article gives none here")
        if alone:
            w = C._Writer()
            f, _ = w.values([C._iri(iri) for iri in sorted(set(found))])
            query = f"SELECT {f} WHERE {{ {w.block()} {f} ck:scope <{what}> . }}"
            if not _run(store, C.Compiled("select", query, ("f",))).rows:
                said = "; ".join(sorted({figures.figure(store, iri).text for iri in found}))
                raise NoAnswer(
                    f"I can't answer that: '{text}' does not hold: the article gives {name}'s figure as '{said}'"
                )
            continue
        qualifiers = _qualifiers(store, sorted(set(found)))
        one_named = what == "value" or (
            numbers and (what == "upto" or what.startswith("hedge=")) and len(set(found)) > 1
        )
        if one_named:
            # "counting d-Matrix's 2 GB" (a figure of that number), "taking NorthPole's 'over 200 TOPS' as
            # 200 TOPS" beside TOPS of any precision: the rider names one of the chip's figures by its
            # number (and hedge); it holds when one of them is stated so, the others compared as read.
            # Checked figure by figure, NorthPole's 800 TOPS at 2-bit denied it (red team 70)
            hedged = (
                set()
                if what == "value"
                else {CK + "UpperBound"}
                if what == "upto"
                else set(what.partition("=")[2].split("|"))
            )
            if any(
                hedged <= qualifiers.get(iri, set()) and _said_as(figures.figure(store, iri), numbers, quoted, lex)
                for iri in found
            ):
                continue
            said = "; ".join(sorted({figures.figure(store, iri).text for iri in found}))
            raise NoAnswer(
                f"I can't answer that: '{text}' does not hold: the article gives {name}'s figures as '{said}'"
            )
        for iri in found:
            fig = figures.figure(store, iri)
            if what == "stated":  # "taking Groq's figure as stated": the figure is there, as every one is read
                held = True
            elif what.startswith("hedge="):  # "taking d-Matrix's figure as a vendor claim"
                hedged = set(what.partition("=")[2].split("|"))
                held = hedged <= qualifiers.get(iri, set()) and (not numbers or _said_as(fig, numbers, quoted, lex))
            elif what == "count":  # "Count SambaNova's 'dual-chip design' as two dies": that many
                held = fig.normalized is not None and any(math.isclose(fig.normalized, n) for n in numbers)
            elif what == "upto":
                held = CK + "UpperBound" in qualifiers.get(iri, set()) and (
                    not numbers or _said_as(fig, numbers, quoted, lex)
                )
            else:
                query = f"SELECT ?f WHERE {{ VALUES ?f {{ <{iri}> }} ?f ck:scope <{what}> . }}"
                held = bool(_run(store, C.Compiled("select", query, ("f",))).rows) and (
                    not numbers or _said_as(fig, numbers, quoted, lex)
                )
            if not held:
                raise NoAnswer(
                    f"I can't answer that: '{text}' does not hold: the article gives {name}'s figure as '{fig.text}'"
                )


def _memories_of(store: Any, chip: str, memories: list[F.Memory]) -> list[str]:
    """The memory figures (ck:memory) of ``chip`` whose technology is one of ``memories``' or
    narrower (every memory figure of the chip when none is given)."""
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    techs = [k.technology for k in memories if k.technology]
    narrowed = ""
    if techs:
        t, _ = w.values([C._iri(x) for x in sorted(set(techs))])
        narrowed = f"?f ck:memoryTechnology/skos:broader* {t} ."
    query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {var} ck:memory ?f . {narrowed} }} ORDER BY ?f"
    return [row[0].value for row in _run(store, C.Compiled("select", query, ("f",))).rows]


def _as_multiple(answered: Answer) -> None:
    """ "Give the multiplier.", "Express it as a multiple.": each claim answered must be stated as a
    multiple of its baseline, in a unit that is its own normalized value (ck:TIMES: "4x", "double");
    one stated in percent ("67% greater", normalized 1.67) is refused, never converted."""
    if not {"stated_value", "normalized"} <= set(answered.variables) or not answered.rows:
        raise NoAnswer("I can't answer that: the question asks for a multiple, and the answer holds no figure")
    value, normalized = answered.variables.index("stated_value"), answered.variables.index("normalized")
    for row in answered.rows:
        stated = row[value].value if row[value] is not None else None
        base = row[normalized].value if row[normalized] is not None else None
        if stated is None or base is None or float(stated) != float(base):
            figure = row[0].value if row[0] is not None else ""
            raise NoAnswer(
                f"I can't answer that: the article gives the figure as {figure}, not as a multiple; "
                "figures are shown as the article states them (ask without 'multiple')"
            )


def answer_frame(store: Any, frame: F.Frame) -> Answer:
    """Answer a frame built by hand (the Python API and tests; ``answer`` parses a question)."""
    lex = lexicon_of(store)
    _check_tiers_said(store, frame, lex)
    frame, set_aside = _set_figures_aside(store, frame, lex)
    frame, magnitudes = _magnitudes_said(store, frame, lex)
    set_aside += magnitudes
    frame, kinds = _kinds_set_aside(store, frame, lex)
    disjoint = _set_aside_disjoint(store, frame, lex)
    _points_checked(store, frame, lex)
    _riders_checked(store, frame, lex)
    _largest_above_bound(store, frame, lex)
    frame = frame._replace(most_stated=frame.ask == F.TOP and frame.claim is None)
    _links_of_purpose(store, frame, lex)
    answered = _answer(store, frame, lex, describe_frame(frame, lex) + set_aside + kinds + disjoint)
    return _examples_held(store, frame, _rather_than_checked(store, frame, answered, lex), lex)


def answer(store: Any, question: str, list_counted: bool = False) -> Answer:
    """Answer ``question``; ``list_counted``: a "how many" question lists what it counts instead."""
    lex = lexicon_of(store)
    frame = parse.read(question, lex)
    _article_among_sources(store, question)
    if list_counted and frame.ask == F.COUNT and not frame.group_by and not frame.distinct:
        frame = frame._replace(ask=F.ORGS if frame.counting_orgs else F.CHIPS, counting_orgs=False)
    reading = describe_frame(frame, lex)
    try:
        _check_tiers_said(store, frame, lex)
        frame, set_aside = _set_figures_aside(store, frame, lex)
        reading += set_aside
        frame, magnitudes = _magnitudes_said(store, frame, lex)
        reading += magnitudes
        frame, kinds = _kinds_set_aside(store, frame, lex)
        reading += kinds
        reading += _set_aside_disjoint(store, frame, lex)
        _points_checked(store, frame, lex)
        _riders_checked(store, frame, lex)
        _largest_above_bound(store, frame, lex)
        # the question's own most answered, not one inside it nor a yes/no of it (frame.claim)
        frame = frame._replace(most_stated=frame.ask == F.TOP and frame.claim is None)
        _links_of_purpose(store, frame, lex)
        _admitted_scope_held(store, frame, lex)
        answered = _answer(store, frame, lex, reading)
        _up_to_agreed(store, frame, answered, lex)
        if frame.baselines_asked is not None:
            answered = _baselines_answered(store, frame, answered, lex)
        answered = _stated_outright(store, frame, answered, lex)
        answered = _outright_figures(store, frame, answered, lex)
        _bound_on_its_limit(store, frame, lex)
        _stated_for_certain(store, frame, answered, lex)
        _unhedged_unclear(store, frame, answered, lex)
        answered = _rather_than_checked(store, frame, answered, lex)
        answered = _chips_aside_checked(store, frame, answered, lex)
        answered = _claims_aside_checked(frame, answered)
        _dropped_checked(store, frame, lex)
        _profiled_count_checked(store, frame, answered)
        _set_count_checked(store, frame)
        _scale_out_by_the_link_named(store, frame, lex)
        if frame.heading is not None:
            _under_heading(store, frame, lex)
        if frame.units_asked and frame.ask == F.VALUE:  # a ranking's unit names its measure only
            answered = _in_units_asked(frame, answered)
        if frame.as_multiple:
            _as_multiple(answered)
        answered = _examples_held(store, frame, answered, lex)
        if frame.restated:
            _check_restated(store, frame, lex)
        if frame.section is not None:
            _from_section(store, frame, answered, lex)
        if frame.claimant:
            _by_claimant(store, frame, answered, lex)
        return _precisions_read(store, answered)
    except NoAnswer as exc:
        exc.reading = reading  # type: ignore[attr-defined]
        raise


def _precisions_read(store: Any, answered: Answer) -> Answer:
    """An answer that shows a figure's precision says so where that precision is the graph's
    reading of the article, not its words (NorthPole's "8-bit" shown as INT8: red team 121, W7),
    as a list of the chips supporting INT8 does in its hedge column."""
    if "precision" not in answered.variables or "chip" not in answered.variables:
        return answered
    at, chip_at = answered.variables.index("precision"), answered.variables.index("chip")
    shown = {str(r[chip_at].value) for r in answered.rows if r[at] is not None and r[chip_at] is not None}
    notes = _fact_hedges(store, {CK + "supportsFormat"}, reading_only=True) if shown else {}
    said = [f"{chip}'s precision is the graph's reading: {notes[chip]}" for chip in sorted(shown) if chip in notes]
    if not said:
        return answered
    return answered._replace(reading=answered.reading + " · " + "; ".join(said))


def _baselines_answered(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> Answer:
    """ "Which Nvidia chip does d-Matrix compare the Corsair against?": the chip's comparison claims
    (the comparisons report), the baseline first, kept where it is of the organization said (the
    baseline a chip of it), older where said (the chip the successor of the baseline, or a baseline
    the article describes as a previous one) and compared by the organization said (the chip's
    designer). A baseline the question says but the graph does not is refused, never dropped."""
    assert frame.baselines_asked is not None
    designer, claimant, older = frame.baselines_asked
    chip = frame.subjects[0]
    chip_label = lex.entities[chip][0]

    def holds(query: str) -> bool:
        return bool(_run(store, C.Compiled("ask", query, ())).boolean)

    if claimant and not holds(f"ASK {{ <{chip}> ck:designedBy <{claimant}> }}"):
        raise NoAnswer(
            f"I can't answer that: the article gives {chip_label}'s comparisons as its designer's, and "
            f"{lex.entities[claimant][0]} is not its designer"
        )
    if "baseline_name" not in answered.variables:
        raise NoAnswer(f"I can't answer that: the article compares {chip_label} with no baseline")
    at = answered.variables.index("baseline_name")
    labels = lex.by_label()
    kept: list[list[Any]] = []
    dropped: list[list[Any]] = []
    rows = _claims_described(store, frame, answered, lex)
    for row in rows:
        name = str(row[at].value) if row[at] is not None else ""
        baseline = labels.get(name)
        fits = bool(name)
        if fits and designer:
            fits = baseline is not None and holds(f"ASK {{ <{baseline}> ck:designedBy <{designer}> }}")
        if fits and frame.baseline_gpu:  # "which GPU": a baseline the graph holds is a GPU
            fits = baseline is not None and lex.is_a(baseline, CK + "GPU")
        if fits and older:
            fits = (
                holds(f"ASK {{ <{chip}> ck:successorOf <{baseline}> }}")
                if baseline is not None
                else name.lower().startswith(("previous", "prior", "earlier", "first"))
            )
        (kept if fits else dropped).append(row)
    if not kept:
        said = "; ".join(sorted({str(r[at].value) for r in answered.rows if r[at] is not None}))
        what = " and ".join(
            w
            for w in (
                "older" if older else "",
                "a GPU" if frame.baseline_gpu else "",
                f"of {lex.entities[designer][0]}" if designer else "",
            )
            if w
        )
        raise NoAnswer(
            f"I can't answer that: the article compares {chip_label} with {said or 'nothing'}, and the graph "
            f"does not hold that any of them is {what or 'a chip'}"
        )
    order = [at, *(k for k in range(len(answered.variables)) if k != at)]
    described = " of the claims described" if frame.baseline_claims is not None else ""
    return answered._replace(
        reading=answered.reading + f" · the baselines asked{described}",
        variables=["baseline", *(answered.variables[k] for k in order[1:])],
        rows=[[row[k] for k in order] for row in kept],
    )


def _claims_described(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> list[list[Any]]:
    """The comparisons report's rows of the claims the question describes ("the MI350's up-to-35x
    inference gain": Frame.baseline_claims, those a value question of them answers), each multiple
    said the stated multiple of one of them; all rows where none is described. Refused where the
    description fits no claim, or a multiple said is none of theirs."""
    if frame.baseline_claims is None:
        return answered.rows
    chip = frame.subjects[0]
    picked = _value(store, F.Frame(F.VALUE, (), subjects=(chip,), metric=frame.baseline_claims), lex, "")
    value = picked.variables.index("stated_value")
    # a claim of the value answer, by what it measures and its stated number
    said = [(str(r[0].value), float(r[value].value)) for r in picked.rows if r[value] is not None]
    aspect = answered.variables.index("aspect_name")
    factor = answered.variables.index("factor")

    def described(row: list[Any]) -> bool:
        if row[aspect] is None or row[factor] is None:
            return False
        return any(
            f", {row[aspect].value}," in f"{text}," and math.isclose(number, float(row[factor].value))
            for text, number in said
        )

    rows = [r for r in answered.rows if described(r)]
    if not rows:
        shown = "; ".join(text for text, _ in said)
        raise NoAnswer(f"I can't answer that: the comparisons report holds none of the claims described: {shown}")
    for multiple in frame.baseline_multiples:
        if not any(math.isclose(float(r[factor].value), multiple) for r in rows):
            raise NoAnswer(
                f"I can't answer that: the article states no such claim of {lex.entities[chip][0]} as "
                f"{format_number(multiple)}x; it states: {'; '.join(text for text, _ in said)}"
            )
    return rows


def _admitted_scope_held(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Which uses more power, the e75 or the e150 per card?": a scope admitted beside per-chip figures
    of named chips (``metric.with_scope``: the AI 100 Ultra's 150 W per card) must be that of a figure
    one of them has; otherwise the per-chip figures would be compared as the scope asked (red team 69):
    refused."""
    m = frame.metric
    named = list(frame.subjects) + [
        c for k in frame.constraints if isinstance(k, F.Identity) and not k.negated for c in k.chips
    ]
    if m is None or m.with_scope in (None, "any") or not named or m.prop not in C.MEASURES:
        return
    w = C._Writer()
    chips, _ = w.values([C._iri(c) for c in named])
    scope, _ = w.values([C._iri(m.with_scope)])
    path = C.MEASURES[m.prop].path.format(c=chips, f="?f")
    if not _run(store, C.Compiled("ask", f"ASK {{ {w.block()} {path} ?f ck:scope {scope} . }}", ())).boolean:
        said = _scope_words(m.with_scope, lex)
        names = " or ".join(lex.entities.get(c, (c,))[0] for c in named)
        raise NoAnswer(f"I can't answer that: the article gives no {_metric_label(m, lex)} {said} for {names}")


def _links_of_purpose(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Which chips connect to the host over PCIe 4.0?", "Does Blackwell connect to the host over
    NVLink?": every chip that fits the question's other conditions and has a link of the technology
    asked must have one of that purpose (``frame.link_purpose``) or one stated for no purpose (the
    Gaudi 3's PCIe 5.0: the question's word is taken, as of a link named in a value question); a chip
    whose links of it are all stated for another purpose (the Blackwell's NVLink joins GPUs) is
    refused by name rather than counted in or out."""
    if frame.link_purpose is None:
        return
    links = [k for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "interconnect"]
    fitting = _run(store, C.compile_frame(F.Frame(F.CHIPS, frame.constraints)))
    labels = lex.by_label()
    chips = [labels[r[0].value] for r in fitting.rows if r and r[0] is not None and r[0].value in labels]
    if frame.subjects:
        chips = [c for c in chips if c in frame.subjects]
    purpose = _purpose_label(store, frame.link_purpose)
    for chip in chips:
        for link in links:
            w = C._Writer()
            c, _ = w.values([C._iri(chip)])
            t, _ = w.values([C._iri(v) for v in link.values])
            query = (
                f"SELECT DISTINCT ?p WHERE {{ {w.block()} {c} ck:interconnect ?l . "
                f"?l ck:interconnectTechnology/skos:broader* {t} . OPTIONAL {{ ?l ck:purpose ?p }} }} ORDER BY ?p"
            )
            stated = [
                r[0].value if r and r[0] is not None else None
                for r in _run(store, C.Compiled("select", query, ("p",))).rows
            ]
            if frame.link_purpose in stated or None in stated:
                continue  # stated so, or for nothing: the question's word is taken (PCIe is a host bus)
            named = ", ".join(lex.entities[v][0] if v in lex.entities else v for v in link.values)
            said = [_purpose_label(store, p) for p in stated if p]
            what = f"stated as {' and '.join(sorted(set(said)))}" if said else "what it links is not stated"
            raise NoAnswer(
                f"I can't answer that: the article does not say that {lex.entities[chip][0]}'s {named} link "
                f"is {purpose} ({what}); ask which chips use {named}"
            )


def _purpose_label(store: Any, purpose: str) -> str:
    """A ck:InterconnectPurpose's label ("chip to host"), from the graph."""
    w = C._Writer()
    p, _ = w.values([C._iri(purpose)])
    rows = _run(store, C.Compiled("select", f"SELECT ?l WHERE {{ {w.block()} {p} rdfs:label ?l }}", ("l",))).rows
    return str(rows[0][0].value) if rows and rows[0][0] is not None else purpose.rsplit("#", 1)[-1]


def _stated_outright(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> Answer:
    """ "Which chips explicitly support INT8?", "how many chips explicitly support INT8?", "which formats
    does NorthPole explicitly support?": a word that asks for what the article states in its own words
    (``frame.outright``) leaves out a chip whose fact the graph marks as its own reading of the article
    (a ck:Hedge note with ck:readingOnly: NorthPole's 8-bit precision read as INT8). Listed and counted
    as stated, NorthPole was answered as explicitly supporting INT8 (red team 62), exit 0. The reading
    names each chip left out and why; nothing left is said as absent (exit 1). A hedge of scope or
    degree (the Adreno 750's TSMC node, stated of the Adreno GPUs in general; its data-centre use,
    judged very unlikely) is in the article's words: answered with its hedge shown, as the held-out
    sets' writers read "explicitly" of them."""
    if not frame.outright or frame.group_by or frame.counting_orgs:
        return answered
    if frame.ask == F.VALUE or frame.distinct:  # one chip's values, or how many it has
        prop = frame.distinct or (frame.metric.prop if frame.metric is not None else None)
        if prop is None or prop not in C.RELATIONS:
            return answered
        notes = _fact_hedges(store, {prop}, reading_only=True)
        hedged = [lex.entities[c][0] for c in frame.subjects if c in lex.entities and lex.entities[c][0] in notes]
        if hedged:
            raise NoAnswer(
                "The article names none in its own words for "
                + "; ".join(f"{c} (the graph's values are its reading: {notes[c]})" for c in hedged)
            )
        return answered
    if frame.ask in (F.TOP, F.RANK):
        # the chips ranked are those the conditions hold of: one in only by the graph's reading may
        # change the order, so the question is refused naming it
        notes = _fact_hedges(store, _hedged_props(frame.constraints, listing=True), reading_only=True)
        listed = F.Frame(F.CHIPS, frame.constraints)
        held = {str(r[0].value) for r in _answer(store, listed, lex, "").rows if r and r[0] is not None}
        hedged = sorted(c for c in held if c in notes)
        if hedged:
            raise NoAnswer(
                "I can't answer that: the question asks for what the article states in its own words, and "
                + "; ".join(f"{c} fits only by the graph's reading ({notes[c]})" for c in hedged)
                + "; ask without those words, or leave the chip out"
            )
        return answered
    if frame.ask not in (F.CHIPS, F.COUNT):
        return answered
    notes = _fact_hedges(store, _hedged_props(frame.constraints, listing=True), reading_only=True)
    chips = _what_is_counted(store, frame, answered, lex)
    hedged = [c for c in chips if c in notes]
    if not hedged:
        return answered
    kept = [c for c in chips if c not in hedged]
    said = " · left out as the graph's reading, not the article's words: " + "; ".join(
        f"{c} ({notes[c]})" for c in hedged
    )
    if not kept:
        raise NoAnswer(f"The article states it in its own words of no chip that fits: {answered.reading}{said}")
    if frame.ask == F.COUNT:
        return answered._replace(reading=answered.reading + said, rows=[[_integer(len(kept))]])
    variables = answered.variables
    rows = [r for r in answered.rows if r and r[0] is not None and str(r[0].value) not in hedged]
    if "hedge" in variables and all(r[variables.index("hedge")] is None for r in rows):
        at = variables.index("hedge")  # the hedge column held only the chips left out
        variables = [v for k, v in enumerate(variables) if k != at]
        rows = [[v for k, v in enumerate(r) if k != at] for r in rows]
    return answered._replace(reading=answered.reading + said, variables=variables, rows=rows)


def _outright_figures(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> Answer:
    """ "Which chip has the highest clock speed, stated outright?", "rank the chips by power, explicitly
    stated figures": the words may ask for figures the article gives with no hedge (then the M4's
    "up to 3.5 GHz" and the M2000's "about 4 W" do not count) or for figures as the article states them
    (then they do). Answered only when the two agree: the question is answered again with every
    hedged figure set aside (as "as a firm figure" does), and if that changes what is answered the
    question is refused, saying how to ask each (red team 63: the words were dropped, exit 0)."""
    if not frame.outright_figures:
        return answered
    if frame.ask == F.REPORT or (
        frame.ask == F.VALUE and (frame.metric is None or frame.metric.prop not in C.MEASURES)
    ):
        # a value or a report's figure shown with its qualifier ("likely HBM3E", "about 85 %"): a hedged
        # one is no answer said for certain, and the other reading (as stated) is the plain question
        at = answered.variables.index("qualifier") if "qualifier" in answered.variables else None
        hedged = [
            str(r[0].value) for r in answered.rows if at is not None and r[at] is not None and str(r[at].value) and r[0]
        ]
        if hedged:
            raise NoAnswer(
                "I can't answer that: the question asks what is stated for certain ('stated outright', 'for sure'), "
                f"and the article hedges it: {'; '.join(hedged)}; ask without the word to see it with its hedge"
            )
        return answered._replace(reading=answered.reading + " · stated outright: no hedge (checked)")
    firm = _hedged_figures_aside(frame._replace(outright_figures=False), lex)
    try:
        again: Answer | None = _answer(store, firm, lex, "")
    except NoAnswer:
        again = None

    def said(a: Answer) -> list[str]:
        first = [str(r[0].value) if r and r[0] is not None else "" for r in a.rows]
        return first if frame.ask in (F.RANK, F.VALUE) else sorted(first)

    if again is not None and said(again) == said(answered) and again.boolean == answered.boolean:
        return answered._replace(reading=answered.reading + " · stated outright: no hedged figure changes it (checked)")
    raise NoAnswer(
        "I can't answer that: a word for what is stated for certain ('stated outright', 'explicitly', 'for sure') "
        "may mean figures with no hedge or figures as the article states them, and the hedged figures ('up to', "
        "'over', 'about', 'nominal') change the answer: say 'as a firm figure' to set them aside, or ask without "
        "it to take them with their hedges"
    )


def _stated_for_certain(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "Which chips are definitely unsuitable for data centres?" (red team 63): a list or count asked
    for certain (``frame.for_certain``) must not hold a chip by a fact the graph hedges (a ck:Hedge note
    on the property: the Adreno 750's data-centre use is "very unlikely", not ruled out); refused,
    naming it and the hedge, rather than listed with it or left out unsaid."""
    if not frame.for_certain or frame.counting_orgs or frame.group_by:
        return
    notes = _fact_hedges(store, _hedged_props(frame.constraints, listing=True))
    if frame.outright:  # a chip in only by the graph's reading is left out already (_stated_outright)
        readings = _fact_hedges(store, _hedged_props(frame.constraints, listing=True), reading_only=True)
        notes = {c: n for c, n in notes.items() if c not in readings}
    hedged = [c for c in _what_is_counted(store, frame, answered, lex) if c in notes]
    if hedged:
        raise NoAnswer(
            "I can't answer that: the question asks what the article states for certain ('definitely', 'for "
            "sure', 'not inferred'), and it hedges "
            + "; ".join(f"{c} ({notes[c]})" for c in hedged)
            + ": ask without the word to see the answer with its hedges"
        )


def _unhedged_unclear(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "What is NorthPole's 4-bit TOPS as a firm figure?": one chip's figure said to be unhedged
    (``frame.no_hedge``, checked of each figure's own qualifier when answered) must not be one whose
    hedge the article's wording leaves unclear (a ck:Ambiguity note about it, which the query of
    figures set aside as hedged leaves out: compile.metric_path); otherwise refused, naming it."""
    if not frame.no_hedge or frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in C.MEASURES:
        return
    firm = _hedged_figures_aside(frame._replace(no_hedge=False), lex)
    try:
        kept = {str(r[0].value) for r in _answer(store, firm, lex, "").rows if r and r[0] is not None}
    except NoAnswer:
        kept = set()
    unclear = [str(r[0].value) for r in answered.rows if r and r[0] is not None and str(r[0].value) not in kept]
    if unclear:
        raise NoAnswer(
            "I can't answer that: the question says the figure is not hedged, and the article's wording leaves "
            f"the hedge of {', '.join(unclear)} unclear (`chipkg describe` shows the graph's note)"
        )


def _hedged_figures_aside(frame: F.Frame, lex: lexicon.Lexicon) -> F.Frame:
    """The frame with every figure of a value hedge ("up to", "over", "about", "nominal") set aside, of
    its metric and of each range, as "as a firm figure" reads (compile.metric_path also leaves out a
    figure whose hedge the article leaves unclear): the other reading the checks above compare with."""
    hedges = tuple(sorted(lex.value_hedges))
    return frame._replace(
        metric=None if frame.metric is None else frame.metric._replace(unhedged=hedges),
        constraints=tuple(k._replace(unhedged=hedges) if isinstance(k, F.Measure) else k for k in frame.constraints),
    )


def _what_is_counted(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> list[str]:
    """The labels of what an answer lists, or of what a count counts (its chips or organizations, run
    as a list): the rows checks of a list or count look at alike."""
    listed = answered
    if frame.ask == F.COUNT:
        listed = _answer(
            store, frame._replace(ask=F.ORGS if frame.counting_orgs else F.CHIPS, counting_orgs=False), lex, ""
        )
    return [str(r[0].value) for r in listed.rows if r and r[0] is not None]


def _examples_held(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> Answer:
    """ "(including its configurable FP8 variant)": the names a gloss gives as examples of the answer
    (``frame.examples``) must each be one of the answer's rows (its first column, by label), of a
    count one of the things it counts; otherwise the question rests on something the article does not
    say, and is refused. Held, the reading says they were checked."""
    if not frame.examples:
        return answered
    held = set(_what_is_counted(store, frame, answered, lex))  # of a count, what it counts
    labels = [lex.entities.get(e, (e, ()))[0] for e in frame.examples]
    missing = [label for label in labels if label not in held]
    if missing:
        raise NoAnswer(
            f"I can't answer that: the question gives {', '.join(missing)} as an example, and the article's "
            "answer does not hold it; ask without the example, or about it by name"
        )
    return answered._replace(reading=answered.reading + f" · {', '.join(labels)} among them (checked)")


def _check_restated(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "finer than 6nm, i.e. 5nm or below": the conditions a gloss says again must pick the same
    things as the question's own in the graph (no node lies between 5 and 6 nm); otherwise the
    gloss is not the question said again, and which of the two is meant is not for ask to guess."""
    listed = frame._replace(ask=F.CHIPS if frame.ask == F.COUNT else frame.ask, restated=())
    plain = _answer(store, listed, lex, "")
    glossed = _answer(store, listed._replace(constraints=(*frame.constraints, *frame.restated)), lex, "")
    first = {str(r[0].value) for r in plain.rows if r and r[0] is not None}
    again = {str(r[0].value) for r in glossed.rows if r and r[0] is not None}
    if first != again:
        said = " and ".join(_describe_constraint(k, lex) for k in frame.restated)
        differ = ", ".join(sorted(first ^ again))
        raise NoAnswer(
            f"I can't answer that: the gloss ({said}) is not the same condition as the question's in the "
            f"article: it differs on {differ}; ask with one of them"
        )


def _check_tiers_said(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "(for the SN40L count only its HBM3 tier)" beside HBM capacity: the chip must have a memory of
    the narrower technology, and none of the technology asked that is not of it (its DDR5 is no HBM);
    then counting that tier alone is what the question does anyway. Otherwise refused."""
    for chip, asked, said in frame.tiers_said:
        w = C._Writer()
        c, a, n = (w.values([C._iri(iri)])[0] for iri in (chip, asked, said))
        query = (
            f"SELECT ?t ?narrower WHERE {{ {w.block()} {c} ck:memory ?m . ?m ck:memoryTechnology ?t . "
            f"?t skos:broader* {a} . BIND (EXISTS {{ ?t skos:broader* {n} }} AS ?narrower) }}"
        )
        rows = _run(store, C.Compiled("select", query, ("t", "narrower"))).rows
        kinds = {r[1].value == "true" for r in rows}
        if kinds != {True}:
            raise NoAnswer(
                f"I can't answer that: {lex.entities[chip][0]}'s {lex.entities[asked][0]} is not all "
                f"{lex.entities[said][0]}, so counting that tier alone would change the figure"
            )


def _set_figures_aside(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> tuple[F.Frame, str]:
    """ "(set aside the per-card 150 W of the AI 100 Ultra)", "(setting aside the Apple M4's up to 3.5
    GHz)": a figure an aside sets aside, with its chip, is found in the graph (that chip's figure of
    the measure asked with that value, of every scope and hedge) and left out of the query (the
    metric's and every range's ``without``). With no value said ("(the AI 100 Ultra's per-card
    rating set aside)"), that chip's figures of the measure asked of the scope said are set aside
    (its figures of other scopes stay, read as the question's scope reads them). None found, or one
    of another scope than the one said, is refused: the aside would then set aside something the
    article does not say."""
    if not frame.figures_aside:
        return frame, ""
    # the figures of the measure asked, of every scope and hedge ("SRAM": not the chip's DRAM)
    metrics = {
        F.Metric(k.prop, k.technology, k.on_chip, k.precision, k.unit_kind, k.counts)
        for k in (frame.metric, *frame.constraints)
        if isinstance(k, (F.Metric, F.Measure))
    }
    if len(metrics) != 1 or next(iter(metrics)).prop not in C.MEASURES:
        raise NoAnswer("I can't answer that: a figure is set aside beside no one measure the question compares")
    metric = next(iter(metrics))
    from chipkg import figures

    without: list[str] = []
    shown: list[str] = []  # "Apple M4's up to 3.5 GHz", for the reading
    for chip, scope, values in frame.figures_aside:
        label = lex.entities[chip][0]
        # an organization's figure ("Qualcomm's per-card 150 W"): one of the chips it designs
        holders = [chip] if lex.is_a(chip, CK + "Chip") else sorted(c for c, d in lex.designers.items() if chip in d)
        w = C._Writer()
        var, _ = w.values([C._iri(c) for c in holders])
        path = C.metric_path(w, var, "?f", metric, any_scope=True)
        query = (
            f"SELECT ?f ?v ?s {var} WHERE {{ {w.block()} {path} ?f ck:normalizedValue ?v . "
            f"OPTIONAL {{ {{ ?f ck:scope ?s }} UNION {{ ?h ?held ?f . ?h ck:scope ?s }} }} }}"
        )
        rows = _run(store, C.Compiled("select", query, ("f", "v", "s", var.lstrip("?")))).rows
        found = [(r[0].value, r[2].value if r[2] is not None else None, float(r[1].value)) for r in rows]
        whose = {(r[0].value, lex.entities[r[3].value][0]): None for r in rows}  # a figure with each chip of it
        what = _metric_label(metric, lex)
        if scope == F.NO_FIGURE:  # "the MI350, whose capacity is never given": none, so none left out
            if found:
                given = "; ".join(dict.fromkeys(figures.figure(store, f).text for f, _, _ in found))
                raise NoAnswer(f"I can't answer that: the article gives {label} a {what} ({given}), said not given")
            shown.append(f"{label} (no {what} given)")
            continue
        if values:
            # relative: a feature size is some 1e-9 m, which an absolute margin of 1e-6 took for any other
            said = [(f, s) for f, s, v in found if any(math.isclose(v, x, rel_tol=1e-6) for x in values)]
        else:  # "the AI 100 Ultra's per-card rating": its figures of that scope, whatever their values
            said = [(f, s) for f, s, _ in found if s == scope]
        if not said and not values and found:
            name = scope.rsplit("/", 1)[-1].rsplit("#", 1)[-1]  # ck:PerCard: "per card"
            scope_label = "".join(" " + c.lower() if c.isupper() else c for c in name).strip()
            raise NoAnswer(
                f"I can't answer that: the article gives {label} no {what} {scope_label}, the figure set aside"
            )
        if not said and found:  # "leave out Apple's 5nm": its figure is another ("no feature size" was false)
            given = "; ".join(dict.fromkeys(figures.figure(store, f).text for f, _, _ in found))
            raise NoAnswer(
                f"I can't answer that: the article gives {label}'s {what} as '{given}', not the figure set aside"
            )
        if not said:
            raise NoAnswer(f"I can't answer that: the article gives {label} no {what} of the figure set aside")
        if scope and any(s != scope for _, s in said):
            raise NoAnswer(f"I can't answer that: {label}'s {what} set aside is not of the scope said")
        said = list(dict.fromkeys(said))  # a figure found through its scope and its holder's: once
        without.extend(f for f, _ in said)
        shown.extend(f"{c}'s {figures.figure(store, f).text}" for f, _ in said for g, c in whose if g == f)
    left = tuple(sorted(set(without)))
    return _without(frame, left), " · set aside: " + "; ".join(shown)


def _magnitudes_said(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> tuple[F.Frame, str]:
    """ "Leaving out SambaNova's unquantified 'multi-trillion'", "'thousands' read as a lower bound"
    (parse.question.magnitude_words_said): of the figures the word may name, those of the measure the
    question compares (of every scope and hedge) are set aside ("aside": left out as
    :func:`_set_figures_aside` leaves figures out) or kept as the graph records them, a lower bound
    ("bound"). None of them of the measure asked (Groq's 'thousands' of processing units beside a
    scale-out), or no one measure compared, is refused: the clause would then say nothing the
    article does."""
    if not frame.magnitudes_said:
        return frame, ""
    said_aside = [words for words, _f, how in frame.magnitudes_said if how == "aside"]
    if said_aside and (
        frame.ask in (F.VALUE, F.YESNO)
        or any(isinstance(k, F.Measure) and k.high is not None for k in frame.constraints)
    ):
        # "does Gaudi 3 scale to fewer than 100 GPUs (vague 'thousands' ignored)": the figure set aside is
        # above what is left (a node's 8), so an upper limit, a yes/no or a value would rest on the rest as
        # if it were all (red team 90 F)
        raise NoAnswer(
            f"I can't answer that: '{said_aside[0]}' sets a figure aside, which is read only where the others are "
            "compared (the most, a ranking, a lower limit); the figure set aside may lie beyond them"
        )
    metrics = {
        F.Metric(k.prop, k.technology, k.on_chip, k.precision, k.unit_kind, k.counts)
        for k in (frame.metric, *frame.constraints)
        if isinstance(k, (F.Metric, F.Measure))
    }
    said = "; ".join(words for words, _f, _h in frame.magnitudes_said)
    if len(metrics) != 1 or next(iter(metrics)).prop not in C.MEASURES:
        raise NoAnswer(f"I can't answer that: '{said}' names a figure beside no one measure the question compares")
    metric = next(iter(metrics))
    if metric.prop == CK + "computeUnits" and metric.counts is None and said_aside:
        # "ranking by core count (cores only; Groq's 'thousands' of processing units left aside)": the rest
        # would still count the Corsair's DIMCs and the M2000's tiles as cores, which "cores only" (set 49)
        # sets aside too; the one figure set aside does not make the others cores
        raise NoAnswer(
            f"I can't answer that: '{said_aside[0]}' sets aside one count of units, and the others compared are of "
            "every kind the article counts (cores, DIMCs, tiles, processing elements): name the kind of unit"
        )
    from chipkg import figures

    w = C._Writer()
    path = C.metric_path(w, "?c", "?f", metric, any_scope=True)
    measured = {
        r[0].value for r in _run(store, C.Compiled("select", f"SELECT DISTINCT ?f WHERE {{ {path} }}", ("f",))).rows
    }
    without = set(getattr(frame.metric, "without", ()) or ())
    for k in frame.constraints:
        if isinstance(k, F.Measure):
            without |= set(k.without)
    shown: list[str] = []
    for words, named, how in frame.magnitudes_said:
        found = [f for f in named if f in measured]
        if not found:
            raise NoAnswer(
                f"I can't answer that: '{words}' names no {_metric_label(metric, lex)} figure of the article"
            )
        texts = ", ".join(figures.figure(store, f).text for f in found)
        if how == "aside":
            without |= set(found)
            shown.append(f"set aside: {texts} ('{words}')")
        else:
            shown.append(f"read as the article's lower bound: {texts}")
    return _without(frame, tuple(sorted(without))), "".join(f" · {s}" for s in shown)


def _without(frame: F.Frame, figures: tuple[str, ...]) -> F.Frame:
    """``frame`` with ``figures`` left out of its metric and every range (their ``without``)."""
    return frame._replace(
        metric=None if frame.metric is None else frame.metric._replace(without=figures),
        constraints=tuple(k._replace(without=figures) if isinstance(k, F.Measure) else k for k in frame.constraints),
    )


def _article_among_sources(store: Any, question: str) -> None:
    """ "According to the article, which chip has the most SRAM?", "how many chips does the article
    mention?": the article named as the source of what is asked (words.tsv phrase class
    ``articlenamed``). The graph's facts come from the article and, once a user adds their own
    (``chipkg add``, ck:UserSource), from those too, and ask does not tell them apart: with a user
    source in the graph such a question was answered from both (red team 112: 29 chips "the article
    mentions", of 24). Refused then; with the article alone, answered as asked."""
    if lexicon.find_phrase(lexicon.tokens(question), "articlenamed") is None:
        return
    if _run(store, C.Compiled("ask", "ASK { ?s a ck:UserSource }", ())).boolean:
        raise NoAnswer(
            "I can't answer that: the question asks what the article says, and the graph also holds your own "
            "sources, which ask does not tell apart from it: ask without naming the article (each answer cites "
            "its source), or see `chipkg sources`"
        )


def _up_to_agreed(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "Does the Groq LPU deliver up to 500 TOPS?": "up to" an amount a chip reaches reads as reaching
    it (the frame's constraints) and as at most it (``frame.up_to_at_most``). A peak short of the
    amount is "no" ("does the M4 run up to 4 GHz?": it runs up to 3.5 GHz), as a buyer asking means;
    a peak past it is "yes" only by reaching it, "no" by the other reading (red team 109 W1: "true" of
    up to 1 PetaOPS), so a "yes" stands only where both agree, when the figure is the amount said
    (the M4's "up to 3.5 GHz" asked as "up to 3.5 GHz"); else the question is refused, as "up to" an
    amount a chip has is."""
    if not frame.up_to_at_most or frame.ask != F.YESNO or answered.boolean is not True:
        return
    try:
        at_most = _answer(store, frame._replace(constraints=frame.up_to_at_most, up_to_at_most=()), lex, "").boolean
    except NoAnswer:  # "at most 50 GB/s" of an "up to 100 GB/s" figure: the article cannot say
        at_most = None
    if at_most is not answered.boolean:
        raise NoAnswer(
            "I can't answer that: 'up to' an amount short of the chip's figure may mean reaching it (yes) or "
            "at most it (no): ask 'at least' or 'at most' instead"
        )


def _kinds_set_aside(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> tuple[F.Frame, str]:
    """ "Which chips have more than 12 cores (not neural engine cores)?": every count of a kind of unit
    set aside (ck:countOf that kind or a narrower one) is left out of the query, so a chip is not
    listed, counted or ranked by its neural engine cores. Beside no count of units (or with figures
    set aside by value too), refused."""
    if not frame.kinds_aside:
        return frame, ""
    measured = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure))]
    if not measured or frame.figures_aside or any(k.prop != CK + "computeUnits" or k.without for k in measured):
        raise NoAnswer("I can't answer that: " + parse.NEGATED_ASIDE)
    w = C._Writer()
    var, _ = w.values([C._iri(k) for k in frame.kinds_aside])
    query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} ?c ck:computeUnits ?f . ?f ck:countOf/skos:broader* {var} }}"
    left = tuple(sorted(r[0].value for r in _run(store, C.Compiled("select", query, ("f",))).rows))
    said = ", ".join(lex.entities.get(k, (k,))[0] for k in frame.kinds_aside)
    return _without(frame, left), f" · counts of {said} left out"


def _set_aside_disjoint(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> str:
    """ "Which chips have more than 1 TB/s of HBM bandwidth (not SRAM bandwidth)?": a negated aside
    beside a list, count, ranking or yes/no (``frame.set_aside``) is dropped only when the answer
    provably does not rest on it: every figure of every measure the question compares, of every
    chip and scope (a superset of what the answer reads), is checked against what is set aside as
    a value question's rows are (:func:`_set_aside_dropped`), and none may be it nor one the graph
    cannot tell. Otherwise refused: leaving such figures out, or keeping them, may change the
    answer. A value question's rows are checked where they are answered; nothing to do here."""
    if not (frame.set_aside or frame.kept_only) or frame.ask == F.VALUE:
        return ""
    measured = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure))]
    if not measured or any(k.prop not in C.MEASURES for k in measured):
        raise NoAnswer("I can't answer that: " + parse.NEGATED_ASIDE)
    for k in measured:
        metric = F.Metric(k.prop, k.technology, k.on_chip, k.precision, k.unit_kind, k.counts)
        metric = metric._replace(link=getattr(k, "link", None), chip_only=k.chip_only)
        w = C._Writer()
        # a yes/no rests on its chips' figures only; any other question on any chip's
        var = w.values([C._iri(c) for c in frame.subjects])[0] if frame.ask == F.YESNO and frame.subjects else "?c"
        # "per chip" said (``chip_only``): the figures of other scopes are no part of the answer (a
        # chip with only a per-core figure is left out), so only per-chip figures are checked
        path = C.metric_path(w, var, "?f", metric, any_scope=not k.chip_only)
        query = f"SELECT DISTINCT {var} ?f WHERE {{ {w.block()} {path} }} ORDER BY {var} ?f"
        by_chip: dict[str, list] = {}
        for r in _run(store, C.Compiled("select", query, ("c", "f"))).rows:
            by_chip.setdefault(r[0].value, []).append([r[1]])
        for chip, found in by_chip.items():
            label = lex.entities.get(chip, (_label(store, chip),))[0]
            # "(HBM or LPDDR only)" beside a ranking: every figure compared must be one it keeps
            for only in (False, True)[0 if frame.set_aside else 1 : 2 if frame.kept_only else 1]:
                what = (
                    "a parenthesis that keeps some figures only leaves out figures"
                    if only
                    else parse.NEGATED_ASIDE.split(":")[0] + " sets aside figures"
                )
                try:
                    dropped = _set_aside_dropped(store, frame, metric, found, label, lex, only=only)[1]
                except NoAnswer as exc:
                    raise NoAnswer(
                        f"I can't answer that: {what} the answer may rest on: "
                        + str(exc).removeprefix("I can't answer that: ")
                    ) from exc
                if dropped:
                    raise NoAnswer(
                        f"I can't answer that: {what} the answer may rest on ("
                        + "; ".join(dropped)
                        + "); ask about the others by name"
                    )
    named = " or ".join(words for words, _ in frame.set_aside)
    kept = " or ".join(words for words, _ in frame.kept_only)
    return (f" · not {named} (no figure compared is)" if named else "") + (
        f" · {kept} (every figure compared is)" if kept else ""
    )


def _chips_aside_checked(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> Answer:
    """ "(excluding 7nm parts whose foundry is not named)" (``frame.chips_aside``): setting chips aside
    changes a list, a count, a most or a ranking only if one of the chips it answers (counts) is one
    of them: with none, the answer stands, the reading saying what was set aside and that none is
    answered: each must be shown not to be one by what the article states of it (:func:`_ruled_out`),
    since a chip it says nothing of may be one. "(not merely any chip on a 7nm node)" may say
    instead that the question is narrower than what it names: it stands too when every chip
    answered is one of them. Otherwise the question is refused, naming the chips that decide it."""
    if not frame.chips_aside:
        return answered
    if frame.ask == F.REPORT and answered.variables[:1] != ["chip"]:
        raise NoAnswer(
            f"I can't answer that: '({frame.chips_aside[0][0]})' sets chips aside, and the report answered lists "
            "no chips to check against it; say in the question itself what to leave out"
        )
    if frame.ask == F.VALUE:  # the chips whose figure is answered: those the question names
        rows = [[SimpleNamespace(value=lex.entities[s][0])] for s in frame.subjects]
    elif frame.group_by:  # the chips counted in each group: those of the question's conditions
        rows = _answer(store, F.Frame(F.CHIPS, frame.constraints), lex, "").rows
    elif frame.ask == F.COUNT:
        rows = _answer(store, frame._replace(ask=F.CHIPS), lex, "").rows
    else:
        rows = answered.rows
    labels = {str(r[0].value) for r in rows if r and r[0] is not None}
    by_label = lex.by_label()
    reading = answered.reading
    for words, constraints, mere in frame.chips_aside:
        aside = {str(r[0].value) for r in _run(store, C.compile_frame(F.Frame(F.CHIPS, constraints))).rows}
        said = " · ".join(_describe_constraint(k, lex) for k in constraints)
        if mere and labels and labels <= aside:
            reading += f" · narrower than: chips · {said} (each chip answered is one)"
            continue
        members = sorted(labels & aside)
        undecided = sorted(label for label in labels - aside if not _ruled_out(store, by_label.get(label), constraints))
        if members or undecided:
            why = [f"the answer holds {', '.join(members)}, which it names"] if members else []
            why += [f"the article does not rule it out of {', '.join(undecided)}, which the answer holds"] * bool(
                undecided
            )
            raise NoAnswer(
                f"I can't answer that: '({words})' sets aside chips · {said}; {'; '.join(why)}; say in the "
                "question itself what to leave out"
            )
        reading += f" · set aside: chips · {said} (ruled out of each chip answered)"
    return answered._replace(reading=reading)


def _dropped_checked(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "(the Blackwell has no stated count, so it's out)" (red team 83): a chip set aside for having no
    figure must have none of the figure ranked; one that has it shows the premise false: refused."""
    for chip in frame.dropped_for_none:
        if frame.metric is not None and _has_figure(store, chip, frame.metric):
            raise NoAnswer(
                f"I can't answer that: the question sets {lex.entities[chip][0]} aside as having no "
                f"{_metric_label(frame.metric, lex)}, and the article gives one; ask without it"
            )


def _scale_out_by_the_link_named(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Does Blackwell scale to 1,000 GPUs over InfiniBand?" (red team 84): a scale-out figure is of
    the link or system it is stated for (ck:via: Blackwell's 576 GPUs are an NVLink 5 domain); a link
    named beside it was read as a second condition of the chip, another link's figure deciding the
    answer (false). Answered only where every scale-out figure of the chips asked is by the link named
    (or a narrower one: "NVLink" of NVLink 5); refused otherwise."""
    scale = CK + "scaleOut"
    measured = (frame.metric is not None and frame.metric.prop == scale) or any(
        isinstance(k, F.Measure) and k.prop == scale for k in frame.constraints
    )
    links = [
        v for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "interconnect" for v in k.values
    ]
    if not measured or not links:
        return
    w = C._Writer()
    named, _ = w.values([C._iri(v) for v in links])
    chips = frame.subjects
    if chips:
        chip_var, _ = w.values([C._iri(c) for c in chips])
        pattern = f"{chip_var} ck:scaleOut ?f ."
    else:
        pattern = "?c a ck:Chip ; ck:scaleOut ?f ."
    query = f"ASK {{ {w.block()} {pattern} FILTER NOT EXISTS {{ ?f ck:via ?v . ?v skos:broader* {named} }} }}"
    if _run(store, C.Compiled("ask", query, ())).boolean:
        said = ", ".join(lex.entities.get(v, (v, ()))[0] for v in links)
        raise NoAnswer(
            f"I can't answer that: a scale-out figure is stated for one link or system, and not every one asked "
            f"is by {said}: ask how far the chip scales (the answer names the link)"
        )


def _set_count_checked(store: Any, frame: F.Frame) -> None:
    """ "Of the four chips with HBM, which has the most capacity?" (red team 85): the number of chips
    the question says it picks from must be the number its conditions pick (five have HBM); another
    number shows the question means other chips: refused, naming both."""
    if frame.set_said is None:
        return
    if frame.subjects:  # "What is the power of the 2 Tenstorrent Grayskull chips?": the chips named
        n: int | None = len(set(frame.subjects))
    elif frame.constraints:
        picked = _run(store, C.compile_frame(F.Frame(F.CHIPS, frame.constraints)))
        n = len({r[0].value for r in picked.rows})
    else:
        n = None
    if n != frame.set_said:
        raise NoAnswer(
            f"I can't answer that: the question says it picks from {frame.set_said} chips, and its conditions pick "
            + (f"{n}" if n is not None else "every chip")
            + "; ask without the number"
        )


def _profiled_count_checked(store: Any, frame: F.Frame, answered: Answer) -> None:
    """ "How many of the eighteen profiled chips ...": the number of profiled chips the question says
    must be the graph's; another number shows the question counts other chips: refused, naming both.
    A ranking of them ("Rank all eighteen profiled chips by power") asks a place for each: refused
    where the article gives the figure for fewer of them."""
    if frame.profiled_said is None:
        return
    counted = _run(
        store,
        C.Compiled("select", "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ck:Chip ; ck:profiled true }", ("n",)),
    )
    n = int(counted.rows[0][0].value)
    if n != frame.profiled_said:
        raise NoAnswer(
            f"I can't answer that: the question says {frame.profiled_said} profiled chips, and the article "
            f"profiles {n}; ask about the profiled chips without the number"
        )
    if frame.ask in (F.RANK, F.VALUE) and not frame.n and len({str(r[0].value) for r in answered.rows}) < n:
        ranked = len({str(r[0].value) for r in answered.rows})
        raise NoAnswer(
            f"I can't answer that: the question asks for all {n} profiled chips, and the article gives the "
            f"figure for {ranked} of them; ask without the number to rank those"
        )


def _claims_aside_checked(frame: F.Frame, answered: Answer) -> Answer:
    """ "By what factor does the MTIA v2 beat the v1 on sparse compute (not the 3.5x dense figure)?":
    the claims a parenthesis sets aside by their multiples (Frame.claims_aside) change nothing when no
    claim answered is stated as one of them or is of an aspect its words name; else refused."""
    if frame.claims_aside is None:
        return answered
    words, multiples = frame.claims_aside
    value = answered.variables.index("stated_value")
    said = words.lower().split("not", 1)[-1]  # what follows the negation: "(the sparse figure, not ...)"
    for row in answered.rows:
        stated = str(row[0].value)
        aspect = stated.split(", ")[1].lower() if stated.count(", ") >= 1 else ""
        if any(math.isclose(float(row[value].value), m) for m in multiples) or (aspect and aspect in said):
            raise NoAnswer(
                f"I can't answer that: '({words})' sets aside a claim the answer holds ({stated}); say in the "
                "question itself which claim is asked"
            )
    shown = ", ".join(f"{format_number(m)}x" for m in multiples)
    return answered._replace(reading=f"{answered.reading} · set aside: claims of {shown} (none answered)")


def _ruled_out(store: Any, chip: str | None, constraints: tuple) -> bool:
    """Whether the article rules out of ``chip`` at least one of ``constraints`` (so it is none of
    the chips they pick): another chip named; a relation of which it states other values only (its
    designer AMD, so not Nvidia); a relation said unstated of which it states one; a kind disjoint
    with the one said. A chip the article says nothing of, or a figure's range, rules nothing out."""
    if chip is None:
        return False
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    for k in constraints:
        if isinstance(k, F.Identity) and not k.negated and chip not in k.chips:
            return True
        if isinstance(k, (F.Relation, F.Unstated)) and not getattr(k, "negated", False):
            if getattr(k, "inverse", False):
                continue
            path = C.VALUE_PATHS.get(k.prop, f"<{k.prop}>")
            has = _run(store, C.Compiled("ask", f"ASK {{ {w.block()} {var} {path} ?v }}", ())).boolean
            if has and isinstance(k, F.Unstated):
                return True
            if has and not _run(store, C.compile_frame(F.Frame(F.YESNO, (F.Identity((chip,)), k)))).boolean:
                return True
        if isinstance(k, F.Profiled):  # one boolean each (a shape says so): the other rules it out
            if not _run(store, C.compile_frame(F.Frame(F.YESNO, (F.Identity((chip,)), k)))).boolean:
                return True
        if isinstance(k, F.Kind) and not k.negated:
            disjoint = F.Frame(F.YESNO, (F.Identity((chip,)), k._replace(negated=True)))
            if _run(store, C.compile_frame(disjoint)).boolean:
                return True
    return False


def _values_not_set_aside(frame: F.Frame, answered: Answer, said: str, lex: lexicon.Lexicon) -> Answer:
    """ "Which architecture does the AMD section give the MI350 (not the RDNA mention in Future
    Prospects)?": one chip's values of a relation, with names set aside (``frame.rather_than``). No
    value answered may be one of them, or narrower or broader than one (CDNA 4 is not RDNA): then
    the answer is the same with the aside or without it, and is returned, the aside in its reading.
    A value that is one, or one the graph cannot name, refuses: leaving it out would answer a
    question the article may not answer."""
    import pyoxigraph as ox

    things = [t for _, named in frame.rather_than for t in named]
    by_label = lex.by_label()
    for row in answered.rows:
        value = row[0] if row else None
        if value is None:
            continue
        iri = value.value if isinstance(value, ox.NamedNode) else by_label.get(value.value)
        if iri is None:
            raise NoAnswer(f"I can't answer that: I can't tell whether {value.value!r} is {said!r}")
        if any(iri == t or t in lex.broader.get(iri, []) or iri in lex.broader.get(t, []) for t in things):
            raise NoAnswer(
                f"I can't answer that: the answer is {lex.entities.get(iri, (value.value,))[0]}, which the "
                f"parenthesis sets aside ({said!r}); ask without it"
            )
    return answered._replace(reading=answered.reading + f" · not {said} (no value answered is)")


def _rather_than_checked(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> Answer:
    """ "Which chips are meant for mobile rather than data centres?", "Is the CS-3 a GPU (as opposed to
    a wafer-scale engine)?": what the contrast sets aside (``frame.rather_than``: names or kinds) is
    checked against the chips the answer rests on: a list's or a count's chips, a yes/no's chips when
    it holds (a yes/no that does not hold is no more true with the contrast). A chip that is of the
    kind, is the thing, or stands in any relation to it (directly, or through one of its figures,
    memories or links, or a narrower thing) may mean either reading ("X rather than Y" of a chip
    with both), and the question is refused naming it; with none, the answer is the same under both
    readings, and is returned as it is, the contrast said in its reading. A contrast said as the
    question's claim, not in a parenthesis ("does the Groq LPU use SRAM instead of HBM"), says more:
    that each chip answered goes without the thing, which must then be ruled out by the article
    (:func:`_contrast_undecided`); having none of it stated is not enough."""
    if not frame.rather_than:
        return answered
    said = " or ".join(words for words, _ in frame.rather_than)
    if frame.ask == F.VALUE:
        return _values_not_set_aside(frame, answered, said, lex)
    if frame.ask == F.ORGS and all(named == (CK + "Chip",) for _, named in frame.rather_than):
        # "organization names rather than chips": the answer is organizations, and none is a chip
        # (ck:Chip and ck:Organization are disjoint): the contrast says what is asked
        return answered._replace(reading=answered.reading + f" · rather than {said} (organizations are no chips)")
    if frame.ask == F.ORGS and all(_of_organizations(t, lex) for _, named in frame.rather_than for t in named):
        return _organization_kinds_checked(store, answered, said, frame.rather_than, lex)
    # a figure compared may be of the thing set aside ("more than 1 TB of memory rather than HBM"):
    # then which figures count changes, and every chip that has such figures may change the answer
    measured = frame.metric is not None or any(isinstance(k, (F.Measure, F.Than)) for k in frame.constraints)
    if frame.ask == F.YESNO:
        if answered.boolean is not True and not measured:
            return answered._replace(reading=answered.reading + f" · rather than {said}")
        chips = list(frame.subjects)
        labels = {lex.entities.get(c, (c,))[0] for c in chips}
    elif measured:
        chips = [iri for iri, (_, classes) in lex.entities.items() if CK + "Chip" in classes]
        labels = {lex.entities[c][0] for c in chips}
    else:
        rows = answered.rows if frame.ask == F.CHIPS else _answer(store, frame._replace(ask=F.CHIPS), lex, "").rows
        labels = {r[0].value for r in rows if r and r[0] is not None}
        by_label = lex.by_label()
        chips = [by_label[label] for label in labels if label in by_label and lex.is_a(by_label[label], CK + "Chip")]
    if len(chips) != len(labels):
        raise NoAnswer(f"I can't answer that: I can't tell which chips the answer names, to check {said!r}")
    having: set[str] = set()
    # "rather than leaving the fab unstated": a chip the article states no foundry for
    for prop in [t.partition("=")[2] for _, named in frame.rather_than for t in named if t.startswith("unstated=")]:
        w = C._Writer()
        c, _ = w.values([C._iri(x) for x in chips])
        query = f"SELECT DISTINCT {c} WHERE {{ {w.block()} FILTER NOT EXISTS {{ {c} <{prop}> ?any }} }}"
        having |= {r[0].value for r in _run(store, C.Compiled("select", query, ("c",))).rows} if chips else set()
    things = [t for _, named in frame.rather_than for t in named if not t.startswith("unstated=")]
    if any(not named for _, named in frame.rather_than):
        # "..., as distinct from the Gaudi 3": what is set aside names nothing the graph holds (a
        # name not read as one), so nothing can be checked: the answer would keep it (red team 11 W2)
        raise NoAnswer(
            f"I can't answer that: I can't tell what {said!r} sets aside; say what to leave out with 'not' or "
            "'except' ('except the Gaudi 3')"
        )
    if chips and things:
        w = C._Writer()
        c, _ = w.values([C._iri(x) for x in chips])
        y, _ = w.values([C._iri(x) for x in things])
        query = (
            f"SELECT DISTINCT {c} WHERE {{ {w.block()} "
            # the chip itself: a FILTER alone in a group sees none of the outer variables (always false)
            f"{{ {c} a ck:Chip . BIND ({c} AS {y}) }} UNION {{ {c} a/rdfs:subClassOf* {y} }} "
            # what the chip needs none of, or is judged unsuited to, is what rules the thing out
            f"UNION {{ {c} ?p ?t . ?t skos:broader* {y} FILTER (?p NOT IN (ck:needsNoExternal, ck:notSuitableFor)) }} "
            f"UNION {{ {c} ?p ?x . ?x ?q ?t . ?t skos:broader* {y} "
            # a memory said to stand in for the thing (Grayskull's LPDDR4 for HBM) is no relation to it
            "FILTER (?q != ck:usedInsteadOf) "
            # nor is its class's place in the schema (GPU owl:disjointWith ASIC: red team 119 read
            # "GPUs rather than ASICs" as every GPU being an ASIC too)
            "FILTER (?p != rdf:type) "
            "FILTER NOT EXISTS { ?x a ck:Chip } FILTER NOT EXISTS { ?x a ck:Organization } } }"
        )
        having |= {r[0].value for r in _run(store, C.Compiled("select", query, ("c",))).rows}
    if having:
        names = ", ".join(sorted(lex.entities.get(h, (h,))[0] for h in having))
        raise NoAnswer(
            f"I can't answer that: {said!r} is set aside, and {names} "
            f"{'is' if len(having) == 1 else 'are'} that too or {'has' if len(having) == 1 else 'have'} one (a part "
            "or a memory of it), so the answer depends on whether a chip with "
            "both counts: ask without it, or say what to leave out with 'not' or 'except'"
        )
    if measured:
        return answered._replace(reading=answered.reading + f" · rather than {said} (no chip answered is)")
    claimed = [t for words, named in frame.rather_than if words in frame.contrasts_claimed for t in named]
    undecided = _contrast_undecided(store, frame, chips, [t for t in things if t in claimed], lex)
    if undecided:
        listed = sorted(lex.entities.get(c, (c,))[0] for c in undecided)
        names = " and ".join((", ".join(listed[:-1]), listed[-1])) if len(listed) > 1 else listed[0]
        set_aside = " or ".join(lex.entities.get(t, lex.terms.get(t, (t,)))[0] for t in things)
        raise NoAnswer(
            f"I can't answer that: the article does not say that {names} "
            f"{'goes' if len(undecided) == 1 else 'go'} without {set_aside} (its lists of what a chip has "
            f"are not exhaustive): ask without {said!r}, or about {set_aside} by name"
        )
    decided = "ruled out for every chip answered" if claimed else "no chip answered is"
    return answered._replace(reading=answered.reading + f" · rather than {said} ({decided})")


def _of_organizations(thing: str, lex: lexicon.Lexicon) -> bool:
    """Whether ``thing`` (as ``Frame.rather_than`` holds it) is an organization, or a kind of
    organization set aside or, prefixed "only=", kept."""
    thing = thing.removeprefix("only=")
    organization = CK + "Organization"
    return organization in lex.subclasses.get(thing, []) or (thing not in lex.terms and lex.is_a(thing, organization))


def _organization_kinds_checked(
    store: Any, answered: Answer, said: str, contrasts: tuple[tuple[str, tuple[str, ...]], ...], lex: lexicon.Lexicon
) -> Answer:
    """ "Which organizations design a 7nm chip (designers only, not foundries)?", "... (not
    foundries)": kinds of organization (or organizations) set aside, and kinds kept ("only="),
    beside organizations asked. Read as the role an organization plays or as the kind it is, the question answers alike
    when no organization answered is one set aside, or of a kind set aside, and each is of every
    kind kept: checked against the organizations answered (with their inferred kinds); otherwise
    refused, naming them."""
    things = [t for _, named in contrasts for t in named]
    kept = [t.removeprefix("only=") for t in things if t.startswith("only=")]
    aside = [t for t in things if not t.startswith("only=")]
    labels = {r[0].value for r in answered.rows if r and r[0] is not None}
    by_label = lex.by_label()
    orgs = [by_label[label] for label in labels if label in by_label]
    if len(orgs) != len(labels):
        raise NoAnswer(f"I can't answer that: I can't tell which organizations the answer names, to check {said!r}")
    kinds: dict[str, set[str]] = {o: {o} for o in orgs}
    if orgs:
        w = C._Writer()
        o, _ = w.values([C._iri(x) for x in orgs])
        query = f"SELECT DISTINCT {o} ?k WHERE {{ {w.block()} {o} a/rdfs:subClassOf* ?k }}"
        for r in _run(store, C.Compiled("select", query, ("o", "k"))).rows:
            kinds[r[0].value].add(r[1].value)
    off = sorted(lex.entities.get(o, (o,))[0] for o in orgs if kinds[o] & set(aside) or not set(kept) <= kinds[o])
    if off:
        raise NoAnswer(
            f"I can't answer that: {said!r} may say the role an organization plays or the kind it is, and "
            f"{', '.join(off)} {'is' if len(off) == 1 else 'are'} answered by the role but not of that kind: ask "
            "with the kind in the question itself ('which startups ...', '... except hyperscalers')"
        )
    return answered._replace(reading=answered.reading + f" · {said} (true of every organization answered)")


#: classes every named thing may have, which say nothing of what it is
_GENERIC_CLASSES = frozenset((CK + "Technology", PREFIXES["owl"] + "NamedIndividual", PREFIXES["owl"] + "Thing"))


def _contrast_undecided(
    store: Any, frame: F.Frame, chips: list[str], things: list[str], lex: lexicon.Lexicon
) -> list[str]:
    """The chips answered that the article does not rule out a thing set aside for: "does the Groq LPU
    use SRAM instead of HBM" says it has SRAM and no HBM, and the article gives its SRAM but says
    nothing of HBM (its lists of a chip's memories, formats and workloads are not exhaustive), so it
    does not say that (red team 45 A). The thing is ruled out as a yes/no would rule it out
    (compile.compile_rules_out) once it stands in the constraint of its own kind ("SRAM" for "HBM";
    a workload for a workload): Grayskull's LPDDR4 is used instead of HBM, the M2000 needs no
    external DRAM, the Adreno 750 is judged unsuited to data centres. A kind of chip set aside is
    decided by the chip's own kind where the question asks one ("an ASIC rather than a GPU"); a chip,
    or a kind beside anything else, is not decided."""
    out: set[str] = set()
    # a kind set aside is decided by the chip's own kind only where the question asks its kind ("is
    # the Groq LPU an ASIC rather than a GPU"); beside a use ("does Microsoft use the Maia 100 instead
    # of Nvidia GPUs", red team 46 B) it says what else is used, which the graph does not hold
    kind_asked = any(isinstance(k, F.Kind) and not k.negated for k in frame.constraints)
    organization = CK + "Organization"
    for thing in things:
        if thing in lex.terms and (kind_asked or lex.is_kind(thing, organization)):
            continue  # (no chip is an organization: "the chips themselves rather than their vendors")
        if thing in lex.terms or lex.is_a(thing, CK + "Chip"):
            out.update(chips)  # another chip or kind in use beside it: not a fact of the graph
            continue
        kinds = set(lex.entities.get(thing, ("", ()))[1]) - _GENERIC_CLASSES
        paired: Any = None
        for k in frame.constraints:
            if isinstance(k, F.Memory) and k.technology and CK + "MemoryTechnology" in kinds:
                paired = F.Memory(thing)
            elif isinstance(k, F.Relation) and not k.negated and k.cls is None and not k.inverse:
                if any(kinds & set(lex.entities.get(v, ("", ()))[1]) for v in k.values):
                    paired = k._replace(values=(thing,))
            if paired is not None:
                break
        for chip in chips:
            ruled_out = None
            if paired is not None:
                ruled_out = C.compile_rules_out(F.Frame(F.YESNO, (F.Identity((chip,)), paired), (chip,)))
            if ruled_out is None or not _run(store, ruled_out).boolean:
                out.add(chip)
    return sorted(out)


def _reach_counted(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "How many chips are in an UltraCluster", "how many chips in an EC2 UltraCluster": a count of
    the chips related to a system that chips scale out through (the ck:via of a scale-out figure:
    Trainium2's "up to 100,000 chips, via Amazon EC2 UltraClusters") asks how many chips one such
    system holds, its reach, not how many of the article's chips are related to it (1). Refused,
    naming the scale-out figures through it."""
    systems = [
        v for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "relatedSystem" for v in k.values
    ]
    if not systems or frame.chips_use:  # "how many chips use EC2 UltraClusters": the chips related to it
        return
    w = C._Writer()
    var, _ = w.values([C._iri(s) for s in systems])
    query = (
        f"SELECT DISTINCT ?f ?chip WHERE {{ {w.block()} ?c ck:scaleOut ?f . ?f ck:via {var} . "
        "?c rdfs:label ?chip . } ORDER BY ?chip ?f"
    )
    found = _run(store, C.Compiled("select", query, ("f", "chip"))).rows
    if found:
        said = "; ".join(f"{r[1].value}: {_figure_columns(store, r[0].value)[0]}" for r in found)
        raise NoAnswer(
            f"I can't answer that: it asks how many chips {lex.entities[systems[0]][0]} holds, which is a "
            f"chip's scale out ({said}), not how many chips are related to it"
        )


def _narrowed_to_kind(frame: F.Frame, kind: str) -> F.Frame:
    return F.narrowed_to_kind(frame, kind)


def _named_in(constraints: tuple) -> list[str]:
    """The things a frame's constraints name (relation values, identities), nested ones included."""
    out: list[str] = []
    for k in constraints:
        if isinstance(k, F.Relation):
            out += list(k.values)
        elif isinstance(k, F.Identity) and not k.negated:
            out += list(k.chips)
        elif isinstance(k, F.OrgOfChips):
            out += _named_in(k.constraints)
    return out


def _from_section(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "According to the Future Prospects section, what architecture do AMD's GPUs use": the
    answer stands only if each thing it names cites that section (ck:section); CDNA 4 comes from
    AMD's section while Future Prospects says RDNA, so the question is refused, not answered from
    elsewhere. A yes/no or a figure is not traced to a section here: refused."""
    import pyoxigraph as ox

    if frame.ask == F.COUNT and not frame.group_by and not frame.distinct:
        # "how many organizations does the introduction name as hyperscalers": the count stands when
        # the list it counts does (traced here, as that list is)
        listed = frame._replace(ask=F.ORGS if frame.counting_orgs else F.CHIPS, counting_orgs=False)
        _from_section(store, listed, _answer(store, listed, lex, ""), lex)
        return
    if frame.section == F.OWN_SECTIONS:
        _from_own_sections(store, frame, answered, lex)
        return
    if frame.ask == F.TOP and not (answered.boolean is not None and answered.compared):
        _order_from_section(store, frame, lex)
    section = frame.section or ""
    title = _section_title(store, section)
    labels: dict[str, list[str]] = {}
    for iri, (label, _classes) in lex.entities.items():
        labels.setdefault(label, []).append(iri)
    named = [row[0] for row in answered.rows if row and row[0] is not None]
    iris: list[str] = []
    for value in named:
        if isinstance(value, ox.NamedNode):
            iris.append(value.value)
        elif value.value in labels and len(labels[value.value]) == 1:
            iris.append(labels[value.value][0])
        else:
            iris = []
            break
    asked = [*frame.subjects, *_named_in(frame.constraints)]  # what the question names must be there too
    if answered.boolean is not None and answered.compared:
        _compared_from_section(store, section, title, answered, lex)
        if frame.ask == F.TOP:  # the figures compared first ("does not give the figures compared"), then the rest
            _order_from_section(store, frame, lex)
        return
    if frame.ask == F.REPORT:
        _report_from_section(store, frame, answered, title)
        return
    if any(section in sections for sections in lex.profiled.values()) and _from_company_section(
        store, section, title, asked, answered, lex
    ):
        return
    # "Did Intel, according to the Future Prospects section, acquire Habana Labs?": a yes about
    # organizations (the question "who acquired Habana Labs" with Intel among its answers) is traced
    # as that list is: every organization it names, the one asked about included, cites the section
    org_yes = frame.counting_orgs and answered.boolean is True
    if not org_yes and (answered.boolean is not None or not iris or len(iris) != len(named)):
        raise NoAnswer(
            f"I can't answer that: whether the {title} section says so is not traced; ask without the section"
        )
    cites = _run(store, C.Compiled("select", f"SELECT ?x ?s WHERE {{ ?x <{CK}section> ?s }}", ()))
    citing = {r[0].value for r in cites.rows if r[1].value == section}
    unsaid = [lex.entities.get(i, (i, ()))[0] for i in dict.fromkeys(asked) if i not in citing]
    if unsaid:
        raise NoAnswer(f"I can't answer that: the {title} section does not name {', '.join(unsaid)}")
    if org_yes:
        return
    outside = [lex.entities.get(i, (i, ()))[0] for i in iris if i not in citing]
    if outside:
        raise NoAnswer(
            f"I can't answer that: the article's answer ({', '.join(outside)}) comes from outside the {title} "
            "section; ask without the section, or `chipkg query section-contents` shows what it holds"
        )


def _order_from_section(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Per the Mythic section, which chip draws the least power?", "according to the Apple section,
    does the M4 have the highest clock?", "according to the IBM section, which has more SRAM, NorthPole
    or the Groq LPU?": an order's leader (or a yes/no about it) rests on every figure it is ranked
    among, not on the leader's alone; the Mythic section gives the M2000's 4 W and no other chip's. The
    order stands for a cited section only as the ranking of the same field does (every row traced to
    the section, :func:`_from_section`), so the top, the top few, a two-chip comparison and a yes/no
    about the leader are checked as "rank the chips by power" is; a field whose ranking is refused
    refuses them too."""
    # every contender is a row, hedged ones at their stated numbers: which rows, not their order, is traced
    ranked = frame._replace(ask=F.RANK, n=None, claim=None, same=False, nth=False, place_after=None, stated_order=True)
    try:
        answered = _answer(store, ranked, lex, "")
    except NoAnswer as exc:
        title = _section_title(store, frame.section or "")
        why = str(exc).removeprefix("I can't answer that: ")
        raise NoAnswer(
            f"I can't answer that: the order rests on every figure ranked, and their ranking is refused ({why}), "
            f"so whether the {title} section gives them all is not traced; ask without the section"
        ) from None
    _from_section(store, ranked, answered, lex)


def _section_title(store: Any, section: str) -> str:
    """A section's title (its rdfs:label), or its IRI."""
    titled = _run(store, C.Compiled("select", f"SELECT ?l WHERE {{ <{section}> rdfs:label ?l }}", ()))
    return next((r[0].value for r in titled.rows), section)


def _from_own_sections(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "Which unicorn startups' chips are on 7nm, going by what each section states?": a list of
    chips stands when each chip listed has one section of its own (its designer's, ck:profiles) and
    every thing the question names cites that section (ck:section), or is said of chips described
    there only (:func:`_traced_by_chips`): 7nm cites the Groq, Cerebras and SambaNova sections. Any
    other answer (a figure, a count, a yes/no: "its section" names the one chip's) is refused."""
    import pyoxigraph as ox

    if frame.ask != F.CHIPS:
        raise NoAnswer(
            "I can't answer that: 'each section' is traced for a list of chips only; for one chip say "
            "'per its section', or name the section"
        )
    labels: dict[str, list[str]] = {}
    for iri, (label, _classes) in lex.entities.items():
        labels.setdefault(label, []).append(iri)
    chips: list[str] = []
    for row in answered.rows:
        value = row[0] if row else None
        if isinstance(value, ox.NamedNode):
            chips.append(value.value)
        elif value is not None and len(labels.get(value.value, ())) == 1:
            chips.append(labels[value.value][0])
        else:
            raise NoAnswer("I can't answer that: the chips listed are not traced to their sections")
    named = list(dict.fromkeys(_named_in(frame.constraints)))
    cites = _run(store, C.Compiled("select", f"SELECT ?x ?s WHERE {{ ?x <{CK}section> ?s }}", ()))
    sections: dict[str, set[str]] = {}
    for x, s in cites.rows:
        sections.setdefault(x.value, set()).add(s.value)
    for chip in chips:
        label = lex.entities.get(chip, (chip, ()))[0]
        # its designer's section (the H100 is described in d-Matrix's only: it has none of its own)
        profiled = {s for o in lex.designers.get(chip, ()) for s in lex.profiled.get(o, ())}
        own = lex.chip_sections.get(chip, frozenset()) & profiled
        if len(own) != 1:
            raise NoAnswer(
                f"I can't answer that: {label} is not described in one section of its own; ask without 'each section'"
            )
        (section,) = own
        traced = _traced_by_chips(store, [chip, *named], section, lex)
        unsaid = [
            lex.entities.get(i, (i, ()))[0] for i in named if section not in sections.get(i, set()) and i not in traced
        ]
        if unsaid:
            raise NoAnswer(
                f"I can't answer that: {label}'s own section does not name {', '.join(unsaid)}; "
                "ask without 'each section'"
            )


def _speed_of_chip(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "How fast is the CS-3?": with no measure named, a chip's speed is its compute performance
    only where the article gives it no clock speed; a chip with both (the Groq LPU's 1.2 GHz and its
    up to 1 PetaOPS) leaves which one is asked unsaid, and the question is refused, naming both."""
    part = frame.metric.component if frame.metric is not None else None

    def has_clock(chip: str) -> bool:
        # "how fast is the M4's Neural Engine": a part's clock is its own (the M4's is its CPU's), so
        # a part with none is asked its compute performance
        held = (
            f"{{ <{part}> <{CK}clockSpeed> ?f }} UNION "
            f"{{ <{chip}> <{CK}clockSpeed> ?f . ?f <{CK}measuredOn> <{part}> }}"
            if part
            else f"<{chip}> <{CK}clockSpeed> ?f"
        )
        return bool(_run(store, C.Compiled("ask", f"ASK {{ {held} }}", ())).boolean)

    clocked = [lex.entities.get(c, (c, ()))[0] for c in frame.subjects if has_clock(c)]
    if clocked:
        raise NoAnswer(
            f"I can't answer that: 'how fast' may ask for {', '.join(clocked)}'s clock speed or its compute "
            "performance; ask for one ('clock speed', 'performance')"
        )


def _report_from_section(store: Any, frame: F.Frame, answered: Answer, title: str) -> None:
    """ "What share of the market does the introduction give AMD?": a stored report's rows stand
    for a cited section when every figure they show cites it (ck:section); a row of no figure
    traced to a section, or of one from another section, refuses the question."""
    import pyoxigraph as ox

    shown = {v.value for row in answered.rows for v in row if isinstance(v, ox.NamedNode)}
    cites = _run(store, C.Compiled("select", f"SELECT ?x ?s WHERE {{ ?x <{CK}section> ?s }}", ()))
    sections: dict[str, set[str]] = {}
    for x, s in cites.rows:
        sections.setdefault(x.value, set()).add(s.value)
    traced = {x for x in shown if x in sections}
    if not answered.rows or not traced:
        raise NoAnswer(
            f"I can't answer that: whether the {title} section says so is not traced; ask without the section"
        )
    if any(frame.section not in sections[x] for x in traced):
        raise NoAnswer(
            f"I can't answer that: the article's answer comes from outside the {title} section; ask without the "
            "section, or `chipkg query section-contents` shows what it holds"
        )


def _traced_by_chips(store: Any, asked: list[str], section: str, lex: lexicon.Lexicon) -> set[str]:
    """The things a question names that cite no section at all (a workload: "LLM training" is said in
    several) but are said of chips the article describes in the cited section only ("per the IBM
    section, is NorthPole unsuitable for training LLMs?"): what the question says of those chips is
    what that section says. Empty when a chip named is described in another section too, or none."""
    chips = [i for i in asked if lex.is_a(i, CK + "Chip")]
    if not chips or any(lex.chip_sections.get(c, frozenset()) != {section} for c in chips):
        return set()
    w = C._Writer()
    var, _ = w.values([C._iri(i) for i in asked])
    query = f"SELECT DISTINCT ?x WHERE {{ {w.block()} BIND({var} AS ?x) FILTER NOT EXISTS {{ ?x <{CK}section> ?s }} }}"
    return {r[0].value for r in _run(store, C.Compiled("select", query, ("x",))).rows}


def _compared_from_section(store: Any, section: str, title: str, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "According to the figures in the Tenstorrent section, does the Grayskull e150 draw more power
    than the e75?": a yes/no that compares two chips' figures stands for a cited section only when
    each figure it compares cites that section (ck:section); one from elsewhere, or traced to no
    section, refuses the question, naming it."""
    from chipkg import figures

    w = C._Writer()
    var, _ = w.values([C._iri(f) for f in answered.compared])
    cited = _run(
        store,
        C.Compiled("select", f"SELECT ?f WHERE {{ {w.block()} BIND ({var} AS ?f) ?f <{CK}section> <{section}> }}", ()),
    )
    citing = {r[0].value for r in cited.rows}
    outside = [figures.figure(store, f).text for f in answered.compared if f not in citing]
    if outside:
        raise NoAnswer(
            f"I can't answer that: the {title} section does not give the figures compared ({'; '.join(outside)}); "
            "ask without the section"
        )


def _from_company_section(
    store: Any, section: str, title: str, asked: list[str], answered: Answer, lex: lexicon.Lexicon
) -> bool:
    """ "Per the Nvidia section, how many transistors does Blackwell have?": a company's section
    (ck:profiles) is where its chips' figures come from, each figure citing it (its ``source`` is the
    section's URL). A figure answer stands when every figure shown cites that section, a yes/no
    when the chip it asks about is one the section speaks of; refused otherwise. True when it
    stands; False for an answer of things (a list, a count), which the caller traces by what they cite."""
    import pyoxigraph as ox

    if answered.boolean is None and "source" not in answered.variables:
        return False
    named_things = {label for label, _classes in lex.entities.values()}
    if (
        answered.boolean is None
        and answered.variables[:1] == ["value"]
        and any(
            isinstance(row[0], ox.NamedNode) or (row[0] is not None and row[0].value in named_things)
            for row in answered.rows
            if row
        )
    ):
        # a thing the chip is related to ("what software does Blackwell use"): its source is the
        # chip's, not the fact's, so the thing itself must cite the section (CUDA is named in Future
        # Prospects only; per the Nvidia section it had answered CUDA)
        return False
    cites = _run(store, C.Compiled("select", f"SELECT ?x WHERE {{ ?x <{CK}section> <{section}> }}", ()))
    citing = {r[0].value for r in cites.rows} | _traced_by_chips(store, asked, section, lex)
    unsaid = [lex.entities.get(i, (i, ()))[0] for i in dict.fromkeys(asked) if i not in citing]
    if unsaid:
        raise NoAnswer(f"I can't answer that: the {title} section does not name {', '.join(unsaid)}")
    if answered.boolean is not None:
        return True
    url = _run(store, C.Compiled("select", f"SELECT ?u WHERE {{ <{section}> <{CK}sourceURL> ?u }}", ()))
    own = {r[0].value for r in url.rows}
    at = answered.variables.index("source")
    if any(row[at] is None or not own & set(row[at].value.split()) for row in answered.rows):
        raise NoAnswer(
            f"I can't answer that: the answer rests on figures from outside the {title} section; "
            "ask without the section"
        )
    return True


def _subsidiaries_counted(store: Any, labels: set[str], count: bool) -> str:
    """The reading's note for a count of organizations that counted a subsidiary with its parent
    (:func:`chipkg.ask.compile.compile_frame`), "AWS with its parent Amazon", or for a list that
    shows both (the article's section "Amazon/AWS" names both)."""
    from chipkg import sparql

    pairs = sparql.run(
        store,
        "SELECT ?child ?parent WHERE { ?c ck:parentOrganization+ ?p ; rdfs:label ?child . "
        "?p rdfs:label ?parent . } ORDER BY ?child",
    )
    with_parent = [
        f"{r[0].value} with its parent {r[1].value}" for r in pairs.rows if {r[0].value, r[1].value} <= labels
    ]
    if not with_parent:
        return ""
    return (" · counted once each: " if count else " · one company each: ") + ", ".join(with_parent)


def _run(store: Any, compiled: C.Compiled) -> Any:
    from chipkg import sparql

    return sparql.run(store, compiled.sparql)


VALUES_CHARS = 50_000  # the figures' IRIs in one query: half of sparql.MAX_QUERY_CHARS


def _batches(iris: list[str]) -> list[list[str]]:
    """``iris`` in batches of at most VALUES_CHARS characters, each one VALUES block of a query."""
    batches: list[list[str]] = [[]]
    size = 0
    for iri in iris:
        if batches[-1] and size + len(iri) > VALUES_CHARS:
            batches.append([])
            size = 0
        batches[-1].append(iri)
        size += len(iri) + 3
    return [batch for batch in batches if batch]


def _per_figure(store: Any, iris: list[str], pattern: str, columns: tuple[str, ...]) -> list[list[Any]]:
    """The rows of ``pattern`` (over ``?f``) for each figure of ``iris``, asked in batches of at
    most VALUES_CHARS characters of IRIs: a ranking over a large graph has a figure per chip
    (12,000 at a million triples), and one VALUES block of them all is refused as too long."""
    rows: list[list[Any]] = []
    for batch in _batches(iris):
        w = C._Writer()
        var, _ = w.values([C._iri(i) for i in batch])
        query = f"SELECT {' '.join('?' + c for c in columns)} WHERE {{ {w.block()} BIND ({var} AS ?f) {pattern} }}"
        rows.extend(_run(store, C.Compiled("select", query, columns)).rows)
    return rows


def _literal(text: str) -> Any:
    import pyoxigraph as ox

    return ox.Literal(text)


def _integer(value: int) -> Any:
    """An xsd:integer literal, as a SPARQL COUNT gives one."""
    import pyoxigraph as ox

    return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def _double(value: float | None) -> Any:
    import pyoxigraph as ox

    return None if value is None else ox.Literal(repr(float(value)), datatype=ox.NamedNode(C.XSD_DOUBLE))


def _answer(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    if frame.ask == F.TOP and frame.hedges:
        # "(an approximate figure in that chip's case)": the hedges said of the winning figure
        told = _answer(store, frame._replace(hedges=()), lex, reading)
        _winner_hedged(frame, told)
        return told
    if any(
        isinstance(c, (F.Than, F.SameAs, F.TopOf))
        for k in frame.constraints
        for c in (k.constraints if isinstance(k, F.OrgOfChips) else (k,))
    ):
        frame, reading = _others_resolved(store, frame, lex, reading)
    if frame.ask in (F.YESNO, F.CHIPS, F.COUNT, F.TOP, F.RANK, F.ORGS):
        for chip, premises in frame.chip_premises:  # "the same 5nm node as the Gaudi 3": it must be on 5nm
            _check_premises(store, F.Frame(F.YESNO, subjects=(chip,), premises=premises), lex, reading)
    if frame.ask == F.VALUE and frame.also:
        if frame.metric is not None and frame.metric.prop not in (CK + "designedBy", CK + "manufacturedBy"):
            return _first_stated(store, frame, lex, reading)
        return _makers(store, frame, lex, reading)
    if frame.ask == F.VALUE:
        for chip, premises in frame.chip_premises:  # "both dies combined": the chip must have two
            _check_premises(store, F.Frame(F.YESNO, subjects=(chip,), premises=premises), lex, reading)
        return _value(store, frame, lex, reading)
    if frame.ask == F.YESNO:
        return _yes_no(store, frame, lex, reading)
    if frame.ask == F.COMPARE:
        return _compare(store, frame, lex, reading)
    if frame.ask == F.REPORT:
        return _report(store, frame, lex, reading)
    if frame.ask == F.GENERATION:
        return _generation(store, frame, lex, reading)
    if frame.ask == F.PARTS:
        return _parts(store, frame, lex, reading)
    if frame.ask in (F.TOP, F.RANK) and frame.metric is None:
        return _unmeasured_top(store, frame, lex, reading)
    if frame.ask == F.TOP and frame.claim is not None:
        # "is the Adreno 750 on a smaller node than the Gaudi 3?": the comparison rests on each named
        # chip's node; a hedged one is said in the reading, as a one-chip yes/no says it
        chips_compared: list[str] = [frame.claim]
        chips_compared += [c for k in frame.constraints if isinstance(k, F.Identity) and not k.negated for c in k.chips]
        hedge = _hedged_nodes(store, frame, [lex.entities[c][0] for c in chips_compared if c in lex.entities])
        if frame.ask in (F.TOP, F.RANK) and not _names_chips(frame):
            told = _leads(store, frame, lex, reading)
        else:
            told = _claimed_top(store, frame, lex, reading)
        return told._replace(reading=told.reading + hedge) if hedge else told
    if frame.ask in (F.TOP, F.RANK) and frame.claim is not None and not _names_chips(frame):
        return _leads(store, frame, lex, reading)
    pair = [c for k in frame.constraints if isinstance(k, F.Identity) and not k.negated for c in k.chips]
    if (
        frame.ask == F.TOP
        and frame.metric is not None
        and frame.metric.prop == CK + "performance"
        and frame.metric.precision is None
        and not frame.metric.precisions
        and len(set(pair)) == 2
    ):
        # "which has more TOPS, the NorthPole or the AI 100 Ultra?": told only as the yes/no "does the
        # NorthPole deliver more TOPS than the AI 100 Ultra?" tells it (one figure each, any precision
        # named or complete); it picked NorthPole on its INT2 800 TOPS against an INT8 400
        # (a figure that is part of the chip's performance is not held against it here: "which has the
        # higher stated peak TFLOPS, the Maia 100 or the Trainium2" compares the stated figures)
        _claimed_top(store, frame._replace(claim=pair[0]), lex, reading, parts=False)
    frame = _every_scope_ranked(frame)
    _check_negations(store, frame.constraints, lex)
    _hedged_alike(store, frame, lex)
    if frame.ask == F.COUNT and not frame.counting_orgs:
        _reach_counted(store, frame, lex)
    if frame.ask == F.COUNT and frame.distinct and frame.subjects:
        return _values_counted(store, frame, lex, reading)
    if frame.ask == F.COUNT and frame.distinct and frame.per_chip:
        return _values_per_chip(store, frame, lex, reading)
    if frame.ask == F.COUNT and frame.distinct:
        _distinct_alike(_distinct_values(store, frame), lex)
    compiled = C.compile_frame(frame)
    result = _run(store, compiled)
    _hedge_doubt_decides(store, frame, result)
    if frame.general_kind:  # "AI accelerators": any chip, or those the article calls so?
        narrowed = _narrowed_to_kind(frame, frame.general_kind)
        other = _run(store, C.compile_frame(narrowed))
        if [r[0] for r in other.rows] != [r[0] for r in result.rows]:
            raise NoAnswer(
                "I can't answer that: 'AI accelerator' may mean any chip or only the chips the article "
                "calls AI accelerators, and the answers differ; say 'chips' or name the kind"
            )
    likely = _likely_besides(store, frame, result.rows)
    if likely and (frame.ask != F.CHIPS or frame.group_by):
        only = "; ".join(f"{r[1].value} likely uses {r[2].value}" for r in likely)
        raise NoAnswer(
            "I can't answer that: of the memory technologies asked, the article says only that " + only + "; list "
            "the chips to see each with its hedge"
        )
    if frame.ask in (F.TOP, F.RANK):
        ranked = _tie_held(frame, _ranking(store, frame, lex, reading, compiled, result))
        return ranked._replace(reading=ranked.reading + _performance_partly_ranked(store, frame, lex))
    if frame.ask in (F.CHIPS, F.COUNT) and not frame.group_by and not frame.distinct and not frame.counting_orgs:
        _several_candidates_listed(store, frame, lex, result if frame.ask == F.CHIPS else None)
        reading += _performance_partly_stated(store, frame, lex)
    if (
        frame.ask == F.ORGS
        and not result.rows
        and any(isinstance(k, F.Relation) and k.prop in C.ORG_RELATIONS for k in frame.constraints)
    ):
        raise NoAnswer(
            "I can't answer that: the article names no such organization (its lists of owners, "
            "members and acquisitions are not exhaustive)"
        )
    if (
        frame.ask == F.COUNT
        and frame.counting_orgs
        and result.rows
        and any(
            (isinstance(k, F.Relation) and k.prop in C.ORG_RELATIONS) or isinstance(k, F.Kind)
            for k in frame.constraints
        )
    ):
        # "how many organizations are members of UXL": 3, those the article names (l.15 "which includes
        # Google"); a bare number read as all there are. So is a kind of organization: "how many
        # hyperscalers are there?" counts the four l.15 names "such as" (red team 54)
        reading += (
            " · counted among those the article names (its lists of owners, members and acquisitions "
            "are not exhaustive)"
        )
    # "how many foundries does TSMC have" counted TSMC itself, where "which foundries does TSMC have" is
    # refused: a count of organizations is checked on the organizations it counts
    listed = (
        _run(store, C.compile_frame(frame._replace(ask=F.ORGS, counting_orgs=False)))
        if frame.ask == F.COUNT and frame.counting_orgs and not frame.group_by and not frame.distinct
        else result
        if frame.ask == F.ORGS
        else None
    )
    if (frame.counting_orgs or frame.ask == F.ORGS) and listed is not None and listed.rows:
        if frame.orgs_apart:
            reading += " · a subsidiary counted apart from its parent"
        else:
            reading += _subsidiaries_counted(store, {r[0].value for r in listed.rows}, frame.ask == F.COUNT)
    if listed is not None and listed.rows:
        inner = [c for k in frame.constraints if isinstance(k, F.OrgOfChips) for c in k.constraints]
        named = {
            lex.entities[v][0] for k in (*frame.constraints, *inner) if isinstance(k, F.Relation) for v in k.values
        }
        if {r[0].value for r in listed.rows} <= named:  # "who does TSMC fabricate for" answered "TSMC"
            raise NoAnswer(
                "I can't answer that: the answer would only repeat "
                + ", ".join(sorted(named))
                + "; ask which companies design the chips it makes"
            )
    if listed is not None and listed.rows and not frame.group_by:
        reading += _organizations_by_hedged(store, frame, lex, {r[0].value for r in listed.rows})
    if frame.ask in (F.CHIPS, F.COUNT) and not frame.counting_orgs:
        _undecided_bounds(store, frame, {r[0].value for r in result.rows} if frame.ask == F.CHIPS else None)
        reading += _bounds_read_out(store, frame)
        if not frame.group_by and not frame.distinct:
            reading += _had_at_another_scope(store, frame)
    uncompared = Uncompared()
    if frame.ask in (F.CHIPS, F.COUNT, F.ORGS):
        uncompared = _uncompared_memories(store, frame, lex, result)
        reading += uncompared.text()
    if frame.ask == F.CHIPS and not result.rows:
        likely = _only_likely(store, frame)
        if likely and frame.definite:  # "which chips definitely use HBM3E": none is said to outright
            only = "; ".join(f"{r[1].value} likely uses {r[2].value}" for r in likely)
            raise NoAnswer(f"I can't answer that: the article says only that {only}")
        if likely:  # "which chips use HBM3E": the chips the article says likely do, with that hedge
            rows = [[r[1], _literal(f"likely {r[2].value}")] for r in likely]
            return Answer(reading + " · stated only as likely", ["chip", "hedge"], rows, sparql=compiled.sparql)
        _only_narrower(store, frame, lex)
        _only_related(store, frame, lex)
        _other_link(store, frame, lex)
        negated = [k for k in frame.constraints if isinstance(k, F.Relation) and k.negated]
        if negated:  # nothing ruled out is not "every chip has it"
            raise NoAnswer(
                "I can't answer that: the article rules no chip out for "
                + ", ".join(_describe_constraint(k._replace(negated=False), lex) for k in negated)
            )
        ruled = [k for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "notSuitableFor"]
        if ruled:
            raise NoAnswer(
                "I can't answer that: the article rules no chip out for "
                + ", ".join(_names(k.values, lex) for k in ruled)
                + "; it only lists what chips are for"
            )
        one = [k for k in frame.constraints if isinstance(k, F.Identity) and not k.negated and len(k.chips) == 1]
        if one and len(frame.constraints) > 1:  # "what GPU is in the Snapdragon": not a filter on that chip
            rest = tuple(k for k in frame.constraints if k is not one[0])
            raise NoAnswer(  # with the figures it does give ("up to 1 PetaOPS" is no exact 1 POPS)
                f"I can't answer that: the article does not say {_names(one[0].chips, lex)} is "
                + " · ".join(_describe_constraint(k, lex) for k in rest)
                + _deciding_figures(store, F.Frame(F.YESNO, rest, subjects=one[0].chips), lex)
            )
        exact = [k for k in frame.constraints if isinstance(k, F.Measure) and k.low is not None and k.low == k.high]
        if exact and len(exact) < len(frame.constraints):
            # "Which Nvidia chip has 128 GB of HBM?": Gaudi 3 and Trillium have exactly that, so the other
            # conditions are what no chip meets ("no chip has exactly that" was false, red team 74)
            alone = _run(store, C.compile_frame(F.Frame(F.CHIPS, tuple(exact))))
            if alone.rows:
                fits = ", ".join(sorted(r[0].value for r in alone.rows))
                have = "has" if len(alone.rows) == 1 else "have"
                raise NoAnswer(f"The article names no chip that fits: {reading} (only {fits} {have} that figure)")
        if exact:  # "exactly 20 billion" against "over 20 billion": no figure says it is, none that it is not
            raise NoAnswer(
                "I can't answer that: no chip has exactly that as its only, unhedged figure: "
                + ", ".join(_describe_constraint(k, lex) for k in exact)
            )
    if _none_named(frame, result.rows):
        _likely_instead(store, frame)
        if frame.ask == F.COUNT and not frame.counting_orgs and not frame.group_by:
            _other_link(store, frame, lex)  # "how many chips are meant to power Copilot" (red team 73)
        # "which chips does Habana Labs design": the article's lists are not exhaustive, so naming
        # none is not "there are none"; said as an absent fact (exit 1), with what was looked for
        what = "organization" if frame.ask == F.ORGS or frame.counting_orgs else "chip"
        if frame.group_by and not frame.counting_orgs:
            what = (_range_label(store, frame.group_by) or "value") + " of any chip"
        if " · not compared: " in reading or (uncompared.chips and uncompared.unscoped):
            # "Which chips have at least two RISC-V processors?" (red team 76): the Grayskulls' and
            # the M2000's are given per core or tile; "names no chip that fits" denied they might
            raise NoAnswer(
                f"I can't answer that: no {what} whose figures are given per chip fits, and those given "
                f"otherwise cannot be told: {reading}"
            )
        inner = [k for k in frame.constraints if isinstance(k, F.OrgOfChips)]
        if frame.ask == F.ORGS and len(inner) == 1 and len(frame.constraints) == 1:
            # "Who designed the 4 W chip?" (red team 80): the M2000's power is "about 4 watts"; the
            # chips' own refusal says so ("names no organization" was false)
            chips = F.Frame(F.CHIPS, inner[0].constraints)
            _answer(store, chips, lex, describe_frame(chips, lex))
        raise NoAnswer(f"The article names no {what} that fits: {reading}")
    if frame.ask in (F.CHIPS, F.COUNT) and not frame.counting_orgs and not frame.group_by:
        # a range's members are shown with the figures they are in it by: an "up to" figure read
        # at its peak, a card's power, a system's model size say so in every row; a member by a
        # fact the graph marks as hedged carries the hedge
        by = _range_figures(store, frame, had_too=frame.ask == F.CHIPS)
        hedged_props = _hedged_props(frame.constraints, listing=True)
        notes = _fact_hedges(store, hedged_props)
        if frame.outright:  # a chip known only by the graph's reading is left out (_stated_outright), not hedged
            readings = _fact_hedges(store, hedged_props, reading_only=True)
            notes = {c: n for c, n in notes.items() if c not in readings}
        if frame.ask == F.CHIPS and (by or likely or any(r[0].value in notes for r in result.rows)):
            variables, rows = ["chip"], [[r[0]] for r in result.rows]
            if likely:  # "HBM3 or HBM3E": the MI350's "likely HBM3E" listed with its hedge
                for r in likely:
                    likely_said = f"likely {r[2].value}"
                    notes[r[1].value] = f"{notes[r[1].value]} {likely_said}" if r[1].value in notes else likely_said
                rows = sorted([*rows, *([r[1]] for r in likely)], key=lambda row: str(row[0].value))
                reading += " · 'likely': the article says only that the chip likely uses it"
            if by:
                variables.append("figure")
                rows = [[*row, _literal("; ".join(by.get(row[0].value, [])))] for row in rows]
            if any(row[0].value in notes for row in rows):
                variables.append("hedge")
                rows = [[*row, _literal(notes[row[0].value]) if row[0].value in notes else None] for row in rows]
            return Answer(reading, variables, rows, sparql=compiled.sparql)
        from chipkg import figures

        hedge_words, claim_words = figures.qualifier_words(store) if by else ([], [])
        hedges, claims = tuple(w + " " for w in hedge_words), tuple(f" ({w})" for w in claim_words)
        counted = [f"{c}: {t}" for c, ts in by.items() for t in ts if _hedged_or_scoped(t, hedges, claims)]
        if frame.ask == F.COUNT and counted:  # which of its chips a count counts by a hedged figure
            reading += " · counted by " + "; ".join(counted)
        if frame.ask == F.COUNT and notes:
            listed = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS)))
            said = [f"{r[0].value}: {notes[r[0].value]}" for r in listed.rows if r[0].value in notes]
            if said:
                reading += " · counted by a hedged fact: " + "; ".join(said)
        if frame.ask == F.COUNT and frame.distinct:
            reading += _distinct_hedged(store, frame, lex, result)
    if frame.ask == F.COUNT and frame.group_by and not frame.counting_orgs:
        # "how many chips per foundry": a chip counted in its group by a fact the graph marks as hedged
        # (the Adreno 750's TSMC 4nm is said of the Adreno GPUs in general) says so, as the plain count does
        notes = _fact_hedges(store, {frame.group_by} | _hedged_props(frame.constraints, listing=True))
        hedged: list[str] = []
        if notes:
            listed = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS, group_by=None, top_groups=False)))
            hedged = [r[0].value for r in listed.rows if r[0].value in notes]
            if hedged:
                reading += " · counted by a hedged fact: " + "; ".join(f"{c}: {notes[c]}" for c in hedged)
        if frame.top_groups:
            return _top_groups(store, frame, lex, reading, compiled, result, hedged)
        if frame.groups_counted is not None:
            return _groups_counted(store, frame, lex, reading, compiled, result, hedged)
    return Answer(reading, result.variables, result.rows, sparql=compiled.sparql)


def _organizations_by_hedged(store: Any, frame: F.Frame, lex: lexicon.Lexicon, orgs: set[str]) -> str:
    """For organizations listed or counted by the chips they make ("which companies make a 4nm
    chip", "who makes a chip with more than 9000 TFLOPS"): the chips of theirs that qualify by a
    fact the graph hedges (the Adreno 750's 4nm, said of the Adreno GPUs in general) or by a
    hedged or claimed figure ("up to 9600 TFLOPS (vendor claim)"), said as a chip count says them;
    "" when none does. ``orgs``: the labels of the organizations answered."""
    from chipkg import figures

    made = [k for k in frame.constraints if isinstance(k, F.OrgOfChips) and k.constraints]
    if not made:
        return ""
    iris = {label: iri for label, iri in lex.by_label().items() if label in orgs}
    hedge_words, claim_words = figures.qualifier_words(store)  # once: the same words for every chip
    hedges, claims = tuple(w + " " for w in hedge_words), tuple(f" ({w})" for w in claim_words)
    said: list[str] = []
    for k in made:
        notes = _fact_hedges(store, _hedged_props(k.constraints, listing=True))
        for org in sorted(iris):
            chips = F.Frame(F.CHIPS, (*k.constraints, F.Relation(k.prop, (iris[org],))))
            rows = _run(store, C.compile_frame(chips)).rows
            by = _range_figures(store, chips)
            for r in rows:
                chip = r[0].value
                texts = [t for t in by.get(chip, []) if _hedged_or_scoped(t, hedges, claims)]
                if chip in notes:
                    texts.append(notes[chip])
                said.extend(f"{org} by {chip}: {t}" for t in texts)
    return " · by a hedged or claimed fact: " + "; ".join(dict.fromkeys(said)) if said else ""


def _top_groups(
    store: Any,
    frame: F.Frame,
    lex: lexicon.Lexicon,
    reading: str,
    compiled: C.Compiled,
    result: Any,
    hedged: list[str],
) -> Answer:
    """ "Which foundry makes the most chips": the groups of the count per group with the highest
    count, ties kept, each with its count (:func:`_groups_kept`)."""

    def best(rows: list[Any]) -> list[Any]:
        most = max((int(r[1].value) for r in rows), default=0)
        return [r for r in rows if int(r[1].value) == most]

    top, _said, counted = _groups_kept(store, frame, lex, result, hedged, best, "which has the most chips")
    return Answer(reading + counted, result.variables, top, sparql=compiled.sparql)


#: how a count per group is compared with the number said ("more than one chip": gt)
_COUNT_COMPARED = {"gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "eq": lambda a, b: a == b}
_COUNT_COMPARED_WORDS = {"gt": "more than", "ge": "at least", "eq": "exactly"}


def _groups_counted(
    store: Any,
    frame: F.Frame,
    lex: lexicon.Lexicon,
    reading: str,
    compiled: C.Compiled,
    result: Any,
    hedged: list[str],
) -> Answer:
    """ "Which vendors have more than one chip?": the groups of the count per group whose count
    compares with the number said, each with its count (:func:`_groups_kept`); none is an absent fact."""
    assert frame.groups_counted is not None
    cmp, n = frame.groups_counted
    fits = _COUNT_COMPARED[cmp]

    def kept(rows: list[Any]) -> list[Any]:
        return [r for r in rows if fits(int(r[1].value), n)]

    chosen, said, counted = _groups_kept(store, frame, lex, result, hedged, kept, "which groups qualify")
    reading += f" · only those with {_COUNT_COMPARED_WORDS[cmp]} {n}" + counted
    if not chosen:  # as a list that names none: not "there are none" (the article's lists are not exhaustive)
        raise NoAnswer(f"The article names no {said or 'group'} that fits: {reading}")
    return Answer(reading, result.variables, chosen, sparql=compiled.sparql)


def _groups_kept(
    store: Any,
    frame: F.Frame,
    lex: lexicon.Lexicon,
    result: Any,
    hedged: list[str],
    kept: Any,
    what: str,
) -> tuple[list[Any], str, str]:
    """The rows of a count per group that ``kept`` keeps, the word for the groups, and the note that
    says how many chips were counted (those whose value of the relation the article states); refused
    when the chips counted by a hedged fact would change which groups are kept (``what`` names it)."""
    chosen = kept(result.rows)
    said = _range_label(store, frame.group_by or "") or lex.terms.get(frame.group_by or "", ("", False))[0]
    if hedged:
        labels = lex.by_label()
        surer = frame._replace(
            constraints=(*frame.constraints, F.Identity(tuple(labels[c] for c in hedged if c in labels), negated=True))
        )
        without = _run(store, C.compile_frame(surer)).rows
        if {r[0].value for r in kept(without)} != {r[0].value for r in chosen}:
            raise NoAnswer(
                f"I can't answer that: {what} turns on a fact the article hedges ("
                + ", ".join(hedged)
                + "); `chipkg ask` 'how many chips per ...' shows each count"
            )
    _groups_kept_by_profiled(store, frame, lex, kept, chosen, what)
    every = _run(
        store, C.compile_frame(frame._replace(ask=F.CHIPS, group_by=None, top_groups=False, groups_counted=None))
    )
    stated = sum(int(r[1].value) for r in result.rows)
    return chosen, said, f" · counted among the {stated} of {len(every.rows)} chips whose {said} the article names"


def _groups_kept_by_profiled(
    store: Any, frame: F.Frame, lex: lexicon.Lexicon, kept: Any, chosen: list[Any], what: str
) -> None:
    """ "Which vendors have more than one chip?": the graph holds, beside the chips the article
    profiles, some it names only in passing or as a comparison's baseline (the H100, the MI300
    series, the Ryzen 9000, the first Trainium). Counted or not, they change which organizations
    have "more than one" or "the most": refused, naming them, unless the question says which chips
    it counts ("profiled chips"); answered where both counts keep the same groups."""
    if any(isinstance(k, F.Profiled) for k in frame.constraints):
        return
    profiled = _run(store, C.compile_frame(frame._replace(constraints=(*frame.constraints, F.Profiled(True)))))
    if {r[0].value for r in kept(profiled.rows)} == {r[0].value for r in chosen}:
        return
    named = frame._replace(
        ask=F.CHIPS,
        group_by=None,
        top_groups=False,
        groups_counted=None,
        constraints=(*frame.constraints, F.Profiled(False)),
    )
    passing = sorted({str(r[0].value) for r in _run(store, C.compile_frame(named)).rows})
    raise NoAnswer(
        f"I can't answer that: {what} turns on whether the chips the article names only in passing or "
        f"as a comparison's baseline count ({', '.join(passing)}); ask about 'profiled chips' to count "
        "only the chips the article profiles"
    )


def _hedged_alike(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Which chips give the transistor count as a lower bound?": a chip with one figure of the
    measure so hedged and another not would be listed by one reading and not by the other ("only as
    a lower bound"); refused, naming it, where the two readings pick different chips."""
    if not any(isinstance(k, F.Measure) and k.hedged for k in frame.constraints):
        return
    chips = frame._replace(ask=F.CHIPS)
    every = chips._replace(
        constraints=tuple(
            k._replace(hedged_all=True) if isinstance(k, F.Measure) and k.hedged else k for k in frame.constraints
        )
    )
    some = {r[0].value for r in _run(store, C.compile_frame(chips)).rows}
    each = {r[0].value for r in _run(store, C.compile_frame(every)).rows}
    if some != each:
        raise NoAnswer(
            "I can't answer that: "
            + ", ".join(sorted(some - each))
            + " give the figure so hedged and another not; ask for each chip's figures, "
            + "which are shown with their hedges"
        )


def _values_counted(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "How many data types does Trainium2 support?": the values the article names for the chip,
    counted (each once; one narrower than another refused, as for all chips) and said in the
    reading, so the count can be checked against them. None named is no zero: the article does
    not say, and the answer says so (exit 1)."""
    assert frame.distinct is not None
    prop = frame.distinct
    framed = C.with_subjects(frame)
    found = _distinct_values(store, framed)
    _distinct_alike(found, lex)
    compiled = C.compile_frame(framed)
    result = _run(store, compiled)
    if any(v not in lex.entities for v in found):  # an interconnect's or a memory's figures: no names
        raise NoAnswer(
            f"I can't answer that: the article gives {_names(frame.subjects, lex)}'s "
            f"{_metric_label(F.Metric(prop), lex)} as figures, not as named things to count; ask for them"
        )
    values = sorted(lex.entities[v][0] for v in found)
    if not values:
        noun = _range_label(store, prop) or _metric_label(F.Metric(prop), lex)
        raise NoAnswer(f"The article names no {noun} for {_names(frame.subjects, lex)}")
    # a value the graph hedges for the chip (the Adreno 750's foundry, stated of the Adreno GPUs in
    # general) is counted as the value question shows it: with its hedge
    notes = _fact_hedges(store, {prop})
    hedged = [
        f"{lex.entities[c][0]}: {notes[lex.entities[c][0]]}" for c in frame.subjects if lex.entities[c][0] in notes
    ]
    hedge = " · counted by a hedged fact: " + "; ".join(hedged) if hedged else ""
    return Answer(f"{reading} ({', '.join(values)}){hedge}", result.variables, result.rows, sparql=compiled.sparql)


def _values_per_chip(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "Which chip supports the most data formats?": each chip's values of the relation that the
    article names, counted (each once), and the chips with the most (ties kept), each row with its
    count and the values counted, so it can be checked. Counted among the chips whose values the
    article names, which the reading says; refused where one chip's values hold one narrower than
    another (whether it counts apart is the asker's to say), where the values are figures rather
    than named things, where a figure is compared (its hedges would have to be weighed too), and
    where a fact the graph hedges would change which chips have the most."""
    assert frame.distinct is not None
    prop = frame.distinct
    if any(isinstance(k, F.Measure | F.Than | F.TopOf | F.SameAs) for k in frame.constraints):
        raise NoAnswer(
            "I can't answer that: counting each chip's values is done only among chips narrowed by names and kinds"
        )
    w = C._Writer()
    body = C.chip_constraints(w, "?c", frame.constraints)
    pairs = (
        f"SELECT DISTINCT ?chip ?v WHERE {{ {w.block()} ?c a ck:Chip . {body} ?c <{prop}> ?v ; rdfs:label ?chip . }}"
    )
    per_chip: dict[str, list[str]] = {}  # chip label -> the values named for it
    for chip, v in _run(store, C.Compiled("select", pairs, ("chip", "v"))).rows:
        per_chip.setdefault(chip.value, []).append(v.value)
    noun = _range_label(store, prop) or _metric_label(F.Metric(prop), lex)
    if not per_chip:
        raise NoAnswer(f"The article names no {noun} of any chip that fits: {reading}")
    if any(v not in lex.entities for vs in per_chip.values() for v in vs):
        raise NoAnswer(f"I can't answer that: the article gives {noun} as figures, not as named things to count")
    for values in per_chip.values():
        _distinct_alike(values, lex)
    notes = _fact_hedges(store, {prop} | _hedged_props(frame.constraints, listing=True))
    hedged = [c for c in per_chip if c in notes]

    def most(chips: list[str]) -> set[str]:
        best = max((len(per_chip[c]) for c in chips), default=0)
        return {c for c in chips if len(per_chip[c]) == best}

    top = most(list(per_chip))
    if hedged and most([c for c in per_chip if c not in hedged]) != top:
        raise NoAnswer(
            "I can't answer that: which chip has the most turns on a fact the article hedges ("
            + "; ".join(f"{c}: {notes[c]}" for c in hedged)
            + ")"
        )
    chosen = sorted(top if frame.top_groups else per_chip, key=lambda c: (-len(per_chip[c]), c))
    rows = [
        [
            _literal(c),
            _integer(len(per_chip[c])),
            _literal(", ".join(sorted(lex.entities[v][0] for v in per_chip[c]))),
        ]
        for c in chosen
    ]
    every = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS, distinct=None, per_chip=False, top_groups=False)))
    reading += f" · counted among the {len(per_chip)} of {len(every.rows)} chips whose {noun} the article names"
    said = [f"{c}: {notes[c]}" for c in chosen if c in hedged]
    if said:
        reading += " · counted by a hedged fact: " + "; ".join(said)
    return Answer(reading, ["chip", "count", noun.replace(" ", "_")], rows, sparql=C.compile_frame(frame).sparql)


def _distinct_hedged(store: Any, frame: F.Frame, lex: lexicon.Lexicon, result: Any) -> str:
    """A count of distinct values counts each chip's value of the relation: where a value the graph
    hedges (the Adreno 750's 4nm, said of the Adreno GPUs in general) is one only that chip has
    among those counted ("how many distinct nodes do the GPUs other than the Blackwell use"), the
    count rests on it and the reading says so; a value another chip states too changes nothing."""
    assert frame.distinct is not None
    notes = _fact_hedges(store, {frame.distinct})
    listed = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS, distinct=None)))
    hedged = [r[0].value for r in listed.rows if r[0].value in notes]
    if not hedged:
        return ""
    labels = lex.by_label()
    surer = frame._replace(
        constraints=(*frame.constraints, F.Identity(tuple(labels[c] for c in hedged if c in labels), negated=True))
    )
    if _run(store, C.compile_frame(surer)).rows == result.rows:
        return ""
    return " · counted by a hedged fact: " + "; ".join(f"{c}: {notes[c]}" for c in hedged)


def _distinct_values(store: Any, frame: F.Frame) -> list[str]:
    """The values of ``frame.distinct`` the chips that fit the frame's constraints have, each once."""
    w = C._Writer()
    body = C.chip_constraints(w, "?c", frame.constraints)
    query = f"SELECT DISTINCT ?v WHERE {{ {w.block()} ?c a ck:Chip . {body} ?c <{frame.distinct}> ?v . }}"
    return [r[0].value for r in _run(store, C.Compiled("select", query, ("v",))).rows]


def _distinct_alike(values: list[str], lex: lexicon.Lexicon) -> None:
    """ "How many distinct formats do the chips support": cFP8 is a kind of FP8 (skos:broader), so
    whether it counts apart is the asker's to say. Refused when the values counted hold one that is
    narrower than another."""
    alike = sorted((v, b) for v in set(values) for b in lex.broader.get(v, []) if b in values)
    if alike:
        said = ", ".join(f"{lex.entities[v][0]} is a kind of {lex.entities[b][0]}" for v, b in alike)
        raise NoAnswer(f"I can't answer that: {said}; whether it counts apart is not for me to decide")


def _hedged_props(constraints: tuple, listing: bool) -> set[str]:
    """The properties whose stated facts an answer with these constraints rests on: the relation's
    own, for a workload the article rules out ("not for data centers"; a yes/no answers false
    by it) ck:notSuitableFor, for a node's feature size the chip's process node, and for a figure
    at a precision the formats the chip supports."""
    props: set[str] = set()
    for k in constraints:
        if isinstance(k, F.Relation) and k.prop in C.RELATIONS:
            if not (listing and k.negated and k.prop == CK + "workload"):
                props.add(k.prop)
            if k.prop == CK + "workload" and (k.negated or not listing):
                props.add(CK + "notSuitableFor")
        if isinstance(k, F.Measure) and k.prop == CK + "featureSize":  # a node's size is the chip's by its node
            props.add(CK + "processNode")
        if isinstance(k, F.Measure) and k.precision is not None:
            # "which chips have an INT8 figure": a figure's precision is the format the chip is read to
            # support (NorthPole's "8-bit" read as INT8: red team 52)
            props.add(CK + "supportsFormat")
    return props


def _fact_hedges(store: Any, props: set[str], reading_only: bool = False) -> dict[str, str]:
    """Chip label -> the hedge notes (ck:noteKind ck:Hedge) that name one of ``props`` as the
    property whose facts about the chip they hedge (ck:hedgesProperty): "Data-centre use is judged
    very unlikely rather than ruled out"; ``reading_only``: only the notes marked ck:readingOnly."""
    if not props:
        return {}
    w = C._Writer()
    var, _ = w.values([C._iri(p) for p in sorted(props)])
    reading = "ck:readingOnly true ; " if reading_only else ""
    query = (
        f"SELECT DISTINCT ?chip ?comment WHERE {{ {w.block()} ?n ck:about ?c ; ck:noteKind ck:Hedge ; {reading}"
        f"ck:hedgesProperty {var} ; rdfs:comment ?comment . ?c a ck:Chip ; rdfs:label ?chip . }} "
        "ORDER BY ?chip ?comment"
    )
    out: dict[str, str] = {}
    for chip, comment in _run(store, C.Compiled("select", query, ("chip", "comment"))).rows:
        out[chip.value] = f"{out[chip.value]} {comment.value}" if chip.value in out else comment.value
    return out


def _chip_sources(store: Any, chip: str) -> str | None:
    """The source URLs of the article sections (or user sources) that speak of ``chip``, space
    separated: a relation ("manufactured by TSMC") is stated of the chip, not reified, so its
    provenance is the chip's (ck:citesSource, inferred from ck:section), each URL a reader can check."""
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    query = f"SELECT DISTINCT ?s WHERE {{ {w.block()} {var} ck:citesSource ?s . }} ORDER BY ?s"
    urls = [r[0].value for r in _run(store, C.Compiled("select", query, ("s",))).rows]
    return " ".join(urls) or None


def _hedged_or_scoped(text: str, hedges: tuple[str, ...], claims: tuple[str, ...] = ()) -> bool:
    """A figure text that opens with one of ``hedges`` (each hedge word and a space), says one of
    ``claims`` (" (vendor claim)"), or has a scope other than the chip's."""
    return (
        text.startswith(hedges)
        or any(c in text for c in claims)
        or "per " in text.replace("per chip", "")
        or "scope not stated" in text
    )


def _deciding_figures(
    store: Any, frame: F.Frame, lex: lexicon.Lexicon, found: list[tuple[str, str]] | None = None
) -> str:
    """The figures a yes/no against a number rests on, as stated (" · Apple M4: up to 3.5 GHz"):
    an "up to" figure is read as reached at its peak (:func:`_span`), so the answer says which it
    read. ``found``: :func:`_deciding_iris`, when the caller has them."""
    from chipkg import figures

    found = _deciding_iris(store, frame) if found is None else found
    texts = [_scoped_text(figures.figure(store, iri), prop) for iri, prop in found]
    return f" · {lex.entities[frame.subjects[0]][0]}: " + "; ".join(texts) if texts else ""


def _deciding_iris(store: Any, frame: F.Frame) -> list[tuple[str, str]]:
    """(figure IRI, measure) of each figure of the named chip a yes/no against a number rests on."""
    chip = frame.subjects[0]
    found = []
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or (k.low is None and k.high is None):
            continue
        w = C._Writer()
        var, _ = w.values([C._iri(chip)])
        path = C.metric_path(w, var, "?f", k._replace(low=None, high=None))
        query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {path} ?f ck:normalizedValue ?n . }} ORDER BY ?f"
        found += [(r[0].value, k.prop) for r in _run(store, C.Compiled("select", query, ("f",))).rows]
    return found


def _own_unit_out(store: Any, frame: F.Frame, deciding: list[tuple[str, str]], chip_label: str) -> None:
    """ "Can the Cloud AI 100 Ultra handle a 150 billion parameter model?": true by its dual-card
    setup's 175 billion, while one card, the chip itself, handles "up to 100 billion" (l.105). A yes
    that only a figure of several units allows (a node, a cluster, two cards: _spans_units), where
    the chip has no figure of its own of the measure or its own figures all lie out of the range,
    would say of the chip what the article says of the setup (red team 45 C, 46 C): refused, naming
    them. (A yes/no names no scope: parse refuses one said.)"""
    from chipkg import figures

    ranged = [k for k in frame.constraints if isinstance(k, F.Measure) and (k.low is not None or k.high is not None)]
    if len(ranged) != 1 or frame.chip_scope:
        return
    k = ranged[0]
    if k.prop == CK + "scaleOut":
        return  # how far a chip scales is a figure of many units by what it measures
    several = [iri for iri, prop in deciding if prop == k.prop and _spans_units(store, iri)]
    if frame.one_unit:  # "does each Blackwell GPU support 10 trillion parameters": a figure of no stated
        # scope where its measure's state theirs (the family's "scaling up to 10 trillion", l.41) is no one unit's
        scopes = _scopes(store, [[SimpleNamespace(value=iri)] for iri, prop in deciding if prop == k.prop])
        several += [iri for iri, scope in scopes.items() if scope == SCOPE_NOT_STATED and iri not in several]
    own = [iri for iri, prop in deciding if prop == k.prop and iri not in several]
    if not several:
        return
    if not own:
        # "can Trainium2 handle a 250 billion parameter model": its "up to 300 billion" is an
        # UltraCluster's of up to 100,000 chips (l.75), which says nothing of one chip (red team 46 C)
        said = "; ".join(figures.figure(store, i).text for i in several)
        raise NoAnswer(
            f"I can't answer that: the article says it only of a setup of several units, or at no stated scope "
            f"({said}), not of one {chip_label}: ask about the setup"
        )
    qualifiers = _qualifiers(store, own)
    for iri in own:
        fig = figures.figure(store, iri)
        if fig.normalized is None:
            return
        span = _span(fig.normalized, qualifiers[iri], float("inf"))
        # a strict limit is strict ("over 100 billion" of one card's "up to 100 billion": out, red team 115)
        above = k.low is None or (span.high >= k.low if k.low_inclusive else span.high > k.low)
        below = k.high is None or (span.low <= k.high if k.high_inclusive else span.low < k.high)
        if above and below:
            return  # its own figure may be in the range: the yes stands on it
    said = "; ".join(figures.figure(store, i).text for i in several)
    own_said = "; ".join(figures.figure(store, i).text for i in own)
    raise NoAnswer(
        f"I can't answer that: the article says it only of a setup of several units ({said}); one "
        f"{chip_label}'s own figure is {own_said}: ask about the setup or about one chip"
    )


def _claimed_by(store: Any, iris: list[str]) -> tuple[str, ...]:
    """Whose own claims (ck:VendorClaim) are among the figures ``iris``: the designers of the chips
    that hold them, or that a comparison is made for (ck:subject), by label; a chip with no designer
    in the graph makes its own. A yes/no that rests on such a figure says so ("true, by d-Matrix's
    own claim"): a vendor's claim is never answered as a fact."""
    if not iris:
        return ()
    w = C._Writer()
    var, _ = w.values([C._iri(i) for i in sorted(set(iris))])
    query = (
        f"SELECT DISTINCT ?who WHERE {{ {w.block()} {var} ck:qualifier ck:VendorClaim . "
        f"{{ ?c ?p {var} }} UNION {{ {var} ck:subject ?c }} ?c a ck:Chip ; rdfs:label ?chip . "
        "OPTIONAL { ?c ck:designedBy/rdfs:label ?vendor } BIND (COALESCE(?vendor, ?chip) AS ?who) } ORDER BY ?who"
    )
    return tuple(r[0].value for r in _run(store, C.Compiled("select", query, ("who",))).rows)


def _scoped_text(fig: Any, prop: str) -> str:
    """A figure's text, saying so when a measure stated at every scope leaves its scope unstated."""
    return fig.text if fig.scope or C.MEASURES[prop].also_scope != "any" else f"{fig.text} (scope not stated)"


def _range_figures(store: Any, frame: F.Frame, had_too: bool = False) -> dict[str, list[str]]:
    """For a list or count with a range ("chips with clock over 2 GHz"), the figures each chip is in
    it by, as stated, hedge and scope included ("up to 3.5 GHz"; "150 W, per card"). ``had_too``:
    and the figures of a measure the chips only have ("hbm capacity", "chips with a stated clock"):
    a list of the chips with a figure shows it (red team 105: the figures asked were never shown)."""
    from chipkg import figures

    out: dict[str, list[str]] = {}
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or (k.low is None and k.high is None and not had_too):
            continue
        w = C._Writer()
        body = C.chip_constraints(w, "?c", frame.constraints)
        pattern = C.measure_pattern(w, "?c", "?f", "?x", k)
        query = (
            f"SELECT DISTINCT ?chip ?f WHERE {{ {w.block()} ?c a ck:Chip . {body} {pattern} "
            "?c rdfs:label ?chip . } ORDER BY ?chip ?f"
        )
        for chip, f in _run(store, C.Compiled("select", query, ("chip", "f"))).rows:
            text = _scoped_text(figures.figure(store, f.value), k.prop)
            if text not in out.setdefault(chip.value, []):
                out[chip.value].append(text)
    return out


def _none_named(frame: F.Frame, rows: list[list[Any]]) -> bool:
    """An empty list, or a count of nothing (not per group: "0 chips on 3nm" among the nodes)."""
    if frame.ask in (F.CHIPS, F.ORGS):
        return not rows
    if frame.ask == F.COUNT and not frame.group_by:
        return not rows or (len(rows) == 1 and rows[0][0] is not None and rows[0][0].value in ("0", "0.0"))
    if frame.ask == F.COUNT:  # per group: no group at all ("how many HBM chips per foundry", none named)
        return not rows
    return False


def _per_part_memory(store: Any, frame: F.Frame, metric: Any, answered: set[str] | None) -> None:
    """A memory given per core or per tile (the Grayskulls' SRAM) has no per-chip size: whether the
    chip meets a size, or has the least, cannot be told. Refuse rather than leave it out."""
    scopes = _per_part_scopes(store, frame, metric)
    for chip in _per_part_chips(store, frame, metric):
        if answered is None or chip not in answered:
            raise NoAnswer(
                f"I can't answer that: {chip}'s memory is given {scopes.get(chip, 'at another scope')}, not per "
                "chip, so where it stands cannot be told"
            )


def _largest_memory(frame: F.Frame) -> str:
    """ "rank chips by memory": no memory named, each chip is compared by its largest single memory
    figure (the SN40L's 1.5 TB of DDR5, not that plus its HBM and SRAM): the reading says so."""
    m = frame.metric
    if m is None or m.prop not in (CK + "capacity", CK + "bandwidth") or m.technology or m.on_chip is not None:
        return ""
    return " (each chip's largest single memory figure, not a total)"


def _per_part_scopes(store: Any, frame: F.Frame, metric: Any) -> dict[str, str]:
    """Each chip of :func:`_per_part_chips` with the scopes its memory is given at ("per system":
    the CS-3's 1,200 TB is no per-core figure; red team 76)."""
    chips = _per_part_chips(store, frame, metric)
    if not chips:
        return {}
    w = C._Writer()
    var, _ = w.values([_literal(c) for c in chips])
    query = (
        f"SELECT DISTINCT ?chip ?label WHERE {{ {w.block()} ?c rdfs:label {var} ; rdfs:label ?chip ; ck:memory ?m . "
        "?m ck:scope ?s . FILTER (?s != ck:PerChip) ?s rdfs:label ?label . } ORDER BY ?chip ?label"
    )
    out: dict[str, list[str]] = {}
    for chip, label in _run(store, C.Compiled("select", query, ("chip", "label"))).rows:
        out.setdefault(chip.value, []).append(label.value)
    return {c: " or ".join(v) for c, v in out.items()}


def _per_part_chips(store: Any, frame: F.Frame, metric: Any) -> list[str]:
    """The chips that fit whose memory of the metric's kind is sized only per core, tile or die
    (none when "per chip" is said: the question sets such figures aside; red team 48 C asked for the
    stricter reading, and four held-out sets read it so: a decision, kept)."""
    if metric is None or metric.prop not in (CK + "capacity", CK + "bandwidth") or frame.chip_scope:
        return []
    others = tuple(c for c in frame.constraints if not (isinstance(c, F.Measure) and c.prop == metric.prop))
    w = C._Writer()
    body = C.chip_constraints(w, "?c", others)
    tech = ""
    if metric.technology:
        var, _ = w.values([C._iri(metric.technology)])
        tech = f"?m ck:memoryTechnology/skos:broader* {var} ."
    if getattr(metric, "on_chip", None) is not None:
        # "on-chip memory": the Grayskulls' per-core SRAM, not the CS-3's per-system memory (red team 56)
        tech += f" ?m ck:onChip {'true' if metric.on_chip else 'false'} ."
    # a size it gives: the Mythic M2000's SRAM in every tile, of no size stated, is no figure to place,
    # as a chip with no figure at all is none
    held = "ck:bandwidth" if metric.prop == CK + "bandwidth" else "ck:capacity"
    sized = f"?m {held} ?size ."
    # a chip that also gives the memory per chip (Gaudi 3: 48 MB of SRAM per die, 96 MB per chip) has a
    # per-chip size, and is compared by it
    whole = (
        f"FILTER NOT EXISTS {{ ?c ck:memory ?m2 . {tech.replace('?m ', '?m2 ')} ?m2 {held} ?size2 . "
        "FILTER NOT EXISTS { ?m2 ck:scope ?s2 . FILTER (?s2 != ck:PerChip) } }"
    )
    query = (
        f"SELECT DISTINCT ?chip WHERE {{ {w.block()} ?c a ck:Chip . {body} ?c ck:memory ?m . {tech} {sized} "
        f"?m ck:scope ?s . FILTER (?s != ck:PerChip) {whole} ?c rdfs:label ?chip . }} ORDER BY ?chip"
    )
    return [r[0].value for r in _run(store, C.Compiled("select", query, ("chip",))).rows]


def _per_chip_set_aside(store: Any, frame: F.Frame, metric: Any) -> str:
    """The reading's note for a question that says "per chip" beside a memory compared: the chips it
    sets aside because their memory is given per core or tile only (the Grayskulls' SRAM), named so
    the answer does not leave them out unsaid (red teams 48 and 49 C; setting them aside is the
    decision the held-out sets read)."""
    if not frame.chip_scope or metric is None or not getattr(metric, "technology", None):
        return ""  # a memory named ("SRAM"): _per_part_chips reads no "on-chip" of its own
    return _per_chip_aside_note(_per_part_chips(store, frame._replace(chip_scope=False), metric))


def _per_chip_aside_note(chips: list[str]) -> str:
    """The words that name the chips "per chip" sets aside (their memory given per core or tile)."""
    return f" · set aside by 'per chip': {', '.join(chips)} (a figure not given per chip)" if chips else ""


def _per_part_memory_above(store: Any, frame: F.Frame, top: float) -> None:
    """The most memory: a chip whose memory is given per core or tile (the Grayskull e150's "up to
    1.5 MB" per Tensix core, 120 cores) may hold more in all than the leader's ``top``. Refuse unless
    the per-part size times the chip's largest count of units stays at or under ``top``; a chip with
    no count of units cannot be bounded."""
    for chip in _per_part_above(store, frame, top):
        scope = _per_part_scopes(store, frame, frame.metric).get(chip, "at another scope")
        raise NoAnswer(
            f"I can't answer that: {chip}'s memory is given {scope}, not per chip, "
            "so whether it has more in all cannot be told"
        )


def _per_part_above(store: Any, frame: F.Frame, top: float, inclusive: bool = False) -> list[str]:
    """The chips whose memory is given per core or tile only and may hold more than ``top`` in all
    (:func:`_per_part_memory_above`); ``inclusive``: or exactly ``top`` ("at least 180 MB" of the
    e150's up to 1.5 MB in each of 120 cores, which may reach it)."""
    metric = frame.metric
    if metric is None or metric.prop not in (CK + "capacity", CK + "bandwidth") or frame.chip_scope:
        return []
    w = C._Writer()
    body = C.chip_constraints(w, "?c", frame.constraints)
    tech = tech2 = ""
    if metric.technology:
        var, _ = w.values([C._iri(metric.technology)])
        tech = f"?m ck:memoryTechnology/skos:broader* {var} ."
        tech2 = f"?m2 ck:memoryTechnology/skos:broader* {var} ."
    prop = "ck:bandwidth" if metric.prop == CK + "bandwidth" else "ck:capacity"
    if metric.on_chip is not None:
        tech += f" ?m ck:onChip {'true' if metric.on_chip else 'false'} ."
        tech2 += f" ?m2 ck:onChip {'true' if metric.on_chip else 'false'} ."
    # only chips with no per-chip figure of that memory (Gaudi 3's SRAM is also given in all);
    # a core's or a tile's size times the chip's count of units bounds the whole
    query = (
        f"SELECT ?chip (MAX(?n) AS ?each) (MAX(?u) AS ?units) WHERE {{ {w.block()} ?c a ck:Chip . {body} "
        f"?c ck:memory ?m . {tech} ?m {prop} ?f . ?f ck:normalizedValue ?n . ?m ck:scope ?s . "
        f"?s a ck:PartScope . FILTER NOT EXISTS {{ ?c ck:memory ?m2 . {tech2} ?m2 {prop} ?f2 . "
        "?m2 ck:scope ck:PerChip . } ?c rdfs:label ?chip . "
        "OPTIONAL { ?c ck:computeUnits ?g . ?g ck:normalizedValue ?u . FILTER (?s != ck:PerDie) } } GROUP BY ?chip"
    )
    return [
        chip.value
        for chip, each, units in _run(store, C.Compiled("select", query, ("chip", "each", "units"))).rows
        if units is None
        or each is None
        or float(each.value) * float(units.value) > top * 1.000001
        or (inclusive and math.isclose(float(each.value) * float(units.value), top, rel_tol=1e-6))
    ]


def _undecided_bounds(store: Any, frame: F.Frame, answered: set[str] | None, ranked_by: bool = False) -> None:
    """A chip whose figure is a lower bound ("over 20 billion") below the range's limit, or an
    approximate one ("about 4 watts") the limit cuts within APPROXIMATE_REACH, may or may not be in
    it: a list (or count) that leaves it out would read as complete. Refuse instead, unless the
    question takes hedged figures at their stated number (``face_value``; lower bounds only).
    ``ranked_by``: only chips with a figure of the frame's metric count (a ranking or the most)."""
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or (k.low is None and k.high is None):
            continue
        if k.high is not None and not k.low:
            # "less than 200 MB of SRAM": a per-core SRAM may well be under it (the Grayskull e150's
            # up to 1.5 MB in each of 120 cores is under it for sure), and no per-chip figure can say
            # so; between two limits it may or may not be, and the reading names it
            # (:func:`_uncompared_memories`)
            _per_part_memory(store, frame, k, answered)
        others = tuple(c for c in frame.constraints if c is not k)
        if ranked_by and frame.metric is not None:
            m = frame.metric
            others += (
                F.Measure(
                    m.prop, technology=m.technology, on_chip=m.on_chip, precision=m.precision, unit_kind=m.unit_kind
                ),
            )

        def within_reach(w: C._Writer, k: F.Measure = k) -> str:
            # under an upper limit a lower bound below it is undecided; over a lower limit only one
            # within the reach ("over 10 billion" is not read as a contender for "over 100 billion",
            # the same rule as for "the most")
            limit = k.high if k.high is not None else k.low
            var, _ = w.values([_double(limit)])
            # a range's lower limit is reached the same way: "over 10 billion" is no contender for
            # "between 100 and 300 billion" either (decided out, as for "over 100 billion")
            low = var if k.high is None else (w.values([_double(k.low)])[0] if k.low is not None else None)
            return f"?v < {var}" + ("" if low is None else f" && {_reached(low)}")

        # an "about X" or "nominal X" figure the range cuts within APPROXIMATE_REACH of it (the
        # range's own filter leaves it out; "about 4 watts" may or may not be under 4.1 W)
        w2 = C._Writer()
        path2 = C.metric_path(w2, "?c", "?f", k)
        body2 = C.chip_constraints(w2, "?c", others)
        near2 = C._hedge_could_meet(w2, "?f", k)
        inside = ["true"]  # all of its reach in the range: decided, listed by the range's own filter
        # as strict as the range's own filter (compile.measure_pattern): "nominal 400 MHz" reaches 500,
        # which "under 500 MHz" does not decide
        if k.low is not None:
            inside.append(
                f"?fy / {C.APPROXIMATE_REACH} {'>=' if k.low_inclusive else '>'} {w2.values([_double(k.low)])[0]}"
            )
        if k.high is not None:
            inside.append(
                f"?fy * {C.APPROXIMATE_REACH} {'<=' if k.high_inclusive else '<'} {w2.values([_double(k.high)])[0]}"
            )
        approx = (
            f"SELECT DISTINCT ?chip ?f WHERE {{ {w2.block()} ?c a ck:Chip . {body2} {path2} {near2} "
            f"FILTER (?fq IN ({C.near_qualifiers(k.nominal_read)}) && !({' && '.join(inside)})) "
            "?c rdfs:label ?chip . }"
        )
        # "taking hedged figures at their stated number": over a lower limit a bound is its number
        # (under an upper limit the graph's filter leaves lower bounds out, so it stays undecided;
        # an approximate figure stays near its number, as everywhere)
        bounds = [] if frame.face_value and k.high is None else _lower_bounds(store, k, others, within_reach)
        undecided = [(r, "a lower bound") for r in bounds] + [
            (r, "approximate") for r in _run(store, C.Compiled("select", approx, ("chip", "f"))).rows
        ]
        for r, hedge in undecided:
            if answered is not None and r[0].value in answered:
                continue
            from chipkg import figures

            fig = figures.figure(store, r[1].value)
            raise NoAnswer(
                f"I can't answer that: {r[0].value}'s figure is {hedge} ({fig.text}), so "
                "whether it is in the range cannot be told"
            )


def _had_at_another_scope(store: Any, frame: F.Frame) -> str:
    """ "Which chips have a FLOPS figure?": a chip has a figure whatever its scope, so the Gaudi 3
    (14.7 PFLOPS per node, 15 EF per cluster) is listed and counted; the reading names each chip
    whose figures of the measure are none per chip, as a ranking names those it leaves out (red
    team 55: listed unsaid), a model size of a system or a cluster too (red team 56)."""
    said: list[str] = []
    uncompared: list[str] = []
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or k.chip_only or k.prop not in C.MEASURES or k.prop == CK + "claim":
            continue
        ranged = k.low is not None or k.high is not None
        if ranged and C.MEASURES[k.prop].in_memory:
            continue  # a memory sized per core or tile is named by _uncompared_memories
        # "at least 1 PFLOPS": a chip whose figures are none per chip (the Gaudi 3's per node) is not
        # compared with the range, and is left out; said too (red team 56)
        had = k._replace(low=None, high=None) if ranged else k
        rest = tuple(c for c in frame.constraints if c is not k)
        everyone = _run(store, C.compile_frame(F.Frame(F.CHIPS, (*rest, had))))
        # a range compares the figures of the scopes the measure counts (a card's power too), as
        # every range from zero does; a figure had is per chip, or is said
        counted = had._replace(low=0.0, low_inclusive=True) if ranged else had._replace(chip_only=True)
        per_chip = _run(store, C.compile_frame(F.Frame(F.CHIPS, (*rest, counted))))
        others = sorted({r[0].value for r in everyone.rows} - {r[0].value for r in per_chip.rows})
        (uncompared if ranged else said).extend(c for c in others if c not in said + uncompared)
    note = ""
    if said:
        note += f" · its figures not stated per chip: {', '.join(said)} (`chipkg describe` shows each scope)"
    if uncompared:
        note += f" · not compared: {', '.join(uncompared)} (its figures not stated per chip)"
    return note


def _reached(low: str) -> str:
    """The test that a lower bound ``?v`` (of figure ``?f``) may reach the limit ``low``: within
    LOWER_BOUND_REACH times its number, or a magnitude word's decade ("thousands"), its end left out
    (thousands are under ten thousand)."""
    return (
        f"(?v * {LOWER_BOUND_REACH} >= {low} || (?v * {C.MAGNITUDE_REACH} > {low} "
        "&& EXISTS { ?f ck:statedMagnitude ?m }))"
    )


def _bound_on_its_limit(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "which chips have more than 20 billion transistors, taking hedged figures at their stated
    number?", "... ? Keep Groq's 'over' at its stated value." (red teams 65, 66): a lower bound ("over
    20 billion") read at its number sits on a strict lower limit ("more than 20 billion": not over it)
    or an inclusive upper one ("at most 20 billion": within it), where the article's "over" says the
    opposite. The two readings the question allows differ, so it is refused, naming the figure. Only
    where hedged figures are taken at their number (``face_value``) or a rider says so of one chip's."""
    said_of = {chip for _text, chip, what, _n in frame.riders if what.startswith("hedge=") and "LowerBound" in what}
    if frame.ask not in (F.CHIPS, F.COUNT, F.YESNO) or not (frame.face_value or said_of):
        return
    from chipkg import figures

    labels = {lex.entities[c][0] for c in said_of if c in lex.entities}
    for k in frame.constraints:
        if not isinstance(k, F.Measure):
            continue
        limits = [v for v, on in ((k.low, not k.low_inclusive), (k.high, k.high_inclusive)) if v is not None and on]
        if not limits:
            continue
        others = tuple(c for c in frame.constraints if c is not k)
        if frame.ask == F.YESNO and frame.subjects:
            others += (F.Identity(tuple(frame.subjects)),)

        def on_limit(w: C._Writer, limits: list[float] = limits) -> str:
            return " || ".join(f"?v = {w.values([_double(v)])[0]}" for v in limits)

        for chip, fig in _lower_bounds(store, k._replace(low=None, high=None), others, on_limit):
            if frame.face_value or chip.value in labels or "*" in said_of:
                raise NoAnswer(
                    f"I can't answer that: {chip.value}'s figure is {figures.figure(store, fig.value).text}; read at "
                    "its stated number it sits on the question's limit, which the article's hedge puts it past: ask "
                    "'at least' or 'at most' to include the limit, or without reading the hedge at its number"
                )


def _lower_bounds(store: Any, k: F.Measure, others: tuple, condition: Any) -> list[Any]:
    """(chip label, figure) of every chip fitting ``others`` whose figure of ``k``'s measure is a
    lower bound ("over 20 billion") that ``condition`` (a writer -> a test on its value ``?v``)
    holds of: one query for the bounds a range leaves undecided and those it leaves out."""
    w = C._Writer()
    test = condition(w)
    path = C.metric_path(w, "?c", "?f", k)
    body = C.chip_constraints(w, "?c", others)
    query = (
        f"SELECT DISTINCT ?chip ?f WHERE {{ {w.block()} ?c a ck:Chip . {body} {path} "
        f"?f ck:qualifier ck:LowerBound ; ck:normalizedValue ?v . FILTER ({test}) ?c rdfs:label ?chip . }}"
    )
    return _run(store, C.Compiled("select", query, ("chip", "f"))).rows


def _bounds_read_out(store: Any, frame: F.Frame) -> str:
    """ "Which chips have more than 16 billion transistors?": a lower bound ("over 10 billion") is
    read as under LOWER_BOUND_REACH times its number, so a limit beyond that leaves it out, as a
    ranking places it (:func:`_undecided_bounds` refuses one the limit cuts within the reach). The
    article gives only the bound: the reading names each chip left out so, as a ranking's does
    (red team 55: the Adreno 750 and the AI 100 Ultra left out of "more than 16 billion" unsaid).
    Taken at face value, a bound is its number, and nothing is said."""
    if frame.face_value:
        return ""
    from chipkg import figures

    said: list[str] = []
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or k.low is None:
            continue

        def beyond_reach(w: C._Writer, low: float = k.low) -> str:  # the bounds _undecided_bounds lets pass
            return f"!{_reached(w.values([_double(low)])[0])}"

        rest = tuple(c for c in frame.constraints if c is not k)
        for r in sorted(_lower_bounds(store, k, rest, beyond_reach), key=lambda r: (r[0].value, r[1].value)):
            said.append(f"{r[0].value}'s {figures.figure(store, r[1].value).text}")
    if not said:
        return ""
    return (
        f" · left out by reading a lower bound as under {LOWER_BOUND_REACH:g} times its number: "
        f"{'; '.join(dict.fromkeys(said))} (the article gives only the bound)"
    )


def _only_narrower(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """No chip ruled out for "training" is not "every chip is fine for training" when the article
    rules one out for a narrower workload ("training LLMs"): say so."""
    for k in frame.constraints:
        narrowed = (isinstance(k, F.Relation) and not k.negated and k.prop == CK + "notSuitableFor") or (
            isinstance(k, F.Relation) and k.negated and k.prop == CK + "workload"
        )  # "but not training"
        if narrowed:
            w = C._Writer()
            var, _ = w.values([C._iri(v) for v in k.values])
            query = (
                f"SELECT DISTINCT ?chip ?what WHERE {{ {w.block()} ?c ck:notSuitableFor ?e . "
                f"?e skos:broader+ {var} . ?c rdfs:label ?chip . ?e rdfs:label ?what }} ORDER BY ?chip"
            )
            found = _run(store, C.Compiled("select", query, ("chip", "what"))).rows
            if found:
                said = "; ".join(f"{r[0].value} for {r[1].value}" for r in found)
                raise NoAnswer(f"I can't answer that: the article rules chips out only for narrower workloads ({said})")


def _only_related(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Which chips use Triton": no chip states Triton, but the MTIA v2 uses Triton-MTIA, which
    the graph relates to it (skos:related, not narrower); "names no chip" would read as a no, so
    the answer says what the article does name. Only for a question that asks nothing else."""
    if len(frame.constraints) != 1:
        return
    k = frame.constraints[0]
    if not (isinstance(k, F.Relation) and not k.negated and k.values and k.prop in C.DIRECT_VALUES):
        return
    w = C._Writer()
    var, _ = w.values([C._iri(v) for v in k.values])
    direct = C.DIRECT_VALUES[k.prop].replace("{c}", "?c").replace("{d}", "?d")
    query = (
        f"SELECT DISTINCT ?chip ?what WHERE {{ {w.block()} {direct} "
        f"{{ ?d skos:related/skos:broader* {var} }} UNION {{ {var} skos:related/^skos:broader* ?d }} "
        f"?c rdfs:label ?chip . ?d rdfs:label ?what }} ORDER BY ?chip ?what"
    )
    found = _run(store, C.Compiled("select", query, ("chip", "what"))).rows
    if found:
        said = "; ".join(f"{r[0].value} has {r[1].value}" for r in found)
        raise NoAnswer(
            f"I can't answer that: the article names no chip with {_names(k.values, lex)} itself, "
            f"only with something it relates to it ({said})"
        )


#: the links of a chip to a system: "powers Copilot" (used for) is not "supports Copilot"
_SYSTEM_LINKS = (CK + "usedFor", CK + "supportsApplication", CK + "deployedOn")


def _other_link(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Which chip powers Copilot": no chip is said to be used for it, but the Maia 100 is said
    to support it; "names no chip" would read as a no, so the answer says what the article says.
    Beside other conditions too ("Which Microsoft chip powers Copilot?": red team 70 had "names no
    chip that fits"): the first such link is the one told."""
    k = next(
        (
            k
            for k in frame.constraints
            if isinstance(k, F.Relation) and not k.negated and k.values and k.prop in _SYSTEM_LINKS
        ),
        None,
    )
    if k is None:
        return
    w = C._Writer()
    var, _ = w.values([C._iri(v) for v in k.values])
    links, _ = w.values([C._iri(p) for p in _SYSTEM_LINKS if p != k.prop])
    query = (
        f"SELECT DISTINCT ?chip ?how ?what WHERE {{ {w.block()} ?c ?p {var} . FILTER (?p = {links}) "
        f"?c a ck:Chip ; rdfs:label ?chip . ?p rdfs:label ?how . {var} rdfs:label ?what }} ORDER BY ?chip ?how"
    )
    found = _run(store, C.Compiled("select", query, ("chip", "how", "what"))).rows
    if found:
        said = "; ".join(f"{r[0].value}: {r[1].value} {r[2].value}" for r in found)
        raise NoAnswer(
            f"I can't answer that: the article names no chip {_describe_constraint(k, lex)}, "
            f"only chips linked to it otherwise ({said})"
        )


def _likely_instead(store: Any, frame: F.Frame) -> None:
    """A count, or organizations, of chips that use a technology the article names only as likely
    ("how many chips use HBM3E", "which designers use HBM3E"): "none fits" would deny what the
    article hedges (the MI350's "likely HBM3E"), so say that instead, exit 1."""
    if frame.group_by:
        return
    if frame.ask == F.COUNT and not frame.counting_orgs:
        of_chips = frame
    else:
        inner = [k for k in frame.constraints if isinstance(k, F.OrgOfChips)]
        if len(inner) != 1:
            return
        of_chips = F.Frame(F.CHIPS, inner[0].constraints)
        if _run(store, C.compile_frame(of_chips)).rows:
            # "What foundry makes chips with HBM?" (red team 77): four chips use HBM outright, none with
            # a named foundry; "no chip does outright" denied them
            return
    likely = _only_likely(store, of_chips)
    if likely:
        only = "; ".join(f"{r[1].value} likely uses {r[2].value}" for r in likely)
        raise NoAnswer(f"I can't answer that: the article names no chip that does outright; it says only that {only}")


def _likely_besides(store: Any, frame: F.Frame, rows: list[Any]) -> list[Any]:
    """The rows of :func:`_only_likely` of chips an answer leaves out, where a memory constraint
    joins technologies by "or" ("HBM3 or HBM3E"): one chip uses HBM3 outright, the MI350 only
    likely HBM3E, and a list without it would deny what the article hedges. A single technology
    leaves no such chip out: its answer lists the likely ones when none uses it outright."""
    if not rows or frame.definite or not any(isinstance(k, F.Memory) and k.alternatives for k in frame.constraints):
        return []  # "definitely HBM3 or HBM3E": the chips that use one outright
    if frame.ask == F.COUNT and not frame.group_by and not frame.counting_orgs:
        # a count's one row is its number: the chips counted are the list's (red team 118: "How many
        # chips have HBM or LPDDR?" was refused as if the MI350, counted by its HBM, were left out)
        rows = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS))).rows
    listed = {str(r[0].value) for r in rows}
    return [r for r in _only_likely(store, frame) if str(r[1].value) not in listed]


def _only_likely(store: Any, frame: F.Frame) -> list[Any]:
    """An empty list where the article names the technology only as likely ("likely HBM3E") for a
    chip that fits the rest of the question is not "none": the rows (chip IRI, chip label,
    technology label) of the chips it says likely use it, listed with that hedge. A likely memory
    of a chip the rest leaves out ("which Nvidia chip has HBM") or in another place (on-chip,
    off-chip) says nothing here."""
    for k in frame.constraints:
        if isinstance(k, F.Memory) and k.technology:
            w = C._Writer()
            var, _ = w.values([C._iri(t) for t in (k.technology, *k.alternatives)])
            place = "" if k.on_chip is None else f" ?m ck:onChip {'true' if k.on_chip else 'false'} ."
            query = (
                f"SELECT DISTINCT ?c ?chip ?what WHERE {{ {w.block()} ?c ck:memory ?m . ?m ck:memoryTechnology ?t ; "
                f"ck:qualifier ck:Uncertain .{place} ?t skos:broader* {var} . ?c rdfs:label ?chip . "
                "?t rdfs:label ?what } ORDER BY ?chip ?what"
            )
            likely = _run(store, C.Compiled("select", query, ("c", "chip", "what"))).rows
            rest = tuple(c for c in frame.constraints if c is not k)
            if likely and rest:
                fitting = {r[0].value for r in _run(store, C.compile_frame(F.Frame(F.CHIPS, rest))).rows}
                likely = [r for r in likely if r[1].value in fitting]
            if likely:
                return likely
    return []


def _check_negations(store: Any, constraints: tuple, lex: lexicon.Lexicon) -> None:
    """ "Not made by TSMC" lists the chips whose stated foundry is another one; when the article
    gives no foundry for some chips, that list would read as complete and is not: refuse."""
    for k in constraints:
        inner = k.constraints if isinstance(k, F.OrgOfChips) else ()
        _check_negations(store, inner, lex)
        if isinstance(k, F.Relation) and k.negated and k.prop in C.RELATIONS and k.prop != CK + "workload":
            query = f"ASK {{ ?c a ck:Chip . FILTER NOT EXISTS {{ ?c <{k.prop}> ?any }} }}"
            if _run(store, C.Compiled("ask", query, ())).boolean:
                what = lex.terms.get(k.prop, (k.prop, False))[0]
                raise NoAnswer(
                    f"I can't answer that: the article gives no '{what}' for some chips, so it cannot "
                    "say which chips are not " + what + " " + " or ".join(lex.entities[v][0] for v in k.values)
                )


def _check_summed(store: Any, frame: F.Frame, rows: list[list[Any]], lex: lexicon.Lexicon) -> None:
    """ "in total", "altogether" (parse: ``summed``): one figure of the whole chip answers. Several
    figures (the M4's CPU, GPU and Neural Engine cores; the SN40L's three memories) are parts of a
    sum the article does not state, and a memory given per core or tile whose technology has no
    per-chip memory (the e75's SRAM beside its 8 GB of LPDDR4) adds to the chip's memory an amount
    the article does not total: refused, naming what it gives."""
    assert frame.metric is not None
    chip = frame.subjects[0]
    label = lex.entities[chip][0]
    what = _metric_label(frame.metric, lex)
    if len(rows) > 1:
        said = "; ".join(str(r[0].value) for r in rows)
        raise NoAnswer(f"The article gives no total {what} for {label}; it gives: {said}")
    if frame.metric.prop not in (CK + "memory", CK + "capacity"):
        return
    unsized = _unsized_of(store, chip, frame.metric._replace(prop=CK + "capacity"))
    if unsized and rows:  # "how much memory does the AI 100 Ultra have in total": its LPDDR4X has no size
        said = "; ".join(str(r[0].value) for r in rows)
        raise NoAnswer(
            f"The article gives no total {what} for {label}: it gives no capacity for its {', '.join(unsized)} "
            f"beside {said}"
        )
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    tech = ""
    if frame.metric.technology is not None:
        t, _ = w.values([C._iri(frame.metric.technology)])
        tech = f"?t skos:broader* {t} ."
    query = (
        f"SELECT DISTINCT ?m WHERE {{ {w.block()} {var} ck:memory ?m . ?m ck:scope ?s . ?s a ck:PartScope . "
        f"?m ck:memoryTechnology ?t . {tech} FILTER NOT EXISTS {{ {var} ck:memory ?whole . "
        "?whole ck:memoryTechnology ?t ; ck:scope ck:PerChip . } } ORDER BY ?m"
    )
    parts = _run(store, C.Compiled("select", query, ("m",))).rows
    if parts:
        said = "; ".join(_figure_columns(store, r[0].value)[0] for r in parts)
        raise NoAnswer(
            f"The article gives no total {what} for {label}: {said} is given for a part of the chip, not totalled"
        )


def _check_unit_width(store: Any, said: tuple[str, int], chip: str, chip_label: str, lex: lexicon.Lexicon) -> None:
    """ "(four 64-bit controllers)": the width the question says each counted unit has must be the
    one the article gives with the chip's count of them (ck:bitWidth); one it gives otherwise, or
    not at all, is refused as the question's premise."""
    prop, bits = said
    what = lex.terms.get(prop, (prop, False))[0]
    # the count may be the chip's own or one of its memories' or links' ("its LPDDR4X's controllers")
    query = (
        f"SELECT DISTINCT ?w WHERE {{ {{ <{chip}> <{prop}> ?f }} UNION {{ <{chip}> ?p ?part . ?part <{prop}> ?f }} "
        "?f ck:bitWidth ?w }"
    )
    widths = {int(float(r[0].value)) for r in _run(store, C.Compiled("select", query, ("w",))).rows}
    if bits in widths:
        return
    if widths:
        given = ", ".join(f"{w}-bit" for w in sorted(widths))
        raise NoAnswer(
            f"I can't answer that: the question says each unit of {chip_label}'s {what} is {bits}-bit, "
            f"and the article gives {given}"
        )
    raise NoAnswer(
        f"I can't answer that: the question says each unit of {chip_label}'s {what} is {bits}-bit, "
        "which the article does not say"
    )


def _check_grid(store: Any, grid: tuple[int, int], found: list[list[Any]], chip_label: str) -> None:
    """ "How many PEs does the MTIA v2's 8x8 grid hold?": the grid the question says the units are
    laid out in must be the one the article gives for every figure answered (ck:gridRows,
    ck:gridColumns; rows by columns, or columns by rows, which count the same); a grid the article
    does not give, or gives otherwise, is refused as the question's premise."""
    said = f"{grid[0]}x{grid[1]}"
    for r in found:
        query = f"SELECT ?rows ?cols WHERE {{ <{r[0].value}> ck:gridRows ?rows ; ck:gridColumns ?cols }}"
        stated = _run(store, C.Compiled("select", query, ("rows", "cols"))).rows
        if not stated:
            raise NoAnswer(
                f"I can't answer that: the question says {chip_label}'s units are laid out in a grid of {said}, "
                "which the article does not say"
            )
        dims = (int(float(stated[0][0].value)), int(float(stated[0][1].value)))
        if dims not in (grid, grid[::-1]):
            raise NoAnswer(
                f"I can't answer that: the question says {chip_label}'s units are laid out in a grid of {said}, "
                f"and the article gives a grid of {dims[0]}x{dims[1]}"
            )


def _check_stated(
    frame: F.Frame, rows: list[list[Any]], figure_like: bool, memory_hedges: dict[int, tuple[str, ...]] | None = None
) -> None:
    """What the question states of the figure it asks for ("stated only as a lower bound", "with no
    precision given") must hold of every figure the answer shows; otherwise the question rests on
    something the article does not say, and is refused (the figures are shown with their own hedges,
    so a statement that holds changes nothing). A memory's row (``memory_hedges``: its index -> the
    qualifiers of the memory's capacity and bandwidth, "" for one unhedged) is hedged as its figures
    are: "(not hedged)" holds if none is, a hedge said if each is."""
    hedges = FIGURE_VARS.index("qualifier") + 2
    precision = FIGURE_VARS.index("precision") + 2
    if frame.no_hedge and not figure_like:  # a relation's value: its hedge is not a figure's qualifier
        raise NoAnswer("I can't answer that: that a value is not hedged is checked of a figure only")
    for k, row in enumerate(rows):
        said = row[hedges].value if figure_like and row[hedges] is not None else ""
        each = (memory_hedges or {}).get(k, (said,))
        if k in (memory_hedges or {}):  # "LPDDR5X, off-chip, bandwidth up to 100 GB/s": its figure's "upper bound"
            said = ", ".join(dict.fromkeys(q for held in each for q in held.split(", ") if q))
        if frame.no_hedge and said:
            raise NoAnswer(
                f"I can't answer that: the question says the figure is not hedged, and the article gives "
                f"{row[0].value} ({said})"
            )
        for hedge in frame.hedges:
            if not all(hedge in held.split(", ") for held in each):
                if hedge in said.split(", "):  # a memory with one figure hedged, another not
                    said += ", not of each of its figures"
                raise NoAnswer(
                    f"I can't answer that: the question says the figure is {'an' if hedge[0] in 'aeiou' else 'a'} "
                    f"{hedge}, and the article gives {row[0].value} ({said or 'unhedged'})"
                )
        if frame.no_precision and figure_like and row[precision] is not None:
            raise NoAnswer(
                f"I can't answer that: the question says no precision is given, and the article gives "
                f"{row[0].value} ({row[precision].value})"
            )


def _winner_hedged(frame: F.Frame, told: Answer) -> None:
    """The hedges a question says the figure of its most (or least) has (``Frame.hedges``, a TOP
    frame's) must each be a qualifier of every winning figure; otherwise refused, naming the figure."""
    if told.boolean is not None or "qualifier" not in told.variables or "figure" not in told.variables:
        raise NoAnswer("I can't answer that: the hedge said of the figure cannot be checked against this answer")
    qualifier, figure = told.variables.index("qualifier"), told.variables.index("figure")
    for row in told.rows:
        said = row[qualifier].value if row[qualifier] is not None else ""
        for hedge in frame.hedges:
            if hedge not in said.split(", "):
                shown = row[figure].value if row[figure] is not None else "its figure"
                raise NoAnswer(
                    f"I can't answer that: the question says the figure answered is hedged as '{hedge}', and the "
                    f"article gives {row[0].value}'s as {shown} ({said or 'unhedged'})"
                )


def _check_unstated(store: Any, frame: F.Frame, chip: str, chip_label: str, lex: lexicon.Lexicon) -> None:
    """ "(the article names no foundry)": what the question says the article leaves unstated of the
    chip must be unstated in the graph; otherwise the question rests on something the article does
    not say, and is refused."""
    for prop in frame.unstated:
        what = lex.terms.get(prop, (prop, False))[0]
        # a relation no chip holds itself (a memory's bandwidth) cannot be checked this way
        held = _run(store, C.Compiled("ask", f"ASK {{ ?c a ck:Chip ; <{prop}> ?any }}", ())).boolean
        if not held:
            raise NoAnswer(f"I can't answer that: I can't check that the article gives no {what} for {chip_label}")
        w = C._Writer()
        var, _ = w.values([C._iri(chip)])
        found = _run(store, C.Compiled("ask", f"ASK {{ {w.block()} {var} <{prop}> ?any }}", ())).boolean
        if found:
            raise NoAnswer(
                f"I can't answer that: the question says the article gives no {what} for {chip_label}, and it gives one"
            )


def _figure_columns(store: Any, iri: str) -> tuple[str, list[Any]]:
    from chipkg import figures

    fig = figures.figure(store, iri)
    # a process node's feature size is the node's, shared by every chip on it: no chip's source
    source = None if iri.startswith(PREFIXES["fig"] + "node-") else fig.source
    extra = [
        _double(fig.value),
        _literal(fig.stated_unit) if fig.stated_unit else None,
        _double(fig.normalized),
        _literal(fig.qualifier) if fig.qualifier else None,
        _literal(fig.precision) if fig.precision else None,
        _literal(fig.scope) if fig.scope else None,
        _literal(source) if source else None,
    ]
    return fig.text, extra


FIGURE_VARS = ["stated_value", "stated_unit", "normalized", "qualifier", "precision", "scope", "source"]


def _hedge_doubt_decides(store: Any, frame: F.Frame, result: Any) -> None:
    """ "Which chip has the most TOPS stated without any hedge?": figures whose hedge the article
    leaves in doubt (NorthPole's 400 and 800 TOPS may fall under the one 'over' of its 200 TOPS, l.113:
    a ck:Ambiguity note's ck:qualifierInDoubt) are set aside with that hedge. Where keeping them
    instead changes the chips answered, the answer rests on the doubt, and is refused naming it (red
    team 71: NorthPole went unnamed, exit 0, with no word of why)."""
    unhedged = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure)) and k.unhedged]
    if not unhedged:
        return
    kept = frame._replace(
        metric=frame.metric._replace(doubt_kept=True) if frame.metric is not None else None,
        constraints=tuple(k._replace(doubt_kept=True) if isinstance(k, F.Measure) else k for k in frame.constraints),
    )
    other = _run(store, C.compile_frame(kept))
    if sorted(str(r[0]) for r in other.rows) == sorted(str(r[0]) for r in result.rows):
        return
    query = (
        "SELECT DISTINCT ?text WHERE { ?n ck:noteKind ck:Ambiguity ; ck:qualifierInDoubt ?q ; rdfs:comment ?text . } "
        "ORDER BY ?text"
    )
    notes = [r[0].value for r in _run(store, C.Compiled("select", query, ("text",))).rows]
    raise NoAnswer(
        "I can't answer that: the answer depends on figures whose hedge the article leaves unclear"
        + (f" ({notes[0]})" if len(notes) == 1 else "")
        + "; ask without setting hedged figures aside, or name the figure"
    )


def _tie_held(frame: F.Frame, answered: Answer) -> Answer:
    """ "Which chips are tied for the most transistors?" (``Frame.tie_said``): the answer must hold
    two chips or more at the place asked; one alone refutes the premise, and is refused naming it."""
    if not frame.tie_said or not (frame.ask == F.TOP or (frame.ask == F.RANK and frame.nth)):
        return answered  # a ranking whole ("rank them (they may tie for first)") holds any ties as they are
    chips = list(dict.fromkeys(r[0].value for r in answered.rows if r and r[0] is not None))
    if len(chips) < 2:
        raise NoAnswer(
            "I can't answer that: the question says chips are tied, and the figures put "
            + (f"{chips[0]} there alone" if chips else "no chip there")
        )
    return answered


def _ranking(
    store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str, compiled: C.Compiled, result: Any
) -> Answer:
    rows = result.rows
    chips = {r[0].value for r in rows}
    if frame.ask == F.RANK:
        _named_without(store, frame, lex, chips)
        _undecided_bounds(store, frame, chips, ranked_by=True)  # "rank chips under 5 W": "about 4 watts"
        _field_uncompared(store, frame, lex)
    if frame.ask in (F.TOP, F.RANK) and frame.order == "desc" and not frame.given_only:
        _largest_without_figure(store, frame, lex, chips if frame.ask == F.RANK else None)
    if frame.ask == F.TOP:
        all_with = C.compile_frame(frame._replace(ask=F.RANK))
        ranked = _run(store, all_with)
        with_figure = {r[0].value for r in ranked.rows}
        _named_without(store, frame, lex, with_figure)
        _undecided_bounds(store, frame, with_figure, ranked_by=True)
        _field_uncompared(store, frame, lex)
        everyone = _run(store, C.compile_frame(F.Frame(F.CHIPS, frame.constraints)))
        if len(with_figure) == 1 and len(everyone.rows) > 1:
            m = frame.metric
            assert m is not None
            # figures of the measure the others do have, of another scope or precision ("max model size
            # per chip": the CS-3's 24 trillion is per system, one wafer-scale chip; "FP16": the Maia
            # 100's 800 TFLOPS names no format): "the others' are not stated" would not be true
            other = _run(
                store,
                C.compile_frame(
                    F.Frame(
                        F.CHIPS, (*frame.constraints, F.Measure(m.prop, technology=m.technology, on_chip=m.on_chip))
                    )
                ),
            )
            elsewhere = sorted({r[0].value for r in other.rows} - with_figure)
            labels = lex.by_label()
            # a capacity beside a memory of no size (C._unsized_beside) is no figure of the chip's memory
            unsized = [c for c in elsewhere if c in labels and _unsized_of(store, labels[c], m)]
            elsewhere = [c for c in elsewhere if c not in unsized]
            if not frame.most_stated or elsewhere or unsized:
                raise NoAnswer(
                    f"I can't answer that: only {next(iter(with_figure))} has a "
                    f"{'per-chip ' if frame.chip_scope else ''}{_metric_label(frame.metric, lex)} in the article, "
                    f"so there is nothing to rank it against (none of the other {len(everyone.rows) - 1} chips "
                    "asked about has one"
                    + (
                        f"; {', '.join(elsewhere)} {'has' if len(elsewhere) == 1 else 'have'} figures of it of another "
                        "scope or precision"
                        if elsewhere
                        else ""
                    )
                    + "".join(
                        f"; {c} has a memory of no stated capacity ({', '.join(_unsized_of(store, labels[c], m))})"
                        for c in unsized
                    )
                    + ")"
                )
            # "which 5nm chip has the most transistors": the only one with a stated figure is the most
            # the article states, which the reading says (the others' figures are not given, not lower)
            reading += (
                f" · the only one of the {len(everyone.rows)} chips asked about with a "
                f"{'per-chip ' if frame.chip_scope else ''}{_metric_label(frame.metric, lex)} in the article "
                "(the others' are not stated, so this is the most stated, not a comparison)"
            )
        if frame.order == "asc":
            _several_figures(store, frame, lex, rows)
            _per_part_memory(store, frame, frame.metric, None)
        elif rows:
            _per_part_memory_above(store, frame, float(rows[0][2].value))
            reading += _beyond_unranked(store, frame, lex, rows[0])
        reading += _one_scope(store, frame, lex, ranked.rows, rows)
        reading += _decided_order(store, frame, _first_per_chip(rows), _first_per_chip(ranked.rows), lex)
        reading += _disagreeing_figures(store, frame, lex, rows)
    if not rows:
        m = frame.metric
        assert m is not None
        anywhere = F.Measure(
            m.prop, technology=m.technology, on_chip=m.on_chip, precision=m.precision, unit_kind=m.unit_kind
        )
        held = _run(store, C.compile_frame(F.Frame(F.CHIPS, (*frame.constraints, anywhere))))
        labels = lex.by_label()
        said = [_no_figure(store, labels[r[0].value], m, lex) for r in held.rows if r[0].value in labels]
        raise NoAnswer(
            f"I can't answer that: no chip that fits has a {_metric_label(m, lex)}"
            + (f" that is compared here ({'; '.join(said)})" if said else " in the article")
        )
    if frame.ask == F.RANK and frame.order == "asc":  # "the 3 chips with the fewest cores"
        _several_figures(store, frame, lex, rows[: frame.n] if frame.n else rows)
        _per_part_memory(store, frame, frame.metric, None)
    if frame.ask == F.RANK and frame.order != "asc":
        # a ranking leaves out a chip whose memory is given per core, tile or system (it cannot be
        # placed), and says so; a top N names only those that may hold enough in all to be in it
        apart = _per_part_chips(store, frame, frame.metric)
        if frame.n is not None and rows and apart:
            firsts = _first_per_chip(rows)
            nth = float(firsts[min(frame.n, len(firsts)) - 1][2].value)
            bounded = set(apart) - set(_per_part_above(store, frame, nth))
            apart = [c for c in apart if c not in bounded]
        if apart:
            reading += f" · not ranked: {', '.join(apart)} (a figure not given per chip)"
    if frame.ask in (F.TOP, F.RANK):
        placed = {r[0].value for r in (ranked.rows if frame.ask == F.TOP else rows)}
        reading += _per_chip_set_aside(store, frame, frame.metric)
        reading += _unsized_memories(store, frame, lex, placed)
        reading += _unfigured_formats(store, frame, lex, placed)
    shown: set[str] | None = None  # the chips a ranking shows, where the figures decide its order only so far
    if frame.ask == F.RANK:
        reading += _one_scope(store, frame, lex, rows, [])
        reading += _unranked_other_scopes(store, frame, lex, rows)
        reading += _disagreeing_figures(store, frame, lex, rows)
        ranked_rows = _first_per_chip(rows)
        if frame.n is not None and len(ranked_rows) > frame.n:  # the cut: chosen (ties kept) against the rest
            nth = float(ranked_rows[frame.n - 1][2].value)
            chosen = [r for i, r in enumerate(ranked_rows) if i < frame.n or float(r[2].value) == nth]
            reading += _decided_order(store, frame, chosen, ranked_rows, lex, among=not frame.listing)
        elif not frame.listing:
            decided, note = _decided_prefix(store, frame, ranked_rows, lex)
            reading += note
            shown = {r[0].value for r in decided}
    out = []
    seen: set[str] = set()
    cut: float | None = None  # the n-th chip's key: "the top 3" keeps every chip tied with the third
    for r in rows:
        if r[0].value in seen or (shown is not None and r[0].value not in shown):  # one row per chip (its best)
            continue
        if cut is not None and float(r[2].value) != cut:
            break
        seen.add(r[0].value)
        text, extra = _figure_columns(store, r[1].value)
        out.append([r[0], _literal(text), *extra])
        if frame.ask == F.RANK and frame.n is not None and len(out) >= frame.n and cut is None:
            cut = float(r[2].value)
    del chips
    if frame.ask in (F.TOP, F.RANK):  # "which GPU has the smallest node", "rank by node": a hedged node shown so
        # the chips answered, and the named chips compared ("the m4 or the adreno 750"): the answer rests on each
        named = [c for k in frame.constraints if isinstance(k, F.Identity) and not k.negated for c in k.chips]
        said = [lex.entities[c][0] for c in named if c in lex.entities] if _names_chips(frame) else []
        hedged = _hedged_nodes(store, frame, [r[0].value for r in out] + said)
        if hedged:
            qualifier = FIGURE_VARS.index("qualifier") + 2
            notes = _fact_hedges(store, {CK + "processNode"})
            for r in out:
                if r[0].value in notes:
                    r[qualifier] = _literal(notes[r[0].value])
            reading += hedged
    if frame.nth and frame.n is not None:
        return _in_place(store, frame, lex, reading, out, compiled)
    if frame.ask == F.RANK and frame.n is not None and len(out) > frame.n:
        reading += f" (with {len(out) - frame.n} more tied with the {_ordinal(frame.n)})"
    return Answer(reading, ["chip", "figure", *FIGURE_VARS], out, sparql=compiled.sparql)


def _hedged_nodes(store: Any, frame: F.Frame, labels: list[str]) -> str:
    """What a reading adds when a most or least of the feature size, or a comparison of named chips
    by it, rests on a process node the article hedges (the Adreno 750's 4nm is said of the Adreno
    GPUs in general, l.97): the hedge, as a list's hedge column and a one-chip yes/no say it; ""
    when none does."""
    if frame.metric is None or frame.metric.prop != CK + "featureSize":
        return ""
    hedged = _fact_hedges(store, {CK + "processNode"})
    said = [label for label in dict.fromkeys(labels) if label in hedged]
    return "".join(f" · the article hedges {label}'s process node: {hedged[label]}" for label in said)


def _in_place(
    store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str, out: list[list[Any]], compiled: C.Compiled
) -> Answer:
    """ "The second most SRAM": the chips in place ``frame.n`` of the ranking (ties with it kept),
    from the ranking's first ``n`` (whose order the ranking has checked is decided by the figures).
    Refused when a tie before that place leaves it unclear what "second" means, fewer chips have
    the figure, or a chip whose memory is given per core could reach that place."""
    n = frame.n or 1
    normalized = FIGURE_VARS.index("normalized") + 2
    keys = [float(r[normalized].value) for r in out]
    place = f"{_ordinal(n)} {'most' if frame.order == 'desc' else 'least'}"
    if len(keys) < n:
        raise NoAnswer(f"I can't answer that: fewer than {n} chips that fit have the figure, so none is the {place}")
    if keys[n - 2] == keys[n - 1] or len(set(keys[: n - 1])) != n - 1:
        raise NoAnswer(
            f"I can't answer that: chips tie before place {n}, so which is the {place} is not clear; "
            "ask for the ranking instead"
        )
    if frame.order == "desc":  # a memory given per core may hold more in all than the place's figure
        _per_part_memory_above(store, frame, keys[n - 1])
    if frame.place_after is not None:  # "the second most after the Corsair": the Corsair is first
        before = {r[0].value for r, key in zip(out, keys, strict=True) if n >= 2 and key == keys[n - 2]}
        leader = lex.entities[frame.place_after][0]
        if before != {leader}:
            held = ", ".join(sorted(before)) or "no chip"
            raise NoAnswer(
                f"I can't answer that: the question puts {leader} in place {n - 1}, but the article's figures "
                f"put {held} there"
            )
        reading += f" · {leader} in place {n - 1}, checked"
    rows = [r for r, key in zip(out, keys, strict=True) if key == keys[n - 1]]
    scope = FIGURE_VARS.index("scope") + 2
    placed = (
        [r for r, key in zip(out, keys, strict=True) if key >= keys[n - 1]]
        if frame.order == "desc"
        else [r for r, key in zip(out, keys, strict=True) if key <= keys[n - 1]]
    )
    other = [r[0].value for r in placed if r[scope] is not None and r[scope].value != "per chip"]
    if other:  # "the second most power" resting on a card's 150 W
        raise NoAnswer(
            f"I can't answer that: the place rests on a figure that is not per chip ({', '.join(other)}); "
            "ask for the ranking, which shows each figure's scope"
        )
    if frame.metric is not None and frame.metric.prop == CK + "featureSize":
        hedged = _fact_hedges(store, {CK + "processNode"})
        said = [r[0].value for r in placed if r[0].value in hedged]
        if said:
            raise NoAnswer(
                f"I can't answer that: the place rests on a process node the article hedges ({', '.join(said)})"
            )
    return Answer(
        reading.replace(f", top {n}", f", place {n}"), ["chip", "figure", *FIGURE_VARS], rows, sparql=compiled.sparql
    )


def _unsized_memories(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: set[str]) -> str:
    """ "which chip has the least HBM": a chip that fits and has a memory of the technology asked, but
    no figure of the measure that counts (the MI350's HBM, "likely HBM3E", has no capacity, l.47), is
    not in the ranking, and its figure may lie anywhere: the reading names it with its memory as the
    article gives it ("· not ranked: AMD Instinct MI350 (likely HBM3E, off-chip: no capacity
    stated)"), so the most or least reads as the most or least of the stated figures. "" when none."""
    said = _unsized_memory_chips(store, frame, lex, ranked)
    return f" · not ranked: {', '.join(said)}" if said else ""


def _uncounted_links(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: set[str]) -> list[str]:
    """ "Which chip has the most PCIe lanes?": a chip that fits and has the link asked but no count of
    its lanes (or ports) (the Grayskulls' PCIe Gen 4, the M2000's PCIe 2.0) may have any number: named
    as a memory of no size is, so the most reads as the most stated, and a yes/no on it is refused
    (red team 117 B: "Is Gaudi 3 the chip with the most PCIe lanes?" was true). Only where the
    question names the link: each chip's links are not all in the article."""
    m = frame.metric
    assert m is not None
    links = [k for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "interconnect"]
    if not links or m.prop not in C.MEASURES:
        return []
    everyone = _run(store, C.compile_frame(F.Frame(F.CHIPS, frame.constraints)))
    labels = lex.by_label()
    what = "lane count" if m.prop == CK + "laneCount" else "port count"
    said = []
    for row in everyone.rows:
        chip = labels.get(row[0].value)
        if chip is None or row[0].value in ranked or _has_figure(store, chip, m._replace(chip_only=False)):
            continue
        w = C._Writer()
        c, _ = w.values([C._iri(chip)])
        values, _ = w.values([C._iri(v) for k in links for v in k.values])
        query = (
            f"SELECT DISTINCT ?l WHERE {{ {w.block()} {c} ck:interconnect ?u . ?u ck:interconnectTechnology ?t . "
            f"?t skos:broader* {values} . ?t rdfs:label ?l }} ORDER BY ?l"
        )
        names = [r[0].value for r in _run(store, C.Compiled("select", query, ("l",))).rows]
        said.append(f"{row[0].value} ({', '.join(names) or 'the link'}: no {what} stated)")
    return said


def _unsized_memory_chips(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: set[str]) -> list[str]:
    """Each chip :func:`_unsized_memories` names, with its memory as the article gives it."""
    from chipkg import figures

    m = frame.metric
    if m is not None and m.prop in (CK + "laneCount", CK + "portCount"):
        return _uncounted_links(store, frame, lex, ranked)
    if m is None or m.prop not in (CK + "capacity", CK + "bandwidth"):
        return []  # any memory too ("Which TSMC chip has the most memory?": the M4's LPDDR5X, red team 32)
    everyone = _run(
        store,
        C.compile_frame(
            F.Frame(F.CHIPS, (*frame.constraints, F.Memory(m.technology, m.on_chip, alternatives=m.technology_or)))
        ),
    )
    labels = lex.by_label()
    said = []
    held = "ck:capacity" if m.prop == CK + "capacity" else "ck:bandwidth"
    for row in everyone.rows:
        chip = labels.get(row[0].value)
        if chip is None or row[0].value in ranked:
            continue
        if _has_figure(store, chip, m._replace(chip_only=False)) and not (
            m.prop == CK + "capacity" and _has_figure(store, chip, m._replace(chip_only=True))
        ):
            continue  # its figure is of another scope (said by the ranking's own notes)
        # (a chip with a capacity per chip is left out beside a memory of no size: compile._unsized_beside)
        w = C._Writer()
        c, _ = w.values([C._iri(chip)])
        pattern = C._memory(w, c, "?m", m.technology, m.on_chip, alternatives=m.technology_or)
        query = (
            f"SELECT DISTINCT ?m WHERE {{ {w.block()} {pattern} "
            # a memory sized per core or tile is the ranking's own note ("a figure not given per chip");
            # one of no size (the M2000's SRAM in every tile) is unsized as any other
            f"FILTER NOT EXISTS {{ ?m ck:scope ?s ; {held} ?z . FILTER (?s != ck:PerChip) }} "
            f"FILTER NOT EXISTS {{ ?m {held} ?sized }} }} ORDER BY ?m"
        )
        texts = [figures.figure(store, r[0].value).text for r in _run(store, C.Compiled("select", query, ("m",))).rows]
        if not texts:
            continue
        what = "capacity" if m.prop == CK + "capacity" else "bandwidth"
        said.append(f"{row[0].value} ({'; '.join(texts)}: no {what} stated)")
    return said


def _unfigured_formats(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: set[str]) -> str:
    """ "all chips supporting FP16 and their performance", "the fastest chip at FP16": a chip that
    fits and supports the precision asked but has no performance figure in it (the Groq LPU supports
    FP16, l.153, with no FP16 figure) cannot be placed, and its figure may lie anywhere: the reading
    names it, as _unsized_memories names a memory with no capacity, so the rows read as the stated
    figures only and no chip of the answer's set is dropped unsaid. "" when none."""
    m = frame.metric
    precisions = (m.precision,) if m is not None and m.precision else (m.precisions if m is not None else ())
    if m is None or m.prop != CK + "performance" or not precisions:
        return ""
    supports = F.Relation(CK + "supportsFormat", precisions)
    everyone = _run(store, C.compile_frame(F.Frame(F.CHIPS, (*frame.constraints, supports))))
    labels = lex.by_label()
    said = [
        row[0].value
        for row in everyone.rows
        if row[0].value in labels
        and row[0].value not in ranked
        and not _has_figure(store, labels[row[0].value], m._replace(chip_only=False, with_scope="any"))
    ]
    if not said:
        return ""
    named = " or ".join(lex.entities[p][0] if p in lex.entities else p for p in precisions)
    return f" · not ranked: {', '.join(said)} ({named} supported: no {named} performance figure stated)"


class Uncompared(NamedTuple):
    """What :func:`_uncompared_memories` found: the note on memories "per chip" set aside, and each
    chip that may or may not fit with its memories as the article gives them."""

    aside: str = ""
    chips: dict[str, list[str]] = {}
    # some figure named is stated, but not per chip: a list that names no chip cannot say none fits
    unscoped: bool = False

    def text(self, heading: str = " · not compared (may or may not fit): ") -> str:
        if not self.chips:
            return self.aside
        return self.aside + heading + ", ".join(f"{chip} ({'; '.join(texts)})" for chip, texts in self.chips.items())


def _uncompared_memories(store: Any, frame: F.Frame, lex: lexicon.Lexicon, result: Any) -> Uncompared:
    """ "Which chips have more than 1 MB of SRAM", "how many chips have over 100 GB of HBM": a chip
    that fits the rest of the question and has a memory of the kind the range is on (its technology,
    or on or off the chip), but no per-chip figure of the measure the range could compare (the
    SN40L's on-chip SRAM has no size, l.131; the M2000's SRAM is in every tile, l.163; the
    Grayskulls' is up to 1.5 MB per core, l.181; the MI350's HBM has no capacity, l.47) may or may
    not be in the range: a list or count that leaves it out silently reads as complete. The reading
    names each, with its memory as the article gives it, as the most and the ranking do ("not
    ranked"). A memory given per core or tile whose size times the chip's units stays at or under a
    lower limit is out for sure, and not named; under an upper limit alone such a memory is refused
    before (:func:`_per_part_memory`), between two limits it is named. An organization answered by
    its chips ("which companies design chips with over 100 MB of SRAM") names the chips of the range
    it could not compare."""
    from chipkg import figures

    if frame.ask == F.ORGS or frame.counting_orgs:
        inner = [k for k in frame.constraints if isinstance(k, F.OrgOfChips)]
        if len(inner) != 1:
            return Uncompared()
        constraints = tuple(inner[0].constraints)
        answered = None
    else:
        constraints = frame.constraints
        answered = {r[0].value for r in result.rows} if frame.ask == F.CHIPS and not frame.group_by else None
    ranges = [
        k
        for k in constraints
        if isinstance(k, F.Measure)
        and k.prop in (CK + "capacity", CK + "bandwidth")
        and (k.low is not None or k.high is not None)
    ]
    if not ranges:
        return Uncompared()
    if answered is None:
        answered = {r[0].value for r in _run(store, C.compile_frame(F.Frame(F.CHIPS, constraints))).rows}
    labels = lex.by_label()
    said: dict[str, list[str]] = {}
    per_chip_aside: list[str] = []  # "per chip" said: chips of a memory given per core or tile only
    unscoped = False
    for k in ranges:
        others = tuple(c for c in constraints if c is not k)
        metric = F.Metric(k.prop, technology=k.technology, on_chip=k.on_chip, chip_only=k.chip_only)
        bounded = (
            set(_per_part_above(store, F.Frame(F.TOP, others, metric=metric), k.low, k.low_inclusive))
            if k.low is not None
            else None
        )
        w = C._Writer()
        body = C.chip_constraints(w, "?c", others)
        held = C._memory(w, "?c", "?m", k.technology, k.on_chip)
        prop = "ck:bandwidth" if k.prop == CK + "bandwidth" else "ck:capacity"
        query = (
            f"SELECT DISTINCT ?chip ?m (BOUND(?f) AS ?sized) "
            "(EXISTS { ?m ck:scope ?s FILTER (?s != ck:PerChip) } AS ?part) "
            "(EXISTS { ?m ck:scope ?p . ?p a ck:PartScope } AS ?piece) "
            f"WHERE {{ {w.block()} ?c a ck:Chip . {body} {held} "
            f"OPTIONAL {{ ?m {prop} ?f }} ?c rdfs:label ?chip . }} ORDER BY ?chip ?m"
        )
        rows = _run(store, C.Compiled("select", query, ("chip", "m", "sized", "part", "piece"))).rows
        for chip, m, sized, part, piece in rows:
            iri = labels.get(chip.value)
            if iri is None or chip.value in answered or _has_figure(store, iri, metric._replace(chip_only=True)):
                continue  # answered, or compared by a per-chip figure (and out of the range)
            if part.value == "true" and (frame.chip_scope or k.chip_only):
                # "per chip" said: a memory given per core, tile or system is set aside by the question
                if sized.value == "true" and chip.value not in per_chip_aside:
                    per_chip_aside.append(chip.value)
                continue
            if k.technology is None and k.on_chip is None and not (sized.value == "true" and piece.value != "true"):
                # no kind of memory named: only a figure of a whole of several chips (a system's) is named,
                # as the most names none unsized (a memory with no size of its own is any chip's)
                continue
            if sized.value == "true" and piece.value == "true" and bounded is not None and chip.value not in bounded:
                # a core's size times its cores stays under the lower limit: out for sure (a system's
                # memory is no part's: the CS-3's 1,200 TB per system was left out unsaid, red team 115)
                continue
            what = "capacity" if k.prop == CK + "capacity" else "bandwidth"
            text = figures.figure(store, m.value).text
            unscoped = unscoped or sized.value == "true"
            text = f"{text}: not per chip" if sized.value == "true" else f"{text}: no {what} stated"
            if text not in said.setdefault(chip.value, []):
                said[chip.value].append(text)
    return Uncompared(_per_chip_aside_note(per_chip_aside), said, unscoped)


def _field_uncompared(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "Which chip with over 100 MB of SRAM has the highest clock?": the most or a ranking over the
    chips a range of a memory's figure picks. A chip with a figure of the measure ranked whose
    memory of that kind has no per-chip figure the range could compare (a list names it "not
    compared", :func:`_uncompared_memories`) may or may not be among the chips ranked, and may come
    first: refused, naming it. A range of the figure ranked itself is the ranking's own (its "not
    ranked")."""
    m = frame.metric
    if m is None or frame.ask not in (F.TOP, F.RANK):
        return
    ranged = [
        k
        for k in frame.constraints
        if isinstance(k, F.Measure)
        and (k.low is not None or k.high is not None)
        and (k.prop, k.technology, k.on_chip) != (m.prop, m.technology, m.on_chip)
    ]
    if not ranged:
        return
    field = F.Frame(F.COUNT, (*frame.constraints, F.unbounded(m, chip_only=m.chip_only)), chip_scope=frame.chip_scope)
    fits = {r[0].value for r in _run(store, C.compile_frame(field._replace(ask=F.CHIPS))).rows}
    for k in ranged:
        if k.chip_only:
            continue
        per_chip = tuple(k._replace(chip_only=True) if c is k else c for c in field.constraints)
        by_chip = {
            r[0].value for r in _run(store, C.compile_frame(field._replace(ask=F.CHIPS, constraints=per_chip))).rows
        }
        if fits != by_chip:
            # "which chip drawing over 100 W has the highest clock": the AI 100 Ultra's 150 W is a
            # card's, which a list shows so; whether the chip itself is in the range is not told
            apart = sorted(fits ^ by_chip)
            raise NoAnswer(
                f"I can't answer that: {', '.join(apart)} {'is' if len(apart) == 1 else 'are'} in the range of "
                f"{_metric_label(F.metric_of(k), lex)} by a figure of another scope than the chip's (or out of it "
                "only so): say 'per chip', or ask for the list"
            )
    said = _uncompared_memories(store, field, lex, None)
    if said.aside or said.chips:
        raise NoAnswer(
            f"I can't answer that: whether some chips with a {_metric_label(m, lex)} are among those asked "
            f"about cannot be told{said.text(': ')}"
        )


def _named_without(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: set[str]) -> None:
    """ "maia 100, groq lpu by clock": a ranking (or the most) of named chips is refused when one of
    them has no figure that counts, as "A vs B" is; leaving it out would rank it unknown as last."""
    named = [c for k in frame.constraints if isinstance(k, F.Identity) and not k.negated for c in k.chips]
    if not _names_chips(frame) or frame.metric is None:
        return
    missing = [c for c in named if lex.entities[c][0] not in ranked]
    if missing:
        others = tuple(k for k in frame.constraints if not isinstance(k, F.Identity))
        said = [
            f"{lex.entities[c][0]} is left out by the rest of the question as read ({_others(others, lex)})"
            if others and _has_figure(store, c, frame.metric)
            else _no_figure(store, c, frame.metric, lex)
            for c in missing
        ]
        raise NoAnswer(f"I can't answer that: {'; '.join(said)}, so where it stands among the others cannot be told")


def _others(constraints: tuple, lex: lexicon.Lexicon) -> str:
    return " · ".join(_describe_constraint(k, lex) for k in constraints)


def _has_figure(store: Any, chip: str, metric: F.Metric) -> bool:
    """``chip`` has a figure of ``metric`` of a scope that counts for it."""
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    path = C.metric_path(w, var, "?f", metric)
    return bool(_run(store, C.Compiled("ask", f"ASK {{ {w.block()} {path} }}", ())).boolean)


def _no_figure(store: Any, chip: str, metric: F.Metric, lex: lexicon.Lexicon) -> str:
    """That the article gives ``chip`` no figure of ``metric`` that counts here, naming the figures
    it gives of other scopes (the CS-3's memory is 1,200 TB per system: not "no memory capacity"), or
    the figures the question sets aside ("Both figures are stated exactly": the M4's "around 40 billion"
    is hedged, so not "no transistor count")."""
    from chipkg import figures

    own = dict(metric.technology_per).get(chip)
    if own is not None:  # "the SN40L's HBM3 capacity": the figure of the technology said with the chip
        metric = metric._replace(technology=own, technology_per=())

    def given(measure: F.Metric) -> list[str]:
        w = C._Writer()
        var, _ = w.values([C._iri(chip)])
        path = C.metric_path(w, var, "?f", measure, any_scope=True)
        query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {path} ?f ck:normalizedValue ?n . }} ORDER BY ?f"
        return [figures.figure(store, r[0].value).text for r in _run(store, C.Compiled("select", query, ("f",))).rows]

    others = given(metric._replace(chip_only=False))
    label, what = lex.entities[chip][0], _metric_label(metric, lex)
    unsized = _unsized_of(store, chip, metric) if others else []
    if unsized:  # compile._unsized_beside: the AI 100 Ultra's 144 MB of SRAM beside an LPDDR4X of no size
        said = "; ".join(others)
        return f"the article gives {label} no capacity for its {', '.join(unsized)} beside its {what} of {said}"
    if others:
        return f"the article gives {label}'s {what} only as {'; '.join(others)}, not compared with per-chip figures"
    set_aside = (
        given(metric._replace(chip_only=False, unhedged=(), without=())) if metric.unhedged or metric.without else []
    )
    if set_aside:
        return f"the article gives {label}'s {what} only as {'; '.join(set_aside)}, which the question sets aside"
    return f"the article gives no {what} for {label}"


def _unsized_of(store: Any, chip: str, metric: F.Metric) -> list[str]:
    """The memories of ``chip`` of the kind a capacity ``metric`` ranks that the article gives no
    capacity for, as labels of their technologies ("LPDDR4X"): with a size given beside them, they
    leave the chip out of the ranking (compile._unsized_beside)."""
    if metric.prop != CK + "capacity":
        return []
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    pattern = C._memory(w, var, "?m", metric.technology, metric.on_chip, alternatives=metric.technology_or)
    query = (
        f"SELECT DISTINCT ?name WHERE {{ {w.block()} {pattern} FILTER NOT EXISTS {{ ?m ck:capacity ?z }} "
        "?m ck:memoryTechnology/rdfs:label ?name . } ORDER BY ?name"
    )
    return [r[0].value for r in _run(store, C.Compiled("select", query, ("name",))).rows]


def _ordinal(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class Span(NamedTuple):
    """Where a figure's true value may lie: from ``low`` to ``high``; ``open_low``: above ``low``,
    never at it ("over 20 billion"); ``open_high``: below ``high``, never at it (a magnitude word:
    "multi-trillion" is under ten trillion)."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False


def _span(value: float, qualifiers: set[str], reach: float = LOWER_BOUND_REACH) -> Span:
    """Where a figure's true value may lie, as every comparison ``ask`` makes reads its hedges. This
    is the one rule for hedged figures, used by the yes/no of two chips, the most/least, rankings
    and the cut of a top-N list (and written in SPARQL for ranges by compile.measure_pattern and
    :func:`_undecided_bounds`):

    - "up to X" (ck:UpperBound) is the stated peak: at most X, and X is what the source says is
      reached at peak, so it is compared at X; every answer that rests on it shows it with its
      "up to" (the figure column; the reading of a yes/no);
    - "over X" (ck:LowerBound) is above X by an unknown amount: an order or range that amount
      could change is not told. Among the whole field (the most, a ranking, a top-N, a range list)
      it contends up to ``reach`` = LOWER_BOUND_REACH times X ("over 20 billion" is no contender
      against 4 trillion); where the question names the chips (a yes/no, "which of A or B", a
      ranking of named chips) it has no ceiling (``reach`` infinite): the figures decide only if
      X itself does. A magnitude word ("thousands", ck:statedMagnitude) reaches the decade it
      names (compile.MAGNITUDE_REACH: thousands may be 9,000) in the whole field too;
    - "about X", "nominal X" lie near X, within a factor of compile.APPROXIMATE_REACH either way;
    - a vendor's claim (ck:VendorClaim) says whose figure it is, not where its value lies: read at
      its number, as its other hedges say; every answer that rests on it says whose claim it is
      (the figure's text; a yes/no's ``claimed_by``);
    - "likely X", or a hedge this does not know, may lie anywhere."""
    low, high, open_low = value, value, False
    magnitude = CK + "statedMagnitude" in qualifiers
    if CK + "statedMagnitude" in qualifiers:  # "thousands": up to the decade the word names
        qualifiers, reach = qualifiers - {CK + "statedMagnitude"}, max(reach, C.MAGNITUDE_REACH)
    for q in qualifiers:
        if q in (CK + "UpperBound", CK + "VendorClaim"):
            continue
        if q == CK + "LowerBound":
            high, open_low = max(high, value * reach), True
        elif q in (CK + "Approximate", CK + "Nominal"):
            low, high = min(low, value / C.APPROXIMATE_REACH), max(high, value * C.APPROXIMATE_REACH)
        else:
            low, high = float("-inf"), float("inf")
    return Span(low, high, open_low and low == value, magnitude and high == value * C.MAGNITUDE_REACH)


def _order(a: Span, b: Span, order: str = "desc") -> str:
    """How two spans (:func:`_span`) stand in ``order`` ("desc": higher first): ">" a decidedly
    first, "<" decidedly after, "=" the same stated value, "?" not decided by the figures (a
    bound's reach overlaps the other, its limit included; "over X" is above X itself). Two lower
    bounds are never decided against each other ("over 10 billion" may be above "over 20 billion"):
    their reach says how far a bound contends with a stated figure, and no stated figure is there."""
    if order == "asc":
        a, b = b, a
    if a.open_low and b.open_low:
        return "?"
    if a.low == a.high == b.low == b.high:
        return "="
    if a.low > b.high or (a.low == b.high and (a.open_low or b.open_high)):
        return ">"
    if a.high < b.low or (a.high == b.low and (b.open_low or a.open_high)):
        return "<"
    return "?"


def _qualifiers(store: Any, iris: list[str]) -> dict[str, set[str]]:
    """The ck:qualifier IRIs of each figure, and ck:statedMagnitude where the figure is a magnitude
    word ("thousands"), which :func:`_span` reads as a lower bound with no ceiling."""
    pattern = "OPTIONAL { { ?f ck:qualifier ?q } UNION { ?f ck:statedMagnitude ?m BIND (ck:statedMagnitude AS ?q) } }"
    out: dict[str, set[str]] = {i: set() for i in iris}
    for f, q in _per_figure(store, iris, pattern, ("f", "q")):
        if q is not None:
            out[f.value].add(q.value)
    return out


def _read_at_their_number(
    frame: F.Frame, rows: list[Any], quals: dict[str, set[str]], lex: lexicon.Lexicon
) -> dict[str, set[str]]:
    """``quals`` with the hedge taken off each figure a rider reads at its stated number ("taking
    'over 10 billion' as 10 billion", "treating the M4's 'around 40 billion' as 40 billion": its
    chip, or any chip's for a quoted figure, of that hedge and number; checked to be there by
    :func:`_riders_checked`): placed as an exact figure. Rows are (chip label, figure, value)."""
    out = dict(quals)
    for _text, chip, what, numbers in frame.riders:
        if not what.startswith("hedge=") or not numbers:
            continue
        hedges = set(what.partition("=")[2].split("|"))
        label = None if chip == "*" else lex.entities.get(chip, ("",))[0]
        for r in rows:
            iri = r[1].value
            if (
                (label is None or r[0].value == label)
                and hedges <= out.get(iri, set())
                and any(math.isclose(float(r[2].value), n) for n in numbers)
            ):
                out[iri] = out[iri] - hedges
    return out


def _first_per_chip(rows: list[Any]) -> list[Any]:
    """One row per chip (its best figure, the first in the ranking's order)."""
    seen: set[str] = set()
    out = []
    for r in rows:
        if r[0].value not in seen:
            seen.add(r[0].value)
            out.append(r)
    return out


def _decided_order(
    store: Any, frame: F.Frame, chosen: list[Any], ranked: list[Any], lex: lexicon.Lexicon, among: bool = True
) -> str:
    """The most, the least, a ranking or the cut of a top-N list is told only where the figures
    decide it (:func:`_span`, :func:`_order`): each chosen chip before every other ranked chip
    (after the cut), and, ``among`` them, each chosen chip before the next or tied with it. Else
    refused, naming the two figures, as the yes/no of the same two chips is. A lower bound placed
    only by its reach among the field (NorthPole's "over 200 TOPS" below 400 TOPS) is said in the
    returned note of the reading: the pair named alone is not decided (red team 44)."""
    from chipkg import figures

    if frame.stated_order:  # "taking hedged figures at face value": by the stated numbers, hedges shown
        return ""
    iris = [r[1].value for r in ranked] + [r[1].value for r in chosen]
    quals = _qualifiers(store, list(dict.fromkeys(iris)))
    quals = _read_at_their_number(frame, [*ranked, *chosen], quals, lex)
    reach = float("inf") if _names_chips(frame) else LOWER_BOUND_REACH

    def span(r: Any, far: float = reach) -> Span:
        return _span(float(r[2].value), quals[r[1].value], far)

    top = {r[0].value for r in chosen}
    pairs = [(a, b) for a in chosen for b in ranked if b[0].value not in top]
    if among:
        pairs += [(a, b) for i, a in enumerate(chosen) for b in chosen[i + 1 :]]
    word = "higher" if frame.order == "desc" else "lower"
    bounded: dict[str, str] = {}  # figure IRI -> its text: a lower bound the field's reach placed
    for a, b in pairs:
        said = _order(span(a), span(b), frame.order)
        if (
            said == ">"
            and reach != float("inf")
            and _order(span(a, float("inf")), span(b, float("inf")), frame.order) != ">"
        ):
            for r in (a, b):
                if CK + "LowerBound" in quals[r[1].value]:
                    bounded[r[1].value] = f"{r[0].value}'s {figures.figure(store, r[1].value).text}"
        if said == ">" or (said == "=" and b[0].value in top):
            continue
        fa, fb = figures.figure(store, a[1].value), figures.figure(store, b[1].value)
        raise NoAnswer(
            f"I can't answer that: the article's figures do not decide whether {a[0].value} ({fa.text}) is "
            f"{word} than {b[0].value} ({fb.text})"
        )
    if not bounded:
        return ""
    magnitudes = [f for f in bounded if CK + "statedMagnitude" in quals[f]]  # "multi-trillion": its decade
    reading = (
        f"a word for a magnitude as under {C.MAGNITUDE_REACH:g} times its number"
        if len(magnitudes) == len(bounded)
        else f"a lower bound as under {LOWER_BOUND_REACH:g} times its number"
        + (f", a word for a magnitude under {C.MAGNITUDE_REACH:g} times" if magnitudes else "")
    )
    return f" · placed by reading {reading}: {'; '.join(bounded.values())} (the article gives only the bound)"


def _decided_prefix(store: Any, frame: F.Frame, ranked: list[Any], lex: lexicon.Lexicon) -> tuple[list[Any], str]:
    """A whole ranking shown as far as the figures decide its order: the longest run of at least three
    chips from the top, each decidedly before every chip after it (:func:`_decided_order`), and the
    chips below named in the reading with their figures, unordered. "transistor count ranking" was
    refused whole because NorthPole's 22 billion and the Groq LPU's "over 20 billion" (l.151, 163)
    cannot be ordered, though the CS-3, Blackwell and Maia above them can (blind sets 53, 54).
    Refused as before where not even the first three are decided (a ranking of two is hardly one:
    set 17's TSMC chips would show Blackwell and the M4 alone)."""
    from chipkg import figures

    try:
        return ranked, _decided_order(store, frame, ranked, ranked, lex)
    except NoAnswer as undecided:
        for k in range(len(ranked) - 1, 2, -1):
            try:
                note = _decided_order(store, frame, ranked[:k], ranked, lex)
            except NoAnswer:
                continue
            rest = "; ".join(f"{r[0].value} ({figures.figure(store, r[1].value).text})" for r in ranked[k:])
            return ranked[:k], note + (
                f" · ranked only as far as the figures decide the order; below, {len(ranked) - k} chips they "
                f"do not order, not shown: {rest}"
            )
        raise undecided


def _names_chips(frame: F.Frame) -> bool:
    """The question names the chips it compares ("which of A or B", "rank A, B and C")."""
    return any(isinstance(k, F.Identity) and not k.negated and len(k.chips) > 1 for k in frame.constraints)


def _every_scope_ranked(frame: F.Frame) -> F.Frame:
    """ "Which chip can handle the biggest models?": a measure the article states at every scope (a
    model size: per system, per cluster, per two cards, or unscoped) has no per-chip figures to rank,
    so a ranking or a most that names no scope ranks every figure, each shown with its scope and
    said in the reading (:func:`_one_scope`), as "at any scope" asks. "Per chip", a scope named
    ("per system") or "in one cluster" keep their reading."""
    m = frame.metric
    if (
        frame.ask not in (F.TOP, F.RANK)
        or m is None
        or C.MEASURES.get(m.prop, C.MeasureFragment("")).also_scope != "any"
        or m.prop == CK + "claim"
        or m.with_scope is not None
        or m.chip_only
        or m.of_scope is not None
        or frame.chip_scope
    ):
        return frame
    return frame._replace(metric=m._replace(with_scope="any"))


def _scope_of(fig: Any, prop: str) -> str:
    """A figure's scope as compared: its stated scope; unstated, per chip, except for a measure
    stated at every scope (a model size, a scale-out), where it is unknown."""
    if fig.scope:
        return str(fig.scope)
    return "scope not stated" if C.MEASURES[prop].also_scope == "any" else "per chip"


def _one_scope(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: list[Any], chosen: list[Any]) -> str:
    """Figures of different scopes are not set against each other where the answer rests on one:
    the scopes a question admits are per chip and the one it names ("which chip or system"); a
    figure of another scope the measure lets count (a card's power; any scope of a model size) may
    stand among the ranked, shown with its scope and said in the reading, but never wins the
    most/least, never meets a per-chip figure in a comparison of named chips, and never takes a
    place in a ranking of a measure stated at every scope (a system's model size above a chip's).
    Returns the reading's note; refuses otherwise. "per chip" compares per-chip figures only."""
    from chipkg import figures

    assert frame.metric is not None
    prop = frame.metric.prop
    admitted = {"per chip"}
    if frame.metric.with_scope and frame.metric.with_scope != "any":
        admitted.add(_scope_words(frame.metric.with_scope, lex))
    scoped = []
    for r in _first_per_chip(ranked):
        fig = figures.figure(store, r[1].value)
        scoped.append((r[0].value, _scope_of(fig, prop), _scoped_text(fig, prop)))
    other = [(chip, scope, text) for chip, scope, text in scoped if scope not in admitted]
    if not other or len(scoped) < 2 or len({scope for _c, scope, _t in scoped}) == 1:
        return ""  # nothing of another scope, one chip's figure set against nothing, or one scope for all
    said = "; ".join(f"{chip}: {text}" for chip, _s, text in scoped)
    named = _names_chips(frame)
    winners = {r[0].value for r in chosen}
    if frame.metric.with_scope == "any":  # "any scope": every figure competes, its scope said
        return " · compared at every scope: " + "; ".join(f"{chip}'s figure is {scope}" for chip, scope, _t in other)
    if (
        named
        or (frame.ask == F.TOP and any(chip in winners for chip, _s, _t in other))
        or (frame.ask == F.RANK and C.MEASURES[prop].also_scope == "any")
    ):
        raise NoAnswer(
            f"I can't answer that: the figures are of different scopes ({said}); "
            "ask 'per chip' to compare per-chip figures only"
        )
    return " · " + "; ".join(f"{chip}'s figure is {scope}, ranked as the chip's" for chip, scope, _t in other)


def _claimed_top(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str, parts: bool = True) -> Answer:
    """ "Is A's X higher than B's?": yes when every value A's figure allows is above every value B's
    allows, no when none is, otherwise the article does not decide (hedges, as :func:`_span` reads
    them). Each chip needs exactly one figure of the measure (one normalized value): a chip with
    none, or with several, is not compared."""
    from chipkg import figures

    assert frame.metric is not None and frame.claim is not None
    pair = next(k.chips for k in frame.constraints if isinstance(k, F.Identity) and not k.negated)
    rest = tuple(k for k in frame.constraints if not isinstance(k, F.Identity))
    spans: list[tuple[str, str, str, Span]] = []
    hedged: list[bool] = []  # whether each figure is hedged ("up to", "over", "about"), a vendor's claim aside
    compared: list[str] = []  # the two figures
    parts_said: list[str] = []
    sparql = ""
    for chip in (frame.claim, next(c for c in pair if c != frame.claim)):
        w = C._Writer()
        var, _ = w.values([C._iri(chip)])
        body = C.chip_constraints(w, var, rest)
        # (a memory of no size beside the capacity given: no figure to compare, C._unsized_beside)
        path = C.metric_path(w, var, "?f", frame.metric) + C._unsized_beside(w, var, frame.metric)
        sparql = (
            f"SELECT ?f (xsd:double(SAMPLE(?n)) AS ?value) (GROUP_CONCAT(DISTINCT STR(?q)) AS ?qualifiers) "
            f"(GROUP_CONCAT(DISTINCT STR(?s)) AS ?scopes) WHERE {{ {w.block()} {body} {path} "
            "?f ck:normalizedValue ?n . OPTIONAL { ?f ck:qualifier ?q } OPTIONAL { ?f ck:scope ?s } } "
            "GROUP BY ?f ORDER BY ?f"
        )
        found = _run(store, C.Compiled("select", sparql, ("f", "value", "qualifiers", "scopes"))).rows
        label = lex.entities[chip][0]
        if not found:
            raise NoAnswer(f"I can't answer that: {_no_figure(store, chip, frame.metric, lex)} to compare")
        if len({float(r[1].value) for r in found}) > 1:
            texts = "; ".join(figures.figure(store, r[0].value).text for r in found)
            raise NoAnswer(
                f"I can't answer that: {label} has several figures for its "
                f"{_metric_label(frame.metric, lex)} ({texts}), so which to compare is not clear"
            )
        qualifiers = {q for r in found for q in (r[2].value.split() if r[2] is not None else [])}
        part = _performance_part(store, chip, frame.metric, lex, [r[0].value for r in found]) if parts else ""
        if part:
            # "does the Trainium2 deliver more TFLOPS than the Maia 100": its FP16 figure is a part of
            # its performance at any precision (cFP8 given no figure): at least that, by how much unknown
            parts_said.append(part)
            qualifiers.add(CK + "LowerBound")
        compared += [r[0].value for r in found]
        fig = figures.figure(store, found[0][0].value)
        # a card's power against a chip's, a system's model size against a chip's: never compared
        scope = _scope_of(fig, frame.metric.prop)
        value = float(found[0][1].value)
        span = _span(value, qualifiers, float("inf"))
        if frame.same and CK + "UpperBound" in qualifiers:
            # "up to X" is at most X: its value may be any below, so the same as a lower figure or not
            span = span._replace(low=float("-inf"))
        spans.append((label, _scoped_text(fig, frame.metric.prop), scope, span))
        hedged.append(bool(qualifiers - {CK + "VendorClaim"}))
    (a, a_text, a_scope, a_span), (b, b_text, b_scope, b_span) = spans
    said = f"{a}: {a_text}; {b}: {b_text}"
    # the scopes the question admits: per chip, and one it names of a chip ("than the AI 100 Ultra's
    # single-card figure", as "which chip or card" names one)
    admitted = {"per chip"}
    if frame.metric.with_scope and frame.metric.with_scope != "any":
        admitted.add(_scope_words(frame.metric.with_scope, lex))
    if a_scope != b_scope and not {a_scope, b_scope} <= admitted:  # a system's figure against a chip's
        raise NoAnswer(f"I can't answer that: the figures are of different scopes ({said})")
    stands = _order(a_span, b_span, frame.order)
    verdict = True if stands == ">" else False if stands in ("<", "=") else None
    if frame.same:
        # the same figure: two unhedged figures of one value (in the unit each is normalized to);
        # figures that lie decidedly apart are not; a hedged figure at the other's value is undecided
        verdict = (
            False
            if stands in (">", "<")
            else True
            if stands == "=" and not any(hedged) and not parts_said and a_span.low == a_span.high
            else None
        )
    if verdict is None:
        raise NoAnswer(
            f"I can't answer that: the article's figures do not decide it ({said})"
            + "".join(f"; {p.removesuffix('; name the precision')}" for p in parts_said)
        )
    return Answer(
        f"{reading} · {said}",
        [],
        [],
        boolean=verdict,
        sparql=sparql,
        claimed_by=_claimed_by(store, compared),
        compared=tuple(compared),
    )


def _leads(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "Is the e150 the lowest power data center chip?", "does the Groq LPU have the most SRAM?",
    "is it in the top 3 by SRAM?": false when the article rules the chip named out of the field the
    rest of the question defines (not a 7nm chip); else the most, the least or the top N of that
    field is told as "which ..." tells it (ties kept, the one rule for hedged figures, scopes kept
    apart; refused where that is not told), and the chip is checked against it: true when it is
    among them; false when each of them is decidedly ahead of its figure (its hedges read as in the
    field when it is in the field, else with no ceiling, as for any named chip); otherwise refused,
    as a figure of another scope than the others' is. Never the most of the one chip named."""
    from chipkg import figures

    assert frame.metric is not None and frame.claim is not None
    chip, metric = frame.claim, frame.metric
    label = lex.entities[chip][0]
    field = frame._replace(claim=None)
    claim = " · ".join(_describe_constraint(k, lex) for k in field.constraints)
    member: bool | None = True
    member_claims: tuple[str, ...] = ()
    if any(isinstance(k, F.Identity) and k.negated and chip in k.chips for k in field.constraints):
        member = False  # "the chip with the most SRAM that is neither the Corsair nor ...": not it
    elif field.constraints:
        try:
            membership = _yes_no(store, F.Frame(F.YESNO, field.constraints, subjects=(chip,)), lex, "")
            member, member_claims = membership.boolean, membership.claimed_by
        except NoAnswer:
            member = None
    if member is False:  # "is Gaudi 3 the 7nm chip with the most power": it is not a 7nm chip
        return Answer(
            f"{reading} · the article rules out that {label} is {claim}",
            [],
            [],
            boolean=False,
            claimed_by=member_claims,
        )
    told = _answer(store, field, lex, describe_frame(field, lex))  # refuses where the field's top is not told
    named = {r[0].value for r in told.rows}
    leaders = [r for r in _first_per_chip(_run(store, C.compile_frame(field)).rows) if r[0].value in named]
    own = _first_per_chip(
        _run(store, C.compile_frame(F.Frame(F.RANK, (F.Identity((chip,)),), metric=metric, order=frame.order))).rows
    )
    what = (
        ("the most " if frame.order == "desc" else "the least ") + _metric_label(metric, lex)
        if frame.ask == F.TOP
        else f"in the {'top' if frame.order == 'desc' else 'bottom'} {frame.n}"
    )

    def text(row: Any) -> str:
        return f"{row[0].value}: {_scoped_text(figures.figure(store, row[1].value), metric.prop)}"

    def scope(row: Any) -> str:
        return _scope_of(figures.figure(store, row[1].value), metric.prop)

    if own and scope(own[0]) != "per chip" and metric.with_scope is None:
        raise NoAnswer(
            f"I can't answer that: {text(own[0])}; figures of other scopes are not set against per-chip ones here"
        )
    if label in named and frame.ask == F.RANK and frame.n is not None:
        # "is Gaudi 3 one of the top 3 GPUs by HBM?": with no more than N chips stated, it is in the top
        # N for want of others, not by comparison (as "the most" of the only chip stated is refused
        # inside a yes/no); told only if it stays there with every chip of no figure ahead of it
        ranked = [r[0].value for r in _first_per_chip(_run(store, C.compile_frame(field._replace(n=None))).rows)]
        everyone = {r[0].value for r in _run(store, C.compile_frame(F.Frame(F.CHIPS, field.constraints))).rows}
        unstated = [] if frame.figureless_aside else sorted(everyone - set(ranked))
        if label in ranked and len(ranked) <= frame.n and ranked.index(label) + 1 + len(unstated) > frame.n:
            raise NoAnswer(
                f"I can't answer that: {len(unstated)} of the chips asked about have no "
                f"{_metric_label(metric, lex)} in the article ({', '.join(unstated[:4])}"
                f"{', ...' if len(unstated) > 4 else ''}), so whether {label} is {what} is not told"
            )
    if label in named:
        said = "; ".join(text(r) for r in leaders)
        if any(scope(r) != scope(own[0]) for r in leaders):  # a card's power in the top 3 beside chips' watts
            raise NoAnswer(f"I can't answer that: the figures are of different scopes ({said})")
        # the leaders ahead of it in a top N are beyond it by the ranking itself, not by another scope
        # ("is the NorthPole in the top 3 by SRAM": the C8's and MTIA v2's per-chip figures; red team 73)
        before_it = [lex.by_label().get(r[0].value, r[0].value) for r in leaders] if frame.ask == F.RANK else []
        beyond = _beyond_in_other_scopes(store, field, chip, float(own[0][2].value), before_it)
        if beyond:  # "does the SN40L have the most memory": the CS-3's 1,200 TB is per system
            raise NoAnswer(
                f"I can't answer that: {said}, but figures of other scopes go beyond it ({'; '.join(beyond)}), "
                "and figures of different scopes are not set against each other"
            )
        if frame.ask == F.TOP and len(named) > 1:
            # "is Gaudi 3 the chip with the most HBM?": it shares the top with another (Trillium's
            # 128 GB); neither "yes, it is the one" nor "no" is what the article says
            others = ", ".join(sorted(named - {label}))
            raise NoAnswer(
                f"I can't answer that: {label} ties with {others} for {what} ({said}); ask which chips have {what}"
            )
        # in a top N too ("is the Trainium2 in the top 3 by HBM": the MI350's HBM has no size; red team 73),
        # unless it stays there with every chip of no size ahead of it (the Corsair's 2 GB: first of the
        # SRAM stated, third at worst beside the two SRAMs of no size)
        set_aside = {lex.entities[c][0] for c, scope, _ in frame.figures_aside if scope == F.NO_FIGURE}
        unsized_chips = [
            u for u in _unsized_memory_chips(store, field, lex, named) if u.split(" (", 1)[0] not in set_aside
        ]
        # its place: one after the chips strictly ahead of it (a tie shares the place: Gaudi 3 and
        # Trillium both first by HBM, red team 75)
        mine = float(own[0][2].value)
        better = [
            r for r in leaders if (float(r[2].value) > mine if frame.order == "desc" else float(r[2].value) < mine)
        ]
        place = len(better) + 1
        held_anyway = frame.ask == F.RANK and frame.n is not None and place + len(unsized_chips) <= frame.n
        unsized = "" if held_anyway or not unsized_chips else f" · not ranked: {', '.join(unsized_chips)}"
        left_out_as_asked = ""
        if unsized and frame.figureless_aside:  # "(SRAM with no stated size doesn't count)"
            left_out_as_asked, unsized = " · the chips with no figure left out, as asked", ""
        if unsized:
            # "does the Corsair C8 have the most SRAM": the SN40L's SRAM has no size (l.131) and may be
            # larger; "which chip has the most SRAM" says so beside its answer, a yes has no room for it
            # (red team 46 E)
            raise NoAnswer(
                f"I can't answer that: {said}, but some chips' figures are not stated, so whether {label} is "
                f"{what} is not told ({unsized.removeprefix(' · ')})"
            )
        claimed = _claimed_by(store, [r[1].value for r in [*leaders, *own[:1]]])
        # the chips the most could not rank (SN40L's SRAM has no size) are said, as "which" says them
        # and a lower bound the field's reach placed (:func:`_decided_order`)
        unranked = _notes(told.reading, " · not ranked:") + _notes(told.reading, " · placed by reading")
        return Answer(
            f"{reading} · {said}{unranked}{left_out_as_asked}",
            [],
            [],
            boolean=True,
            sparql=told.sparql,
            claimed_by=tuple(sorted({*claimed, *member_claims})),
        )
    if not own:
        raise NoAnswer(
            f"I can't answer that: {_no_figure(store, chip, metric, lex)}, so whether it is {what} is not told"
        )
    quals = _qualifiers(store, [r[1].value for r in [*leaders, own[0]]])
    reach = LOWER_BOUND_REACH if member else float("inf")
    said = f"{'; '.join(text(r) for r in leaders)}; {text(own[0])}"
    for r in leaders:
        if scope(r) != scope(own[0]):
            raise NoAnswer(f"I can't answer that: the figures are of different scopes ({said})")
        ahead = _order(
            _span(float(r[2].value), quals[r[1].value], LOWER_BOUND_REACH),
            _span(float(own[0][2].value), quals[own[0][1].value], reach),
            frame.order,
        )
        if ahead != ">":
            if member is None:
                raise NoAnswer(f"I can't answer that: the article does not say whether {label} is {claim} · {said}")
            raise NoAnswer(
                f"I can't answer that: the article's figures do not decide whether {label} is {what} ({said})"
            )
    claimed = _claimed_by(store, [r[1].value for r in [*leaders, own[0]]])
    return Answer(
        f"{reading} · {said}",
        [],
        [],
        boolean=False,
        sparql=told.sparql,
        claimed_by=tuple(sorted({*claimed, *member_claims})),
    )


def _notes(reading: str, opening: str) -> str:
    """The notes of a reading that open with ``opening`` (" · not ranked:"), each up to the next note."""
    return "".join(opening + part.split(" · ", 1)[0] for part in reading.split(opening)[1:])


def _beyond_unranked(store: Any, frame: F.Frame, lex: lexicon.Lexicon, top: Any) -> str:
    """ "Which chip has the most memory?": the SN40L's 1.5 TB leads the per-chip figures, and the CS-3's
    "up to 1,200 TB, per system" is of a scope not set against them (:func:`_one_scope`); left out
    silently, the answer read as if no chip had more (red team 44). The reading names each figure
    of another scope beyond the top one, as a ranking names what it does not rank; "per chip" said,
    or every scope admitted, there is nothing to name. A scope the question admits beside the chip's
    ("which chip or system has the most FLOPS") is compared, and the figures of the scopes it does not
    admit (a node's, a cluster's) are named as before (red team 52 F5: they were left out silently)."""
    if frame.chip_scope or frame.metric is None or frame.metric.with_scope == "any":
        return ""
    iri = lex.by_label().get(top[0].value)
    if iri is None:
        return ""
    beyond = _beyond_in_other_scopes(store, frame._replace(claim=None), iri, float(top[2].value))
    if not beyond:
        return ""
    compared = "per-chip ones" if frame.metric.with_scope is None else "the scopes compared"
    return f" · not ranked: {'; '.join(beyond)} (a figure of another scope, not set against {compared})"


def _unranked_other_scopes(store: Any, frame: F.Frame, lex: lexicon.Lexicon, rows: list[Any]) -> str:
    """ "chips by flops": a chip that fits but whose figures of the measure are all of scopes the
    ranking does not compare (the Gaudi 3's FLOPS are per node and per cluster) is not ranked, and
    the reading says so with its figures, as a top-1 names those beyond it (:func:`_beyond_unranked`);
    left out silently, the ranking read as every chip with such a figure. A top N names only the
    figures beyond its last place. "per chip" said, or every scope admitted, nothing to name."""
    if frame.chip_scope or frame.metric is None or frame.metric.with_scope == "any":
        return ""
    ranked = _first_per_chip(rows)
    labels = lex.by_label()
    # a memory sized per core, tile or system is the ranking's own note ("a figure not given per chip")
    named = {r[0].value for r in ranked} | set(_per_part_chips(store, frame, frame.metric))
    left = [labels[c] for c in named if c in labels]
    value = None
    if frame.n is not None and len(ranked) >= frame.n:
        value = float(ranked[frame.n - 1][2].value)
    metric = frame.metric
    said = [
        f"{_label(store, chip)}: {text}"
        for chip, text in _other_scope_figures(store, frame._replace(claim=None), left, value)
        # a chip with a figure of the scope compared is left out for another reason, noted as such (the
        # AI 100 Ultra's 144 MB of SRAM beside an LPDDR4X of no stated size: _unsized_memories)
        if not _has_figure(store, chip, metric)
    ]
    if not said:
        return ""
    compared = "per-chip ones" if frame.metric.with_scope is None else "the scopes compared"
    return f" · not ranked: {'; '.join(said)} (a figure of another scope, not set against {compared})"


def _beyond_in_other_scopes(
    store: Any, field: F.Frame, chip: str, value: float, ahead: list[str] | None = None
) -> list[str]:
    """The figures of the field's other chips (not those ``ahead`` of it in the ranking asked), of
    scopes the field does not compare (a system's memory beside chips'; never a part's, a core's
    SRAM), that lie beyond ``value`` in the field's order: a chip said to lead may not, once they
    count."""
    return [
        f"{_label(store, c)}: {text}" for c, text in _other_scope_figures(store, field, [chip, *(ahead or [])], value)
    ]


def _other_scope_figures(store: Any, field: F.Frame, chips: list[str], value: float | None) -> list[tuple[str, str]]:
    """(chip, figure text) of each figure of the field's chips other than ``chips``, of any scope
    (never a part's, a core's SRAM), that lies beyond ``value`` in the field's order (any value, when
    None)."""
    from chipkg import figures

    assert field.metric is not None
    w = C._Writer()
    body = C.chip_constraints(w, "?c", field.constraints)
    path = C.metric_path(w, "?c", "?f", field.metric._replace(with_scope="any", chip_only=False))
    named = chips
    # the terms are typed (IRIs), written as VALUES writes them; NOT IN, as one VALUES row each would not
    apart = f"FILTER (?c NOT IN ({', '.join(str(C._iri(c)) for c in named)})) " if named else ""
    if value is None:
        beyond = ""
    else:
        limit, _ = w.values([C._number(value)])
        beyond = f"FILTER (?n {'>' if field.order == 'desc' else '<'} {limit}) "
    query = (
        f"SELECT DISTINCT ?c ?f WHERE {{ {w.block()} ?c a ck:Chip . {body} {path} ?f ck:normalizedValue ?n . "
        f"{apart}{beyond}}} ORDER BY ?c ?f"
    )
    rows = _run(store, C.Compiled("select", query, ("c", "f"))).rows
    return [(r[0].value, figures.figure(store, r[1].value).text) for r in rows]


def _disagreeing_figures(store: Any, frame: F.Frame, lex: lexicon.Lexicon, rows: list[Any]) -> str:
    """A chip ranked whose figures of the measure disagree: two values of one thing (the same scope,
    precision, kind of unit and memory technology), as a user's source beside the article's (the Groq
    LPU's 1 GHz from a review beside the article's 1.2 GHz). Ranked by its highest, it was ranked so
    silently (red team 112); the first place resting on one such chip is refused (by its lower figure
    it may not lead), and a ranking names each."""
    from chipkg import figures

    if frame.metric is None:
        return ""
    by_label = lex.by_label()
    ranked = {by_label[label]: label for label in dict.fromkeys(r[0].value for r in rows) if label in by_label}
    if not ranked:
        return ""
    alike: dict[str, dict[tuple, dict[float, str]]] = {}
    for batch in _batches(list(ranked)):  # the chips ranked in VALUES blocks, as _per_figure asks
        w = C._Writer()
        var, _ = w.values([C._iri(iri) for iri in batch])
        path = C.metric_path(w, var, "?f", frame.metric)
        query = (
            f"SELECT DISTINCT {var} ?f ?n ?s ?p ?u ?t WHERE {{ {w.block()} {path} ?f ck:normalizedValue ?n . "
            "OPTIONAL { ?f ck:scope ?s } OPTIONAL { ?f ck:precision ?p } OPTIONAL { ?f ck:countOf ?u } "
            "OPTIONAL { ?x ck:capacity|ck:bandwidth ?f ; ck:memoryTechnology ?t } }"
        )
        for c, f, n, *what in _run(store, C.Compiled("select", query, ("c", "f", "n", "s", "p", "u", "t"))).rows:
            key = tuple(x.value if x is not None else "" for x in what)
            alike.setdefault(c.value, {}).setdefault(key, {})[float(n.value)] = f.value
    said: list[str] = []
    for iri, label in ranked.items():  # in the ranking's order
        split = [values for values in alike.get(iri, {}).values() if len(values) > 1]
        if not split:
            continue
        texts = "; ".join(figures.figure(store, f).text for values in split for f in values.values())
        if frame.ask == F.TOP:  # a winner (or one tied): by its lower figure it may not lead
            raise NoAnswer(
                f"I can't answer that: {label}'s figures for its {_metric_label(frame.metric, lex)} disagree "
                f"({texts}), and which one holds decides whether it leads"
            )
        said.append(f"{label} ({texts})")
    return f" · ranked by the highest of figures that disagree: {', '.join(said)}" if said else ""


def _several_figures(store: Any, frame: F.Frame, lex: lexicon.Lexicon, rows: list[Any]) -> None:
    """ "The fewest cores", "the least memory": a winner with several figures of the measure (the M4's
    performance, efficiency, GPU and neural-engine cores; Gaudi 3's SRAM beside its HBM) has no
    one figure to be least by."""
    assert frame.metric is not None
    by_label = lex.by_label()
    for r in rows:
        label = r[0].value
        iri = by_label[label]
        w = C._Writer()
        var, _ = w.values([C._iri(iri)])
        path = C.metric_path(w, var, "?f", frame.metric)
        query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {path} ?f ck:normalizedValue ?n . }}"
        found = _run(store, C.Compiled("select", query, ("f",))).rows
        if len(found) > 1:
            from chipkg import figures

            texts = "; ".join(figures.figure(store, f[0].value).text for f in found)
            raise NoAnswer(
                f"I can't answer that: {label} has several figures for its "
                f"{_metric_label(frame.metric, lex)} ({texts}), so it has no one figure to be least by"
            )


def _others_resolved(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> tuple[F.Frame, str]:
    """Constraints that rest on another answer, replaced by what that answer says: a named chip's
    figure as a range's bound (:class:`F.Than`), its value of a relation (:class:`F.SameAs`), the
    chips with the most of something (:class:`F.TopOf`, inside the chips of an organization
    question). Each looks the other answer up with the rules it would be asked with, and refuses
    as it would. Returns the frame and the reading: a range or relation read anew with what it was
    compared with; the top chips said after the reading of the question."""
    said: list[str] = []
    redescribe = False

    def resolved(k: Any) -> list[Any]:
        nonlocal redescribe
        if isinstance(k, F.OrgOfChips):
            return [k._replace(constraints=tuple(c for inner in k.constraints for c in resolved(inner)))]
        if isinstance(k, F.Than):
            redescribe = True
            bound, compared = _than_bound(store, k, lex, reading, frame.chip_scope)
            said.append(compared)
            return [bound, F.Identity((k.chip,), negated=True)]
        if isinstance(k, F.SameAs):
            redescribe = True
            relation, compared = _same_value(store, k, lex)
            said.append(compared)
            return [relation, F.Identity((k.chip,), negated=True)]
        if isinstance(k, F.TopOf):
            chips, found = _top_chips(store, k, lex)
            said.append(found)
            return [F.Identity(chips)]
        return [k]

    frame = frame._replace(constraints=tuple(c for k in frame.constraints for c in resolved(k)))
    return frame, (describe_frame(frame, lex) if redescribe else reading) + "".join(" · " + x for x in said)


def _than_bound(
    store: Any, k: F.Than, lex: lexicon.Lexicon, reading: str, chip_scope: bool = False
) -> tuple[F.Measure, str]:
    """A list of chips above (or below) a named chip's figure ("more SRAM than the Groq LPU") as a
    range: the named chip's one figure of the measure, per chip, read as "up to" figures are
    compared (at their stated peak) and otherwise unhedged, becomes the range's bound, exclusive (the
    named chip is left out by the caller); the other chips are read as that range with its number
    is. Refused when the chip has no such figure, several, or one whose hedge leaves the bound
    unknown ("over 20 billion", "about 4 W", "likely", a hedged process node). Returns the range and
    the figure compared with."""
    from chipkg import figures

    label = lex.entities[k.chip][0]
    try:
        found = _value(store, F.Frame(F.VALUE, (), subjects=(k.chip,), metric=k.metric, chip_scope=True), lex, reading)
    except NoAnswer as exc:
        raise NoAnswer(f"I can't answer that: nothing to compare with: {exc.message}") from None
    if len(found.rows) != 1:
        shown = "; ".join(r[0].value for r in found.rows)
        raise NoAnswer(f"I can't answer that: {label} has several figures of that ({shown}); name one")
    fig = figures.figure(store, _figure_iri(store, found, k))
    if k.metric.prop == CK + "featureSize":  # a node's size is the chip's through its node: a hedged node is no bound
        hedged = _fact_hedges(store, {CK + "processNode"}).get(label)
        if hedged:
            raise NoAnswer(f"I can't answer that: {label}'s process node is hedged in the article: {hedged}")
    upper = fig.hedge is not None and fig.qualifier == "upper bound"
    if fig.normalized is None or (fig.hedge is not None and not upper) or "(vendor claim)" in fig.text:
        raise NoAnswer(
            f"I can't answer that: {label}'s figure is '{fig.text}', which does not set a bound to compare with"
        )
    bound = fig.normalized
    # the candidates are read as the same range with its number would be (a card's figure, a
    # memory given per core, a hedge: each as that range reads it)
    # "per chip" said anywhere ("more power per chip than the MTIA v2"): a card's figure is none
    measure = F.unbounded(k.metric, chip_only=k.metric.chip_only or chip_scope)._replace(
        low=bound if k.direction == "desc" else None,
        low_inclusive=False,
        high=bound if k.direction == "asc" else None,
        high_inclusive=False,
    )
    return measure, f"{'more' if k.direction == 'desc' else 'less'} than {label}'s {fig.text}"


def _same_value(store: Any, k: F.SameAs, lex: lexicon.Lexicon) -> tuple[F.Relation, str]:
    """ "The same process node as the Groq LPU": the named chip's one stated value of the relation
    becomes a condition (:class:`F.Relation`; the chip is left out by the caller). Refused when the
    article names no such value of the chip (absent), several, or one it hedges. Returns the
    relation and the value compared with."""
    label = lex.entities[k.chip][0]
    w = C._Writer()
    var, _ = w.values([C._iri(k.chip)])
    query = f"SELECT DISTINCT ?v WHERE {{ {w.block()} {var} <{k.prop}> ?v . }} ORDER BY ?v"
    values = [r[0].value for r in _run(store, C.Compiled("select", query, ("v",))).rows]
    what = _range_label(store, k.prop) or lex.terms.get(k.prop, (k.prop, False))[0]
    if not values:
        raise NoAnswer(f"The article names no {what} for {label}, so none to compare with")
    if len(values) > 1:
        raise NoAnswer(f"I can't answer that: {label} has several: name the {what} instead")
    hedge = _fact_hedges(store, {k.prop}).get(label)
    if hedge:
        raise NoAnswer(f"I can't answer that: {label}'s {what} is hedged in the article: {hedge}")
    name = lex.entities.get(values[0], (values[0],))[0]
    return F.Relation(k.prop, (values[0],)), f"the same {what} as {label} ({name})"


def _top_chips(store: Any, k: F.TopOf, lex: lexicon.Lexicon) -> tuple[tuple[str, ...], str]:
    """The chips with the most of something (ties kept), answered as the chip question would be (its
    refusals stand), for the organizations behind them. Returns the chips and them with their figures."""
    top = _answer(store, k.frame, lex, describe_frame(k.frame, lex))
    by_label = {label: iri for label, iri in lex.by_label().items() if lex.is_a(iri, CK + "Chip")}
    chips = [by_label.get(r[0].value) for r in top.rows]
    if not chips or None in chips:
        raise NoAnswer("I can't answer that: the chip with the most of that could not be found")
    figure = top.variables.index("figure") if "figure" in top.variables else None
    found = "; ".join(
        r[0].value + (f": {r[figure].value}" if figure is not None and r[figure] is not None else "") for r in top.rows
    )
    hedged = top.reading.find(" · the article hedges")  # "who designs the GPU with the smallest node"
    if hedged >= 0:
        found += top.reading[hedged:]
    return tuple(dict.fromkeys(c for c in chips if c is not None)), found


def _figure_iri(store: Any, found: Answer, k: Any) -> str:
    """The IRI of the one figure a value answer shows (its text and chip are what the answer holds)."""
    w = C._Writer()
    var, _ = w.values([C._iri(k.chip)])
    path = C.metric_path(w, var, "?figure", k.metric, any_scope=True)
    query = f"SELECT DISTINCT ?figure WHERE {{ {w.block()} {path} }}"
    from chipkg import figures

    shown = found.rows[0][0].value
    for r in _run(store, C.Compiled("select", query, ("figure",))).rows:
        fig = figures.figure(store, r[0].value)
        if fig.text == shown or shown.startswith(fig.text) or fig.text in shown:
            return r[0].value
    raise NoAnswer("I can't answer that: the figure to compare with could not be found again")


def _unmeasured_top(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "The biggest chip Cerebras has": without a measure, only a single candidate is an answer,
    and never a chip the question names itself ("blackwell nvlink max gpus" asks a figure of the
    Blackwell, which answering "Nvidia Blackwell GPU" does not give)."""
    compiled = C.compile_frame(F.Frame(F.CHIPS, frame.constraints))
    result = _run(store, compiled)
    named_only = any(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
    # "the most NVLinks", "the fewest DIMCs": a technology only one chip has is what the superlative
    # counts, not the field it picks from (red team 110: Blackwell answered "fewest NVLinks"); an
    # organization's chips ("the biggest chip Cerebras has") or a format's ("the top INT4 chip", set 35)
    # are a field of one
    countable = {CK + p for p in ("interconnect", "softwareStack", "architecture", "deployedOn", "videoCodec")}
    counted = any(isinstance(k, F.Relation) and k.prop in countable for k in frame.constraints)
    if len(result.rows) == 1 and frame.ask == F.TOP and not named_only and not counted:
        return Answer(reading, result.variables, result.rows, sparql=compiled.sparql)
    raise NoAnswer(
        "I can't answer that: the question does not say by which figure to compare "
        "(transistors, cores, memory, clock, power ...)"
    )


def _makers(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "who makes the Adreno 750": the organizations of each relation the word may mean (its
    designer, its foundry), one row each, labelled with the relation; a relation the article gives
    none of is said in the reading, by the class it points to ("the article names no foundry")."""
    assert frame.metric is not None
    rows: list[list[Any]] = []
    sparql: list[str] = []
    unnamed: list[str] = []
    for prop in (frame.metric.prop, *frame.also):
        label = lex.terms.get(prop, (prop, False))[0]
        try:
            one = _value(store, frame._replace(metric=F.Metric(prop), also=()), lex, reading)
        except NoAnswer:
            unnamed.append(_range_label(store, prop) or label)
            continue
        sparql.append(one.sparql)
        qualifier, source = (FIGURE_VARS.index(v) + 2 for v in ("qualifier", "source"))
        rows += [[r[0], _literal(label), r[1], r[qualifier], r[source]] for r in one.rows]
    if not rows:
        raise NoAnswer(f"The article names no {' or '.join(unnamed)} for {lex.entities[frame.subjects[0]][0]}")
    said = " and ".join(lex.terms.get(p, (p, False))[0] for p in (frame.metric.prop, *frame.also))
    chip = lex.entities[frame.subjects[0]][0]
    reading = f"who makes {chip}: {said} ('makes' may mean either)" + "".join(
        f" · the article names no {u}" for u in unnamed
    )
    return Answer(reading, ["organization", "relation", "chip", "qualifier", "source"], rows, sparql="\n".join(sparql))


def _first_stated(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "what's the M4 used for": a word of several relations of one chip (ck:usedFor, the models it
    powers; ck:workload, laptops) asked of it: the first relation the article states of the chip is
    answered, its reading saying which were not ("the article names no used for"), rather than "no
    used for" where the article names its workloads."""
    assert frame.metric is not None
    unnamed: list[str] = []
    for prop in (frame.metric.prop, *frame.also):
        one_frame = frame._replace(metric=F.Metric(prop), also=())
        try:
            one = _value(store, one_frame, lex, describe_frame(one_frame, lex))
        except NoAnswer:
            unnamed.append(lex.terms.get(prop, (prop, False))[0])
            continue
        return one._replace(reading=one.reading + "".join(f" · the article names no {u}" for u in unnamed))
    raise NoAnswer(f"The article names no {' or '.join(unnamed)} for {lex.entities[frame.subjects[0]][0]}")


def _value(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    metric = frame.metric
    assert metric is not None
    if frame.speed:
        _speed_of_chip(store, frame, lex)
    w = C._Writer()
    out: list[list[Any]] = []
    sparql_texts = []
    subjects = frame.subjects
    if not subjects:  # the chips the question's constraints name ("groq sram size")
        found = _run(store, C.compile_frame(F.Frame(F.CHIPS, frame.constraints)))
        labels = lex.by_label()
        subjects = tuple(labels[r[0].value] for r in found.rows if r[0].value in labels)
        if not subjects:
            # "the transistor count of the chip that powers Copilot": the Maia 100 supports it (red team 73)
            _other_link(store, F.Frame(F.CHIPS, frame.constraints), lex)
            # "the 4 W chip": the M2000's power is "about 4 watts", no exact 4 W; the list's refusal says
            # so (red team 79: "no chip in the graph fits" was false)
            chips = F.Frame(F.CHIPS, frame.constraints)
            _answer(store, chips, lex, describe_frame(chips, lex))
            raise NoAnswer("I can't answer that: no chip in the graph fits " + reading.split(" · ", 1)[-1])
        if len(subjects) > 3:
            raise NoAnswer(
                "I can't answer that: that fits several chips ("
                + ", ".join(lex.entities[c][0] for c in subjects)
                + "); name one"
            )
    if metric.prop == CK + "scaleOut":
        _scale_out_via_named_link(store, frame, subjects, lex)
    absent: list[NoAnswer] = []
    left_out: list[str] = []  # rows that are what a negated aside sets aside, said in the reading
    memory_hedges: dict[int, tuple[str, ...]] = {}  # a memory row -> its figures' qualifiers
    hedged_memories: list[str] = []  # the memories answered, whose hedge notes the reading gives
    qualifying = [k for k in frame.constraints if not (not frame.subjects and isinstance(k, F.Relation))]
    for chip in subjects:
        chip_label = lex.entities[chip][0]
        if qualifying:  # "the Tensix cores of the e150": the chip must be what the question says
            check = C.compile_frame(F.Frame(F.YESNO, (F.Identity((chip,)), *qualifying)))
            if not _run(store, check).boolean:
                raise NoAnswer(  # with the figures it does give ("up to 1 PetaOPS" is no exact 1 POPS)
                    f"I can't answer that: the article does not say {chip_label} is "
                    + " · ".join(_describe_constraint(k, lex) for k in qualifying)
                    + _deciding_figures(store, F.Frame(F.YESNO, tuple(qualifying), subjects=(chip,)), lex)
                )
        _check_unstated(store, frame, chip, chip_label, lex)
        if frame.unit_width is not None:
            _check_unit_width(store, frame.unit_width, chip, chip_label, lex)
        var, values = w.values([C._iri(chip)])
        if metric.prop == CK + "memory":  # each memory as the article gives it: technology, place, size
            # "what memory technology": a memory whose technology the article does not name is no answer
            named = " FILTER EXISTS { ?figure ck:memoryTechnology ?named_ }" if metric.technology_asked else ""
            # the pattern first: its VALUES (the technology's) go in the block
            memory = C._memory(w, var, "?figure", metric.technology, metric.on_chip)
            query = f"SELECT DISTINCT ?figure WHERE {{ {w.block()} {memory}{named} }} ORDER BY ?figure"
            found = _run(store, C.Compiled("select", query, ("figure",))).rows
            sparql_texts.append(query)
            if found and (frame.scope or frame.chip_scope):
                # "the CS-3's memory per chip", "gaudi 3 memory per die": the memories of that scope only
                # (a memory says its scope as a figure does: the CS-3's 1,200 TB is per system)
                wanted = frame.scope or CK + "PerChip"
                scopes = _scopes(store, found)
                found = [r for r in found if scopes.get(r[0].value) == wanted]
                if not found:
                    absent.append(NoAnswer(f"The article gives no memory {_scope_words(wanted, lex)} for {chip_label}"))
                    continue
            if not found and metric.technology_asked:
                absent.append(NoAnswer(f"The article names no memory technology for {chip_label}"))
            elif not found:
                absent.append(_absent(store, chip, chip_label, metric, lex))
            if frame.set_aside and found:  # "(not the DDR5)": the memories that are that go
                found, dropped = _set_aside_dropped(store, frame, metric, found, chip_label, lex)
                left_out.extend(dropped)
            if frame.kept_only and found:  # "(the HBM tier only)": the memories that are not that go
                found, dropped = _set_aside_dropped(store, frame, metric, found, chip_label, lex, only=True)
                left_out.extend(dropped)
            if frame.most and len(found) > 1:
                # "what is the largest memory on the SN40L": its memories are not each sized (the SRAM has
                # no stated capacity), so which is largest is not told (listed whole, red team 74)
                from chipkg import figures

                texts = "; ".join(figures.figure(store, r[0].value).text for r in found)
                raise NoAnswer(
                    f"I can't answer that: the largest of {chip_label}'s memories is not read ({texts}); ask for "
                    "a memory's capacity ('the SN40L's HBM capacity')"
                )
            hedged_memories.extend(r[0].value for r in found)
            for r in found:
                text, extra = _figure_columns(store, r[0].value)
                # its hedges are its figures' ("capacity up to 1,200 TB"): its own qualifier cell is empty
                memory_hedges[len(out)] = _memory_qualifiers(store, r[0].value)
                out.append([_literal(text), _literal(chip_label), *extra])
            continue
        if metric.prop in C.MEASURES:
            asked, described = _line_baseline(store, chip, metric, lex)
            path = C.metric_path(w, var, "?figure", asked, any_scope=True)
            query = f"SELECT DISTINCT ?figure WHERE {{ {w.block()} {path} }} ORDER BY ?figure"
            found = _run(store, C.Compiled("select", query, ("figure",))).rows
            if described is not None:  # "over the previous generation", the baseline unnamed
                found = [r for r in found if _described_baseline(store, r[0].value, described)]
            if getattr(metric, "speed", False) and found:  # "how much faster": its claims of speed only
                claimed = "; ".join(_figure_columns(store, r[0].value)[0] for r in found)
                w2 = C._Writer()
                fs, _ = w2.values([C._iri(r[0].value) for r in found])
                query = f"SELECT DISTINCT {fs} WHERE {{ {w2.block()} {fs} ck:aspect/a ck:SpeedAspect . }}"
                fast = {r[0].value for r in _run(store, C.Compiled("select", query, (fs.lstrip("?"),))).rows}
                found = [r for r in found if r[0].value in fast]
                if not found:
                    absent.append(
                        NoAnswer(
                            f"I can't answer that: the article gives no claim of speed for {chip_label}; its claims: "
                            + claimed
                        )
                    )
                    continue
            if metric.aspect_words and found:  # "how much more memory ... than Trainium": that claim only
                claimed = "; ".join(_figure_columns(store, r[0].value)[0] for r in found)
                found = _claims_named_by(store, found, metric.aspect_words)
                if not found:
                    absent.append(
                        NoAnswer(
                            # "MTIA v2 compute gain": its claims of dense and of sparse compute are not named
                            # by "compute" alone; said as "gives no compute claim" it denied them (red team 71)
                            f"I can't answer that: no claim of {chip_label} is named by "
                            f"'{' '.join(w.split('|')[0] for w in metric.aspect_words)}' alone; "
                            f"its claims: {claimed}"
                        )
                    )
                    continue
            if frame.scope or frame.chip_scope:  # "gaudi 3 sram per die": the figures of that scope only
                scopes = _scopes(store, found)
                wanted = frame.scope or CK + "PerChip"  # "per chip": a node's or cluster's figure is not one
                found = [r for r in found if scopes.get(r[0].value) == wanted]
            else:
                found = _part_figures_dropped(store, found)
            # "the max model size of one Blackwell GPU": nor of a figure of no stated scope (the family's, l.41)
            unstated = _scopes(store, found) if frame.one_unit else {}
            spanning = (
                [r for r in found if _spans_units(store, r[0].value) or unstated.get(r[0].value) == SCOPE_NOT_STATED]
                if frame.one_unit
                else []
            )
            if spanning:  # "the performance of one Gaudi 3": not its node's (8 chips) nor its cluster's
                found = [r for r in found if r not in spanning]
                if not found:
                    texts = "; ".join(_figure_columns(store, r[0].value)[0] for r in spanning)
                    label = _metric_label(metric, lex)
                    absent.append(NoAnswer(f"The article gives no {label} of one {chip_label}; it gives: {texts}"))
                    continue
            if metric.prop == CK + "computeUnits" and metric.counts is None:
                found = _breakdowns_dropped(store, found, lex)
                if frame.how_many:
                    _one_kind_counted(store, frame, found, chip_label)
            if frame.most:  # "the M2000's maximum power": a typical or "over" figure is not its maximum
                typical = [r for r in found if _not_a_maximum(store, r[0].value)]
                if typical and len(typical) == len(found):
                    texts = "; ".join(_figure_columns(store, r[0].value)[0] for r in typical)
                    label = _metric_label(metric, lex)
                    absent.append(NoAnswer(f"The article gives no maximum {label} for {chip_label}; it gives: {texts}"))
                    continue
                found = [r for r in found if r not in typical]
                if len(found) > 1:  # "NorthPole's highest TOPS figure": the largest of its figures, if told
                    found = _largest_of_one_chip(store, found, chip_label, _metric_label(metric, lex))
            if frame.grid is not None and found:  # "the MTIA v2's 8x8 grid": said of the count, checked
                _check_grid(store, frame.grid, found, chip_label)
            sparql_texts.append(query)
            linked = _link_bandwidths(store, chip, sparql_texts) if metric.links_too else []
            if frame.set_aside and (found or linked):  # "(not its SRAM bandwidth)": the rows that are that go
                # a link's bandwidth beside the memory's ("blackwell bandwidth (not NVLink)") is checked too
                links = {figure: text for figure, text in linked}
                rows = found + [[SimpleNamespace(value=figure)] for figure in links]
                rows, dropped = _set_aside_dropped(store, frame, metric, rows, chip_label, lex)
                left_out.extend(dropped)
                found = [r for r in rows if r[0].value not in links]
                linked = [(r[0].value, links[r[0].value]) for r in rows if r[0].value in links]
            if frame.kept_only and (found or linked):  # "(the HBM tier only)": the rows that are not that go
                links = {figure: text for figure, text in linked}
                rows = found + [[SimpleNamespace(value=figure)] for figure in links]
                rows, dropped = _set_aside_dropped(store, frame, metric, rows, chip_label, lex, only=True)
                left_out.extend(dropped)
                found = [r for r in rows if r[0].value not in links]
                linked = [(r[0].value, links[r[0].value]) for r in rows if r[0].value in links]
            if not found and frame.scope and linked:
                # "blackwell bandwidth per die" (red team 105): its links' figures are per chip, no
                # answer of the scope asked; only a link's figure of that scope is kept
                sw = C._Writer()
                svar, _ = sw.values([C._iri(frame.scope)])
                figs, _ = sw.values([C._iri(f) for f, _t in linked])
                scoped = f"SELECT DISTINCT ?f WHERE {{ {sw.block()} BIND ({figs} AS ?f) ?f ck:scope {svar} }}"
                kept = {r[0].value for r in _run(store, C.Compiled("select", scoped, ("f",))).rows}
                linked = [(f, t) for f, t in linked if f in kept]
            if not found and (frame.scope or frame.chip_scope) and not (frame.chip_scope and linked):
                absent.append(
                    NoAnswer(
                        f"The article gives no {_metric_label(metric, lex)} "
                        f"{_scope_words(frame.scope or CK + 'PerChip', lex)} for {chip_label}"
                    )
                )
            elif not found and not linked:
                absent.append(_absent(store, chip, chip_label, metric, lex))
            for r in found:
                text, extra = _figure_columns(store, r[0].value)
                if metric.prop in (CK + "capacity", CK + "bandwidth") and metric.technology is None:
                    # "SRAM, on-chip, capacity 128 MB": the memory named
                    held = _holder_text(store, r[0].value, "ck:capacity|ck:bandwidth", "ck:MemorySpec")
                    text = held or text
                if getattr(metric, "link", None) is not None and len(found) > 1:
                    # "Blackwell's chip-to-chip link": several links of that name, each named
                    text = _holder_text(store, r[0].value, "?held", "ck:InterconnectUse") or text
                out.append([_literal(text), _literal(chip_label), *extra])
            for figure, link_text in linked:  # "NVLink 5, bandwidth 1.8 TB/s": the link named
                out.append([_literal(link_text), _literal(chip_label), *_figure_columns(store, figure)[1]])
            continue
        link = C.VALUE_PATHS.get(metric.prop, f"<{metric.prop}>")
        # "what connects Trillium pods": only the links of what the question names (ck:purpose)
        pattern = _purpose_path(w, var, metric.purposes) if metric.purposes else f"{var} {link} ?o ."
        if metric.value_class is not None:  # "maia 100 cloud platform": its values of that kind only
            kind, _ = w.values([C._iri(metric.value_class)])
            pattern += f" ?o a {kind} ."
        # an entity by its label; a literal (a production year) as written
        query = (
            f"SELECT DISTINCT ?value WHERE {{ {w.block()} {pattern} "
            f"OPTIONAL {{ ?o rdfs:label ?l }} BIND (COALESCE(?l, STR(?o)) AS ?value) }} ORDER BY ?value"
        )
        sparql_texts.append(query)
        found = _run(store, C.Compiled("select", query, ("value",))).rows
        if not found and metric.purposes:
            said = " or ".join(_label(store, p) for p in metric.purposes)
            absent.append(NoAnswer(f"The article names no {said} link of {chip_label}"))
        elif not found:
            absent.append(_absent(store, chip, chip_label, metric, lex))
        # a fact the graph marks as hedged ("the TSMC 4nm process is stated for the Adreno GPUs in
        # general") carries the hedge in its qualifier cell, as a list's hedge column does
        hedge = _fact_hedges(store, {metric.prop}).get(chip_label) if found else None
        sources = _chip_sources(store, chip) if found else None
        qualifier, source = FIGURE_VARS.index("qualifier"), FIGURE_VARS.index("source")
        for r in found:
            cells: list[Any] = [None] * len(FIGURE_VARS)
            cells[qualifier] = _literal(hedge) if hedge else None
            cells[source] = _literal(sources) if sources else None
            out.append([r[0], _literal(chip_label), *cells])
    if not out:
        raise absent[0] if len(absent) == 1 else NoAnswer("; ".join(a.message for a in absent))
    if frame.one_name:
        _one_name_differs(frame, metric, out, lex)
    if not frame.subjects and frame.scope:
        out = _one_row_per_figure(out)
    if absent:  # "the SRAM of the Groq LPU and Trainium2": the chip with none is said, not dropped
        reading += " · " + "; ".join(a.message for a in absent)
    figure_like = metric.prop in C.MEASURES or metric.prop == CK + "memory"
    if frame.summed:
        _check_summed(store, frame, out, lex)
    if metric.prop == CK + "capacity" and metric.technology is None:
        # "how much memory does the AI 100 Ultra have": its 144 MB of SRAM, and an LPDDR4X of no size
        unsized = [(s, _unsized_of(store, s, metric)) for s in frame.subjects]
        reading += "".join(
            f" · no capacity stated for {lex.entities[s][0]}'s {', '.join(names)}" for s, names in unsized if names
        )
    _check_stated(frame, out, figure_like, memory_hedges)
    reading += _hedge_notes_of(store, hedged_memories)
    if frame.kept_only:
        reading += " · " + " or ".join(words for words, _ in frame.kept_only)
    if frame.set_aside:
        reading += " · not " + " or ".join(words for words, _ in frame.set_aside)
    if frame.set_aside or frame.kept_only:
        if left_out:
            reading += " (left out: " + "; ".join(left_out) + ")"
    return Answer(
        reading, ["figure" if figure_like else "value", "chip", *FIGURE_VARS], out, sparql="\n".join(sparql_texts)
    )


def _hedge_notes_of(store: Any, iris: list[str]) -> str:
    """The hedge notes about these figures, for the reading: "likely HBM3E" is the MI350's memory as a
    guess of HBM3E or a later generation (red team 121, W5: "or its successor" was dropped)."""
    if not iris:
        return ""
    w = C._Writer()
    var, _ = w.values([C._iri(i) for i in sorted(set(iris))])
    query = (
        f"SELECT DISTINCT ?comment WHERE {{ {w.block()} ?n ck:about {var} ; ck:noteKind ck:Hedge ; "
        "rdfs:comment ?comment . } ORDER BY ?comment"
    )
    comments = [r[0].value for r in _run(store, C.Compiled("select", query, ("comment",))).rows]
    return "".join(f" · {c}" for c in comments)


def _one_name_differs(frame: F.Frame, metric: F.Metric, out: list[list[Any]], lex: lexicon.Lexicon) -> None:
    """Refuse a figure asked of one chip by a name that fits several (Frame.one_name: "the Grayskull
    clock speed", "the Qualcomm chip's node") where two or more of them have figures and those
    differ: which chip is meant decides the answer. Each chip's figures are named, so the refusal
    still says what the article gives; the same figure for each (the Grayskulls' 8 GB of LPDDR4), or
    a figure of only one of them (the MTIA v2's, the MTIA v1 a baseline with none), is answered."""
    figures: dict[str, list[str]] = {}
    for row in out:
        figures.setdefault(row[1].value, []).append(row[0].value)
    if len(figures) < 2 or len({tuple(sorted(v)) for v in figures.values()}) == 1:
        return
    said = "; ".join(f"{chip}: {', '.join(v)}" for chip, v in figures.items())
    error = NoAnswer(
        f"I can't answer that: '{frame.one_name}' may be any of {len(figures)} chips, whose "
        f"{_metric_label(metric, lex)} differs ({said}); name one, or ask for each"
    )
    error.suggestions = list(figures)  # type: ignore[attr-defined]
    raise error


def _largest_above_bound(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """ "which chips have a die area over 500 mm²": a lower bound on a measure a chip is called the
    largest in without its figure (ck:largestWithoutFigure: the CS-3's die) holds of that chip, so
    the chips with figures above it are not all the chips that are: refused, where the chip fits
    the question's other conditions."""
    for k in frame.constraints:
        if not (isinstance(k, F.Measure) and k.low is not None):
            continue
        query = (  # the property is the graph's own (the lexicon's), never words of the question
            f"SELECT ?c ?comment WHERE {{ ?n ck:about ?c ; ck:largestWithoutFigure <{k.prop}> ; "
            "rdfs:comment ?comment . ?c a ck:Chip } ORDER BY ?c"
        )
        others = tuple(x for x in frame.constraints if x is not k)
        fits = {r[0].value for r in _run(store, C.compile_frame(F.Frame(F.CHIPS, others))).rows}
        for chip, comment in _run(store, C.Compiled("select", query, ("c", "comment"))).rows:
            label = lex.entities.get(chip.value, (chip.value, ()))[0]
            if label in fits and not (frame.subjects and chip.value not in frame.subjects):
                raise NoAnswer(
                    f"I can't answer that: the article gives no {_metric_label(F.Metric(k.prop), lex)} for "
                    f"{label} and calls it the largest: {comment.value}"
                )


def _largest_without_figure(store: Any, frame: F.Frame, lex: lexicon.Lexicon, ranked: set[str] | None) -> None:
    """Refuse a top or a ranking, largest first, that would put another chip first where the article
    calls a chip that fits the question the largest of all without giving its figure (a note's
    ck:largestWithoutFigure: the CS-3, a die the size of a wafer, has no die area): the chip with the
    most stated figure is not the one with the most."""
    m = frame.metric
    if m is None or m.prop not in C.MEASURES:
        return
    fitting = _run(store, C.compile_frame(F.Frame(F.CHIPS, frame.constraints)))
    fits = {r[0].value for r in fitting.rows}
    query = (  # the property is the graph's own (the lexicon's), never words of the question
        f"SELECT ?chip ?comment WHERE {{ ?n ck:about ?c ; ck:largestWithoutFigure <{m.prop}> ; "
        "rdfs:comment ?comment . ?c a ck:Chip ; rdfs:label ?chip } ORDER BY ?chip"
    )
    found = _run(store, C.Compiled("select", query, ("chip", "comment"))).rows
    for chip, comment in found:
        if chip.value in fits and (ranked is None or chip.value not in ranked):
            raise NoAnswer(
                f"I can't answer that: the article gives no {_metric_label(m, lex)} for {chip.value} "
                f"and calls it the largest: {comment.value}"
            )


def _scale_out_via_named_link(store: Any, frame: F.Frame, subjects: tuple[str, ...], lex: lexicon.Lexicon) -> None:
    """ "how many GPUs can NVLink connect for Blackwell": a link named beside a chip's scale out says
    which link the chips are joined through, so every scale-out figure of the chip must be stated via
    that link (ck:via, or a narrower kind of it); a figure via another ("how many GPUs can the
    die-to-die link connect for Blackwell": Blackwell's 576 GPUs are via NVLink), or via none, is not
    the one asked, and the question is refused naming what the figures are via."""
    links = [
        v
        for k in frame.constraints
        if isinstance(k, F.Relation) and k.prop == CK + "interconnect" and not k.negated
        for v in k.values
    ]
    if not links:
        return
    for chip in subjects:
        query = f"SELECT ?f ?via WHERE {{ <{chip}> ck:scaleOut ?f . OPTIONAL {{ ?f ck:via ?via }} }} ORDER BY ?f ?via"
        rows = _run(store, C.Compiled("select", query, ("f", "via"))).rows
        other = [
            r
            for r in rows
            if r[1] is None or not any(r[1].value == link or link in lex.broader.get(r[1].value, ()) for link in links)
        ]
        if other:
            said = "; ".join(
                f"{_figure_columns(store, r[0].value)[0]}" + ("" if r[1] is not None else " (no link named)")
                for r in other
            )
            raise NoAnswer(
                f"I can't answer that: the question names {_names(tuple(links), lex)} as the link, and "
                f"{lex.entities[chip][0]}'s scale out is stated otherwise: {said}"
            )


def _one_row_per_figure(out: list[list[Any]]) -> list[list[Any]]:
    """ "how many RISC-V processors does each Tensix core contain": a figure of a kind of unit, asked
    with no chip named, is one figure however many chips have such units: rows alike but for the chip
    are one row, its chips joined ("Tenstorrent Grayskull e75, Tenstorrent Grayskull e150")."""
    merged: dict[tuple[Any, ...], list[str]] = {}
    for row in out:
        merged.setdefault(tuple(row[:1] + row[2:]), []).append(row[1].value)
    return [[key[0], _literal(", ".join(chips)), *key[1:]] for key, chips in merged.items()]


#: what a figure is of, by slot (:func:`_set_aside_dropped`): its precision, what it scales through,
#: its memory's or link's technology and place, its value and its scope (the figure's or its holder's)
_FIGURE_FACTS = (
    '{ ?f ck:precision ?t BIND ("precision" AS ?slot) } UNION { ?f ck:via ?t BIND ("link" AS ?slot) } '
    'UNION { ?h ?held ?f . ?h ck:memoryTechnology ?t BIND ("memory" AS ?slot) } '
    'UNION { ?h ?held ?f . ?h ck:interconnectTechnology ?t BIND ("link" AS ?slot) } '
    'UNION { ?h ?held ?f . ?h ck:onChip ?t BIND ("onchip" AS ?slot) } '
    'UNION { ?f ck:normalizedValue ?t BIND ("value" AS ?slot) } UNION { ?f ck:countOf ?t BIND ("count" AS ?slot) } '
    # a memory answered whole (ck:MemorySpec): its technology, place, capacity and bandwidth
    'UNION { ?f ck:memoryTechnology ?t BIND ("memory" AS ?slot) } UNION { ?f ck:onChip ?t BIND ("onchip" AS ?slot) } '
    'UNION { ?f ck:capacity/ck:normalizedValue ?t BIND ("datasize" AS ?slot) } '
    'UNION { ?f ck:bandwidth/ck:normalizedValue ?t BIND ("bandwidth" AS ?slot) } '
    'UNION { { ?f ck:scope ?t } UNION { ?h ?held ?f . ?h ck:scope ?t } BIND ("scope" AS ?slot) } '
    'UNION { ?f ck:statedUnit ?t BIND ("unit" AS ?slot) } '
    # a comparison claim's aspect ("(sparse, not dense)" beside the MTIA v2's gains)
    'UNION { ?f ck:aspect ?t BIND ("aspect" AS ?slot) }'
)

#: the measures whose figures a memory holds: "memory" said of them is the measure's word again
_MEMORY_MEASURES = (CK + "capacity", CK + "bandwidth", CK + "controllerCount")


def _set_aside_dropped(
    store: Any,
    frame: F.Frame,
    metric: F.Metric,
    found: list,
    chip_label: str,
    lex: lexicon.Lexicon,
    only: bool = False,
) -> tuple[list, list[str]]:
    """ "(not its SRAM bandwidth)", "(not the 10 TB/s die-to-die link)", "(not per card)": each
    thing the aside names (``frame.set_aside``) is checked against each figure found, descriptor by
    descriptor, with what the graph says of the figure: its scope (per chip unless stated), its
    memory's or link's technology (the one named or a narrower one: HBM3 is HBM), its precision,
    its memory's place, its value (a quantity of the measure's dimension, equal to a millionth).
    A thing of another measure (its word, or a quantity of another dimension) is not in the
    answer: nothing to check. A figure that is the thing (every descriptor holds) is dropped and
    named (the second value); one it is not (none holds) kept; one the graph cannot tell (a
    descriptor it has no fact for, a broader technology, a value near but not equal, some
    descriptors holding and others not) refuses the question, as does every figure dropped."""
    facts: dict[str, dict[str, set[str]]] = {r[0].value: {} for r in found}
    for f, slot, t in _per_figure(store, list(facts), _FIGURE_FACTS, ("f", "slot", "t")):
        facts[f.value].setdefault(slot.value, set()).add(t.value)
    # the dimensions of the figures answered: a memory's capacity and bandwidth, or the measure's
    dimensions = ("datasize", "bandwidth") if metric.prop == CK + "memory" else (C.MEASURE_DIMENSIONS.get(metric.prop),)
    # the measure's words: its own, "memory" beside a memory's figure, a memory's figures beside "memory"
    same = {metric.prop} | ({CK + "memory"} if metric.prop in _MEMORY_MEASURES else set())
    same |= set(_MEMORY_MEASURES) if metric.prop == CK + "memory" else set()

    def holds(said: str, of: dict[str, set[str]]) -> bool | None:
        kind, _, value = said.partition("=")
        if kind == "scope":
            return value in (of.get("scope") or {CK + "PerChip"})
        if kind == "onchip":
            return None if not of.get("onchip") else value in of["onchip"]
        if kind == "unit":  # "the cluster's exaflops": a figure stated in that unit
            return None if not of.get("unit") else any(parse.same_unit(value, u) for u in of["unit"])
        if kind == "qty":  # a figure's value, or a memory's figure of the quantity's dimension
            dim, _, value = value.partition(":")
            values = [float(v) for v in of.get("value", of.get(dim, ()))]
            if not values:
                return None
            x = float(value)
            if any(math.isclose(v, x, rel_tol=1e-6) for v in values):  # relative: lengths are some 1e-9 m
                return True
            return None if any(math.isclose(v, x, rel_tol=0.1) for v in values) else False
        if "|" in value:  # "the 8-bit figure": any of the formats named (INT8, FP8 ...)
            each = [holds(f"{kind}={v}", of) for v in value.split("|")]
            return True if True in each else (False if all(v is False for v in each) else None)
        held = of.get(kind, set())
        if value == "*":  # "interconnect bandwidth": any link's figure, none of a memory
            return True if held else (False if of.get("memory") or of.get("onchip") else None)
        if not held:  # a memory's figure is no link's, and a link's no memory's; no precision: any
            other = {"memory": "link", "link": "memory"}.get(kind)
            return False if other is not None and of.get(other) else None
        if any(t == value or value in lex.broader.get(t, []) for t in held):
            return True
        return None if any(t in lex.broader.get(value, []) for t in held) else False

    kept, dropped = [], []
    for r in found:
        text = _figure_columns(store, r[0].value)[0]
        of = facts[r[0].value]
        verdicts: list[bool | None] = []
        for words, things in frame.kept_only if only else frame.set_aside:
            said = list(things)
            terms = [t.partition("=")[2] for t in said if t.startswith("term=")]
            qty = [t for t in said if t.startswith("qty=")]
            fitting = [t for t in qty if t.partition("=")[2].split(":", 1)[0] in dimensions]
            # "(not its capacity)" beside bandwidth, "(not the 128 GB)" beside bandwidth: of another
            # measure, no figure answered is the thing; unless the rest of it is ("(not the DDR5
            # capacity)" beside the DDR5's bandwidth: which one is meant, the graph cannot tell)
            elsewhere = any(t not in same for t in terms) or (qty and not fitting)
            said = [t for t in said if not t.startswith(("term=", "qty="))] + fitting[:1]
            found_of = [holds(t, of) for t in said]
            if elsewhere and all(v is False for v in found_of):
                continue
            scoped = any(t.startswith("scope=") for t in said)  # "not the 96 MB per die": its scope a premise too
            if not elsewhere and not scoped and fitting and holds(fitting[0], of) is False:
                # "Not the 10 TB/s link between its two dies." beside the 1.8 TB/s NVLink figure (set
                # 71): a figure of another number is not the one said, whatever else is said of it
                verdicts.append(False)
                continue
            if elsewhere:
                raise NoAnswer(f"I can't answer that: I can't tell whether {chip_label}'s {text} is {words!r}")
            if all(v is True for v in found_of):
                verdicts.append(True)
            elif all(v is False for v in found_of):
                verdicts.append(False)
            else:
                raise NoAnswer(f"I can't answer that: I can't tell whether {chip_label}'s {text} is {words!r}")
        if any(verdicts) != only:  # set aside: a row that is one goes; "only": a row that is none
            dropped.append(f"{chip_label}'s {text}")
        else:
            kept.append(r)
    if not kept and only:
        named = " or ".join(repr(words) for words, _ in frame.kept_only)
        raise NoAnswer(
            f"I can't answer that: no {_metric_label(metric, lex)} the article gives for {chip_label} "
            f"is what the question keeps ({named})"
        )
    if not kept:
        named = " or ".join(repr(words) for words, _ in frame.set_aside)
        raise NoAnswer(
            f"I can't answer that: every {_metric_label(metric, lex)} the article gives for {chip_label} "
            f"is what the question sets aside ({named}): " + "; ".join(dropped)
        )
    return kept, dropped


def _purpose_path(w: Any, chip: str, purposes: tuple[str, ...]) -> str:
    """The graph pattern binding ?o to the links of ``chip`` (a variable) of these purposes: its
    interconnect uses marked so, and for scale-out also what its cluster-wide scale-out figure says
    it scales through (Trillium's pods join over the datacenter network, line 67, given as ck:via)."""
    var, _ = w.values([C._iri(p) for p in purposes])
    uses = f"{{ {chip} ck:interconnect ?use . ?use ck:purpose {var} ; ck:interconnectTechnology ?o . }}"
    if CK + "ScaleOut" in purposes:
        uses += f" UNION {{ {chip} ck:scaleOut ?limit . ?limit ck:scope ck:PerCluster ; ck:via ?o . }}"
    return uses


def _line_baseline(store: Any, chip: str, metric: F.Metric, lex: lexicon.Lexicon) -> tuple[F.Metric, str | None]:
    """A claim's baseline given as a generation of the chip's line: "first" is the chip of
    generation 1 in the line (ck:successorOf, either way) of the chip, or of the chip named with
    it ("the first Trainium"); "previous" the chip it is the successor of. Where the graph names
    no predecessor, "previous" is the claims whose baseline is unnamed and described as previous
    (the second value). Where the graph orders no such generation, there is no answer."""
    if metric.line is None:
        return metric, None
    w = C._Writer()
    var, _ = w.values([C._iri(metric.line_of or chip)])
    if metric.line == "first":
        query = (
            f"SELECT DISTINCT ?b WHERE {{ {w.block()} {var} (ck:successorOf|ck:predecessorOf)* ?b . "
            "?b ck:generation ?g . FILTER (?g = 1) }"
        )
    else:
        query = f"SELECT DISTINCT ?b WHERE {{ {w.block()} {var} ck:successorOf ?b . }}"
    found = [r[0].value for r in _run(store, C.Compiled("select", query, ("b",))).rows]
    label = lex.entities[chip][0]
    if len(found) == 1 and found[0] != chip:
        return metric._replace(baseline=found[0], line=None, line_of=None), None
    if metric.line == "previous" and not found:
        return metric._replace(line=None, line_of=None), metric.line
    raise NoAnswer(f"I can't answer that: the graph orders no {metric.line} generation of {label}'s line")


#: the words a claim's aspect may have beyond the question's: "faster at inference" asks for the
#: inference performance claim, "improve training" for the training performance one, "more compute"
#: for the peak compute one (a peak is the figure a gain in compute is stated of)
_IMPLIED_ASPECT_WORDS = frozenset(lexicon.stems("performance peak"))


def _claims_named_by(store: Any, rows: list, said: tuple[str, ...]) -> list:
    """The claims among ``rows`` whose aspect has a name (label, altLabel or hiddenLabel) that the
    question's words about it make up. Each of those words (an item of ``said``: its text, then
    the things it stands for, "|"-separated) must be in the name: its text or one of the names of
    what it stands for wholly ("AI inference" as "inference" in "inference performance"), or a word
    of the name of its kind ("ICI", an interconnect technology, in "interconnect bandwidth"); and
    the name must have no word they do not say, "performance" and "peak" aside. "memory" names the
    memory capacity claim (ck:MemoryCapacity's hidden label), not the memory bandwidth one;
    "training performance" never "model performance" (training's "model training" is not in it). A
    claim with no aspect is named by nothing."""
    iris = sorted({name for item in said for name in item.split("|")[1:]})
    own: dict[str, list[set[str]]] = {}  # what a word stands for: its labels, each a whole name
    kind: dict[str, list[set[str]]] = {}  # the labels of its classes, any word of which may name it
    for x, label in _per_figure(store, iris, "?f rdfs:label|skos:altLabel ?l", ("f", "l")):
        own.setdefault(x.value, []).append(set(lexicon.stems(label.value)))
    for x, label in _per_figure(store, iris, "?f a ?k . ?k rdfs:label ?l", ("f", "l")):
        kind.setdefault(x.value, []).append(set(lexicon.stems(label.value)))
    items = []
    for item in said:
        text, *stood = item.split("|")
        items.append(
            (
                [set(lexicon.stems(text)), *(n for i in stood for n in own.get(i, []))],
                [n for i in stood for n in kind.get(i, [])],
            )
        )
    labels: dict[str, list[set[str]]] = {}
    for f, label in _per_figure(
        store,
        [r[0].value for r in rows],
        "?f ck:aspect ?a . ?a rdfs:label|skos:altLabel|skos:hiddenLabel ?l",
        ("f", "l"),
    ):
        labels.setdefault(f.value, []).append(set(lexicon.stems(label.value)))

    def named(words: set[str]) -> bool:
        covered: set[str] = set()
        for names, kinds in items:
            found = [n for n in names if n and n <= words] + [n & words for n in kinds if n & words]
            if not found:
                return False
            covered = covered.union(*found)
        return words - covered <= _IMPLIED_ASPECT_WORDS

    return [r for r in rows if any(named(words) for words in labels.get(r[0].value, []))]


def _described_baseline(store: Any, figure: str, word: str) -> bool:
    """The claim ``figure`` has no baseline chip and its baseline description has ``word``."""
    w = C._Writer()
    fig, _ = w.values([C._iri(figure)])
    said, _ = w.values([_literal(word)])
    query = (
        f"ASK {{ {w.block()} {fig} ck:baselineDescription ?d . FILTER NOT EXISTS {{ {fig} ck:baseline ?b }} "
        f"FILTER (CONTAINS(LCASE(STR(?d)), {said})) }}"
    )
    return bool(_run(store, C.Compiled("ask", query, ())).boolean)


def _part_figures_dropped(store: Any, rows: list) -> list:
    """A chip's figure asked for: a figure of one of its cores, tiles or dies ("5 RISC-V processors,
    per core" beside "96 Tensix cores"; "48 MB, per die" beside 96 MB) is not the chip's, so it is
    left out when the chip has its own ("per die" asks for it)."""
    if len(rows) < 2:
        return rows
    scope = _scopes(store, rows)
    if CK + "PerChip" not in scope.values():
        return rows
    return [r for r in rows if scope.get(r[0].value) not in (CK + "PerCore", CK + "PerTile", CK + "PerDie")]


def _breakdowns_dropped(store: Any, rows: list, lex: lexicon.Lexicon) -> list:
    """A count asked for without its kind ("the M4 CPU's cores"): a count of a narrower kind of
    unit at the same scope ("4 high-performance cores" beside "10 CPU cores"; ck:PerformanceCore
    skos:broader ck:CPUCore) is part of the broader count, not another answer, so it is left out."""
    if len(rows) < 2:
        return rows
    counted: dict[str, list[str]] = {}
    for f, k in _per_figure(store, [r[0].value for r in rows], "?f ck:countOf ?k", ("f", "k")):
        counted.setdefault(f.value, []).append(k.value)
    kinds = {f: ks[0] for f, ks in counted.items() if len(ks) == 1}
    scopes = _scopes(store, rows)

    def broken_down(figure: str) -> bool:
        kind = kinds.get(figure)
        return kind is not None and any(
            kinds.get(other) in lex.broader.get(kind, []) and scopes.get(other) == scopes.get(figure)
            for other in kinds
            if other != figure
        )

    return [r for r in rows if not broken_down(r[0].value)]


def _one_kind_counted(store: Any, frame: F.Frame, rows: list, chip: str) -> None:
    """ "How many cores does the M4 have?": "how many" asks one number, and the article counts the
    chip's units in several kinds (10 CPU cores, 12 GPU cores, a 16-core Neural Engine): no one of
    them is the answer, and their sum is no figure the article gives. Refused, naming each, so the
    question can name its kind (set 79: a must-refuse row; the three were listed)."""
    counted = _per_figure(store, [r[0].value for r in rows], "?f ck:countOf ?k", ("f", "k"))
    # "(not the GPU cores or the CPU cores)": the kinds set aside are left out of the count already
    aside = {k for _w, said in frame.set_aside for t in said if t.startswith("count=") for k in t[6:].split("|")}
    kept = {f.value for f, k in counted if k.value not in aside}
    kinds = {k.value for f, k in counted if f.value in kept}
    if len(kinds) > 1:
        texts = "; ".join(_figure_columns(store, r[0].value)[0] for r in rows if r[0].value in kept)
        raise NoAnswer(
            f"I can't answer that: the article counts {chip}'s units in several kinds ({texts}), and 'how many' "
            "asks one number: ask how many of one kind, naming it"
        )


def _spans_units(store: Any, figure: str) -> bool:
    """Whether a figure is of several units of its chip: of a scope that groups chips (a node, a
    pod, a cluster: ck:GroupScope), or stated across a count of units ("across 8 chips")."""
    w = C._Writer()
    var, _ = w.values([C._iri(figure)])
    query = (
        f"ASK {{ {w.block()} {{ {var} ck:scope ?s . ?s a ck:GroupScope }} UNION "
        f"{{ {var} ck:scaleCount ?n FILTER (?n > 1) }} }}"
    )
    return bool(_run(store, C.Compiled("ask", query, ())).boolean)


def _not_a_maximum(store: Any, figure: str) -> bool:
    """Whether a figure is stated as typical (ck:Nominal) or as a lower bound ("over"): not what a
    chip reaches at most."""
    w = C._Writer()
    var, _ = w.values([C._iri(figure)])
    query = f"ASK {{ {w.block()} {var} ck:qualifier ?q . VALUES ?q {{ ck:Nominal ck:LowerBound }} }}"
    return bool(_run(store, C.Compiled("ask", query, ())).boolean)


#: the scope :func:`_scopes` gives a figure that states none where its measure's figures state theirs
SCOPE_NOT_STATED = CK + "ScopeNotStated"


def _scopes(store: Any, rows: list) -> dict[str, str]:
    """The scope of each figure in ``rows`` (first column): per chip unless the figure says otherwise,
    or states none where other figures of its measure state theirs (SCOPE_NOT_STATED: Blackwell's
    "scaling up to 10 trillion parameters", l.41, is the family's, not one chip's; red team 88).
    A claim's multiple (a ck:Comparison) compares chips, and a measure never stated with a scope is
    per chip."""
    pattern = (
        "OPTIONAL { ?f ck:scope ?s } "
        "OPTIONAL { FILTER NOT EXISTS { ?f ck:scope ?any } FILTER NOT EXISTS { ?f a ck:Comparison } "
        "?h ?p ?f . ?other ?p ?g . ?g ck:scope ?u }"
    )
    out: dict[str, str] = {}
    for f, s, u in _per_figure(store, [r[0].value for r in rows], pattern, ("f", "s", "u")):
        out[f.value] = s.value if s is not None else SCOPE_NOT_STATED if u is not None else CK + "PerChip"
    return out


def _scope_words(scope: str, lex: lexicon.Lexicon) -> str:
    """ "per die" for ck:PerDie: the scope's label in the graph, else its name."""
    label = lex.terms.get(scope, (None,))[0] or lex.entities.get(scope, (None,))[0]
    return label or "per " + scope.rsplit("Per", 1)[-1].lower()


def _link_bandwidths(store: Any, chip: str, sparql_texts: list[str]) -> list[tuple[str, str]]:
    """The bandwidth figures of ``chip``'s links, each with the text of its link ("NVLink 5,
    bandwidth 1.8 TB/s"), for a bandwidth asked with no memory nor link said."""
    from chipkg import figures

    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    links = f"{var} ck:interconnect ?use . ?use ck:bandwidth ?figure"
    query = f"SELECT DISTINCT ?figure ?use WHERE {{ {w.block()} {links} }}"
    sparql_texts.append(query)
    rows = _run(store, C.Compiled("select", query, ("figure", "use"))).rows
    return sorted((r[0].value, figures.figure(store, r[1].value).text) for r in rows)


def _memory_qualifiers(store: Any, memory: str) -> tuple[str, ...]:
    """The qualifiers of a memory's figures (its capacity, its bandwidth), "" for one stated plainly;
    ("",) for a memory with no figure."""
    from chipkg import figures

    w = C._Writer()
    var, _ = w.values([C._iri(memory)])
    query = f"SELECT DISTINCT ?figure WHERE {{ {w.block()} {var} ck:capacity|ck:bandwidth ?figure }} ORDER BY ?figure"
    held = _run(store, C.Compiled("select", query, ("figure",))).rows
    return tuple(figures.figure(store, r[0].value).qualifier or "" for r in held) or ("",)


def _holder_text(store: Any, figure: str, path: str, cls: str) -> str | None:
    """The text of what holds a figure through ``path`` and is a ``cls``: a link ("NVLink 5,
    bandwidth 1.8 TB/s") or a memory ("SRAM, on-chip, capacity 128 MB"), which names it."""
    from chipkg import figures

    w = C._Writer()
    var, _ = w.values([C._iri(figure)])
    query = f"SELECT ?holder WHERE {{ {w.block()} ?holder {path} {var} . ?holder a {cls} }}"
    rows = _run(store, C.Compiled("select", query, ("holder",))).rows
    return figures.figure(store, rows[0][0].value).text if rows else None


def _absent(store: Any, chip: str, chip_label: str, metric: F.Metric, lex: lexicon.Lexicon) -> NoAnswer:
    from chipkg import figures

    what = _metric_label(metric, lex)
    verb = "gives"
    if what.endswith(" by"):  # "manufactured by": a relation, said by the class it points to
        what, verb = _range_label(store, metric.prop) or what, "names"
    elif what.endswith(" of"):  # "predecessor of": a relation, said by its noun ("no successor")
        what, verb = _ask_noun(metric.prop, lex) or what, "names"
    if metric.prop == CK + "claim" and metric.line:  # against its predecessor: its other claims are no answer
        what += " against its " + ("predecessor" if metric.line == "previous" else "first generation")
    kind = getattr(metric, "value_class", None)
    if kind is not None:  # "names no cloud platform": the kind of value asked for
        what, verb = lex.terms.get(kind, (what, True))[0], "names"
    chip_label = _of_part(metric, chip_label, lex)
    if metric.prop == CK + "usedFor":
        return _purposes_instead(store, chip, chip_label)
    said = [f"{f.property} {f.text}" for f in figures.figures_of(store, chip) if f.property][:8]
    tail = f"; it gives: {'; '.join(said)}" if said else ""
    return NoAnswer(f"The article {verb} no {what} for {chip_label}{tail}")


#: what the article says a chip is for besides the models or applications it powers (ck:usedFor)
_PURPOSES = (("workload", "workloads"), ("supportsApplication", "supports"), ("deployedOn", "deployed on"))


def _largest_of_one_chip(store: Any, found: list[Any], chip_label: str, label: str) -> list[Any]:
    """ "What is NorthPole's highest TOPS figure?", "Trainium2's biggest improvement", "the M4's biggest
    core count": of one chip's several figures of the measure asked, the largest (ties kept), where
    they can be set against each other: each has a value, all of one scope, and performance all in
    FLOPS or all in OPS (FLOPS stay FLOPS). Otherwise refused. Listed whole, the superlative was
    dropped (red team 74)."""
    from chipkg import figures

    said = [(r, figures.figure(store, r[0].value)) for r in found]
    texts = "; ".join(f.text for _, f in said)
    if any(f.normalized is None for _, f in said):
        raise NoAnswer(
            f"I can't answer that: the article gives {chip_label} several {label} figures, not all with a value "
            f"to set against the others ({texts})"
        )
    kinds = {("flop" in (f.stated_unit or "").lower(), "ops" in (f.stated_unit or "").lower()) for _, f in said}
    if len({f.scope for _, f in said}) > 1 or (len(kinds) > 1 and any(any(k) for k in kinds)):
        raise NoAnswer(
            f"I can't answer that: {chip_label}'s {label} figures are of different scopes or units, which are not "
            f"set against each other ({texts})"
        )
    top = max(f.normalized or 0.0 for _, f in said)
    return [r for r, f in said if f.normalized is not None and math.isclose(f.normalized, top, rel_tol=1e-9)]


def _purposes_instead(store: Any, chip: str, chip_label: str) -> NoAnswer:
    """ "What is the MTIA v2 meant to power?" of a chip with no ck:usedFor (only Trillium's Gemini has
    one): a refusal that names what the article does say the chip is for (its workloads, the
    applications it supports, the platforms it is deployed on). Said as "the article gives no used
    for", it read as if the article said nothing of it (red team 70: "powering the largest,
    multi-trillion parameter models" of the SN40L, l.133, is its workload)."""
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    query = (
        f"SELECT ?p ?l WHERE {{ {w.block()} VALUES ?p {{ {' '.join('ck:' + p for p, _ in _PURPOSES)} }} "
        f"{var} ?p ?v . ?v rdfs:label ?l }} ORDER BY ?p ?l"
    )
    found: dict[str, list[str]] = {}
    for r in _run(store, C.Compiled("select", query, ("p", "l"))).rows:
        found.setdefault(r[0].value.rsplit("#", 1)[-1], []).append(r[1].value)
    said = "; ".join(f"{words}: {', '.join(found[p])}" for p, words in _PURPOSES if p in found)
    return NoAnswer(
        f"I can't answer that: the graph records no model or application {chip_label} is used for as such"
        + (f"; what the article says the chip is for: {said}" if said else "")
    )


def _ask_noun(prop: str, lex: lexicon.Lexicon) -> str | None:
    """The noun that asks a relation of its subject (ck:askNoun: ck:predecessorOf's is "successor":
    the chip that X is the predecessor of is X's successor), the shortest of them, or None."""
    nouns = sorted((" ".join(k) for k, props in lex.nouns.items() if prop in props), key=lambda n: (len(n), n))
    return nouns[0] if nouns else None


def _range_label(store: Any, prop: str) -> str | None:
    """The label of the class a relation points to (ck:manufacturedBy: "foundry"), from the
    ontology, so that an absent relation reads as a noun ("names no foundry")."""
    w = C._Writer()
    var, _ = w.values([C._iri(prop)])
    # the narrowest range stated or inferred (ck:Workload, not the ck:Technology the closure adds)
    query = (
        f"SELECT ?l WHERE {{ {w.block()} {var} rdfs:range ?r . ?r rdfs:label ?l . FILTER NOT EXISTS {{ "
        f"{var} rdfs:range ?n . ?n rdfs:subClassOf+ ?r . FILTER (?n != ?r) }} }} ORDER BY ?l LIMIT 1"
    )
    rows = _run(store, C.Compiled("select", query, ("l",))).rows
    return rows[0][0].value if rows else None


def _of_part(metric: F.Metric | None, chip_label: str, lex: lexicon.Lexicon) -> str:
    """ "Apple M4 GPU (part of Apple M4)" when the figure asked for is of a component of the chip."""
    component = getattr(metric, "component", None)
    if not component:
        return chip_label
    return f"{lex.entities[component][0] if component in lex.entities else component} (part of {chip_label})"


def _metric_label(metric: F.Metric | None, lex: lexicon.Lexicon) -> str:
    if metric is None:
        return "figure"
    label = lex.terms.get(metric.prop, (metric.prop.rsplit("#", 1)[-1], False))[0]
    if getattr(metric, "link", None):
        label = f"{lex.entities[metric.link][0] if metric.link in lex.entities else metric.link} {label}"
    elif getattr(metric, "links_too", False):
        label = "memory or link " + label  # "blackwell bandwidth": any of the chip's
    elif metric.prop in (CK + "capacity", CK + "bandwidth") and not metric.technology:
        label = "memory " + label  # not an interconnect's bandwidth
    if getattr(metric, "purposes", ()) and metric.prop in C.LINK_MEASURES:  # "lanes to its host"
        to = "to the host" if metric.purposes == (CK + "ChipToHost",) else "of that purpose"
        # a link named is taken as said unless the article states it for another purpose
        label += f" (said to be {to}, stated for nothing else)" if metric.link else f" of a link {to}"
    kind = getattr(metric, "value_class", None)
    if kind is not None:  # "the deployed on (a cloud platform) of Microsoft Maia 100"
        label += f" (a {lex.terms.get(kind, (kind, True))[0]})"
    bits = []
    if metric.precision:
        bits.append(lex.entities[metric.precision][0])
    if getattr(metric, "aspect", None):
        bits.append(next((" ".join(k) for k, a in lex.aspects.items() if a == metric.aspect), ""))
    if getattr(metric, "aspect_words", ()):  # "the memory comparison claim of AWS Trainium2"
        bits.append(" ".join(w.split("|")[0] for w in metric.aspect_words))
    if getattr(metric, "speed", False):  # "how much faster": "the speed comparison claim"
        bits.append("speed")
    if getattr(metric, "figure_kind", None):
        bits.append(str(metric.figure_kind))
    if getattr(metric, "precisions", ()):
        bits.append(" or ".join(sorted(lex.entities[p][0] for p in metric.precisions)))
    if getattr(metric, "technology_per", ()):  # "A's HBM ... B's HBM3": each chip's own memory
        own = ", ".join(f"{lex.entities[c][0]}'s {lex.entities[t][0]}" for c, t in metric.technology_per)
        label += f" (of {own})"
    elif metric.technology:
        alternatives = getattr(metric, "technology_or", ())
        bits.append(" or ".join(lex.entities[t][0] for t in (metric.technology, *alternatives)))
    if metric.on_chip is not None:
        bits.append("on-chip" if metric.on_chip else "off-chip")
    unit = f" in {metric.unit_kind}" if getattr(metric, "unit_kind", None) else ""
    if unit and not getattr(metric, "precision", None) and not getattr(metric, "precisions", ()):
        unit += " (any precision)"  # "the most TFLOPS": FP4 and FP16 figures alike, each shown with its own
    scale = getattr(metric, "scale", None)
    if scale is not None:  # "across 1,024 nodes"
        unit += f" across {scale[0]:,g} {scale[1].rsplit('Per', 1)[-1].lower()}s"
    if metric.counts:  # "the compute units (Tensix core) of ...": which count
        label += f" ({lex.entities[metric.counts][0] if metric.counts in lex.entities else metric.counts})"
    of_scope = getattr(metric, "of_scope", None)
    if of_scope:  # "the scale out per cluster"
        unit += " " + _scope_words(of_scope, lex)
    return " ".join([*bits, label]) + unit


def _some_chip_fits(store: Any, frame: F.Frame, chips: list[str], lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "Is there an Nvidia chip on 4nm?": true when one of the vendor's chips fits, named in the
    reading with what that chip's own answer says beside it (a hedge, a figure's scope). None known to
    fit is no "no", even of a vendor with one chip in the graph (the article's lists are not
    exhaustive): refused."""
    fits: list[tuple[str, Answer]] = []
    unsaid: list[str] = []  # a chip's own refusal: "it says only that the MI350 likely uses HBM3E"
    for chip in chips:
        try:
            one = _yes_no(store, frame._replace(subjects=(chip,), org_class=None, some_of=False), lex, reading)
        except NoAnswer as exc:
            unsaid.append(str(exc).removeprefix("I can't answer that: "))
            continue
        if one.boolean is True:
            fits.append((lex.entities[chip][0], one))
    if not fits:
        org = lex.entities[frame.org_class or ""][0]
        # where a chip's own answer is hedged ("likely"), that is what the article says of it
        hedged = next((u.split(" says only that ", 1)[1] for u in unsaid if " says only that " in u), None)
        raise NoAnswer(
            f"I can't answer that: of the {len(chips)} {org} chip{'s' if len(chips) != 1 else ''} the article "
            "names, it says of none that it does"
            + (f" outright, only that {hedged}" if hedged else " (its lists are not exhaustive)")
        )
    # one fit said without a hedge, scope or claim if there is one; else the first, whose reading
    # (the hedge, the figure's scope or precision) and vendor's claim are shown with it
    plain = [(label, one) for label, one in fits if one.reading == reading and not one.claimed_by]
    label, said = (plain or fits)[0]
    return said._replace(reading=f"{said.reading} · true of {label}")


def _yes_no(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    if frame.also == (CK + "manufacturedBy",) and frame.subjects:
        return _made_by(store, frame, lex, reading)
    if frame.compared:
        return _compared_yes_no(store, frame, lex, reading)
    if frame.metric is not None and frame.metric.prop == CK + "claim":
        return _claim_yes_no(store, frame, lex, reading)
    designs = frame.constraints[0] if len(frame.constraints) == 1 else None
    if (
        frame.counting_orgs
        and len(frame.subjects) == 1
        and isinstance(designs, F.OrgOfChips)
        and designs.prop == CK + "designedBy"
        and designs.constraints
    ):
        # "does Qualcomm have a chip using 150 W?" is "is there a Qualcomm chip using 150 W?": the chip
        # that fits is named, with its figure's scope or hedge (the organization's "true" lost them)
        some = frame._replace(constraints=designs.constraints, subjects=(), counting_orgs=False)
        return _yes_no(store, some._replace(org_class=frame.subjects[0], some_of=True), lex, reading)
    if frame.counting_orgs:  # "did Intel buy Habana?": is Intel among who bought Habana
        compiled = C.compile_frame(F.Frame(F.ORGS, frame.constraints))
        found = {r[0].value for r in _run(store, compiled).rows}
        # "are Google, AMD and Intel members of the UXL Foundation?": yes only if each is among them
        unsaid = [lex.entities[s][0] for s in frame.subjects if lex.entities[s][0] not in found]
        if not unsaid:
            return Answer(reading, [], [], boolean=True, sparql=compiled.sparql)
        raise NoAnswer(
            f"I can't answer that: the article does not say so of {', '.join(unsaid)} (its lists of owners, "
            "members, partners and acquisitions are not exhaustive)"
        )
    if not frame.subjects:  # a vendor named for its chip: only when it has just one
        vendor = F.Relation(CK + "designedBy", (frame.org_class or "",))
        found = _run(store, C.compile_frame(F.Frame(F.CHIPS, (vendor,))))
        labels = lex.by_label()
        chips = [labels[r[0].value] for r in found.rows if r[0].value in labels]
        if frame.some_of and chips:
            return _some_chip_fits(store, frame, chips, lex, reading)
        if not chips:  # "does TSMC make 5nm chips?": TSMC makes them, it designs none
            raise NoAnswer(
                f"I can't answer that: the graph names no chip designed by {lex.entities[frame.org_class or ''][0]}; "
                "for a foundry ask which chips it manufactures ('which chips does TSMC manufacture?')"
            )
        if len(chips) != 1:
            raise NoAnswer(
                f"I can't answer that: {lex.entities[frame.org_class or ''][0]} has "
                f"{len(chips)} chips in the graph; name the chip"
            )
        frame = frame._replace(subjects=(chips[0],), org_class=None)
    if len(frame.subjects) > 1:  # a product line named ("Grayskull"): the same answer for each, or none
        answers: list[Answer | None] = []
        for chip in frame.subjects:
            try:
                answers.append(_yes_no(store, frame._replace(subjects=(chip,)), lex, reading))
            except NoAnswer:
                answers.append(None)
        said = {a.boolean if a is not None else None for a in answers}
        if len(said) == 1 and None not in said:
            # each chip's answer keeps what it rests on and its hedges ("the Adreno 750's 4nm is said
            # of the Adreno GPUs in general"): a "true" of two chips is no surer than either one's
            held = [a for a in answers if a is not None]
            rests_on = "".join(a.reading.removeprefix(reading) for a in held)
            claimed = tuple(dict.fromkeys(c for a in held for c in a.claimed_by))
            return held[0]._replace(reading=reading + rests_on, claimed_by=claimed)
        line = ", ".join(lex.entities[c][0] for c in frame.subjects)
        raise NoAnswer(f"I can't answer that: the article does not give one answer for each of {line}")
    if frame.premises:
        _check_premises(store, frame, lex, reading)
        frame = frame._replace(premises=(), premise_also=())
    framed = C.with_subjects(frame)
    stated = C.compile_frame(framed)
    # the answer carries the figures it rests on and any hedge the graph notes on the facts it rests on
    chip_label = lex.entities[frame.subjects[0]][0]
    hedge = _fact_hedges(store, _hedged_props(frame.constraints, listing=False)).get(chip_label)
    deciding = _deciding_iris(store, frame)
    if frame.most:  # "is the M4's maximum clock above 3 GHz": a typical or "over" figure is no maximum
        typical = [iri for iri, _prop in deciding if _not_a_maximum(store, iri)]
        if typical:
            texts = "; ".join(_figure_columns(store, iri)[0] for iri in typical)
            raise NoAnswer(
                f"I can't answer that: the article gives no maximum of this figure for {chip_label}; it gives: {texts}"
            )
    rests_on = _deciding_figures(store, frame, lex, deciding) + (
        f" · the article hedges this: {hedge}" if hedge else ""
    )
    claimed = _claimed_by(store, [iri for iri, _prop in deciding])
    if _run(store, stated).boolean:
        _several_candidates(store, frame, lex)
        _performance_unstated(store, frame, lex, deciding, held=True)
        _own_unit_out(store, frame, deciding, chip_label)
        if hedge and frame.definite:  # "ruled out?" of a use the article judges only very unlikely
            raise NoAnswer(
                f"I can't answer that: the article does not say it outright of {chip_label}; it hedges this: {hedge}"
            )
        return Answer(reading + rests_on, [], [], boolean=True, sparql=stated.sparql, claimed_by=claimed)
    rules_out = C.compile_rules_out(framed)
    if rules_out is not None and _run(store, rules_out).boolean:
        _performance_unstated(store, frame, lex, deciding, held=False)
        per_chip = frame.chip_scope or frame.one_unit or any(getattr(k, "chip_only", False) for k in frame.constraints)
        # "does the CS-3 reach 256 exaflops per chip": the chip's own figure asked, and it says no
        fits = "" if per_chip else _other_scopes(store, frame.subjects[0], frame.constraints, fitting=True)
        if fits:
            # "Does Gaudi 3 have 32 TPCs?" was false by its 64 per chip, where the article gives 32 per
            # die (l.53): a figure of another scope that fits is no "no"; said, with both, and refused
            raise NoAnswer(
                f"I can't answer that: the article states it of another scope, not of {chip_label} as a whole"
                + rests_on
                + fits
                + "; ask about that scope or the chip's own figure"
            )
        return Answer(reading + rests_on, [], [], boolean=False, sparql=rules_out.sparql, claimed_by=claimed)
    chip = lex.entities[frame.subjects[0]][0]
    likely = [r for r in _only_likely(store, F.Frame(F.CHIPS, frame.constraints)) if r[0].value == frame.subjects[0]]
    if likely:  # "does the MI350 use HBM3E": not "does not say", it says "likely"
        only = "; ".join(f"{r[1].value} likely uses {r[2].value}" for r in likely)
        raise NoAnswer(f"I can't answer that: the article does not say it outright; it says only that {only}")
    # "Does Nvidia's flagship Blackwell use HBM?": only the memory is unstated; the design by Nvidia is
    # said, and the message named both as if neither were
    stated_alone = [
        k
        for k in frame.constraints
        if len(frame.constraints) > 1
        and _run(store, C.compile_frame(C.with_subjects(frame._replace(constraints=(k,))))).boolean
    ]
    if len(stated_alone) == len(frame.constraints):  # each said alone, not of one thing together
        stated_alone = []
    claim = " and ".join(_describe_constraint(k, lex) for k in frame.constraints if k not in stated_alone)
    also = " and ".join(_describe_constraint(k, lex) for k in stated_alone)
    raise NoAnswer(
        f"I can't answer that: the article does not say whether {chip} is {claim}"
        + (f" (it does say {chip} is {also})" if also else "")
        + rests_on
        + _other_scopes(store, frame.subjects[0], frame.constraints)
    )


def _claim_yes_no(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "Does the Corsair C8 outperform the H100 on generative AI workloads?": the chip's comparison
    claims against the chip named (its baseline) that the question's words name the aspect of: true
    when each is above 1 (a vendor's claim said to be one), false when each is at most 1. Refused
    when the question names no aspect (which of a chip's claims "outperform" rests on is not read:
    the Trainium2's are of training, efficiency and memory), or the claims found disagree."""
    metric = frame.metric
    assert metric is not None
    chip = lex.entities[frame.subjects[0]][0]
    found = _value(store, frame._replace(ask=F.VALUE), lex, reading)
    if not metric.aspect_words and metric.aspect is None and not (metric.speed and frame.factor_said):
        shown = "; ".join(r[0].value for r in found.rows)
        raise NoAnswer(f"I can't answer that: say what is compared; {chip}'s claims against it: {shown}")
    if frame.factor_said is not None:  # "nine times faster": the multiple each claim found is stated as
        return _factor_yes_no(store, frame, found, reading)
    ratios = {float(r[found.variables.index("normalized")].value) > 1 for r in found.rows}
    if len(ratios) != 1:
        both = "; ".join(r[0].value for r in found.rows)
        raise NoAnswer(f"I can't answer that: {chip}'s claims go both ways: {both}")
    w = C._Writer()
    var, _ = w.values([C._iri(frame.subjects[0])])
    query = f"SELECT ?x WHERE {{ {w.block()} ?x a ck:Comparison ; ck:subject {var} }}"
    iris = [r[0].value for r in _run(store, C.Compiled("select", query, ("x",))).rows]
    claimed = _claimed_by(store, iris) if any("(vendor claim)" in r[0].value for r in found.rows) else ()
    rests_on = " · by " + "; ".join(r[0].value for r in found.rows)
    return Answer(reading + rests_on, [], [], boolean=ratios.pop(), sparql=found.sparql, claimed_by=claimed)


def _factor_yes_no(store: Any, frame: F.Frame, found: Answer, reading: str) -> Answer:
    """ "Is the Corsair C8 nine times faster than the H100?": true when each claim found (of the chip,
    its aspect and baseline as the question names them) is stated as that multiple, false when none
    is (the article states another: shown). Refused when they differ, or a claim is stated as a
    percentage ("67% greater"), which is not read as a multiple."""
    assert frame.factor_said is not None
    factor = frame.factor_said[0]
    unit = found.variables.index("stated_unit")
    value = found.variables.index("stated_value")
    shown = "; ".join(str(r[0].value) for r in found.rows)
    if any("%" in str(r[unit].value) or "percent" in str(r[unit].value).lower() for r in found.rows):
        raise NoAnswer(f"I can't answer that: the claim is stated as a percentage, not a multiple: {shown}")
    qualifier = found.variables.index("qualifier")
    bounds = [
        float(r[value].value)
        for r in found.rows
        if r[qualifier] is not None and "upper bound" in str(r[qualifier].value)
    ]
    if not frame.factor_said[1] and any(factor < bound for bound in bounds):
        # "3x faster" beside "up to 4x": within the bound, which the article does not say is reached or not
        raise NoAnswer(
            f"I can't answer that: the article gives only a bound, which {format_number(factor)}x is within: {shown}"
        )
    if not frame.factor_said[1] and any(math.isclose(factor, bound) for bound in bounds):
        # "Is the MI350 35 times faster?" beside "up to 35 times" (red team 103): the bound asked as the
        # multiple reached, as "Does the M2000 deliver 35 TOPS?" is of its 'up to' figure
        raise NoAnswer(
            f"I can't answer that: the article gives {format_number(factor)}x only as a bound ('up to'), not as "
            f"the multiple reached: {shown}; ask whether it is 'up to {format_number(factor)} times'"
        )
    said = {math.isclose(float(r[value].value), factor) for r in found.rows}
    if len(said) != 1 or (said == {False} and len(found.rows) > 1):
        # "Is the MTIA v2 2x faster than the v1?" (red team 82): none of its four claims of speed is 2x,
        # and which one the question means decides between false and a bound it is within
        raise NoAnswer(f"I can't answer that: the question fits several claims, which differ: {shown}")
    w = C._Writer()
    var, _ = w.values([C._iri(frame.subjects[0])])
    query = f"SELECT ?x WHERE {{ {w.block()} ?x a ck:Comparison ; ck:subject {var} }}"
    iris = [r[0].value for r in _run(store, C.Compiled("select", query, ("x",))).rows]
    claimed = _claimed_by(store, iris) if any("(vendor claim)" in str(r[0].value) for r in found.rows) else ()
    return Answer(
        f"{reading} · stated: {shown}",
        [],
        [],
        boolean=said.pop(),
        sparql=found.sparql,
        claimed_by=claimed,
    )


def _compared_yes_no(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "Does the article compare the Corsair C8 with the H100?": true when the graph holds a comparison
    claim of either chip against the other (its baseline), whichever way it goes; when it holds none
    the article may still set them side by side in words the graph does not keep: refused, not false."""
    assert frame.metric is not None and frame.metric.baseline is not None
    one, other = frame.subjects[0], frame.metric.baseline
    w = C._Writer()
    a, _ = w.values([C._iri(one)])
    b, _ = w.values([C._iri(other)])
    query = (
        f"SELECT ?x WHERE {{ {w.block()} ?x a ck:Comparison . "
        f"{{ ?x ck:subject {a} ; ck:baseline {b} }} UNION {{ ?x ck:subject {b} ; ck:baseline {a} }} }}"
    )
    compiled = C.Compiled("select", query, ("x",))
    found = _run(store, compiled)
    names = lex.entities[one][0], lex.entities[other][0]
    if not found.rows:
        raise NoAnswer(
            f"I can't answer that: the article states no comparison claim of {names[0]} against {names[1]} "
            "or of it against the other (it may still set them side by side in words the graph does not keep)"
        )
    claims: list[str] = []
    for chip, baseline in ((one, other), (other, one)):  # the claims shown, as "what does A claim against B"
        asked = F.Frame(F.VALUE, (), subjects=(chip,), metric=F.Metric(CK + "claim", baseline=baseline))
        try:
            claims += [r[0].value for r in _value(store, asked, lex, reading).rows]
        except NoAnswer:
            continue
    # whether the article compares them is a fact of the article, not the vendor's claim (the claim
    # itself, shown, says whose it is)
    rests_on = " · by " + "; ".join(claims) if claims else ""
    return Answer(reading + rests_on, [], [], boolean=True, sparql=compiled.sparql)


def _by_claimant(store: Any, frame: F.Frame, answered: Answer, lex: lexicon.Lexicon) -> None:
    """ "By d-Matrix's claim", "according to Intel": the question says whose claim the figure is. A
    yes/no is answered only when every figure it rests on is that organization's own claim
    (ck:VendorClaim, its chip's designer's); otherwise the article does not report it as theirs
    (it states the Maia 100's 800 TFLOPS as fact, and Nvidia claims nothing of the Corsair). A
    figure asked of chips ("what peak performance does d-Matrix claim for the Corsair") is the
    designer's to claim: answered (each figure says whether it is a claim) when the claimant
    designs every chip asked about."""
    who = ", ".join(lex.entities[c][0] for c in frame.claimant)
    if frame.ask == F.VALUE and frame.subjects and len(frame.claimant) == 1:
        w = C._Writer()
        chips, _ = w.values([C._iri(c) for c in frame.subjects])
        org, _ = w.values([C._iri(frame.claimant[0])])
        query = f"ASK {{ {w.block()} FILTER NOT EXISTS {{ {chips} ck:designedBy/ck:parentOrganization* {org} }} }}"
        if not _run(store, C.Compiled("ask", query, ())).boolean:
            return
    if frame.ask != F.YESNO:
        raise NoAnswer(
            f"I can't answer that: the question asks what {who} claims; the article gives each figure as "
            "stated or as its vendor's own claim: ask for the figure, and the answer says which"
        )
    if answered.claimed_by != (who,):
        rests = f"{', '.join(answered.claimed_by)}'s own claim" if answered.claimed_by else "stated, not claimed"
        raise NoAnswer(
            f"I can't answer that: the article does not report that as {who}'s claim (what it rests on is {rests})"
        )


def _check_premises(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> None:
    """What an aside says of the yes/no's chip ("(the 5nm one)", ", from Nvidia") must hold for the
    question to be asked of it: a premise the article rules out is refused as false, one it does
    not state is refused as unknown; the yes/no is answered only when the article states it."""
    chip = lex.entities[frame.subjects[0]][0]
    said = " and ".join(_describe_constraint(k, lex) for k in frame.premises)
    try:
        asked = frame._replace(constraints=frame.premises, premises=(), premise_also=())
        held = _yes_no(store, asked._replace(also=frame.premise_also) if frame.premise_also else asked, lex, reading)
    except NoAnswer:
        raise NoAnswer(
            f"I can't answer that: the question takes {chip} to be {said}, which the article does not say"
        ) from None
    if not held.boolean:
        raise NoAnswer(f"I can't answer that: the question takes {chip} to be {said}, which the article rules out")


#: measures that are a maximum themselves (how far a chip scales out, the largest model it runs): a
#: figure of any scope in the range shows the chip reaches it ("scales to more than 1,000" by its
#: cluster's "over 1,000" beside its pod's 256), so several figures are no several readings
_MAXIMA = (CK + "scaleOut", CK + "maxModelSize")


def _several_candidates(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> None:
    """A yes/no against a number on a measure the chip has several figures of, none named by the
    question (the M4's CPU, GPU, Neural Engine, performance and efficiency cores; NorthPole's INT2,
    INT4 and INT8 TOPS): the question may mean any of them, so it is true only when every one of
    them is in the range. Under an upper limit (or an exact number) figures of different parts add
    up (the M4's 38 cores in all are not "fewer than 20"), so only figures that differ by precision
    alone, alternatives of one part, can be all under it; otherwise it is refused, naming them."""
    from chipkg import figures

    chip = frame.subjects[0]
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or (k.low is None and k.high is None) or k.prop in _MAXIMA:
            continue
        w = C._Writer()
        var, _ = w.values([C._iri(chip)])
        path = C.metric_path(w, var, "?f", k._replace(low=None, high=None))
        query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {path} ?f ck:normalizedValue ?n . }} ORDER BY ?f"
        found_rows = _run(store, C.Compiled("select", query, ("f",))).rows
        # a count of a narrower kind of unit is part of the broader one ("4 high-performance cores"
        # of the "10 CPU cores"), not another figure the question may mean
        every = [r[0].value for r in _breakdowns_dropped(store, list(found_rows), lex)]
        if len(every) < 2:
            continue
        w = C._Writer()
        var, _ = w.values([C._iri(chip)])
        pattern = C.measure_pattern(w, var, "?f", "?x", k)
        query = f"SELECT DISTINCT ?f WHERE {{ {w.block()} {pattern} }}"
        passing = {r[0].value for r in _run(store, C.Compiled("select", query, ("f",))).rows}
        found = [figures.figure(store, f) for f in every]
        precisions = [f.precision for f in found]
        alternatives = None not in precisions and len(set(precisions)) == len(found)
        total = sum(f.normalized or 0.0 for f in found)
        under = k.high is not None and (total <= k.high * 1.000001 if k.high_inclusive else total < k.high * 0.999999)
        if set(every) <= passing and (k.high is None or alternatives or (under and k.low is None)):
            continue  # (parts whose sum is under the limit are under it together: 38 cores < 100)
        texts = "; ".join(_scoped_text(f, k.prop) for f in found)
        why = (
            "not every one of them is in that range"
            if not set(every) <= passing
            else "figures of different parts add up, and the article gives no total"
        )
        raise NoAnswer(
            f"I can't answer that: {lex.entities[chip][0]} has several figures for its "
            f"{_metric_label(F.metric_of(k), lex)} ({texts}) and the question does not say which; {why}"
        )


#: the family of numeric formats a kind of performance unit counts: FLOPS are floating point operations
def _performance_unstated(
    store: Any, frame: F.Frame, lex: lexicon.Lexicon, deciding: list[tuple[str, str]], held: bool
) -> None:
    """A yes/no on a chip's performance against a number, no precision named ("does the Trainium2
    deliver more than 1 PFLOPS?"), asks of the chip's performance at any precision. Its stated figures
    bound that from below only when they are not all of it (:func:`_performance_part`). Then "more
    than" is true on a stated figure above the number, and nothing else is decided: "false" (or "true"
    for "under") was answered from the one figure given. Refused, naming what is not stated;
    ``held``: the figures put the chip in the range (else they rule it out)."""
    chip = frame.subjects[0]
    for k in frame.constraints:
        if not isinstance(k, F.Measure) or (k.low is None and k.high is None):
            continue
        if held and (k.high is None or (k.low is not None and k.low == k.high)):
            continue  # "more than 100 TFLOPS" (or exactly a figure) held by a stated figure: held
        if not held and k.low is None:
            continue  # "under 100 TFLOPS" ruled out by a stated figure above it: ruled out
        why = _performance_part(store, chip, F.metric_of(k), lex, [iri for iri, prop in deciding if prop == k.prop])
        if why:
            raise NoAnswer(f"I can't answer that: the article does not say; {why}")


def _performance_part(store: Any, chip: str, metric: F.Metric, lex: lexicon.Lexicon, iris: list[str]) -> str:
    """Why the figures ``iris`` of ``chip``'s performance at any precision (``metric``, no precision
    named) are only a part of it, "" when they are not: the chip supports formats (of the unit's
    family: floating point for FLOPS, integer for OPS) the article gives no figure for (the
    Trainium2's cFP8, FP32, TF32, BF16 beside its FP16 650 TFLOPS), or every figure is one of its
    components' (the M4 GPU's 7.5 TFLOPS, not the M4's). The whole then delivers at least the
    figures, by an unknown amount more."""
    if metric.prop != CK + "performance" or metric.precision is not None or metric.precisions or not iris:
        return ""
    label = lex.entities[chip][0]
    w = C._Writer()
    figs, _ = w.values([C._iri(i) for i in iris])
    query = (
        f"SELECT ?f ?p ?on WHERE {{ {w.block()} BIND ({figs} AS ?f) "
        "OPTIONAL { ?f ck:precision ?p } OPTIONAL { ?f ck:measuredOn ?on } }"
    )
    rows = _run(store, C.Compiled("select", query, ("f", "p", "on"))).rows
    texts = "; ".join(_figure_columns(store, i)[0] for i in iris)
    if all(r[2] is not None for r in rows):
        parts = sorted({lex.entities.get(r[2].value, (r[2].value,))[0] for r in rows})
        return (
            f"it gives no performance figure of {label} itself, only of its {' and '.join(parts)} ({texts}), "
            "which the whole chip delivers at least"
        )
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    family = C.UNIT_FAMILY.get(metric.unit_kind or "")
    fam = f"?fmt ck:formatFamily <{family}> . " if family else ""
    # each format the chip supports, and the formats it is one of or covers (cFP8 is an FP8)
    query = (
        f"SELECT ?fmt ?near WHERE {{ {w.block()} {var} ck:supportsFormat ?fmt . {fam}"
        "{ ?fmt skos:broader* ?near } UNION { ?near skos:broader* ?fmt } }"
    )
    near: dict[str, set[str]] = {}
    for r in _run(store, C.Compiled("select", query, ("fmt", "near"))).rows:
        near.setdefault(r[0].value, set()).add(r[1].value)
    stated = {r[1].value for r in rows if r[1] is not None}
    unstated = sorted(lex.entities.get(f, (f,))[0] for f, related in near.items() if not related & stated)
    if not unstated:
        return ""
    return (
        f"it gives {label}'s performance only as {texts}, and {label} also supports {', '.join(unstated)}, "
        "with no figure given; name the precision"
    )


def _performance_figures(store: Any, constraints: tuple, metric: F.Metric) -> dict[str, list[tuple[str, float]]]:
    """Each chip's figures (IRI, normalized value) of ``metric`` among the chips ``constraints`` pick."""
    w = C._Writer()
    body = C.chip_constraints(w, "?c", constraints)
    path = C.metric_path(w, "?c", "?f", metric)
    query = (
        f"SELECT DISTINCT ?c ?f ?n WHERE {{ {w.block()} ?c a ck:Chip . {body} {path} "
        "?f ck:normalizedValue ?n } ORDER BY ?c ?f"
    )
    out: dict[str, list[tuple[str, float]]] = {}
    for r in _run(store, C.Compiled("select", query, ("c", "f", "n"))).rows:
        out.setdefault(r[0].value, []).append((r[1].value, float(r[2].value)))
    return out


def _performance_partly_ranked(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> str:
    """ "Which has more TFLOPS, the Maia 100 or Trainium2?", "rank the chips by TOPS": a ranking of
    performance at any precision orders the chips by their stated figures; the chips compared whose
    figures are only part of their performance (:func:`_performance_part`) are named, as a list
    names them (:func:`_performance_partly_stated`) and their yes/no refuses."""
    m = frame.metric
    if m is None or m.prop != CK + "performance" or m.precision is not None or m.precisions:
        return ""
    said = sorted(
        lex.entities.get(chip, (chip,))[0]
        for chip, found in _performance_figures(store, frame.constraints, m).items()
        if _performance_part(store, chip, m, lex, [f for f, _ in found])
    )
    if not said:
        return ""
    return (
        " · compared by the figures stated, which are only part of the performance of: "
        + ", ".join(said)
        + " (other precisions, or the whole chip, have no figure)"
    )


def _performance_partly_stated(store: Any, frame: F.Frame, lex: lexicon.Lexicon) -> str:
    """ "Which chips deliver more than 1 petaflop?", "... under 1 PFLOPS?": a range of performance at
    any precision, decided by each chip's stated figures, though some chips' figures are only a part
    of it (the Trainium2's FP16 650 teraFLOPS beside formats with no figure; the M4's GPU's figure,
    not the M4's): the yes/no of one such chip is refused (:func:`_performance_part`); a list or
    count names them, so that it is not read as deciding them (red team 103)."""
    ranges = [
        k
        for k in frame.constraints
        if isinstance(k, F.Measure)
        and k.prop == CK + "performance"
        and k.precision is None
        and (k.low is not None or k.high is not None)
    ]
    if not ranges:
        return ""
    said: list[str] = []
    for k in ranges:
        metric = F.metric_of(k)
        others = tuple(c for c in frame.constraints if c is not k)
        for chip, found in _performance_figures(store, others, metric._replace(precision=None)).items():
            iris, values = [f for f, _ in found], [n for _, n in found]
            # decided where the part stated settles it: a figure over the lower limit is in it (the
            # whole delivers at least it), a figure over the upper limit puts it out
            fits = any(_in_range(n, k) for n in values)
            if k.high is None and fits:
                continue
            if k.high is not None and any(n > k.high for n in values):
                continue
            if k.high is not None and k.low is not None and not fits and all(n >= k.high for n in values):
                continue
            why = _performance_part(store, chip, metric, lex, iris)
            label = lex.entities.get(chip, (chip,))[0]
            if why and fits and k.high is not None:
                # "which chips deliver less than 700 TFLOPS": the Trainium2's FP16 650 TFLOPS is under
                # it, its other formats have no figure; listed (or counted) as under the limit, it was
                # said to fit what the article leaves open (red team 115)
                raise NoAnswer(
                    f"I can't answer that: {why.removesuffix('; name the precision')}, so whether {label} is "
                    "under that limit cannot be told; "
                    "name a precision, or ask for the chips above a limit"
                )
            if why and label not in said:
                said.append(label)
    if not said:
        return ""
    return (
        " · decided by the figures stated, which are only part of the performance of: "
        + ", ".join(sorted(said))
        + " (other precisions, or the whole chip, have no figure: whether they fit is not said)"
    )


def _several_candidates_listed(store: Any, frame: F.Frame, lex: lexicon.Lexicon, result: Any) -> None:
    """A list or count of chips with a figure in a range: each chip in it is held to the rule of the
    yes/no (:func:`_several_candidates`), so NorthPole (800 TOPS at INT2, 400 at INT4) is not in both
    "more than 500 TOPS" and "less than 500 TOPS", nor the M4 (38 cores in all) among chips with
    "fewer than 20 cores"; a chip whose several figures do not decide refuses the list, named."""
    measures = tuple(
        k for k in frame.constraints if isinstance(k, F.Measure) and (k.low is not None or k.high is not None)
    )
    if not measures:
        return
    if result is None:
        result = _run(store, C.compile_frame(frame._replace(ask=F.CHIPS)))
    labels = lex.by_label()
    for row in result.rows:
        chip = labels.get(row[0].value) if row and row[0] is not None else None
        if chip is None:
            continue
        try:
            _several_candidates(store, F.Frame(F.YESNO, measures, subjects=(chip,)), lex)
        except NoAnswer as exc:
            raise NoAnswer(f"{exc} (so whether it is in the list)") from None


def _made_by(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """ "Is the CS-3 made by Intel": a word of making may mean designed or manufactured (parse's
    ``_made_either``), so yes where the article says either, no where it rules out both, and
    otherwise it does not say (the CS-3's designer is Cerebras, its foundry is not named)."""
    designer = next(k for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "designedBy")
    maker = designer._replace(prop=CK + "manufacturedBy")
    said = {}
    for relation in (designer, maker):
        asked = frame._replace(also=(), constraints=tuple(relation if k is designer else k for k in frame.constraints))
        try:
            said[relation.prop] = _yes_no(store, asked, lex, reading)
        except NoAnswer:
            pass
    either = " · 'made' may mean designed or manufactured"
    for answer in said.values():
        if answer.boolean:
            return answer._replace(reading=answer.reading + either)
    if len(said) == 2:
        first = next(iter(said.values()))
        return first._replace(reading=f"{first.reading}{either}: the article rules out both")
    chip = lex.entities[frame.subjects[0]][0]
    org = ", ".join(lex.entities[v][0] for v in designer.values)
    ruled = next((p for p, a in said.items() if a.boolean is False), None)
    how = f"; it rules out that {org} {'designs' if ruled == CK + 'designedBy' else 'manufactures'} it" if ruled else ""
    raise NoAnswer(
        f"I can't answer that: the article does not say whether {chip} is designed or manufactured by {org}{how}"
    )


def _other_scopes(store: Any, chip: str, constraints: tuple, fitting: bool = False) -> str:
    """What a yes/no left undecided by figures of other scopes says of them (" · figures of other
    scopes: up to 256 exaflops, per cluster ..."): the CS-3's cluster is not the CS-3 itself.
    ``fitting``: only those whose value is in the range asked (32 TPCs per die for "32 TPCs")."""
    from chipkg import figures

    texts: list[str] = []
    for k in constraints:
        if not isinstance(k, F.Measure) or (k.low is None and k.high is None):
            continue
        bare = k._replace(low=None, high=None)
        found: list[dict[str, float | None]] = []
        for metric, every in ((bare, False), (bare._replace(chip_only=False), True)):
            w = C._Writer()
            var, _ = w.values([C._iri(chip)])
            path = C.metric_path(w, var, "?f", metric, any_scope=every)
            value = "OPTIONAL { ?f ck:normalizedValue ?n }"
            query = f"SELECT DISTINCT ?f ?n WHERE {{ {w.block()} {path} {value} }} ORDER BY ?f"
            rows = _run(store, C.Compiled("select", query, ("f", "n"))).rows
            found.append({r[0].value: float(r[1].value) if r[1] is not None else None for r in rows})
        other = sorted(set(found[1]) - set(found[0]))
        if fitting:
            other = [f for f in other if _in_range(found[1][f], k)]
        texts += [figures.figure(store, f).text for f in other]
    return f" · figures of other scopes: {'; '.join(texts)}" if texts else ""


def _in_range(value: float | None, k: F.Measure) -> bool:
    """Whether ``value`` (normalized; None: no number) is in the range ``k`` asks for."""
    if value is None:
        return False
    if k.low is not None and (value < k.low or (value == k.low and not k.low_inclusive)):
        return False
    return not (k.high is not None and (value > k.high or (value == k.high and not k.high_inclusive)))


#: the chip's own generation, or those of its features and of the technologies it uses; each with
#: its names, the names of what it is related to ("fifth-generation NVLink" is related to NVLink 5)
#: and of its broader technologies ("the M2000's PCIe": PCIe 2.0, generation 2)
_GENERATIONS = """
SELECT ?x ?g ?name WHERE {
  %s
  { ?c ck:generation ?own . BIND (?c AS ?x) }
  UNION { ?c ck:feature ?x }
  UNION { ?c ck:interconnect/ck:interconnectTechnology ?x }
  UNION { ?c ck:memory/ck:memoryTechnology ?x }
  UNION { ?c ck:architecture ?x }
  ?x ck:generation ?g .
  { ?x rdfs:label|skos:altLabel ?name }
  UNION { ?x skos:related/skos:broader* ?y . ?y rdfs:label|skos:altLabel ?name }
  UNION { ?x skos:related/skos:broader* ?name }
  UNION { ?x skos:broader+ ?y . ?y rdfs:label|skos:altLabel ?name }
} ORDER BY ?x ?name"""


#: the technologies a chip uses that are narrower than a named one ("PCIe 5.0" under "PCIe"), with
#: the broader one's names
_NARROWER = """
SELECT ?x ?name WHERE {
  %s
  { ?c ck:interconnect/ck:interconnectTechnology ?x } UNION { ?c ck:memory/ck:memoryTechnology ?x }
  ?x skos:broader+ ?y . ?y rdfs:label|skos:altLabel ?name
} ORDER BY ?x ?name"""


#: the memory technologies a chip's memories are of, each narrower than a named one (HBM3E under
#: HBM), with the broader one and its names
_NARROWER_MEMORY = """
SELECT DISTINCT ?y ?name WHERE {
  %s
  ?c ck:memory/ck:memoryTechnology ?x . ?x skos:broader+ ?y . ?y rdfs:label|skos:altLabel ?name
} ORDER BY ?y ?name"""


def _memory_named_by_kind(store: Any, chip: str, wanted: tuple[str, ...] | None, key: Any) -> str | None:
    """The memory technology named ``wanted`` (HBM) when the chip's memories of it are each of a
    narrower kind the article names (the MI350's likely HBM3E): that technology's IRI; else None
    (a memory of the named kind itself, "HBM" with no generation, has no generation to tell)."""
    if wanted is None:
        return None
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    rows = _run(
        store, C.Compiled("select", _NARROWER_MEMORY % (w.block() + f" BIND ({var} AS ?c)"), ("y", "name"))
    ).rows
    named = {y.value for y, name in rows if key(name.value) == wanted}
    if len(named) != 1:
        return None
    (tech,) = named
    w2 = C._Writer()
    c2, _ = w2.values([C._iri(chip)])
    t2, _ = w2.values([C._iri(tech)])
    plain = f"ASK {{ {w2.block()} {c2} ck:memory/ck:memoryTechnology {t2} }}"
    return None if _run(store, C.Compiled("ask", plain, ())).boolean else tech


def _generation(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """The generation of the chip (no part named) or of the one feature or technology of it whose
    name (or the name of what it is related to) is the part's words, as the graph states it."""
    chip = frame.subjects[0]
    w = C._Writer()
    var, _ = w.values([C._iri(chip)])
    sparql = _GENERATIONS % (w.block() + f" BIND ({var} AS ?c)")
    rows = _run(store, C.Compiled("select", sparql, ("x", "g", "name"))).rows

    def key(text: str) -> tuple[str, ...]:
        return tuple(t.removesuffix("s") for t in lexicon.name_key(text))

    wanted = key(" ".join(frame.part)) if frame.part else None
    found: dict[str, int] = {}
    for x, g, name in rows:
        if (wanted is None and x.value == chip) or (
            wanted is not None
            and x.value != chip
            and (key(name.value) == wanted or name.value in lex.entities and key(lex.entities[name.value][0]) == wanted)
        ):
            found[x.value] = int(g.value)
    label = lex.entities[chip][0]
    what = f"{' '.join(frame.part)} of {label}" if frame.part else label
    if not found and wanted is not None:
        # "gaudi 3 pcie generation": the chip's PCIe is PCIe 5.0, a revision the article names, with
        # no generation number in the graph; "no generation" would deny what the article says
        w2 = C._Writer()
        var2, _ = w2.values([C._iri(chip)])
        narrower = _NARROWER % (w2.block() + f" BIND ({var2} AS ?c)")
        named = sorted(
            {
                _label(store, x.value)
                for x, name in _run(store, C.Compiled("select", narrower, ("x", "name"))).rows
                if key(name.value) == wanted
            }
        )
        memory = _memory_named_by_kind(store, chip, wanted, key)
        if memory is not None:
            # "mi350 hbm generation" (set 78): the generation of a memory is the narrower kind the
            # article names it by (its "likely HBM3E"), answered as the chip's memory of that kind is
            kind = frame._replace(
                ask=F.VALUE, metric=F.Metric(CK + "memory", technology=memory), part=(), generation=None
            )
            return _answer(
                store, kind, lex, f"{describe_frame(kind, lex)} (its generation: the kind the article names)"
            )
        if named:
            raise NoAnswer(
                f"I can't answer that: the article names the {' '.join(frame.part)} of {label} as "
                f"{', '.join(named)}, and the graph records no generation number for it"
            )
    if not found:
        raise NoAnswer(f"The article gives no generation for {what}")
    if frame.generation is not None and not frame.part:  # "is Trillium the fifth generation?": one per chip
        (stated,) = found.values()
        reading = f"{reading} · the article gives generation {stated}"
        return Answer(reading, [], [], boolean=stated == frame.generation, sparql=sparql)
    if len(set(found.values())) > 1:
        raise NoAnswer(
            f"I can't answer that: several parts of {label} match '{' '.join(frame.part)}' with different generations"
        )
    rows_out = [
        [
            _integer(g),
            _literal(_label(store, x)),
            _literal(label),
        ]
        for x, g in sorted(found.items())
    ]
    return Answer(reading, ["generation", "of", "chip"], rows_out, sparql=sparql)


def _parts(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    """The parts of one chip of a kind: its components (ck:componentOf) and the chips integrated into
    it (ck:integratedInto); "processors" or "chips" asked: parts of any kind."""
    kind = next(k.cls for k in frame.constraints if isinstance(k, F.Kind))
    w = C._Writer()
    chip, _ = w.values([C._iri(frame.subjects[0])])
    of_kind, _ = w.values([C._iri(CK + "Processor" if kind == CK + "Chip" else kind)])
    sparql = (
        f"SELECT DISTINCT ?part WHERE {{ {w.block()} {{ ?p ck:componentOf {chip} }} UNION "
        f"{{ ?p ck:integratedInto {chip} }} ?p a {of_kind} ; rdfs:label ?part . }} ORDER BY ?part"
    )
    result = _run(store, C.Compiled("select", sparql, ("part",)))
    if kind == CK + "Chip":  # "which parts does the M2000 have": the word asks for parts of any kind
        w2 = C._Writer()
        subject, _ = w2.values([C._iri(frame.subjects[0])])
        others = (
            f"SELECT DISTINCT ?part WHERE {{ {w2.block()} ?p ck:componentOf {subject} . "
            "FILTER NOT EXISTS { ?p a ck:Processor } ?p rdfs:label ?part . } ORDER BY ?part"
        )
        rest = [r[0].value for r in _run(store, C.Compiled("select", others, ("part",))).rows]
        if rest:
            raise NoAnswer(
                f"I can't answer that: besides processors the article names other parts of "
                f"{lex.entities[frame.subjects[0]][0]} ({', '.join(rest)}); ask for a kind of part, or "
                "`chipkg describe` shows them all"
            )
    designers = [v for k in frame.constraints if isinstance(k, F.Relation) for v in k.values]
    if designers and result.rows:  # "which Qualcomm GPU is inside ...": each part's designer checked
        w = C._Writer()
        chip, _ = w.values([C._iri(frame.subjects[0])])
        of_kind, _ = w.values([C._iri(CK + "Processor" if kind == CK + "Chip" else kind)])
        query = (
            f"SELECT DISTINCT ?part ?d WHERE {{ {w.block()} {{ ?p ck:componentOf {chip} }} UNION "
            f"{{ ?p ck:integratedInto {chip} }} ?p a {of_kind} ; rdfs:label ?part . "
            "OPTIONAL { ?p ck:designedBy ?d } }"
        )
        by: dict[str, set[str]] = {}
        for r in _run(store, C.Compiled("select", query, ("part", "d"))).rows:
            by.setdefault(r[0].value, set()).update({r[1].value} if r[1] is not None else set())
        unknown = sorted(p for p, d in by.items() if not d)
        if unknown:
            raise NoAnswer(f"I can't answer that: the article does not say who designs {', '.join(unknown)}")
        result = result._replace(rows=[r for r in result.rows if by[r[0].value] & set(designers)])
    if not result.rows:
        what = lex.terms.get(kind, (kind, True))[0]
        if designers:
            raise NoAnswer(
                f"The article names no {what} part of {lex.entities[frame.subjects[0]][0]} designed by "
                + ", ".join(lex.entities[d][0] for d in designers)
            )
        # "which chip contains the Adreno 750": asked the other way round, it has an answer; say so
        w = C._Writer()
        chip, _ = w.values([C._iri(frame.subjects[0])])
        up = (
            f"SELECT DISTINCT ?whole WHERE {{ {w.block()} {{ {chip} ck:componentOf ?w }} UNION "
            f"{{ {chip} ck:integratedInto ?w }} ?w rdfs:label ?whole . }} ORDER BY ?whole"
        )
        wholes = [r[0].value for r in _run(store, C.Compiled("select", up, ("whole",))).rows]
        if wholes:
            raise NoAnswer(
                f"I can't answer that: the article names no {what} part of {lex.entities[frame.subjects[0]][0]}; "
                f"it is itself part of {', '.join(wholes)} (ask what it is part of)"
            )
        raise NoAnswer(f"The article names no {what} part of {lex.entities[frame.subjects[0]][0]}")
    return Answer(reading, ["part"], result.rows, sparql=sparql)


def _label(store: Any, iri: str) -> str:
    from chipkg import figures

    return figures.Reader(store).label(iri)


def _compare(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str) -> Answer:
    from chipkg import catalog, sparql

    for chip, premises in frame.chip_premises:  # "compare A (the 5nm one) and B": A must be 5nm
        _check_premises(store, F.Frame(F.YESNO, subjects=(chip,), premises=premises), lex, reading)
    stored = catalog.get("compare-chips")
    names = ",".join(lex.entities[c][0] for c in frame.subjects)
    bound = catalog.bind(stored, {"chips": names}, store)
    result = sparql.run(store, stored.sparql, bound.bindings)
    return Answer(reading, result.variables, result.rows, sparql=stored.sparql)


def _report(store: Any, frame: F.Frame, lex: lexicon.Lexicon, reading: str, one_of_several: bool = False) -> Answer:
    """A stored report, with the question's names bound to the parameters whose type they fit
    (``one_of_several``: the rows for one of several names, as the report gives them)."""
    from chipkg import catalog, sparql

    stored = catalog.get(frame.report or "")
    frame = frame._replace(subjects=tuple(dict.fromkeys(frame.subjects)))  # "Nvidia and Nvidia": once
    if len(frame.subjects) > 1 and stored.top:
        # "the market shares of Nvidia and AMD": each name's rows, ordered by the report's top column
        # as the report orders them (largest first); a name the report cannot be narrowed to refuses
        parts = [_report(store, frame._replace(subjects=(iri,)), lex, reading, True) for iri in frame.subjects]
        head = parts[0].variables
        if any(p.variables != head for p in parts):
            raise NoAnswer(f"I can't answer that: the {stored.name} report answers each name in a different form")
        rows = [r for p in parts for r in p.rows]
        if stored.top in head:
            top = head.index(stored.top)
            rows.sort(key=lambda r: -float(r[top].value) if r[top] is not None else float("inf"))
        return Answer(reading, head, rows, sparql=stored.sparql)
    given: dict[str, str] = dict(frame.report_params)  # bound by the phrase ("lower bounds")
    for iri in frame.subjects:
        label, classes = lex.entities[iri]
        # only a parameter typed by the name's class takes it (an "entity" parameter such as a note
        # kind or a qualifier takes no chip)
        param = next(
            (
                p
                for p in stored.params
                if p.name not in given and p.type in catalog.ENTITY_TYPES and catalog.ENTITY_TYPES[p.type][0] in classes
            ),
            None,
        )
        if param is None:
            raise NoAnswer(
                f"I can't answer that: the report {stored.name!r} ({stored.title}) cannot be narrowed to {label}"
            )
        given[param.name] = label
    bound = catalog.bind(stored, given, store)
    result = sparql.run(store, stored.sparql, bound.bindings, limit=bound.limit)
    figure_column = next(
        (
            k
            for k in range(len(result.variables))
            if result.rows and all(r[k] is not None and r[k].value.startswith(PREFIXES["fig"]) for r in result.rows)
        ),
        None,
    )
    if frame.n == 1 and stored.top in result.variables:  # "the market leader": the top rows, ties kept
        k = result.variables.index(stored.top)
        values = [float(r[k].value) for r in result.rows if r[k] is not None]
        result = result._replace(rows=[r for r in result.rows if r[k] is not None and float(r[k].value) == max(values)])
    elif frame.n == 1:
        raise NoAnswer(f"I can't answer that: the {stored.name} report has no column {stored.top!r} to take the top of")
    if frame.report_kind is not None and result.rows:
        # "which chips have an approximate figure": the rows about chips only, not the companies' market
        # shares the report lists beside them (red team 52 F3); a row whose first column names no thing
        # of that kind (a section, a figure: red team 53) is about something else too
        # (a label two things share, the Meta section's and the company's, is kept only if both are of it)
        w = C._Writer()
        said, _ = w.values([C._text(v) for v in sorted({r[0].value for r in result.rows if r[0] is not None})])
        query = f"SELECT ?l ?x WHERE {{ {w.block()} ?x rdfs:label {said} . BIND ({said} AS ?l) }}"
        named: dict[str, list[str]] = {}
        for label, iri in _run(store, C.Compiled("select", query, ("l", "x"))).rows:
            named.setdefault(label.value, []).append(iri.value)
        kind = lex.terms[frame.report_kind][0]
        unnamed = sorted(
            {r[0].value for r in result.rows if r[0] is not None}
            - {label for label, iris in named.items() if any(i in lex.entities for i in iris)}
        )
        if unnamed:  # a row about a figure or a section: whose chip it concerns, the row does not say
            raise NoAnswer(
                f"I can't answer that: the {stored.name} report has rows that are not about one chip or organization "
                f"('{unnamed[0]}'), so which rows concern {kind}s is not told; ask for the report as such"
            )
        for label, iris in named.items():
            of_kind = [lex.is_a(iri, frame.report_kind) for iri in iris]
            if any(of_kind) and not all(of_kind):  # which of the two a row is about, the label does not say
                raise NoAnswer(
                    f"I can't answer that: the {stored.name} report names '{label}', the name of "
                    f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind} and of "
                    f"something else, so which rows are about {kind}s is not told; ask for the report as such"
                )
        result = result._replace(
            rows=[
                r
                for r in result.rows
                if r[0] is not None
                and r[0].value in named
                and all(lex.is_a(iri, frame.report_kind) for iri in named[r[0].value])
            ]
        )
        if not result.rows:
            raise NoAnswer(f"The {stored.name} report ({stored.title}) has no rows about {kind}s")
    if frame.subjects and not result.rows:  # "Intel's market share": the article gives none
        names = ", ".join(lex.entities[i][0] for i in frame.subjects)
        if stored.name == "comparisons":
            # the article may compare a chip in words with no factor ("the Groq LPU against GPUs", l.157),
            # which the graph holds as no comparison claim (red team 79: "gives no claims" was false)
            raise NoAnswer(f"The graph holds no comparison claim with a factor for {names}")
        raise NoAnswer(f"The article gives no {stored.title} for {names}")
    labels = {lex.entities[i][0] for i in frame.subjects}
    if (
        not one_of_several
        and figure_column is not None
        and len(result.rows) == 1
        and result.rows[0][0] is not None
        and result.rows[0][0].value in labels
    ):
        # "Nvidia's market share": a report narrowed to the name its first column holds answers
        # with its figure, as stated (the first column only says again what was asked)
        from chipkg import figures

        row = result.rows[0]
        text = figures.figure(store, row[figure_column].value).text
        return Answer(reading, ["figure", *result.variables], [[_literal(text), *row]], sparql=stored.sparql)
    return Answer(reading, result.variables, result.rows, sparql=stored.sparql)


# --------------------------------------------------------------------------- the reading


def describe_frame(frame: F.Frame, lex: lexicon.Lexicon) -> str:
    """How the question was read, e.g. "chips · designed by Nvidia · memory HBM"."""
    head = {
        F.CHIPS: "chips",
        F.ORGS: "organizations",
        F.COUNT: "how many "
        + (
            "organizations"
            if frame.counting_orgs
            # "how many designers does the M4 have": the organizations of a relation named in the passive
            else f"organizations {_names(frame.subjects, lex)} is {_metric_label(F.Metric(frame.distinct), lex)}"
            if frame.distinct and frame.subjects and _metric_label(F.Metric(frame.distinct), lex).endswith(" by")
            else f"distinct values of {_metric_label(F.Metric(frame.distinct), lex)} the article names for "
            + _names(frame.subjects, lex)
            if frame.distinct and frame.subjects
            else f"distinct values of {_metric_label(F.Metric(frame.distinct), lex)} among the chips"
            if frame.distinct
            else "chips"
        ),
        F.VALUE: (
            f"the {_ask_noun(frame.metric.prop, lex)} of {', '.join(lex.entities[c][0] for c in frame.subjects)}"
            if frame.metric is not None
            and frame.metric.prop in C.CHIP_VALUED
            and frame.subjects
            and _metric_label(frame.metric, lex).endswith(" of")
            and _ask_noun(frame.metric.prop, lex)
            else f"what {', '.join(lex.entities[c][0] for c in frame.subjects)} is {_metric_label(frame.metric, lex)}"
            if frame.metric is not None and frame.metric.prop in C.CHIP_VALUED and frame.subjects
            # a relation named in the passive ("designed by"): "who Groq LPU is designed by"
            else f"who {', '.join(lex.entities[c][0] for c in frame.subjects)} is {_metric_label(frame.metric, lex)}"
            if frame.metric is not None and frame.subjects and _metric_label(frame.metric, lex).endswith(" by")
            else "the "
            + _metric_label(frame.metric, lex)
            + " of "
            + _of_part(frame.metric, ", ".join(lex.entities[c][0] for c in frame.subjects) or "the chip", lex)
        ),
        F.YESNO: "yes/no: "
        + (
            ", ".join(lex.entities[c][0] for c in frame.subjects)
            or f"the chip of {lex.entities.get(frame.org_class or '', ('?',))[0]}"
        )
        + (  # "does the MI350 beat the MI300 at inference": its claims against the other, above 1x
            f" compared with {lex.entities[frame.metric.baseline][0]} in a comparison claim, either way"
            if frame.compared and frame.metric is not None and frame.metric.baseline is not None
            else f"'s {_metric_label(frame.metric, lex)} of "
            + ("up to " if frame.factor_said[1] else "")
            + f"{format_number(frame.factor_said[0])}x"
            if frame.metric is not None and frame.metric.prop == CK + "claim" and frame.factor_said is not None
            else f"'s {_metric_label(frame.metric, lex)} above 1x"
            if frame.metric is not None and frame.metric.prop == CK + "claim"
            else ""
        ),
        F.TOP: (
            f"yes/no: {lex.entities[frame.claim][0]}'s {_metric_label(frame.metric, lex)} is "
            + ("the same as" if frame.same else "higher than" if frame.order == "desc" else "lower than")
            + " the other's"
            if frame.claim is not None and _names_chips(frame)
            else (f"yes/no: {lex.entities[frame.claim][0]} has " if frame.claim is not None else "")
            + ("the most " if frame.order == "desc" else "the least ")
            + _metric_label(frame.metric, lex)
            + _largest_memory(frame)
            + (" by stated numbers, hedges as stated" if frame.stated_order else "")
        ),
        F.RANK: (f"yes/no: {lex.entities[frame.claim][0]} is among " if frame.claim is not None else "")
        + "chips ranked by "
        + _metric_label(frame.metric, lex)
        + _largest_memory(frame)
        + (" (highest first)" if frame.order == "desc" else " (lowest first)")
        + (" by stated numbers, hedges as stated" if frame.stated_order else "")
        + (f", top {frame.n}" if frame.n else ""),
        F.COMPARE: "compare " + ", ".join(lex.entities[c][0] for c in frame.subjects),
        F.PARTS: "the parts of " + ", ".join(lex.entities[c][0] for c in frame.subjects),
        F.GENERATION: "the generation of "
        + (" ".join(frame.part) + " of " if frame.part else "")
        + ", ".join(lex.entities[c][0] for c in frame.subjects),
        F.REPORT: f"the report {frame.report}"
        + (" · its top rows" if frame.n == 1 else "")
        + "".join(f" {k}={v}" for k, v in frame.report_params)
        + (" for " + ", ".join(lex.entities[c][0] for c in frame.subjects) if frame.subjects else "")
        + (f" · rows about {lex.terms[frame.report_kind][0]}s only" if frame.report_kind else ""),
    }[frame.ask]
    if frame.per_chip:  # "which chip supports the most data formats": each chip's values counted
        label = _metric_label(F.Metric(frame.distinct or ""), lex)
        head = (
            f"the chips with the most values of '{label}'" if frame.top_groups else f"each chip's values of '{label}'"
        )
    parts = [
        "the most chips" if frame.top_groups and not frame.per_chip else head
    ]  # "which foundry makes the most chips"
    if frame.group_by:
        parts.append("per " + lex.terms.get(frame.group_by, (frame.group_by, False))[0])
    parts += [_describe_constraint(k, lex) for k in frame.constraints]
    if frame.claimant:  # "by d-Matrix's claim": whose claim the figure is, checked
        who = ", ".join(lex.entities[c][0] for c in frame.claimant)
        if frame.ask == F.VALUE:  # answered as the article gives each figure: a stated one is no claim
            parts.append(f"asked as {who}'s claim: each figure as the article gives it, stated or '(vendor claim)'")
        else:
            parts.append(f"as {who}'s claim")
    if frame.premises:  # "(the 5nm one)": said of the chip, checked
        parts.append("taken as said of it: " + " and ".join(_describe_constraint(k, lex) for k in frame.premises))
    for chip, premises in frame.chip_premises:  # "compare A (the 5nm one) and B": said of A, checked
        parts.append(
            f"taken as said of {lex.entities[chip][0]}: " + " and ".join(_describe_constraint(k, lex) for k in premises)
        )
    for text, chip, _what, _numbers in frame.riders:  # "treating the M4's 'up to' figure as its peak": checked
        parts.append(
            f"taken as said of {lex.entities[chip][0]}: {text!r}" if chip != "*" else f"taken as said: {text!r}"
        )
    if frame.link_purpose is not None:  # "connect to the host over PCIe 4.0": checked of each chip
        end = "host" if frame.link_purpose == CK + "ChipToHost" else frame.link_purpose.rsplit("#", 1)[-1]
        parts.append(f"linked to the {end} (checked)")
    if frame.restated:  # "finer than 6nm, i.e. 5nm or below": said again, checked to be the same
        parts.append("said again as " + " · ".join(_describe_constraint(k, lex) for k in frame.restated))
    if frame.unit_width is not None:  # "(four 64-bit controllers)": said of the units, checked
        parts.append(f"each {frame.unit_width[1]}-bit")
    if frame.grid is not None:  # "the MTIA v2's 8x8 grid": said of the count, checked
        parts.append(f"laid out in a grid of {frame.grid[0]}x{frame.grid[1]}")
    if frame.chip_scope:
        parts.append("figures given per chip only")
    unhedged = sorted(
        {q for m in (frame.metric, *frame.constraints) if isinstance(m, (F.Metric, F.Measure)) for q in m.unhedged}
    )
    if unhedged:  # "(no 'up to')": CK's UpperBound read "upper bound"
        said = ["".join(" " + x.lower() if x.isupper() else x for x in q.rsplit("#", 1)[-1]).strip() for q in unhedged]
        parts.append("no figure of qualifier " + " or ".join(said))
    if frame.scope:
        parts.append(_scope_words(frame.scope, lex))
    if frame.metric is not None and frame.metric.purposes:  # ck:ChipToHost: "links chip to host"
        said = [
            "".join(" " + x.lower() if x.isupper() else x for x in p.removeprefix(CK)).strip()
            for p in frame.metric.purposes
        ]
        parts.append("links " + " or ".join(said))
    return " · ".join(parts) + (" " + F.typos_read(frame.typos) if frame.typos else "")


def _names(iris: tuple[str, ...], lex: lexicon.Lexicon) -> str:
    return " or ".join(lex.entities[i][0] if i in lex.entities else i for i in iris)


def _with_narrower(iris: tuple[str, ...], lex: lexicon.Lexicon) -> str:
    """The names, and the narrower kinds a constraint on them also takes in (skos:broader): "LPDDR4
    (LPDDR4X included)", so an LPDDR4X chip in the answer to "lpddr4 chips" says why it is there."""
    narrower = sorted(
        lex.entities[n][0]
        for n, wider in lex.broader.items()
        if n in lex.entities and n not in iris and set(wider) & set(iris)
    )
    return _names(iris, lex) + (f" ({', '.join(narrower)} included)" if narrower else "")


def _with_article(noun: str) -> str:
    """'an AI chip', 'an ASIC', 'an LPU', 'a GPU', 'a liquid-cooled chip': the article a reader hears.

    An initialism is read letter by letter, so its article follows the first letter's name (F is
    "eff", U is "you").
    """
    first = noun.split(" ", 1)[0]
    if first.isupper() and len(first) > 1:
        vowel_sound = first[0] in "AEFHILMNORSX"
    else:  # "a unicorn startup", "a European ...": a vowel letter said "you"
        vowel_sound = first[:1].lower() in ("a", "e", "i", "o", "u") and not re.match(
            r"(?i)(?:uni|use|usu|eu|one)", first
        )
    return ("an " if vowel_sound else "a ") + noun


def _describe_constraint(k: Any, lex: lexicon.Lexicon) -> str:
    from chipkg.units import humanize

    def term(iri: str) -> str:
        # a class with no word of its own in the lexicon (ck:ProcessNode, whose words are the
        # relation's): its local name as words ("process node")
        local = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", iri.rsplit("#", 1)[-1]).lower()
        return lex.terms.get(iri, (local, False))[0]

    if isinstance(k, F.Relation):
        what = _with_narrower(k.values, lex) if k.values else _with_article(term(k.cls or ""))
        text = f"{term(k.prop)} {what}" if not k.inverse else f"{what} {term(k.prop)} it"
        if not k.values and not k.inverse and term(k.cls or "") == term(k.prop):
            text = f"has a {term(k.prop)}"  # "which chips have a process node stated": any node
        return ("not " + text) if k.negated else text
    if isinstance(k, F.Kind):
        return ("not " if k.negated else "") + _with_article(term(k.cls))
    if isinstance(k, F.Identity):
        return ("not " if k.negated else "one of ") + _names(k.chips, lex)
    if isinstance(k, F.Profiled):
        return "profiled in the article" if k.profiled else "only mentioned in the article"
    if isinstance(k, F.Unstated):
        return f"{k.words or 'no ' + term(k.prop)} (none stated)"
    if isinstance(k, F.Besides):
        return f"{term(k.prop)} {lex.entities[k.value][0]} other than {lex.entities[k.aside][0]}"
    if isinstance(k, F.SameAs):
        return f"the same {term(k.prop)} as {lex.entities[k.chip][0]}"
    if isinstance(k, F.Than):
        more = "more" if k.direction == "desc" else "less"
        return f"{more} {_metric_label(k.metric, lex)} than {lex.entities[k.chip][0]}"
    if isinstance(k, F.Memory):
        bits = ["memory"]
        if k.technology:
            bits.append(_with_narrower((k.technology, *k.alternatives), lex))
        if k.on_chip is not None:
            bits.append("on-chip" if k.on_chip else "off-chip")
        return " ".join(bits)
    if isinstance(k, F.Measure):
        dimension = C.MEASURE_DIMENSIONS.get(k.prop, "count")
        shown = "flops" if k.unit_kind == "FLOPS" else dimension

        def h(v: float) -> str:
            return humanize(v, shown if shown != "area" else "area")

        label = _metric_label(F.Metric(k.prop, k.technology, k.on_chip, k.precision, k.unit_kind, k.counts), lex)
        if k.nominal_read:  # "a nominal clock of 400 MHz": a nominal figure read at its number
            label = f"nominal {label}"
        if k.hedged:  # "the transistor count given as a lower bound": CK's LowerBound read "lower bound"
            said = [
                "".join(" " + x.lower() if x.isupper() else x for x in q.rsplit("#", 1)[-1]).strip() for q in k.hedged
            ]
            label = f"{label} stated as {' or '.join(said)}"
        if k.low is None and k.high is None and k.counts and k.prop == CK + "computeUnits":
            return f"a chip with a stated {lex.entities[k.counts][0]} count"  # its units are of that kind
        if k.low is None and k.high is None:
            return f"has a {label}"
        if k.low is not None and k.high is not None and k.low == k.high:
            return f"{label} = {h(k.low)}"
        bits = []
        if k.low is not None:
            bits.append(f"{'>=' if k.low_inclusive else '>'} {h(k.low)}")
        if k.high is not None:
            bits.append(f"{'<=' if k.high_inclusive else '<'} {h(k.high)}")
        return f"{label} {' and '.join(bits)}"
    if isinstance(k, F.OrgOfChips):
        inner = [_describe_constraint(c, lex) for c in k.constraints]
        return f"{term(k.prop)} of chips" + (" (" + " · ".join(inner) + ")" if inner else "")
    if isinstance(k, F.TopOf):
        return "the chip(s) with " + describe_frame(k.frame, lex)
    return str(k)
