"""Wrong answers (exit 0) and false refusals of ``chipkg ask`` and ``chipkg describe`` found on
main by red team 5 (classes B1-B8: the known wrong answers of the rtw4 brief), each fixed by its mechanism: the question,
paraphrases, and near misses that must still be answered right (article line numbers given).

- B1: a preposition of place ("on", "at", "in") before an organization, with no relation word,
  was read by the organization's own relation: "is the Groq LPU on AWS" answered false (designed
  by AWS). The article ties chips to clouds only through systems (deployed on), never "on AWS".
- B2: "how many GPUs can be connected with NVLink 5" counted the chips using NVLink 5 (1): a modal
  passive verb of joining asks how many can be joined (the scale out, 576 GPUs, l.41).
- B3: "which precision is the 650 teraflops of Trainium2" listed the chip's name back.
- B4: "which chips power Gemini" read "power" as the measure and refused as if the article tied
  no chip to Gemini (Trillium boosts Gemini, l.69).
- B5: "how many cards", "how many boards" counted every chip (24): the article calls one of them a
  card (the AI 100 Ultra, l.105); qualified ("the Tenstorrent cards") the word stays the chips.
- B6: "which chips contain a GPU" was refused: the M4's GPU (l.119) and the Snapdragon 8 Gen 3's
  Adreno 750 (l.97) are parts of those chips (ck:hasComponent, ck:integratedInto).
- B7: describe's "Referenced by" rows read backwards ("successor of  AWS Trainium2" on Trainium's
  card, which is the predecessor).
- B8: "what's the M4 used for" answered "no used for" where the article names its workloads
  (laptops and desktops, l.123).
"""

from __future__ import annotations

import pytest
from ask_expect import GPUS, REFUSE, check

B1: list[tuple[str, object]] = [
    ("is groq lpu on aws?", REFUSE),
    ("is the groq lpu at aws", REFUSE),
    ("is trainium2 in amazon?", REFUSE),
    ("which chips are at google", REFUSE),
    ("is the maia 100 on microsoft", REFUSE),
    # near misses: a relation said, a foundry after "on", the organization owning a chip
    ("is the groq lpu designed by aws", False),
    ("is the groq lpu from groq", True),
    ("chips made by tsmc on 7nm", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
    ("how many transistors are in nvidia's blackwell?", "208 billion"),
    ("which chips from nvidia are on 4nm", {"Nvidia Blackwell GPU"}),
]

B2: list[tuple[str, object]] = [
    ("how many gpus can be connected with nvlink 5", REFUSE),
    ("how many gpus can be linked together with nvlink", REFUSE),
    ("how many chips can be interconnected via nvlink", REFUSE),
    ("how many gpus can be hooked up with nvlink", REFUSE),
    ("how many gpus can be connected", REFUSE),
    # near misses: chips that use it, a passive that joins nothing, the chip's own scale out
    ("how many chips use nvlink 5", "1"),
    ("how many chips can connect via pcie 4.0", "3"),
    ("how many chips can be made on 7nm", "6"),
    ("how many gpus can blackwell link together with nvlink?", "up to 576 GPUs, via NVLink 5, per cluster"),
]

B3: list[tuple[str, object]] = [
    ("what precision is the trainium2's 650 teraflops", REFUSE),
    ("which precision is the 650 teraflops of trainium2", REFUSE),
    ("which precision are trainium2's 650 teraflops", REFUSE),
    ("what's the precision of trainium2's 650 teraflops", REFUSE),
    # near miss: the figure asked, shown with its precision
    ("what is trainium2's performance", "650 teraFLOPS, FP16"),
    ("which node is gaudi 3 on", "5nm"),
]

B4: list[tuple[str, object]] = [
    ("which chips power gemini", {"Google Trillium TPU"}),
    ("what chips power gemini models", {"Google Trillium TPU"}),
    ("how many chips power gemini", "1"),
    ("does trillium power gemini", True),
    # near misses: the measure itself
    ("which chip powers gemini", {"Google Trillium TPU"}),
    ("which chips have power over 100 w", {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"}),
    ("which chip burns the most power?", "Tenstorrent Grayskull e150"),
]

B5: list[tuple[str, object]] = [
    ("how many cards", REFUSE),
    ("how many boards", REFUSE),
    ("how many cards are there", REFUSE),
    ("list all boards", REFUSE),
    ("how many accelerator cards are there", REFUSE),
    # near misses: qualified, the word is the chips; "accelerators" is the article's word for them
    ("how many Tenstorrent boards does it cover?", "2"),
    ("pcie gen4 cards", {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"}),
    ("which tenstorrent card uses more power?", "Tenstorrent Grayskull e150"),
    # "accelerators" are the AI processors: not the Ryzen 9000 desktop CPU or the Snapdragon platform
    # (session 49; red team 86)
    ("how many accelerators are there", "22"),
    ("how many chips are there", "24"),
    (
        "Order the two Tenstorrent Grayskull boards by Tensix core count, highest first.",
        ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"],
    ),
]

B6: list[tuple[str, object]] = [
    ("which chips contain a gpu", {"Apple M4", "Qualcomm Snapdragon 8 Gen 3"}),
    ("which chips have a gpu inside", {"Apple M4", "Qualcomm Snapdragon 8 Gen 3"}),
    ("how many chips contain a gpu", "2"),
    ("does the m4 have a gpu", True),
    ("does the snapdragon 8 gen 3 have a gpu", True),
    ("which chips contain an npu", {"Apple M4"}),
    # near misses: a chip's own kind; a part the article lists no chip without; a kind that is no part
    (
        "which chips are gpus",
        GPUS,
    ),
    ("does the groq lpu have a gpu", REFUSE),
    ("which chips don't contain a gpu", REFUSE),
    ("does the maia 100 use liquid cooling?", True),
    # the technique, which l.185 credits to Grayskull too: refused (red team 10 R11, test_ask_known_wrong6)
    ("which chips use in-memory compute", (REFUSE, "technique")),
]

B8: list[tuple[str, object]] = [
    ("what's the m4 used for", {"laptop", "desktop", "inference"}),
    ("what is the groq lpu used for", {"data center", "inference"}),
    ("which chips are used for laptops", {"Apple M4"}),
    # near misses: a stated use answered first; other words of two relations unchanged
    ("what is trillium used for", {"Gemini"}),
    ("which applications does the maia 100 power?", {"Azure OpenAI Service", "Microsoft Copilot"}),
    ("what is the m4 made by", "Apple"),
    ("is the m4 used for laptops", True),
]

CASES = B1 + B2 + B3 + B4 + B5 + B6 + B8


def test_cases_collected():
    assert len(CASES) == 61


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_5_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_used_for_reading_says_what_the_article_does_not_name(ask_json):  # noqa: ANN001
    data = check(ask_json, "what's the m4 used for", {"laptop", "desktop", "inference"})
    assert "the article names no used for" in data["reading"]


@pytest.mark.parametrize(
    ("name", "row", "backwards"),
    [
        ("AWS Trainium", "successor of AWS Trainium  AWS Trainium2", "  successor of  AWS Trainium2"),
        ("Habana Labs", "acquired Habana Labs  Intel", "  acquired  Intel"),
        ("TSMC", "manufactured by TSMC  Apple M4", "  manufactured by  Apple M4"),
    ],
)
def test_describe_referenced_by_reads_from_the_referrer(kg, name, row, backwards):  # noqa: ANN001
    """B7: a row says the relation with this entity as its value, so it reads the right way round."""
    from click.testing import CliRunner

    import chipkg.store
    from chipkg.cli import cli

    original = chipkg.store.open_store
    chipkg.store.open_store = lambda **_kw: kg.store  # type: ignore[assignment]
    try:
        result = CliRunner().invoke(cli, ["describe", name])
    finally:
        chipkg.store.open_store = original  # type: ignore[assignment]
    assert result.exit_code == 0, result.output
    block = result.output.split("Referenced by\n", 1)[1].split("\n\n", 1)[0]
    lines = [" ".join(line.split()) for line in block.splitlines()]
    assert any(line.startswith(" ".join(row.split())) for line in lines), block
    assert not any(line.startswith(" ".join(backwards.split())) for line in lines), block
