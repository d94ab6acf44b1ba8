"""Facts about the six startup chips (article lines 127-187), checked through SPARQL.

Every expected value is typed by hand from the article; the comment on each case gives its line.
"""

from __future__ import annotations

import pytest

from chipkg.namespaces import PREFIXES


def expand(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


# --- chips: label, kind, vendor, node, foundry ------------------------------------

CHIPS = [
    # chip, label, kinds, designer, process node (None: not stated), foundry (None: not stated), section
    ("chip:sambanova-sn40l", "SambaNova SN40L", ["ck:RDU"], "org:sambanova", "node:7nm", None, "sec:sambanova"),  # line 131
    ("chip:cerebras-cs-3", "Cerebras CS-3", ["ck:WaferScaleEngine"], "org:cerebras", "node:7nm", None, "sec:cerebras"),  # line 139
    ("chip:groq-lpu", "Groq LPU", ["ck:LPU"], "org:groq", "node:7nm", "org:tsmc", "sec:groq"),  # line 151
    ("chip:mythic-m2000", "Mythic M2000", ["ck:AnalogMatrixProcessor"], "org:mythic", "node:40nm", None, "sec:mythic"),  # line 163
    ("chip:d-matrix-corsair-c8", "d-Matrix Corsair C8", ["ck:InMemoryComputeAccelerator"], "org:d-matrix", "node:6nm", None, "sec:d-matrix"),  # line 173
    ("chip:tenstorrent-grayskull-e75", "Tenstorrent Grayskull e75", ["ck:AIAccelerator"], "org:tenstorrent", None, None, "sec:tenstorrent"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "Tenstorrent Grayskull e150", ["ck:AIAccelerator"], "org:tenstorrent", None, None, "sec:tenstorrent"),  # line 179
]


@pytest.mark.parametrize("chip,label,kinds,designer,node,foundry,section", CHIPS, ids=[c[0] for c in CHIPS])
def test_chip_identity(kg, chip, label, kinds, designer, node, foundry, section):
    rows = kg.rows(f"SELECT ?l WHERE {{ {chip} rdfs:label ?l }}")
    assert [r["l"] for r in rows] == [label]
    for kind in ["ck:Chip", *kinds]:
        assert kg.ask(f"ASK {{ {chip} a {kind} }}"), kind
    assert kg.ask(f"ASK {{ {chip} ck:designedBy {designer} ; ck:profiled true ; ck:section {section} }}")
    nodes = {r["n"] for r in kg.rows(f"SELECT ?n WHERE {{ {chip} ck:processNode ?n }}")}
    assert nodes == ({expand(node)} if node else set())
    foundries = {r["f"] for r in kg.rows(f"SELECT ?f WHERE {{ {chip} ck:manufacturedBy ?f }}")}
    assert foundries == ({expand(foundry)} if foundry else set())


ALT_LABELS = [
    ("chip:sambanova-sn40l", "SN40L"),  # line 131
    ("chip:cerebras-cs-3", "Wafer Scale Engine"),  # line 139
    ("chip:cerebras-cs-3", "WSE"),  # line 139
    ("chip:cerebras-cs-3", "CS-3"),  # line 139
    ("chip:groq-lpu", "LPU"),  # line 151
    ("chip:groq-lpu", "Language Processing Unit"),  # line 151
    ("chip:mythic-m2000", "M2000"),  # line 163
    ("chip:d-matrix-corsair-c8", "Corsair C8"),  # line 173
    ("chip:tenstorrent-grayskull-e75", "Grayskull e75"),  # line 179
    ("chip:tenstorrent-grayskull-e75", "e75"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "Grayskull e150"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "e150"),  # line 179
]


@pytest.mark.parametrize("chip,alt", ALT_LABELS)
def test_alt_labels(kg, chip, alt):
    assert kg.ask(f'ASK {{ {chip} skos:altLabel "{alt}" }}')


# --- figures (quantities hanging directly off the chip) -----------------------------

# chip, property, figure, class, value, unit, statedUnit, normalized, qualifier, scope
FIGURES = [
    # SambaNova SN40L
    ("chip:sambanova-sn40l", "ck:dieCount", "fig:sambanova-sn40l-die-count", "ck:Count", 2, "unit:NUM", "chips", 2.0, None, "ck:PerChip"),  # line 131 dual-chip
    ("chip:sambanova-sn40l", "ck:computeUnits", "fig:sambanova-sn40l-compute-cores", "ck:Count", 1040, "unit:NUM", "compute cores", 1.04e3, None, "ck:PerChip"),  # line 131
    ("chip:sambanova-sn40l", "ck:memoryTierCount", "fig:sambanova-sn40l-memory-tiers", "ck:Count", 3, "unit:NUM", "tiers", 3.0, None, "ck:PerChip"),  # line 131 three-tier
    ("chip:sambanova-sn40l", "ck:maxModelSize", "fig:sambanova-sn40l-max-model-size", "ck:ParameterCount", 1, "ck:TRILLION", "trillion", 1e12, "ck:LowerBound", "ck:PerChip"),  # line 133 multi-trillion
    # Cerebras CS-3
    ("chip:cerebras-cs-3", "ck:transistorCount", "fig:cerebras-cs-3-transistors", "ck:Count", 4, "ck:TRILLION", "trillion", 4e12, None, "ck:PerChip"),  # line 139
    ("chip:cerebras-cs-3", "ck:computeUnits", "fig:cerebras-cs-3-cores", "ck:Count", 900000, "unit:NUM", "AI-optimized cores", 9e5, None, "ck:PerChip"),  # line 139
    ("chip:cerebras-cs-3", "ck:performance", "fig:cerebras-cs-3-mixed-precision", "ck:PerformanceFigure", 2.6, "ck:PetaFLOPS", "petaflops", 2.6e15, None, "ck:PerChip"),  # line 141
    ("chip:cerebras-cs-3", "ck:maxModelSize", "fig:cerebras-cs-3-max-model-size", "ck:ParameterCount", 24, "ck:TRILLION", "trillion", 2.4e13, "ck:UpperBound", "ck:PerSystem"),  # line 141
    ("chip:cerebras-cs-3", "ck:scaleOut", "fig:cerebras-cs-3-cluster-size", "ck:ScaleOutLimit", 2048, "unit:NUM", "interconnected units", 2.048e3, "ck:UpperBound", "ck:PerCluster"),  # line 143
    ("chip:cerebras-cs-3", "ck:performance", "fig:cerebras-cs-3-cluster-performance", "ck:PerformanceFigure", 256, "ck:ExaFLOPS", "exaflops", 2.56e20, "ck:UpperBound", "ck:PerCluster"),  # line 143
    # Groq LPU
    ("chip:groq-lpu", "ck:transistorCount", "fig:groq-lpu-transistors", "ck:Count", 20, "ck:BILLION", "billion", 2e10, "ck:LowerBound", "ck:PerChip"),  # line 151 over 20 billion
    ("chip:groq-lpu", "ck:computeUnits", "fig:groq-lpu-processing-units", "ck:Count", 1000, "unit:NUM", "independent processing units", 1e3, "ck:LowerBound", "ck:PerChip"),  # line 151 thousands
    ("chip:groq-lpu", "ck:clockSpeed", "fig:groq-lpu-clock", "ck:Frequency", 1.2, "unit:GigaHZ", "GHz", 1.2e9, None, "ck:PerChip"),  # line 153
    ("chip:groq-lpu", "ck:performance", "fig:groq-lpu-int8-peak", "ck:PerformanceFigure", 1, "ck:PetaOPS", "PetaOPS", 1e15, "ck:UpperBound", "ck:PerChip"),  # line 153 up to 1 PetaOPS
    # Mythic M2000
    ("chip:mythic-m2000", "ck:computeUnits", "fig:mythic-m2000-amp-tiles", "ck:Count", 108, "unit:NUM", "AMP tiles", 1.08e2, None, "ck:PerChip"),  # line 163
    ("chip:mythic-m2000", "ck:performance", "fig:mythic-m2000-peak-ops", "ck:PerformanceFigure", 35, "ck:TeraOPS", "TOPS", 3.5e13, "ck:UpperBound", "ck:PerChip"),  # line 165 up to 35 TOPS
    ("chip:mythic-m2000", "ck:power", "fig:mythic-m2000-power", "ck:Power", 4, "unit:W", "watts", 4.0, "ck:Approximate, ck:Nominal", "ck:PerChip"),  # line 165 typical ~4 W
    # d-Matrix Corsair C8
    ("chip:d-matrix-corsair-c8", "ck:computeUnits", "fig:d-matrix-corsair-c8-dimc-units", "ck:Count", 2048, "unit:NUM", "DIMCs", 2.048e3, None, "ck:PerChip"),  # line 173
    ("chip:d-matrix-corsair-c8", "ck:performance", "fig:d-matrix-corsair-c8-peak", "ck:PerformanceFigure", 9600, "unit:TeraFLOPS", "TFLOPS", 9.6e15, "ck:UpperBound", "ck:PerChip"),  # line 173 up to 9600
    # Tenstorrent Grayskull
    ("chip:tenstorrent-grayskull-e75", "ck:computeUnits", "fig:tenstorrent-grayskull-e75-tensix-cores", "ck:Count", 96, "unit:NUM", "Tensix cores", 96.0, None, "ck:PerChip"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "ck:computeUnits", "fig:tenstorrent-grayskull-e150-tensix-cores", "ck:Count", 120, "unit:NUM", "Tensix cores", 120.0, None, "ck:PerChip"),  # line 179
    ("chip:tenstorrent-grayskull-e75", "ck:clockSpeed", "fig:tenstorrent-grayskull-e75-clock", "ck:Frequency", 1, "unit:GigaHZ", "GHz", 1e9, None, "ck:PerChip"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "ck:clockSpeed", "fig:tenstorrent-grayskull-e150-clock", "ck:Frequency", 1.2, "unit:GigaHZ", "GHz", 1.2e9, None, "ck:PerChip"),  # line 179
    ("chip:tenstorrent-grayskull-e75", "ck:computeUnits", "fig:tenstorrent-grayskull-tensix-risc-v-processors", "ck:Count", 5, "unit:NUM", "RISC-V processors", 5.0, None, "ck:PerCore"),  # line 181 five per core
    ("chip:tenstorrent-grayskull-e150", "ck:computeUnits", "fig:tenstorrent-grayskull-tensix-risc-v-processors", "ck:Count", 5, "unit:NUM", "RISC-V processors", 5.0, None, "ck:PerCore"),  # line 181
    ("chip:tenstorrent-grayskull-e75", "ck:power", "fig:tenstorrent-grayskull-e75-power", "ck:Power", 75, "unit:W", "W", 75.0, None, "ck:PerChip"),  # line 183
    ("chip:tenstorrent-grayskull-e150", "ck:power", "fig:tenstorrent-grayskull-e150-power", "ck:Power", 200, "unit:W", "W", 200.0, None, "ck:PerChip"),  # line 183
]


def _figure(kg, fig):
    rows = kg.rows(
        f"""SELECT ?v ?u ?su ?n ?sec WHERE {{
              {fig} qudt:numericValue ?v ; qudt:unit ?u ; ck:statedUnit ?su ; ck:normalizedValue ?n ;
                    ck:section ?sec }}"""
    )
    assert len(rows) == 1, rows
    return rows[0]


def _objects(kg, subject, prop):
    return {r["o"] for r in kg.rows(f"SELECT ?o WHERE {{ {subject} {prop} ?o }}")}


@pytest.mark.parametrize(
    "chip,prop,fig,cls,value,unit,stated,normalized,qualifier,scope", FIGURES, ids=[f[2] for f in FIGURES]
)
def test_figure(kg, chip, prop, fig, cls, value, unit, stated, normalized, qualifier, scope):
    assert kg.ask(f"ASK {{ {chip} {prop} {fig} . {fig} a {cls} }}")
    row = _figure(kg, fig)
    assert row["v"] == pytest.approx(value)
    assert row["u"] == expand(unit)
    assert row["su"] == stated
    assert row["n"] == pytest.approx(normalized)
    expected = {expand(q.strip()) for q in qualifier.split(",")} if qualifier else set()
    assert _objects(kg, fig, "ck:qualifier") == expected
    assert _objects(kg, fig, "ck:scope") == {expand(scope)}


COUNT_OF = [
    ("fig:sambanova-sn40l-die-count", "ck:Die"),  # line 131
    ("fig:sambanova-sn40l-compute-cores", "ck:ComputeCore"),  # line 131
    ("fig:sambanova-sn40l-memory-tiers", "ck:MemoryTier"),  # line 131
    ("fig:sambanova-sn40l-max-model-size", "ck:Parameter"),  # line 133
    ("fig:cerebras-cs-3-transistors", "ck:Transistor"),  # line 139
    ("fig:cerebras-cs-3-cores", "ck:ComputeCore"),  # line 139
    ("fig:cerebras-cs-3-max-model-size", "ck:Parameter"),  # line 141
    ("fig:cerebras-cs-3-cluster-size", "ck:CountedSystem"),  # line 143
    ("fig:groq-lpu-transistors", "ck:Transistor"),  # line 151
    ("fig:groq-lpu-processing-units", "ck:ProcessingElement"),  # line 151
    ("fig:mythic-m2000-amp-tiles", "ck:AMPTile"),  # line 163
    ("fig:d-matrix-corsair-c8-dimc-units", "ck:DIMCUnit"),  # line 173
    ("fig:tenstorrent-grayskull-e75-tensix-cores", "ck:TensixCore"),  # line 179
    ("fig:tenstorrent-grayskull-e150-tensix-cores", "ck:TensixCore"),  # line 179
    ("fig:tenstorrent-grayskull-tensix-risc-v-processors", "ck:RISCVProcessor"),  # line 181
]


@pytest.mark.parametrize("fig,what", COUNT_OF)
def test_count_of(kg, fig, what):
    assert _objects(kg, fig, "ck:countOf") == {expand(what)}


def test_cerebras_mixed_precision_metric_without_format(kg):
    # line 141: 2.6 PFLOPS per chip, mixed precision: a metric, no named format
    fig = "fig:cerebras-cs-3-mixed-precision"
    assert [r["o"] for r in kg.rows(f"SELECT ?o WHERE {{ {fig} ck:metric ?o }}")] == ["mixed-precision"]
    assert not kg.ask(f"ASK {{ {fig} ck:precision ?p }}")


def test_cerebras_cluster_performance_scale(kg):
    # line 143: up to 256 exaflops from clusters of up to 2,048 systems
    rows = kg.rows("SELECT ?c ?of WHERE { fig:cerebras-cs-3-cluster-performance ck:scaleCount ?c ; ck:scaleCountOf ?of }")
    assert rows == [{"c": 2048, "of": expand("ck:PerSystem")}]


def test_groq_peak_is_int8(kg):
    # line 153: peak "for 8-bit integer operations"
    assert _objects(kg, "fig:groq-lpu-int8-peak", "ck:precision") == {expand("fmt:int8")}
    assert [r["o"] for r in kg.rows("SELECT ?o WHERE { fig:groq-lpu-int8-peak ck:metric ?o }")] == ["peak"]


def test_mythic_nano_processor_is_32_bit_risc_v(kg):
    # line 163: a 32-bit RISC-V nano-processor in every AMP tile
    comp = "comp:mythic-m2000-risc-v-nano-processor"
    assert kg.ask(f"ASK {{ {comp} a ck:ChipComponent ; ck:componentOf chip:mythic-m2000 ; ck:architecture arch:risc-v }}")
    assert [r["w"] for r in kg.rows(f"SELECT ?w WHERE {{ {comp} ck:bitWidth ?w }}")] == [32]


def test_mythic_power_typical_is_commented(kg):
    # line 165: about 4 W, typical
    rows = kg.rows("SELECT ?c WHERE { fig:mythic-m2000-power rdfs:comment ?c }")
    assert any("typical" in r["c"].lower() for r in rows)


# --- memory --------------------------------------------------------------------

# chip, spec, technology (None: not stated), onChip (required by the shapes; off-chip DRAM/HBM and the
# CS-3 system memory are False, SRAM True), capacity figure (None: no size),
# value, unit, statedUnit, normalized, capacity qualifier, scope
MEMORY = [
    ("chip:sambanova-sn40l", "fig:sambanova-sn40l-hbm3", "mem:hbm3", False, "fig:sambanova-sn40l-hbm3-capacity", 64, "unit:GigaBYTE", "GB", 6.4e10, None, "ck:PerChip"),  # line 131
    ("chip:sambanova-sn40l", "fig:sambanova-sn40l-ddr5", "mem:ddr5", False, "fig:sambanova-sn40l-ddr5-capacity", 1.5, "unit:TeraBYTE", "TB", 1.5e12, None, "ck:PerChip"),  # line 131
    ("chip:sambanova-sn40l", "fig:sambanova-sn40l-sram", "mem:sram", True, None, None, None, None, None, None, "ck:PerChip"),  # line 131 on-chip SRAM, no size
    ("chip:cerebras-cs-3", "fig:cerebras-cs-3-system-memory", None, False, "fig:cerebras-cs-3-system-memory-capacity", 1200, "unit:TeraBYTE", "TB", 1.2e15, "ck:UpperBound", "ck:PerSystem"),  # line 141
    ("chip:groq-lpu", "fig:groq-lpu-sram", "mem:sram", True, "fig:groq-lpu-sram-capacity", 128, "unit:MegaBYTE", "MB", 1.28e8, None, "ck:PerChip"),  # line 153
    ("chip:mythic-m2000", "fig:mythic-m2000-tile-sram", "mem:sram", True, None, None, None, None, None, None, "ck:PerTile"),  # line 163
    ("chip:mythic-m2000", "fig:mythic-m2000-flash", "mem:flash", True, None, None, None, None, None, None, "ck:PerTile"),  # line 163
    ("chip:d-matrix-corsair-c8", "fig:d-matrix-corsair-c8-lpddr5", "mem:lpddr5", False, "fig:d-matrix-corsair-c8-lpddr5-capacity", 256, "unit:GigaBYTE", "GB", 2.56e11, None, "ck:PerChip"),  # line 173
    ("chip:d-matrix-corsair-c8", "fig:d-matrix-corsair-c8-sram", "mem:sram", True, "fig:d-matrix-corsair-c8-sram-capacity", 2, "unit:GigaBYTE", "GB", 2e9, None, "ck:PerChip"),  # line 173
    ("chip:tenstorrent-grayskull-e75", "fig:tenstorrent-grayskull-tensix-sram", "mem:sram", True, "fig:tenstorrent-grayskull-tensix-sram-capacity", 1.5, "unit:MegaBYTE", "MB", 1.5e6, "ck:UpperBound", "ck:PerCore"),  # line 181
    ("chip:tenstorrent-grayskull-e150", "fig:tenstorrent-grayskull-tensix-sram", "mem:sram", True, "fig:tenstorrent-grayskull-tensix-sram-capacity", 1.5, "unit:MegaBYTE", "MB", 1.5e6, "ck:UpperBound", "ck:PerCore"),  # line 181
    ("chip:tenstorrent-grayskull-e75", "fig:tenstorrent-grayskull-lpddr4", "mem:lpddr4", False, "fig:tenstorrent-grayskull-lpddr4-capacity", 8, "unit:GigaBYTE", "GB", 8e9, None, "ck:PerChip"),  # line 183
    ("chip:tenstorrent-grayskull-e150", "fig:tenstorrent-grayskull-lpddr4", "mem:lpddr4", False, "fig:tenstorrent-grayskull-lpddr4-capacity", 8, "unit:GigaBYTE", "GB", 8e9, None, "ck:PerChip"),  # line 183
]


@pytest.mark.parametrize(
    "chip,spec,tech,on_chip,cap,value,unit,stated,normalized,qualifier,scope",
    MEMORY,
    ids=[f"{m[0]}|{m[1]}" for m in MEMORY],
)
def test_memory(kg, chip, spec, tech, on_chip, cap, value, unit, stated, normalized, qualifier, scope):
    assert kg.ask(f"ASK {{ {chip} ck:memory {spec} . {spec} a ck:MemorySpec ; ck:section ?s }}")
    assert _objects(kg, spec, "ck:memoryTechnology") == ({expand(tech)} if tech else set())
    flags = [r["o"] for r in kg.rows(f"SELECT ?o WHERE {{ {spec} ck:onChip ?o }}")]
    assert flags == ([on_chip] if on_chip is not None else [])
    assert _objects(kg, spec, "ck:scope") == {expand(scope)}
    caps = _objects(kg, spec, "ck:capacity")
    if cap is None:
        assert caps == set()
        return
    assert caps == {expand(cap)}
    assert kg.ask(f"ASK {{ {cap} a ck:DataSize }}")
    row = _figure(kg, cap)
    assert row["v"] == pytest.approx(value)
    assert row["u"] == expand(unit)
    assert row["su"] == stated
    assert row["n"] == pytest.approx(normalized)
    assert _objects(kg, cap, "ck:qualifier") == ({expand(qualifier)} if qualifier else set())


def test_sn40l_has_three_memory_specs(kg):
    # line 131: three tiers (HBM3, DDR5, on-chip SRAM)
    assert len(_objects(kg, "chip:sambanova-sn40l", "ck:memory")) == 3


# --- interconnects --------------------------------------------------------------

INTERCONNECTS = [
    ("chip:groq-lpu", "fig:groq-lpu-proprietary-interconnect", "ic:groq-proprietary", "ck:ChipToChip"),  # line 157
    ("chip:mythic-m2000", "fig:mythic-m2000-noc", "ic:network-on-chip", "ck:OnChip"),  # line 163
    ("chip:mythic-m2000", "fig:mythic-m2000-pcie", "ic:pcie-2-0", "ck:ChipToHost"),  # line 165
    ("chip:tenstorrent-grayskull-e75", "fig:tenstorrent-grayskull-pcie", "ic:pcie-4-0", "ck:ChipToHost"),  # line 183
    ("chip:tenstorrent-grayskull-e150", "fig:tenstorrent-grayskull-pcie", "ic:pcie-4-0", "ck:ChipToHost"),  # line 183
]


@pytest.mark.parametrize("chip,use,tech,purpose", INTERCONNECTS)
def test_interconnect(kg, chip, use, tech, purpose):
    assert kg.ask(
        f"ASK {{ {chip} ck:interconnect {use} . {use} a ck:InterconnectUse ; "
        f"ck:interconnectTechnology {tech} ; ck:purpose {purpose} ; ck:section ?s }}"
    )


# --- formats, workloads, architectures ---------------------------------------------


def test_groq_formats(kg):
    # line 153: INT8, FP16, BFLOAT16
    assert _objects(kg, "chip:groq-lpu", "ck:supportsFormat") == {expand(f) for f in ("fmt:int8", "fmt:fp16", "fmt:bf16")}


WORKLOADS = [
    ("chip:sambanova-sn40l", {"wl:training", "wl:inference", "wl:llm", "wl:speech-recognition", "wl:generative-ai"}),  # line 133
    ("chip:cerebras-cs-3", {"wl:training", "wl:inference"}),  # line 143
    ("chip:groq-lpu", {"wl:inference", "wl:data-center"}),  # lines 151, 157
    ("chip:mythic-m2000", {"wl:edge"}),  # line 167
    ("chip:d-matrix-corsair-c8", {"wl:inference", "wl:transformer-models"}),  # line 173
    ("chip:tenstorrent-grayskull-e75", {"wl:inference", "wl:edge", "wl:data-center", "wl:transformer-models"}),  # lines 179, 185
    ("chip:tenstorrent-grayskull-e150", {"wl:inference", "wl:edge", "wl:data-center", "wl:transformer-models"}),  # lines 179, 185
]


@pytest.mark.parametrize("chip,workloads", WORKLOADS, ids=[w[0] for w in WORKLOADS])
def test_workloads(kg, chip, workloads):
    assert _objects(kg, chip, "ck:workload") == {expand(w) for w in workloads}


ARCHITECTURES = [
    ("chip:cerebras-cs-3", "arch:wafer-scale-engine"),  # line 139
    ("chip:mythic-m2000", "arch:analog-matrix-processor"),  # line 163
    ("chip:d-matrix-corsair-c8", "arch:dimc"),  # line 173
    ("chip:tenstorrent-grayskull-e75", "arch:tensix"),  # line 179
    ("chip:tenstorrent-grayskull-e75", "arch:risc-v"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "arch:tensix"),  # line 179
    ("chip:tenstorrent-grayskull-e150", "arch:risc-v"),  # line 179
]


@pytest.mark.parametrize("chip,arch", ARCHITECTURES)
def test_architecture(kg, chip, arch):
    assert kg.ask(f"ASK {{ {chip} ck:architecture {arch} . {arch} a ck:Architecture ; rdfs:label ?l }}")


# --- comparisons -----------------------------------------------------------------

# comparison, subject, baseline chip or description, aspect, value, statedUnit, qualifier
COMPARISONS = [
    ("fig:mythic-m2000-vs-digital-cost", "chip:mythic-m2000", "comparable digital architectures", "ck:CostEfficiency", 10, "times", "ck:UpperBound"),  # line 167
    ("fig:d-matrix-corsair-c8-vs-h100-genai", "chip:d-matrix-corsair-c8", "chip:nvidia-h100", "ck:GenAIPerformance", 9, "times", None),  # line 173 nine times
]


@pytest.mark.parametrize("cmp,subject,baseline,aspect,value,stated,qualifier", COMPARISONS, ids=[c[0] for c in COMPARISONS])
def test_comparison(kg, cmp, subject, baseline, aspect, value, stated, qualifier):
    assert kg.ask(f"ASK {{ {cmp} a ck:Comparison ; ck:subject {subject} ; ck:aspect {aspect} }}")
    if baseline.startswith("chip:"):
        assert _objects(kg, cmp, "ck:baseline") == {expand(baseline)}
    else:
        assert kg.ask(f'ASK {{ {cmp} ck:baselineDescription "{baseline}" }}')
        assert _objects(kg, cmp, "ck:baseline") == set()
    row = _figure(kg, cmp)
    assert row["v"] == pytest.approx(value)
    assert row["u"] == expand("ck:TIMES")
    assert row["su"] == stated
    assert row["n"] == pytest.approx(float(value))
    assert _objects(kg, cmp, "ck:qualifier") == ({expand(qualifier)} if qualifier else set())


# --- notes ---------------------------------------------------------------------

NOTES = [
    ("note:cerebras-cs-3-cluster-exaflops-mismatch", "fig:cerebras-cs-3-cluster-performance", "ck:Inconsistency"),  # lines 141, 143
    ("note:mythic-m2000-no-external-memory", "chip:mythic-m2000", "ck:Inconsistency"),  # lines 163, 165
    ("note:d-matrix-dimc-computer", "arch:dimc", "ck:Slip"),  # line 173
    ("note:d-matrix-chipset-for-chiplet", "chip:d-matrix-corsair-c8", "ck:Slip"),  # line 173
    ("note:tenstorrent-grayskull-no-process-node", "chip:tenstorrent-grayskull-e75", "ck:Hedge"),  # lines 177-187
    ("note:tenstorrent-grayskull-no-process-node", "chip:tenstorrent-grayskull-e150", "ck:Hedge"),  # lines 177-187
]


@pytest.mark.parametrize("note,about,kind", NOTES)
def test_note(kg, note, about, kind):
    assert kg.ask(f"ASK {{ {note} a ck:Note ; ck:about {about} ; ck:noteKind {kind} ; rdfs:comment ?c ; ck:section ?s }}")


def test_cerebras_note_gives_the_arithmetic(kg):
    # 2.6 PFLOPS x 2,048 = 5,324.8 PFLOPS ~ 5.3 EFLOPS, not 256 EFLOPS
    [row] = kg.rows("SELECT ?c WHERE { note:cerebras-cs-3-cluster-exaflops-mismatch rdfs:comment ?c }")
    for piece in ("2,048", "2.6", "5.3", "256"):
        assert piece in row["c"]
