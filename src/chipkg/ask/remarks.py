"""Remarks in a question, read by what they do: "(explicitly, not inferred from the product name)",
"(design, not fabrication)", "(I'm not asking about capacity, just presence)".

An analyst's question carries asides about the evidence, the measure or the scope. Each part of
one (between commas, or from a negation on) is read as one of:

(a) **evidence**: a way of reading the article that ask never takes, set aside ("not inferred from
    ...", "not merely implied by ...", "don't round": words.tsv role ``never``). The graph holds
    what the article states and ask compares the figures as stated, so the part changes nothing,
    except beside a kind of chip or organization (the reasoner may infer a type): refused there.
(b) **restatement**: a property or name the question already asks ("design" beside "designed by",
    "just the node" beside a process node), or "per chip". Checked against the frame: a property
    said that the frame does not use contradicts the reading, and the question is refused.
(c) **set aside, unused**: a property the answer does not rest on ("not capacity" beside a chip
    list by memory technology, "excluding interconnect links" beside memory bandwidth; "I'm not
    asking about ..." says the same, words.tsv role ``asking``). Checked against the frame: set
    aside while the frame uses it, the question is refused.

Also: names of one family counted as one ("(counting HBM3 as HBM)", role ``alike``), "(any
capacity)" (no condition on it, checked absent), "(where a clock is given)" (role ``where``:
checked present), "only" (beside one figure asked only), and a lack said of one chip's relation
("the article gives no foundry", negations valued ``lack``), kept for the graph check.

Anything else (a kind of chip or a name set aside, which would leave chips out; a number; an
unknown word; a positive "inferred" or "rounded") is not a remark here: :func:`read` returns None
and the parenthesis is read as before, refused where it was.

The checks of (b) and (c) need the frame, so they are kept as :class:`Check` and tried by
:func:`check` once the question is read. The words are data: words.tsv roles ``never`` and
``asking``; properties and classes come from the ontology's labels.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from chipkg.ask import frame as F
from chipkg.ask.compile import MEASURES, RELATIONS
from chipkg.ask.lexicon import NARROWING_KINDS, phrase_class, roles_in, tokens
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK

#: roles of words that change nothing inside a remark (articles, source hedges, "just")
_QUIET = ("filler", "aux", "wh", "who", "only")


class Check(NamedTuple):
    """What a remark says of the frame: ``kind`` "absent" (the frame uses none of ``iris``; for a
    compound, not all of its words), "present" (it uses one of them), "given" (present, with no
    negation asked), "figureless" (given, and the chips with no such figure are left out as asked:
    Frame.figureless_aside), "stated" (it asks no kind, which the reasoner may infer), "chips" (it does not
    ask for organizations), "count" (it asks how many), "counted" (it counts or lists chips),
    "scoped" (it asks a figure of a scope other than the chip), "otherscope" (it asks one figure of
    a scope, none of ``iris``: "a Gaudi 3 node (setting aside the cluster figure)"), "value" (it asks
    one figure), "figure" (it asks one figure of a measure), "holds" (it asks a relation of
    ``iris[0]``, its properties joined by "|", with the value ``iris[1]``), "unitkind" (every
    performance figure it compares is in the unit ``iris[0]``, "FLOPS" or "OPS"), "notunit" (none is), "orgs" (it asks
    for organizations: "not chips" beside them); ``text``: the remark's words, to name in a refusal."""

    kind: str
    iris: tuple[str, ...]
    text: str


class Reading(NamedTuple):
    """A parenthesis read as a remark: ``per_chip`` if it says per-chip figures (kept as "per
    chip" is), the checks it leaves for the frame, and ``unstated``: relations it says the article
    gives none of ("the article gives no foundry"), kept as "(the article names no foundry)" is:
    checked in the graph for one named chip's figure, refused elsewhere."""

    per_chip: bool
    checks: tuple[Check, ...]
    unstated: tuple[str, ...] = ()


def unit_kind(word: str) -> str | None:
    """FLOPS or OPS, as a performance word says ("TFLOPS", "TOPS", "operations per second",
    "floating-point performance", "integer throughput")."""
    word = word.lower().replace("-", " ")
    if "flop" in word or word.startswith("floating point"):
        return "FLOPS"
    if word.endswith("ops") or word.startswith(("operations", "integer")):
        return "OPS"
    return None


def _is_class(iri: str, lex: Any) -> bool:
    return bool(lex.terms.get(iri, ("", False))[1])


def _chip_class(iri: str, lex: Any) -> bool:
    return lex.is_kind(iri, CK + "Chip")


def _parts(inner: list[Any]) -> list[list[Any]]:
    """The remark's parts: between commas, and a new one at each negation ("design not fabrication")."""
    parts: list[list[Any]] = [[]]
    for x in inner:
        if x.kind == "comma":
            parts.append([])
            continue
        if x.kind == "word" and x.role in ("neg", "contrast") and parts[-1]:
            parts.append([])
        parts[-1].append(x)
    return [p for p in parts if p]


def _text(part: list[Any]) -> str:
    return " ".join(x.text for x in part)


def read(inner: list[Any], outside: list[str], outside_terms: set[str], lex: Any) -> Reading | None:
    """``inner``: the items of a parenthesis; ``outside``: the names, ``outside_terms`` the
    vocabulary of the rest of the question. None: not a remark this module reads."""
    counted = _counted_alike(inner, outside, lex)
    if counted is not None:
        return counted
    parts = _parts(inner)
    whichever = [p for p in parts if _whichever(p, lex) is not None]
    if not whichever and not any(
        x.kind == "word" and x.role in ("neg", "contrast", "never", "asking", "where") for x in inner
    ):
        return None  # a parenthesis with no negation and no word of these roles is read in place
    checks: list[Check] = []
    unstated: list[str] = []
    per_chip = False
    beyond = False  # a part says "not merely X"
    said_more = False  # a part says what is asked, with no negation ("the foundry named")
    asked: list[tuple[str, ...]] = []  # the properties it says (ck:manufacturedBy of "the foundry")
    for part in parts:
        if part in whichever:  # "(any capacity)": no condition on it, checked
            checks.append(Check("absent", tuple("|".join(p) for p in _whichever(part, lex) or []), _text(part)))
            continue
        if whichever and all(
            x.kind == "word" and (x.role == "gloss" or x.value == "phrasing" or x.role in _QUIET) for x in part
        ):
            continue  # "(any capacity, including unstated)": a chip with no such figure counts too
        if part[0].kind == "word" and part[0].role == "where":
            said = [x for x in part[1:] if not (x.kind == "word" and x.role in _QUIET)]
            if not said or any(x.kind != "term" or any(_is_class(t, lex) for t in x.terms) for x in said):
                return None
            checks.extend(Check("given", tuple(x.terms), _text(part)) for x in said)
            continue
        negated = part[0].kind == "word" and part[0].role in ("neg", "contrast")
        # "not merely the node", "not just the node": the node is asked, and more than it (checked:
        # another part says what more, and the frame uses both)
        merely = negated and any(x.kind == "word" and (x.value == "only" or x.role == "only") for x in part[1:2])
        # "(excluding its separately stated SRAM)": what is set aside is stated apart, as every figure is
        body = [
            x
            for x in (part[1:] if negated else part)
            if not (x.kind == "word" and (x.role in _QUIET or (negated and x.role == "apart")))
        ]
        merely_said = [x for x in body if not (x.kind == "word" and x.role == "only")]
        if merely and merely_said and all(x.kind == "term" for x in merely_said):
            # "not merely the node": whether the node is asked or not, it is not all that is asked;
            # what more is asked is another part's, checked there (none: not read)
            if not all(any(not _is_class(t, lex) for t in x.terms) for x in merely_said):
                return None  # "not merely GPUs": a kind, which would leave chips out
            beyond = True
            continue
        body = [x for x in body if not (x.kind == "word" and x.role == "asking")]  # "(I'm not) asking about"
        while negated and body and body[0].kind == "word" and body[0].role in ("or", "and"):
            body = body[1:]  # "not any of its TOPS figures", "not either ...": what follows is set aside
        if (
            not negated
            and any(x.kind == "word" and x.role == "only" for x in part)
            and not any(x.kind == "word" and x.role in ("scope", "chipscope") for x in body)
        ):
            # "(the node only)": one figure asked is that figure alone; beside a list, "only" would
            # say a chip has nothing else, which the article's lists cannot tell ("(per-chip figures
            # only)" says which figures count, read below)
            checks.append(Check("value", (), _text(part)))
        if not body:
            if negated:
                return None  # "not" with nothing to set aside
            continue
        if body[0].kind == "word" and body[0].role == "never":
            if not negated:
                return None  # "(inferred from the name)", "(rounded)": a way of reading ask does not take
            checks.append(Check("stated", (), _text(part)))
            continue  # what follows names where an inference would come from: nothing ask reads
        if any(x.kind == "word" and x.role in ("scope", "chipscope") for x in body):
            scopes = [x for x in body if x.kind == "word" and x.role in ("scope", "chipscope")]
            rest = [x for x in body if x not in scopes and not (x.kind == "word" and x.role in ("or", "and"))]
            if rest:
                return None
            if negated and all(x.role == "scope" for x in scopes):
                per_chip = True  # "ignoring system-level figures": per-chip ones (as "not per node" reads)
            elif negated and all(x.role == "chipscope" for x in scopes):
                checks.append(Check("scoped", (), _text(part)))  # "per die (not per chip)": checked
            elif not negated and all(x.role == "chipscope" for x in scopes):
                per_chip = True  # "per chip"
            else:
                return None
            continue
        if negated and part[0].value == "lack":
            lacking = _lacking(body, lex)
            if lacking is None:
                return None  # "(no power figure)" beside a list: a constraint, read as before
            unstated.append(lacking)
            continue
        if not negated:  # "the foundry named": what is asked, checked if a part says "not merely" another
            said_more = True
            props = [tuple(t for t in x.terms if not _is_class(t, lex)) for x in body if x.kind == "term"]
            asked.extend(p for p in props if p)
        groups: list[list[Any]] = [[]]
        for x in body:
            if x.kind == "word" and x.role in ("or", "and"):
                groups.append([])
            else:
                groups[-1].append(x)
        for group in groups:
            if not group:
                return None
            made = _group_check(group, negated, outside, outside_terms, lex, _text(part))
            if made is None:
                return None
            checks.extend(made)
    if beyond:
        if not said_more:
            return None  # "(not merely the node)" alone does not say what more is asked
        checks.extend(Check("present", p, " ".join(x.text for x in inner)) for p in asked)
    if not checks and not per_chip and not unstated:
        return None
    return Reading(per_chip, tuple(checks), tuple(unstated))


def says_any(inner: list[Any], lex: Any) -> bool:
    """Whether a part of the parenthesis is "any <property>" ("(any capacity)")."""
    return any(_whichever(p, lex) is not None for p in _parts(inner))


def _whichever(part: list[Any], lex: Any) -> list[tuple[str, ...]] | None:
    """The properties of a part "any capacity" (words.tsv: "any" valued ``whichever``), or None."""
    if not (part[0].kind == "word" and part[0].value == "whichever"):
        return None
    said = [x for x in part[1:] if not (x.kind == "word" and x.role in _QUIET)]
    if not said or any(x.kind != "term" or any(_is_class(t, lex) for t in x.terms) for x in said):
        return None
    return [tuple(x.terms) for x in said]


def _lacking(body: list[Any], lex: Any) -> str | None:
    """The one relation of "no foundry", "no precision" (a property word, with its kind's word
    beside it: ck:Foundry, ck:manufacturedBy), or None."""
    if len(body) != 1 or body[0].kind != "term":
        return None
    props = [t for t in body[0].terms if not _is_class(t, lex)]
    if len(props) != 1 or props[0] == CK + "precision":
        return None  # precision has its own reading ("no precision given": parse.asides._clarifying)
    return props[0]


def _counted_alike(inner: list[Any], outside: list[str], lex: Any) -> Reading | None:
    """ "(counting HBM3 as HBM)", "(HBM and HBM3 counted alike)": names of one family counted as
    one. ask counts a narrower technology under a broader one the question names, so with the
    broadest said by the question (and used by the frame: checked) it changes nothing; any other
    ("counting HBM as HBM3" widens HBM3) would change the answer, and is refused, not read in place.
    None: not such a parenthesis."""
    said = [x for x in inner if not (x.kind == "word" and x.role in _QUIET)]
    counting = [
        x
        for x in inner
        if x.kind == "word"
        and (x.role in ("count", "alike") or (x.role == "filler" and x.value in ("counting", "admit")))
    ]
    names = [x for x in said if x.kind == "entity"]
    if not counting or len(names) < 2:
        return None
    if any(
        x not in counting and x.kind not in ("entity", "comma") and not (x.kind == "word" and x.role == "and")
        for x in said
    ):
        return None
    family = [e for x in names for e in x.entities]
    broadest = [e for e in family if all(e == o or e in lex.broader.get(o, []) for o in family)]
    if len(broadest) != 1 or broadest[0] not in outside:
        raise _refuse(
            " ".join(x.text for x in inner), "it counts one name as another, which would widen what the question asks"
        )
    return Reading(False, (Check("present", (broadest[0],), " ".join(x.text for x in inner)),))


def _relative_claim(group: list[Any]) -> bool:
    """A claim of a chip against an earlier one of its line: a word for the generation (words.tsv
    ``lineref``: "its predecessor", "the previous generation") with a word for how it compares (a
    claim's term, "increase"; a ``remark`` of quality, "doubling"; the comparisons report's word), and
    nothing else but comparators and fillers."""
    line = any(x.kind == "word" and x.role == "lineref" for x in group)
    compared = any(
        (x.kind == "term" and CK + "claim" in x.terms)
        or (x.kind == "word" and x.role == "remark" and x.value == "quality")
        or (x.kind == "report" and x.value == "comparisons")
        for x in group
    )
    rest_quiet = all(
        x.kind == "word"
        and x.role in (*_QUIET, "lineref", "compare", "cmp", "remark")
        or (x.kind == "term" and CK + "claim" in x.terms)
        or (x.kind == "report" and x.value == "comparisons")
        for x in group
    )
    return line and compared and rest_quiet


def _group_check(
    group: list[Any], negated: bool, outside: list[str], outside_terms: set[str], lex: Any, text: str
) -> list[Check] | None:
    """One thing of a part ("interconnect links", "design", "the node"): properties, as a check;
    None for anything else."""

    props: list[tuple[str, ...]] = []
    extra: list[Check] = []
    orgs = counted = False
    if negated and _relative_claim(group):
        # "(not the 'doubling' relative to its predecessor)", "(not the increase over the previous
        # generation)": a claim against the chip's line (ck:claim) is set aside, checked absent
        return [Check("absent", (CK + "claim",), text)]
    if negated and any(x.kind == "term" and CK + "onChip" in x.terms for x in group):
        # "(I'm not asking about the on-die memory)": where a memory is, which a figure of SRAM is
        # (on the die) without the frame saying so; read as a set-aside of the figures, checked
        # against each one answered (parse.asides), never as a property the frame does not use
        return None
    said = [x for x in group if not (x.kind == "word" and x.role in ("or", "and", *_QUIET))]
    kinds = {unit_kind(x.text) if x.kind == "term" and CK + "performance" in x.terms else None for x in said}
    if negated and said and len(kinds) == 1 and None not in kinds:
        # "(not TOPS or OPS)" beside FLOPS: no performance figure compared is in that unit
        return [Check("notunit", (kinds.pop() or "",), text)]
    for x in group:
        if x.kind == "term":
            classes = [t for t in x.terms if _is_class(t, lex)]
            if classes and negated and len(classes) < len(x.terms) and not any(_chip_class(c, lex) for c in classes):
                # "not the foundry" (ck:Foundry, ck:manufacturedBy): beside chips, the relation;
                # organizations asked for might be foundries, so only chips may be asked
                props.append(tuple(x.terms))
                orgs = True
                continue
            if negated and tuple(x.terms) == (CK + "Chip",) and len(group) == 1:
                return [Check("orgs", (), text)]  # "(organizations, not chips)": checked, organizations asked
            if classes:
                broader = {c for t in outside_terms for c in lex.subclasses.get(t, [t])}
                if negated or not set(x.terms) & broader:
                    return None  # "(not GPUs)": chips left out; a kind the question does not name
                continue  # "the chips", "the companies" beside "hyperscalers": said again
            props.append(tuple(x.terms))
            if not negated and CK + "performance" in x.terms and unit_kind(x.text) is not None:
                # "(its TOPS, not its clock)": performance in that unit alone, checked as "(TOPS
                # only)" is (every performance figure compared is in it)
                extra.append(Check("unitkind", (unit_kind(x.text) or "",), text))
        elif x.kind == "entity":
            # "(not made by TSMC)" leaves chips out, and a name the question does not use is a
            # constraint: both read as before
            if negated or not all(e in outside for e in x.entities):
                return None
        elif x.kind == "word" and x.role == "count" and not negated:
            counted = True  # "(count the companies it lists)": a count, checked
        else:
            return None
    if not props:
        if negated:
            return None
        return [Check("count", (), text)] if counted else []
    if negated:
        # the thing set aside is absent when one of its properties is ("interconnect bandwidth"
        # beside memory bandwidth); a word of several properties counts only if none is used
        made = [Check("absent", tuple("|".join(p) for p in props), text)]
        return [*made, Check("chips", (), text)] if orgs else made
    return [Check("present", p, text) for p in props] + extra


_PATH_PROPS = re.compile(r"ck:(\w+)")


def uses(frame: F.Frame) -> set[str] | None:
    """The IRIs a frame's answer rests on: every IRI in it, and the properties its measures go
    through (a memory's bandwidth goes through ck:memory). None: a stored report, which may rest
    on anything."""
    if frame.ask == F.REPORT:
        return None
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value.startswith(CK) or "://" in value:
                found.add(value)
        elif isinstance(value, F.Memory):
            found.add(CK + "memory")
            for v in value:
                walk(v)
        elif isinstance(value, tuple):
            for v in value:
                walk(v)

    walk(frame)
    for prop in list(found):
        if prop in MEASURES:
            found.update(CK + p for p in _PATH_PROPS.findall(MEASURES[prop].path))
    if frame.metric is not None and (frame.metric.link or frame.metric.links_too):
        found.add(CK + "interconnect")  # "blackwell bandwidth": its links' bandwidth too
    return found


def rests_on(frame: F.Frame) -> set[str] | None:
    """What a frame's answer rests on (:func:`uses`), with the property ck:precision when it asks a
    figure of a precision ("FP8 performance"): a precision is held as the format's IRI, and a clause
    saying no precision is given ("I know no precision is given") is then about what the question asks.
    Relations the question says the chip states none of (``Frame.unstated``) are no part of the answer.
    None: a stored report."""
    found = uses(frame._replace(unstated=()))  # "(foundry not named)" already read as unstated of the chip
    if found is None:
        return None
    figures = [frame.metric, *frame.constraints, *frame.premises]
    if any(isinstance(k, (F.Metric, F.Measure)) and (k.precision or getattr(k, "precisions", ())) for k in figures):
        found.add(CK + "precision")
    return found


def _kinds(frame: F.Frame) -> bool:
    """Whether the frame asks a kind (a class the reasoner may infer for a chip or organization)."""

    def walk(value: Any) -> bool:
        if isinstance(value, F.Kind):
            # "accelerators" (ck:AIProcessor) is what the word for chips means, the chip's stated kind
            # (GPU, ASIC, AI accelerator) read through its subclass: no kind the question asks
            return value.cls not in NARROWING_KINDS
        if isinstance(value, F.OrgOfChips):
            return any(walk(v) for v in value.constraints)
        return False

    return frame.org_class is not None or frame.general_kind is not None or any(walk(k) for k in frame.constraints)


def check(frame: F.Frame, checks: list[Check]) -> None:
    """Refuse the frame if a remark contradicts it (see the module docstring)."""
    if not checks:
        return
    used = uses(frame)
    for c in checks:
        if c.kind == "stated":
            if used is None or _kinds(frame):
                raise _refuse(c.text, "a kind may be inferred by the graph's reasoner, not stated by the article")
            continue
        if used is None:
            raise _refuse(c.text, "a report's answer is not checked against remarks")
        if c.kind == "otherscope" and (frame.ask != F.VALUE or frame.scope in (None, CK + "PerChip", *c.iris)):
            raise _refuse(
                c.text, "it sets aside figures of other scopes, and the question asks no one figure of its own"
            )
        if c.kind == "scoped" and frame.scope in (None, CK + "PerChip"):
            raise _refuse(c.text, "the question asks no figure of another scope")
        if c.kind in ("given", "figureless") and (
            not set(c.iris) & used or any(getattr(k, "negated", False) for k in frame.constraints)
        ):
            raise _refuse(c.text, "the answer does not rest on that figure, so the condition would narrow it")
        if c.kind == "figure" and (frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in MEASURES):
            raise _refuse(c.text, "it sets aside figures of other kinds, and the question asks no one figure")
        if c.kind == "value" and frame.ask != F.VALUE:
            raise _refuse(c.text, "'only' beside a list would say a chip has nothing else")
        if c.kind == "counted" and frame.ask not in (F.COUNT, F.CHIPS):
            raise _refuse(c.text, "it says how to count chips, and the question neither counts nor lists them")
        if c.kind == "count" and frame.ask != F.COUNT:
            raise _refuse(c.text, "it says what to count, and the question does not ask how many")
        if c.kind == "orgs" and frame.ask != F.ORGS:
            raise _refuse(c.text, "it sets chips aside, and the question does not ask for organizations")
        if c.kind == "chips" and (frame.ask == F.ORGS or frame.counting_orgs):
            raise _refuse(c.text, "the organizations asked for may be of the kind it sets aside")
        # a compound set aside ("interconnect bandwidth") is absent when one of its words is; a
        # word of several readings ("make": design or manufacture) only when none of them is used
        if c.kind in ("shown", "hedgedfigures", "hedged", "unprofiled"):  # "hedge included", "lower bounds included"
            _included(frame, c)
            continue
        if c.kind == "precise":  # "(leave out figures with no stated precision)": each compared has one
            compared = [
                k
                for k in (frame.metric, *frame.constraints)
                if isinstance(k, (F.Metric, F.Measure)) and k.prop == CK + "performance"
            ]
            if not compared or not all(k.precision or getattr(k, "precisions", ()) for k in compared):
                raise _refuse(c.text, "the question as read compares figures of no named precision too")
            continue
        if c.kind == "notunit":  # "(not TOPS or OPS)": none compared in it ("(its clock, not its TOPS)": none)
            kinds = {
                k.unit_kind
                for k in (frame.metric, *frame.constraints)
                if isinstance(k, (F.Metric, F.Measure)) and k.prop == CK + "performance"
            }
            if kinds and kinds != {"OPS" if c.iris[0] == "FLOPS" else "FLOPS"}:
                raise _refuse(c.text, "the question as read compares figures in that unit")
            continue
        if c.kind == "unitkind":  # "(FLOPS only, not TOPS)": every performance figure compared is in FLOPS
            kinds = {
                k.unit_kind
                for k in (frame.metric, *frame.constraints)
                if isinstance(k, (F.Metric, F.Measure)) and k.prop == CK + "performance"
            }
            if kinds != {c.iris[0]}:
                raise _refuse(c.text, "the question as read does not compare figures in that unit alone")
            continue
        if c.kind == "absent" and all(set(word.split("|")) & used for word in c.iris):
            raise _refuse(c.text, "the question as read asks what the remark sets aside")
        if c.kind == "present" and not set(c.iris) & used:
            raise _refuse(c.text, "the question as read does not ask what the remark says it asks")
        if c.kind == "holds" and not _holds(frame.constraints, set(c.iris[0].split("|")), c.iris[1]):
            raise _refuse(c.text, "the question as read does not ask that relation of that name")


def _included(frame: F.Frame, c: Check) -> None:
    """ "hedge included" (``shown``): the answer shows figures, each with its hedge (a value, a most or
    a least, a ranking, a list by a figure); "hedged lower bounds included" (``hedged``, the
    qualifier): figures of that hedge count, as they do unless set aside (in a value, a list, a count
    or a yes/no that asks a figure, and a ranking of any hedge but a lower bound); "including products it
    mentions only in passing" (``unprofiled``): a list or count of chips that does not ask for
    profiled ones. Otherwise refused: the answer would not do what the remark says."""
    measures = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure))]
    if c.kind in ("shown", "hedgedfigures"):
        shows = frame.ask in (F.VALUE, F.TOP, F.RANK) or (
            frame.ask == F.CHIPS and any(isinstance(k, F.Measure) for k in frame.constraints)
        )
        # "how many chips have a transistor count (hedged figures included)": a chip with an "over"
        # figure has one, counted as it is anyway (none set aside)
        counted = (
            c.kind == "hedgedfigures"
            and frame.ask in (F.CHIPS, F.COUNT, F.YESNO)
            and bool(measures)
            and not frame.no_hedge
            and not any(k.unhedged for k in measures)
        )
        # "which chips are not suited to data centres (hedged statements included)": a list of chips
        # by a relation shows each fact's hedge and counts a hedged fact as any other (unless asked
        # "definitely")
        facts = (
            frame.ask in (F.CHIPS, F.COUNT)
            and not measures
            and not frame.definite
            and any(isinstance(k, F.Relation) for k in frame.constraints)
        )
        if not (shows or counted or facts):
            raise _refuse(c.text, "it keeps a figure's hedge, and the question shows no figure")
    elif c.kind == "hedged":
        # "(vendor 'up to' claims included)" beside the most FLOPS: a ranking places an upper bound,
        # a claim or a nominal figure at its stated number, as it does anyway; a lower bound it
        # cannot place ("over 20 billion" is no point on the scale), so not beside a ranking
        ranked = frame.ask in (F.TOP, F.RANK) and CK + "LowerBound" not in c.iris
        if (frame.ask not in (F.VALUE, F.CHIPS, F.COUNT, F.YESNO) and not ranked) or not measures:
            raise _refuse(c.text, "it counts figures of a hedge, and the question compares none so")
        if frame.no_hedge or any(set(c.iris) & set(k.unhedged) for k in measures):
            raise _refuse(c.text, "the question sets those figures aside too")
    elif (
        frame.ask not in (F.CHIPS, F.COUNT)
        or frame.counting_orgs
        or any(isinstance(k, F.Profiled) for k in frame.constraints)
    ):
        raise _refuse(c.text, "only a list or count of chips takes in the chips the article only mentions")


def _holds(constraints: tuple, props: set[str], value: str) -> bool:
    """Whether the constraints (of organizations' chips too) ask one of ``props`` with ``value``."""
    for k in constraints:
        if isinstance(k, F.Relation) and not k.negated and k.prop in props and value in k.values:
            return True
        if isinstance(k, F.OrgOfChips) and _holds(k.constraints, props, value):
            return True
    return False


def _refuse(text: str, why: str) -> NoAnswer:
    error = NoAnswer(f"I can't answer that: the remark '({text})' does not fit the question: {why}")
    error.suggestions = []  # type: ignore[attr-defined]
    return error


#: an aside between dashes ("chips — explicitly, not inferred — that ..."), or after one at the end
_DASHED = re.compile(r"\s+(?:—|–|--)\s+([^—–()]+?)\s+(?:—|–|--)\s+")
_DASHED_END = re.compile(r"\s+(?:—|–|--)\s+([^—–()]+?)\s*([?.!]?)\s*$")


#: a lead-in before a colon: "For a procurement shortlist: which chips ..."
_LEAD_IN = re.compile(r"^\s*([^():;?]{1,60}):\s+(?=\S)")


def dashes_as_parentheses(question: str, lex: Any) -> str:
    """An aside between dashes that holds a word of a remark (role ``never``, ``asking`` or
    ``alike``: "— explicitly, not inferred —") or a scope with a negation ("— per chip, not for a
    pod"), or a lead-in before a colon with no word that
    constrains ("For a procurement shortlist: ..."), is read as a parenthesis is: the tokenizer
    drops dashes and colons, which would leave their words in the sentence. Other dashes and
    colons are dropped as before ("chips — excluding Nvidia — with HBM" reads the exclusion)."""

    def roles(text: str) -> set[str]:
        return roles_in(text, lex.words, 3)

    def before(m: re.Match[str]) -> set[str]:
        return {t.lower() for t in tokens(m.string[: m.start()])}

    def remark(m: re.Match[str], end: str) -> str:
        said = roles(m.group(1))
        # "— per chip, not for a pod", "— the single-chip figure, not the cluster number": which
        # figure is meant, with another set aside, as a parenthesis says it (parse.asides._narrowing_aside)
        if said & {"never", "asking", "alike"} or (said & {"neg", "contrast"} and said & {"scope", "chipscope"}):
            return f" ({m.group(1)}){end}"
        aside = {t.lower() for t in tokens(m.group(1))}
        if said & {"neg"} and "both" in before(m) and aside & {"either", "one"}:
            # "both FP16 and FP32 — both formats, not either one": "both" said again (parse.asides._not_one)
            return f" ({m.group(1)}){end}"
        return m.group(0)

    question = _DASHED.sub(lambda m: remark(m, " "), question)
    question = _DASHED_END.sub(lambda m: remark(m, m.group(2)), question)
    constraining = {
        "neg",
        "contrast",
        "cmp",
        "cmp_after",
        "between",
        "super",
        "comparative",
        "only",
        "scope",
        "chipscope",
    }
    return _LEAD_IN.sub(lambda m: m.group(0) if roles(m.group(1)) & constraining else f"({m.group(1)}) ", question)


def figure_set_aside(clause: list[Any], lex: Any) -> bool:
    """Whether a clause is an exclusion (a negation valued ``exclude``, "setting aside", or "not
    counting") of one chip's figure: the chip's name, then (a hedge between) a number with its unit
    ("setting aside the Apple M4's up to 3.5 GHz"), or the name of one organization that designs
    chips ("excluding Qualcomm's 150 W": a figure of one of its chips, found when answered; read as a
    condition, the organization was negated and the figure asked for, and a count answered none)."""
    said = [y for y in figures_aside_said(clause, lex) if not (y.kind == "word" and y.role in _QUIET)]
    if len(said) >= 2 and said[0].kind == "word" and said[0].role == "neg" and said[1].role == "count":
        said = [said[0]._replace(value="exclude"), *said[2:]]  # "not counting"
    return (
        len(said) >= 3
        and said[0].kind == "word"
        and said[0].role == "neg"
        and said[0].value == "exclude"
        and said[1].kind == "entity"
        and (
            all(CK + "Chip" in lex.entities.get(e, ("", ()))[1] for e in said[1].entities)
            or (len(said[1].entities) == 1 and any(said[1].entities[0] in d for d in lex.designers.values()))
        )
        and any(y.kind == "qty" for y in said[2:4])
    )


def figureless_left_out(inner: list[Any], outside: list[str], lex: Any) -> tuple[Check, ...] | None:
    """ "(chips whose SRAM size is not given are left out)", "(so a chip whose HBM capacity is not given
    does not qualify)", ", omitting any 7 nm chip for which no clock is stated": chips with no figure
    of a measure, left out. Every list, count, ranking and most already leaves such a chip out (a chip
    with no figure is never compared), so the part restates what the answer does, if the answer
    rests on that measure: read as a check "given" of the measure (it must be one the frame compares,
    with no negated condition, which would keep a figureless chip) and "present" of a memory said
    with it ("whose HBM capacity": the measure of HBM), never dropped unread.

    The form: a negation that leaves out (words.tsv ``neg`` valued ``exclude``: "omitting", "left
    out", "does not qualify") first or last; a word for chips ("chips", "any chip"), names said
    outside it before it ("any 7 nm chip"); then a relative clause ("whose", "for which"; none
    needed after a lack, "chips with no stated clock") of one negation that is no exclusion, the
    measure's words and memories named outside. Fillers and auxiliaries change nothing. Anything
    else (a chip's name, a kind, a number, a second measure of another memory ...): None, read as
    before."""
    said = [x for x in inner if not (x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "aux")))]
    while said and said[0].kind == "word" and said[0].role == "and":
        said = said[1:]  # "(counting HBM3 as HBM, and leaving aside ...)": its last part, the first read apart
    if len(said) < 4:
        return None

    def leaves_out(x: Any) -> bool:
        return x.kind == "word" and x.role == "neg" and x.value == "exclude" and x.text != "besides"

    if leaves_out(said[0]):
        said = said[1:]
    elif leaves_out(said[-1]):
        said = said[:-1]
    else:
        return None
    # "SRAM with no stated size": a memory the question names, with no figure of what is asked
    memory_head = (
        said[0].kind == "entity"
        and bool(said[0].entities)
        and all(e in outside and CK + "MemoryTechnology" in lex.entities.get(e, ("", ()))[1] for e in said[0].entities)
        and len(said) > 1
        and said[1].kind == "word"
        and said[1].role == "neg"
        and said[1].value == "lack"
    )
    chip = next((k for k, x in enumerate(said) if x.kind == "term"), None)
    if memory_head:
        chip = 0
    elif _any_where(inner, said):
        chip = -1  # "skip any where no size is given": "any" says the chips
    elif chip is None or said[chip].terms not in ((CK + "Chip",), (CK + "memory",)):
        return None  # "chips whose ...", "any memory whose capacity is not given" (set 39)
    if chip >= 0 and not all(x.kind == "entity" and all(e in outside for e in x.entities) for x in said[:chip]):
        return None  # "any 7 nm chip": a name said outside, again
    clause = said[chip + 1 :]
    if (
        clause
        and clause[0].kind == "word"
        and clause[0].role in ("who", "wh", "where")
        and clause[0].text.lower() in _RELATIVE
    ):
        clause, relative = clause[1:], True
    else:
        relative = False
    negs = [x for x in clause if x.kind == "word" and x.role == "neg"]
    if len(negs) != 1 or leaves_out(negs[0]) or not (relative or negs[0].value == "lack"):
        return None
    measures: list[str] = []
    memories: list[str] = []
    for x in clause:
        if x is negs[0]:
            continue
        if x.kind == "term" and x.terms and all(t in MEASURES for t in x.terms):
            measures.extend(x.terms)
        elif x.kind == "term" and [t for t in x.terms if t in RELATIONS] and chip == 0 and not memory_head:
            # "(ignoring chips whose foundry isn't named)" beside "TSMC manufactures" (set 68): a relation
            # the frame must ask of a name (checked "given"), which every answer then states
            measures.extend(t for t in x.terms if t in RELATIONS)
        elif (
            x.kind == "entity"
            and x.entities
            and all(e in outside and CK + "MemoryTechnology" in lex.entities.get(e, ("", ()))[1] for e in x.entities)
        ):
            memories.extend(x.entities)
        else:
            return None
    if not measures:
        return None
    if memory_head:
        memories = [*said[0].entities, *memories]
    text = " ".join(x.text for x in inner)
    return (
        Check("figureless", tuple(dict.fromkeys(measures)), text),
        *(Check("present", (e,), text) for e in memories),
    )


def _any_where(inner: list[Any], said: list[Any]) -> bool:
    """ "(skipping any where no size is given)", "(omitting those for which no clock is stated)": the
    exclusion, "any" (or "ones", "those") and right after it the relative clause, with no noun: the
    chips said by the pronoun. ``said``: the exclusion's words after it, fillers gone."""
    at = next((k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg" and x.value == "exclude"), None)
    return (
        at is not None
        and at + 2 < len(inner)
        and inner[at + 1].kind == "word"
        and inner[at + 1].text.lower() in ("any", "ones", "those")
        and inner[at + 2].kind == "word"
        and inner[at + 2].text.lower() in _RELATIVE
        and bool(said)
        and said[0] is inner[at + 2]
    )


def imprecise_left_out(inner: list[Any]) -> Check | None:
    """ "Leave out any TOPS figure whose precision the article does not name.", "(leaving out figures
    with no stated precision)": performance figures of no named precision, left out. A ranking, a most
    or a list by a figure of a named precision (INT8, FP16) compares no other figure, so the part
    restates what the answer does: read as a check "precise" of the frame (each performance figure it
    compares has a precision), refused where one does not (red team 63, sets 58 and 59: "'leave out'
    and 'not' negate one thing twice").

    The form: a negation that leaves out (words.tsv ``neg`` valued ``exclude``) first or last; words for
    performance figures ("TOPS", "figures"); then "whose precision" and one negation that is no exclusion
    ("the article does not name"), or a lack and "precision" ("with no stated precision"). Fillers and
    auxiliaries change nothing; anything else (a name, a number, another measure): None."""
    said = [x for x in inner if not (x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "aux")))]
    while said and said[0].kind == "word" and said[0].role == "and":
        said = said[1:]

    def leaves_out(x: Any) -> bool:
        return x.kind == "word" and x.role == "neg" and x.value == "exclude" and x.text != "besides"

    if said and leaves_out(said[0]):
        said = said[1:]
    elif said and leaves_out(said[-1]):
        said = said[:-1]
    else:
        return None
    while said and said[0].kind == "term" and said[0].terms == (CK + "performance",):
        said = said[1:]  # "any TOPS figure", "throughput figures"
    relative = (
        bool(said) and said[0].kind == "word" and said[0].role in ("who", "wh") and said[0].text.lower() in _RELATIVE
    )
    if relative:
        said = said[1:]
    negs = [x for x in said if x.kind == "word" and x.role == "neg"]
    precision = [x for x in said if x.kind == "term" and x.terms == (CK + "precision",)]
    if len(said) != 2 or len(negs) != 1 or len(precision) != 1 or leaves_out(negs[0]):
        return None
    if not (relative or (negs[0].value == "lack" and said[0] is negs[0])):
        return None  # "with no stated precision": the lack before the word; "whose precision ... not"
    return Check("precise", (), " ".join(x.text for x in inner))


def _names_figure_aside(x: Any, lex: Any) -> bool:
    """A name whose figure can be set aside: a chip's, or an organization's that designs chips."""
    return x.kind == "entity" and (
        all(CK + "Chip" in lex.entities.get(e, ("", ()))[1] for e in x.entities)
        or (len(x.entities) == 1 and any(x.entities[0] in d for d in lex.designers.values()))
    )


def _node_size(x: Any, lex: Any) -> float | None:
    """The feature size, in metres, of the one process node ``x`` names ("40nm"), read from its label;
    None for anything else."""
    if x.kind != "entity" or len(x.entities) != 1:
        return None
    label, classes = lex.entities.get(x.entities[0], ("", ()))
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*nm", label.strip())
    if CK + "ProcessNode" not in classes or found is None:
        return None
    return float(found.group(1)) * 1e-9


def figures_aside_said(items: list[Any], lex: Any) -> list[Any]:
    """ "other than the 128 GB of Intel", "minus Intel's 128 GB", "without the e150's 200 W" (red team
    73): one chip's (or designer's) figure set aside, said with the number before the name, or after
    "minus" or "without", as "excluding Intel's 128 GB" says it: the words put so (the name, then the
    number; the negation one that excludes), to be read as that is (:func:`figure_set_aside`). Read
    as they stood, "not designed by Intel and 128 GB" ranked Trillium alone. Only where the figure
    runs to the end of its clause (a comma, a parenthesis's end, the question's)."""
    out = list(items)
    k = 0
    while k < len(out):
        x = out[k]
        excluding = x.kind == "word" and (
            (x.role == "neg" and x.value == "exclude") or x.text.lower() in ("without", "minus")
        )
        if not excluding:
            k += 1
            continue
        j = k + 1
        while j < len(out) and out[j].kind == "word" and out[j].role == "filler" and not out[j].value:
            j += 1  # "the"
        ends = lambda at: at >= len(out) or out[at].kind in ("comma", "close")  # noqa: E731
        # "the 128 GB of Intel": a number, "of", (the) a name, the clause's end
        if j + 2 < len(out) and out[j].kind == "qty" and out[j + 1].text.lower() == "of":
            n = j + 2
            while n < len(out) and out[n].kind == "word" and out[n].text.lower() == "the":
                n += 1
            if n < len(out) and _names_figure_aside(out[n], lex) and ends(n + 1):
                neg = x._replace(role="neg", value="exclude")
                out[k : n + 1] = [neg, out[n], out[j]]
                k += 3
                continue
        # "apart from Mythic's 40nm", "leave out Apple's 3nm": a chip's process node set aside is its
        # feature size set aside (a figure, checked as one is); read as a condition, the node was asked
        if (
            j + 1 < len(out)
            and _names_figure_aside(out[j], lex)
            and ends(j + 2)
            and (size := _node_size(out[j + 1], lex)) is not None
        ):
            neg = x._replace(role="neg", value="exclude") if x.text.lower() in ("without", "minus") else x
            out[k : j + 2] = [neg, out[j], out[j + 1]._replace(kind="qty", entities=(), readings=(("length", size),))]
            k = k + 3
            continue
        # "minus Intel's 128 GB", "without the e150's 200 W": the name, the number, the clause's end
        if (
            x.text.lower() in ("without", "minus")
            and j + 1 < len(out)
            and _names_figure_aside(out[j], lex)
            and out[j + 1].kind == "qty"
            and ends(j + 2)
        ):
            out[k] = x._replace(role="neg", value="exclude")
        k += 1
    return out


def comma_asides(items: list[Any], lex: Any = None) -> list[Any]:
    """ ", not inferred from the vendor", ", not asking about capacity": after a comma, a negation
    of a word of role ``never`` or ``asking`` opens a remark that runs to the next comma (or the
    end), read as a parenthesis. So does a clause that sets one chip's figure aside (", setting aside
    the Apple M4's up to 3.5 GHz", or first, up to a comma: "Setting aside ..., which chip ..."),
    read as its parenthesis is (parse.asides._narrowing_aside), not as a condition of the question,
    and a last one that leaves out the chips with no figure of a measure (:func:`figureless_left_out`),
    or that sets aside only words for properties (", leaving aside interconnect bandwidth": words.tsv
    negations valued ``exclude``), which the frame is checked not to use."""
    if lex is not None:
        items = figures_aside_said(items, lex)
        first = next((j for j, y in enumerate(items) if y.kind in ("comma", "open", "close")), None)
        if first is not None and items[first].kind == "comma" and figure_set_aside(items[:first], lex):
            opened = items[first]._replace(kind="open", text="(")
            items = [opened, *items[:first], opened._replace(kind="close", text=")"), *items[first + 1 :]]
    out: list[Any] = []
    k = 0
    while k < len(items):
        x = items[k]
        out.append(x)
        k += 1
        joined = x.kind == "word" and x.role == "and"  # "... and leaving aside X": only a last such clause
        # the last word said before the negation: a filler after an opening ("(so excluding X's 150 W,
        # which is per card)") leaves the negation where a clause opens, read there as it is
        spoken = next((y for y in reversed(items[:k]) if not (y.kind == "word" and y.role in _QUIET)), None)
        if (
            lex is not None
            and spoken is not None
            and spoken.kind not in ("comma", "open")
            and not joined
            and k < len(items)
            and items[k].kind == "word"
            and items[k].role == "neg"
        ):
            # "... by clock excluding Apple's 3.5 GHz" (red team 70): with no comma before it, one chip's
            # figure set aside is read as its parenthesis is too; read as conditions, the organization
            # was negated and the figure asked for (a wrong list where another chip has that figure)
            end = next((j for j in range(k, len(items)) if items[j].kind in ("comma", "open", "close")), len(items))
            said = [y for y in items[k + 1 : end] if not (y.kind == "word" and y.role in _QUIET)]
            # only a name and its figure: "other than the Grayskull e150 have between 100 and 200 MB" is no such
            only_a_figure = (
                len(said) >= 2
                and said[0].kind == "entity"
                and said[-1].kind == "qty"
                and all(y.kind == "word" and y.role == "cmp" for y in said[1:-1])
            )
            if (
                only_a_figure
                and figure_set_aside(items[k:end], lex)
                and (end == len(items) or items[end].kind == "comma")
            ):
                out.extend([x._replace(kind="open", text="("), *items[k:end], x._replace(kind="close", text=")")])
                k = end
                continue
        if (
            (x.kind != "comma" and not joined)
            or k >= len(items)
            or not (items[k].kind == "word" and items[k].role in ("neg", "contrast"))
        ):
            continue
        after = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role in _QUIET)), None)
        end = next((j for j in range(k, len(items)) if items[j].kind in ("comma", "open", "close")), len(items))
        exclusion = (
            end == len(items)
            and items[k].value == "exclude"
            and any(y.kind == "term" for y in items[k + 1 : end])
            and all(y.kind == "term" or (y.kind == "word" and y.role in _QUIET) for y in items[k + 1 : end])
        )
        if joined and not exclusion:
            continue
        if exclusion:
            pass  # ", leaving aside interconnect bandwidth": what the answer does not rest on, checked
        elif lex is not None and figure_set_aside(items[k:end], lex):
            pass  # ", setting aside the Apple M4's up to 3.5 GHz"
        elif (
            lex is not None
            and end == len(items)
            and figureless_left_out(
                items[k:end], [e for y in items[: k - 1] if y.kind == "entity" for e in y.entities], lex
            )
            is not None
        ):
            pass  # ", omitting any 7 nm chip for which no clock is stated": read as its parenthesis is
        elif after is None or not (after.kind == "word" and after.role in ("never", "asking")):
            continue
        if end < len(items) and items[end].kind != "comma":
            continue
        out.pop()  # the comma opened the remark
        out.extend([x._replace(kind="open", text="("), *items[k:end], x._replace(kind="close", text=")")])
        k = end
    return out


def unread(items: list[Any]) -> list[Any]:
    """Words of roles ``never``, ``asking``, ``where``, ``remark`` and ``discourse`` left outside a
    remark (or an inert clause) are words ask does not know ("rounded to the nearest GHz" asks for a
    rounding ask does not do)."""
    return [
        x._replace(kind="unknown")
        if x.kind == "word" and x.role in ("never", "asking", "where", "remark", "discourse")
        else x
        for x in items
    ]


# --------------------------------------------------------------------------- inert clauses

#: prepositions that, first in a clause, scope the question ("In Europe, ...", "For consumer devices,
#: ...", "Among the cheaper ones, ...", "As of 2024, ..."): such a clause is never inert, except a
#: purpose phrase ("for procurement purposes", :func:`inert_clause`)
SCOPING = frozenset(
    (
        "in about above across after against among amongst around as at before below beneath beside besides "
        "between beyond by despite during except excluding for from inside into near of off on onto out "
        "outside over past per since than through throughout till to toward towards under unlike until "
        "up upon via with within without"
    ).split()
)

#: words that change an answer wherever they stand and that ask leaves unknown on purpose (words.tsv,
#: block "closed"), with the exclusions, restrictions, quantifiers and times of an analyst's clause:
#: an unknown word of these keeps a clause in the question, where it is refused
OPERATORS = frozenset(
    (
        "other others another else otherwise alone outside unless except excluding excluded exclude "
        "ignoring ignore ignored besides apart aside leaving leave omitting omit only just solely "
        "exclusively merely purely strictly among amongst within limited limit restricted restrict "
        "restricting confined few many much several numerous enough half most least more less fewer all "
        "every each both either neither none nothing no not nor any some anyone someone something "
        "everything rest remaining mainly mostly largely primarily chiefly partly partially slightly "
        "barely hardly scarcely notably especially particularly since until till during before after "
        "yet once ever never still now today early nowadays currently recently lately formerly previously "
        "originally initially historically traditionally eventually soon later earlier then anymore "
        "near nearly almost close past different same similar unlike instead rather versus vs "
        "cheap cheapest costly expensive new old"
    ).split()
)

#: the words of "setting (putting) ... aside", when what is set aside is discourse
_SETTING_ASIDE = frozenset(("aside", "setting", "putting", "leaving", "set", "put", "leave"))
#: roles of words that change nothing in a clause of discourse (the asker's "I", "if", "am", "the"; the
#: asker's prose words of a reason, "because", "although", role ``remark``, as in a parenthesis that is a
#: remark; the asker's asking, "I ask", role ``asking``): "I ask because my colleague and I disagree."
_INERT_ROLES = ("filler", "aux", "and", "discourse", "remark", "asking")
#: filler values that still do something (a restriction, a quantifier, a range, a pronoun for a chip, a
#: request for a form of the answer: "a bare list is ideal" beside a count is no inert clause)
_ACTIVE_FILLERS = frozenset(
    ("only", "single", "whichever", "any", "range", "within", "sense", "phrasing", "host", "admit")
    + ("pronoun", "reach", "specific", "joins", "passive", "imperative")
)
#: roles of words of the graph's prose that, right before a word of discourse, only say what the asker's
#: work is about ("a packaging study", "a systems review"): a scope or a thing a figure is of (words.tsv
#: ``chipscope``, ``scope``, ``attr``), read there as a word ask does not know would be
_WORK_TOPICS = ("chipscope", "scope", "attr")
#: words that refer to the chips asked about ("the gaming ones"): never in an inert clause
_REFERRING = frozenset(("one", "ones", "these", "those", "they", "them", "it", "its", "which"))


def work_topic(said: list[Any], k: int) -> bool:
    """Whether ``said[k]`` is a word of :data:`_WORK_TOPICS` right before a word of discourse ("a
    packaging study"): what the asker's work is about, in a clause of discourse."""
    x = said[k]
    return (
        x.kind == "word"
        and x.role in _WORK_TOPICS
        and k + 1 < len(said)
        and said[k + 1].kind == "word"
        and said[k + 1].role == "discourse"
    )


def _asker(word: str) -> bool:
    """Whether a capitalized word is the asker's "I" ("I", "I've", "I'd"), not a name."""
    return word == "I" or word.startswith(("I'", "I’"))


def inert_clause(items: list[Any], typed: str, outside: frozenset[str] = frozenset()) -> str | None:
    """Whether a clause set off from the question (its ``items``, as segmented; ``typed``, its words
    as typed) is one of discourse that cannot change the frame. It must hold a word of discourse
    (words.tsv role ``discourse``: "recall", "caveats", "weighing") and none of: a name of a thing (one
    the question proper names too, ``outside``, counts as vocabulary: "I am weighing data-centre
    options: which chips serve data-center workloads"), a number, an operator (a word of any role
    but a filler's, an auxiliary's, "and" or discourse; an unknown word of :data:`OPERATORS`, a
    comparative or superlative in "-er"/"-est", an adverb in "-ly", a capitalized word that may name
    a thing), a word for the chips asked ("the gaming ones"); nor open with a preposition that scopes
    the question (:data:`SCOPING`), unless what follows it is discourse alone, fillers and words of
    discourse ending in one ("for procurement purposes", "for planning", "on the article's account",
    "in my opinion", "as printed"), or words of the graph's vocabulary before it, the topic a lead-in
    turns to ("on the power side", checked as any clause with such words is: "frame"). An unknown word
    right beside a word of the graph's vocabulary
    may narrow it ("consumer chips"): not inert.

    "inert": it is; "frame": only if the question reads the same with the clause's words of the
    graph's vocabulary (a class, a property, a report: "caveats about the figures") as without it;
    "unused": a clause that says its vocabulary does not matter (words.tsv ``discourse`` valued
    ``moot``: "whether a foundry is named doesn't matter", "(foundry immaterial)"), inert only if the
    question proper's frame rests on none of it (as "(any foundry)" is checked, :func:`check`). The
    caller checks both. None: not inert."""
    said = [x for x in items if x.kind not in ("comma", "open", "close")]
    if _belief_aside(said):
        return "inert"
    says_unsaid = unsaid(said)
    if says_unsaid is None:
        return None
    if not says_unsaid and not any(x.kind == "word" and x.role == "discourse" for x in said):
        return None
    moot = says_unsaid or any(x.kind == "word" and x.role == "discourse" and x.value == "moot" for x in said)
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", typed)
    first = said[0].text.split()[0]
    # "For a compatibility matrix I am assembling, ...", "for my thermal-budget review": a purpose the asker
    # names as their own may hold topic words ask does not know, checked as any unknown word is below
    purpose = purpose_clause(said)
    if first in SCOPING and not (
        said[-1].kind == "word"
        and said[-1].role == "discourse"
        # an auxiliary of the asker's own verb is as inert ("as I have seen suggested elsewhere")
        and all(
            x.kind == "term"
            or work_topic(said, k)  # "for a packaging study"
            # "for a training-focused evaluation": a name the question proper names too, checked as
            # the graph's words are (the question must read the same with it: "frame")
            or (x.kind == "entity" and bool(x.entities) and set(x.entities) <= outside)
            or (purpose and x.kind in ("unknown", "report"))
            or (x.kind == "word" and (x.role in ("discourse", "aux") or _plain(x)))
            for k, x in enumerate(said)
            if k > 0
        )
    ):
        return None
    if first in SCOPING and first != "for" and any(x.kind == "word" and x.value == "collection" for x in said):
        return None  # "on our shortlist", "in the deck": which chips are on it, which the graph cannot tell
    # "aside" is a word of exclusion said after what it sets aside (words.tsv), here of the asker's discourse
    unknown = {x.text for x in said if x.kind == "unknown" or (x.kind == "word" and x.text == "aside")}
    if "aside" in unknown and unknown <= _SETTING_ASIDE:
        # "setting the usual caveats aside": what is set aside is the asker's discourse (no name, no
        # number, no other unknown word), checked with the rest of the clause below
        said = [x for x in said if x.text not in _SETTING_ASIDE]
    vocabulary = False
    for k, x in enumerate(said):
        if purpose and x.kind == "report":
            continue  # "for a thermal-budget comparison I am preparing": what the asker makes, no report asked
        if x.kind in ("term", "report") or (x.kind == "entity" and x.entities and set(x.entities) <= outside):
            vocabulary = True
            continue
        if _topic_after(said, k) and not (
            k + 1 < len(said) and said[k + 1].kind == "word" and said[k + 1].role == "discourse"
        ):  # "for a market study": the word names the asker's work ("study"), no topic of the question
            return None
        if x.kind == "unknown":
            word = x.text.lower()
            beside = [said[j] for j in (k - 1, k + 1) if 0 <= j < len(said)]
            if (
                word in OPERATORS
                or (len(word) > 4 and word.endswith(("er", "est")))
                or (len(word) > 5 and word.endswith("ly"))
                or any(y.kind in ("term", "report") for y in beside)
                or any(w[:1].isupper() and w.lower() == word for w in words[1:] if not _asker(w))
            ):
                return None
            continue
        if moot and x.kind == "word" and _unsaid_word(x, k):
            continue  # "(the foundry is not named for all of them)", "who fabricates them is irrelevant"
        if work_topic(said, k):
            continue  # "for a packaging study": what the asker's work is about, no scope asked of a figure
        if x.kind != "word" or x.role not in _INERT_ROLES:
            return None
        if moot and x.text == "it":  # "it doesn't matter whether ...": no chip
            continue
        if x.role == "filler" and x.value in _ACTIVE_FILLERS or x.text in _REFERRING:
            return None
        if x.text in OPERATORS and not _of_the_figures(said, k):
            return None
        if x.role == "remark" and x.value == "quality":  # "I think the higher end matters": it may narrow
            return None
    if moot:
        return "unused" if vocabulary and not any(x.kind != "term" for x in said if x.kind in _NAMING) else None
    return "frame" if vocabulary else "inert"


#: quantifiers that, right before a noun of figures ("both figures", "all the values"), count the
#: figures the question asks for, never the chips: "Both figures appear in the same sentence."
_FIGURE_QUANTIFIERS = frozenset(("both", "all", "each"))


def _of_the_figures(said: list[Any], k: int) -> bool:
    """Whether ``said[k]`` is a quantifier of :data:`_FIGURE_QUANTIFIERS` right before a noun of figures
    (words.tsv filler valued ``figure noun``, an article between: "both the figures"), in a clause of
    discourse about where they stand in the source; a quantifier of anything else is an operator."""
    if said[k].text.lower() not in _FIGURE_QUANTIFIERS:
        return False
    j = k + 1
    while j < len(said) and said[j].kind == "word" and said[j].text.lower() in ("the", "of", "these", "its"):
        j += 1
    return j < len(said) and said[j].kind == "word" and said[j].role == "filler" and said[j].value == "figure noun"


#: the asker's own words: a purpose clause with one is what the asker does with the answer
_ASKER = frozenset(("i", "we", "my", "our", "i'm", "we're", "i am", "we are", "i'd", "we'd"))


def purpose_clause(said: list[Any]) -> bool:
    """Whether a clause set off from the question (its items, commas and parentheses left out) names
    the asker's purpose: "for" first and the asker's own word after it ("For a memory comparison I'm
    preparing", "for my thermal-budget review"), or a clause that ends in "for" and the asker's own
    word before a word of discourse ("In the memory comparison for our evaluation": the comparison is
    the asker's, made for their evaluation). What the asker makes there ("comparison", a word of a
    report) is no report asked."""
    if not said:
        return False
    if said[0].text.split()[0].lower() == "for":
        return any(x.kind == "word" and x.text.lower() in _ASKER for x in said[1:])
    return (
        len(said) > 3
        and said[-3].kind == "word"
        and said[-3].text.lower() == "for"
        and said[-2].kind == "word"
        and said[-2].text.lower() in _ASKER
        and said[-1].kind == "word"
        and said[-1].role == "discourse"
    )


def _topic_after(said: list[Any], k: int) -> bool:
    """Whether the word ``said[k]`` (unknown, or one of discourse) is what a preposition in the
    clause turns to ("thinking of automotive", "thinking about price", "given my budget"): a topic
    the asker may mean as a condition, which ask cannot read, so the clause is not inert. Only
    determiners may stand between ("about the price"). An unknown word after a preposition; after a
    participle that opens a topic ("given", "considering"), a word of discourse too ("budget" is
    one, for "for budgeting purposes"). A "for" that opens the clause says its purpose ("For a
    thermal-budget comparison I am preparing"), judged by the rules of purpose clauses instead."""
    j = k - 1
    while j >= 0 and said[j].kind == "word" and said[j].text.lower() in _DETERMINERS:
        j -= 1
    if j < 0 or said[j].kind != "word":
        return False
    opener = said[j].text.lower()
    if opener in _TOPIC_PARTICIPLES:
        return said[k].kind == "unknown" or (said[k].kind == "word" and said[k].role == "discourse")
    return said[k].kind == "unknown" and opener in SCOPING and not (opener == "for" and j == 0)


#: words that may stand between a preposition and its object
_DETERMINERS = frozenset("the a an my our your their its this that these those some any".split())
#: participles that open a topic as prepositions do ("given my budget", "considering price")
_TOPIC_PARTICIPLES = frozenset("given considering regarding concerning re including excluding".split())


#: kinds of items that name something
_NAMING = ("term", "report", "entity")

#: quantifiers over the chips asked that, in a clause saying what the article leaves unstated, say only
#: of which chips it is unstated ("the foundry is not named for all of them"): the clause is dropped
#: only when the frame rests on none of its properties, so they narrow nothing
_UNSAID_QUANTIFIERS = frozenset(("all", "any", "every", "each", "some", "most", "both", "either", "many", "always"))
#: words that open a relative clause: "whose capacity is not given" may pick the chips out
_RELATIVE = frozenset(("whose", "which", "that", "where", "when", "whom"))


def unsaid(said: list[Any]) -> bool | None:
    """Whether a clause says that the article leaves something unstated or that it is of no concern:
    a negation (words.tsv role ``neg``, not an exclusion: "not", "no", "doesn't", "never") before a word
    of phrase class ``unsaid`` ("named", "given", "say", "concern", "relevant"), with only fillers,
    auxiliaries and the graph's words between ("the foundry is not named", "no precision is given",
    "the article doesn't say their power", "who fabricates them is not a concern"), or a word of the
    class valued ``neg`` ("the foundry is unknown", "left unstated"). Such a clause is read as one
    that says its words do not matter ("moot", :func:`inert_clause`): dropped only when the frame
    rests on none of the graph's words in it. It must be a statement, with an auxiliary, a negated
    one or a word of discourse ("(foundry not named)" beside a list may pick the chips out), and no
    word that opens a relative clause ("whose capacity is not given"): None then, not inert.
    False: no such clause."""
    words = phrase_class("unsaid")
    found = any(
        words.get((x.text.lower().rstrip("."),)) == "neg" or negates_stating(said, k) for k, x in enumerate(said)
    )
    if not found:
        return False
    statement = any(
        x.kind == "word"
        and (
            x.role in ("aux", "discourse")
            or x.text.lower() == "being"  # "(the foundry itself being unstated)"
            or (x.role == "neg" and x.text.lower().endswith(("n't", "n’t")))
        )
        for x in said
    )
    if not statement or any(x.text.lower() in _RELATIVE for x in said):
        return None
    return True


def unsaid_stating(said: list[Any]) -> bool:
    """Whether a clause that :func:`unsaid` reads says the article leaves something unstated ("not
    named", "no precision is given", "unknown"), not only that it is of no concern (phrase class
    ``unsaid`` valued ``moot``: "not a concern", "not relevant")."""
    words = phrase_class("unsaid")
    return any(
        words.get((x.text.lower().rstrip("."),)) == "neg" or (negates_stating(said, k) and not _negates_moot(said, k))
        for k, x in enumerate(said)
    )


def _negates_moot(items: list[Any], k: int) -> bool:
    """Whether the negation at ``k`` negates a word of concern ("not a concern"), the first word of
    phrase class ``unsaid`` after it being valued ``moot``."""
    words = phrase_class("unsaid")
    return next((words[w] for y in items[k + 1 :] if (w := (y.text.lower().rstrip("."),)) in words), "") == "moot"


def negates_stating(items: list[Any], k: int) -> bool:
    """Whether item ``k`` is a negation (words.tsv role ``neg``, not an exclusion) of a word of stating
    (phrase class ``unsaid``: "named", "given", "say", "concern") that follows it with only fillers,
    auxiliaries and the graph's words between: "the foundry is not named", "no precision is given", "the
    article doesn't say their power". Such a negation says what the article leaves unstated, never
    which chips or names to leave out."""
    x = items[k]
    if not (x.kind == "word" and x.role == "neg" and x.value != "exclude"):
        return False
    words = phrase_class("unsaid")
    for y in items[k + 1 :]:
        if words.get((y.text.lower().rstrip("."),)) in ("", "moot"):
            return True
        if not (y.kind == "term" or (y.kind == "word" and y.role in ("aux", "filler") and y.value != "pronoun")):
            return False
    return False


def _unsaid_word(x: Any, k: int) -> bool:
    """Whether the word ``x`` (the ``k``-th of its clause) may stand in a clause that says what the article
    leaves unstated (:func:`unsaid`) or that its words do not matter: a negation (not an exclusion),
    a word of stating, a pronoun or word for the chips asked ("their power", "every one of them"), a
    quantifier over them (:data:`_UNSAID_QUANTIFIERS`), or, first, the
    word that opens a clause as its subject ("who fabricates them", "what precision it is", "whether")."""
    word = x.text.lower().rstrip(".")
    return (
        (x.role == "neg" and x.value != "exclude")
        or (word,) in phrase_class("unsaid")
        or (x.role == "filler" and x.value == "pronoun")
        or (word in _REFERRING and word not in _RELATIVE)  # "for every one of them"
        or word in _UNSAID_QUANTIFIERS
        or (k == 0 and x.role in ("who", "wh") and word in ("who", "what"))
    )


def _belief_aside(said: list[Any]) -> bool:
    """ "as some readers seem to assume", "as many people think", "as I had heard": a clause opened
    by "as" and ended by a word of belief (words.tsv ``discourse``) says whose belief the question
    tests, nothing of the chips. Between the two only fillers (a quantifier of the believers,
    "seem to"), auxiliaries and unknown words (who believes it: "readers", "analysts"), none
    capitalized (it may name a thing); no word of the graph, name, number or negation."""
    if len(said) < 2 or len(said) > 7 or said[0].kind != "word" or said[0].text.lower() != "as":
        return False
    last = said[-1]
    if not (last.kind == "word" and last.role == "discourse"):
        return False
    return all(
        (x.kind == "word" and x.role in ("filler", "aux", "discourse"))
        or (x.kind == "unknown" and x.text[:1].islower())
        for x in said[1:-1]
    )


def _plain(x: Any) -> bool:
    """A filler that does nothing ("the", "my", "the article"): no restriction, pronoun or range."""
    return x.kind == "word" and x.role == "filler" and x.value not in _ACTIVE_FILLERS and x.text not in _REFERRING
