"""Step 3: what was walked becomes a :class:`~chipkg.ask.frame.Frame`: the measures asked for,
their constraints and scopes, and the frame's shape (a list, a value, a count, a ranking, a group,
an organization question). Anything left unattached refuses the question here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chipkg.ask import frame as F
from chipkg.ask.compile import (
    COUNTED_WHERE_SEVERAL,
    ENTITY_RELATIONS,
    LINK_MEASURES,
    MEASURE_DIMENSIONS,
    MEASURES,
    ORG_RELATIONS,
    RELATIONS,
)
from chipkg.ask.lexicon import (
    Lexicon,
    name_key,
    phrase_class,
    phrase_of_whole_items,
    stem,
    stems,
    tokens,
)
from chipkg.ask.parse.asides import _hedge_of, _related, one_word, stems_of
from chipkg.ask.parse.forms import chipish_any
from chipkg.ask.parse.items import (
    _GENERAL_KINDS,
    ARTICLES,
    CHIP,
    COUNT_NOUNS,
    FORMAT,
    MAXIMA,
    MEMORY_TECH,
    ORG,
    Item,
    refuse,
)
from chipkg.ask.parse.walk import _RANGES, _chip_word, _performance_near
from chipkg.namespaces import CK

#: words that ask of all the chips of a set, not of one ("every Intel chip", "each of them")
_ALL_OF = ("every", "each", "all")

if TYPE_CHECKING:
    from chipkg.ask.parse.walk import _State


#: the words that make a chip the one chip of its vendor ("the Groq chip", "its chip"), not some chip
_DEFINITE = frozenset(("the", "its", "their", "this", "that"))


def _chip_determiner(items: list[Item]) -> str | None:
    """The word that determines the question's first word for chips, lower-case: "a" in "does
    Nvidia make a 4nm chip", "the" in "is the Groq chip ...", "qualcomm's" in "is Qualcomm's chip
    ..."; "" when none does, None when no word for chips is said. Whether a vendor's chip asked
    about in a yes/no is some chip of its or its one chip rests on that word alone, not on a "the"
    said of something else ("does Qualcomm have a chip with the INT8 format?")."""
    at = next((i for i, x in enumerate(items) if x.kind == "term" and CHIP in x.terms), None)
    if at is None:
        return None
    for x in reversed(items[:at]):
        if x.kind == "word":
            return x.text.lower()
        if x.kind != "entity" or x.text.endswith("'s"):
            return x.text.lower() if x.kind == "entity" else ""
    return ""


def _technology_made(
    st: _State, chips: list[str], constraints: list[Any], metric: F.Metric | None, items: list[Item]
) -> bool:
    """Whether an organization question's verb of making or designing has a technology for its
    object, not chips: no kind of chip said ("chips", "GPUs") and every condition a technology the
    chips would use (a memory, a link, an architecture, a system: "who makes HBM", "who makes
    RISC-V"), or, with one chip named, its memory ("who makes the memory for Trillium"). A verb of
    building or providing that names no relation (words.tsv VALUE verb: "build", "supply", "offer")
    is one too: "which companies supply HBM" asks who supplies the memory, not who designs chips
    that use it."""
    made = any(
        p in (CK + "designedBy", CK + "manufacturedBy", CK + "designs")
        for prop, _ in st.org_props
        for p in prop.split("|")
    ) or any(
        x.kind == "word" and x.role == "filler" and x.value == "verb" and x.text.lower() not in ("with", "w/")
        for x in items
    )
    if not made or st.chip_words or st.kinds or st.quantities or st.orgs:
        return False
    if _made_object_is_technology(items, st):
        return True  # "Trillium is used for Gemini. Who makes Gemini?": Gemini's maker, whatever else is named
    if chips:
        return metric is not None and metric.prop in (CK + "memory", CK + "capacity", CK + "bandwidth")
    if not (constraints or st.technology) or (metric is not None and not st.technology):
        return False
    for k in constraints:
        if isinstance(k, F.Memory):
            continue
        if isinstance(k, F.Relation) and not k.negated and k.values:
            if all(CK + "Technology" in st.lex.entities.get(v, ("", ()))[1] for v in k.values):
                continue
        return False
    return True


def _made_object_is_technology(items: list[Item], st: _State) -> bool:
    """Whether a word of making or designing ("makes", "maker of") has right after it (fillers
    aside) a name of a technology or system ("Gemini", "HBM"): its object, whose maker the article
    does not name, even where the question names chips elsewhere (a sentence before it: "Trillium
    is used for Gemini. Who makes Gemini?" was read as the designers of chips used for Gemini)."""
    making = {CK + "designedBy", CK + "manufacturedBy", CK + "designs"}
    for k, x in enumerate(items):
        if x.kind != "term" or not making & set(x.terms):
            continue
        after = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler" and not y.value)), None)
        if (
            after is not None
            and after.kind == "entity"
            and after.entities
            and all(CK + "Technology" in st.lex.entities.get(e, ("", ()))[1] for e in after.entities)
        ):
            return True
    return False


def _aux_after_names(items: list[Item], lex: Lexicon) -> bool:
    """ "The Groq LPU and NorthPole, do they use SRAM?": chips named up front (joined by "and" or
    commas), then a comma and an auxiliary: the question after the names is a yes/no asked of them."""
    commas = [k for k, x in enumerate(items) if x.kind == "comma"]
    return any(_aux_after_names_at(items, k, lex) for k in commas)


def _aux_after_names_at(items: list[Item], comma: int, lex: Lexicon) -> bool:
    lead = [x for x in items[:comma] if not (x.kind == "word" and x.role == "filler")]
    names = [x for x in lead if x.kind == "entity"]
    if not names or not all(
        (x.kind == "entity" and all(lex.is_a(e, CHIP) for e in x.entities))
        or x.kind == "comma"
        or (x.kind == "word" and x.role == "and")
        for x in lead
    ):
        return False
    after = next((x for x in items[comma + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    return after is not None and after.kind == "word" and after.role == "aux"


def _asks_which_chip(items: list[Item], lex: Lexicon) -> bool:
    """The question opens by asking for a chip: "which chip", "what accelerator", "which GPU" (a
    question word, then a kind of chip, not a name)."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    return (
        len(said) > 1
        and said[0].kind == "word"
        and said[0].role == "wh"
        and said[1].kind == "term"
        and _chipish_item(said[1], lex)
    )


def _chipish_item(x: Item, lex: Lexicon) -> bool:
    """A chip named, or a kind of chip."""
    if x.kind == "entity":
        return any(chipish_any(lex, list(lex.entities.get(e, ("", ()))[1])) for e in x.entities)
    return x.kind == "term" and chipish_any(lex, list(x.terms))


# --------------------------------------------------------------------------- the frame


def _chip_and_scope_only(st: _State) -> bool:
    """Whether the question says nothing but a chip, words for chips and a scope ("trillium tpus
    per pod"): "gaudi 3 fp8 per node" asks the node's FP8 figure, not how many chips it holds."""
    return all(
        (x.kind == "word" and (x.role in ("filler", "scope") or not x.text))
        or (x.kind == "entity" and all(st.lex.is_a(e, CHIP) for e in x.entities))
        or (x.kind == "term" and _chip_word(x, st.lex))
        for x in st.items
    )


def _holds_said_of_name(items: list[Item]) -> bool:
    """A terse statement with no question mark, a name, then a verb of having (words.tsv fillers
    valued ``holds``: "uses", "packs") and what it has: "gaudi 3 uses hbm", "grayskull uses hbm" (set
    55) asks whether, as "gaudi 3 uses hbm?" does; read as "gaudi 3 hbm" it answered the HBM capacity,
    or was refused for the Grayskull, which has none."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and x.value != "holds")]
    return (
        len(said) >= 3
        and said[0].kind == "entity"
        and said[1].kind == "word"
        and said[1].value == "holds"
        and said[1].role == "filler"
        and said[2].kind in ("entity", "qty", "term")
    )


#: the verbs of packing that ask a scale out ("how many Trainium2s can you cram into one UltraCluster")
_PACKING = frozenset(("cram into", "cram in", "pack into", "squeeze into", "fit into", "fit in", "packed into"))


#: the verbs of scaling a model size is said to reach ("scale to", "scales up to")
_SCALING_VERBS = frozenset(
    ("scale to", "scales to", "scale up to", "scales up to", "scaled up to", "scaled to", "scaling to", "scaling up to")
)


def _scales_to_a_model(st: _State) -> bool:
    """Whether the scale out the question names is only a verb of scaling ("how big a model can it scale
    to", "what model size does Blackwell scale up to"), with nothing counted beside the model ("how many
    chips", a unit of machines): what reaches is the model size."""
    said = [x for x in st.items if x.kind == "term" and CK + "scaleOut" in x.terms]
    if not said or any(" ".join(tokens(x.text)) not in _SCALING_VERBS for x in said):
        return False
    return not any(
        x.kind == "term" and (CHIP in x.terms or any(st.lex.is_kind(t, CHIP) for t in x.terms)) for x in st.items
    ) and not any(x.kind == "word" and x.role == "count" for x in st.items)


def _packed_into(st: _State) -> bool:
    """Whether the scale out the question names is a verb of packing said right before one chip's name
    ("cram into Blackwell"), beside a count of things a chip holds (transistors, cores)."""
    for k, x in enumerate(st.items[:-1]):
        if x.kind == "term" and x.terms == (CK + "scaleOut",) and " ".join(tokens(x.text)) in _PACKING:
            after = next((y for y in st.items[k + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
            return (
                after is not None
                and after.kind == "entity"
                and bool(after.entities)
                and all(st.lex.is_a(e, CHIP) for e in after.entities)
            )
    return False


def _metric(st: _State) -> F.Metric | None:
    """The one figure the question is about (a measure word, else a memory technology)."""
    words = [w for w in dict.fromkeys(st.measure_words)]
    if (
        not words
        and not st.technology
        and st.scope_asked
        and st.scope_asked[1] in ("PerPod", "PerNode", "PerCluster")
        # "how many fp8 per node": a name besides the chip (a format, a memory) is no count of chips
        and not any(x.kind == "entity" and not all(st.lex.is_a(e, CHIP) for e in x.entities) for x in st.items)
        and (
            {"count", "value"} & set(st.shape_words)
            or (st.shape_words.get("direction") == "desc" and "super" in st.shape_words and len(st.subject_chips) == 1)
            # "trillium tpus per pod", "gaudi 3 chips per node": one chip and the scope of a machine
            # of such chips, nothing asked besides: how many of it that machine holds
            or (len(st.subject_chips) == 1 and not st.shape_words and _chip_and_scope_only(st))
        )
    ):
        # "how many units fit in a Trillium pod", "trillium max tpus per pod", "how many Gaudi 3s in a
        # node": how far it scales there
        words = [CK + "scaleOut"]
    if (
        st.loose_memory
        and st.technology
        and words == [CK + "memory"]
        and (st.quantities or {"super", "rank", "top", "value"} & set(st.shape_words))
    ):
        # "which chip with HBM has the most memory": its HBM, or all its memory? ask one
        raise refuse("'memory' beside a named memory technology: say which ('the most HBM' or name the chip)")
    if words == [CK + "performance", CK + "memory"] or words == [CK + "memory", CK + "performance"]:
        # "what is the speed of the m4's memory": a speed of a memory is its bandwidth, never the
        # chip's compute; which of the two is asked is not for ask to guess
        raise refuse(
            "the question names both a memory and a compute figure: ask for the memory bandwidth or the performance"
        )
    if CK + "memory" in words and len(words) > 1:
        words.remove(CK + "memory")
    if len(words) > 1:
        words = _stated_measures(st, words)
    if len(words) > 1:
        words = _premise_measures(st, words)
    if len(words) > 1:
        words = _ranked_among(st, words)
    words = _ranked_memory(st, words)
    _ranked_alone(st, words)
    if (
        words == [CK + "memory"]
        and not st.loose_memory
        and len(st.technology) > 1
        and not st.quantities
        and not {"super", "rank", "top", "value"} & set(st.shape_words)
    ):
        words = []  # "an LPDDR memory interface with on-chip SRAM": the word names the technology before it
    if len(words) == 2 and CK + "scaleOut" in words and _packed_into(st):
        # "how many transistors did Nvidia cram into Blackwell?" (sets 62, 63): a verb of packing into
        # a chip says where the counted things are, not how far the chip scales
        words.remove(CK + "scaleOut")
    if sorted(words) == sorted([CK + "maxModelSize", CK + "scaleOut"]) and _scales_to_a_model(st):
        # "how big a model can Blackwell scale to?" (set 78): the verb of scaling says how far the model
        # size reaches, as "scaling up to 10 trillion parameters" does (l.41), not how far the chip scales
        words.remove(CK + "scaleOut")
    if len(words) > 1:
        raise refuse(
            "the question names more than one measure: " + ", ".join(st.lex.terms.get(w, (w, False))[0] for w in words)
        )
    said = set(st.technology)
    narrowest = [t for t in said if said - {t} <= set(st.lex.broader.get(t, ()))]
    if len(said) > 1 and len(narrowest) == 1 and len(set(st.subject_chips)) == 1:
        # "the DRAM capacity of the SN40L's DDR5 tier": a technology and broader ones name one memory
        # of the one chip named (of every chip, "HBM ... only the HBM3 tier" would leave out the chips
        # whose HBM the article gives no generation for)
        st.technology = narrowest
    per_chip = _technology_per_chip(st, said) if len(said) == 2 and len(narrowest) == 1 else ()
    if per_chip:
        # "A's HBM capacity ... B's HBM3 capacity": each chip's figure is of its own memory, the
        # broader technology the metric's (checked by the frame: the two chips compared)
        st.technology = [t for t in said if t not in narrowest]
        st.technology_per = per_chip
    tech = st.technology[0] if len(st.technology) == 1 else None
    technology_or: tuple[str, ...] = ()
    if (
        len(st.technology) > 1
        and st.technology_or
        and not st.technology_and
        and words[:1] in ([CK + "capacity"], [CK + "bandwidth"])
        and not st.technology_per
        and not st.quantities
        and all(_named_in_parenthesis(st.as_said, t) for t in st.technology)
    ):
        # "the largest memory bandwidth (HBM or DRAM)": a figure of a memory of any of them, said in a
        # parenthesis beside the measure (elsewhere "or" joins conditions, and is read so or refused)
        tech, technology_or = st.technology[0], tuple(st.technology[1:])
    elif len(st.technology) > 1:
        if not words and not any(d in ("datasize", "bandwidth") for _, r, _ in st.quantities for d, _ in r):
            return None
        raise refuse("the question names more than one memory technology for one figure")
    if (
        words == [CK + "bandwidth"]
        and st.bare_bandwidth
        and not st.technology
        and st.on_chip is None
        and (
            # "chips with more than 5 TB/s" (not "the two dies"; one chip's "more than 500 Gbps" is its own)
            (any(d == "bandwidth" for _, r, _ in st.quantities for d, _ in r) and len(set(st.subject_chips)) != 1)
            or {"super", "rank", "top", "comparative", "compare"} & set(st.shape_words)
            # "which chips have a bandwidth figure": chips named by no one but the figure (red team 53)
            or not st.subject_chips
        )
    ):
        # "which chip has the highest bandwidth (of any kind)", "chips with more than 5 TB/s of
        # bandwidth": chips are compared by a bandwidth the article gives of memories and of links
        # (Blackwell's 10 TB/s between its dies, line 41); memory alone would leave the links out
        raise refuse(
            "'bandwidth' of memory or of a link? The article gives bandwidths of both; ask for the memory "
            "bandwidth, or for one chip's links"
        )
    if words:
        prop = words[0]
        if prop == CK + "memory":
            prop = _memory_default(st)
        if prop in (CK + "capacity", CK + "bandwidth") or (prop in MEASURES and MEASURES[prop].in_memory):
            return F.Metric(
                prop, tech, st.on_chip, technology_or=technology_or
            )  # "LPDDR4X controllers": of that memory
        if tech is not None and st.ranked_by != prop:  # "rank the chips with over 64 GB of HBM by clock"
            # said as "SRAM has no comparison claim" it read as a fact (the MTIA v2's SRAM doubling is one)
            raise refuse(
                f"{st.lex.entities[tech][0]} is a memory, and the question reads as asking its "
                f"{st.lex.terms.get(prop, (prop,))[0]}, which is no figure of a memory: ask for its capacity or "
                "bandwidth"
            )
        return F.Metric(
            prop,
            precision=st.precision,
            unit_kind=st.perf_unit if prop == CK + "performance" else None,
            counts=st.count_kind if prop == CK + "computeUnits" else None,
            precisions=st.precisions if prop == CK + "performance" else (),
            figure_kind=st.figure_kind if prop == CK + "performance" else None,
        )
    if tech is not None or st.on_chip is not None:
        st.ranked_by = st.ranked_by and _memory_default(st)
        return F.Metric(_memory_default(st), tech, st.on_chip)
    if st.precision is not None or st.precisions:
        return F.Metric(CK + "performance", precision=st.precision, unit_kind=st.perf_unit, precisions=st.precisions)
    return None


def _named_in_parenthesis(items: list[Item], thing: str) -> bool:
    """Whether every name of ``thing`` in ``items`` (the question as segmented) stands inside a
    parenthesis (an opening one before it, unclosed)."""
    at = [k for k, x in enumerate(items) if x.kind == "entity" and thing in x.entities]
    return bool(at) and all(
        next((x.kind for x in reversed(items[:k]) if x.kind in ("open", "close")), "close") == "open" for k in at
    )


def _technology_per_chip(st: _State, said: set[str]) -> tuple[tuple[str, str], ...]:
    """ "the Trainium2's HBM capacity ... the SN40L's HBM3 capacity": two technologies on one
    skos:broader chain, each said right after the possessive of its own chip, the two chips the
    question's only subjects: (chip, technology) pairs, else ()."""
    chips = set(st.subject_chips)
    if len(chips) != 2:
        return ()
    pairs: dict[str, str] = {}
    for t in said:
        at = st.technology_at.get(t, -1)
        before = st.items[at - 1] if at > 0 else None
        if (
            before is None
            or before.kind != "entity"
            or before.text not in st.owned
            or len(set(before.entities) & chips) != 1
        ):
            return ()
        (chip,) = set(before.entities) & chips
        if chip in pairs:
            return ()
        pairs[chip] = t
    if set(pairs) != chips:
        return ()
    return tuple(sorted(pairs.items()))


def _memory_default(st: _State) -> str:
    """The figure a memory named without one stands for: its size, unless the question asks how
    fast ("how fast is the HBM on Gaudi 3", "which chip has the fastest memory"): a memory's speed is
    its bandwidth, never its capacity, the same speed words the link's throughput reading checks."""
    fast = st.shape_words.get("value") == "how fast"
    fast = fast or st.shape_words.get("super_text", "") in ("fastest", "slowest", "quickest")
    return CK + "bandwidth" if fast else CK + "capacity"


_STATED = ("stated", "given", "quoted", "reported")


def _stated_measures(st: _State, words: list[str]) -> list[str]:
    """ "chips with HBM of at least 96 GB and a stated memory bandwidth", "of the chips with both a
    stated clock speed and a stated power figure, which draws the least power": a measure named only
    after "stated" (or "given"), with no number of its kind, says the chip has that figure (kept in
    ``st.has_measures``); a measure a number of its kind goes with is a range, not such a word.
    When that leaves one measure, it is the one the question is about; otherwise the words are
    left as they were (and refused)."""
    dimensions = {d for _c, readings, _t in st.quantities for d, _v in readings}

    def stated(word: str) -> bool:
        places = [pos for w, pos in st.measure_at if w == word]
        return bool(places) and all(
            any(x.text in _STATED for x in st.items[max(0, pos - 2) : pos] if x.kind == "word") for pos in places
        )

    ranged = [w for w in words if MEASURE_DIMENSIONS.get(w) in dimensions]
    has = [w for w in words if w not in ranged and stated(w)]
    left = [w for w in words if w not in has]
    if len(left) == 1:
        st.has_measures = has
        return left
    return words


#: comparisons a filter of a ranking may make (words.tsv role ``cmp``; "between" its own role)
_RANGE_CMPS = ("gt", "ge", "lt", "le", "between")


def _ranking_said(st: _State) -> int | None:
    """Where the question's superlative, ranking or top word stands, when it asks for one."""
    if not ({"super", "rank", "top"} & set(st.shape_words) or st.top_n is not None):
        return None
    return next((k for k, x in enumerate(st.items) if x.kind == "word" and x.role in ("super", "rank", "top")), None)


def _said_as_ranked(st: _State, positions: list[int]) -> bool:
    """Whether one of ``positions`` stands right after the superlative, ranking or top word, or
    right after "by" ("the most power", "rank ... by clock"), fillers and the format or memory
    technology of the figure aside ("the most INT8 performance"): the measure ranked."""

    def modifier(x: Item) -> bool:
        return (x.kind == "word" and x.role == "filler") or (
            x.kind == "entity" and all(st.lex.is_a(e, FORMAT) or st.lex.is_a(e, MEMORY_TECH) for e in x.entities)
        )

    for p in positions:
        prev = next((x for x in reversed(st.items[:p]) if not modifier(x)), None)
        # words.tsv role ``group``: "by" (the ranking key), "per", "each"
        if prev is not None and prev.kind == "word" and prev.role in ("super", "rank", "top", "group"):
            return True
    return False


def _field_filters(st: _State, at: int, dimensions: set[str]) -> bool:
    """Whether every quantity of the question is a range (not a value said of the answer) on a
    measure of ``dimensions``, said where it narrows the chips a superlative is taken over: a
    ranking lists its chips, so anywhere; a superlative ("which chip has the most") only before it
    ("which chip with a clock under 1.3 GHz draws the most power") or after it with no verb between
    ("the most power among chips clocked under 1.3 GHz"): "which chip with the most power has a
    clock under 1.3 GHz" may ask whether the top chip has it, and is not read."""
    if not st.quantities or any(d not in dimensions for _c, r, _t in st.quantities for d, _v in r):
        return False
    ranges = [
        c in _RANGE_CMPS or (k > 0 and st.quantities[k - 1][0] == "between")
        for k, (c, _r, _t) in enumerate(st.quantities)
    ]
    if not all(ranges):
        return False
    if "super" not in st.shape_words or {"rank", "top"} & set(st.shape_words) or st.top_n is not None:
        return True
    return all(
        p < at or not any(x.kind == "word" and x.role in ("aux", "wh") for x in st.items[at:p]) for p in st.qty_pos
    )


def _ranked_among(st: _State, words: list[str]) -> list[str]:
    """ "Which chip with a clock under 1.3 GHz draws the most power?", "the top 3 chips by clock
    among those drawing over 100 W": a superlative or ranking of one measure over the chips a range
    of another measure picks. The measure said right after the superlative (or after "by") is the
    one ranked, the other has a range of its kind (and no more): it is a constraint, read as the
    list's ("chips with a clock under 1.3 GHz") is, hedged figures by the same rule; the ranking's
    own checks run over the chips it leaves. Otherwise the words are left as they were (and refused)."""
    at = _ranking_said(st)
    if at is None:
        return words
    dimensions = {d for _c, readings, _t in st.quantities for d, _v in readings}
    ranged = [w for w in words if MEASURE_DIMENSIONS.get(w) in dimensions]
    left = [w for w in words if w not in ranged]
    if len(left) != 1 or not ranged or MEASURE_DIMENSIONS.get(left[0]) in dimensions:
        return words
    ranked_at = [p for w, p in st.measure_at if w == left[0]]
    filter_at = [p for w, p in st.measure_at if w in ranged]
    if not _said_as_ranked(st, ranked_at) or _said_as_ranked(st, filter_at):
        return words
    if not _field_filters(st, at, {MEASURE_DIMENSIONS[w] for w in ranged}):
        return words
    st.ranked_by = left[0]
    return left


def _ranked_alone(st: _State, words: list[str]) -> None:
    """ "Which chip with over 100 W has the highest clock?", "rank the chips with over 64 GB of HBM
    by clock": the one measure named is ranked (said after the ranking word or "by", and not right
    before a number: "clocked above 50 GB" is said of the clock), and every number is a range of
    another kind whose unit names its measure (a wattage is a power; a count needs its word): the
    range narrows the chips, as :func:`_ranked_among` reads it (sets ``st.ranked_by``); a memory
    technology said goes with a range of a memory's figure (its capacity or bandwidth), not with
    the measure ranked."""
    at = _ranking_said(st)
    if at is None or len(words) != 1 or st.ranked_by is not None:
        return
    prop = words[0]
    own = MEASURE_DIMENSIONS.get(prop)
    units = {d for d in MEASURE_DIMENSIONS.values() if list(MEASURE_DIMENSIONS.values()).count(d) == 1}
    if own is None or own not in units:
        return
    said = [p for w, p in st.measure_at if w == prop]
    if not _said_as_ranked(st, said):
        return
    for q in st.qty_pos:
        prev = next(
            (x for x in reversed(st.items[:q]) if not (x.kind == "word" and x.role in ("filler", "cmp", "between"))),
            None,
        )
        if prev is not None and any(st.items[p] is prev for p in said):
            return
    # a claim's ratio and a port's line rate are read only beside their own words
    if not _field_filters(st, at, units - {own, "ratio", "networkrate"}):
        return
    if st.technology and not any(d in ("datasize", "bandwidth") for _c, r, _t in st.quantities for d, _v in r):
        return
    st.ranked_by = prop


def _ranked_memory(st: _State, words: list[str]) -> list[str]:
    """ "Which chip with more than 100 billion transistors has the most HBM?": the one measure named
    has a range of its kind and the memory technology is said right after the superlative (or "by"):
    the memory is ranked (its size, or its bandwidth where asked how fast), the measure narrows the
    chips (:func:`_ranked_among`). Otherwise the words are left as they were."""
    at = _ranking_said(st)
    if at is None or len(words) != 1 or len(st.technology) != 1 or words[0] in (CK + "capacity", CK + "bandwidth"):
        return words
    dimension = MEASURE_DIMENSIONS.get(words[0])
    if dimension is None or dimension in ("datasize", "bandwidth"):
        return words
    if not _said_as_ranked(st, [st.technology_at.get(st.technology[0], -1)]):
        return words
    if _said_as_ranked(st, [p for w, p in st.measure_at if w == words[0]]):
        return words
    if not _field_filters(st, at, {dimension}):
        return words
    st.ranked_by = CK + "memory"  # the memory's figure, named when the metric is made
    return []


def _premise_asked(st: _State) -> bool:
    """Whether the question asks one figure of named chips (no ranking, comparison or yes/no word),
    so that a number in it is said of the chips ("the 2-die Blackwell"), not asked."""
    chip_negated = getattr(st, "chip_negated", [])
    return (
        bool(st.subject_chips)
        and not any(chip_negated)
        and bool(st.quantities)
        and not {"super", "rank", "top", "compare", "direction"} & set(st.shape_words)
        and (
            any(x.kind == "word" and x.role in ("wh", "value", "count") for x in st.items)
            # terse: a chip, numbers and a figure's name, no other word ("gaudi 3 200gbe ports")
            or all(x.kind in ("entity", "term", "qty") or (x.kind == "word" and x.role == "filler") for x in st.items)
        )
    )


def _premise_measures(st: _State, words: list[str]) -> list[str]:
    """ "What is the die-to-die bandwidth of the 2-die Blackwell?": in a question for one figure of
    named chips, a measure a number of its kind goes with is said of the chip, not asked (checked
    against the graph when answered, as "the 5nm Gaudi 3" is). When that leaves one measure, it is
    the figure asked; otherwise the words are left as they were (and refused)."""
    if not _premise_asked(st):
        return words
    dimensions = {d for _c, readings, _t in st.quantities for d, _v in readings}
    ranged = [w for w in words if MEASURE_DIMENSIONS.get(w) in dimensions]
    left = [w for w in words if w not in ranged]
    return left if len(left) == 1 and ranged else words


def _measure_constraints(st: _State, metric: F.Metric | None, consume_metric: bool) -> list[Any]:
    """Quantities become Measure constraints on the metric their unit (or a measure word) names."""
    out: list[Any] = []
    if not st.quantities:
        return out
    qs = _share_units(_bounds_share_unit(list(st.quantities), st), st.qty_pos, _counts_before_rates(st))
    exact = [q for q in qs if q[0] in (None, "eq")]
    if len(exact) > 1 and len(exact) == len(qs) and len({q[1] for q in exact}) == 1 and len(set(st.measure_words)) == 1:
        qs = qs[:1]  # "two-die designs (dual-die or dual-chip)": one number of one measure, said again
    elif len(exact) > 1 and len(exact) == len(qs) and not _count_and_rate(exact, st):
        raise refuse(
            "several exact values at once (" + ", ".join(repr(q[2]) for q in exact) + "): ask for one, or a range"
        )
    # "between A and B": the first two quantities
    while qs:
        cmp_, readings, text = qs.pop(0)
        if cmp_ == "between":
            if not qs:
                raise refuse(f"'between {text}' needs a second value")
            _, readings2, text2 = qs.pop(0)
            low, high = _reading(st, metric, readings, text), _reading(st, metric, readings2, text2)
            (prop, lo), (prop2, hi) = low, high
            if prop != prop2:
                raise refuse(f"{text} and {text2} are not the same kind of figure")
            out.append(_measure(st, prop, metric, lo=min(lo, hi), hi=max(lo, hi), text=text2))
            continue
        prop, value = _reading(st, metric, readings, text)
        if cmp_ is None or cmp_ == "eq":
            out.append(_measure(st, prop, metric, lo=value, hi=value, text=text))
        elif cmp_ == "gt":
            out.append(_measure(st, prop, metric, lo=value, lo_inc=False, text=text))
        elif cmp_ == "ge":
            out.append(_measure(st, prop, metric, lo=value, text=text))
        elif cmp_ == "lt":
            out.append(_measure(st, prop, metric, hi=value, hi_inc=False, text=text))
        elif cmp_ == "le":
            out.append(_measure(st, prop, metric, hi=value, text=text))
    st.cmp = None
    return out


def _count_and_rate(exact: list, st: _State) -> bool:
    """ "24 200 Gb/s ports": two exact values, a count of things and a figure of each of them
    (:func:`_counts_before_rates`), are two figures of two measures, not two values of one."""
    counted = _counts_before_rates(st)
    return len(exact) == 2 and len(counted) == 1 and not {d for d, _ in exact[0][1]} & {d for d, _ in exact[1][1]}


def _counts_before_rates(st: _State) -> set[int]:
    """ "24 200 Gb/s Ethernet ports": a bare number before a number with a unit that a count's
    measure word ("ports", "lanes", "cores") follows counts those things; it is no range with the
    next number (the quantities' indices, as in ``st.quantities``)."""
    out: set[int] = set()
    pos = st.qty_pos
    for i in range(min(len(st.quantities), len(pos)) - 1):
        bare = all(d == "count" for d, _ in st.quantities[i][1])
        if not bare or pos[i + 1] != pos[i] + 1:
            continue
        after = [p for w, p in st.measure_at if MEASURE_DIMENSIONS.get(w) == "count" and 0 < p - pos[i + 1] <= 3]
        if after and not any(pos[i + 1] < q < min(after) for q in pos):
            out.add(i)
    return out


#: the comparators of a lower and of an upper bound (words.tsv role ``cmp``)
_LOWER_CMPS, _UPPER_CMPS = ("gt", "ge"), ("lt", "le")


def _bounds_share_unit(qs: list, st: _State) -> list:
    """ "faster than 1.1 GHz but slower than 1.3?", "over 50 W and under 100", "above 1 but below
    1.5 GHz", "1.2 GHz or more but under 2": two bounds of opposite directions joined by a
    conjunction, one a bare number, the other a number with its unit, bound one measure: the bare
    number takes that unit. Only when nothing but
    the conjunction and the second comparator stands between them and nothing but fillers follows a
    bare second number ("more than 100 MB but fewer than 200 cores" counts cores)."""
    out = list(qs)
    items, positions = st.items, st.qty_pos
    for i in range(min(len(out), len(positions)) - 1):
        (cmp1, readings1, text1), (cmp2, readings2, text2) = out[i], out[i + 1]
        if not ({cmp1, cmp2} & set(_LOWER_CMPS) and {cmp1, cmp2} & set(_UPPER_CMPS)):
            continue
        bare1 = " " not in text1 and all(d == "count" for d, _ in readings1)
        bare2 = " " not in text2 and all(d == "count" for d, _ in readings2)
        if bare1 == bare2:
            continue
        p1, p2 = positions[i], positions[i + 1]
        between = items[p1 + 1 : p2]
        if between and between[0].kind == "word" and between[0].role == "cmp_after":  # "1.2 GHz or more but ..."
            between = between[1:]
        if not (
            len(between) == 2 and between[0].kind == "word" and between[0].role == "and" and between[1].role == "cmp"
        ):
            continue
        if bare2 and any(not (x.kind == "comma" or (x.kind == "word" and x.role == "filler")) for x in items[p2 + 1 :]):
            continue
        bare, unitful = (i, i + 1) if bare1 else (i + 1, i)
        cmp_b, readings_b, text_b = out[bare]
        _, readings_u, text_u = out[unitful]
        try:
            number = float(text_u.split(" ", 1)[0].replace(",", ""))
        except ValueError:
            continue
        if number == 0:
            continue
        value = readings_b[0][1]
        lower, upper = (value, number) if cmp_b in _LOWER_CMPS else (number, value)
        if not (0 < lower < upper <= 10 * lower):
            # "faster than 1.1 GHz but slower than 1300": 1,300 GHz, or an empty range, is no reading of
            # what was meant (MHz); the unit is shared only between bounds of one order that rise (red team 30)
            raise refuse(
                f"'{text_b}' takes the unit of '{text_u}' only as a near bound above the lower one: say its unit"
            )
        out[bare] = (
            cmp_b,
            tuple((d, v * value / number) for d, v in readings_u),
            f"{text_b} {text_u.split(' ', 1)[1]}",
        )
    return out


def _share_units(qs: list, positions: list[int] | None = None, counted: set[int] | None = None) -> list:
    """ "between 100 and 200 MB", "100-200 MB": a bare number before a number with a unit takes
    that unit (and, with no comparison word, the pair is a range: only when the two numbers stand
    side by side and rise, so "128 or 256 MB" and "1.2.3 GHz" are not ranges). ``counted``: bare
    numbers that count something else ("24 200 Gb/s ports"), never a range's end."""
    out = list(qs)
    for i in range(len(out) - 1):
        if counted and i in counted:
            continue
        cmp_, readings, text = out[i]
        cmp2, readings2, text2 = out[i + 1]
        bare = " " not in text and all(d == "count" for d, _ in readings)
        if not bare or " " not in text2 or cmp2 not in (cmp_, None) or cmp_ not in ("between", None):
            continue
        try:
            number2 = float(text2.split(" ", 1)[0].replace(",", ""))
        except ValueError:
            continue
        if number2 == 0:
            continue
        value = readings[0][1]  # the bare number's value ("100", or "nine" written as a word)
        side_by_side = positions is not None and len(positions) > i + 1 and positions[i + 1] == positions[i] + 1
        if cmp_ is None and not (side_by_side and value < number2):
            continue
        shared = tuple((d, v * value / number2) for d, v in readings2)
        unit = text2.split(" ", 1)[1]
        out[i] = ("between", shared, f"{text} {unit}")
        out[i + 1] = ("between", readings2, text2)
    return out


def _measure(
    st: _State,
    prop: str,
    metric: F.Metric | None,
    lo: float | None = None,
    hi: float | None = None,
    lo_inc: bool = True,
    hi_inc: bool = True,
    text: str = "",
) -> F.Measure:
    tech = on_chip = precision = unit_kind = None
    if prop in (CK + "capacity", CK + "bandwidth"):
        if (
            st.technology
            and CK + "memory" in st.measure_words
            and any(x.kind == "word" and x.role == "and" for x in st.items)
        ):
            raise refuse("'memory' and a memory technology joined by 'and': say which memory the figure is about")
        tech = st.technology[0] if len(st.technology) == 1 else None
        on_chip = st.on_chip
        if len(st.technology) > 1:
            raise refuse("I can't tell which memory technology the figure is about")
    if prop == CK + "portSpeed" and len(_links_named(st)) == 1:
        tech = _links_named(st)[0]  # "200 Gb/s Ethernet": the ports of that link, not of another
    if (
        prop == CK + "portSpeed"
        and hi is not None
        and hi != lo
        and not {CK + "portSpeed", CK + "portCount"} & set(st.measure_words)
    ):
        # "less than 1 Tb/s of Ethernet" may be the ports together (24 x 200 Gb, l.55): only each
        # port's rate is stated, so an upper limit is read only of "ports" or a "port speed"
        raise refuse(
            "a limit on a link's rate with no 'port' said may be of its ports together; the article gives each port's"
        )
    if prop == CK + "performance":
        precision = st.precision
        if st.precisions:
            names = ", ".join(sorted(st.lex.entities[p][0] for p in st.precisions))
            raise refuse(f"a range of figures in any of several formats ({names}): name the format")
        unit = text.partition(" ")[2].lower()
        unit_kind = "FLOPS" if "flop" in unit else "OPS" if "op" in unit else None
        if precision is not None and unit_kind is not None:
            floating = st.lex.entities[precision][0].upper().startswith(("FP", "BF", "TF", "CFP"))
            if floating != (unit_kind == "FLOPS"):
                raise refuse(
                    f"{text} of {st.lex.entities[precision][0]}: FLOPS are floating-point operations, "
                    "OPS integer ones; the two do not mix"
                )
    if prop == CK + "capacity" and tech is None and hi is not None:
        raise refuse(
            "'less than X of memory' in all: the article's memory lists are not exhaustive; name the "
            "memory technology ('less than 100 MB of SRAM')"
        )
    if prop == CK + "maxModelSize" and any(x.kind == "word" and one_word(x.text, exactly=True) for x in st.items):
        raise refuse(
            "the largest model of one card or chip: the article's figures mix cards, chips and "
            "systems; `chipkg describe` shows each figure's scope"
        )
    if prop == CK + "maxModelSize":  # "runs 175 billion parameter models": a maximum of at least that
        if hi is not None and lo is None:
            raise refuse("an upper limit on the largest model a chip runs says nothing about the chip")
        if lo is not None and hi == lo:
            hi = None
    counts = st.count_kind if prop == CK + "computeUnits" else None
    return F.Measure(prop, lo, lo_inc, hi, hi_inc, tech, on_chip, precision, unit_kind, counts)


def _links_named(st: _State) -> list[str]:
    """The interconnect technologies the question says a chip has ("supports Ethernet")."""
    return [
        k.values[0]
        for k in st.constraints
        if isinstance(k, F.Relation) and k.prop == CK + "interconnect" and not k.negated and len(k.values) == 1
    ]


def _describes_chips(st: _State, text: str) -> bool:
    """Whether the quantity ``text`` stands right before a word for chips ("the 1.2 GHz chips", "the
    200W chip", "128 GB HBM chips" with a memory's name between), describing them."""
    at = next((k for k, x in enumerate(st.items) if x.kind == "qty" and x.text == text), None)
    if at is None:
        return False
    for x in st.items[at + 1 : at + 3]:
        if x.kind == "term" and x.terms == (CHIP,):
            return True
        if not (x.kind == "entity" and x.entities and all(st.lex.is_a(e, CK + "MemoryTechnology") for e in x.entities)):
            break
    # "Among the chips with 128 GB of HBM, which ...", "each chip that runs at 1.2 GHz" (red team 77):
    # a word for chips, then only fillers and comparators ("with", "that runs at", "over"), then the
    # quantity, then nothing or a memory's name and the clause's end
    back = at - 1
    while back >= 0 and st.items[back].kind == "word" and st.items[back].role in ("filler", "cmp"):
        back -= 1
    if back < 0 or back == at - 1 or not (st.items[back].kind == "term" and st.items[back].terms == (CHIP,)):
        return False
    after = [x for x in st.items[at + 1 :] if not (x.kind == "word" and x.role == "filler")]
    while (
        after and after[0].kind == "entity" and all(st.lex.is_a(e, CK + "MemoryTechnology") for e in after[0].entities)
    ):
        after = after[1:]
    return (
        not after
        or after[0].kind in ("comma", "close")
        or (after[0].kind == "word" and after[0].role in ("wh", "aux", "and"))
    )


def _definite_at(items: list[Item], j: int, lex: Lexicon) -> bool:
    """Whether ``items[j]`` makes the chip said after it one chip: "the", or an organization's name
    not after "a", "an", "any" or "each" ("Nvidia's 4nm chip"; "an Nvidia chip" is any of them)."""
    if items[j].text.lower() == "the":
        return True
    return (
        items[j].kind == "entity"
        and bool(items[j].entities)
        and all(lex.is_a(e, ORG) for e in items[j].entities)
        and (j == 0 or items[j - 1].text.lower() not in ("a", "an", "any", "each", "every"))
    )


def _describing_memory_apart(st: _State, metric: F.Metric) -> F.Metric:
    """The figure asked of a chip its figures describe, without the memory the description names:
    "the memory controllers of the 144 MB SRAM chip" (red team 79) asks the chip's controllers, not
    its SRAM's (the SRAM's size describes the chip)."""
    if metric.technology is None:
        return metric
    said = [
        x
        for k, x in enumerate(st.items)
        if x.kind == "entity" and metric.technology in x.entities and not (k > 0 and st.items[k - 1].kind == "qty")
    ]
    return metric if said else metric._replace(technology=None)


def _described_chip_words(st: _State) -> str:
    """The words "the 200 W chip" of a chip said in the singular and described by its figures
    (Frame.one_name): several chips that fit, with figures that differ, are refused when answered."""
    at = next(k for k, x in enumerate(st.items) if x.kind == "qty")
    end = next((k for k in range(at, len(st.items)) if st.items[k].kind == "term" and st.items[k].terms == (CHIP,)), at)
    return "the " + " ".join(x.text for x in st.items[at : end + 1])


def _node_bound(st: _State, text: str) -> bool:
    """Whether the quantity ``text`` is said of a process node: right after a word for the node
    ("a process node of 5 nm or smaller", "a node finer than 7nm") or a preposition of place ("on
    5nm or smaller"; words.tsv filler valued ``place``), only articles, "of" and a comparator
    between. "clocked above 5 nm" (a measure word before it) is not."""
    at = next((k for k, x in enumerate(st.items) if x.kind == "qty" and x.text == text), None)
    if at is None:
        return False
    for x in reversed(st.items[:at]):
        if x.kind == "word" and (x.role == "cmp" or (x.role == "filler" and not x.value)):
            continue
        if x.kind == "term":
            return bool({CK + "processNode", CK + "featureSize"} & set(x.terms))
        return x.kind == "word" and x.role == "filler" and x.value == "place"
    return False


def _reading(
    st: _State, metric: F.Metric | None, readings: tuple[tuple[str, float], ...], text: str
) -> tuple[str, float]:
    """Which measure a quantity is about: the one its unit's dimension and the question's
    measure words agree on."""
    # the measure words the question names ("clock", "cores"); a technology alone ("SRAM") does not
    # make a wattage a memory figure
    wanted = [w for w in st.measure_words if w in MEASURES] or ([metric.prop] if metric and st.measure_words else [])
    options = []
    for dimension, value in readings:
        props = [p for p, d in MEASURE_DIMENSIONS.items() if d == dimension]
        named = [p for p in props if p in wanted]
        if named:  # a measure word of this unit's kind ("more than 20 billion transistors")
            props = named
        elif (
            dimension == "networkrate"
            and CK + "portCount" in wanted
            and (_premise_asked(st) or not {"super", "rank", "top"} & set(st.shape_words))
        ):
            props = [p for p in props if p in LINK_MEASURES]  # "how many 200 GbE ports": the ports' line rate
        elif dimension == "networkrate" and not wanted and len(_links_named(st)) == 1:
            props = [CK + "portSpeed"]  # "200 Gb/s Ethernet": the line rate of that link's ports
        elif (wanted and dimension == "count") or dimension == "networkrate":
            props = []  # a port's line rate only where the question says so ("port speed")
        elif (
            len(props) == 1
            and dimension != "count"
            and not [
                w
                for w in wanted
                # the measure a filtered ranking ranks has no number (_ranked_among)
                if w != st.ranked_by and not any(d == MEASURE_DIMENSIONS.get(w) for q in st.quantities for d, _ in q[1])
            ]
        ):
            # a unit that names its measure ("1 GHz" is a clock) while every measure word has its own
            # number ("... while drawing under 100 W"); "clocked above 50 GB" still refuses
            pass
        elif len(props) == 1 and dimension not in ("count", "length") and _describes_chips(st, text):
            # "Among the 1.2 GHz chips, which has the higher power?", "the 200W chip" (red team 77): a
            # unit that names its measure, said of the chips as a kind is, whatever the question asks
            pass
        elif dimension == "length" and _node_bound(st, text):
            # "which chip on a node of 5 nm or smaller has the most transistors": the node's size,
            # whatever the question ranks ("5 nm" had been refused as no transistor count)
            props = [CK + "featureSize"]
        elif wanted:
            props = []
        elif dimension == "datasize":
            props = [CK + "capacity"]
        elif dimension == "count":
            props = []
        elif dimension == "length":
            props = [CK + "featureSize"]
        elif dimension == "bandwidth":
            props = [CK + "bandwidth"]
        for p in props:
            options.append((p, value))
    if not options:
        if all(d == "count" for d, _ in readings):
            raise refuse(f"I can't tell what {text!r} counts (cores? transistors?)")
        raise refuse(f"{text!r} does not fit what the question asks about")
    if len({p for p, _ in options}) > 1:
        raise refuse(f"{text!r} could be several kinds of figure")
    return options[0]


#: the roles of words that ask for something other than yes or no (which, who, how many, what is, rank, top)
_ASKING = ("wh", "who", "count", "value", "rank", "top")


def yes_no_kept(frame: F.Frame, items: list[Item]) -> None:
    """A question that opens with an auxiliary and has no question word ("is TSMC the designer of
    the Groq LPU?", "does the article compare the Corsair C8 with the H100?") asks yes or no: it is
    answered yes/no or refused, never with a table (an organization, a compare report, a ranking).
    "Are there any ...", "is any chip ..." ask for the chips that are (the held-out sets' lists)."""
    if frame.ask == F.YESNO or frame.claim is not None:  # a leader claimed ("is A faster than B") is a yes/no
        return
    first = next((x for x in items if not (x.kind == "word" and x.role == "filler")), None)
    if first is None or not (first.kind == "word" and first.role == "aux"):
        return
    if any(x.kind == "word" and x.role in _ASKING for x in items):
        return
    if any(x.kind == "word" and x.role == "filler" and x.value == "imperative" for x in items):
        return
    if any(x.text and x.text.split()[0] in ("there", "any") for x in items[:3]):
        return
    raise refuse(
        "the question asks yes or no, and what it asks of the chip is not read as a yes/no: ask it as "
        "'is <chip> designed by <organization>?', or ask which (who, what) for a list"
    )


def _frame(st: _State, items: list[Item]) -> F.Frame:
    lex = st.lex
    sw = st.shape_words
    if st.negate:
        raise refuse("a negation ('not', 'without', 'except') is not attached to anything I can negate")
    if st.cmp is not None:
        raise refuse(f"a comparison ('{st.cmp_text}') is not followed by a number with its unit")
    ranking = bool({"super", "rank", "top"} & set(sw)) or st.top_n is not None
    if ranking and st.pending_prop == CK + "processNode" and st.measure_words == [CK + "featureSize"]:
        st.pending_prop = None  # "the oldest (largest feature size) process node": the node's feature size
    if ranking and st.pending_prop == CK + "processNode" and not st.measure_words:
        st.measure_words.append(CK + "featureSize")  # "the smallest process node": by feature size
        st.pending_prop = None
    if st.group_words and {"super", "top"} & set(sw) and not {"count", "rank"} & set(sw):
        _superlative_per_group(st, items)
    if st.group_words and not ranking and "count" not in sw and "compare" not in sw and len(set(st.subject_chips)) < 2:
        _order_by_unread(st, items)  # ("groq lpu vs northpole vs gaudi 3 by sram": named chips compared)
    used = {k.prop for k in st.constraints if isinstance(k, F.Relation)}
    if "count" in sw and st.group_words:
        grouped = _group_by(st, items)  # "how many chips per process node": the relation word is the group
        if grouped is not None:
            used.add(grouped)
            if st.pending_prop and "|" in st.pending_prop:
                used.update(st.pending_prop.split("|"))
    if any(d == "length" for _, r, _ in st.quantities for d, _ in r):
        used.add(CK + "processNode")  # "a node of 12 nm or larger": the node word took its number
    if st.pending_prop and set(st.pending_prop.split("|")) & used:
        st.pending_prop = None
    descriptive = {CK + "designedBy", CK + "manufacturedBy"}
    about_orgs = "who" in sw or "orgs" in sw or st.org_classes or st.orgs
    # "Which 7nm chips have a known foundry?", "SRAM chips made by a foundry": the noun of the relation's
    # own class (ENTITY_RELATIONS: a foundry of "manufactured by") beside other conditions asks for the
    # chips whose foundry the article names; dropped as a verb's "how" ("fabricated on 7nm"), it listed
    # every 7nm chip
    role = {prop: cls for cls, prop in ENTITY_RELATIONS}
    owned = [
        p
        for p in (st.pending_prop or "").split("|")
        if p in descriptive
        and any(
            x.kind == "term" and p in x.terms and role.get(p) in x.terms and _said_as_having(items, k)
            for k, x in enumerate(items)
        )
    ]
    if st.pending_prop and len(owned) == 1 and not about_orgs and (st.constraints or st.quantities or st.technology):
        st.constraints.append(F.Relation(owned[0], cls=role[owned[0]]))
        st.pending_prop = None
    asked_orgs = "who" in sw or "orgs" in sw or st.org_classes
    if st.pending_prop and not (st.subject_chips or asked_orgs) and _agent_left_open(items, st.pending_prop):
        # "hbm chips made by", "azure made by": the "by" waits for who, which the question leaves out;
        # read as a verb's "how", it was dropped and the chips listed (exit 0, session 52)
        raise refuse(f"'{lex.terms.get(st.pending_prop.split('|')[0], ('that',))[0]}' names no value")
    if st.pending_prop and (
        (set(st.pending_prop.split("|")) <= descriptive and (st.constraints or st.quantities))
        or (
            # "LPDDR-based designs", "the 7 nm designs": the noun for chips, in a question about chips
            set(st.pending_prop.split("|")) <= descriptive | {CK + "designs"}
            and not about_orgs
            and (st.constraints or st.quantities or st.technology or st.measure_words)
        )
    ):
        st.pending_prop = None  # "fabricated on a 5 nm node": the verb says how, not by whom
    ranked = _values_ranked(st)  # "which chip supports the most data formats"
    distinct = _distinct_values(st, items) if ranked is None else None
    if distinct is not None or ranked is not None:
        st.pending_prop = None
    some = _some_value(st, items)
    if some is not None:  # "deployed on a cloud platform": on some platform, whichever
        st.constraints.append(F.Relation(some, cls=_RANGES[some]))
        st.pending_prop = None
    if st.pending_prop and _stranded_placement(st, items):
        st.pending_prop = None  # "which chips does CUDA run on": the name before says what they run
    if st.pending_prop and st.pending_prop != CK + "workload" and not st.subject_chips and not st.orgs:
        if not ("who" in sw or "orgs" in sw or st.org_classes):
            raise refuse(f"'{lex.terms.get(st.pending_prop.split('|')[0], ('that',))[0]}' names no value")
        pending = set(st.pending_prop.split("|"))
        if not pending & {CK + "designedBy", CK + "manufacturedBy", CK + "designs", *ORG_RELATIONS}:
            # "which hyperscalers design their own interconnects": a property of chips with no value
            # beside organizations asked is no condition on their chips; dropped, every designer answered
            raise refuse(f"'{lex.terms.get(st.pending_prop.split('|')[0], ('that',))[0]}' names no value")
    chip_negated = getattr(st, "chip_negated", [])
    named_chips = [c for c, neg in zip(st.subject_chips, chip_negated, strict=True) if not neg]
    excluded_chips = [c for c, neg in zip(st.subject_chips, chip_negated, strict=True) if neg]
    first = next((it for it in items if not (it.kind == "word" and it.role == "filler")), None)
    asking = [i for i, it in enumerate(items) if it.kind == "word" and it.role in ("wh", "who", "value", "count")]
    if len(asking) > 1 and any(it.kind == "word" and it.role == "and" for it in items[asking[0] : asking[-1]]):
        raise refuse("that is more than one question; ask one at a time")
    # "List the chips on 4nm, and tell me who made them.": an imperative that asks for a list, then "and"
    # and a question word; read as one, the list went unanswered (red team 73)
    # the imperative first ("List the chips ..."), not a verb inside ("chips that give a process node")
    opening = next(
        (i for i, it in enumerate(items) if not (it.kind == "word" and it.role == "filler" and not it.value)), None
    )
    listing = (
        opening
        if opening is not None
        and items[opening].kind == "word"
        and items[opening].value == "imperative"
        and items[opening].text.lower() in ("list", "name", "show", "give")
        else None
    )
    questioned = [i for i in asking if items[i].role in ("wh", "who")]  # "and the count": refused as a count beside
    if (
        listing is not None
        and questioned
        and questioned[-1] > listing
        and any(it.kind == "word" and it.role == "and" for it in items[listing : questioned[-1]])
    ):
        raise refuse("that is more than one question; ask one at a time")
    no_wh = not ({"who", "count", "value", "super", "rank", "top", "compare"} & set(sw)) and not any(
        it.kind == "word" and it.role == "wh" for it in items
    )
    yes_no = (
        no_wh
        and first is not None
        and (
            (first.kind == "word" and first.role == "aux")
            or _aux_after_names(st.as_said, st.lex)  # "the Groq LPU and NorthPole, do they use SRAM?"
            # terse: "maia 100 7nm?", "groq lpu on 7nm?"; "grayskull hbm?": a name of several chips
            # (a product line) is asked of each, as "does Grayskull use HBM" is
            or (
                (getattr(st, "question_mark", False) or _holds_said_of_name(items))
                and not st.chip_words
                and (len(named_chips) == 1 or (st.family and _one_name_said(items, named_chips)))
                and (st.constraints or st.kinds or st.quantities or st.technology)
            )
        )
    )
    # "what's the int8 number for the cloud ai 100": "what" with no chip noun, of one chip, asks its figure
    what_of_one = (
        first is not None
        and first.kind == "word"
        and first.role == "wh"
        and first.text.lower().startswith("what")
        and not st.chip_words
        and not st.kinds
        and len(named_chips) == 1
    )
    metric_from_format(st, named_chips, what_of_one)  # may turn a format into the precision of a figure
    if (
        named_chips
        and any(isinstance(k, F.Profiled) for k in st.constraints)
        and not (first is not None and first.kind == "word" and first.role == "aux")
    ):
        raise refuse("the baseline of a chip: ask for its comparisons ('comparisons for MTIA v2')")
    wh_first = next((i for i, x in enumerate(items) if x.kind == "word" and x.role == "wh"), None)
    if (
        wh_first is not None
        and wh_first + 1 < len(items)
        and items[wh_first + 1].kind == "term"
        and CHIP in items[wh_first + 1].terms
        and named_chips
        and st.pending_prop in RELATIONS
        and _RANGES.get(st.pending_prop) != CHIP  # "what chip is the Adreno 750 part of": the chip it is in
    ):
        raise refuse(
            "chips that share a chip's property ('on the Groq LPU's node'): ask for the property "
            "first, then for the chips"
        )
    if (
        any(it.kind == "word" and it.text in ("what", "what's") for it in items)
        and st.orgs
        and not st.org_props
        and not st.constraints[1:]
        and not st.chip_words
        and not st.kinds
        and all(isinstance(k, F.Relation) and k.prop == CK + "memberOf" for k in st.constraints)
        and st.constraints
    ):
        raise refuse("what an organization does is not in the graph; ask who its members are")
    metric = _metric(st)
    if st.technology_per:
        if metric is None or metric.technology is None:
            raise refuse("the question names more than one memory technology for one figure")
        metric = metric._replace(technology_per=st.technology_per)
    stuck = next((x for x in map(lambda c: _stuck_to_name(st.as_said, c, st), named_chips) if x is not None), None)
    if stuck is not None and (metric is None or metric.prop not in MAXIMA):
        # "m4 max transistors", "m4 max vs blackwell transistors": the word right after the name
        # makes another product's name ("M4 Max"), which the article does not give; read as the
        # chip's own maximum it answered the Apple M4's figure for the M4 Max. A measure that is a
        # maximum itself keeps it ("trillium max tpus per pod", "blackwell max model parameters")
        name_said, label = stuck
        raise refuse(
            f"'{name_said}' may name a chip the article does not give (it names {label}); for {label}'s own "
            "figure put the word after a possessive ('the <chip>'s max ...') or leave it out"
        )
    format_named = any(x.kind == "entity" and any(lex.is_a(e, FORMAT) for e in x.entities) for x in items)
    if (
        st.precision_said
        and not format_named  # "does NorthPole run at 4-bit precision": the word restates the format
        and not st.quantities  # "what precision is the groq lpu's 1 petaops": of that figure
        and (metric is None or metric.prop not in (CK + "performance", CK + "supportsFormat"))
    ):
        # "amazon trainium2 precision?": a precision is a performance figure's; with none asked
        # the word was dropped and the rest read as the yes/no "designed by Amazon" (true)
        raise refuse(
            f"'{st.precision_said}' is given of performance figures: ask for the chip's performance, "
            "or which formats it supports"
        )
    constraints = list(st.constraints) + [F.Measure(p) for p in st.has_measures]
    for cls, negated in st.kinds:
        part = _part_of_kind(st, named_chips, cls) if not negated and metric is not None else None
        if part is not None:  # "the CPU clock of the M4": the figure of its CPU, not a kind of chip
            st.component = part
            continue
        if negated and st.lex.is_kind(cls, ORG) and _kind_denied_with_not(st.items):
            raise refuse(_ORG_KIND_DENIED)
        constraints.append(F.Kind(cls, negated))
    if excluded_chips:
        constraints.append(F.Identity(tuple(excluded_chips), negated=True))
    starts_with_aux = first is not None and first.kind == "word" and first.role == "aux"
    vendor_for_chip = (
        len(st.orgs) == 1 and not st.org_classes and len(constraints) + len(st.technology) + len(st.quantities) >= 2
    )
    # "are there chips on 3nm?", "do any of the megacap players use HBM?": answered by the chips that do
    existential = any(it.text.split()[0] in ("there", "any", "anything") for it in items[:3] if it.text)
    simple_vendor = vendor_for_chip and not st.kinds and (not st.chip_words or st.singular_chip)
    all_of = next((x.text for x in items if x.kind == "word" and x.text in _ALL_OF), None)
    if starts_with_aux and no_wh and not named_chips and simple_vendor and all_of:
        # "does every Intel chip use 5nm?": true of the one Intel chip in the graph is no answer of
        # every chip Intel makes (read as "the chip of Intel" it said true)
        raise refuse(
            f"'{all_of}' asks of every chip the organization makes, and the article's lists of chips are "
            "not exhaustive; ask which of its chips fit ('which Intel chips use 5nm?')"
        )
    if starts_with_aux and no_wh and not named_chips and not existential and not simple_vendor:
        raise refuse(
            "yes/no questions are about one chip named in the question; for several chips or for "
            "organizations ask which ones ('which 7nm chips support FP16?')"
        )
    if ((("orgs" in sw or st.org_classes) and st.first_class == "org") or ("who" in sw and st.org_props)) and (
        {"super", "rank", "top"} & set(sw)
    ):
        return _org_of_top(st, named_chips, constraints, metric, items)
    if (
        st.pending_prop in ORG_RELATIONS
        and len(st.orgs) == 1
        and not named_chips
        and all(isinstance(k, F.Relation) and k.values == (st.orgs[0][0],) for k in constraints)
    ):
        if st.org_classes:  # "which company acquired a chip designer": a class as the other side
            raise refuse("an organization related to a kind of organization: name the organization")
        if st.orgs[0][1]:  # "who does the article say not Microsoft is teamed up with": not read here
            raise refuse("a negation ('not', 'without', 'except') is not attached to anything I can negate")
        # "who is AMD a member of", "who is a member of Google": the word order says which side the
        # organization named is on (:func:`_org_relation`), not whether its class fits the relation
        return F.Frame(F.ORGS, (_org_relation(st, F.Relation(st.pending_prop, (st.orgs[0][0],))),))
    if st.pending_prop in ORG_RELATIONS and st.org_classes and not st.orgs:
        raise refuse("an organization related to a kind of organization: name the organization")
    org_question = (
        "who" in sw
        or "orgs" in sw
        or bool(st.org_classes)
        or any(isinstance(k, F.Relation) and k.prop in ORG_RELATIONS for k in constraints)
    ) and not ("super" in sw or "rank" in sw or "top" in sw)
    figure_head = "who" not in sw and _asks_for_figure(items, st.lex)
    if org_question and figure_head:
        # "what HBM capacity does the vendor quote for Gaudi 3": the head is a figure, not a vendor;
        # "which node does the foundry use for X": a property of the chip
        org_question = False
    if org_question and named_chips and not st.quantities:
        # "who designs the Groq LPU", "which foundry makes Trainium2": a fact of the chip
        links = [p for prop, _ in st.org_props for p in prop.split("|") if p in RELATIONS]
        verb = next((x for x in items if x.kind == "word" and x.role == "filler" and x.value == "holds"), None)
        if "who" in sw and not st.org_props and not st.org_classes:
            _relation_unsaid(items)
        if "who" in sw and not st.org_classes and not set(links) & {CK + "designedBy", CK + "manufacturedBy"}:
            other = next(
                (
                    x
                    for x in items
                    if x.kind == "term"
                    and x.terms
                    and x.text.lower().endswith(" for")  # "made for", "designed for": whom or what it serves
                    and all(t in RELATIONS and t not in (CK + "designedBy", CK + "manufacturedBy") for t in x.terms)
                ),
                None,
            )
            if other is not None:
                # "Who is the M4 made for?", "who is Trainium2 designed for": a relation of the chip whose
                # values are no organizations (its workloads); read as its designer (red team 121)
                raise refuse(f"'who' asks for an organization, and '{other.text}' names none; ask what it is")
        if not links and verb is not None:
            # "who uses the Maia 100", "which hyperscaler uses the Groq LPU": the article names who
            # designs and who makes a chip, not who uses it ("who builds" stays the designer)
            raise refuse(f"'{verb.text}' names no relation the article gives; ask who designs (or fabricates) it")
        # "which foundry designed the M4": a verb of design alone says design, whatever the class
        designed = any(set(prop.split("|")) <= {CK + "designedBy", CK + "designs"} for prop, _ in st.org_props)
        # "the manufacturer of the Groq LPU": a word for either maker (ontology: a label of both kinds and
        # both relations) says no kind, as "who makes" does: both answered, each labelled
        either = set(st.org_classes) == _MAKER_KINDS
        foundry = CK + "Foundry" in st.org_classes and not either
        if foundry and CK + "manufacturedBy" not in links:
            links.insert(0, CK + "manufacturedBy")
        link = (
            CK + "manufacturedBy"
            if CK + "manufacturedBy" in links and not designed and (foundry or CK + "designedBy" not in links)
            else CK + "designedBy"
        )
        others = [k for k in constraints if not isinstance(k, F.Identity)]
        in_role = _role_yes_no(st, named_chips, others, links, designed) if starts_with_aux and no_wh else None
        if in_role is not None:
            return in_role
        if "count" in sw:
            return _makers_counted(st, named_chips, link, links, others, metric)
        if not others and not st.technology and metric is None:
            classed = _classed_maker(st, named_chips, link, starts_with_aux and no_wh)
            if classed is not None:
                return classed
            kind_said = _MAKER_KINDS & set(st.org_classes)
            also = () if kind_said and not either else _maker_also([link, *links], named_chips)
            return F.Frame(F.VALUE, (), subjects=tuple(named_chips), metric=F.Metric(link), also=also)
    if org_question and (st.chip_words or st.kinds) and "who" not in sw and st.first_class != "org":
        # "which chips come from hyperscalers": organizations qualify the chips
        org_question = False
    if org_question and named_chips and st.technology and not st.quantities and "who" in sw:
        # "who makes the Gaudi 3's HBM": the maker of a part the article names no maker of, not
        # the chip's designer
        raise refuse("the article names no maker of a chip's memory or other technology, only of chips")
    if org_question and _technology_made(st, named_chips, constraints, metric, items):
        # "who makes HBM", "which companies make PCIe", "who makes the memory for Trillium": the
        # maker of a technology (or of a chip's memory), not the designers of the chips that use it
        raise refuse(
            "ask reads makers (designers, foundries) of chips only, not of a memory, a process node, a system or "
            "other technology; `chipkg describe` shows what the article states about it"
        )
    if (
        org_question
        and not (st.chip_words or st.kinds or named_chips)
        and any(isinstance(k, F.Relation) and k.prop == CK + "relatedSystem" for k in constraints)
    ):
        # "which company is behind the Gemini models", "who drives Azure": an organization said of a
        # system with no chip between asks who made or runs the system (Google DeepMind made Gemini),
        # not who designs the chips used for it (read so, Google was answered, exit 0)
        raise refuse(
            "an organization said of a system asks who made or runs it, which ask does not read; ask whose "
            "chips are used for it ('whose chips are behind Gemini')"
        )
    if org_question and st.orgs and not named_chips and not st.org_props:
        _relation_unsaid(items, st.lex)  # "who runs TSMC", "which company is TSMC"
    if org_question:
        return _org_frame(st, named_chips, constraints, metric, items)
    if any(isinstance(k, F.Relation) and k.prop in ORG_RELATIONS for k in constraints):
        raise refuse("chips of the members (or acquisitions) of an organization: ask for those organizations first")
    if len(set(st.org_classes)) > 1 or (st.org_classes and getattr(st, "negate_org_class", False)):
        raise refuse(
            "one kind of organization at a time, and not its negation (the article's lists of "
            "designers are not typed exhaustively)"
        )
    for cls in st.org_classes:  # "chips from hyperscalers"
        prop = CK + "manufacturedBy" if cls == CK + "Foundry" else CK + "designedBy"
        constraints.append(F.Relation(prop, cls=cls))
    if ranked is not None:
        return F.Frame(F.COUNT, tuple(constraints), distinct=ranked, per_chip=True, top_groups=True)

    wants_top = ("super" in sw or "top" in sw) and st.top_n is None
    wants_rank = "rank" in sw or st.top_n is not None
    if wants_top and "top" not in sw and _plural_figures(items, lex):
        wants_top, wants_rank = False, True  # "the largest model sizes": each chip's, largest first
    if (
        wants_top
        and "rank" in sw
        and "top" not in sw
        and _orders(items, first, plural=bool(st.chip_words) and not st.singular_chip)
    ):
        wants_top = False  # "order the lowest power chips, lowest first": the superlative is the direction
    if wants_top and "top" in sw and _top_of_several(items):
        wants_top, wants_rank = False, True  # "the top chips for INT8 TOPS", "the order from the top"
    if (
        "count" in sw
        and named_chips
        and metric is not None
        and metric.prop in MEASURES
        and not st.quantities
        and not wants_rank
    ):
        if _chips_right_after_count(items, st.lex) and MEASURE_DIMENSIONS.get(metric.prop) != "count":
            # "how many chips have a power figure, counting a per-card value (Cloud AI 100 Ultra) ...":
            # read as "how many W does the AI 100 Ultra have", it answered the named chips' figures (set
            # 52); a count of chips is no figure in watts. A measure that counts ("how many chips can
            # Trainium2 scale to", its scale-out) is the chip's figure, as before
            raise refuse(
                "'how many chips' counts chips, and the question names chips besides: ask how many chips have "
                "it, or which of the named ones do"
            )
        return _value_frame(st, named_chips, metric, constraints)  # "how many cores does X have"
    if named_chips and metric is not None and metric.prop in MEASURES and _premise_asked(st) and not wants_rank:
        # "the die-to-die bandwidth of the 2-die Blackwell", "how many 200 GbE ports does Gaudi 3 have":
        # numbers of other measures are said of the chip, and checked when answered
        premises = _measure_constraints(st, metric, False)
        if premises and all(isinstance(k, F.Measure) and k.prop != metric.prop for k in premises):
            return _value_frame(st, named_chips, metric, constraints + premises)
    aux_first = first is not None and first.kind == "word" and first.role == "aux"
    # "anything from Tenstorrent under 100 W?", "any chip from Groq with SRAM?": a word for the chips
    # that opens the question asks which of them fit, as "which" does
    chips_first = existential and first is not None and first.kind == "term" and CHIP in first.terms
    # "does any AMD chip use HBM?", "is there an Nvidia chip on 4nm?", "is there anything from AMD
    # with HBM?": an indefinite chip of the vendor, true if one of its chips fits (was refused, "AMD
    # has 3 chips"); "the Groq chip" is the vendor's one chip
    determiner = _chip_determiner(items)
    if determiner is None:  # "is there anything from AMD with HBM?": no word for the chip to look at
        some_vendor_chip = existential and not any(
            x.kind == "word" and (x.text.lower() in _DEFINITE or x.text.endswith("'s")) for x in items
        )
    else:  # "does Qualcomm have a chip on 4nm?" as "is there a Qualcomm chip ..."; "the Groq chip" is its one
        some_vendor_chip = (existential or determiner in ARTICLES - {"the"}) and not (
            determiner in _DEFINITE or determiner.endswith("'s")
        )
    if first is not None and first.kind == "word" and first.role == "neg" and "'" in first.text:
        raise refuse("a negated yes/no question ('isn't it ...?'): ask it without the negation")
    if (
        no_wh
        and not named_chips
        and (getattr(st, "question_mark", False) or aux_first)
        and (not st.chip_words or st.singular_chip)
        and not st.kinds
        and vendor_for_chip
        and not chips_first
    ):
        # "groq fp8 support?", "does Cerebras use HBM?": the vendor's chip, when it has just one
        org = st.orgs[0][0]
        if any(isinstance(k, F.Relation) and k.values == (org,) and k.negated for k in constraints):
            # "Other than Apple, is any chip on 3nm?": the organization set aside is not the chip asked about
            label = st.lex.entities[org][0]
            raise refuse(
                f"a yes/no that sets {label} aside asks about every other chip: ask which chips other than "
                f"{label}'s fit (the article's lists are not exhaustive)"
            )
        rest = [k for k in constraints if not (isinstance(k, F.Relation) and k.values == (org,) and not k.negated)]
        designer = all(k.prop == CK + "designedBy" for k in constraints if k not in rest)
        # "is there any chip made by TSMC on 7nm": a foundry's chips are not its own; the vendor's
        # chip is its designer's (it said "TSMC has 0 chips")
        if len(rest) == len(constraints) - 1 and designer:
            if some_vendor_chip and any(
                isinstance(k, F.Relation) and k.prop in st.and_joined and len(k.values) > 1 for k in rest
            ):
                raise refuse("a chip has one value of that, so 'and' asks for two chips: ask for each value in turn")
            return F.Frame(
                F.YESNO,
                tuple(rest + _memory_and_measures(st, metric)),
                subjects=(),
                org_class=org,
                some_of=some_vendor_chip,
            )
    if (
        yes_no
        and not starts_with_aux
        and metric is not None
        and st.measure_words
        and not _measure_constraints(st, metric, False)
    ):
        yes_no = False  # "nvidia blackwell transistors?": a terse question for the figure, not yes/no
    if yes_no and named_chips:
        if len(named_chips) > 1 and len(set(named_chips)) == 1 and not constraints and metric is None:
            # "is the CS-3 a wafer scale engine?": another name of the same chip, said of it
            if not st.kinds and not st.technology and not st.quantities and not st.has_measures:
                return F.Frame(F.YESNO, (F.Identity(tuple(named_chips[:1])),), subjects=tuple(named_chips[:1]))
        # a product line ("does Grayskull use HBM") is asked of each, and so are several chips named
        # ("do the Groq LPU and NorthPole use SRAM?": yes only if yes for each, no only if no for each),
        # unless the question compares them
        if len(set(named_chips)) > 1 and not st.family and {"super", "rank", "top", "compare", "direction"} & set(sw):
            raise refuse("a yes/no question about several chips at once; ask about one")
        measures = _measure_constraints(st, metric, False)
        if not constraints and not measures and metric is None and not st.technology:
            raise refuse("the question asks nothing about the chip")
        if st.technology and not measures and metric is not None:
            measures = [F.Memory(st.technology[0], st.on_chip)] if len(st.technology) == 1 else []
        elif st.technology and not measures:
            measures = _memories(st)
        elif st.technology and not any(
            isinstance(m, F.Measure)
            and (m.technology is not None or m.prop in (CK + "capacity", CK + "bandwidth") or _in_memory(m.prop))
            for m in measures
        ):
            # "Does the MTIA v2 use HBM and run at 1.35 GHz?" (found with red team 111: "true", HBM
            # dropped): a memory beside a figure no memory has (a clock) is a condition of its own
            measures = [*measures, *_memories(st)]
        elif (
            metric is not None
            and metric.prop == CK + "claim"
            and not measures
            and not constraints
            and len(named_chips) == 1
        ):
            # "does the Corsair C8 outperform the H100 on generative AI?": its claims against that chip
            return F.Frame(F.YESNO, (), subjects=tuple(named_chips), metric=metric)
        elif metric is not None and not measures:
            raise refuse("a yes/no question about a figure needs a value to compare it with")
        return F.Frame(F.YESNO, tuple(constraints + measures), subjects=tuple(named_chips))
    if (
        starts_with_aux
        and wants_top
        and not wants_rank
        and "top" not in sw
        and len(set(named_chips)) == 1
        and metric is not None
        and metric.prop in MEASURES
        and st.quantities
        and not any(x.kind == "word" and x.role in ("wh", "who", "count", "value") for x in items)
        and _own_superlative(items, named_chips[0], st)
    ):
        if sw.get("direction") == "asc":  # "is the Groq LPU's lowest clock above 1 GHz"
            least = next((x.text for x in items if x.kind == "word" and x.role == "super"), "least")
            raise refuse(
                f"'{least}' asks for the least value a figure takes, which the article gives of no chip: ask for "
                f"the chip's {st.lex.terms.get(metric.prop, ('figure',))[0]}"
            )
        # "Is the M4's maximum clock above 3 GHz?": the chip's own maximum against the number, a
        # yes/no; not the chip with the most clock among those above 3 GHz (it answered a table)
        measures = _measure_constraints(st, metric, False)
        if not measures:
            raise refuse("a yes/no question about a figure needs a value to compare it with")
        return F.Frame(F.YESNO, tuple(constraints + measures), subjects=tuple(named_chips[:1]), most=True)
    if (wants_top or (wants_rank and st.top_n is not None)) and _leader_asked(items, named_chips, st):
        # "is the e150 the lowest power data center chip?", "does the Groq LPU have the most SRAM?",
        # "is it in the top 3 by SRAM?": the top of the field the rest of the question defines, and
        # whether the chip is in it; never the most of the one chip named
        if metric is None:
            raise refuse(
                "the question does not say by which figure to compare (transistors, cores, memory, clock, power ...)"
            )
        if len(named_chips) > 1:
            # "is the Grayskull e75 the lowest power Grayskull?": the line's name, read as the chip named
            # again, left every chip in the field (the M2000's 4 W on top: false); chips named beside
            # the one checked are never its field here
            raise refuse("whether a chip leads among chips named: ask which of them has the most (or the least)")
        return _ranking_frame(st, [], constraints, metric, wants_top)._replace(claim=named_chips[0])
    said = _asked_superlative(items, named_chips, st) if wants_top or wants_rank else None
    if said is not None and not (
        said > 0 and (items[said - 1].text.lower() in ("a", "an") or items[said - 1].value == "pronoun")
    ):
        # "does the Groq LPU rank highest by SRAM?", "is it number one in SRAM?": a yes/no whether it
        # leads, said in a way not read as one; never answered with the chip's own figure ("does the
        # e150 have a maximum power", "its max power": a kind of figure, asked of the chip)
        raise refuse("whether a chip leads: ask 'is <chip> the chip with the most <measure>?'")
    if (
        wants_rank
        and not wants_top
        and st.top_n is None
        and len(set(named_chips)) == 1
        and metric is not None
        and not st.quantities
    ):
        # "what rank is Gaudi 3 in HBM": a ranking of the one chip named would put it first
        raise refuse("a ranking of one chip; rank the chips, or ask whether it has the most ('is Gaudi 3 the ...')")
    if (
        wants_top
        and len(named_chips) == 1
        and metric is not None
        and not st.quantities
        and not constraints
        and sw.get("direction") == "asc"
    ):
        raise refuse("the least of one chip's figure: the article gives the figure, not its range")
    counted_kinds = (
        metric is not None and metric.prop == CK + "scaleOut" and all(isinstance(k, F.Kind) for k in constraints)
    )
    if (
        wants_top
        and len(named_chips) == 1
        and metric is not None
        and not st.quantities
        and (not constraints or counted_kinds)
    ):
        # "the most model size of Cerebras CS-3", "trillium max tpus per pod": its figure, the
        # superlative the figure's own (its upper bound); a typical figure is no maximum
        if _asks_which_chip(items, lex):
            # "which chip has the most SRAM behind the Corsair": a chip is asked for, the one named
            # is a word of the question's that was not read ("behind", "after"), never the answer
            raise refuse(
                f"the question asks which chip has the most, and names {lex.entities[named_chips[0]][0]} "
                "in a way not read (a runner-up, a relation); ask for the chip with the most, or a ranking"
            )
        frame = _value_frame(st, named_chips, metric, constraints)
        # a measure that is a maximum itself ("max model size", "max TPUs per pod") asks its figure
        return frame._replace(most=metric.prop not in MAXIMA)
    if wants_top or wants_rank:
        return _ranking_frame(st, named_chips, constraints, metric, wants_top)
    counted = _values_counted(st, items, named_chips, excluded_chips, constraints, metric)
    if counted is not None:  # "how many data types does Trainium2 support?": its values, counted
        return F.Frame(F.COUNT, (), subjects=tuple(named_chips[:1]), distinct=counted)
    if "count" in sw and (named_chips or (st.pending_prop in RELATIONS and st.orgs)):
        if len(named_chips) > 1:  # "how many Tensix cores do the two Grayskulls have combined?"
            raise refuse(
                f"'{sw['count']}' about {len(named_chips)} chips named: ask for each chip's figure "
                "(how many cores does each have?); ask does not add figures up"
            )
        raise refuse(
            "'how many' about one chip: ask which ones (which formats does it support?) or for "
            "its figure (how many cores does it have?)"
        )
    if "count" in sw and metric is not None and metric.prop == CK + "computeUnits" and _per_unit_kind(st, items):
        # "how many RISC-V processors does each Tensix core contain": a figure of the kind of unit,
        # shown for each chip whose units are of that kind
        return _value_frame(st, [], metric, constraints)
    if (
        "count" in sw
        and metric is not None
        and metric.prop in _FIGURE_COUNTED_MEASURES
        and all(_describes_chips(st, text) for _, _, text in st.quantities)
        and not _chips_with_a_figure_counted(items, lex)
    ):
        # "How many transistors does the chip that supports Copilot have?": "the chip", one chip the
        # conditions describe, asks its figure as "what is the transistor count of the chip ..." does
        # (the chips the conditions name are found when answered; several are refused there)
        # "the chip", "the liquid-cooled chip", "the TSMC 3nm chip" (red team 76): "the" and names or
        # words of what the chip is, then "chip"
        the_chip = any(
            x.kind == "term"
            and (
                (x.terms == (CHIP,) and x.text.lower() == "chip")
                # "the liquid-cooled chip", "the analog chip": a kind of chip, one
                or (
                    bool(x.terms)
                    and all(lex.is_kind(t, CHIP) or lex.is_kind(t, CK + "Processor") for t in x.terms)
                    and tokens(x.text)[-1] == "chip"
                )
            )
            and (described := next((j for j in range(k - 1, max(k - 4, -1), -1) if _definite_at(items, j, lex)), None))
            is not None
            and all(
                y.kind == "entity"
                or (y.kind == "term" and not set(y.terms) & set(MEASURES))
                # "the 200 W chip" (red team 77): figures that describe it
                or (y.kind == "qty" and _describes_chips(st, y.text))
                for y in items[described + 1 : k]
            )
            for k, x in enumerate(items)
        )
        if st.quantities and the_chip and not named_chips:
            constraints += _memory_and_measures(st, metric)
            frame = _value_frame(st, [], _describing_memory_apart(st, metric), constraints)
            return frame._replace(one_name=_described_chip_words(st))
        if the_chip and constraints and not named_chips:
            return _value_frame(st, [], metric, constraints)
        raise refuse(
            f"'how many' {lex.terms.get(metric.prop, ('figures', False))[0]} of several chips: ask for each "
            "chip's figure, or rank them"
        )
    if "count" in sw:
        _counts_chips(items, distinct)
        left = set((st.pending_prop or "").split("|")) & set(RELATIONS)
        if left and not any(isinstance(k, F.Relation) and k.prop in left for k in constraints):
            # "how many startup chips have a process node": the relation word, given no value, is a
            # condition the count would drop (it counted every startup chip); refused, as a list is
            raise refuse(
                f"'{lex.terms.get(sorted(left)[0], ('that',))[0]}' names no value: name one "
                "('how many startup chips are on 7nm'), or ask which chips have one"
            )
        constraints += _memory_and_measures(st, metric)
        if named_chips:
            constraints.append(F.Identity(tuple(named_chips)))
        group = _group_by(st, items)
        if group is not None and distinct is not None:
            raise refuse("a count of distinct values is not asked per group; ask it of one group at a time")
        return F.Frame(F.COUNT, tuple(constraints), group_by=group, distinct=distinct)
    if sw.get("compare") == "top" and len(named_chips) >= 2 and metric is not None and not st.quantities:
        # "groq lpu vs northpole sram": which of the named chips has more of the measure; three or
        # more set side by side ("A vs B vs C by sram") are each asked for: all of them, ranked
        return _ranking_frame(st, named_chips, constraints, metric, len(set(named_chips)) < 3)
    if "compare" in sw and starts_with_aux and not any(x.kind == "word" and x.role in _ASKING for x in items):
        # "does the article compare the Corsair C8 with the H100?", "does the Corsair C8 compare against
        # the H100?": whether it does, a yes/no over the comparison claims (answered with the
        # side-by-side report, exit 0, where a yes/no was asked); anything else said of the two refused
        if len(set(named_chips)) != 2 or metric is not None or st.quantities or constraints or st.technology:
            raise refuse("a yes/no whether the article compares two chips: name the two chips and nothing else")
        first_chip, second_chip = dict.fromkeys(named_chips)
        return F.Frame(
            F.YESNO,
            (),
            subjects=(first_chip,),
            metric=F.Metric(CK + "claim", baseline=second_chip),
            compared=True,
        )
    if "compare" in sw and len(set(named_chips)) >= 2 and metric is None and not st.quantities:
        # two names of one chip ("what chip does d-Matrix compare its Corsair against?", set 58) are no
        # pair: the chip was set beside itself, exit 0
        return F.Frame(F.COMPARE, tuple(constraints), subjects=tuple(dict.fromkeys(named_chips)))
    if "compare" in sw and len(set(named_chips)) >= 2 and metric is not None and not st.quantities and not constraints:
        # "compare the transistor counts of the M4 and the Maia 100", "how do Gaudi 3 and Trillium
        # compare in HBM capacity": each chip's figure, as "the transistor counts of A and B" asks
        return _value_frame(st, named_chips, metric, constraints)
    if (
        "compare" in sw
        and sw.get("compare") != "top"
        and not named_chips
        and metric is not None
        and metric.prop in MEASURES
        and not st.quantities
        and st.chip_words
        and not st.singular_chip
    ):
        # "how do the chips stack up on INT8 ops?", "how do the 7nm chips compare on power?": the chips
        # that fit, each with its figure, set side by side as a ranking (highest first) sets them
        return _ranking_frame(st, [], constraints, metric, False)
    if "compare" in sw:
        raise refuse(
            "a comparison needs two or more chips named and nothing else; or ask for the comparisons report of one chip"
        )
    if named_chips and not st.quantities and (metric is not None or _asks_relation(st)):
        frame = _value_frame(st, named_chips, metric, constraints)
        if figure_head and frame.metric is not None and frame.metric.prop in (CK + "designedBy", CK + "manufacturedBy"):
            # "what precision does the vendor list for X": the vendor word is not what is asked for
            raise refuse(
                "the question asks for something of the chip I can't give; the organization word in it "
                "is not what it asks for"
            )
        return frame
    what = any(
        it.kind == "word"
        and it.role in ("wh", "value")
        and (it.text in ("what", "what's", "how much", "how big") or it.value == "speed")
        for it in items
    )
    which = chips_first or any(it.kind == "word" and it.role == "wh" and it.text == "which" for it in items)
    # "Show the power for each 7nm chip", "For every chip, give the power" (red teams 78, 80): an
    # imperative that shows a figure of each chip asks for their figures, as "what is the power of
    # each" does (it listed the chips alone, without the figure)
    shown_each = any(
        x.kind == "word" and x.value == "imperative" and x.text.lower() in ("show", "give", "list", "display", "tell")
        for x in items
    ) and any(
        x.kind == "word" and x.role == "group" and x.text.lower() in ("each", "for each", "every", "for every")
        for x in items
    )
    vendor_only = any(isinstance(k, F.Relation) and k.prop == CK + "designedBy" for k in constraints) and all(
        (isinstance(k, F.Relation) and k.prop == CK + "designedBy") or isinstance(k, F.Kind) for k in constraints
    )
    if (
        st.singular_chip
        and constraints
        and not named_chips
        and not st.quantities
        and (what or "value" in sw)
        and not which
        and not ({"super", "rank", "top", "count"} & set(sw))
    ):
        vendor_only = True  # "Meta's 7nm chip", "Qualcomm's GPU": the one chip they name
    if (
        no_wh
        and not starts_with_aux
        and (st.measure_words or st.technology)
        and metric is not None
        and not st.chip_words
        and constraints
        and any(isinstance(k, F.Relation) and k.prop == CK + "designedBy" for k in constraints)
        and all(isinstance(k, (F.Relation, F.Kind)) and not k.negated for k in constraints)
    ):
        vendor_only = True  # terse "mythic amp tiles": the figure of the vendor's chip the words name
    one_chip = (not st.chip_words and not st.plural_kind) or "value" in sw or st.singular_chip
    if (
        not named_chips
        and not st.quantities
        and one_chip
        and metric is not None
        and (st.measure_words or "value" in sw or st.technology)
        and vendor_only
        and not (which and st.technology and not st.measure_words and "value" not in sw)
    ):
        # "groq sram size", "what's the Groq chip clocked at?": the chips the rest names ("which AMD
        # chip has HBM" asks which of them has it, not its size)
        if st.pending_prop and set(st.pending_prop.split("|")) & set(RELATIONS):
            # "qualcomm sram formats": a relation word with no value asks for a second thing
            raise refuse(
                f"the question asks for two things of the chips: their {lex.terms.get(metric.prop, ('?',))[0]} "
                f"and their {lex.terms.get(st.pending_prop.split('|')[0], ('?',))[0]}; ask one at a time"
            )
        return F.Frame(F.VALUE, tuple(constraints), metric=metric, one_name=_one_name_of_several(st, []))
    if (
        st.singular_chip
        and st.quantities
        and not named_chips
        and metric is not None
        and all(_describes_chips(st, text) for _, _, text in st.quantities)
        and (what or "value" in sw)
        and not which
        and not ({"super", "rank", "top", "count"} & set(sw))
    ):
        # "What's the clock speed of the 200 W chip?" (session 46): the one chip its figures describe,
        # asked its figure; read as "the chips at 200 W", the power was answered for the clock asked
        constraints += _memory_and_measures(st, metric)
        metric = _describing_memory_apart(st, metric)
        return F.Frame(F.VALUE, tuple(constraints), metric=metric, one_name=_described_chip_words(st))
    asked = st.pending_prop if st.pending_prop in RELATIONS else None
    if (
        not named_chips
        and not st.quantities
        and metric is None
        and asked
        and vendor_only
        and (what or which)
        and (not st.chip_words or st.singular_chip)
    ):
        # "what node is the Mythic thing built on?": a fact of the vendor's chip
        return F.Frame(F.VALUE, tuple(constraints), metric=F.Metric(asked), one_name=_one_name_of_several(st, []))
    if asked and not named_chips and (what or which or shown_each) and not st.quantities and metric is None:
        raise refuse(
            "a fact of several chips at once ('the designer of every 7nm chip'): ask which companies, or about one chip"
        )
    plural_set = (
        st.chip_words
        and not st.singular_chip
        or st.kinds
        or "group" in [x.role for x in items]
        or any(x.kind == "word" and x.text in _ALL_OF for x in items)
    )
    wh_at = next((i for i, x in enumerate(items) if x.kind == "word" and x.role == "wh"), None)
    asks_chips = False  # "what chips use LPDDR memory", "what AMD chips ...", "which 7nm GPUs ...": a list
    for x in items[wh_at + 1 :] if wh_at is not None else []:
        if x.kind == "term" and chipish_any(lex, list(x.terms)):
            asks_chips = True
            break
        # "what are the chips with HBM", "what are the HBM chips" (red team 93 found them ranked by HBM
        # capacity, the MI350, with no capacity, left out of the chips listed): the plural copula too
        # ("what is the HBM of the FP8 chips" asks a figure; "what does Groq's chip support", a value)
        copula = x.kind == "word" and x.role == "aux" and x.text.lower() == "are"
        if not (x.kind in ("entity", "qty") or (x.kind == "word" and x.role == "filler") or copula):
            break
    every = any(x.kind == "word" and x.text in _ALL_OF for x in items)
    if (
        (what or every or "value" in sw or shown_each)
        and not asks_chips
        and not (every and _technology_had(items, lex))
        and not named_chips
        and metric is not None
        and (st.measure_words or st.technology)
        and plural_set
        and not ({"super", "rank", "top", "count"} & set(sw))
    ):
        # "what is the clock speed of each chip", "the HBM capacity of hyperscaler chips": every
        # chip's figure, highest first
        if metric.prop == CK + "performance" and metric.precision is None and not _any_precision(st, metric):
            raise refuse(
                "performance figures come in operations (TOPS) and floating-point operations (TFLOPS), which are "
                "not compared; say which (TOPS or FLOPS, any precision) or name a precision (INT8, FP16 ...)"
            )
        if len(st.technology) > 1:
            raise refuse("the figure of one memory technology at a time")
        if asked and not any(isinstance(k, F.Relation) and k.prop == asked for k in constraints):
            # "What is the process node of the Google TPU with 3.7 TB/s of memory bandwidth?" (red team
            # 78): the node asked, the bandwidth a condition; read as a list of bandwidths, the node
            # was dropped
            raise refuse(
                f"the question asks for the {lex.terms.get(asked, ('?',))[0]} of chips a figure describes; ask which "
                "chips have the figure, then for the value of one of them"
            )
        if st.quantities:  # "the power of each chip under 100 W": the figures of the chips the range keeps
            constraints += _measure_constraints(st, metric, False)
        constraints += _memory_and_measures(st, None) if st.technology and not st.quantities else []
        return F.Frame(F.RANK, tuple(constraints), metric=metric, order="desc", listing=True)
    if "value" in sw and not named_chips and not st.singular_chip and plural_set:
        raise refuse("'how much' of several chips at once: name one chip, or ask for each chip's figure")
    if (
        what
        and not asks_chips
        and not named_chips
        and (st.chip_words or vendor_only)
        and metric is None
        and not st.quantities
        and not st.pending_prop
        and not ({"super", "rank", "top", "count"} & set(sw))
        and not any(isinstance(k, F.Relation) and k.prop != CK + "designedBy" for k in constraints)
        and not _identity_asked(st.as_said, vendor_only)
    ):
        raise refuse("the question does not say what to tell about the chips (their formats? workloads?)")
    wh = any(it.kind == "word" and it.role == "wh" for it in items)
    if (
        named_chips
        and wh
        and st.chip_words
        and metric is None
        and not st.quantities
        and not st.technology
        and not constraints
        and not st.pending_prop
    ):
        return F.Frame(F.CHIPS, (F.Identity(tuple(named_chips)),))
    if named_chips and metric is None and not st.quantities and not constraints and not st.technology:
        if _speed_asked(st) and "count" not in sw and not ({"super", "rank", "top"} & set(sw)):
            # "how fast is the CS-3?": its compute, unless it has a clock too (answer._speed_of_chip)
            told = _value_frame(st, named_chips, F.Metric(CK + "performance"), constraints)
            return told._replace(speed=True)
        raise refuse("the question names a chip but not what to tell about it; try `chipkg describe`")
    link_relations = [
        k
        for k in constraints
        if isinstance(k, F.Relation) and k.prop == CK + "interconnect" and not k.negated and len(k.values) == 1
    ]
    if _speed_asked(st) and len(named_chips) == 1 and metric is None and len(link_relations) == len(constraints) == 1:
        # "how fast is blackwell's nvlink?": a link's speed is its bandwidth
        return _value_frame(st, named_chips, F.Metric(CK + "bandwidth"), constraints)
    if "value" in sw and named_chips and metric is None:  # "how fast is blackwell's nvlink?"
        raise refuse(f"'{sw['value']}' asks for a figure, and the question names none I can give for it")
    constraints += _memory_and_measures(st, metric)
    if named_chips:
        constraints.append(F.Identity(tuple(named_chips)))
    if not constraints and not st.chip_words:
        raise refuse("the question does not say which chips or what about them")
    pending = set((st.pending_prop or "").split("|"))
    if st.pending_prop and not any(isinstance(k, F.Relation) and k.prop in pending for k in constraints):
        # (a relation whose value is a kind of organization took it: "chips designed by hyperscalers")
        return _unvalued_relation(st, constraints, metric, named_chips, no_wh and not starts_with_aux)
    return F.Frame(F.CHIPS, tuple(constraints))


def _unvalued_relation(
    st: _State, constraints: list[Any], metric: F.Metric | None, named_chips: list[str], terse: bool
) -> F.Frame:
    """A relation word with no value of its own left at the end of a question about chips
    ("nvidia process node", "qualcomm formats", "amd architecture"): it says what is asked, so a
    list of the chips would drop it and answer nothing asked (with exit 0). A terse question whose
    other words only pick chips by their designer or foundry (and kind) asks that property of each
    of those chips, as "what process node does Qualcomm use" does; anything else is refused."""
    prop = st.pending_prop or ""
    picks = [k for k in constraints if not (isinstance(k, F.Kind) and not k.negated)]
    if (
        terse
        and prop in RELATIONS
        and metric is None
        and not named_chips
        and not st.quantities
        and not st.technology
        and picks
        and all(
            isinstance(k, F.Relation)
            and k.prop in (CK + "designedBy", CK + "manufacturedBy")
            and k.values
            and not k.negated
            for k in picks
        )
    ):
        return F.Frame(F.VALUE, tuple(constraints), metric=F.Metric(prop))
    word = st.lex.terms.get(prop.split("|")[0], ("that",))[0]
    raise refuse(
        f"'{word}' says what to tell about the chips, and the question names no value for it; ask "
        f"'what {word} does ... use' of the chips, or 'which chips ... {word} X'"
    )


def metric_from_format(st: _State, named_chips: list[str], what_of_one: bool = False) -> bool:  # noqa: C901
    """ "How fast is the Groq LPU at INT8?", "M4 INT8 TOPS", "what's the INT8 figure for the AI 100
    Ultra": a format asked about with a chip and a value word (or a performance word, or "what" of
    one chip with no chip noun) is the precision of a performance figure."""
    if st.precision is not None:
        return False
    speed = st.shape_words.get("super_text", "") in ("fastest", "slowest", "quickest")
    speed = speed or _superlative_of_format(st)
    if not (CK + "performance" in st.measure_words or _performance_near(st) or speed):
        if not (named_chips and ("value" in st.shape_words or what_of_one) and not st.quantities):
            return False
    if st.precisions:
        return False
    formats = [
        i
        for i, k in enumerate(st.constraints)
        if isinstance(k, F.Relation) and k.prop == CK + "supportsFormat" and not k.negated
    ]
    if len(formats) > 1 and len({st.constraints[i].values for i in formats}) == 1:
        # "which FP16-capable chips have a stated FP16 performance": the format said again is the
        # figure's precision, the first the support (read as two supports, "has a performance" of any
        # precision listed the Groq LPU's INT8 figure; red team 32)
        formats = formats[-1:]
    if len(formats) != 1 or (st.measure_words and CK + "performance" not in st.measure_words):
        return False
    values = st.constraints.pop(formats[0]).values
    if len(values) == 1:
        st.precision = values[0]
    else:  # "NorthPole 4-bit throughput": a figure in any of the formats of that width
        st.precisions = values
    st.last_relation = None
    if CK + "performance" not in st.measure_words:
        st.measure_words.append(CK + "performance")
    return True


def _superlative_of_format(st: _State) -> bool:
    """ "Which chip has the best INT8 numbers?", "the highest FP16": a superlative right before a
    format (only fillers between), then the end, a word for chips or for figures, and no word of a
    measure said, compares the figures given at that precision, which are performance figures
    (ck:precision is theirs alone); "the best INT8 support" is not read so."""
    items = st.items
    if st.measure_words:
        return False
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role == "super"):
            continue
        at = next(
            (j for j in range(k + 1, len(items)) if not (items[j].kind == "word" and items[j].role == "filler")), None
        )
        if at is None or items[at].kind != "entity" or not all(st.lex.is_a(e, FORMAT) for e in items[at].entities):
            return False
        # then the end, a word for chips or one for figures ("numbers"): not "the best INT8 support"
        then = items[at + 1] if at + 1 < len(items) else None
        if not (
            then is None
            or then.kind in ("comma", "close")
            or (then.kind == "term" and set(then.terms) <= {CHIP, *_GENERAL_KINDS})
            or (then.kind == "word" and then.role == "filler" and then.value == "figure noun")
            or (then.kind == "word" and then.role in ("wh", "aux", "neg"))
        ):
            return False
        return not any(y.kind == "term" and set(y.terms) - {CHIP, *_GENERAL_KINDS} for y in items)
    return False


def _in_memory(prop: str) -> bool:
    """Whether ``prop`` is a figure a memory holds (compile.MEASURES ``in_memory``: its controllers)."""
    return prop in MEASURES and MEASURES[prop].in_memory


def _asks_relation(st: _State) -> bool:
    return st.pending_prop is not None


def _memories(st: _State) -> list[F.Memory]:
    """A Memory constraint per technology named; "on-chip" / "off-chip" is said of the one right
    after it ("SRAM and external LPDDR"), or of the only one; elsewhere refused. Technologies joined
    by "or" ("LPDDR4X or LPDDR5X") are one constraint that any of them meets."""
    if st.technology_or and len(st.technology) > 1:
        if st.technology_and:  # "HBM and SRAM or LPDDR": which two go together is not said
            raise refuse("memory technologies joined by both 'and' and 'or': ask about one group at a time")
        if st.on_chip is not None:
            raise refuse("one memory or another, on-chip or off-chip: ask about one technology at a time")
        return [F.Memory(st.technology[0], alternatives=tuple(st.technology[1:]))]
    if len(st.technology) == 1 and st.on_chip is not None and _said_of_other_memory(st, st.technology[0]):
        if st.conj == "or" or st.any_of:
            raise refuse("one memory or another: ask about one of them at a time")
        return [F.Memory(st.technology[0], None), F.Memory(None, st.on_chip)]
    if len(st.technology) < 2 or st.on_chip is None:
        return [F.Memory(t, st.on_chip) for t in st.technology]
    near = [
        t
        for t in st.technology
        if st.on_chip_at < st.technology_at[t]
        and all(x.kind == "word" and x.role == "filler" for x in st.items[st.on_chip_at + 1 : st.technology_at[t]])
    ]
    if len(near) != 1:
        raise refuse("the question names several memories: say which of them is on-chip (or off-chip)")
    return [F.Memory(t, st.on_chip if t == near[0] else None) for t in st.technology]


def _said_of_other_memory(st: _State, technology: str) -> bool:
    """Whether the on-chip (off-chip) word, after the technology and a conjunction, is said of
    memory in general: "on-chip SRAM with off-chip memory" asks for both, not for off-chip SRAM
    (joined by "or", the caller refuses it: a frame's constraints all hold together)."""
    at, named = st.on_chip_at, st.technology_at[technology]
    following = st.items[at + 1] if at + 1 < len(st.items) else None
    return (
        at > named
        and following is not None
        and following.kind == "term"
        and CK + "memory" in following.terms
        and any(x.kind == "word" and (x.role in ("and", "or") or x.value == "verb") for x in st.items[named + 1 : at])
    )


def _both_sides(st: _State) -> list[F.Memory]:
    """Memory constraints of a question that says both on-chip and off-chip ("on-chip SRAM with
    off-chip memory"): each word is said of the technology right after it, or, with none there, of
    memory of any technology; anything else is refused (one flag for both would find no chip)."""
    if st.technology_or:
        raise refuse("one memory or another, on-chip or off-chip: ask about one technology at a time")
    said: dict[str, bool] = {}
    generic: list[bool] = []
    for flag, at in st.on_chip_words:
        near = [
            t
            for t in st.technology
            if at < st.technology_at[t]
            and all(x.kind == "word" and x.role == "filler" for x in st.items[at + 1 : st.technology_at[t]])
        ]
        if len(near) == 1 and near[0] not in said:
            said[near[0]] = flag
        elif not near and flag not in generic:
            generic.append(flag)
        else:
            raise refuse("the question says both on-chip and off-chip: say which memory is which")
    out = [F.Memory(t, said.get(t)) for t in st.technology]
    out += [F.Memory(None, flag) for flag in generic if flag not in said.values()]
    return out


def _memory_and_measures(st: _State, metric: F.Metric | None) -> list[Any]:
    if len({flag for flag, _ in st.on_chip_words}) > 1:
        if metric is not None or st.quantities or st.measure_words:
            raise refuse("the question says both on-chip and off-chip: ask about one of them at a time")
        return _both_sides(st)
    measures = _measure_constraints(st, metric, False)
    out: list[Any] = list(measures)
    memory_measured = any(isinstance(m, F.Measure) and m.prop in (CK + "capacity", CK + "bandwidth") for m in measures)
    if not memory_measured:
        nested = [t for t in st.technology for u in st.technology if u != t and u in st.lex.broader.get(t, [])]
        if nested and st.technology_or and not st.technology_and and st.on_chip is None:
            # "LPDDR5 or LPDDR5X" (set 71): either one, a memory of any of them (the broader one's
            # variants included); only "and" or a list leaves it open
            nested = []
        if nested:  # "HBM, HBM3 variants": both, either, or one within the other? ask for one
            raise refuse("the question names a memory technology and a variant of it; name the one you mean")
        if st.technology:
            out += _memories(st)
        elif st.on_chip is not None:
            out.append(F.Memory(None, st.on_chip))
    if metric is not None and not measures and metric.precisions and not metric.precision:
        # "which chips give an 8-bit performance figure" (red team 71): a figure in any of the formats
        # of that width, which a list's condition cannot hold; read as any performance, every chip with
        # a figure was listed
        names = ", ".join(sorted(st.lex.entities[p][0] for p in metric.precisions))
        raise refuse(f"a figure in any of several formats ({names}): name the format")
    # "Which chips on 5nm or smaller have a stated clock speed?" (red team 76): a node's range is one
    # condition, the figure stated another; read as the range alone, every chip in it was listed
    node_range_only = (
        metric is not None
        and metric.prop != CK + "featureSize"
        and bool(measures)
        and all(isinstance(m, F.Measure) and m.prop == CK + "featureSize" for m in measures)
    )
    unmeasured = not measures or node_range_only
    if metric is not None and unmeasured and metric.prop != CK + "capacity":
        out.append(
            F.Measure(
                metric.prop,
                technology=metric.technology,
                on_chip=metric.on_chip,
                precision=metric.precision,
                unit_kind=metric.unit_kind,
                counts=metric.counts,  # "chips with Tensix cores": of that kind, not any unit
            )
        )  # "a stated clock speed"
    elif (
        metric is not None
        and unmeasured
        and CK + "capacity" in st.measure_words
        and len(st.technology) == 1
        and metric.technology == st.technology[0]
    ):
        # "chips that state an SRAM capacity": a size, not only the memory (Mythic's SRAM has none)
        out = [k for k in out if not isinstance(k, F.Memory)]
        out.append(F.Measure(CK + "capacity", technology=metric.technology, on_chip=metric.on_chip))
    elif (
        metric is not None
        and unmeasured
        and CK + "capacity" in st.measure_words
        and not st.technology
        and st.on_chip is not None
    ):
        # "how many chips have an on-chip memory capacity": a size on the chip, not only a memory there
        # (red team 56: read as "memory on-chip", the M2000's and SN40L's unsized SRAM counted)
        out = [k for k in out if not isinstance(k, F.Memory)]
        out.append(F.Measure(CK + "capacity", on_chip=st.on_chip))
    elif metric is not None and unmeasured and not st.technology and st.on_chip is None:
        out.append(F.Measure(metric.prop))
    if st.precision is not None and not any(isinstance(m, F.Measure) and m.prop == CK + "performance" for m in out):
        out.append(F.Relation(CK + "supportsFormat", (st.precision,)))
    return out


def _superlative_per_group(st: _State, items: list[Item]) -> None:
    """ "Which chip has the most transistors for each designer", "the most HBM per vendor", "the most
    SRAM, by designer": a superlative per group of organizations or of a relation's values, which ask
    does not answer; the group word dropped, one chip on top of all was answered as if it were each
    group's. Refused. A group word right after a relation word ("made by a startup") is that
    relation's "by"; before a figure ("top 3 chips by SRAM") it is the ranking's key."""
    for pos in st.group_words:
        before = items[pos - 1] if pos else None
        if before is not None and before.kind == "term" and any(t in RELATIONS for t in before.terms):
            continue
        nxt = next((x for x in items[pos + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
        if nxt is None or nxt.kind != "term":
            continue
        if any(t in RELATIONS or st.lex.is_kind(t, ORG) for t in nxt.terms):
            raise refuse(
                f"'{items[pos].text} {nxt.text}': the most of a figure within each group is not answered; ask "
                "for the chips ranked by the figure, or the top one of one group ('which startup chip has the "
                "most cores')"
            )


def _order_by_unread(st: _State, items: list[Item]) -> None:
    """ "which chips have sram by size?": "by" and a figure (a measure's word, or a memory technology)
    in a question that neither ranks nor counts asks for the chips in the order of that figure, which
    the list read without it does not give: the word was dropped and the chips came unordered.
    Refused, saying how to ask; "by" after a relation's word ("made by TSMC") is that relation's."""
    for pos in st.group_words:
        if items[pos].text.lower() != "by":
            continue
        before = items[pos - 1] if pos else None
        if before is not None and before.kind == "term" and any(t in RELATIONS for t in before.terms):
            continue
        nxt = next((x for x in items[pos + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
        if nxt is not None and (
            (nxt.kind == "term" and any(t in MEASURES for t in nxt.terms))
            or (nxt.kind == "entity" and nxt.entities and all(st.lex.is_a(e, MEMORY_TECH) for e in nxt.entities))
        ):
            raise refuse(
                f"'{items[pos].text} {nxt.text}' orders the answer by a figure: ask for the chips ranked by "
                f"it ('... ranked by {nxt.text}')"
            )


def _group_by(st: _State, items: list[Item]) -> str | None:
    for pos in st.group_words:
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        if nxt is not None and nxt.kind == "term":
            group = _group_of(nxt, st.lex)
            if group is None:
                raise refuse(f"I can count chips per designer, foundry or process node, not per {nxt.text!r}")
            return group
    return None


def _than_named(items: list[Item], lex: Lexicon) -> tuple[list[Item], tuple[str, str] | None]:
    """ "Which chips have more SRAM than the Groq LPU?", "chips clocked higher than NorthPole": a
    list of chips whose figure is above (or below) one named chip's. The comparative and "than" are
    read as the superlative of the measure (so the measure is read as any is) and the named chip goes;
    returns the chip and the direction, which :func:`_than_frame` turns into the list. None (the
    items as they were) unless the question names one chip, right after "than" and at its end, and
    asks for chips (a word for chips is in it)."""
    named = [
        k
        for k, x in enumerate(items)
        if x.kind == "entity" and any(e in lex.entities and CHIP in lex.entities[e][1] for e in x.entities)
    ]
    # the first thing after "than" past its words ("than both the Groq LPU and ...", "than either of
    # the ..."): read within two items only, "than both the A and the B" was the pair compared, and
    # the list of chips above both answered with one of the two (red team 114, 26 questions)
    after_than = [
        next((y for y in items[k + 1 :] if y.kind != "word"), None) for k, x in enumerate(items) if x.text == "than"
    ]
    than_named = any(
        y is not None
        and y.kind == "entity"
        and any(e in lex.entities and CHIP in lex.entities[e][1] for e in y.entities)
        for y in after_than
    )
    if len(named) > 1 and than_named and any(x.kind == "term" and _chip_word(x, lex) for x in items):
        # "which chips have more SRAM than the Groq LPU and NorthPole", "... other than A ... than B"
        raise refuse("a list of chips compared with a named chip names one chip only, the one after 'than'")
    which = any(x.kind == "word" and x.role == "wh" and x.text.lower() in ("which", "what") for x in items)
    first = next((x for x in items if not (x.kind == "word" and x.role == "filler")), None)
    if (
        len(named) > 1
        and than_named
        and which
        and not (first is not None and first.kind == "word" and first.role == "aux")
        and not any(x.kind == "word" and x.role in ("value", "count") for x in items)
    ):
        # "which of NorthPole and the Corsair has more SRAM than the Groq LPU?": the chip after 'than'
        # is what the others are measured against, not one more of them (it was read as the most of
        # the three: the Corsair alone, where both have more than the Groq LPU's 128 MB)
        raise refuse(
            "chips named and compared with another named after 'than': ask of each ('does NorthPole have "
            "more SRAM than the Groq LPU?'), or 'which chips have more SRAM than the Groq LPU?'"
        )
    if len(named) != 1 or len(items[named[0]].entities) != 1:
        return items, None
    chip = named[0]
    before = [k for k in range(chip) if not (items[k].kind == "word" and items[k].role == "filler")]
    after = [
        k for k in range(chip + 1, len(items)) if not (items[k].kind == "word" and items[k].role in ("filler", "aux"))
    ]
    if after or not before or not any(x.kind == "term" and CHIP in x.terms for x in items[:chip]):
        return items, None
    word = items[before[-1]]
    than = next((k for k in range(before[-1] + 1, chip) if items[k].text == "than"), None)
    if word.kind == "word" and word.role == "cmp" and word.value in ("gt", "lt") and word.text.endswith(" than"):
        direction, drop = ("desc" if word.value == "gt" else "asc"), {chip}
        said = word.text.removesuffix(" than")
    elif than is not None:  # "more SRAM than": the comparative before the measure's words
        comparatives = [k for k in before if items[k].kind == "word" and items[k].role == "comparative"]
        if len(comparatives) != 1 or any(k > than for k in comparatives):
            return items, None
        word = items[comparatives[0]]
        direction, drop, said = word.value, {chip, than}, word.text
    else:
        return items, None
    if any(x.kind == "qty" or (x.kind == "word" and x.role in ("super", "top", "rank", "count")) for x in items):
        return items, None
    out = [
        Item("word", said, role="super", value=direction) if x is word else x
        for k, x in enumerate(items)
        if k not in drop
    ]
    return out, (items[chip].entities[0], direction)


def _than_frame(frame: F.Frame, than: tuple[str, str], lex: Lexicon) -> F.Frame:
    """The list of chips above (or below) the named chip's figure, from the superlative the question
    was read as (:func:`_than_named`): its measure and conditions, the named chip left out."""
    chip, direction = than
    if (
        frame.ask != F.TOP
        or frame.metric is None
        or frame.claim is not None
        or any(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
    ):
        raise refuse(f"a comparison with {lex.entities[chip][0]} is asked for a list of chips by one figure")
    return F.Frame(
        F.CHIPS,
        (*frame.constraints, F.Than(frame.metric, chip, direction)),
        chip_scope=frame.chip_scope,
        section=frame.section,
        typos=frame.typos,
    )


def _same_as(items: list[Item], lex: Lexicon) -> tuple[list[Item], tuple[str, str] | None, str | None]:
    """ "Which chips use the same process node as the Groq LPU?", "chips made by the same foundry
    as the M4": "same" (words.tsv role ``same``), a word of a relation to group chips by (a process
    node, a foundry, a designer: :func:`_group_of`), "as" and one named chip, the last thing said;
    one more chip may stand before "same", of which a yes/no asks it ("Is the Maia 100 on the same
    node as the Gaudi 3?", checked by the caller). Returns the items without them (and without a
    verb of that relation before "same": "made by")
    and the relation and the chip; the items as they were, and no relation, when the question has
    no "same"; refused when "same" stands in any other shape. Third: a value of the relation said with
    "same" ("the same 5nm node as the Gaudi 3"), which the named chip must have (a premise, checked)."""
    at = [k for k, x in enumerate(items) if x.kind == "word" and x.role == "same"]
    if not at:
        return items, None, None
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler" and x.text != "as")]
    k = at[0]
    rest = [j for j in content if j > k]
    # "the same 5nm node as the Gaudi 3": a value of the relation said with it stays, a condition of
    # its own (the chips asked are on it too), so a value the named chip does not have gives no match
    restated = None
    if (
        len(rest) == 4
        and items[rest[0]].kind == "entity"
        and items[rest[1]].kind == "term"
        and (group := _group_of(items[rest[1]], lex)) is not None
        and items[rest[0]].entities
        and all(
            any(cls == _RANGES.get(group) for cls in lex.entities.get(e, ("", ()))[1]) for e in items[rest[0]].entities
        )
    ):
        restated, rest = rest[0], rest[1:]
    chips = [
        j
        for j, x in enumerate(items)
        if x.kind == "entity" and any(e in lex.entities and CHIP in lex.entities[e][1] for e in x.entities)
    ]
    if (
        len(at) != 1
        or len(rest) != 3
        or items[rest[0]].kind != "term"
        or items[rest[1]].text != "as"
        or chips not in ([rest[2]], [j for j in chips if j < k] + [rest[2]])
        or len(chips) > 2
        or len(items[rest[2]].entities) != 1
    ):
        raise refuse("'same' is read only as 'the same process node (foundry, designer) as <one chip>'")
    prop = _group_of(items[rest[0]], lex)
    if prop is None:
        raise refuse(f"'the same {items[rest[0]].text}' is not a relation I compare chips by")
    verb = [j for j in content if j < k and items[j].kind == "term" and prop in items[j].terms]
    verb = [j for j in verb if CHIP not in items[j].terms]
    drop = {k, *rest, *verb[-1:]}
    kept = [x for j, x in enumerate(items) if j not in drop]
    if restated is not None and verb:  # the verb goes with the value kept ("built on 5nm")
        kept = [x for j, x in enumerate(items) if j not in drop or j == verb[-1]]
    value = items[restated].entities[0] if restated is not None and len(items[restated].entities) == 1 else None
    if restated is not None and value is None:
        raise refuse(f"'{items[restated].text}' names several things; name one")
    return kept, (prop, items[rest[2]].entities[0]), value


def _relative_which(items: list[Item]) -> list[Item]:
    """ "Is gaudi 3 a chip which uses HBM?", "Does the Gaudi 3, which uses HBM, have ...?", "What is
    the SRAM of the chip which is made on 12nm?": in a question an auxiliary, "what" or "how much"
    opens, "which" right after a noun, a name or a comma opens a relative clause, as "that" does (a
    word that says nothing: filler), not a second question (it was read as one: a list of the one
    chip, its HBM capacity, the chip where its SRAM was asked). "Does the article say which chip
    ..." (after a verb) and "..., which of them" are left as they are."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    if not content:
        return items
    opening = items[content[0]]
    # a yes/no, or a question already asked ("What is the SRAM of the chip which is made on 12nm?")
    asked = opening.kind == "word" and (opening.role in ("aux", "value", "count") or opening.text.lower() == "what")
    if not asked:
        return items
    out = list(items)
    for before, k in zip(content, content[1:], strict=False):
        x, prev = items[k], items[before]
        if (
            x.kind == "word"
            and x.role == "wh"
            and x.text.lower() == "which"
            and before == k - 1
            and (prev.kind in ("entity", "term", "comma") or (prev.kind == "word" and prev.role == "kind"))
            and not (k + 1 < len(items) and items[k + 1].text == "of")  # "..., which of them": a question
        ):
            out[k] = Item("word", x.text, role="filler")
    return out


def _statement_asked(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Is it true that the M4 is made by TSMC?", "The Groq LPU has more SRAM than NorthPole,
    right?": a statement asked true or false is the yes/no "does the M4 ...": the opening phrase
    (words.tsv role ``claimopen``, first) or the closing one (``claimclose``, last, after a comma)
    becomes the auxiliary that opens a yes/no, and the rest is read as any yes/no is (a statement's
    verb after "does" reads as the question's). Anywhere else those phrases are words ask does not
    know; a statement that already asks (a question word, an auxiliary first) is refused as before."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    roles = {k: items[k].role for k in content if items[k].kind == "word"}
    # "According to the article, is it the case that ...": a source hedge and its comma before it
    first = next((k for k in content if items[k].kind != "comma"), None)
    opening = first is not None and roles.get(first) == "claimopen"
    if opening and first is not None and items[first].value == "calling":
        # "would it be accurate to classify X as Y": only before a verb of calling (phrase class calling);
        # "would it be fair to rank the chips by power" asks no fact: the opening stays unknown
        after = items[first + 1] if first + 1 < len(items) else None
        opening = after is not None and tuple(t.rstrip(".") for t in tokens(after.text)) in phrase_class("calling")
    closing = len(content) >= 2 and roles.get(content[-1]) == "claimclose" and items[content[-2]].kind == "comma"
    rest = [
        k
        for k in content
        if items[k].kind != "comma" and not ((opening and k == first) or (closing and k >= content[-2]))
    ]
    asks = bool(rest) and items[rest[0]].kind == "word" and items[rest[0]].role in ("wh", "who", "aux", "count")
    out = []
    for k, x in enumerate(items):
        if x.kind == "word" and x.role in ("claimopen", "claimclose"):
            if (opening and k == first) or (closing and k == content[-1]):
                if not asks:
                    continue
            out.append(Item("unknown", x.text))
        elif closing and k == content[-2]:
            continue  # the comma before "right?"
        else:
            out.append(x)
    if (opening or closing) and not asks:
        return [Item("word", "does", role="aux", value="verb"), *out]
    # "the Groq LPU has more SRAM than NorthPole?": a statement comparing two named chips, opening
    # with the first, with no question word, asks whether it holds (never which of the two has more);
    # "e150 draws more than e75?": the comparator said with its "than" (words.tsv ``cmp``, "more than",
    # "less than") stands for the "than" too, its measure said by the verb before it
    kinds = [
        "chip"
        if x.kind == "entity" and len(x.entities) == 1 and CHIP in lex.entities.get(x.entities[0], ("", ()))[1]
        else "than"
        if x.text == "than" or (x.kind == "word" and x.role == "cmp" and x.text.split()[-1] == "than")
        else x.role
        for x in out
        if x.kind != "word" or x.role != "filler" or x.text == "than"
    ]
    if (
        not any(x.kind == "word" and x.role in ("wh", "who", "count", "rank", "compare") for x in out)
        and kinds[:1] == ["chip"]
        and kinds.count("chip") == 2
        and "than" in kinds
        and kinds.index("than") < len(kinds) - 1 - kinds[::-1].index("chip")
        and any(x.kind == "word" and x.role in ("comparative", "cmp") for x in out)
    ):
        return [Item("word", "does", role="aux", value="verb"), *out]
    return out


#: what a word of groups may name to be a group of chips ("which node", "which foundry", "which
#: company"); a narrower kind of organization ("which startup") counts its own chips only
_GROUP_WORDS = frozenset(
    {ORG, CK + "ChipDesigner", CK + "Foundry", CK + "processNode", CK + "designedBy", CK + "manufacturedBy"}
)


def _group_superlative(items: list[Item], lex: Lexicon) -> tuple[str, str] | None:
    """ "Which foundry makes the most chips?", "which node do the most chips use?", "who designs the
    most inference chips?": the group (a foundry, a node, a designer) with the most chips, which is
    the top of "how many chips per foundry". Returns that count question, as words, and the relation
    it groups by; None for any other shape. The group is the word after "which"/"what" (or, after
    "who", the one relation its verb names); a verb between it and "the most" must be of that
    relation, or say use ("is used by"; "which foundry designs the most chips" is refused as before);
    the chips counted, and what narrows them, follow "the most". Only "the most": the fewest would
    have to count groups the article names no chip of."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    supers = [k for k in content if items[k].kind == "word" and items[k].role == "super"]
    if len(supers) != 1 or len(content) < 3:
        return None
    top = supers[0]
    # "the largest (greatest, highest) number of chips" says "the most chips"
    counted = next((k for k in content if k > top), None)
    if items[top].text != "most" and not (
        items[top].value == "desc"
        and counted is not None
        and items[counted].kind == "word"
        and items[counted].role == "count"
        and items[counted].text in COUNT_NOUNS
    ):
        return None
    said_at = top  # the superlative: the verbs are before it
    if items[top].text != "most" and counted is not None:
        top = counted
    after = [k for k in content if k > top]
    chips = [k for k in after if items[k].kind == "term" and _chip_word(items[k], lex)]
    if len(chips) != 1:
        return None
    # "the most powerful chips": a word between "the most" and the chips makes another superlative
    if any(items[k].text not in ("of", "the") for k in range(top + 1, after[0])):
        return None
    # the chips counted are narrowed by names and words of the graph, never by an organization or an aside
    if any(
        items[k].kind in ("comma", "open", "close")
        or (items[k].kind == "entity" and any(ORG in lex.entities.get(e, ("", ()))[1] for e in items[k].entities))
        for k in range(top + 1, len(items))
    ):
        return None
    either = {CK + "designedBy", CK + "manufacturedBy"}
    first = items[content[0]]
    kind = ""  # a kind of organization asked ("which startup"), its chips alone counted
    # terse, the group first and no question word: "foundry with most chips", "node with the most chips"
    terse = first.kind == "term" and not any(
        items[k].kind == "word" and items[k].role in ("wh", "who", "aux") for k in content
    )
    if (first.kind == "word" and first.role == "wh" and items[content[1]].kind == "term") or terse:
        head = first if terse else items[content[1]]
        group = _group_of(head, lex) if set(head.terms) <= _GROUP_WORDS else None
        if group is None and head.terms and all(ORG in lex.subclasses.get(t, []) for t in head.terms):
            # "which startup has the most chips": a kind of organization counts its own chips only
            group, kind = CK + "designedBy", head.text
        verbs = [k for k in content[1 if terse else 2 :] if k < said_at]
        if CK + "Foundry" not in head.terms and any(either <= set(items[k].terms) for k in verbs):
            return None  # "which company makes the most chips": designer or foundry, not said
    elif first.kind == "word" and first.role == "who":
        verbs = [k for k in content[1:] if k < said_at]
        named = {
            t
            for k in verbs
            if items[k].kind == "term"
            for t in items[k].terms
            if t in (CK + "designedBy", CK + "manufacturedBy")
        }
        group = named.pop() if len(named) == 1 else None
    else:
        return None
    if group is None:
        return None
    for k in verbs:  # "is used by" (ck:relatedSystem's word) says use, of any group
        x = items[k]
        if not (
            (x.kind == "word" and x.role == "aux")
            or (x.kind == "term" and (group in x.terms or set(x.terms) == {CK + "relatedSystem"}))
        ):
            return None
    kept = [k for k in after if not (k > chips[0] and items[k].kind == "term" and group in items[k].terms)]
    # the counted chips and what narrows them; the fillers between them kept, the trailing ones
    # ("on it", "in there") not
    words = [items[k].text for k in range(top + 1, kept[-1] + 1) if k in kept or k not in content]
    if items[top].role == "count" and words[:1] == ["the"]:
        words.insert(0, "of")  # "the largest number of the chips": "how many of the chips"
    narrowed = f" designed by {kind}" if kind else ""
    return f"how many {' '.join(words)}{narrowed} per {_group_word(group)}", group


def _group_count_compared(items: list[Item], lex: Lexicon) -> tuple[str, str, tuple[str, int]] | None:
    """ "Which vendors have more than one chip?", "which companies design at least two profiled chips?",
    "which foundries make exactly one chip?": the groups whose count of chips compares so, read as
    :func:`_group_superlative` reads "which vendor has the most chips" (the count per group), the
    comparison kept for the answer to keep the groups by. Only comparators that no group of no chips
    can meet (more than, at least, exactly one or more): a group with no chip is no row of the count,
    so "fewer than two" would leave out the organizations that make none. Returns the count question,
    the relation it groups by and (comparator, number); None for any other shape."""
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "cmp"), None)
    single = next((k for k, x in enumerate(items) if x.kind == "word" and x.value == "single"), None)
    if at is None and single is not None:
        # "which vendors have a single chip?", "just one chip" (red team 85): exactly one
        start = single
        while start > 0 and items[start - 1].kind == "word" and items[start - 1].text.lower() in ("a", "just", "only"):
            start -= 1
        items = [*items[:start], Item("word", "exactly", role="cmp", value="eq"), *items[single:]]
        at = start
    if at is None or at + 2 >= len(items) or items[at].value not in ("gt", "ge", "eq"):
        return None
    said = items[at + 1]
    if said.kind == "word" and said.role == "number" and said.value.isdigit():
        n = int(said.value)
    elif said.kind == "word" and said.value == "single" and said.text.lower() == "one":
        n = 1
    elif said.kind == "qty" and len(said.readings) == 1 and said.readings[0][0] == "count":
        n = int(said.readings[0][1]) if said.readings[0][1] == int(said.readings[0][1]) else 0
    else:
        return None
    if n < 1 or any(x.kind in ("qty", "open") or (x.kind == "word" and x.role == "cmp") for x in items[at + 2 :]):
        return None
    rest = items[at + 2 :]
    profiled = [x for x in rest if x.kind == "word" and x.role == "profiled"]
    rest = [x for x in rest if x not in profiled]
    if not rest or not (rest[0].kind == "term" and _chip_word(rest[0], lex)):
        return None
    most = [Item("word", "the", role="filler"), Item("word", "most", role="super", value="desc")]
    grouped = _group_superlative([*items[:at], *most, *rest], lex)
    if grouped is None:
        return None
    question, group = grouped
    if profiled:  # "more than one profiled chip": the profiled chips counted
        question = question.replace("how many ", f"how many {profiled[0].text} ", 1)
    return question, group, (items[at].value, n)


def _group_most_used(items: list[Item], lex: Lexicon) -> tuple[str, str] | None:
    """ "What's the most common process node among these chips?", "which foundry is used the most?",
    "most popular node": a superlative of use (words.tsv role ``usage``, of "most") said of a group (a
    node, a foundry, a designer) asks for the group the most chips have, the top of "how many chips
    per process node", as :func:`_group_superlative` reads "which node has the most chips". Only when
    the question says nothing else: a question word, an auxiliary, words for the chips and the one
    group; anything that could narrow the chips counted leaves the refusal of :func:`forms._usage`.
    Returns the count question, as words, and the relation it groups by; None for any other shape."""
    content = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    used = [x for x in content if x.kind == "word" and x.role == "usage"]
    if len(used) != 1 or "most" not in used[0].text.split():
        return None
    groups = [x for x in content if x.kind == "term" and not _chip_word(x, lex) and _group_of(x, lex)]
    if len(groups) != 1:
        return None

    def every_chip(x: Item) -> bool:  # "chips", "accelerators": a kind ("GPUs") would narrow the count
        return x.kind == "term" and set(x.terms) <= {CHIP, *_GENERAL_KINDS}

    for k, x in enumerate(content):
        if x is used[0] or x is groups[0]:
            continue
        if x.kind == "word" and x.role in ("wh", "aux"):
            continue
        if every_chip(x):
            continue
        if x.kind == "word" and x.role == "gloss" and all(every_chip(y) for y in content[k + 1 :]):
            continue  # "among these chips": the chips of the graph, all of them
        return None
    group = _group_of(groups[0], lex)
    if group is None:
        return None
    return f"how many chips per {_group_word(group)}", group


def _group_asked_of_most_chips(items: list[Item], lex: Lexicon) -> bool:
    """ "Which node do the most Qualcomm chips use?", "which node makes the most inference chips?":
    a group asked for (a node, a foundry, a kind of organization after "which"/"what") and "the most"
    before a word for chips, which :func:`_group_superlative` does not read as the group with the
    most chips. Read on, it became the largest process node of those chips, a chip for a node."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    if len(content) < 4:
        return False
    first, head = items[content[0]], items[content[1]]
    if not (first.kind == "word" and first.role == "wh" and head.kind == "term"):
        return False
    if not (set(head.terms) <= _GROUP_WORDS and _group_of(head, lex) is not None):
        return False
    supers = [k for k in content if items[k].kind == "word" and items[k].role == "super" and items[k].text == "most"]
    return len(supers) == 1 and any(
        items[k].kind == "term" and _chip_word(items[k], lex) for k in content if k > supers[0]
    )


def _group_word(group: str) -> str:
    """The word a count per ``group`` is asked with, one that reads as nothing else ("per node" is
    also a figure's scope): "process node", "foundry", "designer"."""
    return {CK + "processNode": "process node", CK + "manufacturedBy": "foundry"}.get(group, "designer")


def _group_of(term: Item, lex: Lexicon) -> str | None:
    """The relation a word of groups names, chips counted per its value: a process node
    (ck:processNode), a foundry (ck:manufacturedBy), a designer or any other organization
    (ck:designedBy); None for any other word. A relation of which a chip has several values (its
    formats, workloads) is no group: a chip would be counted in each."""
    for t in term.terms:
        if t in RELATIONS or t == CK + "designedBy":
            if t in (
                CK + "supportsFormat",
                CK + "workload",
                CK + "softwareStack",
                CK + "videoCodec",
                CK + "interconnect",
                CK + "architecture",
                CK + "notSuitableFor",
            ):
                continue
            return t
    if any(lex.is_kind(t, ORG) for t in term.terms):
        return CK + ("manufacturedBy" if CK + "Foundry" in term.terms else "designedBy")
    return None


#: the words beside a vendor's chips that still ask only which they are ("the name of", "called")
_NAMING_FILLERS = frozenset({"the", "a", "an", "name", "names", "of", "called", "named"})


def _identity_asked(items: list[Item], vendor_only: bool) -> bool:
    """ "What is SambaNova's chip?", "what are the chips by AMD?", "what is the name of Meta's chip?":
    a question word, a copula (an ``aux`` with no value) and nothing but the vendor's chips (and
    fillers) asks which chips they are: the vendor's chips listed. A verb after "does" ("what does
    Nvidia's chip support") or any other word asks something about them, refused as before."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and x.text in _NAMING_FILLERS)]
    return vendor_only and all(
        (x.kind == "word" and (x.role == "wh" or (x.role == "aux" and not x.value) or x.role == "group"))
        or x.kind in ("entity", "term")
        for x in said
    )


def _any_precision(st: _State, metric: F.Metric) -> bool:
    """ "the most TFLOPS", "rank by integer throughput": a kind of unit named and no precision compares
    that kind's figures of any precision, each shown with its own (FLOPS stay FLOPS: a TOPS figure is
    never ranked against TFLOPS); naming neither refuses."""
    return metric.unit_kind is not None and not metric.precisions


def _part_of_kind(st: _State, chips: list[str], cls: str) -> str | None:
    """The one component of that kind of the one chip named, when the chip is not of that kind
    itself ("the M4's GPU", "the M4 CPU clock"); None otherwise."""
    if len(chips) != 1 or st.component is not None or st.lex.is_a(chips[0], cls):
        return None
    parts = [p for p, chip in st.lex.parts.items() if chip == chips[0] and st.lex.is_a(p, cls)]
    return parts[0] if len(parts) == 1 else None


#: the words right before a relation's noun that say the chip has one ("a known foundry", "a foundry")
_HAVING = frozenset(("a", "an", "known", "named", "stated", "given", "specified", "identified", "disclosed", "listed"))


def _agent_left_open(items: list[Item], pending: str) -> bool:
    """Whether the question ends in a relation's words that end in "by" ("made by", "designed by"),
    of the relation still waiting for its value: who is meant is left out, so no condition on the
    chips can be read from it. Fillers after it ("?", "please") do not count."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    if not said:
        return False
    last = said[-1]
    if last.kind == "word" and last.text.lower() == "by" and len(said) > 1:
        last = said[-2]  # "7nm chips fabricated by": the verb, then a "by" of its own
    elif not last.text.lower().split()[-1:] == ["by"]:
        return False
    return last.kind == "term" and bool(set(last.terms) & set(pending.split("|")))


def _said_as_having(items: list[Item], k: int) -> bool:
    """Whether the noun at ``k`` is said as one the chip has: "a known foundry", "made by a foundry",
    not "(any foundry)", "regardless of which foundry", "whichever foundry"."""
    j = k - 1
    words = []
    while j >= 0 and items[j].kind == "word" and items[j].text.lower() in _HAVING:
        words.append(items[j].text.lower())
        j -= 1
    return bool(words) and (j < 0 or items[j].text.lower() not in ("any", "which", "whichever", "whatever", "no"))


def _names_organizations(x: Item, st: _State) -> bool:
    """``x`` names organizations: an organization named, or a kind of organization ("startup")."""
    if x.kind == "entity":
        return bool(x.entities) and all(e in {o[0] for o in st.orgs} for e in x.entities)
    return x.kind == "term" and bool(x.terms) and all(t in st.org_classes for t in x.terms)


def _some_value(st: _State, items: list[Item]) -> str | None:
    """ "Which chips are deployed on a cloud platform?": a relation's word followed (past filler
    words: "a", "named") by a noun of the same relation ("cloud platform" is a word of
    ck:deployedOn) and no name asks for the chips with some value of it, any instance of its range.
    Only in a question for chips; None otherwise (refused as before: "names no value")."""
    sw = st.shape_words
    if not st.pending_prop or st.subject_chips or "who" in sw or "orgs" in sw:
        return None
    # "which chip with a named foundry has the most transistors": the noun of a relation beside a word
    # that says its value is given, whatever else the question names (the foundry is an organization's
    # class, and with no name beside it the relation was dropped: the CS-3 answered, red team 74)
    stated = _stated_relation(st, items)
    if stated is not None:
        return stated
    # "startup chips", "Nvidia chips": organizations whose chips are asked, said right before the word
    # for chips, not organizations asked ("which foundry makes the chip with the most transistors":
    # read so, the top chip was looked for among the chips with a foundry, red team of session 34)
    chips_asked = any(
        x.kind == "term"
        and CHIP in x.terms
        and k > 0
        and items[k - 1].kind in ("term", "entity")
        and not (items[k - 1].kind == "term" and CHIP in items[k - 1].terms)
        and _names_organizations(items[k - 1], st)
        for k, x in enumerate(items)
    )
    if (st.orgs or st.org_classes) and not chips_asked:
        return None
    if any(x.kind == "entity" and not (chips_asked and _names_organizations(x, st)) for x in items):
        return None
    stated = _stated_relation(st, items)
    if stated is not None:  # "which chips have a process node stated", "chips with a named foundry"
        return stated
    props = [p for p in st.pending_prop.split("|") if p in _RANGES and p not in ORG_RELATIONS]
    if len(props) != 1:
        return None
    prop = props[0]
    said = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    pairs = [
        k
        for k in range(len(said) - 1)
        if said[k].kind == said[k + 1].kind == "term" and prop in said[k].terms and prop in said[k + 1].terms
    ]
    # "tied to a named software stack or SDK": two nouns of the relation, one said again as the other
    pairs += [
        k
        for k in range(len(said) - 2)
        if said[k].kind == said[k + 2].kind == "term"
        and said[k + 1].kind == "word"
        and said[k + 1].role == "or"
        and prop in said[k].terms
        and prop in said[k + 2].terms
    ]
    if not pairs:
        # "cloud-deployed chips", "chips on a cloud platform": one noun for a kind of the relation's
        # value (Lexicon.value_classes), said alone, not asked for ("which cloud platforms ...")
        nouns = [k for k, x in enumerate(said) if x.kind == "term" and prop in x.terms]
        kinds = [
            k
            for k in nouns
            if stems(said[k].text) in st.lex.value_classes
            and not (k and said[k - 1].kind == "word" and said[k - 1].role in ("wh", "value", "count"))
        ]
        return prop if len(nouns) == len(kinds) == 1 else None
    return prop if len(pairs) == 1 else None


def _stated_relation(st: _State, items: list[Item]) -> str | None:
    """ "Which chips have a process node stated?", "how many chips have a named foundry?", "chips
    whose process node is known": the one noun of a relation (of a chip, with a range to take any
    value of: the foundry is an organization's) beside a word that says its value is given asks for
    the chips with some value of it, whichever. None for anything else."""
    props = [p for p in (st.pending_prop or "").split("|") if p in _RANGES]
    if len(props) != 1:
        return None
    nouns = [k for k, x in enumerate(items) if x.kind == "term" and props[0] in x.terms]
    if len(nouns) != 1:
        return None
    k = nouns[0]
    near = [items[j] for j in (k - 1, k + 1, k + 2) if 0 <= j < len(items)]
    if k + 2 < len(items) and items[k + 1].text.lower() not in ("is", "are", "was", "were"):
        near = near[:2]  # "whose process node is known": the copula between
    if any(x.kind == "word" and (x.text.lower(),) in phrase_class("valuegiven") for x in near):
        return props[0]
    # "does the article give a process node for": a verb of giving, an article, the noun
    verb = items[k - 2] if k >= 2 and items[k - 1].text.lower() in ("a", "an", "the") else None
    return props[0] if verb is not None and (verb.text.lower(),) in phrase_class("giving") else None


def _stranded_placement(st: _State, items: list[Item]) -> bool:
    """ "Which chips does CUDA run on?", "what does Tensix get built on?": a verb of placement ("run
    on", "built on") last in the question, its value said before it as a name of another kind that
    gave its own relation (a software stack, an architecture): the verb names no other value."""
    said = [x for x in items if not (x.kind == "word" and x.role in ("filler", "aux"))]
    if not said or said[-1].kind != "term" or said[-1].text.lower().split()[-1] != "on":
        return False
    if set(said[-1].terms) != set((st.pending_prop or "").split("|")):
        return False
    if any(x.kind == "term" and set(x.terms) & set(said[-1].terms) for x in said[:-1]):
        return False  # "what node is the M2000 built on": the relation is what the question asks
    if st.chip_words and any(
        x.kind == "word" and x.role == "wh" and x.text.lower() in ("what", "what's") for x in items
    ):
        # "What are the 7nm chips deployed on?": the value asked of the chips the name describes (the
        # verb dropped, the 7nm chips were listed)
        return False
    makers = {CK + "designedBy", CK + "manufacturedBy", *ORG_RELATIONS}
    own = [k for k in st.constraints if isinstance(k, F.Relation) and k.prop not in said[-1].terms]
    # the name's own relation, never an organization's ("meta deployed on" asks where Meta's chips are)
    return bool(own) and all(not k.negated and k.prop not in makers for k in own)


def _values_ranked(st: _State) -> str | None:
    """ "Which chip supports the most data formats?", "which 7nm chip is listed with the largest
    number of formats": the relation whose values a superlative counts (walk.values_ranked), read
    as each chip's count of its values, the chips with the most answered (ties kept). Only of
    chips, none named, with no figure asked or compared; the fewest is refused: the article's lists
    are not exhaustive, so the fewest values it names for a chip is not the fewest the chip has.
    None: no such question."""
    prop = st.values_ranked
    sw = st.shape_words
    if prop is None or prop not in (st.pending_prop or "").split("|") or "super" not in sw:
        return None
    negated = getattr(st, "chip_negated", [False] * len(st.subject_chips))
    about_orgs = "who" in sw or (("orgs" in sw or st.org_classes) and st.first_class == "org")
    if about_orgs or not all(negated) or st.measure_words or st.quantities or st.top_n is not None or "rank" in sw:
        return None
    if sw.get("direction") == "asc":
        raise refuse(
            f"'{sw.get('super_text', 'fewest')}' of the values the article names: its lists are not exhaustive, so "
            "the fewest it names for a chip is not the fewest the chip has; ask how many each chip has"
        )
    return prop


def _distinct_values(st: _State, items: list[Item]) -> str | None:
    """ "How many distinct process nodes appear across the chips?": the count word right before the
    word of a relation given no value (only filler words between) counts the values the chips have,
    each once. Not of named chips or organizations ("how many formats does Trainium2 support" is
    refused as before); chips set aside ("excluding the M2000") and kinds of organization as
    conditions ("startup chips") narrow the chips whose values are counted. None: no such count."""
    negated = getattr(st, "chip_negated", [False] * len(st.subject_chips))
    if "count" not in st.shape_words or not st.pending_prop or not all(negated) or st.orgs:
        return None
    props = [p for p in st.pending_prop.split("|") if p in RELATIONS]
    if len(props) != 1 or props[0] in ORG_RELATIONS:
        return None
    at = next(k for k, x in enumerate(items) if x.kind == "word" and x.role == "count")
    after = next((x for x in items[at + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    if after is None or after.kind != "term" or props[0] not in after.terms:
        return None
    return props[0]


def _values_counted(
    st: _State,
    items: list[Item],
    named_chips: list[str],
    excluded_chips: list[str],
    constraints: list[Any],
    metric: F.Metric | None,
) -> str | None:
    """ "How many data types does Trainium2 support?", "how many workloads is the Groq LPU suited
    to?", terse "trainium2 data types count": the count word right before the word of a relation
    (only filler words between), or last right after it (a count noun: "count", "number of"), of the one
    chip named, counts that chip's values of the relation, each once (as :func:`_distinct_values`
    counts the values of all the chips). Nothing else may be asked or said of the chip: no other
    condition, figure or quantity. None: no such count."""
    if "count" not in st.shape_words or len(set(named_chips)) != 1 or excluded_chips or constraints:
        return None
    if st.quantities or st.technology or st.kinds or st.orgs or st.org_classes or st.measure_words:
        return None
    at = next(k for k, x in enumerate(items) if x.kind == "word" and x.role == "count")
    after = next((x for x in items[at + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    said = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    if after is None and items[at].text in COUNT_NOUNS and len(said) > 1 and said[-1] is items[at]:
        after = said[-2]  # terse: "trainium2 data types count", the count word last, after the relation's
    if after is None or after.kind != "term":
        return None
    props = [p for p in after.terms if p in RELATIONS and p not in ORG_RELATIONS]
    if len(props) != 1 or (metric is not None and metric.prop != props[0]):
        return None
    others = [x for x in items if x.kind == "term" and x is not after]
    if any(props[0] not in x.terms and set(x.terms) - {CHIP, *_GENERAL_KINDS} for x in others):
        return None
    return props[0]


def _counts_chips(items: list[Item], distinct: str | None) -> None:
    """ "How many distinct memory types do the chips use?", "how many process nodes are there,
    excluding the M2000": the count word right before the word of a relation or a measure, no word
    for chips after it, counts that relation's values, not chips; a count of chips stands for it
    only when the values are counted (``distinct``), refused otherwise (it answered the number of
    chips with a memory, or of chips but the one set aside)."""
    if distinct is not None:
        return
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "count"), None)
    if at is None:
        return
    after = [x for x in items[at + 1 :] if not (x.kind == "word" and x.role == "filler")]
    if not after or after[0].kind != "term" or not after[0].terms:
        return
    if not all(t in RELATIONS or t in MEASURES or t == CK + "memory" for t in after[0].terms):
        return
    if len(after) > 1 and after[1].kind == "term" and CHIP in after[1].terms:
        return  # "how many memory chips": chips
    raise refuse(
        f"'how many {after[0].text}' counts {after[0].text}, not chips, and I can count the distinct values "
        "only of a relation among chips ('how many distinct process nodes do the GPUs use'); ask which "
        "chips have one, or for each chip's"
    )


def _speed_asked(st: _State) -> bool:
    """Whether the question asks how fast ("how fast", "how quick": words.tsv role ``value`` valued
    ``speed``): of a link, its bandwidth; never a count."""
    said = st.shape_words.get("value")
    return said is not None and st.lex.words.get(stems_of(said), ("", ""))[1] == "speed"


def _chips_right_after_count(items: list[Item], lex: Lexicon) -> bool:
    """Whether "how many" is followed, past fillers, by a word for chips ("how many chips",
    "how many of the accelerators"): chips are what is counted."""
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "count"), None)
    if at is None:
        return False
    after = [x for x in items[at + 1 :] if not (x.kind == "word" and x.role == "filler")]
    return bool(after) and after[0].kind == "term" and any(lex.is_kind(t, CHIP) for t in after[0].terms)


def _chips_with_a_figure_counted(items: list[Item], lex: Lexicon) -> bool:
    """ "How many chips have a transistor count?", "how many 7nm chips give a stated core count": the
    chips are what is counted (a word for chips right after "how many", names of values between) and
    the measure is said as a figure they have ("a", "an", "any" before it, "stated" and the like
    between): a count of the chips with that figure, as "how many chips have a die area" is. "How
    many transistors do the 7nm chips have" and "how many chips have transistors" are no such count."""
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "count"), None)
    if at is None:
        return False
    after = [x for x in items[at + 1 :] if not (x.kind == "entity" or (x.kind == "word" and x.role == "filler"))]
    if not (after and after[0].kind == "term" and any(lex.is_kind(t, CHIP) for t in after[0].terms)):
        return False
    measure = next(
        (k for k, x in enumerate(items) if x.kind == "term" and set(x.terms) & _FIGURE_COUNTED_MEASURES), None
    )
    if measure is None:
        return False
    before = [x for x in items[:measure] if not (x.kind == "word" and x.text.lower() in _FIGURE_ADJECTIVES)]
    return bool(before) and before[-1].kind == "word" and before[-1].text.lower() in ("a", "an", "any")


#: the words that may stand between "a" and a measure said as a figure a chip has ("a stated core count")
_FIGURE_ADJECTIVES = frozenset(("stated", "reported", "given", "published", "quoted", "explicit", "specific"))

#: the measures whose "how many" of several chips is refused unless the chips with the figure are counted
_FIGURE_COUNTED_MEASURES = frozenset(
    (
        CK + "transistorCount",
        CK + "computeUnits",
        CK + "maxModelSize",
        CK + "dieCount",
        CK + "portCount",
        CK + "laneCount",
        CK + "scaleOut",
        CK + "controllerCount",
    )
)


def _one_name_of_several(st: _State, chips: list[str]) -> str:
    """The words that name one chip where the graph has several by them (Frame.one_name): a name of
    several chips ("the Grayskull": the e75 and the e150), or a vendor's "chip" said in the singular
    ("the Qualcomm chip", ``chips`` empty: the chips its constraints fit); "" where the question says
    it asks of several: a plural ("the Grayskulls", "the Grayskull chips"; the number of the chips,
    "the two Grayskull", marks the name plural) or a word of words.tsv's class eachof ("each", "both")."""
    eachof = phrase_class("eachof")
    if any(x.kind == "word" and (x.text.lower(),) in eachof for x in st.items):
        return ""
    if not chips:
        if not st.singular_chip:
            return ""
        vendors = [
            x for x in st.items if x.kind == "entity" and len(x.entities) == 1 and st.lex.is_a(x.entities[0], ORG)
        ]
        return f"the {vendors[0].text} chip" if len(vendors) == 1 else ""
    if not (st.family and _one_name_said(st.items, chips)) or (st.chip_words and not st.singular_chip):
        return ""
    at, name = next((k, x) for k, x in enumerate(st.items) if x.kind == "entity" and set(x.entities) >= set(chips))
    after = st.items[at + 1] if at + 1 < len(st.items) else None
    if after is not None and after.kind == "word" and after.role == "filler" and after.value == "noun":
        if after.text.rstrip("'’").endswith("s"):
            return ""  # "the Grayskull models' power": each of them
    return "" if name.plural else name.text  # "the Grayskulls", "the two Grayskull": each of them


def _one_name_said(items: list[Item], named_chips: list[str]) -> bool:
    """Whether the chips named all come from one name of the question ("grayskull": the e75 and
    the e150), not from several names ("groq lpu and northpole")."""
    names = [x for x in items if x.kind == "entity" and set(x.entities) & set(named_chips)]
    return len(names) == 1 and set(names[0].entities) >= set(named_chips)


def _per_unit_kind(st: _State, items: list[Item]) -> bool:
    """Whether the question's scope is one kind of unit ("per Tensix core", "each Tensix core"), and
    no chip and no number are said."""
    return (
        st.scope_asked is not None
        and any(x.kind == "word" and x.role == "scope" and x.entities for x in items)
        and not st.quantities
    )


def _value_frame(st: _State, chips: list[str], metric: F.Metric | None, constraints: list[Any]) -> F.Frame:
    also: tuple[str, ...] = ()
    links = [
        k
        for k in constraints
        if isinstance(k, F.Relation) and k.prop == CK + "interconnect" and not k.negated and len(k.values) == 1
    ]
    if (
        metric is not None
        and metric == F.Metric(CK + "performance")
        and len(links) == 1
        and not st.perf_unit
        and not {"flop", "ops", "operations"} & {w for it in st.items if it.kind == "term" for w in it.text.split()}
    ):
        metric = F.Metric(CK + "bandwidth")  # "Blackwell's NVLink throughput": a link's throughput is its bandwidth
    if metric is not None and metric.prop in LINK_MEASURES and metric.technology is None and len(links) == 1:
        # "blackwell nvlink bandwidth", "gaudi 3 pcie lanes": the link's figure (the chip has the link,
        # or the answer is absent)
        metric = metric._replace(link=links[0].values[0])
        constraints = [k for k in constraints if k is not links[0]]
    if (
        metric is not None
        and metric.prop == CK + "capacity"
        and metric.technology is None
        and st.measure_words == [CK + "memory"]
        and "value" not in st.shape_words
    ):
        # "what memory does the SN40L use": its memories, sized or not
        if "count" in st.shape_words:  # "how many memories": a number, which a list of them is not
            raise refuse("'how many' memories: the article lists a chip's memories, it does not count them; ask which")
        metric = F.Metric(CK + "memory", on_chip=metric.on_chip)
    # "the Grayskull e75 specifically, not the e150": another chip set aside beside the one whose
    # figure is asked changes nothing (the figure is that chip's alone); a chip set aside that is
    # one asked, or of its line ("not the Grayskull"), contradicts the question
    aside = [e for k in constraints if isinstance(k, F.Identity) and k.negated for e in k.chips]
    if aside and (not chips or any(e in chips or _related(e, chips, st.lex) for e in aside)):
        raise refuse("a figure of a chip cannot be asked with that chip excluded")
    if metric is not None and _asked_relation(st) and metric.prop != CK + "featureSize":
        # "in which cluster offering is Trainium2 described as scaling out": two things asked for
        raise refuse(
            f"the question asks for two things of the chip: its {st.lex.terms.get(metric.prop, ('?',))[0]} "
            f"and its {st.lex.terms.get((st.pending_prop or '').split('|')[0], ('?',))[0]}; ask one at a time"
        )
    left = set((st.pending_prop or "").split("|")) & set(RELATIONS)
    if (
        metric is not None
        and left - {CK + "designedBy", CK + "manufacturedBy"}
        # "corsair c8 process node nm" (set 78): the node's size in nanometres is the node's feature size
        and not (metric.prop == CK + "featureSize" and left == {CK + "processNode"})
        and not any(it.kind == "word" and it.role in ("wh", "who", "value", "count", "aux") for it in st.items)
        and not getattr(st, "question_mark", False)
    ):
        # "groq lpu sram formats": the relation word at the end of a search asks for a second thing
        # (in a sentence, "how big a model can you run on two cards?", the verb is the sentence's)
        raise refuse(
            f"the question asks for two things of the chip: its {st.lex.terms.get(metric.prop, ('?',))[0]} "
            f"and its {st.lex.terms.get(sorted(left)[0], ('?',))[0]}; ask one at a time"
        )
    joined = _relation_joined_to_figure(st, left)
    if metric is not None and joined is not None:
        # "What is the Groq LPU's process node, and its SRAM?": the figure was answered, the
        # relation word joined to it dropped (half an answer)
        raise refuse(
            f"the question asks for two things of the chip: its {joined} and its "
            f"{st.lex.terms.get(metric.prop, ('?',))[0]}; ask one at a time"
        )
    compound = _memory_compound(st, left)
    if metric is not None and compound is not None:
        # "how many HBM stacks", "the SRAM architecture", "the HBM process node": the relation word
        # is said of the memory, which has none in the graph; read apart it answered the memory's size
        raise refuse(f"'{compound}': the article gives no {compound.split(' ', 1)[1]} of a chip's memory")
    if metric is None:
        prop = st.pending_prop
        if prop is None:
            raise refuse("the question does not say what to tell about the chip")
        props = [p for p in prop.split("|") if p in RELATIONS]
        if not props:
            raise refuse("the question does not say what to tell about the chip")
        metric = F.Metric(props[0])
        if len(chips) == 1 and props[0] not in (CK + "designedBy", CK + "manufacturedBy"):
            # "what's the M4 used for": the word is ck:usedFor's (the models it powers) and
            # ck:workload's (laptops): the first the article states of the chip is answered
            also = tuple(props[1:])
    others = [k for k in constraints if not isinstance(k, F.Identity)]
    if also and (others or st.component is not None):
        also = ()
    component = st.component
    if len(chips) == 1 and component is None:
        # "the M4's GPU", "CPU clock of the M4": a kind the chip is not, of one of its components
        for k in others:
            parts = (
                [p for p, chip in st.lex.parts.items() if chip == chips[0] and st.lex.is_a(p, k.cls)]
                if (isinstance(k, F.Kind) and not k.negated and not st.lex.is_a(chips[0], k.cls))
                else []
            )
            if len(parts) == 1:
                component = parts[0]
                others.remove(k)
                break
    if component is not None:
        if metric.prop not in MEASURES or MEASURES[metric.prop].in_memory or len(chips) != 1:
            raise refuse("a figure of a chip's component is asked one figure of one chip at a time")
        metric = metric._replace(component=component)
    if any(isinstance(k, F.Relation) and k.negated for k in others):
        raise refuse("the question asks for a figure of a chip and negates something about it")
    if metric == F.Metric(CK + "bandwidth") and st.bare_bandwidth:
        # "blackwell bandwidth", "what is the bandwidth of the m4": "bandwidth" with no memory or
        # link said is any of the chip's, memory and links alike, each labelled; read as the
        # memory's it hid the links' figures
        metric = metric._replace(links_too=True)
    _which_counted(st, metric)
    return F.Frame(
        F.VALUE,
        tuple(others),
        subjects=tuple(chips),
        metric=metric,
        also=also,
        one_unit=st.one_unit,
        one_name=_one_name_of_several(st, chips) if len(chips) > 1 else "",
    )


def _which_counted(st: _State, metric: F.Metric) -> None:
    """ "What are the SN40L's memory tiers", "which dies does Blackwell have": a count measure's
    things asked for by "which" (or "what ... are"), with no word of counting, ask which they are; the
    figure only counts them ("3 tiers"). Compute units are answered: their figures name each kind of
    unit counted ("10 CPU cores; 12 GPU cores"), which is what "which cores" asks."""
    if MEASURE_DIMENSIONS.get(metric.prop) != "count" or metric.prop == CK + "computeUnits" or st.chip_words:
        return
    items = [it for it in st.items if not (it.kind == "word" and it.role == "filler")]
    if any(it.kind == "word" and it.role in ("count", "super", "top") for it in items):
        return
    # the measure's word names the things counted: a kind of unit it counts ("dies", "lanes"), or its
    # label ("memory tier count") without the word of the figure, its dimension's, with the noun
    # counted: "memory tiers", "tiers of memory", "tiers"
    label = stems(st.lex.terms.get(metric.prop, ("", False))[0])
    counted = label[:-1] if len(label) > 1 and label[-1:] == stems(MEASURE_DIMENSIONS[metric.prop]) else ()

    def names_them(text: str) -> bool:
        said = set(stems(text)) - set(stems("of"))
        return bool(counted) and counted[-1] in said and said <= set(counted)

    def naming(it: Item) -> bool:
        return (
            it.kind == "entity" and it.plural and any(st.lex.counted.get(e) == metric.prop for e in it.entities)
        ) or (it.kind == "term" and metric.prop in it.terms and names_them(it.text))

    named = any(naming(it) for it in items)
    if not named:
        return
    if any(it.kind == "word" and it.role == "filler" and it.value == "imperative" for it in st.items[:1]):
        items = [Item("word", "which", role="wh"), *items]  # "list the SN40L's memory tiers": which they are
    first = items[0] if items else None
    second = items[1] if len(items) > 1 else None
    wh = first.text.lower() if first is not None and first.kind == "word" and first.role == "wh" else ""
    # "what are ...", and "what tiers does the SN40L have": the things counted right after "what"
    what_are = (
        wh == "what"
        and second is not None
        and ((second.kind == "word" and second.text.lower() in ("are", "were")) or naming(second))
    )
    if wh == "which" or what_are:
        word = next(
            (
                it.text
                for it in items
                if (it.kind == "term" and metric.prop in it.terms)
                or (it.kind == "entity" and any(st.lex.counted.get(e) == metric.prop for e in it.entities))
            ),
            "",
        )
        if metric.prop == CK + "memoryTierCount":  # the SN40L's tiers are its memories (red team 121, W9)
            raise refuse(f"'{word or 'tiers'}' is read as a count of tiers here; ask what memory the chip has")
        raise refuse(f"the article gives how many {word or 'of them'} the chip has, not which they are")


#: the kinds of organization that make a chip, its designer's and its foundry's: a word that names both
#: ("manufacturer", ontology/chipkg.ttl) names neither
_MAKER_KINDS = frozenset((CK + "ChipDesigner", CK + "Foundry"))


def _maker_also(props: list[str], chips: list[str]) -> tuple[str, ...]:
    """ "who makes the Adreno 750": a word the ontology gives both ck:designedBy and
    ck:manufacturedBy ("make", "made", "maker") asked of one chip may mean either, so both are
    answered, each labelled; "who designs" or "who fabricates" names one. The relations answered
    beside the first, () when the word names one."""
    if len(chips) == 1 and props[:1] == [CK + "designedBy"] and CK + "manufacturedBy" in props:
        return (CK + "manufacturedBy",)
    return ()


def _plural_figures(items: list[Item], lex: Lexicon) -> bool:
    """ "what are the largest model sizes": a superlative before a plural measure word asks for
    the figures in order, not for the one chip on top."""
    for k, it in enumerate(items[:-1]):
        nxt = items[k + 1]
        if not (it.kind == "word" and it.role == "super" and nxt.kind == "term"):
            continue
        props = [t for t in nxt.terms if t in MEASURES]
        last = nxt.text.split()[-1]
        if not props or not last.endswith("s") or last.endswith("ss"):
            continue
        # "the most transistors" counts things: one chip on top; "the largest model sizes" are figures
        if all(MEASURE_DIMENSIONS.get(p) == "count" for p in props) and last not in ("counts", "sizes", "numbers"):
            continue
        # the plural of a phrase for the figure itself ("clock speeds" of "clock speed"), not of a
        # unit or a counted thing ("the most watts", "the most cores")
        if " " in nxt.text and set(props) & set(lex.raw.get(name_key(nxt.text[:-1]), [])):
            return True
    return False


def _top_of_several(items: list[Item]) -> bool:
    """ "What're the top chips for INT8 TOPS, in order?", "what is the order from the top?": "top"
    before a plural word for chips, or after "from the", asks for several in order, not the one at
    the top (set 51: both answered with the Groq LPU alone). "Which chip ranks top" asks for one.
    A name of a technology or format may stand between: "what are the top INT8 chips by TOPS?" (set
    58) was answered with the Groq LPU alone."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role == "top"):
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        if after is not None and after.kind == "entity" and k + 2 < len(items):
            after = items[k + 2]  # "the top INT8 chips", "the top HBM chips"
        if after is not None and after.kind == "term" and CHIP in after.terms and after.text.lower().endswith("s"):
            return True
        if after is not None and after.kind == "word" and after.text.lower() == "ones":
            return True  # "the top ones by clock speed" (red team 56), where "the top one" asks for one
        if k >= 2 and [y.text.lower() for y in items[k - 2 : k]] == ["from", "the"]:
            return True
    return False


def _orders(items: list[Item], first: Item | None, *, plural: bool) -> bool:
    """A ranking verb that opens the question ("rank the fastest chips") or a direction phrase
    ("lowest first", "from highest") asks for the order, where "which chip ranks highest" asks for
    the top. Of chips in the plural, "how do the chips rank" and a ranking word the superlative does
    not follow ("lowest power chips ranked", "chips ranked by lowest power") ask for the order too: the
    rank word was dropped and the one chip at the top answered (set 54), exit 0. So does a rank word
    that ends the question, of one chip or many ("lowest power draw ranking", set 56)."""
    if first is not None and first.kind == "word" and first.role == "rank":
        return True
    for k, x in enumerate(items):  # "Considering per-chip figures only, rank the chips ...": a clause's opening
        if k and x.kind == "word" and x.role == "rank" and items[k - 1].kind == "comma":
            return True
    if any(x.kind == "word" and x.role == "rank" and x.value in ("asc", "desc") for x in items):
        return True
    for k, x in enumerate(items[:-1]):  # "... which clocks fastest? order them": an imperative of ordering
        if (
            x.kind == "word"
            and x.role == "rank"
            and items[k + 1].text.lower().rstrip(".!") in ("them", "'em", "em", "these", "those")
        ):
            return True
    said = [x for x in items if x.kind == "comma" or x.text.strip(".?!")]
    for k, x in enumerate(said):
        # "lowest power draw ranking", "highest clock, ranked", "lowest power draw ranking, per chip only"
        # (set 56): a rank word that ends the question or its clause (or stands before a parenthesis) asks
        # the order
        rest = said[k + 1 :]
        scoped = all(
            y.kind == "word" and y.role in ("scope", "chipscope", "only") for y in rest
        )  # "... ranking (per chip)"
        if k and x.kind == "word" and x.role == "rank" and (scoped or rest[0].kind in ("comma", "open")):
            return True
    for k, x in enumerate(items):  # "rank from highest", "how do they rank from the lowest?"
        if k and x.kind == "word" and x.role == "super":
            before = [y for y in items[:k] if not (y.kind == "word" and y.text.lower() == "the")]
            if before and before[-1].kind == "word" and before[-1].text.lower() == "from":
                return True
    if not plural:
        return False
    ranks = [k for k, x in enumerate(items) if x.kind == "word" and x.role == "rank"]
    if ranks and any(x.kind == "word" and x.text.lower() == "how do" for x in items[: ranks[0]]):
        return True  # "how do the chips rank by power"
    for k in ranks:  # "which chips rank highest" asks the top; "chips ranked by lowest power" the order
        after = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.text.lower() == "the")), None)
        if not (after is not None and after.kind == "word" and after.role == "super"):
            return True
    return False


def _memory_compound(st: _State, left: set[str]) -> str | None:
    """The words of a memory (a memory technology's name, or the word "memory") and of a relation
    still waiting for its value right after it ("HBM stacks", "SRAM architecture", "memory stacks"):
    a noun said of the memory, not of the chip; None when there is none. An interface after it is
    the memory's own ("the LPDDR5X interface", "a DRAM interface": ck:memory's "memory interface")."""
    left = left - {CK + "interconnect"}
    memories = {*st.technology_at.values()}
    memories |= {k for k, x in enumerate(st.items) if x.kind == "term" and CK + "memory" in x.terms}
    for at in sorted(memories):
        nxt = at + 1
        if nxt < len(st.items) and st.items[nxt].kind == "term" and left & set(st.items[nxt].terms):
            return f"{st.items[at].text} {st.items[nxt].text}"
    return None


def _relation_joined_to_figure(st: _State, left: set[str]) -> str | None:
    """The words of a relation still waiting for its value that "and" joins to a figure's word (a
    measure, a memory technology), nothing but fillers and a comma between ("the process node, and
    its SRAM", "SRAM and process node"): a second thing asked. None when there is none."""
    if not left:
        return None
    items = st.items

    def figure(x: Item) -> bool:
        if x.kind == "term":
            return bool(set(x.terms) & ({*MEASURES, CK + "memory"}))
        return (
            x.kind == "entity"
            and bool(x.entities)
            and all(MEMORY_TECH in st.lex.entities.get(e, ("", ()))[1] for e in x.entities)
        )

    def relation(x: Item) -> bool:
        return x.kind == "term" and bool(set(x.terms) & left) and not set(x.terms) & set(MEASURES)

    for k, x in enumerate(items):
        if not relation(x):
            continue
        for step in (1, -1):
            j, joined = k + step, False
            while 0 <= j < len(items) and (
                items[j].kind == "comma" or (items[j].kind == "word" and items[j].role in ("filler", "and"))
            ):
                joined = joined or (items[j].kind == "word" and items[j].role == "and")
                j += step
            if joined and 0 <= j < len(items) and figure(items[j]):
                return x.text
    return None


def _asked_relation(st: _State) -> bool:
    """ "In which cluster offering ...": the word right after the question word (past names and
    fillers) is a relation still waiting for its value: that relation is what is asked."""
    if not st.pending_prop:
        return False
    pending = set(st.pending_prop.split("|")) & set(RELATIONS)
    items = st.items
    for k, it in enumerate(items):
        if it.kind == "word" and it.role == "wh":
            for nxt in items[k + 1 :]:
                if nxt.kind == "entity" or (nxt.kind == "word" and nxt.role == "filler"):
                    continue
                return nxt.kind == "term" and bool(pending & set(nxt.terms))
            return False
    return False


def _scope_in_term(items: list[Item], lex: Lexicon) -> str | None:
    """The words of a measure that say its scope ("chips per pod", "pod size": ck:scaleOut's hidden
    labels hold a words.tsv ``scope`` phrase), which the measure's range does not keep: a yes/no
    would be decided by figures of any scope (a cluster's "over 1,000" for "512 chips per pod").
    None when no term says one."""
    for it in items:
        if it.kind != "term":
            continue
        said = stems_of(it.text)
        for i in range(len(said)):
            for j in range(i + 1, len(said) + 1):
                if lex.words.get(said[i:j], ("", ""))[0] == "scope":
                    return it.text
    return None


def _asked_superlative(items: list[Item], named: list[str], st: _State) -> int | None:
    """Where the superlative of a yes/no about one named chip stands: an auxiliary before it ("is",
    "does", "has": "the Groq LPU has the most SRAM?"), no question word that asks for anything
    else, one chip named, no number compared. None otherwise."""
    if len(set(named)) != 1 or st.quantities or "compare" in st.shape_words:
        return None
    if any(x.kind == "word" and x.role in ("wh", "who", "count", "value", "comparative") for x in items):
        return None
    said = next((k for k, x in enumerate(items) if x.kind == "word" and x.role in ("super", "top")), None)
    if said is None:
        return None
    if not any(x.kind == "word" and x.role == "aux" for x in items[:said]) and not _terse_claim(items, said, named):
        return None
    return said


def _own_superlative(items: list[Item], chip: str, st: _State) -> bool:
    """The superlative is the named chip's own figure's: right after its possessive ("the M4's
    maximum clock") or before a measure said "of" the chip ("the maximum clock of the M4"), not a
    ranking of chips."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role == "super"):
            continue
        before = items[k - 1] if k else None
        if before is not None and before.kind == "entity" and chip in before.entities and before.text in st.owned:
            return True
        j = k + 1
        while j < len(items) and items[j].kind == "term":
            j += 1
        rest = [y for y in items[j : j + 3] if y.text.lower() != "the"]
        if j > k + 1 and len(rest) >= 2 and rest[0].text.lower() == "of":
            return rest[1].kind == "entity" and chip in rest[1].entities
    return False


def _stuck_to_name(items: list[Item], chip: str, st: _State) -> tuple[str, str] | None:
    """ "m4 max transistors", "groq lpu plus sram": a superlative or "plus" said right after the
    name of ``chip``, no possessive between, is where a product's name goes on ("M4 Max"): the
    words said and the chip's label, else None. "the M4's max clock" is not."""
    for k in range(len(items) - 1):
        it, after = items[k], items[k + 1]
        if (
            it.kind == "entity"
            and chip in it.entities
            and it.text not in st.owned
            and after.kind == "word"
            and after.role in ("super", "cmp_after")
            # "the M4 plus Blackwell": "plus" before a name joins the two
            and not (after.role == "cmp_after" and k + 2 < len(items) and items[k + 2].kind == "entity")
        ):
            return f"{it.text} {after.text}", st.lex.entities[chip][0]
    return None


def _terse_claim(items: list[Item], said: int, named: list[str]) -> bool:
    """ "groq lpu the most sram?", "groq lpu the 7nm chip with the most sram?": a search-box yes/no
    with its "is" left out. The named chip opens the question and "the" stands right before the
    superlative, as in "is the Groq LPU the chip with the most SRAM"; read without the "is", it was
    the most of the chip's own figure, its SRAM shown as if it led. "the most sram of the groq lpu"
    (the chip after the superlative) and "groq lpu max sram" (no "the": the figure's own maximum,
    "trillium max tpus per pod") are not such claims."""
    if said < 2 or items[said - 1].text.lower() != "the":
        return False
    first = next((x for x in items[:said] if not (x.kind == "word" and x.role == "filler")), None)
    return first is not None and first.kind == "entity" and named[0] in first.entities


def _leader_asked(items: list[Item], named: list[str], st: _State) -> bool:
    """A yes/no whether one named chip is the most, the least or in the top N of the chips the rest
    of the question describes ("is the e150 the lowest power data center chip?", "does the Groq LPU
    have the most SRAM?", "is the chip with the most transistors the CS-3?", "is it among the top 3
    by SRAM?"): asked as :func:`_asked_superlative` says, and the superlative is definite ("the
    most"; "a maximum clock" is a kind of figure). A chip named right after "of"/"for" behind the
    superlative is whose figure it is ("is the max power of the e150 ..."), not the one checked."""
    said = _asked_superlative(items, named, st)
    if said is None or said == 0 or items[said - 1].text.lower() != "the":
        return False
    at = next((k for k, x in enumerate(items) if x.kind == "entity" and named[0] in x.entities), None)
    if at is None:
        return False
    if at > said:
        before = next((x for x in reversed(items[:at]) if x.text.lower() != "the"), None)
        if before is not None and before.kind == "word" and before.text.lower() in ("of", "for"):
            return False
    return True


#: superlatives of a process node's age (words.tsv role ``super``): "the newest node" is the smallest
#: feature size (commit 3fa9466); of anything else they say when a chip came out, which the article
#: does not date
_NODE_AGE = ("oldest", "newest", "most advanced", "least advanced")


def _ranking_frame(st: _State, named: list[str], constraints: list[Any], metric: F.Metric | None, top: bool) -> F.Frame:
    sw = st.shape_words
    age = " ".join(sw.get("super_text", "").lower().split())
    if age in _NODE_AGE and metric is not None and metric.prop != CK + "featureSize":
        # "Which chips use HBM? Just the newest one." was the least HBM capacity
        raise refuse(
            f"'{age}' compares process nodes (the smallest feature size is the newest); the article does not "
            "date the chips, and the figure named is not a node: ask for the chip with the newest process node"
        )
    order = "desc"
    direction = sw.get("direction")
    if direction in ("asc", "desc"):
        order = direction
    constraints = constraints + _measure_constraints(st, metric, True)
    if len(set(named)) == 1 and _asks_which_chip(st.items, st.lex):
        # "which GPU has the most HBM behind Gaudi 3": the top of a field of one named chip is that
        # chip whatever the figures; the name stands in a way not read (a runner-up, a relation)
        raise refuse(
            f"the question asks for the top of a field and names one chip, {st.lex.entities[named[0]][0]}, "
            "in a way not read (a runner-up, a relation); ask for the chip with the most, or a ranking"
        )
    if named:
        constraints.append(F.Identity(tuple(named)))
    if metric is None:
        return F.Frame(F.TOP if top else F.RANK, tuple(constraints), metric=None, order=order, n=st.top_n)
    if metric.prop == CK + "performance" and metric.precision is None and not _any_precision(st, metric):
        raise refuse(
            "performance figures come in operations (TOPS) and floating-point operations (TFLOPS), which are "
            "not compared; say which (TOPS or FLOPS, any precision) or name a precision (INT8, FP16 ...)"
        )
    if metric.prop in COUNTED_WHERE_SEVERAL and order == "asc" and not named:
        # "which chip has the fewest dies" named the three two-die chips: the article counts no
        # chip of one die (the CS-3's "massive die", NorthPole's "800 mm² die")
        raise refuse(
            f"the article gives a {st.lex.terms.get(metric.prop, ('count', False))[0]} only of chips that have "
            "several, so which has the fewest is not told; ask which chips have the most, or a chip's own count"
        )
    return F.Frame(
        F.TOP if top else F.RANK, tuple(constraints), metric=metric, order=order, n=st.top_n if not top else None
    )


def _asks_for_figure(items: list[Item], lex: Lexicon) -> bool:
    """The first term after the question word ("what", "which", "how many") names a figure or a
    property of a chip, not an organization ("what clock speed ...", "which node ...", "how many
    cores ..."): the question asks for that, whatever organizations it names later."""
    wh = next((i for i, x in enumerate(items) if x.kind == "word" and x.role in ("wh", "count", "value")), None)
    if wh is None:
        return False
    if items[wh].role == "value":  # "how much SRAM does the vendor say ...": a figure by its wording
        return True
    head = next((x for x in items[wh + 1 :] if x.kind == "term"), None)
    if head is None:
        return False
    org_ranges = (ORG, CK + "Foundry", CK + "Consortium")
    if any(
        t in MEASURES
        or t == CK + "memory"
        or (t in RELATIONS and t not in ORG_RELATIONS and _RANGES.get(t) not in org_ranges)
        for t in head.terms
    ):
        return True
    # "what precision does the vendor list for X": a head that names neither organizations nor chips
    return not any(
        t in ORG_RELATIONS or _RANGES.get(t) in org_ranges or ORG in lex.subclasses.get(t, [t]) or chipish_any(lex, [t])
        for t in head.terms
    )


def _org_of_top(
    st: _State, named: list[str], constraints: list[Any], metric: F.Metric | None, items: list[Item]
) -> F.Frame:
    """ "Which company designs the chip with the most SRAM?", "which foundry makes the chip with the
    most transistors?": the organizations behind the chip(s) with the most or least of one measure
    (ties kept), the top found first by the chip question's own rules (:class:`F.TopOf`). Only for
    one superlative over chips whose other conditions are the chips' (a node, a workload, a
    memory), one relation between organization and chip (designs, or manufactures); refused
    otherwise: a ranking or top N of organizations, named chips, relations between organizations,
    "makes" with no kind of organization to say which, a kind of organization other than a foundry
    or a chip designer (whose chips' top it may mean)."""
    sw = st.shape_words
    if "super" not in sw or {"rank", "top"} & set(sw) or st.top_n is not None or metric is None or named:
        raise refuse("the organization behind the chip with the most (or least) of something: ask for the chip first")
    said = {p for prop, _ in st.org_props for p in prop.split("|")}
    links = {CK + "designedBy" if p == CK + "designs" else p for p in said} & {
        CK + "designedBy",
        CK + "manufacturedBy",
    }
    if CK + "Foundry" in st.org_classes:
        links &= {CK + "manufacturedBy"}
    if set(st.org_classes) - {CK + "Foundry", CK + "ChipDesigner"}:
        # "which hyperscaler designs the chip with the most HBM": the top of every chip, or of the
        # hyperscalers' chips? The two differ; neither is read
        raise refuse(
            "a kind of organization beside the chip with the most of something: ask for the chip first "
            "('which hyperscaler chip has the most HBM?'), then who designs it"
        )
    if len(links) > 1 or any(
        (isinstance(k, F.Relation) and (k.prop in ORG_RELATIONS or k.prop == CK + "designedBy"))
        or not isinstance(k, (F.Relation, F.Kind, F.Measure, F.Memory))
        for k in constraints
    ):
        raise refuse(
            "the organization behind the chip with the most (or least) of something: say whether it "
            "designs or manufactures the chip, or ask for the chip first"
        )
    top = _ranking_frame(st, [], list(constraints), metric, True)
    chip_side = st.quantities, st.technology
    st.quantities, st.technology = [], []  # read into the top's own conditions, not again the organizations'
    try:
        return _org_frame(st, [], [F.TopOf(top)], None, items)
    finally:
        st.quantities, st.technology = chip_side


def _before_org_kind(items: list[Item], k: int, lex: Lexicon) -> bool:
    """Whether "all" (each, every) at ``k`` goes with the kind of organization asked for ("who are all
    the startups"), past "the" and "of": a word that changes nothing then, not "each chip"."""
    j = k + 1
    while j < len(items) and items[j].kind == "word" and items[j].text in ("the", "of", "of the"):
        j += 1
    return (
        j < len(items)
        and items[j].kind == "term"
        and bool(items[j].terms)
        and all(lex.is_kind(t, ORG) for t in items[j].terms)
    )


def _verb_of_held_chips(items: list[Item], pos: int, lex: Lexicon) -> bool:
    """ "Which companies have at least one chip that TSMC manufactures?", "vendors that have chips
    Samsung makes": the verb of a clause on the chips the organizations asked for have, whose subject
    is an organization named right before it, says what the chips are (made by TSMC), not how the
    organizations are linked to them; read as their link, it asked who manufactures TSMC's chips
    (TSMC, refused). So is a passive's ("chips that are manufactured by TSMC"). "Have" links them to
    their chips as designers do."""
    if pos < 1 or pos >= len(items):
        return False

    def org(k: int) -> bool:
        x = items[k] if 0 <= k < len(items) else None
        return x is not None and x.kind == "entity" and any(ORG in lex.entities.get(e, ("", ()))[1] for e in x.entities)

    # its subject right before it ("TSMC manufactures"), or after "by" ("manufactured by TSMC"; "by" a
    # word of its own after "fabricated", set 77)
    by_next = pos + 1 < len(items) and items[pos + 1].kind == "word" and items[pos + 1].text.lower() == "by"
    if not (
        org(pos - 1) or (list(tokens(items[pos].text))[-1:] == ["by"] and org(pos + 1)) or (by_next and org(pos + 2))
    ):
        return False
    held = next((k for k in range(pos) if items[k].kind == "word" and items[k].value == "holds"), None)
    return held is not None and any(x.kind == "term" and chipish_any(lex, list(x.terms)) for x in items[held + 1 : pos])


def _technology_had(items: list[Item], lex: Lexicon) -> bool:
    """Whether the question names chips by a technology they have, with no figure said: the name
    right before the word for chips ("all HBM chips"), or after it with words between that are not
    "of" ("all chips with HBM", "every chip that uses LPDDR memory", "all chips equipped with HBM"),
    and no measure's word but "memory" after a technology's name. Such a question asks for the chips
    that have it, not each chip's figure: read as each chip's HBM capacity ranked, the MI350 (no
    capacity stated) was left out of the rows (red teams 30, 31). "Every chip's HBM" (the name right
    after the chips) and "the HBM of all chips" ask for the figures."""
    chip_at = [k for k, x in enumerate(items) if x.kind == "term" and chipish_any(lex, list(x.terms))]
    for k, x in enumerate(items):
        if x.kind == "term" and any(t in MEASURES for t in x.terms):
            named_before = k > 0 and items[k - 1].kind == "entity"
            if not (named_before and x.terms == (CK + "memory",)):
                return False  # "all chips with HBM bandwidth": a figure is said
    for k, x in enumerate(items):
        if x.kind != "entity":
            continue
        if k + 1 in chip_at:
            return True
        before = [j for j in chip_at if j < k]
        if before and k - before[-1] > 1:
            between = items[before[-1] + 1 : k]
            if all(y.kind == "word" and y.text.lower() != "of" for y in between):
                return True
    return False


#: the relations a chip has that a question may say it has some value of ("a chip with a stated foundry")
_HELD_RELATIONS = {p for _, p in ENTITY_RELATIONS} - {CK + "designedBy", CK + "memberOf", CK + "relatedSystem"}


def _relations_of_held_chips(items: list[Item]) -> dict[int, str]:
    """ "How many startups design a chip with a stated foundry?", "designers that have a chip made by a
    named foundry", "... a chip whose foundry is named", "a chip for which a foundry is given": the
    word of a relation of the chips said right after them ("with", "whose", "for which", "that is
    made by", fillers: "a", "stated", "named"), which says the chips have some value of it: {its
    position, and the positions of the relation's verb between: the relation}. Read as the
    organizations' own relation, or dropped beside "design", every startup was counted (red team
    111 W3: 6, of 1)."""
    out: dict[int, str] = {}
    role = {p: c for c, p in ENTITY_RELATIONS}
    for k, x in enumerate(items):
        props = [p for p in (x.terms or ()) if p in _HELD_RELATIONS] if x.kind == "term" else []
        # the relation's noun ("foundry", "process node"), not a verb of two relations ("made")
        if len(props) != 1 or not set(x.terms or ()) <= {props[0], role[props[0]]}:
            continue
        verbs: list[int] = []
        linked = said_as_noun = False
        j = k - 1
        while j >= 0:
            y = items[j]
            if y.kind == "term" and props[0] in (y.terms or ()) and CHIP not in y.terms:
                verbs.append(j)  # "made by"
                linked = True
            elif y.kind == "word" and y.text.lower() in ("with", "whose", "which", "that"):
                linked = said_as_noun = True
            elif not (y.kind == "word" and (y.role == "filler" or (y.role == "aux" and y.text.lower() == "is"))):
                break
            j -= 1
        if not (linked and j >= 0 and items[j].kind == "term" and CHIP in (items[j].terms or ())):
            continue
        then = next(
            (
                y
                for y in items[k + 1 :]
                if not (
                    y.kind == "word" and (y.role == "filler" or (y.role == "aux" and y.text.lower() in ("is", "are")))
                )
            ),
            None,
        )
        if then is not None and then.kind in ("entity", "qty"):
            continue  # "a process node of 7nm": a value said
        if then is not None and then.kind == "word" and then.role == "neg":
            if not said_as_noun or verbs:
                continue  # "chips made by a foundry other than TSMC": the verb's, read as before
            # "a chip with a foundry other than TSMC", "whose foundry isn't TSMC": which chips have another
            # value than one named is not told apart from those that state none (red team 113: every
            # startup, or TSMC's customers, listed)
            raise refuse(
                f"'{x.text} {then.text} ...' of the chips of organizations: ask which chips have it, then who "
                "designs them"
            )
        out.update({p: props[0] for p in (k, *verbs)})
    return out


def _org_frame(
    st: _State, chips: list[str], constraints: list[Any], metric: F.Metric | None, items: list[Item]
) -> F.Frame:
    lex = st.lex
    if len(set(st.org_classes)) > 1:  # "which AI lab ... Microsoft among the hyperscalers"
        raise refuse("the question names several kinds of organization; I can't tell which one it asks for")
    asked_who = "who" in st.shape_words or "orgs" in st.shape_words
    # "who makes the chips that hyperscalers design?": the kind said after the chips, in their clause
    said_after = "who" in st.shape_words and st.first_class == "chip"
    said_of_chips = st.kind_of_chips or st.class_took == CK + "designedBy" or said_after
    if asked_who and st.org_classes and said_of_chips and not set(st.org_classes) & _MAKER_KINDS:
        # "who makes the chips designed by startups?", "who produces the startups' inference chips?"
        # (red team 104): the kind is the chips' designer, so the designers answered only repeat it, as
        # "who makes the chips designed by Qualcomm?" would (refused when answered)
        kind = lex.terms.get(st.org_classes[0], (st.org_classes[0], False))[0]
        raise refuse(
            f"the chips are said to be designed by a {kind}, so the answer would only repeat the {kind}s: ask "
            f"which {kind}s design them, or which foundry makes them"
        )
    bare = [q for q in st.quantities if all(d == "count" for d, _ in q[1])] and not st.measure_words
    if (
        st.top_n is not None or bare
    ):  # "vendors with 2 chips"; a figure with its unit is the chips' ("SRAM over 100 MB")
        raise refuse("organizations by how many chips they have: ask how many chips per designer")
    if any(
        x.kind == "word" and x.text in ("each", "every", "all") and not _before_org_kind(items, k, lex)
        for k, x in enumerate(items)
    ):
        raise refuse("the organization of each chip: ask about one chip, or `chipkg query compare-chips`")
    links = [p for prop, _ in st.org_props for p in prop.split("|")]
    if any(p in ORG_RELATIONS for p in links) and any(p in (CK + "designedBy", CK + "manufacturedBy") for p in links):
        raise refuse("two relations at once ('who owns the company that designs X'): ask one at a time")
    if CK + "Consortium" in st.org_classes and len(st.orgs) == 1 and not chips:
        # "which consortium is Google in"
        return F.Frame(F.ORGS, (F.Kind(CK + "Consortium"), F.Relation(CK + "memberOf", (st.orgs[0][0],), inverse=True)))
    asked = st.pending_prop
    if (
        asked in RELATIONS
        and asked not in (CK + "designedBy", CK + "manufacturedBy", CK + "designs")
        and not any(isinstance(k, F.Relation) and k.prop == asked for k in constraints)
    ):
        # "which vendors state a node": a relation word with no value would be dropped
        raise refuse(
            "organizations whose chips have some value of a property: name the value ('which vendors make 7nm chips?')"
        )
    for k in constraints:
        if (
            isinstance(k, F.Relation)
            and k.prop == CK + "manufacturedBy"
            and k.values
            and not k.negated
            and any(CK + "Foundry" not in lex.entities[v][1] for v in k.values)
        ):
            raise refuse(
                " or ".join(lex.entities[v][0] for v in k.values) + " is not a foundry in the article, "
                "so nothing is made by it"
            )
    org_constraints: list[Any] = []
    chip_constraints: list[Any] = []
    link: str | None = None
    held = _relations_of_held_chips(items)
    for prop in held.values():  # "startups that design a chip with a stated foundry": that chip's
        if not any(isinstance(k, F.Relation) and k.prop == prop and not k.values for k in constraints):
            constraints = [*constraints, F.Relation(prop, cls=dict((p, c) for c, p in ENTITY_RELATIONS)[prop])]
    for prop, pos in st.org_props:
        candidates = prop.split("|")
        if pos in held:
            continue  # "a chip with a stated foundry": the chip's foundry, not what the organizations do
        if _verb_of_held_chips(items, pos, lex):
            continue  # "which companies have a chip that TSMC manufactures": TSMC's verb, not theirs
        if pos > 0 and items[pos - 1].kind == "entity" and tokens(items[pos].text)[0] == "as":
            continue  # "companies using TSMC as their foundry": TSMC's role, not theirs
        if CK + "Foundry" in st.org_classes and CK + "manufacturedBy" in candidates:
            candidates = [CK + "manufacturedBy"]  # "which foundries make ...": manufacture
        for p in candidates:
            if p in (CK + "designedBy", CK + "manufacturedBy", CK + "designs"):
                link = link or (CK + "designedBy" if p == CK + "designs" else p)
    for k in constraints:
        if isinstance(k, F.Relation) and k.negated and k.prop in ORG_RELATIONS:
            raise refuse(
                "the article's lists of members and acquisitions are not exhaustive, so it cannot say who is not in one"
            )
        if (
            isinstance(k, F.Relation)
            and k.negated
            and k.prop in (CK + "designedBy", CK + "manufacturedBy")
            and k.values
            and all(ORG in lex.entities[v][1] for v in k.values)
            and (not st.org_classes or any(c in lex.entities[v][1] for c in st.org_classes for v in k.values))
            and set(k.values) <= set(st.excluding)
        ):
            org_constraints.append(F.Identity(k.values, negated=True))  # "other than AMD"
            continue
        if isinstance(k, F.Relation) and k.prop in ORG_RELATIONS:
            org_constraints.append(_org_relation(st, k))
        elif (
            isinstance(k, F.Relation)
            and k.values
            and all(CK + "Organization" in lex.entities[v][1] for v in k.values)
            and k.prop in (CK + "designedBy", CK + "manufacturedBy")
            and _org_org_prop(st) is not None
        ):
            org_constraints.append(_org_relation(st, k))
        else:
            chip_constraints.append(k)
    chip_constraints += _memory_and_measures(st, metric) if (st.quantities or st.technology or metric) else []
    if chips:
        chip_constraints.append(F.Identity(tuple(chips)))
    if chip_constraints and all(isinstance(k, F.Identity) and k.negated for k in chip_constraints):
        raise refuse("the organizations of every chip but one: name what the chips should be")
    if (
        link is None
        and any(isinstance(k, F.Profiled) and not k.profiled for k in chip_constraints)
        and not any(x.kind == "term" and CHIP in x.terms for x in st.items)
    ):
        # "Which companies are only mentioned?", "Is Nvidia only mentioned?" (red team 77): profiled or
        # only mentioned is said of chips (ck:profiled); read as the designers of such chips, Nvidia
        # (the H100's) answered, though it has a section of its own. "Unicorn startups profiled" stays
        # read as the designers of profiled chips, and a chip said ("a chip only mentioned") is the chips
        raise refuse(
            "'profiled' or 'only mentioned' is said of chips, not of organizations: ask which chips the "
            "article only mentions, or who designs them"
        )
    if st.org_classes and getattr(st, "negate_org_class", False) and _kind_denied_with_not(st.items):
        raise refuse(_ORG_KIND_DENIED)
    for cls in st.org_classes:
        org_constraints.append(F.Kind(cls, bool(getattr(st, "negate_org_class", False))))
    if chip_constraints or link:
        if CK + "ChipDesigner" in st.org_classes:  # "which chip designers ... chips made by TSMC"
            link = CK + "designedBy"
        elif CK + "Foundry" in st.org_classes:
            link = CK + "manufacturedBy"
        elif link is None:
            link = CK + "designedBy"
        org_constraints.append(F.OrgOfChips(link, tuple(chip_constraints)))
    if not org_constraints:
        raise refuse("the question does not say which organizations")
    if all(isinstance(k, F.Identity) and k.negated for k in org_constraints):
        # "which companies other than Nvidia build chips": 'build' names no relation, so only the
        # exclusion was left and every organization in the graph but Nvidia was listed
        left_out = " or ".join(lex.entities[v][0] for k in org_constraints for v in k.chips)
        raise refuse(
            "the question says which organizations to leave out but not which to list; say what they "
            f"do ('which companies other than {left_out} design chips')"
        )
    if "count" in st.shape_words:
        return F.Frame(F.COUNT, tuple(org_constraints), counting_orgs=True)
    return F.Frame(F.ORGS, tuple(org_constraints))


#: "Is Amazon not a chip designer?", "which companies are not hyperscalers?": the article names who
#: is of a kind (a designer, a hyperscaler, a startup), never who is not, and a parent counts with its
#: subsidiary elsewhere ("designed by Amazon" holds of AWS's chips): answered from the graph's types,
#: Amazon was "not a chip designer" (red team 98). Refused.
_ORG_KIND_DENIED = (
    "the article names which organizations are of a kind, not which are not (and a parent counts with its "
    "subsidiary); ask which ones are"
)


def _kind_denied_with_not(items: list[Item]) -> bool:
    """Whether a kind of organization is denied with a bare "not" ("are not hyperscalers", "Is Amazon
    not a chip designer?"), not set aside ("other than hyperscalers", "excluding startups", "not
    counting startups": the organizations of that kind and their subsidiaries left out)."""
    for k, x in enumerate(items):
        if x.kind == "word" and x.role == "neg" and x.text.lower() in ("not", "isn't", "aren't", "n't"):
            nxt = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
            if nxt is not None and nxt.kind == "term":
                return True
    return False


def _role_yes_no(st: _State, chips: list[str], others: list[Any], links: list[str], designed: bool) -> F.Frame | None:
    """ "Is TSMC the designer of the Groq LPU?", "is Groq the foundry for the Groq LPU?", "is the Apple
    M4's maker TSMC?", "is Amazon the company that designs the Trainium2?": one organization named
    with a role of one chip (a designer, a foundry, a maker, "the company that designs"), in a yes/no:
    whether it stands in that relation to the chip, read as "is the Groq LPU designed by TSMC?" is
    (a parent counted: "designed by Amazon" holds of AWS's chips). The organization had become a
    condition on the chip by its own class (TSMC: "manufactured by TSMC") and the question one for the
    organizations in the role, answered with a table (Groq). None when the question is not of that
    shape (no organization named, or something else asked of the chip)."""
    orgs = [iri for iri, negated, _pos in st.orgs if not negated]
    makers = (CK + "designedBy", CK + "manufacturedBy")
    if (
        len(orgs) != 1
        or len(st.orgs) != 1
        or len(set(chips)) != 1
        or st.technology
        or st.quantities
        or len(others) != 1
        or not isinstance(others[0], F.Relation)
        or others[0].prop not in makers
        or others[0].values != (orgs[0],)
        or others[0].negated
    ):
        return None
    said = set(st.org_classes)
    if said - _MAKER_KINDS or getattr(st, "negate_org_class", False):
        # "is Groq the startup that designs the Groq LPU": a kind beside the role, not read here
        raise refuse("an organization's kind and its role for a chip at once: ask one at a time")
    verbs = set(links) & set(makers)
    also: tuple[str, ...] = ()
    foundry = CK + "Foundry" in said and said != _MAKER_KINDS
    if designed and foundry:
        # "is TSMC the foundry that designs the Groq LPU": two roles at once
        raise refuse("the question gives the organization two roles for the chip (a foundry, a designer): ask one")
    if designed:  # "the designer of", "the company that designs", "the developer of"
        link, also = CK + "designedBy", ()
    elif foundry or verbs == {CK + "manufacturedBy"}:  # "the foundry for", "the fab of", "fabricates"
        link, also = CK + "manufacturedBy", ()
    elif verbs == set(makers) and said <= _MAKER_KINDS and _manufacturer_said(st):
        # "Is Nvidia the manufacturer of Blackwell?": the noun says who fabricates, as the verb
        # "manufacture" does; read as either, Nvidia's design made it true (TSMC makes it; red team 95)
        link, also = CK + "manufacturedBy", ()
    elif verbs == set(makers) and said <= _MAKER_KINDS:
        # "the maker of", "the company that makes": the designer or the foundry, yes by either (as
        # "is the CS-3 made by Intel" is, _made_either)
        link, also = CK + "designedBy", (CK + "manufacturedBy",)
    else:
        raise refuse("the question names an organization and a chip but not its role: ask who designs (or makes) it")
    return F.Frame(F.YESNO, (F.Relation(link, (orgs[0],)),), subjects=(chips[0],), also=also)


def _manufacturer_said(st: _State) -> bool:
    """Whether the word of making the question says is one of manufacturing ("manufacturer",
    "manufactured"), not of making in general ("maker", "makes")."""
    made = {CK + "designedBy", CK + "manufacturedBy"}
    return any(x.kind == "term" and made <= set(x.terms) and "manufactur" in x.text.lower() for x in st.items)


def _classed_maker(st: _State, chips: list[str], link: str, yes_no: bool) -> F.Frame | None:
    """ "Which hyperscaler makes Gaudi 3", "is Blackwell designed by a startup": the kind of
    organization is part of what is asked, not a word for 'who' (read as 'who makes', both named
    Intel whatever its kind). The organizations of that kind behind the chip (none: 'names no
    organization that fits'), or yes/no answered only 'yes' (a class's list of members is not
    read as exhaustive). None when the kind is the relation's own range ("which foundry makes
    the M4": every maker is a foundry): the plain value question."""
    said = list(dict.fromkeys(st.org_classes))
    if set(said) == _MAKER_KINDS and not yes_no and not getattr(st, "negate_org_class", False):
        return None  # "the manufacturer of X": a word for either maker, no kind (the value question, both)
    if len(said) > 1 or (said and getattr(st, "negate_org_class", False)):
        raise refuse("one kind of organization at a time, and not its negation")
    if said and yes_no:
        return F.Frame(F.YESNO, (F.Relation(link, cls=said[0]),), subjects=tuple(chips))
    # the relation's own range, and for design the class the lexicon gives every designer
    implied = {_RANGES.get(link), CK + "ChipDesigner" if link == CK + "designedBy" else None}
    classes = [c for c in said if c not in implied]
    if not classes:
        return None
    return F.Frame(F.ORGS, (F.Kind(classes[0]), F.OrgOfChips(link, (F.Identity(tuple(chips)),))))


def _relation_unsaid(items: list[Item], of_organization: Lexicon | None = None) -> None:
    """ "Who delivers the Groq LPU?", "who runs the Groq LPU?": "who" and a chip, with a verb that
    names no relation the article gives (words.tsv plain fillers), asks who does that, not who
    designs it (it answered the designer). Refused; "who is behind X" and "who's X from" say no
    verb of their own and stay the designer question, as does a verb valued ``verb`` ("builds").
    ``of_organization`` (the lexicon): "who" or a word for organizations, then such a verb and an
    organization, no word of a relation ("who runs TSMC", "which company controls TSMC" answered
    the designers of the chips TSMC makes; "who runs the UXL Foundation" its members), or a copula
    alone ("what company is TSMC": what it is). A verb valued ``holds`` ("who uses TSMC": its
    customers) keeps the reading of the organization's class."""
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "who"), None)
    if at is None and of_organization is not None:  # "which company controls TSMC": the word for them
        lex = of_organization
        at = next(
            (k for k, x in enumerate(items) if x.kind == "term" and any(lex.is_kind(t, ORG) for t in x.terms)),
            None,
        )
    if at is None or at + 1 >= len(items):
        return
    said = items[at + 1]
    plain = ("", "spelled") if of_organization is not None else ("",)
    if (
        of_organization is not None
        and (
            tuple(tokens(said.text)) in phrase_class("relies")  # "who relies on TSMC": its customers
            or any(x.kind == "term" and _chip_word(x, of_organization) for x in items[at + 2 :])  # "gets chips from"
        )
    ):
        return
    if said.kind == "word" and said.role == "filler" and (said.value or "") in plain:
        raise refuse(f"'{said.text}' names no relation the article gives; ask who designs (or fabricates) it")
    rest = [x for x in items[at + 2 :] if not (x.kind == "word" and x.role == "filler" and not x.value)]
    copula = said.kind == "word" and said.role == "aux"
    if of_organization is not None and copula and len(rest) == 1 and rest[0].kind == "entity":
        raise refuse(
            f"'{items[at].text} {said.text} {rest[0].text}' asks what the organization is: `chipkg describe` shows "
            "what the "
            "article states about it"
        )


def _makers_counted(
    st: _State, chips: list[str], link: str, links: list[str], others: list[Any], metric: F.Metric | None
) -> F.Frame:
    """ "How many designers does the M4 have?", "how many foundries make Blackwell?": a count of the
    organizations behind one chip is a number, the distinct organizations of that relation the
    article names for it (the value question answered the organization itself, the count word
    dropped). A verb that may mean design or manufacture ("how many companies make X"), a kind
    of organization other than the relation's own ("how many hyperscalers design X"), anything
    else asked of the chip, or several chips: refused, never a list."""
    if len(set(chips)) != 1:
        raise refuse("'how many' organizations behind several chips: ask it of one chip, or which ones make them")
    if others or st.technology or st.quantities or metric is not None:
        raise refuse("'how many' organizations behind a chip with something else asked of it: ask which ones")
    if set(st.org_classes) == _MAKER_KINDS:
        # "how many manufacturers does the M4 have": a word for either maker
        raise refuse(
            "'manufacturer' names the designer or the foundry: ask how many design it, or how many fabricate it"
        )
    said = set(st.org_classes) - {_RANGES.get(link), CK + "ChipDesigner" if link == CK + "designedBy" else None}
    if said:
        raise refuse("'how many' organizations of a kind behind a chip: ask which ones design (or make) it")
    kind_said = {CK + "Foundry", CK + "ChipDesigner"} & set(st.org_classes)
    if not kind_said and _maker_also([link, *links], chips):
        # "how many companies make the M4": its designer or its foundry, or both, is the asker's to say
        raise refuse("'make' names the designer or the foundry: ask how many design it, or how many fabricate it")
    return F.Frame(F.COUNT, (), subjects=(chips[0],), distinct=link)


def _org_org_prop(st: _State) -> str | None:
    for prop, _pos in st.org_props:
        for p in prop.split("|"):
            if p in ORG_RELATIONS:
                return p
    return None


def _org_relation(st: _State, k: F.Relation) -> F.Relation:
    """An organization named with an org-to-org relation word: "members of UXL", "whom did AMD
    acquire" (named before the verb: the answer is the object), "who acquired Habana"."""
    prop = k.prop if k.prop in ORG_RELATIONS else _org_org_prop(st)
    assert prop is not None
    verb_pos = next((pos for p, pos in st.org_props if prop in p.split("|")), 0)
    org_pos = next(pos for iri, _neg, pos in st.orgs if iri in k.values)
    word = st.words_at.get(verb_pos, ())
    # "the parent of Google", "Google's parent": Google's relation; "has Google as a member": the noun
    # after "as" is the role of the organization before it, its value
    before = [x.text for x in st.items[:verb_pos] if not (x.kind == "word" and x.text in ("a", "an", "the"))]
    noun = prop in st.lex.nouns.get(word, []) and before[-1:] != ["as"]
    inverse = noun or (org_pos < verb_pos and before[-1:] != ["as"])
    if not k.negated:  # ("members of UXL, not Intel": a negation is refused for its own reason)
        _org_side_fits(st, prop, k.values, inverse)
    return F.Relation(prop, k.values, negated=k.negated, inverse=inverse)


def _org_side_fits(st: _State, prop: str, values: tuple[str, ...], inverse: bool) -> None:
    """ "Is the UXL Foundation a member of Google?", "who are the members of AMD?": the side of the
    relation the word order puts the organization named on must be of the relation's class there
    (the range of ``prop`` for its value, the range of its inverse for its subject: "member of" takes
    a consortium on its right). Read by the class instead (the consortium is the one with members),
    the relation was turned round and the members of UXL answered; the order is refused."""
    side = st.lex.inverse.get(prop) if inverse else prop
    cls = _RANGES.get(side or "")
    if cls is None or cls == ORG:
        return
    for v in values:
        name, classes = st.lex.entities.get(v, (v, ()))
        if cls not in classes:
            kind = st.lex.terms.get(cls, (cls.rsplit("#", 1)[-1], True))[0].lower()
            label = st.lex.terms.get(prop, (prop.rsplit("#", 1)[-1], False))[0]
            error = refuse(
                f"as asked, {name} is on the side of '{label}' that only a {kind} takes, and the article "
                f"does not name {name} a {kind}: ask it the other way round"
            )
            error.wrong_side = True  # type: ignore[attr-defined]  # a yes/no read as "who ..." says so too
            raise error


#: particles after what a verb keeps that make it leave it out ("keep the hedge out", "leave it off")
_LEFT_OUT = frozenset(("out", "off", "away", "aside"))


def _stated_hedges(items: list[Item], lex: Lexicon) -> tuple[list[Item], tuple[str, ...] | None]:
    """ "What transistor count does the article give for the Adreno 750 (stated only as a lower
    bound)?", "NorthPole's 8-bit throughput, keeping whatever hedge it attaches": words of the
    hedged-figures report in a question that names one chip and a figure it has are talk about that
    figure's hedge, not a request for the report. ask shows every figure with its hedge, so a hedge
    talked of in general ("keeping whatever hedge", "the hedge kept": words.tsv role ``keephedge``
    before or after it) changes
    nothing; a hedge named ("a lower bound") is stated of the figure, and the answer checks it
    (``Frame.hedges``). A negation, or no figure or chip named, leaves the report's reading.
    Returns the items without those words and the hedges stated (None: no hedge talk)."""
    hedged = [k for k, x in enumerate(items) if x.kind == "report" and x.value.partition("?")[0] == "hedged-figures"]
    unread = [x._replace(kind="unknown") if x.kind == "word" and x.role == "keephedge" else x for x in items]
    others = [x for x in items if x.kind == "report" and x.value.partition("?")[0] != "hedged-figures"]
    measure = any(
        x.kind == "term" and any(t in MEASURES or t in (CK + "memory", CK + "performance") for t in x.terms)
        for x in items
    ) or any(
        x.kind == "entity" and all(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in items
    )
    chip = any(x.kind == "entity" and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in items)
    if not hedged or others or not measure or not chip or any(x.kind == "word" and x.role == "neg" for x in items):
        return unread, None
    stated: list[str] = []
    drop = set(hedged)
    for k in hedged:  # "keep the hedge out", "leave the qualifier off": it asks to leave the hedge out
        j = k + 1
        while j < len(items) and items[j].kind == "word" and items[j].role == "filler":
            if items[j].text.rstrip(".").lower() in _LEFT_OUT:
                return unread, None
            j += 1
    for k in hedged:
        _name, _, binding = items[k].value.partition("?")
        # "the vendor claim for the CS-3", "(a vendor claim)": whose figure it is (its designer's,
        # each answer shows a claim as one), not a hedge on its value to check
        if binding and binding.split("=", 1)[1] != "vendor claim":
            stated.append(binding.split("=", 1)[1])
        j = k - 1  # "keeping whatever hedge it attaches": the verb that keeps it goes with it
        while j >= 0 and items[j].kind == "word" and items[j].role in ("filler", "only", "aux"):
            if items[j].role == "only":  # "stated only as a lower bound": only that hedge, as stated
                drop.add(j)
            j -= 1
        if j >= 0 and items[j].kind == "word" and items[j].role == "keephedge":
            drop.add(j)
        j = k + 1  # "and I want the hedge kept": the verb after it, fillers between
        while j < len(items) and items[j].kind == "word" and items[j].role == "filler":
            j += 1
        if j < len(items) and items[j].kind == "word" and items[j].role == "keephedge":
            drop.add(j)
    out = [
        x._replace(kind="unknown") if x.kind == "word" and x.role == "keephedge" and k not in drop else x
        for k, x in enumerate(items)
        if k not in drop
    ]
    return out, tuple(sorted(set(stated)))


def _hedged_measure_asked(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "For which chips does the article give the transistor count only as a lower bound?", "how many
    chips have a power figure stated as an upper bound": words of the hedged-figures report that name
    one hedge (a lower bound, an upper bound, approximate, uncertain, nominal), in a question that
    names a measure and no chip, no other report and no negation, say how the chips' figure of that
    measure is stated: an item of role ``hedgedfig`` (its value the qualifier's IRI), carried to the
    measure (``F.Measure.hedged``) in a list or a count, refused elsewhere. An "only" right before it
    ("only as a lower bound") goes with it: the answer stands only where the chips a figure so hedged
    picks are the chips whose every figure of the measure is so hedged. Only the report's words that
    name a hedge of a value (words.tsv phrase class ``hedgefigure``: not "a power ceiling", which may
    be a maximum); a vendor claim is whose figure it is, no hedge of its value: left to the report."""
    hedged = [k for k, x in enumerate(items) if x.kind == "report" and x.value.partition("?")[0] == "hedged-figures"]
    if len(hedged) != 1 or any(x.kind == "report" for k, x in enumerate(items) if k not in hedged):
        return items
    at = hedged[0]
    _name, _, binding = items[at].value.partition("?")
    label = binding.partition("=")[2]
    qualifier = lex.hedges.get(stems(label)) if binding.startswith("qualifier=") else None
    if qualifier is None or label == "vendor claim" or name_key(items[at].text) not in phrase_class("hedgefigure"):
        return items
    measure = any(x.kind == "term" and any(t in MEASURES for t in x.terms) for x in items)
    chip = any(x.kind == "entity" and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in items)
    if not measure or chip or any(x.kind == "word" and x.role == "neg" for x in items):
        return items
    drop = set()
    j = at - 1  # "stated only as a lower bound": the "only" goes with the hedge
    while j >= 0 and items[j].kind == "word" and items[j].role in ("filler", "only"):
        if items[j].role == "only":
            drop.add(j)
        j -= 1
    # "as a lower bound (an 'over ...' figure)": the same hedge said again by its phrase, fillers around
    # it and nothing after (a number after "over" would be a range): it goes with the hedge too
    rest = items[at + 1 :]
    said = [k for k, x in enumerate(rest) if not (x.kind == "word" and x.role == "filler")]
    if len(said) == 1 and rest[said[0]].kind == "word" and _hedge_of(rest[said[0]], lex) == qualifier:
        drop.add(at + 1 + said[0])
    return [
        Item("word", x.text, role="hedgedfig", value=qualifier) if k == at else x
        for k, x in enumerate(items)
        if k not in drop
    ]


def _report_frame(items: list[Item], reports: set[str], lex: Lexicon) -> F.Frame:
    """A phrase a stored report declares ("market share", "inconsistencies") leads to it; the
    names in the question become its parameters, and anything else it cannot take refuses."""
    topped = any(r.endswith("!top") for r in reports)  # "the market leader": the report's top rows
    reports = {r.removesuffix("!top") for r in reports}
    if len({r.partition("?")[0] for r in reports}) > 1:
        raise refuse(
            "the question asks for several reports at once: "
            + ", ".join(sorted({r.partition("?")[0] for r in reports}))
        )
    if len(reports) > 1:  # "lower and upper bounds": two narrowings of one report, neither alone
        reports = {next(iter(reports)).partition("?")[0]}
    name, _, binding = next(iter(reports)).partition("?")
    params = (tuple(binding.split("=", 1)),) if binding else ()
    from chipkg import catalog

    stored = catalog.get(name)
    title = stored.title
    # "who has the biggest market share": a superlative of the report's '# top:' column asks for its
    # top rows (ties kept); the other end is not asked of a report (its last row may be a remainder,
    # "all other chip makers", not one holder)
    supers = [it for it in items if it.kind == "word" and it.role == "super"]
    if supers and stored.top:
        if any(it.value != "desc" for it in supers):
            raise refuse(f"the {name} report is topped only by its largest {stored.top}, not its smallest")
        items = [it for it in items if it not in supers]
        topped = True
    # "rank Nvidia and AMD by market share, largest first": a report with a top column is already
    # ordered by it, largest first (its rows, or the named holders' rows); the other order is not
    ranks = [it for it in items if it.kind == "word" and it.role == "rank"]
    if ranks and stored.top:
        if any(it.value not in ("", "desc") for it in ranks):
            raise refuse(f"the {name} report is ordered by its largest {stored.top} first, not its smallest")
        grouped = [
            it
            for k, it in enumerate(items)
            if it.kind == "word"
            and it.role == "group"
            and (k + 1 == len(items) or items[k + 1].kind in ("report", "word") or ORG in items[k + 1].terms)
        ]  # "by (their) market share", "by company"
        items = [it for it in items if it not in ranks and it not in grouped]
        # "who leads the market, in order?": a ranking asks for the ordered rows, not the top one (it
        # answered Nvidia alone, the word of order read and dropped)
        topped = False
    modal = phrase_of_whole_items([it.text for it in items], "modal")
    if modal is not None:  # "which chip maker will lead the market": the report is today's estimate
        raise refuse(f"'{modal}' asks about what may be, and the {name} report gives the article's estimate only")
    if topped and not stored.top:
        raise refuse(f"the {name} report has no top")
    if (topped or ranks) and any(it.kind == "term" and CHIP in it.terms for it in items):
        # "which chip has the biggest market share": the report's holders are companies, not chips
        raise refuse(f"the {name} report ranks companies, not chips; ask which company")
    titled = set(stems(title))  # "profiled chips without a process node": its own words
    # a word of the title before its subject that narrows the chips ("Profiled chips ...": words.tsv
    # role ``profiled``): a question that does not say it asks about more than the report lists
    # ("chips without a process node" covers every chip, the report the profiled ones only)
    title_stems = stems(title)
    subject = next(
        (k for k, s in enumerate(title_stems) if set(lex.vocab.get((s,), ())) & {CHIP, ORG}),
        0,
    )
    said = {s for it in items for s in stems(it.text)}
    narrowing = [
        w
        for w in tokens(title)[:subject]
        if stem(w) not in said and lex.words.get((stem(w),), ("", ""))[0] == "profiled"
    ]
    if narrowing:
        raise refuse(
            f"the stored report is '{title}', narrower than the question ({', '.join(narrowing)} only); "
            f"ask for '{title.lower()}'"
        )
    verbal = {stems(v) for v in stored.verbs}
    names: list[str] = []
    # "which chips have an approximate figure": the kind the rows are asked of, where the report's
    # title does not say it already ("Chips by ...") and its subject is not that kind ('# subject:')
    kinds = {
        t
        for it in items
        if it.kind == "term" and not (topped and CHIP in it.terms)
        for t in it.terms
        if t in (CHIP, ORG) and not set(stems(it.text)) <= titled
    }
    for it in items:
        if it.kind == "entity":
            iris = [i for i in it.entities if i in lex.entities]
            if len(iris) != 1:
                raise refuse(f"{it.text!r} names {'nothing' if not iris else 'several things'} in the graph")
            if iris[0] in lex.counted:  # "how many cores does the vendor claim": a count's unit, no row's name
                raise refuse(f"the {name} report cannot take {it.text!r}")
            names.append(iris[0])
        elif it.kind == "report" or (it.kind == "word" and it.role in ("filler", "aux", "wh", "and", "who", "value")):
            continue
        elif it.kind == "term" and all(t in (CHIP, ORG) for t in it.terms) and not (topped and CHIP in it.terms):
            continue  # "which chips ...", "companies": the report's own subject (a top's holders are no chips)
        elif it.kind == "term" and stored.subject and CK + stored.subject in it.terms:
            continue  # "which vendor has the biggest share": the class of the report's rows ('# subject:')
        elif it.kind in ("word", "term") and it.role not in ("neg", "cmp", "only") and set(stems(it.text)) <= titled:
            continue  # a word of the report's title says what the report is
        elif it.kind in ("word", "term") and it.role not in ("neg", "cmp", "only") and stems(it.text) in verbal:
            continue  # "who owns the biggest chunk of the market": a verb of the report's rows ('# verbs:')
        else:
            raise refuse(f"the {name} report cannot take {it.text!r}")
    baseline = any(
        it.kind in ("word", "report") and it.text.split()[-1] in ("than", "to", "with", "against", "vs", "versus")
        for it in items
        if it.text
    )
    # "faster than the H100": a chip named may be the baseline, not the claimant ("the share the
    # article attributes to AMD" names the holder: only chips make claims against baselines)
    if baseline and any(lex.is_a(n, CHIP) for n in names):
        raise refuse(
            "I can't tell whether the chip named makes the claim or is its baseline; "
            "ask for the comparisons of one chip"
        )
    if topped and names:
        raise refuse(
            f"whether a name is the top of the {name} report is not asked yes/no; "
            "ask for the top, or for the name's row"
        )
    return F.Frame(
        F.REPORT,
        subjects=tuple(names),
        report=name,
        report_params=params,  # type: ignore[arg-type]
        n=1 if topped else None,
        report_kind=next(iter(kinds)) if len(kinds) == 1 and not stored.subject else None,
    )
