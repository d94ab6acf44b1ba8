"""Interpretive riders: a clause that tells how to read one named chip's figure, the way the graph
already holds it ("taking the AI 100 Ultra's single-card figure as its power", "treating the M4's
'up to' figure as its peak", "with the M2000's 'up to' figure read as its peak", "Taking Gaudi 3's
per-chip SRAM total rather than its per-die figure, does it ...").

Such a rider is a premise about the chip's figure: its hedge ("up to", with the number if one is
said; "taking d-Matrix's figure as a vendor claim": any hedge the figure is said to be) or its
scope ("single-card", "per-chip"). It is cut from the question (the first or the last
clause, between commas, or a parenthesis: "(reading the M4's 'up to' figure at its stated peak)", "at
its peak" said of a hedge as "as its peak" is), the question is read without it, and the premise goes
to the frame (``Frame.riders``), checked against the graph when answered
(chipkg.ask.answer._riders_checked): the chip's figure compared must be stated with that hedge, or of
that scope, else the question is refused.
A scope named makes the answer use that scope's figure of the chip ("per chip": per-chip figures only;
another scope: its figures compete, as "per chip or card" says). A hedge other than "up to" read as a
peak ("treating NorthPole's 'over' figure as its peak") is refused: a lower bound has no stated peak.

The verbs are words.tsv phrase class ``rider`` (matched as spelled); anything else in the clause than
the chip, its hedge or number, a scope (and a contrasting one after "rather than"), the measure's
name and a noun for a figure leaves the question as it was (its unknown words refused)."""

from __future__ import annotations

import math
import re

from chipkg.ask import frame as F
from chipkg.ask.compile import MEASURES
from chipkg.ask.lexicon import Lexicon, phrase_class, stems, tokens
from chipkg.ask.parse.items import CHIP, NOUNS, Item, refuse
from chipkg.ask.parse.segment import segment
from chipkg.namespaces import CK

#: a first clause ("Taking ..., does it ...") and a last one ("..., treating ... as its peak."); the
#: comma of a number ("as 1,000 TOPS") parts no clauses, nor one inside a quote ("treating the M2000's
#: 'typical, approximately 4 watts' as 4 W"): a quote opens after no letter and closes before none,
#: an apostrophe stands between letters ("Mythic's")
_CLAUSE = r"(?:(?<!\w)'[^']*'(?!\w)|[^,']|(?<=\w)'(?=\w)|,(?=\d{3}\b))"
_COMMA = r",(?!\d{3}\b)"
_FIRST = re.compile(rf"^\s*({_CLAUSE}+?)\s*{_COMMA}\s*(.+)$", re.DOTALL)
_FIRST_COLON = re.compile(r"^\s*([^:?()]+?)\s*:\s+(.+)$", re.DOTALL)
_LAST = re.compile(rf"^(.+?)\s*{_COMMA}\s*({_CLAUSE}+?)\s*([.?!]*)\s*$", re.DOTALL)
#: a last clause after a semicolon, outside any parenthesis
_LAST_SEMICOLON = re.compile(r"^(.+?)\s*;\s*([^;()]+?)\s*([.?!]*)\s*$", re.DOTALL)
#: a last sentence ("Which accelerator has the lowest stated power? Treat the M2000's 'approximately'
#: as close enough.")
_LAST_SENTENCE = re.compile(r"^(.+?[?.!])\s+([^?.!]+?)\s*([.!]*)\s*$", re.DOTALL)
#: a parenthesis ("... below 2 GHz (reading the M4's 'up to' figure at its stated peak)?")
_PARENTHESIS = re.compile(r"^(.*?)\s*\(([^()]+)\)(.*)$", re.DOTALL)


#: a clause between two commas (its matches are made in _clauses: group 2 the clause)
_MIDDLE = re.compile(r"^(.*?),\s*(.*?)\s*(,.*)$", re.DOTALL)


def _top_level_commas(question: str) -> list[int]:
    """Where the commas that part clauses stand: outside parentheses and quotes (a quote opens
    after no letter and closes before none), none of a number ("1,000")."""
    out: list[int] = []
    depth, quoted = 0, False
    for k, ch in enumerate(question):
        before = question[k - 1] if k else " "
        after = question[k + 1] if k + 1 < len(question) else " "
        if ch == "'" and not quoted and not before.isalnum():
            quoted = True
        elif ch == "'" and quoted and not after.isalnum():
            quoted = False
        elif ch == "(" and not quoted:
            depth += 1
        elif ch == ")" and not quoted:
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and not quoted and not re.match(r"\d{3}\b", question[k + 1 :]):
            out.append(k)
    return out


#: a rider after another clause, joined by "and" ("counting only per-chip figures and accepting ...")
_JOINED_RIDER = re.compile(r"^(.+?)\s+and\s+(\S.*)$", re.DOTALL)


def _rider_verb(it: Item) -> bool:
    return tuple(t.rstrip(".") for t in tokens(it.text)) in phrase_class("rider")


def _plain(it: Item) -> bool:
    """An article or a filler with no reading of its own ("the", "as")."""
    return it.kind == "word" and it.role == "filler" and not it.value


def _premise(clause: str, lex: Lexicon) -> tuple[str, str, tuple[float, ...], tuple[Item, ...]] | None:
    """The rider ``clause`` as (chip, what it says of the chip's figure: "upto" or a scope's ck:
    IRI, the numbers said with an "up to", the names of what is measured said before "as"), or None
    when the clause is no rider."""
    items = segment(clause, lex)
    while items and (_plain(items[0]) or (items[0].kind == "word" and items[0].value == "verb")):
        items = items[1:]  # "with the M2000's 'up to' figure read as its peak"
    fmt = _format_premise(items, lex)
    if fmt is not None:
        return fmt
    verbs = [k for k, x in enumerate(items) if _rider_verb(x)]
    if verbs == [0] and len(items) > 2 and items[-1].kind == "word" and items[-1].value == "facevalue":
        # "at face value" of a hedged figure reads it at its number, more than ask's reading of it; said
        # of no hedge it is not read ("reading the Groq LPU's figure at face value": its "over 20 billion")
        return _face_value_premise(items[1:-1], lex, plain="face value" not in items[-1].text.lower())
    if (
        len(items) > 2
        and items[-1].kind == "word"
        and items[-1].value == "facevalue"
        and verbs in ([len(items) - 2], [])
        and items[0].kind == "entity"
    ):
        # "(with Mythic's figure taken as stated)", "(Groq's figure as stated)": the verb after the figure,
        # or none (red team 74: read as a condition, the answer was narrowed to that one chip)
        end = len(items) - 1 - len(verbs)
        return _face_value_premise(items[:end], lex, plain="face value" not in items[-1].text.lower())
    if verbs == [0] and len(items) > 3 and items[-1].kind == "report" and items[0].text.lower() in ("keep", "keeping"):
        # "keep NorthPole's 'nominal' hedge" (set 66): the premise that the chip's figure is stated so
        kept = sorted({lex.hedges[stems(x.text)] for x in items[1:-1] if stems(x.text) in lex.hedges})
        said = [x for x in items[1:-1] if stems(x.text) not in lex.hedges]
        return _hedge_premise(said, "|".join(kept), lex) if kept else None
    items = _at_its_number(items)
    # "at its stated peak" (words.tsv filler "peak") says what "as its peak" says, of a hedge only
    ats = [k for k, x in enumerate(items) if x.text.lower() == "as" or _peak(x)]
    if len(verbs) != 1 or len(ats) > 1:
        return None
    v = verbs[0]
    at = ats[0] if ats else len(items)
    if v == 0:  # "taking the M4's 'up to' figure as its peak"
        said = items[1:at]
    elif at == v + 1:  # "the M2000's 'up to' figure read as its peak"
        said = items[:v]
    else:
        return None
    tail = [x for x in items[at + 1 :] if not _plain(x)]
    if tail[-2:] and [x.text.lower() for x in tail[-2:]] == ["it", "is"]:
        tail = tail[:-2]  # "as the vendor claim it is"
    hedge_said = lex.hedges.get(stems(" ".join(x.text for x in tail))) if ats and tail else None
    if hedge_said is not None:  # "taking d-Matrix's figure as a vendor claim": what its figure is
        return _hedge_premise(items[1:at] if v == 0 else items[:v], hedge_said, lex)
    at_peak = ats and _peak(items[at])
    if at_peak and tail:
        return None
    # "treating the M4's 'around 40 billion' as 40 billion": the figure at its stated number
    as_number = bool(ats) and not at_peak and len(tail) == 1 and tail[0].kind == "qty" and bool(tail[0].readings)
    # "treating the AI 100 Ultra's single-card figure as its own": as the chip's figure, "as its power" says
    as_own = bool(ats) and " ".join(x.text.lower() for x in items[at + 1 :]).rstrip(".") in ("its own", "their own")
    counted = _count_premise(items, v, at, tail, lex) if ats and not at_peak else None
    if counted is not None:
        return counted
    if (
        ats
        and not at_peak
        and not as_number
        and not as_own
        and (not tail or len(tail) > 3 or not (tail[0].kind == "word" and tail[0].value == "pronoun"))
    ):
        return None  # "as its peak", "as its power"
    if not as_number and not all(
        _measure_word(x, lex) or (x.kind == "word" and x.role == "filler" and x.value in NOUNS) for x in tail[1:]
    ):
        return None
    # a hedge said as a plain filler ("around", "about") is a hedge of the figure, not a filler
    said = _hedges_listed([x for x in said if not _plain(x) or stems(x.text) in lex.hedges], lex)
    if said and said[0].kind == "word" and said[0].value == "pronoun" and said[0].text.lower() == "its":
        chip = ""  # "treating its 'over' figure as its peak": the one chip the question names
    elif (
        as_number
        and said
        and all(stems(x.text) in lex.hedges or (x.kind == "qty" and x.readings) for x in said)
        and sum(x.kind == "qty" for x in said) == 1
    ):
        # "taking 'over 10 billion' as 10 billion" (set 69): a figure quoted, no chip named: some chip's
        # figure compared is stated so (chip "*", checked when answered); hedged figures are compared
        # at their stated number already
        chip = "*"
        said = [Item("word", "*"), *said]
    elif not said or said[0].kind != "entity" or len(said[0].entities) != 1:
        return None
    else:
        # "taking Groq's 'up to 1 PetaOPS' as 1,000 TOPS" (set 58): the one chip of a designer named
        chip = lex.sole_chip.get(said[0].entities[0], said[0].entities[0])
        if CHIP not in lex.entities.get(chip, ("", ()))[1]:
            return None
    hedges: list[str] = []
    scopes: list[str] = []
    numbers: list[float] = []
    measured: list[Item] = []
    contrast = False
    for x in said[1:]:
        if x.kind == "word" and x.role == "contrast":
            contrast = True  # "rather than its per-die figure": the scope set aside, not read
        elif x.kind == "word" and x.role in ("scope", "chipscope"):
            if not contrast:
                scopes.append(CK + (x.value or "PerChip") if x.role == "scope" else CK + "PerChip")
        elif stems(x.text) in lex.hedges:
            hedges.append(lex.hedges[stems(x.text)])
        elif x.kind == "qty" and x.readings:
            numbers.extend(v for _, v in x.readings)
        elif _measure_word(x, lex):
            measured.append(x)  # the measure's name ("SRAM", "power")
        elif not (
            x.kind == "word"
            and (
                x.value in (*NOUNS, "pronoun")
                # "the AI 100 Ultra's single-card configuration figure": a filler read as spelled
                or (x.role == "filler" and x.value == "spelled")
                or (x.role == "sum" and x.value == "whole")
                or (contrast and x.value == "single")  # "rather than its per-die one"
                or (x.role == "filler" and x.text.lower() == "in")  # "the AI 100 Ultra in a dual-card configuration"
                or _plain(x)
            )
        ):
            return None
    if as_number:  # the number after "as" is the one said with the hedge: a premise of both, checked
        same = any(math.isclose(v, n) for _, v in tail[0].readings for n in numbers)
        if not hedges or scopes or not same:
            return None
        # "treating the M2000's 'typical, approximately 4 watts' as 4 W": every hedge said, checked
        return chip, "hedge=" + "|".join(sorted(set(hedges))), tuple(numbers), tuple(measured)
    # "taking the AI 100 Ultra's single-card 150 W as its figure": a scope and the number said, both
    # checked against the chip's figure
    if len(hedges) + len(scopes) != 1 or (numbers and not hedges and not scopes) or (not ats and not scopes):
        return None  # with no "as": a scope taken ("taking Gaudi 3's per-chip total, ..."), as a scope is said
    if at_peak and not hedges:
        return None  # a scope is not read "at its peak"
    if (
        hedges
        and hedges[0] != CK + "UpperBound"
        and not at_peak
        and any(_measure_word(x, lex) for x in tail[1:])
        and not any(_peak(x) or x.text.lower() == "peak" for x in tail)
    ):
        # "take NorthPole's nominal figure as its clock": the figure, with its hedge, is the one
        # compared; the premise that it is stated so is checked as "as a vendor claim" is
        return chip, "hedge=" + hedges[0], tuple(numbers), tuple(measured)
    if hedges and hedges[0] != CK + "UpperBound":
        raise refuse(
            f"'{clause.strip()}' reads a figure at its stated peak, which only an 'up to' figure has; "
            "the question says it of a figure hedged otherwise: ask without it"
        )
    return chip, "upto" if hedges else scopes[0], tuple(numbers), tuple(measured)


def _format_premise(items: list[Item], lex: Lexicon) -> tuple[str, str, tuple[float, ...], tuple[Item, ...]] | None:
    """ "treating NorthPole's '8-bit precision' figure as INT8", "reading IBM's '8-bit' as INT8" (sets
    40-77): a chip's figure said at a bit width (a name of several formats: INT8, UINT8, FP8) read as
    one of those formats is the premise that the graph records the chip with that format (what
    "format=<IRI>"), checked when answered; the question is read without it. None for anything else
    (another verb, no width, a format the width does not name, more words)."""
    words = [x for x in items if not (_plain(x) and x.text.lower() != "as")]
    if len(words) < 5 or not _rider_verb(words[0]) or words[-2].text.lower() != "as":
        return None
    target, owner, middle = words[-1], words[1], words[2:-2]
    if not (
        target.kind == "entity" and len(target.entities) == 1 and lex.is_a(target.entities[0], CK + "NumericFormat")
    ):
        return None
    if owner.kind != "entity" or len(owner.entities) != 1:
        return None
    chip = lex.sole_chip.get(owner.entities[0], owner.entities[0])
    if CHIP not in lex.entities.get(chip, ("", ()))[1]:
        return None
    widths = [x for x in middle if x.kind == "entity"]
    if len(widths) != 1 or len(widths[0].entities) < 2 or target.entities[0] not in widths[0].entities:
        return None
    rest = [x for x in middle if x is not widths[0]]
    if not all(
        (x.kind == "term" and x.terms == (CK + "precision",)) or (x.kind == "word" and x.value in NOUNS) for x in rest
    ):
        return None
    return chip, "format=" + target.entities[0], (), ()


def _count_premise(
    items: list[Item], v: int, at: int, tail: list[Item], lex: Lexicon
) -> tuple[str, str, tuple[float, ...], tuple[Item, ...]] | None:
    """ "Count SambaNova's 'dual-chip design' as two dies." (sets 58-61): a verb of counting, one chip's
    name (or its sole designer's), words for how the article puts it (a number, "chip", "design") and
    "as" a whole number (and the kind of unit): a premise that the chip's figure of the count the
    question asks is that number, checked when answered (what "count"); None for anything else."""
    if v != 0 or not items[0].text.lower().startswith("count") or not tail:
        return None
    number = tail[0]
    n = float(number.value) if number.kind == "word" and number.role == "number" else None
    if n is None and number.kind == "qty" and len(number.readings) == 1 and number.readings[0][0] == "count":
        n = number.readings[0][1]
    if n is None or len(tail) > 2 or (len(tail) == 2 and tail[1].kind not in ("entity", "term")):
        return None
    said = [x for x in items[1:at] if not _plain(x)]
    if not said or said[0].kind != "entity" or len(said[0].entities) != 1:
        return None
    chip = lex.sole_chip.get(said[0].entities[0], said[0].entities[0])
    if CHIP not in lex.entities.get(chip, ("", ()))[1]:
        return None
    for x in said[1:]:
        how_put = (x.kind == "word" and (x.role == "number" or x.value in NOUNS or x.role == "filler")) or (
            x.kind == "term" and (x.terms == (CHIP,) or x.text.lower() in ("design", "chiplet", "package"))
        )
        if not how_put:
            return None
    return chip, "count", (n,), ()


def _hedges_listed(said: list[Item], lex: Lexicon) -> list[Item]:
    """``said`` without the commas that list hedges ("Mythic's approximate, typical draw", set 56;
    "the M2000's 'typical, approximately 4 watts'"): a comma between two hedges lists them."""
    return [
        x
        for k, x in enumerate(said)
        if not (
            x.kind == "comma"
            and 0 < k < len(said) - 1
            and stems(said[k - 1].text) in lex.hedges
            and stems(said[k + 1].text) in lex.hedges
        )
    ]


def _face_value_premise(
    said: list[Item], lex: Lexicon, plain: bool = True
) -> tuple[str, str, tuple[float, ...], tuple[Item, ...]] | None:
    """ "taking the M4's 'up to 3.5 GHz' CPU figure at face value", "taking NorthPole's nominal
    figure as stated", "Treat the M2000's 'approximately' as close enough": a way of reading one
    named chip's hedged figure says the figure is stated with that hedge (at the number said, if
    one is): a premise checked as "treating the M4's 'up to' figure as its peak" is. None when it
    names no one chip or no one hedge, or says anything else (then the aside is read as before: as
    a premise it cannot check, refused)."""
    said = [x for x in said if not _plain(x) or stems(x.text) in lex.hedges]  # "likely" is a filler too
    said = _hedges_listed(said, lex)
    if not said or said[0].kind != "entity" or len(said[0].entities) != 1:
        return None
    said = [said[0], *_own_dropped(said[1:])]
    chip = lex.sole_chip.get(said[0].entities[0], said[0].entities[0])
    # "taking Qualcomm's figure as stated": a designer of several chips, of the one the question names
    # (checked when answered)
    designer = any(chip in designers for designers in lex.designers.values())
    if CHIP not in lex.entities.get(chip, ("", ()))[1] and not designer:
        return None
    hedges: set[str] = set()
    numbers: list[float] = []
    measured: list[Item] = []
    for x in said[1:]:
        if stems(x.text) in lex.hedges:
            hedges.add(lex.hedges[stems(x.text)])
        elif x.kind == "qty" and x.readings:
            numbers.extend(v for _, v in x.readings)
        elif x.kind == "term" and all(lex.terms.get(t, ("", False))[1] for t in x.terms):
            continue  # "the M4's 'up to 3.5 GHz' CPU figure": the part the figure is of, checked with it
        elif _measure_word(x, lex):
            measured.append(x)
        elif not (x.kind == "word" and x.value in NOUNS):
            return None
    if not plain and not hedges:
        return None
    if not designer and not hedges and not numbers:
        # "taking Groq's figure as stated": how ask reads every figure; the chip must have one of the
        # measure compared (checked when answered), nothing more
        return chip, "stated", (), tuple(measured)
    if designer and not hedges and not numbers:
        return chip, "stated", (), tuple(measured)
    if not hedges and numbers and len(said) >= 2:
        # "taking d-Matrix's 2 GB as stated" (a chip counted in with its figure, red team 71): the
        # chip (or its designer's one chip) has a figure of that number, checked when answered
        one = lex.sole_chip.get(chip, chip)
        return (one, "value", tuple(numbers), tuple(measured)) if CHIP in lex.entities.get(one, ("", ()))[1] else None
    if designer or not hedges:
        return None
    # "taking Mythic's approximate typical draw as stated": every hedge said, each checked on the figure
    return chip, "hedge=" + "|".join(sorted(hedges)), tuple(numbers), tuple(measured)


def _own_dropped(after_name: list[Item]) -> list[Item]:
    """ "d-Matrix's own claim": "own" right after the name says whose figure, as the possessive
    does (as Lexicon.instruction reads "the vendor's own claim"); read as the verb "own"
    (ck:subsidiary) it named a measure the question does not ask (set 51)."""
    if after_name and after_name[0].kind == "term" and tokens(after_name[0].text) == ["own"]:
        return after_name[1:]
    return after_name


def _at_its_number(items: list[Item]) -> list[Item]:
    """ "take IBM NorthPole's 'over 200 TOPS' at 200" (set 66): a bare number after "at", the number
    of the one figure the clause quotes, is said as "as 200 TOPS" would be (the figure's quantity);
    anything else as it stands."""
    if len(items) < 3 or items[-2].text.lower() != "at" or items[-1].kind != "qty":
        return items
    quoted = [x for x in items[:-2] if x.kind == "qty" and x.readings and not re.fullmatch(r"[\d,.]+", x.text)]
    bare = items[-1].text.replace(",", "")
    if len(quoted) != 1 or not re.fullmatch(r"\d+(?:\.\d+)?", bare):
        return items
    said = re.match(r"[\d,.]+", quoted[0].text)
    if said is None or float(said.group(0).replace(",", "")) != float(bare):
        return items
    return [*items[:-2], items[-2]._replace(text="as"), quoted[0]]


def _hedge_premise(
    said: list[Item], hedge: str, lex: Lexicon
) -> tuple[str, str, tuple[float, ...], tuple[Item, ...]] | None:
    """ "taking d-Matrix's figure as a vendor claim", "treating the Corsair C8's TFLOPS figure as the
    vendor claim it is": the premise that one named chip's figure (or the one chip of a designer
    named: Lexicon.sole_chip) is stated with that hedge, checked as "up to" is; the question read
    without it. None when anything else is said (a scope, a number, a second name)."""
    said = [x for x in said if not _plain(x)]
    if not said or said[0].kind != "entity" or len(said[0].entities) != 1:
        return None
    chip = lex.sole_chip.get(said[0].entities[0], said[0].entities[0])
    if CHIP not in lex.entities.get(chip, ("", ()))[1]:
        return None
    measured = [x for x in said[1:] if _measure_word(x, lex)]
    if not all(_measure_word(x, lex) or (x.kind == "word" and x.value in NOUNS) for x in said[1:]):
        return None
    return chip, "hedge=" + hedge, (), tuple(measured)


def _stated_hedge(clause: str, lex: Lexicon) -> tuple[str, str, tuple[float, ...], tuple[Item, ...]] | None:
    """ "(the M4's is an 'up to' figure)", "(the M4's clock is an up-to one)": a statement, with no
    verb of reading, that one named chip's figure is stated as "up to": the premise a rider "taking
    the M4's 'up to' figure as its peak" gives, checked as it is. None for anything else (another
    hedge, a number, a second name)."""
    items = [x for x in segment(clause, lex) if not _plain(x)]
    aux = [k for k, x in enumerate(items) if x.kind == "word" and x.role == "aux"]
    if len(aux) != 1 or aux[0] == 0:
        return None
    before, after = items[: aux[0]], items[aux[0] + 1 :]
    if before[0].kind != "entity" or len(before[0].entities) != 1:
        return None
    chip = before[0].entities[0]
    if CHIP not in lex.entities.get(chip, ("", ()))[1]:
        return None
    if not all(_measure_word(x, lex) or (x.kind == "word" and x.value in NOUNS) for x in before[1:]):
        return None
    hedges = [lex.hedges[stems(x.text)] for x in after if stems(x.text) in lex.hedges]
    rest = [x for x in after if stems(x.text) not in lex.hedges]
    if hedges != [CK + "UpperBound"] or not rest:
        return None
    if not all(x.kind == "word" and (x.value in NOUNS or x.text.lower() == "one") for x in rest):
        return None
    return chip, "upto", (), tuple(x for x in before[1:] if _measure_word(x, lex))


def _peak(x: Item) -> bool:
    """ "at its stated peak", "at its peak" (words.tsv filler "peak")."""
    return x.kind == "word" and x.role == "filler" and x.value == "peak"


def _measure_word(x: Item, lex: Lexicon) -> bool:
    """A name of what is measured ("SRAM", "power"): a term, or an entity that is no chip."""
    return x.kind == "term" or (
        x.kind == "entity"
        and bool(x.entities)
        and not any(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities)
    )


def rider_cut(question: str, lex: Lexicon) -> tuple[str, tuple[tuple[str, str, str, tuple[float, ...]], ...]] | None:
    """The question without its interpretive rider (its first or last clause), and the rider as
    (its words, the chip, "upto" or a scope IRI, numbers): None when it has none. A pronoun of the
    question before any chip's name ("does it exceed ...") refers to the rider's chip and is said
    as its name."""
    unread: str | None = None  # a fact taken as stated that no rider reads, refused if nothing else is cut
    for pattern, first, found in _clauses(question):
        clause = found.group(1) if first else found.group(2)
        premise = _premise(clause, lex) or (_stated_hedge(clause, lex) if pattern is _PARENTHESIS else None)
        kept = ""  # "Counting only per-chip figures and accepting d-Matrix's claim as stated, ...": the first kept
        joined = _JOINED_RIDER.match(clause) if premise is None else None
        if (
            joined is not None
            and _rider_verb(segment(joined.group(2), lex)[0])
            # in a parenthesis, only a rider joined to another ("(keep NorthPole's 'nominal' hedge and
            # take the M4's 'up to 3.5 GHz' at face value)", set 66): the other kept as its parenthesis
            and (pattern is not _PARENTHESIS or _premise(joined.group(1), lex) is not None)
        ):
            premise = _premise(joined.group(2), lex)
            clause, kept = joined.group(2), joined.group(1)
        if premise is None:
            unread = unread or (clause if _taken_unread(clause, lex) else None)
            continue
        if pattern is _PARENTHESIS:  # the parenthesis cut, the question around it read
            after = found.group(3).strip()
            rest = found.group(1) + (f" ({kept})" if kept else "") + (" " + after if after[:1].isalnum() else after)
        elif kept and pattern is _LAST_SENTENCE:  # "...? Exclude X's 150 W, and take ...": a sentence kept
            said = kept.strip().rstrip(",")
            rest = f"{found.group(1)} {said[:1].upper()}{said[1:]}{found.group(3) or '.'}"
        elif kept:
            rest = f"{kept}, {found.group(2)}" if first else f"{found.group(1)}, {kept}{found.group(3)}"
        else:
            rest = found.group(2) if first else found.group(1) + found.group(3)
        cut = _cut_taken(clause, premise, rest, first, lex)
        if cut is not None:
            return cut
        # "(with the Adreno 750's foundry taken as stated)": of no figure asked; a rider of a figure the
        # question does not ask ("which chips support a 4-bit format, with NorthPole's INT4 figure
        # taken as stated") too: read whole, its chip and figure were the question's (session 45)
        unread = unread or clause
    # "...? Count SambaNova's 'dual-chip design' as two dies, but do not count ...": a rider that is one
    # clause of a sentence after the question, the rest kept as sentences of their own (sets 63-66)
    for clause, rest in _sentence_parts(question):
        premise = _premise(clause, lex)
        if premise is not None:
            cut = _cut_taken(clause, premise, rest, False, lex)
            if cut is not None:
                return cut
    if unread is not None:
        raise refuse(
            f"'{unread.strip()}' says how to take a named chip's fact, which I can read only of one of its "
            "figures ('taking the M4's 'up to' figure as its peak'); ask without it"
        )
    return None


def _taken_unread(clause: str, lex: Lexicon) -> bool:
    """ "(with the Adreno 750's foundry taken as stated)", "(Adreno 750 as stated)": a clause made only
    of a chip's name (or its sole designer's), words for what of it is taken (a relation, a measure),
    a verb of taking and "as stated" / "at face value", which no rider ask can check reads (a
    relation's value, no figure): refused when nothing else is cut. Read as it stood, the name was a
    condition and the answer was that chip alone (red team 74)."""
    items = [x for x in segment(clause, lex) if not (_plain(x) or (x.kind == "word" and x.value == "verb"))]
    if not (len(items) >= 2 and items[-1].kind == "word" and items[-1].value == "facevalue"):
        return False
    named = [
        x
        for x in items
        if x.kind == "entity"
        and len(x.entities) == 1
        and CHIP in lex.entities.get(lex.sole_chip.get(x.entities[0], x.entities[0]), ("", ()))[1]
    ]
    rest = [x for x in items[:-1] if x not in named]
    return len(named) == 1 and all(
        x.kind == "term" or _rider_verb(x) or (x.kind == "word" and x.value in NOUNS) for x in rest
    )


def _sentence_parts(question: str) -> list[tuple[str, str]]:
    """Each clause of each sentence after the first that joins clauses (sentences.py's
    ``_JOINED_CLAUSES``: "X, but do not count Y"), as (the clause, the question without it, the
    other clauses said as sentences)."""
    from chipkg.ask.parse.items import SENTENCE_BREAK
    from chipkg.ask.parse.sentences import _top_level_split

    sentences = SENTENCE_BREAK.split(question.strip())
    out: list[tuple[str, str]] = []
    for i, sentence in enumerate(sentences[1:], start=1):
        parts = [p.strip(" .!") for p in _top_level_split(sentence.strip())]
        if len(parts) < 2 or not all(parts):
            continue
        for j, part in enumerate(parts):
            others = [p[:1].upper() + p[1:] + "." for k, p in enumerate(parts) if k != j]
            out.append((part, " ".join([*sentences[:i], *others, *sentences[i + 1 :]])))
    return out


def _cut_taken(
    clause: str,
    premise: tuple[str, str, tuple[float, ...], tuple[Item, ...]],
    rest: str,
    first: bool,
    lex: Lexicon,
) -> tuple[str, tuple[tuple[str, str, str, tuple[float, ...]], ...]] | None:
    """The question without its rider (``rest``) and the rider, or None when the rider is not of the
    question's figure."""
    chip, what, numbers, measured = premise
    if not chip:  # "its": the one chip the rest names
        named = {e for x in segment(rest, lex) if x.kind == "entity" for e in x.entities}
        chips = [e for e in named if CHIP in lex.entities.get(e, ("", ()))[1]]
        if len(chips) != 1:
            return None
        chip = chips[0]
    rest = _pronoun_named(rest, chip, " ".join(x.text for x in measured), lex)
    said = segment(rest, lex)
    if (
        first
        and chip != "*"
        and not any(
            (x.kind == "entity" and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities))
            or (x.kind == "term" and CHIP in x.terms)
            or x.text.lower() == "which"
            for x in said
        )
    ):
        # "Taking the AI 100 Ultra in a dual-card configuration, what model size does the article
        # give?": the chip the rider names first is the one the question asks about (a question
        # of chips, "which chips draw ...", asks about others too)
        ends = re.match(r"^(.*?)([.?!]*)\s*$", rest, re.DOTALL)
        if ends:
            rest = f"{ends.group(1)} for the {lex.entities[chip][0]}{ends.group(2)}"
            said = segment(rest, lex)
    # what the rider measures ("Gaudi 3's per-chip SRAM total") is what the question asks: said
    # there too, else it is no rider of the question's figure (read as before, and refused)
    asked = {(x.entities, x.terms) for x in said}
    if any((x.entities, x.terms) not in asked for x in measured):
        return None
    # the rider as said, without a sentence after it ("... as INT8? Thank you": the courtesy is no part)
    shown = re.split(r"[?!]\s+|\.\s+(?=[A-Z])", clause.strip(), maxsplit=1)[0].rstrip("?!. ")
    return rest, ((shown, chip, what, numbers),)


def _clauses(question: str) -> list[tuple[re.Pattern[str], bool, re.Match[str]]]:
    """Where a rider may stand, in the order tried: the first clause, the last, each parenthesis
    (the rider need not be the first: "by 8-bit integer (INT8) throughput ... (so Groq's ... counts
    as 1,000 TOPS)", set 58), the last sentence. Each as (its pattern, whether first, its match:
    group 1 before it, group 2 the clause, group 3 after it)."""
    out: list[tuple[re.Pattern[str], bool, re.Match[str] | None]] = [
        (_FIRST, True, _FIRST.match(question)),
        # "Use Groq's 'over 20 billion' as stated: rank chips by transistor count." (red team 72)
        (_FIRST_COLON, True, _FIRST_COLON.match(question)),
        (_LAST, False, _LAST.match(question)),
        # "rank the chips from highest to lowest; read Groq's 'up to 1 PetaOPS' as 1,000 TOPS." (set 66)
        (_LAST_SEMICOLON, False, _LAST_SEMICOLON.match(question)),
    ]
    for opened in re.finditer(r"\(", question):
        before = re.escape(question[: opened.start()].rstrip())
        out.append((_PARENTHESIS, False, re.match(rf"^({before})\s*\(([^()]+)\)(.*)$", question, re.DOTALL)))
    # "Among chips whose power ... (so ...), and treating Mythic's '...' as 4 W, which chip draws the
    # least?" (set 65): a clause between two commas of the sentence, "and" before it; the question
    # read is what is around it, its second comma kept
    commas = _top_level_commas(question)
    for start, end in zip(commas, commas[1:], strict=False):
        said = re.sub(r"(?i)^and\s+", "", question[start + 1 : end].strip())
        before, clause = re.escape(question[:start].rstrip()), re.escape(said)
        middle = re.match(rf"^({before})\s*,\s*(?:and\s+)?({clause})\s*(,.*)$", question, re.DOTALL | re.IGNORECASE)
        if middle is not None:
            out.append((_MIDDLE, False, middle))
    out.append((_LAST_SENTENCE, False, _LAST_SENTENCE.match(question)))
    return [(pattern, first, found) for pattern, first, found in out if found is not None]


def _pronoun_named(rest: str, chip: str, measured: str, lex: Lexicon) -> str:
    """``rest`` with its first pronoun ("it", "its") said as the chip's name, when no chip is named
    before it; "it" as the chip's figure the rider names ("does it exceed ...": "Gaudi 3's SRAM"),
    if it names one. A quoted figure of no chip named (chip "*") names no chip to say."""
    if chip == "*":
        return rest
    for it in segment(rest, lex):
        if it.kind == "entity" and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in it.entities):
            return rest
        if it.kind == "word" and it.value == "pronoun" and it.text.lower() in ("it", "its"):
            name = lex.entities[chip][0]
            said = name + "'s" if it.text.lower() == "its" else (f"{name}'s {measured}" if measured else name)
            return re.sub(rf"\b{it.text}\b", said, rest, count=1, flags=re.IGNORECASE)
    return rest


def with_riders(frame: F.Frame, riders: tuple[tuple[str, str, str, tuple[float, ...]], ...]) -> F.Frame:
    """The frame read without its rider, with the rider's premise to check when answered. A scope
    named is the one whose figure is used: per chip, the figures compared are per-chip only (of named
    chips only: the rider says nothing of the others); another scope (a card's), its figures compete
    beside per-chip ones, which only a figure asked of chips compared (a most, a least, a ranking, one
    figure) takes; elsewhere refused."""
    for text, _chip, what, _numbers in riders:
        if what in ("upto", "stated", "count", "value") or what.startswith(("hedge=", "format=")):
            continue
        if what == CK + "PerChip":
            if not frame.subjects and not any(isinstance(k, F.Identity) for k in frame.constraints):
                # per-chip figures only would leave out other chips' figures the rider says nothing of
                raise refuse(f"'{text}' is said of one chip, and the question compares chips it does not name")
            frame = frame._replace(
                chip_scope=True,
                constraints=tuple(
                    k._replace(chip_only=True) if isinstance(k, F.Measure) else k for k in frame.constraints
                ),
                metric=frame.metric._replace(chip_only=True) if frame.metric is not None else None,
            )
        elif frame.metric is not None and frame.ask == F.VALUE and frame.scope in (None, what):
            # "Taking the AI 100 Ultra in a dual-card configuration, what model size ...": one chip's
            # figure of that scope, as "... in a dual-card configuration" asks it
            if frame.chip_scope or frame.metric.chip_only:
                raise refuse(f"'{text}' names a scope other than the chip's, and the question asks per chip")
            frame = frame._replace(scope=what)
        elif (
            frame.metric is not None
            and frame.ask in (F.TOP, F.RANK, F.VALUE)
            and frame.metric.with_scope in {None, what}
        ):
            frame = frame._replace(metric=frame.metric._replace(with_scope=what))
        elif _listed_in_range(frame, what):
            pass  # the list's ranges take that scope's figures already, each shown with its scope
        else:
            raise refuse(f"'{text}' names a scope whose figure the question does not compare; ask of it directly")
    return frame._replace(riders=frame.riders + riders)


def _listed_in_range(frame: F.Frame, scope: str) -> bool:
    """ "Which chips draw between 75 W and 150 W, counting the AI 100 Ultra's single-card figure as
    its power?": a list of chips whose figures lie in ranges, each a measure whose ranges take the
    rider's scope beside the chip's (a card's power: compile.MEASURES ``also_scope``) and nothing
    said per chip. The figures listed are shown with their scope; the rider's premise is checked when
    answered. A count or a yes/no shows no figure, and a measure that compares per-chip figures only
    (a card's SRAM, a system's performance) would take no figure of the scope: both refused."""
    measures = [k for k in frame.constraints if isinstance(k, F.Measure)]
    return (
        frame.ask == F.CHIPS
        and frame.metric is None
        and not frame.chip_scope
        and bool(measures)
        and all(k.low is not None or k.high is not None for k in measures)
        and all(not k.chip_only and MEASURES[k.prop].also_scope in (scope, "any") for k in measures)
    )
