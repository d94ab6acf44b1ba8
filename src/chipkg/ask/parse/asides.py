"""Parentheses, glosses and asides: what a question says beside its question. A gloss restates
(it must agree with the answer, or the question is refused), an aside sets something apart ("not
the die-to-die link"), a clarification narrows ("per chip"), a remark changes nothing. Each reader
here says which, so the walk (:mod:`~chipkg.ask.parse.walk`) sees only the question itself."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chipkg.ask import frame as F
from chipkg.ask import remarks
from chipkg.ask.compile import (
    COUNT_MEASURES,
    ENTITY_RELATIONS,
    MEASURE_DIMENSIONS,
    MEASURES,
)
from chipkg.ask.lexicon import (
    Lexicon,
    name_key,
    phrase_class,
    stem,
    stems,
    tokens,
)
from chipkg.ask.parse.items import (
    _GENERAL_KINDS,
    ARTICLES,
    CHIP,
    FORMAT,
    MEMORY_TECH,
    NOUNS,
    ORG,
    PROCESSOR,
    RANGES,
    SYSTEM,
    UNIT_KIND,
    Item,
    comma_parts,
    end_of_scope_list,
    port_said,
    refuse,
)
from chipkg.ask.parse.segment import _match_name, _prefixed_unit, segment
from chipkg.namespaces import CK

if TYPE_CHECKING:
    from chipkg.ask.parse.walk import _State


def _contrasts(
    items: list[Item],
    lex: Lexicon,
    asides: list[tuple[str, str]] | None = None,
    opposed: list[tuple[str, str, tuple[str, ...], bool]] | None = None,
) -> list[Item]:
    """ "memory bandwidth rather than NVLink's", "SRAM as opposed to DRAM": the thing after a
    contrast word (words.tsv role ``contrast``) is set aside. Dropped with it when that changes no
    answer (see :func:`_contrast`); a narrower thing than a name of the question ("LPDDR4 as
    opposed to LPDDR4X") goes to ``asides`` as (name, narrower one), to leave out the chips that
    have the name only as the narrower one; refused otherwise, never read as a constraint of its own."""
    asides = [] if asides is None else asides
    out = list(items)
    for k, it in enumerate(out):
        if not (it.kind == "word" and it.role == "contrast"):
            continue
        end = next((j for j in range(k + 1, len(out)) if out[j].kind in ("comma", "close")), len(out))
        rest = [x for x in out[:k] + out[end:] if x.kind not in ("open", "close")]
        outside = [e for x in rest if x.kind == "entity" for e in x.entities]
        terms = {t for x in rest if x.kind == "term" for t in x.terms}
        measured = any(x.kind == "qty" for x in rest) or any(
            x.kind == "term" and set(x.terms) & {CK + "capacity", CK + "bandwidth"} for x in rest
        )
        # "unsuitable for training LLMs (as distinct from inference)": what is ruled out, not the other
        ruled_out = any(x.kind == "term" and CK + "notSuitableFor" in x.terms for x in rest)
        span = [x for x in out[k + 1 : end] if not (x.kind == "word" and x.role == "filler")]
        opened = next((j for j in range(k - 1, -1, -1) if out[j].kind in ("open", "close")), None)
        before = next(
            (x for x in reversed(out[:k]) if not (x.kind == "comma" or (x.kind == "word" and x.role == "filler"))), None
        )
        in_parenthesis = opened is not None and out[opened].kind == "open"
        scoped = [x for x in span if not (x.kind == "word" and x.role == "sum")]  # "the cluster aggregate"
        if (
            scoped
            and all(_scope_of(x, lex) is not None for x in scoped)
            and (
                # outside a parenthesis: scopes said as such ("per die", "the cluster aggregate"),
                # other than the chip's ("two dies, as opposed to the whole package" is read below)
                all(x.kind == "word" and x.role == "scope" for x in scoped)
                if not in_parenthesis
                else (before is not None and _scope_of(before, lex) is not None or out[opened + 1 : k])  # type: ignore[operator]
            )
        ):
            # "(a per-system rather than per-card figure)", "(the per-die count, as opposed to the
            # package total)", "per chip rather than per die", "a single chip, as opposed to the
            # cluster aggregate": another scope set aside, as "(per system, not per card)", "not
            # the cluster aggregate" say it (read as that negation is, or refused there): a chip
            # has figures of both scopes, and the one set aside is the one not asked for
            aside = [Item("comma", ","), Item("word", "not", role="neg")]
            return out[:k] + aside + _contrasts(out[k + 1 :], lex, asides, opposed)
        kinds = {_unit_kind(x.text) for x in rest if x.kind == "term" and CK + "performance" in x.terms} - {None}
        if len(span) == 1 and span[0].kind == "term" and CK + "performance" in span[0].terms:
            other = _unit_kind(span[0].text)  # "in operations per second rather than FLOPS"
            if other is not None and kinds and other not in kinds:
                return out[:k] + _contrasts(out[end:], lex, asides, opposed)
        if _sibling_set_aside(span, rest, lex) or _other_only_set_aside(span, rest, lex):
            return out[:k] + _contrasts(out[end:], lex, asides, opposed)
        if opened is not None and out[opened].kind == "open" and _disambiguates(out[opened + 1 : k], span, out, lex):
            return out[:k] + _contrasts(out[end:], lex, asides, opposed)
        narrower = _narrower_aside(span, rest, lex)
        if narrower is not None:
            asides.append(narrower)
            return out[:k] + _contrasts(out[end:], lex, asides, opposed)
        restated = [x for x in rest if x.kind == "entity" and any(_related(e, outside, lex) for e in x.entities)][:1]
        contrasted = [*restated, Item("word", it.text, role="neg"), *out[k + 1 : end]]
        if restated and _contrast(contrasted, outside, terms, lex, measured, ruled_out):
            return out[:k] + _contrasts(out[end:], lex, asides, opposed)
        # beside no figure ("which chips use SRAM (SRAM rather than HBM)"), a name set aside is read
        # as before (checked against the chips answered); beside a figure, as the figure's
        figured = any(
            x.kind == "qty"
            or (x.kind == "term" and set(x.terms) & {*MEASURES, CK + "memory"})
            or (x.kind == "word" and x.role in ("value", "super", "comparative", "rank"))
            for x in rest
        )
        if _opposed_names(span, lex) is not None and not figured:
            pass
        elif opened is not None and out[opened].kind == "open" and _figure_things(out[opened + 1 : k], span, lex):
            # "(the HBM figure, as distinct from the interchip link)", "(its clock rather than its
            # TOPS)": in a parenthesis that says first which figure is meant, what a contrast sets
            # aside is a figure's (its scope, memory, link, precision, measure), as "not" says it;
            # read (and checked against the frame or the rows answered) as that negation is, or refused
            aside = [Item("comma", ","), Item("word", "not", role="neg")]
            return out[:k] + aside + _contrasts(out[k + 1 :], lex, asides, opposed)
        elif (
            opened is None
            and end == len(out)
            and k > 0
            and out[k - 1].kind == "comma"
            and _figure_things(out[: k - 1], span, lex)
        ):
            # "How much SRAM does each die hold, as opposed to the whole package?": a last part that
            # sets aside what a figure is of, read as "(not the whole package)" is
            return out[: k - 1] + [
                Item("open", "("),
                Item("word", "not", role="neg"),
                *out[k + 1 :],
                Item("close", ")"),
            ]
        named = _opposed_names(span, lex) or _opposed_unstated(out[k + 1 : end], lex)
        if [(x.kind, x.terms) for x in span] == [("term", (CHIP,))]:
            # "Return organization names rather than chips": what the answer is, not what it
            # holds; answered only where organizations are asked for (no organization is a chip)
            named = (CHIP,)
        if opposed is not None and named is not None:
            # "mobile rather than data centres": kept, and checked against the chips answered (a list,
            # a count, a yes/no that holds): none may have what is set aside, or the question is refused
            opposed.append((it.text, " ".join(x.text for x in out[k + 1 : end]), named, in_parenthesis))
            return out[:k] + _contrasts(out[end:], lex, asides, opposed)
        # anything else set aside ("per accelerator, rather than aggregated across an EC2 UltraCluster",
        # "rather than anything on the wafer"): "X rather than Y" says what "X, not Y" says, read (or
        # refused) as that negation is
        aside = [Item("comma", ","), Item("word", "not", role="neg")]
        return out[:k] + aside + _contrasts(out[k + 1 :], lex, asides, opposed)
    return out


#: the refusal of a contrast ("rather than Y") that no reading takes
_OPPOSED = "sets something aside, and a chip may well have both: " + (
    "ask without it, or say what to leave out with 'not' or 'except'"
)


#: the words after a relation's word that say the article leaves it unstated ("the fab unstated")
_UNSTATED_WORDS = frozenset(("unstated", "unspecified", "unnamed", "unsaid", "unknown"))


_LINK = CK + "InterconnectTechnology"

#: words for what a figure is of, beside the measures: "(..., rather than the memory)"
_FIGURE_WORDS = (CK + "memory", CK + "interconnect")


def _figure_things(said: list[Item], span: list[Item], lex: Lexicon) -> bool:
    """Whether a contrast in a parenthesis sets aside only what a figure is of, after saying
    something first: ``said`` (the parenthesis before the contrast) holds a word that is not a
    filler, and ``span`` (what the contrast sets aside) names only scopes, memory technologies,
    links, precisions or kinds of unit (:data:`_SET_ASIDE_SLOTS`), quantities with a unit,
    measures, "memory", "interconnect" or "off-chip", with fillers and "or" / "and". A chip, an
    organization, a kind of chip, a workload or an unknown word is none: "rather than" those may
    leave chips out or keep them, and is read by :func:`_contrasts` as before."""
    if not any(not (x.kind in ("comma", "open") or (x.kind == "word" and x.role in ("filler", "gloss"))) for x in said):
        return False
    found = False
    for x in span:
        if x.kind == "word" and x.role in ("filler", "or", "and"):
            continue
        if _scope_of(x, lex) is not None and x.kind == "word" or (x.kind == "word" and x.role == "offchip"):
            found = True
        elif (
            x.kind == "entity"
            and x.entities
            and all(
                set(_SET_ASIDE_SLOTS) & set(lex.entities.get(e, ("", ()))[1])
                and not {CHIP, ORG, SYSTEM} & set(lex.entities.get(e, ("", ()))[1])
                for e in x.entities
            )
        ):
            found = True
        elif x.kind == "qty" and x.readings and not any(d == "count" for d, _ in x.readings):
            found = True
        elif x.kind == "term" and x.terms and all(t in MEASURES or t in _FIGURE_WORDS for t in x.terms):
            found = True
        else:
            return False
    return found


def _opposed_unstated(span: list[Item], lex: Lexicon) -> tuple[str, ...] | None:
    """ "rather than leaving the fab unstated": what is set aside is a chip whose article states
    no value of one relation (:data:`_LACKABLE`): ("unstated=<relation>",), checked against the
    chips answered as a name is (answer._rather_than_checked). "leaving" / "leave" (a word ask
    does not know elsewhere), fillers, the relation's word and an "unstated" word, nothing else."""
    said = [x for x in span if not (x.kind == "word" and x.role == "filler" and x.text not in _UNSTATED_WORDS)]
    if said and said[0].kind == "unknown" and said[0].text in ("leaving", "leave"):
        said = said[1:]
    if len(said) != 2 or said[1].text not in _UNSTATED_WORDS or said[0].kind != "term":
        return None
    props = [t for t in said[0].terms if not lex.terms.get(t, ("", False))[1]]
    if len(props) != 1 or props[0] not in _LACKABLE:
        return None
    return (f"unstated={props[0]}",)


def _opposed_names(span: list[Item], lex: Lexicon) -> tuple[str, ...] | None:
    """What "rather than Y" sets aside, when the graph can tell which chips are Y: names (one thing
    each) and kinds of chip ("GPUs"), joined by "or" / "and"; None for anything else."""
    found: list[str] = []
    for x in span:
        if x.kind == "word" and x.role in ("or", "and") and " " not in x.text:
            continue
        if x.kind == "entity" and len(x.entities) == 1:
            found.append(x.entities[0])
        elif x.kind == "term" and len(x.terms) == 1 and _is_class(x.terms[0], lex) and x.terms[0] != CHIP:
            found.append(x.terms[0])
        else:
            return None
    return tuple(found) or None


def _disambiguates(said: list[Item], span: list[Item], items: list[Item], lex: Lexicon) -> bool:
    """ "INT8 (signed 8-bit integer, as opposed to UINT8)": a parenthesis that restates a name of the
    question and sets aside one other thing that a name of the graph gives both ("8-bit integer" is
    INT8 and UINT8) says which of the two the name means, which the question already says by naming
    it: it changes no answer. Only names in the parenthesis before the contrast, and one name after."""
    names = [x for x in said if x.kind == "entity"]
    if not names or any(
        not (x.kind in ("entity", "comma") or (x.kind == "word" and x.role in ("filler", "gloss"))) for x in said
    ):
        return False
    if len(span) != 1 or span[0].kind != "entity":
        return False
    inside = {id(x) for x in said} | {id(x) for x in span}
    outside = [e for x in items if x.kind == "entity" and id(x) not in inside for e in x.entities]
    restated = {e for x in names for e in x.entities}
    if not restated <= set(outside):
        return False
    for other in span[0].entities:
        if other in restated or any(_related(other, [e], lex) for e in restated):
            return False  # the thing itself, a broader or narrower one: not beside it
        if not any(other in iris and restated & set(iris) for iris in lex.names.values()):
            return False
    return True


#: the relation a value of each kind is stated by, where a value narrower than it can be set aside
_ASIDE_RELATIONS = {
    MEMORY_TECH: CK + "memory",
    FORMAT: CK + "supportsFormat",
    CK + "Workload": CK + "workload",
    CK + "SoftwareStack": CK + "softwareStack",
    CK + "InterconnectTechnology": CK + "interconnect",
}


def _narrower_aside(span: list[Item], rest: list[Item], lex: Lexicon) -> tuple[str, str] | None:
    """ "LPDDR4 as opposed to LPDDR4X", "HBM rather than HBM3": what is set aside is one thing
    narrower than the one name of its kind in the rest of the question, said plainly (not
    "LLM training specifically", which asks about training in general): (name, narrower thing)."""
    named = [x for x in span if not (x.kind == "word" and x.role == "filler")]
    if len(named) != 1 or named[0].kind != "entity" or len(named[0].entities) != 1:
        return None
    if any(x.kind == "word" and x.value == "specific" for x in span):
        return None
    aside = named[0].entities[0]
    kind = _category(aside, lex)
    if kind not in _ASIDE_RELATIONS:
        return None
    same = [e for x in rest if x.kind == "entity" for e in x.entities if _category(e, lex) == kind]
    if len(same) != 1 or same[0] not in lex.broader.get(aside, []):
        return None
    return same[0], aside


def _set_aside(frame: F.Frame, asides: list[tuple[str, str]], lex: Lexicon) -> F.Frame:
    """The chips of a list or count that have a value only as a narrower one set aside ("which
    chips use HBM as opposed to HBM3": not the SN40L, whose HBM is HBM3) are left out. Only where
    the frame keeps the value as a constraint of its chips; any other question is refused."""
    constraints = list(frame.constraints)
    for value, aside in asides:
        prop = _ASIDE_RELATIONS[_category(value, lex) or ""]
        kept = any(
            (isinstance(k, F.Relation) and k.prop == prop and k.values == (value,) and not k.negated)
            or (isinstance(k, F.Memory) and prop == CK + "memory" and k.technology == value)
            for k in constraints
        )
        if frame.ask not in (F.CHIPS, F.COUNT) or not kept:
            raise refuse(
                f"'{lex.entities[value][0]}' as opposed to '{lex.entities[aside][0]}' is asked as which "
                "chips (or how many) have the one and not only the other"
            )
        constraints.append(F.Besides(prop, value, aside))
    return frame._replace(constraints=tuple(constraints))


def _classes_of(x: Item, lex: Lexicon) -> set[str]:
    return {c for e in x.entities for c in lex.entities.get(e, ("", ()))[1]}


def _other_only_set_aside(span: list[Item], rest: list[Item], lex: Lexicon) -> bool:
    """ "which 7nm chips does it associate with training, as opposed to inference only?": what is set
    aside is a chip that has one thing only ("only" beside one name), where the question asks for
    another thing of the same kind (a workload, a memory, a format, a link, software), neither
    broader nor narrower, with no negation: a chip answered has the thing asked, stated, so it is
    not one with the other thing only, whatever the article's lists leave out. Anything else: no."""
    said = [x for x in span if not (x.kind == "word" and x.role == "filler")]
    names = [x for x in said if x.kind == "entity"]
    if len(said) != 2 or len(names) != 1 or len(names[0].entities) != 1:
        return False
    if not any(x.kind == "word" and x.role == "only" for x in said):
        return False
    aside = names[0].entities[0]
    kind = _category(aside, lex)
    if kind not in _ASIDE_RELATIONS or any(x.kind == "word" and x.role in ("neg", "contrast") for x in rest):
        return False
    asked = [e for x in rest if x.kind == "entity" for e in x.entities if _category(e, lex) == kind]
    return bool(asked) and not any(e == aside or _related(aside, [e], lex) for e in asked)


def _sibling_set_aside(span: list[Item], rest: list[Item], lex: Lexicon) -> bool:
    """ "high-performance cores (as opposed to its efficiency cores)", "memory bandwidth, as distinct
    from chip-to-chip interconnect bandwidth": what is set aside is a sibling of what the question
    measures, which the question already leaves out: another kind of unit beside the kind counted
    (neither broader than the other), or a link's bandwidth beside memory bandwidth (no link named
    in the question). Anything else in the span, or a kind the question does not name, is not."""
    named = [x for x in span if x.kind == "entity"]
    if any(x.kind not in ("entity", "term") for x in span):
        return False
    if not named:  # "as distinct from interconnect bandwidth": any link's
        named = [x for x in span if x.kind == "term" and CK + "interconnect" in x.terms]
        if not named:
            return False
    counted = [x for x in rest if x.kind == "entity" and _classes_of(x, lex) >= {UNIT_KIND}]
    if counted and all(x.kind == "entity" and _classes_of(x, lex) >= {UNIT_KIND} for x in span):
        aside = {e for x in named for e in x.entities}
        kinds = {e for x in counted for e in x.entities}
        return not any(_related(e, list(kinds), lex) for e in aside)
    links = all(
        CK + "InterconnectTechnology" in _classes_of(x, lex) or (x.kind == "term" and CK + "interconnect" in x.terms)
        for x in named
    )
    span_terms = {t for x in span if x.kind == "term" and x not in named for t in x.terms}
    memory_bandwidth = any(x.kind == "term" and CK + "bandwidth" in x.terms and "mem" in x.text for x in rest) or (
        any(x.kind == "term" and CK + "bandwidth" in x.terms for x in rest)
        and any(x.kind == "entity" and MEMORY_TECH in _classes_of(x, lex) for x in rest)
    )
    other_links = any(x.kind == "entity" and CK + "InterconnectTechnology" in _classes_of(x, lex) for x in rest)
    return links and span_terms <= {CK + "bandwidth"} and memory_bandwidth and not other_links


def _count_of(it: Item) -> int | None:
    """The whole number an item states ("eight", "1,024"), or None."""
    if it.kind == "word" and it.role == "number":
        return int(it.value)
    if it.kind == "qty" and len(it.readings) == 1 and it.readings[0][0] == "count" and it.readings[0][1].is_integer():
        return int(it.readings[0][1])
    return None


def _card_count_restated(items: list[Item]) -> list[Item]:
    """ "in a dual-card setup (the two-card figure, not the single-card one)" (sets 58, 59, 61): a
    parenthesis whose first part only counts the cards a "dual-card" scope said outside already spans
    ("the two-card figure") says that scope again; the part goes, and the rest ("not the single-card
    one") is read as it is alone. Any other first part, or no "dual-card" outside: as before."""
    dual = any(x.kind == "word" and x.role == "scope" and x.value == "PerSystem" and "dual" in x.text for x in items)
    if not dual:
        return items
    for k, x in enumerate(items):
        if x.kind != "open":
            continue
        j = k + 1
        said: list[Item] = []
        while j < len(items) and items[j].kind not in ("comma", "close", "open"):
            if not (items[j].kind == "word" and items[j].role == "filler"):
                said.append(items[j])
            j += 1
        if j >= len(items) or items[j].kind != "comma" or len(said) != 2:
            continue
        count, cards = said
        if _count_of(count) == 2 and cards.kind == "term" and cards.terms == (CHIP,) and cards.text.startswith("card"):
            return [*items[: k + 1], *items[j + 1 :]]  # "(the two-card figure, not ...)": "(not ...)"
    return items


def _scales(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "a single Gaudi 3 node (eight accelerators)", "a Gaudi 3 node of eight chips", "a 1,024-node
    Gaudi 3 cluster": in a question about a figure, "node" right after a chip is the scope of the
    figure (per node), not its process node, and a count of chips (or of nodes) beside that scope
    says how many the figure spans: an item of role ``scalecount`` (VALUE "8|PerChip") that the
    figure must state (ck:scaleCount). So does a count before the chip and a word for chips or
    cards ("two AI 100 Ultra cards", "with two cards": across 2 cards, ck:PerCard by words.tsv's
    "per card"), never read as a number the figure must reach; "one AI 100 Ultra card" (or
    "single", "each") in a question naming one chip is that scope ("per card")."""
    measured = any(x.kind == "term" and set(x.terms) & set(MEASURES) - {CK + "featureSize"} for x in items)
    # "the biggest model you can run with two cards": a superlative names its figure later
    superlative = any(x.kind == "word" and x.role == "super" for x in items)
    # "the SRAM each Tensix core carries": a unit kind after "each" (below)
    unit = any(
        x.kind == "entity" and all(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in items
    )
    if not measured and not superlative and not unit:
        return items
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]

    def chip_at(k: int) -> bool:
        return items[k].kind == "entity" and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in items[k].entities)

    def chip_word_at(k: int) -> bool:
        return items[k].kind == "term" and items[k].terms == (CHIP,)

    def node_at(k: int) -> bool:
        return items[k].kind == "term" and items[k].text == "node" and CK + "processNode" in items[k].terms

    out = list(items)
    drop: set[int] = set()
    for n, k in enumerate(content):
        before = content[n - 1] if n else None
        after = content[n + 1 : n + 5]
        if not measured:
            pass
        elif node_at(k) and before is not None and chip_at(before):
            out[k] = Item("word", "node", role="scope", value="PerNode")  # "a single Gaudi 3 node"
            if len(after) >= 4 and items[after[0]].kind == "open" and items[after[3]].kind == "close":
                count = _count_of(items[after[1]])
                if count is not None and chip_word_at(after[2]):  # "(eight accelerators)"
                    out[after[0]] = Item("word", f"{count} chips", role="scalecount", value=f"{count}|PerChip")
                    drop.update(after[1:4])
            elif len(after) >= 2 and _count_of(items[after[0]]) is not None and chip_word_at(after[1]):
                count = _count_of(items[after[0]])  # "a Gaudi 3 node of eight accelerators"
                out[after[0]] = Item("word", f"{count} chips", role="scalecount", value=f"{count}|PerChip")
                drop.add(after[1])
            if n >= 3 and chip_word_at(content[n - 2]) and _count_of(items[content[n - 3]]) is not None:
                count = _count_of(items[content[n - 3]])  # "an eight-accelerator Gaudi 3 node"
                out[content[n - 3]] = Item("word", f"{count} chips", role="scalecount", value=f"{count}|PerChip")
                drop.add(content[n - 2])
        elif (
            node_at(k)
            and before is not None
            and chip_word_at(before)
            and n >= 2
            and _count_of(items[content[n - 2]]) is not None
            and any(chip_at(j) for j in content)
            # (in a parenthesis, "(the eight-accelerator node figure, ...)" says again the figure asked)
            and next((x.kind for x in reversed(items[:k]) if x.kind in ("open", "close")), "close") == "close"
        ):
            # "For Intel's Gaudi 3, what FP8 compute ... for a single eight-accelerator node": the node
            # of the chip named before, spanning that many chips, as "an eight-accelerator Gaudi 3 node"
            count = _count_of(items[content[n - 2]])
            out[k] = Item("word", "node", role="scope", value="PerNode")
            out[content[n - 2]] = Item("word", f"{count} chips", role="scalecount", value=f"{count}|PerChip")
            drop.add(before)
        each = k > 0 and items[k - 1].text.split()[-1:] in (["one"], ["single"], ["each"], ["every"], ["per"])
        if not each and items[k].kind == "entity" and k > 0 and items[k - 1].text.lower() in ("a", "an"):
            # "per-core SRAM ... for a Tensix core": the unit of a scope the question says already
            per = lex.words.get(("per", stem(tokens(items[k].text)[-1])), ("", ""))
            each = bool(per[1]) and any(
                y.kind == "word" and y.role == "scope" and y.value == per[1] for y in items[:k] + items[k + 1 :]
            )
        unit_here = items[k].kind == "entity" and all(
            UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in items[k].entities
        )
        # "how many RISC-V processors does each Tensix core contain": the count asked is of another
        # kind of unit, so the one after "each" is the count's scope, not what is counted
        other_units_counted = unit_here and any(
            x.kind == "entity"
            and x.entities
            and set(x.entities).isdisjoint(items[k].entities)
            and all(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in x.entities)
            for x in items
        )
        if (
            each
            and unit_here
            and not any(x.kind == "term" and CK + "computeUnits" in x.terms for x in items)
            and (other_units_counted or not any(x.kind == "word" and x.role == "count" for x in items))
        ):
            # "the SRAM each Tensix core carries": a figure per core (the unit's own head word), of the
            # chips whose cores are of that kind (the Item keeps the kind: see walk)
            per = lex.words.get(("per", stem(tokens(items[k].text)[-1])), ("", ""))
            if per[0] == "scope" and per[1]:
                out[k] = Item("word", f"per {items[k].text}", items[k].entities, role="scope", value=per[1])
        count = _count_of(items[k])
        one_chip = sum(chip_at(j) for j in content) == 1  # "one X card or a Y": compared across scopes
        if (
            one_chip
            and chip_at(k)
            and k > 0
            and items[k - 1].text.split()[-1:] in (["one"], ["single"], ["each"], ["a"], ["an"])
            and after
        ):
            per = lex.words.get(("per", stem(items[after[0]].text)), ("", ""))
            unit = items[after[0]].kind == "entity" and all(
                UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in items[after[0]].entities
            )
            if (chip_word_at(after[0]) or unit) and per[0] == "scope" and per[1]:
                # "one AI 100 Ultra card", "each Gaudi 3 die": a figure of that scope
                out[after[0]] = Item("word", f"per {items[after[0]].text}", role=per[0], value=per[1])
        spans = next((x.text for x in reversed(items[:k]) if x.text not in ("a", "an", "the")), "") in (
            "with",
            "on",
            "in",
            "across",
            "over",
        )  # "with two cards", "in a dual-card setup"
        family = bool(after) and chip_at(after[0]) and len(items[after[0]].entities) == count
        # "a 4-card AI 100 Ultra setup": the count and its word for cards before the chip
        before_chip = len(after) > 1 and chip_word_at(after[0]) and chip_at(after[1])
        if count is not None and after and (chip_at(after[0]) or (spans and count > 1) or before_chip) and not family:
            # ("the two Grayskull boards": a name of that many chips counts them, it spans nothing)
            # "two AI 100 Ultra cards", "with two cards": the figure spans that many of them
            word = (after[1] if len(after) > 1 else None) if chip_at(after[0]) else after[0]
            per = lex.words.get(("per", stem(items[word].text)), ("", "")) if word is not None else ("", "")
            if word is not None and chip_word_at(word) and per[0] in ("scope", "chipscope") and count == 1:
                # "one AI 100 Ultra card": a figure of that scope
                out[k] = Item("word", f"per {items[word].text}", role=per[0], value=per[1])
                drop.add(word)
            elif word is not None and chip_word_at(word) and per[0] in ("scope", "chipscope"):
                of = per[1] if per[0] == "scope" else "PerChip"
                out[k] = Item("word", f"{count} {items[word].text}", role="scalecount", value=f"{count}|{of}")
                drop.add(word)
        if measured and node_at(k) and before is not None and _count_of(items[before]) is not None:
            rest = [x for x in after[:2] if not chip_at(x)]
            if rest and items[rest[0]].kind == "word" and items[rest[0]].role == "scope":  # "a 1,024-node cluster"
                count = _count_of(items[before])
                out[before] = Item("word", f"{count} nodes", role="scalecount", value=f"{count}|PerNode")
                drop.add(k)
        nodes_at = items[k].kind == "term" and items[k].text == "nodes" and CK + "processNode" in items[k].terms
        if measured and nodes_at and n >= 2 and _count_of(items[content[n - 1]]) is not None:
            prior = items[content[n - 2]]
            if prior.kind == "word" and prior.role == "scope" and prior.value in ("PerCluster", "PerPod", "PerSystem"):
                # "a Gaudi 3 cluster of 1,024 nodes", "a cluster with 1,024 nodes" (set 78): as "a 1,024-node cluster"
                count = _count_of(items[content[n - 1]])
                out[content[n - 1]] = Item("word", f"{count} nodes", role="scalecount", value=f"{count}|PerNode")
                drop.add(k)
    return [x for k, x in enumerate(out) if k not in drop]


def one_word(text: str, exactly: bool = False) -> bool:
    """Whether ``text`` picks one of a thing ("a single CS-3 system", "a CS-3 system": red team 52
    F4, where "system" was dropped and the cluster's figure answered; words.tsv phrase class
    ``oneunit``); ``exactly``: said as one outright ("one", "single"), not "a" or "each"."""
    value = phrase_class("oneunit").get(tuple(text.lower().split()))
    return value is not None and (not exactly or value == "exactly")


def _scope_modifiers(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "the Gaudi 3's chip performance", "the e75's core memory", "the CS-3's system memory", "die
    SRAM", "a chip power over 100 W": a noun of a scope (one whose "per" phrase is a words.tsv
    ``scope`` or ``chipscope`` phrase: "per core", "per system", "per chip") right before the name
    of a figure or a memory says the figure's scope, as "per chip" after it does. It is read as that
    phrase, never as a kind of chip, a count of cores or a process node. A question word or a count
    before the noun ("which chip memory", "which Tenstorrent card draws ...") keeps the noun the head
    of the question, and so does a verb after it ("the e150 card draws 200 W") or opening a question
    that names no chip and no number ("chip power ranking", "chip SRAM, highest first")."""
    figures = set(MEASURES) | {CK + "memory"}

    def figure_at(k: int) -> bool:
        if k >= len(items):
            return False
        x = items[k]
        if x.kind == "term":
            return bool(set(x.terms) & figures)
        return x.kind == "entity" and bool(x.entities) and all(_category(e, lex) == MEMORY_TECH for e in x.entities)

    def one_chip_at(k: int) -> bool:
        x = items[k]
        return x.kind == "entity" and len(x.entities) == 1 and CHIP in lex.entities.get(x.entities[0], ("", ()))[1]

    def verb_at(k: int) -> bool:
        # "card draws more power", "chip draws 200 W": the figure's word is a verb, its object follows
        later = items[k + 1 : k + 4]
        # its object follows in the same part: "(system memory, not memory on the wafer)" is no verb
        later = later[: next((j for j, y in enumerate(later) if y.kind in ("comma", "open", "close")), len(later))]
        return bool(later) and (
            later[0].kind == "qty" or any(y.kind == "term" and set(y.terms) & set(items[k].terms) for y in later)
        )

    def head_at(k: int) -> bool:
        # "which chip memory", "which Tenstorrent card draws ...", "how many chip ...": the noun is the
        # head of what the question asks for, past names and articles before it
        j = k - 1
        while j >= 0 and (items[j].kind == "entity" or items[j].text.lower() in ARTICLES):
            j -= 1
        if j < 0 and not any(one_chip_at(i) or y.kind == "qty" for i, y in enumerate(items)):
            return True  # "chip power ranking": the question opens with it, no chip named, no range
        return j >= 0 and items[j].kind == "word" and items[j].role in ("wh", "count", "number", "top")

    def subject_of_verb_at(k: int) -> bool:
        # "How many GPUs can the Nvidia chip scale to?" (red team 77): "does"/"can" (words.tsv aux
        # "verb"), names and articles, the noun, and a figure's word that ends the question is the
        # noun's verb ("scale to"), the noun its subject; read "per chip", the figure was refused
        j = k - 1
        while j >= 0 and (items[j].kind == "entity" or items[j].text.lower() in ARTICLES):
            j -= 1
        rest = [y for y in items[k + 2 :] if not (y.kind == "word" and y.role == "filler")]
        return j >= 0 and items[j].kind == "word" and items[j].role == "aux" and items[j].value == "verb" and not rest

    named = [e for y in items if y.kind == "entity" for e in y.entities if CHIP in lex.entities.get(e, ("", ()))[1]]

    def part_kind_at(k: int) -> bool:
        # "the GPU performance of the M4": a kind that a chip named is not, and one of its parts is
        # (the M4's GPU), names that part (read as "the M4's GPU"), not a scope ("per GPU": per chip)
        x = items[k]
        return x.kind == "term" and any(
            lex.is_a(part, cls) and not lex.is_a(chip, cls)
            for cls in x.terms
            for part, chip in lex.parts.items()
            if chip in named
        )

    out = list(items)
    for k in range(len(items)):
        x = items[k]
        said = tokens(x.text)
        if len(said) != 1 or said[0].endswith("s") or x.kind not in ("term", "entity", "word"):
            continue  # a plural ("chips drawing more than 100 W") is the chips asked for
        if x.kind == "word" and x.role not in ("attr", "scope"):
            continue
        if part_kind_at(k):
            continue
        per = lex.words.get(("per", stem(said[0])), ("", ""))
        if per[0] not in ("scope", "chipscope"):
            continue
        if any(y.kind == "word" and y.role == "neg" for y in items[:k]):
            continue  # "which companies make no chip drawing over 100 W": the chip negated, no scope
        if figure_at(k + 1):
            if head_at(k) or verb_at(k + 1) or subject_of_verb_at(k):
                continue
        elif not (x.kind == "word" and k >= 2 and one_chip_at(k - 1) and one_word(items[k - 2].text)):
            continue  # "a single CS-3 system": one system's figure, as "one AI 100 Ultra card" is a card's
        out[k] = Item("word", f"per {x.text}", role=per[0], value=per[1])
    return out


def _unit_in(inner: list[Item]) -> bool:
    """ "(in TFLOPS)", "(in MHz)", "(in GB)": a parenthesis that is "in" and one unit with a metric
    prefix (a word of the vocabulary, "tflops", or a unit alone, "kw"), which asks for the figure in
    that unit as the same words outside do: never dropped as the measure said again, which let a
    TOPS figure answer "(in TFLOPS)"."""
    if len(inner) != 2 or not (inner[0].kind == "word" and inner[0].text.lower() == "in"):
        return False
    unit = inner[1]
    return (unit.kind == "word" and unit.role == "unit") or (unit.kind == "term" and _prefixed_unit(unit.text))


_unit_kind = remarks.unit_kind


def _chip_or_card(items: list[Item]) -> list[Item]:
    """ "per chip or per card", "per chip or card": figures of either scope count. One item (role
    ``chiporscope``, the other scope its value): the measure decides whether it changes anything.
    A comma before the "or" ("per chip, or per card") joins them the same."""
    out = [
        x
        for k, x in enumerate(items)
        if not (
            x.kind == "comma"
            and 0 < k < len(items) - 1
            and items[k - 1].kind == "word"
            and items[k - 1].role == "chipscope"
            and items[k + 1].kind == "word"
            and items[k + 1].role == "or"
        )
    ]
    for k in range(len(out) - 2):
        a, conj, b = out[k : k + 3]
        if not (conj.kind == "word" and conj.role == "or"):
            continue
        if (
            a.kind == "term"
            and a.terms == (CHIP,)
            and b.kind == "word"
            and b.role == "attr"
            and b.text in ("system", "systems")
        ):  # "which chip or system has the most memory": a system's figure counts, shown as one
            joined = Item("word", f"{a.text} or {b.text}", role="chiporscope", value="PerSystem")
            return out[:k] + [a, joined] + _chip_or_card(out[k + 3 :])
        pair = [x for x in (a, b) if x.kind == "word" and x.role == "chipscope"]
        other = b if pair and pair[0] is a else a
        if len(pair) != 1:
            continue
        if other.kind == "word" and other.role == "scope" and other.value:
            scope = other.value
        elif other is b and other.kind == "term" and other.text in ("card", "board"):
            scope = "PerCard"  # "per chip or card"
        else:
            continue
        joined = Item("word", f"{a.text} or {b.text}", role="chiporscope", value=scope)
        return out[:k] + [joined] + _chip_or_card(out[k + 3 :])
    return out


#: the scopes of a group of chips, whose size a number before them may say ("a 2,048-unit cluster")
_GROUP_SCOPES = ("PerCluster", "PerPod", "PerNode", "PerSystem")


def _scope_list_heads(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "excluding node and cluster figures", "(node, pod and cluster figures excluded)": in a list of
    scopes that names at least one as a scope ("cluster", words.tsv role ``scope``) and ends in a noun
    for figures, a bare head that elsewhere names a thing ("node": the process node) is that scope's
    head, as :func:`_scope_of` reads it in such a list, and is said as the scope ("per node"). Any
    other "node" (no scope beside it, no figure noun or "totals" after the list) is read as before."""
    out = list(items)
    k = 0
    while k < len(out):
        if _scope_of(out[k], lex) is None:  # a list opens with a scope
            k += 1
            continue

        # scope (joiner scope)*: "node and cluster", "node, pod or cluster"; never two scopes with no
        # joiner ("a 1,024-node cluster figure": the cluster's size)
        end = k + 1
        while _joiner(out, end) and end + _joiner(out, end) < len(out) and _scope_of(out[end + _joiner(out, end)], lex):
            end += _joiner(out, end) + 1
        if end < len(out) and _scope_of(out[end], lex) is not None:
            k = end
            continue  # two scopes with no joiner: not a list
        run = out[k:end]
        if (
            end > k + 1
            and end < len(out)
            and out[end].kind == "word"
            and (out[end].value in NOUNS or out[end].role == "sum")  # "figures", "totals"
            and any(x.kind == "word" and x.role == "scope" for x in run)
        ):
            for n in range(k, end):
                x = out[n]
                head = _scope_of(x, lex)
                if x.kind == "term" and head in _GROUP_SCOPES:
                    out[n] = Item("word", x.text, role="scope", value=head or "")
        k = max(end, k + 1)
    return out


def _joiner(items: list[Item], j: int) -> int:
    """The length of the joiner of a list at ``j``: "," or "and"/"or" (1), ", and" (2); 0: none."""

    def one(n: int) -> bool:
        return n < len(items) and (
            items[n].kind == "comma" or (items[n].kind == "word" and items[n].role in ("and", "or"))
        )

    if not one(j):
        return 0
    return 2 if items[j].kind == "comma" and one(j + 1) and items[j + 1].kind != "comma" else 1


def _sized_scope_set_aside(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "per chip rather than the aggregate of a 2,048-unit cluster", "not the total of a 2,048-system
    cluster": a group's scope set aside (after a contrast word, or a plain "not"), sized by "a" or
    "an", a number and a word for its members ("a 2,048-unit"), sets that group's figures aside,
    whatever its size: the number is no figure asked nor compared, and is dropped with the words of
    what it counts ("unit", "system", a chip's name), leaving "rather than the aggregate of a
    cluster", read as before. Only where the set-aside part is articles, "of" and words of a sum up
    to the number, and ends with the scope (then a comma, a parenthesis or the question's end); a
    number elsewhere ("in a 2,048-unit cluster", "rather than 2,048 systems per cluster", "not
    counting a 2,048-unit cluster") is read as before."""
    out = list(items)
    for k, it in enumerate(items):
        if not (it.kind == "word" and (it.role == "contrast" or (it.role == "neg" and not it.value))):
            continue
        j = k + 1
        while j < len(items) and items[j].kind == "word" and (items[j].role == "sum" or _plain_word(items[j])):
            j += 1
        if j >= len(items) or items[j - 1].text.lower() not in ("a", "an"):
            continue  # "a 2,048-unit cluster": the number sizes the group, it is no figure ("rather than 2,048")
        n = items[j]
        counted = (n.kind == "qty" and bool(n.readings) and all(r == "count" for r, _ in n.readings)) or (
            n.kind == "word" and n.role == "number"
        )
        if not counted:
            continue
        end = next((e for e in range(j + 2, min(j + 4, len(items))) if _group_scope_last(items, e, lex)), None)
        if end is None or not all(
            x.kind in ("entity", "term") or (x.kind == "word" and (x.role == "attr" or x.value == "noun"))
            for x in items[j + 1 : end]
        ):
            continue
        del out[j:end]
        return out[:j] + _sized_scope_set_aside(out[j:], lex)
    return out


def _group_scope_last(items: list[Item], e: int, lex: Lexicon) -> bool:
    """``items[e]`` names a group's scope ("cluster", "node") and ends its part: past articles, a
    comma, a parenthesis or the question's end follows."""
    after = next((x for x in items[e + 1 :] if not _plain_word(x)), None)
    return _scope_of(items[e], lex) in _GROUP_SCOPES and (after is None or after.kind in ("comma", "close"))


def _plain_word(x: Item) -> bool:
    """An article or "of": a filler with no reading of its own."""
    return x.kind == "word" and x.role == "filler" and not x.value


def _asides(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "taking 'up to' figures at face value": an aside (words.tsv role ``aside``, closed by the
    phrase its value names) says the figures are read as stated, which is how ask reads them: it
    is dropped whole. An aside that holds a negation or a parenthesis, that nothing closes, or that
    names a chip, an organization or a system or holds a number (a premise: :func:`_premise_word`)
    is left to the reading (and its unknown words refused)."""
    out = list(items)
    k = 0
    while k < len(out):
        it = out[k]
        absolute = _absolute_taken(out, k, lex)
        if absolute is not None:  # "with vendor claims taken at face value": as "taking vendor claims at ..."
            taking = Item("word", "taking", role="aside", value=absolute)
            if out[k].text.lower() == "with":
                out[k] = taking
            else:  # "(vendor claims taken at face value, ...)"
                out.insert(k, taking)
            it = taking
        if it.kind == "word" and it.role != "aside" and (it.text.lower(),) in phrase_class("rider"):
            # "read 'up to' figures at face value", "reading 'up to' as stated": a verb of a rider
            # opens such an aside too, where the aside reads whole; elsewhere it keeps its role
            # ("Reading the AWS section, ...": discourse)
            opened = [it._replace(role="aside", value="at face value"), *out[k + 1 :]]
            closer = lex.words.get(tuple(stem(t) for t in tokens("at face value")))
            closed = any(
                x.kind == "word" and lex.words.get(stems_of(x.text)) == closer for x in opened[1 : min(12, len(opened))]
            )
            if closed and _asides(opened, lex)[:1] != [opened[0]._replace(kind="unknown")]:
                out[k:] = opened
                it = out[k]
        if not (it.kind == "word" and it.role == "aside"):
            k += 1
            continue
        closer = lex.words.get(tuple(stem(t) for t in tokens(it.value)))
        end = next(
            (
                j
                for j in range(k + 1, min(k + 12, len(out)))
                if out[j].kind == "word" and closer is not None and lex.words.get(stems_of(out[j].text)) == closer
            ),
            None,
        )
        if end is None and _chips_taken(out, k, lex):
            del out[k]  # "Taking A, B and C, which ...": the chips it ranges over, as "considering" names them
            continue
        inside = _hedges_named_dropped(out[k + 1 : end], lex) if end is not None else []
        if end is None or any(
            x.kind in ("open", "close", "comma")
            or (x.kind == "word" and x.role in ("neg", "only"))
            or _premise_word(x, lex)
            for x in inside
        ):
            out[k] = it._replace(kind="unknown")  # "taking" that opens no aside is a word ask does not know
            k += 1
            continue
        # "taking hedged figures at their stated number": lower bounds in a range too
        # "treating 'over N' as N": a lower bound named (the graph's words for the hedge) says the same of
        # its figures; "taking up-to figures at face value" says nothing of lower bounds
        face = [
            x
            for x in inside
            if (x.kind == "report" and x.value in _FACE_VALUE_REPORTS)
            or lex.hedge_names.get(tuple(tokens(x.text))) == "lower bound"
        ]
        out[k : end + 1] = [Item("word", face[0].text, role="facevalue")] if face else []
    return out


def _premise_word(x: Item, lex: Lexicon) -> bool:
    """Whether ``x``, inside an aside of taking at face value, makes it a premise rather than a way
    of reading figures: a chip's, an organization's or a system's name, or a number ("taking the Groq
    LPU's 1 TB of HBM at face value", "taking Intel as a hyperscaler at face value", "treating the
    M2000 as a 7nm chip at face value"). Dropped whole with the aside, such a premise was never
    checked, a false one answered as if unsaid (red team 52 F1). One chip's hedged figure read as
    stated ("taking the M4's 'up to' figure at face value") is a rider, its premise checked
    (parse.riders); a kind's word alone ("the vendor's 'up to' figure") names no one thing."""
    if x.kind == "qty":
        return True
    return x.kind == "entity" and any(lex.is_a(e, CHIP) or lex.is_a(e, ORG) or lex.is_a(e, SYSTEM) for e in x.entities)


def _hedges_named_dropped(inside: list[Item], lex: Lexicon) -> list[Item]:
    """ "taking lower bounds ('over') and upper bounds ('up to') at their stated values": a
    parenthesis in an aside that names only hedges (Lexicon.hedge_names, as spelled, joined by
    "or", "and" or commas) says the words before it again; the aside without it. Any other
    parenthesis is kept (and the aside read as before)."""
    out: list[Item] = []
    k = 0
    while k < len(inside):
        close = next((j for j in range(k + 1, len(inside)) if inside[j].kind == "close"), None)
        if inside[k].kind == "open" and close is not None:
            named = [
                x
                for x in inside[k + 1 : close]
                if not (x.kind == "comma" or (x.kind == "word" and x.role in ("or", "and")))
            ]
            if named and all(tuple(tokens(x.text)) in lex.hedge_names for x in named):
                k = close + 1
                continue
        out.append(inside[k])
        k += 1
    return out


def _absolute_taken(items: list[Item], k: int, lex: Lexicon) -> str | None:
    """ "with vendor claims taken at face value", "with hedged figures read as stated": "with", what
    is taken, a participle of taking (phrase class ``taken``; an earlier step may have dropped it)
    and a phrase that closes an aside (a filler valued ``facevalue``) says what "taking ... at face
    value" says. What is taken must be words for figures or their hedges only (a report's phrase,
    "hedged", "figures"), never a name, a graph's word or a number: "with Nvidia taken at face
    value" is read as before. The closing phrase as spelled (the value of the aside it opens), the
    participle dropped; None for any other "with".

    So does the same with no "with" where a part of the question opens (after a comma or a
    parenthesis: "(vendor claims taken at face value, any precision)"), when what is taken names a
    hedge or a report of hedged figures ("vendor claims", "'up to' figures") and nothing else but
    articles and nouns for figures."""
    with_said = items[k].kind == "word" and items[k].text.lower() == "with"
    if not with_said:
        opens = k == 0 or items[k - 1].kind in ("open", "comma")
        if not opens or not _hedge_said(items[k], lex):
            return None
        k -= 1  # scanned as if a "with" stood before it
    for j in range(k + 1, min(k + 12, len(items))):
        if lex.words.get(stems_of(items[j].text)) == ("filler", "facevalue"):
            break
        if items[j].kind not in ("word", "report", "unknown") or (
            items[j].kind == "unknown" and not taken_participle(items[j])
        ):
            return None
    else:
        return None
    if taken_participle(items[j - 1]):
        del items[j - 1]
        j -= 1
    inside = items[k + 1 : j]
    if not inside or any(x.kind == "word" and x.role in ("neg", "only") for x in inside):
        return None
    if not with_said:
        nxt = items[j + 1] if j + 1 < len(items) else None
        # a part: closed by a comma or a parenthesis, or by the question's end after another part
        part = (nxt is None and k >= 0) or (nxt is not None and nxt.kind in ("comma", "close"))
        if not part or not all(
            _hedge_said(x, lex) or _plain_word(x) or (x.kind == "word" and x.value in NOUNS) for x in inside
        ):
            return None
    return items[j].text


def _hedge_said(x: Item, lex: Lexicon) -> bool:
    """``x`` names hedged figures: a report of them ("vendor claims") or a hedge ("'up to'")."""
    return (x.kind == "report" and x.value.startswith("hedged-figures")) or tuple(tokens(x.text)) in lex.hedge_names


def taken_participle(it: Item) -> bool:
    """Whether ``it`` is a participle of how a figure is taken ("taken", "measured", "counted":
    words.tsv phrase class ``taken``, as spelled), whatever it was segmented as."""
    return it.kind in ("word", "unknown", "term") and tuple(t.rstrip(".") for t in tokens(it.text)) in phrase_class(
        "taken"
    )


def _said_of_figures(it: Item, lex: Lexicon) -> bool:
    """Whether ``it`` may stand in what a participle says is taken at its peak ("an 'up to' figure",
    "the hedged figures may be"): a hedge's words, an article, a noun for figures, a modal or a copula."""
    if it.kind != "word":
        return False
    return (
        stems(it.text) in lex.hedges
        or it.role == "aux"
        or (it.role == "filler" and it.value in ("", "passive", "pronoun", *NOUNS))
    )


def peak_read(items: list[Item], k: int, lex: Lexicon) -> tuple[int, tuple[str, ...]] | None:
    """ "taking 'up to' figures at their stated peak", "An 'up to' figure may be taken at its stated
    peak.", "the highest clock, taken at its peak": the phrase of a peak (words.tsv filler valued
    ``peak``) at ``k`` closes what is read at its peak, opened by an aside word (role ``aside``) or
    said before a participle of taking (phrase class ``taken``) right before it. Returns where what
    is read at its peak opens and the hedges it names (ck: qualifiers); None when nothing opens it
    (the phrase is then a word ask does not know)."""
    j = k - 1
    while j >= max(0, k - 12) and not (
        items[j].kind in ("open", "close", "comma") or (items[j].kind == "word" and items[j].role in ("neg", "only"))
    ):
        if items[j].kind == "word" and items[j].role == "aside":  # as _asides reads an aside
            named = (lex.hedges[stems(x.text)] for x in items[j + 1 : k] if stems(x.text) in lex.hedges)
            return j, tuple(dict.fromkeys(named))
        j -= 1
    if k == 0 or not taken_participle(items[k - 1]):
        return None
    j = k - 2
    while j >= 0 and _said_of_figures(items[j], lex):
        j -= 1
    named = (lex.hedges[stems(x.text)] for x in items[j + 1 : k - 1] if stems(x.text) in lex.hedges)
    return j + 1, tuple(dict.fromkeys(named))


def _chips_taken(items: list[Item], k: int, lex: Lexicon) -> bool:
    """Whether the aside word at ``k`` ("taking", "take") that nothing closes opens the question with
    the chips it ranges over: "Taking the Maia 100, the Blackwell GPU and the M4, which has the most
    transistors?", "Take Gaudi 3 and Trainium2: which has more HBM?". Only names of two chips or more
    ("the", "and", commas between) up to a comma, or up to a question word or a verb of ranking where a
    colon stood; no chip named after them. A class, a restriction or a number ("taking only the startups",
    "taking the 7nm chips") is no list of names: the word stays unknown and is refused."""
    if any(
        not (x.kind in ("comma", "open") or (x.kind == "word" and x.role == "filler" and not x.value))
        for x in items[:k]
    ):
        return False
    j, named, last = k + 1, 0, None
    while j < len(items):
        x = items[j]
        if x.kind == "entity" and x.entities and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities):
            named += len(x.entities)
        elif not (
            x.kind == "comma" or (x.kind == "word" and (x.role == "and" or (x.role == "filler" and not x.value)))
        ):
            break
        last = x
        j += 1
    if named < 2 or j >= len(items) or last is None:
        return False
    after = items[j]
    opens = after.kind == "word" and after.role in ("wh", "who", "aux", "rank", "super", "value", "count", "top")
    if after.kind == "close" and any(x.kind == "open" for x in items[:k]):  # a colon made it a parenthesis
        last, after = after, items[j + 1] if j + 1 < len(items) else after
    if not (last.kind in ("comma", "close") or opens):
        return False
    return not any(
        x.kind == "entity" and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in items[j:]
    )


#: the hedged-figures reports whose figures, taken at face value, include the lower bounds
_FACE_VALUE_REPORTS = ("hedged-figures", "hedged-figures?qualifier=lower bound")


def stems_of(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(text))


_GRID = re.compile(r"^[x×](\d+)$")


def _grid_said(items: list[Item]) -> tuple[list[Item], tuple[int, int] | None]:
    """ "the MTIA v2's 8x8 grid", "(it is an 8 x 8 array)": rows by columns before a word for a
    layout of units (words.tsv attr, VALUE layout) say how a count is laid out: the phrase goes,
    and its dimensions are returned, to be checked against the figure answered (ck:gridRows,
    ck:gridColumns). One such phrase; none: (items, None)."""
    found: list[tuple[int, int, tuple[int, int]]] = []
    for k, it in enumerate(items):
        if not (it.kind == "qty" and it.text.isdigit()):
            continue
        after = items[k + 1 : k + 4]
        crossed = _GRID.match(after[0].text) if after and after[0].kind == "unknown" else None
        if (
            crossed
            and len(after) >= 2
            and after[1].kind == "word"
            and after[1].role == "attr"
            and after[1].value == "layout"
        ):
            found.append((k, k + 3, (int(it.text), int(crossed.group(1)))))
        elif (
            len(after) == 3
            and after[0].kind == "unknown"
            and after[0].text in ("x", "×")
            and after[1].kind == "qty"
            and after[1].text.isdigit()
            and after[2].kind == "word"
            and after[2].role == "attr"
            and after[2].value == "layout"
        ):
            found.append((k, k + 4, (int(it.text), int(after[1].text))))
    if not found:
        return items, None
    if len({dims for _, _, dims in found}) != 1:
        raise refuse("the question says two different grids")
    out = list(items)
    for start, end, _ in reversed(found):
        del out[start:end]
    return out, found[0][2]


def _generation_described(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "each Trillium TPU (sixth-generation Google TPU)": a parenthesis right after a chip's name
    that says its generation (an ordinal before "generation"), and besides only its designers, kinds
    or its own name, describes the chip: checked against the graph (ck:generation, ck:designedBy,
    its classes), it is dropped when it holds and refused when the article gives another generation
    or none. Anything else in it leaves it to the rest of the reading. So does the generation said
    right before the chip's name ("Google's sixth-generation Trillium TPU", "the first-generation
    Trainium")."""
    out = _generation_before_name(list(items), lex)
    i = 0
    while i < len(out):
        if not (out[i].kind == "open" and i > 0 and out[i - 1].kind == "entity" and len(out[i - 1].entities) == 1):
            i += 1
            continue
        chip = out[i - 1].entities[0]
        j = next((k for k in range(i + 1, len(out)) if out[k].kind in ("open", "close")), len(out))
        inner = [x for x in out[i + 1 : j] if not (x.kind == "word" and x.role == "filler" and not x.value)]
        said = [
            k
            for k in range(len(inner) - 1)
            if inner[k].kind == "word"
            and inner[k].role == "ordinal"
            and inner[k + 1].kind == "word"
            and inner[k + 1].role == "attr"
            and inner[k + 1].text in ("generation", "gen")
        ]
        if not lex.is_a(chip, CHIP) or j == len(out) or out[j].kind != "close" or len(said) != 1:
            i += 1
            continue
        rest = inner[: said[0]] + inner[said[0] + 2 :]
        described = all(
            x.kind == "comma"
            or (x.kind == "entity" and set(x.entities) <= {chip, *lex.designers.get(chip, ())})
            or (x.kind == "term" and all(lex.terms.get(t, ("", False))[1] and lex.is_a(chip, t) for t in x.terms))
            for x in rest
        )
        if not described:
            i += 1
            continue
        _generation_held(chip, int(inner[said[0]].value), lex)
        del out[i : j + 1]
    return out


def _generation_held(chip: str, number: int, lex: Lexicon) -> None:
    """Refuse unless the article makes ``chip`` generation ``number`` of its line (ck:generation)."""
    label, stated = lex.entities[chip][0], lex.generations.get(chip)
    if stated is None:
        raise refuse(
            f"the question takes {label} to be generation {number} of its line, which the article does not say"
        )
    if stated != number:
        raise refuse(
            f"the question takes {label} to be generation {number} of its line, "
            f"and the article makes it generation {stated}"
        )


def _generation_before_name(items: list[Item], lex: Lexicon) -> list[Item]:
    """An ordinal and "generation" right before one chip's name ("the sixth-generation Trillium
    TPU"): checked against ck:generation, dropped when it holds, refused when the article gives
    another generation or none."""
    out = list(items)
    k = 0
    while k + 2 < len(out):
        ordinal, word, name = out[k], out[k + 1], out[k + 2]
        if not (
            ordinal.kind == "word"
            and ordinal.role == "ordinal"
            and word.kind == "word"
            and word.role == "attr"
            and word.text in ("generation", "gen")
            and name.kind == "entity"
            and len(name.entities) == 1
            and lex.is_a(name.entities[0], CHIP)
        ):
            k += 1
            continue
        _generation_held(name.entities[0], int(ordinal.value), lex)
        del out[k : k + 2]
    return out


_BITS = re.compile(r"^(\d+) bits?$")


def _width_said(items: list[Item], lex: Lexicon) -> tuple[list[Item], tuple[str, int] | None]:
    """ "the Cloud AI 100 Ultra (four 64-bit controllers)": a width in bits right before the word of
    a count of units says how wide each unit is: the width goes, and (the count's measure, bits) is
    returned, to be checked against the chip's count figure (ck:bitWidth), as a premise ("32-bit",
    a name of the 32-bit formats, is a width there too). So does a parenthesis that sets the units'
    width aside beside "how many" of them ("how many controllers ... (the count, not their 64-bit
    width)"): the width is another measure than the count asked, said of the units and checked the
    same way. One such width; none: (items, None)."""
    items, aside = _width_set_aside(items, lex)
    units = {k: _counted_units_at(items, k + 1, lex) for k in range(len(items) - 1)}
    found = [
        k
        for k in range(len(items) - 1)
        if (
            items[k].kind == "qty"
            or (items[k].kind == "entity" and all(lex.is_a(e, CK + "NumericFormat") for e in items[k].entities))
        )
        and _BITS.match(items[k].text)
        and units[k] is not None
    ]
    if not found:
        return items, aside
    said = {(str(units[k]), int(_BITS.match(items[k].text).group(1))) for k in found}  # type: ignore[union-attr]
    if aside is not None:
        said.add(aside)
    if len(said) != 1:
        raise refuse("the question says the width of units twice")
    return [x for k, x in enumerate(items) if k not in found], said.pop()


def _counted_units_at(items: list[Item], k: int, lex: Lexicon) -> str | None:
    """The count measure of the units named at ``k`` ("memory controllers"), or after one memory
    technology they serve ("LPDDR4X memory controllers": the technology stays a constraint of its
    own); None when no count of units is named there."""
    if k < len(items) and items[k].kind == "entity" and items[k].entities:
        if not all(_category(e, lex) == MEMORY_TECH for e in items[k].entities):
            return None
        k += 1
    if k < len(items) and items[k].kind == "term" and len(items[k].terms) == 1 and items[k].terms[0] in COUNT_MEASURES:
        return items[k].terms[0]
    return None


def _width_set_aside(items: list[Item], lex: Lexicon) -> tuple[list[Item], tuple[str, int] | None]:
    """ "(not their 64-bit width)", "(rather than their 64-bit width)" beside "how many" and one
    count of units ("how many LPDDR4X memory controllers"): the parenthesis goes, and (the count's
    measure, bits) is returned; any other question: (items, None)."""
    counts = [x for x in items if x.kind == "term" and len(x.terms) == 1 and x.terms[0] in COUNT_MEASURES]
    if len(counts) != 1 or not any(x.kind == "word" and x.role == "count" and not x.value for x in items):
        return items, None
    for i, x in enumerate(items):
        if x.kind != "open":
            continue
        j = next((k for k in range(i + 1, len(items)) if items[k].kind == "close"), len(items))
        said = [y for y in items[i + 1 : j] if not (y.kind in ("word", "comma") and y.role in ("filler", ""))]
        if said and said[0].kind == "word" and said[0].role == "count" and not said[0].value:
            said = said[1:]  # "(the count, not their 64-bit width)": the count asked, said again
        if (
            len(said) in (2, 3)
            and said[0].kind == "word"
            and (said[0].role == "contrast" or (said[0].role == "neg" and said[0].value != "lack"))
            and said[-1].kind == "word"
            and said[-1].role == "unitwidth"
            and (len(said) == 2 or (said[1].kind == "unknown" and said[1].text.lower() == "bit"))
        ):
            # "(not their bit width)", "(the count, not their width)": another measure than the count
            # asked, with no width said to check; the parenthesis goes
            return items[:i] + items[j + 1 :], None
        if (
            len(said) == 3
            and said[0].kind == "word"
            and (said[0].role == "contrast" or (said[0].role == "neg" and said[0].value != "lack"))
            and (
                said[1].kind == "qty"
                or (said[1].kind == "entity" and all(lex.is_a(e, CK + "NumericFormat") for e in said[1].entities))
            )
            and _BITS.match(said[1].text)
            and said[2].kind == "word"
            and said[2].role == "unitwidth"
        ):
            bits = int(_BITS.match(said[1].text).group(1))  # type: ignore[union-attr]
            return items[:i] + items[j + 1 :], (counts[0].terms[0], bits)
    return items, None


def _count_number(x: Item) -> str | None:
    """The whole number an item says as a count ("two", "dual", "2"), as digits; None otherwise."""
    if x.kind == "word" and x.role == "number":
        return x.value
    if x.kind == "qty" and x.text.isdigit():
        return x.text
    return None


def _exact(items: list[Item], pos: int) -> bool:
    """Whether the count whose kind of unit is at ``pos`` is said exactly (no comparator before its
    number, none after its unit): "more than two dies" is no count of two."""
    return not (pos >= 2 and items[pos - 2].kind == "word" and items[pos - 2].role in ("cmp", "between")) and not (
        pos + 1 < len(items) and items[pos + 1].kind == "word" and items[pos + 1].role == "cmp_after"
    )


def _counts_said(items: list[Item], lex: Lexicon) -> list[tuple[str, str, int]]:
    """The counts of units said as a number before a kind of unit the graph counts ("two dies",
    "dual-die"): (number, kind, position of the kind). A word the graph states that kind's counts
    in (ck:statedUnit: the SN40L's two dies are a "dual-chip" design) names the kind too, but only
    where ``kinds`` limits the reading to kinds said elsewhere (see :func:`_restates_counts`)."""
    out = []
    for k in range(len(items) - 1):
        number, unit = _count_number(items[k]), items[k + 1]
        if number is None:
            continue
        for kind in unit.entities if unit.kind == "entity" else ():
            if kind in lex.counted:
                out.append((number, kind, k + 1))
    return out


def _counts_alternative(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "dual-die or dual-chip packages": a count in a word the graph states counts of a kind in
    (ck:statedUnit: the SN40L's two dies are a "dual-chip design"), joined by "or" to the same number
    of that kind, is that count again: the word is read as the kind (not "the top 2 chips")."""
    out = list(items)
    said = [(n, kind, pos) for n, kind, pos in _counts_said(out, lex) if _exact(out, pos)]
    for n, kind, pos in said:
        for step in (1, -1):  # the alternative after the count ("two dies or two chips") or before it
            k = pos + 1 if step == 1 else pos - 2
            while 0 <= k < len(out) and out[k].kind == "word" and out[k].role in ("filler", "attr"):
                k += step
            if not (0 <= k < len(out) and out[k].kind == "word" and out[k].role == "or"):
                continue
            k += step
            while 0 <= k < len(out) and out[k].kind == "word" and out[k].role in ("filler", "attr"):
                k += step
            number, unit = (k, k + 1) if step == 1 else (k - 1, k)
            if not (0 <= number and unit < len(out)):
                continue
            x, y = out[number], out[unit]
            if (
                _count_number(x) == n
                and y.kind in ("term", "unknown")
                and stems_of(y.text) in lex.stated_units.get(kind, ())
            ):
                out[unit] = Item("entity", y.text, entities=(kind,), plural=y.plural)
    return out


def _restates_counts(inner: list[Item], rest: list[Item], lex: Lexicon) -> bool:
    """ "two dies (dual-die or dual-chip packages)", "made of two dies (counting a 'dual-chip' design
    as two)": a parenthesis whose every part is a count the question says outside it, in the words
    the graph states such counts in (ck:statedUnit: "chips" for the SN40L's two dies), restates
    that count and is dropped. Anything else in it (another number, kind or name) leaves it to the
    rest of the reading."""
    # an exact count only: "more than two dies (dual-die)" says two ways, not one
    said = {(n, kind) for n, kind, pos in _counts_said(rest, lex) if _exact(rest, pos)}
    if not said:
        return False
    parts = list(inner)
    if parts and parts[0].kind == "word" and parts[0].role == "count" and parts[0].text == "counting":
        parts = parts[1:]  # "(counting a 'dual-chip' design as two)"
    numbers = {n for n, _ in said}
    if len(parts) >= 2 and _count_number(parts[-1]) in numbers and parts[-2].text == "as":
        parts = parts[:-2]
    pairs = 0
    k = 0
    after_pair = False
    while k < len(parts):
        x = parts[k]
        if _count_number(x) is not None:
            unit = parts[k + 1] if k + 1 < len(parts) else None
            if unit is None:
                return False
            kinds = {kind for n, kind in said if n == _count_number(x)}
            named = unit.kind == "entity" and kinds & set(unit.entities)
            stated = unit.kind in ("entity", "term", "unknown") and any(
                stems_of(unit.text) in lex.stated_units.get(kind, ()) for kind in kinds
            )
            if not (named or stated):
                return False
            pairs += 1
            k += 2
            after_pair = True
            continue
        if x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "or", "attr")):
            k += 1
            continue
        if after_pair and x.kind == "term" and set(x.terms) <= {CK + "designedBy", CK + "designs", CHIP}:
            k += 1  # "a dual-die design", "a dual-die chip": what the count is of
            continue
        return False
    return pairs > 0


def _examples_of_terms(inner: list[Item], outside_terms: set[str], lex: Lexicon) -> bool:
    """ "the most cores (cores, tiles, DIMCs)", "a software stack or SDK (for example CUDA, PyTorch
    2.0 or a vendor SDK)": a parenthesis that says again a word of the question and lists examples
    of it. Each name must fall under a word said outside, in the graph: a kind of unit the measure
    counts (the graph's counts of AMP tiles and DIMCs are compute units), or a thing of the class
    the relation ranges over (CUDA is a ck:SoftwareStack), under one of its readings ("DIMCs": the
    units, beside the architecture); a word of the question may come with a
    word before it ("a vendor SDK" is an SDK). Anything else (a number, a negation, an unknown word,
    a name of something else) is no list of examples, and is left to the reading."""
    restated = False
    for k, x in enumerate(inner):
        if x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "or", "and", "gloss")):
            continue
        if (
            x.kind == "term"
            and set(x.terms) & outside_terms
            and not any(lex.terms.get(t, ("", True))[1] for t in x.terms)
        ):
            restated = True  # a measure's or relation's word; a kind's ("accelerators") may widen the question
            continue
        if x.kind == "term":  # "a vendor SDK": a word before the word said outside
            after = inner[k + 1] if k + 1 < len(inner) else None
            if after is not None and after.kind == "term" and set(after.terms) & outside_terms:
                continue
            return False
        if x.kind == "entity" and any(_example_of(e, outside_terms, lex) for e in x.entities):
            continue
        return False
    return restated


def _also_included(inner: list[Item], rest: list[Item]) -> bool:
    """ "How many chips are associated with inference, including those also associated with training?":
    "including" those that "also" meet another condition says the answer keeps them, which it does:
    a condition the question states is met whatever else a chip meets, so nothing changes. Only
    "including" (or "include") then "those", "ones", "any" or "chips" and "also" within two words;
    and not where the question says "only" (a chip doing only inference is asked), or the aside
    negates anything."""
    said = [x for x in inner if not (x.kind == "word" and x.role == "filler" and x.text.lower() in ARTICLES)]
    if len(said) < 3 or not (
        said[0].kind == "word" and said[0].role == "gloss" and said[0].text.lower().startswith("includ")
    ):
        return False
    if (said[1].text.lower(),) not in phrase_class("alsoincluded"):
        return False
    if not any(x.text.lower() == "also" for x in said[2:5]):
        return False
    if any(x.kind == "word" and x.role in ("neg", "only") for x in inner):
        return False
    return not any(x.kind == "word" and x.role == "only" for x in rest)


def _examples_of_the_kind_before(before: Item | None, inner: list[Item], lex: Lexicon) -> bool:
    """ "deployed on a cloud platform (e.g. Azure)", "run on a cloud platform like Azure or EC2
    UltraClusters": a gloss right after a word for a kind of a relation's value (Lexicon.value_classes:
    "cloud platform", ck:CloudPlatform) that names only things the graph holds of that kind gives
    examples of it; the question asks for any value of the kind, as without them. A name of anything
    else ("a cloud platform like SambaNova's") or any other word is no list of examples."""
    if before is None or before.kind != "term":
        return False
    kind = lex.value_classes.get(stems(before.text))
    if kind is None:
        return False
    named = False
    for x in inner:
        if x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "or", "and", "gloss")):
            continue
        if x.kind == "entity" and x.entities and all(lex.is_a(e, kind) for e in x.entities):
            named = True
            continue
        return False
    return named


def _any_of_the_asked(inner: list[Item], outside_terms: set[str], lex: Lexicon) -> bool:
    """ "Which data types does Trainium2 support, including any new configurable formats?": "any" and
    then only the question's own word for a relation (and words ask does not know before it, which
    can only say which of its values) includes values the question asks for anyway: the gloss is
    dropped. A word for a kind ("chips, including any accelerators") may widen what is asked, and
    keeps it, as does a name, a number, a negation, or another known word."""
    said = [x for x in inner if not (x.kind == "word" and x.role in ("gloss", "filler") and x.value != "whichever")]
    if not said or not (said[0].kind == "word" and said[0].value == "whichever"):
        return False
    head = said[-1]
    if (
        head.kind != "term"
        or not set(head.terms) <= outside_terms
        or any(lex.terms.get(t, ("", True))[1] for t in head.terms)
    ):
        return False
    return all(x.kind == "unknown" for x in said[1:-1])


def _asked_again(inner: list[Item], rest: list[Item]) -> bool:
    """ "whose chips are on 7nm? like which companies", "who makes the MTIA v2, i.e. which company":
    a gloss made of a question word alone, or with a word for a kind, says again what the question
    opens by asking for, and gives no examples: "who"/"whose" ask for organizations ("which
    companies", "who"), "which chips" for chips ("like which chips"). The kind must be the one asked
    exactly: "whose chips ... like which foundries" (a designer asked, foundries named) or "which
    chips ..., like which companies" asks something else and is left to the reading (refused)."""
    said = [x for x in inner if not (x.kind == "word" and (x.role == "gloss" or (x.role == "filler" and not x.value)))]
    opening = [x for x in rest if not (x.kind == "word" and x.role == "filler" and not x.value)][:2]
    if not said or not opening or len(said) > 2 or said[0].kind != "word" or said[0].value:
        return False
    if opening[0].kind == "word" and opening[0].role == "who" and not opening[0].value:
        asked: tuple[str, ...] = (ORG,)
    elif (
        opening[0].kind == "word"
        and opening[0].role == "wh"
        and not opening[0].value
        and len(opening) == 2
        and opening[1].kind == "term"
    ):
        asked = opening[1].terms
    else:
        return False
    if len(said) == 1:  # "like who": of organizations only
        return said[0].role == "who" and asked == (ORG,)
    kind = said[1]
    return said[0].role == "wh" and kind.kind == "term" and bool(kind.terms) and set(kind.terms) <= set(asked)


def _example_of(entity: str, outside_terms: set[str], lex: Lexicon) -> bool:
    """Whether the graph puts ``entity`` under one of ``outside_terms``: a kind of unit one of them
    counts, or a thing of a class whose relation (compile.ENTITY_RELATIONS) is one of them."""
    if lex.counted.get(entity) in outside_terms:
        return True
    classes = lex.entities.get(entity, ("", ()))[1]
    return any(k in classes and p in outside_terms for k, p in ENTITY_RELATIONS)


def _drop_glosses(items: list[Item], lex: Lexicon, checks: list[remarks.Check]) -> list[Item]:
    """Parenthesized glosses ("(a.k.a. ...)", "(including variants such as HBM3E)", "(any node)")
    restate what is outside them: dropped when every name in them is (or is a variant of) a name
    outside. Remarks (:func:`chipkg.ask.remarks.read`) go, leaving ``checks`` for the frame. Other
    parentheses are read as part of the question."""
    out: list[Item] = []
    items = _counting_clause_as_parenthesis(items)
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "open":
            j = next((k for k in range(i + 1, len(items)) if items[k].kind == "close"), len(items))
            outside = [e for x in items[:i] + items[j + 1 :] if x.kind == "entity" for e in x.entities]
            inner = _versions(_negation_before_scope(_and_not(items[i + 1 : j]), lex), outside, lex)
            inner = _only_of_unhedged(inner)
            chip_named = any(lex.is_a(e, CHIP) for e in outside)
            said = [x for x in inner if not _plain_filler(x)]
            if (
                len(said) == 1
                and said[0].kind == "word"
                and said[0].role == "filler"
                and _unit_kind(said[0].text) is not None
                and any(x.kind == "term" and CK + "performance" in x.terms for x in items[:i] + items[j + 1 :])
            ):
                # "the Apple M4's performance (floating-point)": the figures of that unit, as
                # "(floating-point performance)" says it; a filler here would drop it (it listed TOPS too)
                inner = [Item("term", f"{said[0].text} performance", terms=(CK + "performance",))]
            if _unit_in(inner):  # "(in TFLOPS)", "(in kW)": read as said outside, the unit asked (checked)
                out.extend(inner)
                i = j + 1
                continue
            apposed = _apposed_kind(out[-1] if out else None, inner, lex) if chip_named else None
            if apposed is not None:  # "chip-to-chip (die-to-die)": the one kind meant
                out[-1] = apposed
                i = j + 1
                continue
            if not _all_variants(inner, outside, lex):
                raise refuse(
                    "a parenthesis names some of the kinds of a technology the question names; "
                    "ask about them by name, one at a time"
                )
            if _restates_counts(inner, items[:i] + items[j + 1 :], lex):
                i = j + 1  # "two dies (dual-die or dual-chip packages)": the count said again
                continue
            names = [e for x in inner if x.kind == "entity" for e in x.entities]
            if _spelling(inner, outside, lex):  # "BF16 (spelled BFLOAT16 in one section)": the same thing
                i = j + 1
                continue
            # a name of several things ("8-bit integer": INT8, UINT8) restates one of them outside
            restates = all(any(_related(e, outside, lex) for e in x.entities) for x in inner if x.kind == "entity")
            only_words = all(
                x.kind in ("entity", "comma")
                or (x.kind == "word" and x.role in ("gloss", "filler", "and", "or", "wh", "aux"))
                for x in inner
            )
            # a gloss word, or only names that restate (or are variants of) names outside
            glossy = any(x.kind == "word" and x.role == "gloss" for x in inner) or (names and restates)
            # "(counting only HBM3)" beside HBM: a narrower name said with "only" narrows, it does not
            # restate (a word of the phrase is an "only" of words.tsv: "counting only", "just")
            only_narrower = any(_says_only(x, lex) for x in inner) and any(e not in outside for e in names)
            # "HBM (i.e. HBM3)": a name said to be the same as one outside but narrower than it narrows
            # (an example of it, "e.g. HBM3", does not)
            same_narrower = any(x.kind == "word" and x.role == "gloss" and x.value == "same" for x in inner) and any(
                e not in outside and any(o in lex.broader.get(e, []) for o in outside) for e in names
            )
            if (
                inner
                and only_words
                and restates
                and glossy
                and not only_narrower
                and not same_narrower
                and not any(x.kind == "qty" for x in inner)
            ):
                i = j + 1
                continue
            if i > 0 and _describes(items[i - 1], inner, lex):  # "the UXL Foundation (the industry group ...)"
                i = j + 1
                continue
            counted_apart = _counted_apart(inner, lex)
            if counted_apart is not None:  # "(count the Grayskull models separately)": as ask counts
                counted_words = " ".join(x.text for x in inner)
                # "(counting the two Grayskull models separately)" beside a list: each listed apart, as
                # ask lists them; "(count the Grayskull models separately)" asks for a count
                each_listed = inner[0].kind == "word" and inner[0].text.lower() == "counting"
                if counted_apart == "chips":
                    apart_checks = ("counted" if each_listed else "count", "chips")
                    checks.extend(remarks.Check(kind, (), counted_words) for kind in apart_checks)
                else:  # "(counting Alphabet and Google separately)": a subsidiary apart from its parent
                    apart_named = "|".join(dict.fromkeys(e for x in inner if x.kind == "entity" for e in x.entities))
                    out.append(Item("word", counted_words, role="orgsapart", value=apart_named))
                i = j + 1
                continue
            said_hedges = _figure_hedges_said(inner, lex)
            if said_hedges is not None:  # "(an 'up to' figure for that one)": checked of the answer's figure
                # (a parenthesis ask read before as a remark on phrasing falls back to that reading)
                soft = _phrasing_remark(inner, lex)
                checks.append(
                    remarks.Check("figurehedged" + ("?" if soft else ""), said_hedges, " ".join(x.text for x in inner))
                )
                i = j + 1
                continue
            if _remark(inner) or _phrasing_remark(inner, lex):  # "(it seems to hedge on this)"
                i = j + 1
                continue
            outside_terms = {t for x in items[:i] + items[j + 1 :] if x.kind == "term" for t in x.terms}
            both = any(x.kind == "word" and x.text == "both" for x in items[:i] + items[j + 1 :])
            # the words for what the question names: its terms, the kinds of its names, and the
            # relations those kinds imply ("formats" beside FP16: ck:NumericFormat, ck:supportsFormat)
            kinds = {k for e in outside for k in lex.entities.get(e, ("", ()))[1]}
            said_terms = outside_terms | kinds | {p for k, p in ENTITY_RELATIONS if k in kinds}
            if both and _not_one(inner, said_terms):  # "both training and inference (not merely one of the two)"
                i = j + 1
                continue
            left_out = remarks.figureless_left_out(inner, outside, lex)
            if left_out is not None:  # "(chips whose SRAM size is not given are left out)": as ask does, checked
                checks.extend(left_out)
                i = j + 1
                continue
            imprecise = remarks.imprecise_left_out(inner)
            if imprecise is not None:  # "(leaving out figures with no stated precision)": as ask does, checked
                checks.append(imprecise)
                i = j + 1
                continue
            if remarks.says_any(inner, lex):  # "(any capacity, ...)": a condition set aside, checked
                remark = remarks.read(inner, outside, outside_terms, lex)
                if remark is None:
                    raise refuse("a parenthesis sets a property aside beside words I cannot read with it")
                checks.extend(remark.checks)
                out.extend(Item("word", "no such fact", role="unstated", value=prop) for prop in remark.unstated)
                if remark.per_chip:
                    out.append(Item("word", "per chip", role="chipscope"))
                i = j + 1
                continue
            if _restates_terms(inner, items[:i] + items[j + 1 :], outside_terms, lex):
                i = j + 1  # "the most cores (or core-like compute units)", "GPUs (which includes Gaudi 3)"
                continue
            measured = any(x.kind == "qty" for x in items[:i] + items[j + 1 :])
            if _contrast(inner, outside, outside_terms, lex, measured):  # "(static RAM, not external DRAM)"
                i = j + 1
                continue
            unstated = _figureless_set_aside(inner, outside, outside_terms, lex)
            if unstated is not None:  # "(ignoring the MI350, whose capacity is never given)": checked
                out.extend(unstated)
                i = j + 1
                continue
            if _port_sum_set_aside(inner, outside_terms, lex):
                i = j + 1  # "(the per-port rate, not an aggregate across the 24 ports)": a port's own figure
                continue
            part_said = _part_sum_set_aside(inner, items[:i] + items[j + 1 :])
            if part_said is not None:  # "(per die, not the combined figure)": the part's figure is asked
                out.extend(part_said)
                i = j + 1
                continue
            restated_term = any(x.kind == "term" and outside_terms & set(x.terms) for x in inner)
            if (
                any(x.kind == "comma" for x in inner)
                and restated_term
                and not all(_related(e, outside, lex) for e in names)
            ):
                # "the most cores (cores, tiles, DIMCs)": names that gloss a word outside, not constraints
                narrowed = _narrowing_aside(inner, items[:i] + items[j + 1 :], outside, outside_terms, lex, checks)
                if narrowed is not None:  # "(memory bandwidth, not the interchip interconnect)"
                    out.extend(narrowed)
                    i = j + 1
                    continue
                if _examples_of_terms(inner, outside_terms, lex):
                    i = j + 1  # "the most cores (cores, tiles, DIMCs)": kinds the graph counts as cores
                    continue
                set_aside = _set_aside_checked(inner, outside, outside_terms, lex, checks)
                if set_aside is not None:  # "(lanes of host connectivity, not Ethernet ports)": checked
                    out.extend(set_aside)
                    i = j + 1
                    continue
                raise refuse(
                    "a parenthesis names things beside a word the question already uses; "
                    "say in the question itself what they restrict"
                )
            counted = _counted_scope(inner, lex) or (_named_scope(items[i - 1], inner, lex) if i > 0 else None)
            if counted is not None:  # "(counting the AI 100 Ultra's per-card figure)", "... Ultra (single-card figure)"
                out.append(counted)
                i = j + 1
                continue
            # "(per-card figures excluded)": as "(not per-card figures)"; "(the AI 100 Ultra's 150 W is a
            # per-card rating and would not qualify anyway)": as "(not the AI 100 Ultra's per-card 150 W)"
            unposed = _scope_said_excluded(inner, items[:i] + items[j + 1 :], lex) or _postposed_negation(inner)
            chip_aside = any(_figure_holder(x, lex) for x in unposed)
            if chip_aside:
                # "(the AI 100 Ultra's per-card figure set aside)": that chip's figures, checked when
                # answered (:func:`_narrowing_aside`), never the scope alone with the chip unread
                narrowed = _narrowing_aside(unposed, items[:i] + items[j + 1 :], outside, outside_terms, lex, checks)
                if narrowed is not None:
                    out.extend(narrowed)
                    i = j + 1
                    continue
            other = (
                _other_scope_aside(unposed, items[:i] + items[j + 1 :])
                if not chip_aside and _negated_scope(unposed, lex)
                else None
            )
            if other is not None:  # "a Gaudi 3 node (setting aside the cluster figure)": the node's, checked
                checks.append(other)
                i = j + 1
                continue
            if not chip_aside and _negated_scope(unposed, lex):  # "(not per core or per die)": per-chip figures only
                either = [
                    x for x in unposed if x.kind == "word" and x.role == "chiporscope"
                ]  # "(per chip or card, ...)"
                aside = sorted({s for x in unposed if x.kind == "word" and (s := _scope_of(x, lex))})
                out.append(either[0] if either else scope_set_aside(aside))
                i = j + 1
                continue
            if _unprofiled_included(inner, items[:i] + items[j + 1 :]):
                i = j + 1  # "(including any non-profiled products it mentions)": so does the question
                continue
            included = _kinds_included(inner, lex)
            if included is not None:  # "hedge included", "hedged lower bounds included": checked
                checks.extend(included)
                i = j + 1
                continue
            clarified = _clarifying(inner, lex, outside, outside_terms, checks)
            if clarified is not None:  # "(a per-node figure, not per chip)": what it says, once
                out.extend(clarified)
                i = j + 1
                continue
            if _measure_restated_aside(inner, items[:i] + items[j + 1 :], outside_terms, lex):
                i = j + 1  # "(memory bandwidth, not interconnect bandwidth)": what the question measures
                continue
            if _only_sibling_set_aside(inner, items[:i] + items[j + 1 :], outside, lex):
                i = j + 1  # "training (of any model size, not only inference)": training is asked
                continue
            lacking = _unstated_property(inner, outside_terms, lex)
            if lacking is not None:  # "(the article names no foundry)": stated of the chip, checked
                out.append(lacking)
                i = j + 1
                continue
            if _taken_as_stated(inner, outside, outside_terms, lex):
                i = j + 1  # "(take NorthPole's nominal figure as its clock)"
                continue
            unit_said = _unit_kinds_aside(inner)
            if unit_said is not None:  # "(counting FLOPS figures only, not TOPS)": checked against the frame
                checks.append(unit_said)
                i = j + 1
                continue
            unhedged = _hedges_aside(inner, lex, outside_terms)
            if unhedged is not None:  # "(no 'up to')", "(not as 'over' or 'around' a figure)"
                out.extend(unhedged)
                i = j + 1
                continue
            narrowed = _narrowing_aside(inner, items[:i] + items[j + 1 :], outside, outside_terms, lex, checks)
            if narrowed is not None:  # "(the one-card figure, not the dual-card one)"
                out.extend(narrowed)
                i = j + 1
                continue
            remark = remarks.read(inner, outside, outside_terms, lex)
            if remark is not None:  # "(explicitly, not inferred ...)", "(design, not fabrication)"
                if remark.per_chip:
                    out.append(Item("word", "per chip", role="chipscope"))
                out.extend(Item("word", "no such fact", role="unstated", value=prop) for prop in remark.unstated)
                checks.extend(remark.checks)
                i = j + 1
                continue
            set_aside = _set_aside_checked(inner, outside, outside_terms, lex, checks)
            if set_aside is not None:  # "(not its SRAM bandwidth)": checked against the figures answered
                out.extend(set_aside)
                i = j + 1
                continue
            part_only = _other_parts_aside(inner, outside, lex)
            if part_only is not None:  # "(the Neural Engine only, not the CPU or GPU)": checked
                checks.extend(part_only)
                i = j + 1
                continue
            kept = _kept_only(inner, lex)
            if kept is not None:  # "(the HBM tier only)": checked against the figures answered
                out.append(kept)
                i = j + 1
                continue
            # "Which chips are made by TSMC (so not the Groq LPU)?": in a question that asks which chips or
            # how many, a bare "not" before chips' names leaves them out as "excluding" does, not one that
            # asks a most or a ranking: "(not the CS-3)" may deny that the CS-3 is the answer
            around = items[:i] + items[j + 1 :]
            asks_chips = any(x.kind == "word" and x.role in ("wh", "count") for x in around) and not any(
                x.kind == "word" and x.role in ("super", "rank", "top") for x in around
            )
            excluded = None if chip_named else _chips_excluded(inner, lex, bare=asks_chips)
            if excluded is not None:  # "Which chips use HBM (excluding the Gaudi 3)?": as said outside
                out.append(Item("comma", ","))
                out.extend(excluded)
                i = j + 1
                continue
            sibling = _sibling_figure_aside(inner, outside, outside_terms, lex)
            if sibling is not None:  # "(the GPU-to-GPU link, as distinct from the die-to-die one)": checked
                checks.extend(sibling)
                i = j + 1
                continue
            org_kinds = _organization_kinds_aside(inner, lex)
            if org_kinds is not None:  # "(designers only, not foundries)": checked against the answer
                out.append(org_kinds)
                i = j + 1
                continue
            if _not_merely(inner, outside, outside_terms, lex):
                i = j + 1  # "(as opposed to AI workloads in general)": the question asks what it names
                continue
            parts = _parts_at_negation(_postposed_in_last_part(inner), lex)
            if parts is not None:  # "(the energy-efficiency gain, not the peak-compute multiple)": each alone
                items = items[:i] + parts + items[j + 1 :]
                continue
            named_aside = _values_named_aside(inner, items[:i] + items[j + 1 :], lex)
            if named_aside is not None:  # "(not the RDNA mention in Future Prospects)": checked in the answer
                out.append(named_aside)
                i = j + 1
                continue
            if any(x.kind == "word" and x.role == "neg" for x in inner):
                raise refuse(NEGATED_ASIDE)
            if _superlative_alone_said_again(inner, items[:i] + items[j + 1 :]):
                i = j + 1  # "the oldest, i.e. largest, process node": the superlative said again
                continue
            if _superlative_said_again(inner, items[:i] + items[j + 1 :]):
                # "the oldest process node, like the biggest nm": read in place, as "(the biggest nm)" is
                out.extend(x for x in inner if not (x.kind == "word" and x.role == "gloss"))
                i = j + 1
                continue
            listed = _examples_listed(inner, outside, outside_terms, lex)
            if (
                listed is not None
            ):  # "(including its configurable FP8 variant)", "(e.g. Groq)" beside designers: checked in the answer
                out.append(listed)
                i = j + 1
                continue
            if any(x.kind == "word" and x.role == "gloss" for x in inner) and (
                _examples_of_terms(inner, outside_terms, lex)
                or _any_of_the_asked(inner, outside_terms, lex)
                or _examples_of_the_kind_before(out[-1] if out else None, inner, lex)
            ):
                i = j + 1  # "a software stack (e.g. CUDA or a vendor SDK)": examples of the word said
                continue
            glossed = next((x for x in inner if x.kind == "word" and x.role == "gloss"), None)
            named = [x for x in inner if x is not glossed and not (x.kind == "word" and x.role == "filler")]
            if (
                glossed is not None
                and glossed.text.lower().split()[0] in ("among", "amongst")
                and named
                and all(x.kind == "term" and set(x.terms) <= {CHIP, *_GENERAL_KINDS} for x in named)
            ):
                i = j + 1  # "the most common node among these chips": the chips of the graph, all of them
                continue
            if _asked_again(inner, items[:i] + items[j + 1 :]):
                i = j + 1  # "whose chips are on 7nm? like which companies": the question's ask, said again
                continue
            if _also_included(inner, items[:i] + items[j + 1 :]):
                i = j + 1  # "..., including those also associated with training": included anyway
                continue
            said_again = [x for x in inner if not (x.kind == "word" and x.role == "gloss" and x.value == "same")]
            # only a scope said again ("with both dies combined"): a condition after "i.e." ("at least
            # 1.35 GHz", "made by TSMC", "cFP8") must be the question's own, which is checked elsewhere
            scope_only = any(x.kind == "word" and x.role in ("scope", "chipscope") for x in said_again) and all(
                x.kind == "word"
                and (
                    x.role in ("scope", "chipscope", "sum") or _plain_filler(x) or x.text.lower() in ("with", "across")
                )
                for x in said_again
            )
            if glossed is not None and glossed.value == "same" and scope_only and len(said_again) < len(inner):
                # "Per GPU, i.e. with both dies combined", "per chip, i.e. across both dies": what "i.e."
                # says is the same scope again, read as said; it gives no examples
                items = items[: i + 1] + said_again + items[j:]
                continue
            if glossed is not None:  # "Which chips use HBM? Include capacities.": set apart as examples
                raise refuse(
                    f"'{glossed.text}' is read as giving examples ('such as', 'including') of things the rest "
                    "of the question does not name; name them as constraints"
                )
            out.extend(x for x in inner)
            i = j + 1
            continue
        if it.kind == "close":
            i += 1
            continue
        if it.kind == "word" and it.role == "gloss":
            # "FP32, i.e. single precision", "HBM, HBM3 variants included": a gloss outside
            # parentheses runs from the comma before it to the next comma (or the end), and is read
            # as a parenthesis would be
            before = next((k for k in range(i - 1, -1, -1) if items[k].kind in ("comma", "open", "close")), None)
            start = before + 1 if before is not None and items[before].kind == "comma" else i
            end = next((k for k in range(i + 1, len(items)) if items[k].kind in ("comma", "open", "close")), len(items))
            if end < len(items) and items[end].kind != "comma":
                raise refuse(f"I can't tell what {it.text!r} restricts; name the chips or technologies directly")
            gloss = [Item("open", "("), *items[start:end], Item("close", ")")]
            return _drop_glosses(out[: len(out) - (i - start)] + gloss + items[end:], lex, checks)
        out.append(it)
        i += 1
    return out


def _own_scope(after: list[Item]) -> str | None:
    """The scope said right after a chip's name, before any other name ("the Gaudi 3's per-die
    number": PerDie), or None."""
    for y in after:
        if y.kind == "entity":
            return None
        if y.kind == "word" and y.role == "scope" and y.value:
            return str(y.value)
    return None


def _chips_only(x: Item, lex: Lexicon) -> bool:
    """An entity item whose every reading is a chip."""
    return bool(x.entities) and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities)


def _designer_said(x: Item, lex: Lexicon) -> bool:
    """An entity item naming one organization that designs chips of the graph ("Qualcomm's per-card
    150 W"): whose figure a parenthesis sets aside is then one of its chips', found when answered."""
    return (
        len(x.entities) == 1
        and lex.is_a(x.entities[0], ORG)
        and any(x.entities[0] in designers for designers in lex.designers.values())
    )


def _figure_holder(x: Item, lex: Lexicon) -> bool:
    """An entity item whose figure an aside may set aside: chips only, or one chip designer."""
    return x.kind == "entity" and (_chips_only(x, lex) or _designer_said(x, lex))


def _scope_said_excluded(inner: list[Item], around: list[Item], lex: Lexicon) -> list[Item] | None:
    """ "Which chips draw under 100 W, per chip (the AI 100 Ultra's 150 W is a per-card rating and would
    not qualify anyway)": one chip's figure said to be of another scope than the chip, then left out
    by an exclusion said last (words.tsv ``neg`` valued ``exclude``: "would not qualify", "doesn't
    count"), where the question already counts per-chip figures only ("per chip" outside it, role
    ``chipscope``): what the figure's scope already leaves out. Read as "(not the AI 100 Ultra's
    per-card 150 W)", the chip's figure set aside (:func:`_narrowing_aside`), checked in the graph
    when answered (the chip must have that figure, of that scope). The form is strict: the chip's
    name, its figure, "is", the scope, "and" and the exclusion, with fillers; anything else, or no
    "per chip" outside: None, read as before."""
    if not any(x.kind == "word" and x.role == "chipscope" for x in around):
        return None
    said = [x for x in inner if not (x.kind == "word" and x.role == "filler" and x.value in ("", *NOUNS))]
    if said and said[-1].kind == "word" and said[-1].role == "neg" and said[-1].value == "exclude":
        neg = said.pop()
    else:
        return None
    if neg.text == "besides" or neg.text.endswith(("ed", " aside")):
        return None  # "... is a per-card rating excluded": no statement of the scope, read as before
    if said and said[-1].kind == "word" and said[-1].role == "and":
        said.pop()
    if len(said) != 4:
        return None
    chip, figure, copula, scope = said
    if not (
        _figure_holder(chip, lex)
        and figure.kind == "qty"
        and copula.kind == "word"
        and copula.role == "aux"
        and copula.text.lower() in _BEFORE_POSTPOSED
        and scope.kind == "word"
        and scope.role == "scope"
        and scope.value
    ):
        return None
    return [Item("word", "not", role="neg"), chip, scope, figure]


def _only_of_unhedged(inner: list[Item]) -> list[Item]:
    """ "(unhedged figures only)", "(per chip, only unhedged figures)": "only" beside "unhedged figures"
    says what "unhedged" says (the figures compared are those with no hedge), not that a chip does
    one thing only: dropped when the parenthesis says nothing else."""
    roles = [x.role for x in inner if not (x.kind == "comma" or (x.kind == "word" and x.role == "filler"))]
    if "unhedged" in roles and "only" in roles and all(r in ("unhedged", "only", "chipscope") for r in roles):
        return [x for x in inner if not (x.kind == "word" and x.role == "only")]
    return inner


def _figureless_set_aside(
    inner: list[Item], outside: list[str], outside_terms: set[str], lex: Lexicon
) -> list[Item] | None:
    """ "(and ignoring the MI350, whose capacity is never given)", "(setting aside the SN40L, which has
    no stated SRAM capacity)", "(the MI350, whose capacity the article omits, cannot qualify)", "(the
    MI350, whose capacity is not given, left out)": chips set aside with a clause saying the article
    gives them no figure of the measure asked sets aside nothing the reading does not leave out anyway
    (a chip with no such figure is not compared). The exclusion opens the parenthesis (a negation
    valued ``exclude``) or closes it after the clause (one such negation, or a negation and a word of
    words.tsv phrase class ``disqualify``: "cannot qualify"). Read as a figure set aside (role
    ``figaside``, scope :data:`~chipkg.ask.frame.NO_FIGURE`): when answered each chip must have no
    figure of the measure asked, of any scope (else refused), and the reading names it. The clause
    may name only the measure asked (its terms, and a memory technology, said outside: "whose HBM
    capacity"; a capacity beside a memory technology named outside with no measure: "rank by HBM"), a
    negation (or a verb of omitting, words.tsv phrase class ``omitting``: "omits", or a word of phrase
    class ``unsaid`` valued ``neg``: "unstated"), and words that change
    nothing; anything else, or no clause, is None (read as before)."""
    parts = comma_parts(inner)

    def content(part: list[Item]) -> list[Item]:
        return [x for x in part if not (x.kind == "word" and x.role in ("filler", "and"))]

    if len(parts) == 3:  # the exclusion said last: "(the MI350, whose ..., cannot qualify)"
        head, raw_clause = content(parts[0]), parts[1]
        closing = [x for x in content(parts[2]) if not (x.kind == "word" and x.role == "aux")]  # "is excluded"
        disqualify = {" ".join(p) for p in phrase_class("disqualify")}
        said_last = (
            len(closing) == 1
            and closing[0].kind == "word"
            and closing[0].role == "neg"
            and closing[0].value == "exclude"
        ) or (
            len(closing) == 2
            and closing[0].kind == "word"
            and closing[0].role == "neg"
            and closing[0].value != "exclude"
            and f"{closing[0].text.lower()} {closing[1].text.lower().rstrip('.')}" in disqualify
        )
        if not said_last or not head:
            return None
        chips = head
    elif len(parts) == 2:
        head, raw_clause = content(parts[0]), parts[1]
        if len(head) < 2 or not (head[0].kind == "word" and head[0].role == "neg" and head[0].value == "exclude"):
            return None
        chips = head[1:]
    else:
        return None
    clause = content(raw_clause)
    if not clause:
        return None
    if not all(_chips_only(x, lex) or (x.kind == "word" and x.role == "and") for x in chips):
        return None
    # "which" after "how many" is a filler there ("how many chips ... (ignoring the MI350, which has no
    # capacity stated)"): the clause's first word, whatever its role
    first = next((x for x in raw_clause if x.kind != "comma"), None)
    if not (first is not None and first.kind == "word" and first.text in ("whose", "which")):
        return None
    if clause[0] is not first:
        clause = [first, *clause]
    omits, unsaid = phrase_class("omitting"), phrase_class("unsaid")
    omitting = [
        x
        for x in raw_clause
        if x.kind == "word"
        and x.role == "filler"
        and ((x.text.lower(),) in omits or unsaid.get((x.text.lower(),)) == "neg")
    ]
    negs = [x for x in clause[1:] if x.kind == "word" and x.role == "neg"]
    if len(negs) + len(omitting) != 1 or any(x.value == "exclude" for x in negs):
        return None
    memory_named = any(_category(e, lex) == MEMORY_TECH for e in outside) and not outside_terms & set(MEASURES)
    for x in clause[1:]:
        if x in negs or (x.kind == "word" and x.role == "aux"):
            continue
        if x.kind == "term" and set(x.terms) <= outside_terms and set(x.terms) <= set(MEASURES):
            continue  # "whose capacity": the measure asked
        if x.kind == "term" and memory_named and set(x.terms) == {CK + "capacity"}:
            continue  # "rank by HBM (..., whose capacity is not given, ...)": the memory's capacity
        if x.kind == "entity" and all(e in outside and _category(e, lex) == MEMORY_TECH for e in x.entities):
            continue  # "whose HBM capacity": the memory asked, said again
        return None
    if not any(x.kind == "term" for x in clause) and clause[0].text == "whose":
        return None  # "whose ... never given" says of no figure
    return [
        Item("word", "a chip with no figure set aside", role="figaside", value=f"{e}|{F.NO_FIGURE}|")
        for x in chips
        if x.kind == "entity"
        for e in x.entities
    ]


def _other_parts_aside(inner: list[Item], outside: list[str], lex: Lexicon) -> list[remarks.Check] | None:
    """ "How many cores does the M4's Neural Engine have (the Neural Engine only, not the CPU or GPU)?":
    a parenthesis that names again the one part of a chip the question asks about (a
    ck:ChipComponent named outside it, "only" allowed) and sets aside kinds of processor it is not
    (classes under ck:Processor: the chip's other parts) excludes what one figure of that part
    already leaves out: the part's own figure is not its CPU's or its GPU's. Read as checks: the
    frame asks one figure ("value"), of that part ("present"). A kind the part is (the M4 GPU "not
    the GPU"), a part not named outside (the chip named, whose every part's figure would be
    answered), a chip, or anything else: None, refused as before."""
    negs = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"]
    if len(negs) != 1 or inner[negs[0]].text not in _SETTING_ASIDE:
        return None
    said, aside = inner[: negs[0]], inner[negs[0] + 1 :]
    parts: list[str] = []
    for x in said:
        if x.kind == "comma" or _plain_filler(x) or (x.kind == "word" and x.role == "only"):
            continue
        if not (x.kind == "entity" and len(x.entities) == 1 and x.entities[0] in outside):
            return None
        classes = lex.entities.get(x.entities[0], ("", ()))[1]
        if CK + "ChipComponent" not in classes or CHIP in classes:
            return None
        parts.append(x.entities[0])
    if len(parts) != 1:
        return None
    own = set(lex.entities.get(parts[0], ("", ()))[1])
    kinds: list[str] = []
    for x in aside:
        if _plain_filler(x) or (x.kind == "word" and x.role in ("or", "and")):
            continue
        if not (x.kind == "term" and x.terms):
            return None
        for t in x.terms:
            if t in own or PROCESSOR not in lex.subclasses.get(t, ()):
                return None  # a kind the part is, or no kind of processor
            kinds.append(t)
    if not kinds:
        return None
    text = " ".join(x.text for x in inner)
    return [remarks.Check("value", (), text), remarks.Check("present", (parts[0],), text)]


def _top_level(items: list[Item]) -> list[int]:
    """Where in ``items`` the items outside any parenthesis stand (the parentheses not included)."""
    out: list[int] = []
    depth = 0
    for k, x in enumerate(items):
        if x.kind == "open":
            depth += 1
        elif x.kind == "close":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(k)
    return out


def _outside_parentheses(items: list[Item]) -> list[Item]:
    """``items`` without what any parenthesis holds (the parentheses too)."""
    return [items[k] for k in _top_level(items)]


def _port_sum_set_aside(inner: list[Item], outside_terms: set[str], lex: Lexicon) -> bool:
    """ "What line rate does the Gaudi 3's Ethernet give (the per-port rate, not an aggregate across
    the 24 ports)?": beside a port's own figure asked (ck:portSpeed, stated per port), a sum across
    the ports set aside is none the graph holds, and the figure said again ("the per-port rate")
    is the one asked: nothing changes. Each part must be one or the other (a number only as how
    many ports are summed); anything else is no such aside."""
    if CK + "portSpeed" not in outside_terms:
        return False

    def port(x: Item) -> bool:
        return port_said(x, lex.counted)

    summed = False
    for part in comma_parts(inner):
        words = [
            x for x in part if not (x.kind == "word" and (x.role == "filler" or x.text.lower() in ("per", "each")))
        ]
        if all((x.kind == "term" and x.terms == (CK + "portSpeed",)) or port(x) for x in words):
            continue  # "the per-port rate", "per port"
        if not (words[0].kind == "word" and words[0].role == "neg" and not words[0].value):
            return False
        rest = words[1:]
        # "not an aggregate across the 24 ports", "not the aggregate across all 24" (set 72)
        if not any(x.kind == "word" and x.role == "sum" for x in rest) or not (
            port(rest[-1]) or rest[-1].kind == "qty"
        ):
            return False
        if not all((x.kind == "word" and x.role in ("sum", "pronoun")) or x.kind == "qty" or port(x) for x in rest):
            return False
        summed = True
    return summed


#: the scopes of a part of a chip (ck:PartScope in the ontology)
_PART_SCOPES = frozenset(("PerDie", "PerCore", "PerTile", "PerPort"))


def _part_sum_set_aside(inner: list[Item], around: list[Item]) -> list[Item] | None:
    """ "How much SRAM does Gaudi 3 have per die (not the combined figure)?", "(per die, not the
    total across both dies)": where a figure of a chip's part is asked (a part's scope said, in the
    parenthesis or around it), a sum set aside is the whole chip's figure, which the part's scope
    already leaves out: the parenthesis says again what the question asks, its scope word kept (read
    as said) and the sum dropped. Each part of the parenthesis must be one or the other: the part's
    scope (with fillers), or a negation, a sum word ("combined", "total", "aggregate"), nouns for a
    figure and what it is summed across (fillers, numbers, words for parts); anything else (a chip's
    name, another scope, a second negation): None."""
    kept: list[Item] = []
    summed = False
    for part in comma_parts(inner):
        words = [x for x in part if not _plain_filler(x)]
        if words and all(
            (x.kind == "word" and x.role == "scope" and x.value in _PART_SCOPES)
            or (x.kind == "word" and x.role == "filler" and not x.value)
            for x in words
        ):
            kept.extend(x for x in words if x.role == "scope")
            continue
        if not (words and words[0].kind == "word" and words[0].role == "neg" and words[0].text in ("not", "excluding")):
            return None
        rest = words[1:]
        if not (rest and rest[0].kind == "word" and rest[0].role == "sum"):
            return None
        across = rest[1:]
        if across and not (across[0].kind == "word" and across[0].text.lower() in ("across", "over", "of", "for")):
            return None
        for x in across[1:]:
            if not (
                x.kind == "qty"
                or (x.kind == "word" and (x.role in ("number", "group") or (x.role == "filler" and not x.value)))
                or (x.kind in ("term", "entity") and not x.entities and x.text.lower().rstrip("s") in _PART_WORDS)
                or (x.kind == "entity" and x.text.lower().rstrip("s") in _PART_WORDS)
            ):
                return None
        summed = True
    said = kept or [x for x in around if x.kind == "word" and x.role == "scope" and x.value in _PART_SCOPES]
    return kept if summed and said else None


#: words for the parts a part's scope is of, as a sum across them names them ("across both dies")
_PART_WORDS = frozenset(("die", "core", "tile", "port", "all", "both", "chiplet"))


def _parts_at_negation(inner: list[Item], lex: Lexicon) -> list[Item] | None:
    """ "(the energy-efficiency gain, not the peak-compute multiple)", "(the HBM figure, and not the
    peak-compute multiple)": a parenthesis no reading takes whole, that says something and then,
    after a comma, sets aside a measure, a figure or a scope (no name: a name set aside may be a
    premise about the chip), is read as two parentheses, each read (and refused) as if said so:
    "(the energy-efficiency gain) (not the peak-compute multiple)". Each aside's reading
    checks what it says against the question or the answer by itself, so the two hold together as
    they hold apart. None when no part before a negation says anything, or it negates something
    itself (two negations are read together, as before)."""
    for k, x in enumerate(inner):
        if x.kind != "comma":
            continue
        after = k + 1
        while after < len(inner) and inner[after].kind == "word" and inner[after].role == "and":
            after += 1
        if after < len(inner) and inner[after].kind == "word" and inner[after].role == "neg":
            said = [y for y in inner[:k] if not (y.kind == "word" and y.role == "filler")]
            if any(y.kind == "word" and y.role in ("neg", "contrast") for y in said):
                return None  # "(not per accelerator, and not summed ...)": read whole, as before
            if any(y.text.lower() in ("both", "either", "neither", "each", "one") for y in inner):
                return None  # "(both formats, not either one)": the parts say one thing together
            aside = inner[after + 1 :]
            # "(HBM or LPDDR only, not NVLink)": a part that keeps some figures only is no gloss;
            # nor are memories said beside links set aside ("(HBM or LPDDR, not NVLink)"): both
            # parts name what a figure is of, neither what a chip is
            kept = any(y.kind == "word" and y.role == "only" for y in said) or (
                _figure_things_only(said, lex) and _figure_things_only(aside, lex)
            )
            if (any(y.kind == "entity" for y in aside) and not kept) or not any(
                y.kind == "entity"
                or y.kind in ("term", "qty")
                or (y.kind == "word" and y.role in ("scope", "chipscope"))
                for y in aside
            ):
                # a name set aside ("(training, not inference)") may be a premise about the chip, which
                # the first part, read as the question's, would turn into a gloss: read whole, as before;
                # and what names nothing the graph holds is not read
                return None
            if said and aside:
                return [
                    Item("open", "("),
                    *inner[:k],
                    Item("close", ")"),
                    Item("open", "("),
                    *inner[after:],
                    Item("close", ")"),
                ]
    return None


def _organization_kinds_aside(inner: list[Item], lex: Lexicon) -> Item | None:
    """ "(designers only, not foundries)", "(the chip designers themselves, not the foundry)": kinds
    of organization kept, then one negation and kinds set aside, and nothing else (fillers, "only",
    "and", "or"). It may say the role an organization plays for the chips (it designs them, not
    fabricates them) or the kind an organization is (not one that is a foundry); the two readings
    answer alike when every organization answered is of each kind kept and of no kind set aside,
    which is checked against the answer (answer._rather_than_checked, beside organizations asked
    only); otherwise refused. One item of role ``orgkinds``, valued "only=<kind>|...|<kind>"."""
    negations = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"]
    if len(negations) != 1:
        return None
    kept: list[str] = []
    aside: list[str] = []
    for k, x in enumerate(inner):
        if k == negations[0] or x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "only", "and", "or")):
            continue
        kinds = [t for t in x.terms if t != ORG and ORG in lex.subclasses.get(t, [])] if x.kind == "term" else []
        if len(kinds) != 1:
            return None
        (aside if k > negations[0] else kept).append(kinds[0])
    if not aside:
        return None
    value = "|".join([*(f"only={k}" for k in kept), *aside])
    return Item("word", " ".join(x.text for x in inner).replace(" ,", ","), role="orgkinds", value=value)


def _chips_excluded(inner: list[Item], lex: Lexicon, bare: bool = False) -> list[Item] | None:
    """ "Which chips use HBM (excluding the Gaudi 3)?", "rank them by power (except the Cloud AI 100
    Ultra, whose 150 W is a per-card figure)": in a question that names no chip outside it, a
    parenthesis that is one exclusion that sets aside (:data:`_SETTING_ASIDE`, words.tsv ``neg``
    valued ``exclude``: "excluding", "except", "other than"; not a bare "not") and the names of
    chips (articles, "and" / "or" and commas between them) says which chips to leave out, as the
    same words after a comma do ("Which chips use HBM, excluding the Gaudi 3?"): its words, read
    there. A last part that opens with "whose" and names no other chip nor a negation says why
    (a relative clause of the names, which picks out no other chip): it goes. Anything else (a
    kind, a figure, a scope, an unknown word): None, and the parenthesis is refused as before."""
    said = list(inner)
    whose = next((k for k, x in enumerate(said) if x.kind == "word" and x.text.lower() == "whose"), None)
    if whose is not None:
        if whose == 0 or said[whose - 1].kind != "comma":
            return None
        why = said[whose + 1 :]
        if any(x.kind == "entity" or (x.kind == "word" and x.role in ("neg", "only")) for x in why):
            return None
        said = said[: whose - 1]
    while said and (_plain_filler(said[0]) or (bare and said[0].kind == "word" and said[0].text.lower() == "so")):
        said = said[1:]
    if bare and said and said[0].kind == "word" and said[0].role == "neg" and said[0].text.lower() == "not":
        # ``bare``: the question asks which chips (or how many), so "(not the Groq LPU)" leaves chips out
        said = [Item("word", "excluding", role="neg", value="exclude"), *said[1:]]
    if not said or not (
        said[0].kind == "word"
        and said[0].role == "neg"
        and said[0].value == "exclude"
        and said[0].text.lower() in _SETTING_ASIDE
    ):
        return None  # a bare "not" ("(not the Gaudi 3's)") may set aside a figure, or deny a claim
    names = 0
    for x in said[1:]:
        if x.kind == "comma" or _plain_filler(x) or (x.kind == "word" and x.role in ("and", "or")):
            continue
        if x.kind == "entity" and x.entities and all(lex.is_a(e, CHIP) for e in x.entities):
            names += 1
            continue
        return None
    return said if names else None


def _gives_examples(inner: list[Item]) -> bool:
    """Whether a parenthesis (or gloss) gives examples of the answer ("such as the Gaudi 3",
    "including Meta"): a gloss word of :data:`_EXAMPLE_GLOSSES`, and no "which" (a relative clause,
    "GPUs (which includes the Gaudi 3)", says what the class holds)."""
    glossed = any(x.kind == "word" and x.role == "gloss" and x.text.lower() in _EXAMPLE_GLOSSES for x in inner)
    return glossed and not any(x.kind == "word" and x.role == "wh" for x in inner)


#: the gloss words (words.tsv role ``gloss``) that give examples of what the answer holds; not
#: "like" (chips like the Groq LPU are chips similar to it), nor a restatement ("i.e.", "a.k.a.")
_EXAMPLE_GLOSSES = frozenset(("including", "include", "includes", "such as", "e.g.", "e.g", "eg"))
_EXAMPLE_GLOSSES |= frozenset(("for example", "for instance"))
#: of those, the ones that say the answer holds what follows, and never "things like it"
_INCLUDING = frozenset(("including", "include", "includes"))


def _examples_listed(inner: list[Item], outside: list[str], outside_terms: set[str], lex: Lexicon) -> Item | None:
    """ "Which formats does Trainium2 support (including its configurable FP8 variant)?", "Which
    chips use HBM, including the Gaudi 3?": a gloss of examples (:data:`_EXAMPLE_GLOSSES`) whose every
    name is of what the question lists (a value of a relation the question names: cFP8, a
    ck:NumericFormat, beside "formats"; a chip, beside "chips", after "including" only: "chips, e.g.
    the Gaudi 3" may ask for chips like it), not named outside, with only plain
    fillers, "or" / "and", commas and "variant" beside them, says that the answer holds them: an item
    of role ``examples`` (value: the names' IRIs joined by "|"), carried to the frame
    (``Frame.examples``) and checked against the answer (answer.py): a name it does not hold refuses
    the question, which rests on it. Anything else (a number, a negation, a kind, an unknown word):
    None, refused as before."""
    said = [x for x in inner if not (x.kind == "comma" or _plain_filler(x) or x.role in ("or", "and"))]
    if len(said) < 2 or not (said[0].kind == "word" and said[0].text.lower() in _EXAMPLE_GLOSSES):
        return None
    lists_chips = CHIP in outside_terms
    members = True  # every name a member of the kind named outside, and no more
    # a kind of chip ("GPUs, such as the Gaudi 3"), of organization ("companies, e.g. AMD", "hyperscalers,
    # including Meta"): any example gloss; the answer must hold the name, or the question is refused
    chip_kinds = {
        t
        for t in outside_terms
        if t not in (CHIP, PROCESSOR, *_GENERAL_KINDS) and {CHIP, PROCESSOR} & set(lex.subclasses.get(t, ()))
    }
    lists_orgs = any(lex.is_kind(t, ORG) for t in outside_terms)
    names: list[str] = []
    for x in said[1:]:
        if x.kind == "word" and x.role == "gloss" and x.text.lower().rstrip(".") in ("variant", "variants"):
            continue
        if x.kind == "word" and x.role == "filler" and x.value == "pronoun" and x.text in ("its", "their"):
            continue
        if x.kind != "entity" or len(x.entities) != 1 or x.entities[0] in outside:
            return None
        iri = x.entities[0]
        classes = lex.entities.get(iri, ("", ()))[1]
        of_relation = any(k in classes and p in outside_terms for k, p in ENTITY_RELATIONS)
        # a chip only after "including": "chips, e.g. the Gaudi 3" may ask for chips like it
        chip_example = lists_chips and CHIP in classes and said[0].text.lower() in _INCLUDING
        chip_example = chip_example or bool(chip_kinds and CHIP in classes)
        org_example = lists_orgs and ORG in classes
        if not (of_relation or chip_example or org_example):
            return None
        kinds = chip_kinds | {t for t in outside_terms if lex.is_kind(t, ORG)}
        members = members and not of_relation and bool(set(classes) & kinds)
        names.append(iri)
    if not names:
        return None
    # "which GPU has the most transistors, including the Adreno 750?": beside a ranking, members of the
    # kind named say what the field holds (role "kindexamples", dropped there as before); beside a list,
    # they are checked as any example is
    role = "kindexamples" if members else "examples"
    return Item("word", " ".join(x.text for x in inner), role=role, value="|".join(names))


#: the refusal of a negation in a parenthesis that no reading of this module takes
NEGATED_ASIDE = "a negation inside a parenthesis: say what is excluded in the question itself"

#: the classes of the things a figure is of, and the slot of the figure that names them
#: (answer.py, ``_set_aside_dropped``): its memory's technology, its link's, its precision
_SET_ASIDE_SLOTS = {
    CK + "MemoryTechnology": "memory",
    CK + "InterconnectTechnology": "link",
    CK + "NumericFormat": "precision",
    UNIT_KIND: "count",
}


def _nor_as_or(inner: list[Item]) -> list[Item]:
    """ "(not the 8-bit 'over 200 TOPS' nor the 4-bit figure)" (set 64): a "nor" after a negation
    joins a second thing set aside, as "or" does after it."""
    negated = False
    out: list[Item] = []
    for x in inner:
        if negated and x.kind == "word" and x.role == "neg" and x.text.lower() == "nor":
            out.append(Item("word", "or", role="or"))
            continue
        negated = negated or (x.kind == "word" and x.role == "neg")
        out.append(x)
    return out


def _plain_filler(x: Item) -> bool:
    """An article, "of", "its", or a noun for a figure ("the one", "its figure", "the DDR5 tier"): the
    fillers that say nothing of what a negated aside sets aside. Others ("limited to", "all",
    "even", "via", "that chip") may change what is set aside, and the aside is not read."""
    return (
        x.kind == "word"
        and x.role == "filler"
        and x.value in ("", *NOUNS, "pronoun", "spelled")
        and x.text in _PLAIN_FILLERS
    )


#: the negations (words.tsv role ``neg``) that set a thing aside: not "besides" (which may add it),
#: "no" or "isn't" (which may say the chip lacks it), "nor" (one of two)
_SETTING_ASIDE = frozenset(
    ("not", "except", "excluding", "exclude", "other than", "apart from", "aside from", "but not")
    + ("ignoring", "setting aside", "leaving aside", "leave aside", "leave out", "without", "non")
)

#: the fillers of :func:`_plain_filler` (words.tsv role ``filler``)
_PLAIN_FILLERS = frozenset(
    ("a", "an", "the", "of", "one", "ones", "its", "their", "tier", "memory tier")
    + ("figure", "figures", "number", "numbers", "value", "values", "limit")
)


def _per_before_scope(items: list[Item]) -> list[Item]:
    """ "per single card", "per a system": the "per" (words.tsv role ``group``) right before a scope
    phrase that holds its own "per" ("single card": per card) says nothing more; it goes."""
    return [
        x
        for k, x in enumerate(items)
        if not (
            x.kind == "word"
            and x.role == "group"
            and x.text == "per"
            and k + 1 < len(items)
            and items[k + 1].kind == "word"
            and items[k + 1].role in ("scope", "chipscope")
        )
    ]


def _scale_said(x: Item, after: Item | None, lex: Lexicon) -> Item | None:
    """ "two cards", "two-card": a count and then a word for chips whose "per" phrase is a scope
    (words.tsv: "per card") says how many the figure spans, as :func:`_scales` reads it outside a
    parenthesis: an item of role ``scalecount``. None for anything else."""
    count = _count_of(x)
    if count is None or count < 2 or after is None or not (after.kind == "term" and after.terms == (CHIP,)):
        return None
    per = lex.words.get(("per", stem(tokens(after.text)[-1])), ("", ""))
    if per[0] != "scope" or not per[1]:
        return None
    return Item("word", f"{count} {after.text}", role="scalecount", value=f"{count}|{per[1]}")


def _set_aside_checked(
    inner: list[Item],
    outside: list[str],
    outside_terms: set[str],
    lex: Lexicon,
    checks: list[remarks.Check] | None = None,
) -> list[Item] | None:
    """The last reading of a negation in a parenthesis, for one figure asked: "(not its SRAM
    bandwidth)", "(not the 10 TB/s die-to-die link)", "(per chip, not per card)". What follows the
    negation (up to a comma; "or" / "and" part it into several things) names figures that are not
    the answer, each thing by what the graph can check of a figure: a scope ("per card"), a memory
    technology, an interconnect or a precision (an entity of those classes), a quantity ("10
    TB/s"), the measure's word, or "external" / "on-chip". Each thing becomes an item of role
    ``setaside`` (value: its descriptors joined by ";", each "kind=value"), carried to the frame
    (``Frame.set_aside``) and checked against the rows the answer finds (answer.py): a row that is
    the thing is dropped, said in the reading; every row, or one the graph cannot tell, refused.
    The rest of the parenthesis must say again what the question says (its names and words, a
    scope word, which is read as said, fillers). Anything else (an unknown word, a chip's name, a
    bare number, "only" ...): None, and the parenthesis is refused as before. Whether the question
    asks one figure is checked once it is read (``read``)."""
    inner = _asker_set_aside(_per_before_scope(_postposed_negation(_said_not_of_scope(inner, lex))))
    inner = _nor_as_or(inner)
    negs = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"]
    if len(negs) != 1 or inner[negs[0]].text not in (*_SETTING_ASIDE, "no"):
        return None
    neg = negs[0]
    end = next((k for k in range(neg + 1, len(inner)) if inner[k].kind == "comma"), len(inner))
    said, rest, aside = inner[:neg] + inner[end + 1 :], [], inner[neg + 1 : end]
    if aside and aside[0].kind == "word" and aside[0].text.lower() == "any":
        aside = aside[1:]  # "(not any external memory)": "not any" sets aside as "not" does
    measured: list[remarks.Check] = []
    skip: set[int] = set()
    for k, x in enumerate(said):  # the positive part: what the question says again
        if k in skip or x.kind == "comma" or _plain_filler(x):
            continue
        scale = _scale_said(x, said[k + 1] if k + 1 < len(said) else None, lex)
        if scale is not None:  # "(a two-card figure, not per chip)": how many the figure spans
            rest.append(scale)
            skip.add(k + 1)
            continue
        scaled = _scaled_scope_said(said[k : k + 3], lex)
        if scaled is not None:  # "(the eight-accelerator node figure, ...)": a node of eight chips
            rest.extend(scaled)
            skip.update((k + 1, k + 2))
            continue
        each = _each_scope_said(said, k, lex)
        if each is not None:  # "(the figure for each of its two dies, ...)": per die, read as said
            rest.extend(each[0])
            skip.update(range(k + 1, each[1] + 1))
            continue
        if x.kind == "word" and x.role in ("scope", "chipscope"):
            rest.append(x)
        elif _unit_in(said[k : k + 2]):
            rest.extend(said[k : k + 2])  # "(the die-to-die figure in TB/s, not ...)": the unit asked, as "(in TB/s)"
            skip.add(k + 1)
        elif (
            x.kind == "entity"
            and x.entities
            and all(_category(e, lex) == _LINK for e in x.entities)
            and CK + "interconnect" in outside_terms
            and not any(_category(e, lex) == _LINK for e in outside)
            # ... and says nothing of what the link joins ("joining its two dies", "GPU-to-GPU"): the
            # link it describes may be another (red team 24 W2: "the link joining Blackwell's two dies
            # (the NVLink figure, not the die-to-die number)" printed NVLink's 1.8 TB/s)
            and not any(
                t in (CK + "dieCount", CK + "Die")
                or (lex.terms.get(t, ("", False))[1] and {CHIP, CK + "Processor"} & {t, *lex.subclasses.get(t, ())})
                for t in (*outside_terms, *outside)
            )
        ):
            # "the link joining its two dies (the die-to-die figure, not the NVLink number)": the one
            # link meant, of a question that names none, read in place as "(the die-to-die figure)" is
            rest.append(x)
        elif x.kind == "report" and x.value.startswith("hedged-figures?qualifier="):
            rest.append(x)  # "(the upper-bound figure, not ...)": a hedge stated of the figure, checked
        elif (
            x.kind == "term"
            and x.terms
            and all(t in MEASURES for t in x.terms)
            and not set(x.terms) <= outside_terms
            and checks is not None
        ):
            # "(the capacity tier, not the HBM3)" beside "how much DDR5": the measure the question
            # asks, said; checked against the frame as read
            measured.append(remarks.Check("present", x.terms, " ".join(y.text for y in inner)))
        elif x.kind == "entity" and all(
            any(e == o or e in lex.broader.get(o, []) for o in outside) for e in x.entities
        ):
            continue
        elif x.kind == "term" and x.terms and set(x.terms) <= outside_terms:
            continue
        elif x.kind == "word" and x.role == "only":
            continue  # "(the SRAM figure alone, not the DRAM)": what the rest of it says
        elif (
            x.kind == "term" and x.terms == (CK + "interconnect",) and any(_category(e, lex) == _LINK for e in outside)
        ):
            continue  # "(lanes of connectivity, ...)" beside PCIe 5.0: a link's figure, as the question's link is
        elif (
            x.kind == "word"
            and x.role == "filler"
            and x.value == "host"
            and any(_category(e, lex) == _LINK for e in outside)
        ):
            continue  # "host connectivity" beside PCIe 5.0: the link named, said again
        elif x.kind == "word" and x.role == "aspect" and x.value:
            # "(sparse, not dense)": the aspect of the claim meant, checked against each claim answered
            rest.append(Item("word", x.text, role="keepsaid", value=f"aspect={x.value}"))
        elif (kept := _kept_thing(x, lex)) is not None or (x.kind == "term" and x.terms == (CK + "onChip",)):
            # "(the HBM figure, not the interchip interconnect)" beside memory bandwidth: which of
            # the figure's rows is meant, as "(the HBM figure only)" says it: checked against each
            # (role ``keepsaid``: beside a measure only; "which memory (HBM3, not DDR5)" would
            # answer its own premise)
            meant = " ".join(y.text for y in said if not (_plain_filler(y) or y.kind == "comma"))
            rest.append(Item("word", meant, role="keepsaid", value=kept or "onchip=true"))  # "the cache": on-chip
        else:
            return None
    things: list[list[str]] = [[]]
    words: list[list[str]] = [[]]
    aside, examples = _examples_apart(aside)
    aside = _head_shared(aside, lex)
    # "the 1,024-node cluster aggregate", "node or cluster aggregates": a sum word, or the size of a
    # scope, says the thing is a figure of a scope; each thing that says so must name one
    summed = any(x.kind == "word" and x.role == "sum" for x in aside)
    scoped: list[bool] = [False]
    sized = False  # a count said of the scope that follows ("2,048-unit cluster")
    for k, x in enumerate(aside):
        if x.kind == "word" and x.role in ("or", "and") and " " not in x.text:
            if sized:
                return None
            things.append([])
            words.append([])
            scoped.append(False)
            continue
        words[-1].append(x.text)
        if _plain_filler(x) or (x.kind == "word" and x.role == "apart"):
            continue  # "(excluding its separately stated SRAM)": stated apart, as every figure is
        scale_word = lex.words.get(("per", stem(tokens(x.text)[-1])), ("", "")) if x.kind == "term" else ("", "")
        if x.kind == "word" and x.role in ("sum", "scalecount"):
            scoped[-1] = True  # "aggregate", "total"; "1024 nodes" (of the cluster said next)
        elif _count_of(x) is not None and x.kind == "qty":
            sized = scoped[-1] = True  # "2,048" before "-unit cluster": the cluster's size
        elif sized and (
            (x.kind == "word" and x.role == "filler" and x.text == "unit") or (x.kind == "term" and x.terms == (CHIP,))
        ):
            continue  # "-unit", "-chip" between the size and the scope
        elif summed and scale_word[0] == "scope" and scale_word[1] and x.kind == "term":
            sized = False  # "node aggregates": a figure per node, beside a sum word only
            things[-1].append(f"scope={CK}{scale_word[1]}")
        elif (x.kind == "term" and x.value and _prefixed_unit(x.text)) or (x.kind == "word" and x.role == "unit"):
            things[-1].append(f"unit={x.text}")  # "the cluster's exaflops": a figure stated in exaflops
        elif x.kind == "word" and x.role == "scope" and x.value:
            sized = False
            things[-1].append(f"scope={CK}{x.value}")
        elif x.kind == "word" and x.role == "chipscope":
            sized = False
            things[-1].append(f"scope={CK}PerChip")
        elif x.kind == "word" and x.role == "chiporscope" and x.value and not things[-1]:
            # "(per node, not per chip or per cluster)": two scopes set aside, each a thing of its own
            sized = False
            things[-1].append(f"scope={CK}PerChip")
            things.append([f"scope={CK}{x.value}"])
            first, _, second = x.text.partition(" or ")
            words[-1][-1] = first
            words.append([second])
            scoped.append(False)
        elif x.kind == "word" and x.role == "offchip":
            things[-1].append("onchip=false")
        elif x.kind == "term" and tuple(x.terms) == (CK + "onChip",):
            things[-1].append("onchip=true")  # "(not the on-die SRAM)": a memory on the die
        elif x.kind == "entity" and x.entities and _owner_of_the_next(aside, k, lex, ("link",)):
            # "(not Blackwell's die-to-die link)": the link set aside, whoever's it is (another chip's
            # link is no figure of a memory asked); a chip's memory named ("not the Trainium2's SRAM")
            # stays unread: it says the chip has one
            continue
        elif x.kind == "entity" and x.entities:
            slots = {
                _SET_ASIDE_SLOTS[k]
                for e in x.entities
                for k in lex.entities.get(e, ("", ()))[1]
                if k in _SET_ASIDE_SLOTS
            }
            if len(slots) != 1 or not all(
                any(k in _SET_ASIDE_SLOTS for k in lex.entities.get(e, ("", ()))[1]) for e in x.entities
            ):
                return None  # a chip, an organization, a system: not a figure's
            # "the 8-bit figure": any of the formats the name may be (INT8, FP8 ...), checked as one
            things[-1].append(f"{next(iter(slots))}={'|'.join(x.entities)}")
        elif (
            x.kind == "word"
            and x.role == "cmp"
            and k + 1 < len(aside)
            and aside[k + 1].kind == "qty"
            and any(y.kind == "entity" for y in aside[:k])
        ):
            # "(not the 8-bit 'over 200 TOPS')": the hedge of a figure described, found by its value;
            # "(not over 2 GHz)" is a range, not read here
            continue
        elif x.kind == "qty" and x.readings and not any(d == "count" for d, _ in x.readings):
            # "10 TB/s", "1.5TB"; a number with no unit ("10 trillion") is no figure's
            things[-1].extend(f"qty={d}:{v!r}" for d, v in x.readings)
        elif x.kind == "word" and x.role == "number" and x.value and not things[-1]:
            # "(not the four per die)" beside a count of units: a count's value, checked against
            # the figures of a count only (a figure of another dimension is not the thing)
            things[-1].append(f"qty=count:{float(x.value)!r}")
        elif x.kind == "term" and len(x.terms) == 1 and (x.terms[0] in MEASURES or x.terms[0] == CK + "memory"):
            things[-1].append(f"term={x.terms[0]}")
        elif x.kind == "term" and tuple(x.terms) == (CK + "interconnect",):
            things[-1].append("link=*")  # "interconnect bandwidth": any link's
        elif x.kind == "word" and x.role == "aspect" and x.value:
            things[-1].append(f"aspect={x.value}")  # "(not the dense figure)": a claim of that aspect
        else:
            return None
    if not all(things) or sized:
        return None
    if any(s and not any(t.startswith("scope=") for t in thing) for s, thing in zip(scoped, things, strict=True)):
        return None  # "(not the total)": a sum of no scope said
    if inner[neg].text == "no" and not all(t.startswith("scope=") for thing in things for t in thing):
        return None  # "(no HBM)" may say the chip lacks it; "(no node or cluster aggregates)": figures set aside
    # "interconnect bandwidth such as NVLink or the die-to-die link": examples of the one thing set
    # aside, each of a kind it sets aside whole ("link=*"); any other example is not read
    held: list[Item] = []
    for n, x in enumerate(examples):
        if _plain_filler(x) or (x.kind == "word" and x.role in ("or", "and")):
            continue
        if _owner_of_the_next(examples, n, lex):
            continue  # "NVLink or Blackwell's 10 TB/s die-to-die link": whose link, and its figure
        if (x.kind == "word" and x.role == "filler") or x.kind == "qty":
            if n > 0 and examples[n - 1].kind == "entity":
                continue  # "the die-to-die connection", "NVLink's 1.8 TB/s": said of the example before it
        scopes = [t.partition("=")[2] for t in things[0] if t.startswith("scope=")]
        if (
            x.kind == "entity"
            and x.entities
            and len(things) == 1
            and len(scopes) == 1
            and things[0] == [f"scope={scopes[0]}"]
            and all(lex.is_a(e, CHIP) for e in x.entities)
        ):
            # "(a per-core figure such as the Grayskull's, ...)": that chip's figures of the scope set
            # aside, found in the graph when answered (role ``figaside``) or the question is refused
            held.extend(Item("word", x.text, role="figaside", value=f"{e}|{scopes[0]}|") for e in x.entities)
            continue
        classes = {k for e in x.entities for k in lex.entities.get(e, ("", ()))[1]}
        kinds = [_SET_ASIDE_SLOTS[k] for k in classes if k in _SET_ASIDE_SLOTS]
        if x.kind != "entity" or len(things) != 1 or not kinds or any(f"{k}=*" not in things[0] for k in kinds):
            return None
    if checks is not None:
        checks.extend(measured)
    return (
        rest
        + held
        + [Item("word", " ".join(w), role="setaside", value=";".join(t)) for t, w in zip(things, words, strict=True)]
    )


def _figure_things_only(items: list[Item], lex: Lexicon) -> bool:
    """Whether every name among ``items`` is a memory technology, a link or a precision (what a
    figure is of: :data:`_SET_ASIDE_SLOTS`), or a chip said of one after it ("Blackwell's
    die-to-die link"), and one is named."""
    names = [k for k, x in enumerate(items) if x.kind == "entity"]
    return bool(names) and all(
        _owner_of_the_next(items, k, lex)
        or all(
            any(c in _SET_ASIDE_SLOTS and c != UNIT_KIND for c in lex.entities.get(e, ("", ()))[1])
            and not lex.is_a(e, CHIP)
            for e in items[k].entities
        )
        for k in names
    )


def _owner_of_the_next(
    examples: list[Item], n: int, lex: Lexicon, slots: tuple[str, ...] = ("memory", "link", "precision")
) -> bool:
    """Whether an example is a chip, or a figure, said of the example after it, a thing of a kind a
    parenthesis sets aside whole ("Blackwell's 10 TB/s die-to-die link": the link is the example,
    the chip whose it is and its figure describe it; set aside whole, they change nothing)."""
    x = examples[n]
    if not ((x.kind == "entity" and x.entities and all(lex.is_a(e, CHIP) for e in x.entities)) or x.kind == "qty"):
        return False
    after = [y for y in examples[n + 1 :] if not _plain_filler(y)]
    if after and after[0].kind == "qty" and x.kind == "entity":
        after = after[1:]
    return bool(
        after
        and after[0].kind == "entity"
        and after[0].entities
        and all(
            any(_SET_ASIDE_SLOTS.get(k) in slots and not lex.is_a(e, CHIP) for k in lex.entities.get(e, ("", ()))[1])
            for e in after[0].entities
        )
    )


#: classes whose members a parenthesis may set aside as values of a relation (the architecture, the
#: workload ...), from the relations a question may constrain; never a chip, an organization or a section
_VALUE_CLASSES = frozenset(k for k, _ in ENTITY_RELATIONS if k not in (CK + "ChipDesigner", CK + "Foundry"))
#: the words that say where a thing set aside is said ("the RDNA mention in Future Prospects", "the
#: Future Prospects section, which says RDNA", "the Future Prospects aside about RDNA")
_MENTION_WORDS = frozenset(("mention", "in", "which", "says", "say", "about", "aside", "remark", "claim", "of"))


def _values_named_aside(inner: list[Item], rest: list[Item], lex: Lexicon) -> Item | None:
    """ "Which architecture does the AMD section assign to the MI350 (not the RDNA mention in Future
    Prospects)?", "(not the Future Prospects section, which says RDNA)": a parenthesis that opens
    with a negation and sets aside names of values (an architecture, a workload, a format: classes
    of the relations a question constrains), with where they are said. A section named there must
    differ from one the question cites outside ("the AMD section itself": the answer must come from
    that one, checked when answered, answer._from_section), so it is no part of the answer; the
    names are carried as ``Frame.rather_than`` and checked against the answer (a value answered
    that is one of them, or narrower or broader, refuses). Anything else in it: None."""
    said = [x for x in inner if not _plain_filler(x) and x.kind != "comma"]
    if not said or not (said[0].kind == "word" and said[0].role == "neg" and said[0].text.lower() == "not"):
        return None
    sections = set(lex.sections.values())
    names: list[str] = []
    negated_sections: list[str] = []
    for x in said[1:]:
        if x.kind == "entity" and x.entities and all(e in sections for e in x.entities):
            negated_sections.extend(x.entities)
        elif x.kind == "entity" and len(x.entities) == 1:
            classes = set(lex.entities.get(x.entities[0], ("", ()))[1])
            if not classes & _VALUE_CLASSES or classes & {CHIP, CK + "Organization"}:
                return None
            names.append(x.entities[0])
        elif x.kind == "report" and x.value == "section-sources":
            continue  # "the Future Prospects section"
        elif x.kind == "word" and x.text.lower() in _MENTION_WORDS and (x.role != "neg" or negated_sections):
            continue  # "aside" a noun after the section named ("the Future Prospects aside about RDNA")
        else:
            return None
    if not names:
        return None
    if negated_sections:
        cited = [
            e
            for k, x in enumerate(rest)
            if x.kind == "report" and x.value == "section-sources" and k > 0 and rest[k - 1].kind == "entity"
            for e in rest[k - 1].entities
        ]
        if not cited or any(e in cited for e in negated_sections):
            return None  # no other section cited: the answer might come from the one set aside
    return Item("word", " or ".join(lex.entities[e][0] for e in names), role="valueaside", value="|".join(names))


def _head_shared(aside: list[Item], lex: Lexicon) -> list[Item]:
    """ "the CPU or GPU cores", "performance or efficiency cores": a word before "or" / "and" that
    shares the head word of the kind of unit named last ("cores") is read with it, when the two
    words together name one kind of unit of the graph ("CPU cores": ck:CPUCore); anything else as
    it is."""
    last = next((x for x in reversed(aside) if not _plain_filler(x)), None)
    if last is None or last.kind != "entity" or not last.entities:
        return aside
    if not all(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in last.entities) or len(tokens(last.text)) < 2:
        return aside
    head = tokens(last.text)[-1]
    out = list(aside)
    for k, x in enumerate(aside):
        after = next((y for y in aside[k + 1 :] if not _plain_filler(y)), None)
        if x is last or x.kind not in ("term", "word", "unknown") or _plain_filler(x) or x.role in ("or", "and"):
            continue
        if after is None or not (after.kind == "word" and after.role in ("or", "and") and " " not in after.text):
            continue
        read = [y for y in segment(f"{x.text} {head}", lex) if not _plain_filler(y)]
        if (
            len(read) == 1
            and read[0].kind == "entity"
            and read[0].entities
            and all(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in read[0].entities)
        ):
            out[k] = read[0]
    return out


def _each_scope_said(said: list[Item], k: int, lex: Lexicon) -> tuple[list[Item], int] | None:
    """ "the figure for each of its dies", "for each card": "for each" (words.tsv role ``group``),
    fillers and a word whose "per" phrase is a scope (words.tsv: "per die") say the scope of the
    figure meant, as "per die" does: (that scope's item, the index of its word). A number of dies
    ("each of its two dies") is a premise of the chip, checked when answered (role ``diecount``:
    ``Frame.chip_premises``); a number of anything else is not read. None for anything else."""
    x = said[k]
    if not (x.kind == "word" and x.role == "group" and x.text in ("for each", "each")):
        return None
    j = k + 1
    counts: list[int] = []
    while j < len(said) and (_plain_filler(said[j]) or (said[j].kind == "word" and said[j].role == "number")):
        if not _plain_filler(said[j]):
            counts.append(int(said[j].value))
        j += 1
    if j >= len(said) or said[j].kind not in ("entity", "term"):
        return None
    y = said[j]
    # a kind of unit ("dies": ck:Die, "Tensix cores") or a word for chips ("card"), not a chip's name
    if y.kind == "entity" and not all(e.startswith(CK) for e in y.entities):
        return None
    if y.kind == "term" and y.terms != (CHIP,):
        return None
    premise: list[Item] = []
    if counts:
        if len(counts) != 1 or y.kind != "entity" or y.entities != (CK + "Die",):
            return None
        premise = [Item("word", f"{counts[0]} {y.text}", role="diecount", value=str(counts[0]))]
    per = lex.words.get(("per", stem(tokens(y.text)[-1])), ("", ""))
    if per[0] == "chipscope":
        return [Item("word", f"per {y.text}", role="chipscope"), *premise], j
    if per[0] == "scope" and per[1]:
        return [Item("word", f"per {y.text}", role="scope", value=per[1]), *premise], j
    return None


def _scaled_scope_said(span: list[Item], lex: Lexicon) -> list[Item] | None:
    """ "the eight-accelerator node figure": a count, a word for chips and a word whose "per" phrase
    is a scope of several chips (words.tsv: "per node") say a figure of that scope spanning that
    many chips, as "an eight-accelerator Gaudi 3 node" says outside a parenthesis (:func:`_scales`):
    the scale's item and the scope's. None for anything else."""
    if len(span) < 3:
        return None
    count = _count_of(span[0])
    if count is None or count < 2 or not (span[1].kind == "term" and span[1].terms == (CHIP,)):
        return None
    if span[2].kind != "term":
        return None
    per = lex.words.get(("per", stem(tokens(span[2].text)[-1])), ("", ""))
    if per[0] != "scope" or per[1] not in _GROUP_SCOPES:
        return None
    return [
        Item("word", f"{count} {span[1].text}", role="scalecount", value=f"{count}|PerChip"),
        Item("word", span[2].text, role="scope", value=per[1]),
    ]


def _said_not_of_scope(inner: list[Item], lex: Lexicon) -> list[Item]:
    """ "(a per-core figure is not a chip total)", "(a per-card figure does not count as per chip)":
    a figure said not to be of a scope, or not to count as one, is set aside, and the scope it is
    not is the one meant, said again: read as "(per chip, not a per-core figure)". The scope after
    the negation is one scope word (sum words and fillers beside it), or "as per" and a word whose
    "per" phrase is a scope. Any other parenthesis as it is."""
    negs = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"]
    if len(negs) != 1 or negs[0] == 0:
        return inner
    k = negs[0]
    neg = inner[k]
    if neg.text == "not" and inner[k - 1].kind == "word" and inner[k - 1].text in ("is", "are"):
        # "a per-core figure is not a chip total": a figure of a kind said not to be per chip; "the
        # per-chip figure is not the per-die one" may say which of two is meant: not read
        described = inner[: k - 1]
        if not (described and described[0].text in ("a", "an")):
            return inner
        if not any(x.kind == "word" and x.role == "chipscope" for x in inner[k + 1 :]):
            return inner
    elif neg.value == "exclude" and neg.text.endswith(" count"):
        described = inner[:k]
    else:
        return inner
    after = [x for x in inner[k + 1 :] if not (_plain_filler(x) or (x.kind == "word" and x.role == "sum"))]
    scope: Item | None = None
    if len(after) == 1 and after[0].kind == "word" and after[0].role in ("scope", "chipscope"):
        scope = after[0]
    elif (
        len(after) == 2
        and after[0].kind == "word"
        and after[0].text in ("as per", "as")
        and after[1].kind in ("term", "word")
    ):
        if after[1].kind == "word" and after[1].role in ("scope", "chipscope"):
            scope = after[1]
        elif after[0].text == "as per":
            per = lex.words.get(("per", stem(tokens(after[1].text)[-1])), ("", ""))
            if per[0] == "chipscope" or (per[0] == "scope" and per[1]):
                scope = Item("word", f"per {after[1].text}", role=per[0], value=per[1] if per[0] == "scope" else "")
    if scope is None or any(x.kind == "word" and x.role in ("neg", "aux") for x in described):
        return inner
    if not any(x.kind == "word" and x.role in ("scope", "chipscope") for x in described):
        return inner  # "(the Gaudi 3 is not a chip total)": says nothing of a figure's scope
    return [scope, Item("comma", ","), Item("word", "not", role="neg"), *described]


def _measured_only(frame: F.Frame) -> bool:
    """Whether every figure a list, count, ranking or yes/no compares is of a measure
    (:data:`MEASURES`), and there is one: the figures a negated aside may set aside."""
    measured = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure))]
    return bool(measured) and all(k.prop in MEASURES for k in measured)


#: the words before a negation said last ("NVLink is set aside", "... are excluded")
_BEFORE_POSTPOSED = frozenset(("is", "are", "be", "being", "been"))


def _postposed_negation(inner: list[Item]) -> list[Item]:
    """ "(interconnect bandwidth is set aside)", "(the DDR5 is excluded)": a parenthesis that ends in
    "is" / "are" and a negation that sets aside (words.tsv value ``exclude``, not "besides") says
    what it sets aside first; read as "(not interconnect bandwidth)"; so does one that ends in the
    negation's participle alone ("(per-card figures excluded)") or in "doesn't count" ("(the
    Grayskull's per-core figure doesn't count)"). Any other parenthesis as it is."""
    end = len(inner)
    if end < 2:
        return inner
    last = _postposed_in_last_part(inner)
    if last is not inner:
        return last
    neg, aux = inner[end - 1], inner[end - 2]
    if not (neg.kind == "word" and neg.role == "neg" and neg.value == "exclude" and neg.text != "besides"):
        return inner
    if aux.kind == "word" and aux.text in _BEFORE_POSTPOSED and end >= 3:
        said = inner[: end - 2]
    elif neg.text.endswith(("ed", "aside", " count")):
        # "(per-card figures excluded)", "(..., set aside)", "(... doesn't count)": as "are excluded"
        said = inner[: end - 1]
    else:
        return inner
    if any(x.kind == "word" and x.role in ("neg", "aux") for x in said):
        return inner
    return [Item("word", "not", role="neg"), *said]


def _postposed_in_last_part(inner: list[Item], aside: bool = True) -> list[Item]:
    """ "(any precision, node and cluster figures excluded)": a last part (after a comma) that is a
    list of scopes and a noun for their figures, then a participle of setting aside, is read as
    "(any precision, not node and cluster figures)"; the parts before it as they are. A comma inside
    the list ("per-node, per-cluster and per-system figures excluded") belongs to the list, not to
    a part's end; in a parenthesis (``aside``), so does one after a name ("(HBM, node and cluster
    figures excluded)": three set aside). Any other parenthesis as it is."""
    if not inner:
        return inner
    neg = inner[-1]
    participle = neg.text.endswith(("ed", "aside", " out"))  # "excluded", "set aside", "left out"
    if not (neg.kind == "word" and neg.role == "neg" and neg.value == "exclude" and participle):
        return inner

    def scope(j: int) -> bool:
        return 0 <= j < len(inner) and inner[j].kind == "word" and inner[j].role == "scope"

    j = len(inner) - 1
    while j > 0:
        x = inner[j - 1]
        if scope(j - 1) or (
            x.kind == "word" and (x.role in ("and", "or", "sum") or x.value in NOUNS or _plain_word(x))
        ):
            j -= 1
        elif (
            x.kind == "comma"
            and scope(j - 2)
            and (scope(j) or (inner[j].kind == "word" and inner[j].role in ("and", "or")))
        ):
            j -= 1  # a comma of the list ("node, pod, and cluster")
        else:
            break
    run = inner[j:-1]
    if j < 2 or inner[j - 1].kind != "comma" or not any(scope(k) for k in range(j, len(inner) - 1)):
        return inner
    if aside and inner[j - 2].kind in ("entity", "term"):
        # "(HBM, node and cluster figures excluded)": one list of three set aside; a question's last part
        # ("rank chips by flops, per-node ... left out") follows the question, not a list
        return inner
    if not any(x.kind == "word" and (x.value in NOUNS or x.role == "sum") for x in run):
        return inner  # "(..., per node excluded)": no figures said
    return [*inner[:j], Item("word", "not", role="neg"), *run]


def _and_not(inner: list[Item]) -> list[Item]:
    """ "(per accelerator, and not aggregated across an UltraCluster)", "(per chip and not per card)":
    "and" right before "not" after what the parenthesis says first joins nothing the negation does
    not: read as "(per accelerator, not ...)". Any other parenthesis as it is."""
    out: list[Item] = []
    for k, x in enumerate(inner):
        if (
            x.kind == "word"
            and x.role == "and"
            and x.text == "and"
            and k > 0
            and k + 1 < len(inner)
            and inner[k + 1].kind == "word"
            and inner[k + 1].text == "not"
        ):
            if out and out[-1].kind != "comma":
                out.append(Item("comma", ","))
            continue
        out.append(x)
    return out


def _asker_set_aside(inner: list[Item]) -> list[Item]:
    """ "(I am not asking about the on-die SRAM)", "(we're not interested in per-card figures)": the
    asker's own words (fillers and auxiliaries: "I am", "we're") before a negation followed by a word
    of asking (words.tsv role ``asking``) set aside what follows as the negation alone does; read as
    "(not the on-die SRAM)". Any other parenthesis as it is."""
    k = next((k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"), None)
    if (
        k is None
        or k + 1 >= len(inner)
        or inner[k].text != "not"
        or not (inner[k + 1].kind == "word" and inner[k + 1].role == "asking")
        or not all(x.kind == "word" and x.role in ("filler", "aux") for x in inner[:k])
    ):
        return inner
    return [inner[k], *inner[k + 2 :]]


def _examples_apart(aside: list[Item]) -> tuple[list[Item], list[Item]]:
    """What a negation sets aside, and the examples a gloss word ("such as", "like", "e.g.") gives
    of it after it: "interconnect bandwidth such as NVLink" is (interconnect bandwidth, NVLink)."""
    k = next((k for k, x in enumerate(aside) if x.kind == "word" and x.role == "gloss"), None)
    if k is None or aside[k].text not in ("such as", "like", "e.g.", "e.g", "for example", "including"):
        return aside, []
    return aside[:k], aside[k + 1 :]


#: the relations a chip holds directly whose absence ("no foundry") the compiler can ask
#: (compile: FILTER NOT EXISTS); ck:processNode, ck:designedBy ... as stated, no narrower or hedge
_LACKABLE = frozenset(
    CK + p for p in ("manufacturedBy", "designedBy", "processNode", "architecture", "softwareStack", "productionYear")
)


def _chips_excluded_after(items: list[Item], k: int, lex: Lexicon) -> bool:
    """ "..., excluding the CS-3", "..., other than AWS chips": an exclusion (``neg`` valued ``exclude``) at
    ``k`` whose object is chips (a chip's name, or an organization's name before the word for chips),
    which sets aside answers, not a value of the relation before it ("no foundry other than TSMC")."""
    x = items[k] if k < len(items) else None
    if x is None or not (x.kind == "word" and x.role == "neg" and x.value == "exclude"):
        return False
    rest = [y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler")]
    if not rest or rest[0].kind != "entity" or not rest[0].entities:
        return False
    if all(CHIP in lex.entities.get(e, ("", ()))[1] for e in rest[0].entities):
        return True
    return len(rest) > 1 and rest[1].kind == "term" and CHIP in rest[1].terms


def _lack_joined(x: Item, nxt: Item | None, term: Item, items: list[Item]) -> None:
    """ "lack a stated foundry and a stated clock", "no foundry or a clock": a conjunction after the lacking
    relation's word may carry the lack over to what follows (or join it as a union); read as the first word
    lacking and the next one present, it answered the chips that have the second. Refused, save "no <word>
    and ..." (the article's "no foundry and a clock": the second said present). So is another condition
    joined to it otherwise (red team 28): by a word that changes nothing ("lack a foundry along with a
    clock", "together with"), by "plus", or by a comma before "and", "or" or a noun phrase ("lack a stated
    foundry, a stated clock")."""
    if nxt is None:
        return
    what = f"'{x.text} ... {term.text} {nxt.text} ...'"
    if nxt.kind == "word" and nxt.role in ("and", "or"):
        if nxt.role == "or" or x.text.lower() != "no":
            raise refuse(
                f"{what}: whether the lack is said of what follows '{nxt.text}' too is not clear; ask for one "
                "relation left unstated, with the other said apart"
            )
        return
    joined = nxt.kind == "term" or (nxt.kind == "word" and nxt.role == "cmp_after")
    if nxt.kind == "comma":
        at = next((k for k, y in enumerate(items) if y is nxt), len(items))
        later = items[at + 1 :]
        head = next((k for k, y in enumerate(later) if not (y.kind == "word" and y.role == "filler")), None)
        if head is not None:
            y = later[head]
            noun_phrase = y.kind == "term" and any(z.text in ("a", "an") for z in later[:head])
            joined = (y.kind == "word" and y.role in ("and", "or")) or noun_phrase
    if joined:
        raise refuse(
            f"{what}: whether the lack is said of what is joined to it too is not clear; ask for one relation "
            "left unstated, with the other said apart"
        )


def _says_which_one(items: list[Item], nxt: Item | None, lex: Lexicon) -> bool:
    """Whether what follows a lacking relation's word says which one is lacking, so that "no <word>"
    is not read as none stated: a name, a number, or another negation or comparison (save an
    exclusion of chips after it, :func:`_chips_excluded_after`: "no stated foundry, other than the
    CS-3")."""
    return nxt is not None and (
        nxt.kind in ("entity", "qty")
        or (nxt.role in ("neg", "cmp") and not _chips_excluded_after(items, items.index(nxt), lex))
    )


def _lacking_said_plainly(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "which chips lack a foundry", "7nm chips with no stated foundry", "which chips does the article
    leave without a named process node": a negation of the phrase class ``lackword`` (words.tsv:
    "lack", "missing", "left without", and "no", "without"), an article and words of stating
    (``lackword`` valued ``said``: "stated", "named") before the word of a relation a chip holds
    directly (:data:`_LACKABLE`) say what "no foundry" says: the span is read as "no" and the
    relation's word, segmented again, so a stored report whose phrase that is ("no process node")
    is asked as it would be, and otherwise :func:`_lacking_relations` reads it. A name, a number or
    another negation after the word is left as it was (it would say which one is lacking)."""
    negations = {k for k, v in phrase_class("lackword").items() if not v}
    stating = {k for k, v in phrase_class("lackword").items() if v == "said"}
    out: list[Item] = []
    k = 0
    while k < len(items):
        x = items[k]
        whose = _whose_unstated(items, k, lex)
        if whose:  # "7nm chips whose foundry is not named": "7nm chips with no foundry"
            out.extend(segment("no " + items[k + 1].text, lex))
            k += whose
            continue
        after = k + 1
        while after < len(items) and items[after].kind == "word" and items[after].text in ("a", "an", "any"):
            after += 1
        said = after
        while after < len(items) and items[after].kind == "word" and name_key(items[after].text) in stating:
            after += 1
        term = items[after] if after < len(items) else None
        nxt = next((y for y in items[after + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
        props = [t for t in term.terms if not lex.terms.get(t, ("", False))[1]] if term and term.kind == "term" else []
        if (
            x.kind == "word"
            and x.role == "neg"
            and x.value == "lack"
            and name_key(x.text) in negations
            and (x.text.lower() not in ("no", "without") or after > said)
            and term is not None
            and len(props) == 1
            and props[0] in _LACKABLE
            and not _says_which_one(items, nxt, lex)
        ):
            _lack_joined(x, nxt, term, items)
            out.extend(segment("no " + term.text, lex))
            k = after + 1
            continue
        out.append(x)
        k += 1
    return out


def _whose_unstated(items: list[Item], k: int, lex: Lexicon) -> int:
    """ "chips whose foundry is not named", "whose process node is unstated": "whose", the word of a
    relation a chip holds directly (:data:`_LACKABLE`), a form of "be" and a word that says the
    article does not state it (words.tsv ``unsaid`` after "not", or one valued ``neg``: "unstated")
    say "no foundry": how many items that span is (0 where it is not one). Anything after it that
    would say which one is lacking (:func:`_says_which_one`) leaves it as it was."""
    if not (items[k].kind == "word" and items[k].text.lower() == "whose") or k + 3 >= len(items):
        return 0
    term, be = items[k + 1], items[k + 2]
    props = [t for t in term.terms if not lex.terms.get(t, ("", False))[1]] if term.kind == "term" else []
    if len(props) != 1 or props[0] not in _LACKABLE or not (be.kind == "word" and be.role == "aux"):
        return 0
    unsaid = phrase_class("unsaid")
    said = items[k + 3]
    if said.kind == "word" and said.role == "neg" and said.text.lower() == "not" and k + 4 < len(items):
        verb = items[k + 4]
        span = 5 if (verb.text.lower(),) in unsaid and unsaid[(verb.text.lower(),)] == "" else 0
    else:
        span = 4 if (said.text.lower(),) in unsaid and unsaid[(said.text.lower(),)] == "neg" else 0
    nxt = next((y for y in items[k + span :] if not (y.kind == "word" and y.role == "filler")), None)
    return 0 if span == 0 or _says_which_one(items, nxt, lex) else span


def _lacking_relations(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "chips that give a process node but no foundry", "which chips name no foundry": "no" or
    "without" (words.tsv ``neg`` valued ``lack``) right before a word of one relation a chip holds
    directly (:data:`_LACKABLE`; its kind's word beside it: ck:Foundry) says the article states
    none: an item of role ``lacking`` (its value the relation), a filter of the frame
    (:class:`F.Unstated`) in a list, count or ranking, refused elsewhere. A name, a number or
    another negation after the word (which would say which one is lacking) is not read so."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        x = items[k]
        after = k + 1
        while after < len(items) and items[after].kind == "word" and items[after].text in ("a", "an", "any"):
            after += 1
        term = items[after] if after < len(items) else None
        nxt = next((y for y in items[after + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
        props = [t for t in term.terms if not lex.terms.get(t, ("", False))[1]] if term and term.kind == "term" else []
        if (
            x.kind == "word"
            and x.role == "neg"
            and x.value == "lack"
            and x.text in ("no", "without")
            and term is not None
            and len(props) == 1
            and props[0] in _LACKABLE
            and not _says_which_one(items, nxt, lex)
        ):
            _lack_joined(x, nxt, term, items)
            out.append(Item("word", f"{x.text} {term.text.rstrip('.')}", role="lacking", value=props[0]))
            k = after + 1
            continue
        out.append(x)
        k += 1
    return out


def _kept_only(inner: list[Item], lex: Lexicon) -> Item | None:
    """ "(the HBM tier only)", "(only the SRAM)", "(FP8 only)": a parenthesis that names one memory
    technology, link or precision with "only" (words.tsv role ``only``) and plain fillers says which
    of one figure's rows count: an item of role ``keeponly`` (value "kind=IRI", as a set-aside
    thing's), carried to ``Frame.kept_only`` (a value question's only) and checked against each row
    answered: a row of it (or of a narrower one) kept, a row that is not dropped and said, one the
    graph cannot tell refused. None for anything else ("only" beside a list stays refused)."""
    said = [x for x in inner if not _plain_filler(x)]
    only = [x for x in said if x.kind == "word" and x.role == "only"]
    names = [x for x in said if x.kind == "entity"]
    ors = [x for x in said if x.kind == "word" and x.role == "or" and x.text.lower() == "or"]
    # "(HBM or LPDDR only)": names of one kind joined by "or", any of them kept
    if len(only) != 1 or not names or len(ors) != len(names) - 1 or len(said) != 2 * len(names):
        return None
    kept = [_kept_thing(x, lex) for x in names]
    kinds = {k.partition("=")[0] for k in kept if k is not None}
    if None in kept or len(kinds) != 1:
        return None
    value = f"{kinds.pop()}=" + "|".join(k.partition("=")[2] for k in kept if k is not None)
    return Item("word", " ".join(x.text for x in inner), role="keeponly", value=value)


def _kept_thing(x: Item, lex: Lexicon) -> str | None:
    """What a name kept says of a figure's rows: "kind=IRI" for one memory technology, link or
    precision (:data:`_SET_ASIDE_SLOTS`, not a kind of unit); None for anything else."""
    if x.kind != "entity" or len(x.entities) != 1:
        return None
    iri = x.entities[0]
    kinds = [_SET_ASIDE_SLOTS[k] for k in lex.entities.get(iri, ("", ()))[1] if k in _SET_ASIDE_SLOTS]
    if len(kinds) != 1 or kinds[0] == "count":
        return None
    return f"{kinds[0]}={iri}"


def _says_only(x: Item, lex: Lexicon) -> bool:
    """Whether a word is, or holds, an "only" of words.tsv (role ``only``, or a filler valued so:
    "only", "just", "merely"; "counting only")."""
    if x.kind != "word":
        return False
    return any("only" in lex.words.get((stem(t),), ("", "")) for t in tokens(x.text))


def _negation_before_scope(inner: list[Item], lex: Lexicon) -> list[Item]:
    """ "(per chip, not for a pod)": in a parenthesis, a relation's words that are a negation and
    fillers ("not for": ck:notSuitableFor) right before a scope set the scope aside; they are read
    as the negation they begin with."""
    out: list[Item] = []
    for k, x in enumerate(inner):
        words = tokens(x.text)
        after = next((y for y in inner[k + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
        if (
            x.kind == "term"
            and len(words) > 1
            and lex.words.get((stem(words[0]),), ("", ""))[0] == "neg"
            and all(lex.words.get((stem(w),), ("", ""))[0] == "filler" for w in words[1:])
            and after is not None
            and after.kind == "word"
            and after.role in ("scope", "chipscope")
        ):
            out += [Item("word", words[0], role="neg"), Item("word", " ".join(words[1:]), role="filler")]
        else:
            out.append(x)
    return out


def _measure_restated_aside(inner: list[Item], rest: list[Item], outside_terms: set[str], lex: Lexicon) -> bool:
    """ "a memory bandwidth over 1 TB/s (memory bandwidth, not interconnect bandwidth)": a parenthesis
    that says again a measure word of the question, then sets aside with 'not' a sibling the
    question already leaves out (:func:`_sibling_set_aside`: a link's bandwidth beside memory
    bandwidth) changes no answer."""
    negations = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"]
    if len(negations) != 1:
        return False
    said, aside = inner[: negations[0]], inner[negations[0] + 1 :]
    measures = [x for x in said if x.kind == "term"]
    if not measures or any(
        not (x.kind in ("term", "comma") or (x.kind == "word" and x.role == "filler")) for x in said
    ):
        return False
    spelled = {x.text.lower() for x in rest if x.kind == "term"}
    if any(not set(x.terms) <= outside_terms or x.text.lower() not in spelled for x in measures):
        return False
    span = [x for x in aside if not (x.kind == "word" and x.role == "filler")]
    return _sibling_set_aside(span, rest, lex)


def _parts(inner: list[Item]) -> list[list[Item]]:
    """A parenthesis's parts between commas, without the words that change nothing."""
    return [[x for x in part if not (x.kind == "word" and x.role in ("filler", "aux"))] for part in comma_parts(inner)]


def _only_sibling_set_aside(inner: list[Item], rest: list[Item], outside: list[str], lex: Lexicon) -> bool:
    """ "suited to training (training of any model size, not only inference)": a part that sets aside
    with "not only" a name of the same kind as one the question requires (another workload beside
    the workload asked, neither broader than the other, on its axis: ck:alternativeTo) leaves out
    the chips that have only that other one, which lack what the question requires anyway; the
    other parts may only say again names of the question. A question with a negation of its own, a
    name set aside that the question names or that is broader or narrower than one it names ("not
    only LLM training"), or anything else in the parenthesis is not such a remark ("(not inference)"
    excludes chips)."""
    if any(x.kind == "word" and x.role == "neg" for x in rest):
        return False
    kinds = {_category(e, lex) for e in outside} - {None}
    set_aside = False
    # "just", "merely": fillers elsewhere, here the "only" of "not only" (words.tsv value ``only``)
    said = [x._replace(role="only") if x.kind == "word" and x.value == "only" else x for x in inner]
    for part in _parts(said):
        if all(x.kind == "entity" and set(x.entities) <= set(outside) for x in part):
            continue  # "training": said again
        if len(part) < 3 or not (part[0].role == "neg" and part[1].kind == "word" and part[1].role == "only"):
            return False
        names = part[2:]
        if not all(x.kind == "entity" or (x.kind == "word" and x.role in ("or", "and")) for x in names):
            return False
        aside = [e for x in names if x.kind == "entity" for e in x.entities]
        if not aside or any(
            _related(e, outside, lex) or _category(e, lex) not in kinds or not _alternative(e, outside, lex)
            for e in aside
        ):
            return False
        set_aside = True
    return set_aside


def _whole_chip_summed(frame: F.Frame, st: _State) -> bool:
    """ "how much SRAM does the e75 have in total", "the M2000's total memory": a sum word ("total",
    "altogether", "combined") asked of one chip's figure with no scope of its own asks for the whole
    chip, as "per chip" does: a figure given per core or tile is no total (the e75's "up to 1.5 MB"
    is one Tensix core's), and neither is a node's or a card's. A scope said ("the total memory of a
    single CS-3 system", "aggregate FP8 compute for a 1,024-node cluster") and a measure stated at
    every scope (a scale-out, a model size, a claim) keep their own reading."""
    if not st.sum_word or st.scope_asked or st.chip_or_scope or st.scale is not None or frame.ask != F.VALUE:
        return False
    metric = frame.metric
    if metric is None or (metric.prop != CK + "memory" and metric.prop not in MEASURES):
        return False
    return metric.prop == CK + "memory" or MEASURES[metric.prop].also_scope != "any"


def _the_chip_said(frame: F.Frame, items: list[Item], lex: Lexicon) -> bool:
    """ "how much memory does the CS-3 chip have", "the SRAM of the e75 chip": a chip's name and the
    noun "chip" (a word whose "per" phrase is words.tsv ``chipscope``, not "card") ask for the chip's
    own figure, as "per chip" does: the CS-3's memory is its system's, the e75's SRAM one core's. A
    die's area ("the die area of the NorthPole chip") is the chip's own (its measure's other scope)."""
    measured = [k.prop for k in frame.constraints if isinstance(k, F.Measure)]
    measured += [frame.metric.prop] if frame.metric is not None else []
    if any(p in MEASURES and MEASURES[p].also_scope == CK + "PerDie" for p in measured):
        return False
    for i in range(len(items) - 2):
        the, name, noun = items[i : i + 3]
        said = tokens(noun.text)
        if (
            the.kind == "word"
            and the.text.lower() == "the"
            and name.kind == "entity"
            and name.entities
            and all(CHIP in lex.entities[e][1] for e in name.entities)
            and noun.kind == "term"
            and CHIP in noun.terms
            and len(said) == 1
            and lex.words.get(("per", stem(said[0])), ("", ""))[0] == "chipscope"
        ):
            return True
    return False


def _one_chip_said(items: list[Item], lex: Lexicon) -> bool:
    """ "each AI 100 Ultra chip", "a single (one, a) AI 100 Ultra chip": one chip is asked about, as "per
    chip" says (its per-card 150 W is not what one chip draws). "A single CS-3" alone is not: the
    name is the system's too (held-out writers read "a single CS-3" as one system)."""
    for i, it in enumerate(items[:-2]):
        # "a Gaudi 3 chip" too: read without it, its node's and cluster's figures answered (red team 53)
        said = it.kind == "word" and one_word(it.text)
        nxt, after = items[i + 1], items[i + 2]
        if (
            said
            and nxt.kind == "entity"
            and all(CHIP in lex.entities[e][1] for e in nxt.entities)
            and after.kind == "term"
            and CHIP in after.terms
        ):
            return True
    return False


def _alternative(entity: str, others: list[str], lex: Lexicon) -> bool:
    """One of ``others`` (or what it is narrower than) is on ``entity``'s own axis
    (ck:alternativeTo): "training (not only inference)". Beside "transformers" or "data centers",
    "not only inference" would leave out the chips that do those by inference alone."""
    alternatives = lex.alternatives.get(entity, frozenset())
    return any(o in alternatives or alternatives & set(lex.broader.get(o, [])) for o in others)


def _unstated_property(inner: list[Item], outside_terms: set[str], lex: Lexicon) -> Item | None:
    """ "(the article names no foundry)", "(foundry not given)": a remark that the article states
    nothing of one relation of the chip, beside a question that asks something else of it. Kept as
    an item of role ``unstated`` (VALUE: the relation), which only a question for one named chip's
    figure may carry, checked against the graph before the figure is shown (the article naming one
    refuses the question). A property the question asks, a name, a number or any other word in the
    parenthesis is not such a remark; precision has its own reading (:func:`_clarifying`)."""
    parts = _parts(inner)
    if len(parts) != 1 or len(parts[0]) != 2:
        return None
    terms = [x for x in parts[0] if x.kind == "term"]
    negs = [x for x in parts[0] if x.kind == "word" and x.role == "neg"]
    if len(terms) != 1 or len(negs) != 1:
        return None
    props = [t for t in terms[0].terms if t.rsplit("#", 1)[-1][:1].islower()]
    if len(props) != 1 or props[0] in outside_terms or props[0] == CK + "precision":
        return None
    return Item("word", terms[0].text, role="unstated", value=props[0])


def _superlative_said_again(inner: list[Item], rest: list[Item]) -> bool:
    """ "the oldest process node, like the biggest nm": a gloss made of a superlative of the same
    direction as one of the question and words for measures says the superlative again in other
    words; it is read in place (where the measure words then must agree with the question's, or
    the question is refused as naming two measures)."""
    said = [x for x in inner if not (x.kind == "word" and x.role in ("gloss", "filler"))]
    supers = [x for x in said if x.kind == "word" and x.role == "super"]
    outside = {x.value for x in rest if x.kind == "word" and x.role == "super"}
    return (
        any(x.kind == "word" and x.role == "gloss" for x in inner)
        and bool(supers)
        and all(x.value in outside for x in supers)
        and all(x in supers or x.kind == "term" for x in said)
        and any(x.kind == "term" for x in said)
    )


def _superlative_alone_said_again(inner: list[Item], rest: list[Item]) -> bool:
    """ "the oldest, i.e. largest, process node": a gloss of one superlative alone, of the direction of
    the question's one superlative, says it again (the measure is the question's): dropped. Of the
    other direction ("the newest, i.e. largest, node") it is not read, and the question is refused."""
    said = [x for x in inner if not (x.kind == "word" and x.role in ("gloss", "filler"))]
    outside = {x.value for x in rest if x.kind == "word" and x.role == "super"}
    return (
        any(x.kind == "word" and x.role == "gloss" for x in inner)
        and len(said) == 1
        and said[0].kind == "word"
        and said[0].role == "super"
        and outside == {said[0].value}
    )


def _kinds_included(inner: list[Item], lex: Lexicon) -> list[remarks.Check] | None:
    """ "hedge included", "hedged lower bounds included", "including products it mentions only in
    passing": a gloss word of inclusion (words.tsv phrase class ``inclusive``) first or last, with
    only a kind of figure (a hedge, figures of a hedge: the hedged-figures report's words) or of what
    is counted (chips the article mentions only in passing, words.tsv ``profiled`` false) besides
    fillers and the word for chips, says the answer keeps them, which ask does anyway: the checks it
    leaves (chipkg.ask.remarks.check): "shown" (a hedge kept: the answer shows figures),
    "hedgedfigures" (hedged figures included: shown, or counted as a list or count does), "hedged" (a
    hedge's figures counted: none set aside), "unprofiled" (no "profiled" asked). Beside names, or
    anything else, None: read as before (examples)."""
    if len(inner) < 2:
        return None
    inner = _hedges_named_as_examples(inner, lex)
    glossed = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "gloss"]
    inclusive = phrase_class("inclusive")
    if len(glossed) != 1 or glossed[0] not in (0, len(inner) - 1):
        return None
    if tuple(t.rstrip(".") for t in tokens(inner[glossed[0]].text)) not in inclusive:
        return None
    text = " ".join(x.text for x in inner)
    checks: list[remarks.Check] = []
    for k, x in enumerate(inner):
        if k == glossed[0] or (x.kind == "word" and x.role == "filler" and x.value in ("", "pronoun", "whichever")):
            continue
        if x.kind == "term" and x.terms == (CHIP,):
            continue  # "products", "chips"
        if x.kind == "word" and x.role == "filler" and x.value in ("noun", "figure noun"):
            continue  # "hedged mentions", "'up to' claims"
        if x.kind == "word" and x.role == "count" and k > 0 and inner[k - 1].kind == "report":
            continue  # "hedged counts": the figures of a count
        said_hedge = lex.hedges.get(stems(x.text)) if tuple(tokens(x.text)) in lex.hedge_names else None
        if x.kind == "term" and stems(x.text) == ("vendor",):
            # "vendor 'up to' claims": the vendor claims, with "claims" after it
            said_hedge = (
                lex.hedges.get(("vendor", "claim"))
                if any(stems(y.text) == ("claim",) for y in inner[k + 1 :])
                else None
            )
        if said_hedge is not None and x.kind in ("word", "term"):
            checks.append(remarks.Check("hedged", (said_hedge,), text))  # "'up to' claims included"
        elif x.kind == "report" and x.value == "hedged-figures":
            checks.append(remarks.Check("hedgedfigures", (), text))
        elif x.kind == "report" and x.value.startswith("hedged-figures?qualifier="):
            hedge = lex.hedges.get(stems(x.value.partition("=")[2]))
            if hedge is None:
                return None
            checks.append(remarks.Check("hedged", (hedge,), text))
        elif x.kind == "word" and x.role == "profiled" and x.value == "false":
            checks.append(remarks.Check("unprofiled", (), text))
        else:
            return None
    if any(c.kind == "hedged" for c in checks):  # "hedged lower bounds": the lower bounds' figures
        checks = [c for c in checks if c.kind not in ("shown", "hedgedfigures")]
    return list(dict.fromkeys(checks)) or None


def _hedges_named_as_examples(inner: list[Item], lex: Lexicon) -> list[Item]:
    """ "(including hedged figures such as 'over' or 'around')": the hedges named after the figures
    of any hedge are examples of them, dropped with their gloss word when every word after it is a
    hedge's name as spelled (Lexicon.hedge_names: "over", "up to", "around"), joined by "or", "and"
    or commas; anything else there leaves the parenthesis as it is."""
    at = next((k for k, x in enumerate(inner) if x.kind == "report" and x.value == "hedged-figures"), None)
    while (
        at is not None
        and at + 1 < len(inner)
        and inner[at + 1].kind == "word"
        and (
            inner[at + 1].role == "count"
            or (inner[at + 1].role == "filler" and inner[at + 1].value in ("noun", "figure noun"))
        )
    ):
        at += 1  # "hedged counts such as 'over'", "hedged figures such as ..."
    if at is None or at + 2 >= len(inner) or not (inner[at + 1].kind == "word" and inner[at + 1].role == "gloss"):
        return inner
    named = [
        x
        for x in inner[at + 2 :]
        if not (x.kind == "comma" or (x.kind == "word" and (x.role in ("or", "and") or _plain_filler(x))))
    ]
    # "such as an 'up to' or a 'nominal' frequency", "like 'over 10 billion' and 'around 40 billion'": a
    # hedge's name may carry the number and the measure's word it hedges
    hedge_said = False
    for x in named:
        if tuple(tokens(x.text)) in lex.hedge_names:
            hedge_said = True
        elif not (hedge_said and (x.kind == "qty" or (x.kind == "term" and set(x.terms) & set(MEASURES)))):
            return inner
    if named and hedge_said:
        return inner[: at + 1]
    return inner


def _unprofiled_included(inner: list[Item], rest: list[Item]) -> bool:
    """ "(including any non-profiled products it mentions in passing)": chips the article only
    mentions are counted in, as they are wherever the question does not say "profiled" (a
    question that does, or a parenthesis with anything else, is read as before)."""
    if not inner or not (inner[0].kind == "word" and inner[0].role == "gloss"):
        return False
    roles = [x.role if x.kind == "word" else x.kind for x in inner[1:]]
    if roles.count("neg") != 1 or roles.count("profiled") != 1 or roles.index("neg") + 1 != roles.index("profiled"):
        return False
    if any(
        not (x.kind == "word" and x.role in ("filler", "neg", "profiled")) and x.terms != (CHIP,) for x in inner[1:]
    ):
        return False
    return not any(x.kind == "word" and x.role == "profiled" for x in rest)


def _spelling(inner: list[Item], outside: list[str], lex: Lexicon) -> bool:
    """ "BF16 (spelled BFLOAT16 in one section)", "LPDDR DRAM (any LPDDR generation)": a parenthesis that
    says how the article spells a name (words.tsv gloss valued ``spelling``), or that says "any" of a
    name, names the thing the question names again. True (it is dropped) when every name in it is one
    the question uses outside it (the same thing, said by an alternative label), with nothing else but
    fillers and where the article spells it so ("in one section"; "generation" after a name is gone
    by then, parse.rewrites._attributes). Refused when a name in it is another thing, a narrower or broader one too
    ("LPDDR5 (any LPDDR generation)", "LPDDR (spelled LPDDR5 in places)"): read as the same, it would
    widen or narrow the question. False: no such parenthesis."""
    spelled = any(x.kind == "word" and x.role == "gloss" and x.value == "spelling" for x in inner)
    said_any = bool(inner) and inner[0].kind == "word" and inner[0].value == "whichever"
    names = [e for x in inner if x.kind == "entity" for e in x.entities]
    if not (spelled or said_any) or not names:
        return False
    if any(e not in outside for e in names):
        raise refuse(
            "a parenthesis names as the same thing something other than what the question names; "
            "ask about it by its own name"
        )
    return all(
        x.kind == "entity"
        or (x.kind == "word" and (x.role in ("gloss", "filler", "attr") or x.value == "whichever"))
        or (x.kind == "report" and x.value.startswith("section"))
        for x in inner
    )


def _versions(inner: list[Item], outside: list[str], lex: Lexicon) -> list[Item]:
    """ "PCI Express of any revision (2.0, 4.0 or 5.0)": a bare number in a parenthesis that, after
    the name of a technology outside it, names a version of it, is that version's name."""
    if not all(x.kind in ("qty", "comma") or (x.kind == "word" and x.role in ("or", "and")) for x in inner):
        return inner
    out = []
    for x in inner:
        if x.kind != "qty":
            out.append(x)
            continue
        found = None
        for e in outside:
            m = _match_name(tokens(f"{lex.entities.get(e, ('', ()))[0]} {x.text}"), 0, lex)
            if m is not None and m[0] == len(tokens(f"{lex.entities.get(e, ('', ()))[0]} {x.text}")):
                versions = [v for v in m[1] if e in lex.broader.get(v, [])]
                if versions:
                    found = versions
        if found is None:
            return inner
        out.append(Item("entity", x.text, entities=tuple(found)))
    return out


def _apposed_kind(before: Item | None, inner: list[Item], lex: Lexicon) -> Item | None:
    """ "Blackwell's chip-to-chip (die-to-die) link": in a question about a named chip, a parenthesis
    of one name right after a name it is a kind of says which kind of the chip's is meant: the name
    before, read as that kind (None otherwise). A list of chips ("which chips use DRAM (LPDDR4)")
    and a list of several kinds ("LPDDR (LPDDR5 or LPDDR5X)") are read by :func:`_all_variants`."""
    if before is None or before.kind != "entity" or len(inner) != 1 or inner[0].kind != "entity":
        return None
    kinds = inner[0].entities
    if len(kinds) != 1 or not all(b in lex.broader.get(kinds[0], []) for b in before.entities):
        return None
    return inner[0]


def _all_variants(inner: list[Item], outside: list[str], lex: Lexicon) -> bool:
    """A parenthesis that lists narrower kinds of a name outside it ("LPDDR (LPDDR4, LPDDR4X, LPDDR5
    or LPDDR5X)") restates the name only if it lists every kind the graph holds of it; a gloss
    word ("including", "such as") says the list is examples. False: a list of some kinds only,
    which would narrow the question (dropping it would widen the answer). A range of kinds ("LPDDR5
    through LPDDR5X", "PCIe 2.0 to 4.0") names some of them, which the graph cannot order: it restates
    the name only beside a word of the whole ("any generation, LPDDR4 through LPDDR5X")."""
    spans = [
        k
        for k, x in enumerate(inner)
        if 0 < k < len(inner) - 1
        and x.kind == "word"
        and x.text.lower() in ("to", "through")
        and inner[k - 1].kind == "entity"
        and inner[k + 1].kind in ("entity", "qty")
    ]
    if spans and any(x.kind == "word" and tokens(x.text)[:1] in (["any"], ["every"], ["all"]) for x in inner):
        return True
    if spans:  # "HBM (HBM3 through HBM3E)": the ends named are every kind the graph holds of it, or not
        inner = [x for k, x in enumerate(inner) if k not in spans]
    elif any(x.kind == "word" and x.role == "gloss" for x in inner):
        return True
    if not all(x.kind in ("entity", "comma") or (x.kind == "word" and x.role in ("or", "and")) for x in inner):
        return not spans
    listed = {e for x in inner if x.kind == "entity" for e in x.entities}
    narrower = {f: {e for e, up in lex.broader.items() if f in up} for f in set(outside)}
    families = [f for f in narrower if listed & narrower[f]]
    # the narrowest family named ("LPDDR-family DRAM": LPDDR, not DRAM) is the one listed
    narrowest = [f for f in families if not any(g != f and f in lex.broader.get(g, []) for g in families)]
    return all(narrower[f] <= listed for f in narrowest)


def _scope_of(x: Item, lex: Lexicon) -> str | None:
    """The scope an item names: "per node" (words.tsv role ``scope``), "per chip" (``chipscope``:
    "Chip"), or in a list of scopes the bare head of one ("node" in "not node or cluster totals")."""
    if x.kind == "word" and x.role == "scope" and x.value:
        return x.value
    if x.kind == "word" and x.role == "chipscope":
        return "Chip"
    if x.kind in ("term", "unknown", "word") and len(tokens(x.text)) == 1:
        role, value = lex.words.get(("per", stem(x.text)), ("", ""))
        if role == "scope" and value:
            return value
        if role == "chipscope":
            return "Chip"
    return None


def _trailing_clarification(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "What peak performance does the article give for the CS-3, with no precision specified?": a
    last part after a comma that opens with a negation and that, in parentheses, would be read as
    saying which figure is meant (:func:`_clarifying`) is read as that parenthesis. Any other such
    part is left in the sentence, read (or refused) as before. So are the same words set off before
    the question proper (:func:`_fronted_clarification`)."""
    items = _postposed_in_last_part(_fronted_clarification(items, lex), aside=False)  # "..., node figures excluded"
    comma = max((k for k, x in enumerate(items) if x.kind == "comma"), default=None)
    if comma is None or any(x.kind in ("open", "close") for x in items[comma + 1 :]):
        return items
    inner = items[comma + 1 :]
    said = [x for x in inner if not (x.kind == "word" and x.role in ("filler", "aux") and x.value != "holds")]
    if not said or not (said[0].kind == "word" and said[0].role == "neg"):
        return items
    rest = items[:comma]
    outside = [e for x in rest if x.kind == "entity" for e in x.entities]
    outside_terms = {t for x in rest if x.kind == "term" for t in x.terms}
    if _clarifying(inner, lex, outside, outside_terms) is None:
        return items
    return [*rest, Item("open", "("), *inner, Item("close", ")")]


def _fronted_clarification(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Per accelerator, and not aggregated across an UltraCluster, what FP16 performance does the
    article cite for AWS Trainium2?": the parts before the question proper (up to the comma right
    before its question word), one of which is a negation, that in parentheses would be read as
    saying which figure is meant and setting aside one the reading leaves out
    (:func:`_clarifying`, :func:`_narrowing_aside`) are read as that parenthesis. Any other such
    parts are left in the sentence, read (or refused) as before."""
    if any(x.kind in ("open", "close") for x in items):
        return items
    comma = next(
        (
            k
            for k, x in enumerate(items)
            if x.kind == "comma"
            and k + 1 < len(items)
            and items[k + 1].kind == "word"
            and items[k + 1].role in ("wh", "value", "count")
        ),
        None,
    )
    if comma is None:
        return items
    fronted = _and_not(items[:comma])
    if not any(x.kind == "word" and x.role == "neg" for x in fronted) or any(
        x.kind == "word" and x.role in ("wh", "value", "count") for x in fronted
    ):
        return items
    rest = items[comma + 1 :]
    outside = [e for x in rest if x.kind == "entity" for e in x.entities]
    outside_terms = {t for x in rest if x.kind == "term" for t in x.terms}
    if (
        _clarifying(fronted, lex, outside, outside_terms) is None
        and _narrowing_aside(fronted, rest, outside, outside_terms, lex, []) is None
    ):
        return items
    return [Item("open", "("), *fronted, Item("close", ")"), *rest]


def _clarifying(
    inner: list[Item],
    lex: Lexicon,
    outside: list[str] | None = None,
    outside_terms: set[str] | None = None,
    checks: list[remarks.Check] | None = None,
) -> list[Item] | None:
    """A parenthesis that says which figure is meant by setting aside its complement: "(a per-node
    figure, not per chip)", "(counting only per-chip numbers, not node or cluster totals)", "(a
    per-system figure, not memory on the wafer itself)", "(a vendor claim, with no precision
    given)", "(i.e., summed across both dies, not per die)", "(the 4-bit figure, not the 8-bit
    one)". Read part by part (between commas): a scope said ("a per-node figure", "summed across
    both dies": per chip) is kept; other scopes set aside beside it change nothing (a figure has one
    scope, so one the graph does not know, "not per wafer", changes nothing either); on-chip memory
    set aside is off-chip memory; "no precision given" (or "precision not specified"; "the source does not
    say at which precision") is stated of the figure and checked against it; a hedge named ("an
    upper bound") is kept, to be checked against the figure; the precision of the figure asked,
    said again, with other precisions set aside, changes nothing (a figure has one precision); a
    gloss word or a remark on phrasing changes nothing; a measure said beside the scope ("the
    per-die amount") is the measure asked, checked against the frame (``checks``: "present").
    Returns the items that say the same (None: not such a parenthesis, read as before). A negated
    scope the kept one does not exclude, a precision set aside that the question names, or
    anything else, is None."""
    outside = outside or []
    outside_terms = outside_terms or set()
    # the question asks for a figure of one precision it names ("INT4 throughput")
    precision_named = CK + "performance" in outside_terms and any(_category(e, lex) == FORMAT for e in outside)
    parts = comma_parts(inner)
    kept: list[Item] = []
    positive: list[str] = []
    negated_scopes: list[str] = []
    measured: list[remarks.Check] = []
    negations = 0
    for part in parts:
        words = [x for x in part if not (x.kind == "word" and x.role in ("filler", "aux") and x.value != "holds")]
        words = [x for x in words if not (x.kind == "word" and x.role == "gloss")]  # "i.e.": what follows restates
        neg = [k for k, x in enumerate(words) if x.kind == "word" and x.role == "neg"]
        # a measure's name, or a memory's ("system memory": the memory asked, as "the per-system amount")
        said = [
            x
            for x in words
            if not (x.kind == "term" and x.terms and all(t in MEASURES or t == CK + "memory" for t in x.terms))
        ]
        if not neg and checks is not None and len(said) == 1 and len(words) > 1 and words[0] is said[0]:
            # "the per-die amount": the scope, then the measure asked (checked against the frame)
            measured.extend(remarks.Check("present", x.terms, " ".join(y.text for y in inner)) for x in words[1:])
            words = said
        if not neg:
            if len(words) == 1 and _scope_of(words[0], lex) is not None and _said_scope(words[0].text):
                positive.append(_scope_of(words[0], lex) or "")
                kept.append(words[0])
                continue
            chipscope = [x for x in words if x.kind == "word" and x.role == "chipscope"]
            if len(chipscope) == 1 and all(x.kind == "word" and x.role in ("chipscope", "sum") for x in words):
                positive.append("Chip")  # "summed across both dies": the chip's own figure
                kept.append(chipscope[0])
                continue
            if all(x.kind == "word" and x.role == "only" for x in words):
                continue  # "counting only": said by the scope kept
            if len(words) == 1 and words[0].kind == "report" and words[0].value.startswith("hedged-figures?"):
                kept.append(words[0])  # "an upper bound": stated of the figure, checked against it
                continue
            if (
                precision_named
                and words
                and all(x.kind == "entity" and any(_related(e, outside, lex) for e in x.entities) for x in words)
                and all(_category(e, lex) == FORMAT for x in words for e in x.entities)
            ):
                continue  # "the 4-bit figure": the precision the question names, said again
            if (
                len(words) == 1
                and words[0].kind == "term"
                and CK + "ChipDesigner" in words[0].terms
                and any(stem(x.text) == "claim" for x in part)
            ):
                continue  # "a vendor claim": every figure is the article's, as its vendor states it
            if _phrasing_remark(part, lex):
                continue
            return None
        negations += 1
        if neg == [1] and len(words) == 2:
            rest = words[:1]  # "precision not specified": as "no precision specified"
        elif neg != [0]:
            return None
        else:
            rest = words[1:]
        scopes = [_scope_of(x, lex) for x in rest if not (x.kind == "word" and x.role in ("or", "and", "sum"))]
        if scopes and all(s is not None for s in scopes):
            negated_scopes.extend(s for s in scopes if s is not None)
            continue
        if [(x.kind, x.role) for x in rest] == [("word", "group"), ("unknown", "")]:
            # "not per wafer": a scope the graph does not know, set aside beside the one said
            negated_scopes.append(f"?{rest[1].text}")
            continue
        if (
            rest
            and all(x.kind == "term" and set(x.terms) <= {CK + "memory", CK + "onChip"} for x in rest)
            and any(CK + "onChip" in x.terms for x in rest)
        ):
            if CK + "onChip" in outside_terms:
                return None  # "on-chip memory ... (system memory, not memory on the wafer)": says against the question
            kept.append(Item("word", "off-chip", role="offchip"))  # "not memory on the die"
            continue
        if [x.terms for x in rest if not (x.kind == "word" and x.role == "wh")] == [(CK + "precision",)]:
            kept.append(Item("word", "no precision given", role="noprecision"))
            continue
        if (
            precision_named
            and rest
            and all(x.kind == "entity" and all(_category(e, lex) == FORMAT for e in x.entities) for x in rest)
            and not any(e in outside for x in rest for e in x.entities)
        ):
            continue  # "not the 8-bit one": another precision, which the figure asked is not of
        return None
    if not negations:
        return None
    # a scope said twice ("summed across both of its dies, i.e. the package-wide figure") is one
    if negated_scopes and (len(set(positive)) != 1 or positive[0] in negated_scopes):
        return None  # "(not per chip)" alone is read elsewhere; "(per node, not per node)" is no reading
    if measured and (len(set(positive)) != 1 or checks is None):
        return None  # a measure beside a scope that is not the one scope kept
    if checks is not None:
        checks.extend(measured)
    return kept


#: the scopes of one chip or less, and of its card: a system's or cluster's figure is none of them
_BELOW_SYSTEM = ("Chip", "PerChip", "PerDie", "PerCore", "PerTile", "PerCard")
#: words that open a parenthesis saying whose figure is taken ("taking Gaudi 3's whole-package figure")
_TAKING = ("counting", "taking", "take", "treat", "treating")


def _taken_as_stated(inner: list[Item], outside: list[str], outside_terms: set[str], lex: Lexicon) -> bool:
    """ "(take NorthPole's nominal figure as its clock)": taking a chip's figure, named by the
    question, as the measure the question already asks, with nothing else (no number, hedge word
    of a range, negation), says how ask reads a figure anyway (as stated, hedge kept): it changes
    nothing. A name or measure the question does not use keeps the parenthesis."""
    words = [x for x in inner if not (x.kind == "word" and x.role == "filler")]
    if not words or not (words[0].kind == "unknown" and words[0].text in _TAKING):
        return False
    said = False
    for x in words[1:]:
        if x.kind == "entity" and all(e in outside and CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities):
            continue  # whose figure
        if x.kind == "term" and set(x.terms) <= outside_terms and set(x.terms) & set(MEASURES):
            said = True  # "as its clock": the measure asked
            continue
        return False
    return said


def _chips_named(words: list[Item], outside: list[str], lex: Lexicon) -> list[str]:
    """The chips named among ``words`` that the question names too."""
    return [
        e
        for x in words
        if x.kind == "entity"
        for e in x.entities
        if e in outside and CHIP in lex.entities.get(e, ("", ()))[1]
    ]


def _without_hedged(frame: F.Frame, unhedged: tuple[str, ...]) -> F.Frame:
    """The frame whose figures (the metric's, each range's) leave out those with one of the
    qualifiers ``unhedged`` ("(no 'up to')"): the exclusion applied, in the one query, to the chips
    listed, counted or ranked. Refused where no figure is compared, where the answer is not read
    from those figures alone (a yes/no, a comparison, organizations), and beside one chip's figure
    (where "(not a lower bound)" says what the figure is, not which to leave out)."""
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
    if frame.ask == F.VALUE:  # "(not a lower bound)" of one chip's figure says what it is: shown with its hedge
        raise refuse("a hedge set aside of one chip's figure: ask for the figure, which is shown with its hedge")
    if frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK) or (frame.metric is None and not measures):
        raise refuse("hedged figures are set aside beside no figure the question compares")
    if frame.ask in (F.CHIPS, F.COUNT) and not measures:
        raise refuse("hedged figures are set aside beside no figure the question compares")
    return frame._replace(
        metric=None if frame.metric is None else frame.metric._replace(unhedged=unhedged),
        constraints=tuple(k._replace(unhedged=unhedged) if isinstance(k, F.Measure) else k for k in frame.constraints),
    )


def _parts_at_negations(inner: list[Item]) -> list[list[Item]]:
    """A parenthesis's items in parts: a comma ends one, a negation opens one (and stays first in it)."""
    parts: list[list[Item]] = [[]]
    for x in inner:
        if x.kind == "comma":
            parts.append([])
        elif x.kind == "word" and x.role == "neg":
            parts.append([x])
        else:
            parts[-1].append(x)
    return parts


def _unit_kinds_aside(inner: list[Item]) -> remarks.Check | None:
    """ "(counting FLOPS figures only, not TOPS)", "(FLOPS only, not TOPS)", "(not TOPS)": a
    parenthesis that says which unit the performance figures are in, FLOPS or OPS (FLOPS stay FLOPS),
    with the other set aside: it says again what the question's own unit word reads, checked against
    the frame (every performance figure it compares must be of that unit: remarks.check). Besides
    one word for performance per part, only words that change nothing; anything else, None."""
    parts = _parts_at_negations(inner)
    said: set[str] = set()
    aside: set[str] = set()
    for part in [p for p in parts if p]:
        negated = part[0].kind == "word" and part[0].role == "neg"
        words = [
            x for x in part[1 if negated else 0 :] if not (x.kind == "word" and x.role in ("filler", "only", "count"))
        ]
        if len(words) != 1 or words[0].kind != "term" or CK + "performance" not in words[0].terms:
            return None
        kind = _unit_kind(words[0].text)
        if kind is None:
            return None
        (aside if negated else said).add(kind)
    if not aside or len(said) > 1 or said & aside:
        return None
    kept = said or ({"FLOPS", "OPS"} - aside)
    if len(kept) != 1:
        return None
    return remarks.Check("unitkind", tuple(kept), " ".join(x.text for x in inner))


def _hedge_of(x: Item, lex: Lexicon) -> str | None:
    """The qualifier a hedge phrase ("up to", "around": ck:hedgePhrase) or a word for hedged figures
    ("ceilings", "upper bounds": the hedges report with its qualifier) says, or None."""
    if x.kind == "report" and x.value.startswith("hedged-figures?qualifier="):
        return lex.hedges.get(stems(x.value.partition("=")[2]))
    if x.kind in ("word", "unknown") and x.role in ("", "cmp", "filler"):
        return lex.hedges.get(stems_of(x.text))
    return None


def _hedges_aside(inner: list[Item], lex: Lexicon, outside_terms: set[str] | None = None) -> list[Item] | None:
    """ "(no 'up to')", "(not as 'over' or 'around' a figure)", "(ignoring upper bounds)", "(per-chip
    figures, without 'about')": a parenthesis that sets aside figures hedged a way the graph records
    (ck:hedgePhrase, or a qualifier's label): the figures the question compares, ranks or shows are
    then only those without such a qualifier (an item of role ``unhedged``, which the frame applies to
    its figures, and refuses with no figure asked). A negated hedge named by no qualifier ("(which the
    article does not hedge)", "(not hedged)") sets aside every hedge a value may have ("all").
    Besides the negated hedges, only words that change nothing, one scope said ("per chip": kept)
    and words of the question said again (``outside_terms``: "(the parameter count, which the text
    does not hedge)"). Anything else (a number: "(not over 100 W)"), None."""
    parts = _parts_at_negations(inner)
    quiet = ("filler", "aux", "gloss", "wh", "or", "and")
    kept: list[Item] = []
    qualifiers: list[str] = []
    for part in parts:
        if not part:
            continue
        if part[0].kind == "word" and part[0].role == "neg":
            hedges = []
            for x in part[1:]:
                hedge = _hedge_of(x, lex)
                if hedge is None and x.kind == "report" and x.value == "hedged-figures":
                    hedge = "all"  # "(which the article does not hedge)": no hedge at all
                if hedge is not None:
                    hedges.append(hedge)
                elif outside_terms and x.kind == "term" and x.terms and set(x.terms) <= outside_terms:
                    continue  # "(leave out any clock given as 'up to')": the question's measure said again
                elif not (x.kind == "word" and x.role in quiet):
                    return None  # "(not per core)", "(not over 100 W)": something beside the hedges
            if not hedges:
                return None
            if any(h != "all" for h in hedges):
                # "(excluding figures hedged with 'nominal')": the hedges named say which (a wrong
                # answer: every hedged figure was left out, the M4's 'up to 3.5 GHz' with them)
                hedges = [h for h in hedges if h != "all"]
            qualifiers.extend(hedges)
            continue
        said = [x for x in part if not (x.kind == "word" and x.role in (*quiet, "only"))]
        if not said:
            continue
        if len(said) == 1 and said[0].kind == "word" and said[0].role == "chipscope":
            kept.append(said[0])  # "(per-chip figures, no 'up to')"
            continue
        if outside_terms and all(x.kind == "term" and x.terms and set(x.terms) <= outside_terms for x in said):
            continue  # "(the parameter count, ...)": the question's word said again
        return None
    if not qualifiers:
        return None
    text = " ".join(x.text for x in inner)
    return [*kept, Item("word", text, role="unhedged", value="|".join(sorted(set(qualifiers))))]


def _figures_measured(rest: list[Item]) -> bool:
    """The question around an aside measures figures: a measure's word, a number, or a comparison."""
    return any(
        x.kind == "qty"
        or (x.kind == "term" and set(x.terms) & set(MEASURES))
        or (x.kind == "word" and x.role in ("comparative", "super", "rank", "value"))
        for x in rest
    )


def _narrowing_aside(
    inner: list[Item],
    rest: list[Item],
    outside: list[str],
    outside_terms: set[str],
    lex: Lexicon,
    checks: list[remarks.Check],
) -> list[Item] | None:
    """An aside that says which figure the question means and sets aside another the reading leaves
    out anyway: "(the package-wide figure, not the per-die one)", "(the one-card figure, not the
    dual-card one)", "(not aggregated over an UltraCluster)" beside "per accelerator", "(the
    mixed-precision figure, not the 2,048-unit cluster aggregate)", "(i.e., ignoring its DDR5
    tier)" beside HBM, "(memory bandwidth, not the interchip interconnect)".

    Read part by part (between commas, and from each negation on). A positive part may say a scope
    (kept), a precision or figure kind (kept: read as the question's own words), or say again a
    chip, memory or measure of the question (whose figure: dropped). A negated part may name other
    scopes (with a count and "aggregate" beside them: "the 2,048-unit cluster aggregate"), a system
    (its figures are a system's, not a chip's), a memory technology unrelated to one the question
    names, or an interconnect beside a memory's figure (checked: the reading must not rest on a
    link). What it sets aside must be what the reading leaves out: a scope set aside must differ
    from the scope said (in the aside or the question; none said: per chip, as "(not per card)"
    reads); otherwise (or with anything else in it) None, and the parenthesis is read as before."""
    parts: list[list[Item]] = [[]]
    list_end = -1  # "excluding per-node, per-cluster and per-system figures": one part, a list set aside
    for k, x in enumerate(inner):
        if x.kind == "comma" and k > list_end and parts[-1][:1] and parts[-1][0].role in ("neg", "contrast"):
            list_end = end_of_scope_list(inner, k)
        if x.kind == "comma" and k > list_end:
            parts.append([])
        elif x.kind == "word" and x.role in ("neg", "contrast"):
            parts.append([x])
        elif (
            x.kind == "word"
            and x.role in ("or", "and")
            and parts[-1][:1]
            and parts[-1][0].kind == "word"
            and parts[-1][0].role == "neg"
            and k + 1 < len(inner)
            and inner[k + 1].kind == "entity"
        ):
            # "not the Grayskull's per-core SRAM or Gaudi 3's per-die 48 MB": each chip's figure set aside
            # apart, under the one negation (read as one part, the 48 MB was taken for the Grayskull's)
            parts.append([parts[-1][0]])
        elif x.kind != "comma":
            parts[-1].append(x)
    quiet = ("filler", "aux", "gloss", "wh")
    # the scopes the question says, not those another parenthesis sets aside ("(not per accelerator)
    # (not summed over a cluster)" says no scope: red team 32's question, split in two)
    rest_scopes = [s for s in (_scope_of(x, lex) for x in _outside_parentheses(rest) if x.kind == "word") if s]
    named_tech = [e for e in outside if _category(e, lex) == MEMORY_TECH]
    kept: list[Item] = []
    positive: list[str] = []
    negated: list[str] = []  # scopes set aside; "system" for a system named
    links: list[str] = []  # interconnects set aside
    tech_aside = False
    aside_figures: list[tuple[str, str, tuple[tuple[str, float], ...]]] = []  # (chip, scope, qty readings)
    tiers: list[str] = []  # "chip|technology asked|narrower technology said": "for the SN40L, its HBM3 tier"
    counted_aside: list[tuple[str, str]] = []  # (words, "count=<kind>"): kinds of units set aside, checked if a value
    for part in parts:
        set_apart = bool(part) and part[0].kind == "word" and part[0].role in ("neg", "contrast")
        # "(excluding its separately stated SRAM)": what is set aside is stated apart, as every figure is
        words = [x for x in part if not (x.kind == "word" and (x.role in quiet or (set_apart and x.role == "apart")))]
        if not words:
            continue
        if not (words[0].kind == "word" and words[0].role in ("neg", "contrast")):
            if words[0].kind == "unknown" and words[0].text in _TAKING:
                words = words[1:]
            for x in words:
                scope = _scope_of(x, lex)
                if scope is not None and x.kind == "word" and x.role in ("scope", "chipscope"):
                    positive.append(scope)
                    kept.append(x)
                elif x.kind == "word" and x.role == "figkind":
                    kept.append(x)  # "the mixed-precision figure"
                elif (
                    x.kind == "word" and x.role == "count" and any(y.kind == "word" and y.role == "count" for y in rest)
                ):
                    continue  # "the per-die count" beside "how many": said again
                elif x.kind == "entity" and all(
                    e in outside and (CHIP in lex.entities.get(e, ("", ()))[1] or _category(e, lex) == MEMORY_TECH)
                    for e in x.entities
                ):
                    continue  # "Gaudi 3's", "HBM": whose figure, said again
                elif x.kind == "entity" and all(_category(e, lex) == FORMAT for e in x.entities):
                    kept.append(x)  # "the FP8 figure": a precision, read as the question's own
                elif (
                    x.kind == "entity"
                    and len(x.entities) == 1
                    and len(named_tech) == 1
                    and named_tech[0] in lex.broader.get(x.entities[0], [])
                    and len(whose := _chips_named(inner, outside, lex)) == 1
                ):
                    # "for the SN40L count only its HBM3 tier" beside HBM: that chip's memory of the
                    # technology asked is of the narrower one, checked in the graph when answered
                    tiers.append(f"{whose[0]}|{named_tech[0]}|{x.entities[0]}")
                elif x.kind == "term" and set(x.terms) <= outside_terms and not any(_is_class(t, lex) for t in x.terms):
                    continue  # "memory bandwidth": the measure, said again
                elif x.kind == "term" and set(x.terms) <= {lex.counted[e] for e in outside if e in lex.counted}:
                    continue  # "cores" beside the Tensix cores counted: the measure, said again
                elif x.kind == "term" and x.terms == (CK + "memory",) and named_tech:
                    continue  # "memory" beside the HBM asked: said again
                elif x.kind == "word" and x.role == "only":
                    continue  # "HBM only": what the parts set aside say
                elif x.kind == "word" and x.role == "sum" and positive:
                    continue  # "the package-wide total": the scope said, summed
                else:
                    return None
            continue
        said = words[1:]
        if not said:
            return None
        before, tech_before = len(negated) + len(links), tech_aside
        scopes_before = len(negated)
        quoted = False
        part_figures: list[tuple[str, tuple[tuple[str, float], ...]]] = []  # (chip, qty readings)
        chip_scopes: list[tuple[str, str]] = []  # (chip, scope): a chip's figures of a scope, no number said
        # "by each of its two dies", "inside each core": a scope said in words apart ("each" and the
        # noun of a scope, a count between), what the figure set aside is of
        per: dict[int, str] = {}
        for k, x in enumerate(said):
            if x.kind == "word" and x.role == "group":
                j = k + 1
                while j < len(said) and _count_of(said[j]) is not None:
                    j += 1
                if j < len(said) and (said[j].kind == "term" or (j > k + 1 and said[j].kind == "entity")):
                    scoped = lex.words.get(("per", stem(tokens(said[j].text)[-1])), ("", ""))
                    if scoped[0] == "scope" and scoped[1]:
                        per.update({i: "" for i in range(k, j)} | {j: scoped[1]})
        for k in range(len(said) - 2, -1, -1):  # "carried by each": the preposition before it too
            if k + 1 in per and said[k].kind == "word" and said[k].role == "group":
                per.setdefault(k, "")
        in_scope = False  # a scope said in this part: what follows it may name its figures
        for k, x in enumerate(said):
            scope = _scope_of(x, lex)
            if k in per:
                if per[k]:
                    negated.append(per[k])
                    in_scope = True
            elif scope is not None and x.kind == "word" and x.role in ("scope", "chipscope"):
                negated.append(scope)
                in_scope = True
            elif in_scope and _hedge_of(x, lex) is not None and x.kind == "report":
                continue  # "not per-core ceilings": the figures of the scope set aside, however hedged
            elif (
                in_scope
                and x.kind == "term"
                and set(x.terms) <= outside_terms
                and set(x.terms) <= set(MEASURES)
                and not any(y.kind == "qty" for y in said)
            ):
                continue  # "not the cluster's exaflops": the measure asked, of the scope set aside
            elif in_scope and (
                (x.kind == "entity" and all(e in named_tech for e in x.entities))
                or (
                    x.kind == "term"
                    and x.terms == (CK + "memory",)
                    and (named_tech or {CK + "memory", CK + "capacity"} & outside_terms)
                )
            ):
                continue  # "not the Grayskull's per-core SRAM", "the CS-3's per-system memory": the memory asked
            elif (
                x.kind == "entity"
                and k > 0
                and said[k - 1].kind == "qty"
                and len(x.entities) == 1
                and CHIP in lex.entities.get(x.entities[0], ("", ()))[1]
            ):
                # "the per-card 150 W of the AI 100 Ultra": whose figure is set aside, found in the
                # graph when answered (that chip's figure of that value, of the scope said) and left
                # out of the query
                quoted = True
                part_figures.append((x.entities[0], said[k - 1].readings))
            elif x.kind == "word" and x.role in ("sum", "or", "and"):
                continue  # "aggregated over", "the ... aggregate"
            elif x.kind == "word" and x.role in ("cmp", "group") and k + 1 < len(said) and said[k + 1].kind == "entity":
                continue  # "aggregated over an UltraCluster", "per UltraCluster": over a system, no comparison
            elif (
                x.kind == "word"
                and x.role == "group"
                and k + 1 < len(said)
                and said[k + 1].kind == "word"
                and said[k + 1].role == "scope"
            ):
                continue  # "not per single card": the "per" of the scope after it
            elif (
                x.kind in ("qty", "word")
                and (x.kind == "qty" or x.role == "scalecount")
                and k + 1 < len(said)
                and (_scope_of(said[k + 1], lex) is not None)
            ):
                continue  # "the 2,048-unit cluster", "the 1,024-node cluster": the size of the scope set aside
            elif (
                x.kind == "qty"
                or (x.kind == "word" and x.role == "cmp" and k + 1 < len(said) and said[k + 1].kind == "qty")
                or (_count_of(x) is not None and k + 1 < len(said) and said[k + 1].kind == "entity")
            ):
                # "not the 256-exaflop cluster number", "up to 1.5 MB per core", "the five RISC-V
                # processors": the figure set aside
                quoted = True
            elif (
                x.kind == "entity"
                and k + 1 < len(said)
                and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities)
                and any(y.kind == "qty" for y in said[k + 1 :])
            ):
                quoted = True  # "the Grayskull's up-to-1.5 MB per Tensix core": whose figure is set aside
                if len(x.entities) == 1:  # "the Apple M4's up to 3.5 GHz": one chip's, left out (as above)
                    part_figures.append((x.entities[0], next(y for y in said[k + 1 :] if y.kind == "qty").readings))
            elif (
                x.kind == "entity"
                and k + 1 < len(said)
                and _designer_said(x, lex)
                and any(y.kind == "qty" for y in said[k + 1 :])
            ):
                # "Qualcomm's per-card 150 W": a figure of one of the chips it designs, found in the
                # graph when answered (none of them has it: refused there)
                quoted = True
                part_figures.append((x.entities[0], next(y for y in said[k + 1 :] if y.kind == "qty").readings))
            elif (
                x.kind == "entity"
                and _figure_holder(x, lex)
                and not any(y.kind == "qty" for y in said)
                and (own := _own_scope(said[k + 1 :]) or _own_scope(said[k - 1 : k] if k else [])) is not None
            ):
                # "the AI 100 Ultra's single-card rating set aside", "not Gaudi 3's per-die number or
                # the Grayskull's per-core allowance": the figures of that chip (of each chip a family
                # name names) of the measure asked and of the scope said right after it, found in the
                # graph when answered and left out of the query (none of that scope: refused there); the
                # scope may come right before the name ("the per-card Qualcomm figure")
                chip_scopes.extend((e, own) for e in x.entities)
            elif x.kind == "entity" and all(SYSTEM in lex.entities.get(e, ("", ()))[1] for e in x.entities):
                if not _figures_measured(rest) or any(
                    x.kind == "term" and any(RANGES.get(t) == SYSTEM for t in x.terms) for x in rest
                ):
                    # "deployed on a cloud platform (not Azure)": a value of the relation asked set aside,
                    # not a system's figures; read as a scope, it was dropped and the Azure chip listed
                    return None
                if any(CK + "CloudPlatform" in lex.entities.get(e, ("", ()))[1] for e in x.entities) and not (
                    k > 0 and said[k - 1].kind == "word" and said[k - 1].role in ("cmp", "group", "sum")
                ):
                    # "which 5nm chip has the most transistors (not Azure)": a cloud platform named bare
                    # sets aside the chips on it, not its figures ("not aggregated over an UltraCluster"
                    # does); read as "per chip", the Maia 100 was answered (red team 55)
                    return None
                negated.append("system")
            elif (
                x.kind == "entity"
                and all(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in x.entities)
                and not set(x.entities) & set(outside)
            ):
                negated.append("part")  # "not the RISC-V processors": another kind of unit than the one counted
                # and, for one chip's figures, checked: no count answered is of that kind (the M4's
                # "12 GPU cores" is a count per chip, no part's figure)
                if not (k > 0 and said[k - 1].kind == "word" and said[k - 1].role == "group"):  # not "per Tensix core"
                    counted_aside.extend((x.text, f"count={e}") for e in x.entities)
            elif (
                x.kind == "entity"
                and k > 0
                and said[k - 1].kind == "word"
                and said[k - 1].role == "group"
                and any(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in x.entities)
            ):
                negated.append("part")  # "not per DIMC": a figure of one unit of the chip, a part
            elif x.kind == "word" and x.role == "offchip" and k + 1 < len(said) and said[k + 1].kind == "entity":
                continue  # "not off-chip LPDDR5": the memory set aside, said with where it is
            elif x.kind == "word" and x.role == "count" and k == 0:
                continue  # "not counting its DDR5"
            elif x.kind == "term" and x.terms == (CK + "interconnect",):
                links.append(CK + "interconnect")  # "not the Ethernet links"
            elif x.kind == "entity" and all(_category(e, lex) == MEMORY_TECH for e in x.entities):
                if not named_tech or any(_related(e, named_tech, lex) for e in x.entities):
                    return None  # "(not HBM3)" beside HBM would leave chips out
                tech_aside = True
            elif x.kind == "entity" and all(
                CK + "InterconnectTechnology" in lex.entities.get(e, ("", ()))[1] for e in x.entities
            ):
                links.extend(x.entities)
            else:
                return None
        if part_figures:  # of the one scope said in the part, if any ("the per-card 150 W of ...")
            scopes = set(negated[scopes_before:])
            if len(scopes) > 1 or any(not n.startswith("Per") for n in scopes):
                return None
            if chip_scopes:
                return None  # a chip's figures by number and another's by scope alone: not read
            if sum(y.kind == "qty" for y in said) != len(part_figures):
                return None  # "the M4's 3.5 GHz and anything under 1.3 GHz": a number of no chip's figure
            aside_figures.extend((chip, next(iter(scopes), ""), readings) for chip, readings in part_figures)
        elif chip_scopes:
            aside_figures.extend((chip, own, ()) for chip, own in chip_scopes)
        elif quoted and len(negated) + len(links) == before and tech_aside == tech_before:
            return None  # a figure quoted with no scope, part or link it is of: a number set aside, no reading
    if not negated and not tech_aside and not links and not tiers and not aside_figures:
        return None
    # a figure of the memory asked: a measure said, a number, or a comparison of its figures
    measured = any(
        x.kind == "qty"
        or (x.kind == "term" and set(x.terms) & set(MEASURES))
        or (x.kind == "word" and x.role in ("comparative", "super", "rank", "value"))
        for x in rest
    )
    if (tech_aside or links or tiers) and not (named_tech and measured):
        # a memory or link set aside beside no memory the question measures: "which chips use
        # SRAM (SRAM, not HBM)" may mean SRAM and no HBM
        return None
    said_scopes = positive or rest_scopes
    if len(set(said_scopes)) > 1:
        return None
    scope = said_scopes[0] if said_scopes else "Chip"
    for n in negated:
        if n == scope or (n == "system" and scope not in _BELOW_SYSTEM) or (n == "part" and scope != "Chip"):
            return None  # "(per chip, not per chip)", "per cluster (not aggregated over an UltraCluster)"
    if negated and not said_scopes:
        kept.append(scope_set_aside(negated))  # "(not per card)": per-chip figures
    kept.extend(Item("word", "a memory tier said", role="tiersaid", value=tier) for tier in tiers)
    for chip, scope_name, readings in aside_figures:  # checked in the graph when answered
        values = ",".join(repr(v) for _, v in readings)
        scope_iri = CK + scope_name if scope_name else ""
        kept.append(Item("word", "a figure set aside", role="figaside", value=f"{chip}|{scope_iri}|{values}"))
    kept.extend(Item("word", words, role="setasidekind", value=c) for words, c in counted_aside)
    if links:  # the reading must rest on no link, neither the one named nor any other
        aside = "|".join((CK + "interconnect", *links))
        checks.append(remarks.Check("absent", (aside,), " ".join(x.text for x in inner)))
    return kept


def _not_merely(inner: list[Item], outside: list[str], outside_terms: set[str], lex: Lexicon) -> bool:
    """ "Which chips target transformer models (as opposed to AI workloads in general)?", "Is Google a
    member of the UXL Foundation (as opposed to merely being mentioned alongside it)?": a parenthesis
    that opens with a contrast or negation and says what it sets aside is the general case
    (words.tsv phrase class general) or the mere one (phrase class mere) says the question asks specifically what it
    names, which is how it is read: dropped. Not with a number in it, a chip or organization the
    question does not name, or a name narrower than one it does ("(not merely HBM3)" beside HBM may
    leave out the HBM3 chips). The mere case of what the question itself asks ("on a 5nm node (not
    merely the node)") says something more is wanted, unsaid: kept (and refused, test_ask_round13)."""
    said = [
        x
        for x in inner
        if x.kind != "comma" and not (x.kind == "word" and x.role in ("filler", "aux", "gloss") and x.value != "only")
    ]
    if not said or not (said[0].kind == "word" and said[0].role in ("contrast", "neg")):
        return False
    if any(x.kind == "word" and x.role in ("contrast", "neg") for x in said[1:]):
        return False  # "(as distinct from LLMs or except generative AI ...)": a second negation, not read
    general = any((x.text.lower(),) in phrase_class("general") for x in inner)
    if not general and not any((x.text.lower(),) in phrase_class("mere") for x in inner):
        return False
    if not general and any(
        (x.kind == "term" and set(x.terms) & outside_terms) or (x.kind == "entity" and set(x.entities) & set(outside))
        for x in inner
    ):
        return False
    for x in inner:
        if x.kind == "qty" or x.kind in ("open", "close"):
            return False
        if x.kind == "entity":
            for e in x.entities:
                # a name set aside must be one the question names, or broader than one: a sibling
                # ("training (as opposed to inference in general)") would set aside chips that do
                # both (red team 51 C)
                if e not in outside and not any(e in lex.broader.get(o, []) for o in outside):
                    return False
    return True


def scope_set_aside(scopes: list[str]) -> Item:
    """ "(not per card)", "(excluding per-node, per-cluster and per-system figures)": per-chip
    figures asked, said by setting the other scopes aside (their names, as ``_scope_of`` gives them,
    in the item's value after "aside:"). The frame decides what that changes
    (parse.question._scope_aside_read): where the question compares no figure, or its measure's
    figures of another scope compete by default and are not among those set aside, nothing."""
    return Item("word", "per chip", role="chipscope", value="aside:" + ",".join(scopes))


def _is_class(iri: str, lex: Lexicon) -> bool:
    return bool(lex.terms.get(iri, ("", False))[1])


def _said_scope(text: str) -> bool:
    """A scope said as one ("per node", "system-level"), not a bare noun ("pod") that may name a thing."""
    return bool({"per", "level"} & set(text.replace("-", " ").split()))


def _family_names_dropped(items: list[Item], lex: Lexicon) -> list[Item]:
    """Items without the parentheses that name the thing before them again by its family's name
    (:func:`_family_name_again`: "PCIe 4.0 (Gen 4)"), read before the words of a parenthesis are
    ("gen" alone asks for a generation, refused)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        end = None
        if it.kind == "open":
            end = next((j for j in range(k + 1, len(items)) if items[j].kind == "close"), None)
        if end is not None and out and _family_name_again(out[-1], items[k + 1 : end], lex):
            k = end + 1
            continue
        out.append(it)
        k += 1
    return out


def _family_name_again(before: Item, inner: list[Item], lex: Lexicon) -> bool:
    """ "PCIe 4.0 (Gen 4)": a parenthesis right after the name of one thing that, said after the name
    of the family it is a version of (skos:broader: PCIe), is another name of that same thing ("PCIe
    Gen 4", an altLabel) names it again, and changes nothing. Another version ("PCIe 4.0 (Gen 5)")
    or any other word keeps the parenthesis, read or refused as before."""
    if before.kind != "entity" or len(before.entities) != 1 or not inner:
        return False
    named = before.entities[0]
    said = name_key(" ".join(x.text for x in inner))
    return any(
        lex.names.get((*name_key(lex.entities[family][0]), *said)) == [named]
        for family in lex.broader.get(named, [])
        if family in lex.entities
    )


def _describes(before: Item, inner: list[Item], lex: Lexicon) -> bool:
    """ "the UXL Foundation (the industry group building free alternatives to CUDA)", "a
    network-on-chip (NoC, an on-die packet-routing fabric)": a parenthesis right after a name that
    says what the graph says it is, in the words of its description (rdfs:comment) or its own
    names, changes nothing. A number, negation, comparison or any other word keeps it."""
    if before.kind != "entity" or not inner:
        return False
    words = {w for e in before.entities for w in lex.described.get(e, ())}
    if not words:
        return False
    said = False
    for x in inner:
        if x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "and")):
            continue
        if x.kind == "entity" and set(x.entities) <= set(before.entities):
            continue  # "(NoC, ...)": its own other name
        if x.kind in ("qty", "open", "close") or (x.kind == "word" and x.role in ("neg", "cmp", "only", "super")):
            return False
        if not set(stems(x.text)) - {"on", "of", "to", "the", "a", "an"} <= words:
            return False
        said = True
    return said


def _counted_apart(inner: list[Item], lex: Lexicon) -> str | None:
    """ "(count the Grayskull models separately)", "(counting the two Grayskull cards individually)",
    "(counting Alphabet and Google separately)": a parenthesis of a word of counting apart (words.tsv
    role ``apart``), a verb of counting, fillers, "each", chips named (a name of several chips names
    each) or organizations named, their kinds, and at most their number, says each counts once,
    which is how ask counts them: "chips" or "orgs" (checked by the caller: the question counts or
    lists those). Anything else, or a number that is not how many are named: None, and it is kept."""
    apart = [x for x in inner if x.kind == "word" and x.role == "apart"]
    apart = apart or [x for x in inner if _both_of_a_line(x, inner, lex)]
    named = {e for x in inner if x.kind == "entity" for e in x.entities}
    numbers = [x for x in inner if x.kind == "word" and x.role == "number"]
    kind = CHIP if named and all(lex.is_a(e, CHIP) for e in named) else ORG
    if not apart or not named or not all(lex.is_a(e, kind) for e in named):
        return None
    if len(apart) > 1 and kind == CHIP:
        return None
    if len(numbers) > 1 or any(x.value != str(len(named)) for x in numbers):
        return None
    if all(
        x.kind in ("entity", "comma")
        or (x is inner[0] and _counting_verb(x))  # "(treating Amazon and AWS as separate organizations)"
        or (
            x.kind == "word" and (x.role in ("apart", "count", "filler", "and", "number") or x.text in ("each", "both"))
        )
        or (x.kind == "term" and all(lex.is_kind(t, kind) for t in x.terms))
        for x in inner
    ):
        return "chips" if kind == CHIP else "orgs"
    return None


def _counting_clause_as_parenthesis(items: list[Item]) -> list[Item]:
    """ "Counting each Grayskull model separately, how many ...", "..., counting the Grayskull models
    separately?": a first or last clause that opens with a verb of counting and holds a word of
    counting apart (words.tsv role ``apart``) is read as the parenthesis "(counting ... separately)"
    is (:func:`_counted_apart`, or as before)."""
    commas = [k for k in _top_level(items) if items[k].kind == "comma"]
    if not commas:
        return items

    def counting(clause: list[Item]) -> bool:
        return bool(
            clause
            and not any(x.kind in ("open", "close") for x in clause)
            and _counting_verb(clause[0])
            and any((x.kind == "word" and x.role == "apart") or _both_of_a_line(x, clause) for x in clause)
        )

    # "Counting Alphabet and Google, and Amazon and AWS, as separate organizations, how many ...": the
    # clause runs to the first comma after its word of counting apart
    apart = next((k for k in _top_level(items) if items[k].kind == "word" and items[k].role == "apart"), None)
    first = next((c for c in commas if apart is not None and c > apart), commas[0])
    if counting(items[:first]):
        return [Item("open", "("), *items[:first], Item("close", ")"), *items[first + 1 :]]
    for c in reversed(commas):  # "..., counting Alphabet and Google, and Amazon and AWS, as separate ..."
        if c + 1 < len(items) and _counting_verb(items[c + 1]):
            if counting(items[c + 1 :]):
                return [*items[:c], Item("open", "("), *items[c + 1 :], Item("close", ")")]
            break
    return items


def _both_of_a_line(x: Item, clause: list[Item], lex: Lexicon | None = None) -> bool:
    """ "counting both Grayskull models" (set 74): "both" right before one name of several chips (a
    product line) says each counts, as "separately" does; read as it was, the line's two chips
    became the question's subjects (a list of chips answered with the Grayskulls' memory)."""
    if not (x.kind == "word" and x.text.lower() == "both"):
        return False
    at = next((k for k, y in enumerate(clause) if y is x), -1)
    after = clause[at + 1] if 0 <= at < len(clause) - 1 else None
    return (
        after is not None
        and after.kind == "entity"
        and len(set(after.entities)) > 1
        and (lex is None or all(lex.is_a(e, CHIP) for e in after.entities))
    )


def _counting_verb(it: Item) -> bool:
    """ "counting", "count", "treating" (as in "treating Amazon and AWS as separate organizations")."""
    return (it.kind == "word" and it.role == "count" and it.text.lower().startswith("count")) or (
        it.kind in ("word", "unknown") and it.text.lower() in ("treating", "treat")
    )


def _not_one(inner: list[Item], said_terms: set[str] | None = None) -> bool:
    """ "(not merely one of the two)", "(not just one)", "(both formats, not either one)", "— not
    merely one or the other" (words.tsv role ``either``): beside
    "both", says "both" again. Before the negation, a part (between commas) may say "both" again,
    with a word for what the question names (``said_terms``: "both formats" beside "FP16 and FP32")."""
    parts = comma_parts(inner)
    filled = [p for p in parts if p]
    if not filled:  # "name both (": a parenthesis with nothing in it says nothing of "both"
        return False
    *said, last = filled
    for part in said:
        if not (
            any(x.kind == "word" and x.text == "both" for x in part)
            and all(
                (x.kind == "word" and (x.text == "both" or x.role == "filler"))
                or (x.kind == "term" and set(x.terms) <= (said_terms or set()))
                for x in part
            )
        ):
            return False
    roles = [x.role if x.kind == "word" else x.kind for x in last]
    return (
        roles[:1] == ["neg"]
        and any(x.kind == "word" and (x.role in ("or", "either") or x.text == "one") for x in last)
        and all(r in ("neg", "filler", "or", "either", "number", "only") for r in roles)
    )


_DIRECTIONS = {"gt": "desc", "ge": "desc", "lt": "asc", "le": "asc"}


def _restates_terms(inner: list[Item], rest: list[Item], outside_terms: set[str], lex: Lexicon) -> bool:
    """A parenthesis (or gloss) that says again, in other words, what the question says: vocabulary
    the question already uses ("cores (or core-like compute units)"), a measure of the quantity it
    compares ("coarser than 7 nm, i.e. with a larger feature size", in the comparison's direction),
    the question's one comparator ("faster than 1 GHz (strictly above)": "at least" is not "above"),
    or members of a class it names ("GPUs (which includes Intel's Gaudi 3)"). A name, number,
    negation or any other word keeps it part of the question."""
    dimensions = {d for x in rest if x.kind == "qty" for d, _v in x.readings}
    comparators = {x.value for x in rest if x.kind == "word" and x.role == "cmp"}
    directions = {_DIRECTIONS.get(x.value) for x in rest if x.kind == "word" and x.role in ("cmp", "cmp_after")}
    # a class narrower than "chip" ("GPUs (which includes Gaudi 3)"); "chips like the Groq LPU" asks
    # for chips similar to it, and "chips, e.g. X" may too
    classes = {
        t for t in outside_terms if lex.terms.get(t, ("", False))[1] and t not in (CHIP, PROCESSOR, *_GENERAL_KINDS)
    }
    if any(x.kind == "word" and x.text == "like" for x in inner):
        classes = set()
    # "which GPUs, such as the Gaudi 3, are made on 4nm?": a GPU given as an example of the answer, not
    # of the class; checked against the answer (_examples_listed), never dropped as said again
    members = classes if not _gives_examples(inner) else set()
    said = False
    for k, x in enumerate(inner):
        # "among those whose clock the article gives": "whose" of the vocabulary said again
        if x.kind == "comma" or (x.kind == "word" and x.role in ("filler", "gloss", "or", "and", "wh", "who", "aux")):
            continue
        if (
            x.kind == "entity"
            and k + 1 < len(inner)
            and inner[k + 1].kind == "entity"
            and all(ORG in lex.entities.get(e, ("", ()))[1] for e in x.entities)
        ):
            continue  # "Intel's Gaudi 3": whose chip it is
        if x.kind == "term" and classes and set(x.terms) <= {CHIP, PROCESSOR, *_GENERAL_KINDS}:
            return False  # "GPUs, including any accelerators": a wider kind than the one asked widens it
        if (
            x.kind == "term"
            and CK + "performance" in x.terms
            and _unit_kind(x.text) is not None
            and not any(
                r.kind == "term" and CK + "performance" in r.terms and _unit_kind(r.text) == _unit_kind(x.text)
                for r in rest
            )
        ):
            return False  # "the performance (its TOPS)": TOPS alone, not FLOPS; not said again
        if x.kind == "term" and (
            set(x.terms) <= outside_terms
            or all(MEASURE_DIMENSIONS.get(t) in dimensions and not _other_measure(t, outside_terms) for t in x.terms)
        ):
            said = True
            continue
        if x.kind == "word" and x.role == "comparative" and x.value in directions:
            # "7nm or a finer (smaller) node": the comparison, said again in its direction
            said = said or (len(directions) == 1 and bool(dimensions))
            continue
        if x.kind == "word" and x.role == "cmp" and comparators == {x.value} and dimensions:
            said = True  # "faster than 1 GHz (strictly above)": the comparison, said again
            continue
        if x.kind == "entity" and members and all(set(lex.entities.get(e, ("", ()))[1]) & members for e in x.entities):
            said = True
            continue
        if (
            x.kind == "entity"
            and CK + "computeUnits" in outside_terms
            and any(lex.counted.get(e) == CK + "computeUnits" for e in x.entities)
        ):
            # "the most cores (cores, tiles, DIMCs)": kinds of the units counted; not lanes, ports or
            # dies, which the graph counts otherwise ("more than 100 cores (cores, tiles or lanes)"
            # answered the compute units alone)
            continue
        return False
    return said


def _other_measure(term: str, outside_terms: set[str]) -> bool:
    """Whether the question names another measure of ``term``'s dimension: "more than 100 cores
    (cores, tiles or lanes)" compares compute units, and lanes, a count too, are not them."""
    return any(o != term and MEASURE_DIMENSIONS.get(o) == MEASURE_DIMENSIONS.get(term) for o in outside_terms)


def _category(iri: str, lex: Lexicon) -> str | None:
    """The kind of thing a name is, as far as the relations go (a memory technology, a workload ...)."""
    classes = lex.entities.get(iri, ("", ()))[1]
    return next((cls for cls in (MEMORY_TECH, *(c for c, _p in ENTITY_RELATIONS)) if cls in classes), None)


def _contrast(
    inner: list[Item],
    outside: list[str],
    outside_terms: set[str],
    lex: Lexicon,
    measured: bool,
    ruled_out: bool = False,
) -> bool:
    """ "SRAM (static RAM on the die, not external DRAM)", "training (any training, not specifically
    LLM training)": a parenthesis that restates a name of the question and then sets aside one other
    thing of the same kind (another memory technology, a narrower workload) says which of the two
    the question means, which the question already says: it changes no answer. Anything else in
    it (a number, a comparison, a property, a second exclusion) keeps it part of the question.
    Another thing beside the first (not narrower) is set aside only where the question measures the
    first ("100 MB of SRAM (not DRAM)"): a chip may well do training and inference, or hold SRAM and
    DRAM, so "(training, not inference)" may mean training alone; but what the article rules out
    for X is said of X alone ("unsuitable for LLM training, as distinct from inference")."""
    negations = [k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"]
    if len(negations) != 1:
        return False
    before, after = inner[: negations[0]], inner[negations[0] + 1 :]
    # "not specifically LLM training": the narrower thing is not what is meant, the broader one in
    # general is; said plainly ("LPDDR4, not LPDDR4X") the narrower one's chips are set aside
    specific = any(x.kind == "word" and x.value == "specific" for x in after)
    restated = [e for x in before if x.kind == "entity" for e in x.entities]
    if not restated:
        return False
    for x in before:
        if x.kind == "entity" and any(_related(e, outside, lex) for e in x.entities):
            continue
        if x.kind == "comma" or (x.kind == "word" and x.role in ("gloss", "filler")):
            continue
        if x.kind == "term" and set(x.terms) <= outside_terms | {CK + "onChip"}:
            continue
        return False
    contrasted = [x for x in after if x.kind == "entity"]
    if len(contrasted) != 1 or any(
        x.kind != "entity" and not (x.kind == "word" and x.role in ("filler", "offchip")) for x in after
    ):
        return False
    kinds = {_category(r, lex) for r in restated} - {None}
    for e in contrasted[0].entities:
        if _category(e, lex) not in kinds or e in restated:
            return False
        if any(e in lex.broader.get(r, []) for r in restated):  # "SRAM, not memory": broader, not beside
            return False
        narrower = any(r in lex.broader.get(e, []) for r in restated)
        if narrower and not specific:  # "LPDDR4 as opposed to LPDDR4X": the LPDDR4X chips are left out
            return False
        if not narrower and not (measured and _category(e, lex) == MEMORY_TECH):
            if not (ruled_out and _category(e, lex) == CK + "Workload"):
                return False  # "unsuitable for X as distinct from Y": only X is ruled out, as asked
    return True


def _sibling_figure_aside(
    inner: list[Item], outside: list[str], outside_terms: set[str], lex: Lexicon
) -> list[remarks.Check] | None:
    """ "What INT4 throughput does NorthPole give (not its INT8 or INT2 numbers)?", "the NVLink 5
    bandwidth (the GPU-to-GPU link, as distinct from the die-to-die interconnect)": a parenthesis that
    sets aside (one "not" or one contrast word) things of the kind of a thing the question names
    (another precision, memory technology, link, node ...), none of them it nor broader or narrower
    than it, after at most a restatement of the question's own words. Beside one figure of a measure
    qualified by that thing, the figure asked is not of the things set aside: the parenthesis changes
    nothing and is dropped, with checks that the frame asks one figure of a measure ("figure"), uses
    the thing named ("present") and none of the things set aside ("absent"). Beside a list, a count or
    a ranking "X, not Y" may say chips with Y are left out: refused there by the "figure" check. A
    number, a property or a scope in the part set aside keeps it refused (it may name the answer)."""
    cuts = [
        k
        for k, x in enumerate(inner)
        if x.kind == "word" and (x.role == "contrast" or (x.role == "neg" and not x.value))
    ]
    if len(cuts) != 1 or any(x.kind == "word" and x.role == "neg" and k != cuts[0] for k, x in enumerate(inner)):
        return None
    before, after = inner[: cuts[0]], inner[cuts[0] + 1 :]
    kinds = {k for e in outside for k in lex.entities.get(e, ("", ()))[1]}
    said_terms = outside_terms | kinds | {p for k, p in ENTITY_RELATIONS if k in kinds}
    plain = ("filler", "gloss", "only", "and", "or")
    for x in before:  # the question's own words again, if anything
        if x.kind == "comma" or (x.kind == "word" and x.role in plain):
            continue
        if x.kind == "entity" and any(_related(e, outside, lex) for e in x.entities):
            continue
        if x.kind == "term" and set(x.terms) <= said_terms:
            continue
        return None
    contrasted = [x for x in after if x.kind == "entity"]
    if not contrasted or any(
        x.kind not in ("entity", "comma") and not (x.kind == "word" and x.role in ("filler", "and", "or"))
        for x in after
    ):
        return None
    text = " ".join(x.text for x in inner)
    named: list[str] = []
    for x in contrasted:
        for e in x.entities:
            category = _category(e, lex)
            if category is None or _related(e, outside, lex):
                return None
            same = [o for o in outside if _category(o, lex) == category]
            if not same:  # nothing of its kind named: "not Y" would narrow, not restate
                return None
            named.extend(o for o in same if o not in named)
    return [
        remarks.Check("figure", (), text),
        remarks.Check("present", tuple(named), text),
        *(remarks.Check("absent", ("|".join(x.entities),), text) for x in contrasted),
    ]


def _counted_scope(inner: list[Item], lex: Lexicon) -> Item | None:
    """ "(counting the AI 100 Ultra's per-card figure)", "(including per-card figures)", "(taking
    Qualcomm's number as the single-card figure)", "(a per-card figure counts as stated)" (words.tsv:
    fillers valued ``admit``): figures of
    another scope counted beside per-chip ones, as "per chip or per card" says (a chip named is
    only whose figure it is)."""
    if not inner or not (
        inner[0].text in ("counting", "taking")
        or (inner[0].kind == "word" and inner[0].role == "gloss")
        or any(x.kind == "word" and x.value == "admit" for x in inner)  # "(a per-card figure counts)"
    ):
        return None
    scopes = [x for x in inner if x.kind == "word" and x.role == "scope" and x.value]
    rest = [
        x
        for x in inner[1:]
        if x not in scopes
        and not (x.kind == "word" and x.role == "filler")
        and not (
            x.kind == "entity"
            and all(
                CHIP in lex.entities.get(e, ("", ()))[1] or CK + "ChipDesigner" in lex.entities.get(e, ("", ()))[1]
                for e in x.entities
            )
        )  # whose figure: "the AI 100 Ultra's", "Qualcomm's number"
    ]
    if len(scopes) != 1 or rest:
        return None
    return Item("word", f"per chip or {scopes[0].text}", role="chiporscope", value=scopes[0].value)


def _named_scope(before: Item, inner: list[Item], lex: Lexicon) -> Item | None:
    """ "the Qualcomm Cloud AI 100 Ultra (single-card figure)": a parenthesis of one scope alone right
    after a chip's name says that chip's figure is of that scope, counted beside per-chip ones as
    "(counting the AI 100 Ultra's per-card figure)" says (:func:`_counted_scope`); whether the
    measure has figures of that scope at all is decided where "per chip or per card" is."""
    if not (
        before.kind == "entity"
        and before.entities
        and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in before.entities)
    ):
        return None
    content = [x for x in inner if not (x.kind == "word" and x.role == "filler")]
    if len(content) != 1 or not (content[0].kind == "word" and content[0].role == "scope" and content[0].value):
        return None
    scope = content[0]
    if re.fullmatch(r"per[ -]\w+", scope.text.lower()) and not any(x is not scope for x in inner):
        # "the MTIA v2 (per card)": a scope asked of the comparison, not a description of that chip's
        # figure ("(single-card figure)"); read as said in the question (red team 69: the MTIA v2's
        # per-chip 90 W was set against the AI 100 Ultra's per-card 150 W)
        return None
    return Item("word", f"per chip or {scope.text}", role="chiporscope", value=scope.value)


def _negated_scope(inner: list[Item], lex: Lexicon) -> bool:
    """ "(not per core or per die)", "(excluding cluster-level figures)": a parenthesis that only
    sets aside figures of other scopes asks for per-chip figures. "(not anything aggregated across an
    EC2 UltraCluster)" says the same with a word of summing (words.tsv ``sum``): after it "over" or
    "across" is where the sum runs, a system named there is the cluster scope, and "anything" (or
    "chips") before it is what is summed (set 39)."""
    summed = next((k for k, x in enumerate(inner) if x.kind == "word" and x.role == "sum"), None)
    roles = []
    for k, x in enumerate(inner):
        after_sum = summed is not None and k > summed
        if x.kind == "word" and x.text.startswith("count"):  # "counted per chip"
            continue
        if x.kind == "word" and x.role == "cmp" and after_sum and x.text.lower() in ("over", "across"):
            continue  # "summed over a cluster": where, not more than
        if x.kind == "term" and summed is not None and k < summed and x.terms == (CK + "Chip",):
            continue  # "(not anything aggregated ...)", "(not chips summed ...)": what is summed
        if x.kind == "entity" and after_sum and all(lex.is_a(e, CK + "System") for e in x.entities):
            roles.append("scope")  # "aggregated across an EC2 UltraCluster": a cluster's figure
            continue
        if x.kind == "word":
            roles.append(x.role)
        elif x.kind not in ("comma", "entity"):
            return False
    if not _negation_runs_on(inner):
        return False
    # a name only as whose figure it is: "(excluding Tenstorrent's per-core figure)"
    return (
        "neg" in roles
        and "scope" in roles
        and roles.index("neg") < roles.index("scope")
        and all(r in ("neg", "scope", "chipscope", "chiporscope", "filler", "or", "and", "sum") for r in roles)
    )


def _negation_runs_on(inner: list[Item]) -> bool:
    """Whether everything after a parenthesis's first negation is negated by it: no scope of the chip
    after it ("(not per chip but aggregated across a cluster)", "(not per chip or anything summed
    ...)": the chip's own figure set aside too), and no part after a comma or "and"/"but" (role
    ``and``) that does not open with a negation of its own ("(not per core, rather per cluster)" asks
    the cluster's figure; "(not per node and not per cluster)" negates both). Red team 32."""
    first = next((k for k, x in enumerate(inner) if x.kind == "word" and x.role == "neg"), None)
    if first is None:
        return True
    after = inner[first + 1 :]
    if any(
        x.kind == "word"
        and x.role in ("chipscope", "chiporscope")
        # "(per chip, not for a whole pod)": "a whole" of the scope after it, not the chip's
        and not (k + 1 < len(after) and after[k + 1].kind == "word" and after[k + 1].role == "scope")
        for k, x in enumerate(after)
    ):
        return False
    list_end = -1  # "(not per node, per cluster or per system)": a list of scopes, each negated
    for k, x in enumerate(after):
        if x.kind == "comma" and k > list_end:
            list_end = end_of_scope_list(after, k)
        if k <= list_end:
            continue
        if x.kind == "word" and x.role == "and" and _scopes_of_figures(after, k):
            continue  # "(not node-level and cluster-level figures)": both set aside
        if x.kind == "comma" or (x.kind == "word" and x.role == "and"):
            nxt = next(
                (
                    y
                    for y in after[k + 1 :]
                    if not (y.kind == "word" and y.role in ("filler", "and")) and y.kind != "comma"
                ),
                None,
            )
            if nxt is not None and not (nxt.kind == "word" and nxt.role == "neg"):
                return False
    return True


def _scopes_of_figures(items: list[Item], k: int) -> bool:
    """``items[k]``, an "and", joins two scopes of one noun for figures ("node-level and
    cluster-level figures"): what is said of the noun is said of both."""

    def scope(j: int) -> bool:
        return 0 <= j < len(items) and items[j].kind == "word" and items[j].role == "scope"

    if not (scope(k - 1) and scope(k + 1)):
        return False
    after = next((items[j] for j in range(k + 2, len(items)) if not scope(j)), None)
    return after is not None and after.kind == "word" and (after.value in NOUNS or after.role == "sum")


def _other_scope_aside(inner: list[Item], rest: list[Item]) -> remarks.Check | None:
    """ "What FP8 compute does a Gaudi 3 node reach (setting aside the cluster figure)?": a parenthesis
    that only sets aside figures of some scopes (:func:`_negated_scope`), beside a question that says
    a scope of its own ("a Gaudi 3 node") other than those, asks for that scope's figures, not for
    per-chip ones: a check (``otherscope``) that the question asks one figure of a scope, not one set
    aside. None where the question says no scope, or says one it sets aside. What another parenthesis
    sets aside ("(no per-node numbers) (no per-cluster numbers)", set 62) is no scope the question says."""
    aside = {CK + x.value for x in inner if x.kind == "word" and x.role == "scope" and x.value}
    said = {CK + x.value for x in _outside_parentheses(rest) if x.kind == "word" and x.role == "scope" and x.value}
    if not aside or not said or said & aside:
        return None
    return remarks.Check("otherscope", tuple(sorted(aside)), " ".join(x.text for x in inner))


#: unknown words that may change an answer even inside a remark: comparisons and the topics
#: the graph does not cover
def _remark(inner: list[Item]) -> bool:
    """A parenthesis of prose made only of words that change nothing (words.tsv: fillers,
    auxiliaries, question words, conjunctions, glosses, comparatives, numbers, and the asker's prose
    words, roles ``remark`` and ``discourse``: "(in the author's opinion)") is the asker's remark:
    dropped. At least four words, so that a bare qualifier ("(cheapest)") is not taken for one. A word ask does not
    know keeps it in the question, refused naming the word: unread, "(the one sold in Korea)" would
    drop a premise that changes the answer."""
    if len(inner) < 4:
        return False
    for k, x in enumerate(inner):
        if x.kind == "word" and x.role == "number" and k and inner[k - 1].kind == "word" and inner[k - 1].role == "aux":
            return False  # "(I think there are four)": how many the answer holds, a premise
        if x.kind == "word" and x.role in (
            "filler",
            "aux",
            "wh",
            "and",
            "gloss",
            "comparative",
            "number",
            "remark",
            "discourse",
        ):
            continue  # "(the higher-end of the two models)"
        if (x.kind == "term" and CK + "claim" in x.terms) or (x.kind == "word" and x.role == "lineref"):
            continue  # "(reportedly double the prior generation)"
        return False
    return True


def _figure_hedges_said(inner: list[Item], lex: Lexicon) -> tuple[str, ...] | None:
    """ "(a typical, approximate figure in that chip's case)", "(an 'up to' figure for that one)": a
    parenthesis that says how the figure answered is hedged: hedges the graph records (words.tsv and
    ck:hedgePhrase: "typical" nominal, "approximate", "up to" an upper bound), a word for a figure,
    and nothing else but fillers, pronouns, commas and "and". Returns the hedges' labels (as a
    figure's qualifier column shows them), checked of the figure the answer rests on
    (``Frame.hedges``); None for anything else (a number: "(up to 100 W)", a negation: "(not an
    'up to' figure)")."""
    said: list[str] = []
    figure = False
    for x in inner:
        if x.kind == "report" and x.value.startswith("hedged-figures?qualifier="):
            label = lex.hedge_names.get(tuple(tokens(x.value.partition("=")[2])))
            if label is None:
                return None
            said.append(label)
            figure = True
        elif x.kind == "word" and tuple(tokens(x.text)) in lex.hedge_names and x.role in ("filler", "cmp", ""):
            said.append(lex.hedge_names[tuple(tokens(x.text))])
        elif x.kind == "word" and x.value == "figure noun":
            figure = True
        elif x.kind == "comma" or (x.kind == "word" and x.role == "and"):
            continue
        elif x.kind == "word" and x.role == "filler" and x.value in ("", "pronoun", "phrasing"):
            continue
        else:
            return None
    if not said or not figure:
        return None
    return tuple(dict.fromkeys(said))


def _phrasing_remark(inner: list[Item], lex: Lexicon) -> bool:
    """ "(it is phrased as an 'up to' figure)", "(the Mythic's ~4 W being a typical value)",
    "(precision varies and is sometimes unstated)": a parenthesis with a word about how figures are
    phrased (words.tsv: fillers valued ``phrasing``, or the hedges report's words) that names no
    relation, negation, exclusion, ranking or range: ask shows every figure with its hedge and
    precision, so the remark changes no answer. Names in it are chips (or their designers) whose
    figure it remarks on."""
    phrasing = False
    for k, x in enumerate(inner):
        if x.kind == "word" and x.value == "phrasing":
            phrasing = True
        elif x.kind == "report" and x.value.startswith("hedged"):
            if "?" in x.value:
                return False  # "(a lower bound)": stated of the figure, checked against it
            phrasing = True
        elif x.kind == "word" and x.role in ("filler", "aux", "and", "cmp"):
            if x.role == "cmp" and k + 1 < len(inner) and inner[k + 1].kind == "qty":
                return False  # "(up to 100 W)": a range
        elif x.kind == "qty" or x.kind == "comma":
            continue
        elif x.kind == "term" and all(t in MEASURES or t == CK + "precision" for t in x.terms):
            continue
        elif x.kind == "entity" and all(
            CHIP in lex.entities.get(e, ("", ()))[1] or CK + "ChipDesigner" in lex.entities.get(e, ("", ()))[1]
            for e in x.entities
        ):
            continue
        else:
            return False
    return phrasing


def _related(entity: str, others: list[str], lex: Lexicon) -> bool:
    for other in others:
        if entity == other or other in lex.broader.get(entity, []) or entity in lex.broader.get(other, []):
            return True
    return False
