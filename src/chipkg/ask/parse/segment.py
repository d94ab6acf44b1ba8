"""Step 1: a question's tokens become :class:`~chipkg.ask.parse.items.Item` s, left to right and
longest match first: names of things, vocabulary (classes and properties), function words,
quantities (a number and its unit). A token nothing covers is an unknown word."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chipkg.ask.compile import (
    MEASURES,
)
from chipkg.ask.lexicon import (
    NUMBER,
    PLURAL_POSSESSIVE,
    Lexicon,
    courteous,
    name_key,
    phrase_class,
    stem,
    tokens,
)
from chipkg.ask.parse.items import CHIP, Item, check_length, refuse

# --------------------------------------------------------------------------- segmenting

_AREA = {
    "mm²": 1e-6,
    "mm2": 1e-6,
    "square millimeters": 1e-6,
    "square millimetres": 1e-6,
    "sq mm": 1e-6,
    "cm²": 1e-4,
    "cm2": 1e-4,
}


def _quantity_readings(number: str, unit: str) -> list[tuple[str, float]]:
    """Every (dimension, base value) ``number unit`` can mean; [] when the unit means nothing."""
    from chipkg.errors import UsageError
    from chipkg.units import DIMENSIONS, NOT_FINITE, counts_bits, parse_number, parse_quantity

    try:
        value = parse_number(number)  # the one number parser: finite, or refused
    except UsageError as exc:
        raise refuse(exc.message) from None
    if not unit:
        return [("count", value)]
    out: list[tuple[str, float]] = []
    if unit in _AREA:
        return [("area", value * _AREA[unit])]
    for dimension in DIMENSIONS:  # the case rule of chipkg.units ("gb" of memory is gigabytes)
        try:
            out.append((dimension, parse_quantity(f"{number.replace(',', '')} {unit}", dimension)))
        except UsageError as exc:
            if NOT_FINITE in exc.message:  # "1e308 EB": finite as typed, not in bytes
                raise refuse(exc.message) from None
            continue
    # a rate typed in bits ("200 Gb/s") is a link's line rate, never a memory's bandwidth in bytes, and
    # one typed in bytes ("3.7 TB/s") never a line rate: a bit rate is not compared with a byte figure
    return [
        (d, v)
        for d, v in out
        if not (d == "count" and unit.lower() not in _COUNT_WORDS)
        and not (d == "bandwidth" and counts_bits(unit, d))
        and not (d == "networkrate" and not counts_bits(unit, d))
    ]


_COUNT_WORDS = {"thousand", "million", "billion", "trillion", "bn", "k"}


def _number_word(tok: str, lex: Lexicon) -> str | None:
    """The number a word spells ("ten": "10"; words.tsv role ``number``), else None."""
    role, value = lex.words.get((stem(tok),), ("", ""))
    return value if role == "number" and value.isdigit() else None


def same_unit(asked: str, stated: str) -> bool:
    """Whether a unit asked for ("gb", "gigabytes") is the unit a figure is stated in ("GB"): the
    same dimension and size by the units the parser reads, and of performance the same kind of
    operation (TFLOPS are floating-point operations, TOPS any: "in TFLOPS" is not "400 TOPS")."""
    said = {(d, round(v, 12)) for d, v in _quantity_readings("1", asked)}
    # "% faster", "% greater": a percentage the article states with what it is of (set 66: "as a
    # percentage" was refused as another unit than "up to 25 % faster")
    stated = re.sub(r"^%\s+[a-z]+$", "%", stated.strip())
    if _operations(asked) != _operations(stated):
        return False
    return bool(said & {(d, round(v, 12)) for d, v in _quantity_readings("1", stated)})


def data_size_unit(unit: str) -> bool:
    """Whether ``unit`` ("GB", "MB", "GiB") measures a data size (a memory's capacity)."""
    return bool(unit) and any(d == "datasize" for d, _ in _quantity_readings("1", unit))


def _operations(unit: str) -> str | None:
    """The kind of operation a performance unit counts ("TFLOPS": FLOPS, "PetaOPS": OPS), else None."""
    unit = unit.lower()
    return "FLOPS" if "flop" in unit else "OPS" if unit.endswith("ops") else None


def _script_check(question: str) -> None:
    for ch in question:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "") or ch in "µ"):
            raise refuse(f"the question has words in a script chipkg does not read ({ch!r}); ask in English")


def _inside_parenthesis(items: list[Item]) -> bool:
    """Whether the items so far leave a parenthesis open."""
    depth = 0
    for x in items:
        depth += 1 if x.kind == "open" else -1 if x.kind == "close" else 0
    return depth > 0


#: a word left hanging on its hyphen before a comma, "and" or "or" ("node-, system- and cluster-level")
_SUSPENDED = re.compile(r"\b([A-Za-z0-9]+)-(?=\s*,|\s+(?:and|or)\b)")  # not "12nm-or-larger"
#: the compound that ends such a list, whose second part the hanging words share ("cluster-level")
_COMPOUND_END = re.compile(r"\b[A-Za-z0-9]+-([A-Za-z]+)\b")


def _suspended_hyphens(question: str) -> str:
    """ "Excluding node-, system- and cluster-level figures": each word left on its hyphen takes the
    second part of the compound that ends the list ("node-level, system-level and cluster-level"),
    found before the sentence ends; with none, the question as it is."""

    def completed(m: re.Match[str]) -> str:
        rest = question[m.end() :]
        stop = re.search(r"[?.!;()]", rest)
        end = _COMPOUND_END.search(rest[: stop.start() if stop else len(rest)])
        return f"{m.group(1)}-{end.group(1)}" if end else m.group(0)

    return _SUSPENDED.sub(completed, question)


#: an SI prefix said alone before "operations per second" ("in tera-operations per second"): the unit
_SI_OPERATIONS = {"tera": "TOPS", "peta": "POPS", "giga": "GOPS"}


def _si_operations(items: list[Item]) -> list[Item]:
    """ "in tera-operations per second": the prefix, read alone as a unit word ("tera" as in "teras"),
    and the words for operations per second after it are one unit, TOPS."""
    out: list[Item] = []
    for it in items:
        prefix = out[-1].text.lower() if out and out[-1].kind == "word" and out[-1].role == "unit" else ""
        if prefix in _SI_OPERATIONS and it.kind == "term" and it.text.lower() == "operations per second":
            out[-1] = Item("word", f"{prefix} operations per second", role="unit", value=_SI_OPERATIONS[prefix])
            continue
        out.append(it)
    return out


def _each_individual(toks: list[str], typed: list[str]) -> None:
    """ "each individual Gaudi 3 die", "every single port": the word after "each" or "every" says
    one at a time again; dropped (in place), so each reading of "each" (or of "every") takes it."""
    k = 1
    while k < len(toks):
        if toks[k] in ("individual", "single") and toks[k - 1] in ("each", "every"):
            del toks[k], typed[k]
        else:
            k += 1


def _compound_numbers(toks: list[str], typed: list[str], lex: Lexicon) -> None:
    """ "twenty-one", "twenty one": a word for tens (words.tsv role ``number``: 20, 30 ... 90) and a
    word for units after it ("one" ... "nine") spell one number, written in place as its digits
    ("21"): read word by word, "more than twenty-one billion" was "more than 20" and "1 billion"
    (red team 95: "Does NorthPole have more than twenty-one billion transistors?" answered false)."""
    k = 0
    while k + 2 < len(toks):
        # "one point two gigahertz": a number word, "point" and a digit word spell a decimal ("1.2")
        whole = "1" if toks[k] == "one" else "0" if toks[k] == "zero" else _number_word(toks[k], lex)
        tenth = {"one": "1", "zero": "0"}.get(toks[k + 2]) or _number_word(toks[k + 2], lex)
        if whole is not None and toks[k + 1] == "point" and tenth is not None and len(tenth) == 1:
            toks[k : k + 3] = [f"{whole}.{tenth}"]
            typed[k : k + 3] = [toks[k]]
        k += 1
    for k in range(len(toks) - 1):
        # "one twenty-eight", "two fifty-six", "ten thirty": a number said the way it is spoken (a number
        # word, then a word for tens), which read word by word lost its first word or became a range
        # (red team 96); refused. "four 64-bit controllers" is two numbers written so
        first = "1" if toks[k] == "one" else _number_word(toks[k], lex)
        tens = _number_word(toks[k + 1], lex)
        if first is not None and tens is not None and int(tens) % 10 == 0 and 20 <= int(tens) <= 90:
            raise refuse(f"'{toks[k]} {toks[k + 1]}' may be one number said aloud or two; write the number in digits")
    k = 0
    while k + 1 < len(toks):
        tens = _number_word(toks[k], lex)
        units = "1" if toks[k + 1] == "one" else _number_word(toks[k + 1], lex)
        if tens is not None and units is not None and int(tens) % 10 == 0 and 20 <= int(tens) <= 90:
            if 1 <= int(units) <= 9:
                toks[k : k + 2] = [str(int(tens) + int(units))]
                typed[k : k + 2] = [toks[k]]
        k += 1


def _versions_listed(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "PCIe 2.0, 4.0 or 5.0": a name that ends in a version number ("PCIe 2.0"),
    then bare numbers joined to it by commas, "or" or "and": each number says the family's name
    again with that version ("PCIe 4.0"), when the graph names a thing so (its label or altLabel);
    read as that name. A number that names nothing so ("PCIe 4.0 or 7.0") is left as it was (and
    refused, as a number with no unit is)."""
    out = list(items)
    for k, it in enumerate(items):
        if it.kind != "entity" or len(it.entities) != 1:
            continue
        words = it.text.split()
        if len(words) < 2 or not re.fullmatch(r"\d+(?:\.\d+)?", words[-1]):
            continue
        family = " ".join(words[:-1])
        j = k + 1
        while j + 1 < len(out) and (out[j].kind == "comma" or (out[j].kind == "word" and out[j].role in ("or", "and"))):
            nxt = out[j + 1]
            if nxt.kind != "qty" or not re.fullmatch(r"\d+(?:\.\d+)?", nxt.text):
                break
            named = lex.names.get(name_key(f"{family} {nxt.text}"), [])
            if len(named) != 1:
                break
            out[j + 1] = Item("entity", f"{family} {nxt.text}", entities=(named[0],))
            j += 2
    return out


def segment(question: str, lex: Lexicon) -> list[Item]:
    """The question as a list of items (see the module docstring)."""
    check_length(question)
    _script_check(question)
    # "accelerator(s)", "chip(s)": a plural said as optional is the plural (set 83: "(s)" was a word)
    question = re.sub(r"(?<=[A-Za-z])\(s\)", "s", question)
    question = _suspended_hyphens(question)
    toks = tokens(question)
    typed = tokens(question, keep_case=True)  # units keep their case: "Gb" is gigabits, "GB" gigabytes
    if len(typed) != len(toks):
        typed = toks
    _each_individual(toks, typed)
    _compound_numbers(toks, typed, lex)
    stems_ = [stem(t) for t in toks]
    _strand_fronted_preposition(toks, typed, stems_, lex)
    items: list[Item] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok == PLURAL_POSSESSIVE:
            raise refuse(
                f"'{toks[i - 2]} {toks[i - 1]}' ...' may ask for the {toks[i - 1]} or for their chips: ask "
                f"'{toks[i - 2]} {toks[i - 1]} make chips that ...' or 'which chips from {toks[i - 1]} ...'"
            )
        if tok == ";" and _inside_parenthesis(items):
            # "(FLOPS only, not TOPS; 'up to' claims included)": a semicolon inside a parenthesis
            # ends one part and begins another, each read on its own as "(...) (...)" is
            items.extend((Item("close", ")"), Item("open", "(")))
            i += 1
            continue
        if tok in (",", "/"):  # "mtia v2 / northpole / e75": a slash separates a list as a comma does
            items.append(Item("comma", tok))
            i += 1
            continue
        if tok == "#":  # "# cores": the number of (a comment sign in words.tsv, so spelled here)
            items.append(Item("word", tok, role="count"))
            i += 1
            continue
        if tok in '?.!;:"':
            i += 1
            continue
        if tok in "()":
            items.append(Item("open" if tok == "(" else "close", tok))
            i += 1
            continue
        after_comparator = (
            bool(items)
            and items[-1].kind == "word"
            and items[-1].role in ("cmp", "between")
            or (len(items) >= 2 and items[-1].role == "and" and any(it.role == "between" for it in items[-3:]))
            # "from 64 GB (up) to 128 GB", "from 5nm to 7nm": both ends of a range (_from_range)
            or (bool(items) and items[-1].value == "range" and "to" in toks[i + 1 : i + 5])
            or (len(items) >= 3 and items[-1].text == "to" and any(it.value == "range" for it in items[-3:]))
        )
        name = _match_name(toks, i, lex)
        after_name = i + name[0] if name is not None else i
        if name is not None and after_name < n and toks[after_name] == "class":
            after_name += 1  # "a 4nm-class or smaller node"
        compared_after = name is not None and _is_role(stems_, after_name, lex, "cmp_after")
        # "above one petaflop": 1 PFLOPS; "at least one trillion parameters", "ten billion transistors":
        # a number word (words.tsv role ``number``) before a unit or a scale word
        spelled_number = "1" if tok in ("one", "a", "an") else _number_word(tok, lex)
        scaled = i + 1 < n and (toks[i + 1],) in phrase_class("scaleword")
        # "does the Groq LPU have a gig of SRAM?", "one TB of DDR5": a data size said with "a" or "one"
        # and its unit's word is 1 of that unit (red team 97: the amount was dropped, "has SRAM" asked)
        sized = (
            i + 1 < n
            and tok in ("one", "a", "an")
            and (lex.words.get((stems_[i + 1],), ("", ""))[0] == "unit" or _prefixed_unit(toks[i + 1]))
            and (qty_next := _match_quantity(["1", toks[i + 1]], 0, lex, ["1", typed[i + 1]])) is not None
            and any(d == "datasize" for d, _ in qty_next[1])
        )
        if spelled_number is not None and (after_comparator or scaled or sized) and i + 1 < n:
            qty = _match_quantity([spelled_number, *toks[i + 1 :]], 0, lex, [spelled_number, *typed[i + 1 :]])
            if qty is not None and qty[0] > 1:
                length, readings, text = qty
                items.append(Item("qty", text, readings=tuple(readings)))
                i += length
                continue
        if NUMBER.match(tok) and (after_comparator or compared_after or name is None or name[0] == 1):
            qty = _match_quantity(toks, i, lex, typed)
            if qty is not None:
                length, readings, text = qty
                items.append(Item("qty", text, readings=tuple(readings)))
                i += length
                continue
        report = _match_stems(stems_, i, lex.reports, lex.longest)
        # a one-word report phrase ("hedges") only where no other reading of the word exists
        if report is not None and (
            report[0] >= 2
            or (
                _match_stems(stems_, i, lex.words, lex.longest) is None
                and _match_name(toks, i, lex) is None
                and _match_stems(stems_, i, lex.vocab, lex.longest) is None
            )
        ):
            items.append(Item("report", " ".join(toks[i : i + report[0]]), value=report[1]))
            i += report[0]
            continue
        kind_of_figure = next(
            (k for k in range(min(lex.longest, n - i), 0, -1) if tuple(toks[i : i + k]) in lex.figure_kinds), None
        )
        if kind_of_figure is not None:  # "mixed-precision": the kind of performance figure
            phrase = tuple(toks[i : i + kind_of_figure])
            items.append(Item("word", " ".join(phrase), role="figkind", value=lex.figure_kinds[phrase]))
            i += kind_of_figure
            continue
        word = _match_stems(stems_, i, lex.words, lex.longest)
        exact = _match_stems([t.rstrip(".") for t in toks], i, lex.spelled, lex.longest)
        if exact is not None and (word is None or exact[0] >= word[0]):
            word = exact  # as spelled: "included" (a filler) is not "including" (a gloss)
        elif exact is not None and word is not None:
            alone = _match_stems(stems_, i, lex.words, 1)
            if alone is not None and alone[1] != lex.spelled.get((toks[i].rstrip("."),), alone[1]):
                # its first word, as spelled, is not the word its stem reads ("mostly" is no "most"):
                # neither is the longer phrase of stems it opens ("mostly use" is no "most use")
                word = exact
        while word is not None and word is not exact and word[1][1] == "spelled":
            # read only as spelled: "configurable" stems as "configuration" does; a shorter phrase
            # may still hold ("uses the most" is no "use the most", but "uses" is a word)
            word = _match_stems(stems_, i, lex.words, word[0] - 1) if word[0] > 1 else None
        if (
            word is not None
            and word[0] > 1
            and i + word[0] < n
            and (toks[i + word[0]],) in phrase_class("scaleword")
            and (toks[i + word[0] - 1] in ("one", "a") or _number_word(toks[i + word[0] - 1], lex) is not None)
        ):
            # "at least one trillion": the number word opens a number ("one trillion"), not the phrase
            # "at least one" it ends
            word = _match_stems(stems_, i, lex.words, word[0] - 1)
        term = _match_stems(stems_, i, lex.vocab, lex.longest)
        best: tuple[int, int, Item] | None = None  # (length, priority, item)
        if word is not None and term is not None and word[0] == term[0]:
            # stems collide ("top"/"TOPS", "manufacturer"/"manufactured"): the spelling decides
            spelled = lex.raw.get(tuple(t.rstrip(".") for t in toks[i : i + term[0]]), [])
            exact_terms = [t for t in term[1] if t in spelled]
            if exact_terms and "word" not in spelled:
                word = None
            elif "word" in spelled and not exact_terms:
                term = None
        if term is not None and term[0] == 1 and not _spelled_alike(toks[i : i + 1], term[1], lex, inflected=True):
            term = None  # "powerful" stems to "power" but is not the power a chip draws
        while term is not None and term[0] > 1 and not _spelled_alike(toks[i : i + term[0]], term[1], lex):
            # several words match by stem only ("chips designed" is not "chip designers"): shorter
            shorter = _match_stems(stems_[: i + term[0] - 1], i, lex.vocab, term[0] - 1)
            term = shorter
        if term is not None and term[0] > 1:
            # "the biggest scale-out in terms of chip count": a label's last word ("scale out in") that opens
            # a longer phrase of words.tsv ("in terms of") is that phrase's, the label read without it
            # (only where that phrase reaches further than what the words after the label read as: "hook
            # together with" keeps its label "hook together", "with" reading as far as "together with")
            last = i + term[0] - 1
            opened = _match_stems(stems_, last, lex.words, lex.longest)
            after = last + 1
            read_after = max(
                (
                    m[0]
                    for m in (
                        _match_stems(stems_, after, lex.words, lex.longest),
                        _match_stems(stems_, after, lex.vocab, lex.longest),
                        _match_name(toks, after, lex),
                    )
                    if m is not None
                ),
                default=0,
            )
            if opened is not None and opened[0] - 1 > read_after:
                shorter = _match_stems(stems_[:last], i, lex.vocab, term[0] - 1)
                term = shorter if shorter is not None else term
        if term is not None and word is not None and word[0] == 1 and word[1][0] == "super" and term[0] > 1:
            # "max chips per cluster": a label that opens with a superlative ("max chips") ends before a
            # longer label that starts after it ("chips per cluster", whose scope is said): the
            # superlative read alone, the longer label next, as "most chips per pod" reads
            further = _match_stems(stems_, i + 1, lex.vocab, lex.longest)
            if further is not None and 1 + further[0] > term[0]:
                term = None
        if term is not None:
            spelled = lex.raw.get(tuple(t.rstrip(".") for t in toks[i : i + term[0]]), [])
            exact_terms = [t for t in term[1] if t in spelled]
            if exact_terms:
                term = (term[0], exact_terms)
        if word is not None:
            role, value = word[1]
            strong = role not in ("filler", "aux", "wh", "gloss", "and", "or", "group")
            best = (word[0], 3 if strong else 0, Item("word", " ".join(toks[i : i + word[0]]), role=role, value=value))
        if name is not None:
            length, iris, plural = name
            cand = (
                length,
                1 if plural else 2,
                Item("entity", " ".join(toks[i : i + length]), entities=tuple(iris), plural=plural),
            )
            best = cand if best is None or cand[:2] > best[:2] else best
        if term is not None:
            cand = (term[0], 1.5, Item("term", " ".join(toks[i : i + term[0]]), terms=tuple(term[1])))  # type: ignore[assignment]
            if name is not None and name[0] == term[0] and not name[2]:
                others = _kind_beyond_name(name[1], term[1], lex)
                if others and _kind_asked(items):
                    best = cand  # "which LPU has the most SRAM": any chip of the kind, not the one named so
                elif others:
                    said = " ".join(toks[i : i + term[0]])
                    raise refuse(
                        f"'{said}' names {', '.join(sorted(lex.entities[e][0] for e in name[1]))}, and is also a "
                        f"kind of chip the graph holds more of ({', '.join(others)}): name the chip, or ask "
                        f"'which {said}s ...'"
                    )
            best = cand if best is None or cand[:2] > best[:2] else best
        titled = next((k for k in range(min(lex.longest, n - i), 0, -1) if tuple(toks[i : i + k]) in lex.sections), 0)
        if titled and best is None:  # "Future Prospects": a section of the article, only as where one read it
            phrase = tuple(toks[i : i + titled])
            items.append(Item("entity", " ".join(phrase), entities=(lex.sections[phrase],)))
            i += titled
            continue
        aspect = next((k for k in range(min(lex.longest, n - i), 0, -1) if tuple(toks[i : i + k]) in lex.aspects), 0)
        if aspect and (
            best is None
            or (
                aspect > best[0]
                and not all(
                    _match_name(toks, k, lex)
                    or _match_stems(stems_, k, lex.vocab, 1)
                    or _match_stems(stems_, k, lex.words, 1)
                    for k in range(i + best[0], i + aspect)
                )
            )
        ):  # "sparse compute": what a claim measures, where the words mean nothing else ("interconnect bandwidth")
            phrase = tuple(toks[i : i + aspect])
            items.append(Item("word", " ".join(phrase), role="aspect", value=lex.aspects[phrase]))
            i += aspect
            continue
        rate = " ".join(toks[i : i + 3])
        if best is None and toks[i + 1 : i + 2] == ["per"] and _prefixed_unit(rate):
            # "in terabytes per second": a rate spelled out, the unit alone as "in TB/s" is
            items.append(Item("word", rate, role="unit", value=rate))
            i += 3
            continue
        if best is None and _prefixed_unit(tok):  # "how many GB of HBM": the unit alone names its measure
            items.append(Item("word", tok, role="unit", value=tok))
            i += 1
            continue
        if best is None and "/" in tok and all(tok.split("/")):
            parts: list[str] = []
            for part in tok.split("/"):
                parts += [part, "or"]
            toks[i : i + 1] = parts[:-1]
            stems_[i : i + 1] = [stem(t) for t in parts[:-1]]
            typed[i : i + 1] = [p for part in typed[i].split("/") for p in (part, "or")][:-1]
            n = len(toks)
            continue
        if best is None and len(tok) > 1 and tok.endswith(".") and "." not in tok[:-1]:
            # "... finest geometry first.": a full stop after a word ("a.k.a." and "e.g." are words)
            toks[i], stems_[i], typed[i] = tok[:-1], stem(tok[:-1]), typed[i][:-1]
            continue
        if best is None:
            items.append(_sibling_name(tok, items, lex) or Item("unknown", tok))
            i += 1
            continue
        items.append(best[2])
        i += best[0]
        scope = _scope_inside(best[2], lex) if best[2].kind == "term" and best[0] > 1 else None
        if scope is not None:  # "pod size": the scale-out figure of a pod, not of a cluster
            items.append(scope)
    for k, it in enumerate(items[1:], 1):
        before = items[k - 1]
        if (
            it.kind == "qty"
            and before.kind == "qty"
            and re.fullmatch(r"\d{1,3}", before.text)
            # a bare group, or "000" ("24 200 Gb/s ports" is a count and a speed)
            and (re.fullmatch(r"\d{3}", it.text) or it.text.startswith("000"))
            and re.search(rf"\b{before.text} {it.text[:3]}\b", question)  # a space: "100-200 MB" is a range
        ):
            # "more than 1 000 cores": thousands set apart by a space, read as 1 and 000 (= 0), answered
            # that the CS-3's 900,000 cores are not more than 1 000 (red team 115)
            raise refuse(
                f"'{before.text} {it.text}' may be one number with its thousands set apart, or two numbers: "
                f"write it without the space ('{before.text}{it.text.split()[0]}' or '{before.text},{it.text}')"
            )
        if (
            it.kind == "qty"
            and before.kind == "entity"
            and it.text.isascii()
            and it.text.isdigit()
            and len(it.text) <= 2
            and not (k + 1 < len(items) and items[k + 1].kind == "unknown")  # "4x faster": the word is unknown
            and not before.text.split()[-1].isdigit()  # "gaudi 3 2 dies": the name has its number already
        ):
            # "wse-3 transistors", "blackwell 2 cores": a small number glued to a name is a version of
            # it ("WSE-3"), not a count of what follows; the matcher above found no name spelled so
            known = ", ".join(sorted({lex.entities[e][0] for e in before.entities if e in lex.entities}))
            raise refuse(
                f"'{before.text} {it.text}' reads as a name with a version number, and I know no name spelled "
                f"so ('{before.text}' is {known}); ask without the number, or put a verb before a count "
                f"('does it have {it.text} ...')"
            )
    return _request(_generations_onward(_versions_listed(_si_operations(items), lex), lex))


def _kind_beyond_name(iris: list[str], terms: list[str], lex: Lexicon) -> list[str]:
    """The chips of a kind that a chip's name also is ("LPU": the Groq LPU's alternative label and
    the class of LPUs) other than the chips the name names, by label; none when the kind has no
    other chip (the article's graph: the Groq LPU is its one LPU, and either reading is the same)."""
    if not iris or not all(lex.is_a(e, CHIP) for e in iris):
        return []
    kinds = [t for t in terms if all(lex.is_a(e, t) for e in iris)]
    beyond = {e for k in kinds for e in lex.members.get(k, ()) if e not in iris}
    return sorted(lex.entities[e][0] for e in beyond)


def _kind_asked(items: list[Item]) -> bool:
    """Whether the word before asks for any thing of a kind ("which LPU", "each TPU", "any NPU")."""
    before = items[-1] if items else None
    return (
        before is not None
        and before.kind == "word"
        and (before.role == "wh" or before.text.lower() in ("each", "every", "any", "a", "an"))
    )


def _generations_onward(items: list[Item], lex: Lexicon) -> list[Item]:
    """ "PCIe 4.0 or later", "PCIe 4.0 or newer", "PCIe 4.0 or older": a technology of a stated
    generation (ck:generation) followed by words.tsv role ``newer`` ("or later") names it and the
    others of its line (the same skos:broader) of a later (earlier) generation, joined by "or" as
    the question could have named them ("PCIe 4.0 or PCIe 5.0"). A word of that role after anything
    else is refused ("5nm or newer": a newer node is a smaller one)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        if it.kind == "word" and it.role == "newer":
            raise refuse(
                f"'{it.text}' orders the generations of a technology ('PCIe 4.0 or later'), and follows none here; "
                "say the range with a number and a comparator ('5 nm or smaller')"
            )
        line = _line_of(it, lex)
        if line is None or nxt is None or not (nxt.kind == "word" and nxt.role == "newer"):
            out.append(it)
            k += 1
            continue
        tech, broader = line
        own = lex.generations[tech]
        later = nxt.value in ("ge", "gt")
        siblings = sorted(
            (g, e)
            for e, g in lex.generations.items()
            if broader in lex.broader.get(e, []) and (g > own if later else g < own) and e in lex.entities
        )
        if nxt.value in ("ge", "le"):
            siblings = sorted([*siblings, (own, tech)])
        for j, (_g, e) in enumerate(siblings):
            if j:
                out.append(Item("word", "or", role="or"))
            out.append(Item("entity", lex.entities[e][0], entities=(e,)))
        k += 2
    return out


def _line_of(it: Item, lex: Lexicon) -> tuple[str, str] | None:
    """(the technology, its line) of a name of one technology with a generation and one broader
    technology ("PCIe 4.0": 4, PCIe); None otherwise."""
    if it.kind != "entity" or len(it.entities) != 1 or it.entities[0] not in lex.generations:
        return None
    tech = it.entities[0]
    if CHIP in lex.entities.get(tech, ("", ()))[1]:
        return None  # a chip's generation is its place in a product line, not a standard's revision
    broader = lex.broader.get(tech, [])
    return (tech, broader[0]) if len(broader) == 1 else None


def _request(items: list[Item]) -> list[Item]:
    """ "Could you state the typical power of the M2000?", "Would you kindly list the chips on 7nm?":
    a modal and "you" (courtesy between, :func:`chipkg.ask.lexicon.courteous`) before a verb that
    asks for the answer (a filler that names no relation, "list", "rank") request the answer, as
    "could you tell me" (words.tsv filler valued imperative) does; read as an auxiliary, the question
    was a yes/no ("a yes/no question about a figure needs a value"). The verb may be one of answering
    (words.tsv filler valued ``answering``: "name", "identify"), ranking or counting ("rank", "count");
    fillers between ("please", "be able to") change nothing, and plain fillers may come first ("so,
    could you list ..."). A verb of a relation ("can you use the LPU for training") leaves the yes/no."""
    k = next(
        (
            j
            for j, x in enumerate(items)
            if not (x.kind == "comma" or x.kind == "word" and x.role == "filler" and not x.value)
        ),
        None,
    )
    if k is None or k + 2 >= len(items):
        return items
    if not (items[k].kind == "word" and items[k].role == "aux" and items[k].value == "verb"):
        return items
    if not (items[k + 1].kind == "word" and items[k + 1].text.lower() == "you"):
        return items
    j = k + 2
    while (
        j < len(items)
        and items[j].kind == "word"
        and (courteous(items[j].text) or (items[j].role == "filler" and items[j].value == "passive"))
    ):
        j += 1  # "kindly", "please", "be able to"
    verb = items[j] if j < len(items) else None
    if (
        verb is None
        or verb.kind != "word"
        or not (
            verb.role == "filler"
            and verb.value in ("", "imperative", "answering")
            or verb.role in ("rank", "count", "top")
        )
    ):
        return items
    # "would you say the Groq LPU is made by TSMC": a statement after the verb (a name, then an
    # auxiliary of its own) is asked yes or no
    named = next((n for n in range(j + 1, len(items)) if items[n].kind in ("entity", "term")), None)
    after = items[named + 1] if named is not None and named + 1 < len(items) else None
    if after is not None and after.kind == "word" and after.role == "aux":
        return items
    asked = Item("word", f"{items[k].text} you", role="filler", value="imperative")
    return [*items[:k], asked, *items[j:]]


def _prefixed_unit(token: str) -> bool:
    """Whether ``token`` is a unit with a metric prefix ("GB", "MHz", "nm", "gigabytes", "TB/s"),
    which, with no number before it, names the measure of its dimension (:func:`_lone_units`). A unit
    without a prefix ("bits", "W", "m") is too near ordinary words to be read alone, and so are
    counts and percentages."""
    readings = _quantity_readings("1", token) if len(token) > 1 else []
    return bool(readings) and all(
        dim not in ("count", "percentage") and value not in (1.0, 0.125) for dim, value in readings
    )


def _strand_fronted_preposition(toks: list[str], typed: list[str], stems_: list[str], lex: Lexicon) -> None:
    """ "To how many chips can Trainium2 scale?", "Up to how many chips does it scale?": a
    preposition fronted with the question word is the one the verb at the end takes ("scale to",
    a label of ck:scaleOut); it is put back after the verb, in place. Only where the verb with the
    preposition is a word of the vocabulary, at exactly one place: anything else is read as typed
    (and refused where it was)."""
    wh = ("count",)  # "in what year does it go into production": "go in" is no verb of the question
    first = _match_stems(stems_, 0, lex.words, lex.longest)
    if first is None:
        return
    start = next(
        (
            k
            for k in range(1, first[0])
            if (found := _match_stems(stems_, k, lex.words, lex.longest)) is not None
            and k + found[0] == first[0]
            and found[1][0] in wh
        ),
        None,
    )
    if first[1][0] in wh and start is not None:  # "up to how many": the preposition is the word before "how many"
        cut, prep = start, start - 1
    elif first[0] == 1 and (nxt := _match_stems(stems_, 1, lex.words, lex.longest)) is not None and nxt[1][0] in wh:
        cut, prep = 1, 0  # "to how many"
    else:
        return
    places = [
        j
        for j in range(cut + 1, len(toks))
        if toks[j].isalpha()
        and (stems_[j], stems_[prep]) in lex.vocab
        and (j + 1 == len(toks) or stems_[j + 1] != stems_[prep])
    ]
    if len(places) != 1:
        return
    j = places[0]
    for seq in (toks, typed, stems_):
        seq.insert(j + 1, seq[prep])
        del seq[:cut]


def _sibling_name(tok: str, before: list[Item], lex: Lexicon) -> Item | None:
    """ "MTIA v2 over v1", "mtia v2 sparse compute gain vs v1": a word that, put in place of the last
    word of a chip's name said before it, names another chip ("MTIA v1"), is that chip's name cut
    short. None when no such chip, or when two names said before would make different ones."""
    found: set[str] = set()
    for x in before:
        if not (x.kind == "entity" and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in x.entities)):
            continue
        words = tokens(x.text)
        if len(words) < 2:
            continue
        m = _match_name([*words[:-1], tok], 0, lex)
        if m is not None and m[0] == len(words) and not set(m[1]) & set(x.entities):
            found.update(e for e in m[1] if CHIP in lex.entities.get(e, ("", ()))[1])
    if len(found) != 1:
        return None
    return Item("entity", tok, entities=tuple(found))


def _scope_inside(term: Item, lex: Lexicon) -> Item | None:
    """The scope a measure's several-word name says ("pod size", "chips per pod", "cluster size"
    of ck:scaleOut): a word of the name that words.tsv gives as a scope of its own ("pod"), so the
    figure of that scope is the one asked for, as "trillium scale-out per pod" reads."""
    if not term.terms or not all(t in MEASURES for t in term.terms):
        return None
    for word in term.text.split():
        role, value = lex.words.get((stem(word),), ("", ""))
        if role == "scope" and value:
            return Item("word", word, role="scope", value=value)
    return None


def _spelled_alike(span: list[str], iris: list[str], lex: Lexicon, inflected: bool = False) -> bool:
    """Whether a phrase is one of the terms' labels up to plural endings (``inflected``: or a
    verb's endings, "fabricated" for "fabricate"; not other derivations, "powerful" for "power")."""

    def alike(a: str, b: str) -> bool:
        a, b = a.rstrip("."), b.rstrip(".")
        if a == b or a in (b + "s", b + "es") or b in (a + "s", a + "es"):
            return True
        if not inflected:
            return False
        stem = b[:-1] if b.endswith("e") else b
        return any(
            a == f
            for f in (
                b + "d",
                b + "ed",
                stem + "ed",
                stem + "ing",
                b + "ing",
                b + b[-1:] + "ed",
                b + b[-1:] + "ing",
                b + "er",
                b + "ers",
            )
        )

    for raw, found in lex.raw.items():
        if (
            len(raw) == len(span)
            and any(i in found for i in iris)
            and all(alike(a, b) for a, b in zip(span, raw, strict=True))
        ):
            return True
    return False


def _match_name(toks: list[str], i: int, lex: Lexicon) -> tuple[int, list[str], bool] | None:
    for length in range(min(lex.longest, len(toks) - i), 0, -1):
        span = [t.rstrip(".") for t in toks[i : i + length]]
        key = tuple(span)
        # "gaudi 3s", "cs-3s": the plural of a name ending in a digit, its "s" a token of its own
        plural_s = i + length < len(toks) and toks[i + length] == "s" and span[-1][-1:].isdigit()
        if key in lex.names:
            return length + plural_s, lex.names[key], plural_s
        joined = "".join(span)
        if joined in lex.compact:
            return length + plural_s, lex.compact[joined], plural_s
        if span[-1].endswith("s") and len(span[-1]) > 2:
            plural = "".join(span)[:-1]
            if plural in lex.compact:
                return length, lex.compact[plural], True
            if plural.endswith("e") and plural[:-1] in lex.compact and span[-1].endswith("es"):
                return length, lex.compact[plural[:-1]], True
    return None


def _match_stems(stems_: list[str], i: int, table: dict, longest: int) -> tuple[int, Any] | None:
    for length in range(min(longest, len(stems_) - i), 0, -1):
        key = tuple(stems_[i : i + length])
        if key in table:
            return length, table[key]
    return None


def _is_role(stems_: list[str], i: int, lex: Lexicon, role: str) -> bool:
    found = _match_stems(stems_, i, lex.words, lex.longest)
    return found is not None and found[1][0] == role


def _match_quantity(
    toks: list[str], i: int, lex: Lexicon, typed: list[str] | None = None
) -> tuple[int, list[tuple[str, float]], str] | None:
    number = toks[i]
    typed = typed or toks

    def spelled(k: int) -> tuple[int, list[tuple[str, float]], str] | None:
        """A unit of ``k`` words as units.py reads it ("TB/s", "tera operations per second")."""
        unit_toks = typed[i + 1 : i + 1 + k]
        if len(unit_toks) < k:
            return None
        if unit_toks[-1].endswith(".") and "." not in unit_toks[-1][:-1]:
            # "exceeds 100 W.": the sentence's full stop, which the tokenizer keeps on a word ("e.g.")
            unit_toks = [*unit_toks[:-1], unit_toks[-1][:-1]]
        if not "".join(unit_toks):  # "top 3.": the full stop alone is no unit ('3 ' was refused as no count)
            return None
        for unit in ("".join(unit_toks), " ".join(unit_toks)):
            readings = _quantity_readings(number, unit)
            if readings:
                return 1 + k, readings, f"{number} {unit}"
        return None

    for k in (4, 3):  # a unit spelled out: "300 tera-operations per second", before "tera" alone
        found = spelled(k)
        if found is not None:
            return found
    # a colloquial unit ("200 megs", "200 gig Ethernet"): words.tsv says which unit it is
    for k in (2, 1):
        if i + k >= len(toks):
            continue
        word = lex.words.get(tuple(stem(t) for t in toks[i + 1 : i + 1 + k]))
        if word is not None and word[0] == "unit":
            readings = _quantity_readings(number, word[1])
            if readings:
                return 1 + k, readings, f"{number} {word[1]}"
    for k in (2, 1):
        found = spelled(k)
        if found is not None:
            return found
    return 1, _quantity_readings(number, ""), number
