"""The words ``ask`` understands, read from the graph and from one data file.

Three kinds of words, kept apart so that one never passes for another:

* **names** of things: the labels and alternative labels of the graph's chips, organizations,
  process nodes, technologies, formats, workloads ... (everything outside the ontology's own
  namespace that a question can constrain on). They are matched as written, case-folded, with
  their spaces and hyphens optional ("gaudi3" is "Gaudi 3") and a plural "s" allowed.
* **vocabulary**: the labels, alternative and hidden labels of the ontology's askable classes and
  properties ("cores" is ``ck:computeUnits``, "hyperscalers" ``ck:CloudProvider``). Matched by
  word stems, so "fabricated" is "fabricate". These never become names: ``describe cores``
  finds nothing.
* **function words** from ``words.tsv`` (comparators, negations, question words, hedges that
  change nothing), also matched by stems.

A :class:`Lexicon` is built once per cache entry (a few flat SPARQL scans) and kept there as a
marshal file, so a question costs a file read, not the scans.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from chipkg import files
from chipkg.errors import ChipkgError
from chipkg.namespaces import CK, PREFIXES

WORDS_FILE = Path(__file__).with_name("words.tsv")
_FORMAT = "chipkg-lexicon-20"
_FILE = "ask-lexicon.marshal"

RDFS = PREFIXES["rdfs"]
SKOS = PREFIXES["skos"]
OWL = PREFIXES["owl"]

# The namespaces whose instances a question may name (figures, sections and notes are the
# article's bookkeeping, not things people ask about by name).
NAMED = tuple(PREFIXES[p] for p in ("chip", "org", "node", "mem", "ic", "fmt", "sw", "codec", "arch", "wl", "sys"))

#: Tokens: words (with inner dots, slashes and apostrophes: "a.k.a", "tb/s", "pcie 5.0", "isn't"),
#: numbers (with thousands separators and decimals), comparison signs and punctuation.
TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?(?![a-z\d.])|\d+(?:\.\d+)?|\.\d+"
    r"|[a-zµ\d]+(?:[./'][a-zµ\d]+)*\.?|[<>]=?|[≥≤=&+%()?,;:!/\"]|\S",
    re.IGNORECASE,
)
#: the token "which vendors' chips" gets after "vendors": the question may ask for either
PLURAL_POSSESSIVE = "<plural possessive>"
_CONTRACTIONS = ("what's", "who's", "it's", "that's", "there's")
MINUS = re.compile(r"(?<![\w.])-(?=\.?\d)")  # a minus sign (not the hyphen of "CS-3")
#: a number: ASCII digits only ("٧" or "²" is a word ask does not know, not a 7 or a 2)
NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)$", re.ASCII)


class Entity(NamedTuple):
    iri: str
    label: str
    classes: tuple[str, ...]


class Term(NamedTuple):
    """A class or property of the ontology that a word names."""

    iri: str
    label: str
    is_class: bool


#: the classes whose words ("accelerators", "AI chips") are read as words for chips that narrow them to
#: the class (Lexicon.narrowing): every chip the article names is one of "the chips", not every one an
#: AI processor (the Ryzen 9000 desktop CPU, the Snapdragon 8 Gen 3 platform)
NARROWING_KINDS = (CK + "AIProcessor",)


class Lexicon(NamedTuple):
    names: dict[tuple[str, ...], list[str]]  # token tuple -> entity IRIs
    compact: dict[str, list[str]]  # the tokens joined ("gaudi3") -> entity IRIs
    entities: dict[str, tuple[str, tuple[str, ...]]]  # IRI -> (label, classes incl. inferred)
    vocab: dict[tuple[str, ...], list[str]]  # stemmed token tuple -> class/property IRIs
    terms: dict[str, tuple[str, bool]]  # class/property IRI -> (label, is a class)
    words: dict[tuple[str, ...], tuple[str, str]]  # stemmed token tuple -> (role, value)
    broader: dict[str, list[str]]  # entity -> its broader entities (skos:broader, transitive)
    subclasses: dict[str, list[str]]  # class -> its superclasses (rdfs:subClassOf+, not the class itself)
    inverse: dict[str, str]  # property -> its owl:inverseOf (both ways)
    functional: list[str]  # functional properties
    longest: int  # the most tokens any entry has
    raw: dict[tuple[str, ...], list[str]]  # vocabulary and function words as spelled (not stemmed)
    reports: dict[tuple[str, ...], str]  # stemmed phrase -> stored query ("# ask:" header lines)
    nouns: dict[tuple[str, ...], list[str]]  # ck:askNoun: "parent of X" is X's relation, in any word order
    spelled: dict[tuple[str, ...], tuple[str, str]]  # words.tsv as spelled: it wins over a stem's reading
    parts: dict[str, str]  # a component ("Apple M4 GPU") -> the chip it is part of
    figure_kinds: dict[tuple[str, ...], str]  # ck:metric as named ("mixed precision") -> the value
    aspects: dict[tuple[str, ...], str]  # what a comparison claim measures ("sparse compute") -> ck:Aspect
    sections: dict[tuple[str, ...], str]  # titles of the article's sections ("Future Prospects") -> section
    described: dict[str, tuple[str, ...]]  # a name's description (rdfs:comment) as word stems
    counted: dict[str, str]  # a kind of unit a count counts ("lane") -> the measure of such counts
    sole_chip: dict[str, str]  # an organization that designs one chip of the graph -> that chip
    # a workload -> those on its own axis a chip may do instead of or beside it (ck:alternativeTo:
    # training, inference): "suited to training (not only inference)" sets aside nothing more
    alternatives: dict[str, frozenset[str]] = {}
    # a phrase that hedges a figure ("up to", "around": ck:hedgePhrase), or a qualifier's label ("upper
    # bound"), as stems -> the qualifier
    hedges: dict[tuple[str, ...], str] = {}
    value_hedges: tuple[str, ...] = ()  # the qualifiers that hedge a value (ck:hedgeWord: "up to", not "vendor claim")
    # the words for each hedge of a figure (a ck:Qualifier's label, ck:hedgeWord and ck:hedgePhrase:
    # "over", "lower bound", "around") as spelled, not by stems ("reportedly" is not "report") -> the
    # qualifier's label: an instruction that names one ("Keep the 'around' qualifier.") says the
    # figure has it, which the answer checks
    hedge_names: dict[tuple[str, ...], str] = {}
    # a chip -> the chips its comparison claims are measured against (ck:baseline): "MI350 vs MI300"
    # asks for the claim, not the two profiles side by side
    claim_baselines: dict[str, frozenset[str]] = {}
    # a kind of unit counted -> the words its counts are stated in, as stems (ck:statedUnit): the
    # SN40L's two dies are stated as a "dual-chip design", so "dual-chip" beside "two dies" restates them
    stated_units: dict[str, tuple[tuple[str, ...], ...]] = {}
    # a chip, a part or a technology -> its generation in its line (ck:generation: Trillium is the
    # sixth TPU, PCIe 4.0 the fourth PCIe), and a chip
    # -> the organizations that design it (ck:designedBy): what a description of the chip is checked on
    generations: dict[str, int] = {}
    designers: dict[str, tuple[str, ...]] = {}
    # an organization -> the article sections about it (ck:profiles): "per the AMD section" cites one
    profiled: dict[str, tuple[str, ...]] = {}
    # the words for kinds of a relation's value (:data:`VALUE_CLASS_ROOTS` and the classes below
    # them: "cloud platform" ck:CloudPlatform, "platform" ck:System), as stems -> the class: "available
    # on cloud platforms" asks for a value of that class, not any system the chip is deployed on
    value_classes: dict[tuple[str, ...], str] = {}
    # a chip -> the article sections it is described in (ck:section): of a company with two sections
    # (Qualcomm), the one a question cites is the one about the chip it names
    chip_sections: dict[str, frozenset[str]] = {}
    # an organization -> the article sections that name it (ck:section): "a hyperscaler named in the
    # introduction" restricts nothing when every hyperscaler is named there
    org_sections: dict[str, frozenset[str]] = {}
    # the kinds of performance figure the source names (ck:metric) that the vocabulary reads as a word
    # for performance itself ("peak"), as stems: said where the question only asks whether a chip has
    # a figure ("which chips give a peak figure"), the kind would decide which figures count
    figure_kind_words: frozenset[tuple[str, ...]] = frozenset()
    # a chip -> the memory technologies and numeric formats it has (ck:memory's ck:memoryTechnology,
    # ck:supportsFormat): "counting the SN40L's HBM3 as HBM" is checked to name the SN40L's own
    held: dict[str, frozenset[str]] = {}
    # a format's own label that a bit width also makes ("8-bit integer": INT8's, and UINT8 is an 8-bit
    # integer too) -> every format of that width and family: "any 8-bit integer format" asks for all
    width_shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    # a comparison claim's baseline as the article describes it where it names no chip (ck:baseline-
    # Description: "comparable digital architectures"), as stems -> the description: "the M2000's gain
    # relative to comparable digital architectures" asks for the claims against it
    baseline_described: dict[tuple[str, ...], str] = {}
    # a chip -> the baselines its claims are described against ("previous generation TPUs"): a kind
    # said of the baseline ("over previous GPUs") must be one of their words
    chip_baselines_described: dict[str, tuple[str, ...]] = {}
    # the words of a numeric format family ("integer", "floating point": ck:formatFamily's labels), as
    # name keys -> the family: a name of every format of the family, and beside a figure of performance
    # the kind of its unit (FLOPS, OPS: compile.UNIT_FAMILY), not a precision
    family_names: dict[tuple[str, ...], str] = {}
    # the words of a kind that narrows the chips a word for chips asks for ("accelerators", "AI chips":
    # ck:AIProcessor, :data:`NARROWING_KINDS`), as stems -> the kind: read as words for chips (every
    # reading of "chips" takes them), the chips answered narrowed to the kind
    narrowing: dict[tuple[str, ...], str] = {}
    # a word a figure is given by when the source gives only its magnitude (ck:statedMagnitude:
    # "thousands", "multi-trillion"), lower-cased as spelled -> (figure, chip holding it) of each
    # figure so given: "leaving out SambaNova's 'multi-trillion'" names the SN40L's figure
    magnitudes: dict[str, tuple[tuple[str, str], ...]] = {}
    # a class -> the entities of it (inferred classes too), by IRI: "the LPU" is the Groq LPU's name
    # and a kind, and which chips the kind holds beside it is a lookup, not a scan of every entity
    members: dict[str, tuple[str, ...]] = {}
    # an entity's label -> its IRI (labels are unique: a SHACL shape says so), built once
    labels: dict[str, str] = {}

    def entity(self, iri: str) -> Entity:
        label, classes = self.entities[iri]
        return Entity(iri, label, classes)

    def is_a(self, iri: str, cls: str) -> bool:
        return cls in self.entities.get(iri, ("", ()))[1]

    def is_kind(self, term: str, cls: str) -> bool:
        """Whether a class term is ``cls`` itself or a class below it ("startup" is a kind of
        organization): the test for what kind of thing a question's noun names."""
        return term == cls or cls in self.subclasses.get(term, ())

    def by_label(self) -> dict[str, str]:
        """Each entity's IRI by its label (labels are unique: a SHACL shape says so): an answer's
        rows name chips and organizations by label, and checks of them start from the IRI. The
        lexicon's own table: read it, never change it."""
        return self.labels


def tokens(text: str, keep_case: bool = False) -> list[str]:
    """The question's tokens, lower-cased (apostrophes unified, hyphens dropped, a minus sign
    kept as the word "minus" so that a negative quantity is refused, not read as positive).
    ``keep_case``: the same tokens as typed (units: "Gb" is gigabits)."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = MINUS.sub(" minus ", text)
    out: list[str] = []
    after_apostrophe = False
    for t in TOKEN.findall(text if keep_case else text.lower()):
        if after_apostrophe and t.lower() == "s":  # "Maia 100's": the possessive of a name ending in a digit
            after_apostrophe = False
            continue
        after_apostrophe = t == "'"
        if t == "'" and len(out) >= 2 and out[-1].lower().endswith("s") and out[-2].lower() in ("which", "what"):
            out.append(PLURAL_POSSESSIVE)  # "which vendors' chips": the vendors, or their chips?
            continue
        if t in {"-", "–", "—", "_", "'", "'s"}:
            continue
        if t.lower().endswith("'s") and len(t) > 2 and t.lower() not in _CONTRACTIONS:
            t = t[:-2]  # possessives: "Apple's M4" (contractions stay: "what's" is "what is")
        said = _CONTRACTED.get(t.lower()[-3:])
        if said is not None and len(t) > 3 and t.lower() not in _contractions_kept():
            # "who're", "startups've", "processors're": the word, then the verb it carries ("we're",
            # "they've": kept whole where words.tsv spells them)
            out.extend((t[:-3], said))
            continue
        out.append(t)
    return out


#: the verbs a word carries after an apostrophe ("who're": "who are")
_CONTRACTED = {"'re": "are", "'ve": "have", "'ll": "will"}


def _contractions_kept() -> frozenset[str]:
    """The contracted words words.tsv spells whole ("we're", "they've"): read as spelled, not split."""
    if "kept" not in _KEPT:
        _KEPT["kept"] = frozenset(
            w for phrase, _r, _v in _word_lines() for w in phrase.split()[:1] if w[-3:] in _CONTRACTED
        )
    return _KEPT["kept"]


_KEPT: dict[str, frozenset[str]] = {}


_STEMMER: Any = None


def stem(token: str) -> str:
    """The English Snowball stem of a word (numbers and signs stay as they are)."""
    global _STEMMER
    if not token[:1].isalpha():
        return token
    if _STEMMER is None:
        import Stemmer  # PyStemmer: a C Snowball stemmer, imports in under a millisecond

        _STEMMER = Stemmer.Stemmer("english")
    return _STEMMER.stemWord(token.rstrip(".").replace("'", ""))


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(text))


def roles_in(text: str, words: dict[tuple[str, ...], tuple[str, str]], longest: int) -> set[str]:
    """The words.tsv roles of every phrase of up to ``longest`` words anywhere in ``text`` (matched by
    stems, as a question's words are; ``words`` is :func:`read_words`'s table, a lexicon's ``words``).
    Overlapping phrases all count: what a remark holds, not how a question is segmented."""
    said = stems(text)
    return {
        words[said[k : k + n]][0]
        for k in range(len(said))
        for n in range(1, longest + 1)
        if k + n <= len(said) and said[k : k + n] in words
    }


def name_key(text: str) -> tuple[str, ...]:
    return tuple(t.rstrip(".") for t in tokens(text))


#: the shortest word read as a misspelt name: shorter words have too many neighbours in English
TYPO_MIN_LETTERS = 5


def misspelt_name(word: str, lex: Lexicon) -> str | None:
    """The token of a name that ``word`` is a typo of ("nortpole": "northpole"), or None.

    Only where no other reading is near: ``word`` has at least :data:`TYPO_MIN_LETTERS` letters
    and no digit (so "Gaudi 2" never becomes "Gaudi 3", nor "MTIA v1" "v2"), it is one letter
    short of, or two adjacent letters swapped from, a token of a name of the graph, and that token
    is its only neighbour at Damerau-Levenshtein distance 1 among all the words ``ask`` knows
    (names, vocabulary, words.tsv). A letter typed wrong or one too many is not read: "apply" is a
    word, not "Apple", "gates" not "Games". The name token must be no word of the vocabulary or of
    words.tsv either ("scores" is not "cores"): those are everyday English, full of near words.
    Whether the corrected name then reads as a name is the parser's check, as for any name."""
    if len(word) < TYPO_MIN_LETTERS or not (word.isascii() and word.isalnum()) or not word[0].isalpha():
        return None
    known = {t for key in (*lex.names, *lex.raw) for t in key} | set(lex.compact)
    if word.lower() in known:
        return None  # a word of a name itself ("float" of "16-bit float") is no typo of another ("bfloat")
    near = known & _edits(word)
    if len(near) != 1:
        return None
    (name,) = near
    # a letter of a name with a number left out ("trainum2": "trainium2"), never its number ("gaudi2")
    if _digits(name) != _digits(word):
        return None
    spoken = {s for key in (*lex.vocab, *lex.words) for s in key}
    is_name = any(name in key for key in lex.names) and name[0].isalpha() and stem(name) not in spoken
    if not is_name or len(name) < TYPO_MIN_LETTERS or not (_omitted(word, name) or _swapped(word, name)):
        return None
    return name


def _digits(word: str) -> str:
    """The digits of ``word``, in order ("trainium2": "2")."""
    return "".join(c for c in word if c.isdigit())


def misspelt_possessive(word: str, lex: Lexicon) -> str | None:
    """The token of a name whose possessive ``word`` is, typed without its apostrophe and misspelt
    ("qualcoms": "qualcomm", read as "qualcomm's"): the word less its last "s" is a typo of a name
    (:func:`misspelt_name`); or None."""
    if len(word) <= TYPO_MIN_LETTERS or not word.lower().endswith("s"):
        return None
    return misspelt_name(word[:-1], lex)


#: the shortest word read as a misspelt word of the vocabulary with a letter left out or doubled
#: (a word with no vowel typed is no English word, and is read at any length)
WORD_TYPO_MIN_LETTERS = 6
#: the shortest word read as a misspelt word of the vocabulary with two adjacent letters swapped
WORD_SWAP_MIN_LETTERS = 4


def misspelt_word(word: str, lex: Lexicon) -> str | None:
    """The word of the vocabulary or of words.tsv that ``word`` is a typo of ("bandwith":
    "bandwidth", "proccess": "process", "dose": "does", "chps": "chips"), or None.

    English is full of words one letter from the vocabulary ("sales" from "scales", "cost" from
    "most"), so only the typos that rarely make another word are read: a letter left out or
    doubled in a word of at least :data:`WORD_TYPO_MIN_LETTERS` letters, or left out of a word with
    no vowel typed at all; two adjacent letters swapped in a word of at least
    :data:`WORD_SWAP_MIN_LETTERS`. A letter typed wrong or one too many (other than doubled) is
    never read. As for names, the word must have exactly one neighbour at Damerau-Levenshtein
    distance 1 among all the words ``ask`` knows (names, vocabulary, words.tsv; the forms of one
    word count as one: "chisp" is near "chip" and "chips"), and it must be a
    word of the vocabulary or of words.tsv, not of a name (names are :func:`misspelt_name`'s).
    Whether the corrected question then reads is the parser's check."""
    if not (word.isascii() and word.isalpha()) or len(word) < 3:
        return None
    known = {t for key in (*lex.names, *lex.raw) for t in key} | set(lex.compact)
    if word in known:  # a word of a phrase said without the rest ("predecessor" of "its predecessor")
        return None
    near = known & _edits(word)
    if len({stem(t) for t in near}) != 1 or stem(word) in {stem(t) for t in near}:
        return None  # "chisp": "chip" and "chips" are one word; "predecessor" is no typo of "predecessors"
    spoken = {t for key in lex.raw for t in key}
    long_enough = len(word) >= WORD_TYPO_MIN_LETTERS
    vowelless = not set(word) & set("aeiouy")
    for target in sorted(near):
        if target not in spoken or not target.isalpha():
            return None
        if (
            (_omitted(word, target) and (long_enough or vowelless))
            or (_doubled(word, target) and long_enough)
            or (_swapped(word, target) and len(word) >= WORD_SWAP_MIN_LETTERS)
        ):
            return target
    return None


def _doubled(word: str, target: str) -> bool:
    """``word`` is ``target`` with one of its letters typed twice ("speeed", "proccess")."""
    return len(word) == len(target) + 1 and any(
        word[k] == word[k + 1] and word[:k] + word[k + 1 :] == target for k in range(len(word) - 1)
    )


def _edits(word: str) -> set[str]:
    """Every string one deletion, adjacent swap, substitution or insertion from ``word``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out


def _omitted(word: str, name: str) -> bool:
    return len(name) == len(word) + 1 and any(name[:k] + name[k + 1 :] == word for k in range(len(name)))


def _swapped(word: str, name: str) -> bool:
    diff = [k for k in range(len(word)) if k < len(name) and word[k] != name[k]]
    return (
        len(word) == len(name)
        and len(diff) == 2
        and diff[1] == diff[0] + 1
        and (word[diff[0]], word[diff[1]]) == (name[diff[1]], name[diff[0]])
    )


def spelled_as_named(token: str, lex: Lexicon) -> str:
    """``token`` as a name's label writes it ("northpole": "NorthPole"), for the reading."""
    for label, _classes in lex.entities.values():
        for typed in tokens(label, keep_case=True):
            if typed.lower() == token:
                return typed
    return token


# --------------------------------------------------------------------------- reading it


_ENTITIES_QUERY = """
SELECT ?e ?name ?main WHERE {
  { ?e rdfs:label ?name BIND (true AS ?main) } UNION { ?e skos:altLabel ?name BIND (false AS ?main) }
  UNION { ?e skos:hiddenLabel ?name BIND (false AS ?main) }
}"""
#: the kinds of performance measure the sources name ("mixed-precision"): words for one figure
_FIGURE_KINDS_QUERY = "SELECT DISTINCT ?k WHERE { ?f ck:metric ?k }"
#: the phrases that hedge a figure's value ("up to": ck:UpperBound), and the qualifiers' labels
#: ("upper bound"): an aside may set them aside
_VALUE_HEDGES_QUERY = "SELECT DISTINCT ?q WHERE { ?q a ck:Qualifier ; ck:hedgeWord ?w }"
_HEDGE_PHRASES_QUERY = "SELECT ?q ?p WHERE { ?q a ck:Qualifier . { ?q ck:hedgePhrase ?p } UNION { ?q rdfs:label ?p } }"
#: what comparison claims measure ("sparse compute", "energy efficiency"): words for one chip's claims
_ASPECTS_QUERY = "SELECT ?a ?l WHERE { ?a a ck:Aspect ; rdfs:label|skos:altLabel|skos:hiddenLabel ?l }"
_BASELINES_QUERY = "SELECT ?c ?b WHERE { ?x a ck:Comparison ; ck:subject ?c ; ck:baseline ?b . ?b a ck:Chip }"
_BASELINE_DESCRIBED_QUERY = (
    "SELECT DISTINCT ?c ?d WHERE { ?x a ck:Comparison ; ck:subject ?c ; ck:baselineDescription ?d }"
)
#: what the graph says a named thing is ("Industry group building open, free alternatives to CUDA")
_DESCRIPTIONS_QUERY = "SELECT ?e ?d WHERE { ?e rdfs:comment ?d }"
#: the article's section titles: where an asker read something ("per the Future Prospects section");
#: a section about a subsidiary is its parent's too where the parent is in it ("Amazon/AWS": "per
#: the Amazon section")
_PROFILES_QUERY = """
SELECT ?o ?s WHERE {
  { ?s a ck:ArticleSection ; ck:profiles ?o }
  UNION { ?s a ck:ArticleSection ; ck:profiles ?p . ?p ck:parentOrganization ?o . ?o ck:section ?s }
}"""
_CHIP_SECTIONS_QUERY = "SELECT ?c ?s WHERE { ?c a ck:Chip ; ck:section ?s }"
_ORG_SECTIONS_QUERY = "SELECT ?o ?s WHERE { ?o a ck:Organization ; ck:section ?s }"
_SECTIONS_QUERY = """
SELECT ?s ?l WHERE { { ?s a ck:ArticleSection } UNION { ?s a ck:ArticleHeading } ?s rdfs:label|skos:altLabel ?l }"""
#: the components of chips ("the M4's Neural Engine"): a question may name one for its figures
#: (the processors among them: a tile or a router is a unit of a count, not a part with its own figures)
_PARTS_QUERY = "SELECT ?p ?c WHERE { ?p ck:componentOf ?c ; a ck:Processor . ?c a ck:Chip }"
#: the chips of each designer ("groq or northpole, which has more SRAM": Groq's one chip is meant)
_DESIGNED_QUERY = "SELECT ?o ?c WHERE { ?c a ck:Chip ; ck:designedBy ?o }"
#: the memory technologies and numeric formats each chip has (Lexicon.held)
_MAGNITUDES_QUERY = "SELECT ?m ?f ?c WHERE { ?c a ck:Chip ; ?p ?f . ?f ck:statedMagnitude ?m }"
_HELD_QUERY = (
    "SELECT ?c ?t WHERE { ?c a ck:Chip . { ?c ck:memory/ck:memoryTechnology ?t } UNION { ?c ck:supportsFormat ?t } }"
)
#: how a BIND(true AS ?main) comes back: Virtuoso answers it as the integer 1
_TRUE = {"true", "1"}
#: the classes of what has a name (a figure, note or section has none: a question cannot name it)
_TYPES_QUERY = "SELECT ?e ?c WHERE { ?e rdfs:label ?l ; a ?c . FILTER (isIRI(?e) && isIRI(?c)) }"
#: the kinds of compute unit the chips' counts are of ("Tensix cores", "GPU cores"): names a
#: question may use for one count of a chip
#: the kinds of unit a count measure counts, and which measure ("lanes": ck:laneCount)
_COUNTED_KINDS_QUERY = """
SELECT DISTINCT ?k ?p WHERE { VALUES ?p { %s } ?x ?p ?f . ?f ck:countOf ?k }"""
#: the words each kind of unit's counts are stated in ("dies", "chips" for ck:Die)
_GENERATIONS_QUERY = "SELECT ?c ?g WHERE { ?c ck:generation ?g }"
_STATED_UNITS_QUERY = """
SELECT DISTINCT ?k ?u WHERE { ?f ck:countOf ?k ; ck:statedUnit ?u }"""
#: numeric formats by bit width and family: "2-bit" names every 2-bit format, "4-bit integer" INT4
#: and the words for its family ("integer", "int": the family's rdfs:label and skos:altLabel)
_FORMAT_WIDTHS_QUERY = """
SELECT ?f ?w ?word ?fam WHERE {
  ?f a ck:NumericFormat ; ck:bitWidth ?w .
  OPTIONAL { ?f ck:formatFamily ?fam . ?fam rdfs:label|skos:altLabel ?word }
}"""
_TERMS_QUERY = """
SELECT ?t ?name ?main ?kind WHERE {
  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
  ?t a ?kind .
  FILTER (STRSTARTS(STR(?t), STR(ck:)))
  { ?t rdfs:label ?name BIND (true AS ?main) } UNION { ?t skos:altLabel ?name BIND (false AS ?main) }
  UNION { ?t skos:hiddenLabel ?name BIND (false AS ?main) }
  UNION { ?t ck:askNoun ?name BIND ("noun" AS ?main) }
}"""
# Direct edges; their transitive closure (what ``+`` paths would give) is taken here: Virtuoso
# refuses a ``+`` path with neither end bound ("transitive start not given").
_BROADER_QUERY = "SELECT ?a ?b WHERE { ?a skos:broader ?b }"
_SUBCLASS_QUERY = "SELECT ?a ?b WHERE { ?a rdfs:subClassOf ?b . FILTER (isIRI(?a) && isIRI(?b)) }"
_INVERSE_QUERY = "SELECT ?a ?b WHERE { ?a owl:inverseOf ?b }"
_ALTERNATIVES_QUERY = "SELECT ?a ?b WHERE { ?a ck:alternativeTo ?b }"
_FUNCTIONAL_QUERY = "SELECT ?p WHERE { ?p a owl:FunctionalProperty }"
_DESIGNERS_QUERY = "SELECT DISTINCT ?o WHERE { ?c a ck:Chip ; ck:designedBy/ck:parentOrganization* ?o }"
#: the words for the classes of relations' values (ck:System and its subclasses), and the relations
#: (chip -> value) whose values in the graph are of each class below a root: a class's words ask for
#: those relations ("maia 100 cloud platform" is its ck:deployedOn, of a cloud platform)
_VALUE_CLASSES_QUERY = """
SELECT DISTINCT ?c ?main ?l ?p WHERE {
  VALUES ?root { %s }
  ?c rdfs:subClassOf* ?root ; rdfs:label ?main ; rdfs:label|skos:altLabel|skos:hiddenLabel ?l .
  OPTIONAL { FILTER (?c != ?root) ?v a ?c . ?x ?p ?v . ?x a ck:Chip }
}"""
_HEDGE_NAMES_QUERY = """
SELECT ?l ?p WHERE {
  ?q a ck:Qualifier ; rdfs:label ?l .
  { ?q ck:hedgePhrase|ck:hedgeWord ?p } UNION { ?q rdfs:label ?p }
}"""


#: the role of words.tsv phrases that are read only as whole sentences, never within a question
INSTRUCTION = "instruction"
#: the role of words.tsv phrases that mark a property's phrase as a definite claim ("ruled out"),
#: which a hedged fact does not support; they are read as the property's words, not words of their own
DEFINITE = "definite"
#: the role of words.tsv phrases that say the question's conditions all hold at once ("both
#: conditions", "all three"): read only as a whole remark (:func:`conjoined`), never within a question
CONJOINED = "conjoined"
#: the role of words.tsv lines that say which dimensions a comparative fits ("faster": speeds);
#: read by :func:`fits`, never as words of a question
FITS = "fits"
#: classes of phrases that checks of the whole question look for (chipkg.ask.parse.question), matched
#: as spelled by :func:`find_phrase`, never read as words of a question: see words.tsv's block "phrase
#: classes"
PHRASE_CLASSES = (
    "alone",
    "relies",
    "ownmaker",
    "making",
    "reflexive",
    "correction",
    "slip",
    "followup",
    "singling",
    "stranded",
    "positive",
    "grant",
    "grantas",
    "granttail",
    "grantnoun",
    "general",
    "mere",
    "valuegiven",
    "giving",
    "granted",
    "deny",
    "denied",
    "unsaid",
    "lackword",
    "hedgefigure",
    "citing",
    "referback",
    "calling",
    "taken",
    "rider",
    "othervalues",
    "inclusive",
    "textpart",
    "given",
    "disqualify",
    "omitting",
    "plurality",
    "eachof",
    "motive",
    "modal",
    "degree",
    "packaging",
    "premiseverb",
    "alsoincluded",
    "scaleword",
    "oneunit",
    "supportverb",
    "namesake",
    "figureword",
    "widthword",
    "countin",
    "possess",
    "firstofline",
    "statedoutright",
    "forcertain",
    "admitted",
    "admittedglue",
    "approx",
    "answerpremise",
    "articlenamed",
    "partverb",
    "notchips",
)
_NOT_WORDS = (INSTRUCTION, DEFINITE, CONJOINED, FITS, *PHRASE_CLASSES)


def _word_lines(path: Path = WORDS_FILE) -> list[tuple[str, str, str]]:
    """words.tsv as (phrase, role, value), in file order; read once per process."""
    if path in _LINES:
        return _LINES[path]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, role, *value = line.split("\t")
            out.append((phrase, role, value[0] if value else ""))
    _LINES[path] = out
    return out


_LINES: dict[Path, list[tuple[str, str, str]]] = {}


def read_words(path: Path = WORDS_FILE) -> dict[tuple[str, ...], tuple[str, str]]:
    """Phrase stems -> (role, value); when two spellings share stems ("including" a gloss,
    "included" a filler), the first listed reads the stem and the other is matched as spelled.
    Instructions (:func:`is_instruction`) are sentences of their own, not words of a question."""
    words: dict[tuple[str, ...], tuple[str, str]] = {}
    for phrase, role, value in _word_lines(path):
        if role not in _NOT_WORDS:
            words.setdefault(stems(phrase), (role, value))
    return words


_PHRASES: dict[str, dict[tuple[str, ...], str]] = {}


def phrase_class(role: str) -> dict[tuple[str, ...], str]:
    """The phrases words.tsv lists under ``role`` (one of :data:`PHRASE_CLASSES`), as spelled
    tokens -> VALUE."""
    _word_tables()
    return _PHRASES.get(role, {})


def find_phrase(said: list[str], role: str, start: int = 0) -> tuple[int, str] | None:
    """Where the first phrase of class ``role`` stands in the tokens ``said`` (from ``start``;
    the longest at a place wins), and its text: (index, text), or None."""
    phrases = phrase_class(role)
    longest = max((len(p) for p in phrases), default=0)
    for i in range(start, len(said)):
        for k in range(min(longest, len(said) - i), 0, -1):
            if tuple(t.rstrip(".") for t in said[i : i + k]) in phrases:
                return i, " ".join(said[i : i + k])
    return None


def phrase_of_whole_items(texts: list[str], role: str, value: str | None = None) -> str | None:
    """The first phrase of class ``role`` (of VALUE ``value``, when given) that the items of
    ``texts`` (each item's text, in order) say in whole items: "about" "to" is "about to", while
    "could you" (an item of its own) is not "could"; or None."""
    phrases = phrase_class(role)
    said = [tuple(t.rstrip(".,?!") for t in tokens(text)) for text in texts]
    for i in range(len(said)):
        joined: tuple[str, ...] = ()
        for part in said[i : i + 3]:
            joined += part
            if joined in phrases and value in (None, phrases[joined]):
                return " ".join(joined)
    return None


_DEFINITES: set[tuple[str, ...]] = set()


def is_definite(phrase: str) -> bool:
    """Whether ``phrase`` (a property's words as the question says them) claims more than a hedged
    fact supports: "ruled out" (words.tsv role ``definite``), where the article only judges a use
    "very unlikely"."""
    _word_tables()
    return stems(phrase) in _DEFINITES


_FITS: dict[tuple[str, ...], frozenset[str]] = {}


def fits(phrase: str) -> frozenset[str] | None:
    """The dimensions (chipkg.units) of the figures a comparative says it compares ("faster":
    frequency, bandwidth, performance ...: words.tsv role ``fits``), by stems; None: any (a
    comparative that says only more or less, "more", "higher")."""
    _word_tables()
    return _FITS.get(stems(phrase))


_CONJOINED: dict[tuple[str, ...], int] = {}


def conjoined(remark: str) -> int | None:
    """How many conditions a remark made only of a words.tsv ``conjoined`` phrase says all hold at
    once ("both conditions": 2, "all three": 3, "all the conditions": 0, any number); None: it is
    not such a remark."""
    _word_tables()
    return _CONJOINED.get(tuple(stem(t) for t in tokens(remark) if t[:1].isalnum()))


_INSTRUCTIONS: dict[tuple[str, ...], str] = {}
#: instruction phrases whose stems an earlier one reads ("words" after "wording", "stated" after
#: "state"): matched as spelled, before the stems (as :func:`read_words` matches its second spellings)
_INSTRUCTIONS_SPELLED: dict[tuple[str, ...], str] = {}

#: the forms of an answer an instruction may ask for (words.tsv role ``instruction``, VALUE ``form X``):
#: a yes or no, a count (a whole number), a number, names (of chips, of organizations, of anything), a
#: multiple or a percentage; checked against the question's own shape (chipkg.ask.parse.checks._check_forms)
#: the form a tie request asks for (:attr:`Told.tie`): every chip tied listed, checked as the forms are
TIE = "tie"
#: the prefix of a "form" that is what a sentence says is asked (:attr:`Told.asked`), checked as forms are
ASKED = "asked "
#: the form a listing of all with no tie condition asks for ("List all of them."): every chip asked
EVERY = "every"
FORMS = ("yesno", "integer", "number", "names", "chips", "orgs", "multiple", "percentage", "figure", "once") + (
    "systems",
    "oncenode",
    "onceorg",
    "orgkind",
)


class Told(NamedTuple):
    """What a sentence that only says how to answer tells (:func:`told`): the hedges it names
    outright, which the figure must have, and the forms of the answer it asks for ("A plain yes or
    no is enough.": ``yesno``), which the question's shape must give."""

    hedges: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    #: a tie condition with the listing of every chip tied ("If two share the top figure, list both."):
    #: what a most, a least or a ranking always gives, checked against the question's shape by the caller
    tie: bool = False
    #: what the sentence says is asked, in the graph's words ("The capacity is what I'm after."): for
    #: each thing, its IRIs joined by "|", one of which the question's frame must use (checked by the caller)
    asked: tuple[str, ...] = ()


def is_instruction(sentence: str) -> bool:
    """Whether ``sentence`` only says how to answer, in a way ``ask`` always answers
    (:func:`instruction`)."""
    return instruction(sentence) is not None


def instruction(sentence: str, hedge_names: dict[tuple[str, ...], str] | None = None) -> tuple[str, ...] | None:
    """The hedges a sentence that only says how to answer, the way ``ask`` always answers, names
    (:func:`told`); None when it says something else, or asks for a form of the answer ("Answer
    yes or no."), which holds only of some questions."""
    said = told(sentence, hedge_names)
    return None if said is None or set(said.forms) - {"figure"} else said.hedges


def _word_tables(saved: tuple | None = None) -> tuple:
    """Fill, once per process, the tables of words.tsv's phrases that are not words of a question
    (instructions, phrase classes, definites, fits, conjoined, inline forms), and return them as one marshal-able
    tuple, which the saved lexicon keeps beside its fields (:func:`_saved`): a question then reads
    them with the lexicon, not words.tsv again. ``saved``: the tuple a saved lexicon kept, taken as
    the tables when none are filled yet.

    Instructions by stems, the first listed; a later one of the same stems but another spelling, as
    spelled (:data:`_INSTRUCTIONS_SPELLED`)."""
    tables: tuple[Any, ...] = (_INSTRUCTIONS, _INSTRUCTIONS_SPELLED, _PHRASES, _DEFINITES, _FITS, _CONJOINED, _INLINE)
    if _FILLED:
        return tables
    if saved is not None:
        for table, kept in zip(tables, saved, strict=True):
            table.update(kept)
        _FILLED.append(True)
        return tables
    spelled_first: dict[tuple[str, ...], tuple[str, ...]] = {}
    for phrase, role, value in _word_lines():
        if role == INSTRUCTION and value.endswith(" inline"):
            _INLINE[stems(phrase)] = value.split(" ")[1]
        elif role == "filler" and value == "percent":
            # a word of the question proper that asks for a figure in percent ("by what percentage
            # did it improve"), checked as the form "as a percentage" is
            _INLINE[stems(phrase)] = "percentage"
        if role == INSTRUCTION:
            key, typed = stems(phrase), tuple(t.lower() for t in tokens(phrase) if t[:1].isalnum())
            if key not in _INSTRUCTIONS:
                _INSTRUCTIONS[key] = value
                spelled_first[key] = typed
            elif spelled_first[key] != typed:
                _INSTRUCTIONS_SPELLED.setdefault(typed, value)
        elif role in PHRASE_CLASSES:
            _PHRASES.setdefault(role, {})[name_key(phrase)] = value
        elif role == DEFINITE:
            _DEFINITES.add(stems(phrase))
        elif role == FITS:
            _FITS[stems(phrase)] = frozenset(value.split())
        elif role == CONJOINED:
            _CONJOINED[stems(phrase)] = int(value or 0)
    _FILLED.append(True)
    return tables


#: whether :func:`_word_tables` has filled the tables (a list: filled in place, never rebound)
_FILLED: list[bool] = []


#: the parts of an instruction (words.tsv role ``instruction``, VALUE's first word) read as "det" (words
#: that change nothing of what is asked): words that say a form is enough ("fine", "ideal", "all I
#: need") and copulas ("are", "will be")
_PLAIN_PARTS = {"suff": "det", "copula": "det"}
#: the most words a sentence read as an instruction has (a longer one is left in the question)
_LONGEST_INSTRUCTION = 40


def courteous(word: str) -> bool:
    """Whether ``word`` is one of courtesy ("please", "kindly": words.tsv instruction phrases valued
    ``polite``)."""
    _word_tables()
    return _INSTRUCTIONS.get(stems(word), "").split(" ")[0] == "polite"


def determiner(word: str) -> bool:
    """Whether ``word`` is a determiner ("the", "a", "its", "their": words.tsv instruction phrases
    valued ``det`` alone), as before a noun ("the count")."""
    _word_tables()
    return _INSTRUCTIONS.get(stems(word), "") == "det"


def told(
    sentence: str,
    hedge_names: dict[tuple[str, ...], str] | None = None,
    vocab: dict[tuple[str, ...], list[str]] | None = None,
) -> Told | None:
    """Whether ``sentence`` only says how to answer: it is made of the phrases words.tsv lists as
    instructions ("If several are tied, list all of them.", "Give the figure with its unit.",
    "A plain yes or no is enough."), matched by stems, punctuation aside, each word covered; "list
    all" only with a tie condition. Any other word ("list only one", "in GB", "exclude ties",
    "round to") leaves the sentence in the question: None.

    The phrases are parts that compose (words.tsv VALUE): courtesy (``polite``: "kindly", "please",
    "if you would"), a verb that keeps (``keep``) and what it keeps (``kept``: "the qualifier", "the
    unit"), a state of what is kept (``intact``: "intact", "as is", "as printed", which is both: "hedge
    intact", "keep it as is"), a condition of what is kept (``if`` with ``cond``: "if one is given",
    "when present", "if the article gives one"), how the article puts it (``how``), a verb of dropping
    (``drop``: "round", "strip") only under a negation (``neg``: "don't", "no rounding"), a form of the
    answer with words that say it is enough (``form X``, ``suff``: "a plain list of the chips is
    sufficient"), verbs of answering (``reply``), a tie condition (``if`` with ``several``,
    ``tieverb``, ``top``). "only", "just" (``only``) restrict what they are said of: only beside a
    form of the answer ("names only"), never beside what is kept ("keep only the hedged figures").

    ``vocab`` (:attr:`Lexicon.vocab`, the graph's words for classes and properties) are words of what a
    count of chips may list for a chip, only after a phrase that says their number does not matter
    (``many``: "regardless of how many other precisions it lists", "however many memory types it has"),
    beside a count asked of each chip once (form ``once``) or a bare count: what "once" already says.

    ``hedge_names`` (:attr:`Lexicon.hedge_names`, the graph's words for each hedge) are words of
    what is kept too ("Keep the lower-bound wording."); a hedge the sentence names outright is
    told (its qualifier's label): it says the figure has that hedge, which the answer checks.
    One named with "if" or a phrase valued "loose" ("Keep 'nominal' if that is how the article
    frames it.", "keep any 'over' or 'up to'", "nominal figures included") asserts nothing; said as how
    the article puts the figure, with no verb that keeps ("It is described as a peak."), it says what ask
    cannot check: None.

    A phrase valued ``form X`` (:data:`FORMS`) asks for that form of the answer ("a yes or no",
    "the multiplier", "company names"); with it only words that say it is enough ("a plain ...
    will do", "please": det), verbs of answering ("answer", "return", "express it": reply), how
    the article puts it and what is kept, and forms set aside ("rather than chips": VALUE
    ``notform X``), which must be other forms than the one asked."""
    _word_tables()
    hedge_names = hedge_names or {}
    vocab = vocab or {}
    longest = max(len(p) for p in [*_INSTRUCTIONS, *_INSTRUCTIONS_SPELLED, *hedge_names])
    spelled = [t.rstrip(".") for t in tokens(sentence) if t[:1].isalnum()]
    # "the vendor's own claim": "own" inside a hedge's name says again whose it is ("vendor claim")
    spelled = [
        t
        for i, t in enumerate(spelled)
        if not (t == "own" and 0 < i < len(spelled) - 1 and (spelled[i - 1], spelled[i + 1]) in hedge_names)
    ]
    said = [stem(t) for t in spelled]
    kinds = set()
    named: set[str] = set()
    forms: set[str] = set()
    aside: set[str] = set()
    loose = False  # "any", "or", "include": a hedge named is a possibility, not said of the figure
    kept_whole = False
    sufficient = figure_noun = False
    uncovered: set[int] = set()  # the places from which no phrases cover the rest
    previous = ""  # the part before
    called_loosely = False

    def cover(i: int) -> list[tuple[int, int]] | None:
        """The phrases that cover the words from ``i``, the longest first at each place, a shorter
        one where the longest leaves words no phrase covers ("keep the hedging language": "keep",
        "the", "hedging language", not "keep the hedge" and "language")."""
        if i == len(said):
            return []
        if i in uncovered:
            return None
        for k in range(min(longest, len(said) - i), 0, -1):
            if (
                tuple(spelled[i : i + k]) in _INSTRUCTIONS_SPELLED
                or tuple(said[i : i + k]) in _INSTRUCTIONS
                or tuple(spelled[i : i + k]) in hedge_names
                or (things and tuple(said[i : i + k]) in vocab)
            ):
                rest = cover(i + k)
                if rest is not None:
                    return [(i, k), *rest]
        uncovered.add(i)
        return None

    def things_ok(i: int, length: int) -> bool:
        """Whether the part at ``i`` is a word of the graph's vocabulary (no phrase of an instruction)."""
        key = tuple(said[i : i + length])
        return (
            things
            and key in vocab
            and key not in _INSTRUCTIONS
            and tuple(spelled[i : i + length]) not in _INSTRUCTIONS_SPELLED
            and tuple(spelled[i : i + length]) not in hedge_names
        )

    things = False  # words of the graph's vocabulary cover only what the phrases leave uncovered
    parts = cover(0) if len(said) <= _LONGEST_INSTRUCTION else None
    if parts is None and vocab and len(said) <= _LONGEST_INSTRUCTION:
        things = True
        uncovered.clear()
        parts = cover(0)
    if parts is None:
        return None
    named_things: list[str] = []  # the IRIs of each word of the graph's vocabulary said, joined by "|"
    set_aside: set[int] = set()  # the places of the words of a form set aside ("rather than chips")
    for i, length in parts:
        if things_ok(i, length):
            named_things.append("|".join(vocab[tuple(said[i : i + length])]))
        value = _INSTRUCTIONS_SPELLED.get(tuple(spelled[i : i + length]))
        if value is None:
            value = _INSTRUCTIONS.get(tuple(said[i : i + length]))
        if value is None:  # a hedge's name, else a word of the graph's vocabulary (a thing a chip lists)
            value = "kept" if tuple(spelled[i : i + length]) in hedge_names else "thing"
        kind, *flags = value.split(" ")
        if kind == "polite":  # "kindly", "please", "if you would": courtesy, a part of no other
            continue
        if kind == "suff" or "number" in flags:  # "... is fine", "the figure": see below
            sufficient = sufficient or kind == "suff"
            figure_noun = figure_noun or "number" in flags
        kind = _PLAIN_PARTS.get(kind, kind)
        if kind == "only" and previous == "how":  # "framed only as a likelihood": how it is put
            continue
        # "It is described as a peak", "described as any peak": a loose word right after how the article
        # puts the figure, said as what the article calls it (checked below: with no verb that keeps)
        called_loosely = called_loosely or (kind == "det" and "loose" in flags and previous == "how")
        previous = kind
        if kind == "figure":  # a whole one that keeps a figure's unit or hedge ("Keep the hedge.")
            kind, kept_whole = "", True
        kinds.add(kind)
        loose = loose or "loose" in flags or kind == "cond"
        if kind == "form":
            forms.update(f for f in flags if f in FORMS)
        elif kind == "notform":
            aside.update(f for f in flags if f in FORMS)
            set_aside.update(range(i, i + length))
    i = 0  # the hedges named, inside whole phrases too ("keep the approximation" holds "keep the approximately")
    while i < len(spelled):
        if i in set_aside:  # "over the platform names": a form set aside, whose "over" is no hedge
            i += 1
            continue
        length = next((k for k in range(len(spelled) - i, 0, -1) if tuple(spelled[i : i + k]) in hedge_names), 0)
        if length:
            named.add(hedge_names[tuple(spelled[i : i + length])])
        i += max(length, 1)
    if called_loosely and not kinds & {"keep", "reply", "intact"}:
        # "It is described as a peak; the figure will do.": a statement of how the figure is put that
        # names no hedge ask can check, which would be dropped unread
        return None
    # a verb of dropping only under a negation ("don't round", "no rounding", "do not strip the
    # hedge"): it keeps; a negation of anything else ("without its unit"), or dropping said plainly
    # ("drop the qualifier"), asks for another answer than ask gives
    if ("drop" in kinds) != ("neg" in kinds) or ("drop" in kinds and forms):  # "do not change the chips"
        return None
    if "drop" in kinds:  # "don't round": the figure kept as it is
        kinds -= {"drop", "neg"}
        kinds |= {"keep", "kept"}
    if sufficient and figure_noun and not forms and not kinds & {"keep", "kept", "intact"}:
        forms.add("number")  # "The number is all I need.", "Just the figure is fine."
    if "only" in kinds and not forms:  # "keep only the hedged figures": a restriction
        return None
    kinds.discard("only")
    if "intact" in kinds:  # "hedge intact", "keep it as is": a state of what is kept says both parts
        kinds |= {"keep", "kept"}
        kinds.discard("intact")
    if "cond" in kinds and not kinds & {"several", "tieverb", "top"}:
        kinds.discard("if")  # "if one is given", "when present": a condition of what is kept, no tie
    kinds.discard("cond")
    # "It is an 'up to' figure.", "I know it's an 'up to' figure.": a statement that the figure has
    # the hedge it names (words of knowing, ``aware``, copulas, articles, figure nouns and how the
    # article puts it beside it), which the answer checks as a hedge told; no hedge named, or no verb
    # of knowing or of how it is put ("(a vendor claim)": a gloss, read as before), no statement
    if (
        named
        and not forms
        and not aside
        and "kept" in kinds
        and kinds & {"aware", "how"}
        and kinds <= {"aware", "det", "kept", "how"}
    ):
        # said loosely ("At least one of these is described as typical.") it asserts no one figure's
        return Told(() if loose else tuple(sorted(named)), ("figure",))
    kinds.discard("aware")  # "I know": a word of knowing changes nothing of the rest
    if not kinds - {"det", "how"} and not forms:  # "if any", "please": a condition, or courtesy, of nothing
        return None
    if "thing" in kinds and "many" not in kinds:
        # "The capacity is what I'm after.", "It's the size I'm after.": what is asked, said as enough,
        # with nothing else; checked by the caller against what the question asks
        plain = kinds <= {"thing", "det", "reply", "how"}
        if (sufficient or "reply" in kinds) and named_things and not forms and not aside and plain:
            return Told(asked=tuple(named_things))
        return None
    if kinds & {"many", "thing"}:
        # "regardless of how many other precisions it lists": the things a chip lists, whose number does
        # not matter, said only of a count (each chip once); a thing named elsewhere may narrow the answer
        if "many" not in kinds or not forms or not forms <= {"once", "integer", "number"}:
            return None
        kinds -= {"many", "thing"}
    if "later" in kinds:  # "I'll go through the parts myself": what the asker does with a number or a count
        if not forms or not forms <= {"integer", "number"}:
            return None
        kinds.discard("later")
    if forms or aside:
        # a form asked, with what says it is enough, how to answer and what is kept: "A simple yes or
        # no will do.", "Return the company names as the article gives them.", "Give the multiplier."
        if not forms or forms & aside or kinds - {"form", "notform", "det", "reply", "keep", "kept", "how", ""}:
            return None
        hedges = () if loose or "if" in kinds else tuple(sorted(named))
        return Told(hedges, tuple(sorted(forms)))
    if "reply" in kinds and "all" in kinds and "kept" not in kinds:  # "..., I would expect every one listed"
        kinds.discard("reply")  # a verb of answering beside the listing of a tie: the listing's
    if "reply" in kinds:  # "answer", "return" alone ask for nothing said; with what is kept they keep
        if "kept" not in kinds and not kept_whole:  # ("Return the figure with its qualifier.")
            return None
        kinds.discard("reply")
        kinds.add("keep")
    # a verb that keeps and what it keeps ("Keep the article's qualifier.") asks for a figure, with
    # its hedge: told of figures (form ``figure``), never of a count or a yes or no
    figure = ("figure",) if {"keep", "kept"} <= kinds or kept_whole else ()
    # said in parts: a verb that keeps with what it keeps ("Keep the article's qualifier."), a tie
    # condition with "if" and a verb of tying ("If more than one chip shares the top figure"); how
    # the article puts what is kept ("exactly as the article frames it", "rather than presenting it
    # as an exact number", "if that is how the figure is put") only beside a verb that keeps and
    # what it keeps, where its "if" is no tie condition
    # articles and copulas beside a tie condition and its listing only: "Ties should all be listed.",
    # "In case two chips share the figure, list both."
    if "match" in kinds:
        # "If more than one qualifies, include all of them.": every one that meets the question's
        # conditions listed, which a list gives (form every, checked by the caller); a verb of matching
        # with no listing, or with anything more ("keep the hedge"), is no instruction
        if not {"if", "several", "all"} <= kinds or kinds - {"if", "several", "match", "all", "det"} or figure:
            return None
        return Told(forms=(EVERY,))
    tie_listed = "all" in kinds and ("tie" in kinds or {"if", "tieverb"} <= kinds)
    said_of_kept = kinds & {"keep", "det", "kept", "how"}
    if said_of_kept and not ({"keep", "kept"} <= kinds or "" in kinds or (tie_listed and said_of_kept == {"det"})):
        return None
    conditional = loose or "if" in kinds
    if "how" in kinds and not kinds & {"several", "tieverb", "top"}:
        kinds.discard("if")
    if kinds & {"if", "several", "tieverb", "top"}:
        if not ({"if", "tieverb"} <= kinds or "tie" in kinds):  # "If there is a tie, list every chip that shares ..."
            return None
        kinds.add("tie")
    if not said:
        return None
    if "all" in kinds and "tie" not in kinds:
        # "List all of them.", "Include every one of them.": listing all, with no tie said, asks for every
        # chip (form every): what a list gives, never a most's tied chips (checked by the caller)
        return Told(forms=(EVERY,)) if kinds == {"all"} and not figure else None
    if "tie" in kinds:
        return Told(forms=figure, tie=True)
    return Told(forms=figure) if conditional else Told(tuple(sorted(named)), figure)


_INLINE: dict[tuple[str, ...], str] = {}


def inline_forms(question: str) -> tuple[str, ...]:
    """The forms of the answer a question asks for in its own words ("What is Trillium's gain as a
    multiple?", "by what percentage"): words.tsv instruction phrases valued ``form X inline`` and
    fillers valued ``percent``, found anywhere in it by stems; a question's words read them as they
    read any word ("multiple" is a word for a claim), so the form would otherwise go unchecked."""
    _word_tables()
    said = [stem(t) for t in tokens(question) if t[:1].isalnum()]
    found = {
        form
        for phrase, form in _INLINE.items()
        for i in range(len(said) - len(phrase) + 1)
        if tuple(said[i : i + len(phrase)]) == phrase
    }
    return tuple(sorted(found))


def build(store: Any, askable: set[str]) -> Lexicon:
    """Read the lexicon from the graph: a handful of flat scans, joined here."""
    from chipkg.namespaces import sparql_prologue

    def rows(text: str) -> list[Any]:
        return list(store.query(sparql_prologue() + text, use_default_graph_as_union=True))

    classes: dict[str, set[str]] = {}
    for r in rows(_TYPES_QUERY):
        classes.setdefault(r["e"].value, set()).add(r["c"].value)
    for r in rows(_DESIGNERS_QUERY):  # whoever designs a chip (itself or through a subsidiary)
        classes.setdefault(r["o"].value, set()).add(CK + "ChipDesigner")
    labels: dict[str, str] = {}
    all_names: list[tuple[str, str]] = []
    from chipkg.ask.compile import COUNT_MEASURES

    counted_by: dict[str, set[str]] = {}
    for r in rows(_COUNTED_KINDS_QUERY % " ".join(f"<{p}>" for p in COUNT_MEASURES)):
        counted_by.setdefault(r["k"].value, set()).add(r["p"].value)
    counted = {k: sorted(p)[0] for k, p in counted_by.items() if len(p) == 1}  # one measure counts it
    parts = {r["p"].value: r["c"].value for r in rows(_PARTS_QUERY)}
    for r in rows(_ENTITIES_QUERY):
        iri = r["e"].value
        if not (iri.startswith(NAMED) or iri in counted or iri in parts) or iri not in classes:
            continue
        all_names.append((iri, r["name"].value))
        if r["main"].value in _TRUE:
            labels.setdefault(iri, r["name"].value)
    names: dict[tuple[str, ...], list[str]] = {}
    compact: dict[str, list[str]] = {}
    for iri, name in all_names:
        if iri not in labels:
            continue
        key = name_key(name)
        if not key:
            continue
        names.setdefault(key, [])
        if iri not in names[key]:
            names[key].append(iri)
        joined = "".join(key)
        compact.setdefault(joined, [])
        if iri not in compact[joined]:
            compact[joined].append(iri)
    # a width-made name that is a format's own label ("8-bit integer": INT8's) names that format
    # alone, not every integer format of the width (UINT8 too)
    labelled = set(names)
    width_shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    widths: dict[str, tuple[str, list[str]]] = {}
    family_names: dict[tuple[str, ...], str] = {}
    for r in rows(_FORMAT_WIDTHS_QUERY):
        width_words = widths.setdefault(r["f"].value, (r["w"].value, []))[1]
        if r["word"] is not None and r["word"].value not in width_words:
            width_words.append(r["word"].value)
        if r["word"] is not None and name_key(r["word"].value):
            family_names[name_key(r["word"].value)] = r["fam"].value
    for iri, (width, family) in sorted(widths.items()):  # "2-bit", "4-bit integer": names made of the width
        if iri not in labels:
            continue
        for name in (f"{width} bit", *(f"{width} bit {word}" for word in sorted(family))):
            if name_key(name) in labelled:
                if iri not in names[name_key(name)]:
                    shared = width_shared.get(name_key(name), tuple(names[name_key(name)]))
                    width_shared[name_key(name)] = tuple(sorted({*shared, iri}))
                continue
            found = names.setdefault(name_key(name), [])
            if iri not in found:
                found.append(iri)
    # a family's own words ("integer", "floating point") name every format of the family, as a
    # width does ("which chips support an integer format": any of INT2 ... UINT8)
    for iri, (_width, family) in sorted(widths.items()):
        if iri not in labels:
            continue
        for word in family:
            if name_key(word) and name_key(word) not in labelled:
                found = names.setdefault(name_key(word), [])
                if iri not in found:
                    found.append(iri)
    entities = {iri: (label, tuple(sorted(classes.get(iri, ())))) for iri, label in labels.items()}

    subclasses = _closure((r["a"].value, r["b"].value) for r in rows(_SUBCLASS_QUERY))
    vocab: dict[tuple[str, ...], list[str]] = {}
    terms: dict[str, tuple[str, bool]] = {}
    raw: dict[tuple[str, ...], list[str]] = {}
    nouns: dict[tuple[str, ...], list[str]] = {}
    narrowing: dict[tuple[str, ...], str] = {}
    for r in rows(_TERMS_QUERY):
        iri = r["t"].value
        is_class = r["kind"].value == OWL + "Class"
        if is_class:
            if iri not in ASKABLE_CLASS_ROOTS and not set(ASKABLE_CLASS_ROOTS) & set(subclasses.get(iri, [])):
                continue
        elif iri not in askable:
            continue
        if r["main"].value == "noun":
            nouns.setdefault(name_key(r["name"].value), []).append(iri)
        if r["main"].value in _TRUE or iri not in terms:
            terms[iri] = (r["name"].value, is_class)
        key = stems(r["name"].value)
        if iri in NARROWING_KINDS:  # "accelerators": a word for chips, narrowed to the kind
            narrowing[key] = iri
            iri = CK + "Chip"
        raw.setdefault(name_key(r["name"].value), []).append(iri)
        vocab.setdefault(key, [])
        if iri not in vocab[key]:
            vocab[key].append(iri)
    value_classes: dict[tuple[str, ...], str] = {}
    for r in rows(_VALUE_CLASSES_QUERY % " ".join(f"<{c}>" for c in VALUE_CLASS_ROOTS)):
        iri, key = r["c"].value, stems(r["l"].value)
        value_classes[key] = iri
        if iri in VALUE_CLASS_ROOTS:
            continue  # "platform", "system": words of many things, never a relation's by themselves
        terms.setdefault(iri, (r["main"].value, True))  # the reading names it ("deployed on a cloud platform")
        if r["p"] is not None and r["p"].value in askable:
            raw.setdefault(name_key(r["l"].value), []).append(r["p"].value)
            found = vocab.setdefault(key, [])
            if r["p"].value not in found:
                found.append(r["p"].value)
    for found in vocab.values():
        found.sort()

    broader = _closure((r["a"].value, r["b"].value) for r in rows(_BROADER_QUERY))
    inverse: dict[str, str] = {}
    for r in rows(_INVERSE_QUERY):
        inverse[r["a"].value] = r["b"].value
        inverse[r["b"].value] = r["a"].value
    functional = sorted(r["p"].value for r in rows(_FUNCTIONAL_QUERY))
    alternatives: dict[str, set[str]] = {}
    for r in rows(_ALTERNATIVES_QUERY):  # symmetric, whichever way the graph states it
        alternatives.setdefault(r["a"].value, set()).add(r["b"].value)
        alternatives.setdefault(r["b"].value, set()).add(r["a"].value)
    words = read_words()
    # a baseline the article only describes, in words ask does not otherwise read ("comparable digital
    # architectures"): one phrase, of role "baselinedesc", which a question about the chip's claims
    # reads as the claims against it (parse.forms._claim_words) and any other question as unknown
    known = {k[0] for k in (*words, *vocab, *names) if len(k) == 1}
    for r in rows(_BASELINE_DESCRIBED_QUERY):
        said = stems(r["d"].value)
        if any(t not in known for t in said):
            words.setdefault(said, ("baselinedesc", r["d"].value))
    spelled: dict[tuple[str, ...], tuple[str, str]] = {}
    for phrase, role, value in _word_lines():
        if role not in _NOT_WORDS:
            raw.setdefault(name_key(phrase), []).append("word")
            spelled[name_key(phrase)] = (role, value)
    from chipkg import catalog

    # "lower bounds => qualifier=lower bound": the phrase leads to the report with that parameter;
    # "market leader => top": to its top rows (its '# top:' column's largest)
    reports = {
        stems(phrase.partition("=>")[0]): q.name + _report_binding(phrase.partition("=>")[2].strip())
        for q in catalog.stored_queries()
        for phrase in q.ask
    }
    # a kind of measure the vocabulary does not already read ("peak" is a word for performance)
    figure_kinds = {
        name_key(r["k"].value): r["k"].value
        for r in rows(_FIGURE_KINDS_QUERY)
        if stems(r["k"].value) not in vocab and stems(r["k"].value) not in words and name_key(r["k"].value) not in names
    }
    aspects = {
        name_key(r["l"].value): r["a"].value
        for r in rows(_ASPECTS_QUERY)
        if stems(r["l"].value) not in vocab and stems(r["l"].value) not in words and name_key(r["l"].value) not in names
    }
    sections = {
        name_key(r["l"].value): r["s"].value
        for r in rows(_SECTIONS_QUERY)
        # titles that are names of their own ("Amazon/AWS", "Qualcomm (Adreno)") are read as those names
        if not set(r["l"].value) & set("/()")
        and stems(r["l"].value) not in vocab
        and stems(r["l"].value) not in words
        and name_key(r["l"].value) not in names
    }
    described: dict[str, tuple[str, ...]] = {}
    for r in rows(_DESCRIPTIONS_QUERY):
        if r["e"].value in entities:
            described[r["e"].value] = tuple(sorted(set(described.get(r["e"].value, ())) | set(stems(r["d"].value))))
    longest = max(len(k) for k in [*names, *vocab, *words, *reports, *figure_kinds, *aspects, *sections])
    return Lexicon(
        names,
        compact,
        entities,
        vocab,
        terms,
        words,
        broader,
        subclasses,
        inverse,
        functional,
        longest,
        raw,
        reports,
        nouns,
        spelled,
        parts,
        figure_kinds,
        aspects,
        sections,
        described,
        counted,
        _sole_chips(rows(_DESIGNED_QUERY)),
        {k: frozenset(v) for k, v in alternatives.items()},
        {stems(r["p"].value): r["q"].value for r in rows(_HEDGE_PHRASES_QUERY)},
        tuple(sorted(r["q"].value for r in rows(_VALUE_HEDGES_QUERY))),
        {name_key(r["p"].value): r["l"].value for r in rows(_HEDGE_NAMES_QUERY)},
        _grouped((r["c"].value, r["b"].value) for r in rows(_BASELINES_QUERY)),
        _stated_units(rows(_STATED_UNITS_QUERY)),
        {r["c"].value: int(r["g"].value) for r in rows(_GENERATIONS_QUERY)},
        _designers(rows(_DESIGNED_QUERY)),
        {o: tuple(sorted(v)) for o, v in _grouped((r["o"].value, r["s"].value) for r in rows(_PROFILES_QUERY)).items()},
        value_classes,
        _grouped((r["c"].value, r["s"].value) for r in rows(_CHIP_SECTIONS_QUERY)),
        _grouped((r["o"].value, r["s"].value) for r in rows(_ORG_SECTIONS_QUERY)),
        frozenset(stems(r["k"].value) for r in rows(_FIGURE_KINDS_QUERY) if name_key(r["k"].value) not in figure_kinds),
        _grouped((r["c"].value, r["t"].value) for r in rows(_HELD_QUERY)),
        width_shared,
        {stems(r["d"].value): r["d"].value for r in rows(_BASELINE_DESCRIBED_QUERY)},
        {
            c: tuple(sorted(ds))
            for c, ds in _grouped((r["c"].value, r["d"].value) for r in rows(_BASELINE_DESCRIBED_QUERY)).items()
        },
        family_names,
        narrowing,
        _magnitudes(rows(_MAGNITUDES_QUERY)),
        _members(entities),
        {label: iri for iri, (label, _classes) in entities.items()},
    )


def _members(entities: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for iri, (_label, classes) in entities.items():
        for cls in classes:
            out.setdefault(cls, []).append(iri)
    return {cls: tuple(sorted(iris)) for cls, iris in out.items()}


def _magnitudes(rows: Any) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        out.setdefault(r["m"].value.lower(), set()).add((r["f"].value, r["c"].value))
    return {m: tuple(sorted(v)) for m, v in out.items()}


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """{a: every b paired with a}."""
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(a, set()).add(b)
    return {a: frozenset(bs) for a, bs in out.items()}


def _designers(rows: Any) -> dict[str, tuple[str, ...]]:
    """Chip -> the organizations that design it, sorted."""
    said: dict[str, set[str]] = {}
    for r in rows:
        said.setdefault(r["c"].value, set()).add(r["o"].value)
    return {c: tuple(sorted(v)) for c, v in said.items()}


def _stated_units(rows: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Kind of unit -> the stems of the words its counts are stated in, sorted."""
    said: dict[str, set[tuple[str, ...]]] = {}
    for r in rows:
        said.setdefault(r["k"].value, set()).add(stems(r["u"].value))
    return {k: tuple(sorted(v)) for k, v in said.items()}


def _sole_chips(rows: Any) -> dict[str, str]:
    """Organization -> its chip, for organizations that design exactly one chip of the graph."""
    designed: dict[str, set[str]] = {}
    for r in rows:
        designed.setdefault(r["o"].value, set()).add(r["c"].value)
    return {org: next(iter(chips)) for org, chips in designed.items() if len(chips) == 1}


def _closure(edges: Any) -> dict[str, list[str]]:
    """Each node -> every node reachable from it by one or more edges (SPARQL's ``+`` path), sorted."""
    direct: dict[str, set[str]] = {}
    for a, b in edges:
        direct.setdefault(a, set()).add(b)
    out: dict[str, list[str]] = {}
    for start in direct:
        seen: set[str] = set()
        todo = list(direct[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(direct.get(node, ()))
        out[start] = sorted(seen)
    return out


_LOADED: dict[int, tuple[Any, Lexicon]] = {}


def lexicon(store: Any, askable: set[str]) -> Lexicon:
    """The lexicon of ``store``: remembered per process, and kept in the store's cache entry."""
    cached = _LOADED.get(id(store))
    if cached is not None and cached[0] is store:
        return cached[1]
    lex = _saved(store, askable)
    _LOADED.clear()
    _LOADED[id(store)] = (store, lex)
    return lex


def forget(store: Any) -> None:
    """Drop the lexicon kept for ``store``, so the next question reads it again (a remote
    endpoint's graph may have changed under the same name)."""
    _LOADED.pop(id(store), None)
    directory = _entry_of(store)
    if directory is not None:
        try:
            os.unlink(os.path.join(directory, _FILE))
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise ChipkgError(f"cannot remove the saved lexicon in {directory}: {exc.strerror}") from None


def _entry_of(store: Any) -> str | None:
    """The cache entry directory ``store`` was opened from, the cache directory of a remote
    endpoint (chipkg.remote.Endpoint), or None (a store of the caller's)."""
    if hasattr(store, "cache_directory"):
        return store.cache_directory()
    opened = sys.modules.get("chipkg.store")
    for directory, one in getattr(opened, "_OPEN", {}).items():
        if one is store:
            return str(directory)
    return None


def _stamp(askable: set[str]) -> list[Any]:
    """What the saved lexicon was read with besides the graph: this code, the words file and the
    askable terms. The cache entry's name already hashes the graph's inputs."""
    from chipkg import resources

    out: list[Any] = [sorted(askable)]
    compiler = os.path.join(os.path.dirname(__file__), "compile.py")  # COUNT_MEASURES is read into the lexicon
    for path in (__file__, compiler, str(WORDS_FILE), *map(str, resources.query_files())):
        try:
            info = os.stat(path)
            out.append((path, info.st_size, info.st_mtime_ns))
        except OSError:
            out.append((path, -1, -1))
    return out


def _saved(store: Any, askable: set[str]) -> Lexicon:
    directory = _entry_of(store)
    if directory is None:
        return build(store, askable)
    path = os.path.join(directory, _FILE)
    stamp = _stamp(askable)
    try:
        with open(path, "rb") as handle:
            saved = handle.read()
        if saved[:8] == b"%08x" % zlib.crc32(saved[8:]):  # a damaged file is read again, not trusted
            tag, saved_stamp, fields, tables = marshal.loads(saved[8:])
            if tag == _FORMAT and saved_stamp == stamp:
                _word_tables(tables)
                return Lexicon(*fields)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing or damaged: read it again and rewrite the file
    lex = build(store, askable)
    payload = marshal.dumps((_FORMAT, stamp, tuple(lex), _word_tables()))
    try:
        files.write_file(path, b"%08x" % zlib.crc32(payload) + payload, durable=False)
    except ChipkgError:  # a read-only cache: read on every call
        pass
    return lex


ASKABLE_CLASS_ROOTS = (CK + "Chip", CK + "Processor", CK + "Organization")
#: classes of relations' values whose subclasses the lexicon reads as kinds of value
#: (:attr:`Lexicon.value_classes`): the systems a chip is deployed on, used for or supports
VALUE_CLASS_ROOTS = (CK + "System",)


def _report_binding(binding: str) -> str:
    """The suffix of a report an "# ask:" phrase leads to: "?param=value" for a parameter it binds,
    "!top" for the report's top rows, nothing for the whole report."""
    if binding == "top":
        return "!top"
    return "?" + binding if binding else ""
