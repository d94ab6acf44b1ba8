"""``chipkg ask``: the classes of discourse vocabulary (words.tsv, role ``discourse``, the block of the
thirteenth session), added by family rather than word by word: verbs of reading, seeing, believing and
saying in the forms the stemmer leaves apart ("saw", "understood"), nouns of discourse ("basis",
"view", "gist", "colleague"), stance adverbs of feeling ("candidly"; not those that loosen a match:
"loosely", "arguably"), referring words ("therein", "as mentioned above"), the asker's reading with
"it" of the text ("as I read it", "as it stands"), fixed phrases of doubt ("unless I misread"). With
them, the asker's reason ("I ask because ...": role ``remark``) and asking ("I ask") are inert in a
clause of discourse, except a remark of magnitude or grade ("the higher end"); a lead-in with no comma
that opens with a preposition and ends in a word of discourse is no clause of its own when a name
follows it ("For client devices ..."), nor any lead-in with no comma when a preposition follows it ("I
could be wrong about Nvidia, which chips ...", read before as Nvidia's chips only). Every question here
was written for this file; none is a held-out row.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, SEVEN_NM_CHIPS, check

from chipkg.ask import lexicon

FIVE = {"Intel Gaudi 3", "Microsoft Maia 100"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # (1) verbs of reading, seeing, understanding, believing
        ("As I read it, which chips are built on 7nm?", SEVEN_NM_CHIPS),
        ("If I have understood the piece, which chips are built on 5nm?", FIVE),
        ("What is the SRAM of the Groq LPU? I saw another number somewhere and got confused.", REFUSE),  # "another"
        ("What is the SRAM of the Groq LPU? I saw it quoted somewhere and got confused.", REFUSE),  # "it"
        ("What is the SRAM of the Groq LPU? I saw a blog post on this and got confused.", "128 MB"),
        ("I heard this discussed on a call. Which chips support BF16?", {"AWS Trainium2", "Groq LPU"}),
        # (2) verbs of saying, asking, checking
        ("My colleague insists otherwise, so let me settle it: which chips are built on 5nm?", REFUSE),
        ("What is the SRAM of the Groq LPU? I ask because my colleague and I disagree.", "128 MB"),
        ("Could you clarify which chips are built on 5nm?", FIVE),
        # (3) nouns of discourse
        ("On what basis, then, is the Maia 100 put on a process node? Which node is it?", REFUSE),
        ("In my view, which chips are built on 5nm?", FIVE),
        ("For the sake of completeness, which chips support BF16?", {"AWS Trainium2", "Groq LPU"}),
        ("By way of background, which chips are built on 5nm?", FIVE),
        ("With a view to a procurement decision, what HBM capacity does the Gaudi 3 have?", "128 GB"),
        # (4) stance adverbs
        ("Candidly, which chips support BF16?", {"AWS Trainium2", "Groq LPU"}),
        ("Unsurprisingly, which chips are built on 5nm?", FIVE),
        # (5) referring words, (6) the asker's reading with "it"
        ("As mentioned above, which chips are built on 5nm?", FIVE),
        ("As it stands, which chips are built on 7nm?", SEVEN_NM_CHIPS),
        ("Put differently, which chips are built on 5nm?", FIVE),
        # (9) fixed phrases of doubt and candour
        ("Unless I misread, which chips are built on 7nm?", SEVEN_NM_CHIPS),
        ("Long story short, which chips are built on 5nm?", FIVE),
        ("As a sanity check, which chips support BF16?", {"AWS Trainium2", "Groq LPU"}),
        ("I could be wrong, which chips are built on 4nm?", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"}),
    ],
)
def test_discourse_families(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a word of discourse in the question proper says something ask cannot read: refused
        ("Which chips have you seen on 4nm?", REFUSE),
        ("Which chips properly support FP8?", REFUSE),
        ("Which chips mentioned above are built on 7nm?", REFUSE),
        ("What is the price point of Gaudi 3?", REFUSE),
        ("Which chip does the article advise for edge use?", REFUSE),  # 'advise' is no filler
        ("Which chips were granted an export licence?", REFUSE),
        # a stance adverb that loosens or tightens a match, or hedges a fact, is no word of discourse
        ("Which chips use 7nm, broadly?", REFUSE),
        ("Which chips support FP8, properly?", REFUSE),
        ("Does the MI350 use HBM3E, perhaps?", REFUSE),
        ("Is the Maia 100 built on 5nm, arguably?", REFUSE),
        # a clause of discourse with a word of the graph, an operator or a grade: kept, and read or refused
        ("For the sake of the startups, which chips are built on 7nm?", REFUSE),  # its phrase would be a condition
        (
            "With a view to the startups, which chips are built on 7nm?",
            {"SambaNova SN40L", "Cerebras CS-3", "Groq LPU"},
        ),
        ("From the standpoint of training, which chips use HBM?", REFUSE),
        ("I ask because only the startups matter: which chips are built on 7nm?", REFUSE),
        ("Because of the startups, which chips are built on 7nm?", REFUSE),
        ("I think the higher end matters: which chips are built on 7nm?", REFUSE),  # a grade may narrow
        ("In my view the cheap ones matter most: which chips are built on 7nm?", REFUSE),
        # "unless" alone sets a condition
        ("Unless the startups count, which chips are built on 7nm?", REFUSE),
        ("Unless I misread the startups, which chips are built on 7nm?", REFUSE),
        # a lead-in with no comma followed by a preposition: its phrase is the lead-in's ("wrong about
        # Nvidia"); cut before it, the question was read as Nvidia's chips on 4nm only
        ("I could be wrong about Nvidia, which chips are built on 4nm?", REFUSE),
        ("If memory serves about Nvidia, which chips are built on 4nm?", REFUSE),
        ("Unless I'm wrong about Nvidia, which chips are built on 4nm?", REFUSE),
        # a lead-in ending in a noun of discourse that modifies a name after it: not a clause of its own
        ("For client devices, which chips are built on 4nm?", REFUSE),
        ("For client devices which chips are built on 4nm?", REFUSE),
        ("For analyst chips which are built on 5nm?", REFUSE),
    ],
)
def test_words_that_could_change_the_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def _block() -> list[tuple[str, str, str]]:
    """The lines of words.tsv's block of this file (its header names tests/test_ask_words29.py)."""
    lines, inside = [], False
    for line in lexicon.WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("# --- "):
            inside = "test_ask_words29.py" in line
        elif inside and line.strip() and not line.startswith("#"):
            phrase, role, *value = line.split("\t")
            lines.append((phrase, role, value[0] if value else ""))
    return lines


def test_block_adds_no_name_property_or_number(kg):  # noqa: ANN001
    """No word of the block is a name, a word of the graph's vocabulary, a number word or a hedge, and
    none is listed twice in words.tsv (a phrase listed again is matched as spelled, the first reading
    its stem)."""
    from chipkg.ask.answer import lexicon_of

    lex = lexicon_of(kg.store)
    block = _block()
    assert len(block) > 150
    everywhere = [(p, r) for p, r, _v in lexicon._word_lines() if r not in lexicon._NOT_WORDS]  # words of a question
    for phrase, role, _value in block:
        assert role in ("discourse", "filler"), phrase
        assert lexicon.stems(phrase) not in lex.vocab, phrase
        assert lexicon.name_key(phrase) not in lex.names, phrase
        assert lexicon.stems(phrase) not in lex.hedges, phrase
        assert not any(t.isdigit() for t in lexicon.tokens(phrase)), phrase
        assert sum(1 for p, _r in everywhere if p == phrase) == 1, phrase
