"""Checks of a whole question once it is read (:func:`check_whole`), each refusing one shape of
question whose frame reads without complaint but drops something the question says: a relation
joined to an organization, a condition on a named thing, a figure asked by its size and answered
with chips. Each was found by a red team or a held-out set answering wrong at exit 0; each docstring
names the question that did. They run in the order :func:`check_whole` lists them, after the frame
is built (:func:`chipkg.ask.parse.question.read`), on the question's text and its items; none
changes the frame: a check passes or refuses."""

from __future__ import annotations

import re

from chipkg.ask import frame as F
from chipkg.ask.compile import (
    COUNT_MEASURES,
    MEASURES,
    ORG_RELATIONS,
    RELATIONS,
)
from chipkg.ask.lexicon import (
    Lexicon,
    find_phrase,
    phrase_class,
    tokens,
)
from chipkg.ask.parse.items import (
    CHIP,
    MEMORY_TECH,
    ORG,
    PROCESSOR,
    UNIT_KIND,
    Item,
    refuse,
)
from chipkg.ask.parse.segment import segment
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK


def check_whole(question: str, frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """Refuse a question its frame misreads, by the checks below in turn (the first to refuse says
    why); return when none does."""
    _no_profiled_chip_of_an_organization(question, items, lex)
    _value_admitted_too(question, items, lex)
    _near_a_number(question, lex)
    _tag_question(question)
    _organization_joined_to_a_chip(question, items, lex)
    _property_of_a_top_chip(question, items, lex)
    _condition_on_a_named_thing(question, items, lex)
    _two_relations_of_one_organization(question, items, lex)
    _memory_of_named_chips_listed(question, items, lex)
    _range_words_unread(question, items, lex)
    _size_or_speed_alone(question, items, lex)
    _two_relations_asked_terse(items)
    _two_memories_asked_terse(frame, items)
    _figure_of_a_kind_of_organization(frame, items, lex)
    _memory_of_an_organization(frame, items)
    _answer_described(question, items, lex)
    _memory_bandwidth_said_aside(frame, items)
    _quality_asked_last(frame, items, lex)
    _platform_asked_dropped(frame, items)
    _whose_chip_compared(question, items)
    _organization_relation_dropped(frame, items, lex)
    _memory_across_tiers(question, items, lex)
    _figure_asked_as_chips(frame, question)
    _values_paired_with_chips(frame, question, lex)
    _formats_of_a_kind_asked(items, lex)
    _figure_per_an_unscoped_thing(frame, items, lex)
    _link_of_a_measure(items)
    _bandwidth_beside_a_link(frame, items, lex)
    _memory_summed_over_chips(frame, items, lex)
    _organizations_per_group(frame, items)
    _kinds_of_an_organizations_chips(frame, items, lex)
    _in_production_in_a_year(question, frame)
    _two_nodes_side_by_side(items, lex)
    _another_chip_as_a_gloss(items, lex)
    _other_things_asked(frame, items)


def _no_profiled_chip_of_an_organization(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Does Nvidia have no profiled chip?", "Is there no profiled chip from AWS?" (red team 81): none
    of an organization's chips is profiled, which ask does not read; read as "a chip of it is only
    mentioned", it answered true of the H100 (the Blackwell GPU is profiled). Refused."""
    org = any(
        (x.kind == "entity" and any(lex.is_a(e, ORG) for e in x.entities))
        or (x.kind == "term" and any(lex.is_kind(t, ORG) for t in x.terms))
        for x in items
    )
    for k, x in enumerate(items):
        if not (org and x.kind == "word" and x.role == "profiled"):
            continue
        before = [y for y in items[max(0, k - 2) : k] if y.kind == "word" and y.role == "neg"]
        if any(y.text.lower() in ("no", "none", "without") for y in before):
            raise refuse(
                f"'no {x.text}' chips of an organization says none of its chips is, which ask cannot read; "
                "ask which organizations have a chip that is (or is not) profiled"
            )


def _value_admitted_too(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips support FP32 (TF32 counts)?", "... HBM (SRAM is also fine)", "FP16, and BF16 will
    do", "made by TSMC (Qualcomm is fine)": a name of a value or an organization, then only words that
    say it is acceptable too (words.tsv phrase classes ``admitted``, with ``admittedglue`` among
    them) up to the end of its parenthesis or clause: an "or" with what the question names. The walk
    read the name as one more condition ("supports format FP32 · supports format TF32", red team 94:
    exit 0, the chips with both). Refused, saying how to ask the "or". A name said outside the
    parenthesis too ("LPDDR (any LPDDR counts)") is said again, not added; a unit counted ("dimc
    count") and a name in the question's own run ("gaudi 3 fp8 count") are no such remark."""
    core, glue = phrase_class("admitted"), phrase_class("admittedglue")
    depth = 0
    for k, x in enumerate(items):
        depth += (x.kind == "open") - (x.kind == "close")
        if x.kind != "entity" or not x.entities:
            continue
        if any(lex.is_a(e, CHIP) or UNIT_KIND in lex.entities.get(e, ("", ()))[1] for e in x.entities):
            continue  # "amp tile count": a count of the unit named
        before = next((y for y in reversed(items[:k]) if not (y.kind == "word" and y.role == "filler")), None)
        # in a parenthesis, after a comma or "and", or right after another name ("FP32 - TF32 counts"):
        # a clause of its own, not the name a terse question counts ("dimc count")
        apart = depth > 0 or (
            before is not None
            and (before.kind == "comma" or (before.kind == "word" and before.role == "and") or before.kind == "entity")
        )
        if not apart:
            continue
        elsewhere = {e for j, y in enumerate(items) if j != k and y.kind == "entity" for e in y.entities}
        if set(x.entities) <= elsewhere:
            continue  # "LPDDR (any LPDDR counts)": the name the question asks, said again
        tail: list[str] = []
        named_after = False
        for y in items[k + 1 :]:
            if y.kind == "comma" and not tail:
                continue  # "TF32, which counts"
            if y.kind in ("close", "comma", "open", "entity", "term", "qty"):
                named_after = y.kind in ("entity", "term", "qty")  # "HBM3 counts as HBM": a grant, read apart
                break
            tail.append(y.text)
        if named_after:
            continue
        said = [t for t in tokens(" ".join(tail)) if t not in ("?", ".", "!", ";", "'s", "’s")]
        if not said or not all((t,) in core or (t,) in glue for t in said):
            continue
        if not any((t,) in core for t in said):
            continue
        name = lex.entities.get(x.entities[0], (x.text,))[0]
        raise refuse(
            f"'{x.text} {' '.join(said)}' says {name} is acceptable too, an 'or' with what the question "
            f"names; ask it with 'or' ('... or {name}')"
        )


#: a span the question quotes (not an apostrophe inside a word: "Mythic's")
_QUOTED_SPAN = re.compile(r"(?<![A-Za-z])['‘\"“][^'’\"”]+['’\"”](?![A-Za-z])")


#: words before "about" that ask about something ("what about 7nm chips?", "tell me about ..."), not a
#: number's nearness
_ASKING_ABOUT = frozenset(
    ("what", "how", "me", "us", "know", "question", "info", "information", "talk", "ask", "asking")
)


def _near_a_number(question: str, lex: Lexicon) -> None:
    """ "Does Blackwell have roughly 200 billion transistors?", "about 1.4 GHz", "~130 MB": a number said
    to be near the figure (words.tsv phrase class ``approx`` right before a quantity, after no
    comparator): how near is not said, and read as the number itself the yes/no was "false" of
    Blackwell's 208 billion (red team 97). Refused, saying how to ask."""
    unquoted = _QUOTED_SPAN.sub(
        " ", question
    )  # "take the M2000's 'typical, approximately 4 watts' as 4 W": the article's
    items = segment(unquoted, lex)
    depth = 0
    for k, x in enumerate(items[:-1]):
        depth += (x.kind == "open") - (x.kind == "close")
        asked = k > 0 and items[k - 1].text.lower() in _ASKING_ABOUT  # "what about 7nm chips?"
        # "(the Mythic's ~4 W being typical)", "its typical figure of roughly 4 W": a figure described
        described = (
            depth > 0
            or (
                k > 0
                and items[k - 1].kind == "entity"
                and all(lex.is_a(e, CHIP) or lex.is_a(e, ORG) for e in items[k - 1].entities)
            )
            or any(y.text.lower() in ("figure", "typical", "value", "its", "as") for y in items[max(0, k - 2) : k])
        )
        nxt = items[k + 2] if k + 2 < len(items) else None
        some_of = x.text.lower() == "some" and (
            any(d == "length" for d, _ in items[k + 1].readings)
            or (nxt is not None and nxt.kind == "term" and any(lex.is_kind(t, CHIP) for t in nxt.terms))
        )  # "some 7nm chips": some of them, no figure near a number
        if x.kind == "qty" and not described:
            tail = [y.text.lower() for y in items[k + 1 : k + 5]]
            if tail and tail[0] not in ("or", "or so", "or thereabouts", "give"):
                tail = tail[1:]  # "1 million cores or so": the unit's noun between
            if (
                tail[:2] == ["or", "so"]
                or tail[:1] in (["or so"], ["or thereabouts"])
                or tail[:3] == ["give", "or", "take"]
            ):
                raise refuse(
                    f"'{x.text} or so' asks for a figure near a number, and how near is not said; ask 'more than', "
                    "'at least' or 'between ... and ...'"
                )
        if (
            x.kind == "word"
            and (x.text.lower(),) in phrase_class("approx")
            and items[k + 1].kind == "qty"
            and not asked
            and not described
            and not some_of
        ):
            raise refuse(
                f"'{x.text} {items[k + 1].text}' asks for a figure near a number, and how near is not said; ask "
                "'more than', 'at least' or 'between ... and ...'"
            )


#: "..., and is it made by TSMC?", "... — is it made by TSMC?", "..., is TSMC the maker?", "... & is it a
#: GPU?": a yes/no about the answer, joined on after a question for it
_TAG_QUESTION = re.compile(
    r"(?i)^\s*(?:which|what|who|how)\b.*?(?:,|;|\s-+|\s—|\.\.\.|…|\(|&|\+|\band\b)\s*(?:and\s+|if\s+)?"
    r"(?:is|are|does|do|was|were|has|have|can|could|will|would|it's|they're)\s+"
    r"(?:it|its|they|them|that|this|these|those|that\s+one|the\s+chips?|the\s+winner|the\s+answer"
    r"|[\w-]+\s+(?:the\s+(?:maker|fab|foundry|designer|vendor|manufacturer)|(?:make|fab|design|build|manufacture)s?\s+it))"
)


#: "Which chip has the most transistors? Is it made by TSMC?", "How many chips are on 7nm? Made by TSMC?":
#: a question, then another after its question mark
_SECOND_QUESTION = re.compile(
    r"(?i)^\s*(?:which|what|who|how|whose)\b[^?]*\?\s*"
    r"(?:(?:is|are|does|do|was|were|has|have|can|could|will|would)\s+(?:it|they|that|this|these|those|all|any|the)\b"
    r"|(?:made|built|designed|fabricated|manufactured|produced|on)\b|[\w-]+-made\b)"
    r"[^?]*\?\s*$"
)


#: "Which chip has the most transistors (is it made by TSMC?)": a question inside a parenthesis
_ASKED_ASIDE = re.compile(r"\([^()]*\?\s*\)")


def _tag_question(question: str) -> None:
    """ "Which chip has the most transistors, and is it made by TSMC?", "... ? Is it made by TSMC?",
    "... (made by TSMC?)": a question for chips and a yes/no about the answer, joined; read as one
    more condition, the most among TSMC chips was answered (red teams 97, 99). Refused as two
    questions, as "..., and who makes it?" is."""
    if _TAG_QUESTION.search(question) or _SECOND_QUESTION.search(question) or _ASKED_ASIDE.search(question):
        raise refuse("that is two questions (which one, then a yes/no about it); ask one at a time")


def _organization_joined_to_a_chip(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Are Groq and the MTIA v2 both on 7nm?", "do Intel and Trillium both have 128 GB of HBM?": an
    organization and a chip joined by "and" or "or" as what the question is about; the organization
    was read as the chip's designer ("false" of two 7nm chips, red team 97). It may stand for its
    chip (the Groq LPU) or for all its chips: refused, asking to name the chip."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    comparing = any(x.kind == "word" and x.role in ("comparative", "compare", "super", "rank") for x in said) or bool(
        re.search(r"(?i)\b(?:more|less|fewer|higher|lower|faster|bigger|larger|smaller)\b", question)
    )
    # "Groq's chip", "the Groq chip", "Nvidia's GPU": an organization and a word for its chip, read as one
    merged: list[Item] = []
    for x in said:
        if (
            merged
            and merged[-1].kind == "entity"
            and all(lex.is_a(e, ORG) for e in merged[-1].entities)
            and x.kind == "term"
            and any(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in x.terms)
        ):
            merged[-1] = merged[-1]._replace(text=f"{merged[-1].text} {x.text}")
            continue
        merged.append(x)
    # (not a comma, but right after a yes/no's verb: "the Gaudi 3, Intel's flagship accelerator" says
    # what the chip is; "Are Groq, the MTIA v2 on 7nm?" joins them)
    joins = ("and", "or", "plus", "&", "together with", "along with", "as well as")
    for k, x in enumerate(merged[:-2]):
        joined, y = merged[k + 1], merged[k + 2]
        listed = joined.kind == "comma" and k == 1 and merged[0].kind == "word" and merged[0].role == "aux"
        if not (listed or (joined.kind == "word" and joined.text.lower() in joins)):
            continue
        if x.kind != "entity" or y.kind != "entity" or not x.entities or not y.entities:
            continue
        orgs = [z for z in (x, y) if all(lex.is_a(e, ORG) for e in z.entities)]
        chips = [z for z in (x, y) if all(lex.is_a(e, CHIP) for e in z.entities)]
        if not (orgs and chips):
            continue
        if comparing:
            continue  # "groq or northpole, which has more SRAM?": a vendor of one chip compared stands for it
        if k > 0 and merged[k - 1].kind == "term":
            continue  # "designed by Intel and the Gaudi 3's ...": the organization is a relation's value
        if y in orgs and k + 3 < len(merged) and merged[k + 3].kind == "entity":
            continue  # "the CS-3 and Nvidia's Blackwell": the organization's chip named next
        raise refuse(
            f"'{x.text} {joined.text} {y.text}' joins an organization and a chip; name the organization's chip "
            f"(or ask about the organization's chips)"
        )


#: "the chip with the most transistors", "the one that has the highest clock"
_CHIP_WITH_THE_MOST = re.compile(
    r"(?i)\b(?:chips?|ones?|accelerators?|gpus?|processors?)\s+(?:with|that\s+ha(?:s|ve)|which\s+ha(?:s|ve))\s+"
    r"the\s+(?:most|least|fewest|highest|lowest|biggest|largest|smallest|fastest|slowest|greatest)\b"
)


def _property_of_a_top_chip(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "What node is the biggest chip on?", "what memory does the most power-hungry chip have?": one
    property asked (said before the superlative) of the chip a superlative picks ("the biggest chip",
    a word for chips right after it or after its measure). Read as one question, the superlative
    went to the property asked ("the most feature size": the Mythic M2000's 40nm) or the property
    was dropped (red team 97). Refused, saying to ask in two steps."""
    items = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]

    def property_term(x: Item) -> bool:
        return x.kind == "term" and any(
            t in MEASURES or t in RELATIONS or t in (CK + "memory", CK + "processNode") for t in x.terms
        )

    def chip_noun(x: Item) -> bool:
        return x.kind == "term" and any(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in x.terms)

    def org_noun(x: Item) -> bool:  # "which startup has the most SRAM chip": the chip's organization asked
        return x.kind == "term" and any(lex.is_kind(t, ORG) for t in x.terms if lex.terms.get(t, ("", False))[1])

    top = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "super"), None)
    if top is None:
        return
    # "What memory does the chip with the most transistors use?", "the chip that has the most HBM": a
    # property (no maker: "who designs the chip with the most SRAM" is read) of the chip picked after "with"
    maker = {CK + "designedBy", CK + "manufacturedBy", CK + "designs"}
    picked_by = _CHIP_WITH_THE_MOST.search(question)
    # the property asked: before the chip picked, or after the superlative's own measure ("What is the
    # chip with the highest clock designed for?"); a maker only as "the foundry of the chip with ..."
    of_maker = re.search(r"(?i)\b(?:foundry|fab|designer|maker|manufacturer|vendor)\s+of\s+the\b", question)
    measure_end = top + 1  # "the largest SRAM capacity": the superlative's own measure, in words after it
    while measure_end < len(items) and (
        items[measure_end].kind in ("entity", "open", "close")  # "INT8 (8-bit integer) throughput"
        or (
            items[measure_end].kind == "term"
            and any(t in MEASURES or t == CK + "processNode" for t in items[measure_end].terms)
        )  # "the biggest process node": the node's size
    ):
        measure_end += 1
    others = [*items[: max(0, top - 1)], *items[measure_end:]]
    if (
        picked_by is not None
        and any(property_term(x) and (of_maker or not set(x.terms) & maker) for x in others)
        and items
        and items[0].kind == "word"
        and items[0].role in ("wh", "who")
    ):
        asked = next(x.text for x in others if property_term(x))
        raise refuse(
            f"that asks the {asked} of the chip that is {items[top].text} in something: ask which chip that is, "
            "then about it"
        )
    if top + 1 < len(items) and items[top].text.lower() in ("most", "fewest", "more", "fewer"):
        counted = items[top + 1]
        if (
            counted.kind == "term"
            and counted.text.lower().endswith("s")
            and (
                set(counted.terms) & {CK + "processNode", CK + "designedBy", CK + "manufacturedBy"}
                or any(lex.is_kind(t, ORG) for t in counted.terms if lex.terms.get(t, ("", False))[1])
            )
        ):
            # "which company has chips on the most nodes", "which node has the most designers": a count
            # of different values per group, read as the largest node (the Mythic M2000's 40nm; red team 98)
            raise refuse(
                f"'{items[top].text} {counted.text}' counts the different ones each has, which ask does not count "
                "per group; ask which ones one of them has"
            )
    if not any(property_term(x) or org_noun(x) for x in items[:top]):
        return
    if not items or not (items[0].kind == "word" and items[0].role in ("wh", "who")):
        return
    after = items[top + 1 : top + 3]
    if after and chip_noun(after[0]) and items[top].text.lower() in ("most", "fewest", "least", "more", "fewer"):
        return  # "which node has the most chips": a count of chips per node
    # "the biggest chip", "the most power-hungry chip", "the biggest TSMC chip": a word for chips right
    # after it, or after one word of its measure or a name ("the biggest cluster, chip-wise" is no chip)
    counting = items[top].text.lower() in ("most", "fewest", "least", "more", "fewer")
    picked = bool(after) and (
        chip_noun(after[0])
        or after[0].text.lower() in ("one", "ones")  # "the biggest one"
        or (len(after) > 1 and chip_noun(after[1]) and property_term(after[0]))
        # "the biggest TSMC chip"; "the most 7nm chips" counts them
        or (
            len(after) > 1
            and chip_noun(after[1])
            and after[0].kind == "entity"
            # "the most 7nm chips" counts them; "the most SRAM chip" has the most of a memory
            and (not counting or any(lex.is_a(e, MEMORY_TECH) for e in after[0].entities))
        )
    )
    asked_before = [x for x in items[:top] if property_term(x)]
    if picked and len(after) > 1 and property_term(after[0]) and asked_before:
        measured = set(after[0].terms)
        if all(set(x.terms) & measured for x in asked_before):
            picked = False  # "which chip draws the most power among ...": the measure asked is the one ranked
    if picked:
        asked = next(x.text for x in items[:top] if property_term(x) or org_noun(x))
        raise refuse(
            f"that asks the {asked} of the chip that is {items[top].text} in something: ask which chip that is, "
            "then about it"
        )


#: "If Gaudi 3 is on 7nm, ...", "Were the M4 made on 7nm, ...", "Given that ...", "Supposing ...",
#: "Say ...:", "Had ... been", "Assuming ...": a clause that supposes something, up to its comma or colon
_SUPPOSING = re.compile(
    r"(?i)^\s*(?:if|were|had|given(?:\s+that)?|supposing|suppose|assuming|say"
    r"|as(?!\s+(?:far|long|much|well|for|regards)\b)(?=[^,:;?]*\b(?:is|are|was|were)\b))\b(?P<clause>[^,:;?]*)[,:;]"
)


#: "... if it is on 5nm?", "... if on 7nm?", "..., so does it use HBM?", "X is on 7nm; is it ...?"
_SUPPOSED_AFTER = re.compile(
    r"(?i)(?:\bif\s+(?:it\s+(?:is|were|was)|it's|they\s+(?:are|were))\s+(?:on|made|built|designed|fabricated)\b"
    r"|\bif\s+on\b"
    r"|,\s*so\s+(?:is|are|does|do|would|will|can)\b"
    r"|;\s*(?:is|are|does|do|would|will|can)\s+(?:it|they)\b)"
)


def _condition_on_a_named_thing(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "If Gaudi 3 is on 7nm, does it use HBM?", "Were the M4 on 7nm, which chips would be on 3nm?",
    "Is the Groq LPU made by TSMC if it is on 5nm?", "Is the 5nm Groq LPU made by TSMC?": a supposition
    about a chip or an organization the question names (a clause opening with "if", "were", "given
    that", ..., or closing it with "if it is ..."; or a value said before a chip's name in a yes/no).
    The walk read the supposition as one more condition: "false" where it does not hold, a yes/no for
    a list (red team 101). Refused: ask reads what the article states, not what would follow."""
    opening = _SUPPOSING.search(question)
    named = None
    if opening is not None:
        said = segment(opening.group("clause"), lex)
        named = next(
            (
                x.text
                for x in said
                if x.kind == "entity" and any(lex.is_a(e, CHIP) or lex.is_a(e, ORG) for e in x.entities)
            ),
            None,
        )
        if named is None and re.match(r"(?i)^\s*(?:if|were|had)\s+(?:it|it's|on|in)\b", question):
            named = "it"  # "If it's on 7nm, does Gaudi 3 use HBM?", "If on 7nm, ..."
    if named is None and _SUPPOSED_AFTER.search(question):
        named = "it"
    if named is not None:
        raise refuse(
            f"the question supposes something about {named} ('if', 'were', 'given that'): ask reads what the article "
            "states, not what would follow; ask about it as the article gives it"
        )
    kept = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    if kept and kept[0].kind == "word" and kept[0].role == "aux":
        for k, x in enumerate(kept[1:2], 1):  # right after the verb: "Is the 5nm Groq LPU ...?"
            y = kept[k + 1] if k + 1 < len(kept) else x
            if (
                x.kind == "entity"
                and y.kind == "entity"
                and all(not lex.is_a(e, CHIP) and not lex.is_a(e, ORG) for e in x.entities)
                and all(lex.is_a(e, CHIP) for e in y.entities)
                and k + 2 < len(kept)
            ):
                raise refuse(
                    f"'{x.text} {y.text}' describes the chip as it asks about it; ask whether {y.text} is {x.text}, or "
                    "ask without the description"
                )


def _two_relations_of_one_organization(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips are designed and made by TSMC?", "Is Blackwell designed by Nvidia and TSMC?": two
    relations said of one organization, or one relation of two joined by "and"; the walk moved the
    organization to the relation its kind fits (TSMC: manufactured by), answering what was not asked
    (red team 101: 5 chips "designed and made by TSMC", which designs none). Refused, asking for each."""
    items = [
        x
        for x in items
        if not (x.kind == "word" and x.role == "filler" and not x.value)
        and x.kind != "comma"
        and x.text.lower() not in ("by", "both")
    ]
    makers = {CK + "designedBy", CK + "manufacturedBy", CK + "designs"}
    for k, x in enumerate(items[:-2]):
        joined, y = items[k + 1], items[k + 2]
        if not (joined.kind == "word" and joined.role == "and"):
            continue
        if x.kind == "term" and y.kind == "term" and set(x.terms) & makers and set(y.terms) & makers:
            if set(x.terms) != set(y.terms):
                raise refuse(
                    f"'{x.text} and {y.text}' says two relations of one organization; ask who designs it and who "
                    "makes it apart"
                )
        if (
            x.kind == "entity"
            and y.kind == "entity"
            and all(lex.is_a(e, ORG) for e in (*x.entities, *y.entities))
            and k > 0
            and items[k - 1].kind == "term"
            and set(items[k - 1].terms) & makers
            # "made by Apple and TSMC": a word of making says either role, one each (_made_either)
            and not {CK + "designedBy", CK + "manufacturedBy"} <= set(items[k - 1].terms)
        ):
            raise refuse(
                f"'{items[k - 1].text} {x.text} and {y.text}': one relation of two organizations together; ask "
                "about each"
            )


def _memory_of_named_chips_listed(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Which of Gaudi 3, the MI350 and Trainium2 use HBM?": which of named chips have a memory, read
    as the memory's capacity of each, so a chip with the memory and no stated size dropped out (the
    MI350; red team 101). Refused, saying how to ask."""
    said = items
    if not any(x.kind == "word" and x.role == "wh" and x.text.lower() == "which" for x in said):
        return
    # "Between Gaudi 3 and the MI350, which uses HBM?" (red team 107) names them the same way
    if not re.match(r"(?i)^\s*(?:which\s+(?:of|among)|among|of|between)\b", question):
        return
    chips = [x for x in said if x.kind == "entity" and all(lex.is_a(e, CHIP) for e in x.entities)]
    memory = [x for x in said if x.kind == "entity" and any(lex.is_a(e, MEMORY_TECH) for e in x.entities)]
    holds = any(x.kind == "word" and x.value == "holds" for x in said)
    measured = any(x.kind == "term" and any(t in MEASURES for t in x.terms) for x in said) or any(
        x.kind == "qty" for x in said
    )
    comparing = any(x.kind == "word" and x.role in ("comparative", "compare", "super", "rank") for x in said) or bool(
        re.search(r"(?i)\b(?:more|less|fewer|most|least|higher|lower|bigger|larger|smaller)\b", question)
    )
    if len(chips) >= 2 and memory and holds and not measured and not comparing:
        raise refuse(
            f"which of the chips named have {memory[0].text} is read as its capacity of each, which leaves out one "
            f"with no stated size; ask 'which chips use {memory[0].text}' or for each chip's memory"
        )


def _range_words_unread(question: str, items: list[Item], lex: Lexicon) -> None:
    """Words of a range or a place that ask does not read, and whose reading without them answered
    wrong (red team 100): "strictly between 75 and 200 W" (read with both ends in), "the most
    transistors but one" (read as the most), "a format of 64 bits or more" (read as 8 bytes of
    memory, true of any chip with a stated memory). Refused, saying how to ask."""
    if re.search(r"(?i)\bstrictly\s+between\b", question):
        raise refuse(
            "'strictly between' leaves both ends out, which ask does not read: ask 'more than X and less than Y'"
        )
    if re.search(r"(?i)\bbut\s+(?:one|two|three|four|1|2|3|4)\b", question):
        raise refuse("'but one' counts places from the top, which ask does not read: ask 'the second most' ('third')")
    # "a format of 64 bits or more", "precision above 8 bits" (not "64-bit controllers", a width said)
    formats = re.search(r"(?i)\b(?:formats?|precisions?|data\s+types?|support(?:s|ed)?)\b", question)
    bits = [x for x in items if x.kind == "qty" and re.search(r"(?i)\d\s+bits?\b", x.text)] if formats else []
    memory = any(
        (
            x.kind == "term"
            and (CK + "memory" in x.terms or any(t in MEASURES and "capacity" in t.lower() for t in x.terms))
        )
        or (x.kind == "entity" and any(lex.is_a(e, MEMORY_TECH) for e in x.entities))
        for x in items
    )
    if bits and not memory:
        raise refuse(
            f"'{bits[0].text}' reads as an amount of memory, and the question names none; a format's width "
            "is not compared: ask which formats a chip supports"
        )


def _size_or_speed_alone(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "northpole size", "which chip has the biggest size?", "What speed does the Groq LPU run at?":
    "size" with no memory named may be the die's, a grid's or the memory's, and "speed" alone the clock
    or the compute; read as the memory's capacity and the compute (red team 102: NorthPole's 192 MB
    for its size, the Groq LPU's 1 PetaOPS for the speed it runs at). Refused, saying which to ask.
    A question with a word unknown is left to be read again with its typos mended ("m4 clokc speed"
    is the clock speed), and a "speed" another term follows is no measure of its own ("training speed
    gain" is a comparison claim)."""
    if any(x.kind == "unknown" for x in items):
        return
    memory = any(
        (x.kind == "entity" and any(lex.is_a(e, MEMORY_TECH) for e in x.entities))
        or (x.kind == "term" and CK + "memory" in x.terms)
        for x in items
    )
    # a link's speed, a port's, a lane's: how fast data moves, never the chip's compute
    link_terms = {CK + p for p in ("interconnect", "laneCount", "portCount", "portSpeed", "bandwidth")}
    linked = memory or any(
        (x.kind == "entity" and any(lex.is_a(e, CK + "InterconnectTechnology") for e in x.entities))
        or (x.kind == "term" and bool(link_terms & set(x.terms)))
        for x in items
    )
    for x, after in zip(items, [*items[1:], None], strict=True):
        said = x.text.lower()
        if x.kind == "term" and said in ("size", "sizes") and CK + "capacity" in x.terms and not memory:
            raise refuse("'size' may be the die's area, a grid's or the memory's capacity: say which")
        if (
            x.kind == "term"
            and said in ("speed", "speeds")
            and CK + "performance" in x.terms
            and not linked
            and not (after is not None and after.kind == "term")
        ):
            raise refuse("'speed' may be the clock speed or the compute performance: say which")


def _two_relations_asked_terse(items: list[Item]) -> None:
    """ "groq lpu node formats", "gaudi 3 node interconnect", "groq lpu designer foundry": a search-box
    question (no question word, auxiliary or verb) naming two relations of a chip with no value after
    either asks for both; the first was answered and the other dropped (held-out set 81's "trillium pod
    interconnect" led to "gaudi 3 node interconnect", answered its process node). Refused."""
    if not _search_box(items):
        return
    if any(x.kind == "word" and x.role == "filler" and x.value in ("verb", "holds") for x in items):
        return
    asked: list[Item] = []
    for k, x in enumerate(items):
        relations = {t for t in x.terms if t in RELATIONS} if x.kind == "term" else set()
        if not relations:
            continue
        after = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
        if after is not None and after.kind in ("entity", "qty"):
            continue  # "made by tsmc": a condition, not a relation asked
        if not any(relations & {t for t in y.terms if t in RELATIONS} for y in asked):
            asked.append(x)
    if len(asked) > 1:
        raise refuse(
            f"the question names {len(asked)} things to tell ("
            + ", ".join(f"'{x.text}'" for x in asked)
            + "); ask for one at a time"
        )


def _search_box(items: list[Item]) -> bool:
    """Whether the question is typed as into a search box: no question word, auxiliary, count or
    value word ("gaudi 3 sram hbm", "startup transistors")."""
    return not any(x.kind == "word" and x.role in ("wh", "who", "aux", "count", "value") for x in items)


def _two_memories_asked_terse(frame: F.Frame, items: list[Item]) -> None:
    """ "gaudi 3 sram hbm", "sn40l hbm ddr5": a search box naming a chip and two memories, which one
    memory alone ("gaudi 3 sram") asks the figure of, was read as a yes/no ("true") or a list of the
    chips, no figure shown (red team 105). Refused, saying how to ask either."""
    named = bool(frame.subjects) or any(isinstance(k, F.Identity) and not k.negated for k in frame.constraints)
    if frame.ask not in (F.YESNO, F.CHIPS) or not named:
        return
    if not _search_box(items):
        return
    if any(x.kind == "word" and x.role == "filler" and x.value in ("verb", "holds") for x in items):
        return
    memories = [k for k in frame.constraints if isinstance(k, F.Memory) and k.technology is not None]
    if len(memories) > 1 and not any(isinstance(k, F.Measure) for k in frame.constraints):
        raise refuse(
            "the question names a chip and several memories: ask for one memory's figures ('gaudi 3 sram'), "
            "for all its memory ('gaudi 3 memory'), or whether it has them ('does gaudi 3 have sram and hbm?')"
        )


def _figure_of_a_kind_of_organization(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "startup transistors", "megacap transistors", "startup cores": a search box naming a kind of
    organization and a figure was read as the organizations with a chip that has one, the figure
    dropped (red team 105). Refused, saying how to ask for the chips' figures."""
    if frame.ask not in (F.ORGS, F.COUNT):
        return
    if not _search_box(items):
        return
    for k, x in enumerate(items):
        if not (x.kind == "term" and bool(x.terms) and all(lex.is_kind(t, ORG) for t in x.terms)):
            continue
        j = k + 1  # "startups sram capacity": the names of what the chips have between
        while j < len(items) and items[j].kind == "entity" and not any(lex.is_a(e, CHIP) for e in items[j].entities):
            j += 1
        after = items[j] if j < len(items) else None
        if (
            after is not None
            and after.kind == "term"
            and any(t in MEASURES or t in (CK + "capacity", CK + "memory") for t in after.terms)
        ):
            said = " ".join(y.text for y in items[k : j + 1])
            raise refuse(
                f"'{said}' asks a figure of the chips of a kind of organization: ask for the chips "
                f"('{x.text} chips {after.text}')"
            )


def _memory_of_an_organization(frame: F.Frame, items: list[Item]) -> None:
    """ "sambanova memory", "qualcomm memory": in a search box, the memory of an organization's chips
    was read as their memory capacity, and a memory with no capacity stated (the SN40L's SRAM tier, the
    Cloud AI 100 Ultra's LPDDR4X) was left out, unsaid (red team 105); "sn40l memory" lists every
    memory. Refused unless a capacity is asked in so many words."""
    m = frame.metric
    if frame.ask != F.VALUE or frame.subjects or m is None or m.prop != CK + "capacity" or m.technology is not None:
        return
    if not any(
        isinstance(k, F.Relation) and k.prop in (CK + "designedBy", CK + "manufacturedBy") for k in frame.constraints
    ):
        return
    if any(x.kind == "word" and x.role in ("value", "wh", "who", "aux") for x in items):
        return  # "how much memory do Qualcomm's chips have", "what kind of memory does the Groq chip use"
    memory = any(x.kind == "term" and CK + "memory" in x.terms for x in items)
    capacity = any(x.kind == "term" and CK + "capacity" in x.terms and CK + "memory" not in x.terms for x in items)
    if memory and not capacity:
        raise refuse(
            "the memory of an organization's chips: name the chip for all its memory ('sn40l memory'), or ask "
            "for a capacity ('sambanova memory capacity')"
        )


def _all_of_the_answer(items: list[Item], lex: Lexicon) -> tuple[int, str] | None:
    """ "Which chips, all on 7nm, use HBM?", "(all designed by startups)", "(all GPUs)", "(all chips here
    are on 7nm)", ", which all run inference", "(all by TSMC)": "all" opening a parenthesis or a
    clause set off by a comma (or after its "which"), then a name, a kind or a relation: what every
    chip answered is, said of the answer ("(both foundry and node stated)" says what each must have,
    and is read so). (Where, and the words said.)"""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.text.lower() == "all" and k > 0):
            continue
        before = items[k - 1]
        if not (
            before.kind in ("open", "comma")
            or (before.kind == "word" and before.role == "wh" and k > 1 and items[k - 2].kind == "comma")
        ):
            continue
        j = k + 1
        while j < len(items) and (
            (
                items[j].kind == "word"
                # "(all by TSMC)": the maker after "by" (red team 119: read as a condition)
                and (items[j].role in ("filler", "aux") or items[j].text.lower() in ("of", "them", "by"))
            )
            or (items[j].kind == "term" and CHIP in items[j].terms)
        ):
            j += 1
        if j >= len(items):
            continue
        y = items[j]
        kind = y.kind == "term" and any(lex.terms.get(t, ("", False))[1] for t in y.terms)
        if y.kind == "entity" or kind or (y.kind == "term" and any(t in RELATIONS for t in y.terms)):
            return k, " ".join(z.text for z in items[k : j + 1])
    return None


def _answer_described(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "Which chips use HBM (all of which are GPUs)?", "..., namely the GPUs", "(some of which are
    GPUs)": a clause that says what the whole answer is (words.tsv phrase class ``answerpremise``) was
    read as a condition and narrowed the answer to the chips it names, true or not (red team 107: the
    MI350 and Gaudi 3 for five HBM chips). Refused: ask the condition itself. (A clause after a
    semicolon is :func:`_premise_about_the_answer`'s.)"""
    found = find_phrase(tokens(question), "answerpremise")
    if found is None:
        found = _all_of_the_answer(items, lex)
    if found is not None:
        raise refuse(
            f"'{found[1]} ...' says what the answer is, which ask does not check; ask for the chips that are so "
            "('which GPUs use HBM?')"
        )


def _memory_bandwidth_said_aside(frame: F.Frame, items: list[Item]) -> None:
    """ "What is Blackwell's bandwidth (memory bandwidth, not NVLink)?": a parenthesis that says the
    bandwidth asked is a memory's, beside a bandwidth read as any of the chip's (memory or link), was
    not read into it: Blackwell, which has no memory figure, answered its links' (red team 107).
    Refused, asking to say it in the question itself."""
    m = frame.metric
    if m is None or m.prop != CK + "bandwidth" or not getattr(m, "links_too", False):
        return
    depth = 0
    for x in items:
        depth += (x.kind == "open") - (x.kind == "close")
        if depth > 0 and x.kind == "term" and CK + "bandwidth" in x.terms and "memory" in x.text.lower():
            raise refuse(
                f"'({x.text} ...)' says which bandwidth is asked: say it in the question itself "
                "('what is Blackwell's memory bandwidth?')"
            )


def _quality_asked_last(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Is Gaudi 3's PCIe link bidirectional?", "is Trillium's ICI bidirectional?": a yes/no whose last
    word is a qualifier the graph does not record (words.tsv filler valued ``sense``), said right after
    a link, asks that quality of the link, and the rest was answered ("true": Gaudi 3 has PCIe; red
    team 109). Refused; a qualifier of a workload or a place ("data-center deployment") is read as before."""
    if frame.ask != F.YESNO:
        return
    said = [x for x in items if x.kind != "close" and not (x.kind == "word" and x.role == "filler" and not x.value)]
    if len(said) < 2:
        return
    last, before = said[-1], said[-2]
    if not (last.kind == "word" and last.role == "filler" and last.value == "sense"):
        return
    link = (before.kind == "term" and CK + "interconnect" in before.terms) or (
        before.kind == "entity" and any(lex.is_a(e, CK + "InterconnectTechnology") for e in before.entities)
    )
    if link:
        raise refuse(f"'{last.text}' is a quality of the link the article's figures do not record; ask what they state")


def _platform_asked_dropped(frame: F.Frame, items: list[Item]) -> None:
    """ "Which platform does AWS offer Trainium2 on?", "Which platforms do hyperscalers deploy their
    chips on?": a question word and "platform" as the head, with no word of the relation a platform
    is the value of ("run on", "deployed on"), was read as a question about chips, the platform
    dropped (red team 106: Trainium2 itself, or every chip of the organization, was answered).
    Refused where the frame answers chips or organizations."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if said and said[0].kind == "word" and said[0].value == "place":
        said = said[1:]  # "On which platform ..."
    if len(said) < 2 or not (said[0].kind == "word" and said[0].role == "wh"):
        return
    head = said[1]
    if head.kind == "word" and head.value == "sense" and head.text.lower() in ("platform", "platforms"):
        if frame.ask in (F.CHIPS, F.COUNT, F.ORGS, F.TOP, F.RANK):
            raise refuse(
                f"'{said[0].text} {head.text}' asks for a platform, but the rest reads as a question about chips: "
                "ask what platform a chip is deployed on ('what platform does Trainium2 run on?')"
            )


def _whose_chip_compared(question: str, items: list[Item]) -> None:
    """ "Whose chip does the Corsair C8 beat?", "Whose chip is the Corsair C8 compared against?": the
    chip asked is the baseline of the named chip's claim, whose designer is asked; read as the named
    chip's own designer, d-Matrix was answered (red team 106: Nvidia's H100 is the baseline, l.173).
    Refused, saying how to ask."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if not said or said[0].text.lower() != "whose":
        return
    if any((x.kind == "term" and CK + "claim" in x.terms) or (x.kind == "word" and x.role == "compare") for x in said):
        raise refuse(
            "'whose chip' asks for the designer of the chip a claim is against: ask what chip it is compared "
            "against ('what is the Corsair C8 compared against?'), then who designs that chip"
        )


def _organization_said(x: Item, lex: Lexicon) -> bool:
    """``x`` names an organization or a kind of one ("d-Matrix", "the vendor")."""
    if x.kind == "entity":
        return bool(x.entities) and all(lex.is_a(e, ORG) for e in x.entities)
    return x.kind == "term" and any(lex.is_kind(t, ORG) for t in x.terms)


def _organization_relation_dropped(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Who is the parent of the company that designs Trainium2?", "Is the designer of Trillium a
    member of UXL?", "Who designs Trainium2? What is its parent company?": a relation between
    organizations (parent, owner, partner, acquired, member) said beside a chip's maker, in a frame
    that reads no such relation: the maker was answered (AWS for Amazon) or the member read as the
    designer ("false", red team 106). Two relations at once: refused, as "who owns the maker of
    Trillium?" is."""
    for k in frame.constraints:
        if (
            isinstance(k, F.Relation)
            and k.prop in (CK + "designedBy", CK + "manufacturedBy")
            and any(lex.is_a(v, CK + "Consortium") for v in k.values)
        ):
            # "Is the designer of the MI350 in the UXL Foundation?" was read as designed by it ("false"):
            # a consortium makes no chip, and "in" says membership of the designer (red team 106)
            raise refuse(
                f"{lex.entities[k.values[0]][0]} is a consortium, which designs and makes no chip; ask whether "
                "the chip's designer is a member of it ('is AMD a member of the UXL Foundation?')"
            )
    said = [
        x
        for k, x in enumerate(items)
        if x.kind == "term"
        and any(t in ORG_RELATIONS for t in x.terms)
        # "the vendor's own claim", "d-Matrix's own full-stack platform": a possessive's "own" before
        # what is owned, no relation ("the company owns the firm ..." is one)
        and not (
            k > 0
            and _organization_said(items[k - 1], lex)
            and k + 1 < len(items)
            and not (items[k + 1].kind == "word" and items[k + 1].role == "filler" and not items[k + 1].value)
            and items[k + 1].kind != "entity"
        )
    ]
    makers = {CK + "designedBy", CK + "manufacturedBy", CK + "designs"}

    def of_an_organization(x: Item) -> bool:
        # what the relation is said of, past fillers: an organization or its maker's word, or nothing
        # ("which company did the designer of Gaudi 3 buy?"); "part of the on-die design" is no such
        k = items.index(x) + 1
        while k < len(items) and items[k].kind == "word" and items[k].role == "filler" and not items[k].value:
            k += 1
        if k >= len(items) or items[k].kind in ("word", "comma", "close"):
            return True
        after = items[k]
        return _organization_said(after, lex) or (after.kind == "term" and bool(makers & set(after.terms)))

    said = [x for x in said if of_an_organization(x)]
    if not said:
        return
    if not any(x.kind == "term" and makers & set(x.terms) for x in items):
        return
    used = {k.prop for k in frame.constraints if isinstance(k, F.Relation)}
    used |= {
        k.prop
        for o in frame.constraints
        if isinstance(o, F.OrgOfChips)
        for k in o.constraints
        if isinstance(k, F.Relation)
    }
    if frame.metric is not None:
        used.add(frame.metric.prop)
    if used & ORG_RELATIONS:
        return
    raise refuse(
        f"'{said[0].text}' relates organizations, and the question also asks who makes a chip: two relations at "
        "once; ask who designs the chip, then about that company"
    )


def _memory_across_tiers(question: str, items: list[Item], lex: Lexicon) -> None:
    """ "How much memory does the SN40L have across all tiers?", "the most memory (all tiers)": the
    word "tiers" after "across", "all", "its", "every" or "each", in a question that names memory
    apart, says which of a chip's memories the figure spans, not that their number is asked. Read as
    the count of tiers ("3 tiers", and the SN40L "least memory"; red team 94, exit 0). A sum over a
    chip's memories is no figure the article states, and ask does not add: refused."""
    for k, x in enumerate(items):
        if not (x.kind == "term" and CK + "memoryTierCount" in x.terms):
            continue
        memory = any(y.kind == "term" and CK + "memory" in y.terms for j, y in enumerate(items) if j != k)
        before = [y.text.lower() for y in items[max(0, k - 3) : k]]
        if memory and {"across", "all", "its", "every", "each", "over", "both"} & set(before):
            raise refuse(
                f"'{' '.join(before[-1:])} {x.text}' says the memory is summed over a chip's memory tiers, which the "
                "article does not state and ask does not add; ask for each memory's capacity"
            )


#: a question asking for a figure by its size ("how big a model ...", "what size models ..."): never a list
_HOW_MUCH = re.compile(r"^\W*(?:how\s+(?:big|large|much|fast)|what\s+size)\b", re.IGNORECASE)


def _figure_asked_as_chips(frame: F.Frame, question: str) -> None:
    """ "how big a model can the SambaNova platform run" (red team 89 E) was listed as the chips on
    it: a question that opens by asking how big, how much or what size asks for a figure, not chips."""
    if frame.ask == F.CHIPS and _HOW_MUCH.match(question):
        raise refuse("the question asks for a figure (how big, how much, what size), not for chips")


def _values_paired_with_chips(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Is the Groq LPU on 3nm and the Apple M4 on 7nm?", "Is Gaudi 3 from Nvidia and Blackwell from
    Intel?", "Does the e150 draw more than 150 W and the e75 less than 100 W?", "... 3nm and 7nm
    respectively" (red team 84): a yes/no of several chips that gives each chip its own value pairs
    them, which a yes/no whose every condition holds of every chip does not read (crossed pairs were
    answered true, the node read as "3nm or 7nm" of both; two ranges were each asked of both chips).
    Refused where a value (a name that is no chip, or a number) is said between the chips, other than
    one describing the chip after it ("Nvidia's Blackwell", "the 5nm Gaudi 3"), or "respectively" is."""
    if frame.ask != F.YESNO or len(set(frame.subjects)) < 2:
        return
    if re.search(r"(?i)\brespectively\b", question):
        raise refuse("'respectively' pairs each chip with its own value: ask about one chip at a time")
    try:
        said = segment(question, lex)
    except NoAnswer:
        return
    chips = [
        k
        for k, x in enumerate(said)
        if x.kind == "entity" and x.entities and all(lex.is_a(e, CHIP) for e in x.entities)
    ]
    if len(chips) < 2:
        return
    for k in range(chips[0] + 1, chips[-1]):
        x = said[k]
        # a memory names a measure as often as a value ("Gaudi 3's per-chip SRAM total ... than the Groq LPU's")
        value = x.kind == "qty" or (
            x.kind == "entity"
            and not all(lex.is_a(e, CHIP) or lex.is_a(e, CK + "MemoryTechnology") for e in x.entities)
        )
        if value and k + 1 not in chips:
            raise refuse(
                f"'{x.text}' is said of one of the chips, not of all of them: a yes/no pairing each chip with its "
                "own value is asked one chip at a time"
            )


#: a width in bits said as a name ("16 bit floating point", "2 bit"): formats of that width
_WIDTH = re.compile(r"^\d+\s*bit\b", re.IGNORECASE)


def _formats_of_a_kind_asked(items: list[Item], lex: Lexicon) -> None:
    """ "Which 16-bit formats does the Trainium2 support?", "Which floating-point formats does the AI 100
    Ultra support?", "List the 8-bit formats the article names.": the formats of one width or family
    asked for, which ask does not list: the width was read as a condition on chips (the Trainium2
    itself answered) and the family dropped as a word of sense (INT8 listed as floating point; red
    team 111 W2). Refused, pointing to the chip's formats, each shown with its width and family."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    for k, opener in enumerate(said):
        if not (opener.kind == "word" and (opener.role == "wh" or opener.text.lower() in ("list", "name"))):
            continue
        run = k + 1  # the words of a kind between: "16-bit floating-point", "4-bit and 2-bit"
        while run < len(said) and (
            (said[run].kind == "entity" and (len(said[run].entities) > 1 or _WIDTH.match(said[run].text)))
            or (said[run].kind == "word" and said[run].role == "filler" and said[run].value == "sense")
            or said[run].kind == "unknown"
            or (said[run].kind == "word" and said[run].role in ("and", "or") and run > k + 1)
        ):
            run += 1
        noun = said[run] if run < len(said) else None
        if run > k + 1 and noun is not None and noun.kind == "term" and CK + "supportsFormat" in (noun.terms or ()):
            kind = " ".join(x.text for x in said[k + 1 : run])
            raise refuse(
                f"'{kind} {noun.text}' asks for the formats of one kind, which ask does not list: ask which "
                "formats a chip supports (each has its width and family in `chipkg describe`)"
            )


def _figure_per_an_unscoped_thing(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "What is Gaudi 3's HBM bandwidth per stack?", "the Corsair C8's SRAM per chiplet", "the NVLink
    bandwidth per link": one chip's figure asked per a thing the article states no figure of (a
    word of the graph, right after "per": not a scope ("per die", "per card"), a measure ("the per-port
    rate") nor "per the vendor's page").
    The "per" was dropped and the chip's figure answered (red team 111 W5). Refused."""
    if frame.ask != F.VALUE:
        return
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        if (
            x.kind == "word"
            and x.role == "group"
            and x.text.lower() in ("per", "each")
            and after.kind == "term"
            # "the per-port rate", "inside each core": the figure's own words, or a count's
            and not any(t in MEASURES or t in COUNT_MEASURES for t in after.terms or ())
            # "each chip that runs at 1.2 GHz", "each GPU": the chips asked of ("per chiplet" is no chip)
            and not any(t == CHIP or (x.text.lower() == "each" and lex.is_kind(t, CHIP)) for t in after.terms or ())
        ):
            raise refuse(
                f"'{x.text} {after.text}': the article gives no figure per {after.text}; ask for the chip's figure, "
                "which says its scope"
            )


def _link_of_a_measure(items: list[Item]) -> None:
    """ "Which scale-out interconnect does Gaudi 3 use?": a measure's word right before the word for a
    link says which link (the one it scales out over), but was read as the measure: the scale-out
    limits were answered, not the link (red team 111 W8). Refused, pointing to the chip's links,
    each shown with its purpose."""
    for x, after in zip(items, items[1:], strict=False):  # side by side ("the bandwidth of the link" is not)
        if (
            x.kind == "term"
            and any(t in MEASURES and t not in COUNT_MEASURES for t in x.terms or ())
            and after.kind == "term"
            and CK + "interconnect" in (after.terms or ())
            and after.text.lower().startswith(("interconnect", "link", "fabric"))  # a noun ("lanes connect" is not)
        ):
            raise refuse(
                f"'{x.text} {after.text}' asks which link a chip uses for {x.text}, which ask does not read: ask "
                "what interconnects the chip uses (each is shown with what it connects)"
            )


def _bandwidth_beside_a_link(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Does Gaudi 3's PCIe offer more than 1 TB/s?", "Which chips have PCIe with more than 100 GB/s?":
    a bandwidth said beside a link the chip has, with no word of memory, is the link's; read as the
    memory's bandwidth (what a bare bandwidth is), it answered true of Gaudi 3's HBM 3.7 TB/s (red team
    117 D, 11 questions). Refused, unless memory is said ("... PCIe and over 1 TB/s of memory
    bandwidth")."""
    links = [k for k in frame.constraints if isinstance(k, F.Relation) and k.prop == CK + "interconnect"]
    measured = [k for k in frame.constraints if isinstance(k, F.Measure) and k.prop == CK + "bandwidth"]
    if not links or not measured or any(k.technology is not None or k.on_chip is not None for k in measured):
        return
    memory_said = any(
        (x.kind == "term" and (CK + "memory" in x.terms or "memory" in x.text.lower()))
        or (x.kind == "entity" and any(lex.is_a(e, MEMORY_TECH) for e in x.entities))
        for x in items
    )
    if not memory_said:
        link = ", ".join(lex.entities[v][0] for k in links for v in k.values if v in lex.entities)
        raise refuse(
            f"a bandwidth said beside a link ({link}) may be the link's or the memory's: say 'memory "
            "bandwidth', or ask for the link's bandwidth of one chip"
        )


def _memory_summed_over_chips(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which company has the most SRAM across its chips?": the most of a memory, said right after
    "most" (not "the most SRAM chips"), summed over an organization's chips; read as a count of its
    chips with that memory, it answered Tenstorrent (two SRAM chips) over d-Matrix's 2 GB (red team
    116 A). Refused: ask does not add up figures across chips."""
    if frame.group_by is None or frame.ask != F.COUNT:
        return
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    for i, at in zip(content, content[1:], strict=False):
        x, after = items[i], items[at]
        then = items[at + 1] if at + 1 < len(items) else None  # right after ("SRAM chips", not "... its chips")
        if (
            x.kind == "word"
            and x.role == "super"
            and after.kind == "entity"
            and after.entities
            and all(lex.is_a(e, MEMORY_TECH) for e in after.entities)
            and not (then is not None and then.kind == "term" and any(lex.is_kind(t, CHIP) for t in then.terms))
        ):
            raise refuse(
                f"'{x.text} {after.text}' of an organization adds up its chips' {after.text}, which ask does "
                f"not do: ask which chip has the most {after.text}, or which organization has the most chips "
                f"with {after.text}"
            )


def _organizations_per_group(frame: F.Frame, items: list[Item]) -> None:
    """ "How many designers per foundry?", "count designers by node": organizations counted per a
    group of their chips, which ask does not count (it counts chips per designer, foundry or node);
    the group was dropped and every designer counted (red team 116 D). Refused."""
    if not (frame.ask == F.COUNT and frame.counting_orgs and frame.group_by is None):
        return
    for x, after in zip(items, items[1:], strict=False):
        if (
            x.kind == "word"
            and x.role == "group"
            and after.kind == "term"
            and any(t in RELATIONS for t in after.terms)  # "per foundry", "by node"; not "count each company once"
        ):
            raise refuse(
                f"'{x.text} {after.text}' counts organizations per group, which ask does not do: ask how many "
                f"chips per designer, or which organizations' chips have a {after.text}"
            )


def _kinds_of_an_organizations_chips(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """ "Which companies make both mobile and data center chips?": two values before the word for
    chips, of an organization's chips, may mean one chip that is both or a chip of each (Qualcomm's
    Adreno 750 is for mobile, its Cloud AI 100 Ultra for data centers); read as one chip, no
    organization fit (red team 116 C). Refused where the two name values of one relation."""
    if not (frame.ask == F.ORGS or frame.counting_orgs):
        return
    inner = [k for k in frame.constraints if isinstance(k, F.OrgOfChips)]
    conditions = [r for k in inner for r in k.constraints if not getattr(r, "negated", False)]
    content = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    # "4nm chips and inference chips": a word for chips right after each value
    chip_words = [
        x
        for k, x in enumerate(content)
        if k > 0 and content[k - 1].kind == "entity" and x.kind == "term" and any(lex.is_kind(t, CHIP) for t in x.terms)
    ]
    both_said = any(
        x.kind == "word"
        and x.text.lower() == "both"
        and k > 0
        and (
            (
                content[k - 1].kind == "term"
                and any(t in ORG_RELATIONS or t == CK + "designedBy" for t in content[k - 1].terms)
            )
            or (content[k - 1].kind == "word" and content[k - 1].role == "aux")
        )
        for k, x in enumerate(content)
    )
    if len(conditions) >= 2 and (len(chip_words) >= 2 or both_said):
        # "which companies design both 4nm chips and inference chips", "which companies have both a
        # gaming chip and a data center chip": a chip of each (read as one chip of both, Nvidia alone
        # was answered for 4nm and inference, or none fit)
        raise refuse(
            "an organization's chips of two kinds may be one chip of both or a chip of each: ask which chips "
            "are both, or about each kind of chip"
        )
    props = [r.prop for r in conditions if isinstance(r, F.Relation)]
    if len(props) == len(set(props)):
        return
    for k in range(len(content) - 3):
        a, conj, b, then = content[k : k + 4]
        if (
            a.kind == "entity"
            and conj.kind == "word"
            and conj.role == "and"
            and b.kind == "entity"
            and then.kind == "term"
            and any(lex.is_kind(t, CHIP) or lex.is_kind(t, PROCESSOR) for t in then.terms)
        ):
            raise refuse(
                f"'{a.text} and {b.text} {then.text}' of an organization may mean one chip that is both or a chip "
                f"of each: ask which chips are both, or which organizations make {a.text} {then.text} and then "
                f"{b.text} {then.text}"
            )


def _in_production_in_a_year(question: str, frame: F.Frame) -> None:
    """ "Is the MI350 in production in 2026?": being in production in a year, which the year
    production starts (ck:productionYear, 2025) does not decide; read as the start, it answered
    false (red team 117 F). Refused; "does it go into production in 2026" asks the start."""
    if frame.ask != F.YESNO or not any(
        isinstance(k, F.Relation) and k.prop == CK + "productionYear" for k in frame.constraints
    ):
        return
    if re.search(r"\bin (mass |volume |full )?production\b", question, re.IGNORECASE):
        raise refuse(
            "'in production' in a year is not the year production starts, which is all the article gives: "
            "ask when the chip goes into production"
        )


def _two_nodes_side_by_side(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips are on 4nm to 7nm?", "on 3nm-5nm": two process nodes side by side, or with "to"
    or "through" between them, are a range; read as two nodes a chip is on at once, no chip fit
    (red team 114). Refused, pointing to the range and either forms."""
    nodes = [
        k
        for k, x in enumerate(items)
        if x.kind == "entity" and x.entities and all(lex.is_a(e, CK + "ProcessNode") for e in x.entities)
    ]
    for a, b in zip(nodes, nodes[1:], strict=False):
        between = [x.text.lower() for x in items[a + 1 : b]]
        if all(w in ("to", "through", "thru", "till", "until") for w in between) and len(between) <= 1:
            said = " ".join([items[a].text, *between, items[b].text])
            raise refuse(
                f"'{said}' names two process nodes with no 'or' between them: ask for either ('4nm or 7nm') "
                "or a range ('from 4nm to 7nm')"
            )


def _another_chip_as_a_gloss(items: list[Item], lex: Lexicon) -> None:
    """ "What is the Grayskull e75's power (the e150 model)?", "the Groq LPU's clock speed (the
    Tenstorrent e150)": a parenthesis that only names a chip, right after the name of another chip
    it is none of, is a gloss that contradicts the name; read as a second chip asked, both were
    answered (red team 119). Refused, naming both. A parenthesis that narrows a name of several
    chips ("the Grayskull (e75)") names one of them and passes."""
    depth = 0
    last: Item | None = None  # the last chip named outside a parenthesis
    for k, x in enumerate(items):
        if x.kind == "open":
            depth += 1
            if depth == 1 and last is not None:
                end = next((j for j in range(k + 1, len(items)) if items[j].kind == "close"), None)
                inside = items[k + 1 : end] if end is not None else []
                named = [  # the chip it names, beside its maker's name ("the Tenstorrent e150")
                    y
                    for y in inside
                    if y.kind == "entity" and not (y.entities and all(lex.is_a(e, ORG) for e in y.entities))
                ]
                plain = all(
                    y.kind == "entity"
                    or (y.kind == "word" and y.role == "filler" and y.value in ("", "noun"))
                    or (y.kind == "term" and CHIP in y.terms)
                    for y in inside
                )
                if (
                    plain
                    and len(named) == 1
                    and named[0].entities
                    and all(lex.is_a(e, CHIP) for e in named[0].entities)
                    and not set(named[0].entities) & set(last.entities)
                    and not any(lex.parts.get(e) in last.entities for e in named[0].entities)
                ):
                    raise refuse(
                        f"'({' '.join(y.text for y in inside)})' names "
                        f"{', '.join(lex.entities[e][0] for e in named[0].entities)} beside "
                        f"{', '.join(lex.entities[e][0] for e in last.entities)}, which it is not: "
                        "name the chip asked about once"
                    )
        elif x.kind == "close":
            depth = max(0, depth - 1)
        elif depth == 0 and x.kind == "entity" and x.entities and all(lex.is_a(e, CHIP) for e in x.entities):
            last = x
        elif depth == 0 and x.kind == "entity":
            last = None
        elif depth == 0 and x.kind == "word" and x.text.lower() in ("and", "or", "vs", "versus", "than"):
            last = None  # "the e75 and (the e150)": a second chip joined on, not a gloss


def _other_things_asked(frame: F.Frame, items: list[Item]) -> None:
    """ "Which features do the article's custom chips incorporate?": "which" or "what" and a noun of
    words.tsv phrase class ``notchips`` asks for those things, not for chips; read past the noun, the
    custom chips were listed (red team 121). Refused in a list, a count or organizations."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.ORGS):
        return
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        if x.kind == "word" and x.role == "wh" and after.kind == "word":
            if tuple(tokens(after.text)) in phrase_class("notchips"):
                raise refuse(
                    f"'{x.text} {after.text}' asks for {after.text}, which I cannot list; ask which chips have "
                    "a named feature, or `chipkg describe` a chip"
                )
