"""The reader of a whole question (:func:`read`): it splits off listings, premises and restating
glosses, tries the question forms (:mod:`~chipkg.ask.parse.forms`), walks the items
(:mod:`~chipkg.ask.parse.walk`) and builds the frame (:mod:`~chipkg.ask.parse.frames`), then checks
the remarks the question made against it."""

from __future__ import annotations

import re
from typing import Any

from chipkg.ask import frame as F
from chipkg.ask import remarks
from chipkg.ask.compile import (
    COUNT_MEASURES,
    ENTITY_RELATIONS,
    MEASURE_DIMENSIONS,
    MEASURES,
    ORG_RELATIONS,
    RELATIONS,
)
from chipkg.ask.lexicon import (
    VALUE_CLASS_ROOTS,
    Lexicon,
    find_phrase,
    fits,
    inline_forms,
    is_definite,
    name_key,
    phrase_class,
    stem,
    stems,
    tokens,
    told,
)
from chipkg.ask.parse.asides import (
    _OPPOSED,
    NEGATED_ASIDE,
    _asides,
    _chip_or_card,
    _classes_of,
    _contrasts,
    _counts_alternative,
    _counts_said,
    _drop_glosses,
    _family_names_dropped,
    _generation_described,
    _grid_said,
    _is_class,
    _lacking_relations,
    _measured_only,
    _one_chip_said,
    _scales,
    _scope_modifiers,
    _set_aside,
    _the_chip_said,
    _trailing_clarification,
    _whole_chip_summed,
    _width_said,
    _without_hedged,
    stems_of,
)
from chipkg.ask.parse.forms import (
    _CLAUSE_KEPT,
    _SEE_SECTION,
    _SOURCE_OPENERS,
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
    _each_of_units,
    _first_last,
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
    _NODE_AGE,
    _chipish_item,
    _frame,
    _group_asked_of_most_chips,
    _group_superlative,
    _relative_which,
    _report_frame,
    _same_as,
    _scope_in_term,
    _speed_asked,
    _stated_hedges,
    _statement_asked,
    _than_frame,
    _than_named,
)
from chipkg.ask.parse.items import (
    _GENERAL_KINDS,
    CHIP,
    COMPONENT,
    MAX_QUESTION,
    MAXIMA,
    MEMORY_TECH,
    NOUNS,
    ORG,
    PROCESSOR,
    SENTENCE_BREAK,
    SYSTEM,
    UNIT_KIND,
    Item,
    refuse,
)
from chipkg.ask.parse.segment import _prefixed_unit, _quantity_readings, segment
from chipkg.ask.parse.walk import (
    _CHIP_TO_CHIP,
    _RANGES,
    _expected_count,
    _fits,
    _how_many,
    _line_word_first,
    _made_either,
    _memory_tiers,
    _named_chip,
    _State,
    _systems_spanned,
    _take,
    _thing,
    unheld,
)
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK

#: a suspended hyphen: "node- and cluster-level numbers" is "node-level and cluster-level numbers"
_SUSPENDED_HYPHEN = re.compile(r"\b([A-Za-z]+)-\s+(and|or)\s+([A-Za-z]+)-([A-Za-z]+)\b")

#: a last sentence, or a last clause after a dash or a semicolon, that may be a confirmation tag
_LAST_PART = re.compile(r"^(?P<head>.*\S)\s*(?:[.!?;]|\s(?:--|—|–))\s+(?P<tag>[^.?!;—–]+?)\s*\?\s*$", re.S)


def _said_after_words(said: list[str], at: int) -> bool:
    """Whether a word of the same sentence stands before token ``at`` (commas and semicolons aside)."""
    j = at - 1
    while j >= 0 and said[j] in (",", ";"):
        j -= 1
    return j >= 0 and said[j][:1].isalnum() and not said[j].endswith(".")


def _follow_up(said: list[str]) -> bool:
    """Whether a question mark is followed by a question that opens with a word of a follow-up
    (words.tsv ``followup``: "... HBM? And SRAM?", "What about SRAM?") and ends with its own."""
    for k, t in enumerate(said[:-1]):
        if t == "?" and "?" in said[k + 2 :]:
            found = find_phrase(said, "followup", k + 1)
            if found is not None and found[0] == k + 1:
                return True
    return False


def _corrected(question: str, lex: Lexicon) -> None:
    """ "Which chips use HBM, sorry, SRAM?", "which chips are 7nm, I mean 5nm?", "Which chips use HBM?
    And SRAM?": a correction or a follow-up, read into one question, asked for both ("chips with HBM
    and SRAM") or either: refused, to be asked again as meant. A slip word ("sorry", "um") corrects
    only between two names of things ("HBM, um, SRAM"); elsewhere ("so, um, which chips ...") it is a
    pause, as before."""
    typed = tokens(question)
    correction = find_phrase(typed, "correction")
    while correction is not None and not _said_after_words(typed, correction[0]):
        correction = find_phrase(typed, "correction", correction[0] + 1)
    if correction is not None:
        raise refuse("the question corrects itself ('sorry', 'I mean'): ask it again as you mean it")
    try:
        said = [x for x in segment(question, lex) if x.kind != "comma"]
    except NoAnswer:
        said = []
    for k in range(1, len(said) - 1):
        if (
            said[k].kind == "word"
            and (said[k].text.lower(),) in phrase_class("slip")
            and said[k - 1].kind in ("entity", "qty")
            and said[k + 1].kind in ("entity", "qty")
        ):
            raise refuse("the question corrects itself ('sorry', 'I mean'): ask it again as you mean it")
    if _follow_up(typed):
        raise refuse("a follow-up after a question ('And SRAM?'): ask each question whole, one at a time")


def _negated_opening(question: str, lex: Lexicon) -> tuple[str, bool]:
    """ "Isn't Gaudi 3 on 7nm?", "wait, doesn't the Groq LPU use HBM?": a yes/no that opens with a
    negated auxiliary asks whether the positive holds (the speaker expects it does): read as "is
    Gaudi 3 on 7nm?" (false: it is on 5nm), and whether it was (then only a yes/no is read). It
    was refused. Only the first word after fillers ("wait", "so"); a negation inside a question
    ("which chips aren't made by TSMC") is read as before."""
    items = segment(question, lex)
    first = next(
        (x for x in items if x.kind != "comma" and not (x.kind == "word" and x.role == "filler" and not x.value)),
        None,
    )
    if first is None or not (first.kind == "word" and first.role == "neg" and first.text.endswith("n't")):
        return question, False
    positive = phrase_class("positive").get((first.text,), first.text[:-3])
    if lex.words.get(stems(positive), ("", ""))[0] != "aux":
        return question, False
    typed = re.search(re.escape(first.text).replace("'", "['’]"), question, re.I)
    if typed is None:
        return question, False
    return question[: typed.start()] + positive + question[typed.end() :], True


def _confirmation_tag(question: str, lex: Lexicon) -> str:
    """ "The MTIA v2 is clocked higher than the Groq LPU -- is that right?", "Gaudi 3 is made by
    TSMC. Is that correct?": a confirmation tag (words.tsv role ``claimclose``) after a dash, a
    semicolon or as a sentence of its own asks what a tag after a comma asks (the statement, true
    or false: :func:`chipkg.ask.parse.frames._statement_asked`), so it is said after a comma."""
    m = _LAST_PART.match(question)
    if m is None or lex.words.get(stems(m["tag"]), ("", ""))[0] != "claimclose":
        return question
    return f"{m['head'].rstrip(' ,')}, {m['tag']}?"


#: a lead-in clause, up to the first comma, semicolon or colon, and the question after it
_LEAD_IN = re.compile(r"^\s*(?P<lead>[^,;:()?]+?)\s*[,;:]\s*(?P<rest>[^()]*?\S)\s*(?P<end>[?.!]*)\s*$", re.S)


def _aside_lead_in(question: str, lex: Lexicon) -> str:
    """ "Setting the cluster figure aside, what FP8 compute does a Gaudi 3 node reach?", "Leaving aside
    the dual-card figure, what is the AI 100 Ultra's power?": a lead-in that sets something aside
    (a words.tsv ``neg`` phrase valued ``exclude`` ending in "aside", said whole or around what it
    sets aside) says what a parenthesis after the question says: "... reach (setting aside the
    cluster figure)?", read as any negated parenthesis is (a scope, a figure, a name set aside,
    checked against the rows answered; anything else refused). Any other question is returned as
    it stands."""
    m = _LEAD_IN.match(question)
    if m is None or not m["rest"][:1].isalpha():
        return question
    words = m["lead"].split()
    if len(words) < 3:
        return question
    if words[1].lower() == "aside":
        verb, aside = words[:2], words[2:]
    elif words[-1].lower() == "aside":
        verb, aside = [words[0], words[-1]], words[1:-1]
    else:
        return question
    if lex.words.get(stems(" ".join(verb).lower()), ("", "")) != ("neg", "exclude"):
        return question
    return f"{m['rest']} ({' '.join(verb)} {' '.join(aside)}){m['end'] or '?'}"


#: "regardless of X", "irrespective of X", "without regard to X", "whatever their X": X set aside, up
#: to a comma, a parenthesis or the end of the sentence
_REGARDLESS = re.compile(
    r"(?i)(?P<lead>^\s*|,\s*|\s)(?P<marker>regardless of|irrespective of|without regard to|whatever(?= (?:their|its) ))"
    r"\s+(?P<object>[^,.?!;()]+?)\s*(?P<end>,|(?=[.?!;()]|$))"
)
_REGARDLESS_MARKERS = ("regardless of", "irrespective of", "without", "whatever")


def _regardless_clause(question: str, lex: Lexicon) -> tuple[str, str, bool] | None:
    """ "Irrespective of SRAM, which chips are 7nm?", "Which chips are on 5nm, regardless of their memory
    type?": the question without the phrase that sets a thing aside, the phrase, and whether the phrase
    names only the thing (names, properties, quantities, determiners: "regardless of the clock speed")
    and is set off (at the start before a comma, or after the question), so that the question without
    it is the question asked. None when there is no such phrase, or its words are an entry of their
    own ("regardless of precision": any precision; "whatever the node"), or it names an organization
    or a chip (refused by :func:`_regardless_of_a_name`)."""
    found = _REGARDLESS.search(question)
    if found is None:
        return None
    said = segment(question, lex)
    marker = (x for x in said if x.kind == "word" and x.text.lower() in _REGARDLESS_MARKERS)
    if not any(x.role in ("filler", "neg") for x in marker):
        return None
    words = segment(found.group("object"), lex)
    if any(x.kind == "entity" and any(lex.is_a(e, ORG) or lex.is_a(e, CHIP) for e in x.entities) for x in words):
        return None
    short = all(
        x.kind in ("entity", "term", "qty")
        or (x.kind == "word" and (x.role in ("askkind", "attr") or (x.role == "filler" and x.value in ("", "pronoun"))))
        for x in words
    )
    at_start = found.group("lead").strip() == "" and found.start() == 0
    after = found.group("lead").startswith(",") or found.group("end") == ""
    if at_start and found.group("end") == ",":
        without = question[found.end() :]
    elif found.group("lead").startswith(","):
        without = question[: found.start()] + question[found.end() - len(found.group("end")) :]
    else:
        without = question[: found.start()] + " " + question[found.end() :]
    phrase = f"{found.group('marker')} {found.group('object')}"
    return without.strip(), phrase, short and (at_start or after)


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
    without, phrase, set_off = clause
    try:
        as_said: F.Frame | NoAnswer = _read_plain(question, lex, typos)
    except NoAnswer as error:
        as_said = error
    try:
        read_without = _read_plain(without, lex, typos)
    except NoAnswer:
        if isinstance(as_said, NoAnswer):
            raise as_said from None
        raise refuse(f"'{phrase}' sets a thing aside, and the question without it does not read") from None
    if read_without == as_said:
        return read_without
    if not set_off:
        if isinstance(as_said, NoAnswer):
            raise as_said
        raise refuse(f"'{phrase}' sets a thing aside where ask would read it as a condition: ask without it")
    return read_without


def read(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """:func:`_read_plain`, with a thing set aside by "regardless of" changing nothing
    (:func:`_read_regardless`)."""
    regardless = _read_regardless(question, lex, typos)
    frame = regardless if regardless is not None else _read_plain(question, lex, typos)
    # once more on the question as typed: a form read before the checks ("Either 7nm or HBM: which
    # chips?") must not join two kinds of condition with 'or' either
    _alternatives_of_two_kinds(frame, segment(question, lex), lex)
    return frame


def _read_plain(question: str, lex: Lexicon, typos: bool = True) -> F.Frame:
    """Parse ``question`` into a frame; NoAnswer ("I can't answer that: ...") when it cannot.
    ``typos``: unknown words that are typos of a name are read as the name (:func:`_read_typos`).
    Remarks set aside or said again (:mod:`chipkg.ask.remarks`) are checked against the frame.
    A lead-in that sets something aside is read first as a parenthesis after the question
    (:func:`_aside_lead_in`); refused so, the question is read as it stands. A question refused as it
    stands is read again without its inert clauses
    (:func:`_without_inert_clauses`): the refusal stands when there are none, or when the question
    proper is refused too."""
    _corrected(question, lex)  # before any clause is set aside: "sorry" there is a correction, not discourse
    moved = _aside_lead_in(question, lex)
    if moved != question:  # "Setting the cluster figure aside, ...": read as "... (setting aside ...)"
        try:
            return _read_whole(moved, lex, typos)
        except NoAnswer:
            pass  # read as it stands ("leaving aside Nvidia and AMD, which chips ...": an exclusion)
    try:
        return _read_whole(question, lex, typos)
    except NoAnswer:
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


def _read_whole(question: str, lex: Lexicon, typos: bool) -> F.Frame:
    """:func:`read`, the question as it stands."""
    checks: list[remarks.Check] = []
    question = _SUSPENDED_HYPHEN.sub(r"\1-\4 \2 \3-\4", question)
    question = _confirmation_tag(question, lex)
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
    for cls, text, negated in listed:
        _check_listed(frame, cls, text, lex, negated)
    _one_named_in_a_list(frame, question, lex)
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
    _node_age_ranked(frame, items_said)
    _part_negated(frame, items_said, lex)
    _second_subject(frame, items_said, lex)
    _group_dropped(frame, items_said, lex)
    _chips_read_as_organizations(frame, items_said, lex)
    _organizations_read_as_chips(frame, items_said, lex)
    _made_for_an_organization(frame, items_said, lex)
    if frame.ask == F.CHIPS and any(
        x.kind == "word" and x.value == "outright" for x in items_said
    ):  # "which chips definitely (explicitly, certainly) use HBM3E": a likely memory is no answer
        frame = frame._replace(definite=True)
    _owner_answered(frame, question)
    _negated_answer_kind(frame, lex)
    _comparative_fits(frame, question, lex)
    _power_provided(frame, question, lex)
    _organization_provided(frame, question, lex)
    _organizations_asked(frame, question, items_said, lex)
    _figure_asked_terse(frame, items_said)
    _terse_noun_unread(frame, items_said, lex)
    _figures_shown(frame, question, items_said, lex)
    _alternative_asked(frame, items_said, lex)
    _alternatives_of_two_kinds(frame, items_said, lex)
    _count_of_named(frame, items_said, lex)
    _negated_kind_kept(frame, items_said, lex)
    _regardless_of_a_name(items_said, lex)
    if frame.ask == F.ORGS and any(x.kind == "word" and x.role == "compare" for x in items_said):
        # "compare the transistor counts of the hyperscalers" listed Microsoft: a comparison of figures
        # is of chips, never a list of organizations
        raise refuse("a comparison of figures is of chips: name the chips, or ask which chips of those companies ...")
    _amount_of_things(question, lex)
    frame = _dies_said(frame, question, lex)
    return _value_class(frame, question, lex)


def _chips_read_as_organizations(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """ "Excluding startups, which chips are built on 7nm?", "Setting aside hyperscalers, which chips
    use HBM?": a kind of organization set aside up front was read as the organizations asked for
    ("organizations · not a unicorn startup": AWS, Meta, Qualcomm), where the question asks which
    chips. A question whose first question word is followed by a kind of chip ("which chips", "what
    accelerators") is never answered with organizations: refused."""
    if not (frame.ask == F.ORGS or frame.counting_orgs):
        return
    items = [x for x in said if not (x.kind == "word" and x.role == "filler" and not x.value)]
    k = next((j for j, x in enumerate(items) if x.kind == "word" and x.role in ("wh", "count")), None)
    if k is None or k + 1 >= len(items):
        return
    asked = items[k + 1]
    if (
        asked.kind == "term"
        and asked.terms
        and all(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in asked.terms)
    ):
        raise refuse(
            f"'{items[k].text} {asked.text}' asks for chips, and the question reads as one about organizations; "
            "ask for the chips of a kind of organization ('which chips from startups ...'), or for the organizations"
        )


def _organizations_read_as_chips(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """ "Which brands use LPDDR5?", "Which chip startups use HBM?", "Which silicon vendors use SRAM?":
    the noun after the question word names organizations, a maker's noun ("brands", "suppliers":
    words of the designer relation) or a kind of organization after a word for chips (the head of
    "chip startups" is "startups"), and the question was answered with chips (the designer relation
    dropped, or the kind read as a condition on the chips); so were "which providers", "which names"
    (a verb of no relation, a form of answer). A question whose first question word is followed so is
    never answered with chips: refused."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK) or frame.counting_orgs:
        return
    items = [x for x in said if not (x.kind == "word" and x.role == "filler" and not x.value)]
    k = next((j for j, x in enumerate(items) if x.kind == "word" and x.role in ("wh", "count")), None)
    if k is None or k + 1 >= len(items):
        return
    asked = items[k + 1]
    makers = (CK + "designedBy", CK + "manufacturedBy")
    maker = asked.kind == "term" and asked.terms and all(t in makers for t in asked.terms)

    def org_kind(x: Item) -> bool:
        return x.kind == "term" and bool(x.terms) and all(t == ORG or ORG in lex.subclasses.get(t, []) for t in x.terms)

    at = next(j for j, x in enumerate(said) if x is asked)
    compound = (
        at + 1 < len(said)
        and said[at + 1] is (items[k + 2] if k + 2 < len(items) else None)  # right after: "chip startups"
        and asked.kind == "term"
        and asked.terms
        and all(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in asked.terms)
        and k + 2 < len(items)
        and (
            org_kind(items[k + 2])
            or (  # "which chip brands": a maker's noun after a singular word for chips (not "chips designed by")
                not asked.plural
                and items[k + 2].kind == "term"
                and items[k + 2].text.lower().endswith("s")
                and bool(items[k + 2].terms)
                and all(t in makers for t in items[k + 2].terms)
            )
        )
    )
    # "which providers", "which names": an agent's noun ask reads as a verb of no relation, or a form of answer
    # (a noun, then the verb: "which offers the highest?" has the verb right after "which")
    verb_next = k + 2 < len(items) and (
        (items[k + 2].kind == "word" and (items[k + 2].role == "aux" or items[k + 2].value in ("holds", "verb")))
        or (items[k + 2].kind == "term" and any(t in RELATIONS for t in items[k + 2].terms))
    )
    unread = (
        asked.kind == "word"
        and asked.role == "filler"
        and asked.value in ("answering", "verb")
        and asked.text.lower().endswith("s")
        and verb_next
    )
    if maker or compound or unread:
        words = asked.text + (f" {items[k + 2].text}" if compound else "")
        raise refuse(
            f"'{items[k].text} {words}' asks for organizations, and the question reads as one about chips; "
            "ask which companies (or which startups, vendors ...), or for the chips of a kind of organization "
            "('which chips from startups ...')"
        )


def _made_for_an_organization(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """ "Which companies make chips for TSMC?" listed TSMC's customers (Apple, Groq, Nvidia, Qualcomm):
    "for" dropped, "make ... TSMC" was read as "made by TSMC", the other way round. The article says
    who designs and who makes each chip, and ask reads an organization after "for" as neither: refused
    after a verb of making, in a question about chips or organizations (a figure "for" a company, its
    market share, is a value; "the members named for the UXL Foundation" is no making)."""
    if frame.ask not in (F.CHIPS, F.ORGS, F.COUNT, F.YESNO, F.TOP, F.RANK):
        return
    items = [x for x in said if not (x.kind == "word" and x.text.lower() in ("the", "a", "an"))]
    makers = (CK + "designedBy", CK + "manufacturedBy", CK + "designs")
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        if (
            x.kind == "word"
            and x.text.lower() == "for"
            and any(y.kind == "term" and set(y.terms) & set(makers) for y in items[:k])
            and after.kind == "entity"
            and after.entities
            and all(lex.is_a(e, ORG) and not lex.is_a(e, CHIP) for e in after.entities)
        ):
            org = lex.entities[after.entities[0]][0]
            raise refuse(
                f"'for {org}': ask reads who designs and who makes each chip, not whom a chip is made for; ask "
                f"which chips {org} designs, or who makes {org}'s chips"
            )


def _part_negated(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """ "Does the Snapdragon 8 Gen 3 lack (not contain) the Adreno 750?", "What GPU is not in the
    Snapdragon?", "Which chips don't contain the Adreno 750?": a negated part read as "not that
    chip" answered 'true' (the Snapdragon is not the Adreno) or listed every other chip, where the
    Adreno is in the Snapdragon (l.97). A yes/no about one chip that sets another chip aside asks
    something else than which chip it is; a negation, or a lack, right before a verb of containing,
    "in" or a chip's name in a list the same: refused, asked positively instead."""
    negated = [c for k in frame.constraints if isinstance(k, F.Identity) and k.negated for c in k.chips]
    if not negated:
        return
    if frame.ask == F.YESNO and set(negated) - set(frame.subjects):
        raise refuse(
            "a yes/no about one chip cannot set another chip aside ('not the Adreno 750'); ask about each "
            "chip, or whether it holds the other ('does the Snapdragon 8 Gen 3 contain the Adreno 750?')"
        )
    items = [x for x in said if not (x.kind == "word" and x.role == "filler" and not x.value)]
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        lack = x.kind == "word" and x.text.lower().startswith("lack") and after.kind == "entity"
        holds = (
            x.kind == "word"
            and x.role == "neg"
            and after.kind == "word"
            and (after.value == "holds" or after.text in ("in", "inside", "within"))
        )
        if lack or holds:
            raise refuse(
                f"'{x.text} {after.text}' asks which chips do not hold a part; the article says which do: "
                "ask positively ('which chips contain the Adreno 750?')"
            )


def _second_subject(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """ "Is Gaudi 3 5nm and Groq 7nm?", "Does Gaudi 3 use HBM and Groq use SRAM?", "Neither Gaudi 3 nor
    Groq is 7nm": an organization named right after a conjunction that follows something other than
    an organization is the subject of a second statement; read into the first, it became "designed by
    Groq" and the yes/no answered false. Two statements in one yes/no are refused."""
    if frame.ask != F.YESNO:
        return
    items = [x for x in said if not (x.kind == "word" and x.role == "filler" and not x.value)]
    for k in range(1, len(items) - 1):
        conj, org = items[k], items[k + 1]
        before = items[k - 1]
        if (
            conj.kind == "word"
            and (conj.role in ("and", "or") or conj.text.lower() == "nor")
            and org.kind == "entity"
            and org.entities
            and all(lex.is_a(e, ORG) for e in org.entities)
            and not (before.kind == "entity" and before.entities and all(lex.is_a(e, ORG) for e in before.entities))
            and not (before.kind == "word" and before.role in ("and", "or"))
        ):
            raise refuse(
                f"'{conj.text} {org.text}' starts a second statement; a yes/no is asked of one thing at a time"
            )


def _node_age_ranked(frame: F.Frame, said: list[Item]) -> None:
    """ "Which chips use HBM? Newest first.", "rank the HBM chips, oldest first": the age of a chip
    ranks process nodes only (the smallest feature size is the newest); ranked by another figure,
    "newest first" was the least HBM capacity first. Refused, as the superlative is
    (frames._ranking_frame)."""
    if frame.ask not in (F.TOP, F.RANK) or frame.metric is None or frame.metric.prop == CK + "featureSize":
        return
    age = next(
        (x.text for x in said if x.kind == "word" and x.role == "super" and x.text in _NODE_AGE),
        None,
    )
    if age is not None:
        raise refuse(
            f"'{age}' compares process nodes (the smallest feature size is the newest); the article does not "
            "date the chips, and the figure named is not a node: rank them by process node"
        )


def _negated_answer_kind(frame: F.Frame, lex: Lexicon) -> None:
    """ "Which companies are members of the UXL Foundation, not Intel?": organizations listed, and a
    negated organization joined to their relation ("not member of Intel") that is of no kind the
    relation's own value is (a chip designer beside a consortium): it more likely leaves Intel out
    of the answer, and read as the relation Intel was listed. Refused: say 'other than Intel'."""
    if frame.ask != F.ORGS:
        return
    relations = [k for k in frame.constraints if isinstance(k, F.Relation)]

    def kinds(iri: str) -> set[str]:
        return set(lex.entities.get(iri, ("", ()))[1]) - {ORG}

    for negated in (k for k in relations if k.negated):
        said = {c for k in relations if not k.negated and k.prop == negated.prop for v in k.values for c in kinds(v)}
        for value in negated.values:
            if said and not kinds(value) & said:
                name = lex.entities.get(value, (value,))[0]
                raise refuse(
                    f"'not {name}' may leave {name} out of the organizations listed, or say what they are not "
                    f"related to: say 'other than {name}' to leave it out"
                )


def _stranded_preposition(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "What's Groq's chip good for?", "what's Nvidia's chip like?": a "what" question ending in a
    preposition asks what stands after it (a use, a description), never which chips they are:
    listed, the vendor's chips were answered. Refused when the frame lists chips, unless "what" is
    followed by the word for the chips asked ("what chips is TSMC known for": those chips)."""
    said = [t for t in tokens(question) if t[:1].isalnum()]
    if (
        frame.ask == F.CHIPS
        and len(said) > 2
        and said[0] in ("what", "what's", "whats")
        and (said[-1],) in phrase_class("stranded")
        and not chipish_any(lex, lex.vocab.get((stem(said[1]),), []))
    ):
        raise refuse(
            f"'... {said[-1]}?' asks what the chips are {said[-1]}, which ask cannot tell; "
            "`chipkg describe` shows what the article states about a chip"
        )


#: where a question's clauses end: a comma (not one inside a number, "1,024"), a semicolon, a colon, a dash
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|;|:|\s+--?\s+|\s*[\u2014\u2013]\s*")
#: where a sentence ends: a stop before a capital or a parenthesis ("i.e. how many" goes on)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z(])")
#: the separators left behind when a clause is taken out
_SEP = r"(?:[,;:]|--?|[\u2014\u2013])"


def _clause_spans(question: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The clauses set off from the question proper, as (start, end) in ``question``: a sentence
    that is not the question (all but those ending in "?", or all but the first when none does), the
    parts of a parenthesis (between commas or semicolons), and, in the question's own sentences,
    the stretches between commas, semicolons, colons and dashes (a lead-in, a closing clause, an
    aside) when there are several; and where the first words of a question's sentence end (up to
    six), for a lead-in with no comma that ends in a word of discourse ("For procurement purposes I
    need ...", "I'm trying to pin down the power of ...": :func:`_without_inert_clauses`)."""
    depth, cuts = 0, [0]
    for k, ch in enumerate(question):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and (m := _SENTENCE_END.match(question, k)) is not None and m.end() > k:
            cuts.append(m.end())
    cuts.append(len(question))
    sentences = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if question[a:b].strip()]
    asking = [s for s in sentences if question[s[0] : s[1]].rstrip().endswith("?")] or sentences[:1]
    spans = [s for s in sentences if s not in asking]
    prefixes: list[tuple[int, int]] = []
    for start, end in sentences:
        text = question[start:end]
        outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
        for m in re.finditer(r"\(([^()]*)\)", text):
            at = start + m.start(1)
            for part in re.finditer(r"[^,;]+", m.group(1)):
                if part.group(0).strip() and part.group(0) != m.group(1):
                    spans.append((at + part.start(), at + part.end()))
            if m.group(1).strip():
                spans.append((at, at + len(m.group(1))))
        if (start, end) not in asking:
            continue
        prefixes.extend((start, start + m.end()) for m in list(re.finditer(r"\S+", outside))[:6])
        pieces, last = [], 0
        for m in _CLAUSE_END.finditer(outside):
            pieces.append((last, m.start()))
            last = m.end()
        pieces.append((last, len(text)))
        if len(pieces) > 1:
            spans += [(start + a, start + b) for a, b in pieces if text[a:b].strip(" ?.!")]
    return spans, prefixes


def _cut(question: str, spans: list[tuple[int, int]], kept: dict[int, str] | None = None) -> str:
    """``question`` without the clauses at ``spans`` (the k-th replaced by ``kept[k]`` if given), with
    the separators and parentheses they leave empty tidied away."""
    kept = kept or {}
    for k, (start, end) in sorted(enumerate(spans), key=lambda ks: -ks[1][0]):
        question = question[:start] + kept.get(k, "") + question[end:]
    question = re.sub(r"\(\s*[,;]*\s*\)", " ", question)
    question = re.sub(r"\(\s*[,;]\s*", "(", question)
    question = re.sub(r"\s*[,;]\s*\)", ")", question)
    question = re.sub(rf"({_SEP})(\s*{_SEP})+", r"\1", question)
    question = re.sub(rf"^\s*{_SEP}\s*", "", question)
    question = re.sub(rf"\s*{_SEP}\s*([?.!]|$)", r"\1", question)
    question = re.sub(rf"([.?!])\s*{_SEP}\s*", r"\1 ", question)
    return " ".join(question.split())


def _same_frame(a: F.Frame, b: F.Frame) -> bool:
    """Whether two frames ask the same: equal but for the order of their conditions, or one said twice
    ("data-centre options: which chips serve data-center workloads" sets the workload once)."""
    try:
        return a._replace(constraints=()) == b._replace(constraints=()) and set(a.constraints) == set(b.constraints)
    except TypeError:  # a condition that cannot be hashed: compared as it stands
        return a == b


_LEAD_IN_BUT = re.compile(r"^([^,;:()]+),\s*but\s+(?=\S)", re.IGNORECASE)


def _lead_in_but(question: str, lex: Lexicon) -> str:
    """ "Sorry if this is obvious, but does the Groq LPU have more SRAM than Gaudi 3?": a lead-in of
    discourse (:func:`chipkg.ask.remarks.inert_clause`, "inert") joined by "but" to the question
    proper is dropped with its "but" before the question is read: left in, the question did not open
    with its auxiliary and a yes/no was answered as another shape (the chip with more SRAM). A
    lead-in that names a thing or holds an operator ("I know Nvidia leads, but ...") stays."""
    m = _LEAD_IN_BUT.match(question)
    if m is None:
        return question
    try:
        items = segment(m.group(1), lex)
    except NoAnswer:
        return question
    return question[m.end() :] if remarks.inert_clause(items, m.group(1)) == "inert" else question


def _noun_phrase_goes_on(lead: str, after: str, lex: Lexicon) -> bool:
    """Whether the words after a lead-in with no comma that opens with a preposition (its words end in a
    noun) go on with its noun phrase: a name, a word of the graph's vocabulary, a
    number or a word ask does not know right after it ("For client devices"), which the word of
    discourse that ends the lead-in modifies, so that the lead-in is not a clause of its own; a function
    word ("For procurement purposes I need ...") does not. A lead-in of the asker's verb ("I'm trying
    to pin down the power of ...") takes what follows as its object: not checked."""
    if lead.split()[0].lower() not in remarks.SCOPING:
        return False
    try:
        items = [x for x in segment(after, lex) if x.kind not in ("comma", "open", "close")]
    except NoAnswer:
        return True
    return bool(items) and items[0].kind in ("term", "entity", "unknown", "qty", "report")


#: where the phrase a preposition opens ends: the end of its clause or sentence
_PHRASE_END = re.compile(r"[,;:?.!()]|\s+--?\s+|[\u2014\u2013]")


def _phrase_after(question: str, end: int) -> int | None:
    """Where the phrase ends that a preposition right after a lead-in with no comma opens ("I could be
    wrong about Nvidia, which chips ...": "about Nvidia" is the lead-in's); None: no preposition there."""
    following = question[end:].split()
    if not following or following[0].lower() not in remarks.SCOPING:
        return None
    m = _PHRASE_END.search(question, end)
    return m.start() if m else len(question)


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
        try:
            rest = segment(question[:start] + " " + question[end:], lex)
        except NoAnswer:
            continue
        outside = frozenset(e for x in rest if x.kind == "entity" for e in x.entities)
        verdict = remarks.inert_clause(items, text, outside)
        if verdict is None:
            continue
        inert = [s for s in inert if not (start <= s[0] and s[1] <= end)] + [(start, end)]
        if (start, end) in lead and (phrase_end := _phrase_after(question, end)) is not None:
            carried.append(((start, end), phrase_end))
        if verdict == "frame":
            known = " ".join(
                x.text for x in items if x.kind != "unknown" and not (x.kind == "word" and x.role == "discourse")
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


def _unsaid_premises(frame: F.Frame, question: str, proper: str, lex: Lexicon) -> F.Frame:
    """ "Which chips are built on 5nm? (I gather the foundry is not named for all of them.)": a clause
    dropped as inert that says the article leaves a relation unstated (:func:`chipkg.ask.remarks.unsaid`
    with a word of stating, not "not a concern") is a premise about the chips answered. It is checked
    where the graph can: beside a list, count or ranking the answer must be the same with the chips
    that state none (``Frame.restated``), so the clause read as a condition ("7nm chips, the foundry
    being unknown") and as a remark give one answer (else refused); of one chip's figure, the chip
    must state none (``Frame.unstated``). Only relations and figures a chip holds itself are checked
    (:data:`chipkg.ask.compile.RELATIONS`, measures of one triple); others are left as read."""
    dropped = [question[a:b] for a, b in _clause_spans(question)[0] if question[a:b].strip() not in proper]
    props: list[str] = []
    for text in dropped:
        try:
            items = [x for x in segment(text, lex) if x.kind not in ("comma", "open", "close")]
        except NoAnswer:
            continue
        if remarks.unsaid(items) and remarks.unsaid_stating(items):
            props += [t for x in items if x.kind == "term" for t in x.terms if _checkable(t) and t not in props]
    if not props:
        return frame
    if frame.ask in (F.CHIPS, F.COUNT, F.RANK, F.TOP) and not frame.counting_orgs:
        return frame._replace(restated=(*frame.restated, *(F.Unstated(p) for p in props)))
    if frame.ask == F.VALUE and len(frame.subjects) == 1:
        return frame._replace(unstated=(*frame.unstated, *(p for p in props if p not in frame.unstated)))
    return frame


def _checkable(prop: str) -> bool:
    """Whether the graph can tell that a chip states no value of ``prop``: a relation of the chip, or
    a measure held by one triple of it."""
    local = prop.removeprefix(CK)
    return prop in RELATIONS or (prop in MEASURES and MEASURES[prop].path == f"{{c}} ck:{local} {{f}} .")


#: values of words that make a parenthesis say more than what the article leaves unstated
_NOT_ONLY_UNSAID = ("whichever", "exclude")
_ONLY_UNSAID_ROLES = ("filler", "aux", "neg", "discourse")


def _unsaid_asides(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Which chips are made by TSMC (the foundry being unstated)?", "which chips are built on 7nm
    (foundry unstated)?": a parenthesis that says the article leaves a property unstated
    (:func:`chipkg.ask.remarks.unsaid`) is read in place as a remark on how figures are phrased, which
    changes nothing; main so answered the TSMC chips. Refused when the frame rests on the property (the
    remark contradicts the question), and beside a list when it is no statement ("(foundry unstated)"
    may pick out the chips whose foundry is unstated, which the list does not)."""
    parts = [p.strip() for m in re.finditer(r"\(([^()]*)\)", question) for p in re.split(r"[,;]", m.group(1))]
    for part in parts:  # "(no foundry given, just the node)": each part a remark of its own
        try:
            items = [x for x in segment(part, lex) if x.kind not in ("comma", "open", "close")]
        except NoAnswer:
            continue
        said = remarks.unsaid(items)
        if said is False or not all(
            x.kind == "term"
            or (
                x.kind == "word" and x.role in ("filler", "aux", "neg", "discourse") and x.value not in _NOT_ONLY_UNSAID
            )
            for x in items
        ):
            continue  # "(any capacity, including unstated)", "(rather than leaving the fab unstated)": read as before
        properties = {t for x in items if x.kind == "term" for t in x.terms}
        used = remarks.rests_on(frame)
        if properties and (used is None or properties & used):
            raise refuse(f"'({part})' says the article leaves unstated what the question asks")
        if said is None and frame.ask in (F.CHIPS, F.COUNT, F.RANK, F.TOP, F.ORGS):
            raise refuse(f"'({part})' may say which chips to keep (those it leaves unstated); ask it so")


def _dies_said(frame: F.Frame, question: str, lex: Lexicon) -> F.Frame:
    """ "How many cores does the CS-3 have across both dies combined?": a words.tsv ``chipscope``
    phrase that counts two dies ("both dies combined", "its two dies together") takes the one chip
    asked of to have two dies, a premise checked when answered (``Frame.chip_premises``): the CS-3
    is one wafer-scale die (l.139), and answered, the premise was dropped unchecked."""
    if frame.ask != F.VALUE or len(frame.subjects) != 1:
        return frame
    for x in segment(question, lex):
        said = x.text.lower().replace("-", " ").split()
        if x.kind == "word" and x.role == "chipscope" and {"two", "both"} & set(said) and {"die", "dies"} & set(said):
            two = (F.Measure(CK + "dieCount", low=2.0, high=2.0),)
            return frame._replace(chip_premises=((frame.subjects[0], two), *frame.chip_premises))
    return frame


#: verbs of building or joining (words.tsv VALUE verb) that say nothing of which way power flows
_NOT_PROVIDING = ("with", "w/", "build", "built", "builds", "building")


def _power_provided(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "How much power does the MTIA v2 supply?", "the power supply of the Grayskull", "chips that
    deliver power over 100 W": a verb of providing (words.tsv VALUE verb: "supply", "deliver",
    "provide") said of power asks for power a chip gives out; the article gives the power a chip
    draws, and read as that it answered the MTIA v2's 90 W. Refused, where the verb changes nothing
    beside any other figure ("the bandwidth its HBM supplies")."""
    asked = set(_compared_measures(frame)) | ({frame.metric.prop} if frame.metric is not None else set())
    asked |= {k.prop for k in (*frame.constraints, *frame.premises) if isinstance(k, F.Measure)}
    if CK + "power" not in asked:
        return
    verb = next(
        (
            it
            for it in segment(question, lex)
            if it.kind == "word"
            and it.role == "filler"
            and it.value == "verb"
            and it.text.lower() not in _NOT_PROVIDING
        ),
        None,
    )
    if verb is not None:
        raise refuse(
            f"'{verb.text}' power: the article gives the power a chip draws, not power it gives out; "
            "ask for its power (draw)"
        )


def _organization_provided(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Who supplies TSMC?", "which companies provide TSMC": an organization right after a verb of
    building or providing (words.tsv VALUE verb) is what is supplied, no relation the article states;
    main read the name as the chips' maker and answered TSMC's customers (Apple, Groq, Nvidia,
    Qualcomm). Refused; "who is supplied by TSMC", "which chips does TSMC supply" still read."""
    if frame.ask not in (F.ORGS, F.COUNT, F.YESNO):
        return
    items = [x for x in segment(question, lex) if not (x.kind == "word" and x.text.lower() in ("the", "a", "an"))]
    for k, (verb, after) in enumerate(zip(items, items[1:], strict=False)):
        if not (verb.kind == "word" and verb.role == "filler" and verb.value == "verb"):
            continue
        if verb.text.lower() in ("with", "w/"):
            continue
        named = items[k + 2] if k + 2 < len(items) else None  # "offer Nvidia chips": a chip's designer
        if (
            after.kind == "entity"
            and after.entities
            and all(lex.is_a(e, ORG) for e in after.entities)
            and (named is None or named.kind not in ("term", "entity"))
        ):
            raise refuse(
                f"'{verb.text} {after.text}': what an organization is supplied with is no relation the article "
                "states; ask which chips it designs or makes"
            )


#: the nouns of amount that are words of ck:capacity ("amount", "quantity"), as stems
_AMOUNT_WORDS = {("amount",), ("amounts",), ("quantiti",)}


def _organizations_asked(frame: F.Frame, question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Which companies get their chips made at TSMC?": the question word asks for organizations
    (a plural kind of organization right after it), but the walk let a later word for chips take the
    answer over ("companies ... chips": chips), and the chips made by TSMC were listed as if they were
    the companies. Whatever the words in between, a question that asks "which companies" is answered
    with organizations or refused: here refused, with the phrasing that reads. A kind that qualifies
    the chips ("which startup chips", "which of the startups' chips") is singular or possessive and
    not caught."""
    if frame.ask not in (F.CHIPS, F.TOP, F.RANK) and not (
        frame.ask == F.COUNT and not frame.counting_orgs and not frame.distinct  # "how many foundries make X"
    ):
        return
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    for wh, kind in zip(said, said[1:], strict=False):
        if not (wh.kind == "word" and wh.role in ("wh", "count")):
            continue
        plural = kind.text.lower().endswith("s")
        spelled = r"[\s-]*".join(re.escape(w) for w in kind.text.split())  # "start ups" was typed "start-ups'"
        if re.search(rf"\b{spelled}'", question, re.IGNORECASE):
            continue  # "which of the startups' chips": the chips of the kind
        if (
            kind.kind == "term"
            and plural
            and kind.terms
            and all(t == ORG or ORG in lex.subclasses.get(t, []) for t in kind.terms)
        ):
            raise refuse(
                f"'{wh.text} {kind.text}' asks for organizations, but the rest reads as a question about "
                f"chips: ask 'which {kind.text} design (or make) chips that ...' or 'which chips ...'"
            )


def _alternative_asked(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Is Gaudi 3 5nm or 7nm?", "is it designed by Intel or AMD?", "Is the NorthPole for training
    or inference?": two values joined by "or" in a yes/no ask which one, and "true" ("it is one of
    them") answers nothing asked; where one value was no node of the graph ("12nm or 14nm": 14 nm a
    feature size) the two were read as both, and "false" denied the true one. Refused, pointing to
    the question that reads. Numeric formats a chip supports stay a yes/no of either ("does it
    support FP8 or BF16?")."""
    if frame.ask != F.YESNO or len(frame.subjects) != 1:
        return
    either = [
        k
        for k in frame.constraints
        if isinstance(k, F.Relation) and not k.negated and len(k.values) > 1 and k.prop == CK + "supportsFormat"
    ]
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and x.value in ("", "place"))]
    for k in range(1, len(said) - 1):
        before, word, after = said[k - 1], said[k], said[k + 1]
        if (
            word.kind == "word"
            and word.role == "or"
            and before.kind in ("entity", "qty")
            and after.kind in ("entity", "qty")
            and not any(set(before.entities) & set(e.values) for e in either)
        ):
            raise refuse(
                f"'{before.text} or {after.text}' asks which one it is, not yes or no: ask about one of them, "
                f"or see `chipkg describe '{lex.entities[frame.subjects[0]][0]}'`"
            )
    for k in frame.constraints:
        if isinstance(k, F.Relation) and not k.negated and len(k.values) > 1 and k.prop in lex.functional:
            values = " or ".join(lex.entities[v][0] for v in k.values)
            chip = lex.entities[frame.subjects[0]][0]
            raise refuse(
                f"'{values}' asks which one it is, not yes or no: ask about one of them, or see "
                f"`chipkg describe '{chip}'`"
            )


def _alternatives_of_two_kinds(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips use HBM or are on 7nm?", "Does the Gaudi 3 use HBM or is it on 7nm?", "How many
    chips are on 5nm or use SRAM?": an "or" between two conditions of different kinds (a memory and a
    node, a designer and a memory) was read as "and": a list gave the chips of both (the intersection,
    2 chips where the union is 9), a yes/no answered false where the first alternative holds. An "or"
    is read only where it joins values of one relation into one condition ("FP8 or FP16", "5nm or
    4nm", "Intel or AMD"): the name (or quantity) right after it must be one of the values of such a
    condition of the frame. Any other "or" between two names or quantities is refused: the answer
    would rest on both conditions where the question asks for either. Chips named on either side
    ("which has more SRAM, the Groq LPU or NorthPole?") are the chips compared, and a parenthesis
    is a remark, checked on its own (``remarks``)."""
    if frame.restated:  # "2 dies or 2 chips": the same condition said again in other words
        return
    depth, outside = 0, []
    for x in items:
        depth += (x.kind == "open") - (x.kind == "close")
        outside.append(depth == 0 and x.kind != "close")

    def kind_said(x: Item) -> bool:  # "startups", "GPUs": a kind of organization or of chip is a condition
        return x.kind == "term" and any(
            (ORG in lex.subclasses.get(t, []) or CHIP in lex.subclasses.get(t, [])) and t not in _GENERAL_KINDS
            for t in x.terms
        )

    content = [k for k, x in enumerate(items) if (x.kind in ("entity", "qty") or kind_said(x)) and outside[k]]
    either = [
        set(k.values) for k in _constraints_within(frame.constraints) if isinstance(k, F.Relation) and len(k.values) > 1
    ]
    precisions = set(frame.metric.precisions) if frame.metric is not None else set()
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role == "or" and x.text.lower() in ("or", "and/or") and outside[k]):
            continue
        before = next((items[j] for j in reversed(content) if j < k), None)
        after = next((items[j] for j in content if j > k), None)
        if before is None or after is None:
            continue
        if any(lex.is_a(e, CHIP) for e in (*before.entities, *after.entities)):
            continue
        if after.kind == "qty" and any(lex.is_a(e, UNIT_KIND) or e == CK + "Die" for e in before.entities):
            continue  # "2 dies or 2 chips": counts of units, said again or refused as glosses are
        between = items[items.index(before) + 1 : items.index(after)]
        if any(y.kind == "word" and y.role in ("neg", "wh") for y in between):
            continue  # another clause, or an "or" inside a negation ("not the process or the foundry")
        named = set(after.entities)
        if named and (any(named & values for values in either) or named <= precisions):
            continue
        raise refuse(
            f"'{before.text} or {after.text}': I can only combine alternatives of the same kind with 'or' "
            "(ask about each condition on its own)"
        )


def _constraints_within(constraints: tuple) -> list[Any]:
    """The constraints of a frame, those of its organizations' chips included."""
    out: list[Any] = []
    for k in constraints:
        out.append(k)
        if isinstance(k, F.OrgOfChips):
            out.extend(_constraints_within(k.constraints))
    return out


def _negated_kind_kept(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Excluding startups, which companies use HBM?", "which non-hyperscaler companies use HBM?": a
    kind of organization right after a negation or exclusion was read as the kind itself
    ("organizations · a unicorn startup": SambaNova). When the frame holds that kind un-negated and
    not negated anywhere, the negation was lost: refused."""
    kinds = _constraints_within(frame.constraints)
    for k, x in enumerate(items[:-1]):
        if not (x.kind == "word" and x.role == "neg"):
            continue
        nxt = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler" and not y.value)), None)
        if nxt is None or nxt.kind != "term" or not nxt.terms:
            continue
        said = {t for t in nxt.terms if t == ORG or ORG in lex.subclasses.get(t, [])}
        if not said:
            continue
        kept = frame.org_class in said or any(isinstance(c, F.Kind) and not c.negated and c.cls in said for c in kinds)
        dropped = any(isinstance(c, F.Kind) and c.negated and c.cls in said for c in kinds)
        if kept and not dropped:
            raise refuse(
                f"'{x.text} {nxt.text}': the exclusion was not read (the answer would be {nxt.text} themselves); "
                f"ask 'which companies other than {nxt.text} ...'"
            )


def _regardless_of_a_name(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips are built on 7nm, regardless of Qualcomm?": "regardless of" changes nothing before
    a relation word ("at any process node"), but before a name it says nothing ask reads, and the name
    was read as a condition (Qualcomm's chips only). Refused."""
    for k, x in enumerate(items[:-1]):
        named = items[k + 1]
        if (
            x.kind == "word"
            and x.text.lower() in ("regardless of", "irrespective of")
            and named.kind == "entity"
            and named.entities
            and all(lex.is_a(e, ORG) or lex.is_a(e, CHIP) for e in named.entities)  # not "regardless of HBM generation"
        ):
            label = lex.entities[named.entities[0]][0]
            raise refuse(
                f"'{x.text} {label}' says nothing of {label} that ask can read; to leave it out, say 'other than'"
            )


def _count_of_named(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "How many of the Gaudi 3, Trainium2 and M4 use HBM?": "how many of" before chips named asks
    how many of them do something; read as "how much HBM" it gave each chip's capacity. Refused; so is
    any "how many" read as one memory figure of several chips ("how many of these use HBM: A, B, C?")
    with no unit said."""
    if frame.ask != F.VALUE:
        return
    if (
        len(set(frame.subjects)) > 1
        and frame.metric is not None
        and frame.metric.technology is not None
        and not any(x.kind == "qty" or (x.kind == "word" and x.role == "unit") for x in items)
        and any(x.kind == "word" and x.text.lower() == "how many" for x in items)
    ):
        raise refuse("'how many' of several chips named asks how many of them do it: ask which of them do")
    for k, x in enumerate(items[:-2]):
        if x.kind == "word" and x.text.lower() == "how many" and items[k + 1].text.lower() == "of":
            rest = [y for y in items[k + 2 :] if not (y.kind == "word" and y.text.lower() in ("the", "a", "an"))]
            if (
                rest
                and rest[0].kind == "entity"
                and rest[0].entities
                and all(lex.is_a(e, CHIP) for e in rest[0].entities)
            ):
                raise refuse(
                    f"'{x.text} of {rest[0].text} ...' asks how many of the chips named do it: ask which of them do"
                )


def _figure_asked_terse(frame: F.Frame, items: list[Item]) -> None:
    """ "blackwell nvlink gpu limit": a search-box question with no auxiliary is read as a yes/no
    when it names a chip and what it has ("blackwell nvlink": true), but a noun for a figure
    (words.tsv filler VALUE noun: "figure", "number", "limit") says a figure is asked, and "true"
    answers nothing asked (the 576-GPU limit was the answer). Refused: the question names no figure
    ask can look up by that word."""
    if frame.ask not in (F.YESNO, F.CHIPS) or any(
        x.kind == "word" and x.role in ("aux", "claimopen", "claimclose", "wh", "who", "count", "value") for x in items
    ):
        return  # "nvlink gpu limit" listed the NVLink GPUs
    noun = next((x for x in items if x.kind == "word" and x.role == "filler" and x.value == "figure noun"), None)
    if noun is not None:
        raise refuse(
            f"'{noun.text}' asks for a figure, but the question does not say which: "
            "name it ('bandwidth', 'scale out', 'SRAM')"
        )


#: the roles of words that say what a question asks (a search-box question has none of them)
_SAYS_WHAT_IS_ASKED = frozenset(
    {"aux", "claimopen", "claimclose", "wh", "who", "count", "value", "super", "rank", "compare", "top"}
)


def _terse_noun_unread(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """A search-box question ("gaudi 3 node accelerators", "blackwell nvlink gpus", "trainium2
    ultracluster size", "gaudi 3 nodes per cluster") has no question word to say what it asks; its
    nouns do. Where one of them was not read as what is asked, the answer was of something else: the
    process node (5nm) for a node's accelerators, the HBM capacity for an UltraCluster's size, 'true'
    for how many GPUs NVLink joins. Refused, each way it shows in the frame:

    - a kind of chip or a unit counted, plural, ends the question ("... gpus", "... dimcs"): it asks
      how many, so a yes/no, or a figure that counts nothing (a process node), does not answer it;
    - a relation asked (a process node, a designer) with a scope ("per cluster"): a scope is a
      figure's, the word before it ("nodes") was read as the wrong thing;
    - a figure or relation of a named chip, with a condition on that chip read from the question's
      other nouns ("node fp8": the process node of Gaudi 3 if it supports FP8; "ultracluster size":
      Trainium2's memory capacity if it is related to UltraClusters): the noun is what the figure is
      of, not a condition on a chip already named."""
    if any(x.kind == "word" and (x.role in _SAYS_WHAT_IS_ASKED or x.value == "imperative") for x in said):
        return
    content = [x for x in said if not (x.kind == "word" and x.role == "filler") and x.kind != "comma"]
    for before, x in zip(content, content[1:], strict=False):
        classes = [c for e in before.entities for c in lex.entities.get(e, ("", ()))[1]]
        system = any(c == SYSTEM or SYSTEM in lex.subclasses.get(c, []) for c in classes)
        if system and x.kind == "term" and CK + "capacity" in x.terms:
            # "trainium2 ultracluster size": the size of the UltraCluster, read as Trainium2's memory
            raise refuse(
                f"'{before.text} {x.text}' asks for the size of {lex.entities[before.entities[0]][0]}, not a "
                "memory's capacity; ask how many chips it scales to"
            )
    if frame.ask not in (F.YESNO, F.VALUE) or not content:
        return
    metric = frame.metric
    counts = (
        frame.ask == F.VALUE
        and metric is not None
        and (MEASURE_DIMENSIONS.get(metric.prop) == "count" or metric.prop in MAXIMA)
    )
    last = content[-1]
    word = last.text.rstrip("?.!").lower()
    kind_plural = (
        last.kind == "term"
        and bool(last.terms)
        and all(chipish_any(lex, [t]) for t in last.terms)
        and word.endswith("s")
        and not word.endswith("ss")
    )
    counted_plural = last.kind == "entity" and last.plural and any(e in lex.counted for e in last.entities)
    # "nvlink gpus", not "previous tpus", nor "nvidia chips" (the company's chips)
    noun_before = (
        len(content) > 1
        and content[-2].kind in ("entity", "term")
        and not any(ORG in lex.entities.get(e, ("", ()))[1] for e in content[-2].entities)
    )
    if (kind_plural or counted_plural) and noun_before and not counts:
        raise refuse(
            f"'{word}' at the end asks how many, and the question does not say of what: "
            f"ask 'how many {word} ...' (per node, in a cluster, over a link)"
        )
    if frame.ask != F.VALUE or metric is None:
        return
    relation = metric.prop in RELATIONS  # a process node, a designer: no figure, so no scope
    kind_last = last.kind == "term" and bool(last.terms) and all(chipish_any(lex, [t]) for t in last.terms)
    if relation and kind_last and noun_before:
        # "gaudi 3 node accelerator": the node's accelerators, read as Gaudi 3's process node
        raise refuse(
            f"'{content[-2].text} {word}' is read as the {lex.terms.get(metric.prop, (metric.prop,))[0]} of the "
            f"chip, with '{word}' left over; say what is asked ('how many {word}s per node')"
        )
    if relation and frame.scope is not None:
        raise refuse(
            f"the question reads as the {lex.terms.get(metric.prop, (metric.prop,))[0]} of the chip, which has "
            f"no figure per {frame.scope.removeprefix(CK).removeprefix('Per').lower()}; name the figure you mean"
        )
    named = set(frame.subjects)
    conditions = [
        k
        for k in frame.constraints
        if (isinstance(k, F.Relation) and not k.negated and not set(k.values) & named) or isinstance(k, F.Kind)
    ]
    in_system = [
        k for k in conditions if isinstance(k, F.Relation) and k.prop in (CK + "relatedSystem", CK + "deployedOn")
    ]
    if named and in_system and metric.prop in MEASURES and metric.prop not in MAXIMA:
        # "trainium2 ultracluster hbm": Trainium2's own 96 GB, read as if an UltraCluster's
        raise refuse(
            f"the question names a system ({', '.join(lex.entities[v][0] for k in in_system for v in k.values)}) "
            f"beside the chip; the article gives the chip's {lex.terms.get(metric.prop, (metric.prop,))[0]}, "
            "not the system's: ask for the chip's figure, or how many chips the system scales to"
        )
    if named and conditions and (relation or (metric.technology is None and metric.prop == CK + "capacity")):
        words = [x.text for x in content if x.kind == "entity" and not set(x.entities) & named]
        shown = words[0] if words else "a noun"
        raise refuse(
            f"'{shown}' is read as a condition on the chip named, not as what is asked of it; "
            "say which figure you mean ('how many chips ...', 'what size ...')"
        )


def _figures_shown(frame: F.Frame, question: str, said: list[Item], lex: Lexicon) -> None:
    """ "Which chips use HBM, with capacities?", "List the 5nm chips with their transistor counts.",
    "Which chips use SRAM? Capacities too.": a measure named after the list, set off by a comma or a
    sentence of its own, or as the chips' own ("their"), asks to show each chip's figure beside it.
    Read as a filter ("has a HBM capacity") it dropped the MI350 (HBM, no capacity stated) and the
    count fell from 5 to 4, with no figure shown. A filter said as one ("with a stated capacity",
    "chips that state an SRAM capacity") is kept; the request is refused: ask for the figures."""
    if frame.ask not in (F.CHIPS, F.COUNT) or frame.counting_orgs:
        return
    props = {k.prop for k in frame.constraints if isinstance(k, F.Measure) and k.low is None and k.high is None}
    if not props:
        return
    sentences = SENTENCE_BREAK.split(question.strip())
    later = [x for s in sentences[1:] for x in segment(s, lex)] if len(sentences) > 1 else []
    items = said
    for k, x in enumerate(items):
        if x.kind != "term" or not props & set(x.terms):
            continue
        before = items[:k]
        j = len(before)
        while j > 0 and before[j - 1].kind == "word" and before[j - 1].text.lower() in _SHOWN_LEADS:
            j -= 1
        led = [w.text.lower() for w in before[j:]]
        if any(w in ("a", "an", "stated", "any", "given") for w in led):
            continue  # "with a stated capacity": a filter said as one
        # "with their capacities", "List the SRAM chips and capacities", "...; show capacities"
        own = any(w in ("their", "its", "and", "show", "showing", "giving", "listing", "plus") for w in led)
        set_off = (j > 0 and before[j - 1].kind == "comma") or any(
            y.kind == "term" and props & set(y.terms) for y in later
        )
        answered_before = any(
            y.kind == "term"
            and any(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in y.terms)
            or y.kind == "entity"
            for y in before[:j]
        )
        if (own or set_off) and answered_before:
            phrase = " ".join([*led, x.text.rstrip(".?!,")])
            raise refuse(
                f"'{phrase}' asks to show each chip's figure beside the answer, not to narrow it; ask for "
                "the figures ('what is the HBM capacity of each chip that uses HBM?') or for the chips alone"
            )


#: the words that may lead a measure asked to be shown beside a list ("..., with their capacities")
_SHOWN_LEADS = frozenset(
    {
        *("with", "and", "plus", "also", "show", "showing", "giving", "listing"),
        *("their", "its", "a", "an", "stated", "any", "given"),
    }
)


def _amount_of_things(question: str, lex: Lexicon) -> None:
    """ "What quantity of chips use HBM?", "what amount of GPUs": a noun of amount (a word of
    ck:capacity, or words.tsv's "amount of", "size of") before "of" and a kind of chip or organization
    asks how many there are, not a memory's capacity (read as that, "what amount of chips use HBM"
    ranked the HBM chips by capacity). Refused: 'how many' says it."""
    items = [x for x in segment(question, lex) if not (x.kind == "word" and x.text.lower() in ("the", "a", "an"))]
    for k, it in enumerate(items[:-1]):
        if it.kind == "term" and CK + "capacity" in it.terms and stems(it.text) in _AMOUNT_WORDS:
            if items[k + 1].text.lower() != "of" or k + 2 >= len(items):
                continue
            said, kind = f"{it.text} of", items[k + 2]
        elif it.kind == "word" and it.role == "value" and it.text.lower().endswith(" of"):
            said, kind = it.text, items[k + 1]  # words.tsv "amount of", "size of"
        else:
            continue
        if kind.kind == "term" and (
            chipish_any(lex, list(kind.terms)) or any(t == ORG or ORG in lex.subclasses.get(t, []) for t in kind.terms)
        ):
            raise refuse(f"'{said} {kind.text}' asks how many: ask 'how many {kind.text}'")
        # "quantity of Groq LPUs", "amount of Blackwell GPUs" (not "the size of the MTIA v2": its figure)
        chips = kind.kind == "entity" and kind.entities and stems(said.split()[0]) in _AMOUNT_WORDS
        if chips and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in kind.entities):
            # "what quantity of Groq LPUs does TSMC make": how many of that chip there are
            raise refuse(f"'{said} {kind.text}' asks how many of a chip there are, which the article does not say")
    _amount_made(items, lex)


def _amount_made(items: list[Item], lex: Lexicon) -> None:
    """ "In what quantity does TSMC make the Groq LPU?", "in what quantities is the Gaudi 3 produced":
    a noun of amount (a word of ck:capacity) beside a verb of making (a word of ck:designedBy or
    ck:manufacturedBy), with no memory named, asks how many are made; read as the memory's capacity,
    the chip's memory sizes were answered. The article states no production quantity: refused."""
    amount = next(
        (x for x in items if x.kind == "term" and CK + "capacity" in x.terms and stems(x.text) in _AMOUNT_WORDS), None
    )
    if amount is None:
        return
    making = any(
        x.kind == "term" and {CK + "designedBy", CK + "manufacturedBy"} & set(x.terms) and x is not amount
        for x in items
    )
    memory = any(
        (x.kind == "entity" and any(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in x.entities))
        or (x.kind == "term" and (CK + "memory" in x.terms or CK + "onChip" in x.terms))
        for x in items
    )
    if making and not memory:
        raise refuse(f"'{amount.text}' with a verb of making asks how many are made, which the article does not say")


def _compared_measures(frame: F.Frame) -> list[str]:
    """The measures a frame compares: its figure when it ranks or leads ("is A faster than B at
    clock speed" is a top of two), each bounded measure ("faster than 1 GHz"), each chip's figure
    against another's (Than), within nested frames too."""
    out = []
    if frame.metric is not None and frame.ask in (F.TOP, F.RANK):
        out.append(frame.metric.prop)
    for k in (*frame.constraints, *frame.premises):
        if isinstance(k, F.Measure) and (k.low is not None or k.high is not None):
            out.append(k.prop)
        elif isinstance(k, F.Than):
            out.append(k.metric.prop)
        elif isinstance(k, F.TopOf):
            out += _compared_measures(k.frame)
        elif isinstance(k, F.OrgOfChips):
            out += _compared_measures(F.Frame(F.CHIPS, k.constraints))
    return out


def _comparative_fits(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "is NorthPole faster than Groq at memory capacity": a comparative that says what it compares
    (words.tsv role ``fits``: "faster" a speed, "finer" a node) must fit a figure the question
    compares; said of none ("faster" of a data size) the question is refused, not read as "more"
    (it answered true, NorthPole's 192 MB against 128 MB)."""
    compared = [(p, MEASURE_DIMENSIONS.get(p)) for p in _compared_measures(frame)]
    if not compared:
        return
    items = segment(question, lex)
    for k, it in enumerate(items):
        if not (it.kind == "word" and it.role in ("comparative", "cmp", "cmp_after", "super", "rank")):
            continue  # a superlative too, and a ranking's "fastest first" (it ranked by HBM capacity)
        said_as = re.sub(r"\s+first\W*$", "", it.text) if it.role == "rank" else it.text
        after = items[k + 1] if k + 1 < len(items) else None
        if it.role == "super" and after is not None and after.kind == "word" and after.role == "filler":
            said_as = f"{said_as} {after.text}" if fits(f"{said_as} {after.text}") is not None else said_as
        dimensions = fits(said_as)
        if dimensions is None or any(d in dimensions for _, d in compared):
            continue
        said = ", ".join(
            sorted({f"{lex.terms.get(p, (p.rsplit('#', 1)[-1], False))[0]} (a {d or 'figure'})" for p, d in compared})
        )
        raise refuse(f"'{it.text}' does not fit {said}: ask 'more' or 'less' of it, or for a figure '{it.text}' fits")


def _value_class(frame: F.Frame, question: str, lex: Lexicon) -> F.Frame:
    """ "Which chips are available on cloud platforms?", "maia 100 cloud platform": a word for a kind
    of a relation's value (:attr:`Lexicon.value_classes`: ck:CloudPlatform, below ck:System) asks for
    values of that kind only: the chips deployed on a cloud platform (not on SambaNova's own
    platform), the Maia 100's platforms that are clouds. Joined by "or" to the word for any such
    value ("a cloud service or platform") it narrows nothing. A value the question names must be
    of the kind; a kind said where the question asks no relation to a system is refused."""
    items = segment(question, lex)
    said = {
        k: lex.value_classes[stems(it.text)]
        for k, it in enumerate(items)
        if it.kind in ("term", "word") and stems(it.text) in lex.value_classes
    }
    narrow = {k: c for k, c in said.items() if c not in VALUE_CLASS_ROOTS}
    if not narrow:
        return frame
    joined = {
        j
        for k in said
        for j in (k, k + 2)
        if k + 2 in said
        and items[k + 1].kind == "word"
        and items[k + 1].role == "or"
        and (said[k] in VALUE_CLASS_ROOTS) != (said[k + 2] in VALUE_CLASS_ROOTS)
    }
    words = ", ".join(repr(items[k].text) for k in sorted(narrow))
    if joined:
        if set(narrow) <= joined:
            return frame  # "a cloud service or platform": any system, whichever kind
        raise refuse(f"{words}: a kind of system said both alone and as one of any; ask with one of them")
    if len(set(narrow.values())) > 1:
        raise refuse(f"{words}: more than one kind of system; ask about one")
    (cls,) = set(narrow.values())
    label = lex.terms.get(cls, (cls.rsplit("#", 1)[-1], True))[0]
    props = {p for p, r in _RANGES.items() if r in VALUE_CLASS_ROOTS}
    changed = False

    def narrowed(k: Any) -> Any:
        nonlocal changed
        if isinstance(k, F.Relation) and k.prop in props and not k.inverse:
            changed = True
            if not k.values:
                return k._replace(cls=cls)
            other = [v for v in k.values if not lex.is_a(v, cls)]
            if other:
                raise refuse(f"{_names_of(other, lex)} is no {label} in the graph")
            return k
        if isinstance(k, F.OrgOfChips):
            return k._replace(constraints=tuple(narrowed(x) for x in k.constraints))
        if isinstance(k, F.TopOf):
            return k._replace(frame=of_frame(k.frame))
        return k

    def of_frame(f: F.Frame) -> F.Frame:
        nonlocal changed
        metric = f.metric
        if metric is not None and metric.prop in props:
            changed = True
            metric = metric._replace(value_class=cls)
        return f._replace(
            constraints=tuple(narrowed(k) for k in f.constraints),
            premises=tuple(narrowed(k) for k in f.premises),
            chip_premises=tuple((chip, tuple(narrowed(k) for k in said)) for chip, said in f.chip_premises),
            restated=tuple(narrowed(k) for k in f.restated),
            metric=metric,
        )

    out = of_frame(frame)
    if not changed:
        raise refuse(f"{words} says a kind of system, and the question asks of no system a chip runs on or serves")
    return out


def _names_of(iris: list[str], lex: Lexicon) -> str:
    return " and ".join(lex.entities.get(i, (i, ()))[0] for i in iris)


def _one_name_asked(frame: F.Frame, items: list[Item]) -> bool:
    """Whether a value question asks the figure of one chip, or of the chips of one name ("Tenstorrent's
    Grayskull": the e75 and the e150, whose figure the article states once for both): what a hedge
    said of "the figure" is told of. Each figure answered is checked (answer._check_stated)."""
    if len(frame.subjects) == 1:
        return True
    named = [x for x in items if x.kind == "entity" and set(x.entities) & set(frame.subjects)]
    return len(named) == 1 and set(named[0].entities) == set(frame.subjects)


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


#: a parenthesis at the end of a question, or its last comma and what follows
_TRAILING_ASIDES = (re.compile(r"\s*\(([^()]*)\)\s*\??\s*$"), re.compile(r"\s*,([^,()]*)\??\s*$"))
#: an aside inside a question: a parenthesis anywhere, a span between dashes, a span between commas
#: right after the chip's name ("does the Groq LPU, a GPU, have ...", "X (the 7nm chip) has ..., right?")
_INNER_ASIDES = (
    re.compile(r"\s*\(([^()]*)\)"),
    re.compile(r"\s+[\u2014\u2013]+\s*([^\u2014\u2013]+?)\s*[\u2014\u2013]+\s+|\s+--?\s+(.+?)\s+--?\s+"),
    re.compile(r"\s*,([^,()]*),"),
)


def _premise_aside(frame: F.Frame, question: str, lex: Lexicon, typos: bool) -> F.Frame:
    """ "Does the M4 have more than 30 TOPS (the 5nm one)?", "... , from Nvidia": an aside at the end
    of a yes/no about one chip that only adds conditions to it says something of the chip (a
    premise), which the answer checks: the yes/no is the question without it, and a premise the
    article rules out is refused as false, not answered "false" (the M4 is on 3nm, and has 38 TOPS)."""
    if frame.ask != F.YESNO or len(frame.subjects) != 1 or frame.premises:
        return frame
    # an aside inside the question (after the chip's name, or anywhere in parentheses) is tried
    # first: read as one more condition it made a premise the article rules out answer "false" ("does
    # the Groq LPU, a GPU, have more than 100 MB of SRAM?"), and the trailing comma would take the
    # question itself for the aside ("..., have more than 100 MB of SRAM?")
    candidates: list[tuple[str, str]] = []
    for pattern in _INNER_ASIDES:
        for found in pattern.finditer(question):
            inner = next(g for g in found.groups() if g is not None)
            if pattern is _INNER_ASIDES[2] and not _after_the_chip(question[: found.start()], frame.subjects[0], lex):
                continue
            candidates.append((inner, (question[: found.start()] + " " + question[found.end() :]).strip()))
    for pattern in _TRAILING_ASIDES:
        trailing = pattern.search(question)
        if trailing is not None:
            candidates.append((trailing.group(1), question[: trailing.start()].strip()))
    for aside, rest in candidates:
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
    return frame


def _aside_spans(question: str) -> list[tuple[int, int, str]]:
    """The asides of ``question`` (:data:`_INNER_ASIDES`, :data:`_TRAILING_ASIDES`) that do not
    overlap one found before: (start, end, their words), in order."""
    out: list[tuple[int, int, str]] = []
    for pattern in (*_INNER_ASIDES, *_TRAILING_ASIDES):
        for found in pattern.finditer(question):
            inner = next((g for g in found.groups() if g is not None), "")
            if inner.strip() and not any(a < found.end() and found.start() < b for a, b, _ in out):
                out.append((found.start(), found.end(), inner))
    return sorted(out)


def _without_spans(question: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, _ in sorted(spans, reverse=True):
        question = question[:start] + " " + question[end:]
    return " ".join(question.split())


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


def _after_the_chip(before: str, chip: str, lex: Lexicon) -> bool:
    """Whether the words ``before`` an aside end with the name of ``chip`` ("does the Groq LPU"):
    a span between commas there is said of the chip ("..., a GPU, ...")."""
    said = [x for x in segment(before, lex) if not (x.kind == "word" and x.role == "filler")]
    return bool(said) and said[-1].kind == "entity" and chip in said[-1].entities


def _yes_no_after_lead_in(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Going by d-Matrix's claims, does the Corsair C8 deliver more than 9 petaflops?": a lead-in up
    to a comma, then an auxiliary, asks yes or no. Answered only as a yes/no (or a comparison of two
    chips asked yes/no); read as anything else (a one-chip list), it is refused."""
    items = segment(question, lex)
    comma = next((k for k, it in enumerate(items) if it.kind == "comma"), None)
    if comma is None or any(it.kind == "word" and it.role in ("wh", "who", "count") for it in items[:comma]):
        return
    main = next((it for it in items[comma + 1 :] if not (it.kind == "word" and it.role == "filler")), None)
    if main is None or not (main.kind == "word" and main.role == "aux"):
        return
    if (
        frame.ask == F.YESNO
        or (frame.ask in (F.TOP, F.RANK) and frame.claim is not None)
        or (frame.ask == F.GENERATION and frame.generation is not None)
    ):
        return
    raise refuse("the question asks yes or no after its lead-in, and I could not read it as one")


def _one_named_in_a_list(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """A list or count of chips whose only named chip narrows it to that one chip ("Which chips
    support INT8, counting NorthPole's 8-bit precision as INT8?") answers at most that chip: the
    name was said about the list (an example, a reading of its figure), not as the list's bounds,
    and the answer would leave out every other chip that fits. Refused, naming the chip; so are
    several named after a comma or in a parenthesis ("..., in addition to A and B"). Two or more named
    up front ("which of A and B ..."), a named chip set aside ("other than A"), a name that is
    the whole question ("which chip does the article describe as a Language Processing Unit") and a
    question with no plural word for chips ("which of groq lpu supports bf16": the field is the one
    chip, said so) stay."""
    if frame.ask not in (F.CHIPS, F.COUNT) or frame.counting_orgs or frame.group_by:
        return
    named = [k for k in frame.constraints if isinstance(k, F.Identity) and not k.negated]
    if not (len(named) == 1 and len(frame.constraints) > 1):
        return
    items = segment(question, lex)
    plural = any(
        it.kind == "term" and CHIP in it.terms and it.text.endswith("s") and not it.text.endswith("ss") for it in items
    )
    # several names after a comma or in a parenthesis ("which chips support INT8, in addition to the
    # Groq LPU and NorthPole?", "(A and B too)") are said about the list, not its bounds, as one is
    apart = next((k for k, it in enumerate(items) if it.kind in ("comma", "open")), len(items))
    said_apart = all(
        k > apart for k, it in enumerate(items) if it.kind == "entity" and set(it.entities) & set(named[0].chips)
    )
    if plural and len(set(named[0].chips)) == 1:
        label = lex.entities.get(named[0].chips[0], (named[0].chips[0],))[0]
        raise refuse(
            f"the question asks for a list of chips but names only {label} among them: ask about it "
            f"('does {label} ...?') or leave its name out of the list"
        )
    if plural and said_apart:
        labels = " and ".join(lex.entities.get(c, (c,))[0] for c in dict.fromkeys(named[0].chips))
        raise refuse(
            f"the question names {labels} apart from the list it asks for: to ask among them, say "
            f"'which of {labels} ...'; otherwise leave the names out"
        )


def _listing_sentences(question: str, lex: Lexicon) -> tuple[str, list[tuple[str, str, tuple[str, ...]]]]:
    """ "Whose chips are on 7nm? List the chips.", "... Organizations only, please, not their
    chips.", "... I want the chips themselves, not the process or the foundry.": a later sentence
    that only tells what to list (one class word, with fillers, and an imperative such as "list",
    an "only", or a negation) says what the answer is; what it negates ("not their chips") are the
    things it says not to list. It is taken out of the question and checked against the frame the
    rest parses into (:func:`_check_listed`), so its words cannot join the question as constraints."""
    if len(question) > MAX_QUESTION:
        return question, []
    sentences = SENTENCE_BREAK.split(question.strip())
    kept, listed = sentences[:1], []
    for sentence in sentences[1:]:
        _not_listed(sentence, lex)
        instruction = told(sentence, lex.hedge_names)
        if instruction is not None and not {"chips", "orgs", "names"} & set(instruction.forms):
            kept.append(sentence)  # "Give the multiple as stated.": another form, checked as an instruction
            continue
        said = _listing(sentence, lex)
        if said is not None:
            listed.append(said)
        else:
            kept.append(sentence)
    return (" ".join(kept) if listed else question), listed


def _not_listed(sentence: str, lex: Lexicon) -> None:
    """ "Which companies are members of the UXL Foundation? Don't list Intel.": a later sentence that
    opens with a negation and a verb of listing ("list", "show", "give": words.tsv filler valued
    imperative) sets aside what the answer would list; read into the question, its name joined the
    relation ("not member of Intel") and Intel was listed. Refused: say it in the question."""
    said = [  # "please", "do" before the negation
        x
        for x in segment(sentence.rstrip(".!?"), lex)
        if not (x.kind == "word" and (x.role == "filler" and not x.value or x.role == "aux"))
    ]
    if (
        len(said) >= 2
        and said[0].kind == "word"
        and said[0].role == "neg"
        and said[1].kind == "word"
        and said[1].value == "imperative"
    ):
        raise refuse(
            f"'{sentence.strip()}' sets aside what the answer lists: say it in the question ('other than ...')"
        )


def _listing(sentence: str, lex: Lexicon) -> tuple[str, str, tuple[str, ...]] | None:
    """A sentence that only tells what to list (:func:`_listing_sentences`): (the class listed, the
    sentence, the terms it says not to list), or None."""
    items = segment(sentence.rstrip(".!?"), lex)
    neg = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "neg"), None)
    head, tail = (items, []) if neg is None else (items[:neg], items[neg + 1 :])

    def content(said: list[Item]) -> list[Item]:
        return [x for x in said if x.kind != "comma" and not (x.kind == "word" and x.role in ("filler", "only"))]

    positive = content(head)
    imperative = any(x.kind == "word" and x.value == "imperative" for x in items[:1])
    # "Only their designers.", "Just the names of their designers." ('just' a filler valued only)
    only = any(x.kind == "word" and (x.role == "only" or (x.role == "filler" and x.value == "only")) for x in head)
    if not (len(positive) == 1 and positive[0].kind == "term"):
        return None
    # "makers": a kind of organization that is a relation's word too (ck:manufacturedBy's): the kind
    listed = [t for t in positive[0].terms if t not in RELATIONS and t not in ORG_RELATIONS]
    if len(listed) != 1:
        return None
    if not (imperative or only or neg is not None):
        return None
    negated = [x for x in content(tail) if not (x.kind == "word" and x.role in ("or", "and"))]
    if neg is not None and (not negated or any(x.kind != "term" for x in negated)):
        return None
    return listed[0], sentence, tuple(t for x in negated for t in x.terms)


def _check_listed(frame: F.Frame, cls: str, sentence: str, lex: Lexicon, negated: tuple[str, ...] = ()) -> None:
    """The answer a listing sentence asks for must be the one the question gives: chips for a list,
    top or ranking of chips, organizations (of that class or a narrower one) for a question about
    organizations; and what it says not to list must not be of the kind listed ("Chips, not GPUs"
    would leave chips out): a kind of the other family (chips beside organizations), a technology
    or a relation ("not the process") is not listed anyway; any other kind is refused."""
    said = sentence.strip().rstrip(".!?")
    listed = None
    if cls == CHIP and frame.ask in (F.CHIPS, F.TOP, F.RANK):
        listed = CHIP
    kinds = [k.cls for k in frame.constraints if isinstance(k, F.Kind) and not k.negated]
    if frame.ask == F.ORGS and (cls == ORG or any(cls == k or cls in lex.subclasses.get(k, []) for k in kinds)):
        listed = ORG
    if listed is None and cls in (CHIP, ORG) and frame.ask == F.VALUE and _form_fits(frame, _FORM_OF_CLASS[cls]):
        listed = cls  # "Who makes the M4? Company names only.": one chip's relation to organizations
    if listed is None:
        raise refuse(f"'{said}' asks for other things than the question does: ask for them in the question")
    # chips are never organizations or technologies; organizations never chips, processors or technologies
    others = (ORG, CK + "Technology") if listed == CHIP else (CHIP, PROCESSOR, CK + "Technology")
    for t in negated:
        if _is_class(t, lex) and not any(t == o or o in lex.subclasses.get(t, []) for o in others):
            raise refuse(f"'{said}' sets aside things of the kind the question lists: ask without it")


def _generation_named(frame: F.Frame, as_said: list[Item]) -> tuple[F.Frame, bool]:
    """ "What's the previous generation of the MTIA v2?", "what is the prior generation of
    Trainium2?": the words for a line's earlier generation (words.tsv role ``lineref``), asked of one
    chip with nothing else said, name the chip it succeeds (ck:successorOf), not the claims it makes
    against it (a claim is asked with a word of its own: "improvement over", "faster than", "vs").
    The frame, and whether it now asks the chip's place in its line."""
    metric = frame.metric
    if frame.ask != F.VALUE or metric is None or metric.prop != CK + "claim" or metric.line not in (None, "previous"):
        return frame, False
    if len(frame.subjects) != 1 or frame.constraints or metric.aspect or metric.aspect_words or metric.baseline:
        return frame, False
    said = [
        x
        for x in as_said
        if not (x.kind == "word" and x.role in ("filler", "wh", "value", "aux"))
        and not (x.kind == "term" and x.terms == (CHIP,))  # "which chip is the older generation of ..."
    ]
    if [x.kind for x in said] != ["word", "entity"] or said[0].role != "lineref" or said[0].value != "previous":
        return frame, False
    return frame._replace(metric=F.Metric(CK + "successorOf")), True


def _line_word_kept(frame: F.Frame, as_said: list[Item]) -> None:
    """ "Who succeeded the MTIA v1?": a word of a chip's place in its line ("succeeded", "came
    before") that the frame does not ask (its figure or a condition) was dropped, and the rest read
    as another question ("who designs the MTIA v1": Meta). Refused, naming the word."""
    said = [x for x in as_said if x.kind == "term" and set(x.terms) & _CHIP_TO_CHIP]
    if not said:
        return
    asked = {frame.metric.prop} if frame.metric is not None else set()
    asked |= {k.prop for k in (*frame.constraints, *frame.premises) if isinstance(k, F.Relation)}
    if not asked & _CHIP_TO_CHIP:
        raise refuse(
            f"'{said[0].text}' (a chip's place in its line) was not read into the question; "
            "ask 'which chip succeeded X?' or 'what came before X?'"
        )


def _kind_before_measure(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips have a GPU performance above 5 TFLOPS?": a kind of chip right before a measure's
    word, in a question about several chips, says either the kind of the chips compared or the part
    of each chip whose figure counts (the M4's GPU); read as neither, it was dropped and every chip's
    performance compared. Refused unless the frame keeps the kind as a condition."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK):
        return
    kinds = {k.cls for k in frame.constraints if isinstance(k, F.Kind)}
    for x, after in zip(items, items[1:], strict=False):
        if x.kind != "term" or after.kind != "term" or not set(after.terms) & set(MEASURES):
            continue
        classes = [t for t in x.terms if t != CHIP and lex.terms.get(t, ("", False))[1] and chipish_any(lex, [t])]
        if classes and not set(classes) & kinds:
            raise refuse(
                f"'{x.text} {after.text}': the {after.text} of {x.text}s, or of each chip's {x.text}? "
                f"ask for {x.text}s ('which {x.text}s have ...') or for one chip's {x.text}"
            )


#: the roles of words that say what a sentence asks for (a list, a count, a figure); an order ("slowest
#: first") may follow in a sentence of its own
_ASKING_ROLES = frozenset({"wh", "count", "value"})


def _one_question(question: str, lex: Lexicon) -> list[str]:
    """ "Among the hyperscalers' chips, which are aimed at training? Count AWS's chips as Amazon's.":
    two sentences that each say what they ask for, differently (a list, then a count), are two
    questions; read as one, the second's "count" made the first a count of what both name (it
    answered 1). Refused; a later sentence that only says how to answer or what to list is taken
    out before (instructions, listing sentences), one that names nothing and asks no question
    ("Give the number.", "Count them.") says the answer's shape, and one that sets the scene asks
    for nothing."""
    sentences = SENTENCE_BREAK.split(question.strip())
    if len(sentences) < 2:  # one sentence, one question: nothing segmented again
        return []
    asking: list[tuple[str, frozenset[str]]] = []
    counts: list[str] = []  # later sentences of the answer's shape only that ask a count ("Just the number.")
    for k, sentence in enumerate(sentences):
        try:
            said = segment(sentence, lex)
        except NoAnswer:
            continue
        roles = frozenset(x.role for x in said if x.kind == "word") & _ASKING_ROLES
        named = [x for x in said if x.kind in ("entity", "qty") or (x.kind == "term" and x.terms != (CHIP,))]
        asked = sentence.rstrip().endswith("?")
        if roles and (named or asked or not asking):  # "Give the number.", "Count them": the answer's shape only
            asking.append((sentence, roles))
        if k and not roles and _names_only(said):
            # "Which chips use HBM? Intel too." / "Anything but Intel." / "I already know about Groq.":
            # read into the question, the name narrowed the list to Intel's chips
            names = [lex.entities[x.entities[0]][0] for x in said if x.kind == "entity" and x.entities]
            raise refuse(
                f"'{sentence.strip()}' names {', '.join(names)} after the question without saying what of it "
                f"ask can read: say it in the question (to leave it out: 'other than {names[0]}')"
            )
        if k and roles == {"count"} and not named and not asked:
            counts.append(sentence.strip())
    if len({roles for _, roles in asking}) > 1:
        raise refuse(f"two questions in one ('{asking[0][0]}' and '{asking[1][0]}'): ask one at a time")
    return counts


def _names_only(said: list[Item]) -> bool:
    """Whether a sentence names a thing and holds nothing else ask reads: fillers, auxiliaries,
    conjunctions, negations, commas (no term, number, question word or other role)."""
    if not any(x.kind == "entity" for x in said):
        return False
    return all(
        x.kind in ("entity", "comma") or (x.kind == "word" and x.role in ("filler", "aux", "and", "or", "neg", "gloss"))
        for x in said
    )


def _count_told(frame: F.Frame, counts: list[str]) -> None:
    """ "Which chips are on 7nm? Give the number.": a later sentence that only asks a count is read
    into the question (a count of the chips it lists); where the question's shape has no number to
    give ("Who makes the Groq LPU? Just the number." was answered with the organizations), it would
    be dropped unread: refused, as an instruction asking for a number is (:func:`_check_forms`)."""
    if counts and not _form_fits(frame, "number"):
        raise refuse(
            f"'{counts[0]}' asks for a number, and the question asks for {_answer_shape(frame)}: "
            "ask for what you want in the question itself"
        )


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
    _one_singled_out(question, lex)
    _organizations_verb_chips(question, lex)
    _maker_itself(question, lex)
    return frame


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
        if any(x.kind != "term" and not (x.kind == "word" and x.role == "filler") for x in read):
            raise refused
        out.extend(read)
    return out


def _maker_itself(question: str, lex: Lexicon) -> None:
    """ "Does Nvidia make the Blackwell itself?", "Which chips does Apple make itself?": an
    organization that is the subject of a verb ("does Nvidia ...", past an auxiliary) and a reflexive
    later on ask whether it does so alone, with no foundry; read without it, "make" by the designer
    alone answered 'true' (TSMC builds the Blackwell GPUs, l.41). The article's relations do not
    say who does a thing alone: refused."""
    said_all = tokens(question)
    if find_phrase(said_all, "ownmaker") is not None:
        raise refuse(
            "'by their own ...' asks whether a chip's designer also makes it; the article names who "
            "designs and who manufactures a chip (ask which chips a foundry makes)"
        )
    items = segment(question, lex)
    for k, x in enumerate(items[:-1]):
        if not (x.kind == "word" and x.role == "aux"):
            continue
        org = items[k + 1]
        if not (org.kind == "entity" and org.entities and all(lex.is_a(e, ORG) for e in org.entities)):
            continue
        relies = find_phrase(said_all, "relies")
        if relies is not None:
            raise refuse(
                f"'{org.text} ... {relies[1]}' asks what {org.text} relies on, which the article "
                "does not list; ask which chips it designs"
            )
        said = next(
            (y for y in items[k + 2 :] if y.kind == "word" and (y.text.lower(),) in phrase_class("reflexive")), None
        )
        alone = find_phrase(said_all, "alone")
        if said is None and alone is not None:
            said = Item("word", alone[1])
        if said is not None:
            raise refuse(
                f"'{org.text} ... {said.text}' asks whether {org.text} does it alone; the article names who "
                "designs and who manufactures a chip, not who does it without others"
            )


def _organizations_verb_chips(question: str, lex: Lexicon) -> None:
    """ "Which companies support (run, employ) chips made by TSMC?": a kind of organization, a word
    the question does not read (a plain filler) and a word for chips: the organizations' verb is no
    relation of the graph, and read as "company chips" the chips were listed. Refused, as "which
    companies use chips" is (walk._take_term); a possessive ("the hyperscalers' own chips") keeps
    the kind a qualifier of the chips."""
    items = segment(question, lex)
    for k in range(len(items) - 2):
        org, verb, chips = items[k], items[k + 1], items[k + 2]
        if not (
            org.kind == "term"
            and org.terms
            and all(t == ORG or ORG in lex.subclasses.get(t, []) for t in org.terms)
            and verb.kind == "word"
            and verb.role == "filler"
            and not verb.value
            and chips.kind == "term"
            and chipish_any(lex, list(chips.terms))
        ):
            continue
        if re.search(rf"\b{re.escape(org.text)}'", question, re.IGNORECASE):
            continue  # "the hyperscalers' own chips"
        raise refuse(
            f"'{org.text} {verb.text} {chips.text}': which organizations {verb.text} chips is no relation the "
            "article states; ask which chips, or who designs or makes them"
        )


def _superlative_told(question: str, lex: Lexicon) -> None:
    """ "Which chips use HBM? Just the fastest one.", "... The biggest, please.": a later sentence of
    a superlative alone, no figure named, says "the fastest chip", not the fastest of the figure the
    question names; read into it, the most HBM bandwidth (capacity) was answered. Refused."""
    for sentence in re.split(r"(?<=[.?!])\s+", question.strip())[1:]:
        if sentence.rstrip().endswith("?"):
            continue
        try:
            said = [x for x in segment(sentence, lex) if x.kind != "comma"]
        except NoAnswer:
            continue
        supers = [x for x in said if x.kind == "word" and x.role == "super"]
        if len(supers) == 1 and all(x is supers[0] or (x.kind == "word" and x.role == "filler") for x in said):
            raise refuse(
                f"'{sentence.strip()}' says '{supers[0].text}' of no figure: say in the question which figure "
                "to compare"
            )


def _one_singled_out(question: str, lex: Lexicon) -> None:
    """ "Which chips use SRAM, especially the Groq LPU?": a word that singles out (words.tsv VALUE
    specific: "especially", "particularly", "in particular") before a chip's name, after a word for
    chips in the plural, stresses one chip of a list; read with the name, the list question became
    that chip's figure. Refused: ask for the list, or about the chip."""
    items = [x for x in segment(question, lex) if not (x.kind == "word" and x.text.lower() in ("the", "a", "an"))]
    plural = False
    for k, x in enumerate(items):
        if x.kind == "term" and chipish_any(lex, list(x.terms)) and x.text.lower().endswith("s"):
            plural = True
        after_comma = k > 0 and items[k - 1].kind == "comma"
        two = " ".join(y.text.lower() for y in items[k : k + 2])  # "for one" is two items
        singling = phrase_class("singling")
        said = two if after_comma and tuple(two.split()) in singling else x.text.lower()
        width = 2 if said == two else 1  # items the singling word takes
        if not (
            plural and x.kind == "word" and (x.value == "specific" or (after_comma and tuple(said.split()) in singling))
        ):
            continue
        nxt = items[k + width] if k + width < len(items) else None
        if nxt is not None and nxt.kind == "entity" and nxt.entities and all(lex.is_a(e, CHIP) for e in nxt.entities):
            raise refuse(
                f"'{x.text} {nxt.text}' singles out one chip of the list asked for: ask for the list, or about "
                f"{nxt.text} alone"
            )


def _noun_told(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Does Trillium use HBM? The number, please.", "... Just the figure.": a later sentence of
    fillers only, one of them a noun of what to give (words.tsv ``filler noun``: figure, number,
    value), read as nothing, and the yes or no was answered with the sentence dropped unread. A yes
    or no has no such thing to give: refused, as a form the shape does not give is."""
    if not _answers_yes_no(frame):
        return
    for sentence in re.split(r"(?<=[.?!])\s+", question.strip())[1:]:
        if sentence.rstrip().endswith("?"):
            continue
        try:
            said = segment(sentence, lex)
        except NoAnswer:
            continue
        words = [x for x in said if x.kind != "comma"]
        if words and all(x.kind == "word" and x.role == "filler" for x in words):
            if any(x.value in NOUNS for x in words):
                raise refuse(
                    f"'{sentence.strip()}' asks for something to give, and the question asks for a yes or no: "
                    "ask for what you want in the question itself"
                )


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


#: what each form of the answer an instruction asks for (chipkg.ask.lexicon.FORMS) is, said in a refusal
_FORM_SAID = {
    "yesno": "a yes or no",
    "integer": "a count",
    "number": "a number",
    "names": "names",
    "chips": "chip names",
    "orgs": "organization names",
    "multiple": "a multiple",
    "percentage": "a percentage",
    "figure": "a figure with its hedge",
}


#: the form of the answer (:func:`_form_fits`) a class listed names: chips, organizations
_FORM_OF_CLASS = {CHIP: "chips", ORG: "orgs"}


def _answer_shape(frame: F.Frame) -> str:
    """What a frame's answer is, in the words of a refusal."""
    if _answers_yes_no(frame):
        return "a yes or no"
    if frame.ask == F.COUNT:
        return "a count"
    if frame.ask == F.ORGS:
        return "a list of organizations"
    if frame.ask in (F.CHIPS, F.TOP, F.RANK):
        return "a list of chips"
    if frame.ask == F.VALUE and frame.metric is not None:
        return "a figure" if frame.metric.prop in MEASURES else "what the chip stands in that relation to"
    return "something else"


def _answers_yes_no(frame: F.Frame) -> bool:
    """Whether the frame is answered yes or no: a yes/no, two chips' figures asked yes/no ("is A
    faster than B"), a generation asked yes/no."""
    return (
        frame.ask == F.YESNO
        or (frame.ask in (F.TOP, F.RANK) and frame.claim is not None)
        or (frame.ask == F.GENERATION and frame.generation is not None)
    )


def _form_fits(frame: F.Frame, form: str) -> bool:
    """Whether an answer of the frame's shape is of ``form`` (:func:`_check_forms`)."""
    metric = frame.metric.prop if frame.ask == F.VALUE and frame.metric is not None else None
    share = frame.ask == F.REPORT and frame.report == "market-share"
    if form == "yesno":
        return _answers_yes_no(frame)
    if _answers_yes_no(frame):
        return False
    if form == "integer":  # a count, or one chip's count of something ("how many AMP tiles")
        return frame.ask == F.COUNT or (metric is not None and MEASURE_DIMENSIONS.get(metric) == "count")
    if form == "number":  # a count, a figure, the most or an order of chips by a figure (the figures shown)
        ranked = frame.ask in (F.TOP, F.RANK) and frame.metric is not None and frame.metric.prop in MEASURES
        return frame.ask == F.COUNT or metric in MEASURES or share or ranked
    if form == "chips":
        return frame.ask in (F.CHIPS, F.TOP, F.RANK) or (metric is not None and _RANGES.get(metric) == CHIP)
    if form == "orgs":
        return frame.ask == F.ORGS or (metric is not None and _RANGES.get(metric) in (ORG, CK + "Foundry"))
    if form == "names":  # any names: of chips, organizations, or what a chip stands in a relation to
        return frame.ask in (F.CHIPS, F.ORGS, F.TOP, F.RANK) or (metric is not None and metric not in MEASURES)
    if form == "multiple":  # a comparison claim, stated as a multiple (checked when answered)
        return metric == CK + "claim"
    if form == "figure":  # a figure kept with its hedge: figures shown, or chips listed with their hedges
        return frame.ask not in (F.COUNT, F.YESNO)
    if form == "percentage":  # a figure stated in percent (checked when answered), a market share
        return metric is not None and metric in MEASURES or share
    return False


def _check_forms(frame: F.Frame, forms: tuple[str, ...]) -> F.Frame:
    """ "Answer true or false.", "Just the count, no commentary.", "Full chip names, please.",
    "Give the multiplier.": an instruction that asks for a form of the answer changes nothing when
    the question's own shape gives that form (a yes/no asked yes or no, a count asked for an
    integer, a list of chips asked for chip names, one chip's figure asked with its hedge); asked of
    another shape ("Which chips use HBM? Answer yes or no.", "How many chips use HBM? Company names,
    please.") it would be dropped unread, and the question is refused, saying both. A multiple or a
    percentage asks for the figure in that unit: each figure answered must be stated so (checked
    when answered, ``Frame.units_asked``), never converted."""
    for form in forms:
        if not _form_fits(frame, form):
            raise refuse(
                f"an instruction asks for {_FORM_SAID.get(form, form)}, and the question asks for "
                f"{_answer_shape(frame)}: ask for what you want in the question itself"
            )
    if "percentage" in forms and frame.ask == F.VALUE:  # "as a percentage": the unit asked, as "in percent"
        frame = frame._replace(units_asked=tuple(dict.fromkeys((*frame.units_asked, "percent"))))
    if "multiple" in forms:
        frame = frame._replace(as_multiple=True)
    return frame


def _read_question(question: str, lex: Lexicon, typos: bool, checks: list[remarks.Check]) -> F.Frame:
    # once: the shapes below and the reading share it
    segmented = _name_around_chip(_unit_size(_measure_verbs(segment(question, lex), lex), lex), lex)
    segmented = _use_verbs_of_workloads(segmented, lex)
    segmented = _chip_joined(_most_of_a_chip(_restated_reach(segmented, lex), lex), lex)
    segmented = _chip_node_counted(_scale_reached(segmented, lex), lex)
    segmented = _terse_count_per_group(segmented, lex)
    for pos, it in enumerate(segmented):  # before the whole shapes below: what the graph does not hold
        if it.kind == "word" and it.role == "unheld":
            unheld(segmented, pos, lex)
    segmented = _claimant(segmented, lex, checks)
    _claimant_unnamed(segmented, lex)
    segmented = _relative_which(_statement_asked(segmented, lex))
    _pronoun_without_referent(segmented, lex)
    _range_word_before_number(segmented, lex)
    _name_extended(segmented, question, lex)
    _owner_asked(segmented, question, lex)
    segmented = _own_kind_after(_designer_in_name(segmented, lex), lex)
    as_said = segmented  # before any word is read into another ("higher than" into a superlative)
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
    grouped = _group_superlative(segmented, lex)
    if grouped is not None:  # "which foundry makes the most chips": the count per foundry, its top
        per_group, group = grouped
        frame = _read(per_group, lex, typos, checks)
        if frame.ask != F.COUNT or frame.group_by != group or frame.counting_orgs or frame.distinct:
            raise refuse(f"'{question}' read as '{per_group}' does not count chips per group")
        return frame._replace(top_groups=True)
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
    items = _memory_placed(_class_made_chips(items, question, lex), lex)
    asides: list[tuple[str, str]] = []  # "LPDDR4 as opposed to LPDDR4X": (LPDDR4, LPDDR4X)
    opposed: list[tuple[str, str, tuple[str, ...]]] = []  # "mobile rather than data centres": checked when answered
    items = _compared_only(_chip_scope_figure(_counted_parenthesis(items, lex), lex), lex)
    items = _measure_only(_peak_of(items, lex), checks)
    items = _scales(_chip_or_card(_contrasts(_asides(items, lex), lex, asides, opposed)), lex)
    items = _where_named(_from_range(items), lex, checks)
    items = _fronted_organizations(items, lex)  # "Among startups, which chips ..."
    items, claimed = _yes_no_comparison(
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
        ),
        lex,
    )
    items, than = _than_named(items, lex)
    items, same = _same_as(items, lex)
    items = _comparatives(items, lex)
    items, baseline, aspect_words = _claim_words(items, lex)
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
        )
    }
    spoken_names = [x for k in sorted(spoken) for x in spoken[k][1]]
    section = _cited_section(
        [items[k - 1] for k in sorted(cited)] + [items[k] for k in sorted(placed)] + spoken_names, items, lex
    )
    # "per the introduction": the word that cites goes with the section ("per" is a scope elsewhere)
    citing = set()
    for k in {*(k - 1 for k in cited), *placed}:
        j = k - 1
        while j >= 0 and items[j].kind == "word" and items[j].text == "the":
            j -= 1
        if j >= 0 and items[j].kind == "word" and items[j].text == "per":
            citing.add(j)
    gone = {*cited, *(k - 1 for k in cited), *placed, *citing, *(j for k in spoken for j in spoken[k][0])}
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
    named_classes = {
        c for x in items if x.kind == "entity" for e in x.entities for c in lex.entities.get(e, ("", ()))[1]
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
    # "which chips have over 1 TB/s of bandwidth, counting memory ...": a participle in a question that
    # already asks "which" says what is counted in, it does not ask how many
    items = [
        it._replace(role="filler")
        if it.kind == "word"
        and it.role == "count"
        and (
            (
                it.text in ("counting", "counted")
                and k >= 2
                and any(x.kind == "word" and x.role in ("wh", "who") for x in items[:k])
            )
            or _excluding_count(items, k)
        )
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
            and all(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in items[k + 1].terms)
        ),
    )
    # "connect to the host over PCIe 4.0": 'over' before a name is a preposition, not a comparison
    items = _drop(
        items,
        lambda k, it: (
            it.kind == "word"
            and it.role == "cmp"
            and it.text == "over"
            and k + 1 < len(items)
            and items[k + 1].kind == "entity"
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
    # "what year was the MI350 produced": the year of production; "produced" alone would be its maker
    year = any(it.kind == "word" and it.role == "wh" and it.value == "year" for it in items)
    if year:
        items = [
            it._replace(terms=(CK + "productionYear",))
            if it.kind == "term" and set(it.terms) == {CK + "designedBy", CK + "manufacturedBy"}
            else it
            for it in items
        ]
    items = _epithets(items, lex)
    unknown = [it.text for it in items if it.kind == "unknown"]
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
    frame = _frame(st, items)
    _one_unit_kind(frame, st.perf_unit)
    if than is not None:
        frame = _than_frame(frame, than, lex)
    if nth is not None:
        if frame.ask != F.TOP or frame.metric is None or frame.claim is not None:
            raise refuse("a place in a ranking ('the second most') is asked of chips by one figure")
        frame = frame._replace(ask=F.RANK, n=nth[1], nth=True, place_after=place_after)
    if same is not None:
        if frame.ask not in (F.CHIPS, F.COUNT) or frame.counting_orgs or frame.group_by:
            raise refuse(f"'the same ... as {lex.entities[same[1]][0]}' is asked of a list or count of chips")
        frame = frame._replace(constraints=(*frame.constraints, F.SameAs(*same)))
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
    if asides:
        frame = _set_aside(frame, asides, lex)
    if opposed:  # "mobile rather than data centres": answered only if no chip answered is one
        answers = (F.ORGS,) if all(named == (CHIP,) for _, _, named in opposed) else (F.CHIPS, F.COUNT, F.YESNO)
        if frame.ask not in answers or frame.counting_orgs or frame.group_by or frame.distinct:
            raise refuse(f"'{opposed[0][0]}' " + _OPPOSED)
        frame = frame._replace(rather_than=tuple((words, named) for _, words, named in opposed))
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
    _qualifier_alone(frame, items)
    _joinable_alone(frame, items, lex)
    _link_bandwidth_unnamed(frame, items)
    if st.any_precision and (frame.metric is None or frame.metric.prop != CK + "performance") and not frame.constraints:
        # "which chips support any precision": no precision asked, and nothing else either (it listed
        # every chip); beside a constraint ("which chips support FP8 (any precision)") it changes nothing
        raise refuse("'any precision' is said of performance figures compared ('the most TOPS, any precision')")
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
    if st.chip_or_scope in ("PerSystem", "any") and frame.ask in (F.TOP, F.RANK) and frame.metric is not None:
        # "which chip or system has the most memory": systems' figures compete, each shown with its
        # scope; "any scope": every scope's figures do
        if st.scope_asked or st.chip_scope:
            raise refuse("the question names scopes that contradict each other")
        scope = "any" if st.chip_or_scope == "any" else CK + st.chip_or_scope
        frame = frame._replace(metric=frame.metric._replace(with_scope=scope))
    elif st.chip_or_scope == "any":
        raise refuse("'any scope' lets figures of every scope compete: ask for the most, the least or a ranking")
    elif st.chip_or_scope:
        metric = frame.metric or next((k for k in frame.constraints if isinstance(k, F.Measure)), None)
        also = MEASURES[metric.prop].also_scope if metric is not None and metric.prop in MEASURES else None
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
        frame = frame._replace(
            constraints=tuple(
                k._replace(low=k.high, low_inclusive=True, high=None)
                if isinstance(k, F.Measure) and k.low is None and k.high is not None and k.high_inclusive
                else k
                for k in frame.constraints
            )
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
    if _one_chip_said(items, lex) or _the_chip_said(frame, items, lex):
        st.chip_scope = True
    if _whole_chip_summed(frame, st):
        st.chip_scope = True
        frame = frame._replace(summed=True)
    if st.chip_scope:  # every figure the frame compares is then a per-chip one, whatever its measure allows
        frame = frame._replace(
            chip_scope=True,
            metric=frame.metric._replace(chip_only=True) if frame.metric is not None else None,
            constraints=tuple(
                k._replace(chip_only=True) if isinstance(k, (F.Measure, F.Memory)) else k for k in frame.constraints
            ),
        )
    if st.scope_asked:
        text, scope = st.scope_asked
        # "the largest model of the AI 100 Ultra per system": one chip's figure, its superlative the
        # figure's own ("max", "largest": its upper bound), shown with its hedge
        shapes = {"rank", "top"} if len(frame.subjects) == 1 else {"super", "rank", "top"}
        if frame.ask != F.VALUE or not scope or st.chip_scope or shapes & set(st.shape_words):
            raise refuse(f"figures {text} are not compared here; `chipkg describe` shows each figure's scope")
        frame = frame._replace(scope=CK + scope)
    frame = _link_purpose(frame, segmented, lex)  # as said: "CS-3 systems" (an attr word, dropped from items)
    if frame.ask == F.COUNT and _chips_use_said(segmented, lex):
        frame = frame._replace(chips_use=True)
    if st.general_kind and frame.ask in (F.CHIPS, F.COUNT, F.TOP, F.RANK) and not frame.counting_orgs:
        frame = frame._replace(general_kind=st.general_kind)
    elif (
        st.general_kind
        and (frame.ask == F.ORGS or frame.counting_orgs)
        and any(isinstance(k, F.OrgOfChips) for k in frame.constraints)
    ):
        # "which companies make AI accelerators": the makers of any chip, or of those the article calls
        # so? Answered only if the kind changes nothing (answer.py), as for chips
        frame = frame._replace(general_kind=st.general_kind)
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
    if baseline is None and frame.ask == F.YESNO and frame.metric is not None and frame.metric.prop == CK + "claim":
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
        elif kind != "first":
            raise refuse("only the first generation of a named line is read ('the first Trainium')")
        else:  # "the first Trainium": that generation of the named chip's line
            metric = metric._replace(line=kind, line_of=value)
        frame = frame._replace(metric=metric)
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
    if frame.ask in (F.RANK, F.TOP) and any(
        it.kind == "word" and (it.role == "facevalue" or (it.role == "filler" and it.value == "facevalue"))
        for it in items
    ):
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
        said_aside = tuple((chip, scope, tuple(float(v) for v in values.split(","))) for chip, scope, values in aside)
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
    # members of the kind the question names ("GPUs, including the Gaudi 3") are examples of a list's
    # answer, checked (of a count's, refused); beside a ranking or a figure they say what the field
    # holds, as the kind does
    roles = ("examples", "kindexamples") if frame.ask in (F.CHIPS, F.ORGS, F.COUNT) else ("examples",)
    examples = tuple(e for it in items if it.kind == "word" and it.role in roles for e in it.value.split("|"))
    if examples:  # "(including its configurable FP8 variant)": names the answer must hold, checked
        relation = frame.metric is not None and frame.metric.prop not in (*MEASURES, CK + "memory")
        if not (frame.ask in (F.CHIPS, F.ORGS) or (frame.ask == F.VALUE and relation and len(frame.subjects) == 1)):
            raise refuse(
                "examples ('including', 'such as') are checked only beside a list of chips or of organizations, "
                "or of one chip's values"
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
        if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in (*MEASURES, CK + "memory"):
            raise refuse("the article's lists are not exhaustive, so it cannot say a chip does 'only' one thing")
        frame = frame._replace(kept_only=kept_only)
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
    unstated = tuple(it.value for it in items if it.kind == "word" and it.role == "unstated")
    if unstated:
        if frame.ask != F.VALUE or frame.metric is None or len(frame.subjects) != 1 or frame.metric.prop in unstated:
            raise refuse("that the article states no such thing is told of one named chip, beside a figure asked of it")
        frame = frame._replace(unstated=unstated)
    if hedges is not None:
        if frame.ask != F.VALUE or frame.metric is None or not _one_name_asked(frame, items):
            raise refuse("a hedge of a figure is told of one chip's figure ('the Groq LPU's transistor count')")
        frame = frame._replace(hedges=hedges)
    if frame.ask == F.YESNO and any(
        (it.kind == "term" and is_definite(it.text))
        or (it.kind == "word" and it.role == "filler" and it.value == "outright")  # "clearly", "explicitly"
        for it in segmented
    ):
        frame = frame._replace(definite=True)  # "is it ruled out for ...": checked against the fact's hedge
    if tiers is not None:
        if frame.ask != F.VALUE or len(frame.subjects) != 1:
            raise refuse("a chip's memory hierarchy is said of one chip whose figure is asked ('the SN40L's DDR5')")
        frame = frame._replace(constraints=(*frame.constraints, tiers))  # checked when answered
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
        frame = frame._replace(claim=claimed)
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
    return frame


def _where_named(items: list[Item], lex: Lexicon, checks: list[remarks.Check]) -> list[Item]:
    """ ", counting only those where TSMC is explicitly named as the fab", "(only chips where AWS is
    named as the designer)": a clause that says again a relation the question asks, with its value
    (a name the rest of the question uses, said as the relation's word or its range's class word:
    "the fab" is a foundry, ck:manufacturedBy's range). It goes, leaving checks for the frame
    (:func:`chipkg.ask.remarks.check`): the question must ask that relation with that name. Any
    other clause with "where" is left as it is (refused there as before)."""
    quiet = ("filler", "aux", "only", "count")
    for k, it in enumerate(items):
        if not (it.kind == "word" and it.role == "where"):
            continue
        start = next((j for j in range(k - 1, -1, -1) if items[j].kind in ("comma", "open", "close")), None)
        end = next((j for j in range(k + 1, len(items)) if items[j].kind in ("comma", "open", "close")), len(items))
        if start is None or (items[start].kind == "close") or (end < len(items) and items[end].kind == "open"):
            continue
        if (items[start].kind == "open") != (end < len(items) and items[end].kind == "close"):
            continue
        lead = [x for x in items[start + 1 : k] if not (x.kind == "word" and x.role in quiet)]
        if any(
            not (x.kind == "term" and all(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in x.terms))
            for x in lead
        ):
            continue  # "counting only those", "only chips": the answer said again, nothing else
        said = [x for x in items[k + 1 : end] if not (x.kind == "word" and x.role in quiet)]
        if len(said) != 2 or said[0].kind != "entity" or said[1].kind != "term":
            continue
        rest = items[:start] + items[end + (1 if end < len(items) and items[end].kind == "close" else 0) :]
        named = {e for x in rest if x.kind == "entity" for e in x.entities}
        if not set(said[0].entities) <= named:
            continue  # a name the question does not use would be a new constraint
        props = {t for t in said[1].terms if t in RELATIONS}
        for cls in (t for t in said[1].terms if _is_class(t, lex)):
            ranged = [p for p, r in _RANGES.items() if r == cls]
            if len(ranged) == 1:
                props.add(ranged[0])  # "the fab": a foundry, what ck:manufacturedBy names
        if not props:
            continue
        text = " ".join(x.text for x in items[start + 1 : end])
        if len(said[0].entities) != 1:
            continue
        checks.append(remarks.Check("holds", ("|".join(sorted(props)), said[0].entities[0]), text))
        checks.append(remarks.Check("given", tuple(sorted(props)), text))
        return rest
    return items


def _class_section(items: list[Item], lex: Lexicon) -> None:
    """ "is the H100 in the megacap section", "which chips are in the unicorn startups section": a
    kind of organization before a word of the article's sections names a part of the article, whose
    chips are those it mentions (the H100 is named only under Unicorn Startups); read as "designed by a
    megacap player" the answer said true of it. Refused, as a report narrowed to a name is; the
    organizations of the section ("how many organizations are in the Unicorn Startups section") are
    its group, read as before."""
    if not any(_named_chip(x, lex) or (x.kind == "term" and chipish_any(lex, list(x.terms))) for x in items):
        return
    for before, it in zip(items, items[1:], strict=False):
        if (
            it.kind == "report"
            and before.kind == "term"
            and before.terms
            and all(t == ORG or ORG in lex.subclasses.get(t, []) for t in before.terms)
        ):
            raise refuse(
                f"'{before.text} {it.text}' is a part of the article, and which chips it mentions is not told "
                f"here; ask about the chips of such companies ('chips designed by {before.text}')"
            )


def _chip_after_system_verb(items: list[Item], lex: Lexicon) -> None:
    """ "what runs on the Maia 100", "what runs on Trillium": the words of a chip's relation to a
    system ("runs on", "powers", "serves": ck:deployedOn, ck:usedFor ...) have the chip as their
    subject; a named chip after them is their object, the relation the other way round. Read as the
    chip's own relation it answered what the Maia 100 runs on (Azure) for what runs on it. An
    organization asked for ("what company is behind Grayskull") is the chip's maker, read as before."""
    if any(
        (x.kind == "word" and x.role == "who")
        or (x.kind == "term" and any(t == ORG or ORG in lex.subclasses.get(t, []) for t in x.terms))
        for x in items
    ):
        return
    for k, it in enumerate(items):
        if it.kind != "term" or not it.terms or any(_RANGES.get(t) != SYSTEM for t in it.terms):
            continue
        after = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler" and not x.value)), None)
        if after is not None and _named_chip(after, lex):
            raise refuse(
                f"'{it.text} {after.text}' asks what stands in that relation to the chip; the article says what "
                f"a chip {it.text} ('what does {after.text} run on', 'what is {after.text} used for')"
            )


def _form_alone(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "how many cards", "list the boards": a word for chips that names a form only some have (its
    "per" phrase is a scope of its own in words.tsv: "per card"), with nothing else to pick the chips,
    counted or listed every chip (24) where the article calls few of them cards. Beside what picks
    them ("the Tenstorrent cards", "PCIe 4.0 cards") it stays a word for the chips."""
    if frame.ask not in (F.COUNT, F.CHIPS) or frame.constraints or frame.subjects or frame.counting_orgs:
        return
    for x in items:
        if x.kind == "term" and x.terms == (CHIP,):
            per = lex.words.get(("per", stem(tokens(x.text)[-1])), ("", ""))
            if per[0] == "scope" and per[1]:
                raise refuse(
                    f"'{x.text}' names chips by a form the article gives only some of them; ask about chips, "
                    "or name what they should have ('which chips use PCIe 4.0')"
                )


def _measure_verbs(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "which chips power Gemini", "does Trillium power Gemini": a measure's word spelled as its
    label ("power") whose stem is also a relation's word (ck:usedFor's "powers"), standing between
    chips (a kind of chip or a named one) and a name that relation takes (a system), is that
    relation's verb. Read as the measure, the question became "chips related to Gemini that have a
    power figure" and was refused as if the article tied no chip to Gemini."""
    out = list(items)
    for k in range(1, len(items) - 1):
        it = items[k]
        if it.kind != "term" or not all(t in MEASURES for t in it.terms):
            continue
        relations = [t for t in lex.vocab.get(stems(it.text), []) if t in RELATIONS and t not in it.terms]
        before = items[k - 1]
        after = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler" and not x.value)), None)
        chips_before = _named_chip(before, lex) or (before.kind == "term" and chipish_any(lex, list(before.terms)))
        if not relations or not chips_before or after is None or after.kind != "entity":
            continue
        classes = tuple(c for e in after.entities for c in lex.entities.get(e, ("", ()))[1])
        fitting = [r for r in relations if _fits(lex, r, classes)]
        if len(fitting) == 1:
            out[k] = it._replace(terms=(fitting[0],))
    return out


def _use_verbs_of_workloads(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Which chips power inference?", "which chips serve inference?": a verb of what a chip is used
    for (ck:usedFor's words: "powers", "serves", "accelerates"; or the measure "power" whose stem is
    one) right before a workload (an entity of ck:Workload, which no system is) says what the chip
    is for: ck:workload. Read as the measure, "power inference" listed the inference chips that
    have a power figure; read as ck:usedFor, it named no value."""
    out = list(items)
    for k, it in enumerate(items[:-1]):
        if it.kind != "term":
            continue
        verbs = set(it.terms) | {t for t in lex.vocab.get(stems(it.text), []) if t == CK + "usedFor"}
        if CK + "usedFor" not in verbs or not (set(it.terms) <= {CK + "usedFor", *MEASURES}):
            continue
        after = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler" and not x.value)), None)
        before = next(
            (x for x in reversed(items[:k]) if not (x.kind == "word" and x.role in ("filler", "aux") and not x.value)),
            None,
        )  # the verb's subject: the chips ("the power of inference chips" is the measure)
        subject = before is not None and (
            _named_chip(before, lex) or (before.kind == "term" and chipish_any(lex, list(before.terms)))
        )
        asked = any(x.kind == "word" and x.role in ("wh", "aux", "count", "who") for x in items[:k])
        if not (subject and asked and after is not None and after.kind == "entity"):
            continue  # a sentence: terse "groq lpu power inference" is the chip's power, as before
        # the names right after the verb ("power 7nm inference"): a workload among them is what it is for
        named = []
        for x in items[k + 1 :]:
            if x.kind == "entity":
                named.append(x)
            elif not (x.kind == "word" and x.role == "filler" and not x.value):
                break

        def workload(x: Item) -> bool:
            return bool(x.entities) and all(
                lex.is_a(e, CK + "Workload") and not lex.is_a(e, CK + "System") for e in x.entities
            )

        if any(workload(x) for x in named):
            out[k] = it._replace(terms=(CK + "workload",))
        elif (
            set(it.terms) <= set(MEASURES)
            and items[k + 1].text.lower() not in ("of", "for", "per", "in", "at")  # "the chip power of X": a noun
            and before is not None
            and (_named_chip(before, lex) or before.text.lower().endswith("s"))  # "chips power ...", a verb
        ):  # "which chips power TSMC": no system, no workload
            raise refuse(
                f"'{it.text} {after.text}': '{it.text}' as a verb takes a workload or a system the chip is "
                "used for, and a figure of power is no verb"
            )
    return out


def _bare(k: Any) -> bool:
    """A condition that names no value: a figure, a memory or a kind the chip has (or none of them)."""
    if isinstance(k, F.OrgOfChips):
        return all(_bare(x) for x in k.constraints)
    if isinstance(k, F.Measure):
        return k.low is None and k.high is None
    if isinstance(k, F.Relation):
        return not k.values and k.cls is None
    return isinstance(k, (F.Memory, F.Kind, F.Identity, F.Profiled))


def _qualifier_alone(frame: F.Frame, items: list[Item]) -> None:
    """Refuse a list, count or yes/no whose only conditions name no value (the chips that have a
    clock, a memory, a kind; or every chip) while the question qualifies them in a way the graph
    does not record (words.tsv fillers valued ``sense``: "which chips have a host interface",
    "which chips are available"): the qualifier would be the whole question, and dropping it answers
    another one. Beside a condition with a value ("connect to the host over PCIe 4.0") it changes
    nothing, as a filler does. A word valued ``phrasing`` right before a figure's name ("which chips
    have a nominal clock", "a typical power under 100 W") asks for figures stated so, which a range
    does not tell apart (the MTIA v2's 90 W is not said to be typical): refused in any list, count
    or yes/no. Right before the units a figure counts ("how many big cores does the M4 have", "large
    cores"), such a word says which of the chip's units, which its counts do not record: refused (it
    answered every count of the chip, CPU, GPU and Neural Engine cores)."""
    metric = frame.metric
    if frame.ask == F.VALUE and metric is not None and metric.prop in COUNT_MEASURES and metric.unit_kind is None:
        for k, it in enumerate(items[:-1]):
            after = items[k + 1]
            if it.kind == "word" and it.role == "filler" and it.value == "sense" and after.kind == "term":
                if metric.prop in after.terms:
                    raise refuse(f"'{it.text} {after.text}': the article's counts do not say which are {it.text}")
    if frame.ask not in (F.CHIPS, F.COUNT, F.ORGS, F.YESNO):
        return
    bare = all(_bare(k) for k in frame.constraints)
    for k, it in enumerate(items):
        if it.kind != "word" or it.role != "filler":
            continue
        named_figure = (
            k + 1 < len(items) and items[k + 1].kind == "term" and bool(set(items[k + 1].terms) & set(MEASURES))
        )
        if (it.value in ("sense", "host") and bare) or (it.value == "phrasing" and named_figure):
            raise refuse(
                f"'{it.text}' qualifies what the question asks in a way the article's figures do not record; "
                "ask without it, or for one chip's figures (`chipkg describe` shows them with their hedges)"
            )


def _joinable_alone(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """Refuse a list or count whose condition is only that chips can be (or are) joined, said with
    a verb of joining after a copula or a modal and "be", or right after the chips it is said of
    ("which chips can be interconnected", "how many chips are linked together", "which chips scale
    out"): the words are ck:scaleOut's, so the chips came out as those with a stated scale-out
    figure, silently leaving out every chip the article links to others without a figure of how
    many. A range on the figure ("which chips scale to over 1,000 units") and the figure named as
    a noun ("which chips have a scale out") are read as before."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.ORGS):
        return
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)] + [
        x for k in frame.constraints if isinstance(k, F.OrgOfChips) for x in k.constraints if isinstance(x, F.Measure)
    ]
    scale_out = [k for k in measures if k.prop == CK + "scaleOut"]
    if not scale_out or not all(_bare(k) for k in scale_out):
        return
    for k, it in enumerate(items):
        if it.kind != "term" or CK + "scaleOut" not in it.terms:
            continue
        before = next(
            (x for x in reversed(items[:k]) if not (x.kind == "word" and x.role == "filler" and not x.value)), None
        )
        verb = before is not None and (
            (
                before.kind == "word"
                and (before.value == "passive" or (before.role == "aux" and before.value in ("", "verb")))
            )
            or (before.kind == "term" and chipish_any(lex, list(before.terms)))  # "chips scale out"
        )
        if verb:
            raise refuse(
                f"'{it.text}' asks which chips can be joined, which the article does not say of every chip (it "
                "gives some chips' scale out); ask which chips have a stated scale out, or which use a link "
                "('which chips use NVLink')"
            )


def _link_bandwidth_unnamed(frame: F.Frame, items: list[Item]) -> None:
    """Refuse a bandwidth said of a link that the question does not name ("the interconnect bandwidth
    of Gaudi 3", "Trillium's network bandwidth", "the host bandwidth of the AI 100 Ultra"): with no
    link named, a bandwidth is read as the memory's, which is not what these ask. A link named
    ("Blackwell's NVLink bandwidth") is answered with that link's figure."""
    metric = frame.metric
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)] + [
        x for k in frame.constraints if isinstance(k, F.OrgOfChips) for x in k.constraints if isinstance(x, F.Measure)
    ]
    memory_bandwidth = (
        metric is not None and metric.prop == CK + "bandwidth" and metric.link is None and metric.technology is None
    ) or any(m.prop == CK + "bandwidth" and m.technology is None for m in measures)
    if not memory_bandwidth:
        return
    for k, it in enumerate(items):
        before_bandwidth = k + 1 < len(items) and items[k + 1].kind == "term" and CK + "bandwidth" in items[k + 1].terms
        if (it.kind == "term" and CK + "interconnect" in it.terms) or (
            it.kind == "word" and it.role == "filler" and it.value in ("sense", "host") and before_bandwidth
        ):
            raise refuse(
                f"'{it.text}' asks for a link's bandwidth: name the link ('Blackwell's NVLink bandwidth'); "
                "`chipkg describe` shows each chip's links"
            )


def _class_made_chips(items: list[Item], question: str, lex: Lexicon) -> list[Item]:
    """ "megacap-designed GPUs", "hyperscaler-made chips": a kind of organization joined by a hyphen
    to a verb of making, before a kind of chip, are the chips made by that kind ("GPUs designed by
    megacaps"), not the organizations; the words are put in that order. Without the hyphen
    ("which hyperscalers design chips") the organizations are asked for."""
    spelled = " ".join(question.lower().split())
    out = list(items)
    for k in range(len(out) - 2):
        org, verb, chips = out[k], out[k + 1], out[k + 2]
        if (
            org.kind == "term"
            and verb.kind == "term"
            and chips.kind == "term"
            and any(lex.terms.get(t, ("", False))[1] and ORG in lex.subclasses.get(t, []) for t in org.terms)
            and set(verb.terms) <= {CK + "designedBy", CK + "manufacturedBy"}
            and all(lex.terms.get(t, ("", False))[1] and chipish_any(lex, [t]) for t in chips.terms)
            and f"{org.text}-{verb.text}" in spelled
        ):
            if not all(lex.terms.get(t, ("", False))[1] for t in org.terms):
                # "foundry-made chips": the word also names a relation, and "chips made by a foundry"
                # keeps no constraint
                raise refuse(f"'{org.text}-{verb.text} {chips.text}': name the {org.text} ('TSMC-made chips')")
            by = verb if verb.text.endswith(" by") else verb._replace(text=verb.text + " by")
            out[k : k + 3] = [chips, by, org]
    return out


def _memory_placed(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "which chips have SRAM in memory": a phrase of the vocabulary that opens with a preposition of
    place (words.tsv fillers valued ``place``), right after a memory technology, is the preposition
    and the rest: "in memory" says where the SRAM is, the chip's memory, not the hyphenless
    "in-memory" of in-memory compute (the tokens drop hyphens). "in-memory compute", said whole,
    is another phrase and stays the kind of chip."""
    out: list[Item] = []
    for it in items:
        before = out[-1] if out else None
        said = tokens(it.text)
        if (
            it.kind == "term"
            and len(said) > 1
            and before is not None
            and before.kind == "entity"
            and all(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in before.entities)
            and lex.words.get((stem(said[0]),), ("", ""))[1] == "place"
        ):
            rest = lex.vocab.get(tuple(stem(t) for t in said[1:]), [])
            if CK + "memory" in rest:
                out.append(Item("term", " ".join(said[1:]), terms=(CK + "memory",)))
                continue
        out.append(it)
    return out


def _part_kinds(frame: F.Frame, items: list[Item], st: _State) -> F.Frame:
    """ "which chips contain a GPU", "does the M4 have a GPU": a kind of processor right after a verb of
    containing (words.tsv value ``holds``: "contain", "have", "include") is a part the chip has (a
    component of that kind, or a chip of that kind built into it: ck:hasComponent), not the chip's
    own kind; read as its kind the list answered the GPUs and the yes/no "not said". A kind of chip
    that is no processor ("uses liquid cooling": a liquid-cooled chip) stays the chip's own."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.YESNO):
        return frame
    # the kinds the graph's parts are of ("use in-memory compute" is the chip's own kind)
    part_kinds = {c for p in st.lex.parts for c in st.lex.entities.get(p, ("", ()))[1]}
    held = {
        t
        for k, cls in enumerate(items)
        if k >= 1 and _held_kind(items, k)
        for t in cls.terms
        if st.lex.terms.get(t, ("", False))[1] and PROCESSOR in st.lex.subclasses.get(t, []) and t in part_kinds
    }
    if not held:
        return frame
    return frame._replace(
        constraints=tuple(
            F.Relation(CK + "hasComponent", cls=k.cls)
            if isinstance(k, F.Kind) and not k.negated and k.cls in held
            else k
            for k in frame.constraints
        )
    )


#: scopes of several chips joined together: "Trillium pods", "Gaudi 3 nodes" name what a link joins
_JOINED_SCOPES = ("PerPod", "PerNode", "PerSystem", "PerCluster")


def _place_after(items: list[Item], lex: Lexicon) -> tuple[list[Item], str | None]:
    """ "the second most SRAM after the Corsair": "after" (words.tsv role ``placeafter``) and one chip's
    name after it say that chip holds the place before the one asked; both are taken out, the chip
    returned to be checked when answered. Anything else is left as it was."""
    k = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "placeafter"), None)
    if k is None:
        return items, None
    j = k + 1
    while j < len(items) and items[j].kind == "word" and items[j].role == "filler" and not items[j].value:
        j += 1
    name = items[j] if j < len(items) else None
    if name is None or name.kind != "entity" or len(set(name.entities)) != 1 or not lex.is_a(name.entities[0], CHIP):
        return items, None
    return items[:k] + items[j + 1 :], name.entities[0]


def _chips_use_said(items: list[Item], lex: Lexicon) -> bool:
    """ "How many chips use EC2 UltraClusters": chips, a verb of holding (words.tsv value ``holds``:
    "use", "contain") and a system, in that order, say the chips use the system: a count of the
    chips related to it, not of how many chips the system holds ("how many chips does an
    UltraCluster hold", "how many chips are in an UltraCluster")."""
    for k in range(len(items) - 2):
        chips, verb = items[k], items[k + 1]
        if not (chips.kind == "term" and CHIP in chips.terms and verb.kind == "word" and verb.value == "holds"):
            continue
        rest = [x for x in items[k + 2 :] if not (x.kind == "word" and x.role == "filler" and not x.value)]
        if rest and rest[0].kind == "entity" and all(lex.is_a(e, CK + "System") for e in rest[0].entities):
            return True
    return False


def _link_purpose(frame: F.Frame, items: list[Item], lex: Lexicon) -> F.Frame:
    """ "What connects Trillium pods", "what connects Gaudi 3 nodes", "what connects the M2000 to the
    host": the links of one chip that join what the question names, by the graph's ck:purpose, not
    every link the chip has (ICI works within a pod, line 65; the die-to-die link joins one chip's
    dies, line 53). Pods, nodes, systems or clusters named right after the chip ("Trillium pods",
    "Gaudi 3 chips across nodes") are joined by scale-out links; its cards or chips ("AI 100 Ultra
    cards") by chip-to-chip or scale-out links; the host by chip-to-host links. The scope word names
    what is joined, so it is no longer a scope of the figure."""
    metric = frame.metric
    if frame.ask != F.VALUE or metric is None or metric.prop != CK + "interconnect" or len(frame.subjects) != 1:
        return frame

    def joined(x: Item) -> bool:  # "pods", "nodes" (a process node's word in the plural)
        # "CS-3 systems": a plural that "per" makes a scope of what is joined ("per system")
        role, scope = lex.words.get(("per", stem(x.text)), ("", ""))
        return (
            (x.kind == "word" and x.role == "scope" and x.value in _JOINED_SCOPES)
            or (x.kind == "term" and CK + "processNode" in x.terms and x.text.endswith("s"))
            or (x.kind == "word" and x.text.endswith("s") and role == "scope" and scope in _JOINED_SCOPES)
        )

    purposes: tuple[str, ...] = ()
    if any(it.kind == "word" and it.role == "filler" and it.value == "host" for it in items):
        purposes = (CK + "ChipToHost",)
    for k, it in enumerate(items):
        if purposes or it.kind != "entity" or not all(lex.is_a(e, CHIP) for e in it.entities):
            continue
        after = items[k + 1] if k + 1 < len(items) else Item("close", "")
        # "AI 100 Ultra cards", "Blackwell chips", "Gaudi 3s", "Blackwell GPUs": several chips, said
        # by a plural of the name or by a kind the chip is
        several = it.plural or (
            after.kind == "term"
            and after.text.endswith("s")
            and bool(after.terms)
            and all(t == CHIP or all(lex.is_a(e, t) for e in it.entities) for t in after.terms)
        )
        if joined(after) or (several and any(joined(x) for x in items[k + 1 :])):
            purposes = (CK + "ScaleOut",)
        elif several:
            purposes = (CK + "ChipToChip", CK + "ScaleOut")
    if not purposes:
        return frame
    scope = None if frame.scope is not None and frame.scope.removeprefix(CK) in _JOINED_SCOPES else frame.scope
    return frame._replace(metric=metric._replace(purposes=purposes), scope=scope)


def _held_kind(items: list[Item], k: int) -> bool:
    """Whether item ``k`` is a kind of chip said right after a verb of containing ("contain a GPU")."""
    kind = items[k]
    verb = next((x for x in reversed(items[:k]) if not (x.kind == "word" and x.text in ("a", "an"))), None)
    return kind.kind == "term" and verb is not None and verb.kind == "word" and verb.value == "holds"


def _both_parts_read(frame: F.Frame, items: list[Item], st: _State) -> None:
    """Refuse a question of two parts whose reading keeps one: "show me the SRAM and HBM of Gaudi 3"
    (figures asked, read yes/no), "what is the SRAM and HBM of Gaudi 3" (read as which of the named
    chips has both: the chip's own name back), "what process node and foundry does the M4 use" (the
    foundry read as a constraint on the chip), "SRAM per die and in total" (one scope kept)."""
    asks = next((k for k, it in enumerate(items) if it.kind == "word" and it.value == "imperative"), None)
    if frame.ask == F.YESNO and asks is not None:
        # "can you tell me whether TSMC makes the M4", "tell me, is the CS-3 ...": a yes/no asked for
        after = next(
            (it for it in items[asks + 1 :] if not (it.kind == "comma" or (it.kind == "word" and it.role == "filler"))),
            None,
        )
        if not (after is not None and after.kind == "word" and after.role == "aux"):
            raise refuse(
                f"'{items[asks].text}' asks for figures or names, not yes/no, and the question reads as a yes/no; "
                "ask 'what is ...' for a figure, 'which ...' for names"
            )
    if (
        frame.ask == F.CHIPS
        and any(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
        and not any(it.kind == "term" and chipish_any(st.lex, list(it.terms)) for it in items)
        and any(it.kind == "word" and it.role == "wh" and it.text in ("what", "what's", "whats") for it in items)
    ):
        raise refuse("'what is' of a named chip asks for its figures; ask for one figure at a time")
    asked = next(
        (
            items[k + 1]
            for k, it in enumerate(items[:-1])
            if it.kind == "word" and it.role == "wh" and items[k + 1].kind == "term"
        ),
        None,
    )
    if (
        frame.ask == F.CHIPS
        and asked is not None
        and any(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
        and not any(it.kind == "term" and chipish_any(st.lex, list(it.terms)) for it in items)
        and not any(st.lex.terms.get(t, ("", False))[1] for t in asked.terms)
    ):  # "which precision is the 650 teraflops of Trainium2": its precision, not the chip's name back
        raise refuse(
            f"'{asked.text}' is asked of a figure of the named chip; ask for the chip's figure, shown with its "
            f"{asked.text} ('the performance of Trainium2')"
        )
    if (
        frame.ask == F.VALUE
        and any(
            isinstance(k, F.Relation) and not k.values and k.cls is not None and not k.negated
            for k in frame.constraints
        )
        and any(
            x.kind == "word"
            and x.role == "and"
            and y.kind == "term"
            and any(st.lex.terms.get(t, ("", False))[1] for t in y.terms)
            for x, y in zip(items, items[1:], strict=False)
        )
    ):  # "what process node and foundry does the M4 use": the foundry is asked too, not a constraint
        raise refuse("the question asks for two things of the chip (a figure and an organization); ask one at a time")
    if (
        frame.ask == F.CHIPS
        and frame.constraints
        and all(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
        and _subject_of_verb(items, st.lex)
    ):  # "what parts does the M2000 include": the answer would only name the chip back
        raise refuse("the answer would only repeat the chips the question names; ask for one of their figures")
    fast = _speed_asked(st)  # as the link's throughput reading checks it
    if fast and frame.metric is not None and MEASURE_DIMENSIONS.get(frame.metric.prop) == "count":
        # "how fast are Gaudi 3's ethernet ports": a speed, never how many there are
        counted = st.lex.terms.get(frame.metric.prop, ("?",))[0]
        raise refuse(f"'{st.shape_words['value']}' asks for a speed, and a {counted} is a count")
    if fast and frame.metric is not None and frame.metric.prop == CK + "interconnect":
        # "how fast is Blackwell's link": a speed, not which links it has (the names were answered)
        raise refuse(
            f"'{st.shape_words['value']}' asks for a link's bandwidth: name the link ('Blackwell's NVLink bandwidth')"
        )
    if frame.ask in (F.TOP, F.RANK):
        for k in range(1, len(items)):
            kind = items[k]
            if _held_kind(items, k) and any(
                st.lex.terms.get(t, ("", False))[1] and chipish_any(st.lex, [t]) for t in kind.terms
            ):  # "which chip with a GPU inside has the most ...": a list or a count reads it (_part_kinds)
                verb = next(x for x in reversed(items[:k]) if not (x.kind == "word" and x.text in ("a", "an")))
                raise refuse(
                    f"'{verb.text} {kind.text}' asks for chips with such a part; ask one chip's parts "
                    "('what GPU does the Apple M4 have')"
                )
    scope_at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "scope"), None)
    sum_at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "sum"), None)
    if st.sum_word and st.scope_asked and scope_at is not None and sum_at is not None:
        low, high = sorted((scope_at, sum_at))
        if any(x.kind == "word" and x.role == "and" for x in items[low:high]):  # "per die and in total"
            raise refuse(f"'{st.scope_asked[0]}' and '{st.sum_word}' ask for two figures; ask one at a time")


def _epithets(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "AMD's upcoming MI350": a word ask does not know, right before the name of one chip, that the
    graph's description of that chip uses (rdfs:comment, by stems: the MI350's says it is upcoming)
    says of the chip named what the article says of it, and changes nothing; a word its description
    does not use ("the cheap MI350"), or before a name of several chips or a kind ("upcoming GPUs"),
    stays unknown, refused. A word of colour (words.tsv filler valued ``epithet``: "the flagship
    Blackwell GPU", "the much-hyped Groq LPU") changes nothing right before a chip's name, or in an
    apposition to one, a kind of chip after a comma that follows the name, with its designer's name
    before it or not ("the Gaudi 3, Intel's flagship accelerator, ..."); anywhere else ("which
    flagship chips use HBM?") it would pick chips the graph cannot tell: unknown, refused."""

    def one_chip(x: Item | None) -> bool:
        return x is not None and x.kind == "entity" and len(x.entities) == 1 and CHIP in _classes(x.entities[0])

    def _classes(e: str) -> tuple[str, ...]:
        return tuple(lex.entities.get(e, ("", ()))[1])

    def colour(x: Item) -> bool:
        return x.kind == "word" and x.role == "filler" and x.value == "epithet"

    def quiet(x: Item) -> bool:
        return colour(x) or (x.kind == "word" and x.role == "filler" and not x.value)

    def apposed(k: int, after: Item | None) -> bool:
        """ "the Gaudi 3, Intel's flagship accelerator": a kind of chip after it, a comma and the
        chip's name before it (its designer's name between)."""
        if not (after is not None and after.kind == "term" and after.terms):
            return False
        if not all(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in after.terms):
            return False
        before = [y for y in items[:k] if not quiet(y)]
        if before and before[-1].kind == "entity" and not any(CHIP in _classes(e) for e in before[-1].entities):
            before = before[:-1]
        comma = before[-1] if before else None  # a list's comma may have been read as "and" by now
        said = comma is not None and (comma.kind == "comma" or (comma.kind == "word" and comma.text == ","))
        return len(before) >= 2 and said and one_chip(before[-2])

    out = []
    for k, it in enumerate(items):
        after = items[k + 1] if k + 1 < len(items) else None
        if colour(it):
            after = next((y for y in items[k + 1 :] if not quiet(y)), None)
            out.append(it._replace(value="") if one_chip(after) or apposed(k, after) else Item("unknown", it.text))
        elif (
            it.kind == "unknown"
            and after is not None
            and after.kind == "entity"
            and len(after.entities) == 1
            and CHIP in lex.entities.get(after.entities[0], ("", ()))[1]
            and set(stems(it.text)) <= set(lex.described.get(after.entities[0], ()))
        ):
            out.append(Item("word", it.text, role="filler"))
        else:
            out.append(it)
    return out


#: words of the whole that, beside a count of chips, say the count is of all of them ("in all"), not a
#: sum of figures (kept to those added with this meaning; "total" and "overall" are refused as before)
_COUNTED_IN_ALL = frozenset({"in all", "all told"})


def _whole_of_each(frame: F.Frame, st: _State) -> bool:
    """ "Which chip has the largest total SRAM?", "the most on-chip SRAM overall": a word of the whole
    (words.tsv sum valued ``whole``) in the most of chips is each chip's whole figure, which is the
    per-chip figure a most of a measure stated per chip already compares (no scope besides per chip
    counts for it). Not for a measure of several scopes (a card's power, a system's model size), nor
    one a chip states of several parts (a memory of no technology named, its counts of each kind of
    core, its performance of each component or format: "the most memory in total" would add them up,
    and the most compares each one's largest), nor beside a word that joins several things ("combined"),
    how many to show ("the two chips with the most SRAM combined"), a group or organizations."""
    metric = frame.metric
    return (
        frame.ask == F.TOP
        and not st.sum_joins
        and frame.n is None
        and not frame.group_by
        and not frame.counting_orgs
        and frame.org_class is None
        and metric is not None
        and metric.prop in MEASURES
        and MEASURES[metric.prop].also_scope is None
        and not (MEASURES[metric.prop].in_memory and metric.technology is None)
        and metric.prop not in (*COUNT_MEASURES, CK + "performance")
    )


def _excluding_count(items: list[Item], k: int) -> bool:
    """ "Not counting the H100, which chips are GPUs?", "... if you don't count the M4": a count word
    right after a negation and before a name sets the name aside (the negation reads it); it does not
    ask how many, wherever it stands. "How many" elsewhere in the question still does."""
    after = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    return (
        k >= 1
        and items[k - 1].kind == "word"
        and items[k - 1].role == "neg"
        and after is not None
        and after.kind == "entity"
    )


def _subject_of_verb(items: list[Item], lex: Lexicon) -> bool:
    """A chip named right after "does"/"can" (words.tsv aux "verb"): the subject of the question's
    verb ("what parts does the M2000 include"), not what the answer is to be."""
    for k, it in enumerate(items):
        if it.kind == "word" and it.role == "aux" and it.value == "verb":
            nxt = next((x for x in items[k + 1 : k + 3] if x.text != "the"), None)
            if nxt is not None and nxt.kind == "entity" and _chipish_item(nxt, lex):
                return True
    return False


def _unit_words(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """Refuse readings that would turn a word about units into a constraint on the chip:
    "RISC-V cores" (the units counted, read as the chip's architecture), "SRAM per DIMC" / "each DIMC"
    (a figure per unit, read as the architecture, the chip's figure answering), and, outside one
    chip's figure, "die-to-die bandwidth", "RoCE speed" (a link's figure, read as a chip with that
    link and some memory bandwidth or performance)."""
    for k, it in enumerate(items):
        if it.kind != "entity":
            continue
        classes = _classes_of(it, lex)
        if chipish_any(lex, list(classes)) or ORG in classes:
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        before = items[k - 1] if k >= 1 else None
        if (
            after is not None
            and after.kind == "term"
            and CK + "computeUnits" in after.terms
            and UNIT_KIND not in classes
            and CK + "Technology" in classes
        ):
            raise refuse(f"the article counts no '{it.text} {after.text}' as a chip's units; ask for its cores")
        if before is not None and before.kind == "word" and before.role == "group" and before.text in ("per", "each"):
            raise refuse(
                f"'{before.text} {it.text}' asks for a figure per {it.text}; the article gives none of that scope"
            )
        if (
            frame.ask != F.VALUE
            and CK + "InterconnectTechnology" in classes
            and after is not None
            and after.kind == "term"
            and set(after.terms) & {CK + "bandwidth", CK + "performance", CK + "portSpeed", CK + "clockSpeed"}
        ):
            raise refuse(
                f"'{it.text} {after.text}' is a link's figure, asked of one chip ('Blackwell's NVLink bandwidth')"
            )


def _counted_noun(items: list[Item], lex: Lexicon) -> None:
    """Refuse a count whose noun after "how many" is no kind of chip or organization: "how many
    references", "how many ports are there", "how many ultraclusters" would count the chips (that have
    such a figure, or such a relation) instead of the thing named."""
    start = next((k for k, it in enumerate(items) if it.kind == "word" and it.role == "count"), None)
    if start is None:
        return
    named = None
    for k, it in enumerate(items[start + 1 :]):
        if it.kind == "word" and (it.role != "filler" or it.value in ("verb", "holds")):
            break
        if it.kind == "term":
            if any(lex.terms.get(t, ("", False))[1] for t in it.terms):
                return  # the kind counted ("how many hbm chips", "how many foundries")
            if k > 0 and not set(it.terms) & set(MEASURES):
                break  # a relation's verb ends the noun ("how many TSMC-made chips")
            named = named or it  # "how many ports", "how many memories"
        elif it.kind == "entity":
            classes = [c for e in it.entities for c in lex.entities.get(e, ("", ()))[1]]
            if chipish_any(lex, classes):
                return
            if ORG not in classes:  # "how many ultraclusters"; an organization qualifies the noun
                named = named or it
        elif it.kind == "word" and it.value in (*NOUNS, "sense", "host"):  # "how many platforms use HBM"
            named = named or it
    if named is not None:
        raise refuse(
            f"'how many {named.text}' counts something the article does not list as things to count; "
            "ask how many chips, or how many of it a named chip has"
        )


def _owner_asked(items: list[Item], question: str, lex: Lexicon) -> None:
    """ "Which foundry's chip has the most transistors?": a question word, then a kind of
    organization said as the owner of a kind of chip, asks for the organization, where the tokens
    read "which foundry chip" (the chips that have a foundry: the answer named the Blackwell, not
    TSMC). Refused as the plural possessive is ("which vendors' chips"), naming the question that
    asks for it."""
    said = question.lower().replace("’", "'")
    for k in range(len(items) - 2):
        wh, owner, what = items[k], items[k + 1], items[k + 2]
        if not (wh.kind == "word" and wh.role == "wh" and owner.kind == "term" and what.kind == "term"):
            continue
        if not re.search(rf"\b{re.escape(owner.text)}'s\b", said) or not _chipish_item(what, lex):
            continue
        if any(t == ORG or ORG in lex.subclasses.get(t, []) for t in owner.terms):
            raise refuse(
                f"'{wh.text} {owner.text}'s {what.text}' asks for an organization, not the {what.text}: ask "
                f"'which {owner.text} designs (or makes) the {what.text} with ...', or ask 'which {what.text} ...'"
            )


def _owner_answered(frame: F.Frame, question: str) -> None:
    """ "Whose chip draws the most power?": a question that opens with "whose" asks for an
    organization; read as anything else (the chip with the most power, the Grayskull e150) it is
    refused, not answered with chips ("of the chips whose power the article states" opens no
    question)."""
    if re.match(r"\W*whose\b", question.lower()) and frame.ask != F.ORGS:
        raise refuse("'whose' asks for an organization: ask 'who designs (or makes) the chip with ...'")


def _name_extended(items: list[Item], question: str, lex: Lexicon) -> None:
    """ "the M4 Max's clock", "how many transistors does the M4 plus have", "the max M4": a superlative
    or comparator word stuck to a chip's name with nothing it could measure is part of a product's
    name the article does not give (another product than the named chip), refused naming it, never
    answered with the named chip's figures. "Trillium max TPUs per pod", "Blackwell max power": the
    word goes with the measure after it."""
    said = question.lower().replace("’", "'")
    for k, it in enumerate(items):
        if it.kind != "entity" or not any(lex.is_a(e, CHIP) for e in it.entities):
            continue
        before = items[k - 1] if k >= 1 else None
        after = items[k + 1] if k + 1 < len(items) else None
        stuck: Item | None = None
        owner = re.search(rf"\b{re.escape(it.text)}'s\b", said) is not None  # "the ultra's largest model"
        if after is not None and after.kind == "word" and after.role in ("super", "cmp_after") and not owner:
            then = items[k + 2 : k + 4]  # "blackwell max model parameters": the measure may come second
            possessive = re.search(rf"\b{re.escape(after.text)}'s\b", said) is not None
            # "m4 plus transistors": "plus" after a name has no number before it to compare; only
            # a name after it ("the M4 plus Blackwell") makes it a conjunction
            plus = after.role == "cmp_after" and not any(x.kind == "entity" for x in then[:1])
            if possessive or plus or not any(_measured_after(x, lex) for x in then):
                stuck = after
        elif (
            before is not None
            and before.kind == "word"
            and before.role == "super"
            and k >= 2
            and items[k - 2].text == "the"
            and after is None  # "the max M4" ends the question ("the largest CS-3 cluster" asks a figure)
        ):
            stuck = before
        if stuck is not None:
            name = f"{it.text} {stuck.text}" if stuck is after else f"{stuck.text} {it.text}"
            label = lex.entities[it.entities[0]][0]
            raise refuse(f"the article names no chip '{name}' (only {label}); ask about a chip it names")


def _designer_in_name(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Google Trillium", "Nvidia Blackwell": a designer named right before its chip, as the chip's
    own label begins ("Google Trillium TPU"), is part of the chip's name, not a condition of its own:
    read as one, "google trillium precision?" became the yes/no "Trillium · designed by Google"
    (true) with the word asked about dropped. Another organization before a chip stays a condition."""
    items = [_model_after_designer(items, k, lex) or it for k, it in enumerate(items)]
    drop: set[int] = set()
    for k in range(len(items) - 1):
        org, chip = items[k], items[k + 1]
        if org.kind != "entity" or chip.kind != "entity" or len(org.entities) != 1 or not chip.entities:
            continue
        if any(lex.is_a(e, CHIP) for e in org.entities) or not all(lex.is_a(e, CHIP) for e in chip.entities):
            continue
        said = lex.entities.get(org.entities[0], ("", ()))[0].lower()
        labels = [lex.entities[e][0].lower() for e in chip.entities]
        if said and all(label.startswith(said + " ") for label in labels):
            drop.add(k)
    return [it for k, it in enumerate(items) if k not in drop]


def _own_kind_after(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "chips that come out of TSMC's fabs": an organization right before the word for the role it
    plays for chips itself (TSMC is a foundry: compile.ENTITY_RELATIONS) names that organization, as
    "the fabs of TSMC" does: the two are read in that order. "Groq's foundry" (Groq is no foundry)
    is left as said, the organization of an organization, which is refused; so is a kind that is no
    such role ("Meta's cloud provider" may be another company)."""
    roles = dict(ENTITY_RELATIONS)
    out = list(items)
    for k in range(len(out) - 1):
        org, kind = out[k], out[k + 1]
        if not (org.kind == "entity" and len(org.entities) == 1 and kind.kind == "term"):
            continue
        classes = [t for t in kind.terms if t in roles and lex.is_a(org.entities[0], t)]
        if classes and set(kind.terms) <= {*classes, *(roles[c] for c in classes)}:
            out[k], out[k + 1] = kind, org
    return out


def _one_unit_kind(frame: F.Frame, said: str | None) -> None:
    """ "more than 100 TOPS of performance (FLOPS)": a word for performance in one kind of unit
    (FLOPS) beside a number in the other (TOPS) says two things of one figure; read, the number's unit
    won and the word was dropped. FLOPS stay FLOPS: refused, naming both."""
    if said is None:
        return
    kinds = {k.unit_kind for k in frame.constraints if isinstance(k, F.Measure) and k.unit_kind}
    if frame.metric is not None and frame.metric.unit_kind:
        kinds.add(frame.metric.unit_kind)
    if kinds - {said}:
        raise refuse(f"the question says both {said} and {', '.join(sorted(kinds - {said}))} of one performance figure")


def _chip_node_counted(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "How many chips are in a single Gaudi 3 node?": a count of chips (a word for chips right after
    "how many") of "a / one / a single / each <chip> node", with no figure named, asks how many of
    that chip a node holds, its scale out per node; "node" there is a machine of such chips, not
    the chip's process node, and reads as the scope "per node" right after the chip."""
    counted = any(
        x.kind == "word"
        and x.role == "count"
        and k + 1 < len(items)
        and items[k + 1].kind == "term"
        and items[k + 1].terms == (CHIP,)
        for k, x in enumerate(items)
    )
    if not counted or any(x.kind == "term" and set(x.terms) & set(MEASURES) for x in items):
        return items
    out = list(items)
    for k in range(1, len(items) - 1):
        one, chip, node = items[k - 1], items[k], items[k + 1]
        if (
            one.kind == "word"
            and (one.text in ("a", "an") or one.value == "single")
            and chip.kind == "entity"
            and chip.entities
            and all(lex.is_a(e, CHIP) for e in chip.entities)
            and node.kind == "term"
            and node.text == "node"
            and node.terms == (CK + "processNode",)
        ):
            others = [x.text for x in items if x.kind == "word" and x.role == "scope"]
            if others:
                # "a Gaudi 3 node's cluster", "a Gaudi 3 node and a Trillium pod": another scope beside
                # the node; read with the node's alone, the per-node figure answered a cluster or a pod
                raise refuse(f"the question names a node and a {others[0]}: ask how many chips one of them holds")
            out[k + 1] = Item("word", "node", role="scope", value="PerNode")
    return out


def _chip_kind_word(x: Item, lex: Lexicon) -> bool:
    """Whether a term names chips or a kind of chip ("chips", "GPUs", "TPUs", "accelerators")."""
    return bool(x.terms) and chipish_any(lex, list(x.terms)) and not set(x.terms) & set(MEASURES)


def _scale_reached(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Can Trainium2 scale out to 100,000 chips?": a number right after "scale (out) to" is a size the
    chip reaches, at least that many ("scale to more than 50,000" says its comparator itself); read
    with none, the yes/no had no value to compare and was refused. "How far does it scale?" asks
    that figure ("scale" is otherwise a word that changes nothing)."""
    far = any(x.kind == "word" and x.role == "value" and x.text == "how far" for x in items)
    if far and not any(x.kind == "term" and set(x.terms) & set(MEASURES) for x in items):
        # "how far does Trainium2 scale (in UltraClusters)?": the verb is the measure asked
        items = [
            Item("term", x.text, terms=(CK + "scaleOut",))
            if x.kind == "word" and x.role == "filler" and x.text in ("scale", "scales", "scale out", "scales out")
            else x
            for x in items
        ]
    out: list[Item] = []
    for k, it in enumerate(items):
        before = items[k - 1] if k else None
        after = items[k + 1] if k + 1 < len(items) else None
        scaled = any(x.kind == "term" and CK + "scaleOut" in x.terms for x in items[:k])
        if (
            scaled
            and it.kind == "qty"
            and after is not None
            and (after.kind in ("term", "entity") or (after.kind == "word" and after.role == "scope"))
            and not (after.kind == "term" and _chip_kind_word(after, lex))
            and not (after.kind == "entity" and all(lex.is_a(e, CHIP) for e in after.entities))
        ):
            # "can Trainium2 scale to 100,000 nodes?": its scale out counts chips (red team 11 W4)
            raise refuse(f"'{it.text} {after.text}': the article gives how many chips a chip scales to; ask in chips")
        if (
            it.kind == "qty"
            and before is not None
            # "100,000 chips" (or the chip's own name, or nothing): "100,000 nodes" is no count of chips
            and (
                after is None
                or (after.kind == "term" and _chip_kind_word(after, lex))
                or after.kind in ("comma", "close")
            )
            and (
                before.kind == "term"
                and CK + "scaleOut" in before.terms
                and before.text.split()[-1] == "to"
                or before.kind == "word"
                and before.text == "to"
                and k >= 2
                and items[k - 2].kind == "term"
                and CK + "scaleOut" in items[k - 2].terms
            )
        ):
            out.append(Item("word", "at least", role="cmp", value="ge"))
        out.append(it)
    return out


def _terse_count_per_group(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "chips per designer", "accelerators by foundry", "chips per process node": a terse count per
    group, as "how many chips per designer" asks. Only the three words (fillers aside): a word for
    chips, "per" or "by" (words.tsv ``group``) and a word of a relation (a term naming a property),
    never a name ("chips by TSMC" are the chips TSMC makes)."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if not (
        len(said) >= 3
        and said[-3].kind == "term"
        and _chip_kind_word(said[-3], lex)
        and said[-2].kind == "word"
        and said[-2].role == "group"
        and said[-1].kind == "term"
        and any(not lex.terms.get(t, ("", True))[1] for t in said[-1].terms)
        # what comes before the chips narrows them ("HBM chips per designer"); nothing that asks
        and not any(
            x.kind == "word" and x.role in ("wh", "who", "count", "rank", "aux", "value", "super", "top", "group")
            for x in said[:-2]
        )
    ):
        return items
    return [Item("word", "how many", role="count"), *items]


def _group_dropped(frame: F.Frame, said: list[Item], lex: Lexicon) -> None:
    """ "chips per designer excluding Nvidia", "which chips use HBM per designer?": "per" or "by" before
    a relation's word groups the chips, which a list does not do: read as a list, the grouping was
    dropped and the plain list answered. Refused unless the frame groups (a count per group) or ranks."""
    if frame.group_by is not None or frame.ask not in (F.CHIPS, F.ORGS):
        return
    items = said  # adjacent as typed: "per the vendor's page" is "according to"
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        if (
            x.kind == "word"
            and x.role == "group"
            and after.kind == "term"
            and any(not lex.terms.get(t, ("", True))[1] and t not in MEASURES for t in after.terms)
        ):
            raise refuse(
                f"'{x.text} {after.text}' groups the chips, which a list does not: ask how many chips "
                f"{x.text} {after.text}"
            )


def _most_of_a_chip(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "What's the max number of Trainium2 chips in an UltraCluster?", "maximum number of Blackwell
    GPUs linked by NVLink": the most of one named chip (a superlative of the most, "number of", the
    chip, a chip-kind word may follow) is how many of it can be joined: its scale out, as "how many
    Trainium2 chips can be connected" is. A verb of joining right after says the same again
    (:func:`_chip_joined`). Read as a count of chips with a superlative, it was refused."""
    for k in range(len(items) - 2):
        most, count, chip = items[k : k + 3]
        if not (
            most.kind == "word"
            and most.role == "super"
            and most.value == "desc"
            and count.kind == "word"
            and count.role == "count"
            and count.text == "number of"
            and chip.kind == "entity"
            and len(chip.entities) == 1
            and lex.is_a(chip.entities[0], CHIP)
        ):
            continue
        rest = items[k + 3 :]
        if rest and rest[0].kind == "term" and _chip_kind_word(rest[0], lex):
            rest = rest[1:]
        if rest and (
            (rest[0].kind == "term" and set(rest[0].terms) & _JOINING)
            or (rest[0].kind == "word" and rest[0].role == "filler" and rest[0].value == "joins")
        ):
            rest = rest[1:]  # "linked", "connected": the scale out said again
        said = Item("term", f"{most.text} {count.text}", terms=(CK + "scaleOut",))
        return [*items[:k], said, chip, *rest]
    return items


def _chip_joined(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "How many Blackwell GPUs can be linked over NVLink?", "how many Trainium2 chips can be
    connected (combined) in an UltraCluster?": how many of one named chip can be joined together is
    its scale out, as "how many GPUs can Blackwell scale to" is: a count word, then the one chip
    named (a chip-kind word may follow), a modal (words.tsv ``aux`` valued ``verb``), "be"
    (``passive``) and a verb of joining (a term of ck:interconnect or ck:scaleOut, a filler valued
    ``joins``, or "combined"), which is read as the scale out. Without a chip named the question
    asks how far a technology reaches and is refused as before (:func:`_joined_passive`)."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if len(content) < 5 or not (items[content[0]].kind == "word" and items[content[0]].role == "count"):
        return items
    chip = items[content[1]]
    if not (chip.kind == "entity" and len(chip.entities) == 1 and lex.is_a(chip.entities[0], CHIP)):
        return items
    rest = content[2:]
    if items[rest[0]].kind == "term" and _chip_kind_word(items[rest[0]], lex):
        rest = rest[1:]
    if len(rest) < 3:
        return items
    modal, passive, verb = (items[k] for k in rest[:3])
    joins = (
        (verb.kind == "term" and bool(set(verb.terms) & _JOINING))
        or (verb.kind == "word" and verb.role == "filler" and verb.value == "joins")
        or (verb.kind == "word" and verb.role == "sum" and verb.text == "combined")
    )
    if not (
        modal.kind == "word" and modal.role == "aux" and modal.value == "verb" and passive.value == "passive" and joins
    ):
        return items
    out = list(items)
    out[rest[2]] = Item("term", verb.text, terms=(CK + "scaleOut",))
    return out


def _model_after_designer(items: list[Item], k: int, lex: Lexicon) -> Item | None:
    """ "d-Matrix C8", "Tenstorrent e150": a word the graph does not know, right after an organization,
    that is a model number (letters and digits) in the label of exactly one chip whose label begins
    with that organization's ("d-Matrix Corsair C8") names that chip; the organization is then part
    of its name (:func:`_designer_in_name`). None for any other item."""
    it = items[k]
    if it.kind != "unknown" or k == 0 or not re.fullmatch(r"(?=.*[a-z])(?=.*\d)[a-z0-9]+", it.text.lower()):
        return None
    org = items[k - 1]
    if org.kind != "entity" or len(org.entities) != 1 or not lex.is_a(org.entities[0], ORG):
        return None
    said = tokens(lex.entities.get(org.entities[0], ("", ()))[0])
    chips = {
        iri
        for iri, (label, _classes) in lex.entities.items()
        if lex.is_a(iri, CHIP)
        and (words := tokens(label))[: len(said)] == said
        and it.text.lower() in words[len(said) :]
    }
    if len(chips) != 1:
        return None
    return Item("entity", it.text, entities=(chips.pop(),))


def _measured_after(item: Item, lex: Lexicon) -> bool:
    """Whether ``item``, after "max" or "plus", is what that word can go with: a figure, a number,
    a name or a kind of thing (not a verb or a relation)."""
    if item.kind in ("qty", "entity"):
        return True
    return item.kind == "term" and any(t in MEASURES or lex.terms.get(t, ("", False))[1] for t in item.terms)


def _pronoun_without_referent(items: list[Item], lex: Lexicon) -> None:
    """Refuse a pronoun (words.tsv filler "pronoun": "its power", "who makes it", "which of them")
    with no chip or organization, nor a kind of either, named before it, nor a chip or a kind of chip
    after it ("rank these by node: Groq LPU, ...", "these chips"): ask keeps no conversation, so the
    words would drop and the answer would cover every chip. "those" is refused the same way, a kind
    of chip after it being no referent ("which of those chips ...")."""

    def referent(x: Item) -> bool:
        if x.kind == "entity":
            return any(chipish_any(lex, list(lex.entities.get(e, ("", ()))[1])) or lex.is_a(e, ORG) for e in x.entities)
        return x.kind == "term" and any(
            lex.terms.get(t, ("", False))[1] and (chipish_any(lex, [t]) or t == ORG or ORG in lex.subclasses.get(t, []))
            for t in x.terms
        )

    for k, it in enumerate(items):
        # "those" points back as "them" does ("How many of those are on 7nm?", "Which of those chips
        # use HBM?"): with nothing before it, only chips named after it ("rank those: A, B") are its
        # referent, never a kind of chip. ("these chips" with nothing before is the article's chips.)
        those = it.kind == "word" and it.text.lower() == "those"
        if (
            it.kind == "word"
            and (it.value == "pronoun" or those)
            and not any(referent(x) for x in items[:k])
            and not any(
                referent(x) and _chipish_item(x, lex) and (x.kind == "entity" or not those) for x in items[k + 1 :]
            )
        ):
            raise refuse(
                f"'{it.text}' refers to something asked before; ask keeps no conversation: name the chip or company"
            )
        # "these" alone, with nothing before it, is the article's chips ("how many of these use SRAM?"),
        # never its organizations: "Of these from hyperscalers, which are on 7nm?" listed Amazon and Meta
        if it.kind == "word" and it.text.lower() == "these" and not any(referent(x) for x in items[:k]):
            nxt = next((x for x in items[k + 1 :] if x.kind != "word" or x.role != "filler"), None)
            if not (nxt is not None and _chipish_item(nxt, lex)) and any(
                referent(x) and not _chipish_item(x, lex) for x in items[k + 1 :]
            ):
                raise refuse(
                    f"'{it.text}' with an organization after it may mean chips or companies, or refer to "
                    "something asked before: say 'chips' or 'companies'"
                )


def _range_word_before_number(items: list[Item], lex: Lexicon) -> None:
    """Refuse a preposition of place that is a range before a number (words.tsv filler "within":
    "draw within 100 W", "within 10% of the Groq LPU's SRAM", "within 7nm"): read as "in" it would
    ask for exactly that figure or node ("have within 64 GB of HBM" answered the chips with 64 GB).
    Before anything else ("scaled out within EC2 UltraClusters") it says where, as "in" does."""
    for k, it in enumerate(items):
        if not (it.kind == "word" and it.value == "within"):
            continue
        after = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler" and not x.value)), None)
        if after is not None and (
            after.kind == "qty"
            or (after.kind == "word" and after.role in ("cmp", "number"))
            or (after.kind == "entity" and any(lex.is_a(e, CK + "ProcessNode") for e in after.entities))
        ):
            raise refuse(
                f"'{it.text}' before a number or a node is a range I do not read; "
                "say 'under', 'at most' or 'between ... and ...'"
            )


#: the relations whose words join chips together ("connected", "linked together", "interconnected")
_JOINING = frozenset({CK + "interconnect", CK + "scaleOut"})


def _restated_reach(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "What is the scale-out ceiling for the Blackwell GPU -- i.e. how many GPUs can be linked?": a
    gloss that says the same again (words.tsv ``gloss`` valued ``same``) made of how many chips can be
    joined (:func:`_joined_passive`), after a question that names one chip and its scale out, asks
    that scale out again: the gloss is dropped. Read alone, "how many GPUs can be linked" is refused
    (it names no chip), and so is the gloss after any other question."""
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "gloss" and x.value == "same"), None)
    if at is None or at + 1 >= len(items):
        return items
    count, before = items[at + 1], items[:at]
    chips = {e for x in before if _named_chip(x, lex) for e in x.entities}
    # nothing said past the verb ("... linked with NVLink 5" would be a condition read only there)
    content = [x for x in items[at + 2 :] if not (x.kind == "word" and x.role == "filler" and not x.value)]
    modal = len(content) > 1 and content[1].kind == "word" and content[1].value == "verb"
    if (
        len(content) == (4 if modal else 3)
        and count.kind == "word"
        and count.role == "count"
        and _joined_passive(items[at + 2 :], lex)
        and any(x.kind == "term" and CK + "scaleOut" in x.terms for x in before)
        and len(chips) == 1
        and not any(x.kind == "word" and x.role == "count" for x in before)
    ):
        while before and before[-1].kind == "comma":  # "..., i.e. how many": the comma goes with it
            before = before[:-1]
        return before
    return items


def _joined_passive(after: list[Item], lex: Lexicon) -> bool:
    """ "(how many) GPUs can be connected with NVLink 5", "chips can be linked together", "GPUs are
    connected by NVLink": the chips counted are the object of a passive verb of joining (words.tsv:
    a modal ``aux`` valued ``verb`` and "be" valued ``passive``, or a copula, an ``aux`` with no
    value; then a joining word: a term of ck:interconnect or ck:scaleOut, or a filler valued
    ``joins``). That asks how many are (or can be) joined, the reach of a scale out, not how many
    chips use the technology: counted so, "how many GPUs are connected by NVLink" was 1 (Blackwell),
    where the article gives up to 576 GPUs. A chip named ("... with Blackwell") is its own scale
    out, and a number ("can be linked in clusters of over 1,000") is a range on it, both read as
    before; the active verb ("how many chips connect over PCIe") counts the chips that use it."""
    content = [x for x in after if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if any(x.kind == "qty" for x in after) or any(_named_chip(x, lex) for x in after):
        return False
    if len(content) < 3 or not (content[0].kind == "term" and chipish_any(lex, list(content[0].terms))):
        return False
    first = content[1]
    if first.kind == "word" and first.role == "aux" and first.value == "verb" and len(content) >= 4:
        passive, verb = content[2:4]  # "can be connected"
        if not (passive.kind == "word" and passive.value == "passive"):
            return False
    elif first.kind == "word" and first.role == "aux" and not first.value:
        verb = content[2]  # "are connected"
    else:
        return False
    return (verb.kind == "term" and bool(set(verb.terms) & _JOINING)) or (
        verb.kind == "word" and verb.role == "filler" and verb.value == "joins"
    )


def _section_says(items: list[Item], k: int) -> bool:
    """Whether the name of a section at ``k`` ("the introduction", "the Intel" of "the Intel
    section") is the subject of a verb of saying in a question, as "the article" is: "which
    organizations does the introduction name as members", "what share does the Intel section
    attribute to ...": an auxiliary and "the" before it, a verb that changes nothing (words.tsv
    filler) right after it (after the word "section" when the name is a company's)."""
    after = k + 2 if k + 1 < len(items) and items[k + 1].kind == "report" and items[k + 1].text == "section" else k + 1
    return (
        k >= 2
        and items[k - 1].kind == "word"
        and items[k - 1].text == "the"
        and items[k - 2].kind == "word"
        and items[k - 2].role == "aux"
        and after < len(items)
        and items[after].kind == "word"
        and items[after].role == "filler"
        and items[after].text not in ("the", "a", "an", "it", "its", "of", "in", "on", "to", "for", "with", "as")
    )


#: words that open a request for the section rather than a citation of it ("cite the section on Groq")
_SECTION_REQUESTS = ("cite", "name", "show", "give", "list", "identify", "point", "tell", "quote", "find", "locate")


def _section_citation(items: list[Item], k: int, lex: Lexicon) -> tuple[set[int], list[Item]] | None:
    """Whether the word "section" at ``k`` cites where the asker read the answer, with any verb of
    saying in any tense (words.tsv phrase class ``citing``: "as characterised in its section", "as the
    Future Prospects section appears to say", "per the Nvidia section's description", "which the
    section on Groq describes"): the section is one named (a name before it: "the Nvidia section"; "on"
    or "about" and a name after it: "the section on Groq"; or "its", "their": the section of the chips
    the question names), and its clause (between commas and parentheses) holds a word of saying or opens
    with a source hedge ("per", "according to"). A citation is a hedge that changes nothing but which
    section the answer must come from (``Frame.section``). Not one: "which section says ...", "cite the
    section on Groq" (a request for the section-sources report), a section not named ("the section").
    Returns the items to drop (the section's words, its "per" or "according to") and the names that
    say which section (none for "its section" of chips in several sections), or None."""
    start = next((j + 1 for j in range(k - 1, -1, -1) if items[j].kind in ("comma", "open", "close")), 0)
    end = next((j for j in range(k + 1, len(items)) if items[j].kind in ("comma", "open", "close")), len(items))
    clause = items[start:end]
    drop, names = {k}, []
    j = k - 1
    before = items[j] if j >= 0 else None
    if before is not None and before.kind == "word" and before.text.lower() in ("its", "their"):
        drop.add(j)
        chips = {s for x in items if x.kind == "entity" for e in x.entities for s in lex.chip_sections.get(e, ())}
        if len(chips) == 1:  # the section a title names, or the one about a company (ck:profiles)
            (about,) = chips
            owners = tuple(sorted(o for o, sections in lex.profiled.items() if about in sections))
            said = about if about in lex.sections.values() else None
            names = [Item("entity", "its", entities=(said,) if said else owners)] if said or owners else []
    elif before is not None and before.kind == "entity" and before.entities:
        drop.add(j)
        names = [before]
        while j >= 2 and items[j - 1].kind == "word" and items[j - 1].role == "or" and items[j - 2].kind == "entity":
            j -= 2  # "the Alphabet/Google section": one section's title of two names
            drop |= {j, j + 1}
            names.insert(0, items[j])
    elif (
        k + 2 < end
        and items[k + 1].kind == "word"
        and items[k + 1].text.lower() in ("on", "about")
        and items[k + 2].kind == "entity"
    ):
        drop |= {k + 1, k + 2}
        names = [items[k + 2]]
    else:
        return None
    if any(not all(e in lex.sections.values() or lex.profiled.get(e) for e in x.entities) for x in names):
        return None  # "the Blackwell section": no section of the article is about a chip's name
    first = clause[0] if clause else None
    asked = items[min(drop) - 1] if min(drop) > 0 else None
    if (first is not None and first.kind == "word" and first.text.lower().split()[0] in _SECTION_REQUESTS) or (
        asked is not None and asked.kind == "word" and asked.role == "wh"
    ):
        return None  # "cite the section on Groq", "which Nvidia section ...": the section asked for
    citing = {stem(p[0]) for p in phrase_class("citing")}
    opener = [
        (start + n, x)
        for n, x in enumerate(clause[: min(drop) - start])
        if x.kind == "word" and x.text.lower() not in ("the", "its", "their")
    ]
    hedged = bool(opener) and opener[-1][1].text.lower() in ("per", "according to", *_SOURCE_OPENERS)
    if hedged:
        drop.add(opener[-1][0])
    if not hedged and not any(x.kind == "word" and stem(x.text.split()[-1]) in citing for x in clause):
        return None
    return drop, names


def _in_before(items: list[Item], k: int) -> bool:
    """Whether "in" (words.tsv filler, VALUE place) stands right before item ``k``, past articles."""
    j = k - 1
    while j >= 0 and items[j].kind == "word" and items[j].text in ("the", "its", "article's"):
        j -= 1
    return j >= 0 and items[j].kind == "word" and items[j].text == "in" and items[j].value == "place"


def _cited_section(named: list[Item], items: list[Item], lex: Lexicon) -> str | None:
    """The article section that a question cites as where it read the answer ("according to the
    Future Prospects section"), or the one about the company it names ("per the AMD section":
    ck:profiles); of a company with two (Qualcomm), the one about the chips the question names
    ("as reported in the Qualcomm section, how much SRAM does the Cloud AI 100 Ultra carry");
    two sections still standing are refused."""
    sections = {e for x in named for e in x.entities if e in lex.sections.values()}
    company = {s for x in named for e in x.entities for s in lex.profiled.get(e, ())}
    if len(company) > 1:
        chips = {s for x in items if x.kind == "entity" for e in x.entities for s in lex.chip_sections.get(e, ())}
        company = company & chips or company
    sections |= company
    if len(sections) > 1:
        raise refuse("the question cites two sections of the article; ask about one")
    return next(iter(sections), None)


def _unit_word(x: Item | None, lex: Lexicon) -> bool:
    """Whether ``x`` names a kind of compute unit ("tile", "Tensix core"), not a scope like a die."""
    if x is None:
        return False
    if x.kind == "term":
        return x.terms == (CK + "computeUnits",)
    return (
        x.kind == "entity"
        and bool(x.entities)
        and all(
            UNIT_KIND in lex.entities.get(e, ("", ()))[1]
            and lex.counted.get(e, CK + "computeUnits") == CK + "computeUnits"
            for e in x.entities
        )
    )


def _past_articles(items: list[Item], k: int) -> int:
    """Where the first item from ``k`` on that is not "the", "a" or "an" stands ("can an UltraCluster
    hold"); ``len(items)`` when there is none."""
    return next((j for j in range(k, len(items)) if items[j].text.lower() not in ("the", "a", "an")), len(items))


def _counted_group(x: Item) -> bool:
    """Whether ``x`` names a group of chips ("pods", "cluster", "node": a scope word, or the node
    word a process node is also called), which a count word beside it counts."""
    # a bare noun ("pods"), not a phrase of scope ("in a pod", "per node")
    return (
        x.kind == "word"
        and x.role == "scope"
        and x.value in ("PerNode", "PerPod", "PerCluster", "PerSystem")
        and len(tokens(x.text)) == 1
    ) or (x.kind == "term" and x.terms == (CK + "processNode",) and tokens(x.text)[-1] in ("node", "nodes"))


def _carried_words(items: list[Item], lex: Lexicon) -> None:
    """Refuses shapes whose asking words the general walk would drop, leaving another question
    that it answers wrong (red-team round 2, W3 W4 W6 W9 W16): each is named by where its words
    stand, never by the words themselves (those live in words.tsv and the ontology).

    - "what PCIe does Gaudi 3 support": the question word right before a technology asks which
      kind of it; read as "chips with PCIe, one of Gaudi 3" it answered with the chip's own name.
    - "how fast is NVLink 5": a figure asked of something that is not a chip; it listed the chips
      using NVLink 5. "how many GPUs does NVLink 5 connect": the technology is the verb's subject,
      the count its reach (576 GPUs), not the chips that use it.
    - "what is a Gaudi 3 node": what such a thing is, not the chip's process node.
    - "what does each M2000 tile contain", "what does a Tensix core include": the unit is the
      subject; the chip's count of units answered it.
    - "how many nodes in a Gaudi 3 cluster", "how many pods can Trillium scale to": what is
      counted is nodes or pods; the chips per node, pod or cluster answered it."""
    if any(x.kind == "unknown" for x in items):
        return  # unknown words are read (or refused) first: "the Graphcore IPU" is not SRAM's figure
    content = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    for k, x in enumerate(items):
        after = items[k + 1] if k + 1 < len(items) else None
        then = items[k + 2] if k + 2 < len(items) else None
        if (
            x.kind == "word"
            and x.role == "wh"
            and _thing(after, lex)
            and (then is None or then.kind == "word" and then.role == "aux")
        ):
            assert after is not None
            raise refuse(
                f"'{x.text} {after.text}' asks which kind of {after.text}; ask what the chip has "
                f"('what interconnect does Gaudi 3 use', 'what memory does it have')"
            )
        if (
            x.kind == "word"
            and x.text in ("a", "an")
            and after is not None
            and after.kind == "entity"
            and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in after.entities)
            and then is not None
            and then.kind == "term"
            and _counted_group(then)
            and not any(c.kind == "term" and set(c.terms) & set(MEASURES) for c in content)  # "FP8 of a ... node"
        ):  # "what's in a Gaudi 3 node": a machine of such chips, not the chip's process node
            raise refuse(
                f"'{x.text} {after.text} {then.text}' is a machine of such chips, not the chip's process node; "
                "ask for the chip's scale out or its process node"
            )
        if _counted_group(x) and (
            (k >= 2 and items[k - 2].kind == "word" and items[k - 2].role == "count" and items[k - 1].kind == "entity")
            or (after is not None and after.kind == "word" and after.role == "count")
            or (k >= 1 and items[k - 1].kind == "word" and items[k - 1].role == "count")
        ):
            raise refuse(
                f"that counts what '{x.text}' names; the article gives how many chips a node, pod or cluster "
                "holds, not how many of those there are (ask for the chip's scale out)"
            )
        if (
            x.kind == "word"
            and x.role == "count"
            and any(
                items[j].kind == "word"
                and items[j].role == "aux"
                and items[j].value == "verb"
                and _past_articles(items, j + 1) + 1 < len(items)  # a verb follows its subject
                and _thing(items[_past_articles(items, j + 1)], lex)
                for j in range(k + 1, len(items) - 1)
            )
            and not any(_named_chip(c, lex) for c in content)  # "... link together with Blackwell": its reach
        ):  # "how many GPUs does NVLink 5 connect / support": the technology is the subject
            raise refuse(
                "that asks how far a technology reaches, not which chips use it; ask for a chip's scale out "
                "('Blackwell scale out') or which chips use it"
            )
        if x.kind == "word" and x.role == "count" and _joined_passive(items[k + 1 :], lex):
            raise refuse(
                "that asks how many chips can be joined together (a chip's scale out, 'Blackwell scale out'), "
                "not how many chips use the technology; ask for a chip's scale out or which chips use it"
            )
        # "how fast is NVLink 5", "what is the speed of PCIe 5.0": a figure asked of a technology
        asked = (
            next((y for y in content[content.index(x) + 1 :] if not (y.kind == "word" and y.role == "aux")), None)
            if x in content
            else None
        )
        measured_next = asked is not None and asked.kind == "term" and bool(set(asked.terms) & set(MEASURES))
        asks_figure = x.kind == "word" and (x.role == "value" or (x.role == "wh" and measured_next))
        if (
            asks_figure
            and not any(
                c.kind == "entity"
                and any({CHIP, COMPONENT} & set(lex.entities.get(e, ("", ()))[1]) for e in c.entities)
                or c.kind == "term"
                and any(t == CHIP or CHIP in lex.subclasses.get(t, []) for t in c.terms)
                or c.kind == "entity"
                and any(ORG in lex.entities.get(e, ("", ()))[1] for e in c.entities)
                for c in content
            )
            and any(_thing(c, lex) for c in content)
        ):
            thing = next(c.text for c in content if _thing(c, lex))
            raise refuse(f"'{x.text}' asks a figure of {thing}, which is not a chip; the graph holds chips' figures")
        if (
            x.kind == "word"
            and x.text in ("a", "an")
            and k >= 2
            and items[k - 1].kind == "word"
            and items[k - 1].role == "aux"
            and items[k - 2].kind == "word"
            and items[k - 2].role == "wh"
            and after is not None
            and after.kind == "entity"
            and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in after.entities)
            and k + 3 == len(items)
            and then is not None
            and then.kind == "term"
        ):
            raise refuse(
                f"'{x.text} {after.text} {then.text}' asks what such a thing is; ask for one of the chip's "
                "figures (`chipkg describe` lists them)"
            )
        rest = [y for y in items[k + 2 :] if y.kind not in ("word", "close") or y.role not in ("filler", "aux", "wh")]
        counted = k >= 1 and items[k - 1].kind == "word" and items[k - 1].role == "count"
        if (
            _unit_word(x, lex)
            and not counted
            and (
                (
                    after is not None
                    and after.kind == "word"
                    and (after.value == "holds" or after.role == "gloss")
                    and not rest
                )
                or (
                    k >= 2
                    and items[k - 2].kind == "word"
                    and items[k - 2].text in ("each", "every")
                    and items[k - 1].kind == "entity"
                )
            )
        ):
            raise refuse(
                f"that asks about one '{x.text}' (what it holds, its figures); the graph holds how many a chip has"
            )


_BEFORE_A_LINE = {
    "any",
    "previous",
    "prior",
    "earlier",
    "older",
    "newer",
    "next",
    "last",
    "latest",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "same",
    "every",
    "each",
}


def _the_before_filler(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "the chips whose power the article states": a phrase of the vocabulary that ends in "the"
    ("power the", a verb of ck:usedFor) took the article of a word that changes nothing: the "the"
    has no name after it, so the phrase is read again without it ("power": the measure)."""
    out: list[Item] = []
    for k, it in enumerate(items):
        words = it.text.split()
        nxt = items[k + 1] if k + 1 < len(items) else None
        if (
            it.kind == "term"
            and len(words) > 1
            and words[-1].lower() == "the"
            and nxt is not None
            and nxt.kind == "word"
            and nxt.role == "filler"
        ):
            out.extend(segment(" ".join(words[:-1]), lex))
            out.append(Item("word", words[-1], role="filler"))
            continue
        out.append(it)
    return out


def _verb_slot(items: list[Item]) -> list[Item]:
    """ "what apps does the Maia 100 power?", "what models does the MTIA v2 power?": a measure's word
    last in the question, after "does"/"can" (words.tsv aux valued ``verb``) and the chip, is the
    question's verb, not the chip's figure (it answered "90 watts"). Where a relation word follows
    the question word ("what apps") the verb only says it again and is dropped; otherwise the
    question is refused: which relation the verb means is not known."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    if len(content) < 4:
        return items
    last, subject, aux = (items[k] for k in content[-1:-4:-1])
    if not (
        content[-1] == content[-2] + 1  # right after the chip ("in its large-capacity tier" is no verb)
        and last.kind == "term"
        and set(last.terms) & set(MEASURES)
        and subject.kind == "entity"
        and aux.kind == "word"
        and aux.role == "aux"
        and aux.value == "verb"
    ):
        return items
    first = items[content[0]]
    if not (first.kind == "word" and first.role == "wh"):
        return items  # "how much power does it draw", "how much does it draw": the measure asked
    head = items[content[1]]
    if head.kind == "term" and set(head.terms) & set(last.terms):
        return items  # "what power does the MTIA v2 draw": the verb says the measure again
    if head.kind == "term" and set(head.terms) & set(RELATIONS):
        return items[: content[-1]] + items[content[-1] + 1 :]
    raise refuse(f"'{last.text}' after the chip reads as a verb; ask what the chip is used for or supports")


def _named_again(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "each Google Trillium TPU (the sixth-generation part)": a parenthesis right after a chip's
    name that says one of the chip's other names ("sixth-generation TPU"), its class word put as
    "part" or "chip", names the chip again and is dropped. Every other word of it must be a word of
    one of the chip's names; a number, negation, comparison or any other word keeps it (a "fifth-
    generation part" is not Trillium)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        out.append(it)
        k += 1
        if not (
            it.kind == "entity" and len(it.entities) == 1 and CHIP in lex.entities.get(it.entities[0], ("", ()))[1]
        ):
            continue
        if not (k < len(items) and items[k].kind == "open"):
            continue
        end = next((j for j in range(k + 1, len(items)) if items[j].kind == "close"), None)
        if end is None:
            continue
        chip = it.entities[0]
        kinds = set(lex.entities[chip][1])
        words = {w for key, iris in lex.names.items() if chip in iris for t in key for w in stems(t)}
        said = False
        for x in items[k + 1 : end]:
            if x.kind == "word" and x.role == "filler" and x.text in ("the", "a", "an", "its", "this"):
                continue
            if x.kind == "term" and set(x.terms) <= kinds:
                continue  # "part", "chip", "TPU": what it is
            if x.kind in ("unknown", "word") and x.role in ("", "attr", "filler") and set(stems(x.text)) <= words:
                said = True
                continue
            break
        else:
            if said:
                k = end + 1
    return out


def _lone_units(items: list[Item]) -> list[Item]:
    """ "how many exaflops can a CS-3 cluster hit": a colloquial unit (words.tsv role ``unit``) with
    no number before it names the measure of its dimension, as "petaflops" (a label of
    ck:performance) does; a unit whose dimension several measures share is refused, never ignored,
    unless the question names one of them ("how many TB/s of memory bandwidth"), which the unit only
    restates. (After a number the unit is part of the quantity, and no item of its own.)"""
    out = []
    for it in items:
        if it.kind == "word" and it.role == "unit":
            dims = {d for d, _v in _quantity_readings("1", it.value)}
            measures = [m for m, d in MEASURE_DIMENSIONS.items() if d in dims]
            named = {m for x in items if x.kind == "term" for m in x.terms if m in measures}
            if len(measures) > 1 and len(named) == 1:
                # "how many TB/s of memory bandwidth": of the measures the unit may be of, the one named
                out.append(it)  # a quiet word, kept for the frame's units asked
                continue
            if len(measures) != 1:
                raise refuse(f"I can't tell which figure {it.text!r} measures; name it")
            it = Item("term", it.text, terms=(measures[0],), value=it.value)  # value: the unit, as asked
        out.append(it)
    return out


def _begins_label(word: str, term: Item, lex: Lexicon) -> bool:
    """Whether ``word`` (or a word it abbreviates: "max" for "maximum") and the term's words
    together spell a label of the term: "max model size" is ck:maxModelSize's "maximum model size"."""
    rest = tuple(t.rstrip(".") for t in tokens(term.text))
    word = word.lower().rstrip(".")
    return any(
        len(label) == len(rest) + 1
        and label[1:] == rest
        and (label[0] == word or (len(word) >= 3 and label[0].startswith(word)))
        and set(found) & set(term.terms)
        for label, found in lex.raw.items()
    )


def _drop(items: list[Item], reads_as_nothing: Any) -> list[Item]:
    """``items`` without those for which ``reads_as_nothing(k, item)`` holds: one pre-pass of
    ``read`` (a word that, in that place, asks nothing)."""
    return [it for k, it in enumerate(items) if not reads_as_nothing(k, it)]


def _asked_attribute(items: list[Item], k: int) -> bool | None:
    """Whether the attribute word at ``k`` ("generation") is what the question asks ("which
    generation of NVLink"), only qualifies what comes before it ("HBM generation" in a list, "the
    prior generation"; False), or neither (None: refused)."""
    wh_words = any(it.kind == "word" and it.role in ("wh", "aux", "count", "value", "rank", "super") for it in items)
    before = [x for x in items[:k] if not (x.kind == "word" and x.role == "filler" and x.text in ("the", "a", "an"))]
    prev = before[-1] if before else None
    prev2 = before[-2] if len(before) >= 2 else None
    # "the prior generation"; "of some generation": some one, any one
    after_line_word = any(x.kind == "word" and x.text in (*_BEFORE_A_LINE, "some") for x in before[-2:])
    after_name = prev is not None and prev.kind in ("entity", "term", "close")
    asked = (
        (prev is not None and prev.kind == "word" and prev.role == "wh")  # "which generation"
        or (
            after_name and prev2 is not None and prev2.kind == "word" and prev2.role == "wh"
        )  # "what memory technology"
        or (k == len(items) - 1 and not wh_words)  # "trillium hbm generation"
    )
    if asked:
        return True
    return False if after_line_word or after_name else None


def _generation_question(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Which generation of NVLink does Blackwell use?", "what generation is Trillium", "gaudi 3 tpc
    generation": the generation (ck:generation) of one named chip, or of the part of it the other
    words name (matched against the names of its features and technologies when answered). Only a
    question that says nothing else: a chip, the word, one phrase for the part, function words."""
    asked = [
        k
        for k, it in enumerate(items)
        if it.kind == "word" and it.role == "attr" and it.text in ("generation", "generations")
    ]
    if len(asked) != 1 or _asked_attribute(items, asked[0]) is not True:
        return None
    rest = list(items)
    # "per the Intel section", "in the Google section": where the asker read it
    for k, it in enumerate(items):
        if it.kind == "report" and it.text == "section" and k >= 1 and items[k - 1].kind == "entity":
            start = k - 1
            while start > 0 and items[start - 1].kind == "word" and items[start - 1].text in ("per", "in", "the"):
                start -= 1
            rest = [x if not start <= j <= k else Item("word", x.text, role="filler") for j, x in enumerate(rest)]
    chips = [
        k
        for k, it in enumerate(rest)
        if it.kind == "entity" and len(it.entities) == 1 and CHIP in lex.entities.get(it.entities[0], ("", ()))[1]
    ]
    if len(chips) != 1:
        return None
    chip = rest[chips[0]].entities[0]
    part: list[int] = []
    for k, it in enumerate(rest):
        if k in (chips[0], asked[0]) or it.kind in ("comma",):
            continue
        if it.kind == "word" and it.role in ("wh", "aux", "filler", "gloss"):
            continue
        if it.kind == "term" and all(lex.terms.get(t, ("", False))[1] and lex.is_a(chip, t) for t in it.terms):
            continue  # "which TPU generation is Trillium": the chip's own kind
        if it.kind in ("entity", "unknown", "term"):
            part.append(k)
            continue
        return None  # a number, a negation, a comparison ...: another question
    if part and part != list(range(part[0], part[-1] + 1)):
        return None  # the part in one phrase
    words = tuple(w for k in part for w in rest[k].text.split())
    return F.Frame(F.GENERATION, subjects=(chip,), part=words)


def _parts_question(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "What processors does the M4 combine on one chip?", "which GPU does the Snapdragon 8 Gen 3
    contain": a kind of processor asked for right after the question word, one named chip and a
    verb of containing (words.tsv: value ``holds``; "combine"): the chip's parts of that kind (its
    components and the chips integrated into it). Only a question that says nothing else."""
    quiet = [x for x in items if not (x.kind == "word" and x.role == "filler" and x.value != "holds")]
    if len(quiet) < 3 or not (quiet[0].kind == "word" and quiet[0].role == "wh" and quiet[0].text in ("what", "which")):
        return None
    kind = quiet[1]
    if kind.kind != "term" or len(kind.terms) != 1 or not lex.terms.get(kind.terms[0], ("", False))[1]:
        return None
    if PROCESSOR not in lex.subclasses.get(kind.terms[0], [kind.terms[0]]) and kind.terms[0] != CHIP:
        return None
    chips = [
        x
        for x in quiet[2:]
        if x.kind == "entity" and len(x.entities) == 1 and CHIP in lex.entities.get(x.entities[0], ("", ()))[1]
    ]
    holds = [x for x in quiet[2:] if x.kind == "word" and (x.value == "holds" or x.role == "sum")]
    # "what GPU is in the Snapdragon 8 Gen 3": a copula right before "in" says the chip holds it
    holds += [
        x
        for k, x in enumerate(items[:-1])
        if x.kind == "word" and x.role == "aux" and not x.value and items[k + 1].text in ("in", "within")
    ]
    if len(chips) != 1 or not holds:
        return None
    for x in quiet[2:]:
        if x is chips[0] or x in holds or (x.kind == "word" and x.role in ("aux", "gloss")):
            continue
        if x.kind == "term" and x.terms == (CHIP,):
            continue  # "on one chip"
        return None
    return F.Frame(F.PARTS, (F.Kind(kind.terms[0]),), subjects=(chips[0].entities[0],))


def _part_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Does the M4 have a Neural Engine?", "does the Snapdragon 8 Gen 3 contain the Adreno 750?":
    an auxiliary first, one named chip, a verb of containing (words.tsv value ``holds``) and one
    named part (a chip component, or a chip): whether the part is the chip's component
    (ck:hasComponent) or integrated into it (ck:integratedInto), yes/no. Only a question that says
    nothing else; a part of another chip is not said of it ("does the Groq LPU have a Neural Engine":
    the article does not say)."""
    quiet = [x for x in items if not (x.kind == "word" and x.role == "filler" and x.value != "holds")]
    if len(quiet) != 4 or not (quiet[0].kind == "word" and quiet[0].role == "aux" and quiet[0].value == "verb"):
        return None
    whole, verb, part = quiet[1:]
    if not (verb.kind == "word" and verb.value == "holds"):
        return None
    if not (whole.kind == "entity" and len(whole.entities) == 1 and lex.is_a(whole.entities[0], CHIP)):
        return None
    if not (part.kind == "entity" and len(part.entities) == 1) or part.entities == whole.entities:
        return None
    if lex.is_a(part.entities[0], COMPONENT):
        return F.Frame(F.YESNO, (F.Relation(CK + "hasComponent", (part.entities[0],)),), subjects=(whole.entities[0],))
    if lex.is_a(part.entities[0], CHIP):
        return F.Frame(
            F.YESNO, (F.Relation(CK + "integratedInto", (whole.entities[0],)),), subjects=(part.entities[0],)
        )
    return None


def _attributes(items: list[Item], lex: Lexicon) -> list[Item]:
    """Words for something ask cannot look up (role ``attr`` in words.tsv: "generation",
    "technology", "system"): dropped where they only follow what they qualify, refused where the
    question asks for them. Dropping "generation" from "which generation of NVLink does Blackwell
    use?" would answer a different question (which chips use NVLink 5) with exit 0."""
    kept: list[Item] = []
    for k, it in enumerate(items):
        if not (it.kind == "word" and it.role == "attr"):
            kept.append(it)
            continue
        if (
            it.text in ("system", "systems")
            and k >= 2
            and items[k - 1].kind == "word"
            and items[k - 1].role == "or"
            and items[k - 2].kind == "term"
            and items[k - 2].terms == (CHIP,)
        ):  # "chip or system": the scope of the figures compared (see _chip_or_card)
            kept.append(it)
            continue
        if _asked_attribute(items, k) is False:  # only qualifies what comes before it
            continue
        if any(pos == k + 2 for _n, _kind, pos in _counts_said(items, lex)):
            continue  # "packaging two dies": says how the units counted after it are put together
        if it.text in ("technology", "technologies") and k >= 1 and items[k - 1].terms == (CK + "memory",):
            # "what memory technology does X use": its memories' technologies (read checks the shape)
            kept.append(Item("word", it.text, role="techasked"))
            continue
        raise refuse(
            f"'{it.text}' asks for something I cannot look up (which {it.text} a part or product is); "
            "`chipkg describe` shows what the article states about it"
        )
    return kept


def _org_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Did Intel buy Habana?", "Is AMD a member of the UXL Foundation?": a yes/no question about
    two organizations is the question "who ..." about the second, and whether the first is among
    the answers (a YESNO frame with ``counting_orgs``). None when the question is not of that shape."""
    items = _after_hedge(items)
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
    ]
    if len(names) == 1:
        return _one_org_yes_no(items, names[0], lex)
    if len(names) != 2 or any(
        len(x.entities) != 1 or ORG not in lex.entities.get(x.entities[0], ("", ()))[1] for x in names
    ):
        return None
    first = names[0]
    return _asked_of(first, " ".join(x.text for x in items if x is not first), lex)


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


def _asked_of(first: Item, rest: str, lex: Lexicon) -> F.Frame | None:
    """Whether ``first`` (an organization) is what "who <rest>" asks for: that question read, as
    a yes/no about ``first``; None when it does not read as a question about organizations."""
    try:
        inner = read("who " + rest, lex)
    except NoAnswer:
        return None
    if inner.ask != F.ORGS:
        return None
    return F.Frame(F.YESNO, inner.constraints, subjects=first.entities, counting_orgs=True, section=inner.section)


def _terse_org_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "intel uxl member?", "intel member of uxl?", "intel habana acquirer?": two organizations and
    an org-to-org relation word, nothing else, say of the first that it stands in the relation: the
    yes/no "is Intel a member of UXL?". The relation word goes between the names (verb or noun: the
    second name is its object), or after both as a noun of the second ("uxl member": a member of
    UXL); a verb after both ("intel habana acquired?") could be read either way and is not taken."""
    content = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    if len(content) < 3 or content[0].kind != "entity":
        return None
    names = [k for k, x in enumerate(content) if x.kind == "entity"]
    if len(names) != 2 or any(
        len(content[k].entities) != 1 or ORG not in lex.entities.get(content[k].entities[0], ("", ()))[1] for k in names
    ):
        return None
    terms = [k for k, x in enumerate(content) if x.kind != "entity"]
    if not terms or any(
        content[k].kind != "term" or not all(t in ORG_RELATIONS for t in content[k].terms) for k in terms
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
        if not (x.kind == "word" and x.role == "between"):
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
                return [*out[:k], *out[k + 1 : c], chip, read[0], *out[c + 1 + m :]]
    return out


def _read_typos(question: str, unknown: list[str], lex: Lexicon) -> F.Frame:
    """The question read again with its unknown words read as the names they misspell
    (:func:`chipkg.ask.lexicon.misspelt_name`) or the words of the vocabulary they misspell
    (:func:`chipkg.ask.lexicon.misspelt_word`), the reading saying so; refused as before unless
    every unknown word is such a typo and each word corrected to a name then reads as part of a
    name."""
    from chipkg.ask.lexicon import misspelt_name, misspelt_word, spelled_as_named

    names = {word: misspelt_name(word, lex) for word in dict.fromkeys(unknown)}
    words = {word: misspelt_word(word, lex) for word, name in names.items() if name is None}
    fixes = {word: names[word] or words.get(word) for word in names}
    if not all(fixes.values()):
        raise _unknown_words(unknown, lex)
    fixed = question
    for word, name in fixes.items():
        fixed = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", str(name), fixed, flags=re.IGNORECASE)
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
