"""What the parser reads with: the :class:`Item` a question is segmented into, the refusal it
raises (:func:`refuse`), the classes it names, and the small predicates on items that every later
step asks ("is this a chip?", "is this a unit word?")."""

from __future__ import annotations

import re
from typing import NamedTuple

from chipkg.errors import NoAnswer
from chipkg.namespaces import CK

MAX_QUESTION = 400  # characters
#: where a question's sentences break: after a full stop, question or exclamation mark and a space,
#: not after the abbreviations of a gloss ("NVLink -- i.e. how many GPUs", "e.g. the M4"), which
#: go on with the sentence they stand in
SENTENCE_BREAK = re.compile(r"(?<=[.?!])(?<!\bi\.e\.)(?<!\be\.g\.)\s+", re.IGNORECASE)
#: the articles, which may stand between a name and the word that says its relation ("TSMC the
#: developer of") and open a noun phrase without changing what it names
ARTICLES = frozenset(("the", "a", "an"))
#: the count words (words.tsv ``count``) that, right after a superlative, count things per group
#: ("the largest number of chips", "the largest count of chips"), as "the most" does
COUNT_NOUNS = frozenset(("number of", "count"))
CHIP = CK + "Chip"
ORG = CK + "Organization"
PROCESSOR = CK + "Processor"
COMPONENT = CK + "ChipComponent"
MEMORY_TECH = CK + "MemoryTechnology"
FORMAT = CK + "NumericFormat"
UNIT_KIND = CK + "UnitKind"
SYSTEM = CK + "System"
#: measures whose figures are maxima themselves (a reach): "max" before them restates the measure
MAXIMA = frozenset({CK + "maxModelSize", CK + "scaleOut"})
# words that name the answer's class generally rather than a kind ("AI accelerators" are chips)
_GENERAL_KINDS = (CK + "AIAccelerator", CK + "Processor")
#: the VALUEs of a filler that is a noun (words.tsv): "noun" ("the passage", "the model"), and "figure
#: noun", a noun for a figure ("figure", "number", "limit"), which says a figure is asked
NOUNS = ("noun", "figure noun")
#: the roles of words that say what a question asks (a search-box question has none of them)
SAYS_WHAT_IS_ASKED = frozenset(
    {"aux", "claimopen", "claimclose", "wh", "who", "count", "value", "super", "rank", "compare", "top"}
)


class Item(NamedTuple):
    kind: str  # entity | term | word | qty | unknown | open | close
    text: str
    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    role: str = ""
    value: str = ""
    readings: tuple[tuple[str, float], ...] = ()  # qty: (dimension, value in base units)
    plural: bool = False


#: the kind of value each relation a question names takes (its range): what "names no value" and
#: the relation a name stands in are read by
RANGES = {
    CK + "designedBy": CK + "Organization",
    CK + "manufacturedBy": CK + "Foundry",
    CK + "processNode": CK + "ProcessNode",
    CK + "supportsFormat": CK + "NumericFormat",
    CK + "workload": CK + "Workload",
    CK + "notSuitableFor": CK + "Workload",
    CK + "softwareStack": CK + "SoftwareStack",
    CK + "videoCodec": CK + "VideoCodec",
    CK + "architecture": CK + "Architecture",
    CK + "interconnect": CK + "InterconnectTechnology",
    CK + "designs": CK + "Chip",
    CK + "memberOf": CK + "Consortium",
    CK + "hasMember": CK + "Organization",
    CK + "acquired": CK + "Organization",
    CK + "acquiredBy": CK + "Organization",
    CK + "parentOrganization": CK + "Organization",
    CK + "subsidiary": CK + "Organization",
    CK + "partnerOf": CK + "Organization",
    CK + "integratedInto": CK + "Chip",
    CK + "successorOf": CK + "Chip",
    CK + "predecessorOf": CK + "Chip",
    CK + "deployedOn": CK + "System",
    CK + "usedFor": CK + "System",
    CK + "supportsApplication": CK + "System",
    CK + "relatedSystem": CK + "System",
}


def _verb_between(items: list[Item], previous: Item, pos: int) -> bool:
    """Whether a filler verb (words.tsv VALUE "verb") stands between ``previous`` and item ``pos``."""
    start = next((k for k in range(pos - 1, -1, -1) if items[k] is previous), pos)
    return any(x.kind == "word" and x.role == "filler" and x.value == "verb" for x in items[start + 1 : pos])


def refuse(reason: str, suggestions: list[str] | None = None) -> NoAnswer:
    error = NoAnswer(f"I can't answer that: {reason}")
    error.suggestions = suggestions or []  # type: ignore[attr-defined]
    return error


def check_length(question: str) -> None:
    """Refuse a question over MAX_QUESTION characters: the one place its length is checked, first
    thing (``parse.read``) and again by :func:`~chipkg.ask.parse.segment.segment` of any text."""
    if len(question) > MAX_QUESTION:
        raise refuse(f"the question is longer than {MAX_QUESTION} characters; ask one thing at a time")


def port_said(x: Item, counted: dict[str, str]) -> bool:
    """``x`` says ports: "ports" (ck:portCount's word) or "port" (the kind of unit ck:portCount
    counts, by ``counted``: Lexicon.counted)."""
    return (x.kind == "term" and x.terms == (CK + "portCount",)) or (
        x.kind == "entity" and bool(x.entities) and all(counted.get(e) == CK + "portCount" for e in x.entities)
    )


def comma_parts(items: list[Item]) -> list[list[Item]]:
    """``items`` in the parts a comma ends (the commas dropped; a part may be empty)."""
    parts: list[list[Item]] = [[]]
    for x in items:
        if x.kind == "comma":
            parts.append([])
        else:
            parts[-1].append(x)
    return parts


def end_of_scope_list(items: list[Item], comma: int) -> int:
    """ "excluding per-node, per-cluster and per-system figures": the comma after the first scope set
    aside goes on with a list of them when scopes follow it, joined by commas and closed by "and" or
    "or" before a last scope. The end of that list (or ``comma`` when none goes on). "But" closes
    no list: "(not per core, per die, but per node)" asks the node's figure."""

    def scope(j: int) -> bool:
        return j < len(items) and items[j].kind == "word" and items[j].role == "scope"

    j = comma
    while j < len(items) and items[j].kind == "comma" and scope(j + 1):
        j += 2
    if j != comma and j + 1 < len(items) and items[j].kind == "comma":
        j += 1  # the serial comma: "per node, per cluster, and per system"
    if (
        j != comma
        and j + 1 < len(items)
        and items[j].kind == "word"
        and items[j].text in ("and", "or", "nor")
        and scope(j + 1)
    ):
        return j + 1
    return comma
