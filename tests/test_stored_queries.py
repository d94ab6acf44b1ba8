"""Golden tests for every stored query in queries/*.rq, run through the CLI.

Each case runs ``chipkg query NAME --param ... --format json`` and compares the W3C JSON rows with
rows typed BY HAND from the article (shared/sources/ai-chip-race.txt); the comment on each value
cites the article line it comes from. Nothing here was produced by running the queries.

Comparison rules: numbers with math.isclose (Oxigraph writes 1967.0 as 1967), labels as strings,
``None`` for a cell that must be empty (a fact the article does not give), ``Parts(...)`` for a
GROUP_CONCAT cell whose order is unspecified. Only the columns an expected row names are compared.
``ordered=True`` where the query's ORDER BY defines the order, otherwise rows compare as a multiset.
"""

from __future__ import annotations

import json
import math
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chipkg import catalog
from chipkg.cli import cli

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
FIG = "https://w3id.org/chipkg/figure/"  # figure nodes (?..._figure columns; table output shows their text)
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long")}


# --------------------------------------------------------------------------- helpers


class Parts:
    """A GROUP_CONCAT cell: the same parts in any order."""

    def __init__(self, *parts: str, sep: str = ", ") -> None:
        self.parts = sorted(parts)
        self.sep = sep

    def matches(self, actual: Any) -> bool:
        return isinstance(actual, str) and sorted(actual.split(self.sep)) == self.parts

    def __repr__(self) -> str:
        return f"Parts{tuple(self.parts)!r}"


def cell(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    if binding["type"] != "literal":
        return binding["value"]
    datatype = binding.get("datatype", XSD + "string")
    if datatype in NUMERIC:
        return float(binding["value"])
    if datatype == XSD + "boolean":
        return binding["value"] == "true"
    return binding["value"]


def run(name: str, params: dict[str, str]) -> tuple[list[str], list[dict[str, Any]]]:
    args = ["query", name, "--format", "json"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, f"{name} {params}: exit {result.exit_code}: {result.output}"
    data = json.loads(result.stdout)
    if "boolean" in data:  # an ASK query: one row, one column
        return ["boolean"], [{"boolean": data["boolean"]}]
    variables = data["head"]["vars"]
    rows = [{v: cell(b.get(v)) for v in variables} for b in data["results"]["bindings"]]
    return variables, rows


def same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, Parts):
        return expected.matches(actual)
    if expected is None:
        return actual is None
    if isinstance(expected, bool):
        return actual is expected
    if isinstance(expected, (int, float)):
        return isinstance(actual, float) and math.isclose(actual, float(expected), rel_tol=1e-9)
    return actual == expected


def row_matches(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    return all(same(value, actual.get(key)) for key, value in expected.items())


@dataclass
class Case:
    query: str
    params: dict[str, str]
    rows: list[dict[str, Any]]
    ordered: bool = True
    note: str = ""
    marks: list[Any] = field(default_factory=list)

    @property
    def id(self) -> str:
        shown = ",".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.query}[{shown}]" if shown else self.query


def check(case: Case) -> None:
    variables, actual = run(case.query, case.params)
    for expected in case.rows:
        missing = [k for k in expected if k not in variables]
        assert not missing, f"{case.id}: no column {missing} in {variables}"
    assert len(actual) == len(case.rows), (
        f"{case.id}: expected {len(case.rows)} rows, got {len(actual)}:\n"
        + "\n".join(str({k: r[k] for k in variables[:3]}) for r in actual)
    )
    if case.ordered:
        for i, (exp, act) in enumerate(zip(case.rows, actual, strict=True)):
            assert row_matches(exp, act), f"{case.id}: row {i}: expected {exp}, got {act}"
        return
    unmatched = list(actual)
    for exp in case.rows:
        hit = next((a for a in unmatched if row_matches(exp, a)), None)
        assert hit is not None, f"{case.id}: no row matches {exp} among {unmatched}"
        unmatched.remove(hit)


def chips(*labels: str, column: str = "chip") -> list[dict[str, Any]]:
    """Rows that only name chips (or any first-column labels)."""
    return [{column: label} for label in labels]


# --------------------------------------------------------------------------- article URLs

SRC = {
    "intro": "https://research.aimultiple.com/ai-chip-makers/",  # lines 35, 196, 206
    "nvidia": "https://nvidianews.nvidia.com/news/nvidia-blackwell-platform-arrives-to-power-a-new-era-of-computing",  # 43
    "amd": "https://www.amd.com/en/products/accelerators/instinct/mi300.html",  # 49
    "intel": "https://www.intel.com/content/www/us/en/newsroom/news/vision-2024-enterprise-ai-gaudi-3-open-systems-strategy.html",  # 59
    "google": "https://cloud.google.com/blog/products/compute/introducing-trillium-6th-gen-tpus",  # 71
    "aws": "https://aws.amazon.com/machine-learning/trainium/",  # 77
    "microsoft": "https://azure.microsoft.com/en-us/blog/azure-maia-for-the-era-of-ai-from-silicon-to-software-to-systems/",  # 83
    "meta": "https://ai.meta.com/blog/next-generation-meta-training-inference-accelerator-AI-MTIA/",  # 93
    "adreno": "https://www.qualcomm.com/products/features/adreno",  # 99
    "cloud-ai": "https://www.qualcomm.com/news/onq/2023/11/introducing-qualcomm-cloud-ai-100-ultra",  # 109
    "ibm": "https://research.ibm.com/blog/northpole-ibm-ai-chip",  # 115
    "apple": "https://www.apple.com/newsroom/2024/05/apple-introduces-m4-chip/",  # 125
    "sambanova": "https://sambanova.ai/technology/sn40l-rdu-ai-chip",  # 135
    "cerebras": "https://www.cerebras.net/blog/cerebras-cs-3-vs-nvidia-b200-2024-ai-accelerators-compared",  # 147
    "groq": "https://wow.groq.com/why-groq/",  # 159
    "mythic": "https://mythic.ai/product/",  # 169
    "d-matrix": "https://www.d-matrix.ai/product/",  # 175
    "tenstorrent": "https://tenstorrent.com/systems/aicloud/",  # 187
}

# The chips on 7nm: line 75 Trainium2, 87 MTIA v2, 101 Cloud AI 100 Ultra, 131 SN40L, 139 CS-3, 151 Groq LPU.
SEVEN_NM = [
    "AWS Trainium2",
    "Cerebras CS-3",
    "Groq LPU",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
]

CASES: list[Case] = [
    # ======================================================================= sram-on-node
    Case(
        "sram-on-node",
        {"node": "7nm", "more_than": "100MB"},
        [
            {
                "chip": "Meta MTIA v2",
                "sram_bytes": 256e6,
                "process_node": "7nm",
                "vendor": "Meta",
            },  # line 89: 256 MB on-chip SRAM
            {
                "chip": "Qualcomm Cloud AI 100 Ultra",
                "sram_bytes": 144e6,
                "source": SRC["cloud-ai"],
            },  # line 103: 144MB on-chip SRAM
            {"chip": "Groq LPU", "sram_bytes": 128e6, "qualifier": None},  # line 153: 128MB on-chip SRAM
        ],
    ),
    Case(
        "sram-on-node",
        {"node": "5nm", "more_than": "50MB"},
        [
            {"chip": "Intel Gaudi 3", "sram_bytes": 96e6},  # line 53: 96 MB per GPU (the 48 MB per die does not count)
        ],
    ),
    Case(
        "sram-on-node",
        {"node": "12nm", "more_than": "100MB"},
        [
            {"chip": "IBM NorthPole", "sram_bytes": 192e6},  # line 113: 12nm, 192MB distributed SRAM
        ],
    ),
    Case(
        "sram-on-node",
        {"node": "7nm", "at_least": "128MB"},
        [
            {"chip": "Meta MTIA v2"},
            {"chip": "Qualcomm Cloud AI 100 Ultra"},
            {"chip": "Groq LPU", "sram_bytes": 128e6},  # line 153: exactly 128 MB is "at least 128 MB"
        ],
    ),
    Case(
        "sram-on-node",
        {"node": "7nm", "more_than": "128MB"},
        [
            {"chip": "Meta MTIA v2"},
            {"chip": "Qualcomm Cloud AI 100 Ultra"},  # Groq's 128 MB is not more than 128 MB
        ],
    ),
    Case(
        "sram-on-node",
        {"more_than": "1GB"},
        [
            {"chip": "d-Matrix Corsair C8", "sram_bytes": 2e9, "process_node": "6nm"},  # line 173: 2 GB of SRAM, 6nm
        ],
    ),
    Case("sram-on-node", {"node": "40 nm"}, []),  # line 163: Mythic's tile SRAM has no size in the article
    # ======================================================================= chips-by-node
    Case(
        "chips-by-node",
        {"node": "7nm"},
        [
            {"chip": "AWS Trainium2", "vendor": "AWS", "foundry": None},  # line 75: 7nm, no foundry named
            {
                "chip": "Cerebras CS-3",
                "vendor": "Cerebras Systems",
                "foundry": None,
                "kind": "wafer-scale engine",
            },  # line 139
            {"chip": "Groq LPU", "vendor": "Groq", "foundry": "TSMC", "kind": "LPU"},  # line 151: TSMC's 7nm
            {"chip": "Meta MTIA v2", "vendor": "Meta", "foundry": None},  # line 87
            {"chip": "Qualcomm Cloud AI 100 Ultra", "vendor": "Qualcomm", "foundry": "TSMC"},  # line 101: TSMC's 7nm
            {"chip": "SambaNova SN40L", "vendor": "SambaNova Systems", "kind": "RDU"},  # line 131
        ],
    ),
    Case("chips-by-node", {"node": "7 nanometers"}, chips(*SEVEN_NM)),  # same node by feature size
    Case(
        "chips-by-node",
        {"node": "5nm"},
        [
            {
                "chip": "Intel Gaudi 3",
                "kind": Parts("GPU", "AI accelerator"),
            },  # line 53: 5nm; called GPU and accelerator
            {"chip": "Microsoft Maia 100", "vendor": "Microsoft"},  # line 81: 5nm
        ],
    ),
    Case(
        "chips-by-node",
        {"node": "4nm"},
        [
            {"chip": "Nvidia Blackwell GPU", "foundry": "TSMC", "kind": "GPU"},  # line 41: custom 4nm TSMC process
            {"chip": "Qualcomm Adreno 750", "foundry": "TSMC"},  # line 97: TSMC's 4nm
        ],
    ),
    Case("chips-by-node", {"node": "3nm"}, [{"chip": "Apple M4", "foundry": "TSMC"}]),  # line 119
    Case("chips-by-node", {"node": "6nm"}, [{"chip": "d-Matrix Corsair C8", "foundry": None}]),  # line 173
    Case("chips-by-node", {"node": "12nm"}, [{"chip": "IBM NorthPole"}]),  # line 113
    Case("chips-by-node", {"node": "40nm"}, [{"chip": "Mythic M2000"}]),  # line 163
    # ======================================================================= chips-per-node
    Case(
        "chips-per-node",
        {},
        [
            {"process_node": "7nm", "chips_count": 6, "feature_size_m": 7e-9, "chips": Parts(*SEVEN_NM)},
            {
                "process_node": "4nm",
                "chips_count": 2,
                "chips": Parts("Nvidia Blackwell GPU", "Qualcomm Adreno 750"),
            },  # 41, 97
            {"process_node": "5nm", "chips_count": 2, "chips": Parts("Intel Gaudi 3", "Microsoft Maia 100")},  # 53, 81
            {"process_node": "3nm", "chips_count": 1, "chips": "Apple M4"},  # line 119
            {"process_node": "6nm", "chips_count": 1, "chips": "d-Matrix Corsair C8"},  # line 173
            {"process_node": "12nm", "chips_count": 1, "chips": "IBM NorthPole"},  # line 113
            {"process_node": "40nm", "chips_count": 1, "feature_size_m": 40e-9, "chips": "Mythic M2000"},  # line 163
        ],
    ),
    # ======================================================================= chips-per-vendor
    Case(
        "chips-per-vendor",
        {},
        [
            # line 47: MI350, the MI300 series it is compared with, and the Ryzen 9000 series
            {
                "vendor": "AMD",
                "chips_count": 3,
                "chips": Parts("AMD Instinct MI350", "AMD Instinct MI300 series", "AMD Ryzen 9000 series"),
            },
            # lines 97 and 101: Adreno 750 in the Snapdragon 8 Gen 3, Cloud AI 100 Ultra
            {"vendor": "Qualcomm", "chips_count": 3},
            {"vendor": "AWS", "chips_count": 2},  # line 75: Trainium2 and its predecessor
            {"vendor": "Meta", "chips_count": 2},  # line 87: MTIA v2 and the first generation
            {"vendor": "Nvidia", "chips_count": 2},  # line 41 Blackwell, line 173 H100
            {"vendor": "Tenstorrent", "chips_count": 2},  # line 179: Grayskull e75 and e150
            {"vendor": "Apple", "chips_count": 1},
            {"vendor": "Cerebras Systems", "chips_count": 1},
            {"vendor": "Google", "chips_count": 1},
            {"vendor": "Groq", "chips_count": 1},
            {"vendor": "IBM", "chips_count": 1},
            {"vendor": "Intel", "chips_count": 1},
            {"vendor": "Microsoft", "chips_count": 1},
            {"vendor": "Mythic", "chips_count": 1},
            {"vendor": "SambaNova Systems", "chips_count": 1},
            {"vendor": "d-Matrix", "chips_count": 1},
        ],
    ),
    Case(
        "chips-per-vendor",
        {"profiled": "true"},
        [
            {
                "vendor": "Qualcomm",
                "chips_count": 2,
                "chips": Parts("Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"),
            },
            {"vendor": "Tenstorrent", "chips_count": 2},
            *[
                {"vendor": v, "chips_count": 1}
                for v in (
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
                    "Nvidia",
                    "SambaNova Systems",
                    "d-Matrix",
                )
            ],
        ],
    ),
    Case(
        "chips-per-vendor",
        {"profiled": "false"},
        [
            {
                "vendor": "AMD",
                "chips_count": 2,
                "chips": Parts("AMD Instinct MI300 series", "AMD Ryzen 9000 series"),
            },  # 47
            {"vendor": "AWS", "chips_count": 1, "chips": "AWS Trainium"},  # line 75: "its predecessor"
            {"vendor": "Meta", "chips_count": 1, "chips": "Meta MTIA v1"},  # line 87: "the first generation"
            {"vendor": "Nvidia", "chips_count": 1, "chips": "Nvidia H100"},  # line 173
            {"vendor": "Qualcomm", "chips_count": 1, "chips": "Qualcomm Snapdragon 8 Gen 3"},  # line 97
        ],
    ),
    # ======================================================================= chips-by-vendor
    Case(
        "chips-by-vendor",
        {"vendor": "AMD"},
        [
            {"chip": "AMD Instinct MI300 series", "is_profiled": False},  # line 47 (baseline)
            {"chip": "AMD Instinct MI350", "is_profiled": True, "process_node": None},  # line 47: no node given
            {"chip": "AMD Ryzen 9000 series", "kind": "CPU"},  # line 47: desktop processors
        ],
    ),
    Case("chips-by-vendor", {"vendor": "AMD", "profiled": "true"}, chips("AMD Instinct MI350")),
    Case(
        "chips-by-vendor",
        {"vendor": "Amazon"},
        [  # line 73 "Amazon/AWS": AWS is Amazon's
            {"chip": "AWS Trainium", "designer": "AWS"},
            {"chip": "AWS Trainium2", "designer": "AWS", "process_node": "7nm"},  # line 75
        ],
    ),
    Case("chips-by-vendor", {"vendor": "Alphabet"}, [{"chip": "Google Trillium TPU", "designer": "Google"}]),  # 61
    Case(
        "chips-by-vendor", {"vendor": "Tenstorrent"}, chips("Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75")
    ),  # line 179
    # the article's groups: headings at lines 37 and 127, hyperscalers at line 15
    Case(
        "chips-by-vendor",
        {"group": "Unicorn Startups"},
        chips(  # lines 129-187: all six start-ups' chips
            "Cerebras CS-3",
            "Groq LPU",
            "Mythic M2000",
            "SambaNova SN40L",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        ),
    ),
    Case("chips-by-vendor", {"group": "startups", "profiled": "false"}, []),  # the start-ups have no baselines
    Case(
        "chips-by-vendor",
        {"group": "Hyperscalers", "profiled": "true"},
        [  # line 15: Microsoft, Meta, Amazon, Google
            {"chip": "AWS Trainium2", "designer": "AWS"},  # line 75: AWS is Amazon's (line 73)
            {"chip": "Google Trillium TPU"},
            {"chip": "Meta MTIA v2"},
            {"chip": "Microsoft Maia 100"},  # 63, 87, 81
        ],
    ),
    Case(
        "chips-by-vendor", {"group": "Hyperscalers", "profiled": "false"}, chips("AWS Trainium", "Meta MTIA v1")
    ),  # baselines, lines 75 and 87
    Case(
        "chips-by-vendor",
        {"group": "Megacap Players", "profiled": "true"},
        chips(  # lines 39-125
            "AMD Instinct MI350",
            "AWS Trainium2",
            "Apple M4",
            "Google Trillium TPU",
            "IBM NorthPole",
            "Intel Gaudi 3",
            "Meta MTIA v2",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "Qualcomm Adreno 750",
            "Qualcomm Cloud AI 100 Ultra",
        ),
    ),
    Case("chips-by-vendor", {"group": "Unicorn Startups", "vendor": "Nvidia"}, []),  # Nvidia is no start-up
    Case("chips-by-vendor", {"group": "Hyperscalers", "vendor": "Meta"}, chips("Meta MTIA v1", "Meta MTIA v2")),
    # ======================================================================= vendor-of-chip
    Case(
        "vendor-of-chip",
        {"chip": "Groq LPU"},
        [
            {"vendor": "Groq", "foundry": "TSMC", "parent": None, "chip_name": "Groq LPU"},  # line 151
        ],
    ),
    Case(
        "vendor-of-chip",
        {"chip": "Trainium 2"},
        [
            {"vendor": "AWS", "parent": "Amazon", "foundry": None, "process_node": "7nm"},  # lines 73, 75
        ],
    ),
    Case(
        "vendor-of-chip",
        {"chip": "Trillium"},
        [
            {"vendor": "Google", "parent": "Alphabet", "foundry": None, "process_node": None},  # line 61
        ],
    ),
    Case("vendor-of-chip", {"chip": "M4"}, [{"vendor": "Apple", "foundry": "TSMC"}]),  # line 119
    Case("vendor-of-chip", {"chip": "WSE"}, [{"vendor": "Cerebras Systems", "foundry": None}]),  # line 139
    # ======================================================================= chips-by-foundry
    Case(
        "chips-by-foundry",
        {"foundry": "TSMC"},
        [
            {"chip": "Apple M4", "process_node": "3nm"},  # line 119
            {"chip": "Groq LPU", "process_node": "7nm"},  # line 151
            {"chip": "Nvidia Blackwell GPU", "process_node": "4nm"},  # line 41
            {"chip": "Qualcomm Adreno 750", "process_node": "4nm"},  # line 97
            {"chip": "Qualcomm Cloud AI 100 Ultra", "process_node": "7nm"},  # line 101
        ],
    ),
    Case("chips-by-foundry", {"foundry": "Intel"}, []),  # line 53: Intel designs Gaudi 3; no fab is named
    # ======================================================================= chips-by-kind
    Case(
        "chips-by-kind",
        {"kind": "GPU"},
        chips(
            "AMD Instinct MI300 series",
            "AMD Instinct MI350",  # line 47
            "Intel Gaudi 3",  # line 53: "Gaudi 3 GPUs"
            "Nvidia Blackwell GPU",
            "Nvidia H100",  # lines 41, 173
            "Qualcomm Adreno 750",
        ),
    ),  # line 97
    Case(
        "chips-by-kind",
        {"kind": "ASIC"},
        chips(
            "AWS Trainium",
            "AWS Trainium2",
            "Cerebras CS-3",
            "Google Trillium TPU",
            "Groq LPU",
            "IBM NorthPole",
            "Meta MTIA v1",
            "Meta MTIA v2",
            "Microsoft Maia 100",
            "Qualcomm Cloud AI 100 Ultra",
            "SambaNova SN40L",
        ),
    ),
    Case("chips-by-kind", {"kind": "TPU"}, [{"chip": "Google Trillium TPU", "kinds": "TPU"}]),  # line 63
    Case("chips-by-kind", {"kind": "LPU"}, chips("Groq LPU")),  # line 151
    Case("chips-by-kind", {"kind": "wafer-scale engine"}, chips("Cerebras CS-3")),  # line 139
    Case("chips-by-kind", {"kind": "CPU"}, chips("AMD Ryzen 9000 series")),  # line 47
    Case(
        "chips-by-kind", {"kind": "in-memory compute accelerator"}, chips("Mythic M2000", "d-Matrix Corsair C8")
    ),  # lines 163-167, 173
    Case("chips-by-kind", {"kind": "NPU"}, []),  # the Neural Engine is a component, not a chip
    Case(
        "chips-by-kind",
        {"kind": "NPU", "with_components": "true"},
        [
            {"chip": "Apple M4", "component": "Apple M4 Neural Engine"},  # line 121: 16-core Neural Engine
        ],
    ),
    # ======================================================================= chips-by-memory
    Case(
        "chips-by-memory",
        {"memory": "HBM"},
        [
            {"chip": "Google Trillium TPU", "technology": "HBM", "capacity_bytes": 128e9},  # line 63
            {"chip": "Intel Gaudi 3", "technology": "HBM", "capacity_bytes": 128e9},  # line 55
            {"chip": "AWS Trainium2", "capacity_bytes": 96e9},  # line 75: 96GB
            {"chip": "SambaNova SN40L", "technology": "HBM3", "capacity_bytes": 64e9},  # line 131: 64GB of HBM3
            # line 47: "likely utilizing HBM3E", no capacity
            {"chip": "AMD Instinct MI350", "technology": "HBM3E", "capacity_bytes": None, "qualifier": "uncertain"},
        ],
    ),
    Case(
        "chips-by-memory",
        {"memory": "HBM", "at_least": "96GB"},
        chips("Google Trillium TPU", "Intel Gaudi 3", "AWS Trainium2"),
    ),
    Case("chips-by-memory", {"memory": "HBM", "more_than": "96GB"}, chips("Google Trillium TPU", "Intel Gaudi 3")),
    Case(
        "chips-by-memory",
        {"memory": "DRAM", "at_least": "8GB"},
        [
            {"chip": "SambaNova SN40L", "technology": "DDR5", "capacity_bytes": 1.5e12},  # line 131: 1.5TB DDR5
            {"chip": "d-Matrix Corsair C8", "technology": "LPDDR5", "capacity_bytes": 256e9},  # line 173
            # HBM is DRAM (JEDEC JESD235, technologies.ttl)
            {"chip": "Google Trillium TPU", "technology": "HBM", "capacity_bytes": 128e9},  # line 63
            {"chip": "Intel Gaudi 3", "technology": "HBM", "capacity_bytes": 128e9},  # line 55
            {"chip": "AWS Trainium2", "technology": "HBM", "capacity_bytes": 96e9},  # line 75
            {"chip": "SambaNova SN40L", "technology": "HBM3", "capacity_bytes": 64e9},  # line 131
            {"chip": "Tenstorrent Grayskull e150", "technology": "LPDDR4", "capacity_bytes": 8e9},  # line 183
            {"chip": "Tenstorrent Grayskull e75", "technology": "LPDDR4", "capacity_bytes": 8e9},  # line 183
        ],
    ),
    Case(
        "chips-by-memory",
        {"on_chip": "true", "more_than": "1MB"},
        [
            {"chip": "d-Matrix Corsair C8", "capacity_bytes": 2e9},  # line 173
            {"chip": "Meta MTIA v2", "capacity_bytes": 256e6},  # line 89
            {"chip": "IBM NorthPole", "capacity_bytes": 192e6},  # line 113
            {"chip": "Qualcomm Cloud AI 100 Ultra", "capacity_bytes": 144e6},  # line 103
            {"chip": "Groq LPU", "capacity_bytes": 128e6},  # line 153
            {"chip": "Intel Gaudi 3", "capacity_bytes": 96e6, "scope": "per chip"},  # line 53
        ],
    ),
    Case(
        "chips-by-memory",
        {"on_chip": "true", "more_than": "1MB", "any_scope": "true"},
        [
            {"chip": "d-Matrix Corsair C8"},
            {"chip": "Meta MTIA v2"},
            {"chip": "IBM NorthPole"},
            {"chip": "Qualcomm Cloud AI 100 Ultra"},
            {"chip": "Groq LPU"},
            {"chip": "Intel Gaudi 3", "capacity_bytes": 96e6},
            {"chip": "Intel Gaudi 3", "capacity_bytes": 48e6, "scope": "per die"},  # line 53: 48 MB in each die
            # line 181: "up to 1.5 MB of SRAM" in each Tensix core
            {
                "chip": "Tenstorrent Grayskull e150",
                "capacity_bytes": 1.5e6,
                "scope": "per core",
                "qualifier": "upper bound",
            },
            {
                "chip": "Tenstorrent Grayskull e75",
                "capacity_bytes": 1.5e6,
                "scope": "per core",
                "qualifier": "upper bound",
            },
        ],
    ),
    Case(
        "chips-by-memory",
        {"memory": "SRAM", "less_than": "100MB"},
        [
            {"chip": "Intel Gaudi 3", "capacity_bytes": 96e6},  # line 53 (per-core and per-die SRAM not counted)
        ],
    ),
    Case(
        "chips-by-memory",
        {"more_than": "1TB", "any_scope": "true"},
        [
            {
                "chip": "Cerebras CS-3",
                "capacity_bytes": 1.2e15,
                "scope": "per system",
                "technology": None,
                "qualifier": "upper bound",
            },  # line 141: up to 1,200 TB in a single system
            {"chip": "SambaNova SN40L", "capacity_bytes": 1.5e12},  # line 131
        ],
    ),
    # ======================================================================= chips-by-bandwidth
    Case(
        "chips-by-bandwidth",
        {},
        [
            {"chip": "Google Trillium TPU", "bandwidth_bps": 3.7e12, "technology": "HBM"},  # line 63
            {"chip": "Intel Gaudi 3", "bandwidth_bps": 3.7e12, "technology": "HBM"},  # line 55
            {"chip": "Qualcomm Cloud AI 100 Ultra", "bandwidth_bps": 134e9, "technology": "LPDDR4X"},  # line 103
            {"chip": "Apple M4", "bandwidth_bps": 100e9, "qualifier": "upper bound"},  # line 121: up to 100 GB/s
        ],
    ),
    Case("chips-by-bandwidth", {"at_least": "1 TB/s"}, chips("Google Trillium TPU", "Intel Gaudi 3")),
    Case("chips-by-bandwidth", {"memory": "LPDDR4"}, chips("Qualcomm Cloud AI 100 Ultra")),  # LPDDR4X is an LPDDR4
    Case("chips-by-bandwidth", {"less_than": "134 GB/s"}, chips("Apple M4")),
    Case("chips-by-bandwidth", {"at_most": "134 GB/s"}, chips("Qualcomm Cloud AI 100 Ultra", "Apple M4")),
    # ======================================================================= chips-by-format
    Case(
        "chips-by-format",
        {"format": "FP8"},
        [
            {"chip": "AWS Trainium2", "found_format": "cFP8", "evidence": "supported"},  # line 75: configurable FP8
            {
                "chip": "Intel Gaudi 3",
                "found_format": "FP8",
                "evidence": Parts("supported", "performance figure"),
            },  # 57
        ],
    ),
    Case(
        "chips-by-format",
        {"format": "INT8"},
        [
            {"chip": "Groq LPU"},  # line 153
            {"chip": "IBM NorthPole", "evidence": Parts("supported", "performance figure")},  # line 113 (8-bit)
            {"chip": "Qualcomm Cloud AI 100 Ultra"},  # line 103
        ],
    ),
    Case(
        "chips-by-format",
        {"format": "BFLOAT16"},
        [
            {"chip": "AWS Trainium2", "found_format": "BF16"},  # line 75
            {"chip": "Groq LPU", "found_format": "BF16"},  # line 153
        ],
    ),
    Case("chips-by-format", {"format": "4-bit floating point"}, chips("Nvidia Blackwell GPU")),  # line 41
    Case("chips-by-format", {"format": "FP32"}, chips("AWS Trainium2", "Qualcomm Cloud AI 100 Ultra")),  # 75, 103
    Case("chips-by-format", {"format": "INT16"}, chips("Qualcomm Cloud AI 100 Ultra")),  # line 103
    Case("chips-by-format", {"format": "INT2"}, chips("IBM NorthPole")),  # line 113
    Case("chips-by-format", {"format": "UINT8"}, chips("AWS Trainium2")),  # line 75
    # ======================================================================= chips-by-power
    Case(
        "chips-by-power",
        {},
        [
            {"chip": "Tenstorrent Grayskull e150", "power_w": 200},  # line 183
            {"chip": "Qualcomm Cloud AI 100 Ultra", "power_w": 150, "scope": "per card"},  # line 105: single card
            {"chip": "Meta MTIA v2", "power_w": 90},  # line 89
            {"chip": "Tenstorrent Grayskull e75", "power_w": 75},  # line 183
            # line 165: "typical ... approximately 4 watts" (its hedges are checked in hedged-figures)
            {"chip": "Mythic M2000", "power_w": 4, "stated_figure": FIG + "mythic-m2000-power"},
        ],
    ),
    Case("chips-by-power", {"at_most": "90W"}, chips("Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000")),
    Case("chips-by-power", {"less_than": "90W"}, chips("Tenstorrent Grayskull e75", "Mythic M2000")),
    Case("chips-by-power", {"more_than": "150W"}, chips("Tenstorrent Grayskull e150")),
    Case("chips-by-power", {"at_least": "0.15 kW"}, chips("Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra")),
    # ======================================================================= chips-by-clock
    Case(
        "chips-by-clock",
        {},
        [
            {"chip": "Apple M4", "clock_hz": 3.5e9, "qualifier": "upper bound"},  # line 119: up to 3.5 GHz
            {"chip": "Meta MTIA v2", "clock_hz": 1.35e9},  # line 89
            {"chip": "Groq LPU", "clock_hz": 1.2e9},  # line 153
            {"chip": "Tenstorrent Grayskull e150", "clock_hz": 1.2e9},  # line 179
            {"chip": "Tenstorrent Grayskull e75", "clock_hz": 1e9},  # line 179
            {"chip": "IBM NorthPole", "clock_hz": 400e6, "qualifier": "nominal"},  # line 113: nominal 400MHz
        ],
    ),
    Case(
        "chips-by-clock",
        {"at_least": "1.2GHz"},
        chips("Apple M4", "Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e150"),
    ),
    Case("chips-by-clock", {"more_than": "1.2GHz"}, chips("Apple M4", "Meta MTIA v2")),
    Case("chips-by-clock", {"less_than": "1GHz"}, chips("IBM NorthPole")),
    Case("chips-by-clock", {"at_most": "1000 MHz"}, chips("Tenstorrent Grayskull e75", "IBM NorthPole")),
    # ======================================================================= chips-by-transistors
    Case(
        "chips-by-transistors",
        {"more_than": "100 billion"},
        [
            {"chip": "Cerebras CS-3", "transistors_count": 4e12},  # line 139: 4 trillion
            {"chip": "Nvidia Blackwell GPU", "transistors_count": 208e9},  # line 41
            {"chip": "Microsoft Maia 100", "transistors_count": 120e9},  # line 81
        ],
    ),
    Case(
        "chips-by-transistors",
        {"at_least": "20 billion"},
        [
            {"chip": "Cerebras CS-3"},
            {"chip": "Nvidia Blackwell GPU"},
            {"chip": "Microsoft Maia 100"},
            {"chip": "Apple M4", "transistors_count": 40e9, "qualifier": "approximate"},  # line 119: around 40 billion
            {"chip": "IBM NorthPole", "transistors_count": 22e9},  # line 113
            {"chip": "Groq LPU", "transistors_count": 20e9, "qualifier": "lower bound"},  # line 151: over 20 billion
        ],
    ),
    Case(  # "over 20 billion" (Groq LPU, line 151) is more than 20 billion: a lower bound at the limit counts
        "chips-by-transistors",
        {"more_than": "20B"},
        chips("Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4", "IBM NorthPole", "Groq LPU"),
    ),
    # lines 97, 103: "over 10 billion" is more than 10 billion, so neither chip is at most 10 billion
    Case("chips-by-transistors", {"at_most": "10 billion"}, []),
    Case("chips-by-transistors", {"less_than": "30 billion"}, chips("IBM NorthPole")),  # line 113: 22 billion;
    # Adreno 750, AI 100 Ultra ("over 10 billion") and Groq LPU ("over 20 billion") may exceed the limit
    # ======================================================================= chips-by-cores
    Case(
        "chips-by-cores",
        {"more_than": "1000"},
        [
            {"chip": "Cerebras CS-3", "units_count": 900_000},  # line 139: 900,000 cores
            {"chip": "d-Matrix Corsair C8", "units_count": 2048, "counted": "DIMC unit"},  # line 173: 2,048 DIMCs
            {"chip": "SambaNova SN40L", "units_count": 1040},  # line 131: 1,040 compute cores
            # line 151: "thousands of" units, over 1,000: more than 1,000 (it was left out at the limit)
            {"chip": "Groq LPU", "units_count": 1000, "qualifier": "lower bound"},
        ],
    ),
    Case(
        "chips-by-cores",
        {"at_least": "1,000"},
        [
            {"chip": "Cerebras CS-3"},
            {"chip": "d-Matrix Corsair C8"},
            {"chip": "SambaNova SN40L"},
            {"chip": "Groq LPU", "units_count": 1000, "qualifier": "lower bound"},  # line 151: thousands of units
        ],
    ),
    Case(
        "chips-by-cores",
        {"less_than": "11"},
        [
            {"chip": "Apple M4", "units_count": 10, "counted": "CPU core"},  # line 119: 10 CPU cores
            {"chip": "Intel Gaudi 3", "units_count": 8, "counted": "matrix math engine"},  # line 53: eight engines
        ],
    ),
    Case(
        "chips-by-cores",
        {"at_least": "100", "at_most": "200"},
        [
            {"chip": "Tenstorrent Grayskull e150", "units_count": 120},  # line 179
            {"chip": "Mythic M2000", "units_count": 108},  # line 163: 108 AMP tiles
        ],
    ),
    # ======================================================================= chips-by-performance
    Case(
        "chips-by-performance",
        {"at_least": "1 POPS"},
        [
            {
                "chip": "d-Matrix Corsair C8",
                "performance_ops": 9.6e15,
                "qualifier": Parts("upper bound", "vendor claim"),  # line 173: "it claims ... up to"
            },
            {"chip": "Cerebras CS-3", "performance_ops": 2.6e15},  # line 141: per chip (not the 256 EFLOPS cluster)
            {"chip": "Groq LPU", "performance_ops": 1e15, "format": "INT8"},  # line 153: up to 1 PetaOPS
        ],
    ),
    Case("chips-by-performance", {"more_than": "1 POPS"}, chips("d-Matrix Corsair C8", "Cerebras CS-3")),
    Case(
        "chips-by-performance",
        {"precision": "INT8", "at_least": "400 TOPS"},
        [
            {"chip": "Groq LPU", "performance_ops": 1e15},  # line 153
            {"chip": "Qualcomm Cloud AI 100 Ultra", "performance_ops": 400e12},  # line 103
        ],
    ),
    Case(
        "chips-by-performance",
        {"less_than": "500 TOPS"},
        [
            {"chip": "IBM NorthPole", "performance_ops": 400e12, "format": "INT4"},  # line 113: 400 TOPS at 4-bit
            {"chip": "Qualcomm Cloud AI 100 Ultra", "performance_ops": 400e12},  # line 103
            {"chip": "Apple M4", "performance_ops": 38e12},  # line 121: 38 TOPS
            {"chip": "Mythic M2000", "performance_ops": 35e12},  # line 165: up to 35 TOPS
        ],
    ),
    Case("chips-by-performance", {"precision": "FP8"}, []),  # line 57: Gaudi 3's FP8 figures are per node/cluster
    Case(
        "chips-by-performance",
        {"precision": "FP16"},
        [
            {"chip": "AWS Trainium2", "performance_ops": 650e12, "format": "FP16"},  # line 75
        ],
    ),
    # ======================================================================= top-performance
    Case(
        "top-performance",
        {},
        [
            {"chip": "d-Matrix Corsair C8", "peak_ops": 9.6e15},  # line 173: up to 9600 TFLOPS
            {"chip": "Cerebras CS-3", "peak_ops": 2.6e15, "metric": "mixed-precision"},  # line 141
            {"chip": "Groq LPU", "peak_ops": 1e15, "format": "INT8"},  # line 153
            {"chip": "IBM NorthPole", "peak_ops": 800e12, "format": "INT2"},  # line 113: 800 TOPS at 2-bit
            {"chip": "Microsoft Maia 100", "peak_ops": 800e12, "format": None},  # line 81: 800 TFLOPS peak
        ],
    ),
    Case(
        "top-performance",
        {"precision": "INT8"},
        [
            {"chip": "Groq LPU", "peak_ops": 1e15},  # line 153
            {"chip": "Qualcomm Cloud AI 100 Ultra", "peak_ops": 400e12},  # line 103
            {"chip": "IBM NorthPole", "peak_ops": 200e12, "qualifier": "lower bound"},  # line 113: over 200 TOPS
        ],
    ),
    Case(
        "top-performance",
        {"n": "10"},
        [
            {"chip": "d-Matrix Corsair C8"},
            {"chip": "Cerebras CS-3"},
            {"chip": "Groq LPU"},
            {"chip": "IBM NorthPole"},
            {"chip": "Microsoft Maia 100"},
            {"chip": "AWS Trainium2", "peak_ops": 650e12},  # line 75
            {"chip": "Qualcomm Cloud AI 100 Ultra", "peak_ops": 400e12},  # line 103
            {"chip": "Apple M4", "peak_ops": 38e12, "measured_on": "Apple M4 Neural Engine"},  # line 121
            {"chip": "Mythic M2000", "peak_ops": 35e12},  # line 165
        ],
    ),
    Case("top-performance", {"precision": "INT4", "n": "1"}, [{"chip": "IBM NorthPole", "peak_ops": 400e12}]),  # 113
    # ======================================================================= rank-chips
    Case(
        "rank-chips",
        {"metric": "transistors", "n": "3"},
        [
            {"chip": "Cerebras CS-3", "figure_count": 4e12, "figure_hz": None},  # line 139: 4 trillion
            {"chip": "Nvidia Blackwell GPU", "figure_count": 208e9},  # line 41: 208 billion
            {"chip": "Microsoft Maia 100", "figure_count": 120e9},  # line 81: 120 billion
        ],
        ordered=True,
    ),
    Case(
        "rank-chips",
        {"metric": "power", "order": "asc"},
        [
            {"chip": "Mythic M2000", "figure_w": 4.0, "qualifier": Parts("nominal", "approximate")},  # l.165 ~4 W
            {"chip": "Tenstorrent Grayskull e75", "figure_w": 75.0},  # line 183: 75W
            {"chip": "Meta MTIA v2", "figure_w": 90.0},  # line 89: 90 watts
            {"chip": "Qualcomm Cloud AI 100 Ultra", "figure_w": 150.0, "scope": "per card"},  # line 104: 150 W card
            {"chip": "Tenstorrent Grayskull e150", "figure_w": 200.0},  # line 183: 200W
        ],
        ordered=True,
    ),
    Case(
        "rank-chips",
        {"metric": "clock", "n": "3"},
        [
            {"chip": "Apple M4", "figure_hz": 3.5e9, "qualifier": "upper bound"},  # line 119: up to 3.5 GHz
            {"chip": "Meta MTIA v2", "figure_hz": 1.35e9},  # line 89: 1.35 GHz
            {"chip": "Groq LPU", "figure_hz": 1.2e9},  # line 153: 1.2 GHz (ties with e150 l.183, by name)
        ],
        ordered=True,
    ),
    Case(
        "rank-chips",
        {"metric": "sram", "n": "3"},
        [
            {"chip": "d-Matrix Corsair C8", "figure_bytes": 2e9},  # line 173: 2 GB SRAM
            {"chip": "Meta MTIA v2", "figure_bytes": 256e6},  # line 89: 256 MB on-chip SRAM
            {"chip": "IBM NorthPole", "figure_bytes": 192e6},  # line 113: 192 MB
        ],
        ordered=True,
    ),
    Case(
        "rank-chips",
        {"metric": "cores", "n": "4"},
        [
            {"chip": "Cerebras CS-3", "figure_count": 900000.0},  # line 139: 900,000 AI-optimized cores
            {"chip": "d-Matrix Corsair C8", "figure_count": 2048.0},  # line 173: 2,048 DIMC units
            {"chip": "SambaNova SN40L", "figure_count": 1040.0},  # line 131: 1,040 cores
            {"chip": "Groq LPU", "figure_count": 1000.0, "qualifier": "lower bound"},  # line 153: over 1,000
        ],
        ordered=True,
    ),
    Case(
        "rank-chips",
        {"metric": "feature-size", "order": "asc", "n": "1"},
        [
            {"chip": "Apple M4", "figure_m": 3e-9},  # line 119: 3nm
        ],
        ordered=True,
    ),
    Case(
        "rank-chips",
        {"metric": "die-area"},
        [
            {"chip": "IBM NorthPole", "figure_m2": 8e-4, "scope": "per die"},  # line 113: 800 mm²
        ],
        ordered=True,
    ),
    # an unknown metric or order is refused (tests/test_numbers.py), not answered with no rows
    # ======================================================================= performance-per-watt
    Case(
        "performance-per-watt",
        {},
        [
            # line 165: up to 35 TOPS at about 4 W
            {
                "chip": "Mythic M2000",
                "ops_per_watt_opsw": 35e12 / 4,
                "performance_ops": 35e12,
                "power_w": 4,
                "performance_qualifier": "upper bound",
            },
            # line 103: 400 TOPS INT8; line 105: 150 W for a single card
            {
                "chip": "Qualcomm Cloud AI 100 Ultra",
                "ops_per_watt_opsw": 400e12 / 150,
                "power_scope": "per card",
                "format": "INT8",
            },
        ],
    ),
    Case("performance-per-watt", {"precision": "INT8"}, chips("Qualcomm Cloud AI 100 Ultra")),
    Case("performance-per-watt", {"precision": "FP16"}, []),  # line 75: Trainium2 has no power figure
    # ======================================================================= compare-chips
    Case(
        "compare-chips",
        {"chips": "Groq LPU,MTIA v2,AI 100 Ultra"},
        [
            {
                "chip": "Groq LPU",
                "vendor": "Groq",
                "kind": "LPU",
                "process_node": "7nm",  # line 151
                "transistors_count": 20e9,
                "clock_hz": 1.2e9,
                "power_w": None,
                "peak_flops": None,
                "peak_ops": 1e15,  # lines 151, 153
                "largest_memory_bytes": 128e6,
                "memory": "SRAM",
            },  # line 153
            {
                "chip": "Meta MTIA v2",
                "vendor": "Meta",
                "process_node": "7nm",
                "transistors_count": None,  # line 87
                "clock_hz": 1.35e9,
                "power_w": 90,
                "peak_ops": None,  # line 89
                "largest_memory_bytes": 256e6,
                "memory": "SRAM",
            },  # line 89
            {
                "chip": "Qualcomm Cloud AI 100 Ultra",
                "vendor": "Qualcomm",
                "process_node": "7nm",  # line 101
                "transistors_count": 10e9,
                "clock_hz": None,
                "power_w": 150,
                "peak_ops": 400e12,  # lines 103, 105
                "largest_memory_bytes": 144e6,
                "memory": Parts("SRAM", "LPDDR4X"),
            },  # line 103
        ],
    ),
    Case(
        "compare-chips",
        {"chips": "Blackwell, Gaudi 3"},
        [
            {
                "chip": "Intel Gaudi 3",
                "process_node": "5nm",
                "transistors_count": None,
                "peak_ops": None,  # 53, 57
                "largest_memory_bytes": 128e9,
                "memory": Parts("SRAM", "HBM"),
            },  # lines 53, 55
            {
                "chip": "Nvidia Blackwell GPU",
                "process_node": "4nm",
                "transistors_count": 208e9,  # line 41
                "largest_memory_bytes": None,
                "memory": None,
            },
        ],
    ),
    # every per-chip figure of a column, as figure nodes, not only the largest; FLOPS and OPS as stated
    # in two columns (table: "7.5 TFLOPS, ..." under peak_flops, "38 TOPS, ..." under peak_ops)
    Case(
        "compare-chips",
        {"chips": "Maia 100, CS-3, Apple M4, MI350"},
        [
            {"chip": "AMD Instinct MI350", "memory": "HBM3E", "memory_figures": FIG + "amd-instinct-mi350-hbm"},  # l.47
            {
                "chip": "Apple M4",
                "peak_flops": 7.5e12,
                "peak_flops_figures": FIG + "apple-m4-gpu-peak-performance",  # line 119: 7.5 TFLOPS GPU
                "peak_ops": 38e12,
                "peak_ops_figures": FIG + "apple-m4-neural-engine-performance",  # line 121: 38 TOPS Neural Engine
                "transistors_figures": FIG + "apple-m4-transistors",  # line 119
            },
            {
                "chip": "Cerebras CS-3",
                "peak_flops": 2.6e15,  # line 141: per chip, not the cluster's 256 exaflops
                "peak_flops_figures": FIG + "cerebras-cs-3-mixed-precision",
                "peak_ops": None,
            },
            {
                "chip": "Microsoft Maia 100",
                "peak_flops": 800e12,
                "peak_flops_figures": FIG + "microsoft-maia-100-peak-performance",
                "peak_ops": None,
                "transistors_figures": FIG + "microsoft-maia-100-transistors",
            },  # line 81: 800 TFLOPS, 120 billion
        ],
    ),
    # ======================================================================= chips-by-interconnect
    Case(
        "chips-by-interconnect",
        {"interconnect": "PCIe 4.0"},
        [
            {"chip": "Qualcomm Cloud AI 100 Ultra", "lanes_count": 8, "purpose": "chip to host"},  # line 107: x8
            {"chip": "Tenstorrent Grayskull e150", "lanes_count": None},  # line 183: PCIe Gen 4
            {"chip": "Tenstorrent Grayskull e75", "lanes_count": None},  # line 183
        ],
    ),
    Case(
        "chips-by-interconnect",
        {"interconnect": "PCIe Gen 4"},
        chips("Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"),
    ),
    Case(
        "chips-by-interconnect",
        {"interconnect": "NVLink"},
        [
            {"chip": "Nvidia Blackwell GPU", "bandwidth_bps": 1.8e12, "direction": "bidirectional"},  # line 41
        ],
    ),
    Case(
        "chips-by-interconnect",
        {"interconnect": "Ethernet"},
        [
            {"chip": "Intel Gaudi 3", "ports_count": 24, "port_speed_bitps": 200e9},  # line 55: 24 x 200 GbE
        ],
    ),
    Case("chips-by-interconnect", {"interconnect": "RoCE"}, chips("Intel Gaudi 3")),  # line 55
    Case("chips-by-interconnect", {"interconnect": "PCIe 5.0"}, [{"chip": "Intel Gaudi 3", "lanes_count": 16}]),  # 55
    Case("chips-by-interconnect", {"interconnect": "PCIe 2.0"}, chips("Mythic M2000")),  # line 165
    Case(
        "chips-by-interconnect",
        {"interconnect": "die-to-die interconnect"},
        [
            {"chip": "Intel Gaudi 3", "bandwidth_bps": None},  # line 53: high-bandwidth interface, no figure
            {"chip": "Nvidia Blackwell GPU", "bandwidth_bps": 10e12},  # line 41: 10 TB/s
        ],
    ),
    Case("chips-by-interconnect", {"interconnect": "NoC"}, chips("IBM NorthPole", "Mythic M2000")),  # 113, 163
    Case("chips-by-interconnect", {"interconnect": "ICI"}, chips("Google Trillium TPU")),  # line 65
    Case("chips-by-interconnect", {"interconnect": "InfiniBand"}, []),  # line 21: named, no chip uses it
    # ======================================================================= chips-by-workload
    Case(
        "chips-by-workload",
        {"workload": "training"},
        chips(
            "AWS Trainium2",  # line 75
            "Cerebras CS-3",  # line 143
            "Google Trillium TPU",  # lines 63, 69
            "Microsoft Maia 100",  # line 81
            "Nvidia Blackwell GPU",  # line 41
            "SambaNova SN40L",
        ),
    ),  # line 133
    Case(
        "chips-by-workload",
        {"workload": "edge"},
        chips("Mythic M2000", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"),
    ),  # lines 167, 185
    Case(
        "chips-by-workload",
        {"workload": "data center"},
        chips(
            "AMD Instinct MI350",  # line 47
            "Groq LPU",  # line 157
            "Microsoft Maia 100",  # line 81
            "Qualcomm Cloud AI 100 Ultra",  # line 101
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
        ),
    ),  # line 185
    Case(
        "chips-by-workload",
        {"workload": "LLM"},
        chips("Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"),
    ),  # lines 41, 101, 133
    Case(
        "chips-by-workload", {"workload": "ranking and recommendation"}, chips("Google Trillium TPU", "Meta MTIA v2")
    ),  # lines 65, 87
    Case("chips-by-workload", {"workload": "speech recognition"}, chips("SambaNova SN40L")),  # line 133
    Case(
        "chips-by-workload", {"workload": "mobile"}, chips("Qualcomm Adreno 750", "Qualcomm Snapdragon 8 Gen 3")
    ),  # line 97
    # ======================================================================= chips-not-suitable-for
    Case(
        "chips-not-suitable-for",
        {},
        [
            {"chip": "AMD Ryzen 9000 series", "not_suitable_for": "data center"},  # line 47
            {"chip": "Apple M4", "not_suitable_for": "data center"},  # line 123
            {"chip": "IBM NorthPole", "not_suitable_for": "LLM training"},  # line 113: not for training LLMs
            {"chip": "Qualcomm Adreno 750", "not_suitable_for": "data center"},  # line 97
        ],
    ),
    Case(
        "chips-not-suitable-for",
        {"workload": "data center"},
        chips("AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"),
    ),
    Case("chips-not-suitable-for", {"workload": "training"}, [{"chip": "IBM NorthPole", "suited_for": "inference"}]),
    Case("chips-not-suitable-for", {"workload": "LLM training"}, chips("IBM NorthPole")),  # line 113
    Case(
        "chips-not-suitable-for",
        {"workload": "large language models"},  # line 113: LLM training, a part
        [{"chip": "IBM NorthPole", "not_suitable_for": "LLM training"}],
    ),
    # ======================================================================= chips-by-software
    Case("chips-by-software", {"software": "PyTorch"}, [{"chip": "Meta MTIA v2", "stack": "PyTorch 2.0"}]),  # line 91
    Case("chips-by-software", {"software": "CUDA"}, chips("Nvidia Blackwell GPU")),  # line 193
    Case("chips-by-software", {"software": "Cloud AI SDK"}, chips("Qualcomm Cloud AI 100 Ultra")),  # line 105
    Case("chips-by-software", {"software": "TensorFlow"}, []),  # line 29: a framework, tied to no chip
    # ======================================================================= scale-out-limits
    Case(
        "scale-out-limits",
        {},
        [
            {
                "chip_name": "AWS Trainium2",
                "units_count": 100_000,
                "via": "Amazon EC2 UltraClusters",
                "qualifier": "upper bound",
            },  # line 75: up to 100,000 chips
            {"chip_name": "Cerebras CS-3", "units_count": 2048, "unit_of": "system", "via": None},  # line 143
            {"chip_name": "Google Trillium TPU", "units_count": 256, "domain": "per pod", "via": "ICI"},  # line 67
            {"chip_name": "Google Trillium TPU", "units_count": 1000, "qualifier": "lower bound"},  # line 67: thousands
            {"chip_name": "Intel Gaudi 3", "units_count": 8, "domain": "per node"},  # line 57: eight accelerators
            {"chip_name": "Intel Gaudi 3", "units_count": 1000, "qualifier": "lower bound"},  # line 57: thousands
            {"chip_name": "Nvidia Blackwell GPU", "units_count": 576, "via": "NVLink 5"},  # line 41: up to 576 GPUs
        ],
    ),
    Case(
        "scale-out-limits",
        {"chip": "Trillium"},
        [
            {"chip_name": "Google Trillium TPU", "units_count": 256, "qualifier": "upper bound"},  # line 67
            {"chip_name": "Google Trillium TPU", "units_count": 1000, "domain": "per cluster"},  # line 67
        ],
    ),
    Case("scale-out-limits", {"chip": "CS-3"}, [{"chip_name": "Cerebras CS-3", "units_count": 2048}]),  # line 143
    # ======================================================================= max-model-size
    Case(
        "max-model-size",
        {},
        [
            {"chip": "Cerebras CS-3", "parameters_count": 24e12, "qualifier": "upper bound"},  # line 141
            {"chip": "Nvidia Blackwell GPU", "parameters_count": 10e12},  # line 41: up to 10 trillion
            {
                "chip": "SambaNova SN40L",
                "parameters_count": 1e12,
                "qualifier": "lower bound",
            },  # line 133: multi-trillion
            {"chip": "AWS Trainium2", "parameters_count": 300e9},  # line 75
            {"chip": "Qualcomm Cloud AI 100 Ultra", "parameters_count": 175e9},  # line 105: dual-card
            {"chip": "Qualcomm Cloud AI 100 Ultra", "parameters_count": 100e9, "scope": "per card"},  # line 105
        ],
    ),
    Case(
        "max-model-size", {"at_least": "1 trillion"}, chips("Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L")
    ),
    # the SN40L's "over 1 trillion" is more than 1 trillion (a lower bound at the limit counts)
    Case("max-model-size", {"more_than": "1T"}, chips("Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L")),
    Case(
        "max-model-size",
        {"more_than": "100 billion"},
        chips(
            "Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"
        ),
    ),
    # ======================================================================= market-share
    Case(
        "market-share",
        {},
        [
            {"holder": "Nvidia", "share_pct": 0.85, "qualifier": "approximate"},  # line 13: about ~85%
            {"holder": "AMD", "share_pct": 0.10, "qualifier": "approximate"},  # line 13: about ~10%
            {"holder": "all other chip makers", "share_pct": 0.05, "qualifier": None},  # line 13: the rest 5%
        ],
    ),
    Case("market-share", {"org": "AMD"}, [{"holder": "AMD", "share_pct": 0.10, "qualifier": "approximate"}]),
    Case("market-share", {"org": "Intel"}, []),  # the article gives Intel no share
    # ======================================================================= comparisons
    Case(
        "comparisons",
        {"chip": "Meta MTIA v2"},
        [
            {"aspect_name": "dense compute", "factor": 3.5, "baseline_name": "Meta MTIA v1"},  # line 87
            {"aspect_name": "memory capacity", "factor": 2},  # line 89: doubling
            {"aspect_name": "model performance", "factor": 3},  # line 91
            {"aspect_name": "serving throughput", "factor": 6},  # line 91
            {"aspect_name": "sparse compute", "factor": 7},  # line 87
        ],
    ),
    Case(
        "comparisons",
        {"aspect": "memory capacity"},
        [
            {"chip_name": "AWS Trainium2", "factor": 3, "baseline_name": "AWS Trainium"},  # line 75: 3x memory capacity
            {"chip_name": "Meta MTIA v2", "factor": 2},  # line 89
        ],
    ),
    Case(
        "comparisons",
        {"chip": "MI350"},
        [
            {
                "aspect_name": "inference performance",
                "factor": 35,
                "baseline_name": "AMD Instinct MI300 series",
                "qualifier": "upper bound",
            },  # line 47: up to 35 times
        ],
    ),
    Case(
        "comparisons",
        {"chip": "Trillium", "aspect": "energy efficiency"},
        [
            {"factor": 1.67, "baseline_name": "previous generation TPUs"},  # line 67: 67% greater
        ],
    ),
    Case(
        "comparisons",
        {},
        [
            {"chip_name": "AMD Instinct MI350", "factor": 35},  # line 47
            {"chip_name": "AWS Trainium2", "aspect_name": "efficiency", "factor": 2},  # line 75
            {"chip_name": "AWS Trainium2", "aspect_name": "memory capacity", "factor": 3},  # line 75
            {"chip_name": "AWS Trainium2", "aspect_name": "training performance", "factor": 4},  # line 75
            {"chip_name": "Google Trillium TPU", "aspect_name": "energy efficiency", "factor": 1.67},  # line 67
            {"chip_name": "Google Trillium TPU", "aspect_name": "interconnect bandwidth", "factor": 2},  # line 65
            {"chip_name": "Google Trillium TPU", "aspect_name": "memory bandwidth", "factor": 2},  # line 63
            {"chip_name": "Google Trillium TPU", "aspect_name": "peak compute", "factor": 4.7},  # line 63
            {"chip_name": "Meta MTIA v2", "factor": 3.5},
            {"chip_name": "Meta MTIA v2", "factor": 2},
            {"chip_name": "Meta MTIA v2", "factor": 3},
            {"chip_name": "Meta MTIA v2", "factor": 6},
            {"chip_name": "Meta MTIA v2", "factor": 7},  # lines 87-91
            {
                "chip_name": "Mythic M2000",
                "factor": 10,
                "baseline_name": "comparable digital architectures",
            },  # line 167
            {"chip_name": "Nvidia Blackwell GPU", "aspect_name": "compute capacity", "factor": 2},  # line 41: doubling
            {
                "chip_name": "Qualcomm Adreno 750",
                "factor": 1.25,
                "qualifier": "upper bound",
            },  # line 97: up to 25% faster
            {"chip_name": "d-Matrix Corsair C8", "factor": 9, "baseline_name": "Nvidia H100"},  # line 173: nine times
        ],
    ),
    # ======================================================================= figure-provenance
    Case(
        "figure-provenance",
        {"chip": "Groq LPU"},
        [
            {
                "property": "capacity",
                "value": 128e6,
                "section": "Groq",
                "line_start": 149,
                "line_end": 159,
                "source": SRC["groq"],
            },  # line 153
            {"property": "clock speed", "value": 1.2e9, "source": SRC["groq"]},  # line 153
            {"property": "compute units", "value": 1000, "qualifier": "lower bound"},  # line 151: thousands
            {"property": "performance", "value": 1e15, "qualifier": "upper bound"},  # line 153
            {"property": "transistor count", "value": 20e9, "qualifier": "lower bound"},  # line 151
        ],
    ),
    Case(
        "figure-provenance",
        {"chip": "M4"},
        [
            {"property": "transistor count", "value": 40e9, "section": "Apple"},  # line 119
            {"property": "compute units", "value": 10},  # line 119: 10 CPU cores
            {"property": "compute units", "value": 4},  # line 119: 4 performance cores
            {"property": "compute units", "value": 6},  # line 119: 6 efficiency cores
            {"property": "compute units", "value": 12},  # line 119: 12 GPU cores
            {"property": "compute units", "value": 16},  # line 121: 16-core Neural Engine
            {"property": "clock speed", "value": 3.5e9},  # line 119
            {"property": "performance", "value": 7.5e12},  # line 119: 7.5 TFLOPS
            {"property": "performance", "value": 38e12},  # line 121: 38 TOPS
            {"property": "bandwidth", "value": 100e9, "source": SRC["apple"]},  # line 121: up to 100 GB/s
        ],
        ordered=False,
    ),
    # ======================================================================= section-sources
    Case(
        "section-sources",
        {},
        [
            {"section": "Introduction", "line_start": 9, "line_end": 35, "source": SRC["intro"]},  # lines 9, 35
            {"line_start": 39, "line_end": 43, "source": SRC["nvidia"]},  # lines 39, 43
            {"line_start": 45, "line_end": 49, "source": SRC["amd"]},  # lines 45, 49
            {"line_start": 51, "line_end": 59, "source": SRC["intel"]},
            {"line_start": 61, "line_end": 71, "source": SRC["google"]},
            {"line_start": 73, "line_end": 77, "source": SRC["aws"]},
            {"line_start": 79, "line_end": 83, "source": SRC["microsoft"]},
            {"line_start": 85, "line_end": 93, "source": SRC["meta"]},  # line 93 "Soource:"
            {"line_start": 95, "line_end": 99, "source": SRC["adreno"]},
            {"line_start": 101, "line_end": 109, "source": SRC["cloud-ai"]},
            {"line_start": 111, "line_end": 115, "source": SRC["ibm"]},
            {"line_start": 117, "line_end": 125, "source": SRC["apple"]},
            {"line_start": 129, "line_end": 135, "source": SRC["sambanova"]},
            {"line_start": 137, "line_end": 147, "source": SRC["cerebras"]},
            {"line_start": 149, "line_end": 159, "source": SRC["groq"]},
            {"line_start": 161, "line_end": 169, "source": SRC["mythic"]},
            {"line_start": 171, "line_end": 175, "source": SRC["d-matrix"]},
            {"line_start": 177, "line_end": 187, "source": SRC["tenstorrent"]},
            {"section": "Future Prospects", "line_start": 189, "line_end": 196, "source": SRC["intro"]},  # line 196
        ],
    ),
    # ======================================================================= organization-relations
    Case(
        "organization-relations",
        {},
        [
            {"organization": "AMD", "relation": "member of", "other": "UXL Foundation"},  # line 15
            {"organization": "AWS", "relation": "subsidiary of", "other": "Amazon"},  # line 73: Amazon/AWS
            {"organization": "Google", "relation": "member of", "other": "UXL Foundation"},  # line 15
            {"organization": "Google", "relation": "subsidiary of", "other": "Alphabet"},  # line 61: Alphabet/Google
            {"organization": "Google DeepMind", "relation": "subsidiary of", "other": "Google"},  # line 69: its name
            {"organization": "Intel", "relation": "acquired", "other": "Habana Labs"},  # line 193
            {"organization": "Intel", "relation": "member of", "other": "UXL Foundation"},  # line 15
            {
                "organization": "Microsoft",
                "relation": "partner of",
                "other": "OpenAI",
            },  # line 15: Microsoft with OpenAI
        ],
    ),
    Case("organization-relations", {"org": "UXL Foundation"}, chips("AMD", "Google", "Intel", column="organization")),
    Case("organization-relations", {"org": "Habana Labs"}, [{"organization": "Intel", "relation": "acquired"}]),
    Case("organization-relations", {"org": "OpenAI"}, [{"organization": "Microsoft", "other": "OpenAI"}]),
    # ======================================================================= chips-without-process-node
    Case(
        "chips-without-process-node",
        {},
        [
            {"chip": "AMD Instinct MI350", "vendor": "AMD"},  # lines 45-49 name no process node
            {"chip": "Google Trillium TPU", "vendor": "Google"},  # lines 61-71 name none
            {"chip": "Tenstorrent Grayskull e150", "vendor": "Tenstorrent"},  # lines 177-187 name none
            {"chip": "Tenstorrent Grayskull e75", "vendor": "Tenstorrent"},
        ],
    ),
    # ======================================================================= hedged-figures
    Case(
        "hedged-figures",
        {"qualifier": "lower bound"},
        [
            {"about": "Google Trillium TPU", "value": 1000},  # line 67: thousands of TPUs
            {"about": "Groq LPU", "value": 1000},  # line 151: thousands of processing units
            {"about": "Groq LPU", "value": 20e9},  # line 151: over 20 billion transistors
            {"about": "IBM NorthPole", "value": 200e12},  # line 113: over 200 TOPS
            {"about": "Intel Gaudi 3", "value": 1000},  # line 57: thousands of GPUs
            {"about": "Qualcomm Adreno 750", "value": 10e9},  # line 97: over 10 billion
            {"about": "Qualcomm Cloud AI 100 Ultra", "value": 10e9},  # line 103: over 10 billion
            {"about": "SambaNova SN40L", "value": 1e12},  # line 133: multi-trillion parameter models
        ],
    ),
    Case(
        "hedged-figures",
        {"chip": "M4"},
        [
            {"about": "Apple M4", "hedge": "upper bound", "value": 3.5e9},  # line 119: up to 3.5 GHz
            {"about": "Apple M4", "hedge": "upper bound", "value": 100e9},  # line 121: up to 100 GB/s
            {"about": "Apple M4", "hedge": "approximate", "value": 40e9},  # line 119: around 40 billion
        ],
        ordered=False,
    ),
    Case(
        "hedged-figures",
        {"qualifier": "approximate"},
        [
            {"about": "AMD", "value": 0.10},  # line 13: about ~10%
            {"about": "Apple M4", "value": 40e9},  # line 119: around 40 billion
            {"about": "Mythic M2000", "value": 4},  # line 165: approximately 4 watts
            {"about": "Nvidia", "value": 0.85},  # line 13: about ~85%
        ],
    ),
    Case(
        "hedged-figures",
        {"qualifier": "uncertain"},
        [
            {
                "about": "AMD Instinct MI350",
                "stated_figure": FIG + "amd-instinct-mi350-hbm",
                "value": None,
            },  # l.47 likely HBM3E
        ],
    ),
    Case(
        "hedged-figures",
        {"qualifier": "nominal"},
        [
            {"about": "IBM NorthPole", "value": 400e6},  # line 113: nominal 400MHz
            {"about": "Mythic M2000", "value": 4},  # line 165: "typical power consumption"
        ],
    ),
    Case(
        "hedged-figures",
        {"qualifier": "upper bound"},
        [
            {"about": "AMD Instinct MI350", "value": 35},  # line 47: up to 35 times
            {"about": "AWS Trainium2", "value": 300e9},  # line 75: up to 300 billion parameters
            {"about": "AWS Trainium2", "value": 100_000},  # line 75: up to 100,000 chips
            {"about": "AWS Trainium2", "value": 4},  # line 75: up to 4x faster training
            {"about": "Apple M4", "value": 3.5e9},
            {"about": "Apple M4", "value": 100e9},  # lines 119, 121
            {"about": "Cerebras CS-3", "value": 2.56e20},  # line 143: up to 256 exaflops
            {"about": "Cerebras CS-3", "value": 2048},  # line 143: up to 2,048 units
            {"about": "Cerebras CS-3", "value": 24e12},  # line 141: up to 24 trillion parameters
            {"about": "Cerebras CS-3", "value": 1.2e15},  # line 141: up to 1,200 TB
            {"about": "Google Trillium TPU", "value": 256},  # line 67: up to 256 units
            {"about": "Groq LPU", "value": 1e15},  # line 153: up to 1 PetaOPS
            {"about": "Intel Gaudi 3", "value": 1.5e19},  # line 57: scaling up to 15 exaflops
            {"about": "Mythic M2000", "value": 35e12},  # line 165: up to 35 TOPS
            {"about": "Mythic M2000", "value": 10},  # line 167: up to 10 times cost efficiency
            {"about": "Nvidia Blackwell GPU", "value": 10e12},  # line 41: up to 10 trillion parameters
            {"about": "Nvidia Blackwell GPU", "value": 576},  # line 41: up to 576 GPUs
            {"about": "Qualcomm Adreno 750", "value": 1.25},  # line 97: up to 25% faster
            {"about": "Qualcomm Cloud AI 100 Ultra", "value": 100e9},  # line 105: up to 100 billion parameters
            {"about": "Tenstorrent Grayskull e150", "value": 1.5e6},  # line 181: up to 1.5 MB per core
            {"about": "Tenstorrent Grayskull e75", "value": 1.5e6},  # line 181
            {"about": "d-Matrix Corsair C8", "value": 9.6e15},  # line 173: up to 9600 TFLOPS
        ],
        ordered=False,
    ),
    # ======================================================================= article-inconsistencies
    Case(
        "article-inconsistencies",
        {"note_kind": "inconsistency"},
        [
            {"about": Parts("AMD Instinct MI350", "CDNA 4", "RDNA", sep="; ")},  # line 47 CDNA 4 vs line 193 RDNA
            {"about": "Intel Gaudi 3"},  # lines 53-57: called GPU and accelerator
            {"about": "Apple M4"},  # lines 119-123: "AI accelerator" yet a laptop/desktop SoC
            {
                "about": Parts("cerebras-cs-3-mixed-precision", "cerebras-cs-3-cluster-performance", sep="; ")
            },  # 141 vs 143
            {"about": Parts("Mythic M2000", "mythic-m2000-tile-sram", sep="; ")},  # line 163 SRAM vs line 165 no SRAM
            {"about": Parts("Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150", sep="; ")},  # 179-183 vs 185
        ],
        ordered=False,
    ),
    Case(
        "article-inconsistencies",
        {"note_kind": "slip"},
        [
            {"about": Parts("AMD Instinct MI350", "Advanced Micro Devices (AMD)", sep="; ")},  # line 49: MI300 URL
            {"about": Parts("google-trillium-tpu-hbm", "intel-gaudi-3-hbm", sep="; ")},  # lines 55, 63: same pair
            {"about": "intel-gaudi-3-die-link"},  # line 53: dies called chips
            {"about": "aws-trainium2-ultracluster-scale-out"},  # line 75: "instances"
            {"about": "Meta"},  # line 93: "Soource:"
            {"about": "Qualcomm Adreno 750"},  # line 97: "Adreno GPUs, such as the Adreno GPUs"
            {"about": "Cerebras CS-3"},  # lines 139-143: CS-3 both chip and system
            {"about": "Digital In-Memory Compute"},  # line 173: "digital-in-memory computer"
            {"about": Parts("d-Matrix Corsair C8", "d-Matrix chiplet-based architecture", sep="; ")},  # 173 "chipset"
            {"about": "Future Prospects"},  # line 194: announced list that never follows
        ],
        ordered=False,
    ),
    Case("article-inconsistencies", {}, [{"kind": "inconsistency"}] * 6 + [{"kind": "slip"}] * 10, ordered=False),
    # 11 hedges: note:mtia-v2-workloads-vs-name (lines 87, 91) added by the audit; 15 with
    # note:northpole-formats-hedge (the formats read from bit widths, ck:hedgesProperty ck:supportsFormat)
    Case("article-inconsistencies", {"note_kind": "hedge"}, [{"kind": "hedge"}] * 15, ordered=False),
    Case(
        "article-inconsistencies",
        {"note_kind": "ambiguity"},
        [  # the six sentences with two readings
            {
                "kind": "ambiguity",
                "about": Parts("Google", "UXL Foundation", sep="; "),
                "section": "Introduction",
            },  # line 15
            {"kind": "ambiguity", "section": "Alphabet/Google"},  # line 63: "double" of capacity or bandwidth
            {"kind": "ambiguity", "section": "Qualcomm (Adreno)"},  # line 97: GPU or platform
            {"kind": "ambiguity", "section": "IBM"},  # line 113: which figure with which precision
            # line 139: the largest AI chip with no die area (ck:largestWithoutFigure ck:dieArea)
            {"kind": "ambiguity", "about": "Cerebras CS-3"},
            {
                "kind": "ambiguity",
                "about": Parts("PCIe 2.0", "mythic-m2000-pcie", sep="; "),
                "section": "Mythic",
            },  # line 165
        ],
    ),
    # ======================================================================= chip-memory
    Case(
        "chip-memory",
        {"chip": "SN40L"},
        [  # line 131: three-tier memory
            {"technology": "SRAM", "is_on_chip": True, "capacity_bytes": None},
            {"technology": "DDR5", "is_on_chip": False, "capacity_bytes": 1.5e12},
            {"technology": "HBM3", "is_on_chip": False, "capacity_bytes": 64e9},
        ],
    ),
    Case(
        "chip-memory",
        {"chip": "Gaudi 3"},
        [
            {"technology": "SRAM", "capacity_bytes": 96e6, "scope": "per chip"},  # line 53: 96 MB per GPU
            {"technology": "SRAM", "capacity_bytes": 48e6, "scope": "per die"},  # line 53: 48 MB per die
            {"technology": "HBM", "capacity_bytes": 128e9, "bandwidth_bps": 3.7e12},  # line 55
        ],
    ),
    Case(
        "chip-memory",
        {"chip": "CS-3"},
        [
            {
                "technology": "unspecified",
                "capacity_bytes": 1.2e15,
                "scope": "per system",
                "qualifier": "upper bound",
            },  # line 141: up to 1,200 TB in a single system
        ],
    ),
    Case(
        "chip-memory",
        {"chip": "M4"},
        [
            {
                "technology": "LPDDR5X",
                "capacity_bytes": None,
                "bandwidth_bps": 100e9,
                "qualifier": "upper bound",
            },  # line 121
        ],
    ),
    # ======================================================================= chips-by-feature-size
    Case(
        "chips-by-feature-size",
        {"at_most": "5nm"},
        [
            {"chip": "Apple M4", "feature_size_m": 3e-9},  # line 119
            {"chip": "Nvidia Blackwell GPU", "feature_size_m": 4e-9},  # line 41
            {"chip": "Qualcomm Adreno 750", "feature_size_m": 4e-9},  # line 97
            {"chip": "Intel Gaudi 3", "feature_size_m": 5e-9},  # line 53
            {"chip": "Microsoft Maia 100", "feature_size_m": 5e-9},  # line 81
        ],
    ),
    Case("chips-by-feature-size", {"more_than": "7nm"}, chips("IBM NorthPole", "Mythic M2000")),  # 113, 163
    Case("chips-by-feature-size", {"at_least": "7nm", "at_most": "7 nm"}, chips(*SEVEN_NM)),
    Case("chips-by-feature-size", {"less_than": "4nm"}, chips("Apple M4")),
    # ======================================================================= chips-by-architecture
    Case(
        "chips-by-architecture",
        {"architecture": "RISC-V"},
        [
            {"chip": "Mythic M2000", "component": "Mythic M2000 RISC-V nano-processor"},  # line 163
            {"chip": "Tenstorrent Grayskull e150", "component": None},  # line 179: RISC-V-based
            {"chip": "Tenstorrent Grayskull e75", "component": None},
        ],
    ),
    Case(
        "chips-by-architecture",
        {"architecture": "Tensix"},
        chips("Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"),
    ),  # lines 179-181
    Case("chips-by-architecture", {"architecture": "CDNA 4"}, chips("AMD Instinct MI350")),  # line 47
    Case("chips-by-architecture", {"architecture": "DIMC"}, chips("d-Matrix Corsair C8")),  # line 173
    Case("chips-by-architecture", {"architecture": "AMP"}, chips("Mythic M2000")),  # line 163
    Case("chips-by-architecture", {"architecture": "Blackwell architecture"}, chips("Nvidia Blackwell GPU")),  # 41
    # ======================================================================= chip-features
    Case(
        "chip-features",
        {"chip": "Blackwell"},
        [  # line 41: six technologies
            {"feature_name": "Blackwell RAS engine"},
            {"feature_name": "Blackwell Secure AI"},
            {"feature_name": "Blackwell decompression engine"},
            {"feature_name": "Blackwell fifth-generation NVLink", "generation": 5, "related": "NVLink 5"},
            {"feature_name": "Blackwell second-generation Transformer Engine", "generation": 2},
            {"feature_name": "Blackwell two-die GPU design"},
        ],
    ),
    Case(
        "chip-features",
        {"chip": "Trillium"},
        [
            {"feature_name": "Trillium matrix multiplication units"},  # line 63: MXUs
            {"feature_name": "Trillium third-generation SparseCore", "generation": 3},  # line 65
        ],
    ),
    # ======================================================================= chip-profile
    Case(
        "chip-profile",
        {"chip": "M4"},
        [
            {"property": "altLabel", "value": "Apple M4 chip"},
            {"property": "altLabel", "value": "M4"},
            {"property": "designed by", "value": "Apple"},  # line 119
            {"property": "feature", "value": "M4 hardware-accelerated ray tracing"},  # line 123
            {"property": "feature", "value": "M4 video encoder and decoder"},  # line 123
            {"property": "has component", "value": "Apple M4 CPU"},  # line 119: 10 CPU cores
            {"property": "has component", "value": "Apple M4 GPU"},  # line 119: 12-core GPU
            {"property": "has component", "value": "Apple M4 Neural Engine"},  # line 121
            {"property": "kind", "value": "AI accelerator"},  # line 119: "AI accelerator"
            {"property": "kind", "value": "AI processor"},  # inferred: an AI accelerator is one (ck:AIProcessor)
            {"property": "kind", "value": "system on a chip"},  # lines 119-123: CPU, GPU, Neural Engine on one chip
            {"property": "label", "value": "Apple M4"},
            {"property": "manufactured by", "value": "TSMC"},  # line 119
            {"property": "maximum display resolution", "value": "6K"},  # line 123
            {
                "property": "memory",
                "value": "LPDDR5X",
                "value_figure": FIG + "apple-m4-lpddr5x",
                "qualifier": None,
            },  # 121
            {"property": "not suitable for", "value": "data center"},  # line 123
            {"property": "process node", "value": "3nm"},  # line 119
            {"property": "profiled", "value": "true"},
            {"property": "video codec", "value": "AV1"},
            {"property": "video codec", "value": "H.265"},  # line 123
            {"property": "workload", "value": "desktop"},  # line 123
            {"property": "workload", "value": "inference"},  # line 121: real-time AI inference
            {"property": "workload", "value": "laptop"},  # line 123
        ],
    ),
    Case(
        "chip-profile",
        {"chip": "Maia 100"},
        [
            {"property": "altLabel", "value": "Azure Maia"},  # the source's own name (azure-maia-for-the-era-of-ai)
            {"property": "altLabel", "value": "Maia"},  # the one Maia the article names
            {"property": "altLabel", "value": "Maia 100"},
            {"property": "altLabel", "value": "Maia 100 AI Accelerator"},
            {"property": "altLabel", "value": "Microsoft Maia 100 AI accelerator"},  # line 81
            {"property": "cooling", "value": "liquid"},  # line 81: specialized liquid cooling system
            {"property": "deployed on", "value": "Microsoft Azure"},  # line 81: Azure cloud platform
            {"property": "designed by", "value": "Microsoft"},  # line 81
            {"property": "kind", "value": "AI accelerator"},
            {"property": "kind", "value": "AI processor"},  # inferred (ck:AIProcessor)
            {"property": "kind", "value": "ASIC"},  # line 81
            {"property": "label", "value": "Microsoft Maia 100"},
            {"property": "process node", "value": "5nm"},  # line 81
            {"property": "profiled", "value": "true"},
            {"property": "supports application", "value": "Azure OpenAI Service"},  # line 81
            {"property": "supports application", "value": "Microsoft Copilot"},  # line 81
            {"property": "workload", "value": "data center"},  # line 81: existing data center infrastructure
            {"property": "workload", "value": "training"},  # line 81: large-scale model training
        ],
    ),
    Case(
        "chip-profile",
        {"chip": "MI350"},
        [
            {"property": "altLabel", "value": "AMD Instinct MI350 GPU"},
            {"property": "altLabel", "value": "Instinct MI350"},
            {"property": "altLabel", "value": "MI350"},
            {"property": "altLabel", "value": "MI350 series"},
            {"property": "architecture", "value": "CDNA 4"},  # line 47
            # line 47: the chip's description (an epithet a question may use, parse.rewrites._epithets)
            {
                "property": "comment",
                "value": "AMD's upcoming data-center GPU, scheduled to go into production in 2025.",
            },
            {"property": "designed by", "value": "AMD"},  # line 47
            {"property": "feature", "value": "AMD Instinct MI350 optimized tensor cores"},  # line 47
            {"property": "kind", "value": "AI processor"},  # inferred: a GPU is one (ck:AIProcessor)
            {"property": "kind", "value": "GPU"},  # line 47
            {"property": "label", "value": "AMD Instinct MI350"},
            # line 47: likely HBM3E (or a later generation): the technology keeps its hedge
            {
                "property": "memory",
                "value": "HBM3E",
                "value_figure": FIG + "amd-instinct-mi350-hbm",
                "qualifier": "uncertain",
            },
            {"property": "production year", "value": "2025"},  # line 47
            {"property": "profiled", "value": "true"},
            {"property": "workload", "value": "data center"},
            {"property": "workload", "value": "inference"},  # line 47
        ],
    ),
    # ======================================================================= chip-systems
    Case(
        "chip-systems",
        {"chip": "Maia 100"},
        [  # line 81
            {"relation": "deployed on", "system": "Microsoft Azure"},
            {"relation": "supports application", "system": "Azure OpenAI Service"},
            {"relation": "supports application", "system": "Microsoft Copilot"},
        ],
    ),
    Case(
        "chip-systems",
        {},
        [
            {"chip_name": "AWS Trainium2", "system": "Amazon EC2 UltraClusters"},  # line 75
            {"chip_name": "Google Trillium TPU", "system": "Google AI Hypercomputer"},  # line 69
            {"chip_name": "Google Trillium TPU", "system": "Gemini"},  # line 69
            {"chip_name": "Microsoft Maia 100"},
            {"chip_name": "Microsoft Maia 100"},
            {"chip_name": "Microsoft Maia 100"},
            {
                "chip_name": "Qualcomm Adreno 750",
                "relation": "integrated into",
                "system": "Qualcomm Snapdragon 8 Gen 3",
            },  # line 97
            {"chip_name": "SambaNova SN40L", "system": "SambaNova platform"},  # line 133
        ],
    ),
    # ======================================================================= chip-components
    Case(
        "chip-components",
        {"chip": "Apple M4"},
        [
            {
                "component": "Apple M4 CPU",
                "kind": "CPU",
                "units_figures": Parts(
                    *(FIG + f"apple-m4-{n}" for n in ("cpu-cores", "performance-cores", "efficiency-cores")), sep=" "
                ),
            },  # line 119: 10 CPU cores, 4 high-performance and 6 efficiency cores
            {"component": "Apple M4 GPU", "kind": "GPU", "performance_ops": 7.5e12},  # line 119: 12 cores, 7.5 TFLOPS
            {"component": "Apple M4 Neural Engine", "kind": "NPU", "performance_ops": 38e12},  # line 121
        ],
    ),
    Case(
        "chip-components",
        {"chip": "M2000"},
        chips(  # line 163: per tile ACE, RISC-V, SIMD, NoC router
            "Mythic Analog Compute Engine",
            "Mythic M2000 AMP tile",
            "Mythic M2000 NoC router",
            "Mythic M2000 RISC-V nano-processor",
            "Mythic M2000 SIMD vector engine",
            column="component",
        ),
    ),
    # ======================================================================= chip-generations
    Case(
        "chip-generations",
        {},
        [
            {"chip_name": "AMD Instinct MI350", "production_year": "2025", "generation": None},  # line 47
            {"chip_name": "AWS Trainium", "generation": 1},  # line 75: predecessor
            {
                "chip_name": "AWS Trainium2",
                "generation": 2,
                "predecessor": "AWS Trainium",
                "comparisons_count": 3,
            },  # 75
            {"chip_name": "Google Trillium TPU", "generation": 6, "predecessor": None},  # line 63: sixth-generation
            {"chip_name": "Meta MTIA v1", "generation": 1},  # line 87: first generation
            {
                "chip_name": "Meta MTIA v2",
                "generation": 2,
                "predecessor": "Meta MTIA v1",
                "comparisons_count": 5,
            },  # 87-91
        ],
    ),
    Case("chip-generations", {"chip": "Trainium2"}, [{"chip_name": "AWS Trainium2", "comparisons_count": 3}]),
    # ======================================================================= section-contents
    Case(
        "section-contents",
        {"section": "groq"},
        [  # lines 149-159, under "Unicorn Startups" (line 127)
            {"item": "Groq LPU", "type": "chip", "profiled_under": "Unicorn Startups"},
            {"item": "Groq"},
            {"item": "TSMC"},
            {"item": "7nm"},
            {"item": "SRAM"},
            {"item": "INT8"},
            {"item": "FP16"},
            {"item": "BF16"},  # line 153
            {"item": "Groq deterministic processing model"},  # line 155
            {"item": "Groq proprietary interconnect"},  # line 157
            {"value": 7e-9},  # line 151: 7nm
            {"value": 20e9},  # line 151: over 20 billion transistors
            {"value": 1000},  # line 151: thousands of processing units
            {"value": 1.2e9},  # line 153: 1.2 GHz
            {"value": 1e15},  # line 153: 1 PetaOPS
            {"value": 128e6},  # line 153: 128MB
            {"item": "groq-lpu-sram"},
            {"item": "groq-lpu-proprietary-interconnect"},
            {"item": "unicorn-startups-groq", "type": "group membership"},  # line 127: under Unicorn Startups
        ],
        ordered=False,
    ),
    Case(
        "section-contents",
        {"section": "Future Prospects"},
        [  # lines 189-196
            {"item": "Nvidia Blackwell GPU", "type": "chip", "profiled_under": None},  # line 193: Blackwell family
            {"item": "Nvidia"},
            {"item": "CUDA"},
            {"item": "tensor cores"},  # line 193: CUDA and tensor cores
            {"item": "AMD Instinct MI350", "type": "chip"},
            {"item": "AMD"},
            {"item": "RDNA"},  # line 193: RDNA
            {"item": "Intel"},
            {"item": "Habana Labs"},  # line 193: Intel's acquisition of Habana Labs
            {"item": "gaudi-3-called-gpu", "type": "note"},  # line 193: purpose-built AI accelerators
            {"item": "amd-architecture-cdna-4-vs-rdna", "type": "note"},  # line 193 RDNA vs line 47 CDNA 4
            {"item": "future-prospects-announces-missing-list", "type": "note"},  # line 194
        ],
        ordered=False,
    ),
    # ======================================================================= article-references
    Case(
        "article-references",
        {},
        [
            {
                "url": SRC["intro"],
                "cited_by": Parts("Introduction", "Future Prospects", "references list"),
            },  # 35, 196, 206
            *[{"url": SRC[k]} for k in SRC if k != "intro"],  # the other 18 "Source:" lines
            *[
                {"url": u, "cited_by": "references list"}
                for u in (  # lines 208-216
                    "https://www.cnbc.com/2024/06/02/nvidia-dominates-the-ai-chip-market-but-theres-rising-competition-.html",
                    "https://www.theverge.com/2024/2/1/24058186/ai-chips-meta-microsoft-google-nvidia/archives/2",
                    "https://www.backblaze.com/blog/ai-101-training-vs-inference/",
                    "https://semiengineering.com/how-inferencing-differs-from-training-in-machine-learning-applications/",
                    "https://telnyx.com/resources/hardware-machine-learning",
                )
            ],
        ],
        ordered=False,
    ),
    # ======================================================================= performance-without-precision
    Case(
        "performance-without-precision",
        {},
        [
            {"chip_name": "Apple M4", "performance_ops": 38e12, "measured_on": "Apple M4 Neural Engine"},  # line 121
            {"chip_name": "Apple M4", "performance_ops": 7.5e12, "measured_on": "Apple M4 GPU"},  # line 119
            {"chip_name": "Cerebras CS-3", "performance_ops": 2.56e20, "scope": "per cluster"},  # line 143
            {"chip_name": "Cerebras CS-3", "performance_ops": 2.6e15, "metric": "mixed-precision"},  # line 141
            {"chip_name": "Microsoft Maia 100", "performance_ops": 800e12, "metric": "peak"},  # line 81
            {"chip_name": "Mythic M2000", "performance_ops": 35e12},  # line 165
            {"chip_name": "d-Matrix Corsair C8", "performance_ops": 9.6e15},  # line 173
        ],
    ),
    Case("performance-without-precision", {"chip": "Groq LPU"}, []),  # line 153: 8-bit integer stated
]


# ======================================================================= chip-check / chip-rules-out
# (chip params, expected chip-check, expected chip-rules-out): a yes/no property of one chip as the
# article states it, and whether the article rules it out.
YES_NO: list[tuple[dict[str, str], bool, bool]] = [
    ({"chip": "Groq LPU", "format": "INT8"}, True, False),  # line 153: INT8, FP16 and BFLOAT16
    ({"chip": "Groq LPU", "format": "BF16"}, True, False),  # line 153: BFLOAT16
    ({"chip": "Groq LPU", "format": "FP32"}, False, False),  # line 153 lists no FP32, not exhaustive
    ({"chip": "AWS Trainium2", "format": "FP8"}, True, False),  # line 75: configurable FP8 (cFP8)
    ({"chip": "IBM NorthPole", "format": "INT4"}, True, False),  # line 113: 400 TOPS at 4-bit
    ({"chip": "Apple M4", "node": "3nm"}, True, False),  # line 119: TSMC's 3nm
    ({"chip": "Apple M4", "node": "5nm"}, False, True),  # line 119: 3nm, one node per chip
    ({"chip": "Mythic M2000", "at_least": "28nm", "at_most": "28nm"}, False, True),  # line 163: 40nm
    ({"chip": "Mythic M2000", "at_least": "40nm", "at_most": "40nm"}, True, False),  # line 163
    ({"chip": "Tenstorrent Grayskull e75", "node": "7nm"}, False, False),  # lines 177-187: no node
    ({"chip": "AWS Trainium2", "memory": "HBM"}, True, False),  # line 75: 96GB of high-bandwidth memory
    ({"chip": "SambaNova SN40L", "memory": "HBM"}, True, False),  # line 131: HBM3 is an HBM
    ({"chip": "AMD Instinct MI350", "memory": "HBM"}, True, False),  # line 47: high-bandwidth memory
    ({"chip": "AMD Instinct MI350", "memory": "HBM3E"}, False, False),  # line 47: only "likely HBM3E"
    ({"chip": "Groq LPU", "memory": "SRAM", "on_chip": "true"}, True, False),  # line 153: on-chip SRAM
    ({"chip": "Intel Gaudi 3", "memory": "HBM", "on_chip": "true"}, False, False),  # line 55: HBM off the die
    # line 183: LPDDR4 "a cost-effective alternative to HBM" (ck:usedInsteadOf), so no HBM3 either
    ({"chip": "Tenstorrent Grayskull e75", "memory": "HBM3"}, False, True),
    ({"chip": "Tenstorrent Grayskull e150", "memory": "LPDDR4"}, True, False),
    # line 165: no external DRAM or SRAM (ck:needsNoExternal); its SRAM is in every tile (line 163)
    ({"chip": "Mythic M2000", "memory": "DRAM"}, False, True),
    ({"chip": "Mythic M2000", "memory": "SRAM"}, True, False),
    ({"chip": "Mythic M2000", "memory": "SRAM", "on_chip": "false"}, False, True),
    ({"chip": "Mythic M2000", "on_chip": "false"}, False, True),
    ({"chip": "Groq LPU", "memory": "HBM"}, False, False),  # lines 151-157: not named, not ruled out
    ({"chip": "Intel Gaudi 3", "interconnect": "PCIe 5.0"}, True, False),  # line 55: 16 lanes of PCIe 5.0
    ({"chip": "Intel Gaudi 3", "interconnect": "NVLink"}, False, False),  # lines 53-57: not named
    ({"chip": "Intel Gaudi 3", "kind": "GPU"}, True, False),  # line 53: Gaudi 3 GPUs
    ({"chip": "Intel Gaudi 3", "kind": "ASIC"}, False, False),  # line 193 vs 53: kind contradicted (note)
    ({"chip": "Google Trillium TPU", "kind": "ASIC"}, True, False),  # line 63: a TPU, a kind of ASIC
    ({"chip": "Google Trillium TPU", "kind": "GPU"}, False, True),  # line 63: TPU; ASIC and GPU disjoint
    ({"chip": "Groq LPU", "kind": "AI accelerator"}, True, False),  # line 151: LPU, an AI accelerator
    ({"chip": "Apple M4", "kind": "GPU"}, False, False),  # line 119: an SoC with a GPU, not disjoint
    ({"chip": "Groq LPU", "foundry": "TSMC"}, True, False),  # line 151: TSMC's 7nm
    ({"chip": "AWS Trainium2", "foundry": "TSMC"}, False, False),  # line 75: foundry not named
    ({"chip": "Groq LPU", "foundry": "Intel"}, False, True),  # line 151: TSMC
    ({"chip": "AWS Trainium2", "vendor": "Amazon"}, True, False),  # line 73-75: AWS, part of Amazon
    ({"chip": "Microsoft Maia 100", "vendor": "OpenAI"}, False, True),  # line 81: Microsoft's chip
    ({"chip": "Intel Gaudi 3", "vendor": "Habana Labs"}, False, False),  # line 193: Intel acquired Habana
    ({"chip": "IBM NorthPole", "workload": "LLM training"}, False, True),  # line 113: not for training LLMs
    ({"chip": "IBM NorthPole", "workload": "training"}, False, False),  # line 113 rules out LLM training only
    ({"chip": "IBM NorthPole", "workload": "inference"}, True, False),  # line 113: inference tasks
    ({"chip": "Apple M4", "workload": "data center"}, False, True),  # line 123: not for data centers
    ({"chip": "Intel Gaudi 3", "workload": "inference"}, False, False),  # lines 53-57: no workload named
    ({"chip": "Meta MTIA v2", "software": "PyTorch"}, True, False),  # line 91: PyTorch 2.0
    ({"chip": "AMD Instinct MI350", "architecture": "CDNA 4"}, True, False),  # line 47
    ({"chip": "AMD Instinct MI350", "architecture": "RDNA"}, False, False),  # line 193 vs 47: see note
]
CASES += [Case("chip-check", params, [{"boolean": stated}]) for params, stated, _ in YES_NO]
CASES += [Case("chip-rules-out", params, [{"boolean": ruled_out}]) for params, _, ruled_out in YES_NO]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
def test_golden(case: Case) -> None:
    check(case)


# --------------------------------------------------------------------------- catalog checks


def stored_names() -> set[str]:
    return {p.stem for p in QUERIES_DIR.glob("*.rq")}


def test_every_stored_query_has_a_golden_test() -> None:
    tested = {c.query for c in CASES}
    assert stored_names() - tested == set(), "stored queries without a golden test"
    assert tested - stored_names() == set(), "golden tests for queries that do not exist"


def readme_query_names() -> set[str]:
    """The names in the README's stored-query table (``| `name` | answers | parameters |``)."""
    readme = (QUERIES_DIR.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Stored queries", 1)[1].split("\n### ", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", table, re.MULTILINE))


def test_number_of_stored_queries() -> None:
    """The queries dir, the catalog and the README's table name the same 47 queries: a query file
    that goes missing (or appears without a README row) fails here."""
    assert len(stored_names()) == 47
    assert stored_names() == readme_query_names()
    assert {q.name for q in catalog.stored_queries()} == stored_names()


def test_parameterised_queries_are_tested_with_several_values() -> None:
    for q in catalog.stored_queries():
        if q.params:
            variants = {tuple(sorted(c.params.items())) for c in CASES if c.query == q.name}
            assert len(variants) >= 2, f"{q.name}: only one parameter combination tested"


@pytest.mark.parametrize("name", sorted(stored_names()))
def test_header_and_example(name: str) -> None:
    q = catalog.get(name)
    assert q.title.strip(), f"{name}: no title"
    assert len(q.description) > 20, f"{name}: no description"
    assert q.tags, f"{name}: no tags"
    for p in q.params:
        assert p.description, f"{name}: parameter {p.name} has no description"
    words = shlex.split(q.example)
    assert words[:3] == ["chipkg", "query", name], f"{name}: example {q.example!r}"
    given: dict[str, str] = {}
    rest = words[3:]
    while rest:
        flag, pair, *rest = rest
        assert flag in {"--param", "-p"}, f"{name}: example has {flag!r}"
        key, _, value = pair.partition("=")
        given[key] = value
    assert set(given) <= {p.name for p in q.params}, f"{name}: example uses unknown parameters"
    missing = {p.name for p in q.params if p.required} - set(given)
    assert not missing, f"{name}: example lacks required {missing}"
    run(name, given)  # the example's parameters parse and the query runs


def test_numeric_filters_use_the_four_bound_names() -> None:
    bound_names = {"more_than", "at_least", "less_than", "at_most"}
    from chipkg import units

    quantity_types = set(units.DIMENSIONS)  # every parameter type that is a quantity
    for q in catalog.stored_queries():
        for p in q.params:
            if p.type in quantity_types:
                assert p.name in bound_names, f"{q.name}: quantity parameter {p.name} is not a bound name"
