"""Step 2: the walk. :class:`_State` holds what has been read so far; :func:`_take` attaches each
item to what it qualifies: a comparator to its quantity, a quantity to the measure its unit names,
a negation to the constraint that follows it, a name to the relation its class implies."""

from __future__ import annotations

import re
from typing import Any

from chipkg.ask import frame as F
from chipkg.ask.compile import (
    ENTITY_RELATIONS,
    MEASURES,
    ORG_RELATIONS,
    RELATIONS,
    UNIT_FAMILY,
)
from chipkg.ask.lexicon import (
    Lexicon,
    name_key,
    stem,
    stems,
    tokens,
)
from chipkg.ask.parse.asides import _count_of, _unit_kind
from chipkg.ask.parse.forms import chipish_any
from chipkg.ask.parse.items import (
    _GENERAL_KINDS,
    ARTICLES,
    CHIP,
    COMPONENT,
    COUNT_NOUNS,
    FORMAT,
    MEMORY_TECH,
    NOUNS,
    ORG,
    PROCESSOR,
    SYSTEM,
    UNIT_KIND,
    Item,
    _verb_between,
    refuse,
)
from chipkg.ask.parse.items import RANGES as _RANGES
from chipkg.ask.remarks import negates_stating
from chipkg.namespaces import CK

# --------------------------------------------------------------------------- reading


#: roles of words.tsv that change nothing where they stand (the others are handled in _take)
_QUIET_ROLES = frozenset({"filler", "aux", "wh", "gloss", "unit"})


def values_ranked(item: Item | None, lex: Lexicon) -> str | None:
    """ "Which chip supports the most data formats?", "the largest number of workloads": the one
    relation of chips a word right after a superlative names, whose values (named things, several
    per chip) can be counted for each chip and ranked. None for a measure, a relation between
    organizations, or one of a single value per chip (ontology: owl:FunctionalProperty)."""
    if item is None or item.kind != "term":
        return None
    props = [p for p in item.terms if p in RELATIONS and p not in ORG_RELATIONS and p not in lex.functional]
    return props[0] if len(props) == 1 and not any(t in MEASURES for t in item.terms) else None


class _State:
    """What has been read so far, while walking the items."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.constraints: list[Any] = []
        self.subject_chips: list[str] = []
        self.negate = False
        self.cmp: str | None = None
        self.between: list[float] = []
        self.pending_prop: str | None = None  # a relation word waiting for its value
        self.pending_also: list[str] = []  # more relation words for the same value ("designed and made by")
        self.first_class: str | None = None  # "chip" or "org": the first class the question names (its head)
        self.cmp_text = ""
        self.cmp_at = -1  # the position of the comparison word read last
        self.prev_item: Item | None = None  # the last item that was not a filler word
        self.words_at: dict[int, tuple[str, ...]] = {}  # relation words by position, as typed
        self.general_kind: str | None = None  # "AI accelerators": any chip, or the kind of that name
        self.singular_chip = False
        self.plural_kind = False
        self.perf_unit: str | None = None
        self.qty_pos: list[int] = []  # where each quantity stands among the items
        self.both = False
        self.any_of = False
        self.sum_word = ""
        self.sum_joins = False  # a sum word that joins several things ("combined"), not "the whole of" ("total")
        self.count_sum = ""  # a count word that says a total ("total number of"): a sum of several chips' figures
        self.adjacent_prop: str | None = None  # the last relation word's properties
        self.negate_text = ""  # the negation word: "except AMD" excludes, "don't use TSMC" negates
        self.excluding: list[str] = []  # organizations named after an exclusion word
        self.exclusion: str | None = None  # the exclusion word ("other than") whose list of names is being read
        self.excluded_at = 0  # where the list's last excluded name stands
        self.negate_excludes = False  # the negation word is an exclusion ("except"), not a "not"
        self.negate_unsaid = False  # the negation is of a word of stating ("isn't given"): no exclusion
        self.exclusion_kind: str | None = None  # after a "not": the kind of name (chip, organization) it reaches
        self.made_either: list[F.Relation] = []  # designer relations said with a word of making ("made by Intel")
        self.verb_after: set[int] = set()  # relations whose verb followed their name ("Nvidia designs")
        self.items: list[Item] = []
        self.loose_memory = False
        self.pending_adjacent = False  # the relation word is right before the next name ("fabricated by")
        self.measure_words: list[str] = []  # measure properties named ("clock", "cores")
        self.measure_at: list[tuple[str, int]] = []  # each measure word and where it stands
        self.bare_bandwidth = False  # "bandwidth" said without a memory: of a memory or a link?
        self.has_measures: list[str] = []  # "with a stated clock speed": the chip has that figure
        # a superlative or ranking over chips a range of another measure picks: the measure ranked
        # ("which chip with a clock under 1.3 GHz draws the most power": ck:power), set by frames._metric
        self.ranked_by: str | None = None
        self.technology: list[str] = []  # memory technologies named
        self.on_chip: bool | None = None
        self.on_chip_at = -1  # where the on-chip (off-chip) word stands among the items
        self.on_chip_words: list[tuple[bool, int]] = []  # every on-chip / off-chip word and where it stands
        self.technology_at: dict[str, int] = {}  # where each memory technology is named
        # each compared chip's own technology ("A's HBM ... B's HBM3"), set by frames._metric
        self.technology_per: tuple[tuple[str, str], ...] = ()
        self.technology_or = False  # the memory technologies were joined by "or": any of them
        self.conj_at = -1  # where the last "and" / "or" stands among the items
        self.technology_and = False  # ... by "and": all of them
        self.precision: str | None = None
        self.aspect: str | None = None  # "sparse compute": what the claim asked for measures
        self.any_precision = False  # "regardless of precision": compare figures of any precision
        self.scale: tuple[float, str] | None = None  # "a 1,024-node cluster": (1024, ck:PerNode)
        self.chip_or_scope: str | None = None  # "per chip or per card": that scope counts as well
        # the scopes a parenthesis sets aside ("(not per node or per cluster)"), read as per chip
        # (asides.scope_set_aside), and whether "per chip" is said otherwise too
        self.scopes_aside: set[str] = set()
        self.chip_scope_said = False
        self.figure_kind: str | None = None  # "mixed-precision": the kind of performance figure asked for
        self.precisions: tuple[str, ...] = ()  # "at 4-bit": any of the formats of that width (FP4, INT4)
        self.quantities: list[tuple[str | None, tuple[tuple[str, float], ...], str]] = []  # (cmp, readings, text)
        self.kinds: list[tuple[str, bool]] = []
        self.org_classes: list[str] = []
        # the relation word a kind of organization took as its value ("designed by a startup"): the
        # kind's own relation (frames), so a relation word after it is the next one ("... has the
        # largest process node")
        self.class_took: str | None = None
        #: a kind of organization said of the chips ("startup chips", "megacap hbm chips"), not asked for
        self.kind_of_chips = False
        self.orgs: list[tuple[str, bool, int]] = []  # org entities: iri, negated, position
        self.org_props: list[tuple[str, int]] = []
        self.chip_words = 0
        self.shape_words: dict[str, str] = {}
        self.direction_said: tuple[str, str, int] | None = None  # the first order word: role, value, position
        # "the most data formats": a relation whose values are counted per chip and ranked (values_ranked)
        self.values_ranked: str | None = None
        self.and_joined: set[str] = set()  # properties of one value per chip whose values "and" joined
        # the relations (by index) whose values an "or" joined, and those an "and" added right after one
        # of the same property: "INT8, or FP16 and BF16" mixes the two, and either grouping may be meant
        self.or_joined: set[int] = set()
        self.and_after: set[int] = set()
        self.conj: str | None = None
        self.last_relation: int | None = None  # index into constraints of the last Relation
        self.position = 0
        self.top_n: int | None = None
        self.group_words: list[int] = []
        self.terms_seen: list[str] = []
        self.count_kind: str | None = None  # "Tensix cores": the kind of unit a count is of
        self.family = False  # a name of several chips ("Grayskull") was read as each of them
        self.scope_asked: tuple[str, str] | None = None  # "per die": the words and the scope's name
        self.chip_scope = False  # "per chip" said (or "not per core"): only per-chip figures count
        self.negated_scope = False  # "not per core or per die": the negation reaches the list
        self.component: str | None = None  # a component of the chip named ("M4 Neural Engine")
        self.precision_said = ""  # "precision" said: of a performance figure only
        self.one_unit = False  # "one Gaudi 3": the figures of one unit of the chip (a VALUE frame's)
        self.as_said: list[Item] = []  # the question's items as segmented, before any is read into another
        self.owned: set[str] = set()  # names said with a possessive ("the M4's"), as the items write them


def _thing(x: Item | None, lex: Lexicon) -> bool:
    """Whether ``x`` names a technology, format, node ... (not a chip, an organization, a kind of
    unit or a section): a thing chips stand in a relation to."""
    if x is None or x.kind != "entity" or not x.entities:
        return False
    classes = {c for e in x.entities for c in lex.entities.get(e, ("", ()))[1]}
    return bool(classes) and not classes & {CHIP, ORG, UNIT_KIND, COMPONENT}


def _part_word(x: Item, lex: Lexicon) -> bool:
    """Whether ``x`` names something a chip is made of or has (a kind of unit, a memory, a measure),
    not a chip or an organization, nor a relation ("which CSP designs the MTIA v2": 'designs' is
    no part the chip is made of)."""
    if x.kind == "term":
        return (
            not chipish_any(lex, list(x.terms))
            and not any(lex.is_kind(t, ORG) for t in x.terms)
            and all(t in MEASURES or t == CK + "memory" or lex.terms.get(t, ("", False))[1] for t in x.terms)
        )
    return x.kind == "entity" and (
        _thing(x, lex) or all(UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in x.entities)
    )


def unheld(items: list[Item], pos: int, lex: Lexicon) -> None:
    """Refuse the phrase at ``pos`` of words.tsv role ``unheld`` (it asks for something the graph
    does not hold, its VALUE says what), unless a part the chip has follows it ("chips made of two
    dies", the part right after the phrase: "how many graphics cards use HBM" names no part of a
    card, and counted the chips with HBM). Called on every item before the whole shapes read ahead
    of the walk (a yes/no about organizations, what they make), so that none of them reads past the
    phrase, and by the walk. The phrase last, after "how many" and a part ("how many dies is Gaudi 3
    made of"), asks how many of that part the chip has, and is not refused either."""
    it = items[pos]
    # the part right after the phrase, plain fillers ("a", "the") between: "graphics cards use HBM",
    # "graphics cards have HBM" name no part of a graphics card
    named = next((x for x in items[pos + 1 :] if not (x.kind == "word" and x.role == "filler" and not x.value)), None)
    adjacent = items[pos + 1] if pos + 1 < len(items) else None
    if named is not None and (
        # "chips made of two dies": the part is named, the chip has it
        (
            it.text.split()[-1] in ("of", "with", "from", "by")
            and (named.kind == "qty" or named.role == "number" or _part_word(named, lex))
        )
        # "processing cores": the phrase is a word of the part's own name; "mostly for inference" is not
        or (adjacent is named and named.kind == "term" and _part_word(named, lex))
    ):
        return
    said = [x for x in items[: pos + 1] if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if named is None and any(
        a.kind == "word" and a.role == "count" and _part_word(b, lex) for a, b in zip(said, said[1:], strict=False)
    ):
        return  # "how many dies is Gaudi 3 made of": the phrase last, the count of a part asked before it
    said_as = it.text.rstrip(".?!;:,")  # "... in the same sentence.": the phrase, not its full stop
    raise refuse(
        f"'{said_as}' asks {it.value}, which ask cannot answer; `chipkg describe` shows what the article states"
    )


def _named_chip(x: Item, lex: Lexicon) -> bool:
    return x.kind == "entity" and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities)


def _after_the(items: list[Item], pos: int) -> bool:
    """Whether "the" stands before ``items[pos]`` with only names and figures between ("the 5nm GPU",
    "the Nvidia GPU"): one thing, said by what it is."""
    j = pos - 1
    while j >= 0 and items[j].kind in ("entity", "qty"):
        j -= 1
    return 0 <= j < pos - 1 and items[j].kind == "word" and items[j].text.lower() == "the"


def _other_scope_asked(items: list[Item], pos: int) -> bool:
    """Whether the question asks, outside the negation at ``pos``, for figures of one scope other
    than the chip's ("the per-node figure", "per Tensix core"): a scope word not right after a
    negation, and no other scope negated."""
    asked = {
        y.value
        for k, y in enumerate(items)
        if k != pos and y.kind == "word" and y.role == "scope" and not (k and items[k - 1].role == "neg")
    }
    negated = [k for k, y in enumerate(items) if y.kind == "word" and y.role == "neg" and k + 1 != pos]
    return len(asked) == 1 and not negated


def _take(st: _State, it: Item, items: list[Item], pos: int) -> None:
    if st.exclusion is not None and not (
        it.kind in ("entity", "comma") or (it.kind == "word" and it.role in ("and", "or", "filler") and not it.value)
    ):
        st.exclusion = None  # the list of excluded names ended
    if it.kind == "term" and any(t in RELATIONS for t in it.terms):
        st.pending_adjacent = True
    elif it.kind != "entity" and not (it.kind == "word" and it.role in ("filler", "group", "and")):
        st.pending_adjacent = False  # (a name uses the flag, then clears it)
    if it.kind == "word":
        role = it.role
        if role == "negative":
            after = next((x for x in items[pos + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
            if after is None or after.kind != "entity":
                raise refuse("a negative quantity: chip figures are not below zero")
            # "7nm chips minus Qualcomm": "minus" before a name leaves it out, as "excluding" does
            it, role = it._replace(role="neg", value="exclude"), "neg"
        if role == "profiled":
            # every chip is profiled or not (ck:profiled, one boolean each, a shape says so): "not
            # merely mentioned" is profiled, "not profiled" only mentioned
            negated, st.negate = bool(st.negate), False
            profiled = (it.value == "true") != negated
            if any(isinstance(k, F.Profiled) and k.profiled != profiled for k in st.constraints):
                # "Is the H100 profiled or merely mentioned?", "companies with both a profiled chip and
                # an only-mentioned one" (red team 78): one chip is never both; read as one condition
                # on one chip, a yes/no said false and a list none
                raise refuse(
                    "a chip is either profiled or only mentioned, never both: ask about one of them "
                    "('is the H100 profiled?', 'which chips are only mentioned?')"
                )
            orgs_asked = any(x.kind == "term" and any(st.lex.is_kind(t, ORG) for t in x.terms) for x in items[:pos])
            said_no = next(
                (x.text.lower() for x in reversed(items[:pos]) if x.kind == "word" and x.role == "neg"), ""
            ) in ("no", "none", "without")
            org_named = any(x.kind == "entity" and any(st.lex.is_a(e, ORG) for e in x.entities) for x in items)
            if negated and (orgs_asked or (said_no and org_named)):
                # "Does Nvidia have no profiled chip?" (red team 81): none of its chips is, not "one of its
                # chips is only mentioned" (answered true of the H100, though the Blackwell is profiled)
                # "Which companies have no profiled chips?": none of an organization's chips, which a
                # condition on one chip of it ("has an only-mentioned chip") does not say
                raise refuse(
                    f"'no {it.text}' chips of an organization says none of its chips is, which ask cannot "
                    "read; ask which organizations have a chip that is (or is not) profiled"
                )
            st.constraints.append(F.Profiled(profiled))
            return
        if role == "askkind" and it.text.lower().rstrip(",.") == "kindly":
            return  # "Kindly give it per card": politeness, which the stemmer takes for "kind"
        if role == "askkind":
            raise refuse(
                "the kinds of a chip: `chipkg describe` lists them; ask which chips are of a kind "
                "('which chips are GPUs?')"
            )
        if role == "aspect":  # "the sparse compute gain": that claim of the chip (see read)
            if st.negate or st.aspect not in (None, it.value):
                raise refuse("ask for one kind of comparison claim at a time ('the sparse compute gain of MTIA v2')")
            st.aspect = it.value
            return
        if role == "lineref" and it.value == "previous" and st.pending_prop == CK + "successorOf" and not st.negate:
            # "does Trainium2 succeed a previous generation": it succeeds some chip (see _claim_words)
            st.constraints.append(F.Relation(CK + "successorOf", cls=CHIP))
            st.pending_prop = None
            return
        if role == "lineref":  # left by _claim_words only outside a question about claims
            raise refuse(f"'{it.text}' names a generation of a product line; ask for a chip's claims against it")
        if role == "anyprecision":  # "regardless of precision": figures of any precision compared
            st.any_precision = True
            return
        if role == "scalecount":  # "a 1,024-node cluster": the figure spans that many
            count, of = it.value.split("|")
            if st.scale is not None or st.negate:
                raise refuse("the question says twice how many the figure spans; say it once")
            st.scale = (float(count), CK + of)
            return
        if role == "chiporscope":  # "per chip or per card": see read
            st.chip_or_scope = it.value
            return
        if role == "anyscope":  # "any scope": figures of every scope compete (see read)
            if st.negate:
                raise refuse(f"'{st.negate_text} {it.text}' says no scope to compare: name the scope")
            st.chip_or_scope = "any"
            return
        if role == "figkind":  # "mixed-precision performance": the figure the source calls so
            if st.negate or st.figure_kind not in (None, it.value):
                raise refuse(f"figures other than the {it.text} one are not told apart here; ask for the {it.text} one")
            st.figure_kind = it.value
            if CK + "performance" not in st.measure_words:
                st.measure_words.append(CK + "performance")
            return
        if role == "only" and _beside_chip_scope(items, pos) and _figures_compared(items):
            return  # "per-chip figures only", "only per-chip totals": the "only" of the scope, said by it
        if role == "only" and _stated_ranked_again(items, pos):
            return  # "rank chips by node (stated nodes only)": a ranking takes stated values only
        if role == "only" and _answer_cut(items, pos):
            return  # "only the top 3": how many rows to show
        if role == "only" or (role == "filler" and it.value == "only" and _exclusive(items, pos)):
            raise refuse("the article's lists are not exhaustive, so it cannot say a chip does 'only' one thing")
        if role == "unheld":  # "made of": words.tsv says what it asks
            unheld(items, pos, st.lex)
            return
        if role == "chipscope" and st.negate and _negation_before_verb(items, pos):
            # "which companies don't make a chip drawing over 100 W": "a chip" before its figure reads
            # as "per chip", but the negation is of the verb before it, as with "a chip that draws"
            raise refuse(f"'{it.text.removeprefix('per ')}' after a negation excludes everything")
        if role == "chipscope" and st.negate and _other_scope_asked(items, pos):
            # "the per-node figure, not per chip", "per Tensix core rather than per chip": the scope
            # asked is another, which the chip's own figure is not; said again, it goes
            st.negate = False
            return
        if role == "chipscope" and st.negate:
            # "not summed over both dies", "not per chip": the chip's whole figure set aside, which is
            # the figure a chip's value is; read as that figure it answered what the asker set aside
            raise refuse(f"'not {it.text}' sets aside the chip's own figure; ask for the figure wanted")
        if role == "chipscope" or (role == "scope" and (st.negate or st.negated_scope)):
            # "per chip", "not per core": per-chip figures asked for, so a chip whose figure is given
            # only per core or tile is left out rather than refused
            if role == "chipscope" and it.value.startswith("aside:"):  # said by setting scopes aside
                st.scopes_aside.update(s for s in it.value.removeprefix("aside:").split(",") if s)
            elif role == "scope":  # ", not per node, per cluster or per system": set aside, as above
                st.scopes_aside.add(it.value)
            else:
                st.chip_scope_said = True
            st.chip_scope = True
            st.negated_scope = st.negated_scope or (role == "scope" and st.negate)
            st.negate = False
            return
        if role == "scope":  # one chip's figure of that scope, or refused (see read)
            if st.scope_asked is not None and st.scope_asked[1] != it.value:
                # "a Trillium pod's cluster": two scopes of one figure; the first was taken, the other dropped
                raise refuse(f"the question names two scopes ('{st.scope_asked[0]}', '{it.text}'): ask for one")
            st.scope_asked = st.scope_asked or (it.text, it.value)
            for kind in it.entities:  # "per Tensix core": only chips whose cores are of that kind
                st.constraints.append(F.Measure(CK + "computeUnits", counts=kind))
            return
        if role == "sum" and it.value == "whole" and _beside_chip_scope(items, pos, before_only=True):
            return  # "per-chip totals": each chip's own figure, as "per chip" says, no sum of several
        if (
            role == "sum"
            and it.text.lower() == "together"
            and any(CK + "interconnect" in x.terms for x in items[:pos])
            and not any(t in MEASURES for x in items for t in x.terms)
            and not any(x.kind == "qty" for x in items)
        ):
            return  # "what does Groq use to link LPUs together": the chips joined, no figure summed
        if role == "sum":
            st.sum_word = it.text  # only harmless for one chip's own figure ("the total SRAM of Gaudi 3")
            st.sum_joins = st.sum_joins or it.value != "whole"  # or each chip's whole (checks._whole_of_each)
            return
        if role == "neg":
            if st.negate:
                # "7nm chips have no foundry, excluding the CS-3": the first negation still waits for what
                # it negates when the second comes; read on, the second took its place and it was dropped
                raise refuse(f"'{st.negate_text}' negates nothing before '{it.text}': say what each sets aside")
            st.negate = True
            st.negate_text = it.text
            st.negate_excludes = it.value == "exclude"
            st.negate_unsaid = negates_stating(items, pos)
            st.exclusion = None
        elif role == "cmp":
            if st.negate:
                st.negate = False
                role_value = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt", "eq": "ne"}[it.value]
                if role_value == "ne":
                    raise refuse("'not exactly' is not a range the graph's figures can answer")
                st.cmp = role_value
            elif st.cmp is not None and st.cmp != it.value:  # "less than or equal to", "=<", "at most or exactly"
                between = items[st.cmp_at + 1 : pos] if 0 <= st.cmp_at < pos else []
                symbols = not any(c.isalpha() for c in st.cmp_text + it.text)  # "=<"
                if any(not (x.kind == "word" and x.role in ("or", "filler")) for x in between) or not (
                    symbols or any(x.role == "or" for x in between)
                ):
                    # "states exactly ..., which chips exceed 100 billion", "exceed exactly 120
                    # billion": two comparisons not joined by "or" are no one range (not "at least")
                    raise refuse(f"two comparisons that are not one range ({st.cmp_text!r}, {it.text!r})")
                pair = {st.cmp, it.value}
                combined = {
                    frozenset({"lt", "eq"}): "le",
                    frozenset({"gt", "eq"}): "ge",
                    frozenset({"le", "eq"}): "le",
                    frozenset({"ge", "eq"}): "ge",
                }.get(frozenset(pair))
                if combined is None:
                    raise refuse(f"two comparisons that contradict each other ({st.cmp_text!r}, {it.text!r})")
                st.cmp = combined
            else:
                st.cmp = it.value
            st.cmp_text = it.text
            st.cmp_at = pos
        elif role == "cmp_after":
            if (not st.quantities or st.quantities[-1][0] is not None) and it.text in ("+", "plus"):
                st.conj = "and"  # "training + inference chips"
                return
            if not st.quantities or st.quantities[-1][0] is not None:
                raise refuse(f"{it.text!r} follows no number")
            cmp_, readings, text = st.quantities[-1]
            st.quantities[-1] = (it.value, readings, text)
        elif role == "between":
            st.cmp = "between"
            st.cmp_text = it.text
        elif role == "who" and it.text == "whose" and st.prev_item is not None and st.prev_item.kind == "term":
            pass  # "the chips whose clock speed ...": a relative pronoun, not a question about organizations
        elif role in ("super", "rank", "count", "value", "who", "compare", "top"):
            if role == "count" and it.value == "sum":
                st.count_sum = it.text
            if role == "top" and st.shape_words.get("top", it.value or it.text) != (it.value or it.text):
                raise refuse("'top' and 'bottom' ask for both ends of one order: ask for one end at a time")
            # "top 3 chips by power, in ascending order", "top 3 lowest first": "top N" said before
            # any order is the highest N; the order after it may say how to show them, or which end
            # to take. Said after the order ("chips by power, lowest first, top 3", "lowest power
            # first, top 3"), "top N" (or "first N", forms._first_n) is the first N of that order
            ascending = role == "rank" and it.value == "asc" and st.shape_words.get("top") == "top"
            if ascending:  # "top 3 chips by power, in ascending order": the top, or the lowest first?
                raise refuse("'top' with an ascending order: say 'the highest N, lowest first' or 'the bottom N'")
            # a value word as said ("how quick"; its words.tsv value, "speed", is read by _speed_asked)
            st.shape_words.setdefault(role, it.text if role == "value" else it.value or it.text)
            if it.value in ("asc", "desc"):
                _both_ends(st, it, pos, items)
                st.shape_words.setdefault("direction", it.value)
            if role == "super":
                st.shape_words.setdefault("super_text", it.text)
                after = next(  # "the most chips", "the most of the chips", "the largest number of chips"
                    (
                        x
                        for x in items[pos + 1 :]
                        if not (x.kind == "word" and x.role == "filler" and not x.value)
                        and not (x.kind == "word" and x.role == "count" and x.text in COUNT_NOUNS)
                    ),
                    None,
                )
                # "which node is used by the most of them": the chips said before, counted per group too
                them = after is not None and after.kind == "word" and after.text in ("them", "those", "these")
                counted = any(
                    x.kind == "word" and x.role == "count" and x.text in COUNT_NOUNS for x in items[pos + 1 : pos + 2]
                )
                if (
                    after is not None
                    and (them or (after.kind == "term" and (_chip_word(after, st.lex) or ORG in after.terms)))
                    and (it.text in ("most", "fewest", "least", "more", "fewer") or counted)
                    # "which one scales to the most chips": how far it scales, not chips per group
                    and not any(x.kind == "term" and CK + "scaleOut" in x.terms for x in items[:pos])
                ):
                    raise refuse(
                        f"'{it.text}{' number of' if counted else ''}{' of' if them and not counted else ''} "
                        f"{after.text}' counts chips per group: ask 'how many chips per "
                        "process node' (or per designer)"
                    )
                measured = after is not None and after.kind == "term" and any(t in MEASURES for t in after.terms)
                # "the most data formats", "the largest number of formats"; not "the largest foundry"
                many = it.text in ("most", "fewest", "least") or counted
                ranked = values_ranked(after, st.lex) if many and not measured else None
                if ranked is not None:  # "the most data formats": each chip's formats counted
                    st.values_ranked = ranked
                elif counted and not measured:
                    # "the largest number of designers": a count of no kind read above, not a figure
                    # ("the greatest number of compute cores" is the most compute units)
                    said = after.text if after is not None else "it"
                    raise refuse(
                        f"'{it.text} {items[pos + 1].text} {said}' counts things per group, which is read only "
                        "of chips ('which process node has the most chips') or of a figure ('the most Tensix cores')"
                    )
                nxt = items[pos + 1] if pos + 1 < len(items) else None
                modelled = ("model", "models", "ai model", "ai models")
                if nxt is not None and nxt.kind == "word" and nxt.text.lower() in modelled:
                    st.measure_words.append(CK + "maxModelSize")  # "the largest model"
        elif role == "number":
            _take_number(st, float(it.value), it.text, items, pos)
        elif role == "offchip":
            if st.negate:
                raise refuse(
                    "the article's memory lists are not exhaustive: it cannot say which chips have no off-chip memory"
                )
            st.on_chip = False
            st.on_chip_at = st.position
            st.on_chip_words.append((False, st.position))
        elif role in ("and", "or"):
            if role == "or" and " " in it.text:
                st.any_of = True  # "at least one of INT8 and FP16": the list's "and" means or
            st.conj = "or" if (role == "and" and st.any_of) else role
            st.conj_at = pos
            if it.text == "both":
                st.both = True
        elif role == "group":
            st.group_words.append(pos)
        elif role in (
            "noprecision",
            "techasked",
            "unstated",
            "lacking",
            "hedgedfig",
            "facevalue",
            "unhedged",
            "figaside",
            "tiersaid",
            "setaside",
            "setasidekind",
            "valueaside",
            "keeponly",
            "keepsaid",
            "examples",
            "kindexamples",
            "orgkinds",
            "orgsapart",
            "diecount",
        ):
            pass  # stated of the figure: the frame carries it (read), the answer checks it
        elif role not in _QUIET_ROLES:  # a role of words.tsv this reader does not know: never ignore it
            raise refuse(f"I can't read {it.text!r} here")
        return
    if it.kind == "qty":
        year = CK + "productionYear"
        if year in (st.pending_prop or "").split("|") and len(it.text) == 4 and it.text.isdigit() and not st.negate:
            # "which AMD chip goes into production in 2025": the year the production phrase asks for
            st.constraints.append(F.Relation(year, (it.text,)))
            st.pending_prop = None
            return
        if len(it.readings) == 1 and it.readings[0][0] == "count" and " " not in it.text:
            _take_number(st, it.readings[0][1], it.text, items, pos)
            return
        _take_quantity(st, it)
        return
    if it.kind == "term":
        _take_term(st, it, items, pos)
        return
    if it.kind == "entity":
        _take_entity(st, it)


def _negation_before_verb(items: list[Item], pos: int) -> bool:
    """Whether a term (a verb of the graph: "make", "use") stands between the last negation before
    ``pos`` and it: the negation is of that verb, not of the scope at ``pos`` ("not per chip")."""
    neg = next((k for k in range(pos - 1, -1, -1) if items[k].kind == "word" and items[k].role == "neg"), None)
    return neg is not None and any(x.kind in ("term", "entity") for x in items[neg + 1 : pos])


def _both_ends(st: _State, it: Item, pos: int, items: list[Item]) -> None:
    """ "the top 3 and the bottom 3 by power", "ranked highest first ... show the bottom 2", "the
    highest and lowest power": two ends of one order. The first order word set the direction and the
    other was dropped (the bottom 3 shown as the top 3; the lowest left out); refused. Two
    superlatives of different measures ("the lowest power with the most SRAM") are not this."""
    said = st.direction_said
    if said is None:
        st.direction_said = (it.role, it.value, pos)
        return
    role, value, at = said
    if value == it.value or (role == it.role == "super" and pos == at + 1):
        return  # "the lowest maximum clock": a point of each chip's range, then the order
    between = [x for x in items[at + 1 : pos] if not (x.kind == "word" and x.role == "filler" and not x.value)]
    joined = all(x.kind in ("comma",) or (x.kind == "word" and x.role in ("and", "or")) for x in between)

    def measured(k: int) -> tuple[str, ...] | None:
        """The measure a superlative at ``k`` is of: the first word of a measure after it."""
        for x in items[k + 1 :]:
            if x.kind == "word" and x.role in ("super", "rank", "top", "and", "or"):
                return None
            if x.kind == "term" and not _chip_word(x, st.lex):
                return x.terms
            if x.kind == "entity" and x.entities:
                return x.entities
        return None

    # "the highest power chip as well as the lowest", "max power chip and min power chip": the second
    # of no other measure than the first's (two measures: "the lowest power with the most SRAM");
    # the first of no measure before the second ("greatest versus least SRAM", "the 2 highest and the
    # 2 lowest power figures") is of the measure said after both
    first, second = measured(at), measured(pos)
    same = role == "super" and it.role == "super" and (first is None or second is None or first == second)
    if {role, it.role} & {"top", "rank"} or joined or same:
        raise refuse(f"'{items[at].text}' and '{it.text}' ask for both ends of one order: ask for one end at a time")


def _answer_cut(items: list[Item], pos: int) -> bool:
    """Whether the "only" at ``pos`` says how many rows to show ("only the top 3", "only the leading
    three", "top 3 only"): next to a cut of a ranking (a "top" word and its number, or a superlative
    and a number), past plain fillers; then it limits the answer, not what a chip does."""

    def plain(k: int) -> bool:
        return items[k].kind == "word" and items[k].role == "filler" and not items[k].value

    def number(k: int) -> bool:
        x = items[k] if 0 <= k < len(items) else None
        bare = x is not None and x.kind == "qty" and all(d == "count" for d, _ in x.readings)
        return bare or (x is not None and x.kind == "word" and x.role == "number")

    def cut_at(k: int) -> bool:
        x = items[k] if 0 <= k < len(items) else None
        return x is not None and x.kind == "word" and x.role in ("top", "super") and number(k + 1)

    after = pos + 1
    while after < len(items) and plain(after):
        after += 1
    return cut_at(after) or (number(pos - 1) and cut_at(pos - 2))


def _beside_chip_scope(items: list[Item], pos: int, before_only: bool = False) -> bool:
    """Whether the word at ``pos`` stands next to a per-chip scope (words.tsv ``chipscope``: "per
    chip", "per-chip figures"), past plain fillers, nouns that name nothing ("numbers") and words
    of the whole ("totals") and the names of measures ("per-chip power figures only"): "per-chip
    totals only" says per chip and nothing more. The "only" of a list ("only inference") and a sum
    elsewhere ("combined", "total" of several) keep their readings."""

    def between(x: Item) -> bool:
        if x.kind == "term" and x.terms and all(t in MEASURES for t in x.terms):
            return True  # "per-chip power figures only": the measure whose figures are said
        return x.kind == "word" and (
            (x.role == "filler" and x.value in ("", *NOUNS)) or (x.role == "sum" and x.value == "whole")
        )

    sides = [reversed(items[:pos])] if before_only else [reversed(items[:pos]), iter(items[pos + 1 :])]
    for side in sides:
        near = next((x for x in side if not between(x)), None)
        if near is not None and near.kind == "word" and near.role == "chipscope":
            return True
    return False


def _stated_ranked_again(items: list[Item], pos: int) -> bool:
    """ "Rank the chips by process node, largest first (stated nodes only)": "only" right after a
    word of what the question ranks by, itself after "stated" or "given", in a ranking or a most
    (words.tsv ``rank``, ``super``, ``top``): a ranking places only the chips the article gives a
    value for, so it says nothing more. Anywhere else "only" keeps its reading."""
    if pos < 2 or not any(x.kind == "word" and x.role in ("rank", "super", "top") for x in items):
        return False
    word, said = items[pos - 1], items[pos - 2]
    if not (said.kind == "word" and said.text.lower() in ("stated", "given")):
        return False
    if word.kind == "word" and word.role == "filler" and word.value == "figure noun":
        return True  # "sram capacity ranking, stated figures only" (set 58): the figures ranked
    if not (word.kind == "term" and word.terms):
        return False
    elsewhere = {t for k, x in enumerate(items) if x.kind == "term" and k != pos - 1 for t in x.terms}
    return set(word.terms) <= elsewhere


def _figures_compared(items: list[Item]) -> bool:
    """Whether the question compares or asks figures (a most, a ranking, a number to meet or a
    comparison: "does A's SRAM exceed B's", a measure named), where "per-chip figures only" says
    which figures count; beside a list by a technology
    ("which chips have SRAM (per-chip figures only)") it would leave out the chips whose figure is
    not per chip, which "have SRAM" does not ask: refused there, as before."""
    return any(
        x.kind == "qty"
        or (x.kind == "word" and x.role in ("super", "rank", "top", "value", "comparative", "cmp"))
        or (x.kind == "term" and bool(set(x.terms) & set(MEASURES)))
        for x in items
    )


def _exclusive(items: list[Item], pos: int) -> bool:
    """Whether a filler valued ``only`` ("strictly", "merely", "just") at ``pos`` stands right before
    a name ("strictly for inference", "merely inference") or after one at the end ("for inference,
    strictly"): then it says the chip does nothing else, which the article's lists cannot tell;
    dropped, it listed the chips that do inference among other things."""

    def said(x: Item) -> bool:
        return not (x.kind == "comma" or (x.kind == "word" and x.role == "filler" and not x.value))

    after = next((x for x in items[pos + 1 :] if said(x)), None)
    before = next((x for x in reversed(items[:pos]) if said(x)), None)
    # "... for inference, strictly": after the name, at the end
    return (after is not None and after.kind == "entity") or (
        pos + 1 == len(items) and before is not None and before.kind == "entity"
    )


def _how_many(items: list[Item]) -> bool:
    """Whether the question asks "how many" (a count of things, not "the core count" of a ranking)."""
    return any(x.kind == "word" and x.role == "count" and "how many" in x.text.lower() for x in items)


def _take_number(st: _State, value: float, text: str, items: list[Item], pos: int) -> None:
    prev = items[pos - 1] if pos else None
    nxt = items[pos + 1] if pos + 1 < len(items) else None
    chip_next = nxt is not None and (
        (nxt.kind == "term" and CHIP in nxt.terms) or (nxt.kind == "word" and nxt.role == "super")
    )  # "3 lowest power chips"
    if chip_next and nxt is not None and nxt.kind == "term" and _how_many(items):
        # "how many cores does the SN40L integrate — the figure for the dual-chip device": a number of
        # chips in a question of how many is what the thing counted is of, not how many chips to show
        chip_next = False
    superlative = (
        any(x.kind == "word" and x.role in ("super", "rank", "top") for x in items)
        and st.cmp is None
        and value <= 20
        and (prev is None or not (prev.kind == "word" and prev.role in ("cmp", "between")))
    )
    if (
        (prev is not None and prev.kind == "word" and prev.role == "top")
        or (chip_next and st.cmp is None)
        or (superlative and " " not in text and (nxt is None or nxt.kind != "term" or CHIP in nxt.terms))
    ):
        if value != int(value) or value < 1:
            raise refuse(f"'top {text}' is not a number of chips")
        compared = any(
            x.kind == "word"
            and x.role == "super"
            and st.lex.spelled.get(name_key(x.text), ("", ""))[0] == "comparative"
            for x in items
        )
        if compared and nxt is not None and nxt.kind == "entity":
            return  # "which of the two Grayskulls has more cores": how many are compared, not how many shown
        ordered = any(x.kind == "word" and x.role in ("super", "rank", "top") for x in items)
        named = any(x.kind == "entity" and any(st.lex.is_a(e, CHIP) for e in x.entities) for x in items)
        if chip_next and not ordered and not named:  # a chip named: "top 2 of 1" below, as before
            # "which process node is used by two chips?", "which two chips use HBM?": a number of chips
            # with no order to pick them by (they were ranked by a figure the question never named)
            raise refuse(
                f"'{text} {nxt.text if nxt is not None else 'chips'}' gives a number of chips with no order to "
                "pick them by: ask which chips (all of them), or the top N by a figure"
            )
        if prev is not None and prev.text.lower() in ("last", "final"):
            # "highest first, and show the last 2": the far end of the order (it showed the top 2)
            raise refuse(f"'{prev.text} {text}' asks for the other end of the order: rank the other way round")
        st.top_n = int(value)
        return
    st.quantities.append((_use_cmp(st), (("count", value),), text))
    st.qty_pos.append(pos)


def _systems_spanned(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "a cluster of 2,048 CS-3 systems": a count before a chip's name and "systems", in a question
    about a figure, says how many systems the figure spans (an item of role ``scalecount``, as
    :func:`_scales` makes for nodes and cards, which the figure must state), not a number the
    figure must reach; "systems" then names no system to look up."""
    if not any(x.kind == "term" and set(x.terms) & set(MEASURES) for x in items):
        return items
    for k in range(len(items) - 2):
        count, chip, systems = items[k : k + 3]
        n = _count_of(count)
        if (
            n is not None
            and chip.kind == "entity"
            and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in chip.entities)
            and systems.kind == "word"
            and systems.text in ("systems", "system", "units", "unit")
        ):
            scaled = Item("word", f"{n} systems", role="scalecount", value=f"{n}|PerSystem")
            return [*items[:k], scaled, chip, *items[k + 3 :]]
    if not any(x.kind == "word" and x.role == "scope" and x.value == "PerCluster" for x in items):
        return items
    for k, count in enumerate(items):
        # "a CS-3 cluster of 2,048 systems", "a full 2,048-unit CS-3 cluster", "(2,048 units)": beside
        # a cluster, a count of systems (of units: the systems a cluster is made of) is what it spans
        n = _count_of(count)
        j = k + 1
        while j < len(items) and items[j].kind == "term" and CK + "scaleOut" in items[j].terms:
            j += 1  # "2,048 interconnected systems"
        if k > 0 and items[k - 1].kind == "word" and items[k - 1].role in ("cmp", "cmp_after", "between"):
            continue  # "(up to 2,048 interconnected systems)": a bound of its size, read as before
        if n is not None and j < len(items) and items[j].text in ("systems", "system", "units", "unit"):
            scaled = Item("word", f"{n} systems", role="scalecount", value=f"{n}|PerSystem")
            return [*items[:k], scaled, *items[j + 1 :]]
    return items


def _memory_tiers(items: list[Item], lex: Lexicon) -> tuple[list[Item], F.Measure | None]:
    """ "the SN40L's three-tier memory hierarchy": a number of tiers ("tier" is a filler word) and
    the word for memory right after a chip's name say where in the chip a figure is, and that the
    chip has so many memory tiers (ck:memoryTierCount): the words go, and the count becomes a
    constraint the answer checks (:func:`read`). The items unchanged and None elsewhere."""
    for k in range(1, len(items) - 2):
        chip, count, tier, memory = items[k - 1 : k + 3]
        if (
            chip.kind == "entity"
            and len(chip.entities) == 1
            and CHIP in lex.entities.get(chip.entities[0], ("", ()))[1]
            and ((count.kind == "word" and count.role == "number") or (count.kind == "qty" and count.text.isdigit()))
            and tier.kind == "word"
            and tier.text in ("tier", "tiered")
            and memory.kind == "term"
            and memory.terms == (CK + "memory",)
        ):
            n = float(count.value if count.kind == "word" else count.text)
            end = k + 3
            if end < len(items) and items[end].kind == "word" and items[end].text in ("hierarchy", "hierarchies"):
                end += 1
            return items[:k] + items[end:], F.Measure(CK + "memoryTierCount", low=n, high=n)
    return items, None


def _expected_count(items: list[Item], lex: Lexicon) -> str | None:
    """The number of a parenthesis that says how many chips the asker expects ("which chips (eight
    accelerators) use HBM"), with no "top" before it: that is no "top 8" of a ranking, so a frame
    that would show only so many is refused (:func:`read`). None when there is no such parenthesis."""
    inside = False
    for k, it in enumerate(items):
        if it.kind in ("open", "close"):
            inside = it.kind == "open"
            continue
        before = items[k - 1] if k else None
        after = items[k + 1] if k + 1 < len(items) else None
        if (
            inside
            and ((it.kind == "word" and it.role == "number") or it.kind == "qty")
            and not (before is not None and before.kind == "word" and before.role == "top")
            and after is not None
            and after.kind == "term"
            and all(lex.is_kind(t, CHIP) for t in after.terms)
        ):
            return it.text
    return None


def _use_cmp(st: _State) -> str | None:
    cmp_ = st.cmp
    if cmp_ == "between":
        open_pairs = sum(1 for q in st.quantities if q[0] == "between") % 2
        if open_pairs:  # the second value of "between A and B": the comparison is used up
            st.cmp = None
        return "between"
    st.cmp = None
    return cmp_


def _holds_word(x: Item) -> bool:
    return x.kind == "word" and x.role == "filler" and x.value == "holds"


def _org_kind_before_modifiers(items: list[Item], pos: int, lex: Lexicon) -> bool:
    """Whether item ``pos`` (a word for chips) follows a word for a kind of organization with only
    names of what a chip is between them ("startup inference chips", "megacap hbm chips",
    "hyperscaler 7nm chips", "megacap tsmc chips"): the kind qualifies the chips, as in "hyperscaler
    chips". A chip's name between ("startup groq lpu chips") is no such modifier."""
    k = pos - 1
    while k >= 0 and items[k].kind == "entity" and items[k].entities:
        if any(lex.is_a(e, CHIP) for e in items[k].entities):
            return False
        k -= 1
    maker = (
        k > 0
        and (
            (items[k].kind == "term" and set(items[k].terms) <= {CK + "designedBy", CK + "manufacturedBy"})
            or (items[k].kind == "word" and items[k].role == "filler" and items[k].value == "verb")
        )
        # "startup-designed inference chips", "hyperscaler-built training chips": the kind and its
        # verb make one word before the chips, no question word before them ("which startup designed
        # inference chips" asks for the startup)
        and not any(x.kind == "word" and x.role in ("wh", "who") for x in items[:k])
        # a plural kind is the head ("hyperscalers designing chips": the hyperscalers)
        and not items[k - 1].text.lower().endswith("s")
    )
    if maker:
        k -= 1
    elif k == pos - 1 or k < 0:
        return False
    kind = items[k]
    return kind.kind == "term" and bool(kind.terms) and all(lex.is_kind(t, ORG) for t in kind.terms)


def _holds_between(items: list[Item], previous: Item, pos: int) -> bool:
    """Whether a filler verb of holding (words.tsv VALUE "holds": "use", "pack") stands between
    ``previous`` and item ``pos``."""
    start = next((k for k in range(pos - 1, -1, -1) if items[k] is previous), pos)
    return any(_holds_word(x) for x in items[start + 1 : pos])


def _take_quantity(st: _State, it: Item) -> None:
    cmp_ = _use_cmp(st)
    if st.negate and cmp_ not in (None, "between"):
        st.negate = False
        cmp_ = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}.get(cmp_, cmp_)
    st.quantities.append((cmp_, it.readings, it.text))
    st.qty_pos.append(st.position)


def _take_term(st: _State, it: Item, items: list[Item], pos: int) -> None:
    lex = st.lex
    terms = list(it.terms)
    classes = [t for t in terms if lex.terms.get(t, ("", False))[1]]
    props = [t for t in terms if t not in classes]
    st.terms_seen += terms
    if classes:
        chipish = [c for c in classes if lex.is_kind(c, CHIP) or lex.is_kind(c, PROCESSOR)]
        orgish = [c for c in classes if lex.is_kind(c, ORG)]
        previous = st.prev_item
        head_before = st.first_class
        if st.first_class is None and (orgish or chipish_any(lex, classes)):
            st.first_class = "org" if orgish else "chip"
        elif (
            st.first_class == "org"
            and chipish_any(lex, classes)
            and previous is not None
            and previous.kind == "term"
            and any(lex.is_kind(t, ORG) for t in previous.terms)
            and _holds_between(items, previous, pos)
        ):
            # "which companies use chips made by TSMC": the companies' verb is no relation of the graph
            # (they use, run or pack chips, or design them?); read as "company chips" it listed chips
            verb = next(x.text for x in items[items.index(previous) + 1 : pos] if _holds_word(x))
            raise refuse(
                f"'{previous.text} {verb} {it.text}': which organizations {verb} chips is no relation the "
                "article states; ask which chips, or who designs or makes them"
            )
        elif (
            st.first_class == "org"
            and chipish_any(lex, classes)
            and previous is not None
            and previous.kind == "term"
            and any(lex.is_kind(t, ORG) for t in previous.terms)
            and not _verb_between(items, previous, pos)  # "which hyperscalers build chips": the head stays
        ) or (st.first_class == "org" and chipish_any(lex, classes) and _org_kind_before_modifiers(items, pos, lex)):
            # "hyperscaler chips", "startup inference chips", "megacap hbm chips": the org word qualifies
            # the head noun, with the names of what the chips are between (red team 104: the startups
            # were listed, and counted, for "how many startup inference chips are there?")
            st.first_class = "chip"
            st.kind_of_chips = True
        elif (
            st.first_class == "chip"
            and orgish
            and previous is not None
            and pos > 0
            and items[pos - 1] is previous
            and previous.kind == "term"
            and chipish_any(lex, [t for t in previous.terms if lex.terms.get(t, ("", False))[1]])
            and not any(lex.is_kind(t, ORG) for t in previous.terms)
            # "chips manufacturred by tsmc": a noun read from a misspelt verb, its "by" after it
            and not (pos + 1 < len(items) and items[pos + 1].kind == "word" and items[pos + 1].text.lower() == "by")
        ):
            # "hbm chips vendor", "7nm chip developers": a noun for organizations right after the word
            # for chips is the head, the chip word qualifying it, as the label "chip designers" says;
            # read with the chips as head, the vendor was dropped as a verb's "how" and chips were
            # listed (exit 0, session 52)
            st.first_class = "org"
            head_before = None  # the head is this noun, not one named before it
        right_before = items[pos - 1] if pos else None  # "Groq's foundry" (not "TSMC as the foundry")
        if (
            orgish
            and right_before is not None
            and right_before.kind == "entity"
            and any(ORG in lex.entities.get(e, ("", ()))[1] for e in right_before.entities)
        ):
            raise refuse(f"'{right_before.text} {it.text}': the organization of an organization; ask about the chips")
        if orgish and props and head_before is not None:
            orgish = []  # "vendors fabbing at TSMC": the head is named; "fab" is the verb here
        own_relation = bool(orgish and props)  # "foundry": a kind that says its relation itself
        if orgish and props:
            st.org_props.append(("|".join(props), pos))
            if st.pending_prop is None:
                st.pending_prop = "|".join(props)
            props = []
        if orgish and not props:
            for c in orgish:
                if c != ORG:
                    st.org_classes.append(c)
            if (
                not own_relation
                and st.pending_prop in (CK + "designedBy", CK + "manufacturedBy")
                and [c for c in orgish if c != ORG]
            ):
                st.class_took = st.pending_prop  # "designed by a startup": the relation said before the kind
            if not [c for c in orgish if c != ORG]:
                st.shape_words.setdefault("orgs", it.text)
            said_kinds = [c for c in orgish if c != ORG]
            if (
                said_kinds
                and st.negate != getattr(st, "negate_org_class", st.negate)
                and set(said_kinds) & set(st.org_classes[: -len(said_kinds)])
            ):
                # "Which unicorns are not startups?": one class named twice ('startup' and 'unicorn' are
                # both ck:UnicornStartup's), once negated; read as the last mention, the 17 others
                # were listed
                raise refuse(
                    f"'{it.text}' names the kind of organization named before it, once with a 'not': "
                    "no organization both is and is not of one kind"
                )
            st.negate_org_class = st.negate  # type: ignore[attr-defined]
            st.negate = False
            return
        if chipish:
            kinds = [c for c in chipish if c not in (CHIP,) and c not in _GENERAL_KINDS]
            if CHIP in chipish or not kinds:
                st.chip_words += 1
                if not it.text.rstrip("'’").endswith("s"):  # "the models' power" is plural
                    st.singular_chip = True  # "the Groq chip": one chip, named by its vendor
                general = [c for c in chipish if c in _GENERAL_KINDS]
                if general and CHIP not in chipish:
                    st.general_kind = general[0]
                narrowed = st.lex.narrowing.get(stems(it.text))
                if narrowed is not None and not st.negate and st.general_kind is None:
                    st.general_kind = narrowed  # "accelerators": the chips narrowed to the AI processors
                if st.negate and not kinds:
                    raise refuse(f"'{it.text}' after a negation excludes everything")
                return
            if st.negate:
                raise refuse(f"the article does not give every chip's kind in terms that rule out '{it.text}'")
            nxt = items[pos + 1] if pos + 1 < len(items) else None
            if nxt is not None and nxt.kind == "term" and CK + "computeUnits" in nxt.terms:
                raise refuse(
                    f"'{it.text} {nxt.text}': counts of one kind of core are not compared; `chipkg describe` shows them"
                )
            if st.kinds and st.kinds[0][0] != kinds[0]:
                # "in-memory accelerators", "which accelerator ... GPUs": a kind and a broader one (every
                # in-memory compute accelerator is an AI processor) are the narrower kind
                if not st.kinds[0][1] and kinds[0] in st.lex.subclasses.get(st.kinds[0][0], ()):
                    st.chip_words += 1  # the broader said after: the narrower kind stands
                    return
                if not st.kinds[0][1] and st.kinds[0][0] in st.lex.subclasses.get(kinds[0], ()):
                    st.kinds[0] = (kinds[0], False)  # the narrower said after: it is the kind
                    st.chip_words += 1
                    return
                raise refuse("I take one kind of chip at a time (a chip is rarely two kinds at once)")
            st.kinds.append((kinds[0], False))
            if it.text.endswith("s"):
                st.plural_kind = True  # "GPUs": several chips
            elif tokens(it.text)[-1] == "chip" or _after_the(items, pos):
                st.singular_chip = True  # "the wafer-scale chip", "the 5nm GPU": one chip, said by its kind
            return
    if not props:
        return
    if CK + "onChip" in props:
        if st.negate:
            raise refuse(
                "the article's memory lists are not exhaustive: it cannot say which chips have no on-chip memory"
            )
        st.on_chip = True
        st.on_chip_at = st.position
        st.on_chip_words.append((True, st.position))
        return
    if CK + "notSuitableFor" in props:
        st.pending_prop = CK + "notSuitableFor"
        return
    measures = [p for p in props if p in MEASURES]
    if CK + "memory" in props and not measures:
        st.measure_words.append(CK + "memory")
        back = pos - 1
        while back >= 0 and items[back].kind == "word" and items[back].role == "filler":
            back -= 1  # "LPDDR-family memory"
        before = items[back] if back >= 0 else None
        if not (
            before is not None
            and before.kind == "entity"
            and any(MEMORY_TECH in st.lex.entities.get(e, ("", ()))[1] for e in before.entities)
        ):
            st.loose_memory = True  # "memory" not right after a technology ("HBM memory" is HBM)
        if before is not None and before.kind == "term" and CK + "bandwidth" in before.terms:
            # "the bandwidth of its memory", "moves data in and out of its memory": the bandwidth said
            # right before the memory, fillers aside, is the memory's, as "memory bandwidth" is
            st.bare_bandwidth = False
        return
    if measures:
        st.measure_words.append(measures[0] if len(measures) == 1 else _prefer(measures))
        st.measure_at.append((st.measure_words[-1], pos))
        if st.measure_words[-1] == CK + "bandwidth" and not any(
            CK + "memory" in st.lex.vocab.get((stem(t),), ()) for t in it.text.lower().split()
        ):
            st.bare_bandwidth = True  # "bandwidth", not "memory bandwidth"
        word = it.text.lower()
        if CK + "performance" in measures and _unit_kind(word) is not None:
            st.perf_unit = _unit_kind(word)  # "TFLOPS of NorthPole": FLOPS figures only
        if st.negate:
            raise refuse(f"the article's figures cannot say what a chip does not have ({it.text!r})")
        return
    if CK + "precision" in props:
        st.precision_said = it.text
        return
    relation_props = [p for p in props if p in RELATIONS or p in ORG_RELATIONS or p == CK + "designs"]
    if (
        relation_props
        and pos - 1 in st.group_words
        and all(p in (CK + "designedBy", CK + "manufacturedBy") for p in relation_props)
    ):
        # "how many chips per vendor use PCIe": the word after "per" is the group, not the relation of
        # the name after it (PCIe was read as the chips' designer, and no chip fit: red team 116 B)
        return
    if relation_props:
        new = relation_props[0] if len(relation_props) == 1 else "|".join(relation_props)
        st.org_props.append((new, pos))
        st.adjacent_prop = new
        st.words_at[pos] = name_key(it.text)
        last = st.constraints[st.last_relation] if st.last_relation is not None else None
        after_name = pos and (
            items[pos - 1].kind == "entity"
            # "is TSMC the developer of the M4": an article between the name and the word
            or (pos > 1 and items[pos - 2].kind == "entity" and items[pos - 1].text.lower() in ARTICLES)
        )
        if isinstance(last, F.Relation) and after_name:
            if st.last_relation is not None and not _org_follows(st.lex, items, pos):
                st.verb_after.add(st.last_relation)  # "chips Nvidia designs": the name's clause is said
            if _retarget_last(st, new, pos, items):
                return  # "chips that TSMC makes": the verb after the name says its relation
            if last.prop in new.split("|"):
                _mark_made(st, last.prop, new)  # "does Intel make the CS-3"
                return  # "a 7 nm process": the word restates the name's relation
        if (
            st.pending_prop is not None
            and st.conj == "and"
            and "|" not in new
            and "|" not in st.pending_prop
            and new != st.pending_prop
        ):
            st.pending_also.append(st.pending_prop)  # "designed and fabricated by AWS": both
            st.pending_prop, st.conj = new, None
        elif st.pending_prop is None or "|" in st.pending_prop or st.pending_prop == st.class_took:
            st.pending_prop = new  # (a relation asked first stays: "which process node is X manufactured on")
            st.class_took = None
        elif (
            new in ORG_RELATIONS
            and st.pending_prop in RELATIONS
            and it.text.lower().endswith(" of")  # "partners of", "members of": not "the vendor's own"
            and _relation_of_relation(items, pos, st.pending_prop)
        ):
            # "chips designed by partners of Microsoft" (red team 63): the second relation was dropped
            # and the chips Microsoft designs answered; a chain of relations is not one ask composes
            raise refuse(
                f"'{it.text}' after another relation's word chains two relations; ask for the organizations "
                "it names first, then about them by name"
            )
        return


def _relation_of_relation(items: list[Item], pos: int, pending: str) -> bool:
    """Whether the relation word at ``pos`` comes right after the word of the relation still waiting
    for its name (``pending``), only fillers between: "designed by partners of Microsoft"."""
    k = pos - 1
    while k >= 0 and items[k].kind == "word" and items[k].role == "filler":
        k -= 1
    return k >= 0 and items[k].kind == "term" and pending in items[k].terms


def _retarget_last(st: _State, props: str, pos: int, items: list[Item]) -> bool:
    """A relation word right after a name it defaulted for ("UXL foundation members", "Habana
    Labs acquirer") says what the name's relation is."""
    if st.last_relation is None or pos == 0:
        return False
    # "is TSMC the developer of the M4": an article between the name and its relation's word
    article = pos > 1 and items[pos - 1].kind == "word" and items[pos - 1].text.lower() in ARTICLES
    if items[pos - 1 - article].kind != "entity":
        return False
    last = st.constraints[st.last_relation]
    if not isinstance(last, F.Relation) or last.cls is not None:
        return False
    if _org_follows(st.lex, items, pos):
        return False  # "made by TSMC designed by Groq": the word is the next organization's relation
    classes = st.lex.entities[last.values[-1]][1]
    # "TSMC designs the M4": 'designs' is a word of ck:designedBy and of its inverse ck:designs, one
    # relation said either way round; read from the chip, it is the designer alone (the foundry's
    # class did not say 'manufactured by' over the verb)
    explicit = list(dict.fromkeys(_from_chip(st.lex, p) for p in props.split("|")))
    if article and not (len(explicit) == 1 and explicit[0] != last.prop):
        return False  # past an article only the verb's own relation over the kind's (below)
    if (
        len(explicit) == 1
        and explicit[0] in (CK + "designedBy", CK + "manufacturedBy")
        and last.prop in (CK + "designedBy", CK + "manufacturedBy")
        and explicit[0] != last.prop
    ):
        # "does TSMC design the M4?", "does Qualcomm fabricate the Adreno 750?": the verb, not the
        # organization's kind, says the relation
        st.constraints[st.last_relation] = last._replace(prop=explicit[0])
        st.pending_prop = None
        return True
    fitting = [p for p in props.split("|") if _fits(st.lex, p, classes) and p != last.prop]
    fitting.sort(key=lambda p: -len(_range_depth(st.lex, p)))  # the most specific range first
    if fitting and fitting[0] == CK + "manufacturedBy" and last.prop == CK + "designedBy" and not last.negated:
        st.constraints[st.last_relation] = last._replace(prop=fitting[0])  # "chips that TSMC makes"
        st.pending_prop = None if st.pending_prop == CK + "designedBy" else st.pending_prop
        return True
    if fitting and (fitting[0] in ORG_RELATIONS):
        st.constraints[st.last_relation] = last._replace(prop=fitting[0])
        st.pending_prop = None
        return True
    return False


def _from_chip(lex: Lexicon, prop: str) -> str:
    """``prop`` as said of a chip: an organization's relation to the chips it designs (ck:designs)
    is its inverse (owl:inverseOf: ck:designedBy); any other relation as it is."""
    inverse = lex.inverse.get(prop)
    return inverse if inverse is not None and _RANGES.get(prop) == CHIP and _RANGES.get(inverse) == ORG else prop


def _mark_made(st: _State, prop: str, said: str) -> None:
    """Note the last relation read as the designer where its word is one of making ("made by
    Intel", "does Intel make"): the ontology gives that word to ck:designedBy and ck:manufacturedBy,
    and Intel, no foundry in the graph, took the designer alone (see :func:`_made_either`)."""
    words = said.split("|")
    last = st.constraints[st.last_relation] if st.last_relation is not None else None
    if (
        prop == CK + "designedBy"
        and CK + "manufacturedBy" in words
        and CK + "designedBy" in words
        and isinstance(last, F.Relation)
        and last.prop == prop
        and not last.negated
        and last.cls is None
    ):
        st.made_either.append(last)


def _made_either(frame: F.Frame, st: _State) -> F.Frame:
    """ "Is the CS-3 made by Intel", "does Intel make the CS-3": 'make' may mean designing or
    manufacturing (as "who makes" answers both, :func:`_maker_also`), so the yes/no holds by either
    relation (the frame's ``also``): yes where the article says either, no where it rules out both,
    else it does not say. Read as the designer alone it answered 'no' where the article names no
    foundry at all."""
    designers = [
        k for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "designedBy" and not k.negated
    ]
    if frame.ask != F.YESNO or frame.also or len(designers) != 1 or designers[0] not in st.made_either:
        return frame
    return frame._replace(also=(CK + "manufacturedBy",))


def _org_follows(lex: Lexicon, items: list[Item], pos: int) -> bool:
    """Whether the relation word at ``pos`` is followed by an organization or a kind of organization
    ("designed by Groq", "developed by a startup"): then it is that organization's relation, not a
    verb that says the relation of the name before it ("does TSMC design the M4", "chips that TSMC
    makes"); read as the latter, "made by TSMC designed by Groq" asked for chips TSMC designed."""
    nxt = next((x for x in items[pos + 1 :] if not (x.kind == "word" and x.role == "filler" and not x.value)), None)
    if nxt is None:
        return False
    if nxt.kind == "entity":
        return bool(nxt.entities) and all(ORG in lex.entities.get(e, ("", ()))[1] for e in nxt.entities)
    return nxt.kind == "term" and any(lex.is_kind(t, ORG) for t in nxt.terms)


def _prefer(measures: list[str]) -> str:
    for p in (CK + "performance", CK + "capacity", CK + "bandwidth", CK + "clockSpeed"):
        if p in measures:
            return p
    return measures[0]


def _excluded_too(st: _State) -> None:
    """ "other than the CS-3 and the Maia 100", "excluding Nvidia, AMD or Cerebras": an exclusion
    word (words.tsv role ``neg``, VALUE ``exclude``) leaves out every name of the list it opens, not
    only the first (the next one read as a name the answer must be was the excluded chip answered).
    A "not" before a list of chips or of organizations does the same ("not the CS-3 or Blackwell",
    "not from Nvidia and Cerebras": a chip is one chip, with one designer, so the list can only
    mean neither), over names of its first name's kind only.
    A name after the first is in the list when "and" / "or" joins it, or a comma that a later "and"
    / "or" before a name shows to be a list's ("A, B and C"); anything else said ends the list."""
    if st.negate or st.exclusion is None:
        return
    between = st.items[st.excluded_at + 1 : st.position]
    joined = any(x.kind == "word" and x.role in ("and", "or") for x in between)
    if not joined and any(x.kind == "comma" for x in between):
        rest = st.items[st.position + 1 :]
        end = next(
            (
                k
                for k, x in enumerate(rest)
                if not (x.kind in ("entity", "comma") or (x.kind == "word" and x.role in ("and", "or", "filler")))
            ),
            len(rest),
        )
        joined = any(
            x.kind == "word" and x.role in ("and", "or") and any(y.kind == "entity" for y in rest[k + 1 : end])
            for k, x in enumerate(rest[:end])
        )
    if joined:
        st.negate, st.negate_text = True, st.exclusion


def _take_entity(st: _State, it: Item) -> None:
    kind = _name_kind(st.lex, it)
    if st.exclusion_kind not in (None, kind):
        st.exclusion = None  # "not Nvidia or the HBM chips": a "not" reaches names of its first name's kind only
    _excluded_too(st)
    if st.negate and st.negate_unsaid:
        # "Which chips use HBM? The capacity isn't given for the MI350.": what the article leaves unstated
        # of a name, never the name left out (read so, the MI350 was dropped from the HBM chips)
        raise refuse(
            f"'{st.negate_text}' says what the article does not state of {it.text.rstrip('.')!r}, "
            "not which to leave out; ask without it, or 'other than ...'"
        )
    exclusion = st.negate_text if st.negate and (st.negate_excludes or kind is not None) else None
    _read_entity(st, it)
    if exclusion is not None:
        st.exclusion, st.excluded_at = exclusion, st.position
        st.exclusion_kind = None if st.negate_excludes else kind


def _name_kind(lex: Lexicon, it: Item) -> str | None:
    """CHIP or ORG when every thing the name names is a chip (an organization), else None."""
    classes = [lex.entities[e][1] for e in it.entities if e in lex.entities]
    for kind in (CHIP, ORG):
        if classes and all(kind in c for c in classes):
            return kind
    return None


def _read_entity(st: _State, it: Item) -> None:
    lex = st.lex
    iris = [i for i in it.entities if i in lex.entities]
    if it.entities and all(e in lex.sections.values() for e in it.entities):
        raise refuse(f"{it.text!r} is a section of the article: ask about the chips or organizations it covers")
    if not iris:
        raise refuse(f"nothing in the graph is called {it.text!r}")
    if len(iris) > 1 and all(CHIP in lex.entities[i][1] for i in iris):
        # "Grayskull": a name the graph gives several chips (a product line) stands for each of them
        negated, st.negate = st.negate, False
        st.subject_chips.extend(iris)
        st.chip_negated = getattr(st, "chip_negated", []) + [negated] * len(iris)  # type: ignore[attr-defined]
        st.family = True
        return
    if len(iris) > 1 and all(FORMAT in lex.entities[i][1] for i in iris) and not st.negate:
        # "4-bit", "8-bit integer": a width names every format of it, and asks about any of them
        if CK + "performance" in st.measure_words or _performance_near(st):
            family = lex.family_names.get(name_key(it.text))
            unit = next((u for u, f in UNIT_FAMILY.items() if f == family), None)
            if unit is not None:
                # "floating-point performance", "the M4's performance (floating point)": its figures in
                # FLOPS, a precision or none (as a precision, the M4 GPU's 7.5 TFLOPS of no stated one
                # was no answer)
                if st.perf_unit not in (None, unit):
                    raise refuse(f"'{it.text}' and the unit asked ({st.perf_unit}) are of two kinds")
                st.perf_unit = unit
                return
            if st.precision is not None or st.precisions:
                raise refuse("the question names more than one precision for one figure")
            st.precisions = tuple(iris)
            return
        last = st.constraints[st.last_relation] if st.last_relation is not None else None
        if st.conj == "or" and isinstance(last, F.Relation):
            # "INT2 or 4-bit", "integer or floating point": one alternative of the formats before
            # (read as a second condition, "or" was "and": red team of session 55)
            if last.prop != CK + "supportsFormat" or last.negated or last.cls is not None:
                raise refuse("I can only combine alternatives of the same kind with 'or'")
            values = (*last.values, *(i for i in iris if i not in last.values))
            st.constraints[st.last_relation] = last._replace(values=values)  # type: ignore[index]
        else:
            st.constraints.append(F.Relation(CK + "supportsFormat", tuple(iris)))
            st.last_relation = len(st.constraints) - 1
        st.conj = None
        st.pending_adjacent = False
        return
    units = [i for i in iris if UNIT_KIND in lex.entities[i][1]]
    if len(iris) == 2 and len(units) == 1:
        # "DIMC": a kind of compute unit and a technology; counted ("how many DIMCs", "dimc count")
        # it is the unit, otherwise the technology
        content = [x for x in getattr(st, "items", []) if not (x.kind == "word" and x.role == "filler")]
        k = next((n for n, x in enumerate(content) if x is it), None)
        counted = k is not None and any(
            x.kind == "word" and x.role == "count" for x in content[max(k - 1, 0) : k] + content[k + 1 : k + 2]
        )
        iris = units if counted else [i for i in iris if i not in units]
    if len(iris) > 1:
        labels = sorted(lex.entities[i][0] for i in iris)
        raise refuse(f"{it.text!r} names several things: {', '.join(labels)}", labels)
    iri = iris[0]
    classes = lex.entities[iri][1]
    negated, st.negate = st.negate, False
    if UNIT_KIND in classes:  # "Tensix cores", "GPU cores": a count of that kind of unit
        if negated:
            raise refuse(f"the article's counts cannot say which chips have no {it.text}")
        size_word = st.prev_item
        if (
            size_word is not None
            and size_word.kind == "word"
            and size_word.role in ("super", "comparative")
            and size_word.text not in ("most", "fewest", "least", "more", "fewer")
        ):
            # "the largest dies", "the biggest cores": the size of each unit, which no count says
            # (red team 28: "which chips have the largest dies" ranked chips by their number of dies)
            raise refuse(f"'{size_word.text} {it.text}' asks the size of the {it.text}, not how many a chip has")
        if st.count_kind not in (None, iri):
            raise refuse("the question names two kinds of unit to count; ask for one")
        measure = lex.counted.get(iri, CK + "computeUnits")
        if (
            measure != CK + "computeUnits"
            and not it.plural
            # "more than 1 die", "two-die", "dual-die": a number of them
            and not (
                st.prev_item is not None
                and (st.prev_item.kind == "qty" or (st.prev_item.kind == "word" and st.prev_item.role == "number"))
            )
            and not any(x.kind == "word" and x.role == "count" for x in st.items)
        ):  # "the fastest port", "the widest lane": the unit's own figure, not how many there are
            if measure == CK + "portCount" and any(
                x.kind == "word" and x.role == "value" and x.value == "speed" for x in st.items
            ):
                # "how fast is each Ethernet port on the Gaudi 3?" (set 69): a port's line rate
                st.measure_words.append(CK + "portSpeed")
                return
            kind = lex.entity(iri).label
            raise refuse(f"'{it.text}' asks about one {kind}, not how many; ask how many of them a chip has")
        st.count_kind = iri
        st.measure_words.append(measure)  # "lanes": the lane count
        return
    if COMPONENT in classes and iri in lex.parts:  # "the M4 Neural Engine": the chip, for that part's figures
        if negated or st.component not in (None, iri):
            raise refuse(f"a figure of {it.text!r} is asked of that one component; ask it without the others")
        st.component = iri
        st.subject_chips.append(lex.parts[iri])
        st.chip_negated = getattr(st, "chip_negated", []) + [False]  # type: ignore[attr-defined]
        return
    if (
        CHIP in classes
        and st.pending_prop is not None
        and [p for p in st.pending_prop.split("|") if _RANGES.get(p) == CHIP] == [CK + "integratedInto"]
    ):  # "the GPU inside the Snapdragon"; "part of" (also a membership, a parent company) before a chip
        st.pending_prop = None
        _add_relation(st, CK + "integratedInto", iri, negated)
        return
    if CHIP in classes and st.pending_prop in _CHIP_TO_CHIP and _after_subject_and_word(st, st.pending_prop):
        # "is Trainium2 the successor of Trainium": the chip after the relation word is its value
        line_prop, st.pending_prop = st.pending_prop, None
        _add_relation(st, line_prop, iri, negated)
        return
    if CHIP in classes:
        st.subject_chips.append(iri)
        st.chip_negated = getattr(st, "chip_negated", []) + [negated]  # type: ignore[attr-defined]
        return
    if MEMORY_TECH in classes:
        before = st.position - 1
        while before >= 0 and st.items[before].kind == "word" and st.items[before].role == "filler":
            before -= 1
        head_of = st.items[before] if before >= 0 else None
        if (
            head_of is not None
            and head_of.kind == "entity"
            and not negated
            and any(iri in lex.broader.get(e, []) for e in head_of.entities)
            and all(e in st.technology for e in head_of.entities)
        ):
            return  # "LPDDR-family DRAM": the broader name is the head noun of the narrower one before it
        back = st.position - 1
        while back >= 0 and st.items[back].kind == "word" and st.items[back].text in ("of", "in"):
            back -= 1
        prev = st.items[back] if back >= 0 else None  # "5 GHz of SRAM"
        used = bool(st.quantities) and prev is not None and st.quantities[-1][2] == prev.text
        if (
            used
            and prev is not None
            and prev.kind == "qty"
            and not any(d in ("datasize", "bandwidth") for d, _ in prev.readings)
        ):
            raise refuse(f"'{prev.text} of {it.text}' does not make sense: memory is measured in bytes")
        if negated:
            raise refuse(f"the article's lists are not exhaustive: it cannot say which chips lack {it.text}")
        if st.technology and st.conj == "or":
            st.technology_or = True  # "LPDDR4X or LPDDR5X": any of them (parse.frames._memories)
        if st.technology and st.conj == "and":
            st.technology_and = True  # "HBM and SRAM": both
        st.conj = None
        if iri not in st.technology:
            st.technology.append(iri)
            st.technology_at[iri] = st.position
        return
    if FORMAT in classes and (CK + "performance" in st.measure_words or _performance_near(st)):
        if negated:
            raise refuse(f"the article's figures cannot say what a chip does not do in {it.text}")
        st.precision = iri
        return
    if FORMAT in classes and st.precision is None and st.shape_words.get("value") is None:
        st.format_entities = getattr(st, "format_entities", []) + [iri]  # type: ignore[attr-defined]
    if ORG in classes:
        st.orgs.append((iri, negated, st.position))
        if negated and st.negate_text in (
            "except",
            "excluding",
            "leave out",
            "other than",
            "apart from",
            "besides",
            "but not",
            "exclude",
        ):
            st.excluding.append(iri)  # "UXL members except AMD": left out of the answer
    prop = _relation_for(st, classes)
    last = st.constraints[st.last_relation] if st.last_relation is not None else None
    if (
        st.conj == "or"
        and not st.pending_prop  # "designed by Nvidia or made by TSMC": a relation said again
        and ORG not in classes  # "designed by Nvidia or TSMC": TSMC designs nothing; it may be the maker meant
        and isinstance(last, F.Relation)
        and prop is not None
        and last.prop != prop
        and last.negated == negated
        and _fits(st.lex, last.prop, classes)
    ):
        prop = last.prop  # "deployed on Azure or EC2 UltraClusters": the second name in the first's relation
    if (
        st.conj == "and"
        and not st.pending_prop
        and isinstance(last, F.Relation)
        and last.prop == CK + "notSuitableFor"
        and prop != last.prop
        and not negated
        and _fits(st.lex, last.prop, classes)
    ):
        # "unsuitable for data centers and laptops": unsuitable for each; read as a workload, "laptops"
        # made the M4 (a laptop chip) unsuitable for laptops (red team 114)
        prop = last.prop
    if prop is None and ORG in classes:
        # "openai partner": an organization no chip relation takes, before the word of an
        # organization's relation that does
        following = [x for x in st.items[st.position + 1 :] if not (x.kind == "word" and x.role == "filler")][:1]
        fitting = [p for x in following if x.kind == "term" for p in x.terms if p in ORG_RELATIONS]
        prop = next((p for p in fitting if _fits(st.lex, p, classes)), None)
    if prop is None:
        raise refuse(f"I can't tell how {it.text!r} relates to the chips")
    if _placed_at(st, prop, classes):
        where = st.items[st.position - 1].text
        raise refuse(
            f"'{where} {it.text}' says where a chip is found, not who designs or makes it; ask who designs "
            "it, or what systems it is deployed on"
        )
    also, st.pending_also = st.pending_also, []
    said = (st.adjacent_prop if st.pending_adjacent else None) or st.pending_prop or ""
    st.pending_adjacent = False
    _add_relation(st, prop, iri, negated)
    _mark_made(st, prop, said)
    for other in also:
        if other in RELATIONS and (
            _fits(st.lex, other, classes) or not any(cls in classes for cls, _p in ENTITY_RELATIONS[:6])
        ):
            _add_relation(st, other, iri, negated)


def _placed_at(st: _State, prop: str, classes: tuple[str, ...]) -> bool:
    """ "Is the Groq LPU on AWS", "chips at Google": a preposition of place (words.tsv filler valued
    ``place``) right before an organization, with no relation word, read by the name's own relation
    (its designer) answered 'false' to where a chip is offered. Only the designer reading is
    refused: a foundry after "on" is the chip's maker ("on TSMC's 4nm")."""
    before = st.items[st.position - 1] if st.position >= 1 else None
    after = st.items[st.position + 1] if st.position + 1 < len(st.items) else None
    if after is not None and (
        _named_chip(after, st.lex) or (after.kind == "term" and chipish_any(st.lex, list(after.terms)))
    ):
        return False  # "the transistors in Nvidia's Blackwell": whose chip, not where
    return (
        ORG in classes
        and prop == CK + "designedBy"
        and st.pending_prop is None
        and not st.pending_adjacent
        and before is not None
        and before.kind == "word"
        and before.role == "filler"
        and before.value in ("place", "within")
    )


def _performance_near(st: _State) -> bool:
    return any(any(d == "performance" for d, _ in r) for _, r, _ in st.quantities)


def _placement_said(st: _State, candidates: list[str]) -> bool:
    """Whether the pending relation was said by a verb of placement ("built on", "run on", "runs
    on"): the last word of the graph before the name that names it ends in "on"."""
    for x in reversed(st.items[: st.position]):
        if x.kind == "term" and set(candidates) & set(x.terms):
            return x.text.lower().split()[-1] == "on"
    return False


def _relation_for(st: _State, classes: tuple[str, ...]) -> str | None:
    """The relation a name takes: the pending relation word's, if its range fits, else the
    relation the name's class implies (the entity-type table)."""
    nearest = st.adjacent_prop if st.pending_adjacent else None
    link = CK + "InterconnectTechnology" in classes and CK + "deployedOn" in (nearest, st.pending_prop)
    if link:
        # "which chips run on a network-on-chip": a link technology after the word of what a chip is
        # deployed on (a system) is the link the chip uses, as "use" reads it; the word is taken
        st.pending_prop = None
        return CK + "interconnect"
    if nearest is not None:  # "how many chips per node made by TSMC": the verb right before the name
        fitting = [p for p in nearest.split("|") if _fits(st.lex, p, classes)]
        if fitting:
            fitting.sort(key=lambda p: -len(_range_depth(st.lex, p)))
            return fitting[0]
        _unfit_relation_word(st, nearest, classes)
    pending = st.pending_prop
    if pending is not None:
        candidates = pending.split("|")
        fitting = [p for p in candidates if _fits(st.lex, p, classes)]
        if fitting:
            # "made by TSMC": the most specific range wins (a foundry manufactures)
            fitting.sort(key=lambda p: -len(_range_depth(st.lex, p)))
            return fitting[0]
        placed = _placement_said(st, candidates)
        if placed and not any(cls in classes for cls in (ORG, CHIP)):
            # "which chips are built on Tensix", "which chips does CUDA run on": a verb of placement whose
            # own value ("built on" a process node, "run on" a system) the name is not; the name's own
            # relation (an architecture, a software stack) is what the chip is built on or runs
            own = next((prop for cls, prop in ENTITY_RELATIONS if cls in classes), None)
            if own is not None:
                st.pending_prop = None
                return own
        nxt = st.items[st.position + 1] if st.position + 1 < len(st.items) else None
        owner = nxt is not None and nxt.kind == "term" and CHIP in nxt.terms  # "Qualcomm's chips"
        org_valued = candidates[0] in (CK + "designedBy", CK + "manufacturedBy")
        if (
            len(candidates) == 1
            and org_valued
            and st.pending_adjacent
            and not owner
            and not any(cls in classes for cls, _p in ENTITY_RELATIONS[:6])
        ):
            # an explicit relation the name does not fit ("fabricated by AWS"): asked as said
            return candidates[0]
    for cls, prop in ENTITY_RELATIONS:
        if cls in classes:
            return prop
    return None


def _unfit_relation_word(st: _State, props: str, classes: tuple[str, ...]) -> None:
    """ "Is the Groq LPU deployed on AWS", "is Trainium2 used by Amazon": the relation word right
    before the name takes a system, and AWS is an organization. Read by the name's own relation
    (an organization: its designer) the question became 'designed by AWS' and was answered
    'false'; the word carries the question, so it is refused. Words of an organization's relation
    ("fabricated by AWS") are asked as said (:func:`_relation_for`)."""
    candidates = props.split("|")
    if any(_RANGES.get(p) != SYSTEM for p in candidates) or ORG not in classes:
        return  # ("process node nvidia": Nvidia's chips' node, read elsewhere)
    after = [x for x in st.items[st.position + 1 :] if not (x.kind == "word" and x.role == "filler")][:1]
    if after and after[0].kind in ("entity", "term"):
        return  # "behind Google's Gemini models": the organization names whose system it is
    if st.position == 0 or st.items[st.position - 1].kind != "term":
        return  # "boosting at Google": a word between says where, not on what
    word = next((x.text for x in reversed(st.items[: st.position]) if x.kind == "term"), props)
    name = st.items[st.position].text
    kinds = " or ".join(sorted({_RANGES[p].rsplit("#", 1)[-1].lower() for p in candidates}))
    raise refuse(f"'{word}' takes a {kinds}, and '{name}' is not one; the article does not say that of it")


#: relations from a chip to another chip of its product line: the second chip named is the value
_CHIP_TO_CHIP = frozenset({CK + "successorOf", CK + "predecessorOf"})


def _line_noun(frame: F.Frame, items: list[Item], lex: Lexicon) -> bool:
    """Whether one named chip's relation in its line is asked by its noun alone ("trainium2
    predecessor", "what is Trainium2's predecessor?": ck:askNoun, the chip's own relation), with no
    "of" after it (the label "predecessor of" says the relation the other way round)."""
    if frame.ask != F.VALUE or frame.metric is None or len(frame.subjects) != 1:
        return False
    prop = frame.metric.prop
    words = [k for k, x in enumerate(items) if x.kind == "term" and prop in x.terms]
    return len(words) == 1 and prop in lex.nouns.get(name_key(items[words[0]].text), [])


def _line_word_first(frame: F.Frame, items: list[Item], lex: Lexicon) -> tuple[F.Frame, bool]:
    """ "Which chip succeeded the MTIA v1?", "what came before Trainium2?", "what is the successor of
    Trainium?": the word of a chip's place in its line stands before the one chip named, so that chip
    is the relation's value, and the chip asked for is its subject: the value of the inverse
    relation (owl:inverseOf) of the chip named. With the word after the chip ("which chip did MTIA
    v2 succeed?") or its noun alone ("Trainium2's predecessor", :func:`_line_noun`) the chip named is
    the subject, as read. The frame, and whether it asks one chip's place in its line so."""
    if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in _CHIP_TO_CHIP:
        return frame, False
    prop = frame.metric.prop
    if len(frame.subjects) != 1 or frame.constraints or prop not in lex.inverse:
        return frame, False
    if _line_noun(frame, items, lex):
        return frame, True
    words = [k for k, x in enumerate(items) if x.kind == "term" and prop in x.terms]
    named = [k for k, x in enumerate(items) if x.kind == "entity" and frame.subjects[0] in x.entities]
    if len(words) != 1 or len(named) != 1:
        return frame, False
    if any(
        x.kind in ("entity", "qty") or (x.kind == "term" and set(x.terms) - {CHIP, *_GENERAL_KINDS})
        for k, x in enumerate(items)
        if k not in (words[0], named[0])
    ):
        return frame, False
    if words[0] > named[0]:  # "which chip did MTIA v2 succeed?": as read, the chip named is the subject
        return frame, True
    return frame._replace(metric=frame.metric._replace(prop=lex.inverse[prop])), True


def _after_subject_and_word(st: _State, prop: str) -> bool:
    """Whether the name being read follows a chip and then a word of ``prop`` ("Trainium2 ... the
    successor of | Trainium"), so it is the relation's value and the earlier chip its subject. "Is the
    successor of Trainium2 Trainium?" has the word first: the name after it is the subject's value
    the other way round, and is not read so."""
    before = st.items[: st.position]
    words = [k for k, x in enumerate(before) if x.kind == "term" and prop in x.terms]
    chips = [
        k
        for k, x in enumerate(before)
        if x.kind == "entity" and any(CHIP in st.lex.entities.get(e, ("", ()))[1] for e in x.entities)
    ]
    return bool(words and chips) and chips[0] < words[-1] and not any(k > words[-1] for k in chips)


def _fits(lex: Lexicon, prop: str, classes: tuple[str, ...]) -> bool:
    return _RANGES.get(prop) in classes


def _range_depth(lex: Lexicon, prop: str) -> list[str]:
    return lex.subclasses.get(_RANGES.get(prop, ""), [])


def _add_relation(st: _State, prop: str, iri: str, negated: bool) -> None:
    functional = prop in st.lex.functional
    last = st.constraints[st.last_relation] if st.last_relation is not None else None
    if st.conj == "and" and functional and st.both and isinstance(last, F.Relation) and last.prop == prop:
        raise refuse("a chip has one value of that, so 'both ... and' asks for two chips: ask for each, or for either")
    # "chips Nvidia designs and TSMC makes": an "and" after a name's own verb starts another clause,
    # with its own subject and verb; joined to the first name's relation, the second verb took both
    # names and the first relation was lost
    clause_said = st.conj == "and" and st.last_relation in st.verb_after
    if st.conj == "or" and prop == CK + "notSuitableFor" and isinstance(last, F.Relation) and last.prop == prop:
        # "not for data centers or laptops": unsuitable for both, or for either? Read as either, the
        # M4 (unsuitable for data centers, a laptop chip) was listed (red team 114)
        raise refuse("'not suitable for A or B' may mean for either or for both: ask about each on its own")
    joins = st.conj == "or" or (st.conj == "and" and functional and not clause_said)
    same = isinstance(last, F.Relation) and last.prop == prop and last.negated == negated and last.cls is None
    if (
        st.conj in ("and", "or")
        and same
        and not functional  # one value per chip: its "and" joins as "or" does ("Google, Amazon/AWS, Meta")
        and st.last_relation in (st.and_after if st.conj == "or" else st.or_joined)
    ):
        # "INT8, or FP16 and BF16", "INT8 and FP16 or BF16": read left to right, the grouping the
        # comma says was lost ((INT8 or FP16) and BF16: red team 114)
        raise refuse(
            "the question joins values of one kind with both 'and' and 'or', which can be grouped either "
            "way: ask with one of them, or one question per group"
        )
    if joins and same and isinstance(last, F.Relation):
        st.constraints[st.last_relation] = last._replace(values=(*last.values, iri))  # type: ignore[index]
        if st.conj == "and":
            st.and_joined.add(prop)
        else:
            st.or_joined.add(st.last_relation)  # type: ignore[arg-type]
    else:
        if st.conj == "or" and isinstance(last, F.Relation):
            raise refuse("I can only combine alternatives of the same kind with 'or'")
        st.constraints.append(F.Relation(prop, (iri,), negated=negated))
        if st.conj == "and" and same:
            st.and_after.add(len(st.constraints) - 1)
        st.last_relation = len(st.constraints) - 1
    st.conj = None
    if st.pending_prop is not None and ("|" in st.pending_prop or prop in st.pending_prop.split("|")):
        # the relation word found its name (an ambiguous verb such as "made" goes with any name);
        # another one ("what node is ... built on") stays asked for
        st.pending_prop = None


def _chip_word(term: Item, lex: Lexicon) -> bool:
    """A word for chips or a kind of chip ("chips", "GPUs", "AI accelerators")."""
    return any(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in term.terms)


def or_beside_a_kind(items: list[Item], lex: Lexicon) -> bool:
    """Whether an "or" joins a word for a kind of chip to anything but the same word ("GPUs or made
    by TSMC", "a GPU or an accelerator", "for training or are GPUs", "GPUs and/or made by TSMC", "a
    GPU, built on 7nm, or both", "at least one of: GPUs, made by TSMC"): a kind is read as one more
    condition, so the "or" was read as "and" or its other side dropped (red teams 91 and 93: "Which
    chips are GPUs or made by TSMC?" answered the two TSMC GPUs; "Is the Groq LPU a GPU or an
    accelerator?" answered no). A kind's word right after "which" or "how many" is what is asked,
    not an alternative."""

    def skipped(y: Item) -> bool:
        return (y.kind == "word" and ((y.role == "filler" and not y.value) or y.role == "aux")) or (
            y.kind == "comma" and y.text == "/"
        )

    def near(k: int, step: int) -> Item | None:
        k += step
        while 0 <= k < len(items) and skipped(items[k]):
            k += step
        return items[k] if 0 <= k < len(items) else None

    def kind_at(j: int) -> bool:
        y = items[j]
        if y.kind != "term" or not _chip_word(y, lex):
            return False
        # "a PCIe host or board interface": a kind's word before another noun is no kind said (a verb's
        # words after it, "GPUs made by TSMC", "a GPU built on 7nm", are another condition)
        nxt = items[j + 1] if j + 1 < len(items) else None
        noun = (
            nxt is not None
            and nxt.kind == "term"
            and not _chip_word(nxt, lex)
            and not re.search(r"(?:ed|by|on|in|for|with|at|to)$", nxt.text.lower())
        )
        return not noun

    def asked(j: int) -> bool:  # "which chips", "how many GPUs": the things asked for
        before = near(j, -1)
        return before is not None and before.kind == "word" and before.role in ("wh", "count")

    def index(y: Item | None) -> int | None:
        return next((j for j, z in enumerate(items) if z is y), None) if y is not None else None

    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role == "or"):
            continue
        said = x.text.lower()
        if said in ("at least one of", "either", "any one of"):
            # a phrase that opens alternatives ("at least one of: GPUs, made by TSMC"): a kind among them
            if any(kind_at(j) and not asked(j) for j in range(k + 1, len(items))):
                return True
            continue
        if said not in ("or", "and/or", "and-or", "or else"):
            continue  # "one of the top 3 chips": no alternatives
        after = near(k, 1)
        if after is not None and after.kind == "word" and after.role == "and" and after.text.lower() == "both":
            # "a GPU, built on 7nm, or both": the alternatives stand before it
            if any(kind_at(j) and not asked(j) for j in range(k)):
                return True
            continue
        before = near(k, -1)
        while before is not None and before.kind == "word" and before.role == "and" and before.text in ("and", "&"):
            before = near(index(before) or 0, -1)  # "GPUs and or made by TSMC", "a GPU &/or ..."
        kinds = [j for j in (index(before), index(after)) if j is not None and kind_at(j)]
        if kinds and not (len(kinds) == 2 and set(items[kinds[0]].terms) == set(items[kinds[1]].terms)):
            return True
    return False


def or_of_unlike_terms(st: _State, items: list[Item]) -> bool:
    """Whether an "or" no alternative took joins a figure's word to a word of another property ("PCIe
    with a lane count or a host link", "(host link or lane count)"): the two were read as two
    conditions, both required (set 60: the chips with PCIe and no lane count were left out)."""
    if st.conj != "or" or st.conj_at < 0:
        return False

    def near(step: int) -> Item | None:
        k = st.conj_at + step
        while 0 <= k < len(items) and items[k].kind == "word" and items[k].role == "filler":
            k += step
        return items[k] if 0 <= k < len(items) else None

    before, after = near(-1), near(1)
    if before is None or after is None or before.kind != "term" or after.kind != "term":
        return False
    said = set(before.terms) | set(after.terms)
    # "deployed on a cloud or a vendor's platform" (set 78): a relation's word joined to another's
    # was read as the first alone, the second dropped
    return not set(before.terms) & set(after.terms) and any(t in MEASURES or t in _RANGES for t in said)
