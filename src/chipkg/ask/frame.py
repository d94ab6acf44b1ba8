"""What a question asks, as data: a :class:`Frame` of constraints, before any SPARQL exists.

The parser (:mod:`chipkg.ask.parse`) produces a frame; the compiler (:mod:`chipkg.ask.compile`)
turns it into one query; :mod:`chipkg.ask.answer` runs it and shapes the answer. Frames are plain
tuples, so tests can build them by hand and compare them whole.
"""

from __future__ import annotations

from typing import Any, NamedTuple

#: What a question asks for.
CHIPS = "chips"  # a list of chips
ORGS = "orgs"  # a list of organizations
COUNT = "count"  # how many chips (or organizations) satisfy the constraints
VALUE = "value"  # one property of one or more named chips ("the die area of NorthPole")
YESNO = "yesno"  # does a named chip satisfy the constraints
TOP = "top"  # the chips with the most / least of a measure (ties kept)
RANK = "rank"  # chips ordered by a measure
COMPARE = "compare"  # named chips side by side (the compare-chips report)
REPORT = "report"  # a stored report a "# ask:" phrase leads to ("market share", "inconsistencies")
PARTS = "parts"  # the parts (components, integrated chips) of one named chip, of a kind ("what GPU does X have")
GENERATION = "generation"  # which generation one named chip, or a part of it, is ("which generation of NVLink")
#: ``Frame.section`` for "going by what each section states", "according to their sections": each chip
#: answered rests on its own company's section (answer._from_own_sections), not one section for all
OWN_SECTIONS = "each chip's own section"
#: the scope of a ``Frame.figures_aside`` entry for a chip said to have no figure of the measure asked
#: ("ignoring the MI350, whose capacity is never given"): checked to have none, nothing left out
NO_FIGURE = "none"


class Relation(NamedTuple):
    """The chip (or organization) stands in ``prop`` to one of ``values`` (entity IRIs), or to an
    instance of ``cls``. ``negated``: the article rules that out (not merely does not say it)."""

    prop: str
    values: tuple[str, ...] = ()
    cls: str | None = None
    negated: bool = False
    inverse: bool = False  # the answer is the object: "whom did AMD acquire" (AMD acquired ?x)


class Kind(NamedTuple):
    """The chip is of a kind (a class such as ck:GPU); negated: of a kind disjoint with it."""

    cls: str
    negated: bool = False


class Measure(NamedTuple):
    """A figure of the chip lies in a range. ``prop`` is the property holding the figure
    (ck:capacity, ck:clockSpeed, ck:performance ...); memory figures may name the technology and
    whether it is on the chip, performance figures a precision. No bounds: the figure exists."""

    prop: str
    low: float | None = None
    low_inclusive: bool = True
    high: float | None = None
    high_inclusive: bool = True
    technology: str | None = None
    on_chip: bool | None = None
    precision: str | None = None
    unit_kind: str | None = None  # "FLOPS" or "OPS" when the question's unit says which
    counts: str | None = None  # computeUnits: the kind of unit counted ("Tensix cores": ck:TensixCore)
    chip_only: bool = False  # "per chip" said: the measure's other scope (a card's power) no longer counts
    unhedged: tuple[str, ...] = ()  # qualifiers set aside ("no 'up to'"): a figure with one of them does not count
    without: tuple[str, ...] = ()  # figures set aside by name ("the M4's up to 3.5 GHz"): they do not count
    # the nominal value asked ("a nominal clock of 400 MHz", Frame.points): a ck:Nominal figure is read
    # at its number, not as near it (a figure not stated as nominal is refused when answered)
    nominal_read: bool = False
    # qualifiers the figure is said to be stated with ("the transistor count given as a lower bound"):
    # a figure with one of them counts; ``hedged_all``: and every figure of the measure the chip has
    # carries one (the answer stands only if the two readings pick the same chips)
    hedged: tuple[str, ...] = ()
    hedged_all: bool = False
    # ``unhedged`` keeps figures whose hedge the article leaves in doubt (a ck:Ambiguity note's
    # ck:qualifierInDoubt): the other reading, compared by answer._hedge_doubt_decides
    doubt_kept: bool = False


def unbounded(m: Measure | Metric, chip_only: bool = False) -> Measure:
    """The same measure as ``m`` (its technology, place, precision, unit kind and kind of unit
    counted) with no range: the chip has such a figure. ``chip_only``: per-chip figures only."""
    return Measure(
        m.prop,
        technology=m.technology,
        on_chip=m.on_chip,
        precision=m.precision,
        unit_kind=m.unit_kind,
        counts=m.counts,
        chip_only=chip_only,
    )


def metric_of(m: Measure) -> Metric:
    """The figure a measure constraint is of (its technology, place, precision, unit kind and kind
    of unit counted), to name it as a value question would: the inverse of :func:`unbounded`."""
    return Metric(
        m.prop,
        technology=m.technology,
        on_chip=m.on_chip,
        precision=m.precision,
        unit_kind=m.unit_kind,
        counts=m.counts,
    )


class Memory(NamedTuple):
    """The chip has a memory of a technology (or narrower), on or off the compute die."""

    technology: str | None = None
    on_chip: bool | None = None
    chip_only: bool = False  # "per chip" said: a memory given per core, tile or system does not count
    # "LPDDR4X or LPDDR5X": other technologies joined to ``technology`` by "or", any of which will do
    alternatives: tuple[str, ...] = ()


class Besides(NamedTuple):
    """The chip has ``value`` of ``prop`` (a relation, or ck:memory for a memory technology) through
    something that is not ``aside`` or narrower: "LPDDR4 as opposed to LPDDR4X" is plain LPDDR4, so
    a chip whose only LPDDR4 is LPDDR4X is left out."""

    prop: str
    value: str
    aside: str


class Unstated(NamedTuple):
    """The article states no value of the relation ``prop`` for the chip ("chips that give no
    foundry"): the graph holds no such triple of it (hedged ones included)."""

    prop: str
    words: str = ""  # the question's words ("no foundry"), for the reading


class Profiled(NamedTuple):
    """The chip is one the article profiles in its own section (true), or one it only mentions
    (false: a baseline such as the H100)."""

    profiled: bool = True


class Identity(NamedTuple):
    """The chip is one of ``chips`` (negated: none of them)."""

    chips: tuple[str, ...]
    negated: bool = False


class OrgOfChips(NamedTuple):
    """For organization questions: the organization stands in ``prop`` (ck:designedBy,
    ck:manufacturedBy) to some chip that satisfies ``constraints``."""

    prop: str
    constraints: tuple


class Metric(NamedTuple):
    """The figure a value, superlative or ranking question is about."""

    prop: str
    technology: str | None = None
    on_chip: bool | None = None
    precision: str | None = None
    unit_kind: str | None = None  # "FLOPS" or "OPS" when the question's words say which
    counts: str | None = None  # computeUnits: the kind of unit counted ("GPU cores": ck:GPUCore)
    link: str | None = None  # bandwidth: of this interconnect technology ("NVLink bandwidth"), not of memory
    precisions: tuple[str, ...] = ()  # any of these precisions ("4-bit": FP4 or INT4), when several
    scale: tuple[float, str] | None = None  # the figure spans this many of that scope ("1,024 nodes")
    aspect: str | None = None  # claim: what it measures ("sparse compute"), when the question says
    figure_kind: str | None = None  # performance: the kind the source names ("mixed-precision")
    component: str | None = None  # a figure of this component of the chip ("the M4's GPU"), not of another
    baseline: str | None = None  # claim: against this chip ("than the H100")
    line: str | None = None  # claim: against this generation of the chip's line: "previous" or "first"
    with_scope: str | None = None  # a scope whose figures compete with per-chip ones ("chip or system"); "any": all
    line_of: str | None = None  # the chip whose line ``line`` is in, when not the subject ("the first Trainium")
    chip_only: bool = False  # "per chip" said: the measure's other scope (a card's power) no longer counts
    technology_asked: bool = False  # memory: "what memory technology": only memories whose technology is stated
    purposes: tuple[str, ...] = ()  # interconnect: only links of these ck:InterconnectPurpose ("to the host")
    unhedged: tuple[str, ...] = ()  # qualifiers set aside ("no 'up to'"): a figure with one of them does not count
    without: tuple[str, ...] = ()  # figures set aside by name ("the M4's up to 3.5 GHz"): they do not count
    links_too: bool = False  # bandwidth said with no memory nor link ("gaudi 3 bandwidth"): its links' too, labelled
    # memory: each chip's own technology, (chip, technology) pairs ("A's HBM ... B's HBM3"): a chip's
    # figure is that of its memory of the technology said with it
    technology_per: tuple[tuple[str, str], ...] = ()
    aspect_words: tuple[str, ...] = ()  # claim: the words saying what it measures, each "text|names" ("memory")
    value_class: str | None = None  # a relation's value of this class only ("maia 100 cloud platform")
    # a measure stated at every scope (a scale-out): only its figures of this scope compete ("in one cluster")
    of_scope: str | None = None
    # a memory's figure of ``technology`` or of one of these ("the memory bandwidth (HBM or DRAM)")
    technology_or: tuple[str, ...] = ()
    doubt_kept: bool = False  # as Measure.doubt_kept
    # claim: against the baseline the article describes so, naming no chip ("comparable digital architectures")
    baseline_text: str | None = None
    speed: bool = False  # claim: of speed ("how much faster"): only claims whose aspect is a ck:SpeedAspect


class Than(NamedTuple):
    """The chip's figure of ``metric`` is above (``direction`` "desc": "more SRAM than the Groq
    LPU") or below ("asc") the figure of the named ``chip``, which is not itself in the answer. The
    answer looks that chip's figure up and reads the constraint as a range (:class:`Measure`)."""

    metric: Metric
    chip: str
    direction: str = "desc"


class SameAs(NamedTuple):
    """The chip's value of the relation ``prop`` (a process node, a foundry, a designer) is the
    named ``chip``'s one value ("on the same node as the Groq LPU"); the named chip is not in the
    answer. The answer looks its value up and reads the constraint as a :class:`Relation`."""

    prop: str
    chip: str


class TopOf(NamedTuple):
    """The chip is among the answer of ``frame``, a TOP frame of chips (the most or least of a
    measure, ties kept): "which company designs the chip with the most SRAM" asks the designer of
    that chip. The answer finds the top chips first and reads the constraint as an :class:`Identity`,
    so every rule of the most and least (hedges, scopes, several figures) decides which chips they are."""

    frame: Any


Constraint = (
    Relation | Kind | Measure | Memory | Identity | OrgOfChips | Profiled | Besides | Than | SameAs | TopOf | Unstated
)


class Frame(NamedTuple):
    ask: str
    constraints: tuple = ()
    subjects: tuple[str, ...] = ()  # the named chips of VALUE, YESNO and COMPARE questions
    metric: Metric | None = None
    order: str = "desc"
    n: int | None = None
    org_class: str | None = None  # ORGS: the kind of organization asked for (ck:Foundry ...)
    group_by: str | None = None  # COUNT: a property to count per value of ("per process node")
    counting_orgs: bool = False  # COUNT: of organizations rather than chips
    distinct: str | None = None  # COUNT: of the distinct values of this relation among the chips ("how many nodes")
    # COUNT with ``distinct``: each chip's values counted, one row per chip ("which chip supports the most
    # data formats": with ``top_groups``, only the chips with the most, ties kept)
    per_chip: bool = False
    report: str | None = None  # REPORT: the stored query; ``subjects`` are the names it is asked about
    report_params: tuple[tuple[str, str], ...] = ()  # REPORT: bound by the phrase ("lower bounds")
    general_kind: str | None = None  # "AI accelerators" said: answered only if the kind changes nothing
    scope: str | None = None  # VALUE: the scope asked for ("gaudi 3 sram per die": ck:PerDie)
    chip_scope: bool = False  # "per chip" said: figures given only per core or tile are left out, not refused
    listing: bool = False  # RANK: each chip's figure asked for ("the clock of each chip"), not an order
    claim: str | None = None  # TOP of two named chips asked yes/no ("is A faster than B"): the chip said to lead
    # TOP with ``claim``: asked whether the two chips' figures are the same ("is A's SRAM the same as B's")
    same: bool = False
    # VALUE: the hedges the question states the figure has ("lower bound"), checked; TOP: those a
    # parenthesis says the winning figure has ("(an 'up to' figure for that one)"), checked of it
    hedges: tuple[str, ...] = ()
    no_precision: bool = False  # VALUE: the question says the figure is given with no precision, checked
    no_hedge: bool = False  # VALUE: the question says the figure is not hedged ("(not hedged)"), checked
    face_value: bool = False  # CHIPS, COUNT: a lower bound in a range is read at its stated number (shown hedged)
    unstated: tuple[str, ...] = ()  # VALUE: relations the question says the article gives none of for the chip, checked
    part: tuple[str, ...] = ()  # GENERATION: the words naming the part asked about ("NVLink"); () the chip itself
    typos: tuple[tuple[str, str], ...] = ()  # words read as the names they misspell: ("nortpole", "NorthPole")
    also: tuple[str, ...] = ()  # VALUE: relations answered beside the metric's ("who makes": designer and foundry)
    generation: int | None = None  # GENERATION asked yes/no: the generation the question says ("the fifth")
    # YESNO: said as a definite claim ("ruled out"), which a hedged fact does not support; CHIPS: asked
    # outright ("which chips definitely use HBM3E"), so a technology stated only as likely lists none
    definite: bool = False
    #: VALUE, YESNO: the most of one chip's figure ("its maximum power"): a typical or "over" figure is none
    most: bool = False
    #: VALUE of a count of units asked "how many" with no kind named ("how many cores does the M4 have"):
    #: one number, so a chip counted in several kinds of unit is refused, naming each
    how_many: bool = False
    #: an article section the question cites: each answer must cite it; OWN_SECTIONS: each chip's own
    section: str | None = None
    nth: bool = False  # RANK: only the chips in place ``n`` ("the second most SRAM"), ties kept
    # RANK, TOP: hedged figures ordered by their stated numbers ("taking hedged figures at face value",
    # "as stated": words.tsv value ``facevalue``), each shown with its hedge; else an undecided order is refused
    stated_order: bool = False
    place_after: str | None = (
        None  # RANK nth: the chip said to hold the place before ("... after the Corsair"), checked
    )
    top_groups: bool = False  # COUNT per group: only the group(s) with the most chips ("which foundry makes the most")
    # COUNT per group: only the groups whose count compares so ("which vendors have more than one chip":
    # ("gt", 1)); a comparator of words.tsv (gt, ge, eq)
    groups_counted: tuple[str, int] | None = None
    # how many profiled chips the question says there are ("of the eighteen profiled chips"), checked
    # against the graph when answered
    profiled_said: int | None = None
    # how many chips the question says it picks from ("Of the four chips with HBM, ..."), checked
    # against the chips its conditions pick when answered
    set_said: int | None = None
    # figures an aside sets aside ("the per-card 150 W of the AI 100 Ultra"): (chip, scope said or "",
    # the values it may mean), found in the graph when answered and left out (Metric/Measure.without);
    # the chip may be an organization (one of the chips it designs: "Qualcomm's per-card 150 W"); scope
    # NO_FIGURE: a chip said to have no figure of the measure ("the MI350, whose capacity is never
    # given"), checked to have none
    figures_aside: tuple[tuple[str, str, tuple[float, ...]], ...] = ()
    # one chip's memory of the technology asked said to be a narrower one ("for the SN40L count only its
    # HBM3 tier" beside HBM): (chip, technology asked, narrower), checked in the graph
    tiers_said: tuple[tuple[str, ...], ...] = ()
    one_unit: bool = False  # VALUE: "one Gaudi 3": one chip's, card's or system's figures, none of several (a node's)
    summed: bool = False  # VALUE: a sum word said ("in total", "altogether"): one figure of the whole chip, or none
    # VALUE: things a negated aside says the figure is not ("(not its SRAM bandwidth)"): (the words,
    # descriptors "kind=value": scope, memory, link, precision (IRIs), onchip, qty (dimension:value),
    # term); a row that is one of them is dropped when answered, a row the graph cannot tell refused
    set_aside: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # VALUE: the one thing a parenthesis with "only" keeps ("(the HBM tier only)"): (the words,
    # descriptors as set_aside's); a row that is not it is dropped when answered, one the graph cannot tell refused
    kept_only: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # not VALUE: kinds of units set aside beside a count of units ("(not neural engine cores)"): every
    # count of that kind (or a narrower one) is left out of the query (Metric/Measure.without)
    kinds_aside: tuple[str, ...] = ()
    # CHIPS, COUNT, YESNO: what "rather than" / "as opposed to" sets aside ("mobile rather than data
    # centres"): (the words, names or kinds); answered only if no chip answered (a yes/no's chip, when
    # it holds) has one of them, refused otherwise: the answer then never rests on the contrast
    rather_than: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the words of those contrasts said as a claim of the question, not in a parenthesis ("does the
    # Groq LPU use SRAM instead of HBM": it has no HBM, which the article must say for a chip answered)
    contrasts_claimed: tuple[str, ...] = ()
    premises: tuple = ()  # YESNO: constraints an aside says of the chip ("(the 5nm one)"): checked, not asked
    # COMPARE: what an aside says of one named chip ("compare A (the 5nm one) and B"): (chip,
    # constraints), each checked as a yes/no's premises are, not asked
    chip_premises: tuple[tuple[str, tuple], ...] = ()
    claimant: tuple[str, ...] = ()  # whose claim the question says the figure is ("by d-Matrix's claim"), checked
    # YESNO: whether the article compares the subject with the metric's baseline at all (a comparison
    # claim of either against the other: "does the article compare the Corsair C8 with the H100?"), not
    # which way the claim goes
    compared: bool = False
    premise_also: tuple[str, ...] = ()  # YESNO: ``also`` of the premises ("made by Intel": designed or manufactured)
    chips_use: bool = (
        False  # COUNT: "how many chips use EC2 UltraClusters": the chips are said to use it (not its reach)
    )
    grid: tuple[int, int] | None = None  # VALUE of a count: the grid it is said to be laid out in ("8x8"), checked
    # VALUE: the width said of each unit a count counts ("four 64-bit controllers"): (the count's
    # measure, bits), checked against the chip's count figure (ck:bitWidth)
    unit_width: tuple[str, int] | None = None
    # CHIPS, COUNT, ORGS: conditions a gloss says again ("finer than 6nm, i.e. 5nm or below"): the
    # answer stands only if adding them changes nothing in the graph
    restated: tuple = ()
    #: "(in GB)", "how many GB of HBM": units the figure is asked in; the answer gives each figure in
    #: the unit the article states, so a figure stated in another unit is refused, naming it
    units_asked: tuple[str, ...] = ()
    #: "chips under the Megacap Players heading": the class of the heading's organizations; read as
    #: the chips they design, answered only if each chip is named in a section about one of them
    heading: str | None = None
    #: COUNT of organizations: "(counting Alphabet and Google separately)": the organizations named,
    #: each counted apart from another of them that is its parent (by default an organization whose
    #: parent is counted is not counted again)
    orgs_apart: tuple[str, ...] = ()
    # CHIPS, VALUE of one chip's relation: names a gloss gives as examples of the answer ("(including
    # its configurable FP8 variant)"): the answer must hold each, else the question is refused
    examples: tuple[str, ...] = ()
    #: VALUE: "how fast is the CS-3?", no measure named: read as the chip's compute performance,
    #: which stands only where the chip has no clock speed either (then which is asked is unsaid)
    speed: bool = False
    #: VALUE of a claim: an instruction asks for a multiple ("Give the multiplier."): each figure
    #: answered must be stated as one (4x, "double"), never converted from a percentage (67% more)
    as_multiple: bool = False
    #: not REPORT: the point of a figure's range the question asks for, said by a word ("a minimum
    #: clock", "typical power", "typically reach", "actually deliver"): (the word, "minimum" |
    #: "nominal" | "actual" | "maximum", the chip whose figure it is said of ("the M2000's typical power") or "":
    #: every chip's). Every figure the answer compares must be stated as that point (its
    #: ck:qualifier: an "up to" figure is a peak, neither its minimum, its typical value nor what it
    #: actually runs at), else the question is refused, naming the figure
    points: tuple[tuple[str, str, str], ...] = ()
    #: not VALUE (whose unit asked is ``units_asked``): the quantities of the question said in a
    #: binary unit ("128 GiB"); every figure compared must be stated in a binary unit too, else refused:
    #: the article's "GB" does not say whether it is 10^9 or 2^30 bytes
    binary_units: tuple[str, ...] = ()
    #: YESNO of a vendor's chip said indefinitely ("is there an Nvidia chip on 4nm?", "does any AMD
    #: chip use HBM?"): true when one of the vendor's chips fits; "the Groq chip" is its one chip
    some_of: bool = False
    #: TOP of the question itself, no yes/no of it (set where it is answered, never by the parser):
    #: where only one of the chips asked about has the figure, that chip is answered as the most
    #: stated, the reading saying so; a most inside another question (a yes/no "is X the chip with the
    #: most ...", the organization behind the top chip) is refused, as its "true" or its name would
    #: drop the note
    most_stated: bool = False
    #: an interpretive rider ("treating the M4's 'up to' figure as its peak", "taking the AI 100
    #: Ultra's single-card figure as its power"): (its words, the chip, "upto" or the scope's ck: IRI,
    #: the numbers said with the hedge); the chip's figure compared must be stated so, checked when
    #: answered (chipkg.ask.parse.riders)
    riders: tuple[tuple[str, str, str, tuple[float, ...]], ...] = ()
    #: the question asks which figure the article gives ("which chip does the article give the largest
    #: die area for"), not which chip has the most: a chip called the largest with no figure
    #: (ck:largestWithoutFigure) does not keep the largest figure given from being answered
    given_only: bool = False
    #: YESNO whether a chip leads (TOP, RANK with a claim): the question leaves out the chips with no
    #: figure of the measure ("(SRAM with no stated size doesn't count)"), so they do not keep the
    #: answer from being told; the reading says they were left out
    figureless_aside: bool = False
    #: REPORT comparisons of one chip, asked for the baselines ("what chip is the Corsair compared
    #: against?"): (the organization the baseline is said to be of, the organization said to compare,
    #: whether the baseline is said to be older); "" where none is said. The baseline is shown first
    baselines_asked: tuple[str, str, bool] | None = None
    # CHIPS, COUNT, YESNO, TOP, RANK: the links of the interconnect asked must be of this ck:purpose
    # ("connect to the host over PCIe 4.0": ck:ChipToHost), checked of every chip that fits
    link_purpose: str | None = None
    # REPORT: the kind of thing the question asks the rows of ("which chips have an approximate
    # figure": ck:Chip): a row about something else (a company's market share) is left out
    report_kind: str | None = None
    #: VALUE: the words that name one chip where the graph has several by them ("the Grayskull", "the
    #: Qualcomm chip"), the question saying nothing of several ("each", "both", "the Grayskull
    #: chips"): answered where one of the chips has the figure or all have the same; where they
    #: differ, which one is meant decides the answer, and it is refused, naming each chip's figure
    one_name: str = ""
    #: CHIPS, COUNT, TOP, RANK: chips a negated parenthesis sets aside by what they are ("(excluding
    #: 7nm parts whose foundry is not named)"): (its words, the constraints that pick them, ``mere``:
    #: said as "not merely ..."). Answered only when setting them aside changes nothing: no chip
    #: answered is one of them, or (``mere``: the question is narrower than what it names) every
    #: chip answered is; else refused (chipkg.ask.answer._chips_aside_checked)
    chips_aside: tuple[tuple[str, tuple, bool], ...] = ()
    #: CHIPS, COUNT, VALUE: the question asks for what the article states outright ("explicitly",
    #: "definitely": words.tsv phrase class ``statedoutright``); an answer that rests on a fact the
    #: graph marks as hedged is refused (chipkg.ask.answer._stated_outright)
    outright: bool = False
    #: VALUE, CHIPS, COUNT, TOP, RANK by a figure: the same words beside figures ("the highest clock,
    #: stated outright"), which may mean figures with no hedge or figures as the article states them:
    #: answered only when setting hedged figures aside changes nothing (answer._outright_figures)
    outright_figures: bool = False
    #: CHIPS, COUNT: "definitely", "for sure" (words.tsv phrase class ``forcertain``): a chip answered
    #: by a fact the graph hedges is refused (chipkg.ask.answer._stated_for_certain)
    for_certain: bool = False
    #: TOP, RANK: "which chips are tied for the most SRAM": the top (or the place asked) must be shared,
    #: else refused (chipkg.ask.answer._tie_held); a yes/no "is X tied for the most" is refused
    tie_said: bool = False
    #: YESNO of a chip's comparison claim: the multiple the question says it claims ("nine times
    #: faster than the H100", "up to 35x"): (the number, whether "up to" was said). True when each
    #: claim found is that multiple, false when none is (the article states another), refused when
    #: they differ or a claim is stated as a percentage (chipkg.ask.answer._claim_yes_no)
    factor_said: tuple[float, bool] | None = None
    #: REPORT comparisons with ``baselines_asked``: the chip's claims the question describes ("the
    #: MI350's up-to-35x inference gain"): those a value question of them picks (what they measure,
    #: against what), and the multiples said, each of which one of them must be stated as
    baseline_claims: Metric | None = None
    baseline_multiples: tuple[float, ...] = ()
    #: REPORT comparisons with ``baselines_asked``: the baseline is said to be a GPU ("which GPU")
    baseline_gpu: bool = False
    #: VALUE of a chip's comparison claims: a parenthesis that sets others aside by their multiples
    #: ("(the sparse figure, not the 3.5x dense one)"): (its words, the multiples). No claim answered
    #: may be one of them, nor of an aspect its words name (answer._claims_aside_checked)
    claims_aside: tuple[str, tuple[float, ...]] | None = None
    #: TOP, RANK by a figure: chips a parenthesis sets aside as having no figure ("(SN40L's SRAM has no
    #: size, so it's out)"): each must have none of the figure ranked, else the premise is false and
    #: the question refused (answer._dropped_checked)
    dropped_for_none: tuple[str, ...] = ()
    #: figures named by the word the article gives them by ("leaving out SambaNova's unquantified
    #: 'multi-trillion'", "'thousands' read as a lower bound"; ck:statedMagnitude): (the words said, the
    #: figures the word and its owner may name, "aside" or "bound"). Of those, the figures of the measure
    #: asked are set aside ("aside") or read as the graph records them, a lower bound ("bound"); none of
    #: the measure asked refuses (answer._magnitudes_said)
    magnitudes_said: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    #: YESNO with "up to" an amount a chip reaches ("does the M4 run up to 4 GHz?"): the constraints as
    #: "at most" reads them, where ``constraints`` read "reaching"; the question is answered only when
    #: both readings agree, that is when the chip's figure is the amount said (answer._up_to_agreed)
    up_to_at_most: tuple = ()


def typos_read(typos: tuple[tuple[str, str], ...]) -> str:
    """What a reading adds for words read as names they misspell: "(read 'nortpole' as 'NorthPole')"."""
    return "(" + "; ".join(f"read {typed!r} as {name!r}" for typed, name in typos) + ")"


def narrowed_to_kind(frame: Frame, kind: str) -> Frame:
    """``frame`` with its chips narrowed to ``kind``: the chips asked for, or, for organizations, the
    chips they stand in a relation to ("the companies that make AI accelerators")."""
    if frame.ask == ORGS or frame.counting_orgs:
        constraints = tuple(
            k._replace(constraints=(*k.constraints, Kind(kind))) if isinstance(k, OrgOfChips) else k
            for k in frame.constraints
        )
        return frame._replace(constraints=constraints, general_kind=None)
    return frame._replace(constraints=(*frame.constraints, Kind(kind)), general_kind=None)
