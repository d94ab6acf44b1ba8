"""Wrong answers (exit 0) of red-team round 2 (/work/brief/redteam2-wrong.md) where words that carry
the question were dropped and another question was answered: W3, W4, W5, W6, W9, W10, W13, W15, W16,
W17. Each class: the report's questions, paraphrases of them, and near misses that must still be
answered. Expected answers come from the article (line numbers) and the graph; a refusal is
always acceptable, a wrong answer never.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

DESIGNERS_BUT_NVIDIA = {
    "AMD",
    "AWS",
    "Apple",
    "Cerebras Systems",
    "Google",
    "Groq",
    "IBM",
    "Intel",
    "Meta",
    "Microsoft",
    "Mythic",
    "Qualcomm",
    "SambaNova Systems",
    "Tenstorrent",
    "d-Matrix",
}

CASES: list[tuple[str, object]] = [
    # W13: 'deployed on / available on / used by <organization>' was read as 'designed by' and
    # answered 'false' (closed-world designer); the article says where chips are deployed only as
    # systems (Azure, EC2 UltraClusters, AI Hypercomputer)
    ("is the groq lpu deployed on aws", REFUSE),
    ("is maia 100 deployed on aws", REFUSE),
    ("is trillium deployed on aws", REFUSE),
    ("is the m4 deployed on google", REFUSE),
    ("is gaudi 3 deployed on microsoft", REFUSE),
    ("is trainium2 deployed on aws", REFUSE),
    ("is trainium2 available on aws", REFUSE),
    ("is trainium2 used by amazon", REFUSE),
    ("is the maia 100 deployed by microsoft", REFUSE),
    ("is the groq lpu available on google", REFUSE),
    ("which chips are deployed on aws", REFUSE),
    ("which chips are used by microsoft", REFUSE),
    ("is the sn40l adopted by meta?", REFUSE),
    ("is maia 100 deployed on azure", True),  # line 81
    ("which chips are deployed on azure", {"Microsoft Maia 100"}),
    ("which chips are used by copilot", {"Microsoft Maia 100"}),
    ("is trainium2 deployed on ec2 ultraclusters", True),  # line 75
    ("is gaudi 3 designed by intel", True),
    ("is the groq lpu hosted on aws", REFUSE),
    ("which chips are offered by aws", REFUSE),
    ("which chips run on aws", REFUSE),
    ("is maia 100 hosted on azure", True),
    # W10: the kind of organization in 'which <kind> makes <chip>' was dropped (Intel named as a
    # hyperscaler); 'which foundry designed the M4' answered the foundry
    ("which hyperscaler makes gaudi 3", REFUSE),
    ("which startup makes gaudi 3", REFUSE),
    ("which startup designed blackwell", REFUSE),
    ("which megacap makes the groq lpu", REFUSE),
    ("which hyperscaler designed the groq lpu", REFUSE),
    ("is gaudi 3 designed by a hyperscaler", REFUSE),
    ("is the groq lpu designed by a megacap", REFUSE),
    ("is blackwell designed by a startup", REFUSE),
    ("which foundry designed the m4", REFUSE),  # Apple designed it, TSMC makes it (line 119)
    ("which hyperscaler built the mi350", REFUSE),
    ("which foundry designs the m4", REFUSE),
    ("is gaudi 3 made by a startup", REFUSE),
    ("what startup designs the cs-3", {"Cerebras Systems"}),
    ("which hyperscaler designed trainium2", {"Amazon"}),  # AWS, Amazon's (graph: parent organization)
    ("is trainium2 designed by a hyperscaler", True),
    ("is the m4 made by a foundry", True),
    ("which foundry makes the m4", "TSMC"),
    ("which company designed the m4", "Apple"),
    ("who makes gaudi 3", "Intel"),
    # W17: 'which companies other than X build chips' listed every organization but X
    ("which companies other than nvidia build chips", REFUSE),
    ("which companies except nvidia build chips", REFUSE),
    ("which companies build chips except nvidia", REFUSE),
    ("how many companies except nvidia build chips", REFUSE),
    ("which companies besides amd build ai chips", REFUSE),
    ("which organizations except intel build chips", REFUSE),
    ("which firms apart from groq build accelerators", REFUSE),
    ("which companies other than nvidia design chips", DESIGNERS_BUT_NVIDIA),
    ("which hyperscalers besides meta build chips", {"Amazon", "Google", "Microsoft"}),
    ("uxl foundation members except AMD", {"Google", "Intel"}),
    # W5: 'what is X made of' asks its make-up, not its designer
    ("what is the m2000 made of", REFUSE),
    ("what is the m4 made of", REFUSE),
    ("what is blackwell made of", REFUSE),
    ("what is gaudi 3 made of", REFUSE),
    ("what is the sn40l made up of", REFUSE),
    ("what does the groq lpu consist of", REFUSE),
    ("what is each amp tile made of", REFUSE),
    ("which chips are made of two dies", {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}),
    ("what is the m4 made by", "Apple"),
    ("what is the m4 made on", "3nm"),
    (
        "chips made by tsmc",
        {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
    ),
    # W9: 'what PCIe does X use' answered with the chip's own name
    ("what pcie does gaudi 3 support", REFUSE),  # PCIe 5.0 (line 55)
    ("what pcie does the ai 100 ultra use", REFUSE),  # PCIe 4.0 (line 107)
    ("which pcie does grayskull use", REFUSE),
    ("what nvlink does blackwell use", REFUSE),
    # the chip's memory of that kind since session 51 (read as a list, it answered the chip's own name)
    ("which hbm does the mi350 have", "likely HBM3E, off-chip"),
    ("what interconnect does gaudi 3 use", {"Ethernet", "PCIe 5.0", "RoCE", "die-to-die interconnect"}),
    ("which chips use nvlink 5", {"Nvidia Blackwell GPU"}),
    ("what hbm capacity does gaudi 3 have", "128 GB"),
    # W3: an interconnect's reach or speed answered with the chips that use it
    ("how many gpus does nvlink 5 connect", REFUSE),  # up to 576 GPUs (line 41)
    ("how many gpus can nvlink 5 connect", REFUSE),
    ("how many gpus does nvlink connect", REFUSE),
    ("how fast is nvlink 5", REFUSE),  # 1.8 TB/s per GPU (line 41)
    ("how fast is nvlink", REFUSE),
    ("how fast is pcie 5.0", REFUSE),
    ("how fast is ici", REFUSE),
    ("how fast is roce", REFUSE),
    ("how many chips can pcie 4.0 connect", REFUSE),
    ("how many gpus does nvlink 5 support", REFUSE),
    ("what is the speed of pcie 5.0", REFUSE),
    ("what is the capacity of sram", REFUSE),
    ("how many chips support nvlink 5", "1"),
    ("how many gpus use nvlink 5", "1"),
    # W4: 'node configuration', 'a Gaudi 3 node' read as the process node
    ("gaudi 3 node configuration", REFUSE),  # eight accelerators per node (line 57)
    ("gaudi 3 node setup", REFUSE),
    ("what is a gaudi 3 node", REFUSE),
    ("what is the gaudi 3 node configuration?", REFUSE),
    ("gaudi 3 node config", REFUSE),
    ("what's in a gaudi 3 node", REFUSE),
    ("what does a gaudi 3 node contain", REFUSE),
    ("gaudi 3 node", "5nm"),
    ("what node is gaudi 3 built on", "5nm"),
    ("what is the gaudi 3 process node", "5nm"),
    # W6: what one tile or core contains answered with the chip's count of them
    ("what does each m2000 tile contain", REFUSE),  # line 163
    ("what is in each m2000 tile", REFUSE),
    ("what does a tensix core include", REFUSE),  # line 181
    ("what does every grayskull tensix core contain", REFUSE),
    ("how many tiles does the m2000 have", "108 AMP tiles"),
    ("how many tensix cores does the e150 have", "120 Tensix cores"),
    ("how much sram does each gaudi 3 die have", "48 MB, per die"),  # per die (line 53)
    # W15: 'according to the Future Prospects section' dropped; that section says RDNA (line 193)
    ("which architecture do amd's gpus use according to the future prospects section", REFUSE),
    ("according to the future prospects section, what architecture do amd's gpus use", REFUSE),
    ("what architecture does the mi350 use according to the future prospects section", REFUSE),
    ("per the future prospects section, which architecture does amd use?", REFUSE),
    ("per the sambanova section, what node is the sn40l built on", "7nm"),
    # W16: the counted nodes or pods read as a scope
    ("how many nodes in a gaudi 3 cluster", REFUSE),  # a 1,024-node cluster (line 57)
    ("how many nodes can a gaudi 3 cluster have", REFUSE),
    ("gaudi 3 cluster node count", REFUSE),
    ("how many pods can trillium scale to", REFUSE),  # thousands of TPUs across pods (line 67)
    ("how many nodes does the largest gaudi 3 cluster have", REFUSE),
    ("number of pods in a trillium cluster", REFUSE),
    ("trillium pod count", REFUSE),
    ("how many trillium pods", REFUSE),
    ("how many gaudi 3 nodes in a cluster", REFUSE),
    ("how many cores has NorthPole got?", "256 cores (compute cores)"),
    ("how many trillium tpus in a pod", "up to 256 units, via ICI, per pod"),
    ("how many chips can nvlink 5 link together with blackwell?", "up to 576 GPUs, via NVLink 5, per cluster"),
    ("cs-3 cluster size", "up to 2,048 interconnected units, per cluster"),
    ("how many chips per process node", ["7nm", "4nm", "5nm", "12nm", "3nm", "40nm", "6nm"]),
]


def test_case_count():
    """The cases collected: a stray filter cannot skip most of them silently."""
    assert len(CASES) == 120


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_dropped_words_red_team2(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
