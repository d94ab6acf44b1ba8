"""The question as text, before its items are walked: sentences and clauses split off and read
apart (a listing sentence, a corrected slip, a confirmation tag, a lead-in, a later sentence that
only names), the spans of asides and clauses that may be cut when they change nothing, and the
checks made on the text itself (a maker asked of itself, a superlative told in a later sentence).
Each takes the question's text and returns text, spans or a refusal; the recursion that reads a
cut question again stays in :mod:`chipkg.ask.parse.question`."""

from __future__ import annotations

import re
from typing import NamedTuple

from chipkg.ask import frame as F
from chipkg.ask import remarks
from chipkg.ask.compile import (
    MEASURES,
    ORG_RELATIONS,
    RELATIONS,
)
from chipkg.ask.lexicon import (
    Lexicon,
    find_phrase,
    phrase_class,
    stems,
    tokens,
    told,
)
from chipkg.ask.parse.asides import _counted_apart, _hedges_aside, _only_of_unhedged
from chipkg.ask.parse.forms import (
    chipish_any,
)
from chipkg.ask.parse.items import (
    ARTICLES,
    CHIP,
    MAX_QUESTION,
    ORG,
    SENTENCE_BREAK,
    Item,
    refuse,
)
from chipkg.ask.parse.rewrites import _AMOUNT_WORDS, _amount_made, _count_as_verb, _names_only
from chipkg.ask.parse.segment import segment
from chipkg.errors import NoAnswer
from chipkg.namespaces import CK

#: a last sentence, or a last clause after a dash or a semicolon, that may be a confirmation tag
_LAST_PART = re.compile(r"^(?P<head>.*\S)\s*(?:[.!?;]|\s(?:--|—|–))\s+(?P<tag>[^.?!;—–]+?)\s*\?\s*$", re.S)


def _said_after_words(said: list[str], at: int) -> bool:
    """Whether a word of the same sentence stands before token ``at`` (commas and semicolons aside)."""
    j = at - 1
    while j >= 0 and said[j] in (",", ";"):
        j -= 1
    return j >= 0 and said[j][:1].isalnum() and not said[j].endswith(".")


def _stressed(said: list[str], end: int) -> bool:
    """Whether the words before token ``end`` are stressed, not corrected: "the most power, per chip I
    mean, not per card?" (set 58) says "per chip" again by its negation, where "7nm, I mean 5nm" puts
    another thing in its place. A correction phrase that ends the sentence, or stands before a comma
    and "not", says nothing new."""
    rest = said[end:]
    return not rest or rest[0] in ("?", ".", "!") or (len(rest) > 1 and rest[0] == "," and rest[1] == "not")


def _follow_up(said: list[str]) -> bool:
    """Whether a question mark is followed by a question that opens with a word of a follow-up
    (words.tsv ``followup``: "... HBM? And SRAM?", "What about SRAM?") and ends with its own."""
    for k, t in enumerate(said[:-1]):
        if t == "?" and "?" in said[k + 2 :]:
            found = find_phrase(said, "followup", k + 1)
            if found is not None and found[0] == k + 1:
                return True
    return False


#: "— actually, the e150's", "; actually, ...", "(actually the e150's)": after a dash, a semicolon or
#: an opening parenthesis, "actually" and more words put them in the place of what came before
_ACTUALLY_AFTER_A_BREAK = re.compile(
    r"(?:\w.*?)(?:;|\(|\s(?:--?|\u2014|\u2013))\s*actually\b[\s,]*[\w']", re.IGNORECASE
)


def _corrected(question: str, lex: Lexicon) -> None:
    """ "Which chips use HBM, sorry, SRAM?", "which chips are 7nm, I mean 5nm?", "Which chips use HBM?
    And SRAM?": a correction or a follow-up, read into one question, asked for both ("chips with HBM
    and SRAM") or either: refused, to be asked again as meant. A slip word ("sorry", "um") corrects
    only between two names of things ("HBM, um, SRAM"); elsewhere ("so, um, which chips ...") it is a
    pause, as before."""
    typed = tokens(question)
    correction = find_phrase(typed, "correction")
    while correction is not None and (
        not _said_after_words(typed, correction[0]) or _stressed(typed, correction[0] + len(correction[1].split()))
    ):
        correction = find_phrase(typed, "correction", correction[0] + 1)
    if correction is not None:
        raise refuse("the question corrects itself ('sorry', 'I mean'): ask it again as you mean it")
    for k, t in enumerate(typed[1:-1], start=1):
        # "the Maia 100's transistor count, actually its process node" (red team 64): after a comma and
        # before more words, "actually" puts what follows in the place of what came before
        if t.lower() == "actually" and typed[k - 1] == "," and typed[k + 1] not in (",", "?", ".", "!"):
            raise refuse("the question corrects itself ('..., actually ...'): ask it again as you mean it")
    if _ACTUALLY_AFTER_A_BREAK.search(question):  # "the e75's power — actually, the e150's" (red team 65)
        raise refuse("the question corrects itself ('... — actually ...'): ask it again as you mean it")
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
    if first is None or not (first.kind == "word" and first.role == "neg" and first.text.endswith(("n't", "nt"))):
        return question, False
    # "isnt the mtia v2 on 7nm?", typed without the apostrophe (red team 108: read as "not", the other
    # 7nm chips were listed)
    spelled = first.text if first.text.endswith("n't") else first.text[:-2] + "n't"
    positive = phrase_class("positive").get((spelled,), spelled[:-3])
    if lex.words.get(stems(positive), ("", ""))[0] != "aux":
        return question, False
    typed = re.search(re.escape(first.text).replace("'", "['’]"), question, re.I)
    if typed is None:
        return question, False
    return question[: typed.start()] + positive + question[typed.end() :], True


#: "leaving out" that opens the question or a parenthesis ("Leaving out per-system figures, which ...",
#: "(so leaving out the CS-3's system memory)"): an exclusion, as "excluding" is there
_LEAVING_OUT_OPENS = re.compile(r"(?i)(^\s*|\(\s*(?:so\s+|i\.e\.,?\s+)?|,\s*and\s+|\band\s+)leaving\s+out\b")


def _leaving_out_opening(question: str) -> str:
    """ "Leaving out X, which ...", "(so leaving out X)", "reading 'up to' at face value and leaving out
    X" (sets 60, 61: joined to another instruction): said where a clause opens, "leaving out" can
    only set X aside, and is read as "excluding". Elsewhere (", leaving out meta's" after the question)
    it may say what the answer leaves out, and stays refused (words.tsv role ``unheld``)."""
    return _LEAVING_OUT_OPENS.sub(lambda m: m.group(1) + "excluding", question)


#: "chips whose foundry is named", "whose foundry the article names": said of a relation (or a figure),
#: not negated, nothing after it but the clause's end (not "named as TSMC", "stated by Intel")
_WHOSE_NAMED = re.compile(
    r"(?i)\bwhose\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:is|are|was|were)\s+"
    r"(?P<how>named|stated|known|given|specified|identified)|(?:the\s+(?:article|text|source)\s+)"
    r"(?:(?:actually|explicitly|clearly|does)\s+)?(?:names|states|gives|specifies|identifies|name|state)\b)(?!\s+(?:as|by|to|in|at|for|exactly|precisely|outright|firmly|only|without|with)\b)"
)


def whose_named(question: str) -> str:
    """ "Among the 7nm chips whose foundry is named, which has the most SRAM?": the clause says the
    chips have that relation stated, as "with a named foundry" says (read as that is: a condition of
    some value). Read as it stood it was dropped, and the MTIA v2 (no foundry named) answered (red
    team 74)."""
    return _WHOSE_NAMED.sub(lambda m: f"with a stated {m['what']}", question)


def hedged_or_not(question: str) -> str:
    """ "..., hedged or not?", "(whether hedged or not)", "with or without a hedge": the figures are
    taken whatever their hedge, as "hedges included" says (checked as it is). Read as the
    hedged-figures report, "how many chips have a power figure, hedged or not" was refused (set 67);
    "without a hedge" in "with or without a hedge" kept unhedged figures only, a wrong answer. Any
    other "with or without X" is "regardless of X" (read as that is): "how many chips are on 7nm, with
    or without a named foundry" counted the 7nm chips without one."""
    return _WITH_OR_WITHOUT.sub("regardless of", _HEDGED_OR_NOT.sub("hedges included", question))


_WITH_OR_WITHOUT = re.compile(r"(?i)\bwith\s+or\s+without\b")


def width_counted_as_format(question: str) -> str:
    """ "counting NorthPole's '8-bit' figure as INT8", "counting IBM NorthPole's '8-bit precision' as
    INT8" (sets 67, 69): a chip's figure of a bit width said to be of a format of that width is a
    premise about the chip's figure, said as the rider "with NorthPole's INT8 figure taken as
    stated" is, and checked as that is (the chip has such a figure among those compared). Read as
    "counting one thing as another" it was refused. A format of another width is left as it was."""

    def taken(m: re.Match[str]) -> str:
        if m["bits"] not in re.findall(r"\d+", m["format"]):
            return m[0]
        return f"with {m['chip']}'s {m['format']} figure taken as stated"

    return _WIDTH_COUNTED.sub(taken, question)


_WIDTH_COUNTED = re.compile(
    r"(?i)\bcounting\s+(?P<chip>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})'s\s+"
    r"'(?P<bits>\d+)[- ]bit(?:\s+precision)?'(?:\s+(?:figure|number|throughput|precision|performance))?"
    r"\s+as\s+(?P<format>U?INT\d+|FP\d+)\b"
)


class BaselineAsked(NamedTuple):
    """ "Which Nvidia chip does d-Matrix compare the Corsair against?": the words of the chip whose
    comparisons are asked (``chip``), of the organization the baseline is said to be of (``designer``),
    of who is said to compare (``claimant``), and whether the baseline is said to be older."""

    chip: str
    designer: str
    claimant: str
    older: bool
    gpu: bool = False  # the baseline asked is said to be a GPU ("which GPU is the Corsair compared against?")
    multiples: tuple[float, ...] = ()  # said of the chip against it ("the Corsair is 9x faster than"), checked
    speed: bool = False  # the multiples said of speed ("faster", "quicker")


def baseline_asked(question: str) -> BaselineAsked | None:
    """ "What chip is the Corsair compared against?", "what older AMD chip is the MI350 being measured
    against?", "which Nvidia chip does d-Matrix compare its Corsair against?" (sets 58, 71): the
    baseline of a chip's comparison claims is asked, which the comparisons report names. None for
    any other question."""
    question = re.sub(r"(?i)^(\s*(?:what|which))['’]s\b", r"\1 is", question)  # "What's ... measured against?"
    found = (
        _BASELINE_PASSIVE.match(question)
        or _BASELINE_TRAILING.match(question)
        or _BASELINE_FRONTED_ACTIVE.match(question)
        or _BASELINE_ACTIVE.match(question)
        or _BASELINE_FRONTED.match(question)
        or _BASELINE_USED.match(question)
        or _BASELINE_SAID_FASTER.match(question)
    )
    if found is None:
        return None
    groups = found.groupdict()
    multiple = groups.get("multiple")
    return BaselineAsked(
        found["chip"].strip(),
        (found["designer"] or "").strip(),
        (groups.get("claimant") or "").strip(),
        bool(found["older"]),
        (groups.get("kind") or "").lower() == "gpu",
        _multiples(multiple) if multiple else (),
        (groups.get("faster") or "").lower() in ("faster", "quicker"),
    )


def _multiples(words: str) -> tuple[float, ...]:
    """The multiples said in ``words`` ("up to 35x", "nine times", "twice"), as numbers."""
    return tuple(
        2.0 if m["twice"] else _FACTOR_NUMBERS.get(m["n"].lower()) or float(m["n"].replace(",", ""))
        for m in re.finditer(r"(?i)" + _FACTOR, words)
    )


class FactorSaid(NamedTuple):
    """A multiple said of a chip's comparison claim, and the question with it said as a claim."""

    question: str  # the question without the multiple, in words the claim yes/no reads
    factor: float
    up_to: bool
    #: the question said another way a claim yes/no reads ("... has a memory capacity gain over its
    #: predecessor"), tried when the first does not read as one; "" if none
    also: str = ""
    speed: bool = False  # said as "faster" or "quicker": of a claim of speed


_FACTOR_NUMBERS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0}
_FACTOR_NUMBERS |= {"seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "twice": 2.0}
#: a multiple as people write one: "35x", "3.5 x", "nine times", "4-fold", "up to 35 times", "twice"
_FACTOR = (
    r"(?P<upto>\bup\s*-?\s*to\s*-?\s*)?(?:\b(?P<n>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*x\b|\s*×|\s*-?\s*fold\b|\s+times\b)|\b(?P<twice>twice)\b)"
)
#: "has four times the memory capacity of its predecessor": outperforms it in memory capacity
_FACTOR_OF = re.compile(
    r"(?i)\b(?P<verb>has|have|delivers|deliver|offers|offer|provides|provide|gives|give|with|having)?\s*"
    + _FACTOR
    + r"\s+(?:the|its)\s+(?P<aspect>[\w\s-]+?)\s+(?:of|over|than)\s+(?P<baseline>[^,;?()]+)"
)
#: "is nine times faster than Nvidia's H100", "offers up to 4x faster training than its predecessor"
_FACTOR_THAN = re.compile(
    r"(?i)\b(?P<verb>is|are|be|being|was|offers|offer|delivers|deliver|provides|provide|gives|give|has|have)?\s*"
    + _FACTOR
    + r"\s+(?:faster|quicker|better|higher|more|greater)(?P<aspect>(?:\s+(?!than\b)[\w-]+){0,3}?)\s+than\s+"
)
#: "beat its predecessor by 3x", "improve on it by a factor of 4": the multiple alone goes
_FACTOR_BY = re.compile(r"(?i)\s+by\s+(?:a\s+factor\s+of\s+)?" + _FACTOR + r"(?=[\s,;?)])")
_THIRD_PERSON = {"has", "delivers", "offers", "provides", "gives", "is", "was", "with", "having"}


def factor_said(question: str) -> FactorSaid | None:
    """ "Does the article claim Trainium2 has four times the memory capacity of its predecessor?",
    "Is the Corsair C8 nine times faster than Nvidia's H100?" (sets 40, 46, 66): a multiple said of
    a chip's comparison claim. The question is said again as the claim yes/no reads one ("... outperforms
    its predecessor in memory capacity"), the multiple kept apart to be checked against the claims
    found (Frame.factor_said). None when no multiple is said, or it is said in a form not read here."""
    found = [m for m in re.finditer(r"(?i)" + _FACTOR, question)]
    if len(found) != 1:
        return None
    for pattern in (_FACTOR_OF, _FACTOR_THAN, _FACTOR_BY):
        m = pattern.search(question)
        if m is None:
            continue
        n = 2.0 if m["twice"] else _FACTOR_NUMBERS.get(m["n"].lower()) or float(m["n"].replace(",", ""))
        if pattern is _FACTOR_BY:
            said = question[: m.start()] + question[m.end() :]
        else:
            verb = (m["verb"] or "").lower()
            outperform = "outperforms" if verb in _THIRD_PERSON else "outperform"
            if verb in ("with", "having"):
                outperform = "outperforming"
            aspect = m["aspect"].strip()
            rest = f"{outperform} {m['baseline'].strip()}" if pattern is _FACTOR_OF else f"{outperform} "
            head = question[: m.start()].rstrip()
            opener = re.match(r"(?i)\s*(?:is|are|was|were)\b", head)
            if not verb and opener is not None:  # "Is the MI350 35x faster than ...": "Does the MI350 outperform ..."
                head, rest = "Does" + head[opener.end() :], rest.replace("outperforms", "outperform")
            said = head + " " + rest
            if pattern is _FACTOR_OF:
                also = f"{head} {'have' if outperform == 'outperform' else 'has'} a {aspect} gain over "
                also += m["baseline"].strip() + question[m.end() :]
                said += f" in {aspect}" + question[m.end() :]
                return FactorSaid(
                    re.sub(r"\s+", " ", said).strip(), n, bool(m["upto"]), re.sub(r"\s+", " ", also).strip()
                )
            else:
                after = question[m.end() :]
                said += after if not aspect else re.sub(r"(?=[,;?]|$)", f" in {aspect}", after, count=1)
        speed = pattern is _FACTOR_THAN and bool(re.search(r"(?i)\b(?:faster|quicker)\b", m[0]))
        return FactorSaid(re.sub(r"\s+", " ", said).strip(), n, bool(m["upto"]), speed=speed)
    return None


_BASELINE_HEAD = (
    r"(?is)^\s*(?:what|which)\s+(?:(?P<older>older|earlier|previous|prior)\s+)?"
    r"(?:(?P<designer>[\w.&-]+(?:\s+[\w.&-]+)?)\s+(?=(?:chip|gpu|accelerator|product|part|processor)s?\b))?"
    r"(?:(?P<kind>chip|gpu|accelerator|product|part|processor|baseline)s?\s+)?"
)
_BASELINE_PASSIVE = re.compile(
    _BASELINE_HEAD + r"(?:is|was|are|were)\s+(?P<chip>.+?)\s+(?:(?:being|getting)\s+)?"
    r"(?:compared|measured|benchmarked|pitted|set)\s+(?:against|with|to)\s*\?\s*$"
)
_BASELINE_ACTIVE = re.compile(
    _BASELINE_HEAD + r"(?:does|did)\s+(?P<claimant>[\w.&-]+(?:\s+[\w.&-]+)?)\s+(?:compare|measure|benchmark|pit)\s+"
    r"(?P<chip>.+?)\s+(?:against|with|to)\s*\?\s*$"
)


#: "Against which product is the MI350's up-to-35x inference gain measured?" (set 69)
_BASELINE_FRONTED = re.compile(
    r"(?is)^\s*(?:against|relative\s+to|compared\s+(?:with|to))\s+(?:what|which)\s+"
    r"(?:(?P<older>older|earlier|previous|prior)\s+)?"
    r"(?:(?P<designer>[\w.&-]+(?:\s+[\w.&-]+)?)\s+(?=(?:chip|gpu|accelerator|product|part|processor)s?\b))?"
    r"(?P<kind>chip|gpu|accelerator|product|part|processor|baseline)s?\s+(?:is|are|was|were)\s+(?P<chip>.+?)\s+"
    r"(?:(?:being|getting)\s+)?(?:compared|measured|benchmarked|set)\s*\?\s*$"
)
_BASELINE_NOUN = (
    r"(?:(?P<older>older|earlier|previous|prior)\s+)?"
    r"(?:(?P<designer>[\w.&-]+(?:\s+[\w.&-]+)?)\s+(?=(?:chip|gpu|accelerator|product|part|processor)s?\b))?"
    r"(?P<kind>chip|gpu|accelerator|product|part|processor|baseline)s?"
)
#: "The MI350's headline 'up to 35 times' inference gain is measured against which AMD product?" (set 63)
_BASELINE_TRAILING = re.compile(
    r"(?is)^\s*(?P<chip>.+?)\s+(?:is|are|was|were)\s+(?:(?:being|getting)\s+)?"
    r"(?:compared|measured|benchmarked|set)\s+(?:against|with|to)\s+(?:what|which)\s+" + _BASELINE_NOUN + r"\s*\?\s*$"
)
#: "Against which earlier product does AMD measure the MI350's up-to-35x inference gain?" (set 58)
_BASELINE_FRONTED_ACTIVE = re.compile(
    r"(?is)^\s*(?:against|relative\s+to)\s+(?:what|which)\s+" + _BASELINE_NOUN + r"\s+(?:does|did)\s+"
    r"(?P<claimant>[\w.&-]+(?:\s+[\w.&-]+)?)\s+(?:compare|measure|benchmark)\s+(?P<chip>.+?)\s*\?\s*$"
)
#: "which Nvidia chip does d-Matrix say the Corsair is 9x faster than?" (set 67)
_BASELINE_SAID_FASTER = re.compile(
    _BASELINE_HEAD + r"(?:does|did)\s+(?P<claimant>[\w.&-]+(?:\s+[\w.&-]+)?)\s+(?:say|claim|report)\s+(?:that\s+)?"
    r"(?P<chip>.+?)\s+(?:is|was)\s+(?P<multiple>" + _FACTOR + r")\s+(?P<faster>faster|quicker|better)\s+than\s*\?\s*$"
)
#: "Which GPU does d-Matrix use as the baseline for its 'nine times faster' claim for the Corsair C8?"
_BASELINE_USED = re.compile(
    _BASELINE_HEAD + r"(?:does|did)\s+(?P<claimant>[\w.&-]+(?:\s+[\w.&-]+)?)\s+use\s+as\s+(?:the|a|its)\s+"
    r"baseline\s+(?:for|of|in)\s+(?P<chip>.+?)\s*\?\s*$"
)


def claim_described(words: str) -> tuple[str, str, tuple[float, ...]] | None:
    """ "the MI350's up-to-35x inference gain", "its 'nine times faster' GenAI claim for the Corsair
    C8": a chip's claim described by what it measures and its multiples, as (the chip's words, the
    claim said as a value question reads it ("What is the MI350's inference gain?"), the multiples
    said). None when the words are not a chip's claim so described (a chip's name alone)."""
    multiples = _multiples(words)
    bare = re.sub(r"(?i)" + _FACTOR + r"(?:\s+(?:faster|quicker|better|higher|more))?", " ", words)
    bare = re.sub(r"['‘’\"“”]\s*['‘’\"“”]|\bheadline\b|-(?=\s)", " ", bare)
    bare = re.sub(r"\s+", " ", bare).strip()
    of_chip = re.match(r"(?is)^(?:its|their)\s+(?P<claim>.+?)\s+(?:for|of)\s+(?P<chip>.+)$", bare)
    owned = re.match(r"(?is)^(?P<chip>.+?)['’]s\s+(?P<claim>.+)$", bare)
    found = of_chip or owned
    if found is None or not re.search(
        r"(?i)\b(?:gains?|claims?|improvements?|increases?|speed-?ups?|advantages?|multiples?)\s*$", found["claim"]
    ):
        return None
    chip = found["chip"].strip()
    # "its GenAI claim": a claim named by what it measures, asked as the gain it states
    claim = re.sub(r"(?i)\bclaim(s?)\s*$", r"gain\1", found["claim"].strip())
    return chip, f"What is {chip}'s {claim}?", multiples


def exclusions_apart(question: str) -> str:
    """ "...? Leave out per-die figures and any SRAM given without a size.", "Excluding the Corsair and
    any Groq chip, which ..." (set 71, red team 80): an exclusion that joins two kinds of thing set
    aside with "and any" ("and all", "and every") is two exclusions: the first read as the question's
    own ("excluding per-die figures", "excluding the Corsair"), the second as its parenthesis ("(leave
    out any Groq chip)"), each as it is read alone. Read whole, the second became a condition of the
    answer (the Groq LPU answered, the chip to leave out) or a lack of SRAM. Anything else is left as
    it was."""
    found = _EXCLUSIONS_JOINED.match(question)
    if found is not None:  # closing the question
        return f"{found['head']}, excluding {found['first']} (leave out {found['second']})?"

    def apart(m: re.Match[str]) -> str:
        if question[: m.start()].count("(") > question[: m.start()].count(")"):
            return m[0]  # inside a parenthesis ("(exclude Gaudi 3's per-node number and any cluster totals)")
        return f"{m['verb']} {m['first']} (leave out {m['second']})"

    return _EXCLUSION_AND_ANY.sub(apart, question)


_SETTING_ASIDE_WORDS = (
    r"leaving\s+out|leave\s+out|setting\s+aside|set\s+aside|excluding|except(?:\s+for)?|other\s+than|"
    r"apart\s+from|aside\s+from|ignoring|ignore|besides"
)
#: the words of setting aside above, and those that only open an exclusion list ("skip the Gaudi 3
#: and any Google chip")
_EXCLUSION_VERBS = _SETTING_ASIDE_WORDS + r"|exclude|omit|omitting|skip|skipping|not\s+counting"
_EXCLUSIONS_JOINED = re.compile(
    r"(?is)^(?P<head>[^?]*?[^\s?,])\s*(?:\?\s+|,\s+)"
    rf"(?P<verb>{_EXCLUSION_VERBS}|but\s+not|without)"
    r"\s+(?P<first>[^.?;()]+?)\s+(?:and|or)\s+(?P<second>(?:any|all|every)\s+[^.?;()]+?)\s*[.?!]?\s*$"
)
# "but not the Corsair or any Meta chip", "without the Corsair and any Meta chip" (red team 81) as well
_EXCLUSION_AND_ANY = re.compile(
    rf"(?i)\b(?P<verb>{_EXCLUSION_VERBS}|but\s+not|without)\s+(?P<first>[^.?;(),]+?)\s+(?:and|or)\s+"
    r"(?P<second>(?:any|all|every)\s+[^.?;(),]+?)(?=\s*[.,;?]|\s*$)"
)


def parentheses_apart(question: str) -> str:
    """ "(per-die, per-core and unsized SRAM excluded)", "(excluding node-level totals, cluster-level
    totals and integer OPS figures)", "(per-die figures not summed; hedges at face value)" (sets 40-73):
    a parenthesis that sets several things aside at once, each of a kind read alone, is that many
    parentheses, one a thing ("(per-die excluded) (per-core excluded) (SRAM with no stated size
    excluded)"). Setting aside a list is setting aside each of it, so the reading is the same; tried
    only where the whole parenthesis is not read. A list whose earlier parts relate something ("chips
    with HBM and SRAM", "both ... and ...") is left whole: split, it would leave out more. The
    question unchanged where no parenthesis splits."""

    def apart(m: re.Match[str]) -> str:
        inner = _UNSIZED.sub(r"\2 with no stated size", m["inner"].strip())
        if _PAIRED.search(inner):
            return m[0]
        clauses = []
        for chunk in (c.strip() for c in inner.split(";")):
            joined = re.split(r"(?i),\s+and\s+", chunk)
            if len(joined) == 2 and all(_EXCLUSION_OPENING.match(c) or _EXCLUSION_CLOSING.match(c) for c in joined):
                clauses.extend(joined)  # "(per-die figures excluded, and chips with no size left out)"
            elif chunk:
                clauses.append(chunk)
        parts = []
        for clause in clauses:
            listed = _excluded_list(clause)
            if (
                listed is None  # "hedges at face value": a parenthesis of its own
                or len(listed) < 2  # "SambaNova's own platform does not count": as said
                or any(_RELATING.search(p) for p in listed[:-1])  # "chips with HBM and SRAM"
                or any(_NAME_LED.match(p) for p in listed)  # "the Groq LPU, the MTIA v2 and the CS-3"
            ):
                parts.append(clause)
            else:
                parts.extend(f"{p} excluded" for p in listed)
        return m[0] if len(parts) < 2 else " ".join(f"({p})" for p in parts)

    return _PARENTHESIS.sub(apart, question)


def _excluded_list(clause: str) -> list[str] | None:
    """The things a clause sets aside ("excluding A, B and C", "A and B left out"), or None."""
    found = _EXCLUSION_OPENING.match(clause) or _EXCLUSION_CLOSING.match(clause)
    if found is None or not _LAST_JOINED.search(found["list"]):
        return None  # "(not per node, per cluster)": a list with no "and"/"or" may set one thing against another
    parts = [p.strip() for p in _LIST_JOINER.split(found["list"])]
    return parts if all(parts) else None


_PARENTHESIS = re.compile(r"\((?P<inner>[^()]+)\)")
_UNSIZED = re.compile(r"(?i)\b(unsized|unquantified)\s+(SRAM|HBM|memory|on-chip\s+memory)\b")
_EXCLUSION_OPENING = re.compile(rf"(?is)^(?P<verb>{_EXCLUSION_VERBS})\s+(?P<list>.+)$")
_EXCLUSION_CLOSING = re.compile(
    r"(?is)^(?P<list>.+?)\s+(?P<tail>(?:are\s+|is\s+)?(?:excluded|left\s+out|ignored|set\s+aside|dropped|omitted|"
    r"skipped|disregarded|not\s+counted|not\s+summed|(?:don't|do\s+not|doesn't|does\s+not)\s+(?:count|qualify)))$"
)
_LAST_JOINED = re.compile(r"(?i)\s(?:and|or)\s+\S+(?:\s+\S+)*$")
_LIST_JOINER = re.compile(r"(?i),\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: words that relate the part before a conjunction to what follows it ("chips with HBM and SRAM")
_RELATING = re.compile(
    r"(?i)\b(?:with|without|by|on|that|which|whose|who|where|using|use|having|has|have|made|built|from|in|"
    r"between|of|as|than|to|for)\b"
)
_PAIRED = re.compile(r"(?i)\b(?:both|between|either|neither|each\s+other)\b")
_NAME_LED = re.compile(r"^(?:the\s+[A-Z0-9]|[A-Z][a-z])")


def but_as_except(question: str, lex: Lexicon) -> str:
    """ "Are all chips but the Apple M4 on 3nm?", "the most SRAM any chip but the Corsair C8 has", "more
    SRAM than all but the Corsair C8" (red team 84): "but" after a quantified word for chips ("all",
    "every", "any", "no" ... chip) sets the name after it aside, as "other than" does; read as "and"
    (its role elsewhere), the name became the one chip asked about and its own figure was answered.
    "all but X" with no noun says every chip, where a name follows ("all but rules out" is "almost"
    rules out, set 26). "but not", "but also" and a "but" after anything else are left as they were."""

    def other_than(m: re.Match[str]) -> str:
        if not m["noun"]:
            after = [x for x in segment(question[m.end() :], lex) if not (x.kind == "word" and x.role == "filler")]
            if not after or after[0].kind != "entity":
                return m[0]
        noun = m["noun"] or " chips"
        return f"{m['q']}{noun} other than "

    question = _BUT_AFTER_QUANTIFIER.sub(other_than, question)

    def named_after(m: re.Match[str]) -> str:
        # "the highest clock but the M4", "Which chip but Gaudi 3 has ...", "chips on 7nm but groq?"
        # (red team 85): a name right after "but" is set aside; a clause after it ("but the M4 is on
        # 3nm"), a verb or a condition ("but made by TSMC") is no name
        if m["lead"].lower() in ("anything", "everything", "nothing", "anyone", "everyone"):
            return m[0]  # "Anything but Intel.": a sentence of its own, refused as one (test_ask_redteam14)
        after = [x for x in segment(question[m.end() :], lex) if not (x.kind == "word" and x.role == "filler")]
        if not after or after[0].kind != "entity":
            return m[0]
        rest = after[1:2]
        asked = _WH_CHIP_BEFORE.search(question[: m.end("lead")]) is not None  # "Which chip but the M4 is ..."
        if not asked and rest and rest[0].kind == "word" and rest[0].role in ("aux", "neg", "cmp"):
            return m[0]  # "but the Groq LPU is ...", "but the M4 isn't": a clause of its own
        return f"{m['lead']} other than "

    return _BUT_BEFORE_A_NAME.sub(named_after, question)


_BUT_AFTER_QUANTIFIER = re.compile(
    r"(?i)\b(?P<q>all|every|any|each|no|none|another|a)(?P<noun>\s+(?:(?:of\s+)?the\s+)?(?:other\s+)?"
    r"(?:chips?|accelerators?|processors?|parts?|gpus?|asics?|devices?|ones?))?\s+but(?:\s+for)?\s+"
    r"(?!not\b|also\b|only\b|rather\b|which\b|what\b)"
)


_WH_CHIP_BEFORE = re.compile(
    r"(?i)\b(?:which|what)\s+(?:[\w-]+\s+)?(?:chips?|accelerators?|processors?|parts?|gpus?|asics?|devices?|ones?|one)$"
)
_BUT_BEFORE_A_NAME = re.compile(
    r"(?i)(?P<lead>[\w'’)]+),?\s+but(?:\s+for)?\s+(?!not\b|also\b|only\b|rather\b|which\b|what\b|is\b|are\b|does\b|do\b)"
)


def added_to_some(question: str) -> str | None:
    """ "Is any chip in addition to the Apple M4 on 3nm?", "Which chip, along with the Groq LPU, runs
    at 1.2 GHz?" (red team 84): a name added to a chip asked for says the name fits too, and asks for
    the others; read as "and", the name became the chip answered. The words that add it, or None."""
    found = _ADDED_TO_SOME.search(question)
    return None if found is None else found["added"] or found["opening"]


_ADDED_TO_SOME = re.compile(
    r"(?i)\b(?:any|a|another|which|what|some|all|every)\s+(?:other\s+)?(?:chips?|accelerators?|processors?|parts?|"
    r"gpus?|asics?|devices?|ones?|one)\s*,?\s+(?P<added>in\s+addition\s+to|as\s+well\s+as|along\s+with|"
    r"together\s+with|alongside|plus|on\s+top\s+of)\b"
    # "In addition to Gaudi 3, which chips use HBM?" (red team 107: Gaudi 3's capacity answered): the
    # words that add it opening the question
    r"|^\s*(?P<opening>in\s+addition\s+to|as\s+well\s+as|along\s+with|together\s+with|alongside|on\s+top\s+of)\b"
)


def where_deployed(question: str) -> str:
    """ "Where does the Maia 100 actually run?", "where is Trainium2 deployed?" (set 71): the place a
    chip runs is the platform it is deployed on, which "what is the Maia 100 deployed on?" asks."""
    found = _WHERE_DEPLOYED.match(question)
    if found is None:
        return question
    return f"What is {found['chip'].strip()} deployed on{found['rest']}"


_WHERE_DEPLOYED = re.compile(
    r"(?is)^\s*where\s+(?:does|do|is|are|can)\s+(?P<chip>.+?)\s+(?:actually\s+|really\s+)?"
    r"(?:run|runs|deployed|available|offered|hosted|live|lives)\b(?:\s+on)?(?P<rest>\s*(?:[,?.!].*)?)$"
)


def whose_chip(question: str) -> str:
    """ "whose chip is Trillium?" (set 72): the organization whose chip it is designs it, as "who
    designs Trillium?" asks."""
    found = _WHOSE_CHIP.match(question)
    return question if found is None else f"Who designs {found['chip'].strip()}{found['rest']}"


_WHOSE_CHIP = re.compile(
    r"(?is)^\s*whose\s+(?:chip|gpu|tpu|processor|accelerator|part|product)\s+(?:is|was)\s+"
    # (not "whose chip is the Corsair C8 compared against": the baseline's maker is asked)
    r"(?P<chip>(?:(?!\b(?:compared|against|than|versus|vs)\b)[^?,])+?)"
    r"(?:\s+anyway)?(?P<rest>\s*\?.*)$"
)


_CHIP_NOUN = r"(?:chip|gpu|asic|accelerator|processor|tpu|npu|soc|part|device)"
#: "the 5nm GPU's SRAM", "What's the 12nm chip's transistor count?": a figure of one described chip
_POSSESSED_FIGURE = re.compile(
    r"(?is)^\s*(?P<head>(?:what\s+is|what['’]s|give\s+me|tell\s+me|show\s+me)\s+)?the\s+"
    r"(?P<desc>(?:(?!(?:which|what|that|who|how)\b)[\w./-]+\s+){0,4}?"
    + _CHIP_NOUN
    + r"(?:['’]s|s['’]|s(?=['’])))['’]?\s+(?P<figure>[^?(),;:]+?)\s*\??\s*$"
)
#: "SRAM of the 90 W chip", "cores of the wafer-scale chip": a fragment asking one described chip's figure
_FRAGMENT_FIGURE = re.compile(
    r"(?is)^\s*(?:(?:give|show|list|tell)(?:\s+me)?\s+(?:the\s+)?)?"
    r"(?!(?:what|which|who|whose|how|is|are|does|do|did|can|list|show|name|rank|give|tell|order|sort|"
    r"count|compare|any|each|all|none|one|some|most|both|either|neither|many|few|several)\b)"
    # "power of the 7nm chips", "SRAM of the 150 W card", "the transistor counts of the chips suited to
    # training" (red team 82): chips described in the plural, as a card, or by a clause after them
    r"(?P<figure>[\w\s-]+?)\s+of\s+the\s+(?P<desc>(?:(?!(?:which|what|that|who|how)\b)[\w./-]+\s+){0,4}?(?:"
    + _CHIP_NOUN
    + r"|card)s?"
    r"(?:\s+(?:suited|meant|used|built|made|designed|aimed|targeted)\s+(?:to|for|by|on)\s+[\w\s-]+?)?)\s*[?.]?\s*$"
)
#: a figure said of one chip described ("of the 90 W chip", "the 5nm GPU's"), in any question
FIGURE_OF_ONE_DESCRIBED = re.compile(
    r"(?i)\bof\s+the\s+(?:(?!(?:which|what|that|who|how)\b)[\w./-]+\s+){0,4}?"
    + _CHIP_NOUN
    + r"\b(?!s)|\bthe\s+(?:(?!(?:which|what|that|who|how)\b)[\w./-]+\s+){0,4}?"
    + _CHIP_NOUN
    + r"['’]s\b"
)


def figure_of_described(question: str) -> str:
    """ "SRAM of the 90 W chip", "the 5nm GPU's SRAM", "What's the 12nm chip's transistor count?" (red
    team 81): a figure of one chip described by its figures, kind or node, said as a fragment or
    with the chip first, said again as "What is the SRAM of the 90 W chip?", which reads the chip
    the description fits (as a list, it was answered with the chips it fits and no figure, or with
    the describing figure). Anything else is left as it was."""
    found = _POSSESSED_FIGURE.match(question) or _FRAGMENT_FIGURE.match(question)
    if found is None:
        return question
    figure = re.sub(r"(?i)^the\s+", "", found["figure"].strip())
    desc = re.sub(r"['’]s?$", "", found["desc"].strip())  # "the 5nm GPU's", "the 7nm chips'"
    return f"What is the {figure} of the {desc}?"


#: "(MI350 has none, so it drops out)", "(SN40L's SRAM has no size, so it's out)", "(CS-3 has no stated
#: foundry, so it can't count)" (set 73): a chip set aside, with why
_DROPS_OUT = re.compile(
    r"(?i)\(\s*(?:the\s+)?(?P<chip>[a-z0-9][\w.\- ]*?)(?:['’]s\b[^(),;]*?)?\s+(?:has|have|gives|lists|states)\s+"
    r"(?:no|none)\b[^()]*?,?\s*(?:so|and)\s+(?:it|they|that\s+chip)\s*(?:['’]s|is|are)?\s*"
    r"(?:drops?\s+out|out|excluded|left\s+out|can['’]?t\s+count|cannot\s+count|doesn['’]t\s+count|does\s+not\s+count|"
    r"don['’]t\s+count)\s*\)"
)


#: "(the sparse figure, not the 3.5x dense one)", "(the efficiency gain, not the 4.7x peak-compute
#: multiple)", "(not dense compute, and not the 3x key-model figure)" (sets 33, 61, 67, 73, 74)
_CLAIM_SET_ASIDE = re.compile(r"(?i)\((?P<inner>[^()]*\bnot\b[^()]*?" + _FACTOR + r"[^()]*)\)")


def claims_set_aside(question: str) -> tuple[str, tuple[str, tuple[float, ...]]] | None:
    """A parenthesis beside a claim asked that sets other claims aside by their multiples: the question
    without it, and (its words, the multiples said), checked against the claims answered
    (Frame.claims_aside). None where there is none."""
    found = _CLAIM_SET_ASIDE.search(question)
    if found is None:
        return None
    return question[: found.start()] + question[found.end() :], (found["inner"], _multiples(found["inner"]))


def drops_out(question: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """ "Of the 7nm chips, which has the most on-chip SRAM (SN40L's SRAM has no size, so it's out)?":
    a parenthesis that sets one chip aside for lacking a figure. The question without it, and each
    (the parenthesis, the chip's words): the chip is set aside as changing nothing, checked when
    answered (Frame.chips_aside), since it says the chip lacks what the answer rests on; an answer
    that holds it shows the premise false, and is refused."""
    found = tuple((m[0].strip("() "), m["chip"].strip()) for m in _DROPS_OUT.finditer(question))
    return _DROPS_OUT.sub("", question), found


def how_stated(question: str) -> str:
    """ "How is the IBM NorthPole's 8-bit throughput stated?" (set 71), "how does the article state
    X": the figure as the article gives it, which "what is X" answers (with its hedge and unit)."""
    found = _HOW_STATED.match(question)
    if found is None:
        return question
    return f"What is {found['what'] or found['object']}{found['rest']}"


_HOW_STATED = re.compile(
    r"(?is)^\s*how\s+(?:(?:is|are)\s+(?P<what>(?:the|its|their)\b[^?]*?|[^?]*?'s\b[^?]*?)"
    r"\s+(?:stated|given|written|worded|expressed|reported|quoted)"
    r"|does\s+the\s+article\s+(?:state|give|word|write|report)\s+(?P<object>(?:the|its|their)\b[^?]*?|[^?]*?'s\b[^?]*?))"
    r"(?:\s+in\s+the\s+article)?(?P<rest>\?.*)$"
)


def taken_if(question: str) -> str:
    """ "which has the fewest if lower-bound ('over') figures are taken at their stated value?" (set
    71): a condition that says how to take figures says what ", taking lower-bound figures at their
    stated value" says, and is read as that aside is (words.tsv ``aside`` "taking")."""
    return _TAKEN_IF.sub(lambda m: f", taking {m['what']} {m['at']}", question)


_TAKEN_IF = re.compile(
    r"(?i),?\s+\bif\s+(?P<what>(?:the\s+|any\s+|all\s+)?[^,?;.]{1,60}?\b(?:figures?|bounds?|values?|numbers?|claims?))"
    r"\s+(?:are|is)\s+(?:taken|treated|read|counted|used)\s+"
    r"(?P<at>at\s+(?:face\s+value|(?:their|its|the)\s+(?:stated|face)\s+(?:values?|numbers?)))"
)


def not_counted_after(question: str) -> str:
    """ "...? Per-die and per-core figures don't qualify on their own.", "...? Chips with no stated
    size do not count.": a sentence after the question that says what does not count says what a
    parenthesis "(per-die and per-core figures excluded)" says, and is read as that one is (set 69:
    read as a question of its own, "per die" and "per core" were two scopes asked)."""
    found = _NOT_COUNTED_AFTER.match(question)
    if found is None:
        return question
    return f"{found['head']} ({found['what']} excluded)?"


_NOT_COUNTED_AFTER = re.compile(
    r"(?is)^(?P<head>[^?]*[^?\s])\s*\?\s+(?P<what>[^.?!()]+?)\s+(?:don't|do\s+not|doesn't|does\s+not|"
    r"won't|will\s+not|shouldn't|should\s+not)\s+(?:count|qualify)(?:\s+on\s+(?:their|its)\s+own|\s+here)?"
    r"\s*[.!]?\s*$"
)


def set_aside_after(question: str) -> str:
    """ "...? Ignore chips whose SRAM size is not given.", "...? Exclude per-card figures.": a sentence
    after the question that only says what to leave out says what a parenthesis "(ignoring chips
    whose SRAM size is not given)" says, and is read as that one is (set 82: read as a question of
    its own, its negation was said to exclude every chip)."""
    found = _SET_ASIDE_AFTER.match(question)
    if found is None or re.search(r"(?i)\bper\b", found["what"]):
        # "Ignore per-core memory." beside chips that have SRAM: the parenthesis it would be is not
        # checked against memories stated only per core (red team 113: the Grayskulls kept)
        return question
    verb = found["verb"].lower().split()[0]
    said = {"exclude": "excluding", "leave": "leaving out", "omit": "leaving out"}.get(verb, "ignoring")
    return f"{found['head']} ({said} {found['what']})?"


_SET_ASIDE_AFTER = re.compile(
    r"(?is)^(?P<head>[^?]*[^?\s])\s*\?\s+(?:please\s+)?(?P<verb>ignore|exclude|disregard|skip|leave\s+out|omit)\s+"
    r"(?P<what>[^.?!();]+?)\s*[.!]?\s*$"
)


def why_set_aside(question: str) -> str:
    """ "Leaving out the Apple M4 (its 3.5 GHz is an 'up to' CPU clock) and the IBM NorthPole (a
    nominal clock), ...", "Setting aside the Apple M4, whose 3.5 GHz is an 'up to' CPU clock, ...":
    why a chip is set aside, said of its figure's hedge (sets 64, 67). What is said of a chip the
    answer leaves out cannot change it; it is kept as a premise, a rider taking the chip's figure as
    stated with that hedge (and number), checked as one is (chipkg.ask.parse.riders): "the Apple
    M4's 'up to 3.5 GHz' taken as stated". Anything else is left as it was."""

    def taken(m: re.Match[str]) -> str:
        chip = m["chip"].strip()
        owner = chip if chip.lower().startswith("the ") else f"the {chip}"
        figure = f"{m['hedge']} {m['qty']}" if m["qty"] else m["hedge"]
        noun = "" if m["qty"] else " figure"
        return f"{m['lead']}{chip} ({owner}'s '{figure}'{noun} taken as stated){m['end']}"

    return _WHY_SET_ASIDE.sub(taken, question)


#: a chip set aside, then why: "(its 3.5 GHz is an 'up to' CPU clock[, not ...])", "(a nominal clock)",
#: ", whose 3.5 GHz is an 'up to' CPU clock,"
_WHY_SET_ASIDE = re.compile(
    rf"(?i)(?P<lead>(?:\b(?:{_SETTING_ASIDE_WORDS})|(?<=\) )and)\s+(?:(?:the\s+)?[^\s,()]+\s+(?:and|or)\s+)?)"
    r"(?P<chip>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})"
    r"(?:\s*\(\s*|,\s*whose\s+)(?:its\s+)?(?:(?P<qty>\d[\d.,]*\s*[a-z]+)\s+is\s+)?an?\s+"
    r"'?(?P<hedge>up\s+to|nominal|typical|approximate|over|about|around)'?\s+[\w -]*?"
    r"(?:,\s*not\s+[\w -]+)?(?P<end>\)|,)"
)


def else_beside_exclusion(question: str) -> str:
    """ "Besides AMD, who else is in the UXL group?": "else" after a question word says the answer
    leaves out what the exclusion names, which the exclusion reads; it goes. Without an exclusion
    ("who else is in it?") it refers to an earlier answer, and stays to be refused (set 69)."""
    if not _EXCLUSION_SAID.search(question):
        return question
    return _WH_ELSE.sub(lambda m: m[1], question)


_WH_ELSE = re.compile(r"(?i)\b(who|which|what|where)\s+else\b")
_EXCLUSION_SAID = re.compile(
    r"(?i)\b(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|excluding)\s+\w"
)


def same_of_a_pair(question: str) -> str | None:
    """ "Are the Gaudi 3 and Maia 100 on the same process node?", "gaudi 3 and maia 100 same node"
    (set 70): two things said to share a relation's value, asked as "Is the Gaudi 3 on the same
    process node as the Maia 100?" is (read and checked as that is: both must be chips, the relation
    one to group chips by). None for any other question."""
    found = _SAME_OF_A_PAIR.match(question)
    if found is None:
        return None
    return f"Is the {found['a']} on the same {found['rel']} as the {found['b']}?"


_SAME_OF_A_PAIR = re.compile(
    r"(?is)^\s*(?:(?:are|is|do|does)\s+)?(?:the\s+)?(?P<a>[^,?()]+?)\s+and\s+(?:the\s+)?(?P<b>[^,?()]+?)\s+"
    r"(?:(?:both\s+)?(?:on|use|using|share|sharing|have|having|made\s+by|built\s+on|fabricated\s+on|from|"
    r"designed\s+by)\s+)?(?:the\s+)?same\s+(?P<rel>[a-z][a-z -]{1,30}?)\s*\??\s*$"
)


def same_figure_said(question: str) -> str:
    """ "Which chips share an identical stated clock speed of 1.2 GHz?", "chips with the same SRAM of
    230 MB": a figure said with "same" or "identical" is the figure each chip has, as "a clock speed
    of 1.2 GHz" says; "same" was read only as "the same node as <chip>" and refused (set 67)."""
    return _SAME_FIGURE.sub(lambda m: f"{'have ' if m['verb'] else ''}a {m['what']} of {m['n']}", question)


_SAME_FIGURE = re.compile(
    r"(?i)\b(?:(?P<verb>share|have|with)\s+)?(?:an?\s+identical|the\s+same|an?\s+equal)\s+"
    r"(?P<what>[a-z][\w -]{1,40}?)\s+of\s+(?P<n>\d[\d.,]*\s*[a-z]+)"
)


_HEDGED_OR_NOT = re.compile(
    r"(?i)\b(?:whether\s+)?(?:hedged\s+or\s+(?:not|unhedged)|with\s+or\s+without\s+(?:a|any|their|its)\s+hedges?)\b"
)


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


#: a unit as typed ("PetaOPS", "TB/s", "MHz")
_U = r"[A-Za-z][A-Za-z/²0-9]*"
#: remarks that say figures in two units are compared after conversion, which every comparison does
_CONVERSIONS = [
    re.compile(p, re.I)
    for p in (
        rf"(?:with\s+|and\s+)?(?:the\s+)?(?P<a>{_U})(?:\s+figures?)?\s+converted\s+(?:in)?to\s+(?P<b>{_U})",
        rf"(?:and\s+)?converting\s+(?:the\s+)?(?P<a>{_U})(?:\s+figures?)?\s+(?:in)?to\s+(?P<b>{_U})",
        rf"counting\s+(?P<a>{_U})\s+and\s+(?P<b>{_U})(?:\s+figures)?\s+alike",
        rf"(?:with\s+)?(?P<a>{_U})\s+and\s+(?P<b>{_U})(?:\s+figures)?\s+(?:counted\s+|taken\s+|treated\s+|read\s+)?alike",
        rf"(?:while\s+)?bearing\s+in\s+mind\s+(?:that\s+)?(?:one|some)(?:\s+figures?)?\s+(?:is|are)\s+"
        rf"(?:given|quoted|stated)\s+in\s+(?P<a>{_U})\s+and\s+(?:the\s+rest|others|the\s+others)"
        rf"(?:\s+(?:are|is))?(?:\s+(?:given|quoted|stated))?\s+in\s+(?P<b>{_U})",
    )
]


def _alike_units(a: str, b: str) -> bool:
    """Whether two units as typed measure one thing (a dimension, and of performance one kind of
    operation): PetaOPS and TOPS do, TFLOPS and TOPS or GB and GHz do not."""
    from chipkg.ask.parse.segment import _operations, _quantity_readings

    da = {d for d, _ in _quantity_readings("1", a) if d != "count"}
    db = {d for d, _ in _quantity_readings("1", b) if d != "count"}
    return bool(da & db) and _operations(a) == _operations(b)


def _unit_conversion_said(question: str) -> str:
    """ "(PetaOPS converted to TOPS)", "converting PetaOPS to TOPS", "counting TOPS and PetaOPS
    figures alike", "bearing in mind some figures are given in MHz and others in GHz": every
    comparison is of normalized values, so a remark that figures in two units of one measure are
    compared as one changes nothing, and goes. Units of two measures or two kinds of operation
    (TFLOPS and TOPS) keep the remark, which is then refused as any unknown words are."""
    for pattern in _CONVERSIONS:
        m = pattern.search(question)
        if m is None or not _alike_units(m["a"], m["b"]):
            continue
        question = _tidied(question[: m.start()] + question[m.end() :])
    return question


def _tidied(question: str) -> str:
    """The question after a remark was cut from it, without the punctuation the cut left: an empty
    parenthesis, a comma doubled or next to a bracket, the end or the start, and spaces before
    punctuation or doubled."""
    question = re.sub(r"\(\s*\)", "", question)
    question = re.sub(r"\(\s*,\s*", "(", question)
    question = re.sub(r",\s*,", ",", question)
    question = re.sub(r"^\s*,\s*|\s*,\s*(?=[?.!)]?\s*$)", "", question)
    question = re.sub(r",\s*([?.!)])", r"\1", question)
    question = re.sub(r"\s+([?.!,)])", r"\1", question)
    return re.sub(r"\s{2,}", " ", question).strip()


#: a part of a parenthesis that sets figures of scopes aside, said after them ("node and cluster
#: figures excluded", "per-die and per-core figures set aside")
_SCOPES_SET_ASIDE = re.compile(
    r"(?i)^(?:[\w-]+(?:,?\s+(?:and|or)\s+|,\s+|\s+)){0,6}?(?:figures?|numbers?|values?|totals?|ratings?)\s+"
    r"(?:excluded|left\s+out|set\s+aside|aside|ignored|not\s+counted|disregarded)$"
)
_SCOPE_WORD = re.compile(r"(?i)\b(?:per[- ]\w+|node|cluster|system|card|die|core|pod|board)s?\b")


def _scope_exclusion_last(question: str) -> str:
    """ "(node and cluster figures excluded, vendor claims taken as stated, precision set aside)": a
    part of a parenthesis (between commas) that sets figures of some scopes aside is moved last, where
    a part said so is read ("(..., node and cluster figures excluded)": per-chip figures only); the
    parts of a parenthesis are remarks each, whose order changes nothing. Any other text as it is."""

    def moved(m: re.Match[str]) -> str:
        parts = [p.strip() for p in m.group(1).split(",")]
        for k, part in enumerate(parts[:-1]):
            if _SCOPES_SET_ASIDE.match(part) and _SCOPE_WORD.search(part):
                return "(" + ", ".join([*parts[:k], *parts[k + 1 :], part]) + ")"
        return m.group(0)

    return re.sub(r"\(([^()]*,[^()]*)\)", moved, question)


#: a clause that accepts figures of scopes as they are ("accepting per-system and per-cluster scopes as
#: given", "and accepting whatever scope each figure has (per system, cluster or card)")
_ACCEPTING = re.compile(
    r"(?i)(?P<lead>,?\s*\band\s+|,\s*|^\s*|(?<=\())(?:accepting|taking|counting|including)\s+"
    r"(?P<what>whatever\s+scope\s+each\s+figure\s+has(?:\s*\([^()]*\))?"
    r"|(?:(?:an?|any|all|the|every)\s+)?(?P<scopes>(?:[\w-]+(?:,\s*|\s+(?:and|or)\s+|\s+)){1,8}?)"
    r"(?:scopes?|figures?|numbers?|values?)(?:\s+as\s+(?:given|stated|quoted))?)"
    r"(?=\s*(?:[,;:)?]|$))"
)
#: the words a list of scopes may hold ("per-system", "dual-card", "cluster")
_SCOPE_LIST_WORD = re.compile(
    r"(?i)^(?:per-?\w+|(?:single|dual|two|multi)-(?:card|chip|die)|system(?:-level)?|cluster(?:-level)?|card|"
    r"chip|node|pod|die|core|level|whatever|each|scope)$"
)


def _scopes_accepted(question: str) -> str:
    """ "Accepting per-system and per-cluster scopes as given, which chip ...": a clause that takes
    figures of other scopes as they are; for a measure stated at every scope (a model size, a
    scale-out), whose figures compete at every scope anyway, each shown with its scope, it changes
    nothing. The question without it (the caller keeps it only for such a measure); any other text
    as it is."""
    m = _ACCEPTING.search(question)
    if m is None:
        return question
    if m["scopes"] is not None and not all(
        _SCOPE_LIST_WORD.match(w) for w in re.split(r"[\s,]+", m["scopes"]) if w and w.lower() not in ("and", "or")
    ):
        return question
    return _tidied(question[: m.start()] + ("," if m["lead"].strip().startswith(",") else "") + question[m.end() :])


#: an open-ended wording of one owner's figure, quoted ("SambaNova's unquantified 'multi-trillion' claim")
_OPEN_ENDED_QUOTED = re.compile(
    r"(?i)(?P<owner>\b(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?)['’]s\s+(?:[a-z-]+\s+){0,2}"
    r"'(?:multi-[a-z]+|thousands)'(?:\s+(?:claim|wording|figure|phrasing|number|estimate|description))?"
    r"(?!\s+(?:as|at)\b)"
)


#: the same wording with its owner after it ("the vague 'multi-trillion' claim for the SN40L")
_OPEN_ENDED_QUOTED_OF = re.compile(
    r"(?i)\b(?:the\s+)?(?:(?:vague|unquantified|open-ended|unspecified|imprecise|loose)\s+){0,2}"
    r"'(?:multi-[a-z]+|thousands)'"
    r"(?:\s+(?:claim|wording|figure|phrasing|number|estimate|description))?\s+(?:for|of)\s+"
    r"(?P<owner>(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?)(?=\s*(?:[,;:)?.!]|$))"
)


def _open_ended_figure_named(question: str) -> str:
    """ "Excluding SambaNova's unquantified 'multi-trillion' claim, rank ...": an owner's open-ended
    wording, quoted ("multi-", "thousands": no number the figure could be compared by), set aside
    names the owner's figure, read as the owner set aside ("Excluding SambaNova, rank ..."), and so
    does one whose owner follows ("the vague 'multi-trillion' claim for the SN40L", set 47); the
    caller keeps the reading only for a measure whose figures are ranked at every scope (a model
    size, a scale-out), where the owner's chip has no other figure to lose. "... 'multi-trillion' as
    at least one trillion" says how to take it, and is left as it is."""
    return _OPEN_ENDED_QUOTED_OF.sub(lambda m: m["owner"], _OPEN_ENDED_QUOTED.sub(lambda m: m["owner"], question))


#: a lead-in up to the first comma, and the question after it
_LEAD = re.compile(r"^\s*(?P<lead>[^,?():]{3,100}?)[,:]\s*(?P<rest>\S.*\?)\s*$")


def _instruction_lead_in(question: str, lex: Lexicon) -> str:
    """ "Keeping the 'up to' hedge, how large a gain is claimed for the MI350?": a lead-in that only
    says how to answer (:func:`chipkg.ask.lexicon.told`) says what a sentence after the question
    says: "how large ...? Keeping the 'up to' hedge.", read as such a sentence is (a hedge it names
    checked against the figure). Any other question is returned as it stands."""
    m = _LEAD.match(question)
    if m is None or re.search(r"[.!;:]\s", m["rest"]) or told(m["lead"], lex.hedge_names, lex.vocab) is None:
        return question  # the rest one question, not sentences the lead-in may belong to
    lead = m["lead"].strip()
    return f"{m['rest'][:1].upper()}{m['rest'][1:]} {lead[:1].upper()}{lead[1:]}."


#: a last clause that says "aside" after what it sets aside: ", leaving interconnect bandwidth aside?"
_ASIDE_LAST = re.compile(
    r"(?i)(?P<sep>,|\s+and)\s+(?P<verb>[a-z]+)\s+(?P<what>[^,;:()?!]{1,80}?)\s+aside\s*(?P<end>[?.!]?)\s*$"
)  # matched from each comma or "and", the last first


def _aside_last(question: str, lex: Lexicon) -> str:
    """ "Which chip has the highest memory bandwidth, leaving interconnect bandwidth aside?": the
    phrase said around what it sets aside is said whole before it (", leaving aside interconnect
    bandwidth?"), as words.tsv spells it (a ``neg`` valued ``exclude``), and read as that is. Any
    other question is returned as it stands."""
    starts = [m.start() for m in re.finditer(r"(?i),|\s+and\b", question)]
    for start in reversed(starts):  # the last clause: "taking ... at face value and leaving X aside"
        m = _ASIDE_LAST.match(question, start)
        if m is not None and lex.words.get(stems(f"{m['verb']} aside".lower()), ("", "")) == ("neg", "exclude"):
            return f"{question[:start]}{m['sep']} {m['verb']} aside {m['what']}{m['end']}"
    return question


#: where a sentence after the question joins two clauses: a semicolon, ", so" before a clause, or
#: "and" / "but" before an imperative of answering, keeping, counting or leaving out ("Keep the hedge,
#: and give it per core", "Count X as two dies, but do not count Y": sets 63-66)
_JOINED_CLAUSES = re.compile(r"\s*;\s*|,\s+(?=so\s)")
#: the same, and "and" / "but" before an imperative, or a condition of one ("..., and if two chips
#: tie, name both"): tried where the question is refused read so
_JOINED_INSTRUCTIONS = re.compile(
    r"(?i)\s*;\s*|,\s+(?=so\s)|,?\s+(?:and|but)\s+(?=(?:keep|take|treat|read|count|leave|exclude|include|ignore|"
    r"skip|give|quote|show|use|drop|don't|do\s+not|please|if|where|when)\b)"
)


def _top_level_split(sentence: str, joined: re.Pattern[str] = _JOINED_INSTRUCTIONS) -> list[str]:
    """``sentence`` parted where ``joined`` matches outside any parenthesis (one inside it is the
    parenthesis's own: "(the 32 on each die; not the total)")."""
    parts: list[str] = []
    start = 0
    for m in joined.finditer(sentence):
        before = sentence[: m.start()]
        if before.count("(") != before.count(")"):
            continue
        parts.append(sentence[start : m.start()])
        start = m.end()
    parts.append(sentence[start:])
    return parts


#: a parenthesis of two clauses joined by a semicolon or a spaced dash, neither holding a parenthesis
_PARENTHESIS_CLAUSES = re.compile(r"\(([^();\u2014\u2013]+?)\s*(?:;|\s(?:--?|\u2014|\u2013)\s|\u2014)\s*([^()]+?)\)")


def _parenthesis_clauses_apart(question: str) -> str:
    """ "(compare per chip; take the M4's 'up to 100 GB/s' at face value)" (set 66), "(HBM or LPDDR --
    exclude interconnect figures)" (set 60): a parenthesis of clauses joined by a semicolon or a
    dash says what a parenthesis of each says, each read and checked as one is: "(compare per chip)
    (take ...)". One after the question mark is left whole: it is read as
    a sentence after the question, whose clauses are read apart there ("...? (Count each chip once;
    the MI350's HBM has no stated capacity.)"). The question as it stands when none has a semicolon."""
    while True:
        said = question

        def apart(m: re.Match[str], said: str = said) -> str:
            return f"({m[1]}) ({m[2]})" if "?" in said[m.end() :] else m[0]

        question = _PARENTHESIS_CLAUSES.sub(apart, said)
        if question == said:
            return question


#: a parenthesis that sets things aside: its verb and what it sets aside
_SET_ASIDE_PARENTHESIS = re.compile(
    r"\((?P<verb>leave out|leaving out|exclude|excluding|ignore|ignoring|skip|skipping|set aside|setting aside"
    r"|omit|omitting|not counting|disregard|disregarding)\s+(?P<said>[^()]+)\)",
    re.IGNORECASE,
)


#: "which kind of HBM does the MI350 use?", "what type of DRAM does the Grayskull have?", "which HBM
#: does the SN40L use?": a kind of a technology the chip uses, asked
_KIND_OF_TECHNOLOGY = re.compile(
    r"(?i)^\s*(?:which|what)\s+(?:(?:kind|type|sort|variant|flavou?r|form)s?\s+of\s+)?(?P<tech>[\w.-]+(?:\s[\w.-]+)?)"
    r"(?:\s+memory)?\s+(?:does|do|did)\s+(?P<chip>[^?]+?)\s+(?:use|have|come\s+with|carry|ship\s+with|rely\s+on)"
    r"\s*\??\s*$"
)
#: "mi350 hbm type", "grayskull dram kind": the same, said as a search
_TECHNOLOGY_KIND_SEARCH = re.compile(
    r"(?i)^\s*(?P<chip>[^?]+?)(?:'s)?\s+(?P<tech>[\w.-]+)(?:\s+memory)?\s+(?:type|kind|variant|flavou?r)\s*\??\s*$"
)


def kind_of_memory_asked(question: str, lex: Lexicon) -> str:
    """ "Which kind of HBM does the MI350 use?", "mi350 hbm type": the chip's memory of that
    technology, as the article names it (its "likely HBM3E"), asked as "what memory does the MI350
    use (HBM only)?", whose memories of other kinds go (and a chip with none of it is refused). Only
    where the technology is a memory technology's name and the chip one chip's; anything else as it
    stands (refused as a kind asked of a chip)."""
    found = _KIND_OF_TECHNOLOGY.match(question) or _TECHNOLOGY_KIND_SEARCH.match(question)
    if found is None:
        return question
    tech = [x for x in segment(found["tech"], lex) if not (x.kind == "word" and x.role == "filler")]
    chip = [x for x in segment(found["chip"], lex) if not (x.kind == "word" and x.role == "filler")]
    if not (
        len(tech) == 1
        and tech[0].kind == "entity"
        and tech[0].entities
        and all(lex.is_a(e, CK + "MemoryTechnology") for e in tech[0].entities)
        and len(chip) == 1
        and chip[0].kind == "entity"
        and len(chip[0].entities) == 1
        and lex.is_a(chip[0].entities[0], CHIP)
    ):
        return question
    return f"what memory does the {lex.entities[chip[0].entities[0]][0]} use ({found['tech']} only)?"


#: "how much memory can a CS-3 system take?": "take" last, after "can" and its subject, in a question
#: of how much or how big
_CAN_TAKE = re.compile(r"(?i)^(\s*how\s+(?:much|many|big|large)\b[^?]*\bcan\b[^?]+?\s)take(\s*\??\s*)$")


def can_take_as_hold(question: str) -> str:
    """ "how much memory can a cs-3 system take?", "how much DDR5 can the SN40L take?" (sets 27, 59,
    61): a verb of holding, said as "hold" (read as "what memory can it hold" is); "take" elsewhere is a
    verb of reading ("take the M4's figure at face value") or of keeping."""
    return _CAN_TAKE.sub(r"\1hold\2", question)


#: "digital in-memory compute (DIMC) units": a name's acronym in parentheses before the noun that ends it
_ACRONYM_INSIDE = re.compile(
    r"(?P<words>(?:[A-Za-z][\w]*(?:-[A-Za-z]\w*)*\s+){1,5}?)\((?P<acronym>[A-Z]{2,8})s?\)\s+(?P<noun>[A-Za-z]\w*)"
)


def acronym_after_name(question: str) -> str:
    """ "How many digital in-memory compute (DIMC) units does the C8 have?" (set 78): an acronym whose
    letters are the initials of the words before it (and of the noun after it, "tensor processor (TPC)
    cores") stands after the whole name, where a parenthesis restating a name is read ("digital
    in-memory compute units (DIMC)"); split there, the name was read as two things. Anything else as
    it stands."""

    def moved(m: re.Match[str]) -> str:
        words = m["words"].split()
        acronym, noun = m["acronym"], m["noun"]
        for k in range(len(words)):
            tail = "".join(part[0] for w in words[k:] for part in w.split("-") if part).upper()
            if acronym in (tail, tail + noun[0].upper()):
                return f"{m['words']}{noun} ({m['acronym']})"
        return m[0]

    return _ACRONYM_INSIDE.sub(moved, question)


#: things set aside for having no figure, named by examples ("chips whose SRAM has no stated size, such as
#: the SN40L and the M2000", "any SRAM the article gives no size for, such as the SN40L's")
_FIGURELESS_EXAMPLES = re.compile(
    r"(?i)(?:chips|any|those|ones|the chips|the ones)\b"
    r"(?P<what>[^()]*?(?:\bno\b[^(),]*?\b(?:size|capacity|figure|number|value)"
    r"|\bnever\s+(?:given|stated|sized)|\bwithout\s+(?:a|any)\s+(?:stated\s+)?(?:size|capacity|figure)"
    r"|\bnot\s+(?:given|stated))[^(),]*?),?\s+(?:such\s+as|like|e\.g\.,?|for\s+example,?)\s+(?P<names>[^(),]+?)\s*"
)


def set_asides_apart(question: str) -> str:
    """ "(leave out Tenstorrent's 'up to 1.5 MB' figure, which is per Tensix core, and the SN40L and
    the M2000, whose SRAM has no stated size)": a parenthesis that sets several things aside, each
    with its own clause, parted where a comma and "and" start the next thing, says what a
    parenthesis of each says ("(leave out ... per Tensix core) (leave out the SN40L and ...)"), each
    read and checked as one is; what the parentheses set aside is set aside together. Names joined by
    "and" alone ("the SN40L and the M2000") stay one thing. The question as it stands when no
    parenthesis sets aside more than one thing so."""

    def apart(m: re.Match[str]) -> str:
        parts = [p.strip() for p in re.split(r",\s+and\s+(?:also\s+)?", m["said"]) if p.strip()]
        examples = [_FIGURELESS_EXAMPLES.fullmatch(p) for p in parts]
        if any(examples):
            # "chips whose SRAM has no stated size, such as the SN40L and the M2000": the chips named, said to
            # have no figure (checked when answered); the others without one are not compared anyway
            parts = [
                f"{e['names']}, which have no stated figure" if e else p for p, e in zip(parts, examples, strict=True)
            ]
            if len(parts) == 1:
                return f"({m['verb']} {parts[0]})"
        # each next part a thing set aside, not a clause of its own ("..., and take vendor claims as stated")
        if len(parts) < 2 or not all(
            re.match(r"(?:[Tt]he|[Aa]ny|[Cc]hips?|[Aa]ll)\b|[A-Z]|\S+'s\b", p) for p in parts[1:]
        ):
            return m[0]
        return " ".join(f"({m['verb']} {p})" for p in parts)

    return _SET_ASIDE_PARENTHESIS.sub(apart, question)


def _joined_instructions(question: str, lex: Lexicon) -> str:
    """:func:`_joined_remarks`, with instructions joined by "and" / "but" before an imperative ("Keep
    the hedge, and give it per core", "Count X as two dies, but do not count Y") parted too, and
    sentences with a parenthesis parted outside it (sets 63-66). A fallback: a question read as it
    stood keeps that reading (set 60's "I want the 8-bit figure only (...), per chip, and keep the
    article's hedge." is one instruction)."""
    return _joined_remarks(question, lex, instructions=True)


def _joined_remarks(question: str, lex: Lexicon, instructions: bool = False) -> str:
    """ "... NorthPole? The text calls it nominal; I only need the figure and its unit.", "... C8? No
    foundry is named there, so the node by itself is what I'm after.": a sentence after the question
    (one that is no question itself) that joins two clauses by a semicolon or by ", so" says what two
    sentences would, each read and checked as a sentence after the question is (an instruction, a remark,
    an inert clause: none is dropped unread). The question with such sentences split, each clause its own
    sentence; the question as it stands when there are none. A parenthesis is left whole, and so is a
    sentence read whole as an instruction ("A single number is all I need; I'll go through the parts
    myself.": what the asker does with the number, said of the number asked)."""
    question = _parenthesis_clauses_apart(question)
    sentences = SENTENCE_BREAK.split(question.strip())
    if len(sentences) < 2 or not sentences[0].rstrip().endswith("?"):
        return question
    split = [sentences[0]]
    for sentence in sentences[1:]:
        if (
            sentence.rstrip().endswith("?")
            or (not instructions and ("(" in sentence or ")" in sentence))
            or told(sentence, lex.hedge_names, lex.vocab) is not None
        ):
            split.append(sentence)
            continue
        end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!" else "."
        joiner = _JOINED_INSTRUCTIONS if instructions else _JOINED_CLAUSES
        clauses = [c.strip(" .!") for c in _top_level_split(sentence.strip(), joiner)]
        if len(clauses) < 2 or not all(clauses):
            split.append(sentence)
            continue
        split.extend(c[:1].upper() + c[1:] + end for c in clauses)
    joined = " ".join(split)
    return joined if joined != " ".join(sentences) else question


def _alternation(value: str) -> str:
    """The phrases of words.tsv class ``countin`` of VALUE ``value``, as a regex alternation, longest first."""
    phrases = sorted((" ".join(p) for p, v in phrase_class("countin").items() if v == value), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def _counted_in(question: str, lex: Lexicon) -> str:
    """ "How many chips are made by TSMC (counting the Adreno 750, whose TSMC node is stated for the
    Adreno GPUs generally)?", "Which chips use HBM? Include the MI350, even though its HBM3E is only
    'likely'.", "..., counting the MI350 even though its generation is only likely?": a chip counted into
    the answer (words.tsv phrase class ``countin``), with what the asker says of it, is read as
    "(including <chip>)": the chip must be one the answer holds (or counts), checked when answered, so
    the clause that describes it (from "whose", "although", "even though" on) cannot change the answer
    and is dropped. The clause ends at a comma before "and" or "but" or at a semicolon: what follows
    ("..., and leave out the Grayskull") is another instruction, kept and read. What is counted in must
    be one name of the graph (a chip, an organization): "including any whose 8-bit precision is given
    only as a bit width" describes chips the answer may lack, and is left as it is; so is a clause that
    holds a negation or an exclusion ("..., although the node is given for Adreno GPUs except the
    Blackwell": dropped, it would be read as never said; tests/test_ask_negations.py). Sets 31-59 wrote
    this a dozen ways; all were refused. The question as it stands where nothing matches."""

    def one_name(text: str) -> bool:
        try:
            said = [x for x in segment(text, lex) if not (x.kind == "word" and x.role == "filler" and not x.value)]
        except NoAnswer:
            return False
        return len(said) == 1 and said[0].kind == "entity"

    def negates(text: str) -> bool:  # an exclusion in what would be dropped ("..., except the Gaudi 3")
        try:
            return any(x.kind == "word" and x.role == "neg" for x in segment(text, lex))
        except NoAnswer:
            return True

    def taken(m: re.Match[str]) -> bool:
        return one_name(m.group("name")) and not negates(m.group(0))

    def including(m: re.Match[str], end: str = "") -> str:
        return f"(including {m.group('name').strip()}){end}" if taken(m) else m.group(0)

    verbs, particles, tails = _alternation("verb"), _alternation("particle"), _alternation("tail")
    if not (verbs and tails):
        return question
    name = r"(?P<name>[^,;:()?.!]+?)"
    particle = rf"(?:\s+(?:{particles}))?"
    # the describing clause: no semicolon, no comma before "and"/"but"
    clause = r"(?:(?!,\s*(?:and|but)\b)[^;()])*?"
    said = re.sub(
        rf"(?i)\(\s*(?:{verbs})\s+{name}{particle}(?:\s*,?\s*\b(?:{tails})\b{clause})?\s*\)",
        including,
        question,
    )
    # "..., counting the MI350 even though its generation is only likely?"
    said = re.sub(
        rf"(?i),\s*(?:{verbs})\s+{name}{particle}\s*,?\s*\b(?:{tails})\b{clause}\s*\?\s*$",
        lambda m: " " + including(m, "?") if taken(m) else m.group(0),
        said,
    )
    # "Counting the MI350 even though its generation is only likely, which chips ...?"
    lead = re.match(
        rf"(?i)^\s*(?:{verbs})\s+{name}{particle}\s*,?\s*\b(?:{tails})\b[^,;()]*,\s*(?P<rest>.+\?)\s*$", said
    )
    if lead is not None and one_name(lead.group("name")) and not negates(lead.group(0)[: lead.start("rest")]):
        rest = lead.group("rest")
        said = rest[0].upper() + rest[1:-1].rstrip() + f" (including {lead.group('name').strip()})?"
    sentences = SENTENCE_BREAK.split(said.strip())
    if len(sentences) < 2 or not sentences[0].rstrip().endswith("?"):
        return said
    head, moved, kept = sentences[0].rstrip(), [], []
    sentence_of = re.compile(
        rf"(?i)^\s*(?:{verbs})\s+{name}{particle}(?:\s*,?\s*\b(?:{tails})\b(?P<clause>(?:(?!,\s*(?:and|but)\b)[^;])*?))?"
        rf"(?P<rest>(?:,\s*(?:and|but)\b|;).*)?\s*[.!]?\s*$"
    )
    for sentence in sentences[1:]:
        m = sentence_of.match(sentence)
        if (
            m is None
            or not one_name(m.group("name"))
            or negates(m.group(0)[: m.start("rest")] if m.group("rest") else m.group(0))
        ):
            kept.append(sentence)
            continue
        moved.append(m.group("name").strip())
        if m.group("rest"):  # "..., and leave out the Grayskull.": read as its own sentence
            kept.append(m.group("rest").lstrip(",; ").strip())
    if not moved:
        return said
    return " ".join([head[:-1].rstrip() + "".join(f" (including {n})" for n in moved) + "?", *kept])


#: the imperative that opens a sentence of counting apart ("Count each Grayskull model separately.")
_COUNT_IMPERATIVE = re.compile(r"^\s*count\b", re.IGNORECASE)


def _remark_sentences(question: str, lex: Lexicon) -> str:
    """ "Which chips use HBM? I'm not asking about capacity.", "How much HBM3 does the SN40L have? I'm
    only interested in the HBM3 tier.": a sentence after the question that is a remark of the kinds
    a parenthesis holds (:func:`chipkg.ask.remarks.read`: a word of asking, a negation, "where", a
    contrast, a way of reading the article set aside), one of counting apart ("Count each Grayskull
    model separately.", asides._counted_apart) or one leaving out figures of no named precision
    (remarks.imprecise_left_out) says what the parenthesis would: the question
    with it moved into one before its question mark ("... (I'm not asking about capacity)?"), read and
    checked against the frame as that parenthesis is. Sentences that are questions, and remarks of no
    such kind, are left where they are; the question as it stands when none moves."""
    sentences = SENTENCE_BREAK.split(question.strip())
    if len(sentences) < 2 or not sentences[0].endswith(("?", ".")):
        return question
    head = sentences[0]
    outside_items = segment(head, lex)
    if head.endswith(".") and not _imperative(outside_items):
        return question  # "Rank the chips by SRAM. ...", "List ...": a request, as a question is
    outside = [e for x in outside_items if x.kind == "entity" for e in x.entities]
    outside_terms = {t for x in outside_items if x.kind == "term" for t in x.terms}
    moved: list[str] = []
    kept: list[str] = []
    for sentence in sentences[1:]:
        text = sentence.strip().rstrip(".!")
        if sentence.rstrip().endswith("?") or not text or "(" in text or ")" in text:
            kept.append(sentence)
            continue
        try:
            inner = segment(text, lex)
            remark = remarks.read(inner, outside, outside_terms, lex)
        except NoAnswer:
            inner, remark = [], None
        # "... ? Count each Grayskull model separately." (set 59): what a parenthesis of counting apart
        # says, read and checked as that parenthesis is
        apart = remark is None and inner and _counted_apart(inner, lex) is not None
        # "... ? Take hedged counts at their stated number." (set 61): the aside it says, "(taking ...)"
        if remark is None and not apart and re.match(r"(?i)take\s", text):
            taking = "taking " + text.split(None, 1)[1]
            opened = segment(taking, lex)
            if opened and opened[0].kind == "word" and opened[0].role == "aside":
                moved.append(taking)
                continue
        # "... ? Leave out any TOPS figure whose precision the article does not name." (set 58); "...?
        # Leave out every figure qualified with 'over' or 'around'." (set 63): what "(no 'over' or
        # 'around' figures)" says
        if (
            remark is None
            and inner
            and (
                remarks.imprecise_left_out(inner) is not None
                or _hedges_aside(inner, lex, outside_terms) is not None
                or _only_of_unhedged(inner) != inner  # "... ? Per chip, unhedged figures only." (set 64)
            )
        ):
            moved.append(text)
            continue
        if apart:  # its imperative read as the parenthesis says it: "(counting each ... separately)"
            text = _COUNT_IMPERATIVE.sub("counting", text)
        (moved if remark is not None or apart else kept).append(text if remark is not None or apart else sentence)
    if not moved:
        return question
    return " ".join([head[:-1].rstrip() + "".join(f" ({m})" for m in moved) + head[-1], *kept])


#: a lead-in before a colon ("Excluding Qualcomm's 150 W: how many chips draw under 100 W?")
_COLON_LEAD = re.compile(r"^\s*(?P<lead>[^:?()]+?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)


def _figures_set_aside_sentences(question: str, lex: Lexicon) -> str:
    """ "How many chips have a power figure? Do not count Qualcomm's 150 W.", "Do not count Meta's 256
    MB. Which chip has the second most SRAM?", "Excluding Qualcomm's 150 W: how many ...?": a sentence
    (or a lead-in before a colon) that only sets aside one chip's figure (or one of an organization's
    chips', by its number: :func:`chipkg.ask.remarks.figure_set_aside`) says what "(excluding
    Qualcomm's 150 W)" says, and is moved into such a parenthesis at the end of the question's first
    other sentence, read and checked as that is (the figure must be in the graph). Read where it stood,
    the sentence ran on into the question: the organization was negated, the figure asked for, and a
    count of 4 answered as none, or a list of the other chip with that figure answered alone (set 63,
    red team 70). Moved before the question is read at all, not as a fallback: that reading is taken
    without a refusal. The question as it stands when no sentence is such."""
    lead = _COLON_LEAD.match(question)
    sentences = [lead["lead"] + ".", lead["rest"]] if lead is not None else SENTENCE_BREAK.split(question.strip())
    if len(sentences) < 2:
        return question
    moved: list[str] = []
    kept: list[str] = []
    for sentence in sentences:
        text = sentence.strip().rstrip(".!")
        try:
            aside = (
                bool(text)
                and "(" not in text
                and not sentence.rstrip().endswith("?")
                and remarks.figure_set_aside(segment(text, lex), lex)
            )
        except NoAnswer:
            aside = False
        (moved if aside else kept).append(text if aside else sentence)
    if not moved or not kept:
        return question
    head = kept[0].rstrip()
    stop = head[-1] if head[-1:] in "?.!" else ""
    body = head[:-1].rstrip() if stop else head
    return " ".join([body + "".join(f" ({m})" for m in moved) + stop, *kept[1:]])


#: a clause that counts one chip in: ", counting d-Matrix's 2 GB?", "Count Cerebras.", ", and count Cerebras."
_COUNTED_CLAUSE = re.compile(
    r"(?i)(?P<sep>,\s*(?:and\s+)?|(?<=[.?!])\s+|^\s*)(?P<verb>counting|count|including|include)\s+"
    r"(?P<what>(?:[^,;:()?!]|,(?=\d{3}\b))+?)\s*(?P<end>[.?!]*)\s*$"
)


def _counted_one(what: str, lex: Lexicon) -> tuple[str, str] | None:
    """ "d-Matrix's 2 GB", "Cerebras", "Apple's 'up to 3.5 GHz'": one chip (or the one chip of an
    organization named) and, if said, its figure: (the chip's name, the figure's words) or None."""
    try:
        said = [x for x in segment(what, lex) if not (x.kind == "word" and x.role == "filler" and not x.value)]
    except NoAnswer:
        return None
    if not said or said[0].kind != "entity" or len(said[0].entities) != 1:
        return None
    chip = lex.sole_chip.get(said[0].entities[0], said[0].entities[0])
    if CHIP not in lex.entities.get(chip, ("", ()))[1]:
        return None
    rest = said[1:]
    if not rest:
        return lex.entities[chip][0], ""
    if rest[-1].kind == "qty" and all(x.kind == "word" and x.role in ("cmp", "filler") for x in rest[:-1]):
        return lex.entities[chip][0], " ".join(x.text for x in rest)
    return None


#: a parenthesis that counts one chip in: "(count d-Matrix's 2 GB)"
_COUNTED_PARENTHESIS = re.compile(r"(?i)\(\s*(?:counting|count|including|include)\s+(?P<what>[^()]+?)\s*\)")


def _counted_parenthesis(m: re.Match[str], lex: Lexicon) -> str:
    """One parenthesis of :func:`_counted_in_clauses`, said as it reads; as it stands if it is no such."""
    one = _counted_one(m["what"], lex)
    if one is None or not one[1]:
        return m[0]  # a name alone: "(including the MI350)" is read where it stands
    return f"(including {one[0]}) (taking {m['what'].strip()} as stated)"


def _counted_in_clauses(question: str, lex: Lexicon) -> str:
    """ "How many chips have more than 100 MB of SRAM, counting d-Matrix's 2 GB?", "... ? Count
    Cerebras.", "..., and count Cerebras.": a last clause or sentence that counts one chip in (by
    its name or its organization's, with its figure or not) says what "(including <chip>)" says: the
    chip must be one the answer holds, checked when answered; a figure said with it is a premise
    checked as "(taking d-Matrix's 2 GB as stated)" is. Read as it stood, "counting" was a count word
    and the name a condition: the count shrank to that one chip (red team 71, 21 wrong). The question
    as it stands when its last clause is no such."""
    question = _COUNTED_PARENTHESIS.sub(lambda p: _counted_parenthesis(p, lex), question)
    m = _COUNTED_CLAUSE.search(question)
    if m is None or m.start() == 0 and not m["sep"]:
        return question
    one = _counted_one(m["what"], lex)
    if one is None:
        return question
    chip, figure = one
    head = question[: m.start()].rstrip()
    end = m["end"] or ""
    riders = f" (taking {m['what'].strip()} as stated)" if figure else ""
    if head.endswith("?"):  # "...? Count Cerebras.": into the question, before its mark
        return f"{head[:-1].rstrip()} (including {chip}){riders}?"
    mark = head.find("?")
    if 0 <= mark:  # "...? Count X as two dies, and include Blackwell.": into the question; the rest stays
        return f"{head[:mark].rstrip()} (including {chip}){riders}?{head[mark + 1 :]}{end or '.'}"
    return f"{head} (including {chip}){riders}{end or '?'}"


def _imperative(items: list[Item]) -> bool:
    """Whether a sentence opens with a request for the answer ("List", "Rank", "Name", "Give me",
    "Count"): words.tsv fillers valued ``imperative`` or ``answering``, roles ``rank`` and ``count``."""
    first = items[0] if items else None
    return (
        first is not None
        and first.kind == "word"
        and (first.role in ("rank", "count") or (first.role == "filler" and first.value in ("imperative", "answering")))
    )


#: "(Apple's 'up to 3.5 GHz' and NorthPole's nominal 400 MHz obviously don't qualify)", "(the M4 is
#: out)": what a parenthesis says does not qualify, and how
_DISQUALIFIED = re.compile(
    r"\((?P<what>[^()]*?[^\s,])\s*,?\s+(?:(?:obviously|clearly|naturally|of course)\s+)?"
    r"(?:(?:don't|doesn't|dont|doesnt|do not|does not)\s+(?:qualify|count)|(?:is|are)\s+(?:out|excluded|left out))"
    r"\s*[.!]?\s*\)",
    re.IGNORECASE,
)


#: what follows from a chip having no figure ("so leave it out", "so it cannot count"): the clause
#: reads the chip set aside anyway
_SO_IT_IS_OUT = (
    r"(?:\s*,?\s*(?:and\s+)?so\s+(?:leave\s+it\s+out|it\s+(?:cannot|can't|can\s+not|does\s+not|doesn't|won't|"
    r"will\s+not|should\s+not|shouldn't)\s+(?:count|qualify|be\s+counted|be\s+ranked)|it\s+(?:drops|is|falls)\s+out))?"
)

#: "(any HBM generation; the MI350 has none stated)": a chip said to have no figure of what is asked
_NONE_STATED = re.compile(
    r"(?P<lead>[(;]\s*)(?P<chip>[^(),;]+?)\s+(?P<verb>has|have)\s+"
    r"(?P<rest>(?:none|no\s[^(),;]*?)\s+(?:stated|given|named)|no\s+(?:stated|given)\s+[^(),;.]+?)"
    + _SO_IT_IS_OUT
    + r"(?=\s*\.?\s*[);])",
    re.IGNORECASE,
)

#: "(the MI350 has HBM but no capacity, so leave it out)", "(the MI350 gives no capacity so it cannot
#: count)": a chip said to have a memory but no figure of it, or to give none
_NONE_BUT = re.compile(
    r"(?P<lead>[(;]\s*)(?P<chip>[^(),;]+?)\s+(?:(?:has|have)\s+(?P<what>[\w-]+)\s+but|gives?)\s+no\s+"
    r"(?:stated\s+)?(?P<rest>[\w-]+(?:\s+[\w-]+)?)" + _SO_IT_IS_OUT + r"(?=\s*\.?\s*[);])",
    re.IGNORECASE,
)


#: "(the MI350's HBM has no stated capacity)": a chip's memory said to have no figure of what is asked
_NONE_STATED_OF = re.compile(
    r"(?P<lead>[(;]\s*)(?P<chip>[^(),;]+?)(?:'s|\u2019s)\s+(?P<what>[\w-]+)\s+(?P<verb>has|have)\s+no\s+"
    r"(?P<how>stated|given)\s+(?P<rest>[^(),;.]+?)(?=\s*\.?\s*[);])",
    re.IGNORECASE,
)

#: "(so not the MI350, whose HBM has no capacity)": a chip set aside for having none of what is asked
_NOT_ONE_WITHOUT = re.compile(
    r"\(\s*(?:so\s+|i\.e\.,?\s+)?not\s+(?P<chip>[^(),;]+?),\s*(?:whose|which|as its)\s+(?:[^(),;]+?\s+)?"
    r"(?:has|have|gives?)\s+no\s+(?P<what>[^(),;]+?)(?:\s+(?:stated|given|named))?\s*\)",
    re.IGNORECASE,
)


#: words that make what "does not qualify" a clause of its own (a negation, a verb, a relative), not
#: the names or figures set aside: "(the AI 100 Ultra's 150 W is a per-card figure and doesn't count)"
_CLAUSE_WORDS = re.compile(
    r"(?i)\b(?:not|no|never|is|are|was|were|would|whose|which|that|other\s+than|except|excluding|without|"
    r"besides|apart\s+from)\b|n't|\b(?:and|or)\s*$"
)


_TWO_RIDERS = re.compile(
    r"\((?P<verb>taking|take|treating|treat|counting|count|reading|read)\s+(?P<a>[^()]*?\sas\s[^()]*?)"
    r"\s*,?\s+and\s+(?P<b>[^()]*?\sas\s[^()]*?)\)",
    re.IGNORECASE,
)


#: "(so Groq's 'up to 1 PetaOPS' counts as 1,000 TOPS and NorthPole's 'over 200 TOPS' as 200 TOPS)":
#: a figure said to count as a number, with the verb after it; a second one may follow "and"
_COUNTS_AS = re.compile(
    r"\((?:so\s+|i\.e\.,?\s+|that\s+is,?\s+)?(?P<a>[^()]*?)\s+(?:counts|count|is\s+counted|is\s+read|is\s+taken)"
    r"\s+as\s+(?P<x>[^()]*?)(?:\s*,?\s+and\s+(?P<b>[^()]*?\sas\s[^()]*?))?\)",
    re.IGNORECASE,
)


def _riders_apart(question: str, lex: Lexicon) -> str:
    """ "(taking IBM's 'over 200 TOPS' as 200 TOPS and Groq's 'up to 1 PetaOPS' as 1,000 TOPS)": two
    readings of two chips' figures joined by "and", each "X as Y", said as two parentheses ("(taking
    ... as 200 TOPS) (taking ... as 1,000 TOPS)"), each read and checked as one is (chipkg.ask.parse
    .riders). "(so Groq's 'up to 1 PetaOPS' counts as 1,000 TOPS and ...)" (set 58) says the same
    with the verb after the figure. Tried only where the question as it stands is refused."""

    def taken(m: re.Match[str]) -> str:
        # a figure named (a possessive or a quote), said to count as a number; "(UINT8 doesn't count as
        # INT8 here)", "(a per-core figure counts as stated)" are read where they stand
        if re.search(r"(?i)n't\b|\bnot\b|\bnever\b|\bno\b", m["a"]) or "'" not in m["a"]:
            return m[0]
        return f"(taking {m['a']} as {m['x']})" + (f" (taking {m['b']})" if m["b"] else "")

    question = _COUNTS_AS.sub(taken, question)
    question = _QUOTED_AS_LIST.sub(_quoted_figures_taken, question)
    question = _SHARED_READING.sub(_each_taken, question)
    return _TWO_RIDERS.sub(lambda m: f"({m['verb']} {m['a']}) ({m['verb']} {m['b']})", question)


#: "taking Groq's 'up to 1 PetaOPS' and NorthPole's 'over 200 TOPS' at their stated values": one verb
#: of reading, several chips' figures listed, one way of reading them all; as a clause (after a comma
#: or opening the question) or a parenthesis
_SHARED_READING = re.compile(
    r"(?P<lead>\(\s*|(?:^|,)\s*(?:and\s+)?)(?P<verb>taking|take|treating|treat|reading|read|accepting|accept)\s+"
    r"(?P<list>[^();?]+?)\s+(?P<tail>(?:at\s+(?:their|its|the)\s+(?:stated\s+(?:values?|numbers?)|face\s+values?)"
    r"|at\s+face\s+value|as\s+stated|as\s+given|as\s+written|as\s+quoted))(?P<end>\s*[),;.?!]|\s*$)",
    re.IGNORECASE,
)
#: a figure of one chip in such a list: a possessive name and what of it is read ("Groq's 'up to 1
#: PetaOPS'", "the M4's 'up to 3.5 GHz' CPU clock")
_ONE_CHIPS_FIGURE = re.compile(r"(?:the\s+)?[\w][\w .-]*?'s\s+\S.*", re.IGNORECASE)


def _each_taken(m: re.Match[str]) -> str:
    """Each chip's figure of the list read as a rider of its own, the reading said once per figure
    ("taking Groq's 'up to 1 PetaOPS' at its stated value, taking NorthPole's 'over 200 TOPS' at its
    stated value"), each checked as one is (chipkg.ask.parse.riders): as clauses where the list was a
    clause, as parentheses where it was one. Anything else in the list (a figure of no chip named, a
    word of the question) leaves the words as they were."""
    parts = _listed_parts(m["list"])
    if len(parts) < 2 or not all(_ONE_CHIPS_FIGURE.fullmatch(p) for p in parts):
        return m[0]
    tail = re.sub(r"(?i)\btheir\b", "its", m["tail"])
    tail = re.sub(r"(?i)\b(value|number)s\b", r"\1", tail)
    said = [f"{m['verb']} {p} {tail}" for p in parts]
    if m["lead"].startswith("("):
        return "(" + ") (".join(said) + m["end"]
    return m["lead"] + ", ".join(said) + m["end"]


def _listed_parts(text: str) -> list[str]:
    """The parts of a list ("A, B and C", "A and B") outside quotes: a quote opens after no letter and
    closes before none, an apostrophe stands between letters ("Groq's")."""
    parts: list[str] = []
    start = 0
    quoted = False
    k = 0
    while k < len(text):
        ch = text[k]
        if ch == "'" and not (0 < k < len(text) - 1 and text[k - 1].isalnum() and text[k + 1].isalnum()):
            quoted = not quoted
        elif not quoted:
            joiner = re.match(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[k:])
            if joiner and joiner.group(0).strip(" ,") in ("", "and"):
                parts.append(text[start:k].strip())
                k += len(joiner.group(0))
                start = k
                continue
        k += 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


#: "'over 10 billion' as 10 billion": a figure quoted, read as a number
_QUOTED_AS = r"'[^'()]+'\s+as\s+[\d.,]+\s*[A-Za-z/]*"
#: "('over 10 billion' as 10 billion, 'around 40 billion' as 40 billion)": such figures only, listed
_QUOTED_AS_LIST = re.compile(rf"\(\s*({_QUOTED_AS}(?:\s*(?:,\s*and|,|and)\s+{_QUOTED_AS})*)\s*\)", re.IGNORECASE)


def _quoted_figures_taken(m: re.Match[str]) -> str:
    """Each quoted figure of the list said as a rider of its own: "(taking 'over 10 billion' as 10
    billion) (taking ...)" (set 69), read and checked as one is (chipkg.ask.parse.riders)."""
    return " ".join(f"(taking {one})" for one in re.findall(_QUOTED_AS, m[1], flags=re.IGNORECASE))


_PARENTHESIS_AFTER = re.compile(r"^(?P<head>[^?()]*[^?()\s])\s*\?\s*\((?P<inner>[^()]*?)\s*[.!]?\s*\)\s*$")


def _parenthesis_after_the_question(question: str, lex: Lexicon) -> str:
    """ "How many chips have at least 96 GB of HBM? (The MI350's HBM has no stated capacity.)": a
    parenthesis standing alone after the question mark is the question's own aside, as it would be
    before the mark: the question with it moved there, read as any parenthesis is (and refused as one
    would be). Tried only where the question as it stands is refused."""
    found = _PARENTHESIS_AFTER.match(question)
    if found is None:
        return question
    return f"{found['head']} ({found['inner']})?"


#: a sentence after the question that says which figure is meant and which is not ("I want the
#: per-node figure, not the 1,024-node cluster number.", "Not the per-GPU NVLink figure.")
_MEANT_AFTER = re.compile(
    r"^(?P<head>[^?()]*[^?()\s])\s*\?\s+(?:(?:I\s+(?:want|need|mean|am\s+after|'m\s+after)|I'm\s+after|"
    r"That\s+is,?|i\.e\.,?)\s+)?(?P<inner>(?:[^?().;]*?,\s*)?not\s[^?().;]+?)\s*\.?\s*$",
    re.IGNORECASE,
)


def _meant_after_the_question(question: str, lex: Lexicon) -> str:
    """ "What FP8 performance does Intel quote for a Gaudi 3 node? I want the per-node figure, not the
    cluster number." (set 68): a last sentence that says which figure is meant and sets another
    aside, or only sets one aside ("Not the per-GPU NVLink figure."), is the question's own aside,
    read as its parenthesis would be: "... node (the per-node figure, not the cluster number)?" (and
    refused as that would be). Tried only where the question as it stands is refused."""
    found = _MEANT_AFTER.match(question.strip())
    if found is None:
        return question
    return f"{found['head']} ({found['inner']})?"


def _disqualified(question: str, lex: Lexicon) -> str:
    """ "Which chips are clocked at exactly 1.2 GHz? (Apple's 'up to 3.5 GHz' and NorthPole's nominal
    400 MHz obviously don't qualify.)" (set 60), "(the M4 is out)": what does not qualify, said as the
    exclusion it is: "(excluding Apple's 'up to 3.5 GHz' and NorthPole's nominal 400 MHz)", read as
    any "excluding" is (names left out, figures set aside, or refused). Tried only where the question
    as it stands is refused; the question as it stands when there is no such parenthesis. So is a
    parenthesis that says a chip has none of what is asked ("(the MI350 has none stated)"): as
    "(ignoring the MI350, which has none stated)", checked when answered."""
    question = _DISQUALIFIED.sub(
        lambda m: m[0] if _CLAUSE_WORDS.search(m["what"]) else f"(excluding {m['what'].strip()})", question
    )
    # "(the MI350's HBM has no stated capacity)" (set 64): as "(ignoring the MI350, which has no stated
    # HBM capacity)"
    question = _NONE_STATED_OF.sub(
        lambda m: f"{m['lead']}ignoring {m['chip']}, which {m['verb']} no {m['how']} {m['what']} {m['rest']}",
        question,
    )
    # "(the MI350 has none stated)": as "(ignoring the MI350, which has none stated)", the chip checked
    # to have no figure of what is asked when answered (asides._figureless_set_aside)
    question = _NONE_STATED.sub(lambda m: f"{m['lead']}ignoring {m['chip']}, which {m['verb']} {m['rest']}", question)
    # "(the MI350 has HBM but no capacity, so leave it out)" (set 65): as "(ignoring the MI350, which has
    # no stated HBM capacity)"
    question = _NONE_BUT.sub(
        lambda m: f"{m['lead']}ignoring {m['chip']}, which has no stated {(m['what'] or '') + ' '}{m['rest']}".replace(
            "  ", " "
        ),
        question,
    )
    # "(so not the MI350, whose HBM has no capacity)" (set 59): as "(ignoring the MI350, which has no
    # capacity stated)", checked the same way
    return _NOT_ONE_WITHOUT.sub(lambda m: f"(ignoring {m['chip']}, which has no {m['what']} stated)", question)


#: "regardless of X", "irrespective of X", "without regard to X", "whatever their X": X set aside, up
#: to a comma, a parenthesis or the end of the sentence
_REGARDLESS = re.compile(
    r"(?i)(?P<lead>^\s*|,\s*|\s|\()(?P<marker>regardless of|irrespective of|without regard to"
    r"|whatever(?= (?:the|their|its) )|whichever(?= \w))"
    r"\s+(?P<object>[^,.?!;()]+?)\s*(?P<end>,|(?=[.?!;()]|$))"
)


_REGARDLESS_MARKERS = ("regardless of", "irrespective of", "without", "whatever")

#: the words of an indirect question about the thing set aside ("regardless of whether a foundry is
#: named", "... whether one is given"): they name nothing more than the thing
_WHETHER_SAID = frozenset(("whether", "is", "are", "was", "were", "be", "been"))


def _regardless_clause(
    question: str, lex: Lexicon
) -> tuple[str, str, bool, frozenset[str], frozenset[str] | None] | None:
    """ "Irrespective of SRAM, which chips are 7nm?", "Which chips are on 5nm, regardless of their memory
    type?", "..., whichever foundry made them?", "..., whatever the foundry?": the question without the
    phrase that sets a thing aside, the phrase, whether the phrase names only the thing (names,
    properties, quantities, determiners: "regardless of the clock speed") and is set off (at the start
    before a comma, or after the question), so that the question without it is the question asked,
    and the relations it says any value of will do (:func:`_any_relations`: ck:manufacturedBy of
    "whichever foundry made them"; none when it says more than the thing). None when there is no such
    phrase, or its words are an entry of their own ("regardless of precision": any precision;
    "whatever the node"), or it names an organization or a chip (refused by
    :func:`_regardless_of_a_name`). "whichever" (a word ask keeps unknown elsewhere) opens one only
    here, set off and followed by such words."""
    found = _REGARDLESS.search(question)
    if found is None:
        return None
    others = _other_values(found.group("object"), lex)
    if others is not None:  # "regardless of whatever other links they may have"
        without, phrase, set_off = _regardless_cut(question, found)
        return without, phrase, set_off, frozenset(), others
    said = segment(question, lex)
    # the marker as the segmenter reads it: "regardless" and "irrespective" are no words of their own
    # (read as fillers elsewhere they made what follows a condition), "without" a negation; a marker
    # inside a phrase of its own ("regardless of precision": any precision) is none
    marker = (
        x
        for x in said
        if (x.kind == "word" and x.text.lower() in _REGARDLESS_MARKERS)
        or (x.kind == "unknown" and x.text.lower() in ("regardless", "irrespective"))
    )
    if found.group("marker").lower() != "whichever" and not any(
        x.kind == "unknown" or x.role in ("filler", "neg") for x in marker
    ):
        return None
    words = segment(found.group("object"), lex)
    if any(x.kind == "entity" and any(lex.is_a(e, ORG) or lex.is_a(e, CHIP) for e in x.entities) for x in words):
        return None
    if (
        found.group("lead").isspace()
        and found.group("end") == ""
        and sum(x.kind in ("entity", "term", "qty") for x in words) > 1
    ):
        # "Which chips regardless of designer are made on 7nm?": a phrase that runs to the end from the
        # middle of a sentence takes the question's own words with it (read so, every chip was listed;
        # red team 31): where it ends, ask cannot tell
        raise refuse(
            f"'{found.group('marker')} {found.group('object')}' runs into the question, and I can't tell "
            "where it ends: set it off with commas ('Which chips, regardless of foundry, are on 7nm?')"
        )
    short = all(
        x.kind in ("entity", "term", "qty")
        or (x.kind == "word" and (x.role in ("askkind", "attr") or (x.role == "filler" and x.value in ("", "pronoun"))))
        or (x.kind == "word" and x.role == "aux" and x.text.lower() in _WHETHER_SAID)
        for x in words
    )
    without, phrase, set_off = _regardless_cut(question, found)
    # a phrase of more than the thing ("regardless of how many other precisions it lists") says no relation
    return without, phrase, short and set_off, _any_relations(words, lex) if short else frozenset(), None


def _regardless_cut(question: str, found: re.Match[str]) -> tuple[str, str, bool]:
    """The question without the phrase ``found``, the phrase, and whether it is set off (at the
    start before a comma, after the question, or as a parenthesis of its own)."""
    at_start = found.group("lead").strip() == "" and found.start() == 0
    after = found.group("lead").startswith(",") or found.group("end") == ""
    # "(regardless of whether a foundry is named)": a parenthesis of the phrase alone is set off
    enclosed = found.group("lead") == "(" and question[found.end() :].startswith(")")
    if enclosed:
        without = question[: found.start()].rstrip() + question[found.end() + 1 :]
    elif at_start and found.group("end") == ",":
        without = question[found.end() :]
    elif found.group("lead").startswith(","):
        without = question[: found.start()] + question[found.end() - len(found.group("end")) :]
    else:
        without = question[: found.start()] + " " + question[found.end() :]
    phrase = f"{found.group('marker')} {found.group('object')}"
    return without.strip(), phrase, at_start or after or enclosed


def _other_values(said: str, lex: Lexicon) -> frozenset[str] | None:
    """ "regardless of whatever other links they may have", "irrespective of any other memory it
    has": the relations whose other values (than the question's own) the phrase says do not matter,
    a word of words.tsv phrase class ``othervalues`` ("other") once, then only the relation's words,
    pronouns, determiners and verbs of having. None when the phrase is not of that form (read as
    before; "regardless of how many other precisions it lists" is a count's instruction)."""
    spelled = tokens(said)
    at = [k for k, t in enumerate(spelled) if (t,) in phrase_class("othervalues")]
    if len(at) != 1:
        return None
    words = segment(" ".join(spelled[: at[0]] + spelled[at[0] + 1 :]), lex)
    if not all(
        x.kind == "term"
        or (x.kind == "word" and x.role == "askkind" and not x.value)  # "other memory types"
        or (x.kind == "word" and x.role == "filler" and x.value in ("", "pronoun", "whichever", "holds"))
        or (x.kind == "word" and x.role == "aux" and x.value == "holds")
        or (x.kind == "word" and x.role == "wh" and x.text.lower() == "what" and not x.value)
        for x in words
    ):
        return None
    relations = _any_relations(words, lex)
    return relations or None


def _any_relations(words: list[Item], lex: Lexicon) -> frozenset[str]:
    """The relations a phrase of "regardless of" says any value of will do: the properties (not the
    classes) of its first word of the graph's vocabulary ("foundry": ck:manufacturedBy, "vendor":
    ck:designedBy), or, where that names none ("whichever company made them"), of every one of its
    words ("made": ck:designedBy and ck:manufacturedBy). Empty for a phrase of names ("regardless of
    SRAM")."""
    terms = [x for x in words if x.kind == "term"]
    for group in (terms[:1], terms):
        found = frozenset(t for x in group for t in x.terms if not lex.terms.get(t, ("", False))[1])
        if found:
            return found
    return frozenset()


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


def _checkable(prop: str) -> bool:
    """Whether the graph can tell that a chip states no value of ``prop``: a relation of the chip, or
    a measure held by one triple of it."""
    local = prop.removeprefix(CK)
    return prop in RELATIONS or (prop in MEASURES and MEASURES[prop].path == f"{{c}} ck:{local} {{f}} .")


def _amount_of_things(question: str, lex: Lexicon) -> None:
    """ "What quantity of chips use HBM?", "what amount of GPUs": a noun of amount (a word of
    ck:capacity, or words.tsv's "amount of", "size of") before "of" and a kind of chip or organization
    asks how many there are, not a memory's capacity (read as that, "what amount of chips use HBM"
    ranked the HBM chips by capacity). Refused: 'how many' says it."""
    items = [x for x in segment(question, lex) if not (x.kind == "word" and x.text.lower() in ARTICLES)]
    for k, it in enumerate(items[:-1]):
        if it.kind == "term" and CK + "capacity" in it.terms and stems(it.text) in _AMOUNT_WORDS:
            if items[k + 1].text.lower() != "of" or k + 2 >= len(items):
                continue
            said, kind = f"{it.text} of", items[k + 2]
        elif it.kind == "word" and it.role == "value" and it.text.lower().endswith(" of"):
            said, kind = it.text, items[k + 1]  # words.tsv "amount of", "size of"
        else:
            continue
        if kind.kind == "term" and (chipish_any(lex, list(kind.terms)) or any(lex.is_kind(t, ORG) for t in kind.terms)):
            raise refuse(f"'{said} {kind.text}' asks how many: ask 'how many {kind.text}'")
        # "quantity of Groq LPUs", "amount of Blackwell GPUs" (not "the size of the MTIA v2": its figure)
        chips = kind.kind == "entity" and kind.entities and stems(said.split()[0]) in _AMOUNT_WORDS
        if chips and all(CHIP in lex.entities.get(e, ("", ()))[1] for e in kind.entities):
            # "what quantity of Groq LPUs does TSMC make": how many of that chip there are
            raise refuse(f"'{said} {kind.text}' asks how many of a chip there are, which the article does not say")
    _amount_made(items, lex)


def _names_of(iris: list[str], lex: Lexicon) -> str:
    return " and ".join(lex.entities.get(i, (i, ()))[0] for i in iris)


#: a parenthesis at the end of a question, or its last comma and what follows
_TRAILING_ASIDES = (re.compile(r"\s*\(([^()]*)\)\s*\??\s*$"), re.compile(r"\s*,([^,()]*)\??\s*$"))


#: an aside inside a question: a parenthesis anywhere, a span between dashes, a span between commas
#: right after the chip's name ("does the Groq LPU, a GPU, have ...", "X (the 7nm chip) has ..., right?")
_INNER_ASIDES = (
    re.compile(r"\s*\(([^()]*)\)"),
    re.compile(r"\s+[\u2014\u2013]+\s*([^\u2014\u2013]+?)\s*[\u2014\u2013]+\s+|\s+--?\s+(.+?)\s+--?\s+"),
    re.compile(r"\s*,([^,()]*),"),
)


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


def _after_the_chip(before: str, chip: str, lex: Lexicon) -> bool:
    """Whether the words ``before`` an aside end with the name of ``chip`` ("does the Groq LPU"):
    a span between commas there is said of the chip ("..., a GPU, ...")."""
    said = [x for x in segment(before, lex) if not (x.kind == "word" and x.role == "filler")]
    return bool(said) and said[-1].kind == "entity" and chip in said[-1].entities


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
        # "Which chips use HBM? Any generation counts.": a count word used as a verb asks no count
        said = [
            x._replace(role="filler") if x.role == "count" and _count_as_verb(said, j) else x
            for j, x in enumerate(said)
        ]
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
            and all(lex.is_kind(t, ORG) for t in org.terms)
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


#: words that open a condition: a tie word right after one is a tie condition, not a verb ("if tied")
_CONDITIONAL = frozenset(("if", "when", "should", "case", "whether", "unless"))


def _tie_unread(question: str, lex: Lexicon) -> None:
    """ "Which chip has the most HBM? If there's a tie, list only one of them.": a later sentence that
    speaks of a tie (words.tsv fillers valued ``tie``) and is still in the question once the instructions
    are out (:func:`chipkg.ask.lexicon.told` reads a tie request as listing every chip tied, which a most
    or a least does) says something else of the tie: pick one, narrow it, break it. Read with its words
    as fillers ("one of" a choice), the tied chips were all answered. Refused. In the question's own
    sentence, only a tie word said under a condition ("Which chip has the most HBM -- if tied, just
    one?"): elsewhere it is a verb ("which chips does the article tie to ranking models")."""
    for k, sentence in enumerate(SENTENCE_BREAK.split(question.strip())):
        try:
            said = segment(sentence, lex)
        except NoAnswer:
            continue
        tied = [j for j, x in enumerate(said) if x.kind == "word" and x.role == "filler" and x.value == "tie"]
        if k == 0:
            tied = [j for j in tied if any(_CONDITIONAL & set(x.text.lower().split()) for x in said[max(0, j - 4) : j])]
        if tied:
            raise refuse(
                f"'{sentence.strip()}' says what to do with a tie, and ask lists every chip tied: "
                "ask without it, or ask about the chips you mean"
            )


def _one_singled_out(question: str, lex: Lexicon) -> None:
    """ "Which chips use SRAM, especially the Groq LPU?": a word that singles out (words.tsv VALUE
    specific: "especially", "particularly", "in particular") before a chip's name, after a word for
    chips in the plural, stresses one chip of a list; read with the name, the list question became
    that chip's figure. Refused: ask for the list, or about the chip."""
    items = [x for x in segment(question, lex) if not (x.kind == "word" and x.text.lower() in ARTICLES)]
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
