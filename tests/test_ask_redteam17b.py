"""``chipkg ask``: red team 17, classes 3 and 4 (wrong answers, exit 0).

3. A yes/no answered with a table. "Is TSMC the designer of the Groq LPU?" answered Groq (an
   organization table); "is Groq the foundry for the Groq LPU?" answered TSMC; "does the article
   compare the Corsair C8 with the H100?" answered the side-by-side report. Now: an organization named
   with a role of one chip (designer, foundry, maker, "the company that designs") is the yes/no of that
   relation, parents counted as "is the Trainium2 designed by Amazon?" counts them
   (parse.frames._role_yes_no); "does the article compare A with B" is a yes/no over the comparison
   claims (answer._compared_yes_no); and any question that opens with an auxiliary and has no
   question word is answered yes/no or refused, never with a table (parse.frames.yes_no_kept).
4. "More / less than N FLOPS" at any precision decided from one stated figure: the Trainium2's FP16
   650 TFLOPS answered "more than 1 PFLOPS" false, though it also supports cFP8 (and FP32, TF32,
   BF16) with no figure (l.75); the M4 GPU's 7.5 TFLOPS answered "more than 10 TFLOPS" false for the
   M4. Now such figures bound the chip's performance from below only: "more than" is true on a
   stated figure above the number, anything else refused naming what is not stated
   (answer._performance_part). "Which has more TOPS, A or B" is told as the yes/no "does A deliver
   more TOPS than B" tells it (NorthPole's INT2 800 against the AI 100 Ultra's INT8 400 was picked).
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

from chipkg import sparql

# ---------------------------------------------------------------------------------------------- class 3


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the role said, the organization not in it: no (chip:groq-lpu designedBy groq, manufacturedBy tsmc)
        ("Is TSMC the designer of the Groq LPU?", False),
        ("TSMC is the Groq LPU's designer, right?", False),
        ("Is TSMC the company that designs the Groq LPU?", False),
        ("Is TSMC the designer of the Blackwell GPU?", False),
        ("Was TSMC the designer of the Apple M4?", False),
        # in the role: yes, a parent counted as the passive form counts it
        ("Is Amazon the designer of the Trainium2?", True),
        ("Is Amazon the company that designs the Trainium2?", True),
        ("Is Alphabet the designer of the Trillium?", True),
        ("Is Intel the designer of the Gaudi 3?", True),
        ("Is Meta the designer of the MTIA v2?", True),
        ("Is TSMC the foundry of the Groq LPU?", True),
        ("Is TSMC the fab for the Apple M4?", True),
        ("Is TSMC the company that fabricates the Blackwell GPU?", True),
        # "maker" is the designer or the foundry: yes by either (as "is the M4 made by TSMC")
        ("Is TSMC the maker of the Apple M4?", True),
        ("Is the Apple M4's maker TSMC?", True),
    ],
)
def test_an_organization_in_a_role_of_a_chip_is_a_yes_no(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the designer as the foundry: the article does not name it the foundry (refused, as the passive is)
        "Is Groq the foundry for the Groq LPU?",
        "Is Apple the foundry of the M4?",
        "Is Nvidia the foundry for the Blackwell GPU?",
        "Is Qualcomm the foundry of the AI 100 Ultra?",
        # two roles, or a kind beside the role: not read
        "Is TSMC the foundry that designs the Groq LPU?",
        "Is Groq the startup that designs the Groq LPU?",
    ],
)
def test_an_organization_not_named_in_the_role_is_never_answered_with_the_one_that_is(ask_json, question):  # noqa: ANN001
    code, stdout = ask_json(question)
    data = json.loads(stdout)
    assert (code == 0 and data.get("boolean") is False) or (code == 1 and data["answered"] is False), stdout[:300]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the article compare the Corsair C8 with the H100?", True),
        ("Does the Corsair C8 compare against the H100?", True),
        ("Does the article compare the H100 with the Corsair C8?", True),
        ("Does the article compare the Trainium2 with the Trainium?", True),
        # no comparison claim between them: refused, not false (the prose may still set them side by side)
        ("Does the article compare the Gaudi 3 with the Trillium?", (REFUSE, "no comparison claim")),
        # an evaluation ask cannot make
        ("Does the Gaudi 3 compare well with the Trillium?", REFUSE),
        ("Does the Corsair C8 compare favorably with the H100?", REFUSE),
        ("Does the article compare the Gaudi 3 and the H100 in HBM?", REFUSE),
    ],
)
def test_whether_the_article_compares_two_chips_is_a_yes_no(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # controls: the forms that were right stay right
        ("Is the Trainium2 designed by Amazon?", True),
        ("Is the Groq LPU designed by TSMC?", False),
        ("Is the Groq LPU made by TSMC?", True),
        ("Does the Corsair C8 outperform the H100 on generative AI?", True),
        ("Who designs the Groq LPU?", "Groq"),
        ("Which foundry makes the Groq LPU?", "TSMC"),
        ("Is the Groq LPU designed by a startup?", True),
        ("Are there any GPUs that ship with HBM?", {"AMD Instinct MI350", "Intel Gaudi 3"}),
        ("Does the Groq LPU have more SRAM than the Cloud AI 100 Ultra?", False),
        ("Is AMD a member of the UXL Foundation?", True),
    ],
)
def test_controls_of_class_3_stay_right(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def _labels(kg, cls: str) -> list[str]:  # noqa: ANN001
    query = (
        "PREFIX ck: <https://w3id.org/chipkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        f"SELECT DISTINCT ?l WHERE {{ ?x a ck:{cls} ; rdfs:label ?l }} ORDER BY ?l"
    )
    return [str(r[0].value if hasattr(r[0], "value") else r[0]) for r in sparql.run(kg.store, query).rows]


#: yes/no templates of every shape red team 17 found answered with a table, over real names
_TEMPLATES = (
    "Is {org} the designer of the {chip}?",
    "Is {org} the foundry for the {chip}?",
    "Is {org} the maker of the {chip}?",
    "Is {org} the company that designs the {chip}?",
    "Was {org} the manufacturer of the {chip}?",
    "Is the {chip}'s designer {org}?",
    "Does the article compare the {chip} with the {other}?",
    "Does the {chip} compare against the {other}?",
    "Does the {chip} have the most {measure} above 1 GB?",
    "Is the chip with the most {measure} the {chip}?",
    "Does the {chip} deliver more {measure} than the {other}?",
    "Is {org} the developer of the {chip}, per the article?",
)


def test_generated_auxiliary_first_questions_answer_yes_no_or_refuse(ask_json, kg):  # noqa: ANN001
    """Many questions that open with an auxiliary and have no question word, from templates over the
    graph's chips and organizations: each is answered yes/no (a boolean) or refused, never a table."""
    chips = _labels(kg, "Chip")
    orgs = _labels(kg, "Organization")
    assert len(chips) > 10 and len(orgs) > 10
    measures = ("SRAM", "HBM", "transistors", "TOPS", "TFLOPS", "power")
    tables = []
    asked = 0
    for i, template in enumerate(_TEMPLATES):
        for j in range(0, len(chips), 3):
            chip, other = chips[(j + i) % len(chips)], chips[(j + i + 5) % len(chips)]
            question = template.format(
                chip=chip, other=other, org=orgs[(j + 2 * i) % len(orgs)], measure=measures[(i + j) % len(measures)]
            )
            code, stdout = ask_json(question)
            asked += 1
            data = json.loads(stdout) if stdout.strip().startswith("{") else {}
            if not ((code == 0 and "boolean" in data) or (code == 1 and data.get("answered") is False)):
                tables.append((question, code, stdout[:160]))
    assert asked >= 60
    assert not tables, tables[:5]


# ---------------------------------------------------------------------------------------------- class 4


@pytest.mark.parametrize(
    "question",
    [
        # the Trainium2: FP16 650 TFLOPS stated; cFP8, FP32, TF32, BF16 supported with no figure (l.75)
        "Does the Trainium2 deliver more than 1 PFLOPS?",
        "Does the Trainium2 deliver more than 1 petaflop of performance?",
        "Is the Trainium2's performance below 1 petaflop?",
        "Is the Trainium2's maximum performance under 700 TFLOPS?",
        "Does the Trainium2 deliver less than 700 TFLOPS?",
        "Can the Trainium2 exceed 800 TFLOPS?",
        "Is the Trainium2's performance between 600 and 700 TFLOPS?",
        # the AI 100 Ultra: INT8 400 TOPS; INT16 supported with no figure
        "Does the AI 100 Ultra deliver more than 500 TOPS?",
        "Is the Cloud AI 100 Ultra's performance under 450 TOPS?",
        # the M4: 7.5 TFLOPS is its GPU's, not the chip's
        "Does the M4 deliver more than 10 TFLOPS?",
        "Does the M4 deliver less than 10 TFLOPS?",
        "Is the M4 slower than 10 TFLOPS?",
        "Is the Apple M4's performance under 8 TFLOPS?",
    ],
)
def test_any_precision_is_not_decided_by_a_part_of_the_chips_figures(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "does not say"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # true on a stated figure above the number
        ("Does the Trainium2 deliver more than 100 TFLOPS?", True),
        ("Does the AI 100 Ultra deliver more than 300 TOPS?", True),
        ("Does the M4 deliver more than 5 TFLOPS?", True),
        # a precision named: its figure decides
        ("Does the Trainium2 deliver more than 500 TFLOPS of FP16?", True),
        ("Does the Trainium2 deliver less than 700 TFLOPS at FP16?", True),
        ("Does the Trainium2 deliver more than 1 petaflop of FP16?", False),
        # complete figures: decided as before
        ("Does the Maia 100 deliver more than 1 PFLOPS?", False),
        ("Does the Groq LPU deliver more than 2 PetaOPS?", False),
    ],
)
def test_controls_of_class_4_stay_decided(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which has more TOPS, the NorthPole or the AI 100 Ultra?",
        "Between the NorthPole and the AI 100 Ultra, which delivers more operations per second?",
        "Does the Trainium2 deliver more TFLOPS than the Maia 100?",
        "Does the Maia 100 deliver more TFLOPS than the Trainium2?",
        "Does the NorthPole deliver more TOPS than the AI 100 Ultra?",
    ],
)
def test_which_of_two_has_more_at_any_precision_is_told_as_the_yes_no(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which has more TOPS, the Groq LPU or the M2000?", "Groq LPU"),
        ("Which has more TFLOPS, the Maia 100 or the Corsair C8?", "d-Matrix Corsair C8"),
        # the stated figures compared (the Trainium2's FP16 650 against the Maia 100's 800)
        ("Which of the Maia 100 and the Trainium2 has the higher stated peak TFLOPS?", "Microsoft Maia 100"),
        ("Does the Maia 100 deliver more TFLOPS than the Corsair C8?", False),
    ],
)
def test_which_of_two_with_whole_figures_is_told(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_auxiliary_first_backstop_refuses_a_table():
    """parse.frames.yes_no_kept on its own: an organizations table read from "is <org> ... <chip>?"
    (no question word) is refused; with a question word, or "are there any", it stands."""
    from chipkg.ask import frame as F
    from chipkg.ask.parse.frames import yes_no_kept
    from chipkg.ask.parse.items import Item, NoAnswer

    orgs = F.Frame(F.ORGS, ())
    aux = [Item("word", "is", role="aux"), Item("entity", "tsmc"), Item("term", "designer"), Item("entity", "m4")]
    with pytest.raises(NoAnswer):
        yes_no_kept(orgs, aux)
    yes_no_kept(F.Frame(F.YESNO, ()), aux)
    yes_no_kept(orgs, [Item("word", "who", role="who"), *aux[1:]])
    yes_no_kept(F.Frame(F.CHIPS, ()), [Item("word", "are", role="aux"), Item("word", "there any", role="filler")])
