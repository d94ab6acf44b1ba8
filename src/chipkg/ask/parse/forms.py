"""Question forms read before the walk: ranges ("between A and B"), fronted pairs and lists ("Of
the Groq LPU and NorthPole, ..."), claimants ("according to AMD"), yes/no forms about organizations
and generations, comparatives, lists of names, instructions, typos of names."""

from __future__ import annotations

import re
from typing import Any

from chipkg.ask import frame as F
from chipkg.ask import remarks
from chipkg.ask.compile import (
    MEASURE_DIMENSIONS,
    MEASURES,
)
from chipkg.ask.lexicon import (
    ASKED,
    EVERY,
    NUMBER,
    TIE,
    Lexicon,
    name_key,
    phrase_class,
    roles_in,
    stem,
    stems,
    tokens,
)
from chipkg.ask.parse.asides import _category, _count_of
from chipkg.ask.parse.items import (
    CHIP,
    FORMAT,
    MAX_QUESTION,
    MEMORY_TECH,
    NOUNS,
    ORG,
    PROCESSOR,
    SENTENCE_BREAK,
    UNIT_KIND,
    Item,
    refuse,
)
from chipkg.ask.parse.segment import _match_quantity
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK


def _from_range(items: list[Item]) -> list[Item]:
    """ "from 64 GB up to 128 GB", "from 1 GHz to 1.35 GHz", "64 GB up to 128 GB": a range, as
    "between 64 GB and 128 GB" says, not the first figure exactly and the second as a limit. Read so
    when both ends measure the same thing (a quantity of one dimension) and no comparator stands
    before the first ("at least 64 GB up to 128 GB" is two limits already)."""
    out = list(items)
    k = 0
    while k + 2 < len(out):
        opened = out[k].kind == "word" and out[k].value == "range"  # words.tsv: "from"
        start = k + 1 if opened else k
        if start + 2 >= len(out):
            break
        first, to, second = out[start], out[start + 1], out[start + 2]
        before = out[start - 1] if start >= 1 else None
        if (
            first.kind == "qty"
            and second.kind == "qty"
            and to.kind == "word"
            and (to.text == "to" and opened or to.role == "cmp" and to.value == "le" and to.text == "up to")
            and not (before is not None and before.kind == "word" and before.role in ("cmp", "between"))
            and {d for d, _ in first.readings} & {d for d, _ in second.readings}
        ):
            out[k : start + 3] = [
                Item("word", "between", role="between"),
                first,
                Item("word", "and", role="and"),
                second,
            ]
            k += 4
            continue
        k += 1
    return out


def _from_to(items: list[Item]) -> list[Item]:
    """ "from fewest to most", "from the smallest to the largest", "lowest to highest": two
    opposite superlatives joined by "to" give the direction of a ranking, not a superlative.
    The words of what is ranked may stand between them ("from the most SRAM to the least"):
    they stay in the question, in front of the ranking's direction."""
    out = list(items)
    supers = [i for i, x in enumerate(out) if x.kind == "word" and x.role == "super" and x.value in ("asc", "desc")]
    for i, j in zip(supers, supers[1:], strict=False):
        between = [x for x in out[i + 1 : j] if not (x.kind == "word" and x.role == "filler" and x.text != "to")]
        ranked = [x for x in between if x.kind in ("term", "entity")]
        if [x.text for x in between if x not in ranked] == ["to"] and between[-1].text == "to":
            if out[i].value != out[j].value:
                phrase = Item("word", f"{out[i].text} to {out[j].text}", role="rank", value=out[i].value)
                return out[:i] + ranked + [phrase] + out[j + 1 :]
    return out


def _first_last(items: list[Item]) -> list[Item]:
    """ "largest node first", "coarsest first", "smallest share last", "from the largest node
    down" (words.tsv role ``onward`` after "from" and the superlative): a superlative that a
    following "first" (or "last") puts in order is a ranking's direction, not a superlative.
    At most two words may stand between them, and only vocabulary (no name, number or comparator).
    An ``onward`` word that does not close such a phrase is a word ask does not know."""
    out = list(items)
    for j, it in enumerate(out):
        onward = it.kind == "word" and it.role == "onward"
        if not (it.kind in ("unknown", "word") and it.text.rstrip(".") in ("first", "last")) and not onward:
            continue
        for i in range(j - 1, max(j - 4, -1), -1):
            x = out[i]
            if x.kind == "word" and x.role == "super" and x.value in ("asc", "desc"):
                opening = next((y.text for y in reversed(out[:i]) if not (y.kind == "word" and y.text == "the")), "")
                if onward and opening != "from":
                    break
                first = onward or it.text.rstrip(".") == "first"
                value = x.value if first else {"asc": "desc", "desc": "asc"}[x.value]
                phrase = Item("word", f"{x.text} first" if first else f"{x.text} last", role="rank", value=value)
                # "most advanced (smallest feature size) first": a superlative just before, in the
                # same direction, restates the ranking's direction
                before = [
                    y
                    for k, y in enumerate(out[:i])
                    if not (k >= i - 6 and y.kind == "word" and y.role == "super" and y.value == x.value)
                ]
                return before + [phrase] + out[i + 1 : j] + out[j + 1 :]
            if not (x.kind == "term" or (x.kind == "word" and x.role == "filler")):
                break
    return [x._replace(kind="unknown") if x.kind == "word" and x.role == "onward" else x for x in out]


def _first_n(items: list[Item]) -> list[Item]:
    """ "chips by power, lowest first, first 3", "rank the HBM chips smallest first, only need the
    first two", "bandwidth lowest to highest, first two": after the order of a ranking is said
    outright (a ``rank`` phrase with its direction, read by :func:`_first_last` and
    :func:`_from_to`), "first" (words.tsv ``lineref`` valued ``first``, one word) right before a bare
    number is how many of that order to show, read as "top N" is (role ``top``, valued ``first``:
    the first N of the order said, whichever way it runs). Before any order, or before another
    number ("the first 3 nm chip"), it stays a generation of a line ("the first Trainium")."""
    out = list(items)
    ordered = False
    for k, x in enumerate(out):
        if x.kind == "word" and x.role == "rank" and x.value in ("asc", "desc"):
            ordered = True
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            ordered
            and x.kind == "word"
            and x.role == "lineref"
            and x.value == "first"
            and " " not in x.text.strip()
            and nxt is not None
            and (
                (nxt.kind == "word" and nxt.role == "number")
                or (nxt.kind == "qty" and all(d == "count" for d, _ in nxt.readings))
            )
            and not (k + 2 < len(out) and out[k + 2].kind in ("qty", "term", "entity"))
        ):
            out[k] = Item("word", x.text, role="top", value="first")
    return out


def _after_hedge(items: list[Item]) -> list[Item]:
    """The items after the filler words a question opens with ("According to the article, did
    Intel acquire Habana Labs?": the question starts at "did")."""
    k = 0
    while k < len(items) and (items[k].kind == "comma" or (items[k].kind == "word" and items[k].role == "filler")):
        k += 1
    return items[k:]


_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _generation_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Is the Trillium TPU the fifth generation of TPU?", "is Trainium2 a second-generation
    chip?", "is trillium a 6th generation tpu", terse "trillium sixth generation": a yes/no of one
    named chip, an ordinal right
    before "generation" and nothing else but function words and the chip's own kind: whether the
    chip's generation (ck:generation, one per chip) is that one. None for any other question."""
    items = _after_hedge(items)
    # terse: "trillium sixth generation", the chip first: with the ordinal said, only a yes/no
    if not items or not ((items[0].kind == "word" and items[0].role == "aux") or items[0].kind == "entity"):
        return None
    said = [k for k, x in enumerate(items) if x.kind == "word" and x.role == "attr" and x.text in ("generation", "gen")]
    if len(said) != 1 or said[0] < 1:
        return None
    k = said[0]
    before = items[k - 1]
    used = {0, k, k - 1}
    if before.kind == "word" and before.role == "ordinal":
        number = int(before.value)
    elif before.kind == "unknown" and before.text in _ORDINAL_SUFFIXES and k >= 2 and items[k - 2].kind == "qty":
        if not items[k - 2].text.isdigit():
            return None
        number = int(items[k - 2].text)  # "6th": the number and its suffix
        used.add(k - 2)
    else:
        return None
    chips = [j for j, x in enumerate(items) if x.kind == "entity"]
    if len(chips) != 1 or len(items[chips[0]].entities) != 1:
        return None
    chip = items[chips[0]].entities[0]
    if CHIP not in lex.entities.get(chip, ("", ()))[1]:
        return None
    used.add(chips[0])
    for j, x in enumerate(items):
        if j in used or (x.kind == "word" and x.role in ("filler", "aux")):
            continue
        if x.kind == "term" and all(lex.terms.get(t, ("", False))[1] and lex.is_a(chip, t) for t in x.terms):
            continue  # "a sixth-generation TPU": the chip's own kind
        return None
    return F.Frame(F.GENERATION, subjects=(chip,), generation=number)


def _production_year_yes_no(items: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "Is the MI350 slated for production in 2025?": a yes/no of one named chip, a production
    phrase (ck:productionYear) and a year, nothing else but words that change nothing: whether
    the article gives that year (another year it gives answers no). None for any other question."""
    items = _after_hedge(items)
    if not items or not (items[0].kind == "word" and items[0].role == "aux"):
        return None
    chips = [x for x in items if x.kind == "entity"]
    terms = [x for x in items if x.kind == "term"]
    years = [x for x in items if x.kind == "qty"]
    others = [x for x in items[1:] if x.kind not in ("entity", "term", "qty")]
    if (
        len(chips) != 1
        or len(chips[0].entities) != 1
        or CHIP not in lex.entities.get(chips[0].entities[0], ("", ()))[1]
        or len(terms) != 1
        or CK + "productionYear" not in terms[0].terms
        or len(years) != 1
        or not (years[0].text.isdigit() and len(years[0].text) == 4)
        or any(not (x.kind == "word" and x.role in ("filler", "aux")) for x in others)
    ):
        return None
    year = F.Relation(CK + "productionYear", (years[0].text,))
    return F.Frame(F.YESNO, (year,), subjects=chips[0].entities)


def _counted_parenthesis(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "a single (eight-accelerator) Gaudi 3 node": a parenthesis of a number and a word for chips,
    right before a chip's name, only says how many chips the scope after the name spans, as "an
    eight-accelerator Gaudi 3 node" does: its brackets go, and the words are read in place."""
    out = list(items)
    for k in range(len(out) - 4, -1, -1):
        if k + 4 > len(out):
            continue
        open_, count, chips, close = out[k : k + 4]
        after = out[k + 4] if k + 4 < len(out) else None
        if (
            after is not None
            and after.kind == "entity"
            and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in after.entities)
            and open_.kind == "open"
            and close.kind == "close"
            and _count_of(count) is not None
            and chips.kind == "term"
            and all(lex.is_kind(t, CHIP) for t in chips.terms)
        ):
            out[k : k + 4] = [count, chips]
    return out


def _one_unit_said(items: list[Item], lex: Lexicon) -> bool:
    """ "the performance of one Gaudi 3", "how much HBM does each Gaudi 3 have", "a single CS-3":
    a word for one (words.tsv filler "single") or for each (role group) right before the name of
    one chip asks for the figures of one unit of it (a chip, a card, a system: ck:GroupScope's
    node, pod and cluster figures span several). Dropped, "the performance of one Gaudi 3" was
    answered with its node's 14.7 petaflops and its cluster's 15 exaflops. A scope said after the
    name ("each Gaudi 3 die", "a single Gaudi 3 node") is the one asked."""
    for k in range(len(items) - 1):
        word, name = items[k], items[k + 1]
        if (
            (
                (
                    word.kind == "word"
                    and (
                        word.role == "group"
                        or (word.role == "filler" and word.value == "single")
                        or word.text.lower() in ("a", "an")
                    )
                )
                or (word.kind == "qty" and word.text.strip() == "1")  # "max model size of 1 SN40L" (red team 90 G)
            )
            and name.kind == "entity"
            and not name.plural
            and name.entities
            and all(lex.is_a(e, CHIP) for e in name.entities)
            and not (k + 2 < len(items) and _part_scope_said(items[k + 2], lex))
            and not (word.text.lower() in ("a", "an") and k + 2 < len(items) and _noun_goes_on(items[k + 2]))
        ):
            return True
    return False


def _noun_goes_on(x: Item) -> bool:
    """Whether ``x``, right after "a" and a chip's name, goes on with the noun phrase the name
    begins: "a Trainium2 deployment", "a Gaudi 3 cluster" are not one chip, as "a CS-3" is."""
    return x.kind in ("term", "entity", "unknown") or (
        x.kind == "word" and x.role == "filler" and x.value in ("sense", *NOUNS)
    )


def _part_scope_said(x: Item, lex: Lexicon) -> bool:
    """Whether ``x``, right after a chip's name, says a scope of its own: a scope word ("per
    core"), a word "per" makes a scope ("node", "system", "card") or a kind of unit ("die",
    "core"): "each Gaudi 3 die", "a single CS-3 system" are not one chip."""
    if x.kind in ("open", "close", "comma", "qty"):
        return False
    per = lex.words.get(("per", *(stem(t) for t in x.text.split())), ("", ""))  # "node": "per node" is a scope
    return (
        (x.kind == "word" and x.role in ("scope", "chipscope"))
        or (x.kind == "entity" and any(lex.is_a(e, UNIT_KIND) for e in x.entities))
        # "per node" makes a scope of "node"; "per RDU", "per accelerator" say one chip, as the name does
        # ("a single SN40L RDU" is one chip, red team 89 A)
        or per[0] == "scope"
        or (per[0] == "chipscope" and x.kind != "term")
    )


def _chip_scope_figure(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "higher than the Cloud AI 100 Ultra's single-card figure": in a comparison, a scope and a
    noun for a figure right after a chip's name say that chip's figure is of that scope, as "the
    Cloud AI 100 Ultra (single-card figure)" does: read as that parenthesis (counted beside per-chip
    figures, :func:`_named_scope`). Elsewhere ("Gaudi 3's per-die figure" asked alone) the words are
    read in place."""
    if not any(x.kind == "word" and x.role in ("cmp", "comparative", "super", "rank") for x in items):
        return items
    out = list(items)
    depth = [0]  # how many parentheses are open before each item: inside one, it is read there
    for x in items:
        depth.append(depth[-1] + (x.kind == "open") - (x.kind == "close"))
    for k in range(len(out) - 3, -1, -1):
        name, scope, noun = out[k : k + 3]
        if (
            depth[k] == 0
            and name.kind == "entity"
            and name.entities
            and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in name.entities)
            and scope.kind == "word"
            and scope.role == "scope"
            and scope.value
            and noun.kind == "word"
            and noun.role == "filler"
            and noun.value in NOUNS
        ):
            out[k + 1 : k + 3] = [Item("open", "("), scope, noun, Item("close", ")")]
    return out


def _format_per_scope(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "gaudi 3 fp8 per node": a search-box question of one chip, one numeric format and a scope
    ("per node", "per cluster", "per chip") asks the chip's performance at that precision, of that scope: a
    format alone beside a chip asks whether it supports it ("gaudi 3 fp8": true), but support has
    no scope, and the scope said was refused ("figures per node are not compared here"). Read as
    "gaudi 3 fp8 performance per node"; any other question is read as before."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler" and not x.value)]
    if len(said) != 3:
        return items
    chip, fmt, scope = said
    if (
        chip.kind == "entity"
        and len(chip.entities) == 1
        and CHIP in lex.entities.get(chip.entities[0], ("", ()))[1]
        and fmt.kind == "entity"
        and fmt.entities
        and all(lex.is_a(e, FORMAT) for e in fmt.entities)
        and scope.kind == "word"
        and ((scope.role == "scope" and scope.value) or scope.role == "chipscope")
    ):
        at = items.index(fmt) + 1
        return [*items[:at], Item("term", "performance", terms=(CK + "performance",)), *items[at:]]
    return items


def _compared_only(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Comparing HBM only, does the SN40L carry more high-bandwidth memory than Trainium2?": a lead-in
    that compares one memory alone, said again by the comparison after it, restates what is compared
    (its "only" is no claim that a chip has nothing else): it goes. A memory the comparison does not
    name again, or no comparison, keeps it (refused as before)."""
    content = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    if len(content) < 4:
        return items
    chips = _compared_chips_only(items, content, lex)
    if chips is not None:
        return chips
    lead, name, only = (items[k] for k in content[:3])
    if not (
        lead.kind == "word"
        and lead.role == "compare"
        and name.kind == "entity"
        and name.entities
        and all(_category(e, lex) == MEMORY_TECH for e in name.entities)
        and only.kind == "word"
        and only.role == "only"
    ):
        return items
    rest = items[content[2] + 1 :]
    again = [e for x in rest if x.kind == "entity" for e in x.entities]
    compares = any(x.kind == "word" and x.role in ("comparative", "cmp", "super", "rank") for x in rest)
    if not compares or not all(e in again for e in name.entities):
        return items
    return items[: content[0]] + rest


def _peak_of(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "What peak clock does the article give for the M4?", "the peak power of the e150": "peak" (an
    ontology word of ck:performance, "peak performance") right before the word of another measure
    (a name or a kind between: "peak CPU clock", "peak HBM bandwidth") is that measure's most, as
    "max" (words.tsv role ``super``) is there: "the M4's peak clock" is its maximum clock, so a
    typical or nominal figure is none. Before a word of performance, or alone, it stays
    performance's."""
    out = list(items)
    for k, x in enumerate(items[:-1]):
        after = items[k + 1]
        between = after.kind == "entity" or (
            after.kind == "term" and after.terms and all(lex.terms.get(t, ("", False))[1] for t in after.terms)
        )
        if between and k + 2 < len(items):  # "peak CPU clock", "peak HBM bandwidth": a part or a name
            after = items[k + 2]
        if (
            x.kind == "term"
            and x.text.lower() == "peak"
            and x.terms == (CK + "performance",)
            and after.kind == "term"
            and after.terms
            and all(t in MEASURES and t != CK + "performance" for t in after.terms)
        ):
            before = next(
                (
                    y
                    for y in reversed(items[:k])
                    if not (y.kind == "word" and y.role == "filler" and y.text.lower() not in ("the", "a", "an"))
                ),
                None,
            )
            named = any(y.kind == "entity" and any(lex.is_a(e, CHIP) for e in y.entities) for y in items)
            said_most = before is not None and (
                before.kind == "word" and (before.text.lower() == "the" or before.role == "super")
            )
            if not (named or said_most):
                # "Which chips have peak clock speeds?", "chips with peak clock": the chips' peak
                # figures, not the most of them (read so, the highest clock alone; red team 31)
                raise refuse(
                    f"'{x.text}' asks for the chips' peak figures, which the article does not mark as such: "
                    f"ask for the highest ('the {x.text} ...') or a value compared"
                )
            if any(y.kind == "word" and y.role == "super" and y.value == "asc" for y in items):
                # "the lowest peak clock": the least of the chips' peaks, which ask cannot tell from
                # their other figures (read as the lowest clock, NorthPole's nominal 400 MHz; red team 30)
                raise refuse(f"'{x.text}' asks for the chips' peak figures, which the article does not mark as such")
            out[k] = Item("word", x.text, role="super", value="desc")
    return out


#: the words that compare figures: a question with one of them compares the figure it names
_COMPARING = frozenset(("cmp", "cmp_after", "between", "super", "rank", "comparative", "top"))


def _measure_only(items: list[Item], checks: list[remarks.Check]) -> list[Item]:
    """ "Considering memory bandwidth only, which chips exceed 1 TB/s?", "the most power, counting
    only the power figure": "only" (words.tsv role ``only``, or a filler valued so) right before or
    after the word of a measure (:data:`MEASURES`; articles between) in a question that compares
    figures says which figure is compared, not that a chip has nothing else: it goes, and the
    measure's word is kept as a check (``present``): the frame as read must compare that measure,
    else the question is refused (:func:`chipkg.ask.remarks.check`). Anything else beside "only" (a
    name, a kind, a number), or no comparison, keeps it, refused as before."""
    if not any(x.kind == "word" and x.role in _COMPARING for x in items):
        return items

    def plain(x: Item) -> bool:
        return x.kind == "word" and x.role == "filler" and x.text in ("the", "a", "its", "their")

    def measure(k: int | None) -> Item | None:
        if k is None:
            return None
        x = items[k]
        if x.kind == "term" and x.terms and all(t in MEASURES for t in x.terms):
            return x
        return None

    out: list[Item] = []
    for k, x in enumerate(items):
        only = x.kind == "word" and (x.role == "only" or (x.role == "filler" and x.value == "only"))
        if only:
            before = next((j for j in range(k - 1, -1, -1) if not plain(items[j])), None)
            after = next((j for j in range(k + 1, len(items)) if not plain(items[j])), None)
            said = measure(before) or measure(after)
            if said is not None:
                checks.append(remarks.Check("present", said.terms, f"{said.text} only"))
                continue
        out.append(x)
    return out


def _compared_chips_only(items: list[Item], content: list[int], lex: Lexicon) -> list[Item] | None:
    """ "Comparing only the two Grayskull models, which one draws more power?": a lead-in that
    compares named chips alone, up to a comma, before a comparison that names no chip ("which one
    ... more"): the chips are the field compared, as "Of A and B, which ..." says; "comparing" and
    its "only" go. Another chip named after it, or no comparison, keeps it (None)."""
    lead = items[content[0]]
    if not (lead.kind == "word" and lead.role == "compare"):
        return None
    comma = next((k for k in content if items[k].kind == "comma"), None)
    if comma is None:
        return None
    said = [k for k in content[1:] if k < comma]
    only = [k for k in said if items[k].kind == "word" and items[k].role == "only"]
    names = [k for k in said if items[k].kind == "entity"]
    joins = [k for k in said if items[k].kind == "word" and items[k].role == "and"]
    if len(only) != 1 or not names or any(k not in only + names + joins and _count_of(items[k]) is None for k in said):
        return None
    if not all(CHIP in lex.entities.get(e, ("", ()))[1] for k in names for e in items[k].entities):
        return None
    rest = items[comma + 1 :]
    if any(x.kind == "entity" and any(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in rest):
        return None
    if not any(x.kind == "word" and x.role in ("comparative", "super") for x in rest):
        return None
    return [x for k, x in enumerate(items) if k not in (content[0], only[0])]


def _foundry_process(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "manufactured on TSMC processes", "a TSMC process": a process word right after a foundry's
    name, with no node named after it, says whose process (made by the foundry), not which node:
    the word goes and the name is read as the maker; so does a verb of the node ("made on") right
    before the foundry's name: made by it."""

    def foundry(x: Item | None) -> bool:
        return (
            x is not None
            and x.kind == "entity"
            and bool(x.entities)
            and all(CK + "Foundry" in lex.entities.get(e, ("", ()))[1] for e in x.entities)
        )

    out: list[Item] = []
    for k, it in enumerate(items):
        prev = next((x for x in reversed(out) if not (x.kind == "word" and x.role == "filler")), None)
        nxt = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
        if it.kind == "term" and it.terms == (CK + "processNode",) and foundry(nxt) and not foundry(prev):
            out.append(it._replace(terms=(CK + "manufacturedBy",)))
            continue
        said = [x for x in out if not (x.kind == "word" and x.role == "filler")]
        made = len(said) >= 2 and said[-2].kind == "term" and CK + "manufacturedBy" in said[-2].terms
        if (
            it.kind == "term"
            and it.terms == (CK + "processNode",)
            and foundry(prev)
            and not (nxt is not None and nxt.kind in ("entity", "qty"))
            # a verb of making before the name, or chips after the word ("tsmc process chips"); alone
            # ("tsmc process node") it asks for the node
            and (made or (nxt is not None and nxt.kind == "term" and CHIP in nxt.terms))
        ):
            continue
        out.append(it)
    return out


def _named_by(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "mtia v2, groq lpu, grayskull e75, northpole by clock speed": named chips and "by" a measure,
    with no question word, no yes/no auxiliary and no other shape, are those chips ranked by it (as
    "rank ... by clock speed"); a direction after the measure ("lowest first") is read as usual."""
    shaped = ("wh", "who", "aux", "value", "count", "super", "rank", "top", "compare", "comparative", "neg")
    if any(x.kind == "word" and x.role in shaped for x in items):
        return items
    by = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "group" and x.text == "by"), None)
    if by is None or by == 0 or by + 1 == len(items):
        return items
    before, after = items[:by], items[by + 1 :]
    chips = [x for x in before if x.kind == "entity"]
    if len(chips) < 2 or not all(
        x.kind == "entity" or (x.kind == "word" and x.role in ("and", "filler")) for x in before
    ):
        return items
    if any(CHIP not in lex.entities.get(e, ("", ()))[1] for x in chips for e in x.entities):
        return items
    measured = any(
        x.kind == "term" or any(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in after
    )
    if not measured or not all(
        x.kind in ("term", "entity") or (x.kind == "word" and x.role == "filler") for x in after
    ):
        return items
    return [Item("word", "rank", role="rank"), *items]


def _vendor_chips(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "groq or northpole, which has more SRAM?", "does groq have more SRAM than the Corsair C8?":
    where named chips are compared, a vendor named beside them that designs one chip of the graph
    stands for that chip (the reading names it); a vendor of several chips is left as it is."""

    def than(x: Item) -> bool:  # "more ... than", "higher than"; not "other than" (a negation)
        return x.kind == "word" and x.text.split()[-1] == "than" and x.role != "neg"

    comparing = any(
        (x.kind == "word" and x.role in ("comparative", "compare", "between", "super", "rank")) or than(x)
        for x in items
    )
    if not comparing:
        return _the_vendor_chip(items, lex)
    if any(x.kind == "word" and x.role == "neg" for x in items):
        return items

    def chip(x: Item) -> bool:
        return x.kind == "entity" and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities)

    vendors = [
        k for k, x in enumerate(items) if x.kind == "entity" and len(x.entities) == 1 and x.entities[0] in lex.sole_chip
    ]
    if not vendors or not any(chip(x) for x in items):
        return items
    # a vendor named right beside a chip, with no word between: a search box's list ("clock ranking mtia
    # v2 groq northpole")
    beside = any(
        0 <= j < len(items) and chip(items[j]) and items[j].entities != items[k].entities
        for k in vendors
        for j in (k - 1, k + 1)
    )
    listed = (beside or any(x.kind == "comma" or (x.kind == "word" and x.role == "and") for x in items)) and any(
        x.kind == "word" and x.role in ("rank", "super") for x in items
    )  # "rank groq, northpole and the cloud ai 100 ultra by sram", "the least SRAM among gaudi 3, groq and northpole"
    if not listed and not any(
        (x.kind == "word" and x.role in ("comparative", "compare", "between", "or")) or than(x) for x in items
    ):
        return items  # a superlative alone ("the most SRAM of Groq's chips and NorthPole") compares no two names
    out = list(items)
    drop: set[int] = set()
    for k in vendors:
        after = items[k + 1] if k + 1 < len(items) else None
        if after is not None and after.kind == "term" and after.terms == (CHIP,) and after.text == "chip":
            drop.add(k + 1)  # "the groq chip": its one chip
        elif after is not None and (
            (after.kind == "entity" and lex.sole_chip[items[k].entities[0]] in after.entities)
            or (after.kind == "entity" and not chip(after))
            or (after.kind == "term" and CHIP in after.terms)
        ):
            continue  # "groq lpu", "groq's chips": the chip is named already ("groq northpole": another chip)
        before = next((x for x in reversed(items[:k]) if not (x.kind == "word" and x.role == "filler")), None)
        if before is not None and (before.kind == "term" or before.text in ("by", "from", "of")):
            continue  # "chips designed by Groq with more SRAM than ...": the vendor qualifies the chips asked for
        out[k] = items[k]._replace(entities=(lex.sole_chip[items[k].entities[0]],))
    return [x for k, x in enumerate(out) if k not in drop]


def _the_vendor_chip(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "how many cores does the SambaNova chip have?", "... SambaNova's chip ...": "<vendor> chip",
    of a vendor that designs one chip of the graph, asking one figure of it, names that chip (the
    reading names it); so does "<vendor> <scope>" ("a Cerebras cluster"), the scope kept. With a
    negation, another chip named, or "chips" it is left as it is."""
    asks_figure = any(x.kind == "word" and x.role in ("count", "value") for x in items)
    if (
        not asks_figure
        or any(x.kind == "word" and x.role == "neg" for x in items)
        or any(x.kind == "entity" and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities) for x in items)
    ):
        return items
    for k in range(len(items) - 1):
        vendor, chip = items[k : k + 2]
        if (
            vendor.kind == "entity"
            and len(vendor.entities) == 1
            and vendor.entities[0] in lex.sole_chip
            and chip.kind == "term"
            and chip.terms == (CHIP,)
            and chip.text == "chip"
        ):
            named = vendor._replace(entities=(lex.sole_chip[vendor.entities[0]],))
            return [*items[:k], named, *items[k + 2 :]]
        if (
            vendor.kind == "entity"
            and len(vendor.entities) == 1
            and vendor.entities[0] in lex.sole_chip
            and chip.kind == "word"
            and chip.role == "scope"
            and not any(x.kind == "entity" for x in items[:k] + items[k + 1 :])
        ):
            # "how many exaflops can a full Cerebras cluster hit": a scope of the vendor's one chip
            # (a cluster, a card, a system of it) names that chip, the scope kept
            named = vendor._replace(entities=(lex.sole_chip[vendor.entities[0]],))
            return [*items[:k], named, *items[k + 1 :]]
    return items


def _fronted_organizations(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Among startups, which chips use 7nm?", "Restricting attention to hyperscalers, how many chips
    are on 7nm?": a kind of organization fronted before a comma, then a question word and a kind of
    chip, asks for those chips of those organizations, as "which chips from startups use 7nm?" does
    (read as it stood, the organizations were the answer). Only that shape is moved: a question word
    with no kind of chip after it ("Among startups, which use 7nm?") asks for the organizations."""
    said_as = items
    first = next((k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")), None)
    close = next((k for k, x in enumerate(items) if x.kind == "close"), None)
    if first is not None and items[first].kind == "open" and close is not None:
        # "Looking at startups: which chips ...": the colon made the lead-in a parenthesis, read as a comma
        items = [*items[:first], *items[first + 1 : close], Item("comma", ","), *items[close + 1 :]]
    comma = next((k for k, x in enumerate(items) if x.kind == "comma"), None)
    asks = next((k for k, x in enumerate(items) if x.kind == "word" and x.role in ("wh", "count")), None)
    if comma is None and asks is not None:  # "Looking only at startups: which chips ...": the colon is gone
        items = [*items[:asks], Item("comma", ","), *items[asks:]]
        comma = asks
    if comma is None:
        return said_as
    lead = [x for x in items[:comma] if not (x.kind == "word" and x.role == "filler")]
    if not (
        len(lead) == 1 and lead[0].kind == "term" and lead[0].terms and all(lex.is_kind(t, ORG) for t in lead[0].terms)
    ):
        return said_as
    said = [k for k in range(comma + 1, len(items)) if not (items[k].kind == "word" and items[k].role == "filler")]
    if (
        len(said) < 2
        or not (items[said[0]].kind == "word" and items[said[0]].role in ("wh", "count"))
        or items[said[1]].kind != "term"
        or not chipish_any(lex, list(items[said[1]].terms))
    ):
        return said_as
    kind = said[1] + 1
    return [*items[comma + 1 : kind], Item("word", "from", role="filler", value="range"), lead[0], *items[kind:]]


def _fronted_pair(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Between the MTIA v2 and the Grayskull e150, does the MTIA v2 draw more power?": two chips
    named up front, then a yes/no comparison that names one of them and no 'than': the other one is
    what it is compared with, as in "does the MTIA v2 draw more power than the Grayskull e150?".
    Anything else is left as it was (a "which" after the pair is read by :func:`_between_names`)."""
    lead = next((k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")), None)
    pair = _between_pair(items, lead, lex) if lead is not None else None
    field = _fronted_field(items, lex) if pair is None else None
    if field is not None and len(field) > 2:
        return _fronted_list(items, field, lex)
    if pair is None and field is not None:
        pair = (field[0], field[1])
    if pair is None and lead is not None:
        # "Of A and B how much SRAM does A have?" (the comma gone): a question word after the pair
        asked = _fronted_field(items, lex, asking=_VALUE_LEADS)
        if asked is not None and len(asked) > 2:  # "Of A, B and C how much SRAM does B have?"
            return _fronted_list(items, asked, lex)
        pair = (asked[0], asked[1]) if asked is not None and len(asked) == 2 else None
    if pair is None:
        return items
    first, second = items[pair[0]], items[pair[1]]
    if len(first.entities) != 1 or len(second.entities) != 1 or first.entities == second.entities:
        return items
    after = pair[1] + 1
    after += 1 if after < len(items) and items[after].kind == "comma" else 0
    rest = items[after:]
    lead_item = next((x for x in rest if not (x.kind == "word" and x.role == "filler")), None)
    named = [x for x in rest if x.kind == "entity" and len(x.entities) == 1 and _is_chip(x.entities[0], lex)]
    said = [k for k, x in enumerate(rest) if x.kind == "word" and x.role == "comparative"]
    if (
        lead_item is not None
        and lead_item.kind == "word"
        and lead_item.role in _VALUE_LEADS
        and len({x.entities for x in named}) == 1
        and not said
        and not any(x.kind == "word" and x.role in ("super", "top", "rank") for x in rest)
    ):
        # "Of the Groq LPU and NorthPole, how much SRAM does the Groq LPU have?": a value asked of one
        # of them is asked of it (the pair and the chip were all answered, the chip twice)
        _one_of_the_field(named[0], [first, second], lex)
        return rest
    if (
        lead_item is None
        or not (lead_item.kind == "word" and lead_item.role == "aux")
        or not named
        or any(x.entities not in (first.entities, second.entities) for x in named)
    ):
        return items
    if any(x.kind == "word" and x.role in ("super", "top", "rank") for x in rest):
        # "Of A and B, does A have the most SRAM?": whether it leads the two, said in a way not read
        raise refuse("whether one of two chips named up front leads them: ask 'does A have more X than B?'")
    than = any(x.kind == "word" and x.text.split()[-1] == "than" for x in rest)
    if not said or than:
        # "Between Gaudi 3 and the Groq LPU, does the Groq LPU use HBM?", "... more than 100 MB?",
        # "... more SRAM than NorthPole?": the yes/no says all it asks of the chips it names; the
        # pair only says what the asker has in view
        return rest
    if len(named) != 1 or len(said) != 1:
        return items
    other = second if named[0].entities == first.entities else first
    end = next((k for k, x in enumerate(rest) if k > said[0] and x.kind in ("open", "comma")), len(rest))
    return [*rest[:end], Item("word", "than", role="filler"), other, *rest[end:]]


#: the words that open a question for a value after chips named up front ("how much", "what", "who")
_VALUE_LEADS = ("value", "count", "wh", "who")


def _one_of_the_field(named: Item, field: list[Item], lex: Lexicon) -> None:
    """ "Of the Groq LPU and NorthPole, how much SRAM does the H100 have?": the chip a value is asked
    of after chips named up front must be one of them (it was asked of all three)."""
    if not any(named.entities == x.entities for x in field):
        raise refuse(
            f"{lex.entities[named.entities[0]][0]} is not one of the chips named first ("
            + ", ".join(lex.entities[x.entities[0]][0] for x in field if x.entities)
            + "): ask about it alone"
        )


def _fronted_list(items: list[Item], field: list[int], lex: Lexicon) -> list[Item]:
    """ "Of Gaudi 3, Trainium2 and Trillium, does Trainium2 have less HBM?": a yes/no after three or
    more chips named up front. One that compares is refused (against which of them?); one that
    compares nothing is asked of its chip alone, as after a pair; so is a value asked of one of them
    ("Of the Groq LPU, NorthPole and Corsair, how much SRAM does NorthPole have?": it was asked of
    all three, and of NorthPole twice)."""
    after = field[-1] + 1
    after += 1 if after < len(items) and items[after].kind == "comma" else 0
    rest = items[after:]
    lead_item = next((x for x in rest if not (x.kind == "word" and x.role == "filler")), None)
    names = {e for j in field for e in items[j].entities}
    named = [x for x in rest if x.kind == "entity" and len(x.entities) == 1 and _is_chip(x.entities[0], lex)]
    if (
        lead_item is not None
        and lead_item.kind == "word"
        and lead_item.role in _VALUE_LEADS
        and len({x.entities for x in named}) == 1
        and not any(x.kind == "word" and x.role in ("comparative", "super", "top", "rank") for x in rest)
    ):
        _one_of_the_field(named[0], [items[j] for j in field], lex)
        return rest  # a value of the one chip it names
    if lead_item is None or not (lead_item.kind == "word" and lead_item.role == "aux"):
        return items
    if not named or any(x.entities[0] not in names for x in named):
        return items
    if any(x.kind == "word" and x.role in ("comparative", "super", "top", "rank") for x in rest) and not any(
        x.kind == "word" and x.text.split()[-1] == "than" for x in rest
    ):
        raise refuse(
            "a yes/no comparing one of several chips named up front with the others: ask "
            "'does A have more X than B?', or 'which of A, B and C has the most X?'"
        )
    return rest


def _fronted_field(items: list[Item], lex: Lexicon, asking: tuple[str, ...] = ()) -> list[int] | None:
    """The positions of the chips named up front as the field of what follows, in any words ("Of
    the Groq LPU and NorthPole, ...", "Among ...", "For ...", "Of these two, A and B, ...", "Of A,
    B and C, ..."): only function words (and the number two) before them, the chips joined by commas
    and a last 'and', then a comma or the auxiliary that opens the question about them."""
    said = [k for k, x in enumerate(items) if not (x.kind == "word" and x.role == "filler")]
    chips = [k for k in said if items[k].kind == "entity"]
    if len(chips) < 2:
        return None
    a = chips[0]
    before = [items[k] for k in said if k < a]
    if not all(
        x.kind == "comma" or (x.kind == "word" and (x.role == "between" or (x.role == "number" and x.value == "2")))
        for x in before
    ):
        return None
    rest = [k for k in said if k > a]
    field = [a]
    # "A and B", "A, B and C" (the commas may be read as 'and' by now): chips joined one by one
    while len(rest) >= 2 and (
        items[rest[0]].kind == "comma" or (items[rest[0]].kind == "word" and items[rest[0]].role == "and")
    ):
        if items[rest[1]].kind != "entity":
            return None
        field.append(rest[1])
        rest = rest[2:]
    if (
        len(field) < 2
        or not rest
        or not (
            items[rest[0]].kind == "comma"
            or (items[rest[0]].kind == "word" and items[rest[0]].role in ("aux", *asking))
        )
        or not all(_is_chip(e, lex) for j in field for e in items[j].entities)
    ):
        return None
    return field


def _is_chip(iri: str, lex: Lexicon) -> bool:
    return CHIP in lex.entities.get(iri, ("", ()))[1]


def _between_pair(items: list[Item], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The positions of the two chips a 'between' at ``k`` names ("between the Trillium TPU and
    the Trainium2": chips joined by 'and', fillers aside), or None when it names no such pair."""
    if not (items[k].kind == "word" and items[k].role == "between"):
        return None
    window = range(k + 1, min(k + 6, len(items)))
    span = [j for j in window if not (items[j].kind == "word" and items[j].role == "filler")][:3]
    if (
        len(span) == 3
        and items[span[1]].kind == "word"
        and items[span[1]].role == "and"
        and all(
            items[j].kind == "entity" and all(_is_chip(e, lex) for e in items[j].entities) for j in (span[0], span[2])
        )
    ):
        return span[0], span[2]
    return None


def _between_names(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Between the Google Trillium TPU and the AWS Trainium2, which has the larger HBM capacity?":
    'between' before two chips joined by 'and' names the chips compared, not a range of numbers."""
    return [
        it._replace(role="filler") if _between_pair(items, k, lex) or _between_group(items, k, lex) else it
        for k, it in enumerate(items)
    ]


def _between_group(items: list[Item], k: int, lex: Lexicon) -> bool:
    """ "Between the two Grayskull models, which one has more Tensix cores?": 'between' before one
    name of several chips (fillers, a word for chips and the number of them aside: "the two", "both"),
    then a comma or a question word, names the chips compared, as "of the two Grayskull models"
    does. A number said that is not the name's number of chips ("between the three Grayskull
    models") is left as it was, and refused."""
    if not (items[k].kind == "word" and items[k].role == "between"):
        return False
    rest = [x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler")]
    said = 0
    if rest and rest[0].kind == "word" and (rest[0].role == "number" or rest[0].text == "both"):
        said = 2 if rest[0].text == "both" else int(float(rest[0].value)) if rest[0].value else -1
        rest = rest[1:]
    if not rest or not (rest[0].kind == "entity" and rest[0].entities):
        return False
    named = rest[0].entities
    if len(named) < 2 or not all(_is_chip(e, lex) for e in named) or said not in (0, len(named)):
        return False
    rest = rest[1:]
    if rest and rest[0].kind == "term" and rest[0].terms == (CHIP,):
        rest = rest[1:]  # "the Grayskull cards"
    return bool(rest) and (rest[0].kind == "comma" or (rest[0].kind == "word" and rest[0].role in ("wh", "who")))


#: words.tsv's phrases that say where something is stated, as "according to" does: before an
#: organization they say whose claim it is ("as per Nvidia", not "designed by Nvidia")
_SOURCE_OPENERS = (
    "as per",
    "in accordance with",
    "in line with",
    "pursuant to",
)
#: vocab6's reading phrases, before a company's name: whose account it is ("going only by Nvidia,
#: ..."); before a kind of company ("going by the vendor figures") they stay words that change nothing
_GOING_BY = (
    "going by",
    "going only by",
    "going solely by",
    "going strictly by",
    "going just by",
    "going purely by",
    "going off",
    "going off of",
)
#: the first word of a verb phrase of telling after a company ("as TSMC lays it out", "as Intel
#: sets it out", "as Nvidia puts it"): whose account it is, as "as TSMC says"
_TELLS_FIRST = ("lay", "laid", "set", "spell", "put", "recount")
#: words that say whose claim something is, beside an organization: "Nvidia's claim", "as claimed
#: by d-Matrix", "according to Intel", "Meta says", "per Apple,", "by AWS's account"
_CLAIM_AFTER = ("claim", "say", "said", "state", "report", "reckon", "account")
_CLAIM_BEFORE = (
    "according to",
    "per",
    "claimed by",
    "stated by",
    "reported by",
    "said by",
    *_SOURCE_OPENERS,
    *_GOING_BY,
)


def _claimant(items: list[Item], lex: Lexicon, checks: list[remarks.Check]) -> list[Item]:
    """ "by Nvidia's claim", "according to d-Matrix", "as d-Matrix claims", "does Intel claim ...":
    an organization said to claim something is whose claim a figure is (ck:VendorClaim, said of
    its designer), not a relation of the chip ("designed by Nvidia"). Its words go; the organization
    is noted in ``checks`` as the claimant ("not-claimant" after a negation), for :func:`read` to put
    in the frame; the answer then checks that the figures it rests on are that organization's claims.
    "According to the d-Matrix section" cites a section, read elsewhere."""
    out = list(items)
    for k, it in enumerate(items):
        if not (
            it.kind == "entity" and it.entities and all(ORG in lex.entities.get(e, ("", ()))[1] for e in it.entities)
        ):
            continue
        after = k + 1
        if after < len(items) and items[after].kind in ("report", "term") and "section" in items[after].text:
            continue
        if k >= 2 and items[k - 1].text.lower() in ("on", "about") and "section" in items[k - 2].text:
            continue  # "as the section on Meta reported it": a section cited (rewrites._section_citation)
        drop = {k}
        nxt = items[after] if after < len(items) else None
        claimed_after = (
            nxt is not None
            and nxt.kind == "word"
            and (
                stem(nxt.text.split()[-1]) in _CLAIM_AFTER
                or (len(nxt.text.split()) > 1 and stem(nxt.text.split()[0]) in _TELLS_FIRST)
            )
        )
        # "as Nvidia puts it," (red team 107: read as designed by Nvidia): the verb and its "it" apart
        puts_it = (
            nxt is not None
            and nxt.kind == "word"
            and len(nxt.text.split()) == 1
            and stem(nxt.text) in _TELLS_FIRST
            and after + 1 < len(items)
            and items[after + 1].text.lower() == "it"
        )
        if puts_it:
            claimed_after = True
            drop.add(after + 1)
        if claimed_after:
            drop.add(after)
            if after + 1 < len(items) and items[after + 1].text.lower() == "that":
                drop.add(after + 1)
        start = k
        while start > 0 and items[start - 1].kind == "word" and items[start - 1].text.lower() in ("the",):
            start -= 1
        # the opener's items right before the name: one ("according to", "per") or two ("claimed" "by")
        opener = next(
            (
                list(range(start - n, start))
                for n in (1, 2)
                if start - n >= 0
                and all(items[j].kind == "word" for j in range(start - n, start))
                and " ".join(items[j].text.lower() for j in range(start - n, start)) in _CLAIM_BEFORE
            ),
            None,
        )
        if (
            opener
            and items[opener[-1]].text.lower() == "per"
            and not (nxt is None or nxt.kind == "comma" or claimed_after)
        ):
            opener = None  # "chips per vendor" groups; "per Apple," and "per Apple's claim" attribute
        if not opener and claimed_after and start > 0 and items[start - 1].text.lower() == "by":
            opener = [start - 1]  # "by Nvidia's claim"
        if not (claimed_after or opener):
            continue
        drop.update(opener or ())
        lead = min(drop)
        if lead > 0 and items[lead - 1].kind == "word" and items[lead - 1].text.lower() == "as":
            drop.add(lead - 1)
            lead -= 1
        negated = lead > 0 and items[lead - 1].kind == "word" and items[lead - 1].role == "neg"
        if negated:
            drop.add(lead - 1)
        said = " ".join(items[j].text for j in sorted(drop))
        checks.append(remarks.Check("not-claimant" if negated else "claimant", tuple(it.entities), said))
        out = [x for j, x in enumerate(items) if j not in drop]
        return _claimant(out, lex, checks) if any(x.kind == "entity" for x in out) else out
    return out


#: verbs of saying after "as the X section" ("as the Azure section puts it", "as the Meta section states")
_SECTION_SAYS = ("put", "state", "say", "describ", "report", "give", "quot", "frame", "phrase", "word", "present")


def _as_section_says(items: list[Item], k: int) -> bool:
    """Whether the section word at ``k`` is cited as where the asker read the answer with "as ...
    <verb of saying>" ("as the Azure section puts it", "as the Meta section states it", "as the
    Nvidia section describes"): "as" right before "the X section" and a verb of saying right after
    it, with at most "it" after the verb and nothing more before the clause ends."""
    before = [x.text for x in items[: k - 1] if x.text != "the"]
    if not before or before[-1] != "as":
        return False
    after = items[k + 1 : k + 3]
    if not after or not (after[0].kind == "word" and stem(after[0].text) in _SECTION_SAYS):
        return False
    end = k + 3 if len(after) > 1 and after[1].text == "it" else k + 2
    rest = items[end:]  # the clause ends there (a comma, or only fillers to the end of the question)
    if before == ["as"] and rest and rest[0].kind == "word" and rest[0].role in ("wh", "value", "count", "aux"):
        # first, before the question ("As the AWS section reports it, how much HBM ..."): the
        # question word opens the question the clause stands before (its comma may be gone by now)
        return True
    return not rest or rest[0].kind in ("comma", "close") or all(x.kind == "word" and x.role == "filler" for x in rest)


def _claimant_unnamed(items: list[Item], lex: Lexicon) -> None:
    """ "... according to its maker?", "per its designer", "as the vendor says": whose claim it is,
    said with a kind of organization rather than its name. Read as an organization asked for, a
    yes/no was answered with the designer's name ("Groq"); the claimant is not told which of the
    chip's organizations (designer, foundry) is meant, so the question is refused."""
    for k, it in enumerate(items):
        if not (it.kind == "term" and any(lex.is_kind(t, ORG) for t in it.terms)):
            continue
        j, owned = k - 1, False
        while j >= 0 and items[j].kind == "word" and items[j].text.lower() in ("its", "their", "the", "a"):
            owned = owned or items[j].text.lower() in ("its", "their")
            j -= 1
        before = items[j].text.lower() if j >= 0 and items[j].kind == "word" else ""
        after = items[k + 1] if k + 1 < len(items) else None
        says = after is not None and after.kind == "word" and stem(after.text.split()[-1]) in _CLAIM_AFTER
        if (
            before in ("according to", "claimed by", "stated by", "reported by", "said by", *_SOURCE_OPENERS)
            or (before == "per" and owned)
            or (says and (owned or before == "as"))
        ):
            raise refuse(
                f"'{before} {it.text}': whose claim it is, said without a name; name the organization "
                "('according to Groq'), or ask without it: the answer says whether a figure is its vendor's claim"
            )


def _source_hedge(before: list[Item]) -> bool:
    """Whether the words before "the X section" say where the asker read something: "per the",
    "according to the", "(as) stated / said / described / reported in the"."""
    words = [x.text for x in before if x.text != "the"]
    if words[-1:] and words[-1] in ("per", "according to", *_SOURCE_OPENERS):
        return True
    return (
        words[-2:-1] != []
        and words[-1] == "in"
        and words[-2].split()[-1] in ("stated", "said", "described", "reported", "given", "quoted")
    )


def _what_they_make(segmented: list[Item], lex: Lexicon) -> F.Frame | None:
    """ "What do the hyperscalers make?", "what is Nvidia building?": 'what' with an organization (or a
    kind of organization) and a verb of designing, and nothing else, asks for their chips (it
    listed the organizations). None when the question is not of that shape."""
    items = [x for x in segmented if not (x.kind == "word" and x.role in ("filler", "aux"))]
    if len(items) != 3 or not (items[0].kind == "word" and items[0].text == "what"):
        return None
    verbs = [x for x in items[1:] if x.kind == "term" and CK + "designedBy" in x.terms]
    orgs = [
        x
        for x in items[1:]
        if x.kind == "entity" and len(x.entities) == 1 and ORG in lex.entities.get(x.entities[0], ("", ()))[1]
    ]
    kinds = [
        x
        for x in items[1:]
        if x.kind == "term"
        and x.terms
        and all(lex.terms.get(t, ("", False))[1] and ORG in lex.subclasses.get(t, []) for t in x.terms)
    ]
    if len(verbs) != 1 or len(orgs) + len(kinds) != 1:
        return None
    if orgs:
        # a foundry that designs nothing makes its chips by manufacturing them ("what does TSMC make":
        # a verb of either relation); a verb of design alone ("what does TSMC design / develop") says
        # the designer, whatever the organization's class
        classes = lex.entities[orgs[0].entities[0]][1]
        either = CK + "manufacturedBy" in verbs[0].terms
        foundry = either and CK + "Foundry" in classes and CK + "ChipDesigner" not in classes
        return F.Frame(F.CHIPS, (F.Relation(CK + ("manufacturedBy" if foundry else "designedBy"), orgs[0].entities),))
    return F.Frame(F.CHIPS, (F.Relation(CK + "designedBy", cls=kinds[0].terms[0]),))


def _picked(items: list[Item]) -> list[Item]:
    """ "8-bit integer (INT8)": a name of several things (INT8, UINT8) that another name in the
    question picks out is that one: the two restate each other. A name given as an example ("an
    8-bit format (e.g. UINT8)", "such as INT8", "(INT8 included)") picks nothing out: any of the
    things is meant, that one among them (red team 111 W1: UINT8 alone was answered)."""
    single = {
        x.entities[0]
        for k, x in enumerate(items)
        if x.kind == "entity" and len(x.entities) == 1 and not _given_as_example(items, k)
    }
    return [
        x._replace(entities=tuple(e for e in x.entities if e in single))
        if x.kind == "entity" and len(x.entities) > 1 and single & set(x.entities)
        else x
        for x in items
    ]


def _given_as_example(items: list[Item], k: int) -> bool:
    """Whether the name at ``k`` is given as an example: a gloss word of examples ("e.g.", "such as",
    "including"; not "i.e.", which says the same) before it, or one after it ("INT8 included")."""
    before = next(
        (x for x in reversed(items[:k]) if x.kind != "open" and not (x.kind == "word" and x.role == "filler")), None
    )
    after = next((x for x in items[k + 1 :] if x.kind != "close"), None)
    return any(y is not None and y.kind == "word" and y.role == "gloss" and y.value != "same" for y in (before, after))


def _claim_words(items: list[Item], lex: Lexicon) -> tuple[list[Item], tuple[str, str] | None, tuple[str, ...]]:
    """ "How much faster is the MI350 than the MI300 at inference?": in a question about a chip's
    comparison claims, the measure and workload words say which claim (each is shown with its
    aspect) and what follows 'than', 'over' or 'vs' is the baseline, which the claims must have:
    a chip (("chip", iri)), or a generation of the chip's line (("line", "previous"), ("line",
    "first"); "the first Trainium": ("first", the line's chip)), role ``lineref`` in words.tsv.
    The third value: those measure and workload words ("memory", "training
    performance", a noun such as "model" right before one), which the claims' aspects must be
    named by (the answer's ``Metric.aspect_words``)."""
    lines = [x for x in items if x.kind == "word" and x.role == "lineref"]
    _bare_line_word(items)
    if _versus_baseline(items, lex):  # "mi350 vs mi300 inference": the MI350's claim against the MI300
        items = [Item("term", "claim", terms=(CK + "claim",)), *items]
    if not any(x.kind == "term" and CK + "claim" in x.terms for x in items) and (
        not lines
        or all(_line_of_relation(items, k) for k, x in enumerate(items) if x.kind == "word" and x.role == "lineref")
    ):
        return items, None, ()
    aspect_words: list[str] = []

    def names(x: Item) -> str:
        # the words an item says, then what it stands for ("ai inference": the workload inference;
        # "throughput": ck:performance), whose names may name the aspect (answer.py reads them)
        return "|".join(dict.fromkeys([x.text, *x.entities, *x.terms]))

    def about(k: int) -> None:
        # item k says what the claim measures; so does a noun, a property's word or a technology
        # right before it ("model performance", "interconnect bandwidth", "ICI bandwidth")
        before = items[k - 1] if k >= 1 else None
        if before is not None and (
            (before.kind == "word" and before.role == "filler" and before.value in NOUNS)
            or (
                before.kind == "term"
                and CK + "claim" not in before.terms
                and not any(lex.terms.get(t, ("", True))[1] for t in before.terms)
            )
            or (
                before.kind == "entity"
                and before.entities
                and not any(
                    {CHIP, ORG} & set(lex.entities.get(e, ("", ()))[1]) or not lex.entities.get(e, ("", ()))[1]
                    for e in before.entities
                )
            )
        ):
            aspect_words.append(names(before))
        aspect_words.append(names(items[k]))

    out: list[Item] = []
    baseline = False
    said: list[tuple[str, str]] = []
    skip = -1
    chips = [x for x in items if x.kind == "entity" and len(x.entities) == 1 and lex.is_a(x.entities[0], CHIP)]
    against = (
        # "does the Corsair C8 outperform the H100": of two chips, the second one the first's claims are
        # measured against is their baseline, whatever word comes between
        chips[1]
        if len(chips) == 2
        and chips[1].entities[0] in lex.claim_baselines.get(chips[0].entities[0], frozenset())
        and any(x.kind == "term" and CK + "claim" in x.terms for x in items)
        else None
    )
    if (
        len(chips) == 2
        and against is None
        and chips[0].entities != chips[1].entities
        and not lines
        # "Against the first MTIA, what improvement does the MTIA v2 ...": the baseline said first
        and chips[0].entities[0] not in lex.claim_baselines.get(chips[1].entities[0], frozenset())
    ):
        first, second = (next(k for k, x in enumerate(items) if x is c) for c in chips)
        if any(x.kind == "term" and CK + "claim" in x.terms for x in items[first + 1 : second]) and not any(
            x.kind == "word" and x.role in ("and", "or") for x in items[first + 1 : second]
        ):
            # "By what factor does the Corsair C8 outperform Nvidia's Blackwell (not the H100)?" (blind set
            # 75): the second chip is what the first is measured against, and no claim of the first is
            # against it; read as two chips' claims, the Corsair's claim against the H100 was answered
            one, other = (lex.entities[c.entities[0]][0] for c in chips)
            raise refuse(f"the article states no claim of {one} against {other}: ask what {one} is compared against")
    skip_to = -1
    kinds: list[Item] = []  # the kinds said of the baseline ("previous TPUs", "comparable analog chips")
    for k, x in enumerate(items):
        if k == skip or k < skip_to:
            continue
        if x is against and not baseline:
            said.append(("chip", x.entities[0]))
            continue
        if x.kind == "word" and (x.role == "compare" or x.text in ("than", "over")):
            baseline = True
            continue
        if x.kind == "word" and x.role == "cmp" and x.value == "gt" and _claim_baseline_next(items, k, lex):
            # "by what factor is the MI350's inference performance said to exceed that of the MI300
            # series?": a claim says its chip is the better, so a comparator of 'more' ("exceed",
            # "higher than") before a chip or a generation of the line, no number, opens the baseline
            baseline = True
            continue
        if x.kind == "report" and x.value.partition("?")[0] == "comparisons":  # "compare to its predecessor"
            baseline = True
            continue
        if x.kind == "word" and x.role == "baselinedesc" and baseline:  # "relative to comparable digital ..."
            said.append(("described", x.value))
            baseline = False
            continue
        if baseline and (described := _baseline_described(items, k, lex)) is not None:
            # "relative to comparable digital architectures": a baseline the article describes
            text, end = described
            said.append(("described", text))
            skip_to = end
            baseline = False
            continue
        if x.kind == "word" and x.role == "lineref":  # "the previous generation", "gen 1", "the first Trainium"
            nxt = items[k + 1] if k + 1 < len(items) else None
            if (
                nxt is not None
                and nxt.kind == "entity"
                and len(nxt.entities) == 1
                and CHIP in lex.entities.get(nxt.entities[0], ("", ()))[1]
            ):
                said.append((x.value, nxt.entities[0]))
                skip = k + 1
            else:
                said.append(("line", x.value))
            continue  # (a kind may follow: "the previous TPU generation")
        if x.kind == "term" and CK + "claim" not in x.terms and all(t in {*MEASURES, CK + "memory"} for t in x.terms):
            about(k)
            continue
        if x.kind == "entity" and all(
            lex.entities.get(e, ("", ()))[1] and (CK + "Workload" in lex.entities[e][1] or FORMAT in lex.entities[e][1])
            for e in x.entities
        ):
            about(k)
            continue
        if x.kind == "entity" and baseline and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities):
            if len(x.entities) != 1:
                raise refuse(f"{x.text!r} names several chips; name the one the claim is against")
            said.append(("chip", x.entities[0]))
            baseline = False
            continue
        if x.kind == "term" and baseline and all(lex.terms.get(t, ("", False))[1] for t in x.terms):
            kinds.append(x)  # "over previous TPUs": the kind of the baseline, checked below
            continue
        if not (x.kind == "word" and x.role == "filler") and not (x.kind == "term" and CK + "claim" in x.terms):
            baseline = False  # the baseline is the noun right after 'than' or 'vs'
        out.append(x)
    if len(set(said)) > 1:
        raise refuse("the question names more than one baseline for one claim; ask about one")
    _baseline_kinds_checked(kinds, chips, said, lex)
    if lines and not any(x.kind == "term" and CK + "claim" in x.terms for x in out):
        out.insert(0, Item("term", "claim", terms=(CK + "claim",)))  # "trainium2 vs gen 1": its claims
    return out, (said[0] if said else None), tuple(dict.fromkeys(aspect_words))


def _baseline_kinds_checked(kinds: list[Item], chips: list[Item], said: list[tuple[str, str]], lex: Lexicon) -> None:
    """ "Trillium's advantage over previous generation GPUs", "the M2000's gain over comparable analog
    chips": a kind said of the baseline of one chip's claims must be a word of the baselines the
    article describes them against ("previous generation TPUs", "comparable digital architectures");
    the claims were answered with the kind dropped (red team 75). A claim against a named chip, or a
    chip with no described baseline, is read as before."""
    if not kinds or len(chips) != 1 or any(kind == "chip" for kind, _ in said):
        return
    described = lex.chip_baselines_described.get(chips[0].entities[0], ())
    if not described:
        return

    def bare(said: str) -> set[str]:  # "TPU" and "TPUs" alike
        return {w.rstrip("s") for w in stems(said)}

    words = {w for d in described for w in bare(d)}
    for x in kinds:
        if not bare(x.text) <= words:
            raise refuse(
                f"the article gives no claim of {lex.entities[chips[0].entities[0]][0]} against {x.text}; its "
                f"claims are against {'; '.join(described)}"
            )


def _baseline_described(items: list[Item], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The baseline description (Lexicon.baseline_described) the items from ``k`` say word for word
    ("comparable digital architectures", "previous Adreno GPUs"; an article before it goes), and
    where its words end; None when they say none."""
    start = k
    while start < len(items) and items[start].kind == "word" and items[start].text.lower() in ("the", "a", "an"):
        start += 1
    said: tuple[str, ...] = ()
    for end in range(start, len(items)):
        if items[end].kind in ("comma", "open", "close"):
            return None
        said += stems(items[end].text)
        if said in lex.baseline_described:
            return lex.baseline_described[said], end + 1
        if not any(d[: len(said)] == said for d in lex.baseline_described):
            return None
    return None


def _claim_baseline_next(items: list[Item], k: int, lex: Lexicon) -> bool:
    """Whether the first item after ``k`` that is no filler ("that", "of", "the") is one chip or a
    generation of a chip's line ("the previous generation"): a claim's baseline, no number."""
    nxt = next((x for x in items[k + 1 :] if not (x.kind == "word" and x.role == "filler")), None)
    if nxt is None:
        return False
    if nxt.kind == "word" and nxt.role == "lineref":
        return True
    return nxt.kind == "entity" and len(nxt.entities) == 1 and lex.is_a(nxt.entities[0], CHIP)


def _versus_baseline(items: list[Item], lex: Lexicon) -> bool:
    """ "mi350 vs mi300 inference", "Corsair C8 compared with the H100": two chips, the one before a
    word that compares and the one right after it, where the first makes comparison claims against
    the second (ck:baseline): the question asks for those claims, which are what the article says
    of the pair; the two profiles side by side would show the baseline's empty row. Only then: two
    chips with no claim between them, or the baseline named first, are compared as before."""
    said = [x for x in items if not (x.kind == "word" and x.role == "filler")]
    chips = [x for x in said if x.kind == "entity" and any(lex.is_a(e, CHIP) for e in x.entities)]
    if len(chips) != 2 or any(len(x.entities) != 1 for x in chips):
        return False
    for k in range(1, len(said) - 1):
        if said[k].kind == "word" and said[k].role == "compare" and said[k - 1] is chips[0] and said[k + 1] is chips[1]:
            return chips[1].entities[0] in lex.claim_baselines.get(chips[0].entities[0], frozenset())
    return False


def _bare_line_word(items: list[Item]) -> None:
    """ "What is Trainium2's prior?", "Prior to Trainium2, which chip did AWS design?": a one-word
    line word ("prior", "previous", "earlier": an adjective) with no noun after it and no word of
    comparing before it names no baseline of a claim; read as one, the chip's comparison claims were
    answered (with "designed by AWS" beside them). Refused: its predecessor is asked by that word."""
    comparing = False
    for k, x in enumerate(items):
        if x.kind == "report" and x.value.partition("?")[0] == "comparisons":
            comparing = True
        if x.kind == "word" and (x.role == "compare" or x.text.lower() in ("than", "over", "vs", "versus")):
            comparing = True
        if x.kind == "term" and CK + "claim" in x.terms:
            comparing = True
        if not (x.kind == "word" and x.role == "lineref" and x.value == "previous" and " " not in x.text.strip()):
            continue
        nxt = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler" and not y.value)), None)
        if comparing or (nxt is not None and nxt.kind in ("term", "entity") and not _to_before(items, k)):
            continue
        raise refuse(
            f"'{x.text}' with no noun after it names no generation to compare with: ask for the chip's "
            "predecessor, or for its claims over the previous generation"
        )


def _to_before(items: list[Item], k: int) -> bool:
    """Whether "to" follows the item at ``k`` ("prior to Trainium2": before it, no generation named)."""
    return k + 1 < len(items) and items[k + 1].text.lower() == "to"


def _line_of_relation(items: list[Item], k: int) -> bool:
    """ "Does Trainium2 succeed a previous generation?": a generation of the line right after a word
    of ck:successorOf (past filler words) is the relation's value, some earlier chip of the line
    (read in :func:`_take`), not the baseline of a comparison claim: read as one, the question was
    answered with the chip's claims."""
    before = next((x for x in reversed(items[:k]) if not (x.kind == "word" and x.role == "filler")), None)
    return before is not None and before.kind == "term" and CK + "successorOf" in before.terms


def _one_chip_list_as_yes_no(frame: F.Frame, items: list[Item]) -> F.Frame:
    """ "groq lpu bf16 support", "m4 3nm": a search-box question that names one chip and what it
    should have, with no word asking for a list, asks whether the chip has it. Read as a list of
    the chips among that one, it answered with the chip itself (or with no chip when the article
    does not say); as yes/no it has its three answers (stated / ruled out / not said)."""
    if frame.ask != F.CHIPS or frame.counting_orgs or frame.org_class or frame.group_by or frame.report:
        return frame
    if any(it.kind == "word" and it.role in ("wh", "aux") for it in items):
        return frame
    named = [k for k in frame.constraints if isinstance(k, F.Identity)]
    rest = tuple(k for k in frame.constraints if not isinstance(k, F.Identity))
    if len(named) != 1 or named[0].negated or len(named[0].chips) != 1 or not rest:
        return frame
    return F.Frame(F.YESNO, rest, subjects=named[0].chips)


def _yes_no_comparison(items: list[Item], lex: Lexicon) -> tuple[list[Item], str | None]:
    """ "Does Trillium have more HBM bandwidth than Gaudi 3?", "is the e150 clocked higher than the
    e75?": a yes/no question that compares two named chips on one figure reads as "which has more
    HBM bandwidth, A or B", with the chip named before 'than' as the one the question says leads
    (``Frame.claim``; the answer compares the two figures, hedges included). Anything else (a
    number, a negation, a third chip, no 'than' between the two) is left as it was."""
    # the question may open with words that ask nothing ("According to the article, is ...",
    # "By the article's numbers, does ..."): the auxiliary is the first word that is not one of them
    # ("Going by the article's per-chip figures, does ..."): a lead-in that only says which figures
    # count (per chip) stays for the reading, and the auxiliary after its comma still opens the question
    # "Per the Tenstorrent section, does ...", "According to the figures in the Intel section, is ...": a
    # lead-in that cites a section (read as a citation by rewrites._section_citation, and the answer's
    # figures then checked against the section) opens no question either
    items = _comparing_lead_in(items, lex)
    cited = _section_lead_in(items)
    lead = next(
        (
            k
            for k, x in enumerate(items)
            if k > cited
            and not ((x.kind == "word" and x.role in ("filler", "group", "chipscope")) or x.kind == "comma")
        ),
        None,
    )
    if lead is None or items[lead].kind != "word" or items[lead].role != "aux":
        return items, None
    if any(x.kind == "word" and x.role == "group" for x in items[cited + 1 : lead]) and not (
        lead >= 2 and items[0].text == "by" and all(x.role == "filler" for x in items[1:lead])
    ):
        return items, None
    if any(x.kind == "qty" or (x.kind == "word" and x.role in ("neg", "number")) for x in items):
        return items, None

    def chip(x: Item) -> bool:
        return (
            x.kind == "entity"
            and len(x.entities) == 1
            and x.entities[0] in lex.entities
            and CHIP in lex.entities[x.entities[0]][1]
        )

    chips = [k for k, x in enumerate(items) if chip(x)]
    than = [k for k, x in enumerate(items) if x.kind == "word" and x.text.split()[-1] == "than"]
    said = [
        k
        for k, x in enumerate(items)
        if x.kind == "word"
        and (x.role == "comparative" or (x.role == "cmp" and x.value in ("gt", "lt") and x.text.endswith(" than")))
    ]
    # "does A's SRAM exceed B's?", "does A's HBM bandwidth exceed that of B?": a verb of comparing
    # (words.tsv cmp, no "than") between the two chips says both the comparison and where B stands
    verbs = [
        k
        for k, x in enumerate(items)
        if x.kind == "word" and x.role == "cmp" and x.value in ("gt", "lt") and x.text.split()[-1] != "than"
    ]
    if not than and not said and len(verbs) == 1:
        than = said = verbs
    if (
        len(chips) != 2
        or items[chips[0]].entities == items[chips[1]].entities
        or len(than) != 1
        or len(said) != 1
        or not (said[0] <= than[0] and chips[0] < than[0] < chips[1])
    ):
        return items, None
    word = items[said[0]]
    direction = word.value if word.role == "comparative" else ("desc" if word.value == "gt" else "asc")
    out = [
        Item("word", word.text, role="super", value=direction) if k == said[0] else x
        for k, x in enumerate(items)
        if k != than[0] or k == said[0]
    ]
    return out, items[chips[0]].entities[0]


def _same_figure(items: list[Item], lex: Lexicon) -> tuple[list[Item], str | None]:
    """ "Is Gaudi 3's HBM bandwidth the same as Trillium's?", "does the Groq LPU have the same SRAM as
    Gaudi 3?", "are the e75 and e150 clock speeds the same?": a yes/no that says two named chips have
    the same figure of one measure is read as the yes/no comparison of the two (:func:`_yes_no_comparison`),
    the chip named first claimed, and the answer tells whether the figures are the same (``Frame.same``):
    "same" (words.tsv role ``same``) becomes the superlative the comparison is read by and the "as"
    before the second chip goes. Only words of a measure (its terms, a memory technology, a format, a
    kind of unit counted), fillers and an auxiliary stand beside them; anything else (a relation, "the
    same node as": parse.frames._same_as; a number, a negation, a third chip) is left as it was."""
    # "Going by the per-chip figures as stated, does A have the same X as B?": a lead-in that only says
    # which figures count (per chip) opens no question, as before a comparison (_yes_no_comparison)
    lead = next(
        (x for x in items if not ((x.kind == "word" and x.role in ("filler", "chipscope")) or x.kind == "comma")),
        None,
    )
    if lead is None or lead.kind != "word" or lead.role != "aux":
        return items, None
    chips = [
        k
        for k, x in enumerate(items)
        if x.kind == "entity"
        and len(x.entities) == 1
        and x.entities[0] in lex.entities
        and lex.is_a(x.entities[0], CHIP)
    ]
    # "is A's X equal to B's", "identical to": a comparison of equality to a chip says "the same as"
    equal = [
        k
        for k, x in enumerate(items)
        if x.kind == "word" and x.role == "cmp" and x.value == "eq" and x.text.split()[-1] == "to"
    ]
    same = [k for k, x in enumerate(items) if x.kind == "word" and x.role == "same"] + equal
    if len(chips) != 2 or len(same) != 1 or items[chips[0]].entities == items[chips[1]].entities:
        return items, None

    def measure_word(x: Item) -> bool:
        if x.kind == "term":
            return bool(x.terms) and all(t in MEASURES or t == CK + "memory" for t in x.terms)
        if x.kind == "entity":
            kinds = (MEMORY_TECH, FORMAT, UNIT_KIND)
            return bool(x.entities) and all(
                any(c in lex.entities.get(e, ("", ()))[1] for c in kinds) for e in x.entities
            )
        # "A's per-chip HBM bandwidth": which figures are compared, as beside "higher than"
        return x.kind == "word" and (x.role in ("filler", "aux", "count", "chipscope") or x.text == "as")

    first, second, k = chips[0], chips[1], same[0]
    words = items[first + 1 : second]
    linked = all(x.kind == "word" and x.role in ("and", "filler") for x in words)
    joined = linked and any(x.role == "and" for x in words)
    between = range(first + 1, second) if joined else range(0)
    asked = [x for j, x in enumerate(items) if j not in (first, second, k, *between) and j > items.index(lead)]
    if not all(measure_word(x) for x in asked) or not any(x.kind in ("term", "entity") for x in asked):
        return items, None
    drop: set[int] = set()
    if first < k < second and k in equal:  # "A's X equal to B's": no "as" to drop
        pass
    elif first < k < second:  # "A's X the same as B's", "A has the same X as B"
        before = [
            j
            for j in range(k + 1, second)
            if not (items[j].kind == "word" and items[j].role == "filler" and items[j].text != "as")
        ]
        if not before or items[before[-1]].text != "as":
            return items, None
        drop.add(before[-1])
    elif not (joined and k > second):  # "are A and B's X the same", "do A and B have the same X"
        return items, None
    out = [
        Item("word", items[j].text, role="super", value="desc") if j == k else x
        for j, x in enumerate(items)
        if j not in drop
    ]
    return out, items[first].entities[0]


def _comparing_lead_in(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Comparing stated capacities, is the Cloud AI 100 Ultra's on-chip SRAM larger than IBM
    NorthPole's?": a lead-in of a word of comparing and the figures compared, up to a comma, then an
    auxiliary and a comparison of two chips ('than' once): the figures' words are the measure the
    comparison is told on, so they go right before its 'than' ("... SRAM capacities larger than
    ..."), where the reading checks them against the rest (a lead-in of another measure, "comparing
    power, is A's SRAM larger than B's", is refused there). Anything else is left as it was."""
    # (the comma is gone by now: the lead-in ends at the auxiliary)
    aux = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "aux"), None)
    if aux is None or not (items[0].kind == "word" and items[0].role == "compare"):
        return items
    lead = [x for x in items[1:aux] if x.kind != "comma"]
    if any(x.kind == "word" and x.role == "chipscope" for x in lead) and all(
        x.kind == "word" and x.role in ("chipscope", "only", "filler") for x in lead
    ):
        # "Comparing per-chip figures only, does A's SRAM exceed B's?": a lead-in that says which
        # figures count, as "Going by the per-chip figures, ..." does (its "only" that of the scope)
        return [*(x for x in lead if x.role == "chipscope"), *items[aux:]]
    # "Comparing on-chip SRAM, does A carry more than B?": a memory technology names its capacity,
    # as it does right before "than" ("more on-chip SRAM than B")
    memory = [
        x for x in lead if x.kind == "entity" and x.entities and all(lex.is_a(e, MEMORY_TECH) for e in x.entities)
    ]
    terms = [x for x in lead if x.kind == "term"] + memory
    if (
        len(memory) > 1
        or not terms
        or not all(
            (x.kind == "word" and x.role == "filler")
            or (x.kind == "term" and not any(lex.terms.get(t, ("", True))[1] for t in x.terms))
            or x in memory
            for x in lead
        )
    ):
        return items
    rest = items[aux:]
    than = [k for k, x in enumerate(rest) if x.kind == "word" and x.text.split()[-1] == "than"]
    if len(than) != 1:
        return items
    return [*rest[: than[0]], *terms, *rest[than[0] :]]


def _section_lead_in(items: list[Item]) -> int:
    """Where a lead-in that names a section of the article ends (its word "section"), or -1: "Per the
    Tenstorrent section,", "according to the figures in the Intel section,": fillers, "per" and
    names, up to the word "section" (the section-sources report's)."""
    end = next((k for k, x in enumerate(items) if x.kind == "report" and x.text == "section"), None)
    if end is None or not all(
        x.kind == "entity" or (x.kind == "word" and x.role in ("filler", "group")) for x in items[:end]
    ):
        return -1
    return end


def _comparatives(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "which has more SRAM, the LPU or the AI 100 Ultra?": among two or more named chips a
    comparative asks for the one on top, as a superlative does. A comparative with fewer names
    ("chips with more SRAM") compares with nothing the question says, and is refused."""
    items = _compared_with_quantity(items, lex)
    if not any(x.kind == "word" and x.role == "comparative" for x in items):
        return items
    _than_several(items, lex)
    chips = {
        e for x in items if x.kind == "entity" for e in x.entities if e in lex.entities and CHIP in lex.entities[e][1]
    }
    if len(chips) < 2 and (_one_vendor_compared(items, lex) or _the_comparative(items)):
        # "which tenstorrent card uses more power?": the vendor's chips compared, as "the most" would
        return [x._replace(role="super") if x.kind == "word" and x.role == "comparative" else x for x in items]
    if len(chips) < 2:
        word = next(x.text for x in items if x.kind == "word" and x.role == "comparative")
        raise refuse(
            f"'{word}' compares with something the question does not name; name the chips to compare "
            "('which has more SRAM, Groq LPU or IBM NorthPole?')"
        )
    if items and items[0].kind == "word" and items[0].role == "aux":
        raise refuse("a yes/no comparison of two chips: ask which of them has more ('which has more SRAM, A or B?')")
    return [x._replace(role="super") if x.kind == "word" and x.role == "comparative" else x for x in items]


def _compared_with_quantity(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Chips with more SRAM than 100 MB", "which chips use a bigger process than 7nm?": a
    comparative whose "than" is followed by a quantity (or a process node, a size) compares with
    it, as "SRAM more than 100 MB" does: the comparative word goes, and "than" becomes the
    comparator (``gt`` for "more", "bigger", "higher"; ``lt`` for "less", "smaller", "lower"), right
    before its value. Only words of the measure may stand between the comparative and "than": its
    terms, fillers, a memory technology ("more on-chip SRAM than")."""
    out = list(items)
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.role == "comparative" and x.value in ("desc", "asc")):
            continue
        if _restated_by_comparator(items, k, lex):
            out[k] = Item("drop", x.text)  # "an older node, bigger than 7nm": the comparator says it
            continue
        than = next((j for j in range(k + 1, len(items)) if items[j].kind == "word" and items[j].text == "than"), None)
        if than is None or than + 1 >= len(items) or not _compared_value(items[than + 1], lex):
            continue
        if not all(
            y.kind == "term"
            or (y.kind == "word" and y.role == "filler")
            or (y.kind == "entity" and all(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in y.entities))
            for y in items[k + 1 : than]
        ):
            continue
        out[than] = Item("word", f"{x.text} than", role="cmp", value="gt" if x.value == "desc" else "lt")
        out[k] = Item("drop", x.text)
        value = items[than + 1]
        if value.kind == "entity":  # "than 7nm": after a comparator the node's name is its size
            toks = value.text.split()
            read = _match_quantity(toks, 0, lex) if toks and NUMBER.match(toks[0]) else None
            if read is None or read[0] != len(toks) or not read[1]:
                return items
            out[than + 1] = Item("qty", read[2], readings=tuple(read[1]))
    return [y for y in out if y.kind != "drop"]


def _restated_by_comparator(items: list[Item], k: int, lex: Lexicon) -> bool:
    """ "which ones are on an older node, bigger than 7nm?": a comparative at ``k``, the words of its
    measure after it, then (after a comma) a comparator of the same direction with its value ("bigger
    than 7nm"): the comparator says again what the comparative says, with what it compares with."""
    x = items[k]
    j = k + 1
    while j < len(items) and (
        items[j].kind == "term"
        or (items[j].kind == "word" and items[j].role == "filler")
        or (
            items[j].kind == "entity"
            and all(MEMORY_TECH in lex.entities.get(e, ("", ()))[1] for e in items[j].entities)
        )
    ):
        j += 1
    if j < len(items) and items[j].kind == "comma":
        j += 1  # (the comma may be gone by now: remarks.comma_asides)
    if j + 1 >= len(items):
        return False
    cmp, value = items[j], items[j + 1]
    same = ("gt", "ge") if x.value == "desc" else ("lt", "le")
    return cmp.kind == "word" and cmp.role == "cmp" and cmp.value in same and _compared_value(value, lex)


def _compared_value(x: Item, lex: Lexicon) -> bool:
    """A quantity, or a process node ("than 7nm"): what a comparative can compare with by number."""
    if x.kind == "qty":
        return True
    return (
        x.kind == "entity"
        and bool(x.entities)
        and all(CK + "ProcessNode" in lex.entities.get(e, ("", ()))[1] for e in x.entities)
    )


def _one_vendor_compared(items: list[Item], lex: Lexicon) -> bool:
    """Whether a comparative with no chips named compares the chips of the one organization the
    question names ("which tenstorrent card uses more power?", "which nvidia chip has more
    transistors?"): that vendor designs chips, and nothing else is named; not a yes/no, not "than"
    (which compares with something else)."""
    names = [x for x in items if x.kind == "entity"]
    return (
        len(names) == 1
        and len(names[0].entities) == 1
        and CK + "ChipDesigner" in lex.entities.get(names[0].entities[0], ("", ()))[1]
        and not (items[0].kind == "word" and items[0].role == "aux")
        and not any(x.kind == "word" and x.text.split()[-1] == "than" for x in items)
        and any(x.kind == "word" and x.role == "wh" for x in items)
    )


def _than_several(items: list[Item], lex: Lexicon) -> None:
    """ "Which chips have more LPDDR memory than the Grayskull?": "than" and a name of several chips
    (a family: the e75 and the e150) compares with a figure the name does not fix; read as the most
    among them, the answer was one Grayskull model (red team 76). Refused, naming them."""
    for k, x in enumerate(items):
        if not (x.kind == "word" and x.text.split()[-1].lower() == "than"):
            continue
        after = next((y for y in items[k + 1 :] if not (y.kind == "word" and y.role == "filler")), None)
        if after is None or after.kind != "entity":
            continue
        chips = [e for e in after.entities if lex.is_a(e, CHIP)]
        if len(chips) > 1:
            names = " and ".join(sorted(lex.entities[e][0] for e in chips))
            raise refuse(
                f"'{after.text}' after 'than' names several chips ({names}), whose figures may differ: "
                "name the one to compare with"
            )


def _the_comparative(items: list[Item]) -> bool:
    """Whether a comparative follows "the" in a which-question with no "than": "Among the 4nm chips,
    which one has the higher transistor count?" asks for the one on top, as "the highest" does (the
    "the higher of the two" idiom); "chips with higher power" still compares with nothing named, and
    "which chips have the higher ..." may ask for more than one."""
    wh = next((k for k, x in enumerate(items) if x.kind == "word" and x.role == "wh"), None)
    return (
        wh is not None
        and not (items[0].kind == "word" and items[0].role == "aux")
        and not (wh + 1 < len(items) and items[wh + 1].kind == "term" and items[wh + 1].text.lower().endswith("s"))
        and not any(x.kind == "word" and x.text.split()[-1] == "than" for x in items)
        and any(
            x.kind == "word" and x.role == "comparative" and k > 0 and items[k - 1].text.lower() == "the"
            for k, x in enumerate(items)
        )
    )


def _lists(items: list[Item]) -> list[Item]:
    """ "HBM3, HBM3E or LPDDR5": the commas of a list of names take the list's last conjunction;
    other commas change nothing."""
    out = list(items)
    for i, it in enumerate(out):
        if it.kind != "comma":
            continue
        j = i + 1
        while j < len(out) and (
            out[j].kind in ("entity", "comma") or (out[j].kind == "word" and out[j].role == "filler")
        ):
            j += 1
        ends_in_conjunction = j < len(out) and out[j].kind == "word" and out[j].role in ("and", "or")
        if i > 0 and out[i - 1].kind == "entity":
            if ends_in_conjunction:
                out[i] = out[j]
            elif i + 1 < len(out) and out[i + 1].kind == "entity":
                out[i] = Item("word", ",", role="and")  # "Google, Microsoft, Meta": as with "and"
    return [it for it in out if it.kind != "comma"]


def _unknown_words(words: list[str], lex: Lexicon) -> NoAnswer:
    """Say which words are unknown; a part of a name lists the names, a near miss the spelling. A word
    that ends a sentence keeps its stop as a token ("once." of "... count each node once."; the
    tokenizer keeps a stop inside and after a word for abbreviations): said without it."""
    words = [w[:-1] if w.endswith(".") and "." not in w[:-1] and len(w) > 1 else w for w in words]
    premise = next((w for w in words if (w.lower(),) in phrase_class("premiseverb")), None)
    if premise is not None:
        # "treating NorthPole's '8-bit precision' figure as INT8": not a word to spell ("training?"),
        # a premise of a kind parse.riders cannot check
        others = [w for w in dict.fromkeys(words) if w != premise]
        return refuse(
            f"'{premise} ...' takes as given something I cannot check (I can when it says how one named "
            "chip's figure is stated: \"taking the M4's 'up to' figure as its peak\"); ask without it"
            + (f" (nor do I know {', '.join(repr(w) for w in others[:5])})" if others else "")
        )
    suggestions: list[str] = []
    partial: list[str] = []
    for word in words:
        hits = sorted(
            {lex.entities[i][0] for key, iris in lex.names.items() if word in key for i in iris if i in lex.entities}
        )
        if hits:
            partial.append(f"{word!r} is part of {', '.join(hits[:6])}")
            suggestions += hits[:6]
            continue
        import difflib

        spellings = {"".join(k): iris for k, iris in lex.names.items()}
        close = difflib.get_close_matches(word, list(spellings), n=3, cutoff=0.75)
        suggestions += sorted({lex.entities[i][0] for c in close for i in spellings[c] if i in lex.entities})
    words = list(dict.fromkeys(words))
    listed = ", ".join(repr(w) for w in words[:5])
    reason = f"I don't know the word{'s' if len(words) > 1 else ''} {listed}"
    if partial:
        reason += " (" + "; ".join(partial) + ")"
    elif suggestions:
        reason += f"; did you mean {', '.join(repr(s) for s in suggestions[:3])}?"
    return refuse(reason, suggestions[:6])


def _without_conjoined(question: str) -> tuple[str, int | None]:
    """The question without a remark (a parenthesis, or a last clause after a dash or a comma) that
    only says its conditions all hold at once ("... are fabricated by TSMC — both conditions?",
    "(all three)", ", both?": words.tsv role ``conjoined``), and how
    many conditions it says (0: any number; None: no such remark), checked by :func:`_read`."""
    from chipkg.ask.lexicon import conjoined

    said: list[int] = []

    def drop(m: re.Match[str], end: str) -> str:
        n = conjoined(m.group(1))
        if n is None:
            return m.group(0)
        said.append(n)
        return end

    question = _DASHED_CLAUSE.sub(lambda m: drop(m, m.group(2)), question)
    question = _COMMA_CLAUSE.sub(lambda m: drop(m, m.group(2)), question)
    question = PARENTHESIS.sub(lambda m: drop(m, ""), question)
    if len(said) > 1:
        raise refuse("the question says twice that its conditions hold at once")
    return question, said[0] if said else None


#: the last clause after a comma: "Which chips support FP16 or FP32, both?"
_COMMA_CLAUSE = re.compile(r"\s*,\s*([^,()]+?)\s*([?.!]?)\s*$")
#: the last clause after a comma, parentheses in it included ("..., counting AWS's configurable FP8
#: (cFP8) data type as FP8?"): a clause that grants a kind (_kind_granted)
_GRANT_CLAUSE = re.compile(r"\s*,\s*([^,]+?)\s*([?.!]?)\s*$")
#: the last two clauses after commas: "What is the M2000's typical power, with its qualifier, if any?"
_TWO_COMMA_CLAUSES = re.compile(r"\s*,\s*([^,()]+?,[^,()]+?)\s*([?.!]?)\s*$")


def _check_conjoined(frame: F.Frame, n: int) -> None:
    """ "both conditions", "all three" (:func:`_without_conjoined`): the question lists or counts
    chips, or asks yes or no of one ("is the M4 made by TSMC on 3nm (both conditions must hold)"),
    under that many conditions (any number from two for 0), each a single one: a choice ("FP16 or
    FP32") is not "both", and the remark would not change nothing."""
    said = "all of its conditions" if not n else f"{n} conditions"
    if frame.ask not in (F.CHIPS, F.COUNT, F.YESNO) or frame.counting_orgs or frame.group_by or frame.distinct:
        raise refuse(f"the question says {said} hold at once, which is told of a list or count of chips, or a yes/no")
    choices = [k for k in frame.constraints if isinstance(k, F.Relation) and len(k.values) > 1]
    if choices:
        raise refuse(f"the question says {said} hold at once, and one of them is a choice ('or')")
    if len(frame.constraints) != n and not (n == 0 and len(frame.constraints) >= 2):
        raise refuse(f"the question says {said} hold at once, and it sets {len(frame.constraints)}")


def _without_instructions(
    question: str, lex: Lexicon, closing: bool = True
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The question without its sentences, the parts of its parentheses and a closing clause after
    a dash that only say how to answer (:func:`chipkg.ask.lexicon.told`): "... tied? If several are
    tied, list all.", "... (keep the hedge)?", "... Apple M4 — keep the 'around' qualifier?", "...,
    keeping its hedge?", "... A plain yes or no is enough."; the hedges they name outright ("Keep the
    lower-bound wording."), which the figure asked must have (checked when answered, as "(stated
    only as a lower bound)" is); and the forms of the answer they ask for ("yesno", "multiple"),
    which the question's shape must give (checked by the caller, never dropped unread)."""
    from chipkg.ask.lexicon import told as told_by

    if len(question) > MAX_QUESTION:
        return question, (), ()
    told: set[str] = set()
    forms: set[str] = set()

    def told_of(text: str) -> Any:
        if _reading_never_taken(text, lex):
            return None  # "(in a product name)": where a fact is said, not a form of the answer
        return told_by(text, lex.hedge_names, lex.vocab)

    def said(text: str) -> bool:
        instruction = told_of(text)
        if instruction is None:
            return _kind_granted(text, lex)
        told.update(instruction.hedges)
        forms.update(instruction.forms)
        if instruction.tie:  # "If two share the top figure, list both.": checked, a most or a ranking asked
            forms.add(TIE)
        forms.update(ASKED + a for a in instruction.asked)  # "The capacity is what I'm after.": checked
        return True

    sentences = SENTENCE_BREAK.split(question.strip())
    kept = [s for s in sentences if not said(s)]
    question = " ".join(kept) if kept and len(kept) < len(sentences) else question
    question = _DASHED_CLAUSE.sub(lambda m: m.group(2) if said(m.group(1)) else m.group(0), question)
    # "... does the article report, keeping its qualifier?": a last clause after a comma, read as a
    # dash's, of one chip's figure only (:func:`_read` checks): "which chips have over 10 billion
    # transistors, with the hedge kept?" may mean the question's own "over"
    # A closing clause that asks only for a form of the answer (", names only", ", a number is fine",
    # ", yes or no") is read of any question, its form checked as a sentence's is
    last = _COMMA_CLAUSE.search(question)
    formed = told_of(last.group(1)) if last else None
    two = _TWO_COMMA_CLAUSES.search(question)
    tied = told_of(two.group(1)) if two else None
    if tied is not None and tied.tie and not tied.forms and not tied.hedges and not tied.asked:
        # ", should there be a tie, list both": a tie request in the last two clauses, read of any question
        # and checked as one in a sentence is
        forms.add(TIE)
        question = _TWO_COMMA_CLAUSES.sub(lambda m: m.group(2), question)
        last = _COMMA_CLAUSE.search(question)
        formed = told_of(last.group(1)) if last else None
    if (
        formed is not None
        and (formed.forms or formed.tie)
        and not formed.hedges
        and "figure" not in formed.forms
        and EVERY not in formed.forms  # ", should there be a tie, list both": the last two clauses are one
        and not formed.asked
    ):
        # a tie request (", if tied list all") too: checked against the question's shape as a form is
        forms.update(formed.forms)
        if formed.tie:
            forms.add(TIE)
        question = _COMMA_CLAUSE.sub(lambda m: m.group(2), question)
        clause = question
    elif closing and (granted := _GRANT_CLAUSE.search(question)) is not None and _kind_granted(granted.group(1), lex):
        # "Which chips have under 100 GB of HBM, counting HBM3 as HBM?": a closing clause that grants a
        # kind the graph already holds changes nothing, as the same sentence does, beside any question
        # (one the graph does not hold is refused by _kind_granted); a parenthesis in it names again
        # what it grants ("counting AWS's configurable FP8 (cFP8) data type as FP8")
        question = _GRANT_CLAUSE.sub(lambda m: m.group(2), question)
        clause = question
    elif closing and (unasked := _trailing_yes_no(question, lex)) is not None:
        # "groq lpu bfloat16 yes/no": a terse question's last words asking only for a yes or no, with no
        # comma before them, are the closing clause ", yes/no" is, its form checked the same way
        forms.add("yesno")
        question = unasked or question
        clause = question
    else:
        # the last clause, else the last two read as one (", with its qualifier, if any")
        clause = question
        for pattern in (_COMMA_CLAUSE, _TWO_COMMA_CLAUSES) if closing else ():
            clause = pattern.sub(lambda m: m.group(2) if said(m.group(1)) else m.group(0), question)
            if clause != question:
                break
    if clause != question:
        told.add(_CLAUSE_KEPT)
    question = PARENTHESIS.sub(lambda m: _without_instruction_parts(m, said), clause)
    return question, tuple(sorted(told)), tuple(sorted(forms))


def _reading_never_taken(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` holds a phrase of words.tsv role ``never`` ("in a product name", "inferred"):
    a way of reading the article, never an instruction on the answer's form. Taken for one ("a
    product name" as the form "chips"), "(only in a product name)" beside a workload was dropped and
    every chip that targets it answered (red team 60), exit 0."""
    return "never" in roles_in(text, lex.words, 5)


#: the last one to three words of a question ("... bfloat16 yes/no", "... true or false"), none of them
#: in or next to a parenthesis or another clause ("(answer yes or no)?" is a parenthesis's, read as one)
_WORD = r"[^\s(),;:\[\]]+"
_LAST_WORDS = tuple(
    re.compile(r"\s+(" + _WORD + (r"(?:\s+" + _WORD + r")") * n + r")\s*([?.!]?)\s*$") for n in (2, 1, 0)
)


def _trailing_yes_no(question: str, lex: Lexicon) -> str | None:
    """The question without its last words when they ask only for a yes or no, a phrase words.tsv
    values ``form yesno`` ("yes/no", "y/n", "true or false") and nothing else; else None."""
    from chipkg.ask.lexicon import told as told_by

    for pattern in _LAST_WORDS:
        last = pattern.search(question)
        if last is None:
            continue
        formed = told_by(last.group(1), lex.hedge_names, lex.vocab)
        if formed is not None and formed.forms == ("yesno",) and not (formed.hedges or formed.tie or formed.asked):
            return pattern.sub(lambda m: m.group(2), question)
    return None


def _kind_granted(sentence: str, lex: Lexicon) -> bool:
    """Whether ``sentence`` only grants a kind the graph already holds: "Treat HBM3 and HBM3E as
    HBM.", "Count the SN40L's HBM3 as a kind of HBM.", "Please regard cFP8 as FP8." ask reads every
    technology and format with the narrower ones the graph puts under it ("HBM (HBM3, HBM3E
    included)"), so a sentence that asks for that changes nothing. Its verb and its "as" are words.tsv
    phrase classes ``grant`` and ``grantas``; what it names on each side must be names of the graph,
    each on the left narrower than (``skos:broader``) or the same as the one on the right; a chip's
    name before a technology ("the SN40L's HBM3") says whose it is. A sentence of that shape that
    grants what the graph does not hold ("Treat HBM as HBM3.") is refused: ask cannot read a term
    otherwise than the graph does."""
    from chipkg.ask.lexicon import courteous, find_phrase

    # "AWS's configurable FP8 (cFP8) data type": a parenthesis that names one thing says again the
    # name before it, checked below (it must be one of the names granted)
    glossed: list[str] = []
    for inner in PARENTHESIS.findall(sentence):
        named = lex.names.get(name_key(inner), [])
        if len(named) != 1:
            return False
        glossed.append(named[0])
    sentence = PARENTHESIS.sub(" ", sentence)
    spelled = [t.rstrip(".").lower() for t in tokens(sentence) if t[:1].isalnum()]
    while spelled and courteous(spelled[0]):
        spelled = spelled[1:]
    while spelled and courteous(spelled[-1]):
        spelled = spelled[:-1]
    tails = phrase_class("granttail")  # "for this purpose", "here"
    while spelled and tuple(spelled[-3:]) in tails:
        spelled = spelled[:-3]
    while spelled and tuple(spelled[-2:]) in tails:
        spelled = spelled[:-2]
    while spelled and tuple(spelled[-1:]) in tails:
        spelled = spelled[:-1]
    denying = find_phrase(spelled, "deny")
    denied = find_phrase(spelled, "denied")
    negated = (denying is not None and denying[0] == 0) or (denied is not None and denied[0] > 0)
    verb = denying if negated and denying is not None and denying[0] == 0 else find_phrase(spelled, "grant")
    passive = denied if negated and denied is not None and denied[0] > 0 else find_phrase(spelled, "granted")
    if verb is not None and verb[0] == 0:
        start = len(verb[1].split())
        linker = find_phrase(spelled, "grantas", start + 1)
        if linker is None:
            return False
        at, text = linker
        left, right = spelled[start:at], spelled[at + len(text.split()) :]
    elif passive is not None and passive[0] > 0:
        # "HBM3 should count as HBM (for this purpose).": what is granted first, then its verb and "as"
        at, text = passive
        left, right = spelled[:at], spelled[at + len(text.split()) :]
    else:
        return False
    parts: list[list[str]] = [[]]
    for token in left:
        if token in ("and", "or"):
            parts.append([])
        else:
            parts[-1].append(token)
    narrower = [_granted_name(part, lex, owner=True) for part in parts]
    broader = _granted_name(right, lex, owner=False)
    if broader is None or any(n is None for n in narrower):
        return False  # not names of the graph: no sentence of this kind
    if any(g not in narrower for g in glossed):
        return False  # a parenthesis that names something else
    if negated:
        # "UINT8 does not count as INT8": ask reads them apart already; "HBM3 does not count as HBM" would
        # take out of HBM what the graph puts under it. Only of things of one kind ("Don't count NorthPole
        # as INT8" takes a chip out of the answer: no sentence of this kind)
        kinds = set(lex.entities[broader][1])
        if any(n is None or CHIP in lex.entities[n][1] or not kinds & set(lex.entities[n][1]) for n in narrower):
            return False
        held = [n for n in narrower if n is not None and (n == broader or broader in lex.broader.get(n, []))]
        if held:
            raise refuse(
                f"'{sentence.strip()}': the graph holds {lex.entities[held[0]][0]} as "
                f"{lex.entities[broader][0]} or a kind of it, and ask reads every term as the graph does; "
                f"to leave it out, ask for the chips with {lex.entities[broader][0]} but not {lex.entities[held[0]][0]}"
            )
        return True
    wrong = [n for n in narrower if n is not None and n != broader and broader not in lex.broader.get(n, [])]
    if wrong:
        raise refuse(
            f"'{sentence.strip()}': the graph does not hold {lex.entities[wrong[0]][0]} as a kind of "
            f"{lex.entities[broader][0]}, and ask reads every term as the graph does"
        )
    return True


def _granted_name(words: list[str], lex: Lexicon, owner: bool) -> str | None:
    """The one entity ``words`` name (an article before it aside; with ``owner``, a chip's name
    before it too: "the SN40L's HBM3"), or None."""
    words = [w for w in words if w not in ("the", "a", "an", "its", "their")]
    nouns = phrase_class("grantnoun")  # "AWS's configurable FP8 data type": the noun for what the name names
    while len(words) > 1 and tuple(words[-2:]) in nouns:
        words = words[:-2]
    while len(words) > 1 and tuple(words[-1:]) in nouns:
        words = words[:-1]
    for k in range(len(words) if owner else 1):
        found = lex.names.get(tuple(words[k:]), [])
        # whose it is: a chip's name ("the SN40L's HBM3"); a designer's ("AMD's cFP8") is not read,
        # its premise unchecked (red team 51 D)
        owners = lex.names.get(tuple(words[:k]), [""])
        if k and not all(lex.is_a(e, CHIP) for e in owners):
            continue
        if len(found) == 1:
            _owner_holds(owners if k else [], found[0], lex)
            return found[0]
    return None


def _owner_holds(owners: list[str], name: str, lex: Lexicon) -> None:
    """ "counting the Gaudi 3's HBM3 as HBM": the chip named as the owner of what is granted must
    have it (Lexicon.held); the Gaudi 3's HBM is not HBM3 (l.55), and the grant is a premise that
    does not hold. Refused, naming it, as a rider's premise is (answer._riders_checked)."""
    for owner in owners:
        if name not in lex.held.get(owner, frozenset()):
            raise refuse(
                f"the article gives {lex.entities[owner][0]} no {lex.entities[name][0]}: "
                f"ask without 'counting {lex.entities[owner][0]}'s {lex.entities[name][0]} as ...'"
            )


#: what :func:`_without_instructions` tells of a closing clause after a comma it dropped
_CLAUSE_KEPT = "(a closing clause)"


#: "(see the ...": a parenthesis opened by a pointer
_SEE_SECTION = re.compile(r"\(\s*see\s+(?=the\b[^()]*\bsection\s*\))", re.IGNORECASE)
#: a parenthesis with no parenthesis inside
PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
#: a clause from a dash to the end of the question: "... for the Apple M4 — keep the 'around' qualifier?"
_DASHED_CLAUSE = re.compile(r"\s+(?:—|–|--)\s+([^—–()]+?)\s*([?.!]?)\s*$")


def _without_instruction_parts(match: re.Match[str], is_instruction: Any) -> str:
    """ "(keep the hedge)", "(per cluster, keep the hedge)", "(it may name another; answer yes or
    no)": the parts of a parenthesis (between commas or semicolons) that only say how to answer go,
    and the parenthesis with them when nothing else is in it; one word more ("list only one") keeps
    the part."""
    if is_instruction(match.group(1)):  # "(retaining its qualifier, since it is framed as a ceiling)"
        return ""
    parts = re.split(r"[,;]", match.group(1))
    kept = [p for p in parts if not is_instruction(p)]
    if len(kept) == len(parts):
        return match.group(0)
    return f" ({', '.join(p.strip() for p in kept)})" if kept else ""


def _each_of_units(items: list[Item], lex: Lexicon) -> tuple[list[Item], list[F.Measure]]:
    """ "how much SRAM is on each of the two Gaudi 3 dies", "each of the Gaudi 3's two dies", "each of
    the Gaudi 3's dies": "each of" a chip's units of a kind that has a scope of its own (words.tsv
    "each die": ck:PerDie) asks that scope's figure of the chip, as "each Gaudi 3 die" does; the
    number said is how many the chip has, a condition checked against its count, as "the two-die
    Gaudi 3" is (:func:`_count_said`). Any other shape stays as said."""
    out = list(items)
    counted: list[F.Measure] = []
    k = 0
    while k + 3 < len(out):
        each, of = out[k], out[k + 1]
        if not (each.kind == "word" and each.role == "group" and each.text.lower() == "each" and of.text == "of"):
            k += 1
            continue
        j = k + 2 + (out[k + 2].kind == "word" and out[k + 2].text in ("the", "its"))

        def is_number(x: Item) -> bool:
            return x.kind == "word" and x.role == "number"

        def is_chip(x: Item) -> bool:
            return x.kind == "entity" and len(x.entities) == 1 and lex.is_a(x.entities[0], CHIP)

        def is_unit(x: Item) -> bool:
            return x.kind == "entity" and len(x.entities) == 1 and x.entities[0] in lex.counted

        # "the two Gaudi 3 dies", "the Gaudi 3's two dies", "the Gaudi 3's dies"
        shapes = ((is_number, is_chip, is_unit), (is_chip, is_number, is_unit), (is_chip, is_unit))
        shape = next(
            (sh for sh in shapes if len(out) >= j + len(sh) and all(t(x) for t, x in zip(sh, out[j:], strict=False))),
            None,
        )
        if shape is None:
            k += 1
            continue
        end = j + len(shape)
        said = out[j:end]
        number = next((x for x in said if is_number(x)), None)
        chip = next(x for x in said if is_chip(x))
        unit = said[-1]
        label = lex.entities[unit.entities[0]][0]
        scope = lex.words.get(stems(f"each {label}"))
        if scope is None or scope[0] != "scope":
            k += 1
            continue
        if number is not None:
            counted.append(F.Measure(lex.counted[unit.entities[0]], low=float(number.value), high=float(number.value)))
        out[k:end] = [chip, Item("word", f"each {label}", role="scope", value=scope[1])]
        k += 2
    return out, counted


#: the nouns of a chip's make-up after a count of its units ("its dual-chip design", "a two-die package")
_MAKEUP_NOUNS = frozenset({"design", "package"})


def _makeup_said(items: list[Item], lex: Lexicon) -> tuple[list[Item], list[F.Measure]]:
    """ "the SN40L in its dual-chip design", "Gaudi 3, a two-die package": after one chip's name (past
    words that change nothing, a verb, "in its", a comma), a number, a unit the chip counts (or a word the graph states
    such counts in: the SN40L's two dies are a "dual-chip" design, ck:statedUnit) and a noun of its
    make-up say how many of them the chip has, not how many chips to show: taken out, a condition
    on that count checked when answered, as "the two-die Blackwell" is (:func:`_count_said`)."""
    out: list[Item] = []
    counted: list[F.Measure] = []
    k = 0
    while k < len(items):
        x = items[k]
        out.append(x)
        k += 1
        if not (x.kind == "entity" and len(x.entities) == 1 and lex.is_a(x.entities[0], CHIP)):
            continue
        j = k
        while j < len(items) and (
            items[j].kind == "comma" or (items[j].kind == "word" and items[j].role in ("filler", "aux"))
        ):  # "in its", "a", "reach in its": past the verb, to the count
            j += 1
        if j + 2 >= len(items):
            continue
        number, unit, noun = items[j : j + 3]
        if not (number.kind == "word" and number.role == "number" and noun.text.lower() in _MAKEUP_NOUNS):
            continue
        kinds = [u for u in lex.counted if unit.kind == "entity" and unit.entities == (u,)]
        kinds = kinds or [u for u in lex.counted if stems(unit.text) in lex.stated_units.get(u, ())]
        if len(kinds) != 1 or lex.counted[kinds[0]] == CK + "computeUnits":
            continue
        counted.append(F.Measure(lex.counted[kinds[0]], low=float(number.value), high=float(number.value)))
        k = j + 3
    return out, counted


def _count_said(items: list[Item], lex: Lexicon) -> tuple[list[Item], list[F.Measure]]:
    """ "the dual-die Blackwell GPU", "the two-die Blackwell" beside another figure asked ("what
    transistor count ..."): a number and a unit a chip counts (singular, as an adjective), right
    before a chip's name or a kind of chip or processor ("GPU"), say how many of them the chip has, not a second figure
    asked: taken out, and returned as a condition the chip must meet (its count, exactly), which the
    answer checks as it checks "the Tensix cores of the e150" (the caller: one chip's figure only),
    as :func:`_premise_measures` does for a number of another dimension ("the die-to-die bandwidth
    of the 2-die Blackwell"), which cannot tell two counts apart. Counts of compute units ("a
    16-core chip") are not read so."""
    asked = {t for x in items if x.kind == "term" for t in x.terms if t in MEASURES}
    out: list[Item] = []
    counted: list[F.Measure] = []
    k = 0
    while k < len(items):
        x = items[k]
        unit = items[k + 1] if k + 1 < len(items) else None
        named = items[k + 2] if k + 2 < len(items) else None
        number = (
            float(x.value)
            if x.kind == "word" and x.role == "number" and x.value.isdigit()
            else (
                x.readings[0][1] if x.kind == "qty" and len(x.readings) == 1 and x.readings[0][0] == "count" else None
            )
        )
        measure = (
            lex.counted.get(unit.entities[0])
            if unit is not None and unit.kind == "entity" and len(unit.entities) == 1 and not unit.plural
            else None
        )
        chip = named is not None and (
            (named.kind == "entity" and named.entities and all(lex.is_a(e, CHIP) for e in named.entities))
            or (named.kind == "term" and named.terms and all(chipish_any(lex, [t]) for t in named.terms))
        )
        if number is not None and measure and measure != CK + "computeUnits" and chip and asked - {measure}:
            counted.append(F.Measure(measure, low=number, high=number))
            k += 2
            continue
        out.append(x)
        k += 1
    return out, counted


def _unit_size(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "how big is the NorthPole die", "how large are Gaudi 3's dies": asked how big (words.tsv role
    ``value`` valued ``size``), a unit a chip counts (a ck:UnitKind) is asked its size, where the
    ontology has a word for that ("die size": ck:dieArea); not how many there are ("how big are the
    dies" answered the die count, "how big are the lanes" the lane count). Another unit ("how big
    are the ports") is refused."""
    if not any(x.kind == "word" and x.role == "value" and x.value == "size" for x in items):
        return items
    units = {stems(lex.entities[u][0]): lex.entities[u][0] for u in lex.counted if u in lex.entities}
    out = []
    for x in items:
        label = None
        if x.kind == "entity" and len(x.entities) == 1 and lex.is_a(x.entities[0], UNIT_KIND):
            label = lex.entities[x.entities[0]][0]
        elif x.kind == "term" and stems(x.text) in units:  # "lanes": the unit said, read as its count
            label = units[stems(x.text)]
        elif x.kind == "term" and CK + "computeUnits" in x.terms and not {"count", "number"} & set(stems(x.text)):
            label = x.text.removesuffix("s")  # "how big are the cores" (not "how big is the core count")
        if label is not None:
            sized = lex.vocab.get(stems(f"{label} size"))
            if not sized or len(sized) != 1:
                raise refuse(f"'how big' asks the size of a {label}, which the graph does not hold")
            x = Item("term", f"{x.text} size", terms=tuple(sized))
        out.append(x)
    return out


def _die_of_chip(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Is the NorthPole die larger than 500 mm²?", "is NorthPole's die, as the article gives its
    area, over 500 mm²?": a unit a chip counts, said once (not plural) right after one chip's name, in
    a question that says the measure of that unit's size (an area, as a number with its unit or the
    measure's word: the ontology's "die size" is ck:dieArea), is the chip's unit, asked its size, as
    "how big is the NorthPole die" is (:func:`_unit_size`). Said without such a measure it is still
    refused ("'die' asks about one die"), and so is a unit with no word for its size."""
    for k, x in enumerate(items[1:], 1):
        before = items[k - 1]
        if not (
            x.kind == "entity"
            and not x.plural
            and len(x.entities) == 1
            and lex.is_a(x.entities[0], UNIT_KIND)
            and before.kind == "entity"
            and len(before.entities) == 1
            and lex.is_a(before.entities[0], CHIP)
        ):
            continue
        label = lex.entities[x.entities[0]][0]
        sized = lex.vocab.get(stems(f"{label} size"))
        if not sized or len(sized) != 1 or sized[0] not in MEASURE_DIMENSIONS:
            continue
        dimension = MEASURE_DIMENSIONS[sized[0]]
        if any(
            (y.kind == "qty" and any(d == dimension for d, _ in y.readings))
            or (y.kind == "term" and sized[0] in y.terms)
            for y in items
        ):
            items = [*items[:k], Item("term", f"{x.text} size", terms=tuple(sized)), *items[k + 1 :]]
    return items


def _each_as_stated(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "Order the M2000 and the M4 by process node, as the article states each node.", "rank them by
    clock speed, taking each clock as stated": "each" and a word for a measure the question already
    names, right after a verb of citing (words.tsv phrase class ``citing``: "states", "gives") or
    right before "as stated" (a filler valued ``facevalue``), say how each figure compared is read,
    as "as the article states each" does: the word is no scope ("each node" is one of ck:PerNode) and
    no group ("each process node" asked the top of each node), and goes, "each" kept. A word naming
    a measure the question does not name stays as it is."""
    citing = {stem(p[0]) for p in phrase_class("citing")}
    out = list(items)
    k = 0
    while k < len(out):
        x = out[k]
        text = x.text.lower().rstrip(".")
        noun, end = None, k + 1
        if x.kind == "word" and x.role == "scope" and text.startswith("each "):
            noun = text.removeprefix("each ")
            read = tuple(lex.vocab.get(stems(noun), ()))
        elif (
            x.kind == "word" and x.role == "group" and text == "each" and k + 1 < len(out) and out[k + 1].kind == "term"
        ):
            noun, end = out[k + 1].text, k + 2
            read = out[k + 1].terms
        if noun is None or not read:
            k += 1
            continue
        before = out[k - 1] if k else None
        after = out[end] if end < len(out) else None
        cited = (
            before is not None
            and before.kind == "word"
            and before.role == "filler"
            and len(before.text.split()) == 1
            and stem(before.text.lower()) in citing
        ) or (after is not None and after.kind == "word" and after.role == "filler" and after.value == "facevalue")
        named = {t for y in out[:k] + out[end:] if y.kind == "term" for t in y.terms}
        if not cited or not set(read) <= named:
            k += 1
            continue
        out[k:end] = [Item("word", "each", role="group")]
        k += 1
    return out


def _usage(items: list[Item], lex: Lexicon) -> list[Item]:
    """A superlative of use (words.tsv role ``usage``): with the verb first and right before a
    figure's name, a technology or a number ("use the most power", "use the least HBM") the
    superlative of that figure, and before a word that makes a superlative phrase with its last word
    ("use the most advanced node") that phrase; elsewhere ("which node is used the most", "the
    most-used node", "which node does TSMC use most") it asks which node most chips use, and read as a
    superlative of the node itself it answered the largest node (40nm, one chip; 7nm has six):
    refused."""
    out: list[Item] = []
    skip = False
    for k, it in enumerate(items):
        if skip:
            skip = False
            continue
        if not (it.kind == "word" and it.role == "usage"):
            out.append(it)
            continue
        words = it.text.split()
        verb_first = lex.spelled.get(name_key(words[0]), ("", ""))[0] != "super"
        super_ = lex.spelled.get(name_key(words[-1]), ("", ""))
        nxt = items[k + 1] if k + 1 < len(items) else None
        phrase = lex.spelled.get(name_key(f"{words[-1]} {nxt.text}"), ("", "")) if nxt is not None else ("", "")
        if verb_first and nxt is not None and phrase[0] == "super":
            out.append(Item("word", f"{words[-1]} {nxt.text}", role="super", value=phrase[1]))
            skip = True
        elif verb_first and nxt is not None and nxt.kind in ("term", "entity", "qty") and super_[0] == "super":
            out.append(Item("word", words[-1], role="super", value=super_[1]))
        else:
            raise refuse(
                f"'{it.text}' asks how many chips use each, which ask does not rank; ask 'how many chips per "
                "process node' (or per designer)"
            )
    return out


def _under_heading(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "under its Unicorn Startups heading", "in the Megacap Players section": the article's
    heading of a group of organizations names the group (its members are the organizations the
    article places there), so the heading word and an 'under' before the group's name go; 'under'
    is no comparison there. Elsewhere a heading word (words.tsv role ``heading``) is refused. The
    heading itself is kept as a quiet word valued "heading:<class of its organizations>", for chip
    questions to check their chips against the sections of those organizations (:attr:`Frame.heading`)."""
    drop: set[int] = set()
    marks: dict[int, Item] = {}
    for k, it in enumerate(items):
        if not ((it.kind == "word" and it.role == "heading") or (it.kind == "report" and it.text == "section")):
            continue
        group = items[k - 1] if k >= 1 else None
        if group is None or group.kind != "term" or not all(ORG in lex.subclasses.get(t, []) for t in group.terms):
            continue
        drop.add(k)
        j = k - 2
        while j >= 0 and items[j].kind == "word" and items[j].role == "filler":
            j -= 1
        if j >= 0 and items[j].kind == "word" and items[j].role == "cmp" and items[j].text == "under":
            drop.add(j)
        if len(group.terms) == 1:  # kept as a quiet word: the frame checks chips against the heading
            marks[k] = Item("word", it.text, role="filler", value="heading:" + group.terms[0])
    return [marks.get(k, it) for k, it in enumerate(items) if k not in drop or k in marks]


def chipish_any(lex: Lexicon, classes: list[str]) -> bool:
    return any(lex.is_kind(c, CHIP) or lex.is_kind(c, PROCESSOR) for c in classes)
