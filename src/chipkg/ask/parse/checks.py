"""Checks of a built frame against what the question said: a frame that leaves out something the
question constrains (a negated kind, a second subject, an organization asked where chips were read,
an answer form the question told) is refused or mended here, never answered as if the words were
not there. Each takes the frame and the items or text it came from and raises
:class:`~chipkg.errors.NoAnswer` when the frame would answer another question; some return the frame
mended (narrowed, or its answer form set), the rest only check."""

from __future__ import annotations

import re
from typing import Any

from chipkg.ask import frame as F
from chipkg.ask import remarks
from chipkg.ask.compile import (
    COUNT_MEASURES,
    ENTITY_RELATIONS,
    LINK_MEASURES,
    MEASURE_DIMENSIONS,
    MEASURES,
    RELATIONS,
)
from chipkg.ask.lexicon import (
    ASKED,
    EVERY,
    TIE,
    VALUE_CLASS_ROOTS,
    Lexicon,
    fits,
    phrase_class,
    stem,
    stems,
    tokens,
)
from chipkg.ask.parse.asides import (
    _classes_of,
    _is_class,
    peak_read,
)
from chipkg.ask.parse.forms import (
    chipish_any,
)
from chipkg.ask.parse.frames import (
    _NODE_AGE,
    _speed_asked,
)
from chipkg.ask.parse.items import (
    _GENERAL_KINDS,
    ARTICLES,
    CHIP,
    FORMAT,
    MAXIMA,
    MEMORY_TECH,
    NOUNS,
    ORG,
    PROCESSOR,
    SAYS_WHAT_IS_ASKED,
    SENTENCE_BREAK,
    SYSTEM,
    UNIT_KIND,
    Item,
    end_of_scope_list,
    refuse,
)
from chipkg.ask.parse.rewrites import _held_kind, _subject_of_verb
from chipkg.ask.parse.segment import segment
from chipkg.ask.parse.sentences import _checkable, _clause_spans, _names_of
from chipkg.ask.parse.walk import (
    _CHIP_TO_CHIP,
    _RANGES,
    _how_many,
    _State,
)
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK


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
    if asked.kind == "term" and asked.terms and all(lex.is_kind(t, CHIP) for t in asked.terms):
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
    # "Which designs a 4nm chip?": "designs" a verb (an article or a name follows it), not the noun
    # of "which designs use HBM?" (chips)
    at = next(j for j, x in enumerate(said) if x is asked)
    verb_of = said[at + 1] if at + 1 < len(said) else None
    maker = maker or (
        asked.kind == "term"
        and set(asked.terms) == {CK + "designedBy", CK + "designs"}
        and verb_of is not None
        and (verb_of.kind == "entity" or (verb_of.kind == "word" and verb_of.text.lower() in ("a", "an", "the")))
    )

    def org_kind(x: Item) -> bool:
        return x.kind == "term" and bool(x.terms) and all(lex.is_kind(t, ORG) for t in x.terms)

    # "which chip-design companies", "which chip making firms": a maker's modifier (no "by": "chip
    # made by startups" is a chip) between a singular word for chips and the head
    modifiers = 0
    while (
        not asked.plural
        and k + 2 + modifiers < len(items)
        and at + 1 + modifiers < len(said)
        and said[at + 1 + modifiers] is items[k + 2 + modifiers]
        and items[k + 2 + modifiers].kind == "term"
        and items[k + 2 + modifiers].terms
        and all(t in (*makers, CK + "designs") for t in items[k + 2 + modifiers].terms)
        and "by" not in tokens(items[k + 2 + modifiers].text)
        and k + 3 + modifiers < len(items)
        and org_kind(items[k + 3 + modifiers])
    ):
        modifiers += 1
    compound = (
        at + 1 + modifiers < len(said)
        and said[at + 1 + modifiers] is (items[k + 2 + modifiers] if k + 2 + modifiers < len(items) else None)
        and asked.kind == "term"
        and asked.terms
        and all(lex.is_kind(t, CHIP) for t in asked.terms)
        and k + 2 + modifiers < len(items)
        and (
            org_kind(items[k + 2 + modifiers])
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
        words = " ".join(x.text for x in items[k + 1 : k + 3 + modifiers]) if compound else asked.text
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
    items = [x for x in said if not (x.kind == "word" and x.text.lower() in ARTICLES)]
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


#: values of words that make a parenthesis say more than what the article leaves unstated
_NOT_ONLY_UNSAID = ("whichever", "exclude")


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


def _scope_after_set_aside(items: list[Item]) -> None:
    """ "What performance does one CS-3 deliver, not the total of a cluster, per core?": a part set
    aside by a negation that names a scope ends at its comma or parenthesis; a scope said after it
    ("per core", "per node") is asked, not one more set aside. The walk reads the items with no
    commas, where "not ... per cluster per core" carried the negation on to "per core" and answered
    the per-chip figure. Refused: two scopes, one set aside and one asked, are no reading the walk
    makes ("per core, not per cluster" is refused the same way)."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role in ("neg", "contrast")):
            continue
        end = next((e for e in range(k + 1, len(items)) if items[e].kind in ("comma", "open", "close")), None)
        if end is None or not any(y.kind == "word" and y.role in ("scope", "chipscope") for y in items[k + 1 : end]):
            continue
        end = end_of_scope_list(items, end)
        for y in items[end + 1 :]:
            if y.kind == "word" and y.role in ("neg", "contrast"):
                break
            if y.kind == "word" and y.role == "scope":
                raise refuse(f"'{y.text}' after the part set aside asks a figure of another scope; ask for it alone")


def _dies_said(frame: F.Frame, question: str, lex: Lexicon) -> F.Frame:
    """ "How many cores does the CS-3 have across both dies combined?": a words.tsv ``chipscope``
    phrase that counts two dies ("both dies combined", "its two dies together") takes the one chip
    asked of to have two dies, a premise checked when answered (``Frame.chip_premises``): the CS-3
    is one wafer-scale die (l.139), and answered, the premise was dropped unchecked. A "dual-die" or
    "dual-chip" design ("taking its dual-chip design as a whole") says two dies the same way; "over
    its dies" says more than one (Groq LPU's 128 MB was answered unchecked). Beside a list, a count,
    a ranking or several chips, each chip is taken to have the dies, which no premise checks
    ("Which chips have more than 90 MB of SRAM summed over both dies?" listed one-die chips): refused."""
    for x in segment(question, lex):
        said = x.text.lower().replace("-", " ").split()
        if not (x.kind == "word" and x.role == "chipscope" and {"die", "dies", "chip"} & set(said)):
            continue
        if "per" in said:  # "both per chip" (sets 56, 76): each of two chips' figures per chip, no dies
            continue
        if {"two", "both", "dual"} & set(said):  # "its dual-chip design as a whole": two dies in one package
            dies = F.Measure(CK + "dieCount", low=2.0, high=2.0)
        elif "dies" in said:  # "summed over its dies": more than one
            dies = F.Measure(CK + "dieCount", low=2.0)
        else:
            continue
        if frame.ask not in (F.VALUE, F.YESNO) or len(frame.subjects) != 1:
            raise refuse(f"'{x.text}' takes each chip asked of to have several dies; ask of one chip")
        if frame.ask == F.YESNO:
            return frame  # a yes/no of one chip: read as before (no premise checked there)
        return frame._replace(chip_premises=((frame.subjects[0], (dies,)), *frame.chip_premises))
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
    items = [x for x in segment(question, lex) if not (x.kind == "word" and x.text.lower() in ARTICLES)]
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
    if frame.group_by in (CK + "designedBy", CK + "manufacturedBy"):
        return  # "which companies have the most chips": chips counted per organization, organizations answered
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    for wh, kind in zip(said, said[1:], strict=False):
        if not (wh.kind == "word" and wh.role in ("wh", "count")):
            continue
        plural = kind.text.lower().endswith("s")
        spelled = r"[\s-]*".join(re.escape(w) for w in kind.text.split())  # "start ups" was typed "start-ups'"
        if re.search(rf"\b{spelled}'", question, re.IGNORECASE):
            continue  # "which of the startups' chips": the chips of the kind
        if kind.kind == "term" and plural and kind.terms and all(lex.is_kind(t, ORG) for t in kind.terms):
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
    depth, outside, glossed = 0, [], False
    for x in items:
        depth += (x.kind == "open") - (x.kind == "close")
        # a gloss outside parentheses runs to the next comma, read as a parenthesis (asides._drop_glosses)
        glossed = (glossed or (x.kind == "word" and x.role == "gloss")) and x.kind != "comma"
        outside.append(depth == 0 and x.kind != "close" and not glossed)

    def kind_said(x: Item) -> bool:  # "startups", "GPUs": a kind of organization or of chip is a condition
        return x.kind == "term" and any(
            (ORG in lex.subclasses.get(t, []) or CHIP in lex.subclasses.get(t, [])) and t not in _GENERAL_KINDS
            for t in x.terms
        )

    content = [k for k, x in enumerate(items) if (x.kind in ("entity", "qty") or kind_said(x)) and outside[k]]
    either = [
        set(k.values) for k in _constraints_within(frame.constraints) if isinstance(k, F.Relation) and len(k.values) > 1
    ]
    memories = [  # "LPDDR4X or LPDDR5X": one memory of either technology, named on both sides of the "or"
        {k.technology, *k.alternatives}
        for k in _constraints_within(frame.constraints)
        if isinstance(k, F.Memory) and k.alternatives
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
        # both sides must be values of the one condition: "HBM or 4-bit" is no alternative of the
        # 4-bit formats (FP4, INT4) because 4-bit is one of them
        if named and (
            any(named & values and set(before.entities) & values for values in either) or named <= precisions
        ):
            continue
        if named and any(named & values and set(before.entities) & values for values in memories):
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
        said = {t for t in nxt.terms if lex.is_kind(t, ORG)}
        if not said:
            continue
        kept = frame.org_class in said or any(isinstance(c, F.Kind) and not c.negated and c.cls in said for c in kinds)
        dropped = any(isinstance(c, F.Kind) and c.negated and c.cls in said for c in kinds)
        if kept and not dropped:
            raise refuse(
                f"'{x.text} {nxt.text}': the exclusion was not read (the answer would be {nxt.text} themselves); "
                f"ask 'which companies other than {nxt.text} ...'"
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
            rest = [y for y in items[k + 2 :] if not (y.kind == "word" and y.text.lower() in ARTICLES)]
            if (
                rest
                and rest[0].kind == "entity"
                and rest[0].entities
                and all(lex.is_a(e, CHIP) for e in rest[0].entities)
            ):
                raise refuse(
                    f"'{x.text} of {rest[0].text} ...' asks how many of the chips named do it: ask which of them do"
                )


def _count_of_a_memory(frame: F.Frame, items: list[Item]) -> None:
    """ "gaudi 3 hbm count", "how many HBM does Gaudi 3 have": a count of one chip's memory with no
    unit said asks a number of its parts (stacks, dies), which the article never gives; read as the
    memory's size it answered a count with GB. Refused; "how many GB of HBM" is the size."""
    if frame.ask != F.VALUE:
        return
    unit_said = any(x.kind == "qty" or (x.kind == "word" and x.role == "unit") for x in items)
    counted = [
        x
        for x in items
        if x.kind == "word"
        and x.role == "count"
        and x.value not in ("sum", "size")
        and x.text.lower() not in ("counting", "counted")  # "counting HBM3 as HBM": a grant, no count
    ]
    if (
        counted
        and not unit_said
        and frame.metric is not None
        and frame.metric.prop == CK + "capacity"
        and frame.metric.technology is not None
    ):
        raise refuse(
            f"'{counted[0].text}' of a memory asks a number of its parts, which the article does not give: "
            "ask how much memory (its size)"
        )


def _how_many_beside_a_list(items: list[Item], at: int) -> None:
    """ "Name the 7nm chips and say how many there are", "how many HBM chips, and name each": a
    question that opens by asking for the things themselves before "how many", or asks for them in
    a clause joined on after it, asks for the list and its count; read as a count it printed 6 alone.
    A verb of listing said of the article ("how many formats does the article list") asks nothing."""

    def asks(y: Item) -> bool:
        return y.kind == "word" and y.value in ("imperative", "answering")

    content = [y for y in items[:at] if not (y.kind == "word" and y.role == "filler" and not y.value)]
    opened = bool(content) and asks(content[0]) and any(y.kind in ("term", "entity") for y in content[1:])
    joined = any(
        asks(y) and (items[k - 1].kind == "comma" or (items[k - 1].kind == "word" and items[k - 1].role == "and"))
        for k, y in enumerate(items[at + 1 :], start=at + 1)
    )
    # "... ? list them too", "... — which ones?": a later clause asks for the things counted
    later = any(
        (asks(y) or (y.kind == "word" and y.role == "wh"))
        and k + 1 < len(items)
        and items[k + 1].kind == "word"
        and items[k + 1].text.lower() in ("them", "those", "ones", "each")
        for k, y in enumerate(items[at + 1 :], start=at + 1)
    )
    if opened or joined or later:
        raise refuse("the question asks for the things and their count: ask which ones, or ask how many")


def _list_asked_with_count(frame: F.Frame, question: str, items: list[Item]) -> None:
    """ "Which chips does the count of 7nm chips include?", "list the 7nm chips and the count": the
    question asks for the things themselves ("which chips", "list ... chips") and names their count
    only as a noun beside them. Read as a count it printed 6 and dropped the list; refused. A count
    asked right after the asker ("list the number of 7nm chips", "what is the count") still counts,
    and so does one a later sentence asks ("Which chips support FP8? Give the number.")."""
    if frame.ask != F.COUNT or frame.group_by:
        return
    at = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "count"), None)
    if at is None:
        return
    if items[at].text.lower() == "how many":
        _how_many_beside_a_list(items, at)
        return
    # a later clause or sentence that opens by asking the count ("...; give the count", "...? Give
    # the number.") says what the answer is; one that joins it on ("..., with their count") does not
    clauses = re.split(r"(?<=[;,.?!])\s+", question.lower())
    word = items[at].text.lower().rstrip(".?!;,")
    where = next((i for i, c in enumerate(clauses) if word in c), 0)
    later = where > 0 and not set(clauses[where].split(word)[0].split()) & {"and", "with", "along", "plus", "also"}
    if later and not any(y.kind == "word" and y.value in ("imperative", "answering") for y in items[at + 1 :]):
        return
    ranked = [x for x in items[:at] if not (x.kind == "word" and x.text.lower() in ARTICLES)]
    if ranked and ranked[-1].kind == "word" and ranked[-1].role in ("super", "comparative"):
        return  # "the company with the largest number of chips": a group ranked by its count

    def plain(y: Item) -> bool:  # "the", "me": nothing said
        return y.kind == "word" and y.role == "filler" and not y.value

    for k, x in enumerate(items[:at]):
        if x.kind != "word":
            continue
        asker = (x.role == "wh" and x.text.lower() in ("which", "what")) or x.value in ("imperative", "answering")
        if not asker:
            continue
        said = [y for y in items[k + 1 : at + 1] if not plain(y)]
        if (
            said
            and said[0] is not items[at]
            and (said[0].kind in ("term", "entity") or x.value in ("imperative", "answering"))
        ):
            # "list the 7nm chips and the count", "enumerate and count ...": the list word asks for more
            raise refuse(
                f"'{x.text} ... {items[at].text}' asks for the things and their count: ask which ones, or ask how many"
            )
    # "Count the 7nm chips and name them", "the count and names of ...": a word asking for the names
    # after the count; "7nm chips and count", "the 7nm chips with their count": a count joined on
    named = next((y for y in items[at + 1 :] if y.kind == "word" and y.value in ("imperative", "answering")), None)
    before = [y for y in items[:at] if not (plain(y) or (y.kind == "word" and y.value == "pronoun"))]
    joined = (
        bool(before) and before[-1].kind == "word" and before[-1].text.lower() in ("and", "with", "along with", "plus")
    )
    if named is not None or (joined and len(before) > 1):
        raise refuse(
            f"'{(named or before[-1]).text}' beside '{items[at].text}' asks for the things and their count: "
            "ask which ones, or ask how many"
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
    measured_last = [x for x in items if not (x.kind == "word" and x.role == "filler")][-1:]
    if (
        frame.ask == F.CHIPS
        and any(isinstance(k, F.Kind) and not k.negated for k in frame.constraints)
        and any(isinstance(k, F.Measure) and (k.low, k.high) == (None, None) for k in frame.constraints)
        and measured_last
        and measured_last[0].kind == "term"
        and any(t in MEASURES or t == CK + "capacity" for t in measured_last[0].terms)
    ):
        # "tpu hbm capacity", "gpu transistor count": a figure asked of a kind of chip, listed as the chips
        # of the kind that have one (red team 102: the figure never shown)
        raise refuse(
            f"'{' '.join(x.text for x in items)}' asks a figure of a kind of chip: name the chip, or ask for "
            "each one's ('the transistor count of each GPU')"
        )
    noun = next((x for x in items if x.kind == "word" and x.role == "filler" and x.value == "figure noun"), None)
    last = items[-1] if items else None
    if noun is None and frame.ask == F.YESNO and last is not None and last.kind == "word" and last.value == "sense":
        noun = last  # "trainium2 ultracluster scale": a qualifier word last, where a figure's name would stand
    if noun is not None:
        raise refuse(
            f"'{noun.text}' asks for a figure, but the question does not say which: "
            "name it ('bandwidth', 'scale out', 'SRAM')"
        )


def _out_after_name(items: list[Item]) -> None:
    """ "(Groq is out)", "(Groq's out)", "most HBM with Intel out", "Apple being out", "(the GPUs are
    out)": "out" after a name or a kind (an auxiliary between), ending the part, sets it aside; read
    as a filler, it left the name as a condition ("designed by Groq") and answered with what it sets
    aside (red teams 64, 65). Refused: say "excluding" (a parenthesis of chips said out is read so
    where the question is otherwise refused: sentences._disqualified)."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.text.lower() == "out" and x.role == "filler") or k == 0:
            continue
        ends = k + 1 == len(items) or items[k + 1].kind in ("close", "comma")
        j = k - 1
        while j > 0 and (
            (items[j].kind == "word" and (items[j].role in ("aux", "filler") or items[j].text.lower() == "being"))
            or (items[j].kind == "term" and items[j].terms == (CHIP,))  # "Groq's chips are out"
        ):
            j -= 1
        if ends and items[j].kind in ("entity", "term"):  # "(Nvidia's GPU is out)", "(the GPUs are out)"
            raise refuse(f"'{items[j].text} ... out' sets something aside: say 'excluding {items[j].text}'")


def _figures_counted(items: list[Item]) -> None:
    """ "which chips have more than one TOPS figure?": a quantity spelled as a word ("one TOPS") right
    before a noun for figures counts figures; read as a bound on the figure ("> 1 TOPS"), every chip
    with a TOPS figure was answered (red team 65). Refused: ask does not count a chip's figures."""
    for k, x in enumerate(items[1:-1], start=1):
        nxt, before = items[k + 1], items[k - 1]
        number = x.text.split()[0].replace(",", "") if x.kind == "qty" else ""
        if (
            before.kind == "word"
            and before.role == "cmp"
            and number.isdigit()
            and int(number) <= 10
            and nxt.kind == "word"
            and nxt.value == "figure noun"
        ):  # "more than one TOPS figure", "at least 2 FLOPS figures": how many figures, not how large
            raise refuse(f"'{x.text} {nxt.text}' counts a chip's figures, which ask does not; ask for the figures")


def _plural_of_one_chip(items: list[Item], lex: Lexicon) -> None:
    """ "(the Trainiums are out)", "other than Trainiums", "both Trainiums": a plural of a name that
    names one chip (the first-generation AWS Trainium, read from "trainium" by its stem) says several
    chips, which the name does not say: the Trainium2 was kept (red team 65). Refused: name them. A
    name of several chips ("the Grayskulls": both models) is read as before."""
    for x in items:
        if x.kind != "entity" or len(x.entities) != 1 or not lex.is_a(x.entities[0], CHIP):
            continue
        said = tuple(t.lower() for t in tokens(x.text))
        if not (said and said[-1].endswith("s") and len(said[-1]) > 3 and said not in lex.names):
            continue
        one = said[-1][:-1]  # "trainium": a plural whose singular begins another chip's name ("trainium2")
        others = [
            label
            for e, (label, _classes) in lex.entities.items()
            if e != x.entities[0]
            and lex.is_a(e, CHIP)
            and any(t.startswith(one) and t != one for t in tokens(label.lower()))
        ]
        if others:  # "the Trainium TPUs"-like plurals of a model ("Trillium TPUs", "Blackwell GPUs") read as before
            raise refuse(
                f"'{x.text}' is the plural of one chip's name ({lex.entities[x.entities[0]][0]}): name the chips"
            )


def _any_measure(constraints: tuple) -> bool:
    """Whether a figure's range is among the constraints, or among those of an organization's chips."""
    return any(
        isinstance(k, F.Measure) or (isinstance(k, F.OrgOfChips) and _any_measure(k.constraints)) for k in constraints
    )


def _scope_of_no_figure(frame: F.Frame, items: list[Item]) -> None:
    """ "Gaudi 3 FP8, not per node", "Gaudi 3 FP8 per chip I mean, not per node": a scope ("per
    node", "per chip") says which figure, and a yes/no that asks no figure ("does the Gaudi 3 support
    FP8") has none to say it of; read so, "true" was answered where the per-chip FP8 figure asked
    for is one the article does not give (red team 63). Refused: ask for the figure."""
    if frame.ask != F.YESNO or frame.metric is not None or _any_measure(frame.constraints):
        return
    scoped = next((it for it in items if it.kind == "word" and it.role in ("scope", "chipscope")), None)
    if scoped is not None:
        raise refuse(
            f"'{scoped.text}' says which figure, and the question as read asks for none; ask for the figure "
            "('Gaudi 3 FP8 performance per chip')"
        )


def _figure_unnamed(frame: F.Frame, items: list[Item]) -> None:
    """ "which chips have figures?", "which merely mentioned chips have a stated figure?", "chips
    with stated numbers": a noun for a figure as what the chips have, with no figure named, read as
    a filler, and the condition was lost: every chip (or every merely mentioned one, which have no
    figure at all) was listed (red team 52 F2). Refused where the frame holds no figure; so is any
    other noun ask reads as a filler, had by the chips ("which chips have notes?", red team 53)."""
    if frame.ask not in (F.CHIPS, F.COUNT, F.YESNO) or frame.metric is not None:
        return
    if any(isinstance(k, F.Measure) for k in frame.constraints):
        return
    depth = 0
    for k, it in enumerate(items):
        depth += it.kind == "open"
        depth -= it.kind == "close"
        if depth or not (it.kind == "word" and it.role == "filler" and it.value in NOUNS):
            continue
        j = k - 1
        while j >= 0 and items[j].kind == "word" and items[j].role == "filler" and items[j].value not in NOUNS:
            j -= 1
        had = (
            j >= 0
            and items[j].kind == "word"
            and ((items[j].role == "aux" and items[j].value == "holds") or items[j].text.lower() in ("with", "without"))
        )
        if had and it.value == "figure noun":
            raise refuse(
                f"'{it.text}' asks for chips with a figure, but does not say which: name it "
                "('a power figure', 'a transistor count', 'an SRAM capacity')"
            )
        if had:  # "which chips have notes?": a noun ask reads as no condition
            raise refuse(
                f"'{items[j].text} {it.text}' names what the chips have, which ask does not look up: name a "
                "figure or a technology ('which chips have HBM')"
            )


def _figure_of_a_memory(frame: F.Frame, items: list[Item], lex: Lexicon) -> None:
    """A memory said with no figure of it where the frame reads one: refused each way it shows
    (:func:`_memory_alone`, :func:`_memory_figure_noun`, :func:`_technology_figure_noun`)."""
    _memory_alone(frame, items)
    for before, it in zip(items, items[1:], strict=False):
        _memory_figure_noun(frame, before, it)
        _technology_figure_noun(frame, before, it, lex)


def _memory_alone(frame: F.Frame, items: list[Item]) -> None:
    """ "which chips have memory?": read as a stated capacity, it left out the chips whose memory
    has none (the M4's is a bandwidth, the MI350's a likely technology; red team 53). Refused where
    the frame holds a bare capacity and the question says "memory" and no capacity."""
    bare = [
        k
        for k in frame.constraints
        if isinstance(k, F.Measure)
        and k.prop == CK + "capacity"
        and k.technology is None
        and k.low is None
        and k.high is None
    ]
    if (
        bare
        and frame.ask in (F.CHIPS, F.COUNT, F.YESNO)
        and any(x.kind == "term" and x.terms == (CK + "memory",) for x in items)
        and not any(x.kind == "term" and CK + "capacity" in x.terms for x in items)
    ):
        raise refuse(
            "'memory' alone does not say what the chips must have: ask which chips have a memory capacity, "
            "or name a technology ('which chips have HBM')"
        )


def _memory_figure_noun(frame: F.Frame, before: Item, it: Item) -> None:
    """ "which chips have a memory figure": read as a capacity, it left out the M4, whose one memory
    figure is a bandwidth (red team 53). Refused where a noun for a figure follows "memory" and the
    frame measures a memory of no technology."""
    if (
        it.kind == "word"
        and it.value == "figure noun"
        and before.kind == "term"
        and CK + "memory" in before.terms
        and any(isinstance(k, F.Measure) and k.technology is None for k in frame.constraints)
    ):
        raise refuse(
            f"'{before.text} {it.text}' does not say which figure of memory it asks for: name it "
            "('memory capacity', 'memory bandwidth')"
        )


def _technology_figure_noun(frame: F.Frame, before: Item, it: Item, lex: Lexicon) -> None:
    """ "which chips have a stated HBM figure": a noun for a figure right after a memory technology
    asks for a figure of that memory without saying which, its capacity or its bandwidth. Read as
    the memory alone (the noun a filler), it answered the chips with HBM, among them the MI350,
    whose HBM has no figure at all (red team 51 A). Refused where the frame holds the memory and no
    figure of it; "the HBM figure" beside a figure asked ("what bandwidth ... (the HBM figure)") is
    read with the figure."""
    memories = {k.technology for k in frame.constraints if isinstance(k, F.Memory) and k.technology}
    if (
        it.kind == "word"
        and it.role == "filler"
        and it.value == "figure noun"
        and before.kind == "entity"
        and any(e in memories and lex.is_a(e, MEMORY_TECH) for e in before.entities)
    ):
        raise refuse(
            f"'{before.text} {it.text}' does not say which figure of {before.text} it asks for: name it "
            f"('{before.text} capacity', '{before.text} bandwidth')"
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
    if any(x.kind == "word" and (x.role in SAYS_WHAT_IS_ASKED or x.value == "imperative") for x in said):
        return
    content = [x for x in said if not (x.kind == "word" and x.role == "filler") and x.kind != "comma"]
    for before, x in zip(content, content[1:], strict=False):
        classes = [c for e in before.entities for c in lex.entities.get(e, ("", ()))[1]]
        system = any(lex.is_kind(c, SYSTEM) for c in classes)
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
    if frame.ask not in (F.CHIPS, F.COUNT, F.TOP, F.RANK) or frame.counting_orgs:
        return
    props = {k.prop for k in frame.constraints if isinstance(k, F.Measure) and k.low is None and k.high is None}
    if frame.ask not in (F.CHIPS, F.COUNT):
        props = set()
    # "Which chips use SRAM, with their foundries?", "... ? I want the designers.": the organizations
    # of a relation's own class (ENTITY_RELATIONS: a foundry of "manufactured by") asked to be shown,
    # read as a filter ("manufactured by a foundry") it cut the list to the chips whose foundry is named
    role = {prop: cls for cls, prop in ENTITY_RELATIONS}
    props |= {
        k.cls
        for k in frame.constraints
        if isinstance(k, F.Relation) and not k.values and not k.negated and k.cls and role.get(k.prop) == k.cls
    }
    # "List the chips on 4nm and their makers.": the chips' own makers, a word the reading dropped
    # (red team 73: the chips were listed, the makers not shown); shown beside the answer, as above
    makers = {CK + "ChipDesigner", CK + "Foundry", CK + "designedBy", CK + "manufacturedBy"}
    theirs = {
        t
        for k, x in enumerate(said)
        if x.kind == "term"
        and k > 0
        and said[k - 1].kind == "word"
        and said[k - 1].text.lower() == "their"
        # "not their vendors", "rather than their vendors", "TSMC named as their manufacturer"
        and not (
            k > 1
            and said[k - 2].kind == "word"
            and (said[k - 2].role in ("neg", "contrast") or said[k - 2].text.lower() == "as")
        )
        for t in set(x.terms) & makers
    }
    # a relation the question already holds a value of ("have TSMC named as their manufacturer")
    theirs -= {k.prop for k in frame.constraints if isinstance(k, F.Relation) and k.values}
    if frame.ask in (F.CHIPS, F.COUNT):
        props |= theirs
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
        set_off = (j > 0 and before[j - 1].kind in ("comma", "open")) or any(
            y.kind == "term" and props & set(y.terms) for y in later
        )
        answered_before = any(
            y.kind == "term" and any(lex.is_kind(t, CHIP) for t in y.terms) or y.kind == "entity" for y in before[:j]
        )
        if (own or set_off) and answered_before:
            phrase = " ".join([*led, x.text.rstrip(".?!,")])
            if not (props & set(x.terms)) & set(MEASURES):
                raise refuse(
                    f"'{phrase}' asks to show each chip's {x.text.rstrip('.?!,')} beside the answer, not to "
                    "narrow it; ask for the organizations ('which companies design (which foundries make) chips "
                    "that use SRAM?') or for the chips alone"
                )
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


def _one_name_asked(frame: F.Frame, items: list[Item]) -> bool:
    """Whether a value question asks the figure of one chip, or of the chips of one name ("Tenstorrent's
    Grayskull": the e75 and the e150, whose figure the article states once for both): what a hedge
    said of "the figure" is told of. Each figure answered is checked (answer._check_stated)."""
    if len(frame.subjects) == 1:
        return True
    named = [x for x in items if x.kind == "entity" and set(x.entities) & set(frame.subjects)]
    return len(named) == 1 and set(named[0].entities) == set(frame.subjects)


def _yes_no_after_lead_in(frame: F.Frame, question: str, lex: Lexicon) -> None:
    """ "Going by d-Matrix's claims, does the Corsair C8 deliver more than 9 petaflops?": a lead-in up
    to a comma, then an auxiliary, asks yes or no. Answered only as a yes/no (or a comparison of two
    chips asked yes/no); read as anything else (a one-chip list), it is refused. So is a lead-in that
    is a sentence of its own ("Both are big chips. Does the M4 have more transistors than the Maia
    100?" printed a table of the most transistors, the second sentence's auxiliary unread)."""
    items = segment(question, lex)
    comma = next((k for k, it in enumerate(items) if it.kind == "comma"), None)
    main = None
    if comma is not None and not _asks(items[:comma], aux=False):
        main = next((it for it in items[comma + 1 :] if not (it.kind == "word" and it.role == "filler")), None)
    after_comma = (
        main is not None and main.kind == "word" and main.role == "aux" and main.text.lower() not in _CONDITIONAL
    )
    if not after_comma and not _yes_no_sentence_after_lead_in(question, lex):
        return
    if (
        frame.ask == F.YESNO
        or (frame.ask in (F.TOP, F.RANK) and frame.claim is not None)
        or (frame.ask == F.GENERATION and frame.generation is not None)
    ):
        return
    raise refuse("the question asks yes or no after its lead-in, and I could not read it as one")


def _yes_no_sentence_after_lead_in(question: str, lex: Lexicon) -> bool:
    """Whether a sentence after the first opens with an auxiliary ("... Does the M4 ...?") and no
    sentence before it asks which, who or how many: the question's own ask is that sentence's."""
    sentences = SENTENCE_BREAK.split(question.strip())
    for k in range(1, len(sentences)):
        if any(_asks(segment(s, lex), aux=True) for s in sentences[:k]):
            return False
        said = segment(sentences[k], lex)
        main = said[0] if said else None  # its first word ("I am interested in ..." states)
        if main is not None and main.kind == "word" and main.role == "aux" and main.text.lower() not in _CONDITIONAL:
            return True
    return False


#: auxiliaries (words.tsv aux) that open a condition, not a yes/no: "... ? If two are tied, list both."
_CONDITIONAL = ("if", "whether")


def _asks(items: list[Item], aux: bool) -> bool:
    """Whether a lead-in asks something itself: a "which", "who" or "how many" that is no relative
    pronoun after a name or a noun, or, with ``aux`` (a lead-in sentence), an auxiliary opening it
    ("Is it on 7nm? ..."; "X and Y are both given." states). In a lead-in up to a comma the relative
    may follow its noun directly ("Of the 7nm chips which have SRAM, ..."); in a sentence only after a
    comma ("Gaudi 3 and Trainium2, which both use HBM."): "For an evaluation: which chips ...?" asks."""
    for k, it in enumerate(items):
        if it.kind == "word" and it.role in ("wh", "who", "count"):
            comma = k > 0 and items[k - 1].kind == "comma"
            j = k - 2 if comma else k - 1
            before = items[j] if j >= 0 else None
            relative = before is not None and before.kind in ("term", "entity") and it.role == "wh"
            if not (relative and (comma or not aux)):
                return True
    first = next((it for it in items if not (it.kind == "word" and it.role == "filler")), None)
    return aux and first is not None and first.kind == "word" and first.role == "aux"


def _two_relations_joined(frame: F.Frame, items: list[Item]) -> None:
    """ "Which cloud services or applications does the Maia 100 support?": two relations of the graph
    joined by "or" or "and" ask for two things of the chip; a figure or value asked answers one of them
    (the cloud it is deployed on, Azure, and not the applications it supports: exit 0). Refused."""
    if frame.ask != F.VALUE or frame.metric is None:
        return
    for k, (a, joiner) in enumerate(zip(items, items[1:], strict=False)):
        if not (a.kind == "term" and joiner.kind == "word" and joiner.role in ("or", "and")):
            continue
        # "Blackwell's node and its software stack", "the node and the foundry": an article or a
        # pronoun between (red team 106)
        j = k + 2
        while (
            j < len(items)
            and items[j].kind == "word"
            and items[j].role == "filler"
            and items[j].value in ("", "pronoun")
        ):
            j += 1
        if j >= len(items):
            continue
        b = items[j]
        left = set(a.terms) & set(RELATIONS)
        # "and its platform": the value of a chip's deployment, said with a word the relation has no label for
        platform = b.kind == "word" and b.value == "sense" and b.text.lower().strip(".?!") in ("platform", "platforms")
        right = set(b.terms) & set(RELATIONS) if b.kind == "term" else {CK + "deployedOn"} if platform else set()
        if left and right and not left & right:
            raise refuse(
                f"the question asks for two things of the chip ('{a.text}', '{b.text.strip('.?!')}'); ask one at a time"
            )


def _workload_of_a_system(frame: F.Frame, lex: Lexicon) -> None:
    """ "Does Trillium train Gemini?", "Is Copilot trained on the Maia 100?": a workload and a system
    the chip is related to (ck:relatedSystem: deployed on, used for or supporting it) that is no
    platform the chip runs on (a model, an application), both asked of the chip, were read as two
    facts of it and answered true; the question says the system is trained (or run) on the chip,
    which the article does not say of any (red team 49 B). Refused. A cloud platform ("trained on
    Trainium2 in EC2 UltraClusters") is where the chip does the work, and is read as before."""
    relations = [k for k in frame.constraints if isinstance(k, F.Relation) and not k.negated and not k.inverse]
    applications = [
        k
        for k in relations
        if k.prop == CK + "relatedSystem" and not all(lex.is_a(v, CK + "CloudPlatform") for v in k.values)
    ]
    if any(k.prop == CK + "workload" for k in relations) and applications:
        raise refuse(
            "the article gives a chip's workloads and the systems it is related to apart; whether a system is "
            "trained or run on the chip it does not say: ask about the workload or the system"
        )


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
    ) or any(  # "which models train on Blackwell?": a plural noun right after "which" is the chips asked
        it.kind == "word"
        and it.role == "filler"
        and it.value == "noun"
        and it.text.endswith("s")
        and k > 0
        and items[k - 1].kind == "word"
        and items[k - 1].role == "wh"
        for k, it in enumerate(items)
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
    if frame.ask == F.ORGS and (cls == ORG or any(lex.is_kind(k, cls) for k in kinds)):
        listed = ORG
    if listed is None and cls in (CHIP, ORG) and frame.ask == F.VALUE and _form_fits(frame, _FORM_OF_CLASS[cls]):
        listed = cls  # "Who makes the M4? Company names only.": one chip's relation to organizations
    if listed is None:
        raise refuse(f"'{said}' asks for other things than the question does: ask for them in the question")
    # chips are never organizations or technologies; organizations never chips, processors or technologies
    others = (ORG, CK + "Technology") if listed == CHIP else (CHIP, PROCESSOR, CK + "Technology")
    for t in negated:
        if _is_class(t, lex) and not any(lex.is_kind(t, o) for o in others):
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
        # "gpu hbm > 100gb" (red team 105): a memory named right after the kind is that memory's figure
        memory = (
            after.kind == "entity" and bool(after.entities) and all(lex.is_a(e, MEMORY_TECH) for e in after.entities)
        )
        if x.kind != "term" or not (memory or (after.kind == "term" and set(after.terms) & set(MEASURES))):
            continue
        classes = [t for t in x.terms if t != CHIP and lex.terms.get(t, ("", False))[1] and chipish_any(lex, [t])]
        if classes and not set(classes) & kinds:
            raise refuse(
                f"'{x.text} {after.text}': the {after.text} of {x.text}s, or of each chip's {x.text}? "
                f"ask for {x.text}s ('which {x.text}s have ...') or for one chip's {x.text}"
            )


def _emphasis_said(frame: F.Frame, items: list[Item]) -> None:
    """ "Rank the chips by transistor count; the top three matter most to me.": a phrase of what matters
    to the asker (words.tsv filler valued ``emphasis``) beside a ranking's top N says that part is what
    is wanted, and the top N is answered. Anywhere else it would be read as nothing ("which chips
    matter most?" listed every chip): refused."""
    said = next((x for x in items if x.kind == "word" and x.role == "filler" and x.value == "emphasis"), None)
    if said is None:
        return
    at = items.index(said)
    tops = [k for k, x in enumerate(items[:at]) if x.kind == "word" and x.role == "top"]

    def plain(x: Item) -> bool:
        return x.kind == "word" and x.role == "filler" and not x.value

    # the top N right before ("the top three matter most"), nothing after but fillers
    if (
        frame.ask in (F.RANK, F.TOP)
        and frame.n is not None
        and tops
        and all(plain(x) or (x.kind == "word" and x.role == "number") for x in items[tops[-1] + 1 : at])
        and all(plain(x) for x in items[at + 1 :])
    ):
        return
    raise refuse(
        f"'{said.text}' says what matters to you, which ask reads only after a ranking's top N "
        "('rank the chips by power; the top three matter most'): ask for it in the question itself"
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


#: what each form of the answer an instruction asks for (chipkg.ask.lexicon.FORMS) is, said in a refusal
_FORM_SAID = {
    "yesno": "a yes or no",
    "integer": "a count",
    "number": "a number",
    "names": "names",
    "chips": "chip names",
    "orgs": "organization names",
    "orgkind": "organization names (or their count)",
    "multiple": "a multiple",
    "percentage": "a percentage",
    "figure": "a figure with its hedge",
    "tie": "every chip tied at the top (which a most, a least or a ranking lists)",
    "once": "each chip counted once (which a count of chips does)",
    "oncenode": "each process node counted once (which a count of distinct nodes does)",
    "onceorg": "each organization counted once (which a count of organizations does)",
    "systems": "the names of platforms or systems",
    "every": "every one listed, with no tie said (a list's answer; beside a most or a figure, every one of what?)",
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
    if form == "orgkind":  # "(companies, not chips)": organizations listed, or counted
        return _form_fits(frame, "orgs") or (frame.ask == F.COUNT and frame.counting_orgs and not frame.top_groups)
    if form == "names":  # any names: of chips, organizations, or what a chip stands in a relation to
        return frame.ask in (F.CHIPS, F.ORGS, F.TOP, F.RANK) or (metric is not None and metric not in MEASURES)
    if form == "multiple":  # a comparison claim, stated as a multiple (checked when answered)
        return metric == CK + "claim"
    if form == "figure":  # a figure kept with its hedge: figures shown, or chips listed with their hedges
        return frame.ask not in (F.COUNT, F.YESNO)
    if form == TIE:  # ties listed: a most or a least (of chips, or of groups by their count), a ranking
        return frame.ask in (F.TOP, F.RANK) or (frame.ask == F.COUNT and frame.top_groups)
    if form == EVERY:  # every one listed: a list, or a whole ranking; beside a most, all of what?
        return frame.ask in (F.CHIPS, F.ORGS) or (frame.ask == F.RANK and frame.n is None)
    if form == "once":  # each chip counted once: a count of chips (COUNT(DISTINCT ?c)), not of values or companies
        return frame.ask == F.COUNT and not frame.counting_orgs and frame.distinct is None and not frame.top_groups
    if form == "oncenode":  # each node counted once: a count of the distinct nodes of the chips
        return frame.ask == F.COUNT and frame.distinct == CK + "processNode" and not frame.top_groups
    if form == "onceorg":  # each organization counted once: a count of organizations, or of distinct ones
        return (
            frame.ask == F.COUNT
            and not frame.top_groups
            and (frame.counting_orgs or frame.distinct in (CK + "designedBy", CK + "manufacturedBy"))
        )
    if form == "systems":  # the names of platforms or systems: what one chip is deployed on, runs in
        return metric is not None and _RANGES.get(metric) == CK + "System"
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
        if form.startswith(ASKED):  # "The capacity is what I'm after.": the frame must use what is said
            # a relation the question says the article gives none of ("No foundry is named there.") is
            # no part of the answer: "the foundry is what I'm after" beside it asks what is not answered
            used = remarks.uses(frame._replace(unstated=()))
            if used is None or not set(form[len(ASKED) :].split("|")) & used:
                raise refuse(
                    "a sentence says what is asked, and the question as read does not ask it: "
                    "ask for what you want in the question itself"
                )
            continue
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


def _bare(k: Any) -> bool:
    """A condition that names no value: a figure, a memory or a kind the chip has (or none of them)."""
    if isinstance(k, F.OrgOfChips):
        return all(_bare(x) for x in k.constraints)
    if isinstance(k, F.Measure):
        return k.low is None and k.high is None
    if isinstance(k, F.Relation):
        return not k.values and k.cls is None
    return isinstance(k, (F.Memory, F.Kind, F.Identity, F.Profiled))


#: a binary unit of data size as a question types it ("128 GiB", "64gib", "150 MiB")
def _counted_in_binary(x: Item) -> bool:
    """Whether a data size is said in binary steps of a smaller unit ("2048 MB", "131072 KB", "1536
    GB": a multiple of 512 from 1024 up, i.e. 2 GiB, 128 MiB, 1.5 TiB): the asker counts 1024 to the
    next unit, as "GiB" says, and a decimal reading answered "false" of the Corsair C8's "2 GB"
    (red team 95); compared as a binary unit is (answer._points_checked)."""
    if not any(d == "datasize" for d, _ in x.readings):
        return False
    fraction = re.match(r"\s*(0?\.\d+)\s*[a-zA-Z]", x.text)
    if fraction is not None:
        # "0.25 GB", "0.125 TB" (red team 109): a binary fraction of the unit, 256 MiB or 128 GiB said in
        # the next unit up, which a decimal reading answered "false" of the MTIA v2's 256 MB
        steps = float(fraction.group(1)) * 1024
        return steps >= 64 and steps == int(steps)
    number = re.match(r"\s*([\d,]+)(?:\.0+)?\s*[a-zA-Z]", x.text)
    if number is None:
        return False
    n = int(number.group(1).replace(",", ""))
    return n >= 1024 and n % 512 == 0


_BINARY_QTY = re.compile(r"[KkMmGgTtPp]i[Bb]\b")


def _measured(frame: F.Frame) -> set[str]:
    """The measures a frame compares, ranks or shows: of its constraints and of its metric."""
    props = {k.prop for k in frame.constraints if isinstance(k, F.Measure)} | {
        x.prop
        for k in frame.constraints
        if isinstance(k, F.OrgOfChips)
        for x in k.constraints
        if isinstance(x, F.Measure)
    }
    if frame.metric is not None and frame.metric.prop in MEASURES:
        props.add(frame.metric.prop)
    return props


def _points_said(frame: F.Frame, items: list[Item], lex: Lexicon) -> F.Frame:
    """The point of a figure's range the question asks for (``Frame.points``, checked against each
    figure's ck:qualifier when answered): a hedge phrase of ck:Nominal ("typical", "typically",
    "nominal", "rated"), a word valued ``outright`` ("actual", "actually", "definitely"), right before
    the measure's name or as an adverb of the clause (a word in -ly); a superlative of the least right
    before the measure's name where no ranking of chips is asked by it: "a minimum clock above 3 GHz"
    in a yes/no or a list, the second of two superlatives ("the highest minimum clock"); the second
    of two, of the most, asks its maximum ("the lowest maximum clock", which a nominal figure is not). One chip's
    figure asked (a value) only by the word before its name ("the M2000's typical power"): an adverb
    there ("how much power does it actually use") asks the figure, shown with its hedge. Quantities
    in a binary unit ("128 GiB") go to ``Frame.binary_units`` outside a value question."""
    measured = _measured(frame)
    if frame.ask in (F.REPORT, F.COMPARE, F.PARTS, F.GENERATION) or not measured:
        return frame
    bounded = {k.prop for k in frame.constraints if isinstance(k, F.Measure) and (k.low, k.high) != (None, None)}
    points: list[tuple[str, str, str]] = []
    depth = 0
    for k, it in enumerate(items):
        depth += (it.kind == "open") - (it.kind == "close")
        if it.kind == "word" and depth == 1 and lex.hedges.get(stems(it.text)) == CK + "Nominal":
            aside = _nominal_aside(items, k, measured, bounded, lex)
            if aside is not None:  # "the M4's clock speed (nominal)": asked of the figure before
                points.append((it.text, "nominal", aside))
            continue
        if it.kind != "word" or depth > 0:  # "(treat NorthPole's nominal clock as given)": a remark
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        # "the Groq LPU's typical INT8 performance": the figure's name after its format
        j = _past_formats(items, k + 1, 1, lex)
        if j > k + 1 and j < len(items) and items[j].kind == "term":
            after = items[j]
        named = set(after.terms) & measured if after is not None and after.kind == "term" else set()
        if not named and after is not None and after.kind == "qty" and it.role == "filler" and bounded:
            named = bounded & measured  # "does the NorthPole run at a nominal 400 MHz": the figure compared
        # "for sure", "for certain", "stated outright" (words.tsv phrase class ``forcertain``): an
        # adverb of the clause as "definitely" is (red team 67: "does the M4 run above 3 GHz for sure?")
        # (beside a list, a count or a top the figures are checked as "stated outright" ones are:
        # answer._outright_figures)
        certain = (
            frame.ask == F.YESNO
            and k > 0
            and (*tokens(items[k - 1].text), *tokens(it.text)) in phrase_class("forcertain")
        )
        adverb = (it.text.lower().endswith("ly") or certain) and frame.ask != F.VALUE
        # "how many chips actually give a power number": said of the article's stating (a verb of the
        # phrase class ``unsaid``: give, state, name ...), not of a value reached
        stating = after is not None and tuple(tokens(after.text)) in phrase_class("unsaid")
        adverb = adverb and not stating
        # "the M2000's typical power ... than the e75's": said of the figure of the chip before it only
        before = items[k - 1] if k else None
        whose = (
            before.entities[0] if named and before is not None and before.kind == "entity" and before.entities else ""
        )
        if it.role == "filler" and it.value == "peak":
            # "the highest clock, taken at its peak": no hedge says which figures (rewrites._taken_figures)
            read = peak_read(items, k, lex)
            if read is not None and not read[1]:
                points.append((it.text, "maximum", ""))
        elif it.role == "filler" and (named or adverb):
            if lex.hedges.get(stems(it.text)) == CK + "Nominal":
                points.append((it.text, "nominal", whose))
            elif it.value == "outright":
                points.append((f"{items[k - 1].text} {it.text}" if certain else it.text, "actual", whose))
        elif it.role == "super" and it.value in ("asc", "desc") and named - MAXIMA and frame.ask != F.VALUE:
            # "the highest minimum clock": a superlative right before it ranks the chips (points between:
            # "the highest actual minimum clock"); "from most to fewest transistors" is one ranking
            j = k - 1
            while j >= 0 and items[j].kind == "word" and any(items[j].text == p[0] for p in points):
                j -= 1
            second = j >= 0 and items[j].kind == "word" and items[j].role == "super"
            # "is the M4's minimum clock above 2 GHz": said of one chip's figure, no ranking of chips
            ranking = frame.ask in (F.TOP, F.RANK)
            if it.value == "asc" and ((ranking and (second or whose)) or (not ranking and named & bounded)):
                points.append((it.text, "minimum", whose))
            elif it.value == "desc" and ranking and second:  # "the lowest maximum clock" (in a list, a
                points.append((it.text, "maximum", whose))  # "max clock over 1 GHz" is the range's own)
    binary = tuple(x.text for x in items if x.kind == "qty" and (_BINARY_QTY.search(x.text) or _counted_in_binary(x)))
    if frame.ask == F.VALUE:
        binary = ()  # the unit asked of a value is Frame.units_asked
    if any(p[1] == "nominal" for p in points):  # "a nominal clock of 400 MHz": the NorthPole's is 400 MHz
        frame = frame._replace(
            constraints=tuple(
                k._replace(nominal_read=True) if isinstance(k, F.Measure) else k for k in frame.constraints
            )
        )
    return frame._replace(points=tuple(dict.fromkeys(points)), binary_units=binary)


def _past_formats(items: list[Item], j: int, step: int, lex: Lexicon) -> int:
    """The first index from ``j`` on (``step`` 1 forwards, -1 backwards) that is not a numeric
    format's name: the figure's name or its chip beyond "INT8" in "the LPU's INT8 performance"."""
    while 0 <= j < len(items) and items[j].kind == "entity" and all(lex.is_a(e, FORMAT) for e in items[j].entities):
        j += step
    return j


def _nominal_aside(items: list[Item], k: int, measured: set[str], bounded: set[str], lex: Lexicon) -> str | None:
    """ "the M4's clock speed (nominal)", "power (typical, per card)", "above 1 GHz (typical)": a
    ck:Nominal hedge word first in a parenthesis, alone or before a comma, right after a figure's
    name or a quantity compared, asks that figure's nominal value as the word before the name does
    (red team 119: the parenthesis was read as a remark, and the M4's "up to 3.5 GHz" answered as its
    nominal clock). The chip whose figure it is ("" for any), or None where it is no such aside."""
    if k < 2 or items[k - 1].kind != "open" or k + 1 >= len(items) or items[k + 1].kind not in ("close", "comma"):
        return None
    before = items[k - 2]
    if before.kind == "term" and set(before.terms) & measured:
        j = _past_formats(items, k - 3, -1, lex)  # "the Groq LPU's INT8 performance (typical)"
        owner = items[j] if j >= 0 else None
        return owner.entities[0] if owner is not None and owner.kind == "entity" and owner.entities else ""
    if before.kind == "qty" and bounded:
        return ""
    return None


def _qualifier_alone(frame: F.Frame, items: list[Item], lex: Lexicon | None = None) -> None:
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
    for k, it in enumerate(items[:-1]):
        after = items[k + 1]
        if (
            lex is not None
            and it.kind == "word"
            and it.role == "filler"
            and it.value == "sense"
            and after.kind == "term"
            and after.terms
            and all(lex.is_kind(t, ORG) for t in after.terms)
        ):  # "among the big-company chips": which companies are big the graph does not record (set 40)
            raise refuse(f"'{it.text} {after.text}': the graph does not record which companies are {it.text}")
    if frame.ask not in (F.CHIPS, F.COUNT, F.ORGS, F.YESNO):
        return
    bare = all(_bare(k) for k in frame.constraints)
    # the words _points_said reads as a point of a figure's range (checked when answered, not here)
    said = () if lex is None else _points_said(frame, items, lex).points
    point = {(j, x.text) for j, x in enumerate(items) if any(x.text == p[0] and p[1] == "nominal" for p in said)}
    for k, it in enumerate(items):
        if it.kind != "word" or it.role != "filler":
            continue
        named_figure = (
            k + 1 < len(items) and items[k + 1].kind == "term" and bool(set(items[k + 1].terms) & set(MEASURES))
        )
        if (k, it.text) in point:
            continue  # "a typical power under 5 W": checked against each figure's qualifier when answered
        # "which chips state the transistor count as approximate": said after the figure's name, only
        # fillers between, of a list whose only condition is having the figure, it would carry the question;
        # after a copula too ("which power figures are approximate": the adjective said of the figures)
        before = next((x for x in reversed(items[:k]) if not (x.kind == "word" and x.role in ("filler", "aux"))), None)
        figure_before = before is not None and before.kind == "term" and bool(set(before.terms) & set(MEASURES))
        if it.value == "phrasing" and figure_before and bare:
            named_figure = True
        if it.value == "sense" and _format_supported(frame, it):
            continue  # "how many data types does Trainium2 handle": the formats it supports
        if ((it.value in ("sense", "host") and bare) or (it.value == "phrasing" and named_figure)) and (
            lex is not None and stems(it.text) in lex.hedges
        ):
            # "which chips have an approximate power figure": the article records the hedge; ask does
            # not keep figures by it ("does not record" was false, red team 75)
            raise refuse(
                f"'{it.text}' names a hedge, and ask does not keep figures by their hedge here; "
                "`chipkg query hedged-figures` lists the hedged figures"
            )
        if (it.value in ("sense", "host") and bare) or (it.value == "phrasing" and named_figure):
            raise refuse(
                f"'{it.text}' qualifies what the question asks in a way the article's figures do not record; "
                "ask without it, or for one chip's figures (`chipkg describe` shows them with their hedges)"
            )


def _format_supported(frame: F.Frame, it: Item) -> bool:
    """A verb of handling (words.tsv phrase class ``supportverb``) in a question of the numeric
    formats a chip supports (ck:supportsFormat asked, counted or constrained): "support", as said."""
    if tuple(tokens(it.text)) not in phrase_class("supportverb"):
        return False
    asked = frame.metric is not None and frame.metric.prop == CK + "supportsFormat"
    counted = frame.distinct == CK + "supportsFormat"
    return (
        asked
        or counted
        or any(isinstance(k, F.Relation) and k.prop == CK + "supportsFormat" for k in frame.constraints)
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


def _on_chip_link_at(items: list[Item]) -> int | None:
    """Where "on-chip" stands right before a word of the interconnect ("on-chip network", "on-chip
    link"): a link inside the chip (ck:OnChip), not on-chip memory; None where it does not."""
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        if (
            x.kind == "term"
            and CK + "onChip" in x.terms
            and after.kind == "term"
            and CK + "interconnect" in after.terms
        ):
            return k
    return None


def _on_chip_link(items: list[Item]) -> list[Item]:
    """ "what on-chip network does NorthPole use": the "on-chip" of a link goes, the link asked
    (:func:`_link_purpose` reads it from the question as typed); read as on-chip memory it printed
    NorthPole's 192 MB of SRAM."""
    at = _on_chip_link_at(items)
    return items if at is None else [*items[:at], *items[at + 1 :]]


def _link_purpose(frame: F.Frame, items: list[Item], lex: Lexicon) -> F.Frame:
    """ "What connects Trillium pods", "what connects Gaudi 3 nodes", "what connects the M2000 to the
    host": the links of the chips asked that join what the question names, by the graph's ck:purpose,
    not every link the chip has (ICI works within a pod, line 65; the die-to-die link joins one chip's
    dies, line 53). What is joined is read by :func:`_joined`: pods, nodes, systems or clusters
    ("Trillium pods", "its pods", "the pods of Trillium") by scale-out links; several chips ("AI 100
    Ultra cards", "its GPUs", "connect GPUs") by chip-to-chip or scale-out links, and several chips of
    one pod or node ("the TPUs in a Trillium pod", "the Trillium TPUs of a pod") by chip-to-chip links;
    the host by chip-to-host links. The scope word names what is joined, so it is no longer a scope of
    the figure. With no link of that purpose, each chip's answer says so (the Grayskull cards' PCIe is
    a host link, line 183: no link between the cards)."""
    metric = frame.metric
    if frame.ask != F.VALUE or metric is None or not frame.subjects:
        return frame
    host = any(it.kind == "word" and it.role == "filler" and it.value == "host" for it in items)
    if host and metric.prop in LINK_MEASURES:
        # "How many lanes connect the Gaudi 3 to its host?", "How fast is Blackwell's NVLink to the
        # host?": the figure of a link stated as one to the host; read as any link's, the Gaudi 3's
        # PCIe 5.0 (no purpose stated) and the Blackwell's NVLink (chip to chip) answered (red team 32)
        if metric.prop == CK + "bandwidth" and metric.link is None:
            raise refuse("the bandwidth of a link to the host: name the link ('its PCIe 4.0 bandwidth')")
        return frame._replace(metric=metric._replace(purposes=(CK + "ChipToHost",)))
    if metric.prop != CK + "interconnect":
        # "what does Gaudi 3 use to link its HBM", "... to connect its ports": a link asked of what
        # it joins, read as the thing joined (its HBM's capacity, its port count)
        _joined_unread(items)
        return frame
    purposes = _joined(frame.subjects, items, lex)
    if not purposes:
        return frame
    scope = None if frame.scope is not None and frame.scope.removeprefix(CK) in _JOINED_SCOPES else frame.scope
    return frame._replace(metric=metric._replace(purposes=purposes), scope=scope)


def _joined(chips: tuple[str, ...], items: list[Item], lex: Lexicon) -> tuple[str, ...]:
    """The ck:purpose of the links joining what the question names, of a link asked of ``chips``;
    () where it names nothing joined (every link is asked: "what interconnect does Gaudi 3 use").
    Refused where it names something joined that is not read here ("connect its memory", "connect
    TPUs" of a GPU), rather than answered with every link."""
    if any(it.kind == "word" and it.role == "filler" and it.value == "host" for it in items):
        return (CK + "ChipToHost",)
    if _on_chip_link_at(items) is not None:  # "what on-chip network does NorthPole use": its NoC
        return (CK + "OnChip",)
    link = next((k for k, it in enumerate(items) if it.kind == "term" and CK + "interconnect" in it.terms), None)
    if link is None:
        return ()

    def chips_of(x: Item) -> bool:  # "chips", "cards", "accelerators", "GPUs" of a GPU: the chips asked
        return all(t == CHIP or all(lex.is_a(c, t) for c in chips) for t in x.terms)

    def chip_entity(x: Item) -> bool:
        return x.kind == "entity" and bool(x.entities) and all(lex.is_a(e, CHIP) for e in x.entities)

    def kind_plural(x: Item) -> bool:  # a kind of thing in the plural: "GPUs", "cards", "chips"
        return (
            x.kind == "term"
            and x.text.endswith("s")
            and bool(x.terms)
            and all(lex.terms.get(t, ("", False))[1] for t in x.terms)
        )

    # several chips named: "Trillium TPUs" (a plural name), "Gaudi 3 GPUs", "its cards", "connect GPUs"
    several = any(chip_entity(x) and x.plural for x in items)
    for k, x in enumerate(items[:-2]):
        # "to talk GPU to GPU", "chip to chip": one kind twice, joined by "to", after the link's word
        kind = x.kind == "term" and bool(x.terms) and all(lex.terms.get(t, ("", False))[1] for t in x.terms)
        if kind and k > link and items[k + 1].text.lower() == "to" and items[k + 2].terms == x.terms:
            if not chips_of(x):
                raise refuse(
                    f"'{x.text} to {items[k + 2].text}' names what the link joins, and they are not of a kind "
                    "the chip asked is; ask what links its chips"
                )
            several = True
    for k, x in enumerate(items):
        if kind_plural(x) and (k > link or (k > 0 and chip_entity(items[k - 1]))):
            if not chips_of(x):  # "what does Trillium use to connect GPUs": not the chips asked
                raise refuse(
                    f"'{x.text}' names what the link joins, and they are not of a kind the chip asked is; "
                    "ask what links its chips ('what links Gaudi 3 GPUs')"
                )
            several = True
    for j, x in enumerate(items):
        joins = _joined_scope(x, lex)
        if not joins:
            continue
        # "the Trillium TPUs within a pod", "the TPUs in a Trillium pod", "the Trillium TPUs of a pod":
        # the chips inside one are joined, by chip-to-chip links (ICI works within a pod, line 65),
        # not the pods or nodes themselves; within a cluster, of several pods or nodes, by scale-out
        # links as well
        one = not x.text.endswith("s")
        # "trillium pod interconnect", "the gaudi 3 cluster's links": one pod of the chip, whose links
        # are inside it (ICI within a Trillium pod, line 65; held-out set 81 was answered the datacenter
        # network that joins pods)
        one_of_chip = one and j > 0 and chip_entity(items[j - 1])
        if _inside(items, j, lex) or (several and one and j > link) or one_of_chip:
            cluster = joins == "PerCluster"
            return (CK + "ChipToChip", CK + "ScaleOut") if cluster else (CK + "ChipToChip",)
        # "Trillium pods", "its pods", "the pods of Trillium", "Gaudi 3 chips across nodes": scale-out
        if not one:
            return (CK + "ScaleOut",)
    if several:
        return (CK + "ChipToChip", CK + "ScaleOut")
    _joined_unread(items)
    return ()


def _joined_unread(items: list[Item]) -> None:
    """Refuse a word of the interconnect right before "its" ("link its HBM", "connect its ports"):
    what the link joins is named, and it is none of what :func:`_joined` reads."""
    for k, x in enumerate(items[:-2]):
        after = items[k + 1]
        if x.kind == "term" and CK + "interconnect" in x.terms and after.kind == "word" and after.value == "pronoun":
            raise refuse(
                f"'{x.text} {after.text} {items[k + 2].text}' names what a link joins, which is not read here; "
                "ask what links its chips, its pods or nodes, or what connects it to the host"
            )


def _joined_scope(x: Item, lex: Lexicon) -> str:
    """The scope of several chips joined together that ``x`` names ("pods", "a node", "CS-3 systems":
    a plural that "per" makes a scope), or ""; a process node's word only in the plural ("nodes")."""
    if x.kind == "word" and x.role == "scope" and x.value in _JOINED_SCOPES:
        return x.value
    if x.kind == "term" and CK + "processNode" in x.terms and x.text.endswith("s"):
        return "PerNode"
    role, scope = lex.words.get(("per", stem(x.text)), ("", ""))
    if x.kind == "word" and x.text.endswith("s") and role == "scope" and scope in _JOINED_SCOPES:
        return scope
    return ""


def _inside(items: list[Item], at: int, lex: Lexicon) -> bool:
    """Whether the scope word at ``at`` follows a preposition of inside ("within", "in", "inside":
    words.tsv fillers of value within, place and holds), over articles ("within a pod"), or opens
    with one ("in a pod", one scope word)."""
    inside = ("within", "place", "holds")
    opening = tokens(items[at].text)[:1]
    if len(tokens(items[at].text)) > 1 and lex.words.get(tuple(opening), ("", ""))[1] in inside:
        return True
    k = at - 1
    # over articles and the chip's name ("in a Trillium pod")
    while k >= 0 and (
        (items[k].kind == "word" and items[k].role == "filler" and not items[k].value)
        or (items[k].kind == "entity" and bool(items[k].entities) and all(lex.is_a(e, CHIP) for e in items[k].entities))
    ):
        k -= 1
    return k >= 0 and items[k].kind == "word" and items[k].value in inside


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


def _asked_shape_kept(frame: F.Frame, items: list[Item], st: _State) -> None:
    """Refuse a reading that drops the answer's shape the question's own words ask for: a word
    asking for one figure (words.tsv role ``value``: "how fast", "how much") read as a list of chips
    or organizations ("how fast is <company>'s link" listed the company's chips that have it) or as
    the names a chip stands in a relation to ("how much is <company>'s interconnect"), and
    a word asking for a number (role ``count``: "how many"; not "core count", a measure's name) read
    as a ranking ("how many distinct nodes ..., smallest first" ranked every chip by its node). A
    list answers neither."""
    sw = st.shape_words
    if "value" in sw and frame.ask in (F.CHIPS, F.ORGS):
        raise refuse(f"'{sw['value']}' asks for a figure, and the question reads as {_answer_shape(frame)}")
    if (
        "value" in sw
        and frame.ask == F.VALUE
        and frame.metric is not None
        and frame.metric.prop not in MEASURES
        and frame.metric.prop != CK + "processNode"  # "the node size of the M4": a node is named by its size
    ):
        # "how much is <company>'s interconnect": the names of its links are no figure
        asked = st.lex.terms.get(frame.metric.prop, ("that",))[0]
        raise refuse(f"'{sw['value']}' asks for a figure, and a chip's {asked} is named, not measured")
    at = next((k for k, it in enumerate(items) if it.kind == "word" and it.role == "count"), None)
    before = [it for it in items[:at] if not (it.kind == "word" and it.role == "filler")] if at else []
    # "by Tensix core count", "by the number of cores": the count word names the measure ranked by
    named_count = bool(before) and (before[-1].kind in ("term", "entity") or before[-1].role == "group")
    within_top = frame.n is not None and _how_many(items)  # refused after, saying so (question.read)
    if at is not None and not named_count and frame.ask == F.RANK and not _answers_yes_no(frame) and not within_top:
        raise refuse(f"'{sw['count']}' asks for a number, and the question reads as a ranking; ask one at a time")


def _link_of_units_read_as_count(frame: F.Frame, items: list[Item]) -> None:
    """ "What does Blackwell use to connect its dies?", "... to stitch its dies together": a word of
    the link between a chip's units asks what joins them, not how many there are. Read as a count of
    dies (the link word dropped), it printed "2 dies"; refused unless the question asks how many."""
    if frame.ask != F.VALUE or frame.metric is None or frame.metric.prop not in (CK + "dieCount", CK + "computeUnits"):
        return  # a link's own lanes or ports ("the lane count of its PCIe interface") are its figures
    if any(x.kind == "word" and x.role == "count" for x in items):
        return  # "how many dies does the interconnect join": the count is asked
    if any(x.kind == "term" and CK + "interconnect" in x.terms for x in items):
        raise refuse(
            "the question asks what links a chip's parts, read here as how many there are: ask 'what "
            "interconnect does <chip> use'"
        )


def _each_value_held(frame: F.Frame, st: _State) -> None:
    """ "Which companies have a 5nm chip and a 7nm chip?", "designers with chips on 7nm as well as on
    4nm": a chip has one node, so "and" joins two chips an organization holds, one of each. Read as the
    chips of either node, it listed the makers of either (six companies; none has both). Refused for
    answers about organizations; a list of chips ("chips on 5nm and 7nm") is the chips of each."""
    if st.both and frame.ask not in (F.CHIPS, F.COUNT, F.YESNO):
        # "which node do Intel and AWS both use?": a node of a chip of each, not of either's chips
        for c in frame.constraints:
            if isinstance(c, F.Relation) and c.prop in st.and_joined and len(c.values) > 1:
                raise refuse(
                    "a chip has one value of that, so 'both' asks what chips of each share: ask for each in turn"
                )
    if (
        st.both
        and frame.ask == F.VALUE
        and len(frame.subjects) > 1
        and frame.metric is not None
        and frame.metric.prop not in MEASURES
    ):
        # "which formats do the Groq LPU and NorthPole both support?": what the two share, not each
        # one's list (it printed every format of either)
        raise refuse(
            "'both' asks what the chips named share, which ask does not work out: ask for each chip's values in turn"
        )
    if not (frame.ask == F.ORGS or frame.counting_orgs or frame.group_by):
        return
    for held in frame.constraints:
        if not isinstance(held, F.OrgOfChips):
            continue
        for c in held.constraints:
            if isinstance(c, F.Relation) and c.prop in st.and_joined and len(c.values) > 1:
                raise refuse(
                    "a chip has one value of that, so 'and' asks for organizations with a chip of each: "
                    "ask for each value in turn"
                )


def _whole_of_each(frame: F.Frame, st: _State) -> bool:
    """ "Which chip has the largest total SRAM?", "the most on-chip SRAM overall": a word of the whole
    (words.tsv sum valued ``whole``) in the most of chips is each chip's whole figure, which is the
    per-chip figure a most of a measure stated per chip already compares (no scope besides per chip
    counts for it). Not for a measure of several scopes (a card's power, a system's model size), nor
    one a chip states of several parts (a memory of no technology named, its counts of each kind of
    core, its performance of each component or format: "the most memory in total" would add them up,
    and the most compares each one's largest), nor beside a word that joins several things ("combined"),
    how many to show ("the two chips with the most SRAM combined"), a group or organizations. So is
    one in a list or count of chips by a range of such a measure ("which chips have more than 100 MB
    of SRAM in total"): each chip's whole figure is what the range compares."""
    ranged = [k for k in frame.constraints if isinstance(k, F.Measure) and (k.low is not None or k.high is not None)]
    if frame.ask in (F.CHIPS, F.COUNT) and frame.metric is None and len(ranged) == 1:
        k = ranged[0]
        frame = frame._replace(
            ask=F.TOP, metric=F.Metric(k.prop, technology=k.technology, on_chip=k.on_chip, precision=k.precision)
        )
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
        port_speed = frame.metric is not None and frame.metric.prop == CK + "portSpeed"
        if port_speed and (
            UNIT_KIND in classes
            or (after is not None and after.kind == "entity" and UNIT_KIND in _classes_of(after, lex))
        ):
            continue  # "how fast is each (Ethernet) port": the port's line rate, a figure per port
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


def _owner_answered(frame: F.Frame, question: str) -> None:
    """ "Whose chip draws the most power?": a question that opens with "whose" asks for an
    organization; read as anything else (the chip with the most power, the Grayskull e150) it is
    refused, not answered with chips ("of the chips whose power the article states" opens no
    question)."""
    if re.match(r"\W*whose\b", question.lower()) and frame.ask != F.ORGS:
        raise refuse("'whose' asks for an organization: ask 'who designs (or makes) the chip with ...'")


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


def _ranked_by_chip_count(frame: F.Frame, said: list[Item]) -> None:
    """ "rank process nodes by number of chips", "top 3 nodes by how many chips use them": a count of
    chips as the order of a ranking ranks groups by their chips, which a ranking of chips does not
    do: read so, the chips were ranked by feature size and the count dropped. Refused unless the
    frame counts per group ("which process node has the most chips" does)."""
    if frame.group_by is not None or frame.top_groups or frame.ask not in (F.RANK, F.TOP):
        return
    content = [x for x in said if not (x.kind == "word" and (x.role == "filler" and not x.value))]
    for by, x, after in zip(content, content[1:], content[2:], strict=False):
        # "by number of chips": the order of the ranking ("scaled to the largest number of chips" is
        # a figure counted in chips, its own measure)
        if by.kind != "word" or by.role != "group":
            continue
        if x.kind == "word" and x.role == "count" and after.kind == "term" and CHIP in after.terms:
            raise refuse(
                f"'{x.text} {after.text}' orders groups by their count of chips, which a ranking of chips "
                "does not: ask which one has the most chips"
            )


#: words that, in a part of the question set off by commas, dashes or parentheses, widen the answer
#: or say that what the part names does not matter ("startup or not", "Intel's too", "even the
#: startup ones", "startups and all"); "whether or not" does anywhere
_WIDENING = re.compile(r"\b(?:or not|too|as well|even|and all|either way)\b")


#: the words of a part set off from the question that say what it names does not matter to the answer
#: ("whether or not ..." opening it, "... or not" closing it: "whether training or not inference" is a
#: negation, not that)
_INDIFFERENT = re.compile(r"^whether or not\b|\bor not$|\beither way\b")
#: where a part set off from the question stands: in a parenthesis, between commas (semicolons,
#: dashes), after the question or before it (each with its separators, dropped with it)
_SET_OFF = (
    r"\s*\(\s*{}\s*\)",
    r"\s*(?:,|;|\s--|\s—|\s–)\s*{}\s*(?:,|;|\s--|\s—|\s–)\s*",
    r"\s*(?:,|;|\s--|\s—|\s–)\s*{}(?=\s*[?.!]?\s*$)",
    r"^\s*{}\s*(?:,|;|\s--|\s—|\s–)\s*",
)


def _set_off_parts(question: str) -> list[str]:
    """The parts of ``question`` between commas, semicolons, parentheses, spaced dashes and sentence
    ends: where a part set off from the question stands (read by :func:`_indifference_dropped` and
    :func:`_widening_said`)."""
    return [p for p in re.split(r"[,;()]|\s(?:--|—|–)\s|(?<=[.?!])\s+", question) if p.strip()]


def _indifference_dropped(question: str, lex: Lexicon) -> str:
    """ "Which chips are suited to edge AI, whether or not they also serve data centres?", "Startup or
    not, which chips use SRAM?": a part set off from the question that says what it names does not
    matter ("or not", "either way") changes nothing of the answer, which already takes in both: the
    question without it. Kept (and refused by :func:`_widening_said`) where what it names is named in
    the question too ("Which startup chips use SRAM, startup or not?") or it holds a negation."""
    parts = _set_off_parts(question)
    if len(parts) < 2:
        return question
    for part in parts:
        text = part.strip().rstrip(".?!").strip()
        if _INDIFFERENT.search(text.lower()) is None:
            continue
        said = segment(text, lex)
        if any(x.kind == "word" and x.role == "neg" for x in said):
            continue
        opening = next((x for x in said if not (x.kind == "word" and x.role in ("filler", "and", "or"))), None)
        if (
            opening is not None
            and opening.kind == "word"
            and opening.role == "aux"
            and opening.text not in _CONDITIONAL
        ):
            continue  # "..., and is Apple among them or not?": a yes/no of its own (red team 24)
        named = {i for x in said if x.kind in ("entity", "term") for i in (*x.entities, *x.terms)}
        # "whether profiled or not", "whether or not they get their own section" (red team 78): a
        # chip's being profiled (words.tsv role profiled) is a thing named too
        named |= {"profiled" for x in said if x.kind == "word" and x.role == "profiled"}
        if not named or any(x.kind == "qty" for x in said):
            continue
        related = any(x.kind == "term" and not any(lex.terms.get(t, ("", False))[1] for t in x.terms) for x in said)
        if any(
            lex.is_a(e, CHIP) or (lex.is_a(e, ORG) and not related)
            for x in said
            if x.kind == "entity"
            for e in x.entities
        ):
            continue  # "whether or not the CS-3 counts", "Cerebras or not": whether it is in the answer
        for pattern in _SET_OFF:
            rest = re.sub(pattern.format(re.escape(text)), " ", question, count=1).strip()
            if rest != question.strip():
                break
        else:
            continue
        if any(x.kind == "word" and x.role in ("scope", "chipscope") for x in said):
            continue  # "whether or not the figure is per chip": which figures count, not left to chance
        rest_items = segment(rest, lex)
        # a thing named again ("Which startup chips ..., startup or not?"), not a property said again
        # with another value ("for edge AI applications, whether or not it also pitches them for data
        # centres": ck:workload both times, set 39)
        things = {i for x in said if x.kind == "entity" for i in x.entities} | {
            t for x in said if x.kind == "term" for t in x.terms if lex.terms.get(t, ("", False))[1]
        }
        elsewhere = {i for x in rest_items if x.kind in ("entity", "term") for i in (*x.entities, *x.terms)}
        if things & elsewhere - {CHIP}:
            continue
        if any(x.kind == "word" and x.role in ("super", "top", "rank") for x in rest_items):
            continue  # "the most SRAM, startup or not": the most of all, or of each? asked either way
        return re.sub(r"\s+([?.!])$", r"\1", rest)
    return question


def or_not_unread(frame: F.Frame, question: str) -> None:
    """ "Which chips are made by TSMC or not?", "Count the chips with HBM or not." (red team 78): "or
    not" closing a question that asks no yes/no says the condition before it does not matter, and
    "or not" is read as a filler (words.tsv: "can NorthPole train LLMs or not?"), so the condition
    narrowed the answer. Set off by a comma it is dropped with its part (:func:`_indifference_dropped`);
    in the question's own clause (one with a question word), refused."""
    if frame.ask == F.YESNO:
        return
    for part in _set_off_parts(question):
        text = part.strip().lower()
        main = re.search(r"\b(?:which|what|how|who|list|count|name|show|give)\b", text)
        if main and re.search(r"\bor\s+not\b", text) and not re.search(r"\bwhether\b", text):
            raise refuse(
                f"'or not' in '{part.strip()}' is not read (it may say the condition does not matter, or negate "
                "what follows): ask without it, or say 'whether or not ...'"
            )


def _negated_relation_again(question: str, part: str, lex: Lexicon) -> str | None:
    """ "Which chips are not suited to, or not intended for, data-centre deployment?": a part set off
    by commas, "or" and a negated word of a relation, right after a word the graph reads as the same
    relation (both ck:notSuitableFor), says the relation again in other words: the question without
    the part (None when it is not such a part). "suited to, or not intended for" (two relations, one
    the other's negation) is no such part, nor is "or not" before any other word."""
    text = part.strip()
    if not text.lower().startswith("or not "):
        return None
    again = segment(text[3:], lex)
    at = question.find(part)
    before = segment(question[:at].rstrip().rstrip(","), lex) if at > 0 else []
    if len(again) != 1 or not before:
        return None
    said, prior = again[0], before[-1]
    if not (said.kind == "term" and prior.kind == "term" and said.terms == prior.terms):
        return None  # "suited to, or not intended for": two relations, one negated
    return question[:at].rstrip().rstrip(",") + " " + question[at + len(part) :].lstrip(" ,")


def relation_said_again_dropped(question: str, lex: Lexicon) -> str:
    """The question without a part that says its relation again, negated alike
    (:func:`_negated_relation_again`); else as it is."""
    for part in _set_off_parts(question):
        dropped = _negated_relation_again(question, part, lex)
        if dropped is not None:
            return dropped
    return question


def _widening_said(question: str, lex: Lexicon) -> None:
    """ "Which chips use SRAM, startup or not?", "Which chips use HBM, Intel's too?", "Startup or
    not, which chips use SRAM?", "..., whether or not they are from startups?": a part set off from
    the question (by commas, semicolons, dashes, parentheses) that names something with a word that
    widens the answer or says it does not matter. Read as a filter on what it names, it narrowed the
    answer to it (the 6 startup chips of the 10 with SRAM). Refused: the answer already includes
    them, so ask without the part. "Is the M4 made by TSMC or not?" (no part set off) is read as
    before; "also" is left alone ("..., which also support FP32?" is a conjunction)."""
    parts = _set_off_parts(question)
    for part in parts:
        text = part.strip().lower().rstrip(".?!")
        found = _WIDENING.search(text)
        if found is None or (len(parts) == 1 and "whether or not" not in text):
            continue
        said = segment(part, lex)
        if any(x.kind == "word" and x.role == "neg" for x in said):
            continue  # "(not even DDR5)": a negation, read (or refused) as negations are
        # a scope too ("per chip or not": read as "per chip", the per-card 150 W was left out)
        if any(
            x.kind in ("entity", "term", "qty") or (x.kind == "word" and x.role in ("scope", "chipscope")) for x in said
        ):
            raise refuse(
                f"'{text}' says the answer takes in what it names ('{found.group(0)}'), not to narrow it to that; "
                "ask without it"
            )


def _preferred_over(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips rely on SRAM over HBM?", "inference over training", "FP16 over FP32": "over"
    between two names of things is a preference (one instead of the other), which the article does not
    state; read as a comparator before a word, its object joined the conjunction and the answer was
    the chips with both, the opposite of what was asked. Refused, as "rather than" is where a chip may
    have both. "over 100 W", "over Ethernet" (after a verb), "MTIA v2 over v1" (a chip against another,
    a comparison claim) are read as before."""
    content = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    for before, x, after in zip(content, content[1:], content[2:], strict=False):
        if (
            x.kind == "word"
            and x.text.lower() == "over"
            and before.kind == "entity"
            and after.kind == "entity"
            and not any(lex.is_a(e, CHIP) or lex.is_a(e, ORG) for e in (*before.entities, *after.entities))
        ):
            raise refuse(
                f"'{before.text} over {after.text}' reads as a preference, which the article does not state, and a "
                f"chip may have both: ask for the chips with {before.text}, or with both"
            )


def _chips_left_out(said: list[Item]) -> bool:
    """An exclusion and then only what it leaves out, chips or memories ("leaving aside any memory",
    "excluding chips"), right before a relative clause: the clause says which, and a negation in it
    is its own, not the exclusion's again (read by remarks.figureless_left_out, or refused there)."""
    return (
        len(said) >= 2
        and said[0].kind == "word"
        and said[0].role == "neg"
        and said[0].value == "exclude"
        and all(
            (x.kind == "word" and x.role == "filler")
            or (x.kind == "term" and x.terms in ((CK + "Chip",), (CK + "memory",)))
            for x in said[1:]
        )
        and any(x.kind == "term" or (x.kind == "word" and x.text.lower() in _ANY_ONES) for x in said[1:])
    )


#: words for the chips an exclusion leaves out when no noun says them ("skip any where no size is given")
_ANY_ONES = frozenset(("any", "ones", "those"))


def _negated_twice(items: list[Item]) -> None:
    """ "which chips aren't meant for not data centers", "... apart from the ones not AWS designs": two
    negations (words.tsv role ``neg``: "not", "aren't", "apart from", "except") with no name or number
    between them negate one thing twice; read, one of them was dropped and the answer was the
    question's without it. Refused: say it once. Negations of two things ("not made by TSMC and not
    on 7nm", a name between) are read as before. So is an exclusion said last, right before a comma,
    a parenthesis's end or the question's, after a negation in a relative clause ("(a chip whose
    capacity is not given does not qualify)"): the one negates the clause, the other what its chip
    has (read by remarks.figureless_left_out, or refused there)."""
    last: Item | None = None
    last_at = 0
    relative = False  # a "whose" / "which" before the negation ``last``
    restated = _imprecise_left_out_at(items)
    for k, x in enumerate(items):
        if k in restated:  # "(leave out figures with no stated precision)": remarks.imprecise_left_out
            last = None
            continue
        if x.kind in ("entity", "qty", "comma", "open", "close") or (x.kind == "word" and x.role in ("and", "or")):
            last = None
            relative = relative and x.kind == "entity"
        elif x.kind == "word" and (
            (x.role in ("who", "wh") and x.text.lower() in ("whose", "which")) or x.role == "where"
        ):
            relative = last is None or _chips_left_out(items[last_at:k])
            if relative:  # "leaving aside any memory whose capacity is not given": the clause's own
                last = None
        elif x.kind == "word" and x.role == "neg":
            said_last = k + 1 == len(items) or items[k + 1].kind in ("comma", "close")
            if last is not None and _chips_lacking_left_out(items, last_at, k):
                last = None  # "(ignoring chips with no stated clock)": remarks.figureless_left_out reads it
                continue
            lacking = (  # "(SRAM with no stated size doesn't count)": a lack of a measure, left out last
                last is not None
                and last.value == "lack"
                and x.value == "exclude"
                and said_last
                and all(
                    (y.kind == "word" and y.role == "filler")
                    # "(chips with no stated node left out)" (blind set 75): a relation lacking too
                    or (y.kind == "term" and y.terms and all(t in MEASURES or t in RELATIONS for t in y.terms))
                    for y in items[last_at + 1 : k]
                )
            )
            if last is not None and not (relative and said_last and x.value == "exclude") and not lacking:
                raise refuse(f"'{last.text}' and '{x.text}' negate one thing twice; say it once")
            last, last_at = x, k


#: plural words for kinds ("kinds of memory", "memory types", "memory technologies")
_KINDS_PLURAL = frozenset(("kinds", "types", "sorts", "technologies", "varieties"))


def _memories_counted(items: list[Item]) -> None:
    """ "Which chip has the most kinds of memory?", "rank the chips by how many memory types they have",
    "which chip has the most memories": a superlative, a ranking or a count of a chip's memories. The
    article lists a chip's memories, it does not count them (and a memory it does not name is not one
    a chip lacks); read as a figure, "the most kinds of memory" was the largest memory capacity
    (red team 73). Refused, as "how many memories does the SN40L have" is. "The most memory" (a
    capacity) and "the most memory of any kind" are read as before."""
    if not any(x.kind == "word" and x.role in ("super", "rank", "count", "comparative") for x in items):
        return  # "which has more kinds of memory, Gaudi 3 or Trillium" too (red team 74)
    for k, x in enumerate(items):
        if not (x.kind == "term" and x.terms == (CK + "memory",)):
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        before = items[k - 2] if k >= 2 and items[k - 1].kind == "word" and items[k - 1].text.lower() == "of" else None
        kinds = [
            y
            for y in (after, before)
            if y is not None and y.kind == "word" and y.text.lower().rstrip(".?!,") in _KINDS_PLURAL
        ]
        if kinds or x.text.lower() == "memories":
            raise refuse(
                f"'{x.text if not kinds else kinds[0].text + ' of memory'}': the article lists a chip's memories, "
                "it does not count them; ask which memories a chip has"
            )


def _chips_lacking_left_out(items: list[Item], at: int, k: int) -> bool:
    """ "(ignoring chips with no stated clock)", "..., skipping chips with no clock figure": an
    exclusion, the word for chips, and a lack of a measure that runs to the end of its part (a comma,
    a parenthesis's end, the question's): the chips with no figure left out, one remark
    (remarks.figureless_left_out, which checks the measure is the one compared), not one thing
    negated twice (set 65)."""
    first, second = items[at], items[k]
    if not (first.value == "exclude" and second.value == "lack"):
        return False
    between = [x for x in items[at + 1 : k] if not (x.kind == "word" and x.role == "filler")]
    if not (len(between) == 1 and between[0].kind == "term" and between[0].terms == (CHIP,)):
        return False
    end = next((j for j in range(k + 1, len(items)) if items[j].kind in ("comma", "close", "open")), len(items))
    rest = [x for x in items[k + 1 : end] if not (x.kind == "word" and x.role == "filler")]
    return bool(rest) and all(x.kind == "term" and x.terms and all(t in MEASURES for t in x.terms) for x in rest)


def _imprecise_left_out_at(items: list[Item]) -> set[int]:
    """The places of the parentheses that leave out figures of no named precision ("(leave out any
    TOPS figure whose precision the article does not name)"): an exclusion and the negation of its
    clause, one remark read by remarks.imprecise_left_out, not one thing negated twice."""
    at: set[int] = set()
    opened: int | None = None
    for k, x in enumerate(items):
        if x.kind == "open":
            opened = k
        elif x.kind == "close" and opened is not None:
            if remarks.imprecise_left_out(items[opened + 1 : k]) is not None:
                at.update(range(opened, k + 1))
            opened = None
    return at
