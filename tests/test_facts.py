"""Facts the article states, checked in the built graph: one table per kind of fact, one test per table.

Every expected value is typed by hand from the article (shared/sources/ai-chip-race.txt), never
computed from the data under test; each row cites the article line(s) it comes from (``lines``) and a
trailing comment gives the words that decide a hedge ("up to", "over", "around").

How to read a row:

- names are prefixed names (``chip:groq-lpu``, ``ck:PerChip``); a string in double quotes inside the
  Python string (``'"liquid"'``) is a literal; numbers and booleans are literals;
- every field is exact: ``None`` or ``()`` means the graph has no such value, a tuple lists all of them.
  Only types (which reasoning widens with superclasses) and a chip's home section are "at least".

The tables keep one row per line (``# fmt: off``): a row is read, and diffed, as one fact.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from chipkg.namespaces import PREFIXES

# Longest namespace first, so ``chip:`` wins over a shorter namespace it starts with.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
ARTICLE = "<https://rajathnarasimha.com>"


def short(term: Any, is_iri: bool) -> Any:
    """A graph term as the tables write it: an IRI as a prefixed name (or ``<IRI>``), a string
    literal in double quotes, a number or boolean as itself."""
    if is_iri:
        for prefix, namespace in _NAMESPACES:
            if term.startswith(namespace):
                return f"{prefix}:{term[len(namespace) :]}"
        return f"<{term}>"
    return f'"{term}"' if isinstance(term, str) else term


def objects(kg, subject: str, path: str) -> set[Any]:
    """Every object of ``subject path ?o`` (a SPARQL property path), spelled as in the tables."""
    rows = kg.rows(f"SELECT ?o (isIRI(?o) AS ?iri) WHERE {{ {subject} {path} ?o }}")
    return {short(row["o"], row["iri"]) for row in rows}


def described(kg, subject: str) -> dict[str, set[Any]]:
    """Every property of ``subject`` with its objects, spelled as in the tables (one query)."""
    rows = kg.rows(f"SELECT ?p ?o (isIRI(?o) AS ?iri) WHERE {{ {subject} ?p ?o }}")
    found: dict[str, set[Any]] = {}
    for row in rows:
        found.setdefault(short(row["p"], True), set()).add(short(row["o"], row["iri"]))
    return found


def cells(value: Any) -> set[Any]:
    """A table cell as a set of objects: ``None`` is none, a tuple is each of its items."""
    if value is None:
        return set()
    return set(value) if isinstance(value, tuple) else {value}


def lit(text: str | None) -> str | None:
    """A table's plain string field (a stated unit, a label) as a quoted literal."""
    return None if text is None else f'"{text}"'


def check(kg, subject: str, exact: dict[str, Any], at_least: dict[str, Any] | None = None) -> None:
    """``subject`` has exactly the objects ``exact`` gives for each property (none for ``None``)
    and at least those ``at_least`` gives; one comparison, so a failure shows every field."""
    found = described(kg, subject)
    assert {p: found.get(p, set()) for p in exact} == {p: cells(v) for p, v in exact.items()}, subject
    for prop, value in (at_least or {}).items():
        missing = cells(value) - found.get(prop, set())
        assert not missing, f"{subject} {prop}: {sorted(map(str, missing))} missing"


def holders(of: str | tuple[str, ...]) -> tuple[str, ...]:
    return of if isinstance(of, tuple) else (of,)


def reaches(kg, of: str | tuple[str, ...], path: str, target: str) -> None:
    for holder in holders(of):
        assert kg.ask(f"ASK {{ {holder} {path} {target} }}"), f"{target} is not reachable from {holder} via {path}"


def first(row: tuple) -> str:
    """Test id: the row's subject (``test_figure[fig:groq-lpu-clock]``)."""
    return row[0]


def two(row: tuple) -> str:
    """Test id: subject and property or label (``test_relation[chip:groq-lpu ck:workload]``)."""
    return f"{row[0]} {row[1]}"


# --- chips ---------------------------------------------------------------------------------------------


class Chip(NamedTuple):
    chip: str
    label: str
    kinds: tuple[str, ...]  # classes besides ck:Chip
    vendor: str
    profiled: bool  # has a section of its own
    node: str | None
    foundry: str | None
    section: str  # its home section (a chip may be named in others too)
    lines: str


# fmt: off
CHIPS = [
    Chip("chip:nvidia-blackwell-gpu", "Nvidia Blackwell GPU", ("ck:GPU",), "org:nvidia", True, "node:4nm", "org:tsmc", "sec:nvidia", "41"),
    Chip("chip:amd-instinct-mi350", "AMD Instinct MI350", ("ck:GPU",), "org:amd", True, None, None, "sec:amd", "47"),
    Chip("chip:intel-gaudi-3", "Intel Gaudi 3", ("ck:GPU", "ck:AIAccelerator"), "org:intel", True, "node:5nm", None, "sec:intel", "53"),
    Chip("chip:google-trillium-tpu", "Google Trillium TPU", ("ck:TPU",), "org:google", True, None, None, "sec:google", "63"),
    Chip("chip:nvidia-h100", "Nvidia H100", ("ck:GPU",), "org:nvidia", False, None, None, "sec:d-matrix", "173"),
    Chip("chip:amd-instinct-mi300-series", "AMD Instinct MI300 series", ("ck:GPU",), "org:amd", False, None, None, "sec:amd", "47"),
    Chip("chip:amd-ryzen-9000-series", "AMD Ryzen 9000 series", ("ck:CPU",), "org:amd", False, None, None, "sec:amd", "47"),
    Chip("chip:aws-trainium2", "AWS Trainium2", ("ck:ASIC", "ck:AIAccelerator"), "org:aws", True, "node:7nm", None, "sec:aws", "75"),
    Chip("chip:aws-trainium", "AWS Trainium", ("ck:ASIC", "ck:AIAccelerator"), "org:aws", False, None, None, "sec:aws", "75"),  # predecessor
    Chip("chip:microsoft-maia-100", "Microsoft Maia 100", ("ck:ASIC", "ck:AIAccelerator"), "org:microsoft", True, "node:5nm", None, "sec:microsoft", "81"),
    Chip("chip:meta-mtia-v2", "Meta MTIA v2", ("ck:ASIC", "ck:AIAccelerator"), "org:meta", True, "node:7nm", None, "sec:meta", "87"),
    Chip("chip:meta-mtia-v1", "Meta MTIA v1", ("ck:ASIC", "ck:AIAccelerator"), "org:meta", False, None, None, "sec:meta", "87"),  # first generation
    Chip("chip:qualcomm-adreno-750", "Qualcomm Adreno 750", ("ck:GPU",), "org:qualcomm", True, "node:4nm", "org:tsmc", "sec:qualcomm-adreno", "97"),
    Chip("chip:qualcomm-snapdragon-8-gen-3", "Qualcomm Snapdragon 8 Gen 3", ("ck:SoC",), "org:qualcomm", False, None, None, "sec:qualcomm-adreno", "97"),
    Chip("chip:qualcomm-cloud-ai-100-ultra", "Qualcomm Cloud AI 100 Ultra", ("ck:ASIC", "ck:AIAccelerator"), "org:qualcomm", True, "node:7nm", "org:tsmc", "sec:qualcomm-cloud-ai", "101"),
    Chip("chip:ibm-northpole", "IBM NorthPole", ("ck:ASIC", "ck:AIAccelerator"), "org:ibm", True, "node:12nm", None, "sec:ibm", "113"),
    Chip("chip:apple-m4", "Apple M4", ("ck:SoC", "ck:AIAccelerator"), "org:apple", True, "node:3nm", "org:tsmc", "sec:apple", "119"),
    Chip("chip:sambanova-sn40l", "SambaNova SN40L", ("ck:RDU",), "org:sambanova", True, "node:7nm", None, "sec:sambanova", "131"),
    Chip("chip:cerebras-cs-3", "Cerebras CS-3", ("ck:WaferScaleEngine",), "org:cerebras", True, "node:7nm", None, "sec:cerebras", "139"),
    Chip("chip:groq-lpu", "Groq LPU", ("ck:LPU",), "org:groq", True, "node:7nm", "org:tsmc", "sec:groq", "151"),
    Chip("chip:mythic-m2000", "Mythic M2000", ("ck:AnalogMatrixProcessor",), "org:mythic", True, "node:40nm", None, "sec:mythic", "163"),
    Chip("chip:d-matrix-corsair-c8", "d-Matrix Corsair C8", ("ck:InMemoryComputeAccelerator",), "org:d-matrix", True, "node:6nm", None, "sec:d-matrix", "173"),
    Chip("chip:tenstorrent-grayskull-e75", "Tenstorrent Grayskull e75", ("ck:AIAccelerator",), "org:tenstorrent", True, None, None, "sec:tenstorrent", "179"),
    Chip("chip:tenstorrent-grayskull-e150", "Tenstorrent Grayskull e150", ("ck:AIAccelerator",), "org:tenstorrent", True, None, None, "sec:tenstorrent", "179"),
]
# fmt: on


@pytest.mark.parametrize("chip", CHIPS, ids=first)
def test_chip(kg, chip: Chip):
    check(
        kg,
        chip.chip,
        {
            "rdfs:label": lit(chip.label),
            "ck:designedBy": chip.vendor,
            "ck:profiled": chip.profiled,
            "ck:processNode": chip.node,
            "ck:manufacturedBy": chip.foundry,
        },
        at_least={"rdf:type": ("ck:Chip", *chip.kinds), "ck:section": chip.section},
    )


# --- names -----------------------------------------------------------------------------------------------


class AltLabel(NamedTuple):
    iri: str
    label: str
    lines: str | None


# fmt: off
ALT_LABELS = [
    AltLabel("chip:nvidia-blackwell-gpu", "Blackwell", "41"),
    AltLabel("chip:amd-instinct-mi350", "MI350", "47"),
    AltLabel("chip:intel-gaudi-3", "Gaudi 3", "53"),
    AltLabel("chip:google-trillium-tpu", "Trillium", "63"),
    AltLabel("chip:amd-instinct-mi300-series", "MI300 series", "47"),
    AltLabel("chip:aws-trainium2", "Trainium2", "75"),
    AltLabel("chip:aws-trainium2", "Trainium 2", "75"),
    AltLabel("chip:microsoft-maia-100", "Maia 100", "81"),
    AltLabel("chip:meta-mtia-v2", "MTIA v2", "87"),
    AltLabel("chip:meta-mtia-v2", "Meta Training and Inference Accelerator (MTIA) v2", "87"),
    AltLabel("chip:qualcomm-adreno-750", "Adreno 750", "97"),
    AltLabel("chip:qualcomm-snapdragon-8-gen-3", "Snapdragon 8 Gen 3", "97"),
    AltLabel("chip:qualcomm-cloud-ai-100-ultra", "AI 100 Ultra", "103"),
    AltLabel("chip:qualcomm-cloud-ai-100-ultra", "Cloud AI 100 Ultra", "101"),
    AltLabel("chip:ibm-northpole", "NorthPole", "113"),
    AltLabel("chip:apple-m4", "M4", "121"),
    AltLabel("chip:sambanova-sn40l", "SN40L", "131"),
    AltLabel("chip:cerebras-cs-3", "Wafer Scale Engine", "139"),
    AltLabel("chip:cerebras-cs-3", "WSE", "139"),
    AltLabel("chip:cerebras-cs-3", "CS-3", "139"),
    AltLabel("chip:groq-lpu", "LPU", "151"),
    AltLabel("chip:groq-lpu", "Language Processing Unit", "151"),
    AltLabel("chip:mythic-m2000", "M2000", "163"),
    AltLabel("chip:d-matrix-corsair-c8", "Corsair C8", "173"),
    AltLabel("chip:tenstorrent-grayskull-e75", "Grayskull e75", "179"),
    AltLabel("chip:tenstorrent-grayskull-e75", "e75", "179"),
    AltLabel("chip:tenstorrent-grayskull-e150", "Grayskull e150", "179"),
    AltLabel("chip:tenstorrent-grayskull-e150", "e150", "179"),
    AltLabel("org:amd", "Advanced Micro Devices", "45"),
    AltLabel("org:aws", "Amazon Web Services", "73"),  # what "AWS" stands for; the article writes "Amazon/AWS"
]
# fmt: on


@pytest.mark.parametrize("alt", ALT_LABELS, ids=two)
def test_alt_label(kg, alt: AltLabel):
    assert lit(alt.label) in objects(kg, alt.iri, "skos:altLabel")


class Individual(NamedTuple):
    """Organizations, systems, software, chip components, architectures and features: what they are
    and their one label."""

    iri: str
    kinds: tuple[str, ...]
    label: str
    lines: str | None


# fmt: off
INDIVIDUALS = [
    Individual("org:nvidia", ("ck:Organization", "ck:ChipDesigner"), "Nvidia", "13, 41"),
    Individual("org:amd", ("ck:Organization",), "AMD", "13, 45"),
    Individual("org:intel", ("ck:Organization",), "Intel", "15, 51"),
    Individual("org:google", ("ck:Organization", "ck:CloudProvider"), "Google", "15, 61"),
    Individual("org:alphabet", ("ck:Organization",), "Alphabet", "61"),
    Individual("org:amazon", ("ck:Organization", "ck:CloudProvider"), "Amazon", "15, 73"),
    Individual("org:aws", ("ck:Organization", "ck:MegacapPlayer"), "AWS", "73"),  # not named among the hyperscalers (15)
    Individual("org:microsoft", ("ck:Organization", "ck:CloudProvider"), "Microsoft", "15, 79"),  # hyperscalers
    Individual("org:openai", ("ck:Organization", "ck:AILab"), "OpenAI", "15"),
    Individual("org:meta", ("ck:Organization", "ck:CloudProvider"), "Meta", "15, 85"),
    Individual("org:qualcomm", ("ck:Organization",), "Qualcomm", "95, 101"),
    Individual("org:ibm", ("ck:Organization",), "IBM", "111"),
    Individual("org:apple", ("ck:Organization",), "Apple", "117"),
    Individual("org:sambanova", ("ck:Organization",), "SambaNova Systems", "129"),
    Individual("org:cerebras", ("ck:Organization",), "Cerebras Systems", "137"),
    Individual("org:groq", ("ck:Organization",), "Groq", "149"),
    Individual("org:mythic", ("ck:Organization",), "Mythic", "161"),
    Individual("org:d-matrix", ("ck:Organization",), "d-Matrix", "171"),
    Individual("org:tenstorrent", ("ck:Organization",), "Tenstorrent", "177"),
    Individual("org:tsmc", ("ck:Organization", "ck:Foundry"), "TSMC", "41, 97, 101, 119, 151"),
    Individual("org:habana-labs", ("ck:Organization", "ck:ChipDesigner"), "Habana Labs", "193"),  # purpose-built AI accelerators
    Individual("org:uxl-foundation", ("ck:Organization", "ck:Consortium"), "UXL Foundation", "15"),
    Individual("org:google-deepmind", ("ck:Organization", "ck:AILab"), "Google DeepMind", "69"),
    Individual("sys:ec2-ultraclusters", ("ck:System",), "Amazon EC2 UltraClusters", "75"),
    Individual("sys:azure", ("ck:System",), "Microsoft Azure", "81"),
    Individual("sys:microsoft-copilot", ("ck:System",), "Microsoft Copilot", "81"),
    Individual("sys:azure-openai-service", ("ck:System",), "Azure OpenAI Service", "81"),
    Individual("sw:triton-mtia", ("ck:SoftwareStack",), "Triton-MTIA", "91"),
    Individual("sw:qualcomm-ai-stack", ("ck:SoftwareStack",), "Qualcomm AI Stack", "105"),
    Individual("sw:qualcomm-cloud-ai-sdk", ("ck:SoftwareStack",), "Qualcomm Cloud AI SDK", "105"),
    Individual("comp:apple-m4-cpu", ("ck:ChipComponent", "ck:CPU"), "Apple M4 CPU", "119"),
    Individual("comp:apple-m4-gpu", ("ck:ChipComponent", "ck:GPU"), "Apple M4 GPU", "119"),
    Individual("comp:apple-m4-neural-engine", ("ck:ChipComponent", "ck:NPU"), "Apple M4 Neural Engine", "121"),
    Individual("comp:mythic-m2000-risc-v-nano-processor", ("ck:ChipComponent",), "Mythic M2000 RISC-V nano-processor", "163"),
    Individual("arch:wafer-scale-engine", ("ck:Architecture",), "Wafer Scale Engine architecture", "139"),
    Individual("arch:analog-matrix-processor", ("ck:Architecture",), "Mythic Analog Matrix Processor", "163"),
    Individual("arch:dimc", ("ck:Architecture",), "Digital In-Memory Compute", "173"),
    Individual("arch:tensix", ("ck:Architecture",), "Tensix", "179"),
    Individual("arch:risc-v", ("ck:Architecture",), "RISC-V", "179"),
    Individual("feat:blackwell-decompression-engine", ("ck:Feature",), "Blackwell decompression engine", "41"),
    Individual("feat:blackwell-dual-die-design", ("ck:Feature",), "Blackwell two-die GPU design", "41"),
    Individual("feat:blackwell-fifth-generation-nvlink", ("ck:Feature",), "Blackwell fifth-generation NVLink", "41"),
    Individual("feat:blackwell-ras-engine", ("ck:Feature",), "Blackwell RAS engine", "41"),
    Individual("feat:blackwell-second-generation-transformer-engine", ("ck:Feature",), "Blackwell second-generation Transformer Engine", "41"),
    Individual("feat:blackwell-secure-ai", ("ck:Feature",), "Blackwell Secure AI", "41"),
]
# fmt: on


@pytest.mark.parametrize("individual", INDIVIDUALS, ids=first)
def test_individual(kg, individual: Individual):
    check(kg, individual.iri, {"rdfs:label": lit(individual.label)}, at_least={"rdf:type": individual.kinds})


# --- relations: every object of one property of one subject ----------------------------------------------


class Relation(NamedTuple):
    subject: str
    prop: str  # a property or a SPARQL path (``^ck:memberOf``)
    objects: tuple[Any, ...]  # all of them; () = none
    lines: str | None


# fmt: off
RELATIONS = [
    Relation("chip:amd-instinct-mi350", "ck:productionYear", (2025,), "47"),
    Relation("chip:google-trillium-tpu", "ck:generation", (6,), "63"),  # "sixth-generation"
    Relation("feat:blackwell-second-generation-transformer-engine", "ck:generation", (2,), "41"),
    Relation("feat:blackwell-fifth-generation-nvlink", "ck:generation", (5,), "41"),
    Relation("feat:intel-gaudi-3-tensor-processor-core", "ck:generation", (5,), "53"),
    Relation("feat:google-trillium-sparsecore", "ck:generation", (3,), "65"),
    Relation("chip:nvidia-blackwell-gpu", "ck:supportsFormat", ("fmt:fp4",), "41"),  # 4-bit floating point
    Relation("chip:nvidia-blackwell-gpu", "ck:softwareStack", ("sw:cuda",), "193"),
    Relation("chip:nvidia-blackwell-gpu", "ck:workload", ("wl:inference", "wl:llm", "wl:training"), "41"),
    Relation("chip:nvidia-blackwell-gpu", "ck:section", ("sec:future-prospects", "sec:nvidia"), "193"),
    Relation("chip:amd-instinct-mi350", "ck:architecture", ("arch:cdna-4",), "47"),
    Relation("chip:amd-instinct-mi350", "ck:workload", ("wl:data-center", "wl:inference"), "47"),
    Relation("chip:amd-ryzen-9000-series", "ck:workload", ("wl:desktop", "wl:gaming"), "47"),
    Relation("chip:amd-ryzen-9000-series", "ck:notSuitableFor", ("wl:data-center",), "47"),
    Relation("chip:intel-gaudi-3", "ck:supportsFormat", ("fmt:fp8",), "57"),
    Relation("chip:google-trillium-tpu", "ck:deployedOn", ("sys:google-ai-hypercomputer",), "69"),
    Relation("chip:google-trillium-tpu", "ck:usedFor", ("sys:google-gemini",), "69"),
    Relation("sys:google-gemini", "dct:creator", ("org:google-deepmind",), "69"),
    Relation("chip:google-trillium-tpu", "ck:workload", ("wl:inference", "wl:ranking-recommendation", "wl:training"), "65"),
    Relation("chip:google-trillium-tpu", "ck:feature", ("feat:google-trillium-mxu", "feat:google-trillium-sparsecore"), "65"),
    Relation("chip:intel-gaudi-3", "ck:workload", (), "53, 57"),  # only "AI workloads" and "deep learning applications"
    Relation("org:intel", "ck:acquired", ("org:habana-labs",), "193"),
    Relation("org:habana-labs", "ck:acquiredBy", ("org:intel",), "193"),
    Relation("org:amd", "ck:memberOf", ("org:uxl-foundation",), "15"),
    Relation("org:intel", "ck:memberOf", ("org:uxl-foundation",), "15"),
    Relation("org:google", "ck:memberOf", ("org:uxl-foundation",), "15"),
    Relation("org:uxl-foundation", "ck:hasMember", ("org:amd", "org:google", "org:intel"), "15"),
    Relation("org:google", "ck:parentOrganization", ("org:alphabet",), "61"),  # "Alphabet/Google"
    Relation("org:aws", "ck:parentOrganization", ("org:amazon",), "73"),  # "Amazon/AWS"
    Relation("org:google-deepmind", "ck:parentOrganization", ("org:google",), "69"),  # "Google DeepMind"
    Relation("org:microsoft", "ck:partnerOf", ("org:openai",), "15"),  # "Microsoft with OpenAI"
    Relation("org:openai", "ck:partnerOf", ("org:microsoft",), "15"),  # "Microsoft with OpenAI"
    Relation("org:nvidia", "ck:section", ("sec:d-matrix", "sec:future-prospects", "sec:introduction", "sec:microsoft", "sec:nvidia"), "193"),
    Relation("org:habana-labs", "ck:section", ("sec:future-prospects",), "193"),
    Relation("org:uxl-foundation", "^ck:memberOf", ("org:amd", "org:google", "org:intel"), "15"),  # AMD and Intel participate, the group includes Google
    Relation("chip:aws-trainium2", "ck:generation", (2,), "75"),
    Relation("chip:aws-trainium2", "ck:successorOf", ("chip:aws-trainium",), "75"),  # Trainium2 over its predecessor
    Relation("chip:aws-trainium", "ck:generation", (1,), "75"),  # the predecessor
    Relation("chip:aws-trainium", "ck:successorOf", (), "75"),  # the predecessor
    Relation("chip:meta-mtia-v2", "ck:generation", (2,), "87"),
    Relation("chip:meta-mtia-v2", "ck:successorOf", ("chip:meta-mtia-v1",), "87"),  # v2 vs first generation
    Relation("chip:meta-mtia-v1", "ck:generation", (1,), "87"),  # the first generation
    Relation("chip:meta-mtia-v1", "ck:successorOf", (), "87"),  # the first generation
    Relation("chip:aws-trainium2", "ck:supportsFormat", ("fmt:bf16", "fmt:cfp8", "fmt:fp16", "fmt:fp32", "fmt:tf32", "fmt:uint8"), "75"),
    Relation("chip:qualcomm-cloud-ai-100-ultra", "ck:supportsFormat", ("fmt:fp16", "fmt:fp32", "fmt:int16", "fmt:int8"), "103"),
    Relation("chip:ibm-northpole", "ck:supportsFormat", ("fmt:int2", "fmt:int4", "fmt:int8"), "113"),  # 8-, 4-, 2-bit
    Relation("chip:aws-trainium2", "ck:workload", ("wl:training",), "75"),
    Relation("chip:aws-trainium2", "ck:deployedOn", ("sys:ec2-ultraclusters",), "75"),
    Relation("chip:microsoft-maia-100", "ck:deployedOn", ("sys:azure",), "81"),
    Relation("chip:microsoft-maia-100", "ck:supportsApplication", ("sys:azure-openai-service", "sys:microsoft-copilot"), "81"),
    Relation("chip:microsoft-maia-100", "ck:workload", ("wl:data-center", "wl:training"), "81"),
    Relation("chip:meta-mtia-v2", "ck:workload", ("wl:inference", "wl:ranking-recommendation"), "87, 91"),  # model serving; training only in the name
    Relation("chip:meta-mtia-v2", "ck:softwareStack", ("sw:pytorch-2-0", "sw:triton-mtia"), "91"),
    Relation("chip:qualcomm-adreno-750", "ck:integratedInto", ("chip:qualcomm-snapdragon-8-gen-3",), "97"),
    Relation("chip:qualcomm-adreno-750", "ck:workload", ("wl:gaming", "wl:graphics", "wl:mobile"), "97"),
    Relation("chip:qualcomm-adreno-750", "ck:notSuitableFor", ("wl:data-center",), "97"),
    Relation("chip:qualcomm-cloud-ai-100-ultra", "ck:workload", ("wl:data-center", "wl:generative-ai", "wl:inference", "wl:llm"), "101, 107"),
    Relation("chip:qualcomm-cloud-ai-100-ultra", "ck:softwareStack", ("sw:qualcomm-ai-stack", "sw:qualcomm-cloud-ai-sdk"), "105"),
    Relation("chip:ibm-northpole", "ck:workload", ("wl:inference",), "113"),
    Relation("chip:ibm-northpole", "ck:notSuitableFor", ("wl:llm-training",), "113"),  # not for training LLMs
    Relation("chip:apple-m4", "ck:workload", ("wl:desktop", "wl:inference", "wl:laptop"), "121, 123"),
    Relation("chip:apple-m4", "ck:notSuitableFor", ("wl:data-center",), "123"),
    Relation("chip:apple-m4", "ck:hasComponent", ("comp:apple-m4-cpu", "comp:apple-m4-gpu", "comp:apple-m4-neural-engine"), "119-121"),
    Relation("chip:microsoft-maia-100", "ck:cooling", ('"liquid"',), "81"),
    Relation("chip:apple-m4", "ck:maxDisplayResolution", ('"6K"',), "123"),
    Relation("chip:apple-m4", "ck:videoCodec", ("codec:av1", "codec:h265"), "123"),
    Relation("fig:qualcomm-cloud-ai-100-ultra-lpddr4x-controllers", "ck:bitWidth", (64,), "103"),  # four 64-bit LPDDR4X memory controllers
    Relation("fig:meta-mtia-v2-pe-grid", "ck:gridRows", (8,), "87"),  # 8x8 grid of processing elements
    Relation("fig:meta-mtia-v2-pe-grid", "ck:gridColumns", (8,), "87"),
    Relation("chip:aws-trainium2", "ck:memory", ("fig:aws-trainium2-hbm",), "75"),
    Relation("chip:microsoft-maia-100", "ck:memory", (), "81"),  # no memory stated
    Relation("chip:meta-mtia-v2", "ck:memory", ("fig:meta-mtia-v2-sram",), "89"),
    Relation("chip:qualcomm-cloud-ai-100-ultra", "ck:memory", ("fig:qualcomm-cloud-ai-100-ultra-lpddr4x", "fig:qualcomm-cloud-ai-100-ultra-sram"), "103"),
    Relation("chip:ibm-northpole", "ck:memory", ("fig:ibm-northpole-sram",), "113"),
    Relation("chip:apple-m4", "ck:memory", ("fig:apple-m4-lpddr5x",), "121"),
    Relation("chip:sambanova-sn40l", "ck:memory", ("fig:sambanova-sn40l-ddr5", "fig:sambanova-sn40l-hbm3", "fig:sambanova-sn40l-sram"), "131"),  # three tiers (HBM3, DDR5, on-chip SRAM)
    Relation("chip:groq-lpu", "ck:supportsFormat", ("fmt:bf16", "fmt:fp16", "fmt:int8"), "153"),  # INT8, FP16, BFLOAT16
    Relation("chip:sambanova-sn40l", "ck:workload", ("wl:generative-ai", "wl:inference", "wl:llm", "wl:speech-recognition", "wl:training"), "133"),
    Relation("chip:cerebras-cs-3", "ck:workload", ("wl:inference", "wl:training"), "143"),
    Relation("chip:groq-lpu", "ck:workload", ("wl:data-center", "wl:inference"), "151, 157"),
    Relation("chip:mythic-m2000", "ck:workload", ("wl:edge",), "167"),
    Relation("chip:d-matrix-corsair-c8", "ck:workload", ("wl:inference", "wl:transformer-models"), "173"),
    Relation("chip:tenstorrent-grayskull-e75", "ck:workload", ("wl:data-center", "wl:edge", "wl:inference", "wl:transformer-models"), "179, 185"),
    Relation("chip:tenstorrent-grayskull-e150", "ck:workload", ("wl:data-center", "wl:edge", "wl:inference", "wl:transformer-models"), "179, 185"),
    Relation("chip:cerebras-cs-3", "ck:architecture", ("arch:wafer-scale-engine",), "139"),
    Relation("chip:mythic-m2000", "ck:architecture", ("arch:analog-matrix-processor",), "163"),
    Relation("chip:d-matrix-corsair-c8", "ck:architecture", ("arch:dimc",), "173"),
    Relation("chip:tenstorrent-grayskull-e75", "ck:architecture", ("arch:risc-v", "arch:tensix"), "179"),
    Relation("chip:tenstorrent-grayskull-e150", "ck:architecture", ("arch:risc-v", "arch:tensix"), "179"),
    Relation("comp:mythic-m2000-risc-v-nano-processor", "ck:componentOf", ("chip:mythic-m2000",), "163"),  # a 32-bit RISC-V nano-processor in every AMP tile
    Relation("comp:mythic-m2000-risc-v-nano-processor", "ck:architecture", ("arch:risc-v",), "163"),
    Relation("comp:mythic-m2000-risc-v-nano-processor", "ck:bitWidth", (32,), "163"),  # 32-bit
    Relation("comp:apple-m4-cpu", "ck:componentOf", ("chip:apple-m4",), "119"),
    Relation("comp:apple-m4-gpu", "ck:componentOf", ("chip:apple-m4",), "119"),
    Relation("comp:apple-m4-neural-engine", "ck:componentOf", ("chip:apple-m4",), "121"),
    Relation("chip:nvidia-blackwell-gpu", "ck:feature", ("feat:blackwell-decompression-engine", "feat:blackwell-dual-die-design", "feat:blackwell-fifth-generation-nvlink", "feat:blackwell-ras-engine", "feat:blackwell-second-generation-transformer-engine", "feat:blackwell-secure-ai"), "41"),  # "six cutting-edge technologies"
]
# fmt: on


@pytest.mark.parametrize("relation", RELATIONS, ids=two)
def test_relation(kg, relation: Relation):
    assert objects(kg, relation.subject, relation.prop) == set(relation.objects)


# --- figures ---------------------------------------------------------------------------------------------


class Figure(NamedTuple):
    fig: str
    of: str | tuple[str, ...]  # the chips (or node) that reach the figure through ``path``
    path: str
    cls: str
    value: float
    unit: str
    stated: str  # the unit as the article writes it
    normalized: float  # in the base unit SPARQL compares
    scope: str | None
    section: str | tuple[str, ...]
    lines: str
    qualifiers: tuple[str, ...] = ()  # hedges: UpperBound "up to", LowerBound "over", Approximate "around"...
    count_of: str | None = None  # what a count counts
    precision: str | None = None  # a performance figure's number format
    metric: str | None = None  # "peak", "mixed-precision"
    measured_on: str | None = None  # the component a figure is measured on
    via: str | None = None  # what a scale-out limit scales through
    scale: tuple[int, str] | None = None  # a figure for N units: (N, the scope of one unit)


# fmt: off
FIGURES = [
    Figure("fig:nvidia-blackwell-gpu-transistors", "chip:nvidia-blackwell-gpu", "ck:transistorCount", "ck:Count", 208, "ck:BILLION", "billion", 2.08e11, "ck:PerChip", "sec:nvidia", "41", count_of="ck:Transistor"),
    Figure("fig:nvidia-blackwell-gpu-dies", "chip:nvidia-blackwell-gpu", "ck:dieCount", "ck:Count", 2, "unit:NUM", "dies", 2.0, "ck:PerChip", "sec:nvidia", "41", count_of="ck:Die"),
    Figure("fig:nvidia-blackwell-gpu-die-to-die-bandwidth", "chip:nvidia-blackwell-gpu", "ck:interconnect/ck:bandwidth", "ck:DataRate", 10, "ck:TeraBYTE-PER-SEC", "TB/s", 1e13, "ck:PerChip", "sec:nvidia", "41"),
    Figure("fig:nvidia-blackwell-gpu-nvlink-bandwidth", "chip:nvidia-blackwell-gpu", "ck:interconnect/ck:bandwidth", "ck:DataRate", 1.8, "ck:TeraBYTE-PER-SEC", "TB/s", 1.8e12, "ck:PerChip", "sec:nvidia", "41"),
    Figure("fig:nvidia-blackwell-gpu-nvlink-scale", "chip:nvidia-blackwell-gpu", "ck:scaleOut", "ck:ScaleOutLimit", 576, "unit:NUM", "GPUs", 576.0, "ck:PerCluster", "sec:nvidia", "41", qualifiers=("ck:UpperBound",), count_of="ck:Accelerator", via="ic:nvlink-5"),
    Figure("fig:nvidia-blackwell-gpu-max-model-size", "chip:nvidia-blackwell-gpu", "ck:maxModelSize", "ck:ParameterCount", 10, "ck:TRILLION", "trillion", 1e13, None, "sec:nvidia", "41", qualifiers=("ck:UpperBound",), count_of="ck:Parameter"),
    Figure("fig:nvidia-blackwell-gpu-technology-count", "chip:nvidia-blackwell-gpu", "ck:featureCount", "ck:Count", 6, "unit:NUM", "technologies", 6.0, "ck:PerChip", "sec:nvidia", "41", count_of="ck:CountedTechnology"),  # "six cutting-edge technologies"
    Figure("fig:node-4nm-feature-size", "node:4nm", "ck:featureSize", "ck:Length", 4, "unit:NanoM", "nm", 4e-9, None, ("sec:nvidia", "sec:qualcomm-adreno"), "41, 97"),  # Nvidia and Qualcomm Adreno on 4nm
    Figure("fig:node-5nm-feature-size", "node:5nm", "ck:featureSize", "ck:Length", 5, "unit:NanoM", "nm", 5e-9, None, ("sec:intel", "sec:microsoft"), "53, 81"),  # Intel and Microsoft on 5nm
    Figure("fig:intel-gaudi-3-dies", "chip:intel-gaudi-3", "ck:dieCount", "ck:Count", 2, "unit:NUM", "dies", 2.0, "ck:PerChip", "sec:intel", "53", count_of="ck:Die"),
    Figure("fig:intel-gaudi-3-matrix-engines-per-die", "chip:intel-gaudi-3", "ck:computeUnits", "ck:Count", 4, "unit:NUM", "matrix math engines", 4.0, "ck:PerDie", "sec:intel", "53", count_of="ck:MatrixMathEngine"),
    Figure("fig:intel-gaudi-3-matrix-engines", "chip:intel-gaudi-3", "ck:computeUnits", "ck:Count", 8, "unit:NUM", "matrix math engines", 8.0, "ck:PerChip", "sec:intel", "53", count_of="ck:MatrixMathEngine"),
    Figure("fig:intel-gaudi-3-tpcs-per-die", "chip:intel-gaudi-3", "ck:computeUnits", "ck:Count", 32, "unit:NUM", "Tensor Processor Cores (TPCs)", 32.0, "ck:PerDie", "sec:intel", "53", count_of="ck:TensorProcessorCore"),
    Figure("fig:intel-gaudi-3-tpcs", "chip:intel-gaudi-3", "ck:computeUnits", "ck:Count", 64, "unit:NUM", "TPCs", 64.0, "ck:PerChip", "sec:intel", "53", count_of="ck:TensorProcessorCore"),
    Figure("fig:intel-gaudi-3-sram-per-die-capacity", "chip:intel-gaudi-3", "ck:memory/ck:capacity", "ck:DataSize", 48, "unit:MegaBYTE", "MB", 4.8e7, "ck:PerDie", "sec:intel", "53"),
    Figure("fig:intel-gaudi-3-sram-capacity", "chip:intel-gaudi-3", "ck:memory/ck:capacity", "ck:DataSize", 96, "unit:MegaBYTE", "MB", 9.6e7, "ck:PerChip", "sec:intel", "53"),
    Figure("fig:intel-gaudi-3-hbm-capacity", "chip:intel-gaudi-3", "ck:memory/ck:capacity", "ck:DataSize", 128, "unit:GigaBYTE", "GB", 1.28e11, "ck:PerChip", "sec:intel", "55"),
    Figure("fig:intel-gaudi-3-hbm-bandwidth", "chip:intel-gaudi-3", "ck:memory/ck:bandwidth", "ck:DataRate", 3.7, "ck:TeraBYTE-PER-SEC", "TB/s", 3.7e12, "ck:PerChip", "sec:intel", "55"),
    Figure("fig:intel-gaudi-3-pcie-lanes", "chip:intel-gaudi-3", "ck:interconnect/ck:laneCount", "ck:Count", 16, "unit:NUM", "lanes", 16.0, "ck:PerChip", "sec:intel", "55", count_of="ck:Lane"),
    Figure("fig:intel-gaudi-3-ethernet-ports", "chip:intel-gaudi-3", "ck:interconnect/ck:portCount", "ck:Count", 24, "unit:NUM", "ports", 24.0, "ck:PerChip", "sec:intel", "55", count_of="ck:Port"),
    Figure("fig:intel-gaudi-3-ethernet-port-speed", "chip:intel-gaudi-3", "ck:interconnect/ck:portSpeed", "ck:NetworkRate", 200, "unit:GigaBIT-PER-SEC", "Gigabit", 2e11, "ck:PerPort", "sec:intel", "55"),
    Figure("fig:intel-gaudi-3-node-size", "chip:intel-gaudi-3", "ck:scaleOut", "ck:ScaleOutLimit", 8, "unit:NUM", "accelerators", 8.0, "ck:PerNode", "sec:intel", "57", count_of="ck:Accelerator"),
    Figure("fig:intel-gaudi-3-cluster-size", "chip:intel-gaudi-3", "ck:scaleOut", "ck:ScaleOutLimit", 1000, "unit:NUM", "GPUs", 1000.0, "ck:PerCluster", "sec:intel", "57", qualifiers=("ck:LowerBound",), count_of="ck:Accelerator", via="ic:roce"),
    Figure("fig:intel-gaudi-3-fp8-node", "chip:intel-gaudi-3", "ck:performance", "ck:PerformanceFigure", 14.7, "ck:PetaFLOPS", "petaflops", 1.47e16, "ck:PerNode", "sec:intel", "57", precision="fmt:fp8", scale=(8, "ck:PerChip")),
    Figure("fig:intel-gaudi-3-fp8-cluster", "chip:intel-gaudi-3", "ck:performance", "ck:PerformanceFigure", 15, "ck:ExaFLOPS", "exaflops", 1.5e19, "ck:PerCluster", "sec:intel", "57", qualifiers=("ck:UpperBound",), precision="fmt:fp8", scale=(1024, "ck:PerNode")),
    Figure("fig:google-trillium-tpu-hbm-capacity", "chip:google-trillium-tpu", "ck:memory/ck:capacity", "ck:DataSize", 128, "unit:GigaBYTE", "GB", 1.28e11, "ck:PerChip", "sec:google", "63"),
    Figure("fig:google-trillium-tpu-hbm-bandwidth", "chip:google-trillium-tpu", "ck:memory/ck:bandwidth", "ck:DataRate", 3.7, "ck:TeraBYTE-PER-SEC", "TB/s", 3.7e12, "ck:PerChip", "sec:google", "63"),
    Figure("fig:google-trillium-tpu-pod-size", "chip:google-trillium-tpu", "ck:scaleOut", "ck:ScaleOutLimit", 256, "unit:NUM", "units", 256.0, "ck:PerPod", "sec:google", "67", qualifiers=("ck:UpperBound",), count_of="ck:Accelerator", via="ic:ici"),
    Figure("fig:google-trillium-tpu-multi-pod-size", "chip:google-trillium-tpu", "ck:scaleOut", "ck:ScaleOutLimit", 1000, "unit:NUM", "TPUs", 1000.0, "ck:PerCluster", "sec:google", "67", qualifiers=("ck:LowerBound",), count_of="ck:Accelerator", via="sys:google-datacenter-network"),
    Figure("fig:aws-trainium2-hbm-capacity", "chip:aws-trainium2", "ck:memory/ck:capacity", "ck:DataSize", 96, "unit:GigaBYTE", "GB", 9.6e10, "ck:PerChip", "sec:aws", "75"),
    Figure("fig:aws-trainium2-fp16-performance", "chip:aws-trainium2", "ck:performance", "ck:PerformanceFigure", 650, "unit:TeraFLOPS", "teraFLOPS", 6.5e14, "ck:PerChip", "sec:aws", "75", precision="fmt:fp16"),  # per accelerator
    Figure("fig:aws-trainium2-ultracluster-scale-out", "chip:aws-trainium2", "ck:scaleOut", "ck:ScaleOutLimit", 100000, "unit:NUM", "chips", 1e5, "ck:PerCluster", "sec:aws", "75", qualifiers=("ck:UpperBound",), count_of="ck:Accelerator", via="sys:ec2-ultraclusters"),  # up to 100,000
    Figure("fig:aws-trainium2-max-model-size", "chip:aws-trainium2", "ck:maxModelSize", "ck:ParameterCount", 300, "ck:BILLION", "billion", 3e11, "ck:PerCluster", "sec:aws", "75", qualifiers=("ck:UpperBound",), count_of="ck:Parameter"),  # up to 300 billion
    Figure("fig:microsoft-maia-100-transistors", "chip:microsoft-maia-100", "ck:transistorCount", "ck:Count", 120, "ck:BILLION", "billion", 1.2e11, "ck:PerChip", "sec:microsoft", "81", count_of="ck:Transistor"),
    Figure("fig:microsoft-maia-100-peak-performance", "chip:microsoft-maia-100", "ck:performance", "ck:PerformanceFigure", 800, "unit:TeraFLOPS", "TFLOPS", 8e14, "ck:PerChip", "sec:microsoft", "81", metric="peak"),  # peak
    Figure("fig:meta-mtia-v2-pe-grid", "chip:meta-mtia-v2", "ck:computeUnits", "ck:Count", 64, "unit:NUM", "processing elements", 64.0, "ck:PerChip", "sec:meta", "87", count_of="ck:ProcessingElement"),  # 8x8 grid
    Figure("fig:meta-mtia-v2-clock", "chip:meta-mtia-v2", "ck:clockSpeed", "ck:Frequency", 1.35, "unit:GigaHZ", "GHz", 1.35e9, "ck:PerChip", "sec:meta", "89"),
    Figure("fig:meta-mtia-v2-power", "chip:meta-mtia-v2", "ck:power", "ck:Power", 90, "unit:W", "watts", 90.0, "ck:PerChip", "sec:meta", "89"),
    Figure("fig:meta-mtia-v2-sram-capacity", "chip:meta-mtia-v2", "ck:memory/ck:capacity", "ck:DataSize", 256, "unit:MegaBYTE", "MB", 2.56e8, "ck:PerChip", "sec:meta", "89"),
    Figure("fig:qualcomm-adreno-750-transistors", "chip:qualcomm-adreno-750", "ck:transistorCount", "ck:Count", 10, "ck:BILLION", "billion", 1e10, "ck:PerChip", "sec:qualcomm-adreno", "97", qualifiers=("ck:LowerBound",), count_of="ck:Transistor"),  # over 10 billion
    Figure("fig:qualcomm-cloud-ai-100-ultra-transistors", "chip:qualcomm-cloud-ai-100-ultra", "ck:transistorCount", "ck:Count", 10, "ck:BILLION", "billion", 1e10, "ck:PerChip", "sec:qualcomm-cloud-ai", "103", qualifiers=("ck:LowerBound",), count_of="ck:Transistor"),  # over 10 billion
    Figure("fig:qualcomm-cloud-ai-100-ultra-int8-performance", "chip:qualcomm-cloud-ai-100-ultra", "ck:performance", "ck:PerformanceFigure", 400, "ck:TeraOPS", "TOPS", 4e14, "ck:PerChip", "sec:qualcomm-cloud-ai", "103", precision="fmt:int8"),
    Figure("fig:qualcomm-cloud-ai-100-ultra-sram-capacity", "chip:qualcomm-cloud-ai-100-ultra", "ck:memory/ck:capacity", "ck:DataSize", 144, "unit:MegaBYTE", "MB", 1.44e8, "ck:PerChip", "sec:qualcomm-cloud-ai", "103"),
    Figure("fig:qualcomm-cloud-ai-100-ultra-lpddr4x-bandwidth", "chip:qualcomm-cloud-ai-100-ultra", "ck:memory/ck:bandwidth", "ck:DataRate", 134, "ck:GigaBYTE-PER-SEC", "GB/s", 1.34e11, "ck:PerChip", "sec:qualcomm-cloud-ai", "103"),
    Figure("fig:qualcomm-cloud-ai-100-ultra-lpddr4x-controllers", "chip:qualcomm-cloud-ai-100-ultra", "ck:memory/ck:controllerCount", "ck:Count", 4, "unit:NUM", "memory controllers", 4.0, "ck:PerChip", "sec:qualcomm-cloud-ai", "103", count_of="ck:MemoryController"),  # four
    Figure("fig:qualcomm-cloud-ai-100-ultra-power", "chip:qualcomm-cloud-ai-100-ultra", "ck:power", "ck:Power", 150, "unit:W", "W", 150.0, "ck:PerCard", "sec:qualcomm-cloud-ai", "105"),  # single card
    Figure("fig:qualcomm-cloud-ai-100-ultra-max-model-size-one-card", "chip:qualcomm-cloud-ai-100-ultra", "ck:maxModelSize", "ck:ParameterCount", 100, "ck:BILLION", "billion", 1e11, "ck:PerCard", "sec:qualcomm-cloud-ai", "105", qualifiers=("ck:UpperBound",), count_of="ck:Parameter"),  # up to 100 billion
    Figure("fig:qualcomm-cloud-ai-100-ultra-max-model-size-two-cards", "chip:qualcomm-cloud-ai-100-ultra", "ck:maxModelSize", "ck:ParameterCount", 175, "ck:BILLION", "billion", 1.75e11, "ck:PerSystem", "sec:qualcomm-cloud-ai", "105", count_of="ck:Parameter", scale=(2, "ck:PerCard")),  # dual-card
    Figure("fig:qualcomm-cloud-ai-100-ultra-pcie-lanes", "chip:qualcomm-cloud-ai-100-ultra", "ck:interconnect/ck:laneCount", "ck:Count", 8, "unit:NUM", "x", 8.0, "ck:PerChip", "sec:qualcomm-cloud-ai", "107", count_of="ck:Lane"),  # x8
    Figure("fig:ibm-northpole-transistors", "chip:ibm-northpole", "ck:transistorCount", "ck:Count", 22, "ck:BILLION", "billion", 2.2e10, "ck:PerChip", "sec:ibm", "113", count_of="ck:Transistor"),
    Figure("fig:ibm-northpole-die-area", "chip:ibm-northpole", "ck:dieArea", "ck:Area", 800, "unit:MilliM2", "mm²", 8e-4, "ck:PerDie", "sec:ibm", "113"),
    Figure("fig:ibm-northpole-cores", "chip:ibm-northpole", "ck:computeUnits", "ck:Count", 256, "unit:NUM", "cores", 256.0, "ck:PerChip", "sec:ibm", "113", count_of="ck:ComputeCore"),
    Figure("fig:ibm-northpole-sram-capacity", "chip:ibm-northpole", "ck:memory/ck:capacity", "ck:DataSize", 192, "unit:MegaBYTE", "MB", 1.92e8, "ck:PerChip", "sec:ibm", "113"),
    Figure("fig:ibm-northpole-int8-performance", "chip:ibm-northpole", "ck:performance", "ck:PerformanceFigure", 200, "ck:TeraOPS", "TOPS", 2e14, "ck:PerChip", "sec:ibm", "113", qualifiers=("ck:LowerBound",), precision="fmt:int8"),  # over 200
    Figure("fig:ibm-northpole-int4-performance", "chip:ibm-northpole", "ck:performance", "ck:PerformanceFigure", 400, "ck:TeraOPS", "TOPS", 4e14, "ck:PerChip", "sec:ibm", "113", precision="fmt:int4"),
    Figure("fig:ibm-northpole-int2-performance", "chip:ibm-northpole", "ck:performance", "ck:PerformanceFigure", 800, "ck:TeraOPS", "TOPS", 8e14, "ck:PerChip", "sec:ibm", "113", precision="fmt:int2"),
    Figure("fig:ibm-northpole-clock", "chip:ibm-northpole", "ck:clockSpeed", "ck:Frequency", 400, "unit:MegaHZ", "MHz", 4e8, "ck:PerChip", "sec:ibm", "113", qualifiers=("ck:Nominal",)),  # nominal
    Figure("fig:apple-m4-transistors", "chip:apple-m4", "ck:transistorCount", "ck:Count", 40, "ck:BILLION", "billion", 4e10, "ck:PerChip", "sec:apple", "119", qualifiers=("ck:Approximate",), count_of="ck:Transistor"),  # around
    Figure("fig:apple-m4-cpu-cores", "chip:apple-m4", "ck:computeUnits", "ck:Count", 10, "unit:NUM", "CPU cores", 10.0, "ck:PerChip", "sec:apple", "119", count_of="ck:CPUCore"),
    Figure("fig:apple-m4-performance-cores", "chip:apple-m4", "ck:computeUnits", "ck:Count", 4, "unit:NUM", "high-performance cores", 4.0, "ck:PerChip", "sec:apple", "119", count_of="ck:PerformanceCore"),
    Figure("fig:apple-m4-efficiency-cores", "chip:apple-m4", "ck:computeUnits", "ck:Count", 6, "unit:NUM", "efficiency cores", 6.0, "ck:PerChip", "sec:apple", "119", count_of="ck:EfficiencyCore"),
    Figure("fig:apple-m4-cpu-clock", "chip:apple-m4", "ck:clockSpeed", "ck:Frequency", 3.5, "unit:GigaHZ", "GHz", 3.5e9, "ck:PerChip", "sec:apple", "119", qualifiers=("ck:UpperBound",)),  # up to
    Figure("fig:apple-m4-gpu-cores", "chip:apple-m4", "ck:computeUnits", "ck:Count", 12, "unit:NUM", "cores", 12.0, "ck:PerChip", "sec:apple", "119", count_of="ck:GPUCore"),
    Figure("fig:apple-m4-gpu-peak-performance", "chip:apple-m4", "ck:performance", "ck:PerformanceFigure", 7.5, "unit:TeraFLOPS", "TFLOPS", 7.5e12, "ck:PerChip", "sec:apple", "119", metric="peak", measured_on="comp:apple-m4-gpu"),
    Figure("fig:apple-m4-neural-engine-cores", "chip:apple-m4", "ck:computeUnits", "ck:Count", 16, "unit:NUM", "cores", 16.0, "ck:PerChip", "sec:apple", "121", count_of="ck:NeuralEngineCore"),
    Figure("fig:apple-m4-neural-engine-performance", "chip:apple-m4", "ck:performance", "ck:PerformanceFigure", 38, "ck:TeraOPS", "TOPS", 3.8e13, "ck:PerChip", "sec:apple", "121", measured_on="comp:apple-m4-neural-engine"),
    Figure("fig:apple-m4-lpddr5x-bandwidth", "chip:apple-m4", "ck:memory/ck:bandwidth", "ck:DataRate", 100, "ck:GigaBYTE-PER-SEC", "GB/s", 1e11, "ck:PerChip", "sec:apple", "121", qualifiers=("ck:UpperBound",)),  # up to
    Figure("fig:sambanova-sn40l-die-count", "chip:sambanova-sn40l", "ck:dieCount", "ck:Count", 2, "unit:NUM", "chips", 2.0, "ck:PerChip", "sec:sambanova", "131", count_of="ck:Die"),  # dual-chip
    Figure("fig:sambanova-sn40l-compute-cores", "chip:sambanova-sn40l", "ck:computeUnits", "ck:Count", 1040, "unit:NUM", "compute cores", 1040.0, "ck:PerChip", "sec:sambanova", "131", count_of="ck:ComputeCore"),
    Figure("fig:sambanova-sn40l-memory-tiers", "chip:sambanova-sn40l", "ck:memoryTierCount", "ck:Count", 3, "unit:NUM", "tiers", 3.0, "ck:PerChip", "sec:sambanova", "131", count_of="ck:MemoryTier"),  # three-tier
    Figure("fig:sambanova-sn40l-hbm3-capacity", "chip:sambanova-sn40l", "ck:memory/ck:capacity", "ck:DataSize", 64, "unit:GigaBYTE", "GB", 6.4e10, "ck:PerChip", "sec:sambanova", "131"),
    Figure("fig:sambanova-sn40l-ddr5-capacity", "chip:sambanova-sn40l", "ck:memory/ck:capacity", "ck:DataSize", 1.5, "unit:TeraBYTE", "TB", 1.5e12, "ck:PerChip", "sec:sambanova", "131"),
    Figure("fig:sambanova-sn40l-max-model-size", "chip:sambanova-sn40l", "ck:maxModelSize", "ck:ParameterCount", 1, "ck:TRILLION", "trillion", 1e12, "ck:PerPlatform", "sec:sambanova", "133", qualifiers=("ck:LowerBound",), count_of="ck:Parameter"),  # multi-trillion, said of the SambaNova platform
    Figure("fig:cerebras-cs-3-transistors", "chip:cerebras-cs-3", "ck:transistorCount", "ck:Count", 4, "ck:TRILLION", "trillion", 4e12, "ck:PerChip", "sec:cerebras", "139", count_of="ck:Transistor"),
    Figure("fig:cerebras-cs-3-cores", "chip:cerebras-cs-3", "ck:computeUnits", "ck:Count", 900000, "unit:NUM", "AI-optimized cores", 9e5, "ck:PerChip", "sec:cerebras", "139", count_of="ck:ComputeCore"),
    Figure("fig:cerebras-cs-3-mixed-precision", "chip:cerebras-cs-3", "ck:performance", "ck:PerformanceFigure", 2.6, "ck:PetaFLOPS", "petaflops", 2.6e15, "ck:PerChip", "sec:cerebras", "141", metric="mixed-precision"),
    Figure("fig:cerebras-cs-3-max-model-size", "chip:cerebras-cs-3", "ck:maxModelSize", "ck:ParameterCount", 24, "ck:TRILLION", "trillion", 2.4e13, "ck:PerSystem", "sec:cerebras", "141", qualifiers=("ck:UpperBound",), count_of="ck:Parameter"),
    Figure("fig:cerebras-cs-3-system-memory-capacity", "chip:cerebras-cs-3", "ck:memory/ck:capacity", "ck:DataSize", 1200, "unit:TeraBYTE", "TB", 1.2e15, "ck:PerSystem", "sec:cerebras", "141", qualifiers=("ck:UpperBound",)),
    Figure("fig:cerebras-cs-3-cluster-size", "chip:cerebras-cs-3", "ck:scaleOut", "ck:ScaleOutLimit", 2048, "unit:NUM", "interconnected units", 2048.0, "ck:PerCluster", "sec:cerebras", "143", qualifiers=("ck:UpperBound",), count_of="ck:CountedSystem"),
    Figure("fig:cerebras-cs-3-cluster-performance", "chip:cerebras-cs-3", "ck:performance", "ck:PerformanceFigure", 256, "ck:ExaFLOPS", "exaflops", 2.56e20, "ck:PerCluster", "sec:cerebras", "143", qualifiers=("ck:UpperBound",), scale=(2048, "ck:PerSystem")),
    Figure("fig:groq-lpu-transistors", "chip:groq-lpu", "ck:transistorCount", "ck:Count", 20, "ck:BILLION", "billion", 2e10, "ck:PerChip", "sec:groq", "151", qualifiers=("ck:LowerBound",), count_of="ck:Transistor"),  # over 20 billion
    Figure("fig:groq-lpu-processing-units", "chip:groq-lpu", "ck:computeUnits", "ck:Count", 1000, "unit:NUM", "independent processing units", 1000.0, "ck:PerChip", "sec:groq", "151", qualifiers=("ck:LowerBound",), count_of="ck:ProcessingElement"),  # thousands
    Figure("fig:groq-lpu-clock", "chip:groq-lpu", "ck:clockSpeed", "ck:Frequency", 1.2, "unit:GigaHZ", "GHz", 1.2e9, "ck:PerChip", "sec:groq", "153"),
    Figure("fig:groq-lpu-int8-peak", "chip:groq-lpu", "ck:performance", "ck:PerformanceFigure", 1, "ck:PetaOPS", "PetaOPS", 1e15, "ck:PerChip", "sec:groq", "153", qualifiers=("ck:UpperBound",), precision="fmt:int8", metric="peak"),  # up to 1 PetaOPS
    Figure("fig:groq-lpu-sram-capacity", "chip:groq-lpu", "ck:memory/ck:capacity", "ck:DataSize", 128, "unit:MegaBYTE", "MB", 1.28e8, "ck:PerChip", "sec:groq", "153"),
    Figure("fig:mythic-m2000-amp-tiles", "chip:mythic-m2000", "ck:computeUnits", "ck:Count", 108, "unit:NUM", "AMP tiles", 108.0, "ck:PerChip", "sec:mythic", "163", count_of="ck:AMPTile"),
    Figure("fig:mythic-m2000-peak-ops", "chip:mythic-m2000", "ck:performance", "ck:PerformanceFigure", 35, "ck:TeraOPS", "TOPS", 3.5e13, "ck:PerChip", "sec:mythic", "165", qualifiers=("ck:UpperBound",)),  # up to 35 TOPS
    Figure("fig:mythic-m2000-power", "chip:mythic-m2000", "ck:power", "ck:Power", 4, "unit:W", "watts", 4.0, "ck:PerChip", "sec:mythic", "165", qualifiers=("ck:Approximate", "ck:Nominal")),  # typical ~4 W
    Figure("fig:d-matrix-corsair-c8-dimc-units", "chip:d-matrix-corsair-c8", "ck:computeUnits", "ck:Count", 2048, "unit:NUM", "DIMCs", 2048.0, "ck:PerChip", "sec:d-matrix", "173", count_of="ck:DIMCUnit"),
    Figure("fig:d-matrix-corsair-c8-peak", "chip:d-matrix-corsair-c8", "ck:performance", "ck:PerformanceFigure", 9600, "unit:TeraFLOPS", "TFLOPS", 9.6e15, "ck:PerChip", "sec:d-matrix", "173", qualifiers=("ck:UpperBound", "ck:VendorClaim")),  # "it claims to achieve ... up to 9600"
    Figure("fig:d-matrix-corsair-c8-lpddr5-capacity", "chip:d-matrix-corsair-c8", "ck:memory/ck:capacity", "ck:DataSize", 256, "unit:GigaBYTE", "GB", 2.56e11, "ck:PerChip", "sec:d-matrix", "173"),
    Figure("fig:d-matrix-corsair-c8-sram-capacity", "chip:d-matrix-corsair-c8", "ck:memory/ck:capacity", "ck:DataSize", 2, "unit:GigaBYTE", "GB", 2e9, "ck:PerChip", "sec:d-matrix", "173"),
    Figure("fig:tenstorrent-grayskull-e75-tensix-cores", "chip:tenstorrent-grayskull-e75", "ck:computeUnits", "ck:Count", 96, "unit:NUM", "Tensix cores", 96.0, "ck:PerChip", "sec:tenstorrent", "179", count_of="ck:TensixCore"),
    Figure("fig:tenstorrent-grayskull-e150-tensix-cores", "chip:tenstorrent-grayskull-e150", "ck:computeUnits", "ck:Count", 120, "unit:NUM", "Tensix cores", 120.0, "ck:PerChip", "sec:tenstorrent", "179", count_of="ck:TensixCore"),
    Figure("fig:tenstorrent-grayskull-e75-clock", "chip:tenstorrent-grayskull-e75", "ck:clockSpeed", "ck:Frequency", 1, "unit:GigaHZ", "GHz", 1e9, "ck:PerChip", "sec:tenstorrent", "179"),
    Figure("fig:tenstorrent-grayskull-e150-clock", "chip:tenstorrent-grayskull-e150", "ck:clockSpeed", "ck:Frequency", 1.2, "unit:GigaHZ", "GHz", 1.2e9, "ck:PerChip", "sec:tenstorrent", "179"),
    Figure("fig:tenstorrent-grayskull-tensix-risc-v-processors", ("chip:tenstorrent-grayskull-e75", "chip:tenstorrent-grayskull-e150"), "ck:computeUnits", "ck:Count", 5, "unit:NUM", "RISC-V processors", 5.0, "ck:PerCore", "sec:tenstorrent", "181", count_of="ck:RISCVProcessor"),  # five per core
    Figure("fig:tenstorrent-grayskull-tensix-sram-capacity", ("chip:tenstorrent-grayskull-e75", "chip:tenstorrent-grayskull-e150"), "ck:memory/ck:capacity", "ck:DataSize", 1.5, "unit:MegaBYTE", "MB", 1.5e6, "ck:PerCore", "sec:tenstorrent", "181", qualifiers=("ck:UpperBound",)),
    Figure("fig:tenstorrent-grayskull-e75-power", "chip:tenstorrent-grayskull-e75", "ck:power", "ck:Power", 75, "unit:W", "W", 75.0, "ck:PerChip", "sec:tenstorrent", "183"),
    Figure("fig:tenstorrent-grayskull-e150-power", "chip:tenstorrent-grayskull-e150", "ck:power", "ck:Power", 200, "unit:W", "W", 200.0, "ck:PerChip", "sec:tenstorrent", "183"),
    Figure("fig:tenstorrent-grayskull-lpddr4-capacity", ("chip:tenstorrent-grayskull-e75", "chip:tenstorrent-grayskull-e150"), "ck:memory/ck:capacity", "ck:DataSize", 8, "unit:GigaBYTE", "GB", 8e9, "ck:PerChip", "sec:tenstorrent", "183"),
]
# fmt: on


@pytest.mark.parametrize("figure", FIGURES, ids=first)
def test_figure(kg, figure: Figure):
    reaches(kg, figure.of, figure.path, figure.fig)
    count, of_unit = figure.scale or (None, None)
    check(
        kg,
        figure.fig,
        {
            "qudt:numericValue": figure.value,
            "qudt:unit": figure.unit,
            "ck:statedUnit": lit(figure.stated),
            "ck:normalizedValue": figure.normalized,
            "ck:scope": figure.scope,
            "ck:section": figure.section,
            "ck:qualifier": figure.qualifiers,
            "ck:countOf": figure.count_of,
            "ck:precision": figure.precision,
            "ck:metric": lit(figure.metric),
            "ck:measuredOn": figure.measured_on,
            "ck:via": figure.via,
            "ck:scaleCount": count,
            "ck:scaleCountOf": of_unit,
        },
        at_least={"rdf:type": figure.cls},
    )


# --- memory and interconnects ------------------------------------------------------------------------------


class Memory(NamedTuple):
    spec: str
    of: str | tuple[str, ...]
    technology: str | None
    on_chip: bool  # HBM and DRAM sit beside the die: False
    capacity: str | None  # its capacity figure (see FIGURES)
    scope: str
    section: str
    lines: str
    qualifiers: tuple[str, ...] = ()


# fmt: off
MEMORY = [
    Memory("fig:intel-gaudi-3-sram-per-die", "chip:intel-gaudi-3", "mem:sram", True, "fig:intel-gaudi-3-sram-per-die-capacity", "ck:PerDie", "sec:intel", "53"),
    Memory("fig:intel-gaudi-3-sram", "chip:intel-gaudi-3", "mem:sram", True, "fig:intel-gaudi-3-sram-capacity", "ck:PerChip", "sec:intel", "53"),
    Memory("fig:intel-gaudi-3-hbm", "chip:intel-gaudi-3", "mem:hbm", False, "fig:intel-gaudi-3-hbm-capacity", "ck:PerChip", "sec:intel", "55"),
    Memory("fig:google-trillium-tpu-hbm", "chip:google-trillium-tpu", "mem:hbm", False, "fig:google-trillium-tpu-hbm-capacity", "ck:PerChip", "sec:google", "63"),
    Memory("fig:amd-instinct-mi350-hbm", "chip:amd-instinct-mi350", "mem:hbm3e", False, None, "ck:PerChip", "sec:amd", "47", qualifiers=("ck:Uncertain",)),  # "likely HBM3E"
    Memory("fig:aws-trainium2-hbm", "chip:aws-trainium2", "mem:hbm", False, "fig:aws-trainium2-hbm-capacity", "ck:PerChip", "sec:aws", "75"),  # high-bandwidth memory
    Memory("fig:meta-mtia-v2-sram", "chip:meta-mtia-v2", "mem:sram", True, "fig:meta-mtia-v2-sram-capacity", "ck:PerChip", "sec:meta", "89"),  # on-chip SRAM
    Memory("fig:qualcomm-cloud-ai-100-ultra-sram", "chip:qualcomm-cloud-ai-100-ultra", "mem:sram", True, "fig:qualcomm-cloud-ai-100-ultra-sram-capacity", "ck:PerChip", "sec:qualcomm-cloud-ai", "103"),  # on-chip
    Memory("fig:qualcomm-cloud-ai-100-ultra-lpddr4x", "chip:qualcomm-cloud-ai-100-ultra", "mem:lpddr4x", False, None, "ck:PerChip", "sec:qualcomm-cloud-ai", "103"),
    Memory("fig:ibm-northpole-sram", "chip:ibm-northpole", "mem:sram", True, "fig:ibm-northpole-sram-capacity", "ck:PerChip", "sec:ibm", "113"),  # distributed SRAM
    Memory("fig:apple-m4-lpddr5x", "chip:apple-m4", "mem:lpddr5x", False, None, "ck:PerChip", "sec:apple", "121"),
    Memory("fig:sambanova-sn40l-hbm3", "chip:sambanova-sn40l", "mem:hbm3", False, "fig:sambanova-sn40l-hbm3-capacity", "ck:PerChip", "sec:sambanova", "131"),
    Memory("fig:sambanova-sn40l-ddr5", "chip:sambanova-sn40l", "mem:ddr5", False, "fig:sambanova-sn40l-ddr5-capacity", "ck:PerChip", "sec:sambanova", "131"),
    Memory("fig:sambanova-sn40l-sram", "chip:sambanova-sn40l", "mem:sram", True, None, "ck:PerChip", "sec:sambanova", "131"),  # on-chip SRAM, no size
    Memory("fig:cerebras-cs-3-system-memory", "chip:cerebras-cs-3", None, False, "fig:cerebras-cs-3-system-memory-capacity", "ck:PerSystem", "sec:cerebras", "141"),
    Memory("fig:groq-lpu-sram", "chip:groq-lpu", "mem:sram", True, "fig:groq-lpu-sram-capacity", "ck:PerChip", "sec:groq", "153"),
    Memory("fig:mythic-m2000-tile-sram", "chip:mythic-m2000", "mem:sram", True, None, "ck:PerTile", "sec:mythic", "163"),
    Memory("fig:mythic-m2000-flash", "chip:mythic-m2000", "mem:flash", True, None, "ck:PerTile", "sec:mythic", "163"),
    Memory("fig:d-matrix-corsair-c8-lpddr5", "chip:d-matrix-corsair-c8", "mem:lpddr5", False, "fig:d-matrix-corsair-c8-lpddr5-capacity", "ck:PerChip", "sec:d-matrix", "173"),
    Memory("fig:d-matrix-corsair-c8-sram", "chip:d-matrix-corsair-c8", "mem:sram", True, "fig:d-matrix-corsair-c8-sram-capacity", "ck:PerChip", "sec:d-matrix", "173"),
    Memory("fig:tenstorrent-grayskull-tensix-sram", ("chip:tenstorrent-grayskull-e75", "chip:tenstorrent-grayskull-e150"), "mem:sram", True, "fig:tenstorrent-grayskull-tensix-sram-capacity", "ck:PerCore", "sec:tenstorrent", "181"),
    Memory("fig:tenstorrent-grayskull-lpddr4", ("chip:tenstorrent-grayskull-e75", "chip:tenstorrent-grayskull-e150"), "mem:lpddr4", False, "fig:tenstorrent-grayskull-lpddr4-capacity", "ck:PerChip", "sec:tenstorrent", "183"),
]
# fmt: on


@pytest.mark.parametrize("memory", MEMORY, ids=first)
def test_memory(kg, memory: Memory):
    reaches(kg, memory.of, "ck:memory", memory.spec)
    check(
        kg,
        memory.spec,
        {
            "ck:memoryTechnology": memory.technology,
            "ck:onChip": memory.on_chip,
            "ck:capacity": memory.capacity,
            "ck:scope": memory.scope,
            "ck:section": memory.section,
            "ck:qualifier": memory.qualifiers,
        },
        at_least={"rdf:type": "ck:MemorySpec"},
    )


class Interconnect(NamedTuple):
    use: str
    of: str | tuple[str, ...]
    technologies: tuple[str, ...]
    purposes: tuple[str, ...]
    section: str
    lines: str
    direction: str | None = None


# fmt: off
INTERCONNECTS = [
    Interconnect("fig:nvidia-blackwell-gpu-die-to-die", "chip:nvidia-blackwell-gpu", ("ic:die-to-die",), ("ck:DieToDie",), "sec:nvidia", "41"),
    Interconnect("fig:nvidia-blackwell-gpu-nvlink", "chip:nvidia-blackwell-gpu", ("ic:nvlink-5",), ("ck:ChipToChip",), "sec:nvidia", "41", direction="bidirectional"),
    Interconnect("fig:intel-gaudi-3-die-link", "chip:intel-gaudi-3", ("ic:die-to-die",), ("ck:DieToDie",), "sec:intel", "53"),
    Interconnect("fig:intel-gaudi-3-pcie", "chip:intel-gaudi-3", ("ic:pcie-5-0",), (), "sec:intel", "55"),
    Interconnect("fig:intel-gaudi-3-ethernet", "chip:intel-gaudi-3", ("ic:ethernet", "ic:roce"), ("ck:ChipToChip", "ck:ScaleOut"), "sec:intel", "55"),
    Interconnect("fig:google-trillium-tpu-ici", "chip:google-trillium-tpu", ("ic:ici",), ("ck:ChipToChip",), "sec:google", "65"),
    Interconnect("fig:qualcomm-cloud-ai-100-ultra-pcie", "chip:qualcomm-cloud-ai-100-ultra", ("ic:pcie-4-0",), ("ck:ChipToHost",), "sec:qualcomm-cloud-ai", "107"),
    Interconnect("fig:ibm-northpole-noc", "chip:ibm-northpole", ("ic:network-on-chip",), ("ck:OnChip",), "sec:ibm", "113"),
    Interconnect("fig:groq-lpu-proprietary-interconnect", "chip:groq-lpu", ("ic:groq-proprietary",), ("ck:ChipToChip",), "sec:groq", "157"),
    Interconnect("fig:mythic-m2000-noc", "chip:mythic-m2000", ("ic:network-on-chip",), ("ck:OnChip",), "sec:mythic", "163"),
    Interconnect("fig:mythic-m2000-pcie", "chip:mythic-m2000", ("ic:pcie-2-0",), ("ck:ChipToHost",), "sec:mythic", "165"),
    Interconnect("fig:tenstorrent-grayskull-pcie", ("chip:tenstorrent-grayskull-e75", "chip:tenstorrent-grayskull-e150"), ("ic:pcie-4-0",), ("ck:ChipToHost",), "sec:tenstorrent", "183"),
]
# fmt: on


@pytest.mark.parametrize("use", INTERCONNECTS, ids=first)
def test_interconnect(kg, use: Interconnect):
    reaches(kg, use.of, "ck:interconnect", use.use)
    check(
        kg,
        use.use,
        {
            "ck:interconnectTechnology": use.technologies,
            "ck:purpose": use.purposes,
            "ck:section": use.section,
            "ck:direction": lit(use.direction),
        },
        at_least={"rdf:type": "ck:InterconnectUse"},
    )


# --- comparisons and market shares ------------------------------------------------------------------------


class Comparison(NamedTuple):
    cmp: str
    subject: str
    aspect: str
    baseline: str | None  # the chip compared against; None: only described (``described``)
    value: float
    unit: str
    stated: str
    normalized: float  # as a factor: 67% greater is 1.67
    scope: str | None
    section: str
    lines: str
    qualifiers: tuple[str, ...] = ()
    described: str | None = None


# fmt: off
COMPARISONS = [
    Comparison("fig:nvidia-blackwell-gpu-transformer-engine-compute", "chip:nvidia-blackwell-gpu", "ck:ComputeCapacity", None, 2, "ck:TIMES", "doubling", 2.0, None, "sec:nvidia", "41", described="compute capacity without the second-generation transformer engine's FP4 path (baseline not named)"),  # doubling
    Comparison("fig:amd-instinct-mi350-vs-mi300-inference", "chip:amd-instinct-mi350", "ck:InferencePerformance", "chip:amd-instinct-mi300-series", 35, "ck:TIMES", "times", 35.0, None, "sec:amd", "47", qualifiers=("ck:UpperBound",)),  # up to 35x
    Comparison("fig:google-trillium-tpu-peak-compute-gain", "chip:google-trillium-tpu", "ck:PeakCompute", None, 4.7, "ck:TIMES", "x", 4.7, None, "sec:google", "63", described="previous generation TPUs"),
    Comparison("fig:google-trillium-tpu-memory-bandwidth-gain", "chip:google-trillium-tpu", "ck:MemoryBandwidth", None, 2, "ck:TIMES", "double", 2.0, None, "sec:google", "63", described="previous generation TPUs"),  # double
    Comparison("fig:google-trillium-tpu-ici-bandwidth-gain", "chip:google-trillium-tpu", "ck:InterconnectBandwidth", None, 2, "ck:TIMES", "double", 2.0, None, "sec:google", "65", described="previous generation TPUs"),  # double
    Comparison("fig:google-trillium-tpu-energy-efficiency-gain", "chip:google-trillium-tpu", "ck:EnergyEfficiency", None, 67, "ck:PERCENT-INCREASE", "%", 1.67, None, "sec:google", "67", described="previous generation TPUs"),  # 67% greater
    Comparison("fig:aws-trainium2-vs-trainium-training", "chip:aws-trainium2", "ck:TrainingPerformance", "chip:aws-trainium", 4, "ck:TIMES", "x", 4.0, None, "sec:aws", "75", qualifiers=("ck:UpperBound",)),  # up to 4x
    Comparison("fig:aws-trainium2-vs-trainium-memory-capacity", "chip:aws-trainium2", "ck:MemoryCapacity", "chip:aws-trainium", 3, "ck:TIMES", "x", 3.0, None, "sec:aws", "75"),
    Comparison("fig:aws-trainium2-vs-trainium-efficiency", "chip:aws-trainium2", "ck:Efficiency", "chip:aws-trainium", 2, "ck:TIMES", "x", 2.0, None, "sec:aws", "75"),
    Comparison("fig:meta-mtia-v2-vs-v1-dense-compute", "chip:meta-mtia-v2", "ck:DenseCompute", "chip:meta-mtia-v1", 3.5, "ck:TIMES", "x", 3.5, None, "sec:meta", "87"),
    Comparison("fig:meta-mtia-v2-vs-v1-sparse-compute", "chip:meta-mtia-v2", "ck:SparseCompute", "chip:meta-mtia-v1", 7, "ck:TIMES", "x", 7.0, None, "sec:meta", "87"),
    Comparison("fig:meta-mtia-v2-vs-v1-memory-capacity", "chip:meta-mtia-v2", "ck:MemoryCapacity", "chip:meta-mtia-v1", 2, "ck:TIMES", "doubling", 2.0, None, "sec:meta", "89"),  # doubling
    Comparison("fig:meta-mtia-v2-vs-v1-key-models", "chip:meta-mtia-v2", "ck:ModelPerformance", "chip:meta-mtia-v1", 3, "ck:TIMES", "x", 3.0, None, "sec:meta", "91", qualifiers=("ck:VendorClaim",)),  # "claims to have shown"
    Comparison("fig:meta-mtia-v2-vs-v1-serving-throughput", "chip:meta-mtia-v2", "ck:ServingThroughput", "chip:meta-mtia-v1", 6, "ck:TIMES", "x", 6.0, "ck:PerSystem", "sec:meta", "91", qualifiers=("ck:VendorClaim",)),  # platform level; claimed
    Comparison("fig:qualcomm-adreno-750-vs-predecessors-graphics", "chip:qualcomm-adreno-750", "ck:GraphicsRendering", None, 25, "ck:PERCENT-INCREASE", "% faster", 1.25, None, "sec:qualcomm-adreno", "97", qualifiers=("ck:UpperBound",), described="previous Adreno GPUs"),  # up to 25%
    Comparison("fig:mythic-m2000-vs-digital-cost", "chip:mythic-m2000", "ck:CostEfficiency", None, 10, "ck:TIMES", "times", 10.0, None, "sec:mythic", "167", qualifiers=("ck:UpperBound",), described="comparable digital architectures"),
    Comparison("fig:d-matrix-corsair-c8-vs-h100-genai", "chip:d-matrix-corsair-c8", "ck:GenAIPerformance", "chip:nvidia-h100", 9, "ck:TIMES", "times", 9.0, None, "sec:d-matrix", "173", qualifiers=("ck:VendorClaim",)),  # "it claims ... to be nine times faster"
]
# fmt: on


@pytest.mark.parametrize("comparison", COMPARISONS, ids=first)
def test_comparison(kg, comparison: Comparison):
    assert (comparison.baseline is None) != (comparison.described is None), "a baseline or a description"
    check(
        kg,
        comparison.cmp,
        {
            "ck:subject": comparison.subject,
            "ck:aspect": comparison.aspect,
            "ck:baseline": comparison.baseline,
            "ck:baselineDescription": lit(comparison.described),
            "qudt:numericValue": comparison.value,
            "qudt:unit": comparison.unit,
            "ck:statedUnit": lit(comparison.stated),
            "ck:normalizedValue": comparison.normalized,
            "ck:qualifier": comparison.qualifiers,
            "ck:scope": comparison.scope,
            "ck:section": comparison.section,
        },
        at_least={"rdf:type": "ck:Comparison"},
    )


class Share(NamedTuple):
    share: str
    holder: str | None  # None: only described (``described``)
    value: float
    normalized: float
    lines: str
    qualifiers: tuple[str, ...] = ()
    described: str | None = None


# fmt: off
SHARES = [
    Share("fig:nvidia-market-share", "org:nvidia", 85, 0.85, "13", qualifiers=("ck:Approximate",)),  # "about ~85%"
    Share("fig:amd-market-share", "org:amd", 10, 0.10, "13", qualifiers=("ck:Approximate",)),  # "about ~10%"
    Share("fig:others-market-share", None, 5, 0.05, "13", described="all other chip makers"),  # "the rest 5%"
]
# fmt: on


@pytest.mark.parametrize("share", SHARES, ids=first)
def test_market_share(kg, share: Share):
    check(
        kg,
        share.share,
        {
            "qudt:numericValue": share.value,
            "qudt:unit": "unit:PERCENT",
            "ck:statedUnit": '"%"',
            "ck:normalizedValue": share.normalized,
            "ck:market": '"AI chip market"',
            "ck:holder": share.holder,
            "ck:holderDescription": lit(share.described),
            "ck:qualifier": share.qualifiers,
            "ck:section": "sec:introduction",
        },
        at_least={"rdf:type": "ck:MarketShare"},
    )
    if share.holder:
        assert share.share in objects(kg, share.holder, "ck:marketShare")


# --- notes on the article ---------------------------------------------------------------------------------


class Note(NamedTuple):
    note: str
    kind: str  # Inconsistency, Slip, Hedge or Ambiguity
    about: tuple[str, ...]
    sections: tuple[str, ...]
    lines: str


# fmt: off
NOTES = [
    Note("note:gaudi-3-called-gpu", "ck:Inconsistency", ("chip:intel-gaudi-3",), ("sec:future-prospects", "sec:intel"), "53, 193"),
    Note("note:amd-architecture-cdna-4-vs-rdna", "ck:Inconsistency", ("arch:cdna-4", "arch:rdna", "chip:amd-instinct-mi350"), ("sec:amd", "sec:future-prospects"), "47, 193"),
    Note("note:trillium-memory-matches-gaudi-3", "ck:Slip", ("fig:google-trillium-tpu-hbm", "fig:intel-gaudi-3-hbm"), ("sec:google", "sec:intel"), "55, 63"),
    Note("note:amd-instinct-mi350-memory-generation-guessed", "ck:Hedge", ("fig:amd-instinct-mi350-hbm",), ("sec:amd",), "47"),
    Note("note:market-shares-are-estimates", "ck:Hedge", ("fig:amd-market-share", "fig:nvidia-market-share", "fig:others-market-share"), ("sec:introduction",), "13"),
    Note("note:trainium2-up-to-scope", "ck:Hedge", ("fig:aws-trainium2-vs-trainium-efficiency", "fig:aws-trainium2-vs-trainium-memory-capacity", "fig:aws-trainium2-vs-trainium-training"), ("sec:aws",), "75"),
    Note("note:trainium2-instances-without-antecedent", "ck:Slip", ("fig:aws-trainium2-ultracluster-scale-out",), ("sec:aws",), "75"),
    Note("note:maia-100-peak-precision-unstated", "ck:Hedge", ("fig:microsoft-maia-100-peak-performance",), ("sec:microsoft",), "81"),
    Note("note:mtia-v2-internal-testing-claims", "ck:Hedge", ("fig:meta-mtia-v2-vs-v1-key-models", "fig:meta-mtia-v2-vs-v1-serving-throughput"), ("sec:meta",), "91"),
    Note("note:meta-source-label-typo", "ck:Slip", ("sec:meta",), ("sec:meta",), "93"),
    Note("note:adreno-gpus-such-as-adreno-gpus", "ck:Slip", ("chip:qualcomm-adreno-750",), ("sec:qualcomm-adreno",), "97"),
    Note("note:adreno-750-data-center-hedge", "ck:Hedge", ("chip:qualcomm-adreno-750",), ("sec:qualcomm-adreno",), "97"),
    Note("note:adreno-process-node-scope", "ck:Hedge", ("chip:qualcomm-adreno-750",), ("sec:qualcomm-adreno",), "97"),
    Note("note:northpole-precision-formats-assumed", "ck:Hedge", ("fig:ibm-northpole-int2-performance", "fig:ibm-northpole-int4-performance", "fig:ibm-northpole-int8-performance"), ("sec:ibm",), "113"),
    Note("note:apple-m4-called-ai-accelerator", "ck:Inconsistency", ("chip:apple-m4",), ("sec:apple",), "119"),
    Note("note:cerebras-cs-3-cluster-exaflops-mismatch", "ck:Inconsistency", ("fig:cerebras-cs-3-cluster-performance", "fig:cerebras-cs-3-mixed-precision"), ("sec:cerebras",), "141, 143"),
    Note("note:mythic-m2000-no-external-memory", "ck:Inconsistency", ("chip:mythic-m2000", "fig:mythic-m2000-tile-sram"), ("sec:mythic",), "163, 165"),
    Note("note:d-matrix-dimc-computer", "ck:Slip", ("arch:dimc",), ("sec:d-matrix",), "173"),
    Note("note:d-matrix-chipset-for-chiplet", "ck:Slip", ("chip:d-matrix-corsair-c8", "feat:d-matrix-chiplet-architecture"), ("sec:d-matrix",), "173"),
    Note("note:tenstorrent-grayskull-no-process-node", "ck:Hedge", ("chip:tenstorrent-grayskull-e150", "chip:tenstorrent-grayskull-e75"), ("sec:tenstorrent",), "177-187"),
    # sentences with two readings
    Note("note:uxl-who-builds-cuda-alternatives", "ck:Ambiguity", ("org:google", "org:uxl-foundation"), ("sec:introduction",), "15"),
    Note("note:trillium-double-referent", "ck:Ambiguity", ("fig:google-trillium-tpu-hbm", "fig:google-trillium-tpu-memory-bandwidth-gain"), ("sec:google",), "63"),
    Note("note:adreno-platform-or-gpu-figures", "ck:Ambiguity", ("chip:qualcomm-adreno-750", "chip:qualcomm-snapdragon-8-gen-3", "fig:qualcomm-adreno-750-transistors"), ("sec:qualcomm-adreno",), "97"),
    Note("note:northpole-precision-list-pairing", "ck:Ambiguity", ("fig:ibm-northpole-int2-performance", "fig:ibm-northpole-int4-performance", "fig:ibm-northpole-int8-performance"), ("sec:ibm",), "113"),
    Note("note:mythic-pcie-2-0-called-high-speed", "ck:Ambiguity", ("fig:mythic-m2000-pcie", "ic:pcie-2-0"), ("sec:mythic",), "165"),
    # groupings the article makes without support
    Note("note:hyperscalers-named-by-example", "ck:Hedge", ("grp:hyperscalers", "org:aws", "org:openai"), ("sec:introduction",), "15"),
    Note("note:megacap-grouping-by-heading", "ck:Hedge", ("grp:megacap-players",), ("sec:apple", "sec:nvidia"), "37-125"),
    Note("note:unicorn-grouping-by-heading", "ck:Hedge", ("grp:unicorn-startups",), ("sec:sambanova", "sec:tenstorrent"), "127-187"),
]
# fmt: on


@pytest.mark.parametrize("note", NOTES, ids=first)
def test_note(kg, note: Note):
    check(
        kg,
        note.note,
        {"ck:noteKind": note.kind, "ck:about": note.about, "ck:section": note.sections},
        at_least={"rdf:type": "ck:Note"},
    )
    assert len(objects(kg, note.note, "rdfs:comment")) == 1


class Mentions(NamedTuple):
    """Words a comment must hold (case-insensitive), where the comment carries the fact."""

    subject: str
    words: tuple[str, ...]
    lines: str


# fmt: off
MENTIONS = [
    # 2.6 PFLOPS x 2,048 = 5,324.8 PFLOPS ~ 5.3 EFLOPS, not 256 EFLOPS
    Mentions("note:cerebras-cs-3-cluster-exaflops-mismatch", ("2,048", "2.6", "5.3", "256"), "141, 143"),
    Mentions("fig:mythic-m2000-power", ("typical",), "165"),  # a typical power consumption of about 4 W
]
# fmt: on


@pytest.mark.parametrize("mentions", MENTIONS, ids=first)
def test_comment_mentions(kg, mentions: Mentions):
    comments = " ".join(c.lower() for c in objects(kg, mentions.subject, "rdfs:comment"))
    assert [w for w in mentions.words if w.lower() not in comments] == []


# --- the article and its sections --------------------------------------------------------------------------


class Section(NamedTuple):
    section: str
    label: str
    start: int  # first and last line
    end: int
    source: str  # its "Source:" line
    under: str | None  # the heading it sits under: "Megacap Players" (line 37), "Unicorn Startups" (line 127)


# fmt: off
SECTIONS = [
    Section("sec:introduction", "Introduction", 9, 35, "<https://research.aimultiple.com/ai-chip-makers/>", None),
    Section("sec:nvidia", "Nvidia", 39, 43, "<https://nvidianews.nvidia.com/news/nvidia-blackwell-platform-arrives-to-power-a-new-era-of-computing>", "sec:megacap-players"),
    Section("sec:amd", "Advanced Micro Devices (AMD)", 45, 49, "<https://www.amd.com/en/products/accelerators/instinct/mi300.html>", "sec:megacap-players"),
    Section("sec:intel", "Intel", 51, 59, "<https://www.intel.com/content/www/us/en/newsroom/news/vision-2024-enterprise-ai-gaudi-3-open-systems-strategy.html>", "sec:megacap-players"),
    Section("sec:google", "Alphabet/Google", 61, 71, "<https://cloud.google.com/blog/products/compute/introducing-trillium-6th-gen-tpus>", "sec:megacap-players"),
    Section("sec:aws", "Amazon/AWS", 73, 77, "<https://aws.amazon.com/machine-learning/trainium/>", "sec:megacap-players"),
    Section("sec:microsoft", "Microsoft/Azure", 79, 83, "<https://azure.microsoft.com/en-us/blog/azure-maia-for-the-era-of-ai-from-silicon-to-software-to-systems/>", "sec:megacap-players"),
    Section("sec:meta", "Meta", 85, 93, "<https://ai.meta.com/blog/next-generation-meta-training-inference-accelerator-AI-MTIA/>", "sec:megacap-players"),
    Section("sec:qualcomm-adreno", "Qualcomm (Adreno)", 95, 99, "<https://www.qualcomm.com/products/features/adreno>", "sec:megacap-players"),
    Section("sec:qualcomm-cloud-ai", "Qualcomm (Cloud AI 100 Ultra)", 101, 109, "<https://www.qualcomm.com/news/onq/2023/11/introducing-qualcomm-cloud-ai-100-ultra>", "sec:megacap-players"),
    Section("sec:ibm", "IBM", 111, 115, "<https://research.ibm.com/blog/northpole-ibm-ai-chip>", "sec:megacap-players"),
    Section("sec:apple", "Apple", 117, 125, "<https://www.apple.com/newsroom/2024/05/apple-introduces-m4-chip/>", "sec:megacap-players"),
    Section("sec:sambanova", "SambaNova Systems", 129, 135, "<https://sambanova.ai/technology/sn40l-rdu-ai-chip>", "sec:unicorn-startups"),
    Section("sec:cerebras", "Cerebras Systems", 137, 147, "<https://www.cerebras.net/blog/cerebras-cs-3-vs-nvidia-b200-2024-ai-accelerators-compared>", "sec:unicorn-startups"),
    Section("sec:groq", "Groq", 149, 159, "<https://wow.groq.com/why-groq/>", "sec:unicorn-startups"),
    Section("sec:mythic", "Mythic", 161, 169, "<https://mythic.ai/product/>", "sec:unicorn-startups"),
    Section("sec:d-matrix", "d-Matrix", 171, 175, "<https://www.d-matrix.ai/product/>", "sec:unicorn-startups"),
    Section("sec:tenstorrent", "Tenstorrent", 177, 187, "<https://tenstorrent.com/systems/aicloud/>", "sec:unicorn-startups"),
    Section("sec:future-prospects", "Future Prospects", 189, 196, "<https://research.aimultiple.com/ai-chip-makers/>", None),
]
# fmt: on


@pytest.mark.parametrize("section", SECTIONS, ids=first)
def test_section(kg, section: Section):
    check(
        kg,
        section.section,
        {
            "rdfs:label": lit(section.label),
            "ck:lineStart": section.start,
            "ck:lineEnd": section.end,
            "ck:sourceURL": section.source,
            "dct:isPartOf": ARTICLE,
            "ck:underHeading": section.under,
        },
        at_least={"rdf:type": "ck:ArticleSection"},
    )


class Heading(NamedTuple):
    heading: str
    label: str
    line: int


# fmt: off
HEADINGS = [
    Heading("sec:megacap-players", "Megacap Players", 37),
    Heading("sec:unicorn-startups", "Unicorn Startups", 127),
]
# fmt: on


@pytest.mark.parametrize("heading", HEADINGS, ids=first)
def test_heading(kg, heading: Heading):
    check(
        kg,
        heading.heading,
        {"rdfs:label": lit(heading.label), "ck:headingLine": heading.line, "dct:isPartOf": ARTICLE},
        at_least={"rdf:type": "ck:ArticleHeading"},
    )


# --- the article's groups of organizations ------------------------------------------------------------------


class Membership(NamedTuple):
    """One organization in one of the article's groups, with the sections that put it there."""

    member: str
    group: str
    sections: tuple[str, ...]
    lines: str


GROUP_CLASSES = {
    "grp:megacap-players": "ck:MegacapPlayer",
    "grp:unicorn-startups": "ck:UnicornStartup",
    "grp:hyperscalers": "ck:CloudProvider",
}

# fmt: off
MEMBERSHIPS = [
    # profiled under "Megacap Players" (line 37); "Alphabet/Google" and "Amazon/AWS" name two each
    Membership("org:nvidia", "grp:megacap-players", ("sec:nvidia",), "39"),
    Membership("org:amd", "grp:megacap-players", ("sec:amd",), "45"),
    Membership("org:intel", "grp:megacap-players", ("sec:intel",), "51"),
    Membership("org:alphabet", "grp:megacap-players", ("sec:google",), "61"),
    Membership("org:google", "grp:megacap-players", ("sec:google",), "61"),
    Membership("org:amazon", "grp:megacap-players", ("sec:aws",), "73"),
    Membership("org:aws", "grp:megacap-players", ("sec:aws",), "73"),
    Membership("org:microsoft", "grp:megacap-players", ("sec:microsoft",), "79"),
    Membership("org:meta", "grp:megacap-players", ("sec:meta",), "85"),
    Membership("org:qualcomm", "grp:megacap-players", ("sec:qualcomm-adreno", "sec:qualcomm-cloud-ai"), "95, 101"),
    Membership("org:ibm", "grp:megacap-players", ("sec:ibm",), "111"),
    Membership("org:apple", "grp:megacap-players", ("sec:apple",), "117"),
    # profiled under "Unicorn Startups" (line 127)
    Membership("org:sambanova", "grp:unicorn-startups", ("sec:sambanova",), "129"),
    Membership("org:cerebras", "grp:unicorn-startups", ("sec:cerebras",), "137"),
    Membership("org:groq", "grp:unicorn-startups", ("sec:groq",), "149"),
    Membership("org:mythic", "grp:unicorn-startups", ("sec:mythic",), "161"),
    Membership("org:d-matrix", "grp:unicorn-startups", ("sec:d-matrix",), "171"),
    Membership("org:tenstorrent", "grp:unicorn-startups", ("sec:tenstorrent",), "177"),
    # "Hyperscalers such as Microsoft with OpenAI, Meta, Amazon, and Google"
    Membership("org:microsoft", "grp:hyperscalers", ("sec:introduction",), "15"),
    Membership("org:meta", "grp:hyperscalers", ("sec:introduction",), "15"),
    Membership("org:amazon", "grp:hyperscalers", ("sec:introduction",), "15"),
    Membership("org:google", "grp:hyperscalers", ("sec:introduction",), "15"),
]
# fmt: on


@pytest.mark.parametrize("membership", MEMBERSHIPS, ids=two)
def test_membership(kg, membership: Membership):
    nodes = kg.rows(f"SELECT ?m WHERE {{ ?m ck:member {membership.member} ; ck:group {membership.group} }}")
    assert len(nodes) == 1, f"{membership.member} has {len(nodes)} membership nodes in {membership.group}"
    node = short(nodes[0]["m"], True)
    check(kg, node, {"ck:section": membership.sections}, at_least={"rdf:type": "ck:GroupMembership"})
    check(
        kg,
        membership.member,
        {},
        at_least={"rdf:type": GROUP_CLASSES[membership.group], "ck:inGroup": membership.group},
    )


@pytest.mark.parametrize("group", sorted(GROUP_CLASSES))
def test_group_has_exactly_its_members(kg, group: str):
    """No one else is in the group, by membership or by type (AWS is no hyperscaler: line 15 names Amazon)."""
    expected = {m.member for m in MEMBERSHIPS if m.group == group}
    assert objects(kg, group, "^ck:inGroup") == expected
    assert objects(kg, GROUP_CLASSES[group], "^rdf:type") == expected


REFERENCES = (  # lines 204-216: six numbered references
    "<https://research.aimultiple.com/ai-chip-makers/>",
    "<https://www.cnbc.com/2024/06/02/nvidia-dominates-the-ai-chip-market-but-theres-rising-competition-.html>",
    "<https://www.theverge.com/2024/2/1/24058186/ai-chips-meta-microsoft-google-nvidia/archives/2>",
    "<https://www.backblaze.com/blog/ai-101-training-vs-inference/>",
    "<https://semiengineering.com/how-inferencing-differs-from-training-in-machine-learning-applications/>",
    "<https://telnyx.com/resources/hardware-machine-learning>",
)


def test_article(kg):
    check(
        kg,
        ARTICLE,
        {"dct:title": '"Blog 2: The AI Chip Race"', "dct:references": REFERENCES},
        at_least={"rdf:type": "ck:Article"},
    )


# --- the tables themselves -----------------------------------------------------------------------------------

TABLES = {
    "CHIPS": (CHIPS, first),
    "ALT_LABELS": (ALT_LABELS, two),
    "INDIVIDUALS": (INDIVIDUALS, first),
    "RELATIONS": (RELATIONS, two),
    "FIGURES": (FIGURES, first),
    "MEMORY": (MEMORY, first),
    "INTERCONNECTS": (INTERCONNECTS, first),
    "COMPARISONS": (COMPARISONS, first),
    "SHARES": (SHARES, first),
    "NOTES": (NOTES, first),
    "MENTIONS": (MENTIONS, first),
    "SECTIONS": (SECTIONS, first),
    "HEADINGS": (HEADINGS, first),
    "MEMBERSHIPS": (MEMBERSHIPS, two),
}


def test_every_row_is_collected_under_its_own_id():
    """A lost row or a duplicated id (which pytest would quietly suffix) fails here, by table."""
    assert {name: len(rows) for name, (rows, _) in TABLES.items()} == {
        "CHIPS": 24,
        "ALT_LABELS": 30,
        "INDIVIDUALS": 45,
        "RELATIONS": 96,
        "FIGURES": 101,
        "MEMORY": 22,
        "INTERCONNECTS": 12,
        "COMPARISONS": 17,
        "SHARES": 3,
        "NOTES": 28,
        "MENTIONS": 2,
        "SECTIONS": 19,
        "HEADINGS": 2,
        "MEMBERSHIPS": 22,
    }
    for name, (rows, ident) in TABLES.items():
        ids = [ident(row) for row in rows]
        assert sorted({i for i in ids if ids.count(i) > 1}) == [], name
