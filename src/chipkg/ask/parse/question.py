"""The reader of a whole question (:func:`read`): it splits off listings, premises and restating
glosses, tries the question forms (:mod:`~chipkg.ask.parse.forms`), walks the items
(:mod:`~chipkg.ask.parse.walk`) and builds the frame (:mod:`~chipkg.ask.parse.frames`), then checks
the frame and the remarks the question made against it. The steps it calls live in
:mod:`~chipkg.ask.parse.sentences` (the text), :mod:`~chipkg.ask.parse.rewrites` (the items) and
:mod:`~chipkg.ask.parse.checks` (the frame); what stays here is the order they run in and the
recursion (a question read again inside a question)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from chipkg.ask import frame as F
from chipkg.ask import remarks
from chipkg.ask.compile import (
    COUNT_MEASURES,
    ENTITY_RELATIONS,
    MEASURES,
    ORG_RELATIONS,
    RELATIONS,
)
from chipkg.ask.lexicon import (
    NARROWING_KINDS,
    Lexicon,
    find_phrase,
    inline_forms,
    is_definite,
    name_key,
    phrase_class,
    phrase_of_whole_items,
    stem,
    stems,
    tokens,
    told,
)
from chipkg.ask.parse import guards
from chipkg.ask.parse.asides import (
    _OPPOSED,
    NEGATED_ASIDE,
    _asides,
    _card_count_restated,
    _chip_or_card,
    _contrasts,
    _counts_alternative,
    _drop_glosses,
    _family_names_dropped,
    _generation_described,
    _grid_said,
    _lacking_relations,
    _lacking_said_plainly,
    _measured_only,
    _one_chip_said,
    _scales,
    _scope_list_heads,
    _scope_modifiers,
    _set_aside,
    _sized_scope_set_aside,
    _the_chip_said,
    _trailing_clarification,
    _whole_chip_summed,
    _width_said,
    _without_hedged,
    stems_of,
)
from chipkg.ask.parse.checks import (
    _alternative_asked,
    _alternatives_of_two_kinds,
    _answers_yes_no,
    _asked_shape_kept,
    _both_parts_read,
    _check_forms,
    _check_listed,
    _chips_read_as_organizations,
    _comparative_fits,
    _count_of_a_memory,
    _count_of_named,
    _count_told,
    _dies_said,
    _each_value_held,
    _emphasis_said,
    _figure_asked_terse,
    _figure_of_a_memory,
    _figure_unnamed,
    _figures_counted,
    _figures_shown,
    _form_alone,
    _generation_named,
    _group_dropped,
    _indifference_dropped,
    _joinable_alone,
    _kind_before_measure,
    _line_word_kept,
    _link_bandwidth_unnamed,
    _link_of_units_read_as_count,
    _link_purpose,
    _list_asked_with_count,
    _made_for_an_organization,
    _memories_counted,
    _negated_answer_kind,
    _negated_kind_kept,
    _negated_twice,
    _node_age_ranked,
    _noun_told,
    _on_chip_link,
    _one_name_asked,
    _one_named_in_a_list,
    _one_unit_kind,
    _organization_provided,
    _organizations_asked,
    _organizations_read_as_chips,
    _out_after_name,
    _owner_answered,
    _part_kinds,
    _part_negated,
    _plural_of_one_chip,
    _points_said,
    _power_provided,
    _preferred_over,
    _qualifier_alone,
    _ranked_by_chip_count,
    _scope_after_set_aside,
    _scope_of_no_figure,
    _second_subject,
    _stranded_preposition,
    _terse_noun_unread,
    _two_relations_joined,
    _unit_words,
    _unsaid_asides,
    _unsaid_premises,
    _value_class,
    _whole_of_each,
    _widening_said,
    _workload_of_a_system,
    _yes_no_after_lead_in,
    or_not_unread,
    relation_said_again_dropped,
)
from chipkg.ask.parse.forms import (
    _CLAUSE_KEPT,
    _SEE_SECTION,
    _after_hedge,
    _as_section_says,
    _between_names,
    _check_conjoined,
    _chip_scope_figure,
    _claim_words,
    _claimant,
    _claimant_unnamed,
    _comparatives,
    _compared_only,
    _count_said,
    _counted_parenthesis,
    _die_of_chip,
    _each_as_stated,
    _each_of_units,
    _first_last,
    _first_n,
    _format_per_scope,
    _foundry_process,
    _from_range,
    _from_to,
    _fronted_organizations,
    _fronted_pair,
    _generation_yes_no,
    _lists,
    _makeup_said,
    _measure_only,
    _named_by,
    _one_chip_list_as_yes_no,
    _one_unit_said,
    _peak_of,
    _picked,
    _production_year_yes_no,
    _same_figure,
    _source_hedge,
    _under_heading,
    _unit_size,
    _unknown_words,
    _usage,
    _vendor_chips,
    _what_they_make,
    _without_conjoined,
    _without_instructions,
    _yes_no_comparison,
    chipish_any,
)
from chipkg.ask.parse.frames import (
    _frame,
    _group_asked_of_most_chips,
    _group_count_compared,
    _group_most_used,
    _group_superlative,
    _hedged_measure_asked,
    _relative_which,
    _report_frame,
    _same_as,
    _scope_in_term,
    _stated_hedges,
    _statement_asked,
    _than_frame,
    _than_named,
    yes_no_kept,
)
from chipkg.ask.parse.items import (
    ARTICLES,
    CHIP,
    MEMORY_TECH,
    NOUNS,
    ORG,
    PROCESSOR,
    RANGES,
    SENTENCE_BREAK,
    SYSTEM,
    Item,
    check_length,
    refuse,
)
from chipkg.ask.parse.rewrites import (
    _as_section_names,
    _attributes,
    _carried_words,
    _chip_after_system_verb,
    _chip_joined,
    _chip_node_counted,
    _chips_of_a_counted_verb,
    _chips_of_an_organization_counted,
    _chips_use_said,
    _cited_section,
    _class_made_chips,
    _class_section,
    _component_on_its_chip,
    _count_as_verb,
    _counted_noun,
    _described_appositions,
    _designer_in_name,
    _drop,
    _each_own_section,
    _epithets,
    _excluding_count,
    _figure_of_a_technology,
    _generation_question,
    _in_before,
    _link_named_twice,
    _lone_units,
    _maker_not_an_organization,
    _measure_verbs,
    _memory_placed,
    _most_of_a_chip,
    _name_extended,
    _named_again,
    _number_of_a_kind,
    _number_of_chips_as_most,
    _number_of_fronted,
    _number_of_named_chips,
    _number_of_units_as_most,
    _only_one_of,
    _own_kind_after,
    _owner_asked,
    _part_yes_no,
    _parts_question,
    _place_after,
    _plurality_before_kind,
    _ports_of_a_port_speed,
    _power_before_a_system,
    _profile_as_section,
    _pronoun_without_referent,
    _range_word_before_number,
    _ranked_by_each_best,
    _regardless_of_a_name,
    _restated_reach,
    _scale_reached,
    _section_citation,
    _section_lead_in_last,
    _section_says,
    _spans_unread,
    _taken_figures,
    _terse_count_per_group,
    _terse_ranking,
    _the_before_filler,
    _unit_word,
    _units_integrated,
    _use_verbs_of_workloads,
    _verb_slot,
    _via_organization,
    _where_named,
    _which_of_counted,
    described_units_dropped,
)
from chipkg.ask.parse.riders import rider_cut, with_riders
from chipkg.ask.parse.segment import _number_word, _prefixed_unit, segment
from chipkg.ask.parse.sentences import (
    _INNER_ASIDES,
    _TRAILING_ASIDES,
    FIGURE_OF_ONE_DESCRIBED,
    BaselineAsked,
    FactorSaid,
    _after_the_chip,
    _amount_of_things,
    _aside_last,
    _aside_lead_in,
    _aside_spans,
    _begins_label,
    _clause_spans,
    _confirmation_tag,
    _corrected,
    _counted_in,
    _counted_in_clauses,
    _cut,
    _disqualified,
    _figures_set_aside_sentences,
    _instruction_lead_in,
    _joined_instructions,
    _joined_remarks,
    _lead_in_but,
    _leaving_out_opening,
    _listing_sentences,
    _maker_itself,
    _meant_after_the_question,
    _negated_opening,
    _noun_phrase_goes_on,
    _one_question,
    _one_singled_out,
    _open_ended_figure_named,
    _organizations_verb_chips,
    _parenthesis_after_the_question,
    _parenthesis_clauses_apart,
    _phrase_after,
    _regardless_clause,
    _remark_sentences,
    _riders_apart,
    _same_frame,
    _scope_exclusion_last,
    _scopes_accepted,
    _superlative_told,
    _tie_unread,
    _unit_conversion_said,
    _without_spans,
    acronym_after_name,
    added_to_some,
    baseline_asked,
    but_as_except,
    can_take_as_hold,
    claim_described,
    claims_set_aside,
    drops_out,
    else_beside_exclusion,
    exclusions_apart,
    factor_said,
    figure_of_described,
    hedged_or_not,
    how_stated,
    kind_of_memory_asked,
    not_counted_after,
    parentheses_apart,
    same_figure_said,
    same_of_a_pair,
    set_aside_after,
    set_asides_apart,
    taken_if,
    where_deployed,
    whose_chip,
    whose_named,
    why_set_aside,
    width_counted_as_format,
)
from chipkg.ask.parse.walk import (
    _CHIP_TO_CHIP,
    _expected_count,
    _how_many,
    _line_word_first,
    _made_either,
    _memory_tiers,
    _named_chip,
    _State,
    _systems_spanned,
    _take,
    or_beside_a_kind,
    or_of_unlike_terms,
    unheld,
)
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK

#: a suspended hyphen: "node- and cluster-level numbers" is "node-level and cluster-level numbers"
_SUSPENDED_HYPHEN = re.compile(r"\b([A-Za-z]+)-\s+(and|or)\s+([A-Za-z]+)-([A-Za-z]+)\b")

#: "List all chips whether made by TSMC or not", "Count chips whether they have SRAM or not" (red team
#: 80): a closing "whether ... or not" with no comma before it is set off as one with a comma is, and
#: read as that is (checks._indifference_dropped: the question without it); read in place, its
#: condition narrowed the answer to the TSMC chips
_WHETHER_OR_NOT_CLOSING = re.compile(
    r"(?i)(?<![,(])\s+(whether\s+or\s+not\b[^,?.;()]*|whether\b[^,?.;()]*\bor\s+not)(?=\s*[?.!]?\s*$)"
)

#: "Which Nvidia chip is named as a baseline?" (red team 80): read as "the baseline of the chip", the
#: Blackwell's own baseline was answered; refused, as "which chips are baselines" is (red team 9)
_NAMED_AS_BASELINE = re.compile(
    r"(?i)\b(is|are|was|were)\s+(?:named|used|listed|mentioned|cited|given|only)\s+as\s+(?:a\s+|the\s+)?"
    r"(?:comparison\s+)?baselines?\b(?!\s+(?:of|for)\b)"
)

#: "(so leave out the Cloud AI 100 Ultra, ...)", "(so the MTIA v2 does not count)" (set 71): "so"
#: opening a parenthesis says it follows from the question, and changes nothing of what it says
_SO_OPENING = re.compile(r"\(\s*so,?\s+(?!far\b|that\b|much\b|many\b|long\b|called\b)", re.IGNORECASE)


#: the markers of "regardless of X" that are no words of their own (chipkg.ask.parse.sentences)
_REGARDLESS_WORD = re.compile(r"(?i)\b(?:regardless|irrespective)(?:\s+of\b)?")


def _read_regardless(question: str, lex: Lexicon, typos: bool) -> F.Frame | None:
    """The question read with what "regardless of X" sets aside changing nothing: a thing disregarded
    is no condition ("Irrespective of SRAM, which chips are 7nm?" listed only the 7nm chips with SRAM;
    "Regardless of clock, which chips are on 7nm?" only those with a clock speed). Read with and
    without the phrase: the same frame stands; a frame that differs is the phrase read as a condition,
    and the question without it is answered when the phrase only names the thing and is set off,
    refused otherwise. None when the question has no such phrase."""
    clause = _regardless_clause(question, lex)
    if clause is None:
        return None
    without, phrase, set_off, relations, others = clause
    if others is not None:
        return _read_other_values(without, phrase, set_off, others, lex, typos)
    try:
        as_said: F.Frame | NoAnswer = _read_plain(question, lex, typos)  # a phrase of its own: "regardless of how many"
    except NoAnswer:
        try:
            # the phrase read as if its marker were not there: what the thing it names would make of
            # the question as a condition (the marker is no word of its own)
            as_said = _read_plain(_REGARDLESS_WORD.sub(" ", question), lex, typos)
        except NoAnswer as error:
            as_said = error
    try:
        read_without = _read_plain(without, lex, typos)
    except NoAnswer:
        if isinstance(as_said, NoAnswer):
            raise as_said from None
        raise refuse(f"'{phrase}' sets a thing aside, and the question without it does not read") from None
    if read_without != as_said and not set_off:
        if isinstance(as_said, NoAnswer):
            raise as_said
        raise refuse(f"'{phrase}' sets a thing aside where ask would read it as a condition: ask without it")
    if relations & _constrained(read_without):
        # "Which chips are made by TSMC, whichever foundry made them?": any foundry, and TSMC's only
        raise refuse(f"'{phrase}' says any value will do, and the question itself names one: ask without it")
    return read_without


def _read_other_values(
    without: str, phrase: str, set_off: bool, relations: frozenset[str], lex: Lexicon, typos: bool
) -> F.Frame:
    """ "Which chips use a network-on-chip interconnect, regardless of whatever other links they may
    have?": other values of a relation than the one the question names do not matter, which a list
    or a count of chips with that value already says (a chip with more links is in it). Read without
    the phrase, checked: set off from the question, said of a list or a count of chips that names a
    value of each such relation plainly (not negated); refused otherwise ("Which chips use HBM,
    regardless of other links?": other than what?)."""
    frame = _read_plain(without, lex, typos)
    named: set[str] = set()
    for k in frame.constraints:
        if isinstance(k, F.Relation) and k.values and not k.negated and not k.inverse:
            named.add(k.prop)
        elif isinstance(k, F.Memory) and k.technology:
            named.add(CK + "memory")
    if not set_off or frame.ask not in (F.CHIPS, F.COUNT) or not relations <= named:
        raise refuse(
            f"'{phrase}' says other values than the question's do not matter, and the question names "
            "no value of that relation in a list or a count of chips: ask without it"
        )
    return frame


def _constrained(frame: F.Frame) -> set[str]:
    """The relations a frame sets a condition on or asks: the property of each relation it holds
    (ck:designedBy of "Nvidia chips", ck:manufacturedBy of "made by TSMC"), ck:memory where it names
    a memory technology ("use HBM", "the most HBM"), the figure or relation it asks ("which foundry
    makes the M4") and what it groups by."""
    found: set[str] = {frame.group_by} if isinstance(frame.group_by, str) else set()

    def walk(value: object) -> None:
        if isinstance(value, F.Relation):
            found.add(value.prop)
        elif isinstance(value, F.Memory) and value.technology:
            found.add(CK + "memory")
        elif isinstance(value, F.Metric):
            # a figure ranked or asked names no value of its measure unless it names a kind of unit
            # counted ("Tensix cores"): "by core count (whatever the article calls the cores)" ranks
            # cores of every name, as the question does without it
            if value.prop not in MEASURES or value.counts:
                found.add(value.prop)
            if value.technology:
                found.add(CK + "memory")
        if isinstance(value, tuple):
            for v in value:
                walk(v)

    walk(frame)
    return found


#: words that open a clause about the things answered: "...; they are all startups", "..., so both are
#: Microsoft's", "...; one is Intel's" (a possessive name opens one too: "...; Apple's is on 3nm")
_ANSWER_SUBJECTS = frozenset(
    "they they're all both each one some none most it it's these those every either neither".split()
)


def _premise_about_the_answer(question: str, lex: Lexicon) -> None:
    """ "Which chips are on 7nm; all of them are startups", "which chips use HBM; they're all GPUs",
    "which chips are made by TSMC, so they are all on 4nm": a clause after a semicolon or ", so" in the
    question proper (before its question mark) that says something of the things answered, with a
    name, a word of the graph or a number. Read into the question it narrowed the answer to what the
    clause says (3 startup chips of the 6 on 7nm), true or not. Refused; a clause that asks ("...;
    which two come first?") or instructs ("...; the top three suffice") is read as before."""
    proper = re.sub(r"\([^()]*\)", " ", question.split("?", 1)[0])
    for part in re.split(r";|,\s+so\s+", proper)[1:]:
        words = part.split()
        if not words:
            continue
        first = words[0].lower().rstrip(",")
        if first not in _ANSWER_SUBJECTS and not re.match(r"^[A-Z][\w-]*['’]s$", words[0]):
            continue
        try:
            said = segment(part, lex)
        except NoAnswer:
            continue
        if any(
            x.kind == "word" and (x.role == "wh" or (x.role in ("count", "value") and x.text.lower().startswith("how")))
            for x in said
        ):
            continue  # "...; which two come first?", "...; how many are there?": a question of its own
        if any(x.kind in ("entity", "term", "qty") for x in said):
            raise refuse(
                f"'{part.strip()}' says something of the things answered, which the answer would be "
                "narrowed to: ask it as a condition, or ask without it"
            )


#: "5nm + hbm", "tsmc + 4nm": a "+" set apart by spaces between two things joins them, as "and" does;
#: "64gb+", "100 MB+ of SRAM" (the sign on the number) says "or more" (red team 108: "5nm + hbm" was
#: read as 5nm or larger)
_SPACED_PLUS = re.compile(r"(?<=\w)\s+\+\s+(?=\w)")
#: "the go-to chip": stemmed as "going to" (a filler), so spelled out here
_GO_TO = re.compile(r"(?i)\bgo-to\b|\b(?:the|a|my|your|our|their)\s+go\s+to\b")


def read(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """:func:`_read_parts_whole`; where it refuses, a parenthesis that sets several things aside at once
    read as one parenthesis a thing (:func:`parentheses_apart`), or a closing sentence that sets
    something aside read as a parenthesis (:func:`set_aside_after`), else the first refusal stands. A
    figure quoted from the article is no range the question asks (:func:`_quoted_figures_no_range`).
    A question over MAX_QUESTION characters is refused before anything reads it: the readings before
    :func:`segment` (which refuses it too) are not all linear in its length (red team 120: 20,000
    characters ran past the 10 s limit)."""
    check_length(question)
    question = _SPACED_PLUS.sub(" and ", question)
    if _GO_TO.search(question):
        # "what's the go-to chip for training?" (red team 108): read as "going to", dropped, and every
        # training chip listed; a choice the article does not make, as "ideal" or "preferred" is not
        raise refuse("'go-to' asks which chip is preferred, which the article does not say; ask which chips are for it")
    try:
        frame = _read_parts_whole(question, lex, typos)
    except NoAnswer as refused:
        # "...? Ignore chips whose SRAM size is not given.": as "(ignoring ...)", where the sentence does
        # not read on its own (set 82)
        others = [q for q in (parentheses_apart(question), set_aside_after(question)) if q != question]
        if not others:
            raise
        for other in others:
            try:
                frame = _read_parts_whole(other, lex, typos)
                break
            except NoAnswer:
                continue
        else:
            raise refused from None
    _quoted_figures_no_range(frame, question, lex, typos)
    return frame


#: one chip said in a parenthesis or a last clause of its own: "(one chip)", ", 1 GPU", "(a single processor)"
_ONE_UNIT_ASIDE = re.compile(
    r"(\(|,\s*)\s*(?:just\s+)?(?:one|1|a\s+single)\s+(?:chip|gpu|processor|accelerator|device|rdu)s?\s*(\)|(?=\s*[?.!]*\s*$))",
    re.IGNORECASE,
)
#: the digit 1 for one unit ("on 1 chip", "the largest model 1 GPU can run"), not a number compared ("more
#: than 1 chip", "at least 1 chip")
_ONE_UNIT_DIGIT = re.compile(
    r"(?<![\d.,])(?<!than )(?<!least )(?<!most )(?<!exactly )(?<!only )(?<!top )\b1\s+(?=(?:chip|gpu|processor|"
    r"accelerator|device|rdu)s?\b)",
    re.IGNORECASE,
)


#: one unit that does something: "the largest model one accelerator can handle", "one GPU runs" (not "one
#: GPU" alone: "which companies have one GPU", "more than one accelerator" count them)
#: "the largest model on one chip", "power for one device", "on each chip" (red team 110: dropped, and a
#: system's model size or a card's power answered as the chip's): one unit after its preposition
_ONE_UNIT_PLACE = re.compile(
    r"\b(on|for|with|in|using|from)\s+(?:one|each)\s+(?=(?:chip|gpu|processor|accelerator|device|rdu|unit)\b)",
    re.IGNORECASE,
)
#: the figures the article gives at a larger scope than the chip (a system's model size, a card's power),
#: beside which "on one chip" says the scope
_SCOPED_ELSEWHERE = re.compile(r"(?i)\b(?:models?|parameters|power|watts?|tdp|draws?)\b")
_ONE_UNIT_SUBJECT = re.compile(
    r"\bone\s+(?=(?:chip|gpu|processor|accelerator|device|rdu)\s+(?:can|could|will|would|is\s+able|handles?|"
    r"runs?|supports?|holds?|fits?)\b)",
    re.IGNORECASE,
)


def one_unit_said_so(question: str, lex: Lexicon) -> str:
    """ "SN40L max model size (one chip)", "Blackwell max model size, 1 GPU", "the largest model on 1 chip",
    "max model size of 1 SN40L" (red team 90 G): one chip, said as "per chip" or "one" is; dropped, or
    read as a number or a top 1, a platform's, system's or cluster's figure was answered as the chip's."""
    question = _ONE_UNIT_ASIDE.sub(lambda m: f"{m.group(1)}per chip{m.group(2)}", question)
    question = _ONE_UNIT_DIGIT.sub("a single ", question)
    question = _ONE_UNIT_SUBJECT.sub("a single ", question)
    if _SCOPED_ELSEWHERE.search(question):  # not "what processors does the M4 combine on one chip"
        question = _ONE_UNIT_PLACE.sub(lambda m: f"{m.group(1)} a single ", question)
    out: list[str] = []
    last = 0
    for m in re.finditer(r"(?<![\d.,])(?<!than )(?<!least )(?<!most )(?<!exactly )(?<!only )(?<!top )\b1\s+", question):
        rest = question[m.end() :].split()
        if any(
            any(lex.is_a(e, CK + "Chip") for e in lex.names.get(name_key(" ".join(rest[:n])), ()))
            for n in (1, 2, 3)
            if len(rest) >= n
        ):
            out.append(question[last : m.start()] + "one ")
            last = m.end()
    return "".join(out) + question[last:]


#: what may stand between an owner and a magnitude word in quotes ("SambaNova's unquantified
#: 'multi-trillion'") and after it ("'multi-trillion' parameter claim", "'thousands' of processing units")
_MAGNITUDE_BEFORE = r"(?:(?:unquantified|open-ended|vague|unspecified|imprecise|non-numeric)\s+)*"
_MAGNITUDE_AFTER = (
    r"(?:\s+(?:parameter\s+models?|parameters?|wording|claims?|figures?|phrases?|hedges?|lower\s+bounds?|"
    r"(?:of\s+)?(?:independent\s+)?processing\s+units|units))*(?:,?\s+(?:which\s+gives?|with)\s+no\s+(?:figure|number))?"
)
#: an owner: "SambaNova's", "the SN40L's", "Trillium's and Gaudi 3's"
_MAGNITUDE_OWNER = r"(?P<owner>(?:[A-Za-z0-9][\w .-]*?'s?\s+(?:and\s+)?)*)"
_LEAD = r"(?:\b(?:and|but|so)\s+)?"
#: an owner said after the word: "the 'multi-trillion' claim for the SN40L", "... of SambaNova"
_MAGNITUDE_OWNER_AFTER = re.compile(
    r"\s+(?:for|of|from|by)\s+(?:the\s+)?([\w][\w .-]*?)(?=\s*(?:[,;.?!)]|$|\s+(?:and|but)\b))"
)
_QUOTED_MAGNITUDE = _MAGNITUDE_OWNER + _MAGNITUDE_BEFORE + r"'(?P<word>[^']+)'" + _MAGNITUDE_AFTER
#: "leaving out SambaNova's unquantified 'multi-trillion'", "treating ... 'multi-trillion' as unquantified",
#: "vague 'thousands' ignored": the figure set aside; "counting 'multi-trillion' as qualifying", "reading
#: SambaNova's 'multi-trillion' as its lower bound of one trillion", "'thousands' read as an unspecified
#: lower bound": the figure as the graph holds it (a lower bound)
_MAGNITUDE_CLAUSES = tuple(
    (how, re.compile(pattern, re.IGNORECASE))
    for how, pattern in (
        (
            "aside",
            _LEAD
            + r"\b(?:leaving\s+out|leave\s+out|leaving\s+aside|leave\s+aside|setting\s+aside|set\s+aside|omitting|"
            r"omit|excluding|exclude|ignoring|ignore|disregarding|disregard|not\s+counting|not)\s+(?:the\s+|any\s+)?"
            + _QUOTED_MAGNITUDE,
        ),
        ("aside", _LEAD + r"\b(?:treating|treat)\s+(?:the\s+)?" + _QUOTED_MAGNITUDE + r"\s+as\s+unquantified"),
        (
            "aside",
            _LEAD
            + r"(?:the\s+)?"
            + _QUOTED_MAGNITUDE
            + r"\s+(?:ignored|left\s+out|left\s+aside|set\s+aside|excluded|disregarded)\b",
        ),
        (
            "bound",
            _LEAD
            + r"(?:\b(?:counting|count|reading|read|treating|treat|taking|take)\s+(?:the\s+)?)?"
            + _QUOTED_MAGNITUDE
            + r"\s+(?:as|at)\s+(?:qualifying|stated|(?:at\s+least\s+)?(?:one|1)\s+(?P<unit>\w+)|its\s+(?:lower\s+"
            r"bound\s+of\s+(?:one|1)\s+(?P<unit2>\w+)|(?:one|1)-(?P<unit3>\w+)(?:\s+lower\s+bound)?|lower\s+bound)|"
            r"an?\s+(?:unspecified\s+)?lower\s+bound)",
        ),
        (
            "bound",
            _LEAD
            + r"(?:the\s+)?"
            + _QUOTED_MAGNITUDE
            + r"\s+read\s+as\s+(?:an?\s+(?:unspecified\s+)?lower\s+bound|stated)",
        ),
    )
)


def magnitude_words_said(question: str, lex: Lexicon) -> tuple[str, tuple[tuple[str, tuple[str, ...], str], ...]]:
    """ "Leaving out SambaNova's unquantified 'multi-trillion', which chip ...", "(vague 'thousands'
    ignored)", "counting 'multi-trillion' as qualifying": a word the article gives a figure by, where it
    gives no number (the graph's ck:statedMagnitude, read into Lexicon.magnitudes), quoted with what the
    question does with it. The clause is cut from the question; the figures it may name (of the owner
    said, if any: a chip, or an organization's chips) go to the frame, set aside ("aside") or read as
    the graph records them ("bound": a lower bound; "as one trillion" only where the word's unit is
    that one's), checked against the measure asked when answered. An owner no name of the graph, or
    a number the word's own is not, leaves the question as it was."""
    said: list[tuple[str, tuple[str, ...], str]] = []
    for how, pattern in _MAGNITUDE_CLAUSES:
        while True:
            for m in pattern.finditer(question):
                word = m.group("word")
                named = lex.magnitudes.get(word.lower().split()[0]) if word.split() else None
                if not named:
                    continue
                unit = next((m.group(g) for g in ("unit", "unit2", "unit3") if g in m.groupdict() and m.group(g)), None)
                if unit is not None and unit.lower().rstrip("s") not in word.lower():
                    continue  # "'thousands' as one million": not the number the word's own least is
                owners = [o for o in re.split(r"'s?\s+(?:and\s+)?", m.group("owner") or "") if o.strip()]
                end = m.end()
                after = _MAGNITUDE_OWNER_AFTER.match(question, end)
                if after and not owners and lex.names.get(name_key(after.group(1))):
                    owners, end = [after.group(1)], after.end()  # "the 'multi-trillion' claim for the SN40L"
                chips: set[str] = set()
                for owner in owners:
                    found = lex.names.get(name_key(re.sub(r"^(?:the|and)\s+", "", owner.strip(), flags=re.I)))
                    if not found:
                        break
                    for e in found:
                        chips |= {e} if lex.is_a(e, CK + "Chip") else {c for c, d in lex.designers.items() if e in d}
                else:
                    figures = tuple(sorted(f for f, c in named if not owners or c in chips))
                    if not figures:  # "ignoring the 'multi-trillion' claim for the CS-3": no such claim of it
                        raise refuse(f"the article gives no figure of {' and '.join(owners)} as '{word}'")
                    if figures:
                        said.append((question[m.start() : end].strip(), figures, how))
                        question = (question[: m.start()] + " " + question[end:]).strip()
                        break
            else:
                break
    if not said:
        return question, ()
    # the punctuation the clauses left: "( )", "(explicit upper bounds only; )", ", ,", ", ?"
    question = re.sub(r"\(\s*[;,]?\s*\)", " ", question)
    question = re.sub(r"\s*[;,]\s*\)", ")", question)
    question = re.sub(r"\(\s*[;,]\s*", "(", question)
    question = re.sub(r"[;,]\s*([;,])", r"\1", question)
    question = re.sub(r"^\s*[;,]\s*", "", question)
    question = re.sub(r"\s*[;,]\s*([?.!]*)\s*$", r"\1", question)
    question = re.sub(r"\s+([?.!,;)])", r"\1", question)
    return re.sub(r"\s{2,}", " ", question).strip(), tuple(said)


#: a figure quoted from the article: a quote opening after no letter and closing before none (an
#: apostrophe between letters is none: "SambaNova's"), holding a number ("'over 1 trillion'", "'up to
#: 1 PetaOPS'", "'one trillion'")
_QUOTED_FIGURE = re.compile(
    r"(?<![\w'])'((?:[^'\n]|(?<=\w)'(?=\w))*?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|hundred|thousand|million|billion|trillion)\b)(?:[^'\n]|(?<=\w)'(?=\w))*?)'(?![\w'])",
    re.IGNORECASE,
)


def _ranges(frame: F.Frame) -> set[tuple]:
    """The ranges a frame's figures must lie in: (measure, low, high)."""
    return {
        (k.prop, k.low, k.high)
        for k in frame.constraints
        if isinstance(k, F.Measure) and (k.low is not None or k.high is not None)
    }


def _quoted_figures_no_range(frame: F.Frame, question: str, lex: Lexicon, typos: bool) -> None:
    """ "Which chip has the smallest maximum model size, ... leaving out SambaNova's 'over 1 trillion'?":
    a figure quoted from the article names that figure; read as a range ("maximum model size > 1
    trillion"), it answered Blackwell's 10 trillion as the smallest (exit 0, session 50). Each limit
    of a range must be a number the question says outside its quotes ("above 1 GHz, taking the M4's
    'up to 3.5 GHz' at face value"; "at least 20 billion, taking 'over 20 billion' as 20 billion"); a
    limit said only inside one came from the quote, and is refused."""
    ranges = _ranges(frame)
    question = magnitude_words_said(question, lex)[0]  # "'multi-trillion' as qualifying": read there
    if not ranges or not _QUOTED_FIGURE.search(question):
        return
    unquoted = _QUOTED_FIGURE.sub("the figure", question)
    try:
        said = [v for it in segment(unquoted, lex) if it.kind == "qty" for _dimension, v in it.readings]
    except NoAnswer:
        said = []
    limits = [v for _prop, low, high in ranges for v in (low, high) if v is not None]
    if not all(any(math.isclose(v, s, rel_tol=1e-6) for s in said) for v in limits):
        quoted = ", ".join(f"'{m.group(1)}'" for m in _QUOTED_FIGURE.finditer(question))
        raise refuse(
            f"{quoted} quotes a figure of the article, which this question would read as a range the figures "
            "must lie in: ask for the range without quotes, or set the figure aside as 'setting aside the "
            "<chip>'s <figure>'"
        )


def _read_parts_whole(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """:func:`_read_all`; refused as a negation inside a parenthesis, the parenthesis may set aside
    chips by what they are, checked when answered (:func:`_chips_set_aside`)."""
    asked = baseline_asked(question)
    if asked is not None:  # "what chip is the Corsair compared against?": the baselines of its claims
        return _baselines_of(asked, lex)
    aside = claims_set_aside(question)
    if aside is not None:  # "(the sparse figure, not the 3.5x dense one)": checked against the claims answered
        frame = read(aside[0], lex, typos)
        if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop != CK + "claim" or not frame.subjects:
            raise refuse(
                f"'({aside[1][0]})' sets claims aside by their multiples, which is read only beside one chip's "
                "claim asked ('what is the MTIA v2's sparse compute gain?')"
            )
        return frame._replace(claims_aside=aside[1])
    factor = factor_said(question)
    if factor is not None:  # "is the Corsair nine times faster than the H100?": a claim's multiple, checked
        return _factor_checked(factor, lex, typos)
    question = _SO_OPENING.sub("(", question)  # "(so the MTIA v2 does not count)": "(the MTIA v2 ...)"
    question, magnitudes = magnitude_words_said(question, lex)  # "leaving out SambaNova's 'multi-trillion'"
    question = one_unit_said_so(question, lex)  # "(one chip)", "on 1 GPU", "of 1 SN40L": one chip
    added = added_to_some(question)
    if added is not None:  # "Is any chip in addition to the Apple M4 on 3nm?"
        raise refuse(
            f"'{added}' adds a chip said to fit to the ones asked for, which ask does not check: ask for the "
            "chips 'other than' it, and about it apart"
        )
    question = but_as_except(question, lex)  # "Are all chips but the Apple M4 on 3nm?": "... other than ..."
    question = _quoted_hedges(question, lex)  # "'over' and 'around' figures": "'over' and 'approximate' figures"
    if _NAMED_AS_BASELINE.search(question):
        raise refuse(
            "'named as a baseline' says a chip is some claim's baseline, which ask does not read (as 'which chips "
            "are baselines' is not): ask which chips are baseline chips, or what a chip is compared against"
        )
    question = _WHETHER_OR_NOT_CLOSING.sub(r", \1", question)  # "... whether made by TSMC or not": set off
    question = hedged_or_not(question)  # "with or without a hedge": "hedges included"
    question = taken_if(question)  # "if 'over' figures are taken at face value": ", taking ..."
    question = how_stated(question)  # "How is the NorthPole's 8-bit throughput stated?": "What is ..."
    question = figure_of_described(question)  # "the 5nm GPU's SRAM": "What is the SRAM of the 5nm GPU?"
    question = where_deployed(question)  # "Where does the Maia 100 run?": "What is the Maia 100 deployed on?"
    question = whose_chip(question)  # "whose chip is Trillium?": "Who designs Trillium?"
    question = exclusions_apart(question)  # "... Leave out A and any B.": "(leave out A) (leave out any B)"
    question = whose_named(question)  # "chips whose foundry is named": "chips with a named foundry"
    question = width_counted_as_format(question)  # "counting NorthPole's '8-bit' figure as INT8": a rider
    question = not_counted_after(question)  # "...? Per-die figures don't count.": "(per-die figures excluded)"
    question = why_set_aside(question)  # "leaving out the M4 (its 3.5 GHz is an 'up to' clock)": a rider
    question = else_beside_exclusion(question)  # "besides AMD, who else ...": "besides AMD, who ..."
    question = same_figure_said(question)  # "share an identical clock speed of 1.2 GHz": "have a clock ..."
    question = _per_named_chip(question, lex)  # "per Gaudi 3 accelerator": "of the Gaudi 3 per accelerator"
    question = _in_named_group(question, lex)  # "in a single Gaudi 3 node": "of the Gaudi 3 in a single node"
    _figure_of_a_named_system(question, lex)  # "the FP16 performance of a Trainium2 UltraCluster": refused
    question, described = _set_aside_described(question, lex, typos)  # "Excluding the CS-3 (a wafer-scale part)"
    question, profiled_said = _number_of_profiled(question, lex)  # "the eighteen profiled chips": checked
    question, set_said = _number_of_a_set_said(question, lex)  # "Of the four chips with HBM, which ...": checked
    try:
        frame = _read_set_aside(question, lex, typos)
        dropped: tuple[tuple[str, str], ...] = ()
    except NoAnswer:
        # "(SN40L's SRAM has no size, so it's out)", in words no reading above takes: checked when answered
        stripped, dropped = drops_out(question)
        if not dropped:
            raise
        frame = _read_set_aside(stripped, lex, typos)
    if magnitudes:
        frame = frame._replace(magnitudes_said=magnitudes)
    _leader_of_a_described_chip(frame, question)
    _compared_said_of_a_chip(frame, question)
    _baseline_of_a_chip(frame)
    if described:
        frame = frame._replace(chip_premises=(*frame.chip_premises, *described))
    if profiled_said is not None:
        if not any(isinstance(k, F.Profiled) and k.profiled for k in frame.constraints):
            raise refuse(f"'{profiled_said}' is said of the profiled chips, which the question does not ask about")
        frame = frame._replace(profiled_said=profiled_said)
    if set_said is not None:
        frame = frame._replace(set_said=set_said)
    items = segment(question, lex)  # once, for the checks below
    guards.check_whole(question, frame, items, lex)
    if (frame.ask == F.ORGS or frame.counting_orgs) and frame.groups_counted is None:
        counted = next(
            (
                m
                for m in _CHIPS_COUNTED.finditer(question)
                # "at least one chip" is some chip; "the higher-end of the two models" names them
                if not re.search(
                    r"(?i)\b(?:least|than|over|under|exactly|the|these|those|of)\s*$", question[: m.start()]
                )
            ),
            None,
        )
        if counted is not None:  # "How many hyperscalers have a single chip?" (red team 85): "single" was dropped
            raise refuse(
                f"'{counted[0]}' counts each organization's chips, which ask reads only as 'which vendors have "
                "exactly one chip' (more than, at least): ask so"
            )
    against = _AGAINST.search(question)
    if frame.report == "comparisons" and frame.baselines_asked is None and against is not None:
        # "Which chips have a comparison claim against a predecessor?" (red team 82): every claim listed
        raise refuse(
            f"'{against[0]} ...' says what the claims are against, which the comparisons report "
            "does not narrow to: ask what one chip is compared against"
        )
    if frame.baselines_asked is None and _THE_CHIP_COMPARED.search(question):
        # "Which organization designs the chip the Corsair is compared against?" (red team 82): d-Matrix,
        # the Corsair's own designer, was answered
        raise refuse(
            "'the chip ... is compared against' names a claim's baseline, which ask reads only when asked "
            "outright ('what is the Corsair compared against?'); ask that first"
        )
    if dropped:
        frame = _dropped_out(frame, dropped, lex)
    scopes = _SCOPE_EITHER.search(question)
    if frame.ask == F.YESNO and scopes is not None:
        # "Is the AI 100 Ultra's 150 W stated per chip or per card?" (red team 81): answered true
        raise refuse(f"'{scopes[0]}' asks which scope a figure is of, not yes or no: `chipkg describe` shows it")
    of_each = _EACH_CHIPS_OWN.search(question)
    if of_each is not None and frame.ask in (F.ORGS, F.CHIPS, F.RANK, F.TOP):
        if frame.ask == F.ORGS or re.search(r"(?i)\b(?:type|kind|technology|technologies)\b", question):
            # "Show each chip's designer" (red team 81): a bare list of organizations, no chip beside
            # them; "each chip's memory type": a ranking of memory sizes
            raise refuse(
                f"'{of_each[0]}' asks a fact of each chip, which ask shows only as a figure per chip: ask about "
                "one chip, or run `chipkg query compare-chips`"
            )
    if frame.ask == F.CHIPS and not frame.subjects and _figure_of_chips_said(question):
        # "SRAM of the chips with HBM", "the 7nm chips' power, except the Qualcomm card" (red team 83):
        # a figure of chips, answered as the chips with no figure (or with the one describing them)
        raise refuse(
            "the question asks a figure of the chips it describes, and reads as a list of them; ask 'What is "
            "the <figure> of the <chips>?' with no more conditions, or rank them by it"
        )
    if frame.ask == F.CHIPS and not frame.subjects and FIGURE_OF_ONE_DESCRIBED.search(question):
        # "What's the HBM of the TPU?" (red team 81): a figure of one chip, answered as the chips that fit
        raise refuse(
            "the question asks a figure of one chip it describes, and reads as a list of the chips that fit; "
            "ask 'What is the <figure> of the <chip>?', or name the chip"
        )
    return frame


#: "<figure> of the <...> chips", "the <...> chips' <figure>": a figure of chips described
_OF_THE_CHIPS = re.compile(
    r"(?i)\b(?P<before>[\w-]+)\s+(?:of|on)\s+the\s+(?:(?!(?:which|what|that|who|how)\b)[\w./-]+\s+){0,4}?"
    r"(?:chips|gpus|accelerators|processors|cards|parts)\b"
)
_CHIPS_OWN = re.compile(r"(?i)\b(?:chips|gpus|accelerators|processors|cards|parts)['’]\s+[\w-]+")
#: words before "of the ... chips" that pick some of them, not a figure of them ("which of the 7nm chips")
_PARTITIVE = frozenset(
    "which what any each all none one some most both either neither many few several two three four five "
    "six seven eight nine ten number list names name".split()
)


def _figure_of_chips_said(question: str) -> bool:
    """Whether the question says a figure of the chips it describes ("SRAM of the chips with HBM", "the
    TSMC chips' clock"), not some of them ("which of the 7nm chips")."""
    if _CHIPS_OWN.search(question):
        return True
    return any(m["before"].lower() not in _PARTITIVE for m in _OF_THE_CHIPS.finditer(question))


#: a baseline said beside the comparisons report: "a claim against a predecessor", "versus the H100"
_AGAINST = re.compile(r"(?i)\b(?:against|versus|vs\.?|relative\s+to|compared\s+(?:with|to)|over)\b")
#: "the chip the Corsair is compared against": a claim's baseline said in a relative clause
_THE_CHIP_COMPARED = re.compile(
    r"(?i)\bthe\s+(?:chip|gpu|accelerator|product|part|processor|baseline)\s+(?:that\s+|which\s+)?"
    r"[\w .'’-]+?\s+(?:is|was|are|were|gets|got)\s+(?:being\s+)?(?:compared|measured|benchmarked|pitted)\s+"
    r"(?:against|with|to)\b"
)
#: "per chip or per card", "per die or per chip": two scopes said as alternatives
_SCOPE_EITHER = re.compile(r"(?i)\bper[\s-]+[\w-]+\s+or\s+(?:per[\s-]+)?[\w-]+")
#: "each chip's", "every accelerator's": a fact asked of each chip
_EACH_CHIPS_OWN = re.compile(
    r"(?i)\b(?:each|every)\s+(?:chip|accelerator|gpu|processor|part)['’]s\s+[\w-]+(?:\s+[\w-]+)?"
)


def _dropped_out(frame: F.Frame, dropped: tuple[tuple[str, str], ...], lex: Lexicon) -> F.Frame:
    """The chips a parenthesis sets aside for lacking a figure (sentences.drops_out), as chips the
    answer must not hold (Frame.chips_aside): a list, count, most or ranking of chips, or a figure of
    chips named."""
    if frame.group_by or frame.counting_orgs or frame.ask not in (F.TOP, F.RANK) or frame.metric is None:
        # the reason (it has no figure) is checked against the figure ranked: a list has none
        raise refuse(f"'({dropped[0][0]})' sets a chip aside, which this question cannot check; ask without it")
    for words, chip_words in dropped:
        named = [x for x in segment(chip_words, lex) if not (x.kind == "word" and x.role == "filler")]
        if len(named) != 1 or named[0].kind != "entity" or not all(lex.is_a(e, CHIP) for e in named[0].entities):
            raise refuse(f"'{chip_words}' names no one chip I know")
        chips = tuple(dict.fromkeys(named[0].entities))
        frame = frame._replace(
            chips_aside=(*frame.chips_aside, (words, (F.Identity(chips),), False)),
            dropped_for_none=(*frame.dropped_for_none, *chips),
        )
    return frame


#: the words of the graph's own readings (words.tsv role ``never``) that a negation before them denies:
#: "(not inferred from bit widths)" asks for what the article states in its words, as "explicitly" does
_INFERRING = frozenset(("inferred", "infer", "inferring", "implied", "deduced", "guessed", "assumed", "extrapolated"))


def _family_inference_denied(items: list[Item]) -> bool:
    """Whether an inference denied (:func:`_inference_denied`) is one from a chip's family or line
    ("not inferred from the family", "not assumed from the product line"): what the graph does where
    it attaches a fact stated of a family to one member (a ck:Hedge note says so)."""
    said = _inference_denied(items)
    if not said:
        return False
    at = next(k for k, x in enumerate(items) if x.kind == "word" and x.text == said)
    return any(
        w in ("family", "families", "line", "lineup", "series", "siblings")
        for x in items[at + 1 : at + 6]
        for w in tokens(x.text)
    )


def _inference_denied(items: list[Item]) -> str:
    """The words "not inferred", "not assumed ...", "excluding inferred ..." (a negation, then within
    two items a word of reading the graph may have done; "rounded" is not one): the question asks
    what the article states in its own words. Read as a remark that changes nothing, NorthPole's INT8
    (the graph's reading of "8-bit") was answered (red team 94, exit 0). "" when not said."""
    for k, x in enumerate(items):
        if x.kind == "word" and x.role == "never" and x.text.lower() in _INFERRING:
            if any(y.kind == "word" and y.role == "neg" for y in items[max(0, k - 2) : k]):
                return x.text
    return ""


def _manufacturer_read_as_designer(frame: F.Frame, items: list[Item]) -> None:
    """ "Which chips have Qualcomm as their manufacturer?", "Which companies are manufacturers of 7nm
    chips?", "Do the M4 and Blackwell have the same manufacturer?": the noun "manufacturer" names
    the designer (the article's "chip manufacturers" are vendors, l.13) or the foundry (TSMC
    manufactures the Qualcomm chips), and read as the designer alone the answer is the foundry
    reading's wrong one (red team 96, exit 0). Where the question's condition is the designer and
    that word says it, refused; "who is the manufacturer of X" answers both, each labelled."""
    made = {CK + "designedBy", CK + "manufacturedBy"}
    said = next(
        (x.text for x in items if x.kind == "term" and made <= set(x.terms) and "manufactur" in x.text.lower()), None
    )
    if said is None or frame.ask == F.VALUE:
        return

    def designer(k: object) -> bool:
        if isinstance(k, (F.Relation, F.SameAs)):
            return k.prop == CK + "designedBy"
        if isinstance(k, F.OrgOfChips):
            return k.prop == CK + "designedBy" or any(designer(c) for c in k.constraints)
        return False

    if any(designer(k) for k in (*frame.constraints, *frame.premises)):
        raise refuse(
            f"'{said}' may mean the chip's designer or its foundry, which the article names apart; ask who "
            "designs it or who fabricates it"
        )


def _value_after_same_chip(question: str, same: tuple[str, str], lex: Lexicon) -> tuple[str, ...] | None:
    """ "designed by the same company as the Adreno 750 (Apple)": names in a parenthesis right after
    the chip of "the same ... as" that are values of the relation compared (organizations beside a
    designer or foundry, a node beside a node) say the chip's value: a premise, checked when answered
    (red team 94: dropped, and the Qualcomm chips answered as Apple's). None when there is none."""
    items = segment(question, lex)
    at = next(
        (k for k, x in enumerate(items) if x.kind == "entity" and same[1] in x.entities and k + 1 < len(items)), None
    )
    if at is None or items[at + 1].kind != "open":
        return None
    inner: list[Item] = []
    for x in items[at + 2 :]:
        if x.kind == "close":
            break
        inner.append(x)
    names = [x for x in inner if x.kind == "entity"]
    if not names or any(not (x.kind == "entity" or (x.kind == "word" and x.role == "filler")) for x in inner):
        return None
    relations = dict(ENTITY_RELATIONS)
    values = tuple(e for x in names for e in x.entities)
    fits = all(
        any(
            relations.get(c) == same[0] or (c == ORG and same[0] in (CK + "designedBy", CK + "manufacturedBy"))
            for c in lex.entities.get(e, ("", ()))[1]
        )
        for e in values
    )
    return values if fits and len(values) == 1 else None


def _read_set_aside(question: str, lex: Lexicon, typos: bool) -> F.Frame:
    """:func:`_read_all`, read again where a negated parenthesis sets chips aside, or where "the
    same" is said of a pair."""
    try:
        return _read_all(question, lex, typos)
    except NoAnswer as refused:
        paired = same_of_a_pair(question) if "'same' is read only" in str(refused) else None
        if paired is not None:  # "Are A and B on the same node?": "Is A on the same node as B?"
            return _read_all(paired, lex, typos)
        if not str(refused).endswith(NEGATED_ASIDE):
            raise
        aside = _chips_set_aside(question, lex, typos)
        if aside is None:
            raise
        return aside


#: a chip set aside and a parenthesis right after it that says what it is ("Excluding the Blackwell
#: GPU (a 4nm part), ...", "other than the Gaudi 3 (an Intel GPU)")
_SET_ASIDE_DESCRIBED = re.compile(
    r"(?i)\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|besides|leaving\s+out|"
    r"setting\s+aside|not\s+counting|ignoring|without)\s+(?P<name>[^(),;?]+?)\s*"
    r"(?P<aside>\(\s*(?P<desc>(?P<article>(?:a|an|the)\s+)?[^()]+?)\s*\))"
)


def _set_aside_described(question: str, lex: Lexicon, typos: bool) -> tuple[str, tuple[tuple[str, tuple], ...]]:
    """ "Excluding the Blackwell GPU (a 4nm part), which chip has the most transistors?" (red team 78):
    what the parenthesis says of the chip set aside is a premise about that chip ("is the Blackwell
    GPU a 4nm part?" read as a yes/no: its conditions), checked when answered, and the question is
    read without it; read in place, it became a condition of the answer (only 4nm chips were
    ranked). A parenthesis that reads as no such yes/no of one chip is refused."""
    premises: list[tuple[str, tuple]] = []
    question = _described_before_name(question, lex)
    start = 0
    while (found := _SET_ASIDE_DESCRIBED.search(question, start)) is not None:
        start = found.end()
        if not found["article"] and len(found["desc"].split()) > 2:
            continue  # "(per card figures aside)": no description of the chip, read as before
        if re.search(r"(?i)\btaken\s+as\b", found["desc"]):
            continue  # "(the M4's 'up to 3.5 GHz' taken as stated)": a rider (sentences.why_set_aside), checked so
        named = [x for x in segment(found["name"], lex) if not (x.kind == "word" and x.role == "filler")]
        if len(named) != 1 or named[0].kind != "entity" or not all(lex.is_a(e, CHIP) for e in named[0].entities):
            continue  # "except TSMC's 7 nm line ... (8-bit integer)": no chip set aside by its name
        said = f"Is {found['name'].strip()} {found['desc'].strip()}?"
        try:
            asked = _read_all(said, lex, typos)
        except NoAnswer:
            asked = None
        if (
            asked is None
            or asked.ask != F.YESNO
            or len(set(asked.subjects)) != 1
            or not asked.constraints
            or asked.metric is not None
            or any(getattr(k, "negated", False) for k in asked.constraints)
            or not all(isinstance(k, (F.Relation, F.Kind, F.Profiled, F.Measure, F.Memory)) for k in asked.constraints)
        ):
            if not found["article"]:
                continue  # "(per chip)", "(not NVLink)": no description of the chip, read as before
            raise refuse(
                f"'{found['aside']}' says what the chip set aside is, in words I cannot check of it; ask without it"
            )
        premises.append((asked.subjects[0], tuple(asked.constraints)))
        question = (question[: found.start("aside")].rstrip() + " " + question[found.end("aside") :].lstrip()).strip()
        question = re.sub(r"\s+([,?.!])", r"\1", question)
        start = found.start("aside")
    return question, tuple(premises)


def _quoted_hedges(question: str, lex: Lexicon) -> str:
    """ "With 'over' and 'around' figures read at face value, ..." (sets 51-62): a hedge's word in quotes
    names the hedge (ck:hedgePhrase), and is said as the hedge's label ("approximate") where the word
    itself is none ask reads: unquoted, "around 7nm" asks for figures near a number, which ask does
    not read, and stays refused."""

    def named(m: re.Match[str]) -> str:
        said = m["said"]
        if lex.words.get(stems_of(said)) is not None or lex.spelled.get(tuple(tokens(said))) is not None:
            return m[0]
        label = lex.hedge_names.get(tuple(tokens(said)))
        if label is None or lex.words.get(stems_of(label)) is None:
            return m[0]
        return f"'{label}'"

    return _QUOTED.sub(named, question)


_QUOTED = re.compile(r"['‘\"“](?P<said>[^'’\"”()]{1,20})['’\"”]")


def _number_of_a_set_said(question: str, lex: Lexicon) -> tuple[str, int | None]:
    """ "Of the four chips with HBM, which has the most capacity?", "Rank the 7 chips on 7nm by SRAM"
    (red team 85): a number said of the chips a question picks from says how many there are; read as
    a top N it gave N rows for a question of one chip and was never checked (five chips have HBM).
    The question is read without it and the number kept, checked when answered against the chips its
    conditions pick (answer._set_count_checked). A number of a unit ("the 7 nm chips") or of other
    things ("the four hyperscalers") is left as it was."""
    found = _SET_NUMBER.search(question)
    tail = re.split(_SET_PHRASE_END, question[found.end() :])[0] if found is not None else ""
    if found is not None and _SUPERLATIVE_SAID.search(tail):
        return question, None  # "how many of the 3 chips with the most SRAM ...": a top 3
    if found is not None and _BARE_SET.match(question[found.start("n") :]) and not _names_a_chip(question, lex):
        return question, None  # "Which of the two chips uses HBM?": chips asked before (refused as such)
    if found is None and not _SUPERLATIVE_SAID.search(question):
        found = _RANKED_NUMBER.search(question)  # "the 3 chips with the most SRAM": a top 3
    if found is None:
        return question, None
    n = _number_token(found["n"], lex)
    if n is None:
        return question, None
    if found.groupdict().get("bare") is not None:  # "Of the two, Gaudi 3 and Trainium2, which ...": named after it
        if re.search(r"(?i),\s*(?:does|do|is|are|has|have|can|was|were)\b", question[found.end() :]):
            return question, None  # "of these two, the Groq LPU and NorthPole, does ...": a yes/no of the pair
        return question[: found.start("n")] + "chips" + question[found.end("n") :], n
    return question[: found.start("n")] + question[found.end("n") :].lstrip(), n


_CHIPS_COUNTED = re.compile(
    r"(?i)\b(?:a\s+single|single|just\s+one|only\s+one|one|a\s+pair\s+of|a\s+couple\s+of|two|three|four|five|\d+)"
    r"(?!\s*-?\s*(?:nm|nanometers?|[kmgt]?b|[kmgt]?hz|w|watts?|tops|flops|tflops|petaflops)\b)[\s-]+(?:[\w-]+\s+){0,2}?(?:chips?|accelerators?|processors?|parts?|products?|gpus?|asics?|tpus?|cpus?|npus?|"
    r"lineups?)\b"
)
_SET_NOUN = (
    r"(?!\s*-?\s*(?:nm|nanometers?|[kmgtp]?b|[kmgtp]?b/s|[kmgt]?hz|w|watts?|\w*ops|\w*flops|billion|trillion|million)\b)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:chips?|accelerators?|processors?|parts?|gpus?|asics?|tpus?|designs?|cards?|devices?)\b"
)
_RANKED_NUMBER = re.compile(
    r"(?i)\b(?:rank|order|sort|compare|list|name)\s+(?:the|these|those|all)\s+(?P<n>\d+|[a-z]+)" + _SET_NOUN
)
_SUPERLATIVE_SAID = re.compile(
    r"(?i)\b(?:most|least|highest|lowest|largest|smallest|biggest|fastest|slowest|top|best|fewest|greatest)\b"
)


def _names_a_chip(question: str, lex: Lexicon) -> bool:
    try:
        return any(x.kind == "entity" and any(lex.is_a(e, CHIP) for e in x.entities) for x in segment(question, lex))
    except NoAnswer:
        return False


#: where the words describing a set of chips end: a comma, a question word, the main verb
_SET_PHRASE_END = re.compile(
    r"(?i),|\?|\b(?:which|what|has|have|is|are|does|do|was|were|carries|carry|uses?|draws?|runs?|supports?)\b"
)
#: a number and a word for chips with nothing that picks them ("the two chips uses"): chips asked before
_BARE_SET = re.compile(
    r"(?i)(?:\d+|[a-z]+)\s+(?:chips?|accelerators?|processors?|parts?)\s+(?!with\b|on\b|that\b|which\b|from\b|made\b|"
    r"built\b|designed\b|in\b|using\b|having\b|by\b|of\b|named\b|,)"
)
_SET_NUMBER = re.compile(
    r"(?i)\b(?:of|among|from|between)\s+(?:the|these|those|all)\s+(?P<n>\d+|[a-z]+)(?:"
    + _SET_NOUN
    + r"|(?P<bare>(?=\s*,)))"
)


def _number_token(said: str, lex: Lexicon) -> int | None:
    """The number a token says, in digits or a word ("eighteen"), else None."""
    if said.isdigit():
        return int(said)
    word = _number_word(said, lex)
    return None if word is None else int(word)


def _number_of_profiled(question: str, lex: Lexicon) -> tuple[str, int | None]:
    """ "How many of the eighteen profiled chips ...", "Of the 18 chips the article profiles, ...":
    the number said of the profiled chips is how many there are, a premise checked when answered
    (answer._profiled_count_checked), and the question is read without it. A number said of other
    chips ("the three 7nm chips") is left as it was."""
    found = _PROFILED_NUMBER.search(question)
    if found is None:
        return question, None
    n = _number_token(found["n"], lex)
    if n is None:
        return question, None
    return question[: found.start("n")] + question[found.end("n") :].lstrip(), n


_PROFILED_NUMBER = re.compile(
    # after a determiner: "the eighteen profiled chips" is the set; "at least two profiled chips",
    # "vendors with two profiled chips" count chips of each vendor
    r"(?i)\b(?:the|all|these|those)\s+(?P<n>\d+|[a-z]+)\s+(?=(?:profiled\s+(?:chips|accelerators|processors)\b)|"
    r"(?:chips|accelerators|processors)\s+(?:that\s+)?(?:the\s+article|it)\s+(?:actually\s+)?profiles\b)"
)


def _described_before_name(question: str, lex: Lexicon) -> str:
    """ "Excluding the wafer-scale Cerebras CS-3, which chip ..." (blind set 75): words before the name
    of the one chip set aside describe it, as "Excluding the Cerebras CS-3 (a wafer-scale part)" says
    (:func:`_set_aside_described` checks it of that chip); read in place, they were a kind every chip
    answered had to be ruled out of. Anything but words before one chip's name is left as it was."""
    found = _EXCLUDED_THE.search(question)
    if found is None:
        return question
    said = segment(found["phrase"], lex)
    named = [k for k, x in enumerate(said) if x.kind == "entity"]
    if (
        len(named) != 1
        or named[0] == 0
        or named[0] != len(said) - 1
        or not all(lex.is_a(e, CHIP) for e in said[-1].entities)
        # kinds only ("wafer-scale": a class, named with a capital), not a figure or a claim of the chip
        or not all(
            x.kind == "term" and x.terms and all(t.rsplit("#", 1)[-1][:1].isupper() for t in x.terms) for x in said[:-1]
        )
    ):
        return question
    words = found["phrase"].split()
    for at in range(1, len(words)):
        rest = segment(" ".join(words[at:]), lex)
        if len(rest) == 1 and rest[0].kind == "entity" and rest[0].entities == said[-1].entities:
            described = f"{' '.join(words[at:])} (a {' '.join(words[:at])} part)"
            return question[: found.start("phrase")] + described + question[found.end("phrase") :]
    return question


_EXCLUDED_THE = re.compile(
    r"(?i)\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|leaving\s+out|setting\s+aside|"
    r"not\s+counting|ignoring)\s+the\s+(?P<phrase>[^(),;?]+?)(?=\s*[,;?]|\s*$)"
)


_REFUSED = "I can't answer that: "


def _factor_checked(said: FactorSaid, lex: Lexicon, typos: bool) -> F.Frame:
    """The claim yes/no the question says with a multiple ("... outperforms its predecessor in memory
    capacity"), the multiple kept to be checked against the claims found (Frame.factor_said). A
    multiple said of anything but one chip's claims (a figure "2,048 times" another) is refused."""
    try:
        frame = read(said.question, lex, typos)
        if said.also and not (frame.ask == F.YESNO and frame.metric is not None and frame.metric.prop == CK + "claim"):
            frame = read(said.also, lex, typos)
    except NoAnswer as refused:
        if said.also:
            try:
                return _factor_checked(said._replace(question=said.also, also=""), lex, typos)
            except NoAnswer:
                pass
        why = str(refused).removeprefix(_REFUSED)
        raise refuse(
            "a multiple ('35x', 'nine times') is read only in a yes/no about one chip's comparison claim, "
            f"and the question does not read as one ({why})"
        ) from None
    if frame.ask != F.YESNO or frame.metric is None or frame.metric.prop != CK + "claim" or frame.compared:
        raise refuse(
            "a multiple ('35x', 'nine times') is read only in a yes/no about one chip's comparison claim "
            "('does the MI350 claim up to 35 times the inference performance of the MI300 series?')"
        )
    if said.speed and frame.metric.aspect is None and not frame.metric.aspect_words:
        # "is the Corsair nine times faster than the H100?": its claims of speed against it
        frame = frame._replace(metric=frame.metric._replace(speed=True))
    return frame._replace(factor_said=(said.factor, said.up_to))


def _baselines_of(asked: BaselineAsked, lex: Lexicon) -> F.Frame:
    """The comparisons report of the one chip ``asked`` names, its baselines asked first
    (Frame.baselines_asked): of the organization said ("which Nvidia chip"), older where said so, and
    compared by the organization said, each checked when answered."""

    def one(text: str, cls: str, what: str) -> str:
        said = [x for x in segment(text, lex) if not (x.kind == "word" and x.role == "filler")]
        if len(said) != 1 or said[0].kind != "entity" or len(set(said[0].entities)) != 1:
            raise refuse(f"'{text}' names no one {what} I know")
        iri = said[0].entities[0]
        if not lex.is_a(iri, cls):
            raise refuse(f"'{text}' is no {what}")
        return iri

    described = claim_described(asked.chip)
    claims: F.Metric | None = None
    multiples: tuple[float, ...] = ()
    if described is not None:  # "the MI350's up-to-35x inference gain": the claims a value question picks
        chip_words, said, multiples = described
        chip = one(chip_words, CHIP, "chip")
        picked = read(said, lex)
        if (
            picked.ask != F.VALUE
            or picked.metric is None
            or picked.metric.prop != CK + "claim"
            or picked.subjects != (chip,)
        ):
            raise refuse(f"'{asked.chip}' reads as no claim of one chip I know")
        claims = picked.metric
    else:
        chip = one(asked.chip, CHIP, "chip")
        if asked.multiples:  # "the Corsair is 9x faster than": one of its claims must be stated so
            claims, multiples = F.Metric(CK + "claim", speed=asked.speed), asked.multiples
    designer = one(asked.designer, ORG, "organization") if asked.designer else ""
    claimant = one(asked.claimant, ORG, "organization") if asked.claimant else ""
    return F.Frame(
        F.REPORT,
        subjects=(chip,),
        report="comparisons",
        baselines_asked=(designer, claimant, asked.older),
        baseline_claims=claims,
        baseline_multiples=multiples,
        baseline_gpu=asked.gpu,
    )


_FIGURE_NOUNS = ("figure", "figures", "number", "numbers", "value", "values", "rating", "spec")


def _most_of_each_chip(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "What's the peak clock speed of each Tenstorrent chip?", "For each chip, what's the highest
    clock?", "What's each chip's top power draw?" (red teams 78, 80): a most asked of each chip is
    each chip's own highest figure, not the one chip with the most (it answered the e150 alone).
    Refused. The phrase "each <chips>" must follow the measure ("the peak clock of each chip"), open
    the question set off before it ("For each chip made by TSMC, what's ..."), or own the measure
    ("each chip's top power"); "of each vendor" (a group) is read as before."""
    if frame.ask != F.TOP or frame.group_by is not None:
        return  # "rank each Tenstorrent chip by power": a ranking of them

    def measure_at(y: Item) -> bool:
        return (y.kind == "term" and bool(set(y.terms) & set(MEASURES))) or (
            y.kind == "entity" and bool(y.entities) and all(lex.is_a(e, CK + "MemoryTechnology") for e in y.entities)
        )

    for k, x in enumerate(items):
        if not (x.kind == "word" and x.text.lower() in ("each", "for each", "every", "for every")):
            continue
        # the measure right before it, only "of", "for", "in" between ("the peak clock of each chip")
        j = k - 1
        # "the biggest SRAM figure for each chip" (red team 81): a noun for a figure between them too
        while (
            j >= 0 and items[j].kind == "word" and items[j].text.lower() in ("of", "for", "in", "the", *_FIGURE_NOUNS)
        ):
            j -= 1
        measure_before = j >= 0 and measure_at(items[j])
        j = k + 1
        while j < len(items) and (
            (items[j].kind == "word" and items[j].role in ("filler", "number"))
            # "each of the 7nm chips", "each Tenstorrent chip": names that describe the chips
            or (items[j].kind == "entity" and not any(lex.is_a(e, CHIP) for e in items[j].entities))
        ):
            j += 1
        if j >= len(items):
            continue
        y = items[j]
        chip_word = y.kind == "term" and chipish_any(lex, list(y.terms))
        chip_name = y.kind == "entity" and bool(y.entities) and all(lex.is_a(e, CHIP) for e in y.entities)
        if not (chip_word or chip_name):
            continue
        # "each chip's top power draw": a superlative right after the chips
        after = items[j + 1] if j + 1 < len(items) else None
        owned = after is not None and after.kind == "word" and after.role in ("super", "top")
        # "For each chip (made by TSMC), what's ...": set off by a comma, or right before the question word
        rest = items[j + 1 :]
        clause_end = next(
            (i for i, z in enumerate(rest) if z.kind == "comma" or (z.kind == "word" and z.role == "wh")), None
        )
        opening = k == 0 and clause_end is not None and clause_end <= 6
        # "Give, for every chip, the largest memory": set off by commas on both sides
        set_off = k > 0 and items[k - 1].kind == "comma" and clause_end is not None and rest[clause_end].kind == "comma"
        # "Across every processor the author covers, which one has the largest ...": which chip, asked
        chip_asked = any(z.kind == "word" and z.role == "wh" and z.text.lower().startswith("which") for z in items)
        if measure_before or ((opening or set_off) and not chip_asked) or owned:
            raise refuse(
                "a most asked of each chip is each chip's own highest figure, which ask does not give: ask "
                "for each chip's figure ('the clock speed of each Tenstorrent chip'), or for the chip with the most"
            )


#: "per Gaudi 3 accelerator", "per Cerebras CS-3 chip": "per", a name and a word for one chip
_PER_NAMED_CHIP = re.compile(
    r"(?i)\bper\s+(?:a\s+|one\s+|each\s+|single\s+|the\s+)?(?P<name>[a-z0-9][^,?();]*?)\s+"
    r"(?P<noun>chip|accelerator|gpu|tpu|device|processor|package)\b"
)


#: the words before a name that say nothing of it ("per the Gaudi 3 accelerator")
_DETERMINERS = frozenset(("the", "a", "an", "one", "each", "every", "single", "its"))


def _scope_admitted(items: list[Item], text: str) -> bool:
    """Whether the scope said as ``text`` ("per card") is said as admitted beside the chip's own: right
    after "counting", "including" or "plus" ("counting per-card figures"), or before "included",
    "too", "as well" or "count" ("(per-card figures count)")."""
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "scope" and x.text == text), None)
    if at is None:
        return False
    before = next(
        (x for x in reversed(items[:at]) if not (x.kind == "word" and x.role == "filler" and not x.value)), None
    )
    after = next((x for x in items[at + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    return (before is not None and before.text.lower() in ("counting", "including", "plus", "incl", "incl.")) or (
        after is not None and after.text.lower() in ("included", "too", "as well", "also", "count", "counts", "qualify")
    )


def _per_named_chip(question: str, lex: Lexicon) -> str:
    """ "What is the FP8 performance per Gaudi 3 accelerator?", "the memory per CS-3 chip" (red team
    79): the name between "per" and the word for one chip is the chip the figure is asked of, and
    "per accelerator" its scope, as "the FP8 performance of the Gaudi 3 per accelerator" says; read
    as the name alone, the scope was dropped and the node's or system's figure answered. Only where
    the words name one chip."""

    def moved(m: re.Match[str]) -> str:
        said = [x for x in segment(m["name"], lex) if not (x.kind == "word" and x.text.lower() in _DETERMINERS)]
        # "per Qualcomm AI 100 Ultra chip": the chip's name, its maker's before it ("per direction of
        # the Blackwell GPU" names a direction, not the chip: its words are not dropped)
        chips = [x for x in said if x.kind == "entity" and x.entities and all(lex.is_a(e, CHIP) for e in x.entities)]
        makers = [x for x in said if x.kind == "entity" and x.entities and all(lex.is_a(e, ORG) for e in x.entities)]
        if len(chips) != 1 or len(chips) + len(makers) != len(said):
            return m[0]
        return f"of the {m['name']} per {m['noun']}"

    return _PER_NAMED_CHIP.sub(moved, question)


def _in_named_group(question: str, lex: Lexicon) -> str:
    """ "How much SRAM is in a single Gaudi 3 node?", "How much HBM is in a single Trainium2 UltraCluster?"
    (red team 87): the name between "in a single" and a group's word is the chip the figure is asked
    of, and "in a single node" its scope, as "the SRAM of the Gaudi 3 in a single node" says; read as
    the name alone, the group was dropped and the chip's own figure answered. Only where the words name
    one chip (:func:`_per_named_chip` reads "per Gaudi 3 accelerator" so)."""

    def moved(m: re.Match[str]) -> str:
        said = [x for x in segment(m["name"], lex) if not (x.kind == "word" and x.text.lower() in _DETERMINERS)]
        chips = [x for x in said if x.kind == "entity" and x.entities and all(lex.is_a(e, CHIP) for e in x.entities)]
        makers = [x for x in said if x.kind == "entity" and x.entities and all(lex.is_a(e, ORG) for e in x.entities)]
        if len(chips) != 1 or len(chips) + len(makers) != len(said):
            return m[0]
        return f"of the {m['name']} {m['prep']} {m['det']} {m['noun']}"

    if _CHIPS_HELD.search(question) or re.search(r"(?i)\bprocess\s+nodes?\b", question):
        # "how many TPUs fit in a Trillium pod": the chip's scale out; "process nodes in a Gaudi 3
        # cluster": no machine's figure (refused as such where read in place)
        return question
    return _IN_NAMED_GROUP.sub(moved, question)


_IN_NAMED_GROUP = re.compile(
    r"(?i)\b(?P<prep>in|across|within)\s+(?P<det>a\s+single|one|a|each|an\s+entire|a\s+whole|the\s+whole)\s+"
    r"(?P<name>[a-z0-9][^,?();]*?)\s+(?P<noun>node|pod|cluster|ultracluster)\b"
)


def _figure_of_a_named_system(question: str, lex: Lexicon) -> None:
    """ "What is the FP16 performance of a Trainium2 UltraCluster?", "the HBM of the Trillium AI
    Hypercomputer", "the Blackwell platform's transistors", "the DDR5 capacity of the SambaNova
    platform" (red team 88): a system built of chips, whose figures the article does not give; read
    as the chip, its own figure was answered, and a system the graph names was read as the chips
    deployed on it. Refused, unless the question asks how many chips the system holds (the chip's
    scale out) or names no figure."""
    if _CHIPS_HELD.search(question):
        return
    said = segment(question, lex)
    figure = any(
        (x.kind == "term" and set(x.terms) & (set(MEASURES) - {CK + "scaleOut"})) or _names_a(x, MEMORY_TECH, lex)
        for x in said
    )
    if not figure:  # "trainium2 ultracluster size", "max chips": the chip's scale out, or no figure
        return
    words = question.split()
    for k, word in enumerate(words):
        noun = _SYSTEM_NOUN.fullmatch(re.sub(r"['’]s$", "", word.strip("?,.;:!()")).strip("'’"))
        if noun is None:
            continue
        head = k - 1 if k >= 1 and words[k - 1].lower() == "ai" else k
        for n in (1, 2, 3):
            if head - n < 0:
                break
            name = " ".join(words[head - n : head]).removesuffix("'s").removesuffix("’s")
            said = _after_determiners(segment(name, lex))
            # "the Trainium2 EC2 UltraClusters": the chip right before a system's name, nothing between
            window = _after_determiners(segment(" ".join([name, *words[head : k + 1]]).strip("?,.;:!()"), lex))
            if len(window) == 2 and _names_a(window[0], CHIP, lex) and _names_a(window[1], SYSTEM, lex):
                said = [window[0]]
            if said and _names_a(said[-1], CHIP, lex) and all(_names_a(x, ORG, lex) for x in said[:-1]):
                built = " ".join([name, *words[head:k], noun[0]])
                raise refuse(
                    f"'{built}' is a system built of {said[-1].text}, whose figures the article does not give; "
                    "ask for the chip's own figure, or how many chips it scales to"
                )
    system = [x for x in said if _names_a(x, SYSTEM, lex)]
    # the system is the figure's holder ("the DDR5 capacity of the SambaNova platform", "the SambaNova
    # platform's SRAM", "how much memory does the SambaNova platform have"); "chips deployed on Azure
    # with HBM" asks of chips
    held = [
        x
        for x in system
        if re.search(
            rf"(?i)\bof\s+(?:the\s+|an?\s+)?{re.escape(x.text)}\b|\b{re.escape(x.text)}['’]s\b|"
            rf"\b(?:does|do|did|can|could)\s+(?:the\s+|an?\s+)?{re.escape(x.text)}\s+(?:have|hold|offer|provide|pack|use)\b",
            question,
        )
    ]
    if held and figure and not any(x.kind == "entity" and any(lex.is_a(e, CHIP) for e in x.entities) for x in said):
        system = held
        raise refuse(
            f"'{system[-1].text}' is a system: the article gives figures of chips, not of the systems they "
            "run in; ask for a chip's figure"
        )


#: the words of systems built of chips; not "platform": "the Blackwell platform" is the article's word
#: for the chip family itself (its six technologies, l.41), a system only where the graph names one
_SYSTEM_NOUN = re.compile(r"(?i)(?:ultraclusters?|hypercomputers?|supercomputers?|racks?|servers?|superpods?)")


def _after_determiners(items: list[Item]) -> list[Item]:
    """The items after any fillers that open them ("the", "a"): what a name before a noun says."""
    k = 0
    while k < len(items) and items[k].kind == "word" and items[k].role == "filler":
        k += 1
    return items[k:]


def _names_a(x: Item, cls: str, lex: Lexicon) -> bool:
    return x.kind == "entity" and bool(x.entities) and all(lex.is_a(e, cls) for e in x.entities)


#: "how many chips does a Trainium2 UltraCluster hold": the chip's scale out, told
_CHIPS_HELD = re.compile(
    r"(?i)\bhow\s+many\s+(?:chips|accelerators|gpus|tpus|units|processors|devices|systems)\b|\bscal"
)


def _fact_of_each_chip(frame: F.Frame, items: list[Item]) -> None:
    """ "Give the node for every chip.", "Give the designer of every chip." (red team 80): a fact shown
    for each chip was read as the chips that have one ("has a process node"), listed without it.
    Refused: ask which chips have one, or the fact of one chip."""
    shown = any(
        x.kind == "word" and x.value == "imperative" and x.text.lower() in ("show", "give", "tell", "display")
        for x in items
    )
    each = next(
        (
            k
            for k, x in enumerate(items)
            if x.kind == "word" and x.text.lower() in ("each", "for each", "every", "for every")
        ),
        None,
    )
    # the fact's word before "each" ("the node for every chip"; "every chip with a stated node" is a list)
    fact = next((k for k, x in enumerate(items) if x.kind == "term" and set(x.terms) & set(RELATIONS)), None)
    opening = each == 0
    if not (
        shown and each is not None and fact is not None and (fact < each or opening) and frame.ask in (F.CHIPS, F.COUNT)
    ):
        return  # ("For every chip, give the node": the phrase set off before it)
    if any(isinstance(k, F.Relation) and not k.values and not k.negated for k in frame.constraints):
        raise refuse(
            "a fact of each chip ('the node of every chip') is not listed: ask which chips have one "
            "('which chips have a stated node'), or ask it of one chip"
        )


def _leader_of_a_described_chip(frame: F.Frame, question: str) -> None:
    """ "Is the 144 MB SRAM chip in the top 3 by SRAM?", "Is the 7nm Meta chip the top by SRAM?" (red
    team 79): a yes/no whether a chip the question describes (names none) leads was read as the
    ranking of the chips the description fits (the one chip, first), a table where a yes/no was
    asked. Refused: name the chip."""
    if frame.ask in (F.TOP, F.RANK) and frame.claim is None and not frame.subjects:
        if re.match(r"(?i)\s*(?:is|was)\s+(?:the|its|their)\b(?!\s+article\b)", question):
            raise refuse(
                "a yes/no whether a chip the question describes leads: name the chip ('is the Cloud AI 100 Ultra "
                "in the top 3 by SRAM?')"
            )


#: "compared against the H100" said as what a chip is, outside a question about comparisons
_COMPARED_WITH = re.compile(
    r"(?i)\b(?:chip|one|part|product|gpu|accelerator)s?\s+(?:(?:that|which)\s+(?:[\w .'-]{1,40}?\s+)?)?"
    r"(?:(?:is|are|was|were|gets?|got)\s+)?(?:being\s+)?(?:compared|measured|benchmarked|pitted)\s+"
    r"(?:against|with|to|versus)\b"
)


def _compared_said_of_a_chip(frame: F.Frame, question: str) -> None:
    """ "Which company makes the chip compared against the H100?", "who makes the chip that the
    Corsair C8 is compared against?" (red team 79): a chip said by a comparison it is in was read as
    the chip named in it (Nvidia, for the H100's side), the other side of the comparison dropped.
    Refused outside a question about comparison claims."""
    if _COMPARED_WITH.search(question) is None:
        return
    claims = frame.metric is not None and frame.metric.prop == CK + "claim"
    if claims or frame.compared or frame.ask in (F.COMPARE, F.REPORT) or frame.baselines_asked is not None:
        return
    raise refuse(
        "a chip said by a comparison it is in ('the chip compared against the H100') is not read: ask for the "
        "comparisons of a chip ('what is the Corsair C8 compared against?'), then about the chip"
    )


def _baseline_of_a_chip(frame: F.Frame) -> None:
    """ "Which company designed the baseline chip of the Corsair?" (red team 79): a baseline chip
    (ck:BaselineChip) said beside a chip named is the chip that one is compared against, read as a
    chip both a baseline and the one named (none: "no organization fits", which was false). Refused,
    naming the question that asks it."""
    groups = [frame.constraints] + [k.constraints for k in frame.constraints if isinstance(k, F.OrgOfChips)]
    for constraints in groups:
        baseline = any(isinstance(k, F.Kind) and k.cls == CK + "BaselineChip" and not k.negated for k in constraints)
        named = [k for k in constraints if isinstance(k, F.Identity) and not k.negated]
        if baseline and (named or (frame.subjects and frame.ask != F.YESNO)):
            raise refuse(
                "'the baseline chip of' a chip is the chip it is compared against: ask 'what is the Corsair C8 "
                "compared against?', then about that chip"
            )


def _figure_asked_as_a_list(frame: F.Frame, typed: list[Item], lex: Lexicon) -> None:
    """ "What is the HBM capacity?", "What is the Tensix SRAM in KB?" (red team 93): "what is the"
    and a figure's word, with no chip named nor a word for chips, asks a figure of one chip the
    question does not name; read as "which chips have one", it answered chips' names, no figure
    (exit 0). Refused, saying how to ask either."""
    if frame.ask != F.CHIPS:
        return
    said = [x.text.lower() for x in typed[:3]]
    if said[:3] in (["what", "is", "the"], ["what", "are", "the"]):
        rest = typed[3:]
    elif said[:2] in (["what's", "the"], ["whats", "the"]):
        rest = typed[2:]
    else:
        return  # "what uses HBM?", "what's got LPDDR memory on it?": which things
    if not rest or rest[0].kind not in ("term", "entity"):
        return
    chips = any(
        (x.kind == "term" and any(lex.is_kind(t, CHIP) for t in x.terms))
        or (x.kind == "entity" and any(lex.is_a(e, CHIP) for e in x.entities))
        for x in typed
    )
    measured = any(x.kind == "term" and any(t in MEASURES for t in x.terms) for x in rest) or any(
        x.kind == "entity" and any(lex.is_a(e, CK + "MemoryTechnology") for e in x.entities) for x in rest
    )
    if measured and not chips:
        raise refuse(
            "'what is the ...' asks a figure of one chip, and the question names none: name the chip, ask "
            "which chips have one, or ask for each chip's figure ('what is the HBM capacity of each chip?')"
        )


def _read_all(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """:func:`_read_plain`, with a thing set aside by "regardless of" changing nothing
    (:func:`_read_regardless`); a clause about the things answered refused first
    (:func:`_premise_about_the_answer`). An interpretive rider ("treating the M4's 'up to' figure as
    its peak") is cut and its premise kept to check (chipkg.ask.parse.riders)."""
    question = _parenthesis_clauses_apart(question)  # "(compare per chip; take ...)": "(compare ...) (take ...)"
    question = set_asides_apart(question)  # "(leave out A, which ..., and B, whose ...)": "(leave out A ...) (...)"
    question = kind_of_memory_asked(question, lex)  # "which kind of HBM does the MI350 use?"
    question = can_take_as_hold(question)  # "how much memory can a CS-3 system take?"
    question = acronym_after_name(question)  # "digital in-memory compute (DIMC) units": "... units (DIMC)"
    question = _counted_in_clauses(question, lex)  # "..., counting d-Matrix's 2 GB?": "(including ...)"
    question = _riders_apart(question, lex)  # "(taking A as X and B as Y)": two riders, each checked
    ridden = rider_cut(question, lex)
    if ridden is not None:
        return with_riders(read(ridden[0], lex, typos), ridden[1])
    _premise_about_the_answer(question, lex)
    question = _motive_dropped(question, lex, typos)
    question = _NOT_ONLY_LAST.sub(r" (\1)\2", question)
    typed = segment(question, lex)  # the question as typed, segmented once; each check takes a copy
    _regardless_of_a_name(list(typed), lex)  # before "regardless" is refused as an unknown word
    _part_cited(list(typed), lex)  # on the question as typed: every reading below drops the citation
    regardless = _read_regardless(question, lex, typos)
    frame = regardless if regardless is not None else _read_plain(question, lex, typos)
    _figure_asked_as_a_list(frame, typed, lex)
    # once more on the question as typed: a form read before the checks ("Either 7nm or HBM: which
    # chips?") must not join two kinds of condition with 'or' either
    _alternatives_of_two_kinds(frame, list(typed), lex)
    if frame.ask == F.TOP and find_phrase(tokens(question), "given") is not None:
        frame = frame._replace(given_only=True)  # "which chip does the article give the largest die area for"
    _counted_name_read_as_condition(frame, list(typed))
    _named_relation_unread(frame, list(typed), lex)
    _asked_relation_dropped(frame, list(typed))
    _or_not_before_a_condition(list(typed))
    or_not_unread(frame, question)
    _quoted_hedge_unread(frame, question, lex)
    _qualified_measure_unread(frame, list(typed), lex)
    sole = _organization_in_a_top(frame, list(typed), question, lex)
    if sole is not None:
        return read(sole, lex, typos)
    frame = _tie_said(frame, list(typed))
    _figure_kind_deciding(frame, list(typed), lex)
    _modal_about_organizations(frame, _question_proper(question, lex), lex)
    _exclusion_of_the_maker(frame, list(typed))
    for sentence in SENTENCE_BREAK.split(question.strip()):  # "... design? Their transistor count ...": two
        _made_of_no_chip(segment(sentence, lex), lex)
    _per_unit_of_a_named_chip(list(typed), lex)
    _degree_of_a_memory(list(typed), lex)
    _packaging_by_an_organization(list(typed), lex)
    _thing_asked_as_a_chip(frame, list(typed), lex)
    _shared_top_of_a_number(frame, list(typed))
    _top_said_with_its_figure(frame)
    _order_by_name(list(typed))
    _named_for_a_thing(list(typed))
    _difference_asked(frame, list(typed))
    _tie_without_a_top(frame, list(typed))
    # a remark that units are compared alike ("bearing in mind some figures are given in MHz and others
    # in GHz") says what every comparison does, and is no figure kept by its unit
    _figures_of_a_stated_unit(segment(_unit_conversion_said(question), lex), frame.ask)
    _baseline_unread(frame, list(typed))
    _chips_asked_as_a_figure(frame, list(typed), lex)
    _chips_asked_by_themselves(frame, list(typed), lex)
    return frame


def _chips_asked_as_a_figure(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips use LPDDR memory, counting both Grayskull models?" (set 74): a question that opens
    by asking which chips, read as a figure of the chips it names (the Grayskulls' LPDDR capacity,
    answered as if it were the chips asked). Refused."""
    if frame.ask != F.VALUE or len(items) < 2 or frame.metric is None or frame.metric.prop not in MEASURES:
        return  # "which chips succeed the MTIA v1?": the chips of a relation
    first, second = items[0], items[1]
    if not (first.kind == "word" and first.text.lower() in ("which", "what")):
        return
    if (
        second.kind == "term"
        and second.terms
        and all(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in second.terms)
        and second.text.lower().endswith("s")
    ):
        raise refuse(
            f"the question asks which {second.text}, and reads as a figure of the chips it names; "
            "say what the chips must have as a condition, and leave the named chips out"
        )


def _chips_asked_by_themselves(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips hold the Groq LPU?" (red team 121): which chips, then a word the parser passes
    over and a chip's name, the name the only condition: read as "which chips are the Groq LPU", the
    answer named it again. The word says how other chips relate to it, which is not read: refused."""
    if frame.ask not in (F.CHIPS, F.COUNT) or not frame.constraints:
        return
    if not all(isinstance(k, F.Identity) and not k.negated for k in frame.constraints):
        return
    if len(items) < 3 or not (items[0].kind == "word" and items[0].role == "wh"):
        return
    if not (items[1].kind == "term" and items[1].terms and all(lex.is_kind(t, CHIP) for t in items[1].terms)):
        return
    named = next((k for k, x in enumerate(items) if x.kind == "entity"), None)
    between = [x for x in items[2:named] if not (x.kind == "word" and x.text.lower() in ARTICLES)]
    # one word between, a verb the parser passes over ("which chips hold the Groq LPU"); more ("which
    # chip does the article describe as a Language Processing Unit") is how the article names it
    said = between if len(between) == 1 and between[0].kind == "word" and between[0].role == "filler" else []
    if named is not None and said:
        raise refuse(
            f"'{said[0].text}' says how chips relate to {items[named].text}, which I don't read, and the answer "
            "would only name it again: ask about it directly (what it is part of, what it is used for)"
        )


def _organization_in_a_top(frame: F.Frame, items: list[Item], question: str, lex: Lexicon) -> str | None:
    """ "Is Groq in the top 3 by SRAM?": a yes/no of an organization in a top or a most, which ranks
    chips. Read as it stood, it listed the top 3 of Groq's own chips (the LPU, fifth of all: red team
    74). Of an organization that designs one chip of the graph, it asks about that chip: the question
    said with the chip's name (returned, to read again); of any other organization, refused. None
    where the question is no such yes/no."""
    if frame.ask not in (F.RANK, F.TOP) or frame.subjects:
        return None
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if len(said) < 2 or not (said[0].kind == "word" and said[0].role == "aux"):
        return None
    named = said[1]
    if named.kind != "entity" or len(named.entities) != 1 or not lex.is_a(named.entities[0], ORG):
        return None
    chip = lex.sole_chip.get(named.entities[0])
    if chip is None:
        raise refuse(
            f"'{named.text}' is an organization, and a ranking ranks chips: ask whether one of its chips is "
            "in it ('is the Groq LPU in the top 3 by SRAM?')"
        )
    found = re.search(rf"(?i)(?<![\w]){re.escape(named.text)}(?:'s)?(?![\w])", question)
    if found is None:
        raise refuse(f"'{named.text}' is an organization: ask about its chip, {lex.entities[chip][0]}")
    return question[: found.start()] + "the " + lex.entities[chip][0] + question[found.end() :]


#: a quoted word or two right before the name of a figure ("an 'about' transistor count")
_QUOTED_BEFORE = re.compile(
    r"\b(?:give|gives|giving|have|has|having|with|state|states|quote|quotes)\s+an?\s+"
    r"(?:'([a-z][a-z ]{0,14}?)'|(about|around|over|up to))\s+[a-z]",
    re.IGNORECASE,
)


def _quoted_hedge_unread(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Which chips give an 'about' transistor count?", "How many chips give a 'typical' figure?": a
    hedge named in quotes before a figure asks for the figures hedged so; the reading held no hedge
    at all and listed every chip with a transistor count (red team 75). Where the frame holds no
    hedge of any kind (a hedge a figure must have, one set aside, a face-value reading, the
    hedged-figures report), refused."""
    said = [
        m[1] or m[2]
        for m in _QUOTED_BEFORE.finditer(question)
        if tuple(tokens(m[1] or m[2])) in lex.hedge_names
        and question[: m.start()].count("(") == question[: m.start()].count(")")  # not "(an 'over' figure)"
    ]
    if not said:
        return
    metrics = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure))]
    held = (
        frame.hedges
        or frame.no_hedge
        or frame.face_value
        or frame.riders
        or (frame.report or "").startswith("hedged-figures")
        or any(getattr(k, "unhedged", ()) for k in metrics)
    )
    if not held:
        raise refuse(
            f"'{said[0]}' names a hedge, and ask does not keep figures by their hedge here; "
            "`chipkg query hedged-figures` lists the hedged figures"
        )


#: the measures a word right before may qualify as another thing's ("memory clock", "memory power")
_QUALIFIED_MEASURES = frozenset((CK + "clockSpeed", CK + "power"))


def _qualified_measure_unread(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "What is the MTIA v2's memory clock?", "the Groq LPU's boost clock", "the MTIA v2's GPU clock",
    "memory power": a noun right before a clock or power that makes it another thing's (a memory's, a
    link's, a part the chip lacks) or another kind of clock; the reading kept the chip's own clock (the
    M4's CPU clock answered its "memory clock", red team 75). Where the frame reads no part of the
    chip for it, refused: the article gives no such figure."""
    component = frame.metric.component if frame.metric is not None else None
    if component is not None:
        return
    for k, x in enumerate(items[1:], start=1):
        before = items[k - 1]
        if not (x.kind == "term" and set(x.terms) & _QUALIFIED_MEASURES and before.kind == "term"):
            continue
        if x.text.lower().split()[0].rstrip(".?!,") not in ("clock", "clocks", "frequency", "power"):
            continue  # "TPUs powering Gemini": a verb
        if set(before.terms) & set(MEASURES) or any(lex.is_kind(t, CHIP) for t in before.terms):
            continue  # "the highest clock speed", "chip clock"
        if any(t in RELATIONS and t not in (CK + "memory", CK + "interconnect", CK + "usedFor") for t in before.terms):
            continue  # a relation's word ("TSMC-made chip power") as before; not "boost clock" (red team 76)
        raise refuse(
            f"the article gives no {before.text} {x.text} (no {x.text} of a chip's {before.text}); ask for the "
            f"chip's {x.text}"
        )


#: the words of a comparison claim that say it is of speed
_SPEED_WORDS = re.compile(r"(?i)\b(?:faster|quicker|speed\s*-?\s*ups?|speeds?\s+up)\b")


def _or_not_before_a_condition(items: list[Item]) -> None:
    """ "Which chips are made by TSMC or not on 7nm?": "or not" (a filler of words.tsv, for "whether
    ... or not") before a name or a figure negates it, which no reading takes: read as a filler,
    the TSMC chips on 7nm answered (session 45). Refused; at a clause's end it stays a filler."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.text.lower() == "or not"):
            continue
        nxt = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
        before = items[k - 1] if k else None  # "TSMC or not 7nm"; not "whether or not", ", or not intended for"
        if (
            before is not None
            and before.kind in ("entity", "qty")
            and nxt is not None
            and nxt.kind in ("entity", "qty")
        ):
            raise refuse(
                f"'or not {nxt.text}' negates one alternative, which I do not read: ask for each part on its own"
            )


#: the verbs of those relations, which ask what stands in them ("what's made on 4nm?"), not their values
_RELATION_VERBS = frozenset(
    ("made", "makes", "make", "built", "builds", "build", "designed", "designs", "design", "fabricated", "fabricates")
    + ("produced", "produces", "manufactured", "manufactures", "fabbed", "fabs")
)
#: relations whose values a question may ask per chip ("what process nodes", "what foundry")
_ASKED_PER_CHIP = frozenset(CK + p for p in ("processNode", "manufacturedBy", "designedBy"))


def _asked_relation_dropped(frame: F.Frame, items: list[Item]) -> None:
    """ "For chips that list BF16, what process nodes are they built on?", "For each chip with a stated
    clock, what foundry makes it?", "What's the foundry for each 7nm chip?" (red team 77): a question
    word right before a relation's noun asks its values; read as a list or a ranking of chips, the
    values were dropped (the BF16 chips, a clock ranking), and read as the organizations of the chips
    "for each" chip, the one foundry answered for all of them (two of the six 7nm chips have one
    named). Refused: ask of one chip, or which chips have a given value."""
    wh = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "wh"), None)
    if wh is None:
        return
    asked = next((x for x in items[wh + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    if asked is None or asked.kind != "term" or not set(asked.terms) & _ASKED_PER_CHIP or CK + "designs" in asked.terms:
        return  # "which designs use HBM": the chips (designs), not a designer
    said = tokens(asked.text)
    if said[-1] in ("by", "on", "in", "at", "from") or said[0] in _RELATION_VERBS:
        return  # "what's made on 4nm?", "what's built on 4nm": a verb, the things made asked
    each = any(
        x.kind == "word" and x.role == "group" and x.text.lower() in ("for each", "each", "every") for x in items
    )
    each = each or any(x.text.lower() in ("every", "each") for x in items)
    dropped = frame.ask in (F.CHIPS, F.RANK, F.TOP) and frame.group_by is None and frame.metric is None
    dropped = dropped or (frame.ask == F.RANK and frame.metric is not None and frame.metric.prop not in _ASKED_PER_CHIP)
    if dropped or (each and frame.ask == F.ORGS):
        raise refuse(
            f"'{items[wh].text} {asked.text}' asks each chip's {asked.text}, which I answer of one chip at a "
            f"time: ask of one chip, or which chips have a given {asked.text}"
        )


def _named_relation_unread(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chip with a named foundry has the most transistors?", "Which Nvidia chips have a named
    foundry?": a relation's noun beside a word that says its value is given ("named", "stated") is a
    condition (some value of it); where the reading holds no condition of that relation, it dropped
    the words and answered every chip (the CS-3, whose foundry is not named; red team 74). Refused:
    a safety net under the readings that take it (frames._stated_relation)."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK, F.YESNO) or frame.counting_orgs:
        return
    given = phrase_class("valuegiven")
    said: list[tuple[str, str]] = []
    depth = 0
    # a parenthesis that names a chip is read by its own readings ("(counting the Adreno 750, whose node
    # ...)"); one that names none restricts the chips asked ("(counting only chips whose foundry is
    # named)", red team 107: dropped beside the lowest clock, and NorthPole answered)
    named_inside: list[bool] = []
    for k, x in enumerate(items):
        if x.kind == "open":
            close = next((j for j in range(k + 1, len(items)) if items[j].kind == "close"), len(items))
            named_inside.append(
                any(y.kind == "entity" and any(lex.is_a(e, CHIP) for e in y.entities) for y in items[k + 1 : close])
            )
    opened = -1
    for k, x in enumerate(items):
        depth += (x.kind == "open") - (x.kind == "close")
        opened += x.kind == "open"
        if x.kind != "term" or (depth > 0 and (opened >= len(named_inside) or named_inside[opened])):
            continue
        props = [p for p in x.terms if p in RANGES and p not in (CK + "designs",)]
        if len(props) != 1:
            continue
        near = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items)]
        if (
            k + 2 < len(items)
            and k > 0
            and items[k - 1].text.lower() == "whose"
            and items[k + 1].text.lower() in ("is", "are", "was", "were")
        ):
            near.append(items[k + 2])  # "whose foundry is named by ...": not read as a maker named
        before = [y.text.lower() for y in items[max(0, k - 4) : k]]
        if any(y.kind == "word" and y.role == "neg" for y in items[max(0, k - 3) : k]) or {
            "regardless",
            "irrespective",
            "whatever",
            "lack",
            "lacking",
            "lacks",
        } & set(before):
            continue  # "no stated foundry", "regardless of a named foundry": read by their own readings
        if any(y.kind == "word" and (y.text.lower().rstrip(".?!,"),) in given for y in near):
            said.append((props[0], x.text))

    def props_of(constraints: tuple) -> set[str]:
        out = {k.prop for k in constraints if getattr(k, "prop", None)}
        for k in constraints:
            if isinstance(k, F.OrgOfChips):  # "which vendors state a node": of their chips
                out |= props_of(k.constraints)
        return out

    held = props_of(frame.constraints)
    if CK + "featureSize" in held:
        held.add(CK + "processNode")  # "a stated process node larger than 10nm": by the node's feature size
    asked = {frame.metric.prop} if frame.metric is not None else set()
    if frame.distinct:
        asked.add(frame.distinct)  # "the most distinct workloads (stated workloads only)": the values counted
    if CK + "featureSize" in asked:
        asked.add(CK + "processNode")  # "rank chips by node (stated nodes only)": by the node's feature size
    for prop, text in said:
        if prop not in held and prop not in asked and prop != frame.group_by:
            raise refuse(f"'{text}' said to be named or stated is a condition I could not read here; ask without it")


def _baseline_unread(frame: F.Frame, items: list[Item]) -> None:
    """ "What is the MTIA v2's baseline for SRAM?": the word "baseline" said, and the frame asks
    something else (the chip's own SRAM, 256 MB, was answered: red team 69). A baseline is asked of a
    chip alone ("what is the MI350's baseline?"); beside a figure it asks what a claim about that
    figure is measured against, which ask does not read: refused."""
    said = any(x.kind == "term" and CK + "baseline" in x.terms for x in items)
    asked = (frame.metric is not None and frame.metric.prop == CK + "baseline") or any(
        isinstance(k, F.Relation) and k.prop == CK + "baseline" for k in frame.constraints
    )
    other = [
        x.text
        for x in items
        if x.kind == "term" and set(x.terms) & (set(MEASURES) | set(RELATIONS)) and CK + "baseline" not in x.terms
    ]
    if said and (not asked or other):  # "the MTIA v2's baseline for process node": of a claim about it
        raise refuse(
            "'baseline' beside another thing asked: ask for the chip's baseline alone ('what is the MI350's "
            "baseline?') or for its comparison claims"
        )


def _ranked_at_every_scope(frame: F.Frame) -> bool:
    """Whether the frame ranks, lists or counts chips by a measure whose figures compete at every
    scope, each shown with its own (a model size, a scale-out: compile.MEASURES ``also_scope``)."""
    measured = [k for k in (frame.metric, *frame.constraints) if isinstance(k, (F.Metric, F.Measure))]
    return (
        frame.ask in (F.TOP, F.RANK, F.CHIPS, F.COUNT)
        and bool(measured)
        and all(k.prop in MEASURES and MEASURES[k.prop].also_scope == "any" for k in measured)
    )


def _figure_had_only(frame: F.Frame) -> bool:
    """ "How many chips state a maximum model size, whatever the scope?": a list or count whose
    figures are only had, none compared with a number, already takes a figure of any scope (the
    reading names the chips whose figures are not per chip), so "any scope" changes nothing."""
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
    return (
        frame.ask in (F.CHIPS, F.COUNT)
        and frame.metric is None
        and bool(measures)
        and all(
            (k.low is None and k.high is None)
            # "a maximum model size of at least one trillion, whatever the scope" (set 71): a measure
            # whose figures of every scope are compared already (compile.MEASURES "any")
            or MEASURES[k.prop].also_scope == "any"
            for k in measures
        )
    )


def _shared_top_of_a_number(frame: F.Frame, items: list[Item]) -> None:
    """ "Which chips share the largest HBM capacity?" asks the top, every tied chip (words.tsv
    "share the largest"); "which two chips share the highest clock?" says two chips tie, which a
    ranking's first two need not: refused rather than answered with two chips that differ."""
    shared = any(x.kind == "word" and x.role == "super" and x.text.startswith("share ") for x in items)
    if shared and (frame.ask != F.TOP or frame.n is not None):
        raise refuse("'share' says the chips answered tie; ask which chips have the most (every tied chip is answered)")


def _word_is(text: str, role: str, value: str) -> bool:
    """Whether ``text`` (an item's, or a word's) is a phrase of words.tsv's class ``role`` of VALUE
    ``value``, as spelled."""
    return phrase_class(role).get(tuple(text.lower().rstrip(".,?!").split())) == value


def _figures_of_a_stated_unit(items: list[Item], ask: str) -> None:
    """ "Which chip has the highest clock, counting only MHz figures?", "the lowest clock among GHz
    figures", "the most TOPS, counting only figures stated in TOPS": figures kept by the unit they are
    stated in. ask compares every figure by its value, whatever its unit, and read as the unit to show
    the answer in, the M4's 3.5 GHz was answered for MHz figures only (red team 60), exit 0: refused.
    A unit with no prefix ("FLOPS figures only") names a kind of figure, read as before."""

    def unit(x: Item) -> bool:
        return (x.kind == "word" and x.role == "unit") or (x.kind == "term" and _prefixed_unit(x.text.rstrip(".")))

    def figures(x: Item) -> bool:
        # "per-chip figures", "performance figure": a scope's or a measure's word with the noun
        ends = x.text.lower().split()[-1:] in (["figure"], ["figures"]) and x.kind in ("word", "term")
        return (x.kind == "word" and _word_is(x.text, "figureword", "figure")) or ends

    said = [x for x in items if not (x.kind == "word" and _word_is(x.text, "figureword", "skip"))]
    for k, x in enumerate(said):
        if not unit(x):
            continue
        before = [y.text.lower() for y in said[max(0, k - 4) : k]]
        stated_in = (
            len(before) >= 2
            and before[-1] == "in"
            and (
                figures(said[k - 2])
                or (_word_is(before[-2], "figureword", "stated") and k >= 3 and figures(said[k - 3]))
            )
        )
        unit_figures = k + 1 < len(said) and figures(said[k + 1])
        kept = (
            any(_word_is(t, "figureword", "keep") for t in before)
            or any("only" in t.split() for t in before)  # "considering only figures in TFLOPS"
            or (k + 2 < len(said) and said[k + 2].text.lower() in ("only", "alone"))
            # "(figures in MB only)" (red team 67)
            or (k + 1 < len(said) and said[k + 1].text.lower() in ("only", "alone"))
        )
        # "clock speeds stated in GHz", "SRAM expressed in GB": a verb of stating before "in" keeps figures
        # by their unit, whatever it is said of
        last = before[-1].split() if before else []
        # (of one chip's figure it asks the unit to show it in, checked when answered: "What INT8
        # throughput ..., expressed in tera operations per second?", set 46)
        said_in = ask != F.VALUE and (
            (len(before) >= 2 and last == ["in"] and _word_is(before[-2], "figureword", "stated"))
            or (len(last) == 2 and last[1] == "in" and _word_is(last[0], "figureword", "stated"))
        )
        # "which chips have a clock in MHz?", "a performance figure in PetaOPS": a list or count of chips
        # by a figure in a unit keeps the figures stated in it (the unit of no answer shown)
        listed_in = (
            ask in (F.CHIPS, F.COUNT)
            and last == ["in"]
            and k >= 2
            and (
                figures(said[k - 2])
                # "a performance in TOPS" names a kind of operation (OPS), read as before (red team 9); "in
                # PetaOPS" keeps the figures stated so
                or (
                    said[k - 2].kind == "term"
                    and not _prefixed_unit(said[k - 2].text)
                    and x.text.lower().rstrip(".") not in ("tops", "tflops", "ops", "flops")
                )
            )
        )
        # "Which chips state their SRAM in GB?", "does the Groq LPU give its SRAM in GB?", "chips that
        # quote SRAM in gigabytes": a verb of stating, then a memory or a measure and "in" a unit keep
        # the figures stated so (red team 75: the unit was dropped, every chip with SRAM listed)
        stating = {"state", "states", "stating", "give", "gives", "giving", "list", "lists", "quote", "quotes"}
        stating |= {"describe", "describes", "express", "expresses", "report", "reports", "stated", "given"}
        named_at = k - 2  # "state their SRAM per chip in MB": a scope between
        while named_at > 0 and said[named_at].kind == "word" and said[named_at].role in ("scope", "chipscope"):
            named_at -= 1
        stated_of = (
            ask != F.VALUE
            and last == ["in"]
            and named_at >= 0
            and said[named_at].kind in ("entity", "term")
            and any(y.text.lower() in stating for y in said[:named_at])
        )
        listed_in = listed_in or stated_of
        # "what's the highest performance figure in exaflops?": the top among the figures stated so
        # (a cluster's 256 exaflops), or the top figure shown in that unit; ask does neither (red team 67)
        ranked_in = stated_in and ask in (F.TOP, F.RANK)
        if said_in or listed_in or ranked_in or (stated_in and kept) or (unit_figures and kept):
            raise refuse(
                f"ask compares figures by their value whatever unit they are stated in; "
                f"it does not keep only the figures stated in {x.text}"
            )


def _width_name_widened(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Which chips support any 8-bit integer format?", "an 8-bit integer format", "8-bit integer
    arithmetic of any kind", "8-bit integer formats": "8-bit integer" is INT8's own label, yet UINT8
    is an 8-bit integer format too (lexicon ``width_shared``), and said so the name asks for any
    format it fits: read as those formats, as "8-bit" alone is. Read as INT8, Trainium2 (UINT8) was
    left out (red team 60), exit 0. "every 8-bit integer format" asks for all of them at once,
    which ask does not read: refused, naming them."""
    out = list(items)
    for k, x in enumerate(items):
        if x.kind != "entity" or name_key(x.text) not in lex.width_shared:
            continue
        before = items[k - 1].text.lower() if k else ""
        after = [y.text.lower() for y in items[k + 1 : k + 5]]
        plural = bool(after) and _word_is(after[0], "widthword", "kinds")
        of_any = "of" in after[:2] and any(w in ("any", "some", "whatever") for w in after[1:3])
        formats = lex.width_shared[name_key(x.text)]
        if _word_is(before, "widthword", "every") or (len(after) > 2 and after[:2] == ["of", "every"]):
            names = " and ".join(lex.entities.get(e, (e,))[0] for e in formats)
            raise refuse(f"'{x.text}' names more than one format here ({names}): ask about each by name")
        if _word_is(before, "widthword", "any") or plural or of_any:
            out[k] = x._replace(entities=formats)
    return out


#: the spellings of a verb of counting in ("counting d-Matrix's 2 GB", "with Cerebras counted")
_COUNTING_IN = frozenset(("counting", "count", "counted"))


def _counted_name_read_as_condition(frame: F.Frame, items: list[Item]) -> None:
    """ "How many chips exceed 1 GHz, counting Tenstorrent's 1.2 GHz?", "..., with d-Matrix's 2 GB
    counted?": a name counted in (and its figure) that no reading took as "(including <chip>)"
    (sentences._counted_in_clauses takes one chip, or an organization's one chip) was read as a
    condition: "designed by Tenstorrent · clock = 1.2 GHz", and the count shrank to that chip (red
    team 71, 21 wrong with exit 0). Refused where the frame holds the name as a condition."""
    at = [i for i, x in enumerate(items) if not (x.kind == "word" and x.role == "filler" and x.value in ("", "verb"))]
    said = [items[i] for i in at]
    conditions = {
        v
        for c in frame.constraints
        if (isinstance(c, F.Relation) and not c.negated) or (isinstance(c, F.Identity) and not c.negated)
        for v in (c.values if isinstance(c, F.Relation) else c.chips)
    }
    for k, x in enumerate(said):
        counting = x.kind == "word" and x.role == "count" and x.text.lower() in _COUNTING_IN
        raw = at[k]
        if (
            counting
            and x.text.lower() == "count"
            and (
                (raw > 0 and items[raw - 1].text.lower() in ("the", "a", "an"))
                or (raw + 1 < len(items) and items[raw + 1].text.lower() == "of")
            )
        ):
            continue  # "what is the count of 7nm chips?": the noun, asking a count
        # "Counting Intel, which chips ...": a participle first counts in too (red team 72); "Count the
        # chips ..." asks a count. A rider's verb first counts only before a chip's figure ("Use Groq's
        # 'over 20 billion' as stated: ..."), not before the chips a question ranges over ("Taking the
        # Blackwell, the Maia 100 and the M4, ...": set 26)
        rider = (
            k == 0
            and tuple(tokens(x.text)) in phrase_class("rider")
            and x.text.lower() != "count"
            and any(y.kind == "qty" for y in said[k + 1 : k + 4])
        )
        if not ((counting and (k > 0 or x.text.lower() == "counting")) or rider):
            continue
        # "counting d-Matrix's 2 GB": the name after the verb; "with d-Matrix's 2 GB counted": before it,
        # the verb ending its clause ("counted in GPUs" says a unit, "counting X as two" a rider)
        if x.text.lower() == "counted":
            if k + 1 < len(said) and said[k + 1].kind not in ("comma", "close"):
                continue
            near = said[max(k - 2, 0) : k]
            near = near[:-1] if near[-1:] and near[-1].kind == "qty" else near[-1:]
        else:
            near = said[k + 1 : k + 2]
        near = [y for y in near if y.kind == "entity"]
        names = {e for y in near for e in y.entities}
        if not names:
            continue
        if names & conditions:
            raise refuse(
                f"'{x.text}' says how to take something named, read here as a condition on the answer: ask "
                "without it, or say '(including <chip>)'"
            )


def _tie_said(frame: F.Frame, items: list[Item]) -> F.Frame:
    """ "Which chips are tied for the most transistors?", "Which chips tie for the least power?": a
    tie said before the superlative is a premise that several chips share the top (or the place
    asked), checked when answered (``Frame.tie_said``); answered as the one top, the premise was
    dropped (red team 71, 18 rows). An instruction ("if two tie, list both") says no tie is there."""
    tied = any(
        x.kind == "word"
        and x.role == "filler"
        and x.value == "tie"
        and after.text.lower() == "for"
        # "Please name every chip that ties for first.": an instruction for a tie, no premise of one
        and not any(y.text.lower() in ("if", "when", "where", "that", "every", "all") for y in items[max(k - 4, 0) : k])
        for k, (x, after) in enumerate(zip(items, items[1:], strict=False))
    )
    # "Which chips share the most SRAM?" (red team 72): the superlative said with "share"
    tied = tied or (
        any(x.kind == "word" and x.role == "super" and x.text.lower().split()[0] in ("share", "sharing") for x in items)
        # "which chips share ...": several; "which chip shares the highest clock" asks the top (session 38)
        and any(x.kind == "term" and x.terms == (CHIP,) and x.text.lower().endswith("s") for x in items)
    )
    if not tied or frame.ask not in (F.TOP, F.RANK):
        return frame
    opens_yes_no = bool(items) and items[0].kind == "word" and items[0].role == "aux"
    if frame.claim is not None or opens_yes_no or (frame.ask == F.RANK and frame.n and not frame.nth):
        # "Is the M4 tied for the highest clock?", "Are any two chips tied for the most SRAM?" (read as a
        # top two, red team 72): whether a tie is there, which ask does not answer yes or no
        raise refuse(
            "'tied' asks whether chips share the top: ask which chips have the most (every tied one is listed)"
        )
    return frame._replace(tie_said=True)


def _tie_without_a_top(frame: F.Frame, items: list[Item]) -> None:
    """ "Which chips are tied on clock speed?", "chips tied on power?": chips that share a figure with
    another, which ask does not compare. The tie word changes nothing beside a most or a ranking
    (every tied chip is answered); elsewhere it was dropped and every chip with a clock listed (red
    team 61), exit 0: refused."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]  # "ties the ..."
    tied_with = next(
        (
            x
            for x, after in zip(said, said[1:], strict=False)
            if x.kind == "word"
            and x.role == "filler"
            and x.value == "tie"
            and (after.text.lower() == "with" or after.kind == "entity")
        ),
        None,
    )
    if tied_with is not None:
        # "Which chip is tied with the Groq LPU on clock speed?", "Is Gaudi 3 tied with Trainium2 on HBM
        # capacity?" (red team 70): another chip with the same figure as the one named, which ask does
        # not look for; the tie word dropped, the named chip's own figure was answered (25 wrong), and
        # the yes/no read as both having the memory
        raise refuse(
            f"'{tied_with.text}' asks which chip has the same figure as another, which ask does not compare: "
            "ask for each chip's figure, or for a ranking"
        )
    if frame.ask in (F.TOP, F.RANK):
        return
    tie = next(
        (
            x
            for x, after in zip(items, items[1:], strict=False)
            if x.kind == "word"
            and x.role == "filler"
            and x.value == "tie"
            and after.text.lower() in ("on", "in", "by", "for")
        ),
        None,
    )  # "tied on clock speed"; an instruction ("If two nodes tie, list both.") is read where instructions are
    if tie is not None:
        raise refuse(
            f"'{tie.text}' asks which chips share a figure, which ask does not compare: ask which chips share "
            "the most (or the least), or for a ranking"
        )


def _order_by_name(items: list[Item]) -> None:
    """ "Which chip has the most SRAM? order them by name", "rank chips by SRAM by name": an order by
    the chips' names, which ask does not give (an answer is ordered by the figure it ranks). Read
    without it, the ranking by SRAM was answered as if ordered as asked (red team 60), exit 0."""
    if not any(x.kind == "word" and x.role == "rank" for x in items):
        return
    for by, name in zip(items, items[1:], strict=False):
        if by.kind == "word" and by.role == "group" and name.kind == "word" and name.text.lower() in ("name", "names"):
            raise refuse("ask does not order chips by name; a ranking is ordered by the figure it ranks")


def _named_for_a_thing(items: list[Item]) -> None:
    """ "Which chips are named for training?": what a product's name says, which the graph does not
    hold (its workloads come from what the article states). With "named" and "for" read as fillers,
    the list of training chips was answered (red team 61), exit 0. Before a pronoun ("(the foundry is
    not named for them)") the article's naming is meant, read as before."""
    said: list[tuple[str, int]] = [(t.rstrip(".,?!"), k) for k, x in enumerate(items) for t in tokens(x.text.lower())]
    words = [t for t, _ in said]
    at = find_phrase(words, "namesake")
    while at is not None:
        end = at[0] + len(at[1].split())
        if end < len(said) and items[said[end][1]].kind in ("entity", "term"):
            raise refuse("ask reads what the article states of a chip, not what its product name says")
        at = find_phrase(words, "namesake", end)


def _difference_asked(frame: F.Frame, items: list[Item]) -> None:
    """ "How many more transistors does NorthPole have than the Groq LPU?", "how much less power does
    the e75 use than the e150?": "how many"/"how much" right before a comparative asks for the
    difference of two figures, which ask does not compute (a lower bound, a scope or a unit may leave
    it undefined). Read without it, the two figures were listed, or the lesser chip's figure answered
    as if it were the difference (red team 62), exit 0: refused. A comparison the article states as a
    claim ("how much higher is the MI350's inference performance than the MI300's?") is answered."""
    if frame.metric is not None and frame.metric.prop == CK + "claim":
        return
    for asked, compared in zip(items, items[1:], strict=False):
        if (
            asked.kind == "word"
            and asked.role in ("count", "value")
            and compared.kind == "word"
            and compared.role == "comparative"
        ):
            raise refuse(
                f"'{asked.text} {compared.text}' asks for the difference of two figures, which ask does not "
                "compute; ask for each chip's figure ('the transistor counts of A and B') or which has more"
            )


def _first_of_a_line(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "the original MTIA", "the original Trainium": a word for the first of a product line (words.tsv
    phrase class ``firstofline``) before a name picks, of the chips the name names, the one of the
    first generation (ck:generation 1: MTIA v1, AWS Trainium). Read as a filler, "the original MTIA"
    was the name shared by v1 and v2, and v2's clock, power and SRAM were answered (red team 62), exit
    0. Before a name of no first-generation chip ("the original Adreno": the 750 is the only Adreno of
    the graph; "the original TPU": a kind) the chip is not in the graph: refused."""
    out = list(items)
    for k, x in enumerate(items[:-1]):
        if not (x.kind == "word" and (x.text.lower(),) in phrase_class("firstofline")):
            continue
        nxt = items[k + 1]
        if nxt.kind == "entity" and all(lex.is_a(e, CHIP) for e in nxt.entities):
            first = [e for e in nxt.entities if lex.generations.get(e) == 1]
            if len(first) == 1:
                out[k + 1] = nxt._replace(entities=(first[0],), plural=False)
                continue
        if nxt.kind in ("entity", "term"):
            raise refuse(
                f"'{x.text} {nxt.text}' names the first of a product line, which the graph does not hold "
                "for it; name the chip"
            )
    return out


def _top_said_with_its_figure(frame: F.Frame) -> None:
    """ "Which chips share the largest HBM capacity of 96 GB?", "which chip has the highest clock
    speed of 1.2 GHz?": the top is said to be that figure. Read as the most among chips with it,
    Trainium2's 96 GB was answered as the largest, where Gaudi 3 and Trillium have 128 GB (red team
    60), exit 0. A premise about the answer ask does not check: refused."""
    if frame.ask != F.TOP or frame.metric is None:
        return
    m = frame.metric
    for k in frame.constraints:
        if (
            isinstance(k, F.Measure)
            and (k.prop, k.technology, k.on_chip, k.precision) == (m.prop, m.technology, m.on_chip, m.precision)
            and k.low is not None
            and k.high is not None
        ):
            raise refuse(
                "the question gives the top figure itself; ask which chip has the most (or the least), "
                "and the answer shows its figure, or ask which chips have that figure"
            )


def _thing_asked_as_a_chip(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Is HBM an Intel chip?", "Is CUDA an Nvidia chip?", "Is HBM made by Intel?": a yes/no whose
    subject, the first name after its opening verb, is no chip (a memory, a format, a link, software,
    a system) and that names no chip was read as the organization's chip with that thing ("the chip
    of Intel · memory HBM": true of Gaudi 3; red team 46 A). What the thing is, or who makes it, is
    no fact of the graph: refused, saying what it is. A chip named ("Is HBM used by Gaudi 3?") reads
    as before."""
    if frame.ask != F.YESNO:
        return
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if len(said) < 2 or not (said[0].kind == "word" and said[0].role == "aux"):
        return
    subject = said[1]
    if subject.kind != "entity" or not subject.entities:
        return
    if any(lex.is_a(e, c) for e in subject.entities for c in (CHIP, PROCESSOR, ORG)):
        return
    if any(x.kind == "entity" and any(lex.is_a(e, c) for e in x.entities for c in (CHIP, PROCESSOR)) for x in said):
        return
    name = lex.entities.get(subject.entities[0], (subject.text,))[0]
    raise refuse(
        f"{name} is not a chip, and the article does not say whose it is or who makes it: ask which chips use {name}"
    )


#: "which chips can do training, not just inference?": a last clause of "not only" (or "not just",
#: "not merely") after a comma, read as the parenthesis it stands for ("training (not only
#: inference)"), whose reading checks it (asides._only_sibling_set_aside): read as a negation of the
#: clause before it, its "only" was refused
_NOT_ONLY_LAST = re.compile(r",\s*(not\s+(?:just|only|merely)\s+[^,;:()?!.]+?)\s*([?!.]?)\s*$", re.IGNORECASE)


def _packaging_by_an_organization(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips does TSMC package?", "Which chips use TSMC packaging?": a word of packaging
    (words.tsv phrase class ``packaging``) right after an organization's name asks who packages a
    chip; read as a word for the chip ("the Gaudi 3 package"), TSMC's chips were listed (exit 0; red
    team 42). The article names who designs and who makes chips only: refused."""
    for name, word in zip(items, items[1:], strict=False):
        if (
            name.kind == "entity"
            and any(lex.is_a(e, ORG) for e in name.entities)
            and word.kind == "word"
            and phrase_of_whole_items([word.text], "packaging") is not None
        ):
            raise refuse(
                f"'{name.text} {word.text}' asks who packages a chip, and the article names who designs and who "
                "makes chips only"
            )


def _degree_of_a_memory(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips are entirely SRAM based?": an adverb of degree (words.tsv phrase class ``degree``)
    right before a kind of memory says all of a chip's memory is of that kind; read as a filler, every
    chip with SRAM was listed, Gaudi 3 and its HBM among them (exit 0). The article's lists of a chip's
    memories are not exhaustive: refused, as "only" is."""
    for x, after in zip(items, items[1:], strict=False):
        if (
            x.kind == "word"
            and phrase_of_whole_items([x.text], "degree") is not None
            and after.kind == "entity"
            and any(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in after.entities)
        ):
            raise refuse(
                f"'{x.text} {after.text}' says all of a chip's memory is {after.text}, and the article's lists "
                "are not exhaustive, so it cannot say a chip has only one kind"
            )


def _per_unit_of_a_named_chip(items: list[Item], lex: Lexicon) -> None:
    """ "How many cores per M2000 tile?": "per" (or "each") before a chip's name and a kind of unit it
    counts asks per unit (a tile's own count), but the name between keeps the unit from the scope
    phrase ("per tile"), and the unit was read as the kind of core counted: the M2000's 108 AMP tiles
    per chip were answered (exit 0). Refused, saying how to ask."""
    for k in range(len(items) - 2):
        group, name, unit = items[k], items[k + 1], items[k + 2]
        if (
            group.kind == "word"
            and group.role == "group"
            and name.kind == "entity"
            and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in name.entities)
            and unit.kind == "entity"
            and _unit_word(unit, lex)
        ):
            raise refuse(
                f"'{group.text} {name.text} {unit.text}': say the unit apart from the chip "
                f"('how many cores per {unit.text} does the {name.text} have')"
            )


def _made_of_no_chip(items: list[Item], lex: Lexicon) -> None:
    """ "Which companies have their memory made at TSMC?", "Which hyperscalers design their own
    memory?": what a verb of designing or making is said of, after a possessive ("have (get) their X
    made", "design their own X"), is X, and the graph holds who designs and makes chips only; read as
    their chips with memory, Groq and Qualcomm, then Amazon, Google and Meta were listed (exit 0; red
    team 34). Refused unless X is chips or a kind of chip or processor ("their GPUs"). Red team 42
    said X without the possessive or beside the chips ("have memory made", "have their chips'
    memory made", "have the memory for their chips made": X is the last thing named before the
    verb, or the first before "for"/"of"), or right after the verb ("design memory in-house",
    "build their own memory"): there X must be a memory or a link, no chip word after it, since
    "make on 7nm chips", "the company behind Gemini" say where or for what."""

    def making(x: Item) -> bool:
        return x.kind == "term" and bool({CK + "designedBy", CK + "manufacturedBy", CK + "designs"} & set(x.terms))

    def chips(x: Item) -> bool:
        return x.kind == "term" and any(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in x.terms)

    def possessive(x: Item) -> bool:  # "their", "its own"
        return x.kind == "word" and x.role == "filler" and (x.value == "pronoun" or x.text.lower().endswith(" own"))

    def other(x: Item) -> bool:  # a term or name of the graph neither a chip nor an organization ("memory", "HBM")
        if x.kind == "term":
            return not chips(x) and not any(_is_organization(t, lex) for t in x.terms)
        return x.kind == "entity" and not any(
            lex.is_a(e, CHIP) or lex.is_a(e, PROCESSOR) or lex.is_a(e, ORG) for e in x.entities
        )

    def parts(x: Item) -> bool:  # a chip's memory or link ("memory", "HBM", "NVLink"), not a chip's own
        kinds = (MEMORY_TECH, CK + "InterconnectTechnology")
        if x.kind == "term":
            return CK + "memory" in x.terms or any(p in x.terms for k, p in ENTITY_RELATIONS if k in kinds)
        return x.kind == "entity" and any(lex.is_a(e, k) for e in x.entities for k in kinds)

    def refused(said: Item) -> NoAnswer:
        return refuse(
            f"'{said.text}' is what the question says is designed or made; the article names who designs "
            "and who makes chips only"
        )

    for k, x in enumerate(items):
        # "have memory made at TSMC", "have their chips' memory made", "have the memory for their chips
        # made": what is had made is the last thing named before the verb, or the first before "for"
        if x.kind == "word" and x.value == "holds":
            said_made = []
            for y in items[k + 1 :]:
                if making(y):
                    break
                if y.kind == "word" and y.role == "filler" and y.value != "verb":
                    said_made.append(y)
                    continue
                if not (y.kind in ("term", "entity") and (chips(y) or other(y))):
                    said_made = []
                    break
                said_made.append(y)
            else:
                said_made = []
            named = [y for y in said_made if y.kind != "word"]
            of = [j for j, y in enumerate(said_made) if y.kind == "word" and y.text.lower() in ("for", "of")]
            head = [y for y in said_made[: of[0]] if y.kind != "word"] if of else named
            if head and other(head[-1]):
                raise refused(head[-1])
        # "design memory in-house", "build their own memory": a verb of designing or making (or a
        # verb of building that is no property's word), then a thing not a chip, no chip after it
        # (a memory or a link, right after the verb or a possessive: "make on 7nm", "behind Gemini" are not)
        if making(x) or (x.kind == "word" and phrase_of_whole_items([x.text], "making") is not None):
            rest = items[k + 1 :]
            while rest and (possessive(rest[0]) or (rest[0].kind == "word" and rest[0].text.lower() in ARTICLES)):
                rest = rest[1:]
            if rest and parts(rest[0]) and not (len(rest) > 1 and chips(rest[1])):
                if making(x) or (k + 1 < len(items) and possessive(items[k + 1])):
                    raise refused(rest[0])

    for k in range(2, len(items)):
        verb, before, said = items[k - 2], items[k - 1], items[k]
        held_in_one = before.kind == "word" and before.value == "holds" and " " in before.text  # "get their"
        if not (possessive(before) or held_in_one) or chips(said) or said.kind not in ("term", "entity"):
            continue
        made_after = k + 1 < len(items) and making(items[k + 1])
        held = made_after and (held_in_one or (verb.kind == "word" and verb.value == "holds"))
        if held or (possessive(before) and making(verb)):  # "have their memory made", "design their own memory"
            raise refused(said)


def _is_organization(iri: str, lex: Lexicon) -> bool:
    """Whether ``iri`` is the class of organizations or one of its subclasses (ck:Foundry)."""
    return lex.is_kind(iri, ORG)


def _is_class(iri: str) -> bool:
    """Whether ``iri`` is one of the ontology's classes (named in upper camel case: ck:Foundry)."""
    return iri.startswith(CK) and iri[len(CK) :][:1].isupper()


def _exclusion_of_the_maker(frame: F.Frame, items: list[Item]) -> None:
    """ "Which companies have their chips made somewhere other than TSMC?", "... made by a foundry other
    than TSMC": an exclusion right after a verb of designing or making said of chips names who did it
    (words between that say where or by what kind of company), not an organization left out of those
    answered; read so, every designer but TSMC was listed (exit 0; red team 34). The article does not
    name every chip's maker: refused. "Which companies other than TSMC make chips" excludes from the
    answer still."""
    if not (frame.ask == F.ORGS or (frame.ask == F.COUNT and frame.counting_orgs)):
        return

    def said(x: Item) -> bool:  # a word of place or of the kind of company between verb and exclusion
        kind_of_company = x.kind == "term" and CHIP not in x.terms and any(_is_class(t) for t in x.terms)
        # a comma too: "have their chips made, other than by TSMC", "made, but not at TSMC"
        return not ((x.kind == "word" and x.role in ("filler", "aux", "group")) or kind_of_company or x.kind == "comma")

    meant = [x for x in items if said(x)]
    for k, x in enumerate(meant[2:], start=2):
        verb, chips = meant[k - 1], meant[k - 2]
        if (
            x.kind == "word"
            and x.role == "neg"
            and x.value == "exclude"
            and verb.kind == "term"
            and {CK + "designedBy", CK + "manufacturedBy"} & set(verb.terms)
            and chips.kind == "term"
            and CHIP in chips.terms
        ):
            raise refuse(
                f"'{x.text}' right after '{verb.text}' names who else makes or designs the chips, and the article "
                "does not name every chip's maker; ask who does ('which companies have their chips made by TSMC')"
            )


def _question_proper(question: str, lex: Lexicon) -> list[Item]:
    """The items of the sentences that ask (those that end with a question mark; all when none does),
    outside parentheses: not the remarks beside them ("The list may not be exhaustive, I know.")."""
    sentences = SENTENCE_BREAK.split(question.strip())
    asking = [s for s in sentences if s.rstrip().endswith("?")] or sentences
    depth, out = 0, []
    for x in segment(" ".join(asking), lex):
        depth += (x.kind == "open") - (x.kind == "close")
        if depth == 0 and x.kind not in ("open", "close"):
            out.append(x)
    return out


def _modal_about_organizations(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Will Intel join the UXL Foundation?", "Is Intel about to join ...?", "Which companies could have
    their chips made at TSMC?": a word of what will or may be (words.tsv phrase class ``modal``) in a
    question about what organizations are or do. The article states what they are and have done
    (Intel is a member already); read as now, "true" and the TSMC customers were answered (exit 0; red
    team 34). Of a chip's own figures the words change nothing ("which chips could run LLM training"),
    but for "about to", a status of now ("is Nvidia about to release Blackwell")."""
    about_organizations = (
        frame.ask == F.ORGS
        or (frame.ask == F.COUNT and frame.counting_orgs)
        or any(isinstance(k, F.Relation) and k.prop in ORG_RELATIONS for k in frame.constraints)
    )

    def organizations(x: Item) -> bool:  # "companies", "Nvidia", "who"
        if x.kind == "term":
            return any(_is_organization(t, lex) for t in x.terms)
        if x.kind == "entity":
            return any(lex.is_a(e, ORG) for e in x.entities)
        return x.kind == "word" and x.text.lower() == "who"

    texts = [
        x.text
        if x.kind == "word"
        and (phrase_of_whole_items([x.text], "modal", "subject") is None or (k and organizations(items[k - 1])))
        else ""
        for k, x in enumerate(items)
    ]
    modal = phrase_of_whole_items(texts, "modal", "always")  # "about to": of anything
    if modal is None and about_organizations and frame.report is None:
        modal = phrase_of_whole_items(texts, "modal")
    if modal is not None:
        raise refuse(
            f"'{modal}' asks what will or may be; the article states what is and has been done (ask without it)"
        )


def _superlative_after_a(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips have a peak clock speed?", "How many chips have a maximum clock speed?": a
    superlative word after "a" names a kind of figure (a stated maximum), not the most of the chips;
    read as the most, the chip with the highest clock was printed for a list or a count (exit 0; red
    team 30). Refused where the question is read as a chip with the most."""
    if frame.ask not in (F.TOP, F.RANK):
        return
    for k, x in enumerate(items[1:], start=1):
        before = items[k - 1]
        kind_word = x.kind == "term" and stems(x.text) in lex.figure_kind_words  # "a peak clock"
        after = items[k + 1] if k + 1 < len(items) else None
        if (
            (kind_word or (x.kind == "word" and x.role in ("super", "top")))
            and before.kind == "word"
            and before.text.lower() in ("a", "an")
            # ... before the word of a measure: "a peak stated as 'up to' is acceptable" is a remark
            and after is not None
            and after.kind == "term"
            and any(t in MEASURES for t in after.terms)
        ):
            raise refuse(
                f"'{before.text} {x.text}' names a kind of figure (a stated {x.text}), not the most of the "
                "chips, and the article does not mark its figures so: ask for the highest or a value compared"
            )


def _all_of_what_is_had(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips use all HBM memory?", "... use HBM for all of their memory?", "... use all but
    HBM?": "all" after a word of having (or "for") and before what is had says what all of a chip's
    memory (links, formats) is, or all but one; read as nothing, every chip with HBM was listed, those
    with other memories too (exit 0; red team 29). The article's lists are not exhaustive: refused.
    "all of A and B" (each of them) is read elsewhere, and "list all chips" has no word of having."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.text.lower() == "all") or k == 0:
            continue
        before = items[k - 1]
        relation = before.kind == "term" and not any(lex.terms.get(t, ("", True))[1] for t in before.terms)
        if not (
            relation or (before.kind == "word" and (before.value in ("holds", "verb") or before.text.lower() == "for"))
        ):
            continue
        rest = [y for y in items[k + 1 :] if not (y.kind == "word" and (y.text.lower() == "of" or y.role == "filler"))]
        if not rest:
            continue
        # "all of HBM and SRAM", "all of HBM, DDR5 and SRAM": each of the things named, read elsewhere
        joined = any(
            y.kind == "comma" or (y.kind == "word" and y.role == "and" and y.text.lower() != "but") for y in rest[1:3]
        )
        but = rest[0].kind == "word" and rest[0].text.lower() == "but"
        if but or (rest[0].kind in ("entity", "term") and not joined):
            said = f"{before.text} all but" if but else f"{before.text} all"
            raise refuse(
                f"'{said}' says what a chip has and nothing else, which the article's lists, not being "
                "exhaustive, cannot say"
            )


def _claim_asked_yes_no(frame: F.Frame, question: str, said: list[Item]) -> None:
    """ "Is Trillium the previous TPU?", "Is Trillium faster than the previous TPU?": a question that
    asks yes or no (a verb of being or doing, no word asking for something) read as one chip's
    comparison claims printed the claims, an
    answer to no yes/no (the first is plainly "no"). Refused: the claims are asked for as such
    ("Trillium vs the previous TPU", "what does the article claim for Trillium over ...")."""
    if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop != CK + "claim":
        return
    asks = any(x.kind == "word" and x.role in ("wh", "value", "count", "rank") for x in said) or bool(
        {"how", "what", "which", "who"} & set(tokens(question))  # "how much faster" is a word of claims
    )
    # "Is it true that Trillium is faster ...?", "Trillium is faster than the previous TPU?": a verb
    # of being or doing and no word that asks for something (what, how much) is a yes/no too
    if not asks and any(x.kind == "word" and x.role == "aux" and x.text.lower() != "whether" for x in said):
        raise refuse(
            "the question asks yes or no, and the article gives comparison claims, not a verdict: "
            "ask for the claims ('Trillium vs the previous TPU')"
        )


#: a clause that opens with "whether" (up to the end of its sentence or parenthesis: "whether A, B or C")
_WHETHER_CLAUSE = re.compile(r"(?i)(?<!regardless of )(?<!irrespective of )\bwhether\b(?P<clause>[^;:()?.!]*)")


def _whether_beside(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Which chips are on 7nm (whether a foundry is named)?": "whether" beside a question that
    asks no yes/no opens an indirect question of its own, which the reading must not take as a
    condition (it listed only the 7nm chips with a named foundry). Where it offers alternatives
    ("whether per card or per chip", "whether or not ...") the readings that drop them have run, as
    has "regardless of whether ..."; without one, refused. A sentence of its own that says the
    clause does not matter ("Whether a foundry is named doesn't matter.") is read without it later
    (:func:`_without_inert_clauses`)."""
    if frame.ask == F.YESNO:
        return
    for found in _WHETHER_CLAUSE.finditer(question):
        lead = question[: found.start()]
        said = [] if re.search(r"[.?!;]", lead) else segment(lead, lex)  # the question's own opening only
        if said and not any(x.kind in ("entity", "term", "qty", "report", "open") or x.role == "wh" for x in said):
            continue  # "Show me whether ...", "I'd like to know whether ...": a lead-in to a yes/no, read as one
        if not re.search(r"(?i)\bor\b", found.group("clause")):
            raise refuse(
                f"'whether{found.group('clause').rstrip()}' asks a question of its own beside the one asked: "
                "ask it on its own, or say it as a condition"
            )


def _figure_kind_deciding(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips give a peak performance figure?", "Which performance figures are peak?": a kind
    of figure the source names for some figures only (ck:metric "peak", ``Lexicon.figure_kind_words``)
    is read inside a measure's words as the measure itself ("peak performance", "peak TFLOPS"), which
    is right where a figure is compared, ranked or asked for ("the highest peak performance": every
    figure is a peak rate). Where the question only asks whether chips have such a figure, the kind
    is what decides: every chip with a figure of the measure would be listed, the unmarked ones too.
    Refused there."""
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
    for k in frame.constraints:
        if isinstance(k, F.OrgOfChips):
            measures.extend(c for c in k.constraints if isinstance(c, F.Measure))
    for x in items:
        if x.kind != "term" or not any(_holds_phrase(stems(x.text), k) for k in lex.figure_kind_words):
            continue
        props = set(x.terms)
        bare = any(m.prop in props and m.low is None and m.high is None for m in measures)
        bounded = any(m.prop in props and (m.low is not None or m.high is not None) for m in measures)
        asked = frame.metric is not None and frame.metric.prop in props
        if bare and not asked and not bounded:
            said = " ".join(x.text.split())
            raise refuse(
                f"'{said}' names a kind of figure the article gives for some figures only, and asked "
                "whether chips have one it would decide the answer: ask for a value compared "
                f"('{said} above ...'), a ranking or one chip's figure"
            )


def _holds_phrase(said: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether the stems ``phrase`` occur in ``said`` in a row."""
    n = len(phrase)
    return any(said[i : i + n] == phrase for i in range(len(said) - n + 1))


def _read_plain(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """:func:`_read_as_said`; refused so, read again with a parenthesis "(X, not Y)" whose X only says
    again what the question says as "(not Y)" (:func:`_restatement_before_negation`), the first
    refusal standing when that is refused too ("(design, not fabrication)" is read whole, as said)."""
    try:
        return _read_as_said(question, lex, typos)
    except NoAnswer:
        restated = _restatement_before_negation(question, lex)
        if restated == question:
            raise
        try:
            return _read_as_said(restated, lex, typos)
        except NoAnswer:
            pass
        raise


def _read_as_said(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """Parse ``question`` into a frame; NoAnswer ("I can't answer that: ...") when it cannot.
    ``typos``: unknown words that are typos of a name are read as the name (:func:`_read_typos`).
    Remarks set aside or said again (:mod:`chipkg.ask.remarks`) are checked against the frame.
    A lead-in that sets something aside is read first as a parenthesis after the question
    (:func:`_aside_lead_in`); refused so, the question is read as it stands. A question refused as it
    stands is read again without its inert clauses
    (:func:`_without_inert_clauses`): the refusal stands when there are none, or when the question
    proper is refused too. A sentence after the question that joins two remarks by a semicolon or ", so"
    is read as two sentences (:func:`_joined_remarks`)."""
    _corrected(question, lex)  # before any clause is set aside: "sorry" there is a correction, not discourse
    # "... ? The text calls it nominal; I only need the figure.": two sentences, each read as one is
    # "(node and cluster figures excluded, vendor claims taken as stated)": the part that sets scopes
    # aside is read last, wherever it stands
    question = _scope_exclusion_last(_aside_last(_joined_remarks(question, lex), lex))
    question = _figures_set_aside_sentences(question, lex)  # "...? Do not count Qualcomm's 150 W."
    # other ways of saying the question, tried in turn before it is read as it stands: the rewrite,
    # how the rewritten question is read, and whether its frame is taken (else read as it stands)
    alternatives: tuple[tuple[Callable[[str], str], Callable[..., F.Frame], Callable[[F.Frame], bool]], ...] = (
        # "Keeping the 'up to' hedge, how large ...?": read as told after it
        (lambda q: _instruction_lead_in(q, lex), _read_whole, _any_frame),
        # "(PetaOPS converted to TOPS)": every comparison is of normalized values
        (_unit_conversion_said, _read_as_said, _any_frame),
        # "Excluding SambaNova's 'multi-trillion' claim and accepting per-system ...": of a measure
        # compared at every scope only
        (lambda q: _open_ended_figure_named(_scopes_accepted(q)), _read_as_said, _ranked_at_every_scope),
        # "Setting the cluster figure aside, ...": read as "... (setting aside ...)"; refused so, as it
        # stands ("leaving aside Nvidia and AMD, which chips ...": an exclusion)
        (lambda q: _aside_lead_in(q, lex), _read_whole, _any_frame),
    )
    for rewrite, reader, taken in alternatives:
        rewritten = rewrite(question)
        if rewritten == question:
            continue
        try:
            frame = reader(rewritten, lex, typos)
        except NoAnswer:
            continue
        if taken(frame):
            return frame
    try:
        return _read_whole(question, lex, typos)
    except NoAnswer:
        # "... HBM? I'm not asking about capacity.": read as "... HBM (...)?"; "(counting the Adreno 750,
        # whose ...)": read as "(including ...)"
        readings: tuple[Callable[[str, Lexicon], str], ...] = (
            _remark_sentences,
            _counted_in,
            _disqualified,
            _parenthesis_after_the_question,
            lambda q, lx: _disqualified(_parenthesis_after_the_question(q, lx), lx),
            _meant_after_the_question,  # "...? I want the per-node figure, not the cluster number."
        )
        for fallback in (
            *readings,
            # "... ? Keep the hedge, and give it per core.": two sentences, each read as above too (set 58:
            # "Include the MI350, ..., and count HBM3 as HBM." is a sentence counted in and one counting as)
            _joined_instructions,
            *(
                (lambda q, lx, f=f: f(_joined_instructions(q, lx), lx))  # type: ignore[misc]
                for f in readings
            ),
        ):
            rewritten = fallback(question, lex)
            if rewritten == question:
                continue
            try:
                return _read_whole(rewritten, lex, typos)
            except NoAnswer:
                pass
        proper = _without_inert_clauses(question, lex, typos)
        if proper is None:
            raise
        try:
            frame = _read_whole(proper, lex, typos)
        except NoAnswer:
            pass
        else:
            return _unsaid_premises(frame, question, proper, lex)
        raise


def _any_frame(frame: F.Frame) -> bool:
    return True


#: a parenthesis of two parts, what is meant and then, after a comma, "not" what is not
_MEANT_THEN_NOT = re.compile(r"\(([^()]*?),\s*(not\b[^()]*)\)", re.IGNORECASE)


def _restatement_before_negation(question: str, lex: Lexicon) -> str:
    """ "What FP8 figure does the article give for a Gaudi 3 node (the node figure, not the 1,024-node
    cluster one)?": a parenthesis that first says again what the question already says and then sets
    something aside is read as its negation alone, "(not the 1,024-node cluster one)", which the
    readings of a negated aside then check against the answer. The first part must say nothing new:
    each name, word of the graph, quantity and word of scope in it is said outside the parenthesis
    too (the same things), so dropping it changes nothing; "(HBM3E, not HBM3)" beside "HBM" is kept."""

    def content(items: list[Item]) -> list[Item]:
        return [x for x in items if not (x.kind == "word" and x.role in ("filler", "aux"))]

    def keys(x: Item) -> set[tuple[str, str]]:
        if x.kind == "entity":
            return {("entity", e) for e in x.entities}
        if x.kind == "term":
            return {("term", t) for t in x.terms}
        if x.kind == "word":
            return {("word", f"{x.role}={x.value}")}
        return {(x.kind, x.text.lower())}

    for match in _MEANT_THEN_NOT.finditer(question):
        outside = question[: match.start()] + question[match.end() :]
        try:
            said = {k for x in content(segment(outside, lex)) for k in keys(x)}
            meant = content(segment(match.group(1), lex))
        except NoAnswer:
            continue
        # "(exactly, not 'up to')" beside "1.2 GHz": a number said bare is read as equal already
        compared = any(kind == "word" and text.startswith("cmp=") for kind, text in said)
        bare = {("word", "cmp=eq")} if any(kind == "qty" for kind, _ in said) and not compared else set()
        if all(x.kind != "unknown" and keys(x) & (said | bare) for x in meant):
            return question[: match.start()] + f"({match.group(2)})" + question[match.end() :]
    return question


def _read_whole(question: str, lex: Lexicon, typos: bool) -> F.Frame:
    """:func:`read`, the question as it stands."""
    checks: list[remarks.Check] = []
    question = _SUSPENDED_HYPHEN.sub(r"\1-\4 \2 \3-\4", question)
    question = _leaving_out_opening(_confirmation_tag(question, lex))
    question = _lead_in_but(question, lex)
    question, negated_opening = _negated_opening(question, lex)
    question, listed = _listing_sentences(question, lex)
    question = remarks.dashes_as_parentheses(question, lex)
    try:
        frame = _read(question, lex, typos, checks)
    except NoAnswer:
        said_again = _restating_gloss(question, lex, typos)
        if said_again is None:
            raise
        frame, checks = said_again
    claimants = [c for c in checks if c.kind in ("claimant", "not-claimant")]
    checks = [c for c in checks if c not in claimants]
    remarks.check(frame, checks)
    if any(c.kind == "figureless" for c in checks):
        # "(SRAM with no stated size doesn't count)": a chip of no figure cannot keep a yes/no whether
        # a chip leads from being told (red team 76)
        frame = frame._replace(figureless_aside=True)
    for cls, text, negated in listed:
        _check_listed(frame, cls, text, lex, negated)
    _one_named_in_a_list(frame, question, lex)
    _how_many_come_first(frame, question)
    _workload_of_a_system(frame, lex)
    _unsaid_asides(frame, question, lex)
    frame = _premise_aside(frame, question, lex, typos)
    frame = _compared_premises(frame, question, lex, typos)
    if claimants:
        said = claimants[0]
        if len({c.iris for c in claimants}) > 1 or said.kind == "not-claimant":
            raise refuse(
                f"'{said.text}': the article gives each figure as stated or as its vendor's own claim; "
                "ask without whose claim it is not, or about one claimant"
            )
        frame = frame._replace(claimant=said.iris)
    if negated_opening and frame.ask != F.YESNO:
        raise refuse("a question that opens with a negation ('don't ...', 'isn't ...') is read only as a yes/no")
    _yes_no_after_lead_in(frame, question, lex)
    _stranded_preposition(frame, question, lex)
    items_said = segment(question, lex)  # once, for the checks below
    _whether_beside(frame, question, lex)
    _claim_asked_yes_no(frame, question, items_said)
    _all_of_what_is_had(items_said, lex)
    _superlative_after_a(frame, items_said, lex)
    frame = _points_said(frame, items_said, lex)  # "a minimum clock", "typically", "128 GiB": checked when answered
    _node_age_ranked(frame, items_said)
    _emphasis_said(frame, items_said)
    _part_negated(frame, items_said, lex)
    _second_subject(frame, items_said, lex)
    _group_dropped(frame, items_said, lex)
    _ranked_by_chip_count(frame, items_said)
    _fact_of_each_chip(frame, items_said)
    _most_of_each_chip(frame, items_said, lex)
    _chips_read_as_organizations(frame, items_said, lex)
    _organizations_read_as_chips(frame, items_said, lex)
    _made_for_an_organization(frame, items_said, lex)
    if frame.ask == F.CHIPS and any(
        x.kind == "word" and x.value == "outright" for x in items_said
    ):  # "which chips definitely (explicitly, certainly) use HBM3E": a likely memory is no answer
        frame = frame._replace(definite=True)
    stated_outright = phrase_of_whole_items([x.text for x in items_said], "statedoutright") or _inference_denied(
        items_said
    )
    if frame.ask in (F.TOP, F.RANK) and stated_outright and frame.constraints:
        # "Which chip supporting INT8 (explicitly stated) has the most SRAM?": the chips ranked are the
        # ones the conditions hold of, each as the article states it (answer._stated_outright); the
        # check of figures alone let NorthPole's INT8, the graph's reading, in (red team 94)
        frame = frame._replace(outright=True)
    if frame.ask in (F.CHIPS, F.COUNT, F.VALUE) and stated_outright:
        # "how many chips explicitly support INT8": NorthPole's is read from a bit width (answer._stated_outright)
        frame = frame._replace(outright=True)
    if frame.ask in (F.CHIPS, F.COUNT) and (
        phrase_of_whole_items([x.text for x in items_said], "forcertain") or _family_inference_denied(items_said)
    ):
        # "(not inferred from the family)": a chip in by a fact the graph attaches from its family (the
        # Adreno 750's TSMC node) is what is denied; refused naming it (answer._stated_for_certain).
        # "(not assumed from industry knowledge)" leaves such a fact in, shown with its hedge (set 60)
        frame = frame._replace(for_certain=True)  # "which chips are definitely unsuitable for data centres"
    other_value = frame.ask == F.REPORT or (
        frame.ask == F.VALUE and not frame.no_hedge and (frame.metric is None or frame.metric.prop not in MEASURES)
    )  # "which memory does the MI350 use for sure?", "Nvidia's market share, stated outright" (red team 65)
    if stated_outright and (_figures_compared_or_shown(frame) or other_value):
        # "which chip has the highest clock, stated outright?" (red team 63): the M4's "up to 3.5 GHz"
        frame = frame._replace(outright_figures=True)
    _owner_answered(frame, question)
    _negated_answer_kind(frame, lex)
    _comparative_fits(frame, question, lex)
    _power_provided(frame, question, lex)
    _organization_provided(frame, question, lex)
    _organizations_asked(frame, question, items_said, lex)
    _manufacturer_read_as_designer(frame, items_said)
    _figure_asked_terse(frame, items_said)
    _figure_of_a_memory(frame, items_said, lex)
    _figure_unnamed(frame, items_said)
    _scope_of_no_figure(frame, items_said)
    _terse_noun_unread(frame, items_said, lex)
    _figures_shown(frame, question, items_said, lex)
    _alternative_asked(frame, items_said, lex)
    _alternatives_of_two_kinds(frame, items_said, lex)
    _two_relations_joined(frame, items_said)
    _count_of_named(frame, items_said, lex)
    _count_of_a_memory(frame, items_said)
    _list_asked_with_count(frame, question, items_said)
    _negated_kind_kept(frame, items_said, lex)
    if frame.ask == F.ORGS and any(x.kind == "word" and x.role == "compare" for x in items_said):
        # "compare the transistor counts of the hyperscalers" listed Microsoft: a comparison of figures
        # is of chips, never a list of organizations
        raise refuse("a comparison of figures is of chips: name the chips, or ask which chips of those companies ...")
    _amount_of_things(question, lex)
    frame = _dies_said(frame, question, lex)
    return _value_class(frame, question, lex)


def _without_inert_clauses(question: str, lex: Lexicon, typos: bool) -> str | None:
    """ "If I recall correctly, which chips ...?", "Setting the usual caveats aside, ...", "... (as
    printed)?": the question without its inert clauses (:func:`_clause_spans`, judged by
    :func:`chipkg.ask.remarks.inert_clause`): clauses of discourse, whose unknown words are skipped. A
    clause that holds words of the graph's vocabulary is inert only if the frame is the same read
    with its known words (words of discourse and unknown words left out) as without it; one that
    says they do not matter, only if the frame rests on none of them. None when
    no clause is inert: the question's refusal stands. The question proper is read whole, as ever."""
    inert: list[tuple[int, int]] = []
    checked: list[tuple[tuple[int, int], str]] = []
    unused: list[tuple[tuple[int, int], set[str]]] = []
    carried: list[tuple[tuple[int, int], int]] = []  # a lead-in and where the phrase it governs ends
    spans, prefixes = _clause_spans(question)
    lead = [p for p in prefixes if p not in spans]
    for start, end in sorted({*spans, *lead}, key=lambda s: s[0] - s[1]):
        if any(a <= start and end <= b for a, b in inert):
            continue
        text = question[start:end]
        try:
            items = segment(text, lex)
        except NoAnswer:
            continue
        if (start, end) in lead and not (items and items[-1].kind == "word" and items[-1].role == "discourse"):
            continue  # a lead-in with no comma ends in its word of discourse: "I am weighing", "for planning"
        if (start, end) in lead and _noun_phrase_goes_on(text, question[end:], lex):
            continue  # "For client devices, ...": the word of discourse modifies the name after it
        if (hedged := told(text, lex.hedge_names, lex.vocab)) is not None and hedged.hedges:
            continue  # "I realise this is the vendor's own claim.": a hedge said of the figure, checked, never dropped
        try:
            rest = segment(question[:start] + " " + question[end:], lex)
        except NoAnswer:
            continue
        outside = frozenset(e for x in rest if x.kind == "entity" for e in x.entities)
        verdict = remarks.inert_clause(items, text, outside)
        if verdict is None:
            continue
        inert = [s for s in inert if not (start <= s[0] and s[1] <= end)] + [(start, end)]
        if (
            (start, end) in lead
            # a lead-in that ends in its own colon is set off ("For a comparison I'm preparing: among ...")
            and not question[start:end].rstrip().endswith(":")
            and (phrase_end := _phrase_after(question, end)) is not None
        ):
            carried.append(((start, end), phrase_end))
        if verdict == "frame":
            said = [x for x in items if x.kind not in ("comma", "open", "close")]
            purpose = remarks.purpose_clause(said)
            known = " ".join(
                x.text
                for k, x in enumerate(said)
                if x.kind != "unknown"
                and not (x.kind == "word" and x.role == "discourse")
                and not remarks.work_topic(said, k)  # "a packaging study": the asker's work, read as unknown
                and not (purpose and x.kind == "report")  # "for a memory comparison I'm preparing": what is made
            )
            checked.append(((start, end), known))
        elif verdict == "unused":  # "whether a foundry is named doesn't matter": the frame rests on none of it
            unused.append(((start, end), {t for x in items if x.kind == "term" for t in x.terms}))
    while checked or unused or carried:
        checked = [(s, known) for s, known in checked if s in inert]
        unused = [(s, iris) for s, iris in unused if s in inert]
        carried = [(s, phrase_end) for s, phrase_end in carried if s in inert]
        try:
            without = _read_whole(_cut(question, inert), lex, typos)
        except NoAnswer:
            return None
        used = remarks.rests_on(without)
        unread = [span for span, iris in unused if used is None or iris & used]
        for span, known in checked:
            k = inert.index(span)
            try:
                same = _same_frame(_read_whole(_cut(question, inert, {k: f" {known} "}), lex, typos), without)
            except NoAnswer:
                same = False
            if not same:
                unread.append(span)
        for span, phrase_end in carried:
            # the phrase the lead-in governs, left in the question, must change nothing: "I could be wrong
            # about Nvidia, which chips ...", cut after "wrong", was read as Nvidia's chips only
            whole = [(span[0], phrase_end) if s == span else s for s in inert]
            try:
                same = _same_frame(_read_whole(_cut(question, whole), lex, typos), without)
            except NoAnswer:
                same = False
            if not same:
                unread.append(span)
        if not unread:
            break
        inert = [s for s in inert if s not in unread]
    return _cut(question, inert) if inert else None


_ONLY_UNSAID_ROLES = ("filler", "aux", "neg", "discourse")


#: the frames that ask which chips fit, a count of them, or the most of them (Frame.chips_aside)
_CHIPS_ANSWERED = (F.CHIPS, F.COUNT, F.TOP, F.RANK)


#: "baselines", "the baselines or asides", "comparison baselines", then any examples of them
_BASELINES_SET_ASIDE = re.compile(
    r"(?i)^(?:counting\s+)?(?:the\s+)?"
    # "those named just as baselines", "chips that appear only as baselines" (sets 69, 70)
    r"(?:(?:those|chips|products|parts|ones)\s+(?:that\s+|which\s+)?(?:are\s+|were\s+)?"
    r"(?:named|mentioned|appear|appearing|listed|cited)\s+(?:only\s+|just\s+|merely\s+)?as\s+)?"
    r"(?:comparison\s+)?baselines?(?:\s+(?:chips|products|parts))?"
    r"(?:\s+(?:or|and)\s+(?:asides|platforms|passing\s+mentions))?"
    r"(?:,?\s+(?:such\s+as|like|e\.g\.,?|including)\s+[^()]*)?$"
)


def _baselines_as_mentioned(rest: str) -> str:
    """ "(not baselines such as the H100 or MI300 series)" (sets 59, 67, 68): what a negated parenthesis
    sets aside as "baselines" is read as the chips the article only mentions, which holds every
    baseline and the platforms and asides besides: more than it says, so the answer stands only if
    it holds none of them (answer._chips_aside_checked), which then changes nothing. The examples go
    with it."""
    return "chips only mentioned" if _BASELINES_SET_ASIDE.match(rest.strip()) else rest


def _chips_set_aside(question: str, lex: Lexicon, typos: bool) -> F.Frame | None:
    """ "Which accelerators are fabricated by TSMC on a 7nm process (excluding 7nm parts whose foundry
    is not named)?": a parenthesis that opens with a negation (words.tsv neg: "not", "excluding")
    and, after it, describes chips ("7nm parts whose foundry is not named": read as "which 7nm parts
    ...", every word read, to a list of chips and nothing else) sets those chips aside. The question
    is read without the parenthesis (a list, count, most or ranking of chips) and the chips set aside
    are kept in ``Frame.chips_aside``, checked against the answer (answer._chips_aside_checked). "not
    merely" (words.tsv mere) may instead say the question is narrower than what it names ("(not merely
    any chip on a 7nm node)"). None where there is no such parenthesis or it does not read so."""
    for match in re.finditer(r"\(([^()]*)\)", question):
        inner = match.group(1)
        said = [x for x in segment(inner, lex) if not (x.kind == "word" and x.role == "filler" and not x.value)]
        if len(said) < 2 or not (said[0].kind == "word" and said[0].role == "neg"):
            continue
        opening = re.search(re.escape(said[0].text), inner, flags=re.IGNORECASE)
        rest = inner[opening.end() :].strip(" ,") if opening is not None else ""
        first = rest.split(maxsplit=1)
        mere = bool(first) and (first[0].lower(),) in phrase_class("mere")
        if mere:
            rest = first[1] if len(first) > 1 else ""
        if not rest:
            return None
        if not any(x.kind == "word" and (x.role == "neg" or x.text.lower() == "or not") for x in segment(rest, lex)):
            # "(not baselines such as the H100 or except the MI300)": a negation among the examples is not read
            rest = _baselines_as_mentioned(rest)
        if any(x.kind == "word" and x.text.lower() == "or not" for x in segment(rest, lex)):
            return None  # "(not TSMC's 4nm or not 3nm parts)": "or not" (a filler there) dropped the negation
        # only the first negated parenthesis is tried: the rest of the question, read again, tries
        # the next (once each, never every order of them: a question of many is read in linear time)
        named = [x for x in segment(rest, lex) if not (x.kind == "word" and x.role == "filler" and not x.value)]
        one_chip = False
        try:
            if (
                not mere
                and not re.search(r"['’]s?\s*$", rest)  # "(not the H100's)": a figure of it, maybe
                and len(named) == 1
                and named[0].kind == "entity"
                and named[0].entities
                and all(lex.is_a(e, CHIP) for e in named[0].entities)
            ):  # "(not the e150)": that chip
                aside = F.Frame(F.CHIPS, (F.Identity(tuple(dict.fromkeys(named[0].entities))),))
                one_chip = True
            else:
                aside = _read_all(f"which {rest}?", lex, typos)
            main = (
                read(question[: match.start()] + question[match.end() :], lex, typos) if aside.ask == F.CHIPS else None
            )
        except NoAnswer:
            return None
        if main is None:
            return None
        if (
            # a report that lists chips ("which profiled chips have no process node stated"), checked
            # so when answered
            # a figure of the chips named ("For the Grayskull e75 (not the e150), what clock ..."), checked
            # on them
            main.ask not in (*_CHIPS_ANSWERED, F.REPORT, F.VALUE)
            or (main.ask == F.VALUE and not (main.subjects and one_chip))
            # "Which chip has the most SRAM (not the CS-3)?": a bare chip may deny the answer, not set it aside
            or (one_chip and main.ask != F.VALUE)
            or main.counting_orgs
            or main.distinct
            # chips counted per group ("which vendor has the most profiled chips"): checked on the chips
            # counted, which are the chips of the question's conditions
            or (main.group_by and main.ask not in (F.TOP, F.RANK, F.COUNT))
            or not aside.constraints
            or aside._replace(constraints=(), general_kind=None) != F.Frame(F.CHIPS)
        ):
            return None
        return main._replace(chips_aside=(*main.chips_aside, (inner.strip(), aside.constraints, mere)))
    return None


def _restating_gloss(question: str, lex: Lexicon, typos: bool) -> tuple[F.Frame, list[remarks.Check]] | None:
    """ "Which chips are built on a node finer than 6nm, i.e. 5nm or below?": a gloss that says the
    condition again (words.tsv gloss, VALUE same), from a comma to the next comma or the end. The
    question is read without it, and with it as one more condition; when that adds only conditions
    on figures the question already conditions (the same measure), the frame is the question's,
    with them as ``restated``: answered only when they pick the same things in the graph
    (answer.py). A parenthesis opened by such a gloss ("(i.e., both dies combined)") is read without
    its "i.e." and must leave the frame as it is without the parenthesis: then the question is
    answered as without it. None when there is no such gloss or it does not read so (the refusal
    stands)."""
    said = [it for it in segment(question, lex) if it.kind == "word" and it.role == "gloss" and it.value == "same"]
    if len(said) != 1:
        return None
    opened = re.search(r"\(\s*" + re.escape(said[0].text) + r"\.?,?\s+([^()]+)\)", question, flags=re.IGNORECASE)
    if opened is not None:
        # "(i.e., both dies combined)": read once without the parenthesis and once with it as it would
        # be with no "i.e."; the same frame both ways says it again, and the question is answered
        rest = question[: opened.start()] + question[opened.end() :]
        outside = {e for it in segment(rest, lex) if it.kind == "entity" for e in it.entities}
        inside = {e for it in segment(opened.group(1), lex) if it.kind == "entity" for e in it.entities}
        if any(e not in outside and set(lex.broader.get(e, [])) & outside for e in inside):
            return None  # "HBM (i.e. HBM3)": a narrower name said to be the same narrows
        kept: list[remarks.Check] = []
        said_again: list[remarks.Check] = []
        try:
            main = _read(rest, lex, typos, kept)
            again = _read(
                f"{question[: opened.start()]} ({opened.group(1).strip()}){question[opened.end() :]}",
                lex,
                typos,
                said_again,
            )
            remarks.check(again, said_again)  # what the parenthesis says must fit the frame too
        except NoAnswer:
            return None
        return (main, kept) if again == main else None
    found = re.search(r",\s*" + re.escape(said[0].text) + r"\.?,?\s+", question, flags=re.IGNORECASE)
    if found is None:
        return None
    end = next((m.start() for m in re.finditer(r"[,;()?]", question) if m.start() >= found.end()), len(question))
    phrase = question[found.end() : end].strip()
    if not phrase:
        return None
    try:
        checks: list[remarks.Check] = []
        main = _read(question[: found.start()] + question[end:], lex, typos, checks)
        both = _read(question[: found.start()] + " and " + phrase + question[end:], lex, typos, [])
    except NoAnswer:
        return None
    extra = tuple(k for k in both.constraints if k not in main.constraints)
    measured = {k.prop for k in main.constraints if isinstance(k, F.Measure)}
    if (
        main.ask not in (F.CHIPS, F.COUNT, F.ORGS)
        or not extra
        or not set(main.constraints) < set(both.constraints)
        or both._replace(constraints=main.constraints) != main
        or not all(isinstance(k, F.Measure) and k.prop in measured for k in extra)
    ):
        return None
    return main._replace(restated=extra), checks


#: the verb a yes/no opens with, and the article after it ("Is the ...", "Does an ...")
_YES_NO_OPENING = re.compile(
    r"(?i)^\s*(?:is|are|was|were|does|do|did|has|have|can|could|will|would)\s+(?:the\s+|an?\s+)?"
)


def _said_beside_the_name(question: str, chip: str, lex: Lexicon) -> list[tuple[str, str, str | None]]:
    """ "Is the 150 W MTIA v2 built on 7nm?", "Is the Intel-designed Groq LPU ...?", "Does the AI 100
    Ultra with 128 MB of SRAM support INT16?": words that describe a yes/no's chip as the question
    takes it (a premise, :func:`_premise_aside`): those between the opening verb and the chip's name,
    or a phrase right after the name that opens with "with", "at", "that", "designed" ... (each of its
    lengths, the longest first: where it ends is where the question without it still reads); each
    with the question without them, and for "with" the premise asked on its own ("Does the Trainium2
    have 700 TFLOPS of FP16?"), or None."""
    opening = _YES_NO_OPENING.match(question)
    if opening is None:
        return []
    named = next((x for x in segment(question, lex) if x.kind == "entity" and chip in x.entities), None)
    if named is None:
        return []
    # the name as segmented ("cs 3"), as the question spells it ("CS-3")
    spelled = re.compile(r"[\s\-]*".join(re.escape(w) for w in named.text.split()), re.IGNORECASE)
    found = spelled.search(question, opening.end())
    if found is None:
        return []
    out: list[tuple[str, str, str | None]] = []
    said = question[opening.end() : found.start()].strip(" -")
    if said:
        out.append((said, question[: opening.end()] + question[found.start() :], None))
    after = _DESCRIBED_AFTER.match(question[found.end() :])
    if (
        after is not None
        and after[1].lower() in _PREDICATES
        and re.match(r"(?i)\s*(?:is|are|was|were)\b", question[: opening.end()])
    ):
        after = None  # "Is the Groq LPU built on 7nm (the 5nm one)?": the question's own predicate
    if after is not None:
        rest = question[found.end() + after.start(1) :]
        words = list(re.finditer(r"\S+", rest))
        for n in range(min(len(words) - 1, 9), 1, -1):
            end = words[n - 1].end()
            if not rest[:end].rstrip("?.!,;"):
                continue
            aside = rest[:end]
            if not re.search(r"\w", re.sub(r"\([^()]*\)", " ", rest[end:])):
                continue  # "is the Groq LPU built on 7nm (the 5nm one)": the question's own predicate
            # "the Trainium2 with 700 TFLOPS of FP16": the premise as a question of its own ("Does the
            # Trainium2 have 700 TFLOPS of FP16?"), where the figure took a word of the question
            premise = None
            if after[1].lower() == "with":
                premise = f"Does the {named.text} have {aside[5:]}?"
            out.append((aside, question[: found.end()] + rest[end:], premise))
    return out


#: the words of _DESCRIBED_AFTER that are a yes/no's own predicate after "is" ("Is the Groq LPU built on 7nm?")
_PREDICATES = frozenset(("designed", "made", "built", "fabricated", "manufactured"))
#: the words that open a description of a chip right after its name ("the Groq LPU at 2 GHz", "... that
#: Intel designed", "... designed by Meta", "... with 144 MB of SRAM")
_DESCRIBED_AFTER = re.compile(
    r"\s+(with|at|running|clocked|drawing|rated|that|designed|made|built|fabricated|manufactured|from)\s+",
    re.IGNORECASE,
)


def _premise_aside(frame: F.Frame, question: str, lex: Lexicon, typos: bool) -> F.Frame:
    """ "Does the M4 have more than 30 TOPS (the 5nm one)?", "... , from Nvidia", "Is the 150 W MTIA v2
    ...?": an aside at the end of a yes/no about one chip, or words before its name, that only add
    conditions to it say something of the chip (a premise), which the answer checks: the yes/no is the
    question without it, and a premise the article rules out is refused as false, not answered
    "false" (the M4 is on 3nm, and has 38 TOPS)."""
    if frame.ask != F.YESNO or len(frame.subjects) != 1 or frame.premises:
        return frame
    # an aside inside the question (after the chip's name, or anywhere in parentheses) is tried
    # first: read as one more condition it made a premise the article rules out answer "false" ("does
    # the Groq LPU, a GPU, have more than 100 MB of SRAM?"), and the trailing comma would take the
    # question itself for the aside ("..., have more than 100 MB of SRAM?")
    candidates: list[tuple[str, str, str | None]] = []
    # "Is the 150 W MTIA v2 built on 7nm?", "Does the AI 100 Ultra with 128 MB of SRAM support INT16?",
    # "Does the Groq LPU at 2 GHz support INT8?" (red teams 111 W4, 113 A: "false", of 90 W, 144 MB, 1.2 GHz)
    candidates.extend(_said_beside_the_name(question, frame.subjects[0], lex))
    for pattern in _INNER_ASIDES:
        for found in pattern.finditer(question):
            inner = next(g for g in found.groups() if g is not None)
            if pattern is _INNER_ASIDES[2] and not _after_the_chip(question[: found.start()], frame.subjects[0], lex):
                continue
            candidates.append((inner, (question[: found.start()] + " " + question[found.end() :]).strip(), None))
    for pattern in _TRAILING_ASIDES:
        trailing = pattern.search(question)
        if trailing is not None:
            candidates.append((trailing.group(1), question[: trailing.start()].strip(), None))
    for aside, rest, asked_alone in candidates:
        if not aside.strip():
            continue
        opening = next((x for x in segment(aside, lex) if not (x.kind == "word" and x.role == "filler")), None)
        if opening is None or (opening.kind == "word" and opening.role in ("and", "or", "neg")):
            continue  # ", and made by TSMC": one more condition asked, not an aside
        try:
            checks: list[remarks.Check] = []
            main = _read(rest, lex, typos, checks)
            remarks.check(main, [c for c in checks if c.kind not in ("claimant", "not-claimant")])
        except NoAnswer:
            continue
        said = set(main.constraints)
        extra = tuple(k for k in frame.constraints if k not in said)
        if (
            main.ask == F.YESNO
            and main.subjects == frame.subjects
            and main.also in (frame.also, ())
            and said < set(frame.constraints)
            and extra
        ):
            if main.also != frame.also and any(isinstance(k, F.Relation) and k.prop == CK + "designedBy" for k in said):
                continue  # "made" said in the question and the aside: whose is which is not told
            return main._replace(premises=extra, premise_also=frame.also if main.also != frame.also else ())
        if asked_alone is not None and main.ask == F.YESNO and main.subjects == frame.subjects and not main.also:
            # "Does the Trainium2 with 700 TFLOPS of FP16 support FP16?": read whole, the figure took the
            # format asked (red team 113 C: "false", of a chip that supports FP16); the premise on its own
            try:
                alone = _read(asked_alone, lex, typos, [])
            except NoAnswer:
                continue
            if alone.ask == F.YESNO and alone.subjects == frame.subjects and alone.constraints and not alone.also:
                return main._replace(premises=alone.constraints)
    return frame


def _compared_premises(frame: F.Frame, question: str, lex: Lexicon, typos: bool) -> F.Frame:
    """ "compare the Maia 100 (the 5nm one) and the Groq LPU": a comparison of named chips asks for
    no condition, so one an aside says is said of the chip right before it (of each named chip
    with "both", "all"), checked when answered as a yes/no's premises are (``Frame.chip_premises``):
    a premise the article rules out or does not state refuses the comparison. Each aside's
    conditions are the question's with that aside alone; the question without them must compare the
    same chips with no condition. A condition said otherwise ("compare the 5nm maia 100 and ...") is
    refused: it was ignored."""
    if frame.ask != F.COMPARE:
        return frame
    refused = refuse(
        "a comparison sets the named chips side by side and asks for no condition: say which chip a "
        "condition is of, in parentheses after its name, or ask it yes or no"
    )

    def compared(text: str) -> F.Frame | None:
        try:
            found = _read(text, lex, typos, [])
        except NoAnswer:
            return None
        return found if found.ask == F.COMPARE else None

    spans: list[tuple[tuple[int, int, str], list[str]]] = []
    for span in _aside_spans(question):
        every = any(it.kind == "word" and it.text in ("both", "all") for it in segment(span[2], lex))
        before = [x for x in segment(question[: span[0]], lex) if not (x.kind == "word" and x.role == "filler")]
        last = before[-1] if before and before[-1].kind == "entity" else None
        chips = [c for c in frame.subjects if every or (last is not None and c in last.entities)]
        if chips:
            spans.append((span, chips))
    # without them the question still compares chips (", northpole and the maia 100" is their list)
    base = compared(_without_spans(question, [s for s, _ in spans])) if spans else None
    if base is None:
        if frame.constraints:
            raise refused
        return frame
    if base.constraints:
        raise refused
    said: list[tuple[str, tuple]] = []
    for span, chips in spans:
        alone = compared(_without_spans(question, [s for s, _ in spans if s != span]))
        # an aside that names another chip ("northpole (from Intel)": Intel's Gaudi 3) is no premise
        if alone is None or alone.subjects != base.subjects:
            raise refused
        said += [(chip, alone.constraints) for chip in chips if alone.constraints]
    return base._replace(chip_premises=tuple(said))


def _read(question: str, lex: Lexicon, typos: bool, checks: list[remarks.Check]) -> F.Frame:
    """:func:`_read_question` on the question without its instructions (:func:`_without_instructions`);
    a hedge they name is stated of the one figure asked, checked when answered (``Frame.hedges``);
    a form of the answer they ask for must be the question's own (:func:`_check_forms`).
    A closing clause after a comma is an instruction only beside one chip's figure ("..., keeping its
    qualifier?"); any other question is read with it, as it was ("Which chips have over 10 billion
    transistors, with the hedge kept?" may mean the question's own "over": refused)."""
    original = question
    question, told, forms = _without_instructions(question, lex)
    counts = _one_question(question, lex)
    if _CLAUSE_KEPT in told:
        said: list[remarks.Check] = []
        try:
            frame = _read_told(question, tuple(t for t in told if t != _CLAUSE_KEPT), lex, typos, said, forms)
        except NoAnswer:
            frame = None
        one = frame is not None and len(frame.subjects) == 1
        # one chip's figure, or a stored report of one name ("Nvidia's market share, keeping its hedge")
        if one and frame is not None and (frame.ask == F.VALUE and frame.metric is not None or frame.ask == F.REPORT):
            checks.extend(said)
            _count_told(frame, counts)
            return frame
        question, told, forms = _without_instructions(original, lex, closing=False)
    frame = _read_told(question, told, lex, typos, checks, forms)
    _count_told(frame, counts)
    if counts:
        _count_shape_kept(question, counts, lex, typos, forms)
    _noun_told(frame, question, lex)
    _superlative_told(question, lex)
    _tie_unread(question, lex)
    _one_singled_out(question, lex)
    _organizations_verb_chips(question, lex)
    _maker_itself(question, lex)
    return _figure_hedges(frame, checks)


def _figure_hedges(frame: F.Frame, checks: list[remarks.Check]) -> F.Frame:
    """ "Which company designs the chip with the lowest power (a typical, approximate figure in that
    chip's case)?": hedges a parenthesis says the figure answered has (parse.asides._figure_hedges_said)
    are stated of the one figure a value asks, or of the winning figure of a most or least (also the
    one behind an organization asked through it): ``Frame.hedges``, checked when answered, refused
    where the figure does not hold them. Said beside anything else, refused; a parenthesis ask read
    before as a remark on phrasing ("(a typical figure)") is dropped, as it was."""
    said = [c for c in checks if c.kind.startswith("figurehedged")]
    if not said:
        return frame
    checks[:] = [c for c in checks if c not in said]
    hedges = tuple(dict.fromkeys(h for c in said for h in c.iris))

    def stated(f: F.Frame) -> F.Frame | None:
        if f.ask not in (F.VALUE, F.TOP) or f.claim is not None or f.metric is None or f.metric.prop not in MEASURES:
            return None
        return f._replace(hedges=tuple(sorted({*f.hedges, *hedges})))

    told = stated(frame)
    if told is not None:
        return told

    def named(iri: str) -> str:  # ck:LowerBound -> "lower bound", as a parenthesis names it
        return "".join(" " + x.lower() if x.isupper() else x for x in iri.rsplit("#", 1)[-1]).strip()

    if any(
        isinstance(k, F.Measure) and k.hedged and set(hedges) <= {named(h) for h in k.hedged} for k in frame.constraints
    ):
        # "which chips give the transistor count as a lower bound (an 'over' figure)": the hedge the
        # list is of, said again (the list holds only figures so hedged)
        return frame
    if frame.ask == F.ORGS:
        tops = [
            (i, j)
            for i, k in enumerate(frame.constraints)
            if isinstance(k, F.OrgOfChips)
            for j, c in enumerate(k.constraints)
            if isinstance(c, F.TopOf)
        ]
        if len(tops) == 1:
            i, j = tops[0]
            org = frame.constraints[i]
            top = stated(org.constraints[j].frame)
            if top is not None:
                inner = (*org.constraints[:j], F.TopOf(top), *org.constraints[j + 1 :])
                return frame._replace(
                    constraints=(*frame.constraints[:i], org._replace(constraints=inner), *frame.constraints[i + 1 :])
                )
    if all(c.kind.endswith("?") for c in said):
        return frame
    raise refuse(
        f"'{said[0].text}' says how the figure answered is hedged, which is told of one chip's figure or of the "
        "chip with the most (or least) of one measure"
    )


def _without_reports(items: list[Item], lex: Lexicon, refused: NoAnswer) -> list[Item]:
    """ "What scale-out limit does the article give for Trillium pods?": the phrase of a stored report
    ("scale-out limit") in a question the report cannot take (a word it has no parameter for: "pods")
    may still be the graph's words for a figure ("scale-out" is ck:scaleOut's, "limit" a noun for a
    figure): the items with the report phrase read as if no report had it, for the question to be read
    as a frame. Raises ``refused`` when the report refused for another reason, or its phrase is not
    words of a property and nouns ("market share": unknown words; "vendor claims": a kind of
    organization)."""
    if "report cannot take" not in str(refused):
        raise refused
    bare = lex._replace(reports={})
    out: list[Item] = []
    for it in items:
        if it.kind != "report":
            out.append(it)
            continue
        read = segment(it.text, bare)
        terms = [t for x in read if x.kind == "term" for t in x.terms]
        # the graph's words for a figure: properties only ("vendor claims": "vendor" is a kind of
        # organization, and "how many vendor claims" counted the chip designers), beside nouns
        if not terms or any(lex.terms.get(t, ("", True))[1] for t in terms):
            raise refused
        # "no process node": a negation of lacking right before the relation's word is read as the
        # article stating none of it (asides._lacking_relations), a filter a count can take
        lacking = [
            j
            for j, x in enumerate(read)
            if x.kind == "word"
            and x.role == "neg"
            and x.value == "lack"
            and next((y.kind for y in read[j + 1 :] if not (y.kind == "word" and y.role == "filler")), "") == "term"
        ]
        if any(
            x.kind != "term" and not (x.kind == "word" and x.role == "filler") and j not in lacking
            for j, x in enumerate(read)
        ):
            raise refused
        out.extend(read)
    return out


def _count_shape_kept(question: str, counts: list[str], lex: Lexicon, typos: bool, forms: tuple[str, ...]) -> None:
    """ "Does Trillium use HBM? Give me the number.": a later sentence that only asks a number may turn
    a list into its count, never a yes/no into a figure (read with it, "the number" took the HBM
    named for its size, 128 GB). The question is read again without it: a yes or no is refused."""
    rest = question
    for said in counts:
        rest = rest.replace(said, " ")
    try:
        alone = _read_told(rest.strip(), (), lex, typos, [], forms)
    except NoAnswer:
        return
    if _answers_yes_no(alone):
        raise refuse(
            f"'{counts[0]}' asks for a number, and the question asks for a yes or no: "
            "ask for what you want in the question itself"
        )


def _read_told(
    question: str,
    told: tuple[str, ...],
    lex: Lexicon,
    typos: bool,
    checks: list[remarks.Check],
    forms: tuple[str, ...] = (),
) -> F.Frame:
    """:func:`_read` once the instructions are out: ``told``, the hedges they name; ``forms``, the
    forms of the answer they ask for."""
    # "(see the Future Prospects section)": a parenthesis that points to where the answer is read
    # cites it, as "(per the Future Prospects section)" does (read with the section, else refused)
    question = _SEE_SECTION.sub("(per ", question)
    question, conjoined = _without_conjoined(question)
    frame = _read_question(question, lex, typos, checks)
    if conjoined is not None:
        _check_conjoined(frame, conjoined)
    if told:
        if frame.ask != F.VALUE or frame.metric is None or not _one_name_asked(frame, segment(question, lex)):
            raise refuse(
                f"an instruction names a hedge ({', '.join(told)}), which is told of one chip's figure "
                "('the Groq LPU's transistor count')"
            )
        frame = frame._replace(hedges=tuple(sorted({*frame.hedges, *told})))
    return _check_forms(frame, tuple(sorted({*forms, *inline_forms(question)})))


def _part_cited(items: list[Item], lex: Lexicon) -> None:
    """ "According to the Summary, which chips use HBM?", "per the references, ...": a source hedge
    before a noun that names a part of a text (words.tsv filler valued ``noun``, of phrase class
    ``textpart``: "summary", "references", "passage", "footnote"; "the write-up" is the article) cites
    where the asker read the answer, and the only parts of the article the graph traces answers to
    are its sections (ck:section; "according to the introduction" is checked against it). The
    article's Summary names no chip and its References are a list of URLs: the answer, read without
    the citation, would claim a part says what it does not; refused, naming the sections that can be
    cited. "According to the article" (a plain filler) cites the whole."""
    for k, it in enumerate(items):
        # "In the summary, ...", "From the references, ...": where the question opens, "in" or "from" says
        # where it was read, as "according to" does (red team 98: dropped, answered from every section)
        opening = k >= 2 and any(y.text.lower() in ("in", "from", "within") for y in items[max(0, k - 3) : k - 1])
        if not (
            it.kind == "word" and it.role == "filler" and it.value == "noun" and (opening or _source_hedge(items[:k]))
        ):
            continue
        if tuple(it.text.lower().split()) not in phrase_class("textpart"):  # "the write-up": the article itself
            continue
        # "price per unit": a scope, no part of a text cited; "the article's summary" cites one
        if items[k - 1].text.lower() not in ("the", "the article", "article", "article's", "its"):
            continue
        # the noun's own object after it ("the summary of the Groq section") names what it is of: left as read
        after = items[k + 1] if k + 1 < len(items) else None
        if after is None or not (after.kind == "word" and after.text in ("of", "on", "about", "for", "in", "from")):
            titles = sorted(" ".join(t.capitalize() for t in title) for title in lex.sections)
            raise refuse(
                f"the question cites the {it.text}, and the parts of the article an answer is traced to are "
                f"its sections ({', '.join(titles)}, and each company's); cite one, or ask without the citation"
            )


def _counting_rider(items: list[Item]) -> list[Item]:
    """ "Counting per-chip figures only, which chips draw more than 100 W?": "counting" opening a
    clause of its own, set off by a comma before "which"/"what", says what is counted in (the rider),
    not how many: the question after it asks which, and is a list, as "Counting only per-chip figures,
    which chips ..." is (its "counting only" a filler). Read before the comma goes and "which" after it
    is taken for a relative pronoun; the word of counting becomes a filler here. A question after the
    comma that counts too ("..., how many chips ...") still counts."""
    if not (items and items[0].kind == "word" and items[0].role == "count" and items[0].text.lower() == "counting"):
        return items
    comma = next((k for k, x in enumerate(items) if x.kind == "comma"), None)
    if comma is None or comma + 1 >= len(items) or any(x.kind == "word" and x.role == "wh" for x in items[:comma]):
        return items
    asks = items[comma + 1]
    if not (asks.kind == "word" and asks.role == "wh" and asks.text.lower() in ("which", "what")):
        return items
    if any(x.kind == "word" and x.role == "count" for x in items[comma + 1 :]):
        return items
    return [items[0]._replace(role="filler"), *items[1:]]


def _class_named_in_section(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Which chip designed by a hyperscaler named in the introduction has the most HBM?", "... by one
    of the hyperscalers the introduction names": a section said of a kind of organization that is the
    value of a relation, not of the answer (read as the answer's section, the chips, which the
    introduction does not describe, refused the question). Every organization of that kind cites
    the section (ck:section): the phrase restricts nothing and is dropped; some do not: refused,
    naming them, since which of the kind the section names would narrow the answer."""
    citing = {stem(p[0]) for p in phrase_class("citing")}
    for k, it in enumerate(items):
        if not (it.kind == "entity" and it.entities and all(e in lex.sections.values() for e in it.entities)):
            continue
        j = k - 1  # "<kind> named in the <section>"
        while j >= 0 and items[j].kind == "word" and items[j].role == "filler":
            j -= 1
        end = k + 1
        if k + 1 < len(items) and items[k + 1].kind == "word" and stem(items[k + 1].text.split()[-1]) in citing:
            end = k + 2  # "<kind> the <section> names"
        kind = items[j] if j >= 0 else None
        if kind is None or kind.kind != "term" or end - j < 3:
            continue
        if not all(lex.terms.get(t, ("", False))[1] and lex.is_kind(t, ORG) for t in kind.terms):
            continue
        if not any(x.kind == "term" and CHIP in x.terms for x in items[:j]):
            continue  # the kind is what is asked ("which hyperscalers are named in the introduction")
        if not any(items[i].kind == "word" and stem(items[i].text.split()[-1]) in citing for i in range(j + 1, end)):
            continue
        members = [e for e, (_label, classes) in lex.entities.items() if all(t in classes for t in kind.terms)]
        unnamed = [lex.entities[e][0] for e in members if not set(it.entities) & lex.org_sections.get(e, frozenset())]
        if not members or unnamed:
            raise refuse(
                f"'{kind.text}' {' '.join(x.text for x in items[j + 1 : end])}: the section does not name every "
                f"one ({', '.join(sorted(unnamed)) or 'none of them'} not named there); name the organizations"
            )
        return [x for i, x in enumerate(items) if not j < i < end]
    return items


#: "which come first", "which ones come first": the top of a ranking, of no number said
_COME_FIRST = re.compile(r"\bwhich(?:\s+ones?)?\s+comes?\s+first\b", re.IGNORECASE)


def _how_many_come_first(frame: F.Frame, question: str) -> None:
    """ "Ranking the chips by process feature size from the largest node down, which come first?":
    the top of a ranking with no number of places said (set 11 wanted the first three, down to a
    tie) is refused rather than answered with the whole ranking; "which three come first" says it.
    Beside a question not read as a ranking or a most, "comes first" is refused too."""
    if frame.ask == F.RANK and frame.n is None and _COME_FIRST.search(question):
        raise refuse("'which come first' says no number of places: ask 'which three come first', or for the ranking")
    if frame.ask not in (F.RANK, F.TOP) and re.search(r"\bcomes?\s+first\b", question, re.IGNORECASE):
        # "Which chip comes first by transistor count?": the top of a ranking the question does not
        # read as one (it listed the chips with a transistor count)
        raise refuse("'comes first' asks for the top of a ranking: ask 'which chip has the most ...'")


def _counting_as_unread(items: list[Item]) -> None:
    """ "Which chips support FP8, counting AWS's configurable FP8 (HBM3) data type as FP8?": a clause
    that counts one thing as another is read only where the graph holds the one as a kind of the
    other (forms._kind_granted drops it before this, "counting cFP8 as FP8"). Left in the question,
    its names would be read as more conditions: blind set 48 answered "designed by AWS · supports
    cFP8" for the FP8 chips (Trainium2 alone, exit 0). Refused instead. A number after "as"
    ("counting a dual-chip design as two") is a count said again, read elsewhere."""
    for k, it in enumerate(items):
        if not (it.kind == "word" and it.text.lower() in ("counting", "count", "counted")):
            continue
        for j in range(k + 1, len(items) - 1):
            if items[j].kind == "comma":
                break
            if items[j].kind == "word" and items[j].text.lower() == "as" and items[j + 1].kind in ("entity", "term"):
                raise refuse(
                    f"'{it.text} ... as {items[j + 1].text}' counts one thing as another, which ask reads only "
                    "where the graph holds the one as a kind of the other ('counting HBM3 as HBM'); ask without it"
                )
            counted = items[j + 1].kind == "qty" or (items[j + 1].kind == "word" and items[j + 1].role == "number")
            if (
                items[j].kind == "word"
                and items[j].text.lower() == "as"
                and counted
                and any(x.kind == "entity" for x in items[k + 1 : j])
            ):
                # "counting SambaNova's dual-chip design as two dies": a premise about a named thing's
                # figure; its name was read as a condition ("designed by SambaNova": a count of 1 where
                # 3 chips have two dies, blind set 50)
                raise refuse(
                    f"'{it.text} ... as {items[j + 1].text}' takes a named thing's figure as given, which ask "
                    "does not check; ask without it"
                )


def _organization_kind_set_aside(items: list[Item], lex: Lexicon) -> None:
    """ "which chip has the most transistors apart from Nvidia's GPU?", "... other than Nvidia's GPU":
    a negation, an organization's name and a kind of chip narrower than chips set aside the chips of
    that kind the organization designs; read as "not designed by Nvidia · a GPU", the negation kept
    the organization only and the kind became a condition: only other vendors' GPUs were answered
    (red team 65). Refused: name the chip."""
    for k, it in enumerate(items):
        if not (it.kind == "word" and it.role == "neg"):
            continue
        j = k + 1
        while j < len(items) and items[j].kind == "word" and items[j].role == "filler" and not items[j].value:
            j += 1
        if j + 1 >= len(items) or items[j].kind != "entity" or not items[j].entities:
            continue
        if not all(lex.is_a(e, ORG) for e in items[j].entities):
            continue
        kind = items[j + 1]
        if (
            kind.kind == "term"
            and kind.terms
            and all((lex.is_kind(t, CHIP) or lex.is_kind(t, CK + "Processor")) and t != CHIP for t in kind.terms)
        ):
            raise refuse(
                f"'{it.text} {items[j].text} {kind.text}' sets aside one organization's chips of a kind: name the "
                "chips to leave out"
            )


def _organization_figures_set_aside(items: list[Item], lex: Lexicon) -> None:
    """ "which chip has the most transistors, excluding the Cerebras system figures?": a negation,
    then an organization's or a chip's name and a noun for figures or a measure ("figures",
    "numbers", "memory"), sets aside some of its figures, not its chips or the chip. Read as "not designed by
    Cerebras Systems", the CS-3's per-chip 4 trillion transistors went with its system figures and
    the Blackwell was answered (red team 54, 8 wrong). Refused: which figures, and whether any
    counts, the graph cannot tell from the organization's name."""
    depth = 0
    for k, it in enumerate(items):
        depth += (it.kind == "open") - (it.kind == "close")
        if not (it.kind == "word" and it.role == "neg"):
            continue
        j = k + 1
        if j < len(items) and items[j].kind == "word" and items[j].role == "count":
            j += 1  # "but not counting the CS-3's system figures"
        while j < len(items) and items[j].kind == "word" and items[j].role == "filler" and not items[j].value:
            j += 1
        if j >= len(items) or items[j].kind != "entity" or not items[j].entities:
            continue
        chip = all(lex.is_a(e, CHIP) for e in items[j].entities)
        # a chip's figures of a scope set aside in a parenthesis ("(not Gaudi 3's per-die number)")
        # are read there (asides._narrowing_aside), each found in the graph; "(excluding the CS-3's
        # system figures)" is not (red team 56: read as "not Cerebras CS-3")
        scoped = chip and depth == 0
        if not chip and not all(lex.is_a(e, ORG) for e in items[j].entities):
            continue
        n = j + 1
        # "the Cerebras system figures" ("system" an attribute word); of a chip also a scope ("the
        # CS-3's per-system numbers", red team 55: read as "not Cerebras CS-3", the per-chip 4
        # trillion transistors went too). An organization's scope said ("Tenstorrent's per-core
        # figure") is read as the figures of that scope of the organization's chips, as before
        while (
            n < len(items)
            and items[n].kind == "word"
            and (items[n].role == "attr" or scoped and items[n].role == "scope")
        ):
            n += 1
        measure = (
            n < len(items)
            and items[n].kind == "term"
            and any(t in MEASURES or t == CK + "memory" for t in items[n].terms)
        )
        if (
            (n > j + 1 or scoped and measure)  # "the CS-3's memory": one of its figures, not the chip
            and n < len(items)
            and ((items[n].kind == "word" and items[n].value in NOUNS) or measure)
        ):
            said = " ".join(x.text for x in items[j : n + 1])
            whose = " and ".join(lex.entities[e][0] for e in items[j].entities if e in lex.entities) or items[j].text
            raise refuse(
                f"'{it.text} the {said}' sets aside figures of {whose}, not "
                + ("the chip itself: ask for the figures of one scope ('per chip')" if chip else "its chips")
                + ("" if chip else ": name the chip and the figure set aside, or ask per chip")
            )


def _scope_aside_read(frame: F.Frame, aside: set[str]) -> bool:
    """Whether setting scopes aside ("(excluding per-node, per-cluster and per-system figures)",
    asides.scope_set_aside) asks for per-chip figures only. Not where the question compares no
    figure ("which chips have SRAM (...)": a chip has SRAM whatever scope its size is given at, red
    team 50 A), nor where the figures its measure compares by default include another scope that is
    not set aside (a card's power beside "not per node, per cluster or per system": the AI 100
    Ultra's 150 W per card competes as it does unasked, red team 50 B). A measure whose default is
    the chip's alone, or any scope, keeps the per-chip reading (the held-out sets' "(per chip, not
    per core)" beside the most SRAM)."""
    metric = frame.metric if frame.metric is not None and frame.metric.prop in MEASURES else None
    measure = metric or next((k for k in frame.constraints if isinstance(k, F.Measure)), None)
    if measure is None:
        # one chip's memory asked ("CS-3 memory (not per system)", red team 89 D): its per-chip memories,
        # as for a figure; read as nothing, the per-system 1,200 TB set aside was answered
        return frame.ask == F.VALUE and frame.metric is not None and frame.metric.prop == CK + "memory"
    also = MEASURES[measure.prop].also_scope if measure.prop in MEASURES else None
    if also is None and frame.ask in (F.TOP, F.RANK, F.CHIPS, F.COUNT) and frame.scope is None:
        # a measure compared per chip by default sets aside, unasked, only a figure of a part (a core's
        # SRAM), which the answer names as not ranked, or refuses where it may decide: setting other
        # scopes aside ("(per-die figures aside)") changes nothing. Read as per chip only, Grayskull's
        # per-core SRAM was set aside and Gaudi 3's 96 MB answered as the least (red team 60), exit 0
        return bool(aside & _PART_SCOPES)
    if also is None:
        return True  # one chip's figure ("the Gaudi 3's SRAM (per-die figures aside)"): its per-chip one
    if also == "any":
        # a measure compared at every scope (a model size, a scale-out): setting some scopes aside leaves
        # the others (a system's, one not stated), which per chip only would drop ("models over 100 billion
        # parameters (per-cluster figures aside)" listed the SN40L alone, leaving out the CS-3's per-system
        # and Blackwell's unscoped figures), and ask cannot set aside one scope of such a measure
        raise refuse(
            "the figures asked are compared at every scope, each shown with its own, and setting some scopes "
            "aside is not read: ask for per-chip figures only ('per chip only'), or ask without it"
        )
    return also.removeprefix(CK) in aside


#: scopes of a part of a chip smaller than a die, whose figures a per-chip comparison cannot place
_PART_SCOPES = frozenset(("PerCore", "PerTile", "PerPort"))


def _scope_after_a_chip(items: list[Item], text: str, lex: Lexicon) -> bool:
    """ "does the MTIA v2 draw less power than the Cloud AI 100 Ultra per card": a scope said right
    after a chip's name, outside any parenthesis, says which figure of that chip is meant (checked
    when answered: a named chip must have one, answer._admitted_scope_held)."""
    depth = 0
    for k, x in enumerate(items):
        depth += (x.kind == "open") - (x.kind == "close")
        if depth == 0 and k and x.kind == "word" and x.role == "scope" and x.text.lower() == text.lower():
            before = items[k - 1]
            if before.kind == "entity" and before.entities and all(lex.is_a(e, CHIP) for e in before.entities):
                return True
    return False


def _read_question(question: str, lex: Lexicon, typos: bool, checks: list[remarks.Check]) -> F.Frame:
    question = _indifference_dropped(question, lex)  # "..., whether or not they also serve data centres?"
    question = relation_said_again_dropped(question, lex)  # "not suited to, or not intended for, ..."
    question, segmented = described_units_dropped(question, lex)  # "Blackwell's two reticle-limit dies"
    _counting_as_unread(segmented)  # "..., counting AWS's configurable FP8 (HBM3) as FP8": not read as constraints
    _organization_figures_set_aside(segmented, lex)  # "excluding the Cerebras system figures"
    _organization_kind_set_aside(segmented, lex)  # "apart from Nvidia's GPU"
    # once: the shapes below and the reading share it
    segmented = _lacking_said_plainly(segmented, lex)  # "lacks a named foundry": "no foundry"
    segmented = _width_name_widened(segmented, lex)  # "any 8-bit integer format": INT8 or UINT8
    segmented = _name_around_chip(
        _unit_size(
            _die_of_chip(
                _each_as_stated(
                    _measure_verbs(
                        _figure_of_a_technology(
                            _taken_figures(_sized_scope_set_aside(_scope_list_heads(segmented, lex), lex), lex), lex
                        ),
                        lex,
                    ),
                    lex,
                ),
                lex,
            ),
            lex,
        ),
        lex,
    )
    segmented = _described_appositions(_profile_as_section(segmented, lex), lex)
    segmented = _via_organization(_counting_rider(segmented), lex)
    _widening_said(question, lex)
    _preferred_over(segmented, lex)
    _negated_twice(segmented)
    _memories_counted(segmented)  # "the most kinds of memory": no count of memories
    _out_after_name(segmented)
    _plural_of_one_chip(segmented, lex)
    _figures_counted(segmented)
    segmented = _use_verbs_of_workloads(segmented, lex)
    segmented = _number_of_fronted(segmented, lex)  # "the maximum number of GPUs NVLink can link for ..."
    segmented = _link_named_twice(segmented, lex)  # "the chip-to-chip link joining the two dies"
    segmented = _number_of_units_as_most(_number_of_chips_as_most(segmented, lex), lex)
    segmented = _chip_joined(_most_of_a_chip(_restated_reach(segmented, lex), lex), lex)
    segmented = _chip_node_counted(_scale_reached(segmented, lex), lex)
    segmented = _terse_ranking(_terse_count_per_group(_ranked_by_each_best(segmented), lex), lex)
    segmented = _units_integrated(segmented, lex)  # "how many AMP tiles are integrated into the M2000"
    segmented = _ports_of_a_port_speed(segmented, lex)  # "the line rate of each of Gaudi 3's Ethernet ports"
    segmented = _component_on_its_chip(segmented, lex)  # "the neural engine on Apple's M4"
    for pos, it in enumerate(segmented):  # before the whole shapes below: what the graph does not hold
        if it.kind == "word" and it.role == "unheld":
            unheld(segmented, pos, lex)
    segmented = _claimant(segmented, lex, checks)
    _claimant_unnamed(segmented, lex)
    segmented = _relative_which(_statement_asked(segmented, lex))
    _pronoun_without_referent(segmented, lex)
    _maker_not_an_organization(segmented, lex, question)
    _range_word_before_number(segmented, lex)
    _which_of_counted(segmented, lex)  # "which two dies does the Gaudi 3 have"
    segmented = _number_of_a_kind(segmented, lex)  # "the four hyperscalers": how many there are
    segmented = _chips_of_a_counted_verb(segmented)  # "how many draw more than 50 W": chips
    segmented = _power_before_a_system(segmented, lex)  # "does any chip power Copilot": the verb
    segmented = _chips_of_an_organization_counted(segmented, lex)  # "Groq's three chips": how many it designs
    _plurality_before_kind(segmented)
    _only_one_of(segmented)
    _name_extended(segmented, question, lex)
    _owner_asked(segmented, question, lex)
    segmented = _own_kind_after(_designer_in_name(segmented, lex), lex)
    as_said = segmented  # before any word is read into another ("higher than" into a superlative)
    _scope_after_set_aside(segmented)  # "not the total of a cluster, per core": "per core" asked
    _carried_words(segmented, lex)
    _chip_after_system_verb(segmented, lex)
    _class_section(segmented, lex)
    # whole shapes read before the general walk: a yes/no about organizations, what they make,
    # a generation, a chip's parts
    for shape in (
        _org_yes_no,
        _terse_org_yes_no,
        _what_they_make,
        _generation_question,
        _parts_question,
        _part_yes_no,
        _production_year_yes_no,
        _generation_yes_no,
    ):
        frame = shape(segmented, lex)
        if frame is not None:
            return frame
    grouped = _group_superlative(segmented, lex) or _group_most_used(segmented, lex)
    if grouped is not None:  # "which foundry makes the most chips": the count per foundry, its top
        per_group, group = grouped
        frame = _read(per_group, lex, typos, checks)
        if frame.ask != F.COUNT or frame.group_by != group or frame.counting_orgs or frame.distinct:
            raise refuse(f"'{question}' read as '{per_group}' does not count chips per group")
        return frame._replace(top_groups=True)
    count_compared = _group_count_compared(segmented, lex)
    if count_compared is not None:  # "which vendors have more than one chip": the count per designer, kept by it
        per_group, group, group_compared = count_compared
        frame = _read(per_group, lex, typos, checks)
        if frame.ask != F.COUNT or frame.group_by != group or frame.counting_orgs or frame.distinct:
            raise refuse(f"'{question}' read as '{per_group}' does not count chips per group")
        return frame._replace(groups_counted=group_compared)
    if _group_asked_of_most_chips(segmented, lex):
        raise refuse(
            "'the most ... chips' asks for the group with the most chips, and the chips counted are "
            "narrowed by an organization, or the verb is of another relation: ask 'how many chips per "
            "process node' (or per designer, per foundry)"
        )
    # "bottom 3 chips by power": the end of a ranking (role top, valued asc) only right before how
    # many or a word for chips; "at the bottom of the list" is no ranking's end
    segmented = [
        Item("unknown", it.text)
        if it.kind == "word"
        and it.role == "top"
        and it.value == "asc"
        and not (
            k + 1 < len(segmented)
            and (
                segmented[k + 1].kind == "qty"
                or (segmented[k + 1].kind == "word" and segmented[k + 1].role == "number")
                or (segmented[k + 1].kind == "term" and CHIP in segmented[k + 1].terms)
            )
        )
        else it
        for k, it in enumerate(segmented)
    ]
    # "the second most SRAM": an ordinal right before a superlative is a place in the ranking
    nth = next(
        (
            (k, int(it.value))
            for k, it in enumerate(segmented[:-1])
            if it.kind == "word"
            and it.role == "ordinal"
            and segmented[k + 1].kind == "word"
            and segmented[k + 1].role == "super"
        ),
        None,
    )
    if nth is not None:
        segmented = segmented[: nth[0]] + segmented[nth[0] + 1 :]
    segmented, place_after = _place_after(segmented, lex) if nth is not None else (segmented, None)
    # "after" is read only between a place in a ranking and a chip's name; elsewhere it is unknown
    segmented = [Item("unknown", it.text) if it.kind == "word" and it.role == "placeafter" else it for it in segmented]
    segmented = _generation_described(segmented, lex)
    # an ordinal is read only before "generation" asked yes/no (above); elsewhere it is unknown
    segmented = [Item("unknown", it.text) if it.kind == "word" and it.role == "ordinal" else it for it in segmented]
    segmented, grid = _grid_said(segmented)
    segmented, unit_width = _width_said(segmented, lex)
    segmented, each_counted = _each_of_units(segmented, lex)
    segmented, made_of = _makeup_said(segmented, lex)
    each_counted += made_of
    segmented, counted = _count_said(_counts_alternative(segmented, lex), lex)
    counted = each_counted + counted
    segmented, tiers = _memory_tiers(segmented, lex)
    segmented = _systems_spanned(segmented, lex)
    one_unit = _one_unit_said(segmented, lex)  # before "CS-3 system" loses its word for a system
    items = _family_names_dropped(_scope_modifiers(segmented, lex), lex)  # "PCIe 4.0 (Gen 4)"
    items = _attributes(_named_again(_lone_units(_verb_slot(_the_before_filler(items, lex))), lex), lex)
    items = _memory_placed(_on_chip_link(_class_made_chips(items, question, lex)), lex)
    asides: list[tuple[str, str]] = []  # "LPDDR4 as opposed to LPDDR4X": (LPDDR4, LPDDR4X)
    # "mobile rather than data centres": (the contrast word, what it sets aside as said, the names or
    # kinds it names, whether said in a parenthesis), checked when answered
    opposed: list[tuple[str, str, tuple[str, ...], bool]] = []
    items = _card_count_restated(items)  # "dual-card setup (the two-card figure, not the single-card one)"
    items = _compared_only(_chip_scope_figure(_counted_parenthesis(_format_per_scope(items, lex), lex), lex), lex)
    items = _measure_only(_peak_of(items, lex), checks)
    items = _scales(_chip_or_card(_contrasts(_asides(items, lex), lex, asides, opposed)), lex)
    items = _where_named(_from_range(items), lex, checks)
    items = _fronted_organizations(items, lex)  # "Among startups, which chips ..."
    items, claimed = _yes_no_comparison(
        _first_n(
            _first_last(
                _from_to(
                    _named_by(
                        _between_names(
                            _fronted_pair(
                                _foundry_process(
                                    _lists(
                                        remarks.unread(
                                            _drop_glosses(
                                                remarks.comma_asides(
                                                    _trailing_clarification(_picked(_vendor_chips(items, lex)), lex),
                                                    lex,
                                                ),
                                                lex,
                                                checks,
                                            )
                                        )
                                    ),
                                    lex,
                                ),
                                lex,
                            ),
                            lex,
                        ),
                        lex,
                    )
                )
            )
        ),
        lex,
    )
    items, than = _than_named(items, lex)
    same_figure = False
    if claimed is None:  # "is A's HBM bandwidth the same as B's": the yes/no comparison of the two
        items, claimed = _same_figure(items, lex)
        same_figure = claimed is not None
        attr = (
            next((x for x in segment(question, lex) if x.kind == "word" and x.role == "attr"), None)
            if same_figure
            else None
        )
        if attr is not None:
            # "Does Trillium use the same HBM generation as Gaudi 3?" (red team 92): a word for what kind
            # of the memory ("generation", "version", "technology") was dropped, and their capacities
            # were compared (128 GB each: "true", of two HBMs whose generation the article never gives)
            raise refuse(
                f"'same ... {attr.text}' asks whether two chips' {attr.text}s are the same, which I compare only "
                "as figures; ask each chip's memory ('what memory does the Trillium use?')"
            )
    items, same, same_value = _same_as(items, lex)
    items = _comparatives(items, lex)
    items, baseline, aspect_words = _claim_words(items, lex)
    # "going by what each section states", "according to their sections": each chip's own section
    own_sections = _each_own_section(items, lex)
    items = _class_named_in_section(items, lex)  # "designed by a hyperscaler named in the introduction"
    items = [it for k, it in enumerate(items) if k not in (own_sections or ())]
    # "per the SambaNova section", "in the Microsoft section": where the asker read it, not a question
    # about the article's sections
    cited = {
        k
        for k, it in enumerate(items)
        if it.kind == "report"
        and it.text == "section"
        and k >= 1
        and items[k - 1].kind == "entity"
        and (_source_hedge(items[: k - 1]) or _as_section_says(items, k) or _section_says(items, k - 1))
    }
    # "as characterised in its section", "as the Future Prospects section appears to say", "per the
    # Nvidia section's description", "which the section on Groq describes": a section cited with any
    # verb of saying, a hedge like "according to the article"
    spoken: dict[int, tuple[set[int], list[Item]]] = {}
    for k, it in enumerate(items):
        if k not in cited and it.kind == "report" and it.text == "section":
            found = _section_citation(items, k, lex)
            if found is not None:
                spoken[k] = found
    # "as the Azure section puts it": the verb of saying and its "it" go with the section cited
    said_after = {
        j
        for k in cited
        if _as_section_says(items, k)
        for j in range(k + 1, len(items))
        if j <= k + 2 and items[j].kind == "word" and items[j].role == "filler"
    }
    items = [it for j, it in enumerate(items) if j not in said_after]
    # a section that is not a company's ("according to the Future Prospects section") may say
    # otherwise than the company's own (RDNA there, CDNA 4 in AMD's): the answer must come from it
    # "the hyperscalers named in the introduction": a section said as where things are named; the
    # answer must come from it, as from a cited one (every thing it names cites the section, so the
    # answer is the things the section names, or it is refused)
    placed = {
        k
        for k, it in enumerate(items)
        if it.kind == "entity"
        and it.entities
        and all(e in lex.sections.values() for e in it.entities)
        and (
            _in_before(items, k)
            and not (k + 1 < len(items) and items[k + 1].kind == "report")  # "what is in the X section": its report
            # the things named in it: a kind said before it ("the hyperscalers named in ...")
            and any(x.kind == "term" and any(lex.terms.get(t, ("", False))[1] for t in x.terms) for x in items[:k])
            or _section_says(items, k)  # "which organizations does the introduction name as ..."
            or _source_hedge(items[:k])  # "according to the introduction", "per the introduction"
            or bool(_as_section_names(items, k, lex))  # "as the introduction names them"
        )
    }
    as_named = {j for k in placed for j in _as_section_names(items, k, lex)}
    spoken_names = [x for k in sorted(spoken) for x in spoken[k][1]]
    section = _cited_section(
        [items[k - 1] for k in sorted(cited)] + [items[k] for k in sorted(placed)] + spoken_names, items, lex
    )
    if own_sections is not None:
        if section is not None:
            raise refuse("the question cites a section and each chip's own section; ask about one")
        section = F.OWN_SECTIONS
    # "per the introduction": the word that cites goes with the section ("per" is a scope elsewhere)
    citing = set()
    for k in {*(k - 1 for k in cited), *placed}:
        j = k - 1
        while j >= 0 and items[j].kind == "word" and items[j].text == "the":
            j -= 1
        if j >= 0 and items[j].kind == "word" and items[j].text == "per":
            citing.add(j)
    gone = {*cited, *(k - 1 for k in cited), *placed, *citing, *as_named, *(j for k in spoken for j in spoken[k][0])}
    items = [it for k, it in enumerate(items) if k not in gone]
    # "what kind of memory", "lpddr of some kind", "some kind of LPDDR", "memory types": the kind of
    # a figure's subject or of a technology, not of a chip
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "word"
            and it.role == "askkind"
            and (
                (
                    k + 2 < len(items)
                    and items[k + 1].text == "of"
                    and items[k + 2].kind == "term"
                    and not any(lex.terms.get(t, ("", False))[1] for t in items[k + 2].terms)
                )
                or (  # "what kinda memory": words.tsv says the "of" is in the word
                    it.value == "of"
                    and k + 1 < len(items)
                    and items[k + 1].kind == "term"
                    and not any(lex.terms.get(t, ("", False))[1] for t in items[k + 1].terms)
                )
                or (k >= 2 and items[k - 1].text in ("some", "any") and items[k - 2].text == "of")
                or (
                    k + 2 < len(items)
                    and k >= 1
                    and items[k - 1].text in ("some", "any")
                    and items[k + 1].text == "of"
                    and items[k + 2].kind == "entity"
                    and all(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in items[k + 2].entities)
                )
                or (
                    k >= 1
                    and items[k - 1].kind == "term"
                    and items[k - 1].terms == (CK + "memory",)
                    and (k + 1 == len(items) or items[k + 1].kind != "word" or items[k + 1].text != "of")
                )
            )
        ),
    )
    # "Microsoft among the hyperscalers": the class of a name the question uses, said again (beside a
    # superlative it is the field: "does Blackwell have the most transistors among GPUs")
    # A name set aside ("Among the unicorn startups, ... other than Groq") is no member the class restates:
    # dropped, the startups were lost and the megacaps answered
    named_classes = {
        c
        for k, x in enumerate(items)
        if x.kind == "entity" and not (k >= 1 and items[k - 1].kind == "word" and items[k - 1].role == "neg")
        for e in x.entities
        for c in lex.entities.get(e, ("", ()))[1]
    }
    ranks = any(x.kind == "word" and x.role in ("super", "top") for x in items)
    items = _drop(
        items,
        lambda k, it: (
            not ranks
            and it.kind == "term"
            and k >= 1
            and items[k - 1].text in ("among", "the")
            and any(x.text == "among" for x in items[max(0, k - 2) : k])
            and all(lex.terms.get(t, ("", False))[1] and t in named_classes for t in it.terms)
        ),
    )
    # "each chip's best stated number": the figure picked for each chip, not a superlative
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "word"
            and it.role == "super"
            and k >= 2
            and items[k - 1].kind == "term"
            and CHIP in items[k - 1].terms
            and items[k - 2].kind == "word"
            and items[k - 2].text in ("each", "every")
        ),
    )
    # "chips with a max model size over 100 billion": with a range in the question, a superlative
    # word that begins a label of the measure after it ("maximum model size") is that measure's name,
    # and so is one after "a" ("a peak clock over 1 GHz")
    ranged = any(x.kind == "word" and x.role in ("cmp", "between") for x in items) and any(
        x.kind == "qty" for x in items
    )
    items = _drop(
        items,
        lambda k, it: (
            ranged
            and it.kind == "word"
            and it.role == "super"
            and k + 1 < len(items)
            and items[k + 1].kind == "term"
            and (
                _begins_label(it.text, items[k + 1], lex)
                # "a max clock over 1 GHz": a superlative takes "the"; after "a" it names a figure's kind
                or (k >= 1 and items[k - 1].text in ("a", "an") and bool(set(items[k + 1].terms) & set(MEASURES)))
            )
        ),
    )
    # "which chips combine HBM with SRAM": have both (a sum is "combined", or "combine" with no 'with')
    items = [
        it._replace(role="filler")
        if it.kind == "word"
        and it.role == "sum"
        and it.text in ("combine", "combines")
        and any(x.kind == "word" and x.text == "with" for x in items[k + 1 : k + 8])
        and k >= 1
        and items[k - 1].kind == "term"
        else it
        for k, it in enumerate(items)
    ]
    # "the hyperscalers' own chips": 'own' before a class word says whose, not that someone owns them;
    # after a possessive ("their own profile", "its own section") it only stresses whose
    items = [
        it._replace(kind="word", role="filler", terms=())
        if it.kind == "term"
        and it.text == "own"
        and (
            (
                k + 1 < len(items)
                and items[k + 1].kind == "term"
                and all(lex.terms.get(t, ("", False))[1] for t in items[k + 1].terms)
            )
            or (k >= 1 and items[k - 1].text in ("their", "its", "his", "her", "our", "your", "my"))
        )
        else it
        for k, it in enumerate(items)
    ]
    # "which chips have over 1 TB/s of bandwidth, counting memory ...", "(HBM of any generation
    # counts)": a count word used as a verb says what is counted in, it does not ask how many
    items = [
        it._replace(role="filler")
        if it.kind == "word" and it.role == "count" and (_count_as_verb(items, k) or _excluding_count(items, k))
        else it
        for k, it in enumerate(items)
    ]
    # "which chips run on less than 100 watts": a relation's verb ("run on") right before a
    # comparison with a measured quantity introduces the figure, not a value of the relation
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "term"
            and all(t in RELATIONS for t in it.terms)
            and tokens(it.text)[-1] in ("on", "in", "at", "with", "under", "below", "over", "to")
            and k + 2 < len(items)
            and items[k + 1].kind == "word"
            and items[k + 1].role in ("cmp", "between")
            and items[k + 2].kind == "qty"
            and bool(items[k + 2].readings)
            and all(d != "count" for d, _v in items[k + 2].readings)
        ),
    )
    # "into which platform is the Adreno 750 integrated": with no memory in the question, 'integrated'
    # is the chip built into another, not memory on the die
    memory_words = any(
        (x.kind == "entity" and any(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in x.entities))
        or (x.kind == "term" and set(x.terms) & {CK + "memory", CK + "capacity", CK + "bandwidth"})
        or (x.kind == "word" and x.role == "offchip")
        for x in items
    )
    items = [
        it._replace(terms=(CK + "integratedInto",))
        if it.kind == "term"
        and it.terms == (CK + "onChip",)
        and it.text in ("integrated", "embedded")
        and not memory_words
        else it
        for it in items
    ]
    # "communication between accelerators": 'between' before a kind of chip is a preposition, not a range
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "word"
            and it.role == "between"
            and k + 1 < len(items)
            and items[k + 1].kind == "term"
            and all(lex.is_kind(t, CHIP) for t in items[k + 1].terms)
        ),
    )
    # "connect to the host over PCIe 4.0": 'over' before a name is a preposition, not a comparison;
    # so is 'over' before fillers and then the name of a thing that is neither a chip nor an
    # organization ("over some generation of PCIe", "over any PCIe generation", "over the NVLink
    # fabric"): a comparison before a chip's name ("power over the Grayskull e75's") stays one
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "word"
            and it.role == "cmp"
            and it.text == "over"
            and k + 1 < len(items)
            and (items[k + 1].kind == "entity" or _over_a_thing(items, k, lex))
        ),
    )
    items = _under_heading(items, lex)
    items = _usage(items, lex)
    # "made by TSMC, at any process node": a relation word after "at any" / "regardless of" asks nothing
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "term"
            and k >= 1
            and any(t in RELATIONS for t in it.terms)
            and (
                (items[k - 1].text == "any" and k >= 2 and items[k - 2].text == "at")
                or items[k - 1].text in ("regardless of", "irrespective of")
            )
        ),
    )
    # "at most, how many CS-3s can be joined?": a bound before the question word hedges the answer
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "word"
            and it.role == "cmp"
            and k + 1 < len(items)
            and items[k + 1].kind == "word"
            and items[k + 1].role in ("count", "value")
        ),
    )
    items, hedges = _stated_hedges(items, lex)
    if hedges is None:  # "which chips give the transistor count only as a lower bound": the measure's hedge
        items = _hedged_measure_asked(items, lex)
    # "what year was the MI350 produced": the year of production; "produced" alone would be its maker
    year = any(it.kind == "word" and it.role == "wh" and it.value == "year" for it in items)
    if year:
        items = [
            it._replace(terms=(CK + "productionYear",))
            if it.kind == "term" and set(it.terms) == {CK + "designedBy", CK + "manufacturedBy"}
            else it
            for it in items
        ]
    items = _first_of_a_line(_epithets(_number_of_named_chips(_spans_unread(items), lex), lex), lex)
    # a described baseline no claim question took ("comparable digital architectures"): words ask does not know
    unknown = [it.text for it in items if it.kind == "unknown" or (it.kind == "word" and it.role == "baselinedesc")]
    if unknown:
        if typos:
            return _read_typos(question, unknown, lex)
        raise _unknown_words(unknown, lex)
    if not any(it.kind != "word" or it.role not in ("filler", "aux", "wh") for it in items):
        raise refuse("the question names nothing the graph holds")
    reports = {it.value for it in items if it.kind == "report"}
    if reports and claimed is None:
        if opposed:
            raise refuse(f"'{opposed[0][0]}' " + _OPPOSED)
        if nth is not None:  # "the second biggest market share": no report is ranked past its top
            raise refuse("a place in a ranking ('the second most') is asked of chips by one figure, not of a report")
        try:
            frame = _report_frame(items, reports, lex)
        except NoAnswer as refused:
            items = _without_reports(items, lex, refused)
        else:
            return frame if section is None else frame._replace(section=section)
    content = [it for it in items if not (it.kind == "word" and it.role in ("filler", "wh", "aux"))]
    copula = any(
        it.kind == "word"
        and (it.text in ("is", "are", "was", "were", "what's") or it.role == "wh" and it.text == "what's")
        for it in items
    )
    if (
        len(content) == 1
        and content[0].kind == "entity"
        and copula
        and any(it.kind == "word" and it.role == "wh" for it in items)
        # "what's using PCIe 4.0?", "what's got LPDDR?": a verb of holding asks what has it (words.tsv
        # VALUE holds, phrase class possess)
        and not any(
            it.kind == "word" and (it.value == "holds" or (it.text.lower(),) in phrase_class("possess")) for it in items
        )
    ):
        # "What is HBM?": a definition, not a list of the chips that have it
        raise refuse(f'that asks what {content[0].text} is; `chipkg describe "{content[0].text}"` tells')
    items = _lacking_relations(items, lex)
    st = _State(lex)
    st.items = items
    st.question_mark = question.rstrip().endswith("?")  # type: ignore[attr-defined]
    said = question.lower().replace("’", "'")
    st.owned = {it.text for it in items if it.kind == "entity" and re.search(rf"\b{re.escape(it.text)}'s\b", said)}
    st.as_said = as_said
    st.one_unit = one_unit
    for pos, it in enumerate(items):
        st.position = pos
        _take(st, it, items, pos)
        if not (it.kind == "word" and it.role == "filler"):
            st.prev_item = it
    if or_of_unlike_terms(st, items):  # "PCIe with a lane count or a host link" (set 60)
        raise refuse("I can only combine alternatives of the same kind with 'or'")
    if or_beside_a_kind(items, lex):  # "Which chips are GPUs or made by TSMC?" (red team 91)
        raise refuse("'or' beside a kind of chip: I read a kind only as one more condition; ask about each on its own")
    same_of_chip = same is not None and any(_named_chip(it, lex) for it in items)
    if same_of_chip:  # "Is the Maia 100 on the same node as the Gaudi 3?": what is asked of the chip
        st.constraints.append(F.SameAs(*same))  # type: ignore[misc]
    frame = _frame(st, items)
    if one_unit and frame.ask == F.YESNO:  # "does each SN40L handle ...": checked of one unit when answered
        frame = frame._replace(one_unit=True)
    if one_unit and frame.ask in (F.TOP, F.RANK):
        # "the largest model a single SN40L RDU can run" (red team 89 A): one chip's figures, as "per chip";
        # read at every scope, the SambaNova platform's multi-trillion was answered
        st.chip_scope = True
    _one_unit_kind(frame, st.perf_unit)
    if (
        isinstance(frame.metric, F.Metric)
        and frame.metric.prop == CK + "featureCount"
        and (frame.constraints or frame.metric.technology or frame.metric.link or frame.metric.component)
    ):  # "how many technologies does Blackwell's NVLink have": the count is the whole chip's
        raise refuse("the article counts the technologies of a whole chip only, not of a part or link of it")
    if frame.ask == F.ORGS and any(isinstance(k, F.OrgOfChips) and not k.constraints for k in frame.constraints):
        makers = {CK + "designedBy", CK + "manufacturedBy", CK + "designs"}
        unused = [
            x
            for x in items
            if x.kind == "term"
            and x.terms
            and all(t in RELATIONS or t in MEASURES or t in (CK + "memory", CK + "onChip") for t in x.terms)
            and not set(x.terms) & makers
        ]
        if unused:  # "which hyperscalers design their own interconnects": what they design is not chips
            raise refuse(f"'{unused[0].text}' names no value of the chips the organizations make")
    if than is not None:
        frame = _than_frame(frame, than, lex)
    if nth is not None:
        if frame.ask != F.TOP or frame.metric is None or frame.claim is not None:
            raise refuse("a place in a ranking ('the second most') is asked of chips by one figure")
        frame = frame._replace(ask=F.RANK, n=nth[1], nth=True, place_after=place_after)
    if same is not None:
        asked_of_one = (
            same_of_chip
            and frame.ask == F.YESNO
            and len(frame.subjects) == 1
            and frame.subjects[0] != same[1]
            and F.SameAs(*same) in frame.constraints
        )
        if not asked_of_one and (
            frame.ask not in (F.CHIPS, F.COUNT) or frame.counting_orgs or frame.group_by or same_of_chip
        ):
            raise refuse(
                f"'the same ... as {lex.entities[same[1]][0]}' is asked of a list or count of chips, "
                "or of one other chip in a yes/no"
            )
        if not asked_of_one:
            frame = frame._replace(constraints=(*frame.constraints, F.SameAs(*same)))
        if same_value is not None:  # "the same 5nm node as the Gaudi 3": the Gaudi 3 must be on 5nm
            on_value: tuple = (F.Relation(same[0], (same_value,)),)
            frame = frame._replace(chip_premises=(*frame.chip_premises, (same[1], on_value)))
        glossed = _value_after_same_chip(question, same, lex)
        if glossed is not None:  # "the same company as the Adreno 750 (Apple)": Apple must design it
            frame = frame._replace(chip_premises=(*frame.chip_premises, (same[1], (F.Relation(same[0], glossed),))))
    frame = _one_chip_list_as_yes_no(frame, items)
    frame = _made_either(frame, st)
    _form_alone(frame, items, lex)
    if frame.ask == F.COUNT and not frame.distinct:  # a relation's values are things to count
        _counted_noun(items, lex)
    _unit_words(frame, items, lex)
    heading = next((x.value.removeprefix("heading:") for x in items if x.value.startswith("heading:")), None)
    _kind_before_measure(frame, as_said, lex)
    if heading is not None and frame.ask in (F.CHIPS, F.COUNT) and not frame.counting_orgs:
        frame = frame._replace(heading=heading)  # "chips under the Megacap Players heading"
    asked_in = tuple(
        x.value for x in items if (x.kind == "word" and x.role == "unit") or (x.kind == "term" and x.value)
    )
    # a unit the vocabulary names a measure by ("how many MHz", "in TFLOPS", "petaflops") is asked as
    # the unit a word alone is ("how many GB"); a unit with no prefix ("FLOPS", "watts") names the measure
    asked_in += tuple(
        x.text.rstrip(".") for x in items if x.kind == "term" and not x.value and _prefixed_unit(x.text.rstrip("."))
    )  # "... in MHz.": the sentence's full stop is no part of the unit
    if asked_in:  # "(in GB)": the figure's unit, checked against the one stated
        frame = frame._replace(units_asked=asked_in)
    frame = _part_kinds(frame, items, st)
    _both_parts_read(frame, items, st)
    _asked_shape_kept(frame, items, st)
    _each_value_held(frame, st)
    _link_of_units_read_as_count(frame, items)
    if asides:
        frame = _set_aside(frame, asides, lex)
    if opposed:  # "mobile rather than data centres": answered only if no chip answered is one
        answers = (F.ORGS,) if all(named == (CHIP,) for _, _, named, _ in opposed) else (F.CHIPS, F.COUNT, F.YESNO)
        if frame.ask not in answers or frame.counting_orgs or frame.group_by or frame.distinct:
            raise refuse(f"'{opposed[0][0]}' " + _OPPOSED)
        frame = frame._replace(
            rather_than=tuple((words, named) for _, words, named, _ in opposed),
            contrasts_claimed=tuple(words for _, words, _, glossed in opposed if not glossed),
        )
    if year and not (frame.ask == F.VALUE and frame.metric is not None and frame.metric.prop == CK + "productionYear"):
        raise refuse("the only year the graph holds is a chip's production year ('what year is the MI350 produced')")
    frame, generation_asked = _generation_named(frame, as_said)
    _line_word_kept(frame, as_said)
    frame, line_asked = _line_word_first(frame, items, lex)
    line_asked = line_asked or generation_asked
    if frame.ask != F.YESNO and (
        any(isinstance(k, F.Relation) and k.prop in _CHIP_TO_CHIP for k in frame.constraints)
        or (frame.metric is not None and frame.metric.prop in _CHIP_TO_CHIP and not line_asked)
    ):  # "the successor of X" is the chip that succeeds X, not the one X succeeds: asked yes/no only
        raise refuse(
            "a chip's place in its line is asked yes/no, naming both ('is Trainium2 the successor of Trainium?')"
        )
    counted_whole = frame.ask == F.COUNT and not st.sum_joins and st.sum_word.lower() in _COUNTED_IN_ALL
    if (
        st.sum_word
        and not (frame.ask == F.VALUE and len(frame.subjects) == 1)
        and not _whole_of_each(frame, st)
        and not counted_whole  # "how many chips are built on 4nm, all told": the count itself
    ):
        raise refuse(f"'{st.sum_word}' asks for a sum; ask for each chip's figure instead")
    if st.count_sum and frame.ask == F.VALUE and len(frame.subjects) != 1:
        # "the total number of Tensix cores across both Grayskulls" was answered with each chip's
        # figure, as if they were the total: a count of chips ("the total number of chips that use
        # HBM") is a count, a figure of several chips would be a sum, which ask does not add up
        raise refuse(f"'{st.count_sum}' asks for a sum of several chips' figures; ask for each chip's figure instead")
    claims = frame.metric is not None and frame.metric.prop == CK + "claim"
    if (claims and frame.ask not in (F.VALUE, F.YESNO)) or any(
        isinstance(k, F.Measure) and k.prop == CK + "claim" for k in frame.constraints
    ):
        raise refuse(
            "comparison claims measure different things against different baselines; ask for one "
            "chip's claims ('what improvements does Trainium2 claim?')"
        )
    if st.figure_kind is not None and (
        frame.ask != F.VALUE or frame.metric is None or frame.metric.figure_kind != st.figure_kind
    ):
        raise refuse(
            f"'{st.figure_kind}' figures are asked of one chip at a time ('the CS-3's {st.figure_kind} performance')"
        )
    if frame.metric is not None and frame.metric.precisions and frame.ask != F.VALUE:
        names = ", ".join(sorted(lex.entities[p][0] for p in frame.metric.precisions))
        raise refuse(f"figures in different formats ({names}) are not compared here: name the format")
    if any(it.kind == "word" and it.role == "wh" and it.value == "year" for it in items) and not (
        frame.ask == F.VALUE and frame.metric is not None and frame.metric.prop == CK + "productionYear"
    ):  # "which year chips": a year is asked of one chip's production (words.tsv wh valued "year")
        raise refuse("'which year' asks when a chip goes into production ('which year does the MI350 ...')")
    if (
        frame.ask in (F.CHIPS, F.COUNT)
        and not frame.constraints
        and any(it.kind == "word" and it.role == "filler" and it.value == "any" for it in items)
    ):
        raise refuse("'any node', 'any generation' constrain nothing: name what the chips should have")
    _qualifier_alone(frame, items, lex)
    _joinable_alone(frame, items, lex)
    _link_bandwidth_unnamed(frame, items)
    if st.any_precision and (frame.metric is None or frame.metric.prop != CK + "performance") and not frame.constraints:
        # "which chips support any precision": no precision asked, and nothing else either (it listed
        # every chip); beside a constraint ("which chips support FP8 (any precision)") it changes nothing
        raise refuse("'any precision' is said of performance figures compared ('the most TOPS, any precision')")
    if st.any_precision and any(
        k.precision or getattr(k, "precisions", ())
        for k in (frame.metric, *frame.constraints)
        if isinstance(k, (F.Metric, F.Measure)) and k.prop == CK + "performance"
    ):
        # "the most INT8 TOPS (precision aside)": a precision named and set aside at once
        raise refuse("'any precision' beside a precision named: ask for that precision, or for any")
    if st.scale is not None:
        if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in MEASURES:
            raise refuse("how many chips or nodes a figure spans is asked of one chip's figure")
        frame = frame._replace(metric=frame.metric._replace(scale=st.scale))
    if st.component is not None and frame.ask != F.VALUE:
        raise refuse("a figure of a chip's component is asked of one chip at a time ('the M4 GPU's performance')")
    if st.aspect is not None:
        if not (frame.ask in (F.VALUE, F.YESNO) and claims):
            aspect = next(it.text for it in items if it.kind == "word" and it.role == "aspect")
            raise refuse(f"'{aspect}' is what a comparison claim measures: ask for one chip's claims")
        frame = frame._replace(metric=frame.metric._replace(aspect=st.aspect))  # type: ignore[union-attr]
    if st.chip_or_scope and st.scope_asked and st.scope_asked[1] == st.chip_or_scope and not st.chip_scope:
        # "for a full cluster of 2,048 CS-3 systems (cluster-level figure)": the parenthesis says again
        # the scope the question asks, which it reads as that scope asked (not a second one to compare)
        st.chip_or_scope = None
    if st.chip_or_scope in ("PerSystem", "any") and frame.ask in (F.TOP, F.RANK) and frame.metric is not None:
        # "which chip or system has the most memory": systems' figures compete, each shown with its
        # scope; "any scope": every scope's figures do
        if st.scope_asked or st.chip_scope:
            raise refuse("the question names scopes that contradict each other")
        scope = "any" if st.chip_or_scope == "any" else CK + st.chip_or_scope
        frame = frame._replace(metric=frame.metric._replace(with_scope=scope))
    elif st.chip_or_scope == "any" and not _figure_had_only(frame):
        raise refuse("'any scope' lets figures of every scope compete: ask for the most, the least or a ranking")
    elif st.chip_or_scope:
        metric = frame.metric or next((k for k in frame.constraints if isinstance(k, F.Measure)), None)
        also = MEASURES[metric.prop].also_scope if metric is not None and metric.prop in MEASURES else None
        if st.chip_or_scope == "any" and (st.scope_asked or st.chip_scope):
            # "whatever the scope (per chip, per system or unstated)": any scope and a scope named
            raise refuse("'any scope' beside a scope named: ask for figures of any scope, or of one")
        if also not in (CK + st.chip_or_scope, "any") or st.scope_asked or st.chip_scope:
            scope = "per " + st.chip_or_scope.removeprefix("Per").lower()  # PerCard: "per card"
            raise refuse(f"figures {scope} are not compared with per-chip ones here")
        if also == CK + st.chip_or_scope and frame.ask in (F.TOP, F.RANK) and frame.metric is not None:
            # "... and the AI 100 Ultra (single-card figure)": the card's figure is said to compete,
            # so a ranking of named chips admits it, shown with its scope
            frame = frame._replace(metric=frame.metric._replace(with_scope=also))
    if frame.ask == F.YESNO and any(
        it.kind == "word" and it.role == "cmp" and it.text.lower() == "up to" for it in items
    ):
        # "does the M4 run up to 4 GHz": whether its peak reaches 4 GHz (it runs up to 3.5 GHz), not
        # whether it stays under 4 GHz; "up to" in a list ("chips with up to 100 W") is a limit. A
        # draw is another matter: "does the MTIA v2 draw up to 50 W" reads as "at most 50 W" as well
        # as "reaching 50 W", which disagree (it draws 90 W): refused
        if any(isinstance(k, F.Measure) and k.prop == CK + "power" for k in frame.constraints):
            raise refuse("'up to' a power may mean at most that or reaching it: ask 'at most' or 'more than' instead")
        # "does the MTIA v2 have up to 128 MB of SRAM?", "does Blackwell have up to 100 billion
        # transistors?" (red team 109: true, of 256 MB and 208 billion): of an amount a chip has, not a
        # peak it reaches, "up to" reads as "at most" as well; refused the same way
        peaks = {CK + p for p in ("performance", "clockSpeed", "bandwidth", "maxModelSize", "scaleOut", "portSpeed")}
        held = next(
            (k for k in frame.constraints if isinstance(k, F.Measure) and k.high is not None and k.prop not in peaks),
            None,
        )
        if held is not None:
            raise refuse("'up to' an amount may mean at most that or reaching it: ask 'at most' or 'at least' instead")
        # "does the Groq LPU deliver up to 500 TOPS?" (red team 109 W1: true, of up to 1 PetaOPS): read
        # as reaching 500 TOPS; "yes" stands only if "at most 500 TOPS" says so too, both readings
        # kept and compared when answered (answer._up_to_agreed)
        frame = frame._replace(
            up_to_at_most=frame.constraints,
            constraints=tuple(
                k._replace(low=k.high, low_inclusive=True, high=None)
                if isinstance(k, F.Measure) and k.low is None and k.high is not None and k.high_inclusive
                else k
                for k in frame.constraints
            ),
        )
    elif (
        frame.ask != F.YESNO
        and any(
            (it.kind == "word" and it.role == "cmp" and it.text.lower() == "up to")
            # "Which chip scales up to 576 GPUs?" (red team 80): "up to" inside the measure's words
            or (it.kind == "term" and " up to" in f" {it.text.lower()}")
            for it in items
        )
        and any(
            # "Which GPU scales up to 576 GPUs?" (red team 80): a kind of chip, said of one, as well
            it.kind == "term"
            and bool(it.terms)
            and all(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in it.terms)
            and not it.text.rstrip("'’").lower().endswith("s")
            for it in items
        )
    ):
        # "Which chip runs up to 3.5 GHz?", "Who designed the chip with up to 9,600 TFLOPS?" (red team
        # 79): said of one chip, "up to" may be the hedge of its figure (the M4's "up to 3.5 GHz") or a
        # limit; read as a limit, every chip under it was answered
        raise refuse(
            "'up to' said of one chip may be its figure's hedge or a limit: ask 'at most' for a limit, or name the chip"
        )
    elif (
        frame.ask == F.YESNO
        and any(lex.words.get(stems_of(it.text), ("", ""))[1] == "reach" for it in items if it.kind in ("word", "term"))
        and not any(it.kind == "word" and it.role in ("cmp", "cmp_after", "between") for it in items)
    ):
        # "can the M4 reach 3.5 GHz", "does Blackwell scale to 576 GPUs": whether the figure reaches the
        # number, as "up to" asks (the peak of "up to 3.5 GHz" does), not whether it is exactly that
        frame = frame._replace(
            constraints=tuple(
                k._replace(high=None)
                if isinstance(k, F.Measure) and k.low is not None and k.low == k.high and k.low_inclusive
                else k
                for k in frame.constraints
            )
        )
    if frame.ask == F.YESNO:
        scoped = _scope_in_term(items, lex)
        if scoped is not None:  # "does Trillium scale to 512 chips per pod": its cluster's figures are no pod's
            raise refuse(
                f"'{scoped}' says the figure's scope, which a yes/no does not keep apart from the chip's figures "
                "of other scopes; `chipkg describe` shows each figure's scope"
            )
    if st.chip_scope and st.scopes_aside and not st.chip_scope_said and not _scope_aside_read(frame, st.scopes_aside):
        st.chip_scope = False
    if _one_chip_said(items, lex) or _the_chip_said(frame, items, lex):
        st.chip_scope = True
    if _whole_chip_summed(frame, st):
        st.chip_scope = True
        frame = frame._replace(summed=True)
    if st.chip_scope:  # every figure the frame compares is then a per-chip one, whatever its measure allows
        frame = frame._replace(
            chip_scope=True,
            metric=frame.metric._replace(chip_only=True) if frame.metric is not None else None,
            constraints=_per_chip_only(frame.constraints),
        )
    if st.scope_asked:
        text, scope = st.scope_asked
        # "the largest model of the AI 100 Ultra per system": one chip's figure, its superlative the
        # figure's own ("max", "largest": its upper bound), shown with its hedge
        shapes = {"rank", "top"} if len(frame.subjects) == 1 else {"super", "rank", "top"}
        if (
            frame.ask in (F.TOP, F.RANK)
            and scope
            and not st.chip_scope
            and frame.claim is None
            and frame.metric is not None
            and frame.metric.prop == CK + "scaleOut"
            and not frame.subjects
        ):
            # "which chip scales to the most chips in one cluster": a scale-out is stated per node, pod
            # or cluster, each a limit of its own; the figures of the scope named compete, none other
            frame = frame._replace(metric=frame.metric._replace(of_scope=CK + scope))
        elif (
            frame.ask == F.RANK
            and scope
            and not frame.subjects
            and set(st.shape_words) == {"value"}
            and any(isinstance(k, F.Measure) and k.counts for k in frame.constraints)
        ):
            # "how much SRAM does each Tensix core get": a figure of one unit, the kind named, asked
            # of the chips that have it (as "how many RISC-V processors per Tensix core" is), not
            # each chip's figure ranked
            frame = frame._replace(ask=F.VALUE, scope=CK + scope)
        elif (
            frame.ask in (F.TOP, F.RANK)
            and scope
            and not st.chip_scope
            and frame.metric is not None
            and frame.metric.prop in MEASURES
            and MEASURES[frame.metric.prop].also_scope in (CK + scope, "any")
            and any(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
            # "in its single-card configuration" says which figure of one chip; "per card" asks every
            # chip's figure per card, which a per-chip one is not (red team 68: the MTIA v2's 90 W and
            # the e150's 200 W compared as per-card figures)
            and (not text.lower().startswith("per ") or _scope_after_a_chip(segmented, text, lex))
        ):
            # "does the e150 draw more power than the AI 100 Ultra in its single-card configuration":
            # among chips named, the scope said is one a chip's figure of the measure may have (a
            # card's power), admitted beside per-chip figures and shown with it, as "(single-card
            # figure)" admits it
            frame = frame._replace(metric=frame.metric._replace(with_scope=CK + scope))
        elif (
            frame.ask in (F.CHIPS, F.COUNT)
            and scope
            and not st.chip_scope
            and frame.metric is None
            # "max chips per cluster": a most said, which a list of chips having the figure drops; the
            # chips having it said outright ("have", "how many")
            and not {"super", "rank", "top", "value", "compare"} & set(st.shape_words)
            and any(x.kind == "word" and (x.value == "holds" or x.role == "count") for x in items)
            and (measures := [k for k in frame.constraints if isinstance(k, F.Measure)])
            and all(
                k.low is None
                and k.high is None
                and k.prop in MEASURES
                # the one scope the measure admits beside the chip's (a card's power); not "any" scope
                # ("how many chips are on each node?": a count per node group, not chips with a scale-out)
                and MEASURES[k.prop].also_scope == CK + scope
                for k in measures
            )
            # said as admitted ("counting per-card figures"), not as the only scope asked ("which chips
            # have a power figure per card": every chip with a power figure was listed, red team 112)
            and _scope_admitted(segmented, text)
        ):
            # "how many chips have a stated power figure, counting per-card figures": a chip has a figure
            # of the measure at any scope it admits (the AI 100 Ultra's 150 W per card), so the count
            # takes them already; the scope said changes nothing
            pass
        elif frame.ask != F.VALUE or not scope or st.chip_scope or shapes & set(st.shape_words):
            raise refuse(f"figures {text} are not compared here; `chipkg describe` shows each figure's scope")
        else:
            frame = frame._replace(scope=CK + scope)
    frame = _link_purpose(frame, segmented, lex)  # as said: "CS-3 systems" (an attr word, dropped from items)
    if frame.ask == F.COUNT and _chips_use_said(segmented, lex):
        frame = frame._replace(chips_use=True)
    if st.general_kind in NARROWING_KINDS and (
        frame.ask in (F.CHIPS, F.COUNT, F.TOP, F.RANK)
        or (
            (frame.ask == F.ORGS or frame.counting_orgs) and any(isinstance(k, F.OrgOfChips) for k in frame.constraints)
        )
    ):
        frame = F.narrowed_to_kind(frame, st.general_kind)  # "accelerators": the AI processors
    elif st.general_kind and frame.ask in (F.CHIPS, F.COUNT, F.TOP, F.RANK) and not frame.counting_orgs:
        frame = frame._replace(general_kind=st.general_kind)
    elif (
        st.general_kind
        and (frame.ask == F.ORGS or frame.counting_orgs)
        and any(isinstance(k, F.OrgOfChips) for k in frame.constraints)
    ):
        # "which companies make AI accelerators": the makers of any chip, or of those the article calls
        # so? Answered only if the kind changes nothing (answer.py), as for chips
        frame = frame._replace(general_kind=st.general_kind)
    if (
        claims
        and frame.metric is not None
        and frame.metric.prop == CK + "claim"
        and any(x.kind == "term" and CK + "claim" in x.terms and _SPEED_WORDS.search(x.text) for x in segmented)
    ):
        # "how much faster is the M2000 than ...": a claim of speed, not its cost-efficiency one (red team 75)
        frame = frame._replace(metric=frame.metric._replace(speed=True))
    if aspect_words and claims and st.aspect is None and frame.metric is not None:
        # "how much more memory ... than Trainium": the claims about what the words name (answer.py)
        frame = frame._replace(metric=frame.metric._replace(aspect_words=aspect_words))
    narrower = tuple(w for w in aspect_words if any(x not in MEASURES and x != CK + "memory" for x in w.split("|")[1:]))
    if narrower and claims and st.aspect is not None and frame.metric is not None:
        # "int4 dense compute", "training dense compute": a format or workload beside a claim's aspect
        # names it further, and the claim must be of it too (answer.py: the aspect's names hold every
        # word), not the aspect's claim with the word dropped; a measure's word ("dense compute
        # performance") says the aspect again
        phrase = next(it.text for it in items if it.kind == "word" and it.role == "aspect")
        frame = frame._replace(metric=frame.metric._replace(aspect_words=(f"{phrase}|{st.aspect}", *narrower)))
    if (
        baseline is None
        and frame.ask == F.YESNO
        and not frame.compared  # "does the article compare A with B": the baseline is the second chip
        and frame.metric is not None
        and frame.metric.prop == CK + "claim"
    ):
        raise refuse("a yes/no about a chip's claims names what they are against ('does the MI350 beat the MI300')")
    if baseline is not None and not generation_asked:  # "the previous generation of X": no claim's baseline
        if not (claims and frame.ask in (F.VALUE, F.YESNO) and frame.metric is not None and len(frame.subjects) == 1):
            raise refuse("a baseline ('than X', 'over the previous generation') is asked of one chip's claims")
        kind, value = baseline
        metric = frame.metric
        assert metric is not None
        if kind == "chip":
            if value == frame.subjects[0]:
                raise refuse("a chip's claims are not against itself")
            metric = metric._replace(baseline=value)
        elif kind == "line":
            metric = metric._replace(line=value)
        elif kind == "described":  # "relative to comparable digital architectures"
            metric = metric._replace(baseline_text=value)
        elif kind != "first":
            raise refuse("only the first generation of a named line is read ('the first Trainium')")
        else:  # "the first Trainium": that generation of the named chip's line
            metric = metric._replace(line=kind, line_of=value)
        frame = frame._replace(metric=metric)
    if (
        frame.ask in (F.CHIPS, F.COUNT, F.YESNO, F.TOP, F.RANK)
        and any(it.kind == "word" and it.role == "filler" and it.value == "host" for it in items)
        and any(
            isinstance(k, F.Relation) and k.prop == CK + "interconnect" and not k.negated for k in frame.constraints
        )
    ):
        # "which chips connect to the host over NVLink": the link named must be one to the host; read
        # as any link of that technology, NVLink (between GPUs) answered it (exit 0)
        frame = frame._replace(link_purpose=CK + "ChipToHost")
    _system_figure_asked(frame, items, lex)
    if any(it.kind == "word" and it.role == "techasked" for it in items):
        if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop != CK + "memory":
            raise refuse(
                "'technology' asks for something I cannot look up (which technology a part or product is); "
                "`chipkg describe` shows what the article states about it"
            )
        frame = frame._replace(metric=frame.metric._replace(technology_asked=True))
    if any(it.kind == "word" and it.role == "noprecision" for it in items):
        if frame.ask != F.VALUE or frame.metric is None or frame.metric.precision or frame.metric.precisions:
            raise refuse("'no precision given' is told of one chip's figure, with no precision named")
        frame = frame._replace(no_precision=True)
    if any(it.kind == "word" and it.role == "facevalue" for it in items):
        frame = frame._replace(face_value=True)
    if frame.ask in (F.RANK, F.TOP) and _taken_at_face_value(items):
        frame = frame._replace(stated_order=True)  # "rank ..., taking hedged figures at face value"
    hedges_aside = [q for it in items if it.kind == "word" and it.role == "unhedged" for q in it.value.split("|")]
    unhedged = tuple(sorted({h for q in hedges_aside for h in (lex.value_hedges if q == "all" else (q,))}))
    if unhedged and "all" in hedges_aside and frame.ask == F.VALUE and len(frame.subjects) == 1:
        # "(which the article does not hedge)", "(unhedged)" of one chip's figure: what it says of the
        # figure, checked against every figure answered (a hedged one refuses), as a hedge said is
        frame = frame._replace(no_hedge=True)
    elif unhedged:
        frame = _without_hedged(frame, unhedged)
    aside = [it.value.split("|") for it in items if it.kind == "word" and it.role == "figaside"]
    if aside:
        said_aside = tuple(
            (chip, scope, tuple(float(v) for v in values.split(",") if v)) for chip, scope, values in aside
        )  # no values: every figure of that chip of the scope said ("the AI 100 Ultra's per-card rating")
        frame = frame._replace(figures_aside=said_aside)
    tiers_said = tuple(tuple(it.value.split("|")) for it in items if it.kind == "word" and it.role == "tiersaid")
    if tiers_said:
        frame = frame._replace(tiers_said=tiers_said)
    set_aside = tuple(
        (it.text, tuple(it.value.split(";"))) for it in items if it.kind == "word" and it.role == "setaside"
    )
    kinds_aside = tuple((it.text, (it.value,)) for it in items if it.kind == "word" and it.role == "setasidekind")
    if kinds_aside and frame.ask == F.VALUE and frame.metric is not None and frame.metric.prop in MEASURES:
        frame = frame._replace(set_aside=frame.set_aside + kinds_aside)  # "(not GPU cores)": checked too
    elif kinds_aside:  # a list, count or ranking: the counts of those kinds left out when answered
        frame = frame._replace(kinds_aside=tuple(v.partition("=")[2] for _, (v,) in kinds_aside))
    apart = [it for it in items if it.kind == "word" and it.role == "orgsapart"]
    if apart:  # "(counting Alphabet and Google separately)": a subsidiary counted apart from its parent
        if (
            not (frame.ask == F.ORGS or (frame.ask == F.COUNT and frame.counting_orgs))
            or frame.group_by
            or frame.distinct
        ):
            raise refuse(f"'{apart[0].text}' says how to count organizations, and the question does not count them")
        frame = frame._replace(orgs_apart=tuple(dict.fromkeys(e for it in apart for e in it.value.split("|"))))
    org_kinds = tuple(
        (it.text, tuple(it.value.split("|"))) for it in items if it.kind == "word" and it.role == "orgkinds"
    )
    if org_kinds:  # "(designers only, not foundries)": the organizations answered are checked against it
        if frame.ask != F.ORGS or frame.group_by or frame.distinct:
            raise refuse(NEGATED_ASIDE)
        frame = frame._replace(rather_than=frame.rather_than + org_kinds)
    # members of the kind the question names ("GPUs, including the Gaudi 3") are examples of a list's
    # or a count's answer, checked; beside a ranking or a figure they say what the field holds, as the
    # kind does
    roles = ("examples", "kindexamples") if frame.ask in (F.CHIPS, F.ORGS, F.COUNT) else ("examples",)
    examples = tuple(e for it in items if it.kind == "word" and it.role in roles for e in it.value.split("|"))
    if examples:  # "(including its configurable FP8 variant)": names the answer must hold, checked
        relation = frame.metric is not None and frame.metric.prop not in (*MEASURES, CK + "memory")
        # "How many chips are made by TSMC (including the Adreno 750)?": among the things counted (set 59)
        tallied = frame.ask == F.COUNT and not frame.group_by and frame.distinct is None
        if not (
            frame.ask in (F.CHIPS, F.ORGS)
            or tallied
            or (frame.ask == F.VALUE and relation and len(frame.subjects) == 1)
        ):
            raise refuse(
                "examples ('including', 'such as') are checked only beside a list or a count of chips or of "
                "organizations, or of one chip's values"
            )
        frame = frame._replace(examples=examples)
    kept_only = tuple(
        (it.text, (it.value,)) for it in items if it.kind == "word" and it.role in ("keeponly", "keepsaid")
    )
    if any(it.kind == "word" and it.role == "keepsaid" for it in items) and (
        frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in MEASURES
    ):
        # "(the HBM figure, not the DDR5)" says which figure of a measure is meant; beside "which
        # memory" it would keep what the question asks about, beside a list leave chips out
        raise refuse(NEGATED_ASIDE)
    if kept_only:  # "(the HBM tier only)": which of one figure's rows count, checked against them
        compared = frame.ask in (F.CHIPS, F.COUNT, F.TOP, F.RANK, F.YESNO) and _measured_only(frame)
        if not compared and (
            frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in (*MEASURES, CK + "memory")
        ):
            raise refuse("the article's lists are not exhaustive, so it cannot say a chip does 'only' one thing")
        # beside a list, count, ranking or yes/no: answered only if every figure it may rest on is
        # one kept (answer._set_aside_disjoint), so the aside changes nothing
        frame = frame._replace(kept_only=kept_only)
    dies = [int(it.value) for it in items if it.kind == "word" and it.role == "diecount"]
    if dies:  # "(the figure for each of its two dies, ...)": the chip asked has that many dies, checked
        if frame.ask != F.VALUE or len(frame.subjects) != 1 or len(set(dies)) != 1:
            raise refuse("a number of dies in a parenthesis is read of one chip's figure only; ask of one chip")
        premise = F.Measure(CK + "dieCount", low=float(dies[0]), high=float(dies[0]))
        frame = frame._replace(chip_premises=((frame.subjects[0], (premise,)), *frame.chip_premises))
    values_aside = _values_set_aside(frame, set_aside, items, lex)
    if values_aside is not None:
        # "How many chips connect over PCIe 4.0 specifically (not PCIe 5.0 or PCIe 2.0)?": other values
        # of the relation the question constrains; answered only if no chip answered holds one (or
        # one narrower), as "rather than" is (answer._rather_than_checked): the aside then changes nothing
        frame = frame._replace(rather_than=frame.rather_than + values_aside)
        set_aside = ()
    named_aside = tuple(
        (it.text, tuple(it.value.split("|"))) for it in items if it.kind == "word" and it.role == "valueaside"
    )
    if named_aside:
        frame = _named_values_aside(frame, named_aside, lex)
    if set_aside:  # "(not its SRAM bandwidth)": what one figure asked is not, checked against its rows
        if frame.ask == F.VALUE:
            if frame.metric is None or frame.metric.prop not in (*MEASURES, CK + "memory"):
                raise refuse(NEGATED_ASIDE)
        elif frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK, F.YESNO) or not _measured_only(frame):
            raise refuse(NEGATED_ASIDE)
        # a list, count, ranking or yes/no: answered only if no figure it may rest on is set aside
        # (answer._set_aside_disjoint), so the aside changes nothing
        frame = frame._replace(set_aside=set_aside)
    lacking = tuple((it.value, it.text) for it in items if it.kind == "word" and it.role == "lacking")
    if lacking:  # "chips that give a process node but no foundry": none stated, a filter
        if frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK) or frame.counting_orgs or frame.distinct:
            raise refuse("a negation ('not', 'without', 'except') is not attached to anything I can negate")
        if frame.metric is not None and frame.metric.prop in {p for p, _ in lacking}:
            raise refuse("the question asks for what it says the article does not give")
        figure_asked = any(
            isinstance(k, F.Measure) and k.low is None and k.high is None for k in frame.constraints
        ) and any(it.kind == "word" and it.role == "wh" and it.text in ("what", "what's", "how") for it in items)
        if frame.ask == F.CHIPS and figure_asked:  # "what is the die area of the chip with no foundry"
            raise refuse("a figure of the chips with none stated: ask which chips, then about each one")
        frame = frame._replace(constraints=(*frame.constraints, *(F.Unstated(p, w) for p, w in lacking)))
    hedged = tuple(dict.fromkeys(it.value for it in items if it.kind == "word" and it.role == "hedgedfig"))
    if hedged:  # "chips whose transistor count is given as a lower bound": that measure's figure so hedged
        measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
        if (
            frame.ask not in (F.CHIPS, F.COUNT)
            or frame.counting_orgs
            or frame.distinct
            or frame.group_by
            or frame.metric is not None
            or len(measures) != 1
            or measures[0].low is not None
            or measures[0].high is not None
        ):
            raise refuse(
                "a hedge of a figure is asked of one measure the chips have, in a list or a count "
                "('which chips give the transistor count as a lower bound')"
            )
        frame = frame._replace(
            constraints=tuple(k._replace(hedged=hedged) if k is measures[0] else k for k in frame.constraints)
        )
    unstated = tuple(it.value for it in items if it.kind == "word" and it.role == "unstated")
    if unstated:
        if frame.ask != F.VALUE or frame.metric is None or len(frame.subjects) != 1 or frame.metric.prop in unstated:
            raise refuse("that the article states no such thing is told of one named chip, beside a figure asked of it")
        frame = frame._replace(unstated=unstated)
    if hedges is not None:
        if frame.ask != F.VALUE or frame.metric is None or not _one_name_asked(frame, items):
            raise refuse("a hedge of a figure is told of one chip's figure ('the Groq LPU's transistor count')")
        frame = frame._replace(hedges=hedges)
    if frame.ask == F.YESNO and (
        any(
            (it.kind == "term" and is_definite(it.text))
            or (it.kind == "word" and it.role == "filler" and it.value == "outright")  # "clearly", "explicitly"
            for it in segmented
        )
        or _inference_denied(segmented)
    ):
        frame = frame._replace(definite=True)  # "is it ruled out for ...": checked against the fact's hedge
    if tiers is not None:
        if frame.ask != F.VALUE or len(frame.subjects) != 1:
            raise refuse("a chip's memory hierarchy is said of one chip whose figure is asked ('the SN40L's DDR5')")
        frame = frame._replace(constraints=(*frame.constraints, tiers))  # checked when answered
    if (
        frame.ask == F.VALUE
        and frame.metric is not None
        and frame.metric.prop == CK + "computeUnits"
        and frame.metric.counts is None
        and _how_many(segmented)
    ):
        frame = frame._replace(how_many=True)  # "how many cores does the M4 have": one number asked
    if frame.n is not None and _how_many(segmented):
        # "how many of the 3 chips with the most SRAM are made by TSMC": a count within a top few,
        # which a ranking of the chips that meet the condition is not (it listed the top TSMC chips)
        raise refuse(
            f"'how many' within the top {frame.n} is not asked here; ask for the top {frame.n}, then about them"
        )
    named = [k.chips for k in frame.constraints if isinstance(k, F.Identity) and not k.negated]
    if frame.n is not None and len(named) == 1 and frame.n > len(set(named[0])):
        # "the SN40L's core count, the figure for the dual-chip device": 'dual' is no top 2 of one chip
        raise refuse(f"the top {frame.n} of {len(set(named[0]))} chip(s) named: the number says how many to show")
    expected = _expected_count(segmented, lex)
    if expected is not None and frame.n is not None:
        raise refuse(
            f"a number in parentheses ('{expected}') is not read as how many chips to show; ask "
            "without it, or for the top ones ('the top 3 ...')"
        )
    if claimed is not None:
        pair = [k.chips for k in frame.constraints if isinstance(k, F.Identity) and not k.negated]
        if frame.ask != F.TOP or frame.metric is None or len(pair) != 1 or len(set(pair[0])) != 2:
            raise refuse("a yes/no comparison of two chips is told on one figure both have; name it ('more SRAM')")
        frame = frame._replace(claim=claimed, same=same_figure)
    if section is not None:
        frame = frame._replace(section=section)
    if unit_width is not None:
        if frame.ask != F.VALUE or len(frame.subjects) != 1:
            raise refuse("a width of units ('64-bit controllers') is said of one chip whose figure is asked")
        frame = frame._replace(unit_width=unit_width)  # checked against the chip's count figure
    if grid is not None:
        if (
            frame.ask != F.VALUE
            or len(frame.subjects) != 1
            or frame.metric is None
            or frame.metric.prop not in COUNT_MEASURES
        ):
            raise refuse("a grid ('an 8x8 grid') is said of the count of one chip whose figure is asked")
        frame = frame._replace(grid=grid)  # checked against the figure answered
    if counted:
        if frame.ask != F.VALUE or len(frame.subjects) != 1:
            raise refuse("a count said of a chip ('the dual-die Blackwell') is told of one chip whose figure is asked")
        frame = frame._replace(constraints=(*frame.constraints, *counted))  # checked: the chip must have it
    _own_technologies_compared(frame)
    yes_no_kept(frame, items)  # a question opening with an auxiliary is answered yes/no or refused
    return frame


def _own_technologies_compared(frame: F.Frame) -> None:
    """ "A's HBM capacity ... B's HBM3 capacity" (frames._technology_per_chip) reads each chip's own
    memory only where the answer is of those two chips alone (their figures, a comparison of the
    two); anywhere else (a list of chips against them) the two technologies name no one figure."""
    per_chip = frame.metric.technology_per if frame.metric is not None else ()
    if not per_chip:
        return
    chips = {c for c, _ in per_chip}
    only = set(frame.subjects) == chips or any(
        isinstance(k, F.Identity) and not k.negated and set(k.chips) == chips for k in frame.constraints
    )
    if frame.ask not in (F.VALUE, F.TOP, F.RANK, F.YESNO) or not only:
        raise refuse("the question names more than one memory technology for one figure")


#: words of the whole that, beside a count of chips, say the count is of all of them ("in all"), not a
#: sum of figures (kept to those added with this meaning; "total" and "overall" are refused as before)
_COUNTED_IN_ALL = frozenset({"in all", "all told", "in total"})


def _over_a_thing(items: list[Item], k: int, lex: Lexicon) -> bool:
    """ "connect to a host over some generation of PCIe", "over any PCIe generation": after the
    'over' at ``k``, only fillers and then the name of a thing neither a chip nor an organization
    (a link, a memory, a format): 'over' is a preposition there, not a comparison (which needs a
    number: "over 100 W", "over roughly 20 billion" are read as before)."""
    j = k + 1
    while j < len(items) and items[j].kind == "word" and items[j].role == "filler":
        j += 1
    return (
        j > k + 1
        and j < len(items)
        and items[j].kind == "entity"
        and not any(lex.is_a(e, CHIP) or lex.is_a(e, ORG) for e in items[j].entities)
    )


def _taken_at_face_value(items: list[Item]) -> bool:
    """Whether the question says hedged figures are compared at their stated numbers: an aside that
    takes them so ("taking 'over' figures at face value"), or a word of stating after a verb that
    takes or treats ("taking the counts as stated", "treat 'approximately' as exact"). "which has more
    transistors per chip as stated" alone says where the figures come from, not how two lower
    bounds compare (blind set 75: the Adreno 750's and AI 100 Ultra's "over 10 billion" were
    answered as a tie)."""
    for k, it in enumerate(items):
        if it.kind != "word":
            continue
        if it.role == "facevalue":
            return True
        if it.role == "filler" and it.value == "facevalue":
            # "at face value", "at their word" say it outright; "as stated", "as given" only after a verb
            if not it.text.lower().startswith("as ") or any(
                x.kind == "word" and x.text.lower() in _TAKING_VERBS for x in items[:k]
            ):
                return True
    return False


_TAKING_VERBS = {"taking", "take", "treating", "treat", "reading", "read", "accepting", "accept", "using", "use"}


def _org_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """:func:`_org_yes_no_of`; "Is Google part of the UXL Foundation alongside AMD and Intel?": the
    organizations after "alongside" (or "along with", "together with"), at the end of the question,
    are asked about too, as "Are Google, AMD and Intel part of ...?" asks of each."""
    at = next(
        (
            k
            for k, x in enumerate(items)
            if x.kind == "word" and x.text.lower() in ("alongside", "along with", "together with")
        ),
        None,
    )
    if at is None:
        return _org_yes_no_of(items, lex)
    tail = [
        x
        for x in items[at + 1 :]
        if not (x.kind == "word" and (x.role == "and" or x.text == "?")) and x.kind != "comma"
    ]
    if not tail or not all(
        x.kind == "entity" and len(x.entities) == 1 and ORG in lex.entities.get(x.entities[0], ("", ()))[1]
        for x in tail
    ):
        return _org_yes_no_of(items, lex)
    frame = _org_yes_no_of(items[:at], lex)
    if frame is None or frame.ask != F.YESNO or not frame.counting_orgs:
        return None
    return frame._replace(subjects=tuple(dict.fromkeys((*frame.subjects, *(x.entities[0] for x in tail)))))


def _org_yes_no_of(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Did Intel buy Habana?", "Is AMD a member of the UXL Foundation?": a yes/no question about
    two organizations is the question "who ..." about the second, and whether the first is among
    the answers (a YESNO frame with ``counting_orgs``). None when the question is not of that shape."""
    items = _after_hedge(_section_lead_in_last(items, lex))
    if not items or not (items[0].kind == "word" and items[0].role == "aux"):
        return None
    # "Did Intel, according to the Future Prospects section, acquire Habana Labs?": a section's name
    # says where the asker read it, not an organization asked about; it stays in the question "who
    # ...", whose section the yes/no keeps (_asked_of)
    names = [
        x
        for k, x in enumerate(items)
        if x.kind == "entity"
        and not (k + 1 < len(items) and items[k + 1].kind == "report" and items[k + 1].text == "section")
        # "..., according to the introduction": a section without the word "section"
        and not (x.entities and all(e in lex.sections.values() for e in x.entities))
    ]
    # "are Tenstorrent's chips ...", "do the Nvidia chips both ...": the name right after the
    # auxiliary (an article between them says nothing), then what of it is asked about
    at = next((k for k, x in enumerate(items) if names and x is names[0]), 0)
    opened = at >= 1 and all(x.kind == "word" and x.text.lower() in ARTICLES for x in items[1:at])
    # ... an organization's name ("the Grayskull chips": a product line's, each chip asked of)
    opened = opened and (at == 1 or all(ORG in lex.entities.get(e, ("", ()))[1] for e in names[0].entities))
    subject = items[at + 1] if opened and at + 1 < len(items) else None
    if subject is not None and subject.kind == "term" and CHIP in subject.terms and subject.text.lower().endswith("s"):
        # "are Tenstorrent's chips under 100 W?", "are Qualcomm's chips made by TSMC?": each of its
        # chips, not whether one is (read so, it said true where the e150 draws 200 W)
        raise refuse(
            f"'{names[0].text} {subject.text}' asks about each of its chips: ask which {names[0].text} chips "
            "fit, or name the chip"
        )
    if subject is not None and subject.kind == "term" and chipish_any(lex, list(subject.terms)):
        # "is Tenstorrent's chip under 100 W?", "does Nvidia's GPU have ...?": the vendor's one chip
        # (refused where it has more than one), not whether the organization designs some chip that
        # is (true of both 'over 150 W' and 'under 100 W')
        return None
    if len(names) == 1:
        return _one_org_yes_no(items, names[0], lex)
    several = _several_orgs_yes_no(items, lex)
    if several is not None:
        return several
    # "does Intel make 5nm chips?", "does AMD use HBM3E?": one organization and values of the graph
    # (a node, a memory, a format), no chip named: whether it is among those "who make 5nm chips"
    orgs = [x for x in names if x.entities and all(ORG in lex.entities.get(e, ("", ()))[1] for e in x.entities)]
    if len(orgs) == 1 and not any(lex.is_a(e, CHIP) for x in names for e in x.entities):
        return _one_org_yes_no(items, orgs[0], lex)
    if len(names) != 2 or any(
        len(x.entities) != 1 or ORG not in lex.entities.get(x.entities[0], ("", ()))[1] for x in names
    ):
        return None
    first = names[0]
    return _asked_of(first, " ".join(x.text for x in items if x is not first), lex)


def _several_orgs_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Are Google, AMD and Intel members of the UXL Foundation?": organizations listed right after
    the auxiliary (commas and "and" between them, "both" after) are each asked the one question
    "who ..." with the rest; the frame asks it of all of them (answered yes only if each is among
    its answers). None when the question is not of that shape."""

    def org_at(k: int) -> bool:
        x = items[k]
        return x.kind == "entity" and len(x.entities) == 1 and ORG in lex.entities.get(x.entities[0], ("", ()))[1]

    k, orgs = 1, []
    while k < len(items) and org_at(k):
        orgs.append(items[k])
        k += 1
        if k < len(items) and (items[k].kind == "comma" or (items[k].kind == "word" and items[k].role == "and")):
            if k + 1 < len(items) and org_at(k + 1):
                k += 1
                continue
        break
    if len(orgs) < 2:
        return None
    if k < len(items) and items[k].text.lower() in ("both", "all"):
        k += 1
    rest = " ".join(x.text for x in items[k:])
    copula = items[0].value == "be" or stem(items[0].text) in ("is", "are", "was", "were")
    frame = _asked_of(orgs[0], f"{items[0].text} {rest}" if copula else rest, lex)
    if frame is None:
        return None
    return frame._replace(subjects=tuple(x.entities[0] for x in orgs))


def _one_org_yes_no(items: list[Item], org: Item, lex: Lexicon) -> F.Frame | None:
    """ "Does Google design its own chips?", "Is Groq a unicorn startup?": a yes/no about one
    organization, the only name in it, right after the auxiliary: the question "who ..." with the
    rest, and whether the organization is among its answers ("who designs chips", "who is a
    unicorn startup"). None when the name is not one organization or the rest does not read as a
    question about organizations."""
    if len(items) < 3 or items[1] is not org or len(org.entities) != 1:
        return None
    if ORG not in lex.entities.get(org.entities[0], ("", ()))[1]:
        return None
    rest = " ".join(x.text for x in items[2:])
    copula = items[0].value == "be" or stem(items[0].text) in ("is", "are", "was", "were")
    return _asked_of(org, f"{items[0].text} {rest}" if copula else rest, lex)


def _per_chip_only(constraints: tuple) -> tuple:
    """The constraints with every figure compared a per-chip one, those of the chips an
    organization makes as well ("which companies make a chip drawing over 100 W per chip": a card's
    150 W is not the chip's)."""
    return tuple(
        k._replace(chip_only=True)
        if isinstance(k, (F.Measure, F.Memory))
        else k._replace(constraints=_per_chip_only(k.constraints))
        if isinstance(k, F.OrgOfChips)
        else k
        for k in constraints
    )


def _asked_of(first: Item, rest: str, lex: Lexicon) -> F.Frame | None:
    """Whether ``first`` (an organization) is what "who <rest>" asks for: that question read, as
    a yes/no about ``first``; None when it does not read as a question about organizations."""
    try:
        inner = read("who " + rest, lex)
    except NoAnswer as exc:
        if getattr(exc, "wrong_side", False):
            raise  # "is UXL a member of Google": the order puts an organization where it cannot be
        return None
    if inner.ask != F.ORGS:
        return None
    return F.Frame(
        F.YESNO,
        inner.constraints,
        subjects=first.entities,
        counting_orgs=True,
        section=inner.section,
        chip_scope=inner.chip_scope,
    )


def _terse_org_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "intel uxl member?", "intel member of uxl?", "intel habana acquirer?": two organizations and
    an org-to-org relation word, nothing else, say of the first that it stands in the relation: the
    yes/no "is Intel a member of UXL?". The relation word goes between the names (verb or noun: the
    second name is its object), or after both as a noun of the second ("uxl member": a member of
    UXL); a verb after both ("intel habana acquired?") could be read either way and is not taken."""
    content = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    if (
        # "intel in uxl foundation?": "in" alone between a company and a consortium (ck:Consortium)
        [(x.kind, x.text.lower()) for x in items if x.text.lower() != "the"][1:2] == [("word", "in")]
        and len(content) == 2
        and all(x.kind == "entity" and len(x.entities) == 1 for x in content)
        and lex.is_a(content[0].entities[0], ORG)
        and lex.is_a(content[1].entities[0], CK + "Consortium")
    ):
        return _asked_of(content[0], "in " + content[1].text, lex)
    if len(content) < 3 or content[0].kind != "entity":
        return None
    names = [k for k, x in enumerate(content) if x.kind == "entity"]
    if len(names) != 2 or any(
        len(content[k].entities) != 1 or ORG not in lex.entities.get(content[k].entities[0], ("", ()))[1] for k in names
    ):
        return None
    terms = [k for k, x in enumerate(content) if x.kind != "entity"]
    if not terms or any(
        # "part of" is also a chip's (integrated into): between two organizations, theirs
        content[k].kind != "term" or not any(t in ORG_RELATIONS for t in content[k].terms)
        for k in terms
    ):
        return None
    second = names[1]
    after = [content[k] for k in terms if k > second]
    if after and (
        any(k < second for k in terms)
        or not all(set(x.terms) & set(lex.nouns.get(name_key(x.text), [])) for x in after)
    ):
        return None
    return _asked_of(content[0], " ".join(x.text for x in content[1:]), lex)


def _name_around_chip(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "the link between Blackwell's two dies": a name of the graph said around a chip's name
    ("between two dies", a hidden label of the die-to-die link) is that name, after the chip (its
    possessive) as "Blackwell's link between two dies" says it. Only where the words without the chip
    read as one name and no "and" follows ("between Gaudi 3's dies and its HBM" is between two
    things); otherwise as before ("between" then a range, refused without numbers)."""
    out = list(items)
    for k in range(len(out) - 2):
        x = out[k]
        # "between", or a word that opens a link's label said around the chip ("across Blackwell's two
        # dies": "across the two dies" is a hidden label of die-to-die): only a link is read so
        link_only = not (x.kind == "word" and x.role == "between")
        if link_only and not (x.kind in ("word", "term") and k > 0):
            continue
        c = k + 1  # "between the Blackwell GPU's", "between Nvidia Blackwell's": the chip after fillers, its maker
        while c < len(out) and (
            (out[c].kind == "word" and out[c].role == "filler" and not out[c].value)
            or (out[c].kind == "entity" and out[c].entities and all(lex.is_a(e, ORG) for e in out[c].entities))
        ):
            c += 1
        chip = out[c] if c < len(out) else None
        if chip is None or chip.kind != "entity" or not chip.entities:
            continue
        if not all(lex.is_a(e, CHIP) for e in chip.entities):
            continue
        for m in (3, 2, 1):
            rest = out[c + 1 : c + 1 + m]
            if len(rest) < m:
                continue
            after = out[c + 1 + m] if c + 1 + m < len(out) else None
            if after is not None and after.kind == "word" and after.role == "and":
                continue  # "between Gaudi 3's dies and its HBM": between two things, not the dies' link
            read = segment(" ".join([x.text, *(r.text for r in rest)]), lex)
            if len(read) == 1 and read[0].kind == "entity" and not any(lex.is_a(e, CHIP) for e in read[0].entities):
                if link_only and not all(lex.is_a(e, CK + "InterconnectTechnology") for e in read[0].entities):
                    continue
                return [*out[:k], *out[k + 1 : c], chip, read[0], *out[c + 1 + m :]]
    return out


def _read_typos(question: str, unknown: list[str], lex: Lexicon) -> F.Frame:
    """The question read again with its unknown words read as the names they misspell
    (:func:`chipkg.ask.lexicon.misspelt_name`) or the words of the vocabulary they misspell
    (:func:`chipkg.ask.lexicon.misspelt_word`), the reading saying so; refused as before unless
    every unknown word is such a typo and each word corrected to a name then reads as part of a
    name."""
    from chipkg.ask.lexicon import misspelt_name, misspelt_possessive, misspelt_word, spelled_as_named

    names = {word: misspelt_name(word, lex) for word in dict.fromkeys(unknown)}
    words = {word: misspelt_word(word, lex) for word, name in names.items() if name is None}
    # "qualcoms adreno 750": a name's possessive, its apostrophe left out and the name misspelt
    owners = {word: misspelt_possessive(word, lex) for word in names if names[word] is None and not words.get(word)}
    names.update({word: name for word, name in owners.items() if name is not None})
    fixes = {word: names[word] or words.get(word) for word in names}
    if not all(fixes.values()):
        raise _unknown_words(unknown, lex)
    fixed = question
    for word, name in fixes.items():
        said = f"{name}'s" if owners.get(word) else str(name)
        fixed = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", said, fixed, flags=re.IGNORECASE)
    named = {t for it in segment(fixed, lex) if it.kind == "entity" for t in tokens(it.text)}
    if not all(name in named for word, name in fixes.items() if word not in words):
        raise _unknown_words(unknown, lex)  # "machine" is not "International Business Machines"
    note = tuple(
        (word, str(name) if word in words else spelled_as_named(str(name), lex)) for word, name in fixes.items()
    )
    try:
        frame = read(fixed, lex, typos=False)
    except NoAnswer as exc:
        error = NoAnswer(f"{exc.message} {F.typos_read(note)}")
        error.suggestions = getattr(exc, "suggestions", [])  # type: ignore[attr-defined]
        raise error from None
    return frame._replace(typos=note)


def _named_values_aside(frame: F.Frame, named: tuple[tuple[str, tuple[str, ...]], ...], lex: Lexicon) -> F.Frame:
    """ "Which architecture does the AMD section give the MI350 (not the RDNA mention in Future
    Prospects)?": values set aside in a parenthesis (asides._values_named_aside), beside one chip's
    value of the relation they are values of, or beside a list or count of chips: carried as
    ``Frame.rather_than``, checked against the answer (answer._rather_than_checked: a value answered
    that is one of them, or a chip answered that has one, refuses). Beside anything else: refused."""
    relations = dict(ENTITY_RELATIONS)
    of_relation = frame.metric is not None and all(
        any(relations.get(c) == frame.metric.prop for c in lex.entities.get(e, ("", ()))[1])
        for _, names in named
        for e in names
    )
    one_value = frame.ask == F.VALUE and len(frame.subjects) == 1 and of_relation and not frame.group_by
    chips = frame.ask in (F.CHIPS, F.COUNT) and not (frame.counting_orgs or frame.group_by or frame.distinct)
    if not (one_value or chips):
        raise refuse(NEGATED_ASIDE)
    return frame._replace(rather_than=frame.rather_than + named)


def _values_set_aside(
    frame: F.Frame, set_aside: tuple[tuple[str, tuple[str, ...]], ...], items: list[Item], lex: Lexicon
) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """ "(not PCIe 5.0 or PCIe 2.0)" after "chips that connect over PCIe 4.0 specifically": a
    negated aside right after a word that says the value named is the one meant (words.tsv value
    ``specific``: "specifically", "in particular"), beside a list, count or yes/no that compares no
    figure, each thing of which is one name (a memory, link or format: descriptors "memory=",
    "link=", "precision=") of the kind of a value the question constrains (a relation it asks, not
    negated), and none the value itself nor broader or narrower than it: the names, as
    ``Frame.rather_than`` holds them. A name that is the value, or broader or narrower, is refused;
    anything else: None, read as before (without "specifically", "which chips support INT8 (not
    UINT8)" may leave out the chips that support both, which the article's lists cannot rule out)."""
    if not set_aside or frame.ask not in (F.CHIPS, F.COUNT, F.YESNO) or frame.counting_orgs:
        return None
    first = next((k for k, it in enumerate(items) if it.kind == "word" and it.role == "setaside"), 0)
    before = next((it for it in reversed(items[:first]) if it.kind != "comma"), None)
    if before is None or not (before.kind == "word" and before.value == "specific"):
        return None
    if frame.group_by or frame.distinct or _measured_only(frame):
        return None
    names: list[tuple[str, str]] = []
    for words, things in set_aside:
        if len(things) != 1 or things[0].partition("=")[0] not in ("memory", "link", "precision"):
            return None
        names.append((words, things[0].partition("=")[2]))
    asked = [k for k in frame.constraints if isinstance(k, F.Relation) and k.values and not k.negated and not k.inverse]
    relations = {k: p for k, p in ENTITY_RELATIONS} | {CK + "MemoryTechnology": CK + "memory"}
    for _, e in names:
        classes = lex.entities.get(e, ("", ()))[1]
        of = [k for k in asked if any(relations.get(c) == k.prop for c in classes)]
        if not of:
            return None
        for k in of:
            if any(e == v or e in lex.broader.get(v, []) or v in lex.broader.get(e, []) for v in k.values):
                raise refuse(NEGATED_ASIDE)  # "PCIe 4.0 (not PCIe)": the value asked is what is set aside
    return tuple((words, (e,)) for words, e in names)


def _system_figure_asked(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "What FP16 throughput does Trainium2 reach aggregated across an EC2 UltraCluster?", "What FP16
    throughput does an EC2 UltraCluster of Trainium2 chips reach?": a figure of a system the chip is
    deployed in, said with a word of summing or with the system as what has the figure ("a cluster
    of ... chips"). Read with the system as a relation of the chip, the chip's own figure answered
    (650 teraFLOPS, exit 0; red team 32); the article gives no such total, and ask does not multiply.
    Refused."""
    if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in MEASURES:
        return
    systems = [
        k
        for k in frame.constraints
        if isinstance(k, F.Relation) and not k.negated and all(lex.is_a(v, CK + "System") for v in k.values)
    ]
    if not systems:
        return
    at = [k for k, x in enumerate(items) if x.kind == "entity" and all(lex.is_a(e, CK + "System") for e in x.entities)]
    chip_at = [k for k, x in enumerate(items) if x.kind == "entity" and all(lex.is_a(e, CHIP) for e in x.entities)]
    system_first = bool(
        at
        and chip_at
        and at[0] < chip_at[0]
        and any(x.kind == "word" and x.text.lower() == "of" for x in items[at[0] + 1 : chip_at[0]])
    )
    if frame.summed or system_first:
        raise refuse(
            "a figure of a whole system or cluster: the article gives the chip's own figures, and ask does not "
            "add them up; ask for the chip's figure"
        )


def _motive_dropped(question: str, lex: Lexicon, typos: bool) -> str:
    """ "Which company did Intel acquire to strengthen its purpose-built AI accelerator offerings?",
    "Which company bought Habana Labs, thereby adding AI accelerators to its lineup?": a clause at the
    end that says why an organization acted (words.tsv phrase class ``motive``) is no condition on
    who it acted with. The question without it, when that asks an organization relation (ck:acquired,
    ck:investedIn ...) and the clause names no organization, chip, number or negation; else the
    question as typed (its words then refused as unknown, as before). Four held-out sets asked so."""
    said = tokens(question)
    found = find_phrase(said, "motive")
    if found is None:
        return question
    at = re.search(r"(?i)[\s,;]+" + r"\s+".join(re.escape(t) for t in found[1].split()) + r"\b", question)
    if at is None:
        return question
    clause = segment(question[at.end() :], lex)
    if any(
        x.kind in ("qty", "open", "close")
        or (x.kind == "word" and x.role in ("neg", "cmp", "wh", "who"))
        or (x.kind == "entity" and any(lex.is_a(e, ORG) or lex.is_a(e, CHIP) for e in x.entities))
        for x in clause
    ):
        return question
    rest = question[: at.start()].rstrip() + "?"
    try:
        frame = _read_plain(rest, lex, typos)
    except NoAnswer:
        return question
    if not any(isinstance(k, F.Relation) and k.prop in ORG_RELATIONS for k in frame.constraints):
        return question
    return rest


def _figures_compared_or_shown(frame: F.Frame) -> bool:
    """Whether the answer rests on figures the article may hedge: one chip's figure, a most or a
    ranking by a figure, chips listed or counted by a range of one (not already set aside by hedge)."""
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
    if any(k.unhedged for k in measures) or (frame.metric is not None and frame.metric.unhedged) or frame.no_hedge:
        return False  # "as a firm figure" said too: hedged figures are set aside already
    if frame.ask in (F.VALUE, F.TOP, F.RANK):
        return frame.metric is not None and frame.metric.prop in MEASURES
    return frame.ask in (F.CHIPS, F.COUNT) and bool(measures)
