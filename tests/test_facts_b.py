"""Facts about the hyperscaler and big-vendor chips of article lines 73-125 (AWS, Microsoft, Meta,
Qualcomm, IBM, Apple), checked through SPARQL.

Every expected value is typed by hand from the article; the comment on each case gives its line.
"""

from __future__ import annotations

import pytest

from chipkg.namespaces import PREFIXES


def expand(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


def objects(kg, subject: str, path: str) -> set:
    return {r["o"] for r in kg.rows(f"SELECT ?o WHERE {{ {subject} {path} ?o }}")}


def expand_all(curies) -> set[str]:
    return {expand(c) for c in curies}


# --- chips: label, kind, vendor, node, foundry ------------------------------------

CHIPS = [
    # chip, label, kinds, designer, process node (None: not stated), foundry (None: not stated), profiled, section
    ("chip:aws-trainium2", "AWS Trainium2", ["ck:ASIC", "ck:AIAccelerator"], "org:aws", "node:7nm", None, True, "sec:aws"),  # line 75
    ("chip:aws-trainium", "AWS Trainium", ["ck:ASIC", "ck:AIAccelerator"], "org:aws", None, None, False, "sec:aws"),  # line 75 predecessor
    ("chip:microsoft-maia-100", "Microsoft Maia 100", ["ck:ASIC", "ck:AIAccelerator"], "org:microsoft", "node:5nm", None, True, "sec:microsoft"),  # line 81
    ("chip:meta-mtia-v2", "Meta MTIA v2", ["ck:ASIC", "ck:AIAccelerator"], "org:meta", "node:7nm", None, True, "sec:meta"),  # line 87
    ("chip:meta-mtia-v1", "Meta MTIA v1", ["ck:ASIC", "ck:AIAccelerator"], "org:meta", None, None, False, "sec:meta"),  # line 87 first generation
    ("chip:qualcomm-adreno-750", "Qualcomm Adreno 750", ["ck:GPU"], "org:qualcomm", "node:4nm", "org:tsmc", True, "sec:qualcomm-adreno"),  # line 97
    ("chip:qualcomm-snapdragon-8-gen-3", "Qualcomm Snapdragon 8 Gen 3", ["ck:SoC"], "org:qualcomm", None, None, False, "sec:qualcomm-adreno"),  # line 97
    ("chip:qualcomm-cloud-ai-100-ultra", "Qualcomm Cloud AI 100 Ultra", ["ck:ASIC", "ck:AIAccelerator"], "org:qualcomm", "node:7nm", "org:tsmc", True, "sec:qualcomm-cloud-ai"),  # line 101
    ("chip:ibm-northpole", "IBM NorthPole", ["ck:ASIC", "ck:AIAccelerator"], "org:ibm", "node:12nm", None, True, "sec:ibm"),  # line 113
    ("chip:apple-m4", "Apple M4", ["ck:SoC", "ck:AIAccelerator"], "org:apple", "node:3nm", "org:tsmc", True, "sec:apple"),  # line 119
]


@pytest.mark.parametrize("chip,label,kinds,designer,node,foundry,profiled,section", CHIPS, ids=[c[0] for c in CHIPS])
def test_chip_identity(kg, chip, label, kinds, designer, node, foundry, profiled, section):
    rows = kg.rows(f"SELECT ?l WHERE {{ {chip} rdfs:label ?l }}")
    assert [r["l"] for r in rows] == [label]
    for kind in ["ck:Chip", *kinds]:
        assert kg.ask(f"ASK {{ {chip} a {kind} }}"), kind
    assert objects(kg, chip, "ck:designedBy") == {expand(designer)}
    assert objects(kg, chip, "ck:profiled") == {profiled}
    assert expand(section) in objects(kg, chip, "ck:section")
    assert objects(kg, chip, "ck:processNode") == ({expand(node)} if node else set())
    assert objects(kg, chip, "ck:manufacturedBy") == ({expand(foundry)} if foundry else set())


ALT_LABELS = [
    ("chip:aws-trainium2", "Trainium2"),  # line 75
    ("chip:aws-trainium2", "Trainium 2"),  # line 75
    ("chip:microsoft-maia-100", "Maia 100"),  # line 81
    ("chip:meta-mtia-v2", "MTIA v2"),  # line 87
    ("chip:meta-mtia-v2", "Meta Training and Inference Accelerator (MTIA) v2"),  # line 87
    ("chip:qualcomm-adreno-750", "Adreno 750"),  # line 97
    ("chip:qualcomm-snapdragon-8-gen-3", "Snapdragon 8 Gen 3"),  # line 97
    ("chip:qualcomm-cloud-ai-100-ultra", "AI 100 Ultra"),  # line 103
    ("chip:qualcomm-cloud-ai-100-ultra", "Cloud AI 100 Ultra"),  # line 101
    ("chip:ibm-northpole", "NorthPole"),  # line 113
    ("chip:apple-m4", "M4"),  # line 121
]


@pytest.mark.parametrize("chip,alt", ALT_LABELS)
def test_alt_labels(kg, chip, alt):
    assert kg.ask(f'ASK {{ {chip} skos:altLabel "{alt}" }}')


GENERATIONS = [
    ("chip:aws-trainium2", 2, "chip:aws-trainium"),  # line 75 Trainium2 over its predecessor
    ("chip:aws-trainium", 1, None),  # line 75
    ("chip:meta-mtia-v2", 2, "chip:meta-mtia-v1"),  # line 87 v2 vs first generation
    ("chip:meta-mtia-v1", 1, None),  # line 87
]


@pytest.mark.parametrize("chip,generation,predecessor", GENERATIONS)
def test_generations(kg, chip, generation, predecessor):
    assert objects(kg, chip, "ck:generation") == {generation}
    assert objects(kg, chip, "ck:successorOf") == ({expand(predecessor)} if predecessor else set())


# --- figures ----------------------------------------------------------------------

# chip, path from chip, figure, class, value, unit, statedUnit, normalized, qualifier, scope, section
FIGURES = [
    # AWS Trainium2
    ("chip:aws-trainium2", "ck:memory/ck:capacity", "fig:aws-trainium2-hbm-capacity", "ck:DataSize", 96, "unit:GigaBYTE", "GB", 9.6e10, None, "ck:PerChip", "sec:aws"),  # line 75
    ("chip:aws-trainium2", "ck:performance", "fig:aws-trainium2-fp16-performance", "ck:PerformanceFigure", 650, "unit:TeraFLOPS", "teraFLOPS", 6.5e14, None, "ck:PerChip", "sec:aws"),  # line 75 per accelerator
    ("chip:aws-trainium2", "ck:scaleOut", "fig:aws-trainium2-ultracluster-scale-out", "ck:ScaleOutLimit", 100000, "unit:NUM", "chips", 1e5, "ck:UpperBound", "ck:PerCluster", "sec:aws"),  # line 75 up to 100,000
    ("chip:aws-trainium2", "ck:maxModelSize", "fig:aws-trainium2-max-model-size", "ck:ParameterCount", 300, "ck:BILLION", "billion", 3e11, "ck:UpperBound", "ck:PerCluster", "sec:aws"),  # line 75 up to 300 billion
    # Microsoft Maia 100
    ("chip:microsoft-maia-100", "ck:transistorCount", "fig:microsoft-maia-100-transistors", "ck:Count", 120, "ck:BILLION", "billion", 1.2e11, None, "ck:PerChip", "sec:microsoft"),  # line 81
    ("chip:microsoft-maia-100", "ck:performance", "fig:microsoft-maia-100-peak-performance", "ck:PerformanceFigure", 800, "unit:TeraFLOPS", "TFLOPS", 8e14, None, "ck:PerChip", "sec:microsoft"),  # line 81 peak
    # Meta MTIA v2
    ("chip:meta-mtia-v2", "ck:computeUnits", "fig:meta-mtia-v2-pe-grid", "ck:Count", 64, "unit:NUM", "processing elements", 64.0, None, "ck:PerChip", "sec:meta"),  # line 87 8x8 grid
    ("chip:meta-mtia-v2", "ck:clockSpeed", "fig:meta-mtia-v2-clock", "ck:Frequency", 1.35, "unit:GigaHZ", "GHz", 1.35e9, None, "ck:PerChip", "sec:meta"),  # line 89
    ("chip:meta-mtia-v2", "ck:power", "fig:meta-mtia-v2-power", "ck:Power", 90, "unit:W", "watts", 90.0, None, "ck:PerChip", "sec:meta"),  # line 89
    ("chip:meta-mtia-v2", "ck:memory/ck:capacity", "fig:meta-mtia-v2-sram-capacity", "ck:DataSize", 256, "unit:MegaBYTE", "MB", 2.56e8, None, "ck:PerChip", "sec:meta"),  # line 89
    # Qualcomm Adreno 750
    ("chip:qualcomm-adreno-750", "ck:transistorCount", "fig:qualcomm-adreno-750-transistors", "ck:Count", 10, "ck:BILLION", "billion", 1e10, "ck:LowerBound", "ck:PerChip", "sec:qualcomm-adreno"),  # line 97 over 10 billion
    # Qualcomm Cloud AI 100 Ultra
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:transistorCount", "fig:qualcomm-cloud-ai-100-ultra-transistors", "ck:Count", 10, "ck:BILLION", "billion", 1e10, "ck:LowerBound", "ck:PerChip", "sec:qualcomm-cloud-ai"),  # line 103 over 10 billion
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:performance", "fig:qualcomm-cloud-ai-100-ultra-int8-performance", "ck:PerformanceFigure", 400, "ck:TeraOPS", "TOPS", 4e14, None, "ck:PerChip", "sec:qualcomm-cloud-ai"),  # line 103
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:memory/ck:capacity", "fig:qualcomm-cloud-ai-100-ultra-sram-capacity", "ck:DataSize", 144, "unit:MegaBYTE", "MB", 1.44e8, None, "ck:PerChip", "sec:qualcomm-cloud-ai"),  # line 103
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:memory/ck:bandwidth", "fig:qualcomm-cloud-ai-100-ultra-lpddr4x-bandwidth", "ck:DataRate", 134, "ck:GigaBYTE-PER-SEC", "GB/s", 1.34e11, None, "ck:PerChip", "sec:qualcomm-cloud-ai"),  # line 103
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:memory/ck:controllerCount", "fig:qualcomm-cloud-ai-100-ultra-lpddr4x-controllers", "ck:Count", 4, "unit:NUM", "memory controllers", 4.0, None, "ck:PerChip", "sec:qualcomm-cloud-ai"),  # line 103 four
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:power", "fig:qualcomm-cloud-ai-100-ultra-power", "ck:Power", 150, "unit:W", "W", 150.0, None, "ck:PerCard", "sec:qualcomm-cloud-ai"),  # line 105 single card
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:maxModelSize", "fig:qualcomm-cloud-ai-100-ultra-max-model-size-one-card", "ck:ParameterCount", 100, "ck:BILLION", "billion", 1e11, "ck:UpperBound", "ck:PerCard", "sec:qualcomm-cloud-ai"),  # line 105 up to 100 billion
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:maxModelSize", "fig:qualcomm-cloud-ai-100-ultra-max-model-size-two-cards", "ck:ParameterCount", 175, "ck:BILLION", "billion", 1.75e11, None, "ck:PerSystem", "sec:qualcomm-cloud-ai"),  # line 105 dual-card
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:interconnect/ck:laneCount", "fig:qualcomm-cloud-ai-100-ultra-pcie-lanes", "ck:Count", 8, "unit:NUM", "x", 8.0, None, "ck:PerChip", "sec:qualcomm-cloud-ai"),  # line 107 x8
    # IBM NorthPole
    ("chip:ibm-northpole", "ck:transistorCount", "fig:ibm-northpole-transistors", "ck:Count", 22, "ck:BILLION", "billion", 2.2e10, None, "ck:PerChip", "sec:ibm"),  # line 113
    ("chip:ibm-northpole", "ck:dieArea", "fig:ibm-northpole-die-area", "ck:Area", 800, "unit:MilliM2", "mm²", 8e-4, None, "ck:PerDie", "sec:ibm"),  # line 113
    ("chip:ibm-northpole", "ck:computeUnits", "fig:ibm-northpole-cores", "ck:Count", 256, "unit:NUM", "cores", 256.0, None, "ck:PerChip", "sec:ibm"),  # line 113
    ("chip:ibm-northpole", "ck:memory/ck:capacity", "fig:ibm-northpole-sram-capacity", "ck:DataSize", 192, "unit:MegaBYTE", "MB", 1.92e8, None, "ck:PerChip", "sec:ibm"),  # line 113
    ("chip:ibm-northpole", "ck:performance", "fig:ibm-northpole-int8-performance", "ck:PerformanceFigure", 200, "ck:TeraOPS", "TOPS", 2e14, "ck:LowerBound", "ck:PerChip", "sec:ibm"),  # line 113 over 200
    ("chip:ibm-northpole", "ck:performance", "fig:ibm-northpole-int4-performance", "ck:PerformanceFigure", 400, "ck:TeraOPS", "TOPS", 4e14, None, "ck:PerChip", "sec:ibm"),  # line 113
    ("chip:ibm-northpole", "ck:performance", "fig:ibm-northpole-int2-performance", "ck:PerformanceFigure", 800, "ck:TeraOPS", "TOPS", 8e14, None, "ck:PerChip", "sec:ibm"),  # line 113
    ("chip:ibm-northpole", "ck:clockSpeed", "fig:ibm-northpole-clock", "ck:Frequency", 400, "unit:MegaHZ", "MHz", 4e8, "ck:Nominal", "ck:PerChip", "sec:ibm"),  # line 113 nominal
    # Apple M4
    ("chip:apple-m4", "ck:transistorCount", "fig:apple-m4-transistors", "ck:Count", 40, "ck:BILLION", "billion", 4e10, "ck:Approximate", "ck:PerChip", "sec:apple"),  # line 119 around
    ("chip:apple-m4", "ck:computeUnits", "fig:apple-m4-cpu-cores", "ck:Count", 10, "unit:NUM", "CPU cores", 10.0, None, "ck:PerChip", "sec:apple"),  # line 119
    ("chip:apple-m4", "ck:computeUnits", "fig:apple-m4-performance-cores", "ck:Count", 4, "unit:NUM", "high-performance cores", 4.0, None, "ck:PerChip", "sec:apple"),  # line 119
    ("chip:apple-m4", "ck:computeUnits", "fig:apple-m4-efficiency-cores", "ck:Count", 6, "unit:NUM", "efficiency cores", 6.0, None, "ck:PerChip", "sec:apple"),  # line 119
    ("chip:apple-m4", "ck:clockSpeed", "fig:apple-m4-cpu-clock", "ck:Frequency", 3.5, "unit:GigaHZ", "GHz", 3.5e9, "ck:UpperBound", "ck:PerChip", "sec:apple"),  # line 119 up to
    ("chip:apple-m4", "ck:computeUnits", "fig:apple-m4-gpu-cores", "ck:Count", 12, "unit:NUM", "cores", 12.0, None, "ck:PerChip", "sec:apple"),  # line 119
    ("chip:apple-m4", "ck:performance", "fig:apple-m4-gpu-peak-performance", "ck:PerformanceFigure", 7.5, "unit:TeraFLOPS", "TFLOPS", 7.5e12, None, "ck:PerChip", "sec:apple"),  # line 119
    ("chip:apple-m4", "ck:computeUnits", "fig:apple-m4-neural-engine-cores", "ck:Count", 16, "unit:NUM", "cores", 16.0, None, "ck:PerChip", "sec:apple"),  # line 121
    ("chip:apple-m4", "ck:performance", "fig:apple-m4-neural-engine-performance", "ck:PerformanceFigure", 38, "ck:TeraOPS", "TOPS", 3.8e13, None, "ck:PerChip", "sec:apple"),  # line 121
    ("chip:apple-m4", "ck:memory/ck:bandwidth", "fig:apple-m4-lpddr5x-bandwidth", "ck:DataRate", 100, "ck:GigaBYTE-PER-SEC", "GB/s", 1e11, "ck:UpperBound", "ck:PerChip", "sec:apple"),  # line 121 up to
]


@pytest.mark.parametrize(
    "chip,path,fig,cls,value,unit,stated,normalized,qualifier,scope,section", FIGURES, ids=[f[2] for f in FIGURES]
)
def test_figure(kg, chip, path, fig, cls, value, unit, stated, normalized, qualifier, scope, section):
    assert kg.ask(f"ASK {{ {chip} {path} {fig} . {fig} a {cls} }}")
    rows = kg.rows(
        f"SELECT ?v ?u ?s ?n WHERE {{ {fig} qudt:numericValue ?v ; qudt:unit ?u ; ck:statedUnit ?s ; ck:normalizedValue ?n }}"
    )
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["v"] == pytest.approx(value)
    assert row["u"] == expand(unit)
    assert row["s"] == stated
    assert row["n"] == pytest.approx(normalized)
    assert objects(kg, fig, "ck:qualifier") == ({expand(qualifier)} if qualifier else set())
    assert objects(kg, fig, "ck:scope") == {expand(scope)}
    assert objects(kg, fig, "ck:section") == {expand(section)}


HEDGED = [f for f in FIGURES if f[8] is not None]


@pytest.mark.parametrize("fig,qualifier", [(f[2], f[8]) for f in HEDGED])
def test_hedged_figure_qualifier(kg, fig, qualifier):
    # over -> LowerBound, up to -> UpperBound, around -> Approximate, nominal -> Nominal
    assert kg.ask(f"ASK {{ {fig} ck:qualifier {qualifier} }}")


COUNT_OF = [
    ("fig:aws-trainium2-ultracluster-scale-out", "ck:Accelerator"),  # line 75 chips
    ("fig:aws-trainium2-max-model-size", "ck:Parameter"),  # line 75
    ("fig:microsoft-maia-100-transistors", "ck:Transistor"),  # line 81
    ("fig:meta-mtia-v2-pe-grid", "ck:ProcessingElement"),  # line 87
    ("fig:qualcomm-adreno-750-transistors", "ck:Transistor"),  # line 97
    ("fig:qualcomm-cloud-ai-100-ultra-transistors", "ck:Transistor"),  # line 103
    ("fig:qualcomm-cloud-ai-100-ultra-lpddr4x-controllers", "ck:MemoryController"),  # line 103
    ("fig:qualcomm-cloud-ai-100-ultra-max-model-size-one-card", "ck:Parameter"),  # line 105
    ("fig:qualcomm-cloud-ai-100-ultra-max-model-size-two-cards", "ck:Parameter"),  # line 105
    ("fig:qualcomm-cloud-ai-100-ultra-pcie-lanes", "ck:Lane"),  # line 107
    ("fig:ibm-northpole-transistors", "ck:Transistor"),  # line 113
    ("fig:ibm-northpole-cores", "ck:ComputeCore"),  # line 113
    ("fig:apple-m4-transistors", "ck:Transistor"),  # line 119
    ("fig:apple-m4-cpu-cores", "ck:CPUCore"),  # line 119
    ("fig:apple-m4-performance-cores", "ck:PerformanceCore"),  # line 119
    ("fig:apple-m4-efficiency-cores", "ck:EfficiencyCore"),  # line 119
    ("fig:apple-m4-gpu-cores", "ck:GPUCore"),  # line 119
    ("fig:apple-m4-neural-engine-cores", "ck:NeuralEngineCore"),  # line 121
]


@pytest.mark.parametrize("fig,unit_kind", COUNT_OF)
def test_count_of(kg, fig, unit_kind):
    assert objects(kg, fig, "ck:countOf") == {expand(unit_kind)}


# figure, precision (None: not stated), metric (None: not stated), measuredOn (None: whole chip)
PERFORMANCE_DETAILS = [
    ("fig:aws-trainium2-fp16-performance", "fmt:fp16", None, None),  # line 75
    ("fig:microsoft-maia-100-peak-performance", None, "peak", None),  # line 81: precision not stated
    ("fig:qualcomm-cloud-ai-100-ultra-int8-performance", "fmt:int8", None, None),  # line 103
    ("fig:ibm-northpole-int8-performance", "fmt:int8", None, None),  # line 113 "8-bit precision"
    ("fig:ibm-northpole-int4-performance", "fmt:int4", None, None),  # line 113 "4-bit"
    ("fig:ibm-northpole-int2-performance", "fmt:int2", None, None),  # line 113 "2-bit precision"
    ("fig:apple-m4-gpu-peak-performance", None, "peak", "comp:apple-m4-gpu"),  # line 119
    ("fig:apple-m4-neural-engine-performance", None, None, "comp:apple-m4-neural-engine"),  # line 121
]


@pytest.mark.parametrize("fig,precision,metric,measured_on", PERFORMANCE_DETAILS)
def test_performance_details(kg, fig, precision, metric, measured_on):
    assert objects(kg, fig, "ck:precision") == ({expand(precision)} if precision else set())
    assert objects(kg, fig, "ck:metric") == ({metric} if metric else set())
    assert objects(kg, fig, "ck:measuredOn") == ({expand(measured_on)} if measured_on else set())


# --- memory specs ---------------------------------------------------------------------

# chip, memory spec, technology, on chip
MEMORY = [
    ("chip:aws-trainium2", "fig:aws-trainium2-hbm", "mem:hbm", False),  # line 75 high-bandwidth memory
    ("chip:meta-mtia-v2", "fig:meta-mtia-v2-sram", "mem:sram", True),  # line 89 on-chip SRAM
    ("chip:qualcomm-cloud-ai-100-ultra", "fig:qualcomm-cloud-ai-100-ultra-sram", "mem:sram", True),  # line 103 on-chip
    ("chip:qualcomm-cloud-ai-100-ultra", "fig:qualcomm-cloud-ai-100-ultra-lpddr4x", "mem:lpddr4x", False),  # line 103
    ("chip:ibm-northpole", "fig:ibm-northpole-sram", "mem:sram", True),  # line 113 distributed SRAM
    ("chip:apple-m4", "fig:apple-m4-lpddr5x", "mem:lpddr5x", False),  # line 121
]


@pytest.mark.parametrize("chip,spec,tech,on_chip", MEMORY, ids=[m[1] for m in MEMORY])
def test_memory_spec(kg, chip, spec, tech, on_chip):
    assert kg.ask(f"ASK {{ {chip} ck:memory {spec} . {spec} a ck:MemorySpec ; ck:memoryTechnology {tech} }}")
    assert objects(kg, spec, "ck:onChip") == {on_chip}


MEMORY_COUNTS = [
    ("chip:aws-trainium2", 1),  # line 75
    ("chip:microsoft-maia-100", 0),  # line 81: no memory figures
    ("chip:meta-mtia-v2", 1),  # line 89
    ("chip:qualcomm-cloud-ai-100-ultra", 2),  # line 103
    ("chip:ibm-northpole", 1),  # line 113
    ("chip:apple-m4", 1),  # line 121
]


@pytest.mark.parametrize("chip,count", MEMORY_COUNTS)
def test_memory_spec_count(kg, chip, count):
    assert len(objects(kg, chip, "ck:memory")) == count


def test_lpddr4x_controllers_are_64_bit(kg):
    # line 103: four 64-bit LPDDR4X memory controllers
    fig = "fig:qualcomm-cloud-ai-100-ultra-lpddr4x-controllers"
    assert objects(kg, fig, "ck:bitWidth") == {64}


def test_mtia_v2_pe_grid_is_8_by_8(kg):
    # line 87: 8x8 grid of processing elements
    assert objects(kg, "fig:meta-mtia-v2-pe-grid", "ck:gridRows") == {8}
    assert objects(kg, "fig:meta-mtia-v2-pe-grid", "ck:gridColumns") == {8}


def test_cloud_ai_dual_card_scale(kg):
    # line 105: 175 billion parameters with dual-card setups
    fig = "fig:qualcomm-cloud-ai-100-ultra-max-model-size-two-cards"
    assert objects(kg, fig, "ck:scaleCount") == {2}
    assert objects(kg, fig, "ck:scaleCountOf") == {expand("ck:PerCard")}


def test_trainium2_scale_out_via_ultraclusters(kg):
    # line 75: up to 100,000 chips in EC2 UltraClusters
    assert objects(kg, "fig:aws-trainium2-ultracluster-scale-out", "ck:via") == {expand("sys:ec2-ultraclusters")}


# --- interconnects ------------------------------------------------------------------

# chip, interconnect use, technology, purpose
INTERCONNECTS = [
    ("chip:qualcomm-cloud-ai-100-ultra", "fig:qualcomm-cloud-ai-100-ultra-pcie", "ic:pcie-4-0", "ck:ChipToHost"),  # line 107
    ("chip:ibm-northpole", "fig:ibm-northpole-noc", "ic:network-on-chip", "ck:OnChip"),  # line 113
]


@pytest.mark.parametrize("chip,use,tech,purpose", INTERCONNECTS)
def test_interconnect(kg, chip, use, tech, purpose):
    assert kg.ask(
        f"ASK {{ {chip} ck:interconnect {use} . {use} a ck:InterconnectUse ; "
        f"ck:interconnectTechnology {tech} ; ck:purpose {purpose} }}"
    )


# --- comparisons ----------------------------------------------------------------------

# figure, subject, baseline chip (or None), aspect, value, unit, normalized, qualifier, scope (or None)
COMPARISONS = [
    ("fig:aws-trainium2-vs-trainium-training", "chip:aws-trainium2", "chip:aws-trainium", "ck:TrainingPerformance", 4, "ck:TIMES", 4.0, "ck:UpperBound", None),  # line 75 up to 4x
    ("fig:aws-trainium2-vs-trainium-memory-capacity", "chip:aws-trainium2", "chip:aws-trainium", "ck:MemoryCapacity", 3, "ck:TIMES", 3.0, None, None),  # line 75
    ("fig:aws-trainium2-vs-trainium-efficiency", "chip:aws-trainium2", "chip:aws-trainium", "ck:Efficiency", 2, "ck:TIMES", 2.0, None, None),  # line 75
    ("fig:meta-mtia-v2-vs-v1-dense-compute", "chip:meta-mtia-v2", "chip:meta-mtia-v1", "ck:DenseCompute", 3.5, "ck:TIMES", 3.5, None, None),  # line 87
    ("fig:meta-mtia-v2-vs-v1-sparse-compute", "chip:meta-mtia-v2", "chip:meta-mtia-v1", "ck:SparseCompute", 7, "ck:TIMES", 7.0, None, None),  # line 87
    ("fig:meta-mtia-v2-vs-v1-memory-capacity", "chip:meta-mtia-v2", "chip:meta-mtia-v1", "ck:MemoryCapacity", 2, "ck:TIMES", 2.0, None, None),  # line 89 doubling
    ("fig:meta-mtia-v2-vs-v1-key-models", "chip:meta-mtia-v2", "chip:meta-mtia-v1", "ck:ModelPerformance", 3, "ck:TIMES", 3.0, None, None),  # line 91
    ("fig:meta-mtia-v2-vs-v1-serving-throughput", "chip:meta-mtia-v2", "chip:meta-mtia-v1", "ck:ServingThroughput", 6, "ck:TIMES", 6.0, None, "ck:PerSystem"),  # line 91 platform level
    ("fig:qualcomm-adreno-750-vs-predecessors-graphics", "chip:qualcomm-adreno-750", None, "ck:GraphicsRendering", 25, "ck:PERCENT-INCREASE", 1.25, "ck:UpperBound", None),  # line 97 up to 25%
]


@pytest.mark.parametrize(
    "fig,subject,baseline,aspect,value,unit,normalized,qualifier,scope", COMPARISONS, ids=[c[0] for c in COMPARISONS]
)
def test_comparison(kg, fig, subject, baseline, aspect, value, unit, normalized, qualifier, scope):
    assert kg.ask(f"ASK {{ {fig} a ck:Comparison ; ck:subject {subject} ; ck:aspect {aspect} ; ck:section ?s }}")
    rows = kg.rows(f"SELECT ?v ?u ?n WHERE {{ {fig} qudt:numericValue ?v ; qudt:unit ?u ; ck:normalizedValue ?n }}")
    assert len(rows) == 1, rows
    assert rows[0]["v"] == pytest.approx(value)
    assert rows[0]["u"] == expand(unit)
    assert rows[0]["n"] == pytest.approx(normalized)
    if baseline:
        assert objects(kg, fig, "ck:baseline") == {expand(baseline)}
    else:
        assert objects(kg, fig, "ck:baseline") == set()
        assert len(objects(kg, fig, "ck:baselineDescription")) == 1
    assert objects(kg, fig, "ck:qualifier") == ({expand(qualifier)} if qualifier else set())
    assert objects(kg, fig, "ck:scope") == ({expand(scope)} if scope else set())


# --- formats, workloads, software, systems, other links ------------------------------------

FORMATS = [
    ("chip:aws-trainium2", ["fmt:fp32", "fmt:tf32", "fmt:bf16", "fmt:fp16", "fmt:uint8", "fmt:cfp8"]),  # line 75
    ("chip:qualcomm-cloud-ai-100-ultra", ["fmt:int8", "fmt:int16", "fmt:fp16", "fmt:fp32"]),  # line 103
    ("chip:ibm-northpole", ["fmt:int8", "fmt:int4", "fmt:int2"]),  # line 113 8-, 4-, 2-bit
]


@pytest.mark.parametrize("chip,formats", FORMATS)
def test_formats(kg, chip, formats):
    assert objects(kg, chip, "ck:supportsFormat") == expand_all(formats)


# chip, property, expected objects (exact set)
LINKS = [
    ("chip:aws-trainium2", "ck:workload", ["wl:training"]),  # line 75
    ("chip:aws-trainium2", "ck:deployedOn", ["sys:ec2-ultraclusters"]),  # line 75
    ("chip:microsoft-maia-100", "ck:deployedOn", ["sys:azure"]),  # line 81
    ("chip:microsoft-maia-100", "ck:supportsApplication", ["sys:microsoft-copilot", "sys:azure-openai-service"]),  # line 81
    ("chip:microsoft-maia-100", "ck:workload", ["wl:training", "wl:data-center"]),  # line 81
    ("chip:meta-mtia-v2", "ck:workload", ["wl:ranking-recommendation", "wl:inference"]),  # line 87; line 91 model serving (training only in the name)
    ("chip:meta-mtia-v2", "ck:softwareStack", ["sw:pytorch-2-0", "sw:triton-mtia"]),  # line 91
    ("chip:qualcomm-adreno-750", "ck:integratedInto", ["chip:qualcomm-snapdragon-8-gen-3"]),  # line 97
    ("chip:qualcomm-adreno-750", "ck:workload", ["wl:mobile", "wl:gaming", "wl:graphics"]),  # line 97
    ("chip:qualcomm-adreno-750", "ck:notSuitableFor", ["wl:data-center"]),  # line 97
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:workload", ["wl:inference", "wl:generative-ai", "wl:llm", "wl:data-center"]),  # lines 101, 107
    ("chip:qualcomm-cloud-ai-100-ultra", "ck:softwareStack", ["sw:qualcomm-ai-stack", "sw:qualcomm-cloud-ai-sdk"]),  # line 105
    ("chip:ibm-northpole", "ck:workload", ["wl:inference"]),  # line 113
    ("chip:ibm-northpole", "ck:notSuitableFor", ["wl:llm-training"]),  # line 113 not for training LLMs
    ("chip:apple-m4", "ck:workload", ["wl:laptop", "wl:desktop", "wl:inference"]),  # lines 121, 123
    ("chip:apple-m4", "ck:notSuitableFor", ["wl:data-center"]),  # line 123
    ("chip:apple-m4", "ck:hasComponent", ["comp:apple-m4-cpu", "comp:apple-m4-gpu", "comp:apple-m4-neural-engine"]),  # lines 119-121
]


@pytest.mark.parametrize("chip,prop,expected", LINKS, ids=[f"{c}-{p}" for c, p, _ in LINKS])
def test_links(kg, chip, prop, expected):
    assert objects(kg, chip, prop) == expand_all(expected)


LITERALS = [
    ("chip:microsoft-maia-100", "ck:cooling", {"liquid"}),  # line 81
    ("chip:apple-m4", "ck:maxDisplayResolution", {"6K"}),  # line 123
    ("chip:apple-m4", "ck:videoCodec", {"H.265", "AV1"}),  # line 123
]


@pytest.mark.parametrize("chip,prop,expected", LITERALS)
def test_literals(kg, chip, prop, expected):
    assert objects(kg, chip, prop) == expected


COMPONENTS = [
    ("comp:apple-m4-cpu", "ck:CPU", "Apple M4 CPU"),  # line 119
    ("comp:apple-m4-gpu", "ck:GPU", "Apple M4 GPU"),  # line 119
    ("comp:apple-m4-neural-engine", "ck:NPU", "Apple M4 Neural Engine"),  # line 121
]


@pytest.mark.parametrize("comp,kind,label", COMPONENTS)
def test_apple_m4_components(kg, comp, kind, label):
    assert kg.ask(f"ASK {{ {comp} a ck:ChipComponent, {kind} ; ck:componentOf chip:apple-m4 }}")
    assert [r["l"] for r in kg.rows(f"SELECT ?l WHERE {{ {comp} rdfs:label ?l }}")] == [label]


VENDOR_INDIVIDUALS = [
    ("sys:ec2-ultraclusters", "ck:System", "Amazon EC2 UltraClusters"),  # line 75
    ("sys:azure", "ck:System", "Microsoft Azure"),  # line 81
    ("sys:microsoft-copilot", "ck:System", "Microsoft Copilot"),  # line 81
    ("sys:azure-openai-service", "ck:System", "Azure OpenAI Service"),  # line 81
    ("sw:triton-mtia", "ck:SoftwareStack", "Triton-MTIA"),  # line 91
    ("sw:qualcomm-ai-stack", "ck:SoftwareStack", "Qualcomm AI Stack"),  # line 105
    ("sw:qualcomm-cloud-ai-sdk", "ck:SoftwareStack", "Qualcomm Cloud AI SDK"),  # line 105
]


@pytest.mark.parametrize("iri,cls,label", VENDOR_INDIVIDUALS)
def test_vendor_individuals(kg, iri, cls, label):
    assert kg.ask(f"ASK {{ {iri} a {cls} }}")
    assert [r["l"] for r in kg.rows(f"SELECT ?l WHERE {{ {iri} rdfs:label ?l }}")] == [label]


# --- notes ---------------------------------------------------------------------------

NOTES = [
    ("note:trainium2-up-to-scope", "ck:Hedge", "fig:aws-trainium2-vs-trainium-training", "sec:aws"),  # line 75
    ("note:trainium2-instances-without-antecedent", "ck:Slip", "fig:aws-trainium2-ultracluster-scale-out", "sec:aws"),  # line 75
    ("note:maia-100-peak-precision-unstated", "ck:Hedge", "fig:microsoft-maia-100-peak-performance", "sec:microsoft"),  # line 81
    ("note:mtia-v2-internal-testing-claims", "ck:Hedge", "fig:meta-mtia-v2-vs-v1-serving-throughput", "sec:meta"),  # line 91
    ("note:meta-source-label-typo", "ck:Slip", "sec:meta", "sec:meta"),  # line 93
    ("note:adreno-gpus-such-as-adreno-gpus", "ck:Slip", "chip:qualcomm-adreno-750", "sec:qualcomm-adreno"),  # line 97
    ("note:adreno-750-data-center-hedge", "ck:Hedge", "chip:qualcomm-adreno-750", "sec:qualcomm-adreno"),  # line 97
    ("note:adreno-process-node-scope", "ck:Hedge", "chip:qualcomm-adreno-750", "sec:qualcomm-adreno"),  # line 97
    ("note:northpole-precision-formats-assumed", "ck:Hedge", "fig:ibm-northpole-int8-performance", "sec:ibm"),  # line 113
    ("note:apple-m4-called-ai-accelerator", "ck:Inconsistency", "chip:apple-m4", "sec:apple"),  # line 119
]


@pytest.mark.parametrize("note,kind,about,section", NOTES)
def test_notes(kg, note, kind, about, section):
    assert kg.ask(f"ASK {{ {note} a ck:Note ; ck:noteKind {kind} ; ck:about {about} ; ck:section {section} }}")
    assert len(objects(kg, note, "rdfs:comment")) == 1
